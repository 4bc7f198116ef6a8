//! HTTP/1.x messages tshark 4.0 reads otherwise than an RFC parser would
//! (the evasions of Suricata-verify's http-evader captures, made small):
//! header lines split at a lone CR, a line with no colon ending the
//! headers (the body starts there), the reassembly framing the bytes by
//! every `Content-Length:`/`Transfer-Encoding:` line of the block before
//! the message is read, chunks read as packet-http.c's chunk reader reads
//! them, and NULs. Each conversation is a request and the response's
//! segments, then the close; the rows are tshark's on the same bytes
//! (checked once with `tshark -r F -T fields ...`; set
//! `OSIDUMP_KEEP_CRAFTED=DIR` to write each capture there and check again).

mod common;

const FIELDS: &[&str] = &[
    "_ws.col.Protocol",
    "_ws.col.Info",
    "http.content_length",
    "http.transfer_encoding",
    "http.chunk_size",
];

/// Rows of frames 5 on (the response's segments, then the close) for a
/// conversation whose server sends `segments` after a GET.
fn response_rows(name: &str, segments: &[&[u8]]) -> Vec<String> {
    let mut c = common::TcpConv::open(40000, 80);
    c.send(true, b"GET /x HTTP/1.1\r\nHost: h\r\n\r\n");
    for s in segments {
        c.send(false, s);
    }
    let pcap = common::pcapng_with("eth0", &c.close());
    common::keep_crafted(name, &pcap);
    common::fields_rows(pcap, None, FIELDS)
        .into_iter()
        .skip(4)
        .map(|r| r.join("|"))
        .collect()
}

fn check(name: &str, segments: &[&[u8]], want: &[&str]) {
    let got = response_rows(name, segments);
    assert_eq!(got, want, "{name}");
}

/// `Transfer-Encoding:` then ` chunked` on a line of its own: the header is
/// empty (no chunks to the reassembly, which waits for the close), the
/// line with no colon ends the headers and the body runs from it to the close.
#[test]
fn a_folded_transfer_coding_is_no_coding() {
    check(
        "folded_te.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: \r\n chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n"],
        &[
            "TCP|HTTP/1.1 200 ok  [TCP segment of a reassembled PDU]|||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=85 Win=65535 Len=0|||",
            "HTTP|HTTP/1.1 200 ok |||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=86 Win=65535 Len=0|||",
        ],
    );
}

/// `Content-Length: 5` then ` 12`: the length is 5, counted from the line
/// that ended the headers; the rest waits for a header block that never ends.
#[test]
fn a_folded_length_frames_from_the_line_that_ended_the_headers() {
    check(
        "folded_cl.pcapng",
        &[b"HTTP/1.1 200 ok\r\nConnection: close\r\nContent-Length: 5\r\n 12\r\n\r\nhello world!"],
        &[
            "HTTP|HTTP/1.1 200 ok |5||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=75 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=75 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=76 Win=65535 Len=0|||",
        ],
    );
}

/// A folded Content-Encoding ends the headers: the 12 bytes are counted
/// from ` gzip`; the bytes left after them hold no line end and wait for
/// more that never comes.
#[test]
fn a_folded_content_coding_leaves_the_body_counted_from_its_line() {
    check(
        "folded_ce.pcapng",
        &[b"HTTP/1.1 200 ok\r\nContent-Length: 12\r\nContent-Encoding:\r\n gzip\r\n\r\nhello world!"],
        &[
            "HTTP|HTTP/1.1 200 ok |12||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=78 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=78 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=79 Win=65535 Len=0|||",
        ],
    );
}

/// ` x` after `Transfer-Encoding: chunked` ends the headers and is read as
/// a chunk size (strtol reads 0): the last chunk, `Connection: close` its
/// trailer; the chunks after the empty line are Continuation.
#[test]
fn a_stray_word_after_chunked_is_read_as_a_size() {
    check(
        "folded_te_chunks.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n x\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n"],
        &[
            "HTTP|HTTP/1.1 200 ok Continuation||chunked|0",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=86 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=86 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=87 Win=65535 Len=0|||",
        ],
    );
}

