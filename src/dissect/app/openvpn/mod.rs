//! OpenVPN as tshark 4.0's packet-openvpn.c shows it with its default
//! preferences: on UDP and TCP port 1194 (no heuristic), TCP's messages
//! framed by their 2-byte length with `tcp_dissect_pdus` (a message cut by
//! the segment's end is finished by the next segments; what follows a
//! reassembled message in its last segment is a call of its own).
//!
//! Each message: its opcode and key id, the peer id of a P_DATA_V2, the
//! session id of the others, then tshark's tls-auth guess (a packet-id
//! array length byte above zero and at most one zero byte among the four
//! bytes there: a 20-byte HMAC, then the replay packet-id and its time
//! when eight bytes are left), tls-crypt's fields for the opcodes that
//! always use it (P_CONTROL_HARD_RESET_CLIENT_V3, P_CONTROL_WKC_V1: packet
//! id, time, a 32-byte HMAC, and the wrapped client key at the end), the
//! acknowledged packet-id array and remote session id, the message
//! packet-id, and what is left as data.
//!
//! A P_CONTROL_V1's payload is TLS: a payload of exactly 100 bytes is a
//! fragment of a longer message (tshark's rule), gathered by sender,
//! receiver and the session id's low 32 bits until a payload of another
//! length ends it; the message is then handed to TLS as one buffer, which
//! cannot ask for more ([`crate::dissect::app::tls::TlsDecoder::carried`]:
//! records the buffer cuts are not shown, as in tshark). TLS's session is
//! the conversation's. A message TLS refuses (four printable characters
//! first) is data.
//!
//! The promise: no input makes this module panic; a TCP side holds at most
//! one message (65537 bytes) waiting for the rest; at most
//! [`MAX_PARTIALS`] messages are being gathered (the oldest dropped first),
//! each at most [`MAX_GATHERED`] bytes; at most [`MAX_SESSIONS`] UDP
//! conversations keep a TLS session (the oldest dropped first).

pub mod fields;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, Options, PduFramer, Pdus, Want};
use super::tls::TlsDecoder;
use super::{Dir, Message, StreamDecoder};
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb, be16};
use crate::flow::ConvKey;
use crate::source::Timestamp;
use fields::openvpn as f;
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

/// OpenVPN's port in tshark's `udp.port` and `tcp.port` tables.
pub const PORT: u16 = 1194;

/// Messages being gathered from 100-byte fragments, at most.
pub const MAX_PARTIALS: usize = 4096;
/// Bytes one gathered message holds at most (a longer one is dropped).
pub const MAX_GATHERED: usize = 1 << 20;
/// UDP conversations whose TLS session is kept, at most.
pub const MAX_SESSIONS: usize = 4096;

const P_CONTROL_V1: u8 = 4;
const P_ACK_V1: u8 = 5;
const P_DATA_V1: u8 = 6;
const P_DATA_V2: u8 = 9;
const P_CONTROL_HARD_RESET_CLIENT_V3: u8 = 10;
const P_CONTROL_WKC_V1: u8 = 11;

/// The HMAC size tshark assumes for tls-auth (its preference's default:
/// SHA-1).
const TLS_AUTH_HMAC: usize = 20;
/// tls-crypt's HMAC-SHA256.
const TLS_CRYPT_HMAC: usize = 32;
/// The payload length tshark takes for a fragment with more to come.
const FRAGMENT: usize = 100;

/// `openvpn_message_types`.
fn opcode_name(op: u8) -> Option<&'static str> {
    Some(match op {
        1 => "P_CONTROL_HARD_RESET_CLIENT_V1",
        2 => "P_CONTROL_HARD_RESET_SERVER_V1",
        3 => "P_CONTROL_SOFT_RESET_V1",
        4 => "P_CONTROL_V1",
        5 => "P_ACK_V1",
        6 => "P_DATA_V1",
        7 => "P_CONTROL_HARD_RESET_CLIENT_V2",
        8 => "P_CONTROL_HARD_RESET_SERVER_V2",
        9 => "P_DATA_V2",
        10 => "P_CONTROL_HARD_RESET_CLIENT_V3",
        11 => "P_CONTROL_WKC_V1",
        _ => return None,
    })
}

