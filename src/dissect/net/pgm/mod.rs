//! PGM, Pragmatic General Multicast (RFC 3208, IP protocol 113), as tshark
//! 4.0's `packet-pgm.c` decodes it.
//!
//! Under 18 bytes on the wire tshark's dissector declines the packet: IP
//! shows it as data (`PGM (113)`). From 18 bytes it writes the Protocol
//! column and clears the Info column, then reads the header's values
//! (ports, type, options, checksum, GSI, TSDU length and the sequence
//! number at 16, and a POLL's subtype at 22) before it adds anything: a
//! packet that ends before them shows no field at all. A type it does not
//! know (0x0b included: tshark 4.0 has 0x0d for PGMCC's ACK only) leaves
//! Protocol `PGM` and an empty Info, with no item: PGM is then not in
//! `frame.protocols` (see [`listed`]).
//!
//! The header: ports (and the hidden `pgm.port` twice), type, options and
//! their four flags, checksum, GSI and TSDU length. Then each type's body:
//! SPM (sequence, trailing and leading edges, path NLA), ODATA and RDATA
//! (sequence and trailing edge), NAK, NNAK and NCF (requested sequence,
//! source and group NLAs), POLL (sequence, round, subtype, path NLA,
//! back-off interval, random string, matching bitmask), POLR (sequence,
//! round) and ACK (maximum sequence, bitmap). An NLA of an address family
//! other than IPv4 and IPv6 gets `pgm.address_format_invalid` on its AFI
//! and no address; after an SPM's or a NAK group's such NLA tshark reads
//! nothing more.
//!
//! The checksum, as tshark 4.0 shows it: not present (`[missing]`) when
//! zero outside ODATA and RDATA; otherwise verified over the whole packet
//! when it was all captured, and then tshark adds the checksum through
//! its status field (a one-byte field): `pgm.hdr.cksum.status` holds the
//! checksum's first byte, then the status, and a bad checksum's "should
//! be" is computed from that byte (printed with at least two digits). A
//! packet the capture cut gets `pgm.hdr.cksum` itself, unverified.
//!
//! Options (the header's option flag): the length option first (anything
//! else is `pgm.opts.type.invalid`), its total length (under 4:
//! `pgm.opts.tlen.invalid`), then each option as tshark reads it: fragment,
//! NAK list (eight sequence numbers to an item, whose value is the first
//! bytes of their text, as tshark's), join, redirect, parity parameters
//! and group, PGMCC data and feedback, NAK back-off interval and range;
//! the others (SYN, FIN, RST, current TG size, unknown) show no field. An
//! option under 4 bytes, or longer than the options left, ends the options
//! (`pgm.genopts.len.invalid`); one shorter than its type needs shows its
//! length and no more, and tshark's reading goes on where it stopped, as
//! here. An option that runs past the packet throws before anything of it
//! is shown (tshark checks the option's bytes exist first).
//!
//! ODATA and RDATA hand the bytes after the last option tshark read to
//! its `pgm.port` table and heuristics, which hold nothing in 4.0: data.
//!
//! Every read is checked: one past what was captured of a longer packet
//! is truncated, past the packet itself malformed. No input makes this
//! module panic.

pub mod fields;
#[cfg(test)]
mod tests;

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use super::ones_complement_sum;
use crate::dissect::expert::{self, Expert, ei};
use crate::dissect::field::{FieldDef, checksum};
use crate::dissect::fields as f;
use std::borrow::Cow;
use std::fmt::Write;

ei!(OPT_TYPE, f::pgm::OPTS_TYPE_INVALID, Protocol, Warn);
ei!(OPT_TLEN, f::pgm::OPTS_TLEN_INVALID, Protocol, Warn);
ei!(GENOPT_LEN, f::pgm::GENOPTS_LEN_INVALID, Protocol, Warn);
ei!(
    ADDRESS_FORMAT,
    f::pgm::ADDRESS_FORMAT_INVALID,
    Protocol,
    Warn
);
ei!(BAD_CHECKSUM, f::pgm::BAD_CHECKSUM, Checksum, Error);

/// Under this many bytes on the wire tshark's dissector declines.
const MIN_LEN: usize = 18;

const SPM: u8 = 0x00;
const POLL: u8 = 0x01;
const POLR: u8 = 0x02;
const ODATA: u8 = 0x04;
const RDATA: u8 = 0x05;
const NAK: u8 = 0x08;
const NNAK: u8 = 0x09;
const NCF: u8 = 0x0a;
const ACK: u8 = 0x0d;

