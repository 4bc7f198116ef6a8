//! IEEE 802.1AB Link Layer Discovery Protocol (EtherType 0x88cc, and
//! ONOS's 0x8942), as tshark 4.0's packet-lldp.c reads it.
//!
//! An LLDPDU is a run of TLVs: a 7-bit type and a 9-bit length, then the
//! value. Chassis ID, port ID and time to live come first, in that order;
//! anything may follow until End of LLDPDU. Each TLV is read as Wireshark
//! reads it, from a view of exactly its own length ([`Tvb`]): a read past
//! the captured bytes but inside the frame stops the whole PDU as cut
//! short, a read past the TLV's own length or the frame's as malformed,
//! and what was read before stays. Wireshark's quirks are kept where they
//! show: the time to live TLV always moves on 4 bytes; after End of LLDPDU
//! (or a duplicate mandatory TLV) the protocol's bytes end one byte before
//! it, so the Ethernet trailer starts there.
//!
//! Organisation-specific TLVs are decoded for IEEE 802.1 (port VLAN, port
//! and protocol VLAN, VLAN name, protocol identity, link aggregation), IEEE
//! 802.3 (MAC/PHY configuration, power via MDI, link aggregation, maximum
//! frame size), TIA TR-41 LLDP-MED (capabilities, network policy,
//! inventory) and IANA (MUD URL); an OUI Wireshark has no decoder for shows
//! its subtype and content as `lldp.unknown_subtype`. The others Wireshark
//! decodes (DCBX, PROFINET, 802.1Qbg, Cisco, Avaya/Extreme, HYTEC, ONOS,
//! ODVA; 802.1 DCB subtypes 8-12, 802.3 EEE and preemption, LLDP-MED
//! location and power) show their OUI and nothing more.

use super::super::layer::{AnomalyKind, Layer, Osi, Value};
use super::super::{Next, Walk};
use super::tvb::{Exc, Tvb};
use crate::dissect::expert::{self, ei, format_text};
use crate::dissect::fields as f;
use crate::dissect::wire::ascii_all;
use std::borrow::Cow;

ei!(BAD_TYPE, f::lldp::BAD_TYPE, Malformed, Warn);
ei!(INCORRECT_LENGTH, f::lldp::INCORRECT_LENGTH, Malformed, Warn);
ei!(EXCESS_LENGTH, f::lldp::EXCESS_LENGTH, Malformed, Warn);
ei!(TLV_DEPRECATED, f::lldp::TLV_DEPRECATED, Protocol, Warn);

const OUI_IEEE_802_1: u32 = 0x0080c2;
const OUI_IEEE_802_3: u32 = 0x00120f;
const OUI_MEDIA: u32 = 0x0012bb;
const OUI_IANA: u32 = 0x00005e;
/// OUIs Wireshark decodes with dissectors of its own (DCBX, PROFINET,
/// Cisco, 802.1Qbg, HYTEC, Avaya, Extreme/Avaya, ONOS, ODVA): not shown
/// as unknown.
const OUI_OTHERS: [u32; 10] = [
    0x001b21, 0x000ecf, 0x000142, 0x001b3f, 0x30b216, 0x00040d, 0x000496, 0x00e02b, 0xa42305,
    0x00006a,
];

/// How the PDU's dissection ended without an exception.
enum End {
    /// Ran out of TLVs (or stopped at an invalid mandatory TLV).
    Ran,
    /// End of LLDPDU or a duplicate mandatory TLV at this offset: tshark
    /// sets the PDU's length to one byte less.
    At(usize),
}

pub(crate) fn lldp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let data = &walk.data[start..walk.end];
    let rep = walk.reported_end.saturating_sub(start).max(data.len());
    let mut l = Layer::new(Osi::DataLink, "lldp", start..walk.end);
    let main = Tvb::new(data, rep);
    match pdu(&mut l, main) {
        Ok(End::Ran) => {
            walk.off = walk.end;
            walk.layers.push(l);
        }
        Ok(End::At(at)) => {
            let end = start + at.saturating_sub(1);
            walk.layers.push(l);
            trailer(walk, end);
            walk.off = walk.end;
        }
        Err(e) => {
            e.mark(&mut l, "lldp", "LLDP TLV", data.len());
            walk.off = walk.end;
            walk.layers.push(l);
        }
    }
    Next::Done
}

/// What follows the PDU's (shortened) length is the Ethernet trailer, as
/// Wireshark's Ethernet dissector reads it: in a frame of 60 bytes or more
/// whose PDU ends before byte 60, padding up to byte 60 when it is all
/// zeros (else a note that it is not, and the trailer starts at once);
/// then, in a frame of 64 bytes or more with 4 bytes to spare, the last 4
/// taken for a frame check sequence (not shown here) and the rest
/// `eth.trailer`. A check sequence the capture cut is read past its end:
/// the EtherType dissector throws.
fn trailer(walk: &mut Walk<'_>, end: usize) {
    let frame_len = walk.reported_end;
    if end >= frame_len {
        return;
    }
    let cap_end = walk.end;
    let mut pos = end.min(cap_end);
    let mut bad_padding = false;
    let mut padding: &[u8] = &[];
    if frame_len >= 60 && end < 60 {
        let pad = &walk.data[pos..cap_end.min(60)];
        if pad.iter().all(|&b| b == 0) {
            padding = pad;
            pos = 60.min(cap_end);
        } else {
            bad_padding = true;
        }
    }
    let start = if padding.is_empty() { end } else { 60 };
    let mut tail = &walk.data[pos..cap_end];
    let reported = frame_len - start;
    let fcs = frame_len >= 64 && reported >= 4;
    if fcs {
        tail = &tail[..tail.len().min(reported - 4)];
    }
    let cut = fcs && cap_end < frame_len;
    if let Some(eth) = walk.layers.iter_mut().rev().find(|l| l.protocol == "eth") {
        if !padding.is_empty() {
            eth.push(f::eth::PADDING, Value::Bytes(padding.into()));
        }
        if !tail.is_empty() {
            eth.push(f::eth::TRAILER, Value::Bytes(tail.into()));
        }
        if bad_padding {
            expert::add(
                eth,
                &crate::dissect::net::expert::ETH_PADDING_BAD,
                Some(
                    "Didn't find padding of zeros, and an undecoded trailer exists. \
                     There may be padding of non-zeros."
                        .into(),
                ),
            );
        }
        if cut {
            eth.throw(AnomalyKind::Truncated, "ethertype");
        }
    }
    walk.end = end.min(cap_end);
}

