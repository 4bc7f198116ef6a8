//! RADIUS as tshark 4.0 shows it (crafted bytes).

use super::*;

fn msg(code: u8, id: u8, avps: &[u8]) -> Vec<u8> {
    let mut b = vec![code, id];
    b.extend_from_slice(&((HDR_LEN + avps.len()) as u16).to_be_bytes());
    b.extend_from_slice(&[0xaa; 16]);
    b.extend_from_slice(avps);
    b
}

fn layers(b: &[u8], reported: usize, cut: bool) -> Vec<Layer<'_>> {
    let mut out = Vec::new();
    dissect(b, 0, reported, cut, Matched::None, &mut out);
    out
}

fn layer(b: &[u8]) -> Layer<'_> {
    layers(b, b.len(), false).remove(0)
}

#[test]
fn header_and_attributes() {
    // User-Name "bob", User-Password (16 bytes), NAS-IP-Address 127.0.0.1,
    // NAS-Port 1, Service-Type Framed (2).
    let mut avps = vec![1, 5, b'b', b'o', b'b', 2, 18];
    avps.extend_from_slice(&[0x11; 16]);
    avps.extend_from_slice(&[4, 6, 127, 0, 0, 1, 5, 6, 0, 0, 0, 1, 6, 6, 0, 0, 0, 2]);
    let b = msg(1, 70, &avps);
    let l = layer(&b);
    assert_eq!(l.get_uint(f::radius::CODE), Some(1));
    assert_eq!(l.get_uint(f::radius::ID), Some(70));
    assert_eq!(l.get_uint(f::radius::LENGTH), Some(b.len() as u64));
    assert!(l.flag(f::radius::REQ));
    assert_eq!(l.get_str(f::radius::USER_NAME), Some("bob"));
    assert!(l.has(f::radius::USER_PASSWORD_ENCRYPTED));
    assert_eq!(
        l.get(f::radius::NAS_IP_ADDRESS),
        Some(&Value::Ipv4([127, 0, 0, 1]))
    );
    assert_eq!(l.get_uint(f::radius::NAS_PORT), Some(1));
    assert_eq!(l.get_uint(f::radius::SERVICE_TYPE), Some(2));
    assert_eq!(l.all(f::radius::AVP).count(), 5);
    let mut s = String::new();
    info(&mut s, &l);
    assert_eq!(s, "Access-Request id=70");
}

#[test]
fn special_formats_and_tags() {
    // Framed-IP-Address (dashed field), Egress-VLANID tagged 123,
    // Tunnel-Type with tag 1 = VLAN (13).
    let avps = [
        8, 6, 10, 0, 0, 1, 56, 6, 0x31, 0, 0, 123, 64, 6, 1, 0, 0, 13,
    ];
    let b = msg(2, 7, &avps);
    let l = layer(&b);
    assert!(l.flag(f::radius::RSP));
    assert_eq!(
        l.get(f::radius::FRAMED_IP_ADDRESS_DASHED),
        Some(&Value::Ipv4([10, 0, 0, 1]))
    );
    assert_eq!(l.get_uint(f::radius::EGRESS_VLANID), Some(123));
    assert_eq!(l.get_uint(f::radius::EGRESS_VLANID_TAG), Some(0x31));
    assert_eq!(l.get_uint(f::radius::TUNNEL_TYPE_TAG), Some(1));
    assert_eq!(l.get_uint(f::radius::TUNNEL_TYPE), Some(13));
}

#[test]
fn not_radius_and_short() {
    // Unknown code, or a length below 20: not RADIUS.
    assert!(layers(&msg(99, 1, &[]), 20, false).is_empty());
    let mut b = msg(1, 1, &[]);
    b[3] = 10;
    assert!(layers(&b, b.len(), false).is_empty());
    // A length past the datagram: the AVP list throws.
    let mut b = msg(1, 1, &[1, 3, b'x']);
    b[3] += 1;
    let l = layer(&b);
    assert!(!l.has(f::radius::AVP));
    assert!(!l.anomalies.is_empty());
    // A bad AVP length: the expert, and the loop stops.
    let b = msg(1, 1, &[1, 1, 0]);
    let l = layer(&b);
    assert!(l.has(f::radius::INVALID_LENGTH));
    // Every prefix of a message decodes without panicking.
    let b = msg(1, 1, &[26, 12, 0, 0, 0, 9, 1, 6, 0, 0, 0, 1]);
    for n in 0..b.len() {
        let _ = layers(&b[..n], b.len(), true);
    }
}

#[test]
fn response_matched_to_request() {
    let mut r = Radius::default();
    let conv = ConvKey {
        v6: false,
        a: ([1; 16], 1812),
        b: ([2; 16], 40000),
    };
    let req = msg(1, 5, &[]);
    let rsp = msg(2, 5, &[]);
    let d = |p: &'static [u8], frame, ts_ns| Datagram {
        payload: p,
        reported: p.len(),
        at: 0,
        sport: 0,
        dport: 0,
        conv,
        frame,
        ts_ns,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    };
    let req: &'static [u8] = Box::leak(req.into_boxed_slice());
    let rsp: &'static [u8] = Box::leak(rsp.into_boxed_slice());
    assert_eq!(r.observe(&d(req, 1, 0)), Matched::None);
    assert_eq!(
        r.observe(&d(rsp, 2, 1_000)),
        Matched::Response {
            frame: 1,
            ns: 1_000,
            dup: None
        }
    );
    // The same request again: a duplicate; a second answer: a duplicate.
    assert_eq!(
        r.observe(&d(req, 4, 2_000)),
        Matched::DuplicateRequest { frame: 1 }
    );
    assert_eq!(
        r.observe(&d(rsp, 5, 3_000)),
        Matched::Response {
            frame: 1,
            ns: 3_000,
            dup: Some(2)
        }
    );
    // However late, and another identifier is another call.
    assert!(matches!(
        r.observe(&d(rsp, 6, 60_000_000_000)),
        Matched::Response { frame: 1, .. }
    ));
    let other: &'static [u8] = Box::leak(msg(2, 6, &[]).into_boxed_slice());
    assert_eq!(r.observe(&d(other, 7, 0)), Matched::None);
}

#[test]
fn eap_message_run() {
    // An EAP Identity response split over two EAP-Message attributes,
    // then Message-Authenticator.
    let mut avps = vec![79, 6, 2, 0, 0, 9, 79, 7, 1, b'b', b'o', b'b', b'!', 80, 18];
    avps.extend_from_slice(&[0; 16]);
    let b = msg(1, 3, &avps);
    let out = layers(&b, b.len(), false);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].all(f::radius::EAP_FRAGMENT).count(), 2);
    assert_eq!(out[1].protocol, "eap");
    assert_eq!(out[1].get_str(f::eap::IDENTITY), Some("bob!"));
    assert_eq!(out[1].span, 22..33);
}
