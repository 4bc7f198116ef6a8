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
//! (`osidump.http.request_method`) and the time since it (`http.time`, from
//! the times given to [`HttpDecoder::set_time_ns`]), which also makes
//! keep-alive and pipelining work; `http.response_for.uri` is the last
//! request's URI, as tshark keeps it for the conversation. A `101
//! Switching Protocols` with `Upgrade: websocket` switches both directions
//! to [`WsDecoder`] (bytes after the 101's headers in the same
//! feed are WebSocket frames already); `Sec-WebSocket-Accept` is checked
//! against the request's key. Other upgrades turn the conversation into an
//! opaque tunnel; a CONNECT answered `200` makes it a [`tunnel::Tunnel`]
//! from the next segment on, read by the protocol of the URI's port.
//!
//! Layer spans are relative to the message's `stream_offset` (the headers,
//! for HTTP). No input makes this module panic.

pub(crate) mod body;
pub mod fields;
pub(crate) mod media_types;
mod summary;
pub mod tunnel;
pub use summary::*;

use crate::dissect::event::{AppMessage, MAX_BODY};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use std::borrow::Cow;
use std::collections::VecDeque;

use super::websocket::{Deflate, WsDecoder, accept_key};
use super::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{ascii, lossy};
use crate::dissect::{AnomalyKind, Layer, Osi, Value};

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

/// The request methods tshark 4.0's `is_http_request_or_reply` knows
/// (after an optional `M-` prefix, RFC 2774's mandatory extension): a
/// request line with any other method starts no HTTP message there (the
/// first one of a conversation is not HTTP at all, a later one is
/// `Continuation`). Checked with tshark 4.0 one method at a time.
const METHODS: &[&[u8]] = &[
    b"GET",
    b"PUT",
    b"COPY",
    b"HEAD",
    b"LOCK",
    b"MOVE",
    b"POLL",
    b"POST",
    b"BCOPY",
    b"BMOVE",
    b"MKCOL",
    b"TRACE",
    b"LABEL",
    b"MERGE",
    b"PATCH",
    b"DELETE",
    b"SEARCH",
    b"UNLOCK",
    b"REPORT",
    b"UPDATE",
    b"NOTIFY",
    b"BDELETE",
    b"CONNECT",
    b"OPTIONS",
    b"CHECKIN",
    b"PROPFIND",
    b"CHECKOUT",
    b"CCM_POST",
    b"SUBSCRIBE",
    b"PROPPATCH",
    b"BPROPFIND",
    b"BPROPPATCH",
    b"UNCHECKOUT",
    b"MKACTIVITY",
    b"MKWORKSPACE",
    b"RPC_CONNECT",
    b"RPC_IN_DATA",
    b"UNSUBSCRIBE",
    b"RPC_OUT_DATA",
    b"VERSION-CONTROL",
    b"BASELINE-CONTROL",
    b"SSTP_DUPLEX_POST",
];

/// The longest of [`METHODS`].
const LONGEST_METHOD: usize = {
    let mut i = 0;
    let mut n = 0;
    while i < METHODS.len() {
        if METHODS[i].len() > n {
            n = METHODS[i].len();
        }
        i += 1;
    }
    n
};

/// Is `method` one tshark 4.0 reads a request line with?
fn known_method(method: &[u8]) -> bool {
    let m = method.strip_prefix(b"M-").unwrap_or(method);
    METHODS.contains(&m)
}