/// The TLV header's type and length.
fn header(hdr: u16) -> (u16, usize) {
    (hdr >> 9, usize::from(hdr & 0x1ff))
}

/// A mandatory TLV's decoder: `Ok(None)` when it is not valid.
type Mandatory<'a> = fn(&mut Layer<'a>, Tvb<'a>) -> Result<Option<usize>, Exc>;

/// The PDU: the three mandatory TLVs, then the optional ones.
fn pdu<'a>(l: &mut Layer<'a>, main: Tvb<'a>) -> Result<End, Exc> {
    let mut off = 0;
    let steps: [(Mandatory<'a>, &str); 3] = [
        (chassis, "Invalid Chassis ID TLV"),
        (port, "Invalid Port ID TLV"),
        (ttl, "Invalid Time-to-Live TLV"),
    ];
    for (step, invalid) in steps {
        let (_, len) = header(main.u16(off)?);
        match step(l, main.sub(off, len + 2))? {
            Some(n) => off += n,
            None => {
                l.malformed(invalid);
                return Ok(End::Ran);
            }
        }
    }
    while off < main.data.len() {
        let (kind, len) = header(main.u16(off)?);
        let t = main.sub(off, len + 2);
        let dup = |l: &mut Layer<'a>, what: &str| l.malformed(format!("Duplicate {what} TLV"));
        let r = match kind {
            1 => {
                chassis(l, t)?;
                dup(l, "Chassis ID");
                None
            }
            2 => {
                port(l, t)?;
                dup(l, "Port ID");
                None
            }
            3 => {
                ttl(l, t)?;
                dup(l, "Time-To-Live");
                None
            }
            0 => {
                tlv_head(l, t, kind, len)?;
                None
            }
            4 => Some(text(l, t, f::lldp::PORT_DESC)?),
            5 => Some(text(l, t, f::lldp::TLV_SYSTEM_NAME)?),
            6 => Some(text(l, t, f::lldp::TLV_SYSTEM_DESC)?),
            7 => Some(capabilities(l, t)?),
            8 => Some(management(l, t)?),
            127 => Some(organisational(l, t)?),
            _ => {
                tlv_head(l, t, kind, len)?;
                Some(len + 2)
            }
        };
        match r {
            Some(n) => off += n,
            None => return Ok(End::At(off)),
        }
    }
    Ok(End::Ran)
}

/// The TLV's subtree (the whole TLV must be there) and its type and
/// length items.
fn tlv_head<'a>(l: &mut Layer<'a>, t: Tvb<'a>, kind: u16, len: usize) -> Result<(), Exc> {
    t.get(0, len + 2)?;
    l.uint(f::lldp::TLV_TYPE, kind);
    l.uint(f::lldp::TLV_LEN, len as u64);
    Ok(())
}

/// An `FT_STRING` read with `ENC_ASCII` ([`expert::ascii_string`]).
pub(super) fn string(l: &mut Layer<'_>, def: &'static crate::dissect::field::FieldDef, b: &[u8]) {
    expert::ascii_string(l, def, b);
}

