//! MySQL as tshark 4.0 shows it (crafted bytes; the values are those
//! `tshark -T fields` printed for the same packets in zeek's mysql traces).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};

fn feed() -> Feed<MysqlDecoder> {
    Feed::with(MysqlDecoder::new(), PORT)
}

fn pkt(n: u8, body: &[u8]) -> Vec<u8> {
    let len = body.len() as u32;
    let mut m = len.to_le_bytes()[..3].to_vec();
    m.push(n);
    m.extend_from_slice(body);
    m
}

fn info_of(m: Vec<Message>) -> String {
    let layers: Vec<_> = m.into_iter().map(|x| x.layer).collect();
    let mut s = String::new();
    info(&mut s, &layers, layers.len() - 1);
    s
}

#[test]
fn greeting_login_query_result() {
    let mut c = feed();
    let mut g = vec![10];
    g.extend_from_slice(b"5.0.54\0");
    g.extend_from_slice(&[0x33, 0, 0, 0]);
    g.extend_from_slice(b"abcdefgh\0");
    g.extend_from_slice(&[0x2c, 0xa2, 8, 2, 0, 0, 0, 0]);
    g.extend_from_slice(&[0; 10]);
    g.extend_from_slice(b"ijklmnopqrst\0");
    let m = c.seg(Dir::Server, &pkt(0, &g));
    let l = &m[0].layer;
    assert_eq!(one(l, "mysql.version"), "5.0.54");
    assert_eq!(one(l, "mysql.thread_id"), "51");
    assert_eq!(one(l, "mysql.caps.server"), "0xa22c");
    assert_eq!(one(l, "mysql.salt2"), "ijklmnopqrst");
    assert_eq!(info_of(m), "Server Greeting  proto=10 version=5.0.54 ");

    let mut lg = vec![0x85, 0xa6, 3, 0, 0, 0, 0, 1, 8];
    lg.extend_from_slice(&[0; 23]);
    lg.extend_from_slice(b"tfoerste\0");
    lg.push(20);
    lg.extend_from_slice(&[0xee; 20]);
    let m = c.seg(Dir::Client, &pkt(1, &lg));
    let l = &m[0].layer;
    assert_eq!(one(l, "mysql.user"), "tfoerste");
    assert_eq!(one(l, "mysql.max_packet"), "16777216");
    assert_eq!(vals(l, "mysql.caps.pm"), ["0", "0"]);
    assert_eq!(info_of(m), "Login Request user=tfoerste ");

    let m = c.seg(Dir::Server, &pkt(2, &[0, 0, 0, 2, 0, 0, 0]));
    assert_eq!(one(&m[0].layer, "mysql.affected_rows"), "0");
    assert_eq!(info_of(m), "Response  OK ");

    let mut q = vec![3];
    q.extend_from_slice(b"select 1");
    let m = c.seg(Dir::Client, &pkt(0, &q));
    assert_eq!(one(&m[0].layer, "mysql.query"), "select 1");
    assert_eq!(info_of(m), "Request Query");

    let mut seg = pkt(1, &[1]);
    let mut fld = Vec::new();
    for s in ["def", "", "", "", "1", ""] {
        fld.push(s.len() as u8);
        fld.extend_from_slice(s.as_bytes());
    }
    fld.extend_from_slice(&[0x0c, 0x3f, 0, 1, 0, 0, 0, 8, 0x81, 0, 0, 0, 0]);
    seg.extend(pkt(2, &fld));
    seg.extend(pkt(3, &[0xfe, 0, 0, 2, 0]));
    seg.extend(pkt(4, &[1, b'1']));
    seg.extend(pkt(5, &[0xfe, 0, 0, 2, 0]));
    let m = c.seg(Dir::Server, &seg);
    assert_eq!(m.len(), 5);
    assert_eq!(one(&m[0].layer, "mysql.num_fields"), "1");
    assert_eq!(one(&m[1].layer, "mysql.field.name"), "1");
    assert_eq!(one(&m[1].layer, "mysql.field.flags"), "0x0081");
    assert_eq!(one(&m[2].layer, "mysql.eof"), "254");
    assert_eq!(one(&m[3].layer, "mysql.row.text"), "1");
    assert!(m[0].layer.has(f::mysql::OSIDUMP_CALL));
    assert!(!m[1].layer.has(f::mysql::OSIDUMP_CALL));
    assert_eq!(info_of(m), "Response TABULAR Response ");
}

