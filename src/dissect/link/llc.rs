//! IEEE 802.2 LLC (with its SNAP extension) and the Spanning Tree BPDUs
//! it carries, as Wireshark reads them.
//!
//! An Ethernet frame whose type field is a length (IEEE 802.3), an 802.1Q
//! tag likewise, and Linux cooked captures of protocol 4 carry an LLC
//! header: destination and source service access points, then a control
//! field of one byte (U frames) or two, little-endian (I and S frames, LLC
//! type 2 being extended operation). DSAP = SSAP = 0xAA is SNAP: an OUI
//! and a protocol ID follow; OUI 0 (and Cisco's 90-compatible 0x0000F8)
//! make the protocol ID an EtherType. SAP 0x42, and Cisco's PVST+ (SNAP
//! OUI 0x00000C, PID 0x010B), carry bridge protocol data units (STP, RSTP,
//! MSTP). Everything else is data, named by the LLC fields.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk, cut_short as short};
use super::mac;
use crate::dissect::fields as f;

/// SNAP OUIs whose protocol ID is an EtherType.
const OUI_ENCAP_ETHER: u32 = 0x000000;
const OUI_CISCO_90: u32 = 0x0000f8;
const OUI_CISCO: u32 = 0x00000c;
/// IANA's OUI: its PIDs are `llc.iana_pid` (3 is NHRP).
const OUI_IANA: u32 = 0x00005e;
const PID_IANA_NHRP: u16 = 3;
/// Cisco's PVST+ BPDUs (SNAP PID under OUI_CISCO).
const PID_PVST: u16 = 0x010b;
/// The Cisco Discovery Protocol (SNAP PID under OUI_CISCO).
const PID_CDP: u16 = 0x2000;

/// Whether a control field makes an information frame (I, or U with the
/// UI modifier): only those go to the protocol their SAP or SNAP names.
fn is_information(control: u16) -> bool {
    control & 0x01 == 0 || control & 0xef == 0x03
}

pub(crate) fn llc(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "llc", start..start + b.len().min(3));
    if b.len() < 2 {
        return short(walk, l, "LLC header", 3);
    }
    let (dsap, ssap) = (b[0], b[1]);
    l.uint(f::llc::DSAP, dsap);
    l.uint(f::llc::DSAP_SAP, dsap >> 1);
    l.boolean(f::llc::DSAP_IG, dsap & 1 != 0);
    l.uint(f::llc::SSAP, ssap);
    l.uint(f::llc::SSAP_SAP, ssap >> 1);
    l.boolean(f::llc::SSAP_CR, ssap & 1 != 0);
    let response = ssap & 1 != 0;
    let Some(&first) = b.get(2) else {
        return short(walk, l, "LLC control field", 3);
    };
    // U frames have one control byte; I and S frames two (little-endian).
    let (control, control_len) = if first & 0x03 == 0x03 {
        (u16::from(first), 1)
    } else if b.len() >= 4 {
        (u16::from_le_bytes([b[2], b[3]]), 2)
    } else {
        return short(walk, l, "LLC control field", 4);
    };
    control_fields(&mut l, control, control_len, response);
    let mut header = 2 + control_len;
    let snap = dsap == 0xaa && ssap == 0xaa;
    if snap {
        if b.len() < header + 5 {
            l.span = start..start + b.len();
            return short(walk, l, "SNAP header", header + 5);
        }
        let oui = u32::from_be_bytes([0, b[header], b[header + 1], b[header + 2]]);
        let pid = be16(b, header + 3);
        l.uint(f::llc::OUI, oui);
        header += 5;
        l.span = start..start + header;
        walk.off += header;
        match oui {
            OUI_ENCAP_ETHER | OUI_CISCO_90 if is_information(control) => {
                l.uint(f::llc::TYPE, pid);
                walk.layers.push(l);
                return Next::EtherType(pid);
            }
            OUI_ENCAP_ETHER | OUI_CISCO_90 => {}
            OUI_CISCO => {
                l.uint(f::llc::CISCO_PID, pid);
                if pid == PID_PVST && is_information(control) {
                    walk.layers.push(l);
                    stp(walk, true);
                    return Next::Done;
                }
                if pid == PID_CDP && is_information(control) {
                    walk.layers.push(l);
                    return super::cdp::cdp(walk);
                }
            }
            OUI_IANA => {
                l.uint(f::llc::IANA_PID, pid);
                if pid == PID_IANA_NHRP && is_information(control) {
                    walk.layers.push(l);
                    return crate::dissect::net::nhrp::nhrp(walk);
                }
            }
            _ => l.uint(f::llc::PID, pid),
        }
        walk.layers.push(l);
        return Next::Data(Osi::DataLink);
    }
    l.span = start..start + header;
    walk.off += header;
    walk.layers.push(l);
    if walk.off >= walk.end {
        return Next::Done;
    }
    if dsap == 0xfe && is_information(control) {
        return crate::dissect::net::isis::osi(walk);
    }
    if dsap == 0x42 && is_information(control) {
        stp(walk, false);
        return Next::Done;
    }
    // An XID frame (U, modifier XID) whose information field starts with
    // the basic format identifier (packet-llc.c's dissect_basicxid).
    if control & 0xef == 0xaf && walk.rest().first() == Some(&0x81) {
        basicxid(walk);
        return Next::Done;
    }
    Next::Data(Osi::DataLink)
}

