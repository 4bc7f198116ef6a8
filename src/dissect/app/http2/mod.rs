//! L7 Application: HTTP/2 (RFC 9113) over a TCP conversation, in clear
//! text (h2c, by prior knowledge or by HTTP/1.1 Upgrade) or inside TLS
//! (ALPN `h2`, once decrypted).
//!
//! [`Http2Decoder`] cuts each direction's bytes into the connection preface
//! and frames; every frame is one [`Message`] (layer `http2`), reported on
//! the segment (or TLS record) that completes it, with tshark's fields.
//! Header blocks are decoded with HPACK (`loona-hpack`: one dynamic table
//! per direction, at most [`MAX_HPACK_TABLE`] bytes) when their last frame
//! (END_HEADERS, across CONTINUATION frames) arrives. Requests and
//! responses are paired by stream id: a response names the request it
//! answers; a stream's whole message (headers and DATA) is handed out as an
//! event when its direction ends (END_STREAM), for `follow`.
//!
//! A body that ends (its last DATA frame) is shown as packet-http2.c's
//! dissect_http2_data_full_body shows it: content-decoded when its
//! `content-encoding` starts `gzip`, `deflate` or `br` (with HTTP/1's
//! decoders, which follow tshark's zlib and brotli calls; "Body
//! decompression failed" and the body as it came otherwise), then handed
//! to the dissector of its media type: `data-text-lines`,
//! `urlencoded-form`, `json` (`HTTP2/JSON`), `xml` (`HTTP2/XML`), `data`
//! (application/octet-stream) or DoH's DNS.
//!
//! Bounds: a frame is buffered up to [`MAX_FRAME`] bytes (a longer one is
//! reported from its header and skipped), a header block up to
//! [`MAX_HEADER_BLOCK`], at most [`MAX_STREAMS`] streams are remembered,
//! and message bodies collected for events stop at [`MAX_BODY`] each and
//! [`MAX_BODIES`] in all. Nothing here panics on any input.

pub mod fields;

use crate::dissect::event::{AppMessage, MAX_BODY};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use foldhash::HashMap;
use std::sync::{Arc, Mutex};

use super::dns::DnsTracker;
use super::http::media_types::{self, Entry};
use super::{Dir, Message, Probe, StreamDecoder};

/// The client connection preface.
pub const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
/// Largest frame buffered whole (the protocol allows 16 MiB).
pub const MAX_FRAME: usize = 1 << 20;
/// Largest header block reassembled across CONTINUATION frames.
pub const MAX_HEADER_BLOCK: usize = 256 * 1024;
/// Streams remembered for pairing (the oldest is forgotten first).
pub const MAX_STREAMS: usize = 1024;
/// Largest HPACK dynamic table a peer may ask for.
pub const MAX_HPACK_TABLE: usize = 64 * 1024;
/// Body bytes held for events, all streams together.
pub const MAX_BODIES: usize = 32 << 20;
/// Stream ids [`StreamMedia`] remembers at most.
pub const MAX_STREAM_MEDIA: usize = 4096;
/// Headers decoded from one block (tshark stops at 200 lines too).
const MAX_HEADERS: usize = 1024;
const HEADER: usize = 9;

/// Does `payload` start with the connection preface?
pub fn probe(payload: &[u8]) -> Probe {
    let n = payload.len().min(PREFACE.len());
    if n == 0 || payload[..n] != PREFACE[..n] {
        Probe::NotForUs
    } else if n == PREFACE.len() {
        Probe::Certain
    } else {
        Probe::Unsure
    }
}

/// A frame type's name, as tshark's Info column writes it.
pub fn type_name(t: u64) -> &'static str {
    match t {
        0 => "DATA",
        1 => "HEADERS",
        2 => "PRIORITY",
        3 => "RST_STREAM",
        4 => "SETTINGS",
        5 => "PUSH_PROMISE",
        6 => "PING",
        7 => "GOAWAY",
        8 => "WINDOW_UPDATE",
        9 => "CONTINUATION",
        10 => "ALTSVC",
        12 => "ORIGIN",
        16 => "PRIORITY_UPDATE",
        _ => "Unknown",
    }
}

/// One direction's framing and header decompression.
struct H2Dir {
    buf: Vec<u8>,
    /// Stream offset of `buf[0]`.
    buf_off: u64,
    /// The client still owes the preface (client side only).
    preface: bool,
    /// Bytes of an oversized frame still to skip.
    skip: u64,
    hpack: loona_hpack::Decoder<'static>,
    /// A header block waiting for its CONTINUATION frames: stream, bytes,
    /// END_STREAM of its HEADERS frame, and whether it is a PUSH_PROMISE.
    block: Option<(u32, Vec<u8>, bool, bool)>,
    /// The dynamic table can no longer be trusted (bytes were lost or a
    /// block did not decode).
    hpack_broken: bool,
    /// Bytes were lost: frames are found again only at a frame that looks
    /// sane (the next feed).
    lost: bool,
    /// Stream offset where the segment (TLS record) being fed began: a
    /// frame that began before it was reassembled by TCP (TLS).
    unit_start: u64,
    /// A frame's header (so its length) was held when that segment
    /// (record) began.
    held_at_unit_start: bool,
    /// The oversized frame being skipped, shown when its last byte comes,
    /// and its stream offset.
    skipped: Option<(Layer<'static>, u64)>,
}

impl Default for H2Dir {
    fn default() -> Self {
        let mut hpack = loona_hpack::Decoder::new();
        hpack.set_max_allowed_table_size(MAX_HPACK_TABLE);
        H2Dir {
            buf: Vec::new(),
            buf_off: 0,
            preface: false,
            skip: 0,
            hpack,
            block: None,
            hpack_broken: false,
            lost: false,
            unit_start: 0,
            held_at_unit_start: false,
            skipped: None,
        }
    }
}

/// What is known of one stream.
#[derive(Debug, Default)]
struct Stream {
    method: Option<String>,
    path: Option<String>,
    authority: Option<String>,
    scheme: Option<String>,
    status: Option<u16>,
    /// Per direction: the message collected for its event.
    msg: [Option<Collected>; 2],
    /// Per direction: the body so far (DATA frames), for tshark's
    /// reassembled body on the last DATA frame and for events.
    body: [Vec<u8>; 2],
    data_frames: [u32; 2],
    /// Some body bytes were not kept (caps).
    cut: [bool; 2],
    /// Per direction: what its headers said of its body.
    info: [BodyInfo; 2],
    /// The stream is a CONNECT tunnel (its DATA is not reassembled).
    connect: bool,
}

impl Stream {
    /// tshark reassembles direction `i`'s body (and shows it whole on its
    /// last DATA frame): there is one, after a `:status` or `:method`,
    /// neither transfer-coded nor a tunnel's.
    fn reassembles(&self, i: usize) -> bool {
        let b = &self.info[i];
        b.initiated && !b.transfer_encoded && !self.connect && !self.body[i].is_empty()
    }
}

/// What one direction's headers said of its body, as packet-http2.c's
/// populate_http_header_tracking keeps it: the first `content-type` (its
/// media type) and `content-encoding`, whether a `:status` or `:method`
/// started a message (tshark reassembles DATA only then), a
/// `transfer-encoding`, a 206 answer.
#[derive(Debug, Default)]
struct BodyInfo {
    media_type: Option<String>,
    encoding: Option<String>,
    initiated: bool,
    transfer_encoded: bool,
    partial_content: bool,
}

/// tshark's `http2.streamid` dissector table, filled as it reads: each
/// `content-type` whose media type has a dissector registers that
/// dissector for the stream's id, for the whole capture (every
/// connection). A body whose direction named no type goes to the one
/// registered for its stream id, if any. Shared by a run's decoders (see
/// [`StreamDecoder::set_stream_media`]); at most [`MAX_STREAM_MEDIA`] ids.
#[derive(Clone, Default)]
pub struct StreamMedia(Arc<Mutex<HashMap<u32, Entry>>>);

impl StreamMedia {
    fn register(&self, stream: u32, e: Entry) {
        if let Ok(mut m) = self.0.lock()
            && (m.len() < MAX_STREAM_MEDIA || m.contains_key(&stream))
        {
            m.insert(stream, e);
        }
    }

