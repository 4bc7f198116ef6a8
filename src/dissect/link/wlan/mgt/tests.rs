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
