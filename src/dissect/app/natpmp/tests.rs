use super::*;
use crate::dissect::app::testing::{one, vals};
use crate::flow::ConvKey;

fn dgram(payload: &[u8]) -> Datagram<'_> {
    let a = |x: u8| {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, x]);
        b
    };
    let (conv, _) = ConvKey::new(false, (a(1), 5350), (a(2), 5351));
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: 5350,
        dport: 5351,
        conv,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

#[test]
fn mapping_response_and_unknown_opcode() {
    let b = [
        0, 130, 0, 0, 0, 0x2b, 0x3a, 0xe5, 0xc8, 0xd5, 0xc8, 0xd6, 0, 0, 0x0e, 0x10,
    ];
    let l = dissect(&dgram(&b));
    assert_eq!(one(&l, "osidump.nat-pmp.info"), "Map TCP Response");
    assert_eq!(one(&l, "nat-pmp.sssoe"), "2833125");
    assert_eq!(vals(&l, "nat-pmp.external_port"), ["51414"]);
    assert_eq!(one(&l, "nat-pmp.pml"), "3600");
    let l = dissect(&dgram(&[0, 7, 1, 2]));
    assert_eq!(one(&l, "osidump.nat-pmp.info"), "Unknown opcode: 7");
    // Port Control Protocol (version 2) is not NAT-PMP.
    assert_eq!(dissect(&dgram(&[2, 1, 0, 0])).protocol, "data");
}

/// Every cut of a message: a layer marked as far as it goes, no panic.
#[test]
fn cut_messages_never_panic() {
    let b = [
        0, 129, 0, 0, 0, 0x2b, 0x3a, 0xe5, 0xc8, 0xd5, 0xc8, 0xd6, 0, 0, 0x0e, 0x10,
    ];
    for end in 1..b.len() {
        let l = dissect(&dgram(&b[..end]));
        assert!(l.thrown.is_some(), "cut at {end}");
    }
    assert!(dissect(&dgram(&b)).thrown.is_none());
}
