//! `osidump follow`: one TCP conversation's bytes, reassembled per
//! direction, in the order tshark's `-z follow,tcp` prints them: each
//! delivered chunk in capture order, the two directions interleaved by the
//! frames that delivered them.
//!
//! [`Follow`] picks the stream (by `tcp.stream` number or by its two
//! endpoints) and turns its segments into [`Chunk`]s through
//! [`StreamReassembler`], one per direction. [`Parser`] turns chunks into
//! [`Message`]s: HTTP messages (bodies de-chunked), WebSocket messages
//! (unmasked, defragmented, inflated), DNS messages, or raw bytes. Both are
//! streaming; the parser holds at most [`MAX_BUFFER`] bytes per direction.

use super::{Endpoint, frame_meta, own_layers};
use crate::dissect::app::{dns, websocket};
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Value};
use crate::flow::reassembly::{Budget, Delivery, StreamReassembler};
use serde::Serialize;
use std::net::IpAddr;

/// Largest message the parser buffers; a longer one is cut there.
pub const MAX_BUFFER: usize = 16 << 20;

/// Which conversation to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selector {
    /// `tcp.stream` number.
    Index(u64),
    /// Both endpoints, in either order.
    Tuple((IpAddr, u16), (IpAddr, u16)),
}

impl std::str::FromStr for Selector {
    type Err = String;

    /// `3`, or `10.0.0.1:40000,10.0.0.2:80`, or `[fd99::1]:39680,[fd99::2]:443`
    /// (`-` also separates the two endpoints).
    fn from_str(s: &str) -> Result<Selector, String> {
        let s = s.trim();
        if let Ok(n) = s.parse::<u64>() {
            return Ok(Selector::Index(n));
        }
        let parse_ep = |e: &str| -> Result<(IpAddr, u16), String> {
            let e = e.trim();
            let sa: std::net::SocketAddr = e
                .parse()
                .map_err(|_| format!("{e:?} is not ADDRESS:PORT (IPv6 as [ADDRESS]:PORT)"))?;
            Ok((sa.ip(), sa.port()))
        };
        let split = s
            .split_once(',')
            .or_else(|| s.split_once(" "))
            .or_else(|| {
                // `a:1-b:2`: the dash after a port.
                let i = s.rfind('-')?;
                Some((&s[..i], &s[i + 1..]))
            })
            .ok_or_else(|| format!("{s:?}: expected a stream number or ADDR:PORT,ADDR:PORT"))?;
        Ok(Selector::Tuple(parse_ep(split.0)?, parse_ep(split.1)?))
    }
}

/// Bytes one direction delivered, or a gap it gave up on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chunk {
    /// 0: node 0 (the side that sent the first packet seen), 1: the other.
    pub dir: u8,
    pub frame: u64,
    pub ts_ns: i128,
    pub offset: u64,
    #[serde(skip)]
    pub data: Vec<u8>,
    /// Bytes missing before this offset (a gap): `data` is empty.
    pub missing: u64,
}

/// The follower of one TCP conversation.
#[derive(Debug)]
pub struct Follow {
    sel: Selector,
    /// Node 0 and node 1, once the stream was seen.
    pub nodes: Option<(Endpoint, Endpoint)>,
    pub stream: Option<u64>,
    dirs: [Option<StreamReassembler>; 2],
    budget: Budget,
    /// Frames of the stream seen.
    pub frames: u64,
    last: (u64, i128),
}

impl Follow {
    pub fn new(sel: Selector) -> Self {
        Follow {
            sel,
            nodes: None,
            stream: None,
            dirs: [None, None],
            budget: Budget::default(),
            frames: 0,
            last: (0, 0),
        }
    }

