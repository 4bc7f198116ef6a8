//! L6 Presentation: TLS (and the SSLv2 hellos some old clients still send).
//!
//! [`TlsDecoder`] is a [`StreamDecoder`]: each direction's bytes are cut into
//! records (one [`Message`] per record, layer `tls`, stream offset of the
//! record's first byte, span relative to that byte). A record is kept until
//! it is whole (at most [`MAX_RECORD`] bytes of body); a handshake message
//! that spans several records is reassembled (at most [`MAX_HANDSHAKE`]
//! bytes) and reported on the record that completes it.
//!
//! The fixed parts of ClientHello, ServerHello and Certificate are read with
//! `tls-parser`; extensions are walked here as (type, length) pairs, so one
//! bad extension is flagged and the others are still shown (tls-parser
//! rejects the whole list). Certificates are read with `x509-parser`.
//!
//! After a ChangeCipherSpec (TLS <= 1.2, per direction) or a TLS 1.3
//! ServerHello (both directions), handshake records are encrypted: they are
//! reported as "Encrypted Handshake Message" (`osidump.tls.encrypted`), as
//! tshark does, not as parse errors.
//!
//! Fingerprints are computed on the reassembled hellos: JA3 / JA3S exactly as
//! tshark's `tls.handshake.ja3{,_full}` / `ja3s{,_full}` (GREASE excluded),
//! and JA4 (FoxIO spec, `tls.handshake.ja4`, as newer Wireshark names it: this tshark 4.0 predates JA4).
//!
//! Nothing here panics on any input: every read is bounds-checked.

pub mod fields;

use crate::dissect::fields as f;
use crate::dissect::wire::be16;
use md5::{Digest, Md5};
use sha2::Sha256;
use tls_parser::TlsMessageHandshake;

use super::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::layer::{Layer, Osi, Value};
use crate::source::Timestamp;

/// Largest record body accepted: 2^14 plus the 2048 bytes of expansion RFC
/// 5246 allows a protected record.
pub const MAX_RECORD: usize = (1 << 14) + 2048;
/// Largest handshake message reassembled across records.
pub const MAX_HANDSHAKE: usize = 256 * 1024;
const HEADER: usize = 5;

/// The TLS 1.3 HelloRetryRequest is a ServerHello with this random.
const HRR_RANDOM: [u8; 32] = [
    0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91,
    0xc2, 0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
];

fn be24(b: &[u8], at: usize) -> usize {
    (usize::from(b[at]) << 16) | (usize::from(b[at + 1]) << 8) | usize::from(b[at + 2])
}

/// GREASE values (RFC 8701): 0x0a0a, 0x1a1a, ... 0xfafa.
pub fn is_grease(v: u16) -> bool {
    v & 0x0f0f == 0x0a0a && v >> 8 == v & 0xff
}

// ---------------------------------------------------------------- probing

/// What the first five bytes say, if they are a TLS record header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    Record {
        ctype: u8,
        version: u16,
        len: usize,
    },
    /// Fewer than five bytes, consistent so far.
    Short,
    Bad,
}

fn header(b: &[u8]) -> Header {
    if let Some(&t) = b.first()
        && !(20..=24).contains(&t)
    {
        return Header::Bad;
    }
    if let Some(&major) = b.get(1)
        && major != 3
    {
        return Header::Bad;
    }
    if let Some(&minor) = b.get(2)
        && minor > 4
    {
        return Header::Bad;
    }
    if b.len() < HEADER {
        return Header::Short;
    }
    let len = usize::from(be16(b, 3));
    if len > MAX_RECORD {
        return Header::Bad;
    }
    Header::Record {
        ctype: b[0],
        version: be16(b, 1),
        len,
    }
}

/// An SSLv2 record header with the high bit set (two-byte form) carrying a
/// ClientHello (type 1) for SSL 2.0 or an SSLv2-compatible TLS hello.
fn sslv2_client_hello(b: &[u8]) -> bool {
    b.len() >= 5
        && b[0] & 0x80 != 0
        && b[2] == 1
        && matches!(be16(b, 3), 0x0002 | 0x0300..=0x0303)
        && ((usize::from(b[0] & 0x7f) << 8) | usize::from(b[1])) >= 9
}

/// A cheap guess whether `payload` starts a TLS record.
///
/// `Certain` for a handshake record holding a ClientHello or ServerHello,
/// `Unsure` for any other well-formed record header (or a consistent prefix
/// of one, or an SSLv2 ClientHello), `NotForUs` otherwise.
pub fn probe(payload: &[u8]) -> Probe {
    match header(payload) {
        Header::Record { ctype: 22, len, .. } => {
            match payload.get(HEADER) {
                Some(1 | 2) if len >= 4 => Probe::Certain,
                // Encrypted handshake (Finished) or an unknown first byte.
                _ => Probe::Unsure,
            }
        }
        Header::Record { .. } => Probe::Unsure,
        Header::Short if !payload.is_empty() => Probe::Unsure,
        _ if sslv2_client_hello(payload) => Probe::Unsure,
        _ => Probe::NotForUs,
    }
}

// ---------------------------------------------------------------- names

/// Name of a cipher suite, from the field registry (tshark's names,
/// "Reserved (GREASE)" included).
pub fn cipher_suite_name(id: u16) -> Option<&'static str> {
    f::tls::HANDSHAKE_CIPHERSUITE.value_name(id.into())
}

/// Name of an extension type, from the field registry.
pub fn extension_name(t: u16) -> Option<&'static str> {
    f::tls::HANDSHAKE_EXTENSION_TYPE.value_name(t.into())
}

/// Name of a handshake message type ("Client Hello"), from the registry.
pub fn handshake_type_name(t: u8) -> Option<&'static str> {
    f::tls::HANDSHAKE_TYPE.value_name(t.into())
}

/// Name of an alert description as the RFCs spell it ("handshake_failure").
pub fn alert_description_name(d: u8) -> Option<&'static str> {
    Some(match d {
        0 => "close_notify",
        10 => "unexpected_message",
        20 => "bad_record_mac",
        21 => "decryption_failed",
        22 => "record_overflow",
        30 => "decompression_failure",
        40 => "handshake_failure",
        41 => "no_certificate",
        42 => "bad_certificate",
        43 => "unsupported_certificate",
        44 => "certificate_revoked",
        45 => "certificate_expired",
        46 => "certificate_unknown",
        47 => "illegal_parameter",
        48 => "unknown_ca",
        49 => "access_denied",
        50 => "decode_error",
        51 => "decrypt_error",
        60 => "export_restriction",
        70 => "protocol_version",
        71 => "insufficient_security",
        80 => "internal_error",
        86 => "inappropriate_fallback",
        90 => "user_canceled",
        100 => "no_renegotiation",
        109 => "missing_extension",
        110 => "unsupported_extension",
        111 => "certificate_unobtainable",
        112 => "unrecognized_name",
        113 => "bad_certificate_status_response",
        114 => "bad_certificate_hash_value",
        115 => "unknown_psk_identity",
        116 => "certificate_required",
        120 => "no_application_protocol",
        121 => "ech_required",
        _ => return None,
    })
}

/// "warning" or "fatal".
pub fn alert_level_name(l: u8) -> Option<&'static str> {
    match l {
        1 => Some("warning"),
        2 => Some("fatal"),
        _ => None,
    }
}

/// Protocol version name ("TLS 1.2"); TLS 1.3 drafts are "TLS 1.3 (draft)".
pub fn version_name(v: u16) -> Option<&'static str> {
    Some(match v {
        0x0002 => "SSL 2.0",
        0x0300 => "SSL 3.0",
        0x0301 => "TLS 1.0",
        0x0302 => "TLS 1.1",
        0x0303 => "TLS 1.2",
        0x0304 => "TLS 1.3",
        0x7f00..=0x7fff => "TLS 1.3 (draft)",
        0xfeff => "DTLS 1.0",
        0xfefd => "DTLS 1.2",
        0xfefc => "DTLS 1.3",
        _ if is_grease(v) => "Reserved (GREASE)",
        _ => return None,
    })
}

fn content_type_name(t: u8) -> &'static str {
    match t {
        20 => "Change Cipher Spec",
        21 => "Alert",
        22 => "Handshake",
        23 => "Application Data",
        24 => "Heartbeat",
        _ => "Unknown",
    }
}

fn is_tls13(v: u16) -> bool {
    v == 0x0304 || (0x7f00..=0x7fff).contains(&v)
}

// ---------------------------------------------------------------- summaries

/// One handshake message as [`summary`] describes it.
#[derive(Default)]
struct HsLine {
    t: u8,
    sni: Vec<String>,
    alpn: Vec<String>,
    /// Server Hello only: the chosen version and cipher.
    version: Option<u16>,
    cipher: Option<u16>,
    /// A ServerHello that is a HelloRetryRequest (tshark: "Hello Retry Request").
    hrr: bool,
}

impl HsLine {
    fn text(self) -> String {
        let t = self.t;
        if self.hrr {
            return "Hello Retry Request".to_string();
        }
        let mut s =
            handshake_type_name(t).map_or_else(|| format!("Handshake type {t}"), str::to_string);
        if let Some(v) = self.version {
            match version_name(v) {
                Some(n) => s.push_str(&format!(" {n}")),
                None => s.push_str(&format!(" version 0x{v:04x}")),
            }
        }
        if let Some(c) = self.cipher {
            match cipher_suite_name(c) {
                Some(n) => s.push_str(&format!(" {n}")),
                None => s.push_str(&format!(" cipher 0x{c:04x}")),
            }
        }
        if !self.sni.is_empty() {
            s.push_str(&format!(" SNI={}", self.sni.join(",")));
        }
        if !self.alpn.is_empty() {
            s.push_str(&format!(" ALPN={}", self.alpn.join(",")));
        }
        s
    }
}

