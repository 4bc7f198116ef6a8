//! MQTT (TCP port 1883), as tshark 4.0's packet-mqtt.c shows it: versions
//! 3.1, 3.1.1 and 5.0.
//!
//! tshark reads a segment with `tcp_dissect_pdus`: each control packet
//! (a header byte, then its remaining length as a variable-length integer
//! of one to four bytes) is an `mqtt` layer of its own; a packet cut by
//! the segment's end is finished by the next segments (one whose two
//! first bytes are not there takes the whole next segment into the same
//! call). A call is listed once in `frame.protocols`. Info is each
//! packet's type name, then its identifier (` (id=1)`) and for a PUBLISH
//! its topic, for a SUBSCRIBE each topic (` [a/b]`), packets after the
//! first appended after `, ` (as tshark's `col_append_sep_str`, which also
//! puts the separator after TCP's analysis notes).
//!
//! The version the CONNECT names is remembered by the conversation: 3.1
//! flags PUBREL, SUBSCRIBE and UNSUBSCRIBE headers differently, and 5.0
//! adds reason codes and properties (whose length is shown; the
//! properties themselves are skipped, not decoded).
//!
//! The promise: no input makes this module panic; a side holds at most
//! [`MAX_MESSAGE`] bytes of an unfinished packet (a longer one and what
//! follows on that side are dropped).

pub mod fields;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, Options, PduFramer, Pdus, Want};
use super::{Dir, Message, StreamDecoder};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;
use std::fmt::Write;

/// MQTT's port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 1883;

/// Most bytes held of one packet waiting for the rest.
pub const MAX_MESSAGE: usize = 16 << 20;

/// `tcp_dissect_pdus`' fixed part: the header byte and the length's first.
const FIXED: usize = 2;

const CONNECT: u8 = 1;
const CONNACK: u8 = 2;
const PUBLISH: u8 = 3;
const PUBACK: u8 = 4;
const PUBREC: u8 = 5;
const PUBREL: u8 = 6;
const PUBCOMP: u8 = 7;
const SUBSCRIBE: u8 = 8;
const SUBACK: u8 = 9;
const UNSUBSCRIBE: u8 = 10;
const UNSUBACK: u8 = 11;
const DISCONNECT: u8 = 14;
const AUTH: u8 = 15;

const V31: u8 = 3;
const V311: u8 = 4;
const V5: u8 = 5;

/// A read past the end of the packet.
struct Short;

type R<T> = Result<T, Short>;

fn u8_at(b: &[u8], at: usize) -> R<u8> {
    b.get(at).copied().ok_or(Short)
}

fn u16_at(b: &[u8], at: usize) -> R<u16> {
    let s = b.get(at..at.checked_add(2).ok_or(Short)?).ok_or(Short)?;
    Ok(u16::from_be_bytes([s[0], s[1]]))
}

fn bytes_at(b: &[u8], at: usize, len: usize) -> R<&[u8]> {
    b.get(at..at.checked_add(len).ok_or(Short)?).ok_or(Short)
}

/// A variable-length integer at `at` (at most four bytes): its value and
/// its size; `None` when the bytes end first.
fn varint(b: &[u8], at: usize) -> Option<(u64, usize)> {
    let mut v = 0u64;
    for i in 0..4 {
        let c = *b.get(at + i)?;
        v |= u64::from(c & 0x7f) << (7 * i);
        if c & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    Some((v, 4))
}

/// The whole packet's length at the start of `b` (its header and
/// remaining length), `None` while the length's bytes are not all there.
fn pdu_len(b: &[u8]) -> Option<u64> {
    let (len, n) = varint(b, 1)?;
    Some(1 + n as u64 + len)
}

/// A length-prefixed UTF-8 string at `at`: its length field, then the
/// string, into `l`; the offset after it.
fn string_at(
    b: &[u8],
    at: usize,
    len_def: &'static crate::dissect::field::FieldDef,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'_>,
) -> R<(usize, String)> {
    let n = u16_at(b, at)?;
    l.uint(len_def, n);
    let s = bytes_at(b, at + 2, usize::from(n))?;
    let s = String::from_utf8_lossy(s).into_owned();
    l.str(def, s.clone());
    Ok((at + 2 + usize::from(n), s))
}

/// MQTT 5.0's properties at `at`: their total length (shown), skipped.
fn properties(b: &[u8], at: usize, l: &mut Layer<'_>) -> R<usize> {
    let (len, n) = varint(b, at).ok_or(Short)?;
    l.uint(f::mqtt::PROPERTY_LEN, len);
    let end = (at + n)
        .checked_add(usize::try_from(len).map_err(|_| Short)?)
        .ok_or(Short)?;
    if end > b.len() {
        return Err(Short);
    }
    Ok(end)
}

/// One control packet `b` (whole), with the conversation's version:
/// its layer, Info text in `OSIDUMP_INFO`.
fn packet<'a>(b: &'a [u8], version: &mut Option<u8>) -> Layer<'a> {
    let mut l = Layer::new(Osi::Application, "mqtt", 0..b.len());
    let mut info = String::new();
    let r = fill(b, version, &mut l, &mut info);
    l.fields.insert(
        0,
        crate::dissect::layer::Field {
            def: f::mqtt::OSIDUMP_INFO,
            value: Value::Str(Cow::Owned(info)),
        },
    );
    if r.is_err() {
        l.read_past_end(
            "mqtt",
            format!("a field runs past the packet's {} bytes", b.len()),
            false,
        );
    }
    l
}

