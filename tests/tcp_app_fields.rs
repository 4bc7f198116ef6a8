//! TCP reassembly and application fields on crafted conversations, with the
//! values tshark 4.0 gives on the same bytes (checked once with
//! `tshark -r F -T fields ...`; set `OSIDUMP_KEEP_CRAFTED=DIR` to write each
//! crafted capture there and check again).

mod common;

use assert_cmd::Command;

/// `osidump dissect -T fields` of `frames`, one row per frame, the cells of
/// `fields` in order.
fn fields(name: &str, frames: &[Vec<u8>], fields: &[&str]) -> Vec<Vec<String>> {
    let pcap = common::pcapng_with("eth0", frames);
    if let Some(dir) = std::env::var_os("OSIDUMP_KEEP_CRAFTED") {
        std::fs::write(std::path::Path::new(&dir).join(name), &pcap).expect("keep");
    }
    let mut cmd = Command::cargo_bin("osidump").expect("binary");
    cmd.args(["dissect", "-T", "fields"]);
    for f in fields {
        cmd.args(["-e", f]);
    }
    let out = cmd.arg("-").write_stdin(pcap).assert().success();
    String::from_utf8(out.get_output().stdout.clone())
        .expect("utf-8")
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

/// A response framed by the connection's close is completed by the
/// server's FIN: tshark lists that FIN among its segments (frames 5 and 6
/// carry the response, 7 is the client's FIN, 8 the server's).
#[test]
fn response_until_close_lists_the_fin_among_its_segments() {
    let mut c = common::TcpConv::open(40000, 80);
    c.send(true, b"GET / HTTP/1.0\r\n\r\n");
    c.send(false, b"HTTP/1.0 200 OK\r\nServer: x\r\n\r\nhello ");
    c.send(false, b"world");
    let rows = fields(
        "until_close.pcapng",
        &c.close(),
        &[
            "http.response.code",
            "tcp.segment",
            "tcp.segment.count",
            "tcp.reassembled.length",
            "http.time",
        ],
    );
    assert_eq!(rows.len(), 9);
    // Frames are a millisecond apart: the request is frame 4.
    assert_eq!(rows[7], ["200", "5,6,8", "3", "41", "0.004000000"]);
    for (i, r) in rows.iter().enumerate().filter(|(i, _)| *i != 7) {
        assert_eq!(r[1..], ["", "", "", ""], "frame {}", i + 1);
    }
}

/// tshark does not reassemble out-of-order segments: a segment past a gap
/// goes to HTTP at once (frame 6's request is shown on frame 6), and a
/// message whose bytes were not all captured is never shown (frame 4's
/// request lost its body; frame 5's response lost its end).
#[test]
fn a_segment_past_a_gap_is_dissected_at_once() {
    let mut c = common::TcpConv::open(40000, 80);
    c.send(
        true,
        b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n",
    );
    c.send(false, b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nabcd");
    c.lose(true, 10).lose(false, 4);
    c.send(true, b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n");
    c.send(
        false,
        b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
    );
    let rows = fields(
        "past_a_gap.pcapng",
        &c.close(),
        &[
            "http.request.method",
            "http.request.uri",
            "http.response.code",
            "tcp.segment",
        ],
    );
    assert_eq!(rows.len(), 10);
    let shown: Vec<_> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
        .map(|(i, r)| (i + 1, r.join("|")))
        .collect();
    assert_eq!(shown, [(6, "GET|/b||".into()), (7, "||404|".into())]);
}

/// tshark's request/response links in one pass (packet-http.c's
/// req_res list): a request opens a slot, a response fills the last slot
/// unless it is answered (an interim 100, or pipelining), then opens its
/// own. `http.request_in` is the slot's request, `prev_*` the previous
/// slot's; `http.response_in` and `http.next_*` need a second pass.
/// Frames 4 and 5 are two pipelined requests; 6 is a 100 Continue, 7 and 8
/// the two responses.
#[test]
fn request_and_response_links_follow_the_slots() {
    let mut c = common::TcpConv::open(40000, 80);
    c.send(true, b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    c.send(true, b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n");
    c.send(false, b"HTTP/1.1 100 Continue\r\n\r\n");
    c.send(false, b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na");
    c.send(false, b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb");
    let rows = fields(
        "pipelined.pcapng",
        &c.close(),
        &[
            "http.request_number",
            "http.response_number",
            "http.request_in",
            "http.prev_request_in",
            "http.prev_response_in",
        ],
    );
    let shown: Vec<_> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
        .map(|(i, r)| (i + 1, r.join("|")))
        .collect();
    assert_eq!(
        shown,
        [
            (4, "1||||".into()),
            (5, "2|||4|".into()),
            (6, "|2|5|4|".into()),
            (7, "|3||5|6".into()),
            (8, "|4|||7".into()),
        ]
    );
}

/// tshark tries its heuristics again on later segments of a conversation
/// none took (zeek's tcp-http-with-padding.pcap: a client typing its
/// request a byte a segment on port 27272, then a whole response, which
/// tshark shows as HTTP): a side's first bytes each get their try, so the
/// server's response is read as HTTP though the client's first byte said
/// nothing.
#[test]
fn the_other_sides_first_bytes_get_their_heuristic_try() {
    let mut c = common::TcpConv::open(40000, 27272);
    for b in b"GET / HTTP/1.0\r\n\r\n" {
        c.send(true, &[*b]);
    }
    c.send(
        false,
        b"HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\nHello\n",
    );
    let rows = fields(
        "typed_request.pcapng",
        &c.close(),
        &["http.request.method", "http.response.code"],
    );
    let shown: Vec<_> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
        .map(|(i, r)| (i + 1, r.join("|")))
        .collect();
    assert_eq!(shown, [(22, "|200".into())]);
}

/// A TLS 1.2 ClientHello record: one suite, no extensions.
fn client_hello_record() -> Vec<u8> {
    let mut body = vec![0x03, 0x03];
    body.extend([0x42; 32]);
    body.extend([0, 0, 2, 0xc0, 0x2f, 1, 0]);
    let mut hs = vec![1, 0, 0, body.len() as u8];
    hs.extend(body);
    let mut rec = vec![22, 3, 1, 0, hs.len() as u8];
    rec.extend(hs);
    rec
}

/// A PostgreSQL SSLRequest answered `S`: tshark's pgsql dissector hands the
/// conversation to TLS, whose ClientHello the next segment is (frame 6:
/// handshake, SSLRequest, `S`, hello). On a port tshark has no dissector
/// for, its TLS heuristic finds the same hello.
#[test]
fn a_hello_after_a_starttls_exchange_makes_the_conversation_tls() {
    for port in [5432, 15432] {
        let mut c = common::TcpConv::open(40000, port);
        c.send(true, &[0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
        c.send(false, b"S");
        c.send(true, &client_hello_record());
        let rows = fields(
            &format!("starttls-{port}.pcapng"),
            &c.close(),
            &["frame.number", "frame.protocols", "tls.handshake.type"],
        );
        let tls: Vec<_> = rows
            .iter()
            .filter(|r| r[1].ends_with(":tls"))
            .map(|r| (r[0].as_str(), r[2].as_str()))
            .collect();
        assert_eq!(tls, [("6", "1")], "port {port}");
    }
}

/// A segment that completes a TLS record begun in the one before, then
/// carries a record of its own: tshark's TCP hands TLS the reassembled
/// record, then the rest of the segment, and lists `tls` twice.
#[test]
fn a_reassembled_record_then_one_of_the_segments_own_lists_tls_twice() {
    let hello = client_hello_record();
    let mut c = common::TcpConv::open(40000, 443);
    c.send(true, &hello[..20]);
    let mut rest = hello[20..].to_vec();
    rest.extend([20, 3, 3, 0, 1, 1]); // ChangeCipherSpec
    c.send(true, &rest);
    let rows = fields(
        "reassembled-then-own.pcapng",
        &c.close(),
        &["frame.number", "frame.protocols", "tls.record.content_type"],
    );
    assert_eq!(rows[4], ["5", "eth:ethertype:ip:tcp:tls:tls", "22,20"]);
}
