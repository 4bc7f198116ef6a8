//! WebSocket (RFC 6455) framing, with permessage-deflate (RFC 7692).
//!
//! [`WsDecoder`] reads each direction's in-order bytes after the HTTP
//! Upgrade handshake (see [`super::http::HttpDecoder`], which hands over to
//! it) and reports one [`Message`] per frame, at the frame's first byte.
//!
//! Memory per direction is constant: a frame's payload is unmasked and, for
//! compressed messages, inflated as it streams past; only the first
//! [`MESSAGE_CAP`] bytes of a text or binary message (tshark shows all of
//! it) and [`PREVIEW`] of another are kept. A
//! fragmented message is therefore "reassembled" as a length, a fragment
//! count, a UTF-8 check over all of it and its preview, all reported on the
//! frame that completes it. Inflating stops after [`INFLATE_CAP`] bytes of
//! output per message (zip-bomb guard); with context takeover the shared
//! window is then lost and later compressed messages of that direction are
//! flagged instead of decoded.
//!
//! Layer spans are relative to the message's `stream_offset` and cover the
//! whole frame.

pub mod fields;
mod summary;
pub use summary::*;

use crate::dissect::fields as f;
use std::borrow::Cow;

use flate2::{Decompress, FlushDecompress, Status};

use super::{Dir, Message, StreamDecoder};
use crate::dissect::event::{AppMessage, MAX_BODY};
use crate::dissect::spec::ProtocolSpec;
use crate::dissect::{Layer, Osi, Value};

/// Bytes of a message kept for its preview.
pub const PREVIEW: usize = 256;
/// Bytes of a binary message kept, for its `data.data` (tshark's data
/// dissector shows the whole message; a longer one is not shown).
const BINARY_KEEP: usize = MESSAGE_CAP as usize;
/// Bytes of a frame shown as its hex preview.
const HEX_PREVIEW: usize = 64;
/// Bytes of a control frame's payload kept (RFC 6455 allows 125; tshark
/// shows however many the frame has).
const CONTROL_KEEP: usize = 64 << 10;
/// Inflated bytes per message after which inflating stops.
pub const INFLATE_CAP: u64 = 1 << 20;
/// A fragmented message larger than this is flagged (its preview, length and
/// UTF-8 check are still reported: nothing beyond the preview is stored).
pub const MESSAGE_CAP: u64 = 1 << 20;
/// What one raw-deflate inflater holds (miniz_oxide's state: the 32 KiB
/// window plus its tables), charged to the memory budget while it lives.
const INFLATER_COST: usize = 44 << 10;

/// The GUID of RFC 6455 section 1.3.
const WS_GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/// `Sec-WebSocket-Accept` for a `Sec-WebSocket-Key`:
/// base64(SHA-1(key + GUID)).
pub fn accept_key(key: &str) -> String {
    use base64::Engine;
    use sha1::Digest;
    let mut h = sha1::Sha1::new();
    h.update(key.trim().as_bytes());
    h.update(WS_GUID.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(h.finalize())
}

/// Wireshark-like opcode names (RFC 6455 section 11.8).
pub fn opcode_name(op: u8) -> &'static str {
    match op {
        0 => "Continuation",
        1 => "Text",
        2 => "Binary",
        8 => "Close",
        9 => "Ping",
        10 => "Pong",
        3..=7 => "Reserved (non-control)",
        _ => "Reserved (control)",
    }
}

/// IANA names of close codes (RFC 6455 section 7.4).
pub fn close_code_name(code: u16) -> &'static str {
    match code {
        1000 => "Normal Closure",
        1001 => "Going Away",
        1002 => "Protocol Error",
        1003 => "Unsupported Data",
        1004 => "Reserved",
        1005 => "No Status Received",
        1006 => "Abnormal Closure",
        1007 => "Invalid Frame Payload Data",
        1008 => "Policy Violation",
        1009 => "Message Too Big",
        1010 => "Mandatory Extension",
        1011 => "Internal Error",
        1012 => "Service Restart",
        1013 => "Try Again Later",
        1014 => "Bad Gateway",
        1015 => "TLS Handshake",
        0..=999 => "Not Used",
        1016..=2999 => "Unassigned",
        3000..=3999 => "Registered",
        4000..=4999 => "Private Use",
        _ => "Unassigned",
    }
}

/// The permessage-deflate parameters the server accepted (RFC 7692 7.1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Deflate {
    pub client_no_context_takeover: bool,
    pub server_no_context_takeover: bool,
    pub client_max_window_bits: Option<u8>,
    pub server_max_window_bits: Option<u8>,
}

