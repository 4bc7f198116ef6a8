//! IEEE 802.11 (LINKTYPE_IEEE802_11, 105; after radiotap, 127; in
//! Aruba's GRE, protocol 0x8200), as tshark 4.0's packet-ieee80211.c
//! reads its MAC header.
//!
//! The frame control (byte 0: version, type, subtype; byte 1: flags;
//! tshark shows the pair big-endian, `wlan.fc` 0x8801), the duration (the
//! association ID in a PS-Poll), then the addresses, whose roles depend on
//! the frame type and, for data frames, on the To DS / From DS bits; the
//! sequence control, a fourth address (To DS and From DS), the QoS control
//! (QoS data subtypes) and an HT control (+HTC/Order in QoS data and
//! management frames, stepped over). Each address is shown under its role
//! and again as `wlan.addr`, with `_resolved` twins (tshark `-n` resolves
//! no names: the address itself), in tshark's order. The FCS, when the
//! radio header says the frame ends with one, is shown unverified (tshark's
//! `wlan.check_fcs` is off by default).
//!
//! Payload: data frames that carry data go to 802.2 LLC; protected ones
//! are data past the WEP IV (and before its ICV) or the 8-byte TKIP/CCMP
//! header; an unprotected management frame's body is tshark's `wlan.mgt`
//! item, a layer of its own (mgt.rs); control frames have no payload.
//! Control frame extensions, extension frames and A-MSDUs show the frame
//! control only.

pub mod fields;
pub(crate) mod mgt;
pub(crate) mod radiotap;

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use radiotap::Radio;

const MGMT: u8 = 0;
const CONTROL: u8 = 1;

/// Management subtypes whose body starts with a code tshark shows, and
/// those whose Info names the SSID (and the beacon interval).
const ASSOC_REQ: u8 = 0;
const ASSOC_RESP: u8 = 1;
const REASSOC_REQ: u8 = 2;
const PROBE_REQ: u8 = 4;
const PROBE_RESP: u8 = 5;
const BEACON: u8 = 8;
const REASSOC_RESP: u8 = 3;
const DISASSOC: u8 = 10;
const AUTH: u8 = 11;
const DEAUTH: u8 = 12;
const ACTION: u8 = 13;
const ACTION_NOACK: u8 = 14;

/// Control subtypes.
const CTRL_WRAPPER: u8 = 7;
const PS_POLL: u8 = 10;
const CTS: u8 = 12;
const ACK: u8 = 13;
const CF_END: u8 = 14;
const CF_END_ACK: u8 = 15;

fn le16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn mac_at(b: &[u8], at: usize) -> [u8; 6] {
    let mut m = [0u8; 6];
    m.copy_from_slice(&b[at..at + 6]);
    m
}

/// An address under its role, then its `_resolved` text.
fn addr(l: &mut Layer<'_>, role: &'static FieldDef, resolved: &'static FieldDef, m: [u8; 6]) {
    l.push(role, Value::Mac(m));
    l.str(resolved, Value::Mac(m).to_string());
}

/// `wlan.addr` and its resolved twin.
fn any_addr(l: &mut Layer<'_>, m: [u8; 6]) {
    addr(l, f::wlan::ADDR, f::wlan::ADDR_RESOLVED, m);
}

/// 802.11 with no radio header: tshark assumes no FCS.
pub(crate) fn ieee80211(walk: &mut Walk<'_>) -> Next {
    wlan(walk, Radio::default())
}

/// 802.11 in Aruba's GRE (no FCS).
pub(crate) fn aruba(walk: &mut Walk<'_>) -> Next {
    wlan(walk, Radio::default())
}

/// A read past the frame's bytes: how many were needed.
struct Short(usize);

fn need(b: &[u8], n: usize) -> Result<(), Short> {
    if b.len() >= n { Ok(()) } else { Err(Short(n)) }
}

/// What follows the MAC header.
enum Body {
    Llc,
    Protected,
    Mgmt(u8),
    Nothing,
}

