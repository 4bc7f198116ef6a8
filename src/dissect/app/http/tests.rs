use super::*;
use crate::dissect::AnomalyKind;

fn feed_all(d: &mut HttpDecoder, dir: Dir, off: u64, b: &[u8]) -> Vec<Message> {
    let mut out = Vec::new();
    d.feed(dir, off, b, &mut out);
    out
}

fn strs<'a>(l: &'a Layer<'_>, name: &'static crate::dissect::field::FieldDef) -> Vec<&'a str> {
    l.fields
        .iter()
        .filter(|f| std::ptr::eq(f.def, name))
        .filter_map(|f| match &f.value {
            Value::Str(s) => Some(&**s),
            _ => None,
        })
        .collect()
}

// Three requests and three responses on one keep-alive connection, each
// direction in a single feed (GET with Host, POST with a 5-byte body,
// GET), answered by 200 (Content-Length 5), 201 (no body), 404 (chunked).
const REQS: &[u8] = b"GET /index.html HTTP/1.1\r\nHost: www.example.test\r\nUser-Agent: t/1\r\n\r\n\
POST /form HTTP/1.1\r\nHost: www.example.test\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\
GET /missing HTTP/1.1\r\nHost: www.example.test\r\nConnection: close\r\n\r\n";
const RESPS: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\n<p>x\n\
HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n\
HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nnope\r\n3;ext=1\r\n!!!\r\n0\r\nX-Trailer: y\r\n\r\n";

#[test]
fn keep_alive_three_requests_in_one_feed() {
    let mut d = HttpDecoder::new();
    d.set_time_ns(1_000_000_000);
    let q = feed_all(&mut d, Dir::Client, 0, REQS);
    assert_eq!(q.len(), 3);
    assert_eq!(q[0].stream_offset, 0);
    assert_eq!(
        summary(&q[0].layer),
        "GET /index.html HTTP/1.1 Host: www.example.test"
    );
    assert_eq!(q[1].layer.get_str(f::http::REQUEST_METHOD), Some("POST"));
    assert_eq!(q[1].layer.get_uint(f::http::CONTENT_LENGTH), Some(5));
    assert_eq!(
        q[1].layer.get_str(f::http::CONTENT_LENGTH_HEADER),
        Some("5")
    );
    assert_eq!(q[1].layer.get_uint(f::http::OSIDUMP_BODY_LEN), Some(5));
    assert_eq!(
        q[1].layer.get_str(f::http::OSIDUMP_BODY_PREVIEW),
        Some("hello")
    );
    assert_eq!(
        strs(&q[0].layer, f::http::REQUEST_LINE),
        ["Host: www.example.test\r\n", "User-Agent: t/1\r\n"]
    );
    assert_eq!(
        q[2].stream_offset as usize,
        REQS.windows(12).position(|w| w == b"GET /missing").unwrap()
    );
    assert_eq!(q[2].layer.get_uint(f::http::REQUEST_NUMBER), Some(3));
    d.set_time_ns(1_000_250_000);
    let r = feed_all(&mut d, Dir::Server, 0, RESPS);
    assert_eq!(r.len(), 3, "{r:#?}");
    // tshark's push_res: a response belongs to the last request's slot
    // (here the third), so the first response is shown with that request
    // (http.request_in, http.time) and the next two open slots of their
    // own, with none; every response is shown with the conversation's last
    // request URI (http.response_for.uri, conv_data->full_uri).
    assert_eq!(
        summary(&r[0].layer),
        "HTTP/1.1 200 OK (text/html, 5 bytes) ← GET /missing"
    );
    assert_eq!(
        r[0].layer.get(f::http::TIME),
        Some(&Value::rel_time(250_000))
    );
    assert_eq!(
        r[0].layer.get(f::http::TIME).unwrap().to_string(),
        "0.000250000"
    );
    assert_eq!(
        r[0].layer.get_str(f::http::RESPONSE_FOR_URI),
        Some("http://www.example.test/missing")
    );
    assert_eq!(
        r[1].layer.get_str(f::http::RESPONSE_FOR_URI),
        Some("http://www.example.test/missing")
    );
    assert!(r[1].layer.get(f::http::TIME).is_none());
    assert!(r[1].layer.get(f::http::OSIDUMP_REQUEST_METHOD).is_none());
    assert_eq!(r[1].layer.get_uint(f::http::OSIDUMP_BODY_LEN), None);
    let l = &r[2].layer;
    assert_eq!(l.get_uint(f::http::RESPONSE_CODE), Some(404));
    assert_eq!(
        l.fields
            .iter()
            .filter(|f| std::ptr::eq(f.def, f::http::CHUNK_SIZE))
            .map(|f| f.value.clone())
            .collect::<Vec<_>>(),
        [Value::UInt(4), Value::UInt(3), Value::UInt(0)]
    );
    assert_eq!(
        l.get_str(f::http::CHUNKED_TRAILER_PART),
        Some("X-Trailer: y\r\n")
    );
    assert_eq!(l.get_uint(f::http::OSIDUMP_BODY_LEN), Some(7));
    assert_eq!(l.get_str(f::http::OSIDUMP_BODY_PREVIEW), Some("nope!!!"));
    assert!(q.iter().chain(&r).all(|m| m.layer.anomalies.is_empty()));
}

#[test]
fn interim_100_is_not_paired_and_numbers_follow_tshark() {
    // As in zeek/http/100-continue.pcap: the 100 arrives before the
    // request body is complete; tshark numbers the 100 as response 1,
    // the request as 2, and pairs only the final 200 with it.
    let mut d = HttpDecoder::new();
    d.set_time_ns(0);
    let head = b"POST /u HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
    assert!(feed_all(&mut d, Dir::Client, 0, head).is_empty());
    d.set_time_ns(1_000);
    let c = feed_all(&mut d, Dir::Server, 0, b"HTTP/1.1 100 Continue\r\n\r\n");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].layer.get_uint(f::http::RESPONSE_NUMBER), Some(1));
    assert!(c[0].layer.get(f::http::TIME).is_none());
    assert!(c[0].layer.get(f::http::RESPONSE_FOR_URI).is_none());
    let q = feed_all(&mut d, Dir::Client, head.len() as u64, b"ab");
    assert_eq!(q[0].layer.get_uint(f::http::REQUEST_NUMBER), Some(2));
    d.set_time_ns(5_000);
    let r = feed_all(
        &mut d,
        Dir::Server,
        25,
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n",
    );
    assert_eq!(r[0].layer.get_uint(f::http::RESPONSE_NUMBER), Some(2));
    // Measured from the end of the request (fed at t=1000), as tshark does.
    assert_eq!(
        r[0].layer.get(f::http::TIME).unwrap().to_string(),
        "0.000004000"
    );
    assert_eq!(
        r[0].layer.get_str(f::http::RESPONSE_FOR_URI),
        Some("http://h/u")
    );
}

/// tshark-http-packets: a request whose response was not captured, then
/// the next request and its response: the response is shown with the
/// request of its slot (the last one), not the older unanswered one.
#[test]
fn response_after_an_unanswered_request_is_shown_with_the_last_request() {
    let mut d = HttpDecoder::new();
    d.set_time_ns(1_000);
    let a = b"GET /lost HTTP/1.1\r\nHost: h\r\n\r\n";
    assert_eq!(feed_all(&mut d, Dir::Client, 0, a).len(), 1);
    d.set_time_ns(9_000);
    let b = b"GET /b HTTP/1.1\r\nHost: h\r\n\r\n";
    assert_eq!(feed_all(&mut d, Dir::Client, a.len() as u64, b).len(), 1);
    d.set_time_ns(10_000);
    let r = feed_all(&mut d, Dir::Server, 0, b"HTTP/1.1 204 No Content\r\n\r\n");
    let l = &r[0].layer;
    assert_eq!(l.get_str(f::http::RESPONSE_FOR_URI), Some("http://h/b"));
    assert_eq!(l.get(f::http::TIME).unwrap().to_string(), "0.000001000");
}

#[test]
fn pipelined_requests_pair_in_order_with_head_204_304() {
    // HEAD /a, GET /b, GET /c sent back to back; the HEAD answer carries
    // a Content-Length but no body, 204 and 304 have none either.
    let reqs = b"HEAD /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\nGET /c HTTP/1.1\r\nHost: h\r\n\r\nGET /d HTTP/1.1\r\nHost: h\r\n\r\n";
    let resps = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n\
HTTP/1.1 204 No Content\r\n\r\n\
HTTP/1.1 304 Not Modified\r\nContent-Length: 7\r\n\r\n\
HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok";
    let mut d = HttpDecoder::new();
    assert_eq!(feed_all(&mut d, Dir::Client, 0, reqs).len(), 4);
    let r = feed_all(&mut d, Dir::Server, 0, resps);
    assert_eq!(r.len(), 4);
    let got: Vec<_> = r.iter().map(|m| summary(&m.layer)).collect();
    // Bodies follow the requests in order (the HEAD answer has none);
    // the request a response is shown with is tshark's: the last one's
    // slot takes the first response, the others open their own.
    assert_eq!(
        got,
        [
            "HTTP/1.1 200 OK ← GET /d",
            "HTTP/1.1 204 No Content",
            "HTTP/1.1 304 Not Modified",
            "HTTP/1.0 200 OK (2 bytes)",
        ]
    );
}

#[test]
fn response_split_at_every_byte_gives_identical_layers() {
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, REQS);
    let whole = feed_all(&mut d, Dir::Server, 0, RESPS);
    for cut in 0..=RESPS.len() {
        // Cut inside or before the empty line after the trailer:
        // packet-http.c's chunk reader stops at the last line ended in the
        // bytes it has (the trailer), and the empty line's bytes after the
        // cut are read on their own.
        if cut >= RESPS.len() - 2 {
            continue;
        }
        let mut d = HttpDecoder::new();
        feed_all(&mut d, Dir::Client, 0, REQS);
        let mut out = Vec::new();
        d.feed(Dir::Server, 0, &RESPS[..cut], &mut out);
        d.feed(Dir::Server, cut as u64, &RESPS[cut..], &mut out);
        assert_eq!(out.len(), whole.len(), "cut {cut}");
        for (a, b) in out.iter_mut().zip(&whole) {
            // The message shown before the cut names the one the first
            // piece begins (for its frame's Info); the rest is the same.
            let next = a
                .layer
                .fields
                .iter()
                .position(|x| std::ptr::eq(x.def, f::http::OSIDUMP_NEXT_START));
            if let Some(at) = next {
                let line = a.layer.fields.remove(at);
                assert!(
                    matches!(&line.value, Value::Str(t) if t.starts_with("HTTP/1.")),
                    "cut {cut}: {line:?}"
                );
            }
            assert_eq!(a.layer, b.layer, "cut {cut}");
            assert_eq!(a.stream_offset, b.stream_offset, "cut {cut}");
        }
    }
    // And one byte at a time: the same three messages (the last one ends
    // at its trailer line, see above), then the empty line's bytes.
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, REQS);
    let mut out = Vec::new();
    for (i, b) in RESPS.iter().enumerate() {
        d.feed(Dir::Server, i as u64, std::slice::from_ref(b), &mut out);
    }
    assert!(out.len() >= 3);
    assert!(out[..2].iter().zip(&whole).all(|(a, b)| a.layer == b.layer));
    assert_eq!(out[2].layer.get_uint(f::http::RESPONSE_CODE), Some(404));
    assert!(
        out[3..]
            .iter()
            .all(|m| m.layer.has(f::http::OSIDUMP_CONTINUATION))
    );
}

#[test]
fn bad_chunk_size_is_malformed_then_resyncs() {
    // "zz" holds no hex digit: packet-http.c's chunk reader (strtol) reads
    // a size of 0, the last chunk, and every line to an empty one is its
    // trailer, the next response's head included (tshark 4.0 on the same
    // bytes: one response, chunk sizes 2,0).
    let resps = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\nzz\r\njunk\r\n\
HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    let mut d = HttpDecoder::new();
    let r = feed_all(&mut d, Dir::Server, 0, resps);
    assert_eq!(r.len(), 1);
    assert!(r[0].layer.anomalies.is_empty());
    // A size of digits no length holds is still refused as before.
    let resps = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n-1\r\njunk\r\n\
HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    let mut d = HttpDecoder::new();
    let r = feed_all(&mut d, Dir::Server, 0, resps);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].layer.anomalies[0].kind, AnomalyKind::Malformed);
    assert!(r[0].layer.anomalies[0].reason.contains("chunk-size"));
    assert!(r[1].layer.anomalies.is_empty());
    assert_eq!(chunk_size(b"1A ; name=v"), Some(26));
    assert_eq!(chunk_size(b""), None);
    assert_eq!(chunk_size(b"12345678901234567"), None);
    assert_eq!(chunk_size(b"-1"), None);
    // tshark 4.0 reads the size as g_ascii_strtoull does, trailing bytes
    // allowed (Suricata-verify's http-evader-009..022: `fx`, `f,`, `f\0`,
    // ` f`, `\x0bf` are all 15); a lone CR ends the line (`\rf`: none).
    assert_eq!(chunk_size(b"1 2"), Some(1));
    assert_eq!(chunk_size(b"fx"), Some(15));
    assert_eq!(chunk_size(b"f\0"), Some(15));
    assert_eq!(chunk_size(b" \x0bf"), Some(15));
    assert_eq!(chunk_size(b"0x5"), Some(5));
    assert_eq!(chunk_size(b"00000000000000000000"), Some(0));
    assert_eq!(chunk_size(b"\rf"), None);
    assert_eq!(chunk_size(b"80000001"), None);
}

