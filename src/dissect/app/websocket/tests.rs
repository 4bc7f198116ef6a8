use super::*;

/// A frame as a sender builds it (masked when `key` is given).
pub(crate) fn frame(b0: u8, key: Option<[u8; 4]>, payload: &[u8]) -> Vec<u8> {
    let mut v = vec![b0];
    let m = if key.is_some() { 0x80 } else { 0 };
    match payload.len() {
        n if n < 126 => v.push(m | n as u8),
        n if n <= 0xffff => {
            v.push(m | 126);
            v.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            v.push(m | 127);
            v.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    match key {
        Some(k) => {
            v.extend_from_slice(&k);
            v.extend(payload.iter().enumerate().map(|(i, b)| b ^ k[i % 4]));
        }
        None => v.extend_from_slice(payload),
    }
    v
}

/// The WebSocket messages decoded from `bytes` (without the `data` layer
/// each binary message adds: see `a_binary_message_is_also_data`).
fn run(dec: &mut WsDecoder, dir: Dir, bytes: &[u8]) -> Vec<Message> {
    let mut out = Vec::new();
    dec.feed(dir, 0, bytes, &mut out);
    out.retain(|m| m.layer.protocol == "websocket");
    out
}

#[test]
fn a_binary_message_is_also_data() {
    let mut d = WsDecoder::new(None);
    let mut out = Vec::new();
    let mut s = frame(0x82, Some([1, 2, 3, 4]), &[7u8; 16]);
    s.extend(frame(0x81, None, b"text"));
    s.extend(frame(0x82, None, b""));
    d.feed(Dir::Client, 0, &s, &mut out);
    let names: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    // tshark: the binary payload goes to its data dissector; text and an
    // empty binary message do not.
    assert_eq!(names, ["websocket", "data", "websocket", "websocket"]);
    assert_eq!(
        out[1].layer.get_uint(crate::dissect::data::fields::LEN),
        Some(16)
    );
    // Its bytes are the message's own: traced to frames once.
    assert_eq!(out[1].stream_offset, out[1].stream_end);
    assert_eq!(out[1].stream_end, out[0].stream_end);
}

#[test]
fn accept_key_rfc_example() {
    // RFC 6455 section 1.3.
    assert_eq!(
        accept_key("dGhlIHNhbXBsZSBub25jZQ=="),
        "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
    );
}

#[test]
fn text_and_close_reason_are_whole_as_tshark_shows_them() {
    let mut d = WsDecoder::new(None);
    let m = run(&mut d, Dir::Server, &frame(0x81, None, b"short"));
    assert_eq!(
        m[0].layer.get(f::websocket::OSIDUMP_PAYLOAD_TRUNCATED),
        Some(&Value::Bool(false))
    );
    // tshark's websocket.payload.text is the whole message, not a preview.
    let long = vec![b'a'; 600];
    let m = run(&mut d, Dir::Server, &frame(0x81, None, &long));
    let l = &m[0].layer;
    assert_eq!(
        l.get_str(f::websocket::PAYLOAD_TEXT).map(str::len),
        Some(600)
    );
    assert_eq!(
        l.get(f::websocket::OSIDUMP_PAYLOAD_TRUNCATED),
        Some(&Value::Bool(false))
    );
    // Past the message cap only its start is kept, and marked so.
    let huge = vec![b'b'; MESSAGE_CAP as usize + 10];
    let m = run(&mut d, Dir::Server, &frame(0x81, None, &huge));
    let l = &m[0].layer;
    assert_eq!(
        l.get_str(f::websocket::PAYLOAD_TEXT).map(str::len),
        Some(MESSAGE_CAP as usize)
    );
    assert_eq!(
        l.get(f::websocket::OSIDUMP_PAYLOAD_TRUNCATED),
        Some(&Value::Bool(true))
    );
    // A close frame over the 125-byte control limit: tshark still shows its
    // whole reason.
    let mut close = vec![3, 0xe8];
    close.extend([b'r'; 256]);
    let m = run(&mut d, Dir::Server, &frame(0x88, None, &close));
    let l = &m[0].layer;
    assert_eq!(
        l.get_str(f::websocket::PAYLOAD_CLOSE_REASON).map(str::len),
        Some(256)
    );
    assert_eq!(
        l.get(f::websocket::OSIDUMP_PAYLOAD_TRUNCATED),
        Some(&Value::Bool(false))
    );
    let mut d = WsDecoder::new(None);
    let m = run(&mut d, Dir::Server, &frame(0x88, None, b"\x03\xe8bye"));
    assert_eq!(
        m[0].layer.get(f::websocket::OSIDUMP_PAYLOAD_TRUNCATED),
        Some(&Value::Bool(false))
    );
}

#[test]
fn an_empty_ping_or_pong_has_no_payload_item() {
    // tshark adds websocket.payload.ping/pong only for a non-empty payload.
    let mut d = WsDecoder::new(None);
    let mut s = frame(0x89, Some([1, 2, 3, 4]), b"");
    s.extend(frame(0x8a, None, b""));
    s.extend(frame(0x89, None, b"hi"));
    let m = run(&mut d, Dir::Client, &s);
    assert_eq!(m.len(), 3);
    assert_eq!(m[0].layer.get(f::websocket::PAYLOAD_PING), None);
    assert_eq!(m[1].layer.get(f::websocket::PAYLOAD_PONG), None);
    assert_eq!(
        m[2].layer.get(f::websocket::PAYLOAD_PING),
        Some(&Value::Bytes(Cow::Owned(b"hi".to_vec())))
    );
}

#[test]
fn rfc_examples_masked_text_and_lengths() {
    // RFC 6455 5.7: 81 85 37 fa 21 3d 7f 9f 4d 51 58  = masked "Hello"
    let b = [
        0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58,
    ];
    let mut d = WsDecoder::new(None);
    let m = run(&mut d, Dir::Client, &b);
    assert_eq!(m.len(), 1);
    let l = &m[0].layer;
    assert_eq!(l.get_str(f::websocket::PAYLOAD_TEXT), Some("Hello"));
    assert_eq!(
        l.get(f::websocket::MASKING_KEY),
        Some(&Value::Bytes(Cow::Owned(vec![0x37, 0xfa, 0x21, 0x3d])))
    );
    assert_eq!(summary(l), "Text [FIN] [MASKED] \"Hello\"");
    assert!(l.anomalies.is_empty());

    // 256 bytes (16-bit) and 65536 bytes (64-bit), unmasked, from the server.
    let mut s = frame(0x82, None, &[7u8; 256]);
    assert_eq!(&s[..4], &[0x82, 0x7e, 0x01, 0x00]);
    let big = frame(0x82, None, &vec![9u8; 65536]);
    assert_eq!(&big[..10], &[0x82, 0x7f, 0, 0, 0, 0, 0, 1, 0, 0]);
    s.extend_from_slice(&big);
    let m = run(&mut d, Dir::Server, &s);
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].layer.get_uint(f::websocket::PAYLOAD_LENGTH), Some(126));
    assert_eq!(
        m[0].layer.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_16),
        Some(256)
    );
    assert_eq!(m[1].layer.get_uint(f::websocket::PAYLOAD_LENGTH), Some(127));
    assert_eq!(
        m[1].layer.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_64),
        Some(65536)
    );
    assert_eq!(m[1].stream_offset, 260);
    assert_eq!(summary(&m[1].layer), "Binary [FIN] (65536 bytes)");
}

