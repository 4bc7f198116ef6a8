//! PIM as tshark 4.0's `packet-pim.c` decodes it: version 2 over IP
//! (protocol 103, IPv4 and IPv6) and version 1 inside IGMP (type 0x14).
//!
//! Version 2: version and type, the reserved byte (DF election's subtype
//! instead), the checksum and its status, then the "PIM Options" of each
//! type: Hello options (hold time, LAN prune delay, DR priority,
//! generation ID, state refresh, address lists; others as bytes),
//! Register (flags, then the IPv4 or IPv6 packet it carries, or a
//! null-register's dummy header), Register-stop, Join/Prune, Graft and
//! Graft-Ack (upstream neighbour, groups with their joined and pruned
//! sources and join attributes), Bootstrap, Assert, Candidate-RP
//! advertisement, State Refresh and DF election (whose backoff and pass
//! parts tshark never reaches: it takes the subtype from the first byte).
//! The checksum covers the whole message (a Register's first 8 bytes),
//! with IPv6's pseudo-header over IPv6; it is verified when that much was
//! captured and the packet is not a fragment. A bad one is tshark's Error
//! `pim.bad_checksum`.
//!
//! Version 1 (tshark reaches it from IGMP's type table, no IGMP item):
//! code, checksum, version, then Query, Register, Register-stop,
//! Join/Prune/Graft/Graft-Ack, RP-Reachable and Assert; other versions
//! inside IGMP show their checksum and version only.
//!
//! An encoded address of another family or encoding stops its message
//! there, as tshark's does. Reads follow tshark's order, so a message cut
//! short shows what tshark shows before its exception. The promise: no
//! input makes this module panic; every read is checked first.

pub mod fields;

use super::super::layer::{Layer, Osi, Value};
use super::super::{Addrs, Next, Walk};
use super::{ones_complement_add, ones_complement_sum};
use crate::dissect::field::checksum;
use crate::dissect::fields as f;

crate::dissect::expert::ei!(BAD_CHECKSUM, f::pim::BAD_CHECKSUM, Checksum, Error);

/// A read past the captured bytes: where it would have ended.
struct Short(usize);

type R<T> = Result<T, Short>;

/// The captured message, every read checked against its length, and the
/// message's length on the wire.
struct Bytes<'a>(&'a [u8], usize);

impl<'a> Bytes<'a> {
    fn need(&self, end: usize) -> R<()> {
        if self.0.len() >= end {
            Ok(())
        } else {
            Err(Short(end))
        }
    }
    fn u8(&self, at: usize) -> R<u8> {
        self.need(at + 1)?;
        Ok(self.0[at])
    }
    fn u16(&self, at: usize) -> R<u16> {
        self.need(at + 2)?;
        Ok(u16::from_be_bytes([self.0[at], self.0[at + 1]]))
    }
    fn u32(&self, at: usize) -> R<u32> {
        self.need(at + 4)?;
        Ok(u32::from_be_bytes([
            self.0[at],
            self.0[at + 1],
            self.0[at + 2],
            self.0[at + 3],
        ]))
    }
    fn ipv4(&self, at: usize) -> R<Value<'static>> {
        self.need(at + 4)?;
        Ok(Value::Ipv4([
            self.0[at],
            self.0[at + 1],
            self.0[at + 2],
            self.0[at + 3],
        ]))
    }
    fn ipv6(&self, at: usize) -> R<Value<'static>> {
        self.need(at + 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(&self.0[at..at + 16]);
        Ok(Value::Ipv6(a))
    }
    fn bytes(&self, at: usize, n: usize) -> R<Value<'a>> {
        self.need(at + n)?;
        Ok(Value::Bytes(self.0[at..at + n].into()))
    }
    /// An item of tshark's that runs to the end of the captured bytes
    /// from `at`: its start must be inside them.
    fn rest_from(&self, at: usize) -> R<()> {
        self.need(at + 1)
    }
}

