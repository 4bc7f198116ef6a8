//! STUN (RFC 5389/8489, with TURN's RFC 8656 and the MS-TURN and Google
//! attributes) as tshark 4.0's packet-stun.c shows it over UDP (over TCP:
//! [`tcp`], the same messages framed on a stream): the
//! header (type, class, method, length, cookie, transaction ID), every
//! attribute it decodes, TURN ChannelData, and requests matched to their
//! responses as tshark's first pass matches them.
//!
//! tshark takes UDP port 3478, and a heuristic that is on by default: a
//! message with the RFC 5389 magic cookie whose length is the datagram's,
//! its method at most 0xFF (RFC 7983's room for DTLS-SRTP). A message the
//! heuristic found makes its UDP conversation STUN's: later datagrams of
//! it are tried as STUN before any port, and only then is a ChannelData
//! message (the first two bits 01, or the MS-TURN multiplex channel
//! 0xFF10) taken, as the heuristic never takes one. A message without the
//! cookie (RFC 3489) is tshark's `classicstun` ([`classic`]), whose
//! heuristic gets what STUN refuses, on port 3478 too.
//!
//! Transactions follow tshark's first pass, per conversation and
//! transaction ID: the first request and the first other message of an ID
//! are its request and answer; a response names the request
//! (`stun.response-to`, `stun.time` since the first message of the ID), a
//! later copy names the first (`stun.reqduplicate`), a request repeated
//! after its answer names the answer (`stun.response-in`). A response
//! before its request is named only by a second pass, not shown.
//!
//! The payload a DATA attribute or ChannelData carries goes to tshark's
//! `stun` heuristics (TURN ChannelData, TFTP, SIP, RTCP) and else is
//! data: RTCP is decoded, and it is shown as data only where none of the
//! others could take it.
//!
//! Bounded: at most [`MAX_TRANSACTIONS`] transactions and
//! [`MAX_CONVERSATIONS`] claimed conversations, the oldest forgotten
//! first.

pub mod classic;
pub mod fields;
pub mod tcp;

#[cfg(test)]
mod tests;

use super::Probe;
use crate::dissect::expert::{self, ei};
use crate::dissect::field::{FieldDef, checksum};
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::flow::ConvKey;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};

/// Transactions kept at most.
pub const MAX_TRANSACTIONS: usize = 1 << 16;
/// Conversations the heuristic made STUN's kept at most.
pub const MAX_CONVERSATIONS: usize = 1 << 16;

/// RFC 5389's magic cookie.
const MESSAGE_COOKIE: u32 = 0x2112_a442;
/// The MS-TURN multiplexed channel.
const MS_MULTIPLEX_TURN: u16 = 0xff10;
const HDR: usize = 20;
/// A TURN ChannelData header: channel number and length.
const CHANNEL_HDR: usize = 4;

ei!(SHORT_PACKET, f::stun::SHORT_PACKET, Malformed, Error);
ei!(WRONG_MSGLEN, f::stun::WRONG_MSGLEN, Malformed, Error);
ei!(LONG_ATTRIBUTE, f::stun::LONG_ATTRIBUTE, Malformed, Warn);
ei!(
    UNKNOWN_ATTRIBUTE,
    f::stun::UNKNOWN_ATTRIBUTE,
    Undecoded,
    Warn
);
ei!(FINGERPRINT_BAD, f::stun::ATT_CRC32_BAD, Checksum, Warn);

/// What the first bytes of a datagram are to tshark's STUN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Message,
    ChannelData,
    /// RFC 3489 without the cookie: tshark's `classicstun` heuristic,
    /// which gets what STUN refuses.
    Classic,
}

/// dissect_stun_message's tests over UDP: `b` the captured bytes,
/// `reported` the datagram's length on the wire, `heuristic` whether the
/// heuristic asks (it never takes ChannelData).
fn accepts(b: &[u8], reported: usize, heuristic: bool) -> Option<Kind> {
    stun_accepts(b, reported, heuristic).or_else(|| classic::accepts(b).then_some(Kind::Classic))
}

fn stun_accepts(b: &[u8], reported: usize, heuristic: bool) -> Option<Kind> {
    if b.len() < 4 {
        return None;
    }
    let msg_type = u16::from_be_bytes([b[0], b[1]]);
    let len = usize::from(u16::from_be_bytes([b[2], b[3]]));
    if msg_type & 0xc000 != 0 {
        if heuristic || (msg_type & 0x8000 != 0 && msg_type != MS_MULTIPLEX_TURN) {
            return None;
        }
        let padded = (len + 4 + 3) & !3;
        return (reported == len + 4 || reported == padded).then_some(Kind::ChannelData);
    }
    if b.len() < HDR || method(msg_type) > 0xff {
        return None;
    }
    if u32::from_be_bytes([b[4], b[5], b[6], b[7]]) != MESSAGE_COOKIE || reported != len + HDR {
        return None;
    }
    Some(Kind::Message)
}

fn method(t: u16) -> u16 {
    (t & 0x000f) | ((t & 0x00e0) >> 1) | ((t & 0x3e00) >> 2)
}

fn class(t: u16) -> u16 {
    ((t & 0x0010) >> 4) | ((t & 0x0100) >> 7)
}

/// Whether STUN's dissector on UDP port 3478 takes a datagram (its
/// captured bytes taken for its length): a message, ChannelData or
/// classic STUN. What it declines goes to tshark's heuristics.
pub fn port_takes(b: &[u8]) -> bool {
    accepts(b, b.len(), false).is_some()
}

/// The heuristic the registry asks, on the captured bytes as the
/// datagram's length (a cut datagram is decided by
/// [`StunDecoder::claims`]).
fn probe(b: &[u8]) -> Probe {
    if accepts(b, b.len(), true).is_some() {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

const REQUEST: u16 = 0;
const SUCCESS_RESPONSE: u16 = 2;
const ERROR_RESPONSE: u16 = 3;

fn class_name(c: u16) -> &'static str {
    match c {
        0 => "Request",
        1 => "Indication",
        2 => "Success Response",
        _ => "Error Response",
    }
}

fn method_name(m: u16) -> &'static str {
    match m {
        0x001 => "Binding",
        0x002 => "SharedSecret",
        0x003 => "Allocate",
        0x004 => "Refresh",
        0x006 => "Send",
        0x007 => "Data",
        0x008 => "CreatePermission",
        0x009 => "Channel-Bind",
        0x00a => "Connect",
        0x00b => "ConnectionBind",
        0x00c => "ConnectionAttempt",
        0x080 => "GooglePing",
        _ => "Unknown",
    }
}