#[test]
fn fragments_with_ping_between_and_close() {
    let k = Some([1, 2, 3, 4]);
    let mut s = frame(0x01, k, b"hel"); // text, FIN=0
    s.extend(frame(0x89, k, b"pi")); // ping between fragments
    s.extend(frame(0x00, k, b"lo ")); // continuation
    s.extend(frame(0x80, k, "wörld".as_bytes())); // final continuation
    let mut close = 1000u16.to_be_bytes().to_vec();
    close.extend_from_slice(b"bye");
    s.extend(frame(0x88, k, &close));
    let mut d = WsDecoder::new(None);
    let m = run(&mut d, Dir::Client, &s);
    assert_eq!(m.len(), 5);
    assert_eq!(
        m[1].layer.get(f::websocket::PAYLOAD_PING),
        Some(&Value::Bytes(Cow::Owned(b"pi".to_vec())))
    );
    assert_eq!(m[0].layer.get_str(f::websocket::PAYLOAD_TEXT), None);
    let last = &m[3].layer;
    assert_eq!(
        last.get_str(f::websocket::PAYLOAD_TEXT),
        Some("hello wörld")
    );
    assert_eq!(last.get_uint(f::websocket::FRAGMENT_COUNT), Some(3));
    assert_eq!(last.get_uint(f::websocket::OSIDUMP_MESSAGE_LEN), Some(12));
    assert!(m.iter().all(|m| m.layer.anomalies.is_empty()), "{m:?}");
    assert_eq!(summary(&m[4].layer), "Close 1000 Normal Closure \"bye\"");
    assert_eq!(
        session_phase(&m[4].layer),
        Some("WebSocket closing (hang up)")
    );
    assert_eq!(session_phase(&m[0].layer), Some("WebSocket open (talk)"));

    // Byte-at-a-time feeding gives the same layers.
    let mut d2 = WsDecoder::new(None);
    let mut out = Vec::new();
    for (i, b) in s.iter().enumerate() {
        d2.feed(Dir::Client, i as u64, std::slice::from_ref(b), &mut out);
    }
    assert_eq!(out.len(), m.len());
    for (a, b) in out.iter().zip(&m) {
        assert_eq!(a.layer, b.layer);
        assert_eq!(a.stream_offset, b.stream_offset);
    }
}

