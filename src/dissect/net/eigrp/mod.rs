//! EIGRP (IP protocol 88, over IPv4 and IPv6) as tshark 4.0's
//! `packet-eigrp.c` decodes it.
//!
//! The 20-byte header: version, opcode, checksum and its status, flags,
//! sequence, acknowledge, virtual router ID and autonomous system. The
//! checksum is always verified, over the bytes captured (a cut packet's
//! is bad, as tshark's is). The Info column is the opcode's name; a Hello
//! that acknowledges something is `Hello (Ack)`. tshark reads the opcode
//! and the acknowledgement before it adds anything: under 16 bytes there
//! is no field at all.
//!
//! Then the TLVs, each as tshark reads them: the general ones (parameters
//! and their peer termination, authentication, sequence, software version,
//! next multicast sequence, stub options, peer termination, topology ID
//! list), the classic IPv4 and IPv6 internal and external routes (legacy
//! metric, external data, destinations), the multi-topology routes (legacy
//! metric, per-family next hop) and the multi-protocol ones (wide metric
//! and its attributes), the AppleTalk and IPX routes (IPX network numbers
//! are not shown). A TLV whose length is under 4 ends the message
//! (`eigrp.tlv.len.invalid`); one that runs past the packet throws before
//! anything of it is shown. Not decoded: SAF services, extended
//! communities, and the IPX SAP message of opcode 6 (tshark hands it to
//! its IPX SAP dissector, which osidump does not have).
//!
//! Destinations are read as tshark 4.0 reads them, one byte further than
//! the prefix each time (it steps over the prefix length twice), and IPv6
//! ones a byte longer still when the prefix is a whole number of bytes;
//! after an invalid prefix length, none.
//!
//! Every read is checked: inside a TLV, one past its length is malformed
//! (tshark's subset ends there), past what was captured truncated. The
//! promise: no input makes this module panic.

pub mod fields;
#[cfg(test)]
mod tests;

use super::super::layer::{Layer, Osi, Value};
use super::super::{Addrs, Next, Walk};
use super::{ones_complement_add, ones_complement_sum};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::checksum;
use crate::dissect::fields as f;

ei!(CHECKSUM_BAD, f::eigrp::CHECKSUM_BAD, Checksum, Warn);
ei!(PEER_TERMINATION, f::eigrp::PEER_TERMINATION, Response, Note);
ei!(
    PEER_TERMINATION_GRACEFUL,
    f::eigrp::PEER_TERMINATION_GRACEFUL,
    Response,
    Note
);
ei!(AUTH_LEN, f::eigrp::AUTH_LENGTH_INVALID, Malformed, Warn);
ei!(AUTH_TYPE, f::eigrp::AUTH_TYPE_INVALID, Protocol, Warn);
ei!(SEQ_ADDRLEN, f::eigrp::SEQ_ADDRLEN_INVALID, Malformed, Error);
ei!(PREFIXLEN, f::eigrp::PREFIXLEN_INVALID, Malformed, Warn);
ei!(TLV_TYPE, f::eigrp::TLV_TYPE_UNKNOWN, Protocol, Warn);
ei!(AFI, f::eigrp::AFI_UNKNOWN, Protocol, Warn);
ei!(TLV_LEN, f::eigrp::TLV_LEN_INVALID, Malformed, Error);
ei!(TLV_TRUNC, f::eigrp::TLV_TRUNCATED, Malformed, Error);

const HEADER_LEN: usize = 20;

const OPC_HELLO: u8 = 5;
const OPC_IPXSAP: u8 = 6;
const OPC_ACK: u8 = 8;

const TLV_PARAMETER: u16 = 0x0001;
const TLV_AUTH: u16 = 0x0002;
const TLV_SEQ: u16 = 0x0003;
const TLV_SW_VERSION: u16 = 0x0004;
const TLV_NEXT_MCAST_SEQ: u16 = 0x0005;
const TLV_PEER_STUBINFO: u16 = 0x0006;
const TLV_PEER_TERMINATION: u16 = 0x0007;
const TLV_PEER_TIDLIST: u16 = 0x0008;
const TLV_MTR_TIDLIST: u16 = 0x00f5;
const TLV_AT_CABLE: u16 = 0x0204;