#[test]
fn chunk_without_crlf_waits_for_the_last_chunk_as_tshark() {
    // tshark's reassembly skips the two bytes after a chunk's data, CRLF
    // or not, and the message is complete at its last chunk only (corpus
    // HttpMalformedResponse.pcapng: no last chunk, no HTTP shown).
    let head = b"HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokXY";
    let mut d = HttpDecoder::new();
    assert!(feed_all(&mut d, Dir::Server, 0, head).is_empty());
    let r = feed_all(&mut d, Dir::Server, head.len() as u64, b"0\r\n\r\n");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].layer.get_uint(f::http::RESPONSE_CODE), Some(403));
    assert_eq!(r[0].layer.anomalies[0].kind, AnomalyKind::Malformed);
    assert!(r[0].layer.anomalies[0].reason.contains("CRLF"));
}

/// A Content-Length g_ascii_strtoll cannot hold (2^64 - 1, Zeek's
/// cl_uint64max trace) is no length to packet-http.c, as a negative one:
/// the request has no body and the next request in the segment is read
/// (tshark 4.0: `POST,GET` on that frame, no `http.content_length`).
#[test]
fn content_length_past_i64_is_no_length() {
    for cl in ["18446744073709551615", "9223372036854775808", "-1"] {
        let mut d = HttpDecoder::new();
        let reqs = format!(
            "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: {cl}\r\n\r\nGET /b HTTP/1.1\r\nHost: t\r\n\r\n"
        );
        let q = feed_all(&mut d, Dir::Client, 0, reqs.as_bytes());
        assert_eq!(q.len(), 2, "{cl}");
        assert_eq!(q[0].layer.get_uint(f::http::CONTENT_LENGTH), None);
        assert_eq!(q[0].layer.get_str(f::http::CONTENT_LENGTH_HEADER), Some(cl));
        assert_eq!(q[1].layer.get_str(f::http::REQUEST_URI), Some("/b"));
    }
    // The largest it holds is a length.
    let mut d = HttpDecoder::new();
    let q = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"POST / HTTP/1.1\r\nContent-Length: 9223372036854775807\r\n\r\n",
    );
    assert!(q.is_empty());
}

#[test]
fn content_length_body_over_three_feeds() {
    // 0000  48 54 54 50 2f 31 2e 31 20 32 30 30 20 4f 4b 0d  HTTP/1.1 200 OK.
    let head = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n";
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Server, 0, &head[..20], &mut out);
    d.feed(
        Dir::Server,
        20,
        &[&head[20..], &b"0123"[..]].concat(),
        &mut out,
    );
    assert!(out.is_empty());
    let at = head.len() as u64 + 4;
    d.feed(Dir::Server, at, b"456789", &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.get_uint(f::http::OSIDUMP_BODY_LEN), Some(10));
    assert_eq!(out[0].stream_offset, 0);
    assert_eq!(out[0].layer.span, 0..head.len());
}

#[test]
fn until_close_gap_and_finish() {
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Server, 0, b"HTTP/1.0 200 OK\r\n\r\nabc", &mut out);
    d.gap(Dir::Server, 10);
    d.feed(Dir::Server, 32, b"def", &mut out);
    assert!(out.is_empty());
    d.finish(&mut out);
    // Some of its bytes were never captured: tshark's reassembly never
    // completes it, and shows nothing.
    assert!(out.is_empty());
    // A gap that ends exactly at the end of a Content-Length body: that
    // message is not shown either; the next one is.
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    let head = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123";
    d.feed(Dir::Server, 0, head, &mut out);
    d.gap(Dir::Server, 6);
    let next = head.len() as u64 + 6;
    d.feed(
        Dir::Server,
        next,
        b"HTTP/1.1 204 No Content\r\n\r\n",
        &mut out,
    );
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.get_uint(f::http::RESPONSE_CODE), Some(204));
    assert_eq!(out[0].stream_offset, next);
    // Headers never finished: tshark's header reassembly waits for their
    // end until the capture ends and shows nothing (no `http` in
    // frame.protocols either).
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, b"GET /x HTTP/1.1\r\nHo", &mut out);
    d.finish(&mut out);
    assert!(out.is_empty());
    // A line httparse refuses, its headers unended (HTTP/0.9): the same,
    // as is a header value with control characters before the block ends.
    let r = feed_all(
        &mut HttpDecoder::new(),
        Dir::Client,
        0,
        b"GET /zeek.html\r\n",
    );
    assert!(r.is_empty());
    let r = feed_all(
        &mut HttpDecoder::new(),
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nCookie: \x01\x1d\r\nAcc",
    );
    assert!(r.is_empty());
    // Once the block has ended, the refused value is judged.
    let r = feed_all(
        &mut HttpDecoder::new(),
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nCookie: \x01\x1d\r\n\r\n",
    );
    assert_eq!(r.len(), 1);
}

#[test]
fn header_cap_and_garbage() {
    let mut d = HttpDecoder::new();
    let mut big = b"GET / HTTP/1.1\r\n".to_vec();
    while big.len() <= HEADER_CAP {
        big.extend_from_slice(b"X-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
    }
    let mut out = Vec::new();
    for (n, c) in big.chunks(1000).enumerate() {
        d.feed(Dir::Client, n as u64 * 1000, c, &mut out);
    }
    assert_eq!(out.len(), 1);
    assert!(out[0].layer.anomalies[0].reason.contains("exceed"));
    let r = feed_all(
        &mut HttpDecoder::new(),
        Dir::Client,
        0,
        b"GET / HTTP/9.9\r\n\r\n",
    );
    // A version httparse refuses is read as tshark reads it (the rest of
    // the request line), with no expert item: tshark has none for it.
    assert!(r[0].layer.anomalies.is_empty());
    assert_eq!(r[0].layer.get_str(f::http::REQUEST_METHOD), Some("GET"));
    assert_eq!(
        r[0].layer.get_str(f::http::REQUEST_VERSION),
        Some("HTTP/9.9")
    );
}

#[test]
fn probe_answers() {
    assert_eq!(probe(b"GET / HTTP/1.1"), Probe::Certain);
    assert_eq!(probe(b"HTTP/1.1 200 OK"), Probe::Certain);
    assert_eq!(probe(b"M-SEARCH * HTTP/1.1"), Probe::Certain);
    assert_eq!(probe(b"GE"), Probe::Unsure);
    assert_eq!(probe(b"HTTP"), Probe::Unsure);
    assert_eq!(probe(b"HTTP/2.0 200 OK"), Probe::Certain);
    assert_eq!(probe(b"HTTPS/1.1 200 OK"), Probe::NotForUs);
    assert_eq!(probe(b""), Probe::Unsure);
    assert_eq!(probe(b"GETX / HTTP/1.1"), Probe::NotForUs);
    // zeek's http/methods.pcap frame 34: a method alone on its line.
    assert_eq!(probe(b"OPTIONS\nHost: a\n\n"), Probe::Certain);
    assert_eq!(probe(b"M-GET / HTTP/1.1"), Probe::Certain);
    assert_eq!(probe(b"QUERY / HTTP/1.1"), Probe::NotForUs);
    assert_eq!(probe(b"\x16\x03\x01\x02\x00"), Probe::NotForUs);
    // Any `HTTP/` line is a status line to tshark (`HTTP/2 200 OK` in an
    // HTTP conversation is a response with version `HTTP/2`).
    assert_eq!(probe(b"HTTP/2 200"), Probe::Certain);
}

/// tshark 4.0's `dissect_http_heur_tcp`, as tshark answers on a conversation
/// to port 8000 (none of its dissectors' ports) whose first segment is each
/// of these: HTTP or `data`.
#[test]
fn heuristic_is_tsharks() {
    let http: &[&[u8]] = &[
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.0\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.9\r\n\r\n",
        // The case of the version does not matter, nor the line end.
        b"get / http/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\rHost: x\r\n\r\n",
        b"GET / HTTP/1.1\n",
        // The end of a request line split after its method.
        b" / HTTP/1.1\r\nHost: x\r\n\r\n",
        b"th HTTP/1.1\r\nHost: x\r\n\r\n",
        // A status line, or anything that starts like one.
        b"HTTP/1.1 200 OK\r\n",
        b"HTTP/1.1x\r\n",
        // A first line of 0 or 1 byte: the segment's last 8 or 7 bytes.
        b"\r\nHTTP/1.1",
        b"\r\nabcHTTP/1.1",
        b"x\r\nabcHTTP/1.",
    ];
    let data: &[&[u8]] = &[
        b"",
        b"GET",
        b"GET / HTTP/1.1",
        // A CR that ends the segment ends no line.
        b"GET / HTTP/1.1\r",
        // A first line of exactly 8 bytes.
        b"HTTP/1.1\r\n",
        b"HTTP/1.1",
        b"GET / HTTP/1.\r\n\r\n",
        b"x\r\nabcdefHTTP/1.1",
        b"ab\r\nHTTP/1.1",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
    ];
    for p in http {
        assert_eq!(
            heuristic(p),
            Probe::Certain,
            "{:?}",
            String::from_utf8_lossy(p)
        );
    }
    for p in data {
        assert_eq!(
            heuristic(p),
            Probe::NotForUs,
            "{:?}",
            String::from_utf8_lossy(p)
        );
    }
}

// RFC 6455 1.3 handshake: key dGhlIHNhbXBsZSBub25jZQ== answers
// s3pPLMBiTxaQ9kYGzzhZRbK+xOo=.
fn upgrade(ext: &str, accept: &str) -> (Vec<u8>, Vec<u8>) {
    let req = String::from(
        "GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
Sec-WebSocket-Protocol: chat\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n",
    );
    let resp = format!(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: chat\r\n{ext}\r\n"
    );
    (req.into_bytes(), resp.into_bytes())
}

fn ws_frame(b0: u8, key: Option<[u8; 4]>, payload: &[u8]) -> Vec<u8> {
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
    if let Some(k) = key {
        v.extend_from_slice(&k);
    }
    v.extend(
        payload
            .iter()
            .enumerate()
            .map(|(i, b)| b ^ key.map_or(0, |k| k[i % 4])),
    );
    v
}

/// The whole WebSocket session, per direction.
fn ws_session() -> (Vec<u8>, Vec<u8>) {
    let (mut c, mut s) = upgrade("", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    let k = Some([0x37, 0xfa, 0x21, 0x3d]);
    // RFC 6455 5.7: 81 85 37 fa 21 3d 7f 9f 4d 51 58 (masked "Hello")
    c.extend([
        0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58,
    ]);
    c.extend(ws_frame(0x01, k, b"frag-"));
    c.extend(ws_frame(0x89, k, b"are you there"));
    c.extend(ws_frame(0x80, k, b"mented"));
    let mut close = 1000u16.to_be_bytes().to_vec();
    close.extend_from_slice(b"bye");
    c.extend(ws_frame(0x88, k, &close));
    // Server: a first frame in the same segment as the 101, then a
    // 16-bit and a 64-bit length, pong, close.
    s.extend(ws_frame(0x81, None, b"welcome"));
    s.extend(ws_frame(0x82, None, &[0xab; 300]));
    s.extend(ws_frame(0x82, None, &vec![0xcd; 70_000]));
    s.extend(ws_frame(0x8a, None, b"are you there"));
    s.extend(ws_frame(0x88, None, &close));
    (c, s)
}

#[test]
fn websocket_upgrade_and_frames() {
    let (c, s) = ws_session();
    let mut d = HttpDecoder::new();
    let hs_len = upgrade("", "").0.len();
    let qc = feed_all(&mut d, Dir::Client, 0, &c[..hs_len]);
    assert_eq!(qc.len(), 1);
    let up = &qc[0].layer;
    assert_eq!(
        up.get_str(f::http::SEC_WEBSOCKET_KEY),
        Some("dGhlIHNhbXBsZSBub25jZQ==")
    );
    assert_eq!(up.get_str(f::http::SEC_WEBSOCKET_VERSION), Some("13"));
    assert_eq!(up.get_str(f::http::SEC_WEBSOCKET_PROTOCOL), Some("chat"));
    assert_eq!(
        up.get_str(f::http::SEC_WEBSOCKET_EXTENSIONS),
        Some("permessage-deflate")
    );
    assert_eq!(
        super::super::websocket::session_phase(up),
        Some("WebSocket handshake 1/2 upgrade (dial)")
    );
    assert_eq!(d.protocol(), "http");
    let mut qs = feed_all(&mut d, Dir::Server, 0, &s);
    // Binary messages add a `data` layer each (tshark's data dissector).
    qs.retain(|m| m.layer.protocol != "data");
    assert_eq!(d.protocol(), "websocket");
    assert_eq!(qs.len(), 6, "{qs:#?}");
    let ans = &qs[0].layer;
    assert_eq!(ans.protocol, "http");
    assert_eq!(ans.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID), Some(1));
    assert!(ans.anomalies.is_empty());
    assert_eq!(
        super::super::websocket::session_phase(ans),
        Some("WebSocket handshake 2/2 101 (answer)")
    );
    assert_eq!(
        qs[1].layer.get_str(f::websocket::PAYLOAD_TEXT),
        Some("welcome")
    );
    assert_eq!(
        qs[1].stream_offset as usize,
        upgrade("", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=").1.len()
    );
    assert_eq!(
        qs[2].layer.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_16),
        Some(300)
    );
    assert_eq!(
        qs[3].layer.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_64),
        Some(70_000)
    );
    assert_eq!(
        qs[4].layer.get(f::websocket::PAYLOAD_PONG),
        Some(&Value::Bytes(Cow::Borrowed(&b"are you there"[..])))
    );
    let qc = feed_all(&mut d, Dir::Client, hs_len as u64, &c[hs_len..]);
    let got: Vec<_> = qc
        .iter()
        .map(|m| super::super::websocket::summary(&m.layer))
        .collect();
    assert_eq!(
        got,
        [
            "Text [FIN] [MASKED] \"Hello\"",
            "Text [MASKED] (5 bytes)",
            "Ping [FIN] [MASKED] (13 bytes)",
            "Continuation [FIN] [MASKED] [2 fragments] \"frag-mented\"",
            "Close 1000 Normal Closure \"bye\"",
        ]
    );
    assert_eq!(
        qc[3].layer.get_uint(f::websocket::OSIDUMP_MESSAGE_LEN),
        Some(11)
    );
    assert!(qc.iter().chain(&qs).all(|m| m.layer.anomalies.is_empty()));
}

