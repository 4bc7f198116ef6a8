//! DNS over UDP and TCP, with mDNS (5353) and LLMNR (5355) decoded by the
//! same code under their own protocol names, as Wireshark does.
//!
//! Every field carries Wireshark's display-filter name and is pushed in wire
//! order, one push per occurrence (checked against tshark 4.0 `-T pdml`).
//!
//! The promise: no input makes this module panic or loop. Every read is
//! bounds-checked through [`Cursor`]; a name follows at most
//! [`MAX_POINTERS`] compression pointers, keeps at most [`MAX_NAME_LEN`]
//! bytes of text, and the names of a message read at most [`NAME_STEPS`]
//! labels and pointers. A record whose rdata contradicts its
//! type (an A record with rdlength 5, a name running past rdlength) is
//! flagged on the layer and decoding goes on with the next record, which its
//! rdlength locates; only a message that ends mid-record stops the walk.
//!
//! Why a hand parser rather than `simple-dns` 0.13: measured here, it
//! rejects the whole message (`Err(InvalidDnsPacket)`) when a name uses a
//! forward compression pointer, which Wireshark and real resolvers accept;
//! it returns the A record of a 5-byte rdata as a clean 4-byte address
//! without saying anything; and its one error for the whole packet cannot
//! say which record was bad nor let the records after it be shown. We need
//! an anomaly per record and the rest decoded, so the parser is ours.

pub mod fields;
mod matching;
pub use matching::*;
mod tcp;
pub use tcp::*;
mod summary;
pub use summary::*;
mod names;
pub use names::*;

use crate::dissect::fields as f;
use crate::dissect::wire::be16;
use foldhash::HashMap;
use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt::Write as _;
use std::hash::Hash;

use super::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::flow::ConvKey;
use crate::source::Timestamp;

pub const PORT: u16 = 53;
pub const MDNS_PORT: u16 = 5353;
pub const LLMNR_PORT: u16 = 5355;

/// Most labels in one name (RFC 1035 allows at most 127 in 255 bytes).
pub const MAX_LABELS: usize = 128;
/// tshark's name buffer (MAX_DNAME_LEN, with its NUL): a name's dotted text
/// keeps at most 253 bytes of it ([`read_name`]).
pub const MAX_NAME_LEN: usize = 255;
/// Most compression pointers followed in one name (tshark's limit,
/// MAX_DNAME_LEN); a chain this long only happens when pointers loop.
pub const MAX_POINTERS: usize = 255;
/// Labels and pointers read for all the names of one message at most.
/// tshark reads a long name to its end whatever it keeps of it, and a
/// hostile message can make every one of thousands of names follow 255
/// pointers into long runs of labels; a real message takes a few hundred
/// steps.
pub const NAME_STEPS: usize = 1 << 22;

const HEADER_LEN: usize = 12;

/// Which protocol rides on the DNS wire format. They differ in the flags
/// Wireshark shows and in mDNS's use of the class's top bit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flavor {
    Dns,
    /// Multicast DNS: the class's top bit is "unicast response wanted" in a
    /// question and "cache flush" in a record.
    Mdns,
    /// LLMNR: the header bits 5-7 are C (conflict) and T (tentative).
    Llmnr,
}

impl Flavor {
    /// Wireshark's protocol name.
    pub fn protocol(self) -> &'static str {
        match self {
            Flavor::Dns => "dns",
            Flavor::Mdns => "mdns",
            Flavor::Llmnr => "llmnr",
        }
    }

    /// The flavor a UDP port pair speaks: 5353 is mDNS, 5355 LLMNR, 53 DNS,
    /// the lower port first as tshark's UDP tries them (5353 to 53 is DNS),
    /// anything else plain DNS.
    pub fn from_ports(src: u16, dst: u16) -> Flavor {
        let by_port = |p: u16| match p {
            MDNS_PORT => Some(Flavor::Mdns),
            LLMNR_PORT => Some(Flavor::Llmnr),
            53 => Some(Flavor::Dns),
            _ => None,
        };
        by_port(src.min(dst))
            .or_else(|| by_port(src.max(dst)))
            .unwrap_or(Flavor::Dns)
    }
}

// ---------------------------------------------------------------------------
// Bounds-checked reading
// ---------------------------------------------------------------------------

/// A read position over the whole message, limited to `end` (a record's
/// rdata end, or the message end). Reads return `None` past `end`.
#[derive(Clone, Copy)]
struct Cursor<'a> {
    msg: &'a [u8],
    pos: usize,
    end: usize,
}

impl<'a> Cursor<'a> {
    fn new(msg: &'a [u8], pos: usize, end: usize) -> Self {
        Cursor {
            msg,
            pos,
            end: end.min(msg.len()),
        }
    }

