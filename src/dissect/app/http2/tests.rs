use super::*;
use crate::dissect::testing;

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
    let c31 = testing::hex("828684410f7777772e6578616d706c652e636f6d");
    let c32 = testing::hex("828684be58086e6f2d6361636865");
    let c33 = testing::hex("828785bf400a637573746f6d2d6b65790c637573746f6d2d76616c7565");
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
    // The HEADERS frame shows the four fields its fragment holds whole
    // (tshark's inflater emits them then); the CONTINUATION the literal it
    // completes.
    let l = &out[3].layer;
    assert_eq!(l.get_str(f::http2::HEADERS_PATH), Some("/index.html"));
    assert_eq!(l.get_str(f::http2::HEADERS_SCHEME), Some("https"));
    assert_eq!(l.get_uint(f::http2::HEADER_COUNT), Some(4));
    let l = &out[4].layer;
    let values: Vec<String> = l
        .all(f::http2::HEADER_VALUE)
        .map(|v| v.to_string())
        .collect();
    assert_eq!(values, ["custom-value"]);
    assert!(l.get(f::http2::HEADERS_PATH).is_none());
}

#[test]
fn byte_at_a_time_gives_the_same_frames() {
    let mut bytes = PREFACE.to_vec();
    bytes.extend(frame(4, 0, 0, &[0, 3, 0, 0, 0, 100]));
    bytes.extend(frame(8, 0, 0, &[0, 0, 0x10, 0]));
    bytes.extend(frame(6, 1, 0, &[1, 2, 3, 4, 5, 6, 7, 8]));
    let whole = feed_all(&mut Http2Decoder::new(), Dir::Client, &bytes);
    // The preface whole (tshark knows it only whole), then the frames a
    // byte at a time.
    let mut d = Http2Decoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, PREFACE, &mut out);
    for (i, b) in bytes.iter().enumerate().skip(PREFACE.len()) {
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

/// A response header block: `:status 200` (static index 8) and, when
/// given, `content-type` (static name 31, literal value, not indexed).
fn response_block(content_type: Option<&str>) -> Vec<u8> {
    let mut b = vec![0x88];
    if let Some(ct) = content_type {
        b.extend([0x0f, 0x10, ct.len() as u8]);
        b.extend(ct.as_bytes());
    }
    b
}

/// The body of a stream's direction goes to its media type's dissector
/// on the frame that ends it (tshark's DATA reassembly), which writes
/// the media type in the Info column; the earlier DATA frames show none.
#[test]
fn the_frame_that_ends_a_body_shows_its_media_type() {
    let mut bytes = frame(1, 0x4, 1, &response_block(Some("Text/HTML; charset=utf-8")));
    bytes.extend(frame(0, 0, 1, b"<html>\n"));
    bytes.extend(frame(0, 0x1, 1, b"</html>\n"));
    let out = feed_all(&mut Http2Decoder::new(), Dir::Server, &bytes);
    assert_eq!(out.len(), 3);
    let first = &out[1].layer;
    assert!(!first.has(f::http2::OSIDUMP_BODY_PROTOCOL));
    let last = &out[2].layer;
    assert_eq!(
        last.get_str(f::http2::OSIDUMP_BODY_PROTOCOL),
        Some("data-text-lines")
    );
    let mut info = String::new();
    summary(&mut info, last);
    assert_eq!(info, "DATA[1] (text/html)");
}

/// tshark's `http2.streamid` table is the capture's: a stream whose
/// direction named no media type uses the dissector a `content-type` of
/// the same stream id registered (in any connection), without writing a
/// media type; a body whose headers had no `:status` is not reassembled.
#[test]
fn a_body_without_media_type_uses_its_stream_ids_dissector() {
    let media = StreamMedia::default();
    let mut a = Http2Decoder::new();
    a.set_stream_media(&media);
    let mut bytes = frame(1, 0x4, 1, &response_block(Some("text/css")));
    bytes.extend(frame(0, 0x1, 1, b"p {}\n"));
    feed_all(&mut a, Dir::Server, &bytes);

    let mut b = Http2Decoder::new();
    b.set_stream_media(&media);
    let mut bytes = frame(1, 0x4, 1, &response_block(None));
    bytes.extend(frame(0, 0x1, 1, b"hello\n"));
    bytes.extend(frame(1, 0x4, 3, &response_block(None)));
    bytes.extend(frame(0, 0x1, 3, b"hello\n"));
    let out = feed_all(&mut b, Dir::Server, &bytes);
    let l = &out[1].layer;
    assert_eq!(
        l.get_str(f::http2::OSIDUMP_BODY_PROTOCOL),
        Some("data-text-lines")
    );
    assert!(!l.has(f::http2::OSIDUMP_MEDIA_TYPE));
    assert!(!out[3].layer.has(f::http2::OSIDUMP_BODY_PROTOCOL));

    // No `:status` first: tshark does not reassemble the body.
    let mut c = Http2Decoder::new();
    c.set_stream_media(&media);
    let out = feed_all(&mut c, Dir::Server, &frame(0, 0x1, 1, b"x\n"));
    assert!(!out[0].layer.has(f::http2::OSIDUMP_BODY_PROTOCOL));
}

/// Segment by segment (`set_frame` before each): a segment that begins a
/// frame and holds no whole one shows TCP's note alone (HTTP/2 cleared
/// the Info column); one inside a frame whose header came earlier is
/// not handed to HTTP/2; a frame completed from earlier segments is
/// marked, the frames after it in the segment are not.
#[test]
fn segments_report_where_frames_begin_and_end() {
    let mut bytes = frame(4, 0, 0, &[0, 3, 0, 0, 0, 100, 0, 4, 0, 1, 0, 0]);
    let settings_end = bytes.len();
    bytes.extend(frame(8, 0, 0, &[0, 0, 0x10, 0]));
    let mut d = Http2Decoder::new();
    let mut out = Vec::new();
    let feed = |d: &mut Http2Decoder, from: usize, to: usize, out: &mut Vec<Message>| {
        d.set_frame(from as u64);
        d.feed(Dir::Server, from as u64, &bytes[from..to], out);
    };
    // Four bytes: the header is not whole, TCP is asked for one more
    // segment, and the next is handed over again with them.
    feed(&mut d, 0, 4, &mut out);
    assert!(out.is_empty() && d.pending_info(Dir::Server, &mut String::new()));
    feed(&mut d, 4, 12, &mut out);
    assert!(out.is_empty() && d.pending_info(Dir::Server, &mut String::new()));
    // The header was whole: this segment is inside the frame.
    feed(&mut d, 12, 16, &mut out);
    assert!(out.is_empty() && !d.pending_info(Dir::Server, &mut String::new()));
    feed(&mut d, 16, bytes.len(), &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].stream_end, settings_end as u64);
    assert!(out[0].layer.has(f::http2::OSIDUMP_REASSEMBLED));
    assert!(!out[1].layer.has(f::http2::OSIDUMP_REASSEMBLED));
}