impl Deflate {
    /// The negotiated permessage-deflate from a server's
    /// `Sec-WebSocket-Extensions` value, if it accepted one.
    pub fn from_extensions(value: &str) -> Option<Deflate> {
        value.split(',').find_map(|ext| {
            let mut params = ext.split(';').map(str::trim);
            if !params.next()?.eq_ignore_ascii_case("permessage-deflate") {
                return None;
            }
            let mut d = Deflate::default();
            for p in params {
                let (name, val) = match p.split_once('=') {
                    Some((n, v)) => (n.trim(), Some(v.trim().trim_matches('"'))),
                    None => (p, None),
                };
                let bits = val.and_then(|v| v.parse::<u8>().ok());
                match name.to_ascii_lowercase().as_str() {
                    "client_no_context_takeover" => d.client_no_context_takeover = true,
                    "server_no_context_takeover" => d.server_no_context_takeover = true,
                    "client_max_window_bits" => d.client_max_window_bits = bits,
                    "server_max_window_bits" => d.server_max_window_bits = bits,
                    _ => {}
                }
            }
            Some(d)
        })
    }

    fn no_context_takeover(&self, dir: Dir) -> bool {
        match dir {
            Dir::Client => self.client_no_context_takeover,
            Dir::Server => self.server_no_context_takeover,
        }
    }
}

/// Incremental UTF-8 validation across chunks.
#[derive(Debug, Default)]
struct Utf8Check {
    pending: Vec<u8>,
    invalid: bool,
}

impl Utf8Check {
    fn push(&mut self, mut data: &[u8]) {
        if self.invalid {
            return;
        }
        while !self.pending.is_empty() {
            let Some((&b, rest)) = data.split_first() else {
                return;
            };
            data = rest;
            self.pending.push(b);
            match std::str::from_utf8(&self.pending) {
                Ok(_) => self.pending.clear(),
                Err(e) if e.error_len().is_some() || self.pending.len() >= 4 => {
                    self.invalid = true;
                    return;
                }
                Err(_) => {}
            }
        }
        if let Err(e) = std::str::from_utf8(data) {
            match e.error_len() {
                Some(_) => self.invalid = true,
                None => self.pending = data[e.valid_up_to()..].to_vec(),
            }
        }
    }

    fn valid(&self) -> bool {
        !self.invalid && self.pending.is_empty()
    }
}

/// A data message (text or binary), possibly fragmented and/or compressed.
#[derive(Debug)]
struct Msg {
    opcode: u8,
    compressed: bool,
    frames: u32,
    wire_len: u64,
    out_len: u64,
    preview: Vec<u8>,
    utf8: Utf8Check,
    /// Why the message could not be inflated (whole), if it could not.
    inflate_problem: Option<String>,
    /// Compressed (RSV1 on its first frame) and fragmented: tshark 4.0
    /// inflates a message only when the frame completing it has RSV1 (a
    /// continuation's is clear), so its `websocket.payload.text` and data
    /// are the compressed bytes, kept here (the first [`BINARY_KEEP`]);
    /// the inflated message is osidump's own field and the views'.
    raw: Option<Vec<u8>>,
    /// An empty final continuation ended it (RFC 6455: complete); tshark
    /// never reads an empty frame, so to it the message goes on.
    ended_empty: bool,
    gap: bool,
    /// The whole decoded message, when messages are collected.
    full: Option<Vec<u8>>,
}

impl Msg {
    fn new(opcode: u8, compressed: bool) -> Msg {
        Msg {
            opcode,
            compressed,
            frames: 0,
            wire_len: 0,
            out_len: 0,
            preview: Vec::new(),
            utf8: Utf8Check::default(),
            inflate_problem: None,
            raw: None,
            ended_empty: false,
            gap: false,
            full: None,
        }
    }

    /// Decoded (unmasked, inflated) message bytes.
    fn output(&mut self, data: &[u8]) {
        self.out_len += data.len() as u64;
        // tshark shows a text message whole, as it does a binary one.
        let keep = if matches!(self.opcode, 1 | 2) {
            BINARY_KEEP
        } else {
            PREVIEW
        };
        let room = keep.saturating_sub(self.preview.len());
        self.preview
            .extend_from_slice(&data[..room.min(data.len())]);
        if let Some(full) = self.full.as_mut() {
            let room = MAX_BODY.saturating_sub(full.len()).min(data.len());
            full.extend_from_slice(&data[..room]);
        }
        if self.opcode == 1 {
            self.utf8.push(data);
        }
    }
}