/// `check_for_valid_hmac`: at most one of the four bytes is zero.
fn valid_hmac(v: u32) -> bool {
    v.to_be_bytes().iter().filter(|&&b| b == 0).count() <= 1
}

/// A message being gathered from fragments.
#[derive(Default)]
struct Partial {
    data: Vec<u8>,
    /// Each fragment's frame and length.
    frames: Vec<(u64, usize)>,
}

/// Who gathers a fragment: the conversation's side (tshark: the sender's
/// and receiver's addresses) and the session id's low 32 bits.
type Key = (u64, u8, u32);

/// tshark's `msg_reassembly_table`, bounded.
#[derive(Default)]
struct Gathering {
    partials: HashMap<Key, Partial>,
    order: VecDeque<Key>,
}

/// What `fragment_add_seq_next` made of a payload.
enum Gathered {
    /// A fragment with more to come.
    More,
    /// A message in one payload.
    Single,
    /// The last fragment: the fragments' frames and lengths, and the
    /// message.
    Whole(Vec<(u64, usize)>, Vec<u8>),
}

impl Gathering {
    fn add(&mut self, key: Key, frame: u64, b: &[u8], last: bool) -> Gathered {
        if last && !self.partials.contains_key(&key) {
            return Gathered::Single;
        }
        if !self.partials.contains_key(&key) {
            if self.partials.len() >= MAX_PARTIALS {
                while let Some(old) = self.order.pop_front() {
                    if self.partials.remove(&old).is_some() {
                        break;
                    }
                }
            }
            self.order.push_back(key);
        }
        let p = self.partials.entry(key).or_default();
        if p.data.len() + b.len() > MAX_GATHERED {
            // Too long to keep: dropped, what follows starts anew.
            self.partials.remove(&key);
            return if last {
                Gathered::Single
            } else {
                Gathered::More
            };
        }
        p.data.extend_from_slice(b);
        p.frames.push((frame, b.len()));
        if !last {
            return Gathered::More;
        }
        let p = self.partials.remove(&key).unwrap_or_default();
        if self.order.len() > 2 * MAX_PARTIALS {
            let partials = &self.partials;
            self.order.retain(|k| partials.contains_key(k));
        }
        Gathered::Whole(p.frames, p.data)
    }

    fn heap_bytes(&self) -> usize {
        self.partials
            .values()
            .map(|p| p.data.capacity() + p.frames.capacity() * 16 + 64)
            .sum::<usize>()
            + self.order.capacity() * std::mem::size_of::<Key>()
    }
}

/// What one message needs of its conversation.
struct Ctx<'c> {
    frame: u64,
    /// The sender's side of the conversation (gathering key).
    side: (u64, u8),
    gathering: &'c mut Gathering,
    tls: &'c mut TlsDecoder,
    dir: Dir,
}

/// The exception a read threw: past the captured bytes or past the
/// message's length.
fn throw(l: &mut Layer<'_>, b: Bound) {
    l.read_past_end(
        "openvpn",
        "OpenVPN message past the end of its bytes".into(),
        b == Bound::Cut,
    );
}

/// `dissect_openvpn_msg_common` (after the TCP length at `start`): the
/// message's layer, then the layers of what it carries.
fn message(
    t: Tvb<'_>,
    start: usize,
    cx: &mut Ctx<'_>,
    l: &mut Layer<'static>,
) -> Vec<Layer<'static>> {
    let mut upper = Vec::new();
    if let Err(b) = fields(t, start, cx, l, &mut upper) {
        throw(l, b);
    }
    upper
}

