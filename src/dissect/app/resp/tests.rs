//! RESP as tshark 4.0 shows it (crafted bytes; the values are those
//! `tshark -T fields` printed for the same elements in zeek's and
//! tcpdump's redis traces).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};

fn feed() -> Feed<RespDecoder> {
    Feed::with(RespDecoder::new(), PORT)
}

fn info(l: &Layer<'_>) -> String {
    one(l, "osidump.resp.info")
}

#[test]
fn a_command_and_its_reply() {
    let mut c = feed();
    let m = c.seg(
        Dir::Client,
        b"*3\r\n$3\r\nSET\r\n$4\r\ntest\r\n$2\r\nhi\r\n",
    );
    assert_eq!(m.len(), 1);
    let l = &m[0].layer;
    assert_eq!(info(l), "Request: SET test hi");
    assert_eq!(one(l, "resp.array.length"), "3");
    assert_eq!(vals(l, "resp.bulk_string.length"), ["3", "4", "2"]);
    assert_eq!(
        vals(l, "resp.bulk_string.value"),
        ["534554", "74657374", "6869"]
    );
    let m = c.seg(Dir::Server, b"+OK\r\n");
    assert_eq!(info(&m[0].layer), "Response: OK");
    assert_eq!(one(&m[0].layer, "resp.string"), "OK");
    let m = c.seg(Dir::Server, b"-ERR no\r\n:42\r\n$-1\r\n*0\r\n");
    let l = &m[0].layer;
    assert_eq!(info(l), "Response: Error: ERR no 42");
    assert_eq!(one(l, "resp.error"), "ERR no");
    assert_eq!(one(l, "resp.integer"), "42");
    assert_eq!(one(l, "resp.bulk_string.length"), "-1");
    assert_eq!(one(l, "resp.array.length"), "0");
}

#[test]
fn inline_commands_and_resp3_are_fragments() {
    let mut c = feed();
    let m = c.seg(Dir::Client, b"PING\r\nPING\r\n");
    assert_eq!(info(&m[0].layer), "Request: [fragment] [fragment]");
    assert_eq!(vals(&m[0].layer, "resp.fragment").len(), 2);
    let m = c.seg(Dir::Server, b"%1\r\n+a\r\n:1\r\n");
    assert_eq!(info(&m[0].layer), "Response: [fragment] a 1");
}

#[test]
fn a_bulk_string_across_segments_waits_for_its_bytes() {
    let mut c = feed();
    let m = c.seg(Dir::Server, b"+OK\r\n$10\r\n01234");
    assert_eq!(info(&m[0].layer), "Response: OK [continuation]");
    assert!(c.d.holds_partial(Dir::Server));
    // Not yet the 7 bytes asked for: no call.
    assert!(c.seg(Dir::Server, b"56").is_empty());
    let m = c.seg(Dir::Server, b"789\r\n:7\r\n");
    assert_eq!(m.len(), 2);
    assert_eq!(info(&m[0].layer), "Response: 0123456789");
    assert_eq!((m[0].stream_offset, m[0].stream_end), (5, 22));
    assert_eq!(info(&m[1].layer), "Response: 7");
    assert!(!c.d.holds_partial(Dir::Server));
}

#[test]
fn an_array_across_segments_is_read_again_whole() {
    let mut c = feed();
    let m = c.seg(Dir::Client, b"*2\r\n$3\r\nGET\r\n$1");
    let l = &m[0].layer;
    assert_eq!(info(l), "Request: GET [continuation]");
    assert_eq!(vals(l, "resp.reassembled_in_next_frame").len(), 1);
    let m = c.seg(Dir::Client, b"\r\nk\r\n");
    assert_eq!(info(&m[0].layer), "Request: GET k");
    assert_eq!(m[0].stream_offset, 0);
}

#[test]
fn bad_lengths_and_odd_lines_never_panic() {
    let mut c = feed();
    let m = c.seg(Dir::Server, b"*-5\r\n$-3\r\n\r\n\n:x\r\n");
    let l = &m[0].layer;
    assert_eq!(vals(l, "resp.malformed_length").len(), 2);
    for b in [
        &b"*"[..],
        b"$",
        b"\r",
        b"*99999999999999999999\r\n",
        b"$2147483647\r\n",
        b"$-2147483649\r\n",
        b"*1\r\n*1\r\n*1\r\n",
    ] {
        let mut c = feed();
        c.seg(Dir::Client, b);
        c.seg(Dir::Client, b"\r\n");
    }
    // Deeper than tshark recurses.
    let deep = b"*1\r\n".repeat(40);
    let mut c = feed();
    let m = c.seg(Dir::Client, &deep);
    assert_eq!(vals(&m[0].layer, "resp.array_recursion_too_deep").len(), 1);
}