    fn left(&self) -> usize {
        self.end.saturating_sub(self.pos)
    }

    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.left() < n {
            return None;
        }
        let b = &self.msg[self.pos..self.pos + n];
        self.pos += n;
        Some(b)
    }

    fn u8(&mut self) -> Option<u8> {
        self.bytes(1).map(|b| b[0])
    }

    fn u16(&mut self) -> Option<u16> {
        self.bytes(2).map(|b| u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Option<u32> {
        self.bytes(4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn rest(&mut self) -> &'a [u8] {
        let n = self.left();
        self.bytes(n).unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/// A decoded name. `text` is what Wireshark shows (`<Root>` for the root,
/// a placeholder such as `<Name contains a pointer that loops>` when broken).
#[derive(Debug, Clone, PartialEq)]
struct Name {
    text: String,
    /// Offset just past the name where it was read (after the first pointer).
    end: usize,
    /// Wireshark's `dns.qry.name.len`: the dotted name's byte length
    /// (the placeholder's length for a root or broken name).
    len: usize,
    /// Wireshark's `dns.count.labels`: dots in the dotted name, plus one.
    labels: usize,
    /// Set when the name is broken but its end is known, so the record can
    /// still be read.
    problem: Option<String>,
}

/// A name that cannot be delimited: the record it starts cannot be read.
#[derive(Debug, Clone, PartialEq)]
enum NameError {
    /// The name runs past the bytes it may use.
    Short { at: usize },
    /// Label type 10 (reserved).
    BadLabel { at: usize, byte: u8 },
    /// Bitstring labels only, no text Wireshark counts.
    NoText { at: usize },
    /// The message's names took more steps than [`NAME_STEPS`].
    Budget { at: usize },
}

impl NameError {
    fn describe(&self) -> String {
        match self {
            NameError::Short { at } => format!("name at offset {at} runs past the end"),
            NameError::BadLabel { at, byte } => {
                format!("name at offset {at}: reserved label type 0x{byte:02x}")
            }
            NameError::NoText { at } => {
                format!("name at offset {at}: bitstring labels and no other")
            }
            NameError::Budget { at } => format!(
                "name at offset {at}: the message's names take more than {NAME_STEPS} labels and pointers"
            ),
        }
    }
}

const LOOP_TEXT: &str = "<Name contains a pointer that loops>";
const TOO_LONG_TEXT: &str = "<Name too long>";

/// The name at `at` as packet-dns.c's `get_dns_name` gives it to other
/// dissectors (ICMPv6's DNS Search List): its text and the bytes it takes
/// there, or None where tshark reads past the end of `msg` and throws.
pub(crate) fn name_at(msg: &[u8], at: usize) -> Option<(String, usize)> {
    let mut steps = NAME_STEPS;
    let name = read_name(msg, at, msg.len(), &mut steps).ok()?;
    Some((name.text, name.end - at))
}

/// Reads the name at `at` as packet-dns.c's `expand_dns_name` and
/// `get_dns_name` do. Its inline bytes must end by `end`; compression
/// pointers may point anywhere in `msg`, backwards or forwards (Wireshark
/// accepts forward pointers). `steps` is what is left of the message's
/// budget of labels and pointers (see [`NAME_STEPS`]).
///
/// tshark's rules, kept here: the text keeps at most 253 bytes, and a name
/// that needs more is `<Name too long>` once its end is found (the labels
/// are read on to their end, and a bad label after the cut still throws);
/// a pointer is a loop when it points 4 bytes past its start (Wireshark's
/// own test) or after 255 pointers; an RFC 2673 bitstring label is shown
/// as `\[x<hex>/<bits>]` in the buffer but not counted in the name's
/// length, which cuts the text shown (`\[xa` for `\[xabcd/16].foo`); a
/// name of such labels only throws; another extended label ends the name
/// as `<Unknown extended label>`; label type 10 throws.
fn read_name(msg: &[u8], at: usize, end: usize, steps: &mut usize) -> Result<Name, NameError> {
    let end = end.min(msg.len());
    let mut raw: Vec<u8> = Vec::new();
    // Room left in tshark's name buffer (MAX_DNAME_LEN with its NUL).
    let mut room = MAX_NAME_LEN;
    let mut pos = at;
    let mut limit = end;
    // Bytes of `raw` Wireshark counts as the name's length (its
    // `name_len`): the labels and dots, not a bitstring label's text. The
    // name shown is that many bytes of the buffer.
    let mut counted = 0usize;
    // The bytes the name takes where it starts (up to its first pointer).
    let mut used: Option<usize> = None;
    let mut pointers = 0usize;
    loop {
        if *steps == 0 {
            return Err(NameError::Budget { at });
        }
        *steps -= 1;
        if pos >= limit {
            // Out of bytes, or a pointer led past the message's end:
            // tshark reads past the end there and throws.
            return Err(NameError::Short { at });
        }
        let c = msg[pos];
        pos += 1;
        if c == 0 {
            break;
        }
        match c & 0xc0 {
            0x00 => {
                let len = usize::from(c);
                if pos + len > limit {
                    return Err(NameError::Short { at });
                }
                if raw.is_empty() {
                    // The first label takes a byte of room for nothing.
                    room -= 1;
                    if raw.capacity() == 0 {
                        // Room for most names at once.
                        raw.reserve(64);
                    }
                } else if room > 0 {
                    raw.push(b'.');
                    room -= 1;
                    counted += 1;
                }
                let take = len.min(room);
                raw.extend_from_slice(&msg[pos..pos + take]);
                room -= take;
                counted += take;
                pos += len;
            }
            0x40 if c & 0x3f == 1 => {
                // Bitstring label (RFC 2673): a bit count, then the bits.
                let Some(&bits) = msg.get(pos).filter(|_| pos < limit) else {
                    return Err(NameError::Short { at });
                };
                pos += 1;
                // C's division, which truncates toward zero: 0 bits read 1 byte.
                let bytes = ((i32::from(bits) - 1) / 8 + 1) as usize;
                if pos + bytes > limit {
                    return Err(NameError::Short { at });
                }
                let mut print = |text: &str| {
                    if room > 0 {
                        if text.len() <= room {
                            raw.extend_from_slice(text.as_bytes());
                            room -= text.len();
                        } else {
                            room = 0;
                        }
                    }
                };
                print("\\[x");
                for b in &msg[pos..pos + bytes] {
                    print(&format!("{b:02x}"));
                }
                print(&format!("/{bits}]"));
                pos += bytes;
            }
            0x40 => {
                // Wireshark gives up on the name here, its length counted
                // from its start to this byte (wherever pointers led); it
                // throws when that is under two bytes.
                let Some(len) = pos.checked_sub(at).filter(|&n| n >= 2) else {
                    return Err(NameError::Short { at });
                };
                const UNKNOWN: &str = "<Unknown extended label>";
                return Ok(Name {
                    text: UNKNOWN.to_string(),
                    end: at + len,
                    len: UNKNOWN.len(),
                    labels: 1,
                    problem: Some(format!(
                        "name at offset {at}: unknown extended label type 0x{c:02x}"
                    )),
                });
            }
            0x80 => return Err(NameError::BadLabel { at, byte: c }),
            _ => {
                if pos >= limit {
                    return Err(NameError::Short { at });
                }
                let target = (usize::from(c & 0x3f) << 8) | usize::from(msg[pos]);
                pos += 1;
                pointers += 1;
                let used = *used.get_or_insert_with(|| pos - at);
                if target == pos + 2 || pointers > MAX_POINTERS {
                    return Ok(Name {
                        text: LOOP_TEXT.to_string(),
                        end: at + used,
                        len: LOOP_TEXT.len(),
                        labels: 1,
                        problem: Some(format!("name at offset {at}: compression pointers loop")),
                    });
                }
                pos = target;
                // After a jump the name may use any byte of the message.
                limit = msg.len();
            }
        }
    }
    let used = used.unwrap_or_else(|| pos - at);
    if room == 0 {
        return Ok(Name {
            text: TOO_LONG_TEXT.to_string(),
            end: at + used,
            len: TOO_LONG_TEXT.len(),
            labels: 1,
            problem: Some(format!(
                "name at offset {at} is longer than {} bytes",
                MAX_NAME_LEN - 2
            )),
        });
    }
    if raw.is_empty() && used <= 2 {
        // The root, inline or through a pointer.
        return Ok(Name {
            text: "<Root>".to_string(),
            end: at + used,
            len: 6,
            labels: 1,
            problem: None,
        });
    }
    if counted == 0 {
        // Bitstring labels only: Wireshark throws.
        return Err(NameError::NoText { at });
    }
    raw.truncate(counted);
    let labels = raw.iter().filter(|&&b| b == b'.').count() + 1;
    let len = raw.len();
    // The bytes become the text as they stand when they are text already
    // (most names): no copy.
    let escaped = match display_text(&raw) {
        Cow::Owned(text) => Some(text),
        Cow::Borrowed(_) => None,
    };
    let text = match escaped {
        Some(text) => text,
        None => String::from_utf8(raw)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    };
    Ok(Name {
        text,
        end: at + used,
        len,
        labels,
        problem: None,
    })
}

/// Text as Wireshark shows it: valid UTF-8 kept, control characters as
/// `\ooo`, invalid bytes as U+FFFD. Borrows when nothing needs changing.
fn display_text(b: &[u8]) -> Cow<'_, str> {
    let s = crate::dissect::wire::lossy(b);
    if !s.chars().any(|c| c.is_control()) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() && (c as u32) < 0x100 {
            let _ = write!(out, "\\{:03o}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

// ---------------------------------------------------------------------------
// Probe
// ---------------------------------------------------------------------------

/// tshark's DNS-over-UDP heuristic, tried on a datagram no port claims: more
/// than a header, a standard query or response (opcode 0), a query asking
/// one question with no answer or authority records, a response with at
/// most one question, 100 answers and 10 authority records, and at most 10
/// additional records. The counts are not checked against the length.
pub fn probe_udp(payload: &[u8]) -> Probe {
    if payload.len() <= HEADER_LEN {
        return Probe::NotForUs;
    }
    let flags = be16(payload, 2);
    let (qd, an, ns, ar) = (
        be16(payload, 4),
        be16(payload, 6),
        be16(payload, 8),
        be16(payload, 10),
    );
    let counts_fit = if flags & 0x8000 == 0 {
        qd == 1 && an == 0 && ns == 0
    } else {
        qd <= 1 && an <= 100 && ns <= 10
    };
    if flags & 0x7800 == 0 && counts_fit && ar <= 10 {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

/// Whether `payload` looks like a DNS message: known opcode, plausible
/// counts for its length, and a question that parses. Never allocates.
pub fn probe(payload: &[u8]) -> Probe {
    if payload.len() < HEADER_LEN {
        return Probe::NotForUs;
    }
    let flags = be16(payload, 2);
    let response = flags & 0x8000 != 0;
    let opcode = ((flags >> 11) & 0xf) as u8;
    if opcode_name(opcode).is_none() {
        return Probe::NotForUs;
    }
    let qd = usize::from(be16(payload, 4));
    let rr = usize::from(be16(payload, 6))
        + usize::from(be16(payload, 8))
        + usize::from(be16(payload, 10));
    // A question takes at least 5 bytes (root name, type, class), a record 11.
    if HEADER_LEN + qd * 5 + rr * 11 > payload.len() {
        return Probe::NotForUs;
    }
    if qd > 8 || (qd == 0 && (!response || rr == 0)) {
        return Probe::NotForUs;
    }
    if !response && flags & 0x000f != 0 {
        // A query with an rcode.
        return Probe::Unsure;
    }
    if qd == 0 {
        return Probe::Unsure;
    }
    let Some(end) = skip_question_name(payload) else {
        return Probe::Unsure;
    };
    let mut c = Cursor::new(payload, end, payload.len());
    match (c.u16(), c.u16()) {
        (Some(_), Some(class)) if matches!(class & 0x7fff, 1 | 3 | 4 | 254 | 255) => {
            if flags & 0x0040 != 0 {
                Probe::Unsure
            } else {
                Probe::Certain
            }
        }
        _ => Probe::Unsure,
    }
}

/// The first question's name end, checking its labels without building it.
fn skip_question_name(msg: &[u8]) -> Option<usize> {
    let mut pos = HEADER_LEN;
    let mut total = 0usize;
    for _ in 0..=MAX_LABELS {
        let len = *msg.get(pos)?;
        match len & 0xc0 {
            0x00 if len == 0 => return Some(pos + 1),
            0x00 => {
                total += usize::from(len) + 1;
                if total > MAX_NAME_LEN + 1 || pos + 1 + usize::from(len) > msg.len() {
                    return None;
                }
                pos += 1 + usize::from(len);
            }
            0xc0 => {
                let target = usize::from(be16(msg.get(pos..pos + 2)?, 0) & 0x3fff);
                return (target < msg.len()).then_some(pos + 2);
            }
            _ => return None,
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Dissection
// ---------------------------------------------------------------------------

/// One DNS message carried in a UDP payload. `span` is
/// `span_start..span_start + msg.len()`.
pub fn dissect<'a>(msg: &'a [u8], span_start: usize) -> Layer<'a> {
    dissect_as(msg, span_start, Flavor::Dns, false)
}

/// One message of the given flavor. `snap_cut` says the capture cut the
/// payload short, so running out of bytes is `truncated` rather than
/// `malformed`.
pub fn dissect_as<'a>(
    msg: &'a [u8],
    span_start: usize,
    flavor: Flavor,
    snap_cut: bool,
) -> Layer<'a> {
    let mut l = Layer::new(
        Osi::Application,
        flavor.protocol(),
        span_start..span_start + msg.len(),
    );
    Walker {
        msg,
        l: &mut l,
        flavor,
        snap_cut,
        steps: NAME_STEPS,
    }
    .message();
    cap_anomalies(&mut l);
    l
}

/// Anomalies one DNS layer keeps; the rest become one "N more problems".
const ANOMALY_CAP: usize = 16;

/// A hostile message (tcpdump/dns-badlabel.pcap: 64259 questions) would
/// otherwise carry hundreds of anomalies.
fn cap_anomalies(l: &mut Layer<'_>) {
    if l.anomalies.len() > ANOMALY_CAP {
        let more = l.anomalies.len() - ANOMALY_CAP;
        l.anomalies.truncate(ANOMALY_CAP);
        l.malformed(format!("{more} more problems"));
    }
}

/// Questions, and resource records (all sections), a [`summary`] names;
/// the rest are counted in a final "… (N more)". Records get more room: a
/// normal ANY answer with OPT (10 records) is shown whole, as tshark does.
const SUMMARY_QUESTIONS: usize = 8;
const SUMMARY_RECORDS: usize = 16;

/// One DNS message from reassembled TCP data (without its length prefix),
/// with owned values; span `0..msg.len()`.
pub fn dissect_owned(msg: &[u8]) -> Layer<'static> {
    into_owned(dissect(msg, 0))
}

fn into_owned(l: Layer<'_>) -> Layer<'static> {
    l.into_owned()
}

/// Why [`Walker::rdata`] stops when a type's fields need more bytes than
/// the record has.
const RDATA_SHORT: &str = "rdata too short";

/// The prefix of an [`Walker::rdata`] error for a field tshark reads from
/// the message beyond the record (the OPT record's options do) and that
/// runs past the message's end: tshark throws there.
const MSG_SHORT: &str = "past the message: ";

struct Walker<'a, 'l> {
    msg: &'a [u8],
    l: &'l mut Layer<'a>,
    flavor: Flavor,
    snap_cut: bool,
    /// What is left of the message's [`NAME_STEPS`].
    steps: usize,
}

/// Why a section walk stopped early.
enum Stop {
    /// Out of bytes (or a name that cannot be delimited): nothing after it
    /// can be found.
    Short(String),
}

impl<'a> Walker<'a, '_> {
    /// Out of bytes: Wireshark's DNS dissector reads past the end of its
    /// bytes here, and throws.
    fn short(&mut self, reason: String) {
        let kind = if self.snap_cut {
            self.l.truncated(reason);
            AnomalyKind::Truncated
        } else {
            self.l.malformed(reason);
            AnomalyKind::Malformed
        };
        let protocol = self.l.protocol;
        self.l.throw(kind, protocol);
    }

    fn message(&mut self) {
        let msg = self.msg;
        let l = &mut *self.l;
        // Wireshark reads the id and the flags before it shows either:
        // fewer than 4 bytes throw with no field at all.
        if msg.len() < 4 {
            let r = format!("header: need {HEADER_LEN} bytes, have {}", msg.len());
            self.short(r);
            return;
        }
        l.uint(f::dns::ID, be16(msg, 0));
        let flags = be16(msg, 2);
        self.flags(flags);
        let l = &mut *self.l;
        // An UPDATE (opcode 5) names its sections zones, prerequisites
        // and updates (RFC 2136).
        let count_fields = if (flags >> 11) & 0xf == 5 {
            [
                f::dns::COUNT_ZONES,
                f::dns::COUNT_PREREQUISITES,
                f::dns::COUNT_UPDATES,
                f::dns::COUNT_ADD_RR,
            ]
        } else {
            [
                f::dns::COUNT_QUERIES,
                f::dns::COUNT_ANSWERS,
                f::dns::COUNT_AUTH_RR,
                f::dns::COUNT_ADD_RR,
            ]
        };
        // packet-dns.c reads and shows the counts one at a time: those
        // before the end of a short header are shown.
        let mut counts = [0u16; 4];
        for (i, def) in count_fields.into_iter().enumerate() {
            let Some(b) = msg.get(4 + 2 * i..6 + 2 * i) else {
                let r = format!("header: need {HEADER_LEN} bytes, have {}", msg.len());
                self.short(r);
                return;
            };
            counts[i] = u16::from_be_bytes([b[0], b[1]]);
            l.uint(def, counts[i]);
        }

        let mut pos = HEADER_LEN;
        for (section, &count) in counts.iter().enumerate() {
            let count = usize::from(count);
            for i in 0..count {
                let step = if section == 0 {
                    self.question(pos)
                } else {
                    self.record(section, i + 1, pos)
                };
                match step {
                    Ok(next) => pos = next,
                    Err(Stop::Short(why)) => {
                        let r = format!(
                            "{count} {} announced, {i} decoded: {why}",
                            section_word(section, true)
                        );
                        self.short(r);
                        return;
                    }
                }
            }
        }
        // Bytes after the last record (tshark's "Extraneous Data").
        if let Some(extra) = msg.get(pos..).filter(|b| !b.is_empty()) {
            let l = &mut *self.l;
            l.push(f::dns::EXTRANEOUS_DATA, Value::Bytes(Cow::Borrowed(extra)));
            l.int(f::dns::EXTRANEOUS_LENGTH, extra.len() as i64);
            crate::dissect::expert::add(l, &EXTRANEOUS, None);
        }
    }

    fn flags(&mut self, flags: u16) {
        let l = &mut *self.l;
        let response = flags & 0x8000 != 0;
        let bit = |m: u16| flags & m != 0;
        l.uint(f::dns::FLAGS, flags);
        l.boolean(f::dns::FLAGS_RESPONSE, response);
        l.uint(f::dns::FLAGS_OPCODE, (flags >> 11) & 0xf);
        if self.flavor == Flavor::Llmnr {
            l.boolean(f::dns::FLAGS_CONFLICT, bit(0x0400));
            l.boolean(f::dns::FLAGS_TRUNCATED, bit(0x0200));
            l.boolean(f::dns::FLAGS_TENTATIVE, bit(0x0100));
            if response {
                l.uint(f::dns::FLAGS_RCODE, flags & 0xf);
            }
            return;
        }
        if response {
            l.boolean(f::dns::FLAGS_AUTHORITATIVE, bit(0x0400));
        }
        l.boolean(f::dns::FLAGS_TRUNCATED, bit(0x0200));
        l.boolean(f::dns::FLAGS_RECDESIRED, bit(0x0100));
        if response {
            l.boolean(f::dns::FLAGS_RECAVAIL, bit(0x0080));
        }
        l.boolean(f::dns::FLAGS_Z, bit(0x0040));
        // Wireshark shows a query's AD bit only when set (never for mDNS).
        if response || (bit(0x0020) && self.flavor != Flavor::Mdns) {
            l.boolean(f::dns::FLAGS_AUTHENTICATED, bit(0x0020));
        }
        l.boolean(f::dns::FLAGS_CHECKDISABLE, bit(0x0010));
        if response {
            l.uint(f::dns::FLAGS_RCODE, flags & 0xf);
        }
    }

    /// A name that starts a question or record; `None` stops the walk.
    /// `what` names it in a problem's description.
    fn owner_name(&mut self, pos: usize, what: &dyn std::fmt::Display) -> Result<Name, Stop> {
        match read_name(self.msg, pos, self.msg.len(), &mut self.steps) {
            Ok(n) => {
                if let Some(p) = &n.problem {
                    self.l.malformed(format!("{what}: {p}"));
                }
                Ok(n)
            }
            Err(e) => Err(Stop::Short(format!("{what}: {}", e.describe()))),
        }
    }

    fn question(&mut self, pos: usize) -> Result<usize, Stop> {
        let name = self.owner_name(pos, &"question")?;
        let mut c = Cursor::new(self.msg, name.end, self.msg.len());
        // packet-dns.c reads the name, type and class
        // (get_dns_name_type_class) before it shows any of them: a question
        // cut inside its type or class shows nothing.
        let (Some(t), Some(class)) = (c.u16(), c.u16()) else {
            return Err(Stop::Short(format!(
                "question type and class: need 4 bytes, have {}",
                self.msg.len().saturating_sub(name.end)
            )));
        };
        let l = &mut *self.l;
        l.str(f::dns::QRY_NAME, name.text);
        // tshark 4.0 counts a name of one character as no name at all.
        let (len, labels) = if name.len > 1 {
            (name.len, name.labels)
        } else {
            (0, 0)
        };
        l.uint(f::dns::QRY_NAME_LEN, len as u64);
        l.uint(f::dns::COUNT_LABELS, labels as u64);
        l.uint(f::dns::QRY_TYPE, t);
        if self.flavor == Flavor::Mdns {
            l.uint(f::dns::QRY_CLASS, class & 0x7fff);
            l.boolean(f::dns::QRY_QU, class & 0x8000 != 0);
        } else {
            l.uint(f::dns::QRY_CLASS, class);
        }
        Ok(c.pos)
    }

    fn record(&mut self, section: usize, index: usize, pos: usize) -> Result<usize, Stop> {
        // Named only when something is wrong: most records are fine, and
        // formatting the name of each one cost more than reading it.
        let mut what = RecordName {
            section,
            index,
            rtype: None,
        };
        let name = self.owner_name(pos, &what)?;
        let mut c = Cursor::new(self.msg, name.end, self.msg.len());
        let (Some(t), Some(class), Some(ttl), Some(rdlen)) = (c.u16(), c.u16(), c.u32(), c.u16())
        else {
            return Err(Stop::Short(format!(
                "{what}: record header needs 10 bytes, {} left",
                self.msg.len().saturating_sub(name.end)
            )));
        };
        what.rtype = Some(t);
        let start = c.pos;
        let end = start + usize::from(rdlen);
        if end > self.msg.len() {
            // tshark 4.0 shows nothing of a record whose rdata runs past the
            // message, not even its name, and stops there; its type is in
            // the Info column all the same (written before the record's
            // item, whose length throws).
            self.l.uint(f::dns::OSIDUMP_CUT_TYPE, t);
            return Err(Stop::Short(format!(
                "{what}: rdlength {rdlen} runs past the end ({} bytes left)",
                self.msg.len() - start
            )));
        }
        let mdns = self.flavor == Flavor::Mdns;
        let l = &mut *self.l;
        if t == 33 {
            // Wireshark splits an SRV owner into _service._proto.name.
            let mut parts = name.text.splitn(3, '.');
            if let Some(s) = parts.next() {
                l.str(f::dns::SRV_SERVICE, s.to_string());
            }
            if let Some(p) = parts.next() {
                l.str(f::dns::SRV_PROTO, p.to_string());
            }
            if let Some(n) = parts.next() {
                l.str(f::dns::SRV_NAME, n.to_string());
            }
        } else {
            l.str(f::dns::RESP_NAME, name.text);
        }
        l.uint(f::dns::RESP_TYPE, t);
        if t == 41 {
            if mdns {
                l.uint(f::dns::RR_UDP_PAYLOAD_SIZE_MDNS, class & 0x7fff);
                l.boolean(f::dns::RESP_CACHE_FLUSH, class & 0x8000 != 0);
            } else {
                l.uint(f::dns::RR_UDP_PAYLOAD_SIZE, class);
            }
            l.uint(f::dns::RESP_EXT_RCODE, ttl >> 24);
            l.uint(f::dns::RESP_EDNS0_VERSION, (ttl >> 16) & 0xff);
            let z = ttl & 0xffff;
            l.uint(f::dns::RESP_Z, z);
            l.boolean(f::dns::RESP_Z_DO, z & 0x8000 != 0);
            l.uint(f::dns::RESP_Z_RESERVED, z & 0x7fff);
        } else if mdns {
            l.uint(f::dns::RESP_CLASS, class & 0x7fff);
            l.boolean(f::dns::RESP_CACHE_FLUSH, class & 0x8000 != 0);
            l.uint(f::dns::RESP_TTL, ttl);
        } else {
            l.uint(f::dns::RESP_CLASS, class);
            l.uint(f::dns::RESP_TTL, ttl);
        }
        l.uint(f::dns::RESP_LEN, rdlen);
        if rdlen == 0 {
            // tshark decodes no rdata of no bytes (an UPDATE's deletions).
            return Ok(end);
        }
        let mut rd = Cursor::new(self.msg, start, end);
        if let Err(why) = self.rdata(t, &mut rd) {
            // A field tshark reads from the message past the record and
            // past the message's end: it throws, and nothing after shows.
            if let Some(rest) = why.strip_prefix(MSG_SHORT) {
                return Err(Stop::Short(format!("{what}: {rest}")));
            }
            // Wireshark reads a type's fields from the message, not from
            // the record: rdata too short for them reads past the message
            // when the record ends it, and throws.
            if why == RDATA_SHORT && end == self.msg.len() {
                let protocol = self.l.protocol;
                self.l.throw(AnomalyKind::Malformed, protocol);
            }
            self.l.malformed(format!("{what}: {why}"));
        } else if rd.left() > 0 && !matches!(t, 1 | 28) {
            self.l.malformed(format!(
                "{what}: {} bytes left over after the rdata",
                rd.left()
            ));
        }
        Ok(end)
    }

    /// The type-specific fields. An `Err` is a contradiction inside the
    /// rdata; the caller flags it and goes on with the next record.
    fn rdata(&mut self, t: u16, rd: &mut Cursor<'a>) -> Result<(), String> {
        let rdlen = rd.left();
        let short = || RDATA_SHORT.to_string();
        // tshark reads a name in rdata from the message, not bounded by the
        // record, and throws when it runs past the message's end.
        let steps = &mut self.steps;
        let mut name = |rd: &mut Cursor<'a>| {
            let n = read_name(rd.msg, rd.pos, rd.msg.len(), steps)
                .map_err(|e| format!("{MSG_SHORT}{}", e.describe()))?;
            rd.pos = n.end;
            Ok::<Name, String>(n)
        };
        // Problems of names that could be delimited are reported but the
        // name's placeholder is shown, like Wireshark.
        let mut problems: Vec<String> = Vec::new();
        fn named(n: Name, problems: &mut Vec<String>) -> String {
            if let Some(p) = n.problem {
                problems.push(p);
            }
            n.text
        }
        let l = &mut *self.l;
        match t {
            1 => {
                let a = rd.bytes(4).ok_or_else(short)?;
                l.push(f::dns::A, Value::Ipv4([a[0], a[1], a[2], a[3]]));
                if rdlen != 4 {
                    return Err(format!("rdlength {rdlen}, expected 4"));
                }
            }
            28 => {
                let a = rd.bytes(16).ok_or_else(short)?;
                let mut v = [0u8; 16];
                v.copy_from_slice(a);
                l.push(f::dns::AAAA, Value::Ipv6(v));
                if rdlen != 16 {
                    return Err(format!("rdlength {rdlen}, expected 16"));
                }
            }
            2 | 5 | 12 => {
                let n = name(rd)?;
                let field = match t {
                    2 => f::dns::NS,
                    5 => f::dns::CNAME,
                    _ => f::dns::PTR_DOMAIN_NAME,
                };
                l.str(field, named(n, &mut problems));
            }
            15 => {
                l.uint(f::dns::MX_PREFERENCE, rd.u16().ok_or_else(short)?);
                let n = name(rd)?;
                l.str(f::dns::MX_MAIL_EXCHANGE, named(n, &mut problems));
            }
            16 => {
                while rd.left() > 0 {
                    let len = rd.u8().ok_or_else(short)?;
                    l.uint(f::dns::TXT_LENGTH, len);
                    let s = rd
                        .bytes(usize::from(len))
                        .ok_or_else(|| format!("string of {len} bytes runs past rdlength"))?;
                    l.str(f::dns::TXT, display_text(s));
                }
            }
            6 => {
                let n = name(rd)?;
                l.str(f::dns::SOA_MNAME, named(n, &mut problems));
                let n = name(rd)?;
                l.str(f::dns::SOA_RNAME, named(n, &mut problems));
                for f in [
                    f::dns::SOA_SERIAL_NUMBER,
                    f::dns::SOA_REFRESH_INTERVAL,
                    f::dns::SOA_RETRY_INTERVAL,
                    f::dns::SOA_EXPIRE_LIMIT,
                    f::dns::SOA_MINIMUM_TTL,
                ] {
                    l.uint(f, rd.u32().ok_or_else(short)?);
                }
            }
            33 => {
                l.uint(f::dns::SRV_PRIORITY, rd.u16().ok_or_else(short)?);
                l.uint(f::dns::SRV_WEIGHT, rd.u16().ok_or_else(short)?);
                l.uint(f::dns::SRV_PORT, rd.u16().ok_or_else(short)?);
                let n = name(rd)?;
                l.str(f::dns::SRV_TARGET, named(n, &mut problems));
            }
            257 => {
                let flags = rd.u8().ok_or_else(short)?;
                l.uint(f::dns::CAA_FLAGS, flags);
                l.boolean(f::dns::CAA_FLAGS_ISSUER_CRITICAL, flags & 0x80 != 0);
                let tag_len = rd.u8().ok_or_else(short)?;
                let tag = rd.bytes(usize::from(tag_len)).ok_or_else(short)?;
                let value = display_text(rd.rest());
                let by_tag = match tag {
                    b"issue" => f::dns::CAA_ISSUE,
                    b"issuewild" => f::dns::CAA_ISSUEWILD,
                    b"iodef" => f::dns::CAA_IODEF,
                    _ => f::dns::CAA_UNKNOWN,
                };
                l.str(by_tag, value.clone());
                l.uint(f::dns::CAA_TAG_LENGTH, tag_len);
                l.str(f::dns::CAA_TAG, display_text(tag));
                l.str(f::dns::CAA_VALUE, value);
            }
            64 | 65 => {
                l.uint(f::dns::SVCB_SVCPRIORITY, rd.u16().ok_or_else(short)?);
                let n = name(rd)?;
                l.str(f::dns::SVCB_TARGETNAME, named(n, &mut problems));
                // Like the EDNS options, each SvcParam is read from the
                // message: a value running past it throws.
                let past = |what: &str| format!("{MSG_SHORT}SvcParam {what} runs past the end");
                let mut m = Cursor::new(rd.msg, rd.pos, rd.msg.len());
                while m.pos < rd.end {
                    let (Some(key), Some(len)) = (m.u16(), m.u16()) else {
                        return Err(past("header"));
                    };
                    l.uint(f::dns::SVCB_SVCPARAM_KEY, key);
                    l.uint(f::dns::SVCB_SVCPARAM_VALUE_LENGTH, len);
                    let value_end = m.pos + usize::from(len);
                    match key {
                        // tshark reads the port and moves on two bytes,
                        // whatever the length says.
                        3 => l.uint(
                            f::dns::SVCB_SVCPARAM_PORT,
                            m.u16().ok_or_else(|| past("port"))?,
                        ),
                        1 => {
                            while m.pos < value_end {
                                let n = m.u8().ok_or_else(|| past("alpn"))?;
                                l.uint(f::dns::SVCB_SVCPARAM_ALPN_LENGTH, n);
                                let id = m.bytes(usize::from(n)).ok_or_else(|| past("alpn"))?;
                                l.str(f::dns::SVCB_SVCPARAM_ALPN, display_text(id));
                            }
                        }
                        _ => {
                            let v = m.bytes(usize::from(len)).ok_or_else(|| past("value"))?;
                            svc_param(l, key, v)?;
                        }
                    }
                }
                rd.pos = m.pos;
            }
            41 => edns_options(l, rd)?,
            // RRSIG, and SIG laid out the same.
            24 | 46 => {
                l.uint(f::dns::RRSIG_TYPE_COVERED, rd.u16().ok_or_else(short)?);
                l.uint(f::dns::RRSIG_ALGORITHM, rd.u8().ok_or_else(short)?);
                l.uint(f::dns::RRSIG_LABELS, rd.u8().ok_or_else(short)?);
                l.uint(f::dns::RRSIG_ORIGINAL_TTL, rd.u32().ok_or_else(short)?);
                for field in [
                    f::dns::RRSIG_SIGNATURE_EXPIRATION,
                    f::dns::RRSIG_SIGNATURE_INCEPTION,
                ] {
                    let secs = rd.u32().ok_or_else(short)?;
                    l.push(field, Value::Time(Timestamp::new(i64::from(secs), 0)));
                }
                l.uint(f::dns::RRSIG_KEY_TAG, rd.u16().ok_or_else(short)?);
                let n = name(rd)?;
                l.str(f::dns::RRSIG_SIGNERS_NAME, named(n, &mut problems));
                let sig = rd.rest();
                if !sig.is_empty() {
                    l.push(f::dns::RRSIG_SIGNATURE, Value::Bytes(Cow::Borrowed(sig)));
                }
            }
            // DNSKEY and CDNSKEY.
            48 | 60 => {
                let flags = rd.u16().ok_or_else(short)?;
                l.uint(f::dns::DNSKEY_FLAGS, flags);
                l.boolean(f::dns::DNSKEY_FLAGS_ZONE_KEY, flags & 0x0100 != 0);
                l.boolean(f::dns::DNSKEY_FLAGS_KEY_REVOKED, flags & 0x0080 != 0);
                l.boolean(f::dns::DNSKEY_FLAGS_SECURE_ENTRY_POINT, flags & 0x0001 != 0);
                l.uint(f::dns::DNSKEY_FLAGS_RESERVED, flags & 0xfe7e);
                l.uint(f::dns::DNSKEY_PROTOCOL, rd.u8().ok_or_else(short)?);
                let algo = rd.u8().ok_or_else(short)?;
                l.uint(f::dns::DNSKEY_ALGORITHM, algo);
                l.uint(
                    f::dns::DNSKEY_KEY_ID,
                    key_tag(&rd.msg[rd.pos - 4..rd.end], algo),
                );
                l.push(
                    f::dns::DNSKEY_PUBLIC_KEY,
                    Value::Bytes(Cow::Borrowed(rd.rest())),
                );
            }
            29 => {
                let version = rd.u8().ok_or_else(short)?;
                l.uint(f::dns::LOC_VERSION, version);
                if version == 0 {
                    // tshark reads the fixed layout from the message,
                    // whatever rdlength says.
                    let mut m = Cursor::new(rd.msg, rd.pos, rd.msg.len());
                    let past = || format!("{MSG_SHORT}LOC record runs past the end");
                    for field in [
                        f::dns::LOC_SIZE,
                        f::dns::LOC_HORIZONTAL_PRECISION,
                        f::dns::LOC_VERTICAL_PRECISION,
                    ] {
                        l.uint(field, m.u8().ok_or_else(past)?);
                    }
                    for field in [
                        f::dns::LOC_LATITUDE,
                        f::dns::LOC_LONGITUDE,
                        f::dns::LOC_ALTITUDE,
                    ] {
                        l.uint(field, m.u32().ok_or_else(past)?);
                    }
                } else {
                    let all = &rd.msg[rd.pos - 1..rd.end];
                    l.push(f::dns::LOC_UNKNOWN_DATA, Value::Bytes(Cow::Borrowed(all)));
                }
                rd.pos = rd.end;
            }
            // DS, CDS and DLV.
            43 | 59 | 32769 => {
                l.uint(f::dns::DS_KEY_ID, rd.u16().ok_or_else(short)?);
                l.uint(f::dns::DS_ALGORITHM, rd.u8().ok_or_else(short)?);
                l.uint(f::dns::DS_DIGEST_TYPE, rd.u8().ok_or_else(short)?);
                l.push(f::dns::DS_DIGEST, Value::Bytes(Cow::Borrowed(rd.rest())));
            }
            44 => {
                l.uint(f::dns::SSHFP_ALGORITHM, rd.u8().ok_or_else(short)?);
                l.uint(f::dns::SSHFP_FINGERPRINT_TYPE, rd.u8().ok_or_else(short)?);
                let fp = rd.rest();
                if !fp.is_empty() {
                    l.push(f::dns::SSHFP_FINGERPRINT, Value::Bytes(Cow::Borrowed(fp)));
                }
            }
            // NSEC3 and NSEC3PARAM (without the hash and the bitmap).
            50 | 51 => {
                l.uint(f::dns::NSEC3_ALGO, rd.u8().ok_or_else(short)?);
                let flags = rd.u8().ok_or_else(short)?;
                l.uint(f::dns::NSEC3_FLAGS, flags);
                if t == 50 {
                    l.boolean(f::dns::NSEC3_FLAGS_OPT_OUT, flags & 1 != 0);
                }
                l.uint(f::dns::NSEC3_ITERATIONS, rd.u16().ok_or_else(short)?);
                let salt_len = rd.u8().ok_or_else(short)?;
                l.uint(f::dns::NSEC3_SALT_LENGTH, salt_len);
                let salt = rd.bytes(usize::from(salt_len)).ok_or_else(short)?;
                l.push(f::dns::NSEC3_SALT_VALUE, Value::Bytes(Cow::Borrowed(salt)));
                if t == 50 {
                    let hash_len = rd.u8().ok_or_else(short)?;
                    l.uint(f::dns::NSEC3_HASH_LENGTH, hash_len);
                    let hash = rd.bytes(usize::from(hash_len)).ok_or_else(short)?;
                    l.str(f::dns::NSEC3_HASH_VALUE, base32hex(hash));
                    type_bitmap(l, rd)?;
                } else {
                    rd.rest();
                }
            }
            250 => {
                let n = name(rd)?;
                let alg = named(n, &mut problems);
                l.str(f::dns::TSIG_ALGORITHM_NAME, alg.clone());
                let hi = rd.u16().ok_or_else(short)?;
                let lo = rd.u32().ok_or_else(short)?;
                let secs = (i64::from(hi) << 32) | i64::from(lo);
                l.push(
                    f::dns::TSIG_TIME_SIGNED,
                    Value::Time(Timestamp::new(secs, 0)),
                );
                l.uint(f::dns::TSIG_FUDGE, rd.u16().ok_or_else(short)?);
                let mac_len = rd.u16().ok_or_else(short)?;
                l.uint(f::dns::TSIG_MAC_SIZE, mac_len);
                if mac_len != 0 {
                    rd.bytes(usize::from(mac_len)).ok_or_else(short)?;
                    l.push(f::dns::TSIG_MAC, Value::None);
                    // tshark has MAC dissectors for no algorithm.
                    crate::dissect::expert::add(
                        l,
                        &TSIG_NO_ALGORITHM,
                        Some(format!("No dissector for algorithm:{alg}")),
                    );
                }
                l.uint(f::dns::TSIG_ORIGINAL_ID, rd.u16().ok_or_else(short)?);
                l.uint(f::dns::TSIG_ERROR, rd.u16().ok_or_else(short)?);
                let other_len = rd.u16().ok_or_else(short)?;
                l.uint(f::dns::TSIG_OTHER_LEN, other_len);
                if other_len != 0 {
                    let o = rd.bytes(usize::from(other_len)).ok_or_else(short)?;
                    l.push(f::dns::TSIG_OTHER_DATA, Value::Bytes(Cow::Borrowed(o)));
                }
            }
            // NSEC, CSYNC: not taken apart, but tshark lists each
            // type of their type bitmap as one more `dns.resp.type`.
            47 | 62 => {
                let raw = &rd.msg[rd.pos..rd.end];
                if !raw.is_empty() {
                    l.push(f::dns::OSIDUMP_RDATA, Value::Bytes(Cow::Borrowed(raw)));
                }
                match t {
                    47 => {
                        let n = name(rd)?;
                        l.str(f::dns::NSEC_NEXT_DOMAIN_NAME, named(n, &mut problems));
                    }
                    _ => {
                        rd.bytes(6).ok_or_else(short)?;
                    }
                }
                type_bitmap(l, rd)?;
            }
            _ if !tshark_decodes_type(t) => {
                // tshark's note on a type its switch has no case for, then
                // the rdata as `dns.data`.
                crate::dissect::expert::add(
                    l,
                    &UNDECODED_TYPE,
                    Some(format!(
                        "Dissector for DNS Type ({t}) code not implemented, \
                         Contact Wireshark developers if you want this supported"
                    )),
                );
                let raw = rd.rest();
                l.push(f::dns::DATA, Value::Bytes(Cow::Borrowed(raw)));
            }
            _ => {
                let raw = rd.rest();
                if !raw.is_empty() {
                    l.push(f::dns::OSIDUMP_RDATA, Value::Bytes(Cow::Borrowed(raw)));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }
}

/// An OPT record's options, read the way tshark 4.0 reads them: while
/// rdlength is not used up, each option's code and length come from the
/// message (past the record's rdata if it is too short for them), every
/// option gets `dns.opt` and its data as `dns.opt.data` (of no bytes too),
/// and a length running past the message's end stops the whole message.
fn edns_options<'a>(l: &mut Layer<'a>, rd: &mut Cursor<'a>) -> Result<(), String> {
    let past = |what: &str| format!("{MSG_SHORT}EDNS option {what} runs past the end");
    let mut m = Cursor::new(rd.msg, rd.pos, rd.msg.len());
    let mut left = rd.left() as i64;
    while left > 0 {
        let (Some(code), Some(len)) = (m.u16(), m.u16()) else {
            return Err(past("header"));
        };
        l.push(f::dns::OPT, Value::None);
        l.uint(f::dns::OPT_CODE, code);
        l.uint(f::dns::OPT_LEN, len);
        let at = m.pos;
        let v = m.bytes(usize::from(len)).ok_or_else(|| past("data"))?;
        l.push(f::dns::OPT_DATA, Value::Bytes(Cow::Borrowed(v)));
        match code {
            5..=7 => {
                let field = match code {
                    5 => f::dns::OPT_DAU,
                    6 => f::dns::OPT_DHU,
                    _ => f::dns::OPT_N3U,
                };
                for &b in v {
                    l.uint(field, b);
                }
            }
            // Client subnet, and its experimental code point.
            8 | 0x50fa => {
                let mut c = Cursor::new(rd.msg, at, rd.msg.len());
                let (Some(family), Some(source), Some(scope)) = (c.u16(), c.u8(), c.u8()) else {
                    return Err(past("client subnet"));
                };
                l.uint(f::dns::OPT_CLIENT_FAMILY, family);
                l.uint(f::dns::OPT_CLIENT_NETMASK, source);
                l.uint(f::dns::OPT_CLIENT_SCOPE, scope);
                // tshark's 16-bit `optlen - 4`, capped at an IPv6 address.
                let addr_len = usize::from(len.wrapping_sub(4)).min(16);
                let a = c.bytes(addr_len).ok_or_else(|| past("client subnet"))?;
                let mut buf = [0u8; 16];
                buf[..a.len()].copy_from_slice(a);
                match family {
                    1 => l.push(
                        f::dns::OPT_CLIENT_ADDR4,
                        Value::Ipv4([buf[0], buf[1], buf[2], buf[3]]),
                    ),
                    2 => l.push(f::dns::OPT_CLIENT_ADDR6, Value::Ipv6(buf)),
                    _ if v.len() >= 4 => l.push(
                        f::dns::OPT_CLIENT_ADDR,
                        Value::Bytes(Cow::Borrowed(&v[4..])),
                    ),
                    _ => {}
                }
            }
            10 => {
                // The client cookie is 8 bytes whatever the length says; a
                // length under 8 makes the server part's (16-bit) length
                // run past the message.
                if v.len() < 8 {
                    return Err(past("cookie"));
                }
                l.push(
                    f::dns::OPT_COOKIE_CLIENT,
                    Value::Bytes(Cow::Borrowed(&v[..8])),
                );
                l.push(
                    f::dns::OPT_COOKIE_SERVER,
                    Value::Bytes(Cow::Borrowed(&v[8..])),
                );
            }
            11 if v.len() == 2 => {
                l.uint(f::dns::OPT_EDNS_TCP_KEEPALIVE_TIMEOUT, be16(v, 0));
            }
            12 => l.push(f::dns::OPT_PADDING, Value::Bytes(Cow::Borrowed(v))),
            13 if !v.is_empty() => {
                crate::dissect::expert::ascii_string(l, f::dns::OPT_CHAIN_FQDN, v)
            }
            _ => {}
        }
        left -= 4 + i64::from(len);
    }
    rd.pos = rd.end;
    Ok(())
}

// tshark's note on bytes after the last record, a hidden item.
crate::dissect::expert::ei!(EXTRANEOUS, f::dns::EXTRANEOUS, Undecoded, Note);

// tshark's note on a record type dissect_dns_answer has no case for.
crate::dissect::expert::ei!(UNDECODED_TYPE, f::dns::UNDECODED_TYPE, Undecoded, Note);

/// Whether tshark 4.0's dissect_dns_answer takes a record of type `t`
/// apart (has a case for it); the others get its "not implemented" note
/// and `dns.data` (found by running tshark 4.0.17 on an answer of every
/// type 0-299 and the high ones).
fn tshark_decodes_type(t: u16) -> bool {
    matches!(
        t,
        1..=30
            | 33
            | 35..=39
            | 41..=52
            | 55
            | 59..=65
            | 99
            | 104..=109
            | 249
            | 250
            | 257
            | 32769
            | 65281
            | 65282
            | 65422
    )
}

// tshark's note on a TSIG MAC it has no dissector for (it has none).
crate::dissect::expert::ei!(TSIG_NO_ALGORITHM, f::dns::TSIG_NOALG, Undecoded, Warn);

/// A DNSKEY's key tag as Wireshark's `compute_key_id` makes it from the
/// rdata (`rdata` is the whole rdata): RFC 4034 appendix B, the one's
/// complement-style sum of its 16-bit words, or for RSA/MD5 (algorithm 1)
/// the 16 bits before the last byte.
fn key_tag(rdata: &[u8], algo: u8) -> u16 {
    let n = rdata.len();
    if algo == 1 {
        return if n >= 3 {
            u16::from_be_bytes([rdata[n - 3], rdata[n - 2]])
        } else {
            0
        };
    }
    let mut ac: u32 = 0;
    let mut words = rdata.chunks_exact(2);
    for w in &mut words {
        ac = ac.wrapping_add(u32::from(u16::from_be_bytes([w[0], w[1]])));
    }
    if let [b] = words.remainder() {
        ac = ac.wrapping_add(u32::from(*b) << 8);
    }
    ac = ac.wrapping_add((ac >> 16) & 0xffff);
    (ac & 0xffff) as u16
}

/// NSEC3's next hashed owner name as tshark shows it: base32 with the
/// "extended hex" alphabet (RFC 4648 section 7), lower case, unpadded.
fn base32hex(b: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
    let mut out = String::with_capacity(b.len() * 8 / 5 + 1);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for &x in b {
        acc = (acc << 8) | u32::from(x);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((acc >> bits) & 31) as usize]));
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((acc << (5 - bits)) & 31) as usize]));
    }
    out
}

/// An NSEC-style type bitmap (RFC 4034 4.1.2): window blocks of a window
/// number, a length and that many bytes, each set bit a type. Every type is
/// a `dns.resp.type`, as Wireshark's `dissect_type_bitmap` adds them. A block
/// that runs past the rdata stops there, the types before it kept: tshark's
/// loop counts the rdata length down past zero and reads on through the
/// message until it throws at its end, so nothing after shows (the types it
/// reads from the records after are not given).
fn type_bitmap(l: &mut Layer<'_>, rd: &mut Cursor<'_>) -> Result<(), String> {
    while rd.left() > 0 {
        let (Some(window), Some(len)) = (rd.u8(), rd.u8()) else {
            return Err(format!(
                "{MSG_SHORT}type bitmap window header runs past rdlength"
            ));
        };
        // A block longer than the RFC's 32 bytes counts on past the window
        // (as tshark does), so the sum is kept wide.
        for i in 0..u64::from(len) {
            let Some(bits) = rd.u8() else {
                return Err(format!(
                    "{MSG_SHORT}type bitmap window {window} runs past rdlength"
                ));
            };
            for bit in 0..8u64 {
                if bits & (0x80 >> bit) != 0 {
                    l.uint(f::dns::RESP_TYPE, u64::from(window) * 256 + i * 8 + bit);
                }
            }
        }
    }
    Ok(())
}

fn svc_param<'a>(l: &mut Layer<'a>, key: u16, v: &'a [u8]) -> Result<(), String> {
    let mut c = Cursor::new(v, 0, v.len());
    match key {
        0 => {
            while c.left() >= 2 {
                l.uint(f::dns::SVCB_SVCPARAM_MANDATORY_KEY, c.u16().unwrap_or(0));
            }
        }
        2 => {}
        4 => {
            for a in v.chunks_exact(4) {
                l.push(
                    f::dns::SVCB_SVCPARAM_IPV4HINT_IP,
                    Value::Ipv4([a[0], a[1], a[2], a[3]]),
                );
            }
        }
        5 => l.push(
            f::dns::SVCB_SVCPARAM_ECHCONFIG,
            Value::Bytes(Cow::Borrowed(v)),
        ),
        6 => {
            for a in v.chunks_exact(16) {
                let mut b = [0u8; 16];
                b.copy_from_slice(a);
                l.push(f::dns::SVCB_SVCPARAM_IPV6HINT_IP, Value::Ipv6(b));
            }
        }
        32769 => l.push(
            f::dns::SVCB_SVCPARAM_ODOHCONFIG,
            Value::Bytes(Cow::Borrowed(v)),
        ),
        _ => l.push(f::dns::SVCB_SVCPARAM_VALUE, Value::Bytes(Cow::Borrowed(v))),
    }
    let bad = match key {
        0 => !v.len().is_multiple_of(2),
        2 => !v.is_empty(),
        4 => v.is_empty() || !v.len().is_multiple_of(4),
        6 => v.is_empty() || !v.len().is_multiple_of(16),
        _ => false,
    };
    if bad {
        return Err(format!("SvcParam {key} has bad length {}", v.len()));
    }
    Ok(())
}

