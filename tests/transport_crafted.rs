//! TCP and UDP fields of hand-built frames against what tshark 4.0 prints
//! for the same bytes (the expected cells are tshark's `-T fields -E
//! occurrence=a` output on these frames, checked when each case was
//! written; set `OSIDUMP_KEEP_CRAFTED=DIR` to write each capture there and
//! check again).

mod common;

/// `osidump dissect -T fields` of `frames` (Ethernet, a second apart), one
/// row per frame, the cells of `fields` in order.
fn rows(name: &str, frames: &[Vec<u8>], fields: &[&str]) -> Vec<Vec<String>> {
    let pcap = common::pcap_of(1, 1_700_000_000, frames);
    common::keep_crafted(name, &pcap);
    common::fields_rows(pcap, None, fields)
}

/// Ethernet and an IPv4 header (total length `ip_len`, or the datagram's
/// own) around `l4` of protocol `proto`, between 10.0.0.1 and 10.0.0.2
/// (`c2s`: from 10.0.0.1).
fn ipv4(c2s: bool, proto: u8, l4: &[u8], ip_len: Option<u16>) -> Vec<u8> {
    let (a, b) = if c2s {
        ([10, 0, 0, 1], [10, 0, 0, 2])
    } else {
        ([10, 0, 0, 2], [10, 0, 0, 1])
    };
    let total = ip_len.unwrap_or((20 + l4.len()) as u16);
    let mut f = vec![0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0x08, 0x00];
    f.extend_from_slice(&[0x45, 0]);
    f.extend_from_slice(&total.to_be_bytes());
    f.extend_from_slice(&[0, 1, 0, 0, 64, proto, 0, 0]);
    f.extend_from_slice(&a);
    f.extend_from_slice(&b);
    f.extend_from_slice(l4);
    f
}

/// A TCP segment between 10.0.0.1:40000 and 10.0.0.2:80 (`c2s`: from the
/// first) with `flags` (12 bits), options padded with NOPs and no data.
fn tcp(c2s: bool, seq: u32, ack: u32, flags: u16, options: &[u8]) -> Vec<u8> {
    let mut opts = options.to_vec();
    while !opts.len().is_multiple_of(4) {
        opts.push(1);
    }
    let (sp, dp): (u16, u16) = if c2s { (40000, 80) } else { (80, 40000) };
    let mut t = Vec::new();
    t.extend_from_slice(&sp.to_be_bytes());
    t.extend_from_slice(&dp.to_be_bytes());
    t.extend_from_slice(&seq.to_be_bytes());
    t.extend_from_slice(&ack.to_be_bytes());
    let off_flags = ((((20 + opts.len()) / 4) as u16) << 12) | flags;
    t.extend_from_slice(&off_flags.to_be_bytes());
    t.extend_from_slice(&[0x03, 0xe8, 0, 0, 0, 0]);
    t.extend_from_slice(&opts);
    ipv4(c2s, 6, &t, None)
}

/// A UDP datagram 10.0.0.1:40000 → 10.0.0.2:9999 with length field `ulen`
/// and `payload` after the header.
fn udp(ulen: u16, payload: &[u8]) -> Vec<u8> {
    let mut u = vec![0x9c, 0x40, 0x27, 0x0f];
    u.extend_from_slice(&ulen.to_be_bytes());
    u.extend_from_slice(&[0, 0]);
    u.extend_from_slice(payload);
    ipv4(true, 17, &u, None)
}

const SYN: u16 = 0x002;
const SYN_ACK: u16 = 0x012;
const ACK: u16 = 0x010;

/// Accurate ECN negotiated in the handshake (a SYN with AE, CWR and ECE; a
/// SYN-ACK with CWR alone): later segments carry the ACE counter in those
/// bits, shown as `tcp.flags.ace` instead of the three flags.
#[test]
fn accurate_ecn_handshake_turns_three_flags_into_the_ace_counter() {
    let frames = [
        tcp(true, 100, 0, SYN | 0x1c0, &[]),
        tcp(false, 500, 101, SYN_ACK | 0x080, &[]),
        tcp(true, 101, 501, ACK | 0x100, &[]),
        tcp(false, 501, 101, ACK | 0x0c1, &[]),
        tcp(true, 101, 501, 0x1c0, &[]),
    ];
    let got = rows(
        "accecn_handshake.pcap",
        &frames,
        &[
            "tcp.flags.str",
            "tcp.flags.ace",
            "tcp.flags.ae",
            "tcp.flags.cwr",
            "tcp.flags.ece",
            "_ws.col.Info",
        ],
    );
    let want = [
        [
            "···ACE····S·",
            "",
            "1",
            "1",
            "1",
            "40000 → 80 [SYN, ECE, CWR, AE] Seq=0 Win=1000 Len=0",
        ],
        [
            "····C··A··S·",
            "",
            "0",
            "1",
            "0",
            "80 → 40000 [SYN, ACK, CWR] Seq=0 Ack=1 Win=1000 Len=0",
        ],
        [
            "···-4-·A····",
            "4",
            "",
            "",
            "",
            "40000 → 80 [ACK, ACE=4] Seq=1 Ack=1 Win=1000 Len=0",
        ],
        [
            "···-3-·A···F",
            "3",
            "",
            "",
            "",
            "80 → 40000 [FIN, ACK, ACE=3] Seq=1 Ack=1 Win=1000 Len=0",
        ],
        [
            "···-7-······",
            "7",
            "",
            "",
            "",
            "[TCP Dup ACK 3#1] 40000 → 80 [, ACE=7] Seq=1 Win=1000 Len=0",
        ],
    ];
    assert_eq!(got, want);
}

