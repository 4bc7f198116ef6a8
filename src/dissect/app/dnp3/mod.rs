//! DNP 3.0 (TCP and UDP port 20000) as tshark 4.0's packet-dnp.c shows it.
//!
//! - The data link layer: a 10-byte header (start bytes 0x0564, length,
//!   control, destination, source, header CRC) and, unless its function
//!   carries no data (link status, reset, ACK), the transport byte and
//!   data chunks of 16 bytes each followed by their CRC.
//! - The transport layer's fragments (the chunks with their CRCs removed,
//!   the transport byte dropped) are reassembled FIR..FIN by their 6-bit
//!   sequence number, per direction, as `fragment_add_seq_single_aging`
//!   does on tshark's single pass: a fragment that does not complete a
//!   message is an unreassembled fragment.
//! - The application layer of a whole message: control, function, the
//!   internal indications of a response and its objects (header, qualifier,
//!   range, and the points of the common groups).
//!
//! Over TCP, tshark's port dissector takes a call's bytes only when they
//! start 0x05 0x64 and, with 10 bytes or more, have a good header CRC; its
//! PDUs are read with `tcp_dissect_pdus` (header length plus 2 bytes of
//! CRC per 16 data bytes). tshark's DNP 3.0 heuristics (TCP and UDP) are
//! off by default: DNP 3.0 is found by its port only.
//!
//! The promise: no input makes this module panic; a direction holds at
//! most one PDU waiting for its rest and at most [`MAX_FRAGMENTS`]
//! fragments of [`MAX_FRAGMENT`] bytes waiting for their message.

pub mod fields;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, Options, PduFramer, Pdus, Want};
use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::flow::ConvKey;
use crate::source::Timestamp;
use std::borrow::Cow;
use std::collections::HashMap;

/// DNP 3.0's port (TCP and UDP), as Wireshark's tables have it.
pub const PORT: u16 = 20000;

/// The data link header's length.
const HDR_LEN: usize = 10;

/// Fragments a direction keeps waiting for the rest of their message
/// (tshark's `al_max_fragments`).
pub const MAX_FRAGMENTS: usize = 60;

/// A fragment's most bytes (a link frame's 250 data bytes).
const MAX_FRAGMENT: usize = 256;

/// UDP directions whose fragments are remembered.
const MAX_UDP_DIRECTIONS: usize = 4096;

ei!(
    HDR_CRC_INCORRECT,
    f::dnp3::HDR_CRC_INCORRECT,
    Checksum,
    Warn
);
ei!(
    CHUNK_CRC_INCORRECT,
    f::dnp3::DATA_CHUNK_CRC_INCORRECT,
    Checksum,
    Warn
);
ei!(IIN_ABNORMAL, f::dnp3::IIN_ABNORMAL, Protocol, Warn);
ei!(UNKNOWN_OBJECT, f::dnp3::UNKNOWN_OBJECT, Protocol, Warn);
ei!(
    UNKNOWN_GROUP0,
    f::dnp3::UNKNOWN_GROUP0_VARIATION,
    Protocol,
    Warn
);
ei!(NUM_ITEMS_NEG, f::dnp3::NUM_ITEMS_NEG, Malformed, Error);
ei!(
    NUM_ITEMS_INVALID,
    f::dnp3::NUM_ITEMS_INVALID,
    Protocol,
    Warn
);
ei!(INVALID_LENGTH, f::dnp3::INVALID_LENGTH, Malformed, Error);

/// A read past the end of the bytes a layer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Short;

type R<T> = Result<T, Short>;

fn get(b: &[u8], at: usize, len: usize) -> R<&[u8]> {
    b.get(at..at.checked_add(len).ok_or(Short)?).ok_or(Short)
}

fn u8_at(b: &[u8], at: usize) -> R<u8> {
    b.get(at).copied().ok_or(Short)
}

fn le16(b: &[u8], at: usize) -> R<u16> {
    let s = get(b, at, 2)?;
    Ok(u16::from_le_bytes([s[0], s[1]]))
}

fn le32(b: &[u8], at: usize) -> R<u32> {
    let s = get(b, at, 4)?;
    Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// DNP 3.0's CRC (polynomial 0x3D65, reflected, complemented).
pub fn crc(b: &[u8]) -> u16 {
    let mut c: u16 = 0;
    for &x in b {
        c ^= u16::from(x);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xA6BC
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// `check_dnp3_header` without heuristics: the start bytes, and the
/// header CRC once the header is all there.
fn header_ok(b: &[u8]) -> bool {
    if b.first() != Some(&0x05) {
        return false;
    }
    if b.len() > 1 && b[1] != 0x64 {
        return false;
    }
    b.len() < HDR_LEN || crc(&b[..8]) == u16::from_le_bytes([b[8], b[9]])
}

/// `get_dnp3_message_len` on a header's length byte.
fn message_len(dl_len: u8) -> usize {
    let n = i32::from(dl_len) - 5;
    // ceil(n / 16.0), which is 0 for the short lengths.
    let chunks = if n > 0 { (n + 15) / 16 } else { 0 };
    usize::from(dl_len) + 5 + chunks as usize * 2
}

/// A whole message, with its fragments' frames and lengths.
type Whole = (Vec<u8>, Vec<(u64, usize)>);

/// One AL fragment waiting for its message.
struct Frag {
    frame: u64,
    fir: bool,
    data: Vec<u8>,
}

/// A direction's fragments by transport sequence number.
#[derive(Default)]
struct Reassembly {
    frags: HashMap<u8, Frag>,
}

impl Reassembly {
    /// Add a fragment; the whole message with its fragments' frames and
    /// lengths when it completes one.
    fn add(&mut self, frame: u64, seq: u8, fir: bool, fin: bool, data: &[u8]) -> Option<Whole> {
        if fir && fin {
            self.frags.remove(&seq);
            return Some((data.to_vec(), vec![(frame, data.len())]));
        }
        if !fin {
            if self.frags.len() >= MAX_FRAGMENTS && !self.frags.contains_key(&seq) {
                // The oldest goes first (the lowest frame).
                if let Some(k) = self
                    .frags
                    .iter()
                    .min_by_key(|(_, v)| v.frame)
                    .map(|(k, _)| *k)
                {
                    self.frags.remove(&k);
                }
            }
            let mut d = data.to_vec();
            d.truncate(MAX_FRAGMENT);
            self.frags.insert(
                seq,
                Frag {
                    frame,
                    fir,
                    data: d,
                },
            );
            return None;
        }
        // FIN: look back for the fragments down to a FIR.
        let mut chain = Vec::new();
        let mut s = seq;
        loop {
            s = s.wrapping_sub(1) & 0x3f;
            let f = self.frags.get(&s)?;
            chain.push(s);
            if f.fir {
                break;
            }
            if chain.len() >= MAX_FRAGMENTS {
                return None;
            }
        }
        let mut whole = Vec::new();
        let mut parts = Vec::new();
        for s in chain.iter().rev() {
            if let Some(f) = self.frags.remove(s) {
                whole.extend_from_slice(&f.data);
                parts.push((f.frame, f.data.len()));
            }
        }
        whole.extend_from_slice(data);
        parts.push((frame, data.len()));
        Some((whole, parts))
    }

    fn heap_bytes(&self) -> usize {
        self.frags.len() * (MAX_FRAGMENT + 48)
    }
}

/// What a read past the end of a PDU is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Past {
    /// Past the PDU's own length: malformed.
    Malformed,
    /// Past the datagram a PDU's length runs beyond: ContainedBoundsError.
    Contained,
    /// Past what the capture kept: truncated.
    Cut,
}

/// `dissect_dnp3_message` on one PDU `b`: its layer. `first` marks the
/// first PDU of a call; `past` says what a read past `b`'s end is.
fn message(
    b: &[u8],
    frame: u64,
    reasm: &mut Reassembly,
    first: bool,
    past: Past,
) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "dnp3", 0..0);
    if first {
        l.present(f::dnp3::OSIDUMP_CALL);
    }
    if let Err(Short) = link(b, frame, reasm, &mut l) {
        let reason = "DNP 3.0 frame shorter than its length".to_string();
        match past {
            Past::Contained => {
                l.anomalies.push(crate::dissect::Anomaly {
                    kind: AnomalyKind::Malformed,
                    reason,
                });
                l.throw_contained("dnp3");
            }
            Past::Cut => l.read_past_end("dnp3", reason, true),
            Past::Malformed => l.read_past_end("dnp3", reason, false),
        }
    }
    l
}