    fn get(&self, stream: u32) -> Option<Entry> {
        self.0.lock().ok()?.get(&stream).copied()
    }
}

impl std::fmt::Debug for StreamMedia {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StreamMedia")
    }
}

/// The media type of a `content-type` value as packet-http2.c takes it
/// (get_content_type_only): up to the first `;` or blank, in lower case.
fn media_type_of(value: &str) -> String {
    let end = value
        .find(|c: char| c == ';' || c.is_ascii_whitespace())
        .unwrap_or(value.len());
    value[..end].to_ascii_lowercase()
}

/// The protocol a media dissector of tshark's table shows a body as, for
/// those whose `frame.protocols` and Info osidump knows: the line-based
/// text dissector and the URL-encoded form one (both write the media type
/// they were found by in the Info column).
fn media_protocol(e: Entry) -> Option<&'static str> {
    match e {
        Entry::TextLines => Some("data-text-lines"),
        Entry::UrlencodedForm => Some("urlencoded-form"),
        _ => None,
    }
}

/// How tshark's HTTP/2 shows a body that ends (`dissect_http2_data_full_body`).
enum Decoding {
    /// As it came: no content coding tshark undoes, or none applies.
    Plain,
    /// Content-decoded (gzip, deflate, br): the decoded bytes.
    Decoded(Vec<u8>),
    /// tshark could not decode it: the body as it came.
    Failed(Vec<u8>),
}

/// The content coding tshark's HTTP/2 undoes for a body of `b`
/// (`get_body_uncompression_info`: a `content-encoding` starting `gzip`
/// or `deflate` for zlib, `br` for brotli; never a 206's part): `true`
/// for brotli.
fn compressed(b: &BodyInfo) -> Option<bool> {
    if b.partial_content {
        return None;
    }
    let c = b.encoding.as_deref()?;
    if c.starts_with("gzip") || c.starts_with("deflate") {
        Some(false)
    } else if c.starts_with("br") {
        Some(true)
    } else {
        None
    }
}

/// tshark's `http2.body_decompression_failed`.
static BODY_DECOMPRESSION_FAILED: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
    field: f::http2::BODY_DECOMPRESSION_FAILED,
    group: crate::dissect::expert::Group::Undecoded,
    severity: crate::dissect::expert::Severity::Warn,
};

#[derive(Debug, Default)]
struct Collected {
    start_line: String,
    headers: Vec<(String, String)>,
}

/// HTTP/2 in both directions of a conversation. See the module docs.
pub struct Http2Decoder {
    dirs: [H2Dir; 2],
    streams: HashMap<u32, Stream>,
    /// Body bytes held in `streams` for events.
    held: usize,
    collect: bool,
    secure: bool,
    /// The next bytes fed begin a segment (`set_frame` comes first).
    new_unit: bool,
    /// The side whose segment being fed cannot be reassembled: the one
    /// with the client's preface, which tshark's HTTP hands to HTTP/2's
    /// heuristic (see [`Http2Decoder::by_preface`]).
    undesegmented: Option<usize>,
    media: StreamMedia,
    /// DoH messages (RFC 8484) matched by stream and transaction id: each
    /// stream is its own exchange in tshark (a client may send every
    /// query with id 0), so a response answers its stream's query.
    doh: DnsTracker<u32>,
    /// Frame and capture time of the bytes being fed (`dns.response_to`,
    /// `dns.time`).
    frame: u64,
    now_ns: i128,
    /// The layer of the body the frame just read ended (a DoH message),
    /// shown after that frame's.
    body_layer: Option<Layer<'static>>,
}

/// Open DoH exchanges remembered per connection; the oldest is forgotten
/// first.
const MAX_DOH_TRANSACTIONS: usize = 256;

impl std::fmt::Debug for Http2Decoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Http2Decoder")
            .field("streams", &self.streams.len())
            .finish()
    }
}

impl Default for Http2Decoder {
    fn default() -> Self {
        let mut d = Http2Decoder {
            dirs: [H2Dir::default(), H2Dir::default()],
            streams: HashMap::default(),
            held: 0,
            collect: false,
            secure: false,
            new_unit: true,
            undesegmented: None,
            media: StreamMedia::default(),
            doh: DnsTracker::with_capacity(MAX_DOH_TRANSACTIONS),
            frame: 0,
            now_ns: 0,
            body_layer: None,
        };
        d.dirs[Dir::Client.index()].preface = true;
        d
    }
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl Http2Decoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Start at the client's preface where HTTP expected a request (h2c
    /// by prior knowledge). tshark's HTTP hands that segment to HTTP/2's
    /// heuristic, two dissectors below TCP, which may no longer ask TCP
    /// for more: a frame the segment holds part of is read as far as the
    /// segment goes ("[BoundErrorUnreassembled Packet]"), and the next
    /// segment is read from its first byte as a new frame. Later segments
    /// reach HTTP/2 through HTTP's hand-over, which may.
    pub fn by_preface() -> Self {
        Http2Decoder {
            undesegmented: Some(Dir::Client.index()),
            ..Self::default()
        }
    }

    /// Start after an HTTP/1.1 `Upgrade: h2c` (RFC 7540 3.2): the request
    /// was stream 1, the preface of the side that asked (`requester`, the
    /// side the `101` went to: not the conversation's first sender when the
    /// capture began after the request) is still to come, the other side
    /// speaks frames from now on.
    pub fn upgraded(method: &str, path: &str, authority: Option<&str>, requester: usize) -> Self {
        let mut d = Self::default();
        for (i, side) in d.dirs.iter_mut().enumerate() {
            side.preface = i == requester;
        }
        d.streams.insert(
            1,
            Stream {
                method: Some(method.to_string()),
                path: Some(path.to_string()),
                authority: authority.map(str::to_string),
                scheme: Some("http".into()),
                ..Stream::default()
            },
        );
        d
    }

    fn stream(&mut self, id: u32) -> &mut Stream {
        if !self.streams.contains_key(&id) && self.streams.len() >= MAX_STREAMS {
            // Forget the oldest (lowest id) stream.
            if let Some(old) = self.streams.keys().min().copied()
                && let Some(s) = self.streams.remove(&old)
            {
                self.held -= s.body.iter().map(Vec::len).sum::<usize>();
            }
        }
        self.streams.entry(id).or_default()
    }

