use super::*;
use crate::dissect::app::testing::{one, vals};

fn dgram<'a>(payload: &'a [u8], frame: u64, port: u16) -> Datagram<'a> {
    let (a, b) = (([10u8; 16], 40000), ([20u8; 16], port));
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: 40000,
        dport: port,
        conv: ConvKey { v6: false, a, b },
        src_is_a: true,
        frame,
        ts_ns: i128::from(frame) * 1_000_000_000,
        cut: false,
        nested: false,
        memory_pressed: false,
    }
}

fn message(t: u16, id: u8, attrs: &[u8]) -> Vec<u8> {
    let mut m = t.to_be_bytes().to_vec();
    m.extend_from_slice(&(attrs.len() as u16).to_be_bytes());
    m.extend_from_slice(&MESSAGE_COOKIE.to_be_bytes());
    m.extend_from_slice(&[id; 12]);
    m.extend_from_slice(attrs);
    m
}

fn decode<'a>(d: &mut StunDecoder, payload: &'a [u8], frame: u64, port: u16) -> Vec<Layer<'a>> {
    let mut out = Vec::new();
    d.datagram(&dgram(payload, frame, port), &mut out);
    out
}

#[test]
fn class_and_method_from_the_type() {
    assert_eq!((class(0x0001), method(0x0001)), (0, 1));
    assert_eq!((class(0x0101), method(0x0101)), (2, 1));
    assert_eq!((class(0x0113), method(0x0113)), (3, 3));
    assert_eq!((class(0x0016), method(0x0016)), (1, 6));
}

#[test]
fn what_the_heuristic_and_the_port_take() {
    let m = message(0x0001, 1, &[]);
    assert_eq!(accepts(&m, m.len(), true), Some(Kind::Message));
    // Its length must be the datagram's.
    assert_eq!(accepts(&m, m.len() + 4, true), None);
    // RFC 3489 (no cookie) is classicstun's; methods past 0xFF are not STUN.
    let mut classic = m.clone();
    classic[4] = 0;
    assert_eq!(stun_accepts(&classic, classic.len(), false), None);
    assert_eq!(accepts(&classic, classic.len(), false), Some(Kind::Classic));
    let dtls = message(0x16fe, 1, &[]);
    assert_eq!(accepts(&dtls, dtls.len(), false), None);
    // ChannelData: never by the heuristic; padded or not; not 0x8000 up
    // but for MS-TURN's multiplex channel.
    let cd = [0x40, 1, 0, 3, 1, 2, 3, 0];
    assert_eq!(accepts(&cd, 8, true), None);
    assert_eq!(accepts(&cd, 8, false), Some(Kind::ChannelData));
    assert_eq!(accepts(&cd[..7], 7, false), Some(Kind::ChannelData));
    assert_eq!(accepts(&cd[..6], 6, false), None);
    let rtp = [0x80, 1, 0, 0];
    assert_eq!(accepts(&rtp, 4, false), None);
    assert_eq!(probe(&m), Probe::Certain);
    assert_eq!(probe(&cd), Probe::NotForUs);
}

#[test]
fn the_heuristic_claims_the_conversation() {
    let mut d = StunDecoder::default();
    let m = message(0x0001, 1, &[]);
    let cd = [0x40, 1, 0, 0];
    assert!(!d.claims(&dgram(&cd, 1, 46000), false));
    assert_eq!(decode(&mut d, &m, 1, 46000).len(), 1);
    assert!(d.claims(&dgram(&cd, 2, 46000), false));
    let l = decode(&mut d, &cd, 2, 46000);
    assert_eq!(one(&l[0], "osidump.stun.info"), "ChannelData TURN Message");
    // Not what STUN itself refuses.
    assert!(!d.claims(&dgram(&[0x16, 0xfe, 0xff, 0], 3, 46000), false));
}

