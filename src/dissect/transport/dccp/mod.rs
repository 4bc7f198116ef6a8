//! DCCP (IP protocol 33 over IPv4 and IPv6; RFC 4340) as tshark 4.0's
//! `packet-dccp.c` decodes it with its default preferences.
//!
//! The generic header: ports (and `dccp.port` for each), the
//! conversation's stream index, data offset, CCVal, checksum coverage, the
//! checksum, the reserved bits, type and X bit, then the sequence number:
//! 48 bits with X set, 24 without. The checksum is verified (tshark's
//! default) over the IPv4 or IPv6 pseudo-header and the bytes CsCov
//! covers (all of them for 0, else `(data offset + CsCov - 1) * 4`, at
//! most the packet), when the packet is not a fragment and that much was
//! captured.
//!
//! Then each type's part: the service code of a Request (and Listen), the
//! acknowledgement subheader (48 bits, or 24 in an Ack or DataAck without
//! X) and a Response's service code, a Reset's code and its three data
//! bytes; a reserved type stops there (`dccp.packet_type.reserved`). A
//! data offset too small for the type's part is tshark's
//! `dccp.advertised_header_length.bad`, and nothing follows. tshark checks
//! a Reset's offset against 4 bytes of its 12, and so does this.
//!
//! Relative sequence numbers are on by default in tshark 4.0: each
//! direction's base is the sequence number of its first Request, Listen or
//! Response. Once a direction has one, its `dccp.seq` is relative (and
//! `dccp.seq_raw` absolute, only with 48-bit numbers; with 24-bit ones
//! tshark shows `dccp.seq` twice: absolute, then relative modulo 2^24), and
//! the other direction's `dccp.ack` is relative to it (modulo 2^24 in a
//! Reset, CloseReq, Close, Sync and SyncAck, whatever their length, as
//! tshark computes it), next to `dccp.ack_raw`. The Info column shows the
//! relative numbers.
//!
//! The options up to the data offset: padding, mandatory, slow receiver,
//! Change/Confirm L/R with the feature number, init cookie, NDP count,
//! ack vectors, data dropped, timestamp, timestamp echo and elapsed time,
//! data checksum, CCID3's loss event rate, loss intervals and receive
//! rate, reserved and CCID-specific options; a length under 2 ends them
//! (`dccp.option.len.bad`), a length wrong for its option is noted.
//!
//! Conversations are numbered (`dccp.stream`) in order of first sight, as
//! tshark's conversations are; at most [`CAP`] are kept (all are dropped
//! past that; numbers keep counting). The payload goes to `data` (osidump
//! has neither LTP on port 1113 nor NetPerfMeter's heuristic).
//!
//! Every read is checked as tshark's are: past what was captured the
//! packet is cut short, past the packet malformed. The promise: no input
//! makes this module panic.

pub mod fields;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use super::conv;
use crate::dissect::expert::{self, ei};
use crate::dissect::field::checksum;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::net::{ones_complement_add, ones_complement_sum};
use crate::dissect::wire::{Bound, Tvb};
use crate::dissect::{Addrs, Next, Walk};
use crate::flow::ConvKey;

ei!(OPTION_LEN_BAD, f::dccp::OPTION_LEN_BAD, Protocol, Warn);
ei!(
    HEADER_LEN_BAD,
    f::dccp::ADVERTISED_HEADER_LENGTH_BAD,
    Malformed,
    Error
);
ei!(TYPE_RESERVED, f::dccp::PACKET_TYPE_RESERVED, Protocol, Warn);
ei!(BAD_CHECKSUM, f::dccp::BAD_CHECKSUM, Checksum, Error);

/// Conversations kept before all are dropped.
pub const CAP: usize = 65_536;

const IP_PROTO_DCCP: u32 = 33;

/// One conversation: its stream index and each direction's base sequence
/// number (index: the [`ConvKey`] direction of the sender).
#[derive(Debug, Clone, Copy)]
struct Conv {
    stream: u64,
    base: [Option<u64>; 2],
}

/// DCCP's state across packets: the conversations seen.
#[derive(Debug, Default)]
pub(crate) struct Conversations {
    by_key: HashMap<ConvKey, Conv>,
    next: u64,
}