    /// One whole frame of direction `i`.
    fn frame(&mut self, i: usize, fr: &[u8]) -> (Layer<'static>, Option<AppMessage>) {
        let len = fr.len() - HEADER;
        let t = fr[3];
        let flags = fr[4];
        let sid = be32(fr, 5) & 0x7fff_ffff;
        let mut l = header_layer(fr, len, fr.len());
        let p = &fr[HEADER..];
        let end_stream = flags & 0x1 != 0;
        let mut event = None;
        match t {
            0 => {
                let Some((data, padding)) = self.unpad(flags, p, &mut l) else {
                    return (l, None);
                };
                let room = MAX_BODIES.saturating_sub(self.held);
                let s = self.stream(sid);
                let take = data
                    .len()
                    .min(room)
                    .min(MAX_BODY.saturating_sub(s.body[i].len()));
                s.body[i].extend_from_slice(&data[..take]);
                s.cut[i] |= take < data.len();
                s.data_frames[i] += 1;
                // The last DATA frame of a body sent in several shows the
                // whole body, as tshark reassembles it.
                let whole = end_stream && s.data_frames[i] > 1 && !s.cut[i];
                self.held += take;
                let decoding = if end_stream {
                    self.decoding(i, sid, &mut l)
                } else {
                    Decoding::Plain
                };
                match &decoding {
                    Decoding::Decoded(bytes) => {
                        l.push(f::http2::DATA_DATA, Value::Bytes(bytes.clone().into()));
                    }
                    Decoding::Failed(body) => {
                        crate::dissect::expert::add(&mut l, &BODY_DECOMPRESSION_FAILED, None);
                        l.push(f::http2::DATA_DATA, Value::Bytes(body.clone().into()));
                    }
                    Decoding::Plain if whole => {
                        let body = self.streams.get(&sid).map_or(&[][..], |s| &s.body[i][..]);
                        l.push(f::http2::DATA_DATA, Value::Bytes(body.to_vec().into()));
                    }
                    Decoding::Plain if !data.is_empty() => {
                        l.push(f::http2::DATA_DATA, Value::Bytes(data.to_vec().into()));
                    }
                    Decoding::Plain => {}
                }
                padding_field(&mut l, f::http2::DATA_PADDING, padding);
                if end_stream {
                    self.body_media(i, sid, &decoding, &mut l);
                    event = self.end_stream(i, sid);
                }
            }
            1 | 5 => {
                let Some((mut body, padding)) = self.unpad(flags, p, &mut l) else {
                    return (l, None);
                };
                if t == 1 && flags & 0x20 != 0 {
                    if body.len() < 5 {
                        l.malformed("HEADERS with PRIORITY shorter than 5 bytes");
                        return (l, None);
                    }
                    priority_fields(&mut l, body);
                    body = &body[5..];
                }
                let mut stream = sid;
                if t == 5 {
                    if body.len() < 4 {
                        l.malformed("PUSH_PROMISE shorter than its promised stream id");
                        return (l, None);
                    }
                    stream = promised_stream(&mut l, body);
                    body = &body[4..];
                }
                let (block, padding_def) = match t {
                    1 => (f::http2::HEADERS, f::http2::HEADERS_PADDING),
                    _ => (
                        f::http2::PUSH_PROMISE_HEADER,
                        f::http2::PUSH_PROMISE_PADDING,
                    ),
                };
                l.push(block, Value::Bytes(body.to_vec().into()));
                let d = &mut self.dirs[i];
                if d.block.is_some() {
                    l.malformed("a new header block starts before the last one ended");
                }
                if flags & 0x4 != 0 {
                    d.block = None;
                    event = self.headers(i, stream, body, end_stream, t == 5, true, &mut l);
                } else if body.len() <= MAX_HEADER_BLOCK {
                    // The fields this fragment completes are shown on it, as
                    // tshark's inflater emits them; the rest waits.
                    let whole = whole_representations(body);
                    self.headers(i, stream, &body[..whole], end_stream, t == 5, false, &mut l);
                    self.dirs[i].block = Some((stream, body[whole..].to_vec(), end_stream, t == 5));
                } else {
                    d.hpack_broken = true;
                    l.malformed("header block larger than the reassembly cap");
                }
                padding_field(&mut l, padding_def, padding);
            }
            9 => {
                let Some((p, padding)) = self.unpad(flags, p, &mut l) else {
                    return (l, None);
                };
                padding_field(&mut l, f::http2::CONTINUATION_PADDING, padding);
                let d = &mut self.dirs[i];
                match d.block.take() {
                    Some((stream, mut acc, es, push)) if stream == sid || push => {
                        if acc.len() + p.len() > MAX_HEADER_BLOCK {
                            d.hpack_broken = true;
                            l.malformed("header block larger than the reassembly cap");
                        } else {
                            acc.extend_from_slice(p);
                            if flags & 0x4 != 0 {
                                event = self.headers(i, stream, &acc, es, push, true, &mut l);
                            } else {
                                let whole = whole_representations(&acc);
                                self.headers(i, stream, &acc[..whole], es, push, false, &mut l);
                                acc.drain(..whole);
                                self.dirs[i].block = Some((stream, acc, es, push));
                            }
                        }
                    }
                    _ => l.malformed("CONTINUATION without a header block to continue"),
                }
            }
            2 if p.len() == 5 => priority_fields(&mut l, p),
            3 if p.len() == 4 => {
                l.uint(f::http2::RST_STREAM_ERROR, be32(p, 0));
                event = self.end_stream(i, sid);
            }
            4 => {
                if !p.len().is_multiple_of(6) {
                    l.malformed(format!(
                        "SETTINGS of {} bytes, not a multiple of 6",
                        p.len()
                    ));
                }
                settings_fields(&mut l, p);
            }
            6 if p.len() == 8 => {
                let def = if flags & 0x1 != 0 {
                    f::http2::PONG
                } else {
                    f::http2::PING
                };
                l.push(def, Value::Bytes(p.to_vec().into()));
            }
            7 if p.len() >= 8 => {
                // The field is misspelt in Wireshark; its name is the filter.
                l.uint(f::http2::GOWAY_R, be32(p, 0) >> 31);
                l.uint(f::http2::GOAWAY_LAST_STREAM_ID, be32(p, 0) & 0x7fff_ffff);
                l.uint(f::http2::GOAWAY_ERROR, be32(p, 4));
                if p.len() > 8 {
                    l.push(
                        f::http2::GOAWAY_ADDATA,
                        Value::Bytes(p[8..].to_vec().into()),
                    );
                }
            }
            8 if p.len() == 4 => {
                l.uint(f::http2::WINDOW_UPDATE_R, be32(p, 0) >> 31);
                l.uint(
                    f::http2::WINDOW_UPDATE_WINDOW_SIZE_INCREMENT,
                    be32(p, 0) & 0x7fff_ffff,
                );
            }
            10 if p.len() >= 2 => {
                let n = usize::from(u16::from_be_bytes([p[0], p[1]]));
                if let Some(origin) = p.get(2..2 + n) {
                    l.str(
                        f::http2::ALTSVC_ORIGIN,
                        String::from_utf8_lossy(origin).into_owned(),
                    );
                    l.str(
                        f::http2::ALTSVC_FIELD_VALUE,
                        String::from_utf8_lossy(&p[2 + n..]).into_owned(),
                    );
                }
            }
            2 | 3 | 6 | 7 | 8 => l.malformed(format!(
                "{} frame with a payload of {} bytes",
                type_name(t.into()),
                p.len()
            )),
            _ => {
                if !p.is_empty() {
                    l.push(f::http2::UNKNOWN, Value::Bytes(p.to_vec().into()));
                }
            }
        }
        (l, event)
    }

