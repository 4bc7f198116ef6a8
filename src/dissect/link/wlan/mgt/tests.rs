//! Management bodies built from the standard's layouts, bare 802.11
//! (LINKTYPE 105), with the values tshark 4.0 gives for the same bytes.

use crate::dissect::Dissector;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype::IEEE802_11;

const HDR: &str = "a1a1a1a1a101 a2a2a2a2a202 a3a3a3a3a303 1000";

fn dissect(hex: &str) -> ([String; 3], Vec<(String, String)>) {
    let data = testing::hex(hex);
    let d = Dissector::new().dissect(&frame(IEEE802_11, &data));
    let (protocols, protocol, info, fields) = testing::protocols_columns_fields(&d);
    ([protocols, protocol, info], fields)
}

/// A beacon whose body stops inside its fixed parameters, then one with
/// no element: both malformed in tshark, the fields read before shown.
#[test]
fn cut_fixed_parameters_and_no_elements_are_malformed() {
    let (cols, f) = dissect(&format!("8000 3a01 {HDR} 0102030405060708 6400 31"));
    assert_eq!(cols[0], "wlan");
    assert_eq!(
        cols[2],
        "Beacon frame, SN=1, FN=0, Flags=........, BI=100[Malformed Packet]"
    );
    assert_eq!(get(&f, "wlan.fixed.timestamp"), ["578437695752307201"]);
    assert_eq!(get(&f, "wlan.fixed.beacon"), ["100"]);
    assert!(get(&f, "wlan.fixed.capabilities").is_empty());
    assert!(get(&f, "wlan.tagged.all").is_empty());
    let (cols, f) = dissect(&format!("0000 3a01 {HDR} 3104 0a00"));
    assert!(cols[2].ends_with("[Malformed Packet]"), "{}", cols[2]);
    assert_eq!(get(&f, "wlan.fixed.listen_ival"), ["10"]);
    // A deauthentication with only its reason code is whole.
    let (cols, f) = dissect(&format!("c000 3a01 {HDR} 0300"));
    assert_eq!(cols[2], "Deauthentication, SN=1, FN=0, Flags=........");
    assert_eq!(get(&f, "wlan.fixed.reason_code"), ["3"]);
    assert!(get(&f, "wlan.tagged.all").is_empty());
}

/// An element whose length runs past the body: number and length shown,
/// then tshark's ContainedBoundsError.
#[test]
fn element_past_the_body_is_a_contained_error() {
    let (cols, f) = dissect(&format!("4000 3a01 {HDR} 0005 6162"));
    assert_eq!(
        cols[2],
        "Probe Request, SN=1, FN=0, Flags=........\
         [Malformed Packet: length of contained item exceeds length of containing item]"
    );
    assert_eq!(get(&f, "wlan.tag.number"), ["0"]);
    assert_eq!(get(&f, "wlan.tag.length"), ["5"]);
    assert!(get(&f, "wlan.ssid").is_empty());
    // One byte left: no element at all.
    let (cols, f) = dissect(&format!("4000 3a01 {HDR} 00"));
    assert!(cols[2].ends_with("[Malformed Packet]"), "{}", cols[2]);
    assert!(get(&f, "wlan.tag").is_empty());
    assert_eq!(get(&f, "wlan.tagged.all").len(), 1);
}

/// Random bodies of every management subtype never panic.
#[test]
fn random_bodies_never_panic() {
    let mut rng = crate::test_rng::Rng(0x5741_4e4d);
    for _ in 0..3000 {
        let subtype = rng.below(16) as u8;
        let n = rng.below(64) as usize;
        let mut b = vec![subtype << 4, 0];
        b.extend((0..22 + n).map(|_| rng.next() as u8));
        let d = Dissector::new().dissect(&frame(IEEE802_11, &b));
        let _ = testing::protocols_columns_fields(&d);
    }
}