pub(crate) fn wlan(walk: &mut Walk<'_>, radio: Radio) -> Next {
    let start = walk.off;
    let all = walk.rest();
    // The FCS is the last 4 bytes of what the frame reports; without all
    // of it captured tshark shows none.
    let fcs = (radio.fcs && walk.end == walk.reported_end && all.len() >= 4)
        .then(|| &all[all.len() - 4..]);
    let b = if fcs.is_some() {
        &all[..all.len() - 4]
    } else {
        all
    };
    let mut l = Layer::new(Osi::DataLink, "wlan", start..start + b.len());
    let (hdr_len, body) = match header(&mut l, b, fcs) {
        Ok(v) => v,
        Err(Short(n)) => {
            walk.short(&mut l, "802.11 header", n, b.len());
            walk.off = walk.end;
            walk.layers.push(l);
            return Next::Done;
        }
    };
    // Radiotap's data pad: the header rounded up to 4 bytes.
    let payload = if radio.datapad {
        hdr_len.div_ceil(4) * 4
    } else {
        hdr_len
    };
    l.span = start..start + hdr_len.min(b.len());
    let body_end = start + b.len();
    walk.off = (start + payload).min(body_end);
    if fcs.is_some() {
        walk.end = body_end;
        walk.reported_end = walk.reported_end.saturating_sub(4).max(walk.end);
    }
    match body {
        Body::Llc => {
            walk.layers.push(l);
            Next::Llc
        }
        Body::Protected => {
            let p = walk.rest();
            let ext_iv = p.get(3).is_some_and(|k| k & 0x20 != 0);
            if ext_iv {
                walk.off = (walk.off + 8).min(walk.end);
            } else if p.len() >= 8 {
                walk.off += 4;
                walk.end -= 4;
            } else {
                walk.off = walk.end;
            }
            walk.layers.push(l);
            if walk.off < walk.end {
                Next::Data(Osi::DataLink)
            } else {
                Next::Done
            }
        }
        Body::Mgmt(subtype) => {
            walk.layers.push(l);
            mgt::mgt(walk, subtype)
        }
        Body::Nothing => {
            walk.off = walk.end;
            walk.layers.push(l);
            Next::Done
        }
    }
}

