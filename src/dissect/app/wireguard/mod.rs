//! WireGuard as tshark 4.0's packet-wireguard.c shows it without keys:
//! the four messages' fields, their sessions (`wg.stream`) linked by the
//! sender and receiver indexes, and Keepalives.
//!
//! tshark has no port for it: a UDP heuristic takes a datagram whose type
//! is known and whose length is the type's (148, 92 and 64 bytes, at least
//! 32 for data), the reserved bytes zero for a Cookie Reply or data (the
//! handshake's may carry Cloudflare's load-balancing bytes). A Handshake
//! Initiation makes its UDP conversation WireGuard's: later datagrams of it
//! are tried as WireGuard before any port.
//!
//! Sessions follow tshark's first pass: an initiation opens one under its
//! sender index; a response (or cookie reply) sent to the initiator's
//! address and port with the initiation's index as receiver completes the
//! most recent such session not yet answered, and the response's own
//! sender index finds it too; transport data finds the most recent
//! completed session of its receiver index whose initiator or responder
//! is the datagram's destination. `wg.response_in` needs a second pass
//! and is not shown, as `tshark` without `-2` does not show it.
//!
//! Bounded: at most [`MAX_SESSIONS`] sessions and as many claimed
//! conversations are kept, the oldest forgotten first (a forgotten
//! session's messages then show no stream, as tshark's would after a
//! restart).

pub mod fields;

#[cfg(test)]
mod tests;

use super::Probe;
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::le32;
use crate::flow::ConvKey;
use base64::Engine as _;
use std::borrow::Cow;
use std::collections::VecDeque;

/// Sessions (and claimed conversations) kept at most.
pub const MAX_SESSIONS: usize = 1 << 16;

/// The AEAD tag every encrypted field ends with.
const TAG: usize = 16;

ei!(KEEPALIVE, f::wg::KEEPALIVE, Sequence, Chat);
ei!(
    BAD_PACKET_LENGTH,
    f::wg::BAD_PACKET_LENGTH,
    Malformed,
    Error
);

const INITIATION: u8 = 1;
const RESPONSE: u8 = 2;
const COOKIE_REPLY: u8 = 3;
const TRANSPORT_DATA: u8 = 4;

/// wg_is_valid_message_length.
fn valid_length(kind: u8, len: usize) -> bool {
    match kind {
        INITIATION => len == 148,
        RESPONSE => len == 92,
        COOKIE_REPLY => len == 64,
        TRANSPORT_DATA => len >= 32,
        _ => false,
    }
}

/// dissect_wg_heur on the datagram's first bytes and its length on the
/// wire.
fn heuristic(b: &[u8], reported: usize) -> bool {
    if reported < 4 || b.len() < 4 || !valid_length(b[0], reported) {
        return false;
    }
    let reserved_zero = b[1..4] == [0, 0, 0];
    reserved_zero || !matches!(b[0], COOKIE_REPLY | TRANSPORT_DATA)
}

