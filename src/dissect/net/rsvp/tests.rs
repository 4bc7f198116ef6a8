//! RSVP on crafted bytes: cut, malformed and hostile messages, as tshark
//! 4.0.17 reads them (each case checked against tshark on the same bytes).

use super::*;
use crate::dissect::field::FieldDef;

/// `message` over `b`, of which only `cap` bytes were captured.
fn run(b: &[u8], cap: usize) -> (Layer<'_>, R<()>) {
    let mut l = Layer::new(Osi::Network, "rsvp", 0..b.len());
    let t = Tvb {
        b: &b[..cap],
        rep: b.len(),
    };
    let r = message(&mut l, t);
    (l, r)
}

fn uints(l: &Layer<'_>, def: &'static FieldDef) -> Vec<u64> {
    l.all(def)
        .map(|v| match v {
            Value::UInt(n) => *n,
            Value::Bool(b) => u64::from(*b),
            _ => panic!("not a number"),
        })
        .collect()
}

fn obj(class: u8, ctype: u8, body: &[u8]) -> Vec<u8> {
    let mut o = ((body.len() + 4) as u16).to_be_bytes().to_vec();
    o.extend_from_slice(&[class, ctype]);
    o.extend_from_slice(body);
    o
}

fn msg(mtype: u8, objs: &[&[u8]]) -> Vec<u8> {
    let body = objs.concat();
    let mut m = vec![0x10, mtype, 0, 0, 64, 0];
    m.extend_from_slice(&((8 + body.len()) as u16).to_be_bytes());
    m.extend_from_slice(&body);
    m
}

const SESS7: [u8; 12] = [10, 33, 0, 1, 0, 0, 0, 4, 10, 31, 0, 1];
const ST7: [u8; 8] = [10, 31, 69, 1, 0, 0, 0, 1];

#[test]
fn a_session_cut_by_the_capture_leaves_the_type_in_info_and_nothing_else() {
    let m = msg(
        1,
        &[
            &obj(1, 7, &SESS7),
            &obj(3, 1, &[10, 1, 2, 1, 0, 0, 0, 7]),
            &obj(11, 7, &ST7),
        ],
    );
    // tshark 4.0.17: "PATH Message. [Packet size limited during capture]".
    let (l, r) = run(&m, 16);
    assert_eq!(l.get_str(f::rsvp::OSIDUMP_INFO), Some("PATH Message. "));
    assert!(l.get(f::rsvp::MSG).is_none());
    assert!(r.unwrap_err().cut_by_capture);
    // Cut in the sender template: the session's summary is written first.
    let (l, r) = run(&m, 8 + 16 + 12 + 6);
    assert_eq!(
        l.get_str(f::rsvp::OSIDUMP_INFO),
        Some(
            "PATH Message. SESSION: IPv4-LSP, Destination 10.33.0.1, Short Call ID 0, \
             Tunnel ID 4, Ext ID a1f0001. "
        )
    );
    assert!(r.unwrap_err().cut_by_capture);
    let (l, r) = run(&m, m.len());
    assert!(r.is_ok());
    assert_eq!(uints(&l, f::rsvp::OBJECT), [1, 3, 11]);
    assert_eq!(uints(&l, f::rsvp::SENDER_LSP_ID), [1]);
}

#[test]
fn a_zero_length_object_ends_the_message() {
    // tcpdump's rsvp-infinite-loop.pcap: a label subobject of length 0,
    // then an object of length 0 (the label read from its bytes).
    let m = msg(20, &[&[0, 8, 20, 1, 3, 0, 0, 0], &[0, 0, 0, 0]]);
    let (l, r) = run(&m, m.len());
    assert!(r.is_ok());
    assert_eq!(uints(&l, f::rsvp::LENGTH), [8, 0]);
    assert_eq!(uints(&l, f::rsvp::ERO_RRO_SUBOBJECTS_LABEL), [0]);
    assert_eq!(l.all(f::rsvp::INVALID_LENGTH).count(), 2);
    // A Hello needs no session: no note on its type.
    assert!(!l.has(f::rsvp::SESSION_TYPE_UNKNOWN));
}

