//! Frame Relay frames built from the address and encapsulation layouts
//! (Q.922, RFC 2427, Cisco's), each with the values tshark 4.0 gives for
//! the same bytes over a LINKTYPE_FRELAY pcap (`tshark -T fields -e
//! frame.protocols -e _ws.col.Protocol -e _ws.col.Info -e fr.dlci ...`).

use crate::dissect::Dissector;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype::FRELAY;

/// frame.protocols, Protocol and Info columns, and the fields.
fn dissect(hex: &str) -> (String, String, String, Vec<(String, String)>) {
    let data = testing::hex(hex);
    let d = Dissector::new().dissect(&frame(FRELAY, &data));
    testing::protocols_columns_fields(&d)
}

/// Cisco's encapsulation: a two-byte address (DLCI 302), then Cisco HDLC's
/// protocol 0x86dd and an IPv6 header. tshark: `fr:ipv6:...`.
#[test]
fn cisco_encapsulation_carries_ipv6() {
    let (protocols, _, _, f) = dissect(
        "48e1 86dd 6e000000 0000 3b01 fe800000000000000000000000000003 \
         fe800000000000000000000000000002",
    );
    assert_eq!(protocols, "fr:ipv6");
    assert_eq!(get(&f, "fr.dlci"), ["302"]);
    assert_eq!(get(&f, "fr.upper_dlci"), ["18"]);
    assert_eq!(get(&f, "fr.second_dlci"), ["14"]);
    assert_eq!(get(&f, "fr.cr"), ["false"]);
    assert_eq!(get(&f, "fr.ea"), ["false", "true"]);
    assert_eq!(get(&f, "fr.chdlctype"), ["34525"]);
    assert!(get(&f, "fr.control").is_empty());
}

/// RFC 2427: UI control, NLPID 0xcc, an IPv4 header. tshark: `fr:ip`,
/// fr.control 0x03 (`U, func=UI`), fr.nlpid 0xcc in Frame Relay's header.
#[test]
fn rfc2427_ip() {
    let (protocols, _, _, f) = dissect("0c21 03 cc 45000014 0000 0000 40ff 0000 0a000001 0a000002");
    assert_eq!(protocols, "fr:ip");
    assert_eq!(get(&f, "fr.dlci"), ["50"]);
    assert_eq!(get(&f, "fr.control"), ["3"]);
    assert_eq!(get(&f, "fr.control.u_modifier_cmd"), ["0"]);
    assert_eq!(get(&f, "fr.control.ftype"), ["3"]);
    assert_eq!(get(&f, "fr.nlpid"), ["204"]);
}

/// A three-byte address whose last octet has DC set (DL-CORE control, no
/// DLCI bits: DLCI 0), then an I frame: LAPF, a note, the bytes from the
/// control on as data. tshark (isis_stlv_asan): `fr:data FR DLCI 0, I,
/// N(R)=0, N(S)=17`.
#[test]
fn dlci_zero_is_lapf() {
    let (protocols, protocol, info, f) = dissect("000c07 2200 8311");
    assert_eq!(protocols, "fr:data");
    assert_eq!(protocol, "FR");
    assert_eq!(info, "DLCI 0, I, N(R)=0, N(S)=17");
    assert_eq!(get(&f, "fr.ea"), ["false", "false", "true"]);
    assert_eq!(get(&f, "fr.dc"), ["true"]);
    assert_eq!(get(&f, "fr.dlcore_control"), ["1"]);
    assert_eq!(get(&f, "fr.control"), ["34"]);
    assert_eq!(get(&f, "fr.control.n_s"), ["17"]);
    assert_eq!(get(&f, "fr.control.ftype"), ["0"]);
    assert_eq!(get(&f, "data.len"), ["4"]);
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Frame relay lapf not yet implemented"]
    );
}

/// A first octet with EA set: "Bogus 1-octet address field", DLCI 0.
/// tshark (esis_snpa_asan-4): `DLCI 0, I P, N(R)=41, N(S)=33`, fr.control
/// 0x42 (the low byte of 0x5342), fr.control.p set.
#[test]
fn bogus_one_octet_address() {
    let (_, _, info, f) = dissect("01 4253 4370");
    assert_eq!(info, "DLCI 0, I P, N(R)=41, N(S)=33");
    assert_eq!(get(&f, "fr.dlci"), ["0"]);
    assert_eq!(get(&f, "fr.control"), ["66"]);
    assert_eq!(get(&f, "fr.control.p"), ["true"]);
    assert_eq!(get(&f, "fr.control.n_r"), ["41"]);
    assert!(get(&f, "fr.ea").is_empty());
    assert_eq!(
        get(&f, "_ws.expert.message"),
        [
            "Bogus 1-octet address field",
            "Frame relay lapf not yet implemented"
        ]
    );
}

