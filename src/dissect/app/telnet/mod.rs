//! Telnet (TCP port 23, RFC 854 and 855) as tshark 4.0's packet-telnet.c
//! shows it.
//!
//! tshark does not reassemble Telnet: each segment is read alone, from its
//! first byte. Its bytes are data up to an IAC (255) that is not doubled
//! (IAC IAC is a data byte 255), then a command: `telnet.cmd` (WILL, WONT,
//! DO, DONT and SB with the option they name in `telnet.subcmd`, or one of
//! the others alone), and for SB the option's parameters up to the next
//! lone IAC, read by the option's own reader (terminal type, window size,
//! COM port control, authentication, encryption, TN3270E, START_TLS, ...;
//! see [`subopt`]) or shown as `telnet.option_data`. Data is shown a line
//! at a time (`telnet.data`, its line end kept): a line ends at LF, CR LF
//! or CR NUL, a CR alone does not end one. The Info column is always
//! `Telnet Data ...`.
//!
//! tshark's quirks are kept, since its output is the reference: the search
//! for the IAC that ends a suboption compares that IAC's offset in the
//! segment with the bytes left after the option byte, so a doubled IAC in
//! a suboption late in a segment ends it; TN3270E's CONNECT reads one byte
//! past its suboption; a suboption over 10,239 bytes with a doubled IAC
//! is tshark's dissector bug. A read past the segment's bytes is tshark's
//! exception: what was read stays, then `[Malformed Packet]` (or `[Packet
//! size limited during capture]` when the capture cut the segment).
//!
//! START_TLS: once each side has sent `SB START_TLS FOLLOWS` (the second
//! from the other port, in a later frame), the conversation is TLS from
//! the next segment on (tshark's `ssl_starttls_ack`), its application data
//! named Telnet.
//!
//! Not done: tshark's TN3270 and TN5250 conversations (a terminal type or
//! TN3270E device type of an IBM 3270 or 5250 terminal, or a TN3270E
//! REQUEST, hands the data that follows to its tn3270 or tn5250 dissector,
//! which osidump does not have: it stays `telnet.data` here), and the
//! Kerberos 5 ticket of AUTHENTICATION IS / REPLY RESPONSE (tshark shows a
//! `kerberos` layer inside Telnet; here its bytes are not shown).
//!
//! The promise: no input makes this module panic; the only state kept is
//! the START_TLS exchange.

pub mod fields;
mod subopt;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb};

/// Telnet's port (TCP).
pub const PORT: u16 = 23;

/// tshark's long name of the protocol, which a TLS session it hands over
/// to names as its application data protocol.
const LONG_NAME: &str = "Telnet";

/// What tshark writes in the Info column of every Telnet segment.
const INFO: &str = "Telnet Data ...";

const IAC: u8 = 255;
const DONT: u8 = 254;
const DO: u8 = 253;
const WONT: u8 = 252;
const WILL: u8 = 251;
const SB: u8 = 250;

/// What a conversation remembers (tshark's `telnet_conv_info_t`): the
/// first `SB START_TLS FOLLOWS` and whether the other side answered it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Session {
    /// Frame and source port of the first FOLLOWS.
    starttls_requested: Option<(u64, u16)>,
    /// The other side's FOLLOWS came: TLS from the next segment.
    starttls_ack: bool,
}

/// The segment being read: its frame and source port (for START_TLS).
pub(crate) struct Cx<'s> {
    session: &'s mut Session,
    frame: u64,
    src_port: u16,
}

/// One segment's bytes as tshark reads them: `b` what was captured, `cut`
/// bytes of the segment the capture did not keep. `frame` and `src_port`
/// place it in the START_TLS exchange `session` keeps.
pub fn dissect(
    b: &[u8],
    cut: usize,
    session: &mut Session,
    frame: u64,
    src_port: u16,
) -> Layer<'static> {
    let t = Tvb {
        b,
        reported: b.len().saturating_add(cut),
        le: false,
    };
    let mut l = Layer::new(Osi::Application, "telnet", 0..b.len());
    let mut cx = Cx {
        session,
        frame,
        src_port,
    };
    match walk(&t, &mut l, &mut cx) {
        Ok(()) => {}
        Err(Thrown::Bound(e)) => {
            let reason = "telnet: read past the end of the segment".to_owned();
            l.read_past_end("telnet", reason, e == Bound::Cut);
        }
        Err(Thrown::Bug(message)) => {
            l.malformed(format!("tshark's telnet dissector fails here: {message}"));
            l.throw_bug("telnet", message);
        }
    }
    l
}

/// How tshark's reading of a segment stopped short: a read past its
/// bytes, or a failed assertion (a dissector bug).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Thrown {
    Bound(Bound),
    Bug(&'static str),
}

impl From<Bound> for Thrown {
    fn from(b: Bound) -> Self {
        Thrown::Bound(b)
    }
}

/// dissect_telnet's loop: data up to each lone IAC, then its command.
fn walk(t: &Tvb<'_>, l: &mut Layer<'static>, cx: &mut Cx<'_>) -> Result<(), Thrown> {
    let mut off = 0;
    while off < t.reported {
        let len = t.reported - off;
        match find_unescaped_iac(t, off)? {
            Some(iac) => {
                if iac > off {
                    add_text(t, l, off, iac - off)?;
                }
                off = command(t, l, cx, iac)?;
            }
            None => {
                add_text(t, l, off, len)?;
                break;
            }
        }
    }
    Ok(())
}