#[test]
fn wrong_accept_is_flagged() {
    let (c, s) = upgrade("", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, &c);
    let r = feed_all(&mut d, Dir::Server, 0, &s);
    assert_eq!(
        r[0].layer.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID),
        Some(0)
    );
    assert_eq!(r[0].layer.anomalies[0].kind, AnomalyKind::Malformed);
    assert!(
        r[0].layer.anomalies[0]
            .reason
            .contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    );
}

fn deflate_raw(data: &[u8], c: &mut flate2::Compress) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 64);
    c.compress_vec(data, &mut out, flate2::FlushCompress::Sync)
        .unwrap();
    out.truncate(out.len() - 4); // the 00 00 ff ff tail, RFC 7692 7.2.1
    out
}

#[test]
fn permessage_deflate_negotiated_by_the_101() {
    for (ext, takeover) in [
        ("Sec-WebSocket-Extensions: permessage-deflate\r\n", true),
        (
            "Sec-WebSocket-Extensions: permessage-deflate; client_no_context_takeover\r\n",
            false,
        ),
    ] {
        let (c, s) = upgrade(ext, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        let mut comp = flate2::Compress::new(flate2::Compression::default(), false);
        let mut frames = Vec::new();
        for msg in [
            "compress me please",
            "compress me please",
            "and again, compress me",
        ] {
            if !takeover {
                comp.reset();
            }
            frames.extend(ws_frame(
                0xc1,
                Some([1, 2, 3, 4]),
                &deflate_raw(msg.as_bytes(), &mut comp),
            ));
        }
        let mut d = HttpDecoder::new();
        feed_all(&mut d, Dir::Client, 0, &c);
        feed_all(&mut d, Dir::Server, 0, &s);
        let r = feed_all(&mut d, Dir::Client, c.len() as u64, &frames);
        let texts: Vec<_> = r
            .iter()
            .map(|m| m.layer.get_str(f::websocket::PAYLOAD_TEXT))
            .collect();
        assert_eq!(
            texts,
            [
                Some("compress me please"),
                Some("compress me please"),
                Some("and again, compress me")
            ]
        );
        assert!(r.iter().all(|m| m.layer.anomalies.is_empty()
            && m.layer.get_uint(f::websocket::OSIDUMP_INFLATED) == Some(1)
            && m.layer.get_uint(f::websocket::PMC) == Some(1)));
    }
}

#[test]
fn every_prefix_of_every_stream_never_panics() {
    let (wc, ws) = ws_session();
    let (bc, bs) = upgrade("Sec-WebSocket-Extensions: permessage-deflate\r\n", "bad");
    let streams: [(&[u8], &[u8]); 3] = [(REQS, RESPS), (&wc, &ws[..2000]), (&bc, &bs)];
    for (c, s) in streams {
        for n in 0..=c.len().max(s.len()) {
            let mut d = HttpDecoder::new();
            let mut out = Vec::new();
            d.feed(Dir::Client, 0, &c[..n.min(c.len())], &mut out);
            d.feed(Dir::Server, 0, &s[..n.min(s.len())], &mut out);
            d.gap(Dir::Server, 7);
            d.feed(Dir::Server, n as u64 + 7, &s[n.min(s.len())..], &mut out);
            d.finish(&mut out);
            for m in &out {
                let _ = summary(&m.layer);
                let _ = super::super::websocket::summary(&m.layer);
            }
        }
    }
}

/// TCP segments of a capture, as (frame, time, conversation side key,
/// flags, seq, payload), Ethernet + IPv4 only, parsed by hand.
type Seg = (u64, i128, ([u8; 6], [u8; 6]), u8, u32, Vec<u8>);

fn segments(path: &std::path::Path) -> Vec<Seg> {
    use crate::source::FrameSource;
    let mut src = crate::source::file::FileSource::open(path).unwrap();
    let mut v = Vec::new();
    while let Ok(Some(f)) = src.next_frame() {
        let b = f.data;
        if b.len() < 34 || b[12..14] != [8, 0] || b[23] != 6 {
            continue;
        }
        let ihl = usize::from(b[14] & 15) * 4;
        let total = usize::from(u16::from_be_bytes([b[16], b[17]]));
        let t = 14 + ihl;
        let end = (14 + total).min(b.len());
        if end < t + 20 {
            continue;
        }
        let off = usize::from(b[t + 12] >> 4) * 4;
        let mut a = [0u8; 6];
        a[..4].copy_from_slice(&b[26..30]);
        a[4..].copy_from_slice(&b[t..t + 2]);
        let mut z = [0u8; 6];
        z[..4].copy_from_slice(&b[30..34]);
        z[4..].copy_from_slice(&b[t + 2..t + 4]);
        let seq = u32::from_be_bytes([b[t + 4], b[t + 5], b[t + 6], b[t + 7]]);
        let payload = b.get(t + off..end).unwrap_or(&[]).to_vec();
        v.push((f.number, f.ts.as_nanos(), (a, z), b[t + 13], seq, payload));
    }
    v
}

/// Feeds one capture's TCP conversations through `HttpDecoder`, in
/// order (retransmissions trimmed, holes reported as gaps); returns
/// (frame, layer) for every message.
fn run_capture(path: &std::path::Path) -> Vec<(u64, Layer<'static>)> {
    use std::collections::HashMap;
    struct Conv {
        client: ([u8; 6], [u8; 6]),
        next: [Option<u32>; 2],
        off: [u64; 2],
        dec: HttpDecoder,
    }
    let mut convs: HashMap<([u8; 6], [u8; 6]), Conv> = HashMap::new();
    let mut out = Vec::new();
    for (n, ts, (a, z), flags, seq, payload) in segments(path) {
        let key = if a < z { (a, z) } else { (z, a) };
        let c = convs.entry(key).or_insert_with(|| Conv {
            client: (a, z),
            next: [None; 2],
            off: [0; 2],
            dec: HttpDecoder::new(),
        });
        if flags & 0x12 == 0x02 {
            c.client = (a, z);
        }
        let dir = if c.client == (a, z) {
            Dir::Client
        } else {
            Dir::Server
        };
        let i = dir.index();
        let syn_fin = u32::from(flags & 0x03 != 0);
        let next = *c.next[i].get_or_insert(seq.wrapping_add(u32::from(flags & 0x02 != 0)));
        let ahead = seq.wrapping_sub(next) as i32;
        let mut data = &payload[..];
        if ahead < 0 {
            data = &data[((-ahead) as usize).min(data.len())..];
        } else if ahead > 0 && !data.is_empty() {
            c.dec.gap(dir, ahead as u64);
            c.off[i] += ahead as u64;
        }
        if ahead >= 0 || !data.is_empty() {
            let adv = data.len() as u32 + if ahead >= 0 { ahead as u32 } else { 0 };
            c.next[i] = Some(next.wrapping_add(adv).wrapping_add(syn_fin));
        }
        let mut msgs = Vec::new();
        if !data.is_empty() {
            c.dec.set_time_ns(ts);
            c.dec.feed(dir, c.off[i], data, &mut msgs);
            c.off[i] += data.len() as u64;
        }
        out.extend(msgs.into_iter().map(|m| (n, m.layer)));
    }
    for c in convs.values_mut() {
        let mut msgs = Vec::new();
        c.dec.finish(&mut msgs);
        out.extend(msgs.into_iter().map(|m| (u64::MAX, m.layer)));
    }
    out
}

/// Real captures under $OSIDUMP_CORPUS, compared with values read by
/// tshark 4.0.17, e.g.
/// `tshark -r F -T fields -e frame.number -e http.request.method
///  -e http.response.code -e http.time -e websocket.opcode -Y 'http||websocket'`.
#[test]
fn corpus_against_tshark() {
    let Some(dir) = std::env::var_os("OSIDUMP_CORPUS") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let ops = |msgs: &[(u64, Layer<'static>)]| -> Vec<(u64, u64)> {
        msgs.iter()
            .filter_map(|(n, l)| Some((*n, l.get_uint(f::websocket::OPCODE)?)))
            .collect()
    };

    // two-binary-fragments: 4 GET /, 6 101 (time 0.000191000), 8 ping,
    // 10 pong, 11 binary, 13 binary + continuation (12 bytes), 14/15 close.
    let m = run_capture(&dir.join("zeek/websocket/two-binary-fragments.pcap"));
    assert_eq!(
        ops(&m),
        [
            (8, 9),
            (10, 10),
            (11, 2),
            (13, 2),
            (13, 0),
            (14, 8),
            (15, 8)
        ]
    );
    let ans = m.iter().find(|(n, _)| *n == 6).map(|(_, l)| l).unwrap();
    assert_eq!(ans.get_uint(f::http::RESPONSE_CODE), Some(101));
    assert_eq!(ans.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID), Some(1));
    assert_eq!(ans.get(f::http::TIME).unwrap().to_string(), "0.000191000");
    assert_eq!(
        ans.get_str(f::http::RESPONSE_FOR_URI),
        Some("http://localhost:8080/")
    );
    let last = &m
        .iter()
        .find(|(n, l)| *n == 13 && l.get_uint(f::websocket::OPCODE) == Some(0))
        .unwrap()
        .1;
    assert_eq!(last.get_uint(f::websocket::REASSEMBLED_LENGTH), Some(12));
    assert_eq!(last.get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE), None);
    let close = &m.iter().find(|(n, _)| *n == 14).unwrap().1;
    assert_eq!(
        close.get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE),
        Some(1000)
    );

    // reply-ping-coalesced: the ping shares frame 6 with the 101.
    let m = run_capture(&dir.join("zeek/websocket/reply-ping-coalesced.pcap"));
    assert_eq!(
        ops(&m).iter().map(|o| o.1).collect::<Vec<_>>(),
        [9, 10, 1, 1, 8, 8]
    );
    assert_eq!(ops(&m)[0].0, 6);

    // wrong-accept-header: frame 6 answers key VMueuJIhu60C0hDKL+vS6g==
    // with N8ntNYkX6Qerw4tK3s/CYzpSZNc=-wrong (right: ...ZNc=).
    let m = run_capture(&dir.join("zeek/websocket/wrong-accept-header.pcap"));
    let ans = m.iter().find(|(n, _)| *n == 6).map(|(_, l)| l).unwrap();
    assert_eq!(ans.get_uint(f::websocket::OSIDUMP_ACCEPT_VALID), Some(0));
    assert!(!ans.anomalies.is_empty());

    // pipelined-requests: responses in frames 5, 12, 15, 18, 45.
    let m = run_capture(&dir.join("zeek/http/pipelined-requests.pcap"));
    let resp: Vec<_> = m
        .iter()
        .filter(|(_, l)| l.get_uint(f::http::RESPONSE) == Some(1))
        .take(5)
        .map(|(n, l)| {
            (
                *n,
                l.get(f::http::TIME)
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
                l.get_uint(f::http::CONTENT_LENGTH),
            )
        })
        .collect();
    assert_eq!(
        resp,
        [
            (5, "0.018034000".to_string(), Some(946)),
            (12, "0.007354000".to_string(), Some(6716)),
            (15, "0.005036000".to_string(), Some(94)),
            (18, "0.005565000".to_string(), Some(2349)),
            (45, "0.012293000".to_string(), Some(27579)),
        ]
    );
    let first = m.iter().find(|(n, _)| *n == 5).unwrap();
    assert_eq!(
        first.1.get_str(f::http::RESPONSE_FOR_URI),
        Some("http://www.mozilla.org/style/enhanced.css")
    );

    // Every other capture of the kind goes through without a panic.
    for sub in ["zeek/websocket", "zeek/http"] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap().flatten() {
            if e.path().is_file() {
                run_capture(&e.path());
            }
        }
    }
    for f in [
        "TwoHttpRequests.pcap",
        "TwoHttpResponses.pcap",
        "PartialHttpRequest.pcap",
        "HttpMalformedResponse.pcapng",
    ] {
        run_capture(&dir.join("pcapplusplus").join(f));
    }
}

