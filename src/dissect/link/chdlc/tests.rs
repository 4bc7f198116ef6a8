//! Cisco HDLC frames built from the header's layout (RFC 1547 4.3.1 and
//! Cisco's SLARP), each with the values tshark 4.0 gives for the same
//! bytes (`tshark -T fields -e frame.protocols -e _ws.col.Protocol -e
//! _ws.col.Info -e chdlc.address ...` over a LINKTYPE_C_HDLC pcap).

use crate::dissect::Dissector;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype::C_HDLC;

/// frame.protocols, Protocol and Info columns, and the fields.
fn dissect(hex: &str) -> (String, String, String, Vec<(String, String)>) {
    let data = testing::hex(hex);
    let d = Dissector::new().dissect(&frame(C_HDLC, &data));
    testing::protocols_columns_fields(&d)
}

/// tshark: `chdlc:slarp  SLARP  Line keepalive, outgoing sequence 5,
/// returned sequence 2`, address 0x8f, protocol 0x8035.
#[test]
fn slarp_keepalive() {
    let (protocols, protocol, info, f) = dissect("8f00 8035 00000002 00000005 00000002 ffff");
    assert_eq!(protocols, "chdlc:slarp");
    assert_eq!(protocol, "SLARP");
    assert_eq!(
        info,
        "Line keepalive, outgoing sequence 5, returned sequence 2"
    );
    assert_eq!(get(&f, "chdlc.address"), ["143"]);
    assert_eq!(get(&f, "chdlc.control"), ["0"]);
    assert_eq!(get(&f, "chdlc.protocol"), ["32821"]);
    assert_eq!(get(&f, "slarp.ptype"), ["2"]);
    assert_eq!(get(&f, "slarp.mysequence"), ["5"]);
    assert_eq!(get(&f, "slarp.yoursequence"), ["2"]);
    assert_eq!(get(&f, "slarp.reliability"), ["65535"]);
    assert!(get(&f, "slarp.reliability.invalid").is_empty());
}

/// A reliability other than 0xffff: tshark's Error/Malformed expert item
/// `Reliability must be 0xFFFF`, and the Info as usual.
#[test]
fn slarp_bad_reliability() {
    let (_, _, info, f) = dissect("8f00 8035 00000002 00000005 00000002 00ff");
    assert_eq!(
        info,
        "Line keepalive, outgoing sequence 5, returned sequence 2"
    );
    assert_eq!(get(&f, "slarp.reliability"), ["255"]);
    assert_eq!(get(&f, "slarp.reliability.invalid").len(), 1);
    assert_eq!(
        get(&f, "_ws.expert"),
        ["Expert Info (Error/Malformed): Reliability must be 0xFFFF"]
    );
}

/// tshark: `Request, from 10.0.0.1, mask 255.255.255.0`.
#[test]
fn slarp_request() {
    let (protocols, protocol, info, f) = dissect("0f00 8035 00000000 0a000001 ffffff00");
    assert_eq!(protocols, "chdlc:slarp");
    assert_eq!(protocol, "SLARP");
    assert_eq!(info, "Request, from 10.0.0.1, mask 255.255.255.0");
    assert_eq!(get(&f, "slarp.address"), ["10.0.0.1"]);
    assert_eq!(get(&f, "slarp.netmask"), ["255.255.255.0"]);
    assert!(get(&f, "slarp.mysequence").is_empty());
}

/// SLARP cut short, as tshark reads it: a keepalive of 11 bytes throws
/// before any item (its Info is written from both numbers first), one of
/// 13 keeps the numbers and throws at the reliability; an unknown type
/// of 7 bytes shows its type and the rest as data.
#[test]
fn slarp_short_and_unknown() {
    let (protocols, protocol, info, f) = dissect("0f00 8035 00000002 00000005 000000");
    assert_eq!(protocols, "chdlc:slarp");
    assert_eq!(protocol, "SLARP");
    assert_eq!(info, "[Malformed Packet]");
    assert!(get(&f, "slarp.ptype").is_empty());
    let (_, _, info, f) = dissect("0f00 8035 00000002 00000005 00000006 00");
    assert_eq!(
        info,
        "Line keepalive, outgoing sequence 5, returned sequence 6[Malformed Packet]"
    );
    assert_eq!(get(&f, "slarp.yoursequence"), ["6"]);
    assert!(get(&f, "slarp.reliability").is_empty());
    let (protocols, _, info, f) = dissect("0f00 8035 00000009 00aabb");
    assert_eq!(protocols, "chdlc:slarp:data");
    assert_eq!(info, "Unknown packet type 0x00000009");
    assert_eq!(get(&f, "slarp.ptype"), ["9"]);
    assert_eq!(get(&f, "data.data"), ["00aabb"]);
    let (protocols, _, info, _) = dissect("0f00 8035 00000009");
    assert_eq!(protocols, "chdlc:slarp");
    assert_eq!(info, "Unknown packet type 0x00000009");
}

