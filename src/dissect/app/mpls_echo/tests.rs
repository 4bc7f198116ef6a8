use super::*;
use crate::dissect::app::testing::{one, vals};

/// An echo request's fixed part (32 bytes) and a target FEC stack with an
/// LDP IPv4 prefix (padded to four bytes).
fn request() -> Vec<u8> {
    let mut m = vec![0, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 7, 0, 0, 0, 1];
    m.extend_from_slice(&[0xe8, 0x4b, 0x31, 0x14, 0, 0, 0x73, 0x60]);
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(&[0, 1, 0, 12, 0, 1, 0, 5, 10, 0, 0, 1, 32, 0, 0, 0]);
    m
}

#[test]
fn a_request_as_tshark_reads_it() {
    let m = request();
    let l = echo_layer(&m, m.len(), 0..m.len()).expect("mpls-echo");
    assert!(l.thrown.is_none());
    assert_eq!(one(&l, "osidump.mpls-echo.info"), "MPLS Echo Request");
    assert_eq!(one(&l, "mpls_echo.sender_handle"), "0x00000007");
    assert_eq!(one(&l, "mpls_echo.tlv.fec.ldp_ipv4"), "10.0.0.1");
    assert_eq!(one(&l, "mpls_echo.tlv.fec.ldp_ipv4_mask"), "32");
    assert_eq!(one(&l, "mpls_echo.padding"), "000000");
}

#[test]
fn too_short_or_another_version_is_not_mpls_echo() {
    let m = request();
    assert!(echo_layer(&m[..31], 31, 0..31).is_none());
    let mut v2 = m.clone();
    v2[1] = 2;
    assert!(echo_layer(&v2, v2.len(), 0..v2.len()).is_none());
    // A data plane verification message needs 16 bytes only.
    let mut dp = m[..16].to_vec();
    dp[4] = 3;
    let l = echo_layer(&dp, 16, 0..16).expect("mpls-echo");
    assert_eq!(vals(&l, "mpls_echo.mbz").len(), 1);
    assert!(vals(&l, "mpls_echo.timestamp_sent").is_empty());
}

/// A sub-TLV whose item reaches past the message throws (malformed); one
/// within the message but longer than its stack is noted.
#[test]
fn a_sub_tlv_longer_than_its_stack() {
    let mut m = request();
    m[39] = 20;
    let l = echo_layer(&m, m.len(), 0..m.len()).expect("mpls-echo");
    let t = l.thrown.as_ref().map(|t| t.kind);
    assert_eq!(t, Some(crate::dissect::layer::AnomalyKind::Malformed));
    assert!(vals(&l, "mpls_echo.tlv.fec.type").is_empty());
    m.extend_from_slice(&[0; 16]);
    let l = echo_layer(&m, m.len(), 0..m.len()).expect("mpls-echo");
    assert!(l.thrown.is_none());
    assert_eq!(vals(&l, "mpls_echo.tlv.fec.len.invalid").len(), 1);
    assert!(vals(&l, "mpls_echo.tlv.fec.ldp_ipv4").is_empty());
}

/// Every prefix, every reported length and scrambled TLVs: a layer or
/// data, never a panic.
#[test]
fn cut_and_hostile_messages_never_panic() {
    let mut m = request();
    // A downstream mapping, pad, errored TLVs holding a vendor TLV, an
    // RSVP IPv4 sub-TLV and an unknown TLV.
    m.extend_from_slice(&[0, 2, 0, 24, 5, 220, 1, 0, 10, 0, 0, 2, 10, 0, 0, 3]);
    m.extend_from_slice(&[2, 0, 0, 4, 127, 0, 0, 1, 0, 1, 0x21, 3]);
    m.extend_from_slice(&[0, 3, 0, 3, 1, 0xaa, 0xbb, 0]);
    m.extend_from_slice(&[0, 9, 0, 12, 0xfc, 0, 0, 8, 0, 0, 0, 9, 1, 2, 3, 4]);
    m.extend_from_slice(&[0, 1, 0, 24, 0, 3, 0, 20]);
    m.extend_from_slice(&[
        10, 0, 0, 1, 0, 0, 0, 1, 10, 0, 0, 2, 10, 0, 0, 3, 0, 0, 0, 4,
    ]);
    m.extend_from_slice(&[0x12, 0x34, 0, 2, 9, 9]);
    let full = echo_layer(&m, m.len(), 0..m.len()).expect("mpls-echo");
    assert!(full.thrown.is_none());
    assert_eq!(one(&full, "mpls_echo.tlv.ds_map.mp_label"), "18");
    for end in 0..=m.len() {
        for reported in [end, m.len(), m.len() + 40] {
            let _ = echo_layer(&m[..end], reported.max(end), 0..end);
        }
        for seed in 0..=255u8 {
            let mut h = m[..end].to_vec();
            for (k, b) in h.iter_mut().enumerate().skip(32) {
                if k % 5 == usize::from(seed % 5) {
                    *b ^= seed;
                }
            }
            let _ = echo_layer(&h, h.len(), 0..h.len());
        }
    }
}
