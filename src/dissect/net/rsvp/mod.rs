//! RSVP (IP protocol 46, and UDP port 3455) as tshark 4.0's
//! `packet-rsvp.c` decodes it.
//!
//! The 8-byte common header (version, flags, message type and its hidden
//! per-type boolean, checksum, sending TTL, length), then the objects up
//! to the message's length: each object's item (`rsvp.session`,
//! `rsvp.hop`, ...; FAST-REROUTE and DETOUR under `rsvp.obj_unknown`, as
//! tshark 4.0 files them), its length, class and the C-type (hidden
//! `rsvp.ctype` and the class's own `rsvp.ctype.*`). An object shorter
//! than 4 bytes ends the message (`rsvp.invalid_length`, malformed).
//!
//! Decoded bodies: SESSION (IPv4, IPv6, IPv4-LSP), HOP (IPv4, IPv6 and
//! the IF-ID forms' address and interface), TIME VALUES, ERROR_SPEC
//! (node, flags, code and value), SCOPE, STYLE, CONFIRM, SENDER TEMPLATE
//! and FILTER SPEC (IPv4, IPv6, IPv4-LSP, IPv4 aggregate), SENDER TSPEC
//! (IntServ parameters), SESSION ATTRIBUTE, EXPLICIT ROUTE's IPv4 and
//! label subobjects, MESSAGE-ID, MESSAGE-ID ACK/NACK, HELLO, RESTART
//! CAPABILITY, FAST-REROUTE, DETOUR, GENERALIZED UNI's subobjects,
//! vendor-private and unknown objects; every other C-type's raw data
//! field. Objects not listed (FLOWSPEC, ADSPEC, LABEL, LABEL REQUEST,
//! RECORD ROUTE, ...) show their item, length, class and hidden C-type
//! only, and a subobject of a kind not decoded ends its object's fields.
//!
//! The Info column is the message type's name, then (but for a Bundle)
//! a summary of the last SESSION and the last SENDER TEMPLATE or
//! FILTER SPEC found by walking the objects' lengths. Bundles' component
//! messages are not decoded.
//!
//! Every read is checked: one past the captured bytes is truncated, past
//! the IP payload malformed. The promise: no input makes this module
//! panic.

pub mod fields;
#[cfg(test)]
mod tests;

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;

ei!(INVALID_LENGTH, f::rsvp::INVALID_LENGTH, Malformed, Error);
ei!(
    UNKNOWN_PARAMETER,
    f::rsvp::PARAMETER_UNKNOWN,
    Protocol,
    Warn
);
ei!(SESSION_TYPE, f::rsvp::SESSION_TYPE_UNKNOWN, Protocol, Warn);
ei!(ADSPEC_TYPE, f::rsvp::ADSPEC_TYPE_UNKNOWN, Protocol, Warn);

const MSG_BUNDLE: u8 = 12;

const CLASS_SESSION: u8 = 1;
const CLASS_HOP: u8 = 3;
const CLASS_INTEGRITY: u8 = 4;
const CLASS_TIME_VALUES: u8 = 5;
const CLASS_ERROR: u8 = 6;
const CLASS_SCOPE: u8 = 7;
const CLASS_STYLE: u8 = 8;
const CLASS_FLOWSPEC: u8 = 9;
const CLASS_FILTER_SPEC: u8 = 10;
const CLASS_SENDER_TEMPLATE: u8 = 11;
const CLASS_SENDER_TSPEC: u8 = 12;
const CLASS_ADSPEC: u8 = 13;
const CLASS_POLICY: u8 = 14;
const CLASS_CONFIRM: u8 = 15;
const CLASS_LABEL: u8 = 16;
const CLASS_LABEL_REQUEST: u8 = 19;
const CLASS_EXPLICIT_ROUTE: u8 = 20;
const CLASS_RECORD_ROUTE: u8 = 21;
const CLASS_HELLO: u8 = 22;
const CLASS_MESSAGE_ID: u8 = 23;
const CLASS_MESSAGE_ID_ACK: u8 = 24;
const CLASS_MESSAGE_ID_LIST: u8 = 25;
const CLASS_RECOVERY_LABEL: u8 = 34;
const CLASS_UPSTREAM_LABEL: u8 = 35;
const CLASS_LABEL_SET: u8 = 36;
const CLASS_PROTECTION: u8 = 37;
const CLASS_DETOUR: u8 = 63;
const CLASS_DIFFSERV: u8 = 65;
const CLASS_CLASSTYPE: u8 = 66;
const CLASS_SUGGESTED_LABEL: u8 = 129;
const CLASS_ACCEPTABLE_LABEL_SET: u8 = 130;
const CLASS_RESTART_CAP: u8 = 131;
const CLASS_LINK_CAP: u8 = 133;
const CLASS_LSP_TUNNEL_IF_ID: u8 = 193;
const CLASS_NOTIFY_REQUEST: u8 = 195;
const CLASS_ADMIN_STATUS: u8 = 196;
const CLASS_LSP_ATTRIBUTES: u8 = 197;
const CLASS_ASSOCIATION: u8 = 199;
const CLASS_CALL_ATTRIBUTES: u8 = 202;
const CLASS_JUNIPER: u8 = 204;
const CLASS_FAST_REROUTE: u8 = 205;
const CLASS_SESSION_ATTRIBUTE: u8 = 207;
const CLASS_DCLASS: u8 = 225;
const CLASS_GENERALIZED_UNI: u8 = 229;
const CLASS_CALL_ID: u8 = 230;
const CLASS_3GPP2: u8 = 231;

/// Error codes whose value is read differently.
const ERROR_ADMISSION: u8 = 1;
const ERROR_UNKNOWN_CLASS: u8 = 13;
const ERROR_UNKNOWN_C_TYPE: u8 = 14;
const ERROR_TRAFFIC: u8 = 21;

/// A read that failed: where it would have ended and whether only the
/// capture's end stopped it (truncated) rather than the payload's
/// (malformed).
#[derive(Debug, PartialEq, Eq)]
struct Throw {
    end: usize,
    cut_by_capture: bool,
}

type R<T> = Result<T, Throw>;

/// The message's bytes: reads end at `b.len()` (captured) and past `rep`
/// (the IP payload's length) they are malformed.
#[derive(Clone, Copy)]
struct Tvb<'a> {
    b: &'a [u8],
    rep: usize,
}

