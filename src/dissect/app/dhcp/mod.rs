//! DHCP (RFC 2131/2132) and the BOOTP it extends (RFC 951), over UDP 67/68
//! and proxyDHCP's 4011, decoded field by field as tshark 4.0 does it: the
//! fixed header, the magic cookie (or BOOTP's 64 vendor bytes), then the
//! options, each as `dhcp.option.type`, `dhcp.option.length`,
//! `dhcp.option.value` and the option's own fields, in wire order.
//!
//! What "as tshark does" means for broken messages (checked against tshark
//! 4.0.17 on crafted captures):
//! - a message too short for a header field stops at that field: the fields
//!   before it are kept and the layer is marked (`truncated` when the
//!   capture cut the datagram, `malformed` otherwise), as tshark's
//!   exception does;
//! - an option whose length runs past the end keeps its type and length,
//!   then the walk stops the same way;
//! - an option whose length contradicts its type (a 3-byte subnet mask) is
//!   shown without its typed value, marked `malformed`, and the walk goes on
//!   with the next option, which its length locates.
//!
//! Where we show more than tshark, on purpose: a message the capture cut
//! short (snap length) shows its fields up to the cut, marked `truncated`;
//! tshark shows none there, because its first pass over the options (for
//! the message type) fails before the header is shown. And an option of
//! length 0 has an empty `dhcp.option.value`, which tshark prints as
//! `<MISSING>`.
//!
//! Options without fields of their own here (vendor-specific 43, relay
//! agent 82, classless routes 121, domain search 119, ...) show as type,
//! length and value only; tshark's sub-fields for them are not emitted.
//!
//! The promise: no input makes this module panic or loop. Every read goes
//! through a bounds check, every loop consumes at least one byte, and the
//! option-overload walk (option 52) does not recurse.

pub mod fields;
mod summary;

crate::dissect::expert::ei!(SECS_LE, f::dhcp::SECS_LE, Protocol, Note);
pub use summary::*;

use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{ascii, ascii_all, be16, be32};
use std::borrow::Cow;
use std::fmt::Write as _;

/// The server's port (BOOTP/DHCP requests go to it).
pub const SERVER_PORT: u16 = 67;
/// The client's port (replies go to it).
pub const CLIENT_PORT: u16 = 68;
/// proxyDHCP (PXE): only a message with the magic cookie is DHCP here.
pub const PROXY_PORT: u16 = 4011;

/// RFC 2131's magic cookie, 99.130.83.99, at [`VENDOR_AT`].
pub const MAGIC_COOKIE: [u8; 4] = [99, 130, 83, 99];

/// Where the `chaddr` field starts (16 bytes).
const CHADDR_AT: usize = 28;
/// `sname`: 64 bytes, a string or (option 52) more options.
const SNAME: (usize, usize) = (44, 108);
/// `file`: 128 bytes, a string or (option 52) more options.
const FILE: (usize, usize) = (108, 236);
/// The options (after the cookie) or BOOTP's vendor area start here.
pub const VENDOR_AT: usize = 236;
/// BOOTP's vendor-specific area, shown whole when there is no cookie.
const BOOTP_VENDOR_LEN: usize = 64;

/// ARP hardware types whose 6-byte addresses are Ethernet MACs.
const HW_ETHER: u8 = 1;
const HW_IEEE802: u8 = 6;

// ---------------------------------------------------------------------------
// Dissection
// ---------------------------------------------------------------------------

/// One DHCP/BOOTP message (a UDP payload); the layer's span is
/// `span_start..span_start + msg.len()`. `cut` says the capture cut the
/// payload short, so running out of bytes is `truncated`, not `malformed`.
pub fn dissect(msg: &[u8], span_start: usize, cut: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "dhcp", span_start..span_start + msg.len());
    let mut w = Walker {
        msg,
        l: &mut l,
        cut,
        more: 0,
    };
    if let Err(stop) = w.message() {
        w.stop(stop);
    }
    if w.more > 0 {
        let more = w.more;
        l.malformed(format!("{more} more problems"));
    }
    l
}

/// Whether the message carries the DHCP magic cookie (proxyDHCP's test).
pub fn has_cookie(msg: &[u8]) -> bool {
    msg.get(VENDOR_AT..VENDOR_AT + 4) == Some(&MAGIC_COOKIE[..])
}

