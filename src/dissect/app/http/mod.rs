//! HTTP/1.x over a TCP conversation, and the hand-over to WebSocket.
//!
//! [`HttpDecoder`] reads each direction's in-order bytes. Headers are parsed
//! with `httparse` once they are complete (at most [`HEADER_CAP`] bytes are
//! buffered); bodies are framed by Content-Length, chunked encoding (every
//! chunk-size line validated) or, for responses without either, the end of
//! the stream ([`HttpDecoder::finish`]). Body bytes are counted, never
//! stored: only the first [`BODY_PREVIEW`] bytes are kept for the preview.
//!
//! One [`Message`] (layer `http`) is reported per complete HTTP message, at
//! the stream offset of its request or status line. Requests are queued so
//! that each response names the request it answers
//! (`http.response_for.uri`, `osidump.http.request_method`) and the time
//! since it (`http.time`, from the times given to
//! [`HttpDecoder::set_time_ns`]), which also makes keep-alive and pipelining
//! work. A `101 Switching Protocols` with `Upgrade: websocket` switches both
//! directions to [`WsDecoder`] (bytes after the 101's headers in the same
//! feed are WebSocket frames already); `Sec-WebSocket-Accept` is checked
//! against the request's key. Other upgrades and successful CONNECTs turn
//! the conversation into an opaque tunnel.
//!
//! Layer spans are relative to the message's `stream_offset` (the headers,
//! for HTTP). No input makes this module panic.

pub mod fields;

use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use std::borrow::Cow;
use std::collections::VecDeque;

use super::websocket::{Deflate, WsDecoder, accept_key};
use super::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::{Layer, Osi, Value};

/// Bytes of headers buffered before a message is declared malformed.
pub const HEADER_CAP: usize = 64 * 1024;
/// Body bytes kept for the `-V` preview.
pub const BODY_PREVIEW: usize = 256;
/// Longest chunk-size or trailer line accepted.
const LINE_CAP: usize = 4096;
/// Requests waiting for their response; beyond this the oldest is forgotten.
const PENDING_CAP: usize = 1024;
/// Chunk sizes listed per message (the body length still counts them all).
const CHUNK_LIST_CAP: usize = 1024;

const METHODS: &[&[u8]] = &[
    b"GET",
    b"POST",
    b"HEAD",
    b"PUT",
    b"DELETE",
    b"OPTIONS",
    b"PATCH",
    b"CONNECT",
    b"TRACE",
    b"PROPFIND",
    b"PROPPATCH",
    b"MKCOL",
    b"COPY",
    b"MOVE",
    b"LOCK",
    b"UNLOCK",
    b"REPORT",
    b"SEARCH",
    b"NOTIFY",
    b"SUBSCRIBE",
    b"UNSUBSCRIBE",
    b"M-SEARCH",
];

/// Does `payload` start an HTTP/1.x request or status line? `Unsure` when
/// it is too short to tell (a prefix of `HTTP/1.` or of `METHOD `).
pub fn probe(payload: &[u8]) -> Probe {
    fn starts(p: &[u8], word: &[u8], sep: &[u8]) -> Probe {
        let full = word.len() + sep.len();
        if p.len() >= full {
            if p.starts_with(word) && p[word.len()..].starts_with(sep) {
                Probe::Certain
            } else {
                Probe::NotForUs
            }
        } else {
            let w = &p[..p.len().min(word.len())];
            let s = &p[w.len()..];
            if word.starts_with(w) && sep.starts_with(s) {
                Probe::Unsure
            } else {
                Probe::NotForUs
            }
        }
    }
    let mut best = starts(payload, b"HTTP/1", b".");
    for m in METHODS {
        match starts(payload, m, b" ") {
            Probe::Certain => return Probe::Certain,
            Probe::Unsure => best = Probe::Unsure,
            Probe::NotForUs => {}
        }
    }
    best
}

/// One-line description of an `http` layer:
/// `GET /index.html HTTP/1.1 Host: www.example.test`,
/// `HTTP/1.1 200 OK (text/html, 612 bytes) ← GET /`.
pub fn summary(l: &Layer<'_>) -> String {
    let s = |n| l.get_str(n).unwrap_or("");
    if l.get_uint(f::http::REQUEST) == Some(1) {
        let mut out = format!(
            "{} {} {}",
            s(f::http::REQUEST_METHOD),
            s(f::http::REQUEST_URI),
            s(f::http::REQUEST_VERSION)
        );
        if let Some(h) = l.get_str(f::http::HOST) {
            out.push_str(" Host: ");
            out.push_str(h);
        }
        return out;
    }
    if l.get_uint(f::http::RESPONSE) != Some(1) {
        return "HTTP (unparsed)".into();
    }
    let mut out = format!(
        "{} {} {}",
        s(f::http::RESPONSE_VERSION),
        l.get_uint(f::http::RESPONSE_CODE).unwrap_or(0),
        s(f::http::RESPONSE_PHRASE)
    );
    match (
        l.get_str(f::http::CONTENT_TYPE),
        l.get_uint(f::http::OSIDUMP_BODY_LEN),
    ) {
        (Some(t), Some(n)) => out.push_str(&format!(" ({t}, {n} bytes)")),
        (None, Some(n)) => out.push_str(&format!(" ({n} bytes)")),
        (Some(t), None) => out.push_str(&format!(" ({t})")),
        (None, None) => {}
    }
    if let Some(m) = l.get_str(f::http::OSIDUMP_REQUEST_METHOD) {
        let uri = l.get_str(f::http::RESPONSE_FOR_URI).unwrap_or("");
        out.push_str(&format!(" ← {m} {}", path_of(uri)));
    }
    out
}