/// One line for a `tls` layer: "Client Hello SNI=www.example.test
/// ALPN=h2,http/1.1", "Server Hello TLS 1.3 TLS_AES_128_GCM_SHA256",
/// "Application Data 517 bytes", "Alert fatal handshake_failure". Several
/// handshake messages in one record are joined with ", ".
pub fn summary(layer: &Layer) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut ctype = None;
    let mut cur: Option<HsLine> = None;
    let mut alert = (None, None);
    for f in &layer.fields {
        let uint = match &f.value {
            Value::UInt(v) => Some(*v),
            _ => None,
        };
        let text = match &f.value {
            Value::Str(s) => Some(s.to_string()),
            _ => None,
        };
        let server_hello = cur.as_ref().is_some_and(|c| c.t == 2);
        match (f.name(), uint) {
            ("tls.record.content_type" | "tls.record.opaque_type", Some(t)) => {
                ctype = Some(t as u8)
            }
            ("tls.handshake.type", Some(t)) => {
                parts.extend(cur.take().map(HsLine::text));
                cur = Some(HsLine {
                    t: t as u8,
                    ..HsLine::default()
                });
            }
            ("tls.handshake.extensions_server_name", _) => {
                if let (Some(c), Some(s)) = (cur.as_mut(), text) {
                    c.sni.push(s);
                }
            }
            ("tls.handshake.extensions_alpn_str", _) => {
                if let (Some(c), Some(s)) = (cur.as_mut(), text) {
                    c.alpn.push(s);
                }
            }
            ("tls.handshake.version" | "tls.handshake.extensions.supported_version", Some(v))
                if server_hello =>
            {
                if let Some(c) = cur.as_mut() {
                    c.version = Some(v as u16);
                }
            }
            ("tls.handshake.ciphersuite", Some(v)) if server_hello => {
                if let Some(c) = cur.as_mut() {
                    c.cipher = Some(v as u16);
                }
            }
            ("osidump.tls.hello_retry_request", _) if server_hello => {
                if let Some(c) = cur.as_mut() {
                    c.hrr = true;
                }
            }
            ("tls.alert_message.level", Some(v)) => alert.0 = Some(v as u8),
            ("tls.alert_message.desc", Some(v)) => alert.1 = Some(v as u8),
            _ => {}
        }
    }
    parts.extend(cur.take().map(HsLine::text));
    let encrypted = matches!(
        layer.get(f::tls::OSIDUMP_ENCRYPTED),
        Some(Value::Bool(true))
    );
    let len = layer.get_uint(f::tls::RECORD_LENGTH).unwrap_or(0);
    let mut out = match ctype {
        Some(20) => "Change Cipher Spec".to_string(),
        Some(21) if encrypted => "Encrypted Alert".to_string(),
        Some(21) => {
            let level = alert
                .0
                .map(|l| alert_level_name(l).map_or_else(|| format!("level {l}"), str::to_string))
                .unwrap_or_default();
            let desc = alert
                .1
                .map(|d| {
                    alert_description_name(d)
                        .map_or_else(|| format!("description {d}"), str::to_string)
                })
                .unwrap_or_default();
            format!("Alert {level} {desc}").trim_end().to_string()
        }
        Some(22) if encrypted => "Encrypted Handshake Message".to_string(),
        Some(22) if parts.is_empty() => {
            format!("Handshake fragment {len} bytes")
        }
        Some(22) => parts.join(", "),
        Some(23) => format!(
            "Application Data {} bytes",
            layer.get_uint(f::tls::OSIDUMP_APP_DATA_LEN).unwrap_or(len)
        ),
        Some(24) if encrypted => "Encrypted Heartbeat".to_string(),
        Some(24) => "Heartbeat".to_string(),
        Some(t) => format!("{} {len} bytes", content_type_name(t)),
        None => {
            if layer.get(f::tls::OSIDUMP_SSLV2).is_some() {
                let mut s = "SSLv2".to_string();
                if encrypted {
                    s.push_str(" Encrypted Data");
                } else if let Some(t) = layer.get_uint(f::tls::HANDSHAKE_TYPE) {
                    s.push_str(match t {
                        1 => " Client Hello",
                        2 => " Client Master Key",
                        4 => " Server Hello",
                        _ => " Handshake",
                    });
                }
                s
            } else {
                "Ignored Unknown Record".to_string()
            }
        }
    };
    if let Some(a) = layer.anomalies.first() {
        out.push_str(&format!(" [{a}]"));
    }
    out
}

/// The TLS handshake step a `tls` layer marks, for the session (L5) view:
/// "ClientHello", "ServerHello", "HelloRetryRequest", "Certificate",
/// "ServerKeyExchange", "ServerHelloDone", "ClientKeyExchange",
/// "ChangeCipherSpec", "Finished" (an encrypted handshake record),
/// "established (encrypted)", "close_notify", "alert". With several
/// handshake messages in one record, the last one names the step reached.
pub fn session_phase(layer: &Layer) -> Option<&'static str> {
    if layer.protocol != "tls" {
        return None;
    }
    let encrypted = matches!(
        layer.get(f::tls::OSIDUMP_ENCRYPTED),
        Some(Value::Bool(true))
    );
    match layer
        .get_uint(f::tls::RECORD_CONTENT_TYPE)
        .or_else(|| layer.get_uint(f::tls::RECORD_OPAQUE_TYPE))
    {
        Some(20) => Some("ChangeCipherSpec"),
        Some(21) if encrypted => Some("alert (encrypted)"),
        Some(21) => match layer.get_uint(f::tls::ALERT_MESSAGE_DESC) {
            Some(0) => Some("close_notify"),
            _ => Some("alert"),
        },
        Some(22) if encrypted => Some("Finished"),
        Some(22) => {
            let hrr = layer.get(f::tls::OSIDUMP_HELLO_RETRY_REQUEST).is_some();
            let last = layer
                .fields
                .iter()
                .rev()
                .find(|f| std::ptr::eq(f.def, f::tls::HANDSHAKE_TYPE))
                .and_then(|f| match f.value {
                    Value::UInt(t) => Some(t),
                    _ => None,
                })?;
            Some(match last {
                0 => "HelloRequest",
                1 => "ClientHello",
                2 if hrr => "HelloRetryRequest",
                2 => "ServerHello",
                4 => "NewSessionTicket",
                8 => "EncryptedExtensions",
                11 => "Certificate",
                12 => "ServerKeyExchange",
                13 => "CertificateRequest",
                14 => "ServerHelloDone",
                15 => "CertificateVerify",
                16 => "ClientKeyExchange",
                20 => "Finished",
                22 => "CertificateStatus",
                _ => "Handshake",
            })
        }
        Some(23) => Some("established (encrypted)"),
        Some(24) => Some("Heartbeat"),
        Some(_) => None,
        None if layer.get(f::tls::OSIDUMP_SSLV2).is_none() => None,
        None if encrypted => Some("established (encrypted)"),
        None => match layer.get_uint(f::tls::HANDSHAKE_TYPE) {
            Some(1) => Some("ClientHello"),
            Some(2) => Some("ClientMasterKey"),
            Some(4) => Some("ServerHello"),
            _ => None,
        },
    }
}

// ---------------------------------------------------------------- decoder

#[derive(Debug, Default)]
struct Side {
    /// Bytes of an unfinished record (at most one record, plus what the
    /// last feed brought).
    buf: Vec<u8>,
    /// Stream offset of `buf[0]`.
    buf_off: u64,
    /// A handshake message started in an earlier record.
    hs: Vec<u8>,
    /// Handshake records from this side are encrypted from now on.
    encrypted: bool,
    /// Out of step with the record boundaries: bytes are dropped until a
    /// feed starts with a record header.
    lost: bool,
    /// This side speaks SSLv2 records; the count of records seen.
    sslv2: Option<u32>,
    /// Any record decoded yet (SSLv2 is only accepted first).
    seen: bool,
}

/// Per-connection TLS decoder. See the module documentation.
#[derive(Debug, Default)]
pub struct TlsDecoder {
    sides: [Side; 2],
    /// A ServerHello or HelloRetryRequest chose TLS 1.3: ChangeCipherSpec is
    /// then only the middlebox-compatibility dummy and encrypts nothing.
    tls13: bool,
}

impl TlsDecoder {
    pub fn new() -> Self {
        TlsDecoder::default()
    }
}

impl StreamDecoder for TlsDecoder {
    fn protocol(&self) -> &'static str {
        "tls"
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let side = &mut self.sides[dir.index()];
        if side.buf.is_empty() {
            side.buf_off = offset;
        } else if offset != side.buf_off + side.buf.len() as u64 {
            // The reassembler skipped or repeated bytes: resynchronise.
            side.buf.clear();
            side.hs.clear();
            side.lost = true;
            side.buf_off = offset;
        }
        if side.lost {
            let resumes = matches!(header(data), Header::Record { .. })
                || (side.sslv2.is_some() && sslv2_len(data).is_some());
            if !resumes {
                return;
            }
            side.lost = false;
            side.buf_off = offset;
        }
        side.buf.extend_from_slice(data);
        let buf = std::mem::take(&mut self.sides[dir.index()].buf);
        let mut pos = 0;
        while pos < buf.len() {
            let rest = &buf[pos..];
            let at = self.sides[dir.index()].buf_off + pos as u64;
            match header(rest) {
                Header::Record {
                    ctype,
                    version,
                    len,
                } => {
                    let total = HEADER + len;
                    if rest.len() < total {
                        break;
                    }
                    let layer = self.record(dir, ctype, version, &rest[..total]);
                    out.push(Message {
                        layer,
                        stream_offset: at,
                    });
                    pos += total;
                }
                Header::Short => break,
                Header::Bad => {
                    // SSLv2 records: a side that opened with them, a client
                    // opening with an SSLv2 ClientHello, or a server
                    // answering one.
                    let peer_v2 = self.sides[1 - dir.index()].sslv2.is_some();
                    let side = &self.sides[dir.index()];
                    if !side.seen && rest[0] & 0x80 != 0 && rest.len() < HEADER {
                        // Perhaps the start of an SSLv2 ClientHello.
                        break;
                    }
                    let v2 = side.sslv2.is_some()
                        || (!side.seen && (sslv2_client_hello(rest) || peer_v2));
                    if v2 {
                        let Some((hlen, len)) = sslv2_len(rest) else {
                            if rest.len() < 3 {
                                break;
                            }
                            self.lose(dir, rest, at, out);
                            pos = buf.len();
                            break;
                        };
                        let total = hlen + len;
                        if rest.len() < total {
                            if total > MAX_RECORD + HEADER {
                                self.lose(dir, rest, at, out);
                                pos = buf.len();
                            }
                            break;
                        }
                        let layer = self.sslv2_record(dir, &rest[..total], hlen);
                        out.push(Message {
                            layer,
                            stream_offset: at,
                        });
                        pos += total;
                    } else {
                        self.lose(dir, rest, at, out);
                        pos = buf.len();
                        break;
                    }
                }
            }
        }
        let side = &mut self.sides[dir.index()];
        if pos < buf.len() {
            side.buf = buf;
            side.buf.drain(..pos);
        }
        side.buf_off += pos as u64;
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        let side = &mut self.sides[dir.index()];
        side.buf_off += side.buf.len() as u64 + len;
        side.buf.clear();
        side.hs.clear();
        side.lost = true;
    }
}

/// SSLv2 record header: (header length, body length).
fn sslv2_len(b: &[u8]) -> Option<(usize, usize)> {
    let (&b0, &b1) = (b.first()?, b.get(1)?);
    if b0 & 0x80 != 0 {
        Some((2, (usize::from(b0 & 0x7f) << 8) | usize::from(b1)))
    } else if b0 & 0x40 == 0 && b.len() >= 3 {
        Some((3, (usize::from(b0 & 0x3f) << 8) | usize::from(b1)))
    } else {
        None
    }
}