#[test]
fn header_values_keep_their_trailing_blanks() {
    // zeek/http/pipelined-requests.pcap frame 5: tshark's http.cache_control
    // is "max-age=900       " (the value runs to the line's end).
    let r = feed_all(
        &mut HttpDecoder::new(),
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nHost: a \r\nCache-Control: max-age=900   \r\n\r\n",
    );
    assert_eq!(
        r[0].layer.get_str(f::http::CACHE_CONTROL),
        Some("max-age=900   ")
    );
    assert_eq!(r[0].layer.get_str(f::http::HOST), Some("a "));
    // The full URI takes the host stripped, as Wireshark's g_strstrip.
    assert_eq!(
        r[0].layer.get_str(f::http::REQUEST_FULL_URI),
        Some("http://a/")
    );
    // An absolute URI is the full URI as it is (tcpdump
    // ipv4_tcp_http_xml_tso.pcap); any other after scheme and host, SSDP's
    // `*` included (tshark: "http://239.255.255.250:1900*").
    for (req, full) in [
        (
            &b"POST http://h//r?x HTTP/1.1\r\nHost: h\r\n\r\n"[..],
            "http://h//r?x",
        ),
        (
            b"M-SEARCH * HTTP/1.1\r\nHost: 239.255.255.250:1900\r\n\r\n",
            "http://239.255.255.250:1900*",
        ),
    ] {
        let r = feed_all(&mut HttpDecoder::new(), Dir::Client, 0, req);
        assert_eq!(r[0].layer.get_str(f::http::REQUEST_FULL_URI), Some(full));
    }
}

#[test]
fn ssdp_notify_is_a_notification_and_m_search_counts_per_conversation() {
    // pcap-parser/wireshark_samples-test.pcapng: NOTIFY frames carry
    // http.notification (no http.request, request line or number); the
    // M-SEARCHes 192.168.152.3:55867 sends to 239.255.255.250:1900
    // (frames 299, 300, 306, 308) are requests 1, 2, 3, 4.
    use crate::dissect::spec::{Datagram, DatagramDecoder};
    let conv = |port: u16| crate::flow::ConvKey {
        v6: false,
        a: ([0; 16], port),
        b: ([1; 16], 1900),
    };
    let mut ssdp = Ssdp::default();
    let mut run = |payload: &'static [u8], c| {
        let d = Datagram {
            payload,
            reported: payload.len(),
            at: 0,
            sport: 1,
            dport: 1900,
            conv: c,
            frame: 1,
            ts_ns: 0,
            cut: false,
            nested: false,
            src_is_a: true,
            memory_pressed: false,
        };
        let mut out = Vec::new();
        ssdp.datagram(&d, &mut out);
        out.pop().expect("a layer").into_owned()
    };
    let notify = b"NOTIFY * HTTP/1.1\r\nHost: 239.255.255.250:1900\r\nNT: upnp:rootdevice\r\n\r\n";
    let search = b"M-SEARCH * HTTP/1.1\r\nHost: 239.255.255.250:1900\r\nMX: 1\r\n\r\n";
    let l = run(notify, conv(49152));
    assert_eq!(l.get_uint(f::http::NOTIFICATION), Some(1));
    assert_eq!(l.get(f::http::REQUEST), None);
    assert_eq!(l.get(f::http::REQUEST_NUMBER), None);
    assert!(strs(&l, f::http::REQUEST_LINE).is_empty());
    assert_eq!(
        l.get_str(f::http::REQUEST_FULL_URI),
        Some("http://239.255.255.250:1900*")
    );
    for n in 1..=4 {
        let l = run(search, conv(55867));
        assert_eq!(l.get_uint(f::http::REQUEST), Some(1));
        assert_eq!(l.get_uint(f::http::REQUEST_NUMBER), Some(n));
        assert_eq!(strs(&l, f::http::REQUEST_LINE).len(), 2);
        // Another conversation counts on its own, notifications not at all.
        let l = run(search, conv(1));
        assert_eq!(l.get_uint(f::http::REQUEST_NUMBER), Some(n));
        run(notify, conv(55867));
    }
}

// ---------------------------------------------------------------------------
// Bodies: http.file_data and the body's protocol, as tshark 4.0 shows them
// (each expectation read off tshark 4.0 on the same bytes).
// ---------------------------------------------------------------------------

/// The response to one GET whose headers are `headers` and body `body`.
fn response_with(headers: &str, body: &[u8]) -> Layer<'static> {
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let mut resp = format!("HTTP/1.1 200 OK\r\n{headers}").into_bytes();
    if !headers.contains("Transfer-Encoding") {
        resp.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    resp.extend_from_slice(b"\r\n");
    resp.extend_from_slice(body);
    let mut out = feed_all(&mut d, Dir::Server, 0, &resp);
    assert_eq!(out.len(), 1, "{headers:?}");
    out.remove(0).layer
}

fn gzip(b: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

fn zlib(b: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

fn raw_deflate(b: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

fn br(b: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        w.write_all(b).unwrap();
    }
    out
}

const PAGE: &[u8] = b"<html>hello world</html>\n<html>hello world</html>\n";

fn body_protocol<'a>(l: &'a Layer<'_>) -> Option<&'a str> {
    l.get_str(f::http::OSIDUMP_BODY_PROTOCOL)
}

fn decompression_failed(l: &Layer<'_>) -> bool {
    l.has(f::http::DECOMPRESSION_FAILED)
}

#[test]
fn plain_text_body_is_file_data_and_text_lines() {
    let l = response_with("Content-Type: text/html; charset=utf-8\r\n", PAGE);
    assert_eq!(
        l.get_str(f::http::FILE_DATA),
        Some(std::str::from_utf8(PAGE).unwrap())
    );
    assert_eq!(body_protocol(&l), Some("data-text-lines"));
    assert!(!l.has(f::data::DATA));
}

#[test]
fn every_content_coding_tshark_undoes_gives_the_same_text() {
    for (coding, body) in [
        ("gzip", gzip(PAGE)),
        ("x-gzip", gzip(PAGE)),
        ("GZIP", gzip(PAGE)),
        ("deflate", zlib(PAGE)),
        ("deflate", raw_deflate(PAGE)),
        ("x-deflate", zlib(PAGE)),
        ("br", br(PAGE)),
        ("identity", PAGE.to_vec()),
    ] {
        let l = response_with(
            &format!("Content-Type: text/html\r\nContent-Encoding: {coding}\r\n"),
            &body,
        );
        assert_eq!(
            l.get_str(f::http::FILE_DATA),
            Some(std::str::from_utf8(PAGE).unwrap()),
            "{coding}"
        );
        assert_eq!(body_protocol(&l), Some("data-text-lines"), "{coding}");
        assert!(!decompression_failed(&l), "{coding}");
    }
}

#[test]
fn chunked_then_gzip_is_dechunked_before_decoding() {
    let z = gzip(PAGE);
    let mut body = Vec::new();
    for part in [&z[..10], &z[10..25], &z[25..]] {
        body.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        body.extend_from_slice(part);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"0\r\nX-T: 1\r\n\r\n");
    let l = response_with(
        "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
        &body,
    );
    assert_eq!(
        l.get_str(f::http::FILE_DATA),
        Some(std::str::from_utf8(PAGE).unwrap())
    );
    assert_eq!(
        l.get_uint(f::http::OSIDUMP_DECODED_LEN),
        Some(PAGE.len() as u64)
    );
    // Each data chunk's bytes and the CRLF after them, as tshark lists them.
    let data: Vec<&[u8]> = l
        .all(f::http::CHUNK_DATA)
        .map(|v| match v {
            Value::Bytes(b) => &**b,
            _ => panic!("{v:?}"),
        })
        .collect();
    assert_eq!(data, [&z[..10], &z[10..25], &z[25..]]);
    assert_eq!(l.all(f::http::CHUNK_BOUNDARY).count(), 3);
    assert!(
        l.all(f::http::CHUNK_BOUNDARY)
            .all(|v| matches!(v, Value::Bytes(b) if &**b == b"\r\n"))
    );
    // Only the final empty chunk: no body at all.
    let l = response_with(
        "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
        b"0\r\n\r\n",
    );
    assert!(!l.has(f::http::FILE_DATA));
    assert_eq!(body_protocol(&l), None);
}

#[test]
fn codings_tshark_cannot_undo_are_data_flagged_decompression_failed() {
    let z = gzip(PAGE);
    let mut fhcrc = z.clone();
    fhcrc[3] |= 2;
    fhcrc.splice(10..10, [0u8, 0]);
    for (coding, body) in [
        // The value is compared as sent: a trailing blank is not gzip.
        ("gzip ", z.clone()),
        ("gzip, br", br(&z)),
        ("compress", PAGE.to_vec()),
        ("gzip", PAGE.to_vec()),
        ("gzip", z[..5].to_vec()),
        // tshark does not skip a gzip header's CRC.
        ("gzip", fhcrc),
        ("br", b"\xff\xff\xff\xff garbage".to_vec()),
        (
            "deflate",
            b"\x78\x9c\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff".to_vec(),
        ),
    ] {
        let l = response_with(
            &format!("Content-Type: text/html\r\nContent-Encoding: {coding}\r\n"),
            &body,
        );
        assert!(decompression_failed(&l), "{coding} {body:02x?}");
        assert!(!l.has(f::http::FILE_DATA), "{coding}");
        assert_eq!(body_protocol(&l), Some("data"), "{coding}");
        assert_eq!(l.get_uint(f::data::LEN), Some(body.len() as u64));
    }
}

#[test]
fn truncated_and_odd_gzip_streams_decode_as_far_as_tshark_does() {
    let lines: String = (0..300).map(|i| format!("line {i}\n")).collect();
    let z = gzip(lines.as_bytes());
    // Cut short: what decoded so far.
    let l = response_with(
        "Content-Type: text/plain\r\nContent-Encoding: gzip\r\n",
        &z[..z.len() / 2],
    );
    let text = l.get_str(f::http::FILE_DATA).unwrap();
    assert!(text.len() > 100 && lines.starts_with(text), "{text:?}");
    let z = gzip(PAGE);
    // Two members: the first only; a bad CRC is not checked.
    let mut two = gzip(b"first\n");
    two.extend(gzip(b"second\n"));
    let l = response_with(
        "Content-Type: text/plain\r\nContent-Encoding: gzip\r\n",
        &two,
    );
    assert_eq!(l.get_str(f::http::FILE_DATA), Some("first\n"));
    let mut bad_crc = z.clone();
    let n = bad_crc.len();
    bad_crc[n - 5] ^= 0xff;
    let l = response_with(
        "Content-Type: text/plain\r\nContent-Encoding: gzip\r\n",
        &bad_crc,
    );
    assert_eq!(
        l.get_str(f::http::FILE_DATA),
        Some(std::str::from_utf8(PAGE).unwrap())
    );
    // An empty body decoded: nothing shown.
    let l = response_with(
        "Content-Type: text/plain\r\nContent-Encoding: gzip\r\n",
        &gzip(b""),
    );
    assert!(!l.has(f::http::FILE_DATA));
    assert_eq!(body_protocol(&l), None);
    assert!(!decompression_failed(&l));
}

#[test]
fn a_decompression_bomb_stops_at_the_cap_and_is_marked() {
    let bomb = gzip(&vec![b'A'; body::DECODED_CAP + (1 << 20)]);
    assert!(bomb.len() < 64 << 10);
    let l = response_with(
        "Content-Type: text/plain\r\nContent-Encoding: gzip\r\n",
        &bomb,
    );
    assert_eq!(
        l.get_uint(f::http::OSIDUMP_DECODED_LEN),
        Some(body::DECODED_CAP as u64)
    );
    // No NUL in what was kept: the value would be longer, so it is left out.
    assert!(!l.has(f::http::FILE_DATA));
    assert!(l.anomalies.iter().any(|a| a.kind == AnomalyKind::Evicted));
    // The same for brotli.
    let bomb = br(&vec![0u8; body::DECODED_CAP + 1]);
    let l = response_with(
        "Content-Type: text/plain\r\nContent-Encoding: br\r\n",
        &bomb,
    );
    assert_eq!(
        l.get_uint(f::http::OSIDUMP_DECODED_LEN),
        Some(body::DECODED_CAP as u64)
    );
    // A NUL first: the string is empty whatever follows.
    assert_eq!(l.get_str(f::http::FILE_DATA), Some(""));
}

#[test]
fn file_data_is_ascii_up_to_the_first_nul() {
    let l = response_with("Content-Type: text/plain\r\n", "héllo\0wörld".as_bytes());
    assert_eq!(l.get_str(f::http::FILE_DATA), Some("h\u{fffd}\u{fffd}llo"));
}

#[test]
fn body_protocol_by_media_type_then_heuristics() {
    let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00";
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01";
    let jfif = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00";
    for (ct, body, want) in [
        (Some("image/gif"), &gif[..], Some("image-gif")),
        // Under 20 bytes, the image dissectors refuse it.
        (Some("image/gif"), &gif[..19], Some("media")),
        (Some("image/png"), &png[..], Some("png")),
        (Some("image/jpeg"), &jfif[..], Some("image-jfif")),
        // The table's dissector refuses, a heuristic takes it.
        (Some("image/gif"), &png[..], Some("png")),
        (None, &gif[..], Some("image-gif")),
        (None, &gif[..19], Some("data")),
        (None, &b"hello"[..], Some("data")),
        (
            Some("application/octet-stream"),
            &b"hello"[..],
            Some("data"),
        ),
        (Some("application/javascript"), &b"x"[..], Some("media")),
        (Some("text/javascript"), &b"x"[..], Some("data-text-lines")),
        (Some("TEXT/HTML"), &b"x"[..], Some("data-text-lines")),
        (Some("text/xml"), &b"\x00\x01"[..], Some("xml")),
        // The text dissector hands an XML document of more than 38 bytes
        // to XML.
        (
            Some("text/html"),
            &b"<?XML version=\"1.0\" encoding=\"iso-8859-1\"?><a/>"[..],
            Some("data-text-lines:xml"),
        ),
        (
            Some("text/plain"),
            &b"<?xml version=\"1.0\" encoding=\"u8\"?>"[..],
            Some("data-text-lines"),
        ),
        (
            Some("application/x-www-form-urlencoded"),
            &b"a=1"[..],
            Some("urlencoded-form"),
        ),
        (
            Some("application/json"),
            &b" {\"a\": [1, 2]}\n[]"[..],
            Some("json"),
        ),
        (
            Some("application/json"),
            &b"123"[..],
            Some("json:data-text-lines"),
        ),
        (
            Some("application/json"),
            &b"{\"a\":1} x"[..],
            Some("json:data-text-lines"),
        ),
        (
            Some("application/json"),
            &b"{\"a\":"[..],
            Some("json:data-text-lines"),
        ),
        // A dissector osidump does not have: nothing is claimed.
        (
            Some("application/pkix-cert"),
            &b"0\x03\x0a\x01\x01"[..],
            None,
        ),
        // Other heuristics of tshark's could take these.
        (None, &b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"[..], None),
    ] {
        let headers = ct.map_or(String::new(), |c| format!("Content-Type: {c}\r\n"));
        let l = response_with(&headers, body);
        assert_eq!(body_protocol(&l), want, "{ct:?} {body:02x?}");
        assert_eq!(
            l.has(f::http::SUBDISSECTOR_FAILED),
            ct == Some("image/gif") && want != Some("image-gif"),
            "{ct:?}"
        );
        if want == Some("data") {
            assert_eq!(l.get_uint(f::data::LEN), Some(body.len() as u64));
        }
    }
}

#[test]
fn a_multipart_body_is_a_layer_of_its_own() {
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let body = b"--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n--x--\r\n";
    let resp = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: multipart/mixed; boundary=x\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let mut bytes = resp.into_bytes();
    bytes.extend_from_slice(body);
    let out = feed_all(&mut d, Dir::Server, 0, &bytes);
    assert_eq!(out.len(), 2);
    assert_eq!(body_protocol(&out[0].layer), None);
    let m = &out[1].layer;
    assert_eq!(m.protocol, "mime_multipart");
    assert_eq!(m.get_str(f::mime_multipart::TYPE), Some("multipart/mixed"));
    assert_eq!(
        m.get_str(f::mime_multipart::OSIDUMP_PROTOCOLS),
        Some("data-text-lines")
    );
    // Without a boundary: tshark's expert item, and the body as data,
    // the multipart dissector listed (it took the bytes).
    let l = response_with("Content-Type: multipart/mixed\r\n", b"--x\r\n");
    assert!(l.has(f::mime_multipart::NO_REQUIRED_PARAMETER));
    assert_eq!(body_protocol(&l), Some("mime_multipart:data"));
    assert_eq!(l.get_uint(f::data::LEN), Some(5));
}

#[test]
fn bytes_after_an_unknown_upgrade_are_data_under_an_empty_http_item() {
    let mut d = HttpDecoder::new();
    feed_all(
        &mut d,
        Dir::Client,
        0,
        b"POST /attach HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n",
    );
    let out = feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n",
    );
    assert_eq!(out.len(), 1);
    let out = feed_all(&mut d, Dir::Server, 66, b"\x01\x00\x00\x00");
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].layer.protocol, "http");
    assert!(out[0].layer.fields.is_empty());
    assert_eq!(out[1].layer.protocol, "data");
    assert_eq!(out[1].layer.get_uint(f::data::LEN), Some(4));
}

