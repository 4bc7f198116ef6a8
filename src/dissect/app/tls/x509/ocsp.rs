//! OCSP (RFC 2560) as tshark 4.0's `ocsp` dissector shows it: an HTTP
//! body of type `application/ocsp-request` or `application/ocsp-response`
//! (a layer of its own: Protocol `OCSP`, Info `Request` or `Response`),
//! or the response a TLS Certificate Status message staples (its fields
//! in the TLS layer, as tshark's tree puts them under the handshake).
//!
//! The walk is packet-ocsp.c's (asn2wrs from OCSP.asn): each SEQUENCE's
//! item, each list's count, the `CertID` hashes and serial as bytes, the
//! times as absolute times; the X.509 parts (algorithms, names, the
//! certificates a response carries, extensions) are the certificate
//! walker's, with its fields. Extensions are PKIX1Explicit's, and each
//! value, like the response bytes, goes to the dissector registered for
//! its identifier: the `frame.protocols` entries that adds are collected
//! as the certificate walker collects them. Every read is checked; a
//! short or malformed element ends the walk with the fields so far and
//! the reason, and nesting is capped by the walker's depth.

use super::*;
use crate::dissect::fields::ocsp as o;
use crate::dissect::layer::Osi;

/// ENUMERATED's universal tag.
const ENUMERATED: u32 = 10;
/// NULL's universal tag.
const NULL: u32 = 5;

/// The layer tshark's OCSP dissector makes of an HTTP body: `response`
/// says which media type named it.
pub fn layer(body: &[u8], response: bool) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "ocsp", 0..0);
    l.str(
        o::OSIDUMP_MESSAGE,
        if response { "Response" } else { "Request" },
    );
    let mut protos = Vec::new();
    let walked = if response {
        self::response(body, &mut l, &mut protos)
    } else {
        request(body, &mut l, &mut protos)
    };
    if let Err(e) = walked {
        l.malformed(format!(
            "OCSP {}: {e}",
            if response { "response" } else { "request" }
        ));
    }
    if !protos.is_empty() {
        l.str(o::OSIDUMP_PROTOCOLS, protos.join(":"));
    }
    l
}

/// An OCSPRequest's DER into `l`; the protocols tshark lists for it go to
/// `protos`.
pub fn request(
    der: &[u8],
    l: &mut Layer<'static>,
    protos: &mut Vec<&'static str>,
) -> Result<(), Stop> {
    let mut cx = Cx::new(l, protos);
    let req = sequence(der, "an OCSPRequest is a SEQUENCE")?;
    let mut r = req.body;
    let tbs = expect(&mut r, SEQUENCE, "tbsRequest is a SEQUENCE")?;
    cx.none(o::TBSREQUEST_ELEMENT);
    tbs_request(&mut cx, tbs.body)?;
    if let Some(sig) = optional(&mut r, 0)? {
        let s = sequence(sig.body, "optionalSignature is a SEQUENCE")?;
        cx.none(o::OPTIONALSIGNATURE_ELEMENT);
        signed(&mut cx, s.body)?;
    }
    Ok(())
}

/// An OCSPResponse's DER into `l`; the protocols tshark lists for it go
/// to `protos`.
pub fn response(
    der: &[u8],
    l: &mut Layer<'static>,
    protos: &mut Vec<&'static str>,
) -> Result<(), Stop> {
    let mut cx = Cx::new(l, protos);
    let resp = sequence(der, "an OCSPResponse is a SEQUENCE")?;
    let mut r = resp.body;
    let status = expect(&mut r, ENUMERATED, "responseStatus is an ENUMERATED")?;
    cx.uint_of(o::RESPONSESTATUS, status.body);
    let Some(bytes) = optional(&mut r, 0)? else {
        return Ok(());
    };
    let rb = sequence(bytes.body, "responseBytes is a SEQUENCE")?;
    cx.none(o::RESPONSEBYTES_ELEMENT);
    let mut r = rb.body;
    let id = expect(&mut r, OID, "responseType is an OBJECT IDENTIFIER")?;
    let oid = cx.oid(o::RESPONSETYPE_ID, id.body)?;
    let value = expect(&mut r, OCTET_STRING, "response is an OCTET STRING")?;
    if let Some(proto) = registered(&oid) {
        cx.called(proto);
        cx.enter()?;
        extension_value(&mut cx, &oid, value.body)?;
        cx.leave();
    }
    Ok(())
}

