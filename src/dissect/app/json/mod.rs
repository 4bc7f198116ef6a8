//! JSON, as tshark 4.0's packet-json.c reads a body HTTP, HTTP/2 or a
//! multipart part hands it (media types `application/json` and the like).
//!
//! packet-json.c parses with tvbparse: a JSON text is an object or an
//! array, blanks (space, tab, CR, LF) may stand between any two tokens,
//! and tshark's grammar has its own reach: `NaN` is a value, a number may
//! hold blanks (`- 5`, `1 .5`), a string any byte but an unescaped quote
//! or backslash. Texts follow one another from the start of the body; the
//! first that does not parse whole stops the parser, and what is left goes
//! to the text lines dissector. Only a whole text gets items (tvbparse runs
//! its callbacks once a match is complete), in the order the callbacks add
//! them: `json.object`, `json.array`; `json.member` (its key), then its
//! value's items, then `json.key` and `json.path`; for a string, number,
//! literal or `NaN` value `json.path_with_value`, `json.member_with_value`
//! and `json.value.*`.
//!
//! The items go to the layer of the protocol that carried the body (as the
//! `media` dissector's do), `json.*` by name, so filters, `-T fields` and
//! `-T ek` find them where tshark has them.

pub mod fields;
#[cfg(test)]
mod tests;

use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::{Anomaly, AnomalyKind, Layer, Value};
use std::borrow::Cow;

/// Items one body adds at most, and bytes of their text: a body of a few
/// megabytes of `[1,1,1...]` (or of nested arrays, whose paths grow with
/// the depth) would otherwise make millions of items. Real bodies of that
/// size are seldom (an npm registry document of 1.5 MB gives about 290,000
/// items); past either cap the rest is left out and the layer says so. At
/// most about 50 MB for a frame (the items' values with their text).
const ITEMS_MAX: usize = 1 << 19;
const TEXT_MAX: usize = 24 << 20;

/// The items no summary, column or view reads: built only when the run
/// shows every field or names one ([`crate::dissect::detail_fields_read`]);
/// the protocols a body lists need only [`extent`]. HTTP/1 leaves them out
/// otherwise (a registry document's body makes hundreds of thousands).
pub(crate) static DETAIL: &[&FieldDef] = fields::json::ALL;

/// Where tshark's parser stops in `b`: past the last whole JSON text read
/// from the start (with the blanks after it). What follows goes to the
/// text lines dissector.
pub(crate) fn extent(b: &[u8]) -> usize {
    let mut at = 0;
    loop {
        match walk(b, skip_blanks(b, at), &mut Check) {
            Some(end) => at = skip_blanks(b, end),
            None => return at,
        }
    }
}

/// Adds the items of the JSON texts at the start of `b` to `l`; returns
/// where the parser stopped ([`extent`]).
pub(crate) fn dissect(l: &mut Layer<'_>, b: &[u8]) -> usize {
    let mut items = Items::new(l);
    let mut at = 0;
    loop {
        let start = skip_blanks(b, at);
        // Checked whole first: tvbparse adds nothing of a text that fails.
        let Some(end) = walk(b, start, &mut Check) else {
            break;
        };
        walk(b, start, &mut items);
        at = skip_blanks(b, end);
    }
    if items.left_out > 0 {
        items.l.anomalies.push(Anomaly {
            kind: AnomalyKind::Evicted,
            reason: format!(
                "{} JSON items left out: a body gets at most {ITEMS_MAX} items and {TEXT_MAX} \
                 bytes of their text",
                items.left_out
            ),
        });
    }
    at
}