#[test]
fn a_body_cut_by_the_end_of_the_stream_shows_none() {
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nabc",
    );
    let mut out = Vec::new();
    d.finish(&mut out);
    assert_eq!(out.len(), 1);
    assert!(!out[0].layer.has(f::http::FILE_DATA));
    assert_eq!(body_protocol(&out[0].layer), None);
}

#[test]
fn a_long_body_is_kept_up_to_the_cap_and_charged() {
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let total = body::BODY_KEEP + (1 << 20);
    let head =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {total}\r\n\r\n");
    let mut at = 0u64;
    feed_all(&mut d, Dir::Server, at, head.as_bytes());
    at += head.len() as u64;
    // A NUL early on: the value is whole even though the body is not kept.
    let mut piece = vec![b'a'; 64 << 10];
    piece[10] = 0;
    let mut out = Vec::new();
    let mut fed = 0;
    while fed < total {
        let n = piece.len().min(total - fed);
        d.feed(Dir::Server, at, &piece[..n], &mut out);
        at += n as u64;
        fed += n;
        if fed < total {
            // What is held is charged, and never more than the cap.
            assert!(d.heap_bytes() >= fed.min(body::BODY_KEEP));
            assert!(d.heap_bytes() < body::BODY_KEEP * 2 + (1 << 20));
        }
    }
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    assert_eq!(l.get_str(f::http::FILE_DATA), Some("aaaaaaaaaa"));
    assert_eq!(body_protocol(l), Some("data-text-lines"));
    assert_eq!(l.get_uint(f::http::OSIDUMP_BODY_LEN), Some(total as u64));
    // Without a NUL in what was kept, the value would be cut: left out, marked.
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let mut resp = head.into_bytes();
    resp.extend(std::iter::repeat_n(b'a', total));
    let out = feed_all(&mut d, Dir::Server, 0, &resp);
    assert!(!out[0].layer.has(f::http::FILE_DATA));
    assert!(
        out[0]
            .layer
            .anomalies
            .iter()
            .any(|a| a.kind == AnomalyKind::Evicted)
    );
    assert_eq!(body_protocol(&out[0].layer), Some("data-text-lines"));
}

/// http-packets.pcap (Tests_ExamplesTest_pcap_examples), frames 492-500:
/// segments of a response past a lost segment, in a conversation whose
/// request tshark read. tshark 4.0 shows each as `HTTP` `Continuation`:
/// a first byte that is not printable (a tab) gives the `http` item the
/// whole segment as data; otherwise the lines holding a ':' are headers
/// (the first of frame 493, shown as http.unknown_header), and what
/// follows the first line without one is the body: http.file_data, data.
#[test]
fn segments_past_a_gap_are_continuation() {
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    d.set_frame(1);
    d.feed(
        Dir::Client,
        0,
        b"GET /x.js HTTP/1.1\r\nHost: h\r\n\r\n",
        &mut out,
    );
    d.set_frame(2);
    d.feed(
        Dir::Server,
        0,
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nva",
        &mut out,
    );
    out.clear();
    d.gap(Dir::Server, 1000);
    let cont = |l: &Layer<'_>| {
        let mut s = String::new();
        super::summary::info(&mut s, std::slice::from_ref(l), 0);
        s
    };
    // A tab first: data only.
    d.set_frame(3);
    d.feed(Dir::Server, 1060, b"\t\treturn false;\r\n}\r\n", &mut out);
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    assert_eq!(cont(l), "Continuation");
    assert_eq!(l.get_uint(f::data::LEN), Some(20));
    assert!(!l.has(f::http::FILE_DATA));
    // A header-like first line, then a line without ':': the body.
    d.set_frame(4);
    d.feed(
        Dir::Server,
        1082,
        b"eason' : 'x' };\r\n\t\treturn;\r\n",
        &mut out,
    );
    assert_eq!(out.len(), 2);
    let l = &out[1].layer;
    assert_eq!(cont(l), "Continuation");
    assert_eq!(l.get_str(f::http::FILE_DATA), Some("\t\treturn;\r\n"));
    assert_eq!(l.get_uint(f::data::LEN), Some(11));
    // No ':' in the first line: all of it is the body.
    d.set_frame(5);
    d.feed(Dir::Server, 1115, b" i, j;\r\n\r\npar = 1;", &mut out);
    assert_eq!(
        out[2].layer.get_str(f::http::FILE_DATA),
        Some(" i, j;\r\n\r\npar = 1;")
    );
    // No line end yet: tshark asks for one more segment and reads both.
    d.set_frame(6);
    d.feed(Dir::Server, 1134, b"abc", &mut out);
    assert_eq!(out.len(), 3);
    d.set_frame(7);
    d.feed(Dir::Server, 1137, b"def\r\n", &mut out);
    assert_eq!(out.len(), 4);
    assert_eq!(out[3].stream_offset, 1134);
    assert_eq!(out[3].layer.get_str(f::http::FILE_DATA), Some("abcdef\r\n"));
    // A status line first: a message again.
    d.set_frame(8);
    d.feed(
        Dir::Server,
        1142,
        b"HTTP/1.1 204 No Content\r\n\r\n",
        &mut out,
    );
    assert_eq!(out.len(), 5);
    assert_eq!(out[4].layer.get_uint(f::http::RESPONSE_CODE), Some(204));
}

/// http-packets.pcap frame 2: a status line with an empty reason phrase,
/// `HTTP/1.1 200 ` (blank kept), then HTTP's own blank, before TCP's
/// note: `HTTP/1.1 200   [TCP segment of a reassembled PDU]`.
#[test]
fn pending_status_line_keeps_its_blank() {
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    d.set_frame(1);
    d.feed(
        Dir::Server,
        0,
        b"HTTP/1.1 200 \r\nContent-Length: 10\r\n\r\nabc",
        &mut out,
    );
    assert!(out.is_empty());
    let mut s = String::new();
    assert!(d.pending_info(Dir::Server, &mut s));
    assert_eq!(s, "HTTP/1.1 200  ");
}

/// tshark 4.0 on crafted conversations to port 80 (and 4711, alike): a
/// request line whose method `is_http_request_or_reply` does not know
/// (WEIRD, QUERY, M-WEIRD, lower-case get) starts no HTTP message. As a
/// conversation's first message its segment is plain TCP, the GET after
/// it in the same segment too; after a request it is `Continuation` data
/// to the segment's end (`http:data`), while M-GET and PATCH are requests.
#[test]
fn methods_tshark_does_not_know_start_no_message() {
    let req = |m: &str| format!("{m} /x HTTP/1.1\r\nHost: a\r\n\r\n").into_bytes();
    for m in ["WEIRD", "QUERY", "M-WEIRD", "get", "ACL"] {
        let mut d = HttpDecoder::new();
        d.set_frame(1);
        let out = feed_all(&mut d, Dir::Client, 0, &[req(m), req("GET")].concat());
        assert!(out.is_empty(), "{m}");
    }
    for m in ["M-GET", "PATCH", "SSTP_DUPLEX_POST", "VERSION-CONTROL"] {
        let mut d = HttpDecoder::new();
        d.set_frame(1);
        let out = feed_all(&mut d, Dir::Client, 0, &req(m));
        assert_eq!(out[0].layer.get_str(f::http::REQUEST_METHOD), Some(m));
    }
    let mut d = HttpDecoder::new();
    d.set_frame(1);
    let seg = [req("GET"), req("WEIRD")].concat();
    let out = feed_all(&mut d, Dir::Client, 0, &seg);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].layer.get_str(f::http::REQUEST_METHOD), Some("GET"));
    assert_eq!(
        out[1].layer.get_uint(f::http::OSIDUMP_CONTINUATION),
        Some(req("WEIRD").len() as u64)
    );
    assert_eq!(out[1].stream_end, seg.len() as u64);
    // A method alone on its line is a request to tshark (no URI, no
    // version): zeek's http/methods.pcap frame 34.
    let mut d = HttpDecoder::new();
    d.set_frame(1);
    let out = feed_all(&mut d, Dir::Client, 0, b"OPTIONS\nHost: www.google.com\n\n");
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    assert_eq!(l.get_str(f::http::REQUEST_METHOD), Some("OPTIONS"));
    assert_eq!(l.get_str(f::http::REQUEST_URI), Some(""));
    assert_eq!(l.get_str(f::http::REQUEST_VERSION), Some(""));
}

