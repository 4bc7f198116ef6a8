//! 802.1X port-based authentication, EAPOL (EtherType 0x888e, and 0x88c7
//! for RSN pre-authentication), as tshark 4.0's `packet-eapol.c` shows it,
//! with the WPA/RSN key descriptor of `packet-ieee80211.c`:
//! - the header (version, type, length); the length only shortens the
//!   packet (what follows it in the frame is Ethernet padding or trailer),
//!   it never lengthens it;
//! - an EAP packet goes to EAP ([`crate::dissect::app::eap`]), given every
//!   byte up to the length or the frame's end; its item is shown but, as
//!   tshark 4.0 lists it, not in `frame.protocols`; EAP writes the
//!   Protocol and Info columns;
//! - a key: the descriptor type, then the RC4 descriptor (802.1X-2001) or
//!   the WPA/RSN one (802.11i) with its key information bits and tshark's
//!   message number of the 4-way or group handshake in Info
//!   (`Key (Message 1 of 4)`). A key whose length runs past the frame
//!   throws before the descriptor type (tshark takes a view of exactly
//!   the length); a WPA/RSN descriptor shorter than its fixed part throws
//!   as `802.11 RSNA EAPOL` before any of its fields;
//! - Start, Logoff, ASF alerts and unknown types: the body, if any, as
//!   data.
//!
//! Left out: the key data's information elements and KDEs (RSN IE, GTK,
//! PMKID) are shown as bytes (`wlan_rsna_eapol.keydes.data`), where tshark
//! parses them (and marks a bad one malformed); MACsec Key Agreement
//! (type 5) is not decoded (tshark's Protocol there is `EAPOL-MKA`); MIC
//! lengths other than 16 bytes (the AKMs of 802.11-2016's suite B 192 and
//! FILS, which tshark learns from the association) are not handled.
//!
//! The promise: no input makes this module panic; every read goes through
//! [`Tvb`], which says where it failed.

use super::super::layer::{AnomalyKind, Layer, Osi, Value};
use super::super::{Next, Walk};
use super::tvb::{Exc, Tvb};
use crate::dissect::fields as f;
use std::borrow::Cow;

const EAP_PACKET: u64 = 0;
const KEY: u64 = 3;
const MKA: u64 = 5;

const RC4_KEY: u8 = 1;
const RSN_KEY: u8 = 2;
const WPA_KEY: u8 = 254;

// Key information bits (IEEE 802.11-2016 12.7.2).
const KEY_TYPE_PAIRWISE: u16 = 0x0008;
const INSTALL: u16 = 0x0040;
const KEY_ACK: u16 = 0x0080;
const ERROR: u16 = 0x0400;
const REQUEST: u16 = 0x0800;

/// The fixed part of a WPA/RSN key descriptor after its type, up to and
/// with the key data length (16-byte MIC).
const RSNA_FIXED: usize = 2 + 2 + 8 + 32 + 16 + 8 + 8 + 16 + 2;

pub(crate) fn eapol<'a>(walk: &mut Walk<'a>) -> Next {
    let start = walk.off;
    let frame: &'a [u8] = walk.data;
    let data = &frame[start..walk.end];
    let rep = walk.reported_end.saturating_sub(start).max(data.len());
    let mut l = Layer::new(Osi::DataLink, "eapol", start..walk.end);
    let t = Tvb::new(data, rep);
    let header = (|| -> Result<(u8, u8, u16), Exc> { Ok((t.u8(0)?, t.u8(1)?, t.u16(2)?)) })();
    // The header's fields as far as they were read.
    let (version, kind, len) = match header {
        Ok(h) => h,
        Err(e) => {
            if let Ok(v) = t.u8(0) {
                l.uint(f::eapol::VERSION, v);
                if let Ok(k) = t.u8(1) {
                    l.uint(f::eapol::TYPE, k);
                }
            }
            e.mark(&mut l, "eapol", "EAPOL header", data.len());
            walk.off = walk.end;
            walk.layers.push(l);
            return Next::Done;
        }
    };
    l.uint(f::eapol::VERSION, version);
    l.uint(f::eapol::TYPE, kind);
    l.uint(f::eapol::LEN, len);
    // The length shortens the packet (tshark's set_actual_length); the
    // rest of the frame is the link layer's padding or trailer.
    let pdu = (4 + usize::from(len)).min(rep);
    let pdu_end = start + pdu;
    if pdu_end < walk.end {
        crate::dissect::net::note_padding(walk, pdu_end);
    }
    l.span = start..walk.end.min(pdu_end);
    let t = Tvb::new(&frame[start..walk.end.min(pdu_end)], pdu);
    let body = t.sub(4, pdu - 4);
    let mut next: Option<Layer<'static>> = None;
    let mut data_bytes: &'a [u8] = &[];
    match u64::from(kind) {
        EAP_PACKET => {
            let b = body.rest(0);
            let span = start + 4..start + 4 + b.len();
            let mut eap = crate::dissect::app::eap::dissect(b, span);
            if eap
                .anomalies
                .iter()
                .any(|a| a.kind == AnomalyKind::Malformed)
            {
                eap.throw(AnomalyKind::Malformed, "eap");
            }
            next = Some(eap);
        }
        KEY => {
            if 4 + usize::from(len) > rep {
                // tshark's view of exactly the stated length runs past the
                // frame: it throws before the descriptor.
                Exc::Malformed(4 + usize::from(len)).mark(&mut l, "eapol", "EAPOL key", data.len());
            } else if let Err((e, proto)) = key(&mut l, body) {
                e.mark(&mut l, proto, "EAPOL key descriptor", data.len());
            }
        }
        MKA => {}
        _ => data_bytes = body.rest(0),
    }
    walk.off = walk.end;
    walk.layers.push(l);
    if let Some(eap) = next {
        walk.layers.push(eap);
    } else if !data_bytes.is_empty() {
        let at = start + 4;
        let span = at..at + data_bytes.len();
        walk.layers.push(crate::dissect::data::layer_of(
            Osi::DataLink,
            data_bytes,
            span,
        ));
    }
    Next::Done
}