/// What the parser met, in tvbparse's callback order.
trait Sink {
    fn object(&mut self) {}
    fn array_start(&mut self) {}
    fn array_end(&mut self) {}
    /// A member starts; `key` is its raw text between the quotes.
    fn member_start(&mut self, _key: &[u8]) {}
    fn member_end(&mut self) {}
    /// A value that is no object or array: `text` is a string's raw text
    /// between the quotes, else the token as written.
    fn scalar(&mut self, _kind: Scalar, _text: &[u8]) {}
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Scalar {
    String,
    Number,
    False,
    Null,
    True,
    NaN,
}

/// Only whether a text parses, and where it ends.
struct Check;
impl Sink for Check {}

/// What the walk holds open.
enum Open {
    Object,
    Array,
    /// A member whose value is being read.
    Member,
}

/// Reads one JSON text (an object or an array) at `p`, telling `sink`
/// what it meets; returns the offset past its last token, or `None` when
/// it does not parse. Iterative, so any depth is read without recursion.
fn walk(b: &[u8], mut p: usize, sink: &mut impl Sink) -> Option<usize> {
    if !matches!(b.get(p), Some(b'{' | b'[')) {
        return None;
    }
    let mut open: Vec<Open> = Vec::new();
    'value: loop {
        // A value at `p` (blanks skipped).
        match *b.get(p)? {
            b'{' => {
                sink.object();
                p = skip_blanks(b, p + 1);
                if b.get(p) == Some(&b'}') {
                    p += 1;
                } else {
                    open.push(Open::Object);
                    p = member_start(b, p, sink)?;
                    open.push(Open::Member);
                    continue 'value;
                }
            }
            b'[' => {
                sink.array_start();
                p = skip_blanks(b, p + 1);
                if b.get(p) == Some(&b']') {
                    p += 1;
                    sink.array_end();
                } else {
                    open.push(Open::Array);
                    continue 'value;
                }
            }
            _ => {
                let (kind, text, end) = scalar(b, p)?;
                sink.scalar(kind, text);
                p = end;
            }
        }
        // A value ended at `p`: what holds it goes on or closes.
        loop {
            match open.last() {
                None => return Some(p),
                Some(Open::Member) => {
                    open.pop();
                    sink.member_end();
                    p = skip_blanks(b, p);
                    match b.get(p)? {
                        b',' => {
                            p = member_start(b, skip_blanks(b, p + 1), sink)?;
                            open.push(Open::Member);
                            continue 'value;
                        }
                        b'}' => {
                            p += 1;
                            open.pop();
                        }
                        _ => return None,
                    }
                }
                Some(Open::Array) => {
                    p = skip_blanks(b, p);
                    match b.get(p)? {
                        b',' => {
                            p = skip_blanks(b, p + 1);
                            continue 'value;
                        }
                        b']' => {
                            p += 1;
                            open.pop();
                            sink.array_end();
                        }
                        _ => return None,
                    }
                }
                // An object's values are its members'.
                Some(Open::Object) => return None,
            }
        }
    }
}

/// A member's key and colon at `p`: returns where its value starts.
fn member_start(b: &[u8], p: usize, sink: &mut impl Sink) -> Option<usize> {
    if b.get(p) != Some(&b'"') {
        return None;
    }
    let end = string_end(b, p)?;
    let colon = skip_blanks(b, end);
    if b.get(colon) != Some(&b':') {
        return None;
    }
    sink.member_start(&b[p + 1..end - 1]);
    Some(skip_blanks(b, colon + 1))
}

/// A value that is no object or array at `p`: its kind, its text and the
/// offset past it. tvbparse tries `false`, `null`, `true`, `NaN`, then a
/// number, then a string.
fn scalar(b: &[u8], p: usize) -> Option<(Scalar, &[u8], usize)> {
    let rest = &b[p..];
    for (word, kind) in [
        (&b"false"[..], Scalar::False),
        (b"null", Scalar::Null),
        (b"true", Scalar::True),
        (b"NaN", Scalar::NaN),
    ] {
        if rest.starts_with(word) {
            return Some((kind, word, p + word.len()));
        }
    }
    if let Some(end) = number_end(b, p) {
        return Some((Scalar::Number, &b[p..end], end));
    }
    if rest.first() == Some(&b'"') {
        let end = string_end(b, p)?;
        return Some((Scalar::String, &b[p + 1..end - 1], end));
    }
    None
}