fn link(b: &[u8], frame: u64, reasm: &mut Reassembly, l: &mut Layer<'static>) -> R<()> {
    let dl_len = u8_at(b, 2)?;
    let ctl = u8_at(b, 3)?;
    let dst = le16(b, 4)?;
    let src = le16(b, 6)?;
    let func = ctl & 0x0f;
    let prm = ctl & 0x40 != 0;
    let fdef = if prm {
        f::dnp3::CTL_PRIFUNC
    } else {
        f::dnp3::CTL_SECFUNC
    };
    let fname = match fdef.value_name(u64::from(func)) {
        Some(n) => n.to_owned(),
        None => format!("Unknown function (0x{func:02x})"),
    };
    let mut info = format!("from {src} to {dst}, len={dl_len}, {fname}");
    l.uint(f::dnp3::START, u64::from(u16::from_be_bytes([b[0], b[1]])));
    l.uint(f::dnp3::LEN, dl_len);
    l.uint(f::dnp3::CTL, ctl);
    l.boolean(f::dnp3::CTL_DIR, ctl & 0x80 != 0);
    l.boolean(f::dnp3::CTL_PRM, prm);
    if prm {
        l.boolean(f::dnp3::CTL_FCB, ctl & 0x20 != 0);
        l.boolean(f::dnp3::CTL_FCV, ctl & 0x10 != 0);
        l.uint(f::dnp3::CTL_PRIFUNC, func);
    } else {
        l.boolean(f::dnp3::CTL_DFC, ctl & 0x10 != 0);
        l.uint(f::dnp3::CTL_SECFUNC, func);
    }
    l.uint(f::dnp3::DST, dst);
    l.uint(f::dnp3::ADDR, dst);
    l.uint(f::dnp3::SRC, src);
    l.uint(f::dnp3::ADDR, src);
    let hdr_crc = le16(b, 8);
    let res = (|| -> R<()> {
        let got = hdr_crc?;
        let want = crc(&b[..8]);
        l.uint(f::dnp3::HDR_CRC, got);
        l.uint(f::dnp3::DNP_HDR_CRC_STATUS, u8::from(got == want));
        if got != want {
            expert::add(
                l,
                &HDR_CRC_INCORRECT,
                Some(format!(
                    "Data Link Header Checksum incorrect [should be 0x{want:04x}]"
                )),
            );
        }
        // Link status, status of link, reset link and ACK carry no data.
        if matches!(func, 0x09 | 0x0b | 0x00) {
            return Ok(());
        }
        let mut off = HDR_LEN;
        let tr = u8_at(b, off)?;
        let seq = tr & 0x3f;
        let fir = tr & 0x40 != 0;
        let fin = tr & 0x80 != 0;
        l.uint(f::dnp3::TR_CTL, tr);
        l.boolean(f::dnp3::TR_FIN, fin);
        l.boolean(f::dnp3::TR_FIR, fir);
        l.uint(f::dnp3::TR_SEQ, seq);
        let mut data_len = dl_len.wrapping_sub(5);
        let mut al = Vec::with_capacity(usize::from(data_len));
        let mut skip = 1;
        let mut ok = false;
        while data_len > 0 {
            let size = usize::from(data_len.min(16));
            // The chunk's subtree covers its CRC too: it throws first.
            get(b, off, size + 2)?;
            let chunk = get(b, off, size)?;
            al.extend_from_slice(&chunk[skip.min(chunk.len())..]);
            l.push(
                f::dnp3::DNP_DATA_CHUNK,
                Value::Bytes(Cow::Owned(chunk.to_vec())),
            );
            l.uint(f::dnp3::DNP_DATA_CHUNK_LEN, size as u64);
            off += size;
            let want = crc(chunk);
            let got = le16(b, off)?;
            l.uint(f::dnp3::DNP_DATA_CHUNK_CRC, got);
            l.uint(f::dnp3::DNP_DATA_CHUNK_CRC_STATUS, u8::from(got == want));
            if got != want {
                expert::add(
                    l,
                    &CHUNK_CRC_INCORRECT,
                    Some(format!(
                        "Data Chunk Checksum incorrect [should be 0x{want:04x}]"
                    )),
                );
            }
            off += 2;
            ok = got == want;
            if !ok {
                break;
            }
            data_len -= size as u8;
            skip = 0;
        }
        if !ok {
            return Ok(());
        }
        match reasm.add(frame, seq, fir, fin, &al) {
            Some((whole, parts)) => {
                l.present(f::dnp3::AL_FRAGMENTS);
                for (fr, _) in &parts {
                    l.uint(f::dnp3::AL_FRAGMENT, *fr);
                }
                l.uint(f::dnp3::AL_FRAGMENT_COUNT, parts.len() as u64);
                l.uint(f::dnp3::AL_FRAGMENT_REASSEMBLED_LENGTH, whole.len() as u64);
                let mut a = App {
                    l,
                    more: String::new(),
                };
                let r = a.layer(&whole);
                let more = std::mem::take(&mut a.more);
                if !more.is_empty() {
                    l.str(f::dnp3::OSIDUMP_AL_MORE, more);
                }
                r?;
            }
            None => {
                info.push_str(&format!(
                    " (Application Layer Unreassembled fragment {seq})"
                ));
                l.push(f::dnp3::AL_FRAG_DATA, Value::Bytes(Cow::Owned(al)));
            }
        }
        Ok(())
    })();
    l.str(f::dnp3::OSIDUMP_INFO, info);
    res
}