/// tshark 4.0's HTTP heuristic on TCP (`dissect_http_heur_tcp`), tried on
/// each segment of a conversation no dissector has by port, each segment
/// alone: its first line (ended by CR, LF or CR LF; a CR that is the
/// segment's last byte ends nothing) is not 8 bytes long, and either the
/// segment starts with `HTTP/1.` or the 7 bytes from 8 before the line's
/// end are `HTTP/1.` (a request line's version), both without regard to
/// case. tvbuff reads a negative offset from the end of the segment: a
/// first line of 0 or 1 byte compares the segment's last 8 or 7 bytes.
/// A segment without a line end (`GET`, three bytes of a request line) is
/// never HTTP; a later one may be.
pub fn heuristic(payload: &[u8]) -> Probe {
    const TOKEN: &[u8] = b"HTTP/1.";
    let Some((line, _)) = line_end(payload, true) else {
        return Probe::NotForUs;
    };
    if line == 8 {
        return Probe::NotForUs;
    }
    let token_at = |at: usize| {
        payload
            .get(at..at + TOKEN.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(TOKEN))
    };
    let before_end = if line >= 8 {
        Some(line - 8)
    } else {
        // From the end of the segment, if it has that many bytes.
        payload.len().checked_sub(8 - line)
    };
    if before_end.is_some_and(token_at) || token_at(0) {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

/// Does `payload` start an HTTP/1.x request or status line? `Unsure` when
/// it is too short to tell (a prefix of `HTTP/` or of `METHOD `). A status
/// line is any line starting `HTTP/`, as tshark's is_http_request_or_reply
/// takes it (`HTTP/2.0 200 OK`, `HTTP/0.9 200 OK` are responses to it).
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
    let mut best = starts(payload, b"HTTP", b"/");
    // `M-` and a method (M-SEARCH, M-GET).
    let payload = payload.strip_prefix(b"M-").unwrap_or(payload);
    // The method ends at a space or, a line of the method alone, at the
    // line's end. No method holds one of those bytes: where the first of
    // them is decides at once (this runs on every header line and
    // segment; the walk below tries each method with each separator).
    let window = &payload[..payload.len().min(LONGEST_METHOD + 1)];
    if let Some(end) = window
        .iter()
        .position(|&c| matches!(c, b' ' | b'\r' | b'\n'))
    {
        return if METHODS.contains(&&payload[..end]) {
            Probe::Certain
        } else {
            best
        };
    }
    if payload.len() > LONGEST_METHOD {
        // No separator where one would end any method.
        return best;
    }
    for m in METHODS {
        for sep in [&b" "[..], b"\r", b"\n"] {
            match starts(payload, m, sep) {
                Probe::Certain => return Probe::Certain,
                Probe::Unsure => best = Probe::Unsure,
                Probe::NotForUs => {}
            }
        }
    }
    best
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Mode {
    #[default]
    Http,
    WebSocket,
    /// A tunnel (non-WebSocket upgrade): bytes are not decoded.
    Opaque,
    /// A CONNECT tunnel: bytes go to [`HttpDecoder::tunnel`].
    Tunnel,
    /// HTTP/2 in clear text: by prior knowledge (the client's preface where
    /// a request was expected) or by `Upgrade: h2c`.
    Http2,
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

/// The request of a request/response slot, as a response shows it.
#[derive(Debug, Clone)]
struct Pairing {
    method: String,
    time: Option<i128>,
}

/// A message whose headers were parsed and whose body is being read.
#[derive(Debug)]
struct InMsg {
    layer: Layer<'static>,
    start: u64,
    request: bool,
    /// A NOTIFY (GENA, SSDP): Wireshark's HTTP_NOTIFICATION, neither a
    /// request nor a response; it takes no request number.
    notification: bool,
    /// Request: its id in the pending queue.
    id: u64,
    full_uri: Option<String>,
    /// What a request leaves as the conversation's URI (see
    /// [`HttpDecoder::conv_uri`]).
    conv_uri: Option<String>,
    body: Option<Body>,
    body_len: u64,
    preview: Vec<u8>,
    /// The body's first [`body::BODY_KEEP`] bytes (de-chunked), and what
    /// the headers say of it.
    kept: Vec<u8>,
    /// The bytes after each chunk's data (as many as [`InMsg::chunks`]
    /// lists of data chunks).
    boundaries: Vec<Vec<u8>>,
    framing: body::Framing,
    /// The stream ended inside the body: tshark shows no body.
    body_incomplete: bool,
    chunks: Vec<u64>,
    chunk_count: u64,
    trailers: Vec<String>,
    /// The last chunk's size line held no number: tshark's reassembly
    /// did not wait for a line after it.
    trailer_no_wait: bool,
    lost: u64,
    /// After the message: what the connection becomes.
    then: Then,
    /// The frame whose bytes completed the head.
    head_frame: u64,
    /// The whole message for its event, when messages are collected.
    draft: Option<Draft>,
    /// What its authentication headers carried ([`auth_token`]).
    auth: Vec<Layer<'static>>,
}

/// A message being collected whole (head, then the de-chunked body).
#[derive(Debug)]
struct Draft {
    start_line: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    chunked: bool,
    incomplete: bool,
}

impl Draft {
    fn new(start_line: String, h: &[Hdr<'_>]) -> Draft {
        let headers: Vec<(String, String)> = h
            .iter()
            .map(|x| (x.name.to_string(), x.value.to_string()))
            .collect();
        let chunked = headers.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("transfer-encoding")
                && v.to_ascii_lowercase().contains("chunked")
        });
        Draft {
            start_line,
            headers,
            body: Vec::new(),
            chunked,
            incomplete: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Then {
    Http,
    WebSocket(Option<Deflate>),
    Opaque,
    /// `101` to `Upgrade: h2c`: the request (method, URI) is stream 1;
    /// HTTP/2 starts right after the 101 when its request was seen, else
    /// with the next segment (see [`HttpDecoder::h2_from_next_segment`]).
    Http2(String, String, bool),
}

#[derive(Debug, Default)]
struct HDir {
    mode: Mode,
    buf: Vec<u8>,
    buf_start: u64,
    /// Stream offset of the first byte of the segment being fed.
    seg_offset: u64,
    msg: Option<InMsg>,
    /// Looking for the next request/status line after damage.
    resync: bool,
    /// The client asked for a WebSocket upgrade that is not answered yet.
    ws_asked: bool,
    /// The message about to start came after a CRLF that packet-http.c
    /// skips with its http.leading_crlf item (see [`leading_crlf`]).
    leading_crlf: bool,
    /// Offset just past the last byte fed (or skipped in a gap).
    end: u64,
    /// How the side ended, once it did ([`StreamDecoder::closed_by_fin`],
    /// [`StreamDecoder::closed_by_reset`]).
    closed: Closed,
}

/// How one side of the conversation ended.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Closed {
    /// Not told: still open, or the capture (or the memory budget) ended it.
    #[default]
    No,
    Fin,
    Reset,
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
    /// The frames of the last slot and the one before it (tshark's
    /// req_res list, of which a message reads only its own slot and the
    /// previous one in one pass).
    slot: SlotFrames,
    prev_slot: Option<SlotFrames>,
    /// The request of the last slot (method, time), when it has one: a
    /// response is shown with its slot's request (`http.time`), as
    /// tshark's req_res entry keeps it, not with the oldest request still
    /// unanswered.
    slot_request: Option<Pairing>,
    /// The URI of the last request or notification (SUBSCRIBE, NOTIFY)
    /// read, in full when it has a host: packet-http.c keeps it as the
    /// conversation's (`conv_data->full_uri`, else `request_uri`), and every
    /// response is shown with it (`http.response_for.uri`), one with no
    /// request of its own too.
    conv_uri: Option<String>,
    /// Number of the frame being fed.
    frame: u64,
    now: Option<i128>,
    ws: Option<WsDecoder>,
    /// Hand out whole messages (events) too.
    collect: bool,
    /// Carried by TLS: full URIs are `https://`.
    secure: bool,
    /// The bytes being fed are to or from TCP port 443.
    tls_port: bool,
    /// What the conversation became after `Upgrade: h2c` or an HTTP/2
    /// preface.
    h2: Option<Box<super::http2::Http2Decoder>>,
    /// The conversation switched to HTTP/2 after a 101 whose request was
    /// not seen: the rest of the 101's segment goes to no one.
    h2_from_next_segment: bool,
    /// The bytes being read (a segment, or what was held and the segment)
    /// start with an MS-RPCH channel request (`RPC_IN_DATA`,
    /// `RPC_OUT_DATA`): see [`rpc_channel_body`].
    rpc_channel_bytes: bool,
    /// A message was shown from the bytes TCP handed over in this call of
    /// tshark's HTTP dissector: the next one is read by the same call.
    call_open: bool,
    /// A request line was read in either direction (tshark's
    /// `conv_data->request_uri`): bytes that start no message are then
    /// shown as HTTP whatever they hold.
    seen_request: bool,
    /// The next feed starts a segment (`set_frame` comes before each
    /// segment's bytes).
    new_segment: bool,
    /// Bytes the snap length cut off the segment being fed (its own
    /// bytes): tshark's TCP cannot reassemble such a segment and hands
    /// HTTP what was captured of it alone ([`HttpDecoder::cut_segment`]).
    snap_cut: u64,
    /// The run's HTTP/2 stream-id media table, for an HTTP/2 upgrade.
    h2_media: Option<super::http2::StreamMedia>,
    /// tshark's conversation facts a CONNECT tunnel opens on: the last
    /// request's method and URI, the last response's status code.
    last_method: Option<String>,
    last_uri: Option<String>,
    last_code: Option<u16>,
    /// What a CONNECT answered `200` carries, from the segment after.
    tunnel: Option<Box<tunnel::Tunnel>>,
    /// For the decoder a tunnel carries: the key log, the fingerprints
    /// left out, the `--decode-as` rules.
    keys: Option<super::tls::keylog::Keys>,
    skip_fingerprints: bool,
    /// No output or filter of the run reads the fields [`DETAIL`] names:
    /// leave them out.
    skip_detail: bool,
    rules: Vec<crate::dissect::registry::DecodeAs>,
    /// DoH bodies (RFC 8484) of this connection matched by transaction id
    /// (`dns.response_to`, `dns.time`), as DNS over TCP.
    doh: Option<Box<super::dns::DnsTracker<()>>>,
}

/// Open DoH transactions remembered per connection; the oldest is
/// forgotten first.
const MAX_DOH_TRANSACTIONS: usize = 256;

/// The fields of a message that no summary, column, expert item or view
/// reads: built only when the run shows every field or names one of them
/// ([`crate::dissect::detail_fields_read`]). Each header line as a field
/// of its own (`http.request.line`, `http.response.line`: an owned copy
/// of every header of every message); the named headers (`http.host`,
/// `http.user_agent`...) stay, the views read them.
pub(crate) static DETAIL: &[&FieldDef] = &[f::http::REQUEST_LINE, f::http::RESPONSE_LINE];

/// What tshark's HTTP makes of a segment of a side out of step.
enum Continued {
    /// Its first line starts a request or a response: read on.
    Starts,
    /// Shown (or held for the next segment): nothing more to read.
    Taken,
}

/// Where a request/response slot's messages were shown (0: not seen).
#[derive(Debug, Default, Clone, Copy)]
struct SlotFrames {
    request: u64,
    response: u64,
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

    /// A body's layer that is a DoH message: matched to the connection's
    /// queries by id.
    fn match_doh(&mut self, body: Option<&mut Layer<'static>>) {
        let Some(dns) = body.filter(|l| l.has(f::dns::OSIDUMP_DOH)) else {
            return;
        };
        let Some(id) = dns.get_uint(f::dns::ID) else {
            return;
        };
        let response = matches!(dns.get(f::dns::FLAGS_RESPONSE), Some(Value::Bool(true)));
        let tracker = self.doh.get_or_insert_with(|| {
            Box::new(super::dns::DnsTracker::with_capacity(MAX_DOH_TRANSACTIONS))
        });
        let seen =
            tracker.observe_message((), id as u16, response, self.frame, self.now.unwrap_or(0));
        if dns.thrown.is_none() {
            super::dns::add_observed_fields(dns, seen);
        }
    }

    /// Capture time (nanoseconds since the epoch) of the bytes about to be
    /// fed; `http.time` on responses is computed from it.
    pub fn set_time_ns(&mut self, ts_nanos: i128) {
        self.now = Some(ts_nanos);
        if let Some(t) = self.tunnel.as_mut() {
            t.set_time_ns(ts_nanos);
        }
        if let Some(h2) = self.h2.as_mut() {
            h2.set_time_ns(ts_nanos);
        }
    }

    /// packet-http.c's test, each time TCP hands it a segment: the last
    /// request was a CONNECT (with a URI) and the last response a `200`.
    fn tunnel_due(&self) -> bool {
        self.tunnel.is_none()
            && self.last_code == Some(200)
            && self
                .last_method
                .as_deref()
                .is_some_and(|m| m.starts_with("CONNECT"))
            && self.last_uri.is_some()
    }

    /// Every byte from here on, both ways, goes through the tunnel; what
    /// HTTP held of an unfinished message is dropped.
    fn open_tunnel(&mut self) {
        let mut t = tunnel::Tunnel::new(self.last_uri.as_deref().unwrap_or(""));
        t.keys = self.keys.clone();
        t.skip_fingerprints = self.skip_fingerprints;
        t.collect = self.collect;
        t.media = self.h2_media.clone();
        t.rules = self.rules.clone();
        t.set_frame(self.frame);
        if let Some(now) = self.now {
            t.set_time_ns(now);
        }
        for d in &mut self.dirs {
            d.mode = Mode::Tunnel;
            d.buf = Vec::new();
            d.msg = None;
            d.resync = false;
        }
        self.tunnel = Some(Box::new(t));
    }

    /// Number of the frame whose bytes are about to be fed: a message
    /// completed now is shown there (`http.request_in` and the like point
    /// to it).
    pub fn set_frame(&mut self, number: u64) {
        self.frame = number;
        self.new_segment = true;
        self.call_open = false;
        if let Some(t) = self.tunnel.as_mut() {
            t.set_frame(number);
        }
        if let Some(h2) = self.h2.as_mut() {
            h2.set_frame(number);
        }
    }

    /// A segment (with what the segment before left, `tvb`, from stream
    /// offset `at`) of side `i`, out of step after a gap or bytes that
    /// started no message, in a conversation where a request was seen:
    /// read as packet-http.c's dissect_http_message reads a segment TCP
    /// hands it whole. A first line that is a request or status line
    /// starts a message; otherwise it is `Continuation`: an `http` item
    /// with the data when the first byte is not printable; else the lines
    /// holding a ':' are headers (known ones as their fields), up to a
    /// blank line or the first line without one, and what follows is the
    /// body (`http.file_data` and its dissector). A first line with no
    /// end yet waits for the next segment, as tshark asks TCP for one.
    fn continuation(&mut self, i: usize, tvb: &[u8], at: u64, out: &mut Vec<Message>) -> Continued {
        self.continuation_of(i, tvb, at, false, out)
    }

    /// [`HttpDecoder::continuation`]; `cut`: the bytes are what the snap
    /// length left of a segment, which HTTP reads to their end and past it
    /// (a header block that does not end there throws a `BoundsError`).
    fn continuation_of(
        &mut self,
        i: usize,
        tvb: &[u8],
        at: u64,
        cut: bool,
        out: &mut Vec<Message>,
    ) -> Continued {
        let before = out.len();
        let continued = self.continuation_items(i, tvb, at, cut, out);
        if let Some(m) = out.get_mut(before) {
            self.join_call(&mut m.layer);
        }
        continued
    }

    /// A message (or Continuation) shown from the bytes of this call of
    /// tshark's HTTP dissector: one after the first is marked
    /// `osidump.http.same_call` (HTTP is not listed again in
    /// frame.protocols), and the call is open from here on.
    fn join_call(&mut self, l: &mut Layer<'static>) {
        if std::mem::replace(&mut self.call_open, true) {
            l.boolean(f::http::OSIDUMP_SAME_CALL, true);
        }
    }

    fn continuation_items(
        &mut self,
        i: usize,
        tvb: &[u8],
        at: u64,
        cut: bool,
        out: &mut Vec<Message>,
    ) -> Continued {
        let mut off = 0;
        if tvb.len() > 3 && tvb.starts_with(b"\r\n") {
            off = 2;
        }
        let Some(&first) = tvb.get(off) else {
            return Continued::Taken;
        };
        let mut l = Layer::new(Osi::Application, "http", 0..tvb.len());
        l.uint(f::http::OSIDUMP_CONTINUATION, tvb.len() as u64);
        // Before any request packet-http.c writes no Info for it.
        if !self.seen_request {
            l.uint(f::http::OSIDUMP_CUT_INFO, 0u32);
        }
        let push = |l: Layer<'static>, out: &mut Vec<Message>| {
            out.push(Message {
                event: None,
                layer: l,
                stream_offset: at,
                stream_end: at + tvb.len() as u64,
            })
        };
        if !(0x20..0x7f).contains(&first) {
            body::data_fields(&mut l, tvb, true);
            push(l, out);
            return Continued::Taken;
        }
        if off == 2 {
            leading_crlf(&mut l);
        }
        if line_end(&tvb[off..], true).is_none() {
            if tvb.len() <= HEADER_CAP {
                let d = &mut self.dirs[i];
                d.buf = tvb.to_vec();
                d.buf_start = at;
            }
            return Continued::Taken;
        }
        if probe(&tvb[off..]) == Probe::Certain {
            return Continued::Starts;
        }
        let mut hdrs = Vec::new();
        let mut pos = off;
        let mut thrown = false;
        let mut ended = false;
        while pos < tvb.len() {
            let (len, next) =
                line_end(&tvb[pos..], false).unwrap_or((tvb.len() - pos, tvb.len() - pos));
            let line = &tvb[pos..pos + len];
            if len == 0 {
                pos += next;
                ended = true;
                break;
            }
            if probe(line) == Probe::Certain {
                // A request or status line further down: tshark reads it
                // into the same item; not followed here.
                break;
            }
            let Some(hdr) = header_line(line, &tvb[pos..pos + next]) else {
                // After a header, a last line with no end makes tshark
                // read past the segment, and throw.
                thrown = !hdrs.is_empty() && pos + len == tvb.len();
                break;
            };
            hdrs.push(hdr);
            pos += next;
        }
        let info = header_fields(&mut l, &hdrs, None, true);
        if cut && (thrown || (!ended && pos >= tvb.len())) {
            l.throw(AnomalyKind::Truncated, "http");
            push(l, out);
            return Continued::Taken;
        }
        if thrown {
            l.throw(AnomalyKind::Malformed, "http");
            push(l, out);
            return Continued::Taken;
        }
        let mut rest = &tvb[pos.min(tvb.len())..];
        if let Some(n) = info.content_length
            && info.transfer_encoding.is_none()
        {
            rest = &rest[..rest.len().min(n as usize)];
        }
        if !rest.is_empty() {
            l.uint(f::http::OSIDUMP_BODY_LEN, rest.len() as u64);
            let framing = body::Framing {
                content_type: info.content_type,
                content_encoding: info.content_encoding,
                transfer_coded: false,
            };
            let mut inner = body::add(&mut l, &framing, rest, rest.len() as u64, !self.skip_detail);
            self.match_doh(inner.as_mut());
            push(l, out);
            if let Some(inner) = inner {
                push(inner, out);
            }
            return Continued::Taken;
        }
        push(l, out);
        Continued::Taken
    }

    /// HTTP/1.x bytes of side `dir` in order (the body of `feed`).
    /// A segment the snap length cut, as tshark's HTTP reads one: TCP
    /// never reassembles a segment it did not capture whole, and hands
    /// HTTP the captured bytes alone, whatever it held of the side before.
    /// A request or status line at their start is read as far as it goes,
    /// with the header lines after it (the last one maybe cut); any other
    /// bytes are Continuation once a request was seen. Reading on to bytes
    /// the capture lacks throws a `BoundsError` ([`AnomalyKind::Truncated`]).
    fn cut_segment(&mut self, i: usize, at: u64, data: &[u8], out: &mut Vec<Message>) {
        let end = at + data.len() as u64;
        let d = &mut self.dirs[i];
        d.buf.clear();
        d.msg = None;
        d.resync = false;
        d.leading_crlf = false;
        d.end = end;
        let before = out.len();
        let first = line_end(data, true);
        let line = &data[..first.map_or(data.len(), |(len, _)| len)];
        let response = line.starts_with(b"HTTP/");
        let method_end = line.iter().position(|&b| b == b' ').unwrap_or(line.len());
        let request = !response && known_method(&line[..method_end]);
        match first {
            _ if !(request || response) => self.cut_continuation(i, at, data, out),
            Some((len, next)) => self.cut_message(i, at, data, (len, next), request, out),
            None => self.cut_first_line(i, at, data, request, out),
        }
        end_messages(&mut out[before..], end);
    }

    /// Cut bytes that start no message: Continuation (its header lines, or
    /// `data`) once a request was seen; before that, bytes that are not
    /// text are no HTTP, and text is `data` under an HTTP item that leaves
    /// the carrier's Info.
    fn cut_continuation(&mut self, i: usize, at: u64, data: &[u8], out: &mut Vec<Message>) {
        let Some(&first) = data.first() else {
            return;
        };
        let text = (0x20..0x7f).contains(&first) || data.len() > 3 && data.starts_with(b"\r\n");
        if !self.seen_request && !text {
            return;
        }
        let off = if data.len() > 3 && data.starts_with(b"\r\n") {
            2
        } else {
            0
        };
        if self.seen_request
            && (!text || line_end(&data[off..], true).is_some())
            && let Continued::Taken = self.continuation_of(i, data, at, true, out)
        {
            return;
        }
        // A line with no end that is no header: HTTP reads it to the end
        // of the bytes and past it.
        let mut l = Layer::new(Osi::Application, "http", 0..data.len());
        // Before a request was seen HTTP throws before its item (and the
        // data dissector's) is added: the protocols are listed, no field.
        if self.seen_request {
            l.uint(f::http::OSIDUMP_CONTINUATION, data.len() as u64);
        } else {
            l.uint(f::http::OSIDUMP_CUT_INFO, 0u32);
        }
        body::data_fields(&mut l, data, self.seen_request);
        l.throw(AnomalyKind::Truncated, "http");
        out.push(Message {
            event: None,
            layer: l,
            stream_offset: at,
            stream_end: 0,
        });
    }

    /// Cut bytes whose first line, a request or status line, ends: the
    /// message with the header lines that follow it, the last one as far
    /// as it was captured; after an empty line, the captured part of the
    /// body. The message throws unless its head and body are all there.
    fn cut_message(
        &mut self,
        i: usize,
        at: u64,
        data: &[u8],
        (line_len, line_next): (usize, usize),
        request: bool,
        out: &mut Vec<Message>,
    ) {
        let mut hdrs = Vec::new();
        let mut pos = line_next;
        let mut ended = false;
        while pos < data.len() {
            let (len, next) =
                line_end(&data[pos..], false).unwrap_or((data.len() - pos, data.len() - pos));
            if len == 0 {
                pos += next;
                ended = true;
                break;
            }
            if let Some(h) = header_line(&data[pos..pos + len], &data[pos..pos + next]) {
                hdrs.push(h);
            }
            pos += next;
        }
        let text = String::from_utf8_lossy(&data[..line_len]);
        let mut l = Layer::new(Osi::Application, "http", 0..pos);
        self.first_line_experts(&mut l, data);
        let mut m = if request {
            let (method, uri, version) = request_parts(&text);
            self.seen_request = true;
            self.request(l, i, at, pos, method, uri, version, &hdrs, false)
        } else {
            let (version, code, phrase) = status_parts(&text);
            let phrase = phrase.unwrap_or("");
            let mut m = self.response(
                l,
                i,
                at,
                pos,
                code.unwrap_or(0),
                phrase,
                "HTTP/1.1",
                &hdrs,
                false,
            );
            first_line_as_read(&mut m.layer, version, code, Some(phrase));
            m
        };
        let rest = &data[pos..];
        let whole = ended
            && match m.body {
                None => true,
                Some(Body::Length(n)) => n <= rest.len() as u64,
                Some(Body::UntilClose) => true,
                Some(_) => false,
            };
        if ended && !rest.is_empty() && !matches!(m.body, None | Some(Body::ChunkSize)) {
            let n = match m.body {
                Some(Body::Length(n)) => rest.len().min(usize::try_from(n).unwrap_or(usize::MAX)),
                _ => rest.len(),
            };
            m.body_bytes(&rest[..n]);
        }
        m.body = None;
        m.then = Then::Http;
        let before = out.len();
        self.complete(i, m, out);
        if !whole && let Some(msg) = out.get_mut(before) {
            msg.layer.throw(AnomalyKind::Truncated, "http");
        }
    }

    /// Cut bytes inside a request or status line: its parts as far as they
    /// go (a request's URI and version empty when cut off, a status code
    /// only when its three digits are there). HTTP throws before it writes
    /// its Info: Continuation once a request was seen, else the carrier's.
    fn cut_first_line(
        &mut self,
        i: usize,
        at: u64,
        data: &[u8],
        request: bool,
        out: &mut Vec<Message>,
    ) {
        let text = String::from_utf8_lossy(data);
        let text = text.strip_suffix('\r').unwrap_or(&text);
        let seen = self.seen_request;
        let mut l = Layer::new(Osi::Application, "http", 0..data.len());
        self.first_line_experts(&mut l, data);
        let mut m = if request {
            let (method, uri, version) = request_parts(text);
            self.seen_request = true;
            self.request(l, i, at, data.len(), method, uri, version, &[], false)
        } else {
            let (version, code, phrase) = status_parts(text);
            let mut m = self.response(
                l,
                i,
                at,
                data.len(),
                code.unwrap_or(0),
                "",
                "HTTP/1.1",
                &[],
                false,
            );
            first_line_as_read(&mut m.layer, version, code, phrase);
            m
        };
        m.layer.uint(f::http::OSIDUMP_CUT_INFO, u32::from(seen));
        m.body = None;
        m.then = Then::Http;
        let before = out.len();
        self.complete(i, m, out);
        if let Some(msg) = out.get_mut(before) {
            msg.layer.throw(AnomalyKind::Truncated, "http");
        }
    }

    fn feed_http(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        let d = &mut self.dirs[i];
        let (work, base): (Cow<'_, [u8]>, u64) = if d.buf.is_empty() {
            (Cow::Borrowed(data), offset)
        } else {
            let mut b = std::mem::take(&mut d.buf);
            b.extend_from_slice(data);
            (Cow::Owned(b), d.buf_start)
        };
        self.dirs[i].end = offset + data.len() as u64;
        self.rpc_channel_bytes =
            work.starts_with(b"RPC_IN_DATA") || work.starts_with(b"RPC_OUT_DATA");
        let mut pos = 0;
        while pos < work.len() {
            let at = base + pos as u64;
            // HTTP/2 by prior knowledge: the client's preface where a
            // request line was expected (as tshark's HTTP dissector hands over).
            if i == Dir::Client.index() && self.dirs[i].msg.is_none() && !self.dirs[i].resync {
                let rest = &work[pos..];
                let pre = super::http2::PREFACE;
                let n = rest.len().min(pre.len());
                if n >= 3 && rest[..n] == pre[..n] {
                    if n < pre.len() {
                        let d = &mut self.dirs[i];
                        d.buf = rest.to_vec();
                        d.buf_start = at;
                        return;
                    }
                    self.switch_h2(super::http2::Http2Decoder::by_preface());
                    if let Some(h2) = self.h2.as_mut() {
                        h2.feed(dir, at, rest, out);
                    }
                    return;
                }
            }
            let before = out.len();
            let step = self.step(i, &work[pos..], at, out);
            if let Step::Used(n) | Step::Switch(n) = step {
                end_messages(&mut out[before..], at + n as u64);
            }
            match step {
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
                    if std::mem::take(&mut self.h2_from_next_segment) {
                        // A 101 whose request was not seen: packet-http.c
                        // starts HTTP/2 with the next frame, and what
                        // follows the 101 in this one is read by no one.
                        return;
                    }
                    if self.dirs[i].mode == Mode::Http2
                        && let Some(h2) = self.h2.as_mut()
                    {
                        h2.feed(dir, base + pos as u64, &work[pos..], out);
                    }
                    return;
                }
            }
        }
    }

    /// After messages shown in this segment, one that begins in it and
    /// waits for more: packet-http.c wrote its first line in the Info column
    /// before asking TCP for the rest (no TCP note: part of the segment was
    /// read). Kept on the last message shown, for its Info.
    fn note_next_start(&self, dir: Dir, shown: &mut [Message]) {
        let d = &self.dirs[dir.index()];
        if d.mode != Mode::Http || d.msg.is_none() && d.buf.is_empty() {
            return;
        }
        let Some(last) = shown.iter_mut().rev().find(|m| m.layer.protocol == "http") else {
            return;
        };
        let mut line = String::new();
        if self.pending_info(dir, &mut line) {
            last.layer.str(f::http::OSIDUMP_NEXT_START, line);
        }
    }

    /// End of both streams: a response read until close is complete now;
    /// any other unfinished message is reported as truncated.
    pub fn finish(&mut self, out: &mut Vec<Message>) {
        for dir in [Dir::Client, Dir::Server] {
            self.finish_side(dir, out);
        }
    }

    /// End of one side's stream (its FIN): as [`HttpDecoder::finish`], for
    /// what that side sent.
    pub fn finish_side(&mut self, dir: Dir, out: &mut Vec<Message>) {
        let i = dir.index();
        // What the end of the stream completes is a call of its own.
        self.call_open = false;
        let before = out.len();
        if self.secure {
            // tshark's HTTP over TLS is never told the stream ended
            // (dissect_http_tls passes no end of stream): a body framed by
            // the close, or a message cut short, is never shown.
            let d = &mut self.dirs[i];
            if d.mode == Mode::Http {
                d.msg = None;
                d.buf.clear();
            }
        }
        self.finish_dir(i, out);
        end_messages(&mut out[before..], self.dirs[i].end);
        if let Some(ws) = self.ws.as_mut() {
            ws.finish_side(dir, out);
        }
        if let Some(t) = self.tunnel.as_mut() {
            t.finish(dir, out);
        }
    }

    fn finish_dir(&mut self, i: usize, out: &mut Vec<Message>) {
        {
            let d = &mut self.dirs[i];
            if d.mode != Mode::Http {
                return;
            }
            if let Some(mut m) = d.msg.take() {
                if m.lost > 0 {
                    // Never completed: see `done`.
                    return;
                }
                match (m.body, d.closed) {
                    // tshark's TCP completes only what HTTP asked it to
                    // hold until the FIN (a body framed by the close): a
                    // reset completes nothing, nor does a FIN a body of a
                    // length not reached or a chunked one; the message is
                    // never shown. At the end of the capture it is kept,
                    // truncated, for the conversation's events (no frame
                    // shows it).
                    (None | Some(Body::Length(0)), _)
                    | (Some(Body::UntilClose), Closed::Fin | Closed::No) => {}
                    // A length 2^31 or more past the segment: TCP's 32-bit
                    // sequence arithmetic puts the end it was asked to
                    // wait for behind it, and the FIN hands the body over
                    // as if framed by the close (zeek's
                    // content-length-overflow.pcap).
                    (Some(Body::Length(r)), Closed::Fin) if r >= 1 << 31 => {
                        m.layer.truncated(format!(
                            "stream ended inside the body after {} bytes",
                            m.body_len
                        ));
                        m.body_incomplete = true;
                    }
                    (Some(_), Closed::Fin | Closed::Reset) => {
                        self.dirs[i].buf.clear();
                        return;
                    }
                    (Some(_), Closed::No) => {
                        m.layer.truncated(format!(
                            "stream ended inside the body after {} bytes",
                            m.body_len
                        ));
                        if let Some(d) = m.draft.as_mut() {
                            d.incomplete = true;
                        }
                        m.body_incomplete = true;
                    }
                }
                self.complete(i, m, out);
            }
            // A header block that never ended is not shown: tshark's
            // HTTP dissector asks TCP for one more segment until it sees
            // the empty line (req_resp_hdrs_do_reassembly), and neither a
            // FIN nor the end of the capture hands the held bytes back.
            self.dirs[i].buf.clear();
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
                // tshark's http.chunk_boundary: the two bytes after the
                // data, skipped whatever they are by its reassembly and
                // its chunk reader alike (`\n5` after a chunk ended by a
                // bare LF: the next size line starts after them).
                if input.len() < 2 {
                    return Step::NeedMore;
                }
                if m.boundaries.len() < CHUNK_LIST_CAP {
                    m.boundaries.push(input[..2].to_vec());
                }
                if !input.starts_with(b"\r\n") {
                    m.layer.malformed("chunk data is not followed by CRLF");
                }
                m.body = Some(Body::ChunkSize);
                Step::Used(2)
            }
            Body::Trailer => {
                // packet-http.c's chunk reader takes the lines after the
                // last chunk up to an empty one, or up to the last line
                // ended in the bytes it has: its reassembly waited for one
                // line after the last chunk (none when the size was not a
                // number), no more.
                let window = &input[..input.len().min(LINE_CAP)];
                let Some((len, next)) = line_end(window, true) else {
                    if !m.trailers.is_empty() || m.trailer_no_wait {
                        return self.done(i, 0, out);
                    }
                    if input.len() < LINE_CAP {
                        return Step::NeedMore;
                    }
                    m.layer
                        .malformed(format!("trailer line longer than {LINE_CAP} bytes"));
                    d.resync = true;
                    return self.done(i, 0, out);
                };
                if len == 0 {
                    return self.done(i, next, out);
                }
                if m.trailers.len() < 64 {
                    m.trailers
                        .push(String::from_utf8_lossy(&input[..next]).into_owned());
                }
                // The reader stops at the last line ended in its bytes.
                if line_end(&input[next..], true).is_none() {
                    return self.done(i, next, out);
                }
                Step::Used(next)
            }
            Body::ChunkSize => {
                // A chunk-size line ends as tshark's tvb_find_line_end
                // ends one: at CR LF, LF or a lone CR (`f\r\r\n`: the size
                // `f`, its data from the next CR).
                let window = &input[..input.len().min(LINE_CAP)];
                let Some((len, next)) = line_end(window, true) else {
                    if input.len() < LINE_CAP {
                        return Step::NeedMore;
                    }
                    m.layer.malformed(format!(
                        "chunk-size or trailer line longer than {LINE_CAP} bytes"
                    ));
                    d.resync = true;
                    return self.done(i, 0, out);
                };
                let line = &input[..len];
                if line.is_empty() {
                    // No size (reassembly stops waiting) and an empty line
                    // (the chunk reader stops): the message ends before
                    // it, what follows is read as the next one. Before any
                    // chunk, the reader read nothing: packet-http.c shows
                    // no body, yet takes all the bytes it has as the
                    // message's.
                    if m.chunk_count == 0 {
                        return self.done(i, input.len(), out);
                    }
                    return self.done(i, 0, out);
                }
                let size = match chunk_size(line) {
                    Some(n) => Some(n),
                    // No digits at all: tshark's reassembly stops waiting
                    // for chunks, its chunk reader (strtol) reads a size of
                    // 0, the last chunk, and the trailer lines it has.
                    None if strtol_hex_reads_nothing(line) => {
                        m.trailer_no_wait = true;
                        Some(0)
                    }
                    None => None,
                };
                match size {
                    Some(0) => {
                        m.body = Some(Body::Trailer);
                        let rest = &input[next..];
                        let ends_here = m.trailer_no_wait || line_end(rest, true).is_some();
                        // Its item spans the line and two bytes more: bytes
                        // that end sooner make it throw (`0\n\n`) before
                        // its size is listed.
                        if rest.len() < 2 && ends_here {
                            // The body's items come after: none is shown,
                            // and no body dissector writes its Info.
                            m.layer.throw(AnomalyKind::Malformed, "http");
                            m.body_incomplete = true;
                            m.body_len = 0;
                        } else {
                            // tshark lists the last, empty chunk too.
                            m.chunk_count += 1;
                            if m.chunks.len() < CHUNK_LIST_CAP {
                                m.chunks.push(0);
                            }
                        }
                        if m.trailer_no_wait && line_end(rest, true).is_none() {
                            return self.done(i, next, out);
                        }
                    }
                    Some(n) => {
                        m.chunk_count += 1;
                        if m.chunks.len() < CHUNK_LIST_CAP {
                            m.chunks.push(n);
                        }
                        m.body = Some(Body::ChunkData(n));
                    }
                    None => {
                        // A size of more hex digits than any length holds:
                        // Wireshark's chunk reader reads that much past the
                        // end of its bytes, and throws.
                        let thrown = line.iter().take_while(|b| b.is_ascii_hexdigit()).count() > 16;
                        if thrown {
                            m.layer.throw(AnomalyKind::Malformed, "http");
                        }
                        m.layer.malformed(format!(
                            "bad chunk-size line {:?}",
                            String::from_utf8_lossy(&line[..line.len().min(64)])
                        ));
                        d.resync = true;
                        // The exception ends tshark's reading of the bytes it
                        // was given: what follows the line in them (a
                        // smuggled request) is read by no one.
                        let used = if thrown { input.len() } else { next };
                        return self.done(i, used, out);
                    }
                }
                Step::Used(next)
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
        if blank > 0 && self.seen_request {
            // tshark skips one CRLF before a message in the bytes it is
            // given (more than three of them), and says so; a line end
            // left where the first line should start (a message's extra
            // CRLF at the segment's end, a second one, a bare LF) makes
            // the rest Continuation data.
            if input.len() > 3 && input.starts_with(b"\r\n") && blank == 2 {
                self.dirs[i].leading_crlf = true;
                return Step::Used(2);
            }
            self.dirs[i].leading_crlf = false;
            return match self.continuation(i, input, at, out) {
                Continued::Taken => Step::Used(input.len()),
                _ => Step::Used(blank),
            };
        }
        if blank > 0 {
            // tshark skips one CRLF before a message in the bytes it is
            // given (more than three of them), and says so.
            self.dirs[i].leading_crlf = blank == 2 && input.starts_with(b"\r\n") && input.len() > 3;
            return Step::Used(blank);
        }
        let leading = std::mem::take(&mut self.dirs[i].leading_crlf);
        if self.dirs[i].ws_asked && probe(input) == Probe::NotForUs {
            // Frames sent before the 101 was seen.
            self.switch_ws(Some(i), None);
            return Step::Switch(0);
        }
        // Printable bytes without a line's end: packet-http.c asks TCP for
        // more before it looks at what the line is.
        if input.first().is_some_and(|c| (0x20..0x7f).contains(c))
            && input.len() <= HEADER_CAP
            && line_end(input, true).is_none()
        {
            return Step::NeedMore;
        }
        let window = &input[..input.len().min(HEADER_CAP + 1)];
        // A header block tshark reads otherwise than a parser of the RFC
        // (a line with no colon before its empty line, a NUL in a header):
        // read as packet-http.c reads it.
        if let Some(end) = header_block_end(window)
            && let Some(body_at) = odd_head(&window[..end])
            && let Some(step) = self.tshark_head(i, input, window, end, body_at, leading, at, out)
        {
            return step;
        }
        // tshark ends a line at a lone CR too (tvb_find_line_end), httparse
        // only at a LF: it is given a copy with each lone CR of the head
        // made a LF (the offsets stay), and the headers are then split
        // from the bytes as they are (split_headers), as when lines were
        // refused.
        let lone_crs = lone_crs_as_lf(window);
        let parsed_bytes = lone_crs.as_deref().unwrap_or(window);
        let slots = window.iter().filter(|&&b| b == b'\n').count() + 1;
        let mut headers = vec![httparse::EMPTY_HEADER; slots.max(16)];
        let response = input.starts_with(b"HTTP/");
        let mut cfg = httparse::ParserConfig::default();
        cfg.allow_multiple_spaces_in_request_line_delimiters(true)
            .allow_multiple_spaces_in_response_status_delimiters(true)
            .allow_spaces_after_header_name_in_responses(true)
            .allow_obsolete_multiline_headers_in_responses(true);
        let mut parsed = parse(&cfg, response, parsed_bytes, &mut headers);
        let mut ignored = lone_crs.is_some();
        if matches!(
            parsed,
            Err(httparse::Error::HeaderName | httparse::Error::HeaderValue)
        ) {
            cfg.ignore_invalid_headers_in_requests(true)
                .ignore_invalid_headers_in_responses(true);
            headers = vec![httparse::EMPTY_HEADER; slots.max(16)];
            parsed = parse(&cfg, response, parsed_bytes, &mut headers);
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
            // tshark reads a request or status line's header block only
            // once it has ended (req_resp_hdrs_do_reassembly asks TCP for
            // more until an empty line): bytes httparse refuses (control
            // characters in a header value) are not judged before that.
            Err(_)
                if window.len() <= HEADER_CAP
                    && header_block_end(window).is_none()
                    && (response || probe(input) == Probe::Certain) =>
            {
                Step::NeedMore
            }
            Err(e) => {
                if !response
                    && probe(input) == Probe::Certain
                    && let Some(step) = self.lenient_request(i, window, at, out)
                {
                    return step;
                }
                if response && let Some(step) = self.lenient_response(i, window, at, out) {
                    return step;
                }
                self.dirs[i].resync = true;
                let end = input
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(input.len(), |p| p + 1);
                if probe(input) != Probe::Certain && !self.seen_request && !starts_http_lines(input)
                {
                    return Step::Used(end);
                }
                // No request or status line where a message should start,
                // once a request was seen or when the bytes start with a
                // header-like line: packet-http.c's Continuation (its
                // header-like lines, then data), as at a segment's start.
                if probe(input) != Probe::Certain
                    && let Continued::Taken = self.continuation(i, input, at, out)
                {
                    return Step::Used(input.len());
                }
                let reason = format!("unparseable HTTP message: {e}");
                Step::Used(unparsed(input, end, reason, at, out))
            }
            Ok(Parsed::Request { ref method, .. }) if !known_method(method.as_bytes()) => {
                // Not a request line to tshark: the first message of a
                // conversation is not HTTP (its dissector gives the segment
                // back), a later one is Continuation data.
                self.dirs[i].resync = true;
                if self.seen_request {
                    self.continuation(i, input, at, out);
                }
                Step::Used(input.len())
            }
            Ok(Parsed::Request {
                len,
                method,
                path,
                version,
            }) => {
                self.seen_request = true;
                let ignored = ignored || blank_started_header(&input[..len.min(input.len())]);
                let (h, ignored) = header_list(input, len, &headers, ignored);
                let mut l = Layer::new(Osi::Application, "http", 0..len);
                if leading {
                    leading_crlf(&mut l);
                }
                self.first_line_experts(&mut l, &input[..len]);
                let version = format!("HTTP/1.{version}");
                let m = self.request(l, i, at, len, &method, &path, &version, &h, ignored);
                self.begin(i, m, input, len, out)
            }
            Ok(Parsed::Response {
                len,
                code,
                reason,
                version,
            }) => {
                let ignored = ignored || blank_started_header(&input[..len.min(input.len())]);
                let (h, ignored) = header_list(input, len, &headers, ignored);
                let mut l = Layer::new(Osi::Application, "http", 0..len);
                if leading {
                    leading_crlf(&mut l);
                }
                self.first_line_experts(&mut l, &input[..len]);
                let version = format!("HTTP/1.{version}");
                let m = self.response(l, i, at, len, code, &reason, &version, &h, ignored);
                self.begin(i, m, input, len, out)
            }
        }
    }

    /// A request line httparse refuses (`GET HTTP/1.1`, no URI), its
    /// header block ended, read as tshark's basic_request_dissector reads
    /// it: the method up to the first space, the URI the next token, the
    /// version whatever is left (maybe nothing). The headers after it are
    /// parsed as usual. `None` when they do not parse either.
    fn lenient_request(
        &mut self,
        i: usize,
        window: &[u8],
        at: u64,
        out: &mut Vec<Message>,
    ) -> Option<Step> {
        header_block_end(window)?;
        let nl = window.iter().position(|&b| b == b'\n')?;
        let line = window[..nl].strip_suffix(b"\r").unwrap_or(&window[..nl]);
        let line = String::from_utf8_lossy(line);
        let (method, rest) = line.split_once(' ').unwrap_or((&line, ""));
        let rest = rest.trim_start_matches(' ');
        let (uri, version) = rest.split_once(' ').unwrap_or((rest, ""));
        let version = version.trim_start_matches(' ');
        // The headers, behind a request line httparse takes.
        let stand_in = format!("{method} / HTTP/1.1\r\n");
        let mut buf = stand_in.clone().into_bytes();
        buf.extend_from_slice(&window[nl + 1..]);
        let mut headers = header_slots(&buf);
        let mut cfg = httparse::ParserConfig::default();
        cfg.allow_spaces_after_header_name_in_responses(true)
            .ignore_invalid_headers_in_requests(true);
        let Ok(Parsed::Request { len, .. }) = parse(&cfg, false, &buf, &mut headers) else {
            return None;
        };
        let h = collect(&buf, &headers);
        let len = len - stand_in.len() + nl + 1;
        self.seen_request = true;
        let mut l = Layer::new(Osi::Application, "http", 0..len);
        self.first_line_experts(&mut l, &window[..len]);
        let m = self.request(l, i, at, len, method, uri, version, &h, false);
        Some(self.begin(i, m, window, len, out))
    }

    /// A status line whose version httparse refuses (`HTTP/1.2`,
    /// `HTTP/2.0`, `HTTP/1.01`): tshark takes any line starting `HTTP/`
    /// for a response (is_http_request_or_reply) and its version is the
    /// first token, whatever it says. The rest is read as usual. `None`
    /// when it does not parse with `HTTP/1.1` in its place either.
    fn lenient_response(
        &mut self,
        i: usize,
        window: &[u8],
        at: u64,
        out: &mut Vec<Message>,
    ) -> Option<Step> {
        header_block_end(window)?;
        let nl = window.iter().position(|&b| b == b'\n')?;
        let line = &window[..nl];
        // A CR inside the line ends it for tshark (tvb_find_line_end): a
        // status line of a version alone, not read here.
        if line.strip_suffix(b"\r").unwrap_or(line).contains(&b'\r') {
            return None;
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let end = line.iter().position(|&b| b == b' ').unwrap_or(line.len());
        let version = String::from_utf8_lossy(&line[..end]).into_owned();
        // packet-http.c's status code: the next token's first three
        // characters as strtoul reads them (`0200` is 20, a tab before
        // `200` makes 20), none for a token shorter; the phrase is what
        // follows that token.
        let skip = |from: usize| from + line[from..].iter().take_while(|&&b| b == b' ').count();
        let tok = skip(end);
        let tok_end = tok
            + line[tok..]
                .iter()
                .position(|&b| b == b' ')
                .unwrap_or(line.len() - tok);
        let code = (tok_end - tok >= 3).then(|| strtoul3(&line[tok..tok + 3]));
        let phrase_at = skip(tok_end);
        let mut buf = b"HTTP/1.1 000 ".to_vec();
        let prefix = buf.len();
        buf.extend_from_slice(&window[phrase_at..]);
        let mut headers = header_slots(&buf);
        let mut cfg = httparse::ParserConfig::default();
        cfg.allow_multiple_spaces_in_response_status_delimiters(true)
            .allow_spaces_after_header_name_in_responses(true)
            .allow_obsolete_multiline_headers_in_responses(true)
            .ignore_invalid_headers_in_responses(true);
        let Ok(Parsed::Response { len, reason, .. }) = parse(&cfg, true, &buf, &mut headers) else {
            return None;
        };
        let h = collect(&buf, &headers);
        let len = len + phrase_at - prefix;
        let mut l = Layer::new(Osi::Application, "http", 0..len);
        self.first_line_experts(&mut l, &window[..len]);
        let phrase = code.map(|_| reason.as_str()).filter(|p| !p.is_empty());
        let mut m = self.response(
            l,
            i,
            at,
            len,
            code.unwrap_or(0),
            &reason,
            &version,
            &h,
            false,
        );
        first_line_as_read(&mut m.layer, &version, code, phrase);
        Some(self.begin(i, m, window, len, out))
    }

    /// A complete header block (`end` bytes of `window`) read line by
    /// line as packet-http.c's dissect_http_message reads it, for a block
    /// [`odd_head`] finds odd: the header lines are those before the first
    /// line that holds no colon (`body_at`: a folded continuation, a
    /// stray word), each taken as a C string (to its first NUL); the body
    /// starts at that line, framed by what those headers say. The bytes
    /// tshark's reassembly gathered for it are framed by every line of
    /// the block (req_resp_hdrs_do_reassembly reads `Content-Length:` and
    /// `Transfer-Encoding:` lines wherever they are): a body of no
    /// length of its own runs to their end. `None` (read as usual) when
    /// the first line is no request or status line httparse reads.
    #[allow(clippy::too_many_arguments)]
    fn tshark_head(
        &mut self,
        i: usize,
        input: &[u8],
        window: &[u8],
        end: usize,
        body_at: usize,
        leading: bool,
        at: u64,
        out: &mut Vec<Message>,
    ) -> Option<Step> {
        let (first_len, first_next) = line_end(window, false)?;
        let first = &window[..first_len];
        let response = first.starts_with(b"HTTP/");
        let text = String::from_utf8_lossy(first);
        if !response && !known_method(request_parts(&text).0.as_bytes()) {
            return None;
        }
        // tshark's reassembly first gathers what every line of the block
        // frames (chunks read as it reads them, or the length), and only
        // then is the message read; a body framed by neither waits for
        // the close as usual (a response's) or is none (a request's).
        let (content_length, chunked) = reassembly_framing(&window[..end]);
        let bodiless = response
            && status_parts(&text)
                .1
                .is_some_and(|c| (100..200).contains(&c) || c == 204 || c == 304);
        let gathered = if bodiless {
            None
        } else if chunked {
            Some(reassembly_chunks(&input[end..]).is_some())
        } else {
            content_length.map(|c| (input.len() - end) as u64 >= c)
        };
        if gathered == Some(false) {
            return Some(if input.len() <= HEADER_CAP {
                Step::NeedMore
            } else {
                let reason = format!("headers exceed {HEADER_CAP} bytes");
                self.dirs[i].resync = true;
                Step::Used(unparsed(input, HEADER_CAP, reason, at, out))
            });
        }
        let mut hdrs = Vec::new();
        let mut pos = first_next;
        while pos < body_at {
            let (len, next) = line_end(&window[pos..body_at], false)?;
            if len == 0 {
                // The empty line (a block read to its end).
                break;
            }
            let mut h = header_line(&window[pos..pos + len], &window[pos..pos + next])?;
            if let Some(nul) = h.value.find('\0') {
                h.value = Cow::Owned(h.value[..nul].to_owned());
            }
            hdrs.push(h);
            pos += next;
        }
        let mut l = Layer::new(Osi::Application, "http", 0..body_at);
        if leading {
            leading_crlf(&mut l);
        }
        self.first_line_experts(&mut l, &window[..body_at]);
        // The first line as basic_request_dissector and
        // basic_response_dissector read it: tokens split at spaces, what
        // they lack left empty.
        let mut m = if response {
            let (version, code, phrase) = status_parts(&text);
            let mut m = self.response(
                l,
                i,
                at,
                body_at,
                code.unwrap_or(0),
                phrase.unwrap_or(""),
                "HTTP/1.1",
                &hdrs,
                false,
            );
            first_line_as_read(&mut m.layer, version, code, phrase);
            m
        } else {
            let (method, uri, version) = request_parts(&text);
            self.seen_request = true;
            self.request(l, i, at, body_at, method, uri, version, &hdrs, false)
        };
        if gathered == Some(true) {
            // The message is read from the bytes gathered: a body of no
            // length of its own runs to their end, one of a length stops
            // there at the latest.
            let left = (input.len() - body_at) as u64;
            m.body = match m.body {
                Some(Body::Length(n)) => Some(Body::Length(n.min(left))),
                Some(Body::UntilClose) if left > 0 => Some(Body::Length(left)),
                Some(Body::UntilClose) => None,
                other => other,
            };
        }
        Some(self.begin(i, m, input, body_at, out))
    }

    /// The message whose first line starts `first` and whose headers end
    /// at `len` is side `i`'s now: its body (if any) is read next.
    fn begin(
        &mut self,
        i: usize,
        mut m: InMsg,
        first: &[u8],
        len: usize,
        out: &mut Vec<Message>,
    ) -> Step {
        keep_odd_first_line(&mut m.layer, first);
        if let Some(Body::Length(n)) = m.body
            && rpc_channel_body(n, &m.framing, self.rpc_channel_bytes)
        {
            let held = first.len().saturating_sub(len) as u64;
            m.body = (held > 0).then_some(Body::Length(n.min(held)));
        }
        self.dirs[i].msg = Some(m);
        self.after_headers(i, len, out)
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
        mut l: Layer<'static>,
        i: usize,
        at: u64,
        len: usize,
        method: &str,
        path: &str,
        version: &str,
        h: &[Hdr<'_>],
        ignored: bool,
    ) -> InMsg {
        // Wireshark's is_http_request_or_reply takes NOTIFY, SUBSCRIBE and
        // UNSUBSCRIBE (GENA) for a notification: http.notification instead of http.request, no
        // request lines and no request number.
        let notification = matches!(method, "NOTIFY" | "SUBSCRIBE" | "UNSUBSCRIBE");
        l.boolean(
            if notification {
                f::http::NOTIFICATION
            } else {
                f::http::REQUEST
            },
            true,
        );
        l.str(f::http::REQUEST_METHOD, method.to_owned());
        l.str(f::http::REQUEST_URI, path.to_owned());
        uri_parts(&mut l, path);
        l.str(f::http::REQUEST_VERSION, version.to_owned());
        let line_field = (!notification && !self.skip_detail).then_some(f::http::REQUEST_LINE);
        // A notification's unknown headers are http.unknown_header, as a
        // Continuation's (process_header gives request and response lines
        // only to requests and responses).
        let mut info = header_fields(&mut l, h, line_field, notification);
        l.uint(f::http::OSIDUMP_HEADER_LEN, len as u64);
        if ignored {
            l.malformed("invalid header line(s) ignored");
        }
        let body = if let Some(te) = &info.transfer_encoding {
            if info.chunked {
                Some(Body::ChunkSize)
            } else if let Some(n) = info.content_length {
                // tshark frames by Content-Length when the coding is not
                // chunked.
                (n > 0).then_some(Body::Length(n))
            } else {
                l.malformed(format!("request Transfer-Encoding {te:?} is not chunked"));
                None
            }
        } else {
            match info.content_length {
                Some(0) | None => None,
                Some(n) => Some(Body::Length(n)),
            }
        };
        // Wireshark's: an absolute URI (or CONNECT's authority) as it is,
        // any other (`/path`, SSDP's `*`) after the scheme and the host.
        let absolute = |scheme: &str| {
            path.get(..scheme.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
        };
        let full_uri = match &info.host {
            Some(_) if absolute("http://") || absolute("https://") || method == "CONNECT" => {
                Some(path.to_owned())
            }
            Some(host) => Some(format!(
                "{}://{}{path}",
                if self.secure { "https" } else { "http" },
                host.trim()
            )),
            None => None,
        };
        let ws = info
            .upgrade
            .as_deref()
            .is_some_and(|u| has_token(u, "websocket"));
        if ws {
            self.dirs[i].ws_asked = true;
        }
        self.last_method = Some(method.to_owned());
        self.last_uri = Some(path.to_owned());
        self.next_id += 1;
        if self.pending.len() >= PENDING_CAP {
            self.pending.pop_front();
        }
        // A notification is not a request a response answers (tshark's
        // push_req is for requests only).
        let uri = full_uri.clone().unwrap_or_else(|| path.to_owned());
        if !notification {
            self.pending.push_back(Pending {
                id: self.next_id,
                method: method.to_owned(),
                uri: uri.clone(),
                time: self.now,
                ws_key: ws.then(|| info.ws_key.clone().unwrap_or_default()),
            });
        }
        let mut m = InMsg::new(l, at, true, self.next_id, full_uri, body);
        m.conv_uri = Some(uri);
        m.auth = std::mem::take(&mut info.auth);
        m.head_frame = self.frame;
        m.notification = notification;
        m.framing = info.framing();
        if self.collect {
            m.draft = Some(Draft::new(format!("{method} {path} {version}"), h));
        }
        m
    }

    #[allow(clippy::too_many_arguments)]
    fn response(
        &mut self,
        mut l: Layer<'static>,
        i: usize,
        at: u64,
        len: usize,
        code: u16,
        reason: &str,
        version: &str,
        h: &[Hdr<'_>],
        ignored: bool,
    ) -> InMsg {
        let _ = i;
        l.boolean(f::http::RESPONSE, true);
        l.str(f::http::RESPONSE_VERSION, version.to_string());
        l.uint(f::http::RESPONSE_CODE, code);
        // val_to_str: a code without a name is "Unknown (N)".
        match code_desc(code) {
            Some(desc) => l.str(f::http::RESPONSE_CODE_DESC, desc),
            None => l.str(f::http::RESPONSE_CODE_DESC, format!("Unknown ({code})")),
        }
        l.str(f::http::RESPONSE_PHRASE, reason.to_owned());
        let line_field = (!self.skip_detail).then_some(f::http::RESPONSE_LINE);
        let mut info = header_fields(&mut l, h, line_field, false);
        l.uint(f::http::OSIDUMP_HEADER_LEN, len as u64);
        if ignored {
            l.malformed("invalid header line(s) ignored");
        }
        self.last_code = Some(code);
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
            // No body (RFC 9110 9.3.6); a `200` opens the tunnel at the
            // next segment (see `tunnel_due`), another 2xx leaves the
            // bytes after it to HTTP, as tshark does.
            None
        } else if info.transfer_encoding.is_some() {
            match (info.chunked, info.content_length) {
                (true, _) => Some(Body::ChunkSize),
                // Not chunked: a Content-Length frames the body (tshark's
                // req_resp_hdrs_do_reassembly), else the close does.
                (false, Some(0)) => None,
                (false, Some(n)) => Some(Body::Length(n)),
                (false, None) => Some(Body::UntilClose),
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
                _ if info.upgrade.as_deref().is_some_and(|u| has_token(u, "h2c")) => {
                    let (m, u) = req
                        .as_ref()
                        .map(|r| (r.method.clone(), r.uri.clone()))
                        .unwrap_or_default();
                    then = Then::Http2(m, u, req.is_some());
                }
                _ => then = Then::Opaque,
            }
        } else if !interim {
            self.dirs[Dir::Client.index()].ws_asked = false;
        }
        let mut m = InMsg::new(l, at, false, 0, None, body);
        m.auth = std::mem::take(&mut info.auth);
        m.head_frame = self.frame;
        m.framing = info.framing();
        if self.collect {
            m.draft = Some(Draft::new(format!("HTTP/1.{version} {code} {reason}"), h));
        }
        m.then = then;
        m
    }

    /// The message in direction `i` is complete after `used` more bytes.
    fn done(&mut self, i: usize, used: usize, out: &mut Vec<Message>) -> Step {
        let Some(m) = self.dirs[i].msg.take() else {
            return Step::Used(used);
        };
        let then = m.then.clone();
        // A body of known length whose head came in an earlier segment:
        // HTTP asked TCP for exactly that many bytes, and TCP hands what
        // follows them in the segment to a call of its own. Otherwise
        // (the head, or a chunk, asked for one more segment) the call was
        // handed the whole segment and reads on.
        let exact_pdu = matches!(m.body, Some(Body::Length(_))) && m.head_frame != self.frame;
        // Begun in an earlier segment, and the last ask was for one more
        // segment: TCP reassembled this whole segment for HTTP, so the PDU
        // (its reassembled length) runs to the segment's end, whatever
        // follows the message in it. (Not over TLS, which reassembles for
        // HTTP itself.)
        let to_segment_end = !exact_pdu && !self.secure && m.start < self.dirs[i].seg_offset;
        let before = out.len();
        // tshark never completes a message some of whose bytes were not
        // captured (its reassembly waits for them): it shows none.
        if m.lost == 0 {
            self.complete(i, m, out);
        }
        if to_segment_end {
            for m in &mut out[before..] {
                m.stream_end = super::TO_SEGMENT_END;
            }
        }
        if exact_pdu {
            self.call_open = false;
        }
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
            Then::Http2(method, uri, now) => {
                self.h2_from_next_segment = !now;
                // `http://host/path` or `/path`: stream 1's request.
                let (host, path) = match uri.strip_prefix("http://") {
                    Some(rest) => match rest.find('/') {
                        Some(p) => (Some(&rest[..p]), &rest[p..]),
                        None => (Some(rest), "/"),
                    },
                    None => (None, uri.as_str()),
                };
                // The preface comes from the side the 101 answered.
                self.switch_h2(super::http2::Http2Decoder::upgraded(
                    &method,
                    path,
                    host,
                    1 - i,
                ));
                Step::Switch(used)
            }
        }
    }

    /// Both directions speak HTTP/2 from now on.
    fn switch_h2(&mut self, mut h2: super::http2::Http2Decoder) {
        for d in &mut self.dirs {
            d.mode = Mode::Http2;
            d.buf.clear();
        }
        if self.collect {
            h2.collect_messages();
        }
        if self.secure {
            h2.set_secure();
        }
        if let Some(m) = self.h2_media.as_ref() {
            h2.set_stream_media(m);
        }
        // Mid-segment: the frame and time this segment was fed with.
        h2.set_frame(self.frame);
        if let Some(now) = self.now {
            h2.set_time_ns(now);
        }
        self.h2 = Some(Box::new(h2));
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
            None => {
                let mut ws = WsDecoder::new(deflate);
                if self.collect {
                    ws.collect_messages();
                }
                self.ws = Some(ws);
            }
        }
    }

    /// Derived and body fields, then the message, into `out`, with the
    /// layer of its body's own dissector after it (OCSP).
    fn complete(&mut self, i: usize, mut m: InMsg, out: &mut Vec<Message>) {
        let _ = i;
        let l = &mut m.layer;
        self.join_call(l);
        if let Some(u) = m.conv_uri.take() {
            self.conv_uri = Some(u);
        }
        if m.notification {
            if let Some(u) = m.full_uri.take() {
                l.str(f::http::REQUEST_FULL_URI, u);
            }
        } else if m.request {
            if let Some(u) = m.full_uri.take() {
                l.str(f::http::REQUEST_FULL_URI, u);
            }
            self.slots += 1;
            self.last_slot_answered = false;
            l.uint(f::http::REQUEST_NUMBER, self.slots);
            self.prev_slot = (self.slots > 1).then_some(self.slot);
            self.slot = SlotFrames {
                request: self.frame,
                response: 0,
            };
            // The next request and this one's response are known only to
            // a second pass (`http.next_request_in`, `http.response_in`).
            if let Some(p) = self.prev_slot.filter(|p| p.request != 0) {
                l.uint(f::http::PREV_REQUEST_IN, p.request);
            }
            self.slot_request = None;
            if let Some(p) = self.pending.iter_mut().find(|p| p.id == m.id) {
                p.time = self.now.or(p.time);
                self.slot_request = Some(Pairing {
                    method: p.method.clone(),
                    time: p.time,
                });
            }
        } else {
            if self.slots == 0 || self.last_slot_answered {
                self.slots += 1;
                self.prev_slot = (self.slots > 1).then_some(self.slot);
                self.slot = SlotFrames::default();
                self.slot_request = None;
            }
            self.last_slot_answered = true;
            self.slot.response = self.frame;
            l.uint(f::http::RESPONSE_NUMBER, self.slots);
            if let Some(p) = self.prev_slot {
                if p.request != 0 {
                    l.uint(f::http::PREV_REQUEST_IN, p.request);
                }
                if p.response != 0 {
                    l.uint(f::http::PREV_RESPONSE_IN, p.response);
                }
            }
            if self.slot.request != 0 {
                l.uint(f::http::REQUEST_IN, self.slot.request);
            }
            if let Some(p) = &self.slot_request {
                if let (Some(t0), Some(t1)) = (p.time, self.now) {
                    let d = i64::try_from(t1 - t0).unwrap_or(i64::MAX);
                    l.push(f::http::TIME, Value::rel_time(d));
                }
                if let Some(u) = &self.conv_uri {
                    l.str(f::http::RESPONSE_FOR_URI, u.clone());
                }
                l.str(f::http::OSIDUMP_REQUEST_METHOD, p.method.clone());
            } else if let Some(u) = &self.conv_uri {
                l.str(f::http::RESPONSE_FOR_URI, u.clone());
            }
        }
        // Each chunk as tshark lists it: its size, then (a data chunk) its
        // data, when kept, and the bytes after it.
        let mut at = 0usize;
        let mut boundaries = m.boundaries.iter();
        for &c in &m.chunks {
            l.uint(f::http::CHUNK_SIZE, c);
            if c == 0 {
                continue;
            }
            let end = usize::try_from(c).map_or(usize::MAX, |c| at.saturating_add(c));
            if let Some(data) = m.kept.get(at..end) {
                l.push(f::http::CHUNK_DATA, Value::Bytes(data.to_vec().into()));
            }
            at = end;
            if let Some(b) = boundaries.next() {
                l.push(f::http::CHUNK_BOUNDARY, Value::Bytes(b.clone().into()));
            }
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
        let mut inner = if m.body_incomplete {
            None
        } else {
            body::add(l, &m.framing, &m.kept, m.body_len, !self.skip_detail)
        };
        self.match_doh(inner.as_mut());
        m.kept = Vec::new();
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
        out.push(Message {
            event: m.draft.map(|d| AppMessage::Http {
                start_line: d.start_line,
                headers: d.headers,
                body: d.body,
                chunked: d.chunked,
                incomplete: d.incomplete,
            }),
            layer: m.layer,
            stream_offset: m.start,
            // Set by the caller, which knows where the message ended.
            stream_end: 0,
        });
        for layer in m.auth.drain(..).chain(inner) {
            out.push(Message {
                event: None,
                layer,
                stream_offset: m.start,
                stream_end: 0,
            });
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
        body: Option<Body>,
    ) -> InMsg {
        InMsg {
            layer,
            start,
            request,
            notification: false,
            id,
            full_uri,
            conv_uri: None,
            body,
            body_len: 0,
            preview: Vec::new(),
            kept: Vec::new(),
            boundaries: Vec::new(),
            framing: body::Framing::default(),
            body_incomplete: false,
            chunks: Vec::new(),
            chunk_count: 0,
            trailers: Vec::new(),
            trailer_no_wait: false,
            lost: 0,
            then: Then::Http,
            draft: None,
            head_frame: 0,
            auth: Vec::new(),
        }
    }

    fn body_bytes(&mut self, b: &[u8]) {
        self.body_len += b.len() as u64;
        if let Some(d) = self.draft.as_mut() {
            let room = MAX_BODY.saturating_sub(d.body.len()).min(b.len());
            d.body.extend_from_slice(&b[..room]);
            d.incomplete |= room < b.len();
        }
        let room = BODY_PREVIEW.saturating_sub(self.preview.len()).min(b.len());
        self.preview.extend_from_slice(&b[..room]);
        let room = body::BODY_KEEP.saturating_sub(self.kept.len()).min(b.len());
        self.kept.extend_from_slice(&b[..room]);
    }
}

/// Header slots for httparse: one a line of `buf` (at least 16).
fn header_slots<'b>(buf: &[u8]) -> Vec<httparse::Header<'b>> {
    let lines = buf.iter().filter(|&&b| b == b'\n').count() + 1;
    vec![httparse::EMPTY_HEADER; lines.max(16)]
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

/// One header: its name, value and whole raw line (with its line end),
/// borrowed from the message's bytes where they are text as they stand
/// (three strings a header were made and dropped for each message).
struct Hdr<'a> {
    name: Cow<'a, str>,
    value: Cow<'a, str>,
    line: Cow<'a, str>,
    /// The name is empty or has a character packet-http.c does not take
    /// in one ([`is_token_char`]): tshark shows the line with the
    /// http.bad_header_name expert item, and reads nothing from it.
    bad_name: bool,
}

/// The request URI's items under it, as tshark 4.0 adds them: only for a
/// URI with a query after its first `?` — the path before it (maybe
/// empty: `?q`), the query, and each of its `&`-separated parameters that is
/// not empty (`/a?` adds nothing; `/b?x&&y&` gives x and y).
fn uri_parts(l: &mut Layer<'_>, uri: &str) {
    let Some((path, query)) = uri.split_once('?') else {
        return;
    };
    if query.is_empty() {
        return;
    }
    l.str(f::http::REQUEST_URI_PATH, path.to_owned());
    l.str(f::http::REQUEST_URI_QUERY, query.to_owned());
    for parameter in query.split('&').filter(|p| !p.is_empty()) {
        l.str(f::http::REQUEST_URI_QUERY_PARAMETER, parameter.to_owned());
    }
}

/// The headers of a message whose start line and headers take `len`
/// bytes of `input`: those httparse parsed (`headers`), or, when it had to
/// skip lines it refused (`ignored`), the block split as tshark splits it.
/// The flag says whether lines are still left out (lines with no colon).
fn header_list<'a>(
    input: &'a [u8],
    len: usize,
    headers: &[httparse::Header<'a>],
    ignored: bool,
) -> (Vec<Hdr<'a>>, bool) {
    if ignored {
        split_headers(&input[..len.min(input.len())])
    } else {
        (collect(input, headers), false)
    }
}

/// The parsed headers (the slots httparse filled), with their raw lines.
fn collect<'a>(input: &'a [u8], headers: &[httparse::Header<'a>]) -> Vec<Hdr<'a>> {
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
            // httparse trims the value's trailing blanks; Wireshark keeps
            // them (the value runs to the line's end).
            let line_end = input[..end]
                .strip_suffix(b"\n")
                .map_or(end, |l| l.strip_suffix(b"\r").map_or(l.len(), <[u8]>::len));
            let trailing = &input[vend..line_end.max(vend)];
            let mut value = lossy(h.value);
            if !trailing.is_empty() && trailing.iter().all(|b| matches!(b, b' ' | b'\t')) {
                value.to_mut().push_str(&String::from_utf8_lossy(trailing));
            }
            Hdr {
                name: Cow::Borrowed(h.name),
                value,
                line: ascii(&input[start..end]),
                // The name as tshark takes it: all before the colon (a
                // blank httparse lets through there is not a token
                // character to tshark).
                bad_name: !is_header_name(
                    input[start..end]
                        .split(|&b| b == b':')
                        .next()
                        .unwrap_or_default(),
                ),
            }
        })
        .collect()
}

#[derive(Default)]
struct HeaderInfo {
    host: Option<String>,
    content_type: Option<String>,
    content_encoding: Option<String>,
    content_length: Option<u64>,
    transfer_encoding: Option<String>,
    /// A Transfer-Encoding header's value starts with `chunked`.
    chunked: bool,
    /// The last Transfer-Encoding header names a compression tshark
    /// leaves undone.
    compressed: bool,
    upgrade: Option<String>,
    ws_key: Option<String>,
    ws_accept: Option<String>,
    ws_extensions: Option<String>,
    /// What the authentication headers carry (NTLMSSP, GSS-API), shown
    /// after HTTP's layer as tshark shows them under their header.
    auth: Vec<Layer<'static>>,
}

/// Push each header line (and its named field when Wireshark has one).
/// `unknown`: lines outside a request or response (a Continuation's):
/// tshark shows a header it has no field for as http.unknown_header.
fn header_fields(
    l: &mut Layer<'static>,
    h: &[Hdr<'_>],
    line_field: Option<&'static FieldDef>,
    unknown: bool,
) -> HeaderInfo {
    static BAD_HEADER_NAME: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
        field: f::http::BAD_HEADER_NAME,
        group: crate::dissect::expert::Group::Protocol,
        severity: crate::dissect::expert::Severity::Warn,
    };
    // packet-http.c's items on a Transfer-Encoding naming a coding it does
    // not know, and on a Content-Length or Transfer-Encoding header when
    // the other came before.
    static TE_UNKNOWN: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
        field: f::http::TE_UNKNOWN,
        group: crate::dissect::expert::Group::Undecoded,
        severity: crate::dissect::expert::Severity::Warn,
    };
    static TE_AND_LENGTH: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
        field: f::http::TE_AND_LENGTH,
        group: crate::dissect::expert::Group::Malformed,
        severity: crate::dissect::expert::Severity::Warn,
    };
    let mut info = HeaderInfo::default();
    let mut bad_length = false;
    let (mut seen_length, mut seen_te) = (false, false);
    for hdr in h {
        if let Some(line_field) = line_field {
            l.str(line_field, hdr.line.to_string());
        }
        if hdr.bad_name {
            // The line as it is (ASCII), with the expert item on it.
            if unknown {
                l.str(f::http::UNKNOWN_HEADER, hdr.line.to_string());
            }
            crate::dissect::expert::add(l, &BAD_HEADER_NAME, None);
            continue;
        }
        let unknown_header = |l: &mut Layer<'static>| {
            if unknown {
                // Its text escaped (format_text), as tshark gives it.
                l.str(
                    f::http::UNKNOWN_HEADER,
                    crate::dissect::expert::format_text(hdr.line.as_bytes()),
                );
            }
        };
        // The name in lower case in a stack buffer, and the value copied
        // only for the headers kept (a message has some ten headers, each
        // made two strings here before).
        let mut lower = [0u8; LONGEST_KNOWN_HEADER];
        let Some(name) = lower_case_in(&hdr.name, &mut lower) else {
            // Longer than any header read below.
            unknown_header(l);
            continue;
        };
        let v: &str = &hdr.value;
        let field = match name {
            "host" => {
                info.host.get_or_insert_with(|| v.to_string());
                f::http::HOST
            }
            "user-agent" => f::http::USER_AGENT,
            "content-type" => {
                info.content_type = Some(v.to_string());
                f::http::CONTENT_TYPE
            }
            "content-length" => {
                l.str(f::http::CONTENT_LENGTH_HEADER, v.to_string());
                // g_ascii_strtoll's range: a length past 2^63 - 1 is no
                // length to packet-http.c (ERANGE), as a negative one.
                match v
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|n| u64::try_from(n).ok())
                {
                    // Each one is shown; the last frames the body, as
                    // req_resp_hdrs_do_reassembly keeps the last it read.
                    Some(n) => {
                        l.uint(f::http::CONTENT_LENGTH, n);
                        info.content_length = Some(n);
                        seen_length = true;
                    }
                    None => {
                        l.malformed(format!("bad Content-Length {v:?}"));
                        bad_length = true;
                    }
                }
                if seen_te && seen_length {
                    crate::dissect::expert::add(l, &TE_AND_LENGTH, None);
                }
                continue;
            }
            "transfer-encoding" => {
                seen_te = true;
                info.chunked |= chunked_coding(v);
                info.compressed = compressed_coding(v);
                match &mut info.transfer_encoding {
                    Some(t) => {
                        t.push_str(", ");
                        t.push_str(v);
                    }
                    None => info.transfer_encoding = Some(v.to_string()),
                }
                f::http::TRANSFER_ENCODING
            }
            "connection" => f::http::CONNECTION,
            "upgrade" => {
                info.upgrade = Some(v.to_string());
                f::http::UPGRADE
            }
            "content-encoding" => {
                info.content_encoding = Some(v.to_string());
                f::http::CONTENT_ENCODING
            }
            "accept" => f::http::ACCEPT,
            "accept-encoding" => f::http::ACCEPT_ENCODING,
            "accept-language" => f::http::ACCEPT_LANGUAGE,
            "referer" => f::http::REFERER,
            "cookie" => {
                l.str(f::http::COOKIE, v.to_string());
                cookie_pairs(l, v);
                continue;
            }
            "set-cookie" => f::http::SET_COOKIE,
            "date" => f::http::DATE,
            "cache-control" => f::http::CACHE_CONTROL,
            "server" => f::http::SERVER,
            "location" => f::http::LOCATION,
            "last-modified" => f::http::LAST_MODIFIED,
            "authorization" | "proxy-authorization" => {
                l.str(
                    if name == "authorization" {
                        f::http::AUTHORIZATION
                    } else {
                        f::http::PROXY_AUTHORIZATION
                    },
                    v.to_string(),
                );
                if !auth_token(v, &mut info.auth) {
                    auth_basic(l, v);
                }
                continue;
            }
            "www-authenticate" | "proxy-authenticate" => {
                l.str(
                    if name == "www-authenticate" {
                        f::http::WWW_AUTHENTICATE
                    } else {
                        f::http::PROXY_AUTHENTICATE
                    },
                    v.to_string(),
                );
                auth_token(v, &mut info.auth);
                continue;
            }
            "x-forwarded-for" => f::http::X_FORWARDED_FOR,
            "http2-settings" => {
                // base64url SETTINGS of an h2c upgrade (RFC 7540 3.2.1),
                // as tshark shows them.
                use base64::Engine;
                let cfg = base64::engine::GeneralPurposeConfig::new()
                    .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent);
                let eng = base64::engine::GeneralPurpose::new(&base64::alphabet::URL_SAFE, cfg);
                l.str(f::http::HTTP2_SETTINGS, v.to_string());
                if let Ok(b) = eng.decode(v.trim()) {
                    super::http2::settings_fields(l, &b);
                }
                continue;
            }
            "sec-websocket-key" => {
                info.ws_key = Some(v.trim().to_string());
                f::http::SEC_WEBSOCKET_KEY
            }
            "sec-websocket-accept" => {
                info.ws_accept = Some(v.to_string());
                f::http::SEC_WEBSOCKET_ACCEPT
            }
            "sec-websocket-version" => f::http::SEC_WEBSOCKET_VERSION,
            "sec-websocket-protocol" => f::http::SEC_WEBSOCKET_PROTOCOL,
            "sec-websocket-extensions" => {
                info.ws_extensions = Some(v.to_string());
                f::http::SEC_WEBSOCKET_EXTENSIONS
            }
            _ => {
                unknown_header(l);
                continue;
            }
        };
        l.str(field, v.to_string());
        if std::ptr::eq(field, f::http::TRANSFER_ENCODING) {
            if !known_codings(v) {
                crate::dissect::expert::add(l, &TE_UNKNOWN, None);
            }
            if seen_length {
                crate::dissect::expert::add(l, &TE_AND_LENGTH, None);
            }
        }
    }
    if bad_length && info.transfer_encoding.is_none() {
        // Framing unknown: treat the body as empty and resynchronise on the
        // next message line.
        info.content_length = None;
    }
    info
}

