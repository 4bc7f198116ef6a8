//! X.509 certificates as tshark shows them inside a TLS Certificate
//! message: the fields of Wireshark's ASN.1 dissectors (`x509af`, `x509if`,
//! `x509sat`, `x509ce`, `pkix1implicit`, `pkix1explicit`, `pkcs-1`,
//! `ns_cert_exts`, `ber`), in the order its tree lists them, and the
//! protocols its `frame.protocols` gains on the way.
//!
//! Why a DER walk of our own: tshark's fields follow the encoding, not a
//! parsed certificate — which `DirectoryString` alternative a name used,
//! `utcTime` or `generalizedTime`, the bit string's padding, each
//! `GeneralName`'s choice number, each item count — and `x509-parser`
//! (which still gives the summary fields, `osidump.tls.cert.*`) keeps none
//! of that. The walker is a few lines per ASN.1 type; every read is checked
//! (a short or malformed element ends the walk with the fields so far and
//! the reason, as tshark's exception does), and nothing recurses deeper
//! than the certificate's own nesting, which [`MAX_DEPTH`] caps.
//!
//! `frame.protocols`: tshark hands each attribute value, each extension's
//! value, each policy qualifier and each algorithm's parameters to the
//! dissector registered for its object identifier (`call_ber_oid_callback`
//! into the `ber.oid` table), and each such call lists that dissector's
//! protocol once, in the order the calls happen (depth first). [`registered`]
//! holds that table for the identifiers a certificate carries; an
//! identifier no dissector registers is shown by tshark as unknown BER and
//! lists nothing. The RSA signature and key algorithms register a callback
//! that declines (their parameters are a NULL), which lists nothing either.

use std::borrow::Cow;

use crate::dissect::fields::x509 as x;
use crate::dissect::layer::{Layer, Value};

/// Deeper than any certificate nests (a directory name inside a general
/// name inside an extension is eight levels).
const MAX_DEPTH: usize = 16;

pub use crate::dissect::ber::oid_text;
use crate::dissect::ber::*;

pub mod ocsp;

/// Text of an ASCII string type as tshark decodes it (`ENC_ASCII`): a
/// byte past 0x7f is U+FFFD.
fn ascii(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c < 0x80 { char::from(c) } else { '\u{fffd}' })
        .collect()
}

/// A restricted string's text by its universal tag.
fn string_text(t: &Tlv<'_>) -> String {
    match t.tag {
        UTF8_STRING => String::from_utf8_lossy(t.body).into_owned(),
        BMP_STRING => char::decode_utf16(
            t.body
                .chunks_exact(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]])),
        )
        .map(|c| c.unwrap_or('\u{fffd}'))
        .collect(),
        UNIVERSAL_STRING => t
            .body
            .chunks_exact(4)
            .map(|q| {
                char::from_u32(u32::from_be_bytes([q[0], q[1], q[2], q[3]])).unwrap_or('\u{fffd}')
            })
            .collect(),
        _ => ascii(t.body),
    }
}

/// A UTCTime as tshark writes it: `2011-05-04 00:00:00 (UTC)`, the century
/// 20 for years below 50 (RFC 5280); the raw text when it is malformed.
fn utc_time(b: &[u8]) -> String {
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let well_formed = (|| {
        if b.len() < 11 || !digits(0..10) {
            return None;
        }
        let mut i = 10;
        let secs = if digits(10..12) {
            i = 12;
            true
        } else {
            false
        };
        let zone = match b.get(i)? {
            b'Z' if b.len() == i + 1 => " (UTC)".to_string(),
            &s @ (b'+' | b'-') if b.len() == i + 5 && digits(i + 1..i + 5) => {
                format!(" (UTC{}{})", char::from(s), ascii(&b[i + 1..i + 5]))
            }
            _ => return None,
        };
        let p = |r: std::ops::Range<usize>| ascii(&b[r]);
        let century = if b[0] < b'5' { "20" } else { "19" };
        let mut s = format!(
            "{century}{}-{}-{} {}:{}",
            p(0..2),
            p(2..4),
            p(4..6),
            p(6..8),
            p(8..10)
        );
        if secs {
            s.push(':');
            s.push_str(&p(10..12));
        }
        s.push_str(&zone);
        Some(s)
    })();
    well_formed.unwrap_or_else(|| ascii(b))
}

/// A GeneralizedTime (`YYYYMMDDHHMMSS[.f]Z`) as seconds and nanoseconds
/// since 1970.
pub(crate) fn generalized_time(b: &[u8]) -> Option<crate::source::Timestamp> {
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let d = b.get(r)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0i64, |a, &c| a * 10 + i64::from(c - b'0')))
    };
    let (y, mo, d, h, mi, s) = (
        num(0..4)?,
        num(4..6)?,
        num(6..8)?,
        num(8..10)?,
        num(10..12)?,
        num(12..14)?,
    );
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let mut i = 14;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let mut scale = 100_000_000u32;
        while let Some(c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            nanos += u32::from(c - b'0') * scale;
            scale /= 10;
            i += 1;
        }
    }
    if b.get(i) != Some(&b'Z') || b.len() != i + 1 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(crate::source::Timestamp::new(
        days * 86_400 + h * 3600 + mi * 60 + s,
        nanos,
    ))
}

/// Where the fields go, and the protocols tshark lists for the calls.
struct Cx<'l> {
    l: &'l mut Layer<'static>,
    protos: &'l mut Vec<&'static str>,
    depth: usize,
}

type Def = &'static crate::dissect::field::FieldDef;

impl<'l> Cx<'l> {
    fn new(l: &'l mut Layer<'static>, protos: &'l mut Vec<&'static str>) -> Self {
        Cx {
            l,
            protos,
            depth: 0,
        }
    }
    fn none(&mut self, d: Def) {
        self.l.present(d);
    }
    fn uint(&mut self, d: Def, v: u64) {
        self.l.uint(d, v);
    }
    /// An INTEGER's value in an unsigned field, when it fits one.
    fn uint_of(&mut self, d: Def, body: &[u8]) {
        if let Some(n) = int_value(body).and_then(|n| u64::try_from(n).ok()) {
            self.uint(d, n);
        }
    }
    fn bytes(&mut self, d: Def, b: &[u8]) {
        self.l.push(d, Value::Bytes(Cow::Owned(b.to_vec())));
    }
    fn string(&mut self, d: Def, s: String) {
        self.l.str(d, s);
    }
    fn oid(&mut self, d: Def, b: &[u8]) -> Result<String, Stop> {
        let s = oid_text(b).ok_or("an object identifier that does not decode")?;
        self.l.str(d, s.clone());
        Ok(s)
    }
    fn int32(&mut self, d: Def, b: &[u8]) {
        if let Some(v) = int_value(b).filter(|v| i32::try_from(*v).is_ok()) {
            self.l.int(d, v);
        }
    }
    /// A dissector registered for an identifier was called.
    fn called(&mut self, proto: &'static str) {
        self.protos.push(proto);
    }
    fn enter(&mut self) -> Result<(), Stop> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("nested deeper than a certificate nests");
        }
        Ok(())
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }
}