/// A lone CR ends a line: the status line is `HTTP/1.1`, and ` 200 ok`
/// (no colon) ends the headers.
#[test]
fn a_lone_cr_ends_the_status_line() {
    check(
        "lone_cr_status.pcapng",
        &[b"HTTP/1.1\r 200 ok\r\nContent-Length: 3\r\n\r\nabc"],
        &[
            "HTTP|HTTP/1.1 |||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=43 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=43 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=44 Win=65535 Len=0|||",
        ],
    );
}

/// After a lone CR, `Transfer-Encoding: chunked` is a header of its own: the
/// reassembly waits for chunks that never come.
#[test]
fn a_header_after_a_lone_cr_is_a_header() {
    check(
        "lone_cr_te.pcapng",
        &[b"HTTP/1.1 200 ok\rTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc"],
        &[
            "TCP|HTTP/1.1 200 ok  [TCP segment of a reassembled PDU]|||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=69 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=69 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=70 Win=65535 Len=0|||",
        ],
    );
}

/// A NUL in the name: no Transfer-Encoding to either reading; the body runs
/// to the close.
#[test]
fn a_nul_in_a_header_name_hides_the_header() {
    check(
        "nul_te_name.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer\0-Encoding: chunked\r\nX: y\r\n\r\n4\r\nabcd\r\n0\r\n\r\n"],
        &[
            "TCP|HTTP/1.1 200 ok  [TCP segment of a reassembled PDU]|||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=69 Win=65535 Len=0|||",
            "HTTP|HTTP/1.1 200 ok |||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=70 Win=65535 Len=0|||",
        ],
    );
}

/// A NUL in the value: the coding is `chu`, not chunked.
#[test]
fn a_nul_in_a_coding_cuts_it() {
    check(
        "nul_te_value.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chu\0nked\r\nX: y\r\n\r\n4\r\nabcd\r\n0\r\n\r\n"],
        &[
            "TCP|HTTP/1.1 200 ok  [TCP segment of a reassembled PDU]|||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=69 Win=65535 Len=0|||",
            "HTTP|HTTP/1.1 200 ok ||chu|",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=70 Win=65535 Len=0|||",
        ],
    );
}

/// `3\r\r\n`: the size line ends at the first CR; the data starts at the
/// next and the two bytes after it are skipped whatever they are.
#[test]
fn a_chunk_size_line_ends_at_a_lone_cr() {
    check(
        "chunk_size_cr.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n3\r\r\nabc\r\n0\r\n\r\n"],
        &[
            "HTTP|HTTP/1.1 200 ok Continuation||chunked|3",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=62 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=62 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=63 Win=65535 Len=0|||",
        ],
    );
}

/// A chunk ended by a bare LF: the two bytes after the data (`\n3`) are
/// skipped, the next size line is empty and ends the chunks.
#[test]
fn a_chunk_ended_by_a_bare_lf_skips_two_bytes() {
    check(
        "chunk_lf.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\n3\ndef\n0\n\n"],
        &[
            "HTTP|HTTP/1.1 200 ok Continuation||chunked|3",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=63 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=63 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=64 Win=65535 Len=0|||",
        ],
    );
}

/// A size line with no number (`zz`) is the last chunk (strtol reads 0), and
/// every line up to an empty one is its trailer, a next response included.
#[test]
fn a_size_line_with_no_number_is_the_last_chunk() {
    check(
        "chunk_no_number.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\nzz\r\njunk\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"],
        &[
            "HTTP|HTTP/1.1 200 ok ||chunked|2,0",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=103 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=103 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=104 Win=65535 Len=0|||",
        ],
    );
}

/// `0\n\n` ending the bytes: the last chunk's item runs two bytes past its
/// line, past the end; it throws before its size is listed.
#[test]
fn a_last_chunk_ending_the_bytes_throws() {
    check(
        "chunk_last_short.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\n\n"],
        &[
            "HTTP|HTTP/1.1 200 ok [Malformed Packet]||chunked|2",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=58 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=58 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=59 Win=65535 Len=0|||",
        ],
    );
}

/// A trailer line and no empty line: the chunk reader stops at the last line
/// ended in its bytes.
#[test]
fn the_trailer_ends_at_the_last_line_ended() {
    check(
        "chunk_trailer_unended.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nfoobar\r\n"],
        &[
            "HTTP|HTTP/1.1 200 ok ||chunked|2,0",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=66 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=66 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=67 Win=65535 Len=0|||",
        ],
    );
}

