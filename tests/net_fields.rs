//! Lower-layer fields of hand-built frames against what tshark 4.0 prints
//! for the same bytes (the expected cells below are tshark's `-T fields`
//! output on these frames, checked when each case was written).

mod common;

use assert_cmd::Command;
use std::io::Write;

/// `osidump dissect -T fields` on a pcap of `frames` (Ethernet unless the
/// link type says otherwise), one line of tab-separated cells per frame.
fn fields_of(linktype: u32, frames: &[Vec<u8>], fields: &[&str]) -> Vec<String> {
    let pcap = common::pcap_of(linktype, 1_700_000_000, frames);
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(&pcap).expect("write pcap");
    let mut cmd = Command::cargo_bin("osidump").expect("binary");
    cmd.args(["dissect", "-T", "fields"]);
    for f in fields {
        cmd.args(["-e", f]);
    }
    let out = cmd.arg(file.path()).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_string)
        .collect()
}

/// A TCP SYN from 10.0.0.1:1234 to 10.0.0.2:80 carrying `options`.
fn tcp_syn(options: &[u8]) -> Vec<u8> {
    let hdr_len = 20 + options.len();
    let mut tcp = vec![0x04, 0xd2, 0, 80, 0, 0, 0, 1, 0, 0, 0, 0];
    tcp.push(((hdr_len / 4) as u8) << 4);
    tcp.extend_from_slice(&[0x02, 0x03, 0xe8, 0, 0, 0, 0]);
    tcp.extend_from_slice(options);
    common::ipv4_frame([10, 0, 0, 1], [10, 0, 0, 2], 6, &tcp)
}

/// Wireshark's TCP option walk: each zero byte after an EOL is one more
/// EOL, a non-zero byte there stops the walk ("Non-zero header padding",
/// and no "SYN without MSS" note), and an option of a bad length is
/// reported without its kind.
#[test]
fn tcp_option_kinds_after_eol_and_of_bad_length() {
    let frames: Vec<Vec<u8>> = [
        &[2, 4, 5, 180, 0, 0, 0, 0][..],
        &[0, 0, 1, 0],
        &[2, 1, 0, 0],
        &[1, 8, 30, 0],
        &[3, 3, 7, 0, 0, 1, 0, 0],
        &[1, 1, 1, 0],
    ]
    .iter()
    .map(|o| tcp_syn(o))
    .collect();
    let lines = fields_of(
        1,
        &frames,
        &[
            "tcp.option_kind",
            "tcp.non_zero_bytes_after_eol",
            "tcp.options.mss.absent",
        ],
    );
    assert_eq!(
        lines,
        [
            "2,0,0,0,0\t\t",
            "0,0\t1\t",
            "\t\t",
            "1\t\t",
            "3,0,0\t1\t",
            "1,1,1,0\t\t1",
        ]
    );
}

/// A DNS query whose EDNS cookie holds only the client's 8 bytes: tshark
/// still shows the server cookie, as a byte field of no bytes, which
/// `-T fields` prints as `<MISSING>`.
#[test]
fn dns_cookie_without_server_part_prints_missing() {
    let mut dns = vec![0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 1];
    dns.extend_from_slice(b"\x07example\x03com\x00\x00\x01\x00\x01");
    // OPT: root name, type 41, class 4096, ttl 0, rdlength 12, cookie 8 bytes.
    dns.extend_from_slice(&[0, 0, 41, 0x10, 0, 0, 0, 0, 0, 0, 12, 0, 10, 0, 8]);
    dns.extend_from_slice(&[0x42, 0xf5, 0xd0, 0x09, 0x96, 0xf9, 0x0b, 0x13]);
    let frame = common::udp_datagram(5354, 53, &dns);
    let lines = fields_of(
        1,
        &[frame],
        &[
            "dns.opt.cookie.client",
            "dns.opt.cookie.server",
            "dns.opt.data",
        ],
    );
    assert_eq!(lines, ["42f5d00996f90b13\t<MISSING>\t42f5d00996f90b13"]);
}

/// tshark's DNS heuristic on UDP ports no dissector claims: opcode 0, a
/// query with one question and no answers or authority records, a response
/// with at most 1 question, 100 answers, 10 authority records; at most 10
/// additional records; the counts are not checked against the length. A
/// port tshark gives to another dissector (137, NetBIOS names) is never
/// tried.
#[test]
fn dns_udp_heuristic_as_tshark() {
    let header = |flags: u16, counts: [u16; 4], body: usize| {
        let mut m = vec![0x12, 0x34];
        m.extend_from_slice(&flags.to_be_bytes());
        for c in counts {
            m.extend_from_slice(&c.to_be_bytes());
        }
        m.resize(12 + body, 0);
        m
    };
    let cases = [
        (40000, header(0x0100, [1, 0, 0, 0], 1), true),
        (40000, header(0x0100, [1, 0, 0, 0], 0), false),
        (40000, header(0x0100, [2, 0, 0, 0], 40), false),
        (40000, header(0x0100, [1, 1, 0, 0], 40), false),
        (40000, header(0x0100, [1, 0, 1, 0], 40), false),
        (40000, header(0x0900, [1, 0, 0, 0], 40), false),
        (40000, header(0x0105, [1, 0, 0, 10], 40), true),
        (40000, header(0x0100, [1, 0, 0, 11], 200), false),
        (40000, header(0x8100, [0, 100, 0, 0], 10), true),
        (40000, header(0x8100, [0, 101, 0, 0], 10), false),
        (40000, header(0x8100, [0, 0, 10, 0], 10), true),
        (40000, header(0x8100, [1, 0, 11, 0], 10), false),
        (40000, header(0x8100, [2, 0, 0, 0], 40), false),
        (40000, header(0x87ff, [0, 0, 0, 0], 5), true),
        (137, header(0x0110, [1, 0, 0, 0], 40), false),
    ];
    let frames: Vec<Vec<u8>> = cases
        .iter()
        .map(|(port, m, _)| common::udp_datagram(*port, *port, m))
        .collect();
    let lines = fields_of(1, &frames, &["frame.protocols"]);
    let want: Vec<&str> = cases
        .iter()
        .map(|(port, _, dns)| {
            if *dns {
                "eth:ethertype:ip:udp:dns"
            } else if *port == 137 {
                // NetBIOS's name service has the port (tshark 4.0: nbns).
                "eth:ethertype:ip:udp:nbns"
            } else {
                "eth:ethertype:ip:udp:data"
            }
        })
        .collect();
    assert_eq!(lines, want);
}

/// An IPv6 header where IPv4 was announced: EtherType 0x0800 reads it as a
/// bogus IPv4 version first (an "ip" layer with ip.version 6), LINKTYPE_IPV4
/// and IP in IP hand it on through an "ip" layer of no fields; IP in IP is
/// listed twice (tshark's frame.protocols and ip.version on these bytes).
#[test]
fn ipv6_where_ipv4_was_announced_and_ip_in_ip() {
    let udp = [
        0x03, 0xe8, 0x07, 0xd0, 0, 13, 0, 0, b'h', b'e', b'l', b'l', b'o',
    ];
    let mut v6 = vec![0x60, 0, 0, 0, 0, 13, 17, 64];
    v6.extend_from_slice(&[0x20, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    v6.extend_from_slice(&[0x20, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    v6.extend_from_slice(&udp);
    let mut eth = vec![0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x00];
    eth.extend_from_slice(&v6);
    let fields = ["frame.protocols", "ip.version", "ip.bogus_ip_version"];
    assert_eq!(
        fields_of(1, &[eth], &fields),
        ["eth:ethertype:ip:ipv6:udp:data\t6,6\t1"]
    );
    assert_eq!(
        fields_of(228, &[v6.clone()], &fields),
        ["ip:ipv6:udp:data\t6\t"]
    );
    // IPv4 (protocol 4) around the IPv6 header, and around an IPv4 one.
    let outer = |inner: &[u8]| ipv4_around(4, inner);
    let ip_in_ip = outer(&v6);
    assert_eq!(
        fields_of(1, &[ip_in_ip], &fields),
        ["eth:ethertype:ip:ip:ipv6:udp:data\t4,6\t"]
    );
    let inner = common::ipv4_frame([10, 0, 0, 3], [10, 0, 0, 4], 17, &udp[..8]);
    let v4_in_v4 = outer(&inner[14..]);
    assert_eq!(
        fields_of(1, &[v4_in_v4], &["frame.protocols", "ip.version"]),
        ["eth:ethertype:ip:ip:udp\t4,4"]
    );
}

/// ARP with address lengths of 0: tshark shows no address fields (and so
/// no empty byte field printed as `<MISSING>`).
#[test]
fn arp_addresses_of_length_zero_are_not_shown() {
    let mut f = vec![
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x06,
    ];
    f.extend_from_slice(&[0, 1, 0x08, 0x00, 0, 0, 0, 1]);
    f.resize(60, 0);
    let lines = fields_of(
        1,
        &[f],
        &[
            "frame.protocols",
            "arp.opcode",
            "arp.src.hw",
            "arp.src.proto",
            "arp.dst.hw",
            "arp.dst.proto",
        ],
    );
    assert_eq!(lines, ["eth:ethertype:arp\t1\t\t\t\t"]);
}

/// An IP header of the wrong version, as tshark 4.0 lists it: its IPv4
/// dissector keeps the bytes and shows no payload; its IPv6 dissector
/// rejects them, so no `ipv6` is listed and the bytes are data (what an
/// MPLS label stack or a tunnel in front of such a header shows too).
#[test]
fn bogus_ip_versions_in_frame_protocols() {
    let eth = |t: u16, rest: &[u8]| {
        let mut f = vec![0x02, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 0, 0x02];
        f.extend_from_slice(&t.to_be_bytes());
        f.extend_from_slice(rest);
        f
    };
    let mut v4 = vec![
        0x55, 0, 0, 0x20, 0, 0, 0, 0, 0x40, 0x11, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
    ];
    v4.resize(32, 0);
    let mut v6 = vec![0x30, 0, 0, 0, 0, 8, 0x3b, 0x40];
    v6.resize(48, 0);
    let fields = ["frame.protocols", "ip.version", "ipv6.version"];
    assert_eq!(
        fields_of(1, &[eth(0x0800, &v4), eth(0x86dd, &v6)], &fields),
        ["eth:ethertype:ip\t5\t", "eth:ethertype:data\t3\t3"]
    );
}

/// Each TCP option is an item of its own in tshark (a protocol registered
/// as bytes: `-T fields` prints the option's bytes), with its kind and
/// length; the whole option area is `tcp.options`. Echo reply and the CC
/// variants share the Echo and CC items, an unknown kind is
/// `tcp.options.unknown`, MPTCP (30) has no `tcp.options.*` item.
#[test]
fn tcp_options_items_as_tshark() {
    let frames = [
        tcp_syn(&[
            2, 4, 5, 0xb4, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0, 1, 3, 3, 7,
        ]),
        tcp_syn(&[
            6, 6, 0x11, 0x11, 0x11, 0x11, 11, 6, 0, 0, 0, 9, 0x63, 4, 0x11, 0x11, 30, 4, 0, 0x81,
            0, 0, 0, 0,
        ]),
    ];
    let fields = [
        "tcp.options",
        "tcp.option_kind",
        "tcp.option_len",
        "tcp.options.mss",
        "tcp.options.sack_perm",
        "tcp.options.timestamp",
        "tcp.options.nop",
        "tcp.options.wscale",
        "tcp.options.echo",
        "tcp.options.cc",
        "tcp.options.unknown",
        "tcp.options.eol",
    ];
    // tshark 4.0 -T fields on the same frames.
    assert_eq!(
        fields_of(1, &frames, &fields),
        [
            "020405b40402080a000000010000000001030307\t2,4,8,1,3\t4,2,10,3\t020405b4\t0402\t\
             080a0000000100000000\t01\t030307\t\t\t\t",
            "0606111111110b0600000009630411111e04008100000000\t6,11,99,30,0,0,0,0\t6,6,4,4\
             \t\t\t\t\t\t060611111111\t0b0600000009\t63041111\t00,00,00,00",
        ]
    );
}

/// An ICMPv6 message from fe80::1 to `dst` (Ethernet, IPv6 with the
/// routing header `route` when given), its checksum over the pseudo-header
/// to `sum_dst`, spoilt when `bad`.
fn icmpv6_frame(msg: &[u8], route: &[u8], sum_dst: [u8; 16], bad: bool) -> Vec<u8> {
    let src = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    let dst = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
    let mut msg = msg.to_vec();
    msg[2..4].copy_from_slice(&[0, 0]);
    let len = (msg.len() as u32).to_be_bytes();
    let mut sum = common::inet_checksum(&[&src, &sum_dst, &len, &[0, 0, 0, 58], &msg]);
    if bad {
        sum ^= 0x1111;
    }
    msg[2..4].copy_from_slice(&sum.to_be_bytes());
    let mut f = vec![0x33, 0x33, 0, 0, 0, 1, 2, 0x99, 0, 0, 0, 1, 0x86, 0xdd];
    f.extend_from_slice(&[0x60, 0, 0, 0]);
    f.extend_from_slice(&((route.len() + msg.len()) as u16).to_be_bytes());
    f.push(if route.is_empty() { 58 } else { 43 });
    f.push(64);
    f.extend_from_slice(&src);
    f.extend_from_slice(&dst);
    f.extend_from_slice(route);
    f.extend_from_slice(&msg);
    f
}

/// tshark verifies ICMPv6 checksums over the IPv6 pseudo-header (to a
/// source route's final hop), not in a message quoted by an ICMPv6 error
/// (status 2, unverified), and flags a bad one with the value it should
/// have; ICMP's bad checksum gets the same expert.
#[test]
fn icmp_and_icmpv6_checksums_verified_as_tshark() {
    let dst = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
    let last_hop = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3];
    let echo = |seq: u8| [&[128, 0, 0, 0, 0, 1, 0, seq][..], b"abcdefgh"].concat();
    let good = icmpv6_frame(&echo(1), &[], dst, false);
    // Destination unreachable quoting the good echo's IPv6 datagram.
    let quoted = [&[1, 4, 0, 0, 0, 0, 0, 0][..], &good[14..]].concat();
    let route = [&[58, 2, 0, 1, 0, 0, 0, 0][..], &last_hop].concat();
    let frames = [
        good.clone(),
        icmpv6_frame(&echo(2), &[], dst, true),
        icmpv6_frame(&quoted, &[], dst, false),
        icmpv6_frame(&quoted, &[], dst, true),
        icmpv6_frame(&echo(3), &route, last_hop, false),
    ];
    let fields = [
        "icmpv6.checksum",
        "icmpv6.checksum.status",
        "icmpv6.checksum_bad.expert",
        "_ws.expert.message",
    ];
    // tshark 4.0 -T fields on the same frames.
    assert_eq!(
        fields_of(1, &frames, &fields),
        [
            "0xf118\t1\t\t",
            "0xe006\t0\t1\tBad checksum [should be 0xf117]",
            "0x6776,0xf118\t1,2\t\t",
            "0x7667,0xf118\t0,2\t1\tBad checksum [should be 0x6776]",
            // Type 0 routing (checked with tshark 4.0.17 on this frame).
            "0xf115\t1\t\tRouting header type is deprecated",
        ]
    );

    // ICMP echo requests, 10.0.0.1 to 10.0.0.2, the second one's sum spoilt.
    let icmp = |bad: bool| {
        let mut m = [&[8, 0, 0, 0, 0, 1, 0, 1][..], b"abcdefgh"].concat();
        let mut sum = common::inet_checksum(&[&m]);
        if bad {
            sum ^= 0x1111;
        }
        m[2..4].copy_from_slice(&sum.to_be_bytes());
        let mut ip = vec![0x45, 0, 0, 20 + m.len() as u8, 0, 1, 0, 0, 64, 1, 0, 0];
        ip.extend_from_slice(&[10, 0, 0, 1, 10, 0, 0, 2]);
        let sum = common::inet_checksum(&[&ip]);
        ip[10..12].copy_from_slice(&sum.to_be_bytes());
        [
            &[2, 0x99, 0, 0, 0, 2, 2, 0x99, 0, 0, 0, 1, 8, 0][..],
            &ip,
            &m,
        ]
        .concat()
    };
    assert_eq!(
        fields_of(
            1,
            &[icmp(false), icmp(true)],
            &[
                "icmp.checksum.status",
                "icmp.checksum_bad",
                "_ws.expert.message"
            ]
        ),
        ["1\t\t", "0\t1\tBad checksum [should be 0x6668]"]
    );
}

/// The items tshark derives from the addresses and the file: with `-n`
/// the host and resolved names are the addresses as text; the OUI and
/// the LG/IG bits of each MAC; the IPv4 flags and DS field as a whole;
/// Wiretap's encapsulation number and the unset marks of a frame.
#[test]
fn address_and_frame_items_as_tshark() {
    let fields = [
        "frame.encap_type",
        "frame.offset_shift",
        "frame.marked",
        "frame.ignored",
        "eth.addr_resolved",
        "eth.addr.oui",
        "eth.lg",
        "eth.ig",
        "eth.src.ig",
        "ip.flags",
        "ip.dsfield",
        "ip.host",
        "ip.src_host",
        "ip.dst_host",
    ];
    // tshark 4.0 -T fields on the same frame.
    assert_eq!(
        fields_of(1, &[tcp_syn(&[])], &fields),
        [
            "1\t0.000000000\t0\t0\t02:00:00:00:00:02,02:00:00:00:00:01\t131072,131072\t1,1\t0,0\t0\
          \t0x02\t0x00\t10.0.0.1,10.0.0.2\t10.0.0.1\t10.0.0.2"
        ]
    );
}

/// An IPv4 frame as `common::ipv4_frame` builds it, with another TTL and,
/// when given, another total length (the header checksum is left as it
/// was: tshark does not check it by default).
fn ipv4_with(dst: [u8; 4], proto: u8, l4: &[u8], ttl: u8, total: Option<u16>) -> Vec<u8> {
    let mut l4 = l4.to_vec();
    if l4.len() < 8 {
        l4.resize(8, 0);
    }
    let mut f = common::ipv4_frame([10, 0, 0, 1], dst, proto, &l4);
    f[14 + 8] = ttl;
    if let Some(t) = total {
        f[14 + 2..14 + 4].copy_from_slice(&t.to_be_bytes());
    }
    f
}

fn udp_of(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut u = Vec::new();
    u.extend_from_slice(&sport.to_be_bytes());
    u.extend_from_slice(&dport.to_be_bytes());
    u.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    u.extend_from_slice(&[0, 0]);
    u.extend_from_slice(payload);
    u
}

/// tshark's notes on the TTL (below 5 to a unicast address, not PIM or
/// OSPF; other than the Local Network Control Block's expected TTL, which
/// is 255 for mDNS, any for LLMNR and 1 for IGMP), on LBL traceroute's
/// ports, and its error on a total length past the frame's end, which
/// dissection goes on from (no "Malformed Packet").
#[test]
fn ttl_traceroute_and_total_length_experts_as_tshark() {
    let unicast = [10, 0, 0, 2];
    let mdns = [224, 0, 0, 251];
    let frames = vec![
        ipv4_with(unicast, 17, &udp_of(1000, 2000, b"hi"), 3, None),
        ipv4_with([224, 0, 0, 5], 89, &[2, 1, 0, 44], 2, None),
        ipv4_with(mdns, 2, &[0x16, 0, 0xfa, 4, 224, 0, 0, 251], 1, None),
        ipv4_with(mdns, 17, &udp_of(5353, 5353, &[0; 12]), 1, None),
        ipv4_with(unicast, 103, &[0x20, 0, 0, 0], 1, None),
        ipv4_with(unicast, 17, &udp_of(40000, 33440, b"hi"), 64, None),
        ipv4_with(unicast, 17, &udp_of(1000, 2000, b"abcd"), 64, Some(40)),
        ipv4_with([224, 0, 0, 252], 17, &udp_of(5355, 5355, &[0; 12]), 7, None),
        ipv4_with([239, 1, 2, 3], 17, &udp_of(1000, 2000, b"hi"), 1, None),
    ];
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.number",
            "ip.ttl.too_small",
            "ip.ttl.lncb",
            "ip.bogus_ip_length",
            "udp.possible_traceroute",
            "_ws.malformed",
        ],
    );
    let want = [
        "1\t1\t\t\t\t",
        // Four bytes of OSPF: its header read past them (tshark 4.0 the same).
        "2\t\t1\t\t\t[Malformed Packet: OSPF],_ws.malformed",
        "3\t\t\t\t\t",
        "4\t\t1\t\t\t",
        // PIM: ipv4_frame's checksum lands in the Hello's first option
        // length, whose value runs past the datagram (tshark 4.0 the same).
        "5\t\t\t\t\t[Malformed Packet: PIM],_ws.malformed",
        "6\t\t\t\t1\t",
        "7\t\t\t1\t\t",
        "8\t\t\t\t\t",
        "9\t\t\t\t\t",
    ];
    assert_eq!(got, want);
    let messages = fields_of(1, &frames, &["_ws.expert.message"]);
    assert_eq!(messages[0], "\"Time To Live\" only 3");
    assert_eq!(
        messages[3],
        "\"Time To Live\" != 255 for a packet sent to the Local Network Control Block (see RFC 3171)"
    );
    assert_eq!(messages[5], "Possible traceroute: hop #2, attempt #3");
    assert_eq!(
        messages[6],
        "IPv4 total length exceeds packet length (32 bytes)"
    );
}

/// An ICMP message of `t` with identifier 0x1234, sequence 1 and `body`.
fn icmp_of(t: u8, body: &[u8]) -> Vec<u8> {
    let mut m = vec![t, 0, 0, 0, 0x12, 0x34, 0, 1];
    m.extend_from_slice(body);
    let ck = common::inet_checksum(&[&m]);
    m[2..4].copy_from_slice(&ck.to_be_bytes());
    let mut f = common::ipv4_frame([10, 0, 0, 1], [10, 0, 0, 2], 1, &[0; 8]);
    f.truncate(14 + 20);
    f[14 + 2..14 + 4].copy_from_slice(&((20 + m.len()) as u16).to_be_bytes());
    f.extend_from_slice(&m);
    f
}

/// Timestamp (13/14) and address-mask (17/18) messages: their fields and
/// no data layer after them, even with bytes to spare; cut short, as far
/// as they go and malformed (tshark's cells on these frames).
#[test]
fn icmp_timestamp_and_address_mask_fields_as_tshark() {
    let frames = vec![
        icmp_of(13, &[0, 0, 0, 1, 0, 0]),
        icmp_of(17, b"\xff\xff\xff\0abcd"),
        icmp_of(14, b"\0\0\0\0\0\0\0\0\0\0\0\0xyz"),
        icmp_of(18, b"\xff\xff"),
    ];
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "icmp.originate_timestamp",
            "icmp.receive_timestamp",
            "icmp.transmit_timestamp",
            "icmp.address_mask",
            "data.len",
            "icmp.checksum.status",
        ],
    );
    let p = "eth:ethertype:ip:icmp";
    assert_eq!(
        got,
        [
            format!("{p}\t1\t\t\t\t\t1"),
            format!("{p}\t\t\t\t255.255.255.0\t\t1"),
            format!("{p}\t0\t0\t0\t\t\t1"),
            format!("{p}\t\t\t\t\t\t1"),
        ]
    );
    let malformed = fields_of(1, &frames, &["_ws.malformed"]);
    assert!(!malformed[0].is_empty() && !malformed[3].is_empty());
    assert!(malformed[1].is_empty() && malformed[2].is_empty());
}

/// A VRRP message from 10.0.0.1 to 224.0.0.18; `v2_sum`: its checksum
/// over the message alone (version 2's), else over the IPv4
/// pseudo-header too (version 3's, as `ipv4_frame` writes it).
/// A message under 8 bytes (no checksum field) is cut from a longer one.
fn vrrp_frame(msg: &[u8], v2_sum: bool) -> Vec<u8> {
    let mut padded = msg.to_vec();
    padded.resize(msg.len().max(8), 0);
    let mut f = common::ipv4_frame([10, 0, 0, 1], [224, 0, 0, 18], 112, &padded);
    if msg.len() < 8 {
        f.truncate(34 + msg.len());
        f[16..18].copy_from_slice(&((20 + msg.len()) as u16).to_be_bytes());
        f[24..26].copy_from_slice(&[0, 0]);
        let ck = common::inet_checksum(&[&f[14..34]]);
        f[24..26].copy_from_slice(&ck.to_be_bytes());
    }
    if v2_sum && msg.len() >= 8 {
        f[40..42].copy_from_slice(&[0, 0]);
        let ck = common::inet_checksum(&[&f[34..]]);
        f[40..42].copy_from_slice(&ck.to_be_bytes());
    }
    f
}

/// VRRP as tshark 4.0 shows it: v2 with a password, Cisco's MD5 digest
/// (the last 16 bytes), a v2 checksum that is wrong (computed as v3's), v3
/// over IPv4 with its pseudo-header, a password with a NUL, and messages
/// cut at 3, 7 and 10 bytes (v2) and 5 (v3): what tshark adds before its
/// exception, and the "[Malformed Packet]" its Info then ends with.
#[test]
fn vrrp_versions_authentication_and_short_messages() {
    let v2 = |auth: u8, tail: &[u8]| {
        let mut m = vec![0x21, 42, 100, 1, auth, 1, 0, 0, 10, 0, 0, 100];
        m.extend_from_slice(tail);
        m
    };
    let mut md5 = v2(254, &(0u8..20).collect::<Vec<_>>());
    md5[2] = 150;
    let frames = vec![
        vrrp_frame(&v2(1, b"secret\0\0"), true),
        vrrp_frame(&md5, true),
        vrrp_frame(&v2(0, b""), false),
        vrrp_frame(&[0x31, 43, 0, 1, 0, 100, 0, 0, 10, 0, 0, 110], false),
        vrrp_frame(&v2(1, b"ab\0cd\xffgh"), true),
        vrrp_frame(&[0x21, 42, 100], false),
        vrrp_frame(&[0x21, 42, 100, 1, 1, 1, 0], false),
        vrrp_frame(&[0x21, 42, 100, 1, 1, 1, 0, 0, 10, 0], true),
        vrrp_frame(&[0x31, 43, 100, 1, 0x10], false),
    ];
    let got = fields_of(
        1,
        &frames,
        &[
            "_ws.col.Info",
            "vrrp.version",
            "vrrp.prio",
            "vrrp.auth_type",
            "vrrp.adver_int",
            "vrrp.reserved_mbz",
            "vrrp.short_adver_int",
            "vrrp.checksum",
            "vrrp.checksum.status",
            "vrrp.ip_addr",
            "vrrp.auth_string",
            "vrrp.md5_auth_data",
            "_ws.malformed",
            "_ws.expert.message",
        ],
    );
    let ttl = "\"Time To Live\" != 255 for a packet sent to the Local Network Control Block (see RFC 3171)";
    let thrown = format!(
        "[Malformed Packet: VRRP],_ws.malformed\t{ttl},Malformed Packet (Exception occurred)"
    );
    assert_eq!(
        got,
        [
            format!(
                "Announcement (v2)\t2\t100\t1\t1\t\t\t0x3323\t1\t10.0.0.100\tsecret\t\t\t{ttl}"
            ),
            format!(
                "Announcement (v2)\t2\t150\t254\t1\t\t\t0xe609\t1\t10.0.0.100\t\t\
                 0405060708090a0b0c0d0e0f10111213\t\t{ttl}"
            ),
            format!(
                "Announcement (v2)\t2\t100\t0\t1\t\t\t0x85df\t0\t10.0.0.100\t\t\t\t\
                 {ttl},Bad checksum [should be 0x706f]"
            ),
            format!("Announcement (v3)\t3\t0\t\t\t0\t100\t0xd971\t1\t10.0.0.110\t\t\t\t{ttl}"),
            format!(
                "Announcement (v2)\t2\t100\t1\t1\t\t\t0x4142\t1\t10.0.0.100\tab\t\t\t\
                 {ttl},Trailing stray characters"
            ),
            format!("Announcement (v2)[Malformed Packet]\t\t\t\t\t\t\t\t\t\t\t\t{thrown}"),
            format!("Announcement (v2)[Malformed Packet]\t2\t100\t1\t1\t\t\t\t\t\t\t\t{thrown}"),
            format!(
                "Announcement (v2)[Malformed Packet]\t2\t100\t1\t1\t\t\t0x6fd3\t1\t\t\t\t{thrown}"
            ),
            format!("Announcement (v3)[Malformed Packet]\t3\t100\t\t\t1\t\t\t\t\t\t\t{thrown}"),
        ]
    );
}

/// packet-icmp.c hands what follows the ICMP header to the data dissector
/// only for echoes (0, 8) and router advertisements not of 2-word entries
/// (9); errors quote a datagram; every other type (information request 15,
/// traceroute 30, Photuris 40, types it does not know) keeps the rest as
/// part of the message: no `data` layer (tshark 4.0 on these frames).
#[test]
fn icmp_types_without_a_data_layer() {
    let frames: Vec<Vec<u8>> = [8u8, 9, 15, 30, 40, 200]
        .iter()
        .map(|&t| {
            let mut icmp = vec![t, 0, 0, 0, 0, 1, 0, 2];
            icmp.extend(0u8..16);
            let sum = common::hostile::csum(&icmp);
            icmp[2..4].copy_from_slice(&sum.to_be_bytes());
            common::hostile::ipv4([10, 0, 0, 1], [10, 0, 0, 2], 1, 1, 0, &icmp)
        })
        .collect();
    let rows = fields_of(1, &frames, &["icmp.type", "frame.protocols", "data.len"]);
    assert_eq!(
        rows,
        [
            "8\teth:ethertype:ip:icmp:data\t16",
            "9\teth:ethertype:ip:icmp:data\t16",
            "15\teth:ethertype:ip:icmp\t",
            "30\teth:ethertype:ip:icmp\t",
            "40\teth:ethertype:ip:icmp\t",
            "200\teth:ethertype:ip:icmp\t",
        ]
    );
}

/// Destination options as tshark's dissect_opts reads them (zeek's
/// ipv6-mobility-dst-opts.pcap, frames 2 and 3): a Home Address option is
/// read as its 16 bytes whatever its length says, and the walk goes on
/// after them, so a length of 1 is flagged and UDP follows; a header of
/// 40 bytes in a payload of 36 runs past what tshark's buffer holds, and
/// the exception ends the frame: no UDP.
#[test]
fn destination_options_are_read_at_their_sizes_within_the_payload_length() {
    let frames = [
        "ffffffffffff00000000000086dd6000000000243c40200104f80004000702e081fffe52ffff200104f80004000702e081fffe529a6b11040100c91020010078000100320000000000000001c91020010078000100320000000000000001753032c8000c43de58585858",
        "ffffffffffff00000000000086dd6000000000243c40200104f80004000702e081fffe52ffff200104f80004000702e081fffe529a6b110201020000c90120010078000100320000000000000001753032c8000c43de58585858",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ipv6.opt.mipv6.home_address",
            "udp.dstport",
            "_ws.expert.message",
        ],
    );
    assert_eq!(
        rows,
        [
            [
                "eth:ethertype:ipv6:ipv6.dstopts",
                "2001:78:1:32::1",
                "",
                "Malformed Packet (Exception occurred)"
            ],
            [
                "eth:ethertype:ipv6:ipv6.dstopts:udp:data",
                "2001:78:1:32::1",
                "13000",
                "Home Address: Invalid length (1 bytes)"
            ],
        ]
    );
}

/// A packet shorter than IPv6's fixed header (tcpdump's
/// ipv6_invalid_length.pcap: 39 bytes after Ethernet, captured whole):
/// tshark says so in the Info column and an expert item before it throws.
#[test]
fn an_ipv6_packet_shorter_than_its_header_is_an_invalid_header() {
    let frame = common::unhex(
        "c0d68236032bf04da23d5da386dd6009d8d8004011402605bc8030100104000000008cd309ce26003c00e000001900000000000000",
    );
    let pcap = common::pcap_of(1, 1_000, &[frame]);
    let rows = common::fields_rows(pcap, None, &["_ws.col.Info", "_ws.expert.message"]);
    assert_eq!(
        rows,
        [[
            "Invalid IPv6 header (39 bytes, need exactly 40)[Malformed Packet]",
            "IPv6 header must be exactly 40 bytes,Malformed Packet (Exception occurred)"
        ]]
    );
}

/// An Ethernet frame of an IPv4 header (10.0.0.1 to 10.0.0.2, protocol
/// `proto`) around `inner`. (Built here: common::ipv4_frame writes a
/// transport checksum.)
fn ipv4_around(proto: u8, inner: &[u8]) -> Vec<u8> {
    let mut f = vec![0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x00];
    f.extend_from_slice(&[
        0x45, 0, 0, 0, 0, 1, 0, 0, 64, proto, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
    ]);
    f[16..18].copy_from_slice(&((20 + inner.len()) as u16).to_be_bytes());
    f.extend_from_slice(inner);
    f
}