/// How a malformed record is named: `answer 2 (AAAA)`, `additional record
/// 0 (type 65280)` — the section, the index in it and, once read, the type.
#[derive(Clone, Copy)]
struct RecordName {
    section: usize,
    index: usize,
    rtype: Option<u16>,
}

impl std::fmt::Display for RecordName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", section_word(self.section, false), self.index)?;
        match self.rtype.map(|t| (t, type_name(t))) {
            None => Ok(()),
            Some((_, Some(n))) => write!(f, " ({n})"),
            Some((t, None)) => write!(f, " (type {t})"),
        }
    }
}

#[cfg(test)]
mod tests;

// ---------------------------------------------------------------------------
// The protocol's spec
// ---------------------------------------------------------------------------

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "dns",
    also: &["mdns", "llmnr"],
    title: "Domain Name System",
    osi: Osi::Application,
    fields: f::dns::ALL,
    summary: summary_into,
    info: Some(summary::info),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["dns"],
        tcp_ports: &[PORT, MDNS_PORT],
        udp_ports: &[PORT, MDNS_PORT, LLMNR_PORT],
        // tshark has no DNS heuristic over TCP.
        probe_tcp: None,
        probe_udp: Some(probe_udp),
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};

/// tshark's Protocol column: `DoH` for a message an HTTP body carried
/// (packet-dns.c's DoH entry point sets it), else the flavour's name.
fn column(l: &Layer<'_>) -> &'static str {
    if l.has(f::dns::OSIDUMP_DOH) {
        return "DoH";
    }
    // The flavours' names upper-cased, as for protocols with no column
    // of their own.
    match l.protocol {
        "mdns" => "MDNS",
        "llmnr" => "LLMNR",
        _ => "DNS",
    }
}

/// A DoH message (RFC 8484): an HTTP body of type
/// `application/dns-message`, dissected as over UDP and marked for its
/// Protocol column.
pub fn doh_message(body: &[u8]) -> Layer<'static> {
    let mut l = dissect_owned(body);
    l.boolean(f::dns::OSIDUMP_DOH, true);
    l
}

