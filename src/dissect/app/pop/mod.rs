//! POP3 (TCP port 110) as tshark 4.0's `pop` dissector (packet-pop.c)
//! shows it.
//!
//! tshark reads POP a segment at a time (it never asks TCP for more
//! bytes): each segment is one `Post Office Protocol` layer here.
//! - A segment sent to the POP port is a request: its first line is
//!   `pop.request`, split at its first blank into `pop.request.command`
//!   and `pop.request.parameter`; each further line is a
//!   `pop.request.data`. Info: `C: ` and the first line.
//! - A segment from the POP port whose first line starts with `+OK` or
//!   `-ERR` (case counts) is a response, split the same way into
//!   `pop.response.indicator` and `pop.response.description`, the other
//!   lines `pop.response.data`. Info: `S: ` and the first line.
//! - Any other segment from the POP port is a piece of a message (the
//!   answer to `RETR` or `TOP`, or anything else): Info
//!   `S: DATA fragment, N bytes`. The pieces are reassembled until as many
//!   bytes as the `+OK n ...` answering `RETR`/`TOP` announced have come
//!   (counting whole segments, from the first piece on); with nothing
//!   announced (`+OK` alone, `+OK message follows`, no `RETR`), each piece
//!   is a message by itself. A complete message is handed to IMF; one
//!   made of several pieces lists them (`pop.data.fragment`...).
//! - A `+OK ` answering `RETR`/`TOP` whose second word is no number gets
//!   packet-pop.c's expert "Length must be a string containing an
//!   integer"; a `+OK ` answering `STLS` hands the conversation to TLS
//!   from the next frame on.
//!
//! The promise: no input makes this module panic; a message keeps at most
//! [`imf::MAX_BODY`] bytes (past that its pieces are still listed, but it is
//! not handed to IMF) and lists at most [`imf::MAX_FRAGMENTS`] pieces (the
//! others are counted).

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::app::smtp::{imf, line_end};
use crate::dissect::expert::{self, ei, format_text};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::c_decimal;

/// POP's port (TCP), as Wireshark's table has it.
pub const PORTS: &[u16] = &[110];

ei!(
    TOT_LEN_INVALID,
    f::pop::RESPONSE_TOT_LEN_INVALID,
    Malformed,
    Error
);

/// POP's fields for the pieces of a message.
static PIECES: imf::PieceFields = imf::PieceFields {
    fragments: f::pop::DATA_FRAGMENTS,
    fragment: f::pop::DATA_FRAGMENT,
    count: f::pop::DATA_FRAGMENT_COUNT,
    length: f::pop::DATA_REASSEMBLED_LENGTH,
};

/// POP over TCP, both sides of one conversation (packet-pop.c's
/// `pop_data_val`).
#[derive(Default)]
pub struct PopDecoder {
    /// A `RETR` or `TOP` waits for its answer.
    msg_request: bool,
    /// An `STLS` waits for its answer.
    stls_request: bool,
    /// Bytes of pieces read since the last announcement.
    msg_read_len: u32,
    /// Bytes the last `+OK n` answering `RETR`/`TOP` announced.
    msg_tot_len: u32,
    body: imf::Pieces,
    frame: u64,
    ports: Option<(u16, u16)>,
    /// The `+OK ` that answered `STLS` was just read: the conversation is
    /// TLS from the next segment on.
    starttls: bool,
}

impl PopDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// tshark's `pinfo->match_uint == pinfo->destport`: the bytes go to
    /// the POP port TCP matched (the lower port when it is POP's).
    fn is_request(&self, dir: Dir) -> bool {
        super::to_matched_port(self.ports, PORTS, dir)
    }
}

/// `g_ascii_strncasecmp(s, word, len(word)) == 0` on a C string.
fn starts_ci(s: &[u8], word: &[u8]) -> bool {
    s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word)
}

/// `sscanf(line, "%*s %u %*s", &n) == 1`: the number after the first
/// word, as C reads it (a sign, wrapping to 32 bits, `ULONG_MAX` past
/// its range).
fn second_word_number(s: &[u8]) -> Option<u32> {
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let start = s.iter().position(|c| !ws(c))?;
    let end = s[start..]
        .iter()
        .position(ws)
        .map_or(s.len(), |i| start + i);
    let n = c_decimal(s, end);
    if !n.digits {
        return None;
    }
    if n.overflow {
        return Some(u32::MAX);
    }
    Some(if n.negative {
        n.magnitude.wrapping_neg() as u32
    } else {
        n.magnitude as u32
    })
}

/// `get_token_len`: the first token's length (up to a blank, CR or LF) and
/// where the next starts (past the blanks after it).
fn token(line: &[u8]) -> (usize, usize) {
    let len = line
        .iter()
        .position(|&c| matches!(c, b' ' | b'\r' | b'\n'))
        .unwrap_or(line.len());
    let next = line[len..]
        .iter()
        .position(|&c| c != b' ')
        .map_or(line.len(), |i| len + i);
    (len, next)
}

