//! SCTP (IP protocol 132; RFC 9260) as tshark 4.0's `packet-sctp.c`
//! decodes it with its default preferences: the common header (ports,
//! verification tag, the association index shown as disabled, the
//! checksum not verified), then every chunk: its type (with the two
//! "unrecognized chunk" bits), flags, length, the chunk's own fields and
//! its padding.
//!
//! What tshark 4.0 does by default, and is followed here (read from the
//! dissector's source and checked on captures with tshark 4.0.17):
//! - relative TSNs (`sctp.relative_tsns`) and TSN analysis
//!   (`sctp.tsn_analysis`) are on. Each direction of an association is a
//!   "half", found by ports and verification tag (none for a zero tag),
//!   and paired with the first half seen the other way between the same
//!   ports and address. A DATA chunk's TSN is shown relative to the first
//!   TSN its half saw (`sctp.data_tsn`, and the absolute
//!   `sctp.data_tsn_raw`); a TSN seen before in another frame is a
//!   retransmission (no payload then). A SACK's cumulative TSN ack is
//!   shown relative to the peer half's first TSN; tshark then hands that
//!   relative value to its ack matching, which makes it relative a second
//!   time: the DATA chunks a SACK acknowledges (`sctp.ack`,
//!   `sctp.ack_frame`, `sctp.sack_rtt`) are those up to the relative ack
//!   minus the first TSN, as tshark shows them;
//! - fragmented DATA (`sctp.reassembly`) is reassembled per stream,
//!   sequence number and payload protocol: a fragment's Info says
//!   `(Message Fragment)`, and the frame of the last one shows the
//!   fragments and the message;
//! - a payload goes to `data` (osidump has no decoder tshark registers on
//!   an SCTP port or payload protocol: M3UA, Diameter, S1AP...);
//! - the association index (`sctp.association_index`) is off: shown as
//!   65535 after the verification tag (0 in a packet with no chunk),
//!   unless a chunk threw.
//!
//! State is bounded: at most [`MAX_HALVES`] halves (all are dropped past
//! that, as after a restart), [`MAX_TSNS`] TSNs a half and
//! [`MAX_FRAGMENT_BYTES`] bytes of fragments waiting for their message.
//!
//! The promise: no input makes this module panic; every read goes
//! through [`Tvb`], checked against the captured and the reported bytes.

pub mod fields;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::dissect::expert::{self, Expert, Group, Severity};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::wire::{Bound, Tvb};
use crate::dissect::{Addrs, Next, Walk};

const COMMON_HEADER: usize = 12;
const CHUNK_HEADER: usize = 4;
const DATA_HEADER: usize = 16;
const I_DATA_HEADER: usize = 20;

const DATA: u8 = 0;
const INIT: u8 = 1;
const INIT_ACK: u8 = 2;
const SACK: u8 = 3;
const HEARTBEAT: u8 = 4;
const HEARTBEAT_ACK: u8 = 5;
const ABORT: u8 = 6;
const SHUTDOWN: u8 = 7;
const SHUTDOWN_ACK: u8 = 8;
const ERROR: u8 = 9;
const COOKIE_ECHO: u8 = 10;
const COOKIE_ACK: u8 = 11;
const ECNE: u8 = 12;
const CWR: u8 = 13;
const SHUTDOWN_COMPLETE: u8 = 14;
const AUTH: u8 = 15;
const NR_SACK: u8 = 16;
const I_DATA: u8 = 64;
const I_FORWARD_TSN: u8 = 0xc2;
const ASCONF_ACK: u8 = 0x80;
const PAD: u8 = 0x84;
const FORWARD_TSN: u8 = 0xc0;
const ASCONF: u8 = 0xc1;

/// Halves of associations kept before all are dropped.
pub const MAX_HALVES: usize = 4096;
/// TSNs a half remembers before it forgets them all.
pub const MAX_TSNS: usize = 65_536;
/// Bytes of fragments held for messages not yet whole.
pub const MAX_FRAGMENT_BYTES: usize = 4 << 20;

static RETRANSMISSION: Expert = Expert {
    field: f::sctp::RETRANSMISSION_EXPERT,
    group: Group::Sequence,
    severity: Severity::Note,
};
static RETRANSMITTED_AFTER_ACK: Expert = Expert {
    field: f::sctp::RETRANSMITTED_AFTER_ACK_EXPERT,
    group: Group::Sequence,
    severity: Severity::Warn,
};
static PARAMETER_PADDING: Expert = Expert {
    field: f::sctp::PARAMETER_PADDING_EXPERT,
    group: Group::Malformed,
    severity: Severity::Note,
};
static ZERO_WINDOW: Expert = Expert {
    field: f::sctp::SACK_A_RWND_EXPERT,
    group: Group::Sequence,
    severity: Severity::Note,
};
static CHUNK_LENGTH_BAD: Expert = Expert {
    field: f::sctp::CHUNK_LENGTH_BAD,
    group: Group::Malformed,
    severity: Severity::Error,
};

/// One TSN a half sent: where it was first seen and acknowledged.
#[derive(Debug, Clone, Copy)]
struct Tsn {
    tsn: u32,
    frame: u64,
    ts_ns: i128,
    ack_frame: u64,
    ack_ts_ns: i128,
}

/// One direction of an association (tshark's `sctp_half_assoc_t`).
#[derive(Debug, Default)]
struct Half {
    started: bool,
    first_tsn: u32,
    cumm_ack: u32,
    peer: Option<usize>,
    /// By TSN relative to `first_tsn`.
    tsns: HashMap<u32, Tsn>,
    /// The TSNs (relative) the peer's SACKs of frame `acks_frame`
    /// acknowledged, in order.
    acks_frame: u64,
    acks: Vec<u32>,
}

/// Fragments of one message being reassembled.
#[derive(Debug, Default)]
struct Message {
    /// (TSN, B bit, E bit, frame, bytes).
    parts: Vec<(u32, bool, bool, u64, Vec<u8>)>,
}

/// SCTP's state across frames: the halves of associations for TSN
/// analysis and the messages being reassembled.
#[derive(Debug, Default)]
pub(crate) struct Assocs {
    by_tag: HashMap<(u16, u16, u32), usize>,
    /// Halves waiting for their peer, by the ports and address the peer
    /// will send to; `None` once paired (tshark clears the pointer).
    by_addr: HashMap<(u16, u16, bool, [u8; 16]), Option<usize>>,
    halves: Vec<Half>,
    messages: HashMap<(u16, u16, u32, u16, u16, u32), Message>,
    fragment_bytes: usize,
}

