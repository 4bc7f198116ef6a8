//! RADIUS (UDP ports 1645, 1646, 1700, 1812, 1813, 3799; RFC 2865, 2866,
//! 5176) as tshark 4.0's `packet-radius.c` decodes it with its built-in
//! dictionary: code, identifier, length and authenticator, then the
//! attribute-value pairs (`radius.avp` with its type and length, and the
//! value in the attribute's own field, `radius.User_Name`,
//! `radius.NAS_IP_Address`, ...; [`attrs::ATTRS`] is generated from the
//! dictionary by scripts/gen-radius-attrs.py).
//!
//! What tshark does that is followed here (read from its source, checked
//! on tcpdump's, zeek's and PcapPlusPlus's RADIUS captures):
//! - a datagram whose code is not a known one or whose length is outside
//!   20..=4096 is not RADIUS (its heuristic `is_radius`): it stays data;
//! - the AVP list spans `length - 20` bytes: when the datagram is shorter,
//!   tshark's "Attribute Value Pairs" item throws before any AVP;
//! - with no shared secret (the default), User-Password shows as
//!   `radius.User_Password_encrypted` bytes, as do Tunnel-Password and the
//!   other encrypted strings;
//! - a tagged attribute's first byte is its tag when at most 0x1f;
//! - CHAP-Password, Framed-IP-Address, Login-IP-Host, Egress-VLANID and
//!   Egress-VLAN-Name have their own formats (tshark's avp dissectors);
//! - a request is matched to its response by conversation and identifier
//!   (however late: tshark 4.0's `request_ttl` is obsolete), the codes of
//!   the two agreeing: the response gets `radius.reqframe` and
//!   `radius.time` (`radius.rspframe` needs tshark's second pass); the
//!   same request again (same authenticator) and a second response of the
//!   same code are duplicates (`radius.dup`, `radius.req.dup`,
//!   `radius.rsp.dup`, and ", Duplicate Request" in Info).
//!
//! Not decoded (tshark shows more): the EAP carried in EAP-Message
//! (tshark's `eap` layer; its bytes are shown as `radius.eap_fragment`),
//! vendor-specific attributes' values (their vendor id, type and length
//! are shown), TLV and extended attributes' contents, Framed-IPX-Network.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first.

pub mod attrs;
pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::expert::{self, Expert, Group, Severity};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{be16, be32};
use crate::flow::ConvKey;
use crate::source::Timestamp;
use foldhash::HashMap;
use std::borrow::Cow;
use std::collections::VecDeque;
use std::ops::Range;

/// RADIUS's UDP ports (tshark's `DEFAULT_RADIUS_PORT_RANGE`).
pub const PORTS: &[u16] = &[1645, 1646, 1700, 1812, 1813, 3799];

const HDR_LEN: usize = 20;
const MAX_LEN: usize = 4096;
const EAP_MESSAGE: u8 = 79;
const VENDOR_SPECIFIC: u8 = 26;
/// Most open requests remembered; the oldest is forgotten first.
const MAX_CALLS: usize = 1 << 14;

/// How an attribute's value is shown (the dictionary's type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Str,
    Octets,
    Ipv4,
    Integer,
    Date,
    Ipv6,
    Ipv6Prefix,
    Extended,
    LongExtended,
    Tlv,
}

/// One attribute of the dictionary.
pub struct Attr {
    pub code: u8,
    pub name: &'static str,
    pub kind: Kind,
    /// 0: clear; 1: User-Password's scheme; 2: Tunnel-Password's; 3: Ascend's.
    pub encrypt: u8,
    pub field: &'static FieldDef,
    /// The `_encrypted` bytes field of an encrypted string.
    pub alt: Option<&'static FieldDef>,
    /// The `.tag` field of a tagged attribute.
    pub tag: Option<&'static FieldDef>,
}

fn attr(code: u8) -> Option<&'static Attr> {
    attrs::ATTRS
        .binary_search_by_key(&code, |a| a.code)
        .ok()
        .map(|i| &attrs::ATTRS[i])
}

/// tshark's `radius.invalid_length` (Error, Malformed).
static INVALID_LENGTH: Expert = Expert {
    field: f::radius::INVALID_LENGTH,
    group: Group::Malformed,
    severity: Severity::Error,
};