/// The end of the number at `p`, by tshark's grammar: `-`? int frac? exp?,
/// where int is `0` or a digit 1-9 then digits, frac `.` digits, exp `e`
/// or `E`, a sign, digits, with blanks allowed after each part (tvbparse
/// skips them after every element of a sequence). The token ends with the
/// last part read, blanks after it not included.
fn number_end(b: &[u8], p: usize) -> Option<usize> {
    let mut q = p;
    if b.get(q) == Some(&b'-') {
        q = skip_blanks(b, q + 1);
    }
    let mut end = match b.get(q)? {
        b'0' => q + 1,
        b'1'..=b'9' => {
            let after = skip_blanks(b, q + 1);
            digits_end(b, after).unwrap_or(q + 1)
        }
        _ => return None,
    };
    let dot = skip_blanks(b, end);
    if b.get(dot) == Some(&b'.')
        && let Some(e) = digits_end(b, skip_blanks(b, dot + 1))
    {
        end = e;
    }
    let e = skip_blanks(b, end);
    if matches!(b.get(e), Some(b'e' | b'E')) {
        let mut d = skip_blanks(b, e + 1);
        if matches!(b.get(d), Some(b'-' | b'+')) {
            d = skip_blanks(b, d + 1);
        }
        if let Some(x) = digits_end(b, d) {
            end = x;
        }
    }
    Some(end)
}

