//! LDP, the Label Distribution Protocol (RFC 5036), as tshark 4.0's
//! packet-ldp.c shows it: hellos on UDP 646 and sessions on TCP 646.
//!
//! A PDU is its header (version, length, LDP identifier) and messages
//! (U bit, type, length, ID; a vendor-private or experimental message's
//! ID after them) each holding TLVs: FEC (wildcard, prefix and host
//! address elements, PWid), address list, hop count, path vector, generic,
//! ATM and Frame Relay labels, FT protection and ACK, status, extended
//! status, returned PDU and message, common hello parameters (with the
//! GTSM note), transport addresses, configuration sequence number, MAC
//! addresses, common session parameters, label request message ID, PW
//! status and group ID, vendor-private and experimental TLVs; another type
//! is its value's bytes. TLV types tshark decodes that are not decoded
//! here (ATM, Frame Relay and FT session parameters, CR-LDP's explicit
//! route, traffic, LSPID, preemption, resource class, route pinning,
//! Diff-Serv, PW interface parameters, upstream-assigned labels, P2MP and
//! the like) show their header only, as do FEC elements other than the
//! ones named (the rest of their FEC TLV unshown).
//!
//! As tshark: each message's name and a space go to the Info column
//! (`Bad Message Length ` for a length shorter than its header, which
//! takes the rest of the PDU); a message, TLV or element item that would
//! reach past the captured bytes throws. Over UDP a datagram whose first
//! two bytes are not version 1 is not LDP (data). Over TCP a call's PDUs
//! are framed by their length (4 + the header's length), one cut by the
//! segment's end finished by the next segments (the next segment whole
//! while fewer than 4 bytes are held); each call clears the Info column
//! at each PDU, so a call shows its last PDU's messages, calls one after
//! another; a call whose first PDU is not version 1 is data.
//!
//! The promise: no input makes this module panic; a side holds at most
//! one PDU (4 + 65535 bytes) waiting for the rest.

pub mod fields;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, PduFramer, Want};
use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as fl;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb};
use fields::ldp as f;
use std::borrow::Cow;

/// LDP's port, TCP and UDP.
pub const PORT: u16 = 646;

ei!(INVALID_LENGTH, f::INVALID_LENGTH, Malformed, Error);
ei!(FEC_LEN, f::MSG_TLV_FEC_LEN_INVALID, Protocol, Error);
ei!(FEC_ERROR, f::MSG_TLV_FEC_ERROR, Protocol, Error);
ei!(FEC_UNKNOWN, f::MSG_TLV_FEC_UNKNOWN, Protocol, Warn);
ei!(
    FAMILY_NOT_IMPLEMENTED,
    f::ADDRESS_FAMILY_NOT_IMPLEMENTED,
    Undecoded,
    Warn
);
ei!(DTSM_AND_TARGET, f::DTSM_AND_TARGET, Protocol, Warn);
ei!(GTSM_SUPPORTED, f::GTSM_SUPPORTED, Protocol, Chat);
ei!(
    GTSM_NOT_SUPPORTED_BASIC,
    f::GTSM_NOT_SUPPORTED_BASIC_DISCOVERY,
    Protocol,
    Warn
);
ei!(GTSM_NOT_SUPPORTED, f::GTSM_NOT_SUPPORTED, Protocol, Chat);

type R<T> = Result<T, Bound>;

const TLV_FEC: u16 = 0x0100;
const TLV_ADDRESS_LIST: u16 = 0x0101;
const TLV_HOP_COUNT: u16 = 0x0103;
const TLV_PATH_VECTOR: u16 = 0x0104;
const TLV_GENERIC_LABEL: u16 = 0x0200;
const TLV_ATM_LABEL: u16 = 0x0201;
const TLV_FRAME_RELAY_LABEL: u16 = 0x0202;
const TLV_FT_PROTECTION: u16 = 0x0203;
const TLV_ENTROPY_LABEL_CAPA: u16 = 0x0206;
const TLV_STATUS: u16 = 0x0300;
const TLV_EXTENDED_STATUS: u16 = 0x0301;
const TLV_RETURNED_PDU: u16 = 0x0302;
const TLV_RETURNED_MESSAGE: u16 = 0x0303;
const TLV_COMMON_HELLO_PARAMS: u16 = 0x0400;
const TLV_IPV4_TRANSPORT_ADDRESS: u16 = 0x0401;
const TLV_CONFIGURATION_SEQUENCE_NUMBER: u16 = 0x0402;
const TLV_IPV6_TRANSPORT_ADDRESS: u16 = 0x0403;
const TLV_MAC: u16 = 0x0404;
const TLV_COMMON_SESSION_PARAMS: u16 = 0x0500;
const TLV_FT_ACK: u16 = 0x0504;
const TLV_FT_CORK: u16 = 0x0505;
const TLV_LABEL_REQUEST_MESSAGE_ID: u16 = 0x0600;
const TLV_PW_STATUS: u16 = 0x096A;
const TLV_PW_GROUP_ID: u16 = 0x096C;
const TLV_VENDOR_PRIVATE_START: u16 = 0x3E00;
const TLV_VENDOR_PRIVATE_END: u16 = 0x3EFF;
const TLV_EXPERIMENTAL_START: u16 = 0x3F00;
const TLV_EXPERIMENTAL_END: u16 = 0x3FFF;