fn name(vals: &'static crate::dissect::field::FieldDef, v: u64) -> &'static str {
    vals.value_name(v).unwrap_or("")
}

fn chassis<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> Result<Option<usize>, Exc> {
    let (kind, len) = header(t.u16(0)?);
    if kind != 1 {
        t.get(0, len)?;
        let msg = format!("Invalid Chassis ID (0x{kind:02X}), expected (0x01)");
        expert::add(l, &BAD_TYPE, Some(msg));
        return Ok(None);
    }
    let sub = t.u8(2)?;
    tlv_head(l, t, kind, len)?;
    if len < 2 {
        let msg = format!("Invalid Chassis ID Length ({len}), expected > (2)");
        expert::add(l, &INCORRECT_LENGTH, Some(msg));
        return Ok(None);
    }
    l.uint(f::lldp::CHASSIS_SUBTYPE, sub);
    let sub_name = name(f::lldp::CHASSIS_SUBTYPE, sub.into());
    match sub {
        4 => {
            if len != 7 {
                let msg = format!(
                    "Invalid Chassis ID Length ({len}) for Type ({sub_name}), expected (7)"
                );
                expert::add(l, &INCORRECT_LENGTH, Some(msg));
                return Ok(None);
            }
            l.push(
                f::lldp::CHASSIS_ID_MAC,
                Value::Mac(super::mac(t.get(3, 6)?)),
            );
        }
        5 => {
            let family = t.u8(3)?;
            l.uint(f::lldp::NETWORK_ADDRESS_SUBTYPE, family);
            if !address(
                l,
                t,
                len,
                family,
                [f::lldp::CHASSIS_ID_IP4, f::lldp::CHASSIS_ID_IP6],
                ("Chassis", sub_name),
            )? {
                return Ok(None);
            }
            if family != 1 && family != 2 {
                let b = t.get(4, len.saturating_sub(2))?;
                l.push(f::lldp::CHASSIS_ID, Value::Bytes(b.into()));
            }
        }
        _ => {
            if len > 256 {
                let msg = format!(
                    "Invalid Chassis ID Length ({len}) for Type ({sub_name}), expected < (256)"
                );
                expert::add(l, &EXCESS_LENGTH, Some(msg));
                return Ok(None);
            }
            let b = t.get(3, len - 1)?;
            l.push(f::lldp::CHASSIS_ID, Value::Bytes(b.into()));
        }
    }
    Ok(Some(len + 2))
}

/// A network address ID (chassis or port subtype): IPv4 or IPv6 of
/// exactly their length, or `Ok(false)` after the expert item for a wrong
/// one. Other families are left to the caller.
fn address(
    l: &mut Layer<'_>,
    t: Tvb<'_>,
    len: usize,
    family: u8,
    defs: [&'static crate::dissect::field::FieldDef; 2],
    (what, sub_name): (&str, &str),
) -> Result<bool, Exc> {
    let (want, def) = match family {
        1 => (6, defs[0]),
        2 => (18, defs[1]),
        _ => return Ok(true),
    };
    if len != want {
        let fam = name(f::lldp::NETWORK_ADDRESS_SUBTYPE, family.into());
        let msg = format!(
            "Invalid {what} ID Length ({len}) for Type ({sub_name}, {fam}), expected ({want})"
        );
        expert::add(l, &INCORRECT_LENGTH, Some(msg));
        return Ok(false);
    }
    let b = t.get(4, want - 2)?;
    if family == 1 {
        let mut a = [0u8; 4];
        a.copy_from_slice(b);
        l.push(def, Value::Ipv4(a));
    } else {
        let mut a = [0u8; 16];
        a.copy_from_slice(b);
        l.push(def, Value::Ipv6(a));
    }
    Ok(true)
}

fn port<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> Result<Option<usize>, Exc> {
    let (kind, len) = header(t.u16(0)?);
    if kind != 2 {
        t.get(0, len)?;
        let msg = format!("Invalid Port ID (0x{kind:02X}), expected (0x02)");
        expert::add(l, &BAD_TYPE, Some(msg));
        return Ok(None);
    }
    let sub = t.u8(2)?;
    tlv_head(l, t, kind, len)?;
    if len < 2 {
        let msg = format!("Invalid Port ID Length ({len}), expected > (2)");
        expert::add(l, &INCORRECT_LENGTH, Some(msg));
        return Ok(None);
    }
    l.uint(f::lldp::PORT_SUBTYPE, sub);
    let sub_name = name(f::lldp::PORT_SUBTYPE, sub.into());
    match sub {
        3 => {
            if len != 7 {
                let msg =
                    format!("Invalid Port ID Length ({len}) for Type ({sub_name}), expected (7)");
                expert::add(l, &INCORRECT_LENGTH, Some(msg));
                return Ok(None);
            }
            l.push(f::lldp::PORT_ID_MAC, Value::Mac(super::mac(t.get(3, 6)?)));
        }
        4 => {
            let family = t.u8(3)?;
            l.uint(f::lldp::NETWORK_ADDRESS_SUBTYPE, family);
            if !address(
                l,
                t,
                len,
                family,
                [f::lldp::PORT_ID_IP4, f::lldp::PORT_ID_IP6],
                ("Port", sub_name),
            )? {
                return Ok(None);
            }
            if family != 1 && family != 2 {
                string(l, f::lldp::PORT_ID, t.get(4, len.saturating_sub(2))?);
            }
        }
        _ => {
            if len > 256 {
                let msg = format!(
                    "Invalid Port ID Length ({len}) for Type ({sub_name}), expected < (256)"
                );
                expert::add(l, &EXCESS_LENGTH, Some(msg));
                return Ok(None);
            }
            string(l, f::lldp::PORT_ID, t.get(3, len - 1)?);
        }
    }
    Ok(Some(len + 2))
}

/// Time to live: Wireshark moves on 4 bytes whatever the length says.
fn ttl<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> Result<Option<usize>, Exc> {
    let (kind, len) = header(t.u16(0)?);
    if kind != 3 {
        return Ok(None);
    }
    let secs = t.u16(2)?;
    tlv_head(l, t, kind, len)?;
    l.uint(f::lldp::TIME_TO_LIVE, secs);
    Ok(Some(4))
}

/// Port description, system name, system description.
fn text<'a>(
    l: &mut Layer<'a>,
    t: Tvb<'a>,
    def: &'static crate::dissect::field::FieldDef,
) -> Result<usize, Exc> {
    let (kind, len) = header(t.u16(0)?);
    let b = t.get(2, len)?;
    tlv_head(l, t, kind, len)?;
    string(l, def, b);
    Ok(len + 2)
}

const SYSTEM_CAP: [&crate::dissect::field::FieldDef; 8] = [
    f::lldp::TLV_SYSTEM_CAP_OTHER,
    f::lldp::TLV_SYSTEM_CAP_REPEATER,
    f::lldp::TLV_SYSTEM_CAP_BRIDGE,
    f::lldp::TLV_SYSTEM_CAP_WLAN_ACCESS_PT,
    f::lldp::TLV_SYSTEM_CAP_ROUTER,
    f::lldp::TLV_SYSTEM_CAP_TELEPHONE,
    f::lldp::TLV_SYSTEM_CAP_DOCSIS_CABLE_DEVICE,
    f::lldp::TLV_SYSTEM_CAP_STATION_ONLY,
];

const ENABLED_CAP: [&crate::dissect::field::FieldDef; 8] = [
    f::lldp::TLV_ENABLE_SYSTEM_CAP_OTHER,
    f::lldp::TLV_ENABLE_SYSTEM_CAP_REPEATER,
    f::lldp::TLV_ENABLE_SYSTEM_CAP_BRIDGE,
    f::lldp::TLV_ENABLE_SYSTEM_CAP_WLAN_ACCESS_PT,
    f::lldp::TLV_ENABLE_SYSTEM_CAP_ROUTER,
    f::lldp::TLV_ENABLE_SYSTEM_CAP_TELEPHONE,
    f::lldp::TLV_ENABLE_SYSTEM_CAP_DOCSIS_CABLE_DEVICE,
    f::lldp::TLV_ENABLE_SYSTEM_CAP_STATION_ONLY,
];

/// A flags value and its bits, each a boolean field with its mask.
fn bits(
    l: &mut Layer<'_>,
    def: &'static crate::dissect::field::FieldDef,
    v: u64,
    parts: &[&'static crate::dissect::field::FieldDef],
) {
    l.uint(def, v);
    for p in parts {
        l.boolean(p, v & p.mask != 0);
    }
}

fn capabilities<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> Result<usize, Exc> {
    let (kind, len) = header(t.u16(0)?);
    tlv_head(l, t, kind, len)?;
    let caps = t.u16(2)?;
    bits(l, f::lldp::TLV_SYSTEM_CAP, caps.into(), &SYSTEM_CAP);
    let enabled = t.u16(4)?;
    bits(
        l,
        f::lldp::TLV_ENABLE_SYSTEM_CAP,
        enabled.into(),
        &ENABLED_CAP,
    );
    Ok(6)
}

/// Management address: Wireshark moves on by the address string length
/// it read, not the TLV's.
fn management<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> Result<usize, Exc> {
    let (kind, len) = header(t.u16(0)?);
    tlv_head(l, t, kind, len)?;
    let slen = t.u8(2)?;
    l.uint(f::lldp::MGN_ADDRESS_LEN, slen);
    let sub = t.u8(3)?;
    l.uint(f::lldp::MGN_ADDRESS_SUBTYPE, sub);
    match sub {
        1 => {
            let mut a = [0u8; 4];
            a.copy_from_slice(t.get(4, 4)?);
            l.push(f::lldp::MGN_ADDR_IP4, Value::Ipv4(a));
        }
        2 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(t.get(4, 16)?);
            l.push(f::lldp::MGN_ADDR_IP6, Value::Ipv6(a));
        }
        _ => {
            // A length of 0 reads to the end (Wireshark's -1).
            let b = if slen == 0 {
                t.get(4, t.len.saturating_sub(4))?
            } else {
                t.get(4, usize::from(slen) - 1)?
            };
            l.push(f::lldp::MGN_ADDR_HEX, Value::Bytes(b.into()));
        }
    }
    // `offset += stringLen - 1`: back one byte for a length of 0.
    let mut off = (4 + usize::from(slen)).saturating_sub(1);
    l.uint(f::lldp::MGN_INTERFACE_SUBTYPE, t.u8(off)?);
    off += 1;
    l.uint(f::lldp::MGN_INTERFACE_NUMBER, t.u32(off)?);
    off += 4;
    let olen = usize::from(t.u8(off)?);
    l.uint(f::lldp::MGN_OBJ_LEN, olen as u64);
    off += 1;
    if olen > 0 {
        let oid = t.get(off, olen)?;
        if let Some(text) = crate::dissect::app::tls::x509::oid_text(oid) {
            l.push(f::lldp::MGN_OBJ_ID, Value::Str(Cow::Owned(text)));
        }
        off += olen;
    }
    Ok(off)
}

fn organisational<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> Result<usize, Exc> {
    let (kind, len) = header(t.u16(0)?);
    let o = t.get(2, 3)?;
    let oui = u32::from_be_bytes([0, o[0], o[1], o[2]]);
    t.u8(5)?;
    tlv_head(l, t, kind, len)?;
    if len < 4 {
        let msg = format!("TLV length ({len}) too short, must be >=4)");
        expert::add(l, &INCORRECT_LENGTH, Some(msg));
        return Ok(len + 2);
    }
    l.uint(f::lldp::ORGTLV_OUI, oui);
    let v = t.sub(5, len - 3);
    match oui {
        OUI_IEEE_802_1 => ieee_802_1(l, v)?,
        OUI_IEEE_802_3 => ieee_802_3(l, v)?,
        OUI_MEDIA => media(l, v)?,
        OUI_IANA => iana(l, v)?,
        o if OUI_OTHERS.contains(&o) => {}
        _ => {
            l.uint(f::lldp::UNKNOWN_SUBTYPE, v.u8(0)?);
            let rest = v.rest(1);
            if !rest.is_empty() {
                l.push(f::lldp::UNKNOWN_SUBTYPE_CONTENT, Value::Bytes(rest.into()));
            }
        }
    }
    Ok(len + 2)
}

fn ieee_802_1<'a>(l: &mut Layer<'a>, v: Tvb<'a>) -> Result<(), Exc> {
    use f::lldp as d;
    let sub = v.u8(0)?;
    l.uint(d::IEEE_802_1_SUBTYPE, sub);
    match sub {
        1 => l.uint(d::IEEE_802_1_PORT_VLAN_ID, v.u16(1)?),
        2 => {
            let flags = v.u8(1)?;
            bits(
                l,
                d::IEEE_802_1_PORT_AND_VLAN_ID_FLAG,
                flags.into(),
                &[
                    d::IEEE_802_1_PORT_AND_VLAN_ID_FLAG_SUPPORTED,
                    d::IEEE_802_1_PORT_AND_VLAN_ID_FLAG_ENABLED,
                ],
            );
            l.uint(d::IEEE_802_1_PORT_PROTO_VLAN_ID, v.u16(2)?);
        }
        3 => {
            l.uint(d::IEEE_802_1_VLAN_ID, v.u16(1)?);
            let n = v.u8(3)?;
            l.uint(d::IEEE_802_1_VLAN_NAME_LEN, n);
            if n > 0 {
                let b = v.get(4, n.into())?;
                let s = crate::dissect::wire::ascii(b);
                l.str(d::IEEE_802_1_VLAN_NAME, s);
            }
        }
        4 => {
            let n = v.u8(1)?;
            l.uint(d::IEEE_802_1_PROTO_ID_LENGTH, n);
            if n > 0 {
                let b = v.get(2, n.into())?;
                l.push(d::IEEE_802_1_PROTO_ID, Value::Bytes(b.into()));
            }
        }
        7 => {
            let s = v.u8(1)?;
            l.uint(d::IEEE_802_1_AGGREGATION_STATUS, s);
            l.boolean(d::IEEE_802_1_AGGREGATION_STATUS_CAP, s & 0x01 != 0);
            l.boolean(d::IEEE_802_1_AGGREGATION_STATUS_ENABLED, s & 0x02 != 0);
            l.uint(d::IEEE_802_1_AGGREGATION_STATUS_PORTTYPE, (s & 0x0c) >> 2);
            l.uint(d::IEEE_802_1_AGGREGATED_PORT_ID, v.u32(2)?);
        }
        // Data center bridging (congestion notification, ETS, PFC,
        // application priority): not shown, but read as Wireshark reads
        // them, so a short one stops the PDU where tshark's does.
        8 | 0xb => {
            v.get(1, 2)?;
        }
        9 | 0xa => {
            v.get(1, 21)?;
        }
        0xc => {
            let apps = v.len.saturating_sub(2) / 3;
            v.get(1, 1 + 3 * apps)?;
        }
        _ => {}
    }
    Ok(())
}