/// A Cookie header's pairs as packet-http.c splits them: whitespace and
/// `;` skipped, each pair up to the next `;` (its trailing spaces kept).
fn cookie_pairs(l: &mut Layer<'_>, v: &str) {
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i] == b';' || b[i].is_ascii_whitespace() || b[i] == 0x0b) {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let end = b[i..]
            .iter()
            .position(|&c| c == b';')
            .map_or(b.len(), |n| i + n);
        l.str(f::http::COOKIE_PAIR, v[i..end].to_string());
        i = end;
    }
}

/// `check_auth_ntlmssp` and `check_auth_kerberos`: an `NTLM`, `Negotiate`
/// or `Kerberos` token, base64 as tshark decodes it, handed to NTLMSSP
/// (when it starts so) or GSS-API; its layers go to `out`. False when the
/// value is no such token.
fn auth_token(v: &str, out: &mut Vec<Layer<'static>>) -> bool {
    let (b64, kerberos) = if let Some(t) = v
        .strip_prefix("NTLM ")
        .or_else(|| v.strip_prefix("Negotiate "))
    {
        (t, false)
    } else if let Some(t) = v.strip_prefix("Kerberos ") {
        (t, true)
    } else {
        return false;
    };
    let token = lenient_base64(b64);
    let mut layers = Vec::new();
    if !kerberos && token.starts_with(b"NTLMSSP") {
        super::ntlmssp::dissect(&token, 0, token.len(), &mut layers);
    } else {
        super::spnego::dissect(&token, 0, token.len(), &mut layers);
    }
    out.extend(layers.into_iter().map(Layer::into_owned));
    true
}

