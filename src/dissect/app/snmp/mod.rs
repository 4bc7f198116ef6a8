//! SNMP over UDP (ports 161, 162 and 8161, tshark 4.0's `udp.port`
//! entries) as tshark 4.0's `snmp` dissector shows it without MIBs
//! loaded: SNMPv1 and v2c messages (version, community, every PDU: the
//! request-id, error status and index, get-bulk's non-repeaters and
//! max-repetitions, v1 Trap-PDU's enterprise, agent address, generic and
//! specific trap and time stamp, and each variable binding's name and
//! value, by the value's own tag since no MIB says what it should be);
//! SNMPv3's header (msgID, msgMaxSize, msgFlags and its bits, the
//! security model), the USM parameters with the engine ID's parts
//! (RFC 3411: conformance, enterprise, format and its data, net-snmp's
//! random and creation time), and the scoped PDU in plain text or the
//! encrypted PDU's bytes (tshark has no users to decrypt with).
//!
//! What tshark 4.0 does that is followed here:
//! - a datagram is SNMP when it starts with a universal SEQUENCE whose
//!   length fits in the datagram, followed by a universal INTEGER (the
//!   version); anything else is data. Bytes after the message are data;
//! - object names are dotted numbers (no MIB: `1.3.6.1.2.1.1.1.0`), and so
//!   is the Info column's list of them after the PDU's name; a v1 trap's
//!   enterprise is written with its first arc named (`iso.3.6.1.4.1...`);
//! - an INTEGER value is `snmp.value.int` (1 to 4 bytes, sign-extended);
//!   Counter32, TimeTicks, NsapAddress and Counter64 are unsigned, Gauge32
//!   and Unsigned32 are read signed from their bytes, as tshark's FT_INT64
//!   fields are; IpAddress is `snmp.value.ipv4` (4 bytes), `.ipv6` (16) or
//!   `.addr`; noSuchObject, noSuchInstance and endOfMibView carry a Note of
//!   their own name (`snmp.varbind.response`);
//! - sysDescr.0 and sysName.0 values are handed to the dissector tshark
//!   registers for them in `snmp.variable_oid`, which adds
//!   `snmp.var-bind_str` and lists `snmp` once more in `frame.protocols`;
//!   those calls are made once the whole message is read, and not at all
//!   when data follows it;
//! - a response (get-response) whose request-id a request of the same
//!   conversation (get, get-next, set, get-bulk, inform) carried earlier
//!   gets `snmp.response_to` and `snmp.time` (tshark's one-pass output;
//!   `snmp.response_in` needs its second pass).
//!
//! Not decoded: SNMP over TCP, SNMPv2u's PDUs (version 2: the version is
//! shown), SMUX, USM authentication and decryption (tshark needs a users
//! table for them).
//!
//! The promise: no input makes this module panic or loop. Every element is
//! read through [`crate::dissect::ber::tlv`], which checks each length
//! against the bytes that hold it; the message nests a fixed number of
//! levels (message, scoped PDU, PDU, binding list, binding), with no
//! recursion, so no length can make it go deeper.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::ber::{self, Tlv};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::ascii_all;
use crate::flow::ConvKey;
use foldhash::HashMap;
use std::borrow::Cow;

/// The UDP ports tshark 4.0 gives SNMP: the agent, the trap sink and
/// BMC Patrol's SNMP.
pub const UDP_PORTS: &[u16] = &[161, 162, 8161];

/// BER classes.
const UNIVERSAL: u8 = 0;
const APPLICATION: u8 = 1;
const CONTEXT: u8 = 2;
const NULL: u32 = 5;

/// PDU tags (`snmp.data`).
const GET: u64 = 0;
const GET_NEXT: u64 = 1;
const RESPONSE: u64 = 2;
const SET: u64 = 3;
const TRAP: u64 = 4;
const GET_BULK: u64 = 5;
const INFORM: u64 = 6;

/// The variables tshark 4.0 registers a string dissector for in
/// `snmp.variable_oid`: sysDescr.0 and sysName.0.
const STRING_VARIABLES: &[&str] = &["1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.5.0"];

/// The first bytes look like an SNMP message, by tshark's test: a
/// universal SEQUENCE whose length does not run past the datagram
/// (`reported` bytes on the wire), then a universal INTEGER.
pub fn looks_like(b: &[u8], reported: usize) -> bool {
    let Some((class, _, tag, len, hdr)) = ber::header(b) else {
        return false;
    };
    if class != UNIVERSAL || tag != ber::SEQUENCE || len > reported.saturating_sub(hdr) {
        return false;
    }
    matches!(
        b.get(hdr..).and_then(ber::header),
        Some((UNIVERSAL, _, ber::INTEGER, _, _))
    )
}

