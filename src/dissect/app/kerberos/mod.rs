//! Kerberos 5 (RFC 4120) on UDP and TCP port 88, as tshark 4.0's
//! `packet-kerberos.c` (generated from the ASN.1 in `asn1/kerberos`)
//! decodes it without a keytab: the messages (AS-REQ/REP, TGS-REQ/REP,
//! AP-REQ/REP, KRB-SAFE, KRB-PRIV, KRB-CRED, KRB-ERROR, and a bare
//! Ticket), their pre-authentication data (PA-ENC-TIMESTAMP, ETYPE-INFO,
//! ETYPE-INFO2, PA-PAC-REQUEST, PA-PAC-OPTIONS, PA-TGS-REQ's AP-REQ,
//! PA-REQ-ENC-PA-REP's checksum), KDC and AP options with their named
//! bits, principal names, realms, times, nonces, encryption types,
//! addresses, tickets and encrypted parts (left encrypted), and a
//! KRB-ERROR's e-data where tshark reads it (a METHOD-DATA after
//! PREAUTH_REQUIRED, PREAUTH_FAILED or ETYPE_NOSUPP; one PA-DATA after
//! BADOPTION, CLIENT_REVOKED, KEY_EXP or POLICY).
//!
//! What tshark does that is followed here (read from its source, checked
//! on Zeek's krb captures):
//! - over TCP each message follows a 4-byte record mark (high bit
//!   reserved, 31-bit length); records are reassembled across segments
//!   (`tcp_dissect_pdus`) and shown in the segment that completes them;
//! - over UDP a first byte of at most 0x10 is Kerberos 4's (not decoded
//!   here: shown as data), and anything but a known APPLICATION tag is
//!   not Kerberos;
//! - a KDC request sent to UDP port 88 makes the two addresses and the
//!   client's port a conversation of Kerberos's, whatever the other port
//!   (so a krb524 request from that port is Kerberos too);
//! - a SEQUENCE's elements are matched in order against its components:
//!   an optional one that does not match is skipped; a mandatory one that
//!   does not match uses that element up, which shows nothing;
//! - Info: the name of the first message type read (`AS-REQ`), or
//!   `KRB Error: NAME` for a non-zero error code; nothing when no message
//!   type was read.
//!
//! Left alone: PKINIT (PA-PK-AS-REQ/REP: tshark's `cms` and `pkinit`
//! layers; here their padata-value only), FAST armor, S4U, the PAC, and
//! Kerberos 4.
//!
//! The promise: no input makes this module panic. Every element is read
//! through [`el`], which checks its header against the bytes held; an
//! element cut short is read as far as it goes, as tshark does.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::ber;
use crate::dissect::expert::{self, Expert, Group, Severity};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use std::borrow::Cow;

use super::{Dir, Message, StreamDecoder};

use f::kerberos as k;

/// Kerberos's port, UDP and TCP.
pub const PORT: u16 = 88;

/// tshark refuses a record longer than this (10 MiB).
const MAX_RECORD: usize = 10 * 1024 * 1024;
/// Bytes of an unfinished record held per direction; a longer record's
/// bytes are skipped, unseen (tshark would show it only once whole).
const MAX_HELD: usize = 1 << 20;
/// Nesting bound (PA-TGS-REQ's AP-REQ, e-data's PA-DATA).
const MAX_DEPTH: u32 = 8;
/// UDP conversations remembered.
const MAX_CONVERSATIONS: usize = 4096;

type Def = &'static crate::dissect::field::FieldDef;

/// Why a walk stopped: the bytes ran out (`Cut`) or an element does not
/// parse (`Bad`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Cut,
    Bad,
}

type R<T> = Result<T, Stop>;

/// One element, its contents as far as they were given (`cut` when
/// fewer than its length says).
#[derive(Clone, Copy)]
struct El<'a> {
    class: u8,
    constructed: bool,
    tag: u32,
    body: &'a [u8],
    cut: bool,
}

/// The first element of `b` and what follows it (nothing when it is cut).
fn el(b: &[u8]) -> R<(El<'_>, &[u8])> {
    if b.is_empty() {
        return Err(Stop::Cut);
    }
    let Some((class, constructed, tag, len, hl)) = ber::header(b) else {
        // A header cut short, or an indefinite or too long length.
        return Err(if b.len() < 6 { Stop::Cut } else { Stop::Bad });
    };
    let rest = &b[hl..];
    if len <= rest.len() {
        let (body, after) = rest.split_at(len);
        Ok((
            El {
                class,
                constructed,
                tag,
                body,
                cut: false,
            },
            after,
        ))
    } else {
        Ok((
            El {
                class,
                constructed,
                tag,
                body: rest,
                cut: true,
            },
            &[],
        ))
    }
}

/// A primitive's whole contents.
fn whole<'a>(e: &El<'a>) -> R<&'a [u8]> {
    if e.cut { Err(Stop::Cut) } else { Ok(e.body) }
}

/// The one element an EXPLICIT tag holds.
fn inner<'a>(e: &El<'a>) -> R<El<'a>> {
    el(e.body).map(|(i, _)| i)
}

fn int_of(e: &El<'_>) -> R<i64> {
    let b = whole(e)?;
    if b.len() > 8 {
        return Err(Stop::Bad);
    }
    ber::int_value(b).ok_or(Stop::Bad)
}

/// Elements of a SEQUENCE OF, counted as far as they parse (tshark's
/// item count).
fn count(b: &[u8]) -> u64 {
    let mut n = 0;
    let mut r = b;
    while let Ok((e, rest)) = el(r) {
        if e.cut {
            break;
        }
        n += 1;
        r = rest;
    }
    n
}

/// tshark's Info text for a message type.
pub fn msg_type_name(v: i64) -> Option<&'static str> {
    Some(match v {
        10 => "AS-REQ",
        11 => "AS-REP",
        12 => "TGS-REQ",
        13 => "TGS-REP",
        14 => "AP-REQ",
        15 => "AP-REP",
        16 => "TGT-REQ",
        17 => "TGT-REP",
        20 => "KRB-SAFE",
        21 => "KRB-PRIV",
        22 => "KRB-CRED",
        25 => "EncASRepPart",
        26 => "EncTGSRepPart",
        27 => "EncAPRepPart",
        28 => "EncKrbPrivPart",
        29 => "EncKrbCredPart",
        30 => "KRB-ERROR",
        _ => return None,
    })
}