#[test]
fn requests_and_answers_match_per_transaction() {
    let mut d = StunDecoder::default();
    let req = message(0x0001, 7, &[]);
    let rsp = message(0x0101, 7, &[]);
    decode(&mut d, &req, 1, 3478);
    let l = decode(&mut d, &rsp, 3, 3478);
    assert_eq!(one(&l[0], "stun.response-to"), "1");
    assert_eq!(one(&l[0], "stun.time"), "2.000000000");
    assert!(vals(&l[0], "stun.reqduplicate").is_empty());
    let l = decode(&mut d, &req, 4, 3478);
    assert_eq!(one(&l[0], "stun.reqduplicate"), "1");
    assert_eq!(one(&l[0], "stun.response-in"), "3");
    let l = decode(&mut d, &rsp, 5, 3478);
    assert_eq!(one(&l[0], "stun.reqduplicate"), "3");
}

#[test]
fn state_is_bounded() {
    let mut d = StunDecoder::default();
    for i in 0..(MAX_TRANSACTIONS as u32 + 10) {
        let mut m = message(0x0001, 0, &[]);
        m[8..12].copy_from_slice(&i.to_be_bytes());
        decode(&mut d, &m, 1, 3478);
    }
    assert_eq!(d.transactions.len(), MAX_TRANSACTIONS);
    assert_eq!(d.order.len(), MAX_TRANSACTIONS);
    for i in 0..(MAX_CONVERSATIONS as u32 + 10) {
        d.claim(ConvKey {
            v6: false,
            a: ([1; 16], (i & 0xffff) as u16),
            b: ([2; 16], (i >> 16) as u16),
        });
    }
    assert_eq!(d.claimed.len(), MAX_CONVERSATIONS);
}

#[test]
fn an_attribute_past_its_message_stops_the_list() {
    let mut d = StunDecoder::default();
    // USERNAME claiming 40 bytes of 4: its padded length, no value.
    let m = message(0x0001, 1, &[0, 6, 0, 40, b'a', b'b', b'c', b'd']);
    let l = decode(&mut d, &m, 1, 3478);
    assert_eq!(one(&l[0], "stun.att.length"), "40");
    assert!(vals(&l[0], "stun.att.username").is_empty());
    assert!(l[0].thrown.is_none());
    // An unknown attribute is not checked: its value is read past the
    // message, which throws.
    let m = message(0x0001, 2, &[0x70, 0, 0, 40, b'a', b'b', b'c', b'd']);
    let l = decode(&mut d, &m, 2, 3478);
    assert!(l[0].thrown.is_some());
}

/// Every prefix of messages with every attribute decoded, as a cut
/// capture and as a shorter datagram: a layer or nothing, never a panic.
#[test]
fn cut_and_hostile_messages_never_panic() {
    let mut attrs = Vec::new();
    for t in [
        0x0001u16, 0x0002, 0x0003, 0x0006, 0x0007, 0x0008, 0x0009, 0x000a, 0x000c, 0x000d, 0x000f,
        0x0010, 0x0012, 0x0013, 0x0014, 0x0015, 0x0016, 0x0017, 0x0018, 0x0019, 0x001d, 0x0020,
        0x0022, 0x0024, 0x0026, 0x0030, 0x8002, 0x8006, 0x8008, 0x8022, 0x8027, 0x8028, 0x8029,
        0x8050, 0x8054, 0x8055, 0x8056, 0x8057, 0x8058, 0x805d, 0x805e, 0x8061, 0x8068, 0x8070,
        0x8095, 0xc057, 0x7777,
    ] {
        for len in [0u16, 1, 2, 3, 5, 8, 20] {
            let mut a = t.to_be_bytes().to_vec();
            a.extend_from_slice(&len.to_be_bytes());
            let mut v = vec![0x02u8; usize::from(len)];
            if let Some(x) = v.get_mut(1) {
                *x = 2;
            }
            a.extend_from_slice(&v);
            a.resize(a.len() + (4 - a.len() % 4) % 4, 0);
            attrs.push(a);
        }
    }
    // Password algorithms whose lengths wrap what is left.
    attrs.push(vec![0x80, 0x02, 0, 8, 0, 1, 0, 9, 0, 2, 0, 0]);
    for a in &attrs {
        for t in [0x0001u16, 0x0111, 0x0016] {
            let m = message(t, 3, a);
            for end in 0..=m.len() {
                let mut d = StunDecoder::default();
                let mut g = dgram(&m[..end], 1, 3478);
                g.reported = m.len();
                g.cut = true;
                let mut out = Vec::new();
                d.datagram(&g, &mut out);
                let mut short = m[..end].to_vec();
                if short.len() >= 4 {
                    let n = short.len().saturating_sub(HDR) as u16;
                    short[2..4].copy_from_slice(&n.to_be_bytes());
                }
                let mut out = Vec::new();
                d.datagram(&dgram(&short, 2, 3478), &mut out);
            }
        }
    }
}

