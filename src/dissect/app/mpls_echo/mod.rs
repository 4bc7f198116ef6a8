//! MPLS Echo, LSP ping (RFC 8029), on UDP 3503 as tshark 4.0's
//! packet-mpls-echo.c shows it: the header (version, global flags or MBZ,
//! message type, reply mode, return code and subcode, sender's handle,
//! sequence number, and for echo requests and replies the NTP timestamps
//! sent and received), then TLVs: the target (and reverse-path) FEC stack
//! with its sub-TLVs (LDP, RSVP, VPN, L2 VPN, FEC 128 pseudowire, BGP,
//! generic and RSVP P2MP IPv4 prefixes, vendor-private, padding to four
//! bytes), downstream mapping (addresses, multipath, label stack), pad,
//! vendor enterprise code, errored TLVs, reply TOS, echo jitter, source
//! and destination identifiers, BFD discriminator, and another type's
//! value bytes.
//!
//! Not decoded here (their TLV header shown, the rest not): interface and
//! label stack objects, detailed downstream mapping, P2MP responder
//! identifiers; FEC sub-TLVs Nil, RSVP P2MP IPv6, static LSP and
//! pseudowire, FEC 128 pseudowire IPv6 and segment routing end their FEC
//! stack's fields. A message shorter than its fixed part, which tshark
//! declines after putting up its item, is data.
//!
//! The promise: no input makes this module panic; every read is checked.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::app::ntp::ntp_time;
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as fl;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb};
use fields::mpls_echo as f;
use std::borrow::Cow;

/// MPLS Echo's UDP port.
pub const PORT: u16 = 3503;

ei!(FEC_LEN, f::TLV_FEC_LEN_INVALID, Malformed, Error);
ei!(TLV_LEN, f::TLV_LEN_INVALID, Malformed, Error);
ei!(MULTI_LEN, f::TLV_DS_MAP_MULTI_LEN_INVALID, Malformed, Error);
ei!(ADDR_UNKNOWN, f::ADDRESS_TYPE_UNKNOWN, Undecoded, Warn);

type R<T> = Result<T, Bound>;

struct P<'t, 'l> {
    t: Tvb<'t>,
    l: &'l mut Layer<'static>,
}

fn to_i(v: usize) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn to_u(v: i64) -> usize {
    usize::try_from(v.max(0)).unwrap_or(0)
}

/// A field's value under its mask, shifted down.
fn masked(def: &FieldDef, v: u64) -> u64 {
    if def.mask == 0 {
        v
    } else {
        (v & def.mask) >> def.mask.trailing_zeros()
    }
}

impl P<'_, '_> {
    /// A tree item over `len` bytes at `at`: tshark throws when they were
    /// not captured (or lie past the message).
    fn item(&self, at: usize, len: i64) -> R<()> {
        if len > 0 {
            self.t.bytes(at, to_u(len))?;
        }
        Ok(())
    }

    fn u8(&mut self, def: &'static FieldDef, at: usize) -> R<u8> {
        let v = self.t.u8(at)?;
        self.l.uint(def, masked(def, u64::from(v)));
        Ok(v)
    }

    fn u16(&mut self, def: &'static FieldDef, at: usize) -> R<u16> {
        let v = self.t.u16(at)?;
        self.l.uint(def, masked(def, u64::from(v)));
        Ok(v)
    }

    fn u24(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let b = self.t.bytes(at, 3)?;
        let v = u64::from(b[0]) << 16 | u64::from(b[1]) << 8 | u64::from(b[2]);
        self.l.uint(def, masked(def, v));
        Ok(())
    }