impl TlsDecoder {
    /// Bytes that are not a record: report them once and drop them until a
    /// later feed starts with a record header.
    fn lose(&mut self, dir: Dir, rest: &[u8], at: u64, out: &mut Vec<Message>) {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..rest.len());
        l.uint(f::tls::OSIDUMP_IGNORED_LEN, rest.len() as u64);
        let what = match rest.len() {
            0..=4 => format!("{:02x?}", rest),
            _ => format!(
                "content type {}, version 0x{:04x}, length {}",
                rest[0],
                be16(rest, 1),
                be16(rest, 3)
            ),
        };
        l.malformed(format!(
            "not a TLS record header ({what}): {} bytes skipped until the next record",
            rest.len()
        ));
        out.push(Message {
            layer: l,
            stream_offset: at,
        });
        let side = &mut self.sides[dir.index()];
        side.lost = true;
        side.hs.clear();
    }

    fn record(&mut self, dir: Dir, ctype: u8, version: u16, rec: &[u8]) -> Layer<'static> {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..rec.len());
        let body = &rec[HEADER..];
        // TLS 1.3 hides the real type inside the encryption: Wireshark calls
        // the outer type of a protected record its opaque type.
        let protected = self.tls13 && self.sides[dir.index()].encrypted && ctype == 23;
        l.uint(
            if protected {
                f::tls::RECORD_OPAQUE_TYPE
            } else {
                f::tls::RECORD_CONTENT_TYPE
            },
            ctype,
        );
        l.uint(f::tls::RECORD_VERSION, version);
        l.uint(f::tls::RECORD_LENGTH, body.len() as u64);
        self.sides[dir.index()].seen = true;
        let encrypted = self.sides[dir.index()].encrypted;
        match ctype {
            20 => {
                l.present(f::tls::CHANGE_CIPHER_SPEC);
                if body != [1] {
                    l.malformed(format!(
                        "ChangeCipherSpec body is {} bytes, expected the single byte 1",
                        body.len()
                    ));
                }
                let tls13 = self.tls13;
                let side = &mut self.sides[dir.index()];
                side.encrypted |= !tls13;
                if !side.hs.is_empty() {
                    l.malformed(format!(
                        "ChangeCipherSpec cuts a handshake message short ({} bytes dropped)",
                        side.hs.len()
                    ));
                    side.hs.clear();
                }
            }
            21 => {
                if encrypted || body.len() != 2 {
                    l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
                } else {
                    l.uint(f::tls::ALERT_MESSAGE_LEVEL, body[0]);
                    l.uint(f::tls::ALERT_MESSAGE_DESC, body[1]);
                }
            }
            22 => {
                if encrypted {
                    l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
                } else {
                    self.handshake(dir, body, &mut l);
                }
            }
            23 => l.uint(f::tls::OSIDUMP_APP_DATA_LEN, body.len() as u64),
            24 => {
                if encrypted || body.len() < 3 {
                    l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
                } else {
                    l.uint(f::tls::HEARTBEAT_MESSAGE_TYPE, body[0]);
                    let plen = be16(body, 1);
                    l.uint(f::tls::HEARTBEAT_MESSAGE_PAYLOAD_LENGTH, plen);
                    // RFC 6520: type, length, payload, at least 16 bytes of padding.
                    if usize::from(plen) + 3 + 16 > body.len() {
                        l.malformed(format!(
                            "heartbeat payload length {plen} exceeds the {} bytes the record leaves for it",
                            body.len().saturating_sub(3 + 16)
                        ));
                    }
                }
            }
            _ => {}
        }
        l
    }

    fn sslv2_record(&mut self, dir: Dir, rec: &[u8], hlen: usize) -> Layer<'static> {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..rec.len());
        let side = &mut self.sides[dir.index()];
        let n = side.sslv2.unwrap_or(0);
        side.sslv2 = Some(n.saturating_add(1));
        side.seen = true;
        let body = &rec[hlen..];
        l.boolean(f::tls::OSIDUMP_SSLV2, true);
        l.uint(f::tls::RECORD_LENGTH, body.len() as u64);
        if hlen == 3 {
            l.uint(f::tls::RECORD_PADDING_LENGTH, rec[2]);
        }
        l.uint(f::tls::RECORD_VERSION, 2u64);
        // Client: Client Hello, Client Master Key; server: Server Hello.
        // Everything after is encrypted.
        let plain = match dir {
            Dir::Client => 2,
            Dir::Server => 1,
        };
        match body.first() {
            Some(&t) if n < plain && matches!(t, 1 | 2 | 4) => {
                l.uint(f::tls::HANDSHAKE_TYPE, t);
                if t == 1 && body.len() >= 3 {
                    l.uint(f::tls::HANDSHAKE_VERSION, be16(body, 1));
                }
            }
            _ => l.boolean(f::tls::OSIDUMP_ENCRYPTED, true),
        }
        l
    }

    /// A handshake record's body: one or more messages, or pieces of one.
    fn handshake(&mut self, dir: Dir, frag: &[u8], l: &mut Layer<'static>) {
        let mut acc = std::mem::take(&mut self.sides[dir.index()].hs);
        let fresh = acc.is_empty();
        if frag.is_empty() {
            l.malformed(
                "empty handshake record (RFC 8446 5.1 forbids zero-length handshake fragments)",
            );
        }
        let input: &[u8] = if fresh {
            frag
        } else {
            acc.extend_from_slice(frag);
            &acc
        };
        if fresh && handshake_type_name(input.first().copied().unwrap_or(0)).is_none() {
            // Not a message we know: encrypted (we missed the
            // ChangeCipherSpec, or it never came), as tshark shows it.
            l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
            return;
        }
        let mut p = 0;
        let mut tls13 = false;
        while p < input.len() {
            let rest = &input[p..];
            let need = if rest.len() >= 4 {
                4 + be24(rest, 1)
            } else {
                usize::MAX
            };
            if rest.len() < need {
                if need != usize::MAX && need > MAX_HANDSHAKE {
                    l.uint(f::tls::HANDSHAKE_TYPE, rest[0]);
                    l.uint(f::tls::HANDSHAKE_LENGTH, (need - 4) as u64);
                    l.malformed(format!(
                        "handshake message of {} bytes exceeds the reassembly cap of {MAX_HANDSHAKE}",
                        need - 4
                    ));
                    return;
                }
                l.uint(f::tls::OSIDUMP_HANDSHAKE_FRAGMENT_LEN, frag.len() as u64);
                self.sides[dir.index()].hs = rest.to_vec();
                break;
            }
            match self.message(rest[0], &rest[4..need], l) {
                Tls13::No => {}
                Tls13::HelloRetry => self.tls13 = true,
                Tls13::Chosen => {
                    self.tls13 = true;
                    tls13 = true;
                }
            }
            p += need;
        }
        if tls13 {
            for s in &mut self.sides {
                s.encrypted = true;
            }
        }
    }

    /// One whole handshake message, and whether it chose TLS 1.3.
    fn message(&mut self, t: u8, body: &[u8], l: &mut Layer<'static>) -> Tls13 {
        l.uint(f::tls::HANDSHAKE_TYPE, t);
        l.uint(f::tls::HANDSHAKE_LENGTH, body.len() as u64);
        match t {
            1 => client_hello(body, l),
            2 => return server_hello(body, l),
            4 if body.len() >= 4 => {
                l.uint(
                    f::tls::HANDSHAKE_SESSION_TICKET_LIFETIME_HINT,
                    u32::from_be_bytes([body[0], body[1], body[2], body[3]]),
                );
            }
            11 => certificate(body, l),
            12 => server_key_exchange(body, l),
            _ => {}
        }
        Tls13::No
    }
}

/// The TLS 1.2 signature algorithm of a ServerKeyExchange
/// (`tls.handshake.sig_hash_alg`, as tshark shows it). The key exchange is
/// not tracked, so the shapes are tried in turn: ECDHE named curve
/// (curve_type 3, group, point), DHE (p, g, Ys), RSA export (modulus,
/// exponent). A shape counts only when the rest is exactly
/// sig_hash_alg(2) + signature<2>; a TLS 1.0/1.1 signature (no algorithm,
/// signature<2> only) and anonymous exchanges give nothing.
fn server_key_exchange(body: &[u8], l: &mut Layer<'static>) {
    fn ecdhe(b: &[u8]) -> Option<usize> {
        let mut r = Rd::new(b);
        (r.u8().ok()? == 3).then_some(())?;
        r.u16().ok()?;
        r.vec8().ok()?;
        Some(r.p)
    }
    fn params16(b: &[u8], n: usize) -> Option<usize> {
        let mut r = Rd::new(b);
        for _ in 0..n {
            if r.vec16().ok()?.is_empty() {
                return None;
            }
        }
        Some(r.p)
    }
    /// The algorithm when `rest` is exactly sig_hash_alg + signature<2>.
    fn sig(rest: &[u8]) -> Option<u16> {
        if rest.len() < 4 || usize::from(be16(rest, 0)) == rest.len() - 2 {
            return None; // too short, or a TLS 1.0/1.1 signature<2>
        }
        (usize::from(be16(rest, 2)) == rest.len() - 4).then(|| be16(rest, 0))
    }
    let found = [ecdhe(body), params16(body, 3), params16(body, 2)]
        .into_iter()
        .flatten()
        .find_map(|p| sig(&body[p..]));
    if let Some(a) = found {
        l.uint(f::tls::HANDSHAKE_SIG_HASH_ALG, a);
    }
}

// ---------------------------------------------------------------- hellos

/// A bounds-checked reader over an extension body.
struct Rd<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Rd<'a> {
    fn new(b: &'a [u8]) -> Self {
        Rd { b, p: 0 }
    }
    fn left(&self) -> usize {
        self.b.len() - self.p
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.left() < n {
            return Err(format!("needs {n} bytes, {} left", self.left()));
        }
        let s = &self.b[self.p..self.p + n];
        self.p += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, String> {
        let s = self.take(2)?;
        Ok(be16(s, 0))
    }
    /// A vector with a one- or two-byte length prefix.
    fn vec8(&mut self) -> Result<&'a [u8], String> {
        let n = self.u8()?;
        self.take(usize::from(n))
    }
    fn vec16(&mut self) -> Result<&'a [u8], String> {
        let n = self.u16()?;
        self.take(usize::from(n))
    }
    fn end(&self) -> Result<(), String> {
        match self.left() {
            0 => Ok(()),
            n => Err(format!("{n} bytes left over")),
        }
    }
}

fn u16s(b: &[u8]) -> Result<impl Iterator<Item = u16> + '_, String> {
    if !b.len().is_multiple_of(2) {
        return Err(format!("list of 16-bit values has odd length {}", b.len()));
    }
    Ok(b.chunks_exact(2).map(|c| be16(c, 0)))
}

/// What the fingerprints need from a hello's extensions.
#[derive(Debug, Default)]
struct Exts {
    types: Vec<u16>,
    groups: Vec<u16>,
    point_formats: Vec<u8>,
    sig_algs: Vec<u16>,
    versions: Vec<u16>,
    alpn_first: Option<Vec<u8>>,
    sni: bool,
    /// The walk reached the end of the block.
    whole: bool,
}

/// Walk the extensions block as (type, length) pairs: a bad extension is
/// flagged and the walk goes on with the next one. A length that overruns
/// the block ends the walk (`Exts::whole` false).
fn extensions(ext: &[u8], client: bool, l: &mut Layer<'static>) -> Exts {
    let mut x = Exts {
        whole: true,
        ..Exts::default()
    };
    l.uint(f::tls::HANDSHAKE_EXTENSIONS_LENGTH, ext.len() as u64);
    let mut i = 0;
    while i < ext.len() {
        let rest = &ext[i..];
        if rest.len() < 4 {
            l.malformed(format!(
                "extension header needs 4 bytes, {} left in the extensions block",
                rest.len()
            ));
            x.whole = false;
            break;
        }
        let t = be16(rest, 0);
        let len = usize::from(be16(rest, 2));
        l.uint(f::tls::HANDSHAKE_EXTENSION_TYPE, t);
        l.uint(f::tls::HANDSHAKE_EXTENSION_LEN, len as u64);
        let name = extension_name(t).unwrap_or("unknown");
        if rest.len() < 4 + len {
            l.malformed(format!(
                "extension {name} ({t}) says {len} bytes, {} left in the extensions block",
                rest.len() - 4
            ));
            x.whole = false;
            break;
        }
        x.types.push(t);
        if let Err(e) = extension(t, &rest[4..4 + len], client, l, &mut x) {
            l.malformed(format!("extension {name} ({t}): {e}"));
        }
        i += 4 + len;
    }
    x
}

