//! LISP's control plane (UDP port 4342), as packet-lisp.c reads a
//! Map-Register (type 3) and a Map-Notify (type 4): the type and flags,
//! the record count, the nonce, key ID and authentication data, then each
//! mapping record (TTL, locator count, EID mask length, action,
//! authoritative bit, map-version, the EID prefix) with its locator
//! records (priorities and weights, the local/probe/reachable flags, the
//! RLOC), then the xTR-ID and site-ID when the I bit says so (and a
//! Map-Notify's MS-RTR authentication when R does); what follows is data.
//!
//! Read here: IPv4 and IPv6 EID prefixes and RLOCs. An address family
//! Wireshark cannot decode is flagged as it flags it (a mapping record
//! then takes no bytes, so the next one reads the same; a locator takes
//! its 8-byte header); one it can (LCAF, MAC, distinguished name) ends
//! what is shown here. The other message types show their type only.

use super::super::super::layer::{Layer, Osi, Value, ipv4_text, ipv6_text};
use super::super::super::{Next, Walk};
use crate::dissect::expert;
use crate::dissect::fields as f;

expert::ei!(UNEXPECTED, f::lisp::UNEXPECTED_FIELD, Protocol, Error);

const MAP_REGISTER: u32 = 3;
const MAP_NOTIFY: u32 = 4;

/// Where a read ran past the payload: the offset its bytes end at.
struct Past(usize, &'static str);

fn take<'a>(b: &'a [u8], at: usize, n: usize, what: &'static str) -> Result<&'a [u8], Past> {
    b.get(at..at + n).ok_or(Past(at + n, what))
}

fn u16_at(b: &[u8], at: usize, what: &'static str) -> Result<u16, Past> {
    take(b, at, 2, what).map(|s| u16::from_be_bytes([s[0], s[1]]))
}

/// An address of family `afi` at `at`: its value, text and length (IPv4
/// and IPv6); `Unknown` for a family Wireshark's `get_addr_str` does not
/// know, `Other` for one it knows and osidump does not read.
enum Addr {
    Known(Value<'static>, String, usize),
    Unknown,
    Other,
}

fn address(b: &[u8], at: usize, afi: u16) -> Result<Addr, Past> {
    let known = |v, t: &[u8], n| Ok(Addr::Known(v, String::from_utf8_lossy(t).into_owned(), n));
    match afi {
        1 => {
            let s = take(b, at, 4, "LISP IPv4 address")?;
            let a = [s[0], s[1], s[2], s[3]];
            let (t, n) = ipv4_text(&a);
            known(Value::Ipv4(a), &t[..n], 4)
        }
        2 => {
            let s = take(b, at, 16, "LISP IPv6 address")?;
            let mut a = [0u8; 16];
            a.copy_from_slice(s);
            let (t, n) = ipv6_text(&a);
            known(Value::Ipv6(a), &t[..n], 16)
        }
        // Reserved: no address, "not set".
        0 => Ok(Addr::Known(Value::None, "not set".into(), 0)),
        // 802, distinguished name, LCAF, EUI-48.
        6 | 17 | 16387 | 16389 => Ok(Addr::Other),
        _ => Ok(Addr::Unknown),
    }
}

pub(crate) fn lisp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "lisp", start..start + b.len());
    let mut info = String::new();
    let r = message(b, &mut l, &mut info);
    l.str(f::lisp::OSIDUMP_INFO, info);
    match r {
        Ok(Some(end)) => {
            walk.off += end;
            walk.layers.push(l);
            if walk.off < walk.end {
                Next::Data(Osi::Application)
            } else {
                Next::Done
            }
        }
        Ok(None) => {
            walk.off = walk.end;
            walk.layers.push(l);
            Next::Done
        }
        Err(Past(need, what)) => {
            walk.short(&mut l, what, need, b.len());
            walk.off = walk.end;
            walk.layers.push(l);
            Next::Done
        }
    }
}

