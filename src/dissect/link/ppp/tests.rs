//! PPP control and authentication packets built from RFC 1661, 1332,
//! 5072, 1334 and 1994, each with what tshark 4.0 shows for the same
//! bytes (over LINKTYPE_PPP, `tshark -T fields -e frame.protocols -e
//! _ws.col.Protocol -e _ws.col.Info -e ...`).

use crate::dissect::Dissector;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype::PPP;

fn dissect(hex: &str) -> (String, String, String, Vec<(String, String)>) {
    let data = testing::hex(hex);
    let d = Dissector::new().dissect(&frame(PPP, &data));
    testing::protocols_columns_fields(&d)
}

/// LCP Configuration Request: MRU 1492, PAP, a magic number. tshark:
/// `ppp:lcp  PPP LCP  Configuration Request`, each option its item, type
/// and length.
#[test]
fn lcp_configuration_request() {
    let (protocols, protocol, info, f) =
        dissect("ff03 c021 01 01 0012 0104 05d4 0304 c023 0506 01fccbfb");
    assert_eq!(protocols, "ppp:lcp");
    assert_eq!(protocol, "PPP LCP");
    assert_eq!(info, "Configuration Request");
    assert_eq!(get(&f, "ppp.address"), ["255"]);
    assert_eq!(get(&f, "ppp.control"), ["3"]);
    assert_eq!(get(&f, "ppp.code"), ["1"]);
    assert_eq!(get(&f, "ppp.identifier"), ["1"]);
    assert_eq!(get(&f, "ppp.length"), ["18"]);
    assert_eq!(get(&f, "lcp.opt.type"), ["1", "3", "5"]);
    assert_eq!(get(&f, "lcp.opt.length"), ["4", "4", "6"]);
    assert_eq!(get(&f, "lcp.opt.mru"), ["1492"]);
    assert_eq!(get(&f, "lcp.opt.auth_protocol"), ["49187"]);
    assert_eq!(get(&f, "lcp.opt.magic_number"), ["33344507"]);
    assert_eq!(get(&f, "lcp.opt.mtu_bytes"), ["010405d4"]);
}

/// An Echo Request: magic number and data. tshark: magic 0xa4cbea34,
/// data 0ee2f609.
#[test]
fn lcp_echo_request() {
    let (protocols, _, info, f) = dissect("ff03 c021 09 06 000c a4cbea34 0ee2f609");
    assert_eq!(protocols, "ppp:lcp");
    assert_eq!(info, "Echo Request");
    assert_eq!(get(&f, "lcp.magic_number"), ["2764827188"]);
    assert_eq!(get(&f, "lcp.data"), ["0ee2f609"]);
}

/// An option of the wrong length shows only tshark's warning
/// `Maximum Receive Unit (with option length = 3 bytes; should be 4)`.
#[test]
fn lcp_option_of_wrong_length() {
    let (_, _, info, f) = dissect("ff03 c021 01 02 0007 0103 05");
    assert_eq!(info, "Configuration Request");
    assert!(get(&f, "lcp.opt.type").is_empty());
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Maximum Receive Unit (with option length = 3 bytes; should be 4)"]
    );
}

/// Options the length says are there but the frame does not hold: the
/// options' subtree throws before any option. tshark: `Configuration
/// Request[Malformed Packet]`, code, identifier and length only.
#[test]
fn lcp_options_past_the_frame() {
    let (_, _, info, f) = dissect("ff03 c021 01 05 000b 0104 05dc 0104");
    assert_eq!(info, "Configuration Request[Malformed Packet]");
    assert_eq!(get(&f, "ppp.length"), ["11"]);
    assert!(get(&f, "lcp.opt.type").is_empty());
}

/// A Protocol-Reject quotes the IPV6CP packet it rejects: tshark shows
/// `ppp:lcp:ipv6cp` with LCP's columns.
#[test]
fn lcp_protocol_reject() {
    let (protocols, protocol, info, f) = dissect("ff03 c021 08 04 000c 8057 01 01 0004 0000");
    assert_eq!(protocols, "ppp:lcp:ipv6cp");
    assert_eq!(protocol, "PPP LCP");
    assert_eq!(info, "Protocol Reject");
    assert_eq!(get(&f, "lcp.rej_proto"), ["32855"]);
    assert_eq!(get(&f, "ppp.code"), ["8", "1"]);
    assert_eq!(get(&f, "ppp.length"), ["12", "4"]);
}