/// An OCSP body is a layer of its own after HTTP's (tshark's `ocsp`,
/// called from the media-type table), with HTTP's body fields before it.
#[test]
fn an_ocsp_body_is_a_layer_of_its_own() {
    let mut d = HttpDecoder::new();
    feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    let resp = b"HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\n\
                 Content-Length: 5\r\n\r\n0\x03\x0a\x01\x01";
    let out = feed_all(&mut d, Dir::Server, 0, resp);
    let layers: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(layers, ["http", "ocsp"]);
    assert_eq!(out[1].stream_offset, out[0].stream_offset);
    assert_eq!(out[1].stream_end, out[0].stream_end);
    assert!(out[0].layer.has(f::http::FILE_DATA));
    assert!(!out[0].layer.has(f::http::OSIDUMP_BODY_PROTOCOL));
    let ocsp = &out[1].layer;
    assert_eq!(ocsp.get_str(f::ocsp::OSIDUMP_MESSAGE), Some("Response"));
    // malformedRequest, and no responseBytes.
    assert_eq!(ocsp.get_uint(f::ocsp::RESPONSESTATUS), Some(1));
    assert!(!ocsp.has(f::ocsp::RESPONSEBYTES_ELEMENT));
    assert!(ocsp.anomalies.is_empty());
}

/// `Authorization: NTLM` carries an NTLMSSP message (base64), shown as
/// tshark shows it under the header: a layer after HTTP's, then the body.
#[test]
fn an_ntlm_authorization_header_carries_ntlmssp() {
    let mut d = HttpDecoder::new();
    // The NEGOTIATE message of zeek's erspan trace (tshark: ntlmssp,
    // message type 1, flags 0xa2088207).
    let req = b"GET / HTTP/1.1\r\nAuthorization: NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==\r\n\r\n";
    let out = feed_all(&mut d, Dir::Client, 0, req);
    let layers: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(layers, ["http", "ntlmssp"]);
    let n = &out[1].layer;
    assert_eq!(n.get_uint(f::ntlmssp::MESSAGETYPE), Some(1));
    assert_eq!(n.get_uint(f::ntlmssp::NEGOTIATEFLAGS), Some(0xa208_8207));
    assert_eq!(out[1].stream_offset, out[0].stream_offset);
    // Negotiate without NTLMSSP inside: GSS-API's (here an empty token).
    let mut d = HttpDecoder::new();
    let req = b"GET / HTTP/1.1\r\nAuthorization: Negotiate YAA=\r\n\r\n";
    let out = feed_all(&mut d, Dir::Client, 0, req);
    assert_eq!(out[1].layer.protocol, "gss-api");
}

/// `Basic` credentials are decoded into `http.authbasic` (the prefix in
/// any case; GLib's decoder skips what is not base64).
#[test]
fn basic_credentials_are_decoded() {
    let mut d = HttpDecoder::new();
    let req = b"GET / HTTP/1.1\r\nProxy-Authorization: basic dXNl cjpwYXNz\r\n\r\n";
    let out = feed_all(&mut d, Dir::Client, 0, req);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.get_str(f::http::AUTHBASIC), Some("user:pass"));
    assert_eq!(lenient_base64("YQ==garbage"), b"a");
    assert_eq!(lenient_base64("Y*W*J*j"), b"abc");
}

// ---------------------------------------------------------------------------
// CONNECT tunnels
// ---------------------------------------------------------------------------

/// A CONNECT to `target` answered by `status`, each in a frame of its own
/// (1 and 2); returns the decoder and the stream offsets after them.
fn connect(target: &str, status: &str) -> (HttpDecoder, u64, u64) {
    let mut d = HttpDecoder::new();
    let req = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n");
    // A refusal says how long its (empty) body is; a 2xx to CONNECT has none.
    let length = if status.starts_with('2') {
        ""
    } else {
        "Content-Length: 0\r\n"
    };
    let resp = format!("HTTP/1.1 {status}\r\n{length}\r\n");
    d.set_frame(1);
    let q = feed_all(&mut d, Dir::Client, 0, req.as_bytes());
    assert_eq!(q.len(), 1);
    d.set_frame(2);
    let r = feed_all(&mut d, Dir::Server, 0, resp.as_bytes());
    assert_eq!(r.len(), 1);
    (d, req.len() as u64, resp.len() as u64)
}

fn proxy_fields<'a>(l: &'a Layer<'_>) -> (Option<&'a str>, Option<u64>) {
    (
        l.get_str(f::http::PROXY_CONNECT_HOST),
        l.get_uint(f::http::PROXY_CONNECT_PORT),
    )
}

/// A TLS 1.2 alert record (handshake failure).
const ALERT: &[u8] = b"\x15\x03\x03\x00\x02\x02\x28";

#[test]
fn connect_200_hands_the_tunnel_to_the_uri_port() {
    let (mut d, c, _) = connect("secure.example.test:443", "200 Connection established");
    d.set_frame(3);
    d.set_ports(52522, 3128);
    let out = feed_all(&mut d, Dir::Client, c, ALERT);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http", "tls"], "{out:#?}");
    assert!(tunnel::is_proxy_item(&out[0].layer));
    assert_eq!(
        proxy_fields(&out[0].layer),
        (Some("secure.example.test"), Some(443))
    );
    // The item has no bytes of its own: the record has them.
    assert_eq!(out[0].stream_offset, out[0].stream_end);
    assert_eq!((out[1].stream_offset, out[1].stream_end), (c, c + 7));
    assert_eq!(d.protocol(), "tls");
    // The other way too, through the same tunnel.
    d.set_frame(4);
    let back = feed_all(&mut d, Dir::Server, 50, ALERT);
    let protos: Vec<_> = back.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http", "tls"]);
}

#[test]
fn a_record_split_across_segments_is_reassembled_in_the_tunnel() {
    let (mut d, c, _) = connect("secure.example.test:443", "200 OK");
    d.set_frame(3);
    assert!(feed_all(&mut d, Dir::Client, c, &ALERT[..3]).is_empty());
    assert!(d.holds_partial(Dir::Client));
    // The segment that starts the record shows the proxy item before TLS.
    let carrier = d.carrier_layer().expect("a carrier item");
    assert_eq!(
        proxy_fields(&carrier),
        (Some("secure.example.test"), Some(443))
    );
    d.set_frame(4);
    let out = feed_all(&mut d, Dir::Client, c + 3, &ALERT[3..]);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http", "tls"]);
    assert_eq!((out[1].stream_offset, out[1].stream_end), (c, c + 7));
}

#[test]
fn a_refused_connect_is_no_tunnel() {
    let (mut d, c, s) = connect("auth.example.test:443", "407 Proxy Authentication Required");
    assert!(d.tunnel.is_none());
    // Asked again, with credentials, on the same connection: now it is.
    let again =
        b"CONNECT auth.example.test:443 HTTP/1.1\r\nProxy-Authorization: Basic dTpw\r\n\r\n";
    d.set_frame(3);
    assert_eq!(feed_all(&mut d, Dir::Client, c, again).len(), 1);
    d.set_frame(4);
    assert_eq!(
        feed_all(&mut d, Dir::Server, s, b"HTTP/1.1 200 OK\r\n\r\n").len(),
        1
    );
    d.set_frame(5);
    let out = feed_all(&mut d, Dir::Client, c + again.len() as u64, ALERT);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http", "tls"]);
}

#[test]
fn another_2xx_leaves_the_bytes_to_http() {
    // tshark tunnels on a 200 only: after a 201 the bytes are HTTP's
    // Continuation.
    let (mut d, c, _) = connect("created.example.test:443", "201 Tunnel Created");
    d.set_frame(3);
    let out = feed_all(&mut d, Dir::Client, c, ALERT);
    assert!(d.tunnel.is_none());
    assert_eq!(out.len(), 1, "{out:#?}");
    assert!(out[0].layer.has(f::http::OSIDUMP_CONTINUATION));
}

#[test]
fn a_port_of_http_itself_is_data() {
    let (mut d, c, _) = connect("www.example.test:80", "200 Connection established");
    d.set_frame(3);
    let get = b"GET / HTTP/1.1\r\nHost: www.example.test\r\n\r\n";
    let out = feed_all(&mut d, Dir::Client, c, get);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http", "data"]);
    assert_eq!(out[1].layer.get_uint(f::data::LEN), Some(get.len() as u64));
    assert_eq!(
        proxy_fields(&out[0].layer),
        (Some("www.example.test"), Some(80))
    );
}

#[test]
fn http_found_by_its_heuristic_reads_the_first_segment_only() {
    let (mut d, c, s) = connect("www.example.test:8000", "200 Connection established");
    d.set_frame(3);
    d.set_ports(40068, 3128);
    let get = b"GET /hello.txt HTTP/1.1\r\nHost: www.example.test:8000\r\n\r\n";
    let out = feed_all(&mut d, Dir::Client, c, get);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http", "http"]);
    assert_eq!(out[1].layer.get_str(f::http::REQUEST_METHOD), Some("GET"));
    // packet-http.c finds the conversation HTTP's heuristic made and
    // calls the data dissector for every segment after.
    d.set_frame(4);
    d.set_ports(3128, 40068);
    let resp = b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi";
    let out = feed_all(&mut d, Dir::Server, s, resp);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http", "data"]);
}

#[test]
fn a_uri_without_a_port_carries_nothing_named() {
    // packet-http.c splits no host and port out of it, and calls nothing:
    // HTTP's item alone, empty.
    let (mut d, c, _) = connect("nohost", "200 OK");
    d.set_frame(3);
    let out = feed_all(&mut d, Dir::Client, c, ALERT);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["http"]);
    assert!(out[0].layer.fields.is_empty());
    assert_eq!((out[0].stream_offset, out[0].stream_end), (c, c + 7));
}

/// many-protocols.pcap (PcapPlusPlus) TCP stream 105, tshark 4.0: a
/// chunked response loses a segment. HTTP asks TCP for one more segment at
/// a time for a chunked body (req_resp_hdrs.c), so the segment past the
/// gap lies outside that reassembly and is handed to HTTP on its own:
/// `Continuation` (http and data), as is every later one; the chunked
/// message is never finished. A Content-Length body asks for exactly its
/// rest and keeps the segments past a gap (`until_close_gap_and_finish`).
#[test]
fn chunked_body_past_a_gap_is_continuation() {
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    d.set_frame(1);
    d.feed(
        Dir::Client,
        0,
        b"GET /echo.js HTTP/1.1\r\nHost: h\r\n\r\n",
        &mut out,
    );
    d.set_frame(2);
    let head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1fa0\r\n\x1f\x8b";
    d.feed(Dir::Server, 0, head, &mut out);
    out.clear();
    d.gap(Dir::Server, 1360);
    let at = head.len() as u64 + 1360;
    d.set_frame(3);
    d.feed(Dir::Server, at, &[0x91, 0xea, 0x92, 0x5f], &mut out);
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    let mut info = String::new();
    super::summary::info(&mut info, std::slice::from_ref(l), 0);
    assert_eq!(info, "Continuation");
    assert_eq!(l.get_uint(f::data::LEN), Some(4));
    // The next segment, in order: Continuation too.
    d.set_frame(4);
    d.feed(Dir::Server, at + 4, &[0xdf, 0x42, 0x44], &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].layer.get_uint(f::data::LEN), Some(3));
    d.finish(&mut out);
    assert_eq!(out.len(), 2);
}

// ---------------------------------------------------------------------------
// Header names packet-http.c refuses, unknown headers outside requests and
// responses, a leading CRLF (each expectation read off tshark 4.0.17 on
// the same bytes, written with text2pcap).
// ---------------------------------------------------------------------------

fn expert_messages<'a>(l: &'a Layer<'_>) -> Vec<&'a str> {
    strs(l, crate::dissect::expert::fields::ws::EXPERT_MESSAGE)
}

#[test]
fn header_names_with_characters_tshark_refuses_are_flagged_and_the_rest_read() {
    // tshark: every line a request line, `X'Y` and `:e` flagged (its token
    // list has no apostrophe; an empty name), `A\B` taken, Host read.
    let mut d = HttpDecoder::new();
    d.set_frame(1);
    let out = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nHost: h\r\nX'Y: 1\r\nA\\B: 2\r\n:e: 3\r\n\r\n",
    );
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    assert_eq!(
        strs(l, f::http::REQUEST_LINE),
        ["Host: h\r\n", "X'Y: 1\r\n", "A\\B: 2\r\n", ":e: 3\r\n"]
    );
    assert_eq!(l.get_str(f::http::HOST), Some("h"));
    assert_eq!(
        expert_messages(l),
        [
            "GET / HTTP/1.1\\r\\n",
            "Illegal characters found in header name",
            "Illegal characters found in header name"
        ]
    );
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(l.get_str(f::http::REQUEST_FULL_URI), Some("http://h/"));
}