fn classic(t: u16, id: u8, attrs: &[u8]) -> Vec<u8> {
    let mut m = t.to_be_bytes().to_vec();
    m.extend_from_slice(&(attrs.len() as u16).to_be_bytes());
    m.extend_from_slice(&[id; 16]);
    m.extend_from_slice(attrs);
    m
}

#[test]
fn classic_stun_gets_what_stun_refuses() {
    let m = classic(0x0001, 9, &[]);
    assert_eq!(accepts(&m, m.len(), true), Some(Kind::Classic));
    assert_eq!(accepts(&m, m.len(), false), Some(Kind::Classic));
    // A type it does not name, or cut by the capture: neither.
    let unknown = classic(0x0005, 9, &[]);
    assert_eq!(accepts(&unknown, unknown.len(), true), None);
    assert_eq!(accepts(&m[..19], 20, true), None);
    let mut d = StunDecoder::default();
    let l = decode(&mut d, &m, 1, 3478);
    assert_eq!(l[0].protocol, "classicstun");
    assert_eq!(
        one(&l[0], "osidump.classicstun.info"),
        "Message: Binding Request"
    );
    // The heuristic's classicstun makes no conversation STUN's.
    decode(&mut d, &m, 2, 46000);
    assert!(d.claimed.is_empty());
    // A response names the last request of its ID.
    let rsp = classic(0x0101, 9, &[]);
    let l = decode(&mut d, &rsp, 3, 46000);
    assert_eq!(one(&l[0], "classicstun.response_to"), "2");
}

#[test]
fn classic_state_is_bounded_and_hostile_messages_never_panic() {
    let mut d = StunDecoder::default();
    for i in 0..(MAX_TRANSACTIONS as u32 + 10) {
        let mut m = classic(0x0001, 0, &[]);
        m[4..8].copy_from_slice(&i.to_be_bytes());
        decode(&mut d, &m, 1, 46000);
    }
    assert_eq!(d.classic.len(), MAX_TRANSACTIONS);
    for t in [
        0x0001u16, 0x0003, 0x0006, 0x0009, 0x000a, 0x000d, 0x0013, 0x0016, 0x8020, 0x8022, 0xc001,
    ] {
        for len in [0u16, 1, 2, 3, 4, 7, 8, 20, 40] {
            let mut a = t.to_be_bytes().to_vec();
            a.extend_from_slice(&len.to_be_bytes());
            a.extend(std::iter::repeat_n(1u8, usize::from(len).min(12)));
            let m = classic(0x0101, 1, &a);
            let mut out = Vec::new();
            d.datagram(&dgram(&m, 2, 46000), &mut out);
            let mut out = Vec::new();
            d.datagram(&dgram(&m, 3, 3478), &mut out);
        }
    }
}

