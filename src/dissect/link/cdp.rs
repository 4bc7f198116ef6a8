//! Cisco Discovery Protocol (802.2 SNAP, OUI 00:00:0c, PID 0x2000), as
//! tshark 4.0's packet-cdp.c reads it.
//!
//! A version, a time to live and a checksum, then TLVs of a 16-bit type
//! and a 16-bit length that counts the 4 header bytes. The checksum is the
//! Internet checksum over the whole PDU, with Cisco's quirk for an odd
//! length (the last byte is summed as the low byte of a word, one less
//! when its top bit is set). Wireshark reads most values at fixed offsets
//! from the TLV's start whatever its length says, from the whole PDU: a
//! read past the captured bytes stops the PDU as cut short, past the PDU's
//! length as malformed, and what was read before stays. Its quirks are
//! kept: a port ID whose following byte is not zero is taken 3 bytes
//! longer; a TLV of length under 4 ends the PDU (the rest is data); an
//! unknown TLV of length 4 ends the dissection.

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use super::tvb::{Exc, Tvb};
use crate::dissect::expert::{self, ei, format_text};
use crate::dissect::field::{FieldDef, checksum};
use crate::dissect::fields as f;

ei!(BAD_CHECKSUM, f::cdp::BAD_CHECKSUM, Checksum, Error);
ei!(INVALID_DATA, f::cdp::INVALID_DATA, Malformed, Error);
ei!(
    NRGYZ_LENGTH,
    f::cdp::NRGYZ_TLV_LENGTH_INVALID,
    Malformed,
    Error
);

pub(crate) fn cdp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let data = &walk.data[start..walk.end];
    let rep = reported_end(walk).saturating_sub(start).max(data.len());
    let mut l = Layer::new(Osi::DataLink, "cdp", start..walk.end);
    let t = Tvb::new(data, rep);
    match pdu(walk, &mut l, t) {
        Ok(Some(rest)) if rest < data.len() => {
            walk.off = start + rest;
            walk.layers.push(l);
            return Next::Data(Osi::DataLink);
        }
        Ok(_) => {}
        Err(e) => e.mark(&mut l, "cdp", "CDP", data.len()),
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// Where the PDU ends on the wire: the 802.3 length field (Ethernet's or
/// a VLAN tag's) counts from the LLC header; without one, the frame's end.
/// A length past the frame's end is cut to it, as Wireshark does.
fn reported_end(walk: &Walk<'_>) -> usize {
    let mut layers = walk.layers.iter().rev();
    let Some(llc) = layers.find(|l| l.protocol == "llc") else {
        return walk.reported_end;
    };
    let len = layers.find_map(|l| match l.protocol {
        "eth" => l.get_uint(f::eth::LEN),
        "vlan" => l.get_uint(f::vlan::LEN),
        _ => None,
    });
    match len {
        Some(n) => (llc.span.start + n as usize).min(walk.reported_end),
        None => walk.reported_end,
    }
}

/// Cisco's checksum: the Internet checksum, an odd last byte summed as a
/// word's low byte (less one, and the high byte 0xff, when its top bit is
/// set). Returns the one's-complement sum.
fn cisco_sum(b: &[u8]) -> u16 {
    if b.len().is_multiple_of(2) {
        return crate::dissect::net::ones_complement_sum(b);
    }
    let (body, last) = b.split_at(b.len() - 1);
    let mut word = u32::from(last[0]);
    if last[0] & 0x80 != 0 {
        word = 0xff00 | u32::from(last[0].wrapping_sub(1));
    }
    let mut sum = u32::from(crate::dissect::net::ones_complement_sum(body)) + word;
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    sum as u16
}

/// The PDU's fields; `Ok(Some(at))` when the TLVs stop at `at` and the
/// rest is data, `Ok(None)` when nothing follows.
fn pdu<'a>(walk: &Walk<'_>, l: &mut Layer<'a>, t: Tvb<'a>) -> Result<Option<usize>, Exc> {
    l.uint(f::cdp::VERSION, t.u8(0)?);
    l.uint(f::cdp::TTL, t.u8(1)?);
    // The checksum is over the whole PDU, which must have been captured.
    let all = t.get(0, t.rep)?;
    let field = t.u16(2)?;
    l.uint(f::cdp::CHECKSUM, field);
    let sum = cisco_sum(all);
    if walk.nested {
        l.uint(f::cdp::CHECKSUM_STATUS, checksum::UNVERIFIED);
    } else if sum == 0xffff {
        l.uint(f::cdp::CHECKSUM_STATUS, checksum::GOOD);
    } else {
        let s = u32::from(sum) + u32::from(!field);
        let without = ((s & 0xffff) + (s >> 16)) as u16;
        expert::add(
            l,
            &BAD_CHECKSUM,
            Some(format!("Bad checksum [should be 0x{:04x}]", !without)),
        );
        l.uint(f::cdp::CHECKSUM_STATUS, checksum::BAD);
    }
    let mut off = 4usize;
    while off != t.rep {
        if off > t.rep {
            return Err(Exc::Malformed(off + 2));
        }
        let kind = t.u16(off)?;
        let len = t.u16(off + 2)?;
        if len < 4 {
            l.uint(f::cdp::TLV_TYPE, kind);
            l.uint(f::cdp::TLV_LEN, len);
            off += 4;
            if off > t.rep {
                return Err(Exc::Malformed(off));
            }
            return Ok(Some(off));
        }
        // Each TLV's subtree spans its length: one past the PDU's end
        // throws before anything of it shows.
        if off + usize::from(len) > t.rep {
            return Err(Exc::Malformed(off + usize::from(len)));
        }
        match tlv(l, t, off, kind, len)? {
            Some(next) => off = next,
            None => return Ok(None),
        }
    }
    Ok(None)
}

