//! RESP, Redis's serialisation protocol (TCP port 6379), as tshark 4.0's
//! packet-resp.c shows it: RESP2's simple strings, errors, integers, bulk
//! strings and arrays (RESP3's other types are `resp.fragment` lines to it).
//!
//! Each call of tshark's dissector is one `resp` layer: the elements it
//! reads one after the other from the bytes TCP hands it, until they run
//! out. An element cut by the end of those bytes makes it ask TCP for more
//! from that element's first byte: a top-level bulk string for exactly the
//! bytes it lacks, anything else for one more segment. What it read before
//! stays in its layer, the cut element's part too (an array's elements so
//! far, with `resp.reassembled_in_next_frame`), and its Info ends in
//! ` [continuation]`. The held bytes and the next segment (or the bytes
//! asked for; the segment's rest is another call) are the next call.
//!
//! A line ends at CR LF, a lone CR or a lone LF, and every line is taken
//! as two bytes longer than its text (tshark's `CRLF_LENGTH`); numbers are
//! read as `g_ascii_strtoll` reads them. A request goes to port 6379, a
//! response comes from it (the client's side when neither port is).
//!
//! The promise: no input makes this module panic; a side holds at most
//! [`MAX_HELD`] bytes of an unfinished element, and recursion stops at
//! tshark's depth of 30 arrays.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::{ascii, c_decimal};
use std::borrow::Cow;

/// Redis's port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 6379;

/// Most bytes a side holds of an element it waits the rest of; past it
/// the element is dropped (tshark would go on waiting).
pub const MAX_HELD: usize = 4 << 20;

/// tshark's `MAX_ARRAY_DEPTH_TO_RECURSE`.
const MAX_DEPTH: usize = 30;
/// tshark's `BULK_STRING_MAX_DISPLAY`.
const MAX_DISPLAY: i32 = 100;
const CRLF: usize = 2;

ei!(PARTIAL, f::resp::PARTIAL, Undecoded, Note);
ei!(
    MALFORMED_LENGTH,
    f::resp::MALFORMED_LENGTH,
    Undecoded,
    Error
);
ei!(
    REASSEMBLED_IN_NEXT_FRAME,
    f::resp::REASSEMBLED_IN_NEXT_FRAME,
    Undecoded,
    Note
);
ei!(
    ARRAY_RECURSION_TOO_DEEP,
    f::resp::ARRAY_RECURSION_TOO_DEEP,
    Undecoded,
    Note
);

/// What the dissector asks TCP for when an element is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    /// `DESEGMENT_ONE_MORE_SEGMENT`.
    OneMore,
    /// This many bytes more.
    Exact(usize),
}

/// An element cut at `at` (its first byte in the call's bytes).
#[derive(Debug, Clone, Copy)]
struct Cut {
    at: usize,
    want: Want,
}

/// One dissector call: its bytes and the layer it fills.
struct Call<'b> {
    b: &'b [u8],
    response: bool,
    l: Layer<'static>,
    info: String,
}

/// `g_ascii_strtoll` on the text: saturated at the range of `i64`.
fn strtoll(b: &[u8]) -> i64 {
    let n = c_decimal(b, 0);
    if !n.digits {
        return 0;
    }
    if n.negative {
        if n.magnitude > i64::MAX as u64 {
            i64::MIN
        } else {
            -(n.magnitude as i64)
        }
    } else {
        n.magnitude.min(i64::MAX as u64) as i64
    }
}

/// `tvb_find_line_end` from `at` asking for more at the end: the line's
/// length without its end, or `None` when no end is in the bytes (a CR
/// that is the last byte may be followed by its LF).
fn line_end(b: &[u8], at: usize) -> Option<usize> {
    let rest = b.get(at..)?;
    let i = rest.iter().position(|&c| c == b'\r' || c == b'\n')?;
    if rest[i] == b'\r' && i + 1 >= rest.len() {
        return None;
    }
    Some(i)
}

/// The text tshark builds of bytes read with `ENC_ASCII` as a C string:
/// up to the first NUL.
fn c_text(b: &[u8]) -> &[u8] {
    b.split(|&c| c == 0).next().unwrap_or_default()
}