/// An IPv6 Fragment Header an IPv4 datagram carries (protocol 44, as in
/// suricata-verify's defrag-af-confusion captures): a protocol of its own
/// after IP's, its next header dissected whatever its offset and More flag
/// say (no IPv6 reassembly outside IPv6), `Unknown IP Protocol: ...` when
/// no dissector takes it; fewer than 8 bytes are a short header.
#[test]
fn ipv6_fragment_header_in_ipv4() {
    let outer = |inner: &[u8]| ipv4_around(44, inner);
    let unknown = outer(&[65, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 1, 2, 3, 4]);
    let udp = outer(&[
        17, 0, 0x00, 0x09, 0, 0, 0x12, 0x34, 0x03, 0xe8, 0x07, 0xd0, 0, 12, 0, 0, b'a', b'b', b'c',
        b'd',
    ]);
    let short = outer(&[17, 0, 0, 1]);
    let fields = [
        "frame.protocols",
        "ipv6.fraghdr.nxt",
        "ipv6.fraghdr.offset",
        "ipv6.fraghdr.more",
        "ipv6.fraghdr.ident",
        "udp.dstport",
        "_ws.col.Info",
    ];
    let frames = [unknown, udp, short];
    common::keep_crafted(
        "ipv4_fraghdr.pcap",
        &common::pcap_of(1, 1_700_000_000, &frames),
    );
    assert_eq!(
        fields_of(1, &frames, &fields),
        [
            "eth:ethertype:ip:ipv6.fraghdr:data\t65\t2088\t1\t0x41414141\t\tUnknown IP Protocol: Kryptolan (65)",
            "eth:ethertype:ip:ipv6.fraghdr:udp:data\t17\t1\t1\t0x00001234\t2000\t1000 → 2000 Len=4",
            "eth:ethertype:ip:ipv6.fraghdr\t\t\t\t\t\t[Malformed Packet]",
        ]
    );
}

/// With a loose source route, tshark's destination (`ip.dst`, and the
/// address its conversations are keyed on) is the route's last address: a
/// SYN to the same header destination and ports through a route is another
/// TCP conversation, the header's destination being the route's next hop.
#[test]
fn a_source_routes_final_destination_keys_the_conversation() {
    let plain = tcp_syn(&[]);
    let mut routed = plain.clone();
    // Loose Source Route (131), 11 bytes, pointer 4: 1.2.3.4 then
    // 5.6.7.8; an End of Options List pads the options to 12 bytes.
    let option = [0x83, 0x0b, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 0];
    routed.splice(14 + 20..14 + 20, option);
    routed[14] = 0x48;
    let total = u16::from_be_bytes([routed[16], routed[17]]) + 12;
    routed[16..18].copy_from_slice(&total.to_be_bytes());
    let frames = [plain.clone(), routed, plain];
    common::keep_crafted(
        "ipv4_source_route.pcap",
        &common::pcap_of(1, 1_700_000_000, &frames),
    );
    assert_eq!(
        fields_of(1, &frames, &["ip.dst", "ip.cur_rt", "tcp.stream"]),
        ["10.0.0.2\t\t0", "5.6.7.8\t10.0.0.2\t1", "10.0.0.2\t\t0"]
    );
}

/// A TCP segment from `from` to `to` (10.0.0.1:1234 and 10.0.0.2:80 one way
/// or the other) with a window and options.
fn tcp_segment(
    client: bool,
    seq: u32,
    ack: u32,
    flags: u8,
    window: u16,
    options: &[u8],
) -> Vec<u8> {
    let (src, dst, sport, dport) = if client {
        ([10, 0, 0, 1], [10, 0, 0, 2], 1234u16, 80u16)
    } else {
        ([10, 0, 0, 2], [10, 0, 0, 1], 80, 1234)
    };
    let mut tcp = sport.to_be_bytes().to_vec();
    tcp.extend_from_slice(&dport.to_be_bytes());
    tcp.extend_from_slice(&seq.to_be_bytes());
    tcp.extend_from_slice(&ack.to_be_bytes());
    tcp.push((((20 + options.len()) / 4) as u8) << 4);
    tcp.push(flags);
    tcp.extend_from_slice(&window.to_be_bytes());
    tcp.extend_from_slice(&[0, 0, 0, 0]);
    tcp.extend_from_slice(options);
    common::ipv4_frame(src, dst, 6, &tcp)
}

/// A segment an ICMP error quotes keeps the conversation's window scale
/// factor but shows its window unscaled (tshark 4.0: suricata-verify's
/// filestore-5408, a "fragmentation needed" quoting a segment of a
/// conversation scaling by 4).
#[test]
fn a_quoted_segments_window_is_unscaled() {
    // WS=2 (factor 4) from the client, WS=9 from the server.
    let syn = tcp_segment(true, 100, 0, 0x02, 8192, &[3, 3, 2, 0]);
    let syn_ack = tcp_segment(false, 500, 101, 0x12, 5840, &[3, 3, 9, 0]);
    let ack = tcp_segment(true, 101, 501, 0x10, 16425, &[]);
    // The router's error quotes the client's next segment (IPv4 header and
    // the whole TCP header).
    let quoted = &ack[14..14 + 40];
    let mut body = vec![0, 0, 0x05, 0xdc];
    body.extend_from_slice(quoted);
    let mut icmp = vec![3, 4, 0, 0];
    icmp.extend_from_slice(&body);
    let ck = common::inet_checksum(&[&icmp]);
    icmp[2..4].copy_from_slice(&ck.to_be_bytes());
    let mut error = common::ipv4_frame([10, 0, 0, 254], [10, 0, 0, 1], 1, &[0; 8]);
    error.truncate(14 + 20);
    error[14 + 2..14 + 4].copy_from_slice(&((20 + icmp.len()) as u16).to_be_bytes());
    error.extend_from_slice(&icmp);
    let frames = [syn, syn_ack, ack, error];
    common::keep_crafted(
        "quoted_window.pcap",
        &common::pcap_of(1, 1_700_000_000, &frames),
    );
    assert_eq!(
        fields_of(
            1,
            &frames,
            &[
                "tcp.window_size_value",
                "tcp.window_size",
                "tcp.window_size_scalefactor"
            ]
        ),
        [
            "8192\t8192\t",
            "5840\t5840\t",
            "16425\t65700\t4",
            "16425\t16425\t4"
        ]
    );
}

/// RGMP (IGMP types 0xfc-0xff sent to 224.0.0.25): a join with a good
/// checksum, a leave with a bad one, a type of RGMP's sent elsewhere (IGMP's
/// unknown type, as RGMP's dissector refuses it) and a message cut after
/// its checksum. Raw IPv4 frames.
#[test]
fn rgmp_to_its_group_and_igmp_elsewhere() {
    let frames: Vec<Vec<u8>> = [
        "45c0001c000100000102cf050a000001e0000019fd0011faef010203",
        "45c0001c000100000102cf050a000001e0000019fc001234ef010203",
        "45c0001c000100000102cf1d0a000001e0000001fe0001ff00000000",
        "45c0001a000100000102cf070a000001e0000019ff0000ff0000",
    ]
    .iter()
    .map(|h| common::unhex(h))
    .collect();
    let rows = fields_of(
        228,
        &frames,
        &[
            "frame.protocols",
            "rgmp.type",
            "rgmp.reserved",
            "rgmp.checksum",
            "rgmp.checksum.status",
            "rgmp.maddr",
            "igmp.type",
            "igmp.data",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.replace('\t', "|")).collect();
    assert_eq!(
        rows,
        [
            "ip:igmp:rgmp|0xfd|0x00|0x11fa|1|239.1.2.3|||RGMP|Join|",
            "ip:igmp:rgmp|0xfc|0x00|0x1234|0|239.1.2.3|||RGMP|Leave|Bad checksum [should be 0x12fa]",
            "ip:igmp||||||0xfe|0001ff00000000|IGMP|Unknown Type:0xfe|",
            "ip:igmp:rgmp|0xff|0x00|0x00ff|1||||RGMP|Hello[Malformed Packet]|Malformed Packet (Exception occurred)",
        ]
    );
}

/// Headers cut by the frame's own end (not the capture's) under an IPv4
/// total length that claims more: UDP checks its length against the IP
/// payload before the checksum read throws; TCP says the segment is short
/// before its SYN note, then throws reading on; an IPv6 header of 36 bytes
/// notes its zero payload length before throwing.
#[test]
fn udp_tcp_and_ipv6_headers_cut_by_the_frame() {
    let frames: Vec<Vec<u8>> = [
        "02000000000202000000000108004500001c00010000401100000a0000010a00000204d2270f0008",
        "02000000000202000000000108004500002800010000400600000a0000010a00000204d2005000000000000000005002ffff",
        "02000000000202000000000186dd600000000000114000000000000000000000000000000001000000000000000000000000",
    ]
    .iter()
    .map(|h| common::unhex(h))
    .collect();
    let rows = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "ip.len",
            "udp.length",
            "tcp.flags",
            "ipv6.plen",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.replace('\t', "|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:ip:udp|28|8|||1234 → 9999 [BAD UDP LENGTH 8 > IP PAYLOAD LENGTH] Len=0[Malformed Packet]|IPv4 total length exceeds packet length (26 bytes),Bad length value 8 > IP payload length,Malformed Packet (Exception occurred)",
            "eth:ethertype:ip:tcp|40||0x0002||1234 → 80 [SYN] Seq=0 Win=65535[Malformed Packet]|IPv4 total length exceeds packet length (36 bytes),Short segment. Segment/fragment does not contain a full TCP header (might be NMAP or someone else deliberately sending unusual packets),Connection establish request (SYN): server port 80,Malformed Packet (Exception occurred)",
            "eth:ethertype:ipv6||||0|Invalid IPv6 header (36 bytes, need exactly 40)[Malformed Packet]|IPv6 header must be exactly 40 bytes,IPv6 payload length equals 0 (maybe because of \"TCP segmentation offload\" (TSO)),Malformed Packet (Exception occurred)",
        ]
    );
}

/// A TCP header an ICMP error quotes after an IPv4 header shows its
/// sequence number as sent and no raw number (packet-tcp.c's `icmp_ip`);
/// one ICMPv6 quotes shows both.
#[test]
fn quoted_tcp_raw_sequence_number_only_under_icmpv6() {
    let frames: Vec<Vec<u8>> = [
        "02000000000202000000000108004500004400010000400165ba0a0000fe0a0000010304f785000005784500002800010000400666cd0a0000010a0000029c40005011223344556677885018020000000000",
        "02000000000202000000000186dd6000000000443a40000000000000000000000000000000fe000000000000000000000000000000010200912d00000500600000000014064000000000000000000000000000000001000000000000000000000000000000029c40005011223344556677885018020000000000",
    ]
    .iter()
    .map(|h| common::unhex(h))
    .collect();
    let rows = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "tcp.seq",
            "tcp.seq_raw",
            "tcp.ack",
            "tcp.ack_raw",
            "tcp.stream",
            "_ws.col.Info",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.replace('\t', "|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:ip:icmp:ip:tcp|287454020||1432778632|1432778632|0|Destination unreachable (Fragmentation needed)",
            "eth:ethertype:ipv6:icmpv6:ipv6:tcp|287454020|287454020|1432778632|1432778632|1|Packet Too Big",
        ]
    );
}

/// WireGuard, found by tshark's UDP heuristic (type and the type's
/// length; reserved bytes zero for a Cookie Reply or data): sessions linked
/// by sender and receiver index and the initiator's address and port
/// (`wg.stream`, `wg.response_to`), a conversation an Initiation made
/// WireGuard's taking data with non-zero reserved bytes, a response sent to
/// another port left unlinked, data of the wrong length or reserved bytes
/// elsewhere left as data, and an Initiation the capture cut (judged by its
/// length on the wire, cut where the capture ends). Expected cells: tshark
/// 4.0.17 on the same bytes.
#[test]
fn wireguard_as_tshark() {
    fn wg(
        (src, sport): ([u8; 4], u16),
        (dst, dport): ([u8; 4], u16),
        kind: u8,
        len: usize,
        ids: &[u32],
        reserved: [u8; 3],
        counter: Option<u64>,
    ) -> Vec<u8> {
        let mut m = vec![0x41u8; len];
        m[0] = kind;
        m[1..4].copy_from_slice(&reserved);
        for (i, id) in ids.iter().enumerate() {
            m[4 + 4 * i..8 + 4 * i].copy_from_slice(&id.to_le_bytes());
        }
        if let Some(c) = counter {
            m[8..16].copy_from_slice(&c.to_le_bytes());
        }
        let mut udp = Vec::new();
        udp.extend_from_slice(&sport.to_be_bytes());
        udp.extend_from_slice(&dport.to_be_bytes());
        udp.extend_from_slice(&((8 + len) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(&m);
        common::ipv4_frame(src, dst, 17, &udp)
    }
    let (a, b, c, d, e) = (
        [10, 0, 0, 1],
        [10, 0, 0, 2],
        [10, 0, 0, 3],
        [10, 0, 0, 4],
        [10, 0, 0, 5],
    );
    let z = [0, 0, 0];
    let frames = vec![
        wg((a, 51820), (b, 51820), 1, 148, &[0x11], z, None),
        wg((b, 51820), (a, 51820), 2, 92, &[0x22, 0x11], z, None),
        wg((a, 51820), (b, 51820), 4, 48, &[0x22], z, Some(1)),
        wg((b, 51820), (a, 51820), 4, 32, &[0x11], z, Some(0)),
        wg((a, 51820), (b, 51820), 3, 64, &[0x99], z, None),
        wg((c, 40000), (b, 51820), 1, 148, &[0x44], [1, 2, 3], None),
        wg((b, 51820), (c, 40000), 3, 64, &[0x44], z, None),
        wg((c, 40000), (b, 51820), 4, 32, &[0x55], [1, 2, 3], None),
        wg((d, 5000), (b, 6000), 4, 32, &[0x22], [0, 0, 1], None),
        wg((b, 51820), (a, 1234), 2, 92, &[0x66, 0x11], z, None),
        wg((a, 51820), (b, 51820), 1, 148, &[0x11], z, None),
        wg((b, 51820), (a, 51820), 2, 92, &[0x23, 0x11], z, None),
        wg((a, 51820), (b, 51820), 4, 64, &[0x23], z, Some(2)),
    ];
    let mut pcap = common::pcap_of(1, 1_700_000_000, &frames);
    // An Initiation of which the capture kept 100 of its 148 bytes.
    let cut = wg((e, 40001), (b, 40002), 1, 148, &[0x77], z, None);
    for v in [1_700_000_100u32, 0, 142, cut.len() as u32] {
        pcap.extend_from_slice(&v.to_le_bytes());
    }
    pcap.extend_from_slice(&cut[..142]);
    common::keep_crafted("wireguard.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "wg.type",
        "wg.reserved",
        "wg.sender",
        "wg.receiver",
        "wg.ephemeral",
        "wg.ephemeral.known_privkey",
        "wg.encrypted_static",
        "wg.mac1",
        "wg.mac2",
        "wg.nonce",
        "wg.encrypted_cookie",
        "wg.counter",
        "wg.encrypted_packet",
        "wg.stream",
        "wg.response_to",
        "wg.response_in",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:wg|WireGuard|Handshake Initiation, sender=0x00000011|1|000000|0x00000011||QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=|0|1|41414141414141414141414141414141|41414141414141414141414141414141|||||0|||",
        "eth:ethertype:ip:udp:wg|WireGuard|Handshake Response, sender=0x00000022, receiver=0x00000011|2|000000|0x00000022|0x00000011|QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=|0||41414141414141414141414141414141|41414141414141414141414141414141|||||0|1||",
        "eth:ethertype:ip:udp:wg|WireGuard|Transport Data, receiver=0x00000022, counter=1, datalen=16|4|000000||0x00000022||||||||1|1|0|||",
        "eth:ethertype:ip:udp:wg|WireGuard|Keepalive, receiver=0x00000011, counter=0|4|000000||0x00000011||||||||0|1|0|||This is a Keepalive message",
        "eth:ethertype:ip:udp:wg|WireGuard|Cookie Reply, receiver=0x00000099|3|000000||0x00000099||||||414141414141414141414141414141414141414141414141|4141414141414141414141414141414141414141414141414141414141414141||||||",
        "eth:ethertype:ip:udp:wg|WireGuard|Handshake Initiation, sender=0x00000044|1|010203|0x00000044||QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=|0|1|41414141414141414141414141414141|41414141414141414141414141414141|||||1|||",
        "eth:ethertype:ip:udp:wg|WireGuard|Cookie Reply, receiver=0x00000044|3|000000||0x00000044||||||414141414141414141414141414141414141414141414141|4141414141414141414141414141414141414141414141414141414141414141|||1|6||",
        "eth:ethertype:ip:udp:wg|WireGuard|Keepalive, receiver=0x00000055, counter=4702111234474983745|4|010203||0x00000055||||||||4702111234474983745|1||||This is a Keepalive message",
        "eth:ethertype:ip:udp:data|UDP|5000 → 6000 Len=32|||||||||||||||||",
        "eth:ethertype:ip:udp:wg|WireGuard|Handshake Response, sender=0x00000066, receiver=0x00000011|2|000000|0x00000066|0x00000011|QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=|0||41414141414141414141414141414141|41414141414141414141414141414141||||||||",
        "eth:ethertype:ip:udp:wg|WireGuard|Handshake Initiation, sender=0x00000011|1|000000|0x00000011||QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=|0|1|41414141414141414141414141414141|41414141414141414141414141414141|||||2|||",
        "eth:ethertype:ip:udp:wg|WireGuard|Handshake Response, sender=0x00000023, receiver=0x00000011|2|000000|0x00000023|0x00000011|QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=|0||41414141414141414141414141414141|41414141414141414141414141414141|||||2|11||",
        "eth:ethertype:ip:udp:wg|WireGuard|Transport Data, receiver=0x00000023, counter=2, datalen=32|4|000000||0x00000023||||||||2|1|2|||",
        "eth:ethertype:ip:udp:wg|WireGuard|Handshake Initiation, sender=0x00000077[Packet size limited during capture]|1|000000|0x00000077||QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=|0|1||||||||||",
    ];
    assert_eq!(rows, want);
}

/// Babel (UDP 6696): an IHU with its link-local address and timestamps
/// and a Hello with a timestamp; Updates whose prefixes omit bytes taken
/// from the default prefix an earlier Update set (IPv6, IPv4), with
/// Router-Id, Next Hop, a wildcard retraction and Pad1; requests,
/// acknowledgments, PadN, PC and an HMAC in the packet trailer; version
/// 1 (Info only, not listed); an empty body with a trailer (tshark's
/// dissector declines it after its items, twice when both ports are
/// 6696, and the datagram is data); a Hello with diversity and mandatory
/// sub-TLVs and an IHU whose receive timestamp spans past the datagram
/// (malformed); no magic (data); an IHU the capture cut. Expected cells:
/// tshark 4.0.17 on the same bytes.
#[test]
fn babel_as_tshark() {
    fn babel(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
        let mut udp = Vec::new();
        udp.extend_from_slice(&sport.to_be_bytes());
        udp.extend_from_slice(&dport.to_be_bytes());
        udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(payload);
        common::ipv4_frame([10, 0, 0, 1], [10, 0, 0, 2], 17, &udp)
    }
    fn tlv(kind: u8, body: &[u8]) -> Vec<u8> {
        [&[kind, body.len() as u8][..], body].concat()
    }
    fn packet(version: u8, body: &[Vec<u8>], trailer: &[u8]) -> Vec<u8> {
        let body = body.concat();
        let mut p = vec![42, version];
        p.extend_from_slice(&(body.len() as u16).to_be_bytes());
        p.extend_from_slice(&body);
        p.extend_from_slice(trailer);
        p
    }
    let ll = [0x02, 0x50, 0x54, 0xff, 0xfe, 0x85, 0x5d, 0xa9];
    let hello = tlv(
        4,
        &[0, 0, 0x3c, 0xe1, 0x01, 0x90, 3, 4, 0x05, 0xa4, 0x7f, 0x2f],
    );
    let ihu = {
        let mut b = vec![3, 0, 0, 0x60, 0x04, 0xb0];
        b.extend_from_slice(&ll);
        b.extend_from_slice(&[3, 8, 0, 0, 0, 1, 0, 0, 0, 2]);
        tlv(5, &b)
    };
    let update = |ae: u8, flags: u8, plen: u8, omitted: u8, metric: u16, tail: &[u8]| {
        let mut b = vec![ae, flags, plen, omitted, 0x01, 0x90, 0x00, 0x07];
        b.extend_from_slice(&metric.to_be_bytes());
        b.extend_from_slice(tail);
        tlv(8, &b)
    };
    let frames = vec![
        babel(6696, 6696, &packet(2, &[ihu.clone(), hello.clone()], &[])),
        babel(
            6696,
            6696,
            &packet(
                2,
                &[
                    tlv(6, &[0, 0, 1, 2, 3, 4, 5, 6, 7, 8]),
                    tlv(
                        7,
                        &[
                            2, 0, 0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
                        ],
                    ),
                    update(2, 0x80, 64, 0, 96, &[0x20, 1, 0x0d, 0xb8, 0, 0, 0, 1]),
                    update(2, 0x00, 64, 6, 96, &[0, 2]),
                    update(1, 0x80, 24, 0, 256, &[192, 168, 7]),
                    update(1, 0x00, 32, 3, 256, &[9, 2, 2, 1, 2]),
                    update(0, 0x00, 0, 0, 0xffff, &[]),
                    vec![0],
                ],
                &[],
            ),
        ),
        babel(
            40000,
            6696,
            &packet(
                2,
                &[
                    tlv(9, &[1, 24, 10, 1, 2]),
                    tlv(
                        10,
                        &[
                            2, 48, 0x12, 0x34, 16, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0x20, 1, 0x0d, 0xb8,
                            0, 0,
                        ],
                    ),
                    tlv(2, &[0, 0, 0xab, 0xcd, 0x01, 0x2c]),
                    tlv(3, &[0xab, 0xcd]),
                    tlv(1, &[0, 0, 0]),
                    tlv(17, &[0, 0, 0, 9, 0x11, 0x22, 0x33, 0x44]),
                ],
                &tlv(16, &[0, 1, 0xaa, 0xbb, 0xcc, 0xdd]),
            ),
        ),
        babel(6696, 6696, &packet(1, std::slice::from_ref(&hello), &[])),
        babel(6696, 6696, &packet(2, &[], &hello)),
        babel(6696, 40000, &packet(2, &[], &hello)),
        babel(
            6696,
            6696,
            &packet(
                2,
                &[
                    tlv(4, &[0, 0, 0, 1, 0x01, 0x90, 2, 3, 1, 6, 11, 0x81, 0]),
                    ihu.clone(),
                ],
                &[],
            ),
        ),
        babel(6696, 6696, &[43, 2, 0, 0]),
    ];
    let mut pcap = common::pcap_of(1, 1_700_000_000, &frames);
    // An IHU and a Hello of which the capture kept the first 24 bytes.
    let cut = babel(6696, 6696, &packet(2, &[ihu, hello], &[]));
    for v in [1_700_000_100u32, 0, 42 + 24, cut.len() as u32] {
        pcap.extend_from_slice(&v.to_le_bytes());
    }
    pcap.extend_from_slice(&cut[..42 + 24]);
    common::keep_crafted("babel.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "babel.magic",
        "babel.version",
        "babel.bodylen",
        "babel.message",
        "babel.message.type",
        "babel.message.length",
        "babel.message.nonce",
        "babel.message.interval",
        "babel.message.seqno",
        "babel.message.ae",
        "babel.message.prefix",
        "babel.message.rxcost",
        "babel.message.routerid",
        "babel.message.flags",
        "babel.message.plen",
        "babel.message.omitted",
        "babel.message.metric",
        "babel.message.hopcount",
        "babel.message.index",
        "babel.subtlv",
        "babel.subtlv.type",
        "babel.subtlv.length",
        "babel.subtlv.diversity.channel",
        "data.len",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:babel|Babel|Babel ihu hello|42|2|40|5,4|5,4|24,12||1200,400|0x3ce1|3|006004b0025054fffe855da903080000000100000002|0x0060||||||||3,3|3,3|8,4|||",
        "eth:ethertype:ip:udp:babel|Babel|Babel router-id nh update update update update update pad1|42|2|111|6,7,8,8,8,8,8,0|6,7,8,8,8,8,8,0|10,18,18,12,13,15,10||400,400,400,400,400|0x0007,0x0007,0x0007,0x0007,0x0007|2,2,2,1,1,0|20010db8000000000000000000000001,20010db800000001,0002,c0a807,0902020102,<MISSING>||0102030405060708|0x80,0x00,0x80,0x00,0x00|64,64,24,32,0|0,6,0,3,0|96,96,256,256,65535|||2|2|2|1,2||",
        "eth:ethertype:ip:udp:babel|Babel|Babel request mh-request ack-req ack padn pc hmac|42|2|56|9,10,2,3,1,17,16|9,10,2,3,1,17,16|5,20,6,2,3,8,6|0xabcd,0xabcd|300|0x1234|1,2|0a0102,20010db80000||0102030405060708||24,48|||16|9||||||",
        "eth:ethertype:ip:udp|Babel|Version 1|||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:data|Babel|Babel hello|42,42|2,2|0,0|4,4|4,4|12,12||400,400|0x3ce1,0x3ce1|||||||||||3,3|3,3|4,4||18|",
        "eth:ethertype:ip:udp:data|Babel|Babel hello|42|2|0|4|4|12||400|0x3ce1|||||||||||3|3|4||18|",
        "eth:ethertype:ip:udp:babel|Babel|Babel hello ihu[Malformed Packet]|42|2|41|4,5|4,5|13,24||400,1200|0x0001|3|006004b0025054fffe855da903080000000100000002|0x0060||||||||2,129,3|2,129,3|3,0,8|1,6,11||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:data|UDP|6696 → 6696 Len=4||||||||||||||||||||||||4|",
        "eth:ethertype:ip:udp:babel|Babel|Babel ihu[Packet size limited during capture]|42|2|40|5|5|24||1200||||0x0060|||||||||||||",
    ];
    assert_eq!(rows, want);
}

/// LISP's data plane (UDP 4341): the nonce, map-version, instance ID and
/// locator-status bits as the flags select them, the inner IPv4 and IPv6
/// packets through the IP decoders, a version neither (the rest not
/// shown), a header alone (malformed) with E set without N, a payload
/// shorter than the header (data), one to the control port (not the data
/// plane's) and an inner packet the datagram cuts. Expected cells: tshark
/// 4.0.17 on the same bytes.
#[test]
fn lisp_data_as_tshark() {
    fn lisp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
        let mut udp = Vec::new();
        udp.extend_from_slice(&sport.to_be_bytes());
        udp.extend_from_slice(&dport.to_be_bytes());
        udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(payload);
        common::ipv4_frame([10, 99, 0, 1], [10, 99, 0, 2], 17, &udp)
    }
    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
            .collect()
    }
    // An ICMP echo request 192.168.1.1 → 192.168.2.2; a UDP datagram
    // 2001:db8::1 → 2001:db8::2.
    let v4 = "45000020000140004001b688c0a80101c0a80202080021041234000161626364";
    let v6 = "60000000000a114020010db800000000000000000000000120010db8000000000000000000000002
        03e807d0000a00006869";
    let frames = vec![
        lisp(61000, 4341, &hex(&format!("88123456 00000700 {v4}"))),
        lisp(61000, 4341, &hex(&format!("c0abcdef 00000003 {v6}"))),
        lisp(61000, 4341, &hex(&format!("18001002 00010055 {v4}"))),
        lisp(61000, 4341, &hex("48000000 00000981 500102")),
        lisp(61000, 4341, &hex("27010203 ffffffff")),
        lisp(61000, 4341, &hex("80010203")),
        lisp(4341, 61000, &hex(&format!("90010203 04050607 {v4}"))),
        lisp(
            61000,
            4341,
            &hex(&format!("40010203 04050607 {}", &v4[..60])),
        ),
    ];
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("lisp-data.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "lisp-data.flags",
        "lisp-data.flags.nonce",
        "lisp-data.flags.lsb",
        "lisp-data.flags.enr",
        "lisp-data.flags.mv",
        "lisp-data.flags.iid",
        "lisp-data.flags.res",
        "lisp-data.nonce",
        "lisp-data.mapver",
        "lisp-data.srcmapver",
        "lisp-data.dstmapver",
        "lisp-data.iid",
        "lisp-data.lsb",
        "lisp-data.lsb8",
        "ip.src",
        "ipv6.dst",
        "data.data",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:lisp-data:ip:icmp:data|ICMP|Echo (ping) request  id=0x1234, seq=1/256, ttl=64|0x88|1|0|0|0|1|0x00|1193046||||7|||10.99.0.1,192.168.1.1||61626364|",
        "eth:ethertype:ip:udp:lisp-data:ipv6:udp:data|UDP|1000 → 2000 Len=2 [ILLEGAL CHECKSUM (0)]|0xc0|1|1|0|0|0|0x00|11259375|||||0x00000003||10.99.0.1|2001:db8::2|6869|Illegal checksum value (0)",
        "eth:ethertype:ip:udp:lisp-data:ip:icmp:data|ICMP|Echo (ping) request  id=0x1234, seq=1/256, ttl=64|0x18|0|0|0|1|1|0x00||0x001002|1|2|256|||10.99.0.1,192.168.1.1||61626364|",
        "eth:ethertype:ip:udp:lisp-data|LISP|LISP Encapsulation Header|0x48|0|1|0|0|1|0x00|||||9||0x81|10.99.0.1|||",
        "eth:ethertype:ip:udp:lisp-data|LISP|LISP Encapsulation Header[Malformed Packet]|0x27|0|0|1|0|0|0x07||||||||10.99.0.1|||Invalid flag combination: if E is set, N MUST be set,Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:data|UDP|61000 → 4341 Len=4|||||||||||||||10.99.0.1||80010203|",
        "eth:ethertype:ip:udp:lisp-data:ip:icmp:data|ICMP|Echo (ping) request  id=0x1234, seq=1/256, ttl=64|0x90|1|0|0|1|0|0x00|66051|||||||10.99.0.1,192.168.1.1||61626364|Invalid flag combination: N and V can't be set both",
        "eth:ethertype:ip:udp:lisp-data:ip:icmp:data|ICMP|Echo (ping) request  id=0x1234, seq=1/256, ttl=64|0x40|0|1|0|0|0|0x00||||||0x04050607||10.99.0.1,192.168.1.1||6162|IPv4 total length exceeds packet length (30 bytes),Bad checksum [should be 0x8468]",
    ];
    assert_eq!(rows, want);
}