const HELLO: u8 = 0;
const REGISTER: u8 = 1;
const REGISTER_STOP: u8 = 2;
const JOIN_PRUNE: u8 = 3;
const BOOTSTRAP: u8 = 4;
const ASSERT: u8 = 5;
const GRAFT: u8 = 6;
const GRAFT_ACK: u8 = 7;
const CAND_RP_ADV: u8 = 8;
const STATE_REFRESH: u8 = 9;
const DF_ELECT: u8 = 10;

/// Address families of PIM's encoded addresses.
const AF_IPV4: u8 = 1;
const AF_IPV6: u8 = 2;

/// What the message hands on: the packet a Register carries.
enum After {
    Nothing,
    Ip(usize),
    Ipv6(usize),
}

/// A PIM message (IP protocol 103).
pub(crate) fn pim(walk: &mut Walk<'_>, addrs: Addrs) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.is_empty() && !addrs.v6 {
        // tshark's IPv4 hands no empty payload on; its IPv6 does (and PIM
        // throws at its first byte).
        return Next::Data(Osi::Network);
    }
    let reported = walk.reported_end.max(walk.end) - start;
    let mut l = Layer::new(Osi::Network, "pim", start..walk.end);
    let after = match v2(walk, &mut l, &Bytes(b, reported), reported, addrs) {
        Ok(a) => a,
        Err(Short(n)) => {
            walk.short(&mut l, "PIM message", n, b.len());
            After::Nothing
        }
    };
    walk.layers.push(l);
    match after {
        After::Nothing => {
            walk.off = walk.end;
            Next::Done
        }
        After::Ip(at) => {
            walk.off = start + at;
            Next::Ip
        }
        After::Ipv6(at) => {
            walk.off = start + at;
            Next::EtherType(0x86dd)
        }
    }
}

/// Version 1, an IGMP message of type 0x14 (tshark's IGMP hands it over
/// before it adds anything).
pub(crate) fn v1_in_igmp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let reported = walk.reported_end.max(walk.end) - start;
    let mut l = Layer::new(Osi::Network, "pim", start..walk.end);
    let after = match v1(walk, &mut l, &Bytes(b, reported), reported) {
        Ok(a) => a,
        Err(Short(n)) => {
            walk.short(&mut l, "PIMv1 message", n, b.len());
            After::Nothing
        }
    };
    walk.layers.push(l);
    match after {
        After::Ip(at) => {
            walk.off = start + at;
            Next::Ip
        }
        After::Ipv6(at) => {
            walk.off = start + at;
            Next::EtherType(0x86dd)
        }
        After::Nothing => {
            walk.off = walk.end;
            Next::Done
        }
    }
}

/// The checksum and its status: verified over `b[..len]` (plus `pseudo`,
/// the one's-complement sum of IPv6's pseudo-header) when `verify`.
fn push_checksum(
    walk: &Walk<'_>,
    l: &mut Layer<'_>,
    b: &Bytes<'_>,
    len: Option<usize>,
    pseudo: u16,
) -> R<()> {
    let field = b.u16(2)?;
    l.uint(f::pim::CKSUM, field);
    match len {
        Some(len) if !walk.fragmented && b.0.len() >= len => {
            let sum = ones_complement_add(ones_complement_sum(&b.0[..len]), pseudo);
            if sum == 0xffff {
                l.uint(f::pim::CKSUM_STATUS, checksum::GOOD);
            } else {
                let without = ones_complement_add(sum, !field);
                crate::dissect::expert::add(
                    l,
                    &BAD_CHECKSUM,
                    Some(format!("Bad checksum [should be 0x{:04x}]", !without)),
                );
                l.uint(f::pim::CKSUM_STATUS, checksum::BAD);
            }
        }
        _ => l.uint(f::pim::CKSUM_STATUS, checksum::UNVERIFIED),
    }
    Ok(())
}

