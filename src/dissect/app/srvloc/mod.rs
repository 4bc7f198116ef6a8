//! The Service Location Protocol (RFC 2165 version 1, RFC 2608 version
//! 2) on UDP and TCP port 427, as tshark 4.0's packet-srvloc.c shows it.
//!
//! The header: version and function; for version 1 (and 0) the 16-bit
//! length, the flags byte, dialect, language, character encoding and
//! transaction ID; for version 2 (and above) the 24-bit length, the flags
//! word, the next extension's offset (the extensions themselves are not
//! read, as in tshark), the XID and the language tag. Then every function
//! as tshark reads it: Service Request and Reply (URL entries with their
//! authentication blocks), Registration, Deregistration, Acknowledge,
//! Attribute Request and Reply, DA Advertisement, Service Type Request
//! and Reply, SA Advertisement (version 2 only); an unknown function is
//! flagged. Version 1 strings are read in the message's encoding
//! (UCS-2 for 1000, ASCII otherwise); a version 2 attribute list of a
//! registration or an attribute reply is split at its commas into items
//! (`srvloc.item`), as tshark splits it. A non-zero error code is flagged
//! with its name. tshark's quirks are kept: the SA Advertisement's
//! `authcount` shows the attribute list's length; a Deregistration's
//! version 1 URL and the "all naming authorities" length share their
//! fields' names.
//!
//! Not decoded: the attribute lists of a version 1 Attribute Reply in
//! UCS-2 or UTF-8 (tshark parses Novell's `svcname-ws`/`svcaddr-ws`
//! attributes there with C string functions); its length is shown and
//! the list left out.
//!
//! On TCP tshark frames messages with `tcp_dissect_pdus` (5 fixed bytes,
//! the length at offset 2: 24 bits for version 2, 16 otherwise): a
//! message cut by the segment's end is finished by the next segments,
//! what follows a reassembled message in its last segment is a call of
//! its own, and several messages in one segment are one call.
//!
//! The Info column: the function's name and `, V1 Transaction ID - N` or
//! `, V2 XID - N`; each message clears it (calls are fenced one after
//! another).
//!
//! The promise: no input makes this module panic; every read is checked;
//! a TCP side holds at most one message (at most 16 MiB, the 24-bit
//! length) waiting for the rest; bytes held for a length of 0 (which
//! tshark's TCP keeps reassembling for ever) are dropped past that.

pub mod fields;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, Options, PduFramer, Pdus, Want};
use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, Expert, Group, Severity};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb};
use crate::source::Timestamp;

/// SRVLOC's port, UDP and TCP.
pub const PORT: u16 = 427;

/// `tcp_dissect_pdus`' fixed part: up to the end of a version 2 length.
const FIXED: usize = 5;

/// The most a TCP side holds waiting for the rest of a message: the
/// longest one (the 24-bit length).
const MAX_HELD: usize = 1 << 24;

/// Version 1's flags (one byte).
const FLAG_U: u8 = 0x20;
const FLAG_A: u8 = 0x10;

/// Version 1 character encodings tshark reads otherwise than as ASCII.
const CHARSET_UCS_2: u16 = 1000;
const CHARSET_UTF_8: u16 = 106;

/// NTP's epoch (1900) to Unix's, in seconds.
const NTP_TO_UNIX: u32 = 2_208_988_800;

static ERR_EXPERT: Expert = Expert {
    field: f::srvloc::ERR_EXPERT,
    group: Group::Response,
    severity: Severity::Error,
};
static ERRV2_EXPERT: Expert = Expert {
    field: f::srvloc::ERRV2_EXPERT,
    group: Group::Response,
    severity: Severity::Error,
};
static FUNCTION_UNKNOWN: Expert = Expert {
    field: f::srvloc::FUNCTION_UNKNOWN,
    group: Group::Response,
    severity: Severity::Error,
};

type R<T> = Result<T, Bound>;

/// One message's fields being read into its layer, at `at`.
struct P<'t, 'l> {
    t: Tvb<'t>,
    l: &'l mut Layer<'static>,
    at: usize,
    /// Version 1's character encoding (strings in UCS-2 for 1000).
    encoding: u16,
}

impl P<'_, '_> {
    fn u8(&mut self, def: &'static FieldDef) -> R<u8> {
        let v = self.t.u8(self.at)?;
        self.l.uint(def, v);
        self.at += 1;
        Ok(v)
    }