impl Conversations {
    fn get(&mut self, key: ConvKey) -> &mut Conv {
        if self.by_key.len() >= CAP && !self.by_key.contains_key(&key) {
            self.by_key.clear();
        }
        let next = &mut self.next;
        self.by_key.entry(key).or_insert_with(|| {
            let stream = *next;
            *next += 1;
            Conv {
                stream,
                base: [None; 2],
            }
        })
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.by_key.len()
    }
}

type R<T> = Result<T, (Bound, usize)>;

/// The packet's bytes: every read checked, failing with where it would
/// have ended.
struct Bytes<'a>(Tvb<'a>);

impl<'a> Bytes<'a> {
    fn get(&self, at: usize, n: usize) -> R<&'a [u8]> {
        self.0.bytes(at, n).map_err(|b| (b, at.saturating_add(n)))
    }
    fn u8(&self, at: usize) -> R<u8> {
        Ok(self.get(at, 1)?[0])
    }
    fn uint(&self, at: usize, n: usize) -> R<u64> {
        Ok(self
            .get(at, n)?
            .iter()
            .fold(0u64, |a, &x| (a << 8) | u64::from(x)))
    }
}

/// The type's name, as the Info column and the tree show it.
fn type_name(t: u8) -> &'static str {
    f::dccp::TYPE
        .value_name(u64::from(t))
        .unwrap_or("Unknown Type")
}

/// A DCCP packet (IP protocol 33).
pub(crate) fn dccp(walk: &mut Walk<'_>, addrs: Addrs, convs: &mut Conversations) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.is_empty() && !addrs.v6 {
        // tshark's IPv4 hands no empty payload on; its IPv6 does (and
        // DCCP throws at its first read).
        return Next::Data(Osi::Transport);
    }
    let reported = walk.reported_end.max(walk.end).saturating_sub(start);
    let t = Bytes(Tvb {
        b,
        reported: reported.max(b.len()),
        le: false,
    });
    let mut l = Layer::new(Osi::Transport, "dccp", start..walk.end);
    let mut info = String::new();
    let result = packet(walk, addrs, convs, &t, &mut l, &mut info);
    if l.fields.is_empty() {
        if walk.nested {
            // Quoted by an ICMP error, too short for its ports: tshark
            // leaves DCCP out of the frame's protocols.
            walk.off = walk.end;
            return Next::Done;
        }
        l.uint(f::dccp::OSIDUMP_SHORT_IP, if addrs.v6 { 6u8 } else { 4 });
    }
    if !info.is_empty() {
        l.str(f::dccp::OSIDUMP_INFO, info);
    }
    walk.off = walk.end;
    match result {
        Err((bound, end)) => {
            if !walk.nested {
                l.read_past_end(
                    "dccp",
                    format!("DCCP packet: need {end} bytes, have {}", b.len()),
                    bound == Bound::Cut && walk.snap_cut,
                );
            }
            walk.layers.push(l);
            Next::Done
        }
        Ok(None) => {
            walk.layers.push(l);
            Next::Done
        }
        Ok(Some(at)) => {
            walk.layers.push(l);
            if at > b.len() {
                // tshark's payload subset starts past the bytes: it throws.
                if let Some(l) = walk.layers.last_mut()
                    && !walk.nested
                {
                    l.read_past_end(
                        "dccp",
                        format!("DCCP payload at {at}, have {}", b.len()),
                        at <= reported && walk.snap_cut,
                    );
                }
                return Next::Done;
            }
            if at == b.len() {
                return Next::Done;
            }
            walk.off = start + at;
            Next::Data(Osi::Application)
        }
    }
}