/// A frame whose header has been read.
#[derive(Debug)]
struct Frame {
    start: u64,
    header_len: usize,
    layer: Layer<'static>,
    fin: bool,
    opcode: u8,
    mask: Option<[u8; 4]>,
    len: u64,
    done: u64,
    /// Unmasked payload start: all of a control frame, a hex preview otherwise.
    head: Vec<u8>,
    lost: u64,
}

#[derive(Debug, Default)]
struct WsDir {
    hdr: Vec<u8>,
    frame: Option<Frame>,
    msg: Option<Msg>,
    /// A fragmented message set aside while a whole (FIN) data frame sent
    /// in its middle is read: tshark reads that frame on its own and goes
    /// on with the message after it.
    set_aside: Option<Msg>,
    inflater: Option<Decompress>,
    /// The shared LZ77 window is unusable (cap hit, error, gap).
    context_lost: bool,
    next: u64,
}

/// WebSocket frames in both directions of one conversation.
#[derive(Debug, Default)]
pub struct WsDecoder {
    dirs: [WsDir; 2],
    deflate: Option<Deflate>,
    /// Hand out whole messages (events) too.
    collect: bool,
    /// Made by a Decode As rule: no HTTP upgrade carries the frames.
    decode_as: bool,
}

impl WsDecoder {
    /// A decoder for a connection that negotiated `deflate` (or nothing).
    pub fn new(deflate: Option<Deflate>) -> WsDecoder {
        WsDecoder {
            dirs: Default::default(),
            deflate,
            collect: false,
            decode_as: false,
        }
    }

    /// Change the negotiated permessage-deflate (frames seen before the
    /// handshake's answer were decoded without it).
    pub fn set_deflate(&mut self, deflate: Option<Deflate>) {
        self.deflate = deflate;
    }

    /// End of both streams: frames still waiting for payload are reported
    /// as truncated.
    pub fn finish(&mut self, out: &mut Vec<Message>) {
        for dir in [Dir::Client, Dir::Server] {
            self.finish_side(dir, out);
        }
    }

    /// End of one side's stream (its FIN): as [`WsDecoder::finish`], for
    /// what that side sent.
    pub fn finish_side(&mut self, dir: Dir, out: &mut Vec<Message>) {
        let d = &mut self.dirs[dir.index()];
        if let Some(f) = d.frame.take() {
            let mut m = f.into_partial();
            m.layer.truncated(format!(
                "stream ended {} bytes into a {}-byte payload",
                m.done, m.len
            ));
            out.push(Message {
                event: None,
                stream_offset: m.start,
                stream_end: m.start + m.header_len as u64 + m.done,
                layer: m.layer,
            });
        }
        d.hdr.clear();
    }