/// `tvb_find_guint8`: where `needle` first is from `at`, within `max`
/// bytes and what was captured; a start past the captured bytes throws.
pub(crate) fn find(t: &Tvb<'_>, at: usize, max: usize, needle: u8) -> Result<Option<usize>, Bound> {
    if at > t.b.len() {
        return Err(if at <= t.reported {
            Bound::Cut
        } else {
            Bound::Past
        });
    }
    let end = at.saturating_add(max).min(t.b.len());
    Ok(memchr::memchr(needle, &t.b[at..end]).map(|i| at + i))
}

/// The first IAC from `at` that is not doubled (find_unescaped_iac); the
/// byte after each IAC is read, which throws at the end of the segment.
fn find_unescaped_iac(t: &Tvb<'_>, at: usize) -> Result<Option<usize>, Bound> {
    let mut at = at;
    loop {
        let Some(p) = find(t, at, usize::MAX, IAC)? else {
            return Ok(None);
        };
        if t.u8(p + 1)? != IAC {
            return Ok(Some(p));
        }
        at = p + 2;
    }
}

/// `tvb_find_line_end` (not desegmenting) over `len` bytes at `at`: the
/// line's length without its end, and where the next line starts.
fn find_line_end(t: &Tvb<'_>, at: usize, len: usize) -> Result<(usize, usize), Bound> {
    let eob = at + len;
    let end = eob.min(t.b.len());
    let Some(i) = memchr::memchr2(b'\r', b'\n', &t.b[at..end]) else {
        return Ok((len, eob));
    };
    let mut eol = at + i;
    if t.b[eol] == b'\r' && eol + 1 < eob && t.u8(eol + 1)? == b'\n' {
        eol += 1;
    }
    Ok((i, eol + 1))
}

/// telnet_add_text: `len` data bytes at `at`, a `telnet.data` a line.
fn add_text(t: &Tvb<'_>, l: &mut Layer<'static>, at: usize, len: usize) -> Result<(), Bound> {
    let (mut at, mut len) = (at, len);
    while len != 0 && at < t.b.len() {
        let (linelen, mut next) = find_line_end(t, at, len)?;
        len -= next - at;
        // A line that ended at a CR alone goes on (CR NUL is how Telnet
        // sends a bare CR): to an LF, or a NUL right after a CR.
        if next == at + linelen + 1 && len >= 1 && t.b.get(at + linelen) == Some(&b'\r') {
            let mut last_was_cr = true;
            while len != 0 && next < t.b.len() {
                let c = t.b[next];
                next += 1;
                len -= 1;
                if c == b'\n' || (c == 0 && last_was_cr) {
                    break;
                }
                last_was_cr = c == b'\r';
            }
        }
        let line = t.bytes(at, next - at)?;
        expert::ascii_string(l, f::telnet::DATA, line);
        at = next;
    }
    Ok(())
}

/// telnet_command: the command at `start` (its IAC); where the bytes after
/// it start.
fn command(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    cx: &mut Cx<'_>,
    start: usize,
) -> Result<usize, Thrown> {
    let code = t.u8(start + 1)?;
    l.uint(f::telnet::CMD, code);
    let mut off = start + 2;
    if matches!(code, WILL | WONT | DO | DONT | SB) {
        let opt = t.u8(off)?;
        l.uint(f::telnet::SUBCMD, opt);
        off += 1;
        if code == SB {
            off = subopt::sub_option(t, l, cx, start)?;
        }
    }
    Ok(off)
}

/// Each segment a layer, as tshark reads it; after a START_TLS exchange,
/// TLS from the next segment on.
struct TelnetStream {
    session: Session,
    frame: u64,
    src_port: u16,
    cut: u64,
    /// The START_TLS exchange completed; handed to TLS once.
    handed: bool,
}

impl StreamDecoder for TelnetStream {
    fn protocol(&self) -> &'static str {
        "telnet"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, _dst: u16) {
        self.src_port = src;
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    fn feed(&mut self, _dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let cut = usize::try_from(self.cut).unwrap_or(usize::MAX);
        let layer = dissect(data, cut, &mut self.session, self.frame, self.src_port);
        out.push(Message {
            layer,
            stream_offset: offset,
            stream_end: offset + data.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, _dir: Dir, _len: u64) {}

    /// Both sides sent START_TLS FOLLOWS: TLS from the next segment.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        if !self.session.starttls_ack || self.handed {
            return None;
        }
        self.handed = true;
        Some(super::handover::Successor {
            decoder: super::tls::new_starttls_stream(LONG_NAME),
            from: usize::MAX,
        })
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(TelnetStream {
        session: Session::default(),
        frame: 0,
        src_port: 0,
        cut: 0,
        handed: false,
    }))
}

fn info(out: &mut String, _layers: &[Layer<'_>], _i: usize) {
    out.push_str(INFO);
}

fn summary(out: &mut String, _l: &Layer<'_>) {
    out.push_str(INFO);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "telnet",
    also: &[],
    title: "Telnet",
    osi: Osi::Application,
    fields: f::telnet::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "TELNET"),
    app: Some(AppSpec {
        decode_as: &["telnet"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark has no heuristic for it: the port only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
