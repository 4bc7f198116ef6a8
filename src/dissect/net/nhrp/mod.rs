//! NHRP, the NBMA Next Hop Resolution Protocol (RFC 2332 with Cisco's
//! DMVPN additions), as tshark 4.0's `packet-nhrp.c` decodes it: over GRE
//! (protocol type 0x2001) and right over IP (protocol 54).
//!
//! The fixed header (address family, protocol type short and long form,
//! hop count, packet length, checksum, extension offset, version, packet
//! type, source address and subaddress type/length); the mandatory part
//! (protocol address lengths, flags by packet type and request ID, or an
//! Error Indication's code and offset, then the source NBMA address and
//! subaddress, source and destination protocol addresses); the client
//! information entries; the extensions (responder address, forward and
//! reverse transit NHS records and Cisco's NAT address as CIE lists, RFC
//! 2735's device capabilities when a type 9 is 8 bytes long,
//! authentication, vendor-private, any other as bytes).
//!
//! An Error Indication's offending packet is an NHRP packet read into the
//! same layer, as tshark reads it into the same tree; a Traffic
//! Indication's packet goes to the dissector of the header's protocol type
//! (IPv4 for 0x0800), marked as inside an error packet.
//!
//! tshark 4.0's reading is kept where it is odd: a SNAP protocol type
//! moves what follows it two bytes back (the PID is not stepped over); a
//! client's subaddress is not stepped over before its protocol address;
//! the mandatory part and the offending packet are read from the whole
//! payload, not from the lengths the header gives. The checksum is
//! verified over the header's packet length when that much was captured.
//!
//! Every read is checked: past what was captured is truncated, past the
//! payload malformed. No input makes this module panic.

pub mod fields;
#[cfg(test)]
mod tests;

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use super::ones_complement_sum;
use crate::dissect::expert::{self, ei};
use crate::dissect::field::checksum;
use crate::dissect::fields as f;

ei!(PKTSZ_INVALID, f::nhrp::HDR_PKTSZ_INVALID, Malformed, Error);
ei!(
    EXTOFF_INVALID,
    f::nhrp::HDR_EXTOFF_INVALID,
    Malformed,
    Error
);
ei!(BAD_CHECKSUM, f::nhrp::HDR_BAD_CHECKSUM, Checksum, Error);
ei!(EXT_NOT_ALLOWED, f::nhrp::EXT_NOT_ALLOWED, Malformed, Error);
ei!(EXT_MALFORMED, f::nhrp::EXT_MALFORMED, Malformed, Error);
ei!(EXT_EXTRA, f::nhrp::EXT_EXTRA, Malformed, Error);

const FIXED_LEN: usize = 20;

const RESOLUTION_REQ: u8 = 1;
const RESOLUTION_REPLY: u8 = 2;
const REGISTRATION_REQ: u8 = 3;
const REGISTRATION_REPLY: u8 = 4;
const PURGE_REQ: u8 = 5;
const PURGE_REPLY: u8 = 6;
const ERROR_INDICATION: u8 = 7;
const TRAFFIC_INDICATION: u8 = 8;

const EXT_NULL: u16 = 0;
const EXT_RESP_ADDR: u16 = 3;
const EXT_FWD_RECORD: u16 = 4;
const EXT_REV_RECORD: u16 = 5;
const EXT_AUTH: u16 = 7;
const EXT_VENDOR_PRIV: u16 = 8;
const EXT_NAT_ADDRESS: u16 = 9;
const EXT_MOBILE_AUTH: u16 = 10;

/// Address Family Number of IPv4: only then is a 4-byte NBMA address an
/// IPv4 address.
const AFN_IPV4: u16 = 1;
const NLPID_SNAP: u16 = 0x80;
const NLPID_IP: u16 = 0xcc;
const NLPID_IPV6: u16 = 0x8e;

/// SNAP OUIs tshark 4.0 has a PID table for (`get_snap_oui_info`): it
/// shows their PID with that table's field (`llc.cisco_pid`,
/// `llc.iana_pid`, ...), not with NHRP's. Cisco, Cisco WLCCP, Nortel,
/// Apple AppleTalk, HP, IANA, Bluetooth, Extreme, Force10, Foundry,
/// Wi-Fi Alliance, Apple AWDL (IEEE 802.1's 0x0080c2 is not one).
const OUIS_WITH_OWN_PID: [u32; 12] = [
    0x00000c, 0x004096, 0x000081, 0x080007, 0x080009, 0x00005e, 0x001958, 0x00e02b, 0x0001e8,
    0x00e052, 0x506f9a, 0x0017f2,
];

