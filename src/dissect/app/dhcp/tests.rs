//! The messages are built here field by field (a small script writes the
//! same bytes into `crafted.pcap`, Ethernet/IPv4/UDP 68 → 67); each
//! `*_TSHARK` list is tshark 4.0.17's output for it:
//! `tshark -r crafted.pcap -T json -e FIELD...` for every dhcp field we
//! register, with hex shown as decimal and booleans as 1/0. tshark prints
//! an empty byte field as `<MISSING>`; the lists say `""` (we show the
//! empty value). The doc line above each list is tshark's Info column.
use super::*;
use crate::dissect::AnomalyKind;
use std::collections::BTreeMap;

// ---------------------------------------------------------------------------
// Building messages
// ---------------------------------------------------------------------------

/// The fixed BOOTP header (ciaddr and giaddr are always 0 here).
#[derive(Clone)]
struct Hdr {
    op: u8,
    htype: u8,
    hlen: u8,
    xid: u32,
    secs: [u8; 2],
    flags: u16,
    yiaddr: [u8; 4],
    siaddr: [u8; 4],
    chaddr: Vec<u8>,
    sname: Vec<u8>,
    file: Vec<u8>,
}

fn hdr() -> Hdr {
    Hdr {
        op: 1,
        htype: 1,
        hlen: 6,
        xid: 0x1234_5678,
        secs: [0, 0],
        flags: 0,
        yiaddr: [0; 4],
        siaddr: [0; 4],
        chaddr: vec![2, 0, 0, 0, 0, 1],
        sname: Vec::new(),
        file: Vec::new(),
    }
}

/// `b` zero-padded (or cut) to `n` bytes.
fn fixed(b: &[u8], n: usize) -> Vec<u8> {
    let mut v = b.to_vec();
    v.resize(n, 0);
    v
}

impl Hdr {
    /// The 236 bytes before the cookie.
    fn bytes(&self) -> Vec<u8> {
        let mut b = vec![self.op, self.htype, self.hlen, 0];
        b.extend_from_slice(&self.xid.to_be_bytes());
        b.extend_from_slice(&self.secs);
        b.extend_from_slice(&self.flags.to_be_bytes());
        b.extend_from_slice(&[0; 4]);
        b.extend_from_slice(&self.yiaddr);
        b.extend_from_slice(&self.siaddr);
        b.extend_from_slice(&[0; 4]);
        b.extend(fixed(&self.chaddr, 16));
        b.extend(fixed(&self.sname, 64));
        b.extend(fixed(&self.file, 128));
        assert_eq!(b.len(), VENDOR_AT);
        b
    }

    /// With the cookie, a message type option, `opts`, End and `pad` zeros.
    fn dhcp(&self, mtype: u8, opts: &[Vec<u8>], pad: usize) -> Vec<u8> {
        let mut b = self.dhcp_no_end(mtype, opts);
        b.push(255);
        b.resize(b.len() + pad, 0);
        b
    }

    fn dhcp_no_end(&self, mtype: u8, opts: &[Vec<u8>]) -> Vec<u8> {
        let mut b = self.bytes();
        b.extend_from_slice(&MAGIC_COOKIE);
        b.extend(opt(53, &[mtype]));
        for o in opts {
            b.extend_from_slice(o);
        }
        b
    }
}

fn opt(code: u8, data: &[u8]) -> Vec<u8> {
    let mut b = vec![code, data.len() as u8];
    b.extend_from_slice(data);
    b
}

fn dhcp(mtype: u8, opts: &[Vec<u8>]) -> Vec<u8> {
    hdr().dhcp(mtype, opts, 0)
}

/// The header and cookie followed by raw option bytes.
fn raw_options(b: &[u8]) -> Vec<u8> {
    let mut m = hdr().bytes();
    m.extend_from_slice(&MAGIC_COOKIE);
    m.extend_from_slice(b);
    m
}

fn be32v(n: u32) -> Vec<u8> {
    n.to_be_bytes().to_vec()
}

fn ip(a: u8, b: u8, c: u8, d: u8) -> Vec<u8> {
    vec![a, b, c, d]
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

/// Options of every basic type not covered elsewhere, each once.
fn many() -> Vec<u8> {
    let mut opts = Vec::new();
    for c in [
        4u8, 5, 7, 8, 9, 10, 11, 41, 44, 45, 48, 49, 65, 68, 69, 70, 71, 72, 73, 74, 75, 76, 92,
        112, 118, 138, 150,
    ] {
        opts.push(opt(c, &cat(&[&ip(10, 0, c, 1), &ip(10, 0, c, 2)])));
    }
    for c in [14u8, 17, 18, 40, 47, 64, 66, 86, 87, 113, 137, 15] {
        opts.push(opt(c, format!("str{c}").as_bytes()));
    }
    for c in [16u8, 32, 28] {
        opts.push(opt(c, &ip(9, 8, 7, c)));
    }
    for c in [20u8, 29, 30, 31, 34, 36, 39] {
        opts.push(opt(c, &[1]));
    }
    for c in [38u8, 35] {
        opts.push(opt(c, &be32v(1000 + u32::from(c))));
    }
    for c in [37u8, 46] {
        opts.push(opt(c, &[3]));
    }
    opts.push(opt(80, &[]));
    opts.push(opt(2, &7200i32.to_be_bytes()));
    opts.push(opt(2, &[0]));
    dhcp(8, &opts)
}

type Want = &'static [(&'static str, &'static [&'static str])];

