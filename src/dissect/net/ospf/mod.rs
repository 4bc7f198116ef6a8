//! OSPF (IP protocol 89) as tshark 4.0's `packet-ospf.c` decodes it: the
//! common header (version, message type, length, router and area, checksum;
//! version 2's authentication: none, a simple password, or the
//! cryptographic key id, length and sequence number), then version 2's
//! messages: Hello (mask, intervals, options, priority, designated and
//! backup routers, neighbours), Database Description (MTU, options, flags,
//! sequence, LSA headers), LS Request (type, ID, router of each),
//! LS Update (count, then each LSA whole) and LS Acknowledge (LSA
//! headers). LSA bodies read: Router (flags, links and their metric),
//! Network (mask, attached routers), Summary (mask, TOS and metric) and
//! AS-External / NSSA (mask, type, TOS, metric, forwarding address, tag).
//! Version 3 (over IPv6, RFC 5340; `v3.rs`): the same five messages with
//! version 3's layouts (Hello, Database Description with its reserved
//! bytes and LSA headers, LS Request, LS Update, LS Acknowledge), its
//! LSA header (16-bit LS type with its U, S1/S2 bits and function code)
//! and the bodies of Router, Network, Inter-Area-Prefix,
//! Inter-Area-Router, AS-External / NSSA, Link and Intra-Area-Prefix LSAs
//! (options, metrics, prefixes and their options).
//! Not read, in either version: opaque LSA bodies (version 2's TE, grace
//! and Router Information; version 3's Router Information), LLS data
//! blocks and version 3's authentication trailer, an unknown message
//! type's body (tshark's `data`). Expert items: version 3's only (reserved
//! bytes not zero, an unknown LSA type, a prefix longer than 128 bits).
//!
//! Every message reads up to the length in its header, as tshark's does;
//! a read past the captured bytes or the packet's end is tshark's
//! exception there (the layer is cut short or malformed, what was read
//! before stays). The Info column (`Hello Packet`, `LS Update`) needs only
//! the type byte.

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;

#[cfg(test)]
mod tests;
mod v3;

/// A read past the captured bytes: where it would have ended.
struct Short(usize);

type R<T> = Result<T, Short>;

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
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
}

const HELLO: u8 = 1;
const DB_DESC: u8 = 2;
const LS_REQ: u8 = 3;
const LS_UPD: u8 = 4;
const LS_ACK: u8 = 5;

const LSA_HEADER: usize = 20;

crate::dissect::expert::ei!(
    RESERVED_NOT_ZERO,
    f::ospf::RESERVED_NOT_ZERO,
    Protocol,
    Warn
);
crate::dissect::expert::ei!(
    LSA_INVALID_LENGTH,
    f::ospf::LSA_INVALID_LENGTH,
    Malformed,
    Error
);
crate::dissect::expert::ei!(LSA_UNKNOWN_TYPE, f::ospf::LSA_UNKNOWN_TYPE, Protocol, Warn);

