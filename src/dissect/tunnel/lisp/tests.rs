//! Cut, odd and hostile LISP data headers. Each expectation is what tshark
//! 4.0.17 shows for the same bytes (its `-T fields` cells and columns).

use crate::dissect::Dissector;
use crate::dissect::layer::AnomalyKind;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype;

/// An Ethernet/IPv4 frame with a UDP datagram from `sport` to `dport`.
fn udp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00];
    let total = 28 + payload.len();
    f.extend_from_slice(&[0x45, 0, (total >> 8) as u8, total as u8, 0, 1, 0x40, 0]);
    f.extend_from_slice(&[64, 17, 0, 0, 10, 99, 0, 1, 10, 99, 0, 2]);
    let len = 8 + payload.len();
    f.extend_from_slice(&sport.to_be_bytes());
    f.extend_from_slice(&dport.to_be_bytes());
    f.extend_from_slice(&[(len >> 8) as u8, len as u8, 0, 0]);
    f.extend_from_slice(payload);
    f
}

/// An ICMP echo request from 192.168.1.1 to 192.168.2.2 (32 bytes).
const INNER: &str = "4500 0020 0001 4000 4001 b688 c0a8 0101 c0a8 0202
    0800 2104 1234 0001 6162 6364";

/// frame.protocols, the Protocol and Info columns, every field (numbers in
/// decimal); the frame
/// cut to `caplen` bytes by the capture when given.
fn dissect(data: &[u8], caplen: Option<usize>) -> (String, String, String, Vec<(String, String)>) {
    let mut fr = frame(linktype::ETHERNET, data);
    if let Some(n) = caplen {
        fr.data = &data[..n.min(data.len())];
    }
    let d = Dissector::new().dissect(&fr);
    testing::protocols_columns_fields(&d)
}

fn lisp_anomalies(data: &[u8], caplen: Option<usize>) -> Vec<AnomalyKind> {
    let mut fr = frame(linktype::ETHERNET, data);
    if let Some(n) = caplen {
        fr.data = &data[..n.min(data.len())];
    }
    let d = Dissector::new().dissect(&fr);
    d.layers
        .iter()
        .filter(|l| l.protocol == "lisp-data")
        .flat_map(|l| l.anomalies.iter().map(|a| a.kind))
        .collect()
}

fn with_inner(header: &str) -> Vec<u8> {
    let mut p = testing::hex(header);
    p.extend_from_slice(&testing::hex(INNER));
    p
}

#[test]
fn nonce_and_instance_carry_ipv4() {
    let data = udp(61000, 4341, &with_inner("88123456 00000700"));
    let (p, proto, info, f) = dissect(&data, None);
    assert_eq!(p, "eth:ethertype:ip:udp:lisp-data:ip:icmp:data");
    assert_eq!(proto, "ICMP");
    assert!(info.starts_with("Echo (ping) request"), "{info}");
    assert_eq!(get(&f, "lisp-data.flags"), ["136"]);
    assert_eq!(get(&f, "lisp-data.nonce"), ["1193046"]);
    assert_eq!(get(&f, "lisp-data.iid"), ["7"]);
    assert!(get(&f, "lisp-data.lsb8").is_empty());
    assert_eq!(get(&f, "ip.src"), ["10.99.0.1", "192.168.1.1"]);
}

#[test]
fn map_version_splits_in_two() {
    let data = udp(61000, 4341, &with_inner("18001002 00010055"));
    let (_, _, _, f) = dissect(&data, None);
    assert_eq!(get(&f, "lisp-data.mapver"), ["4098"]);
    assert_eq!(get(&f, "lisp-data.srcmapver"), ["1"]);
    assert_eq!(get(&f, "lisp-data.dstmapver"), ["2"]);
    assert_eq!(get(&f, "lisp-data.iid"), ["256"]);
    assert!(get(&f, "lisp-data.nonce").is_empty());
}

/// Neither IPv4 nor IPv6 after the header: the rest is not shown.
#[test]
fn other_version_shows_nothing_after() {
    let data = udp(61000, 4341, &testing::hex("48000000 00000981 500102"));
    let (p, proto, info, f) = dissect(&data, None);
    assert_eq!(p, "eth:ethertype:ip:udp:lisp-data");
    assert_eq!(proto, "LISP");
    assert_eq!(info, "LISP Encapsulation Header");
    assert_eq!(get(&f, "lisp-data.lsb8"), ["129"]);
    assert!(get(&f, "data.data").is_empty());
}

/// The header and nothing after: reading the inner version throws
/// (malformed); E without N is flagged.
#[test]
fn header_alone_is_malformed() {
    let data = udp(61000, 4341, &testing::hex("27010203 ffffffff"));
    let (p, _, info, f) = dissect(&data, None);
    assert_eq!(p, "eth:ethertype:ip:udp:lisp-data");
    assert_eq!(info, "LISP Encapsulation Header[Malformed Packet]");
    assert_eq!(get(&f, "lisp-data.flags.res"), ["7"]);
    assert!(
        get(&f, "_ws.expert.message")
            .contains(&"Invalid flag combination: if E is set, N MUST be set")
    );
}