/// The basic-format XID information field: format, LLC types/classes (the
/// low five bits) and receive window size (the high seven bits), each read
/// as packet-llc.c reads it (a field cut short throws after the ones
/// before it).
fn basicxid(walk: &mut Walk<'_>) {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "basicxid", start..start + b.len());
    let values = [
        (f::basicxid::LLC_XID_FORMAT, b.first().copied()),
        (f::basicxid::LLC_XID_TYPES, b.get(1).map(|t| t & 0x1f)),
        (
            f::basicxid::LLC_XID_WSIZE,
            b.get(2).map(|w| (w & 0xfe) >> 1),
        ),
    ];
    for (def, v) in values {
        match v {
            Some(v) => l.uint(def, v),
            None => {
                walk.off = walk.end;
                // LLC's dissector is the current protocol that throws.
                walk.short_in(&mut l, "llc", "XID information field", 3, b.len());
                walk.layers.push(l);
                return;
            }
        }
    }
    walk.off = walk.end;
    walk.layers.push(l);
}

/// tshark's Info for a basic-format XID (LLC's cleared):
/// `Basic Format; Type 1 LLC (Class I LLC); Window Size 0`.
pub(crate) fn basicxid_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if !l.has(f::basicxid::LLC_XID_FORMAT) {
        return;
    }
    out.push_str("Basic Format");
    if let Some(t) = l.get_uint(f::basicxid::LLC_XID_TYPES) {
        match f::basicxid::LLC_XID_TYPES.value_name(t) {
            Some(n) => {
                let _ = write!(out, "; {n}");
            }
            None => {
                let _ = write!(out, "; 0x{t:02x}");
            }
        }
    }
    if let Some(w) = l.get_uint(f::basicxid::LLC_XID_WSIZE) {
        let _ = write!(out, "; Window Size {w}");
    }
}

