use super::*;
use crate::dissect::app::testing::{one, vals};

/// A version 2 Service Reply with one URL entry and its auth block.
fn reply() -> Vec<u8> {
    let mut m = vec![2, 2, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 7, 0, 2, b'e', b'n'];
    m.extend_from_slice(&[0, 0, 0, 1, 0, 1, 44, 0, 3, b'a', b':', b'b', 1]);
    m.extend_from_slice(&[0, 2, 0, 11, 0, 0, 0, 1, 0, 1, b'k']);
    let len = m.len() as u8;
    m[4] = len;
    m
}

fn whole(b: &[u8]) -> Layer<'static> {
    layer(b, b.len(), true)
}

#[test]
fn reply_with_its_auth_block() {
    let m = reply();
    let l = whole(&m);
    assert!(l.thrown.is_none());
    assert_eq!(one(&l, "osidump.srvloc.info"), "Service Reply, V2 XID - 7");
    assert_eq!(one(&l, "srvloc.url.url"), "a:b");
    assert_eq!(one(&l, "srvloc.authblkv2.slpspi"), "k");
    assert_eq!(one(&l, "srvloc.flags_v2.fresh"), "1");
}

#[test]
fn attribute_items_split_at_commas() {
    let mut m = vec![2, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 9];
    m.extend_from_slice(b",a,,b\0c,d");
    m.push(0);
    let l = whole(&m);
    // Up to the NUL: an empty item first and between commas.
    assert_eq!(vals(&l, "srvloc.item"), ["", "a", "", "b"]);
    assert_eq!(one(&l, "srvloc.srvreq.attrauthcount"), "0");
}

#[test]
fn error_codes_are_flagged_by_name_or_number() {
    let l = whole(&[2, 5, 0, 0, 16, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 7]);
    assert_eq!(one(&l, "_ws.expert.message"), "Error: Authentication error");
    let l = whole(&[1, 5, 0, 14, 0, 0, b'e', b'n', 0, 3, 0, 1, 0, 0x63]);
    assert_eq!(
        one(&l, "_ws.expert.message"),
        "Error: Unknown SRVLOC Error (0x63)"
    );
}

#[test]
fn cut_and_past_the_end() {
    let m = reply();
    // The capture kept 20 bytes of it: truncated.
    let l = layer(&m[..20], m.len(), true);
    assert_eq!(
        l.thrown.as_deref().map(|t| t.kind),
        Some(AnomalyKind::Truncated)
    );
    // The message itself is 20 bytes: malformed.
    let l = whole(&m[..20]);
    assert_eq!(
        l.thrown.as_deref().map(|t| t.kind),
        Some(AnomalyKind::Malformed)
    );
    // A header of one byte: no column text but the cleared Info.
    let l = whole(&[2]);
    assert_eq!(one(&l, "osidump.srvloc.info"), "");
    assert!(!wrote_no_columns(&l));
}

#[test]
fn ucs2_strings() {
    assert_eq!(ucs2(b"\x00a\x00b\x00"), "ab");
    assert_eq!(ucs2(b"\x00a\x00\x00\x00b"), "a");
    assert_eq!(ucs2(b"\xd8\x00"), "\u{fffd}");
}

#[test]
fn ntp_times_as_tshark_reads_them() {
    assert_eq!(ntp_time(&[0; 8]), Timestamp::new(0, 0));
    let t = ntp_time(&[0x83, 0xaa, 0x7e, 0x80, 0x80, 0, 0, 0]);
    assert_eq!(t, Timestamp::new(0, 500_000_000));
}

/// A message split over segments, then two in one segment, then a bogus
/// length: every message once, the bogus length a layer that writes no
/// column.
#[test]
fn tcp_framing() {
    let m = reply();
    let mut d = SrvlocStream::default();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &m[..3], &mut out);
    assert!(out.is_empty() && d.wants_one_more_segment(Dir::Client));
    d.feed(Dir::Client, 3, &m[3..10], &mut out);
    assert!(out.is_empty() && d.holds_partial(Dir::Client));
    d.feed(Dir::Client, 10, &m[10..], &mut out);
    assert_eq!(out.len(), 1);
    let two = [&m[..], &m[..]].concat();
    d.feed(Dir::Client, m.len() as u64, &two, &mut out);
    assert_eq!(out.len(), 3);
    assert!(out[1].layer.has(f::srvloc::OSIDUMP_CALL));
    assert!(!out[2].layer.has(f::srvloc::OSIDUMP_CALL));
    d.feed(Dir::Server, 0, &[2, 1, 0, 0, 4, 0], &mut out);
    assert_eq!(out.len(), 4);
    assert!(wrote_no_columns(&out[3].layer));
}

/// Every prefix of every function of both versions, whole or cut by the
/// capture, and every prefix fed to the TCP decoder: never a panic.
#[test]
fn cut_messages_never_panic() {
    for version in [0u8, 1, 2, 3] {
        for function in 0..=13u8 {
            let mut m = reply();
            m[0] = version;
            m[1] = function;
            m.extend_from_slice(&[0xff; 40]);
            for end in 0..=m.len() {
                let l = layer(&m[..end], m.len(), end % 2 == 0);
                assert_eq!(l.protocol, "srvloc");
                let _ = whole(&m[..end]);
                let mut d = SrvlocStream::default();
                let mut out = Vec::new();
                d.feed(Dir::Client, 0, &m[..end], &mut out);
                d.set_snap_cut(3);
                d.feed(Dir::Client, end as u64, &m[end..], &mut out);
            }
        }
    }
}

/// The SA Advertisement's count is the attribute list's length, which
/// may exceed a byte (tshark shows it whole).
#[test]
fn sa_advert_count_is_the_attribute_list_length() {
    let mut m = vec![
        2, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, b'u', 0, 0, 1, 44,
    ];
    m.extend_from_slice(&[b'x'; 300]);
    m.push(0);
    let l = whole(&m);
    assert!(l.thrown.is_none());
    assert_eq!(one(&l, "srvloc.saadvert.authcount"), "300");
}
