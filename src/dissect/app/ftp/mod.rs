//! FTP (TCP port 21) and the data connections its commands announce
//! (FTP-DATA), as tshark 4.0's packet-ftp.c shows them on one pass.
//!
//! tshark does not reassemble FTP: each segment of the control connection
//! is one call of its dissector, whose first line is the request or
//! response (Info `Request: USER anonymous`, `Response: 220 ready`) and
//! whose other lines are text items without fields. A request's first
//! token is `ftp.request.command` and the rest, blanks after the token
//! skipped, `ftp.request.arg`; a response line starting with three digits
//! has them as `ftp.response.code`, and what follows the fourth character
//! as `ftp.response.arg` (a line without the digits is all argument).
//! Strings are read as ASCII (each byte past 0x7f a U+FFFD), the Info
//! column as UTF-8, as tshark 4.0 does.
//!
//! The control connection tells where data will flow, and tshark makes a
//! conversation of it whose dissector is FTP-DATA (checked before any port):
//! - `PORT h1,h2,h3,h4,p1,p2`: the server's address and port 20, and the
//!   announced address with any port (a server sending from another port
//!   is not found);
//! - `227` (PASV): the announced address and port, and the client's
//!   address with any port;
//! - `EPRT |af|addr|port|`: the client's own address with the announced
//!   port, and the announced address with any port (which the server's
//!   connection never matches);
//! - `229` (EPSV): the server's address and the announced port, and the
//!   client's address with any port.
//!
//! Each is handed to the TCP layer as an [`Expected`] conversation; the
//! newest that matches a new conversation decides it, and is used up
//! (a second connection between the same ends is not FTP-DATA by it). Its FTP-DATA layers
//! link back to the announcement (`ftp-data.setup-frame`, `.setup-method`),
//! to the first request after it (`ftp-data.command`, `.command-frame`:
//! tshark keeps the first, whatever it is) and to the working directory
//! the control connection knew (`ftp-data.current-working-directory`).
//! The working directory (`ftp.current-working-directory`) follows tshark:
//! empty until a `257` reply quotes one or a `250` reply accepts a `CWD`
//! or `CDUP`, relative paths joined and normalised as packet-ftp.c does
//! (appended in place while it is empty, so data connections announced
//! before see the change, as they share tshark's buffer).
//!
//! A `234` reply to `AUTH TLS` hands the conversation to TLS from the next
//! segment on (tshark's `ssl_starttls_ack`).
//!
//! Not shown: what tshark fills only on a second pass
//! (`ftp.command-response.*`, `ftp.setup-frame`, `ftp.command`,
//! `ftp.command-frame`), and the credentials and export-object taps.
//!
//! The promise: no input makes this module panic; the state it keeps is
//! the last request line, the working directory (both at most
//! [`MAX_TEXT`] bytes) and the data connection last announced.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Endpoints, Expected, Message, StreamDecoder};
use crate::dissect::expert::{self, ei, format_text};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::{ascii, c_decimal};
use std::borrow::Cow;
use std::sync::{Arc, Mutex};

/// FTP's control port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 21;
/// FTP-DATA's port (TCP).
pub const DATA_PORT: u16 = 20;

/// Most bytes kept of the last request line and of the working
/// directory: longer ones are cut (tshark keeps them whole).
pub const MAX_TEXT: usize = 16 * 1024;

ei!(
    EPRT_ARGS_INVALID,
    f::ftp::EPRT_ARGS_INVALID,
    Malformed,
    Warn
);
ei!(
    EPSV_ARGS_INVALID,
    f::ftp::EPSV_ARGS_INVALID,
    Malformed,
    Warn
);
ei!(
    PWD_RESPONSE_INVALID,
    f::ftp::RESPONSE_PWD_INVALID,
    Malformed,
    Error
);

/// A working directory as tshark holds it: a buffer that data connections
/// announced while it was current point to.
type Cwd = Arc<Mutex<String>>;

