//! L6 Presentation: DTLS 1.0 and 1.2 over UDP (RFC 4347, RFC 6347), as
//! tshark 4.0's packet-dtls.c shows it.
//!
//! A datagram is one `dtls` layer holding its records in order: the 13-byte
//! record header (content type, version, epoch, 48-bit sequence number,
//! length), then per content type what packet-dtls.c adds. Handshake
//! messages carry DTLS's 12-byte header (type, length, message_seq,
//! fragment_offset, fragment_length); their bodies are read by the TLS
//! decoder's message code ([`TlsDecoder::dtls_message`]), whose `tls.*`
//! fields are renamed to their `dtls.*` twins (the same suffix, as
//! Wireshark's shared ssl-utils code registers them twice). Only the
//! ClientHello's cookie (between session id and cipher suites) and the
//! HelloVerifyRequest are DTLS's own.
//!
//! Fragmented handshake messages are reassembled as tshark's
//! `fragment_add` does: keyed by the source and destination addresses,
//! ports and message_seq, complete when the bytes from 0 to the message's length are
//! all there, and shown "(Reassembled)" only on the fragment that ends the
//! message and completes it (an earlier piece completing it shows
//! "(Fragment)", and the message is not dissected, as in tshark).
//!
//! How tshark finds DTLS on UDP: its `udp.port` table (853, 2221, 5684,
//! 5868: DNS, CIP I/O, CoAP and Diameter over DTLS), and its UDP heuristic
//! (`dtls_udp`, on by default): the datagram is whole records with a valid
//! content type and a DTLS version (1.0, 1.2, OpenSSL's pre-0.9.8f 1.0),
//! back to back to its last byte. It is tried on each datagram (no
//! conversation is claimed), so a DTLS 1.3 unified-header record (not
//! known to tshark 4.0) is data.
//!
//! Bounds: at most [`MAX_CONNS`] sessions and [`MAX_REASSEMBLIES`]
//! reassemblies (the oldest go first), a message of at most
//! [`tls::MAX_HANDSHAKE`] bytes reassembled. Nothing here panics on any
//! input: every read is bounds-checked.

pub mod fields;
#[cfg(test)]
mod tests;

use foldhash::HashMap;
use std::collections::VecDeque;
use std::fmt::Write as _;
use std::sync::OnceLock;

use super::tls::{self, TlsDecoder};
use super::{Dir, Probe, StreamDecoder};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Field, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{be16, be24};
use crate::flow::ConvKey;

/// The record header: type, version, epoch, sequence number, length.
const HEADER: usize = 13;
/// The handshake header: type, length, message_seq, fragment offset and
/// length.
const HS_HEADER: usize = 12;
/// Sessions kept (each a small TLS decoder state).
pub const MAX_CONNS: usize = 4096;
/// Handshake messages being reassembled at once.
pub const MAX_REASSEMBLIES: usize = 1024;
/// tshark 4.0's `udp.port` entries for DTLS (`tshark -G decodes`).
pub const PORTS: &[u16] = &[853, 2221, 5684, 5868];

const DTLS_1_0: u16 = 0xfeff;
const DTLS_1_2: u16 = 0xfefd;
const DTLS_1_0_OPENSSL: u16 = 0x0100;

fn be48(b: &[u8], at: usize) -> u64 {
    b[at..at + 6]
        .iter()
        .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
}

/// packet-tls-utils.c's ssl_is_valid_content_type.
fn valid_content_type(t: u8) -> bool {
    matches!(t, 20..=24)
}

fn dtls_version(v: u16) -> bool {
    matches!(v, DTLS_1_0 | DTLS_1_2 | DTLS_1_0_OPENSSL)
}

/// packet-dtls.c's looks_like_dtls: a valid content type and a DTLS
/// version. `None` when fewer than three bytes are there to read.
fn looks_like_dtls(b: &[u8]) -> Option<bool> {
    let t = *b.first()?;
    if !valid_content_type(t) {
        return Some(false);
    }
    if b.len() < 3 {
        return None;
    }
    Some(dtls_version(be16(b, 1)))
}

