//! Cut, hostile and odd L2TP messages. Each expectation is what tshark
//! 4.0.17 shows for the same bytes (its `-T fields` cells and columns).

use crate::dissect::Dissector;
use crate::dissect::layer::AnomalyKind;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype;

/// An Ethernet/IPv4 frame carrying `payload` as IP protocol `proto`.
fn ipv4(proto: u8, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![
        0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb,
    ];
    f.extend_from_slice(&[0x08, 0x00]);
    let total = 20 + payload.len();
    f.extend_from_slice(&[
        0x45,
        0,
        (total >> 8) as u8,
        total as u8,
        0,
        1,
        0,
        0,
        64,
        proto,
    ]);
    f.extend_from_slice(&[0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
    f.extend_from_slice(payload);
    f
}

/// The same over UDP from port 1701 to 1701.
fn udp1701(l2tp: &[u8]) -> Vec<u8> {
    let len = 8 + l2tp.len();
    let mut u = vec![0x06, 0xa5, 0x06, 0xa5, (len >> 8) as u8, len as u8, 0, 0];
    u.extend_from_slice(l2tp);
    ipv4(17, &u)
}

/// frame.protocols, the Protocol and Info columns, every field; the
/// frame cut to `caplen` bytes by the capture when given.
fn dissect(data: &[u8], caplen: Option<usize>) -> (String, String, String, Vec<(String, String)>) {
    let mut fr = frame(linktype::ETHERNET, data);
    if let Some(n) = caplen {
        fr.data = &data[..n.min(data.len())];
    }
    let d = Dissector::new().dissect(&fr);
    testing::protocols_columns_fields(&d)
}

/// The kinds of anomaly the L2TP layer carries.
fn l2tp_anomalies(data: &[u8], caplen: Option<usize>) -> Vec<AnomalyKind> {
    let mut fr = frame(linktype::ETHERNET, data);
    if let Some(n) = caplen {
        fr.data = &data[..n.min(data.len())];
    }
    let d = Dissector::new().dissect(&fr);
    d.layers
        .iter()
        .filter(|l| l.protocol == "l2tp")
        .flat_map(|l| l.anomalies.iter().map(|a| a.kind))
        .collect()
}

/// An SCCRQ: flags c802, length 59, tunnel 0, session 0, Ns 0, Nr 0;
/// Message Type 1, Protocol Version 1.0, Host Name "lac", Assigned Tunnel
/// ID 7, Tie Breaker.
const SCCRQ: &str = "c802 003b 0000 0000 0000 0000
    8008 0000 0000 0001
    8008 0000 0002 0100
    8009 0000 0007 6c6163
    8008 0000 0009 0007
    800e 0000 0005 0102030405060708";

#[test]
fn sccrq_as_tshark() {
    let (p, proto, info, f) = dissect(&udp1701(&testing::hex(SCCRQ)), None);
    assert_eq!(p, "eth:ethertype:ip:udp:l2tp");
    assert_eq!(proto, "L2TP");
    assert_eq!(info, "Control Message - SCCRQ (tunnel id=0, session id=0)");
    assert_eq!(get(&f, "l2tp.flags"), ["51202"]);
    assert_eq!(get(&f, "l2tp.type"), ["1"]);
    assert_eq!(get(&f, "l2tp.avp.type"), ["0", "2", "7", "9", "5"]);
    assert_eq!(get(&f, "l2tp.avp.host_name"), ["lac"]);
    assert_eq!(get(&f, "l2tp.tie_breaker"), ["72623859790382856"]);
}

/// Every cut of the capture inside the message: the layer keeps what it
/// read and is marked truncated, never malformed (tshark: "[Packet size
/// limited during capture]"); no cut panics.
#[test]
fn every_capture_cut_is_truncated_not_malformed() {
    let data = udp1701(&testing::hex(SCCRQ));
    let l2tp_at = 14 + 20 + 8;
    for n in l2tp_at + 2..data.len() {
        let kinds = l2tp_anomalies(&data, Some(n));
        assert!(
            kinds.contains(&AnomalyKind::Truncated) && !kinds.contains(&AnomalyKind::Malformed),
            "cut at {n}: {kinds:?}"
        );
    }
    // Two bytes short of the whole: the tie breaker's item throws, the
    // AVP before it is whole.
    let (_, _, info, f) = dissect(&data, Some(data.len() - 2));
    assert_eq!(
        info,
        "Control Message - SCCRQ (tunnel id=0, session id=0)[Packet size limited during capture]"
    );
    assert_eq!(get(&f, "l2tp.avp.assigned_tunnel_id"), ["7"]);
    assert!(get(&f, "l2tp.tie_breaker").is_empty());
}

/// An AVP length under 6: tshark's expert item "AVP length must be >= 6,
/// got 3" and the AVPs end there, no exception.
#[test]
fn avp_length_under_six_stops_the_avps() {
    let msg = "c802 001c 0009 0000 0008 0006 8008 0000 0000 0006 8003 0000 0007 7878";
    let (_, _, info, f) = dissect(&udp1701(&testing::hex(msg)), None);
    assert_eq!(info, "Control Message - Hello (tunnel id=9, session id=0)");
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["AVP length must be >= 6, got 3"]
    );
    assert_eq!(get(&f, "l2tp.avp.type"), ["0"]);
    // A length field of zero: the same, on the very first AVP.
    let msg = "c802 0014 0009 0000 0008 0006 0000 0000 0000 0006";
    let (_, _, _, f) = dissect(&udp1701(&testing::hex(msg)), None);
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["AVP length must be >= 6, got 0"]
    );
}

