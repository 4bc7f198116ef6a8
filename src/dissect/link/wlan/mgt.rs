//! The body of an 802.11 management frame, tshark's `wlan.mgt` item
//! ("IEEE 802.11 Wireless Management", packet-ieee80211.c): the fixed
//! parameters of the subtype, then the tagged parameters (elements).
//!
//! Fixed parameters, under `wlan.fixed.all`, in tshark's order:
//! (re)association request: capabilities, listen interval (and the
//! current AP); (re)association response: capabilities, status code,
//! association ID; beacon and probe response: timestamp, beacon interval,
//! capabilities; authentication: algorithm, sequence number, status code;
//! deauthentication and disassociation: reason code. A probe request has
//! none, an ATIM no body at all. Action frames show their category code
//! (under a label of no field: tshark has no `wlan.fixed.all` there) and
//! nothing more here: the action fields of each category are not decoded.
//!
//! Tagged parameters, under `wlan.tagged.all`: each element as `wlan.tag`
//! with its number and length, then what osidump decodes of it: SSID,
//! (extended) supported rates, DS parameter set, TIM (not the list of
//! association IDs tshark derives), ERP information, power constraint,
//! mesh ID, RSN, QBSS load, and a vendor element's OUI and type, with Microsoft's
//! WPA and WMM/WME elements (module `ie`). An element tshark knows but
//! osidump does not decode shows number and length only; one whose number
//! tshark does not name shows its bytes (`wlan.tag.data`), as does a
//! rates or TIM element of length 0 (tshark's "undecoded"). An element
//! whose length runs past the body (an FCS is not part of it) throws
//! tshark's ContainedBoundsError, one cut by the capture is truncated; a
//! body too short for its fixed parameters, or (beacons, probe responses
//! and (re)association frames) with no element at all, is malformed.
//! tshark's expert items on lengths are shown: an element that runs more
//! than two bytes past the body ("Tag Length is longer than remaining
//! payload", weighed from the element's start as tshark does), a length
//! the SSID-to-vendor decoders here refuse, and the "not implemented"
//! note on an element tshark leaves undecoded (hung after its number).

use super::super::super::layer::{Layer, Osi, Value};
use super::super::super::{Next, Walk};
use super::{
    ACTION, ACTION_NOACK, ASSOC_REQ, ASSOC_RESP, AUTH, BEACON, DEAUTH, DISASSOC, PROBE_REQ,
    PROBE_RESP, REASSOC_REQ, REASSOC_RESP,
};
use crate::dissect::fields::{self as f, wlan_mgt as m};

/// A read past the body: how many bytes from its start were needed.
struct Short(usize);

/// The body's bytes and a reader over them.
struct Body<'b> {
    b: &'b [u8],
    at: usize,
    /// tshark's Info additions, as the body is read: the beacon
    /// interval, the first SSID, the first mesh ID.
    info: String,
    /// Where the body's bytes become `data` (a vendor action's).
    data_at: Option<usize>,
    ssid_seen: bool,
    mesh_seen: bool,
    /// The frame's management subtype (WME reads by direction).
    subtype: u8,
    /// The body's length as the packet reports it (past the bytes the
    /// capture kept when it cut the frame).
    reported: usize,
    /// Where the current element's fields go after its number.
    number_at: usize,
}

impl<'b> Body<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], Short> {
        let end = self.at + n;
        let v = self.b.get(self.at..end).ok_or(Short(end))?;
        self.at = end;
        Ok(v)
    }

    fn u16(&mut self) -> Result<u16, Short> {
        self.take(2).map(|v| u16::from_le_bytes([v[0], v[1]]))
    }
}