fn fields(
    t: Tvb<'_>,
    start: usize,
    cx: &mut Ctx<'_>,
    l: &mut Layer<'static>,
    upper: &mut Vec<Layer<'static>>,
) -> Result<(), Bound> {
    let mut off = start;
    let byte = t.u8(off)?;
    let op = byte >> 3;
    let mut info = format!(
        "MessageType: {}",
        opcode_name(op).unwrap_or("Unknown Messagetype")
    );
    l.str(f::OSIDUMP_INFO, info.clone());
    l.uint(f::TYPE, byte);
    l.uint(f::OPCODE, op);
    l.uint(f::KEYID, byte & 7);
    off += 1;
    let mut session = u32::MAX;
    if op == P_DATA_V2 {
        let b = t.bytes(off, 3)?;
        l.uint(
            f::PEERID,
            (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]),
        );
        off += 3;
    } else if op != P_DATA_V1 {
        let id = t.u64(off)?;
        session = id as u32;
        l.uint(f::SESSIONID, id);
        off += 8;
        let predict = t.u8(off)?;
        let mut tls_auth = predict > 0 && valid_hmac(t.u32(off)?);
        let tls_crypt = matches!(op, P_CONTROL_HARD_RESET_CLIENT_V3 | P_CONTROL_WKC_V1);
        if tls_crypt {
            tls_auth = false;
        }
        if tls_auth {
            let h = t.bytes(off, TLS_AUTH_HMAC)?;
            l.push(f::HMAC, Value::Bytes(Cow::Owned(h.to_vec())));
            off += TLS_AUTH_HMAC;
        }
        if tls_auth || tls_crypt {
            if left(t, off) >= 8 {
                l.uint(f::PID, t.u32(off)?);
                let secs = t.u32(off + 4)?;
                l.push(f::NET_TIME, Value::Time(Timestamp::new(i64::from(secs), 0)));
                off += 8;
            }
            if tls_crypt {
                let h = t.bytes(off, TLS_CRYPT_HMAC)?;
                l.push(f::HMAC, Value::Bytes(Cow::Owned(h.to_vec())));
                off += TLS_CRYPT_HMAC;
            }
        }
        if left(t, off) >= 1 && !tls_crypt {
            let n = t.u8(off)?;
            l.uint(f::MPIDARRAYLENGTH, n);
            off += 1;
            if n > 0 {
                for _ in 0..n {
                    l.uint(f::MPIDARRAYELEMENT, t.u32(off)?);
                    off += 4;
                }
                if left(t, off) >= 8 {
                    l.uint(f::RSESSIONID, t.u64(off)?);
                    off += 8;
                }
            }
        }
        if op != P_ACK_V1 && !tls_crypt && left(t, off) >= 4 {
            l.uint(f::MPID, t.u32(off)?);
            off += 4;
        }
    }
    let remaining = left(t, off);
    if remaining == 0 {
        return Ok(());
    }
    if op != P_CONTROL_V1 {
        let mut data_len = remaining;
        let mut wkc = 0usize;
        if matches!(op, P_CONTROL_HARD_RESET_CLIENT_V3 | P_CONTROL_WKC_V1) && remaining >= 2 {
            wkc = usize::from(t.u16(t.reported - 2)?);
            // A wrapped key longer than what is left: a negative length,
            // which tshark's tree refuses.
            data_len = remaining.checked_sub(wkc).ok_or(Bound::Past)?;
        }
        let d = t.bytes(off, data_len)?;
        l.push(f::DATA, Value::Bytes(Cow::Owned(d.to_vec())));
        if wkc > 0 {
            let at = t.reported - wkc;
            let w = t.bytes(at, wkc)?;
            l.push(f::WKC, Value::Bytes(Cow::Owned(w.to_vec())));
            l.uint(f::WKC_LEN, t.u16(t.reported - 2)?);
        }
        return Ok(());
    }
    let payload = t.bytes(off, remaining)?;
    let last = remaining != FRAGMENT;
    let key = (cx.side.0, cx.side.1, session);
    let message: Cow<'_, [u8]> = match cx.gathering.add(key, cx.frame, payload, last) {
        Gathered::More => {
            l.push(
                f::FRAGMENT_BYTES,
                Value::Bytes(Cow::Owned(payload.to_vec())),
            );
            return Ok(());
        }
        Gathered::Single => Cow::Borrowed(payload),
        Gathered::Whole(frames, data) => {
            l.push(
                f::FRAGMENT_BYTES,
                Value::Bytes(Cow::Owned(payload.to_vec())),
            );
            l.present(f::FRAGMENTS);
            for &(frame, _) in &frames {
                l.uint(f::FRAGMENT, frame);
            }
            l.uint(f::FRAGMENT_COUNT, frames.len() as u64);
            l.uint(f::REASSEMBLED_LENGTH, data.len() as u64);
            info.push_str(" (Message Reassembled ");
            set_info(l, info);
            Cow::Owned(data)
        }
    };
    match cx.tls.carried(cx.dir, cx.frame, &message) {
        Some(layers) => upper.extend(layers),
        None => upper.push(crate::dissect::data::owned_layer(&message, 0..0)),
    }
    Ok(())
}