const AUTONEG_CAPS: [&crate::dissect::field::FieldDef; 16] = {
    use f::lldp as d;
    [
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_TFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_T,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_XFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_X,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_BPAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_SPAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_APAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_PAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T2FD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T2,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_TXFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_TX,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T4,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_10BASE_TFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_10BASE_T,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_OTHER,
    ]
};

/// The same bits read in the inverse order ("Same in inverse (wrong)
/// bitorder"), as Wireshark adds them too.
const AUTONEG_CAPS_INV: [&crate::dissect::field::FieldDef; 16] = {
    use f::lldp as d;
    [
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_TFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_T,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_XFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_X,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_BPAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_SPAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_APAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_PAUSE,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T2FD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T2,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_TXFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_TX,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T4,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_10BASE_TFD,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_10BASE_T,
        d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_OTHER,
    ]
};

fn ieee_802_3<'a>(l: &mut Layer<'a>, v: Tvb<'a>) -> Result<(), Exc> {
    use f::lldp as d;
    let sub = v.u8(0)?;
    l.uint(d::IEEE_802_3_SUBTYPE, sub);
    let off = match sub {
        1 => {
            let s = v.u8(1)?;
            bits(
                l,
                d::IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS,
                s.into(),
                &[
                    d::IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS_SUPPORTED,
                    d::IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS_ENABLED,
                ],
            );
            let caps = v.u16(2)?;
            bits(
                l,
                d::IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS,
                caps.into(),
                &AUTONEG_CAPS,
            );
            for p in AUTONEG_CAPS_INV {
                l.boolean(p, u64::from(caps) & p.mask != 0);
            }
            l.uint(d::IEEE_802_3_PMD_MAU_TYPE, v.u16(4)?);
            6
        }
        2 => {
            let s = v.u8(1)?;
            bits(
                l,
                d::IEEE_802_3_MDI_POWER_SUPPORT,
                s.into(),
                &[
                    d::IEEE_802_3_MDI_POWER_SUPPORT_PORT_CLASS,
                    d::IEEE_802_3_MDI_POWER_SUPPORT_SUPPORTED,
                    d::IEEE_802_3_MDI_POWER_SUPPORT_ENABLED,
                    d::IEEE_802_3_MDI_POWER_SUPPORT_PSE_PAIRS,
                ],
            );
            l.uint(d::IEEE_802_3_MDI_PSE_PAIR, v.u8(2)?);
            l.uint(d::IEEE_802_3_MDI_POWER_CLASS, v.u8(3)?);
            if v.len == 4 {
                4
            } else {
                let b = v.u8(4)?;
                l.uint(d::IEEE_802_3_MDI_POWER_TYPE, (b & 0xc0) >> 6);
                l.uint(d::IEEE_802_3_MDI_POWER_SOURCE, (b & 0x30) >> 4);
                l.uint(d::IEEE_802_3_MDI_POWER_PRIORITY, b & 0x0f);
                l.uint(d::IEEE_802_3_MDI_PDE_REQUESTED, v.u16(5)?);
                l.uint(d::IEEE_802_3_MDI_PSE_ALLOCATED, v.u16(7)?);
                if v.len == 26 {
                    // 802.3bt's extension: read (not shown).
                    v.get(9, 17)?;
                    26
                } else {
                    9
                }
            }
        }
        3 => {
            expert::add(l, &TLV_DEPRECATED, None);
            let s = v.u8(1)?;
            bits(
                l,
                d::IEEE_802_3_AGGREGATION_STATUS,
                s.into(),
                &[
                    d::IEEE_802_3_AGGREGATION_STATUS_CAP,
                    d::IEEE_802_3_AGGREGATION_STATUS_ENABLED,
                ],
            );
            l.uint(d::IEEE_802_3_AGGREGATED_PORT_ID, v.u32(2)?);
            6
        }
        4 => {
            l.uint(d::IEEE_802_3_MAX_FRAME_SIZE, v.u16(1)?);
            3
        }
        // Energy-Efficient Ethernet and frame preemption: read (not
        // shown).
        5 => {
            v.get(1, 10)?;
            11
        }
        7 => {
            v.get(1, 2)?;
            3
        }
        _ => 1,
    };
    if v.len > off {
        expert::add(l, &EXCESS_LENGTH, None);
    }
    Ok(())
}

