//! IMAP (TCP port 143) as tshark 4.0's `imap` dissector (packet-imap.c)
//! shows it.
//!
//! Each call of tshark's dissector reads the lines of the bytes TCP gives
//! it (a segment, or a line it asked for more bytes to finish joined to
//! the next segment): one `Internet Message Access Protocol` layer per
//! call. A line without its end waits for the next segment.
//! - A line starting with `*` is shown as `imap.line` only; one whose
//!   first tokens name `FETCH` waits until the `(` after it, and a `{n}`
//!   literal with a `)` after it, have come, and the literal is handed to
//!   IMF.
//! - Any other line: `imap.line`, `imap.request`/`imap.response` (the line
//!   without its end), the tag (`imap.request_tag`/`imap.response_tag`,
//!   `imap.tag`), the command (`imap.request.command`, `UID` marked by
//!   `imap.request.command.uid`) or the status (`imap.response.status`) and
//!   the word after it (`imap.response.command`), a folder for the commands
//!   that take one, `LOGIN`'s user name and password; a response gets
//!   `imap.response_to` and `imap.time` of the last request with its tag.
//! - Info: `Request: `/`Response: ` and the first line not starting with
//!   `*` (else the first line).
//! - `STARTTLS` answered by `OK` hands the conversation to TLS from the
//!   next frame; the first two calls of a conversation are TLS from their
//!   frame on when one of their first five bytes is not printable
//!   (packet-imap.c's `ssl_heuristic`, on by default).
//!
//! Which side is the client is tshark's: the bytes go to the IMAP port.
//!
//! The promise: no input makes this module panic; a side holds at most
//! [`MAX_HELD`] bytes waiting for a line's end (past that they are
//! dropped, with an anomaly), at most [`MAX_TAGS`] tags are remembered.

pub mod fields;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::app::smtp::{imf, line_end};
use crate::dissect::expert::{self, format_text};
use crate::dissect::fields as f;
use crate::dissect::layer::{Anomaly, AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};

/// IMAP's port (TCP), as Wireshark's table has it.
pub const PORTS: &[u16] = &[143];

/// Most bytes a side holds waiting for the end of a line (or of a FETCH).
pub const MAX_HELD: usize = 1 << 20;

/// Most tags remembered for matching responses to requests.
const MAX_TAGS: usize = 4096;

/// The bytes of one side waiting for more.
#[derive(Debug, Default)]
struct Side {
    held: Vec<u8>,
    /// Stream offset of `held[0]`.
    base: u64,
}

/// IMAP over TCP, both sides of one conversation.
#[derive(Default)]
pub struct ImapDecoder {
    ssl_requested: bool,
    /// Calls left for the TLS heuristic.
    heur_tries_left: u8,
    /// Per lower-cased tag: the last request's frame and time.
    requests: HashMap<Vec<u8>, (u64, i128)>,
    sides: [Side; 2],
    frame: u64,
    ports: Option<(u16, u16)>,
    /// The conversation is TLS from this byte of the segment just fed on
    /// (past its end: from the next segment).
    tls_from: Option<usize>,
    time_ns: i128,
    /// Per side: the last call put up its item, then asked for the rest of
    /// a FETCH from its first line ([`StreamDecoder::partial_item`]).
    item_up: [bool; 2],
    /// The call just made did so.
    asked_from_start: bool,
}

/// `tvb_get_token_len` on `b[at..at + len]`: the token's length (up to a
/// blank, CR or LF) and where the next starts (past the blanks after it).
fn token(b: &[u8], at: usize, len: usize) -> (usize, usize) {
    let end = (at + len).min(b.len());
    let Some(rest) = b.get(at..end) else {
        return (0, at);
    };
    match rest.iter().position(|&c| matches!(c, b' ' | b'\r' | b'\n')) {
        None => (rest.len(), end),
        Some(i) => {
            let mut n = at + i;
            while n < end && b[n] == b' ' {
                n += 1;
            }
            (i, n)
        }
    }
}