/// The management body of `subtype`, after the 802.11 layer: a layer of
/// its own (tshark's item), to the end of what the walk holds.
pub(crate) fn mgt(walk: &mut Walk<'_>, subtype: u8) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "wlan.mgt", start..walk.end);
    let mut body = Body {
        b,
        at: 0,
        info: String::new(),
        data_at: None,
        ssid_seen: false,
        mesh_seen: false,
        subtype,
        reported: if walk.snap_cut {
            walk.reported_end.saturating_sub(start).max(b.len())
        } else {
            b.len()
        },
        number_at: 0,
    };
    let walked = walk_body(&mut l, &mut body, subtype);
    // What the body adds to 802.11's Info, kept in its layer.
    if !body.info.is_empty()
        && let Some(w) = walk.layers.last_mut()
        && w.protocol == "wlan"
    {
        w.str(f::wlan::OSIDUMP_INFO, std::mem::take(&mut body.info));
    }
    match walked {
        Ok(()) => {}
        Err(Stop::Short(Short(need))) => {
            walk.short_in(&mut l, "wlan", "802.11 management body", need, b.len());
        }
        Err(Stop::Malformed) => {
            l.malformed("802.11 element: read past its end".to_string());
            l.throw(crate::dissect::layer::AnomalyKind::Malformed, "wlan");
        }
        Err(Stop::Contained) => {
            // The element's item claims more than the body holds: a read
            // of the body's reported length would be malformed, of what
            // the capture kept only, cut short.
            let reported = walk.reported_end.saturating_sub(start);
            if body.at > reported || !walk.snap_cut {
                l.malformed("802.11 element: length past the end of the body".to_string());
                l.throw_contained("wlan");
            } else {
                walk.short_in(&mut l, "wlan", "802.11 element", body.at, b.len());
            }
        }
    }
    walk.layers.push(l);
    if let Some(at) = body.data_at {
        walk.off = start + at;
        return Next::Data(Osi::DataLink);
    }
    walk.off = walk.end;
    Next::Done
}

enum Stop {
    Short(Short),
    /// An element's length runs past the body; `body.at` is its end.
    Contained,
    /// An element's decoder read past the element's own end.
    Malformed,
}

impl From<Short> for Stop {
    fn from(s: Short) -> Stop {
        Stop::Short(s)
    }
}

fn walk_body<'a>(l: &mut Layer<'a>, body: &mut Body<'a>, subtype: u8) -> Result<(), Stop> {
    // Whether the subtype has elements, and whether none is an error.
    let (tags, none_is_short) = match subtype {
        ASSOC_REQ | ASSOC_RESP | REASSOC_REQ | REASSOC_RESP | BEACON | PROBE_RESP => {
            l.present(m::FIXED_ALL);
            fixed(l, body, subtype)?;
            (true, true)
        }
        AUTH | DEAUTH | DISASSOC => {
            l.present(m::FIXED_ALL);
            fixed(l, body, subtype)?;
            (true, false)
        }
        PROBE_REQ => (true, false),
        ACTION | ACTION_NOACK => {
            let cat = body.take(1)?[0];
            l.uint(m::FIXED_CATEGORY_CODE, cat);
            if cat == VENDOR_CATEGORY {
                let o = body.take(3)?;
                let oui = u32::from_be_bytes([0, o[0], o[1], o[2]]);
                l.uint(m::TAG_OUI, oui);
                // The rest is data, but of the OUIs tshark decodes.
                if !matches!(oui, 0x50_6f9a | 0x00_5043 | 0x00_17f2) && body.at < body.b.len() {
                    body.data_at = Some(body.at);
                }
            }
            (false, false)
        }
        _ => (false, false),
    };
    if !tags {
        return Ok(());
    }
    let rest = body.b.len() - body.at;
    if rest == 0 {
        if none_is_short {
            return Err(Short(body.at + 1).into());
        }
        if subtype != PROBE_REQ {
            return Ok(());
        }
    }
    l.present(m::TAGGED_ALL);
    tagged(l, body)
}