impl<'a> Tvb<'a> {
    /// The bytes from `at` for `len` as their own tvb (tshark's
    /// `tvb_new_subset_length`): offsets count from `at`.
    fn sub(&self, at: usize, len: usize) -> Tvb<'a> {
        let rep = len.min(self.rep.saturating_sub(at));
        let b = self.b.get(at..).unwrap_or(&[]);
        let b = &b[..b.len().min(rep)];
        Tvb { b, rep }
    }
    fn need(&self, end: usize) -> R<()> {
        if end <= self.b.len() {
            Ok(())
        } else {
            Err(Throw {
                end,
                cut_by_capture: end <= self.rep,
            })
        }
    }
    fn slice(&self, at: usize, n: usize) -> R<&'a [u8]> {
        let end = at.saturating_add(n);
        self.need(end)?;
        self.b.get(at..end).ok_or(Throw {
            end,
            cut_by_capture: true,
        })
    }
    fn u8(&self, at: usize) -> R<u8> {
        Ok(self.slice(at, 1)?[0])
    }
    fn u16(&self, at: usize) -> R<u16> {
        let s = self.slice(at, 2)?;
        Ok(u16::from_be_bytes([s[0], s[1]]))
    }
    fn u24(&self, at: usize) -> R<u32> {
        let s = self.slice(at, 3)?;
        Ok(u32::from_be_bytes([0, s[0], s[1], s[2]]))
    }
    fn u32(&self, at: usize) -> R<u32> {
        let s = self.slice(at, 4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn float(&self, at: usize) -> R<f32> {
        Ok(f32::from_bits(self.u32(at)?))
    }
    fn ipv4(&self, at: usize) -> R<Value<'static>> {
        let s = self.slice(at, 4)?;
        Ok(Value::Ipv4([s[0], s[1], s[2], s[3]]))
    }
    fn ipv6(&self, at: usize) -> R<Value<'static>> {
        let s = self.slice(at, 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(s);
        Ok(Value::Ipv6(a))
    }
    /// tshark's item of `n` bytes of raw data (`FT_BYTES`): a negative
    /// length runs to the end of the payload.
    fn bytes(&self, at: usize, n: i64) -> R<Value<'a>> {
        let n = if n < 0 {
            self.rep.saturating_sub(at)
        } else {
            usize::try_from(n).unwrap_or(usize::MAX)
        };
        Ok(Value::Bytes(self.slice(at, n)?.into()))
    }
    /// Whether `n` bytes from `at` were captured (tshark's
    /// `tvb_bytes_exist`).
    fn exists(&self, at: usize, n: usize) -> bool {
        at.checked_add(n).is_some_and(|e| e <= self.b.len())
    }
}

/// An RSVP message, over IP (protocol 46) or UDP (port 3455).
pub(crate) fn rsvp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.is_empty() {
        return Next::Data(Osi::Network);
    }
    let reported = walk.reported_end.max(walk.end) - start;
    let t = Tvb {
        b,
        rep: reported.max(b.len()),
    };
    let mut l = Layer::new(Osi::Network, "rsvp", start..walk.end);
    let result = message(&mut l, t);
    walk.off = walk.end;
    if let Err(e) = result {
        l.read_past_end(
            "rsvp",
            format!("RSVP message: need {} bytes, have {}", e.end, b.len()),
            e.cut_by_capture,
        );
    }
    walk.layers.push(l);
    Next::Done
}

/// The message type's name as tshark's Info and tree write it.
fn type_name(t: u8) -> String {
    match f::rsvp::MSG.value_name(u64::from(t)) {
        Some(n) => n.to_string(),
        None => format!("Unknown ({t}). "),
    }
}

fn ip4(t: &Tvb<'_>, at: usize) -> R<std::net::Ipv4Addr> {
    let s = t.slice(at, 4)?;
    Ok(std::net::Ipv4Addr::new(s[0], s[1], s[2], s[3]))
}

fn ip6(t: &Tvb<'_>, at: usize) -> R<std::net::Ipv6Addr> {
    let s = t.slice(at, 16)?;
    let mut a = [0u8; 16];
    a.copy_from_slice(s);
    Ok(std::net::Ipv6Addr::from(a))
}

/// The last SESSION and SENDER TEMPLATE / FILTER SPEC objects' offsets,
/// found by walking the objects' lengths over the captured bytes.
fn find_session_tempfilt(t: &Tvb<'_>) -> (usize, usize) {
    let (mut s, mut tf) = (0, 0);
    if !t.exists(6, 2) {
        return (0, 0);
    }
    let len = usize::from(u16::from_be_bytes([t.b[6], t.b[7]]));
    let mut off = 8;
    while off < len && t.exists(off, 3) {
        let ol = usize::from(u16::from_be_bytes([t.b[off], t.b[off + 1]]));
        if ol == 0 {
            break;
        }
        match t.b[off + 2] {
            CLASS_SESSION => s = off,
            CLASS_SENDER_TEMPLATE | CLASS_FILTER_SPEC => tf = off,
            _ => {}
        }
        off += ol;
    }
    (s, tf)
}

fn summary_session(t: &Tvb<'_>, o: usize) -> R<String> {
    let ty = t.u8(o + 3)?;
    Ok(match ty {
        1 => format!(
            "SESSION: IPv4, Destination {}, Protocol {}, Port {}. ",
            ip4(t, o + 4)?,
            t.u8(o + 8)?,
            t.u16(o + 10)?
        ),
        7 => format!(
            "SESSION: IPv4-LSP, Destination {}, Short Call ID {}, Tunnel ID {}, Ext ID {:x}. ",
            ip4(t, o + 4)?,
            t.u16(o + 8)?,
            t.u16(o + 10)?,
            t.u32(o + 12)?
        ),
        8 => format!(
            "SESSION: IPv6-LSP, Destination {}, Short Call ID {}, Tunnel ID {}, Ext ID {:x}{:x}{:x}{:x}. ",
            ip6(t, o + 4)?,
            t.u16(o + 20)?,
            t.u16(o + 22)?,
            t.u32(o + 24)?,
            t.u32(o + 28)?,
            t.u32(o + 32)?,
            t.u32(o + 36)?
        ),
        9 => format!(
            "SESSION: IPv4-Aggregate, Destination {}, DSCP {}. ",
            ip4(t, o + 4)?,
            t.u8(o + 11)?
        ),
        11 => format!(
            "SESSION: IPv4-UNI, Destination {}, Tunnel ID {}, Ext Address {}. ",
            ip4(t, o + 4)?,
            t.u16(o + 10)?,
            ip4(t, o + 12)?
        ),
        13 => format!(
            "SESSION: IPv4-P2MP LSP TUNNEL, PSMP ID {}, Tunnel ID {}, Ext Tunnel {}. ",
            t.u32(o + 4)? as i32,
            t.u16(o + 10)?,
            ip4(t, o + 12)?
        ),
        14 => format!(
            "SESSION: IPv6-P2MP LSP TUNNEL, PSMP ID {}, Tunnel ID {}, Ext Tunnel {}. ",
            t.u32(o + 4)? as i32,
            t.u16(o + 10)?,
            ip6(t, o + 12)?
        ),
        15 => format!(
            "SESSION: IPv4-E-NNI, Destination {}, Tunnel ID {}, Ext Address {}. ",
            ip4(t, o + 4)?,
            t.u16(o + 10)?,
            ip4(t, o + 12)?
        ),
        _ => format!("SESSION: Type {ty}. "),
    })
}

