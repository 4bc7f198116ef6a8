//! Cisco HDLC (LINKTYPE_C_HDLC, 104) and the SLARP keepalives it carries,
//! as tshark 4.0's packet-chdlc.c reads them.
//!
//! Four bytes: an address (0x0f unicast, 0x8f multicast), a control byte
//! and a 16-bit protocol, Cisco's own table of mostly EtherTypes (IP goes
//! to Wireshark's "ip" dissector, so no `ethertype` in frame.protocols).
//! Wireshark reads the protocol first, then the byte after the header
//! (OSI's padding test) whatever the protocol: a header alone throws.
//! SLARP (0x8035) is a type, then an address and mask (request, reply) or
//! two sequence numbers and a reliability that must be 0xffff (keepalive).

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;

ei!(
    RELIABILITY_INVALID,
    f::slarp::RELIABILITY_INVALID,
    Malformed,
    Error
);

/// The header's length.
const HEADER: usize = 4;
/// OSI (CLNS) over Cisco HDLC, and the NLPIDs that need no padding byte
/// before them (CLNP, ES-IS, IS-IS).
const CHDLCTYPE_OSI: u16 = 0xfefe;
const NLPIDS_UNPADDED: [u8; 3] = [0x81, 0x82, 0x83];
const SLARP: u16 = 0x8035;

/// The protocols tshark's `chdlc.protocol` table hands to a dissector
/// (`tshark -G decodes`): any other goes to data, and the Protocol column
/// shows its number.
pub(crate) fn in_table(t: u16) -> bool {
    matches!(
        t,
        0x0600
            | 0xfefe
            | 0x8035
            | 0x8038
            | 0x8847
            | 0x8848
            | 0x809b
            | 0x80f3
            | 0x6003
            | 0x0800
            | 0x8137
            | 0x4242
            | 0x86dd
            | 0x2000
            | 0x0111
            | 0x6558
    )
}

pub(crate) fn chdlc(walk: &mut Walk<'_>) -> Next {
    chdlc_framing(walk, false)
}

/// Cisco HDLC where PPP's HDLC dissector finds it: a frame that starts
/// with a Cisco HDLC address (0x0f, 0x8f) goes to Cisco HDLC whole, PPP
/// adding nothing but its name to `frame.protocols`.
pub(crate) fn by_ppp(walk: &mut Walk<'_>) -> Next {
    chdlc_framing(walk, true)
}

/// Whether PPP's HDLC dissector hands a frame starting with `byte0` to
/// Cisco HDLC.
pub(crate) fn is_address(byte0: u8) -> bool {
    byte0 == 0x0f || byte0 == 0x8f
}