    fn u16(&mut self, def: &'static FieldDef) -> R<u16> {
        let v = self.t.u16(self.at)?;
        self.l.uint(def, v);
        self.at += 2;
        Ok(v)
    }

    /// An `ENC_ASCII` string of `len` bytes.
    fn ascii(&mut self, def: &'static FieldDef, len: usize) -> R<()> {
        let b = self.t.bytes(self.at, len)?;
        expert::ascii_string(self.l, def, b);
        self.at += len;
        Ok(())
    }

    /// `add_v1_string`: UCS-2 (big-endian) for encoding 1000, else ASCII.
    fn v1_string(&mut self, def: &'static FieldDef, len: usize) -> R<()> {
        if self.encoding != CHARSET_UCS_2 {
            return self.ascii(def, len);
        }
        let b = self.t.bytes(self.at, len)?;
        self.l.str(def, ucs2(b));
        self.at += len;
        Ok(())
    }

    /// Version 1: a 16-bit length and its string, shown even when empty.
    fn v1_counted(&mut self, len_def: &'static FieldDef, def: &'static FieldDef) -> R<()> {
        let n = self.u16(len_def)?;
        self.v1_string(def, usize::from(n))
    }

    /// Version 2: a 16-bit length and its ASCII string, when not empty.
    fn v2_counted(&mut self, len_def: &'static FieldDef, def: &'static FieldDef) -> R<u16> {
        let n = self.u16(len_def)?;
        if n != 0 {
            self.ascii(def, usize::from(n))?;
        }
        Ok(n)
    }

    /// An error code, flagged when not 0 (`Error: NAME`), its name from
    /// `names`' table.
    fn error(
        &mut self,
        def: &'static FieldDef,
        names: &'static FieldDef,
        ei: &'static Expert,
    ) -> R<()> {
        let code = self.u16(def)?;
        if code != 0 {
            let name = match names.value_name(u64::from(code)) {
                Some(n) => n.to_owned(),
                None => format!("Unknown SRVLOC Error (0x{code:02x})"),
            };
            expert::add(self.l, ei, Some(format!("Error: {name}")));
        }
        Ok(())
    }

    /// A 4-byte count of seconds since 1970 as an absolute time.
    fn seconds(&mut self, def: &'static FieldDef) -> R<()> {
        let secs = self.t.u32(self.at)?;
        self.l
            .push(def, Value::Time(Timestamp::new(i64::from(secs), 0)));
        self.at += 4;
        Ok(())
    }

    /// `dissect_authblk`: version 1's authentication block.
    fn authblk_v1(&mut self) -> R<()> {
        use f::srvloc as s;
        let b = self.t.bytes(self.at, 8)?;
        self.l.push(s::TIMESTAMP, Value::Time(ntp_time(b)));
        self.at += 8;
        self.u16(s::BLOCK_STRUCTURE_DESCRIPTOR)?;
        let len = self.u16(s::AUTHENTICATOR_LENGTH)?;
        self.ascii(s::AUTHENTICATION_BLOCK, usize::from(len))
    }

    /// `dissect_authblk_v2`: the descriptor, length, time and SPI.
    fn authblk_v2(&mut self) -> R<()> {
        use f::srvloc as s;
        self.u16(s::AUTHBLKV2_BSD)?;
        self.u16(s::AUTHBLKV2_LEN)?;
        self.seconds(s::AUTHBLKV2_TIMESTAMP)?;
        let len = self.u16(s::AUTHBLKV2_SLPSPILEN)?;
        self.ascii(s::AUTHBLKV2_SLPSPI, usize::from(len))
    }

    /// `dissect_url_entry_v1`.
    fn url_entry_v1(&mut self, flags: u8) -> R<()> {
        use f::srvloc as s;
        self.u16(s::URL_LIFETIME)?;
        self.v1_counted(s::URL_URLLEN, s::URL_URL)?;
        if flags & FLAG_U != 0 {
            self.authblk_v1()?;
        }
        Ok(())
    }

