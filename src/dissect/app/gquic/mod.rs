//! Google QUIC (gQUIC, versions Q024 to Q046) as tshark 4.0's
//! packet-gquic.c decodes it: the public header (flags, connection ID,
//! version, diversification nonce, packet number) of the versions up to
//! Q043 and Q046's long and short headers, a version negotiation or a
//! public reset, and the frames of the packets that travel in the clear
//! (the handshake: a message authentication hash, then PADDING,
//! RST_STREAM, CONNECTION_CLOSE, GOAWAY, WINDOW_UPDATE, BLOCKED,
//! STOP_WAITING, PING, STREAM and ACK frames, and in stream 1 the
//! handshake messages, CHLO, REJ, SHLO, with their tag/value lists). Every
//! other packet is `Payload (Encrypted)`. Q050 and later travel in IETF
//! QUIC's long header and are the QUIC decoder's, as in Wireshark.
//!
//! How a datagram becomes gQUIC (tshark's heuristic, the only way in):
//! flags without the two top bits, the version and 8-byte connection ID
//! flags set and a version starting `Q02`, `Q03` or `Q04`; or both top
//! bits and version `Q046`. The conversation is then gQUIC's, whatever its
//! later datagrams hold (short headers included).
//!
//! What tshark does that is followed here:
//! - the state of a conversation (`gquic_info`): the version of the last
//!   packet that carried one (`ws_strtou8` of its three digits: an invalid
//!   one is version 0 and the `gquic.version.invalid` expert), integers
//!   little-endian until a version of 39 or more, and the server's port:
//!   443, or the destination of a CHLO sent from another port than 443
//!   (learnt while deciding whether a packet is in the clear);
//! - whether a packet is in the clear is decided by walking its frames
//!   without showing them (`is_gquic_unencrypt`): a STREAM frame whose
//!   data starts with CHLO, SHLO or REJ, or a CONNECTION_CLOSE whose
//!   reason ends the packet;
//! - the Info column: the last frame that names the packet (the handshake
//!   message, `RST STREAM`, `Connection Close`, `GOAWAY`, `H2`, `DATA`) or
//!   `Payload (Encrypted)`, then `, PKN: n` and `, CID: n` (when not 0);
//!   a read past the packet leaves what was written before it.
//!
//! Not decoded: HTTP/2 in stream 3 of a packet in the clear (tshark calls
//! its HTTP/2 dissector; osidump shows the frame's header only) and the
//! IETF QUIC packet a QLVE tag carries (shown as its bytes).
//!
//! The promise: no input makes this module panic or loop. Every read goes
//! through [`Tvb`], which checks it against the captured bytes and the
//! datagram's length; a read past them ends the packet where tshark's
//! dissector throws, and every loop moves forward or reads.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::app::Probe;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb, ascii};
use crate::flow::ConvKey;
use crate::source::Timestamp;
use foldhash::HashMap;
use std::borrow::Cow;

const PUFLAGS_VRSN: u8 = 0x01;
const PUFLAGS_RST: u8 = 0x02;
const PUFLAGS_DNONCE: u8 = 0x04;
const PUFLAGS_CID: u8 = 0x08;
const PUFLAGS_MPTH: u8 = 0x40;
const PUFLAGS_RSV: u8 = 0x80;

const FT_PADDING: u8 = 0x00;
const FT_RST_STREAM: u8 = 0x01;
const FT_CONNECTION_CLOSE: u8 = 0x02;
const FT_GOAWAY: u8 = 0x03;
const FT_WINDOW_UPDATE: u8 = 0x04;
const FT_BLOCKED: u8 = 0x05;
const FT_STOP_WAITING: u8 = 0x06;
const FT_CRYPTO: u8 = 0x08;
const FTFLAGS_SPECIAL: u8 = 0xe0;
const FTFLAGS_STREAM: u8 = 0x80;
const FTFLAGS_STREAM_D: u8 = 0x20;
const FTFLAGS_ACK: u8 = 0x40;
const FTFLAGS_ACK_N: u8 = 0x20;

const MTAG_CHLO: u32 = 0x4348_4c4f;
const MTAG_SHLO: u32 = 0x5348_4c4f;
const MTAG_REJ: u32 = 0x5245_4a00;
const MTAG_PRST: u32 = 0x5052_5354;

const VERSION_Q046: u32 = 0x5130_3436;

/// The server port tshark assumes until a CHLO says otherwise.
const DEFAULT_SERVER_PORT: u16 = 443;

/// Nested server configs (a SCFG tag holds tags) read at most: tshark's
/// dissection depth guard.
const MAX_DEPTH: u32 = 32;

/// Conversations whose state is kept at most; past that, the oldest
/// (first made) are forgotten.
const MAX_CONVERSATIONS: usize = 65_536;

/// What tshark keeps per conversation (`gquic_info_data_t`).
#[derive(Debug, Clone, Copy)]
struct Conn {
    version: u8,
    version_valid: bool,
    big_endian: bool,
    server_port: u16,
}

/// A gQUIC conversation: made by the heuristic; its state made by the
/// first packet decoded (`None` before).
#[derive(Debug, Clone, Copy)]
struct Entry {
    conn: Option<Conn>,
    made: u64,
}

/// The gQUIC decoder of a capture: its conversations.
#[derive(Default)]
pub struct Gquic {
    convs: HashMap<ConvKey, Entry>,
    made: u64,
}

/// tshark's `dissect_gquic_heur`: whether a datagram starts a gQUIC
/// conversation.
pub fn looks_like(b: &[u8]) -> bool {
    let Some(&flags) = b.first() else {
        return false;
    };
    if flags & (PUFLAGS_RSV | PUFLAGS_MPTH) == 0 {
        // Q043 and before: version and 8-byte connection ID, then `Q02`,
        // `Q03` or `Q04`.
        b.len() >= 13
            && flags & PUFLAGS_VRSN != 0
            && flags & PUFLAGS_CID != 0
            && matches!(&b[9..12], b"Q02" | b"Q03" | b"Q04")
    } else if flags & PUFLAGS_RSV != 0 && flags & PUFLAGS_MPTH != 0 {
        // Q046's long header.
        b.len() >= 14 && u32::from_be_bytes([b[1], b[2], b[3], b[4]]) == VERSION_Q046
    } else {
        false
    }
}