/// Why the walk stopped before the end (tshark's exception).
#[derive(Debug)]
enum Stop {
    /// Out of bytes: truncated when the capture cut the message.
    Short(String),
    /// A read the message's own lengths forbid (a message type option with
    /// no byte): malformed whatever the capture did.
    Malformed(String),
}

/// What the first pass over the options finds before any field is shown
/// (tshark reads them first: the message type names the packet, the
/// overload option says whether `sname`/`file` hold options).
#[derive(Debug, Clone, Copy, Default)]
struct FirstPass {
    /// The last DHCP Message Type (option 53) value.
    msg_type: Option<u8>,
    /// The last Option Overload (option 52) value.
    overload: u8,
}

struct Walker<'a, 'l> {
    msg: &'a [u8],
    l: &'l mut Layer<'a>,
    cut: bool,
    /// Problems past [`ANOMALY_CAP`], counted rather than kept.
    more: usize,
}

/// Problems one DHCP layer keeps; the rest become one "N more problems"
/// (a hostile message of 2-byte options could otherwise carry thousands).
const ANOMALY_CAP: usize = 16;

impl<'a> Walker<'a, '_> {
    /// A contradiction the walk goes on after.
    fn flag(&mut self, why: impl FnOnce() -> String) {
        if self.l.anomalies.len() < ANOMALY_CAP {
            self.l.malformed(why());
        } else {
            self.more += 1;
        }
    }

    fn stop(&mut self, stop: Stop) {
        match stop {
            Stop::Short(why) if self.cut => self.l.truncated(why),
            Stop::Short(why) | Stop::Malformed(why) => self.l.malformed(why),
        }
    }

    /// `Err` unless the message has `end` bytes (`what` ends there).
    fn need(&self, end: usize, what: &str) -> Result<(), Stop> {
        if self.msg.len() < end {
            return Err(Stop::Short(format!(
                "{what}: need {end} bytes, have {}",
                self.msg.len()
            )));
        }
        Ok(())
    }

    fn message(&mut self) -> Result<(), Stop> {
        let msg = self.msg;
        self.need(3, "op, htype and hlen")?;
        let (op, htype, hlen) = (msg[0], msg[1], msg[2]);
        if op == 1 {
            // tshark reads the client's address for its Info column first.
            self.need(CHADDR_AT + usize::from(hlen), "client hardware address")?;
        }
        let cookie = has_cookie(msg);
        let voff = if cookie {
            VENDOR_AT + 4
        } else {
            VENDOR_AT + BOOTP_VENDOR_LEN
        };
        let first = first_pass(msg, voff)?;
        self.header(op, htype, hlen, first)?;
        let l = &mut *self.l;
        if first.msg_type.is_none() {
            l.boolean(f::dhcp::BOOTP, true);
        }
        if cookie {
            l.push(f::dhcp::COOKIE, Value::Ipv4(MAGIC_COOKIE));
        } else {
            self.need(voff, "BOOTP vendor-specific options")?;
            let v = &msg[VENDOR_AT..voff];
            self.l.push(
                f::dhcp::VENDOR_SPECIFIC_OPTIONS,
                Value::Bytes(Cow::Borrowed(v)),
            );
        }
        let end = msg.len();
        let (pos, at_end) = self.options(voff, end, first.overload)?;
        if first.msg_type.is_some() && !at_end {
            self.flag(|| "no End option (255)".into());
        }
        if pos < end {
            // Whatever follows the End option.
            self.l.push(
                f::dhcp::OPTION_PADDING,
                Value::Bytes(Cow::Borrowed(&msg[pos..end])),
            );
        }
        Ok(())
    }

    fn header(&mut self, op: u8, htype: u8, hlen: u8, first: FirstPass) -> Result<(), Stop> {
        let msg = self.msg;
        self.l.uint(f::dhcp::TYPE, op);
        self.l.uint(f::dhcp::HW_TYPE, htype);
        self.l.uint(f::dhcp::HW_LEN, hlen);
        self.need(4, "hops")?;
        self.l.uint(f::dhcp::HOPS, msg[3]);
        self.need(8, "transaction ID")?;
        self.l.uint(f::dhcp::ID, be32(msg, 4));
        self.need(10, "seconds elapsed")?;
        // Windows sends `secs` little-endian; tshark believes a
        // little-endian value of 1-255.
        let le = u16::from_le_bytes([msg[8], msg[9]]);
        if (1..=0xff).contains(&le) {
            self.l.uint(f::dhcp::SECS, le);
            crate::dissect::expert::add(self.l, &SECS_LE, None);
        } else {
            self.l.uint(f::dhcp::SECS, be16(msg, 8));
        }
        self.need(12, "flags")?;
        let flags = be16(msg, 10);
        self.l.uint(f::dhcp::FLAGS, flags);
        self.l.boolean(f::dhcp::FLAGS_BC, flags & 0x8000 != 0);
        self.l.uint(f::dhcp::FLAGS_RESERVED, flags & 0x7fff);
        for (at, def) in [
            (12, f::dhcp::IP_CLIENT),
            (16, f::dhcp::IP_YOUR),
            (20, f::dhcp::IP_SERVER),
            (24, f::dhcp::IP_RELAY),
        ] {
            self.need(at + 4, def.title)?;
            self.l.push(def, ipv4(&msg[at..at + 4]));
        }
        let hlen = usize::from(hlen);
        if (1..=16).contains(&hlen) {
            if is_ether(htype, hlen) {
                self.need(CHADDR_AT + 6, "client MAC address")?;
                self.l.push(f::dhcp::HW_MAC_ADDR, mac(&msg[CHADDR_AT..]));
            } else {
                self.need(CHADDR_AT + 16, "client hardware address")?;
                let a = &msg[CHADDR_AT..CHADDR_AT + 16];
                self.l
                    .push(f::dhcp::HW_ADDR, Value::Bytes(Cow::Borrowed(a)));
            }
            if hlen < 16 {
                self.need(CHADDR_AT + 16, "client hardware address padding")?;
                let p = &msg[CHADDR_AT + hlen..CHADDR_AT + 16];
                self.l
                    .push(f::dhcp::HW_ADDR_PADDING, Value::Bytes(Cow::Borrowed(p)));
            }
        }
        // With option 52, `sname` and `file` hold options, shown there.
        for (bit, (start, end), def) in [(2, SNAME, f::dhcp::SERVER), (1, FILE, f::dhcp::FILE)] {
            if first.overload & bit == 0 {
                self.need(end, def.title)?;
                self.l.str(def, ascii(&msg[start..end]));
            }
        }
        Ok(())
    }

    /// Options from `pos` while before `end` and no End option was met:
    /// where the walk stopped and whether it met End.
    fn options(&mut self, mut pos: usize, end: usize, overload: u8) -> Result<(usize, bool), Stop> {
        let mut at_end = false;
        while pos < end && !at_end {
            pos = self.option(pos, end, &mut at_end, overload)?;
        }
        Ok((pos, at_end))
    }

    /// The option at `pos` (a padding run counts as one); returns where the
    /// next one starts. `end` bounds a padding run only: an option's value
    /// may run past it, as in tshark, but never past the message.
    fn option(
        &mut self,
        pos: usize,
        end: usize,
        at_end: &mut bool,
        overload: u8,
    ) -> Result<usize, Stop> {
        let msg = self.msg;
        let code = msg[pos];
        match code {
            0 => {
                let run = msg[pos + 1..end.min(msg.len())]
                    .iter()
                    .take_while(|&&b| b == 0)
                    .count();
                let next = pos + 1 + run;
                self.l.uint(f::dhcp::OPTION_TYPE, 0u8);
                self.l.push(
                    f::dhcp::OPTION_PADDING,
                    Value::Bytes(Cow::Borrowed(&msg[pos..next])),
                );
                return Ok(next);
            }
            255 => {
                // tshark shows the End option's type as 0.
                self.l.uint(f::dhcp::OPTION_TYPE, 0u8);
                self.l.uint(f::dhcp::OPTION_END, 255u8);
                *at_end = true;
                return Ok(pos + 1);
            }
            _ => {}
        }
        let Some(&len) = msg.get(pos + 1) else {
            return Err(Stop::Short(format!(
                "option {code} at offset {pos}: no length byte"
            )));
        };
        self.l.uint(f::dhcp::OPTION_TYPE, code);
        self.l.uint(f::dhcp::OPTION_LENGTH, len);
        let start = pos + 2;
        let stop = start + usize::from(len);
        if stop > msg.len() {
            return Err(Stop::Short(format!(
                "option {code} at offset {pos}: length {len} runs past the end ({} bytes left)",
                msg.len() - start
            )));
        }
        let v = &msg[start..stop];
        self.l
            .push(f::dhcp::OPTION_VALUE, Value::Bytes(Cow::Borrowed(v)));
        if let Err(why) = self.value(code, v, overload)? {
            self.flag(|| format!("option {code} ({}): {why}", option_name(code)));
        }
        Ok(stop)
    }

    /// The option's own fields. The outer `Err` stops the walk (tshark's
    /// exception); the inner one is a contradiction flagged on the layer,
    /// after which the walk goes on.
    fn value(&mut self, code: u8, v: &'a [u8], overload: u8) -> Result<Result<(), String>, Stop> {
        if let Some((kind, def)) = basic(code) {
            return Ok(self.basic(kind, def, v));
        }
        let l = &mut *self.l;
        match code {
            21 | 33 => {
                let (a, b) = if code == 21 {
                    (
                        f::dhcp::OPTION_POLICY_FILTER_IP,
                        f::dhcp::OPTION_POLICY_FILTER_SUBNET_MASK,
                    )
                } else {
                    (
                        f::dhcp::OPTION_STATIC_ROUTE_IP,
                        f::dhcp::OPTION_STATIC_ROUTE_ROUTER,
                    )
                };
                for pair in v.chunks_exact(8) {
                    l.push(a, ipv4(&pair[..4]));
                    l.push(b, ipv4(&pair[4..]));
                }
                if !v.len().is_multiple_of(8) {
                    return Ok(Err("length isn't a multiple of 8".into()));
                }
            }
            52 => {
                let Some(&which) = v.first() else {
                    return Ok(Err("length isn't >= 1".into()));
                };
                l.uint(f::dhcp::OPTION_OPTION_OVERLOAD, which);
                // Options inside `sname`/`file` are read once, from the
                // main walk only (`overload` is 0 inside them).
                if (1..=3).contains(&overload) {
                    self.overloaded(which)?;
                }
            }
            53 => {
                let Some(&t) = v.first() else {
                    return Err(Stop::Malformed(
                        "option 53 (DHCP Message Type) has no value".into(),
                    ));
                };
                l.uint(f::dhcp::OPTION_DHCP, t);
            }
            55 => {
                for &item in v {
                    l.uint(f::dhcp::OPTION_REQUEST_LIST_ITEM, item);
                }
            }
            60 => l.str(f::dhcp::OPTION_VENDOR_CLASS_ID, ascii(v)),
            61 => return self.client_id(v),
            81 => {
                if v.len() < 3 {
                    return Ok(Err("length isn't >= 3".into()));
                }
                let flags = v[0];
                l.uint(f::dhcp::FQDN_FLAGS, flags);
                l.uint(f::dhcp::FQDN_MBZ, (flags & 0xf0) >> 4);
                l.boolean(f::dhcp::FQDN_N, flags & 0x08 != 0);
                l.boolean(f::dhcp::FQDN_E, flags & 0x04 != 0);
                l.boolean(f::dhcp::FQDN_O, flags & 0x02 != 0);
                l.boolean(f::dhcp::FQDN_S, flags & 0x01 != 0);
                l.uint(f::dhcp::FQDN_RCODE1, v[1]);
                l.uint(f::dhcp::FQDN_RCODE2, v[2]);
                if v.len() > 3 {
                    let name = if flags & 0x04 != 0 {
                        Cow::Owned(dns_name(v, 3))
                    } else {
                        ascii(&v[3..])
                    };
                    l.str(f::dhcp::FQDN_NAME, name);
                }
            }
            93 => {
                for a in v.chunks_exact(2) {
                    l.uint(f::dhcp::OPTION_CLIENT_SYSTEM_ARCHITECTURE, be16(a, 0));
                }
                if !v.len().is_multiple_of(2) {
                    return Ok(Err("length isn't a multiple of 2".into()));
                }
            }
            // Options we show as their bytes only (`dhcp.option.value`).
            _ => {}
        }
        Ok(Ok(()))
    }

    /// The options option 52 puts in `sname` and/or `file` (bits 2 and
    /// 1 of `which`), in that order.
    fn overloaded(&mut self, which: u8) -> Result<(), Stop> {
        for (bit, (start, end), what) in [(2, SNAME, "sname"), (1, FILE, "file")] {
            if which & bit != 0 {
                let (_, at_end) = self.options(start, end, 0)?;
                if !at_end {
                    self.flag(|| {
                        format!("option 52: no End option (255) in the overloaded {what} field")
                    });
                }
            }
        }
        Ok(())
    }

    /// An option of one of tshark's basic types.
    fn basic(&mut self, kind: Kind, def: &'static FieldDef, v: &'a [u8]) -> Result<(), String> {
        let l = &mut *self.l;
        let exact = |n: usize| {
            if v.len() == n {
                Ok(())
            } else {
                Err(format!("length {}, expected {n}", v.len()))
            }
        };
        match kind {
            Kind::Ipv4 => {
                exact(4)?;
                l.push(def, ipv4(v));
            }
            Kind::Ipv4List => {
                for a in v.chunks_exact(4) {
                    l.push(def, ipv4(a));
                }
                if !v.len().is_multiple_of(4) {
                    return Err(format!("length {} isn't a multiple of 4", v.len()));
                }
            }
            Kind::Str => l.str(def, ascii(v)),
            Kind::Bool => {
                exact(1)?;
                l.boolean(def, v[0] != 0);
            }
            Kind::U8 => {
                exact(1)?;
                l.uint(def, v[0]);
            }
            Kind::U16 => {
                exact(2)?;
                l.uint(def, be16(v, 0));
            }
            Kind::U16List => {
                for a in v.chunks_exact(2) {
                    l.uint(def, be16(a, 0));
                }
                if !v.len().is_multiple_of(2) {
                    return Err(format!("length {} isn't a multiple of 2", v.len()));
                }
            }
            Kind::U32 => {
                exact(4)?;
                l.uint(def, be32(v, 0));
            }
            Kind::I32 => {
                exact(4)?;
                l.int(def, be32(v, 0) as i32);
            }
        }
        Ok(())
    }

    /// Option 61, Client Identifier (RFC 2132 9.14, RFC 4361 6.1).
    fn client_id(&mut self, v: &'a [u8]) -> Result<Result<(), String>, Stop> {
        let l = &mut *self.l;
        let Some(&kind) = v.first() else {
            return Ok(Ok(()));
        };
        // tshark reads the identifier's parts without checking the option's
        // length first: a part that isn't there ends the dissection.
        let part = |end: usize, what: &str| {
            if v.len() < end {
                Err(Stop::Malformed(format!(
                    "option 61 (Client identifier): {what} needs {end} bytes, the option has {}",
                    v.len()
                )))
            } else {
                Ok(())
            }
        };
        match (v.len(), kind) {
            (7, 1..=47) => {
                l.uint(f::dhcp::HW_TYPE, kind);
                if is_ether(kind, 6) {
                    l.push(f::dhcp::HW_MAC_ADDR, mac(&v[1..]));
                } else {
                    l.str(
                        f::dhcp::CLIENT_HARDWARE_ADDRESS,
                        arphrd_text(&v[1..], u16::from(kind)),
                    );
                }
            }
            // A UUID (tshark's dhcp.client_id.uuid, which we don't show).
            (17, 0) => {}
            (_, 255) => {
                part(5, "IAID")?;
                l.str(f::dhcp::CLIENT_ID_IAID, arphrd_text(&v[1..5], 255));
                part(7, "DUID type")?;
                let duid = be16(v, 5);
                l.uint(f::dhcp::CLIENT_ID_DUID_TYPE, duid);
                match duid {
                    1 => {
                        part(9, "DUID-LLT hardware type")?;
                        let hw = be16(v, 7);
                        l.uint(f::dhcp::CLIENT_ID_DUID_LLT_HW_TYPE, hw);
                        part(13, "DUID-LLT time")?;
                        l.uint(f::dhcp::CLIENT_ID_TIME, be32(v, 9));
                        l.str(
                            f::dhcp::CLIENT_ID_LINK_LAYER_ADDRESS,
                            arphrd_text(&v[13..], hw),
                        );
                    }
                    2 => {
                        // The enterprise number (BASE_CUSTOM in tshark) is
                        // not shown; the identifier after it is.
                        part(11, "DUID-EN enterprise number")?;
                        l.push(f::dhcp::CLIENT_ID, Value::Bytes(Cow::Borrowed(&v[11..])));
                    }
                    3 => {
                        part(9, "DUID-LL hardware type")?;
                        let hw = be16(v, 7);
                        l.uint(f::dhcp::CLIENT_ID_DUID_LL_HW_TYPE, hw);
                        if v.len() > 9 {
                            l.str(
                                f::dhcp::CLIENT_ID_LINK_LAYER_ADDRESS,
                                arphrd_text(&v[9..], hw),
                            );
                        }
                    }
                    _ => {}
                }
            }
            (2.., 0) => {
                l.uint(f::dhcp::CLIENT_ID_TYPE, 0u8);
                l.str(f::dhcp::CLIENT_ID_UNDEF, ascii(&v[1..]));
            }
            // Anything else is opaque: its bytes are the option's value.
            _ => {}
        }
        Ok(Ok(()))
    }
}