/// An AVP whose length runs past the message, and a message whose length
/// runs past the datagram: malformed, the AVP before kept.
#[test]
fn lengths_past_the_end_are_malformed() {
    // Host Name AVP of length 40 in a 30-byte message.
    let msg = "c802 001e 0009 0000 0009 0006 8008 0000 0000 0006 8028 0000 0007 686f7374";
    let data = udp1701(&testing::hex(msg));
    let (_, _, info, f) = dissect(&data, None);
    assert_eq!(
        info,
        "Control Message - Hello (tunnel id=9, session id=0)[Malformed Packet]"
    );
    assert_eq!(get(&f, "l2tp.avp.length"), ["8"]);
    assert_eq!(l2tp_anomalies(&data, None), [AnomalyKind::Malformed]);
    // Length 60 in a 20-byte datagram.
    let msg = "c802 003c 0009 0000 000a 0006 8008 0000 0000 0006";
    let data = udp1701(&testing::hex(msg));
    let (_, _, info, _) = dissect(&data, None);
    assert!(info.ends_with("[Malformed Packet]"), "{info}");
    // The largest AVP length (1023) over a short message.
    let msg = "c802 0014 0009 0000 0000 0000 83ff 0000 0000 0006";
    assert!(!l2tp_anomalies(&udp1701(&testing::hex(msg)), None).is_empty());
}

/// Versions other than 2 and 3 are not L2TP (tshark declines them); a
/// payload of one byte neither.
#[test]
fn other_versions_are_data() {
    let (p, _, _, _) = dissect(
        &udp1701(&testing::hex("c801 000c 0001 0000 0000 0000")),
        None,
    );
    assert_eq!(p, "eth:ethertype:ip:udp:data");
    let (p, _, _, _) = dissect(&udp1701(&[0xc8]), None);
    assert_eq!(p, "eth:ethertype:ip:udp:data");
}

/// A data message's PPP frame goes to PPP, and the IP packet in it to IP:
/// its fields are the inner packet's after the outer one's.
#[test]
fn data_message_carries_ppp_and_ip() {
    let mut msg = testing::hex("4802 0000 0009 0006 0003 0004 ff03 0021");
    msg.extend_from_slice(&testing::hex(
        "4500 001c 0007 0000 4011 0000 c0a8010a c0a80114 9c41 9c42 0008 0000",
    ));
    let n = msg.len() as u16;
    msg[2..4].copy_from_slice(&n.to_be_bytes());
    let (p, _, _, f) = dissect(&udp1701(&msg), None);
    assert_eq!(p, "eth:ethertype:ip:udp:l2tp:ppp:ip:udp");
    assert_eq!(get(&f, "ip.src"), ["10.0.0.1", "192.168.1.10"]);
    assert_eq!(get(&f, "l2tp.Ns"), ["3"]);
    assert_eq!(get(&f, "ppp.protocol"), ["33"]);
}

