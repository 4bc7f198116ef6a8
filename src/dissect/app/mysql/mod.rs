//! The MySQL client/server protocol (TCP port 3306), as tshark 4.0's
//! packet-mysql.c shows it.
//!
//! tshark reads a segment with `tcp_dissect_pdus`: each packet (a 3-byte
//! little-endian length, a sequence number, the payload) is a `mysql`
//! layer of its own. A packet cut by the segment's end is finished by the
//! next segments: one whose 3 length bytes are there waits for exactly its
//! bytes (TCP then hands the segment's rest to a second call of the
//! dissector); one with fewer takes the whole next segment into the same
//! call. Each call is listed once in `frame.protocols`.
//!
//! What a packet means depends on the conversation's state, kept as
//! tshark keeps it: the greeting and login set the capabilities, a command
//! says what its answer is (OK, a result set of field and row packets, a
//! message, a prepared statement), the result header counts the field
//! packets. A login asking for SSL hands the conversation to TLS from the
//! next segment on (`ssl_starttls_ack`).
//!
//! A compressed conversation's packets show their compressed header, then
//! what follows read as a packet, as tshark reads it (without inflating).
//!
//! Not decoded (the packet's layer stops after what tshark shows first, so
//! no value is wrong, some are missing): binary (prepared statement) rows and execute parameters, replication
//! (binlog) commands and events, MariaDB's extended metadata and bulk
//! execute.
//!
//! The promise: no input makes this module panic; a side holds at most
//! [`MAX_PACKET`] bytes of an unfinished packet (a longer one and what
//! follows on that side are dropped); at most [`MAX_STATEMENTS`] prepared
//! statements are remembered.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei, format_text};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::ascii;
use std::borrow::Cow;
use std::collections::HashMap;

/// MySQL's port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 3306;

/// Most bytes held of one packet waiting for the rest.
pub const MAX_PACKET: usize = 16 << 20;

/// Most prepared statements remembered in one conversation.
pub const MAX_STATEMENTS: usize = 1024;

/// `tcp_dissect_pdus`' fixed part: the 3 length bytes.
const HEADER: usize = 3;

// Capability bits (tshark's MYSQL_CAPS_*).
const CAPS_CD: u16 = 0x0008;
const CAPS_CP: u16 = 0x0020;
const CAPS_CU: u16 = 0x0200;
const CAPS_SL: u16 = 0x0800;
const CAPS_SC: u16 = 0x8000;
const CAPS_LP: u16 = 0x0001;
// Extended capabilities.
const CAPS_PA: u16 = 0x0008;
const CAPS_CA: u16 = 0x0010;
const CAPS_ST: u16 = 0x0080;
const CAPS_DE: u16 = 0x0100;
const CAPS_ZS: u16 = 0x0400;
const CAPS_QA: u16 = 0x0800;
// MariaDB's extended capabilities.
const MARIADB_CAPS_EM: u32 = 0x0008;
const MARIADB_CAPS_ME: u32 = 0x0010;
/// Server status: session state changed.
const STAT_SESSION_STATE_CHANGED: u16 = 0x4000;

/// tshark's `MAX_MY_METADATA_COUNT`.
const MAX_METADATA: u64 = i16::MAX as u64;

ei!(
    UNKNOWN_RESPONSE,
    f::mysql::UNKNOWN_RESPONSE,
    Undecoded,
    Warn
);
ei!(COMMAND_INVALID, f::mysql::COMMAND_INVALID, Protocol, Warn);
ei!(
    DISSECTOR_INCOMPLETE,
    f::mysql::DISSECTOR_INCOMPLETE,
    Undecoded,
    Warn
);

/// A read past the end of the packet.
struct Short;

type R<T> = Result<T, Short>;

fn bytes_at(b: &[u8], at: usize, len: usize) -> R<&[u8]> {
    b.get(at..at.checked_add(len).ok_or(Short)?).ok_or(Short)
}

fn u8_at(b: &[u8], at: usize) -> R<u8> {
    b.get(at).copied().ok_or(Short)
}

fn le(b: &[u8], at: usize, len: usize) -> R<u64> {
    let s = bytes_at(b, at, len)?;
    Ok(s.iter()
        .rev()
        .fold(0u64, |acc, &x| (acc << 8) | u64::from(x)))
}

/// `tvb_strsize`: the string at `at` with its NUL (none: a bounds error).
fn strsize(b: &[u8], at: usize) -> R<usize> {
    crate::dissect::wire::strsize(b, at).ok_or(Short)
}

/// `my_tvb_strsize`: the string at `at` with its NUL, or the rest.
fn my_strsize(b: &[u8], at: usize) -> R<usize> {
    let rest = b.get(at..).ok_or(Short)?;
    Ok(rest
        .iter()
        .position(|&c| c == 0)
        .map_or(rest.len(), |i| i + 1))
}

/// `tvb_get_fle`: a length-encoded integer: (its size, value, NULL).
fn fle(b: &[u8], at: usize) -> R<(usize, u64, bool)> {
    Ok(match u8_at(b, at)? {
        251 => (1, 0, true),
        252 => (3, le(b, at + 1, 2)?, false),
        253 => (4, le(b, at + 1, 3)?, false),
        254 => (9, le(b, at + 1, 8)?, false),
        x => (1, u64::from(x), false),
    })
}

/// tshark's `mysql_state_t` (the states this module reaches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum State {
    #[default]
    Undefined,
    Login,
    Request,
    ResponseOk,
    ResponseMessage,
    ResponseTabular,
    ResponseShowFields,
    FieldPacket,
    RowPacket,
    ResponsePrepare,
    PreparedParameters,
    PreparedFields,
    AuthSwitchRequest,
    AuthSwitchResponse,
    BinlogDump,
}

/// What one conversation remembers (tshark's `mysql_conn_data_t`).
#[derive(Debug, Default)]
struct Conv {
    srv_caps: u16,
    srv_caps_ext: u16,
    clnt_caps: u16,
    clnt_caps_ext: u16,
    mariadb_server: bool,
    mariadb_client: bool,
    mariadb_server_ext_caps: u32,
    mariadb_client_ext_caps: u32,
    major_version: u8,
    state: State,
    remaining_fields: u64,
    stmt_num_fields: u16,
    stmt_num_params: u16,
    /// Prepared statements: id → number of parameters.
    stmts: HashMap<u32, u16>,
    /// A login asked for SSL: TLS from the next segment on.
    ssl: bool,
    /// 0 none, 1 set up by the login, 2 active after its OK.
    compressed: u8,
}