/// `check_auth_basic`: `Basic` credentials (the prefix in any case),
/// decoded, up to a NUL, as `http.authbasic`.
fn auth_basic(l: &mut Layer<'static>, v: &str) {
    let Some(prefix) = v.get(..6) else {
        return;
    };
    if !prefix.eq_ignore_ascii_case("Basic ") {
        return;
    }
    let decoded = lenient_base64(&v[6..]);
    let text = decoded.split(|&b| b == 0).next().unwrap_or_default();
    l.str(
        f::http::AUTHBASIC,
        String::from_utf8_lossy(text).into_owned(),
    );
}

/// Base64 as GLib's decoder reads it: characters outside the alphabet are
/// skipped, and a `=` ends the data.
fn lenient_base64(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// The longest header name [`header_fields`] reads
/// (`sec-websocket-extensions`), rounded up.
const LONGEST_KNOWN_HEADER: usize = 32;

/// `name` in ASCII lower case, written into `buf`; None when it does not
/// fit (no header read is that long).
fn lower_case_in<'b>(name: &str, buf: &'b mut [u8; LONGEST_KNOWN_HEADER]) -> Option<&'b str> {
    let out = buf.get_mut(..name.len())?;
    out.copy_from_slice(name.as_bytes());
    out.make_ascii_lowercase();
    // Lowering ASCII letters keeps the text UTF-8.
    std::str::from_utf8(out).ok()
}