/// `strncmp(a, word, n) == 0` where `a` is `n` bytes long: `a` is a
/// prefix of `word`.
fn prefix_of(a: &[u8], word: &[u8]) -> bool {
    a.len() <= word.len() && a == &word[..a.len()]
}

/// `tvb_strncaseeql(tvb, at, word, n) == 0`.
fn prefix_of_ci(a: &[u8], word: &[u8]) -> bool {
    a.len() <= word.len() && a.eq_ignore_ascii_case(&word[..a.len()])
}

fn text(b: &[u8]) -> String {
    crate::dissect::wire::ascii_all(b)
}

/// `ws_strtou32` on the whole of `s`.
fn strtou32(s: &[u8]) -> Option<u32> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

impl ImapDecoder {
    pub fn new() -> Self {
        ImapDecoder {
            heur_tries_left: 2,
            ..Default::default()
        }
    }

    fn is_request(&self, dir: Dir) -> bool {
        super::to_matched_port(self.ports, PORTS, dir)
    }

    /// `dissect_imap_fetch`: whether the FETCH line at `line..*next` still
    /// needs more bytes; when not, its `imap.line` is added (and the
    /// literal handed to IMF, `*next` moved past it).
    #[allow(clippy::too_many_arguments)]
    fn fetch(
        b: &[u8],
        fetch_at: usize,
        line: usize,
        next: &mut usize,
        first_line: &mut bool,
        l: &mut Layer<'static>,
        imf_out: &mut Vec<Layer<'static>>,
        imf_frame: &mut imf::InFrame,
    ) -> bool {
        let len = b.len();
        let Some(paren) = b[fetch_at.min(len)..]
            .iter()
            .position(|&c| c == b'(')
            .map(|i| fetch_at + i)
        else {
            return true;
        };
        let remaining = len - (paren + 1);
        if remaining == 0 {
            return true;
        }
        let brace_end = (paren + remaining).min(len);
        match b[paren..brace_end].iter().position(|&c| c == b'{') {
            Some(i) => {
                let size_start = paren + i;
                let lim = (size_start + 1 + remaining - (size_start - paren)).min(len);
                let Some(size_end) = b[size_start + 1..lim]
                    .iter()
                    .position(|&c| c == b'}')
                    .map(|j| size_start + 1 + j)
                else {
                    return true;
                };
                let Some(size) = strtou32(&b[size_start + 1..size_end]) else {
                    return true;
                };
                let from = size_end as u64 + u64::from(size);
                if from >= len as u64 {
                    return true;
                }
                let from = from as usize;
                if !b[from..].contains(&b')') {
                    return true;
                }
                expert::ascii_string(l, f::imap::LINE, &b[line..*next]);
                *first_line = false;
                let end = (*next as u64 + u64::from(size)).min(len as u64) as usize;
                imf::carried(&b[*next..end], "IMAP", imf_out, imf_frame);
                *next = (*next + size as usize).min(len);
                false
            }
            None => match line_end(b, paren, true) {
                Some((_, n)) => {
                    *next = n;
                    expert::ascii_string(l, f::imap::LINE, &b[line..*next]);
                    false
                }
                None => true,
            },
        }
    }