/// [`looks_like`] as the registry's heuristic probe.
pub fn probe(b: &[u8]) -> Probe {
    if looks_like(b) {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

impl DatagramDecoder for Gquic {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.memory_pressed {
            self.forget_oldest(self.convs.len() / 2);
        }
        if !self.convs.contains_key(&d.conv) {
            // The heuristic made the conversation gQUIC's.
            if self.convs.len() >= MAX_CONVERSATIONS {
                self.forget_oldest(self.convs.len() / 4);
            }
            self.made += 1;
            self.convs.insert(
                d.conv,
                Entry {
                    conn: None,
                    made: self.made,
                },
            );
        }
        let Some(&flags) = d.payload.first() else {
            return;
        };
        let common = flags & (PUFLAGS_RSV | PUFLAGS_MPTH) == 0;
        if common && d.payload.len() < 3 {
            // GQUIC_MIN_LENGTH: tshark's dissector takes nothing.
            return;
        }
        let Some(entry) = self.convs.get_mut(&d.conv) else {
            return;
        };
        let conn = entry.conn.get_or_insert(Conn {
            version: 0,
            version_valid: true,
            // The header format of Q046 is big-endian from the start.
            big_endian: !common,
            server_port: DEFAULT_SERVER_PORT,
        });
        out.push(dissect(d, conn, common));
    }

    fn heap_bytes(&self) -> usize {
        self.convs.capacity() * (size_of::<ConvKey>() + size_of::<Entry>() + 8)
    }

    fn claims(&self, d: &Datagram<'_>, heuristic: bool) -> bool {
        if heuristic {
            looks_like(d.payload)
        } else {
            self.convs.contains_key(&d.conv)
        }
    }
}

impl Gquic {
    /// Forget the `n` oldest conversations (memory pressure, or the cap).
    fn forget_oldest(&mut self, n: usize) {
        if n == 0 {
            return;
        }
        let mut ages: Vec<u64> = self.convs.values().map(|e| e.made).collect();
        ages.sort_unstable();
        let Some(&cut) = ages.get(n - 1) else {
            self.convs.clear();
            return;
        };
        self.convs.retain(|_, e| e.made > cut);
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Gquic::default())
}

/// One gQUIC packet, read with (and updating) its conversation's state.
fn dissect<'a>(d: &Datagram<'a>, conn: &mut Conn, common: bool) -> Layer<'a> {
    let b = d.payload;
    let mut w = Walker {
        t: Tvb {
            b,
            reported: d.reported.max(b.len()),
            le: !conn.big_endian,
        },
        l: Layer::new(Osi::Presentation, "gquic", d.at..d.at + b.len()),
        conn,
        sport: d.sport,
        dport: d.dport,
        info: None,
        depth: 0,
    };
    let r = if common { w.common() } else { w.q046() };
    let Walker { mut l, info, .. } = w;
    if let Some(info) = info {
        l.fields.insert(
            0,
            crate::dissect::layer::Field {
                def: f::gquic::OSIDUMP_INFO,
                value: Value::Str(Cow::Owned(info)),
            },
        );
    }
    match r {
        Ok(()) => {}
        // A datagram an ICMP error quotes is short on purpose: tshark
        // marks nothing.
        Err(Stop::Read(_)) if d.nested => {}
        Err(Stop::Read(bound)) => {
            let reason = match bound {
                Bound::Cut => "a field runs past the captured bytes",
                Bound::Past => "a field runs past the end of the datagram",
            };
            l.read_past_end("gquic", reason.to_string(), bound == Bound::Cut && d.cut);
        }
        Err(Stop::Bug(what)) => l.throw_bug("gquic", what),
    }
    l
}

/// Why a packet's dissection stopped early: a read past its bytes
/// (tshark's bounds exceptions), or an assertion of the dissector.
enum Stop {
    Read(Bound),
    Bug(&'static str),
}

impl From<Bound> for Stop {
    fn from(b: Bound) -> Self {
        Stop::Read(b)
    }
}

type R<T> = Result<T, Stop>;

struct Walker<'a, 'c> {
    t: Tvb<'a>,
    l: Layer<'a>,
    conn: &'c mut Conn,
    sport: u16,
    dport: u16,
    /// The Info text written so far (None: gQUIC has written none).
    info: Option<String>,
    depth: u32,
}

/// `n` bytes (at most 8) as an unsigned integer.
fn uint_of(b: &[u8], le: bool) -> u64 {
    if le {
        b.iter().rev().fold(0, |v, &x| (v << 8) | u64::from(x))
    } else {
        b.iter().fold(0, |v, &x| (v << 8) | u64::from(x))
    }
}

/// A big-endian 32-bit value (a tag read as a number).
fn u32_be(t: &Tvb<'_>, at: usize) -> Result<u32, Bound> {
    let b = t.bytes(at, 4)?;
    Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// tshark's `ws_strtou8` of a version's three digits: the number, and
/// whether it is one (an invalid string is 0, one past 255 is 255).
fn version_number(b: &[u8]) -> (u8, bool) {
    let s = ascii(b);
    let digits = s.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '\u{b}');
    let digits = digits.strip_prefix('+').unwrap_or(digits);
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return (0, false);
    }
    match digits.parse::<u32>() {
        Ok(v) if v <= 255 => (v as u8, true),
        _ => (255, false),
    }
}

fn message_tag_name(tag: u32) -> &'static str {
    match tag {
        MTAG_CHLO => "Client Hello",
        MTAG_SHLO => "Server Hello",
        MTAG_REJ => "Rejection",
        MTAG_PRST => "Public Reset",
        _ => "Unknown",
    }
}

/// Bytes of a packet number of the public flags (`get_len_packet_number`).
fn len_packet_number(puflags: u8) -> usize {
    [1, 2, 4, 6][usize::from((puflags & 0x30) >> 4)]
}

/// Bytes of a STREAM frame's offset (`get_len_offset`).
fn len_offset(frame_type: u8) -> usize {
    [0, 2, 3, 4, 5, 6, 7, 8][usize::from((frame_type & 0x1c) >> 2)]
}

/// Bytes of a STREAM frame's stream ID (`get_len_stream`).
fn len_stream(frame_type: u8) -> usize {
    usize::from(frame_type & 0x03) + 1
}

/// Bytes of an ACK frame's largest observed (`get_len_largest_observed`).
fn len_largest_observed(frame_type: u8) -> usize {
    [1, 2, 4, 6][usize::from((frame_type & 0x0c) >> 2)]
}

/// Bytes of an ACK frame's missing packet (`get_len_missing_packet`).
fn len_missing_packet(frame_type: u8) -> usize {
    [1, 2, 4, 6][usize::from(frame_type & 0x03)]
}