fn summary_template(t: &Tvb<'_>, o: usize) -> R<String> {
    let what = if t.u8(o + 2)? == CLASS_FILTER_SPEC {
        "FILTERSPEC"
    } else {
        "SENDER TEMPLATE"
    };
    let ty = t.u8(o + 3)?;
    Ok(match ty {
        1 => format!(
            "{what}: IPv4, Sender {}, Port {}. ",
            ip4(t, o + 4)?,
            t.u16(o + 10)?
        ),
        7 => format!(
            "{what}: IPv4-LSP, Tunnel Source: {}, Short Call ID: {}, LSP ID: {}. ",
            ip4(t, o + 4)?,
            t.u16(o + 8)?,
            t.u16(o + 10)?
        ),
        8 => format!(
            "{what}: IPv6-LSP, Tunnel Source: {}, Short Call ID: {}, LSP ID: {}. ",
            ip6(t, o + 4)?,
            t.u16(o + 20)?,
            t.u16(o + 22)?
        ),
        9 => format!("{what}: IPv4-Aggregate, Aggregator {}. ", ip4(t, o + 4)?),
        _ => format!("{what}: Type {ty}. "),
    })
}

/// The object's item (tshark 4.0 files FAST-REROUTE and DETOUR under the
/// unknown object's).
fn object_item(class: u8) -> &'static crate::dissect::field::FieldDef {
    use f::rsvp as r;
    match class {
        CLASS_SESSION => r::SESSION,
        CLASS_HOP => r::HOP,
        CLASS_INTEGRITY => r::INTEGRITY,
        CLASS_TIME_VALUES => r::TIME,
        CLASS_ERROR => r::ERROR,
        CLASS_SCOPE => r::SCOPE,
        CLASS_STYLE => r::STYLE,
        CLASS_FLOWSPEC => r::FLOWSPEC,
        CLASS_FILTER_SPEC => r::FILTER,
        CLASS_SENDER_TEMPLATE => r::SENDER,
        CLASS_SENDER_TSPEC => r::TSPEC,
        CLASS_ADSPEC => r::ADSPEC,
        CLASS_POLICY => r::POLICY,
        CLASS_CONFIRM => r::CONFIRM,
        CLASS_LABEL => r::LABEL,
        CLASS_LABEL_REQUEST => r::LABEL_REQUEST,
        CLASS_HELLO => r::HELLO_OBJ,
        CLASS_EXPLICIT_ROUTE => r::EXPLICIT_ROUTE,
        CLASS_RECORD_ROUTE => r::RECORD_ROUTE,
        CLASS_MESSAGE_ID => r::MSGID,
        CLASS_MESSAGE_ID_ACK => r::MSGID_ACK,
        CLASS_MESSAGE_ID_LIST => r::MSGID_LIST,
        CLASS_RECOVERY_LABEL => r::RECOVERY_LABEL,
        CLASS_UPSTREAM_LABEL => r::UPSTREAM_LABEL,
        CLASS_LABEL_SET => r::LABEL_SET,
        CLASS_PROTECTION => r::PROTECTION,
        CLASS_SUGGESTED_LABEL => r::SUGGESTED_LABEL,
        CLASS_ACCEPTABLE_LABEL_SET => r::ACCEPTABLE_LABEL_SET,
        CLASS_RESTART_CAP => r::RESTART,
        CLASS_LINK_CAP => r::LINK,
        CLASS_DIFFSERV => r::DIFFSERV,
        CLASS_CLASSTYPE => r::DSTE,
        CLASS_NOTIFY_REQUEST => r::NOTIFY_REQUEST,
        CLASS_ADMIN_STATUS => r::ADMIN_STATUS,
        CLASS_LSP_ATTRIBUTES => r::LSP_ATTRIBUTES,
        CLASS_ASSOCIATION => r::ASSOCIATION,
        CLASS_CALL_ATTRIBUTES => r::CALL_ATTRIBUTES,
        CLASS_SESSION_ATTRIBUTE => r::SESSION_ATTRIBUTE,
        CLASS_GENERALIZED_UNI => r::GENERALIZED_UNI,
        CLASS_CALL_ID => r::CALL_ID,
        CLASS_3GPP2 => r::OBJ_3GPP2,
        CLASS_DCLASS => r::DCLASS,
        CLASS_LSP_TUNNEL_IF_ID => r::LSP_TUNNEL_IF_ID,
        CLASS_JUNIPER => r::JUNIPER,
        c if is_vendor_private(c) => r::OBJ_PRIVATE,
        _ => r::OBJ_UNKNOWN,
    }
}

fn is_vendor_private(class: u8) -> bool {
    matches!(class, 124..=127 | 188..=191 | 252..=255)
}

fn message<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> R<()> {
    // tshark writes the Info (and reads the summaries) before the tree.
    let mtype = t.u8(1)?;
    let mut info = type_name(mtype);
    if mtype == MSG_BUNDLE {
        info = "Component Messages Dissected".into();
    } else {
        let (s, tf) = find_session_tempfilt(&t);
        let mut add = String::new();
        let r = (|| -> R<()> {
            if s != 0 {
                add.push_str(&summary_session(&t, s)?);
            }
            if tf != 0 {
                add.push_str(&summary_template(&t, tf)?);
            }
            Ok(())
        })();
        info.push_str(&add);
        if let Err(e) = r {
            l.str(f::rsvp::OSIDUMP_INFO, info);
            return Err(e);
        }
    }
    l.str(f::rsvp::OSIDUMP_INFO, info);
    let mut session_type = 0;
    message_tree(l, t, &mut session_type)?;
    session_expert(l, mtype, session_type);
    Ok(())
}