/// The header's option flag: options follow the type's body.
const OPT_PRESENT: u8 = 0x01;

const OPT_LENGTH: u8 = 0x00;
const OPT_END: u8 = 0x80;
const OPT_FRAGMENT: u8 = 0x01;
const OPT_NAK_LIST: u8 = 0x02;
const OPT_JOIN: u8 = 0x03;
const OPT_NAK_BO_IVL: u8 = 0x04;
const OPT_NAK_BO_RNG: u8 = 0x05;
const OPT_REDIRECT: u8 = 0x07;
const OPT_PARITY_PRM: u8 = 0x08;
const OPT_PARITY_GRP: u8 = 0x09;
const OPT_PGMCC_DATA: u8 = 0x12;
const OPT_PGMCC_FEEDBACK: u8 = 0x13;

const AFI_IPV4: u16 = 1;
const AFI_IPV6: u16 = 2;

/// A read past the captured bytes: where it would have ended, from the
/// packet's start.
#[derive(Debug, PartialEq, Eq)]
struct Short(usize);

type R<T> = Result<T, Short>;

/// tshark's cursor over the packet's captured bytes.
struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    /// That `n` bytes from the cursor were captured (tshark's
    /// `tvb_ensure_bytes_exist` before an item of that length).
    fn ensure(&self, n: usize) -> R<()> {
        let end = self.at.saturating_add(n);
        if end <= self.b.len() {
            Ok(())
        } else {
            Err(Short(end))
        }
    }
    fn peek(&self, n: usize) -> R<&'a [u8]> {
        let end = self.at.saturating_add(n);
        self.b.get(self.at..end).ok_or(Short(end))
    }
    fn take(&mut self, n: usize) -> R<&'a [u8]> {
        let s = self.peek(n)?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> R<u8> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> R<u16> {
        Ok(be16(self.take(2)?, 0))
    }
    fn u32(&mut self) -> R<u32> {
        Ok(be32(self.take(4)?, 0))
    }
    fn ipv4(&mut self) -> R<[u8; 4]> {
        let s = self.take(4)?;
        Ok([s[0], s[1], s[2], s[3]])
    }
    fn ipv6(&mut self) -> R<[u8; 16]> {
        let mut a = [0u8; 16];
        a.copy_from_slice(self.take(16)?);
        Ok(a)
    }
}

pub(crate) fn pgm(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    // The packet's length on the wire (the IP payload), captured or not.
    let reported = walk.reported_end.max(walk.end).saturating_sub(start);
    if reported < MIN_LEN {
        return Next::Data(Osi::Transport);
    }
    let mut l = Layer::new(Osi::Transport, "pgm", start..walk.end);
    // tshark verifies the checksum only over a packet it has whole.
    let whole = !walk.fragmented && b.len() >= reported;
    match packet(&mut l, b, whole) {
        Ok(Some(data_at)) => {
            walk.layers.push(l);
            walk.off = start + data_at.min(b.len());
            Next::Data(Osi::Application)
        }
        Ok(None) => {
            walk.layers.push(l);
            walk.off = walk.end;
            Next::Done
        }
        Err(Short(n)) => {
            walk.short(&mut l, "PGM packet", n, b.len());
            walk.layers.push(l);
            walk.off = walk.end;
            Next::Done
        }
    }
}

/// Whether tshark lists PGM in `frame.protocols` for this layer: not for
/// a type it does not know (its dissector adds no item, and a dissector
/// that added none is taken off the list), unless it threw first.
pub(crate) fn listed(l: &Layer<'_>) -> bool {
    l.thrown.is_some() || l.has(f::pgm::HDR_TYPE)
}

fn type_name(t: u8) -> Option<&'static str> {
    Some(match t {
        SPM => "SPM",
        POLL => "POLL",
        POLR => "POLR",
        ODATA => "ODATA",
        RDATA => "RDATA",
        NAK => "NAK",
        NNAK => "NNAK",
        NCF => "NCF",
        ACK => "ACK",
        _ => return None,
    })
}