fn head(l: &mut Layer<'_>, kind: u16, len: u16) {
    l.uint(f::cdp::TLV_TYPE, kind);
    l.uint(f::cdp::TLV_LEN, len);
}

/// A string item (`ENC_ASCII`) of `len` bytes from `at`.
fn text<'a>(
    l: &mut Layer<'a>,
    t: Tvb<'a>,
    def: &'static FieldDef,
    at: usize,
    len: i64,
) -> Result<(), Exc> {
    let b = t.item(at, len)?;
    super::lldp::string(l, def, b);
    Ok(())
}

/// An `FT_STRINGZ` item (`ENC_ASCII`) of `len` bytes: up to the first
/// NUL, nothing said of what follows it.
fn stringz<'a>(
    l: &mut Layer<'a>,
    t: Tvb<'a>,
    def: &'static FieldDef,
    at: usize,
    len: i64,
) -> Result<(), Exc> {
    let b = t.item(at, len)?;
    l.str(def, crate::dissect::wire::ascii(b));
    Ok(())
}

/// Bytes up to the first NUL as Wireshark's `tvb_format_stringzpad`
/// shows them.
fn stringzpad(b: &[u8]) -> String {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    format_text(&b[..end])
}

/// One TLV at `off` (type and length read, length at least 4): where the
/// next starts, or `None` when the dissection stops here.
fn tlv<'a>(
    l: &mut Layer<'a>,
    t: Tvb<'a>,
    off: usize,
    kind: u16,
    len: u16,
) -> Result<Option<usize>, Exc> {
    use f::cdp as d;
    let n = usize::from(len);
    let body = i64::from(len) - 4;
    match kind {
        0x0001 => {
            t.get(off + 4, n - 4)?;
            head(l, kind, len);
            text(l, t, d::DEVICEID, off + 4, body)?;
        }
        0x0003 => {
            // Wireshark's quirk for one capture: when the bytes after the
            // TLV start with a non-zero byte and name no TLV type it
            // knows, the TLV is taken to be 3 bytes longer (measured on
            // tshark 4.0: a following 0x1000, HP's BSSID, keeps it).
            let mut real = n;
            if t.rep.saturating_sub(off) >= n + 3 && t.u8(off + n)? != 0 {
                let next = t.u16(off + n)?;
                if d::TLV_TYPE.value_name(next.into()).is_none() {
                    real = n + 3;
                }
            }
            t.get(off + 4, n - 4)?;
            t.get(off + 4, real - 4)?;
            head(l, kind, len);
            text(l, t, d::PORTID, off + 4, real as i64 - 4)?;
            return Ok(Some(off + real));
        }
        0x0002 | 0x0016 => {
            head(l, kind, len);
            return addresses(l, t, off, len).map(Some);
        }
        0x0004 => {
            head(l, kind, len);
            if body >= 4 {
                let v = t.u32(off + 4)?;
                l.uint(d::CAPABILITIES, v);
                for (def, bit) in [
                    (d::CAPABILITIES_ROUTER, 0x01),
                    (d::CAPABILITIES_TRANS_BRIDGE, 0x02),
                    (d::CAPABILITIES_SRC_BRIDGE, 0x04),
                    (d::CAPABILITIES_SWITCH, 0x08),
                    (d::CAPABILITIES_HOST, 0x10),
                    (d::CAPABILITIES_IGMP_CAPABLE, 0x20),
                    (d::CAPABILITIES_REPEATER, 0x40),
                    (d::CAPABILITIES_VOIP_PHONE, 0x80),
                    (d::CAPABILITIES_REMOTE, 0x100),
                    (d::CAPABILITIES_CVTA, 0x200),
                    (d::CAPABILITIES_MAC_RELAY, 0x400),
                ] {
                    l.boolean(def, v & bit != 0);
                }
            }
        }
        0x0005 => {
            head(l, kind, len);
            let b = t.get(off + 4, n - 4)?;
            software_version(l, b);
        }
        0x0006 | 0x1000..=0x1003 | 0x1006..=0x100d => {
            if kind == 0x1002 && n == 4 {
                head(l, kind, len);
            } else {
                t.get(off + 4, n - 4)?;
                head(l, kind, len);
                text(l, t, d::PLATFORM, off + 4, body)?;
            }
        }
        0x0007 => {
            if n == 8 {
                t.get(off + 4, 4)?;
                head(l, kind, len);
                l.push(d::ODR_DEFAULT_GATEWAY, t.ipv4(off + 4)?);
                return Ok(Some(off + 8));
            }
            head(l, kind, len);
            // The length left is a 16-bit count: not a multiple of 5, it
            // wraps and the prefixes go on until a read fails.
            let mut at = off + 4;
            let mut left = len - 4;
            while left > 0 {
                // tshark 4.0 passes the address in host order where the
                // field wants network order: on a little-endian machine
                // its bytes show reversed (10.118.10.0 as 0.10.118.10).
                let b = t.get(at, 4)?;
                t.u8(at + 4)?;
                l.push(d::IP_PREFIX, Value::Ipv4([b[3], b[2], b[1], b[0]]));
                at += 5;
                left = left.wrapping_sub(5);
            }
            return Ok(Some(at));
        }
        0x0008 => {
            let id = t.u16(off + 7)?;
            head(l, kind, len);
            let oui = t.get(off + 4, 3)?;
            l.uint(d::OUI, u32::from_be_bytes([0, oui[0], oui[1], oui[2]]));
            l.uint(d::PROTOCOL_ID, id);
            if id == 0x0112 {
                l.push(d::CLUSTER_MASTER_IP, t.ipv4(off + 9)?);
                l.push(d::CLUSTER_IP, t.ipv4(off + 13)?);
                l.uint(d::CLUSTER_VERSION, t.u8(off + 17)?);
                l.uint(d::CLUSTER_SUB_VERSION, t.u8(off + 18)?);
                l.uint(d::CLUSTER_STATUS, t.u8(off + 19)?);
                l.uint(d::CLUSTER_UNKNOWN, t.u8(off + 20)?);
                let m = t.get(off + 21, 6)?;
                l.push(d::CLUSTER_COMMANDER_MAC, Value::Mac(super::mac(m)));
                let m = t.get(off + 27, 6)?;
                l.push(d::CLUSTER_SWITCH_MAC, Value::Mac(super::mac(m)));
                l.uint(d::CLUSTER_UNKNOWN, t.u8(off + 33)?);
                l.uint(d::CLUSTER_MANAGEMENT_VLAN, t.u16(off + 34)?);
            } else {
                let b = t.item(off + 9, i64::from(len) - 9)?;
                l.push(d::HELLO_UNKNOWN, Value::Bytes(b.into()));
            }
        }
        0x0009 | 0x0014 => {
            t.get(off + 4, n - 4)?;
            head(l, kind, len);
            let def = if kind == 0x0009 {
                d::VTP_MANAGEMENT_DOMAIN
            } else {
                d::SYSTEM_NAME
            };
            text(l, t, def, off + 4, body)?;
        }
        0x000a => {
            let v = t.u16(off + 4)?;
            head(l, kind, len);
            l.uint(d::NATIVE_VLAN, v);
        }
        0x000b => {
            let v = t.u8(off + 4)?;
            head(l, kind, len);
            l.boolean(d::DUPLEX, v != 0);
        }
        0x000e | 0x000f => {
            // tshark 4.0: a VLAN after one byte of data, read whatever
            // the length, except in a TLV of 6 bytes, all data.
            head(l, kind, len);
            let data = if n == 6 { 2 } else { 1 };
            l.push(d::DATA, Value::Bytes(t.get(off + 4, data)?.into()));
            if n != 6 {
                l.uint(d::VOICE_VLAN, t.u16(off + 5)?);
            }
        }
        0x0010 => {
            let v = t.u16(off + 4)?;
            head(l, kind, len);
            l.uint(d::POWER_CONSUMPTION, v);
        }
        0x0011 => {
            let v = t.u32(off + 4)?;
            head(l, kind, len);
            l.uint(d::MTU, v);
        }
        0x0012 | 0x0013 => {
            let v = t.u8(off + 4)?;
            head(l, kind, len);
            let def = if kind == 0x0012 {
                d::TRUST_BITMAP
            } else {
                d::UNTRUSTED_PORT_COS
            };
            l.uint(def, v);
        }
        0x0015 => {
            head(l, kind, len);
            let b = t.get(off + 4, n - 4)?;
            l.push(d::SYSTEM_OBJECT_IDENTIFIER, Value::Bytes(b.into()));
        }
        0x0017 => {
            t.item(off + 5, i64::from(len) - 5)?;
            head(l, kind, len);
            l.uint(d::LOCATION_UNKNOWN, t.u8(off + 4)?);
            text(l, t, d::LOCATION, off + 5, i64::from(len) - 5)?;
        }
        0x0019 | 0x001a => {
            head(l, kind, len);
            l.uint(d::REQUEST_ID, t.u16(off + 4)?);
            l.uint(d::MANAGEMENT_ID, t.u16(off + 6)?);
            if n < 8 {
                return Ok(Some(off + n));
            }
            let mut left = u32::from(len) - 8;
            let mut at = off + 8;
            let requested = kind == 0x0019;
            while left != 0 {
                let full = if requested { left > 4 } else { left >= 4 };
                if full {
                    let v = t.u32(at)?;
                    let def = if requested {
                        d::POWER_REQUESTED
                    } else {
                        d::POWER_AVAILABLE
                    };
                    l.uint(def, v);
                    left -= 4;
                    at += 4;
                } else {
                    if requested && left == 4 {
                        l.uint(d::POWER_REQUESTED, t.u32(at)?);
                    }
                    at += left as usize;
                    break;
                }
            }
            return Ok(Some(at));
        }
        0x001d => {
            head(l, kind, len);
            energywise(l, t, off)?;
        }
        0x001f => {
            head(l, kind, len);
            if body > 0 {
                let v = t.u8(off + 4)?;
                l.uint(d::SPARE_POE_TLV, v);
                l.boolean(d::SPARE_POE_TLV_POE, v & 0x01 != 0);
                l.boolean(d::SPARE_POE_TLV_SPARE_PAIR_ARCH, v & 0x02 != 0);
                l.boolean(d::SPARE_POE_TLV_REQ_SPARE_PAIR_POE, v & 0x04 != 0);
                l.boolean(d::SPARE_POE_TLV_PSE_SPARE_PAIR_POE, v & 0x08 != 0);
            }
        }
        _ => {
            t.get(off, n)?;
            head(l, kind, len);
            if n > 4 {
                l.push(d::DATA, Value::Bytes(t.get(off + 4, n - 4)?.into()));
            } else {
                return Ok(None);
            }
        }
    }
    Ok(Some(off + n))
}