    /// Feed one frame; chunks it completes are appended to `out`.
    pub fn add(&mut self, d: &Dissection<'_>, out: &mut Vec<Chunk>) {
        let layers = own_layers(d);
        let Some(tcp) = layers.iter().find(|l| l.protocol == "tcp") else {
            return;
        };
        let Some(flow) = super::flow(layers) else {
            return;
        };
        let Some((_, sport, dport)) = flow.l4 else {
            return;
        };
        let src = Endpoint {
            addr: flow.src,
            port: Some(sport),
        };
        let dst = Endpoint {
            addr: flow.dst,
            port: Some(dport),
        };
        let stream = tcp.get_uint(f::tcp::STREAM);
        let selected = match self.sel {
            Selector::Index(n) => stream == Some(n),
            Selector::Tuple(a, b) => {
                let m = |e: &Endpoint, (ip, port): (IpAddr, u16)| {
                    e.port == Some(port) && ip_eq(&e.addr, ip)
                };
                (m(&src, a) && m(&dst, b)) || (m(&src, b) && m(&dst, a))
            }
        };
        if !selected {
            return;
        }
        // A tuple matches every conversation between those endpoints; the
        // first one's stream number pins it.
        if let Some(s) = self.stream {
            if stream.is_some_and(|n| n != s) {
                return;
            }
        } else {
            self.stream = stream;
        }
        let nodes = *self.nodes.get_or_insert((src, dst));
        let dir = usize::from(src != nodes.0);
        let meta = frame_meta(d);
        self.frames += 1;
        self.last = (meta.number, meta.ts_ns);
        let Some(seq) = tcp.get_uint(f::tcp::SEQ_RAW).map(|s| s as u32) else {
            return;
        };
        let syn = tcp.get(f::tcp::FLAGS_SYN) == Some(&Value::Bool(true));
        let reasm = self.dirs[dir]
            .get_or_insert_with(|| StreamReassembler::new(syn.then(|| seq.wrapping_add(1))));
        let len = tcp.get_uint(f::tcp::LEN).unwrap_or(0) as usize;
        let start = tcp.span.end.min(d.data.len());
        let payload = &d.data[start..(start + len).min(d.data.len())];
        if payload.is_empty() {
            return;
        }
        let at = if syn { seq.wrapping_add(1) } else { seq };
        let outcome = reasm.segment(meta.number, at, payload, &mut self.budget);
        push(out, dir, meta.ts_ns, outcome.deliver);
    }

    /// End of input: every gap is given up on, held bytes delivered.
    pub fn finish(&mut self, out: &mut Vec<Chunk>) {
        let (_, ts) = self.last;
        for dir in 0..2 {
            if let Some(r) = self.dirs[dir].as_mut() {
                let d = r.flush(&mut self.budget);
                push(out, dir, ts, d);
            }
        }
    }
}

fn ip_eq(a: &super::Addr, ip: IpAddr) -> bool {
    match (a, ip) {
        (super::Addr::V4(x), IpAddr::V4(y)) => *x == y.octets(),
        (super::Addr::V6(x), IpAddr::V6(y)) => *x == y.octets(),
        (super::Addr::V6(x), IpAddr::V4(y)) => *x == y.to_ipv6_mapped().octets(),
        _ => false,
    }
}

fn push(out: &mut Vec<Chunk>, dir: usize, ts_ns: i128, deliveries: Vec<Delivery<'_>>) {
    for d in deliveries {
        match d {
            Delivery::Data(c) => out.push(Chunk {
                dir: dir as u8,
                frame: c.frame,
                ts_ns,
                offset: c.stream_offset,
                data: c.data.into_owned(),
                missing: 0,
            }),
            Delivery::Gap { stream_offset, len } => out.push(Chunk {
                dir: dir as u8,
                frame: 0,
                ts_ns,
                offset: stream_offset,
                data: Vec::new(),
                missing: len,
            }),
        }
    }
}

/// One parsed application message.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Message {
    Http {
        dir: u8,
        frame: u64,
        /// Request or status line.
        start_line: String,
        headers: Vec<(String, String)>,
        /// The body as sent, after de-chunking.
        #[serde(serialize_with = "ser_text_or_hex")]
        body: Vec<u8>,
        chunked: bool,
        /// The body was cut (capture ended or [`MAX_BUFFER`] reached).
        incomplete: bool,
    },
    #[serde(rename = "websocket")]
    WebSocket {
        dir: u8,
        frame: u64,
        opcode: u8,
        opcode_name: &'static str,
        /// Frames the message was sent in.
        fragments: u32,
        compressed: bool,
        #[serde(serialize_with = "ser_text_or_hex")]
        payload: Vec<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        close_code: Option<u16>,
    },
    Dns {
        dir: u8,
        frame: u64,
        id: u64,
        response: bool,
        summary: String,
    },
    Raw {
        dir: u8,
        frame: u64,
        #[serde(serialize_with = "ser_text_or_hex")]
        data: Vec<u8>,
    },
    Gap {
        dir: u8,
        missing: u64,
    },
}

