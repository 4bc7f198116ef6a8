//! Syslog (UDP port 514) as tshark 4.0's `packet-syslog.c` decodes it: the
//! priority `<PRI>` as facility and level, the message, and inside it the
//! header of RFC 5424 (`1 TIMESTAMP HOSTNAME APP-NAME PROCID ` then the
//! rest, MSGID, structured data and message together, as `syslog.msgid`
//! after an optional UTF-8 BOM) or of RFC 3164 (`Mmm dd hh:mm:ss HOSTNAME `,
//! the tag's leading letters and digits as `syslog.procid`, the rest from
//! the first other character as `syslog.msgid`).
//!
//! What tshark 4.0 does that is followed here, measured with crafted
//! captures:
//! - at most three priority digits are read (`<1234>` is priority 123 and
//!   a message `4>...`); a datagram that ends before a byte of message
//!   (`<13>`, `<13`) throws before anything is shown (Info empty);
//! - the facility is `(PRI & 0x3f8) >> 3`, up to 124 (`UNKNOWN` in Info);
//! - Info is `FACILITY.LEVEL: ` and every captured byte of the message as
//!   `format_text` shows it (NULs as `\000`), while `syslog.msg` (UTF-8)
//!   and the header's strings (ASCII) end at their first NUL;
//! - RFC 5424's header is read when the message starts `1 ` and has more
//!   than two captured bytes, RFC 3164's when it has more than fifteen and
//!   spaces and colons sit where `Mmm dd hh:mm:ss ` has them. Each header
//!   field ends at the next space among the captured bytes; with none, the
//!   header stops there. The timestamp is ISO 8601 as Wireshark's
//!   `iso8601_to_nstime` reads it (a string that is not one, `-` among
//!   them, is the unset time); without a zone offset it is local time;
//! - reads past the captured bytes throw as tshark's do: RFC 5424's BOM
//!   test wants three bytes, RFC 3164's tag scan reads up to 32 bytes
//!   until one is not a letter or digit, and `syslog.msgid` covers the
//!   datagram's rest. Within the datagram but past the capture: cut short;
//!   past the datagram: malformed.
//!
//! Not decoded: SS7 MSUs in Cisco ITP's `LOCAL0.DEBUG` messages
//! (`syslog.msu_present` and the MTP3 tshark decodes from `msu=` hex).
//!
//! The promise: no input makes this module panic or loop. Every read is
//! checked against the captured bytes first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::expert::{ascii_string, format_text, utf8_string};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::source::Timestamp;
use std::borrow::Cow;

/// Syslog's well-known port (UDP).
pub const PORT: u16 = 514;

/// tshark's short names of the levels (`short_level_vals`).
const LEVELS: [&str; 8] = [
    "EMERG", "ALERT", "CRIT", "ERR", "WARNING", "NOTICE", "INFO", "DEBUG",
];

/// tshark's short names of the facilities (`short_facility_vals`).
const FACILITIES: [&str; 24] = [
    "KERN", "USER", "MAIL", "DAEMON", "AUTH", "SYSLOG", "LPR", "NEWS", "UUCP", "CRON", "AUTHPRIV",
    "FTP", "NTP", "LOGAUDIT", "LOGALERT", "CRON", "LOCAL0", "LOCAL1", "LOCAL2", "LOCAL3", "LOCAL4",
    "LOCAL5", "LOCAL6", "LOCAL7",
];

/// A read that needed the bytes up to `end` of the message.
struct Short {
    end: usize,
    what: &'static str,
}

/// The message's bytes: `b` captured of `reported` on the wire.
struct Msg<'a> {
    b: &'a [u8],
    reported: usize,
}

impl Msg<'_> {
    /// The byte at `at`, or where tshark's read of it throws.
    fn byte(&self, at: usize, what: &'static str) -> Result<u8, Short> {
        self.b.get(at).copied().ok_or(Short { end: at + 1, what })
    }

    /// The next space at or after `from` among the captured bytes.
    fn space(&self, from: usize) -> Option<usize> {
        self.b
            .get(from..)?
            .iter()
            .position(|&c| c == b' ')
            .map(|p| from + p)
    }
}

/// One syslog message (a UDP payload of `reported` bytes on the wire, of
/// which `msg` were captured) as a layer spanning `at..at + msg.len()`.
/// `cut`: the capture cut the datagram short; `quoted`: it is the part of
/// a datagram an ICMP error quotes, short on purpose (nothing is marked).
pub fn dissect(msg: &[u8], at: usize, reported: usize, cut: bool, quoted: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "syslog", at..at + msg.len());
    let m = Msg {
        b: msg,
        reported: reported.max(msg.len()),
    };
    if let Err(Short { end, what }) = message(&m, &mut l)
        && !quoted
    {
        let reason = format!("{what}: need {end} bytes, have {}", msg.len());
        l.read_past_end("syslog", reason, cut && end <= m.reported);
    }
    l
}