/// The message's fields; the offset its bytes end at, or `None` when
/// what follows is not shown.
fn message(b: &[u8], l: &mut Layer<'_>, info: &mut String) -> Result<Option<usize>, Past> {
    let first = *b.first().ok_or(Past(1, "LISP type"))?;
    let kind = u32::from(first >> 4);
    info.push_str(
        f::lisp::TYPE
            .value_name(u64::from(kind))
            .unwrap_or("Unknown LISP Control Packet"),
    );
    if f::lisp::TYPE.value_name(u64::from(kind)).is_none() {
        info.push_str(&format!(" ({kind})"));
    }
    let h = take(b, 0, 3, "LISP header")?;
    let word = u32::from_be_bytes([0, h[0], h[1], h[2]]);
    l.uint(f::lisp::TYPE, kind);
    let rtr = match kind {
        MAP_REGISTER => {
            l.boolean(f::lisp::MREG_FLAGS_PMR, word & 0x80000 != 0);
            l.boolean(f::lisp::MREG_FLAGS_SEC, word & 0x40000 != 0);
            l.boolean(f::lisp::MREG_FLAGS_XTRID, word & 0x20000 != 0);
            l.boolean(f::lisp::MREG_FLAGS_RTR, word & 0x10000 != 0);
            l.uint(f::lisp::MREG_RES, (word & 0xfffe) >> 1);
            l.boolean(f::lisp::MREG_FLAGS_WMN, word & 1 != 0);
            word & 0x10000 != 0
        }
        MAP_NOTIFY => {
            l.boolean(f::lisp::MNOT_FLAGS_XTRID, word & 0x80000 != 0);
            l.boolean(f::lisp::MNOT_FLAGS_RTR, word & 0x40000 != 0);
            l.uint(f::lisp::MNOT_RES, word & 0x3ffff);
            word & 0x40000 != 0
        }
        // An unknown type: the whole message is data.
        _ if f::lisp::TYPE.value_name(u64::from(kind)).is_none() => return Ok(Some(0)),
        // Types not read here: their fields are not shown.
        _ => return Ok(None),
    };
    if rtr {
        info.push_str(" (RTR)");
    }
    let xtrid = if kind == MAP_REGISTER {
        word & 0x20000 != 0
    } else {
        word & 0x80000 != 0
    };
    let records = take(b, 3, 1, "LISP record count")?[0];
    l.uint(f::lisp::RECORDS, records);
    let nonce = take(b, 4, 8, "LISP nonce")?;
    l.uint(
        f::lisp::NONCE,
        u64::from_be_bytes(nonce.try_into().unwrap_or([0; 8])),
    );
    l.uint(f::lisp::KEYID, u16_at(b, 12, "LISP key ID")?);
    let authlen = usize::from(u16_at(b, 14, "LISP authentication data length")?);
    l.uint(f::lisp::AUTHLEN, authlen as u64);
    let auth = take(b, 16, authlen, "LISP authentication data")?;
    l.push(f::lisp::AUTH, Value::Bytes(auth.to_vec().into()));
    let mut at = 16 + authlen;
    for _ in 0..records {
        match mapping(b, at, records, l, info)? {
            Some(end) => at = end,
            None => return Ok(None),
        }
    }
    if xtrid {
        l.push(
            f::lisp::XTRID,
            Value::Bytes(take(b, at, 16, "LISP xTR-ID")?.to_vec().into()),
        );
        l.push(
            f::lisp::SITEID,
            Value::Bytes(take(b, at + 16, 8, "LISP site-ID")?.to_vec().into()),
        );
        at += 24;
    }
    if kind == MAP_NOTIFY && rtr {
        l.uint(f::lisp::MSRTR_KEYID, u16_at(b, at, "LISP MS-RTR key ID")?);
        let n = usize::from(u16_at(b, at + 2, "LISP MS-RTR authentication data length")?);
        l.uint(f::lisp::MSRTR_AUTHLEN, n as u64);
        let auth = take(b, at + 4, n, "LISP MS-RTR authentication data")?;
        l.push(f::lisp::MSRTR_AUTH, Value::Bytes(auth.to_vec().into()));
        at += 4 + n;
    }
    Ok(Some(at))
}

