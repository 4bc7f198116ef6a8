//! MPLS (EtherType 0x8847/0x8848, GRE, UDP port 6635): a stack of 4-byte
//! label entries (label, traffic class, bottom-of-stack bit, TTL), one
//! layer each as Wireshark shows one item each. What follows the bottom
//! entry has no type field: Wireshark looks at its first nibble (RFC 4928),
//! 4 for IPv4 and 6 for IPv6; anything else (pseudowire control words,
//! Ethernet) is left as data here.

use super::super::layer::{Layer, Osi};
use super::super::wire::be32;
use super::super::{Next, Walk};
use crate::dissect::fields as f;

pub(crate) fn mpls(walk: &mut Walk<'_>) -> Next {
    // One entry a turn: each takes four bytes, so the stack ends with the
    // bytes whatever the bottom bits say.
    loop {
        let start = walk.off;
        let b = walk.rest();
        let l = Layer::new(Osi::DataLink, "mpls", start..start + b.len().min(4));
        if b.len() < 4 {
            return super::short(walk, l, "MPLS label stack entry", 4);
        }
        let mut l = l;
        let entry = be32(b, 0);
        let bottom = entry & 0x100 != 0;
        l.uint(f::mpls::LABEL, entry >> 12);
        l.uint(f::mpls::EXP, (entry >> 9) & 7);
        l.uint(f::mpls::BOTTOM, u32::from(bottom));
        l.uint(f::mpls::TTL, entry & 0xff);
        walk.off += 4;
        walk.layers.push(l);
        if bottom {
            break;
        }
    }
    match walk.rest().first().map(|b| b >> 4) {
        Some(4 | 6) => Next::RawIp,
        Some(_) => Next::Data(Osi::Network),
        None => Next::Done,
    }
}

/// The one-line summary: the entry's label, class, TTL and bottom bit.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let get = |d| l.get_uint(d).unwrap_or(0);
    let _ = write!(
        out,
        "label {}, exp {}, ttl {}",
        get(f::mpls::LABEL),
        get(f::mpls::EXP),
        get(f::mpls::TTL)
    );
    if get(f::mpls::BOTTOM) == 1 {
        out.push_str(", bottom of stack");
    }
}
