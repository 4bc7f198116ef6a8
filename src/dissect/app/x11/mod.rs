//! The X Window System's core protocol over TCP (ports 6000 to 6063) as
//! tshark 4.0's `packet-x11.c` shows it.
//!
//! The client's side carries requests, the server's (the side whose port
//! is the one tshark's TCP matched: the lower of the two when it is in
//! the range) replies, events and errors. Each call of the dissector gets
//! a segment's bytes, or what TCP reassembled because the previous call
//! asked for more, and reads message after message from it: a request by
//! its length in 4-byte words (or an initial connection request, `B` or
//! `l` first on a connection that sent nothing yet), a reply by its
//! length, an event or an error as 32 bytes. A message the bytes there do
//! not hold asks TCP for the rest (not in a segment the snap length cut:
//! that one is read as far as it was captured, and the first read past
//! its end ends the call, `[Packet size limited during capture]`).
//!
//! Byte order: the initial connection request's, else guessed on each
//! call of the client's side as tshark's `guess_byte_ordering` guesses it
//! (the lengths of the requests checked against what each opcode allows,
//! in both orders), and kept once one order fits and the other does not;
//! the server's side is read little-endian until it is known.
//!
//! Replies are matched to the request of their sequence number: each
//! request the conversation shows counts one, from 0 at the initial
//! connection request, or from the first reply's number when that
//! request was not seen (tshark's resynchronisation). A reply to a request
//! not seen is `Reply: to unknown request`.
//!
//! What is decoded: the header fields of every message; the initial
//! connection request, and its reply up to the vendor (or a refusal's
//! reason; the pixmap formats and screens are left out); the fields of the
//! requests CreatePixmap, FreeGC, ChangeProperty, ChangeWindowAttributes
//! (the values of the event masks without their flags), GetProperty,
//! DeleteProperty, GetInputFocus, TranslateCoordinates, PolyFillRectangle,
//! GetImage and the requests that carry one window, drawable or atom or
//! nothing; the replies of TranslateCoordinates, GetProperty, InternAtom,
//! GetGeometry, GetSelectionOwner, GetInputFocus and QueryExtension (and the undecoded
//! body tshark shows for the others); every core event; errors. Other
//! requests show their opcode and length; an extension's opcode (128 and
//! up) its number, `<Unknown opcode 158>`, as tshark shows it without the
//! QueryExtension reply.
//!
//! The promise: no input makes this module panic or loop; a side holds at
//! most one message (up to [`MAX_HELD`] bytes) while it waits for the rest,
//! and a conversation remembers at most [`MAX_PENDING`] requests awaiting
//! their reply.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Origin, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

/// X11's TCP ports as Wireshark binds them (display 0 to 63).
pub const FIRST_PORT: u16 = 6000;
pub const LAST_PORT: u16 = 6063;

pub static PORTS: [u16; 64] = {
    let mut p = [0u16; 64];
    let mut i = 0;
    while i < 64 {
        p[i] = FIRST_PORT + i as u16;
        i += 1;
    }
    p
};

/// Longest message a side holds while TCP brings the rest: past it the
/// side lets go (and reads on from what comes next).
pub const MAX_HELD: usize = 1 << 20;
/// Requests a conversation remembers for their replies; the oldest goes
/// first.
pub const MAX_PENDING: usize = 4096;

ei!(
    REQUEST_LENGTH_INVALID,
    f::x11::REQUEST_LENGTH_INVALID,
    Protocol,
    Warn
);

/// What the sequence-number table holds besides opcodes (tshark's).
const NOTHING_SEEN: i32 = -3;
const INITIAL_CONN: i32 = -1;
const UNKNOWN_OPCODE: i32 = 0;

/// An exception: a read past the captured bytes of a segment the snap
/// length cut (tshark's BoundsError, which ends the call) or past the
/// message's own length (caught: the call reads on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exc {
    Short,
    Malformed,
}

type R<T> = Result<T, Exc>;

/// Bytes of one message (or of one call): those captured (`b`) of the
/// `wire` bytes the segment carried from its start, of its `len`.
#[derive(Clone, Copy)]
struct Pdu<'a> {
    b: &'a [u8],
    wire: usize,
    len: usize,
    le: bool,
}

impl<'a> Pdu<'a> {
    fn get(&self, at: usize, n: usize) -> R<&'a [u8]> {
        let end = at.checked_add(n).ok_or(Exc::Malformed)?;
        if end <= self.b.len() {
            Ok(&self.b[at..end])
        } else if end <= self.wire.min(self.len) {
            Err(Exc::Short)
        } else {
            Err(Exc::Malformed)
        }
    }
    fn u8(&self, at: usize) -> R<u8> {
        Ok(self.get(at, 1)?[0])
    }
    fn u16(&self, at: usize) -> R<u16> {
        let b = self.get(at, 2)?;
        Ok(if self.le {
            u16::from_le_bytes([b[0], b[1]])
        } else {
            u16::from_be_bytes([b[0], b[1]])
        })
    }
    fn u32(&self, at: usize) -> R<u32> {
        let b = self.get(at, 4)?;
        Ok(if self.le {
            u32::from_le_bytes([b[0], b[1], b[2], b[3]])
        } else {
            u32::from_be_bytes([b[0], b[1], b[2], b[3]])
        })
    }
}

/// Reads fields one after the other into a layer.
struct Cur<'p, 'l> {
    p: Pdu<'p>,
    at: usize,
    l: &'l mut Layer<'static>,
}