/// LISP's control plane (UDP 4342): a Map-Register of one record (Info
/// names its EID prefix) with an IPv6 RLOC whose flags are all set; a
/// Map-Notify with the I and R bits (xTR-ID, site-ID, MS-RTR
/// authentication), a reserved-AFI EID and locator and data after; one
/// whose first locator's AFI is unknown (flagged, 8 bytes taken); an
/// unknown type (all data); a Map-Register sent from the data port to the
/// control port (the data dissector hands it on); one the capture cut.
/// Expected cells: tshark 4.0.17 on the same bytes.
#[test]
fn lisp_control_as_tshark() {
    fn lisp(sport: u16, dport: u16, hex: &str) -> Vec<u8> {
        let s: String = hex.split_whitespace().collect();
        let payload: Vec<u8> = (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
            .collect();
        let mut udp = Vec::new();
        udp.extend_from_slice(&sport.to_be_bytes());
        udp.extend_from_slice(&dport.to_be_bytes());
        udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(&payload);
        common::ipv4_frame([10, 99, 0, 1], [10, 99, 0, 2], 17, &udp)
    }
    let register = "30000101 0001020304050607 0001 0004 41424344
        000005a0 01 10 1000 0005 0001 0a010000
        0164ff00 0007 0002 20010db8000000000000000000000001";
    let notify = "4c000001 0000000000000000 0001 0000
        ffffffff 01 00 2000 0000 0000
        02320101 0004 0000
        000102030405060708090a0b0c0d0e0f 0000000000000000 0002 0002 6162 78797a";
    let unknown_afi = "40000002 0000000000000000 0000 0000
        0000003c 02 18 0000 0000 0001 c0000200
        01010101 0001 0063 01010101 0001 0001 01020304
        0000003c 00 20 0000 0000 0002 20010db8000000000000000000000001";
    let frames = vec![
        lisp(4342, 4342, register),
        lisp(4342, 4342, notify),
        lisp(4342, 4342, unknown_afi),
        lisp(4342, 4342, "50000000 aabbcc"),
        lisp(4341, 4342, register),
    ];
    let mut pcap = common::pcap_of(1, 1_700_000_000, &frames);
    // The Map-Register again, the capture keeping all but its last 10 bytes.
    let cut = lisp(4342, 4342, register);
    for v in [1_700_000_100u32, 0, cut.len() as u32 - 10, cut.len() as u32] {
        pcap.extend_from_slice(&v.to_le_bytes());
    }
    pcap.extend_from_slice(&cut[..cut.len() - 10]);
    common::keep_crafted("lisp-control.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "lisp.type",
        "lisp.mreg.flags.xtrid",
        "lisp.mreg.flags.wmn",
        "lisp.mnot.flags.xtrid",
        "lisp.mnot.flags.rtr",
        "lisp.records",
        "lisp.nonce",
        "lisp.keyid",
        "lisp.authlen",
        "lisp.auth",
        "lisp.mapping.ttl",
        "lisp.mapping.loccnt",
        "lisp.mapping.eid.masklen",
        "lisp.mapping.act",
        "lisp.mapping.auth",
        "lisp.mapping.ver",
        "lisp.mapping.eid.afi",
        "lisp.mapping.eid.ipv4",
        "lisp.mapping.eid.ipv6",
        "lisp.loc.priority",
        "lisp.loc.weight",
        "lisp.loc.flags",
        "lisp.loc.flags.local",
        "lisp.loc.flags.probe",
        "lisp.loc.flags.reach",
        "lisp.loc.afi",
        "lisp.loc.locator",
        "lisp.xtrid",
        "lisp.siteid",
        "lisp.msrtr.keyid",
        "lisp.msrtr.authlen",
        "lisp.msrtr.auth",
        "data.data",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:lisp|LISP|Map-Register for 10.1.0.0/16|3|0|1|||1|0x0001020304050607|0x0001|4|41424344|1440|1|16|0|1|5|1|10.1.0.0||1|100|0x0007|1|1|1|2|2001:db8::1|||||||",
        "eth:ethertype:ip:udp:lisp:data|LISP|Map-Notify (RTR) for not set/0|4|||1|1|1|0x0000000000000000|0x0001|0|<MISSING>|4294967295|1|0|1|0|0|0|||2|50|0x0004|1|0|0|0|not set|000102030405060708090a0b0c0d0e0f|0000000000000000|0x0002|2|6162|78797a|",
        "eth:ethertype:ip:udp:lisp|LISP|Map-Notify|4|||0|0|2|0x0000000000000000|0x0000|0|<MISSING>|60,60|2,0|24,32|0,0|0,0|0,0|1,2|192.0.2.0|2001:db8::1|1,1|1,1|0x0001,0x0001|0,0|0,0|1,1|99,1|1.2.3.4|||||||Unexpected locator AFI (99), cannot decode",
        "eth:ethertype:ip:udp:lisp:data|LISP|Unknown LISP Control Packet (5)|5||||||||||||||||||||||||||||||||50000000aabbcc|",
        "eth:ethertype:ip:udp:lisp-data:lisp|LISP|Map-Register for 10.1.0.0/16|3|0|1|||1|0x0001020304050607|0x0001|4|41424344|1440|1|16|0|1|5|1|10.1.0.0||1|100|0x0007|1|1|1|2|2001:db8::1|||||||",
        "eth:ethertype:ip:udp:lisp|LISP|Map-Register for 10.1.0.0/16[Packet size limited during capture]|3|0|1|||1|0x0001020304050607|0x0001|4|41424344|1440|1|16|0|1|5|1|10.1.0.0||1|100|0x0007|1|1|1|2||||||||",
    ];
    assert_eq!(rows, want);
}

/// LISP's other control messages: a Map-Request by a P-ITR probing
/// (IPv6 source EID, an IPv4 and an IPv6 ITR-RLOC, two records); one whose
/// ITR-RLOC AFI is 0 (flagged, the rest data); one with the M bit's
/// Map-Reply record; a Map-Reply of two records with data after them; a
/// Map-Referral (incomplete, signature count 2); an Info-Request, one
/// whose trailing AFI is not 0 (flagged), an Info-Reply whose AFI is not
/// LCAF (flagged); Encapsulated Control Messages carrying IPv4/UDP/LISP,
/// IPv6/UDP/LISP with the D bit, and no IP packet (data). Expected cells:
/// tshark 4.0.17 on the same bytes.
#[test]
fn lisp_control_messages_as_tshark() {
    fn lisp(hex: &str) -> Vec<u8> {
        let s: String = hex.split_whitespace().collect();
        let payload: Vec<u8> = (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
            .collect();
        let mut udp = Vec::new();
        udp.extend_from_slice(&4342u16.to_be_bytes());
        udp.extend_from_slice(&4342u16.to_be_bytes());
        udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(&payload);
        common::ipv4_frame([10, 99, 0, 1], [10, 99, 0, 2], 17, &udp)
    }
    let frames = vec![
        lisp(
            "12c001020102030405060708000220010db80000000000000000000000990001
            0a000001000220010db800000000000000000000008800180001c0a801000040
            000220010db8000100000000000000000000",
        ),
        lisp("100000011111111111111111000000000020000101020304"),
        lisp(
            "14000001555555555555555500010a00000100010a000002001800010a000100
            0000003c01181000000000010a0001000164016400050001c0000201",
        ),
        lisp(
            "2600000222222222222222220000003c01182000000500010a0b0c0001020304
            00060001c0000201ffffffff004050001003000220010db80000000000000000
            00000000deadbeef",
        ),
        lisp(
            "6000000133333333333333330000038401103800200000010a140000ff000000
            00010001c6336401",
        ),
        lisp(
            "70000000444444444444444400010004aabbccdd00000708002000010a000005
            0000",
        ),
        lisp(
            "7000000044444444444444440000000000000708002000010a00000500010102
            0304",
        ),
        lisp(
            "78000000444444444444444400000000000007080080000220010db800000000
            00000000000000050000",
        ),
        lisp(
            "880000004500003c00014000401125e80a6300010a63000210f610f600280000
            10000001111111111111111100010a00000100010a000002002000010a000003",
        ),
        lisp(
            "8400000060000000002a114020010db800000000000000000000000120010db8
            00000000000000000000000210f610f6002a0000700000004444444444444444
            00010004aabbccdd00000708002000010a0000050000",
        ),
        lisp("8000000000112233"),
    ];
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("lisp-messages.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Info",
        "lisp.type",
        "lisp.mreq.flags",
        "lisp.mreq.flags.mrp",
        "lisp.mreq.flags.probe",
        "lisp.mreq.flags.pitr",
        "lisp.mreq.flags.smri",
        "lisp.mreq.res",
        "lisp.irc",
        "lisp.records",
        "lisp.nonce",
        "lisp.mreq.srceid.afi",
        "lisp.mreq.srceid.string",
        "lisp.mreq.srceid.ipv4",
        "lisp.mreq.srceid_ipv6",
        "lisp.mreq.itr_rloc.afi",
        "lisp.mreq.itr_rloc_ipv4",
        "lisp.mreq.itr_rloc_ipv6",
        "lisp.mreq.record.prefix.length",
        "lisp.mreq.record.prefix.afi",
        "lisp.mreq.record.prefix.ipv4",
        "lisp.mreq.record.prefix.ipv6",
        "lisp.mrep.flags.probe",
        "lisp.mrep.flags.enlr",
        "lisp.mrep.flags.sec",
        "lisp.mref.res",
        "lisp.referral.incomplete",
        "lisp.referral.sigcnt",
        "lisp.mapping.res2",
        "lisp.mapping.eid.ipv4",
        "lisp.mapping.eid.ipv6",
        "lisp.loc.locator",
        "lisp.info.r",
        "lisp.info.res1",
        "lisp.keyid",
        "lisp.auth",
        "lisp.info.ttl",
        "lisp.info.prefix.masklen",
        "lisp.info.prefix.afi",
        "lisp.info.prefix.ipv4",
        "lisp.info.prefix.ipv6",
        "lisp.info.afi",
        "lisp.ecm.flags.sec",
        "lisp.ecm.flags.ddt",
        "lisp.ecm.res",
        "ip.src",
        "ipv6.dst",
        "data.data",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:lisp|Map-Request by P-ITR (RLOC-probe) (SMR-invoked)|1|0x00000b|0|1|1|1|0x000000|1|2|0x0102030405060708|2|||2001:db8::99|1,2|10.0.0.1|2001:db8::88|24,64|1,2|192.168.1.0|2001:db8:1::||||||||||||||||||||||||10.99.0.1|||",
        "eth:ethertype:ip:udp:lisp:data|Map-Request|1|0x000000|0|0|0|0|0x000000|0|1|0x1111111111111111|0|not set|||0||||||||||||||||||||||||||||||10.99.0.1||0020000101020304|Unexpected ITR-RLOC-AFI (0), cannot decode",
        "eth:ethertype:ip:udp:lisp|Map-Request for 10.0.1.0/24|1|0x000010|1|0|0|0|0x000000|0|1|0x5555555555555555|1||10.0.0.1||1|10.0.0.2||24|1|10.0.1.0||||||||0x0000|10.0.1.0||192.0.2.1||||||||||||||10.99.0.1|||",
        "eth:ethertype:ip:udp:lisp:data|Map-Reply|2||||||||2|0x2222222222222222||||||||||||0|1|1||||0x0000,0x0001|10.11.12.0|2001:db8::|192.0.2.1||||||||||||||10.99.0.1||deadbeef|",
        "eth:ethertype:ip:udp:lisp|Map-Referral for 10.20.0.0/16|6||||||||1|0x3333333333333333|||||||||||||||0x000000|1|2||10.20.0.0||198.51.100.1||||||||||||||10.99.0.1|||",
        "eth:ethertype:ip:udp:lisp|Info-Request for 10.0.0.5/32|7|||||||||0x4444444444444444||||||||||||||||||||||0|0x00000000|0x0001|aabbccdd|1800|32|1|10.0.0.5||0||||10.99.0.1|||",
        "eth:ethertype:ip:udp:lisp:data|Info-Request for 10.0.0.5/32|7|||||||||0x4444444444444444||||||||||||||||||||||0|0x00000000|0x0000|<MISSING>|1800|32|1|10.0.0.5||1||||10.99.0.1||01020304|Expecting NULL AFI (0), found 1, incorrect packet!",
        "eth:ethertype:ip:udp:lisp|Info-Reply for 2001:db8::5/128|7|||||||||0x4444444444444444||||||||||||||||||||||1|0x00000000|0x0000|<MISSING>|1800|128|2||2001:db8::5|0||||10.99.0.1|||Expecting LCAF AFI (16387), found 0, incorrect packet!",
        "eth:ethertype:ip:udp:lisp:ip:udp:lisp|Encapsulated Map-Request for 10.0.0.3/32|8,1|0x000000|0|0|0|0|0x000000|0|1|0x1111111111111111|1||10.0.0.1||1|10.0.0.2||32|1|10.0.0.3||||||||||||||||||||||1|0|0x00000000|10.99.0.1,10.99.0.1|||",
        "eth:ethertype:ip:udp:lisp:ipv6:udp:lisp|Encapsulated Info (DDT-originated)-Request for 10.0.0.5/32|8,7|||||||||0x4444444444444444||||||||||||||||||||||0|0x00000000|0x0001|aabbccdd|1800|32|1|10.0.0.5||0|0|1|0x00000000|10.99.0.1|2001:db8::2||Illegal checksum value (0)",
        "eth:ethertype:ip:udp:lisp:data|Encapsulated Control Message|8|||||||||||||||||||||||||||||||||||||||||0|0|0x00000000|10.99.0.1||00112233|",
    ];
    assert_eq!(rows, want);
}

/// Protocol and Info columns tshark writes for a message with nothing
/// after it: GRE's `Encapsulated ...` (an Enhanced GRE acknowledgment, a
/// keepalive's inner GRE after IP replaced the column, an unknown type);
/// SIP with an XML body (`SIP/XML`, `sip:xml`); DNS's name of type 0
/// (`Unused`). Expected cells: tshark 4.0.17 (`-n`) on the same bytes.
#[test]
fn columns_of_gre_sip_xml_and_dns_type_zero() {
    let frames = [
        "02000000000202000000000108004500002000010000402f66ac0a0000010a0000022081880b0000001800000006",
        "02000000000202000000000108004500003000010000402f669c0a0000010a000002000008004500001800010000402f66b40a0000020a00000100000000",
        "02000000000202000000000108004500001800010000402f66b40a0000010a00000200001234",
        "02000000000202000000000108004500012a00010000401165c00a0000010a00000213c413c4011600005055424c495348207369703a614062205349502f322e300d0a5669613a205349502f322e302f5544502031302e302e302e313a353036303b6272616e63683d7a39684734624b310d0a46726f6d3a203c7369703a6140623e3b7461673d310d0a546f3a203c7369703a6140623e0d0a43616c6c2d49443a203140610d0a435365713a2031205055424c4953480d0a4576656e743a2070726573656e63650d0a436f6e74656e742d547970653a206170706c69636174696f6e2f706964662b786d6c0d0a436f6e74656e742d4c656e6774683a2035330d0a0d0a3c3f786d6c2076657273696f6e3d22312e30223f3e0d0a3c70726573656e636520656e746974793d227369703a614062222f3e0d0a",
        "02000000000202000000000108004500003d00010000401166ad0a0000020a00000100359c400029000012348180000100010000000001610000000001c00c000000010000003c0002abcd",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("columns.pcap", &pcap);
    let rows: Vec<String> = common::fields_rows(
        pcap,
        None,
        &["frame.protocols", "_ws.col.Protocol", "_ws.col.Info"],
    )
    .iter()
    .map(|r| r.join("|"))
    .collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:ip:gre|GRE|Encapsulated PPP",
            "eth:ethertype:ip:gre:ip:gre|GRE|Encapsulated Possible GRE keepalive packet",
            "eth:ethertype:ip:gre|GRE|Encapsulated 0x1234 (unknown)",
            "eth:ethertype:ip:udp:sip:xml|SIP/XML|Request: PUBLISH sip:a@b | ",
            "eth:ethertype:ip:udp:dns|DNS|Standard query response 0x1234 Unused a Unused",
        ]
    );
}

/// L2TP (packet-l2tp.c) on crafted bytes: an L2TPv2 tunnel and session
/// set up over UDP 1701 (SCCRQ, SCCRP, SCCCN, ZLB, ICRQ, ICRP, ICCN,
/// Hello), data messages carrying PPP (LCP, IP with UDP, IP with TCP after
/// an offset, IPv6CP, IPCP, none), SLI, WEN, CDN and StopCCN with their
/// AVPs, hidden, Cisco, unknown-vendor and unknown AVPs, a control message
/// without a length, hostile AVP and message lengths, a version 1 packet
/// (not L2TP), a message from another port; then L2TPv3 control messages
/// over IP protocol 115 (with Cisco AVPs, LSID and RSID in the Info
/// column), a v3 data message over UDP, a Cisco ACK, a message without a
/// length and one of two bytes. Expected cells: tshark 4.0.17 (`-n`) on
/// the same bytes.
#[test]
fn l2tp_as_tshark() {
    // (from a, IP protocol, source port, destination port, payload)
    let msgs: &[(bool, u8, u16, u16, &str)] = &[
        (
            true,
            17,
            1701,
            1701,
            "c8020072000000000000000080080000000000018008000000020100800a0000000300000003800a000000040000000200080000000606808011000000076c61632e6578616d706c65000b000000084c696e7578800800000009000780080000000a0004800e000000050102030405060708",
        ),
        (
            false,
            17,
            1701,
            1701,
            "c8020055000700000000000180080000000000028008000000020100800a00000003000000018009000000076c6e73800800000009000980160000000b000102030405060708090a0b0c0d0e0f80080000000a0008",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802002a0009000000010001800800000000000380160000000d101112131415161718191a1b1c1d1e1f",
        ),
        (false, 17, 1701, 1701, "c802000c0007000000010002"),
        (
            true,
            17,
            1701,
            1701,
            "c802005d0009000000020002800800000000000a80080000000e0005800a0000000f0001e240800a0000001200000003800d0000001635353531323334800d0000001535353539383736800900000017737562000a0000001900000011",
        ),
        (
            false,
            17,
            1701,
            1701,
            "c802001c0007000500020003800800000000000b80080000000e0006",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c80200420009000600030003800800000000000c800a0000001805f5e100800a000000130000000100080000001d0002000a0000001e757365720008000000200005",
        ),
        (
            false,
            17,
            1701,
            1701,
            "c802001400070000000300048008000000000006",
        ),
        (
            true,
            17,
            1701,
            1701,
            "000200070005ff03c0210101000e010405d4050612345678",
        ),
        (
            false,
            17,
            1701,
            1701,
            "480200370009000600030004ff03002145000027000700004011f750c0a8010ac0a801149c419c420013000068656c6c6f20776f726c64",
        ),
        (
            true,
            17,
            1701,
            1701,
            "0302000700050002000000214500002800090000400622a4ac100001ac1000029c40005000000001000000005002ffff00000000",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c8020024000900060004000480080000000000108010000000230000ffffffff00000000",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c80200340009000600050004800800000000000f8020000000220000000000010000000200000003000000040000000500000006",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802004d0009000600060004800800000000000e8014000000010003000661646d696e20646f776e80080000000e0005800f0000000c0010026e6f726d616c000e0000002e0001c02101627965",
        ),
        (
            false,
            17,
            1701,
            1701,
            "c80200240007000000040007800800000000000480080000000900098008000000010001",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802007200090000000700058008000000000001800a0000002400010203c00a0000000912345678000900000025677270800a0000001000002580800a000000110000dac00008000900010007000a04d20005616263640009000000c878797a000800000048656e000a0000003c0a000001",
        ),
        (
            false,
            17,
            1701,
            1701,
            "880200070000000500088008000000000006",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802001c000900000008000680080000000000068003000000077878",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802001e00090000000900068008000000000006802800000007686f7374",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802003c00090000000a00068008000000000006",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802001e00090000000b0006800a00000007686f73748008000000000006",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802001400090000000c00068008000000000063",
        ),
        (true, 17, 1701, 1701, "c801000c0001000000000000"),
        (false, 17, 1701, 1701, "000200090006ff03805701010004"),
        (false, 17, 1701, 1701, "4002000800090006"),
        (
            true,
            17,
            1701,
            1701,
            "000200070005ff0380210102000a03060a000001",
        ),
        (
            true,
            17,
            40000,
            1701,
            "c802001400090000000d00068008000000000006",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c802002500090000000e00068008000000000004800a000000010002000380070000000201",
        ),
        (
            true,
            17,
            1701,
            1701,
            "c803000000000000000000008008000000000001800c000000077633686f7374800a0000003d00001234800a0000003e00040005",
        ),
        (
            true,
            115,
            0,
            0,
            "00000000c8030063000000000000000080080000000000018008000000020100800b000000076c63636531800a0000003d0000abcd800a0000003e00050004000a0000003c0a01000180080000000a0010001600000049000102030405060708090a0b0c0d0e0f",
        ),
        (
            false,
            115,
            0,
            0,
            "00000000c80300290000abcd000000018008000000000002800b000000076c63636532800a0000003d00001234",
        ),
        (true, 115, 0, 0, "00000000c803000c0000123400010001"),
        (
            true,
            115,
            0,
            0,
            "00000000c80300ac0000123400020001800800000000000a800a0000003f11111111800a000000400000000080080000004400058008000000450000800800000047000380100000004272656d6f74652d656e64800e0000004a000000000000000080120000006100000005000003e8000007d0000a000900052222222200080009000700050008000900080001000a000900020004000500080009000a000300080009000e05dc0008000900637a7a",
        ),
        (
            false,
            115,
            0,
            0,
            "00000000c80300320000abcd00010003800800000000000b800a0000003f22222222800a0000004011111111800a0000004101020304",
        ),
        (
            true,
            115,
            0,
            0,
            "00000000c80300300000123400030002800800000000000c8008000000010000800a0000003f11111111800a0000004022222222",
        ),
        (
            true,
            17,
            1701,
            1701,
            "000300003333333300112233445566778899aabb08004500002000010000401174c7010101010202020203e807d0000c000064617461",
        ),
        (
            true,
            115,
            0,
            0,
            "00000000c803001c000012340004000200080009000000018008000000000004",
        ),
        (
            true,
            115,
            0,
            0,
            "00000000880300001234000500028008000000000006",
        ),
        (true, 115, 0, 0, "0000"),
    ];
    let (a, b) = ([10, 0, 0, 1], [10, 0, 0, 2]);
    let frames: Vec<Vec<u8>> = msgs
        .iter()
        .map(|&(from_a, proto, sport, dport, hex)| {
            let (src, dst) = if from_a { (a, b) } else { (b, a) };
            let body: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
                .collect();
            if proto == 17 {
                let mut udp = Vec::new();
                udp.extend_from_slice(&sport.to_be_bytes());
                udp.extend_from_slice(&dport.to_be_bytes());
                udp.extend_from_slice(&((8 + body.len()) as u16).to_be_bytes());
                udp.extend_from_slice(&[0, 0]);
                udp.extend_from_slice(&body);
                common::ipv4_frame(src, dst, 17, &udp)
            } else {
                // L2TPv3 over IP: no transport checksum to fill in.
                let mut ip = vec![0x45, 0];
                ip.extend_from_slice(&((20 + body.len()) as u16).to_be_bytes());
                ip.extend_from_slice(&[0, 1, 0, 0, 64, proto, 0, 0]);
                ip.extend_from_slice(&src);
                ip.extend_from_slice(&dst);
                let mut f = vec![
                    0, 0x11, 0x22, 0x33, 0x44, 0x55, 0, 0x66, 0x77, 0x88, 0x99, 0xaa,
                ];
                f.extend_from_slice(&[0x08, 0x00]);
                f.extend_from_slice(&ip);
                f.extend_from_slice(&body);
                f
            }
        })
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("l2tp.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "l2tp.flags",
        "l2tp.length",
        "l2tp.tunnel",
        "l2tp.session",
        "l2tp.Ns",
        "l2tp.Nr",
        "l2tp.offset",
        "l2tp.avp.hidden",
        "l2tp.avp.type",
        "l2tp.avp.length",
        "l2tp.avp.vendor_id",
        "l2tp.avp.message_type",
        "l2tp.avp.host_name",
        "l2tp.avp.assigned_tunnel_id",
        "l2tp.avp.assigned_session_id",
        "l2tp.result_code",
        "l2tp.avp.error_message",
        "l2tp.avp.ciscotype",
        "l2tp.ccid",
        "l2tp.sid",
        "l2tp.avp.local_session_id",
        "ip.src",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - SCCRQ (tunnel id=0, session id=0)|0xc802|114|0|0|0|0||0,0,0,0,0,0,0,0,0,0|0,2,3,4,6,7,8,9,10,5|8,8,10,10,8,17,11,8,8,14|0,0,0,0,0,0,0,0,0,0|1|lac.example|7||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - SCCRP (tunnel id=7, session id=0)|0xc802|85|7|0|0|1||0,0,0,0,0,0,0|0,2,3,7,9,11,10|8,8,10,9,8,22,8|0,0,0,0,0,0,0|2|lns|9||||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - SCCCN (tunnel id=9, session id=0)|0xc802|42|9|0|1|1||0,0|0,13|8,22|0,0|3||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - ZLB      (tunnel id=7, session id=0)|0xc802|12|7|0|1|2||||||||||||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - ICRQ (tunnel id=9, session id=0)|0xc802|93|9|0|2|2||0,0,0,0,0,0,0,0|0,14,15,18,22,21,23,25|8,8,10,10,13,13,9,10|0,0,0,0,0,0,0,0|10|||5|||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - ICRP (tunnel id=7, session id=5)|0xc802|28|7|5|2|3||0,0|0,14|8,8|0,0|11|||6|||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - ICCN (tunnel id=9, session id=6)|0xc802|66|9|6|3|3||0,0,0,0,0,0|0,24,19,29,30,32|8,10,10,8,10,8|0,0,0,0,0,0|12||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - Hello (tunnel id=7, session id=0)|0xc802|20|7|0|3|4||0|0|8|0|6||||||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp:ppp:lcp|PPP LCP|Configuration Request|0x0002||7|5||||||||||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp:ppp:ip:udp:data|UDP|40001 → 40002 Len=11|0x4802|55|9|6|3|4||||||||||||||||10.0.0.2,192.168.1.10|",
        "eth:ethertype:ip:udp:l2tp:ppp:ip:tcp|TCP|40000 → 80 [SYN] Seq=0 Win=65535 Len=0|0x0302||7|5|||2|||||||||||||||10.0.0.1,172.16.0.1|Connection establish request (SYN): server port 80",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - SLI (tunnel id=9, session id=6)|0xc802|36|9|6|4|4||0,0|0,35|8,16|0,0|16||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - WEN (tunnel id=9, session id=6)|0xc802|52|9|6|5|4||0,0|0,34|8,32|0,0|15||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - CDN (tunnel id=9, session id=6)|0xc802|77|9|6|6|4||0,0,0,0,0|0,1,14,12,46|8,20,8,15,14|0,0,0,0,0|14|||5|3|admin down|||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - StopCCN (tunnel id=7, session id=0)|0xc802|36|7|0|4|7||0,0,0|0,9,1|8,8,8|0,0,0|4||9||1||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - SCCRQ (tunnel id=9, session id=0)[Malformed Packet]|0xc802|114|9|0|7|5||0,0,1,0,0,0,0|0,36,37,16,17|8,10,10,9,10,10,8|0,0,0,0,0,9|1||||||1||||10.0.0.1|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - Hello (tunnel id=7, session id=0)|0x8802||7|0|5|8||||||||||||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - Hello (tunnel id=9, session id=0)|0xc802|28|9|0|8|6||0|0|8|0|6||||||||||10.0.0.1|AVP length must be >= 6, got 3",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - Hello (tunnel id=9, session id=0)[Malformed Packet]|0xc802|30|9|0|9|6||0|0|8|0|6||||||||||10.0.0.1|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - Hello (tunnel id=9, session id=0)[Malformed Packet]|0xc802|60|9|0|10|6||0|0|8|0|6||||||||||10.0.0.1|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message (tunnel id=9, session id=0)|0xc802|30|9|0|11|6||0,0|7,0|10,8|0,0|6|host|||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - Unknown (99) (tunnel id=9, session id=0)|0xc802|20|9|0|12|6||0|0|8|0|99||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:data|UDP|1701 → 1701 Len=12||||||||||||||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp:ppp:ipv6cp|PPP IPV6CP|Configuration Request|0x0002||9|6||||||||||||||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Data    Message            (tunnel id=9, session id=6)|0x4002|8|9|6||||||||||||||||||10.0.0.2|",
        "eth:ethertype:ip:udp:l2tp:ppp:ipcp|PPP IPCP|Configuration Request|0x0002||7|5||||||||||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - Hello (tunnel id=9, session id=0)|0xc802|20|9|0|13|6||0|0|8|0|6||||||||||10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp|L2TP|Control Message - StopCCN (tunnel id=9, session id=0)[Malformed Packet]|0xc802|37|9|0|14|6||0,0,0|0,1,2|8,10,7|0,0,0|4||||2||||||10.0.0.1|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:l2tp|L2TPv3|Control Message - SCCRQ (ccid=0x00000000)[Malformed Packet]||||||||||||||||||||||10.0.0.1|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - SCCRQ (ccid=0x00000000)|0xc803|99|||0|0||0,0,0,0,0,0,0,0|0,2,7,61,62,60,10,73|8,8,11,10,10,10,8,22|0,0,0,0,0,0,0,0|1|lcce1||||||0x00000000|0x00000000||10.0.0.1|",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - SCCRP (ccid=0x0000ABCD)|0xc803|41|||0|1||0,0,0|0,7,61|8,11,10|0,0,0|2|lcce2||||||0x0000abcd|0x00000000||10.0.0.2|",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - ZLB (ccid=0x00001234)|0xc803|12|||1|1|||||||||||||0x00001234|0x00000000||10.0.0.1|",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - ICRQ (ccid=0x00001234), LSID: 286331153, RSID:  0|0xc803|172|||2|1||0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0|0,63,64,68,69,71,66,74,97|8,10,10,8,8,8,16,14,18,10,8,8,10,8,8,8|0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9|10||||||5,7,8,2,10,14,99|0x00001234|0x00000000|286331153|10.0.0.1|Vendor-Specific AVP data",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - ICRP (ccid=0x0000ABCD), LSID: 572662306, RSID: 286331153|0xc803|50|||1|3||0,0,0,0|0,63,64,65|8,10,10,10|0,0,0,0|11|||||||0x0000abcd|0x00000000|572662306|10.0.0.2|",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - ICCN (ccid=0x00001234), LSID: 286331153, RSID: 572662306|0xc803|48|||3|2||0,0,0,0|0,1,63,64|8,8,10,10|0,0,0,0|12||||0|||0x00001234|0x00000000|286331153|10.0.0.1|",
        "eth:ethertype:ip:udp:l2tp:data|L2TPv3|D[S:0x33333333]|0x0003|||||||||||||||||||0x33333333||10.0.0.1|",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - Cisco ACK (ccid=4660)|0xc803|28|||4|2||0,0|0|8,8|9,0|4||||||0|0x00001234|0x00000000||10.0.0.1|",
        "eth:ethertype:ip:l2tp|L2TPv3|Control Message - Hello (ccid=0x00001234)|0x8803||||5|2|||||||||||||0x00001234|0x00000000||10.0.0.1|",
        "eth:ethertype:ip:l2tp|L2TPv3|[Malformed Packet]||||||||||||||||||||||10.0.0.1|Malformed Packet (Exception occurred)",
    ];
    assert_eq!(rows, want);
}

/// An EIGRP message: header for `opcode` (acknowledging `ack`, flags
/// `flags`) and `tlvs`, its checksum right unless `bad`.
fn eigrp_msg(opcode: u8, ack: u32, flags: u32, tlvs: &[&[u8]], bad: bool) -> Vec<u8> {
    let mut m = vec![2, opcode, 0, 0];
    m.extend_from_slice(&flags.to_be_bytes());
    m.extend_from_slice(&[0, 0, 0, 9]);
    m.extend_from_slice(&ack.to_be_bytes());
    m.extend_from_slice(&[0, 0, 0, 100]);
    for t in tlvs {
        m.extend_from_slice(t);
    }
    let ck = if bad {
        0x1234
    } else {
        common::inet_checksum(&[&m])
    };
    m[2..4].copy_from_slice(&ck.to_be_bytes());
    m
}

fn eigrp_tlv(ty: u16, value: &[u8]) -> Vec<u8> {
    let mut t = ty.to_be_bytes().to_vec();
    t.extend_from_slice(&((value.len() + 4) as u16).to_be_bytes());
    t.extend_from_slice(value);
    t
}

/// EIGRP (IP protocol 88) as tshark 4.0.17 shows it: parameters and
/// software version, a Hello that acknowledges (`Hello (Ack)`), external
/// and internal IPv4 routes (tshark steps over each prefix length twice;
/// an invalid prefix ends the list), a wide metric of infinite delay with
/// an attribute, authentication, sequence, next multicast sequence, stub
/// options and peer termination, a bad checksum and a TLV length under 4,
/// a software version of length 4 (tcpdump's eigrp-tlv-oobr: malformed),
/// a message under 16 bytes (nothing shown), an IPv6 route (a whole-byte
/// prefix's item a byte longer), AppleTalk and IPX external routes, and a
/// Hello over IPv6, and messages an ICMP error quotes (8 bytes: no EIGRP
/// at all; 18). Expected cells: tshark 4.0.17 on the same bytes.
#[test]
fn eigrp_as_tshark() {
    let params = eigrp_tlv(1, &[1, 0, 1, 0, 0, 0, 0, 15]);
    let metric: [u8; 16] = [0, 0, 10, 0, 0, 0, 100, 0, 0, 5, 0xdc, 1, 255, 1, 0, 6];
    let ext: Vec<u8> = [
        &[1, 2, 3, 4][..],
        &200u32.to_be_bytes(),
        &7u32.to_be_bytes(),
        &99u32.to_be_bytes(),
        &[0, 0, 3, 2],
    ]
    .concat();
    let v4_ext = eigrp_tlv(
        0x103,
        &[&[10, 0, 0, 2][..], &ext, &metric, &[24, 192, 168, 5]].concat(),
    );
    let v4_int = eigrp_tlv(
        0x102,
        &[&[0; 4][..], &metric, &[0, 8, 10, 32, 1, 2, 3, 4]].concat(),
    );
    let v4_bad = eigrp_tlv(
        0x102,
        &[&[0; 4][..], &metric, &[33, 1, 2, 3, 4, 8, 10]].concat(),
    );
    let mut wide = vec![0, 0, 0, 1, 1, 1, 1, 1, 3, 0, 255, 1, 0, 5, 0xdc, 1];
    wide.extend_from_slice(&[0xff; 6]);
    wide.extend_from_slice(&[0, 0, 0, 1, 0x86, 0xa0, 0, 0, 0x04, 0]);
    wide.extend_from_slice(&[1, 2, 0, 0, 0, 77, 0, 0, 0, 0, 24, 10, 1, 2]);
    let wide = eigrp_tlv(0x602, &wide);
    let mut auth = vec![0, 2, 0, 16, 0, 0, 0, 1, 0, 0, 0, 5];
    auth.extend_from_slice(&[0; 8]);
    auth.extend(0u8..16);
    let auth = eigrp_tlv(2, &auth);
    let seq = eigrp_tlv(3, &[4, 10, 0, 0, 1]);
    let mcast = eigrp_tlv(5, &25u32.to_be_bytes());
    let stub = eigrp_tlv(6, &[0, 0x29]);
    let term = eigrp_tlv(7, &[]);
    let v6 = eigrp_tlv(
        0x402,
        &[
            &[0; 16][..],
            &metric,
            &[48, 0x20, 1, 0x0d, 0xb8, 0, 1, 0, 0],
        ]
        .concat(),
    );
    let at_ext = eigrp_tlv(
        0x203,
        &[&[0, 5, 0, 6][..], &ext, &metric, &[0, 10, 0, 20]].concat(),
    );
    let ipx_ext = eigrp_tlv(
        0x303,
        &[
            &[0, 0, 0, 5, 2, 0, 0, 0, 0, 1][..],
            &[
                2, 0, 0, 0, 0, 9, 0, 0, 1, 44, 0, 0, 0, 8, 9, 1, 0, 77, 0, 88,
            ],
            &metric,
            &[0, 0, 0, 7],
        ]
        .concat(),
    );
    let short = eigrp_msg(5, 0, 0, &[], false);
    let v6_hello = {
        let m = eigrp_msg(5, 0, 0, &[&params], false);
        let mut f = vec![0x33, 0x33, 0, 0, 0, 0x0a, 0x02, 0, 0, 0, 3, 1, 0x86, 0xdd];
        f.extend_from_slice(&[0x6e, 0, 0, 0]);
        f.extend_from_slice(&(m.len() as u16).to_be_bytes());
        f.extend_from_slice(&[88, 2, 0xfe, 0x80]);
        f.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0, 3, 1]);
        f.extend_from_slice(&[0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0a]);
        f.extend_from_slice(&m);
        f
    };
    // Quoted by an ICMP error: under 16 bytes tshark leaves EIGRP out.
    let quoted = ipv4_around(88, &eigrp_msg(5, 0, 0, &[&params], false))[14..].to_vec();
    let frames = vec![
        ipv4_around(
            88,
            &eigrp_msg(5, 0, 0, &[&params, &eigrp_tlv(4, &[12, 4, 1, 2])], false),
        ),
        ipv4_around(88, &eigrp_msg(5, 3, 0, &[], false)),
        ipv4_around(88, &eigrp_msg(1, 0, 1, &[&v4_ext, &v4_int, &v4_bad], false)),
        ipv4_around(88, &eigrp_msg(1, 0, 8, &[&wide], false)),
        ipv4_around(
            88,
            &eigrp_msg(5, 0, 0, &[&auth, &seq, &mcast, &stub, &term], false),
        ),
        ipv4_around(
            88,
            &eigrp_msg(5, 0, 0, &[&params, &[0, 4, 0, 3, 0, 0, 0, 0]], true),
        ),
        ipv4_around(88, &eigrp_msg(5, 0, 0, &[&params, &[0, 4, 0, 4]], false)),
        ipv4_around(88, &short[..12]),
        ipv4_around(88, &eigrp_msg(1, 0, 0, &[&v6], false)),
        ipv4_around(88, &eigrp_msg(1, 0, 0, &[&at_ext, &ipx_ext], false)),
        v6_hello,
        icmp_of(3, &quoted[..20 + 8]),
        icmp_of(3, &quoted[..20 + 18]),
    ];
    common::keep_crafted("eigrp.pcap", &common::pcap_of(1, 1_700_000_000, &frames));
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "eigrp.opcode",
            "eigrp.checksum",
            "eigrp.checksum.status",
            "eigrp.flags.init",
            "eigrp.flags.eot",
            "eigrp.ack",
            "eigrp.tlv_type",
            "eigrp.tlv.len",
            "eigrp.par.k1",
            "eigrp.par.holdtime",
            "eigrp.release_version",
            "eigrp.tlv_version",
            "eigrp.ipv4.nexthop",
            "eigrp.extdata.origrid",
            "eigrp.extdata.proto",
            "eigrp.opaque.flag.cd",
            "eigrp.old_metric.delay",
            "eigrp.old_metric.mtu",
            "eigrp.metric.flags.active",
            "eigrp.ipv4.prefixlen",
            "eigrp.ipv4.destination",
            "eigrp.afi",
            "eigrp.metric.delay",
            "eigrp.metric.bandwidth",
            "eigrp.attr.opcode",
            "eigrp.attr.scaled",
            "eigrp.auth.type",
            "eigrp.auth.digest",
            "eigrp.seq.ipv4addr",
            "eigrp.next_mcast_seq",
            "eigrp.stub_options",
            "eigrp.stub_options.recvonly",
            "eigrp.ipv6.prefixlen",
            "eigrp.ipv6.destination",
            "eigrp.nexthop_address",
            "eigrp.cable_range",
            "eigrp.ipx.nexthop_host",
            "eigrp.extdata.ipx_metric",
            "_ws.malformed",
            "_ws.expert.message",
        ],
    );
    let got: Vec<String> = got.iter().map(|r| r.replace('\t', "|")).collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:eigrp|EIGRP|Hello|5|0xee5f|1|0|0|0|0x0001,0x0004|12,8|1|15|3076|258||||||||||||||||||||||||||||",
        "eth:ethertype:ip:eigrp|EIGRP|Hello (Ack)|5|0xfd8a|1|0|0|3||||||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:eigrp|EIGRP|Update|1|0x0cb1|1|1|0|0|0x0103,0x0102,0x0102|48,32,31|||||10.0.0.2,0.0.0.0,0.0.0.0|1.2.3.4|3|1|2560,2560,2560|1500,1500,1500|1,1,1|24,0,10,3,33|192.168.5.0,0.0.0.0,32.0.0.0,0.0.0.0||||||||||||||||||_ws.malformed|Invalid prefix length 33, must be <= 32",
        "eth:ethertype:ip:eigrp|EIGRP|Update|1|0x724d|1|0|1|0|0x0602|50|||||0.0.0.0||||||1|24|10.1.2.0|1|281474976710655|100000|1|77||||||||||||||",
        "eth:ethertype:ip:eigrp|EIGRP|Hello|5|0x59f5|1|0|0|0|0x0002,0x0003,0x0005,0x0006,0x0007|40,9,8,6,4|||||||||||||||||||2|000102030405060708090a0b0c0d0e0f|10.0.0.1|25|0x0029|1||||||||Peer Termination (Graceful Shutdown)",
        "eth:ethertype:ip:eigrp|EIGRP|Hello|5|0x1234|0|0|0|0|0x0001|12|1|15|||||||||||||||||||||||||||||_ws.malformed|Bad Checksum [should be 0xfb6a],Corrupt TLV (Length field less than 4)",
        "eth:ethertype:ip:eigrp|EIGRP|Hello[Malformed Packet]|5|0xfb69|1|0|0|0|0x0001,0x0004|12,4|1|15|||||||||||||||||||||||||||||[Malformed Packet: EIGRP],_ws.malformed|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:eigrp|EIGRP|[Malformed Packet]|||||||||||||||||||||||||||||||||||||||[Malformed Packet: EIGRP],_ws.malformed|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:eigrp|EIGRP|Update|1|0xc625|1|0|0|0|0x0402|45|||||||||2560|1500|1||||||||||||||48|2001:db8:1::||||||",
        "eth:ethertype:ip:eigrp|EIGRP|Update|1|0x4eb4|1|0|0|0|0x0203,0x0303|48,54||||||1.2.3.4|3,9|1,0|2560,2560|1500,1500|1,1||||||||||||||||327686|655380|02:00:00:00:00:01|77||",
        "eth:ethertype:ipv6:eigrp|EIGRP|Hello|5|0xfb71|1|0|0|0|0x0001|12|1|15||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:icmp:ip|ICMP|Destination unreachable (Network unreachable)||||||||||||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:icmp:ip:eigrp|ICMP|Destination unreachable (Network unreachable)|5|0xfb71|0|0|0|0||||||||||||||||||||||||||||||||||Bad Checksum [should be 0xfdf1]",
    ];
    assert_eq!(got, want);
}