/// Why a message stopped: what was being read.
struct Stop(&'static str);

impl From<ber::Stop> for Stop {
    fn from(s: ber::Stop) -> Self {
        Stop(s)
    }
}

/// One SNMP message (a UDP payload of `reported` bytes on the wire, of
/// which `msg` were captured) as a layer spanning what it read, and the
/// request-id of its PDU (with the PDU's tag) for request matching.
struct Decoded<'a> {
    layer: Layer<'a>,
    /// Bytes after the message (tshark's `data`).
    trailing: usize,
    /// The PDU's tag and request-id.
    pdu: Option<(u64, i64)>,
}

fn dissect(msg: &[u8], at: usize, cut: bool, quoted: bool) -> Decoded<'_> {
    let mut l = Layer::new(Osi::Application, "snmp", at..at + msg.len());
    let mut w = Walker {
        l: &mut l,
        strings: Vec::new(),
        pdu: None,
        version: 0,
    };
    let mut trailing = 0;
    let got = w.message(msg);
    let (strings, pdu) = (std::mem::take(&mut w.strings), w.pdu);
    match got {
        Ok(used) => {
            trailing = msg.len() - used;
            // tshark calls the variables' dissectors only when no data
            // follows the message.
            if trailing == 0 {
                // Each in its binding's value (after what the value
                // added): the last first, so the places before stay put.
                for (at, s) in strings.into_iter().rev() {
                    let before = l.fields.len();
                    crate::dissect::expert::wire_string(
                        &mut l,
                        f::snmp::VAR_BIND_STR,
                        ascii_all(s),
                    );
                    let added = l.fields.len() - before;
                    l.fields[at.min(before)..].rotate_right(added);
                }
            }
        }
        Err(Stop(what)) if !quoted => {
            let reason = format!("SNMP message: {what}");
            l.read_past_end("snmp", reason, cut);
        }
        Err(_) => {}
    }
    if trailing > 0 {
        l.span = at..at + msg.len() - trailing;
    }
    Decoded {
        layer: l,
        trailing,
        pdu,
    }
}

struct Walker<'a, 'l> {
    l: &'l mut Layer<'a>,
    /// Values handed to the string dissector at the end of the message,
    /// with where their binding's fields end.
    strings: Vec<(usize, &'a [u8])>,
    pdu: Option<(u64, i64)>,
    version: i64,
}

/// An INTEGER's contents as BER's reader takes them: big-endian, sign
/// extended, the last eight bytes when there are more.
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

/// Unsigned big-endian contents of up to eight bytes.
fn unsigned(b: &[u8]) -> u64 {
    b.iter().fold(0u64, |a, &c| (a << 8) | u64::from(c))
}

/// The next element of a constructed element's contents, and whether its
/// own contents run past the bytes there are (they are then what there
/// is: tshark reads a message element by element, and shows what it read
/// before the first read past the end).
fn element<'a>(b: &mut &'a [u8], what: &'static str) -> Result<(Tlv<'a>, bool), Stop> {
    let (class, constructed, tag, len, hdr) = ber::header(b).ok_or(Stop(what))?;
    let avail = b.len() - hdr;
    let body = &b[hdr..hdr + len.min(avail)];
    *b = &b[hdr + body.len()..];
    Ok((
        Tlv {
            class,
            constructed,
            tag,
            body,
        },
        len > avail,
    ))
}

/// The next element, whole: one cut short stops the message.
fn next<'a>(b: &mut &'a [u8], what: &'static str) -> Result<Tlv<'a>, Stop> {
    match element(b, what)? {
        (t, false) => Ok(t),
        (_, true) => Err(Stop(what)),
    }
}

/// The next element, its contents possibly cut short (a constructed
/// element read on as far as it goes).
fn open<'a>(b: &mut &'a [u8], what: &'static str) -> Result<Tlv<'a>, Stop> {
    element(b, what).map(|(t, _)| t)
}

