//! Crafted EtherNet/IP and CIP messages.

use super::*;

fn ctx(requests: &mut Requests, kind: Kind) -> Ctx<'_> {
    Ctx {
        kind,
        frame: 1,
        time_ns: 0,
        requests,
    }
}

fn whole(b: &[u8]) -> Tvb<'_> {
    Tvb {
        b,
        reported: b.len(),
        le: true,
    }
}

/// A Register Session request: header and the version and flags.
const REGISTER: &[u8] = &[
    0x65, 0x00, 0x04, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
];

#[test]
fn register_session_request() {
    let mut r = Requests::default();
    let layers = pdu(whole(REGISTER), &mut ctx(&mut r, Kind::Request), true);
    assert_eq!(layers.len(), 1);
    let l = &layers[0];
    assert!(l.thrown.is_none());
    assert_eq!(l.get_uint(f::enip::COMMAND), Some(0x65));
    assert_eq!(l.get_uint(f::enip::RS_VERSION), Some(1));
    assert_eq!(
        l.get_str(f::enip::OSIDUMP_INFO),
        Some("Register Session (Req), Session: 0x00000000")
    );
}

#[test]
fn a_header_cut_short_is_malformed() {
    let mut r = Requests::default();
    let layers = pdu(
        whole(&REGISTER[..10]),
        &mut ctx(&mut r, Kind::Request),
        true,
    );
    let l = &layers[0];
    assert!(l.thrown.is_some());
    assert_eq!(l.get_uint(f::enip::COMMAND), None);
}

#[test]
fn a_response_finds_its_request_and_path() {
    let mut r = Requests::default();
    let req = [0x0e, 0x03, 0x20, 0x8b, 0x24, 0x01, 0x30, 0x07];
    let rsp = [0x8e, 0x00, 0x00, 0x00, 0xaa];
    let key = (7, KeyData::Unconnected(9));
    let mut l = Layer::new(Osi::Application, "enip", 0..0);
    let (mut more, mut info) = (Vec::new(), String::new());
    explicit(
        &req,
        req.len(),
        key,
        &mut ctx(&mut r, Kind::Request),
        &mut l,
        &mut more,
        &mut info,
    );
    assert_eq!(info, "Class (0x8b) - Get Attribute Single");
    let mut cx = ctx(&mut r, Kind::Response);
    cx.frame = 2;
    let mut l = Layer::new(Osi::Application, "enip", 0..0);
    let mut more = Vec::new();
    explicit(&rsp, rsp.len(), key, &mut cx, &mut l, &mut more, &mut info);
    assert_eq!(l.get_uint(f::enip::RESPONSE_TO), Some(1));
    assert_eq!(info, "Success: Class (0x8b) - Get Attribute Single");
    assert_eq!(more[0].get_uint(f::cip::CLASS), Some(0x8b));
    assert_eq!(more[0].get_uint(f::cip::ATTRIBUTE), Some(7));
}

#[test]
fn msp_names_each_service() {
    let msp = [
        0x0a, 0x02, 0x20, 0x02, 0x24, 0x01, 0x02, 0x00, 0x06, 0x00, 0x10, 0x00, 0x03, 0x02, 0x20,
        0x73, 0x24, 0x01, 0x01, 0x00, 0x05, 0x00, 0x4c, 0x02, 0x20, 0x72, 0x24, 0x00, 0xaa, 0xbb,
    ];
    let d = cip::dissect(&msp, None);
    assert_eq!(
        d.info,
        "Message Router - Multiple Service Packet: Get Attribute List, Service (0x4c)"
    );
    assert_eq!(d.layers.len(), 2);
    assert_eq!(d.layers[1].protocol, "cipcls");
    assert_eq!(d.req.map(|r| r.embedded.len()), Some(2));
}

#[test]
fn tcp_pdus_are_framed_across_segments() {
    let mut s = EnipStream::default();
    s.set_ports(40000, PORT);
    let mut out = Vec::new();
    s.feed(Dir::Client, 0, &REGISTER[..3], &mut out);
    assert!(out.is_empty());
    assert!(s.holds_partial(Dir::Client));
    let mut two = REGISTER[3..].to_vec();
    two.extend_from_slice(REGISTER);
    s.feed(Dir::Client, 3, &two, &mut out);
    let enip: Vec<_> = out.iter().filter(|m| m.layer.protocol == "enip").collect();
    assert_eq!(enip.len(), 2);
    assert!(!s.holds_partial(Dir::Client));
}

#[test]
fn random_bytes_never_panic() {
    let mut seed = 0x1234_5678_u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let n = (next() % 120) as usize;
        let mut b: Vec<u8> = (0..n).map(|_| next() as u8).collect();
        if b.len() >= 4 && next() % 2 == 0 {
            // A plausible header: a known command and a fitting length.
            let cmds = [0x63u8, 0x65, 0x6f, 0x70, 0x04, 0x64];
            b[0] = cmds[(next() % 6) as usize];
            b[1] = 0;
            let len = b.len().saturating_sub(24) as u16;
            b[2..4].copy_from_slice(&len.to_le_bytes());
        }
        let mut r = Requests::default();
        for kind in [Kind::Request, Kind::Response, Kind::Unknown] {
            let _ = pdu(whole(&b), &mut ctx(&mut r, kind), true);
        }
        let _ = cip::dissect(&b, None);
        let mut s = EnipStream::default();
        s.set_ports(PORT, 40000);
        let mut out = Vec::new();
        s.feed(Dir::Server, 0, &b, &mut out);
    }
}