/// The end of one or more digits at `p`.
fn digits_end(b: &[u8], p: usize) -> Option<usize> {
    let n = b[p.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    (n > 0).then_some(p + n)
}

/// The end (past the closing quote) of the string whose opening quote is
/// at `p`: any byte but a quote or backslash, or an escape (`\"`, `\\`,
/// `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u` and four hex digits).
fn string_end(b: &[u8], p: usize) -> Option<usize> {
    let mut i = p + 1;
    loop {
        i += memchr::memchr2(b'"', b'\\', b.get(i..)?)?;
        if b[i] == b'"' {
            return Some(i + 1);
        }
        match *b.get(i + 1)? {
            b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
            b'u' if b.get(i + 2..i + 6)?.iter().all(u8::is_ascii_hexdigit) => i += 6,
            _ => return None,
        }
    }
}

fn skip_blanks(b: &[u8], p: usize) -> usize {
    p + b[p.min(b.len())..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n'))
        .count()
}

/// A string's text as packet-json.c's json_string_unescape gives it: its
/// escapes undone; a `\u` escape that is not a printable character
/// (`g_unichar_isprint`) dropped, one that is dropped too when it ends the
/// string (its bytes are copied only while the read offset, already past
/// the escape, is inside the string); a lone or broken surrogate U+FFFD,
/// the character after a lead surrogate taken with it; a lead surrogate
/// ending the string, and a byte 0xFE or 0xFF, end the text. Other bytes
/// are copied as they come.
fn unescape(s: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c != b'\\' {
            // ws_utf8_char_len: the bytes a lead byte says it starts.
            let n = match c {
                0xFE.. => break,
                0xFC.. => 6,
                0xF8.. => 5,
                0xF0.. => 4,
                0xE0.. => 3,
                0xC0.. => 2,
                _ => 1,
            };
            let end = (i + n).min(s.len());
            out.extend_from_slice(&s[i..end]);
            i = end;
            continue;
        }
        i += 1;
        let Some(&e) = s.get(i) else { break };
        i += 1;
        match e {
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'u' => {
                let (mut code, mut valid) = hex4(s, &mut i);
                if (0xD800..0xDC00).contains(&code) {
                    let Some(&next) = s.get(i) else { break };
                    i += 1;
                    if next == b'\\' {
                        let Some(&u) = s.get(i) else { break };
                        i += 1;
                        if u == b'u' {
                            let (trail, ok) = hex4(s, &mut i);
                            if ok && (0xDC00..0xE000).contains(&trail) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (trail - 0xDC00);
                            } else {
                                valid = false;
                            }
                        } else {
                            valid = false;
                        }
                    } else {
                        valid = false;
                    }
                } else if (0xDC00..0xE000).contains(&code) {
                    valid = false;
                }
                if !valid {
                    out.extend_from_slice("\u{FFFD}".as_bytes());
                } else if let Some(ch) = char::from_u32(code)
                    && crate::dissect::expert::printable(ch)
                    && i < s.len()
                {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
            }
            // `"`, `\`, `/` (the grammar lets no other escape through).
            other => out.push(other),
        }
    }
    match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Four hex digits at `*i` (fewer when the string ends or a digit is not
/// hex: then not valid), `*i` moved past those read.
fn hex4(s: &[u8], i: &mut usize) -> (u32, bool) {
    let mut code = 0u32;
    for _ in 0..4 {
        let Some(&c) = s.get(*i) else {
            return (code, false);
        };
        *i += 1;
        let Some(d) = (c as char).to_digit(16) else {
            return (code, false);
        };
        code = code << 4 | d;
    }
    (code, true)
}

/// The items of whole texts, added to a layer.
struct Items<'l, 'a> {
    l: &'l mut Layer<'a>,
    /// The current path (`/a/[]/b`) and where each level's part starts.
    path: String,
    starts: Vec<usize>,
    /// The key of each level (`[]` for an array's), the innermost last.
    keys: Vec<String>,
    items: usize,
    text: usize,
    left_out: usize,
}

impl<'l, 'a> Items<'l, 'a> {
    fn new(l: &'l mut Layer<'a>) -> Self {
        Items {
            l,
            path: String::new(),
            starts: Vec::new(),
            keys: Vec::new(),
            items: 0,
            text: 0,
            left_out: 0,
        }
    }

    /// Room for one more item of `len` bytes of text: counted, or counted
    /// as left out.
    fn room(&mut self, len: usize) -> bool {
        if self.items < ITEMS_MAX && self.text + len <= TEXT_MAX {
            self.items += 1;
            self.text += len;
            true
        } else {
            self.left_out += 1;
            false
        }
    }

    /// An item of `len` bytes of text, built only when there is room.
    fn add_str(&mut self, def: &'static FieldDef, len: usize, text: impl FnOnce(&Self) -> String) {
        if self.room(len) {
            let text = text(self);
            self.l.push(def, Value::Str(Cow::Owned(text)));
        }
    }

    fn add_none(&mut self, def: &'static FieldDef) {
        if self.room(0) {
            self.l.present(def);
        }
    }

    fn enter(&mut self, key: String) {
        self.starts.push(self.path.len());
        // Bounded by the body: each level's part is its key's text.
        self.path.push('/');
        self.path.push_str(&key);
        self.keys.push(key);
    }

    fn leave(&mut self) {
        self.keys.pop();
        if let Some(start) = self.starts.pop() {
            self.path.truncate(start);
        }
    }

    fn key(&self) -> &str {
        self.keys.last().map_or("", String::as_str)
    }
}

impl Sink for Items<'_, '_> {
    fn object(&mut self) {
        self.add_none(f::json::OBJECT);
    }

    fn array_start(&mut self) {
        self.add_none(f::json::ARRAY);
        self.enter("[]".to_string());
    }

    fn array_end(&mut self) {
        self.leave();
    }

    fn member_start(&mut self, key: &[u8]) {
        let key = unescape(key);
        self.add_str(f::json::MEMBER, key.len(), |_| key.clone());
        self.enter(key);
    }

    fn member_end(&mut self) {
        self.add_str(f::json::KEY, self.key().len(), |s| s.key().to_string());
        self.add_str(f::json::PATH, self.path.len(), |s| s.path.clone());
        self.leave();
    }

    fn scalar(&mut self, kind: Scalar, text: &[u8]) {
        let value = match kind {
            Scalar::String => unescape(text),
            // ENC_ASCII: a number's token is ASCII (digits, signs, blanks).
            _ => String::from_utf8_lossy(text).into_owned(),
        };
        let len = self.path.len() + 1 + value.len();
        self.add_str(f::json::PATH_WITH_VALUE, len, |s| {
            format!("{}:{value}", s.path)
        });
        let len = self.key().len() + 1 + value.len();
        self.add_str(f::json::MEMBER_WITH_VALUE, len, |s| {
            format!("{}:{value}", s.key())
        });
        match kind {
            Scalar::String => self.add_str(f::json::VALUE_STRING, value.len(), |_| value),
            Scalar::Number => self.add_str(f::json::VALUE_NUMBER, value.len(), |_| value),
            Scalar::False => self.add_none(f::json::VALUE_FALSE),
            Scalar::Null => self.add_none(f::json::VALUE_NULL),
            Scalar::True => self.add_none(f::json::VALUE_TRUE),
            Scalar::NaN => self.add_none(f::json::VALUE_NAN),
        }
    }
}

/// The `json` protocol's fields, shown in the layer of whoever handed it
/// the body (HTTP, HTTP/2, a multipart part).
pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "json",
    also: &[],
    title: "JavaScript Object Notation",
    osi: crate::dissect::Osi::Application,
    fields: fields::json::ALL,
    summary: |out, _| out.push_str("JavaScript Object Notation"),
    info: None,
    column: None,
    app: None,
};