/// The control field and its parts, as Wireshark's xDLC helper adds them:
/// the poll/final bit only when set, the command or response modifier by
/// the SSAP's C/R bit.
fn control_fields(l: &mut Layer<'_>, control: u16, len: usize, response: bool) {
    l.uint(f::llc::CONTROL, control);
    if len == 1 {
        // U frame.
        if control & 0x10 != 0 {
            let def = if response {
                f::llc::CONTROL_F
            } else {
                f::llc::CONTROL_P
            };
            l.boolean(def, true);
        }
        let modifier = (control & 0xec) >> 2;
        if response {
            l.uint(f::llc::CONTROL_U_MODIFIER_RESP, modifier);
        } else {
            l.uint(f::llc::CONTROL_U_MODIFIER_CMD, modifier);
        }
        l.uint(f::llc::CONTROL_FTYPE_U8, control & 0x03);
    } else if control & 0x01 == 0 {
        // I frame.
        l.uint(f::llc::CONTROL_N_R, control >> 9);
        l.uint(f::llc::CONTROL_N_S, (control & 0xfe) >> 1);
        if control & 0x100 != 0 {
            l.boolean(f::llc::CONTROL_P_EXT, true);
        }
        l.uint(f::llc::CONTROL_FTYPE, control & 0x01);
    } else {
        // S frame.
        l.uint(f::llc::CONTROL_N_R, control >> 9);
        if control & 0x100 != 0 {
            let def = if response {
                f::llc::CONTROL_F_EXT
            } else {
                f::llc::CONTROL_P_EXT
            };
            l.boolean(def, true);
        }
        l.uint(f::llc::CONTROL_S_FTYPE, (control & 0x0c) >> 2);
        l.uint(f::llc::CONTROL_FTYPE_EXT, control & 0x03);
    }
}

/// A bridge identifier: priority (top 4 bits), system ID extension (the
/// other 12, Wireshark's default reading) and the MAC address.
fn bridge_id(
    l: &mut Layer<'_>,
    b: &[u8],
    at: usize,
    defs: [&'static crate::dissect::field::FieldDef; 3],
) {
    let id = be16(b, at);
    l.uint(defs[0], id & 0xf000);
    l.uint(defs[1], id & 0x0fff);
    l.push(defs[2], Value::Mac(mac(&b[at + 2..at + 8])));
}

crate::dissect::expert::ei!(
    VERSION_SUPPORT,
    f::stp::BPDU_VERSION_SUPPORT,
    Protocol,
    Warn
);

/// A BPDU (IEEE 802.1D/Q): configuration, topology change notification,
/// rapid (RST) and multiple (MST) spanning tree, with PVST+'s TLVs after a
/// Cisco one.
pub(crate) fn stp(walk: &mut Walk<'_>, pvst: bool) {
    let start = walk.off;
    let b = &walk.data[start..walk.end];
    let mut l = Layer::new(Osi::DataLink, "stp", start..walk.end);
    let got = stp_fields(&mut l, b, pvst);
    if let Err(need) = got {
        let have = b.len();
        walk.short(&mut l, "BPDU", need, have);
    }
    walk.off = walk.end;
    walk.layers.push(l);
}

/// The BPDU's fields as far as they fit; `Err(bytes needed)` when cut.
fn stp_fields<'a>(l: &mut Layer<'a>, b: &'a [u8], pvst: bool) -> Result<(), usize> {
    let need = |n: usize| if b.len() >= n { Ok(()) } else { Err(n) };
    need(2)?;
    l.uint(f::stp::PROTOCOL, be16(b, 0));
    need(3)?;
    let version = b[2];
    l.uint(f::stp::VERSION, version);
    if !matches!(version, 0 | 2 | 3 | 4) {
        crate::dissect::expert::add(l, &VERSION_SUPPORT, None);
    }
    need(4)?;
    let kind = b[3];
    l.uint(f::stp::TYPE, kind);
    if kind == 0x80 {
        return Ok(());
    }
    need(5)?;
    let rst = kind == 0x02;
    flags(l, b[4], rst);
    need(13)?;
    bridge_id(
        l,
        b,
        5,
        [f::stp::ROOT_PRIO, f::stp::ROOT_EXT, f::stp::ROOT_HW],
    );
    need(17)?;
    l.uint(f::stp::ROOT_COST, be32(b, 13));
    need(25)?;
    bridge_id(
        l,
        b,
        17,
        [f::stp::BRIDGE_PRIO, f::stp::BRIDGE_EXT, f::stp::BRIDGE_HW],
    );
    need(27)?;
    l.uint(f::stp::PORT, be16(b, 25));
    for (at, def) in [
        (27, f::stp::MSG_AGE),
        (29, f::stp::MAX_AGE),
        (31, f::stp::HELLO),
        (33, f::stp::FORWARD),
    ] {
        need(at + 2)?;
        l.push(def, Value::Double(f64::from(be16(b, at)) / 256.0));
    }
    if !rst {
        return Ok(());
    }
    need(36)?;
    l.uint(f::stp::VERSION_1_LENGTH, b[35]);
    if pvst {
        pvst_tlvs(l, &b[36..]);
        return Ok(());
    }
    // An MST BPDU has a version 1 length of 0 and at least 102 bytes
    // (tshark's test); otherwise the RST fields are all there is.
    if version < 3 || b[35] != 0 || b.len() < 102 {
        return Ok(());
    }
    let v3 = usize::from(be16(b, 36));
    l.uint(f::stp::MSTP_VERSION_3_LENGTH, v3 as u64);
    // The MSTI records' length: the version 3 length less the 64 bytes
    // before them; a smaller length counts records (Cisco's C3550 sends
    // it so), as tshark reads it.
    let msti_len = match v3 {
        0 => 0,
        1..=63 => v3 * 16,
        _ => v3 - 64,
    };
    mst_extension(l, b, msti_len)?;
    if version >= 4 {
        let at = 102 + msti_len;
        need(at + 2)?;
        l.uint(f::stp::MSTP_VERSION_4_LENGTH, be16(b, at));
    }
    Ok(())
}