    fn u32(&mut self, def: &'static FieldDef, at: usize) -> R<u32> {
        let v = self.t.u32(at)?;
        self.l.uint(def, masked(def, u64::from(v)));
        Ok(v)
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

    fn ipv4(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.bytes(at, 4)?;
        self.l.push(def, Value::Ipv4([v[0], v[1], v[2], v[3]]));
        Ok(())
    }

    fn ipv6(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.bytes(at, 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(v);
        self.l.push(def, Value::Ipv6(a));
        Ok(())
    }

    fn bytes(&mut self, def: &'static FieldDef, at: usize, len: i64) -> R<()> {
        let v = self.t.bytes(at, to_u(len))?;
        self.l.push(def, Value::Bytes(Cow::Owned(v.to_vec())));
        Ok(())
    }

    fn time(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let b = self.t.bytes(at, 8)?;
        self.l.push(def, Value::Time(ntp_time(b, 0)));
        Ok(())
    }

    /// An expert note on an item already up (`expert_add_info_format`).
    fn note(&mut self, e: &'static expert::Expert, msg: String) {
        expert::add(self.l, e, Some(msg));
    }
}

fn is_echo(msgtype: u8) -> bool {
    matches!(msgtype, 1 | 2)
}

/// `dissect_mpls_echo` after its checks: the fixed part and the TLVs.
fn message(p: &mut P<'_, '_>, msgtype: u8) -> R<()> {
    p.u16(f::VERSION, 0)?;
    if is_echo(msgtype) {
        p.u16(f::FLAGS, 2)?;
        p.u16(f::FLAG_SBZ, 2)?;
        p.bool16(f::FLAG_V, 2)?;
        p.bool16(f::FLAG_T, 2)?;
        p.bool16(f::FLAG_R, 2)?;
    } else {
        p.u16(f::MBZ, 2)?;
    }
    p.u8(f::MSG_TYPE, 4)?;
    p.u8(f::REPLY_MODE, 5)?;
    p.u8(f::RETURN_CODE, 6)?;
    p.u8(f::RETURN_SUBCODE, 7)?;
    p.u32(f::SENDER_HANDLE, 8)?;
    p.u32(f::SEQUENCE, 12)?;
    if is_echo(msgtype) {
        p.time(f::TIMESTAMP_SENT, 16)?;
        p.time(f::TIMESTAMP_REC, 24)?;
    }
    let mut off = if is_echo(msgtype) { 32 } else { 16 };
    let mut rem = to_i(p.t.remaining(0)) - to_i(off);
    while p.t.remaining(off) > 0 {
        let len = tlv(p, off, rem, false)?;
        if len <= 0 {
            break;
        }
        off = off.saturating_add(to_u(len));
        rem -= len;
    }
    Ok(())
}

/// `dissect_mpls_echo_tlv`: the bytes it consumed.
fn tlv(p: &mut P<'_, '_>, at: usize, rem: i64, in_errored: bool) -> R<i64> {
    let rem = rem.min(to_i(p.t.remaining(at)));
    if rem < 4 {
        p.item(at, rem)?;
        p.note(
            &TLV_LEN,
            format!("Error processing TLV: length is {rem}, should be >= 4"),
        );
        return Ok(rem);
    }
    let saved = p.t.u16(at)?;
    let rem = rem - 4;
    let length = i64::from(p.t.u16(at + 2)?).min(rem);
    let kind = if saved >= 0xFC00 { 0xFC00 } else { saved };
    p.item(at, length + 4)?;
    let type_def = if in_errored {
        f::TLV_ERRORED_TYPE
    } else {
        f::TLV_TYPE
    };
    p.l.uint(type_def, saved);
    p.u16(f::TLV_LEN, at + 2)?;
    if length == 0 {
        return Ok(4);
    }
    let v = at + 4;
    match kind {
        // Target and reverse-path FEC stacks.
        0x0001 | 0x0010 => fec(p, v, length)?,
        // Pad.
        0x0003 => {
            p.u8(f::TLV_PAD_ACTION, v)?;
            if length > 1 {
                p.bytes(f::TLV_PAD_PADDING, v + 1, length - 1)?;
            }
        }
        // Vendor enterprise code.
        0x0005 => {
            p.u32(f::TLV_VENDOR_ID, v)?;
        }
        // Interface and label stack objects: not decoded here.
        0x0007 | 0x0008 => {}
        // P2MP responder identifier: not decoded here.
        0x000B => {}
        0x000C => {
            if length != 4 {
                p.note(
                    &TLV_LEN,
                    format!("Invalid TLV Length (claimed {length}, should be 4)"),
                );
            } else {
                p.u32(f::TLV_ECHO_JITTER, v)?;
            }
        }
        0xFC00 => {
            if length < 4 {
                p.note(
                    &TLV_LEN,
                    format!("Invalid TLV Length (claimed {length}, should be >= 4)"),
                );
            } else {
                p.u32(f::TLV_VENDOR_ID, v)?;
                p.bytes(f::TLV_VALUE, v + 4, length - 4)?;
            }
        }
        0x0002 => {
            if length < 16 {
                p.note(
                    &TLV_LEN,
                    format!("Invalid TLV Length (claimed {length}, should be >= 16)"),
                );
            } else {
                ds_map(p, v, length)?;
            }
        }
        // Detailed downstream mapping: its length checked, not decoded.
        0x0014 => {
            if length < 16 {
                p.note(
                    &TLV_LEN,
                    format!("Invalid TLV Length (claimed {length}, should be >= 16)"),
                );
            }
        }
        0x0009 => {
            if in_errored {
                p.bytes(f::TLV_VALUE, v, length)?;
            } else {
                let (mut o, mut r) = (v, length);
                while r >= 4 {
                    let n = tlv(p, o, r, true)?;
                    if n <= 0 {
                        break;
                    }
                    r -= n;
                    o = o.saturating_add(to_u(n));
                }
            }
        }
        0x000A => {
            if length != 4 {
                p.note(
                    &TLV_LEN,
                    format!("Invalid TLV Length (claimed {length}, should be 4)"),
                );
            } else {
                p.u8(f::TLV_REPLY_TOS, v)?;
                p.u24(f::TLV_REPLY_TOS_MBZ, v + 1)?;
            }
        }
        0x000D | 0x000E => {
            p.u32(f::LSPPING_TLV_SRC_ADDR_GID, v)?;
            p.ipv4(f::LSPPING_TLV_SRC_ADDR_NID, v + 4)?;
        }
        0x000F => {
            p.u32(f::BFD_DISCRIMINATOR, v)?;
        }
        _ => p.bytes(f::TLV_VALUE, v, length)?,
    }
    Ok(length + 4)
}

/// `dissect_mpls_echo_tlv_fec`: the sub-TLVs while a header remains.
fn fec(p: &mut P<'_, '_>, at: usize, rem: i64) -> R<()> {
    let (mut o, mut rem) = (at, rem);
    while rem >= 4 {
        let saved = p.t.u16(o)?;
        let kind = if saved >= 0xFC00 { 0xFC00 } else { saved };
        let mut length = i64::from(p.t.u16(o + 2)?);
        p.item(o, length + (4 - length % 4))?;
        p.l.uint(f::TLV_FEC_TYPE, saved);
        p.u16(f::TLV_FEC_LEN, o + 2)?;
        if length + 4 > rem {
            p.note(
                &FEC_LEN,
                format!(
                    "Invalid FEC Sub-TLV Length (claimed {length}, found {})",
                    rem - 4
                ),
            );
            return Ok(());
        }
        let v = o + 4;
        let should = |p: &mut P<'_, '_>, n: i64| {
            p.note(
                &FEC_LEN,
                format!("Invalid FEC Sub-TLV Length (claimed {length}, should be {n})"),
            );
        };
        match kind {
            1 => {
                p.ipv4(f::TLV_FEC_LDP_IPV4, v)?;
                p.u8(f::TLV_FEC_LDP_IPV4_MASK, v + 4)?;
            }
            2 => {
                p.ipv6(f::TLV_FEC_LDP_IPV6, v)?;
                p.u8(f::TLV_FEC_LDP_IPV6_MASK, v + 16)?;
            }
            3 => {
                if length != 20 {
                    should(p, 20);
                    return Ok(());
                }
                p.ipv4(f::TLV_FEC_RSVP_IPV4_EP, v)?;
                p.u16(f::TLV_FEC_RSVP_IP_MBZ1, v + 4)?;
                p.u16(f::TLV_FEC_RSVP_IP_TUN_ID, v + 6)?;
                p.u32(f::TLV_FEC_RSVP_IPV4_EXT_TUN_ID, v + 8)?;
                p.ipv4(f::TLV_FEC_RSVP_IPV4_SENDER, v + 12)?;
                p.u16(f::TLV_FEC_RSVP_IP_MBZ2, v + 16)?;
                p.u16(f::TLV_FEC_RSVP_IP_LSP_ID, v + 18)?;
            }
            4 => {
                if length != 56 {
                    should(p, 56);
                    return Ok(());
                }
                p.ipv6(f::TLV_FEC_RSVP_IPV6_EP, v)?;
                p.u16(f::TLV_FEC_RSVP_IP_MBZ1, v + 16)?;
                p.u16(f::TLV_FEC_RSVP_IP_TUN_ID, v + 18)?;
                p.bytes(f::TLV_FEC_RSVP_IPV6_EXT_TUN_ID, v + 20, 16)?;
                p.ipv6(f::TLV_FEC_RSVP_IPV6_SENDER, v + 36)?;
                p.u16(f::TLV_FEC_RSVP_IP_MBZ2, v + 52)?;
                p.u16(f::TLV_FEC_RSVP_IP_LSP_ID, v + 54)?;
            }
            6 => {
                p.bytes(f::TLV_FEC_VPN_ROUTE_DIST, v, 8)?;
                p.ipv4(f::TLV_FEC_VPN_IPV4, v + 8)?;
                p.u8(f::TLV_FEC_VPN_LEN, v + 12)?;
            }
            7 => {
                p.bytes(f::TLV_FEC_VPN_ROUTE_DIST, v, 8)?;
                p.ipv6(f::TLV_FEC_VPN_IPV6, v + 8)?;
                p.u8(f::TLV_FEC_VPN_LEN, v + 24)?;
            }
            8 => {
                p.bytes(f::TLV_FEC_L2VPN_ROUTE_DIST, v, 8)?;
                p.u16(f::TLV_FEC_L2VPN_SEND_VE_ID, v + 8)?;
                p.u16(f::TLV_FEC_L2VPN_RECV_VE_ID, v + 10)?;
                p.u16(f::TLV_FEC_L2VPN_ENCAP_TYPE, v + 12)?;
            }
            9 => {
                p.ipv4(f::TLV_FEC_L2CID_REMOTE, v)?;
                p.u32(f::TLV_FEC_L2CID_VCID, v + 4)?;
                p.u16(f::TLV_FEC_L2CID_ENCAP, v + 8)?;
                p.u16(f::TLV_FEC_L2CID_MBZ, v + 10)?;
            }
            10 => {
                if length < 14 {
                    should(p, 14);
                    return Ok(());
                }
                p.ipv4(f::TLV_FEC_L2CID_SENDER, v)?;
                p.ipv4(f::TLV_FEC_L2CID_REMOTE, v + 4)?;
                p.u32(f::TLV_FEC_L2CID_VCID, v + 8)?;
                p.u16(f::TLV_FEC_L2CID_ENCAP, v + 12)?;
                p.u16(f::TLV_FEC_L2CID_MBZ, v + 14)?;
            }
            0xFC00 => {
                if length < 4 {
                    p.note(
                        &FEC_LEN,
                        format!("Invalid FEC Sub-TLV Length (claimed {length}, should be >= 4)"),
                    );
                } else {
                    p.u32(f::TLV_VENDOR_ID, v)?;
                    p.bytes(f::TLV_VALUE, v + 4, length - 4)?;
                }
            }
            12 => {
                p.ipv4(f::TLV_FEC_BGP_IPV4, v)?;
                p.u8(f::TLV_FEC_BGP_LEN, v + 4)?;
            }
            13 => {
                p.ipv6(f::TLV_FEC_BGP_IPV6, v)?;
                p.u8(f::TLV_FEC_BGP_LEN, v + 16)?;
            }
            14 => {
                p.ipv4(f::TLV_FEC_GEN_IPV4, v)?;
                p.u8(f::TLV_FEC_GEN_IPV4_MASK, v + 4)?;
            }
            15 => {
                p.ipv6(f::TLV_FEC_GEN_IPV6, v)?;
                p.u8(f::TLV_FEC_GEN_IPV6_MASK, v + 16)?;
            }
            17 => {
                if length != 20 {
                    should(p, 20);
                    return Ok(());
                }
                p.u32(f::TLV_FEC_RSVP_P2MP_IPV4_ID, v)?;
                p.u16(f::TLV_FEC_RSVP_P2MP_IP_MBZ1, v + 4)?;
                p.u16(f::TLV_FEC_RSVP_P2MP_IP_TUN_ID, v + 6)?;
                p.ipv4(f::TLV_FEC_RSVP_P2MP_IPV4_EXT_TUN_ID, v + 8)?;
                p.ipv4(f::TLV_FEC_RSVP_P2MP_IPV4_SENDER, v + 12)?;
                p.u16(f::TLV_FEC_RSVP_P2MP_IP_MBZ2, v + 16)?;
                p.u16(f::TLV_FEC_RSVP_P2MP_IP_LSP_ID, v + 18)?;
            }
            // Nil FEC, RSVP P2MP IPv6, static LSP and pseudowire, FEC 128
            // pseudowire IPv6, segment routing: not decoded here.
            16 | 18 | 22 | 23 | 24 | 34..=36 => return Ok(()),
            _ => {
                if length != 0 {
                    p.bytes(f::TLV_FEC_VALUE, v, length)?;
                }
            }
        }
        if length % 4 != 0 {
            let pad = 4 - length % 4;
            if length + 4 + pad > rem {
                p.note(
                    &FEC_LEN,
                    format!(
                        "Invalid FEC Sub-TLV Padded Length (claimed {}, found {})",
                        length + pad,
                        rem - 4
                    ),
                );
                return Ok(());
            }
            p.bytes(f::PADDING, v + to_u(length), pad)?;
            length += pad;
        }
        rem -= 4 + length;
        o = o.saturating_add(to_u(4 + length));
    }
    Ok(())
}

/// `dissect_mpls_echo_tlv_ds_map`.
fn ds_map(p: &mut P<'_, '_>, at: usize, rem: i64) -> R<()> {
    let (mut o, mut rem) = (at, rem);
    p.u16(f::TLV_DS_MAP_MTU, o)?;
    p.u8(f::TLV_DS_MAP_ADDR_TYPE, o + 2)?;
    p.u8(f::TLV_DS_MAP_RES, o + 3)?;
    p.u8(f::TLV_DS_MAP_FLAG_RES, o + 3)?;
    p.bool8(f::TLV_DS_MAP_FLAG_I, o + 3)?;
    p.bool8(f::TLV_DS_MAP_FLAG_N, o + 3)?;
    let addr_type = p.t.u8(o + 2)?;
    match addr_type {
        1 => {
            p.ipv4(f::TLV_DS_MAP_DS_IP, o + 4)?;
            p.ipv4(f::TLV_DS_MAP_INT_IP, o + 8)?;
        }
        2 | 4 => {
            p.ipv4(f::TLV_DS_MAP_DS_IP, o + 4)?;
            p.u32(f::TLV_DS_MAP_IF_INDEX, o + 8)?;
        }
        3 => {
            p.ipv6(f::TLV_DS_MAP_DS_IPV6, o + 4)?;
            p.ipv6(f::TLV_DS_MAP_INT_IPV6, o + 20)?;
            rem -= 24;
            o += 24;
        }
        5 => {
            p.u32(f::TLV_DS_MAP_INGRESS_IF_NUM, o + 4)?;
            p.u32(f::TLV_DS_MAP_EGRESS_IF_NUM, o + 8)?;
        }
        _ => p.note(&ADDR_UNKNOWN, format!("Unknown Address Type ({addr_type})")),
    }
    let hash = p.u8(f::TLV_DS_MAP_HASH_TYPE, o + 12)?;
    p.u8(f::TLV_DS_MAP_DEPTH, o + 13)?;
    let mplen = i64::from(p.u16(f::TLV_DS_MAP_MULTI_LEN, o + 14)?);
    rem -= 16;
    o += 16;
    if rem < mplen {
        p.note(
            &MULTI_LEN,
            format!("Invalid FEC Multipath (claimed {mplen}, found {rem})"),
        );
        return Ok(());
    }
    rem -= mplen;
    if mplen != 0 {
        match hash {
            2 => {
                if mplen != 4 {
                    p.note(
                        &MULTI_LEN,
                        format!("Invalid FEC Multipath (claimed {mplen}, should be 4)"),
                    );
                } else {
                    p.item(o, 4)?;
                    p.ipv4(f::TLV_DS_MAP_MP_IP, o)?;
                }
            }
            4 => {
                if mplen != 8 {
                    p.note(
                        &MULTI_LEN,
                        format!("Invalid FEC Multipath (claimed {mplen}, should be 8)"),
                    );
                } else {
                    p.item(o, 8)?;
                    p.ipv4(f::TLV_DS_MAP_MP_IP_LOW, o)?;
                    p.ipv4(f::TLV_DS_MAP_MP_IP_HIGH, o + 4)?;
                }
            }
            0 | 5 | 6 | 7 => p.bytes(f::TLV_DS_MAP_MP_NO_MULTIPATH_INFO, o, mplen)?,
            8 => {
                if mplen < 4 {
                    p.note(
                        &MULTI_LEN,
                        format!("Invalid FEC Multipath (claimed {mplen}, should be 4)"),
                    );
                } else {
                    p.item(o, mplen)?;
                    p.ipv4(f::TLV_DS_MAP_MP_IP, o)?;
                    if mplen > 4 {
                        p.bytes(f::TLV_DS_MAP_MP_MASK, o + 4, mplen - 4)?;
                    }
                }
            }
            _ => p.bytes(f::TLV_DS_MAP_MP_VALUE, o, mplen)?,
        }
    }
    o += to_u(mplen);
    while rem >= 4 {
        let b = p.t.bytes(o, 4)?;
        let label = u32::from(b[0]) << 12 | u32::from(b[1]) << 4 | u32::from(b[2]) >> 4;
        let exp = (b[2] >> 1) & 7;
        let bos = b[2] & 1;
        p.l.uint(f::TLV_DS_MAP_MP_LABEL, label);
        p.l.uint(f::TLV_DS_MAP_MP_EXP, exp);
        p.l.uint(f::TLV_DS_MAP_MP_BOS, bos);
        p.u8(f::TLV_DS_MAP_MP_PROTO, o + 3)?;
        rem -= 4;
        o += 4;
    }
    Ok(())
}

fn msg_info(msgtype: u8) -> String {
    match f::MSG_TYPE.value_name(u64::from(msgtype)) {
        Some(n) => n.to_string(),
        None => format!("Unknown Message Type (0x{msgtype:02X})"),
    }
}

/// The layer of a datagram tshark takes (`b` captured, `reported` on the
/// wire): `None` for one it declines.
fn echo_layer(b: &[u8], reported: usize, span: std::ops::Range<usize>) -> Option<Layer<'static>> {
    // Version 1 and the message type, else not MPLS Echo.
    if b.len() < 5 || b[0] != 0 || b[1] != 1 {
        return None;
    }
    let msgtype = b[4];
    let need = if is_echo(msgtype) { 32 } else { 16 };
    if reported < need {
        return None;
    }
    let mut l = Layer::new(Osi::Application, "mpls-echo", span);
    l.str(f::OSIDUMP_INFO, msg_info(msgtype));
    let t = Tvb {
        b,
        reported,
        le: false,
    };
    let r = message(&mut P { t, l: &mut l }, msgtype);
    if let Err(e) = r {
        let what = if e == Bound::Cut {
            "MPLS Echo message cut short by the capture"
        } else {
            "MPLS Echo message read past its end"
        };
        l.read_past_end("mpls-echo", what.into(), e == Bound::Cut);
    }
    Some(l)
}

fn dissect<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let b = d.payload;
    let reported = d.reported.max(b.len());
    match echo_layer(b, reported, d.at..d.at + b.len()) {
        Some(l) => l,
        None => crate::dissect::data::layer_of(Osi::Application, b, d.at..d.at + b.len()),
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(dissect))
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("MPLS Echo ");
    out.push_str(l.get_str(f::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "mpls-echo",
    also: &[],
    title: "Multiprotocol Label Switching Echo",
    osi: Osi::Application,
    fields: fl::mpls_echo::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "MPLS ECHO"),
    app: Some(AppSpec {
        decode_as: &["mpls-echo"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