/// tshark groups TLVs by `type & 0xfff0` (its own comment says it should
/// have been 0xff00).
const RANGE_MASK: u16 = 0xfff0;
const RANGE_GENERAL: u16 = 0x0000;
const RANGE_IPV4: u16 = 0x0100;
const RANGE_ATALK: u16 = 0x0200;
const RANGE_IPX: u16 = 0x0300;
const RANGE_IPV6: u16 = 0x0400;
const RANGE_MP: u16 = 0x0600;
const RANGE_MTR: u16 = 0x00f0;
const TYPE_MASK: u16 = 0x000f;
const TYPE_EXTERNAL: u16 = 0x0003;

const AF_IPV4: u16 = 1;
const AF_IPV6: u16 = 2;
const AF_IPX: u16 = 11;
const SF_COMMON: u16 = 16384;
const SF_IPV4: u16 = 16385;
const SF_IPV6: u16 = 16386;

const AUTH_MD5: u16 = 2;
const AUTH_SHA256: u16 = 3;

/// A read that failed: where it would have ended (from the message's
/// start) and whether only the capture's end stopped it (tshark's
/// BoundsError) rather than the end of the bytes it read from (its
/// ReportedBoundsError: malformed).
#[derive(Debug, PartialEq, Eq)]
struct Throw {
    end: usize,
    cut_by_capture: bool,
}

type R<T> = Result<T, Throw>;

/// The message's bytes as one of tshark's tvbs sees them: reads end at
/// `cap` (what it may read) and past `rep` they are malformed.
#[derive(Clone, Copy)]
struct Tvb<'a> {
    b: &'a [u8],
    cap: usize,
    rep: usize,
}

impl<'a> Tvb<'a> {
    /// A TLV's (or a part's) bytes from `start` for `len`: tshark's
    /// `tvb_new_subset_length`.
    fn sub(&self, start: usize, len: usize) -> Tvb<'a> {
        let rep = start.saturating_add(len).min(self.rep);
        Tvb {
            b: self.b,
            cap: rep.min(self.cap),
            rep,
        }
    }
    fn need(&self, end: usize) -> R<()> {
        if end <= self.cap {
            Ok(())
        } else {
            Err(Throw {
                end,
                cut_by_capture: end <= self.rep,
            })
        }
    }
    fn slice(&self, at: usize, n: usize) -> R<&'a [u8]> {
        let end = at.saturating_add(n);
        self.need(end)?;
        self.b.get(at..end).ok_or(Throw {
            end,
            cut_by_capture: true,
        })
    }
    fn u8(&self, at: usize) -> R<u8> {
        Ok(self.slice(at, 1)?[0])
    }
    fn u16(&self, at: usize) -> R<u16> {
        let s = self.slice(at, 2)?;
        Ok(u16::from_be_bytes([s[0], s[1]]))
    }
    fn u24(&self, at: usize) -> R<u32> {
        let s = self.slice(at, 3)?;
        Ok(u32::from_be_bytes([0, s[0], s[1], s[2]]))
    }
    fn u32(&self, at: usize) -> R<u32> {
        let s = self.slice(at, 4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u48(&self, at: usize) -> R<u64> {
        let s = self.slice(at, 6)?;
        Ok(s.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x)))
    }
    fn ipv4(&self, at: usize) -> R<Value<'static>> {
        let s = self.slice(at, 4)?;
        Ok(Value::Ipv4([s[0], s[1], s[2], s[3]]))
    }
    fn ipv6(&self, at: usize) -> R<Value<'static>> {
        let s = self.slice(at, 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(s);
        Ok(Value::Ipv6(a))
    }
    /// Bytes left to its end, tshark's `tvb_reported_length_remaining`.
    fn remaining(&self, at: usize) -> usize {
        self.rep.saturating_sub(at)
    }
}