/// STUN over UDP as tshark 4.0.17 shows it: a TURN Allocate refused (401,
/// realm, nonce, software, fingerprint) then granted (XOR-RELAYED and
/// XOR-MAPPED addresses, lifetime), the request repeated after its answer
/// (`stun.response-in`, `stun.reqduplicate`) and the answer repeated, an
/// XOR-PEER-ADDRESS in IPv6, a Send indication whose DATA is data,
/// ChannelData on port 3478 padded or not; the heuristic on other ports,
/// after which the conversation's ChannelData is STUN's and its DTLS
/// record goes on to DTLS; a bad fingerprint, an attribute longer than
/// its message, an unknown attribute, and a message the capture cut.
/// Expected cells: tshark 4.0.17 on the same bytes.
#[test]
fn stun_as_tshark() {
    const COOKIE: u32 = 0x2112_a442;
    fn attr(t: u16, v: &[u8]) -> Vec<u8> {
        let mut b = t.to_be_bytes().to_vec();
        b.extend_from_slice(&(v.len() as u16).to_be_bytes());
        b.extend_from_slice(v);
        b.resize(b.len() + (4 - v.len() % 4) % 4, 0);
        b
    }
    fn crc32(b: &[u8]) -> u32 {
        let mut c = !0u32;
        for &x in b {
            c ^= u32::from(x);
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    (c >> 1) ^ 0xedb8_8320
                } else {
                    c >> 1
                };
            }
        }
        !c
    }
    fn msg(t: u16, id: [u8; 12], attrs: &[Vec<u8>], fingerprint: bool) -> Vec<u8> {
        let body = attrs.concat();
        let len = body.len() + if fingerprint { 8 } else { 0 };
        let mut m = t.to_be_bytes().to_vec();
        m.extend_from_slice(&(len as u16).to_be_bytes());
        m.extend_from_slice(&COOKIE.to_be_bytes());
        m.extend_from_slice(&id);
        m.extend_from_slice(&body);
        if fingerprint {
            let crc = crc32(&m) ^ 0x5354_554e;
            m.extend_from_slice(&attr(0x8028, &crc.to_be_bytes()));
        }
        m
    }
    fn xor4(ip: [u8; 4], port: u16) -> Vec<u8> {
        let x = u32::from_be_bytes(ip) ^ COOKIE;
        let mut v = vec![0, 1];
        v.extend_from_slice(&(port ^ 0x2112).to_be_bytes());
        v.extend_from_slice(&x.to_be_bytes());
        v
    }
    fn udp((src, sport): ([u8; 4], u16), (dst, dport): ([u8; 4], u16), p: &[u8]) -> Vec<u8> {
        let mut u = Vec::new();
        u.extend_from_slice(&sport.to_be_bytes());
        u.extend_from_slice(&dport.to_be_bytes());
        u.extend_from_slice(&((8 + p.len()) as u16).to_be_bytes());
        u.extend_from_slice(&[0, 0]);
        u.extend_from_slice(p);
        common::ipv4_frame(src, dst, 17, &u)
    }
    let (a, b, c) = (
        ([10, 0, 0, 1], 40000),
        ([10, 0, 0, 2], 3478),
        ([10, 0, 0, 3], 45000),
    );
    let peer = ([10, 0, 0, 2], 46000);
    let (t1, t2, t3, t4) = ([1u8; 12], [2u8; 12], [3u8; 12], [4u8; 12]);
    let v6: [u8; 16] = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    let mut xor6 = vec![0, 2];
    xor6.extend_from_slice(&(5000u16 ^ 0x2112).to_be_bytes());
    let key: Vec<u8> = [&COOKIE.to_be_bytes()[..], &t3[..]].concat();
    xor6.extend(v6.iter().zip(key).map(|(x, k)| x ^ k));
    let mut bad = msg(0x0001, [5; 12], &[attr(0x0006, b"bob")], true);
    if let Some(last) = bad.last_mut() {
        *last ^= 1;
    }
    let mut long = msg(0x0001, [6; 12], &[], false);
    long[3] = 8;
    long.extend_from_slice(&[0x00, 0x06, 0x00, 0x28, b'a', b'b', b'c', b'd']);
    let frames = vec![
        udp(
            a,
            b,
            &msg(
                0x0003,
                t1,
                &[attr(0x0019, &[17, 0, 0, 0]), attr(0x8022, b"client")],
                true,
            ),
        ),
        udp(
            b,
            a,
            &msg(
                0x0113,
                t1,
                &[
                    attr(0x0009, b"\0\0\x04\x01Unauthorized"),
                    attr(0x0015, b"abcdef0123"),
                    attr(0x0014, b"example.org"),
                ],
                true,
            ),
        ),
        udp(
            a,
            b,
            &msg(
                0x0003,
                t2,
                &[attr(0x0006, b"user"), attr(0x0008, &[0x11; 20])],
                false,
            ),
        ),
        udp(
            b,
            a,
            &msg(
                0x0103,
                t2,
                &[
                    attr(0x0016, &xor4([192, 0, 2, 15], 50000)),
                    attr(0x0020, &xor4([198, 51, 100, 7], 40000)),
                    attr(0x000d, &600u32.to_be_bytes()),
                ],
                false,
            ),
        ),
        udp(
            a,
            b,
            &msg(0x0003, t2, &[attr(0x0019, &[99, 0, 0, 0])], false),
        ),
        udp(b, a, &msg(0x0103, t2, &[], false)),
        udp(a, b, &msg(0x0008, t3, &[attr(0x0012, &xor6)], false)),
        udp(
            a,
            b,
            &msg(0x0009, t4, &[attr(0x000c, &[0x40, 1, 0, 0])], false),
        ),
        udp(
            a,
            b,
            &msg(
                0x0016,
                [7; 12],
                &[attr(0x0013, &[0x16, 0xfe, 0xfd, 0, 1, 2])],
                false,
            ),
        ),
        udp(a, b, b"\x40\x01\x00\x05\x01\x02\x03\x04\x05\0\0\0"),
        udp(a, b, b"\x40\x01\x00\x04ABCD"),
        udp(
            c,
            peer,
            &msg(
                0x0001,
                [8; 12],
                &[attr(0x0006, b"x:y"), attr(0x7777, b"?")],
                false,
            ),
        ),
        udp(c, peer, b"\x40\x02\x00\x03abc"),
        udp(c, peer, &[0x16, 0xfe, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        udp(a, b, &bad),
        udp(a, b, &long),
    ];
    let mut pcap = common::pcap_of(1, 1_700_000_000, &frames);
    // A response of which the capture kept all but its last 10 bytes.
    let cut = udp(
        b,
        a,
        &msg(
            0x0101,
            [9; 12],
            &[
                attr(0x0020, &xor4([198, 51, 100, 7], 40000)),
                attr(0x8022, b"some software"),
            ],
            false,
        ),
    );
    for v in [1_700_000_100u32, 0, cut.len() as u32 - 10, cut.len() as u32] {
        pcap.extend_from_slice(&v.to_le_bytes());
    }
    pcap.extend_from_slice(&cut[..cut.len() - 10]);
    common::keep_crafted("stun.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "stun.type",
        "stun.type.class",
        "stun.type.method",
        "stun.length",
        "stun.id",
        "stun.response-to",
        "stun.time",
        "stun.response-in",
        "stun.reqduplicate",
        "stun.attribute",
        "stun.att.length",
        "stun.att.padding",
        "stun.att.port-xord",
        "stun.att.port",
        "stun.att.ipv4-xord",
        "stun.att.ipv4",
        "stun.att.ipv6",
        "stun.att.username",
        "stun.att.error.class",
        "stun.att.error",
        "stun.att.crc32",
        "stun.att.crc32.status",
        "stun.channel",
        "stun.value",
        "data.data",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:stun|STUN|Allocate Request UDP|0x0003|0x0000|0x0003|28|010101010101010101010101|||||0x0019,0x8022,0x8028|4,6,4|2|||||||||0x6d31316b|1||||",
        "eth:ethertype:ip:udp:stun|STUN|Allocate Error Response error-code: 401 (Unauthenticated) Unauthorized with nonce realm: example.org|0x0113|0x0011|0x0003|60|010101010101010101010101|1|1.000000000|||0x0009,0x0015,0x0014,0x8028|16,10,11,4|2,1|||||||4|1|0x3b84b66d|1||||",
        "eth:ethertype:ip:udp:stun|STUN|Allocate Request user: user|0x0003|0x0000|0x0003|32|020202020202020202020202|||||0x0006,0x0008|4,20|||||||user||||||||",
        "eth:ethertype:ip:udp:stun|STUN|Allocate Success Response XOR-RELAYED-ADDRESS: 192.0.2.15:50000 XOR-MAPPED-ADDRESS: 198.51.100.7:40000 lifetime: 600|0x0103|0x0010|0x0003|32|020202020202020202020202|3|1.000000000|||0x0016,0x0020,0x000d|8,8,4||e242,bd52|50000,40000|e112a64d,e721c045|192.0.2.15,198.51.100.7||||||||||",
        "eth:ethertype:ip:udp:stun|STUN|Allocate Request Unknown (0x      63)|0x0003|0x0000|0x0003|8|020202020202020202020202|||4|3|0x0019|4|||||||||||||||",
        "eth:ethertype:ip:udp:stun|STUN|Allocate Success Response|0x0103|0x0010|0x0003|0|020202020202020202020202|3|3.000000000||4|||||||||||||||||",
        "eth:ethertype:ip:udp:stun|STUN|CreatePermission Request XOR-PEER-ADDRESS: 2001:db8::1:5000|0x0008|0x0000|0x0008|24|030303030303030303030303|||||0x0012|20||329a|5000|||2001:db8::1|||||||||",
        "eth:ethertype:ip:udp:stun|STUN|Channel-Bind Request ChannelNumber=0x4001|0x0009|0x0000|0x0009|8|040404040404040404040404|||||0x000c|4|||||||||||||||",
        "eth:ethertype:ip:udp:stun:data|STUN|Send Indication|0x0016|0x0001|0x0006|12|070707070707070707070707|||||0x0013|6|2||||||||||||16fefd000102|16fefd000102|",
        "eth:ethertype:ip:udp:stun:data|STUN|ChannelData TURN Message||||5|||||||||||||||||||0x4001||0102030405|",
        "eth:ethertype:ip:udp:stun:data|STUN|ChannelData TURN Message||||4|||||||||||||||||||0x4001||41424344|",
        "eth:ethertype:ip:udp:stun|STUN|Binding Request user: x:y|0x0001|0x0000|0x0001|16|080808080808080808080808|||||0x0006|3,1|1,3||||||x:y||||||3f||Unknown attribute 0x7777",
        "eth:ethertype:ip:udp:stun:data|STUN|ChannelData TURN Message||||3|||||||||||||||||||0x4002||616263|",
        "eth:ethertype:ip:udp:dtls|DTLS|[Malformed Packet]||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:stun|STUN|Binding Request user: bob|0x0001|0x0000|0x0001|16|050505050505050505050505|||||0x0006,0x8028|3,4|1||||||bob|||0xcc0d12df|0||||Bad Fingerprint [should be 0xcc0d12de]",
        "eth:ethertype:ip:udp:stun|STUN|Binding Request|0x0001|0x0000|0x0001|8|060606060606060606060606|||||0x0006|40|||||||||||||||",
        "eth:ethertype:ip:udp:stun|STUN|Binding Success Response XOR-MAPPED-ADDRESS: 198.51.100.7:40000[Packet size limited during capture]|0x0101|0x0010|0x0001|32|090909090909090909090909|||||0x0020,0x8022|8,13||bd52|40000|e721c045|198.51.100.7||||||||||",
    ];
    assert_eq!(rows, want);
}

/// RFC 3489's STUN (no magic cookie) as tshark 4.0.17's classicstun shows
/// it: on STUN's port 3478 (which STUN refuses) and by its heuristic on
/// other ports; addresses, CHANGE-REQUEST, the XOR_MAPPED_ADDRESS XOR'd
/// with the transaction ID's first word, errors with unknown attributes, a
/// response naming the last request of its ID, a Data Indication's DATA as
/// data, an attribute longer than its message throwing, and a message the
/// capture cut left to UDP. Expected cells: tshark 4.0.17 on the same
/// bytes.
#[test]
fn classic_stun_as_tshark() {
    fn att(t: u16, v: &[u8]) -> Vec<u8> {
        let mut b = t.to_be_bytes().to_vec();
        b.extend_from_slice(&(v.len() as u16).to_be_bytes());
        b.extend_from_slice(v);
        b
    }
    fn msg(t: u16, id: [u8; 16], attrs: &[Vec<u8>]) -> Vec<u8> {
        let body = attrs.concat();
        let mut m = t.to_be_bytes().to_vec();
        m.extend_from_slice(&(body.len() as u16).to_be_bytes());
        m.extend_from_slice(&id);
        m.extend_from_slice(&body);
        m
    }
    fn udp((src, sport): ([u8; 4], u16), (dst, dport): ([u8; 4], u16), p: &[u8]) -> Vec<u8> {
        let mut u = Vec::new();
        u.extend_from_slice(&sport.to_be_bytes());
        u.extend_from_slice(&dport.to_be_bytes());
        u.extend_from_slice(&((8 + p.len()) as u16).to_be_bytes());
        u.extend_from_slice(&[0, 0]);
        u.extend_from_slice(p);
        common::ipv4_frame(src, dst, 17, &u)
    }
    let (a, b) = (([10, 0, 0, 1], 40000), ([10, 0, 0, 2], 3478));
    let (c, d) = (([10, 0, 0, 1], 45000), ([10, 0, 0, 2], 46000));
    let mut id = [0u8; 16];
    id[..4].copy_from_slice(&[0xa1, 0xb2, 0xc3, 0xd4]);
    let first = 0xa1b2_c3d4u32;
    let mut xor = vec![0, 1];
    xor.extend_from_slice(&(5000u16 ^ (first >> 16) as u16).to_be_bytes());
    xor.extend_from_slice(&(0x0102_0304u32 ^ first).to_be_bytes());
    let mut mapped = vec![0, 1, 0x04, 0xd2];
    mapped.extend_from_slice(&[192, 0, 2, 1]);
    let mut long = msg(0x0001, [4; 16], &[att(0x0006, b"abc")]);
    long[23] = 0x30;
    let frames = vec![
        udp(
            a,
            b,
            &msg(
                0x0001,
                id,
                &[att(0x0003, &[0, 0, 0, 6]), att(0x0006, b"user")],
            ),
        ),
        udp(
            b,
            a,
            &msg(
                0x0101,
                id,
                &[
                    att(0x0001, &mapped),
                    att(0x8020, &xor),
                    att(0x8022, b"Vovida.org 0.96"),
                ],
            ),
        ),
        udp(a, b, &msg(0x0001, id, &[])),
        udp(
            b,
            a,
            &msg(
                0x0111,
                id,
                &[
                    att(0x0009, b"\0\0\x04\x20Unknown"),
                    att(0x000a, &[0, 0x77, 0, 0x78]),
                ],
            ),
        ),
        udp(
            c,
            d,
            &msg(
                0x0003,
                [2; 16],
                &[att(0x000d, &[0, 0, 0, 16]), att(0xc001, b"bind")],
            ),
        ),
        udp(d, c, &msg(0x0115, [3; 16], &[att(0x0013, &[1, 2, 3])])),
        udp(c, d, &long),
    ];
    let mut pcap = common::pcap_of(1, 1_700_000_000, &frames);
    let cut = udp(c, d, &msg(0x0001, [8; 16], &[att(0x0006, b"abcdefgh")]));
    for v in [1_700_000_100u32, 0, cut.len() as u32 - 3, cut.len() as u32] {
        pcap.extend_from_slice(&v.to_le_bytes());
    }
    pcap.extend_from_slice(&cut[..cut.len() - 3]);
    common::keep_crafted("classicstun.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "classicstun.type",
        "classicstun.length",
        "classicstun.id",
        "classicstun.response_to",
        "classicstun.time",
        "classicstun.att.type",
        "classicstun.att.length",
        "classicstun.att.value",
        "classicstun.att.family",
        "classicstun.att.port",
        "classicstun.att.ipv4",
        "classicstun.att.port-xord",
        "classicstun.att.ipv4-xord",
        "classicstun.att.change.ip",
        "classicstun.att.change.port",
        "classicstun.att.error.class",
        "classicstun.att.error",
        "classicstun.att.error.reason",
        "classicstun.att.unknown",
        "classicstun.att.server",
        "classicstun.att.lifetime",
        "classicstun.att.connection_request_binding",
        "classicstun.att.data",
        "data.data",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:classicstun|CLASSIC-STUN|Message: Binding Request|0x0001|0x0010|a1b2c3d4000000000000000000000000|||0x0003,0x0006|4,4|75736572||||||1|1||||||||||",
        "eth:ethertype:ip:udp:classicstun|CLASSIC-STUN|Message: Binding Response|0x0101|0x002b|a1b2c3d4000000000000000000000000|1|1.000000000|0x0001,0x8020,0x8022|8,8,15||0x0001,0x0001|1234,5000|192.0.2.1,1.2.3.4|45626|160.176.192.208|||||||Vovida.org 0.96|||||",
        "eth:ethertype:ip:udp:classicstun|CLASSIC-STUN|Message: Binding Request|0x0001|0x0000|a1b2c3d4000000000000000000000000||||||||||||||||||||||",
        "eth:ethertype:ip:udp:classicstun|CLASSIC-STUN|Message: Binding Error Response|0x0111|0x0017|a1b2c3d4000000000000000000000000|3|1.000000000|0x0009,0x000a|11,4|||||||||4|32|Unknown|0x0077,0x0078||||||",
        "eth:ethertype:ip:udp:classicstun|CLASSIC-STUN|Message: Allocate Request|0x0003|0x0010|02020202020202020202020202020202|||0x000d,0xc001|4,4||||||||||||||16|bind|||",
        "eth:ethertype:ip:udp:classicstun:data|CLASSIC-STUN|Message: Data Indication|0x0115|0x0007|03030303030303030303030303030303|||0x0013|3||||||||||||||||010203|010203|",
        "eth:ethertype:ip:udp:classicstun|CLASSIC-STUN|Message: Binding Request[Malformed Packet]|0x0001|0x0007|04040404040404040404040404040404||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:data|UDP|45000 → 46000 Len=32||||||||||||||||||||||||0001000c08080808080808080808080808080808000600086162636465|",
    ];
    assert_eq!(rows, want);
}

/// The OpenVPN messages one builds for UDP and TCP: opcode and key id,
/// then `rest` as it is.
fn openvpn_msg(op: u8, key: u8, rest: &[u8]) -> Vec<u8> {
    let mut m = vec![(op << 3) | key];
    m.extend_from_slice(rest);
    m
}

/// OpenVPN on UDP 1194 (packet-openvpn.c, default preferences): hard
/// resets without and with tls-auth's HMAC, a ClientHello in a 100-byte
/// fragment and its end (gathered, handed to TLS), an ACK with its array,
/// P_DATA_V1 and V2, tls-crypt's P_CONTROL_WKC_V1 with its wrapped key, an
/// ACK whose array runs past the datagram (malformed), an unknown opcode
/// cut after its session id, a control message TLS refuses (printable:
/// data) and one whose record the message cuts (TLS with nothing shown).
/// Expected cells: tshark 4.0.17 on the same bytes.
#[test]
fn openvpn_as_tshark() {
    fn udp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
        let mut udp = Vec::new();
        udp.extend_from_slice(&sport.to_be_bytes());
        udp.extend_from_slice(&dport.to_be_bytes());
        udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(payload);
        common::ipv4_frame([10, 0, 0, 1], [10, 0, 0, 2], 17, &udp)
    }
    fn from_server(payload: &[u8]) -> Vec<u8> {
        let mut udp = Vec::new();
        udp.extend_from_slice(&1194u16.to_be_bytes());
        udp.extend_from_slice(&40000u16.to_be_bytes());
        udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(payload);
        common::ipv4_frame([10, 0, 0, 2], [10, 0, 0, 1], 17, &udp)
    }
    let cs: [u8; 8] = [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88];
    let ss: [u8; 8] = [0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x01];
    let cat = |parts: &[&[u8]]| parts.concat();
    let hmac: Vec<u8> = (1..=20).collect();
    let hello = common::client_hello("a-rather-long-name-for-an-openvpn-server.example.net", "x");
    let frames = vec![
        // P_CONTROL_HARD_RESET_CLIENT_V2, no tls-auth: array length 0.
        udp(
            40000,
            1194,
            &openvpn_msg(7, 0, &cat(&[&cs, &[0], &[0, 0, 0, 0]])),
        ),
        // P_CONTROL_HARD_RESET_SERVER_V2 with an HMAC, replay id and time.
        from_server(&openvpn_msg(
            8,
            0,
            &cat(&[
                &ss,
                &hmac,
                &[0, 0, 0, 1],
                &[0x60, 0, 0, 0],
                &[1],
                &[0, 0, 0, 0],
                &cs,
                &[0, 0, 0, 0],
            ]),
        )),
        // A ClientHello in two control messages: 100 bytes, then the rest.
        udp(
            40000,
            1194,
            &openvpn_msg(4, 0, &cat(&[&cs, &[0], &[0, 0, 0, 1], &hello[..100]])),
        ),
        udp(
            40000,
            1194,
            &openvpn_msg(4, 0, &cat(&[&cs, &[0], &[0, 0, 0, 2], &hello[100..]])),
        ),
        // P_ACK_V1 acknowledging two.
        from_server(&openvpn_msg(
            5,
            0,
            &cat(&[&ss, &[2], &[0, 0, 0, 1], &[0, 0, 0, 2], &cs]),
        )),
        // P_DATA_V1 and P_DATA_V2 (peer id 0x000102).
        udp(40000, 1194, &openvpn_msg(6, 1, &[0xde, 0xad, 0xbe, 0xef])),
        udp(40000, 1194, &openvpn_msg(9, 2, &[0, 1, 2, 0xca, 0xfe])),
        // P_CONTROL_WKC_V1: packet id, time, 32-byte HMAC, data, wrapped
        // key of 6 bytes (its length included).
        udp(
            40000,
            1194,
            &openvpn_msg(
                11,
                0,
                &cat(&[
                    &cs,
                    &[0, 0, 0, 9],
                    &[0x60, 0, 0, 1],
                    &[0xab; 32],
                    &[1, 2, 3],
                    &[7, 7, 7, 7, 0, 6],
                ]),
            ),
        ),
        // P_ACK_V1 whose array of 3 has room for one.
        from_server(&openvpn_msg(5, 0, &cat(&[&ss, &[3], &[0, 0, 0, 1]]))),
        // Opcode 0 with nothing after its session id.
        udp(40000, 1194, &openvpn_msg(0, 0, &cs)),
        // A control message TLS refuses: data.
        udp(
            40000,
            1194,
            &openvpn_msg(4, 0, &cat(&[&cs, &[0], &[0, 0, 0, 3], b"HELLO there"])),
        ),
        // A control message whose record it cuts.
        from_server(&openvpn_msg(
            4,
            0,
            &cat(&[&ss, &[0], &[0, 0, 0, 1], &[0x16, 3, 3, 1, 0, 2, 0]]),
        )),
    ];
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("openvpn.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "openvpn.type",
        "openvpn.opcode",
        "openvpn.keyid",
        "openvpn.peerid",
        "openvpn.sessionid",
        "openvpn.hmac",
        "openvpn.pid",
        "openvpn.mpidarraylength",
        "openvpn.mpidarrayelement",
        "openvpn.rsessionid",
        "openvpn.mpid",
        "openvpn.data",
        "openvpn.wkc",
        "openvpn.wkc_len",
        "openvpn.fragment_bytes",
        "openvpn.fragment",
        "openvpn.fragment.count",
        "openvpn.reassembled.length",
        "tls.handshake.type",
        "tls.handshake.extensions_server_name",
        "data.data",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_CONTROL_HARD_RESET_CLIENT_V2|0x38|0x07|0||1234605616436508552|||0|||0||||||||||",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_CONTROL_HARD_RESET_SERVER_V2|0x40|0x08|0||11072869122414935809|0102030405060708090a0b0c0d0e0f1011121314|1|1|0|1234605616436508552|0||||||||||",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_CONTROL_V1|0x20|0x04|0||1234605616436508552|||0|||1||||16030100740100007003034242424242424242424242424242424242424242424242424242424242424242000002130101000045000000390037000034612d7261746865722d6c6f6e672d6e616d652d666f722d616e2d6f70656e76706e2d7365727665||||||",
        "eth:ethertype:ip:udp:openvpn:tls|TLSv1|Client Hello|0x20|0x04|0||1234605616436508552|||0|||2||||722e6578616d706c652e6e65740010000400020178|3,4|2|121|1|a-rather-long-name-for-an-openvpn-server.example.net|",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_ACK_V1|0x28|0x05|0||11072869122414935809|||2|1,2|1234605616436508552|||||||||||",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_DATA_V1|0x31|0x06|1|||||||||deadbeef|||||||||",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_DATA_V2|0x4a|0x09|2|258||||||||cafe|||||||||",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_CONTROL_WKC_V1|0x58|0x0b|0||1234605616436508552|abababababababababababababababababababababababababababababababab|9|||||010203|070707070006|6|||||||",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: P_ACK_V1[Malformed Packet]|0x28|0x05|0||11072869122414935809|||3|1||||||||||||",
        "eth:ethertype:ip:udp:openvpn|OpenVPN|MessageType: Unknown Messagetype[Malformed Packet]|0x00|0x00|0||1234605616436508552||||||||||||||||",
        "eth:ethertype:ip:udp:openvpn:data|OpenVPN|MessageType: P_CONTROL_V1|0x20|0x04|0||1234605616436508552|||0|||3||||||||||48454c4c4f207468657265",
        "eth:ethertype:ip:udp:openvpn:tls|SSL||0x20|0x04|0||11072869122414935809|||0|||1||||||||||",
    ];
    assert_eq!(rows, want);
}