impl<'a> Walker<'a, '_> {
    fn le(&self) -> bool {
        !self.conn.big_endian
    }

    /// An unsigned integer field of `len` bytes at `at`.
    fn uint(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: usize,
        le: bool,
    ) -> R<u64> {
        let v = uint_of(self.t.bytes(at, len)?, le);
        self.l.uint(def, v);
        Ok(v)
    }

    fn bytes(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: usize,
    ) -> R<()> {
        let b = self.t.bytes(at, len)?;
        self.l.push(def, Value::Bytes(Cow::Borrowed(b)));
        Ok(())
    }

    /// Bytes from `at` to the end of what was captured (a length of -1).
    fn bytes_to_end(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<()> {
        if at > self.t.b.len() {
            return Err(Stop::Read(if at > self.t.reported {
                Bound::Past
            } else {
                Bound::Cut
            }));
        }
        let b = &self.t.b[at..];
        self.l.push(def, Value::Bytes(Cow::Borrowed(b)));
        Ok(())
    }

    /// A string field (`ENC_ASCII`) of `len` bytes at `at`.
    fn string(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: usize,
    ) -> R<Cow<'a, str>> {
        let s = ascii(self.t.bytes(at, len)?);
        self.l.str(def, s.clone());
        Ok(s)
    }

    /// A field of bits of `byte` (its mask applied and shifted).
    fn bits(&mut self, def: &'static crate::dissect::field::FieldDef, byte: u8) {
        let v = u64::from(byte) & def.mask;
        if def.ftype == crate::dissect::field::FieldType::Boolean {
            self.l.boolean(def, v != 0);
        } else {
            self.l.uint(def, v >> def.mask.trailing_zeros());
        }
    }

    fn expert(&mut self, e: &'static crate::dissect::expert::Expert, message: Option<String>) {
        crate::dissect::expert::add(&mut self.l, e, message);
    }

    fn set_info(&mut self, s: &str) {
        self.info = Some(s.to_string());
    }

    /// `, PKN: n` and `, CID: n` after what the frames wrote.
    fn finish_info(&mut self, pkn: u64, cid: u64) {
        // No frame wrote the column: the text starts with `, ` and follows
        // UDP's (see [`info`]).
        let mut s = self.info.take().unwrap_or_default();
        s.push_str(&format!(", PKN: {pkn}"));
        if cid != 0 {
            s.push_str(&format!(", CID: {cid}"));
        }
        self.info = Some(s);
    }

    /// Q043 and before (`dissect_gquic_common`).
    fn common(&mut self) -> R<()> {
        let puflags = self.t.u8(0)?;
        let len_cid = if puflags & PUFLAGS_CID != 0 { 8 } else { 0 };
        if puflags & PUFLAGS_VRSN != 0 {
            let (v, valid) = version_number(self.t.bytes(1 + len_cid + 1, 3)?);
            self.conn.version = v;
            self.conn.version_valid = valid;
            if !valid {
                self.expert(&expert::VERSION_INVALID, None);
            }
        }
        if self.conn.version >= 39 {
            // Integers are big-endian from Q039 on.
            self.conn.big_endian = true;
        }
        self.l.uint(f::gquic::PUFLAGS, puflags);
        self.bits(f::gquic::PUFLAGS_VERSION, puflags);
        self.bits(f::gquic::PUFLAGS_RESET, puflags);
        if self.conn.version_valid {
            if self.conn.version < 33 {
                self.bits(f::gquic::PUFLAGS_CID_OLD, puflags);
            } else {
                self.bits(f::gquic::PUFLAGS_NONCE, puflags);
                self.bits(f::gquic::PUFLAGS_CID, puflags);
            }
        }
        self.bits(f::gquic::PUFLAGS_PKN, puflags);
        self.bits(f::gquic::PUFLAGS_MPTH, puflags);
        self.bits(f::gquic::PUFLAGS_RSV, puflags);
        let mut at = 1;
        let mut cid = 0;
        if len_cid > 0 {
            cid = self.uint(f::gquic::CID, at, 8, self.le())?;
            at += 8;
        }
        if puflags & PUFLAGS_VRSN != 0 {
            if self.sport == self.conn.server_port {
                // Version negotiation: the versions the server offers.
                while self.t.remaining(at) > 0 {
                    self.string(f::gquic::VERSION, at, 4)?;
                    at += 4;
                }
                self.info = Some(format!("Version Negotiation, CID: {cid}"));
                return Ok(());
            }
            self.string(f::gquic::VERSION, at, 4)?;
            at += 4;
        }
        if puflags & PUFLAGS_RST != 0 {
            // A public reset: a tag/value message.
            self.string(f::gquic::TAG, at, 4)?;
            at += 4;
            let n = self.uint(f::gquic::TAG_NUMBER, at, 2, true)? as u32;
            at += 2;
            self.bytes(f::gquic::PADDING, at, 2)?;
            at += 2;
            self.tags(at, n)?;
            self.info = Some(format!("Public Reset, CID: {cid}"));
            return Ok(());
        }
        if self.conn.version_valid
            && puflags & PUFLAGS_DNONCE != 0
            && self.conn.version >= 33
            && self.sport == self.conn.server_port
        {
            // Only from the server.
            self.bytes(f::gquic::DIVERSIFICATION_NONCE, at, 32)?;
            at += 32;
        }
        let len_pkn = len_packet_number(puflags);
        let pkn = self.uint(f::gquic::PACKET_NUMBER, at, len_pkn, self.le())?;
        at += len_pkn;
        self.payload(at, len_pkn)?;
        self.finish_info(pkn, cid);
        Ok(())
    }

    /// Q046's headers (`dissect_gquic_q046`).
    fn q046(&mut self) -> R<()> {
        let first = self.t.u8(0)?;
        let len_pkn = usize::from(first & 0x03) + 1;
        self.l.uint(f::gquic::PUFLAGS, first);
        self.bits(f::gquic::HEADER_FORM, first);
        self.bits(f::gquic::FIXED_BIT, first);
        let mut at;
        let mut cid = 0;
        if first & PUFLAGS_MPTH != 0 && first & PUFLAGS_RSV != 0 {
            let (v, valid) = version_number(self.t.bytes(2, 3)?);
            self.conn.version = v;
            self.conn.version_valid = valid;
            if !valid {
                self.expert(&expert::VERSION_INVALID, None);
            }
            let cil = self.t.u8(5)?;
            let len_cid = if self.sport == self.conn.server_port {
                usize::from(cil & 0x0f) + 3
            } else {
                usize::from(cil >> 4) + 3
            };
            if len_cid != 8 {
                self.expert(&expert::INVALID_PARAMETER, None);
            }
            self.bits(f::gquic::LONG_PACKET_TYPE, first);
            self.bits(f::gquic::LONG_RESERVED, first);
            self.bits(f::gquic::PACKET_NUMBER_LENGTH, first);
            self.string(f::gquic::VERSION, 1, 4)?;
            self.bits(f::gquic::DCIL, cil);
            self.bits(f::gquic::SCIL, cil);
            at = 6;
            // The Info's CID is read as 8 bytes whatever the length.
            cid = uint_of(self.t.bytes(at, 8)?, self.le());
            if len_cid > 8 {
                return Err(Stop::Bug("an integer field longer than 8 bytes"));
            }
            self.uint(f::gquic::CID, at, len_cid, self.le())?;
            at += len_cid;
        } else {
            self.bits(f::gquic::PACKET_NUMBER_LENGTH, first);
            at = 1;
            if self.sport != self.conn.server_port {
                cid = self.uint(f::gquic::CID, at, 8, self.le())?;
                at += 8;
            }
        }
        let pkn = self.uint(f::gquic::PACKET_NUMBER, at, len_pkn, self.le())?;
        at += len_pkn;
        self.payload(at, len_pkn)?;
        self.finish_info(pkn, cid);
        Ok(())
    }

    /// After the packet number: the frames of a packet in the clear, or
    /// the encrypted payload.
    fn payload(&mut self, at: usize, len_pkn: usize) -> R<()> {
        if self.in_clear(at, len_pkn) {
            self.clear(at, len_pkn)
        } else {
            self.set_info("Payload (Encrypted)");
            self.bytes_to_end(f::gquic::PAYLOAD, at)
        }
    }

    /// `is_gquic_unencrypt`: the frames walked without being shown, to
    /// find a handshake message (or a connection close) in the clear.
    /// Learns the server's port from a CHLO sent from another port than
    /// 443, as tshark does here.
    fn in_clear(&mut self, mut at: usize, len_pkn: usize) -> bool {
        let t = self.t;
        let captured = |at: usize| t.b.len().saturating_sub(at);
        if captured(at) <= 13 {
            return false;
        }
        at += 12;
        let old = self.conn.version_valid && self.conn.version < 34;
        if old {
            at += 1;
        }
        let le = self.le();
        let u16_at = |at: usize| uint_of(&t.b[at..at + 2], le) as usize;
        while t.remaining(at) > 0 {
            if captured(at) <= 1 {
                return false;
            }
            let frame_type = t.b[at];
            if frame_type & FTFLAGS_SPECIAL == 0 {
                at += 1;
                match frame_type {
                    FT_PADDING => return false,
                    FT_RST_STREAM => at += 16,
                    FT_CONNECTION_CLOSE => {
                        at += 4;
                        if captured(at) <= 2 {
                            return false;
                        }
                        let len_reason = u16_at(at);
                        at += 2;
                        if captured(at) == len_reason {
                            return true;
                        }
                    }
                    FT_GOAWAY => {
                        at += 8;
                        if captured(at) <= 2 {
                            return false;
                        }
                        let len_reason = u16_at(at);
                        at += 2 + len_reason;
                    }
                    FT_WINDOW_UPDATE => at += 12,
                    FT_BLOCKED => at += 4,
                    FT_STOP_WAITING => at += usize::from(old) + len_pkn,
                    _ => {}
                }
            } else if frame_type & FTFLAGS_STREAM != 0 {
                let len_data = if frame_type & FTFLAGS_STREAM_D != 0 {
                    2
                } else {
                    0
                };
                at += 1 + len_stream(frame_type) + len_offset(frame_type) + len_data;
                if captured(at) <= 4 {
                    return false;
                }
                let tag = u32::from_be_bytes([t.b[at], t.b[at + 1], t.b[at + 2], t.b[at + 3]]);
                if matches!(tag, MTAG_CHLO | MTAG_SHLO | MTAG_REJ) {
                    if tag == MTAG_CHLO && self.sport != DEFAULT_SERVER_PORT {
                        self.conn.server_port = self.dport;
                    }
                    return true;
                }
            } else if frame_type & FTFLAGS_ACK != 0 {
                let ll = len_largest_observed(frame_type);
                let mm = len_missing_packet(frame_type);
                at += 1;
                if old {
                    at += 1 + ll + 2;
                    if captured(at) <= 1 {
                        return false;
                    }
                    let n = usize::from(t.b[at]);
                    at += 1;
                    if n > 0 {
                        at += 5 + (n - 1) * 3;
                    }
                    if frame_type & FTFLAGS_ACK_N != 0 {
                        if captured(at) <= 1 {
                            return false;
                        }
                        let ranges = usize::from(t.b[at]);
                        at += 1 + ranges * (mm + 1);
                        if captured(at) <= 1 {
                            return false;
                        }
                        let revived = usize::from(t.b[at]);
                        at += 1 + revived * ll;
                    }
                } else {
                    at += ll + 2;
                    let mut blocks = 0;
                    if frame_type & FTFLAGS_ACK_N != 0 {
                        if captured(at) <= 1 {
                            return false;
                        }
                        blocks = usize::from(t.b[at]);
                        at += 1;
                    }
                    at += mm + blocks * (1 + mm);
                    if captured(at) <= 1 {
                        return false;
                    }
                    let n = usize::from(t.b[at]);
                    at += 1;
                    if n > 0 {
                        at += 5 + (n - 1) * 3;
                    }
                }
            } else {
                at += 1;
            }
        }
        false
    }

    /// `dissect_gquic_unencrypt`: the hash, Q033's private flags, the
    /// frames.
    fn clear(&mut self, mut at: usize, len_pkn: usize) -> R<()> {
        self.bytes(f::gquic::MESSAGE_AUTHENTICATION_HASH, at, 12)?;
        at += 12;
        if self.conn.version_valid && self.conn.version < 34 {
            let p = self.t.u8(at)?;
            self.l.uint(f::gquic::PRFLAGS, p);
            self.bits(f::gquic::PRFLAGS_ENTROPY, p);
            self.bits(f::gquic::PRFLAGS_FECG, p);
            self.bits(f::gquic::PRFLAGS_FEC, p);
            self.bits(f::gquic::PRFLAGS_RSV, p);
            at += 1;
        }
        while self.t.remaining(at) > 0 {
            at = self.frame(at, len_pkn)?;
        }
        Ok(())
    }

    /// One frame (`dissect_gquic_frame_type`); where the next starts.
    fn frame(&mut self, mut at: usize, len_pkn: usize) -> R<usize> {
        let frame_type = self.t.u8(at)?;
        self.l.present(f::gquic::FRAME);
        self.l.uint(f::gquic::FRAME_TYPE, frame_type);
        let le = self.le();
        let old = self.conn.version_valid && self.conn.version < 34;
        if frame_type & FTFLAGS_SPECIAL == 0 && frame_type != FT_CRYPTO {
            at += 1;
            match frame_type {
                FT_PADDING => {
                    let pad_len = self.t.remaining(at);
                    self.l
                        .uint(f::gquic::FRAME_TYPE_PADDING_LENGTH, pad_len as u64);
                    if pad_len > 0 {
                        self.bytes_to_end(f::gquic::FRAME_TYPE_PADDING, at)?;
                    }
                    at += pad_len;
                }
                FT_RST_STREAM => {
                    self.uint(f::gquic::FRAME_TYPE_RSTS_STREAM_ID, at, 4, le)?;
                    self.uint(f::gquic::FRAME_TYPE_RSTS_BYTE_OFFSET, at + 4, 8, le)?;
                    self.uint(f::gquic::FRAME_TYPE_RSTS_ERROR_CODE, at + 12, 4, le)?;
                    at += 16;
                    self.set_info("RST STREAM");
                }
                FT_CONNECTION_CLOSE => {
                    self.uint(f::gquic::FRAME_TYPE_CC_ERROR_CODE, at, 4, le)?;
                    let len =
                        self.uint(f::gquic::FRAME_TYPE_CC_REASON_PHRASE_LENGTH, at + 4, 2, le)?
                            as usize;
                    at += 6;
                    self.string(f::gquic::FRAME_TYPE_CC_REASON_PHRASE, at, len)?;
                    at += len;
                    self.set_info("Connection Close");
                }
                FT_GOAWAY => {
                    self.uint(f::gquic::FRAME_TYPE_GOAWAY_ERROR_CODE, at, 4, le)?;
                    self.uint(
                        f::gquic::FRAME_TYPE_GOAWAY_LAST_GOOD_STREAM_ID,
                        at + 4,
                        4,
                        le,
                    )?;
                    let len = self.uint(
                        f::gquic::FRAME_TYPE_GOAWAY_REASON_PHRASE_LENGTH,
                        at + 8,
                        2,
                        le,
                    )? as usize;
                    at += 10;
                    self.string(f::gquic::FRAME_TYPE_GOAWAY_REASON_PHRASE, at, len)?;
                    at += len;
                    self.set_info("GOAWAY");
                }
                FT_WINDOW_UPDATE => {
                    self.uint(f::gquic::FRAME_TYPE_WU_STREAM_ID, at, 4, le)?;
                    self.uint(f::gquic::FRAME_TYPE_WU_BYTE_OFFSET, at + 4, 8, le)?;
                    at += 12;
                }
                FT_BLOCKED => {
                    self.uint(f::gquic::FRAME_TYPE_BLOCKED_STREAM_ID, at, 4, le)?;
                    at += 4;
                }
                FT_STOP_WAITING => {
                    if old {
                        self.uint(f::gquic::FRAME_TYPE_SW_SEND_ENTROPY, at, 1, le)?;
                        at += 1;
                    }
                    self.uint(f::gquic::FRAME_TYPE_SW_LEAST_UNACKED_DELTA, at, len_pkn, le)?;
                    at += len_pkn;
                }
                // PING and the unknown types: the type alone.
                _ => {}
            }
            return Ok(at);
        }
        self.bits(f::gquic::FRAME_TYPE_STREAM, frame_type);
        if frame_type == FT_CRYPTO {
            // tshark asserts a version of 50 or more (IETF QUIC's header,
            // which is not this dissector's).
            if !(self.conn.version_valid && self.conn.version >= 50) {
                return Err(Stop::Bug("a CRYPTO frame in a gQUIC version before Q050"));
            }
            return Err(Stop::Bug("a CRYPTO frame in a gQUIC header"));
        }
        if frame_type & FTFLAGS_STREAM != 0 {
            self.bits(f::gquic::FRAME_TYPE_STREAM_F, frame_type);
            self.bits(f::gquic::FRAME_TYPE_STREAM_D, frame_type);
            let len_data = if frame_type & FTFLAGS_STREAM_D != 0 {
                2
            } else {
                0
            };
            self.bits(f::gquic::FRAME_TYPE_STREAM_OOO, frame_type);
            let lo = len_offset(frame_type);
            self.bits(f::gquic::FRAME_TYPE_STREAM_SS, frame_type);
            let ls = len_stream(frame_type);
            at += 1;
            let stream_id = self.uint(f::gquic::STREAM_ID, at, ls, le)?;
            at += ls;
            if lo > 0 {
                self.uint(f::gquic::OFFSET, at, lo, le)?;
                at += lo;
            }
            if len_data > 0 {
                self.uint(f::gquic::DATA_LEN, at, len_data, le)?;
                at += len_data;
            }
            match stream_id {
                1 => {
                    // The handshake stream: a tag/value message.
                    let tag = u32_be(&self.t, at)?;
                    self.string(f::gquic::TAG, at, 4)?;
                    self.set_info(message_tag_name(tag));
                    at += 4;
                    at = self.tag_message(at)?;
                }
                3 => {
                    // HTTP/2 HEADERS: tshark's HTTP/2 dissector reads the
                    // rest (not decoded here).
                    self.set_info("H2");
                    at = self.t.reported;
                }
                _ => {
                    let n = self.t.remaining(at);
                    self.set_info("DATA");
                    self.bytes(f::gquic::STREAM_DATA, at, n)?;
                    at += n;
                }
            }
            return Ok(at);
        }
        if frame_type & FTFLAGS_ACK != 0 {
            self.bits(f::gquic::FRAME_TYPE_ACK, frame_type);
            self.bits(f::gquic::FRAME_TYPE_ACK_N, frame_type);
            if old {
                self.bits(f::gquic::FRAME_TYPE_ACK_T, frame_type);
            } else {
                self.bits(f::gquic::FRAME_TYPE_ACK_U, frame_type);
            }
            self.bits(f::gquic::FRAME_TYPE_ACK_LL, frame_type);
            let ll = len_largest_observed(frame_type);
            self.bits(f::gquic::FRAME_TYPE_ACK_MM, frame_type);
            let mm = len_missing_packet(frame_type);
            at += 1;
            if old {
                self.uint(f::gquic::FRAME_TYPE_ACK_RECEIVED_ENTROPY, at, 1, le)?;
                at += 1;
                self.uint(f::gquic::FRAME_TYPE_ACK_LARGEST_OBSERVED, at, ll, le)?;
                at += ll;
                self.uint(f::gquic::FRAME_TYPE_ACK_ACK_DELAY_TIME, at, 2, le)?;
                at += 2;
                let n = self.uint(f::gquic::FRAME_TYPE_ACK_NUM_TIMESTAMP, at, 1, le)?;
                at = self.ack_timestamps(
                    at + 1,
                    n,
                    f::gquic::FRAME_TYPE_ACK_DELTA_LARGEST_OBSERVED,
                    f::gquic::FRAME_TYPE_ACK_FIRST_TIMESTAMP,
                )?;
                if frame_type & FTFLAGS_ACK_N != 0 {
                    let ranges = self.uint(f::gquic::FRAME_TYPE_ACK_NUM_RANGES, at, 1, le)?;
                    at += 1;
                    for _ in 0..ranges {
                        self.uint(f::gquic::FRAME_TYPE_ACK_MISSING_PACKET, at, mm, le)?;
                        at += mm;
                        self.uint(f::gquic::FRAME_TYPE_ACK_RANGE_LENGTH, at, 1, le)?;
                        at += 1;
                    }
                    let revived = self.uint(f::gquic::FRAME_TYPE_ACK_NUM_REVIVED, at, 1, le)?;
                    at += 1;
                    for _ in 0..revived {
                        self.uint(f::gquic::FRAME_TYPE_ACK_REVIVED_PACKET, at, ll, le)?;
                        at += ll;
                    }
                }
            } else {
                self.uint(f::gquic::FRAME_TYPE_ACK_LARGEST_ACKED, at, ll, le)?;
                at += ll;
                self.uint(f::gquic::FRAME_TYPE_ACK_LARGEST_ACKED_DELTA_TIME, at, 2, le)?;
                at += 2;
                let mut blocks = 0;
                if frame_type & FTFLAGS_ACK_N != 0 {
                    blocks = self.uint(f::gquic::FRAME_TYPE_ACK_NUM_BLOCKS, at, 1, le)?;
                    at += 1;
                }
                self.uint(f::gquic::FRAME_TYPE_ACK_FIRST_ACK_BLOCK_LENGTH, at, mm, le)?;
                at += mm;
                for _ in 0..blocks {
                    self.uint(f::gquic::FRAME_TYPE_ACK_GAP_TO_NEXT_BLOCK, at, 1, le)?;
                    at += 1;
                    self.uint(f::gquic::FRAME_TYPE_ACK_ACK_BLOCK_LENGTH, at, mm, le)?;
                    at += mm;
                }
                let n = self.uint(f::gquic::FRAME_TYPE_ACK_NUM_TIMESTAMP, at, 1, le)?;
                at = self.ack_timestamps(
                    at + 1,
                    n,
                    f::gquic::FRAME_TYPE_ACK_DELTA_LARGEST_ACKED,
                    f::gquic::FRAME_TYPE_ACK_TIME_SINCE_LARGEST_ACKED,
                )?;
            }
            return Ok(at);
        }
        // CONGESTION_FEEDBACK and the like: the type alone.
        Ok(at + 1)
    }

    /// An ACK frame's `n` timestamps from `at`: the first as a delta
    /// (`delta`) and a 4-byte time (`first`: before Q034 the first
    /// timestamp, after it the time since the largest acked), each later
    /// one as a delta and the time since the previous; where they end.
    fn ack_timestamps(
        &mut self,
        mut at: usize,
        n: u64,
        delta: &'static crate::dissect::field::FieldDef,
        first: &'static crate::dissect::field::FieldDef,
    ) -> R<usize> {
        let le = self.le();
        if n == 0 {
            return Ok(at);
        }
        self.uint(delta, at, 1, le)?;
        self.uint(first, at + 1, 4, le)?;
        at += 5;
        for _ in 1..n {
            self.uint(delta, at, 1, le)?;
            self.uint(
                f::gquic::FRAME_TYPE_ACK_TIME_SINCE_PREVIOUS_TIMESTAMP,
                at + 1,
                2,
                le,
            )?;
            at += 3;
        }
        Ok(at)
    }

    /// A handshake message's tag count, padding and tag/value list
    /// (`dissect_gquic_tags`).
    fn tag_message(&mut self, at: usize) -> R<usize> {
        let n = self.uint(f::gquic::TAG_NUMBER, at, 2, true)? as u32;
        self.bytes(f::gquic::PADDING, at + 2, 2)?;
        self.tags(at + 4, n)
    }

    /// `n` tags from `at`: their types and end offsets, then their values
    /// after them (`dissect_gquic_tag`); where the message ends.
    fn tags(&mut self, at: usize, n: u32) -> R<usize> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Stop::Bug("server configs nested too deep"));
        }
        let r = self.tag_list(at, n);
        self.depth -= 1;
        r
    }

    fn tag_list(&mut self, mut at: usize, mut n: u32) -> R<usize> {
        // tshark's offsets are 32-bit.
        let values = (at as u32).wrapping_add(n.wrapping_mul(8));
        let mut tag_offset: u32 = 0;
        let mut total: u32 = 0;
        while n > 0 {
            self.t.bytes(at, 8)?;
            self.l.present(f::gquic::TAGS);
            self.string(f::gquic::TAG_TYPE, at, 4)?;
            let tag = u32_be(&self.t, at)?;
            at += 4;
            self.uint(f::gquic::TAG_OFFSET_END, at, 4, true)?;
            let mut offset_end = uint_of(self.t.bytes(at, 4)?, true) as u32;
            let mut tag_len = offset_end.wrapping_sub(tag_offset) as i32;
            self.l.uint(f::gquic::TAG_OFFSET_LENGTH, tag_len as u32);
            at += 4;
            let start = values.wrapping_add(tag_offset) as usize;
            let room = self.t.remaining(start);
            if i64::from(tag_len) > room as i64 {
                tag_len = room as i32;
                offset_end = tag_offset.wrapping_add(tag_len as u32);
                self.expert(&expert::TAG_LENGTH, None);
            }
            total = total.wrapping_add(tag_len as u32);
            if tag_len < 0 {
                // A negative length: tshark's item throws.
                return Err(Stop::Read(Bound::Past));
            }
            let len = tag_len as usize;
            self.bytes(f::gquic::TAG_VALUE, start, len)?;
            tag_offset = self.tag_value(tag, values, tag_offset, offset_end, at - 8)?;
            if tag_offset != offset_end {
                // The value's reads did not end where the tag says.
                self.expert(&expert::TAG_UNKNOWN, None);
                tag_offset = offset_end;
            }
            n -= 1;
        }
        let at32 = at as u32;
        if at32.wrapping_add(total) <= at32 {
            self.expert(
                &expert::LENGTH_INVALID,
                Some(format!("Invalid total tag length: {total}")),
            );
            return Ok(at + self.t.remaining(at));
        }
        Ok(at + total as usize)
    }

    /// One tag's value, read by its type from `values + tag_offset`, the
    /// tag's offset moved on as tshark moves it; returns it.
    /// `type_at`: where the tag's type is (an unknown tag's message).
    fn tag_value(
        &mut self,
        tag: u32,
        values: u32,
        mut tag_offset: u32,
        offset_end: u32,
        type_at: usize,
    ) -> R<u32> {
        // The value's bytes, `tag_offset..offset_end` past `values` (the
        // length was checked not negative).
        let start = values.wrapping_add(tag_offset) as usize;
        let len = offset_end.wrapping_sub(tag_offset) as usize;
        use f::gquic as g;
        // tshark's `tag_offset_start + tag_offset`, in 32 bits.
        let pos = |o: u32| values.wrapping_add(o) as usize;
        let left = |o: u32| offset_end.wrapping_sub(o);
        let len32 = len as u32;
        if let Some((def, read)) = tag_read(tag) {
            let n = match read {
                Read::Str => self.string(def, start, len).map(|_| len)?,
                Read::StrOf(n) => self.string(def, start, n).map(|_| n)?,
                Read::Bytes => self.bytes(def, start, len).map(|_| len)?,
                Read::BytesOf(n) => self.bytes(def, start, n).map(|_| n)?,
                Read::Uint(n) => self.uint(def, start, n, true).map(|_| n)?,
                Read::StrEach => {
                    while left(tag_offset) >= 4 {
                        self.string(def, pos(tag_offset), 4)?;
                        tag_offset = tag_offset.wrapping_add(4);
                    }
                    0
                }
                Read::UintEach(n, le) => {
                    while left(tag_offset) >= n as u32 {
                        self.uint(def, pos(tag_offset), n, le)?;
                        tag_offset = tag_offset.wrapping_add(n as u32);
                    }
                    0
                }
            };
            return Ok(tag_offset.wrapping_add(n as u32));
        }
        match tag {
            TAG_SCFG => {
                self.string(g::TAG_SCFG, start, 4)?;
                tag_offset = tag_offset.wrapping_add(4);
                let n = self.uint(g::TAG_SCFG_NUMBER, pos(tag_offset), 4, true)? as u32;
                tag_offset = tag_offset.wrapping_add(4);
                self.tags(pos(tag_offset), n)?;
                tag_offset = tag_offset.wrapping_add(len32.wrapping_sub(8));
            }
            TAG_PUBS => {
                self.uint(g::TAG_PUBS, start, 2, true)?;
                tag_offset = tag_offset.wrapping_add(2);
                while left(tag_offset) >= 3 {
                    self.uint(g::TAG_PUBS, pos(tag_offset), 3, true)?;
                    tag_offset = tag_offset.wrapping_add(3);
                }
            }
            TAG_CTIM => {
                let b = self.t.bytes(start, 8)?;
                let secs = uint_of(&b[..4], true) as i64;
                let nanos = uint_of(&b[4..], true) as u32;
                // A nanosecond count past a second carries into the seconds.
                self.l.push(
                    g::TAG_CTIM,
                    Value::Time(Timestamp {
                        secs: secs + i64::from(nanos / 1_000_000_000),
                        nanos: nanos % 1_000_000_000,
                    }),
                );
                tag_offset = tag_offset.wrapping_add(8);
            }
            TAG_CADR => {
                let kind = self.uint(g::TAG_CADDR_ADDR_TYPE, start, 2, true)?;
                tag_offset = tag_offset.wrapping_add(2);
                match kind {
                    2 => {
                        let b = self.t.bytes(pos(tag_offset), 4)?;
                        self.l.push(
                            g::TAG_CADDR_ADDR_IPV4,
                            Value::Ipv4([b[0], b[1], b[2], b[3]]),
                        );
                        tag_offset = tag_offset.wrapping_add(4);
                    }
                    10 => {
                        let b = self.t.bytes(pos(tag_offset), 16)?;
                        let mut a = [0u8; 16];
                        a.copy_from_slice(b);
                        self.l.push(g::TAG_CADDR_ADDR_IPV6, Value::Ipv6(a));
                        tag_offset = tag_offset.wrapping_add(16);
                    }
                    _ => {
                        let n = len as i64 - 4;
                        if n < 0 {
                            return Err(Stop::Read(Bound::Past));
                        }
                        self.bytes(g::TAG_CADDR_ADDR, pos(tag_offset), n as usize)?;
                        tag_offset = tag_offset.wrapping_add(len32 + 4);
                    }
                }
                self.uint(g::TAG_CADDR_PORT, pos(tag_offset), 2, true)?;
                tag_offset = tag_offset.wrapping_add(2);
            }
            _ => {
                self.bytes(g::TAG_UNKNOWN, start, len)?;
                let name = ascii(self.t.bytes(type_at, 4)?).into_owned();
                self.expert(
                    &expert::TAG_UNDECODED,
                    Some(format!(
                        "Dissector for (Google) QUIC Tag {name} (Unknown) code not implemented, Contact Wireshark developers if you want this supported"
                    )),
                );
                tag_offset = tag_offset.wrapping_add(len32);
            }
        }
        Ok(tag_offset)
    }
}