    /// `dissect_url_entry_v2`.
    fn url_entry_v2(&mut self) -> R<()> {
        use f::srvloc as s;
        self.u8(s::URL_RESERVED)?;
        self.u16(s::URL_LIFETIME)?;
        let len = self.u16(s::URL_URLLEN)?;
        self.ascii(s::URL_URL, usize::from(len))?;
        let auths = self.u8(s::URL_NUMAUTHS)?;
        for _ in 0..auths {
            self.authblk_v2()?;
        }
        Ok(())
    }

    /// `attr_list2`: the list, then its comma-separated items (up to the
    /// list's first NUL; an empty piece before a comma is an item, an
    /// empty one at the end is not).
    fn attr_list2(&mut self, def: &'static FieldDef, len: usize) -> R<()> {
        let b = self.t.bytes(self.at, len)?;
        expert::ascii_string(self.l, def, b);
        let text = crate::dissect::wire::ascii(b);
        let mut pieces = text.split(',').peekable();
        while let Some(p) = pieces.next() {
            if pieces.peek().is_none() && p.is_empty() {
                break;
            }
            self.l.str(f::srvloc::ITEM, p.to_owned());
        }
        self.at += len;
        Ok(())
    }

    /// The unknown function's note, over the bytes left: none left
    /// throws, as tshark's item to the end does.
    fn unknown_function(&mut self, function: u8) -> R<()> {
        if self.at >= self.t.b.len() {
            return Err(if self.at < self.t.reported {
                Bound::Cut
            } else {
                Bound::Past
            });
        }
        expert::add(
            self.l,
            &FUNCTION_UNKNOWN,
            Some(format!("Unknown Function Type: {function}")),
        );
        Ok(())
    }

    /// Version 1's message after its 12-byte header.
    fn v1_body(&mut self, function: u8, flags: u8) -> R<()> {
        use f::srvloc as s;
        match function {
            1 => {
                self.v1_counted(s::SRVREQ_PRLISTLEN, s::SRVREQ_PRLIST)?;
                self.v1_counted(s::SRVREQ_PREDICATELEN, s::SRVREQ_PREDICATE)?;
            }
            2 => {
                self.error(s::ERR, s::ERR, &ERR_EXPERT)?;
                let count = self.u16(s::SRVREQ_URLCOUNT)?;
                for _ in 0..count {
                    self.url_entry_v1(flags)?;
                }
            }
            3 => {
                self.url_entry_v1(flags)?;
                self.v1_counted(s::SRVREQ_ATTRLISTLEN, s::SRVREQ_ATTRLIST)?;
                if flags & FLAG_A != 0 {
                    self.authblk_v1()?;
                }
            }
            4 => {
                self.v1_counted(s::URL_URLLEN, s::URL_URL)?;
                if flags & FLAG_U != 0 {
                    self.authblk_v1()?;
                }
                self.v1_counted(s::SRVDEREQ_TAGLISTLEN, s::SRVDEREQ_TAGLIST)?;
                if flags & FLAG_A != 0 {
                    self.authblk_v1()?;
                }
            }
            5 => self.error(s::ERR, s::ERR, &ERR_EXPERT)?,
            6 => {
                self.v1_counted(s::ATTRREQ_PRLISTLEN, s::ATTRREQ_PRLIST)?;
                self.v1_counted(s::ATTRREQ_URLLEN, s::ATTRREQ_URL)?;
                self.v1_counted(s::ATTRREQ_SCOPELISTLEN, s::ATTRREQ_SCOPELIST)?;
                self.v1_counted(s::ATTRREQ_ATTRLISTLEN, s::ATTRREQ_ATTRLIST)?;
            }
            7 => {
                // Version 2's code names in version 1's expert item.
                self.error(s::ERRV2, s::ERRV2, &ERR_EXPERT)?;
                let len = self.u16(s::ATTRRPLY_ATTRLISTLEN)?;
                if len > 0 {
                    let len = usize::from(len);
                    match self.encoding {
                        CHARSET_UCS_2 | CHARSET_UTF_8 => {
                            // Novell's attributes, parsed by tshark with C
                            // string functions: not shown.
                            self.at += len;
                        }
                        _ => self.ascii(s::ATTRRPLY_ATTRLIST, len)?,
                    }
                    if flags & FLAG_A != 0 {
                        self.authblk_v1()?;
                    }
                }
            }
            8 => {
                self.error(s::ERR, s::ERR, &ERR_EXPERT)?;
                self.v1_counted(s::DAADVERT_URLLEN, s::DAADVERT_URL)?;
                self.v1_counted(s::DAADVERT_SCOPELISTLEN, s::DAADVERT_SCOPELIST)?;
            }
            9 => {
                self.v1_counted(s::SRVTYPEREQ_PRLISTLEN, s::SRVTYPEREQ_PRLIST)?;
                let n = self.u16(s::SRVTYPEREQ_NAMEAUTHLISTLEN)?;
                if n != 0xffff {
                    self.v1_string(s::SRVTYPEREQ_NAMEAUTHLIST, usize::from(n))?;
                }
                self.v1_counted(s::SRVTYPEREQ_SCOPELISTLEN, s::SRVTYPEREQ_SCOPELIST)?;
            }
            10 => {
                self.error(s::ERR, s::ERR, &ERR_EXPERT)?;
                let count = self.u16(s::SERVICE_TYPE_COUNT)?;
                for _ in 0..count {
                    self.v1_counted(s::SRVTYPEREQ_SRVTYPELEN, s::SRVTYPERPLY_SRVTYPE)?;
                }
            }
            _ => self.unknown_function(function)?,
        }
        Ok(())
    }