/// A SYN-ACK that answers with classic ECN (ECE alone), or one of AE, CWR
/// and ECE all set, does not agree to Accurate ECN; nor does a SYN without
/// AE: the flags stay flags.
#[test]
fn accurate_ecn_needs_both_sides_of_the_handshake() {
    for (syn, synack) in [
        (0x1c0, 0x040),
        (0x1c0, 0x1c0),
        (0x1c0, 0x140),
        (0x0c0, 0x080),
    ] {
        let frames = [
            tcp(true, 100, 0, SYN | syn, &[]),
            tcp(false, 500, 101, SYN_ACK | synack, &[]),
            tcp(true, 101, 501, ACK | 0x100, &[]),
        ];
        let got = rows(
            "accecn_refused.pcap",
            &frames,
            &["tcp.flags.ace", "tcp.flags.ae"],
        );
        assert_eq!(got[2], ["", "1"], "SYN {syn:#x}, SYN-ACK {synack:#x}");
    }
    // The answers that agree: CWR, AE, CWR with ECE, AE with CWR.
    for synack in [0x080, 0x100, 0x0c0, 0x180] {
        let frames = [
            tcp(true, 100, 0, SYN | 0x1c0, &[]),
            tcp(false, 500, 101, SYN_ACK | synack, &[]),
            tcp(true, 101, 501, ACK | 0x100, &[]),
        ];
        let got = rows(
            "accecn_agreed.pcap",
            &frames,
            &["tcp.flags.ace", "tcp.flags.ae"],
        );
        assert_eq!(got[2], ["4", ""], "SYN-ACK {synack:#x}");
    }
}