fn summary_into(out: &mut String, l: &Layer<'_>) {
    write_summary(out, l);
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(DnsTcpDecoder::new())
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Datagrams::default())
}

/// DNS, mDNS and LLMNR over UDP: one message a datagram, matched to its
/// request per conversation and transaction id.
#[derive(Default)]
struct Datagrams {
    tracker: DnsTracker,
}

impl DatagramDecoder for Datagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.memory_pressed {
            self.tracker.shed();
        }
        if d.payload.is_empty() {
            return;
        }
        let flavor = Flavor::from_ports(d.sport, d.dport);
        let mut layer = dissect_as(d.payload, d.at, flavor, d.cut || d.nested);
        // tshark does not match a datagram an ICMP error quotes.
        let id = layer.get_uint(f::dns::ID).filter(|_| !d.nested);
        let response = matches!(layer.get(f::dns::FLAGS_RESPONSE), Some(Value::Bool(true)));
        if let Some(id) = id {
            let seen = self
                .tracker
                .observe_message(d.conv, id as u16, response, d.frame, d.ts_ns);
            // tshark tracks a message that throws but shows its marks only
            // once the message is dissected whole.
            if layer.thrown.is_none() {
                add_observed_fields(&mut layer, seen);
            }
        }
        out.push(layer);
    }

    fn heap_bytes(&self) -> usize {
        self.tracker.heap_bytes()
    }
}