    /// Version 2's message after its header and language tag.
    fn v2_body(&mut self, function: u8) -> R<()> {
        use f::srvloc as s;
        match function {
            1 => {
                self.v2_counted(s::SRVREQ_PRLISTLEN, s::SRVREQ_PRLIST)?;
                self.v2_counted(s::SRVREQ_SRVTYPELEN, s::SRVREQ_SRVTYPELIST)?;
                self.v2_counted(s::SRVREQ_SCOPELISTLEN, s::SRVREQ_SCOPELIST)?;
                self.v2_counted(s::SRVREQ_PREDICATELEN, s::SRVREQ_PREDICATE)?;
                self.v2_counted(s::SRVREQ_SLPSPILEN, s::SRVREQ_SLPSPI)?;
            }
            2 => {
                self.error(s::ERRV2, s::ERRV2, &ERRV2_EXPERT)?;
                let count = self.u16(s::SRVREQ_URLCOUNT)?;
                for _ in 0..count {
                    self.url_entry_v2()?;
                }
            }
            3 => {
                self.url_entry_v2()?;
                self.v2_counted(s::SRVREQ_SRVTYPELEN, s::SRVREQ_SRVTYPE)?;
                self.v2_counted(s::SRVREQ_SCOPELISTLEN, s::SRVREQ_SCOPELIST)?;
                let n = self.u16(s::SRVREQ_ATTRLISTLEN)?;
                if n != 0 {
                    self.attr_list2(s::SRVREQ_ATTRLIST, usize::from(n))?;
                }
                // The attribute authentication blocks are counted, not read.
                self.u8(s::SRVREQ_ATTRAUTHCOUNT)?;
            }
            4 => {
                self.v2_counted(s::SRVDEREQ_SCOPELISTLEN, s::SRVDEREQ_SCOPELIST)?;
                self.url_entry_v2()?;
                self.v2_counted(s::SRVDEREQ_TAGLISTLEN, s::SRVDEREQ_TAGLIST)?;
            }
            5 => self.error(s::ERRV2, s::ERRV2, &ERRV2_EXPERT)?,
            6 => {
                self.v2_counted(s::ATTRREQ_PRLISTLEN, s::ATTRREQ_PRLIST)?;
                self.v2_counted(s::ATTRREQ_URLLEN, s::ATTRREQ_URL)?;
                self.v2_counted(s::ATTRREQ_SCOPELISTLEN, s::ATTRREQ_SCOPELIST)?;
                self.v2_counted(s::ATTRREQ_TAGLISTLEN, s::ATTRREQ_TAGLIST)?;
                self.v2_counted(s::ATTRREQ_SLPSPILEN, s::ATTRREQ_SLPSPI)?;
            }
            7 => {
                self.error(s::ERRV2, s::ERRV2, &ERRV2_EXPERT)?;
                let n = self.u16(s::ATTRRPLY_ATTRLISTLEN)?;
                if n != 0 {
                    self.attr_list2(s::ATTRRPLY_ATTRLIST, usize::from(n))?;
                }
                self.u8(s::SRVREQ_ATTRAUTHCOUNT)?;
            }
            8 => {
                self.error(s::ERRV2, s::ERRV2, &ERRV2_EXPERT)?;
                self.seconds(s::DAADVERT_TIMESTAMP)?;
                self.v2_counted(s::DAADVERT_URLLEN, s::DAADVERT_URL)?;
                self.v2_counted(s::DAADVERT_SCOPELISTLEN, s::DAADVERT_SCOPELIST)?;
                self.v2_counted(s::DAADVERT_ATTRLISTLEN, s::DAADVERT_ATTRLIST)?;
                self.v2_counted(s::DAADVERT_SLPSPILEN, s::DAADVERT_SLPSPI)?;
                let count = self.u8(s::DAADVERT_AUTHCOUNT)?;
                for _ in 0..count {
                    self.authblk_v2()?;
                }
            }
            9 => {
                self.v2_counted(s::SRVTYPEREQ_PRLISTLEN, s::SRVTYPEREQ_PRLIST)?;
                let n = self.u16(s::SRVTYPEREQ_NAMEAUTHLISTLEN)?;
                if n != 0xffff && n != 0 {
                    self.ascii(s::SRVTYPEREQ_NAMEAUTHLIST, usize::from(n))?;
                }
                self.v2_counted(s::SRVTYPEREQ_SCOPELISTLEN, s::SRVTYPEREQ_SCOPELIST)?;
            }
            10 => {
                self.error(s::ERRV2, s::ERRV2, &ERRV2_EXPERT)?;
                self.v2_counted(s::SRVTYPEREQ_SRVTYPELISTLEN, s::SRVTYPERPLY_SRVTYPELIST)?;
            }
            11 => {
                self.v2_counted(s::SAADVERT_URLLEN, s::SAADVERT_URL)?;
                self.v2_counted(s::SAADVERT_SCOPELISTLEN, s::SAADVERT_SCOPELIST)?;
                let attrs = self.v2_counted(s::SAADVERT_ATTRLISTLEN, s::SAADVERT_ATTRLIST)?;
                // tshark shows the attribute list's length as the count.
                let count = self.t.u8(self.at)?;
                self.l.uint(s::SAADVERT_AUTHCOUNT, attrs);
                self.at += 1;
                for _ in 0..count {
                    self.authblk_v2()?;
                }
            }
            _ => self.unknown_function(function)?,
        }
        Ok(())
    }
}