/// The key descriptor: its type, then the RC4 or WPA/RSN descriptor, or
/// the body as bytes. An error names the protocol whose decoder threw.
fn key<'a>(l: &mut Layer<'a>, body: Tvb<'a>) -> Result<(), (Exc, &'static str)> {
    let desc = body.u8(0).map_err(|e| (e, "eapol"))?;
    l.uint(f::eapol::KEYDES_TYPE, desc);
    let d = body.sub(1, body.len.saturating_sub(1));
    match desc {
        RC4_KEY => rc4(l, d, body.len).map_err(|e| (e, "eapol")),
        RSN_KEY | WPA_KEY => rsna(l, d).map_err(|e| (e, "wlan_rsna_eapol")),
        _ => {
            let b = d.item(0, -1).map_err(|e| (e, "eapol"))?;
            l.push(f::eapol::KEYDES_BODY, Value::Bytes(Cow::Borrowed(b)));
            Ok(())
        }
    }
}

/// 802.1X-2001's RC4 key descriptor; `body_len` is the key body's length
/// with the descriptor type.
fn rc4<'a>(l: &mut Layer<'a>, d: Tvb<'a>, body_len: usize) -> Result<(), Exc> {
    let key_len = d.u16(0)?;
    l.uint(f::eapol::KEYDES_KEY_LEN, key_len);
    let counter = d.get(2, 8)?;
    l.uint(
        f::eapol::KEYDES_REPLAY_COUNTER,
        u64::from_be_bytes(counter.try_into().unwrap_or([0; 8])),
    );
    l.push(
        f::eapol::KEYDES_KEY_IV,
        Value::Bytes(Cow::Borrowed(d.get(10, 16)?)),
    );
    let index = d.u8(26)?;
    l.uint(f::eapol::KEYDES_KEY_INDEX, index);
    l.boolean(f::eapol::KEYDES_KEY_INDEX_TYPE, index & 0x80 != 0);
    l.uint(f::eapol::KEYDES_KEY_INDEX_NUMBER, index & 0x7f);
    l.push(
        f::eapol::KEYDES_KEY_SIGNATURE,
        Value::Bytes(Cow::Borrowed(d.get(27, 16)?)),
    );
    if key_len != 0 {
        // 802.1X-2004 7.6.3.6: no key bytes (a body of 44 bytes) means
        // the key is generated locally.
        let generated_locally = body_len <= 44;
        if !generated_locally {
            let k = d.get(43, usize::from(key_len))?;
            l.push(f::eapol::KEYDES_KEY, Value::Bytes(Cow::Borrowed(k)));
        }
        l.boolean(f::eapol::KEYDES_KEY_GENERATED_LOCALLY, generated_locally);
    }
    Ok(())
}