/// Dropbox LAN sync discovery (UDP 17500): a JSON broadcast handed to the
/// JSON dissector, JSON followed by text json_validate accepts (what the
/// JSON grammar leaves goes to the line-based text dissector), text that
/// is no JSON (shown as `db-lsp.text`, up to its NUL, with tshark's stray
/// characters note), JSON json_validate refuses (an unquoted key) and an
/// empty datagram (not handed on). Expected cells: tshark 4.0.17 on the
/// same bytes.
#[test]
fn dropbox_lan_sync_discovery_as_tshark() {
    let payloads: [&[u8]; 5] = [
        b"{\"host_int\": 676879976, \"version\": [1, 8], \"displayname\": \"676879976\", \"port\": 17500, \"namespaces\": [167841216, 29544173]}",
        b"{\"a\": true} 5,",
        b"C5oR\xffx\x00tail",
        b"{port: 17500}",
        b"",
    ];
    let frames: Vec<Vec<u8>> = payloads
        .iter()
        .map(|p| common::udp_datagram(17500, 17500, p))
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("db-lsp-disc.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "db-lsp.text",
        "json.key",
        "json.value.number",
        "json.value.string",
        "json.value.true",
        "json.path_with_value",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:db-lsp-disc:json|DB-LSP-DISC/JSON|Dropbox LAN sync Discovery Protocol, JavaScript Object Notation||host_int,version,displayname,port,namespaces|676879976,1,8,17500,167841216,29544173|676879976||/host_int:676879976,/version/[]:1,/version/[]:8,/displayname:676879976,/port:17500,/namespaces/[]:167841216,/namespaces/[]:29544173|",
        "eth:ethertype:ip:udp:db-lsp-disc:json:data-text-lines|DB-LSP-DISC/JSON|Dropbox LAN sync Discovery Protocol, JavaScript Object Notation||a|||1|/a:true|",
        "eth:ethertype:ip:udp:db-lsp-disc|DB-LSP-DISC|Dropbox LAN sync Discovery Protocol|C5oR\u{fffd}x||||||Trailing stray characters",
        "eth:ethertype:ip:udp:db-lsp-disc|DB-LSP-DISC|Dropbox LAN sync Discovery Protocol|{port: 17500}||||||",
        "eth:ethertype:ip:udp|UDP|17500 \u{2192} 17500 Len=0|||||||",
    ];
    assert_eq!(rows, want);
}

/// sFlow (UDP 6343): a version 5 counters sample (generic interface,
/// Ethernet, VLAN, processor and radio records), a flow sample from an
/// IPv6 agent (a raw Ethernet/IPv4/UDP header dissected as a packet in an
/// error packet, its DNS cut short without a note; extended switch,
/// router and gateway data; an Ethernet frame record, not decoded, ending
/// what is shown of the sample) beside an empty counters sample, an
/// expanded counters sample with another enterprise's record and an
/// expanded flow sample with a raw IPv4 header, a version 4 header, a
/// version 3 datagram (data), a sample longer than the datagram and a
/// datagram cut inside a record (both malformed). Expected cells: tshark
/// 4.0.17 on the same bytes.
#[test]
fn sflow_as_tshark() {
    let datagrams = [
        "00000005000000010a01020300000007000003e90001e2400000000100000002000001040000002a030000070000000500000001000000580000000700000006000000003b9aca000000000100000003000000000001e240000000010000000200000003000000040000000500000006000000000009fbf10000000700000008000000090000000a0000000b0000000000000002000000340000000100000002000000030000000400000005000000060000000700000008000000090000000a0000000b0000000c0000000d000000050000001c00000064000000000001869f00000001000000020000000300000004000003e90000001c000001f400000258000002bc00000002000000000000000040000000000003ea0000000c000003e800000320000000c8",
        "000000050000000220010db800000000000000000000000100000000000000020000006300000002000000010000010c000000090000000500000100000004000000000000000003800000020000000500000001000000400000000100000032000000040000002e00112233445566554433221108004500002000070000401100000a0000010a00000204d20035000c0000616263640000000003e9000000100000000a000000010000001400000002000003ea0000001c00000002000102030405060708090a0b0c0d0e0f0000001800000010000003eb0000004000000001c00002010000fde80000fde90000fdea00000002000000020000000200000064000000c800000001000000010000012c00000001fde80001000000640000000200000018000000000000000000000000000000000000000000000000000000020000000c0000002b0000000800000000",
        "00000005000000010a01020300000007000003ea0001e24100000002000000040000007c0000002c0000000000000009000000020000904d000000040102030400000001000000580000000700000006000000003b9aca000000000100000003000000000001e240000000010000000200000003000000040000000500000006000000000009fbf10000000700000008000000090000000a0000000b0000000000000003000000640000000a0000000000000006000000800000020000000001000000000000000400000000000000050000000100000001000000300000000b0000002000000000000000204500002000070000401100000a0000010a00000204d20035000c000061626364",
        "00000004000000010a010204000000370000030900000000",
        "00000003000000010a010204000000370000030900000000",
        "00000005000000010a01020300000007000003eb0001e2420000000100000002000001900000002d0000000100000000",
        "00000005000000010a01020300000007000003ec0001e24300000001000000020000006c0000002e00000001000000010000000100000058000000070000000600000000",
    ];
    let frames: Vec<Vec<u8>> = datagrams
        .iter()
        .map(|h| common::udp_datagram(40000, 6343, &common::unhex(h)))
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("sflow.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "sflow_245.agent",
        "sflow_245.agent.v6",
        "sflow_245.sub_agent_id",
        "sflow.enterprise",
        "sflow_245.sampletype",
        "sflow_5.sample_length",
        "sflow.counters_sample.source_id_type",
        "sflow.counters_sample.source_id_index",
        "sflow_245.counters_record_format",
        "sflow_245.flow_record_format",
        "sflow_245.ifspeed",
        "sflow_245.ifadmin_status",
        "sflow_245.ifoper_status",
        "sflow_245.dot3StatsSymbolErrors",
        "sflow_245.vlan_id",
        "sflow_245.octets",
        "sflow_5.cpu_5s",
        "sflow_5.total_memory",
        "sflow_5.channel_busy_time",
        "sflow.flow_sample.index",
        "sflow.flow_sample.output_interface_format",
        "sflow.flow_sample.output_interface_value",
        "sflow_245.header_protocol",
        "sflow_245.header.frame_length",
        "sflow_245.vlan.in",
        "sflow_245.nexthop",
        "sflow_245.nexthop.v6",
        "sflow.as_type",
        "sflow_245.dstAS",
        "sflow_245.localpref",
        "sflow.enterprise.length",
        "sflow.enterprise.data",
        "ip.src",
        "udp.dstport",
        "dns.id",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:sflow|sFlow|V5, agent 10.1.2.3, sub-agent ID 7, seq 1001, 1 samples|10.1.2.3||7|0,0,0,0,0,0|2|260|3|7|1,2,5,1001,1002||1000000000|1|1|13|100|99999|500|8589934592|200||||||||||||||10.99.0.1|6343||",
        "eth:ethertype:ip:udp:sflow:eth:ethertype:ip:udp:dns|sFlow|V5, agent 2001:db8::1, sub-agent ID 0, seq 2, 2 samples||2001:db8::1|0|0,0,0,0,0,0,0|1,2|268,12|0|8||1,1001,1002,1003,2||||||||||5|2|2|1|50|10|192.0.2.1|1:203:405:607:809:a0b:c0d:e0f|2,1|100,200,300,4259840001|100|||10.99.0.1,10.0.0.1|6343,53|0x6162|",
        "eth:ethertype:ip:udp:sflow:ip:udp:dns|sFlow|V5, agent 10.1.2.3, sub-agent ID 7, seq 1002, 2 samples|10.1.2.3||7|0,0,0,0,0|4,3|124,100|0|9|1|1|1000000000|1|1|||||||||5|11|32|||||||4|01020304|10.99.0.1,10.0.0.1|6343,53|0x6162|",
        "eth:ethertype:ip:udp:sflow|sFlow|V4, agent 10.1.2.4, seq 55, 0 samples|10.1.2.4||||||||||||||||||||||||||||||||10.99.0.1|6343||",
        "eth:ethertype:ip:udp:data|UDP|40000 → 6343 Len=24|||||||||||||||||||||||||||||||||10.99.0.1|6343||",
        "eth:ethertype:ip:udp:sflow|sFlow|V5, agent 10.1.2.3, sub-agent ID 7, seq 1003, 1 samples[Malformed Packet]|10.1.2.3||7|0|2|400|0|1|||||||||||||||||||||||||10.99.0.1|6343||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:sflow|sFlow|V5, agent 10.1.2.3, sub-agent ID 7, seq 1004, 1 samples[Malformed Packet]|10.1.2.3||7|0,0|2|108|0|1|1||||||||||||||||||||||||10.99.0.1|6343||Malformed Packet (Exception occurred)",
    ];
    assert_eq!(rows, want);
}

/// NAT-PMP on Port Control's ports (UDP 5350 and 5351, `portcontrol` in
/// frame.protocols): an external address request and response, a UDP
/// mapping request, a TCP mapping response, an unknown opcode, a response
/// cut short on the wire (malformed). Expected cells: tshark 4.0.17 on the
/// same bytes. (Port Control Protocol itself, version 2, is not decoded.)
#[test]
fn nat_pmp_as_tshark() {
    let messages: [(u16, u16, &str); 6] = [
        (5350, 5351, "0000"),
        (5351, 5350, "00800000002b3add0ac9d5ae"),
        (5350, 5351, "0001000014e914e900001c20"),
        (5351, 5350, "00820000002b3ae5c8d5c8d600000e10"),
        (5350, 5351, "0007"),
        (5351, 5350, "0081000100"),
    ];
    let frames: Vec<Vec<u8>> = messages
        .iter()
        .map(|(s, d, h)| common::udp_datagram(*s, *d, &common::unhex(h)))
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("nat-pmp.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "nat-pmp.version",
        "nat-pmp.opcode",
        "nat-pmp.result_code",
        "nat-pmp.sssoe",
        "nat-pmp.external_ip",
        "nat-pmp.reserved",
        "nat-pmp.internal_port",
        "nat-pmp.external_port",
        "nat-pmp.pml",
        "_ws.expert.message",
        "_ws.expert.group",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:portcontrol|NAT-PMP|External Address Request|0|0|||||||||",
        "eth:ethertype:ip:udp:portcontrol|NAT-PMP|External Address Response|0|128|0|2833117|10.201.213.174||||||",
        "eth:ethertype:ip:udp:portcontrol|NAT-PMP|Map UDP Request|0|1||||0|5353|5353|7200||",
        "eth:ethertype:ip:udp:portcontrol|NAT-PMP|Map TCP Response|0|130|0|2833125|||51413|51414|3600||",
        "eth:ethertype:ip:udp:portcontrol|NAT-PMP|Unknown opcode: 7|0|7||||||||Unknown opcode: 7|50331648",
        "eth:ethertype:ip:udp:portcontrol|NAT-PMP|Map UDP Response[Malformed Packet]|0|129|1|||||||Malformed Packet (Exception occurred)|117440512",
    ];
    assert_eq!(rows, want);
}

/// RTCP by tshark's UDP heuristic (any port: 4.0 has no odd-port test) —
/// a Sender Report with a report block and SDES items, a Receiver Report
/// followed by a generic NACK, BYE with its reason, APP with a name and
/// one whose name is not a string, a FIR, a Sender Report whose report
/// block runs past the datagram (malformed), an SDES first (not RTCP's
/// heuristic: data) — then RTP and RTCP on the streams a SIP INVITE's SDP
/// set up: PCMU with the marker, CSRCs and an RFC 5285 one-byte header
/// extension, padding, a Receiver Report on the port after RTP's, and RTP
/// from an endpoint no SDP named (data). Expected cells: tshark 4.0.17 on
/// the same bytes.
#[test]
fn rtcp_and_rtp_as_tshark() {
    fn udp((src, sport): ([u8; 4], u16), (dst, dport): ([u8; 4], u16), m: &[u8]) -> Vec<u8> {
        let mut udp = Vec::new();
        udp.extend_from_slice(&sport.to_be_bytes());
        udp.extend_from_slice(&dport.to_be_bytes());
        udp.extend_from_slice(&((8 + m.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]);
        udp.extend_from_slice(m);
        common::ipv4_frame(src, dst, 17, &udp)
    }
    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }
    let (a, b, c, d) = ([10, 0, 0, 1], [10, 0, 0, 2], [10, 0, 0, 5], [10, 0, 0, 6]);
    let sdp = "v=0\r\no=- 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\nt=0 0\r\n\
               m=audio 30000 RTP/AVP 0 8\r\n";
    let invite = format!(
        "INVITE sip:bob@10.0.0.6 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK1\r\n\
         From: <sip:alice@10.0.0.5>;tag=1\r\nTo: <sip:bob@10.0.0.6>\r\nCall-ID: c1@10.0.0.5\r\n\
         CSeq: 1 INVITE\r\nContent-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{sdp}",
        sdp.len()
    );
    let frames = vec![
        udp(
            (a, 40000),
            (b, 40002),
            &hex(
                "81c8000c 11111111 dd3ac170 4d614df8 00007d00 000000c8 00007d00
                  22222222 02000001 0000bec2 00000003 4d614df8 00010000
                  81ca0004 11111111 0103616263 0702686900 0000",
            ),
        ),
        udp(
            (b, 40002),
            (a, 40000),
            &hex("80c90001 22222222 81cd0003 22222222 11111111 00640005"),
        ),
        udp(
            (a, 40000),
            (b, 40002),
            &hex("81cb0003 11111111 05627965 21210000"),
        ),
        udp(
            (a, 40000),
            (b, 40002),
            &hex("84cc0003 11111111 61626364 01020304"),
        ),
        udp(
            (a, 40000),
            (b, 40002),
            &hex("85cc0003 11111111 61620064 01020304"),
        ),
        udp(
            (b, 40002),
            (a, 40000),
            &hex("84ce0004 22222222 00000000 11111111 05000000"),
        ),
        udp(
            (a, 40000),
            (b, 40002),
            &hex("81c80006 11111111 00000001 00000002 00000003 00000004 00000005"),
        ),
        udp((a, 40000), (b, 40002), &hex("81ca0001 11111111")),
        udp((c, 5060), (d, 5060), invite.as_bytes()),
        udp(
            (c, 30000),
            (d, 20000),
            &hex("8080 0001 000000a0 33333333 ffffffff"),
        ),
        udp(
            (d, 20000),
            (c, 30000),
            &hex("9208 0002 00000140 44444444 55555555 66666666 bede0001 10ff0000 d5d5"),
        ),
        udp(
            (c, 30000),
            (d, 20000),
            &hex("a000 0003 00000140 33333333 ffff 0003"),
        ),
        udp((d, 20001), (c, 30001), &hex("80c90001 44444444")),
        udp(
            (c, 31000),
            (d, 20002),
            &hex("8000 0004 000001e0 33333333 ffff"),
        ),
    ];
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("rtcp_rtp.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "rtcp.version",
        "rtcp.rc",
        "rtcp.sc",
        "rtcp.pt",
        "rtcp.length",
        "rtcp.senderssrc",
        "rtcp.mediassrc",
        "rtcp.timestamp.ntp",
        "rtcp.timestamp.rtp",
        "rtcp.sender.octetcount",
        "rtcp.ssrc.identifier",
        "rtcp.ssrc.fraction",
        "rtcp.ssrc.cum_nr",
        "rtcp.ssrc.high_seq",
        "rtcp.ssrc.lsr",
        "rtcp.sdes.type",
        "rtcp.sdes.length",
        "rtcp.sdes.text",
        "rtcp.app.subtype",
        "rtcp.app.name",
        "rtcp.app.data",
        "rtcp.rtpfb.fmt",
        "rtcp.rtpfb.nack_pid",
        "rtcp.rtpfb.nack_blp",
        "rtcp.psfb.fmt",
        "rtcp.psfb.fir.fci.ssrc",
        "rtcp.psfb.fir.fci.csn",
        "rtcp.length_check",
        "rtp.version",
        "rtp.padding",
        "rtp.ext",
        "rtp.cc",
        "rtp.marker",
        "rtp.p_type",
        "rtp.seq",
        "rtp.timestamp",
        "rtp.ssrc",
        "rtp.csrc.item",
        "rtp.ext.profile",
        "rtp.ext.len",
        "rtp.ext.rfc5285.id",
        "rtp.ext.rfc5285.data",
        "rtp.payload",
        "rtp.padding.data",
        "rtp.padding.count",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:rtcp|RTCP|Sender Report   Source description   |2,2|1|1|200,202|12,4|0x11111111||Aug 13, 2017 12:15:44.302265999 UTC|32000|32000|0x22222222,0x11111111|2|1|48834|1298222584|1,7,0|3,2|abc,hi||||||||||1||||||||||||||||||",
        "eth:ethertype:ip:udp:rtcp|RTCP|Receiver Report   Generic RTP Feedback   |2,2|0||201,205|1,3|0x22222222,0x22222222|0x11111111|||||||||||||||1|100,101,103|0x0005||||1||||||||||||||||||",
        "eth:ethertype:ip:udp:rtcp|RTCP|Goodbye   |2||1|203|3||||||0x11111111||||||5|bye!!||||||||||1||||||||||||||||||",
        "eth:ethertype:ip:udp:rtcp|RTCP|Application specific   ( abcd ) subtype=4|2|||204|3||||||0x11111111||||||||4|abcd|01020304|||||||1||||||||||||||||||",
        "eth:ethertype:ip:udp:rtcp|RTCP|Application specific   subtype=5|2|||204|3||||||0x11111111||||||||5||01020304|||||||1||||||||||||||||||Application name is not a string",
        "eth:ethertype:ip:udp:rtcp|RTCP|Payload-specific Feedback   FIR  |2|||206|4|0x22222222|0x00000000||||||||||||||||||4|0x11111111|5|1||||||||||||||||||",
        "eth:ethertype:ip:udp:rtcp|RTCP|Sender Report   [Malformed Packet]|2|1||200|6|0x11111111||Feb  7, 2036 06:28:17.000000000 UTC|3|5||||||||||||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:data|UDP|40000 → 40002 Len=8||||||||||||||||||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:sip:sdp|SIP/SDP|Request: INVITE sip:bob@10.0.0.6 | ||||||||||||||||||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:rtp|RTP|PT=ITU-T G.711 PCMU, SSRC=0x33333333, Seq=1, Time=160, Mark|||||||||||||||||||||||||||||2|0|0|0|1|0|1|160|0x33333333||||||ffffffff|||",
        "eth:ethertype:ip:udp:rtp|RTP|PT=ITU-T G.711 PCMA, SSRC=0x44444444, Seq=2, Time=320|||||||||||||||||||||||||||||2|0|1|2|0|8|2|320|0x44444444|0x55555555,0x66666666|0xbede|1|1|ff|d5d5|||",
        "eth:ethertype:ip:udp:rtp|RTP|PT=ITU-T G.711 PCMU, SSRC=0x33333333, Seq=3, Time=320|||||||||||||||||||||||||||||2|1|0|0|0|0|3|320|0x33333333||||||ff|ff00|3|",
        "eth:ethertype:ip:udp:rtcp|RTCP|Receiver Report   |2|0||201|1|0x44444444||||||||||||||||||||||1||||||||||||||||||",
        "eth:ethertype:ip:udp:data|UDP|31000 → 20002 Len=14||||||||||||||||||||||||||||||||||||||||||||||",
    ];
    assert_eq!(rows, want);
}

/// LDP hellos (and what else a datagram to UDP 646 may hold) as tshark
/// 4.0's packet-ldp.c shows them: a link hello (common hello parameters,
/// IPv4 transport address, GTSM not supported), a targeted hello with the
/// GTSM flag (both set: tshark's error note), configuration sequence
/// number and IPv6 transport address, a hello with an unknown and a
/// vendor-private TLV, a message length shorter than its header (`Bad
/// Message Length`), a notification's status TLV, an address withdrawal
/// whose address list has a byte left over, a hello parameters TLV of
/// length 0 at the PDU's end (read past it: malformed), and version 2
/// (not LDP: data). Expected cells: tshark 4.0.17 on the same bytes.
#[test]
fn ldp_udp_as_tshark() {
    let messages = [
        "0001001e0a0000010000 01000014000000010400 0004000f0000 04010004 0a000001",
        "000100320a0000020000 01000028000000020400 0004002da000 04020004 00000007 \
         04030010 20010db8000000000000000000000001",
        "000100260a0000030000 0100001c0000000304000004000f4000 01230002abcd \
         3e0100060000000901be",
        "0001000e010203040000 0100000000000000",
        "0001001c0a0000040000 0001001200000005 0300000a 80000005 00000002 0100",
        "0001001d0a0000050000 030100130000000601010 00b00010a0000010a000002ff",
        "000100120a0000060000 0100000800000007 04000000",
        "000200120a0000060000 0100000800000007",
    ];
    let frames: Vec<Vec<u8>> = messages
        .iter()
        .map(|h| {
            let h: String = h.split_whitespace().collect();
            common::udp_datagram(646, 646, &common::unhex(&h))
        })
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("ldp-udp.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "ldp.hdr.version",
        "ldp.hdr.pdu_len",
        "ldp.hdr.ldpid.lsr",
        "ldp.hdr.ldpid.lsid",
        "ldp.msg.ubit",
        "ldp.msg.type",
        "ldp.msg.len",
        "ldp.msg.id",
        "ldp.msg.tlv.unknown",
        "ldp.msg.tlv.type",
        "ldp.msg.tlv.len",
        "ldp.msg.tlv.value",
        "ldp.msg.tlv.hello.hold",
        "ldp.msg.tlv.hello.targeted",
        "ldp.msg.tlv.hello.requested",
        "ldp.msg.tlv.hello.gtsm",
        "ldp.msg.tlv.hello.res",
        "ldp.msg.tlv.ipv4.taddr",
        "ldp.msg.tlv.hello.cnf_seqno",
        "ldp.msg.tlv.ipv6.taddr",
        "ldp.msg.tlv.vendor_id",
        "ldp.data",
        "ldp.msg.tlv.status.ebit",
        "ldp.msg.tlv.status.fbit",
        "ldp.msg.tlv.status.data",
        "ldp.msg.tlv.status.msg.id",
        "ldp.msg.tlv.status.msg.type",
        "ldp.msg.tlv.addrl.addr_family",
        "ldp.msg.tlv.addrl.addr",
        "data.data",
        "_ws.expert.message",
        "_ws.expert.severity",
        "_ws.expert.group",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:ldp|LDP|Hello Message |1|30|10.0.0.1|0|0|0x0100|20|0x00000001|0x00,0x00|0x0400,0x0401|4,4||15|0|0|0|0x0000|10.0.0.1|||||||||||||GTSM is not supported by the source|2097152|150994944",
        "eth:ethertype:ip:udp:ldp|LDP|Hello Message |1|50|10.0.0.2|0|0|0x0100|40|0x00000002|0x00,0x00,0x00|0x0400,0x0402,0x0403|4,4,16||45|1|0|1|0x0000||7|2001:db8::1|||||||||||ERROR - Both GTSM and Target Flag are enabled.|6291456|150994944",
        "eth:ethertype:ip:udp:ldp|LDP|Hello Message |1|38|10.0.0.3|0|0|0x0100|28|0x00000003|0x00,0x00,0x00|0x0400,0x0123,0x3e01|4,2,6|abcd|15|0|1|0|0x0000||||0x00000009|01be|||||||||GTSM is not supported by the source|2097152|150994944",
        "eth:ethertype:ip:udp:ldp|LDP|Bad Message Length |1|14|1.2.3.4|0|||||||||||||||||||||||||||Error processing Message Length: length is 0, should be >= 4|8388608|117440512",
        "eth:ethertype:ip:udp:ldp|LDP|Notification Message |1|28|10.0.0.4|0|0|0x0001|18|0x00000005|0x00|0x0300|10||||||||||||1|0|0x00000005|0x00000002|0x0100||||||",
        "eth:ethertype:ip:udp:ldp|LDP|Address Withdrawal Message |1|29|10.0.0.5|0|0|0x0301|19|0x00000006|0x00|0x0101|11|||||||||||||||||1|10.0.0.1,10.0.0.2||Error processing TLV: Extra data at end of address list|8388608|150994944",
        "eth:ethertype:ip:udp:ldp|LDP|Hello Message [Malformed Packet]|1|18|10.0.0.6|0|0|0x0100|8|0x00000007|0x00|0x0400|0||||||||||||||||||||Malformed Packet (Exception occurred)|8388608|117440512",
        "eth:ethertype:ip:udp:data|UDP|646 → 646 Len=18||||||||||||||||||||||||||||||000200120a00000600000100000800000007|||",
    ];
    assert_eq!(rows, want);
}

/// MPLS Echo (LSP ping, UDP 3503) as tshark 4.0's packet-mpls-echo.c shows
/// it: an echo request with an LDP IPv4 prefix FEC (padded), a reply with
/// a downstream mapping (IPv4, multipath IP address, a label), a request
/// with an RSVP IPv4 FEC, a pad and a vendor code TLV, a reply with
/// errored TLVs, reply TOS and BFD discriminator, a FEC sub-TLV longer
/// than its stack, a data plane verification request (16-byte fixed part)
/// with an unknown TLV and a TLV header cut to 2 bytes. Expected cells:
/// tshark 4.0.17 on the same bytes.
#[test]
fn mpls_echo_as_tshark() {
    let req = "0001000001020000 00000007 00000001 e84b311400007360 0000000000000000";
    let rep = "0001000002020301 00000007 00000001 e84b311400007360 e84b311400008000";
    let messages = [
        format!("{req} 0001000c 00010005 0a000001 20000000"),
        format!("{rep} 00020018 05dc0100 0a000002 0a000003 02000004 7f000001 00012103"),
        format!(
            "{req} 00010018 00030014 0a000001 00000001 0a000002 0a000003 00000004 \
             00030003 01aabb 00050004 00000009"
        ),
        format!("{rep} 00090006 12340002 abcd 000a0004 c0000000 000f0004 00000042"),
        format!("{req} 00010008 00010010 0a000001"),
        "0001000003020000 00000001 00000002 0abc0002 1122".to_string(),
        format!("{rep} 0001"),
    ];
    let frames: Vec<Vec<u8>> = messages
        .iter()
        .map(|h| {
            let h: String = h.split_whitespace().collect();
            common::udp_datagram(3503, 3503, &common::unhex(&h))
        })
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("mpls-echo.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "mpls_echo.version",
        "mpls_echo.flags",
        "mpls_echo.flag_v",
        "mpls_echo.mbz",
        "mpls_echo.msg_type",
        "mpls_echo.reply_mode",
        "mpls_echo.return_code",
        "mpls_echo.return_subcode",
        "mpls_echo.sender_handle",
        "mpls_echo.sequence",
        "mpls_echo.timestamp_sent",
        "mpls_echo.timestamp_rec",
        "mpls_echo.tlv.type",
        "mpls_echo.tlv.len",
        "mpls_echo.tlv.value",
        "mpls_echo.tlv.fec.type",
        "mpls_echo.tlv.fec.len",
        "mpls_echo.tlv.fec.ldp_ipv4",
        "mpls_echo.tlv.fec.ldp_ipv4_mask",
        "mpls_echo.padding",
        "mpls_echo.tlv.fec.rsvp_ipv4_ep",
        "mpls_echo.tlv.fec.rsvp_ipv4_ext_tun_id",
        "mpls_echo.tlv.fec.rsvp_ip_lsp_id",
        "mpls_echo.tlv.pad_action",
        "mpls_echo.tlv.pad_padding",
        "mpls_echo.tlv.vendor_id",
        "mpls_echo.tlv.ds_map.mtu",
        "mpls_echo.tlv.ds_map.ds_ip",
        "mpls_echo.tlv.ds_map.hash_type",
        "mpls_echo.tlv.ds_map.multi_len",
        "mpls_echo.tlv.ds_map_mp.ip",
        "mpls_echo.tlv.ds_map.mp_label",
        "mpls_echo.tlv.ds_map.mp_exp",
        "mpls_echo.tlv.ds_map.mp_bos",
        "mpls_echo.tlv.ds_map.mp_proto",
        "mpls_echo.tlv.errored.type",
        "mpls_echo.tlv.reply.tos",
        "mpls_echo.bfd_discriminator",
        "data.data",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:mpls-echo|MPLS ECHO|MPLS Echo Request|1|0x0000|0||1|2|0|0|0x00000007|1|Jul  1, 2023 23:11:16.000006876 UTC|Jan  1, 1970 00:00:00.000000000 UTC|1|12||1|5|10.0.0.1|32|000000||||||||||||||||||||",
        "eth:ethertype:ip:udp:mpls-echo|MPLS ECHO|MPLS Echo Reply|1|0x0000|0||2|2|3|1|0x00000007|1|Jul  1, 2023 23:11:16.000006876 UTC|Jul  1, 2023 23:11:16.000007629 UTC|2|24|||||||||||||1500|10.0.0.2|2|4|127.0.0.1|18|0|1|3|||||",
        "eth:ethertype:ip:udp:mpls-echo|MPLS ECHO|MPLS Echo Request|1|0x0000|0||1|2|0|0|0x00000007|1|Jul  1, 2023 23:11:16.000006876 UTC|Jan  1, 1970 00:00:00.000000000 UTC|1,3,5|24,3,4||3|20||||10.0.0.1|0x0a000002|4|1|aabb|9||||||||||||||",
        "eth:ethertype:ip:udp:mpls-echo|MPLS ECHO|MPLS Echo Reply|1|0x0000|0||2|2|3|1|0x00000007|1|Jul  1, 2023 23:11:16.000006876 UTC|Jul  1, 2023 23:11:16.000007629 UTC|9,10,15|6,2,4,4|abcd|||||||||||||||||||||4660|192|0x00000042||",
        "eth:ethertype:ip:udp:mpls-echo|MPLS ECHO|MPLS Echo Request[Malformed Packet]|1|0x0000|0||1|2|0|0|0x00000007|1|Jul  1, 2023 23:11:16.000006876 UTC|Jan  1, 1970 00:00:00.000000000 UTC|1|8||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:mpls-echo|MPLS ECHO|MPLS Data Plane Verification Request|1|||0x0000|3|2|0|0|0x00000001|2|||2748|2|1122|||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:mpls-echo|MPLS ECHO|MPLS Echo Reply|1|0x0000|0||2|2|3|1|0x00000007|1|Jul  1, 2023 23:11:16.000006876 UTC|Jul  1, 2023 23:11:16.000007629 UTC||||||||||||||||||||||||||||Error processing TLV: length is 2, should be >= 4",
    ];
    assert_eq!(rows, want);
}

/// A PGM packet (IP protocol 113) from port 1000 to 2000 with GSI
/// 0a0b0c0d0e0f: `ptype`, header options `opts`, TSDU length `tsdu` and
/// `body` (type body, options, data); its checksum right, or `ck`.
fn pgm_packet(ptype: u8, opts: u8, tsdu: u16, body: &[u8], ck: Option<u16>) -> Vec<u8> {
    let mut m = vec![0x03, 0xe8, 0x07, 0xd0, ptype, opts, 0, 0];
    m.extend_from_slice(&[0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f]);
    m.extend_from_slice(&tsdu.to_be_bytes());
    m.extend_from_slice(body);
    let ck = ck.unwrap_or_else(|| common::inet_checksum(&[&m]));
    m[6..8].copy_from_slice(&ck.to_be_bytes());
    m
}