/// packet-stun.c's attribute names.
fn attribute_name(t: u16) -> Option<&'static str> {
    Some(match t {
        0x0001 => "MAPPED-ADDRESS",
        0x0002 => "RESPONSE_ADDRESS",
        0x0003 => "CHANGE_REQUEST",
        0x0004 => "SOURCE_ADDRESS",
        0x0005 => "CHANGED_ADDRESS",
        0x0006 => "USERNAME",
        0x0007 => "PASSWORD",
        0x0008 => "MESSAGE-INTEGRITY",
        0x0009 => "ERROR-CODE",
        0x000a => "UNKNOWN-ATTRIBUTES",
        0x000b => "REFLECTED-FROM",
        0x000c => "CHANNEL-NUMBER",
        0x000d => "LIFETIME",
        0x000e => "MS-ALTERNATE-SERVER",
        0x000f => "MAGIC-COOKIE",
        0x0010 => "BANDWIDTH",
        0x0011 => "DESTINATION-ADDRESS",
        0x0012 => "XOR-PEER-ADDRESS",
        0x0013 => "DATA",
        0x0014 => "REALM",
        0x0015 => "NONCE",
        0x0016 => "XOR-RELAYED-ADDRESS",
        0x0017 => "REQUESTED-ADDRESS-FAMILY",
        0x0018 => "EVEN-PORT",
        0x0019 => "REQUESTED-TRANSPORT",
        0x001a => "DONT-FRAGMENT",
        0x001b => "ACCESS-TOKEN",
        0x001c => "MESSAGE-INTEGRITY-SHA256",
        0x001d => "PASSWORD-ALGORITHM",
        0x001e => "USERHASH",
        0x0020 => "XOR-MAPPED-ADDRESS",
        0x0022 => "RESERVATION-TOKEN",
        0x0024 => "PRIORITY",
        0x0025 => "USE-CANDIDATE",
        0x0026 => "PADDING",
        0x0027 => "XOR-RESPONSE-TARGET",
        0x0028 => "XOR-REFELECTED-FROM",
        0x002a => "CONNECTION-ID",
        0x0030 => "LEGACY-ICMP",
        0x8000 => "ADDITIONAL-ADDRESS-FAMILY",
        0x8001 => "ADDRESS-ERROR-CODE",
        0x8002 => "PASSWORD-ALGORITHMS",
        0x8003 => "ALTERNATE-DOMAIN",
        0x8004 => "ICMP",
        0x8006 => "MS-TURN UNKNOWN 8006",
        0x8008 => "MS-VERSION",
        0x8020 => "XOR-MAPPED-ADDRESS",
        0x8022 => "SOFTWARE",
        0x8023 => "ALTERNATE-SERVER",
        0x8025 => "TRANSACTION-TRANSMIT-COUNTER",
        0x8027 => "CACHE-TIMEOUT",
        0x8028 => "FINGERPRINT",
        0x8029 => "ICE-CONTROLLED",
        0x802a => "ICE-CONTROLLING",
        0x802b => "RESPONSE-ORIGIN",
        0x802c => "OTHER-ADDRESS",
        0x802d => "ECN-CHECK-STUN",
        0x802e => "THIRD-PARTY-AUTHORIZATION",
        0x8030 => "MOBILITY-TICKET",
        0x8032 => "MS-ALTERNATE-HOST-NAME",
        0x8037 => "MS-APP-ID",
        0x8039 => "MS-SECURE-TAG",
        0x8050 => "MS-SEQUENCE-NUMBER",
        0x8054 => "MS-CANDIDATE-IDENTIFIER",
        0x8055 => "MS-SERVICE-QUALITY",
        0x8056 => "Bandwidth Admission Control Message",
        0x8057 => "Bandwidth Reservation Identifier",
        0x8058 => "Bandwidth Reservation Amount",
        0x8059 => "Remote Site Address",
        0x805a => "Remote Relay Site Address",
        0x805b => "Local Site Address",
        0x805c => "Local Relay Site Address",
        0x805d => "Remote Site Address Response",
        0x805e => "Remote Relay Site Address Response",
        0x805f => "Local Site Address Response",
        0x8060 => "Local Relay Site Address Response",
        0x8061 => "SIP Dialog Identifier",
        0x8062 => "SIP Call Identifier",
        0x8068 => "Location Profile",
        0x8070 => "MS-IMPLEMENTATION-VERSION",
        0x8090 => "MS-ALT-MAPPED-ADDRESS",
        0x8095 => "MS-MULTIPLEXED-TURN-SESSION-ID",
        0xc000 => "CISCO-STUN-FLOWDATA",
        0xc001 => "ENF-FLOW-DESCRIPTION",
        0xc002 => "ENF-NETWORK-STATUS",
        0xc057 => "GOOG-NETWORK-INFO",
        0xc058 => "GOOG-LAST-ICE-CHECK-RECEIVED",
        0xc059 => "GOOG-MISC-INFO",
        0xc05a => "GOOG-OBSOLETE-1",
        0xc05b => "GOOG-CONNECTION-ID",
        0xc05c => "GOOG-DELTA",
        0xc05d => "GOOG-DELTA-ACK",
        0xc060 => "GOOG-MESSAGE_INTEGRITY-32",
        0xff04 => "GOOG-MULTI-MAPPING",
        0xff05 => "GOOG-LOGGING-ID",
        _ => return None,
    })
}