impl PopDecoder {
    /// One call of tshark's `dissect_pop` on one segment's bytes.
    fn call(&mut self, request: bool, buf: &[u8]) -> Vec<Layer<'static>> {
        let mut out = Vec::new();
        let mut l = Layer::new(Osi::Application, "pop", 0..buf.len());
        let (linelen, next) = line_end(buf, 0, false).unwrap_or((buf.len(), buf.len()));
        let line = &buf[..linelen];
        // The C string packet-pop.c compares: the line up to a NUL.
        let cline = &line[..line.iter().position(|&c| c == 0).unwrap_or(linelen)];
        let continuation = !request && !cline.starts_with(b"+OK") && !cline.starts_with(b"-ERR");
        if continuation {
            let n = buf.len();
            l.str(
                f::pop::OSIDUMP_INFO,
                format!(
                    "S: DATA fragment, {n} byte{}",
                    if n == 1 { "" } else { "s" }
                ),
            );
            self.msg_read_len = self.msg_read_len.wrapping_add(n as u32);
            let more = self.msg_read_len < self.msg_tot_len;
            self.body.add(self.frame, buf);
            if more {
                out.push(l);
                return out;
            }
            self.msg_read_len = 0;
            self.msg_tot_len = 0;
            let body = std::mem::take(&mut self.body);
            if body.count() > 1 {
                body.list(&mut l, &PIECES);
            }
            let whole = body.whole(&mut l);
            out.push(l);
            if let Some(b) = whole {
                imf::carried(b, "POP", &mut out, &mut imf::InFrame::default());
            }
            return out;
        }
        l.str(
            f::pop::OSIDUMP_INFO,
            format!("{}: {}", if request { "C" } else { "S" }, format_text(line)),
        );
        // The line's item shows the line; its value is empty.
        l.str(
            if request {
                f::pop::REQUEST
            } else {
                f::pop::RESPONSE
            },
            "",
        );
        let (tokenlen, next_token) = token(line);
        let mut rest = line;
        if tokenlen != 0 {
            expert::ascii_string(
                &mut l,
                if request {
                    f::pop::REQUEST_COMMAND
                } else {
                    f::pop::RESPONSE_INDICATOR
                },
                &line[..tokenlen],
            );
            if request {
                if starts_ci(cline, b"RETR") || starts_ci(cline, b"TOP") {
                    self.msg_request = true;
                }
                if starts_ci(cline, b"STLS") {
                    self.stls_request = true;
                }
            } else {
                if self.msg_request {
                    if starts_ci(cline, b"+OK ") && linelen > 4 {
                        self.msg_read_len = 0;
                        self.msg_tot_len = 0;
                        match second_word_number(cline) {
                            Some(n) => self.msg_tot_len = n,
                            None => expert::add(&mut l, &TOT_LEN_INVALID, None),
                        }
                    }
                    self.msg_request = false;
                }
                if self.stls_request {
                    if starts_ci(cline, b"+OK ") {
                        self.starttls = true;
                    }
                    self.stls_request = false;
                }
            }
            rest = &line[next_token..];
        }
        if !rest.is_empty() {
            expert::ascii_string(
                &mut l,
                if request {
                    f::pop::REQUEST_PARAMETER
                } else {
                    f::pop::RESPONSE_DESCRIPTION
                },
                rest,
            );
        }
        let data = if request {
            f::pop::REQUEST_DATA
        } else {
            f::pop::RESPONSE_DATA
        };
        let mut offset = next;
        while offset < buf.len() {
            let (_, n) = line_end(buf, offset, false).unwrap_or((0, buf.len()));
            l.str(data, "");
            offset = n.max(offset + 1);
        }
        out.push(l);
        out
    }
}

impl StreamDecoder for PopDecoder {
    fn protocol(&self) -> &'static str {
        "pop"
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn heap_bytes(&self) -> usize {
        self.body.heap_bytes()
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let request = self.is_request(dir);
        let end = offset + data.len() as u64;
        for layer in self.call(request, data) {
            out.push(Message {
                layer,
                stream_offset: offset,
                stream_end: end,
                event: None,
            });
        }
    }

    fn gap(&mut self, _dir: Dir, _len: u64) {}

    /// The `+OK ` answering `STLS` was read: TLS from the next segment.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        if !std::mem::take(&mut self.starttls) {
            return None;
        }
        Some(super::handover::Successor {
            decoder: super::tls::new_starttls_stream("Post Office Protocol"),
            from: usize::MAX,
        })
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(PopDecoder::new()))
}

/// tshark's Info column: what the call wrote (a frame has one POP call).
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(Value::Str(s)) = layers.get(i).and_then(|l| l.get(f::pop::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(Value::Str(s)) = l.get(f::pop::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "pop",
    also: &[],
    title: "Post Office Protocol",
    osi: Osi::Application,
    fields: f::pop::ALL,
    summary,
    info: Some(info),
    column: None,
    app: Some(AppSpec {
        decode_as: &["pop"],
        tcp_ports: PORTS,
        udp_ports: &[],
        // tshark has no POP heuristic: its port (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