/// TLV types tshark's switch decodes in ways not decoded here: only
/// their header is shown (no value bytes, which tshark does not show).
const TLV_UNDECODED: &[u16] = &[
    0x001C, 0x001D, 0x001E, 0x001F, 0x0204, 0x0205, 0x0501, 0x0502, 0x0503, 0x0507, 0x0801, 0x0802,
    0x0803, 0x0804, 0x0810, 0x0820, 0x0821, 0x0822, 0x0823, 0x0829, 0x082D, 0x0901, 0x0902, 0x096B,
];

const MSG_VENDOR_PRIVATE_START: u16 = 0x3E00;
const MSG_VENDOR_PRIVATE_END: u16 = 0x3EFF;
const MSG_EXPERIMENTAL_START: u16 = 0x3F00;
const MSG_EXPERIMENTAL_END: u16 = 0x3FFF;

/// One PDU being read into the call's layer.
struct P<'t, 'l> {
    t: Tvb<'t>,
    l: &'l mut Layer<'static>,
    info: &'l mut String,
}

fn to_i(v: usize) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn to_u(v: i64) -> usize {
    usize::try_from(v.max(0)).unwrap_or(0)
}

impl P<'_, '_> {
    /// A tree item over `len` bytes at `at`: tshark throws when they were
    /// not captured (or lie past the PDU).
    fn item(&self, at: usize, len: i64) -> R<()> {
        if len > 0 {
            self.t.bytes(at, to_u(len))?;
        }
        Ok(())
    }

    /// An expert item with its own text over `len` bytes at `at`.
    fn expert_at(&mut self, e: &'static expert::Expert, at: usize, len: i64, msg: String) -> R<()> {
        self.item(at, len)?;
        expert::add(self.l, e, Some(msg));
        Ok(())
    }