fn error_name(code: u32) -> &'static str {
    match code {
        274 => "Disable Candidate",
        275 => "Disable Candidate Pair",
        300 => "Try Alternate",
        400 => "Bad Request",
        401 => "Unauthenticated",
        403 => "Forbidden",
        405 => "Mobility Forbidden",
        420 => "Unknown Attribute",
        430 => "Stale Credentials (legacy)",
        431 => "Integrity Check Failure (legacy)",
        432 => "Missing Username (legacy)",
        433 => "Use TLS (legacy)",
        434 => "Missing Realm (legacy)",
        435 => "Missing Nonce (legacy)",
        436 => "Unknown User (legacy)",
        437 => "Allocation Mismatch",
        438 => "Stale Nonce",
        439 => "Wrong Credentials (legacy)",
        440 => "Address Family not Supported",
        441 => "Wrong Credentials",
        442 => "Unsupported Transport Protocol",
        443 => "Peer Address Family Mismatch",
        446 => "Connection Already Exists",
        447 => "Connection Timeout or Failure",
        481 => "Connection does not exist (legacy)",
        486 => "Allocation Quota Reached",
        487 => "Role Conflict",
        500 => "Server Error",
        503 => "Service Unavailable (legacy)",
        507 => "Insufficient Bandwidth Capacity (legacy)",
        508 => "Insufficient Port Capacity",
        600 => "Global Failure",
        _ => "*Unknown error code*",
    }
}

/// A read past the message: past the datagram's length on the wire
/// (malformed) or past what the capture kept of it (truncated).
type Thrown = AnomalyKind;

/// The message's bytes as tshark's tvb holds them.
struct Tvb<'a> {
    b: &'a [u8],
    reported: usize,
}

impl<'a> Tvb<'a> {
    fn get(&self, at: usize, len: usize) -> Result<&'a [u8], Thrown> {
        let end = at.checked_add(len).ok_or(AnomalyKind::Malformed)?;
        if end > self.reported {
            Err(AnomalyKind::Malformed)
        } else {
            self.b.get(at..end).ok_or(AnomalyKind::Truncated)
        }
    }
    fn u8(&self, at: usize) -> Result<u8, Thrown> {
        Ok(self.get(at, 1)?[0])
    }
    fn u16(&self, at: usize) -> Result<u16, Thrown> {
        let s = self.get(at, 2)?;
        Ok(u16::from_be_bytes([s[0], s[1]]))
    }
    fn u32(&self, at: usize) -> Result<u32, Thrown> {
        let s = self.get(at, 4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
}

/// One transaction as tshark's first pass records it.
struct Transaction {
    req_frame: u64,
    rep_frame: u64,
    /// Time of the first message of the ID.
    req_ns: i128,
}

type TransactionKey = (ConvKey, [u8; 12]);

#[derive(Default)]
pub struct StunDecoder {
    transactions: HashMap<TransactionKey, Transaction>,
    order: VecDeque<TransactionKey>,
    claimed: HashSet<ConvKey>,
    claimed_order: VecDeque<ConvKey>,
    /// classicstun's transactions.
    classic: HashMap<classic::Key, classic::Transaction>,
    classic_order: VecDeque<classic::Key>,
}

impl StunDecoder {
    fn claim(&mut self, key: ConvKey) {
        if self.claimed.insert(key) {
            self.claimed_order.push_back(key);
            if self.claimed_order.len() > MAX_CONVERSATIONS
                && let Some(old) = self.claimed_order.pop_front()
            {
                self.claimed.remove(&old);
            }
        }
    }

    /// Forget the older half of the transactions (the memory budget is
    /// exceeded): their later messages show no match, as after a restart.
    fn shed(&mut self) {
        for _ in 0..self.order.len() / 2 {
            if let Some(old) = self.order.pop_front() {
                self.transactions.remove(&old);
            }
        }
        for _ in 0..self.classic_order.len() / 2 {
            if let Some(old) = self.classic_order.pop_front() {
                self.classic.remove(&old);
            }
        }
        self.transactions.shrink_to_fit();
        self.classic.shrink_to_fit();
    }

    /// A classicstun request's transaction (replacing one of its ID).
    fn classic_insert(&mut self, key: classic::Key, t: classic::Transaction) {
        if self.classic.insert(key, t).is_none() {
            self.classic_order.push_back(key);
            if self.classic_order.len() > MAX_TRANSACTIONS
                && let Some(old) = self.classic_order.pop_front()
            {
                self.classic.remove(&old);
            }
        }
    }

    /// The transaction of `key`, made on its first message.
    fn transaction(&mut self, key: TransactionKey, ts_ns: i128) -> &mut Transaction {
        if !self.transactions.contains_key(&key) {
            self.order.push_back(key);
            if self.order.len() > MAX_TRANSACTIONS
                && let Some(old) = self.order.pop_front()
            {
                self.transactions.remove(&old);
            }
        }
        self.transactions.entry(key).or_insert(Transaction {
            req_frame: 0,
            rep_frame: 0,
            req_ns: ts_ns,
        })
    }
}

impl DatagramDecoder for StunDecoder {
    fn claims(&self, d: &Datagram<'_>, heuristic_pass: bool) -> bool {
        if heuristic_pass {
            accepts(d.payload, d.reported, true).is_some()
        } else {
            self.claimed.contains(&d.conv) && accepts(d.payload, d.reported, false).is_some()
        }
    }

    fn heap_bytes(&self) -> usize {
        self.transactions.capacity() * (std::mem::size_of::<(TransactionKey, Transaction)>() + 8)
            + self.order.capacity() * std::mem::size_of::<TransactionKey>()
            + self.claimed.capacity() * (std::mem::size_of::<ConvKey>() + 8)
            + self.claimed_order.capacity() * std::mem::size_of::<ConvKey>()
            + self.classic.capacity()
                * (std::mem::size_of::<(classic::Key, classic::Transaction)>() + 8)
            + self.classic_order.capacity() * std::mem::size_of::<classic::Key>()
    }

    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.memory_pressed {
            self.shed();
        }
        // Through its port or its conversation tshark asks the dissector
        // itself; through the heuristic (no port, conversation not yet
        // STUN's) it asks the heuristic, which then claims the
        // conversation.
        let by_port = d.sport == 3478 || d.dport == 3478;
        let claimed = self.claimed.contains(&d.conv);
        let heuristic = !by_port && !claimed;
        let Some(kind) = accepts(d.payload, d.reported, heuristic) else {
            return;
        };
        if kind == Kind::Classic {
            self.classic(d, out);
            return;
        }
        if heuristic && !d.nested {
            self.claim(d.conv);
        }
        let tvb = Tvb {
            b: d.payload,
            reported: d.reported,
        };
        match kind {
            Kind::ChannelData => channel_data(&tvb, d.at, out),
            Kind::Message => self.message(&tvb, d, out),
            Kind::Classic => {}
        }
    }
}

