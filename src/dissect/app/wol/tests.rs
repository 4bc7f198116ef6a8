use super::*;
use crate::dissect::app::testing::{one, vals};

fn magic(extra: &[u8]) -> Vec<u8> {
    let mut b = vec![0xff; 6];
    for _ in 0..16 {
        b.extend_from_slice(&[0, 0x0d, 0x56, 0xdc, 0x9e, 0x35]);
    }
    b.extend_from_slice(extra);
    b
}

#[test]
fn password_forms_as_tshark_shows_them() {
    let b = magic(&[192, 168, 1, 1]);
    let l = layer(&b, 0, pdu_len(&b, b.len()).expect("magic"));
    assert_eq!(
        one(&l, "osidump.wol.info"),
        "MagicPacket for 00:0d:56:dc:9e:35, password 192.168.1.1"
    );
    // The first four bytes of the password's text.
    assert_eq!(one(&l, "wol.passwd"), "3139322e");
    assert_eq!(vals(&l, "wol.mac").len(), 16);
    let b = magic(&[]);
    assert_eq!(pdu_len(&b, 102), Some(102));
    assert_eq!(pdu_len(&b, 107), Some(106));
    assert_eq!(pdu_len(&b, 300), Some(108));
    let mut other = magic(&[]);
    other[50] ^= 1;
    assert_eq!(pdu_len(&other, 102), None);
}

/// Cut captures of every length: a layer or nothing, never a panic.
#[test]
fn cut_packets_never_panic() {
    let b = magic(&[1, 2, 3, 4, 5, 6, 7]);
    for end in 0..=b.len() {
        for reported in [end, 102, 106, 108, 200] {
            if let Some(len) = pdu_len(&b[..end], reported) {
                layer(&b[..end], 0, len);
            }
        }
    }
}