/// A read that failed: where it would have ended (from the packet's
/// start) and whether only the capture's end stopped it (tshark's
/// BoundsError) rather than the payload's (ReportedBoundsError).
#[derive(Debug, PartialEq, Eq)]
struct Throw {
    end: usize,
    cut_by_capture: bool,
}

type R<T> = Result<T, Throw>;

/// The payload as tshark's tvb sees it: `b` captured, `rep` its length on
/// the wire; `base` where this (possibly nested) packet starts in it.
#[derive(Clone, Copy)]
struct Tvb<'a> {
    b: &'a [u8],
    rep: usize,
    base: usize,
}

impl<'a> Tvb<'a> {
    fn slice(&self, at: usize, n: usize) -> R<&'a [u8]> {
        let start = self.base.saturating_add(at);
        let end = start.saturating_add(n);
        match self.b.get(start..end) {
            Some(s) => Ok(s),
            None => Err(Throw {
                end,
                cut_by_capture: end <= self.rep,
            }),
        }
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
    fn ipv4(&self, at: usize) -> R<Value<'static>> {
        let s = self.slice(at, 4)?;
        Ok(Value::Ipv4([s[0], s[1], s[2], s[3]]))
    }
    /// An item of `n` bytes at `at` (a subtree, an expert item): tshark
    /// throws when it runs past the bytes.
    fn ensure(&self, at: usize, n: usize) -> R<()> {
        self.slice(at, n).map(|_| ())
    }
    fn bytes(&self, at: usize, n: usize) -> R<Value<'a>> {
        Ok(Value::Bytes(self.slice(at, n)?.into()))
    }
    /// Bytes from `at` to the payload's end (`tvb_reported_length_remaining`).
    fn remaining(&self, at: usize) -> usize {
        self.rep.saturating_sub(self.base.saturating_add(at))
    }
    /// The packet from `at` on: `tvb_new_subset_remaining`.
    fn from(&self, at: usize) -> Tvb<'a> {
        Tvb {
            b: self.b,
            rep: self.rep,
            base: self.base.saturating_add(at),
        }
    }
}

/// What the decoding hands on: the Info text as far as it was written,
/// and a Traffic Indication's packet (where, and its protocol type).
#[derive(Default)]
struct Out {
    info: String,
    carried: Option<(usize, Carried)>,
}

/// A Traffic Indication's packet: which dissector tshark hands it to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Carried {
    EtherType(u16),
    Data,
}

/// The header's values the rest of the packet needs.
struct Hdr {
    afn: u16,
    pro_type: u16,
    oui: u32,
    pid: u16,
    op: u8,
    shtl: u8,
    sstl: u8,
}

/// An NHRP packet (IP protocol 54, GRE protocol type 0x2001).
pub(crate) fn nhrp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let reported = (walk.reported_end.max(walk.end) - start).max(b.len());
    let t = Tvb {
        b,
        rep: reported,
        base: 0,
    };
    let mut l = Layer::new(Osi::Network, "nhrp", start..walk.end);
    let mut out = Out::default();
    let result = packet(&mut l, t, 0, &mut out);
    l.str(f::nhrp::OSIDUMP_INFO, out.info);
    walk.off = walk.end;
    if let Err(e) = result {
        if !walk.nested {
            l.read_past_end(
                "nhrp",
                format!("NHRP packet: need {} bytes, have {}", e.end, b.len()),
                e.cut_by_capture,
            );
        }
        walk.layers.push(l);
        return Next::Done;
    }
    walk.layers.push(l);
    match out.carried {
        Some((at, carried)) => {
            walk.off = start + at.min(b.len());
            walk.nested = true;
            match carried {
                Carried::EtherType(t) => Next::EtherType(t),
                Carried::Data => Next::Data(Osi::Network),
            }
        }
        None => Next::Done,
    }
}

/// Error Indications quoting Error Indications are followed this deep at
/// most (tshark has no bound; a payload could hold some 2,000).
const MAX_DEPTH: usize = 16;

