//! VXLAN (RFC 7348, UDP port 4789) with the Group Policy extension's
//! fields, as Wireshark reads every VXLAN header: two bytes of flags, the
//! group policy ID, the 24-bit network identifier and a reserved byte; an
//! Ethernet frame follows. VXLAN-GPE (draft-ietf-nvo3-vxlan-gpe, UDP port
//! 4790) shares the layer: one byte of flags, two reserved, a next-protocol
//! byte that names what follows (IPv4, IPv6, Ethernet, NSH, MPLS).

use super::super::layer::{Layer, Osi};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use crate::dissect::fields as f;

pub(crate) fn vxlan(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "vxlan", start..start + b.len().min(8));
    if b.len() < 8 {
        return super::short(walk, l, "VXLAN header", 8);
    }
    let flags = be16(b, 0);
    l.uint(f::vxlan::FLAGS, flags);
    l.boolean(f::vxlan::FLAG_G, flags & 0x8000 != 0);
    l.boolean(f::vxlan::FLAG_I, flags & 0x0800 != 0);
    l.boolean(f::vxlan::FLAG_D, flags & 0x0040 != 0);
    l.boolean(f::vxlan::FLAG_A, flags & 0x0008 != 0);
    l.uint(f::vxlan::FLAGS_RESERVED, flags & 0x77b7);
    l.uint(f::vxlan::GBP, be16(b, 2));
    l.uint(f::vxlan::VNI, be32(b, 4) >> 8);
    l.uint(f::vxlan::RESERVED8, b[7]);
    walk.off += 8;
    walk.layers.push(l);
    Next::Ethernet
}

/// VXLAN-GPE's header, as Wireshark's `vxlan_gpe` reads it. The payload
/// goes to the decoder its next-protocol byte names (Wireshark's
/// `vxlan.next_proto` table), given here as the EtherType GRE would carry
/// for it; unknown values are data.
pub(crate) fn vxlan_gpe(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "vxlan", start..start + b.len().min(8));
    if b.len() < 8 {
        return super::short(walk, l, "VXLAN-GPE header", 8);
    }
    let flags = b[0];
    l.uint(f::vxlan::GPE_FLAGS, flags);
    l.uint(f::vxlan::VER, (flags & 0x30) >> 4);
    l.uint(f::vxlan::I_BIT, (flags & 0x08) >> 3);
    l.uint(f::vxlan::P_BIT, (flags & 0x04) >> 2);
    l.uint(f::vxlan::O_BIT, flags & 0x01);
    l.uint(f::vxlan::GPE_FLAGS_RESERVED, (flags & 0xc2) >> 1);
    l.uint(f::vxlan::RESERVED_16, be16(b, 1));
    let next = b[3];
    l.uint(f::vxlan::NEXT_PROTO, next);
    l.uint(f::vxlan::VNI, be32(b, 4) >> 8);
    l.uint(f::vxlan::RESERVED8, b[7]);
    walk.off += 8;
    walk.layers.push(l);
    match next {
        1 => Next::GreProto(0x0800, 0),
        2 => Next::GreProto(0x86dd, 0),
        3 => Next::Ethernet,
        4 => Next::GreProto(0x894f, 0),
        5 => Next::GreProto(0x8847, 0),
        _ => Next::Data(Osi::Network),
    }
}

/// The one-line summary: the network identifier.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(vni) = l.get_uint(f::vxlan::VNI) {
        let _ = write!(out, "VNI {vni}");
    }
}