/// Whether one of the heuristics of tshark's `stun` list osidump does not
/// decode with might take `b` (then its bytes are not shown as data):
/// TURN ChannelData (dissect_turnchannel_heur: a channel from 0x4000 to
/// 0xFFFE whose length is exactly the rest), TFTP, SIP (a line with
/// `SIP/2.0`).
fn stun_heuristics_might_take(b: &[u8]) -> bool {
    if b.len() >= 4 {
        let channel = u16::from_be_bytes([b[0], b[1]]);
        let len = usize::from(u16::from_be_bytes([b[2], b[3]]));
        if (0x4000..=0xfffe).contains(&channel) && b.len() == len + 4 {
            return true;
        }
    }
    let line = b.split(|&c| c == b'\n').next().unwrap_or(b);
    let sip = line.windows(7).any(|w| w.eq_ignore_ascii_case(b"SIP/2.0"));
    sip || tftp_might_take(b)
}

/// dissect_embeddedtftp_heur: four bytes at least, an opcode, a read or
/// write request only with a valid body, an error only with a known code.
fn tftp_might_take(b: &[u8]) -> bool {
    if b.len() < 4 {
        return false;
    }
    match u16::from_be_bytes([b[0], b[1]]) {
        1 | 2 => tftp_request_body(b),
        3 | 4 | 6 | 0xff => true,
        5 => u16::from_be_bytes([b[2], b[3]]) <= 8,
        _ => false,
    }
}

/// packet-tftp.c's is_valid_request_body: printable text and NULs after
/// the opcode, an even number of NULs, and a mode tshark knows (its list
/// spells netascii `netscii`).
fn tftp_request_body(b: &[u8]) -> bool {
    let body = &b[2..];
    if body.iter().any(|&c| c != 0 && !(0x20..0x7f).contains(&c)) {
        return false;
    }
    let zeros = body.iter().filter(|&&c| c == 0).count();
    if zeros == 0 || zeros % 2 != 0 {
        return false;
    }
    let mut parts = body.split(|&c| c == 0);
    let _file = parts.next();
    let mode = parts.next().unwrap_or_default();
    ["netscii", "octet", "mail"]
        .iter()
        .any(|m| mode.eq_ignore_ascii_case(m.as_bytes()))
}

/// The payload a DATA attribute or ChannelData carries: RTCP when
/// tshark's RTCP heuristic (the last of its `stun` list) takes it, data
/// where none of the list could.
fn payload<'a>(b: &'a [u8], at: usize, out: &mut Vec<Layer<'a>>) {
    if b.is_empty() || stun_heuristics_might_take(b) {
        return;
    }
    if crate::dissect::app::rtcp::heuristic(b, b.len()) {
        out.push(crate::dissect::app::rtcp::dissect(b, b.len(), at, None));
    } else {
        out.push(crate::dissect::data::layer_of(
            Osi::Application,
            b,
            at..at + b.len(),
        ));
    }
}

/// TURN ChannelData (dissect_stun_message_channel_data).
fn channel_data<'a>(tvb: &Tvb<'a>, at: usize, out: &mut Vec<Layer<'a>>) {
    let b = tvb.b;
    let mut l = Layer::new(Osi::Session, "stun", at..at + b.len().min(4));
    let channel = u16::from_be_bytes([b[0], b[1]]);
    let len = usize::from(u16::from_be_bytes([b[2], b[3]]));
    l.uint(f::stun::CHANNEL, channel);
    l.uint(f::stun::LENGTH, len as u64);
    let mut start = 4;
    let mut len = len;
    if channel == MS_MULTIPLEX_TURN && len >= 8 {
        match tvb.get(4, 8) {
            Ok(s) => {
                let mut x = [0u8; 8];
                x.copy_from_slice(s);
                l.uint(f::stun::ATT_MS_TURN_SESSION_ID, u64::from_be_bytes(x));
            }
            Err(kind) => {
                l.throw(kind, "stun");
                l.str(f::stun::OSIDUMP_INFO, "ChannelData TURN Message");
                out.push(l);
                return;
            }
        }
        start += 8;
        len -= 8;
    }
    l.str(f::stun::OSIDUMP_INFO, "ChannelData TURN Message");
    out.push(l);
    let end = (start + len).min(b.len());
    if let Some(p) = b.get(start..end) {
        payload(p, at + start, out);
    }
}

/// Bytes of the tvb as a field (`FT_BYTES`).
fn bytes<'a>(
    l: &mut Layer<'a>,
    tvb: &Tvb<'a>,
    def: &'static FieldDef,
    at: usize,
    len: usize,
) -> Result<(), Thrown> {
    let v = tvb.get(at, len)?;
    l.push(def, Value::Bytes(Cow::Borrowed(v)));
    Ok(())
}

/// A UTF-8 string of the tvb as a field, and its text up to a NUL (what
/// tshark writes in the Info column).
fn utf8<'a>(
    l: &mut Layer<'a>,
    tvb: &Tvb<'a>,
    def: &'static FieldDef,
    at: usize,
    len: usize,
) -> Result<String, Thrown> {
    let v = tvb.get(at, len)?;
    expert::utf8_string(l, def, v);
    let text = String::from_utf8_lossy(v);
    Ok(text.split('\0').next().unwrap_or("").to_owned())
}

fn ipv6_str(a: [u8; 16]) -> String {
    let (b, n) = crate::dissect::layer::ipv6_text(&a);
    crate::dissect::layer::ascii(&b[..n]).to_owned()
}

