//! GSS-API tokens (RFC 2743) and SPNEGO (RFC 4178) as tshark 4.0's
//! `packet-gssapi.c` and `packet-spnego.c` show them, for the protocols
//! that carry a security blob (SMB2's and SMB's session setup, HTTP's
//! `Negotiate`, LDAP's SASL): `gss-api` (the initial token's mechanism
//! OID), then `spnego` (negTokenInit: mechTypes, mechToken, negHints;
//! negTokenTarg: negResult, supportedMech, responseToken, mechListMIC),
//! then NTLMSSP for a token that is one (a layer each, see `ntlmssp`).
//!
//! Without tshark's per-conversation memory of the mechanism, a token
//! after the first is told by its own bytes: `[1]`/`[0]` is SPNEGO, the
//! NTLMSSP signature NTLMSSP, and a 16-byte mechListMIC with signature
//! version 1 an NTLMSSP verifier. A Kerberos token in its GSS-API wrapper
//! is a `spnego-krb5` layer with its OID and token ID; Kerberos itself is
//! not decoded (tshark does not list it in `frame.protocols` either).
//!
//! The promise: no input makes this module panic; every element is read
//! whole or not at all (`dissect::ber`), and nesting is bounded by the
//! fixed shape of the two tokens.

pub mod fields;

#[cfg(test)]
mod tests;

use super::ntlmssp;
use crate::dissect::ber::{self, Tlv};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use std::borrow::Cow;

const OID_SPNEGO: &str = "1.3.6.1.5.5.2";
const OID_NTLMSSP: &str = "1.3.6.1.4.1.311.2.2.10";

const OID_KRB5: &str = "1.2.840.113554.1.2.2";
const OID_MS_KRB5: &str = "1.2.840.48018.1.2.2";
/// Kerberos user-to-user (a DCE/RPC bind's mechToken), which tshark's
/// `spnego-krb5` reads as it reads Kerberos's own.
const OID_KRB5_U2U: &str = "1.2.840.113554.1.2.2.3";

/// What a token inside SPNEGO is handed to.
#[derive(Clone, Copy)]
enum Inner {
    Ntlmssp,
    /// NTLMSSP's signature in a mechListMIC.
    Verifier,
    /// A Kerberos token in its GSS-API wrapper (`spnego-krb5`).
    Krb5,
    /// An RFC 4121 MIC token (`04 04`) in a mechListMIC.
    Krb5Mic,
}

/// The kind of a mechToken or responseToken, told by its bytes.
fn inner_kind(tok: &[u8]) -> Option<Inner> {
    if ntlmssp::is_ntlmssp(tok) {
        return Some(Inner::Ntlmssp);
    }
    // A Kerberos AP-REQ, AP-REP or KRB-ERROR without its GSS-API wrapper
    // (a DCE/RPC bind's): spnego-krb5 shows its blob.
    if matches!(tok.first(), Some(0x6e | 0x6f | 0x7e)) {
        return Some(Inner::Krb5);
    }
    krb5_oid(tok).map(|_| Inner::Krb5)
}

/// A Kerberos token's mechanism OID, its wrapper `[APPLICATION 0]`
/// holding one of Kerberos's; and the bytes after it.
fn krb5_oid(tok: &[u8]) -> Option<(String, &[u8])> {
    if tok.first() != Some(&0x60) {
        return None;
    }
    let (app, _) = ber::tlv(tok).ok()?;
    let (oid, rest) = ber::tlv(app.body).ok()?;
    let text = oid_of(&oid)?;
    (text == OID_KRB5 || text == OID_MS_KRB5 || text == OID_KRB5_U2U).then_some((text, rest))
}

/// A Kerberos token as tshark's `spnego-krb5` shows it without going
/// into Kerberos: the token, its OID and its token ID.
fn krb5<'a>(tok: &'a [u8], at: usize, out: &mut Vec<Layer<'a>>) {
    use f::spnego_krb5 as k;
    let mut l = Layer::new(Osi::Application, "spnego-krb5", at..at + tok.len());
    l.push(k::SPNEGO_KRB5_BLOB, Value::Bytes(Cow::Borrowed(tok)));
    if let Some((oid, rest)) = krb5_oid(tok) {
        l.str(k::SPNEGO_KRB5_OID, oid);
        if rest.len() >= 2 {
            let id = u16::from_le_bytes([rest[0], rest[1]]);
            l.uint(k::SPNEGO_KRB5_TOK_ID, id);
            // AP-REQ, AP-REP and KRB-ERROR tokens: tshark's Kerberos tree
            // inside (no layer of its own).
            if matches!(id, 1..=3) {
                super::kerberos::inside(&rest[2..], &mut l);
            }
        }
    } else {
        super::kerberos::inside(tok, &mut l);
    }
    out.push(l);
}

