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

#[test]
fn a_report_block_past_the_datagram_throws_before_its_items() {
    // An SR announcing one report block, with 4 of its 24 bytes.
    let b = hex("81c80006 11111111 00000001 00000002 00000003 00000004 00000005 22222222");
    let l = dissect(&b, b.len(), 0, None);
    assert!(l.thrown.is_some());
    // The sender's fields, none of the block's (its subtree must fit).
    assert!(l.get_str(f::rtcp::OSIDUMP_INFO) == Some("Sender Report   "));
    assert!(
        !l.fields
            .iter()
            .any(|x| std::ptr::eq(x.def, f::rtcp::SSRC_IDENTIFIER))
    );
}

#[test]
fn a_datagram_the_capture_cut_is_truncated_not_malformed() {
    let b = hex("81c90007 11111111 22222222 00000001 00000002 00000003 00000004 00000005");
    // Captured 12 of its 32 bytes.
    let l = dissect(&b[..12], b.len(), 0, None);
    let t = l.thrown.as_deref().expect("thrown");
    assert_eq!(t.kind, crate::dissect::layer::AnomalyKind::Truncated);
}

#[test]
fn hostile_lengths_end_at_the_datagram() {
    // A PSFB of length 1 (its FCI count wraps), an RR of 1000 words, an
    // SLI of length 0, padding counts past the end: each ends, none
    // panics.
    for b in [
        hex("82ce0001 11111111 22222222 33333333"),
        hex("80c903e8 11111111"),
        hex("82ce0000 11111111 22222222"),
        hex("a0c90001 11111111 a0c90001 22222222"),
        hex("80cf0001 11111111 a4cc0002 11111111 ff000000"),
    ] {
        let l = dissect(&b, b.len(), 0, None);
        assert!(l.get_str(f::rtcp::OSIDUMP_INFO).is_some());
    }
    // Every prefix of a compound packet, every byte flipped.
    let b = hex(
        "81c8000c 11111111 dd3ac170 4d614df8 00007d00 000000c8 00007d00 22222222 02000001 0000bec2 00000003 4d614df8 00010000 81ca0004 11111111 0103616263 0702686900 0000",
    );
    for n in 0..=b.len() {
        dissect(&b[..n], b.len(), 0, None);
        dissect(&b[..n], n, 0, None);
    }
    for i in 0..b.len() {
        for v in [0u8, 0x7f, 0x80, 0xff] {
            let mut c = b.clone();
            c[i] = v;
            dissect(&c, c.len(), 0, None);
        }
    }
}

#[test]
fn the_length_check_says_where_the_reading_stopped() {
    // An RR whose length word says 3 words but holds no more: read on.
    let b = hex("80c90002 11111111 00000000");
    let l = dissect(&b, b.len(), 0, None);
    assert!(
        l.fields
            .iter()
            .any(|x| std::ptr::eq(x.def, f::rtcp::LENGTH_CHECK) && x.value == Value::Bool(true))
    );
    // SR then four zero bytes (no known type): still OK at 28.
    let b = hex("80c80006 11111111 00000001 00000002 00000003 00000004 00000005 00000000");
    let l = dissect(&b, b.len(), 0, None);
    assert!(
        l.fields
            .iter()
            .any(|x| std::ptr::eq(x.def, f::rtcp::LENGTH_CHECK) && x.value == Value::Bool(true))
    );
}