fn v2<'a>(
    walk: &Walk<'_>,
    l: &mut Layer<'a>,
    b: &Bytes<'a>,
    reported: usize,
    addrs: Addrs,
) -> R<After> {
    let typever = b.u8(0)?;
    let (version, ty) = (typever >> 4, typever & 0x0f);
    l.uint(f::pim::VERSION, version);
    l.uint(f::pim::TYPE, ty);
    if ty == DF_ELECT {
        let sub = b.u8(1)?;
        l.uint(f::pim::DF_ELECT_SUBTYPE, sub >> 4);
        l.uint(f::pim::DF_ELECT_RSVD, sub & 0x0f);
    } else {
        l.push(f::pim::RES_BYTES, b.bytes(1, 1)?);
    }
    if version != 2 {
        // Of a version tshark does not know, the checksum unverified and
        // the rest as one item (from the message's start).
        push_checksum(walk, l, b, None, 0)?;
        if reported > 0 {
            b.rest_from(0)?;
            l.present(f::pim::OPTION);
        }
        return Ok(After::Nothing);
    }
    // A Register's checksum covers its header only.
    let len = if ty == REGISTER { 8 } else { reported };
    let pseudo = if addrs.v6 {
        let mut ph = [0u8; 40];
        ph[..16].copy_from_slice(&addrs.src);
        ph[16..32].copy_from_slice(&addrs.dst);
        ph[32..36].copy_from_slice(&(len as u32).to_be_bytes());
        ph[39] = 103;
        ones_complement_sum(&ph)
    } else {
        0
    };
    let verify = (reported >= len).then_some(len);
    push_checksum(walk, l, b, verify, pseudo)?;
    let mut o = 4;
    if reported <= o {
        return Ok(After::Nothing);
    }
    b.rest_from(o)?;
    l.present(f::pim::OPTION);
    match ty {
        HELLO => {
            while reported.saturating_sub(o) >= 2 {
                let opt = b.u16(o)?;
                let n = usize::from(b.u16(o + 2)?);
                l.uint(f::pim::OPTIONTYPE, opt);
                l.uint(f::pim::OPTIONLENGTH, n as u64);
                hello_option(l, b, opt, o + 4, n)?;
                o += 4 + n;
            }
        }
        REGISTER => {
            let flags = b.u32(o)?;
            l.uint(f::pim::REGISTER_FLAG, flags);
            l.boolean(f::pim::REGISTER_FLAG_BORDER, flags & 0x8000_0000 != 0);
            l.boolean(
                f::pim::REGISTER_FLAG_NULL_REGISTER,
                flags & 0x4000_0000 != 0,
            );
            o += 4;
            return register(l, b, o, addrs.v6);
        }
        REGISTER_STOP => {
            if let Some(n) = addr(l, b, o, Kind::Group, f::pim::GROUP, f::pim::GROUP_IP6)? {
                addr(
                    l,
                    b,
                    o + n,
                    Kind::Unicast,
                    f::pim::SOURCE,
                    f::pim::SOURCE_IP6,
                )?;
            }
        }
        JOIN_PRUNE | GRAFT | GRAFT_ACK => join_prune(l, b, o)?,
        BOOTSTRAP => bootstrap(l, b, o, reported)?,
        ASSERT => {
            let Some(n) = addr(l, b, o, Kind::Group, f::pim::GROUP, f::pim::GROUP_IP6)? else {
                return Ok(After::Nothing);
            };
            o += n;
            let Some(n) = addr(l, b, o, Kind::Unicast, f::pim::SOURCE, f::pim::SOURCE_IP6)? else {
                return Ok(After::Nothing);
            };
            o += n;
            metrics(l, b, o)?;
        }
        CAND_RP_ADV => {
            let count = b.u8(o)?;
            l.uint(f::pim::PREFIX_COUNT, count);
            l.uint(f::pim::PRIORITY, b.u8(o + 1)?);
            l.uint(f::pim::HOLDTIME, b.u16(o + 2)?);
            o += 4;
            let Some(n) = addr(l, b, o, Kind::Unicast, f::pim::RP, f::pim::RP_IP6)? else {
                return Ok(After::Nothing);
            };
            o += n;
            for _ in 0..count {
                let Some(n) = addr(l, b, o, Kind::Group, f::pim::GROUP, f::pim::GROUP_IP6)? else {
                    break;
                };
                o += n;
            }
        }
        STATE_REFRESH => {
            for (kind, v4, v6) in [
                (Kind::Group, f::pim::GROUP, f::pim::GROUP_IP6),
                (Kind::Unicast, f::pim::SOURCE, f::pim::SOURCE_IP6),
                (Kind::Unicast, f::pim::ORIGINATOR, f::pim::ORIGINATOR_IP6),
            ] {
                let Some(n) = addr(l, b, o, kind, v4, v6)? else {
                    return Ok(After::Nothing);
                };
                o += n;
            }
            metrics(l, b, o)?;
            o += 8;
            l.uint(f::pim::MASK_LEN, b.u8(o)?);
            l.uint(f::pim::TTL, b.u8(o + 1)?);
            let flags = b.u8(o + 2)?;
            l.boolean(f::pim::PRUNE_INDICATOR, flags & 0x80 != 0);
            l.boolean(f::pim::PRUNE_NOW, flags & 0x40 != 0);
            l.boolean(f::pim::ASSERT_OVERRIDE, flags & 0x20 != 0);
            l.uint(f::pim::INTERVAL, b.u8(o + 3)?);
        }
        DF_ELECT => {
            if let Some(n) = addr(l, b, o, Kind::Unicast, f::pim::RP, f::pim::RP_IP6)? {
                o += n;
                l.uint(f::pim::METRIC_PREF, b.u32(o)?);
                l.uint(f::pim::METRIC, b.u32(o + 4)?);
            }
        }
        _ => {}
    }
    Ok(After::Nothing)
}