fn fixed(l: &mut Layer<'_>, body: &mut Body<'_>, subtype: u8) -> Result<(), Short> {
    match subtype {
        BEACON | PROBE_RESP => {
            let ts = body.take(8)?;
            let mut t = [0u8; 8];
            t.copy_from_slice(ts);
            l.uint(m::FIXED_TIMESTAMP, u64::from_le_bytes(t));
            let bi = body.u16()?;
            l.uint(m::FIXED_BEACON, bi);
            body.info.push_str(&format!(", BI={bi}"));
            capabilities(l, body.u16()?);
        }
        ASSOC_REQ | REASSOC_REQ => {
            capabilities(l, body.u16()?);
            l.uint(m::FIXED_LISTEN_IVAL, body.u16()?);
            if subtype == REASSOC_REQ {
                let ap = body.take(6)?;
                let mut a = [0u8; 6];
                a.copy_from_slice(ap);
                l.push(m::FIXED_CURRENT_AP, Value::Mac(a));
            }
        }
        ASSOC_RESP | REASSOC_RESP => {
            capabilities(l, body.u16()?);
            l.uint(m::FIXED_STATUS_CODE, body.u16()?);
            l.uint(m::FIXED_AID, body.u16()? & 0x3fff);
        }
        AUTH => {
            l.uint(m::FIXED_AUTH_ALG, body.u16()?);
            l.uint(m::FIXED_AUTH_SEQ, body.u16()?);
            l.uint(m::FIXED_STATUS_CODE, body.u16()?);
        }
        _ => l.uint(m::FIXED_REASON_CODE, body.u16()?),
    }
    Ok(())
}

fn capabilities(l: &mut Layer<'_>, c: u16) {
    l.uint(m::FIXED_CAPABILITIES, c);
    for (bit, def) in [
        (0, m::FIXED_CAPABILITIES_ESS),
        (1, m::FIXED_CAPABILITIES_IBSS),
        (2, m::FIXED_CAPABILITIES_RESERVED1),
        (3, m::FIXED_CAPABILITIES_RESERVED2),
        (4, m::FIXED_CAPABILITIES_PRIVACY),
        (5, m::FIXED_CAPABILITIES_SHORT_PREAMBLE),
        (6, m::FIXED_CAPABILITIES_RESERVED3),
        (7, m::FIXED_CAPABILITIES_RESERVED4),
        (8, m::FIXED_CAPABILITIES_SPEC_MAN),
        (9, m::FIXED_CAPABILITIES_QOS),
        (10, m::FIXED_CAPABILITIES_SHORT_SLOT_TIME),
        (11, m::FIXED_CAPABILITIES_APSD),
        (12, m::FIXED_CAPABILITIES_RADIO_MEASUREMENT),
        (13, m::FIXED_CAPABILITIES_EPD),
        (14, m::FIXED_CAPABILITIES_RESERVED5),
        (15, m::FIXED_CAPABILITIES_RESERVED6),
    ] {
        let set = c >> bit & 1 != 0;
        if def.ftype == crate::dissect::field::FieldType::Boolean {
            l.boolean(def, set);
        } else {
            l.uint(def, u8::from(set));
        }
    }
}

/// The vendor-specific action category: its OUI follows.
const VENDOR_CATEGORY: u8 = 127;

/// Element numbers.
const SSID: u8 = 0;
const RATES: u8 = 1;
const DS: u8 = 3;
const TIM: u8 = 5;
const QBSS_LOAD: u8 = 11;
const POWER_CONSTRAINT: u8 = 32;
const ERP: u8 = 42;
const RSN: u8 = 48;
const EXT_RATES: u8 = 50;
const MESH_ID: u8 = 114;
const VENDOR: u8 = 221;

fn tagged<'a>(l: &mut Layer<'a>, body: &mut Body<'a>) -> Result<(), Stop> {
    while body.at < body.b.len() {
        let head = body.take(2)?;
        let (tag, len) = (head[0], usize::from(head[1]));
        l.present(m::TAG);
        l.uint(m::TAG_NUMBER, tag);
        body.number_at = l.fields.len();
        l.uint(m::TAG_LENGTH, head[1]);
        // tshark weighs the length against what remains from the
        // element's start, its number and length included: one short by
        // at most two bytes goes without this item.
        if body.at - 2 + len > body.reported {
            ie::longer_than_payload(l);
        }
        // An element longer than the body is decoded from the bytes there
        // are: a read inside its length but past them is tshark's
        // ContainedBoundsError.
        let from = body.at;
        let v = &body.b[from..(from + len).min(body.b.len())];
        body.at = from + len;
        element(l, tag, len, v, body)?;
        // An element of which no byte is there: tshark throws after it
        // (one with some of its bytes but a decoder that reads none of
        // them ends the walk quietly).
        if v.is_empty() && len > 0 {
            return Err(Short(body.at).into());
        }
    }
    Ok(())
}

