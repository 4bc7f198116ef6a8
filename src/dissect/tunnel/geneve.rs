//! Geneve (RFC 8926, UDP port 6081): version, options length, flags, the
//! protocol type (an EtherType; 0x6558 is an Ethernet frame), the 24-bit
//! network identifier, then the options, each a class, a type and its
//! data. Option data is shown as Wireshark shows an option it has no
//! decoder for (`geneve.option.unknown.data`); Google Cloud's class 0x6500,
//! which Wireshark decodes, is left without its data fields.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use crate::dissect::fields as f;

/// Google Cloud's option class: Wireshark decodes its fields.
const CLASS_GCP: u16 = 0x6500;

pub(crate) fn geneve(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "geneve", start..start + b.len().min(8));
    if b.len() < 8 {
        return super::short(walk, l, "Geneve header", 8);
    }
    let opts_len = usize::from(b[0] & 0x3f) * 4;
    l.uint(f::geneve::VERSION, b[0] >> 6);
    l.uint(f::geneve::OPTION_LENGTH, opts_len as u64);
    let flags = b[1];
    l.uint(f::geneve::FLAGS, flags);
    l.boolean(f::geneve::FLAGS_OAM, flags & 0x80 != 0);
    l.boolean(f::geneve::FLAGS_CRITICAL, flags & 0x40 != 0);
    l.boolean(f::geneve::FLAGS_RESERVED, flags & 0x3f != 0);
    let ptype = be16(b, 2);
    l.uint(f::geneve::PROTO_TYPE, ptype);
    l.uint(f::geneve::VNI, be32(b, 4) >> 8);
    l.uint(f::geneve::RESERVED, b[7]);
    if opts_len > 0 {
        let Some(opts) = b.get(8..8 + opts_len) else {
            return super::short(walk, l, "Geneve options", 8 + opts_len);
        };
        l.push(f::geneve::OPTIONS, Value::Bytes(opts.into()));
        let mut at = 0;
        // Each option is at least its 4-byte header, so the walk ends.
        while opts.len() >= at + 4 {
            let class = be16(opts, at);
            let otype = opts[at + 2];
            let oflags = opts[at + 3];
            let len = 4 + usize::from(oflags & 0x1f) * 4;
            let Some(opt) = opts.get(at..at + len) else {
                break;
            };
            l.push(f::geneve::OPTION, Value::Bytes(opt.into()));
            l.uint(f::geneve::OPTION_CLASS, class);
            l.uint(f::geneve::OPTION_TYPE, otype);
            l.boolean(f::geneve::OPTION_TYPE_CRITICAL, otype & 0x80 != 0);
            l.uint(f::geneve::OPTION_FLAGS, oflags & 0xe0);
            l.boolean(f::geneve::OPTION_FLAGS_RESERVED, oflags & 0xe0 != 0);
            l.uint(f::geneve::OPTION_LENGTH, len as u64);
            if class != CLASS_GCP && len > 4 {
                l.push(
                    f::geneve::OPTION_UNKNOWN_DATA,
                    Value::Bytes(opt[4..].into()),
                );
            }
            at += len;
        }
    }
    l.span = start..start + 8 + opts_len;
    walk.off += 8 + opts_len;
    walk.layers.push(l);
    Next::EtherType(ptype)
}

/// The one-line summary: the network identifier and what is carried.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(vni) = l.get_uint(f::geneve::VNI) {
        let _ = write!(out, "VNI 0x{vni:06x}");
    }
    if let Some(t) = l.get_uint(f::geneve::PROTO_TYPE) {
        match f::geneve::PROTO_TYPE.value_name(t) {
            Some(name) => {
                let _ = write!(out, " {name} (0x{t:04x})");
            }
            None => {
                let _ = write!(out, " 0x{t:04x}");
            }
        }
    }
}