/// The probe the registry asks: the payload's captured bytes are taken as
/// its length (a cut datagram is decided by [`WgDecoder::claims`]).
fn probe(b: &[u8]) -> Probe {
    if heuristic(b, b.len()) {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

/// An endpoint: family, address, port.
type Endpoint = (bool, [u8; 16], u16);

struct Session {
    /// Its place in the order sessions were opened (tshark's stream).
    stream: u32,
    initiator_frame: u64,
    /// The response or cookie reply that completed it (0: none yet).
    response_frame: u64,
    initiator: Endpoint,
    responder: Option<Endpoint>,
    /// The indexes it is listed under.
    ids: [Option<u32>; 2],
}

#[derive(Default)]
pub struct WgDecoder {
    /// Sessions in the order they were opened; `first` is the number of
    /// the front one (older ones were forgotten).
    sessions: VecDeque<Session>,
    first: u64,
    /// Sender index → numbers of its sessions, oldest first.
    by_id: foldhash::HashMap<u32, Vec<u64>>,
    streams: u32,
    /// Conversations a Handshake Initiation made WireGuard's.
    claimed: foldhash::HashSet<ConvKey>,
    claimed_order: VecDeque<ConvKey>,
}

impl WgDecoder {
    fn session(&self, n: u64) -> Option<&Session> {
        self.sessions
            .get(usize::try_from(n.checked_sub(self.first)?).ok()?)
    }

    fn session_mut(&mut self, n: u64) -> Option<&mut Session> {
        self.sessions
            .get_mut(usize::try_from(n.checked_sub(self.first)?).ok()?)
    }

    fn insert(&mut self, id: u32, n: u64) {
        self.by_id.entry(id).or_default().push(n);
        if let Some(s) = self.session_mut(n) {
            let slot = usize::from(s.ids[0].is_some());
            s.ids[slot] = Some(id);
        }
    }

    fn open(&mut self, id: u32, frame: u64, initiator: Endpoint) -> u64 {
        if self.sessions.len() >= MAX_SESSIONS {
            self.forget_oldest();
        }
        let n = self.first + self.sessions.len() as u64;
        self.sessions.push_back(Session {
            stream: self.streams,
            initiator_frame: frame,
            response_frame: 0,
            initiator,
            responder: None,
            ids: [None, None],
        });
        self.streams = self.streams.wrapping_add(1);
        self.insert(id, n);
        n
    }

    fn forget_oldest(&mut self) {
        let Some(old) = self.sessions.pop_front() else {
            return;
        };
        let n = self.first;
        self.first += 1;
        for id in old.ids.into_iter().flatten() {
            if let Some(list) = self.by_id.get_mut(&id) {
                list.retain(|&m| m != n);
                if list.is_empty() {
                    self.by_id.remove(&id);
                }
            }
        }
    }

    /// wg_sessions_lookup_initiation: the most recent session of `id`
    /// whose initiator is `dst`, not answered by another frame.
    fn lookup_initiation(&self, id: u32, dst: Endpoint, frame: u64) -> Option<u64> {
        self.by_id.get(&id)?.iter().rev().copied().find(|&n| {
            self.session(n).is_some_and(|s| {
                s.initiator == dst && (s.response_frame == 0 || s.response_frame == frame)
            })
        })
    }

    /// wg_sessions_lookup: the most recent completed session of `id` one
    /// of whose peers is `dst`; with whether that peer is the initiator.
    fn lookup(&self, id: u32, dst: Endpoint) -> Option<(u64, bool)> {
        self.by_id.get(&id)?.iter().rev().find_map(|&n| {
            let s = self.session(n)?;
            if s.response_frame == 0 {
                None
            } else if s.initiator == dst {
                Some((n, true))
            } else if s.responder == Some(dst) {
                Some((n, false))
            } else {
                None
            }
        })
    }

    fn claim(&mut self, key: ConvKey) {
        if self.claimed.insert(key) {
            self.claimed_order.push_back(key);
            if self.claimed_order.len() > MAX_SESSIONS
                && let Some(old) = self.claimed_order.pop_front()
            {
                self.claimed.remove(&old);
            }
        }
    }
}

fn endpoints(d: &Datagram<'_>) -> (Endpoint, Endpoint) {
    let (a, b) = (d.conv.a, d.conv.b);
    let (src, dst) = if d.src_is_a { (a, b) } else { (b, a) };
    ((d.conv.v6, src.0, src.1), (d.conv.v6, dst.0, dst.1))
}

impl DatagramDecoder for WgDecoder {
    fn claims(&self, d: &Datagram<'_>, heuristic_pass: bool) -> bool {
        if heuristic_pass {
            // A datagram the capture cut is judged by its length on the
            // wire, as tshark's heuristic judges it.
            heuristic(d.payload, d.reported)
        } else {
            self.claimed.contains(&d.conv)
                && d.payload.len() >= 4
                && valid_length(d.payload[0], d.reported)
        }
    }

    fn heap_bytes(&self) -> usize {
        self.sessions.capacity() * std::mem::size_of::<Session>()
            + self.by_id.capacity() * (std::mem::size_of::<(u32, Vec<u64>)>() + 8)
            + self.claimed.capacity() * (std::mem::size_of::<ConvKey>() + 1)
            + self.claimed_order.capacity() * std::mem::size_of::<ConvKey>()
    }

    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        let b = d.payload;
        if b.len() < 4 || !valid_length(b[0], d.reported) {
            return;
        }
        let kind = b[0];
        let (src, dst) = endpoints(d);
        let mut l = Layer::new(Osi::Application, "wg", d.at..d.at + b.len());
        let mut info = String::from(match kind {
            INITIATION => "Handshake Initiation",
            RESPONSE => "Handshake Response",
            COOKIE_REPLY => "Cookie Reply",
            _ if d.reported == 32 => "Keepalive",
            _ => "Transport Data",
        });
        l.uint(f::wg::TYPE, u64::from(kind));
        l.push(f::wg::RESERVED, Value::Bytes(Cow::Borrowed(&b[1..4])));
        if kind == INITIATION && !d.nested {
            self.claim(d.conv);
        }
        let thrown = match kind {
            INITIATION => self.initiation(&mut l, b, d.frame, src, &mut info),
            RESPONSE => self.response(&mut l, b, d.frame, src, dst, &mut info),
            COOKIE_REPLY => self.cookie_reply(&mut l, b, d.frame, src, dst, &mut info),
            _ => self.transport_data(&mut l, b, src, dst, &mut info),
        };
        if thrown.is_none() {
            l.throw(
                if d.cut {
                    AnomalyKind::Truncated
                } else {
                    AnomalyKind::Malformed
                },
                "wg",
            );
        }
        l.str(f::wg::OSIDUMP_INFO, info);
        out.push(l);
    }
}

/// Little-endian index at `at`, added as `def` and named in the Info
/// column; `None` when the capture cut it.
fn index(
    l: &mut Layer<'_>,
    b: &[u8],
    at: usize,
    def: &'static crate::dissect::field::FieldDef,
    info: &mut String,
) -> Option<u32> {
    let v = le32(b.get(at..at + 4)?, 0);
    l.uint(def, u64::from(v));
    let name = if std::ptr::eq(def, f::wg::SENDER) {
        "sender"
    } else {
        "receiver"
    };
    info.push_str(&format!(", {name}=0x{v:08X}"));
    Some(v)
}

/// The 32-byte ephemeral key at `at`, in base64, with whether its private
/// key is known (never, without keys).
fn ephemeral(l: &mut Layer<'_>, b: &[u8], at: usize) -> Option<()> {
    let key = b.get(at..at + 32)?;
    let text = base64::engine::general_purpose::STANDARD.encode(key);
    l.push(f::wg::EPHEMERAL, Value::Str(Cow::Owned(text)));
    l.push(f::wg::EPHEMERAL_KNOWN_PRIVKEY, Value::Bool(false));
    Some(())
}

/// A field of bytes at `at..at + len` (of no value for an `FT_NONE`).
fn bytes<'a>(
    l: &mut Layer<'a>,
    b: &'a [u8],
    at: usize,
    len: usize,
    def: &'static crate::dissect::field::FieldDef,
) -> Option<()> {
    let v = b.get(at..at + len)?;
    if def.ftype == crate::dissect::field::FieldType::None {
        l.push(def, Value::None);
    } else {
        l.push(def, Value::Bytes(Cow::Borrowed(v)));
    }
    Some(())
}