/// Nine bytes of the preface and no more are read as a frame header, as
/// tshark's get_http2_message_len reads them (`PRI`: 5 MB, waited for).
#[test]
fn a_preface_seen_in_part_is_a_frame_header() {
    let mut d = Http2Decoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &PREFACE[..9], &mut out);
    d.feed(Dir::Client, 9, &PREFACE[9..], &mut out);
    assert!(out.is_empty());
    assert!(d.holds_partial(Dir::Client));
    // Eight bytes wait for the rest, which makes it whole.
    let mut e = Http2Decoder::new();
    e.feed(Dir::Client, 0, &PREFACE[..8], &mut out);
    e.feed(Dir::Client, 8, &PREFACE[8..], &mut out);
    assert!(out.len() == 1 && out[0].layer.has(f::http2::MAGIC));
}

/// The preface's segment cannot be reassembled: its last frame is read
/// as far as the segment goes, and the next segment from its first byte.
#[test]
fn the_prefaces_segment_reads_its_last_frame_unreassembled() {
    let settings = frame(4, 0, 0, &[0, 3, 0, 0, 0, 100, 0, 4, 0, 1, 0, 0]);
    let mut first = PREFACE.to_vec();
    first.extend(&settings[..16]);
    let mut d = Http2Decoder::by_preface();
    let mut out = Vec::new();
    d.set_frame(4);
    d.feed(Dir::Client, 0, &first, &mut out);
    assert_eq!(out.len(), 2);
    let l = &out[1].layer;
    assert!(l.has(f::http2::OSIDUMP_UNREASSEMBLED));
    assert_eq!(l.get_uint(f::http2::LENGTH), Some(12));
    assert_eq!(l.all(f::http2::SETTINGS_ID).count(), 1);
    let mut info = String::new();
    summary(&mut info, l);
    assert_eq!(info, "SETTINGS[0][BoundErrorUnreassembled Packet]");
    // The rest of the SETTINGS frame is read as a frame header.
    out.clear();
    d.set_frame(5);
    let rest = &settings[16..];
    d.feed(Dir::Client, first.len() as u64, rest, &mut out);
    assert!(out.is_empty());
    assert!(d.pending_info(Dir::Client, &mut String::new()));
    // Later segments may wait for more: a frame split over two is whole.
    let mut e = Http2Decoder::by_preface();
    let ping = frame(6, 0, 0, &[1; 8]);
    let mut one = PREFACE.to_vec();
    one.extend(&ping);
    one.extend(&ping[..5]);
    out.clear();
    e.set_frame(1);
    e.feed(Dir::Client, 0, &one[..PREFACE.len() + ping.len()], &mut out);
    e.set_frame(2);
    let at = PREFACE.len() + ping.len();
    e.feed(Dir::Client, at as u64, &one[at..], &mut out);
    e.set_frame(3);
    e.feed(Dir::Client, one.len() as u64, &ping[5..], &mut out);
    assert_eq!(out.len(), 3);
    assert!(
        out.iter()
            .all(|m| !m.layer.has(f::http2::OSIDUMP_UNREASSEMBLED))
    );
}