fn message<'a>(m: &Msg<'a>, l: &mut Layer<'a>) -> Result<(), Short> {
    let b = m.b;
    let mut off = 0;
    let mut pri = None;
    if m.byte(0, "priority")? == b'<' {
        off = 1;
        let mut p = 0u64;
        while off <= 3
            && let Some(&c) = b.get(off)
            && c.is_ascii_digit()
        {
            p = p * 10 + u64::from(c - b'0');
            off += 1;
        }
        if m.byte(off, "priority")? == b'>' {
            off += 1;
        }
        pri = Some(p);
    }
    // tshark ensures at least one byte of message was captured.
    m.byte(off, "message")?;
    let text = &b[off..];
    if let Some(p) = pri {
        l.uint(f::syslog::FACILITY, (p & 0x3f8) >> 3);
        l.uint(f::syslog::LEVEL, p & 0x7);
    }
    utf8_string(l, f::syslog::MSG, text);
    let shown = format_text(text);
    if !matches!(l.get(f::syslog::MSG), Some(Value::Str(s)) if *s == shown) {
        l.push(f::syslog::OSIDUMP_TEXT, Value::Str(Cow::Owned(shown)));
    }
    if text.len() > 2 && text.starts_with(b"1 ") {
        rfc5424(m, l, off)
    } else if text.len() > 15 {
        rfc3164(m, l, off)
    } else {
        Ok(())
    }
}

/// A header field up to the next space (`dissect_syslog_info`); `None`
/// when there is none.
fn word<'a>(
    m: &Msg<'a>,
    l: &mut Layer<'a>,
    off: usize,
    def: &'static crate::dissect::field::FieldDef,
) -> Option<usize> {
    let end = m.space(off)?;
    ascii_string(l, def, &m.b[off..end]);
    Some(end + 1)
}

/// The datagram's rest from `off` as `syslog.msgid`, when all of it was
/// captured.
fn rest<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize, utf8: bool) -> Result<(), Short> {
    if m.reported > m.b.len() {
        return Err(Short {
            end: m.reported,
            what: "message ID",
        });
    }
    let b = &m.b[off.min(m.b.len())..];
    if utf8 {
        utf8_string(l, f::syslog::MSGID, b);
    } else {
        ascii_string(l, f::syslog::MSGID, b);
    }
    Ok(())
}

fn rfc5424<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize) -> Result<(), Short> {
    let Some(mut off) = word(m, l, off, f::syslog::VERSION) else {
        return Ok(());
    };
    let Some(end) = m.space(off) else {
        return Ok(());
    };
    if end != off {
        let t = iso8601(&m.b[off..end]).unwrap_or(Timestamp::UNSET);
        l.push(f::syslog::TIMESTAMP, Value::Time(t));
    }
    off = end + 1;
    for def in [f::syslog::HOSTNAME, f::syslog::APPNAME, f::syslog::PROCID] {
        match word(m, l, off, def) {
            Some(next) => off = next,
            None => return Ok(()),
        }
    }
    // Three bytes for the BOM test, captured or not.
    if m.b.len() < off + 3 {
        return Err(Short {
            end: off + 3,
            what: "message ID",
        });
    }
    if m.b[off..off + 3] == [0xef, 0xbb, 0xbf] {
        l.uint(f::syslog::MSGID_BOM, 0xef_bbbf_u32);
        rest(m, l, off + 3, true)
    } else {
        rest(m, l, off, false)
    }
}

fn rfc3164<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize) -> Result<(), Short> {
    let b = m.b;
    let stamp = [3, 6, 9, 12, 15].map(|i| b[off + i]);
    if stamp != *b"  :: " {
        return Ok(());
    }
    ascii_string(l, f::syslog::TIMESTAMP_RFC3164, &b[off..off + 15]);
    let Some(mut off) = word(m, l, off + 16, f::syslog::HOSTNAME) else {
        return Ok(());
    };
    for at in off..off + 32 {
        if !m.byte(at, "tag")?.is_ascii_alphanumeric() {
            ascii_string(l, f::syslog::PROCID, &b[off..at]);
            off = at;
            break;
        }
    }
    rest(m, l, off, false)
}

/// `sscanf`'s `%u` (or `%d`) of at most `width` characters (0: any) after
/// skipped white space: the value and the characters read, white space
/// included. A sign counts in the width; a value past `u64` is its
/// maximum, as `strtoul`'s.
fn scan_int(s: &[u8], width: usize) -> Option<(i128, usize)> {
    let mut i = s
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        .count();
    let start = i;
    let within = |i: usize| width == 0 || i - start < width;
    let neg = match s.get(i) {
        Some(b'-') if within(i) => {
            i += 1;
            true
        }
        Some(b'+') if within(i) => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits = i;
    let mut v: u64 = 0;
    let mut over = false;
    while within(i)
        && let Some(&c) = s.get(i)
        && c.is_ascii_digit()
    {
        match v
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(c - b'0')))
        {
            Some(n) => v = n,
            None => over = true,
        }
        i += 1;
    }
    if i == digits {
        return None;
    }
    // `strtoul`: past the maximum it is the maximum, whatever the sign.
    Some((
        match (over, neg) {
            (true, _) => i128::from(u64::MAX),
            (false, true) => -i128::from(v),
            (false, false) => i128::from(v),
        },
        i,
    ))
}