/// Shorter than the header: tshark's dissector declines, UDP shows data.
#[test]
fn short_payload_is_data() {
    let data = udp(61000, 4341, &testing::hex("80010203"));
    let (p, _, _, f) = dissect(&data, None);
    assert_eq!(p, "eth:ethertype:ip:udp:data");
    assert!(get(&f, "lisp-data.flags").is_empty());
}

/// Sent to the control port: the data dissector hands it to the control
/// plane's (here type 9, unknown: all data).
#[test]
fn to_control_port_is_control_plane() {
    let data = udp(4341, 4342, &with_inner("90010203 04050607"));
    let (p, _, info, _) = dissect(&data, None);
    assert_eq!(p, "eth:ethertype:ip:udp:lisp-data:lisp:data");
    assert_eq!(info, "Unknown LISP Control Packet (9)");
}

/// Every cut of the capture inside the header or at its end: marked
/// truncated, never malformed; no cut panics.
#[test]
fn every_capture_cut_is_truncated() {
    let data = udp(61000, 4341, &with_inner("c0abcdef 00000003"));
    let at = 14 + 20 + 8;
    for n in at..=at + 8 {
        let kinds = lisp_anomalies(&data, Some(n));
        assert!(
            kinds.contains(&AnomalyKind::Truncated) && !kinds.contains(&AnomalyKind::Malformed),
            "cut at {n}: {kinds:?}"
        );
    }
    for n in 0..data.len() {
        let _ = dissect(&data, Some(n));
    }
}

/// A Map-Register of one IPv4 record with one IPv4 locator.
const REGISTER: &str = "30000101 0001020304050607 0001 0004 41424344
    000005a0 01 20 1000 0000 0001 0a1e0164
    01640164 0000 0001 141408fd";

#[test]
fn map_register_names_its_prefix() {
    let data = udp(4342, 4342, &testing::hex(REGISTER));
    let (p, proto, info, f) = dissect(&data, None);
    assert_eq!(p, "eth:ethertype:ip:udp:lisp");
    assert_eq!(proto, "LISP");
    assert_eq!(info, "Map-Register for 10.30.1.100/32");
    assert_eq!(get(&f, "lisp.loc.locator"), ["20.20.8.253"]);
    assert_eq!(get(&f, "lisp.mapping.eid.ipv4"), ["10.30.1.100"]);
}

/// Every cut of the capture inside a Map-Register: truncated, never
/// malformed; every cut of the message itself (a shorter datagram):
/// malformed; none panics.
#[test]
fn control_cuts() {
    let data = udp(4342, 4342, &testing::hex(REGISTER));
    let at = 14 + 20 + 8;
    // No byte of the message captured: UDP's dissector throws before
    // LISP adds anything (tshark lists no lisp).
    let (p, _, info, _) = dissect(&data, Some(at));
    assert_eq!(p, "eth:ethertype:ip:udp");
    assert!(
        info.starts_with("4342 → 4342 Len=")
            && info.ends_with("[Packet size limited during capture]"),
        "{info}"
    );
    for n in at + 1..data.len() {
        let mut fr = frame(linktype::ETHERNET, &data);
        fr.data = &data[..n];
        let d = Dissector::new().dissect(&fr);
        let kinds: Vec<AnomalyKind> = d
            .layers
            .iter()
            .filter(|l| l.protocol == "lisp")
            .flat_map(|l| l.anomalies.iter().map(|a| a.kind))
            .collect();
        assert!(
            kinds.contains(&AnomalyKind::Truncated) && !kinds.contains(&AnomalyKind::Malformed),
            "cut at {n}: {kinds:?}"
        );
    }
    let msg = testing::hex(REGISTER);
    for n in 1..msg.len() {
        let (_, _, info, _) = dissect(&udp(4342, 4342, &msg[..n]), None);
        assert!(info.ends_with("[Malformed Packet]"), "{n}: {info}");
    }
}

/// 255 records of an unknown AFI: each flagged in place (no bytes
/// taken), as Wireshark does; the loop is bounded by the count byte.
#[test]
fn unknown_afi_records_take_no_bytes() {
    let mut msg = testing::hex("400000ff 0000000000000000 0000 0000");
    msg.extend_from_slice(&testing::hex("0000003c 00 20 0000 0000 0063 01020304"));
    let (p, _, _, f) = dissect(&udp(4342, 4342, &msg), None);
    assert_eq!(p, "eth:ethertype:ip:udp:lisp:data");
    assert_eq!(get(&f, "_ws.expert.message").len(), 255);
    assert!(get(&f, "lisp.mapping.ttl").is_empty());
}