impl Cur<'_, '_> {
    /// An integer field of `n` bytes, signed when the field is.
    fn num(&mut self, def: &'static FieldDef, n: usize) -> R<u32> {
        let v = match n {
            1 => u32::from(self.p.u8(self.at)?),
            2 => u32::from(self.p.u16(self.at)?),
            _ => self.p.u32(self.at)?,
        };
        match def.ftype {
            FieldType::Int8 | FieldType::Int16 | FieldType::Int32 => {
                let s = match n {
                    1 => i64::from(v as u8 as i8),
                    2 => i64::from(v as u16 as i16),
                    _ => i64::from(v as i32),
                };
                self.l.int(def, s);
            }
            FieldType::Boolean => self.l.boolean(def, v != 0),
            _ => self.l.uint(def, v),
        }
        self.at += n;
        Ok(v)
    }
    fn c8(&mut self, def: &'static FieldDef) -> R<u32> {
        self.num(def, 1)
    }
    fn c16(&mut self, def: &'static FieldDef) -> R<u32> {
        self.num(def, 2)
    }
    fn c32(&mut self, def: &'static FieldDef) -> R<u32> {
        self.num(def, 4)
    }
    /// `unused` or `undecoded` bytes: a label, which reads nothing.
    fn skip(&mut self, def: &'static FieldDef, n: usize) {
        self.l.present(def);
        self.at = self.at.saturating_add(n);
    }
    fn unused(&mut self, n: usize) {
        self.skip(f::x11::UNUSED, n);
    }
    /// What is left of the message, as tshark ends every one.
    fn rest_undecoded(&mut self) {
        if self.p.len > self.at {
            let n = self.p.len - self.at;
            self.skip(f::x11::UNDECODED, n);
        }
    }
    /// A 16-bit key and button mask (tshark's `setOfKeyButMask` of
    /// events).
    fn keybut_mask(&mut self) -> R<()> {
        use f::x11 as x;
        let v = self.p.u16(self.at)?;
        self.l.uint(x::MODIFIERS_MASK, v);
        let flags: [(&'static FieldDef, u16); 13] = [
            (x::MODIFIERS_MASK_SHIFT, 0x1),
            (x::MODIFIERS_MASK_LOCK, 0x2),
            (x::MODIFIERS_MASK_CONTROL, 0x4),
            (x::MODIFIERS_MASK_MOD1, 0x8),
            (x::MODIFIERS_MASK_MOD2, 0x10),
            (x::MODIFIERS_MASK_MOD3, 0x20),
            (x::MODIFIERS_MASK_MOD4, 0x40),
            (x::MODIFIERS_MASK_MOD5, 0x80),
            (x::MODIFIERS_MASK_BUTTON1, 0x100),
            (x::MODIFIERS_MASK_BUTTON2, 0x200),
            (x::MODIFIERS_MASK_BUTTON3, 0x400),
            (x::MODIFIERS_MASK_BUTTON4, 0x800),
            (x::MODIFIERS_MASK_BUTTON5, 0x1000),
        ];
        for (def, bit) in flags {
            self.l.boolean(def, v & bit != 0);
        }
        if v & 0xe000 != 0 {
            self.l.boolean(x::KEYBUT_MASK_ERRONEOUS_BITS, true);
        }
        self.at += 2;
        Ok(())
    }
}

// ---------------------------------------------------------------------
// Byte order (tshark's guess_byte_ordering)

fn v16(b: &[u8], at: usize, le: bool) -> Option<u32> {
    let x = b.get(at..at.checked_add(2)?)?;
    Some(u32::from(if le {
        u16::from_le_bytes([x[0], x[1]])
    } else {
        u16::from_be_bytes([x[0], x[1]])
    }))
}

fn v32(b: &[u8], at: usize, le: bool) -> Option<u64> {
    let x = b.get(at..at.checked_add(4)?)?;
    Some(u64::from(if le {
        u32::from_le_bytes([x[0], x[1], x[2], x[3]])
    } else {
        u32::from_be_bytes([x[0], x[1], x[2], x[3]])
    }))
}

fn exists(b: &[u8], at: usize, n: usize) -> bool {
    at.checked_add(n).is_some_and(|e| e <= b.len())
}

fn bits_set(b: &[u8], at: usize, n: usize) -> u32 {
    b.get(at..at + n)
        .map_or(0, |x| x.iter().map(|c| c.count_ones()).sum())
}

fn rounded4(n: u64) -> u64 {
    n.div_ceil(4)
}

fn strings_consistent(b: &[u8], mut at: usize, mut length: i64, mut count: u32) -> bool {
    if i64::from(count) > length {
        return false;
    }
    while count > 0 {
        count -= 1;
        let Some(&l) = b.get(at) else {
            return true;
        };
        if l == 0 {
            break;
        }
        let l = usize::from(l) + 1;
        if l as i64 > length {
            return false;
        }
        if !exists(b, at, l) {
            return true;
        }
        at += l;
        length -= l as i64;
    }
    length <= 3
}

/// Whether a request of `length` words at `at` fits its opcode (tshark's
/// `consistentWithOrder`; its reads at fixed offsets of the call's bytes,
/// not the request's, kept).
fn consistent(length: u32, b: &[u8], at: usize, le: bool) -> bool {
    let len = u64::from(length);
    let g8 = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
    let g16 = |i: usize| u64::from(v16(b, i, le).unwrap_or(0));
    match b.get(at).copied().unwrap_or(0) {
        1 => !exists(b, at, 32) || len == 8 + u64::from(bits_set(b, at + 28, 4)),
        2 | 56 => !exists(b, at, 12) || len == 3 + u64::from(bits_set(b, at + 8, 4)),
        3 | 4 | 5 | 6 | 8 | 9 | 10 | 11 | 13 | 14 | 15 | 17 | 21 | 23 | 27 | 32 | 35 | 38 | 46
        | 47 | 54 | 60 | 79 | 81 | 82 | 83 | 95 | 101 | 113 => len == 2,
        7 | 22 | 30 | 31 | 33 | 39 | 40 | 53 | 57 | 61 | 78 | 84 | 87 => len == 4,
        12 => !exists(b, at, 10) || len == 3 + u64::from(bits_set(b, at + 8, 2)),
        16 | 98 => !exists(b, at, 6) || len == 2 + rounded4(g16(at + 4)),
        18 => {
            if !exists(b, at, 17) {
                return true;
            }
            let ty = g8(16);
            if ty != 8 && ty != 16 && ty != 32 {
                return false;
            }
            let mult = match ty {
                8 => 1,
                16 => 2,
                _ => 4,
            };
            if !exists(b, at, 24) {
                return true;
            }
            let n = v32(b, at + 20, le).unwrap_or(0);
            // tshark multiplies in 32 bits.
            len == 6 + rounded4((n * mult) & 0xffff_ffff)
        }
        19 | 29 | 34 | 42 | 80 | 86 | 97 | 105 | 107 => len == 3,
        20 | 24 | 26 | 28 | 41 => len == 6,
        25 => len == 11,
        36 | 37 | 43 | 44 | 52 | 99 | 103 | 104 | 106 | 108 | 110 | 111 | 112 | 115 | 117 | 119 => {
            len == 1
        }
        45 | 85 | 92 => !exists(b, at, 10) || len == 3 + rounded4(g16(at + 8)),
        48 => len >= 2,
        49 | 50 | 109 => !exists(b, at, 8) || len == 2 + rounded4(g16(at + 6)),
        51 => {
            if len < 2 {
                return false;
            }
            if !exists(b, at, 8) {
                return true;
            }
            strings_consistent(b, at + 8, (len as i64 - 2) * 4, g16(at + 4) as u32)
        }
        55 => !exists(b, at, 16) || len == 4 + u64::from(bits_set(b, at + 12, 4)),
        58 => !exists(b, at, 12) || len == 3 + rounded4(g16(at + 10)),
        59 | 66 | 67 | 70 => len >= 3 && (len - 3) % 2 == 0,
        62 => len == 7,
        63 | 93 | 94 => len == 8,
        64 | 65 | 88 => len >= 3,
        68 | 71 => len >= 3 && (len - 3) % 3 == 0,
        69 | 76 => len >= 4,
        72 => len >= 6,
        73 | 96 => len == 5,
        74 | 75 | 77 => len >= 4,
        89 => len > 2 && (len - 2) % 3 == 0,
        90 => !exists(b, at, 14) || len == 4 + rounded4(g16(at + 12)),
        91 => len >= 2,
        100 => !exists(b, at, 6) || len == 2 + g8(1) * g8(5),
        102 => !exists(b, at, 6) || len == 2 + u64::from(bits_set(b, at + 4, 2)),
        114 => !exists(b, at, 10) || len == 3 + g16(at + 8),
        116 => len == 1 + rounded4(g8(1)),
        118 => len == 1 + g8(1) * 2,
        127 => len >= 1,
        _ => true,
    }
}

/// -1: a request does not fit; 1: all fit; 0: nothing to judge.
fn endian_match(b: &[u8], le: bool) -> i32 {
    let mut at = 0usize;
    let mut one = 0;
    while exists(b, at, 4) {
        let Some(length) = v16(b, at + 2, le) else {
            break;
        };
        if length == 0 {
            return -1;
        }
        if !consistent(length, b, at, le) {
            return -1;
        }
        one = 1;
        at += length as usize * 4;
    }
    one
}

// ---------------------------------------------------------------------
// Conversation state

/// What the conversation remembers (tshark's `x11_conv_data_t`, the parts
/// the decoded messages need).
struct State {
    /// Sequence number -> opcode of the request awaiting its reply.
    seqtable: HashMap<i64, i32>,
    order: VecDeque<i64>,
    sequencenumber: i64,
    iconn_frame: u64,
    iconn_reply: u64,
    /// Known byte order: `Some(true)` little-endian.
    byte_order: Option<bool>,
    resync: bool,
}

impl Default for State {
    fn default() -> Self {
        let mut s = State {
            seqtable: HashMap::new(),
            order: VecDeque::new(),
            sequencenumber: 0,
            iconn_frame: 0,
            iconn_reply: 0,
            byte_order: None,
            resync: false,
        };
        s.insert(0, NOTHING_SEEN);
        s
    }
}

impl State {
    fn insert(&mut self, seq: i64, v: i32) {
        if self.seqtable.insert(seq, v).is_none() {
            self.order.push_back(seq);
            while self.order.len() > MAX_PENDING {
                if let Some(old) = self.order.pop_front() {
                    self.seqtable.remove(&old);
                }
            }
        }
    }
    fn lookup(&self, seq: i64) -> i32 {
        self.seqtable.get(&seq).copied().unwrap_or(UNKNOWN_OPCODE)
    }
    fn guess(&mut self, b: &[u8], reply: bool) -> bool {
        if let Some(le) = self.byte_order {
            return le;
        }
        if reply {
            return true;
        }
        let le = endian_match(b, true);
        let be = endian_match(b, false);
        let decision = if le == be {
            match (v16(b, 2, true), v16(b, 2, false)) {
                (Some(l), Some(bi)) => l <= bi,
                _ => true,
            }
        } else {
            le >= be
        };
        if (le < 0 && be > 0) || (le > 0 && be < 0) {
            self.byte_order = Some(decision);
        }
        decision
    }
}

// ---------------------------------------------------------------------
// The decoder

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Want {
    #[default]
    Nothing,
    OneMoreSegment,
    Total(usize),
}

#[derive(Default)]
struct Side {
    held: Vec<u8>,
    want: Want,
    base: u64,
}

#[derive(Default)]
pub struct X11Decoder {
    sides: [Side; 2],
    cut: u64,
    frame: u64,
    ports: (u16, u16),
    /// The side whose source port is the one tshark matched: the server's.
    server: Option<Dir>,
    state: State,
}

enum End {
    Done,
    More(usize, Want),
}

/// The layers of one call, with the span of the call's bytes each covers.
type Out = Vec<(Layer<'static>, usize, usize)>;

fn in_range(p: u16) -> bool {
    (FIRST_PORT..=LAST_PORT).contains(&p)
}

impl StreamDecoder for X11Decoder {
    fn protocol(&self) -> &'static str {
        "x11"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>()
            + self.state.seqtable.capacity() * 24
            + self.state.order.capacity() * 8
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want != Want::Nothing
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if self.server.is_none() {
            let (src, dst) = self.ports;
            let (lo, hi) = (src.min(dst), src.max(dst));
            let matched = if in_range(lo) { lo } else { hi };
            self.server = Some(if src == matched {
                dir
            } else {
                match dir {
                    Dir::Client => Dir::Server,
                    Dir::Server => Dir::Client,
                }
            });
        }
        let reply = self.server == Some(dir);
        let side = dir.index();
        let cut = std::mem::take(&mut self.cut);
        let mut pos = 0usize;
        if self.sides[side].want != Want::Nothing {
            let s = &mut self.sides[side];
            let take = match s.want {
                Want::OneMoreSegment => data.len(),
                Want::Total(n) => n.saturating_sub(s.held.len()).min(data.len()),
                Want::Nothing => 0,
            };
            s.held.extend_from_slice(&data[..take]);
            pos = take;
            let done = match s.want {
                Want::Total(n) => s.held.len() >= n,
                _ => true,
            };
            if !done {
                return;
            }
            let held = std::mem::take(&mut s.held);
            let base = s.base;
            // Held bytes and the whole next segment: tshark's TCP
            // reassembled them as one PDU (its `tcp.reassembled.length`).
            let whole = s.want == Want::OneMoreSegment;
            s.want = Want::Nothing;
            self.run(side, reply, base, &held, 0, Some(whole), out);
        }
        if pos < data.len() && self.sides[side].want == Want::Nothing {
            self.run(
                side,
                reply,
                offset + pos as u64,
                &data[pos..],
                cut,
                None,
                out,
            );
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.want = Want::Nothing;
    }
}

impl X11Decoder {
    pub fn new() -> Self {
        Self::default()
    }

    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        side: usize,
        reply: bool,
        base: u64,
        buf: &[u8],
        cut: u64,
        reassembled: Option<bool>,
        out: &mut Vec<Message>,
    ) {
        let mut layers: Out = Vec::new();
        let end = if reply {
            self.replies(buf, cut, &mut layers)
        } else {
            self.requests(buf, cut, &mut layers)
        };
        if let End::More(at, want) = end {
            let s = &mut self.sides[side];
            let rest = buf.get(at..).unwrap_or(&[]);
            if rest.len() <= MAX_HELD
                && matches!(want, Want::OneMoreSegment | Want::Total(0..=MAX_HELD))
            {
                s.base = base + at as u64;
                s.held.clear();
                s.held.extend_from_slice(rest);
                s.want = want;
            }
        }
        if let Some((l, _, _)) = layers.first_mut() {
            l.present(f::x11::OSIDUMP_CALL);
        }
        for (mut l, from, to) in layers {
            if reassembled.is_some() {
                l.origin = Origin::Elsewhere;
            }
            let to = if reassembled == Some(true) && from == 0 {
                buf.len()
            } else {
                to
            };
            let to = to.max(from + 1).min(buf.len().max(from + 1));
            out.push(Message {
                layer: l,
                stream_offset: base + from as u64,
                stream_end: base + to as u64,
                event: None,
            });
        }
    }

    /// One call on the client's bytes (tshark's `dissect_x11_requests`).
    fn requests(&mut self, buf: &[u8], cut: u64, layers: &mut Out) -> End {
        let captured = buf.len();
        let reported = captured.saturating_add(usize::try_from(cut).unwrap_or(usize::MAX));
        let can_desegment = cut == 0;
        let mut off = 0usize;
        let mut first = true;
        while off < reported {
            let remaining = reported - off;
            if can_desegment && remaining < 4 {
                return End::More(off, Want::OneMoreSegment);
            }
            let mut le = self.state.guess(buf, false);
            let call = Pdu {
                b: buf,
                wire: reported,
                len: reported,
                le,
            };
            let head = (|| -> R<(u8, u64)> {
                let opcode0 = call.u8(0)?;
                let mut plen = u64::from(call.u16(off + 2)?);
                if plen == 0 {
                    plen = u64::from(call.u32(off + 4)?);
                }
                Ok((opcode0, plen))
            })();
            let (opcode0, mut plen) = match head {
                Ok(h) => h,
                Err(e) => {
                    call_exception(layers, e, off, captured);
                    return End::Done;
                }
            };
            if plen == 0 {
                bogus(layers, 0, off, captured);
                return End::Done;
            }
            let initial = self.state.lookup(self.state.sequencenumber) == NOTHING_SEEN
                && (opcode0 == b'B' || opcode0 == b'l')
                && (plen == 11 || plen == 2816);
            if initial {
                if self.state.byte_order.is_none() {
                    le = opcode0 == b'l';
                    self.state.byte_order = Some(le);
                }
                if can_desegment && remaining < 10 {
                    return End::More(off, Want::OneMoreSegment);
                }
                let call = Pdu { le, ..call };
                let lens = (|| -> R<(u64, u64)> {
                    Ok((u64::from(call.u16(off + 6)?), u64::from(call.u16(off + 8)?)))
                })();
                let (a, d) = match lens {
                    Ok(x) => x,
                    Err(e) => {
                        call_exception(layers, e, off, captured);
                        return End::Done;
                    }
                };
                plen = 12 + rounded4(a) * 4 + rounded4(d) * 4;
            } else {
                plen *= 4;
                if plen > i32::MAX as u64 {
                    bogus(layers, plen, off, captured);
                    return End::Done;
                }
            }
            let plen = plen as usize;
            if can_desegment && remaining < plen {
                return End::More(off, Want::Total(plen));
            }
            // tshark makes the message's buffer of the bytes there, which
            // throws when the capture holds fewer.
            if remaining.min(plen) > captured.saturating_sub(off) {
                call_exception(layers, Exc::Short, off, captured);
                return End::Done;
            }
            let end = off.saturating_add(plen).min(captured);
            let pdu = Pdu {
                b: buf.get(off..end).unwrap_or(&[]),
                wire: remaining,
                len: plen,
                le,
            };
            let mut l = new_layer();
            let r = if initial {
                l.str(
                    f::x11::OSIDUMP_INFO,
                    Cow::Borrowed("Initial connection request"),
                );
                self.initial_request(&pdu, &mut l)
            } else {
                self.request(&pdu, &mut l, first)
            };
            first = false;
            let short = r == Err(Exc::Short);
            if let Err(e) = r {
                caught(&mut l, e);
            }
            layers.push((l, off, end.max(off)));
            if short {
                return End::Done;
            }
            off = off.saturating_add(plen);
        }
        End::Done
    }

    fn initial_request(&mut self, p: &Pdu<'_>, l: &mut Layer<'static>) -> R<()> {
        use f::x11 as x;
        let mut c = Cur { p: *p, at: 0, l };
        c.c8(x::BYTE_ORDER)?;
        c.unused(1);
        c.c16(x::PROTOCOL_MAJOR_VERSION)?;
        c.c16(x::PROTOCOL_MINOR_VERSION)?;
        let name = c.c16(x::AUTHORIZATION_PROTOCOL_NAME_LENGTH)? as usize;
        let data = c.c16(x::AUTHORIZATION_PROTOCOL_DATA_LENGTH)? as usize;
        c.unused(2);
        for (def, n) in [
            (x::AUTHORIZATION_PROTOCOL_NAME, name),
            (x::AUTHORIZATION_PROTOCOL_DATA, data),
        ] {
            if n != 0 {
                let s = c.p.get(c.at, n)?;
                expert::ascii_string(c.l, def, s);
                c.at = (c.at + n).div_ceil(4) * 4;
            }
        }
        c.rest_undecoded();
        self.state.iconn_frame = self.frame;
        self.state.sequencenumber = 0;
        self.state.insert(0, INITIAL_CONN);
        Ok(())
    }

    /// One request (tshark's `dissect_x11_request`).
    fn request(&mut self, p: &Pdu<'_>, l: &mut Layer<'static>, first: bool) -> R<()> {
        use f::x11 as x;
        // A 16-bit length of 0 (BIG-REQUESTS): tshark puts nothing up.
        if p.u16(2)? == 0 {
            if first {
                l.str(x::OSIDUMP_INFO, Cow::Borrowed("Requests"));
            }
            return Ok(());
        }
        self.state.sequencenumber += 1;
        let op = p.u8(0)?;
        let name = match x::OPCODE.value_name(u64::from(op)) {
            Some(n) => Cow::Borrowed(n),
            None => Cow::Owned(format!("<Unknown opcode {op}>")),
        };
        l.str(
            x::OSIDUMP_INFO,
            Cow::Owned(format!(
                "{}{} {}",
                if first { "Requests" } else { "" },
                if first { ":" } else { "," },
                name
            )),
        );
        let seq = self.state.sequencenumber;
        match op {
            98 | 84 | 86 | 87 | 85 | 17 | 52 | 14 | 73 | 43 | 103 | 101 | 119 | 39 | 106 | 117
            | 20 | 108 | 23 | 3 | 31 | 26 | 16 | 99 | 49 | 50 | 110 | 83 | 21 | 92 | 97 | 91
            | 47 | 44 | 38 | 48 | 15 | 118 | 116 | 40 => self.state.insert(seq, i32::from(op)),
            128..=255 => {
                let minor = p.u8(1).unwrap_or(0);
                self.state
                    .insert(seq, i32::from(op) | (i32::from(minor) << 8));
            }
            _ => {}
        }
        let mut c = Cur { p: *p, at: 0, l };
        c.l.uint(x::OPCODE, op);
        c.at = 1;
        let next = p.len;
        // The request's length field, after the byte that follows the
        // opcode.
        let reqlen = |c: &mut Cur<'_, '_>| -> R<u32> { c.c16(x::REQUEST_LENGTH) };
        match op {
            // CreatePixmap
            53 => {
                c.c8(x::DEPTH)?;
                reqlen(&mut c)?;
                c.c32(x::PID)?;
                c.c32(x::DRAWABLE)?;
                c.c16(x::WIDTH)?;
                c.c16(x::HEIGHT)?;
            }
            // FreeGC
            60 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::GC)?;
            }
            // ChangeWindowAttributes
            2 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::WINDOW)?;
                if !window_attributes(&mut c)? {
                    return Ok(());
                }
            }
            // GetWindowAttributes, DestroyWindow, DestroySubwindows,
            // MapWindow, MapSubwindows, UnmapWindow, UnmapSubwindows,
            // ListProperties, QueryPointer
            3 | 4 | 5 | 8 | 9 | 10 | 11 | 21 | 38 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::WINDOW)?;
            }
            // GetGeometry, QueryTree
            14 | 15 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::DRAWABLE)?;
            }
            // GetAtomName
            17 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::ATOM)?;
            }
            // ChangeProperty
            18 => {
                c.c8(x::MODE)?;
                reqlen(&mut c)?;
                c.c32(x::WINDOW)?;
                c.c32(x::PROPERTY)?;
                c.c32(x::TYPE)?;
                let format = c.c8(x::FORMAT)?;
                c.unused(3);
                let n = c.c32(x::DATA_LENGTH)? as usize;
                match format {
                    8 => {
                        if n != 0 {
                            let b = c.p.get(c.at, n)?;
                            c.l.push(x::DATA, Value::Bytes(Cow::Owned(b.to_vec())));
                            c.at += n;
                        }
                    }
                    16 | 32 => {
                        if n != 0 {
                            let (list, item, w) = if format == 16 {
                                (x::DATA16, x::DATA16_ITEM, 2)
                            } else {
                                (x::DATA32, x::DATA32_ITEM, 4)
                            };
                            c.l.present(list);
                            for _ in 0..n {
                                c.num(item, w)?;
                            }
                        }
                    }
                    // tshark notes an invalid format (not decoded here).
                    _ => return Ok(()),
                }
                pad(&mut c, next);
            }
            // DeleteProperty
            19 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::WINDOW)?;
                c.c32(x::PROPERTY)?;
            }
            // GetProperty
            20 => {
                c.c8(x::DELETE)?;
                reqlen(&mut c)?;
                c.c32(x::WINDOW)?;
                c.c32(x::PROPERTY)?;
                c.c32(x::GET_PROPERTY_TYPE)?;
                c.c32(x::LONG_OFFSET)?;
                c.c32(x::LONG_LENGTH)?;
            }
            // TranslateCoordinates
            40 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::SRC_WINDOW)?;
                c.c32(x::DST_WINDOW)?;
                c.c16(x::SRC_X)?;
                c.c16(x::SRC_Y)?;
            }
            // GrabServer, UngrabServer, GetInputFocus, QueryKeymap,
            // GetFontPath, ListExtensions, GetKeyboardControl,
            // GetPointerControl, GetScreenSaver, ListHosts,
            // GetPointerMapping, GetModifierMapping, NoOperation
            36 | 37 | 43 | 44 | 52 | 99 | 103 | 106 | 108 | 110 | 117 | 119 | 127 => {
                c.unused(1);
                reqlen(&mut c)?;
            }
            // PolyFillRectangle, PolyRectangle
            70 | 67 => {
                c.unused(1);
                reqlen(&mut c)?;
                c.c32(x::DRAWABLE)?;
                c.c32(x::GC)?;
                let n = next.saturating_sub(c.at) / 8;
                c.l.present(x::RECTANGLES);
                for _ in 0..n {
                    let b = c.p.get(c.at, 8)?;
                    let g = |i: usize| -> u16 {
                        if p.le {
                            u16::from_le_bytes([b[i], b[i + 1]])
                        } else {
                            u16::from_be_bytes([b[i], b[i + 1]])
                        }
                    };
                    c.l.present(x::RECTANGLE);
                    c.l.int(x::RECTANGLE_X, g(0) as i16);
                    c.l.int(x::RECTANGLE_Y, g(2) as i16);
                    c.l.uint(x::RECTANGLE_WIDTH, g(4));
                    c.l.uint(x::RECTANGLE_HEIGHT, g(6));
                    c.at += 8;
                }
            }
            // GetImage
            73 => {
                c.c8(x::IMAGE_PIXMAP_FORMAT)?;
                reqlen(&mut c)?;
                c.c32(x::DRAWABLE)?;
                c.c16(x::X)?;
                c.c16(x::Y)?;
                c.c16(x::WIDTH)?;
                c.c16(x::HEIGHT)?;
                c.c32(x::PLANE_MASK)?;
            }
            // An extension's request: tshark has no decoder for it
            // without the QueryExtension that names it.
            128..=255 | 0 | 120..=126 => {}
            // Other core requests: their length; their fields are not
            // decoded here.
            _ => {
                c.at = 2;
                reqlen(&mut c)?;
                return Ok(());
            }
        }
        c.rest_undecoded();
        Ok(())
    }

    /// One call on the server's bytes (tshark's `dissect_x11_replies`).
    fn replies(&mut self, buf: &[u8], cut: u64, layers: &mut Out) -> End {
        let captured = buf.len();
        let reported = captured.saturating_add(usize::try_from(cut).unwrap_or(usize::MAX));
        let can_desegment = cut == 0;
        let le = self.state.guess(buf, true);
        let call = Pdu {
            b: buf,
            wire: reported,
            len: reported,
            le,
        };
        let mut off = 0usize;
        let mut first = true;
        while off < reported {
            let remaining = reported - off;
            if can_desegment && remaining < 8 {
                return End::More(off, Want::OneMoreSegment);
            }
            let kind = (|| -> R<(Kind, u64)> {
                if self.state.lookup(self.state.sequencenumber) == INITIAL_CONN
                    || (self.state.iconn_reply != 0 && self.state.iconn_reply == self.frame)
                {
                    return Ok((Kind::Initial, 8 + u64::from(call.u16(off + 6)?) * 4));
                }
                Ok(match call.u8(off)? {
                    0 => (Kind::Error, 32),
                    1 => (Kind::Reply, 32 + u64::from(call.u32(off + 4)?) * 4),
                    _ => (Kind::Event, 32),
                })
            })();
            let (kind, plen) = match kind {
                Ok(k) => k,
                Err(e) => {
                    call_exception(layers, e, off, captured);
                    return End::Done;
                }
            };
            // tshark's int: a reply this long overflows, thrown out of the
            // call.
            if plen > i32::MAX as u64 {
                call_exception(layers, Exc::Malformed, off, captured);
                return End::Done;
            }
            let plen = plen as usize;
            if remaining < plen && can_desegment {
                return End::More(off, Want::Total(plen));
            }
            // tshark makes the message's buffer of the bytes there, which
            // throws when the capture holds fewer.
            if remaining.min(plen) > captured.saturating_sub(off) {
                call_exception(layers, Exc::Short, off, captured);
                return End::Done;
            }
            let end = off.saturating_add(plen).min(captured);
            let pdu = Pdu {
                b: buf.get(off..end).unwrap_or(&[]),
                wire: remaining,
                len: plen,
                le,
            };
            let mut l = new_layer();
            let title = match kind {
                Kind::Initial => "Initial connection reply",
                Kind::Error => "Error",
                Kind::Reply => "Reply",
                Kind::Event => "Event",
            };
            let sep = if first { ":" } else { "," };
            let head = if first { title } else { "" };
            let r = match kind {
                Kind::Initial => {
                    l.str(f::x11::OSIDUMP_INFO, Cow::Borrowed(head));
                    self.initial_reply(&pdu, &mut l)
                }
                Kind::Error => error(&pdu, &mut l, head, sep),
                Kind::Reply => self.reply(&pdu, &mut l, head, sep),
                Kind::Event => event(&pdu, &mut l, head, sep),
            };
            first = false;
            let short = r == Err(Exc::Short);
            if let Err(e) = r {
                caught(&mut l, e);
            }
            layers.push((l, off, end.max(off)));
            if short {
                return End::Done;
            }
            off = off.saturating_add(plen);
        }
        End::Done
    }

    /// The initial connection reply, up to the vendor (or the reason of a
    /// refusal); its pixmap formats and screens are not decoded here.
    fn initial_reply(&mut self, p: &Pdu<'_>, l: &mut Layer<'static>) -> R<()> {
        use f::x11 as x;
        self.state.iconn_reply = self.frame;
        let mut c = Cur { p: *p, at: 0, l };
        let success = c.c8(x::SUCCESS)?;
        let reason = if success != 0 {
            c.unused(1);
            0
        } else {
            c.c8(x::LENGTH_OF_REASON)? as usize
        };
        c.c16(x::PROTOCOL_MAJOR_VERSION)?;
        c.c16(x::PROTOCOL_MINOR_VERSION)?;
        c.c16(x::REPLYLENGTH)?;
        let (def, n) = if success != 0 {
            c.c32(x::RELEASE_NUMBER)?;
            c.c32(x::RESOURCE_ID_BASE)?;
            c.c32(x::RESOURCE_ID_MASK)?;
            // The motion buffer's size, read in 32 bits into a 16-bit
            // field: not shown here.
            c.p.get(c.at, 4)?;
            c.at += 4;
            let vendor = c.c16(x::LENGTH_OF_VENDOR)? as usize;
            c.c16(x::MAXIMUM_REQUEST_LENGTH)?;
            c.c8(x::NUMBER_OF_SCREENS_IN_ROOTS)?;
            c.c8(x::NUMBER_OF_FORMATS_IN_PIXMAP_FORMATS)?;
            // The image byte order (a character field): not shown here.
            c.p.get(c.at, 1)?;
            c.at += 1;
            c.c8(x::BITMAP_FORMAT_BIT_ORDER)?;
            c.c8(x::BITMAP_FORMAT_SCANLINE_UNIT)?;
            c.c8(x::BITMAP_FORMAT_SCANLINE_PAD)?;
            c.c8(x::MIN_KEYCODE)?;
            c.c8(x::MAX_KEYCODE)?;
            c.unused(4);
            (x::VENDOR, vendor)
        } else {
            (x::REASON, reason)
        };
        let b = c.p.get(c.at, n)?;
        expert::ascii_string(c.l, def, b);
        Ok(())
    }

    /// A reply (tshark's `dissect_x11_reply`).
    fn reply(&mut self, p: &Pdu<'_>, l: &mut Layer<'static>, head: &str, sep: &str) -> R<()> {
        use f::x11 as x;
        let seq = p.u16(2)?;
        let opcode = self.state.lookup(i64::from(seq));
        if self.state.iconn_frame == 0 && !self.state.resync {
            self.state.sequencenumber = i64::from(seq);
            self.state.resync = true;
        }
        let info = if opcode == UNKNOWN_OPCODE {
            format!("{head}{sep} to unknown request")
        } else {
            format!("{head}{sep} {}", opcode_name(opcode & 0xff))
        };
        l.str(x::OSIDUMP_INFO, Cow::Owned(info));
        let mut c = Cur { p: *p, at: 0, l };
        let common = |c: &mut Cur<'_, '_>, byte1: Option<&'static FieldDef>| -> R<()> {
            c.c8(x::REPLY)?;
            match byte1 {
                Some(def) => {
                    c.c8(def)?;
                }
                None => c.unused(1),
            }
            c.c16(x::REPLY_SEQUENCENUMBER)?;
            c.c32(x::REPLYLENGTH)?;
            Ok(())
        };
        match opcode {
            // GetGeometry
            14 => {
                common(&mut c, Some(x::DEPTH))?;
                c.c32(x::ROOTWINDOW)?;
                c.c16(x::X)?;
                c.c16(x::Y)?;
                c.c16(x::WIDTH)?;
                c.c16(x::HEIGHT)?;
                c.c16(x::BORDER_WIDTH)?;
                c.unused(10);
            }
            // InternAtom
            16 => {
                common(&mut c, None)?;
                c.c32(x::ATOM)?;
                c.unused(20);
            }
            // GetProperty
            20 => {
                common(&mut c, Some(x::FORMAT))?;
                c.c32(x::GET_PROPERTY_TYPE)?;
                c.c32(x::BYTES_AFTER)?;
                c.c32(x::VALUELENGTH)?;
                c.unused(12);
            }
            // GetInputFocus (the focus, read in 32 bits into an 8-bit
            // field, is not shown here)
            43 => {
                common(&mut c, Some(x::REVERT_TO))?;
                c.p.get(c.at, 4)?;
                c.at += 4;
                c.unused(20);
            }
            // GetSelectionOwner
            23 => {
                common(&mut c, None)?;
                c.c32(x::OWNER)?;
                c.unused(20);
            }
            // TranslateCoordinates
            40 => {
                common(&mut c, Some(x::SAME_SCREEN))?;
                c.c32(x::CHILDWINDOW)?;
                c.c16(x::DST_X)?;
                c.c16(x::DST_Y)?;
                c.unused(16);
            }
            // QueryExtension
            98 => {
                common(&mut c, None)?;
                c.c8(x::PRESENT)?;
                c.c8(x::MAJOR_OPCODE)?;
                c.c8(x::FIRST_EVENT)?;
                c.c8(x::FIRST_ERROR)?;
                c.unused(20);
            }
            // Replies whose own fields are not decoded here: their header.
            21 | 26 | 31 | 38 | 44 | 84 | 92 | 97 | 101 | 106 | 108 | 119 => {
                c.c8(x::REPLY)?;
                c.at = 2;
                c.c16(x::REPLY_SEQUENCENUMBER)?;
                c.c32(x::REPLYLENGTH)?;
                return Ok(());
            }
            // The others, and a reply to a request not seen: the header,
            // the rest undecoded.
            _ => {
                c.c8(x::REPLY)?;
                c.skip(x::UNDECODED, 1);
                c.c16(x::REPLY_SEQUENCENUMBER)?;
                c.c32(x::REPLYLENGTH)?;
            }
        }
        c.rest_undecoded();
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Initial,
    Error,
    Reply,
    Event,
}

