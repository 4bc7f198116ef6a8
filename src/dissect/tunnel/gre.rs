//! GRE (IP protocol 47; RFC 2784, 2890, and PPTP's enhanced GRE of RFC
//! 2637), as Wireshark's packet-gre.c reads it: flags and version, the
//! protocol type, then the optional fields the flags announce (checksum
//! and offset, key or PPTP's payload length and call ID, sequence number,
//! PPTP's acknowledgment number, RFC 1701 source routes). The protocol
//! type picks the payload's decoder from GRE's own table (`gre.proto`),
//! which differs from the EtherType table: 0x6558 is an Ethernet frame,
//! 0x88be and 0x22eb are ERSPAN.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use crate::dissect::field::checksum;
use crate::dissect::fields as f;

/// Flag bits of the first two bytes.
pub(crate) mod flag {
    pub const CHECKSUM: u16 = 0x8000;
    pub const ROUTING: u16 = 0x4000;
    pub const KEY: u16 = 0x2000;
    pub const SEQUENCE: u16 = 0x1000;
    pub const STRICT_SOURCE: u16 = 0x0800;
    pub const RECURSION: u16 = 0x0700;
    /// Only in PPTP's enhanced header.
    pub const ACK: u16 = 0x0080;
    pub const RESERVED: u16 = 0x00f8;
    pub const RESERVED_PPP: u16 = 0x0078;
    pub const VERSION: u16 = 0x0007;
}

/// Protocol types with a meaning of their own here.
pub(crate) mod proto {
    pub const PPP: u16 = 0x880b;
    pub const CDMA2000_A10_UBS: u16 = 0x8881;
    pub const GPP2: u16 = 0x88d2;
    pub const WCCP: u16 = 0x883e;
    pub const ERSPAN_II: u16 = 0x88be;
    pub const ERSPAN_III: u16 = 0x22eb;
}

