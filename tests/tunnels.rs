//! Tunnels as tshark 4.0 decodes them: GRE (key, sequence number, IPv4,
//! transparent Ethernet bridging, MPLS), ERSPAN type II, MPLS label stacks,
//! VXLAN, VXLAN-GPE, Geneve (with an option) and Teredo (with an origin indication),
//! each carrying a packet the existing decoders read, so every field lists
//! outer and inner values and flows key on the inner packet. The frames are
//! built by hand from the RFC layouts; the expected lines are tshark's
//! (`tshark -T fields --enable-protocol communityid`, 4.0.17) on the same
//! bytes.

mod common;

use assert_cmd::Command;
use std::io::Write;

/// The fields every frame is checked on.
const FIELDS: &[&str] = &[
    "frame.protocols",
    "ip.src",
    "ip.dst",
    "ipv6.src",
    "tcp.stream",
    "udp.stream",
    "dns.qry.name",
    "gre.key",
    "gre.sequence_number",
    "mpls.label",
    "mpls.exp",
    "mpls.bottom",
    "vxlan.vni",
    "geneve.vni",
    "geneve.option.class",
    "erspan.version",
    "erspan.spanid",
    "erspan.vlan",
    "teredo.orig.port",
    "teredo.orig.addr",
    "eth.src",
    "communityid",
];

