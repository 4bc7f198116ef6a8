//! NHRP on crafted bytes: cut and malformed packets, nesting, Info.

use super::*;

/// `packet` over `b`, of which only `cap` bytes were captured.
fn run(b: &[u8], cap: usize) -> (Layer<'_>, R<()>, Out) {
    let mut l = Layer::new(Osi::Network, "nhrp", 0..b.len());
    let t = Tvb {
        b: &b[..cap],
        rep: b.len(),
        base: 0,
    };
    let mut out = Out::default();
    let r = packet(&mut l, t, 0, &mut out);
    (l, r, out)
}

fn uints(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Vec<u64> {
    l.all(def)
        .map(|v| match v {
            Value::UInt(n) => *n,
            Value::Bool(b) => u64::from(*b),
            _ => panic!("not a number"),
        })
        .collect()
}

/// A packet of type `op` with an IPv4 mandatory part (request ID `id`),
/// `tail` after it (CIEs, or a quoted packet), extensions `ext`, the
/// checksum right.
fn nhrp(op: u8, id: u32, tail: &[u8], ext: &[u8]) -> Vec<u8> {
    let mand_len = 20 + tail.len();
    let total = 20 + mand_len + ext.len();
    let extoff = if ext.is_empty() { 0 } else { 20 + mand_len };
    let mut p = vec![0, 1, 8, 0, 0, 0, 0, 0, 0, 255];
    p.extend_from_slice(&(total as u16).to_be_bytes());
    p.extend_from_slice(&[0, 0]);
    p.extend_from_slice(&(extoff as u16).to_be_bytes());
    p.extend_from_slice(&[1, op, 4, 0, 4, 4, 0, 0]);
    p.extend_from_slice(&id.to_be_bytes());
    p.extend_from_slice(&[192, 168, 1, 1, 10, 0, 0, 1, 10, 0, 0, 2]);
    p.extend_from_slice(tail);
    p.extend_from_slice(ext);
    let c = !ones_complement_sum(&p);
    p[12..14].copy_from_slice(&c.to_be_bytes());
    p
}

const CIE: [u8; 16] = [0, 32, 0, 0, 5, 0x78, 0x1c, 0x20, 0, 0, 4, 0, 10, 0, 0, 9];
const END: [u8; 4] = [0x80, 0, 0, 0];

#[test]
fn reply_info_and_fields() {
    let p = nhrp(2, 300, &CIE, &END);
    let (l, r, out) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(out.info, "NHRP Resolution Reply, ID=300, Code=Success");
    assert_eq!(uints(&l, f::nhrp::HDR_CHKSUM_STATUS), [checksum::GOOD]);
    assert_eq!(uints(&l, f::nhrp::REQID), [300]);
    assert_eq!(uints(&l, f::nhrp::EXT_TYPE), [0]);
    assert!(out.carried.is_none());
}

/// Cut by the capture anywhere: truncated, never malformed, and never a
/// panic; what was read before the cut stays.
#[test]
fn cut_anywhere_is_truncated() {
    let auth = [0x80, 7, 0, 10, 0, 0, 0, 1, 10, 0, 0, 1, b'k', b'y'];
    let p = nhrp(2, 5, &CIE, &[&auth[..], &END].concat());
    for cap in 0..p.len() {
        let (l, r, _) = run(&p, cap);
        let e = r.expect_err("cut");
        assert!(e.cut_by_capture, "cap {cap}");
        if cap >= 18 {
            assert_eq!(uints(&l, f::nhrp::HDR_AFN), [1], "cap {cap}");
            // The checksum needs every byte: unverified.
            if cap >= 14 {
                assert_eq!(
                    uints(&l, f::nhrp::HDR_CHKSUM_STATUS),
                    [checksum::UNVERIFIED]
                );
            }
        } else {
            assert!(!l.has(f::nhrp::HDR_AFN), "cap {cap}");
        }
    }
}

/// A packet length beyond the payload: the reads past it are malformed.
#[test]
fn longer_than_the_payload_is_malformed() {
    let mut p = nhrp(1, 5, &[], &[]);
    p[10..12].copy_from_slice(&100u16.to_be_bytes());
    let (l, r, out) = run(&p, p.len());
    assert_eq!(
        r,
        Err(Throw {
            end: 49,
            cut_by_capture: false
        })
    );
    assert_eq!(out.info, "NHRP Resolution Request, ID=5");
    assert_eq!(
        uints(&l, f::nhrp::HDR_CHKSUM_STATUS),
        [checksum::UNVERIFIED]
    );
}

#[test]
fn bogus_lengths_stop_after_the_header() {
    let mut p = nhrp(1, 5, &[], &[]);
    p[10..12].copy_from_slice(&19u16.to_be_bytes());
    let (l, r, _) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert!(l.has(f::nhrp::HDR_PKTSZ_INVALID));
    assert!(!l.has(f::nhrp::HDR_EXTOFF));
    let mut p = nhrp(1, 5, &[], &[]);
    p[14..16].copy_from_slice(&19u16.to_be_bytes());
    let (l, r, _) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert!(l.has(f::nhrp::HDR_EXTOFF_INVALID));
    assert!(l.has(f::nhrp::HDR_SSTL));
    assert!(!l.has(f::nhrp::SRC_PROT_LEN));
}

/// Error Indications quoting Error Indications: read to a bounded depth.
#[test]
fn nested_error_indications_are_bounded() {
    let mut p = nhrp(3, 1, &[], &[]);
    for _ in 0..100 {
        // Error code 6 and offset 20 where the request ID would be.
        p = nhrp(7, (6 << 16) | 20, &p, &[]);
    }
    let (l, r, out) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(uints(&l, f::nhrp::HDR_OP_TYPE).len(), MAX_DEPTH + 1);
    assert!(
        out.info
            .starts_with("NHRP Error Indication, Protocol Address Unreachable")
    );
}

/// A Traffic Indication hands its packet on by the protocol type.
#[test]
fn traffic_indication_hands_its_packet_on() {
    let inner = [
        0x45, 0, 0, 20, 0, 0, 0, 0, 64, 1, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
    ];
    let mut p = nhrp(8, 0, &inner, &END);
    let (_, r, out) = run(&p, p.len());
    assert_eq!(r, Ok(()));
    assert_eq!(out.info, "NHRP Traffic Indication");
    assert_eq!(out.carried, Some((40, Carried::EtherType(0x0800))));
    // An ATM Forum protocol type: data.
    p[2..4].copy_from_slice(&0x0450u16.to_be_bytes());
    let (_, _, out) = run(&p, p.len());
    assert_eq!(out.carried, Some((40, Carried::Data)));
}

/// Pseudo-random bytes, cut anywhere: no panic.
#[test]
fn random_bytes_never_panic() {
    let mut x: u32 = 0x1234_5678;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x
    };
    for _ in 0..2000 {
        let base = nhrp((next() % 10) as u8, next(), &CIE, &END);
        let mut p = base.clone();
        for _ in 0..(next() % 8) {
            let at = next() as usize % p.len();
            p[at] = next() as u8;
        }
        let cap = next() as usize % (p.len() + 1);
        let _ = run(&p, cap);
    }
}