/// tshark's `val_to_str(.., "Unknown (0x%02x)")` for a field's values.
fn val_name(def: &'static FieldDef, v: u64) -> Cow<'static, str> {
    match def.value_name(v) {
        Some(n) => Cow::Borrowed(n),
        None => Cow::Owned(format!("Unknown (0x{v:02x})")),
    }
}

/// The whole packet; the offset of the data a data packet hands on.
fn packet<'a>(l: &mut Layer<'a>, b: &'a [u8], whole: bool) -> R<Option<usize>> {
    // The values tshark reads before it writes the Info column, in its
    // order: the first one past the captured bytes throws.
    for end in [2, 4, 5, 6, 8, 14, 16, 20] {
        if b.len() < end {
            return Err(Short(end));
        }
    }
    let sport = be16(b, 0);
    let dport = be16(b, 2);
    let ptype = b[4];
    let opts = b[5];
    let cksum = be16(b, 6);
    let gsi = &b[8..14];
    let tsdulen = be16(b, 14);
    let sqn = be32(b, 16);
    let Some(name) = type_name(ptype) else {
        // The Info column cleared, and nothing added.
        l.str(f::pgm::OSIDUMP_INFO, "");
        return Ok(None);
    };
    let mut info = String::with_capacity(48);
    let _ = write!(info, "{name:<5} sqn 0x{sqn:x} gsi ");
    for x in gsi {
        let _ = write!(info, "{x:02x}");
    }
    match ptype {
        ODATA | RDATA => {
            let _ = write!(info, " tsdulen {tsdulen}");
        }
        POLL => {
            if b.len() < 24 {
                return Err(Short(24));
            }
            let sub = be16(b, 22);
            info.push_str(" subtype ");
            info.push_str(&val_name(f::pgm::POLL_SUBTYPE, u64::from(sub)));
        }
        _ => {}
    }
    l.str(f::pgm::OSIDUMP_INFO, info);

    l.uint(f::pgm::PORT, sport);
    l.uint(f::pgm::PORT, dport);
    l.uint(f::pgm::HDR_SPORT, sport);
    l.uint(f::pgm::HDR_DPORT, dport);
    l.uint(f::pgm::HDR_TYPE, ptype);
    l.uint(f::pgm::HDR_OPTS, opts);
    l.boolean(f::pgm::HDR_OPTS_OPT, opts & 0x01 != 0);
    l.boolean(f::pgm::HDR_OPTS_NETSIG, opts & 0x02 != 0);
    l.boolean(f::pgm::HDR_OPTS_VARLEN, opts & 0x40 != 0);
    l.boolean(f::pgm::HDR_OPTS_PARITY, opts & 0x80 != 0);
    checksum(l, b, ptype, cksum, whole);
    l.push(f::pgm::HDR_GSI, Value::Bytes(Cow::Borrowed(gsi)));
    l.uint(f::pgm::HDR_TSDULEN, tsdulen);

    let mut c = Cursor { b, at: 16 };
    let mut data = false;
    match ptype {
        SPM => {
            l.uint(f::pgm::SPM_SQN, c.u32()?);
            l.uint(f::pgm::SPM_TRAIL, c.u32()?);
            l.uint(f::pgm::SPM_LEAD, c.u32()?);
            let nla = Nla {
                afi: f::pgm::SPM_PATHAFI,
                res: f::pgm::SPM_RES,
                v4: f::pgm::SPM_PATH_IPV4,
                v6: f::pgm::SPM_PATH_IPV6,
            };
            if !nla.read(l, &mut c)? {
                return Ok(None);
            }
        }
        ODATA | RDATA => {
            data = true;
            l.uint(f::pgm::SPM_SQN, c.u32()?);
            l.uint(f::pgm::SPM_TRAIL, c.u32()?);
        }
        NAK | NNAK | NCF => {
            l.uint(f::pgm::NAK_SQN, c.u32()?);
            let src = Nla {
                afi: f::pgm::NAK_SRCAFI,
                res: f::pgm::NAK_SRCRES,
                v4: f::pgm::NAK_SRC_IPV4,
                v6: f::pgm::NAK_SRC_IPV6,
            };
            src.read(l, &mut c)?;
            let grp = Nla {
                afi: f::pgm::NAK_GRPAFI,
                res: f::pgm::NAK_GRPRES,
                v4: f::pgm::NAK_GRP_IPV4,
                v6: f::pgm::NAK_GRP_IPV6,
            };
            if !grp.read(l, &mut c)? {
                return Ok(None);
            }
        }
        POLL => {
            l.uint(f::pgm::POLL_SQN, c.u32()?);
            l.uint(f::pgm::POLL_ROUND, c.u16()?);
            l.uint(f::pgm::POLL_SUBTYPE, c.u16()?);
            let path = Nla {
                afi: f::pgm::POLL_PATHAFI,
                res: f::pgm::POLL_RES,
                v4: f::pgm::POLL_PATH_IPV4,
                v6: f::pgm::POLL_PATH_IPV6,
            };
            path.read(l, &mut c)?;
            l.uint(f::pgm::POLL_BACKOFF_IVL, c.u32()?);
            l.uint(f::pgm::POLL_RAND_STR, c.u32()?);
            l.uint(f::pgm::POLL_MATCHING_BMASK, c.u32()?);
        }
        POLR => {
            l.uint(f::pgm::POLR_SQN, c.u32()?);
            l.uint(f::pgm::POLR_ROUND, c.u16()?);
            l.uint(f::pgm::POLR_RES, c.u16()?);
        }
        _ => {
            // ACK, the last known type.
            l.uint(f::pgm::ACK_MAXSQN, c.u32()?);
            l.uint(f::pgm::ACK_BITMAP, c.u32()?);
        }
    }
    if opts & OPT_PRESENT != 0 {
        options(l, &mut c, name)?;
    }
    Ok(data.then_some(c.at))
}

