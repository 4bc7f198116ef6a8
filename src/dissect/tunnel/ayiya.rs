//! AYIYA, "Anything In Anything" (UDP port 5072), as packet-ayiya.c reads
//! it: four nibbles (identity length as a power of two, identity type,
//! signature length in 32-bit words, hash method), authentication method
//! and operation code, the next header (an IP protocol number), the epoch
//! (seconds), the identity and the signature. A `Forward` operation hands
//! what follows to the IP protocol table (IPv6 for IPv6 tunnel brokers);
//! the other operations carry nothing tshark reads.

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::fields as f;
use crate::source::Timestamp;

const FORWARD: u8 = 1;

pub(crate) fn ayiya(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "ayiya", start..start + b.len());
    let Some(head) = b.first_chunk::<8>() else {
        return super::short(walk, l, "AYIYA header", 8);
    };
    let idlen = 1usize << (head[0] >> 4);
    let siglen = usize::from(head[1] >> 4) * 4;
    let opcode = head[2] & 0xf;
    let next = head[3];
    l.uint(f::ayiya::IDLEN, head[0] >> 4);
    l.uint(f::ayiya::IDTYPE, head[0] & 0xf);
    l.uint(f::ayiya::SIGLEN, head[1] >> 4);
    l.uint(f::ayiya::HASHMETHOD, head[1] & 0xf);
    l.uint(f::ayiya::AUTHMETHOD, head[2] >> 4);
    l.uint(f::ayiya::OPCODE, opcode);
    l.uint(f::ayiya::NEXTHEADER, next);
    let secs = u32::from_be_bytes([head[4], head[5], head[6], head[7]]);
    l.push(
        f::ayiya::EPOCH,
        Value::Time(Timestamp {
            secs: i64::from(secs),
            nanos: 0,
        }),
    );
    let end = 8 + idlen + siglen;
    let Some(identity) = b.get(8..8 + idlen) else {
        return super::short(walk, l, "AYIYA identity", end);
    };
    l.push(f::ayiya::IDENTITY, Value::Bytes(identity.into()));
    let Some(signature) = b.get(8 + idlen..end) else {
        return super::short(walk, l, "AYIYA signature", end);
    };
    if siglen > 0 {
        l.push(f::ayiya::SIGNATURE, Value::Bytes(signature.into()));
    }
    l.span = start..start + end;
    walk.off += end;
    walk.layers.push(l);
    match (opcode, next) {
        (FORWARD, 41) => Next::EtherType(0x86dd),
        (FORWARD, 4) => Next::EtherType(0x0800),
        (FORWARD, _) => Next::Data(Osi::Network),
        // Nothing is handed on: the rest is not shown.
        _ => {
            walk.off = walk.end;
            Next::Done
        }
    }
}

/// packet-ayiya.c writes the Protocol column only: the Info column is
/// UDP's.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(u) = layers[..i.min(layers.len())]
        .iter()
        .rposition(|l| l.protocol == "udp")
    {
        crate::dissect::summary::udp_info(out, layers, u);
    }
}

/// The one-line summary: the operation and what it carries.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    let op = l.get_uint(f::ayiya::OPCODE).unwrap_or(0);
    out.push_str(
        f::ayiya::OPCODE
            .value_name(op)
            .unwrap_or("Unknown operation"),
    );
    if let Some(n) = l.get_uint(f::ayiya::NEXTHEADER) {
        out.push_str(", next header ");
        crate::dissect::summary::push_uint(out, n);
    }
}
