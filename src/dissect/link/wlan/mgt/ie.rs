//! The contents of the security and QoS elements, as tshark 4.0 shows
//! them: the RSN element (48) and, in a vendor-specific element (221) of
//! Microsoft's OUI, the WPA element (type 1) and the WMM/WME information
//! and parameter elements (type 2).
//!
//! Each reads through [`Ie`], which knows the element's length and the
//! bytes of it the body holds: a read past the length is tshark's plain
//! malformed (the element's tvb ends there), one inside the length but
//! past the body its ContainedBoundsError.

use super::Stop;
use crate::dissect::expert::{self, ei};
use crate::dissect::fields::wlan_mgt as m;
use crate::dissect::layer::{Layer, Value};

mod ei {
    use super::ei;
    use crate::dissect::fields::wlan_mgt as m;
    ei!(TAG_LENGTH_BAD, m::TAG_LENGTH_BAD, Malformed, Error);
    ei!(RSN_PCS_COUNT, m::RSN_PCS_COUNT_INVALID, Malformed, Error);
    ei!(RSN_AKMS_COUNT, m::RSN_AKMS_COUNT_INVALID, Malformed, Error);
    ei!(
        RSN_PMKID_COUNT,
        m::RSN_PMKID_COUNT_INVALID,
        Malformed,
        Error
    );
    ei!(UNDECODED, m::TAG_DATA_UNDECODED, Undecoded, Note);
    ei!(
        WME_BAD_FTYPE,
        m::WFA_IE_WME_QOS_INFO_BAD_FTYPE,
        Undecoded,
        Warn
    );
}

/// An element's bytes: `len` long, of which the body holds `v`.
pub(super) struct Ie<'a> {
    pub v: &'a [u8],
    pub len: usize,
    pub at: usize,
}

impl<'a> Ie<'a> {
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Stop> {
        let end = self.at + n;
        if end > self.len {
            return Err(Stop::Malformed);
        }
        let b = self.v.get(self.at..end).ok_or(Stop::Contained)?;
        self.at = end;
        Ok(b)
    }

    fn u8(&mut self) -> Result<u8, Stop> {
        Ok(self.take(1)?[0])
    }

    fn u16le(&mut self) -> Result<u16, Stop> {
        self.take(2).map(|b| u16::from_le_bytes([b[0], b[1]]))
    }

    fn done(&self) -> bool {
        self.at >= self.len
    }
}

/// tshark's expert item on an element's length, with its words.
pub(super) fn length_bad(l: &mut Layer<'_>, message: String) {
    expert::add(l, &ei::TAG_LENGTH_BAD, Some(message));
}

/// tshark's "Tag Length is longer than remaining payload".
pub(super) fn longer_than_payload(l: &mut Layer<'_>) {
    expert::add(
        l,
        &ei::TAG_LENGTH_BAD,
        Some("Tag Length is longer than remaining payload".to_string()),
    );
}

/// tshark's note on an element it has no decoder for (or whose decoder
/// declined it), which it hangs on the element's number: inserted at
/// `at`, after that number.
pub(super) fn undecoded_note(l: &mut Layer<'_>, at: usize, tag: u8) {
    let name = m::TAG_NUMBER
        .value_name(u64::from(tag))
        .map_or_else(|| format!("({tag})"), str::to_string);
    let before = l.fields.len();
    expert::add(
        l,
        &ei::UNDECODED,
        Some(format!(
            "Dissector for 802.11 IE Tag ({name}) code not implemented, \
             Contact Wireshark developers if you want this supported"
        )),
    );
    let added = l.fields.len() - before;
    if at <= before {
        l.fields[at..].rotate_right(added);
    }
}