/// The software version, one item per line (`tvb_find_line_end`: a line
/// ends at CR, LF or CR LF, which belong to it).
fn software_version(l: &mut Layer<'_>, mut b: &[u8]) {
    while !b.is_empty() {
        let (line, next) = match b.iter().position(|&c| c == b'\n' || c == b'\r') {
            None => (b.len(), b.len()),
            Some(p) if b[p] == b'\r' && b.get(p + 1) == Some(&b'\n') => (p, p + 2),
            Some(p) => (p, p + 1),
        };
        l.str(f::cdp::SOFTWARE_VERSION, stringzpad(&b[..line]));
        b = &b[next..];
    }
}

/// The address list of an Addresses or Management Address TLV: where the
/// next TLV starts. The length left is a 16-bit count, as in Wireshark: a
/// TLV too short for its count wraps it, and the next TLV is looked for
/// far past the PDU (malformed).
fn addresses<'a>(l: &mut Layer<'a>, t: Tvb<'a>, off: usize, len: u16) -> Result<usize, Exc> {
    let mut at = off + 4;
    let mut left = len.wrapping_sub(4);
    let count = t.u32(at)?;
    l.uint(f::cdp::NUMBER_OF_ADDRESSES, count);
    at += 4;
    left = left.wrapping_sub(4);
    for _ in 0..count {
        match address(l, t, at, i64::from(left))? {
            Some(n) => {
                at += n;
                left = left.wrapping_sub(n as u16);
            }
            None => break,
        }
    }
    Ok(at + usize::from(left))
}

