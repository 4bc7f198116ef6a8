//! EtherIP (RFC 3378, IP protocol 97), as packet-etherip.c reads it: a
//! two-byte header (a 4-bit version, 3 by the RFC, and 12 reserved bits)
//! in front of an Ethernet frame without FCS. A version other than 3 or
//! reserved bits set are flagged, and the frame is read anyway.

use super::super::layer::{Layer, Osi};
use super::super::wire::be16;
use super::super::{Next, Walk};
use crate::dissect::expert;
use crate::dissect::fields as f;

expert::ei!(VERSION_NOT_3, f::etherip::VER_NOT3, Protocol, Warn);
expert::ei!(RESERVED_NOT_0, f::etherip::RESERVED_NOT0, Protocol, Warn);

pub(crate) fn etherip(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let l = Layer::new(Osi::DataLink, "etherip", start..start + b.len().min(2));
    if b.len() < 2 {
        return super::short(walk, l, "EtherIP header", 2);
    }
    let mut l = l;
    let word = be16(b, 0);
    let version = word >> 12;
    l.uint(f::etherip::VER, version);
    if version != 3 {
        expert::add(&mut l, &VERSION_NOT_3, None);
    }
    l.uint(f::etherip::RESERVED, word & 0x0fff);
    if word & 0x0fff != 0 {
        expert::add(&mut l, &RESERVED_NOT_0, None);
    }
    walk.off += 2;
    walk.layers.push(l);
    Next::Ethernet
}

/// The one-line summary: the version.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(v) = l.get_uint(f::etherip::VER) {
        out.push_str("Version ");
        crate::dissect::summary::push_uint(out, v);
    }
}