/// An EIGRP message (IP protocol 88).
pub(crate) fn eigrp(walk: &mut Walk<'_>, addrs: Addrs) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.is_empty() && !addrs.v6 {
        // tshark's IPv4 hands no empty payload on; its IPv6 does (and
        // EIGRP throws at its first read).
        return Next::Data(Osi::Network);
    }
    let reported = walk.reported_end.max(walk.end) - start;
    let tvb = Tvb {
        b,
        cap: b.len(),
        rep: reported.max(b.len()),
    };
    let mut l = Layer::new(Osi::Network, "eigrp", start..walk.end);
    let result = message(&mut l, tvb);
    walk.off = walk.end;
    if let Err(t) = result {
        if walk.nested {
            // Quoted by an ICMP error, a message is short on purpose; one
            // tshark reads nothing of (under 16 bytes) it leaves out of
            // the frame's protocols.
            if l.get_str(f::eigrp::OSIDUMP_INFO).is_none() {
                return Next::Done;
            }
        } else {
            l.read_past_end(
                "eigrp",
                format!("EIGRP message: need {} bytes, have {}", t.end, b.len()),
                t.cut_by_capture,
            );
        }
    }
    walk.layers.push(l);
    Next::Done
}

/// The Info column's text for an opcode (a Hello's made `Ack` by a
/// non-zero acknowledgement).
fn info_text(opcode: u8, ack: u32) -> String {
    let op = if opcode == OPC_HELLO && ack != 0 {
        OPC_ACK
    } else {
        opcode
    };
    match f::eigrp::OPCODE.value_name(u64::from(op)) {
        Some(n) => n.to_string(),
        None => format!("Unknown OpCode (0x{op:04x})"),
    }
}

fn message<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> R<()> {
    // tshark reads these two before it adds anything.
    let opcode = t.u8(1)?;
    let ack = t.u32(12)?;
    l.str(f::eigrp::OSIDUMP_INFO, info_text(opcode, ack));
    l.uint(f::eigrp::VERSION, t.u8(0)?);
    l.uint(f::eigrp::OPCODE, opcode);
    let field = t.u16(2)?;
    l.uint(f::eigrp::CHECKSUM, field);
    // Over what was captured, whatever the packet's length.
    let sum = ones_complement_sum(t.b);
    if sum == 0xffff {
        l.uint(f::eigrp::CHECKSUM_STATUS, checksum::GOOD);
    } else {
        let without = ones_complement_add(sum, !field);
        expert::add(
            l,
            &CHECKSUM_BAD,
            Some(format!("Bad Checksum [should be 0x{:04x}]", !without)),
        );
        l.uint(f::eigrp::CHECKSUM_STATUS, checksum::BAD);
    }
    let flags = t.u32(4)?;
    l.uint(f::eigrp::FLAGS, flags);
    l.boolean(f::eigrp::FLAGS_INIT, flags & 0x1 != 0);
    l.boolean(f::eigrp::FLAGS_CONDRECV, flags & 0x2 != 0);
    l.boolean(f::eigrp::FLAGS_RESTART, flags & 0x4 != 0);
    l.boolean(f::eigrp::FLAGS_EOT, flags & 0x8 != 0);
    l.uint(f::eigrp::SEQ, t.u32(8)?);
    l.uint(f::eigrp::ACK, ack);
    l.uint(f::eigrp::VRID, t.u16(16)?);
    l.uint(f::eigrp::AS, t.u16(18)?);
    if opcode == OPC_IPXSAP {
        // tshark hands the rest to its IPX SAP dissector: not decoded.
        return Ok(());
    }
    let mut off = HEADER_LEN;
    while t.remaining(off) > 0 {
        let ty = t.u16(off)?;
        let size = usize::from(t.u16(off + 2)?);
        if size < 4 {
            expert::add(l, &TLV_LEN, None);
            return Ok(());
        }
        // The TLV's item covers its length: past the packet, it throws.
        t.need(off + size)?;
        l.uint(f::eigrp::TLV_TYPE, ty);
        l.uint(f::eigrp::TLV_LEN, size as u64);
        let v = t.sub(off + 4, size - 4);
        let tlv = if ty == TLV_MTR_TIDLIST {
            TLV_PEER_TIDLIST
        } else {
            ty
        };
        match tlv & RANGE_MASK {
            RANGE_GENERAL => general(l, v, off + 4, tlv)?,
            RANGE_IPV4 => legacy_route(l, v, off + 4, tlv, false)?,
            RANGE_IPV6 => legacy_route(l, v, off + 4, tlv, true)?,
            RANGE_MP => multi_protocol(l, v, off + 4, tlv)?,
            RANGE_MTR => multi_topology(l, v, off + 4, tlv)?,
            RANGE_ATALK => appletalk_route(l, v, off + 4, tlv)?,
            RANGE_IPX => ipx_route(l, v, off + 4, tlv)?,
            _ => expert::add(
                l,
                &TLV_TYPE,
                Some(format!("Unknown TLV Group (0x{tlv:04x})")),
            ),
        }
        off += size;
    }
    Ok(())
}

