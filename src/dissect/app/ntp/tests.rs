//! Unit tests of the NTP decoder: messages from samples/ntp.pcap (chrony)
//! and crafted ones whose expected values are what tshark 4.0 shows for
//! the same bytes (checked with `tshark -V` / `-T fields` when written).

use super::dissect;
use crate::dissect::Dissector;
use crate::dissect::layer::{AnomalyKind, Layer};
use crate::dissect::testing::{fields, frame, get};

/// The server's reply of samples/ntp.pcap frame 2 (chronyd, stratum 10,
/// MD5 key 1), its UDP payload:
/// ```text
/// 0000  24 0a 06 e6 00 00 00 00 00 00 00 00 7f 7f 01 01   $...............
/// 0010  ee b9 45 cb d2 54 10 11 33 3d 6b 59 ef 77 1c 50   ..E..T..3=kY.w.P
/// 0020  ee b9 45 cd 84 3b f2 ff ee b9 45 cd 84 c6 c3 98   ..E..;....E.....
/// 0030  00 00 00 01 d0 1b b4 54 d4 1c cc ca 6c 7a a3 c7   .......T....lz..
/// 0040  f8 30 7a f6                                       .0z.
/// ```
const SERVER: &[u8] = &[
    0x24, 0x0a, 0x06, 0xe6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x7f, 0x7f, 0x01, 0x01,
    0xee, 0xb9, 0x45, 0xcb, 0xd2, 0x54, 0x10, 0x11, 0x33, 0x3d, 0x6b, 0x59, 0xef, 0x77, 0x1c, 0x50,
    0xee, 0xb9, 0x45, 0xcd, 0x84, 0x3b, 0xf2, 0xff, 0xee, 0xb9, 0x45, 0xcd, 0x84, 0xc6, 0xc3, 0x98,
    0x00, 0x00, 0x00, 0x01, 0xd0, 0x1b, 0xb4, 0x54, 0xd4, 0x1c, 0xcc, 0xca, 0x6c, 0x7a, 0xa3, 0xc7,
    0xf8, 0x30, 0x7a, 0xf6,
];

/// Every field of a layer as (name, `-T fields` text).
fn shown(l: &Layer<'_>) -> Vec<(String, String)> {
    l.fields
        .iter()
        .map(|f| {
            let mut s = String::new();
            crate::render::value::fields_repr(&mut s, f);
            (f.name().to_owned(), s)
        })
        .collect()
}

fn one<'a>(f: &'a [(String, String)], name: &str) -> &'a str {
    let v = get(f, name);
    assert_eq!(v.len(), 1, "{name}: {v:?}");
    v[0]
}

fn info(l: &Layer<'_>) -> String {
    let mut s = String::new();
    super::info(&mut s, l);
    s
}

#[test]
fn a_server_reply_reads_as_tshark_shows_it() {
    let l = dissect(SERVER, 42, SERVER.len(), false, false);
    let f = shown(&l);
    for (name, want) in [
        ("ntp.flags", "0x24"),
        ("ntp.flags.li", "0"),
        ("ntp.flags.vn", "4"),
        ("ntp.flags.mode", "4"),
        ("ntp.stratum", "10"),
        ("ntp.ppoll", "6"),
        ("ntp.precision", "230"),
        ("ntp.rootdelay", "0"),
        ("ntp.rootdispersion", "0"),
        ("ntp.refid", "7f7f0101"),
        ("ntp.reftime", "Dec  1, 2026 13:10:35.821595195 UTC"),
        ("ntp.org", "May  6, 2063 01:48:09.935411233 UTC"),
        ("ntp.rec", "Dec  1, 2026 13:10:37.516539752 UTC"),
        ("ntp.xmt", "Dec  1, 2026 13:10:37.518657898 UTC"),
        ("ntp.keyid", "00000001"),
        ("ntp.mac", "d01bb454d41cccca6c7aa3c7f8307af6"),
    ] {
        assert_eq!(one(&f, name), want, "{name}");
    }
    assert!(l.anomalies.is_empty());
    assert_eq!(info(&l), "NTP Version 4, server");
}