/// What decoding a message's attributes collects.
struct Attrs<'a> {
    info: String,
    /// The payloads DATA attributes carry, with their offsets.
    payloads: Vec<(usize, &'a [u8])>,
}

impl StunDecoder {
    fn message<'a>(&mut self, tvb: &Tvb<'a>, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        let mut id = [0u8; 12];
        id.copy_from_slice(&tvb.b[8..20]);
        let t = self.transaction((d.conv, id), d.ts_ns);
        let at = Place {
            at: d.at,
            frame: d.frame,
            ts_ns: d.ts_ns,
        };
        message(tvb, &at, t, None, out);
    }
}

/// Where a message is: its offset in the frame (or in the TCP stream
/// message), its frame and capture time.
struct Place {
    at: usize,
    frame: u64,
    ts_ns: i128,
}

/// A STUN message (the cookie and length checked): `t` its transaction,
/// `frame_length` the RFC 4571 length that framed it over TCP (`tvb` then
/// starts past it).
fn message<'a>(
    tvb: &Tvb<'a>,
    p: &Place,
    t: &mut Transaction,
    frame_length: Option<u16>,
    out: &mut Vec<Layer<'a>>,
) {
    let b = tvb.b;
    let msg_type = u16::from_be_bytes([b[0], b[1]]);
    let msg_len = usize::from(u16::from_be_bytes([b[2], b[3]]));
    let (cls, mth) = (class(msg_type), method(msg_type));
    let mut id = [0u8; 12];
    id.copy_from_slice(&b[8..20]);
    let framing = if frame_length.is_some() { 2 } else { 0 };
    let mut l = Layer::new(Osi::Session, "stun", p.at..p.at + framing + b.len());

    // Transactions, as tshark's first pass records and shows them.
    if cls == REQUEST {
        if t.req_frame == 0 {
            t.req_frame = p.frame;
        }
    } else if t.rep_frame == 0 {
        t.rep_frame = p.frame;
    }
    let (req, rep, req_ns) = (t.req_frame, t.rep_frame, t.req_ns);
    if cls == REQUEST {
        if req != p.frame {
            l.uint(f::stun::REQDUPLICATE, req);
        }
        if rep != 0 {
            l.uint(f::stun::RESPONSE_IN, rep);
        }
    } else {
        if rep != p.frame {
            l.uint(f::stun::REQDUPLICATE, rep);
        }
        if (cls == SUCCESS_RESPONSE || cls == ERROR_RESPONSE) && req != 0 {
            l.uint(f::stun::RESPONSE_TO, req);
            let ns = p.ts_ns - req_ns;
            l.push(f::stun::TIME, Value::rel_time(ns));
        }
    }

    if let Some(n) = frame_length {
        l.uint(f::stun::TCP_FRAME_LENGTH, n);
    }
    l.uint(f::stun::TYPE, msg_type);
    l.uint(f::stun::TYPE_CLASS, (msg_type & 0x0110) >> 4);
    l.uint(f::stun::TYPE_METHOD, msg_type & 0x3eef);
    l.uint(f::stun::TYPE_METHOD_ASSIGNMENT, (msg_type & 0x2000) >> 13);
    l.uint(f::stun::LENGTH, msg_len as u64);
    l.push(f::stun::COOKIE, Value::Bytes(Cow::Borrowed(&b[4..8])));
    l.push(f::stun::ID, Value::Bytes(Cow::Borrowed(&b[8..20])));

    let mut attrs = Attrs {
        info: format!("{} {}", method_name(mth), class_name(cls)),
        payloads: Vec::new(),
    };
    if msg_len != 0 {
        l.uint(f::stun::NETWORK_VERSION, 3u8);
        if msg_len & 3 != 0 {
            expert::add(&mut l, &WRONG_MSGLEN, None);
        }
        l.present(f::stun::ATTRIBUTES);
        // packet-stun.c bounds its walk by the header and length alone,
        // not counting the TCP framing before them (the bound of one
        // attribute counts it).
        let walk_end = (HDR + msg_len).saturating_sub(framing);
        if let Err(kind) = attributes(&mut l, tvb, msg_len, walk_end, &id, &mut attrs) {
            l.throw(kind, "stun");
        }
    }
    l.str(f::stun::OSIDUMP_INFO, attrs.info);
    out.push(l);
    for (at, payload_bytes) in attrs.payloads {
        payload(payload_bytes, p.at + framing + at, out);
    }
}

/// The attributes of a message of `msg_len` bytes after the header.
fn attributes<'a>(
    l: &mut Layer<'a>,
    tvb: &Tvb<'a>,
    msg_len: usize,
    walk_end: usize,
    id: &[u8; 12],
    a: &mut Attrs<'a>,
) -> Result<(), Thrown> {
    let end = HDR + msg_len;
    let mut off = HDR;
    while off < walk_end {
        let att_type = tvb.u16(off)?;
        let att_len = usize::from(tvb.u16(off + 2)?);
        let pad = (att_len + 3) & !3;
        let name = attribute_name(att_type);
        match name {
            Some(_) => {
                l.uint(f::stun::ATTRIBUTE, att_type);
                l.uint(f::stun::ATT_TYPE, att_type);
                l.uint(f::stun::ATT_TYPE_COMPREHENSION, att_type >> 15);
                l.uint(f::stun::ATT_TYPE_ASSIGNMENT, (att_type & 0x4000) >> 14);
                if off + 4 + pad > end {
                    l.uint(f::stun::ATT_LENGTH, pad as u64);
                    break;
                }
            }
            None => expert::add(
                l,
                &UNKNOWN_ATTRIBUTE,
                Some(format!("Unknown attribute 0x{att_type:04x}")),
            ),
        }
        l.uint(f::stun::ATT_LENGTH, att_len as u64);
        let v = off + 4;
        attribute(l, tvb, att_type, name.unwrap_or(""), v, att_len, id, a)?;
        if att_len < pad {
            l.uint(f::stun::ATT_PADDING, (pad - att_len) as u64);
        }
        off = v + pad;
    }
    Ok(())
}