/// Each frame: what it carries, its bytes (hex), tshark's line.
const FRAMES: &[(&str, &str, &str)] = &[
    (
        "gre_dns",
        "02000000000102000000000208004500005900010000402ff671c0000201c0000202300008000000000a000000014500003900010000401166b10a0000010a0000029c40003500250000123401000001000000000000076578616d706c6503636f6d0000010001",
        "eth:ethertype:ip:gre:ip:udp:dns\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t\t0\texample.com\t0x0000000a\t1\t\t\t\t\t\t\t\t\t\t\t\t02:00:00:00:00:02\t1:RXKURpyQITZU13SCYbIzaVPTxaQ=",
    ),
    (
        "gre_tcp_a",
        "02000000000102000000000208004500004000010000402ff68ac0000201c0000202000008004500002800010000400666cd0a0000010a00000203e8005000000001000000005002ffff00000000",
        "eth:ethertype:ip:gre:ip:tcp\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t0\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t02:00:00:00:00:02\t1:lWJQYXirSlmWE2qTFPykhczY8U4=",
    ),
    (
        "gre_tcp_b",
        "02000000000102000000000208004500004000010000402ff68ac0000201c0000202000008004500002800010000400666cd0a0000010a00000203e9005000000001000000005002ffff00000000",
        "eth:ethertype:ip:gre:ip:tcp\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t1\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t02:00:00:00:00:02\t1:p7phLF9koGoF9Aa74dAzr3q6KcI=",
    ),
    (
        "gre_eth",
        "02000000000102000000000208004500004a00010000402ff680c0000201c0000202200065580200000002000000001102000000001208004500002000010000400166da0a0000010a0000020800192d0001000170696e67",
        "eth:ethertype:ip:gre:eth:ethertype:ip:icmp:data\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t\t\t\t0x02000000\t\t\t\t\t\t\t\t\t\t\t\t\t02:00:00:00:00:02,02:00:00:00:00:12\t1:YcMyyWJfhc95EW1GfXt6jlZ3DiQ=",
    ),
    (
        "mpls",
        "02000000000102000000000288470001004000011b3f4500002000010000400166da0a0000010a0000020800192c0002000170696e67",
        "eth:ethertype:mpls:ip:icmp:data\t10.0.0.1\t10.0.0.2\t\t\t\t\t\t\t16,17\t0,5\t0,1\t\t\t\t\t\t\t\t\t02:00:00:00:00:02\t1:YcMyyWJfhc95EW1GfXt6jlZ3DiQ=",
    ),
    (
        "vxlan",
        "02000000000102000000000208004500006e000100004011f67ac0000201c0000202d6d812b5005a00000800000000000a0002000000002102000000002208004500003c00010000401166ae0a0000010a0000029c410035002800001234010000010000000000000674756e6e656c076578616d706c650000010001",
        "eth:ethertype:ip:udp:vxlan:eth:ethertype:ip:udp:dns\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t\t1,2\ttunnel.example\t\t\t\t\t\t10\t\t\t\t\t\t\t\t02:00:00:00:00:02,02:00:00:00:00:22\t1:qP9kwqxKHSKxa7Y7vXIrrzZBl+o=",
    ),
    (
        "geneve",
        "020000000001020000000002080045000062000100004011f686c0000201c0000202c35017c1004e00000200655800000b0001038001deadbeef02000000003102000000003208004500002800010000400666cd0a0000010a00000207d001bb00000007000000005002ffff00000000",
        "eth:ethertype:ip:udp:geneve:eth:ethertype:ip:tcp\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t2\t3\t\t\t\t\t\t\t\t0x00000b\t0x0103\t\t\t\t\t\t02:00:00:00:00:02,02:00:00:00:00:32\t1:uUq95HtzUxYIZ1SzJc62vbe+cyw=",
    ),
    (
        "erspan2",
        "02000000000102000000000208004500005200010000402ff678c0000201c0000202100088be00000007101708640000000502000000004102000000004208004500002000010000400166da0a0000010a0000020800192b0003000170696e67",
        "eth:ethertype:ip:gre:erspan:eth:ethertype:ip:icmp:data\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t\t\t\t\t7\t\t\t\t\t\t\t1\t100\t23\t\t\t02:00:00:00:00:02,02:00:00:00:00:42\t1:YcMyyWJfhc95EW1GfXt6jlZ3DiQ=",
    ),
    (
        "teredo",
        "020000000001020000000002080045000058000100004011f690c0000201c00002020dd89c42004400000000f22734ff8efa60000000000c3a402001000004379e7600000000000000012001000004379e76000000000000000280001b830004000170696e67",
        "eth:ethertype:ip:udp:teredo:ipv6:icmpv6:data\t192.0.2.1\t192.0.2.2\t2001:0:437:9e76::1\t\t4\t\t\t\t\t\t\t\t\t\t\t\t\t3544\t203.0.113.5\t02:00:00:00:00:02\t1:YEtDQJ44wQSI2p0pc0eLx6NuhA0=",
    ),
    (
        "gre_mpls",
        "02000000000102000000000208004500005600010000402ff674c0000201c000020200008847000641094500003a00010000401166b00a0000010a0000029c43003500260000123401000001000000000000046d706c73076578616d706c650000010001",
        "eth:ethertype:ip:gre:mpls:ip:udp:dns\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t\t5\tmpls.example\t\t\t100\t0\t1\t\t\t\t\t\t\t\t\t02:00:00:00:00:02\t1:w1ZVCMXIQY2xXn38SyCVKEooi64=",
    ),
    (
        // VXLAN-GPE (port 4790) carrying IPv4 (next protocol 1): tshark
        // does not list its name-only protocol in frame.protocols; the
        // inner datagram is the VXLAN frame's conversation again.
        "vxlan_gpe",
        "020000000001020000000002080045000060000100004011f688c0000201c0000202d6d812b6004c00000c00000100000a004500003c00010000401166ae0a0000010a0000029c410035002800001234010000010000000000000674756e6e656c076578616d706c650000010001",
        "eth:ethertype:ip:udp:ip:udp:dns\t192.0.2.1,10.0.0.1\t192.0.2.2,10.0.0.2\t\t\t6,2\ttunnel.example\t\t\t\t\t\t10\t\t\t\t\t\t\t\t02:00:00:00:00:02\t1:qP9kwqxKHSKxa7Y7vXIrrzZBl+o=",
    ),
];

/// A classic pcap of Ethernet frames, one second apart.
fn pcap(frames: &[Vec<u8>]) -> tempfile::NamedTempFile {
    let pcap = common::pcap_of(1, 1000, frames);
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(&pcap).expect("write pcap");
    file
}

fn osidump(args: &[&str], file: &tempfile::NamedTempFile) -> String {
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args(args)
        .arg(file.path())
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// `osidump dissect -T fields -e F…` of `file`.
fn fields_of(file: &tempfile::NamedTempFile, fields: &[&str]) -> String {
    let mut args = vec!["dissect", "-T", "fields"];
    for f in fields {
        args.extend(["-e", f]);
    }
    osidump(&args, file)
}

/// Every field, outer and inner, as tshark shows it; tcp.stream counts
/// the two inner connections of one GRE tunnel apart, udp.stream numbers
/// outer and inner datagrams, and the Community ID hashes the inner flow.
#[test]
fn tunnelled_packets_give_tsharks_fields() {
    let file = pcap(
        &FRAMES
            .iter()
            .map(|(_, h, _)| common::unhex(h))
            .collect::<Vec<_>>(),
    );
    let out = fields_of(&file, FIELDS);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), FRAMES.len());
    for ((name, _, want), got) in FRAMES.iter().zip(lines) {
        assert_eq!(got, *want, "{name}");
    }
}