fn media<'a>(l: &mut Layer<'a>, v: Tvb<'a>) -> Result<(), Exc> {
    use f::lldp as d;
    let sub = v.u8(0)?;
    l.uint(d::MEDIA_SUBTYPE, sub);
    let len = v.len - 1;
    match sub {
        1 => {
            if len < 2 {
                expert::add(l, &INCORRECT_LENGTH, None);
                return Ok(());
            }
            let caps = v.u16(1)?;
            bits(
                l,
                d::MEDIA_SUBTYPE_CAPS,
                caps.into(),
                &[
                    d::MEDIA_SUBTYPE_CAPS_LLPD,
                    d::MEDIA_SUBTYPE_CAPS_NETWORK_POLICY,
                    d::MEDIA_SUBTYPE_CAPS_LOCATION_ID,
                    d::MEDIA_SUBTYPE_CAPS_MDI_PSE,
                    d::MEDIA_SUBTYPE_CAPS_MID_PD,
                    d::MEDIA_SUBTYPE_CAPS_INVENTORY,
                ],
            );
            if len < 3 {
                expert::add(l, &INCORRECT_LENGTH, None);
                return Ok(());
            }
            l.uint(d::MEDIA_SUBTYPE_CLASS, v.u8(3)?);
        }
        2 => {
            if len < 1 {
                expert::add(l, &INCORRECT_LENGTH, None);
                return Ok(());
            }
            l.uint(d::MEDIA_APP_TYPE, v.u8(1)?);
            if len < 4 {
                expert::add(l, &INCORRECT_LENGTH, None);
                return Ok(());
            }
            let b = v.get(2, 3)?;
            let p = u32::from_be_bytes([0, b[0], b[1], b[2]]);
            l.boolean(d::MEDIA_POLICY_FLAG, p & 0x80_0000 != 0);
            l.boolean(d::MEDIA_TAG_FLAG, p & 0x40_0000 != 0);
            l.uint(d::MEDIA_VLAN_ID, (p & 0x1f_fe00) >> 9);
            l.uint(d::MEDIA_L2_PRIO, (p & 0x1c0) >> 6);
            l.uint(d::MEDIA_DSCP, p & 0x3f);
        }
        5..=11 if len > 0 => {
            let def = [
                d::MEDIA_HARDWARE,
                d::MEDIA_FIRMWARE,
                d::MEDIA_SOFTWARE,
                d::MEDIA_SN,
                d::MEDIA_MANUFACTURER,
                d::MEDIA_MODEL,
                d::MEDIA_ASSET,
            ][usize::from(sub - 5)];
            // FT_STRINGZPAD: up to the first NUL, nothing said of the rest.
            let b = v.get(1, len)?;
            l.str(def, crate::dissect::wire::ascii(b));
        }
        _ => {}
    }
    Ok(())
}