impl Assocs {
    /// tshark's `get_half_assoc`: the half of this packet's direction,
    /// made and paired on first sight; none for a zero tag.
    fn half(&mut self, addrs: Addrs, sport: u16, dport: u16, vtag: u32) -> Option<usize> {
        if vtag == 0 {
            return None;
        }
        if self.halves.len() >= MAX_HALVES && !self.by_tag.contains_key(&(sport, dport, vtag)) {
            self.by_tag.clear();
            self.by_addr.clear();
            self.halves.clear();
        }
        let h = match self.by_tag.get(&(sport, dport, vtag)) {
            Some(&h) => {
                if self.halves[h].peer.is_some() {
                    return Some(h);
                }
                h
            }
            None => {
                self.halves.push(Half::default());
                let h = self.halves.len() - 1;
                self.by_tag.insert((sport, dport, vtag), h);
                h
            }
        };
        match self.by_addr.get_mut(&(dport, sport, addrs.v6, addrs.dst)) {
            Some(slot) => match slot.take() {
                None => *slot = Some(h),
                Some(other) => {
                    self.halves[h].peer = Some(other);
                    self.halves[other].peer = Some(h);
                }
            },
            None => {
                self.by_addr
                    .insert((sport, dport, addrs.v6, addrs.src), Some(h));
            }
        }
        Some(h)
    }
}

/// What the chunks of one packet need from the frame.
struct Ctx {
    frame: u64,
    ts_ns: i128,
    half: Option<usize>,
    sport: u16,
    dport: u16,
    vtag: u32,
    nested: bool,
}

/// A payload to hand on after the SCTP layer: its bytes and where they
/// sit in the frame (`None`: reassembled from several frames).
struct Payload<'a> {
    bytes: Cow<'a, [u8]>,
    at: usize,
}

fn reltsn(first: u32, tsn: u32) -> u32 {
    tsn.wrapping_sub(first)
}

pub(crate) fn sctp(
    walk: &mut Walk<'_>,
    addrs: Addrs,
    assocs: &mut Assocs,
    frame: u64,
    ts_ns: i128,
) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let reported = walk.reported_end.max(walk.end).saturating_sub(start);
    let mut l = Layer::new(Osi::Transport, "sctp", start..start + b.len());
    let tvb = Tvb {
        b,
        reported,
        le: false,
    };
    if b.len() < COMMON_HEADER || reported < COMMON_HEADER {
        // tshark reads the whole common header before it adds an item.
        walk.short(&mut l, "SCTP common header", COMMON_HEADER, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    let sport = tvb.u16(0).unwrap_or(0);
    let dport = tvb.u16(2).unwrap_or(0);
    let vtag = tvb.u32(4).unwrap_or(0);
    let checksum = tvb.u32(8).unwrap_or(0);
    l.uint(f::sctp::SRCPORT, sport);
    l.uint(f::sctp::DSTPORT, dport);
    l.uint(f::sctp::VERIFICATION_TAG, vtag);
    let assoc_at = l.fields.len();
    l.uint(f::sctp::PORT, sport);
    l.uint(f::sctp::PORT, dport);
    l.uint(f::sctp::CHECKSUM, checksum);
    l.uint(
        f::sctp::CHECKSUM_STATUS,
        crate::dissect::field::checksum::UNVERIFIED,
    );
    let half = if walk.nested {
        None
    } else {
        assocs.half(addrs, sport, dport, vtag)
    };
    let ctx = Ctx {
        frame,
        ts_ns,
        half,
        sport,
        dport,
        vtag,
        nested: walk.nested,
    };
    let mut payloads = Vec::new();
    let threw = chunks(&tvb, start, &mut l, assocs, &ctx, &mut payloads);
    match threw {
        // 0 for a packet with no chunk (tshark's index is set by the
        // first chunk), 65535 ("disabled") after chunks.
        None => l.insert(
            assoc_at,
            [crate::dissect::layer::Field {
                def: f::sctp::ASSOC_INDEX,
                value: Value::UInt(if reported > COMMON_HEADER { 65535 } else { 0 }),
            }],
        ),
        Some((bound, end)) => {
            if !walk.nested {
                let reason = format!("SCTP chunk: need {end} bytes, have {}", b.len());
                l.read_past_end("sctp", reason, bound == Bound::Cut && walk.snap_cut);
            }
        }
    }
    walk.off = walk.end;
    walk.layers.push(l);
    for p in payloads {
        let len = p.bytes.len();
        let mut d = Layer::new(Osi::Application, "data", p.at..p.at + len);
        d.push(f::data::DATA, Value::Bytes(p.bytes));
        d.uint(f::data::LEN, len as u64);
        walk.layers.push(d);
    }
    Next::Done
}

/// The chunks after the common header; the exception that stopped them
/// (where the failed read ended), if one did.
fn chunks<'a>(
    tvb: &Tvb<'a>,
    base: usize,
    l: &mut Layer<'a>,
    assocs: &mut Assocs,
    ctx: &Ctx,
    payloads: &mut Vec<Payload<'a>>,
) -> Option<(Bound, usize)> {
    let mut off = COMMON_HEADER;
    while tvb.reported > off {
        let remaining = tvb.reported - off;
        let length = match tvb.u16(off + 2) {
            Ok(v) => usize::from(v),
            Err(e) => return Some((e, off + 4)),
        };
        let total = length.div_ceil(4).saturating_mul(4).min(remaining);
        let cb = tvb
            .b
            .get(off..(off + total).min(tvb.b.len()))
            .unwrap_or(&[]);
        let chunk = Tvb {
            b: cb,
            reported: total,
            le: false,
        };
        if let Err(e) = one_chunk(&chunk, base + off, length, l, assocs, ctx, payloads) {
            let end = off + chunk.b.len() + usize::from(e == Bound::Past);
            return Some((e, end));
        }
        off += total;
    }
    None
}

