//! RIP as tshark 4.0 shows it (crafted bytes).

use super::*;

fn layer(b: &[u8]) -> Layer<'_> {
    dissect(b, 0, b.len(), false, false)
}

fn entry(family: u16, tag: u16, ip: [u8; 4], mask: [u8; 4], hop: [u8; 4], metric: u32) -> Vec<u8> {
    let mut e = Vec::new();
    e.extend_from_slice(&family.to_be_bytes());
    e.extend_from_slice(&tag.to_be_bytes());
    e.extend_from_slice(&ip);
    e.extend_from_slice(&mask);
    e.extend_from_slice(&hop);
    e.extend_from_slice(&metric.to_be_bytes());
    e
}

#[test]
fn version_1_and_2_routes() {
    let mut b = vec![2, 1, 0, 0];
    b.extend(entry(2, 0, [10, 0, 0, 0], [0; 4], [0; 4], 1));
    let l = layer(&b);
    assert_eq!(l.get(f::rip::IP), Some(&Value::Ipv4([10, 0, 0, 0])));
    assert!(!l.has(f::rip::NETMASK));
    assert_eq!(l.get_uint(f::rip::METRIC), Some(1));
    let mut b = vec![2, 2, 0, 0];
    b.extend(entry(
        2,
        7,
        [10, 1, 0, 0],
        [255, 255, 0, 0],
        [10, 0, 0, 1],
        2,
    ));
    b.extend(entry(0, 0, [0; 4], [0; 4], [0; 4], 16));
    let l = layer(&b);
    assert_eq!(l.get_uint(f::rip::ROUTE_TAG), Some(7));
    assert_eq!(l.get(f::rip::NEXT_HOP), Some(&Value::Ipv4([10, 0, 0, 1])));
    assert_eq!(l.all(f::rip::METRIC).count(), 2);
    assert_eq!(l.all(f::rip::FAMILY).count(), 2);
    let mut s = String::new();
    info(&mut s, &l);
    assert_eq!(s, "Response");
    assert_eq!(column(&l), "RIPv2");
}

#[test]
fn authentication() {
    let mut b = vec![2, 2, 0, 0, 0xff, 0xff, 0, 2];
    b.extend_from_slice(b"pass\0\0\0\0\0\0\0\0\0\0\0\0");
    b.extend(entry(2, 0, [10, 1, 0, 0], [255, 255, 0, 0], [0; 4], 1));
    let l = layer(&b);
    assert_eq!(l.get_uint(f::rip::AUTH_TYPE), Some(2));
    assert_eq!(l.get_str(f::rip::AUTH_PASSWD), Some("pass"));
    assert_eq!(l.all(f::rip::METRIC).count(), 1);
    // Keyed MD5: digest offset 44 (header + auth entry + one route), the
    // 20-byte trailer not read as an entry.
    let mut b = vec![2, 2, 0, 0, 0xff, 0xff, 0, 3, 0, 44, 1, 20, 0, 0, 0, 9];
    b.extend_from_slice(&[0; 8]);
    b.extend(entry(2, 0, [10, 1, 0, 0], [255, 255, 0, 0], [0; 4], 1));
    b.extend_from_slice(&[0xff, 0xff, 0, 1]);
    b.extend_from_slice(&[0xab; 16]);
    let l = layer(&b);
    assert_eq!(l.get_uint(f::rip::SEQ_NUM), Some(9));
    assert_eq!(l.all(f::rip::METRIC).count(), 1);
    assert!(matches!(l.get(f::rip::AUTHENTICATION_DATA), Some(Value::Bytes(d)) if d[0] == 0xab));
    assert!(l.thrown.is_none());
}

#[test]
fn short_messages_throw_without_panicking() {
    let mut b = vec![1, 2, 0, 0];
    b.extend(entry(2, 0, [10, 1, 0, 0], [0; 4], [0; 4], 70_000));
    let l = layer(&b[..20]);
    assert!(l.thrown.is_some());
    assert!(!l.has(f::rip::FAMILY));
    assert_eq!(layer(&b).get_uint(f::rip::METRIC), Some(70_000));
    let mut x = 1u32;
    for _ in 0..2000 {
        let mut m = vec![0u8; (x % 70) as usize];
        for c in m.iter_mut() {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            *c = [0, 2, 3, 0xff, 44, 20][(x % 6) as usize];
        }
        let _ = layer(&m);
    }
}
