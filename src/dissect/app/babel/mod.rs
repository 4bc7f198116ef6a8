//! Babel (RFC 6126, RFC 8966; UDP port 6696) as tshark 4.0's
//! `packet-babel.c` decodes it: the 4-byte header (magic 42, version,
//! body length), then the body's messages (TLVs) and, when the datagram
//! goes on past the body, the packet trailer's messages (RFC 8967's
//! HMACs) read the same way: Pad1, PadN, Acknowledgment Request,
//! Acknowledgment, Hello, IHU, Router-Id, Next Hop, Update, Request,
//! Seqno Request (`mh-request`), PC; the sub-TLVs of a Hello, an IHU or
//! an Update (Pad1, PadN, Diversity's channels, a Hello's or an IHU's
//! timestamps). Other messages show their type and length only.
//!
//! What tshark does that is followed here (read from its source, checked
//! on crafted bytes):
//! - a datagram shorter than 4 bytes or without the magic is declined
//!   (the port's dissector returns 0: UDP's heuristics get it, see
//!   [`port_takes`]); one of another version than 2 shows only
//!   `Version N` as Info, no field;
//! - each message's type is named in the Info column once its length
//!   byte is read; the message item spans its declared length even past
//!   the datagram, and its fields are read at fixed offsets from the
//!   message's start whatever that length says: a field past the end
//!   throws, and so do the lengths `len - 2` (`len - 6`, `len - 10`,
//!   `len - 14`) of the address and prefix items when negative (`-1`
//!   being tshark's "to the end");
//! - an Update's prefix may omit its first bytes, taken from the
//!   previous Update of the same family (AE 1, else the IPv6 one) in the
//!   same body that set the default-prefix flag (0x80): that state lives
//!   only for one body (the trailer starts afresh), as tshark keeps it;
//! - the trailer's length is taken modulo 256 (tshark's `guint8`), and a
//!   body that claims more than the datagram holds makes a trailer whose
//!   item throws;
//! - a sub-TLV list starts after the address bytes tshark consumed, which
//!   for an IHU whose address did not parse is one byte early (its `rc`
//!   of -1 is added), and an IHU's receive timestamp spans the sub-TLV's
//!   whole length from its second word (so throws at a TLV's end).
//!
//! The promise: no input makes this module panic; every read is checked
//! against the captured bytes first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Short, be16, be32, need};
use std::borrow::Cow;
use std::fmt::Write;

/// Babel's UDP port (tshark's `udp.port` binding).
pub const PORT: u16 = 6696;

const MAGIC: u8 = 42;
const HEADER_LEN: usize = 4;

const PAD1: u8 = 0;
const ACK_REQ: u8 = 2;
const ACK: u8 = 3;
const HELLO: u8 = 4;
const IHU: u8 = 5;
const ROUTER_ID: u8 = 6;
const NH: u8 = 7;
const UPDATE: u8 = 8;
const REQUEST: u8 = 9;
const MH_REQUEST: u8 = 10;
const PC: u8 = 17;

const SUB_PAD1: u8 = 0;
const SUB_PADN: u8 = 1;
const SUB_DIVERSITY: u8 = 2;
const SUB_TIMESTAMP: u8 = 3;
const SUB_MANDATORY: u8 = 0x80;

/// An Update's flag making its prefix the default for later ones.
const DEFAULT_PREFIX: u8 = 0x80;

/// The IPv4-mapped prefix tshark builds IPv4 prefixes in.
const V4_PREFIX: [u8; 12] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/// Whether tshark's port dissector takes the datagram (else it returns 0
/// and UDP's heuristics get it): at least the 4-byte header captured,
/// beginning with the magic 42.
pub fn port_takes(b: &[u8]) -> bool {
    b.len() >= HEADER_LEN && b[0] == MAGIC
}

/// A read past the bytes: what tshark's exception would be, as the end
/// needed (`usize::MAX` for a negative length, ReportedBoundsError).
const NEGATIVE: Short = Short(usize::MAX);

/// The range of an item of tshark's `length` at `start`: `-1` runs to the
/// end of the captured bytes (at least one byte), another negative length
/// throws, as does a range past the end.
fn span(b: &[u8], start: usize, length: i32) -> Result<std::ops::Range<usize>, Short> {
    match length {
        -1 if start < b.len() => Ok(start..b.len()),
        -1 => Err(Short(start + 1)),
        n if n < 0 => Err(NEGATIVE),
        n => {
            let n = n as usize;
            check(b, start, n)?;
            Ok(start..start + n)
        }
    }
}