    fn u8(&mut self, def: &'static FieldDef, at: usize) -> R<u8> {
        let v = self.t.u8(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u16(&mut self, def: &'static FieldDef, at: usize) -> R<u16> {
        let v = self.t.u16(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u32(&mut self, def: &'static FieldDef, at: usize) -> R<u32> {
        let v = self.t.u32(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn ipv4(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.bytes(at, 4)?;
        self.l.push(def, Value::Ipv4([v[0], v[1], v[2], v[3]]));
        Ok(())
    }

    fn bytes(&mut self, def: &'static FieldDef, at: usize, len: i64) -> R<()> {
        let v = self.t.bytes(at, to_u(len))?;
        self.l.push(def, Value::Bytes(Cow::Owned(v.to_vec())));
        Ok(())
    }

    fn bool8(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.u8(at)?;
        self.l.boolean(def, u64::from(v) & def.mask != 0);
        Ok(())
    }

    fn bool16(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.u16(at)?;
        self.l.boolean(def, u64::from(v) & def.mask != 0);
        Ok(())
    }

    fn bool32(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.u32(at)?;
        self.l.boolean(def, u64::from(v) & def.mask != 0);
        Ok(())
    }

    /// A "length is N, should be M" note (`ei_ldp_tlv_fec_len`).
    fn bad_len(&mut self, at: usize, len: i64, what: &str, should: &str) -> R<()> {
        self.expert_at(
            &FEC_LEN,
            at,
            len,
            format!("Error processing {what}: length is {len}, should be {should}"),
        )
    }
}

/// `dissect_ldp_pdu` on `t` (its reported length the PDU's bytes as its
/// caller knows them): the header, then messages while bytes remain.
fn pdu(t: Tvb<'_>, l: &mut Layer<'static>, info: &mut String) -> R<()> {
    info.clear();
    let mut p = P { t, l, info };
    p.u16(f::HDR_VERSION, 0)?;
    let length = p.u16(f::HDR_PDU_LEN, 2)?;
    let total = usize::from(length) + 4;
    if total < p.t.reported {
        p.t.reported = total;
        p.t.b = &p.t.b[..p.t.b.len().min(total)];
    }
    p.ipv4(f::HDR_LDPID_LSR, 4)?;
    p.u16(f::HDR_LDPID_LSID, 8)?;
    let mut off = 10usize;
    while p.t.remaining(off) > 0 {
        let co = msg(&mut p, off)?;
        off = off.saturating_add(to_u(co).max(1));
    }
    Ok(())
}

fn msg_name(kind: u16) -> Option<&'static str> {
    f::MSG_TYPE.value_name(u64::from(kind))
}

/// `dissect_msg`: the bytes it consumed.
fn msg(p: &mut P<'_, '_>, at: usize) -> R<i64> {
    let rem = to_i(p.t.remaining(at));
    if rem < 8 {
        p.info.push_str("Bad Message");
        p.expert_at(
            &INVALID_LENGTH,
            at,
            rem,
            format!("Error processing Message: length is {rem}, should be >= 8"),
        )?;
        return Ok(rem);
    }
    let kind = p.t.u16(at)? & 0x7fff;
    let vendor = (MSG_VENDOR_PRIVATE_START..=MSG_VENDOR_PRIVATE_END).contains(&kind);
    let experimental = (MSG_EXPERIMENTAL_START..=MSG_EXPERIMENTAL_END).contains(&kind);
    let extra: i64 = if vendor || experimental { 4 } else { 0 };
    let length = i64::from(p.t.u16(at + 2)?);
    if length < 4 + extra {
        p.info.push_str("Bad Message Length ");
        p.expert_at(
            &INVALID_LENGTH,
            at,
            rem,
            format!(
                "Error processing Message Length: length is {length}, should be >= {}",
                4 + extra
            ),
        )?;
        return Ok(rem);
    }
    let rem = rem - 4;
    let mut length = length.min(rem);
    if vendor {
        p.info
            .push_str(&format!("Vendor-Private Message (0x{kind:04X}) "));
    } else if experimental {
        p.info
            .push_str(&format!("Experimental Message (0x{kind:04X}) "));
    } else {
        match msg_name(kind) {
            Some(n) => {
                p.info.push_str(n);
                p.info.push(' ');
            }
            None => p.info.push_str(&format!("Unknown Message (0x{kind:04X}) ")),
        }
    }
    p.item(at, length + 4)?;
    p.bool8(f::MSG_UBIT, at)?;
    p.t.bytes(at, 2)?;
    p.l.uint(f::MSG_TYPE, kind);
    p.u16(f::MSG_LEN, at + 2)?;
    p.u32(f::MSG_ID, at + 4)?;
    if vendor {
        p.u32(f::MSG_VENDOR_ID, at + 8)?;
    } else if experimental {
        p.u32(f::MSG_EXPERIMENT_ID, at + 8)?;
    }
    let mut off = at + 8 + to_u(extra);
    length -= 4 + extra;
    let mut ao = 0i64;
    while length - ao > 0 {
        let co = tlv(p, off, length - ao)?;
        off = off.saturating_add(to_u(co));
        ao += co;
        if co <= 0 {
            break;
        }
    }
    Ok(length + 8 + extra)
}

/// `dissect_tlv`: the bytes it consumed.
fn tlv(p: &mut P<'_, '_>, at: usize, rem: i64) -> R<i64> {
    let rem = rem.min(to_i(p.t.remaining(at)));
    if rem < 4 {
        p.bad_len(at, rem, "TLV", ">= 4")?;
        return Ok(rem);
    }
    let kind = p.t.u16(at)? & 0x3fff;
    let rem = rem - 4;
    let length = i64::from(p.t.u16(at + 2)?).min(rem);
    p.item(at, length + 4)?;
    let unknown = p.t.u8(at)?;
    p.l.uint(f::MSG_TLV_UNKNOWN, (unknown & 0xc0) >> 6);
    p.t.bytes(at, 2)?;
    p.l.uint(f::MSG_TLV_TYPE, kind);
    p.u16(f::MSG_TLV_LEN, at + 2)?;
    let v = at + 4;
    let is = |x: u16| kind == x;
    match kind {
        TLV_FEC => fec(p, v, length)?,
        TLV_ADDRESS_LIST => address_list(p, v, length)?,
        TLV_HOP_COUNT => {
            if length != 1 {
                p.bad_len(v, length, "Hop Count TLV", "1")?;
            } else {
                p.u8(f::MSG_TLV_HC_VALUE, v)?;
            }
        }
        TLV_PATH_VECTOR => {
            p.item(v, length)?;
            let (mut o, mut r) = (v, length);
            while r >= 4 {
                p.ipv4(f::MSG_TLV_PV_LSRID, o)?;
                o += 4;
                r -= 4;
            }
            if r != 0 {
                p.expert_at(
                    &FEC_LEN,
                    o,
                    r,
                    "Error processing TLV: Extra data at end of path vector".into(),
                )?;
            }
        }
        TLV_GENERIC_LABEL => {
            if length != 4 {
                p.bad_len(v, length, "Generic Label TLV", "4")?;
            } else {
                let label = p.t.u32(v)? & 0x000f_ffff;
                p.l.uint(f::MSG_TLV_GENERIC_LABEL, label);
            }
        }
        TLV_ATM_LABEL => {
            if length != 4 {
                p.bad_len(v, length, "ATM Label TLV", "4")?;
            } else {
                p.item(v, length)?;
                let b = p.t.u8(v)?;
                p.l.uint(f::MSG_TLV_ATM_LABEL_VBITS, (b & 0x30) >> 4);
                let vpi = p.t.u16(v)? & 0x0fff;
                p.l.uint(f::MSG_TLV_ATM_LABEL_VPI, vpi);
                p.u16(f::MSG_TLV_ATM_LABEL_VCI, v + 2)?;
            }
        }
        TLV_FRAME_RELAY_LABEL => {
            if length != 4 {
                p.bad_len(v, length, "Frame Relay Label TLV", "4")?;
            } else {
                p.item(v, length)?;
                let len = (p.t.u16(v)? >> 7) & 0x03;
                p.l.uint(f::MSG_TLV_FR_LABEL_LEN, len);
                let b = p.t.bytes(v + 1, 3)?;
                let dlci =
                    (u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2])) & 0x7f_ffff;
                p.l.uint(f::MSG_TLV_FR_LABEL_DLCI, dlci);
            }
        }
        TLV_FT_PROTECTION => {
            if length != 4 {
                p.bad_len(v, length, "FT Protection TLV", "4")?;
            } else {
                p.u32(f::MSG_TLV_FT_PROTECT_SEQUENCE_NUM, v)?;
            }
        }
        TLV_ENTROPY_LABEL_CAPA => {
            if length != 0 {
                p.bad_len(v, length, "Entropy Label Capability TLV", "0")?;
            }
        }
        TLV_STATUS => status(p, v, length)?,
        TLV_EXTENDED_STATUS => {
            if length != 4 {
                p.bad_len(v, length, "Extended Status TLV", "4")?;
            } else {
                p.u32(f::MSG_TLV_EXTSTATUS_DATA, v)?;
            }
        }
        TLV_RETURNED_PDU => {
            if length < 10 {
                p.bad_len(v, length, "Returned PDU TLV", ">= 10")?;
            } else {
                p.item(v, length)?;
                p.u16(f::MSG_TLV_RETURNED_VERSION, v)?;
                p.u16(f::MSG_TLV_RETURNED_PDU_LEN, v + 2)?;
                p.ipv4(f::MSG_TLV_RETURNED_LDPID_LSR, v + 4)?;
                p.u16(f::MSG_TLV_RETURNED_LDPID_LSID, v + 8)?;
                if length > 10 {
                    p.bytes(f::RETURNED_PDU_DATA, v + 10, length - 10)?;
                }
            }
        }
        TLV_RETURNED_MESSAGE => {
            if length < 4 {
                p.bad_len(v, length, "Returned Message TLV", ">= 4")?;
            } else {
                p.item(v, length)?;
                p.bool8(f::MSG_TLV_RETURNED_MSG_UBIT, v)?;
                let t = p.t.u16(v)? & 0x7fff;
                p.l.uint(f::MSG_TLV_RETURNED_MSG_TYPE, t);
                p.u16(f::MSG_TLV_RETURNED_MSG_LEN, v + 2)?;
                let mut r = length - 4;
                if r >= 4 {
                    p.u32(f::MSG_TLV_RETURNED_MSG_ID, v + 4)?;
                    r -= 4;
                }
                if r > 0 {
                    p.bytes(f::RETURNED_MESSAGE_PARAMETERS, v + to_u(length - r), r)?;
                }
            }
        }
        TLV_COMMON_HELLO_PARAMS => hello(p, v)?,
        TLV_IPV4_TRANSPORT_ADDRESS => {
            if length != 4 {
                p.bad_len(v, length, "IPv4 Transport Address TLV", "4")?;
            } else {
                p.ipv4(f::MSG_TLV_IPV4_TADDR, v)?;
            }
        }
        TLV_CONFIGURATION_SEQUENCE_NUMBER => {
            if length != 4 {
                p.bad_len(v, length, "Configuration Sequence Number TLV", "4")?;
            } else {
                p.u32(f::MSG_TLV_HELLO_CNF_SEQNO, v)?;
            }
        }
        TLV_IPV6_TRANSPORT_ADDRESS => {
            if length != 16 {
                p.bad_len(v, length, "IPv6 Transport Address TLV", "16")?;
            } else {
                let b = p.t.bytes(v, 16)?;
                let mut a = [0u8; 16];
                a.copy_from_slice(b);
                p.l.push(f::MSG_TLV_IPV6_TADDR, Value::Ipv6(a));
            }
        }
        TLV_MAC => {
            p.item(v, length)?;
            let (mut o, mut r) = (v, length);
            while r >= 6 {
                let b = p.t.bytes(o, 6)?;
                let mut m = [0u8; 6];
                m.copy_from_slice(b);
                p.l.push(f::MSG_TLV_MAC, Value::Mac(m));
                o += 6;
                r -= 6;
            }
            if r != 0 {
                p.expert_at(
                    &FEC_LEN,
                    o,
                    r,
                    "Error processing TLV: Extra data at end of path vector".into(),
                )?;
            }
        }
        TLV_COMMON_SESSION_PARAMS => {
            if length != 14 {
                p.bad_len(v, length, "Common Session Parameters TLV", "14")?;
            } else {
                p.item(v, length)?;
                p.u16(f::MSG_TLV_SESS_VER, v)?;
                p.u16(f::MSG_TLV_SESS_KA, v + 2)?;
                p.bool8(f::MSG_TLV_SESS_ADVBIT, v + 4)?;
                p.bool8(f::MSG_TLV_SESS_LDETBIT, v + 4)?;
                p.u8(f::MSG_TLV_SESS_PVLIM, v + 5)?;
                p.u16(f::MSG_TLV_SESS_MXPDU, v + 6)?;
                p.ipv4(f::MSG_TLV_SESS_RXLSR, v + 8)?;
                p.u16(f::MSG_TLV_SESS_RXLS, v + 12)?;
            }
        }
        TLV_FT_ACK => {
            if length != 4 {
                p.bad_len(v, length, "FT ACK TLV", "4")?;
            } else {
                p.u32(f::MSG_TLV_FT_ACK_SEQUENCE_NUM, v)?;
            }
        }
        TLV_FT_CORK => {
            if length != 0 {
                p.bad_len(v, length, "FT Cork TLV", "0")?;
            }
        }
        TLV_LABEL_REQUEST_MESSAGE_ID => {
            if length != 4 {
                p.bad_len(v, length, "Label Request Message ID TLV", "4")?;
            } else {
                p.u32(f::MSG_TLV_LBL_REQ_MSG_ID, v)?;
            }
        }
        TLV_PW_STATUS => {
            if length != 4 {
                p.bad_len(v, length, "PW Status TLV", "4")?;
            } else {
                p.u32(f::MSG_TLV_PWSTATUS_CODE, v)?;
                p.bool32(f::MSG_TLV_PWSTATUS_CODE_PWNOTFORWARD, v)?;
                p.bool32(f::MSG_TLV_PWSTATUS_CODE_PWLACINGRESSRECVFAULT, v)?;
                p.bool32(f::MSG_TLV_PWSTATUS_CODE_PWLACEGRESSTRANSFAULT, v)?;
                p.bool32(f::MSG_TLV_PWSTATUS_CODE_PWPSNPWINGRESSRECVFAULT, v)?;
                p.bool32(f::MSG_TLV_PWSTATUS_CODE_PWPSNPWEGRESSTRANSFAULT, v)?;
            }
        }
        TLV_PW_GROUP_ID => {
            p.u32(f::MSG_TLV_PWGROUPING_VALUE, v)?;
        }
        _ if (TLV_VENDOR_PRIVATE_START..=TLV_VENDOR_PRIVATE_END).contains(&kind) => {
            if length < 4 {
                p.bad_len(v, length, "Vendor Private Start TLV", ">= 4")?;
            } else {
                p.u32(f::MSG_TLV_VENDOR_ID, v)?;
                if length > 4 {
                    p.bytes(f::DATA, v + 4, length - 4)?;
                }
            }
        }
        _ if (TLV_EXPERIMENTAL_START..=TLV_EXPERIMENTAL_END).contains(&kind) => {
            if length < 4 {
                p.bad_len(v, length, "Experimental Start TLV", ">= 4")?;
            } else {
                p.u32(f::MSG_TLV_EXPERIMENT_ID, v)?;
                if length > 4 {
                    p.bytes(f::DATA, v + 4, length - 4)?;
                }
            }
        }
        _ if TLV_UNDECODED.iter().any(|&x| is(x)) => {}
        _ => p.bytes(f::MSG_TLV_VALUE, v, length)?,
    }
    Ok(length + 4)
}

/// `dissect_tlv_common_hello_parms`: read whatever the TLV's length.
fn hello(p: &mut P<'_, '_>, v: usize) -> R<()> {
    p.u16(f::MSG_TLV_HELLO_HOLD, v)?;
    p.bool16(f::MSG_TLV_HELLO_TARGETED, v + 2)?;
    p.bool16(f::MSG_TLV_HELLO_REQUESTED, v + 2)?;
    p.bool16(f::MSG_TLV_HELLO_GTSM, v + 2)?;
    let flags = p.t.u16(v + 2)?;
    let e = match (flags & 0x2000 != 0, flags & 0x8000 != 0) {
        (true, true) => &DTSM_AND_TARGET,
        (true, false) => &GTSM_SUPPORTED,
        (false, true) => &GTSM_NOT_SUPPORTED_BASIC,
        (false, false) => &GTSM_NOT_SUPPORTED,
    };
    expert::add(p.l, e, None);
    p.l.uint(f::MSG_TLV_HELLO_RES, flags & 0x1fff);
    Ok(())
}

/// `dissect_tlv_status`.
fn status(p: &mut P<'_, '_>, v: usize, length: i64) -> R<()> {
    if length != 10 {
        return p.bad_len(v, length, "Status TLV", "10");
    }
    p.item(v, length)?;
    p.bool8(f::MSG_TLV_STATUS_EBIT, v)?;
    p.bool8(f::MSG_TLV_STATUS_FBIT, v)?;
    let data = p.t.u32(v)? & 0x3fff_ffff;
    p.l.uint(f::MSG_TLV_STATUS_DATA, data);
    p.u32(f::MSG_TLV_STATUS_MSG_ID, v + 4)?;
    p.u16(f::MSG_TLV_STATUS_MSG_TYPE, v + 8)?;
    Ok(())
}

/// An address family's size: IPv4 (1) and IPv6 (2) only.
fn family_size(family: u16) -> Option<usize> {
    match family {
        1 => Some(4),
        2 => Some(16),
        _ => None,
    }
}

/// `address_to_str` of an IPv4 or IPv6 address.
fn addr_text(a: &[u8]) -> String {
    if let Ok(b) = <[u8; 4]>::try_from(a) {
        return std::net::Ipv4Addr::from(b).to_string();
    }
    let mut x = [0u8; 16];
    let n = a.len().min(16);
    x[..n].copy_from_slice(&a[..n]);
    crate::dissect::layer::Value::Ipv6(x).to_string()
}

fn family_name(family: u16) -> &'static str {
    f::MSG_TLV_FEC_AF
        .value_name(u64::from(family))
        .unwrap_or("Unknown Family")
}

/// `dissect_tlv_address_list`.
fn address_list(p: &mut P<'_, '_>, v: usize, rem: i64) -> R<()> {
    if rem < 2 {
        return p.bad_len(v, rem, "Address List TLV", ">= 2");
    }
    let family = p.u16(f::MSG_TLV_ADDRL_ADDR_FAMILY, v)?;
    let Some(size) = family_size(family) else {
        p.item(v + 2, rem - 2)?;
        expert::add(p.l, &FAMILY_NOT_IMPLEMENTED, None);
        return Ok(());
    };
    let (mut o, mut r) = (v + 2, rem - 2);
    p.item(o, r)?;
    while r >= to_i(size) {
        let b = p.t.bytes(o, size)?;
        p.l.str(f::MSG_TLV_ADDRL_ADDR, addr_text(b));
        o += size;
        r -= to_i(size);
    }
    if r != 0 {
        p.expert_at(
            &FEC_LEN,
            o,
            r,
            "Error processing TLV: Extra data at end of address list".into(),
        )?;
    }
    Ok(())
}

/// `dissect_tlv_fec`: its elements while bytes remain. Elements not
/// decoded here end the TLV's fields (tshark would go on).
fn fec(p: &mut P<'_, '_>, v: usize, rem: i64) -> R<()> {
    p.item(v, rem)?;
    let (mut o, mut rem) = (v, rem);
    let mut ix = 1u32;
    while rem > 0 {
        let kind = p.t.u8(o)?;
        match kind {
            // Wildcard and CR-LSP.
            1 | 4 => {
                p.item(o, 1)?;
                p.l.uint(f::MSG_TLV_FEC_TYPE, kind);
                rem -= 1;
                o += 1;
            }
            // Prefix and host address.
            2 | 3 => {
                if rem < 4 {
                    p.expert_at(&FEC_ERROR, o, rem, format!("Error in FEC Element {ix}"))?;
                    return Ok(());
                }
                let family = p.t.u16(o + 1)?;
                let plen = p.t.u8(o + 3)?;
                let octets = if kind == 2 {
                    usize::from(plen).div_ceil(8)
                } else {
                    usize::from(plen)
                };
                let Some(size) = family_size(family) else {
                    let n = if rem > to_i(4 + octets) {
                        to_i(4 + octets)
                    } else {
                        rem
                    };
                    p.item(o, n)?;
                    expert::add(p.l, &FAMILY_NOT_IMPLEMENTED, None);
                    o += to_u(n);
                    rem -= n;
                    ix += 1;
                    continue;
                };
                let need = if kind == 2 {
                    4 + size.min(octets)
                } else {
                    4 + size
                };
                if rem < to_i(need) {
                    p.expert_at(&FEC_ERROR, o, rem, format!("Error in FEC Element {ix}"))?;
                    return Ok(());
                }
                p.item(o, to_i(need))?;
                p.u8(f::MSG_TLV_FEC_TYPE, o)?;
                p.u16(f::MSG_TLV_FEC_AF, o + 1)?;
                p.u8(f::MSG_TLV_FEC_LEN, o + 3)?;
                o += 4;
                let bad = if kind == 2 {
                    size < octets
                } else {
                    size != octets
                };
                if bad {
                    o += size;
                    rem -= to_i(size);
                    let what = if kind == 2 {
                        "prefix"
                    } else {
                        "address length"
                    };
                    expert::add(
                        p.l,
                        &FEC_LEN,
                        Some(format!(
                            "Invalid {what} {plen} length for family {}",
                            family_name(family)
                        )),
                    );
                    ix += 1;
                    continue;
                }
                let mut addr = vec![0u8; size];
                for (k, a) in addr.iter_mut().enumerate().take(octets) {
                    *a = p.t.u8(o + k)?;
                }
                if kind == 2 && plen % 8 != 0 && octets > 0 {
                    addr[octets - 1] &= 0xffu8 << (8 - plen % 8);
                }
                p.item(o, to_i(octets))?;
                let def = if kind == 2 {
                    f::MSG_TLV_FEC_PFVAL
                } else {
                    f::MSG_TLV_FEC_HOVAL
                };
                p.l.str(def, addr_text(&addr));
                o += octets;
                rem -= to_i(4 + octets);
            }
            // Typed wildcard, P2MP and the like, PWid, generalized PWid,
            // and the rest tshark knows: not decoded here.
            5..=10 | 0x80..=0x84 => return Ok(()),
            _ => {
                p.item(o, 4)?;
                p.expert_at(&FEC_UNKNOWN, o, rem, "Unknown FEC TLV type".into())?;
                return Ok(());
            }
        }
        ix += 1;
    }
    Ok(())
}

/// The layer of one call: `b` the bytes it was given (`reported` on the
/// wire), each PDU read as tshark's `dissect_ldp_pdu` reads it.
fn udp_layer(b: &[u8], reported: usize, span: std::ops::Range<usize>) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "ldp", span);
    let mut info = String::new();
    let t = Tvb {
        b,
        reported,
        le: false,
    };
    if let Err(e) = pdu(t, &mut l, &mut info) {
        let what = if e == Bound::Cut {
            "LDP PDU cut short by the capture"
        } else {
            "LDP PDU read past its end"
        };
        l.read_past_end("ldp", what.into(), e == Bound::Cut);
    }
    l.str(f::OSIDUMP_INFO, info);
    l
}

