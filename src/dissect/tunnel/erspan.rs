//! ERSPAN, Cisco's mirrored frames over GRE, as Wireshark tells its types
//! apart: GRE type 0x88be without a GRE sequence number is type I (no
//! header of its own), with one type II (8 bytes: version, VLAN, class of
//! service, encapsulation, truncation, session, index); GRE type 0x22eb is
//! type III (12 bytes: timestamp, security group tag, frame type, hardware
//! ID, direction, timestamp granularity, and an optional 8-byte platform
//! sub-header, whose fields are not decoded here). The mirrored Ethernet
//! frame follows; a type III frame of another frame type is data.

use super::super::layer::{Layer, Osi};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use super::gre::{flag, proto};
use crate::dissect::fields as f;

pub(crate) fn erspan(walk: &mut Walk<'_>, gre_type: u16, gre_flags: u16) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "erspan", start..start);
    if gre_type == proto::ERSPAN_II && gre_flags & flag::SEQUENCE == 0 {
        // Type I: the frame follows the GRE header directly.
        walk.layers.push(l);
        return Next::Ethernet;
    }
    let three = gre_type == proto::ERSPAN_III;
    let len = if three { 12 } else { 8 };
    l.span = start..start + b.len().min(len);
    // Wireshark shows each field whose bytes are there before it stops.
    if b.len() >= 2 {
        let v = be16(b, 0);
        l.uint(f::erspan::VERSION, v >> 12);
        l.uint(f::erspan::VLAN, v & 0xfff);
    }
    if b.len() >= 4 {
        let v = be16(b, 2);
        l.uint(f::erspan::COS, v >> 13);
        if three {
            l.uint(f::erspan::BSO, (v >> 11) & 3);
        } else {
            l.uint(f::erspan::ENCAP, (v >> 11) & 3);
        }
        l.uint(f::erspan::TRUNCATED, (v >> 10) & 1);
        l.uint(f::erspan::SPANID, v & 0x3ff);
    }
    if !three {
        if b.len() < 8 {
            return super::short(walk, l, "ERSPAN type II header", 8);
        }
        let v = be32(b, 4);
        l.uint(f::erspan::RESERVED, v >> 20);
        l.uint(f::erspan::INDEX, v & 0xfffff);
        walk.off += 8;
        walk.layers.push(l);
        return Next::Ethernet;
    }
    if b.len() >= 8 {
        l.uint(f::erspan::TIMESTAMP, be32(b, 4));
    }
    if b.len() >= 10 {
        l.uint(f::erspan::SGT, be16(b, 8));
    }
    if b.len() < 12 {
        return super::short(walk, l, "ERSPAN type III header", 12);
    }
    let v = be16(b, 10);
    let frame_type = (v >> 10) & 0x1f;
    l.uint(f::erspan::P, v >> 15);
    l.uint(f::erspan::FT, frame_type);
    l.uint(f::erspan::HW, (v >> 4) & 0x3f);
    l.boolean(f::erspan::DIRECTION, v & 8 != 0);
    l.uint(f::erspan::GRA, (v >> 1) & 3);
    l.uint(f::erspan::O, v & 1);
    let mut at = 12;
    if v & 1 != 0 {
        if b.len() < 20 {
            return super::short(walk, l, "ERSPAN platform sub-header", 20);
        }
        at = 20;
    }
    l.span = start..start + at;
    walk.off += at;
    walk.layers.push(l);
    if frame_type == 0 {
        Next::Ethernet
    } else {
        Next::Data(Osi::DataLink)
    }
}

/// The one-line summary: type, session and VLAN.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(v) = l.get_uint(f::erspan::VERSION) else {
        out.push_str("Type I");
        return;
    };
    out.push_str(f::erspan::VERSION.value_name(v).unwrap_or("unknown type"));
    if let Some(s) = l.get_uint(f::erspan::SPANID) {
        let _ = write!(out, ", session {s}");
    }
    if let Some(vlan) = l.get_uint(f::erspan::VLAN) {
        let _ = write!(out, ", vlan {vlan}");
    }
}