/// Assert's and State Refresh's RP-tree bit, preference and metric.
fn metrics(l: &mut Layer<'_>, b: &Bytes<'_>, o: usize) -> R<()> {
    let pref = b.u32(o)?;
    l.boolean(f::pim::RPT, pref & 0x8000_0000 != 0);
    l.uint(f::pim::METRIC_PREF, pref & 0x7fff_ffff);
    l.uint(f::pim::METRIC, b.u32(o + 4)?);
    Ok(())
}

fn hello_option<'a>(l: &mut Layer<'a>, b: &Bytes<'a>, opt: u16, at: usize, n: usize) -> R<()> {
    match opt {
        1 => l.uint(f::pim::HOLDTIME, b.u16(at)?),
        2 => {
            let v = b.u16(at)?;
            l.boolean(f::pim::T, v & 0x8000 != 0);
            l.uint(f::pim::PROPAGATION_DELAY, v & 0x7fff);
            l.uint(f::pim::OVERRIDE_INTERVAL, b.u16(at + 2)?);
        }
        19 => l.uint(f::pim::DR_PRIORITY, b.u32(at)?),
        20 => l.uint(f::pim::GENERATION_ID, b.u32(at)?),
        21 => {
            l.uint(f::pim::STATE_REFRESH_VERSION, b.u8(at)?);
            l.uint(f::pim::STATE_REFRESH_INTERVAL, b.u8(at + 1)?);
            l.uint(f::pim::STATE_REFRESH_RESERVED, b.u16(at + 2)?);
        }
        24 | 65001 => {
            let mut i = at;
            while i < at + n {
                match addr(
                    l,
                    b,
                    i,
                    Kind::Unicast,
                    f::pim::ADDRESS_LIST,
                    f::pim::ADDRESS_LIST_IP6,
                )? {
                    Some(adv) => i += adv,
                    None => break,
                }
            }
        }
        _ if n > 0 => l.push(f::pim::OPTIONVALUE, b.bytes(at, n)?),
        _ => {}
    }
    Ok(())
}