/// tshark's first pass: the message type and overload options, found
/// without showing anything. Its reads are guarded, except a type or
/// overload option of length 0 as the message's last bytes, on which
/// tshark's whole dissection fails.
fn first_pass(msg: &[u8], mut pos: usize) -> Result<FirstPass, Stop> {
    let mut out = FirstPass::default();
    let end = msg.len();
    while pos < end {
        match msg[pos] {
            0 => pos += 1 + msg[pos + 1..].iter().take_while(|&&b| b == 0).count(),
            255 => break,
            code => {
                let Some(&len) = msg.get(pos + 1) else {
                    pos += 1;
                    continue;
                };
                let start = pos + 2;
                let stop = start + usize::from(len);
                if stop <= end && matches!(code, 52 | 53) {
                    // A zero-length value makes tshark read the next byte.
                    let Some(&b) = msg.get(start) else {
                        return Err(Stop::Malformed(format!(
                            "option {code} ({}) has no value",
                            option_name(code)
                        )));
                    };
                    if code == 52 {
                        out.overload = b;
                    } else {
                        out.msg_type = Some(b);
                    }
                }
                pos = stop;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Options of a basic type
// ---------------------------------------------------------------------------

/// tshark's basic option types: one field each, checked for length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ipv4,
    Ipv4List,
    Str,
    Bool,
    U8,
    U16,
    U16List,
    /// A time in seconds (unsigned; `0xffffffff` is infinity).
    U32,
    /// A signed time in seconds (the time offset).
    I32,
}

/// The basic type and field of option `code` (tshark's
/// `DHCP_OPTION_BASICTYPE_RANGE` with its field per option).
fn basic(code: u8) -> Option<(Kind, &'static FieldDef)> {
    use Kind::*;
    use f::dhcp as d;
    Some(match code {
        1 => (Ipv4, d::OPTION_SUBNET_MASK),
        2 => (I32, d::OPTION_TIME_OFFSET),
        3 => (Ipv4List, d::OPTION_ROUTER),
        4 => (Ipv4List, d::OPTION_TIME_SERVER),
        5 => (Ipv4List, d::OPTION_NAME_SERVER),
        6 => (Ipv4List, d::OPTION_DOMAIN_NAME_SERVER),
        7 => (Ipv4List, d::OPTION_LOG_SERVER),
        8 => (Ipv4List, d::OPTION_QUOTES_SERVER),
        9 => (Ipv4List, d::OPTION_LPR_SERVER),
        10 => (Ipv4List, d::OPTION_IMPRESS_SERVER),
        11 => (Ipv4List, d::OPTION_RESOURCE_LOCATION_SERVER),
        12 => (Str, d::OPTION_HOSTNAME),
        13 => (U16, d::OPTION_BOOT_FILE_SIZE),
        14 => (Str, d::OPTION_MERIT_DUMP_FILE),
        15 => (Str, d::OPTION_DOMAIN_NAME),
        16 => (Ipv4, d::OPTION_SWAP_SERVER),
        17 => (Str, d::OPTION_ROOT_PATH),
        18 => (Str, d::OPTION_EXTENSION_PATH),
        19 => (Bool, d::OPTION_IP_FORWARDING),
        20 => (Bool, d::OPTION_NON_LOCAL_SOURCE_ROUTING),
        22 => (U16, d::OPTION_MAX_DATAGRAM_REASSEMBLY_SIZE),
        23 => (U8, d::OPTION_DEFAULT_IP_TTL),
        24 => (U32, d::OPTION_PATH_MTU_AGING_TIMEOUT),
        25 => (U16List, d::OPTION_PATH_MTU_PLATEAU_TABLE_ITEM),
        26 => (U16, d::OPTION_INTERFACE_MTU),
        27 => (Bool, d::OPTION_ALL_SUBNETS_ARE_LOCAL),
        28 => (Ipv4, d::OPTION_BROADCAST_ADDRESS),
        29 => (Bool, d::OPTION_PERFORM_MASK_DISCOVERY),
        30 => (Bool, d::OPTION_MASK_SUPPLIER),
        31 => (Bool, d::OPTION_PERFORM_ROUTER_DISCOVER),
        32 => (Ipv4, d::OPTION_ROUTER_SOLICITATION_ADDRESS),
        34 => (Bool, d::OPTION_TRAILER_ENCAPSULATION),
        35 => (U32, d::OPTION_ARP_CACHE_TIMEOUT),
        36 => (Bool, d::OPTION_ETHERNET_ENCAPSULATION),
        37 => (U8, d::OPTION_TCP_DEFAULT_TTL),
        38 => (U32, d::OPTION_TCP_KEEPALIVE_INTERVAL),
        39 => (Bool, d::OPTION_TCP_KEEPALIVE_GARBAGE),
        40 => (Str, d::OPTION_NIS_DOMAIN),
        41 => (Ipv4List, d::OPTION_NIS_SERVER),
        42 => (Ipv4List, d::OPTION_NTP_SERVER),
        44 => (Ipv4List, d::OPTION_NETBIOS_OVER_TCPIP_NAME_SERVER),
        45 => (Ipv4List, d::OPTION_NETBIOS_OVER_TCPIP_DD_NAME_SERVER),
        46 => (U8, d::OPTION_NETBIOS_OVER_TCPIP_NODE_TYPE),
        47 => (Str, d::OPTION_NETBIOS_OVER_TCPIP_SCOPE),
        48 => (Ipv4List, d::OPTION_XWINDOWS_SYSTEM_FONT_SERVER),
        49 => (Ipv4List, d::OPTION_XWINDOWS_SYSTEM_DISPLAY_MANAGER),
        50 => (Ipv4, d::OPTION_REQUESTED_IP_ADDRESS),
        51 => (U32, d::OPTION_IP_ADDRESS_LEASE_TIME),
        54 => (Ipv4, d::OPTION_DHCP_SERVER_ID),
        56 => (Str, d::OPTION_MESSAGE),
        57 => (U16, d::OPTION_DHCP_MAX_MESSAGE_SIZE),
        58 => (U32, d::OPTION_RENEWAL_TIME_VALUE),
        59 => (U32, d::OPTION_REBINDING_TIME_VALUE),
        64 => (Str, d::OPTION_NIS_PLUS_DOMAIN),
        65 => (Ipv4List, d::OPTION_NIS_PLUS_SERVER),
        66 => (Str, d::OPTION_TFTP_SERVER_NAME),
        67 => (Str, d::OPTION_BOOTFILE_NAME),
        68 => (Ipv4List, d::OPTION_MOBILE_IP_HOME_AGENT),
        69 => (Ipv4List, d::OPTION_SMTP_SERVER),
        70 => (Ipv4List, d::OPTION_POP3_SERVER),
        71 => (Ipv4List, d::OPTION_NNTP_SERVER),
        72 => (Ipv4List, d::OPTION_DEFAULT_WWW_SERVER),
        73 => (Ipv4List, d::OPTION_DEFAULT_FINGER_SERVER),
        74 => (Ipv4List, d::OPTION_DEFAULT_IRC_SERVER),
        75 => (Ipv4List, d::OPTION_STREETTALK_SERVER),
        76 => (Ipv4List, d::OPTION_STREETTALK_DA_SERVER),
        86 => (Str, d::OPTION_NOVELL_DS_TREE_NAME),
        87 => (Str, d::OPTION_NOVELL_DS_CONTEXT),
        91 => (U32, d::OPTION_CLIENT_LAST_TRANSACTION_TIME),
        92 => (Ipv4List, d::OPTION_ASSOCIATED_IP_OPTION),
        100 => (Str, d::OPTION_TZ_PCODE),
        101 => (Str, d::OPTION_TZ_TCODE),
        112 => (Ipv4List, d::OPTION_NETINFO_PARENT_SERVER_ADDRESS),
        113 => (Str, d::OPTION_NETINFO_PARENT_SERVER_TAG),
        116 => (U8, d::OPTION_DHCP_AUTO_CONFIGURATION),
        118 => (Ipv4List, d::OPTION_SUBNET_SELECTION_OPTION),
        137 => (Str, d::OPTION_LOST_SERVER_DOMAIN_NAME),
        138 => (Ipv4List, d::OPTION_CAPWAP_ACCESS_CONTROLLER),
        150 => (Ipv4List, d::OPTION_TFTP_SERVER_ADDRESS),
        161 => (Str, d::OPTION_MUDURL),
        209 => (Str, d::OPTION_PXE_CONFIG_FILE),
        210 => (Str, d::OPTION_PXE_PATH_PREFIX),
        252 => (Str, d::OPTION_PRIVATE_PROXY_AUTODISCOVERY),
        _ => return None,
    })
}

/// An option's name, for anomaly reasons and summaries (IANA's, as tshark
/// spells them).
pub fn option_name(code: u8) -> &'static str {
    match code {
        0 => "Padding",
        21 => "Policy Filter",
        33 => "Static Route",
        43 => "Vendor-Specific Information",
        52 => "Option Overload",
        53 => "DHCP Message Type",
        55 => "Parameter Request List",
        60 => "Vendor class identifier",
        61 => "Client identifier",
        77 => "User Class Information",
        81 => "Client Fully Qualified Domain Name",
        82 => "Agent Information Option",
        93 => "Client System Architecture",
        119 => "Domain Search",
        121 => "Classless Static Route",
        255 => "End",
        _ => match basic(code) {
            Some((_, def)) => def.title,
            None => "unknown",
        },
    }
}

// ---------------------------------------------------------------------------
// Values as tshark shows them
// ---------------------------------------------------------------------------

fn is_ether(htype: u8, hlen: usize) -> bool {
    (htype == HW_ETHER || htype == HW_IEEE802) && hlen == 6
}

fn ipv4(b: &[u8]) -> Value<'static> {
    Value::Ipv4([b[0], b[1], b[2], b[3]])
}

fn mac(b: &[u8]) -> Value<'static> {
    Value::Mac([b[0], b[1], b[2], b[3], b[4], b[5]])
}