fn name(t: u8) -> &'static str {
    match t {
        DATA => "DATA",
        INIT => "INIT",
        INIT_ACK => "INIT_ACK",
        SACK => "SACK",
        HEARTBEAT => "HEARTBEAT",
        HEARTBEAT_ACK => "HEARTBEAT_ACK",
        ABORT => "ABORT",
        SHUTDOWN => "SHUTDOWN",
        SHUTDOWN_ACK => "SHUTDOWN_ACK",
        ERROR => "ERROR",
        COOKIE_ECHO => "COOKIE_ECHO",
        COOKIE_ACK => "COOKIE_ACK",
        ECNE => "ECNE",
        CWR => "CWR",
        SHUTDOWN_COMPLETE => "SHUTDOWN_COMPLETE",
        AUTH => "AUTH",
        NR_SACK => "NR_SACK",
        I_DATA => "I_DATA",
        ASCONF_ACK => "ASCONF_ACK",
        0x81 => "PKTDROP",
        0x82 => "RE_CONFIG",
        PAD => "PAD",
        FORWARD_TSN => "FORWARD_TSN",
        ASCONF => "ASCONF",
        I_FORWARD_TSN => "I_FORWARD_TSN",
        0xff => "IETF_EXTENSION",
        _ => "RESERVED",
    }
}

#[allow(clippy::too_many_arguments)]
fn one_chunk<'a>(
    c: &Tvb<'a>,
    at: usize,
    length: usize,
    l: &mut Layer<'a>,
    assocs: &mut Assocs,
    ctx: &Ctx,
    payloads: &mut Vec<Payload<'a>>,
) -> Result<(), Bound> {
    let t = c.u8(0)?;
    if c.b.len() < c.reported {
        // tshark names a chunk the capture cut short, then throws.
        l.uint(f::sctp::OSIDUMP_CUT_CHUNK, t);
        return Err(Bound::Cut);
    }
    l.uint(f::sctp::CHUNK_TYPE, t);
    l.boolean(f::sctp::CHUNK_BIT_1, t & 0x80 != 0);
    l.boolean(f::sctp::CHUNK_BIT_2, t & 0x40 != 0);
    let flags = c.u8(1)?;
    l.uint(f::sctp::CHUNK_FLAGS, flags);
    // The flags' bits are the chunk dissector's: none for a bogus length.
    let length_ok = c.u16(2).is_ok_and(|v| usize::from(v) >= CHUNK_HEADER);
    match t {
        _ if !length_ok => {}
        DATA | I_DATA => {
            l.boolean(f::sctp::DATA_I_BIT, flags & 0x08 != 0);
            l.boolean(f::sctp::DATA_U_BIT, flags & 0x04 != 0);
            l.boolean(f::sctp::DATA_B_BIT, flags & 0x02 != 0);
            l.boolean(f::sctp::DATA_E_BIT, flags & 0x01 != 0);
        }
        SACK => l.uint(f::sctp::SACK_NOUNCE_SUM, flags & 1),
        NR_SACK => l.uint(f::sctp::NR_SACK_NOUNCE_SUM, flags & 1),
        ABORT => l.boolean(f::sctp::ABORT_T_BIT, flags & 1 != 0),
        SHUTDOWN_COMPLETE => l.boolean(f::sctp::SHUTDOWN_COMPLETE_T_BIT, flags & 1 != 0),
        _ => {}
    }
    c.u16(2)?;
    l.uint(f::sctp::CHUNK_LENGTH, length as u64);
    if length < CHUNK_HEADER {
        // "bogus chunk length": nothing more of this chunk, nor padding.
        return Ok(());
    }
    if length > c.reported {
        expert::add(
            l,
            &CHUNK_LENGTH_BAD,
            Some(format!(
                "Chunk length ({length}) is longer than remaining data ({}) in the packet.",
                c.reported
            )),
        );
    }
    match t {
        DATA => data_chunk(c, at, length, false, l, assocs, ctx, payloads)?,
        I_DATA => data_chunk(c, at, length, true, l, assocs, ctx, payloads)?,
        INIT | INIT_ACK => {
            let init = t == INIT;
            if length >= 20 {
                let tag = c.u32(4)?;
                l.uint(
                    if init {
                        f::sctp::INIT_INITIATE_TAG
                    } else {
                        f::sctp::INITACK_INITIATE_TAG
                    },
                    tag,
                );
                l.uint(f::sctp::INITIATE_TAG, tag);
                let (credit, out, inb, tsn) = if init {
                    (
                        f::sctp::INIT_CREDIT,
                        f::sctp::INIT_NR_OUT_STREAMS,
                        f::sctp::INIT_NR_IN_STREAMS,
                        f::sctp::INIT_INITIAL_TSN,
                    )
                } else {
                    (
                        f::sctp::INITACK_CREDIT,
                        f::sctp::INITACK_NR_OUT_STREAMS,
                        f::sctp::INITACK_NR_IN_STREAMS,
                        f::sctp::INITACK_INITIAL_TSN,
                    )
                };
                l.uint(credit, c.u32(8)?);
                l.uint(out, c.u16(12)?);
                l.uint(inb, c.u16(14)?);
                l.uint(tsn, c.u32(16)?);
                parameters(c, 20, length, l, true)?;
            }
        }
        SACK => sack(c, l, assocs, ctx)?,
        HEARTBEAT | HEARTBEAT_ACK => {
            if length > CHUNK_HEADER {
                parameter(c, CHUNK_HEADER, length, l)?;
            }
        }
        NR_SACK => nr_sack(c, l)?,
        I_FORWARD_TSN => {
            if length >= 8 {
                l.uint(f::sctp::I_FORWARD_TSN_TSN, c.u32(4)?);
                let mut o = 8;
                while o + 8 <= length {
                    l.uint(f::sctp::I_FORWARD_TSN_SID, c.u16(o)?);
                    let fl = c.u16(o + 2)?;
                    l.uint(f::sctp::I_FORWARD_TSN_FLAGS, fl);
                    l.uint(f::sctp::I_FORWARD_TSN_RES, fl & 0xfffe);
                    l.boolean(f::sctp::I_FORWARD_TSN_U_BIT, fl & 1 != 0);
                    l.uint(f::sctp::FORWARD_TSN_MID, c.u32(o + 4)?);
                    o += 8;
                }
            }
        }
        0x82 => parameters(c, CHUNK_HEADER, length, l, false)?,
        ABORT | ERROR => causes(c, CHUNK_HEADER, length, l)?,
        SHUTDOWN => l.uint(f::sctp::SHUTDOWN_CUMULATIVE_TSN_ACK, c.u32(4)?),
        COOKIE_ECHO => {
            if length > CHUNK_HEADER {
                let v = value(c, CHUNK_HEADER, length - CHUNK_HEADER)?;
                l.push(f::sctp::COOKIE, Value::Bytes(v.into()));
            }
        }
        ECNE => l.uint(f::sctp::ECNE_LOWEST_TSN, c.u32(4)?),
        CWR => l.uint(f::sctp::CWR_LOWEST_TSN, c.u32(4)?),
        FORWARD_TSN => {
            if length >= 8 {
                l.uint(f::sctp::FORWARD_TSN_TSN, c.u32(4)?);
                let mut o = 8;
                while o + 4 <= length {
                    l.uint(f::sctp::FORWARD_TSN_SID, c.u16(o)?);
                    l.uint(f::sctp::FORWARD_TSN_SSN, c.u16(o + 2)?);
                    o += 4;
                }
            }
        }
        AUTH => {
            l.uint(f::sctp::SHARED_KEY_ID, c.u16(4)?);
            l.uint(f::sctp::HMAC_ID, c.u16(6)?);
            if length > 8 {
                let v = value(c, 8, length - 8)?;
                l.push(f::sctp::HMAC, Value::Bytes(v.into()));
            }
        }
        ASCONF | ASCONF_ACK => {
            if length >= 8 {
                let serial = if t == ASCONF {
                    f::sctp::ASCONF_SEQ_NR_NUMBER
                } else {
                    f::sctp::ASCONF_ACK_SEQ_NR_NUMBER
                };
                l.uint(serial, c.u32(4)?);
                parameters(c, 8, length, l, false)?;
            }
        }
        PAD => {
            if length > CHUNK_HEADER {
                let v = value(c, CHUNK_HEADER, length - CHUNK_HEADER)?;
                l.push(f::sctp::PADDING_DATA, Value::Bytes(v.into()));
            }
        }
        SHUTDOWN_ACK | COOKIE_ACK | SHUTDOWN_COMPLETE => {}
        _ => {
            if length > CHUNK_HEADER {
                let v = value(c, CHUNK_HEADER, length - CHUNK_HEADER)?;
                l.push(f::sctp::CHUNK_VALUE, Value::Bytes(v.into()));
            }
        }
    }
    if c.reported > length {
        let v = value(c, length, c.reported - length)?;
        l.push(f::sctp::CHUNK_PADDING, Value::Bytes(v.into()));
    }
    Ok(())
}