/// tshark's bounds check of an item's `n` bytes at `start`
/// (`tvb_ensure_bytes_exist`, also `tvb_memcpy`'s): a start past the
/// captured bytes throws by the start (truncated while within the
/// datagram), else the end decides.
fn check(b: &[u8], start: usize, n: usize) -> Result<(), Short> {
    if start > b.len() {
        return Err(Short(start));
    }
    need(b, start + n)
}

/// A byte tshark reads (`tvb_get_guint8`, whose fast path throws by the
/// end of the read alone).
fn get8(b: &[u8], at: usize) -> Result<u8, Short> {
    b.get(at).copied().ok_or(Short(at + 1))
}

/// A byte added as an item.
fn byte(b: &[u8], at: usize) -> Result<u8, Short> {
    check(b, at, 1)?;
    Ok(b[at])
}

/// A 16-bit word added as an item.
fn word(b: &[u8], at: usize) -> Result<u16, Short> {
    check(b, at, 2)?;
    Ok(be16(b, at))
}

/// A 32-bit word added as an item.
fn long(b: &[u8], at: usize) -> Result<u32, Short> {
    check(b, at, 4)?;
    Ok(be32(b, at))
}

/// A 32-bit word tshark reads (`tvb_get_guint32`).
fn get32(b: &[u8], at: usize) -> Result<u32, Short> {
    need(b, at + 4)?;
    Ok(be32(b, at))
}

fn bytes<'a>(b: &'a [u8], start: usize, length: i32) -> Result<Value<'a>, Short> {
    let r = span(b, start, length)?;
    Ok(Value::Bytes(Cow::Borrowed(&b[r])))
}

/// One Babel datagram (a UDP payload of `reported` bytes on the wire, of
/// which `msg` were captured) as a layer spanning `at..at + msg.len()`.
/// `cut`: the capture cut it short; `quoted`: an ICMP error quotes it
/// (short on purpose, nothing is marked).
pub fn dissect(msg: &[u8], at: usize, reported: usize, cut: bool, quoted: bool) -> Layer<'_> {
    dissect_calls(msg, at, reported, cut, quoted, 1)
}

/// [`dissect`] by `calls` calls of tshark's dissector: a packet with an
/// empty body (which tshark's dissector declines after adding its items)
/// shows its fields once a call.
fn dissect_calls(
    msg: &[u8],
    at: usize,
    reported: usize,
    cut: bool,
    quoted: bool,
    calls: usize,
) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "babel", at..at + msg.len());
    let reported = reported.max(msg.len());
    let mut info = String::from("Babel");
    let mut result = packet(msg, reported, &mut l, &mut info);
    if result.is_ok() && declined(&l) {
        for _ in 1..calls {
            info.clear();
            info.push_str("Babel");
            result = packet(msg, reported, &mut l, &mut info);
        }
    }
    l.str(f::babel::OSIDUMP_INFO, info);
    if let Err(Short(end)) = result
        && !quoted
    {
        let reason = if end == usize::MAX {
            "Babel message: negative item length".to_string()
        } else {
            format!("Babel message: need {end} bytes, have {}", msg.len())
        };
        l.read_past_end("babel", reason, cut && end <= reported);
    }
    l
}

/// tshark's dissector returned 0 after adding its items: the body is
/// empty (it returns the body's bytes read), so UDP goes on to the next
/// port's dissector, the heuristics and data, and Babel is not in
/// `frame.protocols`. (Unless it threw while reading the trailer.)
fn declined(l: &Layer<'_>) -> bool {
    l.get_uint(f::babel::BODYLEN) == Some(0) && l.thrown.is_none() && l.anomalies.is_empty()
}

/// Whether tshark lists Babel in `frame.protocols` for this layer: not
/// for a version other than 2 (tshark's dissector adds no item then), nor
/// for a packet it [`declined`].
pub(crate) fn listed(l: &Layer<'_>) -> bool {
    l.has(f::babel::MAGIC) && !declined(l)
}