#[test]
fn a_continuations_header_lines_are_unknown_headers_and_a_leading_crlf_is_flagged() {
    let mut d = HttpDecoder::new();
    d.set_frame(1);
    feed_all(
        &mut d,
        Dir::Client,
        0,
        b"GET /x HTTP/1.1\r\nHost: h\r\n\r\n",
    );
    d.set_frame(2);
    feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    );
    d.gap(Dir::Server, 100);
    d.set_frame(3);
    let out = feed_all(
        &mut d,
        Dir::Server,
        141,
        b"\r\nX-A: 1\r\nb c: 2\r\nServer: s\r\n\r\nrest",
    );
    let l = &out[0].layer;
    // A known header is its field, an unknown one http.unknown_header
    // escaped, a refused name the line as it is.
    assert_eq!(
        strs(l, f::http::UNKNOWN_HEADER),
        ["X-A: 1\\r\\n", "b c: 2\r\n"]
    );
    assert_eq!(l.get_str(f::http::SERVER), Some("s"));
    assert_eq!(
        expert_messages(l),
        [
            "Leading CRLF previous message in the stream may have extra CRLF",
            "Illegal characters found in header name"
        ]
    );
}

#[test]
fn subscribe_is_a_notification_with_unknown_headers() {
    // tshark 4.0 (example.pcap of PcapPlusPlus, frame 3416): SUBSCRIBE is
    // HTTP_NOTIFICATION, as NOTIFY; its response answers no request.
    let mut d = HttpDecoder::new();
    d.set_frame(1);
    let out = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"SUBSCRIBE /evt HTTP/1.1\r\nSID: uuid:1\r\nHost: 10.0.0.1:5005\r\n\r\n",
    );
    let l = &out[0].layer;
    assert_eq!(l.get_uint(f::http::NOTIFICATION), Some(1));
    assert_eq!(l.get(f::http::REQUEST), None);
    assert!(strs(l, f::http::REQUEST_LINE).is_empty());
    assert_eq!(strs(l, f::http::UNKNOWN_HEADER), ["SID: uuid:1\\r\\n"]);
    assert_eq!(l.get_str(f::http::HOST), Some("10.0.0.1:5005"));
    d.set_frame(2);
    let out = feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(out[0].layer.get(f::http::REQUEST_IN), None);
}

#[test]
fn a_request_uri_with_a_query_gives_its_path_query_and_parameters() {
    // tshark 4.0.17 on the same request lines (text2pcap): only a URI with
    // a non-empty query after its first '?' gets the items (the path even
    // when empty); empty parameters are skipped.
    // Request, then the paths, queries and parameters tshark shows.
    type Case = (
        &'static [u8],
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );
    let cases: [Case; 5] = [
        (b"GET /a? HTTP/1.1\r\nHost: h\r\n\r\n", &[], &[], &[]),
        (b"GET /post HTTP/1.1\r\nHost: h\r\n\r\n", &[], &[], &[]),
        (
            b"GET /b?x&&y& HTTP/1.1\r\nHost: h\r\n\r\n",
            &["/b"],
            &["x&&y&"],
            &["x", "y"],
        ),
        (b"GET ?q HTTP/1.1\r\nHost: h\r\n\r\n", &[""], &["q"], &["q"]),
        (
            b"GET http://h/c?z=1?w HTTP/1.1\r\nHost: h\r\n\r\n",
            &["http://h/c"],
            &["z=1?w"],
            &["z=1?w"],
        ),
    ];
    for (request, path, query, parameters) in cases {
        let mut d = HttpDecoder::new();
        d.set_frame(1);
        let out = feed_all(&mut d, Dir::Client, 0, request);
        let l = &out[0].layer;
        assert_eq!(strs(l, f::http::REQUEST_URI_PATH), path);
        assert_eq!(strs(l, f::http::REQUEST_URI_QUERY), query);
        assert_eq!(strs(l, f::http::REQUEST_URI_QUERY_PARAMETER), parameters);
    }
}

/// One segment the snap length cut `cut` bytes short of `b`.
fn feed_cut(
    d: &mut HttpDecoder,
    dir: Dir,
    off: u64,
    frame: u64,
    b: &[u8],
    cut: u64,
) -> Vec<Message> {
    let mut out = Vec::new();
    d.set_frame(frame);
    d.set_snap_cut(cut);
    d.feed(dir, off, b, &mut out);
    d.set_snap_cut(0);
    d.gap(dir, cut);
    out
}

fn info_of(l: &Layer<'static>) -> String {
    let mut s = String::new();
    summary::info(&mut s, std::slice::from_ref(l), 0);
    s
}

// tshark 4.0 on zeek's communityid/tcp.pcap (snap length 96): a request
// cut inside its first line, its response cut inside a header, the
// body's next segment cut too.
#[test]
fn segments_cut_by_the_snap_length_read_as_tshark_reads_them() {
    let mut d = HttpDecoder::new();
    let q = feed_cut(
        &mut d,
        Dir::Client,
        0,
        4,
        b"GET /images/sf.net_box.gif HTT",
        466,
    );
    assert_eq!(q.len(), 1);
    let l = &q[0].layer;
    assert_eq!(l.get_str(f::http::REQUEST_METHOD), Some("GET"));
    assert_eq!(
        l.get_str(f::http::REQUEST_URI),
        Some("/images/sf.net_box.gif")
    );
    assert_eq!(l.get_str(f::http::REQUEST_VERSION), Some("HTT"));
    assert_eq!(l.get_uint(f::http::REQUEST_NUMBER), Some(1));
    // HTTP threw before writing the Info column: the carrier's stays.
    assert_eq!(l.get_uint(f::http::OSIDUMP_CUT_INFO), Some(0));
    assert_eq!(info_of(l), "");
    assert_eq!(
        l.thrown.as_deref().map(|t| t.kind),
        Some(AnomalyKind::Truncated)
    );

    let r = feed_cut(
        &mut d,
        Dir::Server,
        0,
        6,
        b"HTTP/1.1 200 OK\r\nDate: Tue, 16",
        1418,
    );
    assert_eq!(r.len(), 1);
    let l = &r[0].layer;
    assert_eq!(l.get_uint(f::http::RESPONSE_CODE), Some(200));
    assert_eq!(l.get_str(f::http::RESPONSE_PHRASE), Some("OK"));
    assert_eq!(l.get_str(f::http::DATE), Some("Tue, 16"));
    assert_eq!(strs(l, f::http::RESPONSE_LINE), ["Date: Tue, 16"]);
    assert_eq!(l.get_uint(f::http::REQUEST_IN), Some(4));
    assert_eq!(
        l.get_str(f::http::RESPONSE_FOR_URI),
        Some("/images/sf.net_box.gif")
    );
    assert_eq!(info_of(l), "HTTP/1.1 200 OK ");
    assert!(l.thrown.is_some());

    // Binary bytes where a message would start, after a request: data,
    // read whole (nothing thrown).
    let b = feed_cut(&mut d, Dir::Server, 1448, 8, &[0x91, 0xf8, 0xf6, 0xd6], 253);
    assert_eq!(b.len(), 1);
    assert_eq!(info_of(&b[0].layer), "Continuation");
    assert_eq!(b[0].layer.get_uint(f::data::LEN), Some(4));
    assert!(b[0].layer.thrown.is_none());
}

#[test]
fn a_status_line_cut_short_has_the_parts_it_reached() {
    let mut d = HttpDecoder::new();
    let _ = feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    for (cut, code, phrase) in [
        (&b"HTTP/1.1 2"[..], None, None),
        (b"HTTP/1.1 200 ", Some(200), None),
        (b"HTTP/1.1 200 O", Some(200), Some("O")),
    ] {
        let mut d2 = HttpDecoder::new();
        let _ = feed_all(
            &mut d2,
            Dir::Client,
            0,
            b"GET / HTTP/1.1\r\nHost: h\r\n\r\n",
        );
        let r = feed_cut(&mut d2, Dir::Server, 0, 5, cut, 30);
        let l = &r[0].layer;
        assert_eq!(l.get_str(f::http::RESPONSE_VERSION), Some("HTTP/1.1"));
        assert_eq!(l.get_uint(f::http::RESPONSE_CODE), code);
        assert_eq!(l.get_str(f::http::RESPONSE_PHRASE), phrase);
        // A request was seen: HTTP had written Continuation.
        assert_eq!(info_of(l), "Continuation");
    }
    // Before any request, bytes that are not text are no HTTP.
    let mut d3 = HttpDecoder::new();
    assert!(feed_cut(&mut d3, Dir::Server, 0, 4, &[1, 2, b'b', b'i'], 4).is_empty());
}

#[test]
fn every_cut_of_a_conversation_is_read_without_panic() {
    for n in 0..REQS.len() {
        let mut d = HttpDecoder::new();
        let q = feed_cut(
            &mut d,
            Dir::Client,
            0,
            1,
            &REQS[..n],
            (REQS.len() - n) as u64,
        );
        let r = feed_cut(&mut d, Dir::Server, 0, 2, &RESPS[..n.min(RESPS.len())], 7);
        assert!(q.len() <= 1 && r.len() <= 2, "cut at {n}");
    }
}

/// tshark 4.0 on crafted conversations to port 80: a FIN completes only a
/// body framed by the close (HTTP asked TCP to wait for the FIN); a body
/// of a Content-Length not reached, or a chunked one, is never shown, and
/// a reset completes nothing. At the end of the capture the message is
/// kept, truncated, for the conversation's events.
#[test]
fn a_fin_completes_only_a_body_framed_by_the_close() {
    let sized = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc".as_slice();
    let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1e\r\nabc".as_slice();
    let close = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nabc".as_slice();
    let ended = |head: &[u8], end: Option<bool>| {
        let mut d = HttpDecoder::new();
        let mut out = Vec::new();
        d.set_frame(5);
        d.feed(Dir::Server, 0, head, &mut out);
        assert!(out.is_empty());
        d.set_frame(6);
        match end {
            Some(true) => StreamDecoder::closed_by_fin(&mut d, Dir::Server),
            Some(false) => StreamDecoder::closed_by_reset(&mut d, Dir::Server),
            None => {}
        }
        StreamDecoder::finish(&mut d, Dir::Server, &mut out);
        out.len()
    };
    // FIN
    assert_eq!(ended(sized, Some(true)), 0);
    assert_eq!(ended(chunked, Some(true)), 0);
    assert_eq!(ended(close, Some(true)), 1);
    // reset
    assert_eq!(ended(sized, Some(false)), 0);
    assert_eq!(ended(chunked, Some(false)), 0);
    assert_eq!(ended(close, Some(false)), 0);
    // end of the capture
    assert_eq!(ended(sized, None), 1);
    assert_eq!(ended(close, None), 1);
}

/// tshark 4.0: the segments after the head of a body framed by the close
/// are held by TCP (DESEGMENT_UNTIL_FIN) without calling HTTP, so their
/// Info is TCP's own with its note, as for a Content-Length body; the
/// head's segment shows the status line.
#[test]
fn a_body_framed_by_the_close_writes_its_line_on_the_head_segment_only() {
    let mut d = HttpDecoder::new();
    let mut out = Vec::new();
    let mut s = String::new();
    d.set_frame(5);
    d.feed(Dir::Server, 0, b"HTTP/1.1 200 OK\r\n\r\nabc", &mut out);
    assert!(d.pending_info(Dir::Server, &mut s));
    assert_eq!(s, "HTTP/1.1 200 OK ");
    d.set_frame(6);
    d.feed(Dir::Server, 22, b"def", &mut out);
    s.clear();
    assert!(!d.pending_info(Dir::Server, &mut s));
    assert!(out.is_empty());
}

// tshark 4.0 on Suricata's test captures (bug-3616, bug-7549, decode-teredo,
// detect-pcre-04, http-evader-462, http-protocol-nodup): the Info column.
#[test]
fn info_shows_the_first_line_as_sent_and_the_body_s_dissector_s_words() {
    let mut d = HttpDecoder::new();
    feed_all(
        &mut d,
        Dir::Client,
        0,
        b"POST  /  HTTP/1.0\r\nContent-Length: 0\r\n\r\n",
    );
    let q = feed_all(&mut d, Dir::Client, 41, b"GET /a HTTP/1.1\r\n\r\n");
    let out = feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 204\r\n\r\n\
HTTP/1.1 000 ok\r\nContent-Type: application/octet-stream\r\nContent-Length: 2\r\n\r\nhi",
    );
    assert_eq!(info_of(&q[0].layer), "GET /a HTTP/1.1 ");
    let infos: Vec<_> = out.iter().map(|m| info_of(&m.layer)).collect();
    // No phrase: the line and HTTP's blank; a code as written; the data
    // dissector (application/octet-stream) writes nothing.
    assert_eq!(infos, ["HTTP/1.1 204 ", "HTTP/1.1 000 ok "]);
    assert_eq!(out[1].layer.get_uint(f::http::RESPONSE_CODE), Some(0));

    let mut d = HttpDecoder::new();
    let q = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"POST  /  HTTP/1.0\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(info_of(&q[0].layer), "POST  /  HTTP/1.0 ");
    // Of two Content-Type headers the last one is the body's.
    let out = feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\