/// `len` bytes at `at` of a chunk, as tshark adds an item of that size.
fn value<'a>(c: &Tvb<'a>, at: usize, len: usize) -> Result<&'a [u8], Bound> {
    c.bytes(at, len)
}

#[allow(clippy::too_many_arguments)]
fn data_chunk<'a>(
    c: &Tvb<'a>,
    at: usize,
    length: usize,
    i_data: bool,
    l: &mut Layer<'a>,
    assocs: &mut Assocs,
    ctx: &Ctx,
    payloads: &mut Vec<Payload<'a>>,
) -> Result<(), Bound> {
    let header = if i_data { I_DATA_HEADER } else { DATA_HEADER };
    if length < header {
        return Ok(());
    }
    let flags = c.u8(1)?;
    let tsn = c.u32(4)?;
    let sid = c.u16(8)?;
    let (ssn, ppi) = if i_data {
        (0, if flags & 0x02 != 0 { c.u32(16)? } else { 0 })
    } else {
        (c.u16(10)?, c.u32(12)?)
    };
    // TSN analysis: the half's first TSN, and whether this one was seen.
    let mut retransmission = None;
    if let Some(h) = ctx.half {
        let half = &mut assocs.halves[h];
        if !half.started {
            half.first_tsn = tsn;
            half.started = true;
        }
        let rel = reltsn(half.first_tsn, tsn);
        l.uint(f::sctp::DATA_TSN, rel);
        if half.tsns.len() >= MAX_TSNS && !half.tsns.contains_key(&rel) {
            half.tsns.clear();
        }
        let t = *half.tsns.entry(rel).or_insert(Tsn {
            tsn,
            frame: ctx.frame,
            ts_ns: ctx.ts_ns,
            ack_frame: 0,
            ack_ts_ns: 0,
        });
        if t.frame != ctx.frame {
            retransmission = Some(t);
            l.uint(f::sctp::RETRANSMISSION, t.frame);
            expert::add(l, &RETRANSMISSION, None);
            l.push(
                f::sctp::RETRANSMISSION_TIME,
                Value::rel_time(ctx.ts_ns - t.ts_ns),
            );
            if t.ack_frame != 0 && t.ack_frame < ctx.frame {
                l.uint(f::sctp::RETRANSMITTED_AFTER_ACK, t.ack_frame);
                expert::add(l, &RETRANSMITTED_AFTER_ACK, None);
            }
        }
        if t.ack_frame != 0 {
            l.uint(f::sctp::ACKED, t.ack_frame);
            l.push(f::sctp::DATA_RTT, Value::rel_time(t.ack_ts_ns - t.ts_ns));
        }
    }
    l.uint(f::sctp::DATA_TSN_RAW, tsn);
    l.uint(f::sctp::DATA_SID, sid);
    if i_data {
        l.uint(f::sctp::DATA_RESERVED, c.u16(10)?);
        l.uint(f::sctp::DATA_MID, c.u32(12)?);
        if flags & 0x02 != 0 {
            l.uint(f::sctp::DATA_PAYLOAD_PROTO_ID, ppi);
        } else {
            l.uint(f::sctp::DATA_FSN, c.u32(16)?);
        }
    } else {
        l.uint(f::sctp::DATA_SSN, ssn);
        l.uint(f::sctp::DATA_PAYLOAD_PROTO_ID, ppi);
    }
    let payload_len = length - header;
    if retransmission.is_some() {
        l.str(f::sctp::OSIDUMP_NOTE, "retransmission");
        return Ok(());
    }
    let b_bit = flags & 0x02 != 0;
    let e_bit = flags & 0x01 != 0;
    let captured = c.b.len().saturating_sub(header).min(payload_len);
    let bytes = c.b.get(header..header + captured).unwrap_or(&[]);
    if b_bit && e_bit {
        if payload_len > 0 {
            payloads.push(Payload {
                bytes: Cow::Borrowed(bytes),
                at: at + header,
            });
        }
        return Ok(());
    }
    // A fragment: held until its message is whole.
    if ctx.nested || captured < payload_len {
        l.str(f::sctp::OSIDUMP_NOTE, "fragment");
        return Ok(());
    }
    let unordered = flags & 0x04 != 0;
    let key = (
        ctx.sport,
        ctx.dport,
        ctx.vtag,
        sid,
        if unordered { 0 } else { ssn },
        ppi,
    );
    if assocs.fragment_bytes + bytes.len() > MAX_FRAGMENT_BYTES {
        assocs.messages.clear();
        assocs.fragment_bytes = 0;
    }
    let msg = assocs.messages.entry(key).or_default();
    if !msg.parts.iter().any(|p| p.0 == tsn) {
        msg.parts
            .push((tsn, b_bit, e_bit, ctx.frame, bytes.to_vec()));
        assocs.fragment_bytes += bytes.len();
    }
    match whole(msg) {
        Some(order) => {
            let mut out = Vec::new();
            l.present(f::sctp::FRAGMENTS);
            for &i in &order {
                l.uint(f::sctp::FRAGMENT, msg.parts[i].3);
                out.extend_from_slice(&msg.parts[i].4);
            }
            let freed: usize = msg.parts.iter().map(|p| p.4.len()).sum();
            assocs.messages.remove(&key);
            assocs.fragment_bytes = assocs.fragment_bytes.saturating_sub(freed);
            if !out.is_empty() {
                payloads.push(Payload {
                    bytes: Cow::Owned(out),
                    at: at + header,
                });
            }
        }
        None => l.str(f::sctp::OSIDUMP_NOTE, "fragment"),
    }
    Ok(())
}

