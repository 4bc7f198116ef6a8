//! LDAP messages written as bytes (RFC 4511's BER), each with what tshark
//! 4.0 shows of it.

use super::*;

fn one(b: &[u8]) -> Layer<'static> {
    let mut conv = Conv::default();
    message(b, &mut conv, 1, 0, false).0
}

fn info(l: &Layer<'_>) -> String {
    l.get_str(f::ldap::OSIDUMP_INFO).unwrap_or("").to_owned()
}

#[test]
fn simple_bind_request() {
    // 30 1c 02 01 01 60 17 02 01 03 04 0a "cn=admin,x" 80 06 "secret"
    let mut b = vec![
        0x30, 0x1c, 0x02, 0x01, 0x01, 0x60, 0x17, 0x02, 0x01, 0x03, 0x04, 0x0a,
    ];
    b.extend_from_slice(b"cn=admin,x");
    b.extend_from_slice(&[0x80, 0x06]);
    b.extend_from_slice(b"secret");
    let l = one(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(l.get_uint(f::ldap::MESSAGEID), Some(1));
    assert_eq!(l.get_uint(f::ldap::PROTOCOLOP), Some(0));
    assert_eq!(l.get_uint(f::ldap::VERSION), Some(3));
    assert_eq!(l.get_str(f::ldap::NAME), Some("cn=admin,x"));
    assert_eq!(l.get_str(f::ldap::SIMPLE), Some("secret"));
    assert_eq!(info(&l), "bindRequest(1) \"cn=admin,x\" simple ");
}

/// One BER element (short lengths only).
fn el(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut v = vec![tag, body.len() as u8];
    v.extend_from_slice(body);
    v
}

#[test]
fn search_request_with_filter() {
    // searchRequest(2) base "", wholeSubtree, (&(cn=a)(sn=*)), no attributes
    let eq = [el(0x04, b"cn"), el(0x04, b"a")].concat();
    let filter = el(0xa0, &[el(0xa3, &eq), el(0x87, b"sn")].concat());
    let body = [
        el(0x04, b""),
        el(0x0a, &[2]),
        el(0x0a, &[0]),
        el(0x02, &[0]),
        el(0x02, &[0]),
        el(0x01, &[0]),
        filter,
        el(0x30, &[]),
    ]
    .concat();
    let b = el(0x30, &[el(0x02, &[2]), el(0x63, &body)].concat());
    let l = one(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(l.get_uint(f::ldap::SCOPE), Some(2));
    assert_eq!(l.get_uint(f::ldap::FILTER), Some(0));
    assert_eq!(l.get_uint(f::ldap::AND), Some(2));
    assert_eq!(l.get_str(f::ldap::ATTRIBUTEDESC), Some("cn"));
    assert_eq!(l.get_str(f::ldap::ASSERTIONVALUE), Some("a"));
    assert_eq!(l.get_str(f::ldap::PRESENT), Some("sn"));
    assert_eq!(l.get_uint(f::ldap::ATTRIBUTES), Some(0));
    assert_eq!(info(&l), "searchRequest(2) \"<ROOT>\" wholeSubtree ");
}

#[test]
fn search_entry_values_and_controls() {
    // searchResEntry(3) "dc=x" {objectGUID: 16 bytes, cn: "a"} with a
    // paged-results control (size 5, empty cookie).
    let guid: Vec<u8> = (0u8..16).collect();
    let attrs = [
        el(
            0x30,
            &[el(0x04, b"objectGUID"), el(0x31, &el(0x04, &guid))].concat(),
        ),
        el(0x30, &[el(0x04, b"cn"), el(0x31, &el(0x04, b"a"))].concat()),
    ]
    .concat();
    let entry = el(0x64, &[el(0x04, b"dc=x"), el(0x30, &attrs)].concat());
    let paged = el(0x30, &[el(0x02, &[5]), el(0x04, b"")].concat());
    let control = el(
        0x30,
        &[el(0x04, b"1.2.840.113556.1.4.319"), el(0x04, &paged)].concat(),
    );
    let b = el(0x30, &[el(0x02, &[3]), entry, el(0xa0, &control)].concat());
    let l = one(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(
        l.get_str(f::ldap::GUID),
        Some("03020100-0504-0706-0809-0a0b0c0d0e0f")
    );
    assert_eq!(l.all(f::ldap::ATTRIBUTEVALUE).count(), 1);
    assert_eq!(l.get_uint(f::ldap::CONTROLS), Some(1));
    assert_eq!(l.get(f::ldap::SIZE), Some(&Value::Int(5)));
    assert_eq!(l.get_uint(f::ldap::OSIDUMP_OID_CALLS), Some(1));
    assert_eq!(info(&l), "searchResEntry(3) \"dc=x\" ");
}

#[test]
fn result_and_response_matching() {
    let mut conv = Conv::default();
    // delRequest(5) "x"
    let req = [0x30, 0x06, 0x02, 0x01, 0x05, 0x4a, 0x01, b'x'];
    let l = message(&req, &mut conv, 3, 1_000, false).0;
    assert_eq!(l.get_str(f::ldap::DELREQUEST), Some("x"));
    // delResponse(5) noSuchObject, "", "gone"
    let resp = [
        0x30, 0x0f, 0x02, 0x01, 0x05, 0x6b, 0x0a, 0x0a, 0x01, 0x20, 0x04, 0x00, 0x04, 0x03, b'g',
        b'o', b'n',
    ];
    let l = message(&resp, &mut conv, 4, 3_000, false).0;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(l.get_uint(f::ldap::RESULTCODE), Some(32));
    assert_eq!(l.get_uint(f::ldap::RESPONSE_TO), Some(3));
    assert_eq!(info(&l), "delResponse(5) noSuchObject (gon) ");
}

#[test]
fn truncated_and_malformed_do_not_panic() {
    let mut b = vec![
        0x30, 0x1c, 0x02, 0x01, 0x01, 0x60, 0x17, 0x02, 0x01, 0x03, 0x04, 0x0a,
    ];
    b.extend_from_slice(b"cn=admin,x");
    b.extend_from_slice(&[0x80, 0x06]);
    b.extend_from_slice(b"secret");
    for n in 0..b.len() {
        let l = one(&b[..n]);
        assert!(!l.anomalies.is_empty());
    }
    // Every byte changed in turn.
    for i in 0..b.len() {
        for v in [0x00, 0x7f, 0x80, 0x84, 0xff] {
            let mut c = b.clone();
            c[i] = v;
            let _ = one(&c);
        }
    }
}

#[test]
fn deep_filter_is_bounded() {
    // 1000 nested `not` filters: tshark gives up after 200 elements.
    let mut f = vec![0x87, 0x01, b'a'];
    for _ in 0..1000 {
        let mut n = vec![0xa2, 0x84];
        n.extend_from_slice(&(f.len() as u32).to_be_bytes());
        n.extend_from_slice(&f);
        f = n;
    }
    let mut body = vec![
        0x04, 0x00, 0x0a, 0x01, 0x00, 0x0a, 0x01, 0x00, 0x02, 0x01, 0x00,
    ];
    body.extend_from_slice(&[0x02, 0x01, 0x00, 0x01, 0x01, 0x00]);
    body.extend_from_slice(&f);
    body.extend_from_slice(&[0x30, 0x00]);
    let mut op = vec![0x63, 0x84];
    op.extend_from_slice(&(body.len() as u32).to_be_bytes());
    op.extend_from_slice(&body);
    let mut msg = vec![0x02, 0x01, 0x01];
    msg.extend_from_slice(&op);
    let mut b = vec![0x30, 0x84];
    b.extend_from_slice(&(msg.len() as u32).to_be_bytes());
    b.extend_from_slice(&msg);
    let l = one(&b);
    assert!(!l.anomalies.is_empty());
    assert!(l.has(f::ldap::TOO_MANY_FILTER_ELEMENTS));
}

#[test]
fn stream_framing_across_segments() {
    let mut d = LdapDecoder::new();
    let unbind = [0x30, 0x05, 0x02, 0x01, 0x09, 0x42, 0x00];
    let mut out = Vec::new();
    // Two messages in one segment, then one split in three.
    let mut seg = unbind.to_vec();
    seg.extend_from_slice(&unbind);
    d.feed(Dir::Client, 0, &seg, &mut out);
    assert_eq!(out.len(), 2);
    d.feed(Dir::Client, 14, &unbind[..2], &mut out);
    d.feed(Dir::Client, 16, &unbind[2..5], &mut out);
    assert_eq!(out.len(), 2);
    d.feed(Dir::Client, 19, &unbind[5..], &mut out);
    assert_eq!(out.len(), 3);
    assert_eq!(out[2].stream_offset, 14);
    assert_eq!(
        out[2].layer.get_str(f::ldap::OSIDUMP_INFO),
        Some("unbindRequest(9) ")
    );
    // Not LDAP: taken silently.
    d.feed(Dir::Server, 0, b"hello", &mut out);
    assert!(d.consumed_silently(Dir::Server));
    assert_eq!(out.len(), 3);
}

/// packet-ldap.c hands a bind's SASL credentials on by their BER class
/// (application: GSS-API; context-specific: SPNEGO), a GSS-SPNEGO bind
/// response's NTLMSSP challenge to NTLMSSP and a Sicily bind's to NTLMSSP.
#[test]
fn bind_tokens_go_to_gss_api_spnego_and_ntlmssp() {
    let ntlm_negotiate = b"NTLMSSP\x00\x01\x00\x00\x00\x07\x02\x00\x00";
    // bindRequest v3, name "", SASL { "NTLM", credentials }
    let mut sasl = vec![0x04, 4];
    sasl.extend_from_slice(b"NTLM");
    sasl.push(0x04);
    sasl.push(ntlm_negotiate.len() as u8);
    sasl.extend_from_slice(ntlm_negotiate);
    let mut bind = vec![0x02, 1, 3, 0x04, 0, 0xa3, sasl.len() as u8];
    bind.extend_from_slice(&sasl);
    let mut msg = vec![0x02, 1, 1, 0x60, bind.len() as u8];
    msg.extend_from_slice(&bind);
    let mut pdu = vec![0x30, msg.len() as u8];
    pdu.extend_from_slice(&msg);
    let mut conv = Conv::default();
    let (_, nested) = message(&pdu, &mut conv, 1, 0, false);
    let names: Vec<_> = nested.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["gss-api", "ntlmssp"]);
    // The same token as a GSS-SPNEGO bind response's serverSaslCreds.
    conv.mech = Some("GSS-SPNEGO".into());
    let mut resp = vec![
        0x0a,
        1,
        14,
        0x04,
        0,
        0x04,
        0,
        0x87,
        ntlm_negotiate.len() as u8,
    ];
    resp.extend_from_slice(ntlm_negotiate);
    let mut msg = vec![0x02, 1, 1, 0x61, resp.len() as u8];
    msg.extend_from_slice(&resp);
    let mut pdu = vec![0x30, msg.len() as u8];
    pdu.extend_from_slice(&msg);
    let (_, nested) = message(&pdu, &mut conv, 2, 0, false);
    let names: Vec<_> = nested.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["ntlmssp"]);
}

/// A sealed RFC 4121 wrap token of a SASL buffer: tshark's gss-api item and
/// a spnego-krb5 layer whose blob runs to the end of the rotated checksum
/// (16-byte header, 16 + RRC bytes), its token ID read little-endian.
#[test]
fn cfx_wrap_token_is_gss_api_and_spnego_krb5() {
    let mut t = vec![5, 4, 6, 0xff, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 1];
    t.extend_from_slice(&[0xaa; 20]);
    t.extend_from_slice(b"payload");
    let layers = cfx_wrap(&t);
    let names: Vec<_> = layers.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["gss-api", "spnego-krb5"]);
    let k = &layers[1];
    assert_eq!(k.get_uint(f::spnego_krb5::SPNEGO_KRB5_TOK_ID), Some(0x0405));
    match k.get(f::spnego_krb5::SPNEGO_KRB5_BLOB) {
        Some(Value::Bytes(b)) => assert_eq!(b.len(), 36),
        other => panic!("{other:?}"),
    }
    // Cut tokens and other token kinds give nothing, and never panic.
    for cut in 0..t.len() {
        let _ = cfx_wrap(&t[..cut]);
    }
    assert!(cfx_wrap(b"\x60\x00").is_empty());
}