/// Bytes of the message from `off` on (tshark's
/// `tvb_reported_length_remaining`).
fn left(t: Tvb<'_>, off: usize) -> usize {
    t.reported.saturating_sub(off)
}

fn set_info(l: &mut Layer<'static>, info: String) {
    if let Some(fl) = l
        .fields
        .iter_mut()
        .find(|fl| std::ptr::eq(fl.def, f::OSIDUMP_INFO))
    {
        fl.value = Value::Str(Cow::Owned(info));
    }
}

// ------------------------------------------------------------------ UDP

/// A UDP conversation's TLS session.
struct Session {
    tls: TlsDecoder,
}

/// OpenVPN's datagrams: the fragments being gathered and each
/// conversation's TLS session.
#[derive(Default)]
pub struct OpenvpnDatagrams {
    gathering: Gathering,
    sessions: HashMap<ConvKey, Session>,
    order: VecDeque<ConvKey>,
    /// Conversation tags for the gathering keys.
    tags: HashMap<ConvKey, u64>,
    /// The next tag (never reused: an evicted conversation's fragments
    /// are not another's).
    next_tag: u64,
}

impl OpenvpnDatagrams {
    fn session(&mut self, conv: ConvKey) -> &mut Session {
        if !self.sessions.contains_key(&conv) {
            if self.sessions.len() >= MAX_SESSIONS
                && let Some(old) = self.order.pop_front()
            {
                self.sessions.remove(&old);
                self.tags.remove(&old);
            }
            self.order.push_back(conv);
        }
        self.sessions.entry(conv).or_insert_with(|| Session {
            tls: TlsDecoder::new(),
        })
    }

    fn tag(&mut self, conv: ConvKey) -> u64 {
        let next = &mut self.next_tag;
        *self.tags.entry(conv).or_insert_with(|| {
            *next += 1;
            *next
        })
    }
}

impl DatagramDecoder for OpenvpnDatagrams {
    fn heap_bytes(&self) -> usize {
        self.gathering.heap_bytes()
            + self.sessions.capacity() * (std::mem::size_of::<Session>() + 64)
            + self.order.capacity() * std::mem::size_of::<ConvKey>()
            + self.tags.capacity() * 64
    }

    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.nested {
            return;
        }
        let t = Tvb {
            b: d.payload,
            reported: d.reported,
            le: false,
        };
        let tag = self.tag(d.conv);
        let dir = if d.src_is_a { Dir::Client } else { Dir::Server };
        if d.memory_pressed {
            self.gathering = Gathering::default();
        }
        let mut gathering = std::mem::take(&mut self.gathering);
        let session = self.session(d.conv);
        let mut cx = Ctx {
            frame: d.frame,
            side: (tag, dir.index() as u8),
            gathering: &mut gathering,
            tls: &mut session.tls,
            dir,
        };
        let mut l = Layer::new(Osi::Presentation, "openvpn", d.at..d.at + d.payload.len());
        let upper = message(t, 0, &mut cx, &mut l);
        self.gathering = gathering;
        out.push(l);
        out.extend(upper);
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::<OpenvpnDatagrams>::default()
}

