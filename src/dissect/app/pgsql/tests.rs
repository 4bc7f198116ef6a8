//! PostgreSQL as tshark 4.0 shows it (crafted bytes; the values are those
//! `tshark -T fields` printed for the same messages in zeek's postgresql
//! traces).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};

fn feed() -> Feed<PgsqlDecoder> {
    Feed::with(PgsqlDecoder::new(), PORT)
}

fn msg(ty: u8, body: &[u8]) -> Vec<u8> {
    let mut m = vec![ty];
    m.extend_from_slice(&(body.len() as u32 + 4).to_be_bytes());
    m.extend_from_slice(body);
    m
}

#[test]
fn startup_query_and_result() {
    let mut c = feed();
    let mut s = Vec::new();
    s.extend_from_slice(&0u32.to_be_bytes());
    s.extend_from_slice(&196_608u32.to_be_bytes());
    s.extend_from_slice(b"user\0zeek\0database\0db\0\0");
    let len = s.len() as u32;
    s[..4].copy_from_slice(&len.to_be_bytes());
    let m = c.seg(Dir::Client, &s);
    let l = &m[0].layer;
    assert_eq!(one(l, "pgsql.type"), "Startup message");
    assert_eq!(one(l, "pgsql.version_major"), "3");
    assert_eq!(vals(l, "pgsql.parameter_name"), ["user", "database"]);
    assert_eq!(vals(l, "pgsql.parameter_value"), ["zeek", "db"]);
    assert_eq!(one(l, "pgsql.frontend"), "1");

    let m = c.seg(Dir::Client, &msg(b'Q', b"select now()\0"));
    assert_eq!(one(&m[0].layer, "pgsql.query"), "select now()");
    assert_eq!(one(&m[0].layer, "pgsql.length"), "17");

    let mut t = vec![0, 1];
    t.extend_from_slice(b"now\0");
    t.extend_from_slice(&[
        0, 0, 0, 0, 0, 0, 0, 0, 4, 0xa0, 0, 8, 0xff, 0xff, 0xff, 0xff, 0, 0,
    ]);
    let mut seg = msg(b'T', &t);
    seg.extend(msg(
        b'D',
        &[0, 2, 0, 0, 0, 2, b'h', b'i', 0xff, 0xff, 0xff, 0xff],
    ));
    seg.extend(msg(b'C', b"SELECT 1\0"));
    seg.extend(msg(b'Z', b"I"));
    let m = c.seg(Dir::Server, &seg);
    assert_eq!(m.len(), 4);
    assert_eq!(one(&m[0].layer, "pgsql.col.name"), "now");
    assert_eq!(one(&m[0].layer, "pgsql.oid.type"), "1184");
    assert_eq!(one(&m[0].layer, "pgsql.col.typemod"), "-1");
    assert_eq!(vals(&m[1].layer, "pgsql.val.length"), ["2", "-1"]);
    assert_eq!(one(&m[1].layer, "pgsql.val.data"), "6869");
    assert_eq!(one(&m[2].layer, "pgsql.tag"), "SELECT 1");
    assert_eq!(one(&m[3].layer, "pgsql.status"), "73");
    assert_eq!(one(&m[3].layer, "pgsql.frontend"), "0");
    let layers: Vec<_> = m.into_iter().map(|x| x.layer).collect();
    let mut s = String::new();
    info(&mut s, &layers, 3);
    assert_eq!(s, "<T/D/C/Z");
}