/// The UDP heuristic (dissect_dtls_heur, on a datagram captured whole):
/// records that look like DTLS, back to back to the last byte.
pub fn probe(payload: &[u8]) -> Probe {
    let mut at = 0;
    while at + HEADER <= payload.len() && looks_like_dtls(&payload[at..]) == Some(true) {
        at += HEADER + usize::from(be16(payload, at + 11));
        if at == payload.len() {
            return Probe::Certain;
        }
    }
    Probe::NotForUs
}

/// The Protocol column's name of a session version (ssl_version_short_names).
fn short_name(v: Option<u16>) -> &'static str {
    match v {
        Some(DTLS_1_0) => "DTLSv1.0",
        Some(DTLS_1_2) => "DTLSv1.2",
        Some(DTLS_1_0_OPENSSL) => "DTLS 1.0 (OpenSSL pre 0.9.8f)",
        _ => "DTLS",
    }
}

/// Handshake types packet-tls-utils.c's ssl_is_valid_handshake_type takes
/// for DTLS (HelloVerifyRequest included).
fn valid_handshake_type(t: u8) -> bool {
    matches!(
        t,
        0..=6 | 8 | 11..=16 | 20..=25 | 67
    )
}

// ---------------------------------------------------------------- renaming

/// The `dtls.*` twin of a `tls.*` field (same suffix), the DTLS own field
/// of the TLS one listing certificate protocols; `None` for the TLS fields
/// DTLS has no counterpart of (JA4, osidump's own TLS fields). Other
/// fields (x509*) stay as they are.
fn twin(def: &'static FieldDef) -> Option<&'static FieldDef> {
    static MAP: OnceLock<HashMap<&'static str, &'static FieldDef>> = OnceLock::new();
    if std::ptr::eq(def, f::tls::OSIDUMP_CERT_PROTOCOLS) {
        return Some(f::dtls::OSIDUMP_CERT_PROTOCOLS);
    }
    if def.name.starts_with("osidump.") {
        return None;
    }
    let Some(suffix) = def.name.strip_prefix("tls.") else {
        return Some(def);
    };
    let map = MAP.get_or_init(|| {
        f::dtls::ALL
            .iter()
            .filter_map(|d| d.name.strip_prefix("dtls.").map(|s| (s, *d)))
            .collect()
    });
    map.get(suffix).copied()
}

/// Moves the fields a TLS message decoder added to `from` into `l`, under
/// their DTLS names.
fn rename_into(mut from: Layer<'static>, l: &mut Layer<'static>) {
    for Field { def, value } in std::mem::take(&mut from.fields) {
        if let Some(d) = twin(def) {
            l.push(d, value);
        }
    }
    l.anomalies.append(&mut from.anomalies);
}

// ---------------------------------------------------------------- state

/// One handshake message being reassembled (tshark's fragment_add).
#[derive(Debug, Default)]
struct Reassembly {
    /// The message's length, from the first fragment seen.
    total: usize,
    /// (offset, bytes, frame) of each fragment, in arrival order.
    pieces: Vec<(usize, Vec<u8>, u64)>,
    /// The whole message, once every byte came.
    done: Option<Vec<u8>>,
}

impl Reassembly {
    fn heap_bytes(&self) -> usize {
        self.pieces.iter().map(|p| p.1.capacity()).sum::<usize>()
            + self.done.as_ref().map_or(0, Vec::capacity)
    }

    /// The bytes from 0 to `total`, when the pieces cover them.
    fn assemble(&self) -> Option<Vec<u8>> {
        let mut sorted: Vec<&(usize, Vec<u8>, u64)> = self.pieces.iter().collect();
        sorted.sort_by_key(|p| p.0);
        let mut have = 0;
        for p in &sorted {
            if p.0 > have {
                return None;
            }
            have = have.max(p.0 + p.1.len());
        }
        if have < self.total {
            return None;
        }
        let mut out = vec![0u8; self.total];
        for p in &sorted {
            let end = (p.0 + p.1.len()).min(self.total);
            if p.0 < end {
                out[p.0..end].copy_from_slice(&p.1[..end - p.0]);
            }
        }
        Some(out)
    }
}

/// tshark's reassembly key: source and destination addresses and ports,
/// and message_seq (two sessions between the same hosts keep theirs apart).
type FragKey = (bool, ([u8; 16], u16), ([u8; 16], u16), u16);

#[derive(Debug, Default)]
struct Session {
    /// The version the session is known by (ssl_try_set_version).
    version: Option<u16>,
    tls: TlsDecoder,
    /// The long name of the protocol its application data is for.
    app: Option<&'static str>,
}

/// tshark 4.0's `dtls.port` table (`tshark -G decodes`): the long names
/// of the dissectors DTLS hands application data to by port.
fn app_protocol(port: u16) -> Option<&'static str> {
    Some(match port {
        853 => "Domain Name System",
        2221 => "Common Industrial Protocol, I/O",
        5684 => "Constrained Application Protocol",
        5868 => "Diameter Protocol",
        _ => return None,
    })
}