impl<'a> Walker<'a, '_> {
    fn int(&mut self, def: &'static FieldDef, t: &Tlv<'a>) -> i64 {
        match def.ftype {
            crate::dissect::field::FieldType::Int32 => {
                let v = integer(t.body);
                self.l.int(def, v as i32);
                v
            }
            _ => {
                let v = crate::dissect::ber::uint_value(t.body) as u32;
                self.l.uint(def, v);
                i64::from(v)
            }
        }
    }

    fn bytes(&mut self, def: &'static FieldDef, b: &'a [u8]) {
        self.l.push(def, Value::Bytes(Cow::Borrowed(b)));
    }

    /// An OCTET STRING shown as text (tshark's FT_STRING items): up to
    /// the first NUL, bytes past 0x7f as U+FFFD, anything after a NUL
    /// flagged as trailing stray characters.
    fn string(&mut self, def: &'static FieldDef, b: &'a [u8]) {
        crate::dissect::expert::wire_string(self.l, def, ascii_all(b));
    }

    /// The whole message: the bytes it used.
    fn message(&mut self, b: &'a [u8]) -> Result<usize, Stop> {
        let mut rest = b;
        let seq = open(&mut rest, "message")?;
        let used = b.len() - rest.len();
        let mut body = seq.body;
        let version = next(&mut body, "version")?;
        self.version = integer(version.body);
        match self.version {
            0 | 1 => {
                self.int(f::snmp::VERSION, &version);
                let community = next(&mut body, "community")?;
                self.string(f::snmp::COMMUNITY, community.body);
                let pdus = open(&mut body, "PDU")?;
                self.pdus(&pdus)?;
            }
            2 => {
                // SNMPv2u: its parameters, then the PDU in plain text or
                // encrypted.
                self.int(f::snmp::VERSION, &version);
                let params = next(&mut body, "parameters")?;
                self.bytes(f::snmp::PARAMETERS, params.body);
                if body.is_empty() {
                    return Ok(used);
                }
                let data = open(&mut body, "datav2u")?;
                if data.universal(ber::OCTET_STRING) {
                    self.l.uint(f::snmp::DATAV2U, 1u32);
                    self.bytes(f::snmp::ENCRYPTED, data.body);
                } else {
                    self.l.uint(f::snmp::DATAV2U, 0u32);
                    self.pdus(&data)?;
                }
            }
            3 => {
                self.int(f::snmp::MSGVERSION, &version);
                self.v3(body)?;
            }
            _ => {
                // tshark reads the version without showing it, and says
                // only that it is unknown.
                crate::dissect::expert::add(self.l, &expert::VERSION_UNKNOWN, None);
            }
        }
        Ok(used)
    }

    fn v3(&mut self, mut body: &'a [u8]) -> Result<(), Stop> {
        let global = open(&mut body, "msgGlobalData")?;
        self.l.present(f::snmp::MSGGLOBALDATA_ELEMENT);
        let mut g = global.body;
        let id = next(&mut g, "msgID")?;
        self.int(f::snmp::MSGID, &id);
        let max = next(&mut g, "msgMaxSize")?;
        self.int(f::snmp::MSGMAXSIZE, &max);
        let flags = next(&mut g, "msgFlags")?;
        self.bytes(f::snmp::MSGFLAGS, flags.body);
        // tshark reads the flags' byte whatever the length: none is a
        // read past the item.
        let &b = flags.body.first().ok_or(Stop("msgFlags"))?;
        self.l.boolean(f::snmp::V3_FLAGS_REPORT, b & 0x04 != 0);
        self.l.boolean(f::snmp::V3_FLAGS_CRYPT, b & 0x02 != 0);
        self.l.boolean(f::snmp::V3_FLAGS_AUTH, b & 0x01 != 0);
        let model = next(&mut g, "msgSecurityModel")?;
        let model = self.int(f::snmp::MSGSECURITYMODEL, &model);
        let (params, params_cut) = element(&mut body, "msgSecurityParameters")?;
        if model == 3 {
            self.usm(params.body)?;
        } else if params_cut {
            return Err(Stop("msgSecurityParameters"));
        } else {
            self.bytes(f::snmp::MSGSECURITYPARAMETERS, params.body);
        }
        let (data, data_cut) = element(&mut body, "msgData")?;
        if data.universal(ber::OCTET_STRING) {
            if data_cut {
                return Err(Stop("encryptedPDU"));
            }
            self.l.uint(f::snmp::MSGDATA, 1u32);
            self.bytes(f::snmp::ENCRYPTEDPDU, data.body);
            return Ok(());
        }
        self.l.uint(f::snmp::MSGDATA, 0u32);
        self.l.present(f::snmp::PLAINTEXT_ELEMENT);
        let mut scoped = data.body;
        let engine = next(&mut scoped, "contextEngineID")?;
        self.bytes(f::snmp::CONTEXTENGINEID, engine.body);
        self.engine_id(engine.body);
        let name = next(&mut scoped, "contextName")?;
        self.string(f::snmp::CONTEXTNAME, name.body);
        let pdus = open(&mut scoped, "PDU")?;
        self.pdus(&pdus)
    }

    /// USM's security parameters (RFC 3414), inside their OCTET STRING.
    fn usm(&mut self, b: &'a [u8]) -> Result<(), Stop> {
        let mut b = b;
        let seq = open(&mut b, "UsmSecurityParameters")?;
        let mut p = seq.body;
        let engine = next(&mut p, "msgAuthoritativeEngineID")?;
        self.bytes(f::snmp::MSGAUTHORITATIVEENGINEID, engine.body);
        self.engine_id(engine.body);
        let boots = next(&mut p, "msgAuthoritativeEngineBoots")?;
        self.int(f::snmp::MSGAUTHORITATIVEENGINEBOOTS, &boots);
        let time = next(&mut p, "msgAuthoritativeEngineTime")?;
        self.int(f::snmp::MSGAUTHORITATIVEENGINETIME, &time);
        let user = next(&mut p, "msgUserName")?;
        self.string(f::snmp::MSGUSERNAME, user.body);
        let auth = next(&mut p, "msgAuthenticationParameters")?;
        self.bytes(f::snmp::MSGAUTHENTICATIONPARAMETERS, auth.body);
        let privacy = next(&mut p, "msgPrivacyParameters")?;
        self.bytes(f::snmp::MSGPRIVACYPARAMETERS, privacy.body);
        Ok(())
    }

    /// An engine ID's parts (RFC 3411's SnmpEngineID, or RFC 1910's
    /// AgentID), as tshark's `dissect_snmp_engineid` reads them.
    fn engine_id(&mut self, b: &'a [u8]) {
        let Some(&first) = b.first() else {
            return;
        };
        let conform = first & 0x80 != 0;
        self.l.boolean(f::snmp::ENGINEID_CONFORM, conform);
        if b.len() < 4 {
            return;
        }
        let mut enterprise = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        if conform {
            enterprise &= 0x7fff_ffff;
        }
        self.l.uint(f::snmp::ENGINEID_ENTERPRISE, enterprise);
        let mut rest = &b[4..];
        if !conform {
            if rest.len() == 8 {
                self.bytes(f::snmp::AGENTID_TRAILER, rest);
            } else {
                crate::dissect::expert::add(self.l, &expert::RFC1910_NON_CONFORMANT, None);
            }
            return;
        }
        let Some((&format, data)) = rest.split_first() else {
            return;
        };
        self.l.uint(f::snmp::ENGINEID_FORMAT, format);
        rest = data;
        match format {
            1 if rest.len() == 4 => {
                self.l.push(
                    f::snmp::ENGINEID_IPV4,
                    Value::Ipv4([rest[0], rest[1], rest[2], rest[3]]),
                );
                rest = &[];
            }
            2 if rest.len() == 16 => {
                let mut a = [0u8; 16];
                a.copy_from_slice(rest);
                self.l.push(f::snmp::ENGINEID_IPV6, Value::Ipv6(a));
                rest = &[];
            }
            3 => {
                if enterprise == 9 && rest.len() == 7 {
                    self.l.uint(f::snmp::ENGINEID_CISCO_TYPE, rest[0]);
                    rest = &rest[1..];
                }
                if rest.len() == 6 {
                    let mut m = [0u8; 6];
                    m.copy_from_slice(rest);
                    self.l.push(f::snmp::ENGINEID_MAC, Value::Mac(m));
                    rest = &[];
                }
            }
            1..=3 => {}
            4 => {
                if rest.len() <= 27 {
                    self.string(f::snmp::ENGINEID_TEXT, rest);
                    rest = &[];
                }
            }
            128 if enterprise == 2021 || enterprise == 8072 => {
                // (ucd|net)-snmp's random engine ID: four random bytes,
                // then the creation time, little-endian, in 4 or 8 bytes.
                if rest.len() == 8 || rest.len() == 12 {
                    self.bytes(f::snmp::ENGINEID_DATA, &rest[..4]);
                    let secs = if rest.len() == 8 {
                        i64::from(u32::from_le_bytes([rest[4], rest[5], rest[6], rest[7]]))
                    } else {
                        let mut q = [0u8; 8];
                        q.copy_from_slice(&rest[4..12]);
                        i64::from_le_bytes(q)
                    };
                    self.l.push(
                        f::snmp::ENGINEID_TIME,
                        Value::Time(crate::source::Timestamp::new(secs, 0)),
                    );
                    rest = &[];
                }
            }
            _ => {
                if rest.len() <= 27 {
                    self.bytes(f::snmp::ENGINEID_DATA, rest);
                    rest = &[];
                }
            }
        }
        if !rest.is_empty() {
            crate::dissect::expert::add(self.l, &expert::RFC3411_NON_CONFORMANT, None);
        }
    }

    /// The PDUs CHOICE: `snmp.data`, the PDU's element and its contents.
    fn pdus(&mut self, t: &Tlv<'a>) -> Result<(), Stop> {
        if t.class != CONTEXT || t.tag > 8 {
            return Err(Stop("a PDU of an unknown type"));
        }
        let tag = u64::from(t.tag);
        self.l.uint(f::snmp::DATA, tag);
        self.l.present(PDU_ELEMENTS[t.tag as usize]);
        let mut b = t.body;
        if tag == TRAP {
            return self.trap(b);
        }
        let id = next(&mut b, "request-id")?;
        let request_id = self.int(f::snmp::REQUEST_ID, &id);
        self.pdu = Some((tag, request_id));
        if tag == GET_BULK {
            let n = next(&mut b, "non-repeaters")?;
            self.int(f::snmp::NON_REPEATERS, &n);
            let m = next(&mut b, "max-repetitions")?;
            self.int(f::snmp::MAX_REPETITIONS, &m);
        } else {
            let status = next(&mut b, "error-status")?;
            self.int(f::snmp::ERROR_STATUS, &status);
            let index = next(&mut b, "error-index")?;
            self.int(f::snmp::ERROR_INDEX, &index);
        }
        let list = next(&mut b, "variable-bindings")?;
        self.bindings(list.body)
    }

    /// SNMPv1's Trap-PDU.
    fn trap(&mut self, mut b: &'a [u8]) -> Result<(), Stop> {
        let enterprise = next(&mut b, "enterprise")?;
        let oid = ber::oid_text(enterprise.body).ok_or(Stop("an invalid enterprise OID"))?;
        self.l.str(f::snmp::ENTERPRISE, oid);
        let addr = next(&mut b, "agent-addr")?;
        if let [a, b2, c, d] = *addr.body {
            self.l.push(f::snmp::AGENT_ADDR, Value::Ipv4([a, b2, c, d]));
        } else {
            return Err(Stop("an agent address not of four bytes"));
        }
        let generic = next(&mut b, "generic-trap")?;
        self.int(f::snmp::GENERIC_TRAP, &generic);
        let specific = next(&mut b, "specific-trap")?;
        self.int(f::snmp::SPECIFIC_TRAP, &specific);
        let stamp = next(&mut b, "time-stamp")?;
        self.l.uint(f::snmp::TIME_STAMP, integer(stamp.body) as u32);
        let list = next(&mut b, "variable-bindings")?;
        self.bindings(list.body)?;
        if self.version != 0 {
            crate::dissect::expert::add(self.l, &expert::TRAP_PDU_OBSOLETE, None);
        }
        Ok(())
    }

    fn bindings(&mut self, b: &'a [u8]) -> Result<(), Stop> {
        self.l.uint(
            f::snmp::VARIABLE_BINDINGS,
            ber::elements(b).take_while(Result::is_ok).count() as u64,
        );
        let mut rest = b;
        while !rest.is_empty() {
            let vb = open(&mut rest, "VarBind")?;
            self.binding(&vb)?;
        }
        Ok(())
    }

    /// One VarBind: its name and its value, typed by the value's tag.
    fn binding(&mut self, vb: &Tlv<'a>) -> Result<(), Stop> {
        if !(vb.constructed && vb.universal(ber::SEQUENCE)) {
            crate::dissect::expert::add(self.l, &expert::VARBIND_NOT_UNI_CLASS_SEQ, None);
            return Ok(());
        }
        let mut b = vb.body;
        let name = next(&mut b, "ObjectName")?;
        if name.constructed || !name.universal(ber::OID) {
            crate::dissect::expert::add(self.l, &expert::OBJECTNAME_NOT_OID, None);
            return Ok(());
        }
        let value = next(&mut b, "value")?;
        let Some(oid) = ber::oid_text(name.body) else {
            return Err(Stop("an invalid object name"));
        };
        let string_variable = STRING_VARIABLES.contains(&oid.as_str());
        self.l.str(f::snmp::NAME, oid);
        if value.constructed {
            crate::dissect::expert::add(self.l, &expert::VALUE_NOT_PRIMITIVE_ENCODING, None);
            return Ok(());
        }
        let v = value.body;
        if value.class == CONTEXT {
            let (def, note) = match value.tag {
                0 => (f::snmp::NOSUCHOBJECT, "noSuchObject"),
                1 => (f::snmp::NOSUCHINSTANCE, "noSuchInstance"),
                2 => (f::snmp::ENDOFMIBVIEW, "endOfMibView"),
                _ => {
                    crate::dissect::expert::add(self.l, &expert::VARBIND_WRONG_TAG, None);
                    return Ok(());
                }
            };
            self.l.present(def);
            crate::dissect::expert::add(self.l, &expert::VARBIND_RESPONSE, Some(note.to_string()));
            if !v.is_empty() {
                crate::dissect::expert::add(self.l, &expert::VARBIND_WRONG_LENGTH_VALUE, None);
            }
            return Ok(());
        }
        let def = match (value.class, value.tag) {
            (UNIVERSAL, ber::INTEGER) => {
                if (1..=4).contains(&v.len()) {
                    self.l.int(f::snmp::VALUE_INT, integer(v));
                } else {
                    // Added as a 64-bit integer where it can be, then
                    // said to be of the wrong length.
                    let added = (5..=8).contains(&v.len());
                    self.value(f::snmp::VALUE_INT, v)?;
                    if added {
                        crate::dissect::expert::add(self.l, &expert::MISSING_MIB, None);
                    }
                    crate::dissect::expert::add(self.l, &expert::VARBIND_WRONG_LENGTH_VALUE, None);
                }
                return self.string_variable(string_variable, v);
            }
            (UNIVERSAL, ber::OCTET_STRING) => f::snmp::VALUE_OCTETS,
            (UNIVERSAL, ber::OID) => f::snmp::VALUE_OID,
            (UNIVERSAL, NULL) => f::snmp::VALUE_NULL,
            (APPLICATION, 0) => match v.len() {
                4 => f::snmp::VALUE_IPV4,
                16 => f::snmp::VALUE_IPV6,
                _ => f::snmp::VALUE_ADDR,
            },
            (APPLICATION, 1) => f::snmp::VALUE_COUNTER,
            (APPLICATION, 2) => f::snmp::VALUE_G32,
            (APPLICATION, 3) => f::snmp::VALUE_TIMETICKS,
            (APPLICATION, 4) => f::snmp::VALUE_OPAQUE,
            (APPLICATION, 5) => f::snmp::VALUE_NSAP,
            (APPLICATION, 6) => f::snmp::VALUE_COUNTER64,
            (APPLICATION, 7) => f::snmp::VALUE_U32,
            _ => f::snmp::VALUE_UNK,
        };
        self.value(def, v)?;
        self.string_variable(string_variable, v)
    }

    fn string_variable(&mut self, yes: bool, v: &'a [u8]) -> Result<(), Stop> {
        if yes && !v.is_empty() {
            self.strings.push((self.l.fields.len(), v));
        }
        Ok(())
    }

    /// A value of the field `def` (by the value's tag), as tshark adds it.
    fn value(&mut self, def: &'static FieldDef, mut v: &'a [u8]) -> Result<(), Stop> {
        use crate::dissect::field::FieldType as T;
        let wide = matches!(def.ftype, T::Uint64 | T::Int64);
        if v.len() > 8 && wide {
            if def.ftype == T::Uint64 && v.len() == 9 && v[0] == 0 {
                v = &v[1..];
            } else {
                let e = if def.ftype == T::Uint64 {
                    &expert::UINT_TOO_LARGE
                } else {
                    &expert::INT_TOO_LARGE
                };
                let msg = if def.ftype == T::Uint64 {
                    "Integral value too large"
                } else {
                    "Integral value too large or too small"
                };
                crate::dissect::expert::add(self.l, e, Some(msg.to_string()));
                return Ok(());
            }
        } else if v.is_empty() && wide {
            crate::dissect::expert::add(
                self.l,
                &expert::INTEGRAL_VALUE0,
                Some("Integral value is zero-length".to_string()),
            );
            return Ok(());
        }
        match def.ftype {
            T::Uint64 => self.l.uint(def, unsigned(v)),
            T::Int64 => self.l.int(def, integer(v)),
            T::Ipv4 => self.l.push(def, Value::Ipv4([v[0], v[1], v[2], v[3]])),
            T::Ipv6 => {
                let mut a = [0u8; 16];
                a.copy_from_slice(v);
                self.l.push(def, Value::Ipv6(a));
            }
            T::Oid => {
                if v.is_empty() {
                    self.l.str(def, "");
                    crate::dissect::expert::add(self.l, &expert::MISSING_MIB, None);
                    crate::dissect::expert::add(self.l, &expert::VARBIND_WRONG_LENGTH_VALUE, None);
                    return Ok(());
                }
                match ber::oid_text(v) {
                    Some(s) => self.l.str(def, s),
                    None => return Err(Stop("an invalid OID value")),
                }
            }
            T::None => {
                self.l.present(def);
                if !v.is_empty() {
                    crate::dissect::expert::add(self.l, &expert::MISSING_MIB, None);
                    crate::dissect::expert::add(self.l, &expert::VARBIND_WRONG_LENGTH_VALUE, None);
                }
            }
            _ => self.bytes(def, v),
        }
        Ok(())
    }
}