impl Message {
    pub fn dir(&self) -> u8 {
        match self {
            Message::Http { dir, .. }
            | Message::WebSocket { dir, .. }
            | Message::Dns { dir, .. }
            | Message::Raw { dir, .. }
            | Message::Gap { dir, .. } => *dir,
        }
    }
}

/// UTF-8 text as a string; anything else as `{"hex": "..."}`.
fn ser_text_or_hex<S: serde::Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    match std::str::from_utf8(b) {
        Ok(t) => s.serialize_str(t),
        Err(_) => {
            let mut m = s.serialize_map(Some(1))?;
            m.serialize_entry("hex", &hex(b))?;
            m.end()
        }
    }
}

pub fn hex(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push_str(&format!("{x:02x}"));
    }
    s
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Unknown,
    Http,
    /// Sent an upgrade request; waits for the answer.
    Upgrading,
    WebSocket,
    Dns,
    Raw,
}

#[derive(Debug)]
struct Side {
    mode: Mode,
    buf: Vec<u8>,
    /// Frame that delivered the first byte of `buf`.
    frame: u64,
    ws_msg: Option<(u8, Vec<u8>, u32, bool)>,
    inflater: Option<flate2::Decompress>,
    no_takeover: bool,
}

impl Side {
    fn new() -> Side {
        Side {
            mode: Mode::Unknown,
            buf: Vec::new(),
            frame: 0,
            ws_msg: None,
            inflater: None,
            no_takeover: false,
        }
    }
}

/// Chunks in, messages out.
#[derive(Debug)]
pub struct Parser {
    sides: [Side; 2],
    /// Request methods waiting for their response (HEAD has no body).
    methods: std::collections::VecDeque<String>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser {
            sides: [Side::new(), Side::new()],
            methods: Default::default(),
        }
    }
}

impl Parser {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn feed(&mut self, c: &Chunk, out: &mut Vec<Message>) {
        let dir = usize::from(c.dir & 1);
        if c.missing > 0 {
            let s = &mut self.sides[dir];
            s.buf.clear();
            s.ws_msg = None;
            if s.mode != Mode::WebSocket {
                s.mode = Mode::Raw;
            }
            out.push(Message::Gap {
                dir: c.dir,
                missing: c.missing,
            });
            return;
        }
        {
            let s = &mut self.sides[dir];
            if s.buf.is_empty() {
                s.frame = c.frame;
            }
            if s.buf.len() + c.data.len() > MAX_BUFFER {
                // Give the held bytes up as raw rather than grow without end.
                let data = std::mem::take(&mut s.buf);
                out.push(Message::Raw {
                    dir: c.dir,
                    frame: s.frame,
                    data,
                });
                s.frame = c.frame;
                s.mode = Mode::Raw;
            }
            s.buf.extend_from_slice(&c.data);
            if s.mode == Mode::Unknown {
                s.mode = sniff(&s.buf, dir);
            }
        }
        self.drain(dir, c.frame, false, out);
    }

    /// End of the conversation: what is left is emitted as it stands.
    pub fn finish(&mut self, out: &mut Vec<Message>) {
        for dir in 0..2 {
            self.drain(dir, 0, true, out);
            let s = &mut self.sides[dir];
            if !s.buf.is_empty() {
                let data = std::mem::take(&mut s.buf);
                out.push(Message::Raw {
                    dir: dir as u8,
                    frame: s.frame,
                    data,
                });
            }
        }
    }