impl HeaderInfo {
    fn framing(&self) -> body::Framing {
        body::Framing {
            content_type: self.content_type.clone(),
            content_encoding: self.content_encoding.clone(),
            transfer_coded: self.compressed,
        }
    }
}

/// MS-RPCH (Outlook Anywhere) channels give a Content-Length between 128 KiB
/// and 2 GiB that sizes the channel, not the body: tshark's
/// req_resp_hdrs_do_reassembly asks TCP for no more bytes when such a
/// length comes with `Content-Type: application/rpc`, or when the bytes it
/// was handed start with an `RPC_IN_DATA` / `RPC_OUT_DATA` request. The
/// body is then what those bytes hold, and what follows is Continuation.
fn rpc_channel_body(length: u64, framing: &body::Framing, rpc_channel_bytes: bool) -> bool {
    length >= 128 * 1024
        && (rpc_channel_bytes
            || framing
                .content_type
                .as_deref()
                .is_some_and(|t| t.trim_start_matches(' ').starts_with("application/rpc")))
}

fn has_token(list: &str, token: &str) -> bool {
    list.split(',')
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

/// packet-http.c's http_parse_transfer_coding on one header's value: the
/// first coding it knows other than `chunked` (names as written) is
/// compress, deflate or gzip, which it leaves undone (the body goes to
/// data); identity or unknown names leave the body as it is.
fn compressed_coding(te: &str) -> bool {
    for t in te.split(',').map(|t| t.trim_start_matches([' ', '\t'])) {
        if t.starts_with("chunked") {
            continue;
        }
        if t.starts_with("identity") {
            return false;
        }
        if ["compress", "deflate", "gzip", "x-compress", "x-gzip"]
            .iter()
            .any(|c| t.starts_with(c))
        {
            return true;
        }
    }
    false
}

/// Whether tshark reads a body as chunks for this Transfer-Encoding
/// header: its reassembly (req_resp_hdrs.c) does when a header's value
/// starts with `chunked` in any case, whatever follows (`chunked,
/// identity`) and whatever other such headers say.
/// Whether every coding a Transfer-Encoding value names (comma-separated)
/// is one packet-http.c knows (on the header's own line: a folded
/// continuation is not part of its value to tshark).
fn known_codings(te: &str) -> bool {
    let line = te.split(['\r', '\n']).next().unwrap_or("");
    line.split(',')
        .map(|c| c.trim_matches([' ', '\t']))
        .filter(|c| !c.is_empty())
        .all(|c| {
            [
                "chunked",
                "compress",
                "deflate",
                "gzip",
                "identity",
                "x-gzip",
                "x-compress",
            ]
            .iter()
            .any(|k| c.eq_ignore_ascii_case(k))
        })
}

fn chunked_coding(te: &str) -> bool {
    te.trim_start_matches([' ', '\t'])
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("chunked"))
}

