//! Finger (RFC 742, TCP 79) and WHOIS (RFC 3912, TCP 43) as tshark 4.0's
//! packet-finger.c and packet-whois.c show them. Both are one query line
//! and an answer that ends with the connection:
//! - the query (the side sent to the well-known port) is reassembled
//!   until a segment leaves it ending in CRLF, and shown on that segment;
//! - the answer is reassembled until its side's FIN and shown on the FIN
//!   (a reset or the end of the capture shows nothing, as tshark waits for
//!   the FIN), with the query's frame and the time since it.
//!
//! WHOIS also names the query in the Info column (the first line of the
//! first bytes it was given), splits the answer into lines and notes that
//! it assumes UTF-8.
//!
//! Bounded: each side keeps at most [`KEEP`] bytes; an answer longer than
//! that is shown as far as it was kept and marked.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::{Anomaly, AnomalyKind};
use std::borrow::Cow;

/// Bytes kept of a query or an answer.
pub const KEEP: usize = 1 << 20;

ei!(WHOIS_ENCODING, f::whois::ENCODING, Assumption, Chat);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Finger,
    Whois,
}

impl Kind {
    fn port(self) -> u16 {
        match self {
            Kind::Finger => 79,
            Kind::Whois => 43,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Finger => "finger",
            Kind::Whois => "whois",
        }
    }
}

#[derive(Default)]
struct Side {
    buf: Vec<u8>,
    /// Bytes past [`KEEP`] not kept.
    lost: u64,
    start: u64,
    /// The side's bytes went to the query (sent to the well-known port).
    query: bool,
    /// The segment fed last began the side's message.
    began: bool,
    /// The side's FIN was seen.
    fin: bool,
}

pub struct LineDecoder {
    kind: Kind,
    sides: [Side; 2],
    /// Ports of the bytes about to be fed.
    ports: (u16, u16),
    frame: u64,
    ts: i128,
    /// The query's frame and time, once shown.
    query: Option<(u64, i128)>,
    /// Whether an answer was shown (its frame gets the response time).
    answered: bool,
    /// WHOIS: the first line of the first bytes of the conversation.
    first_line: Option<String>,
}

impl LineDecoder {
    fn new(kind: Kind) -> Self {
        LineDecoder {
            kind,
            sides: Default::default(),
            ports: (0, 0),
            frame: 0,
            ts: 0,
            query: None,
            answered: false,
            first_line: None,
        }
    }

    fn info(&self, query: bool) -> String {
        let word = match (self.kind, query) {
            (Kind::Finger, true) | (Kind::Whois, true) => "Query",
            (Kind::Finger, false) => "Response",
            (Kind::Whois, false) => "Answer",
        };
        match &self.first_line {
            Some(q) if self.kind == Kind::Whois => format!("{word}: {q}"),
            _ => word.to_owned(),
        }
    }

    fn query_layer(&mut self, b: &[u8]) -> Layer<'static> {
        let mut l = Layer::new(Osi::Application, self.kind.name(), 0..0);
        let def = match self.kind {
            Kind::Finger => f::finger::QUERY,
            Kind::Whois => f::whois::QUERY,
        };
        expert::ascii_string(&mut l, def, b);
        self.query = Some((self.frame, self.ts));
        l
    }

    fn answer_layer(&mut self, b: &[u8], lost: u64) -> Layer<'static> {
        let mut l = Layer::new(Osi::Application, self.kind.name(), 0..0);
        let (to, time) = match self.kind {
            Kind::Finger => (f::finger::RESPONSE_TO, f::finger::RESPONSE_TIME),
            Kind::Whois => (f::whois::ANSWER_TO, f::whois::RESPONSE_TIME),
        };
        let first = !std::mem::replace(&mut self.answered, true);
        let link = |l: &mut Layer<'static>, query: Option<(u64, i128)>, ts: i128| {
            if let Some((frame, at)) = query {
                l.uint(to, frame);
                if first {
                    l.push(time, Value::rel_time((ts - at) as i64));
                }
            }
        };
        match self.kind {
            Kind::Finger => {
                expert::ascii_string(&mut l, f::finger::RESPONSE, b);
                link(&mut l, self.query, self.ts);
            }
            Kind::Whois => {
                link(&mut l, self.query, self.ts);
                let mut at = 0;
                while at < b.len() {
                    let end = line_end(b, at);
                    let line = String::from_utf8_lossy(&b[at..end]);
                    l.push(f::whois::ANSWER, Value::Str(Cow::Owned(line.into_owned())));
                    at = end;
                }
                expert::add(&mut l, &WHOIS_ENCODING, None);
            }
        }
        if lost > 0 {
            l.anomalies.push(Anomaly {
                kind: AnomalyKind::Evicted,
                reason: format!("{lost} bytes of the answer past the {KEEP} kept are not shown"),
            });
        }
        l
    }

    fn info_field(&self) -> &'static crate::dissect::field::FieldDef {
        match self.kind {
            Kind::Finger => f::finger::OSIDUMP_INFO,
            Kind::Whois => f::whois::OSIDUMP_INFO,
        }
    }
}