/// One packet's fields, read from `b` (the whole packet).
struct Pkt<'b> {
    b: &'b [u8],
    l: Layer<'static>,
    /// The Info column ops, `\u{1}`-separated.
    info: String,
}

impl Pkt<'_> {
    fn col_set(&mut self, s: &str) {
        self.op('S', s);
    }

    fn col_append(&mut self, s: &str) {
        self.op('A', s);
    }

    fn col_fence(&mut self) {
        self.op('F', "");
    }

    fn op(&mut self, c: char, s: &str) {
        if !self.info.is_empty() {
            self.info.push('\u{1}');
        }
        self.info.push(c);
        self.info.push_str(s);
    }

    fn uint(&mut self, def: &'static FieldDef, at: usize, len: usize) -> R<u64> {
        let v = le(self.b, at, len)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn string(&mut self, def: &'static FieldDef, at: usize, len: usize) -> R<()> {
        let s = ascii(bytes_at(self.b, at, len)?).into_owned();
        self.l.push(def, Value::Str(Cow::Owned(s)));
        Ok(())
    }

    fn bytes(&mut self, def: &'static FieldDef, at: usize, len: usize) -> R<()> {
        let v = bytes_at(self.b, at, len)?.to_vec();
        self.l.push(def, Value::Bytes(Cow::Owned(v)));
        Ok(())
    }

    /// A bitmask item and its flags, each flag's bits from its definition.
    fn bits(&mut self, top: &'static FieldDef, flags: &[&'static FieldDef], v: u64) {
        self.l.uint(top, v);
        for def in flags {
            if def.ftype == crate::dissect::field::FieldType::Boolean {
                self.l.boolean(def, v & def.mask != 0);
            } else {
                self.l
                    .uint(def, (v & def.mask) >> def.mask.trailing_zeros());
            }
        }
    }

    fn caps(&mut self, top: &'static FieldDef, at: usize) -> R<u16> {
        let v = le(self.b, at, 2)?;
        self.bits(
            top,
            &[
                f::mysql::CAPS_LP,
                f::mysql::CAPS_FR,
                f::mysql::CAPS_LF,
                f::mysql::CAPS_CD,
                f::mysql::CAPS_NS,
                f::mysql::CAPS_CP,
                f::mysql::CAPS_OB,
                f::mysql::CAPS_LI,
                f::mysql::CAPS_IS,
                f::mysql::CAPS_CU,
                f::mysql::CAPS_IA,
                f::mysql::CAPS_SL,
                f::mysql::CAPS_II,
                f::mysql::CAPS_TA,
                f::mysql::CAPS_RS,
                f::mysql::CAPS_SC,
            ],
            v,
        );
        Ok(v as u16)
    }

    fn extcaps(&mut self, top: &'static FieldDef, at: usize) -> R<u16> {
        let v = le(self.b, at, 2)?;
        self.l.uint(top, v);
        let flags: [(&'static FieldDef, u64); 15] = [
            (f::mysql::CAPS_MS, 0x1),
            (f::mysql::CAPS_MR, 0x2),
            (f::mysql::CAPS_PM, 0x4),
            (f::mysql::CAPS_PA, 0x8),
            (f::mysql::CAPS_CA, 0x10),
            // CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA: tshark 4.0 names it
            // mysql.caps.pm too.
            (f::mysql::CAPS_PM, 0x20),
            (f::mysql::CAPS_EP, 0x40),
            (f::mysql::CAPS_SESSION_TRACK, 0x80),
            (f::mysql::CAPS_DEPRECATE_EOF, 0x100),
            (f::mysql::CAPS_OPTIONAL_METADATA, 0x200),
            (f::mysql::CAPS_COMPRESS_ZSD, 0x400),
            (f::mysql::CAPS_QUERY_ATTRS, 0x800),
            (f::mysql::CAPS_MF_AUTH, 0x1000),
            (f::mysql::CAPS_CAP_EXT, 0x2000),
            (f::mysql::CAPS_UNUSED, 0xc000),
        ];
        for (def, mask) in flags {
            if def.ftype == crate::dissect::field::FieldType::Boolean {
                self.l.boolean(def, v & mask != 0);
            } else {
                self.l.uint(def, (v & mask) >> mask.trailing_zeros());
            }
        }
        Ok(v as u16)
    }

    fn mariadb_caps(&mut self, top: &'static FieldDef, at: usize) -> R<u32> {
        let v = le(self.b, at, 4)?;
        self.bits(
            top,
            &[
                f::mariadb::CAPS_PR,
                f::mariadb::CAPS_CM,
                f::mariadb::CAPS_BO,
                f::mariadb::CAPS_EM,
                f::mariadb::CAPS_ME,
            ],
            v,
        );
        Ok(v as u32)
    }

    fn server_status(&mut self, at: usize) -> R<u16> {
        let v = le(self.b, at, 2)?;
        self.bits(
            f::mysql::SERVER_STATUS,
            &[
                f::mysql::STAT_IT,
                f::mysql::STAT_AC,
                f::mysql::STAT_MU,
                f::mysql::STAT_MR,
                f::mysql::STAT_BI,
                f::mysql::STAT_NI,
                f::mysql::STAT_CR,
                f::mysql::STAT_LR,
                f::mysql::STAT_DR,
                f::mysql::STAT_BS,
                f::mysql::STAT_MC,
                f::mysql::STAT_QUERY_WAS_SLOW,
                f::mysql::STAT_PS_OUT_PARAMS,
                f::mysql::STAT_TRANS_READONLY,
                f::mysql::STAT_SESSION_STATE_CHANGED,
            ],
            v,
        );
        Ok(v as u16)
    }

    /// `mysql_field_add_lestring`: a length-encoded string (`NULL` for the
    /// NULL marker).
    fn lestring(&mut self, def: &'static FieldDef, at: usize) -> R<usize> {
        let (n, len, null) = fle(self.b, at)?;
        let at = at + n;
        if null {
            self.l.str(def, "NULL");
            return Ok(at);
        }
        let len = usize::try_from(len).map_err(|_| Short)?;
        self.string(def, at, len)?;
        Ok(at + len)
    }

    /// A length-encoded length then as many bytes of string.
    fn fle_string(
        &mut self,
        len_def: &'static FieldDef,
        def: &'static FieldDef,
        at: usize,
    ) -> R<usize> {
        let (n, len, _) = fle(self.b, at)?;
        self.l.uint(len_def, len);
        let at = at + n;
        let len = usize::try_from(len).map_err(|_| Short)?;
        self.string(def, at, len)?;
        Ok(at + len)
    }

    /// `mysql_dissect_error_packet`.
    fn error(&mut self, mut at: usize) -> R<usize> {
        let code = le(self.b, at, 2)?;
        self.col_append(&format!(" Error {code} "));
        self.col_fence();
        self.l.uint(f::mysql::ERROR_CODE, code);
        at += 2;
        if u8_at(self.b, at)? == b'#' {
            at += 1;
            self.string(f::mysql::SQLSTATE, at, 5)?;
            at += 5;
        }
        let rest = self.b.len().saturating_sub(at);
        self.string(f::mysql::ERROR_MESSAGE, at, rest)?;
        Ok(self.b.len())
    }

    /// `mysql_dissect_greeting`.
    fn greeting(&mut self, mut at: usize, c: &mut Conv) -> R<usize> {
        let b = self.b;
        let protocol = u8_at(b, at)?;
        if protocol == 0xff {
            return self.error(at + 1);
        }
        c.state = State::Login;
        self.l.present(f::mysql::SERVER_GREETING);
        self.col_append(&format!(" proto={protocol}"));
        self.l.uint(f::mysql::PROTOCOL, protocol);
        at += 1;
        let lenstr = strsize(b, at)?;
        let ver = &b[at..at + lenstr - 1];
        if lenstr > 6 && ver.starts_with(b"5.5.5-") {
            c.mariadb_server = true;
            self.col_append(&format!(" version={} ", format_text(&ver[6..])));
        } else {
            self.col_append(&format!(" version={} ", format_text(ver)));
        }
        self.col_fence();
        self.string(f::mysql::VERSION, at, lenstr)?;
        c.major_version = 0;
        for &ch in ver {
            if ch == b'.' {
                break;
            }
            c.major_version = c
                .major_version
                .wrapping_mul(10)
                .wrapping_add(ch.wrapping_sub(b'0'));
        }
        at += lenstr;
        self.uint(f::mysql::THREAD_ID, at, 4)?;
        at += 4;
        let lenstr = strsize(b, at)?;
        self.string(f::mysql::SALT, at, lenstr)?;
        at += lenstr;
        if at >= b.len() {
            return Ok(at);
        }
        c.srv_caps = self.caps(f::mysql::CAPS_SERVER, at)?;
        at += 2;
        if c.srv_caps & CAPS_LP == 0 {
            c.mariadb_server = true;
        }
        if at >= b.len() {
            return Ok(at);
        }
        let lang = if c.mariadb_server {
            f::mariadb::SERVER_LANGUAGE
        } else {
            f::mysql::SERVER_LANGUAGE
        };
        self.uint(lang, at, 1)?;
        at += 1;
        self.server_status(at)?;
        at += 2;
        c.srv_caps_ext = self.extcaps(f::mysql::EXTCAPS_SERVER, at)?;
        at += 2;
        self.uint(f::mysql::AUTH_PLUGIN_LENGTH, at, 1)?;
        at += 1;
        if c.mariadb_server {
            self.bytes(f::mysql::UNUSED, at, 6)?;
            at += 6;
            c.mariadb_server_ext_caps = self.mariadb_caps(f::mariadb::EXTCAPS_SERVER, at)?;
            at += 4;
        } else {
            self.bytes(f::mysql::UNUSED, at, 10)?;
            at += 10;
        }
        if at < b.len() {
            let lenstr = strsize(b, at)?;
            self.string(f::mysql::SALT2, at, lenstr)?;
            at += lenstr;
        }
        if at < b.len() {
            let lenstr = strsize(b, at)?;
            self.string(f::mysql::AUTH_PLUGIN, at, lenstr)?;
            at += lenstr;
        }
        Ok(at)
    }

    /// The connection attributes of a login or a change-user command.
    fn connattrs(&mut self, mut at: usize) -> R<usize> {
        let (n, mut left, _) = fle(self.b, at)?;
        self.l.present(f::mysql::CONNATTRS);
        self.l.uint(f::mysql::CONNATTRS_LENGTH, left);
        at += n;
        while left > 0 {
            let start = at;
            self.l.present(f::mysql::CONNATTRS_ATTR);
            at = self.fle_string(
                f::mysql::CONNATTRS_NAME_LENGTH,
                f::mysql::CONNATTRS_NAME,
                at,
            )?;
            at = self.fle_string(
                f::mysql::CONNATTRS_VALUE_LENGTH,
                f::mysql::CONNATTRS_VALUE,
                at,
            )?;
            // tshark's guint64 wraps past the attributes' length.
            left = left.wrapping_sub((at - start) as u64);
        }
        Ok(at)
    }

    /// `mysql_dissect_login`.
    fn login(&mut self, mut at: usize, c: &mut Conv) -> R<usize> {
        let b = self.b;
        if c.clnt_caps & CAPS_SL != 0 {
            c.state = State::Login;
        } else if c.clnt_caps != 0 {
            c.state = State::ResponseOk;
        }
        self.l.present(f::mysql::LOGIN_REQUEST);
        c.clnt_caps = self.caps(f::mysql::CAPS_CLIENT, at)?;
        at += 2;
        if c.clnt_caps & CAPS_LP == 0 {
            c.mariadb_client = true;
        }
        if !c.ssl && c.clnt_caps & CAPS_SL != 0 {
            self.col_set("Response: SSL Handshake");
            c.ssl = true;
        }
        if c.clnt_caps & CAPS_CU != 0 {
            c.clnt_caps_ext = self.extcaps(f::mysql::EXTCAPS_CLIENT, at)?;
            at += 2;
            self.uint(f::mysql::MAX_PACKET, at, 4)?;
            at += 4;
            let cs = if c.mariadb_server {
                f::mariadb::CHARSET
            } else {
                f::mysql::CHARSET
            };
            self.uint(cs, at, 1)?;
            at += 1;
            if c.mariadb_client {
                self.bytes(f::mysql::UNUSED, at, 19)?;
                at += 19;
                c.mariadb_client_ext_caps = self.mariadb_caps(f::mariadb::EXTCAPS_CLIENT, at)?;
                at += 4;
            } else {
                self.bytes(f::mysql::UNUSED, at, 23)?;
                at += 23;
            }
        } else {
            self.uint(f::mysql::MAX_PACKET, at, 3)?;
            at += 3;
        }
        let lenstr = my_strsize(b, at)?;
        let user = &b[at..at + lenstr];
        let user = user.strip_suffix(&[0]).unwrap_or(user);
        self.col_append(&format!(" user={} ", format_text(user)));
        self.string(f::mysql::USER, at, lenstr)?;
        at += lenstr;
        if at >= b.len() {
            self.col_fence();
            return Ok(at);
        }
        let lenstr = if c.clnt_caps & CAPS_SC != 0 {
            let n = usize::from(u8_at(b, at)?);
            at += 1;
            n
        } else {
            my_strsize(b, at)?
        };
        if lenstr > 1 {
            self.bytes(f::mysql::PASSWD, at, lenstr)?;
        }
        at += lenstr;
        if c.clnt_caps & CAPS_CD != 0 {
            let lenstr = my_strsize(b, at)?;
            let db = &b[at..at + lenstr];
            let db = db.strip_suffix(&[0]).unwrap_or(db);
            self.col_append(&format!("db={} ", format_text(db)));
            self.col_fence();
            self.string(f::mysql::SCHEMA, at, lenstr)?;
            at += lenstr;
        }
        if c.clnt_caps_ext & CAPS_PA != 0 {
            c.state = State::AuthSwitchRequest;
            let lenstr = my_strsize(b, at)?;
            self.string(f::mysql::CLIENT_AUTH_PLUGIN, at, lenstr)?;
            at += lenstr;
        }
        if c.clnt_caps_ext & CAPS_CA != 0 && at < b.len() {
            at = self.connattrs(at)?;
        }
        if c.clnt_caps_ext & CAPS_ZS != 0 {
            // mysql.compression.zstd_level: not declared; stop here.
            return Ok(b.len());
        }
        Ok(at)
    }

    /// `mysql_dissect_request`.
    fn request(&mut self, mut at: usize, c: &mut Conv, current: State) -> R<usize> {
        let b = self.b;
        if current == State::AuthSwitchResponse {
            self.col_set("Auth Switch Response ");
            self.col_fence();
            let lenstr = my_strsize(b, at)?;
            self.bytes(f::mysql::AUTH_SWITCH_RESPONSE_DATA, at, lenstr)?;
            return Ok(b.len());
        }
        self.l.present(f::mysql::REQUEST);
        let opcode = u8_at(b, at)?;
        let name = command_name(opcode);
        match name {
            Some(n) => self.col_append(&format!(" {n}")),
            None => self.col_append(&format!(" Unknown ({opcode}) ")),
        }
        self.l.uint(f::mysql::COMMAND, opcode);
        at += 1;
        match opcode {
            1 => {}
            10 => c.state = State::ResponseTabular,
            13 | 14 => c.state = State::ResponseOk,
            9 => c.state = State::ResponseMessage,
            2 | 5 | 6 => {
                let lenstr = my_strsize(b, at)?;
                self.string(f::mysql::SCHEMA, at, lenstr)?;
                at += lenstr;
                c.state = State::ResponseOk;
            }
            3 => {
                if c.clnt_caps_ext & CAPS_QA != 0 && c.srv_caps_ext & CAPS_QA != 0 {
                    at = self.query_attrs(at)?;
                }
                let lenstr = my_strsize(b, at)?;
                self.string(f::mysql::QUERY, at, lenstr)?;
                at += lenstr;
                c.state = State::ResponseTabular;
            }
            22 => {
                let lenstr = my_strsize(b, at)?;
                self.string(f::mysql::QUERY, at, lenstr)?;
                at += lenstr;
                c.state = State::ResponsePrepare;
            }
            25 => {
                self.uint(f::mysql::STMT_ID, at, 4)?;
                at += 4;
                c.state = State::Request;
            }
            26 => {
                self.uint(f::mysql::STMT_ID, at, 4)?;
                at += 4;
                c.state = State::ResponseOk;
            }
            4 => {
                let lenstr = my_strsize(b, at)?;
                self.string(f::mysql::TABLE_NAME, at, lenstr)?;
                at += lenstr;
                c.state = State::ResponseShowFields;
            }
            12 => {
                self.uint(f::mysql::THREAD_ID, at, 4)?;
                at += 4;
                c.state = State::ResponseOk;
            }
            17 => at = self.change_user(at, c)?,
            7 => {
                let v = u64::from(u8_at(b, at)?);
                self.bits(
                    f::mysql::REFRESH,
                    &[
                        f::mysql::RFSH_GRANTS,
                        f::mysql::RFSH_LOG,
                        f::mysql::RFSH_TABLES,
                        f::mysql::RFSH_HOSTS,
                        f::mysql::RFSH_STATUS,
                        f::mysql::RFSH_THREADS,
                        f::mysql::RFSH_SLAVE,
                        f::mysql::RFSH_MASTER,
                    ],
                    v,
                );
                at += 1;
                c.state = State::ResponseOk;
            }
            8 => {
                self.uint(f::mysql::SHUTDOWN, at, 1)?;
                at += 1;
                c.state = State::ResponseOk;
            }
            27 => {
                self.uint(f::mysql::OPTION, at, 2)?;
                at += 2;
                c.state = State::ResponseOk;
            }
            28 => {
                self.uint(f::mysql::STMT_ID, at, 4)?;
                at += 4;
                self.uint(f::mysql::NUM_ROWS, at, 4)?;
                at += 4;
                c.state = State::ResponseTabular;
            }
            24 => {
                self.uint(f::mysql::STMT_ID, at, 4)?;
                at += 4;
                self.uint(f::mysql::PARAM, at, 2)?;
                at += 2;
                let rest = b.len().saturating_sub(at);
                if rest > 0 {
                    self.bytes(f::mysql::PAYLOAD, at, rest)?;
                }
                at += rest;
                if c.state != State::ResponsePrepare {
                    c.state = State::Request;
                }
            }
            23 => {
                let id = self.uint(f::mysql::STMT_ID, at, 4)? as u32;
                // The flags, iterations and parameters need the
                // statement's metadata: not decoded.
                let _ = c.stmts.get(&id);
                if c.state != State::ResponsePrepare {
                    c.state = State::ResponseTabular;
                }
                return Ok(b.len());
            }
            18 | 30 => {
                // The dump's position, flags, server and file: not decoded.
                c.state = State::BinlogDump;
                return Ok(b.len());
            }
            _ if name.is_some() => {
                // Replication and the rest: not decoded.
                return Ok(b.len());
            }
            _ => {
                let rest = b.len().saturating_sub(at);
                self.bytes(f::mysql::PAYLOAD, at, rest)?;
                expert::add(&mut self.l, &COMMAND_INVALID, None);
                at += rest;
                c.state = State::Undefined;
            }
        }
        Ok(at)
    }

    /// A query's attributes (both sides announced CLIENT_QUERY_ATTRIBUTES).
    fn query_attrs(&mut self, mut at: usize) -> R<usize> {
        let b = self.b;
        self.l.present(f::mysql::QUERY_ATTRS);
        let n = u8_at(b, at)?;
        self.l.uint(f::mysql::QUERY_ATTRS_COUNT, n);
        // The parameter count, then the parameter set count.
        at += 2;
        if n > 0 {
            let nulls = usize::from(n).div_ceil(8);
            self.bytes(f::mysql::UNUSED, at, nulls)?;
            at += nulls;
            self.uint(f::mysql::QUERY_ATTRS_SEND_TYPES_TO_SERVER, at, 1)?;
            at += 1;
            for _ in 0..n {
                // Added with ENC_ASCII, which is big-endian for a number.
                let t = bytes_at(b, at, 2)?;
                self.l.uint(
                    f::mysql::QUERY_ATTR_NAME_TYPE,
                    u16::from_be_bytes([t[0], t[1]]),
                );
                at += 2;
                at = self.lestring(f::mysql::QUERY_ATTR_NAME, at)?;
            }
            for _ in 0..n {
                at = self.lestring(f::mysql::QUERY_ATTR_VALUE, at)?;
            }
        }
        Ok(at)
    }

    fn change_user(&mut self, mut at: usize, c: &mut Conv) -> R<usize> {
        let b = self.b;
        let lenstr = strsize(b, at)?;
        self.string(f::mysql::USER, at, lenstr)?;
        at += lenstr;
        let lenstr = if c.clnt_caps & CAPS_SC != 0 {
            let n = usize::from(u8_at(b, at)?);
            at += 1;
            n
        } else {
            strsize(b, at)?
        };
        self.bytes(f::mysql::PASSWD, at, lenstr)?;
        at += lenstr;
        let lenstr = my_strsize(b, at)?;
        self.string(f::mysql::SCHEMA, at, lenstr)?;
        at += lenstr;
        if at < b.len() {
            let cs = if c.mariadb_server {
                f::mariadb::CHARSET
            } else {
                f::mysql::CHARSET
            };
            self.uint(cs, at, 1)?;
            at += 2;
        }
        c.state = State::ResponseOk;
        if c.clnt_caps_ext & CAPS_PA != 0 {
            c.state = State::AuthSwitchRequest;
            let lenstr = my_strsize(b, at)?;
            self.string(f::mysql::CLIENT_AUTH_PLUGIN, at, lenstr)?;
            at += lenstr;
        }
        if c.clnt_caps_ext & CAPS_CA != 0 {
            at = self.connattrs(at)?;
        }
        Ok(at)
    }

    /// `mysql_dissect_ok_packet` (after the response code).
    fn ok(&mut self, mut at: usize, c: &mut Conv) -> R<usize> {
        let b = self.b;
        self.col_append(" OK ");
        self.col_fence();
        let (n, rows, _) = fle(b, at)?;
        self.l.uint(f::mysql::AFFECTED_ROWS, rows);
        at += n;
        let (n, id, _) = fle(b, at)?;
        if id != 0 {
            self.l.uint(f::mysql::INSERT_ID, id);
        }
        at += n;
        let mut status = 0;
        let mut lenstr: u64 = 0;
        if at < b.len() {
            status = self.server_status(at)?;
            at += 2;
            if c.clnt_caps & c.srv_caps & CAPS_CU != 0 {
                let w = bytes_at(b, at, 2)?;
                self.l
                    .uint(f::mysql::WARNINGS, u16::from_le_bytes([w[0], w[1]]));
                // tshark reads the message length from the warnings, big-endian.
                lenstr = u64::from(u16::from_be_bytes([w[0], w[1]]));
                at += 2;
            }
        }
        if c.clnt_caps_ext & CAPS_ST != 0 {
            if at < b.len() {
                let (n, len, _) = fle(b, at)?;
                at += n;
                if len != 0 {
                    let len = usize::try_from(len).map_err(|_| Short)?;
                    self.string(f::mysql::MESSAGE, at, len)?;
                    at += len;
                }
                if status & STAT_SESSION_STATE_CHANGED != 0 {
                    let (n, mut left, _) = fle(b, at)?;
                    self.l.present(f::mysql::SESSION_TRACK_DATA);
                    self.l.uint(f::mysql::SESSION_TRACK_DATA_LENGTH, left);
                    at += n;
                    while left > 0 {
                        let start = at;
                        at = self.session_track(at)?;
                        left = left.wrapping_sub((at - start) as u64);
                    }
                }
            }
        } else if at < b.len() {
            let rest = (b.len() - at) as u64;
            let len = lenstr.min(rest) as usize;
            self.string(f::mysql::MESSAGE, at, len)?;
            at += len;
        }
        c.state = State::Request;
        Ok(at)
    }

    /// `add_session_tracker_entry_to_tree`.
    fn session_track(&mut self, mut at: usize) -> R<usize> {
        let b = self.b;
        self.l.present(f::mysql::SESSION_TRACK);
        let ty = u8_at(b, at)?;
        self.l.uint(f::mysql::SESSION_TRACK_TYPE, ty);
        at += 1;
        let (n, length, _) = fle(b, at)?;
        self.l.uint(f::mysql::SESSION_TRACK_LENGTH, length);
        at += n;
        match ty {
            0 => {
                at = self.fle_string(
                    f::mysql::SESSION_TRACK_SYSVAR_LENGTH,
                    f::mysql::SESSION_TRACK_SYSVAR_NAME,
                    at,
                )?;
                at = self.fle_string(
                    f::mysql::SESSION_TRACK_SYSVAR_LENGTH,
                    f::mysql::SESSION_TRACK_SYSVAR_VALUE,
                    at,
                )?;
            }
            1 => {
                at = self.fle_string(
                    f::mysql::SESSION_TRACK_SCHEMA_LENGTH,
                    f::mysql::SESSION_TRACK_SCHEMA,
                    at,
                )?;
            }
            2 => {
                self.string(f::mysql::SESSION_TRACK_STATE_CHANGE, at, 1)?;
                at += 1;
            }
            3 => {
                self.uint(f::mysql::SESSION_TRACK_GTIDS_ENCODING, at, 1)?;
                at += 1;
                at = self.fle_string(
                    f::mysql::SESSION_TRACK_GTIDS_LENGTH,
                    f::mysql::SESSION_TRACK_GTIDS,
                    at,
                )?;
            }
            4 => {
                at = self.fle_string(
                    f::mysql::SESSION_TRACK_TRANSACTION_CHARACTERISTICS_LENGTH,
                    f::mysql::SESSION_TRACK_TRANSACTION_CHARACTERISTICS,
                    at,
                )?;
            }
            5 => {
                at = self.fle_string(
                    f::mysql::SESSION_TRACK_TRANSACTION_STATE_LENGTH,
                    f::mysql::SESSION_TRACK_TRANSACTION_STATE,
                    at,
                )?;
            }
            _ => {
                let len = usize::try_from(length).map_err(|_| Short)?;
                self.bytes(f::mysql::PAYLOAD, at, len)?;
                expert::add(
                    &mut self.l,
                    &DISSECTOR_INCOMPLETE,
                    Some("FIXME: unrecognized session tracker data".into()),
                );
                at += len;
            }
        }
        Ok(at)
    }

    /// `mysql_dissect_result_header`.
    fn result_header(&mut self, mut at: usize, c: &mut Conv) -> R<usize> {
        let b = self.b;
        self.col_append("TABULAR ");
        self.col_fence();
        let (n, num_fields, _) = fle(b, at)?;
        self.l.uint(f::mysql::NUM_FIELDS, num_fields);
        at += n;
        if c.mariadb_client_ext_caps & MARIADB_CAPS_ME != 0
            && c.mariadb_server_ext_caps & MARIADB_CAPS_ME != 0
            && at < b.len()
        {
            // mariadb.send_meta is not declared: stop here.
            return Ok(b.len());
        }
        if num_fields > MAX_METADATA {
            return Ok(b.len());
        }
        if at < b.len() {
            let (n, extra, _) = fle(b, at)?;
            self.l.uint(f::mysql::EXTRA, extra);
            at += n;
        }
        if num_fields != 0 {
            c.state = State::FieldPacket;
            c.remaining_fields = num_fields;
        } else {
            c.state = State::RowPacket;
        }
        Ok(at)
    }

    /// `mysql_dissect_field_packet`.
    fn field(&mut self, mut at: usize, c: &Conv) -> R<usize> {
        let b = self.b;
        at = self.lestring(f::mysql::FIELD_CATALOG, at)?;
        if at >= b.len() {
            return Ok(at);
        }
        at = self.lestring(f::mysql::FIELD_DB, at)?;
        at = self.lestring(f::mysql::FIELD_TABLE, at)?;
        at = self.lestring(f::mysql::FIELD_ORG_TABLE, at)?;
        at = self.lestring(f::mysql::FIELD_NAME, at)?;
        at = self.lestring(f::mysql::FIELD_ORG_NAME, at)?;
        if c.mariadb_client_ext_caps & MARIADB_CAPS_EM != 0
            && c.mariadb_server_ext_caps & MARIADB_CAPS_EM != 0
        {
            // MariaDB's extended metadata: not decoded.
            return Ok(b.len());
        }
        at += 1;
        self.uint(f::mysql::FIELD_CHARSETNR, at, 2)?;
        at += 2;
        self.uint(f::mysql::FIELD_LENGTH, at, 4)?;
        at += 4;
        self.uint(f::mysql::FIELD_TYPE, at, 1)?;
        at += 1;
        let flags = le(b, at, 2)?;
        self.bits(
            f::mysql::FIELD_FLAGS,
            &[
                f::mysql::FIELD_FLAGS_NOT_NULL,
                f::mysql::FIELD_FLAGS_PRIMARY_KEY,
                f::mysql::FIELD_FLAGS_UNIQUE_KEY,
                f::mysql::FIELD_FLAGS_MULTIPLE_KEY,
                f::mysql::FIELD_FLAGS_BLOB,
                f::mysql::FIELD_FLAGS_UNSIGNED,
                f::mysql::FIELD_FLAGS_ZERO_FILL,
                f::mysql::FIELD_FLAGS_ENUM,
                f::mysql::FIELD_FLAGS_AUTO_INCREMENT,
                f::mysql::FIELD_FLAGS_TIMESTAMP,
                f::mysql::FIELD_FLAGS_SET,
            ],
            flags,
        );
        at += 2;
        self.uint(f::mysql::FIELD_DECIMALS, at, 1)?;
        at += 1;
        at += 2;
        if at < b.len() {
            at = self.lestring(f::mysql::FIELD_DEFAULT, at)?;
        }
        Ok(at)
    }

    fn text_row(&mut self, mut at: usize) -> R<usize> {
        while at < self.b.len() {
            at = self.lestring(f::mysql::ROW_TEXT, at)?;
        }
        Ok(at)
    }

    /// `mysql_dissect_auth_switch_request`.
    fn auth_switch_request(&mut self, mut at: usize, c: &mut Conv) -> R<usize> {
        let b = self.b;
        self.col_set("Auth Switch Request ");
        self.col_fence();
        c.state = State::AuthSwitchResponse;
        if c.clnt_caps_ext & CAPS_PA != 0 {
            let lenstr = my_strsize(b, at)?;
            self.string(f::mysql::AUTH_SWITCH_REQUEST_NAME, at, lenstr)?;
            at += lenstr;
            let lenstr = my_strsize(b, at)?;
            self.bytes(f::mysql::AUTH_SWITCH_REQUEST_DATA, at, lenstr)?;
        } else {
            self.uint(f::mysql::AUTH_SWITCH_REQUEST_STATUS, at, 1)?;
        }
        Ok(b.len())
    }

    /// `mysql_dissect_response_prepare` (after the response code).
    fn response_prepare(&mut self, mut at: usize, c: &mut Conv) -> R<usize> {
        let id = self.uint(f::mysql::STMT_ID, at, 4)? as u32;
        at += 4;
        c.stmt_num_fields = self.uint(f::mysql::NUM_FIELDS, at, 2)? as u16;
        at += 2;
        c.stmt_num_params = self.uint(f::mysql::NUM_PARAMS, at, 2)? as u16;
        if c.stmts.len() < MAX_STATEMENTS || c.stmts.contains_key(&id) {
            c.stmts.insert(id, c.stmt_num_params);
        }
        at += 3;
        self.uint(f::mysql::WARNINGS, at, 2)?;
        if c.stmt_num_params > 0 {
            c.remaining_fields = u64::from(c.stmt_num_params);
            c.state = State::PreparedParameters;
        } else if c.stmt_num_fields > 0 {
            c.remaining_fields = u64::from(c.stmt_num_fields);
            c.state = State::PreparedFields;
        } else {
            c.remaining_fields = 0;
            c.state = State::Request;
        }
        Ok(self.b.len())
    }

    /// `mysql_dissect_response`.
    fn response(&mut self, mut at: usize, c: &mut Conv, current: State) -> R<usize> {
        let b = self.b;
        let code = u8_at(b, at)?;
        match code {
            0xff => {
                self.l.uint(f::mysql::RESPONSE_CODE, code);
                at = self.error(at + 1)?;
                c.state = State::Request;
            }
            0xfe => {
                self.l.uint(f::mysql::RESPONSE_CODE, code);
                self.l.uint(f::mysql::EOF, code);
                at += 1;
                let rest = b.len().saturating_sub(at);
                if rest <= 5 {
                    self.uint(f::mysql::WARNINGS, at, 2)?;
                    at += 2;
                    self.server_status(at)?;
                    at = b.len();
                    match current {
                        State::PreparedParameters => {
                            if c.stmt_num_fields > 0 {
                                c.remaining_fields = u64::from(c.stmt_num_fields);
                                c.state = State::PreparedFields;
                            } else {
                                c.state = State::Request;
                            }
                        }
                        State::FieldPacket => c.state = State::RowPacket,
                        _ => c.state = State::Request,
                    }
                } else if rest < 0xff_ffff {
                    if current == State::AuthSwitchRequest {
                        at = self.auth_switch_request(at, c)?;
                    } else {
                        at = self.ok(at, c)?;
                        c.state = State::Request;
                    }
                } else {
                    c.state = State::RowPacket;
                    at = self.text_row(at)?;
                }
            }
            0x00 => {
                self.l.uint(f::mysql::RESPONSE_CODE, code);
                at += 1;
                match current {
                    State::ResponsePrepare => at = self.response_prepare(at, c)?,
                    // Binary rows and binlog events: not decoded.
                    State::RowPacket | State::BinlogDump => return Ok(b.len()),
                    _ => {
                        at = self.ok(at, c)?;
                        if c.compressed == 1 {
                            c.compressed = 2;
                        }
                    }
                }
            }
            _ => match current {
                State::ResponseMessage => {
                    let rest = b.len().saturating_sub(at);
                    if rest > 0 {
                        self.string(f::mysql::MESSAGE, at, rest)?;
                        at += rest;
                    }
                    c.state = State::Request;
                }
                State::ResponseTabular | State::Request => {
                    at = self.result_header(at, c)?;
                }
                State::PreparedParameters => {
                    at = self.field(at, c)?;
                    c.remaining_fields = c.remaining_fields.wrapping_sub(1);
                    if c.remaining_fields == 0 && c.clnt_caps_ext & CAPS_DE != 0 {
                        if c.stmt_num_fields > 0 {
                            c.remaining_fields = u64::from(c.stmt_num_fields);
                            c.state = State::PreparedFields;
                        } else {
                            c.state = State::Request;
                        }
                    }
                }
                State::FieldPacket | State::ResponseShowFields => {
                    at = self.field(at, c)?;
                    c.remaining_fields = c.remaining_fields.wrapping_sub(1);
                    if c.clnt_caps_ext & CAPS_DE != 0 && c.remaining_fields == 0 {
                        c.state = State::RowPacket;
                    }
                }
                State::RowPacket => at = self.text_row(at)?,
                State::PreparedFields => {
                    at = self.field(at, c)?;
                    c.remaining_fields = c.remaining_fields.wrapping_sub(1);
                    if c.clnt_caps_ext & CAPS_DE != 0 && c.remaining_fields == 0 {
                        c.state = State::Request;
                    }
                }
                State::AuthSwitchRequest => at = self.auth_switch_request(at, c)?,
                _ => {
                    let rest = b.len().saturating_sub(at);
                    self.bytes(f::mysql::PAYLOAD, at, rest)?;
                    expert::add(&mut self.l, &UNKNOWN_RESPONSE, None);
                    at = b.len();
                    c.state = State::Undefined;
                }
            },
        }
        Ok(at)
    }
}

