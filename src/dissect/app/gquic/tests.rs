//! Unit tests of the gQUIC decoder on crafted packets whose expected
//! values are what tshark 4.0 shows for the same bytes (each written into
//! a capture and read with `tshark -T fields` when the test was written:
//! every one of the 117 fields osidump prints agreed).

use super::*;
use crate::dissect::app::testing::{one, vals};

/// A Q043 client hello from port 50000 to 443: flags 0x09 (version, 8-byte
/// CID, 1-byte packet number), hash, a STREAM frame of stream 1 holding CHLO
/// with SNI, VER, ICSL, AEAD and an unknown tag ZZZZ, then PADDING.
const CHLO: &[u8] = &[
    0x09, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x51, 0x30, 0x34, 0x33, 0x01, 0x00, 0x01,
    0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0xa0, 0x01, 0x00, 0x47, 0x43, 0x48,
    0x4c, 0x4f, 0x05, 0x00, 0x00, 0x00, 0x53, 0x4e, 0x49, 0x00, 0x09, 0x00, 0x00, 0x00, 0x56, 0x45,
    0x52, 0x00, 0x0d, 0x00, 0x00, 0x00, 0x49, 0x43, 0x53, 0x4c, 0x11, 0x00, 0x00, 0x00, 0x41, 0x45,
    0x41, 0x44, 0x15, 0x00, 0x00, 0x00, 0x5a, 0x5a, 0x5a, 0x5a, 0x17, 0x00, 0x00, 0x00, 0x61, 0x2e,
    0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x51, 0x30, 0x34, 0x33, 0x1e, 0x00, 0x00, 0x00, 0x41,
    0x45, 0x53, 0x47, 0x78, 0x79, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
];

/// The server's next packet (from 443): no version, packet number 2.
const ENC: &[u8] = &[
    0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x02, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05,
    0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
    0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25,
    0x26, 0x27,
];

/// A version negotiation from the server: Q043 and Q046.
const VNEG: &[u8] = &[
    0x09, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x51, 0x30, 0x34, 0x33, 0x51, 0x30, 0x34,
    0x36,
];

/// Q046's long header (0xc3, DCIL 5 = 8 bytes) with the same CHLO.
const Q46: &[u8] = &[
    0xc3, 0x51, 0x30, 0x34, 0x36, 0x50, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0xa0, 0x01,
    0x00, 0x47, 0x43, 0x48, 0x4c, 0x4f, 0x05, 0x00, 0x00, 0x00, 0x53, 0x4e, 0x49, 0x00, 0x09, 0x00,
    0x00, 0x00, 0x56, 0x45, 0x52, 0x00, 0x0d, 0x00, 0x00, 0x00, 0x49, 0x43, 0x53, 0x4c, 0x11, 0x00,
    0x00, 0x00, 0x41, 0x45, 0x41, 0x44, 0x15, 0x00, 0x00, 0x00, 0x5a, 0x5a, 0x5a, 0x5a, 0x17, 0x00,
    0x00, 0x00, 0x61, 0x2e, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x51, 0x30, 0x34, 0x36, 0x1e,
    0x00, 0x00, 0x00, 0x41, 0x45, 0x53, 0x47, 0x78, 0x79, 0x00, 0x00, 0x00, 0x00,
];

/// Q046's short header from the client: CID, 2-byte packet number 7.
const Q46S: &[u8] = &[
    0x41, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x00, 0x07, 0x00, 0x01, 0x02, 0x03, 0x04,
    0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14,
    0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d,
];

/// Q043 in the clear: ACK, STOP_WAITING, RST_STREAM, CONNECTION_CLOSE "bye".
const CC: &[u8] = &[
    0x09, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x51, 0x30, 0x34, 0x33, 0x03, 0x00, 0x01,
    0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x40, 0x05, 0x00, 0x0a, 0x00, 0x00,
    0x06, 0x01, 0x01, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x64, 0x00,
    0x00, 0x00, 0x06, 0x02, 0x00, 0x00, 0x00, 0x19, 0x00, 0x03, 0x62, 0x79, 0x65,
];

/// Q043 in the clear: an ACK with a block and two timestamps (the format
/// from Q034 on), then CONNECTION_CLOSE "ok".
const ACK_NEW: &[u8] = &[
    0x09, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x51, 0x30, 0x34, 0x33, 0x04, 0x00, 0x01,
    0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x60, 0x09, 0x00, 0x07, 0x01, 0x02,
    0x01, 0x03, 0x02, 0x01, 0x00, 0x00, 0x03, 0xe8, 0x02, 0x00, 0x32, 0x02, 0x00, 0x00, 0x00, 0x19,
    0x00, 0x02, 0x6f, 0x6b,
];