/// tshark's Info text for an error code (`krb5_error_codes`).
pub fn error_name(v: i64) -> Option<&'static str> {
    Some(match v {
        0 => "KRB5KDC_ERR_NONE",
        1 => "KRB5KDC_ERR_NAME_EXP",
        2 => "KRB5KDC_ERR_SERVICE_EXP",
        3 => "KRB5KDC_ERR_BAD_PVNO",
        4 => "KRB5KDC_ERR_C_OLD_MAST_KVNO",
        5 => "KRB5KDC_ERR_S_OLD_MAST_KVNO",
        6 => "KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN",
        7 => "KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN",
        8 => "KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE",
        9 => "KRB5KDC_ERR_NULL_KEY",
        10 => "KRB5KDC_ERR_CANNOT_POSTDATE",
        11 => "KRB5KDC_ERR_NEVER_VALID",
        12 => "KRB5KDC_ERR_POLICY",
        13 => "KRB5KDC_ERR_BADOPTION",
        14 => "KRB5KDC_ERR_ETYPE_NOSUPP",
        15 => "KRB5KDC_ERR_SUMTYPE_NOSUPP",
        16 => "KRB5KDC_ERR_PADATA_TYPE_NOSUPP",
        17 => "KRB5KDC_ERR_TRTYPE_NOSUPP",
        18 => "KRB5KDC_ERR_CLIENT_REVOKED",
        19 => "KRB5KDC_ERR_SERVICE_REVOKED",
        20 => "KRB5KDC_ERR_TGT_REVOKED",
        21 => "KRB5KDC_ERR_CLIENT_NOTYET",
        22 => "KRB5KDC_ERR_SERVICE_NOTYET",
        23 => "KRB5KDC_ERR_KEY_EXP",
        24 => "KRB5KDC_ERR_PREAUTH_FAILED",
        25 => "KRB5KDC_ERR_PREAUTH_REQUIRED",
        26 => "KRB5KDC_ERR_SERVER_NOMATCH",
        27 => "KRB5KDC_ERR_MUST_USE_USER2USER",
        28 => "KRB5KDC_ERR_PATH_NOT_ACCEPTED",
        29 => "KRB5KDC_ERR_SVC_UNAVAILABLE",
        31 => "KRB5KRB_AP_ERR_BAD_INTEGRITY",
        32 => "KRB5KRB_AP_ERR_TKT_EXPIRED",
        33 => "KRB5KRB_AP_ERR_TKT_NYV",
        34 => "KRB5KRB_AP_ERR_REPEAT",
        35 => "KRB5KRB_AP_ERR_NOT_US",
        36 => "KRB5KRB_AP_ERR_BADMATCH",
        37 => "KRB5KRB_AP_ERR_SKEW",
        38 => "KRB5KRB_AP_ERR_BADADDR",
        39 => "KRB5KRB_AP_ERR_BADVERSION",
        40 => "KRB5KRB_AP_ERR_MSG_TYPE",
        41 => "KRB5KRB_AP_ERR_MODIFIED",
        42 => "KRB5KRB_AP_ERR_BADORDER",
        43 => "KRB5KRB_AP_ERR_ILL_CR_TKT",
        44 => "KRB5KRB_AP_ERR_BADKEYVER",
        45 => "KRB5KRB_AP_ERR_NOKEY",
        46 => "KRB5KRB_AP_ERR_MUT_FAIL",
        47 => "KRB5KRB_AP_ERR_BADDIRECTION",
        48 => "KRB5KRB_AP_ERR_METHOD",
        49 => "KRB5KRB_AP_ERR_BADSEQ",
        50 => "KRB5KRB_AP_ERR_INAPP_CKSUM",
        51 => "KRB5KRB_AP_PATH_NOT_ACCEPTED",
        52 => "KRB5KRB_ERR_RESPONSE_TOO_BIG",
        60 => "KRB5KRB_ERR_GENERIC",
        61 => "KRB5KRB_ERR_FIELD_TOOLONG",
        62 => "KDC_ERROR_CLIENT_NOT_TRUSTED",
        63 => "KDC_ERROR_KDC_NOT_TRUSTED",
        64 => "KDC_ERROR_INVALID_SIG",
        65 => "KDC_ERR_KEY_TOO_WEAK",
        66 => "KDC_ERR_CERTIFICATE_MISMATCH",
        67 => "KRB_AP_ERR_NO_TGT",
        68 => "KDC_ERR_WRONG_REALM",
        69 => "KRB_AP_ERR_USER_TO_USER_REQUIRED",
        70 => "KDC_ERR_CANT_VERIFY_CERTIFICATE",
        71 => "KDC_ERR_INVALID_CERTIFICATE",
        72 => "KDC_ERR_REVOKED_CERTIFICATE",
        73 => "KDC_ERR_REVOCATION_STATUS_UNKNOWN",
        74 => "KDC_ERR_REVOCATION_STATUS_UNAVAILABLE",
        75 => "KDC_ERR_CLIENT_NAME_MISMATCH",
        76 => "KDC_ERR_KDC_NAME_MISMATCH",
        90 => "KDC_ERR_PREAUTH_EXPIRED",
        91 => "KDC_ERR_MORE_PREAUTH_DATA_REQUIRED",
        92 => "KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET",
        93 => "KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS",
        _ => return None,
    })
}

/// Whether an APPLICATION tag starts a message tshark decodes.
fn known_app(tag: u32) -> bool {
    matches!(tag, 1..=3 | 10..=15 | 20..=22 | 25..=30)
}