/// Elements past the body, by what their decoder reads (tshark 4.0 on the
/// same bytes): rates show the bytes there are, then the contained error;
/// an ERP element of the wrong length reads nothing (no error while some
/// of its bytes are there, a plain malformed when none are); an element
/// osidump does not decode (RSN) is taken to read from its start, in
/// the body (RSN's decoder does: a plain malformed).
#[test]
fn elements_past_the_body_by_what_their_decoder_reads() {
    let contained =
        "[Malformed Packet: length of contained item exceeds length of containing item]";
    let (cols, f) = dissect(&format!("4000 0000 {HDR} 0108 0102"));
    assert!(cols[2].ends_with(contained), "{}", cols[2]);
    assert_eq!(get(&f, "wlan.supported_rates"), ["1", "2"]);
    let (cols, _) = dissect(&format!("4000 0000 {HDR} 2a05 01020304"));
    assert_eq!(cols[2], "Probe Request, SN=1, FN=0, Flags=........");
    let (cols, _) = dissect(&format!("4000 0000 {HDR} 2a05"));
    assert_eq!(
        cols[2],
        "Probe Request, SN=1, FN=0, Flags=........[Malformed Packet]"
    );
    let (cols, f) = dissect(&format!("4000 0000 {HDR} 300a 0100"));
    assert!(
        cols[2].ends_with("........[Malformed Packet]"),
        "{}",
        cols[2]
    );
    assert_eq!(get(&f, "wlan.tag.number"), ["48"]);
    // An undecoded number past the body: no bytes shown, plain malformed.
    let (cols, f) = dissect(&format!("4000 0000 {HDR} c802 01"));
    assert!(
        cols[2].ends_with("........[Malformed Packet]"),
        "{}",
        cols[2]
    );
    assert!(get(&f, "wlan.tag.data").is_empty());
}

const BEACON_FIXED: &str = "8000 0000 a1a1a1a1a101 a2a2a2a2a202 a3a3a3a3a303 1000 \
                            0102030405060708 6400 3104";

/// RSN elements cut at each step (tshark 4.0 on the same bytes): the
/// decoder stops quietly at the element's end after the version, the
/// group suite and each list; the capabilities are read regardless (18
/// bytes: malformed); a read inside a field past the end is malformed.
#[test]
fn rsn_stops_where_tshark_stops() {
    let (cols, f) = dissect(&format!("{BEACON_FIXED} 30020100"));
    assert_eq!(cols[2], "Beacon frame, SN=1, FN=0, Flags=........, BI=100");
    assert_eq!(get(&f, "wlan.rsn.version"), ["1"]);
    assert!(get(&f, "wlan.rsn.gcs").is_empty());
    let (cols, f) = dissect(&format!("{BEACON_FIXED} 30040100000f"));
    assert!(cols[2].ends_with("BI=100[Malformed Packet]"), "{}", cols[2]);
    assert!(get(&f, "wlan.rsn.gcs").is_empty());
    let (cols, f) = dissect(&format!("{BEACON_FIXED} 30080100000fac040500"));
    assert!(!cols[2].contains("Malformed"), "{}", cols[2]);
    assert_eq!(get(&f, "wlan.rsn.pcs.count"), ["5"]);
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Pairwise Cipher Suite Count too large, 4*5 > 0"]
    );
    assert_eq!(get(&f, "wlan.rsn.pcs.list").len(), 1);
    assert!(get(&f, "wlan.rsn.pcs").is_empty());
    let (cols, f) = dissect(&format!(
        "{BEACON_FIXED} 30120100000fac040100000fac040100000fac02"
    ));
    assert!(cols[2].ends_with("[Malformed Packet]"), "{}", cols[2]);
    assert_eq!(get(&f, "wlan.rsn.akms.type"), ["2"]);
    assert!(get(&f, "wlan.rsn.capabilities").is_empty());
    // A PMKID count with no room: the expert item, an empty list, the end.
    let (cols, f) = dissect(&format!(
        "{BEACON_FIXED} 30160100000fac040100000fac040100000fac02c0000100"
    ));
    assert!(!cols[2].contains("Malformed"), "{}", cols[2]);
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["PMKID Count too large, 16*1 > 0"]
    );
    assert_eq!(get(&f, "wlan.rsn.capabilities.mfpc"), ["true"]);
    assert!(get(&f, "wlan.pmkid.akms").is_empty());
}