    /// The frame's data and its padding (DATA, HEADERS, PUSH_PROMISE, and
    /// CONTINUATION, whose Padded flag tshark honours too).
    fn unpad<'p>(
        &self,
        flags: u8,
        p: &'p [u8],
        l: &mut Layer<'static>,
    ) -> Option<(&'p [u8], &'p [u8])> {
        if flags & 0x8 == 0 {
            l.uint(f::http2::PAD_LENGTH, 0u64);
            return Some((p, &[]));
        }
        let Some(&pad) = p.first() else {
            l.malformed("padded frame without its Pad Length");
            return None;
        };
        l.uint(f::http2::PADDING, pad);
        l.uint(f::http2::PAD_LENGTH, pad);
        let pad = usize::from(pad);
        if pad + 1 > p.len() {
            l.malformed(format!(
                "padding of {pad} bytes exceeds the {} byte payload",
                p.len()
            ));
            return None;
        }
        Some((&p[1..p.len() - pad], &p[p.len() - pad..]))
    }

    /// Header block bytes of direction `i` for `stream`: its headers.
    /// `block` is the whole block when `last` (END_HEADERS came), else the
    /// whole fields of a fragment (what tshark's inflater emits on it).
    #[allow(clippy::too_many_arguments)]
    fn headers(
        &mut self,
        i: usize,
        stream: u32,
        block: &[u8],
        end_stream: bool,
        push: bool,
        last: bool,
        l: &mut Layer<'static>,
    ) -> Option<AppMessage> {
        if block.is_empty() && !last {
            return None;
        }
        let d = &mut self.dirs[i];
        let mut list: Vec<(String, String)> = Vec::new();
        // Huffman strings decoded here, fast; the HPACK table stays loona's.
        let plain = crate::dissect::app::huffman::without_huffman(block);
        let decoded = d.hpack.decode_with_cb(&plain, |n, v| {
            if list.len() < MAX_HEADERS {
                list.push((
                    String::from_utf8_lossy(&n).into_owned(),
                    String::from_utf8_lossy(&v).into_owned(),
                ));
            }
        });
        if d.hpack_broken && decoded.is_err() {
            l.malformed(
                "header block not decoded: the HPACK table is out of step (bytes were lost)",
            );
            return None;
        }
        if let Err(e) = decoded {
            d.hpack_broken = true;
            l.malformed(format!("HPACK: {e:?}"));
        }
        // How each field was represented, read off the block as
        // packet-http2.c reads it beside the decoder: table size updates
        // are items of their own where they stand, and tshark counts those
        // opening the block as header lines.
        let reprs = representations(block);
        let updates = reprs
            .iter()
            .take_while(|r| matches!(r, Repr::SizeUpdate(_)))
            .take(16)
            .count();
        // A call that emitted nothing shows nothing (a fragment inside one
        // long field, an empty block).
        if !list.is_empty() || updates > 0 {
            let total: usize = list.iter().map(|(n, v)| n.len() + v.len() + 8).sum();
            l.uint(f::http2::HEADER_LENGTH, total as u64);
            l.uint(f::http2::HEADER_COUNT, (list.len() + updates) as u64);
        }
        let mut reprs = reprs.iter().peekable();
        for (n, v) in &list {
            while let Some(Repr::SizeUpdate(size)) = reprs.peek() {
                l.present(f::http2::HEADER_TABLE_SIZE_UPDATE);
                l.uint(f::http2::HEADER_TABLE_SIZE_UPDATE_HEADER_TABLE_SIZE, *size);
                reprs.next();
            }
            let repr = reprs.next();
            l.present(f::http2::HEADER);
            l.uint(f::http2::HEADER_NAME_LENGTH, n.len() as u64);
            l.str(f::http2::HEADER_NAME, n.clone());
            l.uint(f::http2::HEADER_VALUE_LENGTH, v.len() as u64);
            l.str(f::http2::HEADER_VALUE, v.clone());
            match named_header(n) {
                Some(def) if std::ptr::eq(def, f::http2::HEADERS_STATUS) => {
                    if let Some(c) = header_number(v).filter(|&c| c <= u64::from(u16::MAX)) {
                        l.uint(def, c);
                    }
                }
                Some(def) if def.ftype == crate::dissect::field::FieldType::Uint64 => {
                    if let Some(c) = header_number(v) {
                        l.uint(def, c);
                    }
                }
                Some(def) => l.str(def, v.clone()),
                None => {}
            }
            if let Some(u) = uri_unescape(v.as_bytes()) {
                l.str(f::http2::HEADER_UNESCAPED, u);
            }
            if let Some(&Repr::Field { kind, index }) = repr {
                l.str(f::http2::HEADER_REPR, REPR_NAMES[usize::from(kind)]);
                if let Some(i) = index {
                    l.uint(f::http2::HEADER_INDEX, i);
                }
            }
        }
        if !push {
            self.track(i, stream, &list);
        }
        // The request's URI, when this call emitted an :authority: built
        // from the values this call emitted (the last of each), as
        // packet-http2.c prints them, `(null)` for one it did not emit
        // (the rest of a split block comes in another frame).
        let latest = |k: &str| {
            list.iter()
                .rev()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.as_str())
        };
        if let Some(a) = latest(":authority") {
            let uri = if latest(":method") == Some("CONNECT") {
                a.to_string()
            } else {
                format!(
                    "{}://{a}{}",
                    latest(":scheme").unwrap_or("(null)"),
                    latest(":path").unwrap_or("(null)")
                )
            };
            l.str(f::http2::REQUEST_FULL_URI, uri);
        }
        let get = |k: &str| list.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let secure = self.secure;
        let collect = self.collect;
        let s = self.stream(stream);
        let method = get(":method");
        let status = get(":status");
        let start_line;
        if let Some(m) = method {
            s.method = Some(m.clone());
            s.path = get(":path");
            s.authority = get(":authority");
            s.scheme =
                get(":scheme").or_else(|| Some(if secure { "https" } else { "http" }.into()));
            start_line = format!(
                "{m} {} HTTP/2 (stream {stream}{})",
                s.path.as_deref().unwrap_or(""),
                if push { ", pushed" } else { "" }
            );
        } else if let Some(st) = status {
            // Trailers and interim (1xx) answers keep the final status.
            if let Ok(c) = st.parse::<u16>()
                && (s.status.is_none() || c >= 200)
            {
                s.status = Some(c);
            }
            start_line = format!("HTTP/2 {st} (stream {stream})");
        } else {
            start_line = String::new();
        }
        if collect {
            let m = s.msg[i].get_or_insert_with(Collected::default);
            if m.start_line.is_empty() {
                m.start_line = start_line;
            }
            m.headers.extend(list);
        }
        if last && end_stream && !push {
            // Trailers: the body before them is whole now.
            self.body_media(i, stream, &Decoding::Plain, l);
            return self.end_stream(i, stream);
        }
        None
    }

    /// What direction `i`'s headers for `stream` say of its body (tshark
    /// keeps the first content type and encoding of a direction), and the
    /// run's stream-id table entry a content type with a dissector makes.
    fn track(&mut self, i: usize, stream: u32, list: &[(String, String)]) {
        let media = self.media.clone();
        let s = self.stream(stream);
        for (n, v) in list {
            let b = &mut s.info[i];
            match n.as_str() {
                "content-encoding" if b.encoding.is_none() => b.encoding = Some(v.clone()),
                ":status" | ":method" => {
                    b.initiated = true;
                    b.partial_content |= n == ":status" && v == "206";
                    s.connect |= n == ":method" && v == "CONNECT";
                }
                "transfer-encoding" => b.transfer_encoded = true,
                "content-type" if b.media_type.is_none() => {
                    let mt = media_type_of(v);
                    if let Some(e) = media_types::lookup(&mt) {
                        media.register(stream, e);
                    }
                    b.media_type = Some(mt);
                }
                _ => {}
            }
        }
    }

    /// Direction `i` of `stream` ended: whether tshark decodes its body
    /// (reassembled whole, after a `:status` or `:method`, neither
    /// transfer-coded nor a tunnel's, of a content coding it undoes), and
    /// how. A body osidump did not keep whole cannot be decoded: `l` says
    /// so, and it is shown as it came.
    fn decoding(&self, i: usize, stream: u32, l: &mut Layer<'static>) -> Decoding {
        use crate::dissect::app::http::body;
        let Some(s) = self.streams.get(&stream) else {
            return Decoding::Plain;
        };
        let b = &s.info[i];
        if !s.reassembles(i) {
            return Decoding::Plain;
        }
        let Some(brotli) = compressed(b) else {
            return Decoding::Plain;
        };
        if s.cut[i] {
            l.anomalies.push(crate::dissect::Anomaly {
                kind: crate::dissect::AnomalyKind::Evicted,
                reason: format!(
                    "content-coded body: only its first {} bytes were kept, so it is not decoded",
                    s.body[i].len()
                ),
            });
            return Decoding::Plain;
        }
        let decoded = if brotli {
            body::brotli(&s.body[i], body::DECODED_CAP)
        } else {
            body::inflate(&s.body[i], body::DECODED_CAP)
        };
        match decoded {
            Some(d) => {
                if d.cut {
                    l.anomalies.push(crate::dissect::Anomaly {
                        kind: crate::dissect::AnomalyKind::Evicted,
                        reason: format!(
                            "decoded body past {} bytes: the rest is not shown",
                            body::DECODED_CAP
                        ),
                    });
                }
                Decoding::Decoded(d.bytes)
            }
            None => Decoding::Failed(s.body[i].clone()),
        }
    }

    /// Direction `i` of `stream` ended (END_STREAM on a DATA frame or on
    /// trailers): its body, reassembled from every DATA frame since its
    /// headers, goes to the dissector of its media type (else to the one
    /// the stream id has in the run's table), as packet-http2.c's
    /// dissect_body_data hands it. `l` gets that dissector's protocol and
    /// the media type it writes in the Info column.
    fn body_media(&mut self, i: usize, stream: u32, decoding: &Decoding, l: &mut Layer<'static>) {
        let Some(s) = self.streams.get(&stream) else {
            return;
        };
        let b = &s.info[i];
        if !s.reassembles(i) || s.cut[i] {
            return;
        }
        // A content-coded body goes on decoded (or as it came, when it
        // could not be decoded); one osidump could not decode for want of
        // its bytes is left out.
        let body: &[u8] = match decoding {
            Decoding::Decoded(bytes) | Decoding::Failed(bytes) => bytes,
            Decoding::Plain if compressed(b).is_some() => return,
            Decoding::Plain => &s.body[i],
        };
        let (entry, named) = match b.media_type.as_deref() {
            Some(mt) => (media_types::lookup(mt), Some(mt)),
            None => (self.media.get(stream), None),
        };
        if entry == Some(Entry::Dns) {
            // packet-dns.c clears the Info column and writes its own, and
            // sets the Protocol column (`DoH`); HTTP/2 writes no media type.
            let mut dns = crate::dissect::app::dns::doh_message(body);
            if let Some(id) = dns.get_uint(f::dns::ID) {
                let response = matches!(dns.get(f::dns::FLAGS_RESPONSE), Some(Value::Bool(true)));
                let seen =
                    self.doh
                        .observe_message(stream, id as u16, response, self.frame, self.now_ns);
                if dns.thrown.is_none() {
                    crate::dissect::app::dns::add_observed_fields(&mut dns, seen);
                }
            }
            dns.span = l.span.clone();
            self.body_layer = Some(dns);
            return;
        }
        let (p, shown_type) = match entry {
            // The data dissector (application/octet-stream), which writes
            // no Info.
            Some(Entry::Data) => {
                l.push(f::data::DATA, Value::Bytes(body.to_vec().into()));
                l.uint(f::data::LEN, body.len() as u64);
                ("data", None)
            }
            // JSON's dissector: `json` (and `data-text-lines` for what its
            // parser leaves), its name and the media type in the Info.
            Some(Entry::Json) => (crate::dissect::app::http::body::json(body, false), named),
            // XML's writes nothing in the Info.
            Some(Entry::Xml) => ("xml", None),
            e => match e.and_then(media_protocol) {
                Some(p) => (p, named),
                None => return,
            },
        };
        l.str(f::http2::OSIDUMP_BODY_PROTOCOL, p);
        if entry == Some(Entry::Json) {
            crate::dissect::app::json::dissect(l, body);
        }
        if entry == Some(Entry::Xml) {
            crate::dissect::app::xml::body(l, body);
        }
        if let Some(mt) = shown_type {
            l.str(f::http2::OSIDUMP_MEDIA_TYPE, mt.to_string());
        }
    }

    /// Direction `i` of `stream` ended: its whole message, if collected.
    fn end_stream(&mut self, i: usize, stream: u32) -> Option<AppMessage> {
        let s = self.streams.get_mut(&stream)?;
        let body = std::mem::take(&mut s.body[i]);
        self.held -= body.len();
        let incomplete = std::mem::take(&mut s.cut[i]);
        s.data_frames[i] = 0;
        let m = s.msg[i].take()?;
        Some(AppMessage::Http {
            start_line: m.start_line,
            headers: m.headers,
            body,
            chunked: false,
            incomplete,
        })
    }
}