fn packet<'a>(
    b: &'a [u8],
    reported: usize,
    l: &mut Layer<'a>,
    info: &mut String,
) -> Result<(), Short> {
    need(b, HEADER_LEN)?;
    let version = b[1];
    if version != 2 {
        info.clear();
        let _ = write!(info, "Version {version}");
        return Ok(());
    }
    l.uint(f::babel::MAGIC, b[0]);
    l.uint(f::babel::VERSION, version);
    let bodylen = be16(b, 2);
    l.uint(f::babel::BODYLEN, bodylen);
    let bodylen = usize::from(bodylen);
    body(b, 0, bodylen, l, info)?;
    // tshark's trailer length is a `guint8` of what follows the body.
    let trailer = (reported as i64 - bodylen as i64 - HEADER_LEN as i64) as u8;
    if trailer != 0 {
        span(b, HEADER_LEN + bodylen, i32::from(trailer))?;
        body(b, bodylen, usize::from(trailer), l, info)?;
    }
    Ok(())
}

/// The messages from `offset` (past the header) while fewer than `len`
/// bytes were read: the body, or the trailer.
fn body<'a>(
    b: &'a [u8],
    offset: usize,
    len: usize,
    l: &mut Layer<'a>,
    info: &mut String,
) -> Result<(), Short> {
    use f::babel as bf;
    // The last default prefixes of each family, for this body only.
    let mut v4 = [0u8; 16];
    let mut v6 = [0u8; 16];
    let mut i = offset;
    while i - offset < len {
        let m = HEADER_LEN + i;
        let kind = get8(b, m)?;
        let mlen = if kind == PAD1 { 0 } else { get8(b, m + 1)? };
        info.push(' ');
        info.push_str(
            bf::MESSAGE_TYPE
                .value_name(kind.into())
                .unwrap_or("unknown"),
        );
        l.uint(bf::MESSAGE, kind);
        l.uint(bf::MESSAGE_TYPE, kind);
        if kind == PAD1 {
            i += 1;
            continue;
        }
        l.uint(bf::MESSAGE_LENGTH, mlen);
        let len = i32::from(mlen);
        match kind {
            ACK_REQ => {
                l.uint(bf::MESSAGE_NONCE, word(b, m + 4)?);
                l.uint(bf::MESSAGE_INTERVAL, word(b, m + 6)?);
            }
            ACK => l.uint(bf::MESSAGE_NONCE, word(b, m + 2)?),
            HELLO => {
                // The "Unicast" line over the flags.
                span(b, m + 2, 2)?;
                l.uint(bf::MESSAGE_SEQNO, word(b, m + 4)?);
                l.uint(bf::MESSAGE_INTERVAL, word(b, m + 6)?);
                if mlen > 6 {
                    subtlvs(b, kind, m + 8, m + 2 + usize::from(mlen), l)?;
                }
            }
            IHU => {
                let ae = get8(b, m + 2)?;
                let rc = prefix(b, ae, None, 0, m + 8, len - 6, None)?;
                l.uint(bf::MESSAGE_RXCOST, word(b, m + 4)?);
                l.uint(bf::MESSAGE_INTERVAL, word(b, m + 6)?);
                span(b, m + 4, len - 2)?;
                l.uint(bf::MESSAGE_AE, ae);
                l.push(bf::MESSAGE_PREFIX, bytes(b, m + 4, len - 2)?);
                l.str(bf::OSIDUMP_PREFIX, address_text(rc.map(|r| r.1).as_ref()));
                let rc = rc.map_or(-1, |r| r.0 as i32);
                if rc < len - 6 {
                    // An address that did not parse counts -1 here.
                    let beg = (m + 8).wrapping_add_signed(rc as isize);
                    subtlvs(b, kind, beg, m + 2 + usize::from(mlen), l)?;
                }
            }
            ROUTER_ID => l.push(bf::MESSAGE_ROUTERID, bytes(b, m + 4, 8)?),
            NH => {
                let ae = get8(b, m + 2)?;
                let rc = prefix(b, ae, None, 0, m + 4, len - 2, None)?;
                span(b, m + 4, len - 2)?;
                l.uint(bf::MESSAGE_AE, ae);
                l.push(bf::MESSAGE_PREFIX, bytes(b, m + 4, len - 2)?);
                l.str(bf::OSIDUMP_PREFIX, address_text(rc.map(|r| r.1).as_ref()));
            }
            UPDATE => {
                let ae = get8(b, m + 2)?;
                let flags = get8(b, m + 3)?;
                let plen = get8(b, m + 4)?;
                let omitted = get8(b, m + 5)?;
                let state = if ae == 1 { &mut v4 } else { &mut v6 };
                let rc = prefix(b, ae, Some(plen), omitted, m + 12, len - 10, Some(&*state))?;
                if let Some((_, p)) = rc
                    && flags & DEFAULT_PREFIX != 0
                {
                    *state = p;
                }
                l.uint(bf::MESSAGE_FLAGS, flags);
                l.uint(bf::MESSAGE_INTERVAL, word(b, m + 6)?);
                l.uint(bf::MESSAGE_SEQNO, word(b, m + 8)?);
                l.uint(bf::MESSAGE_METRIC, word(b, m + 10)?);
                span(b, m + 12, len - 10)?;
                l.uint(bf::MESSAGE_AE, ae);
                l.uint(bf::MESSAGE_PLEN, plen);
                l.uint(bf::MESSAGE_OMITTED, omitted);
                l.push(bf::MESSAGE_PREFIX, bytes(b, m + 12, len - 10)?);
                l.str(
                    bf::OSIDUMP_PREFIX,
                    prefix_text(rc.map(|r| r.1).as_ref(), plen),
                );
                // tshark compares the consumed count as a `guint8`: a
                // prefix that did not parse (255) never has sub-TLVs.
                if let Some((rc, _)) = rc
                    && (rc as i32) < len - 10
                {
                    subtlvs(b, kind, m + 12 + rc, m + 2 + usize::from(mlen), l)?;
                }
            }
            REQUEST => {
                let plen = get8(b, m + 3)?;
                let ae = get8(b, m + 2)?;
                let rc = prefix(b, ae, Some(plen), 0, m + 4, len - 2, None)?;
                span(b, m + 4, len - 2)?;
                l.uint(bf::MESSAGE_AE, ae);
                l.uint(bf::MESSAGE_PLEN, plen);
                l.push(bf::MESSAGE_PREFIX, bytes(b, m + 4, len - 2)?);
                l.str(
                    bf::OSIDUMP_PREFIX,
                    prefix_text(rc.map(|r| r.1).as_ref(), plen),
                );
            }
            MH_REQUEST => {
                let plen = get8(b, m + 3)?;
                let ae = get8(b, m + 2)?;
                let rc = prefix(b, ae, Some(plen), 0, m + 16, len - 14, None)?;
                l.uint(bf::MESSAGE_SEQNO, word(b, m + 4)?);
                l.uint(bf::MESSAGE_HOPCOUNT, byte(b, m + 6)?);
                l.push(bf::MESSAGE_ROUTERID, bytes(b, m + 8, 8)?);
                span(b, m + 16, len - 14)?;
                l.uint(bf::MESSAGE_AE, ae);
                l.uint(bf::MESSAGE_PLEN, plen);
                l.push(bf::MESSAGE_PREFIX, bytes(b, m + 16, len - 14)?);
                l.str(
                    bf::OSIDUMP_PREFIX,
                    prefix_text(rc.map(|r| r.1).as_ref(), plen),
                );
            }
            PC => l.uint(bf::MESSAGE_INDEX, long(b, m + 2)?),
            // PadN (1) and the rest: type and length only.
            _ => {}
        }
        i += usize::from(mlen) + 2;
    }
    Ok(())
}