#[test]
fn memory_pressure_sheds_the_older_transactions() {
    let mut d = StunDecoder::default();
    for i in 0..10u8 {
        decode(&mut d, &message(0x0001, i, &[]), 1, 3478);
    }
    let m = message(0x0001, 200, &[]);
    let mut g = dgram(&m, 2, 3478);
    g.memory_pressed = true;
    d.datagram(&g, &mut Vec::new());
    assert_eq!(d.transactions.len(), 6);
    assert_eq!(d.order.len(), 6);
    // The newest are kept: a response to one still names its request.
    let rsp = message(0x0101, 9, &[]);
    let l = decode(&mut d, &rsp, 3, 3478);
    assert_eq!(one(&l[0], "stun.response-to"), "1");
}

mod over_tcp {
    use super::message;
    use crate::dissect::app::stun::tcp::{StunTcpDecoder, probe};
    use crate::dissect::app::stun::{tftp_might_take, tftp_request_body};
    use crate::dissect::app::{Dir, Message, Probe, StreamDecoder};
    use crate::dissect::fields as f;
    use crate::dissect::layer::AnomalyKind;

    fn feed(d: &mut StunTcpDecoder, dir: Dir, offset: u64, b: &[u8]) -> Vec<Message> {
        let mut out = Vec::new();
        d.feed(dir, offset, b, &mut out);
        out
    }

    fn framed(m: &[u8]) -> Vec<u8> {
        let mut v = (m.len() as u16).to_be_bytes().to_vec();
        v.extend_from_slice(m);
        v
    }

    #[test]
    fn the_heuristic_wants_a_whole_message_that_is_no_channel_data() {
        let m = message(0x0001, 1, &[0, 0x24, 0, 4, 1, 2, 3, 4]);
        assert_eq!(probe(&m), Probe::Certain);
        assert_eq!(probe(&framed(&m)), Probe::Certain);
        // More than the message: still (the stream has more messages).
        let mut two = m.clone();
        two.extend_from_slice(&m);
        assert_eq!(probe(&two), Probe::Certain);
        assert_eq!(probe(&m[..m.len() - 1]), Probe::NotForUs);
        assert_eq!(probe(&[0x40, 1, 0, 4, 1, 2, 3, 4]), Probe::NotForUs);
        let mut no_cookie = m.clone();
        no_cookie[4] = 0;
        assert_eq!(probe(&no_cookie), Probe::NotForUs);
        assert_eq!(probe(&[0, 1, 0]), Probe::NotForUs);
    }