/// The parts of a message, first to last, when a B fragment, an E
/// fragment and every TSN between them are there.
fn whole(msg: &Message) -> Option<Vec<usize>> {
    let (ei, &(etsn, ..)) = msg.parts.iter().enumerate().find(|(_, p)| p.2)?;
    let mut order = vec![ei];
    let mut tsn = etsn;
    let mut cur = ei;
    while !msg.parts[cur].1 {
        tsn = tsn.wrapping_sub(1);
        cur = msg.parts.iter().position(|p| p.0 == tsn)?;
        order.push(cur);
        if order.len() > msg.parts.len() {
            return None;
        }
    }
    order.reverse();
    Some(order)
}

fn sack<'a>(c: &Tvb<'a>, l: &mut Layer<'a>, assocs: &mut Assocs, ctx: &Ctx) -> Result<(), Bound> {
    let cum = c.u32(4)?;
    // Relative to the peer half's first TSN (0 before it sent any).
    let peer = ctx.half.and_then(|h| assocs.halves[h].peer);
    let rel = peer.map_or(cum, |p| reltsn(assocs.halves[p].first_tsn, cum));
    if ctx.half.is_some() {
        l.uint(f::sctp::SACK_CUMULATIVE_TSN_ACK, rel);
    }
    // tshark's ack matching gets the relative value.
    ack_block(l, assocs, ctx, None, rel);
    l.uint(f::sctp::SACK_CUMULATIVE_TSN_ACK_RAW, cum);
    let a_rwnd = c.u32(8)?;
    l.uint(f::sctp::SACK_A_RWND, a_rwnd);
    let under_a_rwnd = l.fields.len();
    let gaps = c.u16(12)?;
    l.uint(f::sctp::SACK_NUMBER_OF_GAP_BLOCKS, gaps);
    let dups = c.u16(14)?;
    l.uint(f::sctp::SACK_NUMBER_OF_DUPLICATED_TSNS, dups);
    if a_rwnd == 0 {
        // Added once both counts are read, under the a_rwnd item.
        let end = l.fields.len();
        expert::add(l, &ZERO_WINDOW, None);
        let added = l.fields.len() - end;
        l.fields[under_a_rwnd..].rotate_right(added);
    }
    let base = if ctx.half.is_some() { rel } else { cum };
    let mut off = 16;
    let mut acked: u32 = 0;
    for _ in 0..gaps {
        let start = c.u16(off)?;
        l.uint(f::sctp::SACK_GAP_BLOCK_START, start);
        l.uint(
            f::sctp::SACK_GAP_BLOCK_START_TSN,
            base.wrapping_add(u32::from(start)),
        );
        let end = c.u16(off + 2)?;
        l.uint(f::sctp::SACK_GAP_BLOCK_END, end);
        l.uint(
            f::sctp::SACK_GAP_BLOCK_END_TSN,
            base.wrapping_add(u32::from(end)),
        );
        let tsn_start = rel.wrapping_add(u32::from(start));
        ack_block(
            l,
            assocs,
            ctx,
            Some(tsn_start),
            rel.wrapping_add(u32::from(end)),
        );
        acked = acked.wrapping_add(
            u32::from(end)
                .wrapping_add(1)
                .wrapping_sub(u32::from(start)),
        );
        off += 4;
    }
    if acked != 0 {
        l.uint(f::sctp::SACK_NUMBER_OF_TSNS_GAP_ACKED, acked);
    }
    for _ in 0..dups {
        l.uint(f::sctp::SACK_DUPLICATE_TSN, c.u32(off)?);
        off += 4;
    }
    // tshark writes the Info's `(Ack=...)` once the chunk is read.
    l.str(f::sctp::OSIDUMP_NOTE, "sack");
    Ok(())
}

