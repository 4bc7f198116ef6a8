//! Realtek's layer 2 protocols (EtherType 0x8899) as tshark 4.0's
//! packet-realtek.c shows them: a `realtek` item, then the first of its
//! heuristic sub-dissectors that takes the payload by its first byte:
//! RRCP (0x01, the remote control protocol: opcode, reply flag,
//! authentication key, register address and data, hello replies), REP
//! (0x02, echo: a request when sent to broadcast) and RLDP (0x03 or 0x23,
//! loop detection); any other payload is "Unknown packet" bytes with an
//! empty Info column. What a sub-protocol leaves over is Ethernet's
//! trailer (it sets the payload's length to what it read).
//!
//! The promise: no input makes this module panic; every read is checked.

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::fields as f;
use std::borrow::Cow;

const RRCP: u8 = 0x01;
const REP: u8 = 0x02;
const RLDP: u8 = 0x03;
const RLDP2: u8 = 0x23;

pub(crate) fn realtek(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let Some(&proto) = b.first() else {
        // The EtherType dissector calls nothing for no payload.
        return Next::Done;
    };
    let mut item = Layer::new(Osi::DataLink, "realtek", start..start + b.len());
    match proto {
        RRCP => {
            walk.layers.push(item);
            rrcp(walk, start, b);
        }
        REP | RLDP | RLDP2 => {
            walk.layers.push(item);
            let (name, field) = if proto == REP {
                ("rep", f::rep::PROTOCOL)
            } else {
                ("rldp", f::rldp::PROTOCOL)
            };
            let mut l = Layer::new(Osi::DataLink, name, start..start + 1);
            l.uint(field, proto);
            walk.layers.push(l);
            walk.off = start + 1;
            crate::dissect::net::note_padding(walk, start + 1);
        }
        _ => {
            item.push(f::realtek::PACKET, Value::Bytes(Cow::Borrowed(b)));
            walk.layers.push(item);
        }
    }
    walk.off = walk.end.max(walk.off);
    Next::Done
}

/// RRCP: protocol, reply flag and opcode, authentication key, then the
/// register address and data of a Get or Set, or a hello reply's ports,
/// uplink MAC, chip and vendor IDs (big-endian, as tshark reads them).
fn rrcp<'a>(walk: &mut Walk<'a>, start: usize, b: &'a [u8]) {
    use f::rrcp as r;
    let mut l = Layer::new(Osi::DataLink, "rrcp", start..start + b.len());
    l.uint(r::PROTOCOL, b[0]);
    let mut at = 1;
    let mut ok = || -> Option<()> {
        let op = *b.get(at)?;
        l.boolean(r::REPLY, op & 0x80 != 0);
        l.uint(r::OPCODE, op & 0x7f);
        at += 1;
        let u16_at = |i: usize| b.get(i..i + 2).map(|x| u16::from_be_bytes([x[0], x[1]]));
        l.uint(r::AUTHKEY, u16_at(at)?);
        at += 2;
        match op & 0x7f {
            1 | 2 => {
                l.uint(r::REGADDR, u16_at(at)?);
                at += 2;
                l.uint(r::REGDATA, u16_at(at)?);
                at += 2;
            }
            0 if op & 0x80 != 0 => {
                l.uint(r::HELLO_REPLY_DOWNLINK_PORT, *b.get(at)?);
                at += 1;
                l.uint(r::HELLO_REPLY_UPLINK_PORT, *b.get(at)?);
                at += 1;
                let m = b.get(at..at + 6)?;
                l.push(
                    r::HELLO_REPLY_UPLINK_MAC,
                    Value::Mac([m[0], m[1], m[2], m[3], m[4], m[5]]),
                );
                at += 6;
                l.uint(r::HELLO_REPLY_CHIP_ID, u16_at(at)?);
                at += 2;
                let v = b.get(at..at + 4)?;
                l.uint(
                    r::HELLO_REPLY_VENDOR_ID,
                    u32::from_be_bytes([v[0], v[1], v[2], v[3]]),
                );
                at += 4;
            }
            _ => {}
        }
        Some(())
    };
    let read = ok();
    if read.is_none() {
        walk.short(&mut l, "RRCP packet", at + 2, b.len());
        walk.layers.push(l);
        return;
    }
    l.span = start..start + at;
    walk.layers.push(l);
    walk.off = start + at;
    crate::dissect::net::note_padding(walk, start + at);
}

/// Info: RRCP's `Get Request`, REP's `Echo Request` (to broadcast) or
/// `Echo Reply`, RLDP's `Network Loop Detection`; Realtek's own is empty.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    match l.protocol {
        "rrcp" => {
            let Some(op) = l.get_uint(f::rrcp::OPCODE) else {
                return;
            };
            match f::rrcp::OPCODE.value_name(op) {
                Some(n) => out.push_str(n),
                None => {
                    out.push_str("Unknown (");
                    out.push_str(&op.to_string());
                    out.push(')');
                }
            }
            out.push_str(if l.flag(f::rrcp::REPLY) {
                " Reply"
            } else {
                " Request"
            });
        }
        "rep" => {
            let bcast = layers[..i]
                .iter()
                .rev()
                .find(|x| x.protocol == "eth")
                .and_then(|e| e.get(f::eth::DST))
                .is_some_and(|v| matches!(v, Value::Mac(m) if *m == [0xff; 6]));
            out.push_str(if bcast { "Echo Request" } else { "Echo Reply" });
        }
        "rldp" => out.push_str("Network Loop Detection"),
        _ => {}
    }
}

pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    match l.protocol {
        "realtek" => out.push_str("Realtek Layer 2 Protocols"),
        "rrcp" => out.push_str("Realtek Remote Control Protocol"),
        "rep" => out.push_str("Realtek Echo Protocol"),
        _ => out.push_str("Realtek Loop Detection Protocol"),
    }
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;

    /// An Ethernet frame to broadcast of EtherType 0x8899 with `payload`.
    fn frame(payload: &[u8]) -> Vec<u8> {
        let mut b = vec![0xff; 6];
        b.extend_from_slice(&[0xd8, 0x0d, 0x17, 0xd6, 0x55, 0xab, 0x88, 0x99]);
        b.extend_from_slice(payload);
        b
    }

    #[test]
    fn every_cut_of_a_hello_reply_and_random_payloads_never_panic() {
        let mut d = Dissector::new();
        let hello = [
            1, 0x80, 0x23, 0x79, 2, 5, 0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x83, 0x06, 0, 0, 0x10,
            0xec,
        ];
        for n in 0..=hello.len() {
            let b = frame(&hello[..n]);
            let _ = d.dissect(&crate::dissect::testing::frame(1, &b));
        }
        let mut rng = crate::test_rng::Rng(0x8899);
        for _ in 0..500 {
            let n = rng.below(80) as usize;
            let mut p: Vec<u8> = (0..n).map(|_| rng.below(256) as u8).collect();
            if let Some(first) = p.first_mut() {
                *first = [1, 2, 3, 0x23, 9][rng.below(5) as usize];
            }
            let b = frame(&p);
            let _ = d.dissect(&crate::dissect::testing::frame(1, &b));
        }
    }
}