fn iana<'a>(l: &mut Layer<'a>, v: Tvb<'a>) -> Result<(), Exc> {
    let sub = v.u8(0)?;
    l.uint(f::lldp::IANA_SUBTYPE, sub);
    let len = v.len - 1;
    if sub == 1 {
        if len > 0 {
            string(l, f::lldp::IANA_MUDURL, v.get(1, len)?);
        }
    } else {
        // Wireshark adds the rest (length -1) unguarded: nothing left
        // throws.
        let rest = v.rest(1);
        if rest.is_empty() {
            v.get(1, 1)?;
        }
        l.push(f::lldp::UNKNOWN_SUBTYPE_CONTENT, Value::Bytes(rest.into()));
    }
    Ok(())
}

/// Bytes as Wireshark's `bytes_to_str`: plain hex, cut after 36 bytes
/// with an ellipsis.
fn hex(b: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(b.len().min(36) * 2 + 3);
    for x in b.iter().take(36) {
        let _ = write!(s, "{x:02x}");
    }
    if b.len() > 36 {
        s.push('…');
    }
    s
}

/// A string ID as `tvb_format_stringzpad` shows it: up to the first NUL,
/// escaped.
fn zpad(s: &str) -> String {
    format_text(s.split('\0').next().unwrap_or_default().as_bytes())
}

