use super::*;

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn heuristic_is_tsharks() {
    assert!(heuristic(&hex("80c9000112345678"), 8));
    assert!(heuristic(&hex("80ce000112345678"), 8));
    // Version 1, an SDES first, a length not a multiple of four, one byte.
    assert!(!heuristic(&hex("40c9000112345678"), 8));
    assert!(!heuristic(&hex("80ca000112345678"), 8));
    assert!(!heuristic(&hex("80c9000112345678aa"), 9));
    assert!(!heuristic(&hex("80"), 1));
}