/// One NHRP packet from `t`'s start; `depth` > 0: the packet an Error
/// Indication quotes (no Info of its own, no check of what follows its
/// End of Extension).
fn packet<'a>(l: &mut Layer<'a>, t: Tvb<'a>, depth: usize, out: &mut Out) -> R<()> {
    let nested = depth > 0;
    // tshark reads the packet type first, before anything is added.
    let op = t.u8(17)?;
    if !nested {
        match f::nhrp::HDR_OP_TYPE.value_name(u64::from(op)) {
            Some(n) => out.info.push_str(n),
            None => out.info.push_str(&format!("0x{op:02X} - unknown")),
        }
    }
    let Some((hdr, mut off, mand_len, ext_len)) = header(l, t, op)? else {
        return Ok(());
    };
    let mut src_len = 0;
    if mand_len > 0 {
        src_len = mandatory(l, t, &hdr, off, mand_len, depth, out)?;
        off += mand_len;
    }
    if ext_len > 0 {
        extensions(l, t, &hdr, off, ext_len, src_len, nested)?;
    }
    Ok(())
}

/// The fixed header: its values, where the mandatory part starts and the
/// mandatory part's and extensions' lengths; `None` when tshark stops
/// after it (a packet length under 20, an extension offset out of range).
#[allow(clippy::type_complexity)]
fn header<'a>(l: &mut Layer<'a>, t: Tvb<'a>, op: u8) -> R<Option<(Hdr, usize, usize, usize)>> {
    let afn = t.u16(0)?;
    l.uint(f::nhrp::HDR_AFN, afn);
    let pro_type = t.u16(2)?;
    l.uint(f::nhrp::HDR_PRO_TYPE, pro_type);
    let mut hdr = Hdr {
        afn,
        pro_type,
        oui: 0,
        pid: 0,
        op,
        shtl: 0,
        sstl: 0,
    };
    let mut off = 4;
    if pro_type == NLPID_SNAP {
        hdr.oui = t.u24(off)?;
        l.uint(f::nhrp::HDR_PRO_SNAP_OUI, hdr.oui);
        off += 3;
        hdr.pid = t.u16(off)?;
        if !OUIS_WITH_OWN_PID.contains(&hdr.oui) {
            l.uint(f::nhrp::HDR_PRO_SNAP_PID, hdr.pid);
        }
        // tshark 4.0 does not step over the PID.
    } else {
        l.push(f::nhrp::PROTOCOL_TYPE, t.bytes(off, 5)?);
        off += 5;
    }
    l.uint(f::nhrp::HDR_HOPCNT, t.u8(off)?);
    off += 1;
    let pktsz = usize::from(t.u16(off)?);
    l.uint(f::nhrp::HDR_PKTSZ, pktsz as u64);
    if pktsz < FIXED_LEN {
        expert::add(l, &PKTSZ_INVALID, None);
        return Ok(None);
    }
    off += 2;
    let field = t.u16(off)?;
    l.uint(f::nhrp::HDR_CHKSUM, field);
    match t.slice(0, pktsz) {
        Ok(all) => {
            let sum = ones_complement_sum(all);
            if sum == 0xffff {
                l.uint(f::nhrp::HDR_CHKSUM_STATUS, checksum::GOOD);
            } else {
                // What the field should hold: the sum without it.
                let s = u32::from(sum) + u32::from(!field);
                let without = ((s & 0xffff) + (s >> 16)) as u16;
                expert::add(
                    l,
                    &BAD_CHECKSUM,
                    Some(format!("Bad checksum [should be 0x{:04x}]", !without)),
                );
                l.uint(f::nhrp::HDR_CHKSUM_STATUS, checksum::BAD);
            }
        }
        Err(_) => l.uint(f::nhrp::HDR_CHKSUM_STATUS, checksum::UNVERIFIED),
    }
    off += 2;
    let extoff = usize::from(t.u16(off)?);
    l.uint(f::nhrp::HDR_EXTOFF, extoff as u64);
    let bogus = extoff != 0 && (extoff < FIXED_LEN || extoff > pktsz);
    if bogus {
        expert::add(l, &EXTOFF_INVALID, None);
    }
    off += 2;
    l.uint(f::nhrp::HDR_VERSION, t.u8(off)?);
    off += 1;
    l.uint(f::nhrp::HDR_OP_TYPE, t.u8(off)?);
    off += 1;
    hdr.shtl = t.u8(off)?;
    l.uint(f::nhrp::HDR_SHTL, hdr.shtl);
    l.uint(f::nhrp::HDR_SHTL_TYPE, (hdr.shtl & 0x40) >> 6);
    l.uint(f::nhrp::HDR_SHTL_LEN, hdr.shtl & 0x3f);
    off += 1;
    hdr.sstl = t.u8(off)?;
    l.uint(f::nhrp::HDR_SSTL, hdr.sstl);
    l.uint(f::nhrp::HDR_SSTL_TYPE, (hdr.sstl & 0x40) >> 6);
    l.uint(f::nhrp::HDR_SSTL_LEN, hdr.sstl & 0x3f);
    off += 1;
    if bogus {
        return Ok(None);
    }
    let (mand, ext) = if extoff != 0 {
        (extoff - FIXED_LEN, pktsz - extoff)
    } else {
        (pktsz - FIXED_LEN, 0)
    };
    Ok(Some((hdr, off, mand, ext)))
}