/// tshark's `mysql_command_vals`.
fn command_name(op: u8) -> Option<&'static str> {
    f::mysql::COMMAND.value_name(u64::from(op))
}

/// `dissect_mysql_pdu` on one whole packet `b` (at least 4 bytes).
fn packet(b: &[u8], response: bool, c: &mut Conv) -> Layer<'static> {
    let mut p = Pkt {
        b,
        l: Layer::new(Osi::Application, "mysql", 0..b.len()),
        info: String::new(),
    };
    let read = (|| -> R<()> {
        let mut at = 0;
        if c.compressed == 2 {
            // The compressed header; tshark then reads the (still
            // compressed) bytes after it as a packet.
            p.uint(f::mysql::COMPRESSED_PACKET_LENGTH, 0, 3)?;
            p.uint(f::mysql::COMPRESSED_PACKET_NUMBER, 3, 1)?;
            p.uint(f::mysql::COMPRESSED_PACKET_LENGTH_UNCOMPRESSED, 4, 3)?;
            at = 7;
        }
        p.uint(f::mysql::PACKET_LENGTH, at, 3)?;
        at += 3;
        let number = p.uint(f::mysql::PACKET_NUMBER, at, 1)?;
        at += 1;
        let state = c.state;
        let end = if response {
            if number == 0 && state == State::Undefined {
                p.col_set("Server Greeting ");
                p.greeting(at, c)?
            } else {
                p.col_set("Response ");
                p.response(at, c, state)?
            }
        } else if state == State::Login && number == 1 {
            p.col_set("Login Request");
            let end = p.login(at, c)?;
            if c.srv_caps & CAPS_CP != 0 && c.clnt_caps & CAPS_CP != 0 {
                c.compressed = 1;
            }
            end
        } else {
            p.col_set("Request");
            p.request(at, c, state)?
        };
        // The rest of the packet: what tshark did not read.
        if end < b.len() {
            p.bytes(f::mysql::PAYLOAD, end, b.len() - end)?;
            expert::add(&mut p.l, &DISSECTOR_INCOMPLETE, None);
        }
        Ok(())
    })();
    if read.is_err() {
        p.l.read_past_end(
            "mysql",
            format!("MySQL packet reads past its {} bytes", b.len()),
            false,
        );
    }
    let info = std::mem::take(&mut p.info);
    p.l.str(f::mysql::OSIDUMP_INFO, info);
    p.l
}