/// How tshark reads a tag's value, where it is one item or a run of
/// like items (the tags with a layout of their own, SCFG, PUBS, CTIM and
/// CADR, are read in [`Walker::tag_value`]).
#[derive(Clone, Copy)]
enum Read {
    /// The whole value as a string, or `n` bytes of it.
    Str,
    StrOf(usize),
    /// The whole value as bytes, or `n` bytes of it.
    Bytes,
    BytesOf(usize),
    /// An `n`-byte little-endian integer.
    Uint(usize),
    /// 4-byte strings while 4 bytes are left.
    StrEach,
    /// `n`-byte integers (little-endian or not) while `n` bytes are left.
    UintEach(usize, bool),
}

/// A tag's field and how it is read (`dissect_gquic_tag`'s cases).
fn tag_read(tag: u32) -> Option<(&'static crate::dissect::field::FieldDef, Read)> {
    use f::gquic as g;
    Some(match tag {
        TAG_SNI => (g::TAG_SNI, Read::Str),
        TAG_PDMD => (g::TAG_PDMD, Read::Str),
        TAG_UAID => (g::TAG_UAID, Read::Str),
        TAG_EPID => (g::TAG_EPID, Read::Str),
        TAG_TBKP => (g::TAG_TBKP, Read::StrOf(4)),
        TAG_PAD => (g::TAG_PAD, Read::Bytes),
        TAG_STK => (g::TAG_STK, Read::Bytes),
        TAG_SNO => (g::TAG_SNO, Read::Bytes),
        TAG_PROF => (g::TAG_PROF, Read::Bytes),
        TAG_CRT => (g::TAG_CRT, Read::Bytes),
        TAG_SCID => (g::TAG_SCID, Read::Bytes),
        TAG_OBIT => (g::TAG_OBIT, Read::Bytes),
        TAG_CCRT => (g::TAG_CCRT, Read::Bytes),
        TAG_CETV => (g::TAG_CETV, Read::Bytes),
        TAG_CSCT => (g::TAG_CSCT, Read::Bytes),
        TAG_QLVE => (g::TAG_QLVE, Read::Bytes),
        TAG_CGST => (g::TAG_CGST, Read::Bytes),
        TAG_SRST => (g::TAG_SRST, Read::Bytes),
        TAG_NONC => (g::TAG_NONC, Read::BytesOf(32)),
        TAG_NONP => (g::TAG_NONP, Read::BytesOf(32)),
        TAG_XLCT => (g::TAG_XLCT, Read::BytesOf(8)),
        TAG_EXPY => (g::TAG_EXPY, Read::Uint(8)),
        TAG_STTL => (g::TAG_STTL, Read::Uint(8)),
        TAG_RNON => (g::TAG_RNON, Read::Uint(8)),
        TAG_RSEQ => (g::TAG_RSEQ, Read::Uint(8)),
        TAG_MSPC => (g::TAG_MSPC, Read::Uint(4)),
        TAG_TCID => (g::TAG_TCID, Read::Uint(4)),
        TAG_SRBF => (g::TAG_SRBF, Read::Uint(4)),
        TAG_ICSL => (g::TAG_ICSL, Read::Uint(4)),
        TAG_SCLS => (g::TAG_SCLS, Read::Uint(4)),
        TAG_IRTT => (g::TAG_IRTT, Read::Uint(4)),
        TAG_CFCW => (g::TAG_CFCW, Read::Uint(4)),
        TAG_SFCW => (g::TAG_SFCW, Read::Uint(4)),
        TAG_MIDS => (g::TAG_MIDS, Read::Uint(4)),
        TAG_FHOL => (g::TAG_FHOL, Read::Uint(4)),
        TAG_SMHL => (g::TAG_SMHL, Read::Uint(4)),
        TAG_MAD0 => (g::TAG_MAD0, Read::Uint(4)),
        TAG_VER => (g::TAG_VERSION, Read::StrEach),
        TAG_AEAD => (g::TAG_AEAD, Read::StrEach),
        TAG_KEXS => (g::TAG_KEXS, Read::StrEach),
        TAG_COPT => (g::TAG_COPT, Read::StrEach),
        // Common certificate sets: 8-byte hashes read big-endian (ENC_NA).
        TAG_CCS => (g::TAG_CCS, Read::UintEach(8, false)),
        TAG_RREJ => (g::TAG_RREJ, Read::UintEach(4, true)),
        _ => return None,
    })
}