/// Every case: name, message, tshark's values, tshark's Info column.
fn cases() -> Vec<(&'static str, Vec<u8>, Want)> {
    let mut offer = hdr();
    offer.op = 2;
    offer.yiaddr = [10, 99, 0, 50];
    offer.siaddr = [10, 99, 0, 2];
    offer.xid = 0xdead_beef;
    offer.flags = 0x8000;
    offer.sname = b"server.example".to_vec();
    offer.file = b"boot/file.img".to_vec();
    let mut reply = hdr();
    reply.op = 2;
    let mut secs_le = hdr();
    secs_le.secs = [5, 0];
    let mut secs_be = hdr();
    secs_be.secs = [1, 1];
    let mut sname = hdr();
    sname.sname = b"abc".to_vec();
    let mut odd = hdr();
    odd.sname = b"caf\xc3\xa9\x01".to_vec();
    odd.file = b"a\xffb".to_vec();
    let mut overload = hdr();
    overload.sname = cat(&[&opt(12, b"inname"), &[255]]);
    overload.file = cat(&[&opt(15, b"infile.test"), &[255]]);
    let mut overload_no_end = hdr();
    overload_no_end.sname = opt(12, b"x");
    let mut hlen20 = hdr();
    hlen20.hlen = 20;
    let mut hlen4 = hdr();
    hlen4.htype = 32;
    hlen4.hlen = 4;
    hlen4.chaddr = (1..=16).collect();
    let mut hlen16 = hdr();
    hlen16.hlen = 16;
    hlen16.chaddr = (1..=16).collect();
    let h = hdr();
    vec![
        (
            "discover",
            h.dhcp(
                1,
                &[
                    opt(61, &[1, 2, 0, 0, 0, 0, 1]),
                    opt(50, &ip(10, 0, 0, 5)),
                    opt(12, b"myhost"),
                    opt(55, &[1, 3, 6, 15, 51, 54, 58, 59, 121]),
                    opt(57, &1500u16.to_be_bytes()),
                    opt(60, b"udhcp 1.35.0"),
                ],
                10,
            ),
            DISCOVER_TSHARK,
        ),
        (
            "offer",
            offer.dhcp(
                2,
                &[
                    opt(54, &ip(10, 99, 0, 2)),
                    opt(51, &be32v(3600)),
                    opt(58, &be32v(1800)),
                    opt(59, &be32v(3150)),
                    opt(1, &ip(255, 255, 255, 0)),
                    opt(28, &ip(10, 99, 0, 255)),
                    opt(3, &ip(10, 99, 0, 2)),
                    opt(6, &cat(&[&ip(10, 99, 0, 2), &ip(10, 99, 0, 3)])),
                    opt(15, b"example.test"),
                    opt(2, &(-3600i32).to_be_bytes()),
                    opt(42, &ip(1, 2, 3, 4)),
                    opt(26, &1400u16.to_be_bytes()),
                    opt(19, &[2]),
                    opt(23, &[0x40]),
                    opt(25, &cat(&[&576u16.to_be_bytes(), &1500u16.to_be_bytes()])),
                    opt(21, &cat(&[&ip(1, 1, 1, 1), &ip(255, 0, 0, 0)])),
                    opt(33, &cat(&[&ip(2, 2, 2, 2), &ip(3, 3, 3, 3)])),
                    opt(56, b"hello\0world"),
                    opt(66, b"tftp.example"),
                    opt(67, b"pxelinux.0"),
                    opt(93, &[0, 7]),
                    opt(116, &[1]),
                    opt(118, &ip(9, 9, 9, 9)),
                    opt(161, b"http://mud"),
                    opt(209, b"cfg"),
                    opt(210, b"/pfx/"),
                    opt(252, b"http://wpad/wpad.dat\0"),
                    opt(100, b"EST5EDT"),
                    opt(101, b"America/New_York"),
                ],
                0,
            ),
            OFFER_TSHARK,
        ),
        (
            "ack_infinite",
            reply.dhcp(5, &[opt(51, &[0xff; 4]), opt(54, &ip(10, 0, 0, 1))], 0),
            ACK_INFINITE_TSHARK,
        ),
        ("unknown_type", dhcp(99, &[]), UNKNOWN_TYPE_TSHARK),
        ("secs_le", secs_le.dhcp(3, &[], 0), SECS_LE_TSHARK),
        ("secs_be", secs_be.dhcp(3, &[], 0), SECS_BE_TSHARK),
        ("bootp", cat(&[&h.bytes(), &[1; 64]]), BOOTP_TSHARK),
        ("bootp_no_vendor", h.bytes(), BOOTP_NO_VENDOR_TSHARK),
        ("short_40", h.bytes()[..40].to_vec(), SHORT_40_TSHARK),
        ("short_50", sname.bytes()[..50].to_vec(), SHORT_50_TSHARK),
        ("short_7", h.bytes()[..7].to_vec(), SHORT_7_TSHARK),
        ("cookie_only", raw_options(&[]), COOKIE_ONLY_TSHARK),
        (
            "option_past_end",
            raw_options(&[53, 1, 1, 3, 8, 1, 2, 3]),
            OPTION_PAST_END_TSHARK,
        ),
        (
            "no_length_byte",
            raw_options(&[53, 1, 1, 3]),
            NO_LENGTH_BYTE_TSHARK,
        ),
        ("no_end", h.dhcp_no_end(1, &[opt(12, b"x")]), NO_END_TSHARK),
        (
            "bad_lengths",
            dhcp(
                1,
                &[
                    opt(1, &[0xff; 3]),
                    opt(3, &[1, 1, 1, 1, 2, 2]),
                    opt(51, &[0, 1]),
                    opt(19, &[]),
                    opt(57, &[5]),
                    opt(23, &[1, 2]),
                    opt(55, &[]),
                    opt(12, &[]),
                    opt(61, &[]),
                    opt(81, &[1]),
                ],
            ),
            BAD_LENGTHS_TSHARK,
        ),
        (
            "strings",
            odd.dhcp(
                1,
                &[
                    opt(12, b"ab\0cd"),
                    opt(15, b"caf\xc3\xa9"),
                    opt(60, b"x\xffy"),
                    opt(56, b"tab\there"),
                    opt(14, &[1, 2]),
                ],
                0,
            ),
            STRINGS_TSHARK,
        ),
        (
            "padding",
            h.dhcp(1, &[vec![0; 3], opt(12, b"h"), vec![0]], 3),
            PADDING_TSHARK,
        ),
        (
            "after_end",
            cat(&[&dhcp(1, &[]), &[1, 2, 3]]),
            AFTER_END_TSHARK,
        ),
        (
            "client_ids",
            dhcp(
                1,
                &[
                    opt(61, &[6, 2, 0, 0, 0, 0, 1]),
                    opt(61, &[0x20, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]),
                    opt(61, b"\0myclient"),
                    opt(61, &cat(&[&[0], &(0..16).collect::<Vec<u8>>()])),
                    opt(
                        61,
                        &[
                            0xff, 1, 2, 3, 4, 0, 1, 0, 1, 0x11, 0x22, 0x33, 0x44, 2, 0, 0, 0, 0, 1,
                        ],
                    ),
                    opt(61, &[0xff, 1, 2, 3, 4, 0, 3, 0, 1, 2, 0, 0, 0, 0, 1]),
                    opt(
                        61,
                        &[0xff, 1, 2, 3, 4, 0, 2, 0, 0, 1, 0x37, b'a', b'b', b'c'],
                    ),
                    opt(61, &[0xff, 1, 2, 3, 4, 0, 4, b'z', b'z']),
                    opt(61, &[0xff, 1, 2]),
                    opt(61, &[1, 2, 3]),
                ],
            ),
            CLIENT_IDS_TSHARK,
        ),
        (
            "fqdn",
            dhcp(
                3,
                &[
                    opt(81, b"\x01\0\0myhost.example"),
                    opt(81, b"\x05\0\0\x06myhost\x07example\0"),
                    opt(81, &[0xf0, 0xff, 1]),
                ],
            ),
            FQDN_TSHARK,
        ),
        (
            "overload",
            overload.dhcp(1, &[opt(52, &[3])], 0),
            OVERLOAD_TSHARK,
        ),
        (
            "overload_no_end",
            overload_no_end.dhcp(1, &[opt(52, &[2])], 0),
            OVERLOAD_NO_END_TSHARK,
        ),
        ("hlen_20", hlen20.dhcp(1, &[], 0), HLEN_20_TSHARK),
        ("hlen_4", hlen4.dhcp(1, &[], 0), HLEN_4_TSHARK),
        ("hlen_16", hlen16.dhcp(1, &[], 0), HLEN_16_TSHARK),
        (
            "type_len_0_last",
            raw_options(&[53, 0]),
            TYPE_LEN_0_LAST_TSHARK,
        ),
        (
            "type_len_0",
            raw_options(&[53, 0, 12, 1, b'a', 255]),
            TYPE_LEN_0_TSHARK,
        ),
        ("two_types", dhcp(1, &[opt(53, &[5])]), TWO_TYPES_TSHARK),
        (
            "small_values",
            dhcp(
                1,
                &[
                    opt(19, &[0]),
                    opt(27, &[2]),
                    opt(46, &[8]),
                    opt(37, &[0x40]),
                    opt(13, &[0, 0x10]),
                    opt(24, &[0, 0, 2, 0x58]),
                    opt(22, &[2, 0x40]),
                    opt(91, &[0, 0, 0, 5]),
                    opt(92, &ip(5, 5, 5, 5)),
                    opt(116, &[0]),
                    opt(93, &[0, 7, 0, 9, 1]),
                ],
            ),
            SMALL_VALUES_TSHARK,
        ),
        (
            "opaque",
            dhcp(
                1,
                &[
                    opt(43, &[1, 2]),
                    opt(82, b"\x01\x03abc"),
                    opt(200, b"zz"),
                    opt(77, b"\x03abc"),
                    opt(121, &[0x18, 10, 0, 0, 10, 0, 0, 1]),
                    opt(119, b"\x03foo\0"),
                ],
            ),
            OPAQUE_TSHARK,
        ),
        ("many", many(), MANY_TSHARK),
    ]
}