    fn start_frame(&mut self, dir: Dir, start: u64, h: &[u8]) -> Frame {
        let b0 = h[0];
        let b1 = h[1];
        let fin = b0 & 0x80 != 0;
        let rsv = (b0 >> 4) & 7;
        let opcode = b0 & 0x0f;
        let masked = b1 & 0x80 != 0;
        let len7 = b1 & 0x7f;
        let mut l = Layer::new(Osi::Application, "websocket", 0..h.len());
        if self.decode_as {
            l.boolean(f::websocket::OSIDUMP_DECODE_AS, true);
        }
        l.boolean(f::websocket::FIN, fin);
        l.uint(f::websocket::RSV, rsv);
        if self.deflate.is_some() {
            l.boolean(f::websocket::PMC, rsv & 4 != 0);
        }
        l.uint(f::websocket::OPCODE, opcode);
        l.boolean(f::websocket::MASK, masked);
        l.uint(f::websocket::PAYLOAD_LENGTH, len7);
        let mut at = 2;
        let len = match len7 {
            126 => {
                let v = u16::from_be_bytes([h[2], h[3]]);
                l.uint(f::websocket::PAYLOAD_LENGTH_EXT_16, v);
                at = 4;
                if v < 126 {
                    l.malformed(format!("length {v} not in its shortest encoding"));
                }
                u64::from(v)
            }
            127 => {
                let mut b = [0u8; 8];
                b.copy_from_slice(&h[2..10]);
                let v = u64::from_be_bytes(b);
                l.uint(f::websocket::PAYLOAD_LENGTH_EXT_64, v);
                at = 10;
                if v >> 63 != 0 {
                    l.malformed("64-bit payload length has its most significant bit set");
                } else if v <= 0xffff {
                    l.malformed(format!("length {v} not in its shortest encoding"));
                }
                v
            }
            n => u64::from(n),
        };
        let mask = masked.then(|| [h[at], h[at + 1], h[at + 2], h[at + 3]]);
        if let Some(k) = mask {
            l.push(
                f::websocket::MASKING_KEY,
                Value::Bytes(Cow::Owned(k.to_vec())),
            );
            // tshark's "Masked payload" item, before it unmasks.
            if len > 0 {
                l.present(f::websocket::MASKED_PAYLOAD);
            }
        }
        match (dir, masked) {
            (Dir::Client, false) => l.malformed("client frame is not masked"),
            (Dir::Server, true) => l.malformed("server frame is masked"),
            _ => {}
        }
        if opcode >= 8 {
            if !fin {
                l.malformed("control frame is fragmented");
            }
            if len > 125 {
                l.malformed(format!("control frame payload of {len} bytes exceeds 125"));
            }
        }
        if matches!(opcode, 3..=7 | 11..=15) {
            l.malformed(format!("reserved opcode {opcode}"));
        }
        let rsv1_ok = self.deflate.is_some() && matches!(opcode, 1 | 2);
        if rsv & 4 != 0 && !rsv1_ok {
            l.malformed(if self.deflate.is_some() {
                "RSV1 set on a frame that cannot start a compressed message"
            } else {
                "RSV1 set but permessage-deflate was not negotiated"
            });
        }
        if rsv & 3 != 0 {
            l.malformed("RSV2/RSV3 set without a negotiated extension");
        }

        // Message bookkeeping for data frames, as tshark 4.0 reassembles
        // them: an empty frame is not read at all (its payload is never
        // dissected: an empty final continuation does not complete the
        // message), one reassembly per conversation that a new fragmented
        // message's first frame joins when the last one never completed,
        // and a whole (FIN) data frame read on its own.
        let d = &mut self.dirs[dir.index()];
        let counted = len > 0;
        match opcode {
            1 | 2 if counted => {
                if d.msg.as_ref().is_some_and(|m| !m.ended_empty) {
                    l.malformed("new data frame while a fragmented message is unfinished");
                }
                let rsv1 = rsv & 4 != 0 && self.deflate.is_some();
                match d.msg.as_mut() {
                    // tshark's reassembly goes on: the message is this
                    // frame's type now (its first-fragment opcode).
                    Some(m) if !fin => {
                        m.opcode = opcode;
                        m.ended_empty = false;
                    }
                    _ => {
                        if fin {
                            d.set_aside = d.msg.take();
                        }
                        let mut m = Msg::new(opcode, rsv1);
                        if rsv1 && !fin {
                            m.raw = Some(Vec::new());
                        }
                        if self.collect {
                            m.full = Some(Vec::new());
                        }
                        if m.compressed {
                            let reset = d.inflater.is_none()
                                || self.deflate.is_some_and(|p| p.no_context_takeover(dir));
                            if reset {
                                d.inflater = Some(Decompress::new(false));
                                d.context_lost = false;
                            } else if d.context_lost {
                                m.inflate_problem = Some(
                                    "not inflated: the shared compression context was lost earlier"
                                        .into(),
                                );
                            }
                        }
                        d.msg = Some(m);
                    }
                }
            }
            0 if counted && d.msg.is_none() => {
                l.malformed("continuation frame without a message to continue")
            }
            0 if fin && !counted => {
                if let Some(m) = d.msg.as_mut() {
                    m.ended_empty = true;
                }
            }
            _ => {}
        }
        if counted
            && matches!(opcode, 0..=2)
            && let Some(m) = d.msg.as_mut()
        {
            m.frames += 1;
        }
        Frame {
            start,
            header_len: h.len(),
            layer: l,
            fin,
            opcode,
            mask,
            len,
            done: 0,
            head: Vec::new(),
            lost: 0,
        }
    }

    /// Payload bytes of the current frame (at most what it still needs).
    fn payload(&mut self, dir: Dir, data: &[u8]) {
        let d = &mut self.dirs[dir.index()];
        let Some(f) = d.frame.as_mut() else { return };
        let mut buf: Vec<u8> = data.to_vec();
        if let Some(k) = f.mask {
            unmask(&mut buf, k, f.done);
        }
        f.done += buf.len() as u64;
        // tshark shows a control frame's whole payload, also past the
        // 125 bytes RFC 6455 allows it.
        let keep = if f.opcode >= 8 {
            CONTROL_KEEP
        } else {
            HEX_PREVIEW
        };
        let room = keep.saturating_sub(f.head.len());
        f.head.extend_from_slice(&buf[..room.min(buf.len())]);
        if f.opcode > 2 {
            return;
        }
        let Some(m) = d.msg.as_mut() else { return };
        m.wire_len += buf.len() as u64;
        if let Some(raw) = m.raw.as_mut() {
            let room = BINARY_KEEP.saturating_sub(raw.len()).min(buf.len());
            raw.extend_from_slice(&buf[..room]);
        }
        if !m.compressed {
            m.output(&buf);
            return;
        }
        inflate(d.inflater.as_mut(), m, &mut d.context_lost, &buf);
    }

