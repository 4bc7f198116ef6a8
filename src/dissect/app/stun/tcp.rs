//! STUN over TCP as tshark 4.0's packet-stun.c reads it: TCP port 3478,
//! and a heuristic on every segment of a conversation no dissector has by
//! port (a message with the magic cookie, no ChannelData, the segment
//! holding at least the message's length), which makes the conversation
//! STUN's both ways from that segment on.
//!
//! tshark frames the stream with `tcp_dissect_pdus` (a 4-byte fixed
//! part): a message is its header's length plus 20 bytes, ChannelData its
//! length plus 4 rounded up to 4 bytes, and a message framed as RFC 4571
//! (ICE-TCP, RFC 6544: the magic cookie two bytes late) the 2-byte frame
//! length plus 2, shown as `stun.tcp_frame_length`. Like tshark, whether
//! the framing is RFC 4571's is read at bytes 6-9 of what TCP handed over
//! in one call (a segment, or a message it reassembled), for each message
//! of the call. A message the framing delimits but STUN refuses (no
//! cookie, a length that disagrees) shows nothing; a frame length under
//! the fixed part is tshark's bounds error, a malformed STUN.
//!
//! After a ConnectionBind success response (RFC 6062) the connection is
//! no longer TURN's: from the next frame on its bytes are data, as tshark
//! hands the conversation to `data` (a message it was reassembling
//! included).

use super::{
    CHANNEL_HDR, HDR, MESSAGE_COOKIE, Place, SUCCESS_RESPONSE, Transaction, Tvb, channel_data,
    class, message, method,
};
use crate::dissect::app::pdu_framer::{End, Options, PduFramer, Pdus, Want};
use crate::dissect::app::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::layer::{AnomalyKind, Layer, Osi};
use std::collections::{HashMap, VecDeque};

/// tcp_dissect_pdus's fixed part: the type and length words.
const FIXED: usize = 4;
/// Bytes needed to see RFC 4571 framing: the cookie at 6-9.
const FRAME_COOKIE_LEN: usize = 10;
/// The largest message the framing can announce, plus the framing.
const MAX_MESSAGE: usize = 65535 + HDR + 2;
/// Transactions of one connection kept at most.
const MAX_TCP_TRANSACTIONS: usize = 1024;
/// ConnectionBind.
const CONNECTION_BIND: u16 = 0x00b;

fn be16(b: &[u8], at: usize) -> usize {
    usize::from(u16::from_be_bytes([b[at], b[at + 1]]))
}

fn cookie_at(b: &[u8], at: usize) -> bool {
    b.get(at..at + 4)
        .is_some_and(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]) == MESSAGE_COOKIE)
}

/// Whether a call's bytes are RFC 4571 framed (get_stun_message_len and
/// dissect_stun_message look at bytes 6-9 of the bytes they are given).
fn framed(call: &[u8]) -> bool {
    call.len() >= FRAME_COOKIE_LEN && cookie_at(call, 6)
}

/// get_stun_message_len: the length of the message at `at` of a call's
/// bytes (at least [`FIXED`] of them there).
fn pdu_len(call: &[u8], at: usize) -> usize {
    if framed(call) {
        return be16(call, at) + 2;
    }
    let (msg_type, len) = (be16(call, at), be16(call, at + 2));
    if msg_type & 0xc000 != 0 {
        (len + CHANNEL_HDR + 3) & !3
    } else {
        len + HDR
    }
}

/// dissect_stun_heur_tcp: a segment that starts with a STUN message (not
/// ChannelData) and holds at least its length.
pub(super) fn probe(b: &[u8]) -> Probe {
    if b.len() < FIXED {
        return Probe::NotForUs;
    }
    let skip = if framed(b) { 2 } else { 0 };
    let msg_type = be16(b, skip);
    let len = be16(b, skip + 2);
    if msg_type & 0xc000 != 0 || b.len() < HDR || !cookie_at(b, skip + 4) {
        return Probe::NotForUs;
    }
    if b.len() < len + HDR + skip {
        return Probe::NotForUs;
    }
    Probe::Certain
}

/// One TCP connection's STUN.
pub struct StunTcpDecoder {
    framer: PduFramer,
    conn: Conn,
}

impl Default for StunTcpDecoder {
    fn default() -> Self {
        StunTcpDecoder {
            // A message longer than the framing can announce: its side is
            // not read further.
            framer: PduFramer::new(Options {
                max_pdu: Some(MAX_MESSAGE),
                ..Options::default()
            }),
            conn: Conn::default(),
        }
    }
}

/// What the messages of a connection read besides their bytes.
#[derive(Default)]
struct Conn {
    transactions: HashMap<[u8; 12], Transaction>,
    order: VecDeque<[u8; 12]>,
    frame: u64,
    ts_ns: i128,
    /// The frame from which on the connection is data (after a
    /// ConnectionBind success response).
    data_from: Option<u64>,
}

