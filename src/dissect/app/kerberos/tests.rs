//! Kerberos 5 as tshark 4.0 shows it (crafted bytes).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};
use crate::flow::ConvKey;

/// One DER element: identifier byte, length, contents.
fn t(id: u8, body: &[u8]) -> Vec<u8> {
    let mut v = vec![id];
    let n = body.len();
    if n < 0x80 {
        v.push(n as u8);
    } else if n < 0x100 {
        v.extend_from_slice(&[0x81, n as u8]);
    } else {
        v.extend_from_slice(&[0x82, (n >> 8) as u8, n as u8]);
    }
    v.extend_from_slice(body);
    v
}

/// `[n] EXPLICIT` around one element.
fn ctx(n: u8, inner: Vec<u8>) -> Vec<u8> {
    t(0xa0 | n, &inner)
}

fn int(v: &[u8]) -> Vec<u8> {
    t(0x02, v)
}

fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
    t(0x30, &parts.concat())
}

fn gstr(s: &str) -> Vec<u8> {
    t(0x1b, s.as_bytes())
}

fn principal(ty: u8, names: &[&str]) -> Vec<u8> {
    let strings: Vec<Vec<u8>> = names.iter().map(|n| gstr(n)).collect();
    seq(&[ctx(0, int(&[ty])), ctx(1, seq(&strings))])
}

/// An AS-REQ: PA-PAC-REQUEST, options 40810010, alice@EX.COM asking for
/// krbtgt/EX.COM, till 2037, nonce 0x01020304, etypes 18 and -133, a
/// NetBIOS address.
fn as_req() -> Vec<u8> {
    let pac = seq(&[ctx(0, t(0x01, &[0xff]))]);
    let padata = seq(&[seq(&[ctx(1, int(&[0, 0x80])), ctx(2, t(0x04, &pac))])]);
    let body = seq(&[
        ctx(0, t(0x03, &[0, 0x40, 0x81, 0x00, 0x10])),
        ctx(1, principal(1, &["alice"])),
        ctx(2, gstr("EX.COM")),
        ctx(3, principal(2, &["krbtgt", "EX.COM"])),
        ctx(5, t(0x18, b"20370913024805Z")),
        ctx(7, int(&[1, 2, 3, 4])),
        ctx(8, seq(&[int(&[18]), int(&[0xff, 0x7b])])),
        ctx(
            9,
            seq(&[seq(&[
                ctx(0, int(&[20])),
                ctx(1, t(0x04, b"HOST1          \x20")),
            ])]),
        ),
    ]);
    t(
        0x6a,
        &seq(&[
            ctx(1, int(&[5])),
            ctx(2, int(&[10])),
            ctx(3, padata),
            ctx(4, body),
        ]),
    )
}

/// A KRB-ERROR PREAUTH_REQUIRED whose e-data holds an ETYPE-INFO2.
fn preauth_required() -> Vec<u8> {
    let info2 = seq(&[seq(&[ctx(0, int(&[18])), ctx(1, gstr("EX.COMalice"))])]);
    let edata = seq(&[seq(&[ctx(1, int(&[19])), ctx(2, t(0x04, &info2))])]);
    t(
        0x7e,
        &seq(&[
            ctx(0, int(&[5])),
            ctx(1, int(&[30])),
            ctx(4, t(0x18, b"20211021114904Z")),
            ctx(5, int(&[0x0a, 0xa6, 0xcc])),
            ctx(6, int(&[25])),
            ctx(9, gstr("EX.COM")),
            ctx(10, principal(2, &["krbtgt", "EX.COM"])),
            ctx(12, t(0x04, &edata)),
        ]),
    )
}

fn decode(b: &[u8]) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "kerberos", 0..b.len());
    message(b, &mut l, false, true);
    l
}

fn info_of(l: &Layer<'_>) -> String {
    let mut s = String::new();
    info(&mut s, std::slice::from_ref(l), 0);
    s
}