    fn end_frame(&mut self, dir: Dir, out: &mut Vec<Message>) {
        let deflate = self.deflate;
        let d = &mut self.dirs[dir.index()];
        let Some(f) = d.frame.take() else { return };
        let mut l = f.layer;
        l.span = 0..f.header_len + f.len.min(usize::MAX as u64 / 2) as usize;
        if f.lost > 0 {
            l.truncated(format!("{} payload bytes lost in a capture gap", f.lost));
        }
        let mut event = None;
        let mut binary_len = None;
        if self.collect && f.opcode >= 8 {
            let close_code = (f.opcode == 8 && f.head.len() >= 2)
                .then(|| u16::from_be_bytes([f.head[0], f.head[1]]));
            event = Some(AppMessage::WebSocket {
                opcode: f.opcode,
                fragments: 1,
                compressed: false,
                payload: f.head.clone(),
                close_code,
            });
        }
        // The "Payload" item tshark's dissector puts up for any payload,
        // and a close frame's "Close" item within it.
        if f.len > 0 {
            l.present(f::websocket::PAYLOAD);
            if f.opcode == 8 {
                l.present(f::websocket::PAYLOAD_CLOSE);
            }
        }
        match f.opcode {
            8 => close_fields(&mut l, &f.head, f.len),
            // tshark adds no ping/pong item for an empty payload.
            9 if !f.head.is_empty() => {
                l.push(f::websocket::PAYLOAD_PING, Value::Bytes(Cow::Owned(f.head)))
            }
            10 if !f.head.is_empty() => {
                l.push(f::websocket::PAYLOAD_PONG, Value::Bytes(Cow::Owned(f.head)))
            }
            9 | 10 => {}
            0..=2 => {
                // An empty frame completes nothing (see start_frame).
                let done = f.fin && f.len > 0;
                let multi = d.msg.as_ref().is_some_and(|m| m.frames > 1);
                if !done || multi {
                    l.push(
                        f::websocket::OSIDUMP_PAYLOAD_PREVIEW,
                        Value::Bytes(Cow::Owned(f.head)),
                    );
                }
                if done && let Some(mut m) = d.msg.take() {
                    if m.compressed && m.inflate_problem.is_none() {
                        inflate(
                            d.inflater.as_mut(),
                            &mut m,
                            &mut d.context_lost,
                            &[0, 0, 0xff, 0xff],
                        );
                        if deflate.is_some_and(|p| p.no_context_takeover(dir)) {
                            d.inflater = None;
                        }
                    }
                    if let Some(payload) = m.full.take() {
                        event = Some(AppMessage::WebSocket {
                            opcode: m.opcode,
                            fragments: m.frames,
                            compressed: m.compressed,
                            payload,
                            close_code: None,
                        });
                    }
                    binary_len = message_fields(&mut l, m);
                    if let Some(m) = d.set_aside.take() {
                        d.msg = Some(m);
                    }
                }
            }
            _ => l.push(
                f::websocket::PAYLOAD_UNKNOWN,
                Value::Bytes(Cow::Owned(f.head)),
            ),
        }
        let (stream_offset, stream_end) = (f.start, f.start + f.header_len as u64 + f.done);
        let span = l.span.clone();
        out.push(Message {
            event,
            layer: l,
            stream_offset,
            stream_end,
        });
        // tshark hands a binary message to its `data` dissector: data.len
        // is the message's (unmasked, inflated) length.
        if let Some((n, whole)) = binary_len {
            let mut data = Layer::new(Osi::Application, "data", span);
            // The bytes when the preview holds them all; a longer message
            // is not stored (bounded memory), and its bytes are not shown.
            if let Some(bytes) = whole {
                data.push(
                    crate::dissect::data::fields::DATA,
                    Value::Bytes(Cow::Owned(bytes)),
                );
            }
            data.uint(crate::dissect::data::fields::LEN, n);
            // Empty at the message's end: its bytes are the message's,
            // already counted (and traced to their frames) once.
            out.push(Message {
                event: None,
                layer: data,
                stream_offset: stream_end,
                stream_end,
            });
        }
    }
}