fn opcode_name(op: i32) -> Cow<'static, str> {
    match u64::try_from(op)
        .ok()
        .and_then(|o| f::x11::OPCODE.value_name(o))
    {
        Some(n) => Cow::Borrowed(n),
        None => Cow::Owned(format!("<Unknown opcode {op}>")),
    }
}

/// PAD(): what is left of the request up to its end.
fn pad(c: &mut Cur<'_, '_>, next: usize) {
    if next > c.at {
        c.unused(next - c.at);
    }
    c.at = next.max(c.at);
}

/// The window attributes of CreateWindow and ChangeWindowAttributes: the
/// mask, its flags, the value of each set bit. `false` when a value is
/// one not decoded here (the rest is left out).
fn window_attributes(c: &mut Cur<'_, '_>) -> R<bool> {
    use f::x11 as x;
    let mask = c.p.u32(c.at)?;
    c.l.uint(x::WINDOW_VALUE_MASK, mask);
    c.at += 4;
    let attrs: [(&'static FieldDef, &'static FieldDef, usize); 15] = [
        (
            x::WINDOW_VALUE_MASK_BACKGROUND_PIXMAP,
            x::BACKGROUND_PIXMAP,
            4,
        ),
        (
            x::WINDOW_VALUE_MASK_BACKGROUND_PIXEL,
            x::BACKGROUND_PIXEL,
            4,
        ),
        (x::WINDOW_VALUE_MASK_BORDER_PIXMAP, x::BORDER_PIXMAP, 4),
        (x::WINDOW_VALUE_MASK_BORDER_PIXEL, x::BORDER_PIXEL, 4),
        (x::WINDOW_VALUE_MASK_BIT_GRAVITY, x::BIT_GRAVITY, 1),
        (x::WINDOW_VALUE_MASK_WIN_GRAVITY, x::WIN_GRAVITY, 1),
        (x::WINDOW_VALUE_MASK_BACKING_STORE, x::BACKING_STORE, 1),
        (x::WINDOW_VALUE_MASK_BACKING_PLANES, x::BACKING_PLANES, 4),
        (x::WINDOW_VALUE_MASK_BACKING_PIXEL, x::BACKING_PIXEL, 4),
        (
            x::WINDOW_VALUE_MASK_OVERRIDE_REDIRECT,
            x::OVERRIDE_REDIRECT,
            1,
        ),
        (x::WINDOW_VALUE_MASK_SAVE_UNDER, x::SAVE_UNDER, 1),
        (
            x::WINDOW_VALUE_MASK_EVENT_MASK,
            x::WINDOW_VALUE_MASK_EVENT_MASK,
            0,
        ),
        (
            x::WINDOW_VALUE_MASK_DO_NOT_PROPAGATE_MASK,
            x::WINDOW_VALUE_MASK_DO_NOT_PROPAGATE_MASK,
            0,
        ),
        (x::WINDOW_VALUE_MASK_COLORMAP, x::COLORMAP, 4),
        (x::WINDOW_VALUE_MASK_CURSOR, x::CURSOR, 4),
    ];
    for (i, (flag, value, width)) in attrs.into_iter().enumerate() {
        let set = mask & (1 << i) != 0;
        c.l.boolean(flag, set);
        if !set {
            continue;
        }
        if width == 0 {
            // The event masks: their flags are not decoded here.
            return Ok(false);
        }
        let save = c.at;
        c.num(value, width)?;
        if width < 4 {
            c.unused(4 - width);
        }
        c.at = save + 4;
    }
    Ok(true)
}