const TAG_PAD: u32 = 0x5041_4400;
const TAG_SNI: u32 = 0x534e_4900;
const TAG_VER: u32 = 0x5645_5200;
const TAG_CCS: u32 = 0x4343_5300;
const TAG_UAID: u32 = 0x5541_4944;
const TAG_PDMD: u32 = 0x5044_4d44;
const TAG_STK: u32 = 0x5354_4b00;
const TAG_SNO: u32 = 0x534e_4f00;
const TAG_PROF: u32 = 0x5052_4f46;
const TAG_SCFG: u32 = 0x5343_4647;
const TAG_RREJ: u32 = 0x5252_454a;
const TAG_CRT: u32 = 0x4352_54ff;
const TAG_AEAD: u32 = 0x4145_4144;
const TAG_SCID: u32 = 0x5343_4944;
const TAG_PUBS: u32 = 0x5055_4253;
const TAG_KEXS: u32 = 0x4b45_5853;
const TAG_OBIT: u32 = 0x4f42_4954;
const TAG_EXPY: u32 = 0x4558_5059;
const TAG_NONC: u32 = 0x4e4f_4e43;
const TAG_MSPC: u32 = 0x4d53_5043;
const TAG_TCID: u32 = 0x5443_4944;
const TAG_SRBF: u32 = 0x5352_4246;
const TAG_ICSL: u32 = 0x4943_534c;
const TAG_SCLS: u32 = 0x5343_4c53;
const TAG_COPT: u32 = 0x434f_5054;
const TAG_CCRT: u32 = 0x4343_5254;
const TAG_IRTT: u32 = 0x4952_5454;
const TAG_CFCW: u32 = 0x4346_4357;
const TAG_SFCW: u32 = 0x5346_4357;
const TAG_CETV: u32 = 0x4345_5456;
const TAG_XLCT: u32 = 0x584c_4354;
const TAG_NONP: u32 = 0x4e4f_4e50;
const TAG_CSCT: u32 = 0x4353_4354;
const TAG_CTIM: u32 = 0x4354_494d;
const TAG_MIDS: u32 = 0x4d49_4453;
const TAG_FHOL: u32 = 0x4648_4f4c;
const TAG_STTL: u32 = 0x5354_544c;
const TAG_SMHL: u32 = 0x534d_484c;
const TAG_TBKP: u32 = 0x5442_4b50;
const TAG_MAD0: u32 = 0x4d41_4400;
const TAG_QLVE: u32 = 0x514c_5645;
const TAG_CGST: u32 = 0x4347_5354;
const TAG_EPID: u32 = 0x4550_4944;
const TAG_SRST: u32 = 0x5352_5354;
const TAG_RNON: u32 = 0x524e_4f4e;
const TAG_RSEQ: u32 = 0x5253_4551;
const TAG_CADR: u32 = 0x4341_4452;

