//! Linux Netfilter NFLOG (LINKTYPE_NFLOG, 239), as tshark 4.0's
//! packet-nflog.c reads it.
//!
//! A 4-byte header (address family, version, resource id: the NFLOG
//! group, big-endian), then netlink TLVs: a 16-bit length that counts the
//! 4 header bytes and a 16-bit type (its top bit is a flag), both in the
//! capturing host's byte order, each TLV padded to 4 bytes. libpcap on
//! Linux writes them little-endian, and Wiretap hands them to the
//! dissector in the reading host's order (little-endian on the machines
//! tshark's goldens come from): they are read little-endian here. The
//! values inside are big-endian. NFULA_PAYLOAD holds the packet: the
//! EtherType of NFULA_PACKET_HDR names it when not zero, else the family
//! (2 IPv4, 10 IPv6), else it is data.
//!
//! Wireshark's quirks are kept: the TLVs are read while four bytes remain
//! of the packet's length on the wire (past the captured bytes a read
//! throws), a length under 4 ends the walk silently, and each TLV's item
//! is its whole length, so one running past the bytes throws before any
//! of its fields.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{ascii, be16, be32};
use super::super::{Next, Walk};
use crate::dissect::fields as f;
use crate::source::Timestamp;

/// NFULA_* types tshark decodes.
const PACKET_HDR: u16 = 1;
const TIMESTAMP: u16 = 3;
const IFINDEX_INDEV: u16 = 4;
const IFINDEX_OUTDEV: u16 = 5;
const IFINDEX_PHYSINDEV: u16 = 6;
const IFINDEX_PHYSOUTDEV: u16 = 7;
const PAYLOAD: u16 = 9;
const PREFIX: u16 = 10;
const UID: u16 = 11;
const GID: u16 = 14;

/// The family values of the header (`NFPROTO_*`).
const NFPROTO_IPV4: u8 = 2;
const NFPROTO_IPV6: u8 = 10;

/// The header before the TLVs.
const HEADER: usize = 4;

pub(crate) fn nflog(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    // The packet's length on the wire, from here.
    let reported = walk.reported_end.saturating_sub(start).max(b.len());
    let mut l = Layer::new(Osi::DataLink, "nflog", start..start + b.len());
    let Some(&family) = b.first() else {
        // The family is read before any item is added.
        walk.short(&mut l, "NFLOG header", 1, 0);
        walk.layers.push(l);
        return Next::Done;
    };
    l.uint(f::nflog::FAMILY, family);
    let Some(&version) = b.get(1) else {
        return cut(walk, l, 2, b.len());
    };
    l.uint(f::nflog::VERSION, version);
    if b.len() < HEADER {
        return cut(walk, l, HEADER, b.len());
    }
    l.uint(f::nflog::RES_ID, be16(b, 2));
    let mut at = HEADER;
    let mut payload = None;
    let mut hw_protocol = 0;
    while reported.saturating_sub(at) >= 4 {
        if b.len() < at + 4 {
            return cut(walk, l, at + 4, b.len());
        }
        let tlv_len = usize::from(u16::from_le_bytes([b[at], b[at + 1]]));
        if tlv_len < 4 {
            break;
        }
        let tlv_type = u16::from_le_bytes([b[at + 2], b[at + 3]]) & 0x7fff;
        let Some(tlv) = b.get(at..at + tlv_len) else {
            return cut(walk, l, at + tlv_len, b.len());
        };
        l.push(f::nflog::TLV, Value::Bytes(tlv.into()));
        l.uint(f::nflog::TLV_LENGTH, tlv_len as u64);
        l.uint(f::nflog::TLV_TYPE, tlv_type);
        let v = &tlv[4..];
        let handled = match (tlv_type, v.len()) {
            (PACKET_HDR, 4) => {
                hw_protocol = be16(v, 0);
                l.uint(f::nflog::PROTOCOL, hw_protocol);
                l.uint(f::nflog::HOOK, v[2]);
                true
            }
            (IFINDEX_INDEV, 4) => {
                l.uint(f::nflog::IFINDEX_INDEV, be32(v, 0));
                true
            }
            (IFINDEX_OUTDEV, 4) => {
                l.uint(f::nflog::IFINDEX_OUTDEV, be32(v, 0));
                true
            }
            (IFINDEX_PHYSINDEV, 4) => {
                l.uint(f::nflog::IFINDEX_PHYSINDEV, be32(v, 0));
                true
            }
            (IFINDEX_PHYSOUTDEV, 4) => {
                l.uint(f::nflog::IFINDEX_PHYSOUTDEV, be32(v, 0));
                true
            }
            (PAYLOAD, _) => {
                payload = Some(start + at + 4..start + at + tlv_len);
                true
            }
            (PREFIX, 1..) => {
                l.str(f::nflog::PREFIX, ascii(v));
                true
            }
            (UID, 4) => {
                l.int(f::nflog::UID, be32(v, 0) as i32);
                true
            }
            (GID, 4) => {
                l.int(f::nflog::GID, be32(v, 0) as i32);
                true
            }
            (TIMESTAMP, 16) => {
                // Seconds and microseconds, 64 bits each.
                let secs = u64::from_be_bytes(v[..8].try_into().unwrap_or_default());
                let usecs = u64::from_be_bytes(v[8..].try_into().unwrap_or_default());
                let nanos = (usecs as u32).wrapping_mul(1000) % 1_000_000_000;
                l.push(
                    f::nflog::TIMESTAMP,
                    Value::Time(Timestamp::new(secs as i64, nanos)),
                );
                true
            }
            _ => false,
        };
        if !handled {
            l.push(f::nflog::TLV_VALUE, Value::Bytes(v.into()));
        }
        at = at.saturating_add((tlv_len + 3) & !3);
    }
    let Some(payload) = payload else {
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    };
    l.span = start..payload.start;
    walk.layers.push(l);
    walk.off = payload.start;
    walk.end = payload.end;
    walk.reported_end = payload.end;
    if payload.is_empty() {
        return Next::Done;
    }
    if hw_protocol != 0 {
        return Next::EtherType(hw_protocol);
    }
    match family {
        NFPROTO_IPV4 => Next::Ip,
        NFPROTO_IPV6 => Next::EtherType(0x86dd),
        _ => Next::Data(Osi::Network),
    }
}

/// A read past the bytes at `need` (from the layer's start): the layer
/// throws there and the walk ends.
fn cut<'a>(walk: &mut Walk<'a>, mut l: Layer<'a>, need: usize, have: usize) -> Next {
    walk.short(&mut l, "NFLOG TLV", need, have);
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// NFLOG's Info: it clears the column; the packet inside writes its own.
pub(crate) fn info(_out: &mut String, _l: &Layer<'_>) {}

pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(fam) = l.get_uint(f::nflog::FAMILY) {
        let _ = write!(
            out,
            "family {}",
            f::nflog::FAMILY.value_name(fam).unwrap_or("Unknown")
        );
    }
    if let Some(g) = l.get_uint(f::nflog::RES_ID) {
        let _ = write!(out, " group {g}");
    }
    if let Some(p) = l.get_str(f::nflog::PREFIX).filter(|p| !p.is_empty()) {
        let _ = write!(out, " prefix {p:?}");
    }
    if let Some(h) = l.get_uint(f::nflog::HOOK) {
        let _ = write!(
            out,
            " hook {}",
            f::nflog::HOOK.value_name(h).unwrap_or("Unknown")
        );
    }
}

#[cfg(test)]
mod tests;