/// Unmasks `buf`, payload bytes from offset `done` of their frame on, with
/// the frame's key `k` (byte `i` of the frame XOR `k[i % 4]`). Eight bytes
/// at a time with the key turned to start at `done`: byte by byte, with a
/// division each, this was most of the WebSocket decoder's own work.
fn unmask(buf: &mut [u8], k: [u8; 4], done: u64) {
    let at = (done % 4) as usize;
    let key: [u8; 4] = std::array::from_fn(|i| k[(at + i) % 4]);
    let word = u64::from_ne_bytes([
        key[0], key[1], key[2], key[3], key[0], key[1], key[2], key[3],
    ]);
    let mut words = buf.chunks_exact_mut(8);
    for w in &mut words {
        let mut v = [0u8; 8];
        v.copy_from_slice(w);
        w.copy_from_slice(&(u64::from_ne_bytes(v) ^ word).to_ne_bytes());
    }
    // The rest starts at a multiple of eight: the key's phase is the same.
    for (i, b) in words.into_remainder().iter_mut().enumerate() {
        *b ^= key[i % 4];
    }
}

thread_local! {
    /// The output buffer of [`inflate`], kept from call to call: zeroing
    /// a fresh 8 KiB each call cost more than many messages' inflating.
    static INFLATE_OUT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Push a compressed chunk through the direction's inflater, at most
/// [`INFLATE_CAP`] bytes of output per message.
fn inflate(inf: Option<&mut Decompress>, m: &mut Msg, lost: &mut bool, input: &[u8]) {
    if m.inflate_problem.is_some() {
        return;
    }
    let Some(inf) = inf else {
        m.inflate_problem = Some("not inflated: no compression context".into());
        return;
    };
    INFLATE_OUT.with_borrow_mut(|out| {
        if out.len() < 8192 {
            out.resize(8192, 0);
        }
        inflate_into(inf, m, lost, input, out);
    });
}

/// [`inflate`]'s loop, through `out` (its bytes' values do not matter).
fn inflate_into(
    inf: &mut Decompress,
    m: &mut Msg,
    lost: &mut bool,
    mut input: &[u8],
    out: &mut [u8],
) {
    loop {
        let (in0, out0) = (inf.total_in(), inf.total_out());
        let res = inf.decompress(input, out, FlushDecompress::Sync);
        let used = (inf.total_in() - in0) as usize;
        let made = (inf.total_out() - out0) as usize;
        input = &input[used.min(input.len())..];
        let room = INFLATE_CAP.saturating_sub(m.out_len) as usize;
        m.output(&out[..made.min(room)]);
        if made > room {
            m.inflate_problem = Some(format!(
                "inflated message exceeds {INFLATE_CAP} bytes: inflating stopped"
            ));
            *lost = true;
            return;
        }
        match res {
            Err(e) => {
                m.inflate_problem = Some(format!("inflate failed: {e}"));
                *lost = true;
                return;
            }
            Ok(Status::StreamEnd) => {
                // A final block: the next message starts a fresh stream.
                inf.reset(false);
                return;
            }
            Ok(_) if used == 0 && made == 0 => return,
            Ok(_) => {}
        }
        if input.is_empty() && made < out.len() {
            return;
        }
    }
}

/// `p` is the kept start of a close payload of `len` bytes.
/// On a layer with `websocket.payload.text` or
/// `websocket.payload.close.reason`: whether that text is only the start of
/// the payload ([`MESSAGE_CAP`] bytes of a message, `CONTROL_KEEP` less 2
/// of a close reason).
static TRUNCATED: &crate::dissect::field::FieldDef = f::websocket::OSIDUMP_PAYLOAD_TRUNCATED;

fn close_fields(l: &mut Layer<'static>, p: &[u8], len: u64) {
    match p.len() {
        0 => {}
        1 => l.malformed("close payload of 1 byte (a status code needs 2)"),
        _ => {
            let code = u16::from_be_bytes([p[0], p[1]]);
            l.uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE, code);
            if matches!(code, 0..=999 | 1004..=1006 | 1015 | 1016..=2999) {
                l.malformed(format!("close code {code} must not be sent"));
            }
            if p.len() > 2 {
                match std::str::from_utf8(&p[2..]) {
                    Ok(r) => l.str(f::websocket::PAYLOAD_CLOSE_REASON, r.to_owned()),
                    Err(_) => {
                        l.str(
                            f::websocket::PAYLOAD_CLOSE_REASON,
                            String::from_utf8_lossy(&p[2..]).into_owned(),
                        );
                        l.malformed("close reason is not valid UTF-8");
                    }
                }
                l.boolean(TRUNCATED, len > p.len() as u64);
            }
        }
    }
}