/// The packet's fields; where its payload starts, if tshark hands one on.
fn packet<'a>(
    walk: &Walk<'a>,
    addrs: Addrs,
    convs: &mut Conversations,
    t: &Bytes<'a>,
    l: &mut Layer<'a>,
    info: &mut String,
) -> R<Option<usize>> {
    let sport = t.uint(0, 2)? as u16;
    let dport = t.uint(2, 2)? as u16;
    info.push_str(itoa::Buffer::new().format(sport));
    info.push_str(" → ");
    info.push_str(itoa::Buffer::new().format(dport));
    l.uint(f::dccp::SRCPORT, sport);
    l.uint(f::dccp::PORT, sport);
    l.uint(f::dccp::DSTPORT, dport);
    l.uint(f::dccp::PORT, dport);
    let (key, dir) = conv(addrs, sport, dport);
    let (fwd, rev) = (dir, 1 - dir);
    let c = convs.get(key);
    l.uint(f::dccp::STREAM, c.stream);
    let data_offset = t.u8(4)?;
    let adv = usize::from(data_offset) * 4;
    l.uint(f::dccp::DATA_OFFSET, data_offset);
    // tshark notes a short data offset on its item: before the checksum's
    // note.
    let offset_at = l.fields.len();
    let b5 = t.u8(5)?;
    let cscov = b5 & 0x0f;
    l.uint(f::dccp::CCVAL, b5 >> 4);
    l.uint(f::dccp::CSCOV, cscov);
    let field = t.uint(6, 2)? as u16;
    l.uint(f::dccp::CHECKSUM, field);
    push_checksum(walk, addrs, t, l, field, data_offset, cscov);
    let b8 = t.u8(8)?;
    let ty = (b8 & 0x1e) >> 1;
    let x = b8 & 1 != 0;
    l.uint(f::dccp::RES1, b8 >> 5);
    l.uint(f::dccp::TYPE, ty);
    info.push_str(" [");
    info.push_str(type_name(ty));
    info.push(']');
    l.boolean(f::dccp::X, x);
    let seq_raw;
    let mut off;
    let seq_shown;
    if x {
        if adv < 16 {
            header_len_bad(
                l,
                offset_at,
                format!("Advertised header length ({adv}) is smaller than the minimum (16)"),
            );
            return Ok(None);
        }
        l.uint(f::dccp::RES2, t.u8(9)?);
        seq_raw = t.uint(10, 6)?;
        seq_shown = match c.base[fwd] {
            Some(base) => {
                let rel = seq_raw.wrapping_sub(base);
                l.uint(f::dccp::SEQ, rel);
                rel
            }
            None => seq_raw,
        };
        l.uint(f::dccp::SEQ_RAW, seq_raw);
        off = 16;
    } else {
        if adv < 12 {
            header_len_bad(
                l,
                offset_at,
                format!("Advertised header length ({adv}) is smaller than the minimum (12)"),
            );
            return Ok(None);
        }
        seq_raw = t.uint(9, 3)?;
        l.uint(f::dccp::SEQ, seq_raw);
        seq_shown = match c.base[fwd] {
            Some(base) => {
                let rel = seq_raw.wrapping_sub(base) & 0xff_ffff;
                l.uint(f::dccp::SEQ, rel);
                rel
            }
            None => seq_raw,
        };
        off = 12;
    }
    info.push_str(" Seq=");
    info.push_str(itoa::Buffer::new().format(seq_shown));
    // The note for a data offset short of the type's part.
    let too_short = |l: &mut Layer<'a>, need: usize, what: Option<&str>| {
        let what = what.unwrap_or(type_name(ty));
        header_len_bad(
            l,
            offset_at,
            format!(
                "Advertised header length ({adv}) is smaller than the minimum ({need}) for {what}"
            ),
        );
    };
    match ty {
        // Request, Listen.
        0 | 0xa => {
            if adv < off + 4 {
                too_short(l, off + 4, None);
                return Ok(None);
            }
            service_code(t, l, info, off)?;
            off += 4;
            c.base[fwd].get_or_insert(seq_raw);
        }
        // Response.
        1 => {
            if adv < off + 12 {
                too_short(l, off + 12, Some("Response"));
                return Ok(None);
            }
            l.uint(f::dccp::ACK_RES, t.uint(off, 2)?);
            let ack = t.uint(off + 2, 6)?;
            let shown = match c.base[rev] {
                Some(base) => {
                    let rel = ack.wrapping_sub(base);
                    l.uint(f::dccp::ACK, rel);
                    rel
                }
                None => ack,
            };
            l.uint(f::dccp::ACK_RAW, ack);
            push_ack(info, shown);
            off += 8;
            service_code(t, l, info, off)?;
            off += 4;
            c.base[fwd].get_or_insert(seq_raw);
        }
        // Data.
        2 => {}
        // Ack, DataAck.
        3 | 4 => {
            // 2 reserved bytes and 48 bits, or 1 and 24.
            let (width, res_len) = if x { (6, 2) } else { (3, 1) };
            let part = res_len + width;
            if adv < off + part {
                too_short(l, off + part, None);
                return Ok(None);
            }
            l.uint(f::dccp::ACK_RES, t.uint(off, res_len)?);
            let ack = t.uint(off + res_len, width)?;
            let shown = match c.base[rev] {
                Some(base) => {
                    let rel = ack.wrapping_sub(base);
                    let rel = if x { rel } else { rel & 0xff_ffff };
                    l.uint(f::dccp::ACK, rel);
                    rel
                }
                None => ack,
            };
            l.uint(f::dccp::ACK_RAW, ack);
            push_ack(info, shown);
            off += part;
        }
        // Reset: tshark checks for 4 of its 12 bytes.
        7 => {
            if adv < off + 4 {
                too_short(l, off + 4, Some("Reset"));
                return Ok(None);
            }
            ack_subheader(t, l, info, off, c.base[rev])?;
            off += 8;
            let code = t.u8(off)?;
            let data = [t.u8(off + 1)?, t.u8(off + 2)?, t.u8(off + 3)?];
            l.uint(f::dccp::RESET_CODE, code);
            l.uint(f::dccp::DATA1, data[0]);
            l.uint(f::dccp::DATA2, data[1]);
            l.uint(f::dccp::DATA3, data[2]);
            info.push_str(" (code=");
            info.push_str(
                f::dccp::RESET_CODE
                    .value_name(u64::from(code))
                    .unwrap_or("Unknown"),
            );
            info.push(')');
            off += 4;
        }
        // CloseReq, Close, Sync, SyncAck.
        5 | 6 | 8 | 9 => {
            if adv < off + 8 {
                too_short(l, off + 8, None);
                return Ok(None);
            }
            ack_subheader(t, l, info, off, c.base[rev])?;
            off += 8;
        }
        _ => {
            expert::add(l, &TYPE_RESERVED, None);
            return Ok(None);
        }
    }
    // (A data offset is at most 1020 bytes: never past tshark's maximum
    // of 1036.)
    let mut options_len = 0;
    if adv > off {
        options_len = adv - off;
        l.push(f::dccp::OPTIONS, Value::None);
        options(t, l, off, adv)?;
    }
    Ok(Some(off + options_len))
}

