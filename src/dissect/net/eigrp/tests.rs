//! EIGRP on crafted bytes: cut and malformed messages, as tshark 4.0.17
//! reads them (each case checked against tshark on the same bytes).

use super::*;
use crate::dissect::field::FieldDef;

/// `message` over `b`, of which only `cap` bytes were captured.
fn run(b: &[u8], cap: usize) -> (Layer<'_>, R<()>) {
    let mut l = Layer::new(Osi::Network, "eigrp", 0..b.len());
    let t = Tvb {
        b: &b[..cap],
        cap,
        rep: b.len(),
    };
    let r = message(&mut l, t);
    (l, r)
}

fn uints(l: &Layer<'_>, def: &'static FieldDef) -> Vec<u64> {
    l.all(def)
        .map(|v| match v {
            Value::UInt(n) => *n,
            Value::Bool(b) => u64::from(*b),
            _ => panic!("not a number"),
        })
        .collect()
}

fn v4s(l: &Layer<'_>, def: &'static FieldDef) -> Vec<String> {
    l.all(def)
        .map(|v| match v {
            Value::Ipv4(a) => std::net::Ipv4Addr::from(*a).to_string(),
            Value::Ipv6(a) => std::net::Ipv6Addr::from(*a).to_string(),
            _ => panic!("not an address"),
        })
        .collect()
}

/// A message: header for `opcode` (acknowledging `ack`) and `tlvs`, its
/// checksum right.
fn eigrp(opcode: u8, ack: u32, tlvs: &[u8]) -> Vec<u8> {
    let mut p = vec![2, opcode, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7];
    p.extend_from_slice(&ack.to_be_bytes());
    p.extend_from_slice(&[0, 0, 0, 100]);
    p.extend_from_slice(tlvs);
    let c = !ones_complement_sum(&p);
    p[2..4].copy_from_slice(&c.to_be_bytes());
    p
}

fn tlv(ty: u16, v: &[u8]) -> Vec<u8> {
    let mut t = ty.to_be_bytes().to_vec();
    t.extend_from_slice(&((v.len() + 4) as u16).to_be_bytes());
    t.extend_from_slice(v);
    t
}

const PARAMS: [u8; 8] = [1, 0, 1, 0, 0, 0, 0, 15];
const METRIC: [u8; 16] = [0, 0, 10, 0, 0, 0, 100, 0, 0, 5, 0xdc, 1, 255, 1, 0, 6];

#[test]
fn header_and_info() {
    let p = eigrp(5, 0, &tlv(1, &PARAMS));
    let (l, r) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(l.get_str(f::eigrp::OSIDUMP_INFO), Some("Hello"));
    assert_eq!(uints(&l, f::eigrp::CHECKSUM_STATUS), [checksum::GOOD]);
    assert_eq!(uints(&l, f::eigrp::SEQ), [7]);
    assert_eq!(uints(&l, f::eigrp::PAR_HOLDTIME), [15]);
    // A Hello that acknowledges is tshark's "Hello (Ack)"; the opcode
    // field keeps 5.
    let p = eigrp(5, 3, &[]);
    let (l, _) = run(&p, p.len());
    assert_eq!(l.get_str(f::eigrp::OSIDUMP_INFO), Some("Hello (Ack)"));
    assert_eq!(uints(&l, f::eigrp::OPCODE), [5]);
    let p = eigrp(12, 0, &[]);
    let (l, _) = run(&p, p.len());
    assert_eq!(
        l.get_str(f::eigrp::OSIDUMP_INFO),
        Some("Unknown OpCode (0x000c)")
    );
}

