use super::*;
use crate::dissect::app::testing::{one, vals};

/// A Hello PDU: common hello parameters and an IPv4 transport address.
fn hello_pdu() -> Vec<u8> {
    let mut m = vec![0, 1, 0, 30, 10, 0, 0, 1, 0, 0];
    m.extend_from_slice(&[1, 0, 0, 20, 0, 0, 0, 7]);
    m.extend_from_slice(&[4, 0, 0, 4, 0, 15, 0, 0]);
    m.extend_from_slice(&[4, 1, 0, 4, 10, 0, 0, 1]);
    m
}

#[test]
fn a_hello_as_tshark_reads_it() {
    let m = hello_pdu();
    let l = udp_layer(&m, m.len(), 0..m.len());
    assert!(l.thrown.is_none());
    assert_eq!(one(&l, "osidump.ldp.info"), "Hello Message ");
    assert_eq!(one(&l, "ldp.msg.tlv.hello.hold"), "15");
    assert_eq!(one(&l, "ldp.msg.tlv.ipv4.taddr"), "10.0.0.1");
    assert_eq!(vals(&l, "ldp.gtsm_not_supported").len(), 1);
}

#[test]
fn a_message_shorter_than_its_header_takes_the_rest() {
    let mut m = vec![0, 1, 0, 14, 1, 2, 3, 4, 0, 0];
    m.extend_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0]);
    let l = udp_layer(&m, m.len(), 0..m.len());
    assert_eq!(one(&l, "osidump.ldp.info"), "Bad Message Length ");
    assert_eq!(vals(&l, "ldp.invalid_length").len(), 1);
    assert!(vals(&l, "ldp.msg.type").is_empty());
}

/// A message whose item reaches past the captured bytes throws after
/// its name went to the Info column.
#[test]
fn a_cut_message_throws_truncated() {
    let m = hello_pdu();
    let l = udp_layer(&m[..20], m.len(), 0..20);
    assert_eq!(one(&l, "osidump.ldp.info"), "Hello Message ");
    assert!(vals(&l, "ldp.msg.type").is_empty());
    let t = l.thrown.as_ref().map(|t| t.kind);
    assert_eq!(t, Some(crate::dissect::layer::AnomalyKind::Truncated));
}

/// Every prefix of every PDU, and every reported length: a layer, never
/// a panic.
#[test]
fn cut_and_hostile_pdus_never_panic() {
    let mut m = hello_pdu();
    // FEC with every element kind, an address list, status, session.
    m.extend_from_slice(&[1, 0, 0, 40, 0, 0, 0, 9, 1, 0, 0, 32]);
    m.extend_from_slice(&[1, 2, 0, 1, 24, 10, 1, 2, 3, 0, 2, 33, 1, 2, 3, 0, 9, 9]);
    m.extend_from_slice(&[0x80, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
    m.extend_from_slice(&[3, 0, 0, 10, 0, 0, 0, 1, 0, 0, 0, 2, 1, 0]);
    m.extend_from_slice(&[5, 0, 0, 14, 0, 1, 0, 180, 0, 0, 16, 0, 1, 2, 3, 4, 0, 0]);
    m.extend_from_slice(&[1, 1, 0, 7, 0, 1, 1, 2, 3, 4, 5]);
    for end in 0..=m.len() {
        for reported in [end, m.len(), m.len() + 40] {
            let l = udp_layer(&m[..end], reported.max(end), 0..end);
            assert_eq!(l.protocol, "ldp");
        }
        for seed in 0..=255u8 {
            let mut h = m[..end].to_vec();
            for (k, b) in h.iter_mut().enumerate().skip(10) {
                if k % 7 == usize::from(seed % 7) {
                    *b ^= seed;
                }
            }
            let _ = udp_layer(&h, h.len(), 0..h.len());
            let _ = call(&h, 0);
            let _ = call(&h, 3);
        }
    }
}

/// Over TCP: two PDUs in a call show the last one's messages; a PDU the
/// segment cuts waits for the rest, held once.
#[test]
fn tcp_framing() {
    let mut keep = vec![0, 1, 0, 14, 1, 2, 3, 4, 0, 0];
    keep.extend_from_slice(&[2, 1, 0, 4, 0, 0, 0, 1]);
    let mut two = hello_pdu();
    two.extend_from_slice(&keep);
    let (l, end) = call(&two, 0);
    assert!(matches!(end, End::Done));
    let l = l.expect("a layer");
    assert_eq!(one(&l, "osidump.ldp.info"), "Keep Alive Message ");
    assert_eq!(vals(&l, "ldp.msg.type"), ["0x0100", "0x0201"]);

    let mut d = LdpDecoder::default();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &two[..5], &mut out);
    assert!(out.is_empty());
    assert!(d.holds_partial(Dir::Client));
    d.feed(Dir::Client, 5, &two[5..], &mut out);
    // The reassembled PDU, then the segment's rest as a call of its own.
    assert_eq!(out.len(), 2);
    assert_eq!(one(&out[0].layer, "osidump.ldp.info"), "Hello Message ");
    assert_eq!((out[0].stream_offset, out[0].stream_end), (0, 34));
    assert_eq!(
        one(&out[1].layer, "osidump.ldp.info"),
        "Keep Alive Message "
    );
    assert!(!d.holds_partial(Dir::Client));
    // Fewer than 4 bytes: the next segment whole.
    let mut out = Vec::new();
    d.feed(Dir::Client, 100, &two[..3], &mut out);
    assert!(out.is_empty() && d.wants_one_more_segment(Dir::Client));
    d.feed(Dir::Client, 103, &two[3..20], &mut out);
    assert!(out.is_empty() && !d.wants_one_more_segment(Dir::Client));
    assert!(d.holds_partial(Dir::Client));

    // Not version 1: refused, as data.
    let mut out = Vec::new();
    let mut d = LdpDecoder::default();
    d.feed(Dir::Client, 0, &[0, 2, 0, 0], &mut out);
    assert!(d.refused(Dir::Client));
}