/// What a data connection knows of its announcement (tshark's
/// `ftp_data_conversation_t`), shared with the control connection, which
/// fills its command in later.
#[derive(Debug)]
struct DataConv {
    setup_method: &'static str,
    command: Option<String>,
    command_frame: u64,
    cwd: Cwd,
}

type Shared = Arc<Mutex<DataConv>>;

/// The text of a shared buffer (a poisoned lock still holds it).
fn read<T: Clone>(m: &Mutex<T>) -> T {
    match m.lock() {
        Ok(g) => g.clone(),
        Err(p) => p.into_inner().clone(),
    }
}

fn with<T, R>(m: &Mutex<T>, f: impl FnOnce(&mut T) -> R) -> R {
    match m.lock() {
        Ok(mut g) => f(&mut g),
        Err(p) => f(&mut p.into_inner()),
    }
}

/// `s` cut to at most [`MAX_TEXT`] bytes, at a character boundary.
fn capped(mut s: String) -> String {
    if s.len() > MAX_TEXT {
        let mut end = MAX_TEXT;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}

/// The control connection, both sides.
pub struct FtpDecoder {
    frame: u64,
    ports: Option<(u16, u16)>,
    ends: Option<Endpoints>,
    /// The last request's first line (tshark's `last_command`).
    last_command: Option<String>,
    cwd: Cwd,
    /// The data connection last announced, until the next.
    current_data: Option<Shared>,
    tls_requested: bool,
    /// `AUTH TLS` was accepted: the conversation is TLS's from the next
    /// segment on.
    tls: Option<Box<dyn StreamDecoder>>,
    /// Data connections announced by the segments fed since last asked.
    expected: Vec<Expected>,
}

impl Default for FtpDecoder {
    fn default() -> Self {
        Self::new()
    }
}

impl FtpDecoder {
    pub fn new() -> Self {
        FtpDecoder {
            frame: 0,
            ports: None,
            ends: None,
            last_command: None,
            cwd: Arc::new(Mutex::new(String::new())),
            current_data: None,
            tls_requested: false,
            tls: None,
            expected: Vec::new(),
        }
    }

    /// tshark's `is_request`: the segment goes to the FTP port.
    fn is_request(&self, dir: Dir) -> bool {
        match self.ports {
            Some((_, PORT)) => true,
            Some((PORT, _)) => false,
            _ => dir == Dir::Client,
        }
    }

    /// A data connection announced by this frame (tshark's
    /// `create_and_link_data_conversation`): `a` whole, `b` any port.
    fn announce(&mut self, a: (Addr, u16), b: Addr, method: &'static str) {
        let conv: Shared = Arc::new(Mutex::new(DataConv {
            setup_method: method,
            command: None,
            command_frame: 0,
            cwd: Arc::clone(&self.cwd),
        }));
        self.current_data = Some(Arc::clone(&conv));
        let setup_frame = self.frame;
        // Announcements a segment makes are few; a flood of segments each
        // announcing one is bounded by the TCP layer's table.
        self.expected.push(Expected {
            a: (a.0.v6, a.0.bytes, a.1),
            b: (b.v6, b.bytes),
            frame: setup_frame,
            make: Box::new(move || {
                Box::new(FtpDataDecoder {
                    setup_frame,
                    conv: Some(Arc::clone(&conv)),
                })
            }),
        });
    }

    /// One call of tshark's `dissect_ftp` on a segment.
    fn segment<'a>(&mut self, dir: Dir, b: &'a [u8]) -> Layer<'a> {
        let is_request = self.is_request(dir);
        let mut l = Layer::new(Osi::Application, "ftp", 0..b.len());
        let mut packet_cwd = read(&self.cwd);
        let (linelen, next_offset) = find_line_end(b);
        let line = &b[..linelen];
        let info = format!(
            "{}: {}",
            if is_request { "Request" } else { "Response" },
            format_text(line)
        );
        l.boolean(f::ftp::REQUEST, is_request);
        l.boolean(f::ftp::RESPONSE, !is_request);
        let (src, dst) = match self.ends {
            Some(e) => (
                Addr {
                    v6: e.v6,
                    bytes: e.src.0,
                },
                Addr {
                    v6: e.v6,
                    bytes: e.dst.0,
                },
            ),
            None => (Addr::default(), Addr::default()),
        };
        let (mut port_request, mut eprt_request) = (false, false);
        let (mut pasv_response, mut epsv_response) = (false, false);
        let next_token;
        if is_request {
            let (tokenlen, next) = token(line);
            next_token = next;
            if tokenlen != 0 {
                expert::ascii_string(&mut l, f::ftp::REQUEST_COMMAND, &line[..tokenlen]);
                let tok = &line[..tokenlen];
                // strncmp(line, "PORT", tokenlen): a prefix matches.
                port_request = b"PORT".starts_with(tok);
                eprt_request = !port_request && b"EPRT".starts_with(tok);
            }
            self.last_command = Some(capped(ascii(line).into_owned()));
            if line == b"AUTH TLS" {
                self.tls_requested = true;
            }
            if let Some(conv) = &self.current_data {
                let frame = self.frame;
                let text = self.last_command.clone();
                with(conv, |c| {
                    if c.command.is_none() {
                        c.command = text;
                        c.command_frame = frame;
                    }
                });
            }
        } else if linelen >= 3 && line[..3].iter().all(u8::is_ascii_digit) {
            let code = line[..3]
                .iter()
                .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
            l.uint(f::ftp::RESPONSE_CODE, code);
            pasv_response = code == 227;
            epsv_response = code == 229;
            if code == 234 && self.tls_requested {
                self.tls_requested = false;
                self.tls = Some(super::tls::new_starttls_stream(
                    "File Transfer Protocol (FTP)",
                ));
            }
            if code == 250 {
                let path = match self.last_command.as_deref() {
                    Some(c) if c.starts_with("CWD ") => Some(c[4..].to_owned()),
                    Some(c) if c.starts_with("CDUP") => Some("..".to_owned()),
                    _ => None,
                };
                if let Some(p) = path {
                    self.change_directory(&p);
                    packet_cwd = read(&self.cwd);
                }
            }
            if code == 257 && linelen >= 4 {
                match pwd(&line[4..]) {
                    Some(dir) => self.cwd = Arc::new(Mutex::new(capped(dir))),
                    None => expert::add(&mut l, &PWD_RESPONSE_INVALID, None),
                }
                packet_cwd = read(&self.cwd);
            }
            next_token = linelen.min(4);
        } else {
            next_token = 0;
        }
        let args = &line[next_token.min(linelen)..];
        if !args.is_empty() {
            let def = if is_request {
                f::ftp::REQUEST_ARG
            } else {
                f::ftp::RESPONSE_ARG
            };
            expert::ascii_string(&mut l, def, args);
        }
        if port_request && let Some((ip, port)) = port_pasv(args) {
            l.push(f::ftp::ACTIVE_CIP, Value::Ipv4(ip));
            l.uint(f::ftp::ACTIVE_PORT, port);
            let announced = Addr::v4(ip);
            if announced != src {
                l.boolean(f::ftp::ACTIVE_NAT, true);
            }
            self.announce((dst, DATA_PORT), announced, "PORT");
        }
        if pasv_response
            && !args.is_empty()
            && let Some((ip, port)) = port_pasv(args)
        {
            l.push(f::ftp::PASSIVE_IP, Value::Ipv4(ip));
            l.uint(f::ftp::PASSIVE_PORT, port);
            let announced = Addr::v4(ip);
            if announced != src {
                l.boolean(f::ftp::PASSIVE_NAT, true);
            }
            self.announce((announced, port), dst, "PASV");
        }
        if eprt_request {
            match eprt(args) {
                Some((af, addr, port)) => {
                    l.uint(f::ftp::EPRT_AF, af);
                    if addr.v6 {
                        l.push(f::ftp::EPRT_IPV6, Value::Ipv6(addr.bytes));
                    } else {
                        l.push(f::ftp::EPRT_IP, Value::Ipv4(addr.v4_bytes()));
                    }
                    l.uint(f::ftp::EPRT_PORT, port);
                    self.announce((src, port), addr, "EPRT");
                }
                None => expert::add(&mut l, &EPRT_ARGS_INVALID, None),
            }
        }
        if epsv_response && !args.is_empty() {
            match epsv(args) {
                Some(port) => {
                    if src.v6 {
                        l.push(f::ftp::EPSV_IPV6, Value::Ipv6(src.bytes));
                    } else {
                        l.push(f::ftp::EPSV_IP, Value::Ipv4(src.v4_bytes()));
                    }
                    l.uint(f::ftp::EPSV_PORT, port);
                    self.announce((src, port), dst, "EPASV");
                }
                None => expert::add(&mut l, &EPSV_ARGS_INVALID, None),
            }
        }
        let _ = next_offset;
        l.str(f::ftp::CURRENT_WORKING_DIRECTORY, packet_cwd);
        l.str(f::ftp::OSIDUMP_INFO, info);
        l
    }

    /// A `250` reply to `CWD path` (`CDUP`: `..`): tshark's
    /// `process_cwd_success`.
    fn change_directory(&mut self, path: &str) {
        if path.starts_with('/') {
            self.cwd = Arc::new(Mutex::new(capped(path.to_owned())));
            return;
        }
        let current = read(&self.cwd);
        if current.is_empty() {
            // Appended to the buffer itself, which data connections
            // announced before share.
            with(&self.cwd, |c| *c = capped(path.to_owned()));
            return;
        }
        self.cwd = Arc::new(Mutex::new(capped(join(&current, path))));
    }
}

