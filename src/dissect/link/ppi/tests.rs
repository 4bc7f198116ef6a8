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