impl StreamDecoder for Http2Decoder {
    fn protocol(&self) -> &'static str {
        "http2"
    }

    fn heap_bytes(&self) -> usize {
        let dirs: usize = self
            .dirs
            .iter()
            .map(|d| {
                // The HPACK table holds at most its maximum size.
                d.buf.capacity()
                    + d.block.as_ref().map_or(0, |b| b.1.capacity())
                    + MAX_HPACK_TABLE.min(8192)
            })
            .sum();
        dirs + self.streams.len() * (std::mem::size_of::<Stream>() + 96)
            + self.held
            + self.doh.heap_bytes()
    }

    fn collect_messages(&mut self) {
        self.collect = true;
    }

    fn set_secure(&mut self) {
        self.secure = true;
    }

    fn set_frame(&mut self, frame: u64) {
        self.new_unit = true;
        self.frame = frame;
    }

    fn set_time_ns(&mut self, ts_nanos: i128) {
        self.now_ns = ts_nanos;
    }

    fn set_stream_media(&mut self, media: &StreamMedia) {
        self.media = media.clone();
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        let d = &self.dirs[dir.index()];
        !d.buf.is_empty() || d.skip > 0
    }

    /// tshark's HTTP/2 clears the Info column, then asks TCP for the rest
    /// of a frame the segment begins: a segment that holds no whole frame
    /// and began at a frame's start shows TCP's note alone. One in the
    /// middle of a frame is not handed to HTTP/2 at all.
    fn pending_info(&self, dir: Dir, _out: &mut String) -> bool {
        !self.dirs[dir.index()].held_at_unit_start && self.holds_partial(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        // Inside TLS each feed is a record; over TCP, a segment begins
        // after `set_frame`.
        // The preface's segment, when fed whole (a piece shorter than the
        // stream layer's): its last frame may not wait for more.
        let undesegmented = self.undesegmented.take() == Some(i)
            && self.new_unit
            && data.len() < crate::dissect::stream::FEED_PIECE;
        if self.new_unit || self.secure {
            self.new_unit = false;
            let d = &mut self.dirs[i];
            d.unit_start = offset;
            // A frame whose header is held whole has a known length: TCP
            // (TLS) waits for exactly the rest. Fewer bytes held (TCP was
            // asked for one more segment) are handed over again with the
            // new ones.
            d.held_at_unit_start = d.buf.len() >= HEADER || d.skip > 0;
        }
        let d = &mut self.dirs[i];
        if d.buf.is_empty() {
            d.buf_off = offset;
        }
        let mut data = data;
        let mut offset = offset;
        if d.skip > 0 {
            let n = (d.skip.min(data.len() as u64)) as usize;
            d.skip -= n as u64;
            data = &data[n..];
            offset += n as u64;
            d.buf_off = offset;
            if d.skip == 0
                && let Some((layer, at)) = d.skipped.take()
            {
                out.push(Message {
                    layer,
                    stream_offset: at,
                    stream_end: offset,
                    event: None,
                });
            }
        }
        if d.lost {
            // Resume only at what looks like a frame header.
            if data.len() < HEADER || data[3] > 16 || data[5] & 0x80 != 0 {
                return;
            }
            d.lost = false;
            d.buf.clear();
            d.buf_off = offset;
        }
        d.buf.extend_from_slice(data);
        let buf = std::mem::take(&mut self.dirs[i].buf);
        let base = self.dirs[i].buf_off;
        let mut pos = 0;
        while pos < buf.len() {
            let rest = &buf[pos..];
            let at = base + pos as u64;
            if self.dirs[i].preface {
                let n = rest.len().min(PREFACE.len());
                if rest[..n] != PREFACE[..n] {
                    // No preface: frames anyway (a capture that starts late).
                    self.dirs[i].preface = false;
                    continue;
                }
                if n < PREFACE.len() {
                    // tshark knows the preface only whole: nine bytes or
                    // more of it are read as a frame header (`PRI` a
                    // length of 5 MB), which is then waited for.
                    if rest.len() >= HEADER {
                        self.dirs[i].preface = false;
                        continue;
                    }
                    break;
                }
                let mut l = Layer::new(Osi::Application, "http2", 0..PREFACE.len());
                l.present(f::http2::STREAM);
                l.str(
                    f::http2::MAGIC,
                    String::from_utf8_lossy(PREFACE).into_owned(),
                );
                out.push(Message {
                    layer: l,
                    stream_offset: at,
                    stream_end: at + PREFACE.len() as u64,
                    event: None,
                });
                self.dirs[i].preface = false;
                pos += PREFACE.len();
                continue;
            }
            if rest.len() < HEADER {
                if undesegmented {
                    // tshark reads the length past the segment (fewer than
                    // 3 bytes: a malformed packet) or the header (a bound
                    // error), noted after the frame before it; the bytes
                    // are lost.
                    if let Some(m) = out
                        .last_mut()
                        .filter(|m| m.layer.protocol == "http2" && m.stream_end <= at)
                    {
                        if rest.len() < 3 {
                            m.layer
                                .throw(crate::dissect::layer::AnomalyKind::Malformed, "http2");
                        } else {
                            m.layer.push(f::http2::OSIDUMP_UNREASSEMBLED, Value::None);
                            crate::dissect::expert::unreassembled(&mut m.layer, "http2");
                        }
                    }
                    pos = buf.len();
                }
                break;
            }
            let len =
                (usize::from(rest[0]) << 16) | (usize::from(rest[1]) << 8) | usize::from(rest[2]);
            if len > MAX_FRAME {
                let mut l = header_layer(rest, len, HEADER);
                l.anomalies.push(crate::dissect::layer::Anomaly {
                    kind: crate::dissect::layer::AnomalyKind::Evicted,
                    reason: format!(
                        "frame of {len} bytes is larger than the {MAX_FRAME}-byte cap: skipped"
                    ),
                });
                let have = rest.len() - HEADER;
                if have >= len {
                    out.push(Message {
                        layer: l,
                        stream_offset: at,
                        stream_end: at + (HEADER + len) as u64,
                        event: None,
                    });
                    pos += HEADER + len;
                    continue;
                }
                // Shown when its last byte comes, as tshark shows the
                // frame TCP reassembled (its bytes are not kept).
                let d = &mut self.dirs[i];
                d.skipped = Some((l, at));
                d.skip = (len - have) as u64;
                d.hpack_broken |= matches!(rest[3], 1 | 5 | 9);
                pos = buf.len();
                break;
            }
            if rest.len() < HEADER + len {
                if undesegmented {
                    out.push(Message {
                        layer: unreassembled(rest, len),
                        stream_offset: at,
                        stream_end: base + buf.len() as u64,
                        event: None,
                    });
                    pos = buf.len();
                }
                break;
            }
            let (mut layer, event) = self.frame(i, &rest[..HEADER + len]);
            // A frame whose header was held whole is what TCP reassembled
            // (one call), the rest of the segment another. One whose header
            // was not had TCP add the whole segment to it: one call.
            let d = &self.dirs[i];
            if at < d.unit_start && d.held_at_unit_start {
                layer.boolean(f::http2::OSIDUMP_REASSEMBLED, true);
            }
            out.push(Message {
                layer,
                stream_offset: at,
                stream_end: at + (HEADER + len) as u64,
                event,
            });
            if let Some(body) = self.body_layer.take() {
                out.push(Message {
                    layer: body,
                    stream_offset: at,
                    stream_end: at + (HEADER + len) as u64,
                    event: None,
                });
            }
            pos += HEADER + len;
        }
        let d = &mut self.dirs[i];
        if pos < buf.len() {
            d.buf = buf;
            d.buf.drain(..pos);
            d.buf_off = base + pos as u64;
        } else {
            d.buf_off = base + buf.len() as u64 + d.skip;
            d.buf = buf;
            d.buf.clear();
            if d.buf.capacity() > 64 * 1024 {
                d.buf.shrink_to(16 * 1024);
            }
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let d = &mut self.dirs[dir.index()];
        d.buf.clear();
        d.block = None;
        d.skip = 0;
        d.skipped = None;
        d.preface = false;
        d.lost = true;
        d.hpack_broken = true;
    }
}

/// A frame of `len` payload bytes of which the segment holds `rest` (its
/// header whole): what tshark reads of it before its read past the
/// segment throws. Its header, and a SETTINGS frame's whole entries.
fn unreassembled(rest: &[u8], len: usize) -> Layer<'static> {
    let mut l = header_layer(rest, len, rest.len());
    let (t, flags) = (rest[3], rest[4]);
    let mut p = &rest[HEADER..];
    match t {
        // Pad Length first (a generated 0 when not padded), then a
        // HEADERS frame's priority and a PUSH_PROMISE's promised stream:
        // each as far as its bytes are in the segment.
        0 | 1 | 5 => {
            if flags & 0x8 == 0 {
                l.uint(f::http2::PAD_LENGTH, 0u64);
            } else if let Some(&pad) = p.first() {
                l.uint(f::http2::PADDING, pad);
                l.uint(f::http2::PAD_LENGTH, pad);
                p = &p[1..];
            } else {
                p = &[];
            }
            if t == 1 && flags & 0x20 != 0 && p.len() >= 5 {
                priority_fields(&mut l, p);
            } else if t == 5 && p.len() >= 4 {
                promised_stream(&mut l, p);
            }
        }
        4 => settings_fields(&mut l, p),
        _ => {}
    }
    l.push(f::http2::OSIDUMP_UNREASSEMBLED, Value::None);
    crate::dissect::expert::unreassembled(&mut l, "http2");
    l
}

