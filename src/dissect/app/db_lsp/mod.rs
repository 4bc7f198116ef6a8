//! Dropbox LAN sync Discovery (`db-lsp-disc`, UDP port 17500) as tshark
//! 4.0's packet-db-lsp.c shows it: the datagram is a broadcast text, a
//! JSON object in practice. tshark hands it to its JSON dissector when
//! `json_validate` (wsutil's jsmn parser, strict mode, at most 1024
//! tokens) accepts the captured bytes; otherwise it shows them as the
//! string `db-lsp.text` (ASCII, up to a NUL).
//!
//! The JSON items are osidump's JSON decoder's ([`super::json`]), added to
//! this layer as tshark's JSON dissector adds them under db-lsp-disc's
//! tree; what its grammar leaves goes to the line-based text dissector
//! (`json:data-text-lines` in `frame.protocols`), as in tshark.
//!
//! Not decoded: the Dropbox LAN sync protocol over TCP 17500 (`db-lsp`,
//! a TLS-like record header; tshark's binding is not followed, the
//! stream stays data).
//!
//! The promise: no input makes this module panic.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};

/// The discovery broadcasts' port.
pub const PORT: u16 = 17500;

const NAME: &str = "Dropbox LAN sync Discovery Protocol";

/// json_validate's token array: a text needing more tokens is refused.
const JSMN_TOKENS: usize = 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object,
    Array,
    String,
    Primitive,
}

/// One jsmn token: what it is, whether it is still open (objects and
/// arrays), how many children it has.
#[derive(Clone, Copy)]
struct Token {
    kind: Kind,
    open: bool,
    size: u32,
}

/// Whether wsutil's `json_validate` accepts `b`: jsmn (the version
/// Wireshark 4.0 carries, built with JSMN_STRICT, no parent links) run
/// over at most 1024 tokens. jsmn checks little: brackets must match,
/// escapes in strings must be known, a primitive must start as a number
/// or a literal does and must be followed by a delimiter, and a value
/// may not stand where an object expects a key. Parsing stops at a NUL.
pub(crate) fn json_valid(b: &[u8]) -> bool {
    if b.first().is_none_or(|&c| c == 0) {
        return false;
    }
    let mut toks: Vec<Token> = Vec::new();
    // jsmn's `toksuper`: the token new values are children of.
    let mut sup: Option<usize> = None;
    let mut pos = 0;
    let alloc = |toks: &mut Vec<Token>, kind| -> bool {
        if toks.len() >= JSMN_TOKENS {
            return false;
        }
        toks.push(Token {
            kind,
            open: matches!(kind, Kind::Object | Kind::Array),
            size: 0,
        });
        true
    };
    while let Some(&c) = b.get(pos) {
        if c == 0 {
            break;
        }
        match c {
            b'{' | b'[' => {
                let kind = if c == b'{' { Kind::Object } else { Kind::Array };
                if !alloc(&mut toks, kind) {
                    return false;
                }
                if let Some(s) = sup {
                    toks[s].size += 1;
                }
                sup = Some(toks.len() - 1);
            }
            b'}' | b']' => {
                let kind = if c == b'}' { Kind::Object } else { Kind::Array };
                if toks.is_empty() {
                    return false;
                }
                let Some(i) = toks.iter().rposition(|t| t.open) else {
                    return false;
                };
                if toks[i].kind != kind {
                    return false;
                }
                toks[i].open = false;
                sup = toks[..i].iter().rposition(|t| t.open);
            }
            b'"' => {
                let Some(end) = string_end(b, pos) else {
                    return false;
                };
                pos = end;
                if !alloc(&mut toks, Kind::String) {
                    return false;
                }
                if let Some(s) = sup {
                    toks[s].size += 1;
                }
            }
            b'\t' | b'\r' | b'\n' | b' ' => {}
            b':' => sup = toks.len().checked_sub(1),
            b',' => {
                if let Some(s) = sup
                    && !matches!(toks[s].kind, Kind::Array | Kind::Object)
                {
                    // The innermost open object or array (jsmn looks
                    // for an open one among objects and arrays only).
                    if let Some(i) = toks
                        .iter()
                        .rposition(|t| matches!(t.kind, Kind::Array | Kind::Object) && t.open)
                    {
                        sup = Some(i);
                    }
                }
            }
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
                if let Some(s) = sup {
                    let t = toks[s];
                    if t.kind == Kind::Object || (t.kind == Kind::String && t.size != 0) {
                        return false;
                    }
                }
                let Some(end) = primitive_end(b, pos) else {
                    return false;
                };
                pos = end;
                if !alloc(&mut toks, Kind::Primitive) {
                    return false;
                }
                if let Some(s) = sup {
                    toks[s].size += 1;
                }
            }
            _ => return false,
        }
        pos += 1;
    }
    !toks.iter().any(|t| t.open)
}

/// jsmn_parse_string: the closing quote of the string opening at `at`.
fn string_end(b: &[u8], at: usize) -> Option<usize> {
    let mut pos = at + 1;
    while let Some(&c) = b.get(pos) {
        match c {
            0 => return None,
            b'"' => return Some(pos),
            b'\\' if pos + 1 < b.len() => {
                pos += 1;
                match b[pos] {
                    b'"' | b'/' | b'\\' | b'b' | b'f' | b'r' | b'n' | b't' => {}
                    b'u' => {
                        pos += 1;
                        let mut i = 0;
                        while i < 4 && b.get(pos).is_some_and(|&h| h != 0) {
                            if !b[pos].is_ascii_hexdigit() {
                                return None;
                            }
                            pos += 1;
                            i += 1;
                        }
                        pos -= 1;
                    }
                    _ => return None,
                }
            }
            _ => {}
        }
        pos += 1;
    }
    None
}

/// jsmn_parse_primitive in strict mode: the last byte of the primitive
/// starting at `at`, which a delimiter must follow.
fn primitive_end(b: &[u8], at: usize) -> Option<usize> {
    let mut pos = at;
    while let Some(&c) = b.get(pos) {
        match c {
            0 => return None,
            b'\t' | b'\r' | b'\n' | b' ' | b',' | b']' | b'}' => return Some(pos - 1),
            c if !(32..127).contains(&c) => return None,
            _ => {}
        }
        pos += 1;
    }
    None
}

fn dissect<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let b = d.payload;
    let mut l = Layer::new(Osi::Application, "db-lsp-disc", d.at..d.at + b.len());
    let mut info = String::from(NAME);
    if json_valid(b) {
        let end = super::json::dissect(&mut l, b);
        let protocols = if end == b.len() {
            "json"
        } else {
            "json:data-text-lines"
        };
        l.str(f::db_lsp::OSIDUMP_BODY_PROTOCOL, protocols);
        info.push_str(", JavaScript Object Notation");
    } else {
        crate::dissect::expert::ascii_string(&mut l, f::db_lsp::TEXT, b);
    }
    l.str(f::db_lsp::OSIDUMP_INFO, info);
    l
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(dissect))
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::db_lsp::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str(l.get_str(f::db_lsp::OSIDUMP_INFO).unwrap_or(NAME));
}

fn column(l: &Layer<'_>) -> &'static str {
    if l.has(f::db_lsp::OSIDUMP_BODY_PROTOCOL) {
        "DB-LSP-DISC/JSON"
    } else {
        "DB-LSP-DISC"
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "db-lsp-disc",
    also: &[],
    title: NAME,
    osi: Osi::Application,
    fields: f::db_lsp::ALL,
    summary,
    info: Some(info),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["db-lsp-disc"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
