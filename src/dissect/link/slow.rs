//! IEEE 802.3 Slow Protocols (EtherType 0x8809) and the one of them most
//! networks carry: LACP, the Link Aggregation Control Protocol (IEEE
//! 802.1AX), by which two switches bundle links into one. As
//! packet-slowprotocols.c and packet-lacp.c read them: a subtype byte,
//! then the LACPDU's actor, partner and collector TLVs (each field shown
//! even when the TLV's type or length is not the expected one, which an
//! error notes), version 2's TLVs skipped by their lengths, the terminator,
//! the pad to the PDU's fixed 110 bytes, and HP's IRF extension when the
//! bytes after it announce it. LACP's Marker protocol (subtype 2): the
//! requester's port, system and transaction, the terminator, the reserved
//! bytes. Other subtypes (OAM, OSSP) stay data.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{Reader, be16, be32};
use super::super::{Next, Walk};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;

ei!(WRONG_TLV_TYPE, f::lacp::WRONG_TLV_TYPE, Malformed, Error);
ei!(
    WRONG_TLV_LENGTH,
    f::lacp::WRONG_TLV_LENGTH,
    Malformed,
    Error
);
ei!(
    MARKER_WRONG_TLV_TYPE,
    f::marker::WRONG_TLV_TYPE,
    Malformed,
    Error
);
ei!(
    MARKER_WRONG_TLV_LENGTH,
    f::marker::WRONG_TLV_LENGTH,
    Malformed,
    Error
);
ei!(MARKER_WRONG_PAD, f::marker::WRONG_PAD_VALUE, Protocol, Warn);

const LACP: u8 = 1;
const MARKER: u8 = 2;
/// Where the pad ends: the LACPDU's fixed size (110 bytes with the
/// subtype), from the byte after the subtype.
const PAD_END: usize = 128 - 1 - 18;
/// Avaya's virtual LACP puts a byte before the version; its first four
/// bytes say so.
const VLACP_MAGIC_LACP: u32 = 0x0101_0114;
const VLACP_MAGIC_MARKER: u32 = 0x0201_0114;

/// The Slow Protocols dispatcher: the subtype, then LACP or data.
pub(crate) fn slow(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let mut l = Layer::new(Osi::DataLink, "slow", start..start + 1);
    let Some(&subtype) = walk.rest().first() else {
        walk.short(&mut l, "Slow Protocols subtype", 1, 0);
        walk.layers.push(l);
        return Next::Done;
    };
    l.uint(f::slow::SUBTYPE, subtype);
    walk.off += 1;
    walk.layers.push(l);
    if subtype == LACP {
        return lacp(walk);
    }
    if subtype == MARKER {
        return marker(walk);
    }
    if walk.off < walk.end {
        Next::Data(Osi::DataLink)
    } else {
        Next::Done
    }
}