const KDC_OPTIONS_BITS: [(usize, Def); 32] = [
    (0, k::KDCOPTIONS_RESERVED),
    (0, k::KDCOPTIONS_FORWARDABLE),
    (0, k::KDCOPTIONS_FORWARDED),
    (0, k::KDCOPTIONS_PROXIABLE),
    (0, k::KDCOPTIONS_PROXY),
    (0, k::KDCOPTIONS_ALLOW_POSTDATE),
    (0, k::KDCOPTIONS_POSTDATED),
    (0, k::KDCOPTIONS_UNUSED7),
    (1, k::KDCOPTIONS_RENEWABLE),
    (1, k::KDCOPTIONS_UNUSED9),
    (1, k::KDCOPTIONS_UNUSED10),
    (1, k::KDCOPTIONS_OPT_HARDWARE_AUTH),
    (1, k::KDCOPTIONS_UNUSED12),
    (1, k::KDCOPTIONS_UNUSED13),
    (1, k::KDCOPTIONS_CONSTRAINED_DELEGATION),
    (1, k::KDCOPTIONS_CANONICALIZE),
    (2, k::KDCOPTIONS_REQUEST_ANONYMOUS),
    (2, k::KDCOPTIONS_UNUSED17),
    (2, k::KDCOPTIONS_UNUSED18),
    (2, k::KDCOPTIONS_UNUSED19),
    (2, k::KDCOPTIONS_UNUSED20),
    (2, k::KDCOPTIONS_UNUSED21),
    (2, k::KDCOPTIONS_UNUSED22),
    (2, k::KDCOPTIONS_UNUSED23),
    (3, k::KDCOPTIONS_UNUSED24),
    (3, k::KDCOPTIONS_UNUSED25),
    (3, k::KDCOPTIONS_DISABLE_TRANSITED_CHECK),
    (3, k::KDCOPTIONS_RENEWABLE_OK),
    (3, k::KDCOPTIONS_ENC_TKT_IN_SKEY),
    (3, k::KDCOPTIONS_UNUSED29),
    (3, k::KDCOPTIONS_RENEW),
    (3, k::KDCOPTIONS_VALIDATE),
];

const AP_OPTIONS_BITS: [(usize, Def); 3] = [
    (0, k::APOPTIONS_RESERVED),
    (0, k::APOPTIONS_USE_SESSION_KEY),
    (0, k::APOPTIONS_MUTUAL_REQUIRED),
];

const PAC_OPTIONS_BITS: [(usize, Def); 4] = [
    (0, k::PAC_OPTIONS_FLAGS_CLAIMS),
    (0, k::PAC_OPTIONS_FLAGS_BRANCH_AWARE),
    (0, k::PAC_OPTIONS_FLAGS_FORWARD_TO_FULL_DC),
    (
        0,
        k::PAC_OPTIONS_FLAGS_RESOURCE_BASED_CONSTRAINED_DELEGATION,
    ),
];

/// BER's "Wrong field in SEQUENCE" (Warning, Malformed).
static FIELD_WRONG: Expert = Expert {
    field: k::BER_ERROR_SEQUENCE_FIELD_WRONG,
    group: Group::Malformed,
    severity: Severity::Warn,
};

/// BER's "Unknown field in Sequence" (Warning, Malformed).
static UNKNOWN_FIELD: Expert = Expert {
    field: k::BER_ERROR_UNKNOWN_FIELD_SEQUENCE,
    group: Group::Malformed,
    severity: Severity::Warn,
};

/// BER's name of a class, as its errors write it.
fn class_name(c: u8) -> &'static str {
    match c {
        0 => "UNIVERSAL(0)",
        1 => "APPLICATION(1)",
        2 => "CONTEXT(2)",
        _ => "PRIVATE(3)",
    }
}

/// What a walk learnt on its way (for tshark's conversation).
#[derive(Default)]
struct Seen {
    kdc_req_body: bool,
}

struct W<'l, 'a> {
    l: &'l mut Layer<'a>,
    depth: u32,
    seen: Seen,
    /// The error code of the KRB-ERROR read (its e-data depends on it).
    error_code: i64,
    /// The message is a KDC request (tshark's first message type read).
    req: bool,
}

/// One component of a SEQUENCE: its context tag, whether optional.
type Comp = (u32, bool);