impl Call<'_> {
    fn append(&mut self, s: &str) {
        self.info.push(' ');
        self.info.push_str(s);
    }

    /// `dissect_resp_loop`: elements from `at` until the bytes end or
    /// `expected` of them are read (`None`: all). Where the next element
    /// starts, or the cut.
    fn elements(
        &mut self,
        mut at: usize,
        depth: usize,
        expected: Option<i64>,
    ) -> Result<usize, Cut> {
        let mut done = 0i64;
        while at < self.b.len() {
            if expected == Some(done) {
                return Ok(at);
            }
            let Some(len) = line_end(self.b, at) else {
                return Err(Cut {
                    at,
                    want: Want::OneMore,
                });
            };
            at += self.element(at, len, depth)?;
            done += 1;
        }
        Ok(at)
    }

    /// `dissect_resp_message`: the element whose line starts at `at`, `len`
    /// bytes before its end; the bytes it takes.
    fn element(&mut self, at: usize, len: usize, depth: usize) -> Result<usize, Cut> {
        let line = &self.b[at..at + len];
        let text = line.get(1..).unwrap_or_default();
        match line.first() {
            Some(b'+') => {
                let s = ascii(text).into_owned();
                if self.response && depth == 0 {
                    self.append(&s);
                }
                self.l.push(f::resp::STRING, Value::Str(Cow::Owned(s)));
                Ok(len + CRLF)
            }
            Some(b'-') => {
                let s = ascii(text).into_owned();
                self.info.push_str(" Error: ");
                self.info.push_str(&s);
                self.l.push(f::resp::ERROR, Value::Str(Cow::Owned(s)));
                Ok(len + CRLF)
            }
            Some(b':') => {
                let v = strtoll(text);
                if self.response && depth == 0 {
                    self.append(&v.to_string());
                }
                self.l.int(f::resp::INTEGER, v);
                Ok(len + CRLF)
            }
            Some(b'$') => self.bulk_string(at, len, depth),
            Some(b'*') => self.array(at, len, depth),
            _ if len == 0 => Ok(CRLF),
            _ => {
                self.info.push_str(" [fragment]");
                self.l.present(f::resp::FRAGMENT);
                Ok(len + CRLF)
            }
        }
    }

    fn bulk_string(&mut self, at: usize, len: usize, depth: usize) -> Result<usize, Cut> {
        // `(int)g_ascii_strtoll`: the low 32 bits.
        let n = strtoll(&self.b[at + 1..at + len]) as i32;
        if n < 0 {
            self.l.present(f::resp::BULK_STRING);
            self.l.int(f::resp::BULK_STRING_LENGTH, n);
            if n != -1 {
                expert::add(&mut self.l, &MALFORMED_LENGTH, None);
            }
            return Ok(len + CRLF);
        }
        let start = at + len + CRLF;
        let remaining = self.b.len() as i64 - start as i64;
        let need = i64::from(n) + CRLF as i64;
        if remaining < need {
            return Err(Cut {
                at,
                want: Want::Exact((need - remaining.max(0)) as usize),
            });
        }
        let value = &self.b[start..start + n as usize];
        self.l.present(f::resp::BULK_STRING);
        self.l.int(f::resp::BULK_STRING_LENGTH, n);
        if n > 0 {
            self.l.push(
                f::resp::BULK_STRING_VALUE,
                Value::Bytes(Cow::Owned(value.to_vec())),
            );
        }
        let text = c_text(value);
        if text.is_ascii() {
            let s = std::str::from_utf8(text).unwrap_or_default();
            if !self.response && depth == 1 {
                if n < MAX_DISPLAY {
                    self.append(s);
                } else {
                    self.info.push_str(&format!(" BulkString({n})"));
                }
            } else if self.response && depth == 0 && n < MAX_DISPLAY {
                self.append(s);
            } else if depth == 0 {
                self.info.push_str(&format!(" BulkString({n})"));
            }
        } else if depth == 0 {
            self.info.push_str(&format!(" BulkString({n})"));
        }
        Ok(len + CRLF + n as usize + CRLF)
    }

    fn array(&mut self, at: usize, len: usize, depth: usize) -> Result<usize, Cut> {
        let n = strtoll(&self.b[at + 1..at + len]);
        self.l.present(f::resp::ARRAY);
        self.l.int(f::resp::ARRAY_LENGTH, n);
        if n <= 0 {
            if n != -1 && n != 0 {
                expert::add(&mut self.l, &MALFORMED_LENGTH, None);
            }
            return Ok(len + CRLF);
        }
        if depth > MAX_DEPTH {
            expert::add(&mut self.l, &ARRAY_RECURSION_TOO_DEEP, None);
            return Ok(len + CRLF);
        }
        let first = at + len + CRLF;
        if first >= self.b.len() {
            return Err(Cut {
                at,
                want: Want::OneMore,
            });
        }
        if self.response && depth == 0 {
            self.info.push_str(&format!(" Array({n})"));
        }
        match self.elements(first, depth + 1, Some(n)) {
            Ok(end) => Ok(end - at),
            Err(_) => {
                expert::add(&mut self.l, &REASSEMBLED_IN_NEXT_FRAME, None);
                Err(Cut {
                    at,
                    want: Want::OneMore,
                })
            }
        }
    }
}