fn dissect<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let b = d.payload;
    // `dissect_ldp`: two bytes of version 1, else not LDP.
    if b.len() < 2 || b[0] != 0 || b[1] != 1 {
        return crate::dissect::data::layer_of(Osi::Application, b, d.at..d.at + b.len());
    }
    let reported = d.reported.max(b.len());
    udp_layer(b, reported, d.at..d.at + b.len())
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(dissect))
}

/// One call of `dissect_ldp_tcp` on `b` (`cut` more bytes the capture
/// cut): its layer (if it read a PDU) and how it ended.
fn call(b: &[u8], cut: usize) -> (Option<Layer<'static>>, End) {
    let can_desegment = cut == 0;
    let reported = b.len().saturating_add(cut);
    let mut off = 0usize;
    let mut layer: Option<Layer<'static>> = None;
    let mut info = String::new();
    while off < reported {
        let remaining = b.len().saturating_sub(off);
        if off == 0 && (remaining < 2 || b[0] != 0 || b[1] != 1) {
            return (None, End::Refused);
        }
        if can_desegment && remaining < 4 {
            return (layer, End::More(off, Want::OneMoreSegment));
        }
        if remaining < 4 {
            let l = layer.get_or_insert_with(|| Layer::new(Osi::Application, "ldp", 0..0));
            l.read_past_end(
                "ldp",
                "LDP PDU header cut short".into(),
                off + 4 <= reported,
            );
            break;
        }
        let plen = usize::from(u16::from_be_bytes([b[off + 2], b[off + 3]])) + 4;
        if can_desegment && remaining < plen {
            return (layer, End::More(off, Want::Total(plen)));
        }
        let l = layer.get_or_insert_with(|| Layer::new(Osi::Application, "ldp", 0..0));
        let end = off + plen.min(remaining);
        let t = Tvb {
            b: &b[off..end],
            reported: plen,
            le: false,
        };
        if let Err(e) = pdu(t, l, &mut info) {
            // `show_exception`: noted, and the next PDU read.
            let what = if e == Bound::Cut {
                "LDP PDU cut short by the capture"
            } else {
                "LDP PDU read past its end"
            };
            l.read_past_end("ldp", what.into(), e == Bound::Cut);
        }
        off += plen;
    }
    if let Some(l) = layer.as_mut() {
        l.str(f::OSIDUMP_INFO, std::mem::take(&mut info));
    }
    (layer, End::Done)
}