/// An address as tshark's conversations compare them: its family and
/// bytes (IPv4 in the first four).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Addr {
    v6: bool,
    bytes: [u8; 16],
}

impl Addr {
    fn v4(ip: [u8; 4]) -> Addr {
        let mut bytes = [0u8; 16];
        bytes[..4].copy_from_slice(&ip);
        Addr { v6: false, bytes }
    }

    fn v4_bytes(&self) -> [u8; 4] {
        [self.bytes[0], self.bytes[1], self.bytes[2], self.bytes[3]]
    }
}

/// tshark's `tvb_find_line_end` from the start: the first line's length
/// (without its end) and where the next starts. A line ends at CR, LF or
/// CR LF; one without an end runs to the end of the bytes.
fn find_line_end(b: &[u8]) -> (usize, usize) {
    match b.iter().position(|&c| c == b'\r' || c == b'\n') {
        Some(i) if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') => (i, i + 2),
        Some(i) => (i, i + 1),
        None => (b.len(), b.len()),
    }
}

/// strutil's `get_token_len`: the first token's length (up to a blank, CR
/// or LF) and where the next starts, the blanks after it skipped.
fn token(line: &[u8]) -> (usize, usize) {
    let len = line
        .iter()
        .position(|&c| matches!(c, b' ' | b'\r' | b'\n'))
        .unwrap_or(line.len());
    let next = len + line[len..].iter().take_while(|&&c| c == b' ').count();
    (len, next)
}