/// A HEADERS frame cut by the preface's segment: tshark reads its flag
/// bits, Pad Length and priority before the read past the segment, and
/// notes the unreassembled packet (http2-nghttp2.pcap, frame 4).
#[test]
fn an_unreassembled_headers_frame_shows_its_flags_and_priority() {
    let mut prio = vec![0, 0, 0, 11, 15];
    prio.extend([0x82; 40]);
    let headers = frame(1, 0x21, 13, &prio);
    let mut first = PREFACE.to_vec();
    first.extend(&headers[..HEADER + 10]);
    let mut d = Http2Decoder::by_preface();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &first, &mut out);
    let l = &out[1].layer;
    assert!(l.has(f::http2::OSIDUMP_UNREASSEMBLED));
    assert_eq!(l.get_uint(f::http2::FLAGS_UNUSED_HEADERS), Some(0));
    assert_eq!(l.get(f::http2::FLAGS_PRIORITY), Some(&Value::Bool(true)));
    assert_eq!(l.get(f::http2::FLAGS_END_STREAM), Some(&Value::Bool(true)));
    assert_eq!(l.get_uint(f::http2::PAD_LENGTH), Some(0));
    assert_eq!(l.get_uint(f::http2::STREAM_DEPENDENCY), Some(11));
    assert_eq!(l.get_uint(f::http2::HEADERS_WEIGHT), Some(15));
    assert_eq!(l.get_uint(f::http2::HEADERS_WEIGHT_REAL), Some(16));
    assert!(!l.has(f::http2::HEADERS));
    assert_eq!(
        l.get_str(crate::dissect::expert::fields::ws::UNREASSEMBLED),
        Some("[BoundError Unreassembled Packet: HTTP2]")
    );
    assert_eq!(
        l.get_str(crate::dissect::expert::fields::ws::EXPERT_MESSAGE),
        Some("Unreassembled fragment (change preferences to enable reassembly)")
    );
}

/// PUSH_PROMISE has fields of its own (reserved bit, header block,
/// padding), and each padded type names its padding; reserved bits and
/// unused flags are shown shifted to their mask, as tshark stores them.
#[test]
fn push_promise_and_padding_fields_are_named_by_frame_type() {
    let block = [0x82, 0x86, 0x84, 0x41, 0x01, b'a'];
    let mut pp = vec![2]; // Pad Length
    pp.extend([0x80, 0, 0, 2]); // reserved bit set, promised stream 2
    pp.extend(block);
    pp.extend([0, 0]);
    let mut bytes = frame(5, 0x0c | 0x10, 0x8000_0001, &pp);
    bytes.extend(frame(0, 0x08, 1, &[1, b'x', 0]));
    let mut d = Http2Decoder::new();
    let out = feed_all(&mut d, Dir::Server, &bytes);
    let l = &out[0].layer;
    assert_eq!(l.get_uint(f::http2::R), Some(1));
    assert_eq!(l.get_uint(f::http2::FLAGS_UNUSED_PUSH_PROMISE), Some(0x10));
    assert_eq!(l.get_uint(f::http2::PUSH_PROMISE_R), Some(1));
    assert_eq!(
        l.get_uint(f::http2::PUSH_PROMISE_PROMISED_STREAM_ID),
        Some(2)
    );
    assert!(l.has(f::http2::PUSH_PROMISE_HEADER) && !l.has(f::http2::HEADERS));
    assert_eq!(l.get_str(f::http2::HEADERS_METHOD), Some("GET"));
    assert!(l.has(f::http2::PUSH_PROMISE_PADDING) && !l.has(f::http2::DATA_PADDING));
    let l = &out[1].layer;
    assert_eq!(l.get_uint(f::http2::FLAGS_UNUSED_DATA), Some(0));
    assert_eq!(l.get_uint(f::http2::PAD_LENGTH), Some(1));
    assert!(l.has(f::http2::DATA_PADDING) && !l.has(f::http2::HEADERS_PADDING));
}