/// The general TLVs; `o` is where the value starts.
fn general<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize, tlv: u16) -> R<()> {
    match tlv {
        TLV_PARAMETER => {
            let fields = [
                f::eigrp::PAR_K1,
                f::eigrp::PAR_K2,
                f::eigrp::PAR_K3,
                f::eigrp::PAR_K4,
                f::eigrp::PAR_K5,
            ];
            let mut all_255 = true;
            for (i, field) in fields.into_iter().enumerate() {
                let k = v.u8(o + i)?;
                all_255 &= k == 255;
                l.uint(field, k);
            }
            l.uint(f::eigrp::PAR_K6, v.u8(o + 5)?);
            l.uint(f::eigrp::PAR_HOLDTIME, v.u16(o + 6)?);
            if all_255 {
                expert::add(l, &PEER_TERMINATION, None);
            }
        }
        TLV_AUTH => {
            let ty = v.u16(o)?;
            let len = v.u16(o + 2)?;
            l.uint(f::eigrp::AUTH_TYPE, ty);
            l.uint(f::eigrp::AUTH_LENGTH, len);
            l.uint(f::eigrp::AUTH_KEYID, v.u32(o + 4)?);
            l.uint(f::eigrp::AUTH_KEYSEQ, v.u32(o + 8)?);
            l.push(f::eigrp::NULLPAD, Value::Bytes(v.slice(o + 12, 8)?.into()));
            let digest = match ty {
                AUTH_MD5 => Some(16),
                AUTH_SHA256 => Some(32),
                _ => None,
            };
            match digest {
                Some(n) if usize::from(len) == n => {
                    l.push(
                        f::eigrp::AUTH_DIGEST,
                        Value::Bytes(v.slice(o + 20, n)?.into()),
                    );
                }
                Some(_) => expert::add(l, &AUTH_LEN, Some(format!("Invalid auth len {len}"))),
                None => expert::add(l, &AUTH_TYPE, Some(format!("Invalid auth type {ty}"))),
            }
        }
        TLV_SEQ => {
            let mut at = o;
            while v.remaining(at) > 0 {
                let n = v.u8(at)?;
                l.uint(f::eigrp::SEQ_ADDRLEN, n);
                at += 1;
                let n = usize::from(n);
                if v.remaining(at) < n {
                    expert::add(l, &TLV_TRUNC, None);
                    break;
                }
                match n {
                    4 => l.push(f::eigrp::SEQ_IPV4ADDR, v.ipv4(at)?),
                    16 => l.push(f::eigrp::SEQ_IPV6ADDR, v.ipv6(at)?),
                    // An IPX address: not decoded.
                    10 => {}
                    _ => expert::add(l, &SEQ_ADDRLEN, None),
                }
                at += n;
            }
        }
        TLV_SW_VERSION => {
            l.uint(f::eigrp::RELEASE_VERSION, v.u16(o)?);
            l.uint(f::eigrp::TLV_VERSION, v.u16(o + 2)?);
        }
        TLV_NEXT_MCAST_SEQ => l.uint(f::eigrp::NEXT_MCAST_SEQ, v.u32(o)?),
        TLV_PEER_STUBINFO => {
            let s = v.u16(o)?;
            l.uint(f::eigrp::STUB_OPTIONS, s);
            l.boolean(f::eigrp::STUB_OPTIONS_CONNECTED, s & 0x01 != 0);
            l.boolean(f::eigrp::STUB_OPTIONS_STATIC, s & 0x02 != 0);
            l.boolean(f::eigrp::STUB_OPTIONS_SUMMARY, s & 0x04 != 0);
            l.boolean(f::eigrp::STUB_OPTIONS_REDIST, s & 0x08 != 0);
            l.boolean(f::eigrp::STUB_OPTIONS_LEAKMAP, s & 0x10 != 0);
            l.boolean(f::eigrp::STUB_OPTIONS_RECVONLY, s & 0x20 != 0);
        }
        TLV_PEER_TERMINATION => expert::add(l, &PEER_TERMINATION_GRACEFUL, None),
        TLV_PEER_TIDLIST => {
            l.uint(f::eigrp::TIDLIST_FLAGS, v.u16(o)?);
            let size = usize::from(v.u16(o + 2)? / 2);
            l.uint(f::eigrp::TIDLIST_LEN, v.u16(o + 2)?);
            // The list's item ("N TIDs") covers them all.
            v.need(o + 4 + size * 2)?;
            for i in 0..size {
                l.uint(f::eigrp::TIDLIST, v.u16(o + 4 + 2 * i)?);
            }
        }
        _ => expert::add(
            l,
            &TLV_TYPE,
            Some(format!("Unknown Generic TLV (0x{tlv:04x})")),
        ),
    }
    Ok(())
}

