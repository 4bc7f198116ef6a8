//! FDDI (LINKTYPE_FDDI, 10), as tshark 4.0's packet-fddi.c reads it.
//!
//! A frame control byte, then the destination and source addresses. On
//! the wire FDDI sends each byte's least significant bit first, and
//! libpcap's LINKTYPE_FDDI keeps that order: Wiretap reads it as "FDDI
//! with bit-swapped MAC addresses", and tshark shows each address with
//! every byte's bits reversed. It adds each address twice (the second
//! hidden, "bit-swapped just in case": the same value for this link
//! type), so `fddi.dst`, `fddi.src` and `fddi.addr` list them twice as
//! tshark's `-T fields` does. Asynchronous LLC frames (frame control
//! 0x50-0x5f) carry 802.2 LLC; every other frame's payload is data.

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::fields as f;

/// The frame control's parts and values (packet-fddi.h).
const FC_CLFF: u8 = 0xf0;
const FC_ZZZZ: u8 = 0x0f;
const FC_ASYNC_R: u8 = 0x08;
const FC_ASYNC_PRI: u8 = 0x07;
const FC_SMT: u8 = 0x40;
const FC_MAC: u8 = 0xc0;
const FC_LLC_ASYNC: u8 = 0x50;
const FC_LLC_SYNC: u8 = 0xd0;
const FC_IMP_ASYNC: u8 = 0x60;
const FC_IMP_SYNC: u8 = 0xe0;
/// Restricted token: a MAC frame without a subtype.
const FC_RT: u8 = 0xc0;

/// Frame control, destination, source.
const HEADER: usize = 13;

/// An address with each byte's bits reversed, as tshark shows FDDI's.
fn swapped(b: &[u8]) -> [u8; 6] {
    let mut m = [0u8; 6];
    for (o, i) in m.iter_mut().zip(b) {
        *o = i.reverse_bits();
    }
    m
}

pub(crate) fn fddi(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "fddi", start..start + b.len().min(HEADER));
    let Some(&fc) = b.first() else {
        walk.short(&mut l, "FDDI frame control", 1, 0);
        walk.layers.push(l);
        return Next::Done;
    };
    l.uint(f::fddi::FC, fc);
    l.uint(f::fddi::FC_CLF, fc >> 4);
    match fc & FC_CLFF {
        FC_SMT => l.uint(f::fddi::FC_SMT_SUBTYPE, fc & FC_ZZZZ),
        FC_MAC if fc != FC_RT => l.uint(f::fddi::FC_MAC_SUBTYPE, fc & FC_ZZZZ),
        FC_LLC_ASYNC if fc & FC_ASYNC_R == 0 => l.uint(f::fddi::FC_PRIO, fc & FC_ASYNC_PRI),
        _ => {}
    }
    for (at, def) in [(1, f::fddi::DST), (7, f::fddi::SRC)] {
        let Some(addr) = b.get(at..at + 6) else {
            walk.short(&mut l, "FDDI header", at + 6, b.len());
            walk.off = walk.end;
            walk.layers.push(l);
            return Next::Done;
        };
        let m = swapped(addr);
        l.push(def, Value::Mac(m));
        l.push(def, Value::Mac(m));
    }
    walk.off += HEADER;
    walk.layers.push(l);
    if fc & FC_CLFF == FC_LLC_ASYNC {
        // LLC is called even on nothing (and throws there).
        Next::Llc
    } else if walk.off < walk.end {
        Next::Data(Osi::DataLink)
    } else {
        Next::Done
    }
}

/// tshark's words for a frame control byte (`fddifc_to_str`).
pub(crate) fn fc_text(out: &mut String, fc: u8) {
    use std::fmt::Write;
    let fixed = match fc {
        0x00 => "Void frame",
        0x80 => "Nonrestricted token",
        0xc0 => "Restricted token",
        0x41 => "SMT info",
        0x4f => "SMT Next station address",
        0xc2 => "MAC beacon",
        0xc3 => "MAC claim token",
        _ => "",
    };
    if !fixed.is_empty() {
        out.push_str(fixed);
        return;
    }
    let z = fc & FC_ZZZZ;
    let _ = match fc & FC_CLFF {
        FC_MAC => write!(out, "MAC frame, control {z:x}"),
        FC_SMT => write!(out, "SMT frame, control {z:x}"),
        FC_LLC_ASYNC if fc & FC_ASYNC_R != 0 => write!(out, "Async LLC frame, control {z:x}"),
        FC_LLC_ASYNC => write!(out, "Async LLC frame, priority {}", fc & FC_ASYNC_PRI),
        FC_LLC_SYNC if z != 0 => write!(out, "Sync LLC frame, control {z:x}"),
        FC_LLC_SYNC => write!(out, "Sync LLC frame"),
        FC_IMP_ASYNC => write!(out, "Implementor async frame, control {z:x}"),
        FC_IMP_SYNC => write!(out, "Implementor sync frame, control {z:x}"),
        _ => write!(out, "Unknown frame type"),
    };
}

/// FDDI's Info: the frame control's words.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(fc) = l.get_uint(f::fddi::FC) {
        fc_text(out, fc as u8);
    }
}

pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
    if let (Some(Value::Mac(s)), Some(Value::Mac(d))) = (l.get(f::fddi::SRC), l.get(f::fddi::DST)) {
        out.push(' ');
        crate::dissect::summary::push_value(out, &Value::Mac(*s));
        out.push_str(" → ");
        crate::dissect::summary::push_value(out, &Value::Mac(*d));
    }
}

#[cfg(test)]
mod tests;