/// One mapping record at `at` with its locators: where it ends, or `None`
/// for an address family not read here.
fn mapping(
    b: &[u8],
    at: usize,
    records: u8,
    l: &mut Layer<'_>,
    info: &mut String,
) -> Result<Option<usize>, Past> {
    let mask = take(b, at + 5, 1, "LISP EID mask length")?[0];
    let flags = u16_at(b, at + 6, "LISP mapping flags")?;
    let afi = u16_at(b, at + 10, "LISP EID prefix AFI")?;
    let (eid, text, len) = match address(b, at + 12, afi)? {
        Addr::Known(v, t, n) => (v, t, n),
        Addr::Unknown => {
            let m = format!("Unexpected EID prefix AFI ({afi}), cannot decode");
            expert::add(l, &UNEXPECTED, Some(m));
            return Ok(Some(at));
        }
        Addr::Other => return Ok(None),
    };
    if records == 1 {
        info.push_str(&format!(" for {text}/{mask}"));
    }
    l.present(f::lisp::MAPPING);
    let ttl = take(b, at, 4, "LISP record TTL")?;
    l.uint(
        f::lisp::MAPPING_TTL,
        u32::from_be_bytes([ttl[0], ttl[1], ttl[2], ttl[3]]),
    );
    let loccnt = take(b, at + 4, 1, "LISP locator count")?[0];
    l.uint(f::lisp::MAPPING_LOCCNT, loccnt);
    l.uint(f::lisp::MAPPING_EID_MASKLEN, mask);
    l.uint(f::lisp::MAPPING_ACT, flags >> 13);
    l.boolean(f::lisp::MAPPING_AUTH, flags & 0x1000 != 0);
    l.uint(f::lisp::MAPPING_RES1, flags & 0x07ff);
    let ver = u16_at(b, at + 8, "LISP map-version")?;
    l.uint(f::lisp::MAPPING_RES2, ver >> 12);
    l.uint(f::lisp::MAPPING_VER, ver & 0x0fff);
    l.uint(f::lisp::MAPPING_EID_AFI, afi);
    match afi {
        1 => l.push(f::lisp::MAPPING_EID_IPV4, eid),
        2 => l.push(f::lisp::MAPPING_EID_IPV6, eid),
        // Reserved: no prefix shown.
        _ => {}
    }
    let mut at = at + 12 + len;
    for _ in 0..loccnt {
        match locator(b, at, l)? {
            Some(end) => at = end,
            None => return Ok(None),
        }
    }
    Ok(Some(at))
}

/// One locator record at `at`: where it ends, or `None` for an address
/// family not read here.
fn locator(b: &[u8], at: usize, l: &mut Layer<'_>) -> Result<Option<usize>, Past> {
    let h = take(b, at, 8, "LISP locator record")?;
    l.present(f::lisp::LOC);
    l.uint(f::lisp::LOC_PRIORITY, h[0]);
    l.uint(f::lisp::LOC_WEIGHT, h[1]);
    l.uint(f::lisp::LOC_MULTICAST_PRIORITY, h[2]);
    l.uint(f::lisp::LOC_MULTICAST_WEIGHT, h[3]);
    let flags = u16::from_be_bytes([h[4], h[5]]);
    l.uint(f::lisp::LOC_FLAGS, flags);
    l.uint(f::lisp::LOC_FLAGS_RES, flags >> 3);
    l.boolean(f::lisp::LOC_FLAGS_LOCAL, flags & 4 != 0);
    l.boolean(f::lisp::LOC_FLAGS_PROBE, flags & 2 != 0);
    l.boolean(f::lisp::LOC_FLAGS_REACH, flags & 1 != 0);
    let afi = u16::from_be_bytes([h[6], h[7]]);
    l.uint(f::lisp::LOC_AFI, afi);
    let (text, len) = match address(b, at + 8, afi)? {
        Addr::Known(_, t, n) => (t, n),
        Addr::Unknown => {
            let m = format!("Unexpected locator AFI ({afi}), cannot decode");
            expert::add(l, &UNEXPECTED, Some(m));
            return Ok(Some(at + 8));
        }
        Addr::Other => return Ok(None),
    };
    l.str(f::lisp::LOC_LOCATOR, text);
    Ok(Some(at + 8 + len))
}

/// The Info column tshark writes.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::lisp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

/// The one-line summary: the message type and its EID prefix.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str(l.get_str(f::lisp::OSIDUMP_INFO).unwrap_or(""));
}