/// An RFC 4121 wrap token (`05 04`) that verifies a DCE/RPC PDU, at frame
/// offset `at`: the GSS-API item, then the `spnego-krb5` layer of its
/// header and checksum (the rest of the token), as tshark's
/// `gssapi_verf` shows it. Nothing for another token.
pub fn cfx_verifier<'a>(tok: &'a [u8], at: usize, out: &mut Vec<Layer<'a>>) {
    if tok.len() < 16 || tok[..2] != [5, 4] {
        return;
    }
    out.push(Layer::new(Osi::Application, "gss-api", at..at + tok.len()));
    cfx_token(tok, at, out);
}

/// A mechListMIC that is an RFC 4121 MIC token.
fn is_cfx_mic(mic: &[u8]) -> bool {
    mic.len() >= 16 && mic[..2] == [4, 4]
}

/// An RFC 4121 token (wrap `05 04` or MIC `04 04`, 16 bytes or more):
/// the `spnego-krb5` layer of its header and checksum.
fn cfx_token<'a>(tok: &'a [u8], at: usize, out: &mut Vec<Layer<'a>>) {
    use f::spnego_krb5 as k;
    let mut l = Layer::new(Osi::Application, "spnego-krb5", at..at + tok.len());
    l.push(k::SPNEGO_KRB5_BLOB, Value::Bytes(Cow::Borrowed(tok)));
    l.uint(k::SPNEGO_KRB5_TOK_ID, u16::from_le_bytes([tok[0], tok[1]]));
    cfx_header(tok, &mut l);
    if tok.len() > 16 {
        l.push(
            k::SPNEGO_KRB5_SGN_CKSUM,
            Value::Bytes(Cow::Borrowed(&tok[16..])),
        );
    }
    out.push(l);
}

/// An RFC 4121 token's header after its token ID (`tok` holds 8 bytes at
/// least): the flags and their bits, the filler, a wrap token's EC and RRC,
/// then the sequence number when its 8 bytes are there.
pub fn cfx_header(tok: &[u8], l: &mut Layer<'_>) {
    use f::spnego_krb5 as k;
    let flags = tok[2];
    l.uint(k::SPNEGO_KRB5_CFX_FLAGS, flags);
    l.boolean(k::SPNEGO_KRB5_ACCEPTOR_SUBKEY, flags & 4 != 0);
    l.boolean(k::SPNEGO_KRB5_SEALED, flags & 2 != 0);
    l.boolean(k::SPNEGO_KRB5_SEND_BY_ACCEPTOR, flags & 1 != 0);
    // A MIC token's filler runs to its sequence number.
    let filler_end = if tok[..2] == [4, 4] { 8 } else { 4 };
    l.push(
        k::SPNEGO_KRB5_FILLER,
        Value::Bytes(Cow::Owned(tok[3..filler_end].to_vec())),
    );
    if filler_end == 4 {
        l.uint(k::SPNEGO_KRB5_CFX_EC, u16::from_be_bytes([tok[4], tok[5]]));
        l.uint(k::SPNEGO_KRB5_CFX_RRC, u16::from_be_bytes([tok[6], tok[7]]));
    }
    if let Some(seq) = tok.get(8..16) {
        let mut n = [0u8; 8];
        n.copy_from_slice(seq);
        l.uint(k::SPNEGO_KRB5_CFX_SEQ, u64::from_be_bytes(n));
    }
}

/// Whether `b` looks like a token `dissect` decodes.
pub fn is_token(b: &[u8]) -> bool {
    matches!(b.first(), Some(0x60 | 0xa0 | 0xa1)) || ntlmssp::is_ntlmssp(b)
}