/// Bytes tshark shows as hex before cutting them short with "…".
const HEX_TEXT_MAX: usize = 36;

/// A hardware address as tshark's `tvb_arphrdaddr_to_str` writes it: a MAC
/// for Ethernet's 6 bytes, plain hex otherwise.
pub(crate) fn arphrd_text(b: &[u8], htype: u16) -> Cow<'static, str> {
    if b.is_empty() {
        return Cow::Borrowed("<No address>");
    }
    if b.len() == 6 && (htype == u16::from(HW_ETHER) || htype == u16::from(HW_IEEE802)) {
        return Cow::Owned(mac(b).to_string());
    }
    let mut s = String::with_capacity(b.len().min(HEX_TEXT_MAX) * 2 + 3);
    for byte in b.iter().take(HEX_TEXT_MAX) {
        let _ = write!(s, "{byte:02x}");
    }
    if b.len() > HEX_TEXT_MAX {
        s.push('…');
    }
    Cow::Owned(s)
}

/// Most labels read from one encoded name.
const MAX_LABELS: usize = 128;

/// A DNS-encoded name (option 81 with the E flag) starting at `at` in `b`;
/// compression pointers may point anywhere in `b`.
fn dns_name(b: &[u8], at: usize) -> String {
    let mut out = String::new();
    let mut pos = at;
    for _ in 0..MAX_LABELS {
        let Some(&len) = b.get(pos) else { break };
        match len & 0xc0 {
            0x00 if len == 0 => break,
            0x00 => {
                let label = b.get(pos + 1..pos + 1 + usize::from(len));
                let Some(label) = label else { break };
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&ascii_all(label));
                pos += 1 + usize::from(len);
            }
            0xc0 => {
                let Some(&lo) = b.get(pos + 1) else { break };
                pos = usize::from(u16::from_be_bytes([len & 0x3f, lo]));
            }
            _ => break,
        }
    }
    if out.is_empty() {
        out.push_str("<Root>");
    }
    out
}

#[cfg(test)]
mod tests;

// ---------------------------------------------------------------------------
// The protocol's spec
// ---------------------------------------------------------------------------

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "dhcp",
    also: &[],
    title: "Dynamic Host Configuration Protocol",
    osi: Osi::Application,
    fields: f::dhcp::ALL,
    summary: summary_into,
    info: None,
    column: None,
    app: Some(AppSpec {
        // Wireshark's protocol was called `bootp` before 3.0.
        decode_as: &["dhcp", "bootp"],
        tcp_ports: &[],
        udp_ports: &[SERVER_PORT, CLIENT_PORT, PROXY_PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

fn summary_into(out: &mut String, l: &Layer<'_>) {
    summary(out, l);
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Datagrams)
}

/// One DHCP/BOOTP message a datagram; no state across messages.
struct Datagrams;

impl DatagramDecoder for Datagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        // proxyDHCP: tshark takes only a message with the cookie.
        if (d.sport == PROXY_PORT || d.dport == PROXY_PORT) && !has_cookie(d.payload) {
            return;
        }
        out.push(dissect(d.payload, d.at, d.cut || d.nested));
    }
}