/// Whether tshark's heuristic takes `b` as RADIUS.
pub fn is_radius(b: &[u8]) -> bool {
    b.len() >= 4
        && f::radius::CODE.value_name(u64::from(b[0])).is_some()
        && (HDR_LEN..=MAX_LEN).contains(&usize::from(be16(b, 2)))
}

fn is_request(code: u8) -> bool {
    matches!(code, 1 | 4 | 7 | 21 | 23 | 26 | 33 | 40 | 43 | 129)
}

fn is_response(code: u8) -> bool {
    matches!(
        code,
        2 | 3 | 5 | 8 | 9 | 11 | 22 | 24 | 27 | 34 | 41 | 42 | 44 | 45 | 130 | 131 | 132
    )
}

/// A message of code `rsp` matches a request of code `req` (tshark's
/// `radius_call_equal`, which also takes them the other way round).
fn answers(req: u8, rsp: u8) -> bool {
    req == rsp || pairs(req, rsp) || pairs(rsp, req)
}

fn pairs(req: u8, rsp: u8) -> bool {
    match req {
        1 => matches!(rsp, 2 | 3 | 11),
        4 => rsp == 5,
        7 => matches!(rsp, 8 | 9),
        21 => rsp == 22,
        23 => rsp == 24,
        26 => rsp == 27,
        33 => rsp == 34,
        40 => matches!(rsp, 41 | 42),
        43 => matches!(rsp, 44 | 45),
        129 => matches!(rsp, 130..=132),
        _ => false,
    }
}

/// What the matcher found for a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matched {
    None,
    /// The same request (identifier and authenticator) as in `frame`.
    DuplicateRequest {
        frame: u64,
    },
    /// A response to the request in `frame`, `ns` later; `dup`: the
    /// frame of an earlier response of the same code to it.
    Response {
        frame: u64,
        ns: i128,
        dup: Option<u64>,
    },
}

/// One RADIUS message (`msg` captured of a UDP payload of `reported`
/// bytes) as a layer spanning its length, then the EAP packet its
/// EAP-Message attributes carry; nothing when tshark's heuristic refuses
/// it. `m`: what request/response matching found.
pub fn dissect<'a>(
    msg: &'a [u8],
    at: usize,
    reported: usize,
    cut: bool,
    m: Matched,
    out: &mut Vec<Layer<'a>>,
) {
    let Some((l, eap)) = message(msg, at, reported, cut, m) else {
        return;
    };
    out.push(l);
    if let Some((bytes, span)) = eap {
        out.push(crate::dissect::app::eap::dissect(
            &bytes,
            at + span.start..at + span.end,
        ));
    }
}

/// The bytes of an EAP packet reassembled from EAP-Message attributes,
/// and the span of the attributes' values in the message.
type Eap = (Vec<u8>, Range<usize>);

fn message(
    msg: &[u8],
    at: usize,
    reported: usize,
    cut: bool,
    m: Matched,
) -> Option<(Layer<'_>, Option<Eap>)> {
    if !is_radius(msg) {
        return None;
    }
    let length = usize::from(be16(msg, 2));
    let end = length.min(msg.len());
    let mut l = Layer::new(Osi::Application, "radius", at..at + end);
    l.uint(f::radius::CODE, msg[0]);
    l.uint(f::radius::ID, msg[1]);
    l.uint(f::radius::LENGTH, length as u64);
    if msg.len() < HDR_LEN {
        let reason = format!(
            "RADIUS authenticator: need {HDR_LEN} bytes, have {}",
            msg.len()
        );
        l.read_past_end("radius", reason, cut && HDR_LEN <= reported);
        return Some((l, None));
    }
    l.push(
        f::radius::AUTHENTICATOR,
        Value::Bytes(Cow::Borrowed(&msg[4..HDR_LEN])),
    );
    let code = msg[0];
    if is_request(code) {
        l.boolean(f::radius::REQ, true);
        if let Matched::DuplicateRequest { frame } = m {
            l.uint(f::radius::DUP, msg[1]);
            l.uint(f::radius::REQ_DUP, frame);
        }
    } else if is_response(code) {
        l.boolean(f::radius::RSP, true);
        if let Matched::Response { frame, ns, dup } = m {
            l.uint(f::radius::REQFRAME, frame);
            l.push(f::radius::TIME, Value::rel_time(ns as i64));
            if let Some(first) = dup {
                l.uint(f::radius::DUP, msg[1]);
                l.uint(f::radius::RSP_DUP, first);
            }
        }
    }
    if length > HDR_LEN {
        if length > msg.len() {
            // The "Attribute Value Pairs" item spans past the bytes.
            let reason = format!("RADIUS AVPs: need {length} bytes, have {}", msg.len());
            l.read_past_end("radius", reason, cut && length <= reported);
            return Some((l, None));
        }
        let eap = avps(&msg[..length], HDR_LEN, &mut l);
        return Some((l, eap));
    }
    Some((l, None))
}