// ---------------------------------------------------------------------------
// Checking against tshark
// ---------------------------------------------------------------------------

/// A value as the `*_TSHARK` lists write it (booleans as 1/0).
fn canon(v: &Value<'_>) -> String {
    match v {
        Value::Bool(b) => u8::from(*b).to_string(),
        other => other.to_string(),
    }
}

/// Every dhcp field of the layer with its values, in order.
/// Our DHCP fields. Expert items (`_ws.expert*` and the expert's own field,
/// dhcp.secs_le) are left out: these tshark lists hold the dhcp tree's
/// fields only, and tests/net_experts.rs checks the experts against tshark.
fn ours(l: &Layer<'_>) -> BTreeMap<&'static str, Vec<String>> {
    let mut m: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for f in &l.fields {
        if f.name().starts_with("_ws.expert") || f.name() == "dhcp.secs_le" {
            continue;
        }
        m.entry(f.name()).or_default().push(canon(&f.value));
    }
    m
}

fn theirs(want: Want) -> BTreeMap<&'static str, Vec<String>> {
    want.iter()
        .map(|(k, v)| (*k, v.iter().map(|s| s.to_string()).collect()))
        .collect()
}

/// Differences between our fields and tshark's, one line each.
fn diff(l: &Layer<'_>, want: Want) -> Vec<String> {
    let (o, t) = (ours(l), theirs(want));
    let mut out = Vec::new();
    for k in o
        .keys()
        .chain(t.keys())
        .collect::<std::collections::BTreeSet<_>>()
    {
        if o.get(k) != t.get(k) {
            out.push(format!("{k}: ours {:?}, tshark {:?}", o.get(k), t.get(k)));
        }
    }
    out
}