/// One call of tshark's `dissect_resp` on `b`: its layer, and the cut
/// element it asks TCP the rest of.
fn dissect(b: &[u8], response: bool) -> (Layer<'static>, Option<Cut>) {
    let mut c = Call {
        b,
        response,
        l: Layer::new(Osi::Application, "resp", 0..b.len()),
        info: String::from(if response { "Response:" } else { "Request:" }),
    };
    let cut = c.elements(0, 0, None).err();
    if cut.is_some() {
        c.info.push_str(" [continuation]");
    }
    let Call { mut l, info, .. } = c;
    l.str(f::resp::OSIDUMP_INFO, info);
    (l, cut)
}

/// What one side holds of an element cut at the end of a call.
#[derive(Debug, Default)]
struct Side {
    held: Vec<u8>,
    /// Stream offset of `held`'s first byte.
    start: u64,
    /// More bytes asked for; `None` with nothing held.
    want: Option<Want>,
    /// Bytes still to skip of an element too long to hold.
    skip: u64,
}

/// Both sides of one conversation.
#[derive(Debug, Default)]
pub struct RespDecoder {
    ports: Option<(u16, u16)>,
    sides: [Side; 2],
}

impl RespDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// tshark's `RESP_RESPONSE`: the bytes come from the port it matched.
    fn response(&self, dir: Dir) -> bool {
        match self.ports {
            Some((_, PORT)) => false,
            Some((PORT, _)) => true,
            _ => dir == Dir::Server,
        }
    }

    /// One dissector call on `b`, the bytes of `dir` from `offset`.
    fn call(&mut self, dir: Dir, offset: u64, b: &[u8], out: &mut Vec<Message>) {
        let (layer, cut) = dissect(b, self.response(dir));
        out.push(Message {
            layer,
            stream_offset: offset,
            stream_end: offset + b.len() as u64,
            event: None,
        });
        let side = &mut self.sides[dir.index()];
        side.held.clear();
        side.want = None;
        if let Some(cut) = cut {
            let rest = b.get(cut.at..).unwrap_or_default();
            let total = match cut.want {
                Want::Exact(n) => rest.len().saturating_add(n),
                Want::OneMore => rest.len(),
            };
            if total > MAX_HELD {
                if let Want::Exact(n) = cut.want {
                    side.skip = n as u64;
                }
                return;
            }
            side.held.extend_from_slice(rest);
            side.start = offset + cut.at as u64;
            side.want = Some(cut.want);
        }
    }
}

impl StreamDecoder for RespDecoder {
    fn protocol(&self) -> &'static str {
        "resp"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        let s = &self.sides[dir.index()];
        s.want.is_some() || s.skip > 0
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum()
    }

    fn feed(&mut self, dir: Dir, mut offset: u64, mut data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let side = &mut self.sides[dir.index()];
        if side.skip > 0 {
            let n = side.skip.min(data.len() as u64);
            side.skip -= n;
            data = &data[n as usize..];
            offset += n;
            if data.is_empty() {
                return;
            }
        }
        match side.want {
            None => self.call(dir, offset, data, out),
            Some(Want::OneMore) => {
                if side.held.len() + data.len() > MAX_HELD {
                    side.held.clear();
                    side.want = None;
                    return self.call(dir, offset, data, out);
                }
                let mut b = std::mem::take(&mut side.held);
                b.extend_from_slice(data);
                let start = side.start;
                self.call(dir, start, &b, out);
            }
            Some(Want::Exact(n)) => {
                let take = n.min(data.len());
                side.held.extend_from_slice(&data[..take]);
                if take < n {
                    side.want = Some(Want::Exact(n - take));
                    return;
                }
                let b = std::mem::take(&mut side.held);
                let start = side.start;
                self.call(dir, start, &b, out);
                if take < data.len() && self.sides[dir.index()].want.is_none() {
                    self.call(dir, offset + take as u64, &data[take..], out);
                }
            }
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let side = &mut self.sides[dir.index()];
        side.held.clear();
        side.want = None;
        side.skip = 0;
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(RespDecoder::new())
}

/// tshark's Info column for a RESP call.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::resp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::resp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "resp",
    also: &[],
    title: "REdis Serialization Protocol",
    osi: Osi::Application,
    fields: f::resp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "RESP"),
    app: Some(AppSpec {
        decode_as: &["resp"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark has no RESP heuristic: port 6379 (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