/// A BER element of `tag` holding `body` (short or long form length).
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

/// A searchResEntry of message `id` with one `netlogon` value.
fn netlogon_entry(id: u8, value: &[u8]) -> Vec<u8> {
    let vals = tlv(0x31, &tlv(0x04, value));
    let attr = tlv(0x30, &[tlv(0x04, b"netlogon"), vals].concat());
    let op = tlv(0x64, &[tlv(0x04, b""), tlv(0x30, &attr)].concat());
    tlv(0x30, &[tlv(0x02, &[id]), op].concat())
}

/// LOGON_SAM_LOGON_RESPONSE_EX: flags, GUID, the eight names (the
/// domain's a pointer to the forest's), the sockaddr, version 0xd.
fn sam_logon_response_ex() -> Vec<u8> {
    let mut b = vec![23, 0, 0, 0, 0xfd, 0x13, 0, 0];
    b.extend(1..=16u8);
    b.extend_from_slice(b"\x04corp\x04test\x00\xc0\x18\x02dc\xc0\x18\x04CORP\x00\x02DC\x00\x00");
    b.extend_from_slice(b"\x04site\x00\x04site\x00");
    b.extend_from_slice(&[16, 2, 0, 0, 0, 10, 0, 0, 9]);
    b.extend_from_slice(&[0; 8]);
    b.extend_from_slice(&[0x0d, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]);
    b
}