/// An empty line where the first size should be: the chunk reader reads
/// nothing and the message takes all the bytes for its body.
#[test]
fn an_empty_line_before_any_chunk_takes_the_rest() {
    check(
        "chunk_first_line_empty.pcapng",
        &[b"HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n\r\n2\r\nok\r\n0\r\n\r\n"],
        &[
            "HTTP|HTTP/1.1 200 ok ||chunked|",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=62 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=62 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=63 Win=65535 Len=0|||",
        ],
    );
}

/// A NUL in the version: the Info column escapes it as format_text does.
#[test]
fn a_nul_in_the_status_line_is_escaped_in_info() {
    check(
        "nul_version.pcapng",
        &[b"HTTP/1\0.1 200 ok\r\nContent-Length: 2\r\n\r\nok"],
        &[
            "HTTP|HTTP/1\\000.1 200 ok |2||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=42 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=42 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=43 Win=65535 Len=0|||",
        ],
    );
}

/// A line with no colon (0x7f) before `Transfer-Encoding: chunked`: the
/// reassembly reads the chunks, the message (no coding of its own) takes all
/// the bytes gathered.
#[test]
fn a_chunked_coding_after_the_headers_end_frames_the_reassembly() {
    check(
        "folded_then_te.pcapng",
        &[b"HTTP/1.1 200 ok\r\nX: y\r\n\x7f\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n"],
        &[
            "HTTP|HTTP/1.1 200 ok |||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=69 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=69 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=70 Win=65535 Len=0|||",
        ],
    );
}

/// `Content-Length: 8` then ` ` (LF-ended): the reassembly waits for the
/// empty line and 8 bytes past it; the message then counts 8 from ` `, and
/// the rest of the bytes gathered is Continuation.
#[test]
fn the_reassembly_waits_for_the_length_past_the_empty_line() {
    check(
        "folded_cl_waits.pcapng",
        &[
            b"HTTP/1.1 200 ok\r\nContent-Length: 8\n \nabcdefgh",
            b"\r\n\r\n",
            b"12345678",
        ],
        &[
            "TCP|HTTP/1.1 200 ok  [TCP segment of a reassembled PDU]|||",
            "TCP|HTTP/1.1 200 ok  [TCP segment of a reassembled PDU]|||",
            "HTTP|HTTP/1.1 200 ok Continuation|8||",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=58 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=58 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=59 Win=65535 Len=0|||",
        ],
    );
}

/// The Protocol column names JSON when the body went to the JSON
/// dissector (here: gzip that tshark takes as decoded), not when a coding
/// that would not decode handed it to data (Suricata-verify's
/// http-encoding-gzip-uncompressed shows `HTTP`).
#[test]
fn a_json_body_names_json_when_it_went_to_json() {
    let mut c = common::TcpConv::open(40000, 80);
    c.send(
        true,
        b"POST /x HTTP/1.1\r\nContent-Encoding: gzip\r\nContent-Type: application/json\r\nHost: h\r\nContent-Length: 13\r\n\r\n{\"sdk\":11026}",
    );
    c.send(false, b"HTTP/1.1 204 No Content\r\n\r\n");
    let pcap = common::pcapng_with("eth0", &c.close());
    common::keep_crafted("json_request_not_gzip.pcapng", &pcap);
    let rows: Vec<String> = common::fields_rows(pcap, None, FIELDS)
        .into_iter()
        .map(|r| r.join("|"))
        .collect();
    assert_eq!(
        rows[3],
        "HTTP/JSON|POST /x HTTP/1.1 , JavaScript Object Notation (application/json)|13||"
    );
}

/// The same with a Content-Type: no media dissector ran, no type in Info.
#[test]
fn a_last_chunk_ending_the_bytes_throws_before_the_body() {
    check(
        "chunk_last_short_typed.pcapng",
        &[b"HTTP/1.1 200 ok\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\n\n"],
        &[
            "HTTP|HTTP/1.1 200 ok [Malformed Packet]||chunked|2",
            "TCP|40000 → 80 [FIN, ACK] Seq=29 Ack=98 Win=65535 Len=0|||",
            "TCP|80 → 40000 [FIN, ACK] Seq=98 Ack=30 Win=65535 Len=0|||",
            "TCP|40000 → 80 [ACK] Seq=30 Ack=99 Win=65535 Len=0|||",
        ],
    );
}