/// An address attribute's reserved byte, family and port (the port XOR'd
/// or not); `None` when the attribute is too short for the address.
fn family_and_port<'a>(
    l: &mut Layer<'a>,
    tvb: &Tvb<'a>,
    v: usize,
    len: usize,
    xor: bool,
) -> Result<Option<(u8, u16)>, Thrown> {
    if len < 1 {
        return Ok(None);
    }
    bytes(l, tvb, f::stun::ATT_RESERVED, v, 1)?;
    if len < 2 {
        return Ok(None);
    }
    let family = tvb.u8(v + 1)?;
    l.uint(f::stun::ATT_FAMILY, family);
    if len < 4 {
        return Ok(None);
    }
    let port = tvb.u16(v + 2)?;
    if xor {
        bytes(l, tvb, f::stun::ATT_PORT_XORD, v + 2, 2)?;
        let clear = port ^ (MESSAGE_COOKIE >> 16) as u16;
        l.uint(f::stun::ATT_PORT, clear);
        Ok(Some((family, clear)))
    } else {
        l.uint(f::stun::ATT_PORT, port);
        Ok(Some((family, port)))
    }
}

fn u32_field(
    l: &mut Layer<'_>,
    tvb: &Tvb<'_>,
    def: &'static FieldDef,
    at: usize,
) -> Result<u32, Thrown> {
    let x = tvb.u32(at)?;
    l.uint(def, x);
    Ok(x)
}

fn u16_field(
    l: &mut Layer<'_>,
    tvb: &Tvb<'_>,
    def: &'static FieldDef,
    at: usize,
) -> Result<u16, Thrown> {
    let x = tvb.u16(at)?;
    l.uint(def, x);
    Ok(x)
}

fn u8_field(
    l: &mut Layer<'_>,
    tvb: &Tvb<'_>,
    def: &'static FieldDef,
    at: usize,
) -> Result<u8, Thrown> {
    let x = tvb.u8(at)?;
    l.uint(def, x);
    Ok(x)
}