/// The AVPs of `b[off..]` (all captured), and the EAP packet of the first
/// run of consecutive EAP-Message attributes (tshark concatenates their
/// values and hands them to EAP when the next attribute is another).
fn avps<'a>(b: &'a [u8], mut off: usize, l: &mut Layer<'a>) -> Option<Eap> {
    let mut eap: Option<Eap> = None;
    let mut eap_done = false;
    while off < b.len() {
        let left = b.len() - off;
        if left < 2 {
            invalid(l, "Not enough room in packet for AVP header".into());
            break;
        }
        let t = b[off];
        let len = usize::from(b[off + 1]);
        let extended = (241..=246).contains(&t);
        if len < 2 {
            invalid(l, format!("AVP too short: length {len} < 2"));
            break;
        }
        if extended && len < 3 {
            invalid(l, format!("Extended AVP too short: length {len} < 3"));
            break;
        }
        if left < len {
            invalid(l, "Not enough room in packet for AVP".into());
            break;
        }
        let avp = &b[off..off + len];
        l.push(f::radius::AVP, Value::Bytes(Cow::Borrowed(avp)));
        l.uint(f::radius::AVP_TYPE, t);
        l.uint(f::radius::AVP_LENGTH, len as u64);
        let mut v = &avp[2..];
        if extended {
            l.uint(f::radius::AVP_EXTENDED_TYPE, avp[2]);
            v = &v[1..];
            if t >= 245 {
                match v.split_first() {
                    Some((&more, rest)) => {
                        l.boolean(f::radius::AVP_EXTENDED_MORE, more & 0x80 != 0);
                        v = rest;
                    }
                    // tshark reads the flag byte past the AVP's end.
                    None => {
                        l.malformed("RADIUS extended AVP: no room for its flags");
                        return None;
                    }
                }
            }
            if avp[2] != VENDOR_SPECIFIC {
                unknown(v, l);
            }
        } else if t == VENDOR_SPECIFIC {
            if v.len() < 4 {
                invalid(l, "AVP too short; no room for vendor ID".into());
            } else {
                vendor_specific(v, l);
            }
        } else if t == EAP_MESSAGE {
            l.push(f::radius::EAP_FRAGMENT, Value::Bytes(Cow::Borrowed(v)));
            if !eap_done {
                let (buf, span) = eap.get_or_insert_with(|| (Vec::new(), off + 2..off + 2));
                buf.extend_from_slice(v);
                span.end = off + len;
                // The run ends at another attribute, or at the end.
                if b.get(off + len + 1)
                    .is_none_or(|_| b[off + len] != EAP_MESSAGE)
                {
                    eap_done = true;
                }
            }
        } else {
            value(t, v, l);
        }
        off += len;
    }
    eap.filter(|_| eap_done)
}

fn invalid(l: &mut Layer<'_>, message: String) {
    expert::add(l, &INVALID_LENGTH, Some(message));
}