fn flags(l: &mut Layer<'_>, v: u8, rst: bool) {
    l.uint(f::stp::FLAGS, v);
    flag_bits(l, v, rst);
}

/// The flag bits: all of them in an RST/MST BPDU (and each MSTI record),
/// only the topology change pair in a configuration BPDU.
fn flag_bits(l: &mut Layer<'_>, v: u8, rst: bool) {
    l.boolean(f::stp::FLAGS_TCACK, v & 0x80 != 0);
    if rst {
        l.boolean(f::stp::FLAGS_AGREEMENT, v & 0x40 != 0);
        l.boolean(f::stp::FLAGS_FORWARDING, v & 0x20 != 0);
        l.boolean(f::stp::FLAGS_LEARNING, v & 0x10 != 0);
        l.uint(f::stp::FLAGS_PORT_ROLE, (v & 0x0c) >> 2);
        l.boolean(f::stp::FLAGS_PROPOSAL, v & 0x02 != 0);
    }
    l.boolean(f::stp::FLAGS_TC, v & 0x01 != 0);
}

/// The MST configuration identifier, the CIST fields and one 16-byte
/// record per MSTI (802.1Q-2005 14.6), within the version 3 length.
fn mst_extension<'a>(l: &mut Layer<'a>, b: &'a [u8], msti_len: usize) -> Result<(), usize> {
    let need = |n: usize| if b.len() >= n { Ok(()) } else { Err(n) };
    need(39)?;
    l.uint(f::stp::MSTP_CONFIG_FORMAT_SELECTOR, b[38]);
    need(71)?;
    let name = &b[39..71];
    l.str(f::stp::MSTP_CONFIG_NAME, crate::dissect::wire::ascii(name));
    need(73)?;
    l.uint(f::stp::MSTP_CONFIG_REVISION_LEVEL, be16(b, 71));
    need(89)?;
    l.push(
        f::stp::MSTP_CONFIG_DIGEST,
        Value::Bytes(b[73..89].to_vec().into()),
    );
    need(93)?;
    l.uint(f::stp::MSTP_CIST_INTERNAL_ROOT_PATH_COST, be32(b, 89));
    need(101)?;
    bridge_id(
        l,
        b,
        93,
        [
            f::stp::MSTP_CIST_BRIDGE_PRIO,
            f::stp::MSTP_CIST_BRIDGE_EXT,
            f::stp::MSTP_CIST_BRIDGE_HW,
        ],
    );
    need(102)?;
    l.uint(f::stp::MSTP_CIST_REMAINING_HOPS, b[101]);
    // The MSTI records, read until `msti_len` bytes are used up (a record
    // past the end of the BPDU throws).
    let mut at = 102;
    while at < 102 + msti_len {
        need(at + 16)?;
        let r = &b[at..at + 16];
        l.uint(f::stp::MSTP_MSTI_FLAGS, r[0]);
        flag_bits(l, r[0], true);
        l.uint(f::stp::MSTP_MSTI_PRIORITY, r[1] >> 4);
        l.uint(f::stp::MSTP_MSTI_MSTI_ID, be16(r, 1) & 0x0fff);
        l.push(f::stp::MSTP_MSTI_ROOT_HW, Value::Mac(mac(&r[3..9])));
        l.uint(f::stp::MSTP_MSTI_ROOT_COST, be32(r, 9));
        l.uint(f::stp::MSTP_MSTI_BRIDGE_PRIORITY, r[13] >> 4);
        l.uint(f::stp::MSTP_MSTI_PORT_PRIORITY, r[14] >> 4);
        l.uint(f::stp::MSTP_MSTI_REMAINING_HOPS, r[15]);
        at += 16;
    }
    Ok(())
}