/// The checksum as tshark 4.0 adds it (see the module's notes).
fn checksum(l: &mut Layer<'_>, b: &[u8], ptype: u8, cksum: u16, whole: bool) {
    if cksum == 0 && ptype != ODATA && ptype != RDATA {
        l.uint(f::pgm::HDR_CKSUM, 0u8);
        l.uint(f::pgm::HDR_CKSUM_STATUS, checksum::NOT_PRESENT);
        return;
    }
    if !whole {
        l.uint(f::pgm::HDR_CKSUM, cksum);
        l.uint(f::pgm::HDR_CKSUM_STATUS, checksum::UNVERIFIED);
        return;
    }
    // The "checksum" tshark reads: one byte, for its status field's size.
    let first = cksum >> 8;
    l.uint(f::pgm::HDR_CKSUM_STATUS, first);
    let sum = ones_complement_sum(b);
    if sum == 0xffff {
        l.uint(f::pgm::HDR_CKSUM_STATUS, checksum::GOOD);
        return;
    }
    // Wireshark's in_cksum_shouldbe(first, in_cksum(packet)).
    let mut shouldbe = u32::from(first) + u32::from(!sum);
    shouldbe = (shouldbe & 0xffff) + (shouldbe >> 16);
    shouldbe = (shouldbe & 0xffff) + (shouldbe >> 16);
    let at = l.fields.len();
    l.uint(f::pgm::HDR_CKSUM_STATUS, checksum::BAD);
    // The expert item belongs to the first item: before the status.
    add_expert_at(
        l,
        at,
        &BAD_CHECKSUM,
        Some(format!("Bad checksum [should be 0x{shouldbe:02x}]")),
    );
}

/// An expert item inserted at `at` in the field list: a child of the item
/// that ends there, added after items that follow it.
fn add_expert_at(l: &mut Layer<'_>, at: usize, e: &'static Expert, message: Option<String>) {
    let before = l.fields.len();
    expert::add(l, e, message);
    let added = l.fields.len() - before;
    let at = at.min(before);
    l.fields[at..].rotate_right(added);
}

/// A network-layer address with its family and a reserved field.
struct Nla {
    afi: &'static FieldDef,
    res: &'static FieldDef,
    v4: &'static FieldDef,
    v6: &'static FieldDef,
}

