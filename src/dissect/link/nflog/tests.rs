//! NFLOG records built from the layout in <linux/netfilter/nfnetlink_log.h>
//! (TLV headers little-endian, as libpcap writes them on x86), each with
//! the values tshark 4.0 gives for the same bytes in a LINKTYPE_NFLOG
//! pcap (`tshark -T fields -e frame.protocols -e _ws.col.Protocol -e
//! _ws.col.Info -e nflog.tlv ...`).

use crate::dissect::Dissector;
use crate::dissect::testing::{self, get};
use crate::source::linktype::NFLOG;
use crate::source::{Frame, Timestamp};

/// An IPv4 UDP datagram, 53 → 53, of no payload (32 bytes).
const IP: &str = "450000200001000040110000c0a80001c0a800020035003500080000";

fn tlv(kind: u16, value: &[u8]) -> Vec<u8> {
    let len = 4 + value.len();
    let mut b = (len as u16).to_le_bytes().to_vec();
    b.extend_from_slice(&kind.to_le_bytes());
    b.extend_from_slice(value);
    b.resize(len.div_ceil(4) * 4, 0);
    b
}

/// frame.protocols, Protocol and Info, and the fields, of `data` of which
/// `orig` bytes were on the wire.
fn dissect(data: &[u8], orig: usize) -> (String, String, String, Vec<(String, String)>) {
    let frame = Frame {
        number: 1,
        ts: Timestamp::default(),
        orig_len: orig as u32,
        data,
        linktype: NFLOG,
        interface_id: None,
        section: None,
        interface_name: None,
        comments: Default::default(),
        no_timestamp: false,
    };
    let d = Dissector::new().dissect(&frame);
    testing::protocols_columns_fields(&d)
}

/// Family IPv4, group 1: a packet header of EtherType 0 (hook Local out),
/// a prefix with a byte past ASCII, a UID of -5, a timestamp (1000 s and
/// 5 µs), a mark (not decoded: its bytes), then the packet. tshark:
/// `nflog:ip:udp  UDP  53 → 53 Len=0`, TLV lengths 8,9,8,20,8,32,
/// prefix `ab\u{fffd}c`, uid -5, timestamp 00:16:40.000005 UTC 1970.
#[test]
fn tlvs_and_ipv4_by_family() {
    let mut fr = vec![2, 0, 0, 1];
    fr.extend(tlv(1, &[0x00, 0x00, 3, 0]));
    fr.extend(tlv(10, b"ab\xffc\0"));
    fr.extend(tlv(11, &(-5i32).to_be_bytes()));
    let mut ts = 1000u64.to_be_bytes().to_vec();
    ts.extend(5u64.to_be_bytes());
    fr.extend(tlv(3, &ts));
    fr.extend(tlv(2, &[0, 0, 0, 7]));
    fr.extend(tlv(9, &testing::hex(IP)));
    let (protocols, protocol, info, f) = dissect(&fr, fr.len());
    assert_eq!(protocols, "nflog:ip:udp");
    assert_eq!(protocol, "UDP");
    assert_eq!(info, "53 → 53 Len=0");
    assert_eq!(get(&f, "nflog.family"), ["2"]);
    assert_eq!(get(&f, "nflog.version"), ["0"]);
    assert_eq!(get(&f, "nflog.res_id"), ["1"]);
    assert_eq!(
        get(&f, "nflog.tlv_length"),
        ["8", "9", "8", "20", "8", "32"]
    );
    assert_eq!(get(&f, "nflog.tlv_type"), ["1", "10", "11", "3", "2", "9"]);
    assert_eq!(get(&f, "nflog.protocol"), ["0"]);
    assert_eq!(get(&f, "nflog.hook"), ["3"]);
    assert_eq!(get(&f, "nflog.prefix"), ["ab\u{fffd}c"]);
    assert_eq!(get(&f, "nflog.uid"), ["-5"]);
    assert_eq!(get(&f, "nflog.timestamp"), ["1000.000005000"]);
    assert_eq!(get(&f, "nflog.tlv_value"), ["00000007"]);
    assert_eq!(
        get(&f, "nflog.tlv")[1],
        "09000a006162ff6300",
        "a TLV's item is its length, without the padding"
    );
    assert_eq!(get(&f, "ip.src"), ["192.168.0.1"]);
}