pub(crate) fn ospf(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.is_empty() {
        return Next::Data(Osi::Network);
    }
    let mut l = Layer::new(Osi::Network, "ospf", start..walk.end);
    if let Err(Short(n)) = packet(&mut l, &Bytes(b)) {
        walk.short(&mut l, "OSPF packet", n, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn packet(l: &mut Layer<'_>, b: &Bytes<'_>) -> R<()> {
    let version = b.u8(0)?;
    let ty = b.u8(1)?;
    l.uint(f::ospf::OSIDUMP_MSG, ty);
    // tshark reads the length and the router before any item.
    let len = usize::from(b.u16(2)?);
    l.present(f::ospf::HEADER);
    l.uint(f::ospf::VERSION, version);
    l.uint(f::ospf::MSG, ty);
    if let Some(hidden) = msg_flag(ty) {
        l.boolean(hidden, true);
    }
    l.uint(f::ospf::PACKET_LENGTH, len as u64);
    l.push(f::ospf::SRCROUTER, b.ipv4(4)?);
    l.push(f::ospf::AREA_ID, b.ipv4(8)?);
    l.uint(f::ospf::CHECKSUM, b.u16(12)?);
    if version != 2 {
        if version == 3 {
            l.uint(f::ospf::INSTANCE_ID, b.u8(14)?);
            b.need(16)?;
            l.push(f::ospf::RESERVED, Value::Bytes(b.0[15..16].to_vec().into()));
            if b.0[15] != 0 {
                crate::dissect::expert::add(l, &RESERVED_NOT_ZERO, None);
            }
            v3::body(l, b, ty, len)?;
        }
        return Ok(());
    }
    let auth = b.u16(14)?;
    l.uint(f::ospf::AUTH_TYPE, auth);
    b.need(24)?;
    match auth {
        0 => l.push(
            f::ospf::AUTH_NONE,
            Value::Bytes(b.0[16..24].to_vec().into()),
        ),
        1 => crate::dissect::expert::ascii_string(l, f::ospf::AUTH_SIMPLE, &b.0[16..24]),
        2 => {
            l.uint(f::ospf::AUTH_CRYPT_KEY_ID, b.0[18]);
            l.uint(f::ospf::AUTH_CRYPT_DATA_LENGTH, b.0[19]);
            l.uint(f::ospf::AUTH_CRYPT_SEQ_NBR, b.u32(20)?);
            // The digest follows the packet.
            let n = usize::from(b.0[19]);
            b.need(len + n)?;
            l.push(
                f::ospf::AUTH_CRYPT_DATA,
                Value::Bytes(b.0[len..len + n].to_vec().into()),
            );
        }
        _ => l.push(
            f::ospf::AUTH_UNKNOWN,
            Value::Bytes(b.0[16..24].to_vec().into()),
        ),
    }
    let hdr = 24;
    let end = len.max(hdr);
    match ty {
        HELLO => hello(l, b, hdr, end)?,
        DB_DESC => {
            l.uint(f::ospf::DB_INTERFACE_MTU, b.u16(hdr)?);
            options(l, b.u8(hdr + 2)?, false);
            let flags = b.u8(hdr + 3)?;
            l.uint(f::ospf::DBD, flags);
            l.boolean(f::ospf::DBD_R, flags & 0x08 != 0);
            l.boolean(f::ospf::DBD_I, flags & 0x04 != 0);
            l.boolean(f::ospf::DBD_M, flags & 0x02 != 0);
            l.boolean(f::ospf::DBD_MS, flags & 0x01 != 0);
            l.uint(f::ospf::DB_DD_SEQUENCE, b.u32(hdr + 4)?);
            let mut o = hdr + 8;
            while o < end {
                o = lsa(l, b, o, false)?;
            }
        }
        LS_REQ => {
            let mut o = hdr;
            while o < end {
                // A 4-byte LS type read into tshark's 8-bit ospf.lsa: the
                // low byte (the others are zero on the wire).
                l.push(f::ospf::LSA, Value::UInt(u64::from(b.u32(o)? & 0xff)));
                l.push(f::ospf::LINK_STATE_ID, b.ipv4(o + 4)?);
                l.push(f::ospf::ADVROUTER, b.ipv4(o + 8)?);
                o += 12;
            }
        }
        LS_UPD => {
            let n = b.u32(hdr)?;
            l.uint(f::ospf::LS_NUMBER_OF_LSAS, n);
            let mut o = hdr + 4;
            for _ in 0..n {
                o = lsa(l, b, o, true)?;
            }
        }
        LS_ACK => {
            let mut o = hdr;
            while o < end {
                o = lsa(l, b, o, false)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The hidden boolean tshark adds for the message type (`ospf.msg.hello`).
fn msg_flag(ty: u8) -> Option<&'static FieldDef> {
    Some(match ty {
        HELLO => f::ospf::MSG_HELLO,
        DB_DESC => f::ospf::MSG_DBDESC,
        LS_REQ => f::ospf::MSG_LSREQ,
        LS_UPD => f::ospf::MSG_LSUPDATE,
        LS_ACK => f::ospf::MSG_LSACK,
        _ => return None,
    })
}

/// Version 2's options and their bits; an NSSA LSA's N bit is P.
fn options(l: &mut Layer<'_>, o: u8, nssa: bool) {
    l.uint(f::ospf::V2_OPTIONS, o);
    l.boolean(f::ospf::V2_OPTIONS_DN, o & 0x80 != 0);
    l.boolean(f::ospf::V2_OPTIONS_O, o & 0x40 != 0);
    l.boolean(f::ospf::V2_OPTIONS_DC, o & 0x20 != 0);
    l.boolean(f::ospf::V2_OPTIONS_L, o & 0x10 != 0);
    let n = if nssa {
        f::ospf::V2_OPTIONS_P
    } else {
        f::ospf::V2_OPTIONS_N
    };
    l.boolean(n, o & 0x08 != 0);
    l.boolean(f::ospf::V2_OPTIONS_MC, o & 0x04 != 0);
    l.boolean(f::ospf::V2_OPTIONS_E, o & 0x02 != 0);
    l.boolean(f::ospf::V2_OPTIONS_MT, o & 0x01 != 0);
}

fn hello(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize, end: usize) -> R<()> {
    l.present(f::ospf::HELLO);
    l.push(f::ospf::HELLO_NETWORK_MASK, b.ipv4(at)?);
    l.uint(f::ospf::HELLO_HELLO_INTERVAL, b.u16(at + 4)?);
    options(l, b.u8(at + 6)?, false);
    l.uint(f::ospf::HELLO_ROUTER_PRIORITY, b.u8(at + 7)?);
    l.uint(f::ospf::HELLO_ROUTER_DEAD_INTERVAL, b.u32(at + 8)?);
    l.push(f::ospf::HELLO_DESIGNATED_ROUTER, b.ipv4(at + 12)?);
    l.push(f::ospf::HELLO_BACKUP_DESIGNATED_ROUTER, b.ipv4(at + 16)?);
    let mut o = at + 20;
    while o < end {
        l.push(f::ospf::HELLO_ACTIVE_NEIGHBOR, b.ipv4(o)?);
        o += 4;
    }
    Ok(())
}

/// The hidden boolean tshark adds for an LSA's type (`ospf.lsa.router`).
fn lsa_flag(ty: u8) -> Option<&'static FieldDef> {
    Some(match ty {
        1 => f::ospf::LSA_ROUTER,
        2 => f::ospf::LSA_NETWORK,
        3 => f::ospf::LSA_SUMMARY,
        4 => f::ospf::LSA_ASBR,
        5 => f::ospf::LSA_ASEXT,
        6 => f::ospf::LSA_MEMBER,
        7 => f::ospf::LSA_NSSA,
        8 => f::ospf::LSA_ATTR,
        _ => return None,
    })
}

/// One LSA at `at`: its header, and with `body` what follows it; the
/// offset after it (the header's length for a whole LSA).
fn lsa(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize, body: bool) -> R<usize> {
    let ty = b.u8(at + 3)?;
    let len = usize::from(b.u16(at + 18)?);
    let age = b.u16(at)?;
    l.uint(f::ospf::LSA_AGE, age & 0x7fff);
    l.uint(f::ospf::LSA_DONOTAGE, age >> 15);
    options(l, b.u8(at + 2)?, ty == 7);
    l.uint(f::ospf::LSA, ty);
    if let Some(hidden) = lsa_flag(ty) {
        l.boolean(hidden, true);
    }
    if (9..=11).contains(&ty) {
        l.boolean(f::ospf::LSA_OPAQUE, true);
        let opaque = b.u8(at + 4)?;
        l.uint(f::ospf::LSID_OPAQUE_TYPE, opaque);
        if opaque == 1 {
            l.uint(f::ospf::LSID_TE_LSA_RESERVED, b.u8(at + 5)?);
            l.uint(f::ospf::LSID_TE_LSA_INSTANCE, b.u16(at + 6)?);
        }
    } else {
        l.push(f::ospf::LSA_ID, b.ipv4(at + 4)?);
    }
    l.push(f::ospf::ADVROUTER, b.ipv4(at + 8)?);
    l.uint(f::ospf::LSA_SEQNUM, b.u32(at + 12)?);
    l.uint(f::ospf::LSA_CHKSUM, b.u16(at + 16)?);
    l.uint(f::ospf::LSA_LENGTH, len as u64);
    if !body {
        return Ok(at + LSA_HEADER);
    }
    if len < LSA_HEADER {
        // Shorter than its own header: the next LSA would start before
        // this one ends (tshark's dissector goes back and throws).
        return Err(Short(usize::MAX / 4));
    }
    let end = at + len;
    let mut o = at + LSA_HEADER;
    match ty {
        1 => {
            let flags = b.u8(o)?;
            l.uint(f::ospf::V2_ROUTER_LSA_FLAGS, flags);
            l.boolean(f::ospf::V2_ROUTER_LSA_FLAGS_H, flags & 0x80 != 0);
            l.boolean(f::ospf::V2_ROUTER_LSA_FLAGS_N, flags & 0x10 != 0);
            l.boolean(f::ospf::V2_ROUTER_LSA_FLAGS_W, flags & 0x08 != 0);
            l.boolean(f::ospf::V2_ROUTER_LSA_FLAGS_V, flags & 0x04 != 0);
            l.boolean(f::ospf::V2_ROUTER_LSA_FLAGS_E, flags & 0x02 != 0);
            l.boolean(f::ospf::V2_ROUTER_LSA_FLAGS_B, flags & 0x01 != 0);
            let links = b.u16(o + 2)?;
            l.uint(f::ospf::LSA_NUMBER_OF_LINKS, links);
            o += 4;
            for _ in 0..links {
                let link_type = b.u8(o + 8)?;
                l.push(f::ospf::LSA_ROUTER_LINKID, b.ipv4(o)?);
                l.push(f::ospf::LSA_ROUTER_LINKDATA, b.ipv4(o + 4)?);
                let tos = b.u8(o + 9)?;
                l.uint(f::ospf::LSA_ROUTER_LINKTYPE, link_type);
                l.uint(f::ospf::LSA_ROUTER_NUMMETRICS, tos);
                l.uint(f::ospf::LSA_ROUTER_METRIC0, b.u16(o + 10)?);
                o += 12 + 4 * usize::from(tos);
            }
        }
        2 => {
            l.push(f::ospf::LSA_NETWORK_NETMASK, b.ipv4(o)?);
            o += 4;
            while o < end {
                l.push(f::ospf::LSA_NETWORK_ATTCHRTR, b.ipv4(o)?);
                o += 4;
            }
        }
        3 | 4 => {
            l.push(f::ospf::LSA_ASBR_NETMASK, b.ipv4(o)?);
            o += 4;
            while o < end {
                l.uint(f::ospf::LSA_TOS, b.u8(o)? & 0x7f);
                l.uint(f::ospf::METRIC, b.u32(o)? & 0x00ff_ffff);
                o += 4;
            }
        }
        5 | 7 => {
            l.push(f::ospf::LSA_ASEXT_NETMASK, b.ipv4(o)?);
            o += 4;
            while o < end {
                let t = b.u8(o)?;
                l.boolean(f::ospf::LSA_ASEXT_TYPE, t & 0x80 != 0);
                l.uint(f::ospf::LSA_TOS, t & 0x7f);
                l.uint(f::ospf::METRIC, b.u32(o)? & 0x00ff_ffff);
                l.push(f::ospf::LSA_ASEXT_FWDADDR, b.ipv4(o + 4)?);
                l.uint(f::ospf::LSA_ASEXT_EXTRTTAG, b.u32(o + 8)?);
                o += 12;
            }
        }
        _ => {}
    }
    Ok(end)
}

/// tshark's Info: the message type's name (`Hello Packet`, `LS Update`).
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(t) = l.get_uint(f::ospf::OSIDUMP_MSG) {
        match f::ospf::MSG.value_name(t) {
            Some(n) => out.push_str(n),
            None => {
                out.push_str("Unknown (");
                out.push_str(itoa::Buffer::new().format(t));
                out.push(')');
            }
        }
    }
}

/// The tree's line: the message, and who sent it in which area.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
    if let Some(Value::Ipv4(a)) = l.get(f::ospf::SRCROUTER) {
        out.push_str(" from router ");
        out.push_str(&std::net::Ipv4Addr::from(*a).to_string());
    }
    if let Some(Value::Ipv4(a)) = l.get(f::ospf::AREA_ID) {
        out.push_str(" area ");
        out.push_str(&std::net::Ipv4Addr::from(*a).to_string());
    }
}