#[test]
fn under_sixteen_bytes_nothing_is_shown() {
    let p = eigrp(5, 0, &[]);
    for n in [1, 10, 15] {
        let (l, r) = run(&p[..n], n);
        let end = if n < 2 { 2 } else { 16 };
        assert_eq!(
            r,
            Err(Throw {
                end,
                cut_by_capture: false
            })
        );
        assert!(l.get_str(f::eigrp::OSIDUMP_INFO).is_none());
        assert!(uints(&l, f::eigrp::VERSION).is_empty());
    }
    // At 18 bytes: up to the virtual router ID, the checksum (over what
    // is there) bad.
    let (l, r) = run(&p[..18], 18);
    assert_eq!(
        r,
        Err(Throw {
            end: 20,
            cut_by_capture: false
        })
    );
    assert_eq!(uints(&l, f::eigrp::VRID), [0]);
    assert!(uints(&l, f::eigrp::AS).is_empty());
    assert_eq!(uints(&l, f::eigrp::CHECKSUM_STATUS), [checksum::BAD]);
}

#[test]
fn tlv_lengths() {
    // Under 4: an expert item, and the message ends there.
    let mut t = tlv(1, &PARAMS);
    t.extend_from_slice(&[0, 4, 0, 3, 0, 0, 0, 0]);
    t.extend(tlv(1, &PARAMS));
    let p = eigrp(5, 0, &t);
    let (l, r) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(uints(&l, f::eigrp::TLV_TYPE), [1]);
    assert!(l.has(f::eigrp::TLV_LEN_INVALID));
    // Past the packet: nothing of it, malformed.
    let mut t = tlv(1, &PARAMS);
    t.extend_from_slice(&[0, 4, 0, 20, 12, 4, 1, 2]);
    let p = eigrp(5, 0, &t);
    let (l, r) = run(&p, p.len());
    assert_eq!(
        r,
        Err(Throw {
            end: 52,
            cut_by_capture: false
        })
    );
    assert_eq!(uints(&l, f::eigrp::TLV_TYPE), [1]);
    // Past what was captured: the same, cut short.
    let p = eigrp(5, 0, &tlv(1, &PARAMS));
    let (l, r) = run(&p, 24);
    assert_eq!(
        r,
        Err(Throw {
            end: 32,
            cut_by_capture: true
        })
    );
    assert!(uints(&l, f::eigrp::TLV_TYPE).is_empty());
    // A software version of length 4 (tcpdump's eigrp-tlv-oobr): its
    // type and length, then a read past its end.
    let p = eigrp(5, 0, &[0, 4, 0, 4, 12, 4, 1, 2]);
    let (l, r) = run(&p, p.len());
    assert_eq!(
        r,
        Err(Throw {
            end: 26,
            cut_by_capture: false
        })
    );
    assert_eq!(uints(&l, f::eigrp::TLV_LEN), [4]);
    assert!(uints(&l, f::eigrp::RELEASE_VERSION).is_empty());
}

#[test]
fn destinations_step_as_tshark_steps_them() {
    // Prefixes 0, 10 and 3 out of 00 08 0a 20 01 02 03 04: tshark steps
    // over each prefix length twice.
    let mut v = vec![0; 4];
    v.extend_from_slice(&METRIC);
    v.extend_from_slice(&[0, 8, 10, 32, 1, 2, 3, 4]);
    let p = eigrp(1, 0, &tlv(0x102, &v));
    let (l, r) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(uints(&l, f::eigrp::IPV4_PREFIXLEN), [0, 10, 3]);
    assert_eq!(
        v4s(&l, f::eigrp::IPV4_DESTINATION),
        ["0.0.0.0", "32.0.0.0", "0.0.0.0"]
    );
    // An invalid prefix: its length and an expert, no further one.
    let mut v = vec![0; 4];
    v.extend_from_slice(&METRIC);
    v.extend_from_slice(&[33, 1, 2, 3, 4, 5, 8, 10]);
    let p = eigrp(1, 0, &tlv(0x102, &v));
    let (l, r) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(uints(&l, f::eigrp::IPV4_PREFIXLEN), [33]);
    assert!(l.has(f::eigrp::PREFIXLEN_INVALID));
    // IPv6: a whole-byte prefix's item is a byte longer.
    let mut v = vec![0; 16];
    v.extend_from_slice(&METRIC);
    v.extend_from_slice(&[64, 0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0xff, 0, 0, 0]);
    let p = eigrp(1, 0, &tlv(0x402, &v));
    let (l, r) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(uints(&l, f::eigrp::IPV6_PREFIXLEN), [64, 0]);
    assert_eq!(v4s(&l, f::eigrp::IPV6_DESTINATION), ["2001:db8::", "::"]);
}