pub(crate) fn gre(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "gre", start..start + b.len());
    // Wireshark reads flags and type before it shows anything.
    if b.len() < 4 {
        return super::short(walk, l, "GRE header", 4);
    }
    let flags = be16(b, 0);
    let ptype = be16(b, 2);
    let is_ppp = match ptype {
        // PPTP's enhanced GRE is version 1.
        proto::PPP => flags & flag::VERSION == 1,
        proto::GPP2 | proto::CDMA2000_A10_UBS => true,
        _ => false,
    };
    l.uint(f::gre::FLAGS_AND_VERSION, flags);
    l.boolean(f::gre::FLAGS_CHECKSUM, flags & flag::CHECKSUM != 0);
    l.boolean(f::gre::FLAGS_ROUTING, flags & flag::ROUTING != 0);
    l.boolean(f::gre::FLAGS_KEY, flags & flag::KEY != 0);
    l.boolean(f::gre::FLAGS_SEQUENCE_NUMBER, flags & flag::SEQUENCE != 0);
    l.boolean(
        f::gre::FLAGS_STRICT_SOURCE_ROUTE,
        flags & flag::STRICT_SOURCE != 0,
    );
    l.uint(
        f::gre::FLAGS_RECURSION_CONTROL,
        (flags & flag::RECURSION) >> 8,
    );
    if is_ppp {
        l.boolean(f::gre::FLAGS_ACK, flags & flag::ACK != 0);
        l.uint(
            f::gre::FLAGS_RESERVED_PPP,
            (flags & flag::RESERVED_PPP) >> 3,
        );
    } else {
        l.uint(f::gre::FLAGS_RESERVED, (flags & flag::RESERVED) >> 3);
    }
    l.uint(f::gre::FLAGS_VERSION, flags & flag::VERSION);
    l.uint(f::gre::PROTO, ptype);
    let mut at = 4;
    // Each optional field in turn; `need` fails the walk when its bytes
    // are missing, as Wireshark's exception does.
    let need = |at: usize, n: usize| b.len() >= at + n;
    if flags & (flag::CHECKSUM | flag::ROUTING) != 0 {
        if !need(at, 4) {
            return super::short(walk, l, "GRE checksum", at + 4);
        }
        l.uint(f::gre::CHECKSUM, be16(b, at));
        // Verified over the whole GRE packet when the checksum bit is set
        // and the packet is neither a fragment nor cut by the capture.
        let whole = walk.reported_end <= walk.end && !walk.fragmented && !walk.nested;
        let status = if flags & flag::CHECKSUM != 0 && whole {
            if crate::dissect::net::ones_complement_sum(b) == 0xffff {
                checksum::GOOD
            } else {
                checksum::BAD
            }
        } else {
            checksum::UNVERIFIED
        };
        l.uint(f::gre::CHECKSUM_STATUS, status);
        if status == checksum::BAD {
            crate::dissect::expert::add(&mut l, &CHECKSUM_INCORRECT, None);
        }
        l.uint(f::gre::OFFSET, be16(b, at + 2));
        at += 4;
    }
    if flags & flag::KEY != 0 {
        if !need(at, 4) {
            return super::short(walk, l, "GRE key", at + 4);
        }
        if is_ppp && ptype != proto::CDMA2000_A10_UBS {
            l.uint(f::gre::KEY_PAYLOAD_LENGTH, be16(b, at));
            l.uint(f::gre::KEY_CALL_ID, be16(b, at + 2));
        } else {
            l.uint(f::gre::KEY, be32(b, at));
        }
        at += 4;
    }
    if flags & flag::SEQUENCE != 0 {
        if !need(at, 4) {
            return super::short(walk, l, "GRE sequence number", at + 4);
        }
        l.uint(f::gre::SEQUENCE_NUMBER, be32(b, at));
        at += 4;
    }
    if is_ppp && flags & flag::ACK != 0 {
        if !need(at, 4) {
            return super::short(walk, l, "GRE acknowledgment number", at + 4);
        }
        l.uint(f::gre::ACK_NUMBER, be32(b, at));
        at += 4;
    }
    if flags & flag::ROUTING != 0 {
        // Source route entries until the null one (family 0, length 0);
        // each takes at least four bytes, so the list ends with the bytes.
        loop {
            if !need(at, 4) {
                return super::short(walk, l, "GRE source route entry", at + 4);
            }
            let family = be16(b, at);
            let len = usize::from(b[at + 3]);
            l.present(f::gre::ROUTING);
            l.uint(f::gre::ROUTING_ADDRESS_FAMILY, family);
            l.uint(f::gre::ROUTING_SRE_OFFSET, b[at + 2]);
            l.uint(f::gre::ROUTING_SRC_LENGTH, b[at + 3]);
            at += 4;
            if family == 0 && len == 0 {
                break;
            }
            if !need(at, len) {
                return super::short(walk, l, "GRE routing information", at + len);
            }
            l.push(
                f::gre::ROUTING_INFORMATION,
                Value::Bytes(b[at..at + len].into()),
            );
            at += len;
        }
    }
    // WCCP version 2 puts a 4-byte redirect header before the IPv4 packet;
    // Wireshark tells it from version 1 by the byte after the base header
    // not starting an IPv4 header. Its fields are not decoded here.
    if ptype == proto::WCCP && b.get(4).is_some_and(|b| b >> 4 != 4) {
        if !need(at, 4) {
            return super::short(walk, l, "WCCP redirect header", at + 4);
        }
        at += 4;
    }
    l.span = start..start + at;
    walk.off += at;
    walk.layers.push(l);
    match ptype {
        proto::WCCP => return Next::Ip,
        // 3GPP2 attributes are not decoded: what follows is data.
        proto::GPP2 => return Next::Data(Osi::Network),
        _ => {}
    }
    // Without a sequence number there may be no payload at all.
    if flags & flag::SEQUENCE == 0 && walk.rest().is_empty() && walk.reported_end <= walk.off {
        return Next::Done;
    }
    Next::GreProto(ptype, flags)
}

/// Wireshark's `gre.checksum.incorrect`.
static CHECKSUM_INCORRECT: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
    field: f::gre::CHECKSUM_INCORRECT,
    group: crate::dissect::expert::Group::Protocol,
    severity: crate::dissect::expert::Severity::Warn,
};

/// tshark's Info when nothing took GRE's payload (an Enhanced GRE packet
/// that carries only an acknowledgment, or a type no dissector has):
/// `Encapsulated PPP`, `Encapsulated 0x1234 (unknown)`.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(t) = l.get_uint(f::gre::PROTO) else {
        return;
    };
    let _ = match f::gre::PROTO.value_name(t) {
        Some(name) => write!(out, "Encapsulated {name}"),
        None => write!(out, "Encapsulated 0x{t:04X} (unknown)"),
    };
}

/// The one-line summary: what is carried, and the key or call ID.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(t) = l.get_uint(f::gre::PROTO) {
        match f::gre::PROTO.value_name(t) {
            Some(name) => {
                let _ = write!(out, "{name} (0x{t:04x})");
            }
            None => {
                let _ = write!(out, "0x{t:04x}");
            }
        }
    }
    if let Some(k) = l.get_uint(f::gre::KEY) {
        let _ = write!(out, " key 0x{k:08x}");
    }
    if let Some(c) = l.get_uint(f::gre::KEY_CALL_ID) {
        let _ = write!(out, " call {c}");
    }
    if let Some(s) = l.get_uint(f::gre::SEQUENCE_NUMBER) {
        let _ = write!(out, " seq {s}");
    }
}