#[test]
fn zero_timestamps_show_null_and_eras_follow_the_top_bit() {
    let mut m = SERVER[..48].to_vec();
    // reftime: zero seconds, a fraction below a nanosecond: the zero time.
    m[16..24].copy_from_slice(&[0, 0, 0, 0, 0, 0, 0, 1]);
    // org: zero seconds, half a second: era 1.
    m[24..32].copy_from_slice(&[0, 0, 0, 0, 0x80, 0, 0, 0]);
    // rec: 0x80000000 (top bit set): era 0, 1968.
    m[32..40].copy_from_slice(&[0x80, 0, 0, 0, 0, 0, 0, 0]);
    // xmt: one second before 1970.
    m[40..48].copy_from_slice(&[0x83, 0xaa, 0x7e, 0x7f, 0xff, 0xff, 0xff, 0xfe]);
    let f = shown(&dissect(&m, 0, m.len(), false, false));
    assert_eq!(one(&f, "ntp.reftime"), "NULL");
    assert_eq!(one(&f, "ntp.org"), "Feb  7, 2036 06:28:16.500000000 UTC");
    assert_eq!(one(&f, "ntp.rec"), "Jan 20, 1968 03:14:08.000000000 UTC");
    assert_eq!(one(&f, "ntp.xmt"), "Dec 31, 1969 23:59:59.999999999 UTC");
}

/// The header with `rest` after it.
fn with(rest: &[u8]) -> Vec<u8> {
    let mut m = SERVER[..48].to_vec();
    m.extend_from_slice(rest);
    m
}

fn ext(t: u16, len: u16, fill: u8) -> Vec<u8> {
    let mut e = t.to_be_bytes().to_vec();
    e.extend_from_slice(&len.to_be_bytes());
    e.resize(usize::from(len.max(4)), fill);
    e
}

#[test]
fn extension_fields_are_read_only_where_tshark_reads_them() {
    // An extension and a 20-byte MAC.
    let mut rest = ext(0x0104, 28, 0x11);
    rest.extend_from_slice(&[1; 20]);
    let f = shown(&dissect(&with(&rest), 0, 48 + rest.len(), false, false));
    assert_eq!(one(&f, "ntp.ext.type"), "0x0104");
    assert_eq!(one(&f, "ntp.ext.length"), "28");
    assert_eq!(one(&f, "ntp.ext.value"), "11".repeat(24));
    assert_eq!(one(&f, "ntp.keyid"), "01010101");
    assert_eq!(one(&f, "ntp.mac"), "01".repeat(16));
    // Two 16-byte extensions and nothing else: both.
    let mut rest = ext(0x0104, 16, 0x11);
    rest.extend(ext(0x0204, 16, 0x22));
    let f = shown(&dissect(&with(&rest), 0, 80, false, false));
    assert_eq!(get(&f, "ntp.ext.type"), ["0x0104", "0x0204"]);
    assert!(get(&f, "ntp.keyid").is_empty());
    // An extension leaving 4 bytes: none; all of it is the MAC.
    let mut rest = ext(0x0104, 28, 0x11);
    rest.extend_from_slice(&[1; 4]);
    let f = shown(&dissect(&with(&rest), 0, 80, false, false));
    assert!(get(&f, "ntp.ext").is_empty());
    assert_eq!(one(&f, "ntp.keyid"), "0104001c");
    // A length below 16: the MAC.
    let mut rest = ext(0x0104, 8, 0x11);
    rest.extend_from_slice(&[0; 20]);
    let f = shown(&dissect(&with(&rest), 0, 76, false, false));
    assert!(get(&f, "ntp.ext").is_empty());
    assert_eq!(one(&f, "ntp.keyid"), "01040008");
    // Not a multiple of 4: the warning, and nothing after it.
    let mut rest = ext(0x0104, 30, 0x11);
    rest.resize(30, 0);
    let m = with(&rest);
    let l = dissect(&m, 0, 78, false, false);
    let f = shown(&l);
    assert_eq!(one(&f, "ntp.ext.length"), "30");
    assert!(get(&f, "ntp.ext.value").is_empty());
    assert_eq!(
        one(&f, "_ws.expert.message"),
        "Extension length 30 isn't a multiple of 4"
    );
    // Two bytes after the header: neither key ID nor MAC.
    let f = shown(&dissect(&with(&[1, 2]), 0, 50, false, false));
    assert!(get(&f, "ntp.keyid").is_empty() && get(&f, "ntp.mac").is_empty());
}