impl Conn {
    fn transaction(&mut self, id: [u8; 12]) -> &mut Transaction {
        if !self.transactions.contains_key(&id) {
            self.order.push_back(id);
            if self.order.len() > MAX_TCP_TRANSACTIONS
                && let Some(old) = self.order.pop_front()
            {
                self.transactions.remove(&old);
            }
        }
        self.transactions.entry(id).or_insert(Transaction {
            req_frame: 0,
            rep_frame: 0,
            req_ns: self.ts_ns,
        })
    }

    fn data_now(&self) -> bool {
        self.data_from.is_some_and(|f| self.frame >= f)
    }

    /// One call of tshark's STUN on `b`: its whole messages with the spans
    /// of `b` they cover; a cut one waits for more.
    fn call(&mut self, b: &[u8], out: &mut Pdus) -> End {
        let mut at = 0usize;
        while at < b.len() {
            if b.len() - at < FIXED {
                return End::More(at, Want::OneMoreSegment);
            }
            let len = pdu_len(b, at);
            if len < FIXED {
                // tshark's bounds error: the rest of the call is lost.
                let mut l = Layer::new(Osi::Session, "stun", 0..0);
                l.throw(AnomalyKind::Malformed, "stun");
                out.push((l, at, b.len()));
                return End::Done;
            }
            if b.len() - at < len {
                return End::More(at, Want::Total(len));
            }
            self.pdu(&b[at..at + len], at, out);
            at += len;
        }
        End::Done
    }

    /// dissect_stun_message on one message's bytes.
    fn pdu(&mut self, b: &[u8], at: usize, out: &mut Pdus) {
        let mut layers = Vec::new();
        let skip = if framed(b) { 2 } else { 0 };
        let reported = b.len() - skip;
        let m = &b[skip..];
        let msg_type = be16(b, skip) as u16;
        let len = be16(b, skip + 2);
        let tvb = Tvb { b: m, reported };
        if msg_type & 0xc000 != 0 {
            // ChannelData: padded to 4 bytes over TCP; MS-TURN's multiplex
            // channel is the one of 0x8000 and up taken.
            if msg_type == 0xffff
                || (msg_type & 0x8000 != 0 && msg_type != super::MS_MULTIPLEX_TURN)
                || b.len() != (len + CHANNEL_HDR + 3) & !3
            {
                return;
            }
            // dissect_stun_message_channel_data reads the channel and
            // length from the start of the message's bytes, any framing
            // included.
            let whole = Tvb {
                b,
                reported: b.len(),
            };
            channel_data(&whole, 0, &mut layers);
        } else {
            if m.len() < HDR || method(msg_type) > 0xff || !cookie_at(m, 4) || reported != len + HDR
            {
                return;
            }
            let mut id = [0u8; 12];
            id.copy_from_slice(&m[8..20]);
            let (frame, ts_ns) = (self.frame, self.ts_ns);
            let t = self.transaction(id);
            let place = Place {
                at: 0,
                frame,
                ts_ns,
            };
            let frame_length = (skip == 2).then(|| be16(b, 0) as u16);
            message(&tvb, &place, t, frame_length, &mut layers);
            if method(msg_type) == CONNECTION_BIND && class(msg_type) == SUCCESS_RESPONSE {
                self.data_from.get_or_insert(frame + 1);
            }
        }
        for l in layers {
            out.push((l.into_owned(), at, at + b.len()));
        }
    }
}

impl StreamDecoder for StunTcpDecoder {
    fn protocol(&self) -> &'static str {
        "stun"
    }

    /// tshark's framing is per call: a segment at a time.
    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.conn.frame = frame;
    }

    fn set_time_ns(&mut self, ts_nanos: i128) {
        self.conn.ts_ns = ts_nanos;
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.framer.holds_partial(dir)
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn heap_bytes(&self) -> usize {
        let c = &self.conn;
        self.framer.heap_bytes()
            + c.transactions.capacity() * (std::mem::size_of::<([u8; 12], Transaction)>() + 8)
            + c.order.capacity() * 12
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        // Past a ConnectionBind the connection is data: what TCP was
        // reassembling once whole, the rest as it comes.
        if self.conn.data_now() {
            return self.framer.feed_as_data(dir, offset, data, out);
        }
        let conn = &mut self.conn;
        // STUN refuses nothing.
        let _ = self
            .framer
            .feed(dir, offset, data, out, |_, b, _, pdus| conn.call(b, pdus));
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

pub(super) fn new_stream() -> Box<dyn StreamDecoder> {
    Box::<StunTcpDecoder>::default()
}
