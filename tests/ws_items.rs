//! Wireshark's `_ws.*` items on real corpus captures (`OSIDUMP_CORPUS`),
//! against what tshark 4.0 prints for the same frames: the label of each
//! item in `-T fields` (`[Malformed Packet: IPv4]`, `[Packet size limited
//! during capture: UDP truncated]`, `Expert Info (Error/Malformed): …`,
//! and the hidden `_ws.malformed` beside a Malformed expert item, printed
//! by its name), the frames `-Y` selects, the JSON value and the `-V`
//! line. Every expected string below is tshark's output, pasted.

use assert_cmd::Command;
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("OSIDUMP_CORPUS").map(PathBuf::from);
    if dir.is_none() {
        eprintln!("OSIDUMP_CORPUS not set: _ws items on the corpus skipped");
    }
    dir
}

fn osidump(args: &[&str], capture: &PathBuf) -> String {
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .arg("dissect")
        .args(args)
        .arg(capture)
        .output()
        .expect("run osidump");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

const FIELDS: [&str; 4] = [
    "_ws.malformed",
    "_ws.short",
    "_ws.expert",
    "_ws.malformed.expert",
];

/// `tshark -n -r CAPTURE -T fields -e _ws.malformed -e _ws.short -e
/// _ws.expert -e _ws.malformed.expert`, the first lines.
const TSHARK: &[(&str, &[&str])] = &[
    (
        "tcpdump/ipv4_invalid_length.pcap",
        &["[Malformed Packet: IPv4],_ws.malformed\t\t\
           Expert Info (Error/Protocol): IPv4 total length exceeds packet length (19 bytes),\
           Expert Info (Error/Malformed): Malformed Packet (Exception occurred)\t1"],
    ),
    (
        "tcpdump/dns-badlabel.pcap",
        &["[Malformed Packet: DNS],_ws.malformed\t\t\
           Expert Info (Error/Malformed): Malformed Packet (Exception occurred)\t1"],
    ),
    (
        "tcpdump/udp-length-heapoverflow.pcap",
        &["\t[Packet size limited during capture: UDP truncated]\t\t"],
    ),
    (
        "tcpdump/ipv6-rthdr-oobr.pcap",
        &["\t[Packet size limited during capture: IPv6 Routing truncated]\t\t"],
    ),
    (
        "zeek/trunc/ip6-ext-trunc.pcap",
        &["[Malformed Packet: IPv6 Hop-by-Hop],_ws.malformed\t\t\
           Expert Info (Warning/Protocol): IPv6 payload length exceeds framing length \
           (0 bytes),Expert Info (Error/Malformed): Malformed Packet (Exception occurred)\t1"],
    ),
    (
        "pcapplusplus/tcp-malformed.pcap",
        &["_ws.malformed,[Malformed Packet: TCP],_ws.malformed\t\t\
             Expert Info (Warning/Malformed): Short segment. Segment/fragment does not contain \
             a full TCP header (might be NMAP or someone else deliberately sending unusual \
             packets),Expert Info (Note/Protocol): The urgent pointer field is nonzero while \
             the URG flag is not set,Expert Info (Error/Malformed): Malformed Packet \
             (Exception occurred)\t1"],
    ),
    (
        "zeek/tcp/truncated-header.pcap",
        &[
            "\t[Packet size limited during capture: TCP truncated]\t\
             Expert Info (Chat/Sequence): Connection establish request (SYN): server port 25,\
             Expert Info (Note/Sequence): option length should be 10\t",
            "\t\tExpert Info (Chat/Sequence): Connection establish acknowledge (SYN+ACK): \
             server port 25\t",
            "\t\t\t",
        ],
    ),
    (
        "tcpdump/LINKTYPE_IPV6_invalid.pcap",
        &["_ws.malformed\t\tExpert Info (Error/Malformed): Bogus IPv6 version\t"],
    ),
];

#[test]
fn ws_items_print_as_tshark_labels_them() {
    let Some(dir) = corpus() else { return };
    let mut args = vec!["-T", "fields"];
    for f in FIELDS {
        args.extend(["-e", f]);
    }
    for (rel, want) in TSHARK {
        let got = osidump(&args, &dir.join(rel));
        let got: Vec<&str> = got.lines().take(want.len()).collect();
        assert_eq!(got, *want, "{rel}");
    }
}

#[test]
fn frame_exception_beside_a_caught_one() {
    // Frame 1: IPv4 says 23 bytes, ICMP reads past them (malformed), and
    // the Ethernet trailer's FCS is read past the 64 captured bytes
    // (Ethertype truncated). The expert items of tshark's trailer
    // (its padding note) are not ours to compare here.
    let Some(dir) = corpus() else { return };
    let got = osidump(
        &[
            "-T",
            "fields",
            "-e",
            "_ws.malformed",
            "-e",
            "_ws.short",
            "-c",
            "1",
        ],
        &dir.join("tcpdump/icmp-icmp_print-oobr-1.pcap"),
    );
    assert_eq!(
        got,
        "[Malformed Packet: ICMP],_ws.malformed\t\
         [Packet size limited during capture: Ethertype truncated]\n"
    );
}

#[test]
fn a_trailer_where_padding_should_be_gets_tsharks_note() {
    // 60 bytes, an ARP reply of 42 and 18 bytes after it that are not
    // zeros: `tshark -T fields -e eth.trailer -e _ws.expert`.
    let Some(dir) = corpus() else { return };
    let got = osidump(
        &["-T", "fields", "-e", "eth.trailer", "-e", "_ws.expert"],
        &dir.join("pcapplusplus/ArpResponsePacket.pcap"),
    );
    assert_eq!(
        got,
        "742066726f6d206272696467650037003d20\tExpert Info (Note/Protocol): Didn't find \
         padding of zeros, and an undecoded trailer exists. There may be padding of \
         non-zeros.\n"
    );
}

#[test]
fn display_filters_find_the_frames_tshark_finds() {
    let Some(dir) = corpus() else { return };
    // `tshark -Y EXPR -T fields -e frame.number`: a protocol item is
    // there or not; its label is no value to compare.
    let cases: &[(&str, &str, &str)] = &[
        ("pcapplusplus/tcp-malformed.pcap", "_ws.malformed", "1\n2\n"),
        ("zeek/tcp/truncated-header.pcap", "_ws.short", "1\n"),
        (
            "zeek/tcp/truncated-header.pcap",
            "_ws.expert",
            "1\n2\n22\n23\n",
        ),
        (
            "zeek/tcp/truncated-header.pcap",
            "_ws.expert contains \"SYN\"",
            "",
        ),
        (
            "zeek/tcp/truncated-header.pcap",
            "_ws.short contains \"TCP\"",
            "",
        ),
        (
            "zeek/tcp/truncated-header.pcap",
            "_ws.expert.message contains \"SYN\"",
            "1\n2\n",
        ),
        ("tcpdump/LINKTYPE_IPV6_invalid.pcap", "_ws.malformed", "1\n"),
        (
            "tcpdump/ipv4_invalid_length.pcap",
            "_ws.expert.group == 117440512",
            "1\n",
        ),
    ];
    for (rel, expr, want) in cases {
        let got = osidump(
            &["-Y", expr, "-T", "fields", "-e", "frame.number"],
            &dir.join(rel),
        );
        assert_eq!(got, *want, "{rel}: -Y '{expr}'");
    }
}

#[test]
fn json_and_verbose_carry_the_labels() {
    let Some(dir) = corpus() else { return };
    let capture = dir.join("tcpdump/ipv4_invalid_length.pcap");
    let json: serde_json::Value =
        serde_json::from_str(osidump(&["-T", "json"], &capture).trim()).expect("json");
    let ip = json["layers"]
        .as_array()
        .expect("layers")
        .iter()
        .find(|l| l["protocol"] == "ip")
        .expect("ip layer");
    // The exception's item by its label; the hidden one beside the
    // Malformed expert item by its name, as tshark's JSON writes it.
    assert_eq!(
        ip["fields"]["_ws.malformed"],
        serde_json::json!(["[Malformed Packet: IPv4]", "Malformed Packet"])
    );
    assert_eq!(
        ip["fields"]["_ws.expert"][1],
        "Expert Info (Error/Malformed): Malformed Packet (Exception occurred)"
    );
    let verbose = osidump(&["-V"], &capture);
    assert!(
        verbose.contains("      _ws.malformed: [Malformed Packet: IPv4]\n"),
        "{verbose}"
    );
}