/// tshark's note of a data offset too small, on the data offset's item
/// (its fields at `at`, right after it).
fn header_len_bad(l: &mut Layer<'_>, at: usize, message: String) {
    let before = l.fields.len();
    expert::add(l, &HEADER_LEN_BAD, Some(message));
    let added = l.fields.len() - before;
    if let Some(tail) = l.fields.get_mut(at..) {
        tail.rotate_right(added);
    }
}

fn push_ack(info: &mut String, ack: u64) {
    info.push_str(" (Ack=");
    info.push_str(itoa::Buffer::new().format(ack));
    info.push(')');
}

fn service_code<'a>(t: &Bytes<'a>, l: &mut Layer<'a>, info: &mut String, off: usize) -> R<()> {
    let code = t.uint(off, 4)?;
    l.uint(f::dccp::SERVICE_CODE, code);
    info.push_str(" (service=");
    match f::dccp::SERVICE_CODE.value_name(code) {
        Some(n) => info.push_str(n),
        None => {
            info.push_str("Unknown (");
            info.push_str(itoa::Buffer::new().format(code));
            info.push(')');
        }
    }
    info.push(')');
    Ok(())
}

/// The 48-bit acknowledgement subheader of a Reset, CloseReq, Close, Sync
/// or SyncAck: tshark keeps 24 bits of its relative number.
fn ack_subheader<'a>(
    t: &Bytes<'a>,
    l: &mut Layer<'a>,
    info: &mut String,
    off: usize,
    base: Option<u64>,
) -> R<()> {
    l.uint(f::dccp::ACK_RES, t.uint(off, 2)?);
    let ack = t.uint(off + 2, 6)?;
    let shown = match base {
        Some(base) => {
            let rel = ack.wrapping_sub(base) & 0xff_ffff;
            l.uint(f::dccp::ACK, rel);
            rel
        }
        None => ack,
    };
    l.uint(f::dccp::ACK_RAW, ack);
    push_ack(info, shown);
    Ok(())
}