/// tshark's `sctp_ack_block`: the peer's TSNs from `start` (the peer's
/// cumulative ack when `None`) to `end`, both made relative to the peer's
/// first TSN, acknowledged by this frame.
fn ack_block(l: &mut Layer<'_>, assocs: &mut Assocs, ctx: &Ctx, start: Option<u32>, end: u32) {
    let Some(h) = ctx.half else { return };
    let Some(p) = assocs.halves[h].peer else {
        return;
    };
    if !assocs.halves[p].started {
        return;
    }
    let first = assocs.halves[p].first_tsn;
    let rel_end = reltsn(first, end);
    let rel_start = match start {
        Some(s) => reltsn(first, s),
        None => assocs.halves[p].cumm_ack,
    };
    let peer = &mut assocs.halves[p];
    if peer.acks_frame == ctx.frame && !peer.acks.is_empty() {
        // Acked earlier in this frame: shown again where in range.
        for &rel in &peer.acks {
            if let Some(t) = peer.tsns.get(&rel)
                && t.ack_frame == ctx.frame
                && (start.is_none() || rel_start <= rel)
                && rel <= rel_end
            {
                ack_items(l, t);
            }
        }
        return;
    }
    if rel_end < rel_start || rel_end - rel_start > 0xffff_0000 {
        return;
    }
    if start.is_none() {
        peer.cumm_ack = rel_end.wrapping_add(1);
    }
    if rel_end - rel_start < 5000 {
        for rel in rel_start..=rel_end {
            if let Some(t) = peer.tsns.get_mut(&rel) {
                if t.ack_frame == 0 {
                    t.ack_frame = ctx.frame;
                    t.ack_ts_ns = ctx.ts_ns;
                    if peer.acks_frame != ctx.frame {
                        peer.acks_frame = ctx.frame;
                        peer.acks.clear();
                    }
                    if peer.acks.len() < 5000 {
                        peer.acks.push(rel);
                    }
                }
                if t.ack_frame == ctx.frame {
                    let t = *t;
                    ack_items(l, &t);
                }
            }
        }
    }
}

fn ack_items(l: &mut Layer<'_>, t: &Tsn) {
    l.uint(f::sctp::ACK, t.tsn);
    l.uint(f::sctp::ACK_FRAME, t.frame);
    l.push(f::sctp::SACK_RTT, Value::rel_time(t.ack_ts_ns - t.ts_ns));
}

/// The parameters from `off` to the chunk's `length`.
fn parameters<'a>(
    c: &Tvb<'a>,
    mut off: usize,
    length: usize,
    l: &mut Layer<'a>,
    _in_init: bool,
) -> Result<(), Bound> {
    let end = length.min(c.reported);
    while end > off {
        let plen = usize::from(c.u16(off + 2)?);
        let total = plen.div_ceil(4).saturating_mul(4);
        let remaining = end - off;
        let last = remaining <= total;
        let total = total.min(remaining);
        let sub = Tvb {
            b: c.b.get(off..(off + total).min(c.b.len())).unwrap_or(&[]),
            reported: total,
            le: false,
        };
        parameter_at(&sub, l, last)?;
        if total == 0 {
            break;
        }
        off += total;
    }
    Ok(())
}

/// The one parameter at `off` of the chunk (a HEARTBEAT's information),
/// the chunk's last.
fn parameter<'a>(c: &Tvb<'a>, off: usize, length: usize, l: &mut Layer<'a>) -> Result<(), Bound> {
    let len = length.min(c.reported).saturating_sub(off);
    let sub = Tvb {
        b: c.b.get(off..(off + len).min(c.b.len())).unwrap_or(&[]),
        reported: len,
        le: false,
    };
    parameter_at(&sub, l, true)
}