#[test]
fn as_req_fields() {
    let b = as_req();
    let l = decode(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(one(&l, "kerberos.pvno"), "5");
    assert_eq!(one(&l, "kerberos.msg_type"), "10");
    assert_eq!(one(&l, "kerberos.padata"), "1");
    assert_eq!(one(&l, "kerberos.padata_type"), "128");
    assert_eq!(one(&l, "kerberos.padata_value"), "3005a0030101ff");
    assert_eq!(one(&l, "kerberos.include_pac"), "1");
    assert_eq!(one(&l, "kerberos.kdc_options"), "40810010");
    assert_eq!(one(&l, "kerberos.KDCOptions.forwardable"), "1");
    assert_eq!(one(&l, "kerberos.KDCOptions.renewable"), "1");
    assert_eq!(one(&l, "kerberos.KDCOptions.proxy"), "0");
    assert_eq!(one(&l, "kerberos.KDCOptions.renewable.ok"), "1");
    assert_eq!(one(&l, "ber.bitstring.padding"), "0");
    assert_eq!(one(&l, "kerberos.CNameString"), "alice");
    assert_eq!(vals(&l, "kerberos.SNameString"), ["krbtgt", "EX.COM"]);
    assert_eq!(vals(&l, "kerberos.name_type"), ["1", "2"]);
    assert_eq!(one(&l, "kerberos.sname_string"), "2");
    assert_eq!(one(&l, "kerberos.realm"), "EX.COM");
    assert_eq!(
        one(&l, "kerberos.till"),
        "Sep 13, 2037 02:48:05.000000000 UTC"
    );
    assert_eq!(one(&l, "kerberos.nonce"), "16909060");
    assert_eq!(one(&l, "kerberos.kdc-req-body.etype"), "2");
    assert_eq!(vals(&l, "kerberos.ENCTYPE"), ["18", "-133"]);
    assert_eq!(one(&l, "kerberos.addresses"), "1");
    assert_eq!(one(&l, "kerberos.addr_type"), "20");
    assert_eq!(one(&l, "kerberos.addr_nb"), "HOST1");
    assert_eq!(info_of(&l), "AS-REQ");
}

#[test]
fn krb_error_and_its_e_data() {
    let b = preauth_required();
    let l = decode(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(one(&l, "kerberos.error_code"), "25");
    assert_eq!(one(&l, "kerberos.susec"), "698060");
    assert_eq!(one(&l, "kerberos.padata_type"), "19");
    assert_eq!(one(&l, "kerberos.etype"), "18");
    assert_eq!(one(&l, "kerberos.info2_salt"), "EX.COMalice");
    // e-data's METHOD-DATA has no item count.
    assert!(vals(&l, "kerberos.padata").is_empty());
    assert_eq!(info_of(&l), "KRB Error: KRB5KDC_ERR_PREAUTH_REQUIRED");
}

/// A SEQUENCE whose first element is not the mandatory one: tshark's
/// "Wrong field" expert, the element shown as nothing, no Info.
#[test]
fn wrong_field_in_sequence() {
    let b = t(0x7e, &seq(&[ctx(6, int(&[25])), ctx(12, t(0x04, b"x"))]));
    let l = decode(&b);
    assert!(vals(&l, "kerberos.error_code").is_empty());
    assert_eq!(
        vals(&l, "_ws.expert.message"),
        [
            "BER Error: Wrong field in SEQUENCE: expected class:CONTEXT(2) tag:0 but found class:CONTEXT(2) tag:6",
            "BER Error: Wrong field in SEQUENCE: expected class:CONTEXT(2) tag:1 but found class:CONTEXT(2) tag:12",
        ]
    );
    assert_eq!(info_of(&l), "");
}

/// A record split over three segments shows in the last; two records in
/// one segment are two messages; the first segment of a record has TCP's
/// note alone.
#[test]
fn tcp_records_reassembled() {
    let msg = as_req();
    let mut rec = (msg.len() as u32).to_be_bytes().to_vec();
    rec.extend_from_slice(&msg);
    let mut f = Feed::with(KrbTcp::default(), PORT);
    assert!(f.seg(Dir::Client, &rec[..2]).is_empty());
    let mut note = String::new();
    assert!(f.d.pending_info(Dir::Client, &mut note));
    assert!(f.seg(Dir::Client, &rec[2..40]).is_empty());
    assert!(!f.d.pending_info(Dir::Client, &mut note));
    let out = f.seg(Dir::Client, &rec[40..]);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].stream_offset, 0);
    assert_eq!(out[0].stream_end, rec.len() as u64);
    let l = &out[0].layer;
    assert_eq!(one(l, "kerberos.rm.length"), msg.len().to_string());
    assert_eq!(one(l, "kerberos.rm.reserved"), "0");
    assert_eq!(one(l, "kerberos.CNameString"), "alice");
    let two = [rec.clone(), rec.clone()].concat();
    let out = f.seg(Dir::Client, &two);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].stream_offset, (2 * rec.len()) as u64);
}