/// The bytes a C string copy of `b` holds: up to the first NUL.
fn c_str(b: &[u8]) -> &[u8] {
    b.split(|&c| c == 0).next().unwrap_or_default()
}

/// `sscanf`'s `%d` at `at`: blanks skipped, a sign, at least one digit;
/// the value as C's `int` holds it, and where the number ends.
fn scan_int(b: &[u8], at: usize) -> Option<(i32, usize)> {
    let n = c_decimal(b, at);
    if !n.digits {
        return None;
    }
    // glibc's conversion saturates at the long's range, then the int
    // takes its low bits.
    let v = n.magnitude.min(i64::MAX as u64) as i64;
    let v = if n.negative { -v } else { v };
    Some((v as i32, n.end))
}

/// tshark's `parse_port_pasv`: the first six comma-separated numbers
/// after a digit (`h1,h2,h3,h4,p1,p2`), as the address and the port.
fn port_pasv(args: &[u8]) -> Option<([u8; 4], u16)> {
    let s = c_str(args);
    let mut p = 0;
    loop {
        while p < s.len() && !s[p].is_ascii_digit() {
            p += 1;
        }
        if p >= s.len() {
            return None;
        }
        let mut n = [0i32; 6];
        let mut at = p;
        let mut got = 0;
        for (k, slot) in n.iter_mut().enumerate() {
            if k > 0 {
                if s.get(at) != Some(&b',') {
                    break;
                }
                at += 1;
            }
            match scan_int(s, at) {
                Some((v, end)) => {
                    *slot = v;
                    at = end;
                    got += 1;
                }
                None => break,
            }
        }
        if got == 6 {
            let port = (((n[4] & 0xff) << 8) | (n[5] & 0xff)) as u16;
            let ip = (n[0].wrapping_shl(24) | n[1].wrapping_shl(16) | n[2].wrapping_shl(8) | n[3])
                as u32;
            return Some((ip.to_be_bytes(), port));
        }
        while p < s.len() && s[p].is_ascii_digit() {
            p += 1;
        }
    }
}