/// The DTLS decoder of a capture: sessions by conversation and the
/// handshake reassemblies.
#[derive(Debug, Default)]
pub struct DtlsDecoder {
    sessions: HashMap<ConvKey, Session>,
    order: VecDeque<ConvKey>,
    frags: HashMap<FragKey, Reassembly>,
    frag_order: VecDeque<FragKey>,
    no_fingerprints: bool,
}

/// What one call over a datagram builds besides the layer.
struct Out {
    info: String,
    /// The Protocol column as the last record set it.
    column: Option<u16>,
    /// Certificate protocols (frame.protocols), in order.
    cert_protocols: Vec<String>,
}

impl DtlsDecoder {
    pub fn new() -> Self {
        DtlsDecoder::default()
    }

    fn session(&mut self, key: ConvKey) -> &mut Session {
        if !self.sessions.contains_key(&key) {
            while self.sessions.len() >= MAX_CONNS {
                match self.order.pop_front() {
                    Some(old) => {
                        self.sessions.remove(&old);
                    }
                    None => break,
                }
            }
            let mut s = Session::default();
            if self.no_fingerprints {
                s.tls.skip_fingerprints();
            }
            self.sessions.insert(key, s);
            self.order.push_back(key);
        }
        self.sessions.entry(key).or_default()
    }

    /// Adds a fragment; the whole message when this fragment completes it
    /// (or comes after it was completed), and the frames of its pieces.
    fn fragment(
        &mut self,
        key: FragKey,
        total: usize,
        offset: usize,
        bytes: &[u8],
        frame: u64,
    ) -> (Option<Vec<u8>>, Vec<u64>, usize, bool) {
        if !self.frags.contains_key(&key) {
            while self.frags.len() >= MAX_REASSEMBLIES {
                match self.frag_order.pop_front() {
                    Some(old) => {
                        self.frags.remove(&old);
                    }
                    None => break,
                }
            }
            self.frags.insert(
                key,
                Reassembly {
                    total,
                    ..Reassembly::default()
                },
            );
            self.frag_order.push_back(key);
        }
        let Some(r) = self.frags.get_mut(&key) else {
            return (None, Vec::new(), total, false);
        };
        let differs = r.total != total;
        if r.pieces.len() < 4096 {
            r.pieces.push((offset, bytes.to_vec(), frame));
        }
        if r.done.is_none() && r.total <= tls::MAX_HANDSHAKE {
            r.done = r.assemble();
            if r.done.is_some() {
                // Only the whole message is kept from now on.
                for p in &mut r.pieces {
                    p.1 = Vec::new();
                }
            }
        }
        let mut frames: Vec<(usize, u64)> = r.pieces.iter().map(|p| (p.0, p.2)).collect();
        frames.sort_by_key(|p| p.0);
        (
            r.done.clone(),
            frames.into_iter().map(|p| p.1).collect(),
            r.total,
            differs,
        )
    }