/// The checksum's status (and tshark's expert when it is bad).
fn push_checksum(
    walk: &Walk<'_>,
    addrs: Addrs,
    t: &Bytes<'_>,
    l: &mut Layer<'_>,
    field: u16,
    data_offset: u8,
    cscov: u8,
) {
    let reported = t.0.reported;
    let coverage = if cscov == 0 {
        reported
    } else {
        ((usize::from(data_offset) + usize::from(cscov)).saturating_sub(1) * 4).min(reported)
    };
    let Some(covered) = t.0.b.get(..coverage).filter(|_| !walk.fragmented) else {
        l.uint(f::dccp::CHECKSUM_STATUS, checksum::UNVERIFIED);
        return;
    };
    let alen = if addrs.v6 { 16 } else { 4 };
    let len = reported as u32;
    let mut sum = ones_complement_sum(&addrs.src[..alen]);
    sum = ones_complement_add(sum, ones_complement_sum(&addrs.dst[..alen]));
    sum = ones_complement_add(sum, IP_PROTO_DCCP as u16);
    sum = ones_complement_add(sum, (len >> 16) as u16);
    sum = ones_complement_add(sum, len as u16);
    sum = ones_complement_add(sum, ones_complement_sum(covered));
    if sum == 0xffff {
        l.uint(f::dccp::CHECKSUM_STATUS, checksum::GOOD);
    } else {
        let without = ones_complement_add(sum, !field);
        expert::add(
            l,
            &BAD_CHECKSUM,
            Some(format!("Bad checksum [should be 0x{:04x}]", !without)),
        );
        l.uint(f::dccp::CHECKSUM_STATUS, checksum::BAD);
    }
}