/// One address; `None` when it does not fit in `left`.
fn address<'a>(l: &mut Layer<'a>, t: Tvb<'a>, at: usize, left: i64) -> Result<Option<usize>, Exc> {
    use f::cdp as d;
    let mut left = left;
    if left < 1 {
        return Ok(None);
    }
    // The address's subtree spans all the bytes left.
    t.item(at, left)?;
    let ptype = t.u8(at)?;
    l.uint(d::PROTOCOL_TYPE, ptype);
    left -= 1;
    if left < 1 {
        return Ok(None);
    }
    let plen = t.u8(at + 1)?;
    l.uint(d::PROTOCOL_LENGTH, plen);
    left -= 1;
    let p = usize::from(plen);
    if left < p as i64 {
        if left != 0 {
            let b = t.get(at + 2, left as usize)?;
            l.push(d::PROTOCOL, Value::Bytes(b.into()));
        }
        return Ok(None);
    }
    let proto = t.get(at + 2, p)?;
    l.push(d::PROTOCOL, Value::Bytes(proto.into()));
    left -= p as i64;
    if left < 2 {
        return Ok(None);
    }
    let alen = t.u16(at + 2 + p)?;
    l.uint(d::ADDRESS_LENGTH, alen);
    left -= 2;
    let a = usize::from(alen);
    let aat = at + 4 + p;
    if left < a as i64 {
        if left != 0 {
            let b = t.get(aat, left as usize)?;
            l.push(d::ADDRESS, Value::Bytes(b.into()));
        }
        return Ok(None);
    }
    let nlpid_ip = ptype == 1 && plen == 1 && proto[0] == 0xcc;
    let ieee_ipv6 = ptype == 2 && proto == [0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x86, 0xdd];
    if nlpid_ip && a == 4 {
        l.push(d::NRGYZ_IP_ADDRESS, t.ipv4(aat)?);
    } else if ieee_ipv6 && a == 16 {
        let b = t.get(aat, 16)?;
        let mut v6 = [0u8; 16];
        v6.copy_from_slice(b);
        l.push(d::NRGYZ_IPV6_ADDRESS, Value::Ipv6(v6));
    } else {
        let b = t.get(aat, a)?;
        l.push(d::ADDRESS, Value::Bytes(b.into()));
    }
    Ok(Some(4 + p + a))
}

