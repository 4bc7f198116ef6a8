//! GSS-API and SPNEGO as tshark 4.0 shows them (crafted bytes).

use super::*;

/// A DER element with a short or long-form length.
fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut v = vec![tag];
    if body.len() < 0x80 {
        v.push(body.len() as u8);
    } else {
        v.extend_from_slice(&[0x82, (body.len() >> 8) as u8, body.len() as u8]);
    }
    v.extend_from_slice(body);
    v
}

const SPNEGO_OID: &[u8] = &[0x2b, 6, 1, 5, 5, 2];
const NTLM_OID: &[u8] = &[0x2b, 6, 1, 4, 1, 0x82, 0x37, 2, 2, 0x0a];
const KRB5_OID: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x12, 1, 2, 2];

fn ntlm_negotiate() -> Vec<u8> {
    let mut b = b"NTLMSSP\0".to_vec();
    b.extend_from_slice(&1u32.to_le_bytes());
    b.extend_from_slice(&0x0000_8201u32.to_le_bytes());
    b.extend_from_slice(&[0; 16]);
    b
}

/// GSS-API's initial token: SPNEGO's negTokenInit with the NTLMSSP
/// mechanism and an NTLMSSP NEGOTIATE.
fn init_token() -> Vec<u8> {
    let mech_types = tlv(0xa0, &tlv(0x30, &tlv(0x06, NTLM_OID)));
    let token = tlv(0xa2, &tlv(0x04, &ntlm_negotiate()));
    let seq = tlv(0x30, &[mech_types, token].concat());
    let inner = [tlv(0x06, SPNEGO_OID), tlv(0xa0, &seq)].concat();
    tlv(0x60, &inner)
}

fn run(b: &[u8]) -> Vec<Layer<'_>> {
    let mut out = Vec::new();
    dissect(b, 100, b.len(), &mut out);
    out
}

#[test]
fn neg_token_init_with_ntlmssp() {
    let b = init_token();
    let out = run(&b);
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["gss-api", "spnego", "ntlmssp"]);
    assert_eq!(out[0].get_str(f::gssapi::GSS_API_OID), Some(OID_SPNEGO));
    assert!(out[1].has(f::spnego::NEGTOKENINIT_ELEMENT));
    assert_eq!(out[1].get_uint(f::spnego::MECHTYPES), Some(1));
    assert_eq!(out[1].get_str(f::spnego::MECHTYPE), Some(OID_NTLMSSP));
    assert_eq!(out[1].span.start, 100 + 10);
    assert_eq!(out[2].span.end, 100 + b.len());
    assert_eq!(out[2].get_uint(f::ntlmssp::MESSAGETYPE), Some(1));
}

#[test]
fn neg_token_targ_mic_and_krb5() {
    let mic = [1, 0, 0, 0, 7, 7, 7, 7, 7, 7, 7, 7, 0, 0, 0, 0];
    let seq = [
        tlv(0xa0, &tlv(0x0a, &[0])),
        tlv(0xa1, &tlv(0x06, NTLM_OID)),
        tlv(0xa3, &tlv(0x04, &mic)),
    ]
    .concat();
    let b = tlv(0xa1, &tlv(0x30, &seq));
    let out = run(&b);
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["gss-api", "spnego", "ntlmssp"]);
    assert_eq!(out[1].get_uint(f::spnego::NEGRESULT), Some(0));
    assert_eq!(out[1].get_str(f::spnego::SUPPORTEDMECH), Some(OID_NTLMSSP));
    assert_eq!(out[2].get_uint(f::ntlmssp::VERF_VERS), Some(1));

    let krb = tlv(0x60, &[tlv(0x06, KRB5_OID), vec![2, 0, 0x6f, 0]].concat());
    let seq = [tlv(0xa0, &tlv(0x0a, &[1])), tlv(0xa2, &tlv(0x04, &krb))].concat();
    let b = tlv(0xa1, &tlv(0x30, &seq));
    let out = run(&b);
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["gss-api", "spnego", "spnego-krb5"]);
    assert_eq!(out[2].get_uint(f::spnego_krb5::SPNEGO_KRB5_TOK_ID), Some(2));
    assert_eq!(
        out[2].get_str(f::spnego_krb5::SPNEGO_KRB5_OID),
        Some(OID_KRB5)
    );
}

#[test]
fn cut_short_or_corrupt_never_panics() {
    let b = init_token();
    for n in 0..=b.len() {
        run(&b[..n]);
    }
    for i in 0..b.len() {
        for v in [0x00, 0x7f, 0x80, 0x84, 0xff] {
            let mut c = b.clone();
            c[i] = v;
            run(&c);
        }
    }
    let out = run(&b[..12]);
    assert!(out.iter().any(|l| !l.anomalies.is_empty()));
}