/// A chunk-size line's size, as tshark 4.0 reads it (see inside); `None`
/// when it reads none (it then stops reading chunks).
fn chunk_size(line: &[u8]) -> Option<u64> {
    // tshark 4.0 reads the line as a C string (to a NUL; a lone CR ends a
    // line too), drops the extensions from the first `;` and reads the
    // size with ws_hexstrtou32 (g_ascii_strtoull in base 16, trailing
    // bytes allowed): blanks before it skipped, a `0x` prefix taken, no
    // sign, at least one digit, no more than 32 bits, at most 2^31.
    let end = line
        .iter()
        .position(|&b| matches!(b, 0 | b';' | b'\r'))
        .unwrap_or(line.len());
    let s = &line[..end];
    if matches!(s.first(), Some(b'+' | b'-')) {
        return None;
    }
    let mut at = s
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
        .count();
    if s.get(at..at + 2)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"0x"))
        && s.get(at + 2).is_some_and(u8::is_ascii_hexdigit)
    {
        at += 2;
    }
    let digits = s[at..].iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 {
        return None;
    }
    let mut v: u64 = 0;
    for &c in &s[at..at + digits] {
        let d = (c as char).to_digit(16)? as u64;
        v = v.checked_mul(16)?.checked_add(d)?;
    }
    (v <= 1 << 31).then_some(v)
}

/// Whether C's `strtol(line, NULL, 16)` finds no digit in a chunk-size
/// line (white space, a sign, a `0x` prefix, then no hex digit): it then
/// reads 0. The line is a C string: it ends at a NUL, and at the first `;`
/// (extensions dropped).
fn strtol_hex_reads_nothing(line: &[u8]) -> bool {
    let end = line
        .iter()
        .position(|&b| matches!(b, 0 | b';'))
        .unwrap_or(line.len());
    let s = &line[..end];
    let mut at = s
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
        .count();
    if matches!(s.get(at), Some(b'+' | b'-')) {
        at += 1;
    }
    !s.get(at).is_some_and(u8::is_ascii_hexdigit)
}

/// Messages completed by a step that consumed input up to `end`, whose
/// end is not set yet.
fn end_messages(msgs: &mut [Message], end: u64) {
    for m in msgs {
        if m.stream_end == 0 {
            m.stream_end = end.max(m.stream_offset);
        }
    }
}

/// Would tshark's HTTP dissector show bytes that start no request or
/// response in a conversation where no request was seen? Only when they
/// start with a printable character and their first line looks like a
/// header (holds a colon): it then reads header lines (dissect_http_message).
fn starts_http_lines(b: &[u8]) -> bool {
    let first = b
        .iter()
        .position(|&c| c == b'\r' || c == b'\n')
        .map_or(b, |e| &b[..e]);
    b.first().is_some_and(|c| (0x20..0x7f).contains(c)) && first.contains(&b':')
}

/// The end of the header block at the start of `b` (just after its empty
/// line), as tshark's header reassembly finds it: lines end at CR, LF or
/// CRLF; a CR that ends the bytes may be the first half of a CRLF, so it
/// ends nothing yet.
fn header_block_end(b: &[u8]) -> Option<usize> {
    let mut start = 0;
    loop {
        let eol = start + b[start..].iter().position(|&c| c == b'\r' || c == b'\n')?;
        let next = match (b[eol], b.get(eol + 1)) {
            (b'\r', Some(b'\n')) => eol + 2,
            (b'\r', None) => return None,
            _ => eol + 1,
        };
        if eol == start {
            return Some(next);
        }
        start = next;
    }
}

/// Where packet-http.c's dissect_http_message stops reading headers in
/// a complete header block (`block`, its empty line included), when that
/// is not at the empty line: at the first line after the first that holds
/// no colon (a folded continuation ` chunked`, a stray word). Also the
/// block's end when a header line holds a NUL (read as a C string) or a
/// line ends at a lone CR (a line end to tshark, not to httparse).
/// `None` for a block every line of which is a header as httparse reads
/// them too, or with a request or status line among its headers.
fn odd_head(block: &[u8]) -> Option<usize> {
    let lone_cr = |at: usize, len: usize, next: usize| next == len + 1 && block[at + len] == b'\r';
    let (first_len, mut pos) = line_end(block, false)?;
    let mut odd = lone_cr(0, first_len, pos);
    while pos < block.len() {
        let (len, next) = line_end(&block[pos..], false)?;
        if len == 0 {
            return odd.then_some(pos + next);
        }
        let line = &block[pos..pos + len];
        if probe(line) == Probe::Certain {
            return None;
        }
        if !line.contains(&b':') {
            return Some(pos);
        }
        odd |= line.contains(&0) || lone_cr(pos, len, next);
        pos += next;
    }
    None
}

/// tshark's reassembly of a chunked body (req_resp_hdrs.c), on the bytes
/// after the header block: `None` while it asks for more, else where it
/// stopped. Each size line must end (a CR that ends the bytes may be half
/// a CR LF); a size it cannot read ([`chunk_size`]) stops it as it is
/// (the bytes are read as they are); a chunk is skipped with the two
/// bytes after it once more bytes than its size follow its size line; the
/// last chunk needs one more line after it, whatever that line is.
fn reassembly_chunks(body: &[u8]) -> Option<usize> {
    let mut pos = 0;
    loop {
        let rest = body.get(pos..).filter(|r| !r.is_empty())?;
        let (len, next) = line_end(rest, true)?;
        let Some(size) = chunk_size(&rest[..len]) else {
            return Some(pos);
        };
        if size == 0 {
            let (_, after) = line_end(&rest[next..], true)?;
            return Some(pos + next + after);
        }
        if (rest.len() as u64) <= size {
            return None;
        }
        pos += next + size as usize + 2;
    }
}