/// RFC 2428's delimiter: a graphic character that is no digit, hex
/// letter, dot or colon.
fn rfc2428_delimiter(c: u8) -> bool {
    c.is_ascii_graphic() && !b"0123456789abcdef.:".contains(&c.to_ascii_lowercase())
}

/// wsutil's `ws_strtou64`: an unsigned decimal after blanks; with `whole`
/// nothing may follow it. The value and where it ends, or `Err` with
/// where the reading stopped (and whether the value was out of range).
fn strtou64(s: &[u8], whole: bool) -> Result<(u64, usize), (usize, bool)> {
    if matches!(s.first(), Some(b'-' | b'+')) {
        return Err((0, false));
    }
    let n = c_decimal(s, 0);
    if !n.digits {
        return Err((0, false));
    }
    if whole && n.end != s.len() {
        return Err((n.end, false));
    }
    if n.overflow || n.magnitude == u64::MAX {
        return Err((n.end, true));
    }
    let v = n.magnitude;
    Ok((if n.negative { v.wrapping_neg() } else { v }, n.end))
}

/// `ws_strtou16`: [`strtou64`] within 16 bits; out of range, the
/// largest value with the error.
fn strtou16(s: &[u8], whole: bool) -> Result<(u16, usize), (usize, Option<u16>)> {
    match strtou64(s, whole) {
        Ok((v, end)) => u16::try_from(v)
            .map(|v| (v, end))
            .map_err(|_| (end, Some(u16::MAX))),
        Err((end, range)) => Err((end, range.then_some(u16::MAX))),
    }
}

/// tshark's `parse_eprt_request`: `<d>af<d>address<d>port<d>`, the family,
/// the address and the port.
fn eprt(args: &[u8]) -> Option<(u8, Addr, u16)> {
    let s = c_str(args);
    if s.len() < 4 || !rfc2428_delimiter(s[0]) {
        return None;
    }
    let d = s[0];
    let at: Vec<usize> = s
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == d)
        .map(|(i, _)| i)
        .collect();
    if at.len() != 4 {
        return None;
    }
    let field = |k: usize| &s[at[k] + 1..at[k + 1]];
    for k in 0..3 {
        if field(k).is_empty() {
            return None;
        }
    }
    let af = match strtou64(field(0), true) {
        Ok((v, _)) => u32::try_from(v).ok()?,
        Err(_) => return None,
    };
    let text = std::str::from_utf8(field(1)).ok();
    let addr = match af {
        1 => text
            .and_then(|t| t.parse::<std::net::Ipv4Addr>().ok())
            .map(|ip| Addr::v4(ip.octets())),
        2 => text
            .and_then(|t| t.parse::<std::net::Ipv6Addr>().ok())
            .map(|ip| Addr {
                v6: true,
                bytes: ip.octets(),
            }),
        _ => return None,
    };
    let port = strtou16(field(2), true).ok()?.0;
    Some((af as u8, addr?, port))
}