fn fill(b: &[u8], version: &mut Option<u8>, l: &mut Layer<'_>, info: &mut String) -> R<()> {
    let h = u8_at(b, 0)?;
    let kind = h >> 4;
    // tshark's note on any packet but a CONNECT while the conversation's
    // version is unknown (0: no CONNECT seen, or one that named 0).
    if kind != CONNECT && version.unwrap_or(0) == 0 {
        crate::dissect::expert::add(l, &UNKNOWN_VERSION, None);
    }
    l.uint(f::mqtt::HDRFLAGS, h);
    l.uint(f::mqtt::MSGTYPE, kind);
    info.push_str(
        f::mqtt::MSGTYPE
            .value_name(u64::from(kind))
            .unwrap_or("Unknown"),
    );
    match kind {
        PUBLISH => {
            l.boolean(f::mqtt::DUPFLAG, h & 0x08 != 0);
            l.uint(f::mqtt::QOS, (h >> 1) & 3);
            l.boolean(f::mqtt::RETAIN, h & 1 != 0);
        }
        PUBREL | SUBSCRIBE | UNSUBSCRIBE if *version == Some(V31) => {
            l.boolean(f::mqtt::DUPFLAG, h & 0x08 != 0);
            l.uint(f::mqtt::QOS, (h >> 1) & 3);
            l.uint(f::mqtt::RETAIN_RESERVED, h & 1);
        }
        _ => l.uint(f::mqtt::HDR_RESERVED, h & 0x0f),
    }
    let (len, n) = varint(b, 1).ok_or(Short)?;
    l.uint(f::mqtt::LEN, len);
    let mut at = 1 + n;
    let v5 = *version == Some(V5);
    // Reason codes where 5.0 has them, unless the CONNECT named 3.1 or
    // 3.1.1 (an unseen CONNECT reads as 5.0's, its properties aside).
    let codes = !matches!(*version, Some(V31 | V311));
    match kind {
        CONNECT => {
            let (next, _) = string_at(b, at, f::mqtt::PROTO_LEN, f::mqtt::PROTONAME, l)?;
            at = next;
            let ver = u8_at(b, at)?;
            l.uint(f::mqtt::VER, ver);
            *version = Some(ver);
            let flags = u8_at(b, at + 1)?;
            l.uint(f::mqtt::CONFLAGS, flags);
            l.boolean(f::mqtt::CONFLAG_UNAME, flags & 0x80 != 0);
            l.boolean(f::mqtt::CONFLAG_PASSWD, flags & 0x40 != 0);
            l.boolean(f::mqtt::CONFLAG_RETAIN, flags & 0x20 != 0);
            l.uint(f::mqtt::CONFLAG_QOS, (flags >> 3) & 3);
            l.boolean(f::mqtt::CONFLAG_WILLFLAG, flags & 0x04 != 0);
            l.boolean(f::mqtt::CONFLAG_CLEANSESS, flags & 0x02 != 0);
            l.boolean(f::mqtt::CONFLAG_RESERVED, flags & 0x01 != 0);
            l.uint(f::mqtt::KALIVE, u16_at(b, at + 2)?);
            at += 4;
            if ver == V5 {
                at = properties(b, at, l)?;
            }
            at = string_at(b, at, f::mqtt::CLIENTID_LEN, f::mqtt::CLIENTID, l)?.0;
            if flags & 0x04 != 0 {
                if ver == V5 {
                    at = properties(b, at, l)?;
                }
                at = string_at(b, at, f::mqtt::WILLTOPIC_LEN, f::mqtt::WILLTOPIC, l)?.0;
                let n = u16_at(b, at)?;
                l.uint(f::mqtt::WILLMSG_LEN, n);
                let m = bytes_at(b, at + 2, usize::from(n))?;
                l.push(f::mqtt::WILLMSG, Value::Bytes(Cow::Owned(m.to_vec())));
                at += 2 + usize::from(n);
            }
            if flags & 0x80 != 0 {
                at = string_at(b, at, f::mqtt::USERNAME_LEN, f::mqtt::USERNAME, l)?.0;
            }
            if flags & 0x40 != 0 {
                string_at(b, at, f::mqtt::PASSWD_LEN, f::mqtt::PASSWD, l)?;
            }
        }
        CONNACK => {
            let flags = u8_at(b, at)?;
            if *version == Some(V31) {
                // 3.1: a reserved byte, no flags.
                l.boolean(f::mqtt::CONACK_FLAGS_RESERVED, flags != 0);
            } else {
                l.uint(f::mqtt::CONACK_FLAGS, flags);
                l.boolean(f::mqtt::CONACK_FLAGS_RESERVED, flags & 0xfe != 0);
                l.boolean(f::mqtt::CONACK_FLAGS_SP, flags & 1 != 0);
            }
            let code = u8_at(b, at + 1)?;
            if codes {
                l.uint(f::mqtt::CONNACK_REASON_CODE, code);
                if v5 {
                    properties(b, at + 2, l)?;
                }
            } else {
                l.uint(f::mqtt::CONACK_VAL, code);
            }
        }
        PUBLISH => {
            let (next, topic) = string_at(b, at, f::mqtt::TOPIC_LEN, f::mqtt::TOPIC, l)?;
            at = next;
            if (b[0] >> 1) & 3 != 0 {
                let id = u16_at(b, at)?;
                l.uint(f::mqtt::MSGID, id);
                let _ = write!(info, " (id={id})");
                at += 2;
            }
            let _ = write!(info, " [{topic}]");
            if v5 {
                at = properties(b, at, l)?;
            }
            // Always, empty too (tshark's `<MISSING>`): packet-mqtt.c adds
            // the message over whatever follows the topic.
            let msg = b.get(at..).unwrap_or_default();
            l.push(f::mqtt::MSG, Value::Bytes(Cow::Owned(msg.to_vec())));
        }
        PUBACK | PUBREC | PUBREL | PUBCOMP | UNSUBACK | SUBACK | SUBSCRIBE | UNSUBSCRIBE => {
            let id = u16_at(b, at)?;
            l.uint(f::mqtt::MSGID, id);
            let _ = write!(info, " (id={id})");
            at += 2;
            let code_def = match kind {
                PUBACK => Some(f::mqtt::PUBACK_REASON_CODE),
                PUBREC => Some(f::mqtt::PUBREC_REASON_CODE),
                PUBREL => Some(f::mqtt::PUBREL_REASON_CODE),
                PUBCOMP => Some(f::mqtt::PUBCOMP_REASON_CODE),
                _ => None,
            };
            if let Some(def) = code_def {
                // 5.0: a reason code and properties when the packet has
                // more than its identifier.
                if codes && at < b.len() {
                    l.uint(def, u8_at(b, at)?);
                    if v5 && at + 1 < b.len() {
                        properties(b, at + 1, l)?;
                    }
                }
                return Ok(());
            }
            if v5 {
                at = properties(b, at, l)?;
            }
            while at < b.len() {
                match kind {
                    SUBSCRIBE => {
                        let (next, topic) =
                            string_at(b, at, f::mqtt::TOPIC_LEN, f::mqtt::TOPIC, l)?;
                        let _ = write!(info, " [{topic}]");
                        let o = u8_at(b, next)?;
                        if v5 {
                            l.uint(f::mqtt::SUBSCRIPTION_OPTIONS, o);
                            l.uint(f::mqtt::SUBSCRIPTION_OPTIONS_QOS, o & 3);
                            l.boolean(f::mqtt::SUBSCRIPTION_OPTIONS_NL, o & 4 != 0);
                            l.boolean(f::mqtt::SUBSCRIPTION_OPTIONS_RAP, o & 8 != 0);
                            l.uint(f::mqtt::SUBSCRIPTION_OPTIONS_RETAIN, (o >> 4) & 3);
                            l.uint(f::mqtt::SUBSCRIPTION_OPTIONS_RESERVED, o & 0xc0);
                        } else {
                            l.uint(f::mqtt::SUB_QOS, o);
                        }
                        at = next + 1;
                    }
                    UNSUBSCRIBE => {
                        at = string_at(b, at, f::mqtt::TOPIC_LEN, f::mqtt::TOPIC, l)?.0;
                    }
                    SUBACK => {
                        let c = u8_at(b, at)?;
                        l.uint(
                            if codes {
                                f::mqtt::SUBACK_REASON_CODE
                            } else {
                                f::mqtt::SUBACK_QOS
                            },
                            c,
                        );
                        at += 1;
                    }
                    _ => {
                        // UNSUBACK: 5.0's reason codes.
                        if !codes {
                            break;
                        }
                        l.uint(f::mqtt::UNSUBACK_REASON_CODE, u8_at(b, at)?);
                        at += 1;
                    }
                }
            }
        }
        DISCONNECT | AUTH if codes && at < b.len() => {
            let def = if kind == AUTH {
                f::mqtt::AUTH_REASON_CODE
            } else {
                f::mqtt::DISCONNECT_REASON_CODE
            };
            l.uint(def, u8_at(b, at)?);
            if v5 && at + 1 < b.len() {
                properties(b, at + 1, l)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Both sides of one conversation.
pub struct MqttDecoder {
    framer: PduFramer,
    /// The version the CONNECT named.
    version: Option<u8>,
}

impl Default for MqttDecoder {
    fn default() -> Self {
        MqttDecoder {
            // A packet too long to hold: its side is not read further.
            framer: PduFramer::new(Options {
                max_pdu: Some(MAX_MESSAGE),
                ..Options::default()
            }),
            version: None,
        }
    }
}

impl MqttDecoder {
    pub fn new() -> Self {
        Self::default()
    }
}

/// One call of tshark's dissector on `b`: its whole packets with the spans
/// of `b` they cover; a cut one waits for more.
fn call(b: &[u8], version: &mut Option<u8>, out: &mut Pdus) -> End {
    let mut at = 0usize;
    while at < b.len() {
        let rest = &b[at..];
        // Fewer than the fixed part, or a length not all there: the next
        // segment whole.
        let Some(len) = pdu_len(rest).filter(|_| rest.len() >= FIXED) else {
            return End::More(at, Want::OneMoreSegment);
        };
        if len > rest.len() as u64 {
            return End::More(at, Want::Total(usize::try_from(len).unwrap_or(usize::MAX)));
        }
        let len = len as usize;
        let l = packet(&rest[..len], version).into_owned();
        out.push((l, at, at + len));
        at += len;
    }
    End::Done
}

impl StreamDecoder for MqttDecoder {
    fn protocol(&self) -> &'static str {
        "mqtt"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.framer.holds_partial(dir)
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn heap_bytes(&self) -> usize {
        self.framer.heap_bytes()
    }

    /// MQTT clears the Info column before asking TCP for the rest of a
    /// packet (and puts no tree item up): the segment where the packet
    /// starts has TCP's note alone (TCP does not call MQTT on the next
    /// ones).
    fn pending_info(&self, dir: Dir, _out: &mut String) -> bool {
        self.framer.started_in_last_segment(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let version = &mut self.version;
        // MQTT refuses nothing.
        let _ = self.framer.feed(dir, offset, data, out, |_, b, _, pdus| {
            call(b, version, pdus)
        });
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(MqttDecoder::new())
}

/// packet-mqtt.c's `ei_unknown_version`.
static UNKNOWN_VERSION: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
    field: f::mqtt::UNKNOWN_VERSION,
    group: crate::dissect::expert::Group::Protocol,
    severity: crate::dissect::expert::Severity::Note,
};

/// tshark's Info for one packet: its type, identifier and topics.
fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::mqtt::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "mqtt",
    also: &[],
    title: "MQ Telemetry Transport Protocol",
    osi: Osi::Application,
    fields: f::mqtt::ALL,
    summary,
    // The Info is the summary.
    info: None,
    column: Some(|_| "MQTT"),
    app: Some(AppSpec {
        decode_as: &["mqtt"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark 4.0 has no MQTT heuristic: port 1883 (or decode-as).
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