/// Q033 (little-endian, private flags): an ACK of the old format with two
/// timestamps, a missing range and a revived packet, then
/// CONNECTION_CLOSE "ok".
const ACK_OLD: &[u8] = &[
    0x09, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x51, 0x30, 0x33, 0x33, 0x05, 0x00, 0x01,
    0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x00, 0x60, 0x05, 0x09, 0x07, 0x00,
    0x02, 0x01, 0xe8, 0x03, 0x00, 0x00, 0x02, 0x32, 0x00, 0x01, 0x01, 0x02, 0x01, 0x04, 0x02, 0x19,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x6f, 0x6b,
];

/// A datagram of client port `client` and the server's 443, from the
/// client (`to_server`) or back.
fn dgram(payload: &[u8], client: u16, to_server: bool) -> Datagram<'_> {
    let (a, b) = (([1; 16], client), ([2; 16], 443));
    let (conv, _) = ConvKey::new(false, a, b);
    let (sport, dport) = if to_server {
        (client, 443)
    } else {
        (443, client)
    };
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport,
        dport,
        conv,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

fn decode<'a>(g: &mut Gquic, d: &Datagram<'a>) -> Layer<'a> {
    let mut out = Vec::new();
    g.datagram(d, &mut out);
    assert_eq!(out.len(), 1, "one gquic layer");
    out.pop().unwrap()
}

#[test]
fn heuristic_takes_q02x_to_q04x_and_q046_only() {
    for p in [CHLO, VNEG, Q46, CC] {
        assert!(looks_like(p));
    }
    // A short header, an encrypted packet without version: only by the
    // conversation.
    assert!(!looks_like(Q46S));
    assert!(!looks_like(ENC));
    let mut q050 = Q46.to_vec();
    q050[1..5].copy_from_slice(b"Q050");
    assert!(!looks_like(&q050), "Q050 is IETF QUIC's");
    let mut q053 = CHLO.to_vec();
    q053[9..13].copy_from_slice(b"Q053");
    assert!(!looks_like(&q053));
    assert!(!looks_like(&CHLO[..12]));
}

#[test]
fn client_hello_tags_as_tshark() {
    let mut g = Gquic::default();
    let l = decode(&mut g, &dgram(CHLO, 50000, true));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Client Hello, PKN: 1, CID: 72623859790382856"
    );
    assert_eq!(one(&l, "gquic.version"), "Q043");
    assert_eq!(one(&l, "gquic.puflags.nonce"), "0");
    assert_eq!(vals(&l, "gquic.frame_type"), ["0xa0", "0x00"]);
    assert_eq!(one(&l, "gquic.stream_id"), "1");
    assert_eq!(one(&l, "gquic.data_len"), "71");
    assert_eq!(
        vals(&l, "gquic.tag_offset_length"),
        ["9", "4", "4", "4", "2"]
    );
    assert_eq!(one(&l, "gquic.tag.sni"), "a.example");
    assert_eq!(one(&l, "gquic.tag.version"), "Q043");
    assert_eq!(one(&l, "gquic.tag.icsl"), "30");
    assert_eq!(one(&l, "gquic.tag.aead"), "AESG");
    assert_eq!(
        vals(&l, "_ws.expert.message"),
        [
            "Dissector for (Google) QUIC Tag ZZZZ (Unknown) code not implemented, Contact Wireshark developers if you want this supported"
        ]
    );
    assert!(l.thrown.is_none() && l.anomalies.is_empty());
}

#[test]
fn later_packets_follow_the_conversation() {
    let mut g = Gquic::default();
    decode(&mut g, &dgram(CHLO, 50000, true));
    // From the server (port 443), with the version learnt from the CHLO.
    let l = decode(&mut g, &dgram(ENC, 50000, false));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Payload (Encrypted), PKN: 2, CID: 72623859790382856"
    );
    assert_eq!(one(&l, "gquic.puflags.nonce"), "0");
    assert_eq!(vals(&l, "gquic.payload").len(), 1);
    let l = decode(&mut g, &dgram(VNEG, 50000, false));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Version Negotiation, CID: 72623859790382856"
    );
    assert_eq!(vals(&l, "gquic.version"), ["Q043", "Q046"]);
    // The conversation is gQUIC's: the short header of another one is not.
    assert!(g.claims(&dgram(ENC, 50000, false), false));
    assert!(!g.claims(&dgram(Q46S, 50001, true), false));
}

#[test]
fn q046_long_and_short_headers() {
    let mut g = Gquic::default();
    let l = decode(&mut g, &dgram(Q46, 50001, true));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Client Hello, PKN: 1, CID: 72623859790382856"
    );
    assert_eq!(one(&l, "gquic.version"), "Q046");
    assert_eq!(one(&l, "gquic.dcil"), "5");
    assert_eq!(one(&l, "gquic.scil"), "0");
    assert_eq!(one(&l, "gquic.tag.version"), "Q046");
    let l = decode(&mut g, &dgram(Q46S, 50001, true));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Payload (Encrypted), PKN: 7, CID: 72623859790382856"
    );
}