/// Display filters name the tunnel protocols and their fields (tshark
/// picks the same frames).
#[test]
fn filters_read_tunnel_fields() {
    let file = pcap(
        &FRAMES
            .iter()
            .map(|(_, h, _)| common::unhex(h))
            .collect::<Vec<_>>(),
    );
    let cases = [
        ("gre", "1 2 3 4 8 10"),
        ("vxlan.vni == 10", "6 11"),
        ("vxlan.next_proto == 1 && vxlan.flags == 0x0c", "11"),
        ("vxlan.flags == 0x0800", "6"),
        ("mpls.label == 16", "5"),
        ("geneve.option.class == 0x0103", "7"),
        ("erspan", "8"),
        ("teredo.orig.port == 3544", "9"),
        ("gre.key == 10", "1"),
        ("tcp.stream == 1", "3"),
    ];
    for (filter, want) in cases {
        let out = osidump(
            &[
                "dissect",
                "-Y",
                filter,
                "-T",
                "fields",
                "-e",
                "frame.number",
            ],
            &file,
        );
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>().join(" "),
            want,
            "{filter}"
        );
    }
}

/// GRE inside GRE inside GRE ... far deeper than any real tunnel: the walk
/// stops after a bounded number of headers, and every cut of such a frame
/// and of each tunnel frame decodes without a panic.
#[test]
fn nested_and_cut_tunnels_end() {
    // Outer Ethernet, then 200 times IPv4 (protocol 47) + GRE (type IPv4).
    let mut inner: Vec<u8> = Vec::new();
    for _ in 0..200 {
        let len = (20 + 4 + inner.len()).min(65535) as u16;
        let mut hdr = vec![
            0x45, 0, 0, 0, 0, 1, 0, 0, 64, 47, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
        ];
        hdr[2..4].copy_from_slice(&len.to_be_bytes());
        hdr.extend_from_slice(&[0, 0, 0x08, 0x00]);
        hdr.extend_from_slice(&inner);
        inner = hdr;
    }
    let mut deep = vec![0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2, 0x08, 0x00];
    deep.extend_from_slice(&inner);
    let mut frames = vec![deep.clone()];
    for (_, h, _) in FRAMES {
        let f = common::unhex(h);
        frames.extend((14..f.len()).map(|n| f[..n].to_vec()));
    }
    frames.extend((14..200).map(|n| deep[..n].to_vec()));
    let file = pcap(&frames);
    let out = osidump(&["dissect", "-T", "fields", "-e", "frame.protocols"], &file);
    assert_eq!(out.lines().count(), frames.len());
    let first = out.lines().next().expect("a line");
    let headers = first.split(':').filter(|p| *p == "gre").count();
    assert!(
        (10..64).contains(&headers),
        "{headers} GRE headers: {first}"
    );
    // Each rendering reads the same tree.
    for t in ["json", "ek", "tree", "line"] {
        osidump(&["dissect", "-T", t], &file);
    }
    osidump(&["dissect", "-V"], &file);
}

/// `stats` counts each header's conversation as tshark's taps do (`tshark
/// -q -z conv,eth -z conv,ip -z conv,tcp -z conv,udp` on the same frames:
/// 5 Ethernet, 2 IPv4, 3 TCP and 6 UDP conversations): outer and inner
/// Ethernet, IP and UDP apart, TCP and UDP ports with the addresses of the
/// IP header before them.
#[test]
fn stats_count_outer_and_inner_conversations() {
    let file = pcap(
        &FRAMES
            .iter()
            .map(|(_, h, _)| common::unhex(h))
            .collect::<Vec<_>>(),
    );
    let out = osidump(&["--lang", "en", "stats"], &file);
    for want in [
        "eth conversations: 5",
        "ip conversations: 2",
        "tcp conversations: 3",
        "udp conversations: 7",
        "10.0.0.1:1001 <-> 10.0.0.2:80",
        "192.0.2.1:55000 <-> 192.0.2.2:4789",
        "10.0.0.1:40001  <-> 10.0.0.2:53",
    ] {
        assert!(out.contains(want), "{want} not in:\n{out}");
    }
}

