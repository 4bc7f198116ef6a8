//! The Network Service Header (RFC 8300, EtherType 0x894F, VXLAN-GPE's and
//! GRE's NSH, NSH in NSH): a service function chain's path and index in
//! front of the packet it steers, read as Wireshark's packet-nsh.c reads
//! it. The base header (version, O and C bits, TTL, length in words, MD
//! type, next protocol), the service path header (SPI, SI), then the
//! context: four fixed 4-byte headers for MD type 1, TLVs (class, type,
//! length, value padded to 4 bytes) for MD type 2. A length that does not
//! fit the MD type is flagged and taken as the type's own (6 words, at
//! least 2, at least 1); the payload after it goes to the decoder the next
//! protocol names (IPv4, IPv6, Ethernet, NSH, MPLS), else it is data.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use crate::dissect::fields as f;
use std::borrow::Cow;

/// Wireshark's `nsh.length.invalid`.
static LENGTH_INVALID: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
    field: f::nsh::LENGTH_INVALID,
    group: crate::dissect::expert::Group::Protocol,
    severity: crate::dissect::expert::Severity::Warn,
};

pub(crate) fn nsh(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "nsh", start..start + b.len().min(8));
    if b.len() < 8 {
        if b.len() >= 2 {
            base_fields(&mut l, be16(b, 0));
        }
        if b.len() >= 4 {
            l.uint(f::nsh::MDTYPE, b[2]);
            l.uint(f::nsh::NEXTPROTO, b[3]);
        }
        return super::short(walk, l, "NSH header", 8);
    }
    let word = be16(b, 0);
    base_fields(&mut l, word);
    let mut len = usize::from(word & 0x3f) * 4;
    let md_type = b[2];
    let next = b[3];
    l.uint(f::nsh::MDTYPE, md_type);
    l.uint(f::nsh::NEXTPROTO, next);
    l.uint(f::nsh::SPI, be32(b, 4) >> 8);
    l.uint(f::nsh::SI, b[7]);
    let invalid = |l: &mut Layer<'_>, text: &str| {
        crate::dissect::expert::add(l, &LENGTH_INVALID, Some(text.to_owned()));
    };
    match md_type {
        1 => {
            if len != 24 {
                invalid(
                    &mut l,
                    "Length MUST be of value 0x6 for MD Type equal to 0x1",
                );
                len = 24;
            }
            for i in 0..4 {
                let at = 8 + 4 * i;
                let Some(h) = b.get(at..at + 4) else {
                    l.span = start..start + b.len();
                    return super::short(walk, l, "NSH context header", at + 4);
                };
                l.push(f::nsh::CONTEXTHEADER, Value::Bytes(Cow::Owned(h.to_vec())));
            }
        }
        2 => {
            if len < 8 {
                invalid(
                    &mut l,
                    "Length MUST be of value 0x2 or greater for MD Type equal to 0x2",
                );
                len = 8;
            }
            let mut at = 8;
            while at < len {
                let Some(tlv) = b.get(at..at + 4) else {
                    l.span = start..start + b.len();
                    return super::short(walk, l, "NSH metadata TLV", at + 4);
                };
                l.uint(f::nsh::METADATACLASS, be16(tlv, 0));
                l.uint(f::nsh::METADATATYPE, tlv[2]);
                l.uint(f::nsh::METADATAUNASSIGNEDBIT, tlv[3] >> 7);
                let n = usize::from(tlv[3] & 0x7f);
                l.uint(f::nsh::METADATALEN, n as u64);
                if n > 0 {
                    let Some(v) = b.get(at + 4..at + 4 + n) else {
                        l.span = start..start + b.len();
                        return super::short(walk, l, "NSH metadata", at + 4 + n);
                    };
                    l.push(f::nsh::METADATA, Value::Bytes(Cow::Owned(v.to_vec())));
                }
                at += 4 + n.div_ceil(4) * 4;
            }
        }
        _ => {
            if len < 4 {
                invalid(&mut l, "Length must be at least 0x1 for NSH Base Header");
                len = 4;
            }
        }
    }
    l.span = start..start + len.min(b.len());
    walk.layers.push(l);
    if len >= b.len() {
        // Nothing (captured) after the header: no payload dissector.
        walk.off = walk.end;
        return Next::Done;
    }
    walk.off += len;
    match next {
        // Wireshark's "ip" dissector takes NSH's IPv4.
        1 => Next::Ip,
        2 => Next::GreProto(0x86dd, 0),
        3 => Next::Ethernet,
        4 => Next::GreProto(0x894f, 0),
        5 => Next::GreProto(0x8847, 0),
        _ => Next::Data(Osi::Network),
    }
}

/// The base header's first 16 bits: version, O and C bits, TTL, length.
fn base_fields(l: &mut Layer<'_>, word: u16) {
    l.uint(f::nsh::VERSION, word >> 14);
    l.uint(f::nsh::OBIT, (word >> 13) & 1);
    l.uint(f::nsh::CBIT, (word >> 12) & 1);
    l.uint(f::nsh::TTL, (word >> 6) & 0x3f);
    l.uint(f::nsh::LENGTH, word & 0x3f);
}

/// The one-line summary: the service path and where on it.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let (Some(spi), Some(si)) = (l.get_uint(f::nsh::SPI), l.get_uint(f::nsh::SI)) {
        let _ = write!(out, "SPI {spi}, SI {si}");
    }
}