fn extension(
    t: u16,
    body: &[u8],
    client: bool,
    l: &mut Layer<'static>,
    x: &mut Exts,
) -> Result<(), String> {
    let mut r = Rd::new(body);
    match t {
        0 => {
            x.sni = true;
            // The server acknowledges SNI with an empty extension.
            if body.is_empty() && !client {
                return Ok(());
            }
            let mut list = Rd::new(r.vec16()?);
            while list.left() > 0 {
                let kind = list.u8()?;
                let name = list.vec16()?;
                if kind == 0 {
                    l.str(
                        f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME,
                        String::from_utf8_lossy(name).into_owned(),
                    );
                }
            }
        }
        16 => {
            let mut list = Rd::new(r.vec16()?);
            while list.left() > 0 {
                let p = list.vec8()?;
                if x.alpn_first.is_none() {
                    x.alpn_first = Some(p.to_vec());
                }
                l.str(
                    f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR,
                    String::from_utf8_lossy(p).into_owned(),
                );
            }
        }
        43 => {
            let list: Vec<u16> = if client {
                u16s(r.vec8()?)?.collect()
            } else {
                vec![r.u16()?]
            };
            for v in list {
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION, v);
                x.versions.push(v);
            }
        }
        10 => {
            for g in u16s(r.vec16()?)? {
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUP, g);
                x.groups.push(g);
            }
        }
        11 => {
            for &f in r.vec8()? {
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_EC_POINT_FORMAT, f);
                x.point_formats.push(f);
            }
        }
        13 => {
            for s in u16s(r.vec16()?)? {
                l.uint(f::tls::HANDSHAKE_SIG_HASH_ALG, s);
                x.sig_algs.push(s);
            }
        }
        // delegated_credentials (34, RFC 9345) and signature_algorithms_cert
        // (50) carry SignatureScheme lists too: tshark lists them under the
        // same name; fingerprints (JA3/JA4) use extension 13 only.
        34 | 50 if client => {
            for s in u16s(r.vec16()?)? {
                l.uint(f::tls::HANDSHAKE_SIG_HASH_ALG, s);
            }
        }
        51 => {
            if client {
                let mut list = Rd::new(r.vec16()?);
                while list.left() > 0 {
                    let g = list.u16()?;
                    list.vec16()?;
                    l.uint(f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP, g);
                }
            } else if body.len() == 2 {
                // HelloRetryRequest: the selected group only (tshark's name).
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_SELECTED_GROUP,
                    r.u16()?,
                );
            } else {
                let g = r.u16()?;
                r.vec16()?;
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP, g);
            }
        }
        _ => return Ok(()),
    }
    r.end()
}

fn hex_join<T: std::fmt::Display>(v: impl IntoIterator<Item = T>) -> String {
    v.into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join("-")
}

fn md5_hex(s: &str) -> String {
    Md5::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn sha256_12(s: &str) -> String {
    let h: String = Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    h[..12].to_string()
}

/// JA3 full string: `version,ciphers,extensions,groups,point_formats`,
/// decimal, `-`-joined, GREASE left out (as tshark and the JA3 reference).
fn ja3_full(version: u16, ciphers: &[u16], x: &Exts) -> String {
    let ng = |v: &&u16| !is_grease(**v);
    format!(
        "{},{},{},{},{}",
        version,
        hex_join(ciphers.iter().filter(ng)),
        hex_join(x.types.iter().filter(ng)),
        hex_join(x.groups.iter().filter(ng)),
        hex_join(x.point_formats.iter()),
    )
}

/// JA4 (TLS over TCP) per the FoxIO specification.
fn ja4(legacy_version: u16, ciphers: &[u16], x: &Exts) -> String {
    let version = x
        .versions
        .iter()
        .copied()
        .filter(|v| !is_grease(*v))
        .max()
        .unwrap_or(legacy_version);
    let v = match version {
        0x0304 => "13",
        0x0303 => "12",
        0x0302 => "11",
        0x0301 => "10",
        0x0300 => "s3",
        0x0002 => "s2",
        0xfeff => "d1",
        0xfefd => "d2",
        0xfefc => "d3",
        _ => "00",
    };
    let mut cs: Vec<u16> = ciphers.iter().copied().filter(|c| !is_grease(*c)).collect();
    let mut es: Vec<u16> = x.types.iter().copied().filter(|e| !is_grease(*e)).collect();
    let alpn = match x.alpn_first.as_deref() {
        Some([]) | None => "00".to_string(),
        Some(p) => {
            let (f, la) = (p[0], p[p.len() - 1]);
            if f.is_ascii_alphanumeric() && la.is_ascii_alphanumeric() {
                format!("{}{}", f as char, la as char)
            } else {
                let hf = format!("{f:02x}");
                let hl = format!("{la:02x}");
                format!("{}{}", &hf[..1], &hl[1..])
            }
        }
    };
    let a = format!(
        "t{v}{}{:02}{:02}{alpn}",
        if x.sni { 'd' } else { 'i' },
        cs.len().min(99),
        es.len().min(99)
    );
    cs.sort_unstable();
    es.retain(|e| *e != 0 && *e != 16);
    es.sort_unstable();
    let hexes = |v: &[u16]| {
        v.iter()
            .map(|x| format!("{x:04x}"))
            .collect::<Vec<_>>()
            .join(",")
    };
    let b = if cs.is_empty() {
        "000000000000".to_string()
    } else {
        sha256_12(&hexes(&cs))
    };
    let c = if es.is_empty() {
        "000000000000".to_string()
    } else {
        let mut s = hexes(&es);
        if !x.sig_algs.is_empty() {
            s.push('_');
            s.push_str(&hexes(&x.sig_algs));
        }
        sha256_12(&s)
    };
    format!("{a}_{b}_{c}")
}

fn client_hello(body: &[u8], l: &mut Layer<'static>) {
    let (rest, ch) = match tls_parser::parse_tls_handshake_client_hello(body) {
        Ok(v) => v,
        Err(_) => {
            if body.len() >= 2 {
                l.uint(f::tls::HANDSHAKE_VERSION, be16(body, 0));
            }
            l.malformed(format!(
                "Client Hello of {} bytes: version, random, session id (at most 32), \
                 cipher suites and compression methods do not fit",
                body.len()
            ));
            return;
        }
    };
    l.uint(f::tls::HANDSHAKE_VERSION, ch.version.0);
    l.push(
        f::tls::HANDSHAKE_RANDOM,
        Value::Bytes(ch.random.to_vec().into()),
    );
    let sid = ch.session_id.unwrap_or(&[]);
    l.uint(f::tls::HANDSHAKE_SESSION_ID_LENGTH, sid.len() as u64);
    if !sid.is_empty() {
        l.push(
            f::tls::HANDSHAKE_SESSION_ID,
            Value::Bytes(sid.to_vec().into()),
        );
    }
    l.uint(
        f::tls::HANDSHAKE_CIPHER_SUITES_LENGTH,
        (ch.ciphers.len() * 2) as u64,
    );
    let ciphers: Vec<u16> = ch.ciphers.iter().map(|c| c.0).collect();
    for &c in &ciphers {
        l.uint(f::tls::HANDSHAKE_CIPHERSUITE, c);
    }
    l.uint(f::tls::HANDSHAKE_COMP_METHODS_LENGTH, ch.comp.len() as u64);
    for c in &ch.comp {
        l.uint(f::tls::HANDSHAKE_COMP_METHOD, c.0);
    }
    let x = match ch.ext {
        Some(ext) => extensions(ext, true, l),
        None => Exts {
            whole: true,
            ..Exts::default()
        },
    };
    if !rest.is_empty() {
        l.malformed(trailing(rest, ch.ext.is_none()));
    }
    // Like tshark, no fingerprint of a hello whose extension list is cut.
    if !x.whole || !rest.is_empty() {
        return;
    }
    // tshark's order: ja3_full, then ja3.
    let full = ja3_full(ch.version.0, &ciphers, &x);
    let hash = md5_hex(&full);
    l.str(f::tls::HANDSHAKE_JA3_FULL, full);
    l.str(f::tls::HANDSHAKE_JA3, hash);
    l.str(f::tls::HANDSHAKE_JA4, ja4(ch.version.0, &ciphers, &x));
}

fn trailing(rest: &[u8], no_ext: bool) -> String {
    if no_ext && rest.len() >= 2 {
        format!(
            "extensions length {} exceeds the {} bytes left in the message",
            be16(rest, 0),
            rest.len() - 2
        )
    } else {
        format!("{} bytes after the hello's last field", rest.len())
    }
}

/// What a ServerHello says about TLS 1.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tls13 {
    No,
    /// A HelloRetryRequest for TLS 1.3: the next ClientHello is in clear.
    HelloRetry,
    /// A TLS 1.3 ServerHello: every later handshake record is encrypted.
    Chosen,
}

fn server_hello(body: &[u8], l: &mut Layer<'static>) -> Tls13 {
    let (rest, version, random, sid, cipher, comp, ext) =
        match tls_parser::parse_tls_handshake_msg_server_hello(body) {
            Ok((rest, TlsMessageHandshake::ServerHello(sh))) => (
                rest,
                sh.version.0,
                sh.random,
                Some(sh.session_id.unwrap_or(&[])),
                sh.cipher.0,
                Some(sh.compression.0),
                sh.ext,
            ),
            Ok((rest, TlsMessageHandshake::ServerHelloV13Draft18(sh))) => (
                rest,
                sh.version.0,
                sh.random,
                None,
                sh.cipher.0,
                None,
                sh.ext,
            ),
            _ => {
                if body.len() >= 2 {
                    l.uint(f::tls::HANDSHAKE_VERSION, be16(body, 0));
                }
                l.malformed(format!(
                    "Server Hello of {} bytes does not parse (version 0x0300..=0x0303 or 0x7f12, \
                     random, session id of at most 32, cipher, compression)",
                    body.len()
                ));
                return Tls13::No;
            }
        };
    l.uint(f::tls::HANDSHAKE_VERSION, version);
    l.push(
        f::tls::HANDSHAKE_RANDOM,
        Value::Bytes(random.to_vec().into()),
    );
    let hrr = random == HRR_RANDOM;
    if let Some(sid) = sid {
        l.uint(f::tls::HANDSHAKE_SESSION_ID_LENGTH, sid.len() as u64);
        if !sid.is_empty() {
            l.push(
                f::tls::HANDSHAKE_SESSION_ID,
                Value::Bytes(sid.to_vec().into()),
            );
        }
    }
    l.uint(f::tls::HANDSHAKE_CIPHERSUITE, cipher);
    if let Some(c) = comp {
        l.uint(f::tls::HANDSHAKE_COMP_METHOD, c);
    }
    if hrr {
        l.boolean(f::tls::OSIDUMP_HELLO_RETRY_REQUEST, true);
    }
    let x = match ext {
        Some(ext) => extensions(ext, false, l),
        None => Exts {
            whole: true,
            ..Exts::default()
        },
    };
    if !rest.is_empty() {
        l.malformed(trailing(rest, ext.is_none()));
    }
    let chosen = x.versions.first().copied().unwrap_or(version);
    let tls13 = match (is_tls13(chosen), hrr) {
        (false, _) => Tls13::No,
        (true, true) => Tls13::HelloRetry,
        (true, false) => Tls13::Chosen,
    };
    if !x.whole || !rest.is_empty() {
        return tls13;
    }
    let full = format!(
        "{},{},{}",
        version,
        cipher,
        hex_join(x.types.iter().filter(|t| !is_grease(**t)))
    );
    let hash = md5_hex(&full);
    l.str(f::tls::HANDSHAKE_JA3S_FULL, full);
    l.str(f::tls::HANDSHAKE_JA3S, hash);
    tls13
}