    /// dissect_dtls over one datagram.
    fn dissect<'a>(&mut self, d: &Datagram<'a>) -> Layer<'a> {
        let b = d.payload;
        let mut l = Layer::new(Osi::Presentation, "dtls", d.at..d.at + b.len());
        let mut out = Out {
            info: String::new(),
            column: None,
            cert_protocols: Vec::new(),
        };
        // The addresses in the datagram's direction (tshark's reassembly
        // key); the conversation key orders its endpoints.
        let c = d.conv;
        let (src, dst) = if c.a.1 == d.sport && (c.b.1 == d.dport || c.a.1 != c.b.1) {
            (c.a.0, c.b.0)
        } else {
            (c.b.0, c.a.0)
        };
        let mut at = 0;
        let mut first = true;
        let mut records = 0;
        while at < d.reported.max(b.len()) && records < 256 {
            records += 1;
            if !first {
                out.info.push_str(", ");
            }
            first = false;
            let version = self.session(c).version;
            let rest = b.get(at..).unwrap_or(&[]);
            let is_record = match version {
                Some(_) => Some(true),
                None => looks_like_dtls(rest),
            };
            match is_record {
                Some(true) => match self.record(d, (c.v6, src, dst), at, &mut l, &mut out) {
                    Some(next) => at = next,
                    None => break,
                },
                Some(false) => {
                    out.info.push_str("Continuation Data");
                    out.column = None;
                    break;
                }
                None => {
                    self.throw(d, &mut l, at + 3, "record header");
                    break;
                }
            }
        }
        let column = out.column;
        l.uint(f::dtls::OSIDUMP_VERSION, column.unwrap_or(0));
        l.str(f::dtls::OSIDUMP_INFO, out.info);
        if !out.cert_protocols.is_empty() {
            l.str(
                f::dtls::OSIDUMP_CERT_PROTOCOLS,
                out.cert_protocols.join(":"),
            );
        }
        l
    }

    /// A read up to `need` bytes into the datagram failed: cut short by the
    /// capture, or past the datagram's end.
    fn throw(&self, d: &Datagram<'_>, l: &mut Layer<'_>, need: usize, what: &str) {
        if d.cut && need <= d.reported {
            l.truncated(format!("DTLS {what} cut short by the capture"));
            l.throw(AnomalyKind::Truncated, "dtls");
        } else {
            l.malformed(format!(
                "DTLS {what} needs {need} bytes, the datagram has {}",
                d.reported
            ));
            l.throw(AnomalyKind::Malformed, "dtls");
        }
    }

    /// dissect_dtls_record at `at`: the offset after it, or `None` when a
    /// read failed (the layer then carries the exception).
    fn record(
        &mut self,
        d: &Datagram<'_>,
        addrs: (bool, [u8; 16], [u8; 16]),
        at: usize,
        l: &mut Layer<'_>,
        out: &mut Out,
    ) -> Option<usize> {
        let b = d.payload;
        if b.len() < at + HEADER {
            self.throw(d, l, at + HEADER, "record header");
            return None;
        }
        let ctype = b[at];
        let version = be16(b, at + 1);
        let epoch = be16(b, at + 3);
        let seq = be48(b, at + 5);
        let len = usize::from(be16(b, at + 11));
        let body_at = at + HEADER;
        let end = body_at + len;
        if !valid_content_type(ctype) {
            out.info.push_str("Continuation Data");
            out.column = None;
            return Some(end);
        }
        l.present(f::dtls::RECORD);
        l.uint(f::dtls::RECORD_CONTENT_TYPE, ctype);
        l.uint(f::dtls::RECORD_VERSION, version);
        l.uint(f::dtls::RECORD_EPOCH, epoch);
        l.uint(f::dtls::RECORD_SEQUENCE_NUMBER, seq);
        l.uint(f::dtls::RECORD_LENGTH, len as u64);
        let Some(&next_byte) = b.get(body_at) else {
            self.throw(d, l, body_at + 1, "record");
            return None;
        };
        let session = self.session(addrs_conv(d));
        if session.version.is_none() {
            let authoritative = if ctype == 22 {
                valid_handshake_type(next_byte) && next_byte != 1
            } else {
                true
            };
            if authoritative && dtls_version(version) {
                session.version = Some(version);
            }
        }
        out.column = session.version;
        let body = b.get(body_at..end.min(b.len())).unwrap_or(&[]);
        match ctype {
            20 => {
                out.info.push_str("Change Cipher Spec");
                l.present(f::dtls::CHANGE_CIPHER_SPEC);
            }
            21 => {
                l.present(f::dtls::ALERT_MESSAGE);
                if b.len() < body_at + 2 {
                    self.throw(d, l, body_at + 2, "alert");
                    return None;
                }
                let (level, desc) = (b[body_at], b[body_at + 1]);
                let names = (
                    f::dtls::ALERT_MESSAGE_LEVEL.value_name(level.into()),
                    f::dtls::ALERT_MESSAGE_DESC.value_name(desc.into()),
                );
                if let (Some(ln), Some(dn)) = names {
                    let _ = write!(out.info, "Alert (Level: {ln}, Description: {dn})");
                    l.uint(f::dtls::ALERT_MESSAGE_LEVEL, level);
                    l.uint(f::dtls::ALERT_MESSAGE_DESC, desc);
                } else {
                    out.info.push_str("Encrypted Alert");
                }
            }
            22 if !self.handshake(d, addrs, body_at, end, l, out) => return None,
            23 => {
                out.info.push_str("Application Data");
                if end > b.len() {
                    self.throw(d, l, end, "application data");
                    return None;
                }
                l.push(f::dtls::APP_DATA, Value::Bytes(body.to_vec().into()));
                // The session's protocol, found once in the `dtls.port`
                // table by source port, then destination port.
                let session = self.session(addrs_conv(d));
                if session.app.is_none() {
                    session.app = app_protocol(d.sport).or_else(|| app_protocol(d.dport));
                }
                if let Some(p) = session.app {
                    l.str(f::dtls::APP_DATA_PROTO, p);
                }
            }
            24 => {
                // dissect_dtls_heartbeat (unsigned arithmetic as in C).
                let t = b.get(body_at).copied();
                let plen = if b.len() >= body_at + 3 {
                    u32::from(be16(b, body_at + 1))
                } else {
                    self.throw(d, l, body_at + 3, "heartbeat");
                    return None;
                };
                let room = (len as u32).wrapping_sub(16).wrapping_sub(3);
                let named = t.and_then(|t| f::dtls::HEARTBEAT_MESSAGE_TYPE.value_name(t.into()));
                match named {
                    Some(n) if plen <= room => {
                        let _ = write!(out.info, "Heartbeat {n}");
                        l.uint(f::dtls::HEARTBEAT_MESSAGE_TYPE, t.unwrap_or(0));
                        l.uint(f::dtls::HEARTBEAT_MESSAGE_PAYLOAD_LENGTH, plen);
                    }
                    _ => out.info.push_str("Encrypted Heartbeat"),
                }
            }
            _ => {}
        }
        Some(end)
    }

    /// dissect_dtls_handshake over the record body `at..end`; `false` when
    /// a read failed.
    fn handshake(
        &mut self,
        d: &Datagram<'_>,
        addrs: (bool, [u8; 16], [u8; 16]),
        mut at: usize,
        end: usize,
        l: &mut Layer<'_>,
        out: &mut Out,
    ) -> bool {
        let b = d.payload;
        let mut first = true;
        // Not reset between messages, as in packet-dtls.c.
        let mut type_name: Option<&'static str> = None;
        let mut messages = 0;
        while at < end && messages < 256 {
            messages += 1;
            l.present(f::dtls::HANDSHAKE);
            if b.len() < at + HS_HEADER {
                self.throw(d, l, at + HS_HEADER, "handshake header");
                return false;
            }
            let t = b[at];
            let frag_len = be24(b, at + 9);
            if at + frag_len <= end {
                type_name = tls::handshake_type_name(t);
            }
            if type_name.is_none() && !first {
                return true;
            }
            if !first {
                out.info.push_str(", ");
            }
            let Some(name) = type_name else {
                out.info.push_str("Encrypted Handshake Message");
                return true;
            };
            out.info.push_str(name);
            let length = be24(b, at + 1);
            let message_seq = be16(b, at + 4);
            let frag_off = be24(b, at + 6);
            l.uint(f::dtls::HANDSHAKE_TYPE, t);
            l.uint(f::dtls::HANDSHAKE_LENGTH, length as u64);
            l.uint(f::dtls::HANDSHAKE_MESSAGE_SEQ, message_seq);
            l.uint(f::dtls::HANDSHAKE_FRAGMENT_OFFSET, frag_off as u64);
            l.uint(f::dtls::HANDSHAKE_FRAGMENT_LENGTH, frag_len as u64);
            let data_at = at + HS_HEADER;
            at = data_at + frag_len;
            first = false;
            let mut whole: Option<Vec<u8>> = None;
            let mut fragments = None;
            if frag_len + frag_off > length {
                if frag_off != 0 {
                    // Past the message's end: a fragment, never reassembled.
                    continue;
                }
            } else if frag_off > 0 && frag_len == 0 {
                continue;
            } else if frag_len < length {
                if !valid_handshake_type(t) {
                    continue;
                }
                let Some(bytes) = b.get(data_at..data_at + frag_len) else {
                    self.throw(d, l, data_at + frag_len, "handshake fragment");
                    return false;
                };
                let key = (addrs.0, (addrs.1, d.sport), (addrs.2, d.dport), message_seq);
                let (done, frames, total, _differs) =
                    self.fragment(key, length, frag_off, bytes, d.frame);
                match done {
                    Some(m) if frag_off + frag_len == total => {
                        out.info.push_str(" (Reassembled)");
                        fragments = Some((frames, m.len()));
                        whole = Some(m);
                    }
                    _ => {
                        out.info.push_str(" (Fragment)");
                        continue;
                    }
                }
            }
            let body: Vec<u8> = match whole {
                Some(m) => m,
                None => match b.get(data_at..data_at + frag_len) {
                    // The message's fields end where its length says.
                    Some(s) => s[..length.min(s.len())].to_vec(),
                    None => {
                        self.throw(d, l, data_at + frag_len, "handshake message");
                        return false;
                    }
                },
            };
            if let Some((frames, len)) = fragments {
                l.present(f::dtls::FRAGMENTS);
                for fr in &frames {
                    l.push(f::dtls::FRAGMENT, Value::UInt(*fr));
                }
                l.uint(f::dtls::FRAGMENT_COUNT, frames.len() as u64);
                l.uint(f::dtls::REASSEMBLED_LENGTH, len as u64);
            }
            self.message(d, t, &body, l, out);
        }
        true
    }

    /// One whole handshake message's body.
    fn message(&mut self, d: &Datagram<'_>, t: u8, body: &[u8], l: &mut Layer<'_>, out: &mut Out) {
        let conv = addrs_conv(d);
        let mut tl = Layer::new(Osi::Presentation, "tls", 0..0);
        match t {
            3 => hello_verify_request(body, l),
            1 => {
                // The cookie sits between session id and cipher suites:
                // TLS's reader gets the hello without it.
                let sid_end = 35 + usize::from(body.get(34).copied().unwrap_or(0));
                let cookie = body.get(sid_end).map(|&n| {
                    let n = usize::from(n);
                    (n, body.get(sid_end + 1..sid_end + 1 + n))
                });
                let tls_body: Vec<u8> = match cookie {
                    Some((n, Some(_))) => {
                        let mut v = body[..sid_end].to_vec();
                        v.extend_from_slice(&body[sid_end + 1 + n..]);
                        v
                    }
                    _ => body.get(..sid_end).unwrap_or(body).to_vec(),
                };
                let s = self.session(conv);
                let version = s.version;
                s.tls
                    .dtls_message(Dir::Client, version, t, &tls_body, &mut tl);
                // Where the session id's fields end.
                let pos = tl
                    .fields
                    .iter()
                    .rposition(|f| {
                        std::ptr::eq(f.def, f::tls::HANDSHAKE_SESSION_ID)
                            || std::ptr::eq(f.def, f::tls::HANDSHAKE_SESSION_ID_LENGTH)
                    })
                    .map(|p| p + 1);
                let mut renamed = Layer::new(Osi::Presentation, "dtls", 0..0);
                let (before, after): (Vec<_>, Vec<_>) = match pos {
                    Some(p) => {
                        let after = tl.fields.split_off(p);
                        (std::mem::take(&mut tl.fields), after)
                    }
                    None => (std::mem::take(&mut tl.fields), Vec::new()),
                };
                tl.fields = before;
                let anomalies = std::mem::take(&mut tl.anomalies);
                rename_into(tl, &mut renamed);
                match cookie {
                    Some((n, Some(c))) if pos.is_some() => {
                        renamed.uint(f::dtls::HANDSHAKE_COOKIE_LENGTH, n as u64);
                        if n > 0 {
                            renamed
                                .push(f::dtls::HANDSHAKE_COOKIE, Value::Bytes(c.to_vec().into()));
                        }
                    }
                    _ => {}
                }
                let mut rest = Layer::new(Osi::Presentation, "tls", 0..0);
                rest.fields = after;
                rest.anomalies = anomalies;
                rename_into(rest, &mut renamed);
                // Cookie, cipher suites, compression methods, extensions.
                let mut x = sid_end;
                x += 1 + usize::from(body.get(x).copied().unwrap_or(0));
                x += 2 + body.get(x..x + 2).map_or(0, |_| usize::from(be16(body, x)));
                x += 1 + usize::from(body.get(x).copied().unwrap_or(0));
                use_srtp(body, x, &mut renamed);
                append(l, renamed, out);
            }
            _ => {
                let s = self.session(conv);
                let version = s.version;
                s.tls.dtls_message(Dir::Client, version, t, body, &mut tl);
                let mut renamed = Layer::new(Osi::Presentation, "dtls", 0..0);
                rename_into(tl, &mut renamed);
                if t == 2 {
                    // Session id, cipher suite, compression method, then
                    // the extensions.
                    let x = 35 + usize::from(body.get(34).copied().unwrap_or(0)) + 3;
                    use_srtp(body, x, &mut renamed);
                    // The ServerHello's version is better than the record's
                    // guess (ssl_dissect_hnd_srv_hello).
                    if body.len() >= 2 && dtls_version(be16(body, 0)) {
                        self.session(conv).version = Some(be16(body, 0));
                    }
                }
                append(l, renamed, out);
            }
        }
    }
}