/// The body's framing as tshark's reassembly (req_resp_hdrs.c) reads it
/// from a complete header block: every line to the empty one, the first
/// included, each a C string (to its first NUL). A line starting
/// `Content-Length:` (any case) gives the length when its value, white
/// space stripped, is a whole 32-bit number not below 0 (ws_strtoi32); a
/// later one that is not makes the length 0 (the conversion's answer on
/// failure), a length once found stays found. A line starting
/// `Transfer-Encoding:` whose value starts `chunked` (any case, after
/// blanks) makes the body chunked, whatever else is said.
fn reassembly_framing(block: &[u8]) -> (Option<u64>, bool) {
    let mut length: Option<u64> = None;
    let mut chunked = false;
    let mut pos = 0;
    while pos < block.len() {
        let Some((len, next)) = line_end(&block[pos..], false) else {
            break;
        };
        if len == 0 {
            break;
        }
        let raw = &block[pos..pos + len];
        let line = &raw[..raw.iter().position(|&b| b == 0).unwrap_or(raw.len())];
        pos += next;
        let starts = |p: &[u8]| {
            line.get(..p.len())
                .is_some_and(|l| l.eq_ignore_ascii_case(p))
        };
        if starts(b"Content-Length:") {
            let v = line[15..].trim_ascii();
            let parsed = std::str::from_utf8(v).ok().and_then(|v| {
                let digits = v.strip_prefix(['+', '-']).unwrap_or(v);
                (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| v.parse::<i64>().ok())
                    .flatten()
            });
            match parsed {
                Some(n) if (0..=i64::from(i32::MAX)).contains(&n) => length = Some(n as u64),
                // Out of range: ws_strtoi32 leaves the nearest bound.
                Some(n) if n > i64::from(i32::MAX) && length.is_some() => {
                    length = Some(i32::MAX as u64)
                }
                _ if length.is_some() => length = Some(0),
                _ => {}
            }
        } else if starts(b"Transfer-Encoding:") {
            let v = &line[18..];
            let v = &v[v.iter().take_while(|&&b| b == b' ' || b == b'\t').count()..];
            chunked |= v
                .get(..7)
                .is_some_and(|c| c.eq_ignore_ascii_case(b"chunked"));
        }
    }
    (length, chunked)
}

/// Whether a line of the head after its first starts with a blank and
/// holds a colon: httparse folds it into the header before it (obs-fold),
/// tshark reads it as a header of its own (its name, blank included, not a
/// token), so the headers are then split from the bytes as tshark splits
/// them (see `split_headers`).
fn blank_started_header(head: &[u8]) -> bool {
    // The common head: no line starts with a blank.
    if !memchr::memchr_iter(b'\n', head).any(|i| matches!(head.get(i + 1), Some(b' ' | b'\t'))) {
        return false;
    }
    let Some((_, mut pos)) = line_end(head, false) else {
        return false;
    };
    while let Some((n, next)) = line_end(&head[pos..], false) {
        if n == 0 {
            break;
        }
        let line = &head[pos..pos + n];
        if matches!(line[0], b' ' | b'\t') && line.contains(&b':') {
            return true;
        }
        pos += next;
    }
    false
}

/// `head` with each lone CR (one followed by a byte other than LF) of its
/// header block made a LF, for httparse, which ends lines only at a LF;
/// `None` when there is none. tshark's tvb_find_line_end ends a line at a
/// lone CR (`HTTP/1.1 200 ok\r` then the next header).
fn lone_crs_as_lf(head: &[u8]) -> Option<Vec<u8>> {
    let lone = |i: usize| head[i] == b'\r' && head.get(i + 1).is_some_and(|&c| c != b'\n');
    // The common head has none (and a body's bytes may): the block's end
    // is looked for only past a first one.
    let first = memchr::memchr_iter(b'\r', head).find(|&i| lone(i))?;
    let end = header_block_end(head).unwrap_or(head.len());
    if first >= end {
        return None;
    }
    let mut copy = head.to_vec();
    for i in (0..end).filter(|&i| lone(i)) {
        copy[i] = b'\n';
    }
    Some(copy)
}

/// Reports `len` bytes httparse refused as one malformed layer (with
/// what its first line says) and returns `len`, the bytes to skip.
fn unparsed(input: &[u8], len: usize, reason: String, at: u64, out: &mut Vec<Message>) -> usize {
    let mut l = Layer::new(Osi::Application, "http", 0..len);
    let head = &input[..input.len().min(HEADER_CAP)];
    let ended = head.windows(4).any(|w| w == b"\r\n\r\n") || head.windows(2).any(|w| w == b"\n\n");
    first_line_fields(&mut l, input, ended);
    l.malformed(reason);
    out.push(Message {
        event: None,
        layer: l,
        stream_offset: at,
        stream_end: at + len as u64,
    });
    len
}

/// What can be read of a request or status line that httparse refused.
/// tshark shows HTTP fields for such a message only once its headers end
/// (a blank line). So without `ended` the line is our own field only, and
/// `http.request`, `http.response` and the line's parts stay absent rather
/// than claim what tshark would not.
fn first_line_fields(l: &mut Layer<'static>, input: &[u8], ended: bool) {
    let end = input
        .iter()
        .take(1024)
        .position(|&b| b == b'\n')
        .unwrap_or(input.len().min(1024));
    let line = String::from_utf8_lossy(&input[..end]);
    let line = line.trim_end_matches('\r');
    let mut parts = line.splitn(3, ' ');
    let (a, b, c) = (parts.next(), parts.next(), parts.next());
    if !ended {
        l.str(
            f::http::OSIDUMP_LINE,
            line.chars().take(256).collect::<String>(),
        );
    } else if line.starts_with("HTTP/") {
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
            uri_parts(l, b);
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
pub fn code_desc(code: u16) -> Option<&'static str> {
    // packet-http.c's vals_http_status_code (tshark 4.0).
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        102 => "Processing",
        103 => "Early Hints",
        199 => "Informational - Others",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi-Status",
        208 => "Already Reported",
        226 => "IM Used",
        299 => "Success - Others",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        305 => "Use Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        399 => "Redirection - Others",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Time-out",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Request Entity Too Large",
        414 => "Request-URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Requested Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "I'm a teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        499 => "Client Error - Others",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Time-out",
        505 => "HTTP Version not supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        599 => "Server Error - Others",
        _ => return None,
    })
}

impl StreamDecoder for HttpDecoder {
    fn heap_bytes(&self) -> usize {
        let dirs: usize = self
            .dirs
            .iter()
            .map(|d| {
                d.buf.capacity()
                    + d.msg.as_ref().map_or(0, |m| {
                        m.preview.capacity()
                            + m.kept.capacity()
                            + m.boundaries.len() * 32
                            + m.chunks.capacity() * 8
                            + m.trailers.iter().map(String::capacity).sum::<usize>()
                            + m.draft.as_ref().map_or(0, |x| x.body.capacity())
                    })
            })
            .sum();
        let pending: usize = self
            .pending
            .iter()
            .map(|p| 64 + p.method.capacity() + p.uri.capacity())
            .sum();
        dirs + pending
            + self.ws.as_ref().map_or(0, |w| w.heap_bytes())
            + self
                .h2
                .as_ref()
                .map_or(0, |h| std::mem::size_of_val(&**h) + h.heap_bytes())
            + self
                .tunnel
                .as_ref()
                .map_or(0, |t| std::mem::size_of_val(&**t) + t.heap_bytes())
            + self.doh.as_ref().map_or(0, |d| d.heap_bytes())
    }

    fn collect_messages(&mut self) {
        self.collect = true;
        if let Some(ws) = self.ws.as_mut() {
            ws.collect_messages();
        }
        if let Some(t) = self.tunnel.as_mut() {
            t.collect_messages();
        }
    }

    fn set_keys(&mut self, keys: &super::tls::keylog::Keys) {
        self.keys = Some(keys.clone());
    }

    fn skip_fingerprints(&mut self) {
        self.skip_fingerprints = true;
    }

    fn skip_detail(&mut self) {
        self.skip_detail = true;
    }

    fn set_decode_as(&mut self, rules: &[crate::dissect::registry::DecodeAs]) {
        self.rules = rules.to_vec();
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.tls_port = src == 443 || dst == 443;
        if let Some(t) = self.tunnel.as_mut() {
            t.set_ports(src, dst);
        }
    }

    fn set_endpoints(&mut self, e: &super::Endpoints) {
        if let Some(t) = self.tunnel.as_mut() {
            t.set_endpoints(e);
        }
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.snap_cut = cut;
        if let Some(t) = self.tunnel.as_mut() {
            t.set_snap_cut(cut);
        }
    }

    fn take_expected(&mut self, out: &mut Vec<super::Expected>) {
        if let Some(t) = self.tunnel.as_mut() {
            t.take_expected(out);
        }
    }

    fn whole_segments(&self) -> bool {
        self.tunnel.as_ref().is_some_and(|t| t.whole_segments())
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.wants_one_more_segment(dir))
    }

    fn began_in_cut_message(&self, dir: Dir) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.began_in_cut_message(dir))
    }

    fn began_after_cut_message(&self, dir: Dir) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.began_after_cut_message(dir))
    }

    fn refused(&self, dir: Dir) -> bool {
        self.tunnel.as_ref().is_some_and(|t| t.refused(dir))
    }

    fn carrier_layer(&self) -> Option<Layer<'static>> {
        self.tunnel.as_ref().and_then(|t| t.carrier_layer())
    }

    fn set_time_ns(&mut self, ts_nanos: i128) {
        HttpDecoder::set_time_ns(self, ts_nanos);
    }

    /// A body of known length (`Content-Length`) being read: it ends that
    /// many bytes on (tshark's HTTP asked TCP for exactly that many).
    fn message_end(&self, dir: Dir) -> Option<u64> {
        let d = &self.dirs[dir.index()];
        match (d.mode, d.msg.as_ref().and_then(|m| m.body.as_ref())) {
            (Mode::Http, Some(Body::Length(n))) => d.end.checked_add(*n),
            _ => None,
        }
    }

    fn set_frame(&mut self, number: u64) {
        HttpDecoder::set_frame(self, number);
    }

    fn set_secure(&mut self) {
        self.secure = true;
    }

    fn set_stream_media(&mut self, media: &super::http2::StreamMedia) {
        self.h2_media = Some(media.clone());
    }

    fn closed_by_fin(&mut self, dir: Dir) {
        self.dirs[dir.index()].closed = Closed::Fin;
    }

    fn closed_by_reset(&mut self, dir: Dir) {
        self.dirs[dir.index()].closed = Closed::Reset;
    }

    fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        HttpDecoder::finish_side(self, dir, out);
    }

    fn reassembling(&self, dir: Dir) -> bool {
        if let (Mode::WebSocket, Some(ws)) = (self.dirs[dir.index()].mode, self.ws.as_ref()) {
            return ws.reassembling(dir);
        }
        self.holds_partial(dir)
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        if let (Mode::Http2, Some(h2)) = (self.dirs[dir.index()].mode, self.h2.as_ref()) {
            return h2.holds_partial(dir);
        }
        if let (Mode::Tunnel, Some(t)) = (self.dirs[dir.index()].mode, self.tunnel.as_ref()) {
            return t.holds_partial(dir);
        }
        let d = &self.dirs[dir.index()];
        d.mode == Mode::Http && (d.msg.is_some() || !d.buf.is_empty())
    }

    /// packet-http.c takes a segment whose first line is no request or
    /// status line, before it has seen a request, and shows nothing of
    /// it (no `http`, no `data`); osidump reads past it line by line
    /// (`resync`) until a message starts.
    fn consumed_silently(&self, dir: Dir) -> bool {
        if let Some(t) = self.tunnel.as_ref() {
            return t.consumed_silently(dir);
        }
        let d = &self.dirs[dir.index()];
        d.mode == Mode::Http && d.resync && d.msg.is_none() && d.buf.is_empty()
    }

    /// tshark's HTTP writes a message's first line in the Info column
    /// each time TCP hands it the message from its start: every segment
    /// while the head is incomplete or the body has no length (chunked,
    /// until the close: TCP is asked for one more segment at a time), and
    /// the segment that completes the head of a body of known length
    /// (TCP is then asked for exactly the rest).
    fn pending_info(&self, dir: Dir, out: &mut String) -> bool {
        let d = &self.dirs[dir.index()];
        if let (Mode::Http2, Some(h2)) = (d.mode, self.h2.as_ref()) {
            return h2.pending_info(dir, out);
        }
        if let (Mode::Tunnel, Some(t)) = (d.mode, self.tunnel.as_ref()) {
            return t.pending_info(dir, out);
        }
        if d.mode != Mode::Http {
            return false;
        }
        match &d.msg {
            Some(m) => {
                // A body of known length, or one framed by the close
                // (DESEGMENT_UNTIL_FIN): tshark's TCP holds the segments
                // after the head's without calling HTTP, so only the head's
                // segment shows HTTP's line.
                let sized = matches!(m.body, Some(Body::Length(_) | Body::UntilClose));
                if sized && m.head_frame != self.frame {
                    return false;
                }
                // HTTP ends its line with a blank before TCP's note.
                let written = summary::first_line(out, &m.layer);
                if written {
                    out.push(' ');
                }
                written
            }
            None => {
                // The head is not complete: its first line, if that is
                // (ended as tvb_find_line_end ends it: a lone CR too).
                let Some((eol, _)) = line_end(&d.buf, true) else {
                    return false;
                };
                let line = &d.buf[..eol];
                if line.is_empty() {
                    return false;
                }
                out.push_str(&crate::dissect::expert::format_text(line));
                out.push(' ');
                true
            }
        }
    }

    fn protocol(&self) -> &'static str {
        if let Some(p) = self.tunnel.as_ref().and_then(|t| t.protocol()) {
            p
        } else if self.dirs.iter().any(|d| d.mode == Mode::WebSocket) {
            "websocket"
        } else if self.h2.is_some() {
            "http2"
        } else {
            "http"
        }
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        if self.new_segment && self.tunnel_due() {
            self.open_tunnel();
        }
        match self.dirs[i].mode {
            Mode::Opaque => {
                // packet-http.c hands what follows an upgrade it has no
                // dissector for to the data dissector, under an HTTP item
                // that writes neither column.
                if !data.is_empty() {
                    let end = offset + data.len() as u64;
                    let d = crate::dissect::data::owned_layer(data, 0..data.len());
                    for layer in [Layer::new(Osi::Application, "http", 0..0), d] {
                        out.push(Message {
                            layer,
                            stream_offset: offset,
                            stream_end: end,
                            event: None,
                        });
                    }
                }
                return;
            }
            Mode::Tunnel => {
                self.new_segment = false;
                if let Some(t) = self.tunnel.as_mut() {
                    t.feed(dir, offset, data, out);
                }
                return;
            }
            Mode::WebSocket => {
                if let Some(ws) = self.ws.as_mut() {
                    ws.feed(dir, offset, data, out);
                }
                return;
            }
            Mode::Http2 => {
                if let Some(h2) = self.h2.as_mut() {
                    h2.feed(dir, offset, data, out);
                }
                return;
            }
            Mode::Http => {}
        }
        let seg_start = std::mem::take(&mut self.new_segment);
        if seg_start {
            self.dirs[i].seg_offset = offset;
        }
        if self.snap_cut > 0 && seg_start {
            return self.cut_segment(i, offset, data, out);
        }
        let d = &mut self.dirs[i];
        // Where a message should start, a segment whose first line is
        // plainly none (an HTTP/0.9 answer): tshark's Continuation too.
        let plainly_none = || {
            let b = data
                .strip_prefix(b"\r\n")
                .filter(|_| data.len() > 3)
                .unwrap_or(data);
            match b.first() {
                None => false,
                Some(c) if !(0x20..0x7f).contains(c) => true,
                Some(_) => {
                    line_end(b, true).is_some()
                        && probe(b) == Probe::NotForUs
                        && !b.starts_with(b"PRI ")
                }
            }
        };
        let fresh = !d.resync && d.buf.is_empty() && !d.ws_asked && plainly_none();
        // Before any request, only bytes that start with a header-like line
        // (starts_http_lines): the others are shown by no one.
        if seg_start
            && (d.resync || fresh)
            && d.msg.is_none()
            && (self.seen_request || d.buf.is_empty() && starts_http_lines(data))
        {
            let held = std::mem::take(&mut d.buf);
            let (tvb, at): (Cow<'_, [u8]>, u64) = if held.is_empty() {
                (Cow::Borrowed(data), offset)
            } else {
                let mut b = held;
                b.extend_from_slice(data);
                (Cow::Owned(b), d.buf_start)
            };
            d.end = offset + data.len() as u64;
            if let Continued::Taken = self.continuation(i, &tvb, at, out) {
                return;
            }
            self.dirs[i].resync = false;
            let d = &mut self.dirs[i];
            d.buf = tvb.into_owned();
            d.buf_start = at;
            let end = at + d.buf.len() as u64;
            let before = out.len();
            self.feed_http(dir, end, &[], out);
            return self.note_next_start(dir, &mut out[before..]);
        }
        let before = out.len();
        self.feed_http(dir, offset, data, out);
        self.note_next_start(dir, &mut out[before..]);
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        let i = dir.index();
        self.dirs[i].end += len;
        match self.dirs[i].mode {
            Mode::Opaque => return,
            Mode::Tunnel => {
                if let Some(t) = self.tunnel.as_mut() {
                    t.gap(dir, len);
                }
                return;
            }
            Mode::WebSocket => {
                if let Some(ws) = self.ws.as_mut() {
                    ws.gap(dir, len);
                }
                return;
            }
            Mode::Http2 => {
                if let Some(h2) = self.h2.as_mut() {
                    h2.gap(dir, len);
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
            // Only a body whose end tshark's TCP was told covers the gap:
            // a Content-Length asks for exactly the rest, a body framed by
            // the close asks for everything until FIN. A chunked body asks
            // for one more segment at a time (req_resp_hdrs.c): the
            // segment past a gap lies beyond that reassembly and is handed
            // to HTTP as a message of its own (Continuation), the chunked
            // message is never finished.
            let skip = match m.body {
                Some(Body::Length(r)) if r >= len => Some(Body::Length(r - len)),
                Some(Body::UntilClose) => Some(Body::UntilClose),
                _ => None,
            };
            if let Some(b) = skip {
                m.body = Some(b);
                m.body_len += len;
                m.lost += len;
                if let Some(d) = m.draft.as_mut() {
                    d.incomplete = true;
                }
                return;
            }
        }
        d.msg = None;
        d.resync = true;
    }
}