/// A GSS-API token `b` (captured bytes; `reported` on the wire) at frame
/// offset `at`: the `gss-api` layer and what it carries, appended to
/// `out`.
pub fn dissect<'a>(b: &'a [u8], at: usize, reported: usize, out: &mut Vec<Layer<'a>>) {
    let mut l = Layer::new(Osi::Application, "gss-api", at..at + b.len());
    if b.first() == Some(&0x60) {
        let Ok((app, _)) = ber::tlv(b) else {
            l.malformed("GSS-API: a token cut short or malformed");
            out.push(l);
            return;
        };
        let Ok((oid, rest)) = ber::tlv(app.body) else {
            out.push(l);
            return;
        };
        let Some(text) = oid
            .universal(ber::OID)
            .then(|| ber::oid_text(oid.body))
            .flatten()
        else {
            out.push(l);
            return;
        };
        let rest_at = at + offset_in(b, rest);
        let is_spnego = text == OID_SPNEGO;
        let is_ntlmssp = text == OID_NTLMSSP;
        l.str(f::gssapi::GSS_API_OID, text);
        out.push(l);
        if is_spnego {
            spnego(rest, rest_at, out);
        } else if is_ntlmssp {
            ntlmssp::dissect(rest, rest_at, rest.len(), out);
        }
        return;
    }
    out.push(l);
    if ntlmssp::is_ntlmssp(b) {
        ntlmssp::dissect(b, at, reported, out);
    } else if matches!(b.first(), Some(0xa0 | 0xa1)) {
        spnego(b, at, out);
    }
}

/// One SPNEGO token at frame offset `at`: the `spnego` layer, then the
/// NTLMSSP layers its token and MIC hold.
pub fn spnego<'a>(b: &'a [u8], at: usize, out: &mut Vec<Layer<'a>>) {
    let mut l = Layer::new(Osi::Application, "spnego", at..at + b.len());
    let mut inner: Vec<(usize, &'a [u8], Inner)> = Vec::new();
    let r = match ber::tlv(b) {
        Ok((t, _)) if t.context(0) => neg_token_init(b, t, &mut l, &mut inner),
        Ok((t, _)) if t.context(1) => neg_token_targ(b, t, &mut l, &mut inner),
        Ok(_) => Ok(()),
        Err(e) => Err(e),
    };
    if let Err(e) = r {
        l.malformed(format!("SPNEGO: {e}"));
    }
    out.push(l);
    for (off, tok, kind) in inner {
        match kind {
            Inner::Ntlmssp => ntlmssp::dissect(tok, at + off, tok.len(), out),
            Inner::Verifier => ntlmssp::verifier(tok, at + off, out),
            Inner::Krb5 => krb5(tok, at + off, out),
            Inner::Krb5Mic => cfx_token(tok, at + off, out),
        }
    }
}

/// Offset of `part` in `whole` (a sub-slice of it).
fn offset_in(whole: &[u8], part: &[u8]) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

fn seq<'a>(t: Tlv<'a>) -> Result<&'a [u8], ber::Stop> {
    let (s, _) = ber::tlv(t.body)?;
    if !s.universal(ber::SEQUENCE) {
        return Err("a SEQUENCE expected");
    }
    Ok(s.body)
}

fn elements<'a>(mut b: &'a [u8]) -> impl Iterator<Item = Result<Tlv<'a>, ber::Stop>> {
    std::iter::from_fn(move || {
        if b.is_empty() {
            return None;
        }
        match ber::tlv(b) {
            Ok((t, rest)) => {
                b = rest;
                Some(Ok(t))
            }
            Err(e) => {
                b = &[];
                Some(Err(e))
            }
        }
    })
}

fn oid_of(t: &Tlv<'_>) -> Option<String> {
    if t.universal(ber::OID) {
        ber::oid_text(t.body)
    } else {
        None
    }
}

fn octets<'a>(t: Tlv<'a>) -> Result<&'a [u8], ber::Stop> {
    let (s, _) = ber::tlv(t.body)?;
    if !s.universal(ber::OCTET_STRING) {
        return Err("an OCTET STRING expected");
    }
    Ok(s.body)
}