#[test]
fn protocol_violations_flagged() {
    let mut d = WsDecoder::new(None);
    // Unmasked client frame, RSV1 without deflate, 1-byte close, bad utf-8.
    let mut s = frame(0xc1, None, b"x");
    s.extend(frame(0x88, None, &[3]));
    s.extend(frame(0x81, None, &[0xff, 0xfe]));
    s.extend(frame(0x80, None, b"orphan"));
    let m = run(&mut d, Dir::Client, &s);
    assert_eq!(m.len(), 4);
    assert!(m.iter().all(|m| !m.layer.anomalies.is_empty()), "{m:?}");
}

fn deflate_raw(data: &[u8], c: &mut flate2::Compress) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 64);
    c.compress_vec(data, &mut out, flate2::FlushCompress::Sync)
        .unwrap();
    assert_eq!(&out[out.len() - 4..], &[0, 0, 0xff, 0xff]);
    out.truncate(out.len() - 4);
    out
}

#[test]
fn permessage_deflate_with_and_without_context_takeover() {
    for no_takeover in [false, true] {
        let params = Deflate::from_extensions(if no_takeover {
            "permessage-deflate; server_no_context_takeover"
        } else {
            "permessage-deflate"
        })
        .unwrap();
        assert_eq!(params.server_no_context_takeover, no_takeover);
        let mut c = flate2::Compress::new(flate2::Compression::default(), false);
        let mut s = Vec::new();
        let text = "hello hello hello websocket compression";
        for _ in 0..3 {
            if no_takeover {
                c.reset();
            }
            s.extend(frame(0xc1, None, &deflate_raw(text.as_bytes(), &mut c)));
        }
        // A compressed message in two fragments (RSV1 on the first only).
        if no_takeover {
            c.reset();
        }
        let z = deflate_raw(b"fragmented and compressed", &mut c);
        s.extend(frame(0x41, None, &z[..3]));
        s.extend(frame(0x80, None, &z[3..]));
        let mut d = WsDecoder::new(Some(params));
        let m = run(&mut d, Dir::Server, &s);
        assert_eq!(m.len(), 5);
        for l in m[..3].iter().map(|m| &m.layer) {
            assert!(l.anomalies.is_empty(), "{l:?}");
            assert_eq!(l.get_uint(f::websocket::OSIDUMP_INFLATED), Some(1));
        }
        assert_eq!(m[2].layer.get_str(f::websocket::PAYLOAD_TEXT), Some(text));
        // tshark 4.0 inflates a message only when the frame completing it
        // has RSV1, which a continuation has not: its text is the
        // compressed bytes; the inflated message is osidump's field.
        let last = &m[4].layer;
        assert!(last.anomalies.is_empty(), "{last:?}");
        assert_eq!(last.get_uint(f::websocket::OSIDUMP_INFLATED), Some(1));
        assert_eq!(
            last.get_str(f::websocket::OSIDUMP_MESSAGE_TEXT),
            Some("fragmented and compressed")
        );
        assert_eq!(
            last.get_str(f::websocket::PAYLOAD_TEXT).map(str::to_owned),
            // Up to its first NUL, as tshark reads a string.
            Some(String::from_utf8_lossy(z.split(|b| *b == 0).next().unwrap()).into_owned())
        );
        // Decoding with the wrong takeover setting fails or differs when
        // the sender kept its context.
        if !no_takeover {
            let wrong = Deflate {
                server_no_context_takeover: true,
                ..params
            };
            let m = run(&mut WsDecoder::new(Some(wrong)), Dir::Server, &s);
            assert_ne!(m[1].layer.get_str(f::websocket::PAYLOAD_TEXT), Some(text));
        }
    }
}