#[test]
fn frames_in_the_clear() {
    let mut g = Gquic::default();
    let l = decode(&mut g, &dgram(CC, 50002, true));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Connection Close, PKN: 3, CID: 72623859790382856"
    );
    assert_eq!(
        vals(&l, "gquic.frame_type"),
        ["0x40", "0x06", "0x01", "0x02"]
    );
    assert_eq!(one(&l, "gquic.frame_type.ack.largest_acked"), "5");
    assert_eq!(one(&l, "gquic.frame_type.sw.least_unacked_delta"), "1");
    assert_eq!(one(&l, "gquic.frame_type.rsts.stream_id"), "5");
    assert_eq!(one(&l, "gquic.frame_type.rsts.byte_offset"), "100");
    assert_eq!(one(&l, "gquic.frame_type.cc.error_code"), "25");
    assert_eq!(one(&l, "gquic.frame_type.cc.reason_phrase"), "bye");
}

#[test]
fn a_cut_packet_keeps_what_it_read_and_says_so() {
    let mut g = Gquic::default();
    let cut = &CHLO[..60];
    let d = Datagram {
        reported: CHLO.len(),
        cut: true,
        ..dgram(cut, 50000, true)
    };
    let l = decode(&mut g, &d);
    assert_eq!(one(&l, "gquic.version"), "Q043");
    assert_eq!(one(&l, "gquic.tag"), "CHLO");
    assert!(
        l.anomalies
            .iter()
            .any(|a| a.kind == crate::dissect::layer::AnomalyKind::Truncated)
    );
    // Info as far as tshark wrote it: the message, no packet number.
    assert_eq!(one(&l, "osidump.gquic.info"), "Client Hello");
}

#[test]
fn no_prefix_or_mangled_packet_panics() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for p in [CHLO, ENC, VNEG, Q46, Q46S, CC, ACK_NEW, ACK_OLD] {
        for n in 0..=p.len() {
            let mut g = Gquic::default();
            let mut out = Vec::new();
            g.datagram(&dgram(&p[..n], 50000, true), &mut out);
            g.datagram(&dgram(&p[..n], 50000, false), &mut out);
        }
        for _ in 0..300 {
            let mut m = p.to_vec();
            for _ in 0..4 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let i = (seed as usize) % m.len();
                m[i] = (seed >> 32) as u8;
            }
            let mut g = Gquic::default();
            let mut out = Vec::new();
            g.datagram(&dgram(&m, 50000, true), &mut out);
        }
    }
}

#[test]
fn conversations_stay_bounded() {
    let mut g = Gquic::default();
    for n in 0..(MAX_CONVERSATIONS as u32 + 1000) {
        let mut addr = [1; 16];
        addr[..4].copy_from_slice(&n.to_be_bytes());
        let (conv, _) = ConvKey::new(false, (addr, 50000), ([2; 16], 443));
        let d = Datagram {
            conv,
            ..dgram(CHLO, 50000, true)
        };
        let mut out = Vec::new();
        g.datagram(&d, &mut out);
    }
    assert!(g.convs.len() <= MAX_CONVERSATIONS);
}

/// ACK timestamps of both formats, as tshark reads them.
#[test]
fn ack_frames_of_both_formats() {
    let mut g = Gquic::default();
    let l = decode(&mut g, &dgram(ACK_NEW, 50003, true));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Connection Close, PKN: 4, CID: 72623859790382856"
    );
    assert_eq!(
        vals(&l, "gquic.frame_type.ack.delta_largest_acked"),
        ["1", "2"]
    );
    assert_eq!(
        one(&l, "gquic.frame_type.ack.time_since_largest_acked"),
        "1000"
    );
    assert_eq!(
        one(&l, "gquic.frame_type.ack.time_since_previous_timestamp"),
        "50"
    );
    let l = decode(&mut g, &dgram(ACK_OLD, 50004, true));
    assert_eq!(
        one(&l, "osidump.gquic.info"),
        "Connection Close, PKN: 5, CID: 578437695752307201"
    );
    assert_eq!(
        vals(&l, "gquic.frame_type.ack.delta_largest_observed"),
        ["1", "2"]
    );
    assert_eq!(one(&l, "gquic.frame_type.ack.first_timestamp"), "1000");
    assert_eq!(
        one(&l, "gquic.frame_type.ack.time_since_previous_timestamp"),
        "50"
    );
    assert_eq!(one(&l, "gquic.frame_type.ack.revived_packet"), "4");
}