/// IPCP Configuration Nak with an address and a primary DNS server.
#[test]
fn ipcp_nak() {
    let (protocols, protocol, info, f) =
        dissect("ff03 8021 03 02 0010 0306 0a000001 8106 08080808");
    assert_eq!(protocols, "ppp:ipcp");
    assert_eq!(protocol, "PPP IPCP");
    assert_eq!(info, "Configuration Nak");
    assert_eq!(get(&f, "ipcp.opt.type"), ["3", "129"]);
    assert_eq!(get(&f, "ipcp.opt.ip_address"), ["10.0.0.1"]);
    assert_eq!(get(&f, "ipcp.opt.pri_dns_address"), ["8.8.8.8"]);
}

/// IPCP options the length says run past the frame's bytes: the options'
/// subtree throws first. tshark: `Configuration Request[Malformed
/// Packet]` and no option.
#[test]
fn ipcp_options_past_the_frame() {
    let (_, _, info, f) = dissect("ff03 8021 01 01 0010 0206 002d 0f01 0206 0061");
    assert_eq!(info, "Configuration Request[Malformed Packet]");
    assert_eq!(get(&f, "ppp.length"), ["16"]);
    assert!(get(&f, "ipcp.opt.type").is_empty());
}

/// IPV6CP's interface identifier.
#[test]
fn ipv6cp_interface_identifier() {
    let (protocols, protocol, info, f) = dissect("ff03 8057 01 03 000e 010a c8010efffe880008");
    assert_eq!(protocols, "ppp:ipv6cp");
    assert_eq!(protocol, "PPP IPV6CP");
    assert_eq!(info, "Configuration Request");
    assert_eq!(get(&f, "ipv6cp.opt.type"), ["1"]);
    assert_eq!(get(&f, "ipv6cp.interface_identifier"), ["c8010efffe880008"]);
}

/// PAP: a request's peer and password in Info; an Ack whose message runs
/// past the frame throws after its length.
#[test]
fn pap() {
    let (protocols, protocol, info, f) =
        dissect("ff03 c023 01 00 000e 05 636973636f 05 636973636f");
    assert_eq!(protocols, "ppp:pap");
    assert_eq!(protocol, "PPP PAP");
    assert_eq!(
        info,
        "Authenticate-Request (Peer-ID='cisco', Password='cisco')"
    );
    assert_eq!(get(&f, "pap.peer_id"), ["cisco"]);
    assert_eq!(get(&f, "pap.password.length"), ["5"]);
    let (_, _, info, f) = dissect("ff03 c023 02 01 0004 9486");
    assert_eq!(info, "Authenticate-Ack[Malformed Packet]");
    assert_eq!(get(&f, "pap.message.length"), ["148"]);
    assert!(get(&f, "pap.message").is_empty());
}

/// CHAP: a success's message in Info; a challenge whose value and name
/// the frame cuts short throws.
#[test]
fn chap() {
    let (protocols, protocol, info, f) = dissect("ff03 c223 03 01 0008 57656c63");
    assert_eq!(protocols, "ppp:chap");
    assert_eq!(protocol, "PPP CHAP");
    assert_eq!(info, "Success (MESSAGE='Welc')");
    assert_eq!(get(&f, "chap.message"), ["Welc"]);
    let (_, _, info, f) = dissect("ff03 c223 01 01 0015 04 01020304 726f75746572312d61");
    assert_eq!(info, "Challenge[Malformed Packet]");
    assert_eq!(get(&f, "chap.length"), ["21"]);
}

/// CCP's Termination Ack (its options are not decoded).
#[test]
fn ccp_termination_ack() {
    let (protocols, protocol, info, _) = dissect("ff03 80fd 06 04 0004");
    assert_eq!(protocols, "ppp:ccp");
    assert_eq!(protocol, "PPP CCP");
    assert_eq!(info, "Termination Ack");
}
