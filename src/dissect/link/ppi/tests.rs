use super::*;
use crate::dissect::testing::protocols_columns_fields;
use crate::dissect::{Dissector, testing};

fn dissect(data: &[u8]) -> crate::dissect::Dissection<'_> {
    Dissector::new().dissect(&testing::frame(192, data))
}

#[test]
fn no_input_panics_and_cut_headers_are_marked() {
    let mut rng = crate::test_rng::Rng(7);
    for n in 0..2000usize {
        let len = (rng.next() % 120) as usize;
        let mut b: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if n % 2 == 0 && b.len() >= 8 {
            b[2] = (len as u8).wrapping_sub((rng.next() % 16) as u8);
            b[3] = 0;
            b[4] = [1, 105, 192, 7][n % 4];
            b[5..8].fill(0);
        }
        let _ = dissect(&b);
    }
    let d = dissect(&[0, 0, 16, 0, 1, 0]);
    let (protocols, protocol, _, _) = protocols_columns_fields(&d);
    assert_eq!(protocols, "ppi");
    assert_eq!(protocol, "PPI");
    assert!(d.layers[1].anomalies.len() == 1);
}

#[test]
fn the_common_fields_fcs_flag_reaches_802_11() {
    // 802.11-Common with the FCS flag, then a null data frame whose last
    // four bytes are its FCS; with the flag clear they are payload.
    let frame = |flags: u8| {
        let mut b = vec![0, 0, 32, 0, 105, 0, 0, 0, 2, 0, 20, 0];
        b.extend([0; 8]);
        b.extend([flags, 0, 108, 0, 0x85, 0x09, 0xa0, 0, 0, 0, 0xd8, 0xa1]);
        b.extend([0x48, 0, 0, 0]);
        b.extend([
            2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x10, 0,
        ]);
        b.extend([0xde, 0xad, 0xbe, 0xef]);
        b
    };
    for (flags, fcs) in [(1, true), (0, false)] {
        let data = frame(flags);
        let d = dissect(&data);
        let ppi = &d.layers[1];
        assert_eq!(ppi.protocol, "ppi");
        assert_eq!(ppi.get_uint(f::COMMON_RATE), Some(54_000));
        assert_eq!(known_length(COMMON), Some(COMMON_LEN));
        let wlan = d.layers.iter().find(|l| l.protocol == "wlan").unwrap();
        assert_eq!(
            wlan.get_uint(crate::dissect::fields::wlan::FCS).is_some(),
            fcs,
            "flags {flags}"
        );
        assert!(d.layers.iter().any(|l| l.protocol == "wlan_radio"));
    }
}