/// PVST+'s TLVs after the RST fields: type 0 is the originating VLAN.
fn pvst_tlvs(l: &mut Layer<'_>, mut b: &[u8]) {
    while b.len() >= 4 {
        let kind = be16(b, 0);
        let len = usize::from(be16(b, 2));
        l.uint(f::stp::PVST_TLVTYPE, kind);
        l.uint(f::stp::PVST_TLVLEN, len as u64);
        let Some(value) = b.get(4..4 + len) else {
            break;
        };
        if kind == 0 && len == 2 {
            l.uint(f::stp::PVST_ORIGVLAN, be16(value, 0));
        } else {
            l.push(f::stp::PVST_TLVVAL, Value::Bytes(value.to_vec().into()));
        }
        b = &b[4 + len..];
    }
}

/// tshark's Info for a BPDU: `RST. Root = 32768/1/00:19:06:ea:b8:80  Cost
/// = 0  Port = 0x800c`, `TC + ` after the type when the topology changes.
pub(crate) fn stp_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(kind) = l.get_uint(f::stp::TYPE) else {
        return;
    };
    if kind == 0x80 {
        out.push_str("Topology Change Notification");
        return;
    }
    let version = l.get_uint(f::stp::VERSION).unwrap_or(0);
    let name = match (kind, version) {
        (0x02, 3) => "MST",
        (0x02, v) if v >= 4 => "SPT",
        (0x02, _) => "RST",
        (0x00, _) => "Conf",
        _ => "Unknown BPDU type",
    };
    out.push_str(name);
    out.push_str(". ");
    if l.get_uint(f::stp::FLAGS).is_some_and(|v| v & 1 != 0) {
        out.push_str("TC + ");
    }
    let (Some(prio), Some(ext), Some(Value::Mac(hw)), Some(cost), Some(port)) = (
        l.get_uint(f::stp::ROOT_PRIO),
        l.get_uint(f::stp::ROOT_EXT),
        l.get(f::stp::ROOT_HW),
        l.get_uint(f::stp::ROOT_COST),
        l.get_uint(f::stp::PORT),
    ) else {
        return;
    };
    let _ = write!(
        out,
        "Root = {prio}/{ext}/{}  Cost = {cost}  Port = 0x{port:04x}",
        Value::Mac(*hw)
    );
}