#[test]
fn every_case_gives_tsharks_values() {
    let mut wrong = Vec::new();
    for (name, msg, want) in cases() {
        let l = dissect(&msg, 0, false);
        for d in diff(&l, want) {
            wrong.push(format!("{name}: {d}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn fields_come_in_tsharks_tree_order() {
    // `tshark -T pdml`, dhcp fields of the overload case in tree order:
    // the options inside sname and file show inside option 52.
    let msg = cases().into_iter().find(|c| c.0 == "overload").unwrap().1;
    let l = dissect(&msg, 0, false);
    let names: Vec<&str> = l.fields.iter().map(|f| f.name()).skip(13).collect();
    assert_eq!(
        names,
        [
            "dhcp.hw.mac_addr",
            "dhcp.hw.addr_padding",
            "dhcp.cookie",
            "dhcp.option.type",
            "dhcp.option.length",
            "dhcp.option.value",
            "dhcp.option.dhcp",
            "dhcp.option.type",
            "dhcp.option.length",
            "dhcp.option.value",
            "dhcp.option.option_overload",
            "dhcp.option.type",
            "dhcp.option.length",
            "dhcp.option.value",
            "dhcp.option.hostname",
            "dhcp.option.type",
            "dhcp.option.end",
            "dhcp.option.type",
            "dhcp.option.length",
            "dhcp.option.value",
            "dhcp.option.domain_name",
            "dhcp.option.type",
            "dhcp.option.end",
            "dhcp.option.type",
            "dhcp.option.end",
        ]
    );
}

/// How each case is marked: tshark's "[Malformed Packet]" (an exception)
/// is `malformed` here too; so are the problems tshark reports as expert
/// errors without stopping (a bad option length, a missing End option).
#[test]
fn broken_messages_are_marked_and_clean_ones_are_not() {
    let marked = [
        (
            "bootp_no_vendor",
            "BOOTP vendor-specific options: need 300 bytes, have 236",
        ),
        (
            "short_40",
            "client hardware address padding: need 44 bytes, have 40",
        ),
        ("short_50", "Server host name: need 108 bytes, have 50"),
        ("short_7", "client hardware address: need 34 bytes, have 7"),
        (
            "option_past_end",
            "option 3 at offset 243: length 8 runs past the end (3 bytes left)",
        ),
        ("no_length_byte", "option 3 at offset 243: no length byte"),
        ("no_end", "no End option (255)"),
        (
            "bad_lengths",
            "option 1 (Subnet Mask): length 3, expected 4",
        ),
        (
            "client_ids",
            "option 61 (Client identifier): IAID needs 5 bytes, the option has 3",
        ),
        ("fqdn", ""),
        (
            "overload_no_end",
            "option 52: no End option (255) in the overloaded sname field",
        ),
        (
            "type_len_0_last",
            "option 53 (DHCP Message Type) has no value",
        ),
        ("type_len_0", "option 53 (DHCP Message Type) has no value"),
        (
            "small_values",
            "option 93 (Client System Architecture): length isn't a multiple of 2",
        ),
        ("many", "option 2 (Time Offset): length 1, expected 4"),
    ];
    for (name, msg, _) in cases() {
        let l = dissect(&msg, 0, false);
        match marked.iter().find(|m| m.0 == name) {
            Some((_, "")) => assert!(l.anomalies.is_empty(), "{name}: {:?}", l.anomalies),
            Some((_, why)) => {
                let first = l
                    .anomalies
                    .first()
                    .unwrap_or_else(|| panic!("{name}: not marked"));
                assert_eq!(first.kind, AnomalyKind::Malformed, "{name}");
                assert_eq!(first.reason, *why, "{name}");
            }
            None => assert!(l.anomalies.is_empty(), "{name}: {:?}", l.anomalies),
        }
    }
}

#[test]
fn bad_lengths_are_each_reported_and_the_walk_goes_on() {
    let msg = cases()
        .into_iter()
        .find(|c| c.0 == "bad_lengths")
        .unwrap()
        .1;
    let l = dissect(&msg, 0, false);
    let reasons: Vec<&str> = l.anomalies.iter().map(|a| a.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "option 1 (Subnet Mask): length 3, expected 4",
            "option 3 (Router): length 6 isn't a multiple of 4",
            "option 51 (IP Address Lease Time): length 2, expected 4",
            "option 19 (IP Forwarding): length 0, expected 1",
            "option 57 (Maximum DHCP Message Size): length 1, expected 2",
            "option 23 (Default IP Time-to-Live): length 2, expected 1",
            "option 81 (Client Fully Qualified Domain Name): length isn't >= 3",
        ]
    );
    assert_eq!(l.get_uint(f::dhcp::OPTION_END), Some(255));
}

#[test]
fn a_flood_of_bad_options_keeps_sixteen_problems_and_counts_the_rest() {
    // 1000 one-byte subnet masks, then End: every option is still shown.
    let opts: Vec<Vec<u8>> = (0..1000).map(|_| opt(1, &[0xff])).collect();
    let msg = dhcp(1, &opts);
    let l = dissect(&msg, 0, false);
    assert_eq!(l.anomalies.len(), ANOMALY_CAP + 1);
    assert_eq!(l.anomalies[ANOMALY_CAP].reason, "984 more problems");
    assert_eq!(l.all(f::dhcp::OPTION_TYPE).count(), 1002);
    assert_eq!(l.get_uint(f::dhcp::OPTION_END), Some(255));
}

#[test]
fn a_capture_cut_short_is_truncated_not_malformed() {
    let msg = cases().into_iter().find(|c| c.0 == "discover").unwrap().1;
    for n in [3, 40, 100, 250, 260] {
        let l = dissect(&msg[..n], 0, true);
        assert_eq!(l.anomalies.len(), 1, "{n}: {:?}", l.anomalies);
        assert_eq!(l.anomalies[0].kind, AnomalyKind::Truncated, "{n}");
    }
    // The same bytes, not cut by the capture, are malformed.
    let l = dissect(&msg[..100], 0, false);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
    // What is there is shown: the header up to the cut.
    assert_eq!(l.get_uint(f::dhcp::ID), Some(0x1234_5678));
    assert!(!l.has(f::dhcp::SERVER));
}

#[test]
fn summaries_match_tshark_info() {
    // `tshark -r crafted.pcap -T fields -e _ws.col.Info`, without the
    // "[Malformed Packet]" tshark appends.
    let want = [
        ("discover", "DHCP Discover - Transaction ID 0x12345678"),
        ("offer", "DHCP Offer    - Transaction ID 0xdeadbeef"),
        ("ack_infinite", "DHCP ACK      - Transaction ID 0x12345678"),
        (
            "unknown_type",
            "DHCP Unknown Message Type (0x63) - Transaction ID 0x12345678",
        ),
        ("secs_le", "DHCP Request  - Transaction ID 0x12345678"),
        (
            "bootp",
            "Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)",
        ),
        (
            "short_40",
            "Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)",
        ),
        (
            "cookie_only",
            "Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)",
        ),
        ("two_types", "DHCP ACK      - Transaction ID 0x12345678"),
        ("many", "DHCP Inform   - Transaction ID 0x12345678"),
    ];
    let all = cases();
    for (name, info) in want {
        let msg = &all.iter().find(|c| c.0 == name).unwrap().1;
        let mut s = String::new();
        summary(&mut s, &dissect(msg, 0, false));
        assert_eq!(s, info, "{name}");
    }
    // BOOTP replies, other operations and other hardware (tshark's Info
    // for the same messages).
    let mut reply = hdr();
    reply.op = 2;
    let mut other = hdr();
    other.op = 7;
    let mut ib = hdr();
    ib.htype = 32;
    ib.hlen = 4;
    ib.chaddr = (1..=16).collect();
    let mut none = hdr();
    none.hlen = 0;
    for (h, info) in [
        (reply, "Boot Reply"),
        (other, "Unknown BOOTP message type (7)"),
        (ib, "Boot Request from 01020304"),
        (none, "Boot Request from <No address>"),
    ] {
        let mut s = String::new();
        summary(&mut s, &dissect(&cat(&[&h.bytes(), &[0; 64]]), 0, false));
        assert_eq!(s, info);
    }
}

#[test]
fn proxy_dhcp_needs_the_cookie() {
    use crate::flow::ConvKey;
    let with = dhcp(3, &[]);
    let without = cat(&[&hdr().bytes(), &[0; 64]]);
    let mut d = Datagrams;
    for (payload, sport, dport, layers) in [
        (&with, 68, PROXY_PORT, 1),
        (&without, 68, PROXY_PORT, 0),
        (&without, 68, 67, 1),
        (&Vec::new(), 68, 67, 0),
    ] {
        let mut out = Vec::new();
        let dg = Datagram {
            payload,
            reported: payload.len(),
            at: 42,
            sport,
            dport,
            conv: ConvKey::new(false, ([0; 16], sport), ([0; 16], dport)).0,
            frame: 1,
            ts_ns: 0,
            cut: false,
            nested: false,
            src_is_a: true,
            memory_pressed: false,
        };
        d.datagram(&dg, &mut out);
        assert_eq!(out.len(), layers, "{sport} → {dport}");
        if let Some(l) = out.first() {
            assert_eq!(l.span, 42..42 + payload.len());
            assert_eq!(l.protocol, "dhcp");
            assert_eq!(l.osi, Osi::Application);
        }
    }
}

#[test]
fn every_prefix_and_many_mutations_decode_without_panic() {
    for (name, msg, _) in cases() {
        for n in 0..=msg.len() {
            let l = dissect(&msg[..n], 0, n % 2 == 0);
            let mut s = String::new();
            summary(&mut s, &l);
            if n < msg.len() && n < VENDOR_AT + 4 {
                assert!(!l.anomalies.is_empty(), "{name}: prefix {n} has no anomaly");
            }
        }
        let mut m = msg.clone();
        for i in 0..m.len() {
            let orig = m[i];
            for b in [
                0x00, 0x01, 0x02, 0x03, 0x06, 0x10, 0x34, 0x35, 0x3d, 0x51, 0x63, 0xff,
            ] {
                m[i] = b;
                let l = dissect(&m, 0, false);
                summary(&mut String::new(), &l);
            }
            m[i] = orig;
        }
    }
}

#[test]
fn random_mutations_decode_without_panic() {
    let mut rng = crate::test_rng::Rng(0x9e37_79b9_7f4a_7c15);
    let all = cases();
    for _ in 0..20_000 {
        let msg = &all[rng.below(all.len() as u64) as usize].1;
        let mut m = msg.clone();
        if m.is_empty() {
            continue;
        }
        for _ in 0..1 + rng.below(6) {
            let i = rng.below(m.len() as u64) as usize;
            m[i] = rng.next() as u8;
        }
        let cut = rng.below(m.len() as u64 + 1) as usize;
        let l = dissect(&m[..cut], 0, rng.below(2) == 0);
        summary(&mut String::new(), &l);
    }
}

// ---------------------------------------------------------------------------
// Captures from elsewhere (OSIDUMP_CORPUS)
// ---------------------------------------------------------------------------

/// The corpus folder, when `OSIDUMP_CORPUS` names one; a name with no
/// captures behind it fails the test rather than skipping it.
fn corpus_dir() -> Option<std::path::PathBuf> {
    let dir = std::path::PathBuf::from(std::env::var_os("OSIDUMP_CORPUS")?);
    let has_files = std::fs::read_dir(&dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    assert!(
        has_files,
        "OSIDUMP_CORPUS is set to {} but that folder is missing or empty",
        dir.display()
    );
    Some(dir)
}

/// The dhcp layer of each frame (`None` for frames without one).
fn dhcp_layers(path: &std::path::Path) -> Vec<Option<Layer<'static>>> {
    use crate::source::FrameSource;
    use crate::source::file::FileSource;
    let mut src = FileSource::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut dis = crate::dissect::Dissector::new();
    let mut out = Vec::new();
    while let Some(frame) = src.next_frame().expect("reads whole") {
        let d = dis.dissect(&frame);
        out.push(d.layer("dhcp").map(|l| l.clone().into_owned()));
    }
    out
}

#[test]
fn corpus_dhcp_frames_give_tsharks_values() {
    let Some(dir) = corpus_dir() else {
        eprintln!("skipped: OSIDUMP_CORPUS is not set");
        return;
    };
    // The same four-frame DORA (Wireshark's dhcp.pcap) in five pcapng
    // variants: byte orders, timestamp resolutions and options.
    let dora: [(u64, Want); 4] = [
        (1, TEST001_DISCOVER),
        (2, TEST001_OFFER),
        (3, TEST001_REQUEST),
        (4, TEST001_ACK),
    ];
    let mut want: Vec<(&str, Vec<(u64, Want)>)> = [
        "pcap-parser/test001-le.pcapng",
        "pcap-parser/test001-be.pcapng",
        "pcap-parser/test010-le.pcapng",
        "pcap-parser/test016-le.pcapng",
        "pcap-parser/test016-be.pcapng",
    ]
    .into_iter()
    .map(|f| (f, dora.to_vec()))
    .collect();
    // A Windows client's Discover, twice, on a raw-IP link.
    want.push((
        "pcapplusplus/raw_ip.pcap",
        vec![(67, RAW_IP_DISCOVER), (68, RAW_IP_DISCOVER)],
    ));
    let (mut cells, mut wrong) = (0, Vec::new());
    for (file, frames) in want {
        let layers = dhcp_layers(&dir.join(file));
        for (i, l) in layers.iter().enumerate() {
            let n = i as u64 + 1;
            let expected = frames.iter().find(|(f, _)| *f == n);
            match (l, expected) {
                (None, None) => {}
                (Some(l), Some((_, w))) => {
                    cells += w.len();
                    assert!(
                        l.anomalies.is_empty(),
                        "{file} frame {n}: {:?}",
                        l.anomalies
                    );
                    for d in diff(l, w) {
                        wrong.push(format!("{file} frame {n}: {d}"));
                    }
                }
                (l, _) => wrong.push(format!(
                    "{file} frame {n}: dhcp layer {}, tshark {}",
                    if l.is_some() { "present" } else { "absent" },
                    if expected.is_some() {
                        "has one"
                    } else {
                        "has none"
                    },
                )),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Fields compared: 111 in each DORA, 27 in each Discover.
    assert_eq!(cells, 5 * 111 + 2 * 27);
}

// ---------------------------------------------------------------------------
// tshark 4.0.17's values
// ---------------------------------------------------------------------------

/// `DHCP Discover - Transaction ID 0x12345678`
const DISCOVER_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1", "1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    (
        "dhcp.hw.mac_addr",
        &["02:00:00:00:00:01", "02:00:00:00:00:01"],
    ),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &["53", "61", "50", "12", "55", "57", "60", "0"],
    ),
    ("dhcp.option.length", &["1", "7", "4", "6", "9", "2", "12"]),
    (
        "dhcp.option.value",
        &[
            "01",
            "01020000000001",
            "0a000005",
            "6d79686f7374",
            "0103060f33363a3b79",
            "05dc",
            "756468637020312e33352e30",
        ],
    ),
    ("dhcp.option.padding", &["00000000000000000000"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.hostname", &["myhost"]),
    ("dhcp.option.requested_ip_address", &["10.0.0.5"]),
    ("dhcp.option.dhcp", &["1"]),
    (
        "dhcp.option.request_list_item",
        &["1", "3", "6", "15", "51", "54", "58", "59", "121"],
    ),
    ("dhcp.option.dhcp_max_message_size", &["1500"]),
    ("dhcp.option.vendor_class_id", &["udhcp 1.35.0"]),
];

/// `DHCP Offer    - Transaction ID 0xdeadbeef`
const OFFER_TSHARK: Want = &[
    ("dhcp.type", &["2"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["3735928559"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["32768"]),
    ("dhcp.flags.bc", &["1"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["10.99.0.50"]),
    ("dhcp.ip.server", &["10.99.0.2"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &["server.example"]),
    ("dhcp.file", &["boot/file.img"]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &[
            "53", "54", "51", "58", "59", "1", "28", "3", "6", "15", "2", "42", "26", "19", "23",
            "25", "21", "33", "56", "66", "67", "93", "116", "118", "161", "209", "210", "252",
            "100", "101", "0",
        ],
    ),
    (
        "dhcp.option.length",
        &[
            "1", "4", "4", "4", "4", "4", "4", "4", "8", "12", "4", "4", "2", "1", "1", "4", "8",
            "8", "11", "12", "10", "2", "1", "4", "10", "3", "5", "21", "7", "16",
        ],
    ),
    (
        "dhcp.option.value",
        &[
            "02",
            "0a630002",
            "00000e10",
            "00000708",
            "00000c4e",
            "ffffff00",
            "0a6300ff",
            "0a630002",
            "0a6300020a630003",
            "6578616d706c652e74657374",
            "fffff1f0",
            "01020304",
            "0578",
            "02",
            "40",
            "024005dc",
            "01010101ff000000",
            "0202020203030303",
            "68656c6c6f00776f726c64",
            "746674702e6578616d706c65",
            "7078656c696e75782e30",
            "0007",
            "01",
            "09090909",
            "687474703a2f2f6d7564",
            "636667",
            "2f7066782f",
            "687474703a2f2f777061642f777061642e64617400",
            "45535435454454",
            "416d65726963612f4e65775f596f726b",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.subnet_mask", &["255.255.255.0"]),
    ("dhcp.option.time_offset", &["-3600"]),
    ("dhcp.option.router", &["10.99.0.2"]),
    (
        "dhcp.option.domain_name_server",
        &["10.99.0.2", "10.99.0.3"],
    ),
    ("dhcp.option.domain_name", &["example.test"]),
    ("dhcp.option.ip_forwarding", &["1"]),
    ("dhcp.option.policy_filter.ip", &["1.1.1.1"]),
    ("dhcp.option.policy_filter.subnet_mask", &["255.0.0.0"]),
    ("dhcp.option.default_ip_ttl", &["64"]),
    ("dhcp.option.path_mtu_plateau_table_item", &["576", "1500"]),
    ("dhcp.option.interface_mtu", &["1400"]),
    ("dhcp.option.broadcast_address", &["10.99.0.255"]),
    ("dhcp.option.static_route.ip", &["2.2.2.2"]),
    ("dhcp.option.static_route.router", &["3.3.3.3"]),
    ("dhcp.option.ntp_server", &["1.2.3.4"]),
    ("dhcp.option.ip_address_lease_time", &["3600"]),
    ("dhcp.option.dhcp", &["2"]),
    ("dhcp.option.dhcp_server_id", &["10.99.0.2"]),
    ("dhcp.option.message", &["hello"]),
    ("dhcp.option.renewal_time_value", &["1800"]),
    ("dhcp.option.rebinding_time_value", &["3150"]),
    ("dhcp.option.tftp_server_name", &["tftp.example"]),
    ("dhcp.option.bootfile_name", &["pxelinux.0"]),
    ("dhcp.option.client_system_architecture", &["7"]),
    ("dhcp.option.tz_pcode", &["EST5EDT"]),
    ("dhcp.option.tz_tcode", &["America/New_York"]),
    ("dhcp.option.dhcp_auto_configuration", &["1"]),
    ("dhcp.option.subnet_selection_option", &["9.9.9.9"]),
    ("dhcp.option.mudurl", &["http://mud"]),
    ("dhcp.option.pxe_config_file", &["cfg"]),
    ("dhcp.option.pxe_path_prefix", &["/pfx/"]),
    (
        "dhcp.option.private_proxy_autodiscovery",
        &["http://wpad/wpad.dat"],
    ),
];

/// `DHCP ACK      - Transaction ID 0x12345678`
const ACK_INFINITE_TSHARK: Want = &[
    ("dhcp.type", &["2"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "51", "54", "0"]),
    ("dhcp.option.length", &["1", "4", "4"]),
    ("dhcp.option.value", &["05", "ffffffff", "0a000001"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.ip_address_lease_time", &["4294967295"]),
    ("dhcp.option.dhcp", &["5"]),
    ("dhcp.option.dhcp_server_id", &["10.0.0.1"]),
];

/// `DHCP Unknown Message Type (0x63) - Transaction ID 0x12345678`
const UNKNOWN_TYPE_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["63"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["99"]),
];

/// `DHCP Request  - Transaction ID 0x12345678`
const SECS_LE_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["5"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["03"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["3"]),
];

/// `DHCP Request  - Transaction ID 0x12345678`
const SECS_BE_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["257"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["03"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["3"]),
];

/// `Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)`
const BOOTP_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    (
        "dhcp.vendor_specific_options",
        &[
            "01010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101",
        ],
    ),
    ("dhcp.bootp", &["1"]),
];

/// `Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)[Malformed Packet]`
const BOOTP_NO_VENDOR_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.bootp", &["1"]),
];

/// `Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)[Malformed Packet]`
const SHORT_40_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
];

/// `Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)[Malformed Packet]`
const SHORT_50_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
];

/// `[Malformed Packet]`
const SHORT_7_TSHARK: Want = &[];

/// `Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)`
const COOKIE_ONLY_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.bootp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678[Malformed Packet]`
const OPTION_PAST_END_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "3"]),
    ("dhcp.option.length", &["1", "8"]),
    ("dhcp.option.value", &["01"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678[Malformed Packet]`
const NO_LENGTH_BYTE_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["01"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const NO_END_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "12"]),
    ("dhcp.option.length", &["1", "1"]),
    ("dhcp.option.value", &["01", "78"]),
    ("dhcp.option.hostname", &["x"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const BAD_LENGTHS_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &[
            "53", "1", "3", "51", "19", "57", "23", "55", "12", "61", "81", "0",
        ],
    ),
    (
        "dhcp.option.length",
        &["1", "3", "6", "2", "0", "1", "2", "0", "0", "0", "1"],
    ),
    (
        "dhcp.option.value",
        &[
            "01",
            "ffffff",
            "010101010202",
            "0001",
            "",
            "05",
            "0102",
            "",
            "",
            "",
            "01",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.router", &["1.1.1.1"]),
    ("dhcp.option.hostname", &[""]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const STRINGS_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &["caf\u{fffd}\u{fffd}\u{1}"]),
    ("dhcp.file", &["a\u{fffd}b"]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &["53", "12", "15", "60", "56", "14", "0"],
    ),
    ("dhcp.option.length", &["1", "5", "5", "3", "8", "2"]),
    (
        "dhcp.option.value",
        &[
            "01",
            "6162006364",
            "636166c3a9",
            "78ff79",
            "7461620968657265",
            "0102",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.hostname", &["ab"]),
    ("dhcp.option.merit_dump_file", &["\u{1}\u{2}"]),
    ("dhcp.option.domain_name", &["caf\u{fffd}\u{fffd}"]),
    ("dhcp.option.dhcp", &["1"]),
    ("dhcp.option.message", &["tab\there"]),
    ("dhcp.option.vendor_class_id", &["x\u{fffd}y"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const PADDING_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0", "12", "0", "0"]),
    ("dhcp.option.length", &["1", "1"]),
    ("dhcp.option.value", &["01", "68"]),
    ("dhcp.option.padding", &["000000", "00", "000000"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.hostname", &["h"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const AFTER_END_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["01"]),
    ("dhcp.option.padding", &["010203"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678[Malformed Packet]`
const CLIENT_IDS_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1", "6", "32"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    (
        "dhcp.hw.mac_addr",
        &["02:00:00:00:00:01", "02:00:00:00:00:01"],
    ),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &["53", "61", "61", "61", "61", "61", "61", "61", "61", "61"],
    ),
    (
        "dhcp.option.length",
        &["1", "7", "7", "9", "17", "19", "15", "14", "9", "3"],
    ),
    (
        "dhcp.option.value",
        &[
            "01",
            "06020000000001",
            "20aabbccddeeff",
            "006d79636c69656e74",
            "00000102030405060708090a0b0c0d0e0f",
            "ff010203040001000111223344020000000001",
            "ff0102030400030001020000000001",
            "ff01020304000200000137616263",
            "ff0102030400047a7a",
            "ff0102",
        ],
    ),
    ("dhcp.option.dhcp", &["1"]),
    ("dhcp.client_id.type", &["0"]),
    ("dhcp.client_id.undef", &["myclient"]),
    ("dhcp.client_hardware_address", &["aabbccddeeff"]),
    (
        "dhcp.client_id.iaid",
        &["01020304", "01020304", "01020304", "01020304"],
    ),
    ("dhcp.client_id.duid_type", &["1", "3", "2", "4"]),
    ("dhcp.client_id.duid_llt_hw_type", &["1"]),
    ("dhcp.client_id.duid_ll_hw_type", &["1"]),
    ("dhcp.client_id.time", &["287454020"]),
    (
        "dhcp.client_id.link_layer_address",
        &["02:00:00:00:00:01", "02:00:00:00:00:01"],
    ),
    ("dhcp.client_id", &["616263"]),
];

/// `DHCP Request  - Transaction ID 0x12345678`
const FQDN_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "81", "81", "81", "0"]),
    ("dhcp.option.length", &["1", "17", "19", "3"]),
    (
        "dhcp.option.value",
        &[
            "03",
            "0100006d79686f73742e6578616d706c65",
            "050000066d79686f7374076578616d706c6500",
            "f0ff01",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["3"]),
    ("dhcp.fqdn.flags", &["1", "5", "240"]),
    ("dhcp.fqdn.mbz", &["0", "0", "15"]),
    ("dhcp.fqdn.n", &["0", "0", "0"]),
    ("dhcp.fqdn.e", &["0", "1", "0"]),
    ("dhcp.fqdn.o", &["0", "0", "0"]),
    ("dhcp.fqdn.s", &["1", "1", "0"]),
    ("dhcp.fqdn.rcode1", &["0", "0", "255"]),
    ("dhcp.fqdn.rcode2", &["0", "0", "1"]),
    ("dhcp.fqdn.name", &["myhost.example", "myhost.example"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const OVERLOAD_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "52", "12", "0", "15", "0", "0"]),
    ("dhcp.option.length", &["1", "1", "6", "11"]),
    (
        "dhcp.option.value",
        &["01", "03", "696e6e616d65", "696e66696c652e74657374"],
    ),
    ("dhcp.option.end", &["255", "255", "255"]),
    ("dhcp.option.hostname", &["inname"]),
    ("dhcp.option.domain_name", &["infile.test"]),
    ("dhcp.option.option_overload", &["3"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const OVERLOAD_NO_END_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "52", "12", "0", "0"]),
    ("dhcp.option.length", &["1", "1", "1"]),
    ("dhcp.option.value", &["01", "02", "78"]),
    (
        "dhcp.option.padding",
        &[
            "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.hostname", &["x"]),
    ("dhcp.option.option_overload", &["2"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const HLEN_20_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["20"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["01"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const HLEN_4_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["32"]),
    ("dhcp.hw.len", &["4"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.addr", &["0102030405060708090a0b0c0d0e0f10"]),
    ("dhcp.hw.addr_padding", &["05060708090a0b0c0d0e0f10"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["01"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const HLEN_16_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["16"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.addr", &["0102030405060708090a0b0c0d0e0f10"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "0"]),
    ("dhcp.option.length", &["1"]),
    ("dhcp.option.value", &["01"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `Boot Request from 02:00:00:00:00:01 (02:00:00:00:00:01)[Malformed Packet]`
const TYPE_LEN_0_LAST_TSHARK: Want = &[];

/// `DHCP Lease Unknown - Transaction ID 0x12345678[Malformed Packet]`
const TYPE_LEN_0_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53"]),
    ("dhcp.option.length", &["0"]),
    ("dhcp.option.value", &[""]),
];

/// `DHCP ACK      - Transaction ID 0x12345678`
const TWO_TYPES_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "53", "0"]),
    ("dhcp.option.length", &["1", "1"]),
    ("dhcp.option.value", &["01", "05"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["1", "5"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const SMALL_VALUES_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &[
            "53", "19", "27", "46", "37", "13", "24", "22", "91", "92", "116", "93", "0",
        ],
    ),
    (
        "dhcp.option.length",
        &["1", "1", "1", "1", "1", "2", "4", "2", "4", "4", "1", "5"],
    ),
    (
        "dhcp.option.value",
        &[
            "01",
            "00",
            "02",
            "08",
            "40",
            "0010",
            "00000258",
            "0240",
            "00000005",
            "05050505",
            "00",
            "0007000901",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.boot_file_size", &["16"]),
    ("dhcp.option.ip_forwarding", &["0"]),
    ("dhcp.option.max_datagram_reassembly_size", &["576"]),
    ("dhcp.option.path_mtu_aging_timeout", &["600"]),
    ("dhcp.option.all_subnets_are_local", &["1"]),
    ("dhcp.option.tcp_default_ttl", &["64"]),
    ("dhcp.option.netbios_over_tcpip_node_type", &["8"]),
    ("dhcp.option.dhcp", &["1"]),
    ("dhcp.option.client_last_transaction_time", &["5"]),
    ("dhcp.option.associated_ip_option", &["5.5.5.5"]),
    ("dhcp.option.client_system_architecture", &["7", "9"]),
    ("dhcp.option.dhcp_auto_configuration", &["0"]),
];

/// `DHCP Discover - Transaction ID 0x12345678`
const OPAQUE_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &["53", "43", "82", "200", "77", "121", "119", "0"],
    ),
    ("dhcp.option.length", &["1", "2", "5", "2", "4", "8", "5"]),
    (
        "dhcp.option.value",
        &[
            "01",
            "0102",
            "0103616263",
            "7a7a",
            "03616263",
            "180a00000a000001",
            "03666f6f00",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.dhcp", &["1"]),
];

/// `DHCP Inform   - Transaction ID 0x12345678`
const MANY_TSHARK: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["305419896"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["02:00:00:00:00:01"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &[
            "53", "4", "5", "7", "8", "9", "10", "11", "41", "44", "45", "48", "49", "65", "68",
            "69", "70", "71", "72", "73", "74", "75", "76", "92", "112", "118", "138", "150", "14",
            "17", "18", "40", "47", "64", "66", "86", "87", "113", "137", "15", "16", "32", "28",
            "20", "29", "30", "31", "34", "36", "39", "38", "35", "37", "46", "80", "2", "2", "0",
        ],
    ),
    (
        "dhcp.option.length",
        &[
            "1", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8",
            "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "5", "5", "5", "5", "5", "5",
            "5", "5", "5", "6", "6", "5", "4", "4", "4", "1", "1", "1", "1", "1", "1", "1", "4",
            "4", "1", "1", "0", "4", "1",
        ],
    ),
    (
        "dhcp.option.value",
        &[
            "08",
            "0a0004010a000402",
            "0a0005010a000502",
            "0a0007010a000702",
            "0a0008010a000802",
            "0a0009010a000902",
            "0a000a010a000a02",
            "0a000b010a000b02",
            "0a0029010a002902",
            "0a002c010a002c02",
            "0a002d010a002d02",
            "0a0030010a003002",
            "0a0031010a003102",
            "0a0041010a004102",
            "0a0044010a004402",
            "0a0045010a004502",
            "0a0046010a004602",
            "0a0047010a004702",
            "0a0048010a004802",
            "0a0049010a004902",
            "0a004a010a004a02",
            "0a004b010a004b02",
            "0a004c010a004c02",
            "0a005c010a005c02",
            "0a0070010a007002",
            "0a0076010a007602",
            "0a008a010a008a02",
            "0a0096010a009602",
            "7374723134",
            "7374723137",
            "7374723138",
            "7374723430",
            "7374723437",
            "7374723634",
            "7374723636",
            "7374723836",
            "7374723837",
            "737472313133",
            "737472313337",
            "7374723135",
            "09080710",
            "09080720",
            "0908071c",
            "01",
            "01",
            "01",
            "01",
            "01",
            "01",
            "01",
            "0000040e",
            "0000040b",
            "03",
            "03",
            "",
            "00001c20",
            "00",
        ],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.time_offset", &["7200"]),
    ("dhcp.option.time_server", &["10.0.4.1", "10.0.4.2"]),
    ("dhcp.option.name_server", &["10.0.5.1", "10.0.5.2"]),
    ("dhcp.option.log_server", &["10.0.7.1", "10.0.7.2"]),
    ("dhcp.option.quotes_server", &["10.0.8.1", "10.0.8.2"]),
    ("dhcp.option.lpr_server", &["10.0.9.1", "10.0.9.2"]),
    ("dhcp.option.impress_server", &["10.0.10.1", "10.0.10.2"]),
    (
        "dhcp.option.resource_location_server",
        &["10.0.11.1", "10.0.11.2"],
    ),
    ("dhcp.option.merit_dump_file", &["str14"]),
    ("dhcp.option.domain_name", &["str15"]),
    ("dhcp.option.swap_server", &["9.8.7.16"]),
    ("dhcp.option.root_path", &["str17"]),
    ("dhcp.option.extension_path", &["str18"]),
    ("dhcp.option.non_local_source_routing", &["1"]),
    ("dhcp.option.broadcast_address", &["9.8.7.28"]),
    ("dhcp.option.perform_mask_discovery", &["1"]),
    ("dhcp.option.mask_supplier", &["1"]),
    ("dhcp.option.perform_router_discover", &["1"]),
    ("dhcp.option.router_solicitation_address", &["9.8.7.32"]),
    ("dhcp.option.trailer_encapsulation", &["1"]),
    ("dhcp.option.arp_cache_timeout", &["1035"]),
    ("dhcp.option.ethernet_encapsulation", &["1"]),
    ("dhcp.option.tcp_default_ttl", &["3"]),
    ("dhcp.option.tcp_keepalive_interval", &["1038"]),
    ("dhcp.option.tcp_keepalive_garbage", &["1"]),
    ("dhcp.option.nis_domain", &["str40"]),
    ("dhcp.option.nis_server", &["10.0.41.1", "10.0.41.2"]),
    (
        "dhcp.option.netbios_over_tcpip_name_server",
        &["10.0.44.1", "10.0.44.2"],
    ),
    (
        "dhcp.option.netbios_over_tcpip_dd_name_server",
        &["10.0.45.1", "10.0.45.2"],
    ),
    ("dhcp.option.netbios_over_tcpip_node_type", &["3"]),
    ("dhcp.option.netbios_over_tcpip_scope", &["str47"]),
    (
        "dhcp.option.xwindows_system_font_server",
        &["10.0.48.1", "10.0.48.2"],
    ),
    (
        "dhcp.option.xwindows_system_display_manager",
        &["10.0.49.1", "10.0.49.2"],
    ),
    ("dhcp.option.dhcp", &["8"]),
    ("dhcp.option.nis_plus_domain", &["str64"]),
    ("dhcp.option.nis_plus_server", &["10.0.65.1", "10.0.65.2"]),
    ("dhcp.option.tftp_server_name", &["str66"]),
    (
        "dhcp.option.mobile_ip_home_agent",
        &["10.0.68.1", "10.0.68.2"],
    ),
    ("dhcp.option.smtp_server", &["10.0.69.1", "10.0.69.2"]),
    ("dhcp.option.pop3_server", &["10.0.70.1", "10.0.70.2"]),
    ("dhcp.option.nntp_server", &["10.0.71.1", "10.0.71.2"]),
    (
        "dhcp.option.default_www_server",
        &["10.0.72.1", "10.0.72.2"],
    ),
    (
        "dhcp.option.default_finger_server",
        &["10.0.73.1", "10.0.73.2"],
    ),
    (
        "dhcp.option.default_irc_server",
        &["10.0.74.1", "10.0.74.2"],
    ),
    ("dhcp.option.streettalk_server", &["10.0.75.1", "10.0.75.2"]),
    (
        "dhcp.option.streettalk_da_server",
        &["10.0.76.1", "10.0.76.2"],
    ),
    ("dhcp.option.novell_ds_tree_name", &["str86"]),
    ("dhcp.option.novell_ds_context", &["str87"]),
    (
        "dhcp.option.associated_ip_option",
        &["10.0.92.1", "10.0.92.2"],
    ),
    (
        "dhcp.option.netinfo_parent_server_address",
        &["10.0.112.1", "10.0.112.2"],
    ),
    ("dhcp.option.netinfo_parent_server_tag", &["str113"]),
    (
        "dhcp.option.subnet_selection_option",
        &["10.0.118.1", "10.0.118.2"],
    ),
    ("dhcp.option.lost_server_domain_name", &["str137"]),
    (
        "dhcp.option.capwap_access_controller",
        &["10.0.138.1", "10.0.138.2"],
    ),
    (
        "dhcp.option.tftp_server_address",
        &["10.0.150.1", "10.0.150.2"],
    ),
];

/// `DHCP Discover - Transaction ID 0x3d1d`
const TEST001_DISCOVER: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1", "1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["15645"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    (
        "dhcp.hw.mac_addr",
        &["00:0b:82:01:fc:42", "00:0b:82:01:fc:42"],
    ),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "61", "50", "55", "0"]),
    ("dhcp.option.length", &["1", "7", "4", "4"]),
    (
        "dhcp.option.value",
        &["01", "01000b8201fc42", "00000000", "0103062a"],
    ),
    ("dhcp.option.padding", &["00000000000000"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.requested_ip_address", &["0.0.0.0"]),
    ("dhcp.option.dhcp", &["1"]),
    ("dhcp.option.request_list_item", &["1", "3", "6", "42"]),
];

/// `DHCP Offer    - Transaction ID 0x3d1d`
const TEST001_OFFER: Want = &[
    ("dhcp.type", &["2"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["15645"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["192.168.0.10"]),
    ("dhcp.ip.server", &["192.168.0.1"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["00:0b:82:01:fc:42"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &["53", "1", "58", "59", "51", "54", "0"],
    ),
    ("dhcp.option.length", &["1", "4", "4", "4", "4", "4"]),
    (
        "dhcp.option.value",
        &[
            "02", "ffffff00", "00000708", "00000c4e", "00000e10", "c0a80001",
        ],
    ),
    (
        "dhcp.option.padding",
        &["0000000000000000000000000000000000000000000000000000"],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.subnet_mask", &["255.255.255.0"]),
    ("dhcp.option.ip_address_lease_time", &["3600"]),
    ("dhcp.option.dhcp", &["2"]),
    ("dhcp.option.dhcp_server_id", &["192.168.0.1"]),
    ("dhcp.option.renewal_time_value", &["1800"]),
    ("dhcp.option.rebinding_time_value", &["3150"]),
];

/// `DHCP Request  - Transaction ID 0x3d1e`
const TEST001_REQUEST: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1", "1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["15646"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    (
        "dhcp.hw.mac_addr",
        &["00:0b:82:01:fc:42", "00:0b:82:01:fc:42"],
    ),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "61", "50", "54", "55", "0"]),
    ("dhcp.option.length", &["1", "7", "4", "4", "4"]),
    (
        "dhcp.option.value",
        &["03", "01000b8201fc42", "c0a8000a", "c0a80001", "0103062a"],
    ),
    ("dhcp.option.padding", &["00"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.requested_ip_address", &["192.168.0.10"]),
    ("dhcp.option.dhcp", &["3"]),
    ("dhcp.option.dhcp_server_id", &["192.168.0.1"]),
    ("dhcp.option.request_list_item", &["1", "3", "6", "42"]),
];

/// `DHCP ACK      - Transaction ID 0x3d1e`
const TEST001_ACK: Want = &[
    ("dhcp.type", &["2"]),
    ("dhcp.hw.type", &["1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["15646"]),
    ("dhcp.secs", &["0"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["192.168.0.10"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    ("dhcp.hw.mac_addr", &["00:0b:82:01:fc:42"]),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    (
        "dhcp.option.type",
        &["53", "58", "59", "51", "54", "1", "0"],
    ),
    ("dhcp.option.length", &["1", "4", "4", "4", "4", "4"]),
    (
        "dhcp.option.value",
        &[
            "05", "00000708", "00000c4e", "00000e10", "c0a80001", "ffffff00",
        ],
    ),
    (
        "dhcp.option.padding",
        &["0000000000000000000000000000000000000000000000000000"],
    ),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.subnet_mask", &["255.255.255.0"]),
    ("dhcp.option.ip_address_lease_time", &["3600"]),
    ("dhcp.option.dhcp", &["5"]),
    ("dhcp.option.dhcp_server_id", &["192.168.0.1"]),
    ("dhcp.option.renewal_time_value", &["1800"]),
    ("dhcp.option.rebinding_time_value", &["3150"]),
];

/// Frames 67 and 68: `DHCP Discover - Transaction ID 0x48e4c3da`
const RAW_IP_DISCOVER: Want = &[
    ("dhcp.type", &["1"]),
    ("dhcp.hw.type", &["1", "1"]),
    ("dhcp.hw.len", &["6"]),
    ("dhcp.hops", &["0"]),
    ("dhcp.id", &["1222951898"]),
    ("dhcp.secs", &["26"]),
    ("dhcp.flags", &["0"]),
    ("dhcp.flags.bc", &["0"]),
    ("dhcp.flags.reserved", &["0"]),
    ("dhcp.ip.client", &["0.0.0.0"]),
    ("dhcp.ip.your", &["0.0.0.0"]),
    ("dhcp.ip.server", &["0.0.0.0"]),
    ("dhcp.ip.relay", &["0.0.0.0"]),
    (
        "dhcp.hw.mac_addr",
        &["0a:00:27:00:00:0d", "0a:00:27:00:00:0d"],
    ),
    ("dhcp.hw.addr_padding", &["00000000000000000000"]),
    ("dhcp.server", &[""]),
    ("dhcp.file", &[""]),
    ("dhcp.cookie", &["99.130.83.99"]),
    ("dhcp.option.type", &["53", "61", "12", "60", "55", "0"]),
    ("dhcp.option.length", &["1", "7", "7", "8", "13"]),
    (
        "dhcp.option.value",
        &[
            "01",
            "010a002700000d",
            "426963686d616e",
            "4d53465420352e30",
            "0103060f1f212b2c2e2f79f9fc",
        ],
    ),
    ("dhcp.option.padding", &["00000000000000000000000000"]),
    ("dhcp.option.end", &["255"]),
    ("dhcp.option.hostname", &["Bichman"]),
    ("dhcp.option.dhcp", &["1"]),
    (
        "dhcp.option.request_list_item",
        &[
            "1", "3", "6", "15", "31", "33", "43", "44", "46", "47", "121", "249", "252",
        ],
    ),
    ("dhcp.option.vendor_class_id", &["MSFT 5.0"]),
];