/// An NSH header (base, service path, context) around `payload`.
fn nsh_header(md_type: u8, len_words: u8, next: u8, context: &[u8], payload: &[u8]) -> Vec<u8> {
    // Version 0, O and C bits clear, TTL 63.
    let word: u16 = (63 << 6) | u16::from(len_words);
    let mut h = word.to_be_bytes().to_vec();
    h.extend_from_slice(&[md_type, next, 0, 0x01, 0x2c, 254]);
    h.extend_from_slice(context);
    h.extend_from_slice(payload);
    h
}

/// The Network Service Header (EtherType 0x894F, VXLAN-GPE's next protocol
/// 4) as packet-nsh.c reads it: MD type 2's TLVs padded to 4 bytes, MD type
/// 1's four context headers (a length other than 6 words flagged and taken
/// as 6), an unknown MD type's base header alone, the payload by the next
/// protocol (IPv4, Ethernet; data for an unknown one), a header cut short.
#[test]
fn nsh_headers_as_tshark_reads_them() {
    let eth = |payload: &[u8]| {
        let mut f = vec![0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x89, 0x4f];
        f.extend_from_slice(payload);
        f
    };
    let inner = common::ipv4_frame(
        [10, 0, 0, 1],
        [10, 0, 0, 2],
        17,
        &[0x9c, 0x40, 0, 53, 0, 8, 0, 0],
    );
    let inner_ip = &inner[14..];
    let tlvs = [
        0x01, 0x02, 0x03, 0x03, 0xaa, 0xbb, 0xcc, 0x00, 0xff, 0xff, 0x84, 0x00,
    ];
    let md2 = nsh_header(2, 5, 1, &tlvs, inner_ip);
    let md1 = nsh_header(1, 5, 3, &[0x11; 16], &inner);
    let unknown = nsh_header(0x0f, 0, 0x77, &[], b"rest");
    let cut = nsh_header(1, 6, 1, &[], &[])[..6].to_vec();
    let mut gpe = vec![0x0c, 0, 0, 4, 0, 0, 0x0a, 0];
    gpe.extend_from_slice(&nsh_header(2, 2, 1, &[], inner_ip));
    let mut udp = vec![0xd6, 0xd8, 0x12, 0xb6];
    udp.extend_from_slice(&((8 + gpe.len()) as u16).to_be_bytes());
    udp.extend_from_slice(&[0, 0]);
    udp.extend_from_slice(&gpe);
    let frames = [
        eth(&md2),
        eth(&md1),
        eth(&unknown),
        eth(&cut),
        common::ipv4_frame([192, 0, 2, 1], [192, 0, 2, 2], 17, &udp),
    ];
    common::keep_crafted("nsh.pcap", &common::pcap_of(1, 1000, &frames));
    let file = pcap(&frames);
    let fields = [
        "frame.protocols",
        "_ws.col.Protocol",
        "nsh.ttl",
        "nsh.length",
        "nsh.mdtype",
        "nsh.nextproto",
        "nsh.spi",
        "nsh.si",
        "nsh.contextheader",
        "nsh.metadataclass",
        "nsh.metadatatype",
        "nsh.metadatalen",
        "nsh.metadata",
        "ip.dst",
        "_ws.expert.message",
    ];
    let got = fields_of(&file, &fields);
    let want = concat!(
        "eth:ethertype:nsh:ip:udp\tUDP\t0x003f\t5\t2\t1\t300\t254\t\t258,65535\t3,132\t0x03,0x00\taabbcc\t10.0.0.2\t\n",
        "eth:ethertype:nsh:eth:ethertype:ip:udp\tUDP\t0x003f\t5\t1\t3\t300\t254\t11111111,11111111,11111111,11111111\t\t\t\t\t10.0.0.2\tLength MUST be of value 0x6 for MD Type equal to 0x1\n",
        "eth:ethertype:nsh:data\tNSH\t0x003f\t0\t15\t119\t300\t254\t\t\t\t\t\t\tLength must be at least 0x1 for NSH Base Header\n",
        "eth:ethertype:nsh\tNSH\t0x003f\t6\t1\t1\t\t\t\t\t\t\t\t\tMalformed Packet (Exception occurred)\n",
        "eth:ethertype:ip:udp:nsh:ip:udp\tUDP\t0x003f\t2\t2\t1\t300\t254\t\t\t\t\t\t192.0.2.2,10.0.0.2\t\n",
    );
    assert_eq!(got, want);
}