/// A LACPDU from `walk.off` (after the subtype, or Avaya's EtherType
/// 0x8103 directly).
pub(crate) fn lacp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "lacp", start..walk.end);
    let mut r = Reader { b, at: 0 };
    let read = (|| -> Result<(), usize> {
        let vlacp = r.b.get(..4).map(|x| be32(x, 0));
        if matches!(vlacp, Some(VLACP_MAGIC_LACP | VLACP_MAGIC_MARKER)) {
            l.uint(f::lacp::VLACP_SUBTYPE, r.u8()?);
        }
        l.uint(f::lacp::VERSION, r.u8()?);
        for side in [&ACTOR, &PARTNER] {
            tlv_header(&mut l, &mut r, side.tlv_type, 20)?;
            l.uint(side.sys_priority, r.u16()?);
            l.push(side.sysid, Value::Mac(super::mac(r.take(6)?)));
            l.uint(side.key, r.u16()?);
            l.uint(side.port_priority, r.u16()?);
            l.uint(side.port, r.u16()?);
            let state = r.u8()?;
            l.uint(side.state, state);
            for (bit, def) in side.flags.iter().enumerate() {
                l.boolean(def, state & (1 << bit) != 0);
            }
            l.str(side.state_str, state_flags(state));
            l.push(side.reserved, Value::Bytes(r.take(3)?.into()));
        }
        tlv_header(&mut l, &mut r, 3, 16)?;
        l.uint(f::lacp::COLLECTOR_MAX_DELAY, r.u16()?);
        l.push(f::lacp::COLL_RESERVED, Value::Bytes(r.take(12)?.into()));
        // Version 2's TLVs, skipped by their lengths, up to the terminator.
        let mut t = r.u8()?;
        l.uint(f::lacp::TLV_TYPE, t);
        let mut len = r.u8()?;
        l.uint(f::lacp::TLV_LENGTH, len);
        while t != 0 && len >= 2 {
            r.at += usize::from(len) - 2;
            t = r.u8()?;
            l.uint(f::lacp::TLV_TYPE, t);
            len = r.u8()?;
            l.uint(f::lacp::TLV_LENGTH, len);
        }
        if len != 0 {
            expert::add(&mut l, &WRONG_TLV_LENGTH, None);
        }
        if r.at < PAD_END {
            let n = PAD_END - r.at;
            l.push(f::lacp::PAD, Value::Bytes(r.take(n)?.into()));
        }
        Ok(())
    })();
    if let Err(need) = read {
        walk.short(&mut l, "LACPDU", need, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    let mut end = r.at;
    // HP's IRF multi-active detection after the pad: 0x64, then the length
    // of the rest. Any other bytes are left to the link layer's trailer.
    let rest = b.len().saturating_sub(end);
    if rest > 2 && b[end] == 0x64 && usize::from(b[end + 1]) == rest - 2 {
        let v = &b[end..];
        if v.len() < 26 {
            // packet-lacp.c reads its 26 bytes regardless.
            l.push(f::lacp::VENDOR, Value::Bytes(v.into()));
            walk.short(&mut l, "HP IRF extension", end + 26, b.len());
            walk.off = walk.end;
            walk.layers.push(l);
            return Next::Done;
        }
        l.push(f::lacp::VENDOR, Value::Bytes(v.into()));
        l.push(f::lacp::VENDOR_HP_UNKNOWN, Value::Bytes(v[0..1].into()));
        l.uint(f::lacp::VENDOR_HP_LENGTH, v[1]);
        l.push(f::lacp::VENDOR_HP_UNKNOWN, Value::Bytes(v[2..4].into()));
        l.uint(f::lacp::VENDOR_HP_IRF_DOMAIN, be16(v, 4));
        l.push(
            f::lacp::VENDOR_HP_IRF_MAC,
            Value::Mac(super::mac(&v[6..12])),
        );
        l.push(f::lacp::VENDOR_HP_UNKNOWN, Value::Bytes(v[12..20].into()));
        l.uint(f::lacp::VENDOR_HP_IRF_SWITCH, be16(v, 20));
        l.uint(f::lacp::VENDOR_HP_IRF_PORT, be16(v, 22));
        l.push(f::lacp::VENDOR_HP_UNKNOWN, Value::Bytes(v[24..26].into()));
        end = b.len();
    }
    l.span = start..start + end;
    if start + end < walk.end {
        crate::dissect::net::note_padding(walk, start + end);
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// A Marker PDU (packet-marker.c): version, the information or response
/// TLV (the requester's port, system, transaction and pad), the
/// terminator and 90 reserved bytes. The PDU claims the whole frame.
pub(crate) fn marker(walk: &mut Walk<'_>) -> Next {
    const INFORMATION: u8 = 1;
    const RESPONSE: u8 = 2;
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "marker", start..walk.end);
    let mut r = Reader { b, at: 0 };
    let read = (|| -> Result<(), usize> {
        l.uint(f::marker::VERSION, r.u8()?);
        let t = r.u8()?;
        l.uint(f::marker::TLVTYPE, t);
        let len = r.u8()?;
        l.uint(f::marker::TLVLEN, len);
        // packet-marker.c hangs every TLV note on the first TLV's type
        // item, where tshark lists the wrong types before the wrong
        // lengths; the pad's note follows on its own item.
        let mut wrong_type = usize::from(!matches!(t, INFORMATION | RESPONSE));
        let mut wrong_len = usize::from(len != 16);
        let note = |l: &mut Layer<'_>, types: usize, lens: usize| {
            for _ in 0..types {
                expert::add(l, &MARKER_WRONG_TLV_TYPE, None);
            }
            for _ in 0..lens {
                expert::add(l, &MARKER_WRONG_TLV_LENGTH, None);
            }
        };
        let mut pad = None;
        let fields = (|| -> Result<(), usize> {
            l.uint(f::marker::REQUESTERPORT, r.u16()?);
            l.push(
                f::marker::REQUESTERSYSTEM,
                Value::Mac(super::mac(r.take(6)?)),
            );
            l.uint(f::marker::REQUESTERTRANSID, r.u32()?);
            let p = r.u16()?;
            pad = Some(p);
            l.uint(f::marker::REQUESTERPAD, p);
            let t = r.u8()?;
            l.uint(f::marker::TLVTYPE, t);
            let len = r.u8()?;
            l.uint(f::marker::TLVLEN, len);
            if t != 0 {
                wrong_type += 1;
            } else if len != 0 {
                wrong_len += 1;
            }
            Ok(())
        })();
        note(&mut l, wrong_type, wrong_len);
        if pad.is_some_and(|p| p != 0) {
            expert::add(&mut l, &MARKER_WRONG_PAD, None);
        }
        fields?;
        l.push(f::marker::RESERVED, Value::Bytes(r.take(90)?.into()));
        Ok(())
    })();
    if let Err(need) = read {
        walk.short(&mut l, "Marker PDU", need, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// packet-marker.c's Info: the TLV's kind, then the requester
/// (`Information SysId=00:11:22:33:44:55, P=3, TId=7`).
pub(crate) fn marker_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    out.push_str(match l.get_uint(f::marker::TLVTYPE) {
        Some(1) => "Information",
        Some(2) => "Response",
        _ => "Marker Protocol",
    });
    let (Some(sys), Some(port), Some(tid)) = (
        l.get(f::marker::REQUESTERSYSTEM),
        l.get_uint(f::marker::REQUESTERPORT),
        l.get_uint(f::marker::REQUESTERTRANSID),
    ) else {
        return;
    };
    out.push_str(" SysId=");
    let _ = sys.write_text(out);
    let _ = write!(out, ", P={port}, TId={tid}");
}

/// One side's TLV (actor or partner): its fields.
struct Side {
    tlv_type: u8,
    sys_priority: &'static crate::dissect::field::FieldDef,
    sysid: &'static crate::dissect::field::FieldDef,
    key: &'static crate::dissect::field::FieldDef,
    port_priority: &'static crate::dissect::field::FieldDef,
    port: &'static crate::dissect::field::FieldDef,
    state: &'static crate::dissect::field::FieldDef,
    /// The state's bits, lowest first.
    flags: [&'static crate::dissect::field::FieldDef; 8],
    state_str: &'static crate::dissect::field::FieldDef,
    reserved: &'static crate::dissect::field::FieldDef,
}

static ACTOR: Side = Side {
    tlv_type: 1,
    sys_priority: f::lacp::ACTOR_SYS_PRIORITY,
    sysid: f::lacp::ACTOR_SYSID,
    key: f::lacp::ACTOR_KEY,
    port_priority: f::lacp::ACTOR_PORT_PRIORITY,
    port: f::lacp::ACTOR_PORT,
    state: f::lacp::ACTOR_STATE,
    flags: [
        f::lacp::ACTOR_STATE_ACTIVITY,
        f::lacp::ACTOR_STATE_TIMEOUT,
        f::lacp::ACTOR_STATE_AGGREGATION,
        f::lacp::ACTOR_STATE_SYNCHRONIZATION,
        f::lacp::ACTOR_STATE_COLLECTING,
        f::lacp::ACTOR_STATE_DISTRIBUTING,
        f::lacp::ACTOR_STATE_DEFAULTED,
        f::lacp::ACTOR_STATE_EXPIRED,
    ],
    state_str: f::lacp::ACTOR_STATE_STR,
    reserved: f::lacp::ACTOR_RESERVED,
};

static PARTNER: Side = Side {
    tlv_type: 2,
    sys_priority: f::lacp::PARTNER_SYS_PRIORITY,
    sysid: f::lacp::PARTNER_SYSID,
    key: f::lacp::PARTNER_KEY,
    port_priority: f::lacp::PARTNER_PORT_PRIORITY,
    port: f::lacp::PARTNER_PORT,
    state: f::lacp::PARTNER_STATE,
    flags: [
        f::lacp::PARTNER_STATE_ACTIVITY,
        f::lacp::PARTNER_STATE_TIMEOUT,
        f::lacp::PARTNER_STATE_AGGREGATION,
        f::lacp::PARTNER_STATE_SYNCHRONIZATION,
        f::lacp::PARTNER_STATE_COLLECTING,
        f::lacp::PARTNER_STATE_DISTRIBUTING,
        f::lacp::PARTNER_STATE_DEFAULTED,
        f::lacp::PARTNER_STATE_EXPIRED,
    ],
    state_str: f::lacp::PARTNER_STATE_STR,
    reserved: f::lacp::PARTNER_RESERVED,
};

/// A TLV's type and length, each noted when it is not the one expected.
fn tlv_header(
    l: &mut Layer<'_>,
    r: &mut Reader<'_>,
    want_type: u8,
    want_len: u8,
) -> Result<(), usize> {
    let t = r.u8()?;
    l.uint(f::lacp::TLV_TYPE, t);
    let len = r.u8()?;
    l.uint(f::lacp::TLV_LENGTH, len);
    if t != want_type {
        expert::add(l, &WRONG_TLV_TYPE, None);
    }
    if len != want_len {
        expert::add(l, &WRONG_TLV_LENGTH, None);
    }
    Ok(())
}

/// The state's flags as packet-lacp.c spells them, highest bit first
/// (`EFDCSGSA`, `*` for a clear bit).
fn state_flags(state: u8) -> String {
    b"EFDCSGSA"
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if state & (0x80 >> i) != 0 {
                char::from(c)
            } else {
                '*'
            }
        })
        .collect()
}

/// LACP's Info (and tree line): `v1 ACTOR <system> P: <port> K: <key>
/// <flags> PARTNER …`, as far as the PDU was read.
pub(crate) fn lacp_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(version) = l.get_uint(f::lacp::VERSION) else {
        out.push_str("Link Aggregation Control Protocol");
        return;
    };
    let _ = write!(out, "v{version}");
    for (label, side) in [(" ACTOR ", &ACTOR), (" PARTNER ", &PARTNER)] {
        let (Some(sysid), Some(port), Some(key), Some(flags)) = (
            l.get(side.sysid),
            l.get_uint(side.port),
            l.get_uint(side.key),
            l.get_str(side.state_str),
        ) else {
            return;
        };
        // packet-lacp.c appends a side once its reserved bytes were read.
        if !l.has(side.reserved) {
            return;
        }
        out.push_str(label);
        let _ = sysid.write_text(out);
        let _ = write!(out, " P: {port} K: {key} {flags}");
    }
}

/// The dispatcher's Info for a subtype it has no dissector for.
pub(crate) fn slow_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(t) = l.get_uint(f::slow::SUBTYPE) {
        let _ = write!(out, "Subtype = {t}");
    }
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::frame;

    /// Every prefix of a LACPDU frame and of a Marker PDU frame, and every
    /// byte of them changed in turn, dissects without a panic; a cut one is
    /// marked.
    #[test]
    fn cut_and_altered_lacpdus_decode_without_panic() {
        let mut full = vec![
            0x01, 0x80, 0xc2, 0, 0, 0x02, 0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x88, 0x09, 0x01, 0x01,
        ];
        full.extend_from_slice(&[0x01, 0x14]);
        full.extend(std::iter::repeat_n(0x3d, 18));
        full.extend_from_slice(&[0x02, 0x14]);
        full.extend(std::iter::repeat_n(0x3f, 18));
        full.extend_from_slice(&[0x03, 0x10]);
        full.extend(std::iter::repeat_n(0, 14));
        full.extend(std::iter::repeat_n(0, 52));
        full.extend_from_slice(&[0x64, 2, 0, 0]);
        let mut d = Dissector::new();
        for n in 0..=full.len() {
            let out = d.dissect(&frame(1, &full[..n]));
            if n > 15 && n < 124 {
                let lacp = out.layer("lacp").expect("a LACP layer");
                assert!(!lacp.anomalies.is_empty(), "cut at {n} not marked");
            }
        }
        for i in 14..full.len() {
            for v in [0u8, 1, 0x64, 0xff] {
                let mut b = full.clone();
                b[i] = v;
                let _ = d.dissect(&frame(1, &b));
            }
        }
        // A Marker PDU, likewise.
        let mut marker = full[..14].to_vec();
        marker.extend_from_slice(&[0x02, 0x01, 0x01, 0x10, 0, 3]);
        marker.extend(std::iter::repeat_n(0x11, 12));
        marker.extend(std::iter::repeat_n(0, 92));
        for n in 0..=marker.len() {
            let out = d.dissect(&frame(1, &marker[..n]));
            if n > 15 && n < marker.len() {
                let l = out.layer("marker").expect("a Marker layer");
                assert!(!l.anomalies.is_empty(), "cut at {n} not marked");
            }
        }
        for i in 14..marker.len() {
            for v in [0u8, 1, 2, 0xff] {
                let mut b = marker.clone();
                b[i] = v;
                let _ = d.dissect(&frame(1, &b));
            }
        }
    }
}
