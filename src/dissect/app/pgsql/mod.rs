//! PostgreSQL's frontend/backend protocol (TCP port 5432), as tshark 4.0's
//! packet-pgsql.c shows it.
//!
//! tshark reads a segment with `tcp_dissect_pdus`: each message (a type
//! byte and a length, or a length alone for the startup, SSL and cancel
//! requests, whose first byte is zero) is a `pgsql` layer of its own. A
//! message cut by the segment's end is finished by the next segments: one
//! whose header is whole waits for exactly its bytes (TCP then hands the
//! segment's rest to a second call of the dissector); one whose 5 header
//! bytes are not all there takes the whole next segment into the same
//! call. Each call is listed once in `frame.protocols` and starts the Info
//! column with `>` (to port 5432: the frontend) or `<`, then each
//! message's type byte, `/` between them.
//!
//! The conversation remembers an SSL request (the next segment, either
//! way, is the one-byte answer, read and not shown; `S` hands the
//! conversation to TLS) and where authentication is (SASL, GSSAPI), which
//! decides how a frontend `p` message reads.
//!
//! The promise: no input makes this module panic; a side holds at most
//! [`MAX_MESSAGE`] bytes of an unfinished message (a longer one and what
//! follows on that side are dropped).

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::ascii;
use std::borrow::Cow;

/// PostgreSQL's port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 5432;

/// Most bytes held of one message waiting for the rest.
pub const MAX_MESSAGE: usize = 16 << 20;

/// `tcp_dissect_pdus`' fixed part: a type byte and the length.
const HEADER: usize = 5;

/// A read past the end of the message: where it was needed.
struct Short;

type R<T> = Result<T, Short>;

fn u8_at(b: &[u8], at: usize) -> R<u8> {
    b.get(at).copied().ok_or(Short)
}