/// tshark's Info for LLC: the control field (`U, func=UI`), then the SAPs
/// or the SNAP header.
pub(crate) fn llc_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(control) = l.get_uint(f::llc::CONTROL) else {
        return;
    };
    let response = l.flag(f::llc::SSAP_CR);
    let control = control as u16;
    if l.has(f::llc::CONTROL_U_MODIFIER_CMD) || l.has(f::llc::CONTROL_U_MODIFIER_RESP) {
        let pf = if control & 0x10 == 0 {
            ""
        } else if response {
            " F"
        } else {
            " P"
        };
        let _ = write!(
            out,
            "U{pf}, func={}",
            u_modifier_short(control & 0xec, response)
        );
    } else if control & 0x01 == 0 {
        let p = if control & 0x100 != 0 { " P" } else { "" };
        let _ = write!(
            out,
            "I{p}, N(R)={}, N(S)={}",
            control >> 9,
            (control & 0xfe) >> 1
        );
    } else {
        let pf = if control & 0x100 == 0 {
            ""
        } else if response {
            " F"
        } else {
            " P"
        };
        let func = ["RR", "RNR", "REJ", "SREJ"][usize::from((control & 0x0c) >> 2)];
        let _ = write!(out, "S{pf}, func={func}, N(R)={}", control >> 9);
    }
    if let Some(oui) = l.get_uint(f::llc::OUI) {
        let pid = l
            .get_uint(f::llc::TYPE)
            .or_else(|| l.get_uint(f::llc::CISCO_PID))
            .or_else(|| l.get_uint(f::llc::IANA_PID))
            .or_else(|| l.get_uint(f::llc::PID))
            .unwrap_or(0);
        let _ = write!(
            out,
            "; SNAP, OUI 0x{oui:06X} ({}), PID 0x{pid:04X}",
            oui_name(oui as u32).unwrap_or("Unknown")
        );
    } else if let (Some(d), Some(s)) = (l.get_uint(f::llc::DSAP), l.get_uint(f::llc::SSAP))
        // SNAP cut before its OUI: tshark's Info stops at the control.
        && !(d == 0xaa && s == 0xaa)
    {
        let sap = |v: u64| {
            f::llc::DSAP
                .value_name(v & 0xfe)
                .map_or_else(|| format!("0x{:02x}", v & 0xfe), str::to_owned)
        };
        let _ = write!(
            out,
            "; DSAP {} {}, SSAP {} {}",
            sap(d),
            if d & 1 != 0 { "Group" } else { "Individual" },
            sap(s),
            if s & 1 != 0 { "Response" } else { "Command" }
        );
    }
}

/// Wireshark's short names of the U-frame modifiers.
pub(crate) fn u_modifier_short(m: u16, response: bool) -> &'static str {
    match (m, response) {
        (0x00, _) => "UI",
        (0x04, false) => "SIM",
        (0x04, true) => "RIM",
        (0x0c, false) => "SARM",
        (0x0c, true) => "DM",
        (0x20, _) => "UP",
        (0x2c, _) => "SABM",
        (0x40, false) => "DISC",
        (0x40, true) => "RD",
        (0x4c, _) => "SARME",
        (0x60, _) => "UA",
        (0x6c, _) => "SABME",
        (0x80, _) => "SNRM",
        (0x84, _) => "FRMR",
        (0x8c, _) => "RSET",
        (0xac, _) => "XID",
        (0xc4, _) => "CFGR",
        (0xcc, _) => "SNRME",
        (0xe0, _) => "TEST",
        (0xec, _) => "BCN",
        _ => "Unknown",
    }
}

/// The manufacturer name of a SNAP header's OUI (the Info column quotes
/// it): Wireshark's table's when there is one ([`super::manuf`]), else the
/// names it gives the OUIs SNAP headers commonly carry.
fn oui_name(oui: u32) -> Option<&'static str> {
    if let Some(table) = super::manuf::table() {
        return table.name(oui);
    }
    Some(match oui {
        0x000000 => "Officially Xerox, but 0:0:0:0:0:0 is more common",
        0x00000c => "Cisco Systems, Inc",
        0x0000f8 => "Cisco 90-Compatible",
        0x0080c2 => "IEEE 802.1 Chair",
        0x00e02b => "Extreme Networks",
        0x080007 => "Apple, Inc.",
        _ => return None,
    })
}

/// The tree's one-line summary: tshark's Info.
pub(crate) fn llc_summary(out: &mut String, l: &Layer<'_>) {
    llc_info(out, l);
}