/// The 16 bytes of the legacy metric at `o`; where it ends.
fn legacy_metric<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize) -> R<usize> {
    v.need(o + 16)?;
    l.uint(f::eigrp::OLD_METRIC_DELAY, v.u32(o)?);
    l.uint(f::eigrp::OLD_METRIC_BW, v.u32(o + 4)?);
    l.uint(f::eigrp::OLD_METRIC_MTU, v.u24(o + 8)?);
    l.uint(f::eigrp::OLD_METRIC_HOPCOUNT, v.u8(o + 11)?);
    l.uint(f::eigrp::OLD_METRIC_REL, v.u8(o + 12)?);
    l.uint(f::eigrp::OLD_METRIC_LOAD, v.u8(o + 13)?);
    l.uint(f::eigrp::OLD_METRIC_INTAG, v.u8(o + 14)?);
    metric_flags(l, v.u8(o + 15)?);
    Ok(o + 16)
}

fn metric_flags(l: &mut Layer<'_>, fl: u8) {
    l.boolean(f::eigrp::METRIC_FLAGS_SRCWD, fl & 0x01 != 0);
    l.boolean(f::eigrp::METRIC_FLAGS_CD, fl & 0x02 != 0);
    l.boolean(f::eigrp::METRIC_FLAGS_ACTIVE, fl & 0x04 != 0);
    l.boolean(f::eigrp::METRIC_FLAGS_REPL, fl & 0x08 != 0);
}

/// The 20 bytes of an external route's data at `o`; where they end.
fn external_data<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize) -> R<usize> {
    v.need(o + 20)?;
    l.push(f::eigrp::EXTDATA_ORIGRID, v.ipv4(o)?);
    l.uint(f::eigrp::EXTDATA_AS, v.u32(o + 4)?);
    l.uint(f::eigrp::EXTDATA_TAG, v.u32(o + 8)?);
    l.uint(f::eigrp::EXTDATA_METRIC, v.u32(o + 12)?);
    l.uint(f::eigrp::EXTDATA_RESERVED, v.u16(o + 16)?);
    l.uint(f::eigrp::EXTDATA_PROTO, v.u8(o + 18)?);
    let fl = v.u8(o + 19)?;
    l.boolean(f::eigrp::OPAQUE_FLAG_EXT, fl & 0x01 != 0);
    l.boolean(f::eigrp::OPAQUE_FLAG_CD, fl & 0x02 != 0);
    Ok(o + 20)
}