#[test]
fn netlogon_answer_read_as_tshark() {
    let l = one(&netlogon_entry(1, &sam_logon_response_ex()));
    let s = |d| l.get_str(d).map(str::to_owned);
    assert_eq!(l.get_uint(f::mscldap::NETLOGON_OPCODE), Some(23));
    assert_eq!(l.get_uint(f::mscldap::NETLOGON_FLAGS), Some(0x13fd));
    assert_eq!(
        s(f::mscldap::DOMAIN_GUID).as_deref(),
        Some("04030201-0605-0807-090a-0b0c0d0e0f10")
    );
    assert_eq!(s(f::mscldap::FOREST).as_deref(), Some("corp.test"));
    assert_eq!(s(f::mscldap::DOMAIN).as_deref(), Some("corp.test"));
    assert_eq!(s(f::mscldap::HOSTNAME).as_deref(), Some("dc.corp.test"));
    assert_eq!(s(f::mscldap::USERNAME).as_deref(), Some("<Root>"));
    assert_eq!(s(f::mscldap::CLIENTSITENAME).as_deref(), Some("site"));
    assert_eq!(l.get_uint(f::mscldap::NETLOGON_IPADDRESS_FAMILY), Some(2));
    assert!(l.has(f::mscldap::NETLOGON_IPADDRESS_IPV4));
    assert_eq!(l.get_uint(f::mscldap::NTVER_FLAGS), Some(0x0d));
    assert_eq!(l.get_uint(f::mscldap::NETLOGON_NT_TOKEN), Some(0xffff));
    assert!(l.anomalies.is_empty());
    // Another case of the name is no netlogon answer.
    let mut upper = netlogon_entry(1, &sam_logon_response_ex());
    let at = upper
        .windows(8)
        .position(|w| w == b"netlogon")
        .expect("type");
    upper[at] = b'N';
    let l = one(&upper);
    assert!(!l.has(f::mscldap::NETLOGON_OPCODE));
    assert!(l.has(f::ldap::ATTRIBUTEVALUE));
}