/// Address octets past the fourth: one note each. tshark
/// (q933-heapoverflow-2 frame 12): DLCI 4608, DE set, DL-CORE control
/// 0x3f, the rest data (no control byte that any table knows).
#[test]
fn bogus_extra_address_octets() {
    let (protocols, _, info, f) = dissect("0842 00 00 ff ffffffff ff00 1188 6b68");
    assert_eq!(protocols, "fr:data");
    assert_eq!(info, "DLCI 4608");
    assert_eq!(get(&f, "fr.de"), ["true"]);
    assert_eq!(get(&f, "fr.third_dlci"), ["0"]);
    assert_eq!(get(&f, "fr.dlcore_control"), ["63"]);
    assert_eq!(get(&f, "_ws.expert.message"), ["Bogus extra address octet"]);
}

/// No UI control, a control field (I, two bytes) and an NLPID some table
/// knows (IS-IS): RFC 2427 with that control; the NLPID belongs to IS-IS's
/// PDU. Then IS-IS, cut short here: no hidden fr.nlpid.
#[test]
fn control_then_osi_nlpid() {
    let (protocols, _, _, f) = dissect("1c000c07 2200 831b0100");
    assert!(protocols.starts_with("fr:isis"), "{protocols}");
    assert_eq!(get(&f, "fr.dlci"), ["14342"]);
    assert_eq!(get(&f, "fr.control"), ["34"]);
    assert!(get(&f, "fr.nlpid").is_empty());
}

/// Padding before an NLPID no table knows: fr.nlpid 0 (Padding) and the
/// NLPID, then data. tshark (q933-heapoverflow-2 frame 15): `DLCI 288, I,
/// N(R)=0, N(S)=22`, fr.nlpid `0x00,0x11`.
#[test]
fn padding_then_unknown_nlpid() {
    let (protocols, _, info, f) = dissect("4801 2c00 00 11 886b6830");
    assert_eq!(protocols, "fr:data");
    assert_eq!(info, "DLCI 288, I, N(R)=0, N(S)=22");
    assert_eq!(get(&f, "fr.nlpid"), ["0", "17"]);
    assert_eq!(get(&f, "data.len"), ["4"]);
}

/// Raw Ethernet with its FCS after a four-byte address: an 802.3 length of
/// 17, two trailer bytes, the FCS. tshark (q933-heapoverflow-2 frame 2):
/// `fr:eth:llc:data`, eth.trailer 0200, eth.fcs 0x10000000.
#[test]
fn raw_ethernet_with_fcs() {
    let (protocols, protocol, _, f) = dissect(
        "b0003a01 0011886b6830 0014a530b0af 0011 886b6830 a0020100010000 00dd0900 1018 0200 10000000",
    );
    assert_eq!(protocols, "fr:eth:llc:data");
    assert_eq!(protocol, "LLC");
    assert_eq!(get(&f, "fr.dlci"), ["5769024"]);
    assert_eq!(get(&f, "eth.len"), ["17"]);
    assert_eq!(get(&f, "eth.trailer"), ["0200"]);
    assert_eq!(get(&f, "eth.fcs"), ["268435456"]);
    assert_eq!(get(&f, "data.len"), ["13"]);
}

/// A length past the bytes before the FCS: cut to them, with tshark's
/// Error/Malformed note.
#[test]
fn raw_ethernet_length_past_end() {
    let (_, _, _, f) =
        dissect("b0003a01 0014a530b0af 0011886b6830 0011 886b6830 d0560100 04000000");
    assert_eq!(get(&f, "eth.fcs"), ["67108864"]);
    assert_eq!(get(&f, "data.len"), ["4"]);
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Length field value goes past the end of the payload"]
    );
}

/// Every prefix of every frame above, and each byte flipped: no panic.
#[test]
fn cut_and_damaged_frames_do_not_panic() {
    let frames = [
        "48e186dd6e0000000000",
        "0c2103cc45000014",
        "000c0722008311",
        "0142534370",
        "08420000ffffffffffff00",
        "1c000c072200831b0100",
        "48012c000011886b6830",
        "b0003a010011886b68300014a530b0af0011886b6830",
        "0c2103800000000800450000",
        "0c2100000081",
        "3030303030",
    ];
    for hex in frames {
        let data = testing::hex(hex);
        for n in 0..=data.len() {
            let mut d = Dissector::new();
            d.dissect(&frame(FRELAY, &data[..n]));
            for i in 0..n {
                let mut bad = data[..n].to_vec();
                bad[i] ^= 0xff;
                d.dissect(&frame(FRELAY, &bad));
            }
        }
    }
}