    fn drain(&mut self, dir: usize, frame: u64, end: bool, out: &mut Vec<Message>) {
        loop {
            let mode = self.sides[dir].mode;
            let progressed = match mode {
                Mode::Unknown | Mode::Upgrading => false,
                Mode::Http => self.http(dir, end, out),
                Mode::WebSocket => self.ws(dir, out),
                Mode::Dns => self.dns(dir, out),
                Mode::Raw => {
                    let s = &mut self.sides[dir];
                    if s.buf.is_empty() {
                        false
                    } else {
                        out.push(Message::Raw {
                            dir: dir as u8,
                            frame: s.frame,
                            data: std::mem::take(&mut s.buf),
                        });
                        false
                    }
                }
            };
            let s = &mut self.sides[dir];
            if !progressed || s.buf.is_empty() {
                break;
            }
            s.frame = frame.max(s.frame);
        }
    }

    fn http(&mut self, dir: usize, end: bool, out: &mut Vec<Message>) -> bool {
        let s = &mut self.sides[dir];
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let (start_line, hdrs, head_len, status, method) = if dir == 0 {
            let mut req = httparse::Request::new(&mut headers);
            match req.parse(&s.buf) {
                Ok(httparse::Status::Complete(n)) => (
                    format!(
                        "{} {} HTTP/1.{}",
                        req.method.unwrap_or(""),
                        req.path.unwrap_or(""),
                        req.version.unwrap_or(1)
                    ),
                    owned_headers(req.headers),
                    n,
                    None,
                    req.method.map(str::to_string),
                ),
                Ok(httparse::Status::Partial) => return false,
                Err(_) => {
                    s.mode = Mode::Raw;
                    return true;
                }
            }
        } else {
            let mut resp = httparse::Response::new(&mut headers);
            match resp.parse(&s.buf) {
                Ok(httparse::Status::Complete(n)) => (
                    format!(
                        "HTTP/1.{} {} {}",
                        resp.version.unwrap_or(1),
                        resp.code.unwrap_or(0),
                        resp.reason.unwrap_or("")
                    ),
                    owned_headers(resp.headers),
                    n,
                    resp.code,
                    None,
                ),
                Ok(httparse::Status::Partial) => return false,
                Err(_) => {
                    s.mode = Mode::Raw;
                    return true;
                }
            }
        };
        let header = |name: &str| {
            hdrs.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        let chunked =
            header("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
        let length = header("content-length").and_then(|v| v.trim().parse::<usize>().ok());
        let no_body = match status {
            Some(code) => {
                let head = self
                    .methods
                    .front()
                    .is_some_and(|m| m.eq_ignore_ascii_case("HEAD"));
                (100..200).contains(&code) || code == 204 || code == 304 || head
            }
            None => !chunked && length.is_none(),
        };
        let rest = &s.buf[head_len..];
        let (body, used, incomplete) = if no_body {
            (Vec::new(), 0, false)
        } else if chunked {
            match dechunk(rest) {
                Some((b, n)) => (b, n, false),
                None if end => (dechunk_partial(rest), rest.len(), true),
                None => return false,
            }
        } else if let Some(n) = length {
            if rest.len() >= n {
                (rest[..n].to_vec(), n, false)
            } else if end {
                (rest.to_vec(), rest.len(), true)
            } else {
                return false;
            }
        } else if end {
            // Body framed by the connection's close.
            (rest.to_vec(), rest.len(), false)
        } else {
            return false;
        };
        let frame = s.frame;
        s.buf.drain(..head_len + used);
        let upgrade_ws = header("upgrade").is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
        let extensions = header("sec-websocket-extensions").map(str::to_string);
        out.push(Message::Http {
            dir: dir as u8,
            frame,
            start_line,
            headers: hdrs.clone(),
            body,
            chunked,
            incomplete,
        });
        if let Some(m) = method {
            if self.methods.len() < 1024 {
                self.methods.push_back(m);
            }
            if upgrade_ws {
                self.sides[0].mode = Mode::Upgrading;
            }
        }
        if let Some(code) = status {
            if !(100..200).contains(&code) || code == 101 {
                self.methods.pop_front();
            }
            if code == 101 && upgrade_ws {
                let deflate = extensions
                    .as_deref()
                    .and_then(websocket::Deflate::from_extensions);
                for (i, side) in self.sides.iter_mut().enumerate() {
                    side.mode = Mode::WebSocket;
                    if let Some(d) = deflate {
                        side.inflater = Some(flate2::Decompress::new(false));
                        side.no_takeover = if i == 0 {
                            d.client_no_context_takeover
                        } else {
                            d.server_no_context_takeover
                        };
                    }
                }
                // Client frames already buffered.
                self.drain(0, 0, false, out);
            } else if self.sides[0].mode == Mode::Upgrading {
                self.sides[0].mode = Mode::Http;
                self.drain(0, 0, false, out);
            }
        }
        true
    }

    fn ws(&mut self, dir: usize, out: &mut Vec<Message>) -> bool {
        let s = &mut self.sides[dir];
        let b = &s.buf;
        if b.len() < 2 {
            return false;
        }
        let fin = b[0] & 0x80 != 0;
        let rsv1 = b[0] & 0x40 != 0;
        let opcode = b[0] & 0x0f;
        let masked = b[1] & 0x80 != 0;
        let (len, mut at) = match b[1] & 0x7f {
            126 if b.len() >= 4 => (u64::from(u16::from_be_bytes([b[2], b[3]])), 4),
            127 if b.len() >= 10 => {
                let mut a = [0u8; 8];
                a.copy_from_slice(&b[2..10]);
                (u64::from_be_bytes(a), 10)
            }
            126 | 127 => return false,
            n => (u64::from(n), 2),
        };
        let key = if masked {
            if b.len() < at + 4 {
                return false;
            }
            let k = [b[at], b[at + 1], b[at + 2], b[at + 3]];
            at += 4;
            Some(k)
        } else {
            None
        };
        if len > MAX_BUFFER as u64 {
            s.mode = Mode::Raw;
            return true;
        }
        let total = at + len as usize;
        if b.len() < total {
            return false;
        }
        let mut payload = b[at..total].to_vec();
        if let Some(k) = key {
            for (i, x) in payload.iter_mut().enumerate() {
                *x ^= k[i % 4];
            }
        }
        let frame = s.frame;
        s.buf.drain(..total);
        let control = opcode >= 8;
        let (op, data, fragments, compressed) = if control {
            (opcode, payload, 1, false)
        } else {
            let msg = s.ws_msg.get_or_insert((opcode, Vec::new(), 0, rsv1));
            if msg.1.len() + payload.len() <= MAX_BUFFER {
                msg.1.extend_from_slice(&payload);
            }
            msg.2 += 1;
            if !fin {
                return true;
            }
            let (op, data, n, comp) = s.ws_msg.take().unwrap_or_default();
            (op, data, n, comp)
        };
        let payload = match (&mut s.inflater, compressed) {
            (Some(inf), true) => {
                let r = inflate(inf, &data);
                if s.no_takeover {
                    inf.reset(false);
                }
                r.unwrap_or(data)
            }
            _ => data,
        };
        let close_code =
            (op == 8 && payload.len() >= 2).then(|| u16::from_be_bytes([payload[0], payload[1]]));
        out.push(Message::WebSocket {
            dir: dir as u8,
            frame,
            opcode: op,
            opcode_name: websocket::opcode_name(op),
            fragments,
            compressed,
            payload,
            close_code,
        });
        true
    }

    fn dns(&mut self, dir: usize, out: &mut Vec<Message>) -> bool {
        let s = &mut self.sides[dir];
        if s.buf.len() < 2 {
            return false;
        }
        let n = usize::from(u16::from_be_bytes([s.buf[0], s.buf[1]]));
        if s.buf.len() < 2 + n {
            return false;
        }
        let layer = dns::dissect_owned(&s.buf[2..2 + n]);
        out.push(Message::Dns {
            dir: dir as u8,
            frame: s.frame,
            id: layer.get_uint(f::dns::ID).unwrap_or(0),
            response: layer.get_uint(f::dns::FLAGS_RESPONSE) == Some(1),
            summary: dns::summary(&layer),
        });
        s.buf.drain(..2 + n);
        true
    }
}

fn owned_headers(h: &[httparse::Header<'_>]) -> Vec<(String, String)> {
    h.iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect()
}

/// What a direction's first bytes speak.
fn sniff(b: &[u8], dir: usize) -> Mode {
    use crate::dissect::app::{Probe, http};
    if http::probe(b) == Probe::Certain {
        return Mode::Http;
    }
    if b.len() < 12 {
        // Too short to tell an HTTP line from anything else yet.
        if b.iter().all(|c| c.is_ascii_graphic() || *c == b' ') && dir <= 1 && !b.is_empty() {
            return Mode::Unknown;
        }
    }
    if b.len() > 2 {
        let n = usize::from(u16::from_be_bytes([b[0], b[1]]));
        if n >= 12 && dns::probe(&b[2..(2 + n).min(b.len())]) != Probe::NotForUs {
            return Mode::Dns;
        }
    }
    Mode::Raw
}

/// A whole chunked body: the de-chunked bytes and how many bytes it took
/// (through the trailer's empty line). `None` until it is all there.
fn dechunk(b: &[u8]) -> Option<(Vec<u8>, usize)> {
    let mut body = Vec::new();
    let mut at = 0;
    loop {
        let line_end = find_crlf(&b[at..])? + at;
        let line = std::str::from_utf8(&b[at..line_end]).ok()?;
        let size_hex = line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        at = line_end + 2;
        if size == 0 {
            // Trailer fields, then an empty line.
            loop {
                let e = find_crlf(&b[at..])? + at;
                let empty = e == at;
                at = e + 2;
                if empty {
                    return Some((body, at));
                }
            }
        }
        if b.len() < at + size + 2 {
            return None;
        }
        body.extend_from_slice(&b[at..at + size]);
        at += size + 2;
    }
}

/// As much of a chunked body as arrived.
fn dechunk_partial(b: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    let mut at = 0;
    while let Some(e) = find_crlf(&b[at..]) {
        let Some(size) = std::str::from_utf8(&b[at..at + e])
            .ok()
            .and_then(|l| usize::from_str_radix(l.split(';').next().unwrap_or("").trim(), 16).ok())
        else {
            break;
        };
        at += e + 2;
        if size == 0 {
            break;
        }
        let end = (at + size).min(b.len());
        body.extend_from_slice(&b[at..end]);
        at = end + 2;
        if at >= b.len() {
            break;
        }
    }
    body
}

fn find_crlf(b: &[u8]) -> Option<usize> {
    b.windows(2).position(|w| w == b"\r\n")
}

/// Raw DEFLATE of one permessage-deflate message (RFC 7692 7.2.2: the
/// sender removed the final empty block's `00 00 ff ff`).
fn inflate(inf: &mut flate2::Decompress, data: &[u8]) -> Option<Vec<u8>> {
    let mut input = data.to_vec();
    input.extend_from_slice(&[0, 0, 0xff, 0xff]);
    let mut out = Vec::with_capacity(data.len() * 4 + 64);
    let mut pos = 0;
    loop {
        if out.len() == out.capacity() {
            if out.len() >= MAX_BUFFER {
                return Some(out);
            }
            out.reserve(out.len().max(1024));
        }
        let before_in = inf.total_in();
        let before_out = inf.total_out();
        inf.decompress_vec(&input[pos..], &mut out, flate2::FlushDecompress::Sync)
            .ok()?;
        pos += (inf.total_in() - before_in) as usize;
        let produced = inf.total_out() - before_out;
        if pos >= input.len() && out.len() < out.capacity() {
            return Some(out);
        }
        if produced == 0 && inf.total_in() == before_in && out.len() < out.capacity() {
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_forms() {
        assert_eq!("3".parse::<Selector>(), Ok(Selector::Index(3)));
        let t: Selector = "10.0.0.1:4000,10.0.0.2:80".parse().unwrap();
        assert!(matches!(t, Selector::Tuple((_, 4000), (_, 80))));
        let t: Selector = "[fd99::1]:39680-[fd99::2]:443".parse().unwrap();
        assert!(matches!(t, Selector::Tuple((_, 39680), (_, 443))));
        assert!("x".parse::<Selector>().is_err());
    }

    #[test]
    fn chunked_bodies_decode() {
        let b = b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\nT: v\r\n\r\nNEXT";
        let (body, used) = dechunk(b).unwrap();
        assert_eq!(body, b"hello world");
        assert_eq!(&b[used..], b"NEXT");
        assert_eq!(dechunk(b"5\r\nhel"), None);
        assert_eq!(dechunk_partial(b"5\r\nhello\r\n3\r\nwo"), b"hellowo");
    }
}