/// Each PDU's element, by its tag.
static PDU_ELEMENTS: [&FieldDef; 9] = [
    f::snmp::GET_REQUEST_ELEMENT,
    f::snmp::GET_NEXT_REQUEST_ELEMENT,
    f::snmp::GET_RESPONSE_ELEMENT,
    f::snmp::SET_REQUEST_ELEMENT,
    f::snmp::TRAP_ELEMENT,
    f::snmp::GETBULKREQUEST_ELEMENT,
    f::snmp::INFORMREQUEST_ELEMENT,
    f::snmp::SNMPV2_TRAP_ELEMENT,
    f::snmp::REPORT_ELEMENT,
];

mod expert {
    use crate::dissect::expert::ei;
    use crate::dissect::fields::snmp;

    ei!(VERSION_UNKNOWN, snmp::VERSION_UNKNOWN, Protocol, Warn);
    ei!(
        RFC1910_NON_CONFORMANT,
        snmp::RFC1910_NON_CONFORMANT,
        Protocol,
        Warn
    );
    ei!(
        RFC3411_NON_CONFORMANT,
        snmp::RFC3411_NON_CONFORMANT,
        Protocol,
        Warn
    );
    ei!(TRAP_PDU_OBSOLETE, snmp::TRAP_PDU_OBSOLETE, Protocol, Warn);
    ei!(
        VARBIND_NOT_UNI_CLASS_SEQ,
        snmp::VARBIND_NOT_UNI_CLASS_SEQ,
        Malformed,
        Warn
    );
    ei!(
        OBJECTNAME_NOT_OID,
        snmp::OBJECTNAME_NOT_OID,
        Malformed,
        Warn
    );
    ei!(
        VALUE_NOT_PRIMITIVE_ENCODING,
        snmp::VALUE_NOT_PRIMITIVE_ENCODING,
        Malformed,
        Warn
    );
    ei!(VARBIND_WRONG_TAG, snmp::VARBIND_WRONG_TAG, Malformed, Warn);
    ei!(
        VARBIND_WRONG_LENGTH_VALUE,
        snmp::VARBIND_WRONG_LENGTH_VALUE,
        Malformed,
        Warn
    );
    ei!(UINT_TOO_LARGE, snmp::UINT_TOO_LARGE, Undecoded, Note);
    ei!(INT_TOO_LARGE, snmp::INT_TOO_LARGE, Undecoded, Note);
    ei!(INTEGRAL_VALUE0, snmp::INTEGRAL_VALUE0, Undecoded, Note);
    ei!(MISSING_MIB, snmp::MISSING_MIB, Undecoded, Note);
    // One expert item; its message is the value's name.
    ei!(VARBIND_RESPONSE, snmp::VARBIND_RESPONSE, Response, Note);
}