/// A Map-Request with the M bit's Map-Reply record, a Map-Referral, an
/// Info-Request and an Encapsulated Control Message (inner IPv4/UDP/LISP).
const MESSAGES: [&str; 4] = [
    "14000001 5555555555555555 0001 0a000001 0001 0a000002 0018 0001 0a000100
     0000003c 01 18 1000 0000 0001 0a000100 01640164 0005 0001 c0000201",
    "60000001 3333333333333333
     00000384 01 10 3800 2000 0001 0a140000 ff000000 0001 0001 c6336401",
    "70000000 4444444444444444 0001 0004 aabbccdd 00000708 00 20 0001 0a000005 0000",
    "88000000 4500003c 00014000 401125e8 0a630001 0a630002 10f610f6 00280000
     10000001 1111111111111111 0001 0a000001 0001 0a000002 0020 0001 0a000003",
];

/// Every shorter message (the datagram ends early): malformed, as tshark
/// shows each (its type read first); every cut of the capture: truncated,
/// never malformed; none panics.
#[test]
fn message_cuts() {
    for hex in MESSAGES {
        let msg = testing::hex(hex);
        for n in 1..msg.len() {
            // The ECM's inner IPv4 header alone: IP's payload is empty,
            // nothing is read past it (tshark's Info is empty too).
            if hex == MESSAGES[3] && n == 24 {
                continue;
            }
            let (_, _, info, _) = dissect(&udp(4342, 4342, &msg[..n]), None);
            assert!(info.ends_with("[Malformed Packet]"), "{n}: {info}");
        }
        let data = udp(4342, 4342, &msg);
        for n in 14 + 20 + 8..data.len() {
            let mut fr = frame(linktype::ETHERNET, &data);
            fr.data = &data[..n];
            let d = Dissector::new().dissect(&fr);
            let kinds: Vec<AnomalyKind> = d
                .layers
                .iter()
                .flat_map(|l| l.anomalies.iter().map(|a| a.kind))
                .collect();
            assert!(
                !kinds.contains(&AnomalyKind::Malformed),
                "cut at {n}: {kinds:?}"
            );
        }
    }
}

/// Info-Request is named once the type's three bytes are read (tshark
/// adds the type item first, and it throws on fewer).
#[test]
fn info_names_request_after_its_type() {
    let (_, _, info, _) = dissect(&udp(4342, 4342, &testing::hex("7000")), None);
    assert_eq!(info, "Info[Malformed Packet]");
    let (_, _, info, _) = dissect(&udp(4342, 4342, &testing::hex("700000")), None);
    assert_eq!(info, "Info-Request[Malformed Packet]");
}

/// An ECM shorter than its 4-byte header, or with no inner packet:
/// malformed; the type is shown from three bytes on.
#[test]
fn short_ecm_is_malformed() {
    for (hex, ty) in [
        ("8000", None),
        ("800000", Some("8")),
        ("84000000", Some("8")),
    ] {
        let (p, proto, info, f) = dissect(&udp(4342, 4342, &testing::hex(hex)), None);
        assert_eq!(p, "eth:ethertype:ip:udp:lisp", "{hex}");
        assert_eq!(proto, "LISP");
        assert_eq!(info, "Encapsulated Control Message[Malformed Packet]");
        assert_eq!(get(&f, "lisp.type").first().copied(), ty, "{hex}");
    }
}

/// The ECM's inner message: Info names it "Encapsulated", the ECM's own
/// text is replaced; the outer layer holds the 4-byte header only.
#[test]
fn ecm_carries_an_encapsulated_request() {
    let data = udp(4342, 4342, &testing::hex(MESSAGES[3]));
    let (p, proto, info, f) = dissect(&data, None);
    assert_eq!(p, "eth:ethertype:ip:udp:lisp:ip:udp:lisp");
    assert_eq!(proto, "LISP");
    assert_eq!(info, "Encapsulated Map-Request for 10.0.0.3/32");
    assert_eq!(get(&f, "lisp.type"), ["8", "1"]);
    assert_eq!(get(&f, "lisp.ecm.res"), ["0"]);
    assert_eq!(get(&f, "lisp.mreq.record.prefix.ipv4"), ["10.0.0.3"]);
}

/// 31 ITR-RLOCs (the count's maximum, 32 read) and 255 records of the
/// reserved AFI (4 bytes each): every one shown, the loops bounded by the
/// count fields; the bytes run out at the first missing record.
#[test]
fn hostile_counts_are_bounded() {
    let mut msg = testing::hex("1000 1f ff 0000000000000000 0000");
    for _ in 0..32 {
        msg.extend_from_slice(&testing::hex("0001 01020304"));
    }
    for _ in 0..100 {
        msg.extend_from_slice(&testing::hex("00 00 0000"));
    }
    let (_, _, info, f) = dissect(&udp(4342, 4342, &msg), None);
    assert_eq!(get(&f, "lisp.mreq.itr_rloc_ipv4").len(), 32);
    assert_eq!(get(&f, "lisp.mreq.record.prefix.afi").len(), 100);
    assert!(info.ends_with("[Malformed Packet]"), "{info}");
}