/// An 8-byte NTP time as tshark 4.0's `ENC_TIME_NTP` reads it: seconds
/// 0 stay 0, others less NTP's offset in 32 bits.
fn ntp_time(b: &[u8]) -> Timestamp {
    let secs = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    let frac = u32::from_be_bytes([b[4], b[5], b[6], b[7]]);
    let secs = if secs == 0 {
        0
    } else {
        secs.wrapping_sub(NTP_TO_UNIX)
    };
    // C's `(int)(1000000000 * (frac / 4294967296.0))`: truncated.
    let nanos = (1_000_000_000.0 * (f64::from(frac) / 4_294_967_296.0)) as u32;
    Timestamp::new(i64::from(secs), nanos)
}

/// A big-endian UCS-2 string as tshark 4.0 reads it: up to its first NUL,
/// an odd last byte dropped, no note of what follows a NUL. (A lone
/// surrogate, which tshark writes as is, is U+FFFD here.)
fn ucs2(b: &[u8]) -> String {
    b.chunks_exact(2)
        .map(|u| u16::from_be_bytes([u[0], u[1]]))
        .take_while(|&c| c != 0)
        .map(|c| char::from_u32(u32::from(c)).unwrap_or('\u{fffd}'))
        .collect()
}

/// One message (`dissect_srvloc`) from the start of `t`, into `l`.
fn message(t: Tvb<'_>, l: &mut Layer<'static>, info: &mut String) -> R<()> {
    use f::srvloc as s;
    let version = t.u8(0)?;
    let function = t.u8(1)?;
    *info = match s::FUNCTION.value_name(u64::from(function)) {
        Some(n) => n.to_owned(),
        None => format!("Unknown Function ({function})"),
    };
    l.uint(s::VERSION, version);
    l.uint(s::FUNCTION, function);
    let mut p = P {
        t,
        l,
        at: 0,
        encoding: 0,
    };
    if version < 2 {
        let len = t.u16(2)?;
        p.l.uint(s::PKTLEN, len);
        let flags = t.u8(4)?;
        p.l.uint(s::FLAGS_V1, flags);
        for b in [
            s::FLAGS_V1_OVERFLOW,
            s::FLAGS_V1_MONOLINGUAL,
            s::FLAGS_V1_URL_AUTH,
            s::FLAGS_V1_ATTRIBUTE_AUTH,
            s::FLAGS_V1_FRESH,
        ] {
            p.l.boolean(b, u64::from(flags) & b.mask != 0);
        }
        p.at = 5;
        p.u8(s::DIALECT)?;
        p.ascii(s::LANGUAGE, 2)?;
        p.encoding = p.u16(s::ENCODING)?;
        let xid = p.u16(s::TRANSACTION_ID)?;
        info.push_str(&format!(", V1 Transaction ID - {xid}"));
        p.v1_body(function, flags)
    } else {
        let len = t.bytes(2, 3)?;
        p.l.uint(s::PKTLEN, be24(len));
        let flags = t.u16(5)?;
        p.l.uint(s::FLAGS_V2, flags);
        for b in [
            s::FLAGS_V2_OVERFLOW,
            s::FLAGS_V2_FRESH,
            s::FLAGS_V2_REQMULTI,
        ] {
            p.l.boolean(b, u64::from(flags) & b.mask != 0);
        }
        p.l.uint(s::NEXTEXTOFF, be24(t.bytes(7, 3)?));
        let xid = t.u16(10)?;
        p.l.uint(s::XID, xid);
        info.push_str(&format!(", V2 XID - {xid}"));
        p.at = 12;
        let tag = p.u16(s::LANGTAGLEN)?;
        p.ascii(s::LANGTAG, usize::from(tag))?;
        p.v2_body(function)
    }
}