/// tshark's `network_prefix`: the 16-byte address (IPv4 mapped) of
/// address encoding `ae` whose bytes start at `at`, `len` of them in the
/// message (tshark compares them unsigned: a negative count is huge);
/// `plen` the prefix length (`None`: a whole address); `omitted` leading
/// bytes taken from `dp`, the default prefix. `Ok(None)` for what it
/// rejects (tshark's -1); `Ok(Some((consumed, prefix)))`; a copy past the
/// bytes throws.
fn prefix(
    b: &[u8],
    ae: u8,
    plen: Option<u8>,
    omitted: u8,
    at: usize,
    len: i32,
    dp: Option<&[u8; 16]>,
) -> Result<Option<(usize, [u8; 16])>, Short> {
    let pb = match plen {
        Some(p) => usize::from(p).div_ceil(8),
        None if ae == 1 => 4,
        None => 16,
    };
    if pb > 16 {
        return Ok(None);
    }
    let omitted = usize::from(omitted);
    // `len < n` with tshark's unsigned `len`.
    let fewer = |n: usize| len >= 0 && (len as usize) < n;
    let mut p = [0u8; 16];
    let copy = |p: &mut [u8; 16], to: usize, n: usize| -> Result<(), Short> {
        check(b, at, n)?;
        p[to..to + n].copy_from_slice(&b[at..at + n]);
        Ok(())
    };
    let consumed = match ae {
        0 => 0,
        1 => {
            if omitted > 4 || pb > 4 || (pb > omitted && fewer(pb - omitted)) {
                return Ok(None);
            }
            p[..12].copy_from_slice(&V4_PREFIX);
            if omitted > 0 {
                let Some(dp) = dp else { return Ok(None) };
                p[..12 + omitted].copy_from_slice(&dp[..12 + omitted]);
            }
            if pb > omitted {
                copy(&mut p, 12 + omitted, pb - omitted)?;
                pb - omitted
            } else {
                0
            }
        }
        2 => {
            if omitted > 16 || (pb > omitted && fewer(pb - omitted)) {
                return Ok(None);
            }
            if omitted > 0 {
                let Some(dp) = dp else { return Ok(None) };
                p[..omitted].copy_from_slice(&dp[..omitted]);
            }
            if pb > omitted {
                copy(&mut p, omitted, pb - omitted)?;
                pb - omitted
            } else {
                0
            }
        }
        3 => {
            if pb > 8 && fewer(pb - 8) {
                return Ok(None);
            }
            p[0] = 0xfe;
            p[1] = 0x80;
            if pb > 8 {
                copy(&mut p, 8, pb - 8)?;
                pb - 8
            } else {
                0
            }
        }
        _ => return Ok(None),
    };
    Ok(Some((consumed, p)))
}

