//! Unit tests of the X11 decoder: segments fed as TCP hands them over, in
//! little-endian as the captures' clients send them.

use super::*;
use crate::test_rng::Rng;

/// A decoder for a client on port 40000 talking to display 0.
fn decoder() -> X11Decoder {
    X11Decoder::new()
}

fn feed(d: &mut X11Decoder, reply: bool, at: u64, data: &[u8], cut: u64) -> Vec<Message> {
    if reply {
        d.set_ports(6000, 40000);
    } else {
        d.set_ports(40000, 6000);
    }
    d.set_snap_cut(cut);
    let mut out = Vec::new();
    let dir = if reply { Dir::Server } else { Dir::Client };
    d.feed(dir, at, data, &mut out);
    out
}

fn infos(out: &[Message]) -> String {
    let layers: Vec<_> = out.iter().map(|m| m.layer.clone()).collect();
    let mut s = String::new();
    for i in 0..layers.len() {
        info(&mut s, &layers, i);
    }
    s
}

/// TranslateCoordinates (4 words), then GetInputFocus (1 word).
fn requests() -> Vec<u8> {
    let mut b = vec![40, 0, 4, 0];
    b.extend_from_slice(&0x01f8_e94fu32.to_le_bytes());
    b.extend_from_slice(&0x188u32.to_le_bytes());
    b.extend_from_slice(&[0, 0, 0, 0]);
    b.extend_from_slice(&[43, 0, 1, 0]);
    b
}

#[test]
fn requests_in_one_segment_and_their_replies() {
    let mut d = decoder();
    let out = feed(&mut d, false, 0, &requests(), 0);
    assert_eq!(out.len(), 2);
    assert_eq!(infos(&out), "Requests: TranslateCoordinates, GetInputFocus");
    assert_eq!(out[0].layer.get_uint(f::x11::SRC_WINDOW), Some(0x01f8_e94f));
    // The first reply resynchronises: its number is the request seen.
    let mut r = vec![1, 1, 1, 0, 0, 0, 0, 0];
    r.extend_from_slice(&0x013e_a839u32.to_le_bytes());
    r.extend_from_slice(&5u16.to_le_bytes());
    r.extend_from_slice(&174u16.to_le_bytes());
    r.resize(32, 0);
    let out = feed(&mut d, true, 0, &r, 0);
    assert_eq!(infos(&out), "Reply: TranslateCoordinates");
    assert_eq!(
        out[0].layer.get_uint(f::x11::CHILDWINDOW),
        Some(0x013e_a839)
    );
    // A number no request had.
    r[2] = 9;
    let out = feed(&mut d, true, 32, &r, 0);
    assert_eq!(infos(&out), "Reply: to unknown request");
}

#[test]
fn a_request_split_across_segments_waits_for_the_rest() {
    let mut d = decoder();
    let b = requests();
    assert!(feed(&mut d, false, 0, &b[..2], 0).is_empty());
    assert!(d.holds_partial(Dir::Client));
    assert!(feed(&mut d, false, 2, &b[2..10], 0).is_empty());
    let out = feed(&mut d, false, 10, &b[10..], 0);
    assert_eq!(out.len(), 2);
    assert!(!d.holds_partial(Dir::Client));
}

#[test]
fn a_segment_cut_by_the_snap_length_is_read_as_far_as_captured() {
    let mut d = decoder();
    // CreatePixmap, then an extension's request of 5 words, 8 bytes kept.
    let mut b = vec![53, 24, 4, 0];
    b.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8, 17, 0, 17, 0]);
    b.extend_from_slice(&[158, 7, 5, 0, 0, 0, 0, 0]);
    // tshark makes the extension request's buffer of 20 bytes where 8
    // were captured, and throws before it is read.
    let out = feed(&mut d, false, 0, &b, 12);
    assert_eq!(out.len(), 1);
    assert_eq!(
        infos(&out),
        "Requests: CreatePixmap[Packet size limited during capture]"
    );
    assert!(out[0].layer.has(f::x11::HEIGHT));
    assert!(!d.holds_partial(Dir::Client));
    // The first request itself cut: TCP's Info stays (no TCP layer here).
    let mut d = decoder();
    let out = feed(&mut d, false, 0, &b[..8], 20);
    assert_eq!(out.len(), 1);
    assert_eq!(infos(&out), "[Packet size limited during capture]");
}

#[test]
fn a_zero_length_is_bogus() {
    let mut d = decoder();
    let out = feed(&mut d, false, 0, &[0u8; 12], 0);
    assert_eq!(out.len(), 1);
    assert!(out[0].layer.has(f::x11::REQUEST_LENGTH_INVALID));
}

#[test]
fn events_and_errors_share_the_call() {
    let mut d = decoder();
    let mut b = vec![0u8; 64];
    b[0] = 28; // PropertyNotify
    b[32] = 0; // an error
    b[33] = 3; // BadWindow
    let out = feed(&mut d, true, 0, &b, 0);
    assert_eq!(infos(&out), "Event: PropertyNotify, BadWindow");
    assert!(out[1].layer.has(f::x11::ERROR_BADRESOURCEID));
}

#[test]
fn a_request_shorter_than_its_fields_is_malformed_and_the_call_reads_on() {
    let mut d = decoder();
    // CreatePixmap claiming one word, then GetInputFocus.
    let b = [53, 24, 1, 0, 43, 0, 1, 0];
    let out = feed(&mut d, false, 0, &b, 0);
    assert_eq!(
        infos(&out),
        "Requests: CreatePixmap[Malformed Packet], GetInputFocus"
    );
}

#[test]
fn the_pending_requests_are_bounded() {
    let mut d = decoder();
    let one = [43u8, 0, 1, 0];
    let mut b = Vec::new();
    for _ in 0..(MAX_PENDING + 100) {
        b.extend_from_slice(&one);
    }
    let out = feed(&mut d, false, 0, &b, 0);
    assert_eq!(out.len(), MAX_PENDING + 100);
    assert!(d.state.seqtable.len() <= MAX_PENDING);
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x5eed_0011);
    for _ in 0..300 {
        let mut d = decoder();
        let mut at = [0u64; 2];
        for _ in 0..6 {
            let n = rng.below(200) as usize;
            let data: Vec<u8> = (0..n).map(|_| rng.below(256) as u8).collect();
            let reply = rng.below(2) == 1;
            let cut = if rng.below(3) == 0 { rng.below(100) } else { 0 };
            let side = usize::from(reply);
            let out = feed(&mut d, reply, at[side], &data, cut);
            at[side] += n as u64;
            let _ = infos(&out);
        }
    }
}