    /// One call of `dissect_imap` on `b`: its layers and how many bytes it
    /// took (the rest wait for the next segment).
    fn call(&mut self, request: bool, b: &[u8]) -> (Vec<Layer<'static>>, usize) {
        let len = b.len();
        self.asked_from_start = false;
        let Some((first_len, _)) = line_end(b, 0, true) else {
            return (Vec::new(), 0);
        };
        let mut l = Layer::new(Osi::Application, "imap", 0..len);
        let mut imf_out = Vec::new();
        // The messages of the call's literals share the columns.
        let mut imf_frame = imf::InFrame::default();
        l.boolean(f::imap::ISREQUEST, request);
        let mut first_line = true;
        let mut last_linelen = first_len;
        let mut info = String::new();
        let mut tag_key: Option<Vec<u8>> = None;
        let mut offset = 0;
        while offset < len {
            let Some((linelen, mut next)) = line_end(b, offset, true) else {
                // A line without its end waits for the next segment, from
                // its start (packet-imap.c returns before its Info).
                return self.finish_call(l, imf_out, info, false, b, last_linelen, offset, request);
            };
            last_linelen = linelen;
            if b[offset] == b'*' {
                let mut show = true;
                let mut tokens: Vec<(usize, usize)> = Vec::new();
                let mut next_pattern = offset;
                loop {
                    let start = next_pattern + 1;
                    let found = b
                        .get(start..next)
                        .and_then(|s| {
                            s.iter()
                                .position(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n'))
                        })
                        .map(|i| start + i);
                    match found {
                        Some(p) => {
                            if p > start {
                                tokens.push((start, p));
                            }
                            next_pattern = p;
                        }
                        None => break,
                    }
                    if tokens.len() >= 3 {
                        break;
                    }
                }
                if tokens.len() >= 2 {
                    let mut need_more = false;
                    if let Some(&(_, e)) = tokens
                        .iter()
                        .find(|(s, e)| prefix_of_ci(&b[*s..*e], b"FETCH"))
                    {
                        need_more = Self::fetch(
                            b,
                            e,
                            offset,
                            &mut next,
                            &mut first_line,
                            &mut l,
                            &mut imf_out,
                            &mut imf_frame,
                        );
                        if !need_more {
                            show = false;
                        }
                    }
                    if need_more {
                        if offset == 0 {
                            // The item (with `imap.isrequest`) is up: the
                            // segment lists IMAP, as a segment of the
                            // reassembled PDU.
                            self.asked_from_start = true;
                            return (Vec::new(), 0);
                        }
                        // packet-imap.c returns before writing its Info.
                        return self.finish_call(
                            l,
                            imf_out,
                            info,
                            false,
                            b,
                            last_linelen,
                            offset,
                            request,
                        );
                    }
                }
                if show {
                    expert::ascii_string(&mut l, f::imap::LINE, &b[offset..next]);
                }
            } else {
                if first_line {
                    info = format!(
                        "{}: {}",
                        if request { "Request" } else { "Response" },
                        format_text(&b[offset..offset + linelen])
                    );
                    first_line = false;
                }
                expert::ascii_string(&mut l, f::imap::LINE, &b[offset..next]);
                let mut at = offset;
                let mut ll = linelen;
                if ll != 0 {
                    expert::ascii_string(
                        &mut l,
                        if request {
                            f::imap::REQUEST
                        } else {
                            f::imap::RESPONSE
                        },
                        &b[at..at + ll],
                    );
                }
                let (tl, nt) = token(b, at, ll);
                if tl != 0 {
                    let tag = &b[at..at + tl];
                    let shown = text(tag);
                    let shown = shown.split('\0').next().unwrap_or_default().to_owned();
                    tag_key = Some(shown.to_ascii_lowercase().into_bytes());
                    l.str(
                        if request {
                            f::imap::REQUEST_TAG
                        } else {
                            f::imap::RESPONSE_TAG
                        },
                        shown.clone(),
                    );
                    l.str(f::imap::TAG, shown);
                    ll -= nt - at;
                    at = nt;
                }
                let (tl, nt) = token(b, at, ll);
                if tl != 0 {
                    let tok = &b[at..at + tl];
                    let tokenbuf = tok.to_ascii_lowercase();
                    let mut command: Option<Vec<u8>> = None;
                    // (offset, length) of the token after the command.
                    let mut folder = (at, 0usize, at);
                    if request && prefix_of_ci(tok, b"UID") {
                        l.boolean(f::imap::REQUEST_COMMAND_UID, true);
                        let uidlen = ll - (nt - at);
                        let (ul, unt) = token(b, nt, uidlen);
                        if ul != 0 {
                            expert::ascii_string(&mut l, f::imap::REQUEST_COMMAND, &b[nt..nt + ul]);
                            expert::ascii_string(&mut l, f::imap::COMMAND, tok);
                            command = Some(b[nt..nt + ul].to_ascii_lowercase());
                            let flen = ll - (unt - at);
                            let (fl, fnt) = token(b, unt, flen);
                            folder = (unt, fl, fnt);
                        }
                    } else {
                        expert::ascii_string(
                            &mut l,
                            if request {
                                f::imap::REQUEST_COMMAND
                            } else {
                                f::imap::RESPONSE_STATUS
                            },
                            tok,
                        );
                        if request {
                            expert::ascii_string(&mut l, f::imap::COMMAND, tok);
                            command = Some(tok.to_ascii_lowercase());
                            let flen = ll - (nt - at);
                            let (fl, fnt) = token(b, nt, flen);
                            folder = (nt, fl, fnt);
                        }
                    }
                    if let Some(cmd) = command.filter(|c| !c.is_empty()) {
                        let takes_folder = [
                            &b"select"[..],
                            b"examine",
                            b"create",
                            b"delete",
                            b"rename",
                            b"subscribe",
                            b"unsubscribe",
                            b"status",
                            b"append",
                            b"search",
                        ]
                        .iter()
                        .any(|w| prefix_of(&cmd, w));
                        if takes_folder {
                            if folder.1 != 0 {
                                expert::ascii_string(
                                    &mut l,
                                    f::imap::REQUEST_FOLDER,
                                    &b[folder.0..folder.0 + folder.1],
                                );
                            }
                        } else if ll > 0 && prefix_of(&cmd, b"copy") {
                            let fo = folder.2;
                            let flen = ll.saturating_sub(fo - at);
                            let (fl, _) = token(b, fo, flen);
                            if fl != 0 {
                                expert::ascii_string(
                                    &mut l,
                                    f::imap::REQUEST_FOLDER,
                                    &b[fo..fo + fl],
                                );
                            }
                        } else if prefix_of(&cmd, b"starttls") {
                            self.ssl_requested = true;
                        } else if prefix_of(&cmd, b"login") {
                            let ulen = ll - (nt - at);
                            let (ul, unt) = token(b, nt, ulen);
                            expert::ascii_string(
                                &mut l,
                                f::imap::REQUEST_USERNAME,
                                &b[nt..nt + ul],
                            );
                            let plen = ll - (unt - at);
                            let (pl, _) = token(b, unt, plen);
                            if pl < 2 {
                                // A length of -1 or -2: tshark's read throws.
                                l.throw(AnomalyKind::Malformed, "imap");
                                return self.finish_call(
                                    l,
                                    imf_out,
                                    info,
                                    first_line,
                                    b,
                                    last_linelen,
                                    len,
                                    request,
                                );
                            }
                            expert::ascii_string(
                                &mut l,
                                f::imap::REQUEST_PASSWORD,
                                &b[unt + 1..unt + pl - 1],
                            );
                        }
                    }
                    if !request {
                        let clen = ll - (nt - at);
                        let (cl, _) = token(b, nt, clen);
                        if cl > 0 {
                            expert::ascii_string(
                                &mut l,
                                f::imap::RESPONSE_COMMAND,
                                &b[nt..nt + cl],
                            );
                            expert::ascii_string(&mut l, f::imap::COMMAND, &b[nt..nt + cl]);
                        }
                    }
                    if self.ssl_requested && !request && prefix_of(&tokenbuf, b"ok") {
                        self.tls_from = Some(usize::MAX);
                        self.heur_tries_left = 0;
                        self.ssl_requested = false;
                    }
                }
                if let Some(key) = &tag_key {
                    self.match_request(&mut l, key.clone(), request);
                }
            }
            offset = next;
        }
        self.finish_call(l, imf_out, info, first_line, b, last_linelen, len, request)
    }

    #[allow(clippy::too_many_arguments)]
    fn finish_call(
        &mut self,
        mut l: Layer<'static>,
        imf_out: Vec<Layer<'static>>,
        mut info: String,
        first_line: bool,
        b: &[u8],
        last_linelen: usize,
        consumed: usize,
        request: bool,
    ) -> (Vec<Layer<'static>>, usize) {
        if first_line {
            info = format!(
                "{}: {}",
                if request { "Request" } else { "Response" },
                format_text(&b[..last_linelen.min(b.len())])
            );
        }
        l.str(f::imap::OSIDUMP_INFO, info);
        let mut out = vec![l];
        out.extend(imf_out);
        (out, consumed)
    }

    /// `imap_match_request`, first pass: a request is remembered under its
    /// tag; a response shows the last one's frame and the time since.
    fn match_request(&mut self, l: &mut Layer<'static>, key: Vec<u8>, request: bool) {
        if request {
            if self.requests.len() >= MAX_TAGS && !self.requests.contains_key(&key) {
                return;
            }
            self.requests.insert(key, (self.frame, self.time_ns));
        } else if let Some(&(frame, at)) = self.requests.get(&key) {
            l.uint(f::imap::RESPONSE_TO, frame);
            l.push(f::imap::TIME, Value::rel_time((self.time_ns - at) as i64));
        }
    }
}

impl StreamDecoder for ImapDecoder {
    fn protocol(&self) -> &'static str {
        "imap"
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.time_ns = ts;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>() + self.requests.len() * 64
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if self.heur_tries_left > 0 && !data.is_empty() {
            self.heur_tries_left -= 1;
            let side = &self.sides[dir.index()];
            let first: Vec<u8> = side.held.iter().chain(data).take(5).copied().collect();
            if first.len() == 5 && !first.iter().all(|c| (0x20..0x7f).contains(c)) {
                // Not text: TLS from this segment on.
                self.heur_tries_left = 0;
                self.tls_from = Some(0);
                return;
            }
        }
        let request = self.is_request(dir);
        let side = dir.index();
        let held = std::mem::take(&mut self.sides[side].held);
        let (base, joined);
        let buf: &[u8] = if held.is_empty() {
            base = offset;
            data
        } else {
            base = self.sides[side].base;
            let mut j = held;
            j.extend_from_slice(data);
            joined = j;
            &joined
        };
        let (layers, consumed) = self.call(request, buf);
        self.item_up[side] = self.asked_from_start;
        // tshark's reassembled PDU is all its call was handed, the bytes
        // it then asked to keep for the next one included.
        let end = base + buf.len() as u64;
        for layer in layers {
            out.push(Message {
                layer,
                stream_offset: base,
                stream_end: end,
                event: None,
            });
        }
        let rest = &buf[consumed.min(buf.len())..];
        if rest.len() > MAX_HELD {
            if let Some(m) = out.last_mut() {
                m.layer.anomalies.push(Anomaly {
                    kind: AnomalyKind::Evicted,
                    reason: format!(
                        "{} bytes without a line's end, more than the {MAX_HELD} held: dropped",
                        rest.len()
                    ),
                });
            }
        } else if !rest.is_empty() {
            self.sides[side].base = base + consumed as u64;
            self.sides[side].held = rest.to_vec();
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.sides[dir.index()].held = Vec::new();
        self.item_up[dir.index()] = false;
    }

    fn partial_item(&self, dir: Dir) -> Option<Layer<'static>> {
        if !self.item_up[dir.index()] {
            return None;
        }
        let mut l = Layer::new(Osi::Application, "imap", 0..0);
        l.boolean(f::imap::ISREQUEST, self.is_request(dir));
        Some(l)
    }

    /// The `OK` answering `STARTTLS` was read (TLS from the next segment),
    /// or the heuristic found a segment that is not text (TLS from it).
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        Some(super::handover::Successor {
            decoder: super::tls::new_starttls_stream("Internet Message Access Protocol"),
            from: self.tls_from.take()?,
        })
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(ImapDecoder::new()))
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(Value::Str(s)) = layers.get(i).and_then(|l| l.get(f::imap::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(Value::Str(s)) = l.get(f::imap::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "imap",
    also: &[],
    title: "Internet Message Access Protocol",
    osi: Osi::Application,
    fields: f::imap::ALL,
    summary,
    info: Some(info),
    column: None,
    app: Some(AppSpec {
        decode_as: &["imap"],
        tcp_ports: PORTS,
        udp_ports: &[],
        // tshark has no IMAP heuristic: its port (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