/// An error (tshark's `dissect_x11_error`).
fn error(p: &Pdu<'_>, l: &mut Layer<'static>, head: &str, sep: &str) -> R<()> {
    use f::x11 as x;
    let mut c = Cur { p: *p, at: 0, l };
    c.c8(x::ERROR)?;
    let code = p.u8(1)?;
    let name = match x::ERRORCODE.value_name(u64::from(code)) {
        Some(n) => Cow::Borrowed(n),
        None => Cow::Owned(format!("<Unknown errorcode {code}>")),
    };
    c.l.str(x::OSIDUMP_INFO, Cow::Owned(format!("{head}{sep} {name}")));
    c.c8(x::ERRORCODE)?;
    c.c16(x::ERROR_SEQUENCENUMBER)?;
    match code {
        2 => {
            c.c32(x::ERROR_BADVALUE)?;
        }
        3 | 4 | 6 | 7 | 9 | 12 | 13 | 14 => {
            c.c32(x::ERROR_BADRESOURCEID)?;
        }
        _ => c.skip(x::UNDECODED, 4),
    }
    c.c16(x::MINOR_OPCODE)?;
    c.c8(x::MAJOR_OPCODE)?;
    c.rest_undecoded();
    Ok(())
}

/// An event (tshark's `dissect_x11_event` and `decode_x11_event`).
fn event(p: &Pdu<'_>, l: &mut Layer<'static>, head: &str, sep: &str) -> R<()> {
    use f::x11 as x;
    let code = p.u8(0)?;
    let sent = if code & 0x80 != 0 { "Sent-" } else { "" };
    let name = match x::EVENTCODE.value_name(u64::from(code & 0x7f)) {
        Some(n) => Cow::Borrowed(n),
        None => Cow::Owned(format!("<Unknown eventcode {}>", code & 0x7f)),
    };
    l.str(
        x::OSIDUMP_INFO,
        Cow::Owned(format!("{head}{sep} {sent}{name}")),
    );
    let mut c = Cur { p: *p, at: 0, l };
    c.c8(x::EVENTCODE)?;
    let common = |c: &mut Cur<'_, '_>| -> R<()> {
        c.c32(x::TIME)?;
        c.c32(x::ROOTWINDOW)?;
        c.c32(x::EVENTWINDOW)?;
        c.c32(x::CHILDWINDOW)?;
        c.c16(x::ROOT_X)?;
        c.c16(x::ROOT_Y)?;
        c.c16(x::EVENT_X)?;
        c.c16(x::EVENT_Y)?;
        c.keybut_mask()
    };
    let seqn = |c: &mut Cur<'_, '_>| -> R<u32> { c.c16(x::EVENT_SEQUENCENUMBER) };
    match code & 0x7f {
        // KeyPress, KeyRelease
        2 | 3 => {
            // Checked before the keycode, as tshark reads the mask first.
            p.u16(28)?;
            c.c8(x::KEYCODE)?;
            seqn(&mut c)?;
            common(&mut c)?;
            c.c8(x::SAME_SCREEN)?;
            c.unused(1);
        }
        // ButtonPress, ButtonRelease
        4 | 5 => {
            c.c8(x::EVENTBUTTON)?;
            seqn(&mut c)?;
            common(&mut c)?;
            c.c8(x::SAME_SCREEN)?;
            c.unused(1);
        }
        // MotionNotify
        6 => {
            c.c8(x::DETAIL)?;
            seqn(&mut c)?;
            common(&mut c)?;
            c.c8(x::SAME_SCREEN)?;
            c.unused(1);
        }
        // EnterNotify, LeaveNotify
        7 | 8 => {
            c.c8(x::EVENT_DETAIL)?;
            seqn(&mut c)?;
            common(&mut c)?;
            c.c8(x::GRAB_MODE)?;
            let v = c.p.u8(c.at)?;
            c.l.uint(x::SAME_SCREEN_FOCUS_MASK, v);
            c.l.boolean(x::SAME_SCREEN_FOCUS_MASK_FOCUS, v & 1 != 0);
            c.l.boolean(x::SAME_SCREEN_FOCUS_MASK_SAME_SCREEN, v & 2 != 0);
            c.at += 1;
        }
        // FocusIn, FocusOut
        9 | 10 => {
            c.c8(x::FOCUS_DETAIL)?;
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c8(x::FOCUS_MODE)?;
            c.unused(23);
        }
        // KeymapNotify, ConfigureRequest: nothing decoded.
        11 | 23 => {}
        // Expose
        12 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c16(x::X)?;
            c.c16(x::Y)?;
            c.c16(x::WIDTH)?;
            c.c16(x::HEIGHT)?;
            // tshark reads the count in 16 bits into an 8-bit field.
            return Ok(());
        }
        // GraphicsExpose, NoExpose: not decoded here.
        13 | 14 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::DRAWABLE)?;
            return Ok(());
        }
        // VisibilityNotify
        15 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c8(x::VISIBILITY_STATE)?;
            c.unused(23);
        }
        // CreateNotify
        16 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::PARENT)?;
            c.c32(x::EVENTWINDOW)?;
            c.c16(x::X)?;
            c.c16(x::Y)?;
            c.c16(x::WIDTH)?;
            c.c16(x::HEIGHT)?;
            c.c16(x::BORDER_WIDTH)?;
            c.c8(x::OVERRIDE_REDIRECT)?;
            c.unused(9);
        }
        // DestroyNotify
        17 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::WINDOW)?;
            c.unused(20);
        }
        // UnmapNotify
        18 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::WINDOW)?;
            c.c8(x::FROM_CONFIGURE)?;
            c.unused(19);
        }
        // MapNotify
        19 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::WINDOW)?;
            c.c8(x::OVERRIDE_REDIRECT)?;
            c.unused(19);
        }
        // MapRequest
        20 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::PARENT)?;
            c.c32(x::EVENTWINDOW)?;
            c.unused(20);
        }
        // ReparentNotify
        21 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::WINDOW)?;
            c.c32(x::PARENT)?;
            c.c16(x::X)?;
            c.c16(x::Y)?;
            c.c8(x::OVERRIDE_REDIRECT)?;
            c.unused(11);
        }
        // ConfigureNotify
        22 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::WINDOW)?;
            c.c32(x::ABOVE_SIBLING)?;
            c.c16(x::X)?;
            c.c16(x::Y)?;
            c.c16(x::WIDTH)?;
            c.c16(x::HEIGHT)?;
            c.c16(x::BORDER_WIDTH)?;
            c.c8(x::OVERRIDE_REDIRECT)?;
            c.unused(5);
        }
        // GravityNotify
        24 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::WINDOW)?;
            c.c16(x::X)?;
            c.c16(x::Y)?;
            c.unused(16);
        }
        // ResizeRequest
        25 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c16(x::WIDTH)?;
            c.c16(x::HEIGHT)?;
            c.unused(20);
        }
        // CirculateNotify, CirculateRequest
        26 | 27 => {
            c.unused(1);
            seqn(&mut c)?;
            if code & 0x7f == 26 {
                c.c32(x::EVENTWINDOW)?;
                c.c32(x::WINDOW)?;
            } else {
                c.c32(x::PARENT)?;
                c.c32(x::EVENTWINDOW)?;
            }
            c.unused(4);
            c.c8(x::PLACE)?;
            c.unused(15);
        }
        // PropertyNotify
        28 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::ATOM)?;
            c.c32(x::TIME)?;
            c.c8(x::PROPERTY_STATE)?;
            c.unused(15);
        }
        // SelectionClear
        29 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::TIME)?;
            c.c32(x::OWNER)?;
            c.c32(x::SELECTION)?;
            c.unused(16);
        }
        // SelectionRequest
        30 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::TIME)?;
            c.c32(x::OWNER)?;
            c.c32(x::REQUESTOR)?;
            c.c32(x::SELECTION)?;
            c.c32(x::TARGET)?;
            c.c32(x::PROPERTY)?;
            c.unused(4);
        }
        // SelectionNotify
        31 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::TIME)?;
            c.c32(x::REQUESTOR)?;
            c.c32(x::SELECTION)?;
            c.c32(x::TARGET)?;
            c.c32(x::PROPERTY)?;
            c.unused(8);
        }
        // ColormapNotify
        32 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::CMAP)?;
            c.c8(x::NEW)?;
            c.c8(x::COLORMAP_STATE)?;
            c.unused(18);
        }
        // ClientMessage
        33 => {
            c.c8(x::FORMAT)?;
            seqn(&mut c)?;
            c.c32(x::EVENTWINDOW)?;
            c.c32(x::TYPE)?;
            let b = c.p.get(c.at, 20)?;
            c.l.push(x::DATA, Value::Bytes(Cow::Owned(b.to_vec())));
            c.at += 20;
        }
        // MappingNotify
        34 => {
            c.unused(1);
            seqn(&mut c)?;
            c.c8(x::MAPPING_REQUEST)?;
            c.c8(x::FIRST_KEYCODE)?;
            c.c8(x::COUNT)?;
            c.unused(25);
        }
        // GenericEvent: an extension's, not decoded here.
        35 => return Ok(()),
        // An extension's event, not known without its QueryExtension.
        _ => {}
    }
    c.rest_undecoded();
    Ok(())
}