/// PGM as tshark 4.0.17 shows it: an SPM, ODATA with options (PGMCC data,
/// fragment, parity) handing its payload to data, RDATA with a zero
/// checksum (bad: tshark adds the checksum through its one-byte status
/// field, so the status holds the first byte and the "should be" comes
/// from it), a NAK with a NAK list over IPv6, an NNAK without checksum,
/// an NCF with a bad one, a POLL of an unknown address family and
/// subtype, a POLR, an ACK, a type tshark does not know (0x0b: no item,
/// not in frame.protocols), 17 bytes (declined: IP's data), 18 bytes
/// (thrown before any item), an SPM cut after its sequence number, an
/// SPM whose options begin with a join (not the length option), one with
/// join, redirect and PGMCC feedback and two bytes left over, one whose
/// option runs past the packet, and an SPM an ICMP error quotes.
/// Expected cells: tshark 4.0.17 on the same bytes.
#[test]
fn pgm_as_tshark() {
    let v4 = |a: [u8; 4]| [&[0, 1, 0, 0][..], &a].concat();
    let v6: Vec<u8> = [&[0, 2, 0, 0][..], &[0x20, 1, 0x0d, 0xb8], &[0; 11], &[1]].concat();
    let spm_body = [
        &[0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 9][..],
        &v4([10, 0, 0, 9]),
    ]
    .concat();
    let spm = |opts: &[u8]| {
        let flag = u8::from(!opts.is_empty());
        pgm_packet(0, flag, 0, &[&spm_body[..], opts].concat(), None)
    };
    let ccdata = [
        0x12, 16, 0, 0, 0x11, 0x22, 0x33, 0x44, 0, 1, 0, 0, 1, 2, 3, 4,
    ];
    let fragment = [0x01, 16, 0, 0, 0, 0, 0, 7, 0, 0, 0, 100, 0, 0, 0x0b, 0xb8];
    let parity = [0x88, 8, 0, 3, 0, 0, 0, 16];
    let odata_opts = [&[0, 4, 0, 44][..], &ccdata, &fragment, &parity].concat();
    let naks: Vec<u8> = (0u32..10).flat_map(|i| (i * 0x101).to_be_bytes()).collect();
    let nak_list = [&[0x82, 44, 0, 0][..], &naks].concat();
    let nak = pgm_packet(
        8,
        1,
        0,
        &[
            &[0, 0, 0, 7][..],
            &v6,
            &v4([239, 1, 2, 3]),
            &[0, 4, 0, 48],
            &nak_list,
        ]
        .concat(),
        None,
    );
    let poll = pgm_packet(
        1,
        0,
        0,
        &[
            &[0, 0, 0, 3, 0, 4, 0, 9, 0, 7, 0, 0][..],
            &[0, 0, 0, 100, 0, 0, 0x0a, 0xbc, 0, 0, 0, 0xff],
        ]
        .concat(),
        None,
    );
    let join = [0x03, 8, 0, 0, 0, 0, 0, 0x55];
    let redirect = [&[0x07, 24, 0, 0][..], &v6].concat();
    let feedback = [0x13, 16, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0x77, 10, 0, 0, 1];
    let many = [&[0, 4, 0, 54][..], &join, &redirect, &feedback, b"zz"].concat();
    let quoted = {
        let mut f = ipv4_around(113, &spm(&[]));
        f.drain(..14);
        f.truncate(20 + 22);
        f
    };
    let frames = vec![
        ipv4_around(113, &spm(&[])),
        ipv4_around(
            113,
            &pgm_packet(
                4,
                1,
                5,
                &[&[0, 0, 0, 16, 0, 0, 0, 2][..], &odata_opts, b"hello"].concat(),
                None,
            ),
        ),
        ipv4_around(
            113,
            &pgm_packet(5, 0, 5, b"\0\0\0\x10\0\0\0\x02hello", Some(0)),
        ),
        ipv4_around(113, &nak),
        ipv4_around(
            113,
            &pgm_packet(
                9,
                0,
                0,
                &[&[0, 0, 0, 7][..], &v4([1, 2, 3, 4]), &v4([5, 6, 7, 8])].concat(),
                Some(0),
            ),
        ),
        ipv4_around(
            113,
            &pgm_packet(
                10,
                0,
                0,
                &[&[0, 0, 0, 7][..], &v4([1, 2, 3, 4]), &v4([5, 6, 7, 8])].concat(),
                Some(0x1234),
            ),
        ),
        ipv4_around(113, &poll),
        ipv4_around(113, &pgm_packet(2, 0, 0, &[0, 0, 0, 3, 0, 4, 0, 0], None)),
        ipv4_around(
            113,
            &pgm_packet(0x0d, 0, 0, &[0, 0, 0, 3, 0, 0, 0xff, 0xff], None),
        ),
        ipv4_around(
            113,
            &pgm_packet(0x0b, 0, 0, &[0, 0, 0, 3, 0, 0, 0xff, 0xff], None),
        ),
        ipv4_around(113, &spm(&[])[..17]),
        ipv4_around(113, &spm(&[])[..18]),
        ipv4_around(113, &spm(&[])[..22]),
        ipv4_around(113, &spm(&join)),
        ipv4_around(113, &spm(&many)),
        ipv4_around(113, &spm(&[0, 4, 0, 12, 3, 20, 0, 0, 1, 2, 3, 4])),
        icmp_of(3, &quoted),
    ];
    common::keep_crafted("pgm.pcap", &common::pcap_of(1, 1_700_000_000, &frames));
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "pgm.hdr.type",
            "pgm.hdr.opts",
            "pgm.hdr.cksum",
            "pgm.hdr.cksum.status",
            "pgm.spm.sqn",
            "pgm.spm.path.ipv4",
            "pgm.nak.src.ipv6",
            "pgm.nak.grp.ipv4",
            "pgm.poll.subtype",
            "pgm.poll.pathafi",
            "pgm.poll.backoff_ivl",
            "pgm.polr.round",
            "pgm.ack.bitmap",
            "pgm.opts.type",
            "pgm.opts.tlen",
            "pgm.genopts.end",
            "pgm.genopts.type",
            "pgm.genopts.len",
            "pgm.opts.nak.list",
            "pgm.opts.join.min_join",
            "pgm.opts.ccdata.tstamp",
            "pgm.opts.ccdata.acker.ipv4",
            "pgm.opts.ccdata.lossrate",
            "pgm.opts.redirect.dlr.ipv6",
            "pgm.opts.fragment.total_length",
            "pgm.opts.parity_prm.op",
            "data.len",
            "_ws.malformed",
            "_ws.expert.message",
        ],
    );
    let got: Vec<String> = got.iter().map(|r| r.replace('\t', "|")).collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:pgm|PGM|SPM   sqn 0x5 gsi 0a0b0c0d0e0f|0x00|0x00||198,1|0x00000005|10.0.0.9|||||||||||||||||||||||",
        "eth:ethertype:ip:pgm:data|PGM|ODATA sqn 0x10 gsi 0a0b0c0d0e0f tsdulen 5|0x04|0x01||152,1|0x00000010|||||||||0x00|44|0,0,1|0x12,0x01,0x08|16,16,8|||0x3344|1.2.3.4|||3000|0x03|5||",
        "eth:ethertype:ip:pgm:data|PGM|RDATA sqn 0x10 gsi 0a0b0c0d0e0f tsdulen 5|0x05|0x00||0,0|0x00000010||||||||||||||||||||||5||Bad checksum [should be 0x8737]",
        "eth:ethertype:ip:pgm|PGM|NAK   sqn 0x7 gsi 0a0b0c0d0e0f|0x08|0x01||249,1|||2001:db8::1|239.1.2.3||||||0x00|48|1|0x02|44|3078302030783130312030783230322030783330332030783430342030783530,3078383038203078||||||||||",
        "eth:ethertype:ip:pgm|PGM|NNAK  sqn 0x7 gsi 0a0b0c0d0e0f|0x09|0x00|0x0000|3||||5.6.7.8|||||||||||||||||||||",
        "eth:ethertype:ip:pgm|PGM|NCF   sqn 0x7 gsi 0a0b0c0d0e0f|0x0a|0x00||18,0||||5.6.7.8|||||||||||||||||||||Bad checksum [should be 0xa3e1]",
        "eth:ethertype:ip:pgm|PGM|POLL  sqn 0x3 gsi 0a0b0c0d0e0f subtype Unknown (0x09)|0x01|0x00||194,1|||||0x0009|7|100||||||||||||||||||Can't handle this address format",
        "eth:ethertype:ip:pgm|PGM|POLR  sqn 0x3 gsi 0a0b0c0d0e0f|0x02|0x00||206,1||||||||4|||||||||||||||||",
        "eth:ethertype:ip:pgm|PGM|ACK   sqn 0x3 gsi 0a0b0c0d0e0f|0x0d|0x00||195,1|||||||||0x0000ffff||||||||||||||||",
        "eth:ethertype:ip|PGM||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:data|IPv4|PGM (113)|||||||||||||||||||||||||||17||",
        "eth:ethertype:ip:pgm|PGM|[Malformed Packet]||||||||||||||||||||||||||||[Malformed Packet: PGM],_ws.malformed|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:pgm|PGM|SPM   sqn 0x5 gsi 0a0b0c0d0e0f[Malformed Packet]|0x00|0x00||198,0|0x00000005|||||||||||||||||||||||[Malformed Packet: PGM],_ws.malformed|Bad checksum [should be 0xada],Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:pgm|PGM|SPM   sqn 0x5 gsi 0a0b0c0d0e0f|0x00|0x01||194,1|0x00000005|10.0.0.9||||||||0x03|||||||||||||||SPM Options - initial option is Join, should be Length",
        "eth:ethertype:ip:pgm|PGM|SPM   sqn 0x5 gsi 0a0b0c0d0e0f|0x00|0x01||245,1|0x00000005|10.0.0.9||||||||0x00|54|0,0,0|0x03,0x07,0x13|8,24,16||0x00000055|0x0001|10.0.0.1|0x0077|2001:db8::1|||||Remaining total options length doesn't have enough for an options header",
        "eth:ethertype:ip:pgm|PGM|SPM   sqn 0x5 gsi 0a0b0c0d0e0f[Malformed Packet]|0x00|0x01||190,1|0x00000005|10.0.0.9||||||||0x00|12|||||||||||||[Malformed Packet: PGM],_ws.malformed|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:icmp:ip:pgm|ICMP|Destination unreachable (Network unreachable)|0x00|0x00||198,0|0x00000005||||||||||||||||||||||||Bad checksum [should be 0xada]",
    ];
    assert_eq!(got, want);
}

/// An RSVP object: length, class, C-type and body.
fn rsvp_obj(class: u8, ctype: u8, body: &[u8]) -> Vec<u8> {
    let mut o = ((body.len() + 4) as u16).to_be_bytes().to_vec();
    o.extend_from_slice(&[class, ctype]);
    o.extend_from_slice(body);
    o
}

/// An RSVP message of type `mtype` carrying `objs`, its checksum right.
fn rsvp_msg(mtype: u8, objs: &[&[u8]]) -> Vec<u8> {
    let body = objs.concat();
    let mut m = vec![0x10, mtype, 0, 0, 64, 0];
    m.extend_from_slice(&((8 + body.len()) as u16).to_be_bytes());
    m.extend_from_slice(&body);
    let ck = common::inet_checksum(&[&m]);
    m[2..4].copy_from_slice(&ck.to_be_bytes());
    m
}

/// RSVP (IP protocol 46 and UDP 3455) as tshark 4.0.17 shows it: a Path
/// with SESSION, HOP, TIME VALUES, EXPLICIT ROUTE (strict and loose IPv4,
/// label), SESSION ATTRIBUTE, LABEL REQUEST, SENDER TEMPLATE and an
/// IntServ SENDER TSPEC (Info: the session and sender summaries); a Resv
/// with an LSP session, IPv6 HOP, STYLE, FLOWSPEC, FILTER SPEC, RECORD
/// ROUTE, CONFIRM and SCOPE; a PathErr's ERROR_SPECs (an admission value
/// tshark leaves out, an unknown-class error's class, IPv6, empty, an
/// unknown C-type); an Ack's MESSAGE-IDs (the ACK without the hidden
/// C-type); FAST-REROUTE (both C-types and a bad length) and DETOUR (its
/// addresses byte-reversed, as tshark's); a Hello with HELLO, RESTART
/// CAPABILITY, GENERALIZED UNI and a vendor-private object; an unknown
/// message type with unknown C-types; a Bundle; an object under 4 bytes;
/// RSVP over UDP; an ADSPEC with an unknown parameter; a GENERALIZED UNI
/// subobject longer than the message. Expected cells: tshark 4.0.17 on
/// the same bytes.
#[test]
fn rsvp_as_tshark() {
    let v6: Vec<u8> = (0x20u8..0x30).collect();
    let sess4 = rsvp_obj(1, 1, &[10, 9, 9, 9, 17, 1, 0x13, 0x88]);
    let sess7 = rsvp_obj(1, 7, &[10, 33, 0, 1, 0, 0, 0, 4, 10, 31, 0, 1]);
    let hop4 = rsvp_obj(3, 1, &[10, 1, 2, 1, 0, 0, 0, 7]);
    let hop6 = rsvp_obj(3, 2, &[&v6[..], &[0, 0, 0, 9]].concat());
    let time = rsvp_obj(5, 1, &30000u32.to_be_bytes());
    let st4 = rsvp_obj(11, 1, &[10, 0, 0, 1, 0, 0, 0x17, 0x70]);
    let st7 = rsvp_obj(11, 7, &[10, 31, 69, 1, 0, 0, 0, 1]);
    let fs7 = rsvp_obj(10, 7, &[10, 31, 69, 1, 0, 5, 0, 2]);
    let bucket: Vec<u8> = [
        &[127, 0, 0, 5][..],
        &1250.5f32.to_be_bytes(),
        &1000f32.to_be_bytes(),
        &64f32.to_be_bytes(),
        &32u32.to_be_bytes(),
        &1500u32.to_be_bytes(),
    ]
    .concat();
    let tspec = rsvp_obj(12, 2, &[&[0, 0, 0, 7, 1, 0, 0, 6][..], &bucket].concat());
    let flow = rsvp_obj(9, 2, &[&[0, 0, 0, 7, 5, 0, 0, 6][..], &bucket].concat());
    let ero = rsvp_obj(
        20,
        1,
        &[
            1, 8, 10, 1, 2, 2, 32, 0, 0x81, 8, 10, 2, 3, 2, 24, 0, 3, 8, 0, 1, 0, 0, 0, 16,
        ],
    );
    let attr = rsvp_obj(207, 7, &[7, 7, 4, 5, b'a', b'b', b'c', b'd', b'e', 0, 0, 0]);
    let lreq = rsvp_obj(19, 1, &[0, 0, 8, 0]);
    let style = rsvp_obj(8, 1, &[0, 0, 0, 0x12]);
    let rro = rsvp_obj(21, 1, &[1, 8, 10, 1, 2, 2, 32, 1]);
    let confirm = rsvp_obj(15, 1, &[10, 5, 5, 5]);
    let scope = rsvp_obj(7, 1, &[1, 1, 1, 1, 2, 2, 2, 2]);
    let err_adm = rsvp_obj(6, 1, &[10, 7, 7, 7, 4, 1, 0, 0x42]);
    let err_class = rsvp_obj(6, 1, &[10, 7, 7, 8, 3, 13, 0x0c, 7]);
    let err6 = rsvp_obj(6, 2, &[&v6[..], &[1, 24, 0, 5]].concat());
    let err_empty = rsvp_obj(6, 1, &[]);
    let err_unknown = rsvp_obj(6, 9, &[1, 2, 3, 4]);
    let msgid = rsvp_obj(23, 1, &[1, 0, 0, 5, 0, 0, 0, 77]);
    let msgid_ack = rsvp_obj(24, 1, &[0, 0, 0, 6, 0, 0, 0, 78]);
    let frr1 = rsvp_obj(
        205,
        1,
        &[
            &[7, 7, 3, 1][..],
            &100f32.to_be_bytes(),
            &[0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3],
        ]
        .concat(),
    );
    let frr7 = rsvp_obj(
        205,
        7,
        &[
            &[1, 2, 3, 2][..],
            &2.5f32.to_be_bytes(),
            &[0, 0, 0, 4, 0, 0, 0, 5],
        ]
        .concat(),
    );
    let frr_bad = rsvp_obj(205, 1, &[0; 16]);
    let detour = rsvp_obj(
        63,
        7,
        &[1, 0, 0, 1, 1, 0, 0, 2, 1, 0, 0, 3, 1, 0, 0, 4, 0, 0, 0, 0],
    );
    let hello = rsvp_obj(22, 1, &[0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]);
    let restart = rsvp_obj(131, 1, &[0, 1, 0xd4, 0xc0, 0, 0, 0, 5]);
    let guni = rsvp_obj(
        229,
        1,
        &[
            &[0, 8, 1, 1, 10, 0, 0, 9][..],
            &[0, 20, 2, 2],
            &v6,
            &[0, 8, 1, 9, 1, 2, 3, 4],
        ]
        .concat(),
    );
    let private = rsvp_obj(252, 3, &[0, 0, 0, 9, 0xaa, 0xbb]);
    let unknown = rsvp_obj(134, 1, &[0, 0, 0, 3]);
    let defaults: Vec<Vec<u8>> = vec![
        rsvp_obj(1, 99, &[1, 2, 3, 4]),
        rsvp_obj(3, 9, &[5, 6]),
        rsvp_obj(5, 2, &[7]),
        rsvp_obj(8, 3, &[1, 2, 3, 4]),
        rsvp_obj(11, 5, &[9, 9]),
        rsvp_obj(12, 9, &[1]),
        rsvp_obj(20, 2, &[2, 2]),
        rsvp_obj(23, 5, &[3]),
        rsvp_obj(24, 9, &[7]),
        rsvp_obj(205, 3, &[]),
    ];
    let defaults: Vec<&[u8]> = defaults.iter().map(Vec::as_slice).collect();
    let adspec = rsvp_obj(
        13,
        1,
        &[
            &[
                0, 0, 0, 6, 1, 0x80, 0, 5, 4, 0, 0, 1, 0, 0, 0, 3, 99, 0, 0, 1, 0, 0, 0, 5,
            ][..],
            &[6, 0, 0, 1],
            &100f32.to_be_bytes(),
        ]
        .concat(),
    );
    let guni_long = rsvp_obj(229, 1, &[0x7f, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let bundled = rsvp_msg(20, &[&hello]);
    let frames = vec![
        ipv4_around(
            46,
            &rsvp_msg(1, &[&sess4, &hop4, &time, &ero, &attr, &lreq, &st4, &tspec]),
        ),
        ipv4_around(
            46,
            &rsvp_msg(
                2,
                &[
                    &sess7, &hop6, &time, &style, &flow, &fs7, &rro, &confirm, &scope,
                ],
            ),
        ),
        ipv4_around(
            46,
            &rsvp_msg(
                3,
                &[
                    &sess4,
                    &err_adm,
                    &err_class,
                    &err6,
                    &err_empty,
                    &err_unknown,
                    &st7,
                ],
            ),
        ),
        ipv4_around(46, &rsvp_msg(13, &[&msgid_ack, &msgid])),
        ipv4_around(
            46,
            &rsvp_msg(1, &[&sess7, &frr1, &frr7, &frr_bad, &detour, &st7]),
        ),
        ipv4_around(
            46,
            &rsvp_msg(20, &[&hello, &restart, &guni, &private, &unknown]),
        ),
        ipv4_around(46, &rsvp_msg(99, &defaults)),
        ipv4_around(46, &rsvp_msg(12, &[&bundled])),
        ipv4_around(46, &rsvp_msg(6, &[&rsvp_obj(1, 99, &[]), &[0, 2, 3, 1]])),
        ipv4_around(
            17,
            &udp_of(3455, 3455, &rsvp_msg(5, &[&sess4, &hop4, &st4])),
        ),
        ipv4_around(46, &rsvp_msg(2, &[&sess4, &adspec])),
        ipv4_around(46, &rsvp_msg(20, &[&guni_long])),
    ];
    common::keep_crafted("rsvp.pcap", &common::pcap_of(1, 1_700_000_000, &frames));
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "rsvp.msg",
            "rsvp.message_checksum",
            "rsvp.object",
            "rsvp.ctype",
            "rsvp.length",
            "rsvp.session.ip",
            "rsvp.session.port",
            "rsvp.extended_tunnel_id",
            "rsvp.hop.neighbor_address_ipv4",
            "rsvp.neighbor_address_ipv6",
            "rsvp.refresh_interval",
            "rsvp.loose_hop",
            "rsvp.ero_rro_subobjects.ipv4_hop",
            "rsvp.ero_rro_subobjects.label",
            "rsvp.session_attribute.name",
            "rsvp.sa.flags.se_style",
            "rsvp.label_request.l3pid",
            "rsvp.sender.ip",
            "rsvp.sender.lsp_id",
            "rsvp.tspec.token_bucket_rate",
            "rsvp.maximum_packet_size",
            "rsvp.style.style",
            "rsvp.flowspec.peak_data_rate",
            "rsvp.rro.flags.local_avail",
            "rsvp.confirm.receiver_address_ipv4",
            "rsvp.scope.ipv4_address",
            "rsvp.error.error_code",
            "rsvp.error_value",
            "rsvp.class",
            "rsvp.message_id_ack.message_id",
            "rsvp.message_id.epoch",
            "rsvp.fast_reroute.bandwidth",
            "rsvp.detour.plr_id",
            "rsvp.hello.source_instance",
            "rsvp.restart_cap.restart_time",
            "rsvp.guni.srctna.ipv4",
            "rsvp.guni.dsttna.ipv6",
            "rsvp.type",
            "rsvp.class_length",
            "rsvp.obj_private.enterprise",
            "rsvp.private.data",
            "rsvp.unknown.data",
            "rsvp.session.data",
            "rsvp.adspec.type",
            "rsvp.adspec.uint",
            "rsvp.adspec.float",
            "_ws.malformed",
            "_ws.expert.message",
        ],
    );
    let got: Vec<String> = got.iter().map(|r| r.replace('\t', "|")).collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:rsvp|RSVP|PATH Message. SESSION: IPv4, Destination 10.9.9.9, Protocol 17, Port 5000. SENDER TEMPLATE: IPv4, Sender 10.0.0.1, Port 6000. |1|0x09ef|1,3,5,20,207,19,11,12|1,1,1,1,1,7,1,1,2|12,12,8,28,16,8,12,36|10.9.9.9|5000||10.1.2.1||30000|0,1,0|10.1.2.2,10.2.3.2|16|abcde|1|0x0800|10.0.0.1||1250.5|1500|||||||||||||||||1,1,3||||||||||",
        "eth:ethertype:ip:rsvp|RSVP|RESV Message. SESSION: IPv4-LSP, Destination 10.33.0.1, Short Call ID 0, Tunnel ID 4, Ext ID a1f0001. FILTERSPEC: IPv4-LSP, Tunnel Source: 10.31.69.1, Short Call ID: 5, LSP ID: 2. |2|0x6612|1,3,5,8,9,10,21,15,7|7,2,1,1,2,7,1,1,1|16,24,8,8,36,12,12,8,12|10.33.0.1||169803777||2021:2223:2425:2627:2829:2a2b:2c2d:2e2f|30000||10.1.2.2|||||10.31.69.1|2||1500|0x000012|64|1|10.5.5.5|1.1.1.1,2.2.2.2||||||||||||1||||||||||",
        "eth:ethertype:ip:rsvp|RSVP|PATH ERROR Message. SESSION: IPv4, Destination 10.9.9.9, Protocol 17, Port 5000. SENDER TEMPLATE: IPv4-LSP, Tunnel Source: 10.31.69.1, Short Call ID: 0, LSP ID: 1. |3|0x8aa1|1,6,6,6,6,6,11|1,1,1,2,1,9,7|12,12,12,24,4,8,12|10.9.9.9|5000|||||||||||10.31.69.1|1||||||||1,13,24|5|12|||||||||||||||||||",
        "eth:ethertype:ip:rsvp|RSVP|ACK Message. |13|0x7f12|24,23|1|12,12|||||||||||||||||||||||||78|5|||||||||||||||||",
        "eth:ethertype:ip:rsvp|RSVP|PATH Message. SESSION: IPv4-LSP, Destination 10.33.0.1, Short Call ID 0, Tunnel ID 4, Ext ID a1f0001. SENDER TEMPLATE: IPv4-LSP, Tunnel Source: 10.31.69.1, Short Call ID: 0, LSP ID: 1. |1|0x0479|1,205,205,205,63,11|7,1,7,1,7,7|16,24,20,20,24,12|10.33.0.1||169803777||||||||||10.31.69.1|1|||||||||||||100,2.5|1.0.0.1,3.0.0.1||||||||||||||_ws.malformed,_ws.malformed|Invalid length: cannot decode,Invalid length: cannot decode",
        "eth:ethertype:ip:rsvp|RSVP|HELLO Message. |20|0xd2d1|22,131,229,252,134|1,1,1,3,1|12,12,40,10,8||||||||||||||||||||||||1,2,1|||||0x11223344|120000|10.0.0.9|2021:2223:2425:2627:2829:2a2b:2c2d:2e2f|1,2,9|8,20,8|9|aabb|00000003||||||",
        "eth:ethertype:ip:rsvp|RSVP|Unknown (99). SESSION: Type 99. SENDER TEMPLATE: Type 5. |99|0x5765|1,3,5,8,11,12,20,23,24,205|99,9,2,3,5,9,2,5,3|8,6,5,8,6,5,6,5,5,4||||||||||||||||||||||||||||||||||||||01020304|||||Unknown session type",
        "eth:ethertype:ip:rsvp|RSVP|Component Messages Dissected|12,20|0xafd7,0x8875|22|1|12|||||||||||||||||||||||||||||0x11223344||||||||||||||Unknown session type",
        "eth:ethertype:ip:rsvp|RSVP|RESV TEAR Message. SESSION: Type 99. |6|0xab7f|1|99|4,2||||||||||||||||||||||||||||||||||||||<MISSING>||||_ws.malformed|Length: 2 (bogus, must be >= 4),Unknown session type",
        "eth:ethertype:ip:udp:rsvp|RSVP|PATH TEAR Message. SESSION: IPv4, Destination 10.9.9.9, Protocol 17, Port 5000. SENDER TEMPLATE: IPv4, Sender 10.0.0.1, Port 6000. |5|0x3b92|1,3,11|1,1,1|12,12,12|10.9.9.9|5000||10.1.2.1|||||||||10.0.0.1||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:rsvp|RSVP|RESV Message. SESSION: IPv4, Destination 10.9.9.9, Protocol 17, Port 5000. |2|0xb899|1,13|1,1|12,36|10.9.9.9|5000|||||||||||||||||||||||||||||||||||||4,99,6|3|100||Unknown type",
        "eth:ethertype:ip:rsvp|RSVP|HELLO Message. [Malformed Packet]|20|0x4bbd|229|1|16||||||||||||||||||||||||||||||||||||||||||[Malformed Packet: RSVP],_ws.malformed|Malformed Packet (Exception occurred)",
    ];
    assert_eq!(got, want);
}