/// The application layer of one whole message.
struct App<'l> {
    l: &'l mut Layer<'static>,
    /// What the layer appends to Info after its fence.
    more: String,
}

fn sep(s: &mut String, t: &str) {
    // col_append_sep_str with its default separator; the column holds the
    // function name before, so it is never empty.
    s.push_str(", ");
    s.push_str(t);
}

fn read_obj_name(group: u8) -> &'static str {
    match group {
        0 => "Device Attribute",
        1 => "Binary Input",
        2 => "Binary Input Change",
        3 => "Double-bit Input",
        4 => "Double-bit Input Change",
        10 => "Binary Output",
        11 => "Binary Output Change",
        20 => "Counter",
        21 => "Frozen Counter",
        22 => "Counter Change",
        23 => "Frozen Counter Change",
        30 => "Analog Input",
        32 => "Analog Input Change",
        40 => "Analog Output",
        42 => "Analog Output Change",
        50 => "Time and Date",
        70 => "File Control",
        80 => "Internal Indications",
        110 => "Octet String",
        111 => "Octet String Event",
        113 => "Virtual Terminal Event Data",
        _ => "Unknown Object Type",
    }
}

fn write_obj_name(group: u8) -> &'static str {
    match group {
        50 => "Time and Date",
        70 => "File Control",
        80 => "Internal Indications",
        110 => "Octet String",
        111 => "Octet String Event",
        112 => "Virtual Terminal Output Block",
        _ => "Unknown Object Type",
    }
}

/// Objects whose qualifier must not name points (`dnp3_al_empty_obj`).
fn empty_obj(obj: u16) -> bool {
    matches!(
        obj,
        0x0100
            | 0x0200
            | 0x0b00
            | 0x0300
            | 0x0400
            | 0x1400
            | 0x1600
            | 0x1e00
            | 0x2000
            | 0x2200
            | 0x2a00
            | 0x3c01
            | 0x3c02
            | 0x3c03
            | 0x3c04
    )
}

#[derive(Clone, Copy)]
enum Quality {
    BinIn,
    BinOut,
    AnaIn,
    AnaOut,
    Counter,
}

fn time48(b: &[u8], at: usize) -> R<u64> {
    let lo = u64::from(le16(b, at)?);
    let hi = u64::from(le32(b, at + 2)?);
    Ok(hi * 0x10000 + lo)
}

fn ms_time(ms: u64) -> Value<'static> {
    Value::Time(Timestamp::new(
        (ms / 1000) as i64,
        ((ms % 1000) * 1_000_000) as u32,
    ))
}