/// tshark's Info: the chassis and port IDs with their kinds (`MA/` a MAC
/// address, `NA/` a network address, `IN/` an interface name...), the
/// time to live, `SysN=` and `SysD=`, each followed by a space; or what
/// made the PDU invalid.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    use f::lldp as d;
    use std::fmt::Write;
    if let Some(a) = l
        .anomalies
        .iter()
        .find(|a| a.reason.starts_with("Invalid ") || a.reason.starts_with("Duplicate "))
    {
        out.push_str(&a.reason);
        return;
    }
    let (mut chassis_sub, mut port_sub) = (0, 0);
    for fv in &l.fields {
        let def = fv.def;
        let v = &fv.value;
        if std::ptr::eq(def, d::CHASSIS_SUBTYPE) {
            chassis_sub = if let Value::UInt(n) = v { *n } else { 0 };
        } else if std::ptr::eq(def, d::PORT_SUBTYPE) {
            port_sub = if let Value::UInt(n) = v { *n } else { 0 };
        } else if std::ptr::eq(def, d::CHASSIS_ID_MAC) || std::ptr::eq(def, d::PORT_ID_MAC) {
            let _ = write!(out, "MA/{v} ");
        } else if [
            d::CHASSIS_ID_IP4,
            d::CHASSIS_ID_IP6,
            d::PORT_ID_IP4,
            d::PORT_ID_IP6,
        ]
        .iter()
        .any(|x| std::ptr::eq(def, *x))
        {
            let _ = write!(out, "NA/{v} ");
        } else if std::ptr::eq(def, d::CHASSIS_ID) {
            let Value::Bytes(b) = v else { continue };
            let text = match chassis_sub {
                5 => format!("NA/{}", hex(b)),
                3 => format!("PC/{}", hex(b)),
                1 | 2 | 6 | 7 => {
                    let kind = ["CC", "IA", "", "", "", "IN", "LA"][chassis_sub as usize - 1];
                    format!("{kind}/{}", zpad(&ascii_all(b)))
                }
                _ => "Rs/Reserved".to_owned(),
            };
            out.push_str(&text);
            out.push(' ');
        } else if std::ptr::eq(def, d::PORT_ID) {
            let Value::Str(s) = v else { continue };
            let text = match port_sub {
                4 => format!("NA/{}", hex(s.as_bytes())),
                2 => format!("PC/{}", hex(s.as_bytes())),
                1 | 5 | 6 | 7 => {
                    let kind = ["IA", "", "", "", "IN", "AC", "LA"][port_sub as usize - 1];
                    format!("{kind}/{}", zpad(s))
                }
                _ => "Rs/Reserved".to_owned(),
            };
            out.push_str(&text);
            out.push(' ');
        } else if std::ptr::eq(def, d::TIME_TO_LIVE) {
            let _ = write!(out, "{v} ");
        } else if std::ptr::eq(def, d::TLV_SYSTEM_NAME) || std::ptr::eq(def, d::TLV_SYSTEM_DESC) {
            let Value::Str(s) = v else { continue };
            let tag = if std::ptr::eq(def, d::TLV_SYSTEM_NAME) {
                "SysN"
            } else {
                "SysD"
            };
            let _ = write!(out, "{tag}={} ", zpad(s));
        }
    }
}