/// The AccECN option, by its own kinds (172: order 0, 174: order 1) or as
/// an experimental option (0xACC0, 0xACC1): its counters and tshark's Info
/// words; a bad length gets tshark's note. A valid one makes the
/// conversation's later segments (either way) show the ACE counter.
#[test]
fn accurate_ecn_option_counters_and_info() {
    let c = |v: &[u32]| -> Vec<u8> {
        v.iter()
            .flat_map(|x| x.to_be_bytes()[1..].to_vec())
            .collect()
    };
    let with = |head: &[u8], counters: &[u32]| -> Vec<u8> { [head.to_vec(), c(counters)].concat() };
    let opts = [
        with(&[172, 11], &[1, 2, 3]),
        with(&[174, 8], &[7, 8]),
        with(&[254, 13, 0xac, 0xc1], &[1, 2, 3]),
        vec![254, 4, 0xac, 0xc0],
        vec![254, 4, 0x12, 0x34],
        with(&[172, 12], &[1, 2, 3])
            .into_iter()
            .chain([0])
            .collect(),
        vec![254, 5, 0xac, 0xc0, 1],
        vec![254, 3, 1],
    ];
    let frames: Vec<Vec<u8>> = opts
        .iter()
        .enumerate()
        .map(|(i, o)| tcp(i % 2 == 0, 101 + i as u32, 501, ACK, o))
        .collect();
    let got = rows(
        "accecn_options.pcap",
        &frames,
        &[
            "tcp.options.acc_ecn.ee0b",
            "tcp.options.acc_ecn.eceb",
            "tcp.options.acc_ecn.ee1b",
            "tcp.flags.ace",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    // Only the option columns and the Info tail are pinned: the sequence
    // analysis of these made-up numbers is not the point.
    let tails: Vec<(String, String, String, String, String)> = got
        .iter()
        .map(|r| {
            let tail = r[4].rsplit("Len=0").next().unwrap_or("").to_string();
            (r[0].clone(), r[1].clone(), r[2].clone(), r[3].clone(), tail)
        })
        .collect();
    let want = [
        ("1", "2", "3", "", " EE0B=1 ECEB=2 EE1B=3"),
        ("", "8", "7", "0", " EE1B=7 ECEB=8"),
        ("3", "2", "1", "0", " EE1B=1 ECEB=2 EE0B=3"),
        ("", "", "", "0", " AccECN"),
        ("", "", "", "0", " ExID=1234"),
        ("", "", "", "0", ""),
        ("", "", "", "0", ""),
        ("", "", "", "0", ""),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(a, b, c, d, e)| {
            (
                a.to_string(),
                b.to_string(),
                c.to_string(),
                d.to_string(),
                e.to_string(),
            )
        })
        .collect();
    assert_eq!(tails, want);
    assert!(got[0][4].contains("[ACK] "), "{}", got[0][4]);
    assert!(got[1][4].contains("[ACK, ACE=0] "), "{}", got[1][4]);
    assert!(got[5][5].contains("option length should be 2, 5, 8, or 11 instead of 12"));
    assert!(got[6][5].contains("option length should be 4, 7, 10, or 13 instead of 5"));
    assert!(got[7][5].contains("option length 3 smaller than 4"));
}

/// `udp.payload` is all the IP payload after the header, past a shorter
/// UDP length too (the data gets only the length's bytes), but none after
/// a length of 8; a length below
/// 8 ends the dissection (no checksum, no stream, no payload, no data); a
/// length past the IP
/// payload still gives its `Len=`.
#[test]
fn udp_payload_and_bad_lengths() {
    let frames = [
        udp(12, b"abcdefgh"),
        udp(4, b"abcdefgh"),
        udp(30, b"abcdefgh"),
        udp(8, b"abcdefgh"),
    ];
    let got = rows(
        "udp_lengths.pcap",
        &frames,
        &[
            "udp.length",
            "udp.payload",
            "data.data",
            "_ws.col.Info",
            "udp.checksum",
            "udp.stream",
        ],
    );
    assert_eq!(
        got,
        [
            [
                "12",
                "6162636465666768",
                "61626364",
                "40000 → 9999 Len=4",
                "0x0000",
                "0"
            ],
            ["4", "", "", "40000 → 9999 [BAD UDP LENGTH 4 < 8]", "", ""],
            [
                "30",
                "6162636465666768",
                "6162636465666768",
                "40000 → 9999 [BAD UDP LENGTH 30 > IP PAYLOAD LENGTH] Len=22",
                "0x0000",
                "0"
            ],
            ["8", "", "", "40000 → 9999 Len=0", "0x0000", "0"],
        ]
    );
}

/// An IPv4 total length past the frame's end leaves the frame's length to
/// TCP (Wireshark only ever shrinks a buffer to a length field): the
/// segment's length and next sequence number come from the bytes there.
#[test]
fn ipv4_length_past_the_frame_leaves_tcp_the_frames_length() {
    let mut seg = tcp(true, 1000, 0, ACK | 0x008, &[]);
    seg.extend_from_slice(&[0; 6]);
    // IPv4 total length 58: 12 bytes more than the 46 there.
    seg[16..18].copy_from_slice(&58u16.to_be_bytes());
    let got = rows(
        "ip_len_past_frame.pcap",
        &[seg],
        &[
            "ip.len",
            "tcp.len",
            "tcp.nxtseq",
            "tcp.analysis.bytes_in_flight",
        ],
    );
    assert_eq!(got, [["58", "6", "7", "6"]]);
}

/// An ICMP error (destination unreachable, from 10.0.0.254 to 10.0.0.1)
/// quoting `quoted` (an Ethernet frame of [`tcp`]: its IP datagram, cut to
/// `keep` bytes), the source port of the quoted segment set to `sport`.
fn icmp_quoting(quoted: &[u8], keep: usize, sport: u16) -> Vec<u8> {
    let mut datagram = quoted[14..].to_vec();
    datagram[20..22].copy_from_slice(&sport.to_be_bytes());
    datagram.truncate(keep);
    let mut icmp = vec![3, 1, 0, 0, 0, 0, 0, 0];
    icmp.extend_from_slice(&datagram);
    let sum = common::hostile::csum(&icmp);
    icmp[2..4].copy_from_slice(&sum.to_be_bytes());
    common::hostile::ipv4([10, 0, 0, 254], [10, 0, 0, 1], 1, 7, 0, &icmp)
}

/// A TCP segment an ICMP error quotes whole is read as Wireshark reads it
/// in an error packet: its conversation is found, or made (taking the next
/// stream number: frame 6's real SYN is stream 2 after frame 5's quoted
/// one made stream 1), its flags count in the conversation's completeness
/// (frame 3's ACK: 7 on frame 4) and its time in the stream's clock (frame
/// 4's delta and initial RTT run from it); its numbers stay raw and it has
/// no length. An error quoting only 8 bytes (frame 7) makes no
/// conversation: frame 8 is stream 3.
#[test]
fn a_segment_an_icmp_error_quotes_has_its_conversation_and_clock() {
    let frames = vec![
        tcp(true, 100, 0, SYN, &[]),
        tcp(false, 500, 101, SYN_ACK, &[]),
        icmp_quoting(&tcp(true, 101, 501, ACK, &[]), 40, 40000),
        tcp(true, 101, 501, ACK, &[]),
        icmp_quoting(&tcp(true, 7, 0, SYN, &[]), 40, 40001),
        {
            let mut f = tcp(true, 9, 0, SYN, &[]);
            f[34..36].copy_from_slice(&40002u16.to_be_bytes());
            f
        },
        icmp_quoting(&tcp(true, 3, 0, SYN, &[]), 28, 40003),
        {
            let mut f = tcp(true, 3, 0, SYN, &[]);
            f[34..36].copy_from_slice(&40003u16.to_be_bytes());
            f
        },
    ];
    let got = rows(
        "icmp_quoted_tcp.pcap",
        &frames,
        &[
            "tcp.stream",
            "tcp.seq",
            "tcp.len",
            "tcp.time_delta",
            "tcp.completeness",
            "tcp.analysis.initial_rtt",
        ],
    );
    let want = [
        ["0", "0", "0", "0.000000000", "0", ""],
        ["0", "0", "0", "1.000000000", "1", ""],
        ["0", "101", "", "1.000000000", "3", ""],
        ["0", "1", "0", "1.000000000", "7", "2.000000000"],
        ["1", "7", "", "0.000000000", "0", ""],
        ["2", "0", "0", "0.000000000", "0", ""],
        ["", "3", "", "", "", ""],
        ["3", "0", "0", "0.000000000", "0", ""],
    ];
    assert_eq!(got, want);
}

/// A segment whose header length is below 20 bytes: tshark finds its
/// conversation and analyses it (its length counted from the bogus
/// header's end) before it checks the length, so it takes a stream number
/// (frame 6's new conversation is stream 2, after frame 5's) and moves the
/// stream on (frame 7 resends frame 4's bytes: a retransmission, read by
/// no decoder); its tree stops at the header length, its Info has the
/// flags, numbers and window, and its flags count for no completeness
/// (frame 7 still shows 7).
#[test]
fn a_bogus_header_length_still_takes_a_stream_and_moves_it_on() {
    let bogus = |sport: u16, seq: u32, ack: u32, flags: u8, words: u8, data: &[u8]| {
        let mut t = Vec::new();
        t.extend_from_slice(&sport.to_be_bytes());
        t.extend_from_slice(&80u16.to_be_bytes());
        t.extend_from_slice(&seq.to_be_bytes());
        t.extend_from_slice(&ack.to_be_bytes());
        t.extend_from_slice(&[words << 4, flags, 0xff, 0xff, 0, 0, 0, 0]);
        t.extend_from_slice(data);
        ipv4(true, 6, &t, None)
    };
    let mut other = tcp(true, 1, 0, SYN, &[]);
    other[34..36].copy_from_slice(&40006u16.to_be_bytes());
    let frames = vec![
        tcp(true, 1000, 0, SYN, &[]),
        tcp(false, 5000, 1001, SYN_ACK, &[]),
        tcp(true, 1001, 5001, ACK, &[]),
        bogus(40000, 1001, 5001, 0x18, 2, b"hello"),
        bogus(40005, 77, 0, 0x02, 3, b"abc"),
        other,
        {
            let mut f = tcp(true, 1001, 5001, 0x18, &[]);
            f.extend_from_slice(b"GET / HTTP/1.0\r\n\r\n");
            let total = (f.len() - 14) as u16;
            f[16..18].copy_from_slice(&total.to_be_bytes());
            f
        },
    ];
    let got = rows(
        "bogus_header_length.pcap",
        &frames,
        &[
            "tcp.stream",
            "tcp.seq",
            "tcp.len",
            "tcp.hdr_len",
            "tcp.flags",
            "tcp.completeness",
            "tcp.analysis.flags",
            "_ws.col.Info",
        ],
    );
    assert_eq!(
        got[3..],
        [
            [
                "0",
                "1",
                "17",
                "8",
                "",
                "7",
                "",
                "40000 → 80 [PSH, ACK] Seq=1 Ack=1 Win=65535, bogus TCP header length (8, must be at least 20)"
            ],
            [
                "1",
                "0",
                "11",
                "12",
                "",
                "0",
                "",
                "40005 → 80 [SYN] Seq=0 Win=65535, bogus TCP header length (12, must be at least 20)"
            ],
            [
                "2",
                "0",
                "0",
                "20",
                "0x0002",
                "0",
                "",
                "40006 → 80 [SYN] Seq=0 Win=1000 Len=0"
            ],
            [
                "0",
                "1",
                "18",
                "20",
                "0x0018",
                "7",
                "1",
                "[TCP Retransmission] 40000 → 80 [PSH, ACK] Seq=1 Ack=1 Win=1000 Len=18"
            ],
        ]
    );
}
