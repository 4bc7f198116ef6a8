//! LDAP over TCP (ports 389 and 3268, tshark 4.0's `tcp.port` entries), as
//! tshark 4.0's packet-ldap.c (generated from
//! Lightweight-Directory-Access-Protocol-V3.asn) shows it: each
//! LDAPMessage's messageID and protocolOp, the bind request (version,
//! name, simple or SASL authentication: mechanism and credentials) and
//! response (server SASL credentials), the search request (base object,
//! scope, alias dereferencing, limits, types only, the filter's tree and
//! the attributes asked for), search entries (object name, attributes with
//! their type and values), references, every LDAPResult (result code,
//! matched DN, error message, referrals), modify, add, delete, modify-DN,
//! compare, abandon, extended and intermediate messages, and controls
//! (paged results and password policy read as tshark reads them).
//!
//! What tshark 4.0 does that is followed here:
//! - a segment is LDAP when it starts with a universal SEQUENCE (0x30)
//!   whose length is at least 2; `tcp_dissect_pdus` then reads one message
//!   a PDU (7 bytes are needed to know its length), each an `ldap` layer
//!   of its own, listed each time in `frame.protocols`. A segment that
//!   starts otherwise is taken and nothing shown;
//! - once a SASL bind was seen, a segment whose first four bytes are a
//!   length from 2 to 1 MiB is a SASL buffer (4-byte length, then the
//!   security layer's token): shown as its `ldap.sasl_buffer_length` only
//!   (the GSS-API token inside is not decoded here);
//! - the Info column: each message's `protocolOp(messageID) ` written by
//!   the first item that asks for it, the DN in quotes (`<ROOT>` when
//!   empty), the search scope, the result code and a non-empty error
//!   message in brackets, `[N results]` after a search's done message (a
//!   count kept for the whole conversation), the messages of one frame
//!   joined by ` | `;
//! - a response whose messageID an earlier request of the conversation
//!   carried gets `ldap.response_to` and `ldap.time` (tshark's one-pass
//!   output; `ldap.response_in` needs its second pass). Every response
//!   with that ID (each search entry) gets them, as in tshark;
//! - attribute values are bytes (`ldap.AttributeValue`), except objectGUID
//!   (`ldap.guid`), objectSid (`ldap.sid`), supportedControl and
//!   supportedCapabilities (`ldap.oid`); nTSecurityDescriptor values
//!   (decoded by tshark's NT security descriptor dissector) and
//!   certificates and revocation lists (its X.509 dissector's) are left
//!   out;
//! - a search filter deeper than tshark's tree allows (500 levels) ends
//!   the message with tshark's dissector bug; more than 200 elements, with
//!   its "Giving up" expert item;
//! - SASL buffers of a Kerberos (GSS-SPNEGO or GSSAPI) session: the LDAP
//!   messages of an integrity-only wrap token are read from after its
//!   header, a sealed token's payload is shown as
//!   `ldap.gssapi_encrypted_payload` (the token's own items are the GSS-API
//!   dissector's, not decoded here);
//! - a successful answer to a StartTLS extended request hands the
//!   conversation to TLS.
//!
//! Active Directory's LDAP pings, as packet-ldap.c reads them on either
//! transport: an assertion value of an attributeDesc starting `NtVer` is
//! NETLOGON_NT_VERSION's flags (`mscldap.ntver.*`), `DomainGuid` a GUID
//! (`ldap.guid`), `DomainSid` a SID's text (its `nt.sid.*` items are not
//! added); a `netlogon` value (that case exactly, as tshark's `ldap.name`
//! table matches) is the domain controller's answer (`mscldap.*`).
//! CLDAP, the same messages over UDP 389, is [`cldap`]'s.
//!
//! Not decoded: the SASL tokens
//! (GSS-API, SPNEGO, NTLMSSP, another dissector's work: the credentials
//! are shown as `ldap.credentials` bytes), the controls other than paged
//! results and password policy (their value is left out when tshark has a
//! dissector for it, shown as `ldap.controlValue` bytes otherwise).
//!
//! The promise: no input makes this module panic or loop. Every element is
//! read through [`crate::dissect::ber::tlv`], which checks each length
//! against the bytes that hold it; filters nest at most
//! [`MAX_FILTER_ELEMENTS`] deep (tshark's own limit on a filter's
//! elements); a side holds at most [`MAX_MESSAGE`] bytes of an unfinished
//! message, and a conversation remembers at most [`MAX_PENDING`] requests.

mod cldap;
pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::ber::{self, Tlv};
use crate::dissect::expert;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;
use std::collections::HashMap;

/// LDAP's TCP ports: LDAP and the Windows Global Catalog.
pub const TCP_PORTS: &[u16] = &[389, 3268];

/// Most bytes held of one message waiting for the rest (tshark's own
/// sanity limit on a message's length is 10,000,000).
pub const MAX_MESSAGE: usize = 10_000_000;

/// Most requests a conversation remembers waiting for their response
/// (and most matched ones).
pub const MAX_PENDING: usize = 4096;

/// tshark's limit on a search filter's elements (`MAX_FILTER_ELEMENTS`).
pub const MAX_FILTER_ELEMENTS: u32 = 200;

/// tshark's deepest tree (`gui.max_tree_depth`'s default): an item deeper
/// is a dissector bug that ends the message.
const MAX_TREE_DEPTH: u32 = 500;

/// The tree depth of a search request's `ldap.filter` item (frame, ldap,
/// LDAPMessage, protocolOp, searchRequest, the filter's text item, as
/// tshark counts them).
const FILTER_DEPTH: u32 = 7;

/// tshark's message for an item past [`MAX_TREE_DEPTH`].
macro_rules! depth_bug {
    ($name:literal, $abbrev:literal) => {
        concat!(
            "Maximum tree depth 500 exceeded for \"",
            $name,
            "\" - \"",
            $abbrev,
            "\" (proto_tree_add_node:5972) (Maximum depth can be increased in advanced preferences)"
        )
    };
}

/// The dissector bug of a filter item `def` past the tree's depth.
fn depth_bug(def: &'static crate::dissect::field::FieldDef) -> &'static str {
    let by_field: [(&'static crate::dissect::field::FieldDef, &'static str); 6] = [
        (f::ldap::AND, depth_bug!("and", "ldap.and")),
        (f::ldap::OR, depth_bug!("or", "ldap.or")),
        (f::ldap::AND_ITEM, depth_bug!("and item", "ldap.and_item")),
        (f::ldap::OR_ITEM, depth_bug!("or item", "ldap.or_item")),
        (f::ldap::NOT, depth_bug!("not", "ldap.not")),
        (f::ldap::FILTER, depth_bug!("filter", "ldap.filter")),
    ];
    by_field
        .iter()
        .find(|(d, _)| std::ptr::eq(*d, def))
        .map_or(depth_bug!("Text item", "text"), |(_, m)| m)
}

expert::ei!(
    TOO_MANY_FILTER_ELEMENTS,
    f::ldap::TOO_MANY_FILTER_ELEMENTS,
    Undecoded,
    Warn
);

/// tshark's `LDAP_SASL_MAX_BUF`.
const SASL_MAX_BUF: u32 = 1024 * 1024;

/// `tcp_dissect_pdus`' fixed part: the smallest LDAP message.
const HEADER: usize = 7;

const UNIVERSAL: u8 = 0;
const APPLICATION: u8 = 1;
const CONTEXT: u8 = 2;

/// The StartTLS extended operation.
const START_TLS_OID: &str = "1.3.6.1.4.1.1466.20037";

/// Request tags tshark matches with their responses.
fn is_request(op: u32) -> bool {
    matches!(op, 0 | 3 | 6 | 8 | 10 | 12 | 14 | 23)
}

/// Response tags tshark matches with a request.
fn is_response(op: u32) -> bool {
    matches!(op, 1 | 4 | 19 | 5 | 7 | 9 | 11 | 13 | 15 | 24 | 25)
}

/// protocolOp's name by its tag.
fn op_name(tag: u32) -> Option<&'static str> {
    Some(match tag {
        0 => "bindRequest",
        1 => "bindResponse",
        2 => "unbindRequest",
        3 => "searchRequest",
        4 => "searchResEntry",
        5 => "searchResDone",
        6 => "modifyRequest",
        7 => "modifyResponse",
        8 => "addRequest",
        9 => "addResponse",
        10 => "delRequest",
        11 => "delResponse",
        12 => "modDNRequest",
        13 => "modDNResponse",
        14 => "compareRequest",
        15 => "compareResponse",
        16 => "abandonRequest",
        19 => "searchResRef",
        23 => "extendedReq",
        24 => "extendedResp",
        25 => "intermediateResponse",
        _ => return None,
    })
}

fn result_name(v: u64) -> Cow<'static, str> {
    match f::ldap::RESULTCODE.value_name(v) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(format!("Unknown result({v})")),
    }
}