fn be24(b: &[u8]) -> u32 {
    b.iter().fold(0, |v, &x| (v << 8) | u32::from(x))
}

/// Marks the layer as tshark's exception there marks it.
fn throw(l: &mut Layer<'_>, e: Bound) {
    l.read_past_end(
        "srvloc",
        "SRVLOC message read past its end".into(),
        e == Bound::Cut,
    );
}

/// A message's layer; `reported`: its length on the wire.
fn layer(b: &[u8], reported: usize, call: bool) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "srvloc", 0..0);
    if call {
        l.present(f::srvloc::OSIDUMP_CALL);
    }
    let t = Tvb {
        b,
        reported,
        le: false,
    };
    let mut info = String::new();
    let r = message(t, &mut l, &mut info);
    // Written even when empty: the message's call set the Protocol
    // column and cleared the Info before its first read.
    l.str(f::srvloc::OSIDUMP_INFO, info);
    if let Err(e) = r {
        throw(&mut l, e);
    }
    l
}

// ------------------------------------------------------------------ UDP

fn dissect<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let b = d.payload;
    let reported = if d.cut {
        d.reported.max(b.len())
    } else {
        b.len()
    };
    let mut l = layer(b, reported, true);
    if d.nested {
        // A datagram an ICMP error quotes: its fields, no exception.
        l.thrown = None;
        l.anomalies.clear();
    }
    l.span = d.at..d.at + b.len();
    l
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(dissect))
}

// ------------------------------------------------------------------ TCP

/// The message length `tcp_dissect_pdus` reads at `b[off..]` (it has the
/// 5 fixed bytes).
fn pdu_len(b: &[u8]) -> usize {
    if b[0] == 2 {
        be24(&b[2..5]) as usize
    } else {
        usize::from(u16::from_be_bytes([b[2], b[3]]))
    }
}