    #[test]
    fn messages_are_framed_across_segments_and_several_a_segment() {
        let mut d = StunTcpDecoder::default();
        let a = message(0x0003, 1, &[0, 0x19, 0, 4, 0x11, 0, 0, 0]);
        let b = message(0x0001, 2, &[]);
        let mut both = a.clone();
        both.extend_from_slice(&b);
        let out = feed(&mut d, Dir::Client, 0, &both);
        assert_eq!(out.len(), 2);
        assert_eq!((out[0].stream_offset, out[0].stream_end), (0, 28));
        assert_eq!((out[1].stream_offset, out[1].stream_end), (28, 48));
        // Two bytes: fewer than the fixed part, one more segment asked.
        assert!(feed(&mut d, Dir::Client, 48, &a[..2]).is_empty());
        assert!(d.wants_one_more_segment(Dir::Client));
        // Ten: the length is known, the rest awaited.
        assert!(feed(&mut d, Dir::Client, 50, &a[2..10]).is_empty());
        assert!(d.holds_partial(Dir::Client) && !d.wants_one_more_segment(Dir::Client));
        let out = feed(&mut d, Dir::Client, 58, &a[10..]);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].stream_offset, out[0].stream_end), (48, 76));
        assert_eq!(out[0].layer.get_uint(f::stun::TYPE), Some(3));
        assert!(!d.holds_partial(Dir::Client));
    }

    #[test]
    fn rfc4571_framing_and_its_bounds_error() {
        let mut d = StunTcpDecoder::default();
        let m = message(0x0001, 1, &[]);
        let out = feed(&mut d, Dir::Client, 0, &framed(&m));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].layer.get_uint(f::stun::TCP_FRAME_LENGTH), Some(20));
        assert_eq!(out[0].layer.get_uint(f::stun::LENGTH), Some(0));
        // A frame length of 1 (the cookie at 6 says framed): under the
        // fixed part, tshark's bounds error.
        let mut bad = framed(&m);
        bad[0] = 0;
        bad[1] = 1;
        let out = feed(&mut d, Dir::Server, 0, &bad);
        assert_eq!(out.len(), 1);
        assert!(
            out[0]
                .layer
                .thrown
                .as_ref()
                .is_some_and(|t| t.kind == AnomalyKind::Malformed)
        );
        // A framed length that disagrees with the message's: nothing.
        let mut d = StunTcpDecoder::default();
        let mut off = framed(&m);
        off.extend_from_slice(&[0, 0, 0, 0]);
        off[1] = 24;
        assert!(feed(&mut d, Dir::Client, 0, &off).is_empty());
        assert!(!d.holds_partial(Dir::Client));
    }

    #[test]
    fn after_a_connection_bind_success_the_bytes_are_data() {
        let mut d = StunTcpDecoder::default();
        d.set_frame(4);
        let out = feed(&mut d, Dir::Server, 0, &message(0x010b, 1, &[]));
        assert_eq!(out[0].layer.protocol, "stun");
        // The same frame's later bytes are still STUN's; the next frame's
        // are data.
        let out = feed(&mut d, Dir::Server, 20, &message(0x0001, 2, &[]));
        assert_eq!(out[0].layer.protocol, "stun");
        d.set_frame(5);
        let out = feed(&mut d, Dir::Server, 40, &message(0x0001, 3, &[]));
        assert_eq!(out[0].layer.protocol, "data");
    }

    #[test]
    fn random_bytes_in_random_pieces_never_panic() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let mut d = StunTcpDecoder::default();
            let mut offset = [0u64; 2];
            for frame in 0..20 {
                d.set_frame(frame);
                let len = (next() % 80) as usize;
                let mut b: Vec<u8> = (0..len).map(|_| next() as u8).collect();
                // Often a plausible header, to reach the message's reader.
                if next() % 2 == 0 && b.len() >= 10 {
                    b[4..8].copy_from_slice(&[0x21, 0x12, 0xa4, 0x42]);
                    b[0] &= 0x3f;
                }
                let dir = if next() % 2 == 0 {
                    Dir::Client
                } else {
                    Dir::Server
                };
                let mut out = Vec::new();
                d.feed(dir, offset[dir.index()], &b, &mut out);
                offset[dir.index()] += b.len() as u64;
                if next() % 10 == 0 {
                    d.gap(dir, 5);
                    offset[dir.index()] += 5;
                }
            }
            assert!(d.heap_bytes() < 1 << 20);
        }
    }

    /// packet-tftp.c's embedded heuristic (checked against tshark 4.0.17
    /// on a TURN Data indication carrying each).
    #[test]
    fn what_tftps_embedded_heuristic_takes() {
        assert!(tftp_might_take(b"\x00\x01a.txt\x00octet\x00"));
        assert!(tftp_request_body(b"\x00\x02f\x00MAIL\x00"));
        assert!(!tftp_might_take(b"\x00\x02\x01\x02"));
        assert!(!tftp_might_take(b"\x00\x01a.txt\x00binary\x00"));
        assert!(!tftp_might_take(b"\x00\x01"));
        assert!(tftp_might_take(b"\x00\x03\x00\x01xx"));
        assert!(!tftp_might_take(b"\x00\x03\x00"));
        assert!(tftp_might_take(b"\x00\x05\x00\x01oops\x00"));
        assert!(!tftp_might_take(b"\x00\x05\x00\x09oops\x00"));
        assert!(tftp_might_take(b"\x00\xffhi"));
        // A STUN Binding Request (opcode 1) is no read request.
        assert!(!tftp_might_take(&message(
            0x0001,
            1,
            &[0, 6, 0, 1, b'x', 0, 0, 0]
        )));
    }
}
