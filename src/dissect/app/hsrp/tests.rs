//! HSRP version 1 as tshark 4.0 shows it (crafted bytes).

use super::*;

fn layers(b: &[u8]) -> Vec<Layer<'_>> {
    let mut out = Vec::new();
    dissect(b, 0, b.len(), false, false, &mut out);
    out
}

const HELLO: [u8; 20] = [
    0, 0, 16, 3, 10, 100, 1, 0, b'c', b'i', b's', b'c', b'o', 0, 0, 0, 192, 168, 0, 1,
];

#[test]
fn hello() {
    let out = layers(&HELLO);
    assert_eq!(out.len(), 1);
    let l = &out[0];
    assert_eq!(l.get_uint(f::hsrp::STATE), Some(16));
    assert_eq!(l.get_uint(f::hsrp::PRIORITY), Some(100));
    assert_eq!(l.get_str(f::hsrp::AUTH_DATA), Some("cisco"));
    assert_eq!(
        l.get(f::hsrp::VIRT_IP),
        Some(&Value::Ipv4([192, 168, 0, 1]))
    );
    let mut s = String::new();
    info(&mut s, l);
    assert_eq!(s, "Hello (state Active)");
}

#[test]
fn advertise_and_unknown_opcodes() {
    let adv = [0, 3, 0, 1, 0, 10, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    let out = layers(&adv);
    assert_eq!(out[0].get_uint(f::hsrp::ADV_STATE), Some(2));
    assert_eq!(out[0].get_uint(f::hsrp::ADV_ACTIVEGRP), Some(1));
    let mut s = String::new();
    info(&mut s, &out[0]);
    assert_eq!(s, "Advertise (state Passive)");
    let out = layers(&[0, 9, 1, 2, 3]);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].protocol, "data");
    assert_eq!(out[1].get_uint(f::data::LEN), Some(3));
}

#[test]
fn short_messages_throw_without_panicking() {
    for n in 0..HELLO.len() {
        let out = layers(&HELLO[..n]);
        assert!(out[0].thrown.is_some(), "{n}");
    }
    let out = layers(&[0, 3, 0]);
    assert!(out[0].fields.is_empty());
}

/// Version 2: a group state TLV (IPv4) and a text authentication TLV.
fn v2_hello() -> Vec<u8> {
    let mut b = vec![1, 40, 2, 0, 6, 4, 0, 10];
    b.extend_from_slice(&[0x00, 0x11, 0x22, 0x33, 0x44, 0x55]);
    b.extend_from_slice(&105u32.to_be_bytes());
    b.extend_from_slice(&3000u32.to_be_bytes());
    b.extend_from_slice(&10000u32.to_be_bytes());
    b.extend_from_slice(&[10, 0, 0, 1]);
    b.extend_from_slice(&[0; 12]);
    b.extend_from_slice(&[3, 8]);
    b.extend_from_slice(b"cisco\0\0\0");
    b
}

#[test]
fn version_2_tlvs() {
    let b = v2_hello();
    let mut out = Vec::new();
    dissect_version(2, &b, 0, b.len(), false, false, &mut out);
    assert_eq!(out.len(), 1);
    let l = &out[0];
    assert!(l.thrown.is_none());
    assert_eq!(l.get_uint(f::hsrp2::STATE), Some(6));
    assert_eq!(l.get_uint(f::hsrp2::GROUP), Some(10));
    assert_eq!(l.get_uint(f::hsrp2::PRIORITY), Some(105));
    assert_eq!(l.get(f::hsrp2::VIRT_IP), Some(&Value::Ipv4([10, 0, 0, 1])));
    assert_eq!(l.get_str(f::hsrp2::AUTH_DATA), Some("cisco"));
    let mut s = String::new();
    info(&mut s, l);
    assert_eq!(s, "Hello (state Active)");
    assert_eq!(column(l), "HSRPv2");
    for n in 0..b.len() {
        let mut out = Vec::new();
        dissect_version(2, &b[..n], 0, b.len(), true, false, &mut out);
        assert!(n == 0 || out[0].thrown.is_some(), "{n}");
    }
}
