use super::*;

fn frame(t: u8, flags: u8, sid: u32, payload: &[u8]) -> Vec<u8> {
    let mut v = vec![
        (payload.len() >> 16) as u8,
        (payload.len() >> 8) as u8,
        payload.len() as u8,
        t,
        flags,
    ];
    v.extend_from_slice(&sid.to_be_bytes());
    v.extend_from_slice(payload);
    v
}

fn feed_all(d: &mut Http2Decoder, dir: Dir, bytes: &[u8]) -> Vec<Message> {
    let mut out = Vec::new();
    d.feed(dir, 0, bytes, &mut out);
    out
}

/// RFC 7541 C.3: three requests with Huffman-less literals, sharing the
/// dynamic table; the third block is split over a CONTINUATION frame.
#[test]
fn hpack_requests_from_rfc_7541_across_continuation() {
    let c31 = hex("828684410f7777772e6578616d706c652e636f6d");
    let c32 = hex("828684be58086e6f2d6361636865");
    let c33 = hex("828785bf400a637573746f6d2d6b65790c637573746f6d2d76616c7565");
    let mut bytes = PREFACE.to_vec();
    bytes.extend(frame(1, 0x5, 1, &c31));
    bytes.extend(frame(1, 0x5, 3, &c32));
    bytes.extend(frame(1, 0x1, 5, &c33[..5]));
    bytes.extend(frame(9, 0x4, 5, &c33[5..]));
    let mut d = Http2Decoder::new();
    let out = feed_all(&mut d, Dir::Client, &bytes);
    assert_eq!(out.len(), 5);
    assert!(out[0].layer.has(f::http2::MAGIC));
    let l = &out[1].layer;
    assert_eq!(l.get_str(f::http2::HEADERS_METHOD), Some("GET"));
    assert_eq!(
        l.get_str(f::http2::HEADERS_AUTHORITY),
        Some("www.example.com")
    );
    assert_eq!(
        l.get_str(f::http2::REQUEST_FULL_URI),
        Some("http://www.example.com/")
    );
    let l = &out[2].layer;
    let names: Vec<String> = l
        .all(f::http2::HEADER_NAME)
        .map(|v| v.to_string())
        .collect();
    assert_eq!(
        names,
        [":method", ":scheme", ":path", ":authority", "cache-control"]
    );
    assert!(out[3].layer.get(f::http2::HEADER_NAME).is_none());
    let l = &out[4].layer;
    assert_eq!(l.get_str(f::http2::HEADERS_PATH), Some("/index.html"));
    let values: Vec<String> = l
        .all(f::http2::HEADER_VALUE)
        .map(|v| v.to_string())
        .collect();
    assert_eq!(values.last().map(String::as_str), Some("custom-value"));
    assert_eq!(l.get_str(f::http2::HEADERS_SCHEME), Some("https"));
}

#[test]
fn byte_at_a_time_gives_the_same_frames() {
    let mut bytes = PREFACE.to_vec();
    bytes.extend(frame(4, 0, 0, &[0, 3, 0, 0, 0, 100]));
    bytes.extend(frame(8, 0, 0, &[0, 0, 0x10, 0]));
    bytes.extend(frame(6, 1, 0, &[1, 2, 3, 4, 5, 6, 7, 8]));
    let whole = feed_all(&mut Http2Decoder::new(), Dir::Client, &bytes);
    let mut d = Http2Decoder::new();
    let mut out = Vec::new();
    for (i, b) in bytes.iter().enumerate() {
        d.feed(Dir::Client, i as u64, std::slice::from_ref(b), &mut out);
    }
    assert_eq!(whole.len(), 4);
    assert_eq!(
        whole.iter().map(|m| &m.layer).collect::<Vec<_>>(),
        out.iter().map(|m| &m.layer).collect::<Vec<_>>()
    );
    assert_eq!(
        out[1]
            .layer
            .get_uint(f::http2::SETTINGS_MAX_CONCURRENT_STREAMS),
        Some(100)
    );
    assert!(out[3].layer.has(f::http2::PONG));
}

#[test]
fn hostile_frames_never_panic_and_stay_bounded() {
    let mut d = Http2Decoder::new();
    let mut out = Vec::new();
    // An oversized frame is skipped without being buffered.
    let mut big = vec![0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 1];
    big.extend(vec![0u8; 4096]);
    d.feed(Dir::Server, 0, &big, &mut out);
    assert!(d.heap_bytes() < 64 * 1024);
    // Garbage header blocks, bad padding, short frames.
    for t in 0..=12u8 {
        for flags in [0u8, 0x8, 0x20, 0x2d] {
            let f = frame(t, flags, 3, &[0xff, 0x80, 0x7f, 1, 2]);
            d.feed(Dir::Server, 0, &f, &mut out);
        }
    }
    let mut rng = crate::test_rng::Rng(7);
    for _ in 0..200 {
        let n = (rng.next() % 64) as usize;
        let junk: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        d.feed(Dir::Client, 0, &junk, &mut out);
    }
    assert!(d.heap_bytes() < 2 * MAX_FRAME);
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}