/// The WPA/RSN key descriptor (802.11i), after its type.
fn rsna<'a>(l: &mut Layer<'a>, d: Tvb<'a>) -> Result<(), Exc> {
    // tshark reads the key data length (which tells message 2 from 4)
    // before it shows anything.
    d.get(0, RSNA_FIXED)?;
    let info = d.u16(0)?;
    let data_len = d.u16(RSNA_FIXED - 2)?;
    if let Some(n) = message_number(info, data_len) {
        l.uint(f::wlan_rsna_eapol::KEYDES_MSGNR, n);
    }
    use f::wlan_rsna_eapol as w;
    l.uint(w::KEYDES_KEY_INFO, info);
    l.uint(w::KEYDES_KEY_INFO_KEYDES_VERSION, info & 0x7);
    l.boolean(w::KEYDES_KEY_INFO_KEY_TYPE, info & KEY_TYPE_PAIRWISE != 0);
    l.uint(w::KEYDES_KEY_INFO_KEY_INDEX, (info & 0x30) >> 4);
    for (def, bit) in [
        (w::KEYDES_KEY_INFO_INSTALL, INSTALL),
        (w::KEYDES_KEY_INFO_KEY_ACK, KEY_ACK),
        (w::KEYDES_KEY_INFO_KEY_MIC, 0x0100),
        (w::KEYDES_KEY_INFO_SECURE, 0x0200),
        (w::KEYDES_KEY_INFO_ERROR, ERROR),
        (w::KEYDES_KEY_INFO_REQUEST, REQUEST),
        (w::KEYDES_KEY_INFO_ENCRYPTED_KEY_DATA, 0x1000),
        (w::KEYDES_KEY_INFO_SMK_MESSAGE, 0x2000),
    ] {
        l.boolean(def, info & bit != 0);
    }
    l.uint(f::eapol::KEYDES_KEY_LEN, d.u16(2)?);
    let counter = d.get(4, 8)?;
    l.uint(
        f::eapol::KEYDES_REPLAY_COUNTER,
        u64::from_be_bytes(counter.try_into().unwrap_or([0; 8])),
    );
    let bytes = |l: &mut Layer<'a>, def, at, n| -> Result<(), Exc> {
        l.push(def, Value::Bytes(Cow::Borrowed(d.get(at, n)?)));
        Ok(())
    };
    bytes(l, w::KEYDES_NONCE, 12, 32)?;
    bytes(l, f::eapol::KEYDES_KEY_IV, 44, 16)?;
    bytes(l, w::KEYDES_RSC, 60, 8)?;
    bytes(l, w::KEYDES_ID, 68, 8)?;
    bytes(l, w::KEYDES_MIC, 76, 16)?;
    l.uint(w::KEYDES_DATA_LEN, data_len);
    if data_len > 0 {
        bytes(l, w::KEYDES_DATA, RSNA_FIXED, usize::from(data_len))?;
    }
    Ok(())
}

/// tshark's message number of a key: of the 4-way handshake for a
/// pairwise key (1 and 3 from the authenticator, 3 installing; 2 and 4
/// from the supplicant, 4 without key data), of the group key handshake
/// otherwise (1 from the authenticator); none for a request.
fn message_number(info: u16, data_len: u16) -> Option<u8> {
    if info & REQUEST != 0 {
        return None;
    }
    Some(match (info & KEY_TYPE_PAIRWISE != 0, info & KEY_ACK != 0) {
        (true, true) if info & INSTALL != 0 => 3,
        (true, true) => 1,
        (true, false) if data_len != 0 => 2,
        (true, false) => 4,
        (false, true) => 1,
        (false, false) => 2,
    })
}

/// tshark's Info column: the type's name; for a WPA/RSN key, which
/// message of which handshake, or a request.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    let Some(kind) = l.get_uint(f::eapol::TYPE) else {
        return;
    };
    match f::eapol::TYPE.value_name(kind) {
        Some(name) => out.push_str(name),
        None => {
            use std::fmt::Write;
            let _ = write!(out, "Unknown Type (0x{kind:02X})");
        }
    }
    let Some(info) = l.get_uint(f::wlan_rsna_eapol::KEYDES_KEY_INFO) else {
        return;
    };
    let info = info as u16;
    if info & REQUEST != 0 {
        out.push_str(if info & ERROR != 0 {
            " (Request, Error)"
        } else {
            " (Request)"
        });
    } else if let Some(n) = l.get_uint(f::wlan_rsna_eapol::KEYDES_MSGNR) {
        use std::fmt::Write;
        if info & KEY_TYPE_PAIRWISE != 0 {
            let _ = write!(out, " (Message {n} of 4)");
        } else {
            let _ = write!(out, " (Group Message {n} of 2)");
        }
    }
}

/// tshark's Protocol column: `EAPOL`, `EAPOL-MKA` for MACsec Key
/// Agreement.
pub fn column(l: &Layer<'_>) -> &'static str {
    if l.get_uint(f::eapol::TYPE) == Some(MKA) {
        "EAPOL-MKA"
    } else {
        "EAPOL"
    }
}

/// The WPA/RSN key descriptor's own summary (its fields are in the EAPOL
/// layer; no layer of its own).
pub fn rsna_summary(_out: &mut String, _l: &Layer<'_>) {}

#[cfg(test)]
mod tests;