/// The mandatory part from `start`, `len` bytes long by the header (reads
/// go to the payload's end all the same); returns the source protocol
/// address length (the authentication extension's address length).
fn mandatory<'a>(
    l: &mut Layer<'a>,
    t: Tvb<'a>,
    hdr: &Hdr,
    start: usize,
    len: usize,
    depth: usize,
    out: &mut Out,
) -> R<usize> {
    let codeinfo = depth == 0;
    let mand_end = start + len;
    let mut off = start;
    let src_len = usize::from(t.u8(off)?);
    l.uint(f::nhrp::SRC_PROT_LEN, src_len as u64);
    off += 1;
    let dst_len = usize::from(t.u8(off)?);
    l.uint(f::nhrp::DST_PROT_LEN, dst_len as u64);
    off += 1;
    let op = hdr.op;
    let indication = matches!(op, ERROR_INDICATION | TRAFFIC_INDICATION);
    if !indication {
        let flags = t.u16(off)?;
        l.uint(f::nhrp::FLAGS, flags);
        let bit = |m: u16| flags & m != 0;
        match op {
            RESOLUTION_REQ | RESOLUTION_REPLY => {
                l.boolean(f::nhrp::FLAG_Q, bit(0x8000));
                l.boolean(f::nhrp::FLAG_A, bit(0x4000));
                l.boolean(f::nhrp::FLAG_D, bit(0x2000));
                l.boolean(f::nhrp::FLAG_U, bit(0x1000));
                l.boolean(f::nhrp::FLAG_S, bit(0x0800));
            }
            REGISTRATION_REQ | REGISTRATION_REPLY => {
                // The registration's U bit is the top one.
                l.boolean(f::nhrp::FLAG_U, bit(0x8000));
            }
            PURGE_REQ | PURGE_REPLY => l.boolean(f::nhrp::FLAG_N, bit(0x8000)),
            _ => {}
        }
        l.boolean(f::nhrp::FLAG_NAT, bit(0x0002));
        off += 2;
        let id = t.u32(off)?;
        out.info.push_str(", ID=");
        out.info.push_str(itoa::Buffer::new().format(id));
        l.uint(f::nhrp::REQID, id);
        off += 4;
    } else if op == ERROR_INDICATION {
        off += 2;
        let code = t.u16(off)?;
        match f::nhrp::ERR_CODE.value_name(u64::from(code)) {
            Some(n) => {
                out.info.push_str(", ");
                out.info.push_str(n);
            }
            None => out.info.push_str(&format!(", Unknown Error ({code})")),
        }
        l.uint(f::nhrp::ERR_CODE, code);
        off += 2;
        l.uint(f::nhrp::ERR_OFFSET, t.u16(off)?);
        off += 2;
    } else {
        off += 6;
    }
    let shl = usize::from(hdr.shtl & 0x3f);
    if shl > 0 {
        if hdr.afn == AFN_IPV4 && shl == 4 {
            l.push(f::nhrp::SRC_NBMA_ADDR, t.ipv4(off)?);
        } else {
            l.push(f::nhrp::SRC_NBMA_ADDR_BYTES, t.bytes(off, shl)?);
        }
        off += shl;
    }
    let ssl = usize::from(hdr.sstl & 0x3f);
    if ssl > 0 {
        l.push(f::nhrp::SRC_NBMA_SADDR, t.bytes(off, ssl)?);
        off += ssl;
    }
    if src_len == 4 {
        l.push(f::nhrp::SRC_PROT_ADDR, t.ipv4(off)?);
    } else if src_len > 0 {
        l.push(f::nhrp::SRC_PROT_ADDR_BYTES, t.bytes(off, src_len)?);
    }
    off += src_len;
    if dst_len == 4 {
        l.push(f::nhrp::DST_PROT_ADDR, t.ipv4(off)?);
    } else if dst_len > 0 {
        l.push(f::nhrp::DST_PROT_ADDR_BYETS, t.bytes(off, dst_len)?);
    }
    off += dst_len;
    if indication {
        if op == ERROR_INDICATION {
            // The packet in error: NHRP again, into the same tree.
            if depth < MAX_DEPTH {
                packet(l, t.from(off), depth + 1, out)?;
            }
        } else if out.carried.is_none() {
            out.carried = Some((t.base + off, carried(hdr)));
        }
        off = mand_end;
    }
    if op == ERROR_INDICATION && t.remaining(off) > 0 {
        // RFC 2332 5.2.7: no extensions in an Error Indication.
        expert::add(l, &EXT_NOT_ALLOWED, None);
    }
    let is_req = matches!(op, RESOLUTION_REQ | REGISTRATION_REQ | PURGE_REQ);
    cie_list(l, t, hdr, off, mand_end, is_req, codeinfo, out)?;
    Ok(src_len)
}