pub(crate) fn stp_summary(out: &mut String, l: &Layer<'_>) {
    stp_info(out, l);
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::fields as f;
    use crate::dissect::layer::Value;
    use crate::dissect::testing::{fields, get};

    /// An Ethernet frame.
    fn frame(data: &[u8]) -> crate::source::Frame<'_> {
        crate::dissect::testing::frame(1, data)
    }

    fn dissect(data: &[u8]) -> Vec<(String, String)> {
        fields(&Dissector::new().dissect(&frame(data)))
    }

    /// An 802.3 frame of 39 bytes: LLC to SAP 0x42, an RST BPDU, then
    /// padding to 60 bytes.
    #[test]
    fn rapid_spanning_tree_bpdu() {
        let mut fr = hex(
            "0180c2000000 02005e0000aa 0027 424203 0000 02 02 3c 7002 02005e000001 000007d0 8002 02005e000002 8003 0100 1400 0200 0f00 00",
        );
        fr.resize(60, 0);
        let fields = dissect(&fr);
        assert_eq!(get(&fields, "llc.dsap"), ["66"]);
        assert_eq!(get(&fields, "llc.dsap.sap"), ["33"]);
        assert_eq!(get(&fields, "llc.control.u_modifier_cmd"), ["0"]);
        assert_eq!(get(&fields, "llc.control.ftype"), ["3"]);
        assert_eq!(get(&fields, "stp.root.prio"), ["28672"]);
        assert_eq!(get(&fields, "stp.root.ext"), ["2"]);
        assert_eq!(get(&fields, "stp.root.hw"), ["02:00:5e:00:00:01"]);
        assert_eq!(get(&fields, "stp.root.cost"), ["2000"]);
        assert_eq!(get(&fields, "stp.bridge.prio"), ["32768"]);
        assert_eq!(get(&fields, "stp.port"), ["32771"]);
        assert_eq!(get(&fields, "stp.flags.port_role"), ["3"]);
        assert_eq!(get(&fields, "stp.flags.learning"), ["true"]);
        assert_eq!(get(&fields, "stp.flags.agreement"), ["false"]);
        assert_eq!(get(&fields, "stp.msg_age"), ["1"]);
        assert_eq!(get(&fields, "stp.max_age"), ["20"]);
        assert_eq!(get(&fields, "stp.version_1_length"), ["0"]);
        assert_eq!(get(&fields, "eth.padding").len(), 1);
        let mut d = Dissector::new();
        let out = d.dissect(&frame(&fr));
        let stp = out.layer("stp").expect("stp layer");
        let mut info = String::new();
        super::stp_info(&mut info, stp);
        assert_eq!(
            info,
            "RST. Root = 28672/2/02:00:5e:00:00:01  Cost = 2000  Port = 0x8003"
        );
        assert!(matches!(stp.get(f::stp::HELLO), Some(Value::Double(h)) if *h == 2.0));
        let llc = out.layer("llc").expect("llc layer");
        let mut info = String::new();
        super::llc_info(&mut info, llc);
        assert_eq!(
            info,
            "U, func=UI; DSAP Spanning Tree BPDU Individual, SSAP Spanning Tree BPDU Command"
        );
    }

    /// SNAP with OUI 0: the protocol ID is an EtherType, and the frame
    /// goes on as that protocol (here ARP).
    #[test]
    fn snap_ethertype_goes_on() {
        let fr = hex(
            "ffffffffffff 02005e0000aa 0026 aaaa03 000000 0806 0001 0800 06 04 0001 02005e0000aa 0a000001 000000000000 0a000002",
        );
        let fields = dissect(&fr);
        assert_eq!(get(&fields, "llc.oui"), ["0"]);
        assert_eq!(get(&fields, "llc.type"), ["2054"]);
        assert_eq!(get(&fields, "arp.opcode"), ["1"]);
    }

    /// Cut anywhere, a BPDU never panics and keeps what it read.
    #[test]
    fn cut_bpdus_do_not_panic() {
        let fr = hex(
            "0180c2000000 02005e0000aa 0069 424203 0000 03 02 38 000002005e000001 00030d40 800002005e000002 8012 0100 1400 0200 0f00 00 0060",
        );
        for n in 0..fr.len() {
            let _ = dissect(&fr[..n]);
        }
    }

    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap_or(0))
            .collect()
    }
}