/// A vendor-specific AVP's value: the vendor, then its attributes with the
/// usual one-byte type and length (their values need the vendor's
/// dictionary, not carried here).
fn vendor_specific<'a>(v: &'a [u8], l: &mut Layer<'a>) {
    l.uint(f::radius::AVP_VENDOR_ID, be32(v, 0));
    let mut off = 4;
    while off < v.len() {
        if off + 2 > v.len() {
            // tshark reads the length byte past the AVP.
            l.malformed("RADIUS VSA: header past the AVP");
            return;
        }
        let vt = v[off];
        let vl = usize::from(v[off + 1]);
        if vl < 2 {
            invalid(l, "VSA too short".into());
            return;
        }
        l.uint(f::radius::AVP_VENDOR_TYPE, vt);
        l.uint(f::radius::AVP_VENDOR_LEN, vl as u64);
        off += vl;
    }
}

/// The attribute `t`'s value `v`, as its dictionary type shows it.
fn value<'a>(t: u8, mut v: &'a [u8], l: &mut Layer<'a>) {
    let Some(a) = attr(t) else {
        unknown(v, l);
        return;
    };
    if let Some(tag) = a.tag {
        match v.first() {
            None => {
                invalid(l, "AVP too short for tag".into());
                return;
            }
            Some(&x) if x <= 0x1f => {
                l.uint(tag, x);
                v = &v[1..];
            }
            Some(_) => {}
        }
    }
    match t {
        3 => {
            if v.len() == 17 {
                l.push(f::radius::CHAP_PASSWORD, Value::Bytes(Cow::Borrowed(v)));
                l.uint(f::radius::CHAP_IDENT, v[0]);
                l.push(f::radius::CHAP_STRING, Value::Bytes(Cow::Borrowed(&v[1..])));
            }
            return;
        }
        8 | 14 => {
            if let Ok(ip) = <[u8; 4]>::try_from(v) {
                let def = if t == 8 {
                    f::radius::FRAMED_IP_ADDRESS_DASHED
                } else {
                    f::radius::LOGIN_IP_HOST_DASHED
                };
                l.push(def, Value::Ipv4(ip));
            }
            return;
        }
        23 => return,
        56 => {
            if v.len() == 4 {
                let x = be32(v, 0);
                l.uint(f::radius::EGRESS_VLANID_TAG, x >> 24);
                l.uint(f::radius::EGRESS_VLANID_PAD, (x >> 12) & 0xfff);
                l.uint(f::radius::EGRESS_VLANID, x & 0xfff);
            }
            return;
        }
        58 => {
            if v.len() >= 2 {
                l.uint(f::radius::EGRESS_VLAN_NAME_TAG, v[0]);
                expert::ascii_string(l, f::radius::EGRESS_VLAN_NAME, &v[1..]);
            }
            return;
        }
        _ => {}
    }
    match a.kind {
        Kind::Str => match (a.encrypt, a.alt) {
            (0, _) | (_, None) => expert::utf8_string(l, a.field, v),
            (_, Some(alt)) => l.push(alt, Value::Bytes(Cow::Borrowed(v))),
        },
        Kind::Octets => {
            if !v.is_empty() {
                l.push(a.field, Value::Bytes(Cow::Borrowed(v)));
            }
        }
        Kind::Ipv4 => {
            if let Ok(ip) = <[u8; 4]>::try_from(v) {
                l.push(a.field, Value::Ipv4(ip));
            }
        }
        Kind::Ipv6 => {
            if let Ok(ip) = <[u8; 16]>::try_from(v) {
                l.push(a.field, Value::Ipv6(ip));
            }
        }
        Kind::Ipv6Prefix => {
            if (2..=18).contains(&v.len()) && v[0] == 0 && v[1] <= 128 {
                l.push(a.field, Value::Bytes(Cow::Borrowed(v)));
            }
        }
        Kind::Integer => {
            let n = match v.len() {
                1..=4 => v.iter().fold(0u64, |n, &b| n << 8 | u64::from(b)),
                8 => v.iter().fold(0u64, |n, &b| n << 8 | u64::from(b)),
                _ => return,
            };
            l.uint(a.field, n);
        }
        Kind::Date => {
            if v.len() == 4 {
                let secs = i64::from(be32(v, 0));
                l.push(a.field, Value::Time(Timestamp::new(secs, 0)));
            }
        }
        Kind::Extended | Kind::LongExtended | Kind::Tlv => {}
    }
}