/// The MAC header's fields; its length and what follows.
fn header(l: &mut Layer<'_>, b: &[u8], fcs: Option<&[u8]>) -> Result<(usize, Body), Short> {
    need(b, 1)?;
    let fc0 = b[0];
    if fc0 & 3 != 0 {
        // Protocol version 1 (802.11ah's PV1, another frame control
        // whose `wlan.fc.version` is a 16-bit field) is not decoded;
        // tshark reads no further into any other version.
        return Ok((1, Body::Nothing));
    }
    need(b, 2)?;
    let flags = b[1];
    let ftype = (fc0 >> 2) & 3;
    let subtype = fc0 >> 4;
    if ftype == 3 || (ftype == CONTROL && matches!(subtype, 0..=CTRL_WRAPPER)) {
        // Extension frames and the control subtypes tshark reads with
        // other frame-control layouts: not decoded.
        return Ok((b.len(), Body::Nothing));
    }
    l.uint(
        f::wlan::FC_TYPE_SUBTYPE,
        (u16::from(ftype) << 4) | u16::from(subtype),
    );
    l.uint(f::wlan::FC, u16::from_be_bytes([fc0, flags]));
    l.uint(f::wlan::FC_VERSION, fc0 & 3);
    l.uint(f::wlan::FC_TYPE, ftype);
    l.uint(f::wlan::FC_SUBTYPE, subtype);
    l.uint(f::wlan::FLAGS, flags);
    l.uint(f::wlan::FC_DS, flags & 3);
    for (m, def) in [
        (0x01, f::wlan::FC_TODS),
        (0x02, f::wlan::FC_FROMDS),
        (0x04, f::wlan::FC_FRAG),
        (0x08, f::wlan::FC_RETRY),
        (0x10, f::wlan::FC_PWRMGT),
        (0x20, f::wlan::FC_MOREDATA),
        (0x40, f::wlan::FC_PROTECTED),
        (0x80, f::wlan::FC_ORDER),
    ] {
        l.boolean(def, flags & m != 0);
    }
    need(b, 4)?;
    let dur = le16(b, 2);
    if ftype == CONTROL && subtype == PS_POLL {
        l.uint(f::wlan::AID, dur & 0x3fff);
    } else {
        l.uint(f::wlan::DURATION, dur & 0x7fff);
    }
    need(b, 10)?;
    let a1 = mac_at(b, 4);
    addr(l, f::wlan::RA, f::wlan::RA_RESOLVED, a1);
    any_addr(l, a1);
    let ds = flags & 3;
    let protected = flags & 0x40 != 0;
    let order = flags & 0x80 != 0;
    match ftype {
        CONTROL => {
            if matches!(subtype, CTS | ACK) {
                push_fcs(l, fcs);
                return Ok((10, Body::Nothing));
            }
            need(b, 16)?;
            let a2 = mac_at(b, 10);
            match subtype {
                PS_POLL => {
                    addr(l, f::wlan::BSSID, f::wlan::BSSID_RESOLVED, a1);
                    addr(l, f::wlan::TA, f::wlan::TA_RESOLVED, a2);
                    any_addr(l, a2);
                }
                CF_END | CF_END_ACK => {
                    addr(l, f::wlan::BSSID, f::wlan::BSSID_RESOLVED, a2);
                    any_addr(l, a2);
                }
                _ => {
                    addr(l, f::wlan::TA, f::wlan::TA_RESOLVED, a2);
                    any_addr(l, a2);
                }
            }
            // Block Ack (Request) bodies: not decoded.
            push_fcs(l, fcs);
            Ok((16, Body::Nothing))
        }
        MGMT => {
            need(b, 24)?;
            let (a2, a3) = (mac_at(b, 10), mac_at(b, 16));
            addr(l, f::wlan::DA, f::wlan::DA_RESOLVED, a1);
            addr(l, f::wlan::TA, f::wlan::TA_RESOLVED, a2);
            addr(l, f::wlan::SA, f::wlan::SA_RESOLVED, a2);
            addr(l, f::wlan::BSSID, f::wlan::BSSID_RESOLVED, a3);
            any_addr(l, a2);
            any_addr(l, a3);
            sequence(l, b, 22);
            push_fcs(l, fcs);
            let len = if order { 28 } else { 24 };
            need(b, len)?;
            Ok((
                len,
                if protected {
                    Body::Nothing
                } else {
                    Body::Mgmt(subtype)
                },
            ))
        }
        _ => {
            need(b, 24)?;
            let (a2, a3) = (mac_at(b, 10), mac_at(b, 16));
            addr(l, f::wlan::TA, f::wlan::TA_RESOLVED, a2);
            any_addr(l, a2);
            let mut len = 24;
            let mut a4 = None;
            match ds {
                0 => {
                    addr(l, f::wlan::DA, f::wlan::DA_RESOLVED, a1);
                    addr(l, f::wlan::SA, f::wlan::SA_RESOLVED, a2);
                    addr(l, f::wlan::BSSID, f::wlan::BSSID_RESOLVED, a3);
                }
                1 => {
                    addr(l, f::wlan::DA, f::wlan::DA_RESOLVED, a3);
                    addr(l, f::wlan::SA, f::wlan::SA_RESOLVED, a2);
                    addr(l, f::wlan::BSSID, f::wlan::BSSID_RESOLVED, a1);
                    addr(l, f::wlan::STAA, f::wlan::STAA_RESOLVED, a2);
                }
                2 => {
                    addr(l, f::wlan::DA, f::wlan::DA_RESOLVED, a1);
                    addr(l, f::wlan::SA, f::wlan::SA_RESOLVED, a3);
                    addr(l, f::wlan::BSSID, f::wlan::BSSID_RESOLVED, a2);
                    addr(l, f::wlan::STAA, f::wlan::STAA_RESOLVED, a1);
                }
                _ => {
                    need(b, 30)?;
                    let m = mac_at(b, 24);
                    addr(l, f::wlan::DA, f::wlan::DA_RESOLVED, a3);
                    addr(l, f::wlan::SA, f::wlan::SA_RESOLVED, m);
                    a4 = Some(m);
                    len = 30;
                }
            }
            sequence(l, b, 22);
            if let Some(m) = a4 {
                any_addr(l, m);
            }
            any_addr(l, a3);
            push_fcs(l, fcs);
            let qos = subtype & 0x8 != 0;
            let no_data = subtype & 0x4 != 0;
            let mut amsdu = false;
            if qos {
                need(b, len + 2)?;
                let q = le16(b, len);
                amsdu = qos_control(l, q, ds, subtype);
                len += 2;
                if order {
                    // HT control: not decoded.
                    len += 4;
                    need(b, len)?;
                }
            }
            let body = if no_data || amsdu {
                Body::Nothing
            } else if protected {
                Body::Protected
            } else {
                Body::Llc
            };
            Ok((len, body))
        }
    }
}

fn sequence(l: &mut Layer<'_>, b: &[u8], at: usize) {
    let sc = le16(b, at);
    l.uint(f::wlan::FRAG, sc & 0xf);
    l.uint(f::wlan::SEQ, sc >> 4);
}

fn push_fcs(l: &mut Layer<'_>, fcs: Option<&[u8]>) {
    if let Some(v) = fcs {
        l.uint(f::wlan::FCS, u32::from_le_bytes([v[0], v[1], v[2], v[3]]));
        // tshark's "Unverified": FCS checking is off by default.
        l.uint(f::wlan::FCS_STATUS, 2u8);
    }
}