/// SRVLOC on UDP 427, versions 1 and 2: every function (an SA
/// Advertisement is unknown to version 1), URL entries with their
/// authentication blocks, a version 2 attribute list split at its commas,
/// version 1 strings in UCS-2, error codes flagged (an unknown one by its
/// number), the SA Advertisement's count showing the attribute list's
/// length, an unknown function, a URL past the message's end, an unknown
/// function with nothing left, a header cut short and a message the
/// capture cut. Expected cells: tshark 4.0.17 on the same bytes.
#[test]
fn srvloc_as_tshark() {
    fn be16(n: usize) -> [u8; 2] {
        (n as u16).to_be_bytes()
    }
    fn c(b: &[u8]) -> Vec<u8> {
        [&be16(b.len())[..], b].concat()
    }
    fn v2(function: u8, flags: u16, xid: u16, lang: &[u8], body: &[u8]) -> Vec<u8> {
        let len = (14 + lang.len() + body.len()) as u32;
        let mut m = vec![2, function];
        m.extend_from_slice(&len.to_be_bytes()[1..]);
        m.extend_from_slice(&flags.to_be_bytes());
        m.extend_from_slice(&[0, 0, 0]);
        m.extend_from_slice(&xid.to_be_bytes());
        m.extend_from_slice(&c(lang));
        m.extend_from_slice(body);
        m
    }
    fn v1(function: u8, flags: u8, xid: u16, encoding: u16, body: &[u8]) -> Vec<u8> {
        let mut m = vec![1, function];
        m.extend_from_slice(&be16(12 + body.len()));
        m.extend_from_slice(&[flags, 0, b'e', b'n']);
        m.extend_from_slice(&encoding.to_be_bytes());
        m.extend_from_slice(&xid.to_be_bytes());
        m.extend_from_slice(body);
        m
    }
    fn url2(url: &[u8], auths: &[Vec<u8>]) -> Vec<u8> {
        let mut m = vec![0, 1, 44];
        m.extend_from_slice(&c(url));
        m.push(auths.len() as u8);
        auths.iter().for_each(|a| m.extend_from_slice(a));
        m
    }
    fn auth2(spi: &[u8], secs: u32) -> Vec<u8> {
        let mut m = vec![0, 2];
        m.extend_from_slice(&be16(10 + spi.len()));
        m.extend_from_slice(&secs.to_be_bytes());
        m.extend_from_slice(&c(spi));
        m
    }
    fn auth1(block: &[u8], secs: u32, frac: u32) -> Vec<u8> {
        let mut m = secs.to_be_bytes().to_vec();
        m.extend_from_slice(&frac.to_be_bytes());
        m.extend_from_slice(&[0, 1]);
        m.extend_from_slice(&c(block));
        m
    }
    fn ucs2(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }
    let en = b"en";
    let payloads: Vec<Vec<u8>> = vec![
        v2(
            1,
            0,
            10,
            en,
            &[
                c(b"1.2.3.4"),
                c(b"service:printer"),
                c(b"DEFAULT"),
                c(b"(x=1)"),
                c(b""),
            ]
            .concat(),
        ),
        v2(
            2,
            0x4000,
            11,
            en,
            &[
                vec![0, 0, 0, 2],
                url2(b"service:printer://h1", &[]),
                url2(b"service:printer://h2", &[auth2(b"spi1", 1_600_000_000)]),
            ]
            .concat(),
        ),
        v2(
            3,
            0x4000,
            12,
            en,
            &[
                url2(b"service:x://h", &[]),
                c(b"service:x"),
                c(b"DEFAULT"),
                c(b"(a=1),(b=2),,x"),
                vec![0],
            ]
            .concat(),
        ),
        v2(
            4,
            0,
            13,
            en,
            &[c(b"DEFAULT"), url2(b"service:x://h", &[]), c(b"a,b")].concat(),
        ),
        v2(5, 0, 14, en, &[0, 3]),
        v2(
            6,
            0x2000,
            15,
            en,
            &[c(b""), c(b"service:x://h"), c(b"DEFAULT"), c(b"t"), c(b"")].concat(),
        ),
        v2(
            7,
            0,
            16,
            en,
            &[vec![0, 0], c(b"(a=1),(b=2),"), vec![0]].concat(),
        ),
        v2(
            8,
            0,
            17,
            en,
            &[
                vec![0, 0],
                1_700_000_000u32.to_be_bytes().to_vec(),
                c(b"service:directory-agent://10.0.0.1"),
                c(b"DEFAULT"),
                c(b""),
                c(b""),
                vec![1],
                auth2(b"k", 0),
            ]
            .concat(),
        ),
        v2(9, 0, 18, en, &[c(b""), vec![0, 0], c(b"DEFAULT")].concat()),
        v2(9, 0, 19, en, &[c(b""), c(b"IANA"), c(b"DEFAULT")].concat()),
        v2(
            10,
            0,
            20,
            en,
            &[vec![0, 99], c(b"service:a,service:b")].concat(),
        ),
        v2(
            11,
            0,
            21,
            en,
            &[
                c(b"service:service-agent://10.0.0.2"),
                c(b"DEFAULT"),
                c(b"(x=1)"),
                vec![0],
            ]
            .concat(),
        ),
        v2(12, 0, 22, en, &[1, 2]),
        v2(
            2,
            0,
            23,
            en,
            &[&[0, 0, 0, 1, 0, 1, 44, 0, 200][..], b"short"].concat(),
        ),
        v2(1, 0, 24, b"", &[]),
        v1(1, 0, 30, 3, &[c(b""), c(b"service:x")].concat()),
        v1(
            2,
            0x20,
            31,
            3,
            &[
                vec![0, 0, 0, 1, 0, 60],
                c(b"service:x://h"),
                auth1(b"AB", 3_800_000_000, 0x8000_0000),
            ]
            .concat(),
        ),
        v1(
            3,
            0x18,
            32,
            3,
            &[
                vec![0, 60],
                c(b"service:x://h"),
                c(b"(a=1)"),
                auth1(b"Z", 0, 0),
            ]
            .concat(),
        ),
        v1(4, 0, 33, 3, &[c(b"service:x://h"), c(b"tag")].concat()),
        v1(5, 0, 34, 3, &[0, 5]),
        v1(
            6,
            0,
            35,
            1000,
            &[
                c(&ucs2("p")),
                c(&ucs2("service:x://h")),
                c(&ucs2("DEF")),
                c(b"\x00a\x00"),
            ]
            .concat(),
        ),
        v1(7, 0, 36, 3, &[vec![0, 0], c(b"(a=1),(b=2)")].concat()),
        v1(
            8,
            0,
            37,
            3,
            &[vec![0, 0], c(b"service:directory-agent://h"), c(b"default")].concat(),
        ),
        v1(
            9,
            0,
            38,
            3,
            &[c(b""), vec![0xff, 0xff], c(b"default")].concat(),
        ),
        v1(9, 0, 39, 3, &[c(b""), c(b"abc"), c(b"default")].concat()),
        v1(
            10,
            0,
            40,
            3,
            &[vec![0, 1, 0, 2], c(b"service:a"), c(b"service:b")].concat(),
        ),
        v1(11, 0, 41, 3, &[]),
        v1(7, 0, 42, 3, &[vec![0, 9], c(b"")].concat()),
        v2(1, 0, 43, en, &[])[..11].to_vec(),
        vec![2],
    ];
    let frames: Vec<Vec<u8>> = payloads
        .iter()
        .map(|p| common::udp_datagram(40000, 427, p))
        .collect();
    let mut pcap = common::pcap_of(1, 1_700_000_000, &frames);
    // A Service Request of which the capture kept all but its last 10 bytes.
    let cut = common::udp_datagram(
        40000,
        427,
        &v2(
            1,
            0,
            50,
            en,
            &[c(b""), c(b"service:printer"), c(b"DEFAULT"), c(b""), c(b"")].concat(),
        ),
    );
    for v in [1_700_000_100u32, 0, cut.len() as u32 - 10, cut.len() as u32] {
        pcap.extend_from_slice(&v.to_le_bytes());
    }
    pcap.extend_from_slice(&cut[..cut.len() - 10]);
    common::keep_crafted("srvloc.pcap", &pcap);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "_ws.col.Info",
        "srvloc.version",
        "srvloc.function",
        "srvloc.pktlen",
        "srvloc.flags_v1",
        "srvloc.flags_v1.url_auth",
        "srvloc.flags_v1.attribute_auth",
        "srvloc.language",
        "srvloc.encoding",
        "srvloc.transaction_id",
        "srvloc.flags_v2",
        "srvloc.flags_v2.fresh",
        "srvloc.flags_v2.reqmulti",
        "srvloc.xid",
        "srvloc.langtaglen",
        "srvloc.langtag",
        "srvloc.err",
        "srvloc.errv2",
        "srvloc.srvreq.prlist",
        "srvloc.srvreq.srvtypelist",
        "srvloc.srvreq.scopelist",
        "srvloc.srvreq.predicate",
        "srvloc.srvreq.slpspilen",
        "srvloc.srvreq.urlcount",
        "srvloc.url.lifetime",
        "srvloc.url.urllen",
        "srvloc.url.url",
        "srvloc.url.numauths",
        "srvloc.authblkv2_len",
        "srvloc.authblkv2.timestamp",
        "srvloc.authblkv2.slpspi",
        "srvloc.srvreq.srvtype",
        "srvloc.srvreq.attrlist",
        "srvloc.item",
        "srvloc.srvreq.attrauthcount",
        "srvloc.srvdereq.scopelist",
        "srvloc.srvdereq.taglist",
        "srvloc.attrreq.prlist",
        "srvloc.attrreq.url",
        "srvloc.attrreq.scopelist",
        "srvloc.attrreq.attrlist",
        "srvloc.attrreq.taglist",
        "srvloc.attrrply.attrlistlen",
        "srvloc.attrrply.attrlist",
        "srvloc.daadvert.timestamp",
        "srvloc.daadvert.url",
        "srvloc.daadvert.scopelist",
        "srvloc.daadvert.authcount",
        "srvloc.srvtypereq.nameauthlistlen",
        "srvloc.srvtypereq.nameauthlist",
        "srvloc.srvtypereq.scopelist",
        "srvloc.srvtyperply.srvtype",
        "srvloc.srvtyperply.srvtypelist",
        "srvloc.saadvert.url",
        "srvloc.saadvert.attrlist",
        "srvloc.saadvert.authcount",
        "srvloc.timestamp",
        "srvloc.authenticator_length",
        "srvloc.authentication_block",
        "srvloc.service_type_count",
        "_ws.expert.message",
    ];
    let rows: Vec<String> = common::fields_rows(pcap, None, &fields)
        .iter()
        .map(|r| r.join("|"))
        .collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Request, V2 XID - 10|2|1|60|||||||0x0000|0|0|10|2|en|||1.2.3.4|service:printer|DEFAULT|(x=1)|0||||||||||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Reply, V2 XID - 11|2|2|86|||||||0x4000|1|0|11|2|en||0||||||2|300,300|20,20|service:printer://h1,service:printer://h2|0,1|14|Sep 13, 2020 12:26:40.000000000 UTC|spi1||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Registration, V2 XID - 12|2|3|72|||||||0x4000|1|0|12|2|en|||||DEFAULT||||300|13|service:x://h|0||||service:x|(a=1),(b=2),,x|(a=1),(b=2),,x|0||||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Deregister, V2 XID - 13|2|4|49|||||||0x0000|0|0|13|2|en|||||||||300|13|service:x://h|0||||||||DEFAULT|a,b||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Acknowledge, V2 XID - 14|2|5|18|||||||0x0000|0|0|14|2|en||3|||||||||||||||||||||||||||||||||||||||||||Error: The SrvReg has problems",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Attribute Request, V2 XID - 15|2|6|47|||||||0x2000|0|1|15|2|en|||||||||||||||||||||||service:x://h|DEFAULT||t|||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Attribute Reply, V2 XID - 16|2|7|33|||||||0x0000|0|0|16|2|en||0||||||||||||||||(a=1),(b=2)|0||||||||12|(a=1),(b=2),|||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|DA Advertisement, V2 XID - 17|2|8|83|||||||0x0000|0|0|17|2|en||0|||||||||||11|Jan  1, 1970 00:00:00.000000000 UTC|k||||||||||||||Nov 14, 2023 22:13:20.000000000 UTC|service:directory-agent://10.0.0.1|DEFAULT|1|||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Type Request, V2 XID - 18|2|9|29|||||||0x0000|0|0|18|2|en|||||||||||||||||||||||||||||||||0||DEFAULT||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Type Request, V2 XID - 19|2|9|33|||||||0x0000|0|0|19|2|en|||||||||||||||||||||||||||||||||4|IANA|DEFAULT||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Type Reply, V2 XID - 20|2|10|39|||||||0x0000|0|0|20|2|en||99|||||||||||||||||||||||||||||||||||service:a,service:b||||||||Error: Unknown SRVLOC Error (0x63)",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|SA Advertisement, V2 XID - 21|2|11|67|||||||0x0000|0|0|21|2|en||||||||||||||||||||||||||||||||||||||service:service-agent://10.0.0.2|(x=1)|5|||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Unknown Function (12), V2 XID - 22|2|12|18|||||||0x0000|0|0|22|2|en|||||||||||||||||||||||||||||||||||||||||||||Unknown Function Type: 12",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Reply, V2 XID - 23[Malformed Packet]|2|2|30|||||||0x0000|0|0|23|2|en||0||||||1|300|200|||||||||||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Request, V2 XID - 24[Malformed Packet]|2|1|14|||||||0x0000|0|0|24|0||||||||||||||||||||||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Request, V1 Transaction ID - 30|1|1|25|0x00|0|0|en|3|30||||||||||||service:x|||||||||||||||||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Reply, V1 Transaction ID - 31|1|2|47|0x20|1|0|en|3|31|||||||0|||||||1|60|13|service:x://h||||||||||||||||||||||||||||||Jun  1, 2020 11:33:20.500000000 UTC|2|AB||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Registration, V1 Transaction ID - 32|1|3|49|0x18|0|1|en|3|32|||||||||||||||60|13|service:x://h||||||(a=1)||||||||||||||||||||||||Jan  1, 1970 00:00:00.000000000 UTC|1|Z||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Deregister, V1 Transaction ID - 33|1|4|32|0x00|0|0|en|3|33||||||||||||||||13|service:x://h||||||||||tag||||||||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Acknowledge, V1 Transaction ID - 34|1|5|14|0x00|0|0|en|3|34|||||||5||||||||||||||||||||||||||||||||||||||||||||Error: Character set not understood",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Attribute Request, V1 Transaction ID - 35|1|6|57|0x00|0|0|en|1000|35||||||||||||||||||||||||||||p|service:x://h|DEF|a||||||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Attribute Reply, V1 Transaction ID - 36|1|7|27|0x00|0|0|en|3|36||||||||0|||||||||||||||||||||||||11|(a=1),(b=2)|||||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|DA Advertisement, V1 Transaction ID - 37|1|8|52|0x00|0|0|en|3|37|||||||0|||||||||||||||||||||||||||||service:directory-agent://h|default||||||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Type Request, V1 Transaction ID - 38|1|9|25|0x00|0|0|en|3|38|||||||||||||||||||||||||||||||||||||||65535||default||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Type Request, V1 Transaction ID - 39|1|9|28|0x00|0|0|en|3|39|||||||||||||||||||||||||||||||||||||||3|abc|default||||||||||",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Type Reply, V1 Transaction ID - 40|1|10|38|0x00|0|0|en|3|40|||||||1|||||||||||||||||||||||||||||||||||service:a,service:b||||||||2|Error: Language not supported",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|SA Advertisement, V1 Transaction ID - 41[Malformed Packet]|1|11|12|0x00|0|0|en|3|41|||||||||||||||||||||||||||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Attribute Reply, V1 Transaction ID - 42|1|7|16|0x00|0|0|en|3|42||||||||9|||||||||||||||||||||||||0||||||||||||||||||Error: Unsupported version number in message header",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Request[Malformed Packet]|2|1|16|||||||0x0000|0|0||||||||||||||||||||||||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|[Malformed Packet]||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:udp:srvloc|SRVLOC|Service Request, V2 XID - 50[Packet size limited during capture]|2|1|48|||||||0x0000|0|0|50|2|en||||service:printer|||||||||||||||||||||||||||||||||||||||||",
    ];
    assert_eq!(rows, want);
}

/// NHRP's fixed header with the checksum field zero (`snap`: a SNAP
/// protocol type, tshark 4.0 then reads the rest two bytes early).
fn nhrp_header(op: u8, pktsz: u16, extoff: u16, afn: u16, pro: u16, long: [u8; 5]) -> Vec<u8> {
    let mut h = [&afn.to_be_bytes()[..], &pro.to_be_bytes(), &long, &[255]].concat();
    h.extend_from_slice(&pktsz.to_be_bytes());
    h.extend_from_slice(&[0, 0]);
    h.extend_from_slice(&extoff.to_be_bytes());
    h.extend_from_slice(&[1, op, 4, 0]);
    h
}

/// An NHRP packet of type `op`: header (IPv4 family and protocol type),
/// mandatory part `mand`, extensions `exts` (the offset points at them
/// when there are some), the checksum right (or made wrong).
fn nhrp_packet(op: u8, afn: u16, mand: &[u8], exts: &[u8], bad_sum: bool) -> Vec<u8> {
    let extoff = if exts.is_empty() { 0 } else { 20 + mand.len() };
    let total = 20 + mand.len() + exts.len();
    let mut p = nhrp_header(op, total as u16, extoff as u16, afn, 0x0800, [0; 5]);
    p.extend_from_slice(mand);
    p.extend_from_slice(exts);
    let mut ck = common::inet_checksum(&[&p]);
    if bad_sum {
        ck ^= 0x1111;
    }
    p[12..14].copy_from_slice(&ck.to_be_bytes());
    p
}

/// A mandatory part with flags and request ID: source NBMA 192.168.1.1,
/// protocol addresses 10.0.0.1 and 10.0.0.2, then `cies`.
fn nhrp_mandatory(flags: u16, id: u32, cies: &[u8]) -> Vec<u8> {
    let mut m = vec![4, 4];
    m.extend_from_slice(&flags.to_be_bytes());
    m.extend_from_slice(&id.to_be_bytes());
    m.extend_from_slice(&[192, 168, 1, 1, 10, 0, 0, 1, 10, 0, 0, 2]);
    m.extend_from_slice(cies);
    m
}

/// A client information entry.
fn nhrp_cie(code: u8, nbma: &[u8], sub: &[u8], prot: &[u8]) -> Vec<u8> {
    let mut c = vec![code, 32, 0, 0, 0x05, 0x78, 0x1c, 0x20];
    c.extend_from_slice(&[nbma.len() as u8, sub.len() as u8, prot.len() as u8, 0]);
    [&c[..], nbma, sub, prot].concat()
}

fn nhrp_ext(ty: u16, v: &[u8]) -> Vec<u8> {
    let mut e = (0x8000 | ty).to_be_bytes().to_vec();
    e.extend_from_slice(&(v.len() as u16).to_be_bytes());
    e.extend_from_slice(v);
    e
}

/// NHRP over GRE (protocol type 0x2001).
fn nhrp_in_gre(p: &[u8]) -> Vec<u8> {
    ipv4_around(47, &[&[0, 0, 0x20, 0x01][..], p].concat())
}

/// NHRP (GRE protocol type 0x2001, IP protocol 54) as tshark 4.0.17 reads
/// it: each packet type's mandatory part and Info, client information
/// entries (a reply's codes in the Info, a subaddress not stepped over),
/// the extensions (authentication with the source address, vendor-private,
/// device capabilities, unknown, a CIE list), a bad checksum and bytes
/// after the End extension, an Error Indication's packet in the same
/// layer, a Traffic Indication's ICMP echo as an error packet (the columns
/// stay NHRP's), an unknown type, a packet length under 20, a SNAP
/// protocol type, short extensions, a packet shorter than its length and
/// one under 18 bytes (cells from tshark on the same frames).
#[test]
fn nhrp_as_tshark() {
    let end = nhrp_ext(0, &[]);
    let mut devcap = nhrp_ext(9, &[0, 0, 0, 1, 0, 0, 0, 0]);
    devcap[0] = 0;
    let request = nhrp_packet(
        1,
        1,
        &nhrp_mandatory(
            0xc802,
            7,
            &nhrp_cie(0, &[192, 168, 1, 1], &[], &[10, 0, 0, 1]),
        ),
        &[
            nhrp_ext(3, &[]),
            nhrp_ext(7, &[0, 0, 0, 5, 10, 0, 0, 1, b'k', b'e', b'y']),
            nhrp_ext(8, &[0, 0, 0x0c, 1, 2]),
            devcap,
            nhrp_ext(0x123, b"abc"),
            end.clone(),
        ]
        .concat(),
        false,
    );
    let cies = [
        nhrp_cie(0, &[192, 168, 1, 9], &[0xaa, 0xbb], &[10, 0, 0, 9]),
        nhrp_cie(4, &[], &[], &[10, 0, 0, 10]),
    ]
    .concat();
    let mut reply = nhrp_packet(
        2,
        1,
        &nhrp_mandatory(0x4000, 8, &cies),
        &[
            nhrp_ext(4, &nhrp_cie(14, &[1, 2, 3, 4], &[], &[5, 6, 7, 8])),
            end.clone(),
        ]
        .concat(),
        true,
    );
    reply.extend_from_slice(b"xyz");
    let mut purge = vec![16, 2, 0x80, 0, 0, 0, 0, 9, 1, 2, 3, 4, 5, 6];
    purge.extend(0u8..16);
    purge.extend_from_slice(&[0x0a, 0x0b]);
    let mut purge = nhrp_packet(5, 1, &purge, &[], false);
    // Six bytes of source NBMA address.
    purge[18] = 6;
    let ck = common::inet_checksum(&[&{
        let mut z = purge.clone();
        z[12..14].copy_from_slice(&[0, 0]);
        z
    }]);
    purge[12..14].copy_from_slice(&ck.to_be_bytes());
    let quoted = nhrp_packet(
        3,
        1,
        &nhrp_mandatory(0x8002, 11, &nhrp_cie(0, &[], &[], &[10, 0, 0, 1])),
        &[nhrp_ext(3, &[]), end.clone()].concat(),
        false,
    );
    let mut error = vec![
        4, 4, 0, 0, 0, 6, 0, 20, 192, 168, 1, 1, 10, 0, 0, 1, 10, 0, 0, 2,
    ];
    error.extend_from_slice(&quoted);
    let error = nhrp_packet(7, 1, &error, &[], false);
    let mut echo = vec![8, 0, 0, 0, 0, 1, 0, 2, b'p', b'i', b'n', b'g'];
    let ck = common::inet_checksum(&[&echo]);
    echo[2..4].copy_from_slice(&ck.to_be_bytes());
    let mut traffic = vec![
        4, 4, 0, 0, 0, 0, 0, 0, 192, 168, 1, 1, 10, 0, 0, 1, 10, 0, 0, 3,
    ];
    traffic.extend_from_slice(&[
        0x45, 0, 0, 32, 0, 7, 0, 0, 63, 1, 0, 0, 10, 0, 0, 3, 10, 0, 0, 4,
    ]);
    traffic.extend_from_slice(&echo);
    let traffic = nhrp_packet(
        8,
        1,
        &traffic,
        &[nhrp_ext(4, &[]), end.clone()].concat(),
        false,
    );
    let unknown = nhrp_packet(0x20, 1, &nhrp_mandatory(0xffff, 12, &[]), &[], false);
    let mut tiny = nhrp_header(1, 10, 0, 1, 0x0800, [0; 5]);
    tiny.extend_from_slice(&[0; 8]);
    let mut snap = nhrp_header(1, 40, 0, 1, 0x0080, [0x12, 0x34, 0x56, 0x08, 0x00]);
    snap.extend_from_slice(&nhrp_mandatory(0, 14, &[])[..20]);
    let short_exts = nhrp_packet(
        3,
        1,
        &nhrp_mandatory(0, 15, &[]),
        &[nhrp_ext(7, &[0, 0, 0, 1]), nhrp_ext(8, &[0, 1]), end].concat(),
        false,
    );
    let mut long = nhrp_packet(1, 1, &nhrp_mandatory(0, 16, &[]), &[], false);
    long[10..12].copy_from_slice(&200u16.to_be_bytes());
    let other_family = nhrp_packet(
        4,
        2,
        &nhrp_mandatory(0x8000, 18, &nhrp_cie(5, &[1, 2, 3, 4], &[], &[5, 6, 7, 8])),
        &[],
        false,
    );
    let frames = vec![
        nhrp_in_gre(&request),
        nhrp_in_gre(&reply),
        ipv4_around(54, &purge),
        nhrp_in_gre(&error),
        nhrp_in_gre(&traffic),
        nhrp_in_gre(&unknown),
        nhrp_in_gre(&tiny),
        nhrp_in_gre(&snap),
        nhrp_in_gre(&short_exts),
        ipv4_around(54, &long),
        nhrp_in_gre(&other_family),
        nhrp_in_gre(&[0, 1, 8, 0, 0, 0]),
    ];
    common::keep_crafted("nhrp.pcap", &common::pcap_of(1, 1_700_000_000, &frames));
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "nhrp.hdr.afn",
            "nhrp.hdr.pro.type",
            "nhrp.hdr.pro.snap.oui",
            "nhrp.hdr.pro.snap.pid",
            "nhrp.hdr.pktsz",
            "nhrp.hdr.chksum.status",
            "nhrp.hdr.extoff",
            "nhrp.hdr.op.type",
            "nhrp.flags",
            "nhrp.flag.q",
            "nhrp.flag.u",
            "nhrp.flag.n",
            "nhrp.flag.nat",
            "nhrp.reqid",
            "nhrp.src.nbma.addr",
            "nhrp.src.nbma.addr_bytes",
            "nhrp.src.prot.addr",
            "nhrp.src.prot.addr_bytes",
            "nhrp.dst.prot.addr",
            "nhrp.dst.prot.addr_byets",
            "nhrp.err.code",
            "nhrp.code",
            "nhrp.client.nbma.addr",
            "nhrp.client.nbma.addr_bytes",
            "nhrp.client.nbma.saddr",
            "nhrp.client.prot.addr",
            "nhrp.ext.c",
            "nhrp.ext.type",
            "nhrp.ext.len",
            "nhrp.auth_ext.spi",
            "nhrp.auth_ext.src_addr",
            "nhrp.auth_ext.data",
            "nhrp.vendor_ext.id",
            "nhrp.vendor_ext.data",
            "nhrp.devcap_ext.srccap.V",
            "nhrp.unknown_ext.value",
            "icmp.checksum.status",
            "_ws.malformed",
            "_ws.expert.message",
        ],
    );
    let got: Vec<String> = got.iter().map(|r| r.replace('\t', "|")).collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:gre:nhrp|NHRP|NHRP Resolution Request, ID=7|0x0001|0x0800|||111|1|60|1|0xc802|1|0||1|0x00000007|192.168.1.1||10.0.0.1||10.0.0.2|||0|192.168.1.1|||10.0.0.1|1,1,1,0,1,1|0x0003,0x0007,0x0008,0x0009,0x0123,0x0000|0,11,5,8,3,0|5|10.0.0.1|6b6579|12|0102|1|616263|||",
        "eth:ethertype:ip:gre:nhrp|NHRP|NHRP Resolution Reply, ID=8, Code=Success[Malformed Packet]|0x0001|0x0800|||106|0|78|2|0x4000|0|0||0|0x00000008|192.168.1.1||10.0.0.1||10.0.0.2|||0|192.168.1.9||aabb|170.187.10.0||||||||||||[Malformed Packet: NHRP],_ws.malformed|Bad checksum [should be 0xbbb4],Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:nhrp|NHRP|NHRP Purge Request, ID=9|0x0001|0x0800|||52|1|0|5|0x8000|||1|0|0x00000009||010203040506||000102030405060708090a0b0c0d0e0f||0a0b|||||||||||||||||||",
        "eth:ethertype:ip:gre:nhrp|NHRP|NHRP Error Indication, Protocol Address Unreachable, ID=11|0x0001,0x0001|0x0800,0x0800|||104,64|1,1|0,56|7,3|0x8002||1||1|0x0000000b|192.168.1.1,192.168.1.1||10.0.0.1,10.0.0.1||10.0.0.2,10.0.0.2||6|0||||10.0.0.1|1,1|0x0003,0x0000|0,0||||||||||",
        "eth:ethertype:ip:gre:nhrp:ip:icmp:data|NHRP|NHRP Traffic Indication|0x0001|0x0800|||80|1|72|8|||||||192.168.1.1||10.0.0.1||10.0.0.3||||||||1,1|0x0004,0x0000|0,0||||||||2||",
        "eth:ethertype:ip:gre:nhrp|NHRP|0x20 - unknown, ID=12|0x0001|0x0800|||40|1|0|32|0xffff||||1|0x0000000c|192.168.1.1||10.0.0.1||10.0.0.2||||||||||||||||||||",
        "eth:ethertype:ip:gre:nhrp|NHRP|NHRP Resolution Request|0x0001|0x0800|||10|||||||||||||||||||||||||||||||||_ws.malformed|Packet length is less than the fixed header length",
        "eth:ethertype:ip:gre:nhrp|NHRP|NHRP Resolution Request, ID=0[Malformed Packet]|0x0001|0x0080|1193046|0x0800|255|2|0|0|0x0404|0|0||0|0x00000000||00|192.168.1.1|||||||||||||||||||||[Malformed Packet: NHRP],_ws.malformed|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:gre:nhrp|NHRP|NHRP Registration Request, ID=15|0x0001|0x0800|||58|1|40|3|0x0000||0||0|0x0000000f|192.168.1.1||10.0.0.1||10.0.0.2||||||||1,1,1|0x0007,0x0008,0x0000|4,2,0|||||||||_ws.malformed,_ws.malformed|Incomplete Authentication Extension,Incomplete Vendor-Private Extension",
        "eth:ethertype:ip:nhrp|NHRP|NHRP Resolution Request, ID=16[Malformed Packet]|0x0001|0x0800|||200|2|0|1|0x0000|0|0||0|0x00000010|192.168.1.1||10.0.0.1||10.0.0.2|||||||||||||||||||[Malformed Packet: NHRP],_ws.malformed|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:gre:nhrp|NHRP|NHRP Registration Reply, ID=18, Code=Insufficient Resources|0x0002|0x0800|||60|1|0|4|0x8000||1||0|0x00000012||c0a80101|10.0.0.1||10.0.0.2|||5||01020304||5.6.7.8|||||||||||||",
        "eth:ethertype:ip:gre:nhrp|NHRP|[Malformed Packet]||||||||||||||||||||||||||||||||||||||[Malformed Packet: NHRP],_ws.malformed|Malformed Packet (Exception occurred)",
    ];
    assert_eq!(got, want);
}

/// NHRP in 802.2 LLC/SNAP (IANA's OUI 0x00005E, PID 3), and another IANA
/// PID left as data (tshark 4.0.17's cells on the same frames).
#[test]
fn nhrp_over_llc_snap() {
    let nhrp = nhrp_packet(
        4,
        1,
        &nhrp_mandatory(0x8002, 19, &nhrp_cie(0, &[], &[], &[10, 0, 0, 1])),
        &[nhrp_ext(3, &[]), nhrp_ext(0, &[])].concat(),
        false,
    );
    let frames: Vec<Vec<u8>> = [3u16, 5]
        .iter()
        .map(|pid| {
            let llc = [&[0xaa, 0xaa, 3, 0, 0, 0x5e][..], &pid.to_be_bytes(), &nhrp].concat();
            let mut f = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1];
            f.extend_from_slice(&(llc.len() as u16).to_be_bytes());
            f.extend_from_slice(&llc);
            f
        })
        .collect();
    common::keep_crafted("nhrp-llc.pcap", &common::pcap_of(1, 1_700_000_000, &frames));
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "llc.iana_pid",
            "nhrp.reqid",
            "nhrp.client.prot.addr",
        ],
    );
    let got: Vec<String> = got.iter().map(|r| r.replace('\t', "|")).collect();
    let want: &[&str] = &[
        "eth:llc:nhrp|NHRP|NHRP Registration Reply, ID=19, Code=Success|0x0003|0x00000013|10.0.0.1",
        "eth:llc:data|LLC|U, func=UI; SNAP, OUI 0x00005E (ICANN, IANA Department), PID 0x0005|0x0005||",
    ];
    assert_eq!(got, want);
}

/// A DCCP packet from 10.0.0.1 to 10.0.0.2 (or back, `back`) over IPv4
/// (`ipv4_around`'s addresses): 48-bit (`x`) or 24-bit sequence number,
/// the type's part, options padded to 4 bytes, payload; CsCov `cscov`,
/// checksum right unless `bad`.
#[allow(clippy::too_many_arguments)]
fn dccp_of(
    back: bool,
    ports: (u16, u16),
    ty: u8,
    x: bool,
    seq: u64,
    fixed: &[u8],
    options: &[u8],
    payload: &[u8],
    cscov: u8,
    bad: bool,
) -> Vec<u8> {
    let mut o = options.to_vec();
    while !o.len().is_multiple_of(4) {
        o.push(0);
    }
    let hl = if x { 16 } else { 12 } + fixed.len() + o.len();
    let mut p = ports.0.to_be_bytes().to_vec();
    p.extend_from_slice(&ports.1.to_be_bytes());
    p.extend_from_slice(&[(hl / 4) as u8, cscov, 0, 0, (ty << 1) | u8::from(x)]);
    if x {
        p.push(0);
        p.extend_from_slice(&seq.to_be_bytes()[2..]);
    } else {
        p.extend_from_slice(&seq.to_be_bytes()[5..]);
    }
    p.extend_from_slice(fixed);
    p.extend_from_slice(&o);
    p.extend_from_slice(payload);
    let (src, dst) = if back {
        ([10, 0, 0, 2], [10, 0, 0, 1])
    } else {
        ([10, 0, 0, 1], [10, 0, 0, 2])
    };
    let cov = if cscov == 0 {
        p.len()
    } else {
        ((hl / 4 + usize::from(cscov) - 1) * 4).min(p.len())
    };
    let pseudo = [
        &src[..],
        &dst[..],
        &[0, 33],
        &(p.len() as u16).to_be_bytes(),
    ]
    .concat();
    let ck = common::inet_checksum(&[&pseudo, &p[..cov]]) ^ if bad { 0x1234 } else { 0 };
    p[6..8].copy_from_slice(&ck.to_be_bytes());
    let mut f = ipv4_around(33, &p);
    if back {
        f[26..30].copy_from_slice(&src);
        f[30..34].copy_from_slice(&dst);
    }
    f
}

fn dccp_ack48(a: u64) -> Vec<u8> {
    let mut v = vec![0, 0];
    v.extend_from_slice(&a.to_be_bytes()[2..]);
    v
}