/// The first `n` bytes of an element that has `v` of them.
fn need(v: &[u8], n: usize) -> Result<&[u8], Stop> {
    v.get(..n).ok_or(Stop::Contained)
}

/// Element numbers tshark 4.0 has no decoder for (it shows their bytes),
/// one bit each: found by giving tshark every number with two bytes.
const UNDECODED: [u64; 4] = [
    0x0602_0000_fffe_0010,
    0x1e19_209b_c3c7_e200,
    0x3cfd_cc70_1820_69c3,
    0x7fee_e018_0c00_7d60,
];
/// Those whose decoder declines an element of length 0 (the rest of
/// those without a decoder): every number given with no bytes.
const EMPTY_UNDECODED: [u64; 4] = [
    0x1e1f_dfd0_fffe_3832,
    0x3fdb_67ff_d3d7_e218,
    0x7dff_ff7f_fbff_ffe3,
    0x7fff_e0b8_2d00_7f70,
];

fn in_set(set: &[u64; 4], tag: u8) -> bool {
    set[usize::from(tag >> 6)] >> (tag & 63) & 1 != 0
}

/// tshark's "undecoded" element: its note after the number, its bytes
/// as `wlan.tag.data`.
fn undecoded<'a>(l: &mut Layer<'a>, v: &'a [u8], tag: u8, body: &Body<'_>) {
    ie::undecoded_note(l, body.number_at, tag);
    l.push(m::TAG_DATA, Value::Bytes(v.into()));
}