impl Nla {
    /// Reads the AFI, the reserved field and the address; false for a
    /// family tshark cannot show (marked on the AFI, no address read).
    fn read(&self, l: &mut Layer<'_>, c: &mut Cursor<'_>) -> R<bool> {
        let afi = c.u16()?;
        l.uint(self.afi, afi);
        let after_afi = l.fields.len();
        l.uint(self.res, c.u16()?);
        match afi {
            AFI_IPV4 => l.push(self.v4, Value::Ipv4(c.ipv4()?)),
            AFI_IPV6 => l.push(self.v6, Value::Ipv6(c.ipv6()?)),
            _ => {
                add_expert_at(l, after_afi, &ADDRESS_FORMAT, None);
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// The options, from the length option on.
fn options(l: &mut Layer<'_>, c: &mut Cursor<'_>, pkt: &str) -> R<()> {
    // The options' item runs to the packet's end: it needs one byte.
    c.ensure(1)?;
    let first = c.u8()?;
    l.uint(f::pgm::OPTS_TYPE, first);
    if first != OPT_LENGTH {
        let msg = format!(
            "{pkt} Options - initial option is {}, should be Length",
            val_name(f::pgm::OPTS_TYPE, u64::from(first))
        );
        expert::add(l, &OPT_TYPE, Some(msg));
        return Ok(());
    }
    l.uint(f::pgm::OPTS_LEN, c.u8()?);
    let tlen = c.u16()?;
    l.uint(f::pgm::OPTS_TLEN, tlen);
    let after_tlen = l.fields.len();
    if tlen < 4 {
        let msg = format!("{pkt} Options (Total Length {tlen} - invalid, must be >= 4)");
        expert::add(l, &OPT_TLEN, Some(msg));
        return Ok(());
    }
    let mut left = tlen - 4;
    let mut end = false;
    while !end && left != 0 {
        if left < 4 {
            let msg = "Remaining total options length doesn't have enough for an options header";
            add_expert_at(l, after_tlen, &OPT_TLEN, Some(msg.into()));
            break;
        }
        let head = c.peek(2)?;
        let mut otype = head[0];
        let olen = head[1];
        if otype & OPT_END != 0 {
            otype &= !OPT_END;
            end = true;
        }
        // The option's item, over its length: its bytes must be there.
        c.ensure(usize::from(olen))?;
        if olen < 4 {
            let msg = format!("Length {olen} invalid, must be >= 4");
            expert::add(l, &GENOPT_LEN, Some(msg));
            return Ok(());
        }
        if left < u16::from(olen) {
            let msg = format!("Length {olen} > remaining total options length");
            expert::add(l, &GENOPT_LEN, Some(msg));
            return Ok(());
        }
        option(l, c, otype, olen)?;
        left -= u16::from(olen);
    }
    Ok(())
}

/// The size each option type needs; under it tshark shows the length as
/// bogus and reads no further.
fn min_size(otype: u8) -> usize {
    match otype {
        OPT_JOIN | OPT_PARITY_PRM | OPT_PARITY_GRP => 8,
        OPT_NAK_BO_IVL | OPT_NAK_BO_RNG | OPT_REDIRECT => 12,
        OPT_PGMCC_DATA | OPT_PGMCC_FEEDBACK | OPT_FRAGMENT => 16,
        _ => 0,
    }
}

/// One option whose bytes are there, from its type byte.
fn option(l: &mut Layer<'_>, c: &mut Cursor<'_>, otype: u8, olen: u8) -> R<()> {
    let known = matches!(
        otype,
        OPT_FRAGMENT
            | OPT_NAK_LIST
            | OPT_JOIN
            | OPT_NAK_BO_IVL
            | OPT_NAK_BO_RNG
            | OPT_REDIRECT
            | OPT_PARITY_PRM
            | OPT_PARITY_GRP
            | OPT_PGMCC_DATA
            | OPT_PGMCC_FEEDBACK
    );
    if !known {
        // SYN, FIN, RST, CURR_TGSIZE and unknown ones: only the item.
        c.take(usize::from(olen))?;
        return Ok(());
    }
    let t = c.u8()?;
    l.boolean(f::pgm::GENOPTS_END, t & OPT_END != 0);
    l.uint(f::pgm::GENOPTS_TYPE, t & 0x7f);
    if usize::from(olen) < min_size(otype) {
        c.ensure(1)?;
        l.uint(f::pgm::GENOPTS_LEN, olen);
        return Ok(());
    }
    let len = c.u8()?;
    l.uint(f::pgm::GENOPTS_LEN, len);
    l.uint(f::pgm::GENOPTS_OPX, c.u8()?);
    match otype {
        OPT_JOIN => {
            l.uint(f::pgm::OPTS_JOIN_RES, c.u8()?);
            l.uint(f::pgm::OPTS_JOIN_MIN_JOIN, c.u32()?);
        }
        OPT_PARITY_PRM | OPT_PARITY_GRP => {
            // Both the parameters and the group's reserved byte are
            // `pgm.opts.parity_prm.op` in tshark 4.0.
            l.uint(f::pgm::OPTS_PARITY_PRM_OP, c.u8()?);
            l.uint(f::pgm::OPTS_PARITY_PRM_PRM_GRP, c.u32()?);
        }
        OPT_NAK_LIST => {
            l.uint(f::pgm::OPTS_NAK_OP, c.u8()?);
            nak_list(l, c, len)?;
        }
        OPT_PGMCC_DATA | OPT_PGMCC_FEEDBACK => {
            l.uint(f::pgm::OPTS_CCDATA_RES, c.u8()?);
            // A 16-bit field read over four bytes: tshark's value is the
            // low half.
            l.uint(f::pgm::OPTS_CCDATA_TSTAMP, c.u32()? & 0xffff);
            let afi = c.u16()?;
            l.uint(f::pgm::OPTS_CCDATA_AFI, afi);
            let after_afi = l.fields.len();
            let second = if otype == OPT_PGMCC_DATA {
                f::pgm::OPTS_CCDATA_RES2
            } else {
                f::pgm::OPTS_CCDATA_LOSSRATE
            };
            l.uint(second, c.u16()?);
            match afi {
                AFI_IPV4 => l.push(f::pgm::OPTS_CCDATA_ACKER_IPV4, Value::Ipv4(c.ipv4()?)),
                AFI_IPV6 => l.push(f::pgm::OPTS_CCDATA_ACKER_IPV6, Value::Ipv6(c.ipv6()?)),
                _ => add_expert_at(l, after_afi, &ADDRESS_FORMAT, None),
            }
        }
        OPT_NAK_BO_IVL => {
            l.uint(f::pgm::OPTS_NAK_BO_IVL_RES, c.u8()?);
            l.uint(f::pgm::OPTS_NAK_BO_IVL_BO_IVL, c.u32()?);
            l.uint(f::pgm::OPTS_NAK_BO_IVL_BO_IVL_SQN, c.u32()?);
        }
        OPT_NAK_BO_RNG => {
            l.uint(f::pgm::OPTS_NAK_BO_RNG_RES, c.u8()?);
            l.uint(f::pgm::OPTS_NAK_BO_RNG_MIN_BO_IVL, c.u32()?);
            l.uint(f::pgm::OPTS_NAK_BO_RNG_MAX_BO_IVL, c.u32()?);
        }
        OPT_REDIRECT => {
            l.uint(f::pgm::OPTS_REDIRECT_RES, c.u8()?);
            let afi = c.u16()?;
            l.uint(f::pgm::OPTS_REDIRECT_AFI, afi);
            let after_afi = l.fields.len();
            l.uint(f::pgm::OPTS_REDIRECT_RES2, c.u16()?);
            match afi {
                AFI_IPV4 => l.push(f::pgm::OPTS_REDIRECT_DLR_IPV4, Value::Ipv4(c.ipv4()?)),
                AFI_IPV6 => l.push(f::pgm::OPTS_REDIRECT_DLR_IPV6, Value::Ipv6(c.ipv6()?)),
                _ => add_expert_at(l, after_afi, &ADDRESS_FORMAT, None),
            }
        }
        _ => {
            // OPT_FRAGMENT
            l.uint(f::pgm::OPTS_FRAGMENT_RES, c.u8()?);
            l.uint(f::pgm::OPTS_FRAGMENT_FIRST_SQN, c.u32()?);
            l.uint(f::pgm::OPTS_FRAGMENT_FRAGMENT_OFFSET, c.u32()?);
            l.uint(f::pgm::OPTS_FRAGMENT_TOTAL_LENGTH, c.u32()?);
        }
    }
    Ok(())
}

/// A NAK list's sequence numbers, eight to an item. tshark writes them as
/// text (`0x1 0x2 `) and gives each item, as its bytes value, the text's
/// first four bytes for each number the item covers.
fn nak_list(l: &mut Layer<'_>, c: &mut Cursor<'_>, len: u8) -> R<()> {
    // tshark copies the list's bytes (its length less the 4-byte head)
    // before it shows any.
    let list = c.peek(usize::from(len.wrapping_sub(4)))?;
    let mut text = String::with_capacity(96);
    for chunk in list.chunks_exact(4).collect::<Vec<_>>().chunks(8) {
        text.clear();
        for n in chunk {
            let _ = write!(text, "0x{:x} ", be32(n, 0));
        }
        let n = chunk.len() * 4;
        let value = text.as_bytes().get(..n).unwrap_or(text.as_bytes()).to_vec();
        l.push(f::pgm::OPTS_NAK_LIST, Value::Bytes(Cow::Owned(value)));
        c.take(n)?;
    }
    Ok(())
}

/// tshark's Info: `ODATA sqn 0x51edb2 gsi 0af4409ad625 tsdulen 172`.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::pgm::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
