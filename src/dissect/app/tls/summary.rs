//! Names for TLS numbers (from the field registry), the one-line summary of
//! a TLS layer, and the L5 step a record marks.

use super::*;
use std::fmt::Write as _;

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

pub(super) fn is_tls13(v: u16) -> bool {
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
    if layer.fields.is_empty() {
        // The segment where a record spanning segments starts: its
        // fields are shown where the record completes.
        return super::RECORD_STARTS.to_string();
    }
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
    match ctype {
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
        Some(23) => {
            let mut s = format!(
                "Application Data {} bytes",
                layer.get_uint(f::tls::OSIDUMP_APP_DATA_LEN).unwrap_or(len)
            );
            if layer.get(f::tls::OSIDUMP_ENCRYPTED_HANDSHAKE).is_some() {
                s.push_str(" (encrypted handshake)");
            }
            s
        }
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
            } else if layer.has(f::tls::OSIDUMP_IGNORED_LEN) {
                skipped_name(layer).to_string()
            } else if !parts.is_empty() {
                // Handshake messages without a record: QUIC's CRYPTO data.
                parts.join(", ")
            } else {
                "Ignored Unknown Record".to_string()
            }
        }
    }
}

/// The TLS handshake step a `tls` layer marks, for the session (L5) view:
/// "ClientHello", "ServerHello", "HelloRetryRequest", "Certificate",
/// "ServerKeyExchange", "ServerHelloDone", "ClientKeyExchange",
/// "ChangeCipherSpec", "Finished" (an encrypted handshake record),
/// "encrypted handshake" (TLS 1.3's protected handshake records),
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
        Some(23) if layer.get(f::tls::OSIDUMP_ENCRYPTED_HANDSHAKE).is_some() => {
            Some("encrypted handshake")
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

// ---------------------------------------------------------------- columns

/// tshark's Protocol column for a `tls` layer: the short name of the
/// version it is shown under (`osidump.tls.version`), "SSL" when unknown.
pub fn column(layer: &Layer<'_>) -> &'static str {
    match layer.get_uint(f::tls::OSIDUMP_VERSION) {
        Some(0x0002) => "SSLv2",
        Some(0x0300) => "SSLv3",
        Some(0x0301) => "TLSv1",
        Some(0x0302) => "TLSv1.1",
        Some(0x0303) => "TLSv1.2",
        Some(0x0304) => "TLSv1.3",
        _ => "SSL",
    }
}

/// What tshark calls bytes read where a record should start that are none
/// (`osidump.tls.ignored_len`): TLS 1.0-1.2 ignore a record of unknown
/// type, tshark's other branches (TLS 1.3, SSL 3.0, a version not known
/// yet) lump them into continuation data.
fn skipped_name(layer: &Layer<'_>) -> &'static str {
    match layer.get_uint(f::tls::OSIDUMP_VERSION) {
        Some(0x0301..=0x0303) => "Ignored Unknown Record",
        _ => "Continuation Data",
    }
}

/// tshark's Info text for one record: the message names only (the tree's
/// summary adds SNI, ALPN, sizes, the chosen version and cipher).
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(layer) = layers.get(i) else {
        return;
    };
    let encrypted = matches!(
        layer.get(f::tls::OSIDUMP_ENCRYPTED),
        Some(Value::Bool(true))
    );
    if layer.get(f::tls::OSIDUMP_SSLV2).is_some() {
        out.push_str(if encrypted {
            "Encrypted Data"
        } else {
            match layer.get_uint(f::tls::HANDSHAKE_TYPE) {
                Some(1) => "Client Hello",
                Some(2) => "Client Master Key",
                Some(4) => "Server Hello",
                _ => "Handshake",
            }
        });
        return;
    }
    if layer.has(f::tls::OSIDUMP_IGNORED_LEN) {
        out.push_str(skipped_name(layer));
        return;
    }
    // An item with no record (a carrier's buffer that cut its first
    // record, see `TlsDecoder::carried`): TLS cleared the column and wrote
    // nothing.
    if !layer.fields.is_empty()
        && layer
            .fields
            .iter()
            .all(|fl| std::ptr::eq(fl.def, f::tls::OSIDUMP_VERSION))
    {
        return;
    }
    let name = |def: &'static crate::dissect::field::FieldDef| {
        layer
            .get_uint(def)
            .and_then(|v| def.value_name(v))
            .unwrap_or("Unknown")
    };
    match layer
        .get_uint(f::tls::RECORD_CONTENT_TYPE)
        .or_else(|| layer.get_uint(f::tls::RECORD_OPAQUE_TYPE))
    {
        Some(20) => out.push_str("Change Cipher Spec"),
        Some(21) if encrypted => out.push_str("Encrypted Alert"),
        Some(21) => {
            let _ = write!(
                out,
                "Alert (Level: {}, Description: {})",
                name(f::tls::ALERT_MESSAGE_LEVEL),
                name(f::tls::ALERT_MESSAGE_DESC)
            );
        }
        Some(22) if encrypted => out.push_str("Encrypted Handshake Message"),
        Some(22) => {
            let hrr = layer.has(f::tls::OSIDUMP_HELLO_RETRY_REQUEST);
            let mut first = true;
            for t in layer.all(f::tls::HANDSHAKE_TYPE) {
                let Value::UInt(t) = t else { continue };
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match (*t, hrr) {
                    (2, true) => out.push_str("Hello Retry Request"),
                    (t, _) => match handshake_type_name(t as u8) {
                        Some(n) => out.push_str(n),
                        None => out.push_str("Encrypted Handshake Message"),
                    },
                }
            }
            if first {
                out.push_str(&summary(layer));
            }
        }
        // desegment_ssl set the column for a record whose data an inner
        // dissector is still reassembling.
        Some(23) if layer.has(f::tls::OSIDUMP_PDU_SEGMENT) => {
            out.push_str("[TLS segment of a reassembled PDU]")
        }
        Some(23) => out.push_str("Application Data"),
        Some(24) if encrypted => out.push_str("Encrypted Heartbeat"),
        Some(24) => {
            let _ = write!(out, "Heartbeat {}", name(f::tls::HEARTBEAT_MESSAGE_TYPE));
        }
        _ => out.push_str(&summary(layer)),
    }
}