/// The next element of `r`, which must be `tag` (universal).
fn expect<'a>(r: &mut &'a [u8], tag: u32, what: Stop) -> Result<Tlv<'a>, Stop> {
    let (t, rest) = tlv(r)?;
    if !t.universal(tag) {
        return Err(what);
    }
    *r = rest;
    Ok(t)
}

/// `der`'s first element, which must be a SEQUENCE (`what`: why not).
fn sequence(der: &[u8], what: Stop) -> Result<Tlv<'_>, Stop> {
    let (t, _) = tlv(der)?;
    if !t.universal(SEQUENCE) {
        return Err(what);
    }
    Ok(t)
}

/// The next element of `r` when it is `[tag]` (context), else `None`.
fn optional<'a>(r: &mut &'a [u8], tag: u32) -> Result<Option<Tlv<'a>>, Stop> {
    if r.is_empty() {
        return Ok(None);
    }
    let (t, rest) = tlv(r)?;
    if !t.context(tag) {
        return Ok(None);
    }
    *r = rest;
    Ok(Some(t))
}

/// Decode one certificate's DER into `l`; the protocols tshark lists for
/// it are appended to `protos`. Err: why decoding stopped (the fields so
/// far stay).
pub fn certificate(
    der: &[u8],
    l: &mut Layer<'static>,
    protos: &mut Vec<&'static str>,
) -> Result<(), Stop> {
    let mut cx = Cx::new(l, protos);
    let cert = sequence(der, "a certificate is a SEQUENCE")?;
    certificate_body(&mut cx, cert.body)
}

