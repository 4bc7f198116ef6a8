//! LISP's control plane (UDP port 4342), as packet-lisp.c reads it: the
//! type, then per type
//! - Map-Request (1): the A/M/P/S/p/s flags, ITR-RLOC count, record count,
//!   nonce, source EID, the ITR-RLOCs, the query records (prefix length,
//!   AFI, prefix) and, on the M bit, a Map-Reply mapping record;
//! - Map-Reply (2): the P/E/S flags, record count, nonce, mapping records;
//! - Map-Register (3) and Map-Notify (4): flags, record count, nonce, key
//!   ID and authentication data, the mapping records, then the xTR-ID and
//!   site-ID when the I bit says so (and a Map-Notify's MS-RTR
//!   authentication when R does);
//! - Map-Referral (6): record count, nonce, referral records (a mapping
//!   record whose action is a referral action, with the incomplete bit
//!   and a signature count);
//! - Info (7): the R bit (Info-Request or Info-Reply), nonce, key ID,
//!   authentication data, TTL, the EID prefix, and the AFI that follows;
//! - Encapsulated Control Message (8): the S and D flags, then the inner
//!   IPv4 or IPv6 packet, whose LISP message (UDP 4342) Info calls
//!   "Encapsulated ..." (and "(DDT-originated)" on the D bit).
//!
//! Each mapping record (TTL, locator count, EID mask length, action,
//! authoritative bit, map-version, the EID prefix) carries its locator
//! records (priorities and weights, the local/probe/reachable flags, the
//! RLOC); what follows a message is data.
//!
//! Read here: IPv4 and IPv6 addresses. An address family Wireshark cannot
//! decode is flagged as it flags it (a mapping record then takes no bytes,
//! so the next one reads the same; a locator takes its 8-byte header; in a
//! Map-Request or Info message the rest is data); one it can (LCAF, MAC,
//! distinguished name) ends what is shown here.

use super::super::super::layer::{Layer, Osi, Value, ipv4_text, ipv6_text};
use super::super::super::{Next, Walk};
use crate::dissect::expert;
use crate::dissect::fields as f;

expert::ei!(UNEXPECTED, f::lisp::UNEXPECTED_FIELD, Protocol, Error);
expert::ei!(EXPECTED, f::lisp::EXPECTED_FIELD, Protocol, Error);

const MAP_REQUEST: u32 = 1;
const MAP_REPLY: u32 = 2;
const MAP_REGISTER: u32 = 3;
const MAP_NOTIFY: u32 = 4;
const MAP_REFERRAL: u32 = 6;
const INFO: u32 = 7;
const ECM: u32 = 8;

/// An ECM's header: the type, the S and D flags, reserved bits.
const ECM_HEADER: usize = 4;

/// The LISP Canonical Address Format's AFI.
const LCAF: u16 = 16387;

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
    // Inside an Encapsulated Control Message (the nearest LISP layer
    // before this one is one): Info says so, and names the D bit.
    let outer = walk
        .layers
        .iter()
        .rev()
        .find(|l| l.protocol == "lisp")
        .filter(|l| l.get_uint(f::lisp::TYPE) == Some(u64::from(ECM)))
        .map(|l| l.flag(f::lisp::ECM_FLAGS_DDT));
    let b = walk.rest();
    // No payload: UDP hands it to no dissector. None captured (or a UDP
    // length past the IP payload): the first read throws before LISP's
    // item is added, in the layer below.
    if b.is_empty() {
        let udp_claims = walk
            .layers
            .last()
            .filter(|l| l.protocol == "udp")
            .and_then(|l| l.get_uint(f::udp::LENGTH))
            .is_some_and(|n| n > 8);
        if (walk.reported_end > walk.off || udp_claims)
            && let Some(mut below) = walk.layers.pop()
        {
            walk.short(&mut below, "LISP type", 1, 0);
            walk.layers.push(below);
        }
        return Next::Done;
    }
    let mut info = String::new();
    if outer.is_some() {
        info.push_str("Encapsulated ");
    }
    if b.first().map(|&t| u32::from(t >> 4)) == Some(ECM) {
        return ecm(walk, info);
    }
    let mut l = Layer::new(Osi::Network, "lisp", start..start + b.len());
    let r = message(b, &mut l, &mut info, outer == Some(true));
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

