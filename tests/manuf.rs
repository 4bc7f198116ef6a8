//! Manufacturer names (`eth.src.oui_resolved`, `eth.dst.oui_resolved`,
//! `eth.addr.oui_resolved`, the OUI in LLC's Info) come from Wireshark's
//! `manuf` and `wka` files in `$WIRESHARK_DATA_DIR`, as tshark reads them.
//! The tables here are invented; the expected rows are what tshark 4.0.17
//! gives with the same files (`WIRESHARK_DATA_DIR=DIR tshark -n -r F -T
//! fields -e ...`, run as a user other than root: tshark ignores the
//! variable for root).

mod common;

use std::path::Path;

const MANUF: &str = "\
# osidump's test table: invented names
00:00:1F\tTelco\tTest Telco Systems
00-1F-F8\tLongName\tA Manufacturer Whose Long Name Runs Past Sixty-Three Bytes, As Some Do In The Table
00:03:5F\tPr\u{fc}f\tPr\u{fc}ftest Gr\u{f6}\u{df}e GmbH
00:00:0C\tCiscoish\tNot Cisco For Test\t# a comment
00:00:0C\tCisco2\tLater Line Wins
01:00:5E\tMcast\tA group OUI listed as such
00:1B:C5:00:00:00/36\tMasked\tNot a manufacturer ID
0:d0:aa\tOneDigit
";

const WKA: &str = "\
08-00-07\tAppleTalk\tFrom the wka file
01-80-C2-00-00-00\tWhole\tA whole address
";

/// ARP frames from each address to the next, then an 802.3 frame with a
/// SNAP header whose OUI is in the table.
fn capture() -> Vec<u8> {
    let macs = [
        "00001f000001",
        "001ff8abcdef",
        "00035f000001",
        "01001f000001",
        "01005e000001",
        "00000c070101",
        "001bc5000001",
        "00d0aa000001",
        "080007000001",
        "0180c2000000",
        "020000000001",
    ];
    let mut frames: Vec<Vec<u8>> = macs
        .windows(2)
        .map(|w| {
            let mut f = common::unhex(&format!("{}{}0806", w[0], w[1]));
            f.extend(common::unhex("0001080006040001"));
            f.extend([0u8; 20]);
            f
        })
        .collect();
    frames.push(common::unhex(
        "01000ccccccc00000c0101010010aaaa0300000c12346162636465666768696a",
    ));
    common::pcap_of(1, 1_000, &frames)
}

const FIELDS: [&str; 5] = [
    "frame.protocols",
    "eth.dst.oui_resolved",
    "eth.src.oui_resolved",
    "eth.addr.oui_resolved",
    "_ws.col.Info",
];

fn osidump(data_dir: &Path, args: &[&str], pcap: Vec<u8>) -> assert_cmd::assert::Assert {
    assert_cmd::Command::cargo_bin("osidump")
        .expect("binary")
        .env("WIRESHARK_DATA_DIR", data_dir)
        .arg("dissect")
        .args(args)
        .arg("-")
        .write_stdin(pcap)
        .assert()
}