/// A Certificate's contents (a TLS certificate's, or one an OCSP response
/// carries).
fn certificate_body(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<(), Stop> {
    let tbs = expect(&mut r, SEQUENCE, "tbsCertificate is a SEQUENCE")?;
    cx.none(x::X509AF_SIGNEDCERTIFICATE_ELEMENT);
    tbs_certificate(cx, tbs.body)?;
    let alg = expect(&mut r, SEQUENCE, "the signature algorithm is a SEQUENCE")?;
    cx.none(x::X509AF_ALGORITHMIDENTIFIER_ELEMENT);
    algorithm(cx, alg.body)?;
    let sig = expect(&mut r, BIT_STRING, "the signature is a BIT STRING")?;
    bit_string(cx, sig.body, x::X509AF_ENCRYPTED);
    Ok(())
}

/// A DistinguishedName on its own (a CertificateRequest's CA names): its
/// RDNs and attributes, with no item count before them, as tshark shows
/// them under `tls.handshake.dname`.
pub fn distinguished_name(
    der: &[u8],
    l: &mut Layer<'static>,
    protos: &mut Vec<&'static str>,
) -> Result<(), Stop> {
    let mut cx = Cx::new(l, protos);
    let name = sequence(der, "a DistinguishedName is a SEQUENCE")?;
    rdns(&mut cx, name.body)
}

/// A BIT STRING: its padding (`ber.bitstring.padding`) and bytes.
fn bit_string(cx: &mut Cx<'_>, b: &[u8], d: Def) {
    if let Some((&pad, bits)) = b.split_first() {
        cx.uint(x::BER_BITSTRING_PADDING, pad.into());
        cx.bytes(d, bits);
    }
}

fn tbs_certificate(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<(), Stop> {
    if let Some(v) = optional(&mut r, 0)? {
        let mut inner = v.body;
        let n = expect(&mut inner, INTEGER, "version is an INTEGER")?;
        cx.int32(x::X509AF_VERSION, n.body);
    }
    let serial = expect(&mut r, INTEGER, "serialNumber is an INTEGER")?;
    cx.bytes(x::X509AF_SERIALNUMBER, serial.body);
    let sig = expect(&mut r, SEQUENCE, "signature is a SEQUENCE")?;
    cx.none(x::X509AF_SIGNATURE_ELEMENT);
    algorithm(cx, sig.body)?;
    let issuer = expect(&mut r, SEQUENCE, "issuer is a SEQUENCE")?;
    cx.uint(x::X509AF_ISSUER, 0);
    rdn_sequence(cx, x::X509IF_RDNSEQUENCE, issuer.body)?;
    let validity = expect(&mut r, SEQUENCE, "validity is a SEQUENCE")?;
    cx.none(x::X509AF_VALIDITY_ELEMENT);
    let mut v = validity.body;
    for d in [x::X509AF_NOTBEFORE, x::X509AF_NOTAFTER] {
        let (t, rest) = tlv(v)?;
        v = rest;
        time(cx, d, &t)?;
    }
    let subject = expect(&mut r, SEQUENCE, "subject is a SEQUENCE")?;
    cx.uint(x::X509AF_SUBJECT, 0);
    rdn_sequence(cx, x::X509AF_RDNSEQUENCE, subject.body)?;
    let spki = expect(&mut r, SEQUENCE, "subjectPublicKeyInfo is a SEQUENCE")?;
    cx.none(x::X509AF_SUBJECTPUBLICKEYINFO_ELEMENT);
    let mut k = spki.body;
    let alg = expect(&mut k, SEQUENCE, "the key algorithm is a SEQUENCE")?;
    cx.none(x::X509AF_ALGORITHM_ELEMENT);
    let oid = algorithm(cx, alg.body)?;
    let key = expect(&mut k, BIT_STRING, "subjectPublicKey is a BIT STRING")?;
    public_key(cx, &oid, key.body);
    if let Some(u) = optional(&mut r, 1)? {
        bit_string(cx, u.body, x::X509AF_ISSUERUNIQUEIDENTIFIER);
    }
    if let Some(u) = optional(&mut r, 2)? {
        bit_string(cx, u.body, x::X509AF_SUBJECTUNIQUEIDENTIFIER);
    }
    if let Some(e) = optional(&mut r, 3)? {
        let mut inner = e.body;
        let list = expect(&mut inner, SEQUENCE, "extensions are a SEQUENCE")?;
        extensions(cx, list.body)?;
    }
    Ok(())
}

/// The key: an RSA key (RFC 3279 2.3.1) is shown whole and as pkcs-1's
/// modulus and exponent, with no padding item; any other as its padding
/// and bytes.
fn public_key(cx: &mut Cx<'_>, alg: &str, b: &[u8]) {
    let Some((&pad, bits)) = b.split_first() else {
        return;
    };
    if alg == "1.2.840.113549.1.1.1" {
        cx.bytes(x::X509AF_SUBJECTPUBLICKEY, bits);
        let rsa = (|| {
            let (seq, _) = tlv(bits).ok()?;
            let mut r = seq.body;
            let n = expect(&mut r, INTEGER, "").ok()?;
            let e = expect(&mut r, INTEGER, "").ok()?;
            Some((n.body, e.body))
        })();
        if let Some((n, e)) = rsa {
            cx.bytes(x::PKCS1_MODULUS, n);
            cx.int32(x::PKCS1_PUBLICEXPONENT, e);
        }
    } else {
        cx.uint(x::BER_BITSTRING_PADDING, pad.into());
        cx.bytes(x::X509AF_SUBJECTPUBLICKEY, bits);
    }
}

/// A Time: which alternative (`notBefore: utcTime (0)`), then its text.
fn time(cx: &mut Cx<'_>, d: Def, t: &Tlv<'_>) -> Result<(), Stop> {
    if t.universal(UTC_TIME) {
        cx.uint(d, 0);
        cx.string(x::X509AF_UTCTIME, utc_time(t.body));
    } else if t.universal(GENERALIZED_TIME) {
        cx.uint(d, 1);
        if let Some(ts) = generalized_time(t.body) {
            cx.l.push(x::X509AF_GENERALIZEDTIME, Value::Time(ts));
        }
    } else {
        return Err("a Time is a UTCTime or a GeneralizedTime");
    }
    Ok(())
}

/// An AlgorithmIdentifier's contents: its identifier, then its
/// parameters handed to the dissector registered for it. The identifier.
fn algorithm(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<String, Stop> {
    cx.enter()?;
    let id = expect(&mut r, OID, "an algorithm is an OBJECT IDENTIFIER")?;
    let oid = cx.oid(x::X509AF_ALGORITHM_ID, id.body)?;
    if !r.is_empty() {
        let (params, _) = tlv(r)?;
        algorithm_params(cx, &oid, &params)?;
    }
    cx.leave();
    Ok(oid)
}

/// Algorithm parameters, by the dissector registered for the algorithm.
fn algorithm_params(cx: &mut Cx<'_>, oid: &str, p: &Tlv<'_>) -> Result<(), Stop> {
    if let Some(proto) = registered(oid) {
        cx.called(proto);
    }
    match oid {
        // RSASSA-PSS (RFC 4055): pkcs-1's RSASSA-PSS-params.
        "1.2.840.113549.1.1.10" => {
            if !p.universal(SEQUENCE) {
                return Ok(());
            }
            cx.none(x::PKCS1_RSASSA_PSS_PARAMS_ELEMENT);
            for t in elements(p.body) {
                let t = t?;
                let inner = || tlv(t.body).map(|(i, _)| i);
                match (t.class, t.tag) {
                    (2, 0 | 1) => {
                        cx.none(if t.tag == 0 {
                            x::PKCS1_HASHALGORITHM_ELEMENT
                        } else {
                            x::PKCS1_MASKGENALGORITHM_ELEMENT
                        });
                        let a = inner()?;
                        if a.universal(SEQUENCE) {
                            algorithm(cx, a.body)?;
                        }
                    }
                    (2, 2 | 3) => {
                        let a = inner()?;
                        if a.universal(INTEGER) {
                            cx.int32(
                                if t.tag == 2 {
                                    x::PKCS1_SALTLENGTH
                                } else {
                                    x::PKCS1_TRAILERFIELD
                                },
                                a.body,
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
        // id-ecPublicKey (RFC 5480): pkcs-1's ECParameters.
        "1.2.840.10045.2.1" => {
            if p.universal(OID) {
                cx.uint(x::PKCS1_ECPARAMETERS, 1);
                cx.oid(x::PKCS1_NAMEDCURVE, p.body)?;
            } else if p.universal(SEQUENCE) {
                cx.uint(x::PKCS1_ECPARAMETERS, 0);
            }
        }
        // id-dsa (RFC 3279 2.3.2): x509af's DSS-Params.
        "1.2.840.10040.4.1" => {
            if !p.universal(SEQUENCE) {
                return Ok(());
            }
            cx.none(x::X509AF_DSS_PARAMS_ELEMENT);
            let mut r = p.body;
            for d in [x::X509AF_P, x::X509AF_Q, x::X509AF_G] {
                let n = expect(&mut r, INTEGER, "DSS-Params are INTEGERs")?;
                cx.bytes(d, n.body);
            }
        }
        _ => {}
    }
    Ok(())
}

/// A Name's RDNSequence: its count (under `d`: `x509if.rdnSequence` for an
/// issuer or directory name, `x509af.rdnSequence` for the subject), then
/// each RDN's count and attributes.
fn rdn_sequence(cx: &mut Cx<'_>, d: Def, b: &[u8]) -> Result<(), Stop> {
    cx.enter()?;
    cx.uint(d, count(b));
    rdns(cx, b)?;
    cx.leave();
    Ok(())
}

/// Each RDN of a sequence: its attribute count, then its attributes.
fn rdns(cx: &mut Cx<'_>, b: &[u8]) -> Result<(), Stop> {
    for rdn in elements(b) {
        let rdn = rdn?;
        if !rdn.universal(SET) {
            return Err("a RelativeDistinguishedName is a SET");
        }
        cx.uint(x::X509IF_RDNSEQUENCE_ITEM, count(rdn.body));
        for atv in elements(rdn.body) {
            let atv = atv?;
            if !atv.universal(SEQUENCE) {
                return Err("an AttributeTypeAndValue is a SEQUENCE");
            }
            cx.none(x::X509IF_RELATIVEDISTINGUISHEDNAME_ITEM_ELEMENT);
            let mut r = atv.body;
            let id = expect(&mut r, OID, "an attribute type is an OBJECT IDENTIFIER")?;
            let oid = cx.oid(x::X509IF_OID, id.body)?;
            let (value, _) = tlv(r)?;
            attribute_value(cx, &oid, &value);
        }
    }
    Ok(())
}

/// How x509sat decodes an attribute's value.
#[derive(Clone, Copy)]
enum Syntax {
    Directory,
    Country,
    Printable,
    Ia5,
    Bmp,
}

/// The attribute types x509sat registers (its `.cnf`), with their syntax.
fn attribute(oid: &str) -> Option<Syntax> {
    use Syntax::*;
    Some(match oid {
        "2.5.4.6" | "1.3.6.1.4.1.311.60.2.1.3" => Country,
        "2.5.4.5" | "2.5.4.46" | "1.3.6.1.5.5.7.9.3" | "1.3.6.1.5.5.7.9.4"
        | "1.3.6.1.5.5.7.9.5" => Printable,
        "1.2.840.113549.1.9.1" | "0.9.2342.19200300.100.1.25" => Ia5,
        "1.2.840.113549.1.9.20" => Bmp,
        "2.5.4.2"
        | "2.5.4.3"
        | "2.5.4.4"
        | "2.5.4.7"
        | "2.5.4.7.1"
        | "2.5.4.8"
        | "2.5.4.8.1"
        | "2.5.4.9"
        | "2.5.4.9.1"
        | "2.5.4.10"
        | "2.5.4.10.1"
        | "2.5.4.11"
        | "2.5.4.11.1"
        | "2.5.4.12"
        | "2.5.4.13"
        | "2.5.4.15"
        | "2.5.4.17"
        | "2.5.4.17.1"
        | "2.5.4.18"
        | "2.5.4.18.1"
        | "2.5.4.19"
        | "2.5.4.19.1"
        | "2.5.4.41"
        | "2.5.4.42"
        | "2.5.4.43"
        | "2.5.4.44"
        | "2.5.4.51"
        | "2.5.4.54"
        | "2.5.4.65"
        | "1.2.840.113549.1.9.7"
        | "1.2.840.113549.1.9.8"
        | "1.2.840.113549.1.9.13"
        | "1.3.6.1.5.5.7.9.2"
        | "2.16.840.1.113730.3.1.1"
        | "2.16.840.1.113730.3.1.2"
        | "2.16.840.1.113730.3.1.3"
        | "2.16.840.1.113730.3.1.4"
        | "2.16.840.1.113730.3.1.39"
        | "2.16.840.1.113730.3.1.241"
        | "1.3.6.1.4.1.311.60.2.1.1"
        | "1.3.6.1.4.1.311.60.2.1.2" => Directory,
        _ => return None,
    })
}

/// An attribute's value, as the dissector registered for its type shows
/// it (none registered: tshark shows unknown BER, and so nothing here).
fn attribute_value(cx: &mut Cx<'_>, oid: &str, v: &Tlv<'_>) {
    let Some(proto) = registered(oid) else {
        return;
    };
    cx.called(proto);
    // The user id (RFC 4519), which x509af registers.
    if oid == "0.9.2342.19200300.100.1.1" {
        if v.class == 0 {
            cx.string(x::X509AF_USERID, string_text(v));
        }
        return;
    }
    let Some(syntax) = attribute(oid) else {
        return;
    };
    match syntax {
        Syntax::Directory => {
            let (choice, d) = match v.tag {
                TELETEX_STRING => (0, x::X509SAT_TELETEXSTRING),
                PRINTABLE_STRING => (1, x::X509SAT_PRINTABLESTRING),
                UNIVERSAL_STRING => (2, x::X509SAT_UNIVERSALSTRING),
                BMP_STRING => (3, x::X509SAT_BMPSTRING),
                UTF8_STRING => (4, x::X509SAT_UTF8STRING),
                _ => return,
            };
            if v.class == 0 {
                cx.uint(x::X509SAT_DIRECTORYSTRING, choice);
                cx.string(d, string_text(v));
            }
        }
        Syntax::Country if v.universal(PRINTABLE_STRING) => {
            cx.string(x::X509SAT_COUNTRYNAME, ascii(v.body));
        }
        Syntax::Printable if v.universal(PRINTABLE_STRING) => {
            cx.string(x::X509SAT_SYNTAX_PRINTABLESTRING, ascii(v.body));
        }
        Syntax::Ia5 if v.universal(IA5_STRING) => {
            cx.string(x::X509SAT_IA5STRING, ascii(v.body));
        }
        Syntax::Bmp if v.universal(BMP_STRING) => {
            cx.string(x::X509SAT_SYNTAX_BMPSTRING, string_text(v));
        }
        _ => {}
    }
}

fn extensions(cx: &mut Cx<'_>, b: &[u8]) -> Result<(), Stop> {
    cx.uint(x::X509AF_EXTENSIONS, count(b));
    extension_items(
        cx,
        b,
        [
            x::X509AF_EXTENSION_ELEMENT,
            x::X509AF_EXTENSION_ID,
            x::X509AF_CRITICAL,
        ],
    )
}

/// Each Extension of a list: its item, identifier and critical flag
/// under `defs` (x509af's in a certificate, pkix1explicit's in OCSP), then
/// its value handed to the dissector registered for the identifier.
fn extension_items(cx: &mut Cx<'_>, b: &[u8], defs: [Def; 3]) -> Result<(), Stop> {
    let [element, id_def, critical] = defs;
    for e in elements(b) {
        let e = e?;
        if !e.universal(SEQUENCE) {
            return Err("an Extension is a SEQUENCE");
        }
        cx.none(element);
        let mut r = e.body;
        let id = expect(&mut r, OID, "an extension's id is an OBJECT IDENTIFIER")?;
        let oid = cx.oid(id_def, id.body)?;
        let (mut t, mut rest) = tlv(r)?;
        if t.universal(BOOLEAN) {
            cx.l.boolean(critical, t.body.first().is_some_and(|&c| c != 0));
            (t, rest) = tlv(rest)?;
        }
        let _ = rest;
        if !t.universal(OCTET_STRING) {
            return Err("an extension's value is an OCTET STRING");
        }
        if let Some(proto) = registered(&oid) {
            cx.called(proto);
            cx.enter()?;
            // A value that does not decode ends its own item, not the
            // certificate (tshark's BER errors stay inside the item).
            let _ = extension_value(cx, &oid, t.body);
            cx.leave();
        }
    }
    Ok(())
}

/// The protocol of the dissector tshark 4.0's `ber.oid` table holds for an
/// identifier: one table for attribute values, extension values, policy
/// qualifiers and algorithm parameters alike (a Microsoft extension
/// x509sat registers is x509sat's wherever it appears). Taken from
/// Wireshark's `.cnf` registrations and checked with tshark on
/// certificates made to carry each of them (tests/x509_crafted.rs keeps
/// one); identifiers the table lacks list nothing (tshark: "Dissector for
/// OID not implemented"), nor do the RSA algorithms, whose callback
/// declines their NULL parameters.
fn registered(oid: &str) -> Option<&'static str> {
    const X509CE: &[&str] = &[
        "2.5.29.3",
        "2.5.29.9",
        "2.5.29.14",
        "2.5.29.15",
        "2.5.29.16",
        "2.5.29.17",
        "2.5.29.18",
        "2.5.29.19",
        "2.5.29.20",
        "2.5.29.21",
        "2.5.29.23",
        "2.5.29.27",
        "2.5.29.28",
        "2.5.29.29",
        "2.5.29.30",
        "2.5.29.31",
        "2.5.29.32",
        "2.5.29.33",
        "2.5.29.35",
        "2.5.29.36",
        "2.5.29.37",
        "2.5.29.40",
        "2.5.29.44",
        "2.5.29.45",
        "2.5.29.46",
        "2.5.29.47",
        "2.5.29.53",
        "2.5.29.54",
        "2.5.29.58",
        "2.5.29.59",
        "2.5.29.60",
        "2.5.29.61",
        "1.3.6.1.4.1.311.21.7",
        "1.3.6.1.4.1.311.21.10",
        "1.2.840.113533.7.65.0",
    ];
    // x509sat's registrations that are not attribute types of ours
    // ([`attribute`]): Microsoft's, used as extensions.
    const X509SAT: &[&str] = &[
        "1.3.6.1.4.1.311.20.2",
        "1.3.6.1.4.1.311.20.2.3",
        "1.3.6.1.4.1.311.17.1",
        "1.3.6.1.4.1.311.21.1",
        "1.3.6.1.4.1.311.21.2",
        "1.3.6.1.4.1.311.21.3",
        "1.3.6.1.4.1.311.21.4",
    ];
    Some(match oid {
        o if attribute(o).is_some() || X509SAT.contains(&o) => "x509sat",
        o if X509CE.contains(&o) => "x509ce",
        // The user id; DSA's parameters.
        "0.9.2342.19200300.100.1.1" | "1.2.840.10040.4.1" => "x509af",
        // AuthorityInfoAccess (RFC 5280 4.2.2.1); the UserNotice qualifier.
        "1.3.6.1.5.5.7.1.1" | "1.3.6.1.5.5.7.2.2" => "pkix1implicit",
        // IP and AS delegation (RFC 3779), the TLS feature (RFC 7633), the
        // CPS qualifier.
        "1.3.6.1.5.5.7.1.7" | "1.3.6.1.5.5.7.1.8" | "1.3.6.1.5.5.7.1.24" | "1.3.6.1.5.5.7.2.1" => {
            "pkix1explicit"
        }
        // Biometric info and qualified statements (RFC 3739).
        "1.3.6.1.5.5.7.1.2" | "1.3.6.1.5.5.7.1.3" => "pkixqualified",
        "1.3.6.1.5.5.7.1.12" => "logotypecertextn",
        // OCSP's own (RFC 2560): the basic response, nonce, CRL id,
        // acceptable responses, no-check, archive cutoff, service locator.
        o if o
            .strip_prefix("1.3.6.1.5.5.7.48.1.")
            .is_some_and(|n| matches!(n, "1" | "2" | "3" | "4" | "5" | "6" | "7")) =>
        {
            "ocsp"
        }
        "1.3.6.1.5.5.7.1.14" => "pkixproxy",
        // Certificate Transparency's SCT lists (RFC 6962): TLS decodes them.
        "1.3.6.1.4.1.11129.2.4.2" | "1.3.6.1.4.1.11129.2.4.5" => "tls",
        // RSASSA-PSS and elliptic-curve key parameters.
        "1.2.840.113549.1.1.10" | "1.2.840.10045.2.1" => "pkcs-1",
        o if o
            .strip_prefix("2.16.840.1.113730.1.")
            .is_some_and(|n| matches!(n, "1" | "2" | "3" | "4" | "7" | "8" | "12" | "13")) =>
        {
            "ns_cert_exts"
        }
        _ => return None,
    })
}

fn extension_value(cx: &mut Cx<'_>, oid: &str, b: &[u8]) -> Result<(), Stop> {
    let (v, _) = tlv(b)?;
    match oid {
        "2.5.29.14" if v.universal(OCTET_STRING) => {
            cx.bytes(x::X509CE_SUBJECTKEYIDENTIFIER, v.body);
        }
        "2.5.29.15" if v.universal(BIT_STRING) => key_usage(cx, v.body),
        "2.5.29.17" | "2.5.29.18" if v.universal(SEQUENCE) => {
            general_names(cx, x::X509CE_GENERALNAMES, v.body)?;
        }
        "2.5.29.19" if v.universal(SEQUENCE) => {
            cx.none(x::X509CE_BASICCONSTRAINTSSYNTAX_ELEMENT);
            for t in elements(v.body) {
                let t = t?;
                if t.universal(BOOLEAN) {
                    cx.l.boolean(x::X509CE_CA, t.body.first().is_some_and(|&c| c != 0));
                } else if t.universal(INTEGER)
                    && let Some(n) = int_value(t.body).and_then(|n| u64::try_from(n).ok())
                {
                    cx.uint(x::X509CE_PATHLENCONSTRAINT, n);
                }
            }
        }
        "2.5.29.31" if v.universal(SEQUENCE) => {
            cx.uint(x::X509CE_CRLDISTPOINTSSYNTAX, count(v.body));
            for dp in elements(v.body) {
                let dp = dp?;
                cx.none(x::X509CE_DISTRIBUTIONPOINT_ELEMENT);
                for t in elements(dp.body) {
                    let t = t?;
                    match (t.class, t.tag) {
                        (2, 0) => {
                            let (name, _) = tlv(t.body)?;
                            if name.context(0) {
                                cx.uint(x::X509CE_DISTRIBUTIONPOINT, 0);
                                general_names(cx, x::X509CE_FULLNAME, name.body)?;
                            } else if name.context(1) {
                                cx.uint(x::X509CE_DISTRIBUTIONPOINT, 1);
                            }
                        }
                        (2, 1) => bit_string(cx, t.body, x::X509CE_REASONS),
                        (2, 2) => general_names(cx, x::X509CE_CRLISSUER, t.body)?,
                        _ => {}
                    }
                }
            }
        }
        "2.5.29.32" if v.universal(SEQUENCE) => {
            cx.uint(x::X509CE_CERTIFICATEPOLICIESSYNTAX, count(v.body));
            for pi in elements(v.body) {
                let pi = pi?;
                cx.none(x::X509CE_POLICYINFORMATION_ELEMENT);
                let mut r = pi.body;
                let id = expect(&mut r, OID, "policyIdentifier is an OBJECT IDENTIFIER")?;
                cx.oid(x::X509CE_POLICYIDENTIFIER, id.body)?;
                if r.is_empty() {
                    continue;
                }
                let quals = expect(&mut r, SEQUENCE, "policyQualifiers are a SEQUENCE")?;
                cx.uint(x::X509CE_POLICYQUALIFIERS, count(quals.body));
                for q in elements(quals.body) {
                    let q = q?;
                    cx.none(x::X509CE_POLICYQUALIFIERINFO_ELEMENT);
                    let mut r = q.body;
                    let id = expect(&mut r, OID, "policyQualifierId is an OBJECT IDENTIFIER")?;
                    let qid = cx.oid(x::X509CE_ID, id.body)?;
                    if r.is_empty() {
                        continue;
                    }
                    let (qv, _) = tlv(r)?;
                    policy_qualifier(cx, &qid, &qv)?;
                }
            }
        }
        "2.5.29.35" if v.universal(SEQUENCE) => {
            cx.none(x::X509CE_AUTHORITYKEYIDENTIFIER_ELEMENT);
            for t in elements(v.body) {
                let t = t?;
                match (t.class, t.tag) {
                    (2, 0) => cx.bytes(x::X509CE_KEYIDENTIFIER, t.body),
                    (2, 1) => general_names(cx, x::X509CE_AUTHORITYCERTISSUER, t.body)?,
                    (2, 2) => cx.bytes(x::X509CE_AUTHORITYCERTSERIALNUMBER, t.body),
                    _ => {}
                }
            }
        }
        "2.5.29.37" if v.universal(SEQUENCE) => {
            cx.uint(x::X509CE_KEYPURPOSEIDS, count(v.body));
            for k in elements(v.body) {
                let k = k?;
                if k.universal(OID) {
                    cx.oid(x::X509CE_KEYPURPOSEID, k.body)?;
                }
            }
        }
        "1.3.6.1.5.5.7.1.1" if v.universal(SEQUENCE) => {
            cx.uint(x::PKIX1IMPLICIT_AUTHORITYINFOACCESSSYNTAX, count(v.body));
            for ad in elements(v.body) {
                let ad = ad?;
                cx.none(x::PKIX1IMPLICIT_ACCESSDESCRIPTION_ELEMENT);
                let mut r = ad.body;
                let id = expect(&mut r, OID, "accessMethod is an OBJECT IDENTIFIER")?;
                cx.oid(x::PKIX1IMPLICIT_ACCESSMETHOD, id.body)?;
                let (loc, _) = tlv(r)?;
                general_name(cx, x::PKIX1IMPLICIT_ACCESSLOCATION, &loc)?;
            }
        }
        "2.5.29.30" if v.universal(SEQUENCE) => {
            cx.none(x::X509CE_NAMECONSTRAINTSSYNTAX_ELEMENT);
            for t in elements(v.body) {
                let t = t?;
                let d = match (t.class, t.tag) {
                    (2, 0) => x::X509CE_PERMITTEDSUBTREES,
                    (2, 1) => x::X509CE_EXCLUDEDSUBTREES,
                    _ => continue,
                };
                cx.uint(d, count(t.body));
                for sub in elements(t.body) {
                    let sub = sub?;
                    cx.none(x::X509CE_GENERALSUBTREE_ELEMENT);
                    let mut parts = elements(sub.body);
                    if let Some(base) = parts.next() {
                        general_name(cx, x::X509CE_BASE, &base?)?;
                    }
                    for p in parts {
                        let p = p?;
                        let d = match (p.class, p.tag) {
                            (2, 0) => x::X509CE_MINIMUM,
                            (2, 1) => x::X509CE_MAXIMUM,
                            _ => continue,
                        };
                        cx.uint_of(d, p.body);
                    }
                }
            }
        }
        "2.5.29.36" if v.universal(SEQUENCE) => {
            cx.none(x::X509CE_POLICYCONSTRAINTSSYNTAX_ELEMENT);
            for t in elements(v.body) {
                let t = t?;
                let d = match (t.class, t.tag) {
                    (2, 0) => x::X509CE_REQUIREEXPLICITPOLICY,
                    (2, 1) => x::X509CE_INHIBITPOLICYMAPPING,
                    _ => continue,
                };
                cx.uint_of(d, t.body);
            }
        }
        "2.5.29.54" if v.universal(INTEGER) => {
            cx.uint_of(x::X509CE_SKIPCERTS, v.body);
        }
        "2.16.840.1.113730.1.1" if v.universal(BIT_STRING) => {
            let Some((&pad, bits)) = v.body.split_first() else {
                return Ok(());
            };
            cx.uint(x::BER_BITSTRING_PADDING, pad.into());
            cx.bytes(x::NS_CERT_EXTS_CERTTYPE, bits);
            let byte = bits.first().copied().unwrap_or(0);
            for (i, d) in [
                x::NS_CERT_EXTS_CERTTYPE_SSL_CLIENT,
                x::NS_CERT_EXTS_CERTTYPE_SSL_SERVER,
                x::NS_CERT_EXTS_CERTTYPE_SMIME,
                x::NS_CERT_EXTS_CERTTYPE_OBJECT_SIGNING,
                x::NS_CERT_EXTS_CERTTYPE_RESERVED_FOR_FUTURE_USE,
                x::NS_CERT_EXTS_CERTTYPE_SSL_CA,
                x::NS_CERT_EXTS_CERTTYPE_SMIME_CA,
                x::NS_CERT_EXTS_CERTTYPE_OBJECT_SIGNING_CA,
            ]
            .into_iter()
            .enumerate()
            {
                cx.l.boolean(d, byte & (0x80 >> i) != 0);
            }
        }
        // In a certificate, or in an OCSP response's single extensions.
        "1.3.6.1.4.1.11129.2.4.2" | "1.3.6.1.4.1.11129.2.4.5" if v.universal(OCTET_STRING) => {
            sct_list(cx.l, v.body, true)
        }
        o if o.starts_with("1.3.6.1.5.5.7.48.1.") => ocsp::oid_value(cx, o, &v)?,
        o if o.starts_with("2.16.840.1.113730.1.") && v.universal(IA5_STRING) => {
            let d = match o {
                "2.16.840.1.113730.1.2" => x::NS_CERT_EXTS_BASEURL,
                "2.16.840.1.113730.1.3" => x::NS_CERT_EXTS_REVOCATIONURL,
                "2.16.840.1.113730.1.4" => x::NS_CERT_EXTS_CAREVOCATIONURL,
                "2.16.840.1.113730.1.7" => x::NS_CERT_EXTS_CERTRENEWALURL,
                "2.16.840.1.113730.1.8" => x::NS_CERT_EXTS_CAPOLICYURL,
                "2.16.840.1.113730.1.12" => x::NS_CERT_EXTS_SSLSERVERNAME,
                "2.16.840.1.113730.1.13" => x::NS_CERT_EXTS_COMMENT,
                _ => return Ok(()),
            };
            cx.string(d, ascii(v.body));
        }
        _ => {}
    }
    Ok(())
}

/// A Certificate Transparency SCT list (RFC 6962 3.3), TLS-encoded
/// inside the certificate extension's OCTET STRING or in a server's
/// `signed_certificate_timestamp` TLS extension, as tshark's TLS dissector
/// (`tls_dissect_sct_list`) shows it: the list's length, then each SCT's length, version, log, time,
/// extensions and signature. A short list ends the walk quietly (tshark
/// flags it; the certificate goes on).
///
/// `signed_alg`: the signature names its algorithm (TLS 1.2 and later's
/// `digitally-signed`); tshark reads a TLS 1.0 or 1.1 session's list
/// without one (`ssl_dissect_digitally_signed`), taking the algorithm's
/// bytes for the signature's length, and then goes on with the next SCT
/// even when that signature does not fit.
pub(crate) fn sct_list(l: &mut Layer<'static>, b: &[u8], signed_alg: bool) {
    let mut protos = Vec::new();
    let cx = &mut Cx::new(l, &mut protos);
    use crate::dissect::fields::tls as t;
    let u16_at = |b: &[u8], at: usize| -> Option<usize> {
        b.get(at..at + 2)
            .map(|p| usize::from(u16::from_be_bytes([p[0], p[1]])))
    };
    let Some(n) = u16_at(b, 0) else { return };
    cx.uint(t::SCT_SCTS_LENGTH, n as u64);
    let mut list = b.get(2..2 + n).unwrap_or(&b[2..]);
    while let Some(len) = u16_at(list, 0) {
        let Some(sct) = list.get(2..2 + len) else {
            return;
        };
        list = &list[2 + len..];
        cx.uint(t::SCT_SCT_LENGTH, len as u64);
        let one = (|| {
            cx.uint(t::SCT_SCT_VERSION, (*sct.first()?).into());
            cx.bytes(t::SCT_SCT_LOGID, sct.get(1..33)?);
            let ms = u64::from_be_bytes(sct.get(33..41)?.try_into().ok()?);
            cx.l.push(
                t::SCT_SCT_TIMESTAMP,
                Value::Time(crate::source::Timestamp::new(
                    (ms / 1000) as i64,
                    (ms % 1000) as u32 * 1_000_000,
                )),
            );
            let ext = u16_at(sct, 41)?;
            cx.uint(t::SCT_SCT_EXTENSIONS_LENGTH, ext as u64);
            if ext > 0 {
                sct.get(43..43 + ext)?;
                cx.none(t::SCT_SCT_EXTENSIONS);
            }
            let mut at = 43 + ext;
            if signed_alg {
                let alg = u16_at(sct, at)? as u64;
                cx.uint(t::HANDSHAKE_SIG_HASH_ALG, alg);
                cx.uint(t::HANDSHAKE_SIG_HASH_HASH, alg >> 8);
                cx.uint(t::HANDSHAKE_SIG_HASH_SIG, alg & 0xff);
                at += 2;
            }
            let sig = u16_at(sct, at)?;
            cx.uint(t::SCT_SCT_SIGNATURE_LENGTH, sig as u64);
            cx.bytes(t::SCT_SCT_SIGNATURE, sct.get(at + 2..at + 2 + sig)?);
            Some(())
        })();
        if one.is_none() && signed_alg {
            return;
        }
    }
}

/// KeyUsage: the bit string's padding and bytes, then each of the nine
/// bits (a bit past the string's end reads as clear).
fn key_usage(cx: &mut Cx<'_>, b: &[u8]) {
    let Some((&pad, bits)) = b.split_first() else {
        return;
    };
    cx.uint(x::BER_BITSTRING_PADDING, pad.into());
    cx.bytes(x::X509CE_KEYUSAGE, bits);
    let byte = |i: usize| bits.get(i).copied().unwrap_or(0);
    for (d, set) in [
        (x::X509CE_KEYUSAGE_DIGITALSIGNATURE, byte(0) & 0x80),
        (x::X509CE_KEYUSAGE_CONTENTCOMMITMENT, byte(0) & 0x40),
        (x::X509CE_KEYUSAGE_KEYENCIPHERMENT, byte(0) & 0x20),
        (x::X509CE_KEYUSAGE_DATAENCIPHERMENT, byte(0) & 0x10),
        (x::X509CE_KEYUSAGE_KEYAGREEMENT, byte(0) & 0x08),
        (x::X509CE_KEYUSAGE_KEYCERTSIGN, byte(0) & 0x04),
        (x::X509CE_KEYUSAGE_CRLSIGN, byte(0) & 0x02),
        (x::X509CE_KEYUSAGE_ENCIPHERONLY, byte(0) & 0x01),
        (x::X509CE_KEYUSAGE_DECIPHERONLY, byte(1) & 0x80),
    ] {
        cx.l.boolean(d, set != 0);
    }
}

/// A policy qualifier, by its identifier's registration.
fn policy_qualifier(cx: &mut Cx<'_>, qid: &str, q: &Tlv<'_>) -> Result<(), Stop> {
    if let Some(proto) = registered(qid) {
        cx.called(proto);
    }
    match qid {
        // id-qt-cps: a URI, pkix1explicit's DirectoryString.
        "1.3.6.1.5.5.7.2.1" if q.class == 0 => {
            cx.string(x::PKIX1EXPLICIT_DIRECTORYSTRING, string_text(q));
        }
        // id-qt-unotice: pkix1implicit's UserNotice.
        "1.3.6.1.5.5.7.2.2" => {
            if !q.universal(SEQUENCE) {
                return Ok(());
            }
            cx.none(x::PKIX1IMPLICIT_USERNOTICE_ELEMENT);
            for t in elements(q.body) {
                let t = t?;
                if t.universal(SEQUENCE) {
                    cx.none(x::PKIX1IMPLICIT_NOTICEREF_ELEMENT);
                    let mut r = t.body;
                    let (org, rest) = tlv(r)?;
                    r = rest;
                    display_text(cx, x::PKIX1IMPLICIT_ORGANIZATION, &org);
                    let nums = expect(&mut r, SEQUENCE, "noticeNumbers are a SEQUENCE")?;
                    cx.uint(x::PKIX1IMPLICIT_NOTICENUMBERS, count(nums.body));
                    for n in elements(nums.body) {
                        let n = n?;
                        cx.int32(x::PKIX1IMPLICIT_NOTICENUMBERS_ITEM, n.body);
                    }
                } else {
                    display_text(cx, x::PKIX1IMPLICIT_EXPLICITTEXT, &t);
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// A DisplayText: which alternative under `d`, then its text.
fn display_text(cx: &mut Cx<'_>, d: Def, t: &Tlv<'_>) {
    let (choice, f) = match (t.class, t.tag) {
        (0, IA5_STRING) => (0, x::PKIX1IMPLICIT_IA5STRING),
        (0, VISIBLE_STRING) => (1, x::PKIX1IMPLICIT_VISIBLESTRING),
        (0, BMP_STRING) => (2, x::PKIX1IMPLICIT_BMPSTRING),
        (0, UTF8_STRING) => (3, x::PKIX1IMPLICIT_UTF8STRING),
        _ => return,
    };
    cx.uint(d, choice);
    cx.string(f, string_text(t));
}

/// GeneralNames: their count under `d`, then each name.
fn general_names(cx: &mut Cx<'_>, d: Def, b: &[u8]) -> Result<(), Stop> {
    cx.uint(d, count(b));
    for n in elements(b) {
        general_name(cx, x::X509CE_GENERALNAME, &n?)?;
    }
    Ok(())
}

/// A GeneralName: its alternative (the context tag) under `d`, then its
/// value.
fn general_name(cx: &mut Cx<'_>, d: Def, n: &Tlv<'_>) -> Result<(), Stop> {
    if n.class != 2 || n.tag > 8 {
        return Ok(());
    }
    cx.uint(d, n.tag.into());
    match n.tag {
        // otherName: its type, and its value handed to the dissector
        // registered for the type (Microsoft's user principal name is
        // x509sat's UTF8String).
        0 if n.constructed => {
            cx.none(x::X509CE_OTHERNAME_ELEMENT);
            let mut r = n.body;
            let id = expect(&mut r, OID, "an otherName's type is an OBJECT IDENTIFIER")?;
            let oid = cx.oid(x::X509CE_TYPE_ID, id.body)?;
            let (value, _) = tlv(r)?;
            if let Some(proto) = registered(&oid) {
                cx.called(proto);
            }
            if oid == "1.3.6.1.4.1.311.20.2.3" && value.context(0) {
                let (inner, _) = tlv(value.body)?;
                if inner.universal(UTF8_STRING) {
                    cx.string(x::X509SAT_SYNTAX_UTF8STRING, string_text(&inner));
                }
            }
        }
        1 => cx.string(x::X509CE_RFC822NAME, ascii(n.body)),
        2 => cx.string(x::X509CE_DNSNAME, ascii(n.body)),
        4 if n.constructed => {
            let (name, _) = tlv(n.body)?;
            if name.universal(SEQUENCE) {
                cx.uint(x::X509CE_DIRECTORYNAME, 0);
                rdn_sequence(cx, x::X509IF_RDNSEQUENCE, name.body)?;
            }
        }
        6 => cx.string(x::X509CE_UNIFORMRESOURCEIDENTIFIER, ascii(n.body)),
        7 => match n.body.len() {
            4 => cx.l.push(
                x::X509CE_IPADDRESS_IPV4,
                Value::Ipv4([n.body[0], n.body[1], n.body[2], n.body[3]]),
            ),
            16 => {
                let mut a = [0u8; 16];
                a.copy_from_slice(n.body);
                cx.l.push(x::X509CE_IPADDRESS_IPV6, Value::Ipv6(a));
            }
            _ => {}
        },
        8 => {
            cx.oid(x::X509CE_REGISTEREDID, n.body)?;
        }
        _ => {}
    }
    Ok(())
}

/// The names tshark gives the object identifiers a certificate commonly
/// carries (its OID registry), for `-V`: checked against `tshark -V` on
/// every corpus certificate. tshark also names an unknown identifier by
/// its known prefix (`iso.3.6.1.4.1.6449.1.2.1.3.4`); we leave those bare.
pub fn oid_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "1.2.840.113549.1.1.1" => "rsaEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.2.840.113549.1.1.8" => "id-mgf1",
        "1.2.840.113549.1.1.10" => "id-RSASSA-PSS",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.10045.2.1" => "id-ecPublicKey",
        "1.2.840.10045.3.1.7" => "secp256r1",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10040.4.1" => "id-dsa",
        "2.16.840.1.101.3.4.2.1" => "sha256",
        "2.5.4.3" => "id-at-commonName",
        "2.5.4.5" => "id-at-serialNumber",
        "2.5.4.6" => "id-at-countryName",
        "2.5.4.7" => "id-at-localityName",
        "2.5.4.8" => "id-at-stateOrProvinceName",
        "2.5.4.9" => "id-at-streetAddress",
        "2.5.4.10" => "id-at-organizationName",
        "2.5.4.11" => "id-at-organizationalUnitName",
        "2.5.4.15" => "id-at-businessCategory",
        "2.5.4.17" => "id-at-postalCode",
        "1.2.840.113549.1.9.1" => "pkcs-9-at-emailAddress",
        "2.5.29.14" => "id-ce-subjectKeyIdentifier",
        "2.5.29.15" => "id-ce-keyUsage",
        "2.5.29.17" => "id-ce-subjectAltName",
        "2.5.29.18" => "id-ce-issuerAltName",
        "2.5.29.19" => "id-ce-basicConstraints",
        "2.5.29.31" => "id-ce-cRLDistributionPoints",
        "2.5.29.32" => "id-ce-certificatePolicies",
        "2.5.29.32.0" => "anyPolicy",
        "2.5.29.35" => "id-ce-authorityKeyIdentifier",
        "2.5.29.37" => "id-ce-extKeyUsage",
        "1.3.6.1.5.5.7.1.1" => "id-pe-authorityInfoAccess",
        "1.3.6.1.5.5.7.2.1" => "id-qt-cps",
        "1.3.6.1.5.5.7.2.2" => "id-qt-unotice",
        "1.3.6.1.5.5.7.3.1" => "id-kp-serverAuth",
        "1.3.6.1.5.5.7.3.2" => "id-kp-clientAuth",
        "1.3.6.1.5.5.7.48.1" => "id-ad-ocsp",
        "1.3.14.3.2.26" => "SHA-1",
        "1.3.6.1.5.5.7.48.1.1" => "id-pkix-ocsp-basic",
        "1.3.6.1.5.5.7.48.1.2" => "id-pkix-ocsp-nonce",
        "1.3.6.1.5.5.7.48.1.3" => "id-pkix-ocsp-crl",
        "1.3.6.1.5.5.7.48.1.4" => "id-pkix-ocsp-response",
        "1.3.6.1.5.5.7.48.1.5" => "id-pkix-ocsp-nocheck",
        "1.3.6.1.5.5.7.48.1.6" => "id-pkix-ocsp-archive-cutoff",
        "1.3.6.1.5.5.7.48.1.7" => "id-pkix-ocsp-service-locator",
        "1.3.6.1.5.5.7.48.2" => "id-ad-caIssuers",
        "1.3.6.1.5.5.7.3.4" => "id-kp-emailProtection",
        "1.3.6.1.4.1.11129.2.4.2" => "SignedCertificateTimestampList",
        "2.16.840.1.113730.1.4" => "ns_cert_exts.ca-revocation-url",
        "2.16.840.1.113730.1.13" => "ns_cert_exts.comment",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oids_read_as_dotted_text() {
        // 2.5.4.3, 1.2.840.113549.1.1.11, and an arc past 32 bits.
        assert_eq!(oid_text(&[0x55, 0x04, 0x03]).as_deref(), Some("2.5.4.3"));
        assert_eq!(
            oid_text(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]).as_deref(),
            Some("1.2.840.113549.1.1.11")
        );
        assert_eq!(
            oid_text(&[0x2b, 0x90, 0x80, 0x80, 0x80, 0x00]).as_deref(),
            Some("1.3.4294967296")
        );
        assert_eq!(oid_text(&[0x55, 0x84]), None);
        assert_eq!(oid_text(&[]), None);
    }

    #[test]
    fn times_read_as_tshark_writes_them() {
        assert_eq!(utc_time(b"110504000000Z"), "2011-05-04 00:00:00 (UTC)");
        assert_eq!(utc_time(b"991231235959Z"), "1999-12-31 23:59:59 (UTC)");
        assert_eq!(utc_time(b"4912312359Z"), "2049-12-31 23:59 (UTC)");
        assert_eq!(
            utc_time(b"110504000000+0130"),
            "2011-05-04 00:00:00 (UTC+0130)"
        );
        assert_eq!(utc_time(b"1105040000Zjunk"), "1105040000Zjunk");
        assert_eq!(
            generalized_time(b"20500101000000Z"),
            Some(crate::source::Timestamp::new(2_524_608_000, 0))
        );
        assert_eq!(generalized_time(b"20501301000000Z"), None);
    }

    #[test]
    fn elements_past_their_container_stop_the_walk() {
        assert!(tlv(&[0x30, 0x05, 0x02, 0x01]).is_err());
        assert!(tlv(&[0x30, 0x80]).is_err());
        assert!(tlv(&[0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x00]).is_err());
        let (t, rest) = tlv(&[0x02, 0x01, 0x05, 0xff]).unwrap();
        assert!(t.universal(INTEGER) && t.body == [5] && rest == [0xff]);
    }
}