/// Where the line that starts at `at` ends, its line end included
/// (tvb_find_line_end: CR, LF or CRLF; the end of `b` without one).
fn line_end(b: &[u8], at: usize) -> usize {
    match memchr::memchr2(b'\r', b'\n', &b[at..]) {
        None => b.len(),
        Some(i) => {
            let eol = at + i;
            if b[eol] == b'\r' && b.get(eol + 1) == Some(&b'\n') {
                eol + 2
            } else {
                eol + 1
            }
        }
    }
}

impl StreamDecoder for LineDecoder {
    fn protocol(&self) -> &'static str {
        self.kind.name()
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.ts = ts;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.buf.capacity()).sum()
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let query = self.ports.1 == self.kind.port();
        let side = &mut self.sides[dir.index()];
        side.began = false;
        if data.is_empty() {
            return;
        }
        if self.first_line.is_none() {
            let end = memchr::memchr2(b'\r', b'\n', data).unwrap_or(data.len());
            self.first_line = Some(crate::dissect::wire::ascii(&data[..end]).into_owned());
        }
        let side = &mut self.sides[dir.index()];
        side.query = query;
        if side.buf.is_empty() && side.lost == 0 {
            side.start = offset;
            side.began = true;
        }
        let room = KEEP.saturating_sub(side.buf.len());
        side.buf.extend_from_slice(&data[..data.len().min(room)]);
        side.lost += data.len().saturating_sub(room) as u64;
        // The query ends with the segment that leaves it ending in CRLF.
        if query && side.lost == 0 && side.buf.ends_with(b"\r\n") {
            let b = std::mem::take(&mut side.buf);
            let start = side.start;
            let mut l = self.query_layer(&b);
            l.str(self.info_field(), self.info(true));
            out.push(Message {
                layer: l,
                stream_offset: start,
                stream_end: offset + data.len() as u64,
                event: None,
            });
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        // tshark cannot reassemble across lost bytes: the message is gone.
        let side = &mut self.sides[dir.index()];
        side.buf.clear();
        side.lost = 0;
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        let s = &self.sides[dir.index()];
        !s.buf.is_empty() || s.lost > 0
    }

    fn pending_info(&self, dir: Dir, out: &mut String) -> bool {
        let s = &self.sides[dir.index()];
        // The dissector writes its Info, then asks for more: on each
        // segment of a query (one more segment at a time), on the first of
        // an answer (the rest are added until the FIN without a call).
        if !(s.query || s.began) {
            return false;
        }
        out.push_str(&self.info(s.query));
        true
    }

    fn closed_by_fin(&mut self, dir: Dir) {
        self.sides[dir.index()].fin = true;
    }

    fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        let side = &mut self.sides[dir.index()];
        if !side.fin || side.query || (side.buf.is_empty() && side.lost == 0) {
            return;
        }
        let b = std::mem::take(&mut side.buf);
        let (start, lost) = (side.start, side.lost);
        let end = start + b.len() as u64 + lost;
        let mut l = self.answer_layer(&b, lost);
        l.str(self.info_field(), self.info(false));
        out.push(Message {
            layer: l,
            stream_offset: start,
            stream_end: end,
            event: None,
        });
    }
}

fn new_finger() -> Box<dyn StreamDecoder> {
    Box::new(LineDecoder::new(Kind::Finger))
}

fn new_whois() -> Box<dyn StreamDecoder> {
    Box::new(LineDecoder::new(Kind::Whois))
}

fn finger_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::finger::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn whois_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::whois::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn finger_summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("FINGER: ");
    out.push_str(l.get_str(f::finger::OSIDUMP_INFO).unwrap_or(""));
}

fn whois_summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("WHOIS: ");
    out.push_str(l.get_str(f::whois::OSIDUMP_INFO).unwrap_or(""));
}

pub static FINGER_SPEC: ProtocolSpec = ProtocolSpec {
    name: "finger",
    also: &[],
    title: "finger",
    osi: Osi::Application,
    fields: f::finger::ALL,
    summary: finger_summary,
    info: Some(finger_info),
    column: Some(|_| "FINGER"),
    app: Some(AppSpec {
        decode_as: &["finger"],
        tcp_ports: &[79],
        udp_ports: &[],
        // tshark has no heuristic for either: the port only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_finger),
        datagram: None,
    }),
};

pub static WHOIS_SPEC: ProtocolSpec = ProtocolSpec {
    name: "whois",
    also: &[],
    title: "whois",
    osi: Osi::Application,
    fields: f::whois::ALL,
    summary: whois_summary,
    info: Some(whois_info),
    column: Some(|_| "WHOIS"),
    app: Some(AppSpec {
        decode_as: &["whois"],
        tcp_ports: &[43],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_whois),
        datagram: None,
    }),
};