#[test]
fn wide_metric_attributes() {
    let wide = |words: u8| {
        let mut v = vec![0, 0, 0, 1, 1, 1, 1, 1];
        v.extend_from_slice(&[words, 0, 255, 1, 0, 5, 0xdc, 1]);
        v.extend_from_slice(&[0xff; 12]);
        v.extend_from_slice(&[0, 0, 0, 0]);
        v
    };
    // Two words of attributes holding a tag that needs three: read past
    // them, as past a capture's end.
    let mut v = wide(2);
    v.extend_from_slice(&[2, 2, 0, 0, 0, 77, 0, 0, 0, 0, 24, 10, 1, 2]);
    let p = eigrp(1, 0, &tlv(0x602, &v));
    let (l, r) = run(&p, p.len());
    assert_eq!(
        r,
        Err(Throw {
            end: 62,
            cut_by_capture: true
        })
    );
    assert_eq!(uints(&l, f::eigrp::METRIC_DELAY), [0xffff_ffff_ffff]);
    assert_eq!(uints(&l, f::eigrp::ATTR_OPCODE), [2]);
    assert!(uints(&l, f::eigrp::ATTR_TAG).is_empty());
    // Attributes longer than the TLV: none shown, malformed.
    let mut v = wide(8);
    v.extend_from_slice(&[1, 2, 0, 0, 0, 11]);
    let p = eigrp(1, 0, &tlv(0x602, &v));
    let (l, r) = run(&p, p.len());
    assert!(matches!(
        r,
        Err(Throw {
            cut_by_capture: false,
            ..
        })
    ));
    assert!(uints(&l, f::eigrp::ATTR_OPCODE).is_empty());
    // An offset of 128 or more is negative to tshark: no attributes.
    let mut v = wide(200);
    v.extend_from_slice(&[0, 0, 0, 0, 24, 10, 1, 2]);
    let p = eigrp(1, 0, &tlv(0x602, &v));
    let (l, r) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(v4s(&l, f::eigrp::IPV4_DESTINATION), ["10.1.2.0"]);
}

#[test]
fn unknown_family_with_nothing_left_throws() {
    let mut v = vec![0, 0, 0, 7, 1, 1, 1, 1];
    v.extend_from_slice(&[0; 24]);
    let mut t = v.clone();
    t.extend_from_slice(&[24, 1, 2, 3]);
    let mut tlvs = tlv(0x602, &t);
    tlvs.extend(tlv(0x602, &v));
    let p = eigrp(1, 0, &tlvs);
    let (l, r) = run(&p, p.len());
    assert!(r.is_err());
    assert_eq!(l.all(f::eigrp::AFI_UNKNOWN).count(), 1);
}

/// No input panics: every prefix of many crafted and pseudo-random
/// messages, cut by the capture or not.
#[test]
fn no_input_panics() {
    let mut seed: u32 = 0x1234_5678;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let types: [u16; 24] = [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 0xf2, 0xf3, 0xf5, 0x102, 0x103, 0x202, 0x203, 0x204, 0x302,
        0x303, 0x402, 0x403, 0x602, 0x603, 0x700,
    ];
    for _ in 0..3000 {
        let mut tlvs = Vec::new();
        for _ in 0..(rnd() % 4) {
            let ty = types[(rnd() as usize) % types.len()];
            let len = (rnd() % 90) as usize;
            let v: Vec<u8> = (0..len)
                .map(|i| match i {
                    // Families and prefix lengths that lead somewhere.
                    2 | 3 if rnd() % 2 == 0 => [0, 1, 2, 11, 0x40][(rnd() % 5) as usize],
                    _ => rnd() as u8,
                })
                .collect();
            tlvs.extend(tlv(ty, &v));
        }
        let p = eigrp((rnd() % 12) as u8, rnd() % 2, &tlvs);
        let cut = (rnd() as usize) % (p.len() + 1);
        let _ = run(&p, p.len());
        let _ = run(&p, cut);
        let _ = run(&p[..cut], cut);
    }
}
