//! SNMP messages as byte arrays, checked against what tshark 4.0 shows.

use super::*;

/// SNMPv2c get-request, community "public", request-id 1, sysDescr.0:
/// 30 26 02 01 01 04 06 "public" a0 19 02 01 01 02 01 00 02 01 00
/// 30 0e 30 0c 06 08 2b 06 01 02 01 01 01 00 05 00
const MSG: &[u8] = &[
    0x30, 0x26, 0x02, 0x01, 0x01, 0x04, 0x06, b'p', b'u', b'b', b'l', b'i', b'c', 0xa0, 0x19, 0x02,
    0x01, 0x01, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00, 0x30, 0x0e, 0x30, 0x0c, 0x06, 0x08, 0x2b, 0x06,
    0x01, 0x02, 0x01, 0x01, 0x01, 0x00, 0x05, 0x00,
];

#[test]
fn get_request_reads_as_tshark_shows_it() {
    assert!(looks_like(MSG, MSG.len()));
    let d = dissect(MSG, 0, false, false);
    let l = d.layer;
    assert_eq!(d.trailing, 0);
    assert_eq!(d.pdu, Some((super::GET, 1)));
    assert_eq!(l.get(f::snmp::VERSION), Some(&Value::Int(1)));
    assert_eq!(l.get_str(f::snmp::COMMUNITY), Some("public"));
    assert_eq!(l.get_uint(f::snmp::DATA), Some(0));
    assert_eq!(l.get_uint(f::snmp::VARIABLE_BINDINGS), Some(1));
    assert_eq!(l.get_str(f::snmp::NAME), Some("1.3.6.1.2.1.1.1.0"));
    assert!(l.has(f::snmp::VALUE_NULL));
    assert!(l.anomalies.is_empty());
    let mut info = String::new();
    super::info(&mut info, &l);
    assert_eq!(info, "get-request 1.3.6.1.2.1.1.1.0");
}

#[test]
fn not_snmp_is_left_alone() {
    assert!(!looks_like(b"", 0));
    assert!(!looks_like(&[0x30, 0x80, 0x02], 3));
    // A length past the datagram.
    assert!(!looks_like(&[0x30, 0x7f, 0x02, 0x01, 0x00], 5));
    // No INTEGER after the SEQUENCE's header.
    assert!(!looks_like(&[0x30, 0x03, 0x04, 0x01, 0x00], 5));
}

#[test]
fn data_after_the_message_is_data_and_no_string_dissector_runs() {
    let mut m = MSG.to_vec();
    m.extend_from_slice(b"xyz");
    let d = dissect(&m, 0, false, false);
    assert_eq!(d.trailing, 3);
    assert_eq!(d.layer.span, 0..MSG.len());
}

#[test]
fn every_cut_and_every_flipped_byte_is_read_without_panic() {
    for n in 0..MSG.len() {
        let d = dissect(&MSG[..n], 0, true, false);
        if n > 0 && looks_like(&MSG[..n], MSG.len()) {
            assert!(!d.layer.anomalies.is_empty(), "cut at {n}");
        }
    }
    for i in 0..MSG.len() {
        for bit in 0..8 {
            let mut m = MSG.to_vec();
            m[i] ^= 1 << bit;
            let _ = dissect(&m, 0, false, false);
        }
    }
    // Lengths claiming more than there is, at every depth.
    let deep = [
        0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x03, 0x30, 0x84, 0x7f, 0xff, 0xff, 0xff,
    ];
    let _ = dissect(&deep, 0, false, false);
}