/// What follows a Register's flags: the packet it carries, or the dummy
/// header of a null register (the encapsulating packet's family).
fn register(l: &mut Layer<'_>, b: &Bytes<'_>, o: usize, v6: bool) -> R<After> {
    let vhl = b.u8(o)?;
    l.uint(f::pim::IP_VERSION, vhl >> 4);
    Ok(match vhl >> 4 {
        0 => {
            l.present(f::pim::DUMMY_HEADER);
            if v6 {
                l.push(f::pim::SOURCE_IP6, b.ipv6(o + 8)?);
                l.push(f::pim::GROUP_IP6, b.ipv6(o + 24)?);
            } else {
                l.push(f::pim::SOURCE, b.ipv4(o + 12)?);
                l.push(f::pim::GROUP, b.ipv4(o + 16)?);
            }
            After::Nothing
        }
        4 => After::Ip(o),
        6 => After::Ipv6(o),
        _ => After::Nothing,
    })
}

fn join_prune<'a>(l: &mut Layer<'a>, b: &Bytes<'a>, mut o: usize) -> R<()> {
    let Some(n) = addr(
        l,
        b,
        o,
        Kind::Unicast,
        f::pim::UPSTREAM_NEIGHBOR,
        f::pim::UPSTREAM_NEIGHBOR_IP6,
    )?
    else {
        return Ok(());
    };
    o += n;
    l.push(f::pim::RES_BYTES, b.bytes(o, 1)?);
    let groups = b.u8(o + 1)?;
    l.uint(f::pim::NUMGROUPS, groups);
    l.uint(f::pim::HOLDTIME, b.u16(o + 2)?);
    o += 4;
    for _ in 0..groups {
        b.rest_from(o)?;
        l.str(f::pim::GROUP_SET, "");
        let Some(n) = addr(l, b, o, Kind::Group, f::pim::GROUP, f::pim::GROUP_IP6)? else {
            return Ok(());
        };
        o += n;
        let joins = b.u16(o)?;
        let prunes = b.u16(o + 2)?;
        l.uint(f::pim::NUMJOINS, joins);
        let mut at = o + 4;
        for _ in 0..joins {
            let Some(n) = addr(l, b, at, Kind::Source, f::pim::JOIN_IP, f::pim::JOIN_IP6)? else {
                return Ok(());
            };
            at += n;
        }
        l.uint(f::pim::NUMPRUNES, prunes);
        for _ in 0..prunes {
            let Some(n) = addr(l, b, at, Kind::Source, f::pim::PRUNE_IP, f::pim::PRUNE_IP6)? else {
                return Ok(());
            };
            at += n;
        }
        o = at;
    }
    Ok(())
}

fn bootstrap<'a>(l: &mut Layer<'a>, b: &Bytes<'a>, mut o: usize, reported: usize) -> R<()> {
    l.uint(f::pim::FRAGMENT_TAG, b.u16(o)?);
    l.uint(f::pim::HASH_MASK_LEN, b.u8(o + 2)?);
    l.uint(f::pim::BSR_PRIORITY, b.u8(o + 3)?);
    o += 4;
    let Some(n) = addr(l, b, o, Kind::Unicast, f::pim::BSR, f::pim::BSR_IP6)? else {
        return Ok(());
    };
    o += n;
    while reported > o {
        let Some(n) = addr(l, b, o, Kind::Group, f::pim::GROUP, f::pim::GROUP_IP6)? else {
            return Ok(());
        };
        o += n;
        l.uint(f::pim::RP_COUNT, b.u8(o)?);
        let frps = b.u8(o + 1)?;
        l.uint(f::pim::FRP_COUNT, frps);
        o += 4;
        for _ in 0..frps {
            let Some(n) = addr(l, b, o, Kind::Unicast, f::pim::RP, f::pim::RP_IP6)? else {
                return Ok(());
            };
            o += n;
            l.uint(f::pim::HOLDTIME, b.u16(o)?);
            l.uint(f::pim::PRIORITY, b.u8(o + 2)?);
            l.push(f::pim::RES_BYTES, b.bytes(o + 3, 1)?);
            o += 4;
        }
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Unicast,
    Group,
    Source,
}