/// EnergyWise: fixed fields, then a table of TLVs (32-bit type and
/// length).
fn energywise<'a>(l: &mut Layer<'a>, t: Tvb<'a>, off: usize) -> Result<(), Exc> {
    use f::cdp as d;
    l.push(d::ENCRYPTED_DATA, Value::Bytes(t.get(off + 4, 20)?.into()));
    l.uint(d::SEEN_SEQUENCE, t.u32(off + 24)?);
    l.uint(d::SEQUENCE_NUMBER, t.u32(off + 28)?);
    stringz(l, t, d::MODEL_NUMBER, off + 32, 16)?;
    l.uint(d::UNKNOWN_PAD, t.u16(off + 48)?);
    stringz(l, t, d::HARDWARE_VERSION_ID, off + 50, 3)?;
    stringz(l, t, d::SYSTEM_SERIAL_NUMBER, off + 53, 11)?;
    l.push(
        d::NRGYZ_UNKNOWN_VALUES,
        Value::Bytes(t.get(off + 64, 8)?.into()),
    );
    let mut length = u32::from(t.u16(off + 72)?);
    l.uint(d::LEN_TLV_TABLE, length);
    let mut num = t.u16(off + 74)?;
    l.uint(d::NUM_TLVS_TABLE, num);
    let mut at = off + 76;
    while num > 0 && length >= 8 {
        num -= 1;
        let kind = t.u32(at)?;
        let tl = t.u32(at + 4)?;
        if length < tl {
            break;
        }
        length -= tl;
        if tl < 8 {
            expert::add(
                l,
                &NRGYZ_LENGTH,
                Some(format!("TLV with invalid length {tl} (< 8)")),
            );
            break;
        }
        l.uint(d::NRGYZ_TLV_TYPE, kind);
        l.uint(d::NRGYZ_TLV_LEN, t.u32(at + 4)?);
        let body = i64::from(tl) - 8;
        match kind {
            7 => stringz(l, t, d::NRGYZ_REPLY_TO_ROLE, at + 8, body)?,
            8 => stringz(l, t, d::NRGYZ_REPLY_TO_DOMAIN, at + 8, body)?,
            9 => stringz(l, t, d::NRGYZ_REPLY_TO_NAME, at + 8, body)?,
            0x17 => {
                l.uint(d::NRGYZ_REPLY_TO_UNKNOWN_FIELD, t.u16(at + 8)?);
                l.uint(d::NRGYZ_REPLY_TO_PORT, t.u16(at + 10)?);
                l.push(d::NRGYZ_REPLY_TO_IP_ADDRESS, t.ipv4(at + 12)?);
                l.uint(d::NRGYZ_REPLY_TO_BACKUP_SERVER_PORT, t.u16(at + 16)?);
                l.push(d::NRGYZ_REPLY_TO_BACKUP_SERVER_IP, t.ipv4(at + 18)?);
            }
            _ if body > 0 => {
                let b = t.get(at + 8, body as usize)?;
                l.push(d::DATA, Value::Bytes(b.into()));
            }
            _ => {}
        }
        at += tl as usize;
    }
    if length != 0 {
        expert::add(l, &INVALID_DATA, None);
        // The expert's item spans the bytes left: past the PDU, it throws.
        t.get(at, length as usize)?;
    }
    Ok(())
}