impl WgDecoder {
    fn initiation<'a>(
        &mut self,
        l: &mut Layer<'a>,
        b: &'a [u8],
        frame: u64,
        src: Endpoint,
        info: &mut String,
    ) -> Option<()> {
        let sender = index(l, b, 4, f::wg::SENDER, info)?;
        ephemeral(l, b, 8)?;
        bytes(l, b, 40, 32 + TAG, f::wg::ENCRYPTED_STATIC)?;
        bytes(l, b, 88, 12 + TAG, f::wg::ENCRYPTED_TIMESTAMP)?;
        bytes(l, b, 116, 16, f::wg::MAC1)?;
        bytes(l, b, 132, 16, f::wg::MAC2)?;
        let n = self.open(sender, frame, src);
        if let Some(s) = self.session(n) {
            l.uint(f::wg::STREAM, u64::from(s.stream));
        }
        Some(())
    }

    fn response<'a>(
        &mut self,
        l: &mut Layer<'a>,
        b: &'a [u8],
        frame: u64,
        src: Endpoint,
        dst: Endpoint,
        info: &mut String,
    ) -> Option<()> {
        let sender = index(l, b, 4, f::wg::SENDER, info)?;
        let receiver = index(l, b, 8, f::wg::RECEIVER, info)?;
        let found = self.lookup_initiation(receiver, dst, frame);
        ephemeral(l, b, 12)?;
        bytes(l, b, 44, 16, f::wg::ENCRYPTED_EMPTY)?;
        bytes(l, b, 60, 16, f::wg::MAC1)?;
        bytes(l, b, 76, 16, f::wg::MAC2)?;
        if let Some(n) = found {
            self.answered(l, n, frame, src);
            self.insert(sender, n);
        }
        Some(())
    }

    fn cookie_reply<'a>(
        &mut self,
        l: &mut Layer<'a>,
        b: &'a [u8],
        frame: u64,
        src: Endpoint,
        dst: Endpoint,
        info: &mut String,
    ) -> Option<()> {
        let receiver = index(l, b, 4, f::wg::RECEIVER, info)?;
        bytes(l, b, 8, 24, f::wg::NONCE)?;
        bytes(l, b, 32, 16 + TAG, f::wg::ENCRYPTED_COOKIE)?;
        if let Some(n) = self.lookup_initiation(receiver, dst, frame) {
            self.answered(l, n, frame, src);
        }
        Some(())
    }

    fn transport_data<'a>(
        &mut self,
        l: &mut Layer<'a>,
        b: &'a [u8],
        src: Endpoint,
        dst: Endpoint,
        info: &mut String,
    ) -> Option<()> {
        let receiver = index(l, b, 4, f::wg::RECEIVER, info)?;
        let counter = crate::dissect::wire::le64(b.get(8..16)?, 0);
        l.uint(f::wg::COUNTER, counter);
        info.push_str(&format!(", counter={counter}"));
        let packet = b.len() - 16;
        if packet < TAG {
            expert::add(l, &BAD_PACKET_LENGTH, None);
            return Some(());
        }
        if packet != TAG {
            info.push_str(&format!(", datalen={}", packet - TAG));
        }
        l.push(f::wg::ENCRYPTED_PACKET, Value::None);
        if packet == TAG {
            expert::add(l, &KEEPALIVE, None);
        }
        if let Some((n, receiver_is_initiator)) = self.lookup(receiver, dst) {
            if let Some(s) = self.session_mut(n) {
                // The sender's address moves with it (roaming).
                if receiver_is_initiator {
                    s.responder = Some(src);
                } else {
                    s.initiator = src;
                }
            }
            self.link(l, n, false);
        }
        Some(())
    }

    /// A response or cookie reply from `src` in `frame` completes session
    /// `n`: its stream and the initiation it answers.
    fn answered(&mut self, l: &mut Layer<'_>, n: u64, frame: u64, src: Endpoint) {
        if let Some(s) = self.session_mut(n) {
            s.response_frame = frame;
            s.responder = Some(src);
        }
        self.link(l, n, true);
    }

    /// The session's stream, and for an answer the initiation it answers.
    fn link(&self, l: &mut Layer<'_>, n: u64, answer: bool) {
        if let Some(s) = self.session(n) {
            l.uint(f::wg::STREAM, u64::from(s.stream));
            if answer {
                l.uint(f::wg::RESPONSE_TO, s.initiator_frame);
            }
        }
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::<WgDecoder>::default()
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::wg::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("WireGuard: ");
    out.push_str(l.get_str(f::wg::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "wg",
    also: &[],
    title: "WireGuard Protocol",
    osi: Osi::Presentation,
    fields: f::wg::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "WireGuard"),
    app: Some(AppSpec {
        decode_as: &["wg"],
        tcp_ports: &[],
        // tshark registers no port: the heuristic only.
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: Some(probe),
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
