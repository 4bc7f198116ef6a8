use super::*;
use crate::dissect::app::testing::{one, vals};

fn dgram<'a>(payload: &'a [u8], frame: u64, from_a: bool) -> Datagram<'a> {
    let (a, b) = (([10u8; 16], 51820), ([20u8; 16], 51820));
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: 51820,
        dport: 51820,
        conv: ConvKey { v6: false, a, b },
        src_is_a: from_a,
        frame,
        ts_ns: 0,
        cut: false,
        nested: false,
        memory_pressed: false,
    }
}

fn message(kind: u8, len: usize, ids: &[u32]) -> Vec<u8> {
    let mut m = vec![0u8; len];
    m[0] = kind;
    for (i, id) in ids.iter().enumerate() {
        m[4 + 4 * i..8 + 4 * i].copy_from_slice(&id.to_le_bytes());
    }
    m
}

fn decode<'a>(d: &mut WgDecoder, payload: &'a [u8], frame: u64, from_a: bool) -> Layer<'a> {
    let mut out = Vec::new();
    d.datagram(&dgram(payload, frame, from_a), &mut out);
    assert_eq!(out.len(), 1);
    out.pop().expect("one layer")
}

#[test]
fn handshake_and_data_share_a_stream() {
    let mut d = WgDecoder::default();
    let init = message(INITIATION, 148, &[0x11]);
    let l = decode(&mut d, &init, 1, true);
    assert_eq!(
        one(&l, "osidump.wg.info"),
        "Handshake Initiation, sender=0x00000011"
    );
    assert_eq!(one(&l, "wg.stream"), "0");
    let resp = message(RESPONSE, 92, &[0x22, 0x11]);
    let l = decode(&mut d, &resp, 2, false);
    assert_eq!(one(&l, "wg.response_to"), "1");
    assert_eq!(one(&l, "wg.stream"), "0");
    // Data to the responder (receiver: its index), then a Keepalive to
    // the initiator.
    let data = message(TRANSPORT_DATA, 48, &[0x22, 7]);
    let l = decode(&mut d, &data, 3, true);
    assert_eq!(
        one(&l, "osidump.wg.info"),
        "Transport Data, receiver=0x00000022, counter=7, datalen=16"
    );
    assert_eq!(one(&l, "wg.stream"), "0");
    let keepalive = message(TRANSPORT_DATA, 32, &[0x11]);
    let l = decode(&mut d, &keepalive, 4, false);
    assert_eq!(
        one(&l, "osidump.wg.info"),
        "Keepalive, receiver=0x00000011, counter=0"
    );
    assert_eq!(one(&l, "wg.stream"), "0");
    // An unknown receiver has no stream.
    let stray = message(TRANSPORT_DATA, 32, &[0x33]);
    assert!(vals(&decode(&mut d, &stray, 5, false), "wg.stream").is_empty());
}

#[test]
fn heuristic_wants_the_type_s_length() {
    assert!(heuristic(&message(INITIATION, 148, &[]), 148));
    assert!(!heuristic(&message(INITIATION, 147, &[]), 147));
    let mut cookie = message(COOKIE_REPLY, 64, &[]);
    assert!(heuristic(&cookie, 64));
    cookie[2] = 1;
    assert!(!heuristic(&cookie, 64));
    let mut init = message(INITIATION, 148, &[]);
    init[2] = 1;
    assert!(heuristic(&init, 148));
    assert!(!heuristic(&message(5, 148, &[]), 148));
}

#[test]
fn sessions_are_bounded() {
    let mut d = WgDecoder::default();
    for i in 0..(MAX_SESSIONS as u32 + 10) {
        let m = message(INITIATION, 148, &[i]);
        let mut out = Vec::new();
        d.datagram(&dgram(&m, 1, true), &mut out);
    }
    assert_eq!(d.sessions.len(), MAX_SESSIONS);
    assert!(d.by_id.len() <= MAX_SESSIONS);
}

/// Every prefix of every message as a cut capture: a layer or nothing,
/// never a panic.
#[test]
fn cut_messages_never_panic() {
    for (kind, len) in [(1, 148), (2, 92), (3, 64), (4, 32), (4, 40)] {
        let m = message(kind, len, &[1, 1]);
        for end in 0..=m.len() {
            let mut d = WgDecoder::default();
            let mut g = dgram(&m[..end], 1, true);
            g.reported = len;
            g.cut = true;
            let mut out = Vec::new();
            d.datagram(&g, &mut out);
        }
    }
}