/// The use_srtp extensions (14) of a hello whose extension block starts at
/// `at` (its length): each one's fields as
/// dtls_dissect_hnd_hello_ext_use_srtp adds them, placed after the
/// extension's type and length that TLS's reader gave (tshark's TLS reads
/// nothing more of it).
fn use_srtp(body: &[u8], at: usize, l: &mut Layer<'static>) {
    let Some(block) = body.get(at..at + 2).map(|_| usize::from(be16(body, at))) else {
        return;
    };
    let exts = &body[at + 2..(at + 2 + block).min(body.len())];
    let mut groups: Vec<Vec<Field<'static>>> = Vec::new();
    let mut i = 0;
    while i + 4 <= exts.len() {
        let t = be16(exts, i);
        let n = usize::from(be16(exts, i + 2));
        let data = exts.get(i + 4..(i + 4 + n).min(exts.len())).unwrap_or(&[]);
        if t == 14 {
            groups.push(srtp_fields(data, n, &body[at + 2 + i + 4..]));
        }
        i += 4 + n;
    }
    if groups.is_empty() {
        return;
    }
    let mut groups = groups.into_iter();
    let old = std::mem::take(&mut l.fields);
    let mut after_type = false;
    for fld in old {
        let is_len = std::ptr::eq(fld.def, f::dtls::HANDSHAKE_EXTENSION_LEN);
        let is_type_14 = std::ptr::eq(fld.def, f::dtls::HANDSHAKE_EXTENSION_TYPE)
            && matches!(fld.value, Value::UInt(14));
        l.push(fld.def, fld.value);
        if is_len && after_type {
            for g in groups.next().unwrap_or_default() {
                l.push(g.def, g.value);
            }
        }
        after_type = is_type_14;
    }
}