/// Bytes from a simple generator over port 1701 and IP protocol 115,
/// whole and cut: decoding never panics.
#[test]
fn hostile_bytes_never_panic() {
    let mut x: u32 = 0x1234_5678;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x
    };
    for round in 0..3000 {
        let len = (next() % 80) as usize;
        let mut b: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if b.len() >= 2 {
            // Mostly versions 2 and 3, with any flags.
            b[1] = (b[1] & 0xf0) | if round % 2 == 0 { 2 } else { 3 };
        }
        if b.len() >= 4 && round % 3 == 0 {
            // A small length field, often inside the bytes.
            let n = (next() % 64) as u16;
            b[2..4].copy_from_slice(&n.to_be_bytes());
        }
        for data in [udp1701(&b), ipv4(115, &b)] {
            let _ = dissect(&data, None);
            let _ = dissect(&data, Some(data.len().saturating_sub(3)));
        }
    }
}

/// L2TPv3 over IP: a control message (session ID 0) names its type and
/// connection ID; a data message its session ID, its payload data.
#[test]
fn v3_over_ip() {
    let ctl = "0000 0000 c803 0014 0000abcd 0000 0000 8008 0000 0000 0006";
    let (p, proto, info, f) = dissect(&ipv4(115, &testing::hex(ctl)), None);
    assert_eq!(p, "eth:ethertype:ip:l2tp");
    assert_eq!(proto, "L2TPv3");
    assert_eq!(info, "Control Message - Hello (ccid=0x0000ABCD)");
    assert_eq!(get(&f, "l2tp.sid"), ["0"]);
    assert_eq!(get(&f, "l2tp.ccid"), ["43981"]);
    let (p, proto, info, _) = dissect(&ipv4(115, &testing::hex("0000 0002")), Some(14 + 20 + 2));
    assert_eq!(p, "eth:ethertype:ip:l2tp");
    assert_eq!(proto, "L2TPv3");
    assert_eq!(info, "[Packet size limited during capture]");
    let (p, _, info, f) = dissect(&ipv4(115, &testing::hex("3333 3333 0102 0304")), None);
    assert_eq!(p, "eth:ethertype:ip:l2tp:data");
    assert_eq!(info, "D[S:0x33333333]");
    assert_eq!(get(&f, "l2tp.sid"), ["858993459"]);
}

/// PPP in a data message writes no Info of its own but for a protocol no
/// dissector takes (its number in the Protocol column); a PPP header the
/// capture cut leaves L2TP's Info. tshark: `0x1235 / PPP Unknown
/// (0x1235)`, `0x0201 / PPP 802.1d Hello Packets (0x0201)`, `PPP / Data
/// Message ...[Packet size limited during capture]`.
#[test]
fn ppp_columns_in_a_data_message() {
    let (p, proto, info, _) = dissect(
        &udp1701(&testing::hex("0002 0007 0005 ff03 1235 0102")),
        None,
    );
    assert_eq!(p, "eth:ethertype:ip:udp:l2tp:ppp:data");
    assert_eq!(
        (proto.as_str(), info.as_str()),
        ("0x1235", "PPP Unknown (0x1235)")
    );
    let (_, proto, info, _) = dissect(
        &udp1701(&testing::hex("0002 0007 0005 ff03 0201 0102")),
        None,
    );
    assert_eq!(
        (proto.as_str(), info.as_str()),
        ("0x0201", "PPP 802.1d Hello Packets (0x0201)")
    );
    let data = udp1701(&testing::hex(
        "0002 0007 0005 ff03 c021 0101 000e 0104 05d4 0506 1234 5678",
    ));
    let (p, proto, info, _) = dissect(&data, Some(14 + 20 + 8 + 8));
    assert_eq!(p, "eth:ethertype:ip:udp:l2tp:ppp");
    assert_eq!(proto, "PPP");
    assert_eq!(
        info,
        "Data    Message            (tunnel id=7, session id=5)[Packet size limited during capture]"
    );
}

/// A proxy LCP AVP's options are PPP's (`l2tp:ppp` in frame.protocols,
/// `lcp.opt.*` items). tshark: MRU 1492 and a magic number.
#[test]
fn proxy_lcp_avp_options() {
    let msg =
        "c802 0024 0009 0006 0003 0003 8008 0000 0000 000c 0010 0000 001a 0104 05d4 0506 1234 5678";
    let (p, _, info, f) = dissect(&udp1701(&testing::hex(msg)), None);
    assert_eq!(p, "eth:ethertype:ip:udp:l2tp:ppp");
    assert_eq!(info, "Control Message - ICCN (tunnel id=9, session id=6)");
    assert_eq!(get(&f, "lcp.opt.type"), ["1", "5"]);
    assert_eq!(get(&f, "lcp.opt.mru"), ["1492"]);
}
