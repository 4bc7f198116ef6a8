//! Network-layer expert items and frame times, against tshark 4.0 with
//! default preferences: hand-built frames (the expected cells are tshark's
//! `-T fields` output on the same bytes, checked when each case was
//! written) and corpus captures (`OSIDUMP_CORPUS`; skipped without it).

mod common;

use assert_cmd::Command;
use std::io::Write;
use std::path::Path;

fn run(path: &Path, filter: Option<&str>, fields: &[&str]) -> Vec<String> {
    let mut cmd = Command::cargo_bin("osidump").expect("binary");
    cmd.args(["dissect", "-T", "fields"]);
    if let Some(f) = filter {
        cmd.args(["-Y", f]);
    }
    for f in fields {
        cmd.args(["-e", f]);
    }
    let out = cmd.arg(path).output().expect("runs");
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

/// `-T fields` on an Ethernet pcap of the frames given in hex.
fn crafted(frames: &[&str], fields: &[&str]) -> Vec<String> {
    let frames: Vec<Vec<u8>> = frames
        .iter()
        .map(|h| {
            (0..h.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
                .collect()
        })
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(&pcap).expect("write pcap");
    run(file.path(), None, fields)
}

/// tshark's `dissect_ip_tcp_options`: an option type it does not know
/// whose length is bad is only an "Invalid length for option" warning
/// naming it, without its type.
#[test]
fn unknown_ipv4_options_of_a_bad_length() {
    let lines = crafted(
        &[
            "00000000000200000000000108004600002000010000401100000a0000010a00000259e8000004d2162e00080000",
            "00000000000200000000000108004600002000010000401100000a0000010a0000025901000004d2162e00080000",
            "00000000000200000000000108004600002000010000401100000a0000010a0000020101015904d2162e00080000",
        ],
        &[
            "ip.opt.type",
            "_ws.expert.message",
            "_ws.expert.group",
            "_ws.expert.severity",
        ],
    );
    assert_eq!(
        lines,
        [
            "\tUnknown (0x59) (option length = 232 bytes says option goes past end of options)\t150994944\t6291456",
            "\tUnknown (0x59) (with too-short option length = 1 byte)\t150994944\t6291456",
            "1,1,1\tUnknown (0x59) (length byte past end of options)\t150994944\t6291456",
        ]
    );
}

/// A bad ICMP extension structure checksum says what it should be.
#[test]
fn icmp_extension_checksum_says_what_it_should_be() {
    let lines = crafted(
        &[
            "00000000000200000000000108004500002c00010000400100000a0000010a0000022a007f851234010120001234000c0303000104000a000001",
        ],
        &[
            "icmp.ext.checksum",
            "icmp.ext.checksum.status",
            "_ws.expert.message",
        ],
    );
    assert_eq!(lines, ["0x1234\t0\tBad checksum [should be 0xceee]"]);
}

/// IPv6 payload length 0 without a jumbogram is taken as it is (tshark
/// 4.0's TSO preference is off): the bytes after the header are the
/// Ethernet trailer and ICMPv6 reads past the end; a length past the
/// frame is a warning; routing header type 0 is deprecated; a routing
/// header cut short shows the fields read before the cut; a lone header
/// of length 0 gets no note.
#[test]
fn ipv6_payload_length_and_routing_experts() {
    let lines = crafted(
        &[
            "00000000000200000000000186dd6000000000003a40fe800000000000000000000000000001ff0200000000000000000000000000018000000000010001",
            "00000000000200000000000186dd6000000000641140fe800000000000000000000000000001ff02000000000000000000000000000104d2162e00080000",
            "00000000000200000000000186dd6000000000182b40fe800000000000000000000000000001ff0200000000000000000000000000013b0200010000000020010db8000000000000000000000001",
            "00000000000200000000000186dd6000000000182b40fe800000000000000000000000000001ff0200000000000000000000000000013b020000",
            "00000000000200000000000186dd6000000000003b40fe800000000000000000000000000001ff020000000000000000000000000001",
        ],
        &[
            "frame.protocols",
            "ipv6.routing.type",
            "ipv6.routing.segleft",
            "_ws.expert.message",
            "_ws.expert.group",
            "_ws.expert.severity",
        ],
    );
    assert_eq!(
        lines,
        [
            "eth:ethertype:ipv6:icmpv6\t\t\tDidn't find padding of zeros, and an undecoded trailer exists. There may be padding of non-zeros.,IPv6 payload length equals 0 (maybe because of \"TCP segmentation offload\" (TSO)),Malformed Packet (Exception occurred)\t150994944,150994944,117440512\t4194304,2097152,8388608",
            "eth:ethertype:ipv6:udp\t\t\tIPv6 payload length exceeds framing length (8 bytes),Illegal checksum value (0)\t150994944,16777216\t6291456,8388608",
            "eth:ethertype:ipv6:ipv6.routing\t0\t1\tRouting header type is deprecated\t234881024\t4194304",
            "eth:ethertype:ipv6:ipv6.routing\t0\t0\tIPv6 payload length exceeds framing length (4 bytes),Malformed Packet (Exception occurred)\t150994944,117440512\t6291456,8388608",
            "eth:ethertype:ipv6\t\t\t\t\t",
        ]
    );
}

/// Corpus captures, each with tshark's cells for the fields named.
#[test]
fn corpus_cells_as_tshark_prints_them() {
    let Some(dir) = common::corpus_dir() else {
        eprintln!("OSIDUMP_CORPUS not set: corpus comparison skipped");
        return;
    };
    type Case<'a> = (&'a str, Option<&'a str>, &'a [&'a str], &'a [&'a str]);
    let cases: &[Case<'_>] = &[
        // Simple Packet Blocks have no time: no time field at all (the
        // next frame's delta counts from 0).
        (
            "pcap-parser/test016-le.pcapng",
            None,
            &[
                "frame.number",
                "frame.time_epoch",
                "frame.time_delta",
                "frame.time_relative",
                "frame.offset_shift",
            ],
            &[
                "1\t\t\t\t",
                "2\t1340954905.298858000\t1340954905.298858000\t1340954905.298858000\t0.000000000",
                "3\t\t\t\t",
                "4\t1340954905.300858000\t1340954905.300858000\t1340954905.300858000\t0.000000000",
            ],
        ),
        // Nor have custom blocks.
        (
            "pcap-parser/test017-le.pcapng",
            None,
            &["frame.number", "frame.time_epoch", "frame.offset_shift"],
            &["1\t\t", "2\t\t", "3\t\t", "4\t\t"],
        ),
        (
            "tcpdump/ipv6_missing_jumbo_payload_option.pcap",
            None,
            &["frame.protocols", "ipv6.plen", "_ws.expert.message"],
            &[
                "eth:ethertype:ipv6:ipv6.hopopts\t0\tIPv6 payload length equals 0 and Hop-By-Hop present and Jumbo Payload option missing,Malformed Packet (Exception occurred)",
            ],
        ),
        (
            "tcpdump/ipv6_frag6_negative_len.pcap",
            None,
            &["frame.protocols", "ipv6.plen_zero"],
            &["eth:ethertype:ipv6:ipv6.fraghdr\t1"],
        ),
        (
            "zeek/trunc/ip6-ext-trunc.pcap",
            None,
            &[
                "frame.protocols",
                "_ws.expert.message",
                "_ws.expert.severity",
            ],
            &[
                "eth:ethertype:ipv6:ipv6.hopopts\tIPv6 payload length exceeds framing length (0 bytes),Malformed Packet (Exception occurred)\t6291456,8388608",
            ],
        ),
        (
            "tcpdump/ipv6-rthdr-oobr.pcap",
            None,
            &[
                "frame.protocols",
                "ipv6.routing.nxt",
                "ipv6.routing.len",
                "ipv6.routing.type",
                "ipv6.routing.segleft",
            ],
            &["ipv6:ipv6.routing\t48\t48\t0\t48"],
        ),
        (
            "tcpdump/ipv6-routing-header.pcap",
            None,
            &[
                "ipv6.routing.type",
                "_ws.expert.message",
                "_ws.expert.group",
                "_ws.expert.severity",
            ],
            &["0\tRouting header type is deprecated\t234881024\t4194304"; 4],
        ),
        (
            "pcapplusplus/raw_ip.pcap",
            Some("dhcp"),
            &[
                "frame.number",
                "dhcp.secs",
                "_ws.expert.message",
                "_ws.expert.severity",
                "_ws.expert.group",
            ],
            &[
                "67\t26\tSeconds elapsed appears to be encoded as little-endian\t4194304\t150994944",
                "68\t26\tSeconds elapsed appears to be encoded as little-endian\t4194304\t150994944",
            ],
        ),
    ];
    for (rel, filter, fields, want) in cases {
        let got = run(&dir.join(rel), *filter, fields);
        assert_eq!(&got, want, "{rel}");
    }
}