/// Every frame's header reads the same, whole, cut by the segment or
/// skipped past the cap: its flag bits and reserved bit too; a cut
/// PUSH_PROMISE shows its reserved bit with the promised stream.
#[test]
fn frame_headers_read_alike_whole_cut_or_skipped() {
    // Over the cap: END_STREAM and the reserved bit set, skipped whole.
    let len = MAX_FRAME + 1;
    let mut big = vec![
        (len >> 16) as u8,
        (len >> 8) as u8,
        len as u8,
        0,
        0x01,
        0x80,
        0,
        0,
        1,
    ];
    big.extend(vec![0u8; len]);
    let mut d = Http2Decoder::new();
    let out = feed_all(&mut d, Dir::Server, &big);
    let l = &out[0].layer;
    assert!(l.anomalies.iter().any(|a| a.reason.contains("cap")));
    assert_eq!(l.get(f::http2::FLAGS_END_STREAM), Some(&Value::Bool(true)));
    assert_eq!(l.get_uint(f::http2::FLAGS_UNUSED_DATA), Some(0));
    assert_eq!(l.get_uint(f::http2::R), Some(1));
    assert_eq!(l.get_uint(f::http2::STREAMID), Some(1));
    // A PUSH_PROMISE cut after its promised stream by the preface's segment.
    let pp = frame(5, 0x04, 1, &[0x80, 0, 0, 2, 0x82, 0x86, 0x84, 0x41]);
    let mut first = PREFACE.to_vec();
    first.extend(&pp[..HEADER + 5]);
    let mut d = Http2Decoder::by_preface();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &first, &mut out);
    let l = &out[1].layer;
    assert!(l.has(f::http2::OSIDUMP_UNREASSEMBLED));
    assert_eq!(l.get_uint(f::http2::PUSH_PROMISE_R), Some(1));
    assert_eq!(
        l.get_uint(f::http2::PUSH_PROMISE_PROMISED_STREAM_ID),
        Some(2)
    );
}

/// Each field's representation and table index as packet-http2.c reads
/// them off the block (RFC 7541 C.3.1's first request, after a table size
/// update to 4096), and GLib's URI unescaping behind `http2.header.unescaped`.
#[test]
fn header_representations_and_unescaping() {
    let block =
        testing::hex("3fe11f 828684410f7777772e6578616d706c652e636f6d 0003616263017a 1f0b0161");
    let reprs = representations(&block);
    let field = |kind, index| Repr::Field { kind, index };
    assert_eq!(
        reprs,
        [
            Repr::SizeUpdate(4096),
            field(1, Some(2)),
            field(1, Some(6)),
            field(1, Some(4)),
            field(2, Some(1)),
            field(5, None),
            field(6, Some(26)),
        ]
    );
    assert_eq!(
        REPR_NAMES[2],
        "Literal Header Field with Incremental Indexing - Indexed Name"
    );
    assert_eq!(uri_unescape(b"/a%20b%2fc").as_deref(), Some("/a b/c"));
    assert_eq!(uri_unescape(b"plain").as_deref(), Some("plain"));
    assert_eq!(uri_unescape(b"100%"), None);
    assert_eq!(uri_unescape(b"%4g"), None);
    assert_eq!(uri_unescape(b"a%00b"), None);
}