/// An OID's name as `oid_resolved_from_string` gives it for the
/// extended operations: the names packet-ldap.c registers, else the
/// first arc named.
fn oid_name(oid: &str) -> String {
    let known = match oid {
        START_TLS_OID => Some("LDAP_START_TLS_OID"),
        "1.3.6.1.4.1.4203.1.11.1" => Some("passwdModifyOID"),
        "1.3.6.1.1.8" => Some("cancelRequestOID"),
        "1.3.6.1.4.1.1466.101.119.1" => Some("LDAP_TTL_REFRESH_OID"),
        "1.2.840.113556.1.4.1781" => Some("LDAP_SERVER_FAST_BIND_OID"),
        "1.3.6.1.4.1.4203.1.9.1.4" => Some("syncInfoOID"),
        _ => None,
    };
    if let Some(k) = known {
        return k.to_owned();
    }
    let (first, rest) = oid.split_once('.').unwrap_or((oid, ""));
    let name = match first {
        "0" => "itu-t",
        "1" => "iso",
        "2" => "joint-iso-itu-t",
        _ => return oid.to_owned(),
    };
    if rest.is_empty() {
        name.to_owned()
    } else {
        format!("{name}.{rest}")
    }
}

/// The control types tshark hands to a dissector of their own.
fn control_has_dissector(oid: &str) -> bool {
    matches!(
        oid,
        "1.2.840.113556.1.4.319"
            | "1.2.840.113556.1.4.473"
            | "1.2.840.113556.1.4.474"
            | "1.2.840.113556.1.4.841"
            | "1.3.6.1.4.1.4203.1.11.1"
            | "1.3.6.1.1.8"
            | "1.3.6.1.4.1.4203.1.9.1.1"
            | "1.3.6.1.4.1.4203.1.9.1.2"
            | "1.3.6.1.4.1.4203.1.9.1.3"
            | "1.3.6.1.4.1.4203.1.9.1.4"
            | "1.3.6.1.4.1.42.2.27.8.5.1"
    )
}

/// Why a message stopped: what was being read.
struct Stop(String);

impl From<ber::Stop> for Stop {
    fn from(s: ber::Stop) -> Self {
        Stop(s.to_owned())
    }
}

type R<T> = Result<T, Stop>;

/// Big-endian, sign-extended INTEGER contents (the last eight bytes).
fn integer(b: &[u8]) -> i64 {
    let mut v: i64 = if b.first().is_some_and(|&c| c & 0x80 != 0) {
        -1
    } else {
        0
    };
    for &c in b {
        v = (v << 8) | i64::from(c);
    }
    v
}

/// An INTEGER or ENUMERATED as tshark's 32-bit unsigned fields keep it.
fn uint32(b: &[u8]) -> u64 {
    u64::from(ber::uint_value(b) as u32)
}

/// The next element of `b`, which must be there.
fn next<'a>(b: &mut &'a [u8], what: &'static str) -> R<Tlv<'a>> {
    if b.is_empty() {
        return Err(Stop(format!("{what} expected, none left")));
    }
    let (t, rest) = ber::tlv(b).map_err(|e| Stop(format!("{what}: {e}")))?;
    *b = rest;
    Ok(t)
}

/// The next element of `b` when it has this class and tag.
fn optional<'a>(b: &mut &'a [u8], class: u8, tag: u32) -> R<Option<Tlv<'a>>> {
    match ber::header(b) {
        Some((c, _, t, _, _)) if c == class && t == tag => Ok(Some(next(b, "an element")?)),
        _ => Ok(None),
    }
}

/// The elements of a SEQUENCE OF / SET OF, counted (tshark's count item
/// says how many its walk found before an error).
fn count(b: &[u8]) -> u64 {
    ber::elements(b).take_while(|e| e.is_ok()).count() as u64
}

/// tshark's `tvb_ascii_isprint`.
fn printable(b: &[u8]) -> bool {
    b.iter().all(|c| (0x20..0x7f).contains(c))
}

/// Netlogon operation codes `dissect_NetLogon_PDU` reads further.
const LOGON_SAM_LOGON_RESPONSE: u16 = 19;
const LOGON_SAM_LOGON_RESPONSE_EX: u16 = 23;
/// NETLOGON_NT_VERSION bits that add fields to an answer.
const NT_VERSION_5: u32 = 0x2;
const NT_VERSION_5EX_WITH_IP: u32 = 0x8;

fn le16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// A NUL-terminated UTF-16LE string at `at` and the bytes it takes with
/// its terminator; None when no terminator comes before the end.
fn utf16z(b: &[u8], at: usize) -> Option<(String, usize)> {
    let units = b
        .get(at..)?
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]));
    let mut text = Vec::new();
    for u in units {
        if u == 0 {
            let s = char::decode_utf16(text.iter().copied())
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect();
            return Some((s, 2 * text.len() + 2));
        }
        text.push(u);
    }
    None
}

/// The state tshark keeps for a conversation (`ldap_conv_info_t`).
#[derive(Default)]
struct Conv {
    sasl: bool,
    mech: Option<String>,
    /// The first frame that may carry a SASL security layer (0: none).
    first_auth_frame: u64,
    num_results: u64,
    start_tls_pending: bool,
    /// Requests waiting for their response: messageID → (frame, time).
    unmatched: HashMap<u64, (u64, i128)>,
    /// Requests answered: messageID → (frame, time).
    matched: HashMap<u64, (u64, i128)>,
    /// The last answer was a successful StartTLS: TLS from now on.
    start_tls: bool,
}

/// Reads one LDAPMessage into a layer.
struct Walker<'c> {
    l: Layer<'static>,
    conv: &'c mut Conv,
    frame: u64,
    time: i128,
    info: String,
    do_op: bool,
    op: u32,
    msg_id: u64,
    /// The attribute type of the values being read.
    attr_type: String,
    /// The layers of the dissectors the message handed tokens to
    /// (`gss-api`, `spnego`, `ntlmssp`), in call order.
    nested: Vec<Layer<'static>>,
    /// The last LDAPOID read (controlType, requestName).
    oid: String,
    filter_elements: u32,
    /// Values handed to the dissector registered for their OID.
    oid_calls: u64,
    /// The dissector bug that ended the message (an item too deep).
    bug: Option<&'static str>,
}