/// One message's header and objects (a Bundle's component messages
/// each in their own part of the bytes); `session_type` keeps the last
/// SESSION object's C-type tshark keys requests by.
fn message_tree<'a>(l: &mut Layer<'a>, t: Tvb<'a>, session_type: &mut u8) -> R<()> {
    let msg_length = usize::from(t.u16(6)?);
    let mtype = t.u8(1)?;
    let b0 = t.u8(0)?;
    l.uint(f::rsvp::VERSION, b0 >> 4);
    l.uint(f::rsvp::FLAGS, b0 & 0x0f);
    l.uint(f::rsvp::MSG, mtype);
    let flag = match mtype {
        1 => Some(f::rsvp::PATH),
        2 => Some(f::rsvp::RESV),
        3 => Some(f::rsvp::PERR),
        4 => Some(f::rsvp::RERR),
        5 => Some(f::rsvp::PTEAR),
        6 => Some(f::rsvp::RTEAR),
        7 => Some(f::rsvp::RESVCONF),
        10 => Some(f::rsvp::RTEARCONF),
        12 => Some(f::rsvp::BUNDLE),
        13 => Some(f::rsvp::ACK),
        15 => Some(f::rsvp::SREFRESH),
        20 => Some(f::rsvp::HELLO),
        21 => Some(f::rsvp::NOTIFY),
        _ => None,
    };
    if let Some(fl) = flag {
        l.boolean(fl, true);
    }
    l.uint(f::rsvp::MESSAGE_CHECKSUM, t.u16(2)?);
    l.uint(f::rsvp::SENDING_TTL, t.u8(4)?);
    l.uint(f::rsvp::MESSAGE_LENGTH, msg_length as u64);
    if mtype == MSG_BUNDLE {
        // The component messages, each in a part of the bytes as long as
        // its own length says (one shorter than its header throws).
        let mut at = 8;
        while at < msg_length {
            let sub_len = usize::from(t.u16(at + 6)?);
            let sub = t.sub(at, sub_len);
            message_tree(l, sub, session_type)?;
            at += sub_len;
        }
        return Ok(());
    }
    let mut off = 8;
    while off < msg_length {
        let obj_length = usize::from(t.u16(off)?);
        let class = t.u8(off + 2)?;
        let ty = t.u8(off + 3)?;
        l.present(object_item(class));
        l.uint(f::rsvp::LENGTH, obj_length as u64);
        if obj_length < 4 {
            expert::add(
                l,
                &INVALID_LENGTH,
                Some(format!("Length: {obj_length} (bogus, must be >= 4)")),
            );
            break;
        }
        l.uint(f::rsvp::OBJECT, class);
        // The hidden C-type (tshark 4.0's MESSAGE-ID ACK has none; a
        // vendor-private object's comes after its hidden item).
        if class != CLASS_MESSAGE_ID_ACK && !is_vendor_private(class) {
            l.uint(f::rsvp::CTYPE, ty);
        }
        object(l, t, off, obj_length, class, ty)?;
        if class == CLASS_SESSION && matches!(ty, 1 | 2 | 7 | 8 | 9 | 11 | 13 | 15) {
            *session_type = ty;
        }
        off += obj_length;
    }
    Ok(())
}

/// tshark's note on a message (but an Ack, Srefresh or Hello) whose
/// session it cannot key a request by: none, or one of a C-type its
/// conversation code does not know (IPv6 LSP, P2MP).
fn session_expert(l: &mut Layer<'_>, mtype: u8, session_type: u8) {
    if !matches!(mtype, 13 | 15 | 20) && !matches!(session_type, 1 | 2 | 7 | 9 | 11 | 15) {
        expert::add(l, &SESSION_TYPE, None);
    }
}