#[test]
fn netlogon_answer_cut_anywhere_never_panics() {
    let whole = sam_logon_response_ex();
    for n in 0..whole.len() {
        let l = one(&netlogon_entry(2, &whole[..n]));
        // Under ten bytes nothing is read; beyond, the answer's last eight
        // bytes are the version and tokens, or a read past its end.
        assert_eq!(l.has(f::mscldap::NETLOGON_OPCODE), n >= 10, "{n}");
    }
}

#[test]
fn utf16z_needs_its_terminator() {
    assert_eq!(utf16z(b"a\0b\0\0\0x", 0), Some(("ab".to_owned(), 6)));
    assert_eq!(utf16z(b"\0\0", 0), Some((String::new(), 2)));
    assert_eq!(utf16z(b"a\0b", 0), None);
    assert_eq!(utf16z(b"", 5), None);
    // A lone surrogate is the replacement character.
    assert_eq!(utf16z(b"\x00\xd8\0\0", 0), Some(("\u{fffd}".to_owned(), 4)));
}

#[test]
fn cldap_datagram_holds_every_message_and_one_info() {
    let mut d = LdapDecoder::new();
    d.frame = 7;
    let two = [
        netlogon_entry(3, &[0; 12]),
        tlv(
            0x30,
            &[tlv(0x02, &[3]), tlv(0x65, &[10, 1, 0, 4, 0, 4, 0])].concat(),
        ),
    ]
    .concat();
    let (l, nested) = d.cldap(&two, false);
    assert!(nested.is_empty());
    assert_eq!(l.protocol, "cldap");
    assert_eq!(l.all(f::ldap::MESSAGEID).count(), 2);
    assert_eq!(
        l.get_str(f::ldap::OSIDUMP_INFO),
        Some("searchResEntry(3) \"<ROOT>\" searchResDone(3) success  [1 result]")
    );
    // Under six bytes: nothing read, no anomaly.
    let (l, _) = d.cldap(&two[..5], false);
    assert!(
        l.fields
            .iter()
            .all(|x| std::ptr::eq(x.def, f::ldap::OSIDUMP_INFO))
    );
    assert!(l.anomalies.is_empty());
}

#[test]
fn cldap_random_datagrams_never_panic() {
    let mut rng = crate::test_rng::Rng(389);
    let seed = [
        netlogon_entry(1, &sam_logon_response_ex()),
        netlogon_entry(2, &[19, 0, 0, 0]),
    ]
    .concat();
    let mut d = LdapDecoder::new();
    for i in 0..3000u64 {
        let mut b = seed.clone();
        for _ in 0..rng.below(6) + 1 {
            let at = rng.below(b.len() as u64) as usize;
            b[at] = rng.next() as u8;
        }
        b.truncate(rng.below(b.len() as u64 + 1) as usize);
        d.frame = i;
        let _ = d.cldap(&b, i % 2 == 0);
    }
}