/// `/x` from `http://host/x`.
fn path_of(uri: &str) -> &str {
    match uri.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => uri,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Mode {
    #[default]
    Http,
    WebSocket,
    /// A tunnel (CONNECT, non-WebSocket upgrade): bytes are not decoded.
    Opaque,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Body {
    Length(u64),
    ChunkSize,
    ChunkData(u64),
    ChunkCrlf,
    Trailer,
    UntilClose,
}

/// A request waiting for its response.
#[derive(Debug, Clone)]
struct Pending {
    id: u64,
    method: String,
    uri: String,
    time: Option<i128>,
    ws_key: Option<String>,
}

/// Response-side knowledge of the request it answers.
#[derive(Debug, Clone)]
struct Pairing {
    method: String,
    uri: String,
    time: Option<i128>,
}

/// A message whose headers were parsed and whose body is being read.
#[derive(Debug)]
struct InMsg {
    layer: Layer<'static>,
    start: u64,
    request: bool,
    /// Request: its id in the pending queue.
    id: u64,
    full_uri: Option<String>,
    pair: Option<Pairing>,
    body: Option<Body>,
    body_len: u64,
    preview: Vec<u8>,
    chunks: Vec<u64>,
    chunk_count: u64,
    trailers: Vec<String>,
    lost: u64,
    /// After the message: what the connection becomes.
    then: Then,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Then {
    Http,
    WebSocket(Option<Deflate>),
    Opaque,
}

#[derive(Debug, Default)]
struct HDir {
    mode: Mode,
    buf: Vec<u8>,
    buf_start: u64,
    msg: Option<InMsg>,
    /// Looking for the next request/status line after damage.
    resync: bool,
    /// The client asked for a WebSocket upgrade that is not answered yet.
    ws_asked: bool,
}

/// HTTP/1.x (and what it upgrades to) in both directions of a conversation.
#[derive(Debug, Default)]
pub struct HttpDecoder {
    dirs: [HDir; 2],
    pending: VecDeque<Pending>,
    next_id: u64,
    /// tshark's request/response slots: one counter for the conversation,
    /// a completed request opens a slot, a completed response fills the
    /// last slot unless it is answered already (then it opens its own).
    slots: u64,
    last_slot_answered: bool,
    now: Option<i128>,
    ws: Option<WsDecoder>,
}

enum Step {
    Used(usize),
    NeedMore,
    /// The direction changed mode after `usize` more bytes: hand the rest
    /// to the new decoder.
    Switch(usize),
}

impl HttpDecoder {
    pub fn new() -> HttpDecoder {
        HttpDecoder::default()
    }

    /// Capture time (nanoseconds since the epoch) of the bytes about to be
    /// fed; `http.time` on responses is computed from it.
    pub fn set_time_ns(&mut self, ts_nanos: i128) {
        self.now = Some(ts_nanos);
    }

    /// End of both streams: a response read until close is complete now;
    /// any other unfinished message is reported as truncated.
    pub fn finish(&mut self, out: &mut Vec<Message>) {
        for i in 0..2 {
            let d = &mut self.dirs[i];
            if d.mode != Mode::Http {
                continue;
            }
            if let Some(mut m) = d.msg.take() {
                match m.body {
                    Some(Body::UntilClose | Body::Length(0)) => {}
                    Some(_) => m.layer.truncated(format!(
                        "stream ended inside the body after {} bytes",
                        m.body_len
                    )),
                    None => {}
                }
                let m = self.complete(i, m);
                out.push(m);
            } else if !self.dirs[i].buf.is_empty() && !self.dirs[i].resync {
                let d = &mut self.dirs[i];
                let buf = std::mem::take(&mut d.buf);
                let mut l = Layer::new(Osi::Application, "http", 0..buf.len());
                first_line_fields(&mut l, &buf);
                l.truncated(format!(
                    "stream ended inside the headers after {} bytes",
                    buf.len()
                ));
                out.push(Message {
                    layer: l,
                    stream_offset: d.buf_start,
                });
            }
        }
        if let Some(ws) = self.ws.as_mut() {
            ws.finish(out);
        }
    }

    fn step(&mut self, i: usize, input: &[u8], at: u64, out: &mut Vec<Message>) -> Step {
        if self.dirs[i].resync {
            return self.resync(i, input);
        }
        let Some(body) = self.dirs[i].msg.as_ref().and_then(|m| m.body) else {
            return self.headers(i, input, at, out);
        };
        let d = &mut self.dirs[i];
        let Some(m) = d.msg.as_mut() else {
            return Step::Used(input.len());
        };
        match body {
            Body::Length(rem) | Body::ChunkData(rem) => {
                let n = rem.min(input.len() as u64) as usize;
                m.body_bytes(&input[..n]);
                let rem = rem - n as u64;
                m.body = Some(match (body, rem) {
                    (Body::Length(_), 0) => return self.done(i, n, out),
                    (Body::Length(_), r) => Body::Length(r),
                    (_, 0) => Body::ChunkCrlf,
                    (_, r) => Body::ChunkData(r),
                });
                Step::Used(n)
            }
            Body::UntilClose => {
                m.body_bytes(input);
                Step::Used(input.len())
            }
            Body::ChunkCrlf => {
                if input.starts_with(b"\r\n") {
                    m.body = Some(Body::ChunkSize);
                    Step::Used(2)
                } else if input.starts_with(b"\n") {
                    m.body = Some(Body::ChunkSize);
                    Step::Used(1)
                } else if input == b"\r" {
                    Step::NeedMore
                } else {
                    m.layer.malformed("chunk data is not followed by CRLF");
                    d.resync = true;
                    self.done(i, 0, out)
                }
            }
            Body::ChunkSize | Body::Trailer => {
                let Some(nl) = input.iter().take(LINE_CAP).position(|&b| b == b'\n') else {
                    if input.len() < LINE_CAP {
                        return Step::NeedMore;
                    }
                    m.layer.malformed(format!(
                        "chunk-size or trailer line longer than {LINE_CAP} bytes"
                    ));
                    d.resync = true;
                    return self.done(i, 0, out);
                };
                let line = &input[..nl];
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                if body == Body::Trailer {
                    if line.is_empty() {
                        return self.done(i, nl + 1, out);
                    }
                    if m.trailers.len() < 64 {
                        m.trailers
                            .push(String::from_utf8_lossy(&input[..=nl]).into_owned());
                    }
                    return Step::Used(nl + 1);
                }
                match chunk_size(line) {
                    Some(0) => {
                        // tshark lists the last, empty chunk too.
                        m.chunk_count += 1;
                        if m.chunks.len() < CHUNK_LIST_CAP {
                            m.chunks.push(0);
                        }
                        m.body = Some(Body::Trailer);
                    }
                    Some(n) => {
                        m.chunk_count += 1;
                        if m.chunks.len() < CHUNK_LIST_CAP {
                            m.chunks.push(n);
                        }
                        m.body = Some(Body::ChunkData(n));
                    }
                    None => {
                        m.layer.malformed(format!(
                            "bad chunk-size line {:?}",
                            String::from_utf8_lossy(&line[..line.len().min(64)])
                        ));
                        d.resync = true;
                        return self.done(i, nl + 1, out);
                    }
                }
                Step::Used(nl + 1)
            }
        }
    }

    /// Skip to the next line that starts a request or a response.
    fn resync(&mut self, i: usize, input: &[u8]) -> Step {
        let starts = std::iter::once(0).chain(
            input
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(p, _)| p + 1),
        );
        for p in starts {
            match probe(&input[p..]) {
                Probe::Certain | Probe::Unsure if p > 0 => return Step::Used(p),
                Probe::Certain => {
                    self.dirs[i].resync = false;
                    return self.headers_restart();
                }
                Probe::Unsure => return Step::NeedMore,
                Probe::NotForUs => {}
            }
        }
        Step::Used(input.len())
    }

    /// After resync at offset 0: come back to `step` with the same input.
    fn headers_restart(&self) -> Step {
        Step::Used(0)
    }

    fn headers(&mut self, i: usize, input: &[u8], at: u64, out: &mut Vec<Message>) -> Step {
        // Leading CRLFs (a previous message's extra line end) are skipped.
        let blank = input
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        if blank > 0 {
            return Step::Used(blank);
        }
        if self.dirs[i].ws_asked && probe(input) == Probe::NotForUs {
            // Frames sent before the 101 was seen.
            self.switch_ws(Some(i), None);
            return Step::Switch(0);
        }
        let window = &input[..input.len().min(HEADER_CAP + 1)];
        let slots = window.iter().filter(|&&b| b == b'\n').count() + 1;
        let mut headers = vec![httparse::EMPTY_HEADER; slots.max(16)];
        let response = input.starts_with(b"HTTP/");
        let mut cfg = httparse::ParserConfig::default();
        cfg.allow_multiple_spaces_in_request_line_delimiters(true)
            .allow_multiple_spaces_in_response_status_delimiters(true)
            .allow_spaces_after_header_name_in_responses(true)
            .allow_obsolete_multiline_headers_in_responses(true);
        let mut parsed = parse(&cfg, response, window, &mut headers);
        let mut ignored = false;
        if matches!(
            parsed,
            Err(httparse::Error::HeaderName | httparse::Error::HeaderValue)
        ) {
            cfg.ignore_invalid_headers_in_requests(true)
                .ignore_invalid_headers_in_responses(true);
            headers = vec![httparse::EMPTY_HEADER; slots.max(16)];
            parsed = parse(&cfg, response, window, &mut headers);
            ignored = true;
        }
        let d = &mut self.dirs[i];
        match parsed {
            Ok(Parsed::Partial) if window.len() <= HEADER_CAP => Step::NeedMore,
            Ok(Parsed::Partial) => {
                d.resync = true;
                let reason = format!("headers exceed {HEADER_CAP} bytes");
                Step::Used(unparsed(input, HEADER_CAP, reason, at, out))
            }
            Err(e) => {
                d.resync = true;
                let end = input
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(input.len(), |p| p + 1);
                let reason = format!("unparseable HTTP message: {e}");
                Step::Used(unparsed(input, end, reason, at, out))
            }
            Ok(Parsed::Request {
                len,
                method,
                path,
                version,
            }) => {
                let h = collect(input, &headers);
                let m = self.request(i, at, len, &method, &path, version, &h, ignored);
                self.dirs[i].msg = Some(m);
                self.after_headers(i, len, out)
            }
            Ok(Parsed::Response {
                len,
                code,
                reason,
                version,
            }) => {
                let h = collect(input, &headers);
                let m = self.response(i, at, len, code, &reason, version, &h, ignored);
                self.dirs[i].msg = Some(m);
                self.after_headers(i, len, out)
            }
        }
    }

    fn after_headers(&mut self, i: usize, len: usize, out: &mut Vec<Message>) -> Step {
        if self.dirs[i].msg.as_ref().is_some_and(|m| m.body.is_none()) {
            self.done(i, len, out)
        } else {
            Step::Used(len)
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn request(
        &mut self,
        i: usize,
        at: u64,
        len: usize,
        method: &str,
        path: &str,
        version: u8,
        h: &[Hdr],
        ignored: bool,
    ) -> InMsg {
        let mut l = Layer::new(Osi::Application, "http", 0..len);
        l.boolean(f::http::REQUEST, true);
        l.str(f::http::REQUEST_METHOD, method.to_owned());
        l.str(f::http::REQUEST_URI, path.to_owned());
        l.str(f::http::REQUEST_VERSION, format!("HTTP/1.{version}"));
        let info = header_fields(&mut l, h, f::http::REQUEST_LINE);
        if ignored {
            l.malformed("invalid header line(s) ignored");
        }
        let body = if let Some(te) = &info.transfer_encoding {
            if info.content_length.is_some() {
                l.malformed("Content-Length and Transfer-Encoding are both set");
            }
            if last_coding_is_chunked(te) {
                Some(Body::ChunkSize)
            } else {
                l.malformed(format!(
                    "request Transfer-Encoding {te:?} does not end in chunked"
                ));
                None
            }
        } else {
            match info.content_length {
                Some(0) | None => None,
                Some(n) => Some(Body::Length(n)),
            }
        };
        let full_uri = match &info.host {
            Some(host) if path.starts_with('/') => Some(format!("http://{host}{path}")),
            _ => None,
        };
        let ws = info
            .upgrade
            .as_deref()
            .is_some_and(|u| has_token(u, "websocket"));
        if ws {
            self.dirs[i].ws_asked = true;
        }
        self.next_id += 1;
        if self.pending.len() >= PENDING_CAP {
            self.pending.pop_front();
        }
        self.pending.push_back(Pending {
            id: self.next_id,
            method: method.to_owned(),
            uri: full_uri.clone().unwrap_or_else(|| path.to_owned()),
            time: self.now,
            ws_key: ws.then(|| info.ws_key.clone().unwrap_or_default()),
        });
        InMsg::new(l, at, true, self.next_id, full_uri, None, body)
    }

    #[allow(clippy::too_many_arguments)]
    fn response(
        &mut self,
        i: usize,
        at: u64,
        len: usize,
        code: u16,
        reason: &str,
        version: u8,
        h: &[Hdr],
        ignored: bool,
    ) -> InMsg {
        let _ = i;
        let mut l = Layer::new(Osi::Application, "http", 0..len);
        l.boolean(f::http::RESPONSE, true);
        l.str(f::http::RESPONSE_VERSION, format!("HTTP/1.{version}"));
        l.uint(f::http::RESPONSE_CODE, code);
        if let Some(desc) = code_desc(code) {
            l.str(f::http::RESPONSE_CODE_DESC, desc);
        }
        l.str(f::http::RESPONSE_PHRASE, reason.to_owned());
        let info = header_fields(&mut l, h, f::http::RESPONSE_LINE);
        if ignored {
            l.malformed("invalid header line(s) ignored");
        }
        // Interim answers (100 Continue...) leave the request waiting.
        let interim = (100..200).contains(&code) && code != 101;
        let req = if interim {
            self.pending.front().cloned()
        } else {
            self.pending.pop_front()
        };
        let method = req.as_ref().map(|r| r.method.as_str()).unwrap_or("");
        let mut then = Then::Http;
        let body = if method == "HEAD" || (100..200).contains(&code) || code == 204 || code == 304 {
            None
        } else if method == "CONNECT" && (200..300).contains(&code) {
            then = Then::Opaque;
            None
        } else if let Some(te) = &info.transfer_encoding {
            if info.content_length.is_some() {
                l.malformed("Content-Length and Transfer-Encoding are both set");
            }
            if last_coding_is_chunked(te) {
                Some(Body::ChunkSize)
            } else {
                Some(Body::UntilClose)
            }
        } else {
            match info.content_length {
                Some(0) => None,
                Some(n) => Some(Body::Length(n)),
                None => Some(Body::UntilClose),
            }
        };
        if code == 101 {
            let ws_up = info
                .upgrade
                .as_deref()
                .is_some_and(|u| has_token(u, "websocket"));
            match req.as_ref().and_then(|r| r.ws_key.as_ref()) {
                Some(key) if ws_up => {
                    let want = accept_key(key);
                    match &info.ws_accept {
                        Some(got) => {
                            let ok = got.trim() == want;
                            l.boolean(f::websocket::OSIDUMP_ACCEPT_VALID, ok);
                            if !ok {
                                l.malformed(format!(
                                    "Sec-WebSocket-Accept {got:?} does not match the key (expected {want:?})"
                                ));
                            }
                        }
                        None => {
                            l.malformed("101 to a WebSocket upgrade without Sec-WebSocket-Accept")
                        }
                    }
                    let deflate = info
                        .ws_extensions
                        .as_deref()
                        .and_then(Deflate::from_extensions);
                    then = Then::WebSocket(deflate);
                }
                _ if ws_up => {
                    l.malformed("101 to websocket without a matching upgrade request");
                    then = Then::WebSocket(None);
                }
                _ => then = Then::Opaque,
            }
        } else if !interim {
            self.dirs[Dir::Client.index()].ws_asked = false;
        }
        // An interim answer is not paired (no http.time, no
        // http.response_for.uri): the final response is.
        let pair = req.filter(|_| !interim).map(|r| Pairing {
            method: r.method,
            uri: r.uri,
            time: r.time,
        });
        let mut m = InMsg::new(l, at, false, 0, None, pair, body);
        m.then = then;
        m
    }

    /// The message in direction `i` is complete after `used` more bytes.
    fn done(&mut self, i: usize, used: usize, out: &mut Vec<Message>) -> Step {
        let Some(m) = self.dirs[i].msg.take() else {
            return Step::Used(used);
        };
        let then = m.then.clone();
        let msg = self.complete(i, m);
        out.push(msg);
        match then {
            // The message is gone, so `Used(0)` moves on to the next one.
            Then::Http => Step::Used(used),
            Then::WebSocket(deflate) => {
                self.switch_ws(None, deflate);
                Step::Switch(used)
            }
            Then::Opaque => {
                for d in &mut self.dirs {
                    d.mode = Mode::Opaque;
                }
                Step::Switch(used)
            }
        }
    }

    /// Switch direction `only` (or both) to WebSocket framing.
    fn switch_ws(&mut self, only: Option<usize>, deflate: Option<Deflate>) {
        for (i, d) in self.dirs.iter_mut().enumerate() {
            if only.is_none_or(|o| o == i) && d.mode == Mode::Http && d.msg.is_none() {
                d.mode = Mode::WebSocket;
                d.buf.clear();
            }
        }
        match self.ws.as_mut() {
            Some(ws) => ws.set_deflate(deflate),
            None => self.ws = Some(WsDecoder::new(deflate)),
        }
    }

    /// Derived and body fields, then the message.
    fn complete(&mut self, i: usize, mut m: InMsg) -> Message {
        let _ = i;
        let l = &mut m.layer;
        if m.request {
            if let Some(u) = m.full_uri.take() {
                l.str(f::http::REQUEST_FULL_URI, u);
            }
            self.slots += 1;
            self.last_slot_answered = false;
            l.uint(f::http::REQUEST_NUMBER, self.slots);
            if let Some(p) = self.pending.iter_mut().find(|p| p.id == m.id) {
                p.time = self.now.or(p.time);
            }
        } else {
            if self.slots == 0 || self.last_slot_answered {
                self.slots += 1;
            }
            self.last_slot_answered = true;
            l.uint(f::http::RESPONSE_NUMBER, self.slots);
            if let Some(p) = &m.pair {
                if let (Some(t0), Some(t1)) = (p.time, self.now) {
                    let d = i64::try_from(t1 - t0).unwrap_or(i64::MAX);
                    l.push(f::http::TIME, Value::RelTime(d));
                }
                l.str(f::http::RESPONSE_FOR_URI, p.uri.clone());
                l.str(f::http::OSIDUMP_REQUEST_METHOD, p.method.clone());
            }
        }
        for &c in &m.chunks {
            l.uint(f::http::CHUNK_SIZE, c);
        }
        if m.chunk_count > m.chunks.len() as u64 {
            l.uint(f::http::OSIDUMP_CHUNK_COUNT, m.chunk_count);
        }
        for t in m.trailers.drain(..) {
            l.str(f::http::CHUNKED_TRAILER_PART, t);
        }
        if m.body_len > 0 || m.chunk_count > 0 {
            l.uint(f::http::OSIDUMP_BODY_LEN, m.body_len);
        }
        if !m.preview.is_empty() {
            let p: String = m
                .preview
                .iter()
                .map(|&b| {
                    if b.is_ascii_graphic() || b == b' ' {
                        b as char
                    } else {
                        '.'
                    }
                })
                .collect();
            l.str(f::http::OSIDUMP_BODY_PREVIEW, p);
        }
        if m.lost > 0 {
            l.truncated(format!("{} body bytes lost in a capture gap", m.lost));
        }
        Message {
            layer: m.layer,
            stream_offset: m.start,
        }
    }
}

impl InMsg {
    #[allow(clippy::too_many_arguments)]
    fn new(
        layer: Layer<'static>,
        start: u64,
        request: bool,
        id: u64,
        full_uri: Option<String>,
        pair: Option<Pairing>,
        body: Option<Body>,
    ) -> InMsg {
        InMsg {
            layer,
            start,
            request,
            id,
            full_uri,
            pair,
            body,
            body_len: 0,
            preview: Vec::new(),
            chunks: Vec::new(),
            chunk_count: 0,
            trailers: Vec::new(),
            lost: 0,
            then: Then::Http,
        }
    }

    fn body_bytes(&mut self, b: &[u8]) {
        self.body_len += b.len() as u64;
        let room = BODY_PREVIEW.saturating_sub(self.preview.len()).min(b.len());
        self.preview.extend_from_slice(&b[..room]);
    }
}

/// httparse's answer, owned so the header slots can be reused.
enum Parsed {
    Partial,
    Request {
        len: usize,
        method: String,
        path: String,
        version: u8,
    },
    Response {
        len: usize,
        code: u16,
        reason: String,
        version: u8,
    },
}

fn parse<'b>(
    cfg: &httparse::ParserConfig,
    response: bool,
    buf: &'b [u8],
    headers: &mut [httparse::Header<'b>],
) -> Result<Parsed, httparse::Error> {
    if response {
        let mut r = httparse::Response::new(headers);
        match cfg.parse_response(&mut r, buf)? {
            httparse::Status::Partial => Ok(Parsed::Partial),
            httparse::Status::Complete(len) => Ok(Parsed::Response {
                len,
                code: r.code.unwrap_or(0),
                reason: r.reason.unwrap_or("").to_owned(),
                version: r.version.unwrap_or(1),
            }),
        }
    } else {
        let mut r = httparse::Request::new(headers);
        match cfg.parse_request(&mut r, buf)? {
            httparse::Status::Partial => Ok(Parsed::Partial),
            httparse::Status::Complete(len) => Ok(Parsed::Request {
                len,
                method: r.method.unwrap_or("").to_owned(),
                path: r.path.unwrap_or("").to_owned(),
                version: r.version.unwrap_or(1),
            }),
        }
    }
}

/// One header: its name, value and whole raw line (with its line end).
struct Hdr {
    name: String,
    value: String,
    line: String,
}

/// The parsed headers (the slots httparse filled), with their raw lines.
fn collect(input: &[u8], headers: &[httparse::Header<'_>]) -> Vec<Hdr> {
    let base = input.as_ptr() as usize;
    headers
        .iter()
        .take_while(|h| !h.name.is_empty())
        .map(|h| {
            let start = (h.name.as_ptr() as usize)
                .saturating_sub(base)
                .min(input.len());
            let vend = (h.value.as_ptr() as usize + h.value.len())
                .saturating_sub(base)
                .clamp(start, input.len());
            let end = input[vend..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(input.len(), |p| vend + p + 1);
            Hdr {
                name: h.name.to_owned(),
                value: String::from_utf8_lossy(h.value).into_owned(),
                line: String::from_utf8_lossy(&input[start..end]).into_owned(),
            }
        })
        .collect()
}

#[derive(Default)]
struct HeaderInfo {
    host: Option<String>,
    content_length: Option<u64>,
    transfer_encoding: Option<String>,
    upgrade: Option<String>,
    ws_key: Option<String>,
    ws_accept: Option<String>,
    ws_extensions: Option<String>,
}

/// Push each header line (and its named field when Wireshark has one).
fn header_fields(l: &mut Layer<'static>, h: &[Hdr], line_field: &'static FieldDef) -> HeaderInfo {
    let mut info = HeaderInfo::default();
    let mut bad_length = false;
    for hdr in h {
        l.str(line_field, hdr.line.clone());
        let name = hdr.name.to_ascii_lowercase();
        let v = hdr.value.clone();
        let field = match name.as_str() {
            "host" => {
                info.host.get_or_insert_with(|| v.clone());
                f::http::HOST
            }
            "user-agent" => f::http::USER_AGENT,
            "content-type" => f::http::CONTENT_TYPE,
            "content-length" => {
                l.str(f::http::CONTENT_LENGTH_HEADER, v.clone());
                match v.trim().parse::<u64>() {
                    Ok(n) if info.content_length.is_none_or(|o| o == n) => {
                        l.uint(f::http::CONTENT_LENGTH, n);
                        info.content_length = Some(n);
                    }
                    Ok(n) => {
                        l.malformed(format!("conflicting Content-Length {n}"));
                        bad_length = true;
                    }
                    Err(_) => {
                        l.malformed(format!("bad Content-Length {v:?}"));
                        bad_length = true;
                    }
                }
                continue;
            }
            "transfer-encoding" => {
                match &mut info.transfer_encoding {
                    Some(t) => {
                        t.push_str(", ");
                        t.push_str(&v);
                    }
                    None => info.transfer_encoding = Some(v.clone()),
                }
                f::http::TRANSFER_ENCODING
            }
            "connection" => f::http::CONNECTION,
            "upgrade" => {
                info.upgrade = Some(v.clone());
                f::http::UPGRADE
            }
            "content-encoding" => f::http::CONTENT_ENCODING,
            "accept" => f::http::ACCEPT,
            "accept-encoding" => f::http::ACCEPT_ENCODING,
            "accept-language" => f::http::ACCEPT_LANGUAGE,
            "referer" => f::http::REFERER,
            "cookie" => f::http::COOKIE,
            "set-cookie" => f::http::SET_COOKIE,
            "date" => f::http::DATE,
            "cache-control" => f::http::CACHE_CONTROL,
            "server" => f::http::SERVER,
            "location" => f::http::LOCATION,
            "last-modified" => f::http::LAST_MODIFIED,
            "authorization" => f::http::AUTHORIZATION,
            "proxy-authorization" => f::http::PROXY_AUTHORIZATION,
            "www-authenticate" => f::http::WWW_AUTHENTICATE,
            "proxy-authenticate" => f::http::PROXY_AUTHENTICATE,
            "x-forwarded-for" => f::http::X_FORWARDED_FOR,
            "http2-settings" => f::http::HTTP2_SETTINGS,
            "sec-websocket-key" => {
                info.ws_key = Some(v.clone());
                f::http::SEC_WEBSOCKET_KEY
            }
            "sec-websocket-accept" => {
                info.ws_accept = Some(v.clone());
                f::http::SEC_WEBSOCKET_ACCEPT
            }
            "sec-websocket-version" => f::http::SEC_WEBSOCKET_VERSION,
            "sec-websocket-protocol" => f::http::SEC_WEBSOCKET_PROTOCOL,
            "sec-websocket-extensions" => {
                info.ws_extensions = Some(v.clone());
                f::http::SEC_WEBSOCKET_EXTENSIONS
            }
            _ => continue,
        };
        l.str(field, v);
    }
    if bad_length && info.transfer_encoding.is_none() {
        // Framing unknown: treat the body as empty and resynchronise on the
        // next message line.
        info.content_length = None;
    }
    info
}

fn has_token(list: &str, token: &str) -> bool {
    list.split(',')
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

fn last_coding_is_chunked(te: &str) -> bool {
    te.rsplit(',').next().is_some_and(|t| {
        t.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .eq_ignore_ascii_case("chunked")
    })
}

/// A chunk-size line's size: 1 to 16 hex digits, then optional whitespace
/// and `;extensions`.
fn chunk_size(line: &[u8]) -> Option<u64> {
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 || digits > 16 {
        return None;
    }
    let rest = &line[digits..];
    let rest = &rest[rest
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count()..];
    if !(rest.is_empty() || rest[0] == b';') {
        return None;
    }
    let s = std::str::from_utf8(&line[..digits]).ok()?;
    u64::from_str_radix(s, 16).ok()
}

/// Reports `len` bytes httparse refused as one malformed layer (with
/// what its first line says) and returns `len`, the bytes to skip.
fn unparsed(input: &[u8], len: usize, reason: String, at: u64, out: &mut Vec<Message>) -> usize {
    let mut l = Layer::new(Osi::Application, "http", 0..len);
    first_line_fields(&mut l, input);
    l.malformed(reason);
    out.push(Message {
        layer: l,
        stream_offset: at,
    });
    len
}

/// What can be read of a request or status line that httparse refused.
fn first_line_fields(l: &mut Layer<'static>, input: &[u8]) {
    let end = input
        .iter()
        .take(1024)
        .position(|&b| b == b'\n')
        .unwrap_or(input.len().min(1024));
    let line = String::from_utf8_lossy(&input[..end]);
    let line = line.trim_end_matches('\r');
    let mut parts = line.splitn(3, ' ');
    let (a, b, c) = (parts.next(), parts.next(), parts.next());
    if line.starts_with("HTTP/") {
        l.boolean(f::http::RESPONSE, true);
        l.str(f::http::RESPONSE_VERSION, a.unwrap_or("").to_owned());
        if let Some(code) = b.and_then(|b| b.parse::<u16>().ok()) {
            l.uint(f::http::RESPONSE_CODE, code);
        }
        if let Some(c) = c {
            l.str(f::http::RESPONSE_PHRASE, c.to_owned());
        }
    } else if probe(input) == Probe::Certain {
        l.boolean(f::http::REQUEST, true);
        l.str(f::http::REQUEST_METHOD, a.unwrap_or("").to_owned());
        if let Some(b) = b {
            l.str(f::http::REQUEST_URI, b.to_owned());
        }
        if let Some(c) = c {
            l.str(f::http::REQUEST_VERSION, c.to_owned());
        }
    } else {
        l.str(
            f::http::OSIDUMP_LINE,
            line.chars().take(256).collect::<String>(),
        );
    }
}

/// Wireshark's `http.response.code.desc` for common codes.
fn code_desc(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Time-out",
        413 => "Request Entity Too Large",
        426 => "Upgrade Required",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Time-out",
        _ => return None,
    })
}

impl StreamDecoder for HttpDecoder {
    fn set_time_ns(&mut self, ts_nanos: i128) {
        HttpDecoder::set_time_ns(self, ts_nanos);
    }

    fn finish(&mut self, out: &mut Vec<Message>) {
        HttpDecoder::finish(self, out);
    }

    fn protocol(&self) -> &'static str {
        if self.dirs.iter().any(|d| d.mode == Mode::WebSocket) {
            "websocket"
        } else {
            "http"
        }
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        match self.dirs[i].mode {
            Mode::Opaque => return,
            Mode::WebSocket => {
                if let Some(ws) = self.ws.as_mut() {
                    ws.feed(dir, offset, data, out);
                }
                return;
            }
            Mode::Http => {}
        }
        let d = &mut self.dirs[i];
        let (work, base): (Cow<'_, [u8]>, u64) = if d.buf.is_empty() {
            (Cow::Borrowed(data), offset)
        } else {
            let mut b = std::mem::take(&mut d.buf);
            b.extend_from_slice(data);
            (Cow::Owned(b), d.buf_start)
        };
        let mut pos = 0;
        while pos < work.len() {
            let at = base + pos as u64;
            match self.step(i, &work[pos..], at, out) {
                Step::Used(n) => pos += n,
                Step::NeedMore => {
                    let d = &mut self.dirs[i];
                    d.buf = work[pos..].to_vec();
                    d.buf_start = at;
                    return;
                }
                Step::Switch(used) => {
                    pos += used;
                    if self.dirs[i].mode == Mode::WebSocket
                        && let Some(ws) = self.ws.as_mut()
                    {
                        ws.feed(dir, base + pos as u64, &work[pos..], out);
                    }
                    return;
                }
            }
        }
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        let i = dir.index();
        match self.dirs[i].mode {
            Mode::Opaque => return,
            Mode::WebSocket => {
                if let Some(ws) = self.ws.as_mut() {
                    ws.gap(dir, len);
                }
                return;
            }
            Mode::Http => {}
        }
        let d = &mut self.dirs[i];
        d.buf.clear();
        if let Some(m) = d.msg.as_mut()
            && !d.resync
        {
            let skip = match m.body {
                Some(Body::Length(r)) if r >= len => Some(Body::Length(r - len)),
                Some(Body::ChunkData(r)) if r >= len => Some(Body::ChunkData(r - len)),
                Some(Body::UntilClose) => Some(Body::UntilClose),
                _ => None,
            };
            if let Some(b) = skip {
                m.body = Some(b);
                m.body_len += len;
                m.lost += len;
                return;
            }
        }
        d.msg = None;
        d.resync = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dissect::AnomalyKind;

    fn feed_all(d: &mut HttpDecoder, dir: Dir, off: u64, b: &[u8]) -> Vec<Message> {
        let mut out = Vec::new();
        d.feed(dir, off, b, &mut out);
        out
    }

    fn strs<'a>(l: &'a Layer<'_>, name: &'static crate::dissect::field::FieldDef) -> Vec<&'a str> {
        l.fields
            .iter()
            .filter(|f| std::ptr::eq(f.def, name))
            .filter_map(|f| match &f.value {
                Value::Str(s) => Some(&**s),
                _ => None,
            })
            .collect()
    }

    // Three requests and three responses on one keep-alive connection, each
    // direction in a single feed (GET with Host, POST with a 5-byte body,
    // GET), answered by 200 (Content-Length 5), 201 (no body), 404 (chunked).
    const REQS: &[u8] = b"GET /index.html HTTP/1.1\r\nHost: www.example.test\r\nUser-Agent: t/1\r\n\r\n\
POST /form HTTP/1.1\r\nHost: www.example.test\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\
GET /missing HTTP/1.1\r\nHost: www.example.test\r\nConnection: close\r\n\r\n";
    const RESPS: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\n<p>x\n\
HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n\
HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nnope\r\n3;ext=1\r\n!!!\r\n0\r\nX-Trailer: y\r\n\r\n";

    #[test]
    fn keep_alive_three_requests_in_one_feed() {
        let mut d = HttpDecoder::new();
        d.set_time_ns(1_000_000_000);
        let q = feed_all(&mut d, Dir::Client, 0, REQS);
        assert_eq!(q.len(), 3);
        assert_eq!(q[0].stream_offset, 0);
        assert_eq!(
            summary(&q[0].layer),
            "GET /index.html HTTP/1.1 Host: www.example.test"
        );
        assert_eq!(q[1].layer.get_str(f::http::REQUEST_METHOD), Some("POST"));
        assert_eq!(q[1].layer.get_uint(f::http::CONTENT_LENGTH), Some(5));
        assert_eq!(
            q[1].layer.get_str(f::http::CONTENT_LENGTH_HEADER),
            Some("5")
        );
        assert_eq!(q[1].layer.get_uint(f::http::OSIDUMP_BODY_LEN), Some(5));
        assert_eq!(
            q[1].layer.get_str(f::http::OSIDUMP_BODY_PREVIEW),
            Some("hello")
        );
        assert_eq!(
            strs(&q[0].layer, f::http::REQUEST_LINE),
            ["Host: www.example.test\r\n", "User-Agent: t/1\r\n"]
        );
        assert_eq!(
            q[2].stream_offset as usize,
            REQS.windows(12).position(|w| w == b"GET /missing").unwrap()
        );
        assert_eq!(q[2].layer.get_uint(f::http::REQUEST_NUMBER), Some(3));
        d.set_time_ns(1_000_250_000);
        let r = feed_all(&mut d, Dir::Server, 0, RESPS);
        assert_eq!(r.len(), 3, "{r:#?}");
        assert_eq!(
            summary(&r[0].layer),
            "HTTP/1.1 200 OK (text/html, 5 bytes) ← GET /index.html"
        );
        assert_eq!(
            r[0].layer.get(f::http::TIME),
            Some(&Value::RelTime(250_000))
        );
        assert_eq!(
            r[0].layer.get(f::http::TIME).unwrap().to_string(),
            "0.000250000"
        );
        assert_eq!(
            r[1].layer.get_str(f::http::RESPONSE_FOR_URI),
            Some("http://www.example.test/form")
        );
        assert_eq!(
            r[1].layer.get_str(f::http::OSIDUMP_REQUEST_METHOD),
            Some("POST")
        );
        assert_eq!(r[1].layer.get_uint(f::http::OSIDUMP_BODY_LEN), None);
        let l = &r[2].layer;
        assert_eq!(l.get_uint(f::http::RESPONSE_CODE), Some(404));
        assert_eq!(
            l.fields
                .iter()
                .filter(|f| std::ptr::eq(f.def, f::http::CHUNK_SIZE))
                .map(|f| f.value.clone())
                .collect::<Vec<_>>(),
            [Value::UInt(4), Value::UInt(3), Value::UInt(0)]
        );
        assert_eq!(
            l.get_str(f::http::CHUNKED_TRAILER_PART),
            Some("X-Trailer: y\r\n")
        );
        assert_eq!(l.get_uint(f::http::OSIDUMP_BODY_LEN), Some(7));
        assert_eq!(l.get_str(f::http::OSIDUMP_BODY_PREVIEW), Some("nope!!!"));
        assert!(q.iter().chain(&r).all(|m| m.layer.anomalies.is_empty()));
    }

    #[test]
    fn interim_100_is_not_paired_and_numbers_follow_tshark() {
        // As in zeek/http/100-continue.pcap: the 100 arrives before the
        // request body is complete; tshark numbers the 100 as response 1,
        // the request as 2, and pairs only the final 200 with it.
        let mut d = HttpDecoder::new();
        d.set_time_ns(0);
        let head =
            b"POST /u HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
        assert!(feed_all(&mut d, Dir::Client, 0, head).is_empty());
        d.set_time_ns(1_000);
        let c = feed_all(&mut d, Dir::Server, 0, b"HTTP/1.1 100 Continue\r\n\r\n");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].layer.get_uint(f::http::RESPONSE_NUMBER), Some(1));
        assert!(c[0].layer.get(f::http::TIME).is_none());
        assert!(c[0].layer.get(f::http::RESPONSE_FOR_URI).is_none());
        let q = feed_all(&mut d, Dir::Client, head.len() as u64, b"ab");
        assert_eq!(q[0].layer.get_uint(f::http::REQUEST_NUMBER), Some(2));
        d.set_time_ns(5_000);
        let r = feed_all(
            &mut d,
            Dir::Server,
            25,
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n",
        );
        assert_eq!(r[0].layer.get_uint(f::http::RESPONSE_NUMBER), Some(2));
        // Measured from the end of the request (fed at t=1000), as tshark does.
        assert_eq!(
            r[0].layer.get(f::http::TIME).unwrap().to_string(),
            "0.000004000"
        );
        assert_eq!(
            r[0].layer.get_str(f::http::RESPONSE_FOR_URI),
            Some("http://h/u")
        );
    }

    #[test]
    fn pipelined_requests_pair_in_order_with_head_204_304() {
        // HEAD /a, GET /b, GET /c sent back to back; the HEAD answer carries
        // a Content-Length but no body, 204 and 304 have none either.
        let reqs = b"HEAD /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\nGET /c HTTP/1.1\r\nHost: h\r\n\r\nGET /d HTTP/1.1\r\nHost: h\r\n\r\n";
        let resps = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n\
HTTP/1.1 204 No Content\r\n\r\n\
HTTP/1.1 304 Not Modified\r\nContent-Length: 7\r\n\r\n\
HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok";
        let mut d = HttpDecoder::new();
        assert_eq!(feed_all(&mut d, Dir::Client, 0, reqs).len(), 4);
        let r = feed_all(&mut d, Dir::Server, 0, resps);
        assert_eq!(r.len(), 4);
        let got: Vec<_> = r.iter().map(|m| summary(&m.layer)).collect();
        assert_eq!(
            got,
            [
                "HTTP/1.1 200 OK ← HEAD /a",
                "HTTP/1.1 204 No Content ← GET /b",
                "HTTP/1.1 304 Not Modified ← GET /c",
                "HTTP/1.0 200 OK (2 bytes) ← GET /d",
            ]
        );
    }

    #[test]
    fn response_split_at_every_byte_gives_identical_layers() {
        let mut d = HttpDecoder::new();
        feed_all(&mut d, Dir::Client, 0, REQS);
        let whole = feed_all(&mut d, Dir::Server, 0, RESPS);
        for cut in 0..=RESPS.len() {
            let mut d = HttpDecoder::new();
            feed_all(&mut d, Dir::Client, 0, REQS);
            let mut out = Vec::new();
            d.feed(Dir::Server, 0, &RESPS[..cut], &mut out);
            d.feed(Dir::Server, cut as u64, &RESPS[cut..], &mut out);
            assert_eq!(out.len(), whole.len(), "cut {cut}");
            for (a, b) in out.iter().zip(&whole) {
                assert_eq!(a.layer, b.layer, "cut {cut}");
                assert_eq!(a.stream_offset, b.stream_offset, "cut {cut}");
            }
        }
        // And one byte at a time.
        let mut d = HttpDecoder::new();
        feed_all(&mut d, Dir::Client, 0, REQS);
        let mut out = Vec::new();
        for (i, b) in RESPS.iter().enumerate() {
            d.feed(Dir::Server, i as u64, std::slice::from_ref(b), &mut out);
        }
        assert_eq!(out.len(), 3);
        assert!(out.iter().zip(&whole).all(|(a, b)| a.layer == b.layer));
    }

    #[test]
    fn bad_chunk_size_is_malformed_then_resyncs() {
        // "zz" is no hex number; the next response is still found.
        let resps =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\nzz\r\njunk\r\n\
HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        let mut d = HttpDecoder::new();
        let r = feed_all(&mut d, Dir::Server, 0, resps);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].layer.anomalies[0].kind, AnomalyKind::Malformed);
        assert!(r[0].layer.anomalies[0].reason.contains("chunk-size"));
        assert!(r[1].layer.anomalies.is_empty());
        assert_eq!(chunk_size(b"1A ; name=v"), Some(26));
        assert_eq!(chunk_size(b""), None);
        assert_eq!(chunk_size(b"12345678901234567"), None);
        assert_eq!(chunk_size(b"-1"), None);
        assert_eq!(chunk_size(b"1 2"), None);
    }

    #[test]
    fn content_length_body_over_three_feeds() {
        // 0000  48 54 54 50 2f 31 2e 31 20 32 30 30 20 4f 4b 0d  HTTP/1.1 200 OK.
        let head = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n";
        let mut d = HttpDecoder::new();
        let mut out = Vec::new();
        d.feed(Dir::Server, 0, &head[..20], &mut out);
        d.feed(
            Dir::Server,
            20,
            &[&head[20..], &b"0123"[..]].concat(),
            &mut out,
        );
        assert!(out.is_empty());
        let at = head.len() as u64 + 4;
        d.feed(Dir::Server, at, b"456789", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].layer.get_uint(f::http::OSIDUMP_BODY_LEN), Some(10));
        assert_eq!(out[0].stream_offset, 0);
        assert_eq!(out[0].layer.span, 0..head.len());
    }

    #[test]
    fn until_close_gap_and_finish() {
        let mut d = HttpDecoder::new();
        let mut out = Vec::new();
        d.feed(Dir::Server, 0, b"HTTP/1.0 200 OK\r\n\r\nabc", &mut out);
        d.gap(Dir::Server, 10);
        d.feed(Dir::Server, 32, b"def", &mut out);
        assert!(out.is_empty());
        d.finish(&mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].layer.get_uint(f::http::OSIDUMP_BODY_LEN), Some(16));
        assert_eq!(out[0].layer.anomalies[0].kind, AnomalyKind::Truncated);
        // A gap that ends exactly at the end of a Content-Length body: the
        // message is reported when the next one starts.
        let mut d = HttpDecoder::new();
        let mut out = Vec::new();
        let head = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123";
        d.feed(Dir::Server, 0, head, &mut out);
        d.gap(Dir::Server, 6);
        let next = head.len() as u64 + 6;
        d.feed(
            Dir::Server,
            next,
            b"HTTP/1.1 204 No Content\r\n\r\n",
            &mut out,
        );
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].layer.get_uint(f::http::OSIDUMP_BODY_LEN), Some(10));
        assert_eq!(out[0].layer.anomalies[0].kind, AnomalyKind::Truncated);
        assert_eq!(out[1].stream_offset, next);
        // Headers never finished.
        let mut d = HttpDecoder::new();
        let mut out = Vec::new();
        d.feed(Dir::Client, 0, b"GET /x HTTP/1.1\r\nHo", &mut out);
        d.finish(&mut out);
        assert_eq!(out[0].layer.get_str(f::http::REQUEST_URI), Some("/x"));
        assert_eq!(out[0].layer.anomalies[0].kind, AnomalyKind::Truncated);
    }

    #[test]
    fn header_cap_and_garbage() {
        let mut d = HttpDecoder::new();
        let mut big = b"GET / HTTP/1.1\r\n".to_vec();
        while big.len() <= HEADER_CAP {
            big.extend_from_slice(b"X-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
        }
        let mut out = Vec::new();
        for (n, c) in big.chunks(1000).enumerate() {
            d.feed(Dir::Client, n as u64 * 1000, c, &mut out);
        }
        assert_eq!(out.len(), 1);
        assert!(out[0].layer.anomalies[0].reason.contains("exceed"));
        let r = feed_all(
            &mut HttpDecoder::new(),
            Dir::Client,
            0,
            b"GET / HTTP/9.9\r\n\r\n",
        );
        assert_eq!(r[0].layer.anomalies[0].kind, AnomalyKind::Malformed);
        assert_eq!(r[0].layer.get_str(f::http::REQUEST_METHOD), Some("GET"));
    }

    #[test]
    fn probe_answers() {
        assert_eq!(probe(b"GET / HTTP/1.1"), Probe::Certain);
        assert_eq!(probe(b"HTTP/1.1 200 OK"), Probe::Certain);
        assert_eq!(probe(b"M-SEARCH * HTTP/1.1"), Probe::Certain);
        assert_eq!(probe(b"GE"), Probe::Unsure);
        assert_eq!(probe(b"HTTP/"), Probe::Unsure);
        assert_eq!(probe(b""), Probe::Unsure);
        assert_eq!(probe(b"GETX / HTTP/1.1"), Probe::NotForUs);
        assert_eq!(probe(b"\x16\x03\x01\x02\x00"), Probe::NotForUs);
        assert_eq!(probe(b"HTTP/2 200"), Probe::NotForUs);
    }

    // RFC 6455 1.3 handshake: key dGhlIHNhbXBsZSBub25jZQ== answers
    // s3pPLMBiTxaQ9kYGzzhZRbK+xOo=.
    fn upgrade(ext: &str, accept: &str) -> (Vec<u8>, Vec<u8>) {
        let req = String::from(
            "GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
Sec-WebSocket-Protocol: chat\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n",
        );
        let resp = format!(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: chat\r\n{ext}\r\n"
        );
        (req.into_bytes(), resp.into_bytes())
    }

    fn ws_frame(b0: u8, key: Option<[u8; 4]>, payload: &[u8]) -> Vec<u8> {
        let mut v = vec![b0];
        let m = if key.is_some() { 0x80 } else { 0 };
        match payload.len() {
            n if n < 126 => v.push(m | n as u8),
            n if n <= 0xffff => {
                v.push(m | 126);
                v.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                v.push(m | 127);
                v.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        if let Some(k) = key {
            v.extend_from_slice(&k);
        }
        v.extend(
            payload
                .iter()
                .enumerate()
                .map(|(i, b)| b ^ key.map_or(0, |k| k[i % 4])),
        );
        v
    }

    /// The whole WebSocket session, per direction.
    fn ws_session() -> (Vec<u8>, Vec<u8>) {
        let (mut c, mut s) = upgrade("", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        let k = Some([0x37, 0xfa, 0x21, 0x3d]);
        // RFC 6455 5.7: 81 85 37 fa 21 3d 7f 9f 4d 51 58 (masked "Hello")
        c.extend([
            0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58,
        ]);
        c.extend(ws_frame(0x01, k, b"frag-"));
        c.extend(ws_frame(0x89, k, b"are you there"));
        c.extend(ws_frame(0x80, k, b"mented"));
        let mut close = 1000u16.to_be_bytes().to_vec();
        close.extend_from_slice(b"bye");
        c.extend(ws_frame(0x88, k, &close));
        // Server: a first frame in the same segment as the 101, then a
        // 16-bit and a 64-bit length, pong, close.
        s.extend(ws_frame(0x81, None, b"welcome"));
        s.extend(ws_frame(0x82, None, &[0xab; 300]));
        s.extend(ws_frame(0x82, None, &vec![0xcd; 70_000]));
        s.extend(ws_frame(0x8a, None, b"are you there"));
        s.extend(ws_frame(0x88, None, &close));
        (c, s)
    }

    #[test]
    fn websocket_upgrade_and_frames() {
        let (c, s) = ws_session();
        let mut d = HttpDecoder::new();
        let hs_len = upgrade("", "").0.len();
        let qc = feed_all(&mut d, Dir::Client, 0, &c[..hs_len]);
        assert_eq!(qc.len(), 1);
        let up = &qc[0].layer;
        assert_eq!(
            up.get_str(f::http::SEC_WEBSOCKET_KEY),
            Some("dGhlIHNhbXBsZSBub25jZQ==")
        );
        assert_eq!(up.get_str(f::http::SEC_WEBSOCKET_VERSION), Some("13"));
        assert_eq!(up.get_str(f::http::SEC_WEBSOCKET_PROTOCOL), Some("chat"));
        assert_eq!(
            up.get_str(f::http::SEC_WEBSOCKET_EXTENSIONS),
            Some("permessage-deflate")
        );
        assert_eq!(
            super::super::websocket::session_phase(up),
            Some("WebSocket handshake 1/2 upgrade (dial)")
        );
        assert_eq!(d.protocol(), "http");
        let qs = feed_all(&mut d, Dir::Server, 0, &s);
        assert_eq!(d.protocol(), "websocket");
        assert_eq!(qs.len(), 6, "{qs:#?}");
        let ans = &qs[0].layer;
        assert_eq!(ans.protocol, "http");
        assert_eq!(ans.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID), Some(1));
        assert!(ans.anomalies.is_empty());
        assert_eq!(
            super::super::websocket::session_phase(ans),
            Some("WebSocket handshake 2/2 101 (answer)")
        );
        assert_eq!(
            qs[1].layer.get_str(f::websocket::PAYLOAD_TEXT),
            Some("welcome")
        );
        assert_eq!(
            qs[1].stream_offset as usize,
            upgrade("", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=").1.len()
        );
        assert_eq!(
            qs[2].layer.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_16),
            Some(300)
        );
        assert_eq!(
            qs[3].layer.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_64),
            Some(70_000)
        );
        assert_eq!(
            qs[4].layer.get(f::websocket::PAYLOAD_PONG),
            Some(&Value::Bytes(Cow::Borrowed(&b"are you there"[..])))
        );
        let qc = feed_all(&mut d, Dir::Client, hs_len as u64, &c[hs_len..]);
        let got: Vec<_> = qc
            .iter()
            .map(|m| super::super::websocket::summary(&m.layer))
            .collect();
        assert_eq!(
            got,
            [
                "Text [FIN] [MASKED] \"Hello\"",
                "Text [MASKED] (5 bytes)",
                "Ping [FIN] [MASKED] (13 bytes)",
                "Continuation [FIN] [MASKED] [2 fragments] \"frag-mented\"",
                "Close 1000 Normal Closure \"bye\"",
            ]
        );
        assert_eq!(
            qc[3].layer.get_uint(f::websocket::OSIDUMP_MESSAGE_LEN),
            Some(11)
        );
        assert!(qc.iter().chain(&qs).all(|m| m.layer.anomalies.is_empty()));
    }

    #[test]
    fn wrong_accept_is_flagged() {
        let (c, s) = upgrade("", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        let mut d = HttpDecoder::new();
        feed_all(&mut d, Dir::Client, 0, &c);
        let r = feed_all(&mut d, Dir::Server, 0, &s);
        assert_eq!(
            r[0].layer.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID),
            Some(0)
        );
        assert_eq!(r[0].layer.anomalies[0].kind, AnomalyKind::Malformed);
        assert!(
            r[0].layer.anomalies[0]
                .reason
                .contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
        );
    }

    fn deflate_raw(data: &[u8], c: &mut flate2::Compress) -> Vec<u8> {
        let mut out = Vec::with_capacity(data.len() + 64);
        c.compress_vec(data, &mut out, flate2::FlushCompress::Sync)
            .unwrap();
        out.truncate(out.len() - 4); // the 00 00 ff ff tail, RFC 7692 7.2.1
        out
    }

    #[test]
    fn permessage_deflate_negotiated_by_the_101() {
        for (ext, takeover) in [
            ("Sec-WebSocket-Extensions: permessage-deflate\r\n", true),
            (
                "Sec-WebSocket-Extensions: permessage-deflate; client_no_context_takeover\r\n",
                false,
            ),
        ] {
            let (c, s) = upgrade(ext, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
            let mut comp = flate2::Compress::new(flate2::Compression::default(), false);
            let mut frames = Vec::new();
            for msg in [
                "compress me please",
                "compress me please",
                "and again, compress me",
            ] {
                if !takeover {
                    comp.reset();
                }
                frames.extend(ws_frame(
                    0xc1,
                    Some([1, 2, 3, 4]),
                    &deflate_raw(msg.as_bytes(), &mut comp),
                ));
            }
            let mut d = HttpDecoder::new();
            feed_all(&mut d, Dir::Client, 0, &c);
            feed_all(&mut d, Dir::Server, 0, &s);
            let r = feed_all(&mut d, Dir::Client, c.len() as u64, &frames);
            let texts: Vec<_> = r
                .iter()
                .map(|m| m.layer.get_str(f::websocket::PAYLOAD_TEXT))
                .collect();
            assert_eq!(
                texts,
                [
                    Some("compress me please"),
                    Some("compress me please"),
                    Some("and again, compress me")
                ]
            );
            assert!(r.iter().all(|m| m.layer.anomalies.is_empty()
                && m.layer.get_uint(f::websocket::OSIDUMP_INFLATED) == Some(1)
                && m.layer.get_uint(f::websocket::PMC) == Some(1)));
        }
    }

    #[test]
    fn every_prefix_of_every_stream_never_panics() {
        let (wc, ws) = ws_session();
        let (bc, bs) = upgrade("Sec-WebSocket-Extensions: permessage-deflate\r\n", "bad");
        let streams: [(&[u8], &[u8]); 3] = [(REQS, RESPS), (&wc, &ws[..2000]), (&bc, &bs)];
        for (c, s) in streams {
            for n in 0..=c.len().max(s.len()) {
                let mut d = HttpDecoder::new();
                let mut out = Vec::new();
                d.feed(Dir::Client, 0, &c[..n.min(c.len())], &mut out);
                d.feed(Dir::Server, 0, &s[..n.min(s.len())], &mut out);
                d.gap(Dir::Server, 7);
                d.feed(Dir::Server, n as u64 + 7, &s[n.min(s.len())..], &mut out);
                d.finish(&mut out);
                for m in &out {
                    let _ = summary(&m.layer);
                    let _ = super::super::websocket::summary(&m.layer);
                }
            }
        }
    }

    /// TCP segments of a capture, as (frame, time, conversation side key,
    /// flags, seq, payload), Ethernet + IPv4 only, parsed by hand.
    type Seg = (u64, i128, ([u8; 6], [u8; 6]), u8, u32, Vec<u8>);

    fn segments(path: &std::path::Path) -> Vec<Seg> {
        use crate::source::FrameSource;
        let mut src = crate::source::file::FileSource::open(path).unwrap();
        let mut v = Vec::new();
        while let Ok(Some(f)) = src.next_frame() {
            let b = f.data;
            if b.len() < 34 || b[12..14] != [8, 0] || b[23] != 6 {
                continue;
            }
            let ihl = usize::from(b[14] & 15) * 4;
            let total = usize::from(u16::from_be_bytes([b[16], b[17]]));
            let t = 14 + ihl;
            let end = (14 + total).min(b.len());
            if end < t + 20 {
                continue;
            }
            let off = usize::from(b[t + 12] >> 4) * 4;
            let mut a = [0u8; 6];
            a[..4].copy_from_slice(&b[26..30]);
            a[4..].copy_from_slice(&b[t..t + 2]);
            let mut z = [0u8; 6];
            z[..4].copy_from_slice(&b[30..34]);
            z[4..].copy_from_slice(&b[t + 2..t + 4]);
            let seq = u32::from_be_bytes([b[t + 4], b[t + 5], b[t + 6], b[t + 7]]);
            let payload = b.get(t + off..end).unwrap_or(&[]).to_vec();
            v.push((f.number, f.ts.as_nanos(), (a, z), b[t + 13], seq, payload));
        }
        v
    }

    /// Feeds one capture's TCP conversations through `HttpDecoder`, in
    /// order (retransmissions trimmed, holes reported as gaps); returns
    /// (frame, layer) for every message.
    fn run_capture(path: &std::path::Path) -> Vec<(u64, Layer<'static>)> {
        use std::collections::HashMap;
        struct Conv {
            client: ([u8; 6], [u8; 6]),
            next: [Option<u32>; 2],
            off: [u64; 2],
            dec: HttpDecoder,
        }
        let mut convs: HashMap<([u8; 6], [u8; 6]), Conv> = HashMap::new();
        let mut out = Vec::new();
        for (n, ts, (a, z), flags, seq, payload) in segments(path) {
            let key = if a < z { (a, z) } else { (z, a) };
            let c = convs.entry(key).or_insert_with(|| Conv {
                client: (a, z),
                next: [None; 2],
                off: [0; 2],
                dec: HttpDecoder::new(),
            });
            if flags & 0x12 == 0x02 {
                c.client = (a, z);
            }
            let dir = if c.client == (a, z) {
                Dir::Client
            } else {
                Dir::Server
            };
            let i = dir.index();
            let syn_fin = u32::from(flags & 0x03 != 0);
            let next = *c.next[i].get_or_insert(seq.wrapping_add(u32::from(flags & 0x02 != 0)));
            let ahead = seq.wrapping_sub(next) as i32;
            let mut data = &payload[..];
            if ahead < 0 {
                data = &data[((-ahead) as usize).min(data.len())..];
            } else if ahead > 0 && !data.is_empty() {
                c.dec.gap(dir, ahead as u64);
                c.off[i] += ahead as u64;
            }
            if ahead >= 0 || !data.is_empty() {
                let adv = data.len() as u32 + if ahead >= 0 { ahead as u32 } else { 0 };
                c.next[i] = Some(next.wrapping_add(adv).wrapping_add(syn_fin));
            }
            let mut msgs = Vec::new();
            if !data.is_empty() {
                c.dec.set_time_ns(ts);
                c.dec.feed(dir, c.off[i], data, &mut msgs);
                c.off[i] += data.len() as u64;
            }
            out.extend(msgs.into_iter().map(|m| (n, m.layer)));
        }
        for c in convs.values_mut() {
            let mut msgs = Vec::new();
            c.dec.finish(&mut msgs);
            out.extend(msgs.into_iter().map(|m| (u64::MAX, m.layer)));
        }
        out
    }

    /// Real captures under $OSIDUMP_CORPUS, compared with values read by
    /// tshark 4.0.17, e.g.
    /// `tshark -r F -T fields -e frame.number -e http.request.method
    ///  -e http.response.code -e http.time -e websocket.opcode -Y 'http||websocket'`.
    #[test]
    fn corpus_against_tshark() {
        let Some(dir) = std::env::var_os("OSIDUMP_CORPUS") else {
            return;
        };
        let dir = std::path::PathBuf::from(dir);
        let ops = |msgs: &[(u64, Layer<'static>)]| -> Vec<(u64, u64)> {
            msgs.iter()
                .filter_map(|(n, l)| Some((*n, l.get_uint(f::websocket::OPCODE)?)))
                .collect()
        };

        // two-binary-fragments: 4 GET /, 6 101 (time 0.000191000), 8 ping,
        // 10 pong, 11 binary, 13 binary + continuation (12 bytes), 14/15 close.
        let m = run_capture(&dir.join("zeek/websocket/two-binary-fragments.pcap"));
        assert_eq!(
            ops(&m),
            [
                (8, 9),
                (10, 10),
                (11, 2),
                (13, 2),
                (13, 0),
                (14, 8),
                (15, 8)
            ]
        );
        let ans = m.iter().find(|(n, _)| *n == 6).map(|(_, l)| l).unwrap();
        assert_eq!(ans.get_uint(f::http::RESPONSE_CODE), Some(101));
        assert_eq!(ans.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID), Some(1));
        assert_eq!(ans.get(f::http::TIME).unwrap().to_string(), "0.000191000");
        assert_eq!(
            ans.get_str(f::http::RESPONSE_FOR_URI),
            Some("http://localhost:8080/")
        );
        let last = &m
            .iter()
            .find(|(n, l)| *n == 13 && l.get_uint(f::websocket::OPCODE) == Some(0))
            .unwrap()
            .1;
        assert_eq!(last.get_uint(f::websocket::REASSEMBLED_LENGTH), Some(12));
        assert_eq!(last.get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE), None);
        let close = &m.iter().find(|(n, _)| *n == 14).unwrap().1;
        assert_eq!(
            close.get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE),
            Some(1000)
        );

        // reply-ping-coalesced: the ping shares frame 6 with the 101.
        let m = run_capture(&dir.join("zeek/websocket/reply-ping-coalesced.pcap"));
        assert_eq!(
            ops(&m).iter().map(|o| o.1).collect::<Vec<_>>(),
            [9, 10, 1, 1, 8, 8]
        );
        assert_eq!(ops(&m)[0].0, 6);

        // wrong-accept-header: frame 6 answers key VMueuJIhu60C0hDKL+vS6g==
        // with N8ntNYkX6Qerw4tK3s/CYzpSZNc=-wrong (right: ...ZNc=).
        let m = run_capture(&dir.join("zeek/websocket/wrong-accept-header.pcap"));
        let ans = m.iter().find(|(n, _)| *n == 6).map(|(_, l)| l).unwrap();
        assert_eq!(ans.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID), Some(0));
        assert!(!ans.anomalies.is_empty());

        // pipelined-requests: responses in frames 5, 12, 15, 18, 45.
        let m = run_capture(&dir.join("zeek/http/pipelined-requests.pcap"));
        let resp: Vec<_> = m
            .iter()
            .filter(|(_, l)| l.get_uint(f::http::RESPONSE) == Some(1))
            .take(5)
            .map(|(n, l)| {
                (
                    *n,
                    l.get(f::http::TIME)
                        .map(|t| t.to_string())
                        .unwrap_or_default(),
                    l.get_uint(f::http::CONTENT_LENGTH),
                )
            })
            .collect();
        assert_eq!(
            resp,
            [
                (5, "0.018034000".to_string(), Some(946)),
                (12, "0.007354000".to_string(), Some(6716)),
                (15, "0.005036000".to_string(), Some(94)),
                (18, "0.005565000".to_string(), Some(2349)),
                (45, "0.012293000".to_string(), Some(27579)),
            ]
        );
        let first = m.iter().find(|(n, _)| *n == 5).unwrap();
        assert_eq!(
            first.1.get_str(f::http::RESPONSE_FOR_URI),
            Some("http://www.mozilla.org/style/enhanced.css")
        );

        // Every other capture of the kind goes through without a panic.
        for sub in ["zeek/websocket", "zeek/http"] {
            for e in std::fs::read_dir(dir.join(sub)).unwrap().flatten() {
                if e.path().is_file() {
                    run_capture(&e.path());
                }
            }
        }
        for f in [
            "TwoHttpRequests.pcap",
            "TwoHttpResponses.pcap",
            "PartialHttpRequest.pcap",
            "HttpMalformedResponse.pcapng",
        ] {
            run_capture(&dir.join("pcapplusplus").join(f));
        }
    }
}