/// tshark's `parse_extended_pasv_response`: the port in
/// `(<d><d><d>port<d>)`.
fn epsv(args: &[u8]) -> Option<u16> {
    let s = c_str(args);
    let mut p = s.iter().position(|&c| c == b'(')? + 1;
    let mut delimiter = 0u8;
    for _ in 0..3 {
        let Some(&c) = s.get(p) else { break };
        if delimiter == 0 && rfc2428_delimiter(c) {
            delimiter = c;
        }
        if c != delimiter {
            break;
        }
        p += 1;
    }
    if p >= s.len() {
        return None;
    }
    let port = match strtou16(&s[p..], false) {
        Ok((v, _)) => v,
        // Out of range before a delimiter: tshark takes the largest port.
        Err((end, Some(max))) if s.get(p + end) == Some(&b'|') => max,
        // No number before a delimiter: tshark reads a port it never set;
        // taken as invalid here.
        Err(_) => return None,
    };
    s[p..].contains(&b')').then_some(port)
}

/// tshark's `process_pwd_success`: the quoted directory of a `257` reply
/// (a doubled quote is one), or `None` when it is not quoted.
fn pwd(line: &[u8]) -> Option<String> {
    if line.len() < 2 || line[0] != b'"' {
        return None;
    }
    let mut out = Vec::new();
    let mut started = false;
    let mut i = 0;
    let mut closed = false;
    while i < line.len() && line[i] != b'\r' && line[i] != b'\n' {
        if line[i] == b'"' {
            if line.get(i + 1) == Some(&b'"') {
                out.push(b'"');
                i += 1;
            } else if started {
                closed = true;
                break;
            } else {
                started = true;
            }
        } else {
            out.push(line[i]);
        }
        i += 1;
    }
    closed.then(|| String::from_utf8_lossy(&out).into_owned())
}

/// tshark's `add_directory_to_conv` on a non-empty directory: `path`
/// appended, then `.` and `..` worked out, one folder at a time.
fn join(cwd: &str, path: &str) -> String {
    let mut appended = String::with_capacity(cwd.len() + path.len() + 1);
    appended.push_str(cwd);
    if !cwd.ends_with('/') {
        appended.push('/');
    }
    appended.push_str(path);
    // tshark reads the path as a C string: a NUL ends it.
    let appended = appended.split('\0').next().unwrap_or_default();
    let mut out = String::new();
    let mut rest = appended;
    if cwd.starts_with('/') {
        out.push('/');
        rest = &appended[1..];
    }
    for folder in rest.split('/').filter(|x| !x.is_empty()) {
        match folder {
            ".." => {
                while !out.is_empty() && !out.ends_with('/') {
                    out.pop();
                }
                if out.len() > 1 && out.ends_with('/') {
                    out.pop();
                }
            }
            "." => {}
            name => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(name);
            }
        }
    }
    out
}