fn parameter_at<'a>(p: &Tvb<'a>, l: &mut Layer<'a>, last: bool) -> Result<(), Bound> {
    let t = p.u16(0)?;
    let len = usize::from(p.u16(2)?);
    l.uint(f::sctp::PARAMETER_TYPE, t);
    l.boolean(f::sctp::PARAMETER_BIT_1, t & 0x8000 != 0);
    l.boolean(f::sctp::PARAMETER_BIT_2, t & 0x4000 != 0);
    l.uint(f::sctp::PARAMETER_LENGTH, len as u64);
    let vlen = len.saturating_sub(4);
    match t {
        1 => {
            let v = p.bytes(4, vlen)?;
            l.push(
                f::sctp::PARAMETER_HEARTBEAT_INFORMATION,
                Value::Bytes(v.into()),
            );
        }
        5 => {
            let v = p.bytes(4, 4)?;
            l.push(
                f::sctp::PARAMETER_IPV4_ADDRESS,
                Value::Ipv4([v[0], v[1], v[2], v[3]]),
            );
        }
        6 => {
            let v = p.bytes(4, 16)?;
            let mut a = [0u8; 16];
            a.copy_from_slice(v);
            l.push(f::sctp::PARAMETER_IPV6_ADDRESS, Value::Ipv6(a));
        }
        7 => {
            let v = p.bytes(4, vlen)?;
            l.push(f::sctp::PARAMETER_STATE_COOKIE, Value::Bytes(v.into()));
        }
        8 => {
            // The unrecognized parameters it carries.
            let mut off = 4;
            while off < len.min(p.reported) {
                let plen = usize::from(p.u16(off + 2)?);
                let total = plen.div_ceil(4).saturating_mul(4).min(len - off);
                let sub = Tvb {
                    b: p.b.get(off..(off + total).min(p.b.len())).unwrap_or(&[]),
                    reported: total,
                    le: false,
                };
                parameter_at(&sub, l, false)?;
                if total == 0 {
                    break;
                }
                off += total;
            }
        }
        9 => l.uint(f::sctp::PARAMETER_COOKIE_PRESERVATIVE_INCR, p.u32(4)?),
        11 => {
            let v = p.bytes(4, vlen)?;
            let s = v.split(|&b| b == 0).next().unwrap_or(&[]);
            l.str(f::sctp::PARAMETER_HOSTNAME, crate::dissect::wire::lossy(s));
        }
        12 => {
            let mut o = 4;
            while o + 2 <= len {
                l.uint(f::sctp::PARAMETER_SUPPORTED_ADDRESS_TYPE, p.u16(o)?);
                o += 2;
            }
        }
        13 => {
            l.uint(
                f::sctp::PARAMETER_RECONFIG_REQUEST_SEQUENCE_NUMBER,
                p.u32(4)?,
            );
            l.uint(
                f::sctp::PARAMETER_RECONFIG_RESPONSE_SEQUENCE_NUMBER,
                p.u32(8)?,
            );
            l.uint(f::sctp::PARAMETER_SENDERS_LAST_ASSIGNED_TSN, p.u32(12)?);
            sids(p, 16, len, l)?;
        }
        14 => {
            l.uint(
                f::sctp::PARAMETER_RECONFIG_REQUEST_SEQUENCE_NUMBER,
                p.u32(4)?,
            );
            sids(p, 8, len, l)?;
        }
        15 => l.uint(
            f::sctp::PARAMETER_RECONFIG_REQUEST_SEQUENCE_NUMBER,
            p.u32(4)?,
        ),
        16 => {
            l.uint(
                f::sctp::PARAMETER_RECONFIG_RESPONSE_SEQUENCE_NUMBER,
                p.u32(4)?,
            );
            l.uint(f::sctp::PARAMETER_RECONFIG_RESPONSE_RESULT, p.u32(8)?);
            if len >= 20 {
                l.uint(f::sctp::PARAMETER_SENDERS_NEXT_TSN, p.u32(12)?);
                l.uint(f::sctp::PARAMETER_RECEIVERS_NEXT_TSN, p.u32(16)?);
            }
        }
        17 | 18 => {
            let (number, reserved) = if t == 17 {
                (
                    f::sctp::PARAMETER_ADD_OUTGOING_STREAMS_NUMBER,
                    f::sctp::PARAMETER_ADD_OUTGOING_STREAMS_RESERVED,
                )
            } else {
                (
                    f::sctp::PARAMETER_ADD_INCOMING_STREAMS_NUMBER,
                    f::sctp::PARAMETER_ADD_INCOMING_STREAMS_RESERVED,
                )
            };
            l.uint(
                f::sctp::PARAMETER_RECONFIG_REQUEST_SEQUENCE_NUMBER,
                p.u32(4)?,
            );
            l.uint(number, p.u16(8)?);
            l.uint(reserved, p.u16(10)?);
        }
        0x8002 => {
            let v = p.bytes(4, vlen)?;
            l.push(f::sctp::RANDOM_NUMBER, Value::Bytes(v.into()));
        }
        0x8003 | 0x8008 => {
            let def = if t == 0x8003 {
                f::sctp::CHUNK_TYPE_TO_AUTH
            } else {
                f::sctp::SUPPORTED_CHUNK_TYPE
            };
            for i in 0..vlen {
                l.uint(def, p.u8(4 + i)?);
            }
        }
        0x8004 => {
            for i in 0..vlen / 2 {
                l.uint(f::sctp::HMAC_ID, p.u16(4 + 2 * i)?);
            }
        }
        0xc006 => l.uint(f::sctp::ADAPTATION_LAYER_INDICATION, p.u32(4)?),
        0xc001..=0xc005 => {
            l.uint(f::sctp::CORRELATION_ID, p.u32(4)?);
            let inner = len.min(p.reported);
            if inner > 8 {
                let sub = Tvb {
                    b: p.b.get(8..inner.min(p.b.len())).unwrap_or(&[]),
                    reported: inner - 8,
                    le: false,
                };
                if t == 0xc003 {
                    causes(&sub, 0, inner - 8, l)?;
                } else if t != 0xc005 {
                    parameter_at(&sub, l, false)?;
                }
            }
        }
        0x8000 | 0xc000 => {}
        _ => {
            if vlen > 0 {
                let v = p.bytes(4, vlen)?;
                l.push(f::sctp::PARAMETER_VALUE, Value::Bytes(v.into()));
            }
        }
    }
    if p.reported > len && len >= 4 {
        let pad = p.bytes(len, p.reported - len)?;
        if last {
            expert::add(l, &PARAMETER_PADDING, None);
        }
        l.push(f::sctp::PARAMETER_PADDING, Value::Bytes(pad.into()));
    }
    Ok(())
}

/// A re-configuration request's stream identifiers from `off`.
fn sids(p: &Tvb<'_>, mut off: usize, len: usize, l: &mut Layer<'_>) -> Result<(), Bound> {
    while off + 2 <= len {
        l.uint(f::sctp::PARAMETER_RECONFIG_SID, p.u16(off)?);
        off += 2;
    }
    Ok(())
}

/// An NR-SACK chunk (no TSN analysis, as tshark's).
fn nr_sack(c: &Tvb<'_>, l: &mut Layer<'_>) -> Result<(), Bound> {
    let cum = c.u32(4)?;
    l.uint(f::sctp::NR_SACK_CUMULATIVE_TSN_ACK, cum);
    l.uint(f::sctp::NR_SACK_A_RWND, c.u32(8)?);
    let gaps = c.u16(12)?;
    l.uint(f::sctp::NR_SACK_NUMBER_OF_GAP_BLOCKS, gaps);
    let nr_gaps = c.u16(14)?;
    l.uint(f::sctp::NR_SACK_NUMBER_OF_NR_GAP_BLOCKS, nr_gaps);
    let dups = c.u16(16)?;
    l.uint(f::sctp::NR_SACK_NUMBER_OF_DUPLICATED_TSNS, dups);
    l.uint(f::sctp::NR_SACK_RESERVED, c.u16(18)?);
    let mut off = 20;
    for (n, blocks) in [(gaps, 0), (nr_gaps, 1)] {
        let defs = if blocks == 0 {
            [
                f::sctp::NR_SACK_GAP_BLOCK_START,
                f::sctp::NR_SACK_GAP_BLOCK_START_TSN,
                f::sctp::NR_SACK_GAP_BLOCK_END,
                f::sctp::NR_SACK_GAP_BLOCK_END_TSN,
                f::sctp::NR_SACK_NUMBER_OF_TSNS_GAP_ACKED,
            ]
        } else {
            [
                f::sctp::NR_SACK_NR_GAP_BLOCK_START,
                f::sctp::NR_SACK_NR_GAP_BLOCK_START_TSN,
                f::sctp::NR_SACK_NR_GAP_BLOCK_END,
                f::sctp::NR_SACK_NR_GAP_BLOCK_END_TSN,
                f::sctp::NR_SACK_NUMBER_OF_TSNS_NR_GAP_ACKED,
            ]
        };
        let mut acked: u32 = 0;
        for _ in 0..n {
            let start = c.u16(off)?;
            l.uint(defs[0], start);
            l.uint(defs[1], cum.wrapping_add(u32::from(start)));
            let end = c.u16(off + 2)?;
            l.uint(defs[2], end);
            l.uint(defs[3], cum.wrapping_add(u32::from(end)));
            acked = acked.wrapping_add(
                u32::from(end)
                    .wrapping_sub(u32::from(start))
                    .wrapping_add(1),
            );
            off += 4;
        }
        if acked != 0 {
            l.uint(defs[4], acked);
        }
    }
    for _ in 0..dups {
        l.uint(f::sctp::NR_SACK_DUPLICATE_TSN, c.u32(off)?);
        off += 4;
    }
    Ok(())
}

