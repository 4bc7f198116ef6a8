use super::*;
use crate::dissect::app::testing::{one, vals};
use crate::dissect::layer::AnomalyKind;

fn dgram(payload: &[u8], reported: usize, frame: u64) -> Datagram<'_> {
    let (a, b) = (([10u8; 16], 40000), ([20u8; 16], PORT));
    Datagram {
        payload,
        reported,
        at: 42,
        sport: 40000,
        dport: PORT,
        conv: ConvKey { v6: false, a, b },
        src_is_a: true,
        frame,
        ts_ns: 0,
        cut: reported > payload.len(),
        nested: false,
        memory_pressed: false,
    }
}

fn decode(
    d: &mut OpenvpnDatagrams,
    payload: &[u8],
    reported: usize,
    frame: u64,
) -> Vec<Layer<'static>> {
    let mut out = Vec::new();
    d.datagram(&dgram(payload, reported, frame), &mut out);
    out.into_iter().map(Layer::into_owned).collect()
}

/// A P_CONTROL_V1 without tls-auth: session id, empty array, packet id,
/// then `payload`.
fn control(mpid: u32, payload: &[u8]) -> Vec<u8> {
    let mut m = vec![P_CONTROL_V1 << 3];
    m.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
    m.push(0);
    m.extend_from_slice(&mpid.to_be_bytes());
    m.extend_from_slice(payload);
    m
}

#[test]
fn tls_auth_is_guessed_from_the_four_bytes_after_the_session_id() {
    assert!(valid_hmac(0x0102_0304));
    assert!(valid_hmac(0x0100_0304));
    assert!(!valid_hmac(0x0100_0004));
    assert!(!valid_hmac(0));
}