/// `get_mysql_pdu_len`.
fn pdu_len(h: &[u8], compressed: bool) -> u64 {
    let len = u64::from(h[0]) | u64::from(h[1]) << 8 | u64::from(h[2]) << 16;
    4 + len + if compressed { 3 } else { 0 }
}

/// What one side holds of a packet cut by a segment's end.
#[derive(Debug, Default)]
struct Side {
    held: Vec<u8>,
    /// Stream offset of `held`'s first byte.
    start: u64,
    /// Nothing more is read on this side (a packet too long to hold).
    dead: bool,
}

/// Both sides of one conversation.
pub struct MysqlDecoder {
    ports: Option<(u16, u16)>,
    conv: Conv,
    sides: [Side; 2],
}

impl Default for MysqlDecoder {
    fn default() -> Self {
        Self::new()
    }
}

impl MysqlDecoder {
    pub fn new() -> Self {
        MysqlDecoder {
            ports: None,
            conv: Conv::default(),
            sides: Default::default(),
        }
    }

    /// tshark's `destport == match_uint`: the bytes go to port 3306.
    fn request(&self, dir: Dir) -> bool {
        match self.ports {
            Some((_, PORT)) => true,
            Some((PORT, _)) => false,
            _ => dir == Dir::Client,
        }
    }