impl Walker<'_> {
    /// `ldap_do_protocolop`: the message's name and ID, once.
    fn op(&mut self) {
        if self.do_op {
            let name = op_name(self.op).unwrap_or("Unknown");
            self.info.push_str(&format!("{name}({}) ", self.msg_id));
            self.do_op = false;
        }
    }

    fn uint(&mut self, def: &'static crate::dissect::field::FieldDef, v: u64) {
        self.l.push(def, Value::UInt(v));
    }

    fn bytes(&mut self, def: &'static crate::dissect::field::FieldDef, b: &[u8]) {
        self.l.push(def, Value::Bytes(Cow::Owned(b.to_vec())));
    }

    /// An LDAPString (`FN_BODY LDAPString`): the field, then what the
    /// Info column takes from it.
    fn string(&mut self, def: &'static crate::dissect::field::FieldDef, b: &[u8]) -> String {
        expert::utf8_string(&mut self.l, def, b);
        let s = String::from_utf8_lossy(b).into_owned();
        self.op();
        let quoted = [
            f::ldap::BASEOBJECT,
            f::ldap::OBJECTNAME,
            f::ldap::NAME,
            f::ldap::ENTRY,
            f::ldap::OBJECT,
            f::ldap::DELREQUEST,
        ];
        if quoted.iter().any(|d| std::ptr::eq(*d, def)) {
            let shown = if s.is_empty() {
                "<ROOT>".to_owned()
            } else {
                expert::format_text(b)
            };
            self.info.push_str(&format!("\"{shown}\" "));
        } else if std::ptr::eq(def, f::ldap::ERRORMESSAGE) && !s.is_empty() {
            self.info
                .push_str(&format!("({}) ", expert::format_text(b)));
        }
        s
    }

    /// An LDAPOID (controlType, requestName, responseName).
    fn ldap_oid(&mut self, def: &'static crate::dissect::field::FieldDef, b: &[u8]) {
        expert::utf8_string(&mut self.l, def, b);
        self.oid = String::from_utf8_lossy(b).into_owned();
        let named =
            std::ptr::eq(def, f::ldap::REQUESTNAME) || std::ptr::eq(def, f::ldap::RESPONSENAME);
        if named {
            self.op();
            let name = oid_name(&self.oid);
            self.info.push_str(&name);
            self.info.push(' ');
        }
        if std::ptr::eq(def, f::ldap::REQUESTNAME) && self.oid == START_TLS_OID {
            self.conv.start_tls_pending = true;
        }
    }

    fn message(&mut self, msg: &[u8]) -> R<()> {
        let mut b = msg;
        let seq = next(&mut b, "the LDAPMessage")?;
        if !seq.is(UNIVERSAL, ber::SEQUENCE) {
            return Err(Stop("the LDAPMessage is not a SEQUENCE".into()));
        }
        self.l.present(f::ldap::LDAPMESSAGE_ELEMENT);
        let mut b = seq.body;
        let id = next(&mut b, "the messageID")?;
        self.msg_id = uint32(id.body);
        self.uint(f::ldap::MESSAGEID, self.msg_id);
        let op = next(&mut b, "the protocolOp")?;
        if op.class != APPLICATION || op_name(op.tag).is_none() {
            return Err(Stop(format!(
                "protocolOp [{}] {} unknown",
                op.class, op.tag
            )));
        }
        self.op = op.tag;
        self.do_op = true;
        self.uint(f::ldap::PROTOCOLOP, u64::from(op.tag));
        self.protocol_op(op)?;
        self.match_call_response();
        match op.tag {
            4 => self.conv.num_results += 1,
            5 => {
                let n = self.conv.num_results;
                self.info
                    .push_str(&format!(" [{n} result{}]", if n == 1 { "" } else { "s" }));
            }
            _ => {}
        }
        if let Some(c) = optional(&mut b, CONTEXT, 0)? {
            self.controls(c.body)?;
        }
        Ok(())
    }

    /// `ldap_match_call_response`, one pass.
    fn match_call_response(&mut self) {
        let id = self.msg_id;
        if is_request(self.op) {
            if self.conv.unmatched.len() >= MAX_PENDING {
                self.conv.unmatched.clear();
            }
            self.conv.unmatched.insert(id, (self.frame, self.time));
        } else if is_response(self.op) {
            let found = match self.conv.matched.get(&id) {
                Some(&m) => Some(m),
                None => self.conv.unmatched.remove(&id).inspect(|&m| {
                    if self.conv.matched.len() >= MAX_PENDING {
                        self.conv.matched.clear();
                    }
                    self.conv.matched.insert(id, m);
                }),
            };
            if let Some((frame, time)) = found {
                self.uint(f::ldap::RESPONSE_TO, frame);
                let dt = (self.time - time).clamp(i64::MIN as i128, i64::MAX as i128) as i64;
                self.l.push(f::ldap::TIME, Value::rel_time(dt));
            }
        }
    }

    fn protocol_op(&mut self, op: Tlv<'_>) -> R<()> {
        let mut b = op.body;
        match op.tag {
            0 => self.bind_request(&mut b),
            1 => self.bind_response(&mut b),
            2 => {
                self.l.present(f::ldap::UNBINDREQUEST_ELEMENT);
                self.op();
                Ok(())
            }
            3 => self.search_request(&mut b),
            4 => {
                self.l.present(f::ldap::SEARCHRESENTRY_ELEMENT);
                let name = next(&mut b, "the objectName")?;
                self.string(f::ldap::OBJECTNAME, name.body);
                let attrs = next(&mut b, "the attributes")?;
                self.attribute_list(attrs.body, f::ldap::PARTIALATTRIBUTELIST_ITEM_ELEMENT)
            }
            5 => self.result(&mut b, f::ldap::SEARCHRESDONE_ELEMENT),
            19 => {
                self.uint(f::ldap::SEARCHRESREF, count(b));
                while !b.is_empty() {
                    let u = next(&mut b, "an LDAPURL")?;
                    self.string(f::ldap::LDAPURL, u.body);
                }
                self.op();
                Ok(())
            }
            6 => {
                self.l.present(f::ldap::MODIFYREQUEST_ELEMENT);
                let object = next(&mut b, "the object")?;
                self.string(f::ldap::OBJECT, object.body);
                let mods = next(&mut b, "the modification")?;
                self.uint(f::ldap::MODIFICATION, count(mods.body));
                let mut m = mods.body;
                while !m.is_empty() {
                    let item = next(&mut m, "a modification")?;
                    self.l.present(f::ldap::MODIFICATION_ITEM_ELEMENT);
                    let mut i = item.body;
                    let operation = next(&mut i, "the operation")?;
                    self.uint(f::ldap::OPERATION, uint32(operation.body));
                    let attr = next(&mut i, "the modification")?;
                    self.l.present(f::ldap::MODIFICATION_ELEMENT);
                    self.attribute(attr.body)?;
                }
                Ok(())
            }
            7 => self.result(&mut b, f::ldap::MODIFYRESPONSE_ELEMENT),
            8 => {
                self.l.present(f::ldap::ADDREQUEST_ELEMENT);
                let entry = next(&mut b, "the entry")?;
                self.string(f::ldap::ENTRY, entry.body);
                let attrs = next(&mut b, "the attributes")?;
                self.attribute_list(attrs.body, f::ldap::ATTRIBUTELIST_ITEM_ELEMENT)
            }
            9 => self.result(&mut b, f::ldap::ADDRESPONSE_ELEMENT),
            10 => {
                self.string(f::ldap::DELREQUEST, op.body);
                Ok(())
            }
            11 => self.result(&mut b, f::ldap::DELRESPONSE_ELEMENT),
            12 => {
                self.l.present(f::ldap::MODDNREQUEST_ELEMENT);
                let entry = next(&mut b, "the entry")?;
                self.string(f::ldap::ENTRY, entry.body);
                let rdn = next(&mut b, "the newrdn")?;
                self.string(f::ldap::NEWRDN, rdn.body);
                let del = next(&mut b, "deleteoldrdn")?;
                self.l.boolean(
                    f::ldap::DELETEOLDRDN,
                    del.body.first().is_some_and(|&c| c != 0),
                );
                if let Some(sup) = optional(&mut b, CONTEXT, 0)? {
                    self.string(f::ldap::NEWSUPERIOR, sup.body);
                }
                Ok(())
            }
            13 => self.result(&mut b, f::ldap::MODDNRESPONSE_ELEMENT),
            14 => {
                self.l.present(f::ldap::COMPAREREQUEST_ELEMENT);
                let entry = next(&mut b, "the entry")?;
                self.string(f::ldap::ENTRY, entry.body);
                let ava = next(&mut b, "the ava")?;
                self.l.present(f::ldap::AVA_ELEMENT);
                self.assertion(ava.body)?;
                Ok(())
            }
            15 => self.result(&mut b, f::ldap::COMPARERESPONSE_ELEMENT),
            16 => {
                self.uint(f::ldap::ABANDONREQUEST, uint32(op.body));
                self.op();
                Ok(())
            }
            23 => {
                self.l.present(f::ldap::EXTENDEDREQ_ELEMENT);
                let name = next(&mut b, "the requestName")?;
                self.ldap_oid(f::ldap::REQUESTNAME, name.body);
                if let Some(v) = optional(&mut b, CONTEXT, 1)? {
                    if control_has_dissector(&self.oid) {
                        self.oid_calls += 1;
                    } else {
                        self.bytes(f::ldap::REQUESTVALUE, v.body);
                    }
                }
                Ok(())
            }
            24 => {
                self.result(&mut b, f::ldap::EXTENDEDRESP_ELEMENT)?;
                if let Some(n) = optional(&mut b, CONTEXT, 10)? {
                    self.ldap_oid(f::ldap::RESPONSENAME, n.body);
                }
                if let Some(r) = optional(&mut b, CONTEXT, 11)? {
                    self.bytes(f::ldap::RESPONSE, r.body);
                }
                Ok(())
            }
            25 => {
                self.l.present(f::ldap::INTERMEDIATERESPONSE_ELEMENT);
                if let Some(n) = optional(&mut b, CONTEXT, 0)? {
                    self.ldap_oid(f::ldap::RESPONSENAME, n.body);
                }
                if let Some(v) = optional(&mut b, CONTEXT, 1)? {
                    self.bytes(f::ldap::RESPONSEVALUE, v.body);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn bind_request(&mut self, b: &mut &[u8]) -> R<()> {
        self.l.present(f::ldap::BINDREQUEST_ELEMENT);
        let version = next(b, "the version")?;
        self.uint(f::ldap::VERSION, uint32(version.body));
        let name = next(b, "the name")?;
        self.string(f::ldap::NAME, name.body);
        let auth = next(b, "the authentication")?;
        if auth.class != CONTEXT {
            return Err(Stop(
                "the authentication choice is not context-specific".into(),
            ));
        }
        self.uint(f::ldap::AUTHENTICATION, u64::from(auth.tag));
        match auth.tag {
            0 => {
                expert::utf8_string(&mut self.l, f::ldap::SIMPLE, auth.body);
                self.conv.sasl = false;
            }
            3 => {
                self.l.present(f::ldap::SASL_ELEMENT);
                let mut s = auth.body;
                let mech = next(&mut s, "the mechanism")?;
                expert::utf8_string(&mut self.l, f::ldap::MECHANISM, mech.body);
                self.conv.sasl = true;
                self.conv.first_auth_frame = 0;
                self.conv.mech = Some(String::from_utf8_lossy(mech.body).into_owned());
                if let Some(c) = optional(&mut s, UNIVERSAL, ber::OCTET_STRING)? {
                    self.bytes(f::ldap::CREDENTIALS, c.body);
                    // dissect_ldap_Credentials goes by the token's BER
                    // class, whatever the mechanism: a context-specific
                    // one is SPNEGO's, an application one GSS-API's.
                    match c.body.first().map(|b| b >> 6) {
                        Some(2) => self.spnego(c.body),
                        Some(1) => self.token(c.body),
                        _ => {}
                    }
                }
            }
            // Sicily's NTLMSSP messages: NTLMSSP's own dissector reads these.
            10 | 11 => {
                self.op();
                self.ntlmssp(auth.body);
                return Ok(());
            }
            t => return Err(Stop(format!("authentication [{t}] unknown"))),
        }
        self.op();
        let name = f::ldap::AUTHENTICATION
            .value_name(u64::from(auth.tag))
            .unwrap_or("Unknown");
        self.info.push_str(name);
        self.info.push(' ');
        Ok(())
    }

    fn bind_response(&mut self, b: &mut &[u8]) -> R<()> {
        self.l.present(f::ldap::BINDRESPONSE_ELEMENT);
        self.result_fields(b, true)?;
        if let Some(_r) = optional(b, CONTEXT, 3)? {
            // referral: kept as tshark's BindResponse keeps it (no count
            // item is compared here).
        }
        if let Some(c) = optional(b, CONTEXT, 7)? {
            self.bytes(f::ldap::SERVERSASLCREDS, c.body);
            if self.conv.sasl {
                self.conv.first_auth_frame = self.frame + 1;
                match self.conv.mech.as_deref() {
                    Some("GSS-SPNEGO") if c.body.starts_with(b"NTLMSSP") => self.ntlmssp(c.body),
                    Some("GSS-SPNEGO") if !c.body.is_empty() => self.spnego(c.body),
                    Some("GSSAPI") if !c.body.is_empty() => self.token(c.body),
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// A GSS-API token: its `gss-api` layer and what that carries.
    fn token(&mut self, b: &[u8]) {
        let mut layers = Vec::new();
        super::spnego::dissect(b, 0, b.len(), &mut layers);
        self.add_nested(layers);
    }

    /// A SPNEGO token handed straight to SPNEGO's dissector.
    fn spnego(&mut self, b: &[u8]) {
        let mut layers = Vec::new();
        super::spnego::spnego(b, 0, &mut layers);
        self.add_nested(layers);
    }

    /// An NTLMSSP message (Sicily's binds, and the challenge a Sicily bind
    /// response carries in its matchedDN).
    fn ntlmssp(&mut self, b: &[u8]) {
        let mut layers = Vec::new();
        super::ntlmssp::dissect(b, 0, b.len(), &mut layers);
        self.add_nested(layers);
    }

    /// The layers of a token the message carries. NTLMSSP appends its
    /// words to the Info column as it reads the token, so they stand
    /// where LDAP has got to (before a bind request's `sasl`).
    fn add_nested(&mut self, layers: Vec<Layer<'_>>) {
        for i in 0..layers.len() {
            if layers[i].protocol == "ntlmssp" {
                let mark = self.info.len();
                self.info.push_str(", ");
                let body = self.info.len();
                super::ntlmssp::info(&mut self.info, &layers, i);
                if self.info.len() == body {
                    self.info.truncate(mark);
                }
            }
        }
        self.nested
            .extend(layers.into_iter().map(Layer::into_owned));
    }

    /// resultCode, matchedDN, errorMessage (and the Info they give).
    fn result_fields(&mut self, b: &mut &[u8], bind: bool) -> R<u64> {
        let code = next(b, "the resultCode")?;
        let v = uint32(code.body);
        self.uint(f::ldap::RESULTCODE, v);
        if self.op != 24 {
            self.op();
            self.info.push_str(&result_name(v));
            self.info.push(' ');
        }
        let dn = next(b, "the matchedDN")?;
        if bind {
            // BindResponse's matchedDN is a plain OCTET STRING in tshark;
            // a Sicily bind's holds the NTLMSSP challenge.
            expert::utf8_string(&mut self.l, f::ldap::MATCHEDDN, dn.body);
            if dn.body.starts_with(b"NTLMSSP") {
                self.ntlmssp(dn.body);
            }
        } else {
            self.string(f::ldap::MATCHEDDN, dn.body);
        }
        let msg = next(b, "the errorMessage")?;
        self.string(f::ldap::ERRORMESSAGE, msg.body);
        Ok(v)
    }

    fn result(
        &mut self,
        b: &mut &[u8],
        element: &'static crate::dissect::field::FieldDef,
    ) -> R<()> {
        self.l.present(element);
        let v = self.result_fields(b, false)?;
        if self.op == 24 && self.conv.start_tls_pending && v == 0 {
            self.conv.start_tls = true;
            self.conv.start_tls_pending = false;
        }
        if let Some(r) = optional(b, CONTEXT, 3)? {
            self.uint(f::ldap::REFERRAL, count(r.body));
            let mut u = r.body;
            while !u.is_empty() {
                let url = next(&mut u, "an LDAPURL")?;
                self.string(f::ldap::LDAPURL, url.body);
            }
        }
        Ok(())
    }

    fn search_request(&mut self, b: &mut &[u8]) -> R<()> {
        self.l.present(f::ldap::SEARCHREQUEST_ELEMENT);
        let base = next(b, "the baseObject")?;
        self.string(f::ldap::BASEOBJECT, base.body);
        let scope = next(b, "the scope")?;
        let v = uint32(scope.body);
        self.uint(f::ldap::SCOPE, v);
        self.op();
        match f::ldap::SCOPE.value_name(v) {
            Some(s) => self.info.push_str(s),
            None => self.info.push_str(&format!("Unknown scope({v})")),
        }
        self.info.push(' ');
        let deref = next(b, "derefAliases")?;
        self.uint(f::ldap::DEREFALIASES, uint32(deref.body));
        let size = next(b, "the sizeLimit")?;
        self.uint(f::ldap::SIZELIMIT, uint32(size.body));
        let time = next(b, "the timeLimit")?;
        self.uint(f::ldap::TIMELIMIT, uint32(time.body));
        let types = next(b, "typesOnly")?;
        self.l.boolean(
            f::ldap::TYPESONLY,
            types.body.first().is_some_and(|&c| c != 0),
        );
        let filter = next(b, "the filter")?;
        self.filter_elements = 0;
        self.filter(filter, f::ldap::FILTER, FILTER_DEPTH)?;
        let attrs = next(b, "the attributes")?;
        self.uint(f::ldap::ATTRIBUTES, count(attrs.body));
        let mut a = attrs.body;
        while !a.is_empty() {
            let d = next(&mut a, "an AttributeDescription")?;
            self.string(f::ldap::ATTRIBUTEDESCRIPTION, d.body);
        }
        Ok(())
    }

    /// An item at tree depth `depth`: past tshark's deepest, a dissector
    /// bug that ends the message.
    fn deep(&mut self, def: &'static crate::dissect::field::FieldDef, depth: u32) -> R<()> {
        if depth > MAX_TREE_DEPTH {
            self.bug = Some(depth_bug(def));
            return Err(Stop(format!("tree deeper than {MAX_TREE_DEPTH}")));
        }
        Ok(())
    }

    /// One Filter (a CHOICE shown as `def` with its tag, its item at tree
    /// depth `depth`).
    fn filter(
        &mut self,
        t: Tlv<'_>,
        def: &'static crate::dissect::field::FieldDef,
        depth: u32,
    ) -> R<()> {
        self.filter_elements += 1;
        if self.filter_elements > MAX_FILTER_ELEMENTS + 1 {
            expert::add(
                &mut self.l,
                &TOO_MANY_FILTER_ELEMENTS,
                Some(format!(
                    "Found more than {MAX_FILTER_ELEMENTS} filter elements. Giving up."
                )),
            );
            return Err(Stop(format!(
                "more than {MAX_FILTER_ELEMENTS} filter elements"
            )));
        }
        self.deep(def, depth)?;
        if t.class != CONTEXT || t.tag > 9 {
            // tshark's BER choice finds no branch: nothing shown, and the
            // message goes on.
            return Ok(());
        }
        self.uint(def, u64::from(t.tag));
        let mut b = t.body;
        match t.tag {
            0 | 1 => {
                let (list, item) = if t.tag == 0 {
                    (f::ldap::AND, f::ldap::AND_ITEM)
                } else {
                    (f::ldap::OR, f::ldap::OR_ITEM)
                };
                self.deep(list, depth + 2)?;
                self.uint(list, count(b));
                while !b.is_empty() {
                    let sub = next(&mut b, "a filter")?;
                    self.filter(sub, item, depth + 4)?;
                }
            }
            2 => {
                let sub = next(&mut b, "a filter")?;
                self.filter(sub, f::ldap::NOT, depth + 2)?;
            }
            3 | 5 | 6 | 8 => {
                self.l.present(match t.tag {
                    3 => f::ldap::EQUALITYMATCH_ELEMENT,
                    5 => f::ldap::GREATEROREQUAL_ELEMENT,
                    6 => f::ldap::LESSOREQUAL_ELEMENT,
                    _ => f::ldap::APPROXMATCH_ELEMENT,
                });
                self.assertion(b)?;
            }
            4 => {
                self.l.present(f::ldap::SUBSTRINGS_ELEMENT);
                let ty = next(&mut b, "the type")?;
                self.string(f::ldap::TYPE, ty.body);
                let subs = next(&mut b, "the substrings")?;
                self.uint(f::ldap::SUBSTRINGS, count(subs.body));
                let mut s = subs.body;
                while !s.is_empty() {
                    let item = next(&mut s, "a substring")?;
                    if item.class != CONTEXT || item.tag > 2 {
                        return Err(Stop("a substring choice unknown".into()));
                    }
                    self.uint(f::ldap::SUBSTRINGS_ITEM, u64::from(item.tag));
                    let def = [f::ldap::INITIAL, f::ldap::ANY, f::ldap::FINAL][item.tag as usize];
                    self.string(def, item.body);
                }
            }
            7 => {
                self.string(f::ldap::PRESENT, b);
            }
            _ => {
                self.l.present(f::ldap::EXTENSIBLEMATCH_ELEMENT);
                if let Some(r) = optional(&mut b, CONTEXT, 1)? {
                    self.string(f::ldap::MATCHINGRULE, r.body);
                }
                if let Some(ty) = optional(&mut b, CONTEXT, 2)? {
                    self.string(f::ldap::TYPE, ty.body);
                }
                let v = next(&mut b, "the matchValue")?;
                self.assertion_value(f::ldap::MATCHVALUE, v.body, "")?;
                if let Some(d) = optional(&mut b, CONTEXT, 4)? {
                    self.l.boolean(
                        f::ldap::DNATTRIBUTES,
                        d.body.first().is_some_and(|&c| c != 0),
                    );
                }
            }
        }
        Ok(())
    }

    /// An AttributeValueAssertion's two elements.
    fn assertion(&mut self, mut b: &[u8]) -> R<()> {
        let desc = next(&mut b, "the attributeDesc")?;
        let d = self.string(f::ldap::ATTRIBUTEDESC, desc.body);
        let v = next(&mut b, "the assertionValue")?;
        self.assertion_value(f::ldap::ASSERTIONVALUE, v.body, &d)
    }

    /// `dissect_ldap_AssertionValue`: nothing when empty; the values of
    /// three attributes Active Directory's LDAP pings ask about read as
    /// what they are (the last attributeDesc read starts with their name,
    /// as tshark's `strncmp` tests it); else text when all printable
    /// ASCII, else the bytes in hex with colons.
    fn assertion_value(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        v: &[u8],
        desc: &str,
    ) -> R<()> {
        if v.is_empty() {
            return Ok(());
        }
        if desc.starts_with("DomainSid") {
            // dissect_nt_sid: the SID's text is the value (its own
            // revision/authority items, nt.sid.*, are not added here).
            let s = sid(v).ok_or_else(|| Stop("the DomainSid value past its end".into()))?;
            self.l.push(def, Value::Str(Cow::Owned(s)));
        } else if v.len() == 16 && desc.starts_with("DomainGuid") {
            if let Some(g) = guid(v) {
                self.l.push(f::ldap::GUID, Value::Str(Cow::Owned(g)));
            }
        } else if desc.starts_with("NtVer") {
            // Four little-endian bytes whatever the value's length: a
            // shorter value at the message's end is read past it.
            let flags = le32(v, 0).ok_or_else(|| Stop("the NtVer flags past the end".into()))?;
            self.ntver_flags(flags);
        } else if printable(v) {
            expert::utf8_string(&mut self.l, def, v);
        } else {
            let hex: Vec<String> = v.iter().map(|c| format!("{c:02x}")).collect();
            self.l.push(def, Value::Str(Cow::Owned(hex.join(":"))));
        }
        Ok(())
    }

    /// `dissect_mscldap_ntver_flags`: NETLOGON_NT_VERSION's bits.
    fn ntver_flags(&mut self, flags: u32) {
        use f::mscldap as m;
        self.uint(m::NTVER_FLAGS, u64::from(flags));
        for def in [
            m::NTVER_SEARCHFLAGS_V1,
            m::NTVER_SEARCHFLAGS_V5,
            m::NTVER_SEARCHFLAGS_V5EX,
            m::NTVER_SEARCHFLAGS_V5EP,
            m::NTVER_SEARCHFLAGS_VCS,
            m::NTVER_SEARCHFLAGS_VNT4,
            m::NTVER_SEARCHFLAGS_VPDC,
            m::NTVER_SEARCHFLAGS_VIP,
            m::NTVER_SEARCHFLAGS_VL,
            m::NTVER_SEARCHFLAGS_VGC,
        ] {
            self.l.boolean(def, u64::from(flags) & def.mask != 0);
        }
    }

    /// `dissect_NetLogon_PDU`: a domain controller's answer to an LDAP
    /// ping (MS-ADTS 6.3.1.8 and 6.3.1.9), by its operation code; the
    /// version flags and tokens are always the last eight bytes.
    fn netlogon(&mut self, v: &[u8]) -> R<()> {
        use f::mscldap as m;
        let len = v.len();
        if len < 10 {
            return Ok(());
        }
        let past = || Stop("the netlogon answer past its end".into());
        let opcode = le16(v, 0).ok_or_else(past)?;
        self.uint(m::NETLOGON_OPCODE, u64::from(opcode));
        let mut off = 2usize;
        match opcode {
            LOGON_SAM_LOGON_RESPONSE => {
                for def in [m::NB_HOSTNAME, m::USERNAME, m::NB_DOMAIN] {
                    // Each name starts on a 2-byte boundary.
                    off += off & 1;
                    let (s, used) = utf16z(v, off).ok_or_else(past)?;
                    self.l.push(def, Value::Str(Cow::Owned(s)));
                    off += used;
                }
                let version = le32(v, len - 8).ok_or_else(past)?;
                if version & NT_VERSION_5 != 0 {
                    self.domain_guid(v, off)?;
                    // A second GUID, always zero, is skipped.
                    off += 32;
                    for def in [m::FOREST, m::DOMAIN, m::HOSTNAME] {
                        off = self.netlogon_name(def, v, off)?;
                    }
                    let ip = v.get(off..off + 4).ok_or_else(past)?;
                    self.l.push(
                        m::NETLOGON_IPADDRESS,
                        Value::Ipv4([ip[0], ip[1], ip[2], ip[3]]),
                    );
                    off += 4;
                    let flags = le32(v, off).ok_or_else(past)?;
                    self.netlogon_flags(flags);
                }
            }
            LOGON_SAM_LOGON_RESPONSE_EX => {
                // Sbz, then the flags.
                off += 2;
                let flags = le32(v, off).ok_or_else(past)?;
                self.netlogon_flags(flags);
                off += 4;
                self.domain_guid(v, off)?;
                off += 16;
                for def in [
                    m::FOREST,
                    m::DOMAIN,
                    m::HOSTNAME,
                    m::NB_DOMAIN,
                    m::NB_HOSTNAME,
                    m::USERNAME,
                    m::SITENAME,
                    m::CLIENTSITENAME,
                ] {
                    off = self.netlogon_name(def, v, off)?;
                }
                let version = le32(v, len - 8).ok_or_else(past)?;
                if version & NT_VERSION_5EX_WITH_IP != 0 {
                    // A sockaddr_in after its one-byte size, read as IPv4
                    // whatever the size says.
                    off += 1;
                    let ip = v.get(off + 4..off + 8).ok_or_else(past)?;
                    let ip = Value::Ipv4([ip[0], ip[1], ip[2], ip[3]]);
                    self.l.push(m::NETLOGON_IPADDRESS, ip.clone());
                    let family = le16(v, off).ok_or_else(past)?;
                    self.uint(m::NETLOGON_IPADDRESS_FAMILY, u64::from(family));
                    let port = le16(v, off + 2).ok_or_else(past)?;
                    self.uint(m::NETLOGON_IPADDRESS_PORT, u64::from(port));
                    self.l.push(m::NETLOGON_IPADDRESS_IPV4, ip);
                }
            }
            _ => {}
        }
        let off = len - 8;
        let version = le32(v, off).ok_or_else(past)?;
        self.ntver_flags(version);
        let lm = le16(v, off + 4).ok_or_else(past)?;
        self.uint(m::NETLOGON_LM_TOKEN, u64::from(lm));
        let nt = le16(v, off + 6).ok_or_else(past)?;
        self.uint(m::NETLOGON_NT_TOKEN, u64::from(nt));
        Ok(())
    }

    fn domain_guid(&mut self, v: &[u8], off: usize) -> R<()> {
        let g = v
            .get(off..)
            .and_then(guid)
            .ok_or_else(|| Stop("the netlogon answer past its end".into()))?;
        self.l
            .push(f::mscldap::DOMAIN_GUID, Value::Str(Cow::Owned(g)));
        Ok(())
    }

    /// `dissect_mscldap_string`: a DNS-style name (compression pointers
    /// count from the answer's start); the offset after it.
    fn netlogon_name(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        v: &[u8],
        off: usize,
    ) -> R<usize> {
        let (name, used) = crate::dissect::app::dns::name_at(v, off)
            .ok_or_else(|| Stop("a netlogon name past the answer's end".into()))?;
        self.l.push(def, Value::Str(Cow::Owned(name)));
        Ok(off + used)
    }

    /// `dissect_mscldap_netlogon_flags`: the DC's properties, high bits
    /// first as tshark lists them.
    fn netlogon_flags(&mut self, flags: u32) {
        use f::mscldap as m;
        self.uint(m::NETLOGON_FLAGS, u64::from(flags));
        for def in [
            m::NETLOGON_FLAGS_FORESTNC,
            m::NETLOGON_FLAGS_DEFAULTNC,
            m::NETLOGON_FLAGS_DNSNAME,
            m::NETLOGON_FLAGS_WRITABLEDC,
            m::NETLOGON_FLAGS_RODC,
            m::NETLOGON_FLAGS_NDNC,
            m::NETLOGON_FLAGS_GOOD_TIMESERV,
            m::NETLOGON_FLAGS_WRITABLE,
            m::NETLOGON_FLAGS_CLOSEST,
            m::NETLOGON_FLAGS_TIMESERV,
            m::NETLOGON_FLAGS_KDC,
            m::NETLOGON_FLAGS_DS,
            m::NETLOGON_FLAGS_LDAP,
            m::NETLOGON_FLAGS_GC,
            m::NETLOGON_FLAGS_PDC,
        ] {
            self.l.boolean(def, u64::from(flags) & def.mask != 0);
        }
    }

    /// An AttributeList / PartialAttributeList.
    fn attribute_list(
        &mut self,
        b: &[u8],
        item: &'static crate::dissect::field::FieldDef,
    ) -> R<()> {
        self.uint(f::ldap::ATTRIBUTES, count(b));
        let mut b = b;
        while !b.is_empty() {
            let a = next(&mut b, "an attribute")?;
            self.l.present(item);
            self.attribute(a.body)?;
        }
        Ok(())
    }

    /// type and vals.
    fn attribute(&mut self, mut b: &[u8]) -> R<()> {
        let ty = next(&mut b, "the type")?;
        self.attr_type = self.string(f::ldap::TYPE, ty.body);
        // tshark drops a ";binary" option (the first one there is).
        let semi = self.attr_type.find(';');
        if semi.is_some_and(|p| &self.attr_type[p..] == ";binary") {
            self.attr_type.truncate(semi.unwrap_or(0));
        }
        let vals = next(&mut b, "the vals")?;
        self.uint(f::ldap::VALS, count(vals.body));
        let mut v = vals.body;
        while !v.is_empty() {
            let val = next(&mut v, "an AttributeValue")?;
            self.attribute_value(val.body)?;
        }
        Ok(())
    }

    /// One value, by the dissector tshark's `ldap.name` table has for
    /// its type (the table's names match case and all).
    fn attribute_value(&mut self, v: &[u8]) -> R<()> {
        match self.attr_type.as_str() {
            "netlogon" => return self.netlogon(v),
            "objectGUID" => {
                if let Some(g) = guid(v) {
                    self.l.push(f::ldap::GUID, Value::Str(Cow::Owned(g)));
                }
            }
            "supportedControl" | "supportedCapabilities" => {
                expert::utf8_string(&mut self.l, f::ldap::OID, v);
            }
            "objectSid" => {
                if let Some(s) = sid(v) {
                    self.l.push(f::ldap::SID, Value::Str(Cow::Owned(s)));
                }
            }
            // tshark's NT security descriptor dissector reads these, and
            // its X.509 dissector (x509af) the certificates and lists.
            "nTSecurityDescriptor"
            | "cACertificate"
            | "userCertificate"
            | "certificateRevocationList"
            | "crl"
            | "authorityRevocationList"
            | "arl"
            | "crossCertificatePair" => {}
            _ => self.bytes(f::ldap::ATTRIBUTEVALUE, v),
        }
        Ok(())
    }

    fn controls(&mut self, b: &[u8]) -> R<()> {
        self.uint(f::ldap::CONTROLS, count(b));
        let mut b = b;
        while !b.is_empty() {
            let c = next(&mut b, "a control")?;
            self.l.present(f::ldap::CONTROL_ELEMENT);
            let mut c = c.body;
            let ty = next(&mut c, "the controlType")?;
            self.ldap_oid(f::ldap::CONTROLTYPE, ty.body);
            if let Some(crit) = optional(&mut c, UNIVERSAL, ber::BOOLEAN)? {
                self.l.boolean(
                    f::ldap::CRITICALITY,
                    crit.body.first().is_some_and(|&x| x != 0),
                );
            }
            if let Some(v) = optional(&mut c, UNIVERSAL, ber::OCTET_STRING)? {
                self.control_value(v.body)?;
            }
        }
        Ok(())
    }

    fn control_value(&mut self, v: &[u8]) -> R<()> {
        if control_has_dissector(&self.oid) {
            self.oid_calls += 1;
        }
        match self.oid.as_str() {
            "1.2.840.113556.1.4.319" => {
                let mut b = v;
                let seq = next(&mut b, "the SearchControlValue")?;
                self.l.present(f::ldap::SEARCHCONTROLVALUE_ELEMENT);
                let mut s = seq.body;
                let size = next(&mut s, "the size")?;
                self.l
                    .push(f::ldap::SIZE, Value::Int(integer(size.body) as i32 as i64));
                let cookie = next(&mut s, "the cookie")?;
                self.bytes(f::ldap::COOKIE, cookie.body);
            }
            "1.3.6.1.4.1.42.2.27.8.5.1" => {
                let mut b = v;
                let seq = next(&mut b, "the PasswordPolicyResponseValue")?;
                self.l.present(f::ldap::PASSWORDPOLICYRESPONSEVALUE_ELEMENT);
                let mut s = seq.body;
                if let Some(w) = optional(&mut s, CONTEXT, 0)? {
                    let mut w = w.body;
                    let choice = next(&mut w, "the warning")?;
                    self.uint(f::ldap::WARNING, u64::from(choice.tag));
                    let def = if choice.tag == 0 {
                        f::ldap::TIMEBEFOREEXPIRATION
                    } else {
                        f::ldap::GRACEAUTHNSREMAINING
                    };
                    self.uint(def, uint32(choice.body));
                }
                if let Some(e) = optional(&mut s, CONTEXT, 1)? {
                    self.uint(f::ldap::ERROR, uint32(e.body));
                }
            }
            o if control_has_dissector(o) => {}
            _ => self.bytes(f::ldap::CONTROLVALUE, v),
        }
        Ok(())
    }
}

/// What a GSS-API wrap token lets be read after its header.
enum Wrap {
    /// Sealed: the encrypted payload starts at this offset.
    Sealed(usize),
    /// Integrity only: the plain text starts at this offset.
    Plain(usize),
}

/// The Kerberos wrap tokens tshark's gssapi_wrap dissector reads: RFC 4121
/// (`05 04`: 16-byte header, the rotated checksum or, sealed, the
/// confounder and checksum) and RFC 1964 (`60`: the mechanism's OID, an
/// 8-byte header, sequence number, checksum and confounder).
fn wrap_token(t: &[u8]) -> Option<Wrap> {
    if t.get(..2)? == [5, 4] {
        let flags = *t.get(2)?;
        let rrc = usize::from(u16::from_be_bytes([*t.get(6)?, *t.get(7)?]));
        return Some(if flags & 2 != 0 {
            Wrap::Sealed(32 + rrc)
        } else {
            Wrap::Plain(16 + rrc)
        });
    }
    if t.first() == Some(&0x60) {
        let (_, _, _, _, hdr) = ber::header(t)?;
        let oid = t.get(hdr..)?;
        if oid.first() != Some(&6) {
            return None;
        }
        let at = hdr + 2 + usize::from(*oid.get(1)?);
        let seal = u16::from_be_bytes([*t.get(at + 4)?, *t.get(at + 5)?]);
        let start = at + 8 + 8 + 8 + 8;
        return Some(if seal != 0xffff {
            Wrap::Sealed(start)
        } else {
            Wrap::Plain(start)
        });
    }
    None
}

/// The GSS-API item and the `spnego-krb5` layer tshark shows for the wrap
/// token of a SASL buffer: an RFC 1964 one (see [`rfc1964_wrap`]), or an
/// RFC 4121 one (`05 04`): the token up to its (rotated) checksum as the
/// blob, and its token ID. Its other CFX fields are not emitted.
fn cfx_wrap(t: &[u8]) -> Vec<Layer<'static>> {
    use f::spnego_krb5 as k;
    if t.first() == Some(&0x60) {
        return rfc1964_wrap(t);
    }
    let Some(Wrap::Sealed(end) | Wrap::Plain(end)) =
        wrap_token(t).filter(|_| t.starts_with(&[5, 4]))
    else {
        return Vec::new();
    };
    let blob = &t[..end.min(t.len())];
    let mut krb5 = Layer::new(Osi::Application, "spnego-krb5", 0..blob.len());
    krb5.push(k::SPNEGO_KRB5_BLOB, Value::Bytes(Cow::Owned(blob.to_vec())));
    krb5.uint(k::SPNEGO_KRB5_TOK_ID, u16::from_le_bytes([t[0], t[1]]));
    // The header (wrap_token read its first 8 bytes).
    super::spnego::cfx_header(t, &mut krb5);
    let flags = t[2];
    let ec = usize::from(u16::from_be_bytes([t[4], t[5]]));
    let rrc = usize::from(u16::from_be_bytes([t[6], t[7]]));
    if t.len() >= 16 {
        // The checksum, where packet-spnego.c finds it: after the header
        // of a sealed token (44 + EC bytes); in the clear, right after the
        // header when rotated by EC, at the end when not rotated, and not
        // shown for another rotation.
        let rest = t.len() - 16;
        let cksum = if flags & 2 != 0 {
            t.get(16..16 + 44 + ec)
        } else if rrc == ec {
            t.get(16..16 + ec)
        } else if rrc == 0 && rest > ec {
            t.get(t.len() - ec..)
        } else {
            None
        };
        if let Some(c) = cksum.filter(|c| !c.is_empty()) {
            krb5.push(
                k::SPNEGO_KRB5_SGN_CKSUM,
                Value::Bytes(Cow::Owned(c.to_vec())),
            );
        }
    }
    vec![Layer::new(Osi::Application, "gss-api", 0..blob.len()), krb5]
}

/// An RFC 1964 wrap token in its GSS-API wrapper (`[APPLICATION 0]`, the
/// mechanism's OID, then the token), as tshark's GSS-API and `spnego-krb5`
/// show it: the OID on the `gss-api` layer; the token ID, signing and
/// sealing algorithms, encrypted sequence number, checksum and, for the
/// HMAC and DES MAC MD5 algorithms, the confounder, with everything from
/// the token ID to there as the blob. A wrapper that is not whole, or no
/// OID, shows nothing (the payload stays LDAP's).
fn rfc1964_wrap(t: &[u8]) -> Vec<Layer<'static>> {
    use f::spnego_krb5 as k;
    let Some((_, _, _, _, hdr)) = ber::header(t) else {
        return Vec::new();
    };
    let oid = t.get(hdr..).unwrap_or(&[]);
    let Some(text) = (oid.first() == Some(&6))
        .then(|| oid.get(2..2 + usize::from(*oid.get(1)?)))
        .flatten()
        .and_then(ber::oid_text)
    else {
        return Vec::new();
    };
    let at = hdr + 2 + usize::from(oid[1]);
    let tok = t.get(at..).unwrap_or(&[]);
    let mut gss = Layer::new(Osi::Application, "gss-api", 0..t.len());
    gss.str(f::gssapi::GSS_API_OID, text);
    let u16_le = |i: usize| tok.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let Some(id) = u16_le(0) else {
        return vec![gss];
    };
    let mut krb5 = Layer::new(Osi::Application, "spnego-krb5", 0..tok.len());
    let mut fields: Vec<(&'static crate::dissect::field::FieldDef, Value<'static>)> =
        vec![(k::SPNEGO_KRB5_TOK_ID, Value::UInt(id.into()))];
    let mut end = 2;
    if id == 0x0102
        && let (Some(sgn), Some(seal)) = (u16_le(2), u16_le(4))
    {
        fields.push((k::SPNEGO_KRB5_SGN_ALG, Value::UInt(sgn.into())));
        fields.push((k::SPNEGO_KRB5_SEAL_ALG, Value::UInt(seal.into())));
        end = 8;
        let confounder = matches!(sgn, 0x0011 | 0x0000);
        for (def, n) in [
            (k::SPNEGO_KRB5_SND_SEQ, 8),
            (k::SPNEGO_KRB5_SGN_CKSUM, 8),
            (k::SPNEGO_KRB5_CONFOUNDER, if confounder { 8 } else { 0 }),
        ] {
            if n == 0 {
                break;
            }
            let Some(v) = tok.get(end..end + n) else {
                break;
            };
            fields.push((def, Value::Bytes(Cow::Owned(v.to_vec()))));
            end += n;
        }
    }
    let end = end.min(tok.len());
    krb5.push(
        k::SPNEGO_KRB5_BLOB,
        Value::Bytes(Cow::Owned(tok[..end].to_vec())),
    );
    for (def, v) in fields {
        krb5.push(def, v);
    }
    vec![gss, krb5]
}

/// A GUID as tshark writes one read in little-endian DCE order.
fn guid(v: &[u8]) -> Option<String> {
    let g: &[u8; 16] = v.get(..16)?.try_into().ok()?;
    let d1 = u32::from_le_bytes([g[0], g[1], g[2], g[3]]);
    let d2 = u16::from_le_bytes([g[4], g[5]]);
    let d3 = u16::from_le_bytes([g[6], g[7]]);
    Some(format!(
        "{d1:08x}-{d2:04x}-{d3:04x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15]
    ))
}

/// An NT SID in its `S-1-5-...` form (`dissect_nt_sid`).
fn sid(v: &[u8]) -> Option<String> {
    let rev = *v.first()?;
    let n = usize::from(*v.get(1)?);
    let auth = v
        .get(2..8)?
        .iter()
        .fold(0u64, |a, &c| (a << 8) | u64::from(c));
    let mut s = format!("S-{rev}-{auth}");
    for i in 0..n {
        let at = 8 + 4 * i;
        let sub = v.get(at..at + 4)?;
        s.push_str(&format!(
            "-{}",
            u32::from_le_bytes([sub[0], sub[1], sub[2], sub[3]])
        ));
    }
    Some(s)
}

/// One LDAP message as a layer (spanning `msg`), with the conversation's
/// state updated, and the layers of the tokens it carried.
fn message(
    msg: &[u8],
    conv: &mut Conv,
    frame: u64,
    time: i128,
    cut_by_capture: bool,
) -> (Layer<'static>, Vec<Layer<'static>>) {
    let mut w = Walker {
        l: Layer::new(Osi::Application, "ldap", 0..msg.len()),
        conv,
        frame,
        time,
        info: String::new(),
        do_op: false,
        op: 0,
        msg_id: 0,
        attr_type: String::new(),
        nested: Vec::new(),
        oid: String::new(),
        filter_elements: 0,
        oid_calls: 0,
        bug: None,
    };
    let got = w.message(msg);
    let nested = std::mem::take(&mut w.nested);
    let info = std::mem::take(&mut w.info);
    let calls = w.oid_calls;
    let bug = w.bug;
    let mut l = w.l;
    l.str(f::ldap::OSIDUMP_INFO, info);
    if calls > 0 {
        l.uint(f::ldap::OSIDUMP_OID_CALLS, calls);
    }
    match (got, bug) {
        (Err(Stop(why)), Some(b)) => {
            l.malformed(format!("LDAP message: {why}"));
            l.throw_bug("ldap", b);
        }
        (Err(Stop(why)), None) => {
            l.read_past_end("ldap", format!("LDAP message: {why}"), cut_by_capture)
        }
        _ => {}
    }
    (l, nested)
}

/// The length of the PDU starting `b` as `get_normal_ldap_pdu_len` reads
/// it (`None`: a length tshark cannot use).
fn pdu_len(b: &[u8]) -> Option<usize> {
    let first = *b.get(1)?;
    if first < 0x80 {
        return Some(2 + usize::from(first));
    }
    let n = usize::from(first & 0x7f);
    if n == 0 || n > 4 {
        return None;
    }
    let len = b
        .get(2..2 + n)?
        .iter()
        .fold(0usize, |a, &c| (a << 8) | usize::from(c));
    Some(2 + n + len)
}

/// The BER length after the first byte is at least 2 (`dissect_ldap_tcp`'s
/// test, with what the segment has).
fn looks_normal(b: &[u8]) -> bool {
    b.first() == Some(&0x30) && pdu_len(b).is_none_or(|l| l >= 4)
}

#[derive(Default)]
struct Side {
    held: Vec<u8>,
    start: u64,
    /// Held bytes are a SASL buffer (4-byte length) rather than a message.
    sasl: bool,
    dead: bool,
    silent: bool,
}

/// Both sides of one LDAP conversation.
pub struct LdapDecoder {
    conv: Conv,
    sides: [Side; 2],
    frame: u64,
    time: i128,
    /// A StartTLS response was read: the conversation is TLS's from byte
    /// `tls_from` of the segment just fed.
    tls: Option<Box<dyn StreamDecoder>>,
    tls_from: usize,
}

impl Default for LdapDecoder {
    fn default() -> Self {
        Self::new()
    }
}

impl LdapDecoder {
    pub fn new() -> Self {
        LdapDecoder {
            conv: Conv::default(),
            sides: Default::default(),
            frame: 0,
            time: 0,
            tls: None,
            tls_from: usize::MAX,
        }
    }

    /// Whether a call starting with `b` reads SASL buffers.
    fn sasl_call(&self, b: &[u8]) -> bool {
        if !self.conv.sasl || b.len() < 4 {
            return false;
        }
        let n = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        (2..=SASL_MAX_BUF).contains(&n)
    }

    /// `dissect_ldap_pdu`'s test for a SASL security layer: on from the
    /// frame the bind's answer named, or guessed from a Kerberos token
    /// after a 4-byte length covering it (then on from this frame).
    fn sasl_security(&mut self, b: &[u8]) -> bool {
        let doing = self.conv.first_auth_frame != 0 && self.frame >= self.conv.first_auth_frame;
        let detected = !doing
            && b.len() >= 6
            && (b[4..6] == [5, 4] || b[4] == 0x60)
            && (u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize).saturating_add(4) <= b.len();
        if detected {
            self.conv.first_auth_frame = self.frame;
            self.conv.mech = Some("UNKNOWN".into());
        }
        doing || detected
    }

    /// A SASL buffer (`dissect_ldap_pdu` with a security layer): its
    /// length, then what the GSS-API wrap token lets be read: the LDAP
    /// messages a Kerberos integrity-only token carries, or the encrypted
    /// payload of a sealed one.
    fn sasl_layer(&mut self, pdu: &[u8]) -> (Layer<'static>, Vec<Layer<'static>>) {
        let n = u32::from_be_bytes([pdu[0], pdu[1], pdu[2], pdu[3]]);
        let doing = self.sasl_security(pdu);
        let mut info = String::new();
        let mut nested = Vec::new();
        let mut l = Layer::new(Osi::Application, "ldap", 0..pdu.len());
        if doing && pdu[0] == 0 {
            l.uint(f::ldap::SASL_BUFFER_LENGTH, n);
            let gss = matches!(self.conv.mech.as_deref(), Some("GSS-SPNEGO" | "GSSAPI"));
            let token = &pdu[4..];
            if gss {
                nested = cfx_wrap(token);
            }
            if gss {
                match wrap_token(token) {
                    Some(Wrap::Sealed(at)) => {
                        let shown = (n as usize).saturating_sub(at);
                        info = format!(
                            "SASL GSS-API Privacy: payload ({shown} byte{})",
                            if shown == 1 { "" } else { "s" }
                        );
                        l.push(
                            f::ldap::GSSAPI_ENCRYPTED_PAYLOAD,
                            Value::Bytes(Cow::Owned(token.get(at..).unwrap_or(&[]).to_vec())),
                        );
                    }
                    Some(Wrap::Plain(at)) => {
                        info = "SASL GSS-API Integrity: ".into();
                        let mut rest = token.get(at..).unwrap_or(&[]);
                        // dissect_ldap_payload: message after message while
                        // six bytes remain.
                        while rest.len() >= 6 {
                            let (len, ok) = match ber::header(rest) {
                                Some((c, _, t, len, hdr)) => (
                                    len.saturating_add(hdr),
                                    c == UNIVERSAL && t == ber::SEQUENCE && len >= 4,
                                ),
                                None => (rest.len(), false),
                            };
                            if !ok {
                                break;
                            }
                            let msg = &rest[..len.min(rest.len())];
                            let (m, _) = message(msg, &mut self.conv, self.frame, self.time, false);
                            info.push_str(m.get_str(f::ldap::OSIDUMP_INFO).unwrap_or(""));
                            for x in &m.fields {
                                if !std::ptr::eq(x.def, f::ldap::OSIDUMP_INFO) {
                                    l.push(x.def, x.value.clone());
                                }
                            }
                            if let Some(a) = m.anomalies.first() {
                                l.read_past_end("ldap", a.reason.clone(), false);
                                break;
                            }
                            if len > rest.len() {
                                break;
                            }
                            rest = &rest[len..];
                        }
                    }
                    None => {}
                }
            }
        }
        l.str(f::ldap::OSIDUMP_INFO, info);
        (l, nested)
    }

    /// One call of `dissect_ldap_tcp` on `b` (stream offset `offset`):
    /// its whole PDUs; a cut one is held.
    fn call(&mut self, dir: Dir, offset: u64, b: &[u8], out: &mut Vec<Message>) {
        let sasl = self.sasl_call(b);
        if !sasl && !looks_normal(b) {
            self.sides[dir.index()].silent = true;
            self.sides[dir.index()].held.clear();
            return;
        }
        let mut at = 0usize;
        let mut first = true;
        while at < b.len() && self.tls.is_none() && !self.conv.start_tls {
            let rest = &b[at..];
            let fixed = if sasl { 4 } else { HEADER };
            if rest.len() < fixed {
                break;
            }
            let len = if sasl {
                Some(4 + u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize)
            } else {
                pdu_len(rest)
            };
            let Some(len) = len.filter(|&l| l >= fixed) else {
                let mut l = Layer::new(Osi::Application, "ldap", 0..rest.len());
                l.str(f::ldap::OSIDUMP_INFO, "");
                if first {
                    l.present(f::ldap::OSIDUMP_CALL);
                }
                l.read_past_end("ldap", "LDAP message length unusable".into(), false);
                let start = offset + at as u64;
                out.push(Message {
                    layer: l,
                    stream_offset: start,
                    stream_end: start + rest.len() as u64,
                    event: None,
                });
                self.sides[dir.index()].held.clear();
                return;
            };
            if len > rest.len() {
                break;
            }
            let pdu = &rest[..len];
            let (mut l, nested) = if sasl {
                self.sasl_layer(pdu)
            } else {
                message(pdu, &mut self.conv, self.frame, self.time, false)
            };
            if first {
                l.present(f::ldap::OSIDUMP_CALL);
                first = false;
            }
            let start = offset + at as u64;
            for layer in std::iter::once(l).chain(nested) {
                out.push(Message {
                    layer,
                    stream_offset: start,
                    stream_end: start + len as u64,
                    event: None,
                });
            }
            at += len;
        }
        if self.conv.start_tls {
            self.start_tls();
            return;
        }
        let side = &mut self.sides[dir.index()];
        side.held.clear();
        if at < b.len() {
            let rest = &b[at..];
            let too_long = if sasl {
                rest.len() >= 4
                    && u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize
                        > MAX_MESSAGE
            } else {
                pdu_len(rest).is_some_and(|l| l > MAX_MESSAGE)
            };
            if too_long {
                side.dead = true;
                return;
            }
            side.held.extend_from_slice(rest);
            side.start = offset + at as u64;
            side.sasl = sasl;
        }
    }

    /// `ssl_starttls_ack`: TLS from the next segment on.
    fn start_tls(&mut self) {
        self.conv.start_tls = false;
        self.tls = Some(super::tls::new_starttls_stream(
            "Lightweight Directory Access Protocol",
        ));
        self.tls_from = usize::MAX;
        for s in &mut self.sides {
            s.held.clear();
        }
    }

    fn fixed(&self, dir: Dir) -> usize {
        if self.sides[dir.index()].sasl {
            4
        } else {
            HEADER
        }
    }

    fn held_len(&self, dir: Dir) -> usize {
        let s = &self.sides[dir.index()];
        if s.sasl {
            let h = &s.held;
            4 + u32::from_be_bytes([h[0], h[1], h[2], h[3]]) as usize
        } else {
            pdu_len(&s.held).unwrap_or(0)
        }
    }
}

impl StreamDecoder for LdapDecoder {
    fn protocol(&self) -> &'static str {
        "ldap"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.time = ts;
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        !self.sides[dir.index()].held.is_empty()
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        let s = &self.sides[dir.index()];
        !s.held.is_empty() && s.held.len() < self.fixed(dir)
    }

    fn consumed_silently(&self, dir: Dir) -> bool {
        self.sides[dir.index()].silent
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>()
            + (self.conv.unmatched.len() + self.conv.matched.len()) * 48
    }

    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        let decoder = self.tls.take()?;
        Some(super::handover::Successor {
            decoder,
            from: self.tls_from,
        })
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        self.sides[dir.index()].silent = false;
        if data.is_empty() || self.sides[dir.index()].dead {
            return;
        }
        let fixed = self.fixed(dir);
        let side = &mut self.sides[dir.index()];
        if side.held.is_empty() {
            return self.call(dir, offset, data, out);
        }
        if side.held.len() < fixed {
            // TCP was asked for one more segment: held bytes and the whole
            // segment are one call.
            let mut b = std::mem::take(&mut side.held);
            b.extend_from_slice(data);
            let start = side.start;
            return self.call(dir, start, &b, out);
        }
        // The length is known: exactly the PDU's bytes, then the
        // segment's rest is a call of its own.
        let need = self
            .held_len(dir)
            .saturating_sub(self.sides[dir.index()].held.len());
        let side = &mut self.sides[dir.index()];
        let take = need.min(data.len());
        side.held.extend_from_slice(&data[..take]);
        if take < need {
            return;
        }
        let b = std::mem::take(&mut side.held);
        let start = side.start;
        self.call(dir, start, &b, out);
        if self.tls.is_some() {
            // The segment's rest is TLS's.
            self.tls_from = take;
        } else if take < data.len() {
            self.call(dir, offset + take as u64, &data[take..], out);
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.sides[dir.index()].held.clear();
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(LdapDecoder::new()))
}

/// tshark's Info column: each message's text, ` | ` between the calls
/// (a CLDAP datagram is one call).
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    if l.protocol == "cldap" {
        out.push_str(l.get_str(f::ldap::OSIDUMP_INFO).unwrap_or(""));
        return;
    }
    if l.protocol != "ldap" {
        return;
    }
    // The frame's messages are written once, by its last ldap layer.
    if layers[i + 1..].iter().any(|x| x.protocol == "ldap") {
        return;
    }
    let mut first = true;
    for x in layers.iter().filter(|x| x.protocol == "ldap") {
        if !first {
            out.push_str(" | ");
        }
        first = false;
        if let Some(s) = x.get_str(f::ldap::OSIDUMP_INFO) {
            out.push_str(s);
        }
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::ldap::OSIDUMP_INFO) {
        out.push_str(s.trim_end());
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "ldap",
    // CLDAP: the same dissector's connectionless calls, one item each.
    also: &["cldap"],
    title: "Lightweight Directory Access Protocol",
    osi: Osi::Application,
    fields: f::ldap::ALL,
    summary,
    info: Some(info),
    column: Some(|l| {
        if l.protocol == "cldap" {
            "CLDAP"
        } else {
            "LDAP"
        }
    }),
    app: Some(AppSpec {
        decode_as: &["ldap", "cldap"],
        tcp_ports: TCP_PORTS,
        udp_ports: &[cldap::UDP_PORT],
        // tshark 4.0 has no LDAP heuristic over TCP: ports 389 and 3268.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(cldap::new_datagrams),
    }),
};