/// A frame's layer with its 9-byte header's fields (`hdr` starts with
/// it), for a frame of `len` payload bytes spanning `end` bytes: whole,
/// cut by the segment, or skipped past the reassembly cap.
fn header_layer(hdr: &[u8], len: usize, end: usize) -> Layer<'static> {
    let (t, flags) = (hdr[3], hdr[4]);
    let mut l = Layer::new(Osi::Application, "http2", 0..end);
    l.present(f::http2::STREAM);
    l.uint(f::http2::LENGTH, len as u64);
    l.uint(f::http2::TYPE, t);
    l.uint(f::http2::FLAGS, flags);
    flag_fields(&mut l, t, flags);
    l.uint(f::http2::R, be32(hdr, 5) >> 31);
    l.uint(f::http2::STREAMID, be32(hdr, 5) & 0x7fff_ffff);
    l
}

/// A PUSH_PROMISE's reserved bit and promised stream (`p` starts with
/// them): the stream.
fn promised_stream(l: &mut Layer<'static>, p: &[u8]) -> u32 {
    let stream = be32(p, 0) & 0x7fff_ffff;
    l.uint(f::http2::PUSH_PROMISE_R, be32(p, 0) >> 31);
    l.uint(f::http2::PUSH_PROMISE_PROMISED_STREAM_ID, stream);
    stream
}