/// Fields of a completed data message, on its last frame. Returns the
/// length of a binary message's payload, when it has one to show.
/// The message's fields; for a binary message, its length and, when the
/// preview holds all of it, its bytes (for the `data` layer).
fn message_fields(l: &mut Layer<'static>, m: Msg) -> Option<(u64, Option<Vec<u8>>)> {
    if m.frames > 1 {
        l.uint(f::websocket::FRAGMENT_COUNT, m.frames);
        l.uint(f::websocket::REASSEMBLED_LENGTH, m.wire_len);
    }
    if m.compressed {
        l.boolean(f::websocket::OSIDUMP_INFLATED, m.inflate_problem.is_none());
    }
    if m.frames > 1 || m.compressed {
        l.uint(f::websocket::OSIDUMP_MESSAGE_LEN, m.out_len);
    }
    let usable = !m.compressed || m.inflate_problem.is_none() || m.out_len > 0;
    // A fragmented compressed message: tshark's text is its compressed
    // bytes; the inflated text is ours.
    if let Some(raw) = &m.raw
        && m.opcode == 1
    {
        let text = text_preview(raw);
        let cut = (text.len() as u64) < m.wire_len;
        crate::dissect::expert::wire_string(l, f::websocket::PAYLOAD_TEXT, text);
        l.boolean(TRUNCATED, cut);
        if usable {
            l.str(f::websocket::OSIDUMP_MESSAGE_TEXT, text_preview(&m.preview));
        }
    } else if usable {
        if m.opcode == 1 {
            let text = text_preview(&m.preview);
            let cut = (text.len() as u64) < m.out_len;
            crate::dissect::expert::wire_string(l, f::websocket::PAYLOAD_TEXT, text);
            l.boolean(TRUNCATED, cut);
        } else if m.frames == 1 || m.compressed {
            l.push(
                f::websocket::OSIDUMP_PAYLOAD_PREVIEW,
                Value::Bytes(Cow::Owned(
                    m.preview[..m.preview.len().min(HEX_PREVIEW)].to_vec(),
                )),
            );
        }
    }
    if let Some(p) = m.inflate_problem {
        l.malformed(p);
    } else if m.opcode == 1 && !m.utf8.valid() && !m.gap {
        l.malformed("text message is not valid UTF-8");
    }
    if m.frames > 1 && m.out_len > MESSAGE_CAP {
        l.truncated(format!(
            "message of {} bytes exceeds the {MESSAGE_CAP}-byte reassembly cap: preview only",
            m.out_len
        ));
    }
    // tshark's data layer holds a fragmented compressed message's
    // compressed bytes.
    if let Some(raw) = m.raw {
        return (m.opcode == 2 && m.wire_len > 0).then(|| {
            let whole = (raw.len() as u64 == m.wire_len).then_some(raw);
            (m.wire_len, whole)
        });
    }
    (usable && m.opcode == 2 && m.out_len > 0).then(|| {
        let whole = (m.preview.len() as u64 == m.out_len).then_some(m.preview);
        (m.out_len, whole)
    })
}

/// The preview as text, without a character cut in half at its end.
fn text_preview(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => s.to_owned(),
        Err(e) if e.error_len().is_none() => String::from_utf8_lossy(&b[..e.valid_up_to()]).into(),
        Err(_) => String::from_utf8_lossy(b).into_owned(),
    }
}

impl Frame {
    fn into_partial(self) -> PartialFrame {
        PartialFrame {
            start: self.start,
            header_len: self.header_len,
            len: self.len,
            done: self.done,
            layer: self.layer,
        }
    }
}

struct PartialFrame {
    start: u64,
    header_len: usize,
    len: u64,
    done: u64,
    layer: Layer<'static>,
}

/// Header length from the first two bytes.
fn header_len(b0_b1: [u8; 2]) -> usize {
    let ext = match b0_b1[1] & 0x7f {
        126 => 2,
        127 => 8,
        _ => 0,
    };
    2 + ext + if b0_b1[1] & 0x80 != 0 { 4 } else { 0 }
}