    /// One call of `dissect_mysql` on `b` (stream offset `offset`): its
    /// whole packets; a cut one is held.
    fn call(&mut self, dir: Dir, offset: u64, b: &[u8], out: &mut Vec<Message>) {
        let response = !self.request(dir);
        let mut at = 0usize;
        let mut first = true;
        while at < b.len() {
            let rest = &b[at..];
            if rest.len() < HEADER {
                break;
            }
            let len = pdu_len(rest, self.conv.compressed == 2);
            if len > rest.len() as u64 {
                break;
            }
            let len = len as usize;
            let mut l = packet(&rest[..len], response, &mut self.conv);
            if first {
                l.boolean(f::mysql::OSIDUMP_CALL, true);
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
            if rest.len() >= HEADER && pdu_len(rest, false) > MAX_PACKET as u64 {
                side.dead = true;
                return;
            }
            side.held.extend_from_slice(rest);
            side.start = offset + at as u64;
        }
    }
}

impl StreamDecoder for MysqlDecoder {
    fn protocol(&self) -> &'static str {
        "mysql"
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

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>() + self.conv.stmts.capacity() * 8
    }

    /// A login asked for SSL: TLS from the next segment on.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        if !std::mem::take(&mut self.conv.ssl) {
            return None;
        }
        Some(super::handover::Successor {
            decoder: super::tls::new_starttls_stream("MySQL Protocol"),
            from: usize::MAX,
        })
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() || self.sides[dir.index()].dead {
            return;
        }
        let compressed = self.conv.compressed == 2;
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
        // The length is whole: exactly the packet's bytes, then the
        // segment's rest is a call of its own.
        let need = (pdu_len(&side.held, compressed) as usize).saturating_sub(side.held.len());
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
    Box::new(super::handover::Handover::new(MysqlDecoder::new()))
}