/// Where tshark hands a Traffic Indication's packet, by the header's
/// protocol type.
fn carried(hdr: &Hdr) -> Carried {
    match hdr.pro_type {
        NLPID_SNAP if hdr.oui == 0 => Carried::EtherType(hdr.pid),
        NLPID_IP => Carried::EtherType(0x0800),
        NLPID_IPV6 => Carried::EtherType(0x86dd),
        t if t >= 0x0600 => Carried::EtherType(t),
        _ => Carried::Data,
    }
}

/// Client information entries from `off` while 12 bytes fit before `end`.
#[allow(clippy::too_many_arguments)]
fn cie_list<'a>(
    l: &mut Layer<'a>,
    t: Tvb<'a>,
    hdr: &Hdr,
    mut off: usize,
    end: usize,
    is_req: bool,
    codeinfo: bool,
    out: &mut Out,
) -> R<()> {
    while off + 12 <= end {
        let addr_len = usize::from(t.u8(off + 8)?);
        let saddr_len = usize::from(t.u8(off + 9)?);
        let prot_len = usize::from(t.u8(off + 10)?);
        // The entry's subtree covers its length.
        t.ensure(off, 12 + addr_len + saddr_len + prot_len)?;
        let code = t.u8(off)?;
        if !is_req && codeinfo {
            match f::nhrp::CODE.value_name(u64::from(code)) {
                Some(n) => {
                    out.info.push_str(", Code=");
                    out.info.push_str(n);
                }
                None => out.info.push_str(&format!(", Code=Unknown ({code})")),
            }
        }
        l.uint(f::nhrp::CODE, code);
        l.uint(f::nhrp::PREFIX, t.u8(off + 1)?);
        l.uint(f::nhrp::UNUSED, t.u16(off + 2)?);
        l.uint(f::nhrp::MTU, t.u16(off + 4)?);
        l.uint(f::nhrp::HTIME, t.u16(off + 6)?);
        let tl = t.u8(off + 8)?;
        l.uint(f::nhrp::CLI_ADDR_TL, tl);
        l.uint(f::nhrp::CLI_ADDR_TL_TYPE, (tl & 0x40) >> 6);
        l.uint(f::nhrp::CLI_ADDR_TL_LEN, tl & 0x3f);
        let stl = t.u8(off + 9)?;
        l.uint(f::nhrp::CLI_SADDR_TL, stl);
        l.uint(f::nhrp::CLI_SADDR_TL_TYPE, (stl & 0x40) >> 6);
        l.uint(f::nhrp::CLI_SADDR_TL_LEN, stl & 0x3f);
        l.uint(f::nhrp::PROT_LEN, t.u8(off + 10)?);
        l.uint(f::nhrp::PREF, t.u8(off + 11)?);
        off += 12;
        // The lengths are whole bytes here, type bits and all.
        if addr_len > 0 {
            if hdr.afn == AFN_IPV4 && addr_len == 4 {
                l.push(f::nhrp::CLIENT_NBMA_ADDR, t.ipv4(off)?);
            } else {
                l.push(f::nhrp::CLIENT_NBMA_ADDR_BYTES, t.bytes(off, addr_len)?);
            }
            off += addr_len;
        }
        if saddr_len > 0 {
            // tshark 4.0 does not step over it.
            l.push(f::nhrp::CLIENT_NBMA_SADDR, t.bytes(off, saddr_len)?);
        }
        if prot_len > 0 {
            if prot_len == 4 {
                l.push(f::nhrp::CLIENT_PROT_ADDR, t.ipv4(off)?);
            } else {
                l.push(f::nhrp::CLIENT_PROT_ADDR_BYTES, t.bytes(off, prot_len)?);
            }
            off += prot_len;
        }
    }
    Ok(())
}