impl StreamDecoder for WsDecoder {
    fn heap_bytes(&self) -> usize {
        self.dirs
            .iter()
            .map(|d| {
                d.hdr.capacity()
                    + d.frame.as_ref().map_or(0, |f| f.head.capacity())
                    + [&d.msg, &d.set_aside]
                        .into_iter()
                        .flatten()
                        .map(|m| {
                            m.preview.capacity()
                                + m.full.as_ref().map_or(0, Vec::capacity)
                                + m.raw.as_ref().map_or(0, Vec::capacity)
                        })
                        .sum::<usize>()
                    + if d.inflater.is_some() {
                        INFLATER_COST
                    } else {
                        0
                    }
            })
            .sum()
    }

    fn collect_messages(&mut self) {
        self.collect = true;
    }

    fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        WsDecoder::finish_side(self, dir, out);
    }

    fn protocol(&self) -> &'static str {
        "websocket"
    }

    /// A frame begun (its header or payload) and not finished: tshark's
    /// TCP reassembles it for WebSocket.
    fn reassembling(&self, dir: Dir) -> bool {
        let d = &self.dirs[dir.index()];
        d.frame.is_some() || !d.hdr.is_empty()
    }

    fn feed(&mut self, dir: Dir, offset: u64, mut data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        self.dirs[i].next = offset;
        while !data.is_empty() {
            let d = &mut self.dirs[i];
            if let Some(f) = d.frame.as_ref() {
                let want = (f.len - f.done).min(data.len() as u64) as usize;
                let (now, rest) = data.split_at(want);
                self.payload(dir, now);
                data = rest;
                self.dirs[i].next += want as u64;
                let f = self.dirs[i].frame.as_ref();
                if f.is_some_and(|f| f.done >= f.len) {
                    self.end_frame(dir, out);
                }
                continue;
            }
            // Frame header, possibly split across feeds.
            let start = d.next - d.hdr.len() as u64;
            if d.hdr.len() < 2 {
                let take = (2 - d.hdr.len()).min(data.len());
                d.hdr.extend_from_slice(&data[..take]);
                data = &data[take..];
                d.next += take as u64;
                if d.hdr.len() < 2 {
                    break;
                }
            }
            let need = header_len([d.hdr[0], d.hdr[1]]);
            let take = (need - d.hdr.len()).min(data.len());
            d.hdr.extend_from_slice(&data[..take]);
            data = &data[take..];
            d.next += take as u64;
            if d.hdr.len() < need {
                break;
            }
            let h = std::mem::take(&mut self.dirs[i].hdr);
            let f = self.start_frame(dir, start, &h);
            let empty = f.len == 0;
            self.dirs[i].frame = Some(f);
            if empty {
                self.end_frame(dir, out);
            }
        }
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        let d = &mut self.dirs[dir.index()];
        d.next += len;
        if let Some(f) = d.frame.as_mut()
            && d.hdr.is_empty()
            && f.len - f.done >= len
        {
            // The gap falls inside this frame's payload: skip it.
            f.done += len;
            f.lost += len;
            if let Some(m) = d.msg.as_mut().filter(|_| f.opcode <= 2) {
                m.gap = true;
                m.wire_len += len;
                if m.compressed && m.inflate_problem.is_none() {
                    m.inflate_problem = Some("not inflated: compressed bytes lost in a gap".into());
                    d.context_lost = true;
                } else if !m.compressed {
                    m.out_len += len;
                }
            }
            return;
        }
        // The gap took a frame's header, or ran past the frame's end:
        // tshark's TCP hands the segment after it to WebSocket as the
        // start of a new frame (what it waited for is never completed), so
        // reading starts again with the next bytes fed. A message lost
        // while compressed leaves the shared window unusable.
        if d.msg.as_ref().is_some_and(|m| m.compressed) {
            d.context_lost = true;
        }
        d.frame = None;
        d.msg = None;
        d.set_aside = None;
        d.hdr.clear();
    }
}

#[cfg(test)]
mod tests;

/// WebSocket has no ports of its own: the HTTP decoder hands a
/// conversation over after a successful upgrade. `-d tcp.port==N,websocket`
/// reads the conversation's bytes as WebSocket frames from its first byte,
/// as tshark's Decode As does (a capture that starts after the upgrade;
/// without the handshake, no compression was negotiated).
pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "websocket",
    also: &[],
    title: "WebSocket",
    osi: Osi::Application,
    fields: f::websocket::ALL,
    summary: summary_into,
    info: Some(summary::info),
    column: None,
    app: Some(crate::dissect::spec::AppSpec {
        decode_as: &["websocket"],
        tcp_ports: &[],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(WsDecoder {
        decode_as: true,
        ..WsDecoder::new(None)
    })
}

fn summary_into(out: &mut String, l: &Layer<'_>) {
    out.push_str(&summary(l));
}
