//! LISP's data plane (RFC 6830/9300, UDP port 4341), as
//! packet-lisp-data.c reads it: one byte of flags (N nonce present, L
//! locator-status bits, E echo-nonce request, V map-version present, I
//! instance ID present, three reserved), three bytes of nonce or
//! map-version (source and destination, twelve bits each), then the
//! instance ID with eight locator-status bits or thirty-two of them. The
//! 8-byte header is followed by the EID's IPv4 or IPv6 packet (told by its
//! version nibble), which the IP decoders read as they read an outer one.
//!
//! Wireshark hands a datagram sent to LISP's control port (4342) to the
//! control-plane dissector instead ([`control`]), and declines one shorter
//! than the header.

pub mod control;

use super::super::layer::{Layer, Osi};
use super::super::{Next, Walk};
use crate::dissect::expert;
use crate::dissect::fields as f;

expert::ei!(EN_INVALID, f::lisp_data::FLAGS_EN_INVALID, Protocol, Warn);
expert::ei!(NV_INVALID, f::lisp_data::FLAGS_NV_INVALID, Protocol, Warn);

/// LISP's control-plane port.
const CONTROL_PORT: u16 = 4342;

/// The data header's length.
const HEADER: usize = 8;

const FLAG_N: u8 = 0x80;
const FLAG_L: u8 = 0x40;
const FLAG_E: u8 = 0x20;
const FLAG_V: u8 = 0x10;
const FLAG_I: u8 = 0x08;

pub(crate) fn lisp_data(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    // Sent to the control port: Wireshark's data dissector hands it to
    // the control plane's (its protocol listed, with no fields).
    let to_control = walk
        .layers
        .last()
        .filter(|l| l.protocol == "udp")
        .and_then(|l| l.get_uint(f::udp::DSTPORT))
        == Some(u64::from(CONTROL_PORT));
    if to_control {
        walk.layers
            .push(Layer::new(Osi::Network, "lisp-data", start..start));
        return control::lisp(walk);
    }
    let b = walk.rest();
    let reported = walk.reported_end.saturating_sub(walk.off).max(b.len());
    // Shorter than the header (by its reported length): Wireshark's
    // dissector declines it, and UDP shows the payload as data.
    if reported < HEADER {
        return Next::Data(Osi::Transport);
    }
    let mut l = Layer::new(
        Osi::Network,
        "lisp-data",
        start..start + b.len().min(HEADER),
    );
    let Some(h) = b.first_chunk::<HEADER>() else {
        return super::short(walk, l, "LISP data header", HEADER);
    };
    let flags = h[0];
    l.uint(f::lisp_data::FLAGS, flags);
    l.boolean(f::lisp_data::FLAGS_NONCE, flags & FLAG_N != 0);
    l.boolean(f::lisp_data::FLAGS_LSB, flags & FLAG_L != 0);
    l.boolean(f::lisp_data::FLAGS_ENR, flags & FLAG_E != 0);
    l.boolean(f::lisp_data::FLAGS_MV, flags & FLAG_V != 0);
    l.boolean(f::lisp_data::FLAGS_IID, flags & FLAG_I != 0);
    l.uint(f::lisp_data::FLAGS_RES, flags & 0x07);
    if flags & FLAG_E != 0 && flags & FLAG_N == 0 {
        expert::add(&mut l, &EN_INVALID, None);
    }
    let word = u32::from_be_bytes([0, h[1], h[2], h[3]]);
    if flags & FLAG_N != 0 {
        if flags & FLAG_V != 0 {
            expert::add(&mut l, &NV_INVALID, None);
        }
        l.uint(f::lisp_data::NONCE, word);
    } else if flags & FLAG_V != 0 {
        l.uint(f::lisp_data::MAPVER, word);
        l.uint(f::lisp_data::SRCMAPVER, word >> 12);
        l.uint(f::lisp_data::DSTMAPVER, word & 0xfff);
    }
    if flags & FLAG_I != 0 {
        l.uint(f::lisp_data::IID, u32::from_be_bytes([0, h[4], h[5], h[6]]));
        if flags & FLAG_L != 0 {
            l.uint(f::lisp_data::LSB8, h[7]);
        }
    } else if flags & FLAG_L != 0 {
        l.uint(
            f::lisp_data::LSB,
            u32::from_be_bytes([h[4], h[5], h[6], h[7]]),
        );
    }
    walk.off += HEADER;
    // The inner packet's version nibble: reading it past the end throws.
    let Some(&first) = b.get(HEADER) else {
        walk.short(&mut l, "LISP inner packet", 1, 0);
        walk.layers.push(l);
        return Next::Done;
    };
    walk.layers.push(l);
    match first >> 4 {
        4 => Next::Ip,
        6 => Next::EtherType(0x86dd),
        // Neither IPv4 nor IPv6: the rest is not shown.
        _ => {
            walk.off = walk.end;
            Next::Done
        }
    }
}

/// The one-line summary: the nonce or map-version and the instance ID.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    out.push_str("LISP Encapsulation Header");
    if let Some(n) = l.get_uint(f::lisp_data::NONCE) {
        let _ = write!(out, ", nonce {n}");
    }
    if let Some(v) = l.get_uint(f::lisp_data::MAPVER) {
        let _ = write!(out, ", map-version 0x{v:06x}");
    }
    if let Some(i) = l.get_uint(f::lisp_data::IID) {
        let _ = write!(out, ", instance {i}");
    }
}

#[cfg(test)]
mod tests;