/// An Encapsulated Control Message: its 4-byte header (the layer covers
/// it alone), then the inner IPv4 or IPv6 packet by its version nibble
/// (anything else is data).
fn ecm(walk: &mut Walk<'_>, mut info: String) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "lisp", start..start + b.len().min(ECM_HEADER));
    info.push_str("Encapsulated Control Message");
    l.str(f::lisp::OSIDUMP_INFO, info);
    if b.len() < 3 {
        walk.short(&mut l, "LISP type", 3, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    l.uint(f::lisp::TYPE, ECM);
    let Some(h) = b.first_chunk::<ECM_HEADER>() else {
        walk.short(&mut l, "LISP ECM header", ECM_HEADER, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    };
    let word = u32::from_be_bytes(*h);
    l.boolean(f::lisp::ECM_FLAGS_SEC, word & 0x0800_0000 != 0);
    l.boolean(f::lisp::ECM_FLAGS_DDT, word & 0x0400_0000 != 0);
    l.uint(f::lisp::ECM_RES, word & 0x03ff_ffff);
    walk.off += ECM_HEADER;
    // The inner packet's version nibble: reading it past the end throws.
    let Some(&first) = b.get(ECM_HEADER) else {
        walk.short(&mut l, "LISP ECM inner packet", 1, 0);
        walk.layers.push(l);
        return Next::Done;
    };
    walk.layers.push(l);
    match first >> 4 {
        4 => Next::Ip,
        6 => Next::EtherType(0x86dd),
        _ => Next::Data(Osi::Network),
    }
}

fn nonce(b: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Past> {
    let n = take(b, at, 8, "LISP nonce")?;
    l.uint(
        f::lisp::NONCE,
        u64::from_be_bytes(n.try_into().unwrap_or([0; 8])),
    );
    Ok(())
}

/// The message's fields; the offset its bytes end at, or `None` when
/// what follows is not shown. `ddt`: inside an ECM whose D bit is set.
fn message(
    b: &[u8],
    l: &mut Layer<'_>,
    info: &mut String,
    ddt: bool,
) -> Result<Option<usize>, Past> {
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
    if ddt {
        info.push_str(" (DDT-originated)");
    }
    let h = take(b, 0, 3, "LISP header")?;
    // Info's R bit names the message once the type is read.
    if kind == INFO {
        info.push_str(if first & 0x08 != 0 {
            "-Reply"
        } else {
            "-Request"
        });
    }
    let word = u32::from_be_bytes([0, h[0], h[1], h[2]]);
    l.uint(f::lisp::TYPE, kind);
    let rtr = match kind {
        MAP_REQUEST => return map_request(b, word, l, info),
        MAP_REPLY => {
            l.boolean(f::lisp::MREP_FLAGS_PROBE, word & 0x80000 != 0);
            l.boolean(f::lisp::MREP_FLAGS_ENLR, word & 0x40000 != 0);
            l.boolean(f::lisp::MREP_FLAGS_SEC, word & 0x20000 != 0);
            if word & 0x80000 != 0 {
                info.push_str(" (RLOC-probe reply)");
            }
            l.uint(f::lisp::MREP_RES, word & 0x1ffff);
            return records_only(b, false, l, info);
        }
        MAP_REFERRAL => {
            l.uint(f::lisp::MREF_RES, word & 0xfffff);
            return records_only(b, true, l, info);
        }
        INFO => return info_message(b, word, l, info),
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
        _ => return Ok(Some(0)),
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
    nonce(b, 4, l)?;
    l.uint(f::lisp::KEYID, u16_at(b, 12, "LISP key ID")?);
    let authlen = usize::from(u16_at(b, 14, "LISP authentication data length")?);
    l.uint(f::lisp::AUTHLEN, authlen as u64);
    let auth = take(b, 16, authlen, "LISP authentication data")?;
    l.push(f::lisp::AUTH, Value::Bytes(auth.to_vec().into()));
    let mut at = 16 + authlen;
    for _ in 0..records {
        match mapping(b, at, records, false, l, info)? {
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

/// A Map-Reply's or Map-Referral's record count, nonce and records.
fn records_only(
    b: &[u8],
    referral: bool,
    l: &mut Layer<'_>,
    info: &mut String,
) -> Result<Option<usize>, Past> {
    let records = take(b, 3, 1, "LISP record count")?[0];
    l.uint(f::lisp::RECORDS, records);
    nonce(b, 4, l)?;
    let mut at = 12;
    for _ in 0..records {
        match mapping(b, at, records, referral, l, info)? {
            Some(end) => at = end,
            None => return Ok(None),
        }
    }
    Ok(Some(at))
}

/// A Map-Request after its first three bytes (`word`).
fn map_request(
    b: &[u8],
    word: u32,
    l: &mut Layer<'_>,
    info: &mut String,
) -> Result<Option<usize>, Past> {
    l.uint(f::lisp::MREQ_FLAGS, (word & 0xfc000) >> 14);
    l.boolean(f::lisp::MREQ_FLAGS_AUTH, word & 0x80000 != 0);
    l.boolean(f::lisp::MREQ_FLAGS_MRP, word & 0x40000 != 0);
    l.boolean(f::lisp::MREQ_FLAGS_PROBE, word & 0x20000 != 0);
    l.boolean(f::lisp::MREQ_FLAGS_SMR, word & 0x10000 != 0);
    l.boolean(f::lisp::MREQ_FLAGS_PITR, word & 0x8000 != 0);
    l.boolean(f::lisp::MREQ_FLAGS_SMRI, word & 0x4000 != 0);
    for (bit, text) in [
        (0x8000, " by P-ITR"),
        (0x10000, " (SMR)"),
        (0x20000, " (RLOC-probe)"),
        (0x4000, " (SMR-invoked)"),
    ] {
        if word & bit != 0 {
            info.push_str(text);
        }
    }
    l.uint(f::lisp::MREQ_RES, (word & 0x3fe0) >> 5);
    let itr = word & 0x1f;
    l.uint(f::lisp::IRC, itr);
    let records = take(b, 3, 1, "LISP record count")?[0];
    l.uint(f::lisp::RECORDS, records);
    nonce(b, 4, l)?;
    let afi = u16_at(b, 12, "LISP source EID AFI")?;
    l.uint(f::lisp::MREQ_SRCEID_AFI, afi);
    let mut at = 14;
    match afi {
        0 => l.str(f::lisp::MREQ_SRCEID_STRING, "not set"),
        1 | 2 => {
            let Addr::Known(v, _, n) = address(b, at, afi)? else {
                return Ok(None);
            };
            let field = if afi == 1 {
                f::lisp::MREQ_SRCEID_IPV4
            } else {
                f::lisp::MREQ_SRCEID_IPV6
            };
            l.push(field, v);
            at += n;
        }
        // LCAF, MAC: not read here.
        6 | 16387 | 16389 => return Ok(None),
        _ => {
            let m = format!("Unexpected Source EID AFI ({afi}), cannot decode");
            expert::add(l, &UNEXPECTED, Some(m));
            return Ok(Some(at));
        }
    }
    // ITR-RLOC count + 1 addresses, IPv4 or IPv6 only.
    for _ in 0..=itr {
        let afi = u16_at(b, at, "LISP ITR-RLOC AFI")?;
        l.present(f::lisp::MREQ_ITR_RLOC);
        l.uint(f::lisp::MREQ_ITR_RLOC_AFI, afi);
        at += 2;
        let field = match afi {
            1 => f::lisp::MREQ_ITR_RLOC_IPV4,
            2 => f::lisp::MREQ_ITR_RLOC_IPV6,
            _ => {
                let m = format!("Unexpected ITR-RLOC-AFI ({afi}), cannot decode");
                expert::add(l, &UNEXPECTED, Some(m));
                return Ok(Some(at));
            }
        };
        let Addr::Known(v, _, n) = address(b, at, afi)? else {
            return Ok(None);
        };
        l.push(field, v);
        at += n;
    }
    for _ in 0..records {
        let mask = take(b, at + 1, 1, "LISP EID mask length")?[0];
        let afi = u16_at(b, at + 2, "LISP EID prefix AFI")?;
        let (v, text, n) = match address(b, at + 4, afi)? {
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
        l.present(f::lisp::MREQ_RECORD);
        l.uint(
            f::lisp::MREQ_RECORD_RES,
            take(b, at, 1, "LISP reserved")?[0],
        );
        l.uint(f::lisp::MREQ_RECORD_PREFIX_LENGTH, mask);
        l.uint(f::lisp::MREQ_RECORD_PREFIX_AFI, afi);
        match afi {
            1 => l.push(f::lisp::MREQ_RECORD_PREFIX_IPV4, v),
            2 => l.push(f::lisp::MREQ_RECORD_PREFIX_IPV6, v),
            _ => {}
        }
        at += 4 + n;
    }
    // The M bit: a Map-Reply record follows (not named in Info).
    if word & 0x40000 != 0 {
        l.present(f::lisp::MREP_RECORD);
        match mapping(b, at, 0, false, l, info)? {
            Some(end) => at = end,
            None => return Ok(None),
        }
    }
    Ok(Some(at))
}

/// An Info-Request or Info-Reply after its first three bytes (`word`).
fn info_message(
    b: &[u8],
    word: u32,
    l: &mut Layer<'_>,
    info: &mut String,
) -> Result<Option<usize>, Past> {
    let reply = word & 0x80000 != 0;
    l.boolean(f::lisp::INFO_R, reply);
    let h = take(b, 0, 4, "LISP reserved bits")?;
    l.uint(
        f::lisp::INFO_RES1,
        u32::from_be_bytes([h[0], h[1], h[2], h[3]]) & 0x07ff_ffff,
    );
    nonce(b, 4, l)?;
    l.uint(f::lisp::KEYID, u16_at(b, 12, "LISP key ID")?);
    let authlen = usize::from(u16_at(b, 14, "LISP authentication data length")?);
    l.uint(f::lisp::AUTHLEN, authlen as u64);
    let auth = take(b, 16, authlen, "LISP authentication data")?;
    l.push(f::lisp::AUTH, Value::Bytes(auth.to_vec().into()));
    let mut at = 16 + authlen;
    let ttl = take(b, at, 4, "LISP TTL")?;
    l.uint(
        f::lisp::INFO_TTL,
        u32::from_be_bytes([ttl[0], ttl[1], ttl[2], ttl[3]]),
    );
    l.uint(
        f::lisp::INFO_RES2,
        take(b, at + 4, 1, "LISP reserved bits")?[0],
    );
    let mask = take(b, at + 5, 1, "LISP EID mask length")?[0];
    l.uint(f::lisp::INFO_PREFIX_MASKLEN, mask);
    let afi = u16_at(b, at + 6, "LISP EID prefix AFI")?;
    l.uint(f::lisp::INFO_PREFIX_AFI, afi);
    at += 8;
    let (v, text, n) = match address(b, at, afi)? {
        Addr::Known(v, t, n) => (v, t, n),
        Addr::Unknown => {
            let m = format!("Unexpected EID prefix AFI ({afi}), cannot decode");
            expert::add(l, &UNEXPECTED, Some(m));
            return Ok(Some(at));
        }
        Addr::Other => return Ok(None),
    };
    match afi {
        1 => l.push(f::lisp::INFO_PREFIX_IPV4, v),
        2 => l.push(f::lisp::INFO_PREFIX_IPV6, v),
        _ => {}
    }
    at += n;
    info.push_str(&format!(" for {text}/{mask}"));
    let afi = u16_at(b, at, "LISP AFI")?;
    l.uint(f::lisp::INFO_AFI, afi);
    at += 2;
    if !reply && afi != 0 {
        let m = format!("Expecting NULL AFI (0), found {afi}, incorrect packet!");
        expert::add(l, &EXPECTED, Some(m));
    } else if reply && afi != LCAF {
        let m = format!("Expecting LCAF AFI ({LCAF}), found {afi}, incorrect packet!");
        expert::add(l, &EXPECTED, Some(m));
    } else if reply {
        // The NAT-traversal LCAF: not read here.
        return Ok(None);
    }
    Ok(Some(at))
}

/// One mapping record at `at` with its locators (a Map-Referral's
/// referral record when `referral`): where it ends, or `None` for an
/// address family not read here. Info names its prefix when `records` is 1.
fn mapping(
    b: &[u8],
    at: usize,
    records: u8,
    referral: bool,
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
    if referral {
        l.boolean(f::lisp::REFERRAL_INCOMPLETE, flags & 0x0800 != 0);
    }
    l.uint(f::lisp::MAPPING_RES1, flags & 0x07ff);
    let ver = u16_at(b, at + 8, "LISP map-version")?;
    if referral {
        l.uint(f::lisp::REFERRAL_SIGCNT, ver >> 12);
    } else {
        l.uint(f::lisp::MAPPING_RES2, ver >> 12);
    }
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

/// The Info column tshark writes. Each LISP message clears the column:
/// an ECM whose inner packet holds another LISP message writes nothing.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if layers
        .get(i + 1..)
        .is_some_and(|rest| rest.iter().any(|l| l.protocol == "lisp"))
    {
        return;
    }
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::lisp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

/// The one-line summary: the message type and its EID prefix.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str(l.get_str(f::lisp::OSIDUMP_INFO).unwrap_or(""));
}
