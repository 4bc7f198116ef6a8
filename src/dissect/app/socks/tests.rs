use super::*;
use crate::dissect::AnomalyKind;

/// Feeds `b` as frame `frame` from the client (to port 1080) or the
/// server; the messages it made.
fn feed(d: &mut SocksDecoder, client: bool, frame: u64, off: u64, b: &[u8]) -> Vec<Message> {
    let mut out = Vec::new();
    d.set_frame(frame);
    let (dir, ports) = if client {
        (Dir::Client, (40000, SOCKS_PORT))
    } else {
        (Dir::Server, (SOCKS_PORT, 40000))
    };
    d.set_ports(ports.0, ports.1);
    d.feed(dir, off, b, &mut out);
    out
}

fn info(m: &Message) -> &str {
    m.layer.get_str(f::socks::OSIDUMP_INFO).unwrap_or("")
}

/// A SOCKS 5 request offering only "no authentication" with the command
/// in the same segment: packet-socks.c runs both steps and shows both. Its
/// server state machine then sets the client's state back to "command"
/// on the "no authentication" reply, so the handshake never finishes and
/// the client's next bytes are read as a command (tshark 4.0 shows
/// `Command Request - Unknown` for a GET there, checked on these bytes).
#[test]
fn socks5_greeting_and_command_in_one_segment() {
    let mut d = SocksDecoder::new();
    let m = feed(
        &mut d,
        true,
        4,
        0,
        &[5, 1, 0, 5, 1, 0, 1, 10, 0, 0, 9, 0, 80],
    );
    assert_eq!(
        info(&m[0]),
        "Version: 5 Connect to server request Command Request - Connect"
    );
    let l = &m[0].layer;
    assert_eq!(l.all(f::socks::VERSION).count(), 2);
    assert_eq!(l.get(f::socks::DST), Some(&Value::Ipv4([10, 0, 0, 9])));
    assert_eq!(l.get_uint(f::socks::PORT), Some(80));
    let m = feed(&mut d, false, 5, 0, &[5, 0]);
    assert_eq!(info(&m[0]), "Version: 5 Connect to server response");
    let m = feed(&mut d, false, 6, 2, &[5, 0, 0, 1, 10, 0, 0, 1, 0, 1]);
    assert_eq!(info(&m[0]), "Version: 5 Command Response - Connect");
    assert_eq!(d.done_frame, None);
    let m = feed(&mut d, true, 7, 13, b"GET / HTTP/1.1\r\n\r\n");
    assert_eq!(info(&m[0]), "Version: 5 Command Request - Unknown");
    assert!(d.tunnel.is_none());
}

/// The greeting, its reply, the command and its reply in four segments
/// finish the handshake; the next frame opens the tunnel (once, with the
/// conversation it makes) under the SOCKS item.
#[test]
fn socks5_handshake_opens_the_tunnel_after_it() {
    let mut d = SocksDecoder::new();
    feed(&mut d, true, 4, 0, &[5, 1, 0]);
    feed(&mut d, false, 5, 0, &[5, 0]);
    feed(&mut d, true, 6, 3, &[5, 1, 0, 1, 10, 0, 0, 9, 0, 80]);
    let m = feed(&mut d, false, 7, 2, &[5, 0, 0, 1, 10, 0, 0, 1, 0, 1]);
    assert_eq!(info(&m[0]), "Version: 5 Command Response - Connect");
    assert_eq!(d.done_frame, Some(7));
    assert!(d.tunnel.is_none());
    assert_eq!(d.take_opened_conversations(), 0);
    feed(&mut d, true, 8, 13, b"GET / HTTP/1.1\r\n\r\n");
    assert!(d.tunnel.is_some());
    assert_eq!(d.take_opened_conversations(), 1);
    assert_eq!(d.take_opened_conversations(), 0);
    let carrier = d.carrier_layer().expect("the SOCKS item");
    assert_eq!(carrier.get_uint(f::socks::DSTPORT), Some(80));
    assert_eq!(carrier.get_uint(f::socks::COMMAND), Some(1));
    assert_eq!(
        carrier.get(f::socks::DST),
        Some(&Value::Ipv4([10, 0, 0, 9]))
    );
}

/// A version other than 4 or 5: `Unknown`, every segment, nothing read.
#[test]
fn unknown_version_is_named_and_not_read() {
    let mut d = SocksDecoder::new();
    for frame in 4..8 {
        let m = feed(&mut d, frame % 2 == 0, frame, 0, b"GET / HTTP/1.0\r\n");
        assert_eq!(info(&m[0]), "Unknown");
        assert_eq!(m[0].layer.fields.len(), 1);
    }
    assert!(d.tunnel.is_none());
}

/// Every prefix of every handshake message, and random bytes after valid
/// openings: short ones are marked malformed, none panics.
#[test]
fn short_or_random_messages_never_panic() {
    let handshakes: [&[&[u8]]; 2] = [
        &[
            &[5, 2, 0, 2],
            &[5, 2],
            b"\x01\x04user\x04pass",
            &[1, 0],
            b"\x05\x01\x00\x03\x0bexample.com\x00\x50",
            &[
                5, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 80,
            ],
        ],
        &[
            b"\x04\x01\x00\x50\x00\x00\x00\x01me\x00host\x00",
            &[0, 90, 0, 0, 0, 0, 0, 0],
        ],
    ];
    for msgs in handshakes {
        for (k, msg) in msgs.iter().enumerate() {
            for cut in 1..msg.len() {
                let mut d = SocksDecoder::new();
                for (j, m) in msgs[..k].iter().enumerate() {
                    feed(&mut d, j % 2 == 0, 4 + j as u64, 0, m);
                }
                let out = feed(&mut d, k % 2 == 0, 4 + k as u64, 0, &msg[..cut]);
                let l = &out[0].layer;
                let malformed = l.anomalies.iter().any(|a| a.kind == AnomalyKind::Malformed);
                // Some prefixes hold all a step reads (a greeting's count
                // of methods the state machine reads without the list).
                if !malformed {
                    assert!(l.fields.len() > 1, "{k} {cut}");
                }
            }
        }
    }
    let mut rng = crate::test_rng::Rng(0x50c5);
    for _ in 0..2000 {
        let mut d = SocksDecoder::new();
        for frame in 4..12 {
            let n = rng.below(24) as usize;
            let mut b: Vec<u8> = (0..n).map(|_| rng.below(256) as u8).collect();
            if frame == 4 && !b.is_empty() {
                b[0] = 4 + (rng.below(2) as u8);
            }
            feed(&mut d, rng.below(2) == 0, frame, 0, &b);
        }
    }
}
