//! BFD control messages as tshark 4.0 shows them (crafted bytes; each
//! expectation checked with tshark on the same bytes sent to port 3784).

use super::*;
use crate::dissect::layer::AnomalyKind;

fn layer(b: &[u8]) -> Layer<'_> {
    dissect(b, 0, b.len(), false, false)
}

/// Version 1, Up, A flag, keyed MD5 (type 2, length 24).
const MD5: [u8; 48] = [
    0x20, 0xc4, 0x03, 0x30, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x02, 0x00, 0x0f, 0x42, 0x40,
    0x00, 0x0f, 0x42, 0x40, 0x00, 0x00, 0x00, 0x00, 0x02, 0x18, 0x07, 0x00, 0x00, 0x00, 0x00, 0x05,
    0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10,
];

#[test]
fn version_1_with_md5() {
    let l = layer(&MD5);
    assert_eq!(l.get_uint(f::bfd::VERSION), Some(1));
    assert_eq!(l.get_uint(f::bfd::STA), Some(3));
    assert_eq!(l.get_uint(f::bfd::FLAGS), Some(0xc4));
    assert!(l.flag(f::bfd::FLAGS_A));
    assert!(!l.flag(f::bfd::FLAGS_D));
    assert_eq!(l.get_uint(f::bfd::MESSAGE_LENGTH), Some(48));
    assert_eq!(l.get_uint(f::bfd::YOUR_DISCRIMINATOR), Some(2));
    assert_eq!(l.get_uint(f::bfd::DESIRED_MIN_TX_INTERVAL), Some(1_000_000));
    assert_eq!(l.get_uint(f::bfd::AUTH_TYPE), Some(2));
    assert_eq!(l.get_uint(f::bfd::AUTH_KEY), Some(7));
    assert_eq!(l.get_uint(f::bfd::AUTH_SEQ_NUM), Some(5));
    assert!(matches!(l.get(f::bfd::CHECKSUM), Some(Value::Bytes(b)) if b.len() == 16));
    assert!(l.thrown.is_none());
    let mut s = String::new();
    info(&mut s, &l);
    assert_eq!(s, "Diag: No Diagnostic, State: Up, Flags: 0x04");
}

#[test]
fn version_0_has_no_state() {
    let mut b = MD5;
    b[0] = 0x01;
    b[1] = 0xc0;
    let l = layer(&b[..24]);
    assert_eq!(l.get_uint(f::bfd::STA), None);
    assert!(l.flag(f::bfd::FLAGS_H));
    assert!(l.flag(f::bfd::FLAGS_D));
    assert!(!l.has(f::bfd::FLAGS_A));
    let mut s = String::new();
    info(&mut s, &l);
    assert_eq!(s, "Diag: Control Detection Time Expired, Flags: 0xc0");
}

#[test]
fn simple_password() {
    let mut b = MD5[..32].to_vec();
    b[3] = 32;
    b[24..32].copy_from_slice(&[1, 8, 3, b's', b'e', b'c', b'r', b't']);
    let l = layer(&b);
    assert_eq!(l.get_str(f::bfd::AUTH_PASSWORD), Some("secrt"));
    assert!(!l.has(f::bfd::AUTH_SEQ_NUM));
}

#[test]
fn short_messages_throw_without_panicking() {
    let l = layer(&MD5[..23]);
    assert!(l.fields.is_empty());
    assert!(l.thrown.is_some());
    // The digest cut by the capture: truncated, header shown.
    let l = dissect(&MD5[..40], 0, 48, true, false);
    assert_eq!(
        l.thrown.as_ref().map(|t| t.kind),
        Some(AnomalyKind::Truncated)
    );
    assert_eq!(l.get_uint(f::bfd::AUTH_SEQ_NUM), Some(5));
    for n in 0..MD5.len() {
        for kind in 0..7 {
            let mut b = MD5;
            b[24] = kind;
            b[25] = n as u8;
            let _ = layer(&b[..n]);
            let _ = layer(&b);
        }
    }
}