/// tshark's `format_address`: IPv4 for a mapped address, else IPv6;
/// `corrupt` for one that did not parse.
fn address_text(p: Option<&[u8; 16]>) -> String {
    let Some(p) = p else {
        return "corrupt".to_string();
    };
    if p[..12] == V4_PREFIX {
        Value::Ipv4([p[12], p[13], p[14], p[15]]).to_string()
    } else {
        Value::Ipv6(*p).to_string()
    }
}

fn prefix_text(p: Option<&[u8; 16]>, plen: u8) -> String {
    format!("{}/{plen}", address_text(p))
}

/// The sub-TLVs of a message of type `kind` from `beg` to `end`.
fn subtlvs<'a>(
    b: &'a [u8],
    kind: u8,
    mut beg: usize,
    end: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::babel as bf;
    while beg < end {
        let sub = get8(b, beg)?;
        let sublen = if sub == SUB_PAD1 {
            0
        } else {
            get8(b, beg + 1)?
        };
        l.uint(bf::SUBTLV, sub);
        l.uint(bf::SUBTLV_TYPE, sub);
        if sub == SUB_PAD1 {
            beg += 1;
            continue;
        }
        l.uint(bf::SUBTLV_LENGTH, sublen);
        let n = i32::from(sublen);
        if sub & SUB_MANDATORY != 0 {
            span(b, beg + 2, n)?;
        }
        match sub {
            SUB_PADN => {}
            SUB_DIVERSITY => {
                // The "Channel" line, then each channel.
                span(b, beg + 2, 0)?;
                for c in 0..usize::from(sublen) {
                    l.uint(bf::SUBTLV_DIVERSITY_CHANNEL, byte(b, beg + 2 + c)?);
                }
            }
            SUB_TIMESTAMP => match kind {
                HELLO => {
                    get32(b, beg + 2)?;
                    span(b, beg + 2, n)?;
                }
                IHU => {
                    get32(b, beg + 2)?;
                    get32(b, beg + 6)?;
                    span(b, beg + 2, n)?;
                    span(b, beg + 6, n)?;
                }
                _ => {
                    span(b, beg + 2, n)?;
                }
            },
            _ => {}
        }
        beg += usize::from(sublen) + 2;
    }
    Ok(())
}

/// tshark's Info: `Babel` and each message's type, or `Version N`.
pub fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::babel::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "babel",
    also: &[],
    title: "Babel Routing Protocol",
    osi: Osi::Application,
    fields: f::babel::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: Some(|_| "Babel"),
    app: Some(AppSpec {
        decode_as: &["babel"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: Some(port_takes),
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

/// One packet a datagram; no state across them (an Update's default
/// prefix lives within one packet's body).
struct Datagrams;

impl DatagramDecoder for Datagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        // What tshark's port dissector declines (the registry leaves such
        // a datagram to the heuristics; by Decode As it stays data).
        if !port_takes(d.payload) {
            return;
        }
        // tshark tries the lower port, then the higher: Babel's twice
        // when both are 6696.
        let calls = if d.sport == d.dport { 2 } else { 1 };
        let l = dissect_calls(d.payload, d.at, d.reported, d.cut, d.nested, calls);
        let declined = declined(&l);
        out.push(l);
        if declined {
            out.push(crate::dissect::data::layer_of(
                Osi::Application,
                d.payload,
                d.at..d.at + d.payload.len(),
            ));
        }
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Datagrams)
}