/// The RSN element's suites: an OUI other than 802.11's keeps its type;
/// an AKM of the Wi-Fi Alliance's OUI.
#[test]
fn rsn_suites_of_other_ouis() {
    let (_, f) = dissect(&format!(
        "{BEACON_FIXED} 30140100001122040100000fac040100506f9a01c000"
    ));
    assert_eq!(get(&f, "wlan.rsn.gcs.oui"), ["4386"]);
    assert_eq!(get(&f, "wlan.rsn.gcs.type"), ["4"]);
    assert_eq!(get(&f, "wlan.rsn.akms"), ["1349491201"]);
    assert_eq!(get(&f, "wlan.rsn.akms.oui"), ["5271450"]);
}

/// WMM's QoS Info by who sends it: an AP's layout in a beacon, a
/// station's in an association request, neither in a disassociation.
#[test]
fn wme_qos_info_by_direction() {
    let (_, f) = dissect(&format!("{BEACON_FIXED} dd070050f20200018f"));
    assert_eq!(get(&f, "wlan.wfa.ie.wme.qos_info.ap.u_apsd"), ["true"]);
    assert_eq!(
        get(&f, "wlan.wfa.ie.wme.qos_info.ap.parameter_set_count"),
        ["15"]
    );
    let (_, f) = dissect(&format!("0000 0000 {HDR} 3104 0a00 dd070050f2020001ef"));
    assert_eq!(get(&f, "wlan.wfa.ie.wme.qos_info.sta.max_sp_length"), ["3"]);
    assert_eq!(get(&f, "wlan.wfa.ie.wme.qos_info.sta.reserved"), ["8"]);
    let (_, f) = dissect(&format!("a000 0000 {HDR} 0800 dd070050f2020001ef"));
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Could not deduce direction to decode correctly, ftype 10"]
    );
}

/// Random RSN, WPA and WMM element contents never panic.
#[test]
fn random_security_elements_never_panic() {
    let mut rng = crate::test_rng::Rng(0x5253_4e31);
    let heads: [&[u8]; 3] = [
        &[0x30],
        &[0xdd, 0x00, 0x50, 0xf2, 0x01],
        &[0xdd, 0x00, 0x50, 0xf2, 0x02],
    ];
    for i in 0..3000 {
        let mut b = testing::hex(BEACON_FIXED);
        let head = heads[i % 3];
        let n = rng.below(48) as usize;
        let claimed = (head.len() - 1 + n + rng.below(5) as usize).saturating_sub(2);
        b.push(head[0]);
        b.push(claimed.min(255) as u8);
        b.extend_from_slice(&head[1..]);
        b.extend((0..n).map(|_| rng.next() as u8));
        let d = Dissector::new().dissect(&frame(IEEE802_11, &b));
        let _ = testing::protocols_columns_fields(&d);
    }
}

/// QBSS Load: version 2 (5 bytes), Cisco's version 1 (4 bytes), a length
/// of neither (tshark's expert item), one past the body (the fields
/// there are, then the contained error). Values: tshark 4.0.
#[test]
fn qbss_load_by_length() {
    let (_, f) = dissect(&format!("{BEACON_FIXED} 0b05 0300 4a 1234"));
    assert_eq!(get(&f, "wlan.qbss.version"), ["2"]);
    assert_eq!(get(&f, "wlan.qbss.scount"), ["3"]);
    assert_eq!(get(&f, "wlan.qbss.cu"), ["74"]);
    assert_eq!(get(&f, "wlan.qbss.adc"), ["13330"]);
    let (_, f) = dissect(&format!("{BEACON_FIXED} 0b04 0102 0304"));
    assert_eq!(get(&f, "wlan.qbss.version"), ["1"]);
    assert_eq!(get(&f, "wlan.qbss.scount"), ["513"]);
    assert_eq!(get(&f, "wlan.qbss.adc"), ["4"]);
    let (_, f) = dissect(&format!("{BEACON_FIXED} 0b03 010203"));
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Tag Length 3 wrong, must be = 4 or 5"]
    );
    assert!(get(&f, "wlan.qbss.version").is_empty());
    let (cols, f) = dissect(&format!("{BEACON_FIXED} 0b05 0300 4a"));
    assert!(
        cols[2].ends_with("length of contained item exceeds length of containing item]"),
        "{}",
        cols[2]
    );
    assert_eq!(get(&f, "wlan.qbss.scount"), ["3"]);
}