#[test]
fn a_subobject_past_the_message_is_malformed() {
    // The tree item of a GENERALIZED UNI subobject covers its length.
    let m = msg(
        20,
        &[&obj(229, 1, &[0x7f, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])],
    );
    let (l, r) = run(&m, m.len());
    assert!(!r.unwrap_err().cut_by_capture);
    assert_eq!(uints(&l, f::rsvp::CTYPE_GENERALIZED_UNI), [1]);
    assert!(l.get(f::rsvp::TYPE).is_none());
    // tcpdump's rsvp_uni-oobr-1: an unknown subobject, then a source
    // IPv4 TNA the snap length cut.
    let b = [
        0x1b, 0x14, 9, 2, 0x0f, 0x7f, 0xff, 0xf7, 0, 0x0c, 0xe5, 1, 0, 2, 0x7f, 4, 1, 1, 2, 0,
    ];
    let mut full = b.to_vec();
    full.resize(0xfff7, 0);
    let (l, r) = run(&full, b.len());
    assert!(r.unwrap_err().cut_by_capture);
    assert_eq!(uints(&l, f::rsvp::TYPE), [127]);
    assert_eq!(uints(&l, f::rsvp::CLASS_LENGTH), [2]);
}

#[test]
fn bundles_are_read_component_by_component() {
    let hello = msg(20, &[&obj(22, 1, &[0, 0, 0, 1, 0, 0, 0, 2])]);
    let m = msg(12, &[&hello, &hello]);
    let (l, r) = run(&m, m.len());
    assert!(r.is_ok());
    assert_eq!(
        l.get_str(f::rsvp::OSIDUMP_INFO),
        Some("Component Messages Dissected")
    );
    assert_eq!(uints(&l, f::rsvp::MSG), [12, 20, 20]);
    assert!(l.has(f::rsvp::SESSION_TYPE_UNKNOWN));
    // A component whose length is under its header's throws (tshark's
    // subset of that length): no endless loop.
    let m = msg(12, &[&[0x10, 20, 0, 0, 64, 0, 0, 0]]);
    let (l, r) = run(&m, m.len());
    assert!(!r.unwrap_err().cut_by_capture);
    assert_eq!(uints(&l, f::rsvp::MSG), [12]);
}

#[test]
fn detour_addresses_are_byte_reversed_and_floats_printed_as_g() {
    let m = msg(1, &[&obj(63, 7, &[1, 0, 0, 2, 10, 0, 0, 3])]);
    let (l, _) = run(&m, m.len());
    assert_eq!(
        l.get(f::rsvp::DETOUR_PLR_ID),
        Some(&Value::Ipv4([2, 0, 0, 1]))
    );
    assert_eq!(
        l.get(f::rsvp::DETOUR_AVOID_NODE_ID),
        Some(&Value::Ipv4([3, 0, 0, 10]))
    );
    let mut l = Layer::new(Osi::Network, "rsvp", 0..0);
    float_field(&mut l, f::rsvp::ADSPEC_FLOAT, 1250.5);
    float_field(&mut l, f::rsvp::ADSPEC_FLOAT, 0.1);
    float_field(&mut l, f::rsvp::ADSPEC_FLOAT, 1_250_000.0);
    float_field(&mut l, f::rsvp::ADSPEC_FLOAT, 0.00001);
    // tshark's %g (6 digits) of each.
    let got: Vec<_> = l
        .all(f::rsvp::ADSPEC_FLOAT)
        .map(|v| v.to_string())
        .collect();
    assert_eq!(got, ["1250.5", "0.1", "1.25e+06", "1e-05"]);
}

#[test]
fn no_input_panics() {
    let guni = obj(229, 1, &[0, 8, 1, 1, 10, 0, 0, 9, 0, 20, 2, 2]);
    let tspec = obj(12, 2, &[0, 0, 0, 7, 1, 0, 0, 6, 127, 0, 0, 5, 0, 0]);
    let adspec = obj(13, 1, &[0, 0, 0, 6, 1, 0x80, 0, 5, 4, 0, 0xff, 0xff]);
    let ero = obj(20, 1, &[1, 8, 10, 1, 2, 2, 32, 0, 3, 8, 0, 1]);
    let all = msg(
        1,
        &[
            &obj(1, 7, &SESS7),
            &guni,
            &tspec,
            &adspec,
            &ero,
            &obj(11, 7, &ST7),
        ],
    );
    for cap in 0..=all.len() {
        let (_, _) = run(&all, cap);
        let (_, _) = run(&all[..cap], cap);
    }
    // Every byte value at every position of a short message.
    let base = msg(2, &[&obj(9, 2, &[0, 0, 0, 7, 5, 0, 0, 6, 127, 0, 0, 5])]);
    for at in 0..base.len() {
        for v in [0u8, 1, 2, 3, 4, 7, 0x7f, 0x80, 0xff] {
            let mut m = base.clone();
            m[at] = v;
            let (_, _) = run(&m, m.len());
        }
    }
}