/// tshark's Info: `Device ID: X  Port ID: Y  `, in the TLVs' order.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    for fv in &l.fields {
        let label = if std::ptr::eq(fv.def, f::cdp::DEVICEID) {
            "Device ID"
        } else if std::ptr::eq(fv.def, f::cdp::PORTID) {
            "Port ID"
        } else {
            continue;
        };
        if let Value::Str(s) = &fv.value {
            out.push_str(label);
            out.push_str(": ");
            out.push_str(&format_text(s.as_bytes()));
            out.push_str("  ");
        }
    }
}

/// The tree's one-line summary: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::{fields, get};

    /// A CDPv2 frame built for this test: device and port ID, IPv4 and
    /// IPv6 addresses, capabilities, a two-line software version, platform,
    /// two ODR prefixes, VTP domain, native VLAN, duplex, VoIP VLAN, MTU,
    /// power available and spare PoE, 181 bytes (odd, the last byte's top
    /// bit set: Cisco's checksum quirk). The values are tshark 4.0's.
    const FRAME: &str = "01000ccccccc02005e00000100bdaaaa0300000c200002b4aca8000100075357310002002d000000020101cc00040a0000010208aaaa0300000086dd001020010db8000000000000000000000001000300094769302f31000400080000002900050016494f532031352e320d0a4c696e652074776f00060012636973636f2057532d43323936300007000ec0a80100180a00000008000900076c6162000a0006000a000b000501000e000701001400110008000005dc001a00100003000100003c28ffffffff001f00058d";

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap_or(0))
            .collect()
    }

    fn dissect(data: &[u8]) -> Vec<(String, String)> {
        fields(&Dissector::new().dissect(&crate::dissect::testing::frame(1, data)))
    }

    #[test]
    fn cdp_as_tshark_shows_it() {
        let fr = hex(FRAME);
        let fields = dissect(&fr);
        assert_eq!(get(&fields, "llc.cisco_pid"), ["8192"]);
        assert_eq!(get(&fields, "cdp.version"), ["2"]);
        assert_eq!(get(&fields, "cdp.ttl"), ["180"]);
        assert_eq!(get(&fields, "cdp.checksum.status"), ["1"]);
        assert_eq!(get(&fields, "cdp.deviceid"), ["SW1"]);
        assert_eq!(get(&fields, "cdp.portid"), ["Gi0/1"]);
        assert_eq!(get(&fields, "cdp.nrgyz.ip_address"), ["10.0.0.1"]);
        assert_eq!(get(&fields, "cdp.nrgyz.ipv6_address"), ["2001:db8::1"]);
        assert_eq!(get(&fields, "cdp.capabilities"), ["41"]);
        assert_eq!(get(&fields, "cdp.capabilities.switch"), ["true"]);
        assert_eq!(get(&fields, "cdp.capabilities.host"), ["false"]);
        assert_eq!(
            get(&fields, "cdp.software_version"),
            ["IOS 15.2", "Line two"]
        );
        // tshark 4.0 shows the prefixes' bytes reversed.
        assert_eq!(get(&fields, "cdp.ip_prefix"), ["0.1.168.192", "0.0.0.10"]);
        assert_eq!(get(&fields, "cdp.native_vlan"), ["10"]);
        assert_eq!(get(&fields, "cdp.duplex"), ["true"]);
        assert_eq!(get(&fields, "cdp.voice_vlan"), ["20"]);
        assert_eq!(get(&fields, "cdp.mtu"), ["1500"]);
        assert_eq!(get(&fields, "cdp.power_available"), ["15400", "4294967295"]);
        assert_eq!(get(&fields, "cdp.spare_poe_tlv"), ["141"]);
        let out = Dissector::new().dissect(&crate::dissect::testing::frame(1, &fr));
        let cdp = out.layer("cdp").expect("cdp layer");
        let mut info = String::new();
        super::info(&mut info, cdp);
        assert_eq!(info, "Device ID: SW1  Port ID: Gi0/1  ");
    }

    /// A flipped checksum bit: status Bad (0), with tshark's expert.
    #[test]
    fn bad_checksum() {
        let mut fr = hex(FRAME);
        fr[24] ^= 0x01;
        let fields = dissect(&fr);
        assert_eq!(get(&fields, "cdp.checksum.status"), ["0"]);
        assert_eq!(get(&fields, "cdp.deviceid"), ["SW1"]);
    }

    /// Cut anywhere by the capture or by the 802.3 length, with any TLV
    /// length, a PDU never panics.
    #[test]
    fn cut_and_lying_pdus_do_not_panic() {
        let fr = hex(FRAME);
        for n in 0..fr.len() {
            let _ = dissect(&fr[..n]);
            let mut short = fr.clone();
            short[12..14].copy_from_slice(&(n as u16).to_be_bytes());
            let _ = dissect(&short);
        }
        for at in 22..fr.len() {
            for v in [0u8, 1, 3, 4, 0x7f, 0xff] {
                let mut bad = fr.clone();
                bad[at] = v;
                let _ = dissect(&bad);
            }
        }
    }
}