fn u16_at(b: &[u8], at: usize) -> R<u16> {
    let s = b.get(at..at.checked_add(2).ok_or(Short)?).ok_or(Short)?;
    Ok(u16::from_be_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> R<u32> {
    let s = b.get(at..at.checked_add(4).ok_or(Short)?).ok_or(Short)?;
    Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn bytes_at(b: &[u8], at: usize, len: usize) -> R<&[u8]> {
    b.get(at..at.checked_add(len).ok_or(Short)?).ok_or(Short)
}

/// `tvb_strsize`: the string at `at` with its NUL.
fn strsize(b: &[u8], at: usize) -> R<usize> {
    crate::dissect::wire::strsize(b, at).ok_or(Short)
}

/// Where authentication is (tshark's `pgsql_auth_state_t`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Auth {
    #[default]
    None,
    SaslRequested,
    SaslContinue,
    GssapiSspi,
}

/// What one conversation remembers.
#[derive(Debug, Clone, Copy, Default)]
struct Conv {
    ssl_requested: bool,
    auth: Auth,
}

/// A message's fields, read from `b` (the whole message).
struct Msg<'b> {
    b: &'b [u8],
    l: Layer<'static>,
}

impl Msg<'_> {
    fn stringz(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<usize> {
        let siz = strsize(self.b, at)?;
        let s = ascii(&self.b[at..at + siz - 1]).into_owned();
        self.l.push(def, Value::Str(Cow::Owned(s)));
        Ok(siz)
    }

    fn uint(&mut self, def: &'static crate::dissect::field::FieldDef, v: impl Into<u64>) {
        self.l.uint(def, v);
    }

    fn bytes(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: i64,
    ) -> R<()> {
        let len = usize::try_from(len).map_err(|_| Short)?;
        let v = bytes_at(self.b, at, len)?;
        self.l.push(def, Value::Bytes(Cow::Owned(v.to_vec())));
        Ok(())
    }

    /// Formats: a count, then as many 16-bit formats.
    fn formats(&mut self, mut n: usize) -> R<usize> {
        let i = u16_at(self.b, n)?;
        n += 2;
        for _ in 0..i {
            let v = u16_at(self.b, n)?;
            self.uint(f::pgsql::FORMAT, v);
            n += 2;
        }
        Ok(n)
    }

    /// Values: a count, then each a length (`-1`: NULL) and its bytes.
    fn values(&mut self, mut n: usize) -> R<usize> {
        let i = u16_at(self.b, n)?;
        n += 2;
        for _ in 0..i {
            let siz = u32_at(self.b, n)? as i32;
            self.l.int(f::pgsql::VAL_LENGTH, siz);
            n += 4;
            if siz > 0 {
                self.bytes(f::pgsql::VAL_DATA, n, i64::from(siz))?;
                n += siz as usize;
            }
        }
        Ok(n)
    }

    /// `dissect_pgsql_fe_msg`.
    fn frontend(&mut self, ty: u8, length: u32, mut n: usize, conv: &mut Conv) -> R<()> {
        let b = self.b;
        match ty {
            b'p' => match conv.auth {
                Auth::SaslRequested => {
                    n += self.stringz(f::pgsql::AUTH_SASL_MECH, n)?;
                    let len = u32_at(b, n)? as i32;
                    self.l.int(f::pgsql::AUTH_SASL_DATA_LENGTH, len);
                    n += 4;
                    if len != 0 {
                        self.bytes(f::pgsql::AUTH_SASL_DATA, n, i64::from(len))?;
                    }
                }
                Auth::SaslContinue => {
                    self.bytes(f::pgsql::AUTH_SASL_DATA, n, i64::from(length) - 4)?
                }
                Auth::GssapiSspi => {
                    self.bytes(f::pgsql::AUTH_GSSAPI_SSPI_DATA, n, i64::from(length) - 4)?
                }
                Auth::None => {
                    self.stringz(f::pgsql::PASSWORD, n)?;
                }
            },
            b'Q' => {
                self.stringz(f::pgsql::QUERY, n)?;
            }
            b'P' => {
                n += self.stringz(f::pgsql::STATEMENT, n)?;
                n += self.stringz(f::pgsql::QUERY, n)?;
                let i = u16_at(b, n)?;
                n += 2;
                for _ in 0..i {
                    let v = u32_at(b, n)?;
                    self.uint(f::pgsql::OID_TYPE, v);
                    n += 4;
                }
            }
            b'B' => {
                n += self.stringz(f::pgsql::PORTAL, n)?;
                n += self.stringz(f::pgsql::STATEMENT, n)?;
                n = self.formats(n)?;
                n = self.values(n)?;
                self.formats(n)?;
            }
            b'E' => {
                n += self.stringz(f::pgsql::PORTAL, n)?;
                let v = u32_at(b, n)?;
                self.uint(f::pgsql::RETURNS, v);
            }
            b'D' | b'C' => {
                let c = u8_at(b, n)?;
                let def = if c == b'P' {
                    f::pgsql::PORTAL
                } else {
                    f::pgsql::STATEMENT
                };
                self.stringz(def, n + 1)?;
            }
            0 => {
                let tag = u32_at(b, n)?;
                n += 4;
                let mut left = i64::from(length) - n as i64;
                match tag {
                    196_608 => {
                        let v = u16_at(b, n - 4)?;
                        self.uint(f::pgsql::VERSION_MAJOR, v);
                        let v = u16_at(b, n - 2)?;
                        self.uint(f::pgsql::VERSION_MINOR, v);
                        while left > 0 {
                            let siz = strsize(b, n)?;
                            left -= siz as i64;
                            if left <= 0 {
                                break;
                            }
                            self.stringz(f::pgsql::PARAMETER_NAME, n)?;
                            let i = self.stringz(f::pgsql::PARAMETER_VALUE, n + siz)?;
                            left -= i as i64;
                            n += siz + i;
                            if left == 1 && u8_at(b, n)? == 0 {
                                break;
                            }
                        }
                    }
                    80_877_103 => conv.ssl_requested = true,
                    80_877_102 => {
                        let v = u32_at(b, n)?;
                        self.uint(f::pgsql::PID, v);
                        let v = u32_at(b, n + 4)?;
                        self.uint(f::pgsql::KEY, v);
                    }
                    _ => {}
                }
            }
            b'd' => self.bytes(f::pgsql::COPYDATA, n, i64::from(length) - n as i64 + 1)?,
            b'f' => {
                self.stringz(f::pgsql::ERROR, n)?;
            }
            b'F' => {
                let v = u32_at(b, n)?;
                self.uint(f::pgsql::OID, v);
                n += 4;
                n = self.formats(n)?;
                n = self.values(n)?;
                let v = u16_at(b, n)?;
                self.uint(f::pgsql::FORMAT, v);
            }
            _ => {}
        }
        Ok(())
    }

    /// `dissect_pgsql_be_msg`.
    fn backend(&mut self, ty: u8, length: u32, mut n: usize, conv: &mut Conv) -> R<()> {
        let b = self.b;
        let length = i64::from(length);
        match ty {
            b'R' => {
                let auth = u32_at(b, n)?;
                self.uint(f::pgsql::AUTHTYPE, auth);
                match auth {
                    4 | 5 => {
                        n += 4;
                        let siz = if auth == 4 { 2 } else { 4 };
                        self.bytes(f::pgsql::SALT, n, siz)?;
                    }
                    8 => {
                        conv.auth = Auth::GssapiSspi;
                        self.bytes(f::pgsql::AUTH_GSSAPI_SSPI_DATA, n, length - 8)?;
                    }
                    10 => {
                        conv.auth = Auth::SaslRequested;
                        n += 4;
                        while (n as i64) < length {
                            n += self.stringz(f::pgsql::AUTH_SASL_MECH, n)?;
                        }
                    }
                    11 | 12 => {
                        conv.auth = Auth::SaslContinue;
                        n += 4;
                        if (n as i64) < length {
                            self.bytes(f::pgsql::AUTH_SASL_DATA, n, length - 8)?;
                        }
                    }
                    _ => {}
                }
            }
            b'K' => {
                let v = u32_at(b, n)?;
                self.uint(f::pgsql::PID, v);
                let v = u32_at(b, n + 4)?;
                self.uint(f::pgsql::KEY, v);
            }
            b'S' => {
                n += self.stringz(f::pgsql::PARAMETER_NAME, n)?;
                self.stringz(f::pgsql::PARAMETER_VALUE, n)?;
            }
            b't' => {
                let i = u16_at(b, n)?;
                n += 2;
                for _ in 0..i {
                    let v = u32_at(b, n)?;
                    self.uint(f::pgsql::OID_TYPE, v);
                    n += 4;
                }
            }
            b'T' => {
                let i = u16_at(b, n)?;
                self.uint(f::pgsql::FIELD_COUNT, i);
                n += 2;
                for _ in 0..i {
                    n += self.stringz(f::pgsql::COL_NAME, n)?;
                    let v = u32_at(b, n)?;
                    self.uint(f::pgsql::OID_TABLE, v);
                    let v = u16_at(b, n + 4)?;
                    self.uint(f::pgsql::COL_INDEX, v);
                    let v = u32_at(b, n + 6)?;
                    self.uint(f::pgsql::OID_TYPE, v);
                    // A 2-byte FT_INT32: sign-extended.
                    let v = u16_at(b, n + 10)? as i16;
                    self.l.int(f::pgsql::VAL_LENGTH, v);
                    let v = u32_at(b, n + 12)? as i32;
                    self.l.int(f::pgsql::COL_TYPEMOD, v);
                    let v = u16_at(b, n + 16)?;
                    self.uint(f::pgsql::FORMAT, v);
                    n += 18;
                }
            }
            b'D' => {
                let i = u16_at(b, n)?;
                self.uint(f::pgsql::FIELD_COUNT, i);
                n += 2;
                for _ in 0..i {
                    let siz = u32_at(b, n)? as i32;
                    self.l.int(f::pgsql::VAL_LENGTH, siz);
                    n += 4;
                    if siz > 0 {
                        self.bytes(f::pgsql::VAL_DATA, n, i64::from(siz))?;
                        n += siz as usize;
                    }
                }
            }
            b'C' => {
                self.stringz(f::pgsql::TAG, n)?;
            }
            b'Z' => {
                let v = u8_at(b, n)?;
                self.uint(f::pgsql::STATUS, v);
            }
            b'E' | b'N' => {
                let mut left = length - 4;
                while left > 0 {
                    let c = u8_at(b, n)?;
                    if c == 0 {
                        break;
                    }
                    let def = match c {
                        b'S' => f::pgsql::SEVERITY,
                        b'C' => f::pgsql::CODE,
                        b'M' => f::pgsql::MESSAGE,
                        b'D' => f::pgsql::DETAIL,
                        b'H' => f::pgsql::HINT,
                        b'P' => f::pgsql::POSITION,
                        b'p' => f::pgsql::INTERNAL_POSITION,
                        b'q' => f::pgsql::INTERNAL_QUERY,
                        b'W' => f::pgsql::WHERE,
                        b's' => f::pgsql::SCHEMA_NAME,
                        b't' => f::pgsql::TABLE_NAME,
                        b'c' => f::pgsql::COLUMN_NAME,
                        b'd' => f::pgsql::TYPE_NAME,
                        b'n' => f::pgsql::CONSTRAINT_NAME,
                        b'F' => f::pgsql::FILE,
                        b'L' => f::pgsql::LINE,
                        b'R' => f::pgsql::ROUTINE,
                        _ => f::pgsql::TEXT,
                    };
                    let siz = self.stringz(def, n + 1)?;
                    left -= siz as i64 + 1;
                    n += siz + 1;
                }
            }
            b'A' => {
                let v = u32_at(b, n)?;
                self.uint(f::pgsql::PID, v);
                n += 4;
                n += self.stringz(f::pgsql::CONDITION, n)?;
                if strsize(b, n)? > 1 {
                    self.stringz(f::pgsql::TEXT, n)?;
                }
            }
            b'G' | b'H' => {
                let v = u8_at(b, n)?;
                self.uint(f::pgsql::FORMAT, v);
                n += 1;
                let i = u16_at(b, n)?;
                n += 2;
                for _ in 2..i {
                    let v = u16_at(b, n)?;
                    self.uint(f::pgsql::FORMAT, v);
                    n += 2;
                }
            }
            b'd' => self.bytes(f::pgsql::COPYDATA, n, length - n as i64 + 1)?,
            b'V' => {
                let siz = u32_at(b, n)? as i32;
                self.l.int(f::pgsql::VAL_LENGTH, siz);
                if siz > 0 {
                    self.bytes(f::pgsql::VAL_DATA, n + 4, i64::from(siz))?;
                }
            }
            b'v' => {
                let v = u32_at(b, n)?;
                self.uint(f::pgsql::VERSION_SUPPORTED_MINOR, v);
                n += 4;
                let count = u32_at(b, n)? as i32;
                self.l.int(f::pgsql::NUMBER_NONSUPPORTED_OPTIONS, count);
                n += 4;
                for _ in 0..count.max(0) {
                    n += self.stringz(f::pgsql::NONSUPPORTED_OPTION, n)?;
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// `dissect_pgsql_msg` on one whole message `b` (at least the 5 header
/// bytes).
fn message(b: &[u8], fe: bool, conv: &mut Conv) -> Layer<'static> {
    let ty = b[0];
    let n = usize::from(ty != 0);
    let length = u32_at(b, n).unwrap_or(0);
    let typestr = if fe {
        match ty {
            0 => {
                let tag = u32_at(b, 4).unwrap_or(0);
                match (length, tag) {
                    (16, 80_877_102) => "Cancel request",
                    (8, 80_877_103) => "SSL request",
                    (8, 80_877_104) => "GSS encrypt request",
                    (_, 196_608) => "Startup message",
                    _ => "Unknown",
                }
            }
            b'p' => match conv.auth {
                Auth::SaslRequested => "SASLInitialResponse message",
                Auth::SaslContinue => "SASLResponse message",
                Auth::GssapiSspi => "GSSResponse message",
                Auth::None => "Password message",
            },
            _ => fe_name(ty),
        }
    } else {
        be_name(ty)
    };
    let mut m = Msg {
        b,
        l: Layer::new(Osi::Application, "pgsql", 0..b.len()),
    };
    m.l.str(f::pgsql::TYPE, typestr);
    m.uint(f::pgsql::LENGTH, length);
    m.l.boolean(f::pgsql::FRONTEND, fe);
    let read = if fe {
        m.frontend(ty, length, n + 4, conv)
    } else {
        m.backend(ty, length, n + 4, conv)
    };
    if read.is_err() {
        m.l.read_past_end(
            "pgsql",
            format!("{typestr} message reads past its {} bytes", b.len()),
            false,
        );
    }
    // `%c` of the type byte: nothing for a NUL.
    let code = if ty == 0 {
        String::new()
    } else {
        ascii(&[ty]).into_owned()
    };
    m.l.str(f::pgsql::OSIDUMP_CODE, code);
    m.l
}

/// tshark's `fe_messages`.
fn fe_name(ty: u8) -> &'static str {
    match ty {
        b'p' => "Authentication message",
        b'Q' => "Simple query",
        b'P' => "Parse",
        b'B' => "Bind",
        b'E' => "Execute",
        b'D' => "Describe",
        b'C' => "Close",
        b'H' => "Flush",
        b'S' => "Sync",
        b'F' => "Function call",
        b'd' => "Copy data",
        b'c' => "Copy completion",
        b'f' => "Copy failure",
        b'X' => "Termination",
        _ => "Unknown",
    }
}

/// tshark's `be_messages`.
fn be_name(ty: u8) -> &'static str {
    match ty {
        b'R' => "Authentication request",
        b'K' => "Backend key data",
        b'S' => "Parameter status",
        b'1' => "Parse completion",
        b'2' => "Bind completion",
        b'3' => "Close completion",
        b'C' => "Command completion",
        b't' => "Parameter description",
        b'T' => "Row description",
        b'D' => "Data row",
        b'I' => "Empty query",
        b'n' => "No data",
        b'E' => "Error",
        b'N' => "Notice",
        b's' => "Portal suspended",
        b'Z' => "Ready for query",
        b'A' => "Notification",
        b'V' => "Function call response",
        b'G' => "CopyIn response",
        b'H' => "CopyOut response",
        b'd' => "Copy data",
        b'c' => "Copy completion",
        b'v' => "Negotiate protocol version",
        _ => "Unknown",
    }
}

/// `pgsql_length`: the whole message's length from its header.
fn pdu_len(h: &[u8]) -> u64 {
    let n = usize::from(h[0] != 0);
    u64::from(u32_at(h, n).unwrap_or(0)) + n as u64
}

/// What one side holds of a message cut by a segment's end.
#[derive(Debug, Default)]
struct Side {
    held: Vec<u8>,
    /// Stream offset of `held`'s first byte.
    start: u64,
    /// Nothing more is read on this side (a message too long to hold).
    dead: bool,
    /// The last segment went nowhere (the answer to an SSL request).
    silent: bool,
}

/// Both sides of one conversation.
pub struct PgsqlDecoder {
    ports: Option<(u16, u16)>,
    conv: Conv,
    sides: [Side; 2],
    /// The server accepted SSL: the conversation is TLS's from the next
    /// segment on.
    tls: Option<Box<dyn StreamDecoder>>,
}

impl Default for PgsqlDecoder {
    fn default() -> Self {
        Self::new()
    }
}

impl PgsqlDecoder {
    pub fn new() -> Self {
        PgsqlDecoder {
            ports: None,
            conv: Conv::default(),
            sides: Default::default(),
            tls: None,
        }
    }

    /// tshark's `match_uint == destport`: the bytes go to port 5432.
    fn frontend(&self, dir: Dir) -> bool {
        match self.ports {
            Some((_, PORT)) => true,
            Some((PORT, _)) => false,
            _ => dir == Dir::Client,
        }
    }

    /// One call of `dissect_pgsql` on `b` (stream offset `offset`): its
    /// whole messages; a cut one is held.
    fn call(&mut self, dir: Dir, offset: u64, b: &[u8], out: &mut Vec<Message>) {
        let fe = self.frontend(dir);
        let mut at = 0usize;
        let mut first = true;
        while at < b.len() {
            let rest = &b[at..];
            if rest.len() < HEADER {
                break;
            }
            let len = pdu_len(rest);
            if len < HEADER as u64 {
                // tcp_dissect_pdus: a length shorter than the fixed part
                // is a bounds error (the dissector was called: listed,
                // malformed); the segment's rest is not read.
                let mut l = Layer::new(Osi::Application, "pgsql", 0..rest.len());
                if first {
                    l.str(f::pgsql::OSIDUMP_CALL, if fe { ">" } else { "<" });
                }
                l.read_past_end(
                    "pgsql",
                    format!("message length {len} is shorter than its header"),
                    false,
                );
                let start = offset + at as u64;
                out.push(Message {
                    layer: l,
                    stream_offset: start,
                    stream_end: start + rest.len() as u64,
                    event: None,
                });
                self.sides[dir.index()].held.clear();
                return;
            }
            if len > rest.len() as u64 {
                break;
            }
            let len = len as usize;
            let mut l = message(&rest[..len], fe, &mut self.conv);
            if first {
                l.str(f::pgsql::OSIDUMP_CALL, if fe { ">" } else { "<" });
                first = false;
            }
            let start = offset + at as u64;
            out.push(Message {
                layer: l,
                stream_offset: start,
                stream_end: start + len as u64,
                event: None,
            });
            at += len;
        }
        let side = &mut self.sides[dir.index()];
        side.held.clear();
        if at < b.len() {
            let rest = &b[at..];
            if rest.len() >= HEADER && pdu_len(rest) > MAX_MESSAGE as u64 {
                side.dead = true;
                return;
            }
            side.held.extend_from_slice(rest);
            side.start = offset + at as u64;
        }
    }

    /// The answer to an SSL request: `S` hands the conversation to TLS.
    fn ssl_answer(&mut self, data: &[u8]) {
        self.conv.ssl_requested = false;
        if data.first() == Some(&b'S') {
            self.tls = Some(super::tls::new_starttls_stream("PostgreSQL"));
        }
    }
}

impl StreamDecoder for PgsqlDecoder {
    fn protocol(&self) -> &'static str {
        "pgsql"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        !self.sides[dir.index()].held.is_empty()
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        let s = &self.sides[dir.index()];
        !s.held.is_empty() && s.held.len() < HEADER
    }

    fn consumed_silently(&self, dir: Dir) -> bool {
        self.sides[dir.index()].silent
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>()
    }

    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        let decoder = self.tls.take()?;
        // The answer went nowhere: TLS starts with the next segment.
        Some(super::handover::Successor {
            decoder,
            from: usize::MAX,
        })
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        self.sides[dir.index()].silent = false;
        if data.is_empty() || self.sides[dir.index()].dead {
            return;
        }
        if self.conv.ssl_requested {
            // tshark reads the next segment either way as the answer and
            // shows nothing of it.
            self.sides[dir.index()].silent = true;
            self.ssl_answer(data);
            return;
        }
        let side = &mut self.sides[dir.index()];
        if side.held.is_empty() {
            return self.call(dir, offset, data, out);
        }
        if side.held.len() < HEADER {
            // TCP was asked for one more segment: held bytes and the whole
            // segment are one call.
            let mut b = std::mem::take(&mut side.held);
            b.extend_from_slice(data);
            let start = side.start;
            return self.call(dir, start, &b, out);
        }
        // The header is whole: exactly the message's bytes, then the
        // segment's rest is a call of its own.
        let need = (pdu_len(&side.held) as usize).saturating_sub(side.held.len());
        let take = need.min(data.len());
        side.held.extend_from_slice(&data[..take]);
        if take < need {
            return;
        }
        let b = std::mem::take(&mut side.held);
        let start = side.start;
        self.call(dir, start, &b, out);
        if take < data.len() {
            self.call(dir, offset + take as u64, &data[take..], out);
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.sides[dir.index()].held.clear();
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(PgsqlDecoder::new()))
}

/// tshark's Info column: each call's `>` or `<`, then its messages' type
/// bytes, `/` between them.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    if l.protocol != "pgsql" {
        return;
    }
    // The frame's messages are written once, by its last pgsql layer.
    if layers[i + 1..].iter().any(|x| x.protocol == "pgsql") {
        return;
    }
    let mut first = true;
    for x in layers.iter().filter(|x| x.protocol == "pgsql") {
        if let Some(c) = x.get_str(f::pgsql::OSIDUMP_CALL) {
            out.push_str(c);
            first = true;
        }
        let Some(c) = x.get_str(f::pgsql::OSIDUMP_CODE) else {
            continue;
        };
        if !first {
            out.push('/');
        }
        first = false;
        out.push_str(c);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::pgsql::TYPE) {
        out.push_str(s);
    }
    if let Some(s) = l.get_str(f::pgsql::QUERY) {
        out.push_str(": ");
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "pgsql",
    also: &[],
    title: "PostgreSQL",
    osi: Osi::Application,
    fields: f::pgsql::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "PGSQL"),
    app: Some(AppSpec {
        decode_as: &["pgsql"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark 4.0 has no PostgreSQL heuristic: port 5432 (or decode-as).
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