/// The classic IPv4 (0x01xx) and IPv6 (0x04xx) routes.
fn legacy_route<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize, tlv: u16, v6: bool) -> R<()> {
    let mut at = o;
    if v6 {
        l.push(f::eigrp::IPV6_NEXTHOP, v.ipv6(at)?);
        at += 16;
    } else {
        l.push(f::eigrp::IPV4_NEXTHOP, v.ipv4(at)?);
        at += 4;
    }
    if tlv & TYPE_MASK == TYPE_EXTERNAL {
        at = external_data(l, v, at)?;
    }
    at = legacy_metric(l, v, at)?;
    if v6 {
        ipv6_destinations(l, v, at)
    } else {
        ipv4_destinations(l, v, at)
    }
}

/// The classic AppleTalk routes (0x02xx): the next hop, external data,
/// legacy metric and cable range; or a cable configuration (0x0204).
fn appletalk_route<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize, tlv: u16) -> R<()> {
    if tlv == TLV_AT_CABLE {
        l.uint(f::eigrp::APPLETALK_CABLE_RANGE, v.u32(o)?);
        l.uint(f::eigrp::ATALK_ROUTERID, v.u32(o + 4)?);
        return Ok(());
    }
    l.uint(f::eigrp::NEXTHOP_ADDRESS, v.u32(o)?);
    let mut at = o + 4;
    if tlv & TYPE_MASK == TYPE_EXTERNAL {
        at = external_data(l, v, at)?;
    }
    at = legacy_metric(l, v, at)?;
    l.uint(f::eigrp::CABLE_RANGE, v.u32(at)?);
    // tshark's label reads the range at the value's bytes 36 to 40,
    // wherever the range is.
    v.need(o + 40)?;
    Ok(())
}

/// The classic IPX routes (0x03xx): the next hop, IPX external data,
/// legacy metric and destination (IPX network numbers are not shown).
fn ipx_route<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize, tlv: u16) -> R<()> {
    let mut at = ipx_nexthop(l, v, o)?;
    if tlv & TYPE_MASK == TYPE_EXTERNAL {
        at = ipx_external_data(l, v, at)?;
    }
    at = legacy_metric(l, v, at)?;
    ipx_destination(v, at)
}

/// An IPX next hop: its network (not shown) and host; where it ends.
fn ipx_nexthop<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize) -> R<usize> {
    v.need(o + 4)?;
    l.push(f::eigrp::IPX_NEXTHOP_HOST, mac(v.slice(o + 4, 6)?));
    Ok(o + 10)
}

/// An IPX destination network (not shown).
fn ipx_destination(v: Tvb<'_>, o: usize) -> R<()> {
    v.need(o + 4)
}

/// The 20 bytes of an IPX route's external data; where they end.
fn ipx_external_data<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize) -> R<usize> {
    v.need(o + 20)?;
    l.push(f::eigrp::IPX_ROUTERID, mac(v.slice(o, 6)?));
    l.uint(f::eigrp::EXTDATA_AS, v.u32(o + 6)?);
    l.uint(f::eigrp::EXTDATA_TAG, v.u32(o + 10)?);
    l.uint(f::eigrp::EXTDATA_PROTO, v.u8(o + 14)?);
    let fl = v.u8(o + 15)?;
    l.boolean(f::eigrp::OPAQUE_FLAG_EXT, fl & 0x01 != 0);
    l.boolean(f::eigrp::OPAQUE_FLAG_CD, fl & 0x02 != 0);
    l.uint(f::eigrp::EXTDATA_IPX_METRIC, v.u16(o + 16)?);
    l.uint(f::eigrp::EXTDATA_IPX_DELAY, v.u16(o + 18)?);
    Ok(o + 20)
}

fn mac(s: &[u8]) -> Value<'static> {
    Value::Mac(s.try_into().unwrap_or([0; 6]))
}