/// An encoded address (RFC 7761 4.9.1) at `at`, shown as `v4` or `v6`
/// then taken apart; its length, or `None` for a family or encoding tshark
/// does not read (nothing shown, and its message stops there).
fn addr<'a>(
    l: &mut Layer<'a>,
    b: &Bytes<'a>,
    at: usize,
    kind: Kind,
    v4: &'static crate::dissect::field::FieldDef,
    v6: &'static crate::dissect::field::FieldDef,
) -> R<Option<usize>> {
    let af = b.u8(at)?;
    if af != AF_IPV4 && af != AF_IPV6 {
        return Ok(None);
    }
    let et = b.u8(at + 1)?;
    if et > 1 {
        return Ok(None);
    }
    let len = if af == AF_IPV4 { 4 } else { 16 };
    let read = |o: usize| if af == AF_IPV4 { b.ipv4(o) } else { b.ipv6(o) };
    let family = |l: &mut Layer<'a>| {
        l.uint(f::pim::ADDR_ADDRESS_FAMILY, af);
        l.uint(f::pim::ADDR_ENCODING_TYPE, et);
    };
    match kind {
        Kind::Unicast => {
            let a = read(at + 2)?;
            l.push(if af == AF_IPV4 { v4 } else { v6 }, a.clone());
            family(l);
            let inner = if af == AF_IPV4 {
                f::pim::UNICAST
            } else {
                f::pim::UNICAST_IPV6
            };
            l.push(inner, a);
            Ok(Some(2 + len))
        }
        Kind::Group => {
            let mask = b.u8(at + 3)?;
            let a = read(at + 4)?;
            l.push(if af == AF_IPV4 { v4 } else { v6 }, a.clone());
            family(l);
            let flags = b.0[at + 2];
            l.uint(f::pim::GROUP_ADDR_FLAGS, flags);
            l.boolean(f::pim::GROUP_ADDR_FLAGS_B, flags & 0x80 != 0);
            l.uint(f::pim::GROUP_ADDR_FLAGS_RESERVED, (flags & 0x7e) >> 1);
            l.boolean(f::pim::GROUP_ADDR_FLAGS_Z, flags & 0x01 != 0);
            l.uint(f::pim::MASK_LEN, mask);
            let inner = if af == AF_IPV4 {
                f::pim::GROUP
            } else {
                f::pim::GROUP_IP6
            };
            l.push(inner, a);
            Ok(Some(4 + len))
        }
        Kind::Source => {
            let flags = b.u8(at + 2)?;
            let mask = b.u8(at + 3)?;
            let a = read(at + 4)?;
            l.push(if af == AF_IPV4 { v4 } else { v6 }, a.clone());
            family(l);
            l.uint(f::pim::SOURCE_ADDR_FLAGS, flags);
            l.uint(f::pim::SOURCE_ADDR_FLAGS_RESERVED, flags >> 3);
            l.boolean(f::pim::SOURCE_ADDR_FLAGS_S, flags & 0x04 != 0);
            l.boolean(f::pim::SOURCE_ADDR_FLAGS_W, flags & 0x02 != 0);
            l.boolean(f::pim::SOURCE_ADDR_FLAGS_R, flags & 0x01 != 0);
            l.uint(f::pim::MASK_LEN, mask);
            let inner = if af == AF_IPV4 {
                f::pim::SOURCE
            } else {
                f::pim::SOURCE_IP6
            };
            l.push(inner, a);
            let mut n = 4 + len;
            if et == 1 {
                n += join_attributes(l, b, at + n)?;
            }
            Ok(Some(n))
        }
    }
}