impl<'a> W<'_, 'a> {
    fn bytes(&mut self, d: Def, b: &'a [u8]) {
        self.l.push(d, Value::Bytes(Cow::Borrowed(b)));
    }

    fn string(&mut self, d: Def, b: &'a [u8]) {
        self.l.push(d, Value::Str(String::from_utf8_lossy(b)));
    }

    /// A SEQUENCE's elements matched against `comps` in order; `each`
    /// decodes a matched one (by its component's index).
    fn sequence(
        &mut self,
        body: &'a [u8],
        comps: &[Comp],
        mut each: impl FnMut(&mut Self, usize, El<'a>) -> R<()>,
    ) -> R<()> {
        let mut r = body;
        let mut i = 0;
        while !r.is_empty() {
            let (e, rest) = el(r)?;
            r = rest;
            while i < comps.len() && comps[i].1 && !(e.class == 2 && e.tag == comps[i].0) {
                i += 1;
            }
            if i == comps.len() {
                // An element past the components: tshark says so and
                // shows nothing of it.
                expert::add(
                    self.l,
                    &UNKNOWN_FIELD,
                    Some(
                        "BER Error: This field lies beyond the end of the known sequence definition."
                            .into(),
                    ),
                );
                continue;
            }
            if e.class == 2 && e.tag == comps[i].0 {
                each(self, i, e)?;
            } else {
                let msg = format!(
                    "BER Error: Wrong field in SEQUENCE: expected class:CONTEXT(2) tag:{} but found class:{} tag:{}",
                    comps[i].0,
                    class_name(e.class),
                    e.tag
                );
                expert::add(self.l, &FIELD_WRONG, Some(msg));
            }
            i += 1;
        }
        Ok(())
    }

    /// A universal SEQUENCE's contents (the element inside an explicit
    /// tag, or the element itself).
    fn seq_body(e: &El<'a>) -> R<&'a [u8]> {
        if e.class == 0 && e.tag == ber::SEQUENCE && e.constructed {
            Ok(e.body)
        } else {
            Err(Stop::Bad)
        }
    }

    fn int32(&mut self, d: Def, e: &El<'a>) -> R<i64> {
        let v = int_of(&inner(e)?)?;
        self.l.int(d, v);
        Ok(v)
    }

    fn uint32(&mut self, d: Def, e: &El<'a>) -> R<()> {
        let t = inner(e)?;
        int_of(&t)?;
        self.l.uint(d, u64::from(ber::uint_value(t.body) as u32));
        Ok(())
    }

    fn kstring(&mut self, d: Def, e: &El<'a>) -> R<()> {
        let s = inner(e)?;
        let b = whole(&s)?;
        self.string(d, b);
        Ok(())
    }

    fn octets(&mut self, d: Def, e: &El<'a>) -> R<&'a [u8]> {
        let s = inner(e)?;
        let b = whole(&s)?;
        self.bytes(d, b);
        Ok(b)
    }

    fn time(&mut self, d: Def, e: &El<'a>) -> R<()> {
        let s = inner(e)?;
        let b = whole(&s)?;
        if let Some(t) = crate::dissect::app::tls::x509::generalized_time(b) {
            self.l.push(d, Value::Time(t));
        }
        Ok(())
    }

    /// A BIT STRING of named bits: padding, its bytes, then each bit of
    /// the bytes it has.
    fn bits(&mut self, d: Def, e: &El<'a>, named: &[(usize, Def)]) -> R<()> {
        let s = inner(e)?;
        let b = whole(&s)?;
        let Some((&pad, bits)) = b.split_first() else {
            return Ok(());
        };
        self.l.uint(f::x509::BER_BITSTRING_PADDING, pad);
        self.bytes(d, bits);
        for &(i, def) in named {
            if let Some(&byte) = bits.get(i) {
                self.l.boolean(def, byte as u64 & def.mask != 0);
            }
        }
        Ok(())
    }

    /// An APPLICATION-tagged message (tshark's `Applications` CHOICE).
    fn application(&mut self, e: &El<'a>) -> R<()> {
        if e.class != 1 || !known_app(e.tag) {
            return Err(Stop::Bad);
        }
        if self.depth >= MAX_DEPTH {
            return Err(Stop::Bad);
        }
        self.depth += 1;
        let r = self.application_body(e);
        self.depth -= 1;
        r
    }

    fn application_body(&mut self, e: &El<'a>) -> R<()> {
        let s = inner(e)?;
        let body = Self::seq_body(&s)?;
        match e.tag {
            1 => {
                self.l.present(k::TICKET_ELEMENT);
                self.ticket(body)
            }
            10 | 12 => {
                if self.depth == 1 {
                    self.req = true;
                }
                self.l.present(if e.tag == 10 {
                    k::AS_REQ_ELEMENT
                } else {
                    k::TGS_REQ_ELEMENT
                });
                self.kdc_req(body)
            }
            11 | 13 => {
                self.l.present(if e.tag == 11 {
                    k::AS_REP_ELEMENT
                } else {
                    k::TGS_REP_ELEMENT
                });
                self.kdc_rep(body)
            }
            14 => {
                self.l.present(k::AP_REQ_ELEMENT);
                self.ap_req(body)
            }
            15 => {
                self.l.present(k::AP_REP_ELEMENT);
                self.sequence(
                    body,
                    &[(0, false), (1, false), (2, false)],
                    |w, i, e| match i {
                        0 => w.uint32(k::PVNO, &e),
                        1 => w.int32(k::MSG_TYPE, &e).map(drop),
                        _ => w.encrypted(Some(k::ENC_PART_ELEMENT), &e),
                    },
                )
            }
            20 => {
                self.l.present(k::KRB_SAFE_ELEMENT);
                self.krb_safe(body)
            }
            21 => {
                self.l.present(k::KRB_PRIV_ELEMENT);
                self.sequence(
                    body,
                    &[(0, false), (1, false), (3, false)],
                    |w, i, e| match i {
                        0 => w.uint32(k::PVNO, &e),
                        1 => w.int32(k::MSG_TYPE, &e).map(drop),
                        _ => w.encrypted(Some(k::ENC_PART_ELEMENT), &e),
                    },
                )
            }
            22 => {
                self.l.present(k::KRB_CRED_ELEMENT);
                self.sequence(
                    body,
                    &[(0, false), (1, false), (2, false), (3, false)],
                    |w, i, e| match i {
                        0 => w.uint32(k::PVNO, &e),
                        1 => w.int32(k::MSG_TYPE, &e).map(drop),
                        2 => w.tickets(k::TICKETS, &e),
                        _ => w.encrypted(Some(k::ENC_PART_ELEMENT), &e),
                    },
                )
            }
            30 => {
                self.l.present(k::KRB_ERROR_ELEMENT);
                self.krb_error(body)
            }
            // The encrypted parts' own tags (2, 3, 25-29): only a
            // decryption shows them.
            _ => Ok(()),
        }
    }

    fn kdc_req(&mut self, body: &'a [u8]) -> R<()> {
        self.sequence(
            body,
            &[(1, false), (2, false), (3, true), (4, false)],
            |w, i, e| match i {
                0 => w.uint32(k::PVNO, &e),
                1 => w.int32(k::MSG_TYPE, &e).map(drop),
                2 => w.padata_list(&e),
                _ => {
                    let s = inner(&e)?;
                    w.l.present(k::REQ_BODY_ELEMENT);
                    w.seen.kdc_req_body = true;
                    w.req_body(Self::seq_body(&s)?)
                }
            },
        )
    }

    fn req_body(&mut self, body: &'a [u8]) -> R<()> {
        const C: [Comp; 12] = [
            (0, false),
            (1, true),
            (2, false),
            (3, true),
            (4, true),
            (5, false),
            (6, true),
            (7, false),
            (8, false),
            (9, true),
            (10, true),
            (11, true),
        ];
        self.sequence(body, &C, |w, i, e| match i {
            0 => w.bits(k::KDC_OPTIONS, &e, &KDC_OPTIONS_BITS),
            1 => w.principal(k::CNAME_ELEMENT, k::CNAME_STRING, k::CNAMESTRING, &e),
            2 => w.kstring(k::REALM, &e),
            3 => w.principal(k::SNAME_ELEMENT, k::SNAME_STRING, k::SNAMESTRING, &e),
            4 => w.time(k::FROM, &e),
            5 => w.time(k::TILL, &e),
            6 => w.time(k::RTIME, &e),
            7 => w.uint32(k::NONCE, &e),
            8 => {
                let s = inner(&e)?;
                let list = Self::seq_body(&s)?;
                w.l.uint(k::KDC_REQ_BODY_ETYPE, count(list));
                let mut r = list;
                while !r.is_empty() {
                    let (t, rest) = el(r)?;
                    r = rest;
                    w.l.int(k::ENCTYPE, int_of(&t)?);
                }
                Ok(())
            }
            9 => w.addresses(&e),
            10 => w.encrypted(Some(k::ENC_AUTHORIZATION_DATA_ELEMENT), &e),
            _ => w.tickets(k::ADDITIONAL_TICKETS, &e),
        })
    }

    fn kdc_rep(&mut self, body: &'a [u8]) -> R<()> {
        const C: [Comp; 7] = [
            (0, false),
            (1, false),
            (2, true),
            (3, false),
            (4, false),
            (5, false),
            (6, false),
        ];
        self.sequence(body, &C, |w, i, e| match i {
            0 => w.uint32(k::PVNO, &e),
            1 => w.int32(k::MSG_TYPE, &e).map(drop),
            2 => w.padata_list(&e),
            3 => w.kstring(k::CREALM, &e),
            4 => w.principal(k::CNAME_ELEMENT, k::CNAME_STRING, k::CNAMESTRING, &e),
            5 => {
                let t = inner(&e)?;
                w.l.present(k::TICKET_ELEMENT);
                w.ticket_app(&t)
            }
            _ => w.encrypted(Some(k::ENC_PART_ELEMENT), &e),
        })
    }

    fn ap_req(&mut self, body: &'a [u8]) -> R<()> {
        const C: [Comp; 5] = [(0, false), (1, false), (2, false), (3, false), (4, false)];
        self.sequence(body, &C, |w, i, e| match i {
            0 => w.uint32(k::PVNO, &e),
            1 => w.int32(k::MSG_TYPE, &e).map(drop),
            2 => w.bits(k::AP_OPTIONS, &e, &AP_OPTIONS_BITS),
            3 => {
                let t = inner(&e)?;
                w.l.present(k::TICKET_ELEMENT);
                w.ticket_app(&t)
            }
            _ => w.encrypted(Some(k::AUTHENTICATOR_ELEMENT), &e),
        })
    }

    fn krb_safe(&mut self, body: &'a [u8]) -> R<()> {
        const C: [Comp; 4] = [(0, false), (1, false), (2, false), (3, false)];
        self.sequence(body, &C, |w, i, e| match i {
            0 => w.uint32(k::PVNO, &e),
            1 => w.int32(k::MSG_TYPE, &e).map(drop),
            2 => {
                let s = inner(&e)?;
                w.l.present(k::SAFE_BODY_ELEMENT);
                const B: [Comp; 6] = [
                    (0, false),
                    (1, true),
                    (2, true),
                    (3, true),
                    (4, false),
                    (5, true),
                ];
                w.sequence(Self::seq_body(&s)?, &B, |w, i, e| match i {
                    0 => w.octets(k::USER_DATA, &e).map(drop),
                    1 => w.time(k::TIMESTAMP, &e),
                    2 => w.uint32(k::USEC, &e),
                    3 => w.uint32(k::SEQ_NUMBER, &e),
                    4 => {
                        w.l.present(k::S_ADDRESS_ELEMENT);
                        w.host_address(&inner(&e)?)
                    }
                    _ => {
                        w.l.present(k::R_ADDRESS_ELEMENT);
                        w.host_address(&inner(&e)?)
                    }
                })
            }
            _ => {
                let s = inner(&e)?;
                w.l.present(k::CKSUM_ELEMENT);
                w.checksum(Self::seq_body(&s)?)
            }
        })
    }

    fn krb_error(&mut self, body: &'a [u8]) -> R<()> {
        const C: [Comp; 13] = [
            (0, false),
            (1, false),
            (2, true),
            (3, true),
            (4, false),
            (5, false),
            (6, false),
            (7, true),
            (8, true),
            (9, false),
            (10, false),
            (11, true),
            (12, true),
        ];
        self.sequence(body, &C, |w, i, e| match i {
            0 => w.uint32(k::PVNO, &e),
            1 => w.int32(k::MSG_TYPE, &e).map(drop),
            2 => w.time(k::CTIME, &e),
            3 => w.uint32(k::CUSEC, &e),
            4 => w.time(k::STIME, &e),
            5 => w.uint32(k::SUSEC, &e),
            6 => {
                w.error_code = w.int32(k::ERROR_CODE, &e)?;
                Ok(())
            }
            7 => w.kstring(k::CREALM, &e),
            8 => w.principal(k::CNAME_ELEMENT, k::CNAME_STRING, k::CNAMESTRING, &e),
            9 => w.kstring(k::REALM, &e),
            10 => w.principal(k::SNAME_ELEMENT, k::SNAME_STRING, k::SNAMESTRING, &e),
            11 => w.kstring(k::E_TEXT, &e),
            _ => {
                let data = w.octets(k::E_DATA, &e)?;
                w.e_data(data)
            }
        })
    }

    /// A KRB-ERROR's e-data, read as tshark reads it for its error code;
    /// what does not parse shows nothing more.
    fn e_data(&mut self, data: &'a [u8]) -> R<()> {
        match self.error_code {
            13 | 18 | 23 | 12 => {
                if let Ok((s, _)) = el(data)
                    && let Ok(body) = Self::seq_body(&s)
                {
                    let _ = self.pa_data(body);
                }
                Ok(())
            }
            24 | 25 | 14 => {
                if let Ok((s, _)) = el(data)
                    && let Ok(list) = Self::seq_body(&s)
                {
                    let _ = self.pa_data_seq(list);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn padata_list(&mut self, e: &El<'a>) -> R<()> {
        let s = inner(e)?;
        let list = Self::seq_body(&s)?;
        self.l.uint(k::PADATA, count(list));
        self.pa_data_seq(list)
    }

    fn pa_data_seq(&mut self, list: &'a [u8]) -> R<()> {
        let mut r = list;
        while !r.is_empty() {
            let (p, rest) = el(r)?;
            r = rest;
            self.l.present(k::PA_DATA_ELEMENT);
            self.pa_data(Self::seq_body(&p)?)?;
        }
        Ok(())
    }

    fn pa_data(&mut self, body: &'a [u8]) -> R<()> {
        let mut ty = 0;
        self.sequence(body, &[(1, false), (2, false)], |w, i, e| {
            if i == 0 {
                ty = w.int32(k::PADATA_TYPE, &e)?;
                return Ok(());
            }
            let v = w.octets(k::PADATA_VALUE, &e)?;
            // What tshark finds inside is shown as far as it parses; a
            // value that does not parse stops there, not the message.
            let _ = w.pa_value(ty, v);
            Ok(())
        })
    }

    fn pa_value(&mut self, ty: i64, v: &'a [u8]) -> R<()> {
        let (s, _) = el(v)?;
        match ty {
            // PA-TGS-REQ: an AP-REQ.
            1 => self.application(&s),
            // PA-ENC-TIMESTAMP: EncryptedData.
            2 => self.encrypted_body(Self::seq_body(&s)?),
            // ETYPE-INFO.
            11 => {
                let mut r = Self::seq_body(&s)?;
                while !r.is_empty() {
                    let (x, rest) = el(r)?;
                    r = rest;
                    self.l.present(k::ETYPE_INFO_ENTRY_ELEMENT);
                    self.sequence(Self::seq_body(&x)?, &[(0, false), (1, true)], |w, i, e| {
                        if i == 0 {
                            w.int32(k::ETYPE, &e).map(drop)
                        } else {
                            w.octets(k::INFO_SALT, &e).map(drop)
                        }
                    })?;
                }
                Ok(())
            }
            // ETYPE-INFO2.
            19 => {
                let mut r = Self::seq_body(&s)?;
                while !r.is_empty() {
                    let (x, rest) = el(r)?;
                    r = rest;
                    self.l.present(k::ETYPE_INFO2_ENTRY_ELEMENT);
                    self.sequence(
                        Self::seq_body(&x)?,
                        &[(0, false), (1, true), (2, true)],
                        |w, i, e| match i {
                            0 => w.int32(k::ETYPE, &e).map(drop),
                            1 => w.kstring(k::INFO2_SALT, &e),
                            _ => w.octets(k::S2KPARAMS, &e).map(drop),
                        },
                    )?;
                }
                Ok(())
            }
            // PA-FX-FAST: armored data, a request's or a reply's.
            136 => {
                if !(s.class == 2 && s.tag == 0) {
                    return Err(Stop::Bad);
                }
                self.l.present(k::ARMORED_DATA_ELEMENT);
                let body = Self::seq_body(&inner(&s)?)?;
                if self.req {
                    self.sequence(
                        body,
                        &[(0, true), (1, false), (2, false)],
                        |w, i, e| match i {
                            0 => {
                                w.l.present(k::ARMOR_ELEMENT);
                                let mut ty = 0;
                                w.sequence(
                                    Self::seq_body(&inner(&e)?)?,
                                    &[(0, false), (1, false)],
                                    |w, i, e| {
                                        if i == 0 {
                                            ty = w.int32(k::ARMOR_TYPE, &e)?;
                                            return Ok(());
                                        }
                                        let v = w.octets(k::ARMOR_VALUE, &e)?;
                                        if ty == 1 {
                                            let (a, _) = el(v)?;
                                            w.application(&a)?;
                                        }
                                        Ok(())
                                    },
                                )
                            }
                            1 => {
                                w.l.present(k::REQ_CHECKSUM_ELEMENT);
                                w.checksum(Self::seq_body(&inner(&e)?)?)
                            }
                            _ => w.encrypted(Some(k::ENC_FAST_REQ_ELEMENT), &e),
                        },
                    )
                } else {
                    self.sequence(body, &[(0, false)], |w, _, e| {
                        w.encrypted(Some(k::ENC_FAST_REP_ELEMENT), &e)
                    })
                }
            }
            // PA-PAC-REQUEST.
            128 => self.sequence(Self::seq_body(&s)?, &[(0, false)], |w, _, e| {
                let b = inner(&e)?;
                let v = whole(&b)?;
                w.l.boolean(k::INCLUDE_PAC, v.iter().any(|&c| c != 0));
                Ok(())
            }),
            // PA-REQ-ENC-PA-REP: a Checksum.
            149 => self.checksum(Self::seq_body(&s)?),
            // PA-PAC-OPTIONS.
            167 => self.sequence(Self::seq_body(&s)?, &[(0, false)], |w, _, e| {
                w.bits(k::FLAGS, &e, &PAC_OPTIONS_BITS)
            }),
            _ => Ok(()),
        }
    }

    fn checksum(&mut self, body: &'a [u8]) -> R<()> {
        self.sequence(body, &[(0, false), (1, false)], |w, i, e| {
            if i == 0 {
                w.int32(k::CKSUMTYPE, &e).map(drop)
            } else {
                w.octets(k::CHECKSUM, &e).map(drop)
            }
        })
    }

    /// PrincipalName: name-type and the strings, under `element`.
    fn principal(&mut self, element: Def, n: Def, s: Def, e: &El<'a>) -> R<()> {
        let seq = inner(e)?;
        self.l.present(element);
        self.sequence(
            Self::seq_body(&seq)?,
            &[(0, false), (1, false)],
            |w, i, e| {
                if i == 0 {
                    return w.int32(k::NAME_TYPE, &e).map(drop);
                }
                let list = Self::seq_body(&inner(&e)?)?;
                w.l.uint(n, count(list));
                let mut r = list;
                while !r.is_empty() {
                    let (x, rest) = el(r)?;
                    r = rest;
                    let b = whole(&x)?;
                    w.string(s, b);
                }
                Ok(())
            },
        )
    }

    /// EncryptedData under an explicit tag, with its element item.
    fn encrypted(&mut self, element: Option<Def>, e: &El<'a>) -> R<()> {
        let s = inner(e)?;
        if let Some(d) = element {
            self.l.present(d);
        }
        self.encrypted_body(Self::seq_body(&s)?)
    }

    fn encrypted_body(&mut self, body: &'a [u8]) -> R<()> {
        self.sequence(
            body,
            &[(0, false), (1, true), (2, false)],
            |w, i, e| match i {
                0 => w.int32(k::ETYPE, &e).map(drop),
                1 => w.uint32(k::KVNO, &e),
                _ => w.octets(k::CIPHER, &e).map(drop),
            },
        )
    }

    /// A Ticket ([APPLICATION 1]) whose item was shown.
    fn ticket_app(&mut self, t: &El<'a>) -> R<()> {
        if t.class != 1 || t.tag != 1 {
            return Err(Stop::Bad);
        }
        let s = inner(t)?;
        self.ticket(Self::seq_body(&s)?)
    }

    fn ticket(&mut self, body: &'a [u8]) -> R<()> {
        const C: [Comp; 4] = [(0, false), (1, false), (2, false), (3, false)];
        self.sequence(body, &C, |w, i, e| match i {
            0 => w.uint32(k::TKT_VNO, &e),
            1 => w.kstring(k::REALM, &e),
            2 => w.principal(k::SNAME_ELEMENT, k::SNAME_STRING, k::SNAMESTRING, &e),
            _ => w.encrypted(Some(k::ENC_PART_ELEMENT), &e),
        })
    }

    /// A SEQUENCE OF Ticket: its count and each.
    fn tickets(&mut self, d: Def, e: &El<'a>) -> R<()> {
        let list = Self::seq_body(&inner(e)?)?;
        self.l.uint(d, count(list));
        let mut r = list;
        while !r.is_empty() {
            let (t, rest) = el(r)?;
            r = rest;
            self.l.present(k::TICKET_ITEM_ELEMENT);
            self.ticket_app(&t)?;
        }
        Ok(())
    }

    fn addresses(&mut self, e: &El<'a>) -> R<()> {
        let list = Self::seq_body(&inner(e)?)?;
        self.l.uint(k::ADDRESSES, count(list));
        let mut r = list;
        while !r.is_empty() {
            let (a, rest) = el(r)?;
            r = rest;
            self.l.present(k::HOSTADDRESS_ELEMENT);
            self.host_address(&a)?;
        }
        Ok(())
    }

    /// HostAddress: its type, and the address as its type says.
    fn host_address(&mut self, a: &El<'a>) -> R<()> {
        let mut ty = 0;
        self.sequence(Self::seq_body(a)?, &[(0, false), (1, false)], |w, i, e| {
            if i == 0 {
                ty = w.int32(k::ADDR_TYPE, &e)?;
                return Ok(());
            }
            let s = inner(&e)?;
            let b = s.body;
            match ty {
                2 => {
                    let v = b.get(..4).ok_or(Stop::Cut)?;
                    w.l.push(k::ADDR_IP, Value::Ipv4([v[0], v[1], v[2], v[3]]));
                }
                20 => {
                    let v = b.get(..16).ok_or(Stop::Cut)?;
                    w.l.push(k::ADDR_NB, Value::Str(Cow::Owned(netbios(v))));
                }
                24 => {
                    let v = b.get(..16).ok_or(Stop::Cut)?;
                    let mut a = [0u8; 16];
                    a.copy_from_slice(v);
                    w.l.push(k::ADDR_IPV6, Value::Ipv6(a));
                }
                _ => w.l.present(k::ADDRESS_UNKNOWN),
            }
            Ok(())
        })
    }
}

/// A NetBIOS name's first 15 bytes as tshark's `process_netbios_name`
/// gives them: printable bytes, trailing spaces dropped.
fn netbios(v: &[u8]) -> String {
    let mut s: String = v[..15.min(v.len())]
        .iter()
        .map(|&c| {
            if (b' '..=b'~').contains(&c) {
                c as char
            } else {
                '.'
            }
        })
        .collect();
    while s.ends_with(' ') {
        s.pop();
    }
    s
}

/// Decodes one message (after any record mark) into `l`; whether a KDC
/// request body was read. A read past the end marks the layer: `cut`
/// says the capture (not the message) ended there.
fn message<'a>(b: &'a [u8], l: &mut Layer<'a>, cut: bool, mark: bool) -> bool {
    let mut w = W {
        l,
        depth: 0,
        seen: Seen::default(),
        error_code: 0,
        req: false,
    };
    // A message longer than the bytes given throws when tshark reads past
    // them, wherever the walk stopped.
    let r = el(b).and_then(|(e, _)| {
        w.application(&e)?;
        if e.cut { Err(Stop::Cut) } else { Ok(()) }
    });
    let seen = w.seen.kdc_req_body;
    match r {
        Ok(()) => {}
        Err(_) if !mark => {}
        Err(Stop::Cut) => l.read_past_end(
            "kerberos",
            format!("Kerberos message cut short ({} bytes)", b.len()),
            cut,
        ),
        Err(Stop::Bad) => l.malformed("Kerberos: an element does not parse"),
    }
    seen
}

/// A Kerberos message inside another protocol's layer (SPNEGO's
/// `spnego-krb5`, whose Wireshark dissector calls Kerberos's without a
/// layer of its own): its fields go to `l`, nothing is marked.
pub fn inside<'a>(b: &'a [u8], l: &mut Layer<'a>) {
    let mut w = W {
        l,
        depth: 0,
        seen: Seen::default(),
        error_code: 0,
        req: false,
    };
    if let Ok((e, _)) = el(b) {
        let _ = w.application(&e);
    }
}

/// Whether a UDP payload is Kerberos 5's (tshark's test before it
/// decodes: not Kerberos 4's first byte, a known APPLICATION tag).
fn is_krb5(b: &[u8]) -> bool {
    matches!(b.first(), Some(&c) if c > 0x10 && c & 0xc0 == 0x40 && known_app(u32::from(c & 0x1f)))
}

/// UDP: one message a datagram, and the conversations KDC requests make.
#[derive(Default)]
pub struct KrbUdp {
    /// (v6, client address, KDC address, client port).
    convs: Vec<(bool, [u8; 16], [u8; 16], u16)>,
}

impl KrbUdp {
    fn addrs(d: &Datagram<'_>) -> ([u8; 16], [u8; 16]) {
        let c = d.conv;
        if c.a.1 == d.sport && c.b.1 == d.dport {
            (c.a.0, c.b.0)
        } else {
            (c.b.0, c.a.0)
        }
    }
}

impl DatagramDecoder for KrbUdp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if !is_krb5(d.payload) {
            return;
        }
        let mut l = Layer::new(Osi::Application, "kerberos", d.at..d.at + d.payload.len());
        let cut = d.cut || d.reported > d.payload.len();
        let seen = message(d.payload, &mut l, cut, !d.nested);
        out.push(l);
        if seen && d.dport == PORT && !d.nested {
            let (src, dst) = Self::addrs(d);
            let c = (d.conv.v6, src, dst, d.sport);
            if !self.convs.contains(&c) {
                if self.convs.len() >= MAX_CONVERSATIONS {
                    self.convs.remove(0);
                }
                self.convs.push(c);
            }
        }
    }

    fn heap_bytes(&self) -> usize {
        self.convs.capacity() * std::mem::size_of::<(bool, [u8; 16], [u8; 16], u16)>()
    }

    fn claims(&self, d: &Datagram<'_>, heuristic: bool) -> bool {
        if heuristic || self.convs.is_empty() {
            return false;
        }
        let (src, dst) = Self::addrs(d);
        let v6 = d.conv.v6;
        self.convs.iter().any(|&(cv6, a, b, p)| {
            cv6 == v6
                && ((src == a && dst == b && d.sport == p)
                    || (dst == a && src == b && d.dport == p))
        })
    }
}

fn new_udp() -> Box<dyn DatagramDecoder> {
    Box::new(KrbUdp::default())
}

/// One direction of a TCP conversation: the record being gathered.
#[derive(Default)]
struct Side {
    /// Bytes of the record (mark included) held so far.
    held: Vec<u8>,
    /// Stream offset of the record's first byte.
    start: u64,
    /// Bytes of a record too long to hold still to skip.
    skip: u64,
    /// Stream offset of the segment last fed.
    fed_at: u64,
}

/// TCP: records behind their marks, reassembled across segments.
#[derive(Default)]
pub struct KrbTcp {
    sides: [Side; 2],
}

/// One whole record (mark and message) at stream offset `start`.
fn record(b: &[u8], start: u64, out: &mut Vec<Message>) {
    let mut l = Layer::new(Osi::Application, "kerberos", 0..b.len());
    if b.len() >= 4 {
        let rm = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        l.boolean(k::RM_RESERVED, rm & 0x8000_0000 != 0);
        l.uint(k::RM_LENGTH, rm & 0x7fff_ffff);
        message(&b[4..], &mut l, false, true);
    }
    out.push(Message {
        layer: l.into_owned(),
        stream_offset: start,
        stream_end: start + b.len().max(1) as u64,
        event: None,
    });
}

impl StreamDecoder for KrbTcp {
    fn protocol(&self) -> &'static str {
        "kerberos"
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let s = &mut self.sides[dir.index()];
        s.fed_at = offset;
        let mut d = data;
        let mut at = offset;
        while !d.is_empty() {
            if s.skip > 0 {
                let n = (s.skip.min(d.len() as u64)) as usize;
                s.skip -= n as u64;
                d = &d[n..];
                at += n as u64;
                continue;
            }
            if s.held.is_empty() {
                s.start = at;
            }
            // The mark first, then the record it announces.
            if s.held.len() < 4 {
                let n = (4 - s.held.len()).min(d.len());
                s.held.extend_from_slice(&d[..n]);
                d = &d[n..];
                at += n as u64;
                if s.held.len() < 4 {
                    return;
                }
            }
            let len = (u32::from_be_bytes([s.held[0], s.held[1], s.held[2], s.held[3]])
                & 0x7fff_ffff) as usize;
            if len > MAX_RECORD.min(MAX_HELD) {
                // Never shown whole here: skip it.
                s.skip = len as u64;
                s.held.clear();
                continue;
            }
            let want = 4 + len - s.held.len();
            let n = want.min(d.len());
            s.held.extend_from_slice(&d[..n]);
            d = &d[n..];
            at += n as u64;
            if s.held.len() == 4 + len {
                let b = std::mem::take(&mut s.held);
                record(&b, s.start, out);
            }
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.skip = 0;
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum()
    }

    /// Kerberos clears the Info column before asking TCP for the rest of
    /// a record (and puts no tree item up): the segment where the record
    /// starts has TCP's note alone (TCP does not call Kerberos on the next
    /// ones).
    fn pending_info(&self, dir: Dir, _out: &mut String) -> bool {
        let s = &self.sides[dir.index()];
        !s.held.is_empty() && s.start >= s.fed_at
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(KrbTcp::default())
}

/// tshark's Info column: the frame's last message's text.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if layers[i + 1..].iter().any(|l| l.protocol == "kerberos") {
        return;
    }
    let l = &layers[i];
    let err = l
        .all(k::ERROR_CODE)
        .filter_map(|v| match v {
            Value::Int(v) if *v != 0 => Some(*v),
            _ => None,
        })
        .last();
    if let Some(e) = err {
        out.push_str("KRB Error: ");
        match error_name(e) {
            Some(n) => out.push_str(n),
            None => out.push_str(&format!("Unknown error code {:#x}", e as u32)),
        }
        return;
    }
    if let Some(Value::Int(t)) = l.get(k::MSG_TYPE) {
        match msg_type_name(*t) {
            Some(n) => out.push_str(n),
            None => out.push_str(&format!("Unknown msg type {:#x}", *t as u32)),
        }
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, std::slice::from_ref(l), 0);
    if let Some(r) = l.get_str(k::REALM) {
        out.push_str(" realm ");
        out.push_str(r);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "kerberos",
    also: &[],
    title: "Kerberos",
    osi: Osi::Application,
    fields: f::kerberos::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "KRB5"),
    app: Some(AppSpec {
        decode_as: &["kerberos"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_udp),
    }),
};