/// One call of `dissect_srvloc_tcp` on `b` (`cut` more bytes were cut by
/// the capture): its messages' layers with the spans of `b` they cover.
fn call(b: &[u8], cut: usize, out: &mut Pdus) -> End {
    let can_desegment = cut == 0;
    let reported = b.len().saturating_add(cut);
    let mut off = 0usize;
    let mut first = true;
    while off < reported {
        let remaining = b.len().saturating_sub(off);
        if can_desegment && remaining < FIXED {
            return End::More(off, Want::OneMoreSegment);
        }
        if remaining == 0 {
            return End::Done;
        }
        if remaining < FIXED {
            // Reading the length throws: the capture cut it.
            let mut l = Layer::new(Osi::Application, "srvloc", 0..0);
            if first {
                l.present(f::srvloc::OSIDUMP_CALL);
            }
            l.read_past_end("srvloc", "SRVLOC length past the capture".into(), true);
            out.push((l, off, b.len()));
            return End::Done;
        }
        let plen = pdu_len(&b[off..]);
        if plen == 0 && can_desegment {
            // tcp_dissect_pdus takes a length of 0 for one it cannot tell
            // yet: the next segment whole, again and again.
            return End::More(off, Want::OneMoreSegment);
        }
        if plen < FIXED {
            // `show_reported_bounds_error`: the call stops.
            let mut l = Layer::new(Osi::Application, "srvloc", 0..0);
            if first {
                l.present(f::srvloc::OSIDUMP_CALL);
            }
            l.read_past_end(
                "srvloc",
                format!("SRVLOC message length {plen} is shorter than its header"),
                false,
            );
            out.push((l, off, b.len()));
            return End::Done;
        }
        if can_desegment && remaining < plen {
            return End::More(off, Want::Total(plen));
        }
        let end = off + plen.min(remaining);
        let l = layer(&b[off..end], plen, first);
        first = false;
        out.push((l, off, end));
        off += plen;
    }
    End::Done
}

/// SRVLOC over one TCP connection.
pub struct SrvlocStream {
    framer: PduFramer,
}

impl Default for SrvlocStream {
    fn default() -> Self {
        SrvlocStream {
            framer: PduFramer::new(Options {
                // The first message of a one-more-segment call shows all
                // the bytes TCP reassembled for it.
                whole_one_more: true,
                // A length of 0 waits for ever in tshark: osidump gives up
                // past the longest message, and reads the segment anew.
                max_one_more: Some(MAX_HELD),
                ..Options::default()
            }),
        }
    }
}

impl StreamDecoder for SrvlocStream {
    fn protocol(&self) -> &'static str {
        "srvloc"
    }

    /// tshark's framing is per call: a segment at a time.
    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.framer.set_snap_cut(cut);
    }

    fn heap_bytes(&self) -> usize {
        self.framer.heap_bytes()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.framer.holds_partial(dir)
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        // SRVLOC refuses nothing.
        let _ = self
            .framer
            .feed(dir, offset, data, out, |_, b, cut, pdus| call(b, cut, pdus));
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::<SrvlocStream>::default()
}

// ------------------------------------------------------------ columns

/// tshark's Info: each message clears the column (back to the fence TCP
/// puts between calls) and writes its function and transaction; the
/// notes of exceptions caught before the frame's last are kept. Written
/// once, by the frame's last SRVLOC layer.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let ours = |l: &Layer<'_>| l.protocol == "srvloc";
    if layers.get(i).is_none_or(|l| !ours(l)) || layers[i + 1..].iter().any(ours) {
        return;
    }
    let last_thrown = layers.iter().rposition(|l| l.thrown.is_some());
    let mut col = String::new();
    let mut fence = 0usize;
    for (k, l) in layers.iter().enumerate().filter(|(_, l)| ours(l)) {
        if l.has(f::srvloc::OSIDUMP_CALL) {
            fence = col.len();
        }
        if let Some(t) = l.get_str(f::srvloc::OSIDUMP_INFO) {
            col.truncate(fence);
            col.push_str(t);
        }
        if let Some(t) = l.thrown.as_deref()
            && Some(k) != last_thrown
        {
            col.push_str(match t.kind {
                AnomalyKind::Truncated => "[Packet size limited during capture]",
                _ => "[Malformed Packet]",
            });
        }
    }
    out.push_str(&col);
}

/// A call that threw reading a message's length (`tcp_dissect_pdus`),
/// before `dissect_srvloc` set either column: listed in
/// `frame.protocols`, writing neither column.
pub fn wrote_no_columns(l: &Layer<'_>) -> bool {
    l.protocol == "srvloc" && !l.has(f::srvloc::OSIDUMP_INFO)
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("SRVLOC: ");
    out.push_str(l.get_str(f::srvloc::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "srvloc",
    also: &[],
    title: "Service Location Protocol",
    osi: Osi::Application,
    fields: f::srvloc::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "SRVLOC"),
    app: Some(AppSpec {
        decode_as: &["srvloc"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        // tshark has no heuristic for it: the port only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};