/// An HTTP layer that threw inside a first line the snap length cut, or
/// Continuation bytes, before a request was seen: it wrote neither column,
/// the carrier's stay (`osidump.http.cut_info` 0 marks both). Every
/// frame's layers are asked: the protocol is compared before any field is
/// looked for.
pub fn left_carrier_columns(l: &Layer<'_>) -> bool {
    l.protocol == "http" && l.get_uint(f::http::OSIDUMP_CUT_INFO) == Some(0)
}

/// A request line split as packet-http.c's request dissector splits it:
/// the method up to the first space, the URI the next token, the version
/// what is left; a part cut off is empty.
fn request_parts(line: &str) -> (&str, &str, &str) {
    let (method, rest) = line.split_once(' ').unwrap_or((line, ""));
    let rest = rest.trim_start_matches(' ');
    let (uri, version) = rest.split_once(' ').unwrap_or((rest, ""));
    (method, uri, version.trim_start_matches(' '))
}

/// A status line split as packet-http.c's response dissector reads it:
/// the version up to the first space, a three-digit code, and the phrase
/// after the code's space (none when nothing follows it).
fn status_parts(line: &str) -> (&str, Option<u16>, Option<&str>) {
    let (version, rest) = line.split_once(' ').unwrap_or((line, ""));
    let digits = rest
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()));
    let code = digits.and_then(|c| c.parse().ok());
    let phrase = code
        .and_then(|_| rest.get(4..))
        .filter(|p| !p.is_empty() && rest.as_bytes().get(3) == Some(&b' '));
    (version, code, phrase)
}

/// A status line's fields as it was read: the version as it stands, the
/// code (and its description) and the phrase only when there.
fn first_line_as_read(
    l: &mut Layer<'static>,
    version: &str,
    code: Option<u16>,
    phrase: Option<&str>,
) {
    for fl in &mut l.fields {
        if std::ptr::eq(fl.def, f::http::RESPONSE_VERSION) {
            fl.value = Value::Str(Cow::Owned(version.to_owned()));
        } else if std::ptr::eq(fl.def, f::http::RESPONSE_PHRASE) {
            fl.value = Value::Str(Cow::Owned(phrase.unwrap_or("").to_owned()));
        }
    }
    l.fields.retain(|fl| {
        let gone = |def| std::ptr::eq(fl.def, def);
        !(code.is_none() && (gone(f::http::RESPONSE_CODE) || gone(f::http::RESPONSE_CODE_DESC))
            || phrase.is_none() && gone(f::http::RESPONSE_PHRASE))
    });
}

/// A header name as packet-http.c's process_header takes one: not empty,
/// every character a token character as it checks them.
fn is_header_name(name: &[u8]) -> bool {
    !name.is_empty() && name.iter().all(|&c| is_token_char(c))
}

/// A header name's character as packet-http.c 4.0 checks one: RFC 7230's
/// tchar, except that its list has a backslash and a colon where the RFC
/// has an apostrophe (`X'Y:` is flagged, `A\B:` is not).
fn is_token_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!#$%&\\:*+-.^_`|~".contains(&c)
}

/// The header lines of a block (start line first, up to the blank line)
/// as packet-http.c reads them one by one, for a block httparse refused a
/// line of: a line with a colon is a header, named by what is before the
/// colon (a name with characters tshark does not take is kept, flagged
/// [`Hdr::bad_name`]). The flag says whether a line had no colon: tshark
/// stops reading headers there, httparse skipped it.
fn split_headers(block: &[u8]) -> (Vec<Hdr<'_>>, bool) {
    let mut hdrs = Vec::new();
    let mut pos = match line_end(block, true) {
        Some((_, next)) => next,
        None => return (hdrs, false),
    };
    let mut no_colon = false;
    while pos < block.len() {
        let Some((len, next)) = line_end(&block[pos..], false) else {
            break;
        };
        if len == 0 {
            break;
        }
        match header_line(&block[pos..pos + len], &block[pos..pos + next]) {
            Some(hdr) => hdrs.push(hdr),
            None => no_colon = true,
        }
        pos += next;
    }
    (hdrs, no_colon)
}

/// A header line as packet-http.c's process_header splits it: the name
/// all before the first colon, the value after it past blanks and tabs
/// (`line` without its end), the whole line with its end kept as ASCII.
/// `None` when the line has no colon (not a header to tshark).
fn header_line<'a>(line: &'a [u8], with_end: &'a [u8]) -> Option<Hdr<'a>> {
    let colon = line.iter().position(|&b| b == b':')?;
    let name = &line[..colon];
    let value = &line[colon + 1..];
    let blanks = value
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t'))
        .count();
    Some(Hdr {
        name: lossy(name),
        value: lossy(&value[blanks..]),
        line: ascii(with_end),
        bad_name: !is_header_name(name),
    })
}

/// Wireshark's `tvb_find_line_end` on `b`: the line's length and where the
/// next line starts. A line ends at CR LF, LF or a lone CR; with
/// `desegment`, a line with no end (or ending in a CR that may be the
/// first half of CR LF) is `None`, else it runs to the end.
fn line_end(b: &[u8], desegment: bool) -> Option<(usize, usize)> {
    match b.iter().position(|&c| c == b'\r' || c == b'\n') {
        None if desegment => None,
        None => Some((b.len(), b.len())),
        Some(i) if b[i] == b'\n' => Some((i, i + 1)),
        Some(i) => match b.get(i + 1) {
            Some(b'\n') => Some((i, i + 2)),
            Some(_) => Some((i, i + 1)),
            None if desegment => None,
            None => Some((i, i + 1)),
        },
    }
}

/// packet-http.c's item on a CRLF it skipped before a message (or a
/// Continuation's lines): an error of the Malformed group, though nothing
/// is thrown.
fn leading_crlf(l: &mut Layer<'_>) {
    static LEADING_CRLF: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
        field: f::http::LEADING_CRLF,
        group: crate::dissect::expert::Group::Malformed,
        severity: crate::dissect::expert::Severity::Error,
    };
    crate::dissect::expert::add(l, &LEADING_CRLF, None);
}

/// The HTTP/1.x expert item on a message's first line: tshark shows the
/// line, line end included and escaped, as a Chat item of the Sequence group.
/// tshark's Info column shows the first line as it came. Its parts
/// (method, URI, version; version, code, phrase) rebuild it but for odd
/// spacing, a missing phrase or a code with leading zeros: then the line
/// itself is kept for the column.
fn keep_odd_first_line(l: &mut Layer<'static>, head: &[u8]) {
    // The line ends where tvb_find_line_end ends it (a lone CR too).
    let line = &head[..line_end(head, false).map_or(head.len(), |(len, _)| len)];
    // As the parts hold it (the renderers escape what a terminal must
    // not see).
    let sent = String::from_utf8_lossy(line);
    // Compared piece by piece: the common line that its parts rebuild
    // costs no allocation.
    let mut rest: Option<&str> = Some(&sent);
    let parts = summary::rebuilt_first_line(l, |piece| {
        rest = rest.and_then(|r| r.strip_prefix(piece));
    });
    // A control character (a NUL in the version) is kept too: the column
    // shows it escaped as format_text escapes it (see `first_line`).
    let control = sent.bytes().any(|b| b < 0x20 || b == 0x7f);
    if parts && (rest != Some("") || control) {
        l.str(f::http::OSIDUMP_FIRST_LINE, sent.into_owned());
    }
}

impl HttpDecoder {
    /// The expert items of a message's first line (`head` starts with
    /// it), as packet-http.c adds them: the Security warning when not over
    /// TLS and either TCP port is 443, then the line itself (http.chat).
    fn first_line_experts(&self, l: &mut Layer<'_>, head: &[u8]) {
        use crate::dissect::expert::{Expert, Group, Severity, add, format_text};
        static TLS_PORT: Expert = Expert {
            field: f::http::TLS_PORT,
            group: Group::Security,
            severity: Severity::Warn,
        };
        static CHAT: Expert = Expert {
            field: f::http::CHAT,
            group: Group::Sequence,
            severity: Severity::Chat,
        };
        if self.tls_port && !self.secure {
            add(l, &TLS_PORT, None);
        }
        let end = line_end(head, false).map_or(head.len(), |(_, next)| next);
        add(l, &CHAT, Some(format_text(&head[..end])));
    }
}

/// C's `strtoul(s, NULL, 10)` on the three characters packet-http.c reads
/// for a status code (white space, a sign, digits: [`c_decimal`]). A
/// minus wraps in the 16 bits `http.response.code` has here (tshark keeps
/// 32: its `-20` is 4294967276 where this gives 65516).
///
/// [`c_decimal`]: crate::dissect::wire::c_decimal
fn strtoul3(s: &[u8]) -> u16 {
    let n = crate::dissect::wire::c_decimal(s, 0);
    let v = n.magnitude as u16;
    if n.negative { v.wrapping_neg() } else { v }
}

#[cfg(test)]
mod tests;

// ---------------------------------------------------------------------------
// The protocol's spec
// ---------------------------------------------------------------------------

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "http",
    also: &["ssdp"],
    title: "Hypertext Transfer Protocol",
    osi: Osi::Application,
    fields: f::http::ALL,
    summary: summary_into,
    info: Some(summary::info),
    column: Some(summary::column),
    app: Some(AppSpec {
        decode_as: &["http"],
        tcp_ports: &[
            80, 631, 1900, 2710, 2869, 3128, 3132, 3689, 5985, 8080, 8088, 11371,
        ],
        // SSDP: HTTP messages in UDP datagrams.
        udp_ports: &[1900],
        probe_tcp: Some(heuristic),
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};

fn summary_into(out: &mut String, l: &Layer<'_>) {
    out.push_str(&summary(l));
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(HttpDecoder::new())
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::<Ssdp>::default()
}

/// Most UDP conversations whose SSDP request count is kept; the oldest is
/// forgotten first (its next request counts from 1 again).
const SSDP_CONVERSATIONS_CAP: usize = 4096;

/// An SSDP conversation's request/response slots between datagrams.
#[derive(Debug, Clone, Copy)]
struct Slots {
    count: u64,
    answered: bool,
    last: SlotFrames,
    prev: Option<SlotFrames>,
}

/// SSDP: each datagram is one whole HTTP message. The request/response
/// slots (`http.request_number`) count per UDP conversation, as tshark's
/// conversation data does: the M-SEARCHes a client repeats to
/// 239.255.255.250:1900 are requests 1, 2, 3…
#[derive(Default)]
struct Ssdp {
    /// Per conversation: the request/response slots, as an HTTP
    /// conversation over TCP keeps them.
    slots: foldhash::HashMap<crate::flow::ConvKey, Slots>,
    order: VecDeque<crate::flow::ConvKey>,
}

impl DatagramDecoder for Ssdp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.memory_pressed {
            self.slots.clear();
            self.order.clear();
        }
        if d.payload.is_empty() {
            return;
        }
        let mut decoder = HttpDecoder::new();
        decoder.set_frame(d.frame);
        // A datagram quoted by an ICMP error is in no conversation.
        let conv = (!d.nested).then_some(d.conv);
        if let Some(state) = conv.and_then(|c| self.slots.get(&c)) {
            decoder.slots = state.count;
            decoder.last_slot_answered = state.answered;
            decoder.slot = state.last;
            decoder.prev_slot = state.prev;
        }
        let mut msgs = Vec::new();
        decoder.feed(Dir::Client, 0, d.payload, &mut msgs);
        decoder.finish(&mut msgs);
        if let Some(c) = conv
            && decoder.slots > 0
        {
            let state = Slots {
                count: decoder.slots,
                answered: decoder.last_slot_answered,
                last: decoder.slot,
                prev: decoder.prev_slot,
            };
            if self.slots.insert(c, state).is_none() {
                self.order.push_back(c);
                while self.order.len() > SSDP_CONVERSATIONS_CAP {
                    if let Some(old) = self.order.pop_front() {
                        self.slots.remove(&old);
                    }
                }
            }
        }
        // packet-http.c's dissect_ssdp reads one message a datagram: what
        // follows it (a stray NUL after the blank line) is not dissected.
        for m in msgs.into_iter().take(1) {
            let mut l = m.layer;
            l.protocol = "ssdp";
            l.span = d.at..d.at + d.payload.len();
            out.push(l);
        }
    }

    fn heap_bytes(&self) -> usize {
        // By entries, not capacity (which depends on the hash seed).
        let key = std::mem::size_of::<crate::flow::ConvKey>();
        self.slots.len() * (2 * key + std::mem::size_of::<Slots>() + 1)
    }
}