fn tbs_request(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<(), Stop> {
    if let Some(v) = optional(&mut r, 0)? {
        let (n, _) = tlv(v.body)?;
        if n.universal(INTEGER) {
            cx.int32(o::VERSION, n.body);
        }
    }
    if let Some(n) = optional(&mut r, 1)? {
        let (name, _) = tlv(n.body)?;
        general_name(cx, o::REQUESTORNAME, &name)?;
    }
    let list = expect(&mut r, SEQUENCE, "requestList is a SEQUENCE")?;
    cx.uint(o::REQUESTLIST, count(list.body));
    for req in elements(list.body) {
        let req = req?;
        if !req.universal(SEQUENCE) {
            return Err("a Request is a SEQUENCE");
        }
        cx.none(o::REQUEST_ELEMENT);
        let mut q = req.body;
        let cert = expect(&mut q, SEQUENCE, "reqCert is a SEQUENCE")?;
        cx.none(o::REQCERT_ELEMENT);
        cert_id(cx, cert.body)?;
        if let Some(e) = optional(&mut q, 0)? {
            pkix_extensions(cx, o::SINGLEREQUESTEXTENSIONS, e.body)?;
        }
    }
    if let Some(e) = optional(&mut r, 2)? {
        pkix_extensions(cx, o::REQUESTEXTENSIONS, e.body)?;
    }
    Ok(())
}

/// A Signature (a request's) or the signed part of a BasicOCSPResponse
/// after its data: the algorithm, the signature, the certificates.
fn signed(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<(), Stop> {
    let alg = expect(&mut r, SEQUENCE, "signatureAlgorithm is a SEQUENCE")?;
    cx.none(o::SIGNATUREALGORITHM_ELEMENT);
    algorithm(cx, alg.body)?;
    let sig = expect(&mut r, BIT_STRING, "signature is a BIT STRING")?;
    bit_string(cx, sig.body, o::SIGNATURE);
    if let Some(c) = optional(&mut r, 0)? {
        let list = sequence(c.body, "certs are a SEQUENCE")?;
        cx.uint(o::CERTS, count(list.body));
        for cert in elements(list.body) {
            let cert = cert?;
            if !cert.universal(SEQUENCE) {
                return Err("a Certificate is a SEQUENCE");
            }
            cx.none(o::CERTIFICATE_ELEMENT);
            cx.enter()?;
            certificate_body(cx, cert.body)?;
            cx.leave();
        }
    }
    Ok(())
}

/// A CertID: the hash algorithm, the issuer's name and key hashes, the
/// serial number.
fn cert_id(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<(), Stop> {
    let alg = expect(&mut r, SEQUENCE, "hashAlgorithm is a SEQUENCE")?;
    cx.none(o::HASHALGORITHM_ELEMENT);
    algorithm(cx, alg.body)?;
    let name = expect(&mut r, OCTET_STRING, "issuerNameHash is an OCTET STRING")?;
    cx.bytes(o::ISSUERNAMEHASH, name.body);
    let key = expect(&mut r, OCTET_STRING, "issuerKeyHash is an OCTET STRING")?;
    cx.bytes(o::ISSUERKEYHASH, key.body);
    let serial = expect(&mut r, INTEGER, "serialNumber is an INTEGER")?;
    cx.bytes(o::SERIALNUMBER, serial.body);
    Ok(())
}

/// A GeneralizedTime in an absolute-time field (nothing when it does not
/// read as one).
fn gtime(cx: &mut Cx<'_>, d: Def, t: &Tlv<'_>) -> Result<(), Stop> {
    if !t.universal(GENERALIZED_TIME) {
        return Err("a time is a GeneralizedTime");
    }
    if let Some(ts) = generalized_time(t.body) {
        cx.l.push(d, Value::Time(ts));
    }
    Ok(())
}

/// A BasicOCSPResponse (the value `id-pkix-ocsp-basic` names).
pub(super) fn basic(cx: &mut Cx<'_>, b: &[u8]) -> Result<(), Stop> {
    cx.none(o::BASICOCSPRESPONSE_ELEMENT);
    let mut r = b;
    let data = expect(&mut r, SEQUENCE, "tbsResponseData is a SEQUENCE")?;
    cx.none(o::TBSRESPONSEDATA_ELEMENT);
    response_data(cx, data.body)?;
    signed(cx, r)
}

fn response_data(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<(), Stop> {
    if let Some(v) = optional(&mut r, 0)? {
        let (n, _) = tlv(v.body)?;
        if n.universal(INTEGER) {
            cx.int32(o::VERSION, n.body);
        }
    }
    let (id, rest) = tlv(r)?;
    r = rest;
    match (id.class, id.tag) {
        (2, 1) => {
            cx.uint(o::RESPONDERID, 1);
            let (name, _) = tlv(id.body)?;
            if name.universal(SEQUENCE) {
                cx.uint(o::BYNAME, 0);
                rdn_sequence(cx, x::X509IF_RDNSEQUENCE, name.body)?;
            }
        }
        (2, 2) => {
            cx.uint(o::RESPONDERID, 2);
            let (key, _) = tlv(id.body)?;
            if key.universal(OCTET_STRING) {
                cx.bytes(o::BYKEY, key.body);
            }
        }
        _ => return Err("responderID is byName [1] or byKey [2]"),
    }
    let (produced, rest) = tlv(r)?;
    r = rest;
    gtime(cx, o::PRODUCEDAT, &produced)?;
    let list = expect(&mut r, SEQUENCE, "responses are a SEQUENCE")?;
    cx.uint(o::RESPONSES, count(list.body));
    for s in elements(list.body) {
        let s = s?;
        if !s.universal(SEQUENCE) {
            return Err("a SingleResponse is a SEQUENCE");
        }
        cx.none(o::SINGLERESPONSE_ELEMENT);
        single_response(cx, s.body)?;
    }
    if let Some(e) = optional(&mut r, 1)? {
        pkix_extensions(cx, o::RESPONSEEXTENSIONS, e.body)?;
    }
    Ok(())
}

fn single_response(cx: &mut Cx<'_>, mut r: &[u8]) -> Result<(), Stop> {
    let id = expect(&mut r, SEQUENCE, "certID is a SEQUENCE")?;
    cx.none(o::CERTID_ELEMENT);
    cert_id(cx, id.body)?;
    let (status, rest) = tlv(r)?;
    r = rest;
    match (status.class, status.tag) {
        (2, 0) => {
            cx.uint(o::CERTSTATUS, 0);
            cx.none(o::GOOD_ELEMENT);
        }
        (2, 1) => {
            cx.uint(o::CERTSTATUS, 1);
            cx.none(o::REVOKED_ELEMENT);
            let mut v = status.body;
            let (t, rest) = tlv(v)?;
            v = rest;
            gtime(cx, o::REVOCATIONTIME, &t)?;
            if let Some(reason) = optional(&mut v, 0)? {
                let (e, _) = tlv(reason.body)?;
                if e.universal(ENUMERATED) {
                    cx.uint_of(o::REVOCATIONREASON, e.body);
                }
            }
        }
        (2, 2) => {
            cx.uint(o::CERTSTATUS, 2);
            cx.none(o::UNKNOWN_ELEMENT);
        }
        _ => return Err("certStatus is good [0], revoked [1] or unknown [2]"),
    }
    let (this, rest) = tlv(r)?;
    r = rest;
    gtime(cx, o::THISUPDATE, &this)?;
    if let Some(next) = optional(&mut r, 0)? {
        let (t, _) = tlv(next.body)?;
        gtime(cx, o::NEXTUPDATE, &t)?;
    }
    if let Some(e) = optional(&mut r, 1)? {
        pkix_extensions(cx, o::SINGLEEXTENSIONS, e.body)?;
    }
    Ok(())
}

/// `[n] EXPLICIT Extensions` (PKIX1Explicit's): the count under `d`, then
/// each extension.
fn pkix_extensions(cx: &mut Cx<'_>, d: Def, b: &[u8]) -> Result<(), Stop> {
    let list = sequence(b, "Extensions are a SEQUENCE")?;
    cx.uint(d, count(list.body));
    extension_items(
        cx,
        list.body,
        [
            x::PKIX1EXPLICIT_EXTENSION_ELEMENT,
            x::PKIX1EXPLICIT_ID,
            x::PKIX1EXPLICIT_CRITICAL,
        ],
    )
}

/// The values of OCSP's own identifiers (its `ber.oid` registrations),
/// `v` the value's element.
pub(super) fn oid_value(cx: &mut Cx<'_>, oid: &str, v: &Tlv<'_>) -> Result<(), Stop> {
    match oid.strip_prefix("1.3.6.1.5.5.7.48.1.") {
        Some("1") if v.universal(SEQUENCE) => basic(cx, v.body)?,
        Some("2") if v.universal(OCTET_STRING) => cx.bytes(o::REOCSPNONCE, v.body),
        Some("3") if v.universal(SEQUENCE) => {
            cx.none(o::CRLID_ELEMENT);
            for t in elements(v.body) {
                let t = t?;
                let (inner, _) = tlv(t.body)?;
                match (t.class, t.tag) {
                    (2, 0) if inner.universal(IA5_STRING) => {
                        cx.string(o::CRLURL, ascii(inner.body));
                    }
                    (2, 1) if inner.universal(INTEGER) => cx.int32(o::CRLNUM, inner.body),
                    (2, 2) => gtime(cx, o::CRLTIME, &inner)?,
                    _ => {}
                }
            }
        }
        Some("4") if v.universal(SEQUENCE) => {
            cx.uint(o::ACCEPTABLERESPONSES, count(v.body));
            for id in elements(v.body) {
                let id = id?;
                if id.universal(OID) {
                    cx.oid(o::ACCEPTABLERESPONSES_ITEM, id.body)?;
                }
            }
        }
        Some("5") if v.universal(NULL) => cx.none(o::NULL_ELEMENT),
        Some("6") => gtime(cx, o::ARCHIVECUTOFF, v)?,
        _ => {}
    }
    Ok(())
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(m) = l.get_str(o::OSIDUMP_MESSAGE) {
        out.push_str(m);
    }
}

pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "ocsp",
    also: &[],
    title: "Online Certificate Status Protocol",
    osi: Osi::Application,
    fields: o::ALL,
    summary,
    info: None,
    column: None,
    app: None,
};