/// The join attributes after a source address (RFC 5384), to the one
/// marked last or the message's captured end; their length.
fn join_attributes<'a>(l: &mut Layer<'a>, b: &Bytes<'a>, at: usize) -> R<usize> {
    let mut o = at;
    loop {
        if b.1.saturating_sub(o) < 2 {
            break;
        }
        let n = usize::from(b.u8(o + 1)?);
        b.need(o + 2 + n)?;
        l.present(f::pim::SOURCE_JA);
        let ft = b.u8(o)?;
        l.uint(f::pim::SOURCE_JA_FLAGS, ft);
        l.boolean(f::pim::SOURCE_JA_FLAGS_F, ft & 0x80 != 0);
        l.boolean(f::pim::SOURCE_JA_FLAGS_E, ft & 0x40 != 0);
        l.uint(f::pim::SOURCE_JA_FLAGS_ATTR_TYPE, ft & 0x3f);
        l.uint(f::pim::SOURCE_JA_LENGTH, n as u64);
        if ft & 0x3f == 0 && (n == 6 || n == 18) {
            addr(
                l,
                b,
                o + 2,
                Kind::Unicast,
                f::pim::UNICAST,
                f::pim::UNICAST_IPV6,
            )?;
        } else {
            l.push(f::pim::SOURCE_JA_VALUE, b.bytes(o + 2, n)?);
        }
        o += 2 + n;
        if ft & 0x40 != 0 {
            break;
        }
    }
    Ok(o - at)
}

fn v1<'a>(walk: &Walk<'_>, l: &mut Layer<'a>, b: &Bytes<'a>, reported: usize) -> R<After> {
    l.str(f::pim::IGMP_TYPE, "PIM (0x14)");
    let code = b.u8(1)?;
    l.uint(f::pim::CODE, code);
    let version = b.u8(4)? >> 4;
    if version != 1 {
        push_checksum(walk, l, b, None, 0)?;
        l.uint(f::pim::VERSION, version);
        return Ok(After::Nothing);
    }
    let len = if code == 1 { 8 } else { reported };
    push_checksum(walk, l, b, (reported >= len).then_some(len), 0)?;
    l.uint(f::pim::VERSION, version);
    l.push(f::pim::RES_BYTES, b.bytes(5, 3)?);
    let mut o = 8;
    if reported <= o {
        return Ok(After::Nothing);
    }
    b.rest_from(o)?;
    l.present(f::pim::OPTION);
    match code {
        0 => {
            l.uint(f::pim::MODE, b.u8(o)? >> 4);
            l.uint(f::pim::HOLDTIME, b.u16(o + 2)?);
        }
        1 => {
            return register(l, b, o, false);
        }
        2 => {
            l.push(f::pim::GROUP, b.ipv4(o)?);
            l.push(f::pim::SOURCE, b.ipv4(o + 4)?);
        }
        3 | 6 | 7 => {
            l.push(f::pim::UPSTREAM_NEIGHBOR, b.ipv4(o)?);
            l.push(f::pim::RES_BYTES, b.bytes(o + 4, 2)?);
            l.uint(f::pim::HOLDTIME, b.u16(o + 6)?);
            l.push(f::pim::RES_BYTES, b.bytes(o + 8, 1)?);
            l.uint(f::pim::MASK_LEN, b.u8(o + 9)?);
            l.uint(f::pim::ADDR_LEN, b.u8(o + 10)?);
            let groups = b.u8(o + 11)?;
            l.uint(f::pim::NUMGROUPS, groups);
            o += 12;
            for _ in 0..groups {
                l.push(f::pim::GROUP, b.ipv4(o)?);
                l.push(f::pim::GROUP_MASK, b.ipv4(o + 4)?);
                o += 8;
                let joins = b.u16(o)?;
                let prunes = b.u16(o + 2)?;
                l.uint(f::pim::NUMJOINS, joins);
                let mut at = o + 4;
                for _ in 0..joins {
                    v1_addr(l, b, at, f::pim::JOIN_IP)?;
                    at += 6;
                }
                l.uint(f::pim::NUMPRUNES, prunes);
                for _ in 0..prunes {
                    v1_addr(l, b, at, f::pim::PRUNE_IP)?;
                    at += 6;
                }
                o = at;
            }
        }
        4 => {
            l.push(f::pim::GROUP_ADDRESS, b.ipv4(o)?);
            l.push(f::pim::GROUP_MASK, b.ipv4(o + 4)?);
            l.push(f::pim::RP, b.ipv4(o + 8)?);
            l.push(f::pim::RES_BYTES, b.bytes(o + 12, 2)?);
            l.uint(f::pim::HOLDTIME, b.u16(o + 14)?);
        }
        5 => {
            l.push(f::pim::GROUP_ADDRESS, b.ipv4(o)?);
            l.push(f::pim::GROUP_MASK, b.ipv4(o + 4)?);
            metrics(l, b, o + 8)?;
        }
        _ => {}
    }
    Ok(After::Nothing)
}