/// A `%2u` into a C `int`: what the value is as tshark's `struct tm`
/// field holds it.
fn scan_u2(s: &[u8]) -> Option<(i64, usize)> {
    scan_int(s, 2).map(|(v, n)| (i64::from(v as u32 as i32), n))
}

/// Wireshark's `iso8601_to_nstime` (extended format, `ISO8601_DATETIME`):
/// `YYYY-MM-DD`, `T` or a space, `hh:mm`, optionally `:ss` and a fraction,
/// then `Z` or an offset. `None` where it fails (the unset time). Reads up
/// to the first NUL, as the C string it is.
pub(crate) fn iso8601(s: &[u8]) -> Option<Timestamp> {
    let s = s.split(|&c| c == 0).next().unwrap_or_default();
    let year = s.get(..4)?;
    if !year.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year = year.iter().fold(0i64, |y, &c| y * 10 + i64::from(c - b'0'));
    if s.get(4) != Some(&b'-') {
        return None;
    }
    let mut p = 5;
    let (mon, n) = scan_u2(&s[p..])?;
    p += n;
    if s.get(p) != Some(&b'-') {
        return None;
    }
    p += 1;
    let (mday, n) = scan_u2(&s[p..])?;
    p += n;
    if !matches!(s.get(p), Some(b'T' | b' ')) {
        return None;
    }
    p += 1;
    let (hour, n) = scan_u2(&s[p..])?;
    p += n;
    if s.get(p) != Some(&b':') {
        return None;
    }
    p += 1;
    let (min, n) = scan_u2(&s[p..])?;
    p += n;
    let mut sec = 0;
    let mut frac: u32 = 0;
    if s.get(p) == Some(&b':') {
        let (v, n) = scan_u2(&s[p + 1..])?;
        sec = v;
        p += 1 + n;
        if matches!(s.get(p), Some(b'.' | b',')) {
            p += 1;
            if let Some((v, n)) = scan_int(&s[p..], 0) {
                // `%u` into an unsigned int: the low 32 bits.
                let v = v as u64 as u32;
                frac = if v >= 1_000_000_000 || v == 0 {
                    0
                } else if n <= 8 {
                    v * 10u32.pow(9 - n as u32)
                } else {
                    v
                };
                p += n;
            }
        }
    }
    const DAYS: [i64; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mon = mon - 1;
    if !(0..12).contains(&mon)
        || !(1..=DAYS[mon as usize]).contains(&mday)
        || !(0..24).contains(&hour)
        || !(0..60).contains(&min)
        || !(0..=60).contains(&sec)
    {
        return None;
    }
    let days = crate::render::time::days_from_civil(year, mon + 1, mday);
    let mut secs = days * 86_400 + hour * 3600 + min * 60 + sec;
    let mut zoned = false;
    match s.get(p) {
        Some(b'Z') => zoned = true,
        Some(&sign @ (b'+' | b'-')) => {
            if let Some((hr, n)) = scan_int(&s[p..], 3) {
                zoned = true;
                let hr = i64::from(hr as u64 as u32 as i32);
                let rest = &s[p + n..];
                let min = if rest.first() == Some(&b':') {
                    scan_int(&rest[1..], 2)
                } else {
                    scan_int(rest, 2)
                }
                .map_or(0, |(m, _)| i64::from(m as u64 as u32 as i32));
                if sign == b'+' {
                    secs -= hr * 3600 + min * 60;
                } else {
                    secs += -hr * 3600 + min * 60;
                }
            }
        }
        _ => {}
    }
    if !zoned {
        // Local time, as `mktime` takes it.
        secs -= crate::render::time::local_offset(secs);
    }
    Some(Timestamp { secs, nanos: frac })
}

/// tshark's Info: `LOCAL0.NOTICE: message` (the message alone without a
/// priority), cut as tshark's column is to 4,095 bytes (at a character's
/// start).
pub fn info(out: &mut String, l: &Layer<'_>) {
    const COL_MAX: usize = 4095;
    let start = out.len();
    let text = l
        .get(f::syslog::OSIDUMP_TEXT)
        .or_else(|| l.get(f::syslog::MSG));
    let Some(Value::Str(text)) = text else {
        return;
    };
    if let (Some(fac), Some(lev)) = (
        l.get_uint(f::syslog::FACILITY),
        l.get_uint(f::syslog::LEVEL),
    ) {
        out.push_str(FACILITIES.get(fac as usize).copied().unwrap_or("UNKNOWN"));
        out.push('.');
        out.push_str(LEVELS.get(lev as usize).copied().unwrap_or("UNKNOWN"));
        out.push_str(": ");
    }
    out.push_str(text);
    if out.len() - start > COL_MAX {
        let mut end = start + COL_MAX;
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
    }
}

/// The tree's line: tshark's Info.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "syslog",
    also: &[],
    title: "Syslog message",
    osi: Osi::Application,
    fields: f::syslog::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: None,
    app: Some(AppSpec {
        decode_as: &["syslog"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

/// One message a datagram; no state across them.
fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(|d| {
        dissect(d.payload, d.at, d.reported, d.cut, d.nested)
    }))
}