/// A cipher or AKM suite selector: the whole (big-endian), its OUI and
/// its type.
fn suite(
    l: &mut Layer<'_>,
    ie: &mut Ie<'_>,
    defs: [&'static crate::dissect::field::FieldDef; 3],
) -> Result<(), Stop> {
    let s = ie.take(4)?;
    l.uint(defs[0], u32::from_be_bytes([s[0], s[1], s[2], s[3]]));
    l.uint(defs[1], u32::from_be_bytes([0, s[0], s[1], s[2]]));
    l.uint(defs[2], s[3]);
    Ok(())
}

/// A suite count and its list, as RSN reads them: a count past the
/// element's end is tshark's expert item and the list holds the suites
/// there is room for.
fn rsn_list(
    l: &mut Layer<'_>,
    ie: &mut Ie<'_>,
    count_def: &'static crate::dissect::field::FieldDef,
    too_large: &'static expert::Expert,
    list_def: &'static crate::dissect::field::FieldDef,
    size: usize,
    item: impl Fn(&mut Layer<'_>, &mut Ie<'_>) -> Result<(), Stop>,
) -> Result<(), Stop> {
    let mut count = usize::from(ie.u16le()?);
    l.uint(count_def, count as u64);
    let room = ie.len.saturating_sub(ie.at);
    if count * size > room {
        let what = too_large.field.title;
        expert::add(
            l,
            too_large,
            Some(format!("{what}, {size}*{count} > {room}")),
        );
        count = room / size;
    }
    l.present(list_def);
    for _ in 0..count {
        item(l, ie)?;
    }
    Ok(())
}

/// The RSN element (48), of length 2 or more.
pub(super) fn rsn(l: &mut Layer<'_>, ie: &mut Ie<'_>) -> Result<(), Stop> {
    l.uint(m::RSN_VERSION, ie.u16le()?);
    if ie.done() {
        return Ok(());
    }
    suite(l, ie, [m::RSN_GCS, m::RSN_GCS_OUI, m::RSN_GCS_TYPE])?;
    if ie.done() {
        return Ok(());
    }
    rsn_list(
        l,
        ie,
        m::RSN_PCS_COUNT,
        &ei::RSN_PCS_COUNT,
        m::RSN_PCS_LIST,
        4,
        |l, ie| suite(l, ie, [m::RSN_PCS, m::RSN_PCS_OUI, m::RSN_PCS_TYPE]),
    )?;
    if ie.done() {
        return Ok(());
    }
    rsn_list(
        l,
        ie,
        m::RSN_AKMS_COUNT,
        &ei::RSN_AKMS_COUNT,
        m::RSN_AKMS_LIST,
        4,
        |l, ie| suite(l, ie, [m::RSN_AKMS, m::RSN_AKMS_OUI, m::RSN_AKMS_TYPE]),
    )?;
    // The capabilities are read whether or not the element goes on.
    let c = ie.u16le()?;
    l.uint(m::RSN_CAPABILITIES, c);
    l.boolean(m::RSN_CAPABILITIES_PREAUTH, c & 1 != 0);
    l.boolean(m::RSN_CAPABILITIES_NO_PAIRWISE, c & 2 != 0);
    l.uint(m::RSN_CAPABILITIES_PTKSA_REPLAY_COUNTER, c >> 2 & 3);
    l.uint(m::RSN_CAPABILITIES_GTKSA_REPLAY_COUNTER, c >> 4 & 3);
    l.boolean(m::RSN_CAPABILITIES_MFPR, c & 0x40 != 0);
    l.boolean(m::RSN_CAPABILITIES_MFPC, c & 0x80 != 0);
    l.boolean(m::RSN_CAPABILITIES_JMR, c & 0x100 != 0);
    l.boolean(m::RSN_CAPABILITIES_PEERKEY, c & 0x200 != 0);
    l.boolean(m::RSN_CAPABILITIES_EXTENDED_KEY_ID_IAF, c & 0x2000 != 0);
    if ie.done() {
        return Ok(());
    }
    rsn_list(
        l,
        ie,
        m::RSN_PMKID_COUNT,
        &ei::RSN_PMKID_COUNT,
        m::RSN_PMKID_LIST,
        16,
        |l, ie| {
            let id = ie.take(16)?;
            l.push(m::PMKID_AKMS, Value::Bytes(id.to_vec().into()));
            Ok(())
        },
    )?;
    if ie.done() {
        return Ok(());
    }
    suite(l, ie, [m::RSN_GMCS, m::RSN_GMCS_OUI, m::RSN_GMCS_TYPE])
}

/// The QBSS Load element (11) of 4 bytes (Cisco's version 1, a one-byte
/// admission capacity) or 5 (802.11e's version 2, a two-byte one).
pub(super) fn qbss_load(l: &mut Layer<'_>, ie: &mut Ie<'_>) -> Result<(), Stop> {
    l.uint(m::QBSS_VERSION, (ie.len - 3) as u64);
    l.uint(m::QBSS_SCOUNT, ie.u16le()?);
    l.uint(m::QBSS_CU, ie.u8()?);
    let adc = if ie.len == 5 {
        ie.u16le()?
    } else {
        u16::from(ie.u8()?)
    };
    l.uint(m::QBSS_ADC, adc);
    Ok(())
}

/// Microsoft's OUI: WPA, WMM/WME and the other types tshark names.
pub(super) const OUI_MICROSOFT: u32 = 0x00_50f2;

/// A vendor element of Microsoft's OUI, after the OUI's type: tshark's
/// `wlan.wfa.ie.type`, then WPA's or WME's fields. `subtype` is the
/// frame's management subtype (WME's QoS Info reads by direction).
pub(super) fn microsoft(
    l: &mut Layer<'_>,
    ie: &mut Ie<'_>,
    kind: u8,
    subtype: u8,
) -> Result<(), Stop> {
    l.uint(m::WFA_IE_TYPE, kind);
    match kind {
        1 => wpa(l, ie),
        2 => wme(l, ie, subtype),
        _ => Ok(()),
    }
}

/// The WPA element: no count is checked against the element's length.
fn wpa(l: &mut Layer<'_>, ie: &mut Ie<'_>) -> Result<(), Stop> {
    l.uint(m::WFA_IE_WPA_VERSION, ie.u16le()?);
    suite(
        l,
        ie,
        [
            m::WFA_IE_WPA_MCS,
            m::WFA_IE_WPA_MCS_OUI,
            m::WFA_IE_WPA_MCS_TYPE,
        ],
    )?;
    let ucs = ie.u16le()?;
    l.uint(m::WFA_IE_WPA_UCS_COUNT, ucs);
    l.present(m::WFA_IE_WPA_UCS_LIST);
    for _ in 0..ucs {
        suite(
            l,
            ie,
            [
                m::WFA_IE_WPA_UCS,
                m::WFA_IE_WPA_UCS_OUI,
                m::WFA_IE_WPA_UCS_TYPE,
            ],
        )?;
    }
    let akms = ie.u16le()?;
    l.uint(m::WFA_IE_WPA_AKMS_COUNT, akms);
    l.present(m::WFA_IE_WPA_AKMS_LIST);
    for _ in 0..akms {
        // tshark names the AKM's type `wlan.wfa.ie.wpa.type`.
        suite(
            l,
            ie,
            [
                m::WFA_IE_WPA_AKMS,
                m::WFA_IE_WPA_AKMS_OUI,
                m::WFA_IE_WPA_TYPE,
            ],
        )?;
    }
    Ok(())
}

/// Management subtypes a station sends (QoS Info in the station's
/// layout) and an AP sends (the AP's).
const FROM_STA: [u8; 3] = [super::ASSOC_REQ, super::PROBE_REQ, super::REASSOC_REQ];
const FROM_AP: [u8; 4] = [
    super::BEACON,
    super::PROBE_RESP,
    super::ASSOC_RESP,
    super::REASSOC_RESP,
];

fn wme(l: &mut Layer<'_>, ie: &mut Ie<'_>, subtype: u8) -> Result<(), Stop> {
    let kind = ie.u8()?;
    l.uint(m::WFA_IE_WME_SUBTYPE, kind);
    l.uint(m::WFA_IE_WME_VERSION, ie.u8()?);
    match kind {
        0 => qos_info(l, ie, subtype),
        1 => {
            qos_info(l, ie, subtype)?;
            let r = ie.take(1)?;
            l.push(m::WFA_IE_WME_RESERVED, Value::Bytes(r.to_vec().into()));
            for _ in 0..4 {
                ac_parameters(l, ie)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn qos_info(l: &mut Layer<'_>, ie: &mut Ie<'_>, subtype: u8) -> Result<(), Stop> {
    let q = ie.u8()?;
    l.uint(m::WFA_IE_WME_QOS_INFO, q);
    if FROM_STA.contains(&subtype) {
        l.uint(m::WFA_IE_WME_QOS_INFO_STA_MAX_SP_LENGTH, q >> 5 & 3);
        l.boolean(m::WFA_IE_WME_QOS_INFO_STA_AC_BE, q & 8 != 0);
        l.boolean(m::WFA_IE_WME_QOS_INFO_STA_AC_BK, q & 4 != 0);
        l.boolean(m::WFA_IE_WME_QOS_INFO_STA_AC_VI, q & 2 != 0);
        l.boolean(m::WFA_IE_WME_QOS_INFO_STA_AC_VO, q & 1 != 0);
        // Bits 4 and 7, as one value under the mask 0x90.
        l.uint(m::WFA_IE_WME_QOS_INFO_STA_RESERVED, (q & 0x90) >> 4);
    } else if FROM_AP.contains(&subtype) {
        l.boolean(m::WFA_IE_WME_QOS_INFO_AP_U_APSD, q & 0x80 != 0);
        l.uint(m::WFA_IE_WME_QOS_INFO_AP_PARAMETER_SET_COUNT, q & 0xf);
        l.uint(m::WFA_IE_WME_QOS_INFO_AP_RESERVED, q >> 4 & 7);
    } else {
        // tshark's frame type of a management frame is its subtype.
        expert::add(
            l,
            &ei::WME_BAD_FTYPE,
            Some(format!(
                "Could not deduce direction to decode correctly, ftype {subtype}"
            )),
        );
    }
    Ok(())
}

fn ac_parameters(l: &mut Layer<'_>, ie: &mut Ie<'_>) -> Result<(), Stop> {
    l.present(m::WFA_IE_WME_ACP);
    let a = ie.u8()?;
    l.uint(m::WFA_IE_WME_ACP_ACI_AIFSN, a);
    l.uint(m::WFA_IE_WME_ACP_AIFSN, a & 0xf);
    l.boolean(m::WFA_IE_WME_ACP_ACM, a & 0x10 != 0);
    l.uint(m::WFA_IE_WME_ACP_ACI, a >> 5 & 3);
    l.uint(m::WFA_IE_WME_ACP_RESERVED, a >> 7);
    let e = ie.u8()?;
    l.uint(m::WFA_IE_WME_ACP_ECW, e);
    l.uint(m::WFA_IE_WME_ACP_ECW_MAX, e >> 4);
    l.uint(m::WFA_IE_WME_ACP_ECW_MIN, e & 0xf);
    l.uint(m::WFA_IE_WME_ACP_CW_MAX, (1u32 << (e >> 4)) - 1);
    l.uint(m::WFA_IE_WME_ACP_CW_MIN, (1u32 << (e & 0xf)) - 1);
    l.uint(m::WFA_IE_WME_ACP_TXOP_LIMIT, ie.u16le()?);
    Ok(())
}