/// Element `tag` of length `len`, of which `v` is in the body.
fn element<'a>(
    l: &mut Layer<'a>,
    tag: u8,
    len: usize,
    v: &'a [u8],
    body: &mut Body<'a>,
) -> Result<(), Stop> {
    match tag {
        SSID => {
            let v = need(v, len)?;
            // An empty SSID after another one is tshark's "undecoded".
            if v.is_empty() && body.ssid_seen {
                undecoded(l, v, tag, body);
            } else {
                l.push(m::SSID, Value::Bytes(v.into()));
            }
            if !body.ssid_seen {
                body.info.push_str(", SSID=");
                body.info.push_str(&super::ssid_text(v));
            }
            body.ssid_seen = true;
        }
        _ if in_set(&UNDECODED, tag) || (len == 0 && in_set(&EMPTY_UNDECODED, tag)) => {
            // Read from the body, not the element: past its end is
            // malformed, not a contained error.
            if v.len() < len {
                return Err(Short(body.at).into());
            }
            // The decoders that decline an empty element say why first.
            match tag {
                RATES | EXT_RATES => ie::length_bad(
                    l,
                    "Tag length 0 too short, must be greater than 0".to_string(),
                ),
                TIM => ie::length_bad(l, tim_too_short(len)),
                ERP => ie::length_bad(l, must_be("Tag Length", len, "= 1")),
                RSN => ie::length_bad(l, must_be("Tag Length", len, ">= 2")),
                VENDOR => ie::length_bad(l, must_be("Tag Length", len, ">= 3")),
                QBSS_LOAD => ie::length_bad(l, must_be("Tag Length", len, "= 4 or 5")),
                _ => {}
            }
            undecoded(l, v, tag, body);
        }
        RATES | EXT_RATES => {
            let def = if tag == RATES {
                m::SUPPORTED_RATES
            } else {
                m::EXTENDED_SUPPORTED_RATES
            };
            for &r in v {
                l.uint(def, r);
            }
            need(v, len)?;
        }
        DS if len == 1 => l.uint(m::DS_CURRENT_CHANNEL, need(v, 1)?[0]),
        TIM if len >= 4 => {
            l.uint(m::TIM_DTIM_COUNT, need(v, 1)?[0]);
            l.uint(m::TIM_DTIM_PERIOD, need(v, 2)?[1]);
            let c = need(v, 3)?[2];
            l.uint(m::TIM_BMAPCTL, c);
            l.boolean(m::TIM_BMAPCTL_MULTICAST, c & 1 != 0);
            l.uint(m::TIM_BMAPCTL_OFFSET, c >> 1);
            let bitmap = &need(v, len)?[3..];
            l.push(m::TIM_PARTIAL_VIRTUAL_BITMAP, Value::Bytes(bitmap.into()));
        }
        ERP if len == 1 => {
            let e = need(v, 1)?[0];
            l.uint(m::ERP_INFO, e);
            l.boolean(m::ERP_INFO_ERP_PRESENT, e & 1 != 0);
            l.boolean(m::ERP_INFO_USE_PROTECTION, e & 2 != 0);
            l.boolean(m::ERP_INFO_BARKER_PREAMBLE_MODE, e & 4 != 0);
            l.uint(m::ERP_INFO_RESERVED, e >> 3);
        }
        POWER_CONSTRAINT if len == 1 => l.uint(m::POWERCON_LOCAL, need(v, 1)?[0]),
        MESH_ID if len > 0 => {
            let v = need(v, len)?;
            l.str(m::MESH_ID, String::from_utf8_lossy(v).into_owned());
            // tshark's Info names the first printable one (osidump
            // leaves other bytes out of the Info).
            if !body.mesh_seen && v.iter().all(|c| (0x20..0x7f).contains(c)) {
                body.info.push_str(", MESHID=");
                body.info.extend(v.iter().map(|&c| char::from(c)));
            }
            body.mesh_seen = true;
        }
        VENDOR if len >= 3 => {
            let o = need(v, 3)?;
            let oui = u32::from_be_bytes([0, o[0], o[1], o[2]]);
            l.uint(m::TAG_OUI, oui);
            // tshark reads the OUI's type next (past an element of 3),
            // then the rest (past the bytes there are of a longer one).
            if len == 3 {
                return Err(Stop::Malformed);
            }
            let kind = need(v, 4)?[3];
            l.uint(m::TAG_VENDOR_OUI_TYPE, kind);
            if oui == ie::OUI_MICROSOFT {
                let mut e = ie::Ie { v, len, at: 4 };
                ie::microsoft(l, &mut e, kind, body.subtype)?;
            }
            need(v, len)?;
        }
        // Version 1 (Cisco's, 4 bytes) has a one-byte admission capacity,
        // version 2 (802.11e's, 5) a two-byte one.
        QBSS_LOAD if len == 4 || len == 5 => ie::qbss_load(l, &mut ie::Ie { v, len, at: 0 })?,
        QBSS_LOAD if v.len() == len => {
            ie::length_bad(l, must_be("Tag Length", len, "= 4 or 5"));
        }
        RSN if v.len() == len => {
            if len < 2 {
                ie::length_bad(l, must_be("Tag Length", len, ">= 2"));
            } else {
                ie::rsn(l, &mut ie::Ie { v, len, at: 0 })?;
            }
        }
        // A length those decoders refuse: they read nothing, and say so.
        DS => ie::length_bad(l, must_be("Tag length", len, "= 1")),
        TIM => ie::length_bad(l, tim_too_short(len)),
        ERP | POWER_CONSTRAINT => ie::length_bad(l, must_be("Tag Length", len, "= 1")),
        VENDOR => ie::length_bad(l, must_be("Tag Length", len, ">= 3")),
        MESH_ID => {}
        // An element tshark decodes and osidump does not: its decoder
        // reads from the start, so one past the body throws (RSN's reads
        // the body, not the element: plain malformed, not contained).
        _ if v.len() < len => return Err(Short(body.at).into()),
        _ => {}
    }
    Ok(())
}

/// tshark's words on an element of a length its decoder refuses (their
/// case differs from one decoder to another).
fn must_be(what: &str, len: usize, rule: &str) -> String {
    format!("{what} {len} wrong, must be {rule}")
}

fn tim_too_short(len: usize) -> String {
    format!("Tag length {len} too short for Non-S1G frame, must be >= 4")
}

/// The tree's line: the number of elements and the first SSID.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let tags = l.all(m::TAG).count();
    let _ = write!(
        out,
        "{tags} tagged parameter{}",
        if tags == 1 { "" } else { "s" }
    );
    if let Some(Value::Bytes(ssid)) = l.get(m::SSID) {
        out.push_str(", SSID ");
        out.push_str(&super::ssid_text(ssid));
    }
}

mod ie;

#[cfg(test)]
mod tests;