#[test]
fn every_cut_of_a_message_is_shown_as_far_as_it_reads() {
    let mut hmac_reset = vec![8 << 3];
    hmac_reset.extend_from_slice(&[9; 8]);
    hmac_reset.extend((1..=20u8).collect::<Vec<_>>());
    hmac_reset.extend_from_slice(&[0, 0, 0, 1, 0x60, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2]);
    hmac_reset.extend_from_slice(&[7; 8]);
    hmac_reset.extend_from_slice(&[0, 0, 0, 5]);
    let mut wkc = vec![P_CONTROL_WKC_V1 << 3];
    wkc.extend_from_slice(&[9; 8]);
    wkc.extend_from_slice(&[0, 0, 0, 1, 0x60, 0, 0, 0]);
    wkc.extend_from_slice(&[0xab; 32]);
    wkc.extend_from_slice(&[1, 2, 3, 0, 4]);
    let messages = [hmac_reset, wkc, control(1, &[0x16, 3, 3, 0, 1, 1])];
    for m in &messages {
        for n in 0..=m.len() {
            // Cut by the capture (the datagram is longer on the wire) and
            // a datagram that short on the wire.
            for reported in [m.len(), n] {
                let mut d = OpenvpnDatagrams::default();
                let out = decode(&mut d, &m[..n], reported, 1);
                let l = &out[0];
                assert_eq!(l.protocol, "openvpn");
                if n == m.len() {
                    assert!(l.thrown.is_none(), "{m:02x?}");
                } else if n > 0 {
                    let kind = l.thrown.as_ref().map(|t| t.kind);
                    if reported > n {
                        assert_eq!(kind, Some(AnomalyKind::Truncated), "{n} of {m:02x?}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_wrapped_key_longer_than_the_message_is_malformed() {
    let mut m = vec![P_CONTROL_WKC_V1 << 3];
    m.extend_from_slice(&[9; 8]);
    m.extend_from_slice(&[0, 0, 0, 1, 0x60, 0, 0, 0]);
    m.extend_from_slice(&[0xab; 32]);
    m.extend_from_slice(&[1, 0xff, 0xff]);
    let mut d = OpenvpnDatagrams::default();
    let out = decode(&mut d, &m, m.len(), 1);
    assert_eq!(
        out[0].thrown.as_ref().map(|t| t.kind),
        Some(AnomalyKind::Malformed)
    );
    assert!(!out[0].has(f::DATA));
}

#[test]
fn an_array_longer_than_the_message_is_read_until_it_ends() {
    let mut m = vec![P_ACK_V1 << 3];
    m.extend_from_slice(&[9; 8]);
    m.extend_from_slice(&[255, 0, 0, 0, 1, 0, 0]);
    let mut d = OpenvpnDatagrams::default();
    let out = decode(&mut d, &m, m.len(), 1);
    assert_eq!(vals(&out[0], "openvpn.mpidarrayelement"), ["1"]);
    assert_eq!(
        out[0].thrown.as_ref().map(|t| t.kind),
        Some(AnomalyKind::Malformed)
    );
}

#[test]
fn hundred_byte_fragments_are_gathered_until_another_length() {
    let mut d = OpenvpnDatagrams::default();
    let m = control(1, &[0x41; 100]);
    let out = decode(&mut d, &m, m.len(), 1);
    assert_eq!(out.len(), 1);
    assert!(out[0].has(f::FRAGMENT_BYTES));
    let m = control(2, &[0x42; 5]);
    let out = decode(&mut d, &m, m.len(), 2);
    assert_eq!(vals(&out[0], "openvpn.fragment"), ["1", "2"]);
    assert_eq!(one(&out[0], "openvpn.reassembled.length"), "105");
    assert_eq!(
        one(&out[0], "osidump.openvpn.info"),
        "MessageType: P_CONTROL_V1 (Message Reassembled "
    );
    // TLS refused the printable bytes: data.
    assert_eq!(out[1].protocol, "data");
    // The message is done: the next one starts anew.
    let m = control(3, &[0x16, 3, 3, 0, 1, 1]);
    let out = decode(&mut d, &m, m.len(), 3);
    assert!(!out[0].has(f::FRAGMENTS));
    assert_eq!(out[1].protocol, "tls");
}

#[test]
fn gathering_is_bounded() {
    let mut g = Gathering::default();
    for id in 0..(MAX_PARTIALS as u32 + 10) {
        assert!(matches!(
            g.add((0, 0, id), 1, &[0; 100], false),
            Gathered::More
        ));
    }
    assert_eq!(g.partials.len(), MAX_PARTIALS);
    // The oldest were dropped: their last fragment is a message alone.
    assert!(matches!(
        g.add((0, 0, 0), 2, &[0; 5], true),
        Gathered::Single
    ));
    assert!(matches!(
        g.add((0, 0, MAX_PARTIALS as u32 + 9), 2, &[0; 5], true),
        Gathered::Whole(..)
    ));
    // A message past MAX_GATHERED is dropped.
    let big = vec![0u8; MAX_GATHERED / 2 + 1];
    assert!(matches!(g.add((1, 0, 1), 1, &big, false), Gathered::More));
    assert!(matches!(g.add((1, 0, 1), 2, &big, false), Gathered::More));
    assert!(!g.partials.contains_key(&(1, 0, 1)));
}

#[test]
fn tcp_messages_are_framed_across_segments() {
    let mut s = OpenvpnStream::default();
    let mut m = vec![0, 0, P_DATA_V1 << 3, 1, 2, 3];
    m[1] = (m.len() - 2) as u8;
    let two = [m.clone(), m.clone()].concat();
    let mut out = Vec::new();
    s.set_frame(1);
    s.feed(Dir::Client, 0, &two[..1], &mut out);
    assert!(out.is_empty() && s.wants_one_more_segment(Dir::Client));
    s.set_frame(2);
    s.feed(Dir::Client, 1, &two[1..8], &mut out);
    assert_eq!(out.len(), 1);
    assert!(s.holds_partial(Dir::Client));
    s.set_frame(3);
    s.feed(Dir::Client, 8, &two[8..], &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(one(&out[1].layer, "openvpn.data"), "010203");
    assert!(!s.holds_partial(Dir::Client));
    // A length the capture cut: the call throws, nothing is held.
    s.set_snap_cut(5);
    s.feed(Dir::Server, 0, &[0], &mut out);
    assert_eq!(out.len(), 3);
    assert!(out[2].layer.thrown.is_some());
    assert!(!s.holds_partial(Dir::Server));
}

#[test]
fn hostile_bytes_never_panic() {
    let mut d = OpenvpnDatagrams::default();
    let mut s = OpenvpnStream::default();
    let mut out = Vec::new();
    let mut x: u32 = 12345;
    for i in 0..2000u64 {
        let n = (i % 140) as usize;
        let b: Vec<u8> = (0..n)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (x >> 16) as u8
            })
            .collect();
        let _ = decode(&mut d, &b, b.len(), i);
        s.feed(Dir::Client, i * 200, &b, &mut out);
        s.gap(Dir::Client, 1);
    }
}
