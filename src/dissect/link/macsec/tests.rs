//! MACsec frames built from 802.1AE's SecTAG layout, cut and odd, with the
//! values tshark 4.0.17 gives for the same bytes.

use crate::dissect::Dissector;
use crate::dissect::testing::{frame, get, hex, protocols_columns_fields};
use crate::source::linktype::ETHERNET;

/// Ethernet header (EtherType 0x88e5), SecTAG with SCI 00:11:22:33:44:55
/// port 1 and the given TCI and packet number.
fn sectag(tci: u8, pn: u8) -> Vec<u8> {
    let mut b = hex("3e6ff374237c 2eb73f3995c3 88e5");
    b.extend_from_slice(&[tci, 0, 0, 0, 0, pn]);
    b.extend_from_slice(&hex("001122334455 0001"));
    b
}

const ICV: &str = "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf";

/// An encrypted frame whose last bytes were not captured: tshark takes the
/// last 16 captured bytes for the ICV and the bytes before them for the
/// data (`eth:ethertype:macsec:data`, ICV `78787878787878787878a0a1a2a3a4a5`,
/// 30 bytes of data), and says nothing about the cut.
#[test]
fn encrypted_cut_by_capture_takes_the_last_captured_bytes() {
    let mut b = sectag(0x2c, 3);
    b.extend_from_slice(&[0x78; 40]);
    b.extend_from_slice(&hex(ICV));
    let captured = &b[..b.len() - 10];
    let mut fr = frame(ETHERNET, captured);
    fr.orig_len = b.len() as u32;
    let d = Dissector::new().dissect(&fr);
    let (protocols, protocol, info, f) = protocols_columns_fields(&d);
    assert_eq!(protocols, "eth:ethertype:macsec:data");
    assert_eq!(protocol, "MACSEC");
    assert_eq!(info, "MACsec frame");
    assert_eq!(get(&f, "macsec.ICV"), ["78787878787878787878a0a1a2a3a4a5"]);
    assert_eq!(get(&f, "data.len"), ["30"]);
    assert!(get(&f, "_ws.short").is_empty());
    assert!(get(&f, "_ws.malformed").is_empty());
}

/// A version bit set, or no more captured than the SecTAG and the ICV:
/// not MACsec to tshark (`eth:ethertype:data`, `0x88e5`, `802.1AE
/// (MACsec)`).
#[test]
fn refused_frames_are_the_ethertypes_data() {
    let mut v1 = sectag(0xa0, 4);
    v1.extend_from_slice(&[0x08, 0x00, 0x45, 0, 0, 20]);
    v1.extend_from_slice(&hex(ICV));
    let mut tiny = sectag(0x20, 9);
    tiny.extend_from_slice(&[0x08, 0x00]);
    tiny.extend_from_slice(&[0x45; 10]);
    for b in [v1, tiny] {
        let d = Dissector::new().dissect(&frame(ETHERNET, &b));
        let (protocols, protocol, info, f) = protocols_columns_fields(&d);
        assert_eq!(protocols, "eth:ethertype:data");
        assert_eq!(protocol, "0x88e5");
        assert_eq!(info, "802.1AE (MACsec)");
        assert!(get(&f, "macsec.TCI").is_empty());
    }
}

/// Every cut of an integrity-only and an encrypted frame, with and
/// without the SCI: a layer or data, never a panic; no MACsec layer until
/// more than the SecTAG and the ICV were captured.
#[test]
fn cut_frames_never_panic() {
    let mut integ = sectag(0x20, 1);
    integ.extend_from_slice(&hex(
        "0800 4500002e00010000401100000a0000010a000002 04d2162e001a0000",
    ));
    integ.extend_from_slice(&[0x61; 18]);
    integ.extend_from_slice(&hex(ICV));
    let mut enc = sectag(0x2c, 2);
    enc.extend_from_slice(&[0x71; 40]);
    enc.extend_from_slice(&hex(ICV));
    let mut no_sc = hex("3e6ff374237c 2eb73f3995c3 88e5 000000000005 0800");
    no_sc.extend_from_slice(&[0x45; 30]);
    for (b, sectag_len) in [(integ, 14), (enc, 14), (no_sc, 6)] {
        for end in 0..=b.len() {
            for orig in [end, b.len()] {
                let mut fr = frame(ETHERNET, &b[..end]);
                fr.orig_len = orig as u32;
                let d = Dissector::new().dissect(&fr);
                let f = protocols_columns_fields(&d).3;
                let is_macsec = !get(&f, "macsec.TCI").is_empty();
                assert_eq!(is_macsec, end > 14 + sectag_len + 16, "cut at {end}");
            }
        }
    }
}