impl App<'_> {
    fn layer(&mut self, b: &[u8]) -> R<()> {
        let ctl = u8_at(b, 0)?;
        let func = u8_at(b, 1)?;
        let fname = match f::dnp3::AL_FUNC.value_name(u64::from(func)) {
            Some(n) => n.to_owned(),
            None => format!("Unknown function (0x{func:02x})"),
        };
        self.l.str(f::dnp3::OSIDUMP_AL_INFO, fname);
        self.l.uint(f::dnp3::AL_CTL, ctl);
        self.l.boolean(f::dnp3::AL_FIR, ctl & 0x80 != 0);
        self.l.boolean(f::dnp3::AL_FIN, ctl & 0x40 != 0);
        self.l.boolean(f::dnp3::AL_CON, ctl & 0x20 != 0);
        self.l.boolean(f::dnp3::AL_UNS, ctl & 0x10 != 0);
        self.l.uint(f::dnp3::AL_SEQ, ctl & 0x0f);
        self.l.uint(f::dnp3::AL_FUNC, func);
        let mut off = 2;
        let n = b.len();
        // `while (offset <= (data_len-2))` with unsigned lengths.
        let more = |off: usize| off + 2 <= n;
        match func {
            0x00 if n > 2 => {
                while more(off) {
                    off = self.object(b, off, true)?.0;
                }
            }
            0x01 => {
                let mut class = 0u8;
                while more(off) {
                    let (o, obj) = self.object(b, off, true)?;
                    off = o;
                    match obj {
                        0x3c01..=0x3c04 => class |= 1 << ((obj & 0x0f) - 1),
                        _ => sep(&mut self.more, read_obj_name((obj >> 8) as u8)),
                    }
                }
                if class != 0 {
                    sep(&mut self.more, "Class ");
                    for i in 0..4 {
                        if class & (1 << i) != 0 {
                            self.more.push_str(&i.to_string());
                        }
                    }
                }
            }
            0x02 => {
                while more(off) {
                    let (o, obj) = self.object(b, off, false)?;
                    off = o;
                    sep(&mut self.more, write_obj_name((obj >> 8) as u8));
                }
            }
            0x03 | 0x04 | 0x05 | 0x06 | 0x14 | 0x15 | 0x19 | 0x1a | 0x1b => {
                while more(off) {
                    off = self.object(b, off, false)?.0;
                }
            }
            0x07..=0x0a => {
                while more(off) {
                    off = self.object(b, off, true)?.0;
                }
            }
            0x81 | 0x82 => {
                let iin = u16::from_be_bytes([u8_at(b, off)?, u8_at(b, off + 1)?]);
                let l = &mut *self.l;
                l.uint(f::dnp3::AL_IIN, iin);
                for (def, bit) in [
                    (f::dnp3::AL_IIN_RST, 0x8000),
                    (f::dnp3::AL_IIN_DT, 0x4000),
                    (f::dnp3::AL_IIN_DOL, 0x2000),
                    (f::dnp3::AL_IIN_TSR, 0x1000),
                    (f::dnp3::AL_IIN_CLS3D, 0x0800),
                    (f::dnp3::AL_IIN_CLS2D, 0x0400),
                    (f::dnp3::AL_IIN_CLS1D, 0x0200),
                    (f::dnp3::AL_IIN_BMSG, 0x0100),
                    (f::dnp3::AL_IIN_CC, 0x0020),
                    (f::dnp3::AL_IIN_OAE, 0x0010),
                    (f::dnp3::AL_IIN_EBO, 0x0008),
                    (f::dnp3::AL_IIN_PIOOR, 0x0004),
                    (f::dnp3::AL_IIN_OBJU, 0x0002),
                    (f::dnp3::AL_IIN_FCNI, 0x0001),
                ] {
                    l.boolean(def, iin & bit != 0);
                }
                if iin & 0x403f != 0 {
                    expert::add(l, &IIN_ABNORMAL, None);
                }
                off += 2;
                if n > off {
                    while more(off) {
                        off = self.object(b, off, false)?.0;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn quality(&mut self, flags: u8, q: Quality) {
        use f::dnp3 as d;
        let defs: [&'static crate::dissect::field::FieldDef; 8] = match q {
            Quality::BinIn => [
                d::AL_BIQ_B7,
                d::AL_BIQ_B6,
                d::AL_BIQ_B5,
                d::AL_BIQ_B4,
                d::AL_BIQ_B3,
                d::AL_BIQ_B2,
                d::AL_BIQ_B1,
                d::AL_BIQ_B0,
            ],
            Quality::BinOut => [
                d::AL_BOQ_B7,
                d::AL_BOQ_B6,
                d::AL_BOQ_B5,
                d::AL_BOQ_B4,
                d::AL_BOQ_B3,
                d::AL_BOQ_B2,
                d::AL_BOQ_B1,
                d::AL_BOQ_B0,
            ],
            Quality::AnaIn => [
                d::AL_AIQ_B7,
                d::AL_AIQ_B6,
                d::AL_AIQ_B5,
                d::AL_AIQ_B4,
                d::AL_AIQ_B3,
                d::AL_AIQ_B2,
                d::AL_AIQ_B1,
                d::AL_AIQ_B0,
            ],
            Quality::AnaOut => [
                d::AL_AOQ_B7,
                d::AL_AOQ_B6,
                d::AL_AOQ_B5,
                d::AL_AOQ_B4,
                d::AL_AOQ_B3,
                d::AL_AOQ_B2,
                d::AL_AOQ_B1,
                d::AL_AOQ_B0,
            ],
            Quality::Counter => [
                d::AL_CTRQ_B7,
                d::AL_CTRQ_B6,
                d::AL_CTRQ_B5,
                d::AL_CTRQ_B4,
                d::AL_CTRQ_B3,
                d::AL_CTRQ_B2,
                d::AL_CTRQ_B1,
                d::AL_CTRQ_B0,
            ],
        };
        for (i, def) in defs.iter().enumerate() {
            self.l.boolean(def, flags & (0x80 >> i) != 0);
        }
    }

    fn flags(&mut self, b: &[u8], at: usize, q: Quality) -> R<usize> {
        let fl = u8_at(b, at)?;
        self.quality(fl, q);
        Ok(at + 1)
    }

    fn timestamp(&mut self, b: &[u8], at: usize) -> R<usize> {
        let t = time48(b, at)?;
        self.l.push(f::dnp3::AL_TIMESTAMP, ms_time(t));
        Ok(at + 6)
    }

    fn int32(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        b: &[u8],
        at: usize,
    ) -> R<usize> {
        let v = le32(b, at)? as i32;
        self.l.int(def, v);
        Ok(at + 4)
    }

    fn int16(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        b: &[u8],
        at: usize,
    ) -> R<usize> {
        let v = le16(b, at)? as i16;
        self.l.int(def, v);
        Ok(at + 2)
    }

    fn float(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        b: &[u8],
        at: usize,
    ) -> R<usize> {
        let v = f32::from_bits(le32(b, at)?);
        self.l.push(def, Value::Float(v));
        Ok(at + 4)
    }

    fn double(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        b: &[u8],
        at: usize,
    ) -> R<usize> {
        let s = get(b, at, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        self.l.push(def, Value::Double(f64::from_le_bytes(a)));
        Ok(at + 8)
    }

    /// `dnp3_al_process_object`: the offset after the object and its
    /// type (group and variation as read).
    fn object(&mut self, b: &[u8], start: usize, header_only: bool) -> R<(usize, u16)> {
        use f::dnp3 as d;
        let mut off = start;
        let objtype = u16::from_be_bytes([u8_at(b, off)?, u8_at(b, off + 1)?]);
        let mut obj = objtype;
        let mut oct_len = 0usize;
        let group = (obj >> 8) as u8;
        if group == 110 || group == 111 {
            oct_len = usize::from(obj & 0xff);
            obj &= 0xff00;
        }
        self.l.uint(d::AL_OBJ, obj);
        let known = d::AL_OBJ.value_name(u64::from(obj)).is_some();
        if group == 0 {
            if !known {
                expert::add(self.l, &UNKNOWN_GROUP0, None);
            }
        } else if group != 110 && group != 111 && !known {
            expert::add(self.l, &UNKNOWN_OBJECT, None);
        }
        off += 2;
        let q = u8_at(b, off)?;
        let prefix = (q & 0x70) >> 4;
        let range = q & 0x0f;
        self.l.uint(d::AL_OBJQ_PREFIX, prefix);
        self.l.uint(d::AL_OBJQ_RANGE, range);
        off += 1;
        let mut ptaddr: u32 = 0;
        let (num, rangebytes): (i64, usize) = match range {
            0 => {
                let (s, e) = (u8_at(b, off)?, u8_at(b, off + 1)?);
                ptaddr = u32::from(s);
                self.l.uint(d::AL_RANGE_START, s);
                self.l.uint(d::AL_RANGE_STOP, e);
                (i64::from(e) - i64::from(s) + 1, 2)
            }
            1 => {
                let (s, e) = (le16(b, off)?, le16(b, off + 2)?);
                ptaddr = u32::from(s);
                self.l.uint(d::AL_RANGE_START, s);
                self.l.uint(d::AL_RANGE_STOP, e);
                (i64::from(e) - i64::from(s) + 1, 4)
            }
            2 => {
                let (s, e) = (le32(b, off)?, le32(b, off + 4)?);
                ptaddr = s;
                self.l.uint(d::AL_RANGE_START, s);
                self.l.uint(d::AL_RANGE_STOP, e);
                // int arithmetic in C: wraps to 32 bits.
                (i64::from(e.wrapping_sub(s).wrapping_add(1) as i32), 8)
            }
            3 => {
                ptaddr = u32::from(u8_at(b, off)?);
                self.l.uint(d::AL_RANGE_ABS, ptaddr);
                (1, 1)
            }
            4 => {
                ptaddr = u32::from(le16(b, off)?);
                self.l.uint(d::AL_RANGE_ABS, ptaddr);
                (1, 2)
            }
            5 => {
                ptaddr = le32(b, off)?;
                self.l.uint(d::AL_RANGE_ABS, ptaddr);
                (1, 4)
            }
            7 | 11 => {
                let v = u8_at(b, off)?;
                self.l.uint(d::AL_RANGE_QUANTITY, v);
                (i64::from(v), 1)
            }
            8 => {
                let v = le16(b, off)?;
                self.l.uint(d::AL_RANGE_QUANTITY, v);
                (i64::from(v), 2)
            }
            9 => {
                let v = le32(b, off)?;
                self.l.uint(d::AL_RANGE_QUANTITY, v);
                (i64::from(v as i32), 4)
            }
            _ => (0, 0),
        };
        if num < 0 {
            expert::add(self.l, &NUM_ITEMS_NEG, None);
            return Ok((b.len(), objtype));
        }
        off += rangebytes;
        let mut num = num;
        if header_only && prefix == 0 {
            return Ok((off, objtype));
        }
        let start_offset = off;
        let mut bitindex = 0u32;
        let mut item = 0i64;
        while item < num {
            let mut data_pos = off;
            let prefixbytes = match prefix {
                0 => {
                    self.l.uint(d::AL_POINT_INDEX, ptaddr);
                    0
                }
                1 => {
                    ptaddr = u32::from(u8_at(b, off)?);
                    self.l.uint(d::AL_INDEX, ptaddr);
                    1
                }
                2 => {
                    ptaddr = u32::from(le16(b, off)?);
                    self.l.uint(d::AL_INDEX, ptaddr);
                    2
                }
                3 => {
                    ptaddr = le32(b, off)?;
                    self.l.uint(d::AL_INDEX, ptaddr);
                    4
                }
                4 => {
                    ptaddr = u32::from(u8_at(b, off)?);
                    self.l.uint(d::AL_SIZE, ptaddr);
                    1
                }
                5 => {
                    ptaddr = u32::from(le16(b, off)?);
                    self.l.uint(d::AL_SIZE, ptaddr);
                    2
                }
                6 => {
                    ptaddr = le32(b, off)?;
                    self.l.uint(d::AL_SIZE, ptaddr);
                    4
                }
                _ => 0,
            };
            if empty_obj(obj) {
                expert::add(self.l, &NUM_ITEMS_INVALID, None);
                num = 0;
            }
            data_pos += prefixbytes;
            if !header_only || (4..=6).contains(&prefix) {
                off = self.point(
                    b,
                    obj,
                    oct_len,
                    off,
                    data_pos,
                    prefixbytes,
                    ptaddr,
                    &mut bitindex,
                    item,
                    num,
                )?;
                ptaddr = ptaddr.wrapping_add(1);
            } else {
                off = data_pos;
            }
            if start_offset > off {
                expert::add(self.l, &INVALID_LENGTH, None);
                off = b.len();
            }
            item += 1;
        }
        Ok((off, objtype))
    }

    /// One point of object `obj`: the offset after it.
    #[allow(clippy::too_many_arguments)]
    fn point(
        &mut self,
        b: &[u8],
        obj: u16,
        oct_len: usize,
        off: usize,
        mut p: usize,
        prefixbytes: usize,
        ptaddr: u32,
        bitindex: &mut u32,
        item: i64,
        num: i64,
    ) -> R<usize> {
        use f::dnp3 as d;
        let group = (obj >> 8) as u8;
        if group == 0 {
            let t = u8_at(b, p)?;
            self.l.uint(d::AL_DATATYPE, t);
            p += 1;
            match t {
                1 => {
                    let len = usize::from(u8_at(b, p)?);
                    self.l.uint(d::AL_DA_LENGTH, len as u64);
                    p += 1;
                    let s = get(b, p, len)?;
                    self.l
                        .str(d::AL_DA_VALUE, crate::dissect::wire::ascii(s).into_owned());
                    p += len;
                }
                2..=4 => {
                    let len = u8_at(b, p)?;
                    self.l.uint(d::AL_DA_LENGTH, len);
                    p += 1;
                    match (t, len) {
                        (2, 1) => self.l.uint(d::AL_DA_UINT8, u8_at(b, p)?),
                        (2, 2) => self.l.uint(d::AL_DA_UINT16, le16(b, p)?),
                        (2, 4) => self.l.uint(d::AL_DA_UINT32, le32(b, p)?),
                        (3, 1) => self.l.int(d::AL_DA_INT8, u8_at(b, p)? as i8),
                        (3, 2) => self.l.int(d::AL_DA_INT16, le16(b, p)? as i16),
                        (3, 4) => self.l.int(d::AL_DA_INT32, le32(b, p)? as i32),
                        (4, 4) => {
                            self.float(d::AL_DA_FLOAT, b, p)?;
                        }
                        (4, 8) => {
                            self.double(d::AL_DA_DOUBLE, b, p)?;
                        }
                        _ => {}
                    }
                    let used = match (t, len) {
                        (2 | 3, 1 | 2 | 4) | (4, 4 | 8) => usize::from(len),
                        _ => 0,
                    };
                    p += used;
                }
                _ => {}
            }
            return Ok(p);
        }
        match obj {
            0x0100
            | 0x0200
            | 0x0b00
            | 0x0300
            | 0x0400
            | 0x1400
            | 0x1600
            | 0x1e00
            | 0x2000
            | 0x2200
            | 0x2a00
            | 0x3c01..=0x3c04 => Ok(p),
            0x0101 | 0x0a01 | 0x0c03 | 0x5001 => {
                let v = u8_at(b, p)?;
                let mut bit = v & 1 != 0;
                if obj != 0x5001 {
                    if prefixbytes != 0 {
                        *bitindex = 7;
                    } else {
                        bit = v & (1 << *bitindex) != 0;
                    }
                }
                self.l.boolean(d::AL_BIT, bit);
                *bitindex += 1;
                if *bitindex > 7 || item == num - 1 {
                    *bitindex = 0;
                    Ok(off + prefixbytes + 1)
                } else {
                    Ok(off)
                }
            }
            0x0301 => {
                let mut off = off;
                if *bitindex > 3 {
                    *bitindex = 0;
                    off += prefixbytes + 1;
                }
                let v = u8_at(b, off)?;
                self.l.uint(d::AL_2BIT, (v >> (*bitindex << 1)) & 3);
                if item == num - 1 {
                    off += prefixbytes + 1;
                }
                *bitindex += 1;
                Ok(off)
            }
            0x0102 | 0x0201 | 0x0a02 | 0x0b01 | 0x0302 | 0x0401 => {
                let q = if matches!(obj, 0x0a02 | 0x0b01) {
                    Quality::BinOut
                } else {
                    Quality::BinIn
                };
                self.flags(b, p, q)
            }
            0x0202 | 0x0b02 | 0x0402 => {
                let q = if obj == 0x0b02 {
                    Quality::BinOut
                } else {
                    Quality::BinIn
                };
                p = self.flags(b, p, q)?;
                self.timestamp(b, p)
            }
            0x0203 | 0x0403 => {
                p = self.flags(b, p, Quality::BinIn)?;
                let rel = le16(b, p)?;
                self.l.push(
                    d::AL_RELTIMESTAMP,
                    Value::rel_time(i64::from(rel) * 1_000_000),
                );
                Ok(p + 2)
            }
            0x0c01 | 0x0c02 => {
                let c = u8_at(b, p)?;
                self.l.uint(d::CTL_OP, c & 0x0f);
                self.l.uint(d::CTL_CLR, (c & 0x30) >> 4);
                self.l.uint(d::CTL_TRIP, (c & 0xc0) >> 6);
                p += 1;
                self.l.uint(d::AL_COUNT, u8_at(b, p)?);
                p += 1;
                self.l.uint(d::AL_ON_TIME, le32(b, p)?);
                p += 4;
                self.l.uint(d::AL_OFF_TIME, le32(b, p)?);
                p += 4;
                self.l.uint(d::AL_CTRLSTATUS, u8_at(b, p)? & 0x7f);
                Ok(p + 1)
            }
            0x0d01 | 0x0d02 | 0x2b01..=0x2b08 => {
                let s = u8_at(b, p)?;
                self.l.uint(d::AL_CTRLSTATUS, s & 0x7f);
                match obj {
                    0x0d01 | 0x0d02 => {
                        self.l.boolean(d::AL_BOCS, s & 0x80 != 0);
                        p += 1;
                    }
                    0x2b01 | 0x2b03 => {
                        p += 1;
                        // As tshark: the value is read but the offset kept.
                        self.int32(d::AL_ANAOUT_INT, b, p)?;
                    }
                    0x2b02 | 0x2b04 => p = self.int16(d::AL_ANAOUT_INT, b, p + 1)?,
                    0x2b05 | 0x2b07 => p = self.float(d::AL_ANAOUT_FLOAT, b, p + 1)?,
                    _ => p = self.double(d::AL_ANAOUT_DOUBLE, b, p + 1)?,
                }
                if matches!(obj, 0x0d02 | 0x2b03 | 0x2b04 | 0x2b07 | 0x2b08) {
                    p = self.timestamp(b, p)?;
                }
                Ok(p)
            }
            0x2901..=0x2904 => {
                p = match obj {
                    0x2901 => self.int32(d::AL_ANAOUT_INT, b, p)?,
                    0x2902 => self.int16(d::AL_ANAOUT_INT, b, p)?,
                    0x2903 => self.float(d::AL_ANAOUT_FLOAT, b, p)?,
                    _ => self.double(d::AL_ANAOUT_DOUBLE, b, p)?,
                };
                self.l.uint(d::AL_CTRLSTATUS, u8_at(b, p)? & 0x7f);
                Ok(p + 1)
            }
            0x1401..=0x1408 | 0x1501..=0x150c | 0x1601..=0x1608 | 0x1701..=0x1708 => {
                let nf = matches!(obj, 0x1405..=0x1408 | 0x1509..=0x150c);
                if !nf {
                    p = self.flags(b, p, Quality::Counter)?;
                }
                let var = obj & 0xff;
                let g = obj >> 8;
                let is32 = match g {
                    0x14 | 0x16 | 0x17 => var % 2 == 1,
                    _ => matches!(var, 1 | 3 | 5 | 7 | 9 | 11),
                };
                if is32 {
                    self.l.uint(d::AL_CNT, le32(b, p)?);
                    p += 4;
                } else {
                    self.l.uint(d::AL_CNT, le16(b, p)?);
                    p += 2;
                }
                let timed = match g {
                    0x15 => matches!(var, 5..=8),
                    0x16 | 0x17 => var >= 5,
                    _ => false,
                };
                if timed {
                    p = self.timestamp(b, p)?;
                }
                Ok(p)
            }
            0x1e01..=0x1e06
            | 0x1f07
            | 0x1f08
            | 0x2001..=0x2008
            | 0x2105..=0x2108
            | 0x2201..=0x2203 => {
                if !matches!(obj, 0x1e03 | 0x1e04 | 0x2201..=0x2203) {
                    p = self.flags(b, p, Quality::AnaIn)?;
                }
                p = match obj {
                    0x1e01 | 0x1e03 | 0x2001 | 0x2003 | 0x2202 => {
                        self.int32(d::AL_ANA_INT, b, p)?
                    }
                    0x1e02 | 0x1e04 | 0x2002 | 0x2004 | 0x2201 => {
                        self.int16(d::AL_ANA_INT, b, p)?
                    }
                    0x1e05 | 0x1f07 | 0x2005 | 0x2007 | 0x2105 | 0x2107 | 0x2203 => {
                        self.float(d::AL_ANA_FLOAT, b, p)?
                    }
                    _ => self.double(d::AL_ANA_DOUBLE, b, p)?,
                };
                if matches!(obj, 0x2003 | 0x2004 | 0x2007 | 0x2008 | 0x2107 | 0x2108) {
                    p = self.timestamp(b, p)?;
                }
                Ok(p)
            }
            0x2801..=0x2804 | 0x2a01..=0x2a08 => {
                p = self.flags(b, p, Quality::AnaOut)?;
                p = match obj {
                    0x2801 | 0x2a01 | 0x2a03 => self.int32(d::AL_ANAOUT_INT, b, p)?,
                    0x2802 | 0x2a02 | 0x2a04 => self.int16(d::AL_ANAOUT_INT, b, p)?,
                    0x2803 | 0x2a05 | 0x2a07 => self.float(d::AL_ANAOUT_FLOAT, b, p)?,
                    _ => self.double(d::AL_ANAOUT_DOUBLE, b, p)?,
                };
                if matches!(obj, 0x2a03 | 0x2a04 | 0x2a07 | 0x2a08) {
                    p = self.timestamp(b, p)?;
                }
                Ok(p)
            }
            0x3201 | 0x3203 | 0x3301 => {
                let t = time48(b, p)?;
                self.l.push(d::AL_TIMESTAMP, ms_time(t));
                // A CTO (0x3301) only names the absolute time of the
                // relative times after it in their labels, not shown.
                Ok(p + 6)
            }
            0x3402 => {
                self.l.uint(d::AL_TIME_DELAY, le16(b, p)?);
                Ok(p + 2)
            }
            0x4603 => {
                self.l.uint(d::AL_FILE_STRING_OFFSET, le16(b, p)?);
                p += 2;
                let name_len = usize::from(le16(b, p)?);
                self.l.uint(d::AL_FILE_STRING_LENGTH, name_len as u64);
                p += 2;
                let mode = le16(b, p + 16)?;
                if mode == 2 {
                    self.timestamp(b, p)?;
                }
                p += 6;
                if mode == 2 {
                    // tshark reads the permissions at the point's start.
                    let perms = le16(b, off)?;
                    self.l.uint(d::AL_FILE_PERMS, perms);
                    for (def, bit) in [
                        (d::AL_FILE_PERMS_READ_OWNER, 0x100),
                        (d::AL_FILE_PERMS_WRITE_OWNER, 0x80),
                        (d::AL_FILE_PERMS_EXEC_OWNER, 0x40),
                        (d::AL_FILE_PERMS_READ_GROUP, 0x20),
                        (d::AL_FILE_PERMS_WRITE_GROUP, 0x10),
                        (d::AL_FILE_PERMS_EXEC_GROUP, 0x8),
                        (d::AL_FILE_PERMS_READ_WORLD, 0x4),
                        (d::AL_FILE_PERMS_WRITE_WORLD, 0x2),
                        (d::AL_FILE_PERMS_EXEC_WORLD, 0x1),
                    ] {
                        self.l.boolean(def, perms & bit != 0);
                    }
                }
                p += 2;
                self.l.uint(d::AL_FILE_AUTH, le32(b, p)?);
                p += 4;
                if mode == 2 || mode == 3 {
                    self.l.uint(d::AL_FILE_SIZE, le32(b, p)?);
                }
                p += 4;
                self.l.uint(d::AL_FILE_MODE, le16(b, p)?);
                p += 2;
                self.l.uint(d::AL_FILE_MAXBLOCK, le16(b, p)?);
                p += 2;
                self.l.uint(d::AL_FILE_REQID, le16(b, p)?);
                p += 2;
                if name_len > 0 {
                    let s = get(b, p, name_len)?;
                    self.l
                        .str(d::AL_FILE_NAME, crate::dissect::wire::ascii(s).into_owned());
                }
                Ok(p + name_len)
            }
            0x4604..=0x4606 => {
                self.l.uint(d::AL_FILE_HANDLE, le32(b, p)?);
                p += 4;
                if obj == 0x4604 {
                    self.l.uint(d::AL_FILE_SIZE, le32(b, p)?);
                    p += 4;
                    self.l.uint(d::AL_FILE_MAXBLOCK, le16(b, p)?);
                    p += 2;
                    self.l.uint(d::AL_FILE_REQID, le16(b, p)?);
                    p += 2;
                } else {
                    let v = le32(b, p)?;
                    self.l.uint(d::AL_FILE_BLOCKNUM, v & 0x7fff_ffff);
                    self.l.boolean(d::AL_FILE_LASTBLOCK, v & 0x8000_0000 != 0);
                    p += 4;
                }
                if obj != 0x4605 {
                    self.l.uint(d::AL_FILE_STATUS, u8_at(b, p)?);
                    p += 1;
                }
                let used = p - off - prefixbytes;
                let size = (ptaddr as usize).wrapping_sub(used) as u32;
                if size > 0 {
                    let s = get(b, p, size as usize)?;
                    self.l
                        .push(d::AL_FILE_DATA, Value::Bytes(Cow::Owned(s.to_vec())));
                    p += size as usize;
                }
                Ok(p)
            }
            0x6e00 | 0x6f00 => {
                if oct_len > 0 {
                    let s = get(b, p, oct_len)?;
                    self.l
                        .push(d::AL_OCTET_STRING, Value::Bytes(Cow::Owned(s.to_vec())));
                    p += oct_len;
                }
                Ok(p)
            }
            _ => {
                let s = b.get(off..).unwrap_or_default();
                self.l.push(
                    d::AL_UNKNOWN_DATA_CHUNK,
                    Value::Bytes(Cow::Owned(s.to_vec())),
                );
                Ok(b.len())
            }
        }
    }
}

/// Both sides of one TCP conversation.
pub struct Dnp3Stream {
    frame: u64,
    framer: PduFramer,
    /// Each side's fragments being reassembled.
    reasm: [Reassembly; 2],
}

impl Default for Dnp3Stream {
    fn default() -> Self {
        Dnp3Stream {
            frame: 0,
            // The first PDU of a one-more-segment call shows all the bytes
            // TCP reassembled for it (`tcp.reassembled.length`).
            framer: PduFramer::new(Options {
                whole_one_more: true,
                ..Options::default()
            }),
            reasm: Default::default(),
        }
    }
}

/// One call of `dissect_dnp3_tcp` on `b`: its PDUs' layers with their
/// spans in `b`.
fn call(b: &[u8], cut: bool, frame: u64, reasm: &mut Reassembly, out: &mut Pdus) -> End {
    if !header_ok(b) {
        return End::Refused;
    }
    let mut at = 0;
    while at < b.len() {
        let rest = &b[at..];
        if rest.len() < HDR_LEN {
            return End::More(at, Want::OneMoreSegment);
        }
        let len = message_len(rest[2]);
        if len < HDR_LEN {
            // tcp_dissect_pdus: a PDU shorter than its fixed part is a
            // bogus length; the call ends there.
            let mut l = Layer::new(Osi::Application, "dnp3", 0..0);
            if at == 0 {
                l.present(f::dnp3::OSIDUMP_CALL);
            }
            l.read_past_end("dnp3", format!("DNP 3.0 PDU length {len} below 10"), false);
            out.push((l, at, b.len()));
            return End::Done;
        }
        if rest.len() < len {
            if cut {
                // TCP reassembles no segment the capture cut: the PDU is
                // read from what was captured.
                let l = message(rest, frame, reasm, at == 0, Past::Cut);
                out.push((l, at, b.len()));
                return End::Done;
            }
            return End::More(at, Want::Total(len));
        }
        let l = message(&rest[..len], frame, reasm, at == 0, Past::Malformed);
        out.push((l, at, at + len));
        at += len;
    }
    End::Done
}

impl StreamDecoder for Dnp3Stream {
    fn protocol(&self) -> &'static str {
        "dnp3"
    }

    /// tshark's check is on each call's first bytes: a segment at a time.
    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.framer.set_snap_cut(cut);
    }

    fn heap_bytes(&self) -> usize {
        self.framer.heap_bytes() + self.reasm.iter().map(Reassembly::heap_bytes).sum::<usize>()
    }

    fn holds_partial(&self, _dir: Dir) -> bool {
        false
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn refused(&self, dir: Dir) -> bool {
        self.framer.refused(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let (frame, reasm) = (self.frame, &mut self.reasm[dir.index()]);
        // A refused segment is left to TCP (`refused`).
        let _ = self.framer.feed(dir, offset, data, out, |_, b, cut, pdus| {
            call(b, cut > 0, frame, reasm, pdus)
        });
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(Dnp3Stream::default())
}

/// DNP 3.0 over UDP: `udp_dissect_pdus`, the PDUs of a datagram one
/// after another; fragments reassembled per direction.
#[derive(Default)]
struct Datagrams {
    dirs: HashMap<(ConvKey, u16), Reassembly>,
}

impl DatagramDecoder for Datagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        let b = d.payload;
        if b.is_empty() {
            return;
        }
        // udp_dissect_pdus throws on a PDU length below the header's
        // (before DNP 3.0 is in the tree): the datagram is data.
        let bogus = b.len() >= 3 && message_len(b[2]) < HDR_LEN;
        if !header_ok(b) || bogus {
            let mut l = crate::dissect::data::layer_of(Osi::Application, b, d.at..d.at + b.len());
            if bogus {
                l.read_past_end("dnp3", "DNP 3.0 PDU length below 10".into(), false);
            }
            out.push(l);
            return;
        }
        if d.memory_pressed || self.dirs.len() >= MAX_UDP_DIRECTIONS {
            self.dirs.clear();
        }
        let reasm = self.dirs.entry((d.conv, d.sport)).or_default();
        let mut at = 0;
        while at < b.len() {
            let rest = &b[at..];
            let want = if rest.len() >= 3 {
                message_len(rest[2])
            } else {
                rest.len()
            };
            if want < HDR_LEN {
                break;
            }
            let len = want.min(rest.len());
            let past = match (want > len, d.cut) {
                (false, _) => Past::Malformed,
                (true, true) => Past::Cut,
                (true, false) => Past::Contained,
            };
            let mut l = message(&rest[..len], d.frame, reasm, at == 0, past);
            l.span = d.at + at..d.at + at + len;
            out.push(l);
            at += len;
        }
    }

    fn heap_bytes(&self) -> usize {
        self.dirs.values().map(Reassembly::heap_bytes).sum()
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Datagrams::default())
}

/// tshark's Info column after the frame's DNP 3.0 PDUs: each PDU clears
/// what follows the fence and writes its link text; a whole application
/// message clears again, writes its function, fences it and appends its
/// objects. Written once, by the frame's last DNP 3.0 layer.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let ours = |l: &Layer<'_>| l.protocol == "dnp3";
    if layers.get(i).is_none_or(|l| !ours(l)) || layers[i + 1..].iter().any(ours) {
        return;
    }
    // The frame's last exception's note is left to the line view, which
    // adds it at the end.
    let last_thrown = layers.iter().rposition(|l| l.thrown.is_some());
    let mut col = String::new();
    let mut fence = 0usize;
    for (k, l) in layers.iter().enumerate().filter(|(_, l)| ours(l)) {
        if l.has(f::dnp3::OSIDUMP_CALL) {
            fence = col.len();
        }
        col.truncate(fence);
        if let Some(t) = l.get_str(f::dnp3::OSIDUMP_INFO) {
            col.push_str(t);
        }
        if let Some(t) = l.get_str(f::dnp3::OSIDUMP_AL_INFO) {
            col.truncate(fence);
            if !col.is_empty() {
                col.push_str(", ");
            }
            col.push_str(t);
            fence = col.len();
            if let Some(m) = l.get_str(f::dnp3::OSIDUMP_AL_MORE) {
                col.push_str(m);
            }
        }
        if let Some(t) = l.thrown.as_deref()
            && Some(k) != last_thrown
        {
            col.push_str(match t.kind {
                AnomalyKind::Truncated => "[Packet size limited during capture]",
                _ => "[Malformed Packet]",
            });
        }
    }
    out.push_str(&col);
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::dnp3::OSIDUMP_AL_INFO) {
        out.push_str(s);
        if let Some(m) = l.get_str(f::dnp3::OSIDUMP_AL_MORE) {
            out.push_str(m);
        }
    } else if let Some(s) = l.get_str(f::dnp3::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "dnp3",
    also: &[],
    title: "Distributed Network Protocol 3.0",
    osi: Osi::Application,
    fields: f::dnp3::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "DNP 3.0"),
    app: Some(AppSpec {
        decode_as: &["dnp3"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        // tshark 4.0's DNP 3.0 heuristics (TCP and UDP) are off by
        // default: port 20000 (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};