/// GRE's protocol 0x0806 is ARP (tshark's `gre.proto` table), as
/// suricata-verify's arp-encap carries it.
#[test]
fn arp_over_gre() {
    let mut gre = vec![0, 0, 0x08, 0x06];
    gre.extend_from_slice(&[0, 1, 0x08, 0, 6, 4, 0, 1]);
    gre.extend_from_slice(&[0xbc, 3, 0x58, 0x5a, 0xd5, 0xca, 192, 168, 1, 28]);
    gre.extend_from_slice(&[0, 0, 0, 0, 0, 0, 192, 168, 1, 1]);
    let mut frame = common::ipv4_frame([1, 1, 1, 1], [2, 2, 2, 2], 47, &[0; 8]);
    frame.truncate(14 + 20);
    frame[14 + 2..14 + 4].copy_from_slice(&((20 + gre.len()) as u16).to_be_bytes());
    frame.extend_from_slice(&gre);
    common::keep_crafted("arp_gre.pcap", &common::pcap_of(1, 1000, &[frame.clone()]));
    let file = pcap(&[frame]);
    let got = fields_of(&file, &["frame.protocols", "arp.opcode", "_ws.col.Info"]);
    assert_eq!(
        got,
        "eth:ethertype:ip:gre:arp\t1\tWho has 192.168.1.1? Tell 192.168.1.28\n"
    );
}

/// Cisco MetaData (EtherType 0x8909): its version, length, options and
/// Security Group Tag, then the EtherType of the packet it tags; cut short,
/// as far as it goes.
#[test]
fn cisco_metadata_tags_the_packet_after_it() {
    let inner = common::ipv4_frame(
        [10, 0, 0, 1],
        [10, 0, 0, 2],
        17,
        &[0x9c, 0x40, 0, 53, 0, 8, 0, 0],
    );
    let tagged = |cmd: &[u8]| {
        let mut f = inner[..12].to_vec();
        f.extend_from_slice(&[0x89, 0x09]);
        f.extend_from_slice(cmd);
        f
    };
    let mut whole = vec![1, 1, 0, 1, 0x00, 0x2a, 0x08, 0x00];
    whole.extend_from_slice(&inner[14..]);
    let frames = [tagged(&whole), tagged(&[1, 1, 0, 1, 0])];
    common::keep_crafted("cmd.pcap", &common::pcap_of(1, 1000, &frames));
    let file = pcap(&frames);
    let fields = [
        "frame.protocols",
        "cmd.version",
        "cmd.length",
        "cmd.options",
        "cmd.sgt",
        "cmd.type",
        "ip.dst",
        "_ws.col.Protocol",
    ];
    assert_eq!(
        fields_of(&file, &fields),
        concat!(
            "eth:ethertype:cmd:ethertype:ip:udp\t1\t1\t0x0001\t42\t0x0800\t10.0.0.2\tUDP\n",
            "eth:ethertype:cmd\t1\t1\t0x0001\t\t\t\tCMD\n",
        )
    );
}

/// AYIYA (UDP 5072) forwarding IPv6 and a heartbeat, and GTP-U carrying a
/// DNS query beside a GTP echo request: AYIYA names the Protocol column
/// and leaves UDP's Info; the inner UDP's Info replaces the outer's (UDP
/// clears the column), over IPv6 with packet-udp.c's note on a zero
/// checksum; what a T-PDU carried writes `GTP <…>`; GTP's own Info is the
/// message type alone. tshark 4.0.17's cells on the same bytes.
#[test]
fn ayiya_and_gtp_columns_as_tshark() {
    const TUN: &[(&str, &str)] = &[
        (
            "ayiya_forward_ipv6_udp",
            "02000000000202000000000108004500007c000100004011666e0a0000010a000002303913d000680000415211294af64bfdfd000000000000000000000000000001000102030405060708090a0b0c0d0e0f1011121360000000000c1140fd000000000000000000000000000001fd0000000000000000000000000000029c409c41000c000070696e67",
        ),
        (
            "ayiya_heartbeat",
            "02000000000202000000000108004500004800010000401166a20a0000020a00000113d03039003400004152103b4af64bfdfd000000000000000000000000000001000102030405060708090a0b0c0d0e0f10111213",
        ),
        (
            "gtp_u_dns",
            "02000000000202000000000108004500005d000100004011f68bc0000201c0000202086808680049000030ff00391122334445000039000100004011669f0a0900010a0900029c40003500250000123401000001000000000000076578616d706c6503636f6d0000010001",
        ),
        (
            "gtp_echo_request",
            "020000000002020000000001080045000028000100004011f6c0c0000201c0000202084b084b00140000320100040000000000070000",
        ),
    ];
    let file = pcap(
        &TUN.iter()
            .map(|(_, h)| common::unhex(h))
            .collect::<Vec<_>>(),
    );
    let fields = [
        "frame.protocols",
        "ayiya.idlen",
        "ayiya.idtype",
        "ayiya.siglen",
        "ayiya.hashmethod",
        "ayiya.authmethod",
        "ayiya.opcode",
        "ayiya.nextheader",
        "ayiya.epoch",
        "ayiya.identity",
        "ayiya.signature",
        "udp.stream",
        "gtp.message",
        "_ws.col.Protocol",
        "_ws.col.Info",
    ];
    let out = fields_of(&file, &fields).replace('\t', "|");
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(
        got,
        [
            "eth:ethertype:ip:udp:ayiya:ipv6:udp:data|0x04|0x01|0x05|0x02|0x01|0x01|0x29|Nov  8, 2009 04:41:33.000000000 UTC|fd000000000000000000000000000001|000102030405060708090a0b0c0d0e0f10111213|0,1||UDP|40000 → 40001 Len=4 [ILLEGAL CHECKSUM (0)]",
            "eth:ethertype:ip:udp:ayiya|0x04|0x01|0x05|0x02|0x01|0x00|0x3b|Nov  8, 2009 04:41:33.000000000 UTC|fd000000000000000000000000000001|000102030405060708090a0b0c0d0e0f10111213|0||AYIYA|5072 → 12345 Len=44",
            "eth:ethertype:ip:udp:gtp:ip:udp:dns|||||||||||2,3|0xff|GTP <DNS>|Standard query 0x1234 A example.com",
            "eth:ethertype:ip:udp:gtp|||||||||||4|0x01|GTP|Echo request",
        ]
    );
}