/// The flag bits the frame's type defines, each a field of its own, after
/// the bits it leaves unused (tshark's order).
fn flag_fields(l: &mut Layer<'static>, t: u8, flags: u8) {
    let (unused, mask) = match t {
        0 => (f::http2::FLAGS_UNUSED_DATA, 0xf6),
        1 => (f::http2::FLAGS_UNUSED_HEADERS, 0xd2),
        4 => (f::http2::FLAGS_UNUSED_SETTINGS, 0xfe),
        5 => (f::http2::FLAGS_UNUSED_PUSH_PROMISE, 0xf3),
        6 => (f::http2::FLAGS_UNUSED_PING, 0xfe),
        9 => (f::http2::FLAGS_UNUSED_CONTINUATION, 0xfb),
        _ => (f::http2::FLAGS_UNUSED, 0xff),
    };
    l.uint(unused, (flags & mask) >> mask.trailing_zeros());
    match t {
        0 => {
            l.boolean(f::http2::FLAGS_PADDED, flags & 0x8 != 0);
            l.boolean(f::http2::FLAGS_END_STREAM, flags & 0x1 != 0);
        }
        1 => {
            l.boolean(f::http2::FLAGS_PRIORITY, flags & 0x20 != 0);
            l.boolean(f::http2::FLAGS_PADDED, flags & 0x8 != 0);
            l.boolean(f::http2::FLAGS_EH, flags & 0x4 != 0);
            l.boolean(f::http2::FLAGS_END_STREAM, flags & 0x1 != 0);
        }
        4 => l.boolean(f::http2::FLAGS_ACK_SETTINGS, flags & 0x1 != 0),
        5 | 9 => {
            l.boolean(f::http2::FLAGS_PADDED, flags & 0x8 != 0);
            l.boolean(f::http2::FLAGS_EH, flags & 0x4 != 0);
        }
        6 => l.boolean(f::http2::FLAGS_ACK_PING, flags & 0x1 != 0),
        _ => {}
    }
}

/// A padded frame's padding octets (none: no field, as tshark adds none
/// of length 0).
fn padding_field(
    l: &mut Layer<'static>,
    def: &'static crate::dissect::field::FieldDef,
    padding: &[u8],
) {
    if !padding.is_empty() {
        l.push(def, Value::Bytes(padding.to_vec().into()));
    }
}

/// A priority (HEADERS with its flag, PRIORITY): five bytes, and the
/// weight tshark adds one to.
fn priority_fields(l: &mut Layer<'static>, p: &[u8]) {
    l.boolean(f::http2::EXCLUSIVE, p[0] & 0x80 != 0);
    l.uint(f::http2::STREAM_DEPENDENCY, be32(p, 0) & 0x7fff_ffff);
    l.uint(f::http2::HEADERS_WEIGHT, p[4]);
    l.uint(f::http2::HEADERS_WEIGHT_REAL, u16::from(p[4]) + 1);
}

/// Dynamic table size updates at the start of a header block (RFC 7541
/// 6.3: `001` and a 5-bit prefixed integer).
/// packet-http2.c's named header fields (`try_add_named_header_field`):
/// a header whose name is in its table also shows as a field of its own,
/// a number where the field is one (and the value reads as one).
fn named_header(name: &str) -> Option<&'static crate::dissect::field::FieldDef> {
    use f::http2 as h;
    Some(match name {
        ":authority" => h::HEADERS_AUTHORITY,
        ":status" => h::HEADERS_STATUS,
        ":path" => h::HEADERS_PATH,
        ":method" => h::HEADERS_METHOD,
        ":scheme" => h::HEADERS_SCHEME,
        "accept" => h::HEADERS_ACCEPT,
        "accept-charset" => h::HEADERS_ACCEPT_CHARSET,
        "accept-encoding" => h::HEADERS_ACCEPT_ENCODING,
        "accept-language" => h::HEADERS_ACCEPT_LANGUAGE,
        "accept-ranges" => h::HEADERS_ACCEPT_RANGES,
        "access-control-allow-origin" => h::HEADERS_ACCESS_CONTROL_ALLOW_ORIGIN,
        "age" => h::HEADERS_AGE,
        "allow" => h::HEADERS_ALLOW,
        "authorization" => h::HEADERS_AUTHORIZATION,
        "cache-control" => h::HEADERS_CACHE_CONTROL,
        "content-disposition" => h::HEADERS_CONTENT_DISPOSITION,
        "content-encoding" => h::HEADERS_CONTENT_ENCODING,
        "content-language" => h::HEADERS_CONTENT_LANGUAGE,
        "content-length" => h::HEADERS_CONTENT_LENGTH,
        "content-location" => h::HEADERS_CONTENT_LOCATION,
        "content-range" => h::HEADERS_CONTENT_RANGE,
        "content-type" => h::HEADERS_CONTENT_TYPE,
        "cookie" => h::HEADERS_COOKIE,
        "date" => h::HEADERS_DATE,
        "etag" => h::HEADERS_ETAG,
        "expect" => h::HEADERS_EXPECT,
        "expires" => h::HEADERS_EXPIRES,
        "from" => h::HEADERS_FROM,
        "if-match" => h::HEADERS_IF_MATCH,
        "if-modified-since" => h::HEADERS_IF_MODIFIED_SINCE,
        "if-none-match" => h::HEADERS_IF_NONE_MATCH,
        "if-range" => h::HEADERS_IF_RANGE,
        "if-unmodified-since" => h::HEADERS_IF_UNMODIFIED_SINCE,
        "last-modified" => h::HEADERS_LAST_MODIFIED,
        "link" => h::HEADERS_LINK,
        "location" => h::HEADERS_LOCATION,
        "max-forwards" => h::HEADERS_MAX_FORWARDS,
        "proxy-authenticate" => h::HEADERS_PROXY_AUTHENTICATE,
        "proxy-authorization" => h::HEADERS_PROXY_AUTHORIZATION,
        "range" => h::HEADERS_RANGE,
        "referer" => h::HEADERS_REFERER,
        "refresh" => h::HEADERS_REFRESH,
        "retry-after" => h::HEADERS_RETRY_AFTER,
        "server" => h::HEADERS_SERVER,
        "set-cookie" => h::HEADERS_SET_COOKIE,
        "strict-transport-security" => h::HEADERS_STRICT_TRANSPORT_SECURITY,
        "user-agent" => h::HEADERS_USER_AGENT,
        "vary" => h::HEADERS_VARY,
        "via" => h::HEADERS_VIA,
        "www-authenticate" => h::HEADERS_WWW_AUTHENTICATE,
        _ => return None,
    })
}

/// A header value as `ws_strtou64` reads it: no sign first, leading
/// whitespace skipped, digits to the end.
fn header_number(v: &str) -> Option<u64> {
    if v.starts_with(['+', '-']) {
        return None;
    }
    v.trim_start_matches(|c: char| c.is_ascii_whitespace())
        .parse()
        .ok()
}

/// A field's representation in an HPACK block (RFC 7541 section 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repr {
    /// A dynamic table size update, with the size.
    SizeUpdate(u64),
    /// A header field: its kind (an index into [`REPR_NAMES`]) and the
    /// table index it names, if any.
    Field { kind: u8, index: Option<u64> },
}

/// packet-http2.c's names of the representations (`http2.header.repr`).
const REPR_NAMES: [&str; 8] = [
    "",
    "Indexed Header Field",
    "Literal Header Field with Incremental Indexing - Indexed Name",
    "Literal Header Field with Incremental Indexing - New Name",
    "Literal Header Field without Indexing - Indexed Name",
    "Literal Header Field without Indexing - New Name",
    "Literal Header Field never Indexed - Indexed Name",
    "Literal Header Field never Indexed - New Name",
];