/// The packet header's EtherType decides before the family: family IPv6
/// with EtherType 0x0800 is IPv4 (tshark: `nflog:ip:udp`); EtherType
/// 0x86dd over IPv4 bytes is IPv6's bogus version (`nflog:data`,
/// `IPv6`, `Bogus IPv6 version (4, must be 6)`).
#[test]
fn ethertype_before_family() {
    let mut fr = vec![10, 0, 0, 1];
    fr.extend(tlv(1, &[0x08, 0x00, 3, 0]));
    fr.extend(tlv(9, &testing::hex(IP)));
    let (protocols, _, _, f) = dissect(&fr, fr.len());
    assert_eq!(protocols, "nflog:ip:udp");
    assert_eq!(get(&f, "nflog.family"), ["10"]);
    assert_eq!(get(&f, "nflog.protocol"), ["2048"]);
    let mut fr = vec![2, 0, 0, 1];
    fr.extend(tlv(1, &[0x86, 0xdd, 3, 0]));
    fr.extend(tlv(9, &testing::hex(IP)));
    let (protocols, protocol, info, _) = dissect(&fr, fr.len());
    assert_eq!(protocols, "nflog:data");
    assert_eq!(protocol, "IPv6");
    assert_eq!(info, "Bogus IPv6 version (4, must be 6)");
}

/// A family that is neither IP: the packet is data (`nflog:data`,
/// `NFLOG`, no Info).
#[test]
fn other_family_is_data() {
    let mut fr = vec![7, 0, 0, 1];
    fr.extend(tlv(9, &testing::hex(IP)));
    let (protocols, protocol, info, f) = dissect(&fr, fr.len());
    assert_eq!(protocols, "nflog:data");
    assert_eq!(protocol, "NFLOG");
    assert_eq!(info, "");
    assert_eq!(get(&f, "nflog.tlv_type"), ["9"]);
}

/// tshark's ends: a TLV length under 4 stops the walk quietly (no item
/// for it); fewer than 4 bytes left end it too; a header of 2 bytes
/// throws at the resource id (`[Malformed Packet]`, family and version
/// kept); a TLV past the captured bytes throws as cut short, past the
/// packet as malformed (zeek's nflog-bad-tlv-len.pcap: length 256 in a
/// 12-byte record).
#[test]
fn ends_and_throws() {
    let mut fr = vec![2, 0, 0, 1];
    fr.extend([2, 0, 1, 0]);
    fr.extend(tlv(9, &testing::hex(IP)));
    let (protocols, protocol, info, f) = dissect(&fr, fr.len());
    assert_eq!(
        (protocols.as_str(), protocol.as_str(), info.as_str()),
        ("nflog", "NFLOG", "")
    );
    assert!(get(&f, "nflog.tlv").is_empty());

    let fr = [2, 0, 0, 1, 8, 0];
    let (_, _, info, f) = dissect(&fr, fr.len());
    assert_eq!(info, "");
    assert!(get(&f, "nflog.tlv").is_empty());

    let fr = [2, 0];
    let (protocols, protocol, info, f) = dissect(&fr, fr.len());
    assert_eq!((protocols.as_str(), protocol.as_str()), ("nflog", "NFLOG"));
    assert_eq!(info, "[Malformed Packet]");
    assert_eq!(get(&f, "nflog.version"), ["0"]);
    assert!(get(&f, "nflog.res_id").is_empty());

    let mut fr = vec![10, 0, 0, 1];
    fr.extend(tlv(1, &[0x08, 0x00, 3, 0]));
    fr.extend(tlv(9, &testing::hex(IP)));
    let (protocols, _, info, f) = dissect(&fr[..20], fr.len());
    assert_eq!(protocols, "nflog");
    assert_eq!(info, "[Packet size limited during capture]");
    assert_eq!(get(&f, "nflog.tlv_type"), ["1"]);

    let fr = [2, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
    let (protocols, _, info, f) = dissect(&fr, fr.len());
    assert_eq!(protocols, "nflog");
    assert_eq!(info, "[Malformed Packet]");
    assert_eq!(get(&f, "nflog.res_id"), ["0"]);
    assert!(get(&f, "nflog.tlv").is_empty());
}

/// Bytes after the packet's TLV that make no TLV are nobody's (tshark:
/// `nflog:ip:udp`, no data).
#[test]
fn trailing_bytes() {
    let mut fr = vec![2, 0, 0, 1];
    fr.extend(tlv(9, &testing::hex(IP)));
    fr.extend([1, 2]);
    let (protocols, _, _, _) = dissect(&fr, fr.len());
    assert_eq!(protocols, "nflog:ip:udp");
}

/// Cut anywhere, a record never panics.
#[test]
fn every_prefix() {
    let mut fr = vec![2, 0, 0, 1];
    fr.extend(tlv(1, &[0x08, 0x00, 3, 0]));
    fr.extend(tlv(10, b"x\0"));
    fr.extend(tlv(9, &testing::hex(IP)));
    for n in 0..=fr.len() {
        let _ = dissect(&fr[..n], fr.len());
        let _ = dissect(&fr[..n], n);
    }
}