fn neg_token_init<'a>(
    whole: &'a [u8],
    t: Tlv<'a>,
    l: &mut Layer<'a>,
    inner: &mut Vec<(usize, &'a [u8], Inner)>,
) -> Result<(), ber::Stop> {
    use f::spnego as s;
    l.present(s::NEGTOKENINIT_ELEMENT);
    for e in elements(seq(t)?) {
        let e = e?;
        match (e.class, e.tag) {
            (2, 0) => {
                let (list, _) = ber::tlv(e.body)?;
                let n = elements(list.body).take_while(Result::is_ok).count();
                l.uint(s::MECHTYPES, n as u64);
                for m in elements(list.body) {
                    let m = m?;
                    if let Some(o) = oid_of(&m) {
                        l.str(s::MECHTYPE, o);
                    }
                }
            }
            (2, 1) => {
                let (bits, _) = ber::tlv(e.body)?;
                l.push(s::REQFLAGS, Value::Bytes(Cow::Borrowed(bits.body)));
            }
            (2, 2) => {
                let tok = octets(e)?;
                l.push(s::MECHTOKEN, Value::Bytes(Cow::Borrowed(tok)));
                if let Some(kind) = inner_kind(tok) {
                    inner.push((offset_in(whole, tok), tok, kind));
                }
            }
            (2, 3) => {
                l.present(s::NEGHINTS_ELEMENT);
                let (hints, _) = ber::tlv(e.body)?;
                for h in elements(hints.body) {
                    let h = h?;
                    if h.context(0) {
                        let (name, _) = ber::tlv(h.body)?;
                        l.str(s::HINTNAME, String::from_utf8_lossy(name.body).into_owned());
                    }
                }
            }
            (2, 4) => {
                let mic = octets(e)?;
                l.push(s::MECHLISTMIC, Value::Bytes(Cow::Borrowed(mic)));
                if is_cfx_mic(mic) {
                    inner.push((offset_in(whole, mic), mic, Inner::Krb5Mic));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn neg_token_targ<'a>(
    whole: &'a [u8],
    t: Tlv<'a>,
    l: &mut Layer<'a>,
    inner: &mut Vec<(usize, &'a [u8], Inner)>,
) -> Result<(), ber::Stop> {
    use f::spnego as s;
    l.present(s::NEGTOKENTARG_ELEMENT);
    let mut ntlm = false;
    for e in elements(seq(t)?) {
        let e = e?;
        match (e.class, e.tag) {
            (2, 0) => {
                let (v, _) = ber::tlv(e.body)?;
                let n = v.body.iter().fold(0u64, |a, &c| (a << 8) | u64::from(c));
                if v.body.len() <= 4 {
                    l.uint(s::NEGRESULT, n);
                }
            }
            (2, 1) => {
                let (m, _) = ber::tlv(e.body)?;
                if let Some(o) = oid_of(&m) {
                    ntlm |= o == OID_NTLMSSP;
                    l.str(s::SUPPORTEDMECH, o);
                }
            }
            (2, 2) => {
                let tok = octets(e)?;
                l.push(s::RESPONSETOKEN, Value::Bytes(Cow::Borrowed(tok)));
                if let Some(kind) = inner_kind(tok) {
                    ntlm |= matches!(kind, Inner::Ntlmssp);
                    inner.push((offset_in(whole, tok), tok, kind));
                }
            }
            (2, 3) => {
                let mic = octets(e)?;
                l.push(s::MECHLISTMIC, Value::Bytes(Cow::Borrowed(mic)));
                // NTLMSSP's signature: version 1, twelve bytes.
                if mic.len() == 16 && (ntlm || mic.starts_with(&[1, 0, 0, 0])) {
                    inner.push((offset_in(whole, mic), mic, Inner::Verifier));
                } else if is_cfx_mic(mic) {
                    inner.push((offset_in(whole, mic), mic, Inner::Krb5Mic));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

pub fn summary(_out: &mut String, _l: &Layer<'_>) {}

pub static GSSAPI_SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "gss-api",
    also: &[],
    title: "GSS-API Generic Security Service Application Program Interface",
    osi: Osi::Application,
    fields: f::gssapi::ALL,
    summary,
    info: None,
    column: None,
    app: None,
};

pub static KRB5_SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "spnego-krb5",
    also: &[],
    title: "SPNEGO-KRB5",
    osi: Osi::Application,
    fields: f::spnego_krb5::ALL,
    summary,
    info: None,
    column: None,
    app: None,
};

pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "spnego",
    also: &[],
    title: "Simple Protected Negotiation",
    osi: Osi::Application,
    fields: f::spnego::ALL,
    summary,
    info: None,
    column: None,
    app: None,
};