/// tshark's Info column: the frame's packets' column writes replayed in
/// order (a set replaces what follows the fence; each call after the
/// first starts past a fence).
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    if l.protocol != "mysql" {
        return;
    }
    // The frame's packets are written once, by its last mysql layer.
    if layers[i + 1..].iter().any(|x| x.protocol == "mysql") {
        return;
    }
    let mut col = String::new();
    let mut fence = 0;
    for (n, x) in layers.iter().filter(|x| x.protocol == "mysql").enumerate() {
        // TCP fences the column after a reassembled packet: a later call
        // in the frame appends.
        if n > 0 && x.has(f::mysql::OSIDUMP_CALL) {
            fence = col.len();
        }
        let Some(ops) = x.get_str(f::mysql::OSIDUMP_INFO) else {
            continue;
        };
        for op in ops.split('\u{1}') {
            let mut ch = op.chars();
            match ch.next() {
                Some('S') => {
                    col.truncate(fence);
                    col.push_str(ch.as_str());
                }
                Some('A') => col.push_str(ch.as_str()),
                Some('F') => fence = col.len(),
                _ => {}
            }
        }
    }
    out.push_str(&col);
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(v) = l.get_uint(f::mysql::PACKET_NUMBER) {
        out.push_str(&format!("packet {v}"));
    }
    if let Some(s) = l.get_str(f::mysql::QUERY) {
        out.push_str(": ");
        out.push_str(s);
    } else if let Some(s) = l.get_str(f::mysql::VERSION) {
        out.push_str(" greeting, version ");
        out.push_str(s);
    } else if let Some(s) = l.get_str(f::mysql::USER) {
        out.push_str(" login, user ");
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "mysql",
    also: &[],
    title: "MySQL Protocol",
    osi: Osi::Application,
    fields: f::mysql::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "MySQL"),
    app: Some(AppSpec {
        decode_as: &["mysql"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark 4.0 has no MySQL heuristic: port 3306 (or decode-as).
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