/// The error causes from `off` to the chunk's `length`.
fn causes<'a>(c: &Tvb<'a>, mut off: usize, length: usize, l: &mut Layer<'a>) -> Result<(), Bound> {
    let end = length.min(c.reported);
    while end > off {
        let clen = usize::from(c.u16(off + 2)?);
        let total = clen.div_ceil(4).saturating_mul(4).min(end - off);
        let sub = Tvb {
            b: c.b.get(off..(off + total).min(c.b.len())).unwrap_or(&[]),
            reported: total,
            le: false,
        };
        cause(&sub, l)?;
        if total == 0 {
            break;
        }
        off += total;
    }
    Ok(())
}

fn cause<'a>(p: &Tvb<'a>, l: &mut Layer<'a>) -> Result<(), Bound> {
    let code = p.u16(0)?;
    let len = usize::from(p.u16(2)?);
    l.uint(f::sctp::CAUSE_CODE, code);
    l.uint(f::sctp::CAUSE_LENGTH, len as u64);
    let vlen = len.saturating_sub(4);
    match code {
        1 => {
            l.uint(f::sctp::CAUSE_STREAM_IDENTIFIER, p.u16(4)?);
            l.uint(f::sctp::CAUSE_RESERVED, p.u16(6)?);
        }
        2 => {
            let n = p.u32(4)?;
            l.uint(f::sctp::CAUSE_NR_OF_MISSING_PARAMETERS, n);
            let mut o = 8;
            for _ in 0..n {
                l.uint(f::sctp::CAUSE_MISSING_PARAMETER_TYPE, p.u16(o)?);
                o += 2;
            }
        }
        3 => l.uint(f::sctp::CAUSE_MEASURE_OF_STALENESS, p.u32(4)?),
        9 => l.uint(f::sctp::CAUSE_TSN, p.u32(4)?),
        4 | 7 | 10 => {}
        5 | 8 | 11 => {
            // An address parameter (5), the unrecognized parameters (8),
            // the new addresses (11).
            parameters(p, 4, len, l, false)?;
        }
        6 => {
            // The unrecognized chunk, as a chunk of its own.
            if vlen > 0 {
                let inner = len.min(p.reported);
                let clen = usize::from(p.u16(6)?);
                let sub = Tvb {
                    b: p.b.get(4..inner.min(p.b.len())).unwrap_or(&[]),
                    reported: inner.saturating_sub(4),
                    le: false,
                };
                let ctx = Ctx {
                    frame: 0,
                    ts_ns: 0,
                    half: None,
                    sport: 0,
                    dport: 0,
                    vtag: 0,
                    nested: true,
                };
                let mut none = Vec::new();
                let mut assocs = Assocs::default();
                one_chunk(&sub, 0, clen, l, &mut assocs, &ctx, &mut none)?;
            }
        }
        _ => {
            if vlen > 0 {
                let v = p.bytes(4, vlen)?;
                l.push(f::sctp::CAUSE_INFORMATION, Value::Bytes(v.into()));
            }
        }
    }
    if p.reported > len && len >= 4 {
        let pad = p.bytes(len, p.reported - len)?;
        l.push(f::sctp::CAUSE_PADDING, Value::Bytes(pad.into()));
    }
    Ok(())
}

/// tshark's Info: each chunk's name and a space; a DATA chunk's
/// `(TSN=n) ` (relative where the association is known), a SACK's
/// `(Ack=n, Arwnd=n) `, and `(retransmission) ` or `(Message Fragment) `
/// after a DATA chunk whose payload is not handed on.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    let mut tsn: Option<u64> = None;
    let mut pending: Option<u8> = None;
    let flush = |out: &mut String, t: Option<u8>, tsn: Option<u64>| {
        if let (Some(DATA | I_DATA), Some(v)) = (t, tsn) {
            out.push_str("(TSN=");
            out.push_str(itoa::Buffer::new().format(v));
            out.push_str(") ");
        }
    };
    let (mut ack, mut a_rwnd, mut gap_end) = (None, 0, None);
    for field in &l.fields {
        let def = field.def;
        let v = match field.value {
            Value::UInt(v) => Some(v),
            _ => None,
        };
        if std::ptr::eq(def, f::sctp::CHUNK_TYPE) || std::ptr::eq(def, f::sctp::OSIDUMP_CUT_CHUNK) {
            flush(out, pending, tsn);
            (tsn, ack, gap_end) = (None, None, None);
            let t = v.unwrap_or(0) as u8;
            pending = Some(t);
            out.push_str(name(t));
            out.push(' ');
        } else if std::ptr::eq(def, f::sctp::DATA_TSN) {
            tsn = v;
        } else if std::ptr::eq(def, f::sctp::DATA_TSN_RAW) {
            tsn = tsn.or(v);
        } else if std::ptr::eq(def, f::sctp::SACK_CUMULATIVE_TSN_ACK) {
            ack = v;
        } else if std::ptr::eq(def, f::sctp::SACK_CUMULATIVE_TSN_ACK_RAW) {
            ack = ack.or(v);
        } else if std::ptr::eq(def, f::sctp::SACK_A_RWND) {
            a_rwnd = v.unwrap_or(0);
        } else if std::ptr::eq(def, f::sctp::SACK_GAP_BLOCK_END) {
            gap_end = v;
        } else if std::ptr::eq(def, f::sctp::OSIDUMP_NOTE) {
            let note = match &field.value {
                Value::Str(s) => s.as_ref(),
                _ => "",
            };
            if note == "sack" {
                let mut n = itoa::Buffer::new();
                out.push_str("(Ack=");
                out.push_str(n.format(ack.unwrap_or(0)));
                if let Some(e) = gap_end {
                    out.push('+');
                    out.push_str(n.format(e));
                }
                out.push_str(", Arwnd=");
                out.push_str(n.format(a_rwnd));
                out.push_str(") ");
                continue;
            }
            flush(out, pending, tsn);
            pending = None;
            if note == "retransmission" {
                out.push_str("(retransmission) ");
            } else {
                out.push_str("(Message Fragment) ");
            }
        }
    }
    flush(out, pending, tsn);
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