fn rows(out: &assert_cmd::assert::Assert) -> Vec<Vec<String>> {
    String::from_utf8(out.get_output().stdout.clone())
        .expect("utf-8")
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

#[test]
fn names_come_from_the_manuf_and_wka_files_as_tshark_reads_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("manuf"), MANUF).expect("manuf");
    std::fs::write(dir.path().join("wka"), WKA).expect("wka");
    let pcap = capture();
    common::keep_crafted("manuf.pcap", &pcap);
    let mut args = vec!["-T", "fields"];
    for f in FIELDS {
        args.extend(["-e", f]);
    }
    let out = osidump(dir.path(), &args, pcap.clone()).success();
    let long = "A Manufacturer Whose Long Name Runs Past Sixty-Three Bytes, As ";
    let arp = "ARP Announcement for 0.0.0.0";
    let expected: Vec<Vec<String>> = [
        [
            "eth:ethertype:arp",
            "Test Telco Systems",
            long,
            &format!("Test Telco Systems,{long}"),
            arp,
        ],
        [
            "eth:ethertype:arp",
            long,
            "Pr\u{fc}ftest Gr\u{f6}\u{df}e GmbH",
            &format!("{long},Pr\u{fc}ftest Gr\u{f6}\u{df}e GmbH"),
            arp,
        ],
        [
            "eth:ethertype:arp",
            "Pr\u{fc}ftest Gr\u{f6}\u{df}e GmbH",
            "",
            "Pr\u{fc}ftest Gr\u{f6}\u{df}e GmbH",
            arp,
        ],
        [
            "eth:ethertype:arp",
            "",
            "A group OUI listed as such",
            "A group OUI listed as such",
            arp,
        ],
        [
            "eth:ethertype:arp",
            "A group OUI listed as such",
            "Later Line Wins",
            "A group OUI listed as such,Later Line Wins",
            arp,
        ],
        [
            "eth:ethertype:arp",
            "Later Line Wins",
            "",
            "Later Line Wins",
            arp,
        ],
        ["eth:ethertype:arp", "", "OneDigit", "OneDigit", arp],
        [
            "eth:ethertype:arp",
            "OneDigit",
            "From the wka file",
            "OneDigit,From the wka file",
            arp,
        ],
        [
            "eth:ethertype:arp",
            "From the wka file",
            "",
            "From the wka file",
            arp,
        ],
        ["eth:ethertype:arp", "", "", "", arp],
        [
            "eth:llc:data",
            "",
            "Later Line Wins",
            "Later Line Wins",
            "U, func=UI; SNAP, OUI 0x00000C (Later Line Wins), PID 0x1234",
        ],
    ]
    .iter()
    .map(|r| r.iter().map(|c| c.to_string()).collect())
    .collect();
    assert_eq!(rows(&out), expected);

    // The filters tshark answers on the same table.
    for (filter, frames) in [
        ("eth.addr.oui_resolved contains \"Later\"", "5\n6\n11\n"),
        ("eth.src.oui_resolved == \"OneDigit\"", "7\n"),
        ("eth.dst.oui_resolved", "1\n2\n3\n5\n6\n8\n9\n"),
        ("!eth.src.oui_resolved", "3\n6\n9\n10\n"),
        // A `.` is one byte: "ü" is two.
        ("eth.addr.oui_resolved matches \"^Pr.f\"", ""),
        ("eth.addr.oui_resolved matches \"^Pr..ftest\"", "2\n3\n"),
    ] {
        let out = osidump(
            dir.path(),
            &["-Y", filter, "-T", "fields", "-e", "frame.number"],
            pcap.clone(),
        )
        .success();
        assert_eq!(
            String::from_utf8_lossy(&out.get_output().stdout),
            frames,
            "{filter}"
        );
    }
}

#[test]
fn without_the_files_the_names_are_not_shown_and_asking_for_one_is_not_supported() {
    let empty = tempfile::tempdir().expect("tempdir");
    let pcap = capture();
    // No name in the JSON (tshark without its manuf file shows none).
    let out = osidump(empty.path(), &["-T", "json"], pcap.clone()).success();
    let json = String::from_utf8_lossy(&out.get_output().stdout);
    assert!(json.contains("\"eth.src.oui\""));
    assert!(!json.contains("oui_resolved"));
    // A filter or a column naming one cannot be answered: said, exit 2.
    for args in [
        &["-Y", "eth.src.oui_resolved == \"x\""][..],
        &["-T", "fields", "-e", "eth.addr.oui_resolved"][..],
    ] {
        let out = osidump(empty.path(), args, pcap.clone()).code(2);
        let err = String::from_utf8_lossy(&out.get_output().stderr);
        assert!(
            err.contains("not supported: \"eth.")
                && err.contains("manufacturer table")
                && err.contains(&empty.path().display().to_string()),
            "{err}"
        );
    }
    // LLC's Info names the OUIs SNAP headers commonly carry without them.
    let out = osidump(
        empty.path(),
        &["-Y", "llc", "-T", "fields", "-e", "_ws.col.Info"],
        pcap,
    )
    .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout),
        "U, func=UI; SNAP, OUI 0x00000C (Cisco Systems, Inc), PID 0x1234\n"
    );
}