/// The multi-topology routes (0x00fx): topology, family, router ID and
/// tag, legacy metric, then the family's next hop and destinations.
fn multi_topology<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize, tlv: u16) -> R<()> {
    l.uint(f::eigrp::TID, v.u16(o + 2)?);
    let afi = v.u16(o + 4)?;
    l.uint(f::eigrp::AFI, afi);
    l.push(f::eigrp::ROUTERID, v.ipv4(o + 6)?);
    l.uint(f::eigrp::OLD_METRIC_TAG, v.u32(o + 10)?);
    let at = legacy_metric(l, v, o + 14)?;
    routed(l, v, at, tlv, afi)
}

/// The multi-protocol routes (0x06xx): topology, family, router ID, wide
/// metric, then the family's next hop and destinations.
fn multi_protocol<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize, tlv: u16) -> R<()> {
    l.uint(f::eigrp::TID, v.u16(o)?);
    let afi = v.u16(o + 2)?;
    l.uint(f::eigrp::AFI, afi);
    l.push(f::eigrp::ROUTERID, v.ipv4(o + 4)?);
    let at = wide_metric(l, v, o + 8)?;
    routed(l, v, at, tlv, afi)
}

/// A route's next hop, external data and destinations, by family.
fn routed<'a>(l: &mut Layer<'a>, v: Tvb<'a>, mut at: usize, tlv: u16, afi: u16) -> R<()> {
    match afi {
        AF_IPV4 | SF_IPV4 => {
            l.push(f::eigrp::IPV4_NEXTHOP, v.ipv4(at)?);
            at += 4;
        }
        AF_IPV6 | SF_IPV6 => {
            l.push(f::eigrp::IPV6_NEXTHOP, v.ipv6(at)?);
            at += 16;
        }
        AF_IPX => at = ipx_nexthop(l, v, at)?,
        _ => {}
    }
    if tlv & TYPE_MASK == TYPE_EXTERNAL {
        at = if afi == AF_IPX {
            ipx_external_data(l, v, at)?
        } else {
            external_data(l, v, at)?
        };
    }
    match afi {
        AF_IPV4 => ipv4_destinations(l, v, at),
        AF_IPV6 => ipv6_destinations(l, v, at),
        AF_IPX => ipx_destination(v, at),
        // SAF services: not decoded.
        SF_COMMON | SF_IPV4 | SF_IPV6 => Ok(()),
        _ => {
            // Its item runs to the TLV's end: with nothing left, it throws.
            v.need(at + 1)?;
            expert::add(l, &AFI, None);
            Ok(())
        }
    }
}

/// The 24 bytes of the wide metric at `o`, and its attributes; where
/// they end.
fn wide_metric<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize) -> R<usize> {
    v.need(o + 24)?;
    // A signed byte to tshark: from 128 up, no attributes.
    let attr_words = v.u8(o)? as i8;
    l.uint(f::eigrp::METRIC_OFFSET, v.u8(o)?);
    l.uint(f::eigrp::METRIC_PRIORITY, v.u8(o + 1)?);
    l.uint(f::eigrp::METRIC_RELIABILITY, v.u8(o + 2)?);
    l.uint(f::eigrp::METRIC_LOAD, v.u8(o + 3)?);
    l.uint(f::eigrp::METRIC_MTU, v.u24(o + 4)?);
    l.uint(f::eigrp::METRIC_HOPCOUNT, v.u8(o + 7)?);
    l.uint(f::eigrp::METRIC_DELAY, v.u48(o + 8)?);
    l.uint(f::eigrp::METRIC_BANDWIDTH, v.u48(o + 14)?);
    l.uint(f::eigrp::METRIC_RESERVED, v.u16(o + 20)?);
    metric_flags(l, v.u8(o + 22)?);
    let mut at = o + 24;
    if attr_words > 0 {
        at = attributes(l, v, at, attr_words as usize * 2)?;
    }
    Ok(at)
}