/// The QoS control's fields, as tshark picks them by who sent the frame
/// (From DS set: the AP's EOSP and buffer state; otherwise the station's
/// bit 4, then queue size or TXOP duration requested). Whether the
/// payload is an A-MSDU.
fn qos_control(l: &mut Layer<'_>, q: u16, ds: u8, subtype: u8) -> bool {
    l.uint(f::wlan::QOS, q);
    l.uint(f::wlan::QOS_TID, q & 0xf);
    l.uint(f::wlan::QOS_PRIORITY, q & 0x7);
    let from_ap = ds & 2 != 0;
    let bit4 = q & 0x10 != 0;
    if from_ap {
        l.boolean(f::wlan::QOS_EOSP, bit4);
    } else {
        l.boolean(f::wlan::QOS_BIT4, bit4);
    }
    l.uint(f::wlan::QOS_ACK, (q & 0x60) >> 5);
    let carries_data = subtype & 0x4 == 0;
    let amsdu = carries_data && q & 0x80 != 0;
    if carries_data {
        l.boolean(f::wlan::QOS_AMSDUPRESENT, q & 0x80 != 0);
    }
    let high = q >> 8;
    if from_ap {
        // CF-Poll subtypes carry the TXOP limit.
        if subtype & 0x2 != 0 {
            l.uint(f::wlan::QOS_TXOP_LIMIT, high);
        } else {
            l.uint(f::wlan::QOS_PS_BUF_STATE, high);
            let indicated = q & 0x200 != 0;
            l.boolean(f::wlan::QOS_BUF_STATE_INDICATED, indicated);
            if indicated {
                l.uint(f::wlan::QOS_HIGHEST_PRI_BUF_AC, (q >> 10) & 3);
                l.uint(f::wlan::QOS_QAP_BUF_LOAD, q >> 12);
            }
        }
    } else if bit4 {
        l.uint(f::wlan::QOS_QUEUE_SIZE, high);
    } else {
        l.uint(f::wlan::QOS_TXOP_DUR_REQ, high);
    }
    amsdu
}

/// An SSID as tshark's Info writes it: `Wildcard (Broadcast)` when
/// empty, quoted when printable, hex otherwise.
fn ssid_text(ssid: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    match std::str::from_utf8(ssid) {
        _ if ssid.is_empty() => s.push_str("Wildcard (Broadcast)"),
        Ok(t) if !t.chars().any(char::is_control) => {
            s.push('"');
            s.push_str(t);
            s.push('"');
        }
        _ => {
            for b in ssid {
                let _ = write!(s, "{b:02x}");
            }
        }
    }
    s
}

/// tshark's Info for the frame: the type/subtype's name, the sequence
/// and fragment numbers (management and data frames), the flags as
/// letters (`opmPRMFT`, a dot for each bit clear; `C` after them when
/// the frame has its FCS), and a beacon's or probe's interval and SSID.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(ts) = l.get_uint(f::wlan::FC_TYPE_SUBTYPE) else {
        return;
    };
    let Some(name) = f::wlan::FC_TYPE_SUBTYPE.value_name(ts) else {
        return;
    };
    out.push_str(name);
    if let (Some(seq), Some(frag)) = (l.get_uint(f::wlan::SEQ), l.get_uint(f::wlan::FRAG)) {
        let _ = write!(out, ", SN={seq}, FN={frag}");
    }
    if let Some(flags) = l.get_uint(f::wlan::FLAGS) {
        out.push_str(", Flags=");
        for (i, c) in "opmPRMFT".chars().enumerate() {
            out.push(if flags & (0x80 >> i) != 0 { c } else { '.' });
        }
        if l.has(f::wlan::FCS) {
            out.push('C');
        }
    }
    if let Some(text) = l.get_str(f::wlan::OSIDUMP_INFO) {
        out.push_str(text);
    }
}

/// tshark's Protocol column.
pub(crate) fn column(_: &Layer<'_>) -> &'static str {
    "802.11"
}

/// The tree's line: the frame's kind, transmitter → receiver.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
    if let Some(Value::Mac(ra)) = l.get(f::wlan::RA) {
        out.push(' ');
        if let Some(Value::Mac(ta)) = l.get(f::wlan::TA) {
            crate::dissect::summary::push_value(out, &Value::Mac(*ta));
            out.push_str(" → ");
        }
        crate::dissect::summary::push_value(out, &Value::Mac(*ra));
    }
}

#[cfg(test)]
mod tests;