/// An HPACK integer with an `n`-bit prefix at `p` (RFC 7541 5.1): its
/// value and where the bytes after it start.
fn hpack_int(b: &[u8], p: usize, n: u32) -> Option<(u64, usize)> {
    let max = (1u64 << n) - 1;
    let mut v = u64::from(*b.get(p)?) & max;
    let mut p = p + 1;
    if v < max {
        return Some((v, p));
    }
    let mut shift = 0;
    loop {
        let c = *b.get(p)?;
        p += 1;
        v = v.checked_add(u64::from(c & 0x7f).checked_shl(shift)?)?;
        shift += 7;
        if c & 0x80 == 0 || shift > 56 {
            return Some((v, p));
        }
    }
}

/// Past an HPACK string literal at `p` (Huffman-coded or not).
fn skip_string(b: &[u8], p: usize) -> Option<usize> {
    let (len, p) = hpack_int(b, p, 7)?;
    let end = p.checked_add(usize::try_from(len).ok()?)?;
    (end <= b.len()).then_some(end)
}

/// The representation of each field of a header block, in order, as
/// packet-http2.c's `process_http2_header_repr_info` classifies them by
/// their first byte; a block that does not parse ends the list there.
fn representations(block: &[u8]) -> Vec<Repr> {
    let mut out = Vec::new();
    let mut p = 0;
    while p < block.len() && out.len() < MAX_HEADERS + 16 {
        let Some((repr, at)) = representation(block, p) else {
            break;
        };
        out.push(repr);
        p = at;
    }
    out
}

/// How many bytes at the start of `block` are whole representations: a
/// fragment's fields that its HPACK decoder can emit before the next
/// fragment comes (the rest waits for it).
fn whole_representations(block: &[u8]) -> usize {
    let mut p = 0;
    while let Some((_, at)) = representation(block, p) {
        p = at;
    }
    p
}

/// The representation at `p` in `block` and where the next one starts;
/// None when none starts there or it does not end inside `block`.
fn representation(block: &[u8], p: usize) -> Option<(Repr, usize)> {
    let c = *block.get(p)?;
    if c & 0xe0 == 0x20 {
        hpack_int(block, p, 5).map(|(size, at)| (Repr::SizeUpdate(size), at))
    } else if c & 0x80 != 0 {
        hpack_int(block, p, 7).map(|(i, at)| {
            (
                Repr::Field {
                    kind: 1,
                    index: Some(i),
                },
                at,
            )
        })
    } else if matches!(c, 0x40 | 0x00 | 0x10) {
        let kind = match c {
            0x40 => 3,
            0x10 => 7,
            _ => 5,
        };
        skip_string(block, p + 1)
            .and_then(|at| skip_string(block, at))
            .map(|at| (Repr::Field { kind, index: None }, at))
    } else {
        let (kind, bits) = if c & 0x40 != 0 {
            (2, 6)
        } else if c & 0xf0 == 0x10 {
            (6, 4)
        } else {
            (4, 4)
        };
        hpack_int(block, p, bits).and_then(|(i, at)| {
            skip_string(block, at).map(|at| {
                (
                    Repr::Field {
                        kind,
                        index: Some(i),
                    },
                    at,
                )
            })
        })
    }
}

/// GLib's `g_uri_unescape_string(value, NULL)`, which tshark shows as
/// `http2.header.unescaped`: every `%XX` decoded; None when a `%` is not
/// followed by two hex digits or a NUL would result.
fn uri_unescape(v: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(v.len());
    let mut i = 0;
    while i < v.len() {
        if v[i] == b'%' {
            let hex = |c: u8| (c as char).to_digit(16);
            let hi = hex(*v.get(i + 1)?)?;
            let lo = hex(*v.get(i + 2)?)?;
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(v[i]);
            i += 1;
        }
    }
    if out.contains(&0) {
        return None;
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// SETTINGS entries (also those of an HTTP/1.1 `HTTP2-Settings` header).
pub fn settings_fields(l: &mut Layer<'static>, p: &[u8]) {
    for e in p.chunks_exact(6) {
        let id = u16::from_be_bytes([e[0], e[1]]);
        let v = be32(e, 2);
        l.present(f::http2::SETTINGS);
        l.uint(f::http2::SETTINGS_ID, id);
        let def = match id {
            1 => f::http2::SETTINGS_HEADER_TABLE_SIZE,
            2 => f::http2::SETTINGS_ENABLE_PUSH,
            3 => f::http2::SETTINGS_MAX_CONCURRENT_STREAMS,
            4 => f::http2::SETTINGS_INITIAL_WINDOW_SIZE,
            5 => f::http2::SETTINGS_MAX_FRAME_SIZE,
            6 => f::http2::SETTINGS_MAX_HEADER_LIST_SIZE,
            8 => f::http2::SETTINGS_EXTENDED_CONNECT,
            _ => f::http2::SETTINGS_UNKNOWN,
        };
        l.uint(def, v);
    }
}

/// The one-line summary, as tshark's Info column: `HEADERS[1]: GET /`,
/// `HEADERS[1]: 200 OK`, `DATA[1]`, `SETTINGS[0]`, `Magic`.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    if l.has(f::http2::MAGIC) {
        out.push_str("Magic");
        if l.has(f::http2::OSIDUMP_UNREASSEMBLED) {
            out.push_str("[BoundErrorUnreassembled Packet]");
        }
        return;
    }
    let t = l.get_uint(f::http2::TYPE).unwrap_or(255);
    let sid = l.get_uint(f::http2::STREAMID).unwrap_or(0);
    out.push_str(&format!("{}[{sid}]", type_name(t)));
    // packet-http2.c appends a request's line once it has both.
    if let Some(m) = l.get_str(f::http2::HEADERS_METHOD) {
        if let Some(p) = l.get_str(f::http2::HEADERS_PATH) {
            out.push_str(&format!(": {m} {p}"));
        }
    } else if let Some(s) = l.get_uint(f::http2::HEADERS_STATUS) {
        out.push_str(&format!(": {s}"));
        if let Some(p) = crate::dissect::app::http::code_desc(s as u16) {
            out.push_str(&format!(" {p}"));
        }
    }
    if l.has(f::http2::OSIDUMP_UNREASSEMBLED) {
        out.push_str("[BoundErrorUnreassembled Packet]");
        return;
    }
    // The body's dissector writes the media type it was found by (JSON's
    // its own name first).
    if let Some(mt) = l.get_str(f::http2::OSIDUMP_MEDIA_TYPE) {
        if is_json_body(l) {
            out.push_str(&format!(", JavaScript Object Notation ({mt})"));
        } else {
            out.push_str(&format!(" ({mt})"));
        }
    }
}

/// The body the frame ended went to the JSON dissector.
fn is_json_body(l: &Layer<'_>) -> bool {
    l.get_str(f::http2::OSIDUMP_BODY_PROTOCOL)
        .is_some_and(|p| p.starts_with("json"))
}

/// tshark's Protocol column: `HTTP2`, with `/JSON` or `/XML` when the
/// body a frame ended went to that dissector (which appends its name).
fn column(l: &Layer<'_>) -> &'static str {
    match l.get_str(f::http2::OSIDUMP_BODY_PROTOCOL) {
        Some(p) if p.starts_with("json") => "HTTP2/JSON",
        Some("xml") => "HTTP2/XML",
        _ => "HTTP2",
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "http2",
    also: &[],
    title: "HyperText Transfer Protocol 2",
    osi: Osi::Application,
    fields: f::http2::ALL,
    summary,
    info: None,
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["http2"],
        tcp_ports: &[],
        udp_ports: &[],
        probe_tcp: Some(probe),
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(Http2Decoder::new())
}

#[cfg(test)]
mod tests;