/// DCCP as tshark 4.0 shows it: a handshake (relative numbers from each
/// direction's first Request or Response), DataAck with partial checksum
/// coverage and a payload, a 24-bit Ack (its sequence number shown twice),
/// CloseReq, Close, Sync, SyncAck and Resets (tshark's 24-bit relative
/// acknowledgement), a reserved type, a Listen with an unknown service
/// code, a bad checksum, data offsets too small for the header and the
/// type, an option length under 2, option lengths tshark rejects, options
/// past the packet, a packet too short for its ports, feature options of
/// every kind, and an ICMP error quoting a DCCP header. Expected cells:
/// tshark 4.0.17 on the same bytes.
#[test]
fn dccp_as_tshark() {
    let (c, s) = (1000u64, 5000u64);
    let none: &[u8] = &[];
    let req_opts: Vec<u8> = [
        &[32, 4, 1, 2][..],
        &[35, 9, 3, 0, 0, 0, 1, 0xe2, 0x40],
        &[37, 3, 7, 36, 6, 1, 2, 3, 4, 2, 1, 5, 50, 3, 9, 130, 4, 1, 2],
        &[41, 6, 0, 0, 1, 0, 34, 6, 2, 1, 0, 1, 33, 3, 5],
    ]
    .concat();
    let resp_opts: Vec<u8> = [
        &[42, 10, 0, 0, 1, 0, 0, 0, 0, 9, 43, 6, 0, 1, 0, 0][..],
        &[44, 6, 0xde, 0xad, 0xbe, 0xef, 192, 6, 255, 255, 255, 255],
        &[
            193, 5, 1, 2, 3, 194, 6, 0, 0, 4, 0, 40, 4, 1, 2, 39, 3, 0x55,
        ],
        &[42, 8, 0, 0, 0, 1, 0, 2],
    ]
    .concat();
    let wrong: Vec<u8> = [
        &[
            41, 5, 1, 2, 3, 42, 7, 1, 2, 3, 4, 5, 43, 5, 1, 2, 3, 44, 3, 1,
        ][..],
        &[192, 3, 1, 194, 4, 1, 2, 37, 9, 1, 2, 3, 4, 5, 6, 7],
        &[37, 8, 1, 2, 3, 4, 5, 6],
    ]
    .concat();
    let features: Vec<u8> = [
        &[35, 11, 3, 1, 2, 3, 4, 5, 6, 7, 8, 32, 5, 5, 0, 9][..],
        &[34, 5, 100, 1, 2, 34, 4, 193, 1, 33, 3, 2, 32, 2],
        &[3, 31, 127, 2, 255, 3, 1],
    ]
    .concat();
    let resp_fixed = [dccp_ack48(c), vec![0; 4]].concat();
    let quoted = dccp_of(
        false,
        (40000, 5001),
        4,
        true,
        c + 9,
        &dccp_ack48(s),
        none,
        b"abc",
        0,
        false,
    );
    let frames = vec![
        dccp_of(
            false,
            (40000, 5001),
            0,
            true,
            c,
            &1685351985u32.to_be_bytes(),
            &req_opts,
            none,
            0,
            false,
        ),
        dccp_of(
            true,
            (5001, 40000),
            1,
            true,
            s,
            &resp_fixed,
            &resp_opts,
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (40000, 5001),
            4,
            true,
            c + 1,
            &dccp_ack48(s),
            &[38, 3, 0],
            b"hello world!",
            1,
            false,
        ),
        dccp_of(
            true,
            (5001, 40000),
            3,
            false,
            s + 1,
            &[0, 0, 3, 0xe9],
            &[43, 4, 0, 7],
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (40000, 5001),
            2,
            false,
            c + 2,
            none,
            none,
            b"data!",
            0,
            false,
        ),
        dccp_of(
            true,
            (5001, 40000),
            5,
            true,
            s + 2,
            &dccp_ack48(c + 2),
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (40000, 5001),
            6,
            true,
            c + 3,
            &dccp_ack48(s + 2),
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (40000, 5001),
            8,
            true,
            c + 4,
            &dccp_ack48(s + 2),
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            true,
            (5001, 40000),
            9,
            true,
            s + 3,
            &dccp_ack48(c + 4),
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            true,
            (5001, 40000),
            7,
            true,
            s + 4,
            &[dccp_ack48(c + 4), vec![11, 1, 2, 3]].concat(),
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            true,
            (5001, 40000),
            7,
            true,
            s + 5,
            &[dccp_ack48(c + 4), vec![20, 0, 0, 0]].concat(),
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (40000, 5001),
            12,
            true,
            c + 5,
            &[0; 4],
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (6000, 7000),
            10,
            false,
            77,
            &12345u32.to_be_bytes(),
            none,
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (6001, 7000),
            0,
            false,
            99,
            &1852861808u32.to_be_bytes(),
            none,
            none,
            0,
            true,
        ),
        {
            // Data offset 3 (12 bytes) with a 48-bit sequence number.
            let mut p = dccp_of(
                false,
                (6002, 7000),
                3,
                true,
                5,
                &[0; 8],
                none,
                none,
                0,
                false,
            );
            p[14 + 20 + 4] = 3;
            p
        },
        {
            // An Ack whose data offset (20 bytes) leaves out its
            // acknowledgement.
            let mut p = dccp_of(
                false,
                (6003, 7000),
                3,
                true,
                5,
                &[0; 4],
                none,
                none,
                0,
                false,
            );
            p[14 + 20 + 4] = 5;
            p
        },
        dccp_of(
            false,
            (6004, 7000),
            2,
            true,
            1,
            none,
            &[0, 1, 36, 1, 0, 0, 0, 0],
            none,
            0,
            false,
        ),
        dccp_of(
            false,
            (6004, 7000),
            2,
            true,
            2,
            none,
            &wrong,
            none,
            0,
            false,
        ),
        {
            // Options (a 40-byte header) past the 20-byte packet.
            let mut p = dccp_of(
                false,
                (6005, 7000),
                2,
                true,
                3,
                none,
                &[36, 8, 1, 2],
                none,
                0,
                false,
            );
            p[14 + 20 + 4] = 10;
            p
        },
        ipv4_around(33, &[1, 2, 3]),
        dccp_of(
            false,
            (6010, 7000),
            2,
            true,
            1,
            none,
            &features,
            none,
            0,
            false,
        ),
        icmp_of(3, &quoted[14..14 + 20 + 16]),
    ];
    common::keep_crafted("dccp.pcap", &common::pcap_of(1, 1_700_000_000, &frames));
    let got = fields_of(
        1,
        &frames,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "dccp.port",
            "dccp.stream",
            "dccp.data_offset",
            "dccp.ccval",
            "dccp.cscov",
            "dccp.checksum",
            "dccp.checksum.status",
            "dccp.type",
            "dccp.x",
            "dccp.seq",
            "dccp.seq_raw",
            "dccp.ack_res",
            "dccp.ack",
            "dccp.ack_raw",
            "dccp.service_code",
            "dccp.reset_code",
            "dccp.data1",
            "dccp.data3",
            "dccp.options",
            "dccp.option_type",
            "dccp.feature_number",
            "dccp.ndp_count",
            "dccp.timestamp",
            "dccp.timestamp_echo",
            "dccp.elapsed_time",
            "dccp.checksum_data",
            "dccp.padding",
            "dccp.mandatory",
            "dccp.slow_receiver",
            "dccp.init_cookie",
            "dccp.ack_vector.nonce_0",
            "dccp.ack_vector.nonce_1",
            "dccp.data_dropped",
            "dccp.ccid3_loss_event_rate",
            "dccp.ccid3_loss_intervals",
            "dccp.ccid3_receive_rate",
            "dccp.option_reserved",
            "dccp.ccid_option_data",
            "data.len",
            "_ws.malformed",
            "_ws.expert.message",
        ],
    );
    let got: Vec<String> = got.iter().map(|r| r.replace('\t', "|")).collect();
    let want: &[&str] = &[
        "eth:ethertype:ip:dccp|DCCP|40000 → 5001 [Request] Seq=1000 (service=Bundle Protocol)|40000,5001|0|17|0|0|0x9dc2|1|0|1||1000||||1685351985||||1|32,35,37,36,2,1,5,50,130,41,34,33,0|1,3,2,5|7|256||||00|01|02|01020304|||||||05,09|0102|||",
        "eth:ethertype:ip:dccp|DCCP|5001 → 40000 [Response] Seq=5000 (Ack=0) (service=not specified)|5001,40000|0|21|0|0|0x2d0b|1|1|1||5000|0x0000|0|1000|0||||1|42,43,44,192,193,194,40,39,42,0,0||||256,1|9,65536,2|0xdeadbeef|00,00|||||55|0102|4294967295|010203|1024|||||",
        "eth:ethertype:ip:dccp:data|DCCP|40000 → 5001 [DataAck] Seq=1 (Ack=0)|40000,5001|0|7|0|1|0xee74|1|4|1|1|1001|0x0000|0|5000|||||1|38,0|||||||00||||00||||||||12||",
        "eth:ethertype:ip:dccp|DCCP|5001 → 40000 [Ack] Seq=1 (Ack=1)|5001,40000|0|5|0|0|0xee80|1|3|0|5001,1||0x0000|1|1001|||||1|43|||||7||||||||||||||||",
        "eth:ethertype:ip:dccp:data|DCCP|40000 → 5001 [Data] Seq=2|40000,5001|0|3|0|0|0x3754|1|2|0|1002,2|||||||||||||||||||||||||||||5||",
        "eth:ethertype:ip:dccp|DCCP|5001 → 40000 [CloseReq] Seq=2 (Ack=2)|5001,40000|0|6|0|0|0x1386|1|5|1|2|5002|0x0000|2|1002|||||||||||||||||||||||||||",
        "eth:ethertype:ip:dccp|DCCP|40000 → 5001 [Close] Seq=3 (Ack=2)|40000,5001|0|6|0|0|0x1185|1|6|1|3|1003|0x0000|2|5002|||||||||||||||||||||||||||",
        "eth:ethertype:ip:dccp|DCCP|40000 → 5001 [Sync] Seq=4 (Ack=2)|40000,5001|0|6|0|0|0x0d84|1|8|1|4|1004|0x0000|2|5002|||||||||||||||||||||||||||",
        "eth:ethertype:ip:dccp|DCCP|5001 → 40000 [SyncAck] Seq=3 (Ack=4)|5001,40000|0|6|0|0|0x0b83|1|9|1|3|5003|0x0000|4|1004|||||||||||||||||||||||||||",
        "eth:ethertype:ip:dccp|DCCP|5001 → 40000 [Reset] Seq=4 (Ack=4) (code=Aggression Penalty)|5001,40000|0|7|0|0|0x017a|1|7|1|4|5004|0x0000|4|1004||11|1|3|||||||||||||||||||||||",
        "eth:ethertype:ip:dccp|DCCP|5001 → 40000 [Reset] Seq=5 (Ack=4) (code=Unknown)|5001,40000|0|7|0|0|0xfa7c|1|7|1|5|5005|0x0000|4|1004||20|0|0|||||||||||||||||||||||",
        "eth:ethertype:ip:dccp|DCCP|40000 → 5001 [Reserved] Seq=5|40000,5001|0|5|0|0|0x1a11|1|12|1|5|1005||||||||||||||||||||||||||||||Reserved packet type: unable to dissect further",
        "eth:ethertype:ip:dccp|DCCP|6000 → 7000 [Listen] Seq=77 (service=Unknown (12345))|6000,7000|1|4|0|0|0x707d|1|10|0|77|||||12345||||||||||||||||||||||||||",
        "eth:ethertype:ip:dccp|DCCP|6001 → 7000 [Request] Seq=99 (service=NPMP: NetPerfMeter Data)|6001,7000|2|4|0|0|0xca8a|0|0|0|99|||||1852861808||||||||||||||||||||||||||Bad checksum [should be 0xd8be]",
        "eth:ethertype:ip:dccp|DCCP|6002 → 7000 [Ack]|6002,7000|3|3|0|0|0xabf4|0|3|1|||||||||||||||||||||||||||||||_ws.malformed|Advertised header length (12) is smaller than the minimum (16),Bad checksum [should be 0xaef4]",
        "eth:ethertype:ip:dccp|DCCP|6003 → 7000 [Ack] Seq=5|6003,7000|4|5|0|0|0xacf7|1|3|1||5|||||||||||||||||||||||||||||_ws.malformed|Advertised header length (20) is smaller than the minimum (24) for Ack",
        "eth:ethertype:ip:dccp|DCCP|6004 → 7000 [Data] Seq=1|6004,7000|5|6|0|0|0x89f4|1|2|1||1||||||||1|0,1,36|||||||00|01|||||||||||||Option length incorrect, must be >= 2",
        "eth:ethertype:ip:dccp|DCCP|6004 → 7000 [Data] Seq=2|6004,7000|5|15|0|0|0x2d53|1|2|1||2||||||||1|41,42,43,44,192,194,37,37||1108152157446|||||||||||||||||||Timestamp too long [3 != 4],Wrong Timestamp Echo length,Wrong Elapsed Time length,Wrong Data checksum length,Wrong CCID3 Loss Event Rate length,Wrong CCID3 Receive Rate length,NDP Count too long (max 6 bytes)",
        "eth:ethertype:ip:dccp|DCCP|6005 → 7000 [Data] Seq=3[Malformed Packet]|6005,7000|6|10|0|0|0x89ed|0|2|1||3||||||||1|36||||||||||||||||||||[Malformed Packet: DCCP],_ws.malformed|Bad checksum [should be 0x84ed],Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:dccp|IPv4|[Malformed Packet]||||||||||||||||||||||||||||||||||||||||[Malformed Packet: DCCP],_ws.malformed|Malformed Packet (Exception occurred)",
        "eth:ethertype:ip:dccp|DCCP|6010 → 7000 [Data] Seq=1|6010,7000|7|14|0|0|0x3353|1|2|1||1||||||||1|35,32,34,34,33,32,3,31,127,255,0,0,0|3,5,100,193,2,3||||||00,00,00||||||||||03,1f,<MISSING>|01|||",
        "eth:ethertype:ip:icmp:ip:dccp|ICMP|Destination unreachable (Network unreachable)|40000,5001|0|6|0|0|0x511b|0|4|1|9|1009||||||||||||||||||||||||||||||Bad checksum [should be 0x2911]",
    ];
    assert_eq!(got, want);
}

/// MNDP (UDP 5678, packet-mndp.c): the header, every record type tshark
/// names (uptime little-endian), an unknown one as data, one of length 0;
/// a record past the datagram shows nothing of itself; a first record with
/// a non-zero high byte in type or length is not MNDP (test_mndp: data);
/// an uptime of 2 bytes is malformed after its type and length (tshark also
/// lists its "Trying to fetch a timespec" expert under `_ws.malformed`,
/// which osidump does not add); Info stays UDP's (nDPI's 1kxun.pcap).
#[test]
fn mndp_as_tshark() {
    let frames: Vec<Vec<u8>> = ["450000ab00010000401170400a000002ffffffff162e162e0097000000001092000100064c5e0cea038800050005344d4e41540007000f362e33352e312028737461626c6529000800084d696b726f54696b000a000483962400000b00094e3533382d47303455000c0006524234353047000e000101000f0010000102030405060708090a0b0c0d0e0f0010000665746865723200110004c0a8580100630002dead00030000000e000100", "4500003000010000401170bb0a000002ffffffff162e162e001c000000000007000500036162630008001473686f7274", "4500002a00010000401170c10a000002ffffffff162e162e001600000000000701000006616263646566", "4500002200010000401170c90a000002ffffffff162e162e000e0000000000070001", "4500003300010000401170b80a000002ffffffff162e162e001f000000000007000a0002010200010003010203000e00020506", "450000ab00010000401170400a000002ffffffff9c40162e0097000000001092000100064c5e0cea038800050005344d4e41540007000f362e33352e312028737461626c6529000800084d696b726f54696b000a000483962400000b00094e3533382d47303455000c0006524234353047000e000101000f0010000102030405060708090a0b0c0d0e0f0010000665746865723200110004c0a8580100630002dead00030000000e000100"]
        .iter()
        .map(|h| common::unhex(h))
        .collect();
    let pcap = common::pcap_of(101, 1_700_000_000, &frames);
    common::keep_crafted("mndp.pcap", &pcap);
    let rows = common::fields_rows_with(
        pcap,
        &["-E", "separator=|"],
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "mndp.header.unknown",
            "mndp.header.seqno",
            "mndp.tlv.type",
            "mndp.tlv.length",
            "mndp.tlv.data",
            "mndp.mac",
            "mndp.identity",
            "mndp.version",
            "mndp.platform",
            "mndp.uptime",
            "mndp.softwareid",
            "mndp.board",
            "mndp.unpack",
            "mndp.ipv6address",
            "mndp.interfacename",
            "mndp.ipv4address",
            "_ws.malformed",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "raw:ip:udp:mndp|MNDP|5678 → 5678 Len=143|0000|4242|1,5,7,8,10,11,12,14,15,16,17,99,3,14|6,5,15,8,4,9,6,1,16,6,4,2,0,1|dead|4c:5e:0c:ea:03:88|4MNAT|6.35.1 (stable)|MikroTik|2397827.000000000|N538-G04U|RB450G|1,0|1:203:405:607:809:a0b:c0d:e0f|ether2|192.168.88.1|",
            "raw:ip:udp:mndp|MNDP|5678 → 5678 Len=20[Malformed Packet]|0000|7|5|3|||abc||||||||||[Malformed Packet: MNDP],_ws.malformed",
            "raw:ip:udp:data|UDP|5678 → 5678 Len=14|||||||||||||||||",
            "raw:ip:udp:data|UDP|5678 → 5678 Len=6|||||||||||||||||",
            "raw:ip:udp:mndp|MNDP|5678 → 5678 Len=23[Malformed Packet]|0000|7|10|2|||||||||||||[Malformed Packet: MNDP],_ws.malformed",
            "raw:ip:udp:mndp|MNDP|40000 → 5678 Len=143|0000|4242|1,5,7,8,10,11,12,14,15,16,17,99,3,14|6,5,15,8,4,9,6,1,16,6,4,2,0,1|dead|4c:5e:0c:ea:03:88|4MNAT|6.35.1 (stable)|MikroTik|2397827.000000000|N538-G04U|RB450G|1,0|1:203:405:607:809:a0b:c0d:e0f|ether2|192.168.88.1|",
        ]
    );
}

/// CLDAP (LDAP over UDP 389, `dissect_mscldap`): one `cldap` item a
/// datagram holding all its messages, their Info texts run together
/// without ` | `, results counted and requests matched per UDP
/// conversation; Active Directory's LDAP pings: the NtVer, DomainGuid and
/// DomainSid assertion values, netlogon answers of both kinds
/// (LOGON_SAM_LOGON_RESPONSE with and without its version 5 fields,
/// LOGON_SAM_LOGON_RESPONSE_EX with and without the server's sockaddr,
/// names compressed or not, another opcode, a cut one), the `ldap.name`
/// table's case-sensitive names (`objectguid`, `NETLOGON` are plain
/// values), a datagram under six bytes, NtVer values of 2 and 5 bytes.
/// tshark's rows on these frames.
#[test]
fn cldap_as_tshark() {
    let frames: Vec<Vec<u8>> = [
        "450000ba00010000401166300a0000020a000001c350018500a6000030819b02010163819504000a01000a0100020100020100010100a076a31e0409446e73446f6d61696e0411636f72702e6578616d706c652e74657374a31e040a446f6d61696e4775696404100102030405060708090a0b0c0d0e0f10a3250409446f6d61696e5369640418010400000000000515000000010000000200000003000000a30d04054e74566572040416000000300a04084e65746c6f676f6e",
        "450000f900010000401165f10a0000010a0000020185c35000e500003081cc0201016481c604003081c13081be04086e65746c6f676f6e3181b10481ae17000000fdf303000102030405060708090a0b0c0d0e0f1004636f7270076578616d706c6504746573740004636f7270076578616d706c65047465737400046463303104636f7270076578616d706c6504746573740004434f525000044443303100001744656661756c742d46697273742d536974652d4e616d65001744656661756c742d46697273742d536974652d4e616d650010020000000a00000900000000000000000d000000ffffffff300c02010165070a010004000400",
        "4500005f000100004011668b0a0000020a000001c3500185004b00003041020102633c04000a01000a0100020100020100010100a01da30c0404486f7374040444433031a30d04054e74566572040402000000300a04084e65746c6f676f6e",
        "450000bb000100004011662f0a0000010a0000020185c35000a7000030818e020102648188040030818330818004086e65746c6f676f6e3174047213005c005c0044004300300031000000000043004f005200500000000102030405060708090a0b0c0d0e0f100000000000000000000000000000000004636f727004746573740004636f7270047465737400046463303104636f72700474657374000a000009fd03000003000000ffffffff300c02010265070a010004000400",
        "4500005d000100004011668d0a0000020a000001c350018500490000303f020103633a04000a01000a0100020100020100010100a00fa30d04054e74566572040406000000301604086e65746c6f676f6e040a6f626a65637467756964",
        "450000f900010000401165f10a0000010a0000020185c35000e500003081cc0201036481c604003081c130818904086e65746c6f676f6e317d047b17000000fd0100000102030405060708090a0b0c0d0e0f1004636f7270076578616d706c65047465737400c0180464633031c01804434f525000044443303100001744656661756c742d46697273742d536974652d4e616d65001744656661756c742d46697273742d536974652d4e616d650006000000ffffffff3020040a6f626a65637467756964311204100102030405060708090a0b0c0d0e0f10301104084e45544c4f474f4e31050403170000300c02010365070a010004000400",
        "4500005100010000401166990a0000010a0000020185c350003d0000302502010464200400301c301a04086e65746c6f676f6e310e040c120000000000000000000000300c02010465070a012004000400",
        "4500001f00010000401166cb0a0000020a000001c3500185000b0000010203",
        "4500007400010000401166760a0000020a000001c350018500600000302f020105632a04000a01000a0100020100020100010100a30b04054e7456657204020600300a04086e65746c6f676f6e3025020106632004000a01000a0100020100020100010100870b6f626a656374436c6173733000",
        "45000050000100004011669a0a0000020a000001c3500185003c00003032020107632d04000a01000a0100020100020100010100a30e04054e7456657204050600000000300a04086e65746c6f676f6e",
        "4500004f000100004011669b0a0000020a000001c3500185003b0000302d020109632804000a01000a0100020100020100010100a313040a446f6d61696e47756964040573686f7274300030020200",
        "4500006900010000401166810a0000010a0000020185c35000550000303d020109643804003034303204086e65746c6f676f6e3126042413005c005c0044004300300031000000000043004f0052005000000001000000ffffffff300c02010965070a010004000400",
        "4500005500010000401166950a0000010a0000020185c35000410000303702010964320400302e302c04086e65746c6f676f6e3120041e17000000010000000102030405060708090a0b0c0d0e0f1004636f727007",
    ]
    .iter()
    .map(|h| common::unhex(h))
    .collect();
    let pcap = common::pcap_of(101, 1_700_000_000, &frames);
    common::keep_crafted("cldap.pcap", &pcap);
    let rows = common::fields_rows_with(
        pcap,
        &["-E", "separator=|"],
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "ldap.messageID",
            "ldap.assertionValue",
            "ldap.guid",
            "ldap.type",
            "mscldap.ntver.flags",
            "mscldap.ntver.searchflags.v5ex",
            "mscldap.netlogon.opcode",
            "mscldap.netlogon.flags",
            "mscldap.netlogon.flags.writabledc",
            "mscldap.domain.guid",
            "mscldap.forest",
            "mscldap.domain",
            "mscldap.hostname",
            "mscldap.nb_domain",
            "mscldap.nb_hostname",
            "mscldap.username",
            "mscldap.sitename",
            "mscldap.clientsitename",
            "mscldap.netlogon.ipaddress",
            "mscldap.netlogon.ipaddress.family",
            "mscldap.netlogon.ipaddress.port",
            "mscldap.netlogon.ipaddress.ipv4",
            "mscldap.netlogon.lm_token",
            "mscldap.netlogon.nt_token",
            "ldap.AttributeValue",
            "ldap.response_to",
            "ldap.time",
            "_ws.malformed",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "raw:ip:udp:cldap|CLDAP|searchRequest(1) \"<ROOT>\" baseObject |1|corp.example.test,S-1-5-21-1-2-3|04030201-0605-0807-090a-0b0c0d0e0f10||0x00000016|1||||||||||||||||||||||",
            "raw:ip:udp:cldap|CLDAP|searchResEntry(1) \"<ROOT>\" searchResDone(1) success  [1 result]|1,1|||netlogon|0x0000000d|1|23|0x0003f3fd|1|04030201-0605-0807-090a-0b0c0d0e0f10|corp.example.test|corp.example.test|dc01.corp.example.test|CORP|DC01|<Root>|Default-First-Site-Name|Default-First-Site-Name|10.0.0.9|2|0|10.0.0.9|0xffff|0xffff||1,1|1.000000000,1.000000000|",
            "raw:ip:udp:cldap|CLDAP|searchRequest(2) \"<ROOT>\" baseObject |2|DC01|||0x00000002|0||||||||||||||||||||||",
            "raw:ip:udp:cldap|CLDAP|searchResEntry(2) \"<ROOT>\" searchResDone(2) success  [2 results]|2,2|||netlogon|0x00000003|0|19|0x000003fd|0|04030201-0605-0807-090a-0b0c0d0e0f10|corp.test|corp.test|dc01.corp.test|CORP|\\\\DC01||||10.0.0.9||||0xffff|0xffff||3,3|1.000000000,1.000000000|",
            "raw:ip:udp:cldap|CLDAP|searchRequest(3) \"<ROOT>\" baseObject |3||||0x00000006|1||||||||||||||||||||||",
            "raw:ip:udp:cldap|CLDAP|searchResEntry(3) \"<ROOT>\" searchResDone(3) success  [3 results]|3,3|||netlogon,objectguid,NETLOGON|0x00000006|1|23|0x000001fd|0|04030201-0605-0807-090a-0b0c0d0e0f10|corp.example.test|corp.example.test|dc01.corp.example.test|CORP|DC01|<Root>|Default-First-Site-Name|Default-First-Site-Name|||||0xffff|0xffff|0102030405060708090a0b0c0d0e0f10,170000|5,5|1.000000000,1.000000000|",
            "raw:ip:udp:cldap|CLDAP|searchResEntry(4) \"<ROOT>\" searchResDone(4) noSuchObject  [4 results]|4,4|||netlogon|0x00000000|0|18||||||||||||||||0x0000|0x0000||||",
            "raw:ip:udp:cldap|CLDAP|||||||||||||||||||||||||||||",
            "raw:ip:udp:cldap|CLDAP|searchRequest(5) \"<ROOT>\" baseObject [Malformed Packet]|5|||||||||||||||||||||||||||[Malformed Packet: CLDAP],_ws.malformed",
            "raw:ip:udp:cldap|CLDAP|searchRequest(7) \"<ROOT>\" baseObject |7||||0x00000006|1||||||||||||||||||||||",
            "raw:ip:udp:cldap|CLDAP|searchRequest(9) \"<ROOT>\" baseObject |9|short||||||||||||||||||||||||||",
            "raw:ip:udp:cldap|CLDAP|searchResEntry(9) \"<ROOT>\" searchResDone(9) success  [5 results]|9,9|||netlogon|0x00000001|0|19|||||||CORP|\\\\DC01||||||||0xffff|0xffff||11,11|1.000000000,1.000000000|",
            "raw:ip:udp:cldap|CLDAP|searchResEntry(9) \"<ROOT>\" [Malformed Packet]|9|||netlogon|||23|0x00000001|0|04030201-0605-0807-090a-0b0c0d0e0f10||||||||||||||||||[Malformed Packet: CLDAP],_ws.malformed",
        ]
    );
}

/// SAP (UDP 9875, packet-sap.c) and the SDP it carries: an announcement
/// with a payload type whose description sets up an RTP stream (the next
/// datagram to its port is RTP, as tshark's SDP applies it); a deletion
/// from an IPv6 source with padded authentication data and no payload
/// type; encrypted, compressed and both (not read); a pad longer than the
/// authentication data (bogus, SDP not called); a header cut short
/// (malformed); a header with nothing after it (tshark reads a byte past
/// the end); a payload type without its NUL, SDP then given nothing.
#[test]
fn sap_as_tshark() {
    let sdp = b"v=0\r\no=- 7 8 IN IP4 10.99.0.1\r\ns=Talk\r\nc=IN IP4 10.99.0.2/16\r\nt=0 0\r\nm=audio 5004 RTP/AVP 0\r\n";
    let v4 = |flags: u8, auth: &[u8], rest: &[u8]| {
        let mut b = vec![flags, (auth.len() / 4) as u8, 0x12, 0x34, 10, 99, 0, 1];
        b.extend_from_slice(auth);
        b.extend_from_slice(rest);
        common::udp_datagram(9875, 9875, &b)
    };
    let typed = [&b"application/sdp\0"[..], sdp].concat();
    let mut v6 = vec![0x34, 2, 0xab, 0xcd];
    v6.extend_from_slice(&[0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    v6.extend_from_slice(&[0x31, 0xaa, 0xbb, 0xcc, 0xdd, 0, 0, 3]);
    v6.extend_from_slice(sdp);
    let rtp = [0x80, 0, 0, 1, 0, 0, 0, 160, 0, 0, 0, 9, 0xff, 0xff];
    let frames = vec![
        v4(0x20, &[], &typed),
        common::udp_datagram(7000, 5004, &rtp),
        common::udp_datagram(9875, 9875, &v6),
        v4(0x22, &[], sdp),
        v4(0x21, &[], sdp),
        v4(0x23, &[], sdp),
        v4(0x20, &[0x10, 0, 0, 9], sdp),
        common::udp_datagram(9875, 9875, &[0x20, 0, 0]),
        v4(0x20, &[], &[]),
        v4(0x20, &[], b"application/sdp"),
    ];
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("sap.pcap", &pcap);
    let mut fields = vec!["frame.protocols", "_ws.col.Protocol", "_ws.col.Info"];
    fields.extend([
        "sap.flags",
        "sap.flags.v",
        "sap.flags.a",
        "sap.flags.r",
        "sap.flags.t",
        "sap.flags.e",
        "sap.flags.c",
        "sap.auth",
        "sap.auth.flags",
        "sap.auth.flags.v",
        "sap.auth.flags.p",
        "sap.auth.flags.t",
        "sap.auth.len",
        "sap.message_identifier_hash",
        "sap.originating_source",
        "sap.originating_source.ipv6",
        "sap.auth.subheader",
        "sap.auth.data_padding",
        "sap.auth.data_padding.len",
        "sap.payload_type",
        "sap.compressed_and_encrypted",
        "sap.encrypted",
        "sap.compressed",
        "sap.bogus_authentication_or_pad_length",
        "sdp.version",
        "sdp.media.port",
        "rtp.ssrc",
        "_ws.malformed",
        "_ws.expert.message",
    ]);
    let rows = common::fields_rows_with(pcap, &["-E", "separator=|"], &fields);
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:ip:udp:sap:sdp|SAP/SDP|Announcement (v1)|0x20|1|0|0|0|0|0||||||0|0x1234|10.99.0.1|||||application/sdp|||||0|5004|||",
            "eth:ethertype:ip:udp:rtp|RTP|PT=ITU-T G.711 PCMU, SSRC=0x9, Seq=1, Time=160|||||||||||||||||||||||||||0x00000009||",
            "eth:ethertype:ip:udp:sap:sdp|SAP/SDP|Deletion (v1)|0x34|1|1|0|1|0|0|1|0x31|1|1|1|2|0xabcd||2001:db8::1|aabbccdd|000003|3||||||0|5004|||",
            "eth:ethertype:ip:udp:sap|SAP|Announcement (v1)|0x22|1|0|0|0|1|0||||||0|0x1234|10.99.0.1|||||||1|||||||The rest of the packet is encrypted",
            "eth:ethertype:ip:udp:sap|SAP|Announcement (v1)|0x21|1|0|0|0|0|1||||||0|0x1234|10.99.0.1||||||||1||||||The rest of the packet is compressed",
            "eth:ethertype:ip:udp:sap|SAP|Announcement (v1)|0x23|1|0|0|0|1|1||||||0|0x1234|10.99.0.1||||||1||||||||The rest of the packet is compressed and encrypted",
            "eth:ethertype:ip:udp:sap|SAP|Announcement (v1)|0x20|1|0|0|0|0|0|1|0x10|0|1|0|1|0x1234|10.99.0.1|||||||||1|||||Bogus authentication length (1) or pad length (9)",
            "eth:ethertype:ip:udp:sap|SAP|Announcement (v1)[Malformed Packet]|0x20|1|0|0|0|0|0||||||0|||||||||||||||[Malformed Packet: SAP],_ws.malformed|Malformed Packet (Exception occurred)",
            "eth:ethertype:ip:udp:sap|SAP|Announcement (v1)[Malformed Packet]|0x20|1|0|0|0|0|0||||||0|0x1234|10.99.0.1|||||||||||||[Malformed Packet: SAP],_ws.malformed|Malformed Packet (Exception occurred)",
            "eth:ethertype:ip:udp:sap|SAP/SDP|Announcement (v1)|0x20|1|0|0|0|0|0||||||0|0x1234|10.99.0.1|||||application/sdp|||||||||",
        ]
    );
}

/// An IP payload the capture cut off entirely is still handed on: tshark
/// calls TCP, UDP and ICMP, which throw on their first read ("TCP
/// truncated") before writing a column (IPv4 or IPv6 stays; ICMP writes
/// its own first). IPv6 hands on even an empty payload (a payload length
/// of 0 and nothing after the header: TCP, UDP and ICMPv6 malformed; an
/// IPv6 fragment's Info stays); No Next Header calls no one.
#[test]
fn ip_payload_cut_off_entirely_as_tshark() {
    let tcp = [
        0, 0x50, 0, 0x51, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 2, 0x20, 0, 0xab, 0xcd, 0, 0,
    ];
    let udp = [0, 0x35, 0, 0x35, 0, 8, 0, 0];
    let icmp = [8, 0, 0xf7, 0xff, 0, 0, 0, 0];
    let v4 = |proto: u8, l4: &[u8]| common::ipv4_frame([10, 0, 0, 1], [10, 0, 0, 2], proto, l4);
    let v6 = |nxt: u8, plen: u16, payload: &[u8]| {
        let mut f = vec![
            2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x86, 0xdd, 0x60, 0, 0, 0,
        ];
        f.extend_from_slice(&plen.to_be_bytes());
        f.extend_from_slice(&[nxt, 64]);
        f.extend_from_slice(&[0xfd; 15]);
        f.push(1);
        f.extend_from_slice(&[0xfd; 15]);
        f.push(2);
        f.extend_from_slice(payload);
        f
    };
    // An IPv6 fragment header (offset 0, last) whose TCP got nothing.
    let frag = v6(44, 8, &[6, 0, 0, 0, 0xfa, 0xce, 0xf0, 0xe1]);
    // (frame, bytes captured)
    let frames: Vec<(Vec<u8>, usize)> = vec![
        (v4(6, &tcp), 34),
        (v4(17, &udp), 34),
        (v4(1, &icmp), 34),
        (v4(6, &tcp), 36),
        (v6(6, 20, &tcp), 54),
        (v6(17, 8, &udp), 54),
        (v6(6, 0, &[]), 54),
        (v6(17, 0, &[]), 54),
        (v6(58, 0, &[]), 54),
        (v6(59, 0, &[]), 54),
        (frag.clone(), frag.len()),
    ];
    let mut pcap = common::pcap_of(1, 1_700_000_000, &[]);
    for (i, (f, cap)) in frames.iter().enumerate() {
        pcap.extend_from_slice(&(1_700_000_000 + i as u32).to_le_bytes());
        pcap.extend_from_slice(&0u32.to_le_bytes());
        pcap.extend_from_slice(&(*cap as u32).to_le_bytes());
        pcap.extend_from_slice(&(f.len() as u32).to_le_bytes());
        pcap.extend_from_slice(&f[..*cap]);
    }
    common::keep_crafted("ip-payload-cut.pcap", &pcap);
    let rows = common::fields_rows_with(
        pcap,
        &["-E", "separator=|"],
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.short",
            "_ws.malformed",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:ip:tcp|IPv4|[Packet size limited during capture]|[Packet size limited during capture: TCP truncated]|",
            "eth:ethertype:ip:udp|IPv4|[Packet size limited during capture]|[Packet size limited during capture: UDP truncated]|",
            "eth:ethertype:ip:icmp|ICMP|[Packet size limited during capture]|[Packet size limited during capture: ICMP truncated]|",
            "eth:ethertype:ip:tcp|IPv4|[Packet size limited during capture]|[Packet size limited during capture: TCP truncated]|",
            "eth:ethertype:ipv6:tcp|IPv6|[Packet size limited during capture]|[Packet size limited during capture: TCP truncated]|",
            "eth:ethertype:ipv6:udp|IPv6|[Packet size limited during capture]|[Packet size limited during capture: UDP truncated]|",
            "eth:ethertype:ipv6:tcp|IPv6|[Malformed Packet]||[Malformed Packet: TCP],_ws.malformed",
            "eth:ethertype:ipv6:udp|IPv6|[Malformed Packet]||[Malformed Packet: UDP],_ws.malformed",
            "eth:ethertype:ipv6:icmpv6|ICMPv6|[Malformed Packet]||[Malformed Packet: ICMPv6],_ws.malformed",
            "eth:ethertype:ipv6|IPv6|IPv6 no next header||",
            "eth:ethertype:ipv6:ipv6.fraghdr:tcp|IPv6|IPv6 fragment (off=0 more=n ident=0xfacef0e1 nxt=6)[Malformed Packet]||[Malformed Packet: TCP],_ws.malformed",
        ]
    );
}