/// A record mark past what is held is skipped, not buffered.
#[test]
fn huge_record_is_skipped() {
    let mut f = Feed::with(KrbTcp::default(), PORT);
    let mut b = 0x7fff_ffffu32.to_be_bytes().to_vec();
    b.extend_from_slice(&[0x6a; 1000]);
    assert!(f.seg(Dir::Server, &b).is_empty());
    assert!(f.d.heap_bytes() < 64);
}

/// Every prefix of a message, and every byte flipped, decodes without a
/// panic, over UDP and TCP.
#[test]
fn truncated_and_corrupted_never_panic() {
    for m in [as_req(), preauth_required()] {
        for n in 0..=m.len() {
            let l = decode(&m[..n]);
            if n < m.len() {
                assert!(!l.anomalies.is_empty() || n == 0, "prefix {n}");
            }
            let mut l = Layer::new(Osi::Application, "spnego-krb5", 0..n);
            inside(&m[..n], &mut l);
        }
        for i in 0..m.len() {
            for x in [0x00, 0x80, 0xff, 0x30, 0x84] {
                let mut c = m.clone();
                c[i] = x;
                let _ = decode(&c);
                let mut f = Feed::with(KrbTcp::default(), PORT);
                let mut rec = (c.len() as u32).to_be_bytes().to_vec();
                rec.extend_from_slice(&c);
                let _ = f.seg(Dir::Client, &rec);
            }
        }
    }
}

fn dgram(payload: &[u8], src: [u8; 4], sport: u16, dst: [u8; 4], dport: u16) -> Datagram<'_> {
    let mut a = [0u8; 16];
    a[..4].copy_from_slice(&src);
    let mut b = [0u8; 16];
    b[..4].copy_from_slice(&dst);
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport,
        dport,
        conv: ConvKey {
            v6: false,
            a: (a, sport),
            b: (b, dport),
        },
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

/// A KDC request to UDP 88 makes the client's port Kerberos's with that
/// server, whatever the server's port; Kerberos 4 and non-Kerberos bytes
/// are not decoded.
#[test]
fn udp_conversation_and_refusals() {
    let mut d = KrbUdp::default();
    let m = as_req();
    let c = [10, 0, 0, 1];
    let s = [10, 0, 0, 2];
    let mut out = Vec::new();
    d.datagram(&dgram(&m, c, 1799, s, PORT), &mut out);
    assert_eq!(out.len(), 1);
    assert!(d.claims(&dgram(b"x", c, 1799, s, 4444), false));
    assert!(d.claims(&dgram(b"x", s, 4444, c, 1799), false));
    assert!(!d.claims(&dgram(b"x", c, 1800, s, 4444), false));
    assert!(!d.claims(&dgram(b"x", [10, 0, 0, 3], 1799, s, 4444), false));
    let mut out = Vec::new();
    d.datagram(&dgram(&[4, 2, 0, 0], c, 1799, s, PORT), &mut out);
    d.datagram(&dgram(&[0x30, 0, 0, 0], c, 1799, s, PORT), &mut out);
    assert!(out.is_empty());
}

#[test]
fn names_of_info() {
    assert_eq!(msg_type_name(13), Some("TGS-REP"));
    assert_eq!(error_name(6), Some("KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN"));
    assert_eq!(error_name(31), Some("KRB5KRB_AP_ERR_BAD_INTEGRITY"));
    assert_eq!(error_name(30), None);
}