Content-Type: text/html\r\nContent-Length: 2\r\n\r\nhi",
    );
    assert_eq!(info_of(&out[0].layer), "HTTP/1.1 200 OK  (text/html)");
}

#[test]
fn a_message_begun_after_others_in_a_segment_adds_its_first_line() {
    let mut d = HttpDecoder::new();
    let out = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHo",
    );
    assert_eq!(out.len(), 1);
    assert_eq!(info_of(&out[0].layer), "GET /a HTTP/1.1 GET /b HTTP/1.1 ");
    // The rest completes it; its own segment shows it alone.
    let out = feed_all(&mut d, Dir::Client, 45, b"st: x\r\n\r\n");
    assert_eq!(info_of(&out[0].layer), "GET /b HTTP/1.1 ");
}

// tshark 4.0 on Suricata's bug-6244 (port 8080): printable bytes with no
// line's end are held for more, whatever they are, before the line is
// judged; each segment shows TCP's note.
#[test]
fn printable_bytes_without_a_line_end_wait_for_more() {
    let mut d = HttpDecoder::new();
    for (at, piece) in [
        (0, &b"Please "[..]),
        (7, b"Let "),
        (11, b"Me "),
        (14, b"In!"),
    ] {
        assert!(feed_all(&mut d, Dir::Server, at, piece).is_empty());
        assert!(d.holds_partial(Dir::Server), "{piece:?}");
    }
}

// tshark 4.0 on Zeek's http/261 smuggling variants and Suricata's
// http-evader and http-chunked captures: which Transfer-Encoding headers
// make a body chunked (req_resp_hdrs.c: a header's value starting with
// `chunked`), and bytes after a message that start none.
#[test]
fn chunked_as_tshark_reassembles_and_continuation_after_a_message() {
    let mut d = HttpDecoder::new();
    let out = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n\
HEAD /f HTTP/1.1\r\nTransfer-Encoding: ,\tchunked,\r\n\r\n",
    );
    let lines: Vec<_> = out.iter().map(|m| info_of(&m.layer)).collect();
    assert_eq!(lines, ["POST / HTTP/1.1 ", "HEAD /f HTTP/1.1 "]);
    let out = feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 200 ok\r\nTransfer-Encoding: lalala\r\nTransfer-Encoding: chunked\r\n\r\n\
5\r\nhello\r\n0\r\n\r\n",
    );
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.get_str(f::http::FILE_DATA), Some("hello"));

    // After a message, a line that starts none: Continuation, then data.
    let mut d = HttpDecoder::new();
    let out = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcPUBLIC\n",
    );
    assert_eq!(out.len(), 2);
    assert!(out[1].layer.has(f::http::OSIDUMP_CONTINUATION));
    assert_eq!(info_of(&out[1].layer), "Continuation");
    assert!(out[1].layer.anomalies.is_empty());
}

#[test]
fn a_line_end_left_where_a_message_should_start_is_continuation_data() {
    // tshark 4.0 (Suricata-verify's detect-pcre-03, frame 1): two requests
    // each followed by an extra CRLF in one segment; the second's is the
    // segment's last two bytes: "Continuation", an http item with data.
    let mut d = HttpDecoder::new();
    d.set_frame(1);
    let seg = b"GET /one/ HTTP/1.1\r\nHost: a\r\n\r\n\r\nGET /two/ HTTP/1.1\r\nHost: b\r\n\r\n\r\n";
    let out = feed_all(&mut d, Dir::Client, 0, seg);
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(
        expert_messages(&out[1].layer)[0],
        "Leading CRLF previous message in the stream may have extra CRLF"
    );
    let last = &out[2].layer;
    assert_eq!(last.protocol, "http");
    assert_eq!(last.get_uint(f::http::OSIDUMP_CONTINUATION), Some(2));
    assert_eq!(out[2].stream_offset, seg.len() as u64 - 2);
}

/// A chunk size of more hex digits than any length holds (2^64): tshark's
/// chunk reader throws, and its exception ends the reading of the bytes
/// it was given, so the request smuggled after the chunk in the same
/// segment is not read (zeek's variant-01-chunk_2pow64_overflow).
#[test]
fn a_request_after_an_overflowing_chunk_size_in_its_segment_is_not_read() {
    let mut d = HttpDecoder::new();
    let out = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n\
          10000000000000000\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: t\r\n\r\n",
    );
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.get_str(f::http::REQUEST_METHOD), Some("POST"));
    assert!(out[0].layer.thrown.is_some());
    // A later segment is read again.
    let later = feed_all(
        &mut d,
        Dir::Client,
        200,
        b"GET /next HTTP/1.1\r\nHost: t\r\n\r\n",
    );
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].layer.get_str(f::http::REQUEST_URI), Some("/next"));
}

/// A status code token httparse refuses is read as packet-http.c reads
/// it: its first three characters by strtoul (http-evader's `0200` is 20,
/// "Unknown (20)"), the phrase after the token, the headers and body as
/// any response's.
#[test]
fn an_odd_status_code_is_read_as_tshark_reads_it() {
    let mut d = HttpDecoder::new();
    feed_all(
        &mut d,
        Dir::Client,
        0,
        b"GET /x HTTP/1.1\r\nHost: h\r\n\r\n",
    );
    let r = feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 0200 ok\r\nContent-Length: 3\r\n\r\nabc",
    );
    let l = &r[0].layer;
    assert_eq!(l.get_uint(f::http::RESPONSE_CODE), Some(20));
    assert_eq!(l.get_str(f::http::RESPONSE_CODE_DESC), Some("Unknown (20)"));
    assert_eq!(l.get_str(f::http::RESPONSE_PHRASE), Some("ok"));
    assert_eq!(l.get_uint(f::http::CONTENT_LENGTH), Some(3));
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    // A code tshark has no name for is "Unknown (N)" on a well-formed line too.
    let mut d = HttpDecoder::new();
    let r = feed_all(
        &mut d,
        Dir::Server,
        0,
        b"HTTP/1.1 250 Odd\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(
        r[0].layer.get_str(f::http::RESPONSE_CODE_DESC),
        Some("Unknown (250)")
    );
}

/// HTTP in the clear to or from TCP port 443 gets tshark's Security
/// warning on each message's first line; over TLS it does not.
#[test]
fn cleartext_http_on_port_443_is_warned_about() {
    let warned = |secure: bool| {
        let mut d = HttpDecoder::new();
        if secure {
            d.set_secure();
        }
        d.set_ports(50000, 443);
        let r = feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        r[0].layer.has(f::http::TLS_PORT)
    };
    assert!(warned(false));
    assert!(!warned(true));
    let mut d = HttpDecoder::new();
    d.set_ports(50000, 8443);
    let r = feed_all(&mut d, Dir::Client, 0, b"GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    assert!(!r[0].layer.has(f::http::TLS_PORT));
}

/// tshark 4.0 on the same request: `http.cookie_pair` is each piece of the
/// Cookie header between `;`, leading whitespace skipped, trailing kept.
#[test]
fn cookie_header_split_into_pairs() {
    let mut d = HttpDecoder::new();
    let q = feed_all(
        &mut d,
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nHost: x\r\nCookie:  a=1; b=2 ;;c\t;d=e f\r\n\r\n",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(strs(&q[0].layer, f::http::COOKIE), ["a=1; b=2 ;;c\t;d=e f"]);
    assert_eq!(
        strs(&q[0].layer, f::http::COOKIE_PAIR),
        ["a=1", "b=2 ", "c\t", "d=e f"]
    );
}

/// packet-http.c reads a status code with `strtoul` on the three
/// characters after the version's space: white space before the digits is
/// skipped (suricata-verify's http-evader-474 answers `HTTP/1.1 \t200 ok`,
/// code 20 to tshark), a sign is read, anything else ends the number.
#[test]
fn status_code_is_strtoul_of_three_characters() {
    for (s, want) in [
        (&b"200"[..], 200),
        (b"\t20", 20),
        (b" 20", 20),
        (b"+20", 20),
        (b"020", 20),
        (b"2x0", 2),
        (b"abc", 0),
        (b"-20", 65516),
    ] {
        assert_eq!(super::strtoul3(s), want, "{:?}", String::from_utf8_lossy(s));
    }
}

#[test]
fn tshark_reads_odd_heads_line_by_line() {
    // A line with no colon ends the headers; a NUL or a lone CR makes the
    // block odd to the end; an ordinary block is not.
    let b = b"HTTP/1.1 200 ok\r\nA: b\r\n chunked\r\nC: d\r\n\r\n";
    assert_eq!(odd_head(b), Some(23));
    assert_eq!(odd_head(b"HTTP/1.1 200 ok\r\nA: b\0\r\n\r\n"), Some(26));
    // ` 200 ok`, after the lone CR, holds no colon.
    assert_eq!(odd_head(b"HTTP/1.1\r 200 ok\r\nA: b\r\n\r\n"), Some(9));
    assert_eq!(odd_head(b"HTTP/1.1 200 ok\rA: b\r\n\r\n"), Some(24));
    assert_eq!(odd_head(b"HTTP/1.1 200 ok\r\nA: b\r\n\r\n"), None);
    // A request line among the headers: left to the usual reading.
    assert_eq!(
        odd_head(b"HTTP/1.1 200 ok\r\nGET / HTTP/1.1\r\nx\r\n\r\n"),
        None
    );
}

#[test]
fn reassembly_framing_reads_every_line_as_req_resp_hdrs_does() {
    let f = |b: &[u8]| reassembly_framing(b);
    assert_eq!(
        f(b"HTTP/1.1 200 ok\r\ncontent-length: 34\r\n 68\r\n\r\n"),
        (Some(34), false)
    );
    // Not a whole number: none; after one, the length becomes 0.
    assert_eq!(
        f(b"HTTP/1.1 200 ok\r\nContent-Length: 34 68\r\n\r\n"),
        (None, false)
    );
    assert_eq!(
        f(b"HTTP/1.1 200 ok\r\nContent-Length: 5\r\nContent-Length: x\r\n\r\n"),
        (Some(0), false)
    );
    assert_eq!(
        f(b"HTTP/1.1 200 ok\r\nContent-Length : 5\r\n\r\n"),
        (None, false)
    );
    assert_eq!(
        f(b"HTTP/1.1 200 ok\r\nTransfer-Encoding:\t CHUNKEDx\r\n\r\n"),
        (None, true)
    );
    assert_eq!(
        f(b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chu\0nked\r\n\r\n"),
        (None, false)
    );
    assert_eq!(
        f(b"HTTP/1.1 200 ok\r\nTransfer\0-Encoding: chunked\r\n\r\n"),
        (None, false)
    );
    // A lone CR ends a line: the header after it counts.
    assert_eq!(
        f(b"HTTP/1.1\rTransfer-Encoding: chunked\r\n\r\n"),
        (None, true)
    );
}

#[test]
fn reassembly_chunks_wait_as_req_resp_hdrs_waits() {
    assert_eq!(reassembly_chunks(b""), None);
    assert_eq!(reassembly_chunks(b"5\r\nhel"), None);
    assert_eq!(reassembly_chunks(b"2\r\nok\r\n0\r\n"), None);
    assert_eq!(reassembly_chunks(b"2\r\nok\r\n0\r\n\r\n"), Some(12));
    // Any line after the last chunk will do.
    assert_eq!(reassembly_chunks(b"0\r\nX: y\r\n"), Some(9));
    // A size it cannot read stops it where it is.
    assert_eq!(reassembly_chunks(b"2\r\nok\r\nzz\r\n"), Some(7));
    assert_eq!(reassembly_chunks(b"\r\n2\r\nok"), Some(0));
    // A CR ending the bytes may be half a CR LF.
    assert_eq!(reassembly_chunks(b"2\r"), None);
    for seed in 0..2000u32 {
        let b: Vec<u8> = (0..(seed % 40))
            .map(|i| b"0123456789abcdefXZ \r\n;\0"[((seed * 31 + i * 7) % 23) as usize])
            .collect();
        let _ = reassembly_chunks(&b);
        let _ = reassembly_framing(&b);
        let _ = odd_head(&b);
    }
    assert!(strtol_hex_reads_nothing(b" zz"));
    assert!(strtol_hex_reads_nothing(b""));
    assert!(!strtol_hex_reads_nothing(b" -f"));
}

/// packet-http.c's dissect_ssdp reads one message a datagram: a stray NUL
/// after the blank line (nDPI's android.pcap) is not a second layer.
#[test]
fn ssdp_reads_one_message_a_datagram() {
    use crate::dissect::spec::DatagramDecoder;
    let payload: &[u8] = b"M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMX: 1\r\n\r\n\0";
    let d = crate::dissect::app::testing::datagram(payload, 1, 1900);
    let mut out = Vec::new();
    Ssdp::default().datagram(&d, &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].get_str(f::http::REQUEST_METHOD), Some("M-SEARCH"));
}
