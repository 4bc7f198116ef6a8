use super::*;
use crate::dissect::app::testing::{one, vals};

fn echo_request(cookie: u32) -> Vec<u8> {
    let mut m = vec![0, 16, 0, 1];
    m.extend_from_slice(&cookie.to_be_bytes());
    m.extend_from_slice(&[0, 5, 0, 0, 0, 0, 0, 42]);
    m
}

#[test]
fn echo_request_and_a_wrong_cookie() {
    let m = echo_request(MAGIC_COOKIE);
    let (l, rest) = message(&m, false);
    assert!(rest.is_none());
    assert_eq!(one(&l, "osidump.pptp.info"), "Echo-Request");
    assert_eq!(one(&l, "pptp.identifier"), "42");
    assert!(vals(&l, "pptp.magic_cookie.incorrect").is_empty());
    let m = echo_request(1);
    let (l, _) = message(&m, false);
    assert_eq!(vals(&l, "pptp.magic_cookie.incorrect").len(), 1);
}

#[test]
fn unknown_type_hands_its_body_to_data() {
    let mut m = echo_request(MAGIC_COOKIE);
    m[9] = 99;
    let (l, rest) = message(&m, false);
    assert_eq!(one(&l, "osidump.pptp.info"), "Unknown control type (99)");
    assert_eq!(rest, Some(&m[12..]));
}

/// Every prefix of every message type: a layer, never a panic.
#[test]
fn cut_messages_never_panic() {
    for kind in 0..=16u8 {
        let mut m = echo_request(MAGIC_COOKIE);
        m[9] = kind;
        m.resize(240, b'a');
        for end in 1..=m.len() {
            let (l, _) = message(&m[..end], end % 2 == 0);
            assert_eq!(l.protocol, "pptp");
        }
    }
}