fn chdlc_framing(walk: &mut Walk<'_>, by_ppp: bool) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "chdlc", start..start + b.len().min(HEADER));
    if by_ppp {
        l.present(f::chdlc::OSIDUMP_PPP);
    }
    if b.len() < HEADER {
        // The protocol is read before any item is added.
        walk.short(&mut l, "Cisco HDLC header", HEADER, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let proto = be16(b, 2);
    l.uint(f::chdlc::ADDRESS, b[0]);
    l.uint(f::chdlc::CONTROL, b[1]);
    l.uint(f::chdlc::PROTOCOL, proto);
    walk.off += HEADER;
    carried(walk, l, proto)
}

/// What follows a Cisco HDLC protocol number (packet-chdlc.c's
/// `chdlctype`, which Frame Relay's Cisco encapsulation calls too): the
/// byte after it is read first whatever the protocol (OSI's padding
/// test, which throws when there is none), the padding goes on `l` (the
/// layer that holds the number), then the protocol's dissector.
pub(crate) fn carried<'a>(walk: &mut Walk<'a>, mut l: Layer<'a>, proto: u16) -> Next {
    let Some(&pad) = walk.data.get(walk.off).filter(|_| walk.off < walk.end) else {
        let header = walk.off - l.span.start;
        let have = header + walk.rest().len();
        walk.short(&mut l, "Cisco HDLC payload", header + 1, have);
        walk.layers.push(l);
        return Next::Done;
    };
    if proto == CHDLCTYPE_OSI && !NLPIDS_UNPADDED.contains(&pad) {
        l.uint(f::chdlc::CLNS_PADDING, pad);
        l.span = l.span.start..walk.off + 1;
        walk.off += 1;
    }
    walk.layers.push(l);
    match proto {
        0x0800 => Next::Ip,
        0x86dd => Next::EtherType(0x86dd),
        0x8847 | 0x8848 => Next::EtherType(proto),
        0x6558 => Next::Ethernet,
        0x2000 => super::cdp::cdp(walk),
        0x4242 => {
            super::llc::stp(walk, false);
            Next::Done
        }
        SLARP => slarp(walk),
        CHDLCTYPE_OSI => crate::dissect::net::isis::osi(walk),
        _ => Next::Data(Osi::DataLink),
    }
}

/// The protocol number tshark's Protocol column shows when Cisco HDLC is
/// the top layer: one no dissector of its table takes (`0x1234`); `None`
/// for the others, which show `CHDLC`.
pub(crate) fn column_number(l: &Layer<'_>) -> Option<u64> {
    l.get_uint(f::chdlc::PROTOCOL)
        .filter(|&p| l.thrown.is_none() && !in_table(p as u16))
}

/// Cisco HDLC's Info: it clears the column, and a payload nobody decodes
/// leaves it empty.
pub(crate) fn info(_out: &mut String, _l: &Layer<'_>) {}

pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(a) = l.get_uint(f::chdlc::ADDRESS) {
        let _ = write!(
            out,
            "{} (0x{a:02x})",
            f::chdlc::ADDRESS.value_name(a).unwrap_or("Unknown")
        );
    }
    if let Some(p) = l.get_uint(f::chdlc::PROTOCOL) {
        let _ = write!(
            out,
            " protocol {} (0x{p:04x})",
            f::chdlc::PROTOCOL.value_name(p).unwrap_or("Unknown")
        );
    }
}

/// The SLARP types.
const REQUEST: u32 = 0;
const REPLY: u32 = 1;
const LINECHECK: u32 = 2;

/// A SLARP packet: it takes the rest of the frame (trailing bytes are not
/// data), but reads at fixed offsets as tshark does, throwing where the
/// bytes run out.
fn slarp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "slarp", start..start + b.len().min(14));
    let need = |n: usize| b.len() >= n;
    // tshark writes its Info from the values before it adds any item.
    let done = match b.get(..4).map(|c| be32(c, 0)) {
        None => Err(4),
        Some(code @ (REQUEST | REPLY)) if need(12) => {
            l.uint(f::slarp::PTYPE, code);
            l.push(f::slarp::ADDRESS, Value::Ipv4(ipv4(b, 4)));
            l.push(f::slarp::NETMASK, Value::Ipv4(ipv4(b, 8)));
            Ok(())
        }
        Some(REQUEST | REPLY) => Err(12),
        Some(LINECHECK) if need(12) => {
            l.uint(f::slarp::PTYPE, LINECHECK);
            l.uint(f::slarp::MYSEQUENCE, be32(b, 4));
            l.uint(f::slarp::YOURSEQUENCE, be32(b, 8));
            if need(14) {
                let reliability = be16(b, 12);
                l.uint(f::slarp::RELIABILITY, reliability);
                if reliability != 0xffff {
                    expert::add(&mut l, &RELIABILITY_INVALID, None);
                }
                Ok(())
            } else {
                Err(14)
            }
        }
        Some(LINECHECK) => Err(12),
        Some(code) => {
            l.uint(f::slarp::PTYPE, code);
            l.span = start..start + 4;
            walk.off += 4;
            walk.layers.push(l);
            return if walk.off < walk.end {
                Next::Data(Osi::DataLink)
            } else {
                Next::Done
            };
        }
    };
    if let Err(need) = done {
        walk.short(&mut l, "SLARP packet", need, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn ipv4(b: &[u8], at: usize) -> [u8; 4] {
    [b[at], b[at + 1], b[at + 2], b[at + 3]]
}

/// SLARP's Info, as tshark writes it.
pub(crate) fn slarp_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(code) = l.get_uint(f::slarp::PTYPE) else {
        return;
    };
    let name = f::slarp::PTYPE.value_name(code);
    match code as u32 {
        REQUEST | REPLY => {
            let addr = |def| match l.get(def) {
                Some(Value::Ipv4(a)) => std::net::Ipv4Addr::from(*a).to_string(),
                _ => String::new(),
            };
            let _ = write!(
                out,
                "{}, from {}, mask {}",
                name.unwrap_or(""),
                addr(f::slarp::ADDRESS),
                addr(f::slarp::NETMASK)
            );
        }
        LINECHECK => {
            let _ = write!(
                out,
                "{}, outgoing sequence {}, returned sequence {}",
                name.unwrap_or(""),
                l.get_uint(f::slarp::MYSEQUENCE).unwrap_or(0),
                l.get_uint(f::slarp::YOURSEQUENCE).unwrap_or(0)
            );
        }
        _ => {
            let _ = write!(out, "Unknown packet type 0x{code:08X}");
        }
    }
}

#[cfg(test)]
mod tests;
