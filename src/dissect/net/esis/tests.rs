//! ES-IS PDUs behind a Frame Relay header (DLCI 1, an I-frame control and
//! NLPID 0x82), each with the values tshark 4.0 gives for the same bytes
//! (the tcpdump test captures esis_snpa_asan*, rebuilt here byte by byte).

use crate::dissect::Dissector;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype::FRELAY;

fn dissect(hex: &str) -> (String, String, String, Vec<(String, String)>) {
    let data = testing::hex(hex);
    let d = Dissector::new().dissect(&frame(FRELAY, &data));
    testing::protocols_columns_fields(&d)
}

/// An ES hello with three source addresses (lengths 0, 4, 0) and no
/// options. tshark: `fr:esis ESIS ES HELLO`, checksum 0x70a1 bad.
#[test]
fn es_hello() {
    let (protocols, protocol, info, f) =
        dissect("000c05 2200 82 11 01 55 42 5343 70a1 03 00 04ecff0000 00 00");
    assert_eq!(protocols, "fr:esis");
    assert_eq!(protocol, "ESIS");
    assert_eq!(info, "ES HELLO");
    assert_eq!(get(&f, "fr.nlpid"), ["130"]);
    assert_eq!(get(&f, "esis.length"), ["17"]);
    assert_eq!(get(&f, "esis.res"), ["85"]);
    assert_eq!(get(&f, "esis.type"), ["2"]);
    assert_eq!(get(&f, "esis.htime"), ["21315"]);
    assert_eq!(get(&f, "esis.chksum"), ["28833"]);
    assert_eq!(get(&f, "esis.chksum.status"), ["0"]);
    assert_eq!(get(&f, "esis.number_of_source_addresses"), ["3"]);
    assert_eq!(get(&f, "esis.sal"), ["0", "4", "0"]);
    assert_eq!(
        get(&f, "esis.sa"),
        [
            "<Invalid length of NSAP>",
            "ecff0000",
            "<Invalid length of NSAP>"
        ]
    );
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Bad checksum", "No Options for this PDU"]
    );
}

/// A redirect: destination `04`, a 4-byte subnetwork address shown as
/// tshark's system ID text `00000000.`, no title, no options.
#[test]
fn redirect() {
    let (_, _, info, f) = dissect("000c05 2200 82 11 01 55 46 5343 7034 01 04 04 00000000 00 00");
    assert_eq!(info, "RD REQUEST");
    assert_eq!(get(&f, "esis.dal"), ["1"]);
    assert_eq!(get(&f, "esis.da"), ["04"]);
    assert_eq!(get(&f, "esis.bsnpal"), ["4"]);
    assert_eq!(get(&f, "esis.bsnpa"), ["00000000."]);
    assert!(get(&f, "esis.netl").is_empty());
}

/// A type tshark does not know: its note, Info `Unknown (0x0)`.
#[test]
fn unknown_type() {
    let (_, _, info, f) = dissect("000c05 2200 82 11 01 55 00 0000 00a1 02 00 04ec ff00 0000");
    assert_eq!(info, "Unknown (0x0)");
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Unknown ESIS packet type", "Bad checksum"]
    );
}

/// Options announced past the bytes: ES-IS throws (malformed here, the
/// frame not being cut by a snap length) and the hidden NLPID is not
/// added.
#[test]
fn options_past_the_end_throw() {
    let (protocols, _, _, f) = dissect("000c05 2200 82 11 01 55 42 5343 70a1 02 00 04ecff0000 00");
    assert_eq!(protocols, "fr:esis");
    assert_eq!(get(&f, "esis.sal"), ["0", "4"]);
    assert!(get(&f, "fr.nlpid").is_empty());
}

/// Every prefix and single-byte flip of these PDUs: no panic.
#[test]
fn cut_and_damaged_pdus_do_not_panic() {
    for hex in [
        "000c0522008211015542534370a1030004ecff00000000",
        "000c052200821101554653437034010404000000000000",
        "000c0522008214010504535343700a140102030405060708090a0b0c0d0e0f10111213",
    ] {
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