#[test]
fn control_messages_show_their_status_word_by_opcode() {
    // Read status response of association 0: the system status, then
    // (association, peer status) pairs.
    let m = [
        0x16, 0x81, 0x00, 0x07, 0x06, 0x15, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x04, 0xd2, 0x96,
        0x14, 0x04, 0xd3, 0x80, 0x11,
    ];
    let l = dissect(&m, 0, m.len(), false, false);
    let f = shown(&l);
    assert_eq!(info(&l), "NTP Version 2, control");
    assert_eq!(one(&f, "ntp.ctrl.flags2"), "0x81");
    assert_eq!(one(&f, "ntp.ctrl.sequence"), "7");
    assert_eq!(get(&f, "ntp.ctrl.status"), ["0x0615", "0x9614", "0x8011"]);
    assert_eq!(one(&f, "ntp.ctrl.sys_status.clksrc"), "6");
    assert_eq!(one(&f, "ntp.ctrl.sys_status.code"), "5");
    assert_eq!(get(&f, "ntp.ctrl.associd"), ["0", "1234", "1235"]);
    assert_eq!(get(&f, "ntp.ctrl.peer_status.selection"), ["6", "0"]);
    assert_eq!(get(&f, "ntp.ctrl.item").len(), 2);
    // An error response: the error status word.
    let m = [0x16, 0xc2, 0, 9, 0x04, 0, 0, 0, 0, 0, 0, 0];
    let f = shown(&dissect(&m, 0, 12, false, false));
    assert_eq!(one(&f, "ntp.ctrl.err_status"), "4");
    // A request with an MD5 authenticator after 4 bytes of padding.
    let mut m = vec![0x16, 0x02, 0, 10, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    m.extend_from_slice(&[0, 0, 0, 1]);
    m.extend_from_slice(&[0x33; 16]);
    let f = shown(&dissect(&m, 0, m.len(), false, false));
    assert_eq!(one(&f, "ntp.padding"), "00000000");
    assert_eq!(one(&f, "ntp.key_type"), "0");
    assert_eq!(one(&f, "ntp.key_index"), "0x00000001");
    assert_eq!(one(&f, "ntp.key_signature"), "33".repeat(16));
}

#[test]
fn private_messages_show_the_request_code_in_info() {
    let m = [0x97, 0x00, 0x03, 42, 0x00, 0x00, 0x00, 0x48];
    let l = dissect(&m, 0, m.len(), false, false);
    let f = shown(&l);
    assert_eq!(info(&l), "NTP Version 2, private, Response, MON_GETLIST_1");
    assert_eq!(one(&f, "ntp.priv.flags.r"), "1");
    assert_eq!(one(&f, "ntp.priv.impl"), "3");
    assert_eq!(one(&f, "ntp.priv.numitems"), "0");
    assert_eq!(one(&f, "ntp.priv.itemsize"), "72");
}

#[test]
fn every_cut_stops_where_tshark_throws_and_never_panics() {
    let mut ctrl = vec![0x16, 0x82, 0, 8, 0x06, 0x15, 0, 0, 0, 0, 0, 10];
    ctrl.extend_from_slice(b"leap=00, x");
    let mut mon = vec![0x17, 0x80, 0x03, 20, 0x00, 0x02, 0x00, 0x20];
    mon.resize(8 + 64, 7);
    let mut ext_msg = with(&ext(0x0404, 36, 0x44));
    ext_msg.extend_from_slice(&[9; 20]);
    for msg in [SERVER.to_vec(), ctrl, mon, ext_msg] {
        for cut in 0..msg.len() {
            let part = &msg[..cut];
            // Cut by the capture (the datagram was longer) ...
            let l = dissect(part, 0, msg.len(), true, false);
            // ... and a datagram that is itself this short.
            let m = dissect(part, 0, cut, false, false);
            if cut > 0 && cut < 48 && msg[0] & 7 == 4 {
                assert!(l.anomalies.iter().all(|a| a.kind == AnomalyKind::Truncated));
                assert!(!l.anomalies.is_empty(), "cut at {cut}");
                assert!(m.anomalies.iter().all(|a| a.kind == AnomalyKind::Malformed));
                assert!(!m.anomalies.is_empty(), "cut at {cut}");
            }
            // Quoted by an ICMP error: short on purpose, nothing marked.
            assert!(dissect(part, 0, msg.len(), true, true).anomalies.is_empty());
        }
    }
    // Hostile lengths: a status list that does not divide by 4 reads on
    // until the message ends, and stops there.
    let m = [
        0x16, 0x81, 0, 1, 0, 0, 0, 0, 0, 0, 0, 6, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5,
    ];
    let l = dissect(&m, 0, m.len(), false, false);
    assert!(!l.anomalies.is_empty());
}

/// A raw IPv6 frame (LINKTYPE_IPV6) carrying `payload` in UDP.
fn ipv6_udp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let ulen = 8 + payload.len();
    let mut f = vec![0x60, 0, 0, 0];
    f.extend_from_slice(&(ulen as u16).to_be_bytes());
    f.extend_from_slice(&[17, 64]);
    f.extend_from_slice(&[0xfd, 0x99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    f.extend_from_slice(&[0xfd, 0x99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    f.extend_from_slice(&sport.to_be_bytes());
    f.extend_from_slice(&dport.to_be_bytes());
    f.extend_from_slice(&(ulen as u16).to_be_bytes());
    f.extend_from_slice(&[0, 0]);
    f.extend_from_slice(payload);
    f
}

#[test]
fn port_123_on_either_side_over_ipv6_is_ntp() {
    let data = ipv6_udp(123, 41531, SERVER);
    let mut d = Dissector::new();
    let out = d.dissect(&frame(229, &data));
    let f = fields(&out);
    assert_eq!(get(&f, "frame.protocols"), ["ipv6:udp:ntp"]);
    assert_eq!(get(&f, "ntp.stratum"), ["10"]);
    // An empty datagram to port 123 is UDP alone, as in tshark.
    let data = ipv6_udp(41531, 123, &[]);
    let out = Dissector::new().dissect(&frame(229, &data));
    assert!(out.layer("ntp").is_none());
}

#[test]
fn an_odd_extension_length_is_shown_without_reading_past_it() {
    // An extension of length 67 with 37 bytes after it, the capture cut
    // 31 bytes into it: tshark shows it and its warning and reads no
    // further (a random mutation once made this read past the bytes).
    let mut m = with(&ext(0x0000, 67, 0));
    m.resize(48 + 104, 0);
    let l = dissect(&m[..79], 0, m.len(), true, false);
    let f = shown(&l);
    assert_eq!(one(&f, "ntp.ext.length"), "67");
    assert_eq!(
        one(&f, "_ws.expert.message"),
        "Extension length 67 isn't a multiple of 4"
    );
    assert!(l.anomalies.is_empty());
}

#[test]
fn a_read_starting_past_the_capture_is_judged_by_its_start() {
    // A mode 7 request with the auth bit: its timestamp at 184..192 of a
    // 189-byte datagram of which 154 bytes were captured. tshark: the
    // read starts within the datagram, so the capture cut it short.
    let mut m = vec![0x17, 0x80, 0x00, 0x01];
    m.resize(189, 0);
    let l = dissect(&m[..154], 0, 189, true, false);
    assert_eq!(l.anomalies.len(), 1);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Truncated);
    // Captured whole, the same read runs past the datagram: malformed.
    let l = dissect(&m, 0, 189, false, false);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
}