/// One object's body; `o` is where the object starts.
fn object<'a>(l: &mut Layer<'a>, t: Tvb<'a>, o: usize, len: usize, class: u8, ty: u8) -> R<()> {
    use f::rsvp as r;
    let o2 = o + 4;
    let rest = len as i64 - 4;
    match class {
        CLASS_SESSION => {
            l.uint(r::CTYPE_SESSION, ty);
            match ty {
                1 => {
                    l.push(r::SESSION_IP, t.ipv4(o2)?);
                    l.uint(r::SESSION_PROTO, t.u8(o2 + 4)?);
                    l.uint(r::SESSION_FLAGS, t.u8(o2 + 5)?);
                    l.uint(r::SESSION_PORT, t.u16(o2 + 6)?);
                }
                2 => {
                    l.push(r::SESSION_DESTINATION_ADDRESS, t.ipv6(o2)?);
                    l.uint(r::SESSION_PROTOCOL, t.u8(o2 + 16)?);
                    l.uint(r::SESSION_FLAGS, t.u8(o2 + 17)?);
                    l.uint(r::SESSION_DESTINATION_PORT, t.u16(o2 + 18)?);
                }
                7 => {
                    l.push(r::SESSION_IP, t.ipv4(o2)?);
                    l.uint(r::SESSION_SHORT_CALL_ID, t.u16(o2 + 4)?);
                    l.uint(r::SESSION_TUNNEL_ID, t.u16(o2 + 6)?);
                    let ext = t.u32(o2 + 8)?;
                    l.uint(r::EXTENDED_TUNNEL_ID, ext);
                    l.uint(r::SESSION_EXT_TUNNEL_ID, ext);
                }
                8 | 9 | 11 | 13 | 14 | 15 => {}
                _ => l.push(r::SESSION_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_HOP => {
            l.uint(r::CTYPE_HOP, ty);
            match ty {
                1 | 3 => {
                    l.push(r::HOP_NEIGHBOR_ADDRESS_IPV4, t.ipv4(o2)?);
                    l.uint(r::HOP_LOGICAL_INTERFACE, t.u32(o2 + 4)?);
                }
                2 | 4 => {
                    l.push(r::NEIGHBOR_ADDRESS_IPV6, t.ipv6(o2)?);
                    l.uint(r::HOP_LOGICAL_INTERFACE, t.u32(o2 + 16)?);
                }
                _ => l.push(r::HOP_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_TIME_VALUES => {
            l.uint(r::CTYPE_TIME_VALUES, ty);
            match ty {
                1 => l.uint(r::REFRESH_INTERVAL, t.u32(o2)?),
                _ => l.push(r::TIME_VALUES_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_ERROR => error_spec(l, t, o2, len, ty)?,
        CLASS_SCOPE => {
            l.uint(r::CTYPE_SCOPE, ty);
            let mut at = o2;
            let mut left = rest;
            match ty {
                1 => {
                    while left > 0 {
                        l.push(r::SCOPE_IPV4_ADDRESS, t.ipv4(at)?);
                        at += 4;
                        left -= 4;
                    }
                }
                2 => {
                    while left > 0 {
                        l.push(r::SCOPE_IPV6_ADDRESS, t.ipv6(at)?);
                        at += 16;
                        left -= 16;
                    }
                }
                _ => l.push(r::SCOPE_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_STYLE => {
            l.uint(r::CTYPE_STYLE, ty);
            match ty {
                1 => {
                    l.uint(r::STYLE_FLAGS, t.u8(o2)?);
                    l.uint(r::STYLE_STYLE, t.u24(o2 + 1)?);
                }
                _ => l.push(r::STYLE_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_CONFIRM => {
            l.uint(r::CTYPE_CONFIRM, ty);
            match ty {
                1 => l.push(r::CONFIRM_RECEIVER_ADDRESS_IPV4, t.ipv4(o2)?),
                2 => l.push(r::CONFIRM_RECEIVER_ADDRESS_IPV6, t.ipv6(o2)?),
                _ => l.push(r::CONFIRM_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_SENDER_TEMPLATE | CLASS_FILTER_SPEC => {
            // The item's text is the summary: its reads come first.
            summary_template(&t, o)?;
            l.uint(r::CTYPE_TEMPLATE, ty);
            match ty {
                1 => {
                    l.push(r::SENDER_IP, t.ipv4(o2)?);
                    l.uint(r::SENDER_PORT, t.u16(o2 + 6)?);
                }
                2 => {
                    l.push(r::TEMPLATE_FILTER_SOURCE_ADDRESS_IPV6, t.ipv6(o2)?);
                    l.uint(r::TEMPLATE_FILTER_SOURCE_PORT, t.u16(o2 + 18)?);
                }
                7 => {
                    l.push(r::SENDER_IP, t.ipv4(o2)?);
                    if class == CLASS_SENDER_TEMPLATE {
                        l.uint(r::SENDER_SHORT_CALL_ID, t.u16(o2 + 4)?);
                    }
                    l.uint(r::SENDER_LSP_ID, t.u16(o2 + 6)?);
                }
                8 => {}
                9 => l.push(r::SENDER_IP, t.ipv4(o2)?),
                _ => l.push(r::TEMPLATE_FILTER_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_SENDER_TSPEC => tspec(l, t, o2, len, ty)?,
        CLASS_SESSION_ATTRIBUTE => {
            l.uint(r::CTYPE_ATTRIBUTE, ty);
            match ty {
                1 | 7 => {
                    let mut at = o2;
                    if ty == 1 {
                        l.uint(r::SESSION_ATTRIBUTE_EXCLUDE_ANY, t.u32(at)?);
                        l.uint(r::SESSION_ATTRIBUTE_INCLUDE_ANY, t.u32(at + 4)?);
                        l.uint(r::SESSION_ATTRIBUTE_INCLUDE_ALL, t.u32(at + 8)?);
                        at += 12;
                    }
                    l.uint(r::SESSION_ATTRIBUTE_SETUP_PRIORITY, t.u8(at)?);
                    l.uint(r::SESSION_ATTRIBUTE_HOLD_PRIORITY, t.u8(at + 1)?);
                    let flags = t.u8(at + 2)?;
                    l.uint(r::SESSION_ATTRIBUTE_FLAGS, flags);
                    l.boolean(r::SA_FLAGS_LOCAL, flags & 0x01 != 0);
                    l.boolean(r::SA_FLAGS_LABEL, flags & 0x02 != 0);
                    l.boolean(r::SA_FLAGS_SE_STYLE, flags & 0x04 != 0);
                    l.boolean(r::SA_FLAGS_BANDWIDTH, flags & 0x08 != 0);
                    l.boolean(r::SA_FLAGS_NODE, flags & 0x10 != 0);
                    let n = t.u8(at + 3)?;
                    l.uint(r::SESSION_ATTRIBUTE_NAME_LENGTH, n);
                    let name = t.slice(at + 4, usize::from(n))?;
                    expert::ascii_string(l, r::SESSION_ATTRIBUTE_NAME, name);
                }
                _ => l.push(r::SESSION_ATTRIBUTE_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_EXPLICIT_ROUTE => {
            l.uint(r::CTYPE_EXPLICIT_ROUTE, ty);
            match ty {
                1 => route_subobjects(l, t, o2, len, false)?,
                _ => l.push(r::EXPLICIT_ROUTE_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_RECORD_ROUTE => {
            l.uint(r::CTYPE_RECORD_ROUTE, ty);
            match ty {
                1 => route_subobjects(l, t, o2, len, true)?,
                _ => l.push(r::RECORD_ROUTE_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_LABEL_REQUEST => {
            l.uint(r::CTYPE_LABEL_REQUEST, ty);
            match ty {
                1 => l.uint(r::LABEL_REQUEST_L3PID, t.u16(o2 + 2)?),
                2..=4 => {}
                _ => l.push(r::LABEL_REQUEST_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_FLOWSPEC => flowspec(l, t, o2, len, ty)?,
        CLASS_ADSPEC => adspec(l, t, o2, len, ty)?,
        CLASS_MESSAGE_ID => {
            l.uint(r::CTYPE_MESSAGE_ID, ty);
            match ty {
                1 => {
                    l.uint(r::MESSAGE_ID_FLAGS, t.u8(o2)?);
                    l.uint(r::MESSAGE_ID_EPOCH, t.u24(o2 + 1)?);
                    l.uint(r::MESSAGE_ID_MESSAGE_ID, t.u32(o2 + 4)?);
                }
                _ => l.push(r::MESSAGE_ID_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_MESSAGE_ID_ACK => {
            l.uint(r::CTYPE_MESSAGE_ID_ACK, ty);
            match ty {
                1 | 2 => {
                    l.uint(r::MESSAGE_ID_ACK_FLAGS, t.u8(o2)?);
                    l.uint(r::MESSAGE_ID_ACK_EPOCH, t.u24(o2 + 1)?);
                    l.uint(r::MESSAGE_ID_ACK_MESSAGE_ID, t.u32(o2 + 4)?);
                }
                _ => l.push(r::MESSAGE_ID_ACK_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_HELLO => {
            l.uint(r::CTYPE_HELLO, ty);
            if matches!(ty, 1 | 2) {
                l.uint(r::HELLO_SOURCE_INSTANCE, t.u32(o2)?);
                l.uint(r::HELLO_DESTINATION_INSTANCE, t.u32(o2 + 4)?);
            }
        }
        CLASS_RESTART_CAP => {
            l.uint(r::CTYPE_RESTART_CAP, ty);
            match ty {
                1 => {
                    l.uint(r::RESTART_CAP_RESTART_TIME, t.u32(o2)?);
                    l.uint(r::RESTART_CAP_RECOVERY_TIME, t.u32(o2 + 4)?);
                }
                _ => l.push(r::RESTART_CAP_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_FAST_REROUTE => match ty {
            1 | 7 => {
                if (ty == 1 && len != 24) || (ty == 7 && len != 20) {
                    expert::add(
                        l,
                        &INVALID_LENGTH,
                        Some("Invalid length: cannot decode".into()),
                    );
                    return Ok(());
                }
                l.uint(r::CTYPE_FAST_REROUTE, ty);
                l.uint(r::FAST_REROUTE_SETUP_PRIORITY, t.u8(o + 4)?);
                l.uint(r::FAST_REROUTE_HOLD_PRIORITY, t.u8(o + 5)?);
                l.uint(r::FAST_REROUTE_HOP_LIMIT, t.u8(o + 6)?);
                let flags = t.u8(o + 7)?;
                l.uint(r::FAST_REROUTE_FLAGS, flags);
                l.boolean(r::FRR_FLAGS_ONE2ONE_BACKUP, flags & 0x01 != 0);
                l.boolean(r::FRR_FLAGS_FACILITY_BACKUP, flags & 0x02 != 0);
                float_field(l, r::FAST_REROUTE_BANDWIDTH, t.float(o + 8)?);
                l.uint(r::FAST_REROUTE_INCLUDE_ANY, t.u32(o + 12)?);
                l.uint(r::FAST_REROUTE_EXCLUDE_ANY, t.u32(o + 16)?);
                if ty == 1 {
                    l.uint(r::FAST_REROUTE_INCLUDE_ALL, t.u32(o + 20)?);
                }
            }
            _ => {
                l.uint(r::CTYPE_FAST_REROUTE, ty);
                l.push(r::FAST_REROUTE_DATA, t.bytes(o2, rest)?);
            }
        },
        CLASS_DETOUR => {
            l.uint(r::CTYPE_DETOUR, ty);
            match ty {
                7 => {
                    let mut left = rest;
                    let mut at = o2;
                    while left > 0 {
                        if left < 8 {
                            expert::add(
                                l,
                                &INVALID_LENGTH,
                                Some("Invalid length: cannot decode".into()),
                            );
                            break;
                        }
                        // tshark passes the host-order number where the
                        // address's bytes go: shown byte-reversed.
                        l.push(r::DETOUR_PLR_ID, reversed(t.slice(at, 4)?));
                        l.push(r::DETOUR_AVOID_NODE_ID, reversed(t.slice(at + 4, 4)?));
                        at += 8;
                        left -= 8;
                    }
                }
                _ => l.push(r::DETOUR_DATA, t.bytes(o2, rest)?),
            }
        }
        CLASS_GENERALIZED_UNI => {
            l.uint(r::CTYPE_GENERALIZED_UNI, ty);
            match ty {
                1 => generalized_uni(l, t, o2, len)?,
                _ => l.push(r::GEN_UNI_DATA, t.bytes(o2, rest)?),
            }
        }
        c if is_vendor_private(c) => {
            l.present(r::OBJ_PRIVATE);
            l.uint(r::CTYPE, ty);
            l.uint(r::CTYPE_VENDOR, ty);
            l.uint(r::OBJ_PRIVATE_ENTERPRISE, t.u32(o + 4)?);
            l.push(r::PRIVATE_DATA, t.bytes(o + 8, len as i64 - 8)?);
        }
        CLASS_INTEGRITY
        | CLASS_POLICY
        | CLASS_LABEL
        | CLASS_MESSAGE_ID_LIST
        | CLASS_RECOVERY_LABEL
        | CLASS_UPSTREAM_LABEL
        | CLASS_SUGGESTED_LABEL
        | CLASS_LABEL_SET
        | CLASS_PROTECTION
        | CLASS_DIFFSERV
        | CLASS_CLASSTYPE
        | CLASS_LINK_CAP
        | CLASS_LSP_TUNNEL_IF_ID
        | CLASS_NOTIFY_REQUEST
        | CLASS_ADMIN_STATUS
        | CLASS_LSP_ATTRIBUTES
        | 67
        | CLASS_ASSOCIATION
        | CLASS_CALL_ATTRIBUTES
        | CLASS_JUNIPER
        | CLASS_DCLASS
        | CLASS_CALL_ID
        | CLASS_3GPP2
        | 232 => {
            // Not decoded.
        }
        _ => {
            l.uint(r::CTYPE_UNKNOWN, ty);
            if len > 4 {
                l.push(r::UNKNOWN_DATA, t.bytes(o2, rest)?);
            }
        }
    }
    Ok(())
}

/// An `FT_FLOAT` (the value prints as tshark's `%g`, 6 digits).
fn float_field(l: &mut Layer<'_>, def: &'static crate::dissect::field::FieldDef, v: f32) {
    l.push(def, Value::Float(v));
}

fn reversed(s: &[u8]) -> Value<'static> {
    Value::Ipv4([s[3], s[2], s[1], s[0]])
}

fn error_spec<'a>(l: &mut Layer<'a>, t: Tvb<'a>, o2: usize, len: usize, ty: u8) -> R<()> {
    use f::rsvp as r;
    l.uint(r::CTYPE_ERROR, ty);
    let o3 = match ty {
        1 | 3 if len > 4 => {
            l.push(r::ERROR_ERROR_NODE_IPV4, t.ipv4(o2)?);
            o2 + 4
        }
        2 if len > 4 => {
            l.push(r::ERROR_ERROR_NODE_IPV6, t.ipv6(o2)?);
            o2 + 16
        }
        4 if len > 16 => {
            l.push(r::ERROR_ERROR_NODE_IPV6, t.ipv6(o2)?);
            o2 + 16
        }
        1..=4 => 0,
        _ => {
            if len > 4 {
                l.push(r::ERROR_DATA, t.bytes(o2, len as i64 - 4)?);
            }
            return Ok(());
        }
    };
    if len > 4 {
        let flags = t.u8(o3)?;
        l.uint(r::ERROR_FLAGS, flags);
        l.boolean(r::ERROR_FLAGS_PATH_STATE_REMOVED, flags & 0x04 != 0);
        l.boolean(r::ERROR_FLAGS_NOT_GUILTY, flags & 0x02 != 0);
        l.boolean(r::ERROR_FLAGS_IN_PLACE, flags & 0x01 != 0);
        let code = t.u8(o3 + 1)?;
        l.uint(r::ERROR_ERROR_CODE, code);
        let val = t.u16(o3 + 2)?;
        match code {
            ERROR_ADMISSION | ERROR_TRAFFIC => {
                if val & 0xc0 != 0x40 {
                    l.uint(r::ERROR_VALUE, val);
                }
            }
            ERROR_UNKNOWN_CLASS | ERROR_UNKNOWN_C_TYPE => l.uint(r::CLASS, val / 256),
            _ => l.uint(r::ERROR_VALUE, val),
        }
    }
    Ok(())
}

/// SENDER TSPEC: the Integrated Services parameters (C-type 2).
fn tspec<'a>(l: &mut Layer<'a>, t: Tvb<'a>, o2: usize, len: usize, ty: u8) -> R<()> {
    use f::rsvp as r;
    l.uint(r::CTYPE_TSPEC, ty);
    match ty {
        2 => {
            l.uint(r::TSPEC_MESSAGE_FORMAT_VERSION, t.u8(o2)? >> 4);
            l.uint(r::DATA_LENGTH, t.u16(o2 + 2)?);
            let mut mylen = len as i64 - 8;
            let mut at = o2 + 4;
            while mylen > 0 {
                l.uint(r::TSPEC_SERVICE_HEADER, t.u8(at)?);
                let length = u64::from(t.u16(at + 2)?);
                l.uint(r::DATA_LENGTH, length);
                mylen -= 4;
                at += 4;
                let mut done: u64 = 0;
                while done < length {
                    let id = t.u8(at)?;
                    l.uint(r::PARAMETER, id);
                    let raw = t.u16(at + 2)?;
                    let plen = u64::from(raw) + 1;
                    match id {
                        127 => {
                            l.uint(r::PARAMETER_FLAGS, t.u8(at + 1)?);
                            l.uint(r::PARAMETER_LENGTH, raw);
                            float_field(l, r::TSPEC_TOKEN_BUCKET_RATE, t.float(at + 4)?);
                            float_field(l, r::TSPEC_TOKEN_BUCKET_SIZE, t.float(at + 8)?);
                            float_field(l, r::TSPEC_PEAK_DATA_RATE, t.float(at + 12)?);
                            l.uint(r::MINIMUM_POLICED_UNIT, t.u32(at + 16)?);
                            l.uint(r::MAXIMUM_PACKET_SIZE, t.u32(at + 20)?);
                        }
                        128 => {
                            l.uint(r::PARAMETER_FLAGS, t.u8(at + 1)?);
                            l.uint(r::PARAMETER_LENGTH, raw);
                            l.uint(r::MAXIMUM_PACKET_SIZE, t.u32(at + 4)?);
                            t.u32(at + 4)?;
                        }
                        126 => {
                            // Hint and factor: fields not declared here;
                            // stop this object's fields.
                            return Ok(());
                        }
                        _ => expert::add(
                            l,
                            &UNKNOWN_PARAMETER,
                            Some(format!("Unknown parameter {id}, {plen} words")),
                        ),
                    }
                    done += plen;
                    at = at.saturating_add(usize::try_from(plen * 4).unwrap_or(usize::MAX));
                }
                mylen -= (length * 4) as i64;
            }
        }
        4..=6 => {}
        _ => l.push(r::TSPEC_DATA, t.bytes(o2, len as i64 - 4)?),
    }
    Ok(())
}

/// ADSPEC: its services and their parameters (whatever the C-type).
fn adspec<'a>(l: &mut Layer<'a>, t: Tvb<'a>, o2: usize, len: usize, ty: u8) -> R<()> {
    use f::rsvp as r;
    l.uint(r::CTYPE_ADSPEC, ty);
    l.uint(r::ADSPEC_MESSAGE_FORMAT_VERSION, t.u8(o2)? >> 4);
    l.uint(r::DATA_LENGTH, t.u16(o2 + 2)?);
    let mut mylen = len as i64 - 8;
    let mut at = o2 + 4;
    while mylen > 0 {
        let length = usize::from(t.u16(at + 2)?);
        t.u8(at)?;
        // The service's tree item covers its words.
        t.need(at + (length + 1) * 4)?;
        l.uint(r::ADSPEC_SERVICE_HEADER, t.u8(at)?);
        l.boolean(r::ADSPEC_BREAK_BIT, t.u8(at + 1)? & 0x80 != 0);
        l.uint(r::DATA_LENGTH, length as u64);
        mylen -= 4;
        at += 4;
        let mut i = (length * 4) as i64;
        while i > 0 {
            let id = t.u8(at)?;
            l.uint(r::ADSPEC_TYPE, id);
            let plen = t.u16(at + 2)?;
            l.uint(r::ADSPEC_LEN, plen);
            match id {
                4 | 8 | 10 | 133..=136 => l.uint(r::ADSPEC_UINT, t.u32(at + 4)?),
                6 => float_field(l, r::ADSPEC_FLOAT, t.float(at + 4)?),
                _ => expert::add(l, &ADSPEC_TYPE, None),
            }
            let step = (usize::from(plen) + 1) << 2;
            at += step;
            i -= step as i64;
            mylen -= step as i64;
        }
    }
    Ok(())
}

/// FLOWSPEC: the Integrated Services token bucket (C-type 2); another
/// parameter ends the object's fields.
fn flowspec<'a>(l: &mut Layer<'a>, t: Tvb<'a>, o2: usize, len: usize, ty: u8) -> R<()> {
    use f::rsvp as r;
    let mut mylen = len as i64 - 4;
    if ty == 2 && mylen < 4 {
        // tshark 4.0 checks this before it adds the C-type.
        expert::add(l, &INVALID_LENGTH, Some(format!("Object length {len} < 8")));
        return Ok(());
    }
    l.uint(r::CTYPE_FLOWSPEC, ty);
    if ty != 2 {
        return Ok(());
    }
    l.uint(r::FLOWSPEC_MESSAGE_FORMAT_VERSION, t.u8(o2)? >> 4);
    l.uint(r::DATA_LENGTH, t.u16(o2 + 2)?);
    mylen -= 4;
    let mut at = o2 + 4;
    while mylen > 0 {
        if mylen < 4 {
            expert::add(
                l,
                &INVALID_LENGTH,
                Some(format!("Object length {len} not large enough")),
            );
            return Ok(());
        }
        l.uint(r::FLOWSPEC_SERVICE_HEADER, t.u8(at)?);
        let length = u64::from(t.u16(at + 2)?);
        l.uint(r::DATA_LENGTH, length);
        mylen -= 4;
        at += 4;
        let mut done: u64 = 0;
        while done < length {
            let id = t.u8(at)?;
            if id != 127 {
                return Ok(());
            }
            l.uint(r::PARAMETER, id);
            let raw = t.u16(at + 2)?;
            l.uint(r::PARAMETER_FLAGS, t.u8(at + 1)?);
            l.uint(r::PARAMETER_LENGTH, raw);
            float_field(l, r::FLOWSPEC_TOKEN_BUCKET_RATE, t.float(at + 4)?);
            float_field(l, r::FLOWSPEC_TOKEN_BUCKET_SIZE, t.float(at + 8)?);
            float_field(l, r::FLOWSPEC_PEAK_DATA_RATE, t.float(at + 12)?);
            l.uint(r::MINIMUM_POLICED_UNIT, t.u32(at + 16)?);
            l.uint(r::MAXIMUM_PACKET_SIZE, t.u32(at + 20)?);
            let plen = u64::from(raw) + 1;
            done += plen;
            at = at.saturating_add(usize::try_from(plen * 4).unwrap_or(usize::MAX));
        }
        mylen -= (length * 4) as i64;
    }
    Ok(())
}

/// EXPLICIT and RECORD ROUTE's subobjects from `o` to the object's end:
/// IPv4 and label ones (a record's with their flags, an explicit one's
/// with its loose bit); any other ends the object's fields.
fn route_subobjects<'a>(l: &mut Layer<'a>, t: Tvb<'a>, o: usize, len: usize, rro: bool) -> R<()> {
    use f::rsvp as r;
    let end = len.saturating_sub(4);
    let mut at = 0;
    while at < end {
        let first = t.u8(o + at)?;
        match first & 0x7f {
            1 => {
                // The subobject's tree item covers 8 bytes.
                t.need(o + at + 8)?;
                if !rro {
                    l.boolean(r::LOOSE_HOP, first & 0x80 != 0);
                }
                l.uint(r::TYPE, 1u8);
                l.uint(r::ERO_RRO_SUBOBJECTS_LENGTH, t.u8(o + at + 1)?);
                l.push(r::ERO_RRO_SUBOBJECTS_IPV4_HOP, t.ipv4(o + at + 2)?);
                l.uint(r::ERO_RRO_SUBOBJECTS_PREFIX_LENGTH, t.u8(o + at + 6)?);
                if rro {
                    let flags = t.u8(o + at + 7)?;
                    l.uint(r::ERO_RRO_SUBOBJECTS_FLAGS, flags);
                    l.boolean(r::RRO_FLAGS_LOCAL_AVAIL, flags & 0x01 != 0);
                    l.boolean(r::RRO_FLAGS_LOCAL_IN_USE, flags & 0x02 != 0);
                    l.boolean(r::RRO_FLAGS_BANDWIDTH, flags & 0x04 != 0);
                    l.boolean(r::RRO_FLAGS_NODE, flags & 0x08 != 0);
                    l.boolean(r::RRO_FLAGS_NODE_ADDRESS, flags & 0x20 != 0);
                }
            }
            3 => {
                t.u32(o + at + 4)?;
                if !rro {
                    l.boolean(r::LOOSE_HOP, first & 0x80 != 0);
                }
                l.uint(r::TYPE, 3u8);
                l.uint(r::ERO_RRO_SUBOBJECTS_LENGTH, t.u8(o + at + 1)?);
                if rro {
                    let flags = t.u8(o + at + 2)?;
                    l.uint(r::ERO_RRO_SUBOBJECTS_FLAGS, flags);
                    l.boolean(r::RRO_FLAGS_GLOBAL_LABEL, flags & 0x01 != 0);
                }
                l.uint(r::CTYPE, t.u8(o + at + 3)?);
                l.uint(r::ERO_RRO_SUBOBJECTS_LABEL, t.u32(o + at + 4)?);
            }
            _ => return Ok(()),
        }
        let n = t.u8(o + at + 1)?;
        if n < 1 {
            expert::add(l, &INVALID_LENGTH, Some(format!("Invalid length: {n}")));
            return Ok(());
        }
        at += usize::from(n);
    }
    Ok(())
}

/// GENERALIZED UNI's subobjects: source and destination TNAs; any
/// other kind shows its type and length only (as tshark's unknown ones).
fn generalized_uni<'a>(l: &mut Layer<'a>, t: Tvb<'a>, o2: usize, len: usize) -> R<()> {
    use f::rsvp as r;
    let mylen = len.saturating_sub(4);
    let mut at = 0;
    while at < mylen {
        let p = o2 + at;
        let sobj_len = t.u16(p)?;
        let j = t.u8(p + 2)?;
        match j {
            1 | 2 => {
                let k = t.u8(p + 3)?;
                match k {
                    1 => {
                        t.slice(p + 4, 4)?;
                        l.uint(r::CLASS, j);
                        l.uint(r::TYPE, k);
                        l.uint(r::CLASS_LENGTH, sobj_len);
                        let field = if j == 1 {
                            r::GUNI_SRCTNA_IPV4
                        } else {
                            r::GUNI_DSTTNA_IPV4
                        };
                        l.push(field, t.ipv4(p + 4)?);
                    }
                    2 => {
                        t.need(p + 20)?;
                        l.uint(r::CLASS, j);
                        l.uint(r::TYPE, k);
                        l.uint(r::CLASS_LENGTH, sobj_len);
                        let field = if j == 1 {
                            r::GUNI_SRCTNA_IPV6
                        } else {
                            r::GUNI_DSTTNA_IPV6
                        };
                        l.push(field, t.ipv6(p + 4)?);
                    }
                    3 => return Ok(()),
                    _ => {
                        t.need(p + usize::from(sobj_len))?;
                        l.uint(r::CLASS, j);
                        l.uint(r::TYPE, k);
                        l.uint(r::CLASS_LENGTH, sobj_len);
                        l.push(r::GEN_UNI_DATA, t.bytes(p + 4, i64::from(sobj_len) - 4)?);
                    }
                }
            }
            3..=5 => return Ok(()),
            _ => {
                // The subobject's tree item covers its length.
                t.need(p + usize::from(sobj_len))?;
                l.uint(r::TYPE, j);
                l.uint(r::CLASS_LENGTH, t.u8(p + 1)?);
            }
        }
        let n = t.u8(p + 1)?;
        if n < 1 {
            expert::add(l, &INVALID_LENGTH, Some(format!("Invalid length: {n}")));
            return Ok(());
        }
        at += usize::from(n);
    }
    Ok(())
}

/// tshark's Info: the message type's name and the session and sender
/// summaries (`PATH Message. SESSION: IPv4, ...`).
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::rsvp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