/// One use_srtp extension's fields: `data` its bytes within the block,
/// `n` its length, `tail` the bytes from its start to the hello's end
/// (the MKI length is read where the profiles end, as in C).
fn srtp_fields(data: &[u8], n: usize, tail: &[u8]) -> Vec<Field<'static>> {
    let mut v = Vec::new();
    if n < 2 || data.len() < 2 {
        return v;
    }
    let mut plen = usize::from(be16(data, 0));
    v.push(Field {
        def: f::dtls::USE_SRTP_PROTECTION_PROFILES_LENGTH,
        value: Value::UInt(plen as u64),
    });
    plen = plen.min(n - 2);
    let mut p = 2;
    while p < 2 + plen && p + 2 <= tail.len() {
        v.push(Field {
            def: f::dtls::USE_SRTP_PROTECTION_PROFILE,
            value: Value::UInt(be16(tail, p).into()),
        });
        p += 2;
    }
    let Some(&mki) = tail.get(p) else {
        return v;
    };
    v.push(Field {
        def: f::dtls::USE_SRTP_MKI_LENGTH,
        value: Value::UInt(mki.into()),
    });
    if mki > 0
        && let Some(m) = tail.get(p + 1..p + 1 + usize::from(mki))
    {
        v.push(Field {
            def: f::dtls::USE_SRTP_MKI,
            value: Value::Bytes(m.to_vec().into()),
        });
    }
    v
}

