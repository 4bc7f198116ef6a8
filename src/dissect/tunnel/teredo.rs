//! Teredo (RFC 4380, UDP port 3544): IPv6 over UDP, optionally behind an
//! authentication header (type 1: identifier and value lengths, the two,
//! a nonce and a confirmation byte) and an origin indication (type 0: the
//! client's port and IPv4 address, each XORed with all ones), in that
//! order, as Wireshark reads them.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::be16;
use super::super::{Next, Walk};
use crate::dissect::fields as f;

pub(crate) fn teredo(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "teredo", start..start + b.len());
    let mut at = 0;
    if b.len() >= 2 && be16(b, 0) == 1 {
        l.present(f::teredo::AUTH);
        if b.len() < 4 {
            return super::short(walk, l, "Teredo authentication header", 4);
        }
        let (idlen, aulen) = (usize::from(b[2]), usize::from(b[3]));
        l.uint(f::teredo::AUTH_IDLEN, b[2]);
        l.uint(f::teredo::AUTH_AULEN, b[3]);
        let end = 4 + idlen + aulen + 9;
        if b.len() < end {
            return super::short(walk, l, "Teredo authentication header", end);
        }
        at = 4;
        if idlen > 0 {
            l.push(f::teredo::AUTH_ID, Value::Bytes(b[at..at + idlen].into()));
            at += idlen;
        }
        if aulen > 0 {
            l.push(
                f::teredo::AUTH_VALUE,
                Value::Bytes(b[at..at + aulen].into()),
            );
            at += aulen;
        }
        l.push(f::teredo::AUTH_NONCE, Value::Bytes(b[at..at + 8].into()));
        l.push(f::teredo::AUTH_CONF, Value::Bytes(b[at + 8..at + 9].into()));
        at += 9;
    }
    if b.len() >= at + 2 && be16(b, at) == 0 {
        l.present(f::teredo::ORIG);
        if b.len() < at + 8 {
            return super::short(walk, l, "Teredo origin indication", at + 8);
        }
        l.uint(f::teredo::ORIG_PORT, !be16(b, at + 2));
        let a = &b[at + 4..at + 8];
        l.push(
            f::teredo::ORIG_ADDR,
            Value::Ipv4([!a[0], !a[1], !a[2], !a[3]]),
        );
        at += 8;
    }
    l.span = start..start + at;
    walk.off += at;
    walk.layers.push(l);
    Next::EtherType(0x86dd)
}

/// The one-line summary: the headers present and the origin.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    out.push_str("IPv6 over UDP");
    if l.has(f::teredo::AUTH) {
        out.push_str(", authentication");
    }
    if let (Some(Value::Ipv4(a)), Some(p)) = (
        l.get(f::teredo::ORIG_ADDR),
        l.get_uint(f::teredo::ORIG_PORT),
    ) {
        let _ = write!(out, ", origin {}:{p}", std::net::Ipv4Addr::from(*a));
    }
}