/// tshark's Info: the PDU's name, a v1 trap's enterprise, each binding's
/// name; `encryptedPDU: privKey Unknown` for an encrypted SNMPv3 PDU.
pub fn info(out: &mut String, l: &Layer<'_>) {
    let Some(tag) = l.get_uint(f::snmp::DATA) else {
        if l.has(f::snmp::ENCRYPTEDPDU) {
            out.push_str("encryptedPDU: privKey Unknown");
        }
        return;
    };
    out.push_str(f::snmp::DATA.value_name(tag).unwrap_or("Unknown"));
    if let Some(e) = l.get_str(f::snmp::ENTERPRISE) {
        // Without MIBs only the first arc has a name.
        out.push(' ');
        match e.split_once('.') {
            Some(("1", rest)) => {
                out.push_str("iso.");
                out.push_str(rest);
            }
            _ => out.push_str(e),
        }
    }
    for v in l.all(f::snmp::NAME) {
        out.push(' ');
        let _ = v.write_text(out);
    }
}

/// The Info column: [`info`], or, for a message that stopped before its
/// PDU (tshark sets the column only then), the UDP layer's.
fn info_column(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let before = out.len();
    info(out, &layers[i]);
    if out.len() == before
        && let Some(udp) = layers[..i].iter().rposition(|l| l.protocol == "udp")
    {
        crate::dissect::summary::udp_info(out, layers, udp);
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(v) = l
        .get_uint(f::snmp::VERSION)
        .or(l.get_uint(f::snmp::MSGVERSION))
    {
        let name = f::snmp::VERSION.value_name(v).unwrap_or("unknown");
        out.push_str(name);
        out.push(' ');
    }
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "snmp",
    also: &[],
    title: "Simple Network Management Protocol",
    osi: Osi::Application,
    fields: f::snmp::ALL,
    summary,
    info: Some(info_column),
    column: None,
    app: Some(AppSpec {
        decode_as: &["snmp"],
        tcp_ports: &[],
        udp_ports: UDP_PORTS,
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Datagrams::default())
}

/// Requests kept for matching at most; the oldest half is shed past it.
const MAX_REQUESTS: usize = 65_536;

/// The requests seen, by conversation and request-id: their frame and
/// time, for the responses that answer them. A request is matched for
/// [`crate::flow::IDLE_NS`] of capture time (the UDP conversation timeout;
/// tshark, which keeps every one, would still match an answer that late):
/// older ones are swept out as the table grows, so it holds the requests
/// of the last minutes rather than of the whole capture (a poller asks
/// every few seconds, all day).
#[derive(Default)]
struct Datagrams {
    requests: HashMap<(ConvKey, i64), (u64, i128)>,
    /// The table's length at which it is next swept.
    sweep_at: usize,
}

impl Datagrams {
    /// Forgets the requests older than the timeout.
    fn forget_idle(&mut self, now_ns: i128) {
        self.requests
            .retain(|_, v| now_ns - v.1 <= crate::flow::IDLE_NS);
        let len = self.requests.len();
        self.sweep_at = (2 * len).max(1024);
        if self.requests.capacity() > 4 * len.max(1024) {
            self.requests.shrink_to(2 * len);
        }
    }

    fn shed(&mut self) {
        // Keep the newer half (by frame number).
        let mut frames: Vec<u64> = self.requests.values().map(|v| v.0).collect();
        frames.sort_unstable();
        if let Some(&cut) = frames.get(frames.len() / 2) {
            self.requests.retain(|_, v| v.0 >= cut);
        }
    }
}

impl DatagramDecoder for Datagrams {
    fn owns_conversation(&self) -> bool {
        true
    }

    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if !looks_like(d.payload, d.reported) {
            return;
        }
        let Decoded {
            mut layer,
            trailing,
            pdu,
        } = dissect(d.payload, d.at, d.cut, d.nested);
        if let (Some((tag, id)), false) = (pdu, d.nested) {
            let key = (d.conv, id);
            match tag {
                GET | GET_NEXT | SET | GET_BULK | INFORM => {
                    if d.memory_pressed || self.requests.len() >= MAX_REQUESTS {
                        self.shed();
                    } else if self.requests.len() >= self.sweep_at {
                        self.forget_idle(d.ts_ns);
                    }
                    self.requests.insert(key, (d.frame, d.ts_ns));
                }
                RESPONSE => {
                    if let Some(&(frame, ts)) = self.requests.get(&key)
                        && frame != d.frame
                        && d.ts_ns - ts <= crate::flow::IDLE_NS
                    {
                        layer.uint(f::snmp::RESPONSE_TO, frame);
                        let ns = d.ts_ns - ts;
                        layer.push(f::snmp::TIME, Value::rel_time(ns));
                    }
                }
                _ => {}
            }
        }
        out.push(layer);
        if trailing > 0 {
            let start = d.payload.len() - trailing;
            let rest = &d.payload[start..];
            let mut l = Layer::new(
                Osi::Application,
                "data",
                d.at + start..d.at + d.payload.len(),
            );
            l.push(f::data::DATA, Value::Bytes(Cow::Borrowed(rest)));
            l.uint(f::data::LEN, rest.len() as u64);
            out.push(l);
        }
    }

    fn heap_bytes(&self) -> usize {
        self.requests.capacity() * (std::mem::size_of::<((ConvKey, i64), (u64, i128))>() + 8)
    }
}