/// EtherIP (IP protocol 97: a version 3 header, then one with version 4
/// and a reserved bit set, then one cut after its first byte) and an
/// Ethernet frame straight after the IP header (protocol 143, RFC 8986's
/// SRv6 L2 services) over IPv6 and IPv4: tshark 4.0.17's cells on the same
/// five frames.
#[test]
fn etherip_and_ethernet_in_ip() {
    let frames = [
        "020000000001020000000002080045000048000100004061f650c0000201c0000202300002000000000302000000000408004500002400010000400166d40a0100010a01000208006662000700016162636465666768",
        "020000000001020000000002080045000040000200004061f657c0000201c00002024001020000000003020000000004080600010800060400010200000000010a0100010000000000000a010002",
        "020000000001020000000002080045000015000300004061f681c0000201c000020230",
        "02000000000102000000000286dd60000000002a8f400000000000000000000000000000000100000000000000000000000000000002020000000003020000000004080600010800060400010200000000010a0100010000000000000a010002",
        "02000000000102000000000208004500004600040000408ff621c0000201c000020202000000000302000000000408004500002400010000400166d40a0100010a01000208006662000700016162636465666768",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("etherip.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "etherip.ver",
            "etherip.reserved",
            "_ws.expert.message",
            "eth.src",
            "ip.src",
            "ipv6.nxt",
            "_ws.col.Protocol",
            "_ws.col.Info",
        ],
    );
    let expected = "\
eth:ethertype:ip:etherip:eth:ethertype:ip:icmp:data|3|0x0000||02:00:00:00:00:02,02:00:00:00:00:04|192.0.2.1,10.1.0.1||ICMP|Echo (ping) request  id=0x0007, seq=1/256, ttl=64
eth:ethertype:ip:etherip:eth:ethertype:arp|4|0x0001|Version must be 3,Reserved field must be 0|02:00:00:00:00:02,02:00:00:00:00:04|192.0.2.1||ARP|Who has 10.1.0.2? Tell 10.1.0.1
eth:ethertype:ip:etherip|||Malformed Packet (Exception occurred)|02:00:00:00:00:02|192.0.2.1||ETHERIP|[Malformed Packet]
eth:ethertype:ipv6:eth:ethertype:arp||||02:00:00:00:00:02,02:00:00:00:00:04||143|ARP|Who has 10.1.0.2? Tell 10.1.0.1
eth:ethertype:ip:eth:ethertype:ip:icmp:data||||02:00:00:00:00:02,02:00:00:00:00:04|192.0.2.1,10.1.0.1||ICMP|Echo (ping) request  id=0x0007, seq=1/256, ttl=64";
    let expected: Vec<Vec<String>> = expected
        .lines()
        .map(|l| l.split('|').map(String::from).collect())
        .collect();
    assert_eq!(rows, expected);
}