fn certificate(body: &[u8], l: &mut Layer<'static>) {
    if body.len() >= 3 {
        l.uint(f::tls::HANDSHAKE_CERTIFICATES_LENGTH, be24(body, 0) as u64);
    }
    let chain = match tls_parser::parse_tls_handshake_msg_certificate(body) {
        Ok((_, TlsMessageHandshake::Certificate(c))) => c.cert_chain,
        _ => {
            l.malformed(format!(
                "certificate list does not fit the {} bytes of the message",
                body.len()
            ));
            return;
        }
    };
    for (n, cert) in chain.iter().enumerate() {
        l.uint(f::tls::HANDSHAKE_CERTIFICATE_LENGTH, cert.data.len() as u64);
        match x509_parser::parse_x509_certificate(cert.data) {
            Ok((_, c)) => {
                let cn = |name: &x509_parser::x509::X509Name| {
                    name.iter_common_name()
                        .next()
                        .and_then(|a| a.as_str().ok())
                        .map(str::to_string)
                };
                l.str(f::tls::OSIDUMP_CERT_SUBJECT, c.subject().to_string());
                if let Some(s) = cn(c.subject()) {
                    l.str(f::tls::OSIDUMP_CERT_SUBJECT_CN, s);
                }
                l.str(f::tls::OSIDUMP_CERT_ISSUER, c.issuer().to_string());
                if let Some(s) = cn(c.issuer()) {
                    l.str(f::tls::OSIDUMP_CERT_ISSUER_CN, s);
                }
                let v = c.validity();
                l.push(
                    f::tls::OSIDUMP_CERT_NOT_BEFORE,
                    Value::Time(Timestamp::new(v.not_before.timestamp(), 0)),
                );
                l.push(
                    f::tls::OSIDUMP_CERT_NOT_AFTER,
                    Value::Time(Timestamp::new(v.not_after.timestamp(), 0)),
                );
            }
            Err(e) => l.malformed(format!("certificate {}: X.509 does not parse: {e}", n + 1)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FrameSource;
    use crate::source::file::FileSource;
    use std::collections::{BTreeMap, HashMap};
    use std::path::PathBuf;

    fn unhex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// TCP payload of pcapplusplus/SSL-ClientHello1.pcap, frame 1
    /// (`tshark -r SSL-ClientHello1.pcap -T fields -e tcp.payload`):
    /// one record, one ClientHello, SNI www.google.com.
    const CLIENT_HELLO: &str = "16030100b7010000b303033e7b4a3efdf77a8878eb8c7d4033e053580eb00eb7\
        8f688a1871a8e562f2f7f5000016c02bc02fc00ac009c013c01400330039002f0035000a01000074000000\
        13001100000e7777772e676f6f676c652e636f6dff01000100000a00080006001700180019000b00020100\
        002300003374000000100017001502683208737064792f332e3108687474702f312e310005000501000000\
        00000d001600140401050106010201040305030603020304020202";

    /// TCP payload of pcapplusplus/ssl-malformed1.pcap, frame 1: a TLS 1.1
    /// ClientHello whose server_name extension is 1 byte long (tshark stops
    /// there: "No more room for vector of length 2", [Malformed Packet]).
    const MALFORMED_SNI: &str = "16030100b4010000b0030251a91820c5e11bd04287eb7311ab99d9bc3563a2\
        d47e3e60f68e8855938a5f11000044c014c00ac022c02100390038c00fc0050035c012c008c01cc01b0016\
        0013c00dc003000ac013c009c01fc01e00330032c00ec004002fc011c007c00cc0020005000400ff010000\
        4300000001010000fffcfc6562352e736563757265696e7465726e657462616e6b2e636f6d000b00020100\
        000a0008000600190018001700230000000f00010133740000";

    fn run(chunks: &[&[u8]], dir: Dir) -> Vec<Message> {
        let mut d = TlsDecoder::new();
        let mut out = Vec::new();
        let mut off = 0u64;
        for c in chunks {
            d.feed(dir, off, c, &mut out);
            off += c.len() as u64;
        }
        out
    }

    fn strs<'a>(l: &'a Layer, name: &'static crate::dissect::field::FieldDef) -> Vec<&'a str> {
        l.fields
            .iter()
            .filter(|f| std::ptr::eq(f.def, name))
            .filter_map(|f| match &f.value {
                Value::Str(s) => Some(s.as_ref()),
                _ => None,
            })
            .collect()
    }

    fn uints(l: &Layer, name: &'static crate::dissect::field::FieldDef) -> Vec<u64> {
        l.fields
            .iter()
            .filter(|f| std::ptr::eq(f.def, name))
            .filter_map(|f| match f.value {
                Value::UInt(v) => Some(v),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn probe_guesses() {
        let ch = unhex(CLIENT_HELLO);
        assert_eq!(probe(&ch), Probe::Certain);
        assert_eq!(probe(&ch[..3]), Probe::Unsure);
        assert_eq!(probe(&[23, 3, 3, 0, 10]), Probe::Unsure);
        assert_eq!(probe(b"GET / HTTP/1.1\r\n"), Probe::NotForUs);
        assert_eq!(probe(&[22, 3, 3, 0xff, 0xff]), Probe::NotForUs); // longer than 2^14+2048
        assert_eq!(probe(&[22, 3, 5, 0, 4]), Probe::NotForUs);
        assert_eq!(probe(&[]), Probe::NotForUs);
        // SSLv2 ClientHello (zeek/tls/ssl-v2.pcap frame 4 starts 80 2e 01 00 02).
        assert_eq!(
            probe(&[0x80, 0x2e, 0x01, 0x00, 0x02, 0x00, 0x15]),
            Probe::Unsure
        );
    }

    #[test]
    fn names() {
        assert_eq!(cipher_suite_name(0x1301), Some("TLS_AES_128_GCM_SHA256"));
        assert_eq!(
            cipher_suite_name(0x1303),
            Some("TLS_CHACHA20_POLY1305_SHA256")
        );
        assert_eq!(
            cipher_suite_name(0xc02f),
            Some("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")
        );
        assert_eq!(cipher_suite_name(0x3a3a), Some("Reserved (GREASE)"));
        assert_eq!(
            extension_name(16),
            Some("application_layer_protocol_negotiation")
        );
        assert_eq!(extension_name(0xfafa), Some("Reserved (GREASE)"));
        assert_eq!(extension_name(0x1234), None);
        assert_eq!(handshake_type_name(2), Some("Server Hello"));
        assert_eq!(alert_description_name(40), Some("handshake_failure"));
        assert_eq!(version_name(0x0303), Some("TLS 1.2"));
        assert_eq!(version_name(0x7f1c), Some("TLS 1.3 (draft)"));
        assert!(is_grease(0x0a0a) && is_grease(0xfafa) && !is_grease(0x0a1a));
    }

    #[test]
    fn client_hello_fields_and_fingerprints() {
        let out = run(&[&unhex(CLIENT_HELLO)], Dir::Client);
        assert_eq!(out.len(), 1);
        let l = &out[0].layer;
        assert_eq!(out[0].stream_offset, 0);
        assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
        assert_eq!(l.osi, Osi::Presentation);
        assert_eq!(l.protocol, "tls");
        assert_eq!(l.span, 0..188);
        assert_eq!(l.get_uint(f::tls::RECORD_CONTENT_TYPE), Some(22));
        assert_eq!(l.get_uint(f::tls::RECORD_VERSION), Some(0x0301));
        assert_eq!(l.get_uint(f::tls::RECORD_LENGTH), Some(183));
        assert_eq!(l.get_uint(f::tls::HANDSHAKE_TYPE), Some(1));
        assert_eq!(l.get_uint(f::tls::HANDSHAKE_LENGTH), Some(179));
        assert_eq!(l.get_uint(f::tls::HANDSHAKE_VERSION), Some(0x0303));
        assert_eq!(l.get_uint(f::tls::HANDSHAKE_CIPHER_SUITES_LENGTH), Some(22));
        assert_eq!(uints(l, f::tls::HANDSHAKE_CIPHERSUITE).len(), 11);
        assert_eq!(
            uints(l, f::tls::HANDSHAKE_EXTENSION_TYPE),
            [0, 65281, 10, 11, 35, 13172, 16, 5, 13]
        );
        assert_eq!(
            uints(l, f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUP),
            [23, 24, 25]
        );
        assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG).len(), 10);
        // tshark 4.0.17: extensions_server_name www.google.com,
        // extensions_alpn_str h2,spdy/3.1,http/1.1
        assert_eq!(
            strs(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME),
            ["www.google.com"]
        );
        assert_eq!(
            strs(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR),
            ["h2", "spdy/3.1", "http/1.1"]
        );
        // tshark 4.0.17 -e tls.handshake.ja3_full -e tls.handshake.ja3:
        assert_eq!(
            l.get_str(f::tls::HANDSHAKE_JA3_FULL),
            Some(
                "771,49195-49199-49162-49161-49171-49172-51-57-47-53-10,\
                 0-65281-10-11-35-13172-16-5-13,23-24-25,0"
            )
        );
        assert_eq!(
            l.get_str(f::tls::HANDSHAKE_JA3),
            Some("07b4162d4db57554961824a21c4a0fde")
        );
        // JA4 per the FoxIO spec from tshark's fields (this tshark has no
        // ja4): version 0x0303, SNI, 11 ciphers, 9 extensions, ALPN h2.
        assert_eq!(
            l.get_str(f::tls::HANDSHAKE_JA4),
            Some("t12d1109h2_43e74fd21232_fed6c16fddd0")
        );
        assert_eq!(
            summary(l),
            "Client Hello SNI=www.google.com ALPN=h2,spdy/3.1,http/1.1"
        );
        assert_eq!(session_phase(l), Some("ClientHello"));
    }

    #[test]
    fn ja4_spec_example() {
        // The JA4 specification's worked example (Chrome, TLS 1.3).
        let x = Exts {
            types: vec![
                0x001b, 0x0000, 0x0033, 0x0010, 0x4469, 0x0017, 0x002d, 0x000d, 0x0005, 0x0023,
                0x0012, 0x002b, 0xff01, 0x000b, 0x000a, 0x0015,
            ],
            sig_algs: vec![
                0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601,
            ],
            versions: vec![0x2a2a, 0x0304, 0x0303],
            alpn_first: Some(b"h2".to_vec()),
            sni: true,
            ..Exts::default()
        };
        let ciphers = [
            0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc013, 0xc014,
            0x009c, 0x009d, 0x002f, 0x0035,
        ];
        assert_eq!(
            ja4(0x0303, &ciphers, &x),
            "t13d1516h2_8daaf6152771_e5627efa2ab1"
        );
        // No signature algorithms: no trailing underscore (spec: 6d807ffa2a79).
        let x = Exts {
            sig_algs: vec![],
            ..x
        };
        assert_eq!(
            ja4(0x0303, &ciphers, &x),
            "t13d1516h2_8daaf6152771_6d807ffa2a79"
        );
        // Non-alphanumeric ALPN ends: first hex digit of the first byte,
        // last hex digit of the last byte.
        let x = Exts {
            alpn_first: Some(vec![0xab, b'x', 0x01]),
            ..Exts::default()
        };
        assert_eq!(&ja4(0x0301, &[], &x)[..10], "t10i0000a1");
    }

    #[test]
    fn split_at_every_byte_gives_the_same_layers() {
        let ch = unhex(CLIENT_HELLO);
        let whole = run(&[&ch], Dir::Client);
        for cut in 0..=ch.len() {
            let parts = run(&[&ch[..cut], &ch[cut..]], Dir::Client);
            assert_eq!(parts.len(), 1, "cut at {cut}");
            assert_eq!(parts[0].layer, whole[0].layer, "cut at {cut}");
            assert_eq!(parts[0].stream_offset, 0);
        }
        let bytes: Vec<&[u8]> = ch.chunks(1).collect();
        let one = run(&bytes, Dir::Client);
        assert_eq!(one[0].layer, whole[0].layer);
    }

    /// CCS, alert and application data records in one feed after a hello.
    fn several() -> Vec<u8> {
        let mut b = unhex(CLIENT_HELLO);
        b.extend([20, 3, 3, 0, 1, 1]); // ChangeCipherSpec
        b.extend([22, 3, 3, 0, 8, 0x4f, 1, 2, 3, 4, 5, 6, 7]); // encrypted Finished
        b.extend([23, 3, 3, 0, 4, 9, 9, 9, 9]); // application data
        b.extend([21, 3, 3, 0, 2, 2, 40]); // alert (before any CCS it is clear)
        b
    }

    #[test]
    fn several_records_in_one_feed() {
        let b = several();
        let out = run(&[&b], Dir::Client);
        let types: Vec<_> = out
            .iter()
            .map(|m| m.layer.get_uint(f::tls::RECORD_CONTENT_TYPE).unwrap())
            .collect();
        assert_eq!(types, [22, 20, 22, 23, 21]);
        let offs: Vec<_> = out.iter().map(|m| m.stream_offset).collect();
        assert_eq!(offs, [0, 188, 194, 207, 216]);
        assert_eq!(summary(&out[1].layer), "Change Cipher Spec");
        assert_eq!(summary(&out[2].layer), "Encrypted Handshake Message");
        assert_eq!(session_phase(&out[2].layer), Some("Finished"));
        assert!(out[2].layer.anomalies.is_empty());
        assert_eq!(summary(&out[3].layer), "Application Data 4 bytes");
        assert_eq!(
            session_phase(&out[3].layer),
            Some("established (encrypted)")
        );
        // After this side's CCS the alert is encrypted.
        assert_eq!(summary(&out[4].layer), "Encrypted Alert");
        for cut in 0..=b.len() {
            let parts = run(&[&b[..cut], &b[cut..]], Dir::Client);
            assert_eq!(parts.len(), out.len(), "cut at {cut}");
            for (p, o) in parts.iter().zip(&out) {
                assert_eq!(p.layer, o.layer, "cut at {cut}");
                assert_eq!(p.stream_offset, o.stream_offset);
            }
        }
    }

    #[test]
    fn alerts_in_clear() {
        let out = run(
            &[&[21, 3, 3, 0, 2, 2, 40], &[21, 3, 3, 0, 2, 1, 0]],
            Dir::Server,
        );
        assert_eq!(summary(&out[0].layer), "Alert fatal handshake_failure");
        assert_eq!(session_phase(&out[0].layer), Some("alert"));
        assert_eq!(out[1].layer.get_uint(f::tls::ALERT_MESSAGE_LEVEL), Some(1));
        assert_eq!(session_phase(&out[1].layer), Some("close_notify"));
    }

    #[test]
    fn handshake_message_over_several_records() {
        // The ClientHello's handshake message cut into records of 50 bytes.
        let ch = unhex(CLIENT_HELLO);
        let msg = &ch[5..];
        let mut b = Vec::new();
        for piece in msg.chunks(50) {
            b.extend([22, 3, 1, 0, piece.len() as u8]);
            b.extend(piece);
        }
        let out = run(&[&b], Dir::Client);
        assert_eq!(out.len(), 4);
        for m in &out[..3] {
            assert_eq!(
                m.layer.get_uint(f::tls::OSIDUMP_HANDSHAKE_FRAGMENT_LEN),
                Some(50)
            );
            assert_eq!(summary(&m.layer), "Handshake fragment 50 bytes");
        }
        let whole = run(&[&ch], Dir::Client);
        let last = &out[3].layer;
        assert_eq!(out[3].stream_offset, 165);
        assert_eq!(
            last.get_str(f::tls::HANDSHAKE_JA3),
            whole[0].layer.get_str(f::tls::HANDSHAKE_JA3)
        );
        assert_eq!(
            last.fields[3..],
            whole[0].layer.fields[3..],
            "same handshake fields after the record header"
        );
    }

    #[test]
    fn bad_extension_is_flagged_and_the_rest_shown() {
        // CLIENT_HELLO with the supported_groups list length set to 7 (odd,
        // and one more than the extension holds).
        let mut ch = unhex(CLIENT_HELLO);
        let at = ch
            .windows(6)
            .position(|w| w == [0x00, 0x0a, 0x00, 0x08, 0x00, 0x06])
            .unwrap();
        ch[at + 5] = 7;
        let out = run(&[&ch], Dir::Client);
        let l = &out[0].layer;
        assert_eq!(l.anomalies.len(), 1, "{:?}", l.anomalies);
        assert_eq!(l.anomalies[0].kind, crate::dissect::AnomalyKind::Malformed);
        assert_eq!(
            l.anomalies[0].reason,
            "extension supported_groups (10): needs 7 bytes, 6 left"
        );
        // Every extension is still listed and decoded.
        assert_eq!(
            uints(l, f::tls::HANDSHAKE_EXTENSION_TYPE),
            [0, 65281, 10, 11, 35, 13172, 16, 5, 13]
        );
        assert_eq!(
            strs(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME),
            ["www.google.com"]
        );
        assert_eq!(strs(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR).len(), 3);
        assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG).len(), 10);
        assert!(l.get_str(f::tls::HANDSHAKE_JA3).is_some());
    }

    #[test]
    fn overrunning_extension_ends_the_walk() {
        // ssl-malformed1.pcap: the server_name extension says 1 byte, and the
        // next header then says 65532 bytes. tshark: "No more room for vector
        // of length 2", [Malformed Packet], no JA3.
        let out = run(&[&unhex(MALFORMED_SNI)], Dir::Client);
        let l = &out[0].layer;
        let reasons: Vec<_> = l.anomalies.iter().map(|a| a.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "extension server_name (0): needs 2 bytes, 1 left",
                "extension server_name (0) says 65532 bytes, 58 left in the extensions block",
            ]
        );
        assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSION_TYPE), [0, 0]);
        assert_eq!(uints(l, f::tls::HANDSHAKE_CIPHERSUITE).len(), 34);
        assert_eq!(l.get_str(f::tls::HANDSHAKE_JA3), None);
        assert!(summary(l).starts_with("Client Hello [malformed: extension server_name"));
    }

    #[test]
    fn every_prefix_and_garbage_never_panics() {
        let ch = unhex(CLIENT_HELLO);
        // Prefixes of the stream.
        for n in 0..=ch.len() {
            let _ = run(&[&ch[..n]], Dir::Client);
        }
        // Prefixes of the ClientHello body, each as a complete message.
        let body = &ch[9..];
        for n in 0..=body.len() {
            let mut b = vec![22, 3, 1, 0, 0, 1, 0, 0, n as u8];
            b[3..5].copy_from_slice(&((n + 4) as u16).to_be_bytes());
            b.extend(&body[..n]);
            let out = run(&[&b], Dir::Client);
            assert_eq!(out.len(), 1);
            let _ = summary(&out[0].layer);
        }
        // Same for the ServerHello and Certificate parsers, and pseudo-random
        // bytes in every content type.
        let mut seed = 0x1234_5678u32;
        let mut rnd = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for round in 0..3000 {
            let len = (rnd() % 300) as usize;
            let mut body: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
            let ctype = 20 + (round % 5) as u8;
            if ctype == 22 && len >= 4 {
                body[0] = [1, 2, 11, 4, 12][round % 5];
                let hl = (len - 4) as u32;
                body[1..4].copy_from_slice(&hl.to_be_bytes()[1..]);
            }
            let mut b = vec![ctype, 3, (round % 5) as u8, 0, 0];
            b[3..5].copy_from_slice(&(len as u16).to_be_bytes());
            b.extend(&body);
            for dir in [Dir::Client, Dir::Server] {
                for m in run(&[&b], dir) {
                    let _ = summary(&m.layer);
                    let _ = session_phase(&m.layer);
                }
            }
            let raw: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
            let _ = probe(&raw);
            let _ = run(&[&raw, &b], Dir::Server);
        }
    }

    #[test]
    fn garbage_is_reported_once_then_resynchronised() {
        let mut d = TlsDecoder::new();
        let mut out = Vec::new();
        d.feed(Dir::Client, 0, b"not tls at all", &mut out);
        d.feed(Dir::Client, 14, b"still not", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].layer.anomalies.len(), 1);
        let ch = unhex(CLIENT_HELLO);
        d.feed(Dir::Client, 23, &ch, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].stream_offset, 23);
        assert!(out[1].layer.anomalies.is_empty());
        // A gap mid-record drops the record and resumes at the next header.
        d.feed(Dir::Client, 211, &ch[..100], &mut out);
        d.gap(Dir::Client, 50);
        d.feed(Dir::Client, 361, &ch[150..], &mut out);
        d.feed(Dir::Client, 399, &ch, &mut out);
        assert_eq!(out.len(), 3);
        assert_eq!(out[2].stream_offset, 399);
    }

    #[test]
    fn oversized_record_is_malformed() {
        let out = run(&[&[22, 3, 3, 0x48, 0x01, 1, 0, 0]], Dir::Client);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].layer.anomalies.len(), 1);
    }

    #[test]
    fn handshake_over_the_cap_is_flagged() {
        let out = run(&[&[22, 3, 3, 0, 4, 11, 0x10, 0, 0]], Dir::Server);
        assert_eq!(out[0].layer.anomalies.len(), 1);
        assert!(out[0].layer.anomalies[0].reason.contains("cap"));
    }

    /// pcapplusplus/tls.pcap frame 31, first two records: a TLS 1.3
    /// ServerHello (tshark: ja3s_full 771,4865,51-43, key_share group 29,
    /// supported_version 0x0304) and the compatibility ChangeCipherSpec.
    const SERVER_HELLO_13: &str = "160303007a02000076030347ee8ee8eeb3a227c3f2e64f87e81c17775ed151f9\
        0e81fb0edc9dd98136f6b420e78fbce5405eaa88e12ae7056a65ac340482d8541834fe7b5f978fda618276d7\
        130100002e00330024001d0020988e1b0f7b6329fc7896e2636c3e625896a31a1c56363eb16205c263572662\
        10002b00020304140303000101";

    #[test]
    fn tls13_server_hello_and_encrypted_handshake() {
        let mut d = TlsDecoder::new();
        let mut out = Vec::new();
        d.feed(Dir::Client, 0, &unhex(CLIENT_HELLO), &mut out);
        let sh = unhex(SERVER_HELLO_13);
        d.feed(Dir::Server, 0, &sh, &mut out);
        assert_eq!(out.len(), 3);
        let l = &out[1].layer;
        assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
        assert_eq!(l.get_uint(f::tls::HANDSHAKE_VERSION), Some(0x0303));
        assert_eq!(l.get_uint(f::tls::HANDSHAKE_CIPHERSUITE), Some(0x1301));
        assert_eq!(
            l.get_uint(f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP),
            Some(29)
        );
        assert_eq!(
            l.get_uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION),
            Some(0x0304)
        );
        assert_eq!(
            l.get_str(f::tls::HANDSHAKE_JA3S_FULL),
            Some("771,4865,51-43")
        );
        assert_eq!(
            l.get_str(f::tls::HANDSHAKE_JA3S),
            Some("eb1d94daa7e0344597e756a1fb6e7054")
        );
        assert_eq!(summary(l), "Server Hello TLS 1.3 TLS_AES_128_GCM_SHA256");
        assert_eq!(session_phase(l), Some("ServerHello"));
        assert_eq!(out[2].stream_offset, 127);
        assert_eq!(summary(&out[2].layer), "Change Cipher Spec");
        // Any handshake record after a TLS 1.3 ServerHello is encrypted, in
        // both directions; the client's compatibility CCS changes nothing.
        d.feed(Dir::Server, 133, &[22, 3, 3, 0, 4, 8, 0, 0, 0], &mut out);
        d.feed(Dir::Client, 188, &[20, 3, 3, 0, 1, 1], &mut out);
        d.feed(Dir::Client, 194, &[22, 3, 3, 0, 4, 20, 0, 0, 0], &mut out);
        assert_eq!(summary(&out[3].layer), "Encrypted Handshake Message");
        assert_eq!(summary(&out[5].layer), "Encrypted Handshake Message");
    }

    #[test]
    fn server_key_exchange_signature_algorithm() {
        let run = |body: Vec<u8>| {
            let mut l = Layer::new(Osi::Application, "tls", 0..0);
            server_key_exchange(&body, &mut l);
            l.get_uint(f::tls::HANDSHAKE_SIG_HASH_ALG)
        };
        // ECDHE (pcapplusplus/tls.pcap frame 15 shape): curve_type 3,
        // secp256r1, 65-byte point, ecdsa_secp256r1_sha256, 71-byte signature.
        let mut ec = vec![3, 0, 23, 65];
        ec.extend([4; 65]);
        ec.extend([4, 3, 0, 71]);
        ec.extend([0x30; 71]);
        assert_eq!(run(ec.clone()), Some(0x0403));
        // The same in TLS 1.0 (signature<2> only): no algorithm.
        let mut ec10 = ec[..69].to_vec();
        ec10.extend([0, 71]);
        ec10.extend([0x30; 71]);
        assert_eq!(run(ec10), None);
        // DHE: p, g, Ys, then rsa_pkcs1_sha512 and a 256-byte signature.
        let mut dh = vec![0, 4, 1, 2, 3, 4, 0, 1, 2, 0, 4, 5, 6, 7, 8];
        dh.extend([6, 1, 1, 0]);
        dh.extend([9; 256]);
        assert_eq!(run(dh), Some(0x0601));
        // Truncated: nothing, no panic.
        assert_eq!(run(ec[..80].to_vec()), None);
        assert_eq!(run(Vec::new()), None);
    }

    #[test]
    fn hello_retry_request_keeps_the_second_client_hello_clear() {
        let mut sh = unhex(SERVER_HELLO_13);
        sh.truncate(127);
        sh[11..43].copy_from_slice(&HRR_RANDOM);
        let mut d = TlsDecoder::new();
        let mut out = Vec::new();
        d.feed(Dir::Server, 0, &sh, &mut out);
        assert_eq!(
            out[0].layer.get(f::tls::OSIDUMP_HELLO_RETRY_REQUEST),
            Some(&Value::Bool(true))
        );
        assert_eq!(session_phase(&out[0].layer), Some("HelloRetryRequest"));
        // tshark's Info column says "Hello Retry Request".
        assert_eq!(summary(&out[0].layer), "Hello Retry Request");
        // The client's compatibility CCS, then its second ClientHello.
        d.feed(Dir::Client, 0, &[20, 3, 3, 0, 1, 1], &mut out);
        d.feed(Dir::Client, 6, &unhex(CLIENT_HELLO), &mut out);
        assert_eq!(
            out[2].layer.get_str(f::tls::HANDSHAKE_JA3),
            Some("07b4162d4db57554961824a21c4a0fde")
        );
    }

    #[test]
    fn sslv2_hello() {
        // zeek/tls/ssl-v2.pcap frame 4 (tshark: SSLv2 Client Hello, record
        // length 46, version 0x0002), cut to its header and first specs.
        let mut b = vec![
            0x80, 0x2e, 0x01, 0x00, 0x02, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10,
        ];
        b.extend([0u8; 46 - 9]);
        let out = run(&[&b], Dir::Client);
        assert_eq!(out.len(), 1);
        let l = &out[0].layer;
        assert_eq!(l.get_uint(f::tls::RECORD_LENGTH), Some(46));
        assert_eq!(l.get_uint(f::tls::HANDSHAKE_VERSION), Some(2));
        assert_eq!(summary(l), "SSLv2 Client Hello");
        assert_eq!(session_phase(l), Some("ClientHello"));
    }

    // ------------------------------------------------------------ corpus

    fn corpus() -> Option<PathBuf> {
        std::env::var_os("OSIDUMP_CORPUS").map(PathBuf::from)
    }

    /// One decoded record: (frame number, connection index, direction, layer).
    type Rec = (u64, usize, Dir, Layer<'static>);

    #[derive(Default)]
    struct DirSeq {
        next: Option<u32>,
        off: u64,
        pending: BTreeMap<u32, Vec<u8>>,
    }

    /// A minimal capture walk: Ethernet or Linux cooked, IPv4 or IPv6, TCP;
    /// one TlsDecoder per connection, out-of-order segments held back,
    /// retransmissions dropped, holes reported as gaps at the end of a flow.
    fn decode_capture(path: &std::path::Path) -> Vec<Rec> {
        decode_capture_chunked(path, usize::MAX)
    }

    /// As [`decode_capture`], feeding each segment's bytes in pieces of at
    /// most `chunk` bytes.
    fn decode_capture_chunked(path: &std::path::Path, chunk: usize) -> Vec<Rec> {
        let mut src = FileSource::open(path).unwrap();
        let mut conns: HashMap<([u8; 16], u16, [u8; 16], u16), usize> = HashMap::new();
        let mut state: Vec<(TlsDecoder, [DirSeq; 2])> = Vec::new();
        let mut recs = Vec::new();
        while let Some(f) = src.next_frame().unwrap() {
            let d = f.data;
            let (etype, l3) = match f.linktype {
                1 if d.len() >= 14 => (be16(d, 12), 14),
                113 if d.len() >= 16 => (be16(d, 14), 16),
                276 if d.len() >= 20 => (be16(d, 0), 20),
                _ => continue,
            };
            let ip = &d[l3..];
            let (src_a, dst_a, proto, l4, end) = match etype {
                0x0800 if ip.len() >= 20 => {
                    let ihl = usize::from(ip[0] & 15) * 4;
                    let mut s = [0; 16];
                    let mut t = [0; 16];
                    s[..4].copy_from_slice(&ip[12..16]);
                    t[..4].copy_from_slice(&ip[16..20]);
                    (s, t, ip[9], ihl, usize::from(be16(ip, 2)).min(ip.len()))
                }
                0x86dd if ip.len() >= 40 => {
                    let s: [u8; 16] = ip[8..24].try_into().unwrap();
                    let t: [u8; 16] = ip[24..40].try_into().unwrap();
                    (
                        s,
                        t,
                        ip[6],
                        40,
                        (40 + usize::from(be16(ip, 4))).min(ip.len()),
                    )
                }
                _ => continue,
            };
            if proto != 6 || end < l4 + 20 {
                continue;
            }
            let tcp = &ip[l4..end];
            let (sport, dport) = (be16(tcp, 0), be16(tcp, 2));
            let seq = u32::from_be_bytes(tcp[4..8].try_into().unwrap());
            let flags = tcp[13];
            let payload = &tcp[(usize::from(tcp[12] >> 4) * 4).min(tcp.len())..];
            let fwd = (src_a, sport, dst_a, dport);
            let rev = (dst_a, dport, src_a, sport);
            let (ci, dir) = if let Some(&i) = conns.get(&fwd) {
                (i, Dir::Client)
            } else if let Some(&i) = conns.get(&rev) {
                (i, Dir::Server)
            } else {
                // A SYN+ACK's sender is the server.
                let key = if flags & 0x12 == 0x12 { rev } else { fwd };
                conns.insert(key, state.len());
                state.push((TlsDecoder::new(), Default::default()));
                (
                    state.len() - 1,
                    if key == fwd { Dir::Client } else { Dir::Server },
                )
            };
            let (dec, seqs) = &mut state[ci];
            let s = &mut seqs[dir.index()];
            if flags & 0x02 != 0 {
                s.next = Some(seq.wrapping_add(1));
                continue;
            }
            if payload.is_empty() {
                continue;
            }
            let next = *s.next.get_or_insert(seq);
            s.pending
                .entry(seq.wrapping_sub(next))
                .or_insert_with(|| payload.to_vec());
            let mut out = Vec::new();
            // Feed whatever is now contiguous.
            loop {
                let next = s.next.unwrap();
                let Some((&rel, _)) = s.pending.iter().next() else {
                    break;
                };
                if rel > u32::MAX / 2 {
                    // Starts before `next`: keep only the new tail.
                    let data = s.pending.remove(&rel).unwrap();
                    let behind = rel.wrapping_neg() as usize;
                    if behind < data.len() {
                        s.pending.insert(0, data[behind..].to_vec());
                    }
                    continue;
                }
                if rel != 0 {
                    break;
                }
                let data = s.pending.remove(&0).unwrap();
                for piece in data.chunks(chunk.min(data.len()).max(1)) {
                    dec.feed(dir, s.off, piece, &mut out);
                    s.off += piece.len() as u64;
                }
                let n = next.wrapping_add(data.len() as u32);
                s.next = Some(n);
                s.pending = std::mem::take(&mut s.pending)
                    .into_iter()
                    .map(|(k, v)| (k.wrapping_sub(data.len() as u32), v))
                    .collect();
            }
            for m in out {
                recs.push((f.number, ci, dir, m.layer));
            }
        }
        recs
    }

    fn all(recs: &[Rec], name: &'static crate::dissect::field::FieldDef) -> Vec<String> {
        recs.iter()
            .flat_map(|r| strs(&r.3, name).into_iter().map(str::to_string))
            .collect()
    }

    #[test]
    fn corpus_fingerprints_match_tshark() {
        let Some(dir) = corpus() else { return };
        // (file, ja3 in order, ja3s in order, SNI in order), from tshark 4.0.17:
        // tshark -r F -Y tls.handshake.type==1 -T fields -e tls.handshake.ja3
        // tshark -r F -Y tls.handshake.type==2 -T fields -e tls.handshake.ja3s
        // tshark -r F -Y tls.handshake.type==1 -T fields -e tls.handshake.extensions_server_name
        let cases: &[(&str, &str, &str, &str)] = &[
            ("pcapplusplus/SSL-AlertEnc.pcap", "", "", ""),
            (
                "pcapplusplus/SSL-ClientHello1.pcap",
                "07b4162d4db57554961824a21c4a0fde",
                "",
                "www.google.com",
            ),
            (
                "pcapplusplus/SSL-MultipleRecords1.pcap",
                "",
                "554786d4c84f8a7953b7e453c6371067",
                "",
            ),
            (
                "pcapplusplus/SSL-MultipleRecords3.pcap",
                "",
                "bf9a3b00719e94f792bc75dd62c89b9c",
                "",
            ),
            ("pcapplusplus/SSL-NewSessionTicket.pcap", "", "", ""),
            (
                "pcapplusplus/SSL-PartialCertificate1.pcap",
                "",
                "ab1e32eeaf70ee94c0af00f08d126891",
                "",
            ),
            (
                "pcapplusplus/tls.pcap",
                "2aef69b4ba1938c3a400de4188743185 8fbbd0f3c1f089979b04b8f8f1b21d41 a75de44db3e351bbd8d38b64c41f444e",
                "6b96cf9c27b0223177b0e9f135fe4899 2d1eb5817ece335c24904f516ad5da12 eb1d94daa7e0344597e756a1fb6e7054",
                "bawmashbij ssl.gstatic.com www.gstatic.com",
            ),
            (
                "pcapplusplus/tls1_3.pcap",
                "a66e498c488aa0523759691248cdfb01 aa7744226c695c0b2e440419848cf700",
                "15af977ce25de452b96affa2addb1036 eb1d94daa7e0344597e756a1fb6e7054",
                "dogfish www.google.com",
            ),
            (
                "pcapplusplus/tls_grease.pcap",
                "b32309a26951912be7dba376398abc3b",
                "",
                "secure.adnxs.com",
            ),
            (
                "pcapplusplus/tls_server_hello.pcap",
                "",
                "eca9b8f0f3eae50309eaf901cb822d9b",
                "",
            ),
            (
                "pcapplusplus/tls_zero_size_ext.pcap",
                "36d715579d31b7f031149c4560b5914f",
                "",
                "nv-homescout-intg.nvhomescout-transfer.com",
            ),
            (
                "zeek/tls/CVE-2015-3194.pcap",
                "c369db2c355ad05c76f5660af3179b01",
                "f6e234011390444c303f74d09d87322d",
                "",
            ),
            (
                "zeek/tls/chrome-1250-tls-x25519-kyber.pcap",
                "9d33d8206d4fec4c8b1423c728f4cd3c",
                "eb1d94daa7e0344597e756a1fb6e7054",
                "lh3.google.com",
            ),
            (
                "zeek/tls/client-certificate.pcap",
                "579ccef312d18482fc42e2b822ca2430",
                "d154fcfa5bb4f0748e1dd1992c681104",
                "certauth.idrix.fr",
            ),
            (
                "zeek/tls/heartbleed.pcap",
                "0fbff214b79f536d55d3d39fb31f4d8d",
                "a95ca7eab4d47d051a5cd4fb7b6005dc",
                "",
            ),
            // HelloRetryRequest, then the real ServerHello, which tshark only
            // finds with -o tcp.reassemble_out_of_order:TRUE (frame 11).
            (
                "zeek/tls/hrr.pcap",
                "0f14b679807628ec7f9c02cada3ee941 0f14b679807628ec7f9c02cada3ee941",
                "15af977ce25de452b96affa2addb1036 907bf3ecef1c987c889946b737b43de8",
                "",
            ),
            (
                "zeek/tls/openjdk-25.0.2-zeek.org.pcap",
                "bddb16608b241c89053080cf80771423",
                "15af977ce25de452b96affa2addb1036",
                "zeek.org",
            ),
            ("zeek/tls/ssl-v2.pcap", "", "", ""),
            (
                "zeek/tls/tls-1.2-handshake-failure.pcap",
                "62bd27c43a9a4d7fcbc45d8c9e7e04dd",
                "",
                "",
            ),
            (
                "zeek/tls/tls-conn-with-extensions.pcap",
                "62351d5ea3cd4f21f697965b10a9bbbe",
                "e07f21892995126f4b539c02215c8456",
                "ssl.gstatic.com",
            ),
            (
                "zeek/tls/tls-early-alert.pcap",
                "07b4162d4db57554961824a21c4a0fde",
                "389ed42c02ebecc32e73aa31def07e14",
                "jeffbryner.com",
            ),
            (
                "zeek/tls/tls1.2.pcap",
                "bd9c99b3a0f752c3ab8b052a79e9de3e",
                "c253ec3ad88e42f8da4032682892f9a0",
                "",
            ),
            (
                "zeek/tls/tls13-ech.pcap",
                "2fcbf8655473005933c5869b2b5d8044 fa58f5ffd45a2d590a1677134966dc64",
                "f4febc55ea12b31ae17cfb7e614afda8 f4febc55ea12b31ae17cfb7e614afda8",
                "cloudflare-ech.com cloudflare-ech.com",
            ),
            (
                "zeek/tls/tls1_1.pcap",
                "5eb6e1fe80f696450a62a48bb3d6a965",
                "b5237e0430ad71aac52aa90b6627cb5f",
                "",
            ),
        ];
        for (file, ja3, ja3s, sni) in cases {
            let recs = decode_capture(&dir.join(file));
            let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
            assert_eq!(all(&recs, f::tls::HANDSHAKE_JA3), words(ja3), "{file}");
            assert_eq!(all(&recs, f::tls::HANDSHAKE_JA3S), words(ja3s), "{file}");
            assert_eq!(
                all(&recs, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME),
                words(sni),
                "{file}"
            );
            for (frame, _, _, l) in &recs {
                if *file == "zeek/tls/heartbleed.pcap" && *frame == 19 {
                    // The attack itself; tshark: "Invalid payload heartbeat length".
                    assert_eq!(
                        l.anomalies[0].reason,
                        "heartbeat payload length 16365 exceeds the 16349 bytes \
                         the record leaves for it"
                    );
                    continue;
                }
                assert!(
                    l.anomalies.is_empty(),
                    "{file} frame {frame}: {:?}",
                    l.anomalies
                );
            }
        }
    }

    #[test]
    fn corpus_details_match_tshark() {
        let Some(dir) = corpus() else { return };
        // tshark -r pcapplusplus/tls.pcap -Y tls.handshake.type==11 -T fields
        //   -e x509sat.uTF8String -e x509sat.printableString -e x509af.utcTime
        // frame 15: *.google.com issued by Google Internet Authority G2,
        // valid 2014-12-10 11:33:37 (UTC) .. 2015-03-10 00:00:00 (UTC).
        let recs = decode_capture(&dir.join("pcapplusplus/tls.pcap"));
        let cert = recs
            .iter()
            .find(|r| r.0 == 15 && r.3.get_uint(f::tls::HANDSHAKE_TYPE) == Some(11))
            .map(|r| &r.3)
            .unwrap();
        assert_eq!(
            cert.get_str(f::tls::OSIDUMP_CERT_SUBJECT_CN),
            Some("*.google.com")
        );
        assert_eq!(
            cert.get_str(f::tls::OSIDUMP_CERT_ISSUER_CN),
            Some("Google Internet Authority G2")
        );
        assert_eq!(
            cert.get(f::tls::OSIDUMP_CERT_NOT_BEFORE),
            Some(&Value::Time(Timestamp::new(1_418_211_217, 0)))
        );
        assert_eq!(
            cert.get(f::tls::OSIDUMP_CERT_NOT_AFTER),
            Some(&Value::Time(Timestamp::new(1_425_945_600, 0)))
        );
        assert_eq!(uints(cert, f::tls::HANDSHAKE_CERTIFICATE_LENGTH).len(), 3);
        // tshark's Info column for the TLS 1.3 connection (frames 29-40):
        // Client Hello; Server Hello, Change Cipher Spec; Application Data...
        let c2: Vec<String> = recs
            .iter()
            .filter(|r| r.0 >= 29)
            .map(|r| summary(&r.3))
            .collect();
        assert_eq!(
            c2[..4],
            [
                "Client Hello SNI=www.gstatic.com ALPN=h2,http/1.1",
                "Server Hello TLS 1.3 TLS_AES_128_GCM_SHA256",
                "Change Cipher Spec",
                "Application Data 2545 bytes",
            ]
        );
        // Chrome 125's JA4, from the FoxIO spec applied to tshark's fields.
        let recs = decode_capture(&dir.join("zeek/tls/chrome-1250-tls-x25519-kyber.pcap"));
        assert_eq!(
            recs[0].3.get_str(f::tls::HANDSHAKE_JA4),
            Some("t13d1516h2_8daaf6152771_02713d6af862")
        );
        // tshark: frame 6 "Alert (Level: Warning, Description: Unrecognized
        // Name), Server Hello"; frame 10: www.jeffbryner.com by Go Daddy.
        let recs = decode_capture(&dir.join("zeek/tls/tls-early-alert.pcap"));
        let s: Vec<String> = recs.iter().map(|r| summary(&r.3)).collect();
        assert_eq!(s[1], "Alert warning unrecognized_name");
        let cert = recs
            .iter()
            .find(|r| r.3.get_uint(f::tls::HANDSHAKE_TYPE) == Some(11))
            .map(|r| &r.3)
            .unwrap();
        assert_eq!(
            strs(cert, f::tls::OSIDUMP_CERT_SUBJECT_CN)[0],
            "www.jeffbryner.com"
        );
        assert_eq!(
            strs(cert, f::tls::OSIDUMP_CERT_ISSUER_CN)[0],
            "Go Daddy Secure Certification Authority"
        );
        // tshark 4.0 ja4 is missing; the others are checked against the
        // FoxIO algorithm run over tshark's fields.
        let recs = decode_capture(&dir.join("pcapplusplus/tls_grease.pcap"));
        assert_eq!(
            recs[0].3.get_str(f::tls::HANDSHAKE_JA4),
            Some("t13d1515h2_8daaf6152771_de4a06bb82e3")
        );
    }

    #[test]
    fn corpus_rechunked_gives_the_same_layers() {
        let Some(dir) = corpus() else { return };
        // Every capture fed whole per segment, and again in pieces of 1, 7
        // and 536 bytes: hellos, certificates and records spanning pieces
        // must give the same layers at the same stream offsets.
        for file in [
            "pcapplusplus/tls.pcap",
            "pcapplusplus/SSL-MultipleRecords3.pcap",
            "pcapplusplus/tls_grease.pcap",
            "zeek/tls/chrome-1250-tls-x25519-kyber.pcap",
            "zeek/tls/hrr.pcap",
            "zeek/tls/ssl-v2.pcap",
            "zeek/tls/tls-early-alert.pcap",
        ] {
            let whole = decode_capture(&dir.join(file));
            for chunk in [1, 7, 536] {
                let parts = decode_capture_chunked(&dir.join(file), chunk);
                assert_eq!(parts.len(), whole.len(), "{file} in {chunk}-byte pieces");
                for (p, w) in parts.iter().zip(&whole) {
                    assert_eq!(p.3, w.3, "{file} in {chunk}-byte pieces");
                }
            }
        }
    }
}