/// The conversation of a datagram.
fn addrs_conv(d: &Datagram<'_>) -> ConvKey {
    d.conv
}

/// Moves a message's renamed fields and anomalies into the datagram's
/// layer, and its certificate protocols into `out`.
fn append(l: &mut Layer<'_>, mut m: Layer<'static>, out: &mut Out) {
    for fld in m.fields.drain(..) {
        if std::ptr::eq(fld.def, f::dtls::OSIDUMP_CERT_PROTOCOLS) {
            if let Value::Str(s) = &fld.value {
                out.cert_protocols.push(s.to_string());
            }
            continue;
        }
        l.push(fld.def, fld.value);
    }
    l.anomalies.append(&mut m.anomalies);
}

/// dissect_dtls_hnd_hello_verify_request.
fn hello_verify_request(body: &[u8], l: &mut Layer<'_>) {
    if body.len() < 2 {
        l.malformed("Hello Verify Request shorter than its version");
        return;
    }
    l.uint(f::dtls::HANDSHAKE_VERSION, be16(body, 0));
    let Some(&n) = body.get(2) else {
        l.malformed("Hello Verify Request without a cookie length");
        return;
    };
    let n = usize::from(n);
    if n > 32 || 3 + n > body.len() {
        l.malformed(format!(
            "Hello Verify Request: cookie length {n} is not within 0..32 and the {} bytes left",
            body.len() - 3
        ));
        return;
    }
    l.uint(f::dtls::HANDSHAKE_COOKIE_LENGTH, n as u64);
    if n > 0 {
        l.push(
            f::dtls::HANDSHAKE_COOKIE,
            Value::Bytes(body[3..3 + n].to_vec().into()),
        );
    }
}

impl DatagramDecoder for DtlsDecoder {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        if d.memory_pressed {
            self.frags.clear();
            self.frag_order.clear();
        }
        out.push(self.dissect(d));
    }

    fn heap_bytes(&self) -> usize {
        self.frags
            .values()
            .map(Reassembly::heap_bytes)
            .sum::<usize>()
            + self.sessions.len() * std::mem::size_of::<Session>()
    }

    fn skip_fingerprints(&mut self) {
        self.no_fingerprints = true;
    }
}

// ---------------------------------------------------------------- spec

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str(column(l));
    if let Some(i) = l.get_str(f::dtls::OSIDUMP_INFO) {
        out.push(' ');
        out.push_str(i);
    }
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::dtls::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn column(l: &Layer<'_>) -> &'static str {
    short_name(l.get_uint(f::dtls::OSIDUMP_VERSION).map(|v| v as u16))
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "dtls",
    also: &[],
    title: "Datagram Transport Layer Security",
    osi: Osi::Presentation,
    fields: f::dtls::ALL,
    summary,
    info: Some(info),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["dtls"],
        tcp_ports: &[],
        udp_ports: PORTS,
        probe_tcp: None,
        probe_udp: Some(probe),
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(DtlsDecoder::new())
}