// ------------------------------------------------------------------ TCP

/// OpenVPN over one TCP connection.
pub struct OpenvpnStream {
    framer: PduFramer,
    messages: Messages,
}

/// What the messages of a connection read besides their bytes.
struct Messages {
    frame: u64,
    gathering: Gathering,
    tls: TlsDecoder,
}

impl Default for OpenvpnStream {
    fn default() -> Self {
        OpenvpnStream {
            // The first message of a one-more-segment call shows all the
            // bytes TCP reassembled for it (`tcp.reassembled.length`).
            framer: PduFramer::new(Options {
                whole_one_more: true,
                ..Options::default()
            }),
            messages: Messages {
                frame: 0,
                gathering: Gathering::default(),
                tls: TlsDecoder::new(),
            },
        }
    }
}

impl Messages {
    /// One call of `dissect_openvpn_tcp` on `b` (`cut` more bytes were
    /// cut by the capture): its messages' layers with the spans of `b`
    /// they cover.
    fn call(&mut self, dir: Dir, b: &[u8], cut: usize, out: &mut Pdus) -> End {
        let can_desegment = cut == 0;
        let reported = b.len().saturating_add(cut);
        let mut off = 0usize;
        while off < reported {
            let remaining = b.len().saturating_sub(off);
            if can_desegment && remaining < 2 {
                return End::More(off, Want::OneMoreSegment);
            }
            if remaining < 2 {
                // The length's read throws: the capture cut it.
                if remaining == 0 {
                    return End::Done;
                }
                let mut l = Layer::new(Osi::Presentation, "openvpn", 0..0);
                throw(&mut l, Bound::Cut);
                out.push((l, off, b.len()));
                return End::Done;
            }
            let plen = usize::from(be16(b, off)) + 2;
            if can_desegment && remaining < plen {
                return End::More(off, Want::Total(plen));
            }
            let end = off + plen.min(remaining);
            let t = Tvb {
                b: &b[off..end],
                reported: plen,
                le: false,
            };
            let mut l = Layer::new(Osi::Presentation, "openvpn", 0..0);
            l.uint(f::PLEN, plen as u64 - 2);
            let mut cx = Ctx {
                frame: self.frame,
                side: (0, dir.index() as u8),
                gathering: &mut self.gathering,
                tls: &mut self.tls,
                dir,
            };
            let upper = message(t, 2, &mut cx, &mut l);
            out.push((l, off, end));
            for u in upper {
                out.push((u, off, end));
            }
            off += plen;
        }
        End::Done
    }
}

impl StreamDecoder for OpenvpnStream {
    fn protocol(&self) -> &'static str {
        "openvpn"
    }

    /// tshark's framing is per call: a segment at a time.
    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.framer.set_snap_cut(cut);
    }

    fn set_frame(&mut self, frame: u64) {
        self.messages.frame = frame;
    }

    fn heap_bytes(&self) -> usize {
        self.framer.heap_bytes()
            + self.messages.gathering.heap_bytes()
            + self.messages.tls.heap_bytes()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.framer.holds_partial(dir)
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let messages = &mut self.messages;
        // OpenVPN refuses nothing.
        let _ = self
            .framer
            .feed(dir, offset, data, out, |dir, b, cut, pdus| {
                messages.call(dir, b, cut, pdus)
            });
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(OpenvpnStream::default())
}

// ------------------------------------------------------------ columns

/// tshark's Info: each message clears the column and writes its type (a
/// message TLS took leaves the column to TLS): the last message's text.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if layers
        .get(i + 1..)
        .unwrap_or_default()
        .iter()
        .any(|l| l.protocol == "openvpn")
    {
        return;
    }
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("OpenVPN: ");
    out.push_str(l.get_str(f::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "openvpn",
    also: &[],
    title: "OpenVPN Protocol",
    osi: Osi::Presentation,
    fields: f::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "OpenVPN"),
    app: Some(AppSpec {
        decode_as: &["openvpn"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};