/// An attribute the dictionary lacks: tshark's `Unknown-Attribute` bytes.
fn unknown<'a>(v: &'a [u8], l: &mut Layer<'a>) {
    if !v.is_empty() {
        l.push(f::radius::UNKNOWN_ATTRIBUTE, Value::Bytes(Cow::Borrowed(v)));
    }
}

/// tshark's Info: `Access-Request id=5`.
pub fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let (Some(code), Some(id)) = (l.get_uint(f::radius::CODE), l.get_uint(f::radius::ID)) else {
        return;
    };
    let name = f::radius::CODE.value_name(code).unwrap_or("Unknown Packet");
    let _ = write!(out, "{name} id={id}");
    if l.has(f::radius::REQ_DUP) {
        out.push_str(", Duplicate Request");
    } else if l.has(f::radius::RSP_DUP) {
        out.push_str(", Duplicate Response");
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "radius",
    also: &[],
    title: "RADIUS Protocol",
    osi: Osi::Application,
    fields: f::radius::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: Some(|_| "RADIUS"),
    app: Some(AppSpec {
        decode_as: &["radius"],
        tcp_ports: &[],
        udp_ports: PORTS,
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Radius::default())
}

/// The requests seen, to match responses to (tshark's `radius_calls`).
#[derive(Default)]
struct Radius {
    calls: HashMap<(ConvKey, u8), Call>,
    order: VecDeque<(ConvKey, u8)>,
}

#[derive(Clone, Copy)]
struct Call {
    /// The code of the request that made the entry (tshark's hash key,
    /// compared on every look-up).
    key_code: u8,
    frame: u64,
    ns: i128,
    authenticator: [u8; 16],
    /// The first response's frame and the last response's code.
    rsp_frame: Option<u64>,
    rsp_code: u8,
}

impl Radius {
    /// The call of `key`, if a message of `code` matches it.
    fn find(&self, key: &(ConvKey, u8), code: u8) -> Option<Call> {
        self.calls
            .get(key)
            .copied()
            .filter(|c| answers(c.key_code, code))
    }

    fn observe(&mut self, d: &Datagram<'_>) -> Matched {
        let Some(authenticator) = d.payload.get(4..HDR_LEN) else {
            return Matched::None;
        };
        if d.nested || !is_radius(d.payload) {
            return Matched::None;
        }
        let mut auth = [0; 16];
        auth.copy_from_slice(authenticator);
        let (code, key) = (d.payload[0], (d.conv, d.payload[1]));
        if is_request(code) {
            let found = self.find(&key, code);
            if let Some(c) = found
                && c.frame != d.frame
                && c.authenticator == auth
            {
                return Matched::DuplicateRequest { frame: c.frame };
            }
            let new = Call {
                key_code: code,
                frame: d.frame,
                ns: d.ts_ns,
                authenticator: auth,
                rsp_frame: None,
                rsp_code: 0,
            };
            let call = match found {
                Some(c) => Call {
                    key_code: c.key_code,
                    ..new
                },
                None => new,
            };
            if self.calls.insert(key, call).is_none() {
                self.order.push_back(key);
                if self.order.len() > MAX_CALLS
                    && let Some(old) = self.order.pop_front()
                {
                    self.calls.remove(&old);
                }
            }
            Matched::None
        } else if is_response(code) {
            let Some(c) = self.find(&key, code) else {
                return Matched::None;
            };
            let dup = c.rsp_frame.filter(|&f| f != d.frame && c.rsp_code == code);
            if let Some(stored) = self.calls.get_mut(&key) {
                stored.rsp_frame.get_or_insert(d.frame);
                stored.rsp_code = code;
            }
            Matched::Response {
                frame: c.frame,
                ns: d.ts_ns - c.ns,
                dup,
            }
        } else {
            Matched::None
        }
    }
}

impl DatagramDecoder for Radius {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        let m = self.observe(d);
        dissect(d.payload, d.at, d.reported, d.cut || d.nested, m, out);
    }

    fn heap_bytes(&self) -> usize {
        self.calls.capacity() * std::mem::size_of::<((ConvKey, u8), Call)>()
            + self.order.capacity() * std::mem::size_of::<(ConvKey, u8)>()
    }
}