/// The wide metric's attributes: `limit` bytes at `o` (tshark's subset
/// lets it read that many; past them, as past a capture's end).
fn attributes<'a>(l: &mut Layer<'a>, v: Tvb<'a>, o: usize, limit: usize) -> R<usize> {
    // Their item covers `limit` bytes: past the TLV, it throws.
    v.need(o.saturating_add(limit))?;
    let a = Tvb {
        b: v.b,
        cap: o.saturating_add(limit).min(v.cap),
        rep: v.rep,
    };
    let mut left = limit as isize;
    let mut at = o;
    while left > 0 {
        let opcode = a.u8(at)?;
        l.uint(f::eigrp::ATTR_OPCODE, opcode);
        let words = a.u8(at + 1)?;
        l.uint(f::eigrp::ATTR_OFFSET, words);
        let len = usize::from(words) * 2;
        let field = match opcode {
            1 => Some(f::eigrp::ATTR_SCALED),
            2 => Some(f::eigrp::ATTR_TAG),
            4 => Some(f::eigrp::ATTR_JITTER),
            5 => Some(f::eigrp::ATTR_QENERGY),
            6 => Some(f::eigrp::ATTR_ENERGY),
            // No-op padding, communities (not decoded), unknown ones.
            _ => None,
        };
        if let Some(field) = field {
            l.uint(field, a.u32(at + 2)?);
        }
        at += 2 + len;
        left -= 2 + len as isize;
    }
    Ok(at)
}

/// The IPv4 destinations from `at` to the TLV's end.
fn ipv4_destinations<'a>(l: &mut Layer<'a>, v: Tvb<'a>, mut at: usize) -> R<()> {
    while v.remaining(at) > 0 {
        let plen = v.u8(at)?;
        if plen > 32 {
            l.uint(f::eigrp::IPV4_PREFIXLEN, plen);
            expert::add(
                l,
                &PREFIXLEN,
                Some(format!("Invalid prefix length {plen}, must be <= 32")),
            );
            // tshark reads no further destination.
            break;
        }
        let n = usize::from(plen).div_ceil(8);
        let bytes = v.slice(at + 1, n)?;
        let mut a = [0u8; 4];
        a[..n].copy_from_slice(bytes);
        let a = u32::from_be_bytes(a) & mask32(plen);
        l.uint(f::eigrp::IPV4_PREFIXLEN, plen);
        at += 1;
        l.push(f::eigrp::IPV4_DESTINATION, Value::Ipv4(a.to_be_bytes()));
        // tshark steps over the prefix length a second time.
        at += 1 + n;
    }
    Ok(())
}

/// The IPv6 destinations from `at` to the TLV's end.
fn ipv6_destinations<'a>(l: &mut Layer<'a>, v: Tvb<'a>, mut at: usize) -> R<()> {
    while v.remaining(at) > 0 {
        let plen = v.u8(at)?;
        if plen > 128 {
            l.uint(f::eigrp::IPV6_PREFIXLEN, plen);
            expert::add(
                l,
                &PREFIXLEN,
                Some(format!("Invalid prefix length {plen}, must be <= 128")),
            );
            // tshark reads no further destination.
            break;
        }
        let mut n = usize::from(plen).div_ceil(8);
        let bytes = v.slice(at + 1, n)?;
        let mut a = [0u8; 16];
        a[..n].copy_from_slice(bytes);
        let a = u128::from_be_bytes(a) & mask128(plen);
        l.uint(f::eigrp::IPV6_PREFIXLEN, plen);
        at += 1;
        // tshark's item is a byte longer for a whole-byte prefix, and it
        // steps over the prefix length a second time.
        if plen < 128 && plen % 8 == 0 {
            n += 1;
        }
        l.push(f::eigrp::IPV6_DESTINATION, Value::Ipv6(a.to_be_bytes()));
        at += 1 + n;
    }
    Ok(())
}

fn mask32(plen: u8) -> u32 {
    match plen {
        0 => 0,
        p => u32::MAX << (32 - u32::from(p.min(32))),
    }
}

fn mask128(plen: u8) -> u128 {
    match plen {
        0 => 0,
        p => u128::MAX << (128 - u32::from(p.min(128))),
    }
}

/// tshark's Info: the opcode's name (`Hello (Ack)` for an acknowledging
/// Hello, `Unknown OpCode (0x000c)`).
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::eigrp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