/// The extensions from `start`, `len` bytes by the header.
fn extensions<'a>(
    l: &mut Layer<'a>,
    t: Tvb<'a>,
    hdr: &Hdr,
    start: usize,
    len: usize,
    src_len: usize,
    nested: bool,
) -> R<()> {
    let end = start + len;
    let mut off = start;
    let mut unused = Out::default();
    while off + 4 <= end {
        let type_c = t.u16(off)?;
        let ty = type_c & 0x3fff;
        let elen = usize::from(t.u16(off + 2)?);
        l.boolean(f::nhrp::EXT_C, type_c & 0x8000 != 0);
        l.uint(f::nhrp::EXT_TYPE, ty);
        off += 2;
        l.uint(f::nhrp::EXT_LEN, t.u16(off)?);
        off += 2;
        if elen > 0 && ty != EXT_NULL {
            match ty {
                EXT_NAT_ADDRESS if elen == 8 => {
                    // RFC 2735's device capabilities, not Cisco's NAT
                    // address: both words are read for the label first.
                    let src = t.u32(off)?;
                    let dst = t.u32(off + 4)?;
                    l.uint(f::nhrp::DEVCAP_EXT_SRCCAP, src);
                    l.boolean(f::nhrp::DEVCAP_EXT_SRCCAP_V, src & 1 != 0);
                    l.uint(f::nhrp::DEVCAP_EXT_DSTCAP, dst);
                    l.boolean(f::nhrp::DEVCAP_EXT_DSTCAP_V, dst & 1 != 0);
                }
                EXT_RESP_ADDR | EXT_FWD_RECORD | EXT_REV_RECORD | EXT_NAT_ADDRESS => {
                    cie_list(l, t, hdr, off, off + elen, false, false, &mut unused)?;
                }
                EXT_AUTH | EXT_MOBILE_AUTH => {
                    if elen < 4 + src_len {
                        // The item is added, then found to run past the
                        // bytes.
                        expert::add(l, &EXT_MALFORMED, None);
                        t.ensure(off, elen)?;
                    } else {
                        // The label reads the SPI and the data first.
                        t.u16(off + 2)?;
                        t.slice(off + 4 + src_len, elen - 4 - src_len)?;
                        l.uint(f::nhrp::AUTH_EXT_RESERVED, t.u16(off)?);
                        l.uint(f::nhrp::AUTH_EXT_SPI, t.u16(off + 2)?);
                        if src_len == 4 {
                            l.push(f::nhrp::AUTH_EXT_SRC_ADDR, t.ipv4(off + 4)?);
                        } else if src_len > 0 {
                            l.push(f::nhrp::AUTH_EXT_SRC_ADDR_BYTES, t.bytes(off + 4, src_len)?);
                        }
                        if elen > 4 + src_len {
                            l.push(
                                f::nhrp::AUTH_EXT_DATA,
                                t.bytes(off + 4 + src_len, elen - 4 - src_len)?,
                            );
                        }
                    }
                }
                EXT_VENDOR_PRIV => {
                    if elen < 3 {
                        expert::add(
                            l,
                            &EXT_MALFORMED,
                            Some("Incomplete Vendor-Private Extension".into()),
                        );
                        t.ensure(off, elen)?;
                    } else {
                        l.uint(f::nhrp::VENDOR_EXT_ID, t.u24(off)?);
                        if elen > 3 {
                            l.push(f::nhrp::VENDOR_EXT_DATA, t.bytes(off + 3, elen - 3)?);
                        }
                    }
                }
                _ => l.push(f::nhrp::UNKNOWN_EXT_VALUE, t.bytes(off, elen)?),
            }
            off += elen;
        }
        if !nested {
            let rest = t.remaining(off);
            if ty == EXT_NULL && rest > 0 {
                expert::add(l, &EXT_EXTRA, Some(format!("Unknown Data ({rest} bytes)")));
                break;
            }
        }
    }
    Ok(())
}

/// tshark's Info: the packet type's name, then `, ID=..`, a reply's
/// `, Code=..` for each entry, an Error Indication's error.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::nhrp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