/// One attribute's value at `v`, `len` bytes (packet-stun.c's switch).
#[allow(clippy::too_many_arguments)]
fn attribute<'a>(
    l: &mut Layer<'a>,
    tvb: &Tvb<'a>,
    att_type: u16,
    name: &str,
    v: usize,
    len: usize,
    id: &[u8; 12],
    a: &mut Attrs<'a>,
) -> Result<(), Thrown> {
    use f::stun as s;
    match att_type {
        // RFC 3489's deprecated addresses (and MS-TURN's destination).
        0x0002 | 0x0004 | 0x0005 | 0x000b | 0x0011 => {
            let Some((family, _)) = family_and_port(l, tvb, v, len, false)? else {
                return Ok(());
            };
            match family {
                1 if len >= 8 => {
                    let ip = tvb.get(v + 4, 4)?;
                    l.push(s::ATT_IPV4, Value::Ipv4([ip[0], ip[1], ip[2], ip[3]]));
                }
                2 if len >= 20 => {
                    let mut ip = [0u8; 16];
                    ip.copy_from_slice(tvb.get(v + 4, 16)?);
                    l.push(s::ATT_IPV6, Value::Ipv6(ip));
                }
                _ => {}
            }
        }
        0x0007 => bytes(l, tvb, s::ATT_PASSWORD, v, len)?,
        0x0001 | 0x8023 | 0x802b | 0x802c | 0x8090 | 0x000e => {
            let Some((family, port)) = family_and_port(l, tvb, v, len, false)? else {
                return Ok(());
            };
            let addr = match family {
                1 if len >= 8 => {
                    let ip = tvb.get(v + 4, 4)?;
                    l.push(s::ATT_IPV4, Value::Ipv4([ip[0], ip[1], ip[2], ip[3]]));
                    Some(format!("{}.{}.{}.{}", ip[0], ip[1], ip[2], ip[3]))
                }
                2 if len >= 20 => {
                    let mut ip = [0u8; 16];
                    ip.copy_from_slice(tvb.get(v + 4, 16)?);
                    l.push(s::ATT_IPV6, Value::Ipv6(ip));
                    Some(ipv6_str(ip))
                }
                _ => None,
            };
            if let Some(addr) = addr {
                a.info.push_str(&format!(" {name}: {addr}:{port}"));
            }
        }
        0x0003 => {
            if len >= 4 {
                let x = tvb.u32(v)?;
                l.boolean(s::ATT_CHANGE_IP, x & 4 != 0);
                l.boolean(s::ATT_CHANGE_PORT, x & 2 != 0);
            }
        }
        0x0006 => {
            let user = utf8(l, tvb, s::ATT_USERNAME, v, len)?;
            a.info.push_str(" user: ");
            a.info.push_str(&user);
        }
        0x0008 => {
            if len >= 20 {
                bytes(l, tvb, s::ATT_HMAC, v, len)?;
            }
        }
        0x0009 => {
            if len < 2 {
                return Ok(());
            }
            bytes(l, tvb, s::ATT_RESERVED, v, 2)?;
            if len < 3 {
                return Ok(());
            }
            let class = tvb.u8(v + 2)?;
            l.uint(s::ATT_ERROR_CLASS, class & 7);
            if len < 4 {
                return Ok(());
            }
            let number = u8_field(l, tvb, s::ATT_ERROR, v + 3)?;
            let code = u32::from(class) * 100 + u32::from(number);
            a.info
                .push_str(&format!(" error-code: {code} ({})", error_name(code)));
            if len < 5 {
                return Ok(());
            }
            let reason = utf8(l, tvb, s::ATT_ERROR_REASON, v + 4, len - 4)?;
            a.info.push(' ');
            a.info.push_str(&reason);
        }
        0x000a => {
            for i in (0..len).step_by(2) {
                u16_field(l, tvb, s::ATT_UNKNOWN, v + i)?;
            }
        }
        0x0014 => {
            let realm = utf8(l, tvb, s::ATT_REALM, v, len)?;
            a.info.push_str(" realm: ");
            a.info.push_str(&realm);
        }
        0x0015 => {
            utf8(l, tvb, s::ATT_NONCE, v, len)?;
            a.info.push_str(" with nonce");
        }
        0x001d | 0x8002 => password_algorithms(l, tvb, att_type, v, len)?,
        0x0012 | 0x0016 | 0x0020 | 0x0027 | 0x0028 | 0x8020 | 0x8059 | 0x805a | 0x805b | 0x805c => {
            let Some((family, port)) = family_and_port(l, tvb, v, len, true)? else {
                return Ok(());
            };
            if len < 8 {
                return Ok(());
            }
            let addr = match family {
                1 => {
                    bytes(l, tvb, s::ATT_IPV4_XORD, v + 4, 4)?;
                    let x = tvb.u32(v + 4)? ^ MESSAGE_COOKIE;
                    let ip = x.to_be_bytes();
                    l.push(s::ATT_IPV4, Value::Ipv4(ip));
                    Some(format!("{}.{}.{}.{}", ip[0], ip[1], ip[2], ip[3]))
                }
                2 if len >= 20 => {
                    bytes(l, tvb, s::ATT_IPV6_XORD, v + 4, 16)?;
                    let mut ip = [0u8; 16];
                    ip.copy_from_slice(tvb.get(v + 4, 16)?);
                    let mut key = [0u8; 16];
                    key[..4].copy_from_slice(&MESSAGE_COOKIE.to_be_bytes());
                    key[4..].copy_from_slice(id);
                    for (x, k) in ip.iter_mut().zip(key) {
                        *x ^= k;
                    }
                    l.push(s::ATT_IPV6, Value::Ipv6(ip));
                    Some(ipv6_str(ip))
                }
                _ => None,
            };
            if let Some(addr) = addr {
                a.info.push_str(&format!(" {name}: {addr}:{port}"));
            }
        }
        0x0017 => {
            if len < 1 {
                return Ok(());
            }
            u8_field(l, tvb, s::ATT_FAMILY, v)?;
            if len >= 4 {
                bytes(l, tvb, s::ATT_RESERVED, v + 1, 3)?;
            }
        }
        0x0018 => {
            if len >= 1 {
                let x = tvb.u8(v)?;
                l.uint(s::ATT_EVEN_PORT_RESERVE_NEXT, x >> 7);
            }
        }
        0x0022 => {
            if len >= 8 {
                bytes(l, tvb, s::ATT_TOKEN, v, 8)?;
            }
        }
        0x0024 => {
            if len >= 4 {
                u32_field(l, tvb, s::ATT_PRIORITY, v)?;
            }
        }
        0x0026 => l.uint(s::ATT_PADDING, len as u64),
        0x0030 | 0x8004 => {
            if len >= 4 {
                u8_field(l, tvb, s::ATT_ICMP_TYPE, v)?;
                u8_field(l, tvb, s::ATT_ICMP_CODE, v + 1)?;
            }
        }
        0x8006 => bytes(l, tvb, s::ATT_UNKNOWN8006, v, len)?,
        0x8022 => {
            utf8(l, tvb, s::ATT_SOFTWARE, v, len)?;
        }
        0x8027 => {
            if len >= 4 {
                u32_field(l, tvb, s::ATT_CACHE_TIMEOUT, v)?;
            }
        }
        0x8028 => {
            if len >= 4 {
                let got = u32_field(l, tvb, s::ATT_CRC32, v)?;
                let before = tvb.get(0, v - 4)?;
                let want = crate::dissect::wire::crc32(before) ^ 0x5354_554e;
                if want == got {
                    l.uint(s::ATT_CRC32_STATUS, checksum::GOOD);
                } else {
                    l.uint(s::ATT_CRC32_STATUS, checksum::BAD);
                    expert::add(
                        l,
                        &FINGERPRINT_BAD,
                        Some(format!("Bad Fingerprint [should be 0x{want:08x}]")),
                    );
                }
            }
        }
        0x8029 | 0x802a => {
            if len >= 8 {
                bytes(l, tvb, s::ATT_TIE_BREAKER, v, 8)?;
            }
        }
        0x0013 => {
            if len > 0 {
                let p = tvb.get(v, len)?;
                l.push(s::VALUE, Value::Bytes(Cow::Borrowed(p)));
                a.payloads.push((v, p));
            }
        }
        0x0019 => {
            if len < 1 {
                return Ok(());
            }
            let code = u8_field(l, tvb, s::ATT_TRANSP, v)?;
            if len < 4 {
                return Ok(());
            }
            match code {
                17 => a.info.push_str(" UDP"),
                6 => a.info.push_str(" TCP"),
                _ => a.info.push_str(&format!(" Unknown (0x{code:8x})")),
            }
            bytes(l, tvb, s::ATT_RESERVED, v + 1, 3)?;
        }
        0x000c => {
            if len >= 4 {
                let chan = u16_field(l, tvb, s::ATT_CHANNELNUM, v)?;
                a.info.push_str(&format!(" ChannelNumber=0x{chan:x}"));
                bytes(l, tvb, s::ATT_RESERVED, v + 2, 2)?;
            }
        }
        0x000f => {
            if len >= 4 {
                u32_field(l, tvb, s::ATT_MAGIC_COOKIE, v)?;
            }
        }
        0x0010 => {
            if len >= 4 {
                let x = u32_field(l, tvb, s::PORT_BANDWIDTH, v)?;
                a.info.push_str(&format!(" bandwidth: {}", x as i32));
            }
        }
        0x000d => {
            if len >= 4 {
                let x = u32_field(l, tvb, s::ATT_LIFETIME, v)?;
                a.info.push_str(&format!(" lifetime: {}", x as i32));
            }
        }
        0x8008 => {
            u32_field(l, tvb, s::ATT_MS_VERSION, v)?;
        }
        0x8070 => {
            u32_field(l, tvb, s::ATT_MS_VERSION_ICE, v)?;
        }
        0x8050 => {
            bytes(l, tvb, s::ATT_MS_CONNECTION_ID, v, 20)?;
            u32_field(l, tvb, s::ATT_MS_SEQUENCE_NUMBER, v + 20)?;
        }
        0x8055 => {
            u16_field(l, tvb, s::ATT_MS_STREAM_TYPE, v)?;
            u16_field(l, tvb, s::ATT_MS_SERVICE_QUALITY, v + 2)?;
        }
        0x8056 => {
            bytes(l, tvb, s::ATT_RESERVED, v, 2)?;
            u16_field(l, tvb, s::ATT_BANDWIDTH_ACM_TYPE, v + 2)?;
        }
        0x8057 => bytes(l, tvb, s::ATT_BANDWIDTH_RSV_ID, v, 16)?,
        0x8058 => {
            u32_field(l, tvb, s::ATT_BANDWIDTH_RSV_AMOUNT_MASB, v)?;
            u32_field(l, tvb, s::ATT_BANDWIDTH_RSV_AMOUNT_MISB, v + 4)?;
            u32_field(l, tvb, s::ATT_BANDWIDTH_RSV_AMOUNT_MARB, v + 8)?;
            u32_field(l, tvb, s::ATT_BANDWIDTH_RSV_AMOUNT_MIRB, v + 12)?;
        }
        0x805d..=0x8060 => {
            let x = tvb.u32(v)?;
            l.boolean(s::ATT_ADDRESS_RP_VALID, x & 0x8000_0000 != 0);
            if matches!(att_type, 0x805d | 0x805f) {
                l.boolean(s::ATT_ADDRESS_RP_PSTN, x & 0x4000_0000 != 0);
                l.uint(s::ATT_ADDRESS_RP_RESERVED, x & 0x3fff_ffff);
            } else {
                l.uint(s::ATT_ADDRESS_RP_RESERVED, x & 0x7fff_ffff);
            }
            u32_field(l, tvb, s::ATT_ADDRESS_RP_MASB, v + 4)?;
            u32_field(l, tvb, s::ATT_ADDRESS_RP_MARB, v + 8)?;
        }
        0x8061 => bytes(l, tvb, s::ATT_SIP_DIALOG_ID, v, len)?,
        0x8062 => bytes(l, tvb, s::ATT_SIP_CALL_ID, v, len)?,
        0x8068 => {
            u8_field(l, tvb, s::ATT_LP_PEER_LOCATION, v)?;
            u8_field(l, tvb, s::ATT_LP_SEFT_LOCATION, v + 1)?;
            u8_field(l, tvb, s::ATT_LP_FEDERATION, v + 2)?;
            bytes(l, tvb, s::ATT_RESERVED, v + 3, 1)?;
        }
        0x8054 => {
            let x = tvb.get(v, 4)?;
            expert::ascii_string(l, s::ATT_MS_FOUNDATION, x);
        }
        0x8095 => {
            let x = tvb.get(v, 8)?;
            let mut n = [0u8; 8];
            n.copy_from_slice(x);
            l.uint(s::ATT_MS_MULTIPLEXED_TURN_SESSION_ID, u64::from_be_bytes(n));
        }
        0xc057 => {
            u16_field(l, tvb, s::ATT_GOOGLE_NETWORK_ID, v)?;
            u16_field(l, tvb, s::ATT_GOOGLE_NETWORK_COST, v + 2)?;
        }
        _ => {
            if len > 0 {
                bytes(l, tvb, s::VALUE, v, len)?;
            }
        }
    }
    Ok(())
}