/// gQUIC's expert items, as tshark 4.0 registers them.
mod expert {
    use crate::dissect::expert::ei;
    use crate::dissect::fields::gquic;

    ei!(TAG_UNDECODED, gquic::TAG_UNDECODED, Undecoded, Note);
    ei!(TAG_LENGTH, gquic::TAG_LENGTH_TRUNCATED, Malformed, Note);
    ei!(TAG_UNKNOWN, gquic::TAG_UNKNOWN_DATA, Undecoded, Note);
    ei!(VERSION_INVALID, gquic::VERSION_INVALID, Malformed, Error);
    ei!(
        INVALID_PARAMETER,
        gquic::INVALID_PARAMETER,
        Malformed,
        Error
    );
    ei!(LENGTH_INVALID, gquic::LENGTH_INVALID, Protocol, Warn);
}

/// The tree's line: the header's version, packet number and what the
/// packet carries.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    match l.get_str(f::gquic::OSIDUMP_INFO) {
        Some(s) => out.push_str(s.trim_start_matches(", ")),
        None => out.push_str("gQUIC"),
    }
    if let Some(v) = l.get_str(f::gquic::VERSION) {
        out.push_str(", ");
        out.push_str(v);
    }
}

/// tshark's Info: what the packet's frames wrote (or UDP's text, when
/// none wrote any), then the packet number and connection ID.
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    match l.get_str(f::gquic::OSIDUMP_INFO) {
        // No frame named the packet (no frame's text starts so): UDP's
        // text stays before the packet number.
        Some(s) if s.starts_with(", ") => {
            udp_info(out, layers, i);
            out.push_str(s);
        }
        Some(s) => out.push_str(s),
        None => udp_info(out, layers, i),
    }
}

/// UDP's Info text, which gQUIC's own follows (or stands for).
fn udp_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(u) = layers[..i].iter().rposition(|l| l.protocol == "udp") {
        crate::dissect::spec::info(out, layers, u, &crate::dissect::summary::EN);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "gquic",
    also: &[],
    title: "GQUIC (Google Quick UDP Internet Connections)",
    osi: Osi::Presentation,
    fields: f::gquic::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "GQUIC"),
    app: Some(AppSpec {
        decode_as: &["gquic"],
        tcp_ports: &[],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: Some(probe),
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