/// A version 1 source: flags, mask length, address.
fn v1_addr(
    l: &mut Layer<'_>,
    b: &Bytes<'_>,
    at: usize,
    hf: &'static crate::dissect::field::FieldDef,
) -> R<()> {
    let flags = b.u8(at)?;
    l.uint(f::pim::SRC_FLAGS_A, (flags & 0x08) >> 3);
    l.uint(f::pim::SRC_FLAGS_S, (flags & 0x04) >> 2);
    l.uint(f::pim::SRC_FLAGS_W, (flags & 0x02) >> 1);
    l.uint(f::pim::SRC_FLAGS_R, flags & 0x01);
    l.uint(f::pim::SRC_FLAGS_RSV, flags >> 4);
    l.uint(f::pim::MASK_LEN, b.u8(at + 1)?);
    l.push(hf, b.ipv4(at + 2)?);
    Ok(())
}

/// tshark's Info: the message type's name (version 1's code), `Unknown`
/// for a version 2 cannot name.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    let (t, names) = if l.has(f::pim::IGMP_TYPE) {
        match l.get_uint(f::pim::CODE) {
            Some(c) => (c, f::pim::CODE),
            None => return,
        }
    } else {
        match (l.get_uint(f::pim::VERSION), l.get_uint(f::pim::TYPE)) {
            (Some(2), Some(t)) => (t, f::pim::TYPE),
            (Some(_), _) => {
                out.push_str("Unknown");
                return;
            }
            _ => return,
        }
    };
    match names.value_name(t) {
        Some(n) => out.push_str(n),
        None => {
            out.push_str("Unknown (");
            out.push_str(itoa::Buffer::new().format(t));
            out.push(')');
        }
    }
}

/// tshark's Protocol column: `PIMv1` inside IGMP, else `PIMv` and the
/// version nibble.
pub(crate) fn column(l: &Layer<'_>) -> &'static str {
    const NAMES: [&str; 16] = [
        "PIMv0", "PIMv1", "PIMv2", "PIMv3", "PIMv4", "PIMv5", "PIMv6", "PIMv7", "PIMv8", "PIMv9",
        "PIMv10", "PIMv11", "PIMv12", "PIMv13", "PIMv14", "PIMv15",
    ];
    if l.has(f::pim::IGMP_TYPE) {
        return "PIMv1";
    }
    match l.get_uint(f::pim::VERSION) {
        Some(v) => NAMES[(v & 0x0f) as usize],
        None => "PIM",
    }
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