/// tshark 4.0 never reads an empty frame: an empty final continuation
/// does not complete its message, and the next fragmented message's
/// frames join it (one reassembly per conversation); a whole frame in
/// between is read on its own. tshark 4.0.17 on these frames (over TCP,
/// `-d tcp.port==8765,websocket`): no text on frame 3, "whole" on 4,
/// "helloabc" in 4 fragments on 6, "x" on 7.
#[test]
fn an_empty_final_continuation_does_not_complete_the_message() {
    let k = Some([1, 2, 3, 4]);
    let mut s = frame(0x01, k, b"hel");
    s.extend(frame(0x00, k, b"lo"));
    s.extend(frame(0x80, k, b""));
    s.extend(frame(0x81, k, b"whole"));
    s.extend(frame(0x01, k, b"ab"));
    s.extend(frame(0x80, k, b"c"));
    s.extend(frame(0x81, k, b"x"));
    let m = run(&mut WsDecoder::new(None), Dir::Client, &s);
    assert_eq!(m.len(), 7);
    let text: Vec<Option<&str>> = m
        .iter()
        .map(|m| m.layer.get_str(f::websocket::PAYLOAD_TEXT))
        .collect();
    assert_eq!(
        text,
        [
            None,
            None,
            None,
            Some("whole"),
            None,
            Some("helloabc"),
            Some("x")
        ]
    );
    assert_eq!(m[5].layer.get_uint(f::websocket::FRAGMENT_COUNT), Some(4));
    assert_eq!(m[2].layer.get_uint(f::websocket::FRAGMENT_COUNT), None);
    // The sender ended its message (RFC 6455): nothing is flagged.
    assert!(m.iter().all(|m| m.layer.anomalies.is_empty()), "{m:?}");
}

#[test]
fn zip_bomb_capped() {
    let mut c = flate2::Compress::new(flate2::Compression::best(), false);
    let z = deflate_raw(&vec![0u8; 3 << 20], &mut c);
    let s = frame(0xc2, None, &z);
    let mut d = WsDecoder::new(Some(Deflate::default()));
    let m = run(&mut d, Dir::Server, &s);
    assert_eq!(m[0].layer.get_uint(f::websocket::OSIDUMP_INFLATED), Some(0));
    assert_eq!(
        m[0].layer.get_uint(f::websocket::OSIDUMP_MESSAGE_LEN),
        Some(INFLATE_CAP)
    );
    assert!(!m[0].layer.anomalies.is_empty());
}