impl StreamDecoder for FtpDecoder {
    fn protocol(&self) -> &'static str {
        "ftp"
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn set_endpoints(&mut self, e: &Endpoints) {
        self.ends = Some(*e);
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn heap_bytes(&self) -> usize {
        self.last_command.as_ref().map_or(0, String::capacity) + read(&self.cwd).capacity()
    }

    /// AUTH TLS was accepted: TLS from the next segment on.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        let decoder = self.tls.take()?;
        Some(super::handover::Successor {
            decoder,
            from: usize::MAX,
        })
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let layer = self.segment(dir, data).into_owned();
        out.push(Message {
            layer,
            stream_offset: offset,
            stream_end: offset + data.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, _dir: Dir, _len: u64) {}

    fn take_expected(&mut self, out: &mut Vec<Expected>) {
        out.append(&mut self.expected);
    }
}

/// A data connection: each segment one FTP-DATA layer.
pub struct FtpDataDecoder {
    /// The frame that set the conversation up: the announcement, or the
    /// connection's first frame when port 20 decided it.
    setup_frame: u64,
    conv: Option<Shared>,
}

impl FtpDataDecoder {
    fn segment<'a>(&self, b: &'a [u8]) -> Layer<'a> {
        let mut l = Layer::new(Osi::Application, "ftp-data", 0..b.len());
        let mut info = format!("FTP Data: {} bytes", b.len());
        l.uint(f::ftp_data::SETUP_FRAME, self.setup_frame);
        if let Some(conv) = &self.conv {
            let (method, command, command_frame, cwd) = match conv.lock() {
                Ok(c) => (
                    c.setup_method,
                    c.command.clone(),
                    c.command_frame,
                    Arc::clone(&c.cwd),
                ),
                Err(p) => {
                    let c = p.into_inner();
                    (
                        c.setup_method,
                        c.command.clone(),
                        c.command_frame,
                        Arc::clone(&c.cwd),
                    )
                }
            };
            l.str(f::ftp_data::SETUP_METHOD, method);
            info.push_str(" (");
            info.push_str(method);
            info.push(')');
            if let Some(c) = command {
                info.push_str(" (");
                info.push_str(&c);
                info.push(')');
                l.push(f::ftp_data::COMMAND, Value::Str(Cow::Owned(c)));
                l.uint(f::ftp_data::COMMAND_FRAME, command_frame);
            }
            l.str(f::ftp_data::CURRENT_WORKING_DIRECTORY, read(&cwd));
        }
        let text = b
            .iter()
            .take(20)
            .all(|&c| c == b'\r' || c == b'\n' || (0x20..0x7f).contains(&c));
        if text {
            l.boolean(f::ftp_data::OSIDUMP_TEXT, true);
        }
        l.str(f::ftp_data::OSIDUMP_INFO, info);
        l
    }
}

impl StreamDecoder for FtpDataDecoder {
    fn protocol(&self) -> &'static str {
        "ftp-data"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_conversation_frame(&mut self, frame: u64) {
        if self.conv.is_none() {
            self.setup_frame = frame;
        }
    }

    fn feed(&mut self, _dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        out.push(Message {
            layer: self.segment(data).into_owned(),
            stream_offset: offset,
            stream_end: offset + data.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, _dir: Dir, _len: u64) {}
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(FtpDecoder::new()))
}

fn new_data_stream() -> Box<dyn StreamDecoder> {
    Box::new(FtpDataDecoder {
        setup_frame: 0,
        conv: None,
    })
}

/// tshark's Info column for an FTP segment.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::ftp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::ftp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

fn data_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::ftp_data::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn data_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::ftp_data::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "ftp",
    also: &[],
    title: "File Transfer Protocol (FTP)",
    osi: Osi::Application,
    fields: f::ftp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "FTP"),
    app: Some(AppSpec {
        decode_as: &["ftp"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark has no FTP heuristic: port 21 (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

pub static DATA_SPEC: ProtocolSpec = ProtocolSpec {
    name: "ftp-data",
    also: &[],
    title: "FTP Data",
    osi: Osi::Application,
    fields: f::ftp_data::ALL,
    summary: data_summary,
    info: Some(data_info),
    column: Some(|_| "FTP-DATA"),
    app: Some(AppSpec {
        decode_as: &["ftp-data"],
        tcp_ports: &[DATA_PORT],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_data_stream),
        datagram: None,
    }),
};