/// Both sides of one session.
#[derive(Default)]
pub struct LdpDecoder {
    framer: PduFramer,
}

impl StreamDecoder for LdpDecoder {
    fn protocol(&self) -> &'static str {
        "ldp"
    }

    /// tshark's framing is per call: a segment at a time.
    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.framer.set_snap_cut(cut);
    }

    fn heap_bytes(&self) -> usize {
        self.framer.heap_bytes()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.framer.holds_partial(dir)
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn refused(&self, dir: Dir) -> bool {
        self.framer.refused(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        // A refused segment is left to TCP (`refused`).
        let _ = self.framer.feed(dir, offset, data, out, |_, b, cut, pdus| {
            let (layer, end) = call(b, cut);
            // The call's one layer spans its bytes up to a PDU held.
            let to = match end {
                End::More(at, _) => at,
                End::Done | End::Refused => b.len(),
            };
            if let Some(layer) = layer {
                pdus.push((layer, 0, to));
            }
            end
        });
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::<LdpDecoder>::default()
}

/// tshark's Info column: each call's text (its last PDU's messages), one
/// call after another; written once, by the frame's last LDP layer.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let ours = |l: &Layer<'_>| l.protocol == "ldp";
    if layers.get(i).is_none_or(|l| !ours(l)) || layers[i + 1..].iter().any(ours) {
        return;
    }
    for l in layers.iter().filter(|l| ours(l)) {
        if let Some(t) = l.get_str(f::OSIDUMP_INFO) {
            out.push_str(t);
        }
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("LDP ");
    out.push_str(l.get_str(f::OSIDUMP_INFO).unwrap_or("").trim_end());
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "ldp",
    also: &[],
    title: "Label Distribution Protocol",
    osi: Osi::Application,
    fields: fl::ldp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "LDP"),
    app: Some(AppSpec {
        decode_as: &["ldp"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};