fn new_layer() -> Layer<'static> {
    Layer::new(Osi::Application, "x11", 0..0)
}

/// A request whose length cannot be (tshark's "Bogus request length"):
/// the call ends. The Info column stays TCP's.
fn bogus(layers: &mut Out, len: u64, off: usize, captured: usize) {
    let mut l = new_layer();
    expert::add(
        &mut l,
        &REQUEST_LENGTH_INVALID,
        Some(format!("Bogus request length ({len})")),
    );
    layers.push((l, off, captured.max(off)));
}

/// An exception thrown out of the call's loop, outside any message: noted
/// after the last message's tree (or alone).
fn call_exception(layers: &mut Out, e: Exc, off: usize, captured: usize) {
    match layers.last_mut() {
        Some((l, _, _)) => caught(l, e),
        None => {
            let mut l = new_layer();
            caught(&mut l, e);
            layers.push((l, off, captured.max(off)));
        }
    }
}

/// An exception noted in the tree and after the Info.
fn caught(l: &mut Layer<'_>, e: Exc) {
    match e {
        Exc::Malformed => {
            l.push(
                expert::fields::ws::MALFORMED,
                Value::Str(Cow::Borrowed("[Malformed Packet: X11]")),
            );
            expert::add(l, &expert::MALFORMED, None);
            l.malformed("X11 message: a field past the message's length");
        }
        Exc::Short => {
            l.push(
                expert::fields::ws::SHORT,
                Value::Str(Cow::Borrowed(
                    "[Packet size limited during capture: X11 truncated]",
                )),
            );
            l.truncated("X11 message: cut short by the snap length");
        }
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::<X11Decoder>::default()
}

/// tshark's Info text of one message: its kind first in a call, then its
/// name after `: ` or `, `; the notes of an exception after it. A request
/// with a bogus length leaves TCP's Info.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    // A request with a bogus length, or a segment whose first message the
    // capture cut: tshark wrote no Info of its own.
    if !l.has(f::x11::OSIDUMP_INFO)
        && let Some(t) = layers[..i].iter().rposition(|l| l.protocol == "tcp")
    {
        crate::dissect::spec::info(out, layers, t, &crate::dissect::summary::EN);
    }
    if let Some(s) = l.get_str(f::x11::OSIDUMP_INFO) {
        out.push_str(s);
    }
    for fl in &l.fields {
        if std::ptr::eq(fl.def, expert::fields::ws::MALFORMED_EXPERT) {
            out.push_str("[Malformed Packet]");
        } else if std::ptr::eq(fl.def, expert::fields::ws::SHORT) {
            out.push_str("[Packet size limited during capture]");
        }
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("X11 ");
    let s = l.get_str(f::x11::OSIDUMP_INFO).unwrap_or("");
    out.push_str(s.trim_start_matches([',', ' ']));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "x11",
    also: &[],
    title: "X11",
    osi: Osi::Application,
    fields: f::x11::ALL,
    summary,
    info: Some(info),
    column: None,
    app: Some(AppSpec {
        decode_as: &["x11"],
        tcp_ports: &PORTS,
        udp_ports: &[],
        // tshark has no X11 heuristic: the ports only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