/// packet-http2.c's table of named header fields (`http2.headers.date`
/// and 48 more) and `ws_strtou64`'s reading of the numeric ones.
#[test]
fn named_header_fields_follow_tsharks_table() {
    assert!(std::ptr::eq(
        named_header("date").unwrap(),
        f::http2::HEADERS_DATE
    ));
    assert!(std::ptr::eq(
        named_header("accept-encoding").unwrap(),
        f::http2::HEADERS_ACCEPT_ENCODING
    ));
    assert!(named_header("x-custom").is_none());
    assert_eq!(
        named_header("age").unwrap().ftype,
        crate::dissect::field::FieldType::Uint64
    );
    assert_eq!(header_number(" 12"), Some(12));
    assert_eq!(header_number("+1"), None);
    assert_eq!(header_number("12 "), None);
}

/// `response_block` with a `content-encoding` (static name 26, literal
/// value, not indexed).
fn coded_block(content_type: &str, coding: &str) -> Vec<u8> {
    let mut b = response_block(Some(content_type));
    b.extend([0x0f, 0x0b, coding.len() as u8]);
    b.extend(coding.as_bytes());
    b
}

fn gzip(b: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

/// A content-coded body is decoded on the frame that ends it, as
/// packet-http2.c's dissect_http2_data_full_body does (checked with
/// nginx's gzip over h2c and tshark 4.0): `http2.data.data` holds the
/// decoded bytes, which go to the media type's dissector (JSON here:
/// its name in the Info and the Protocol column); the frames before show
/// their own bytes as they came.
#[test]
fn a_gzip_body_is_shown_decoded_and_dissected_by_its_media_type() {
    let json = br#"{"items":[{"id":1},{"id":2}]}"#;
    let z = gzip(json);
    let (first, rest) = z.split_at(z.len() / 2);
    let mut bytes = frame(1, 0x4, 1, &coded_block("application/json", "gzip"));
    bytes.extend(frame(0, 0, 1, first));
    bytes.extend(frame(0, 0x1, 1, rest));
    let out = feed_all(&mut Http2Decoder::new(), Dir::Server, &bytes);
    assert_eq!(out.len(), 3);
    assert_eq!(
        out[1].layer.get(f::http2::DATA_DATA),
        Some(&Value::Bytes(first.to_vec().into()))
    );
    let last = &out[2].layer;
    assert_eq!(
        last.get(f::http2::DATA_DATA),
        Some(&Value::Bytes(json.to_vec().into()))
    );
    assert_eq!(last.get_str(f::http2::OSIDUMP_BODY_PROTOCOL), Some("json"));
    let mut info = String::new();
    summary(&mut info, last);
    assert_eq!(
        info,
        "DATA[1], JavaScript Object Notation (application/json)"
    );
    assert_eq!(column(last), "HTTP2/JSON");
    assert!(!last.has(f::http2::BODY_DECOMPRESSION_FAILED));
}

/// A body that does not decode: tshark's "Body decompression failed" and
/// the body as it came, still handed to its media type's dissector (the
/// data dissector for application/octet-stream: `data.data`, `data.len`).
#[test]
fn a_body_that_does_not_decode_is_flagged_and_shown_as_it_came() {
    let body = b"not deflate at all, just text";
    let mut bytes = frame(
        1,
        0x4,
        1,
        &coded_block("application/octet-stream", "deflate"),
    );
    bytes.extend(frame(0, 0x1, 1, body));
    let out = feed_all(&mut Http2Decoder::new(), Dir::Server, &bytes);
    let l = &out[1].layer;
    assert!(l.has(f::http2::BODY_DECOMPRESSION_FAILED));
    assert_eq!(
        l.get(f::http2::DATA_DATA),
        Some(&Value::Bytes(body.to_vec().into()))
    );
    assert_eq!(l.get_str(f::http2::OSIDUMP_BODY_PROTOCOL), Some("data"));
    assert_eq!(l.get(f::data::LEN), Some(&Value::UInt(body.len() as u64)));
    let mut info = String::new();
    summary(&mut info, l);
    assert_eq!(info, "DATA[1]");
    assert_eq!(column(l), "HTTP2");

    // A coding tshark does not undo (compress): shown as it came, not
    // flagged; nor is a 206's part.
    let mut bytes = frame(1, 0x4, 1, &coded_block("application/xml", "compress"));
    bytes.extend(frame(0, 0x1, 1, b"<a/>"));
    let out = feed_all(&mut Http2Decoder::new(), Dir::Server, &bytes);
    let l = &out[1].layer;
    assert!(!l.has(f::http2::BODY_DECOMPRESSION_FAILED));
    assert_eq!(l.get_str(f::http2::OSIDUMP_BODY_PROTOCOL), Some("xml"));
    assert_eq!(column(l), "HTTP2/XML");
}