#[test]
fn a_packet_across_segments_and_errors() {
    let mut c = feed();
    c.d.conv.state = State::Request;
    let mut e = vec![0xff, 0x86, 0x04, b'#'];
    e.extend_from_slice(b"08S01Got packets out of order");
    let p = pkt(2, &e);
    assert!(c.seg(Dir::Server, &p[..2]).is_empty());
    assert!(c.d.wants_one_more_segment(Dir::Server));
    assert!(c.seg(Dir::Server, &p[2..10]).is_empty());
    let m = c.seg(Dir::Server, &p[10..]);
    let l = &m[0].layer;
    assert_eq!(one(l, "mysql.error_code"), "1158");
    assert_eq!(one(l, "mysql.sqlstate"), "08S01");
    assert_eq!(one(l, "mysql.error.message"), "Got packets out of order");
    assert_eq!(info_of(m), "Response  Error 1158 ");
}

#[test]
fn cut_packets_never_panic() {
    let mut g = vec![10];
    g.extend_from_slice(b"8.0.32\0");
    g.extend_from_slice(&[1, 0, 0, 0]);
    g.extend_from_slice(b"abcdefgh\0");
    g.extend_from_slice(&[0xff, 0xff, 0xff, 2, 0, 0xff, 0xff, 21]);
    let p = pkt(0, &g);
    for cut in 4..p.len() {
        let mut c = feed();
        let mut b = p[..cut].to_vec();
        let len = (cut - 4) as u32;
        b[..3].copy_from_slice(&len.to_le_bytes()[..3]);
        let _ = c.seg(Dir::Server, &b);
        for body in [&[1u8, 0, 0, 0, 0][..], &[0xfe], &[0], &[0xff, 1], &[3]] {
            let _ = c.seg(Dir::Client, &pkt(1, body));
            let _ = c.seg(Dir::Server, &pkt(2, body));
        }
    }
}

#[test]
fn an_ssl_login_hands_over_to_tls() {
    let mut d = MysqlDecoder::new();
    d.conv.state = State::Login;
    let mut c = Feed::with(crate::dissect::app::handover::Handover::new(d), PORT);
    // CLIENT_SSL with CLIENT_PROTOCOL_41: the 32-byte SSL request.
    let mut lg = vec![0x05, 0xaa, 0xff, 0xf7, 0, 0, 0, 1, 8];
    lg.extend_from_slice(&[0; 23]);
    let m = c.seg(Dir::Client, &pkt(1, &lg));
    assert_eq!(one(&m[0].layer, "mysql.caps.sl"), "1");
    assert_eq!(one(&m[0].layer, "mysql.user"), "");
    assert_eq!(info_of(m), "Response: SSL Handshake user= ");
    // The request is MySQL's; the next segment is TLS's.
    assert_eq!(c.d.protocol(), "tls");
    let m = c.seg(Dir::Client, &[0x16, 3, 1, 0, 1, 1]);
    assert!(
        !m.is_empty() && m.iter().all(|m| m.layer.protocol == "tls"),
        "{m:?}"
    );
}

#[test]
fn an_unknown_command_is_payload_and_an_expert_item() {
    let mut c = feed();
    c.d.conv.state = State::Undefined;
    let m = c.seg(Dir::Client, &pkt(0, &[202, 1, 2]));
    let l = &m[0].layer;
    assert_eq!(one(l, "mysql.command"), "202");
    assert_eq!(one(l, "mysql.payload"), "0102");
    assert!(l.has(f::mysql::COMMAND_INVALID));
    assert_eq!(info_of(m), "Request Unknown (202) ");
    let m = c.seg(Dir::Client, &pkt(0, &[30]));
    assert_eq!(info_of(m), "Request Send Binlog GTID");
}