/// IPv4 goes to Wireshark's "ip" dissector and IPv6 to "ipv6": no
/// `ethertype` between (tshark: `chdlc:ip:udp`, `1234 → 53 Len=0`).
#[test]
fn ip_and_ipv6() {
    let (protocols, protocol, info, f) =
        dissect("0f00 0800 4500001c0001000040110000c0a80001c0a80002 04d2003500080000");
    assert_eq!(protocols, "chdlc:ip:udp");
    assert_eq!(protocol, "UDP");
    assert_eq!(info, "1234 → 53 Len=0");
    assert_eq!(get(&f, "chdlc.address"), ["15"]);
    assert_eq!(get(&f, "chdlc.protocol"), ["2048"]);
    assert_eq!(get(&f, "ip.src"), ["192.168.0.1"]);
    let (protocols, protocol, info, _) = dissect(
        "0f00 86dd 6000000000083a40 fe800000000000000000000000000001 fe800000000000000000000000000002 8000000000000000",
    );
    assert_eq!(protocols, "chdlc:ipv6:icmpv6");
    assert_eq!(protocol, "ICMPv6");
    assert_eq!(info, "Echo (ping) request id=0x0000, seq=0, hop limit=64");
}

/// A protocol no dissector of tshark's table takes: data, and the
/// Protocol column shows the number (`0x1234`), the Info nothing.
#[test]
fn unknown_protocol_is_data() {
    let (protocols, protocol, info, f) = dissect("0f00 1234 aabb");
    assert_eq!(protocols, "chdlc:data");
    assert_eq!(protocol, "0x1234");
    assert_eq!(info, "");
    assert_eq!(get(&f, "chdlc.protocol"), ["4660"]);
    assert_eq!(get(&f, "data.data"), ["aabb"]);
}

/// The header alone: tshark reads the byte after it (OSI's padding test)
/// and throws, after the header's fields; shorter, it throws before them.
#[test]
fn header_alone_and_shorter() {
    let (protocols, protocol, info, f) = dissect("0f00 0800");
    assert_eq!(protocols, "chdlc");
    assert_eq!(protocol, "CHDLC");
    assert_eq!(info, "[Malformed Packet]");
    assert_eq!(get(&f, "chdlc.protocol"), ["2048"]);
    let (protocols, protocol, info, f) = dissect("0f00 08");
    assert_eq!(protocols, "chdlc");
    assert_eq!(protocol, "CHDLC");
    assert_eq!(info, "[Malformed Packet]");
    assert!(get(&f, "chdlc.address").is_empty());
}

/// OSI: a byte that is no CLNP, ES-IS or IS-IS NLPID is Cisco's padding
/// (`chdlc.clns_padding` 0x00); an NLPID right after the header is not.
#[test]
fn osi_padding() {
    let (_, _, _, f) = dissect("0f00 fefe 00 830102");
    assert_eq!(get(&f, "chdlc.clns_padding"), ["0"]);
    let (_, _, _, f) = dissect("0f00 fefe 83aabb");
    assert!(get(&f, "chdlc.clns_padding").is_empty());
}

/// Cut anywhere, a frame never panics.
#[test]
fn every_prefix() {
    let data = testing::hex("8f00 8035 00000002 00000005 00000002 ffff 0f00 fefe 00");
    for n in 0..=data.len() {
        let _ = Dissector::new().dissect(&frame(C_HDLC, &data[..n]));
    }
}

/// On LINKTYPE_PPP and PPP_HDLC, frames that start with 0x0f or 0x8f are
/// Cisco HDLC read whole (tshark: `ppp:chdlc:...`, no PPP field); other
/// frames stay PPP.
#[test]
fn chdlc_framing_found_by_ppp() {
    use crate::source::linktype::{PPP, PPP_HDLC};
    for lt in [PPP, PPP_HDLC] {
        let data = testing::hex("8f00 8035 00000002 00000005 00000002 ffff");
        let d = Dissector::new().dissect(&frame(lt, &data));
        let (protocols, protocol, _, f) = testing::protocols_columns_fields(&d);
        assert_eq!(protocols, "ppp:chdlc:slarp");
        assert_eq!(protocol, "SLARP");
        assert!(get(&f, "ppp.address").is_empty());
        assert!(get(&f, "ppp.protocol").is_empty());
        assert_eq!(get(&f, "chdlc.address"), ["143"]);
        let data = testing::hex("ff03 c021 0101 0004");
        let d = Dissector::new().dissect(&frame(lt, &data));
        let (protocols, ..) = testing::protocols_columns_fields(&d);
        assert!(protocols.starts_with("ppp:lcp"), "{protocols}");
    }
}

/// Cut Cisco HDLC framing on a PPP link: shown as far as it goes, never a
/// panic (tshark: `ppp:chdlc`, CHDLC, `[Malformed Packet]`).
#[test]
fn chdlc_framing_found_by_ppp_cut() {
    use crate::source::linktype::PPP;
    for hex in ["0f", "8f00", "0f0008", "0f000800"] {
        let data = testing::hex(hex);
        let d = Dissector::new().dissect(&frame(PPP, &data));
        let (protocols, protocol, info, f) = testing::protocols_columns_fields(&d);
        assert_eq!(protocols, "ppp:chdlc", "{hex}");
        assert_eq!(protocol, "CHDLC", "{hex}");
        assert_eq!(info, "[Malformed Packet]", "{hex}");
        assert!(get(&f, "ppp.protocol").is_empty(), "{hex}");
    }
}
