use super::*;

#[test]
fn packet_numbers_from_rfc_9000_a3() {
    assert_eq!(decode_pn(Some(0xa82f30ea), 0x9b32, 16), 0xa82f9b32);
    assert_eq!(decode_pn(None, 0, 8), 0);
    assert_eq!(decode_pn(Some(254), 0, 8), 256);
}

#[test]
fn probe_needs_a_long_header_of_a_known_version() {
    let mut p = vec![0xc0, 0, 0, 0, 1, 8];
    p.resize(1200, 0);
    assert_eq!(probe(&p), Probe::Certain);
    p[4] = 9;
    assert_eq!(probe(&p), Probe::NotForUs);
    assert_eq!(probe(&[0x40, 1, 2]), Probe::NotForUs);
}