/// PASSWORD-ALGORITHM(S): algorithm TLVs, read as packet-stun.c reads
/// them (its test of the parameter's length is the other way round: one
/// that fits is "too few bytes", one that does not is read and throws;
/// what is left is counted on an unsigned number that wraps).
fn password_algorithms<'a>(
    l: &mut Layer<'a>,
    tvb: &Tvb<'a>,
    att_type: u16,
    v: usize,
    len: usize,
) -> Result<(), Thrown> {
    use f::stun as s;
    let mut remaining = len as u32;
    while remaining > 0 {
        let at = (v as u32).wrapping_add(len as u32).wrapping_sub(remaining) as usize;
        if remaining < 4 {
            expert::add(
                l,
                &SHORT_PACKET,
                Some(format!(
                    "Too few bytes left for TLV header ({remaining} < 4)"
                )),
            );
            break;
        }
        u16_field(l, tvb, s::ATT_PW_ALG, at)?;
        let param_len = u32::from(u16_field(l, tvb, s::ATT_PW_ALG_LEN, at + 2)?);
        if param_len > 0 {
            if param_len + 4 >= remaining {
                bytes(l, tvb, s::ATT_PW_ALG_DATA, at + 4, param_len as usize)?;
            } else {
                expert::add(
                    l,
                    &SHORT_PACKET,
                    Some(format!(
                        "Too few bytes left for parameter data ({} < {param_len})",
                        remaining - 4
                    )),
                );
                break;
            }
        }
        let param_pad = (param_len + 3) & !3;
        if param_len < param_pad {
            l.uint(s::ATT_PADDING, param_pad - param_len);
        }
        remaining = remaining.wrapping_sub(param_pad + 4);
        if att_type == 0x001d && remaining > 0 {
            expert::add(l, &LONG_ATTRIBUTE, Some(" (PASSWORD-ALGORITHM)".into()));
        }
    }
    Ok(())
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::<StunDecoder>::default()
}

/// tshark's Info: each message replaces the column (`col_add_lstr`), so
/// of the messages one TCP segment completes the last one's stands.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let later = layers.get(i + 1..).unwrap_or_default();
    if later
        .iter()
        .any(|l| l.protocol == "stun" && l.has(f::stun::OSIDUMP_INFO))
    {
        return;
    }
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::stun::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("STUN: ");
    out.push_str(l.get_str(f::stun::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "stun",
    also: &[],
    title: "Session Traversal Utilities for NAT",
    osi: Osi::Session,
    fields: f::stun::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "STUN"),
    app: Some(AppSpec {
        decode_as: &["stun"],
        tcp_ports: &[3478],
        udp_ports: &[3478],
        probe_tcp: Some(tcp::probe),
        probe_udp: Some(probe),
        udp_port_takes: Some(port_takes),
        stream: Some(tcp::new_stream),
        datagram: Some(new_datagrams),
    }),
};
