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