#[test]
fn sasl_decides_how_the_password_message_reads() {
    let mut c = feed();
    let mut r = 10u32.to_be_bytes().to_vec();
    r.extend_from_slice(b"SCRAM-SHA-256\0\0");
    let m = c.seg(Dir::Server, &msg(b'R', &r));
    assert_eq!(one(&m[0].layer, "pgsql.authtype"), "10");
    assert_eq!(one(&m[0].layer, "pgsql.auth.sasl.mech"), "SCRAM-SHA-256");
    let mut p = b"SCRAM-SHA-256\0".to_vec();
    p.extend_from_slice(&3u32.to_be_bytes());
    p.extend_from_slice(b"n,,");
    let m = c.seg(Dir::Client, &msg(b'p', &p));
    assert_eq!(
        one(&m[0].layer, "pgsql.type"),
        "SASLInitialResponse message"
    );
    assert_eq!(one(&m[0].layer, "pgsql.auth.sasl.data"), "6e2c2c");
}

#[test]
fn errors_fields_and_ssl_answer() {
    let mut c = feed();
    let mut ssl = 8u32.to_be_bytes().to_vec();
    ssl.extend_from_slice(&80_877_103u32.to_be_bytes());
    let m = c.seg(Dir::Client, &ssl);
    assert_eq!(one(&m[0].layer, "pgsql.type"), "SSL request");
    assert!(c.seg(Dir::Server, b"N").is_empty());
    assert!(c.d.consumed_silently(Dir::Server));
    let m = c.seg(
        Dir::Server,
        &msg(b'E', b"SERROR\0C28P01\0Mpassword failed\0Rauth_failed\0\0"),
    );
    let l = &m[0].layer;
    assert_eq!(one(l, "pgsql.severity"), "ERROR");
    assert_eq!(one(l, "pgsql.code"), "28P01");
    assert_eq!(one(l, "pgsql.message"), "password failed");
    assert_eq!(one(l, "pgsql.routine"), "auth_failed");
}

#[test]
fn messages_across_segments() {
    let mut c = feed();
    let q = msg(b'Q', b"select 1\0");
    // Header cut: the next segment joins the same call.
    assert!(c.seg(Dir::Client, &q[..3]).is_empty());
    assert!(c.d.wants_one_more_segment(Dir::Client));
    let mut rest = q[3..].to_vec();
    rest.extend(msg(b'S', b""));
    let m = c.seg(Dir::Client, &rest);
    assert_eq!(m.len(), 2);
    assert!(m[1].layer.get_str(f::pgsql::OSIDUMP_CALL).is_none());
    // Header whole: exactly the message, then a call of its own.
    assert!(c.seg(Dir::Client, &q[..7]).is_empty());
    let mut rest = q[7..].to_vec();
    rest.extend(msg(b'S', b""));
    let m = c.seg(Dir::Client, &rest);
    assert_eq!(m.len(), 2);
    assert_eq!((m[0].stream_offset, m[0].stream_end), (19, 33));
    assert_eq!(m[1].layer.get_str(f::pgsql::OSIDUMP_CALL), Some(">"));
}

#[test]
fn short_and_odd_messages_never_panic() {
    for b in [
        &b"Q\0\0\0\x05"[..],
        b"Q\0\0\0\x06x",
        b"T\0\0\0\x06\0\x05",
        b"D\0\0\0\x0a\0\x01\x7f\xff\xff\xff",
        b"\0\0\0\x08\0\x03\0\0",
        b"Q\0\0\0\x01",
        b"E\0\0\0\x05",
        b"v\0\0\0\x0c\0\0\0\0\x7f\xff\xff\xff",
    ] {
        let mut c = feed();
        c.seg(Dir::Client, b);
        c.seg(Dir::Server, b);
        c.seg(Dir::Server, b);
    }
}

#[test]
fn a_length_shorter_than_the_header_is_malformed_and_the_rest_dropped() {
    let mut c = feed();
    let m = c.seg(Dir::Server, b"E\0\0\0\x03abQ\0\0\0\x05");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].layer.get_str(f::pgsql::OSIDUMP_CALL), Some("<"));
    assert!(!m[0].layer.anomalies.is_empty());
    assert!(!c.d.holds_partial(Dir::Server));
    let m = c.seg(Dir::Server, &msg(b'Z', b"I"));
    assert_eq!(one(&m[0].layer, "pgsql.status"), "73");
}