/// The tree's one-line summary: tshark's Info, without its last space.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
    while out.ends_with(' ') {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use crate::dissect::layer::AnomalyKind;
    use crate::dissect::testing::{fields, get};
    use crate::dissect::{Dissection, Dissector};

    /// An LLDPDU with every TLV decoded here, values as tshark 4.0 shows
    /// them (text2pcap of this dump, then `tshark -T fields`):
    /// chassis MAC, port interface name "eth0.10", TTL 120, system name
    /// "switch", capabilities 0x0014/0x0004, management address 10.0.0.1
    /// (ifIndex 2), 802.1 port VLAN 10 and VLAN 100 "voice", 802.3
    /// MAC/PHY (autoneg 0x03, caps 0x6c00, MAU 0x0010) and maximum frame
    /// size 1518, LLDP-MED capabilities 0x0033 class 3 and a voice policy
    /// (VLAN 1600, DSCP 46), an unknown OUI 00:e0:ff subtype 42, End.
    const PDU: &str = "0180c200000e 02005e000001 88cc 0207 04 02005e000001 0408 05 657468302e3130 \
                       0602 0078 0a06 737769746368 0e04 0014 0004 100c 05 01 0a000001 02 00000002 \
                       00 fe06 0080c2 01 000a fe0c 0080c2 03 0064 05 766f696365 fe09 00120f 01 03 \
                       6c00 0010 fe06 00120f 04 05ee fe07 0012bb 01 0033 03 fe08 0012bb 02 01 8c80 \
                       2e fe07 00e0ff 2a 010203 0000";

    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap_or(0))
            .collect()
    }

    /// `data` as an Ethernet frame of `orig_len` bytes on the wire.
    fn dissect(data: &[u8], orig_len: usize) -> Dissection<'_> {
        let mut fr = crate::dissect::testing::frame(1, data);
        fr.orig_len = orig_len as u32;
        Dissector::new().dissect(&fr)
    }

    fn info(d: &Dissection<'_>) -> String {
        let mut s = String::new();
        super::info(&mut s, d.layer("lldp").expect("lldp layer"));
        s
    }

    #[test]
    fn lldpdu_as_tshark_reads_it() {
        let fr = hex(PDU);
        let d = dissect(&fr, fr.len());
        let f = fields(&d);
        assert_eq!(
            get(&f, "lldp.tlv.type"),
            [
                "1", "2", "3", "5", "7", "8", "127", "127", "127", "127", "127", "127", "127", "0"
            ]
        );
        assert_eq!(get(&f, "lldp.chassis.id.mac"), ["02:00:5e:00:00:01"]);
        assert_eq!(get(&f, "lldp.port.subtype"), ["5"]);
        assert_eq!(get(&f, "lldp.port.id"), ["eth0.10"]);
        assert_eq!(get(&f, "lldp.time_to_live"), ["120"]);
        assert_eq!(get(&f, "lldp.tlv.system.name"), ["switch"]);
        assert_eq!(get(&f, "lldp.tlv.system_cap"), ["20"]);
        assert_eq!(get(&f, "lldp.tlv.system_cap.bridge"), ["true"]);
        assert_eq!(get(&f, "lldp.tlv.enable_system_cap.router"), ["false"]);
        assert_eq!(get(&f, "lldp.mgn.addr.ip4"), ["10.0.0.1"]);
        assert_eq!(get(&f, "lldp.mgn.interface.number"), ["2"]);
        assert_eq!(get(&f, "lldp.ieee.802_1.port_vlan.id"), ["10"]);
        assert_eq!(get(&f, "lldp.ieee.802_1.vlan.name"), ["voice"]);
        assert_eq!(
            get(&f, "lldp.ieee.802_3.pmd_auto_neg_advertised_caps"),
            ["27648"]
        );
        assert_eq!(get(&f, "lldp.ieee.802_3.max_frame_size"), ["1518"]);
        assert_eq!(get(&f, "lldp.media.subtype.class"), ["3"]);
        assert_eq!(get(&f, "lldp.media.vlan_id"), ["1600"]);
        assert_eq!(get(&f, "lldp.media.dscp"), ["46"]);
        assert_eq!(get(&f, "lldp.media.policy_flag"), ["true"]);
        assert_eq!(get(&f, "lldp.unknown_subtype"), ["42"]);
        assert_eq!(get(&f, "lldp.unknown_subtype.content").len(), 1);
        // End of LLDPDU: the protocol ends one byte before it (Wireshark's
        // set_actual_length(offset - 1)), the rest is trailer.
        assert_eq!(get(&f, "eth.trailer").len(), 1);
        assert_eq!(info(&d), "MA/02:00:5e:00:00:01 IN/eth0.10 120 SysN=switch ");
    }

    /// Cut by the snap length anywhere, the PDU keeps the fields it read
    /// before the cut, in order, and says it was cut short; cut on the
    /// wire (a shorter frame), it is malformed. Never a panic.
    #[test]
    fn cut_at_every_byte() {
        let fr = hex(PDU);
        let whole = dissect(&fr, fr.len());
        let all: Vec<_> = fields(&whole)
            .into_iter()
            .filter(|(n, _)| n.starts_with("lldp."))
            .collect();
        // The End TLV's first byte is the last the PDU needs.
        let end = fr.len() - 1;
        let mut clean = 0;
        for n in 15..end {
            let d = dissect(&fr[..n], fr.len());
            let l = d.layer("lldp").expect("lldp layer");
            // Cut exactly between two TLVs, the loop just ends (tshark's
            // reads stop at the captured length): no exception.
            match l.thrown.as_deref() {
                Some(t) => assert_eq!(t.kind, AnomalyKind::Truncated, "cut at {n}"),
                None => clean += 1,
            }
            let got: Vec<_> = fields(&d)
                .into_iter()
                .filter(|(n, _)| n.starts_with("lldp."))
                .collect();
            assert_eq!(got[..], all[..got.len()], "cut at {n}");
            let d = dissect(&fr[..n], n);
            let l = d.layer("lldp").expect("lldp layer");
            if let Some(t) = l.thrown.as_deref() {
                assert_eq!(t.kind, AnomalyKind::Malformed, "cut at {n}");
            }
        }
        // Between the optional TLVs only (after TTL): 11 places.
        assert_eq!(clean, 11);
        for n in 0..15 {
            let _ = dissect(&fr[..n], fr.len());
            let _ = dissect(&fr[..n], n);
        }
    }

    /// A first TLV that is not a chassis ID, and a chassis ID again after
    /// the mandatory three: tshark's Info says so and stops there.
    #[test]
    fn invalid_and_duplicate_tlvs() {
        let fr = hex("0180c200000e 02005e000001 88cc 0408 05 657468302e3130 0602 0078 0000");
        let d = dissect(&fr, fr.len());
        assert_eq!(info(&d), "Invalid Chassis ID TLV");
        let f = fields(&d);
        assert_eq!(get(&f, "lldp.bad_type"), [""]);
        assert_eq!(
            get(&f, "_ws.expert.message"),
            ["Invalid Chassis ID (0x02), expected (0x01)"]
        );
        let fr = hex(
            "0180c200000e 02005e000001 88cc 0207 04 02005e000001 0408 05 657468302e3130 0602 0078 \
             0207 04 02005e000002 0a06 737769746368 0000",
        );
        let d = dissect(&fr, fr.len());
        assert_eq!(info(&d), "Duplicate Chassis ID TLV");
        let f = fields(&d);
        assert_eq!(get(&f, "lldp.tlv.type"), ["1", "2", "3", "1"]);
        assert_eq!(
            get(&f, "eth.trailer"),
            ["7802070402005e0000020a067377697463680000"]
        );
    }

    /// Random TLVs after valid mandatory ones (organisational ones with
    /// the OUIs decoded here, random subtypes, lengths that may lie), whole
    /// or cut by the snap length: never a panic, always an LLDP layer
    /// whose Info and summary can be written.
    #[test]
    fn random_tlvs_never_panic() {
        let mut rng = crate::test_rng::Rng(0x1dd1_5eed_0088_cc01);
        let head = hex(
            "0180c200000e 02005e000001 88cc 0207 04 02005e000001 0408 05 657468302e3130 0602 0078",
        );
        let ouis: [[u8; 3]; 5] = [
            [0x00, 0x80, 0xc2],
            [0x00, 0x12, 0x0f],
            [0x00, 0x12, 0xbb],
            [0x00, 0x00, 0x5e],
            [0x00, 0xe0, 0xff],
        ];
        for _ in 0..3000 {
            let mut fr = head.clone();
            for _ in 0..rng.below(6) {
                let kind = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 127, 127, 127][rng.below(13) as usize];
                let len = rng.below(40) as usize;
                let said = if rng.below(8) == 0 {
                    rng.below(512) as usize
                } else {
                    len
                };
                fr.extend_from_slice(&((kind << 9) | said as u16).to_be_bytes());
                let mut body: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                if kind == 127 && len >= 4 {
                    body[..3].copy_from_slice(&ouis[rng.below(5) as usize]);
                    body[3] = rng.below(13) as u8;
                }
                fr.extend_from_slice(&body);
            }
            let cut = if rng.below(2) == 0 {
                fr.len()
            } else {
                14 + rng.below((fr.len() - 13) as u64) as usize
            };
            let d = dissect(&fr[..cut], fr.len());
            let l = d.layer("lldp").expect("lldp layer");
            let mut s = String::new();
            super::info(&mut s, l);
            super::summary(&mut s, l);
        }
    }
}