#[test]
fn gap_inside_payload_resyncs_at_next_frame() {
    let mut s = frame(0x82, None, &[1u8; 100]);
    s.extend(frame(0x81, None, b"after"));
    let mut d = WsDecoder::new(None);
    let mut out = Vec::new();
    d.feed(Dir::Server, 0, &s[..10], &mut out);
    d.gap(Dir::Server, 50);
    d.feed(Dir::Server, 60, &s[60..], &mut out);
    out.retain(|m| m.layer.protocol == "websocket");
    assert_eq!(out.len(), 2);
    assert_eq!(
        out[0].layer.anomalies[0].kind,
        crate::dissect::AnomalyKind::Truncated
    );
    assert_eq!(
        out[1].layer.get_str(f::websocket::PAYLOAD_TEXT),
        Some("after")
    );
}

#[test]
fn every_prefix_and_garbage_never_panics() {
    let k = Some([9, 8, 7, 6]);
    let mut s = frame(0x01, k, b"a");
    s.extend(frame(0x80, k, b"b"));
    s.extend(frame(0xc1, k, &[0xff; 40]));
    s.extend(frame(0x88, k, &[3, 0xe8, 0xff]));
    s.extend([0x82, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    for n in 0..=s.len() {
        for dir in [Dir::Client, Dir::Server] {
            let mut d = WsDecoder::new(Some(Deflate::default()));
            let mut out = Vec::new();
            d.feed(dir, 0, &s[..n], &mut out);
            d.gap(dir, 3);
            d.finish(&mut out);
            for m in &out {
                let _ = summary(&m.layer);
            }
        }
    }
}

#[test]
fn text_ends_at_a_nul_and_stray_characters_after_it_are_flagged() {
    use crate::dissect::fields::ws;
    let mut d = WsDecoder::new(None);
    // tshark: the string value stops at the NUL; "cd" after it is a
    // Warning of the Undecoded group.
    let m = run(&mut d, Dir::Server, &frame(0x81, None, b"ab\0cd"));
    let l = &m[0].layer;
    assert_eq!(l.get_str(f::websocket::PAYLOAD_TEXT), Some("ab"));
    assert!(l.get(ws::STRING_TRAILING_STRAY_CHARACTERS).is_some());
    assert_eq!(
        l.get_str(ws::EXPERT_MESSAGE),
        Some("Trailing stray characters")
    );
    assert_eq!(l.get_uint(ws::EXPERT_SEVERITY), Some(0x0060_0000));
    assert_eq!(l.get_uint(ws::EXPERT_GROUP), Some(0x0500_0000));
    // Only NULs after it: nothing stray.
    let m = run(&mut d, Dir::Server, &frame(0x81, None, b"ab\0\0"));
    let l = &m[0].layer;
    assert_eq!(l.get_str(f::websocket::PAYLOAD_TEXT), Some("ab"));
    assert!(l.get(ws::EXPERT_MESSAGE).is_none());
}

/// Unmasking a word at a time gives what the byte rule gives (byte `i`
/// of the frame XOR key byte `i % 4`), at every phase and length.
#[test]
fn unmask_matches_the_byte_rule() {
    let key = [0x12, 0x34, 0x56, 0x78];
    let data: Vec<u8> = (0..40u8).map(|b| b.wrapping_mul(37)).collect();
    for done in 0..9u64 {
        for len in 0..data.len() {
            let mut ours = data[..len].to_vec();
            super::unmask(&mut ours, key, done);
            let want: Vec<u8> = data[..len]
                .iter()
                .enumerate()
                .map(|(i, b)| b ^ key[((done + i as u64) % 4) as usize])
                .collect();
            assert_eq!(ours, want, "done {done}, len {len}");
        }
    }
}