/// The options from `off` to `end` (the data offset).
fn options<'a>(t: &Bytes<'a>, l: &mut Layer<'a>, mut off: usize, end: usize) -> R<()> {
    while off < end {
        let ty = t.u8(off)?;
        l.uint(f::dccp::OPTION_TYPE, ty);
        let len = if ty >= 32 {
            let len = t.u8(off + 1)?;
            if len < 2 {
                expert::add(
                    l,
                    &OPTION_LEN_BAD,
                    Some("Option length incorrect, must be >= 2".into()),
                );
                return Ok(());
            }
            off += 2;
            usize::from(len - 2)
        } else {
            1
        };
        let bytes = |l: &mut Layer<'a>, def| -> R<()> {
            l.push(def, Value::Bytes(t.get(off, len)?.into()));
            Ok(())
        };
        let bad = |l: &mut Layer<'a>, m: String| expert::add(l, &OPTION_LEN_BAD, Some(m));
        match ty {
            0 => bytes(l, f::dccp::PADDING)?,
            1 => bytes(l, f::dccp::MANDATORY)?,
            2 => bytes(l, f::dccp::SLOW_RECEIVER)?,
            32..=35 => feature(t, l, off, len as u8)?,
            36 => bytes(l, f::dccp::INIT_COOKIE)?,
            37 => {
                if len > 6 {
                    bad(l, "NDP Count too long (max 6 bytes)".into());
                } else if len == 0 {
                    // tshark's 64-bit item of no bytes throws.
                    return Err((Bound::Past, off));
                } else {
                    l.uint(f::dccp::NDP_COUNT, t.uint(off, len)?);
                }
            }
            38 => bytes(l, f::dccp::ACK_VECTOR_NONCE_0)?,
            39 => bytes(l, f::dccp::ACK_VECTOR_NONCE_1)?,
            40 => bytes(l, f::dccp::DATA_DROPPED)?,
            41 => {
                if len == 4 {
                    l.uint(f::dccp::TIMESTAMP, t.uint(off, 4)?);
                } else {
                    bad(l, format!("Timestamp too long [{len} != 4]"));
                }
            }
            42 => match len {
                4 | 6 | 8 => {
                    l.uint(f::dccp::TIMESTAMP_ECHO, t.uint(off, 4)?);
                    if len > 4 {
                        l.uint(f::dccp::ELAPSED_TIME, t.uint(off + 4, len - 4)?);
                    }
                }
                _ => bad(l, "Wrong Timestamp Echo length".into()),
            },
            43 => match len {
                2 | 4 => l.uint(f::dccp::ELAPSED_TIME, t.uint(off, len)?),
                _ => bad(l, "Wrong Elapsed Time length".into()),
            },
            44 => {
                if len == 4 {
                    l.uint(f::dccp::CHECKSUM_DATA, t.uint(off, 4)?);
                } else {
                    bad(l, "Wrong Data checksum length".into());
                }
            }
            192 => {
                if len == 4 {
                    l.uint(f::dccp::CCID3_LOSS_EVENT_RATE, t.uint(off, 4)?);
                } else {
                    bad(l, "Wrong CCID3 Loss Event Rate length".into());
                }
            }
            193 => bytes(l, f::dccp::CCID3_LOSS_INTERVALS)?,
            194 => {
                if len == 4 {
                    l.uint(f::dccp::CCID3_RECEIVE_RATE, t.uint(off, 4)?);
                } else {
                    bad(l, "Wrong CCID3 Receive Rate length".into());
                }
            }
            3..=31 | 45..=127 => bytes(l, f::dccp::OPTION_RESERVED)?,
            _ => bytes(l, f::dccp::CCID_OPTION_DATA)?,
        }
        off += len;
    }
    Ok(())
}

/// A Change or Confirm option (`len` bytes from `off`): the feature number,
/// then the values tshark reads for its tree's text (which throw when they
/// are not there).
fn feature<'a>(t: &Bytes<'a>, l: &mut Layer<'a>, off: usize, len: u8) -> R<()> {
    let number = t.u8(off)?;
    l.uint(f::dccp::FEATURE_NUMBER, number);
    // tshark takes one off the length for the number, in 8 bits.
    let values = usize::from(len.wrapping_sub(1));
    match number {
        1 | 2 | 4 | 6 | 7 | 8 | 9 | 192 if values > 0 => {
            t.get(off + 1, values)?;
        }
        3 | 5 if values > 0 => {
            t.get(off + 1, values.min(6))?;
        }
        _ => {}
    }
    Ok(())
}

/// The Info column: tshark's, as it was when the packet ended.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::dccp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

/// The Protocol column: IP's when the packet was too short for its ports.
pub(crate) fn column(l: &Layer<'_>) -> &'static str {
    match l.get_uint(f::dccp::OSIDUMP_SHORT_IP) {
        Some(6) => "IPv6",
        Some(_) => "IPv4",
        None => "DCCP",
    }
}

/// The tree's line: `Src Port: …, Dst Port: … [Type] Seq=…`.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    let (Some(s), Some(d)) = (l.get_uint(f::dccp::SRCPORT), l.get_uint(f::dccp::DSTPORT)) else {
        return;
    };
    out.push_str("Src Port: ");
    out.push_str(itoa::Buffer::new().format(s));
    out.push_str(", Dst Port: ");
    out.push_str(itoa::Buffer::new().format(d));
    if let Some(t) = l.get_uint(f::dccp::TYPE) {
        out.push_str(" [");
        out.push_str(type_name(t as u8));
        out.push(']');
    }
    let last_seq = l
        .all(f::dccp::SEQ)
        .last()
        .and_then(|v| match v {
            Value::UInt(v) => Some(*v),
            _ => None,
        })
        .or_else(|| l.get_uint(f::dccp::SEQ_RAW));
    if let Some(seq) = last_seq {
        out.push_str(" Seq=");
        out.push_str(itoa::Buffer::new().format(seq));
    }
}
