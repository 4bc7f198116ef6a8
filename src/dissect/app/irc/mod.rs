//! IRC (TCP port 6667, RFC 2812) as tshark 4.0's packet-irc.c shows it.
//!
//! tshark does not reassemble IRC: each segment is read a line at a time
//! (a line ends at CR LF, LF or CR; a last line without its end is read
//! as it stands). A segment sent to port 6667 holds requests, one the
//! other way responses: `irc.request` / `irc.response` is the line, then
//! its prefix (after a leading `:`, to the first blank), its command (a
//! three-digit one also as `irc.response.num_command`), its parameters
//! (blank-separated) and its trailer (after ` :`). The Info column is
//! `Request` or `Response` and each line's command in parentheses.
//!
//! Not shown: CTCP data between `\x01` delimiters (`irc.ctcp`) and the
//! expert items of malformed lines but a prefix without its blank; a parameter holding a delimiter
//! skips to the closing one, as tshark does.
//!
//! The promise: no input makes this module panic; it keeps no state.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::ascii_all;
use std::borrow::Cow;

/// IRC's port (TCP).
pub const PORT: u16 = 6667;

const TAG_DELIMITER: u8 = 0x01;

ei!(
    PREFIX_MISSING_ENDING_SPACE,
    f::irc::PREFIX_MISSING_ENDING_SPACE,
    Malformed,
    Error
);

/// The fields of one side.
struct Side {
    line: &'static FieldDef,
    prefix: &'static FieldDef,
    command: &'static FieldDef,
    num_command: Option<&'static FieldDef>,
    param: &'static FieldDef,
    trailer: &'static FieldDef,
}

const REQUEST: Side = Side {
    line: f::irc::REQUEST,
    prefix: f::irc::REQUEST_PREFIX,
    command: f::irc::REQUEST_COMMAND,
    num_command: None,
    param: f::irc::REQUEST_COMMAND_PARAMETER,
    trailer: f::irc::REQUEST_TRAILER,
};

const RESPONSE: Side = Side {
    line: f::irc::RESPONSE,
    prefix: f::irc::RESPONSE_PREFIX,
    command: f::irc::RESPONSE_COMMAND,
    num_command: Some(f::irc::RESPONSE_NUM_COMMAND),
    param: f::irc::RESPONSE_COMMAND_PARAMETER,
    trailer: f::irc::RESPONSE_TRAILER,
};

fn s(b: &[u8]) -> Value<'static> {
    Value::Str(Cow::Owned(ascii_all(b)))
}

fn find(b: &[u8], from: usize, to: usize, c: u8) -> Option<usize> {
    b.get(from..to)?
        .iter()
        .position(|&x| x == c)
        .map(|p| from + p)
}

/// One segment's bytes, sent to port 6667 (`request`) or from it.
pub fn dissect(b: &[u8], at: usize, request: bool) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "irc", at..at + b.len());
    let mut info = String::from(if request { "Request" } else { "Response" });
    let side = if request { &REQUEST } else { &RESPONSE };
    let mut off = 0;
    while off < b.len() {
        // tvb_find_line_end: CR LF, LF or CR.
        let (end, next) = match b[off..].iter().position(|&c| c == b'\n' || c == b'\r') {
            Some(p) => {
                let e = off + p;
                let n = if b[e] == b'\r' && b.get(e + 1) == Some(&b'\n') {
                    e + 2
                } else {
                    e + 1
                };
                (e, n)
            }
            None => (b.len(), b.len()),
        };
        if end > off {
            line(&mut l, &mut info, side, &b[off..end]);
        }
        off = next;
    }
    l.str(f::irc::OSIDUMP_INFO, info);
    l
}

/// One line (not empty).
fn line(l: &mut Layer<'static>, info: &mut String, side: &Side, b: &[u8]) {
    l.push(side.line, s(b));
    let end = b.len();
    let mut off = 0;
    if b[0] == b':' {
        let Some(eop) = find(b, 1, end, b' ') else {
            expert::add(l, &PREFIX_MISSING_ENDING_SPACE, None);
            return;
        };
        l.push(side.prefix, s(&b[1..eop]));
        off = eop + 1;
    }
    while off < end && b[off] == b' ' {
        off += 1;
    }
    if off == end {
        return;
    }
    let eoc = find(b, off, end, b' ');
    let cmd = &b[off..eoc.unwrap_or(end)];
    l.push(side.command, s(cmd));
    info.push_str(" (");
    info.push_str(&ascii_all(cmd));
    info.push(')');
    if let Some(num) = side.num_command
        && cmd.len() == 3
        && cmd.iter().all(u8::is_ascii_digit)
    {
        let n = cmd.iter().fold(0u16, |a, d| a * 10 + u16::from(d - b'0'));
        l.uint(num, n);
    }
    let Some(eoc) = eoc else {
        return;
    };
    off = eoc + 1;
    while off < end && b[off] == b' ' {
        off += 1;
    }
    if off == end {
        return;
    }
    if b[off] == b':' {
        l.push(side.trailer, s(&b[off + 1..end]));
        return;
    }
    while off < end {
        let eocp = find(b, off, end, b' ');
        let tag = find(b, off, end, TAG_DELIMITER);
        let regular = match (eocp, tag) {
            (_, None) | (None, Some(_)) => true,
            (Some(e), Some(t)) => e < t,
        };
        if regular {
            let Some(eocp) = eocp else {
                l.push(side.param, s(&b[off..end]));
                return;
            };
            l.push(side.param, s(&b[off..eocp]));
            off = eocp + 1;
            while off < end && b[off] == b' ' {
                off += 1;
            }
            if off == end {
                break;
            }
            if b[off] == b':' {
                l.push(side.trailer, s(&b[off + 1..end]));
                return;
            }
        } else {
            let Some(t) = tag else {
                return;
            };
            let Some(tag_end) = find(b, t + 1, end, TAG_DELIMITER) else {
                return;
            };
            off = tag_end + 1;
        }
    }
}

/// Each segment a layer, as tshark reads it.
struct IrcStream {
    ports: Option<(u16, u16)>,
}

impl StreamDecoder for IrcStream {
    fn protocol(&self) -> &'static str {
        "irc"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn feed(&mut self, _dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        // tshark: a request when the port that chose IRC is the
        // destination.
        let request = self.ports.is_some_and(|(_, dst)| dst == PORT);
        out.push(Message {
            layer: dissect(data, 0, request),
            stream_offset: offset,
            stream_end: offset + data.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, _dir: Dir, _len: u64) {}
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(IrcStream { ports: None })
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::irc::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::irc::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "irc",
    also: &[],
    title: "Internet Relay Chat",
    osi: Osi::Application,
    fields: f::irc::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "IRC"),
    app: Some(AppSpec {
        decode_as: &["irc"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
