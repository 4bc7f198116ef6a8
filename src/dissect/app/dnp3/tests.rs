//! Crafted DNP 3.0 frames.

use super::*;

/// A link frame from `src` to `dst` with function 0xc4 (unconfirmed user
/// data) carrying `tr` and `al` in CRC'd chunks.
fn frame(src: u16, dst: u16, tr: u8, al: &[u8]) -> Vec<u8> {
    let mut user = vec![tr];
    user.extend_from_slice(al);
    let mut b = vec![0x05, 0x64, (user.len() + 5) as u8, 0xc4];
    b.extend_from_slice(&dst.to_le_bytes());
    b.extend_from_slice(&src.to_le_bytes());
    let c = crc(&b[..8]);
    b.extend_from_slice(&c.to_le_bytes());
    for chunk in user.chunks(16) {
        b.extend_from_slice(chunk);
        b.extend_from_slice(&crc(chunk).to_le_bytes());
    }
    b
}

#[test]
fn crc_of_a_known_header() {
    // 05 64 14 c4 02 00 03 00 with CRC 0x0345 (tshark: [correct]).
    assert_eq!(
        crc(&[0x05, 0x64, 0x14, 0xc4, 0x02, 0x00, 0x03, 0x00]),
        0x4503u16.swap_bytes()
    );
}

#[test]
fn read_request_whole_in_one_frame() {
    // Read class 1, 2, 3, 0 data.
    let al = [
        0xc8, 0x01, 0x3c, 0x02, 0x06, 0x3c, 0x03, 0x06, 0x3c, 0x04, 0x06, 0x3c, 0x01, 0x06,
    ];
    let b = frame(3, 2, 0xc7, &al);
    assert_eq!(message_len(b[2]), b.len());
    let mut r = Reassembly::default();
    let l = message(&b, 4, &mut r, true, Past::Malformed);
    assert!(l.thrown.is_none());
    assert_eq!(l.get_uint(f::dnp3::TR_SEQ), Some(7));
    assert_eq!(l.get_uint(f::dnp3::AL_FUNC), Some(1));
    assert_eq!(l.get_str(f::dnp3::OSIDUMP_AL_INFO), Some("Read"));
    assert_eq!(l.get_str(f::dnp3::OSIDUMP_AL_MORE), Some(", Class 0123"));
    assert_eq!(
        l.get_uint(f::dnp3::AL_FRAGMENT_REASSEMBLED_LENGTH),
        Some(14)
    );
}

#[test]
fn fragments_reassemble_fir_to_fin() {
    let al: Vec<u8> = [0xc0, 0x81, 0x00, 0x00].to_vec();
    let mut r = Reassembly::default();
    let a = message(
        &frame(1, 2, 0x40 | 5, &al[..2]),
        1,
        &mut r,
        true,
        Past::Malformed,
    );
    assert!(
        a.get_str(f::dnp3::OSIDUMP_INFO)
            .unwrap()
            .ends_with("Unreassembled fragment 5)")
    );
    let b = message(
        &frame(1, 2, 0x80 | 6, &al[2..]),
        2,
        &mut r,
        true,
        Past::Malformed,
    );
    assert_eq!(b.get_uint(f::dnp3::AL_FRAGMENT_COUNT), Some(2));
    assert_eq!(b.get_uint(f::dnp3::AL_IIN), Some(0));
    assert_eq!(b.get_str(f::dnp3::OSIDUMP_AL_INFO), Some("Response"));
}

#[test]
fn short_and_bad_input_never_panics() {
    let full = frame(
        1,
        2,
        0xc0,
        &[0xc0, 0x81, 0x00, 0x00, 0x1e, 0x01, 0x00, 0x00, 0x05],
    );
    for n in 0..full.len() {
        let mut r = Reassembly::default();
        let _ = message(&full[..n], 1, &mut r, true, Past::Malformed);
    }
    for x in 0..=255u8 {
        let mut b = full.clone();
        b[2] = x;
        let mut r = Reassembly::default();
        let _ = message(&b, 1, &mut r, true, Past::Malformed);
    }
    assert!(!header_ok(&[0x05, 0x65]));
    assert!(header_ok(&[0x05]));
}

#[test]
fn floats_print_with_six_digits() {
    assert_eq!(Value::Float(132.709_46).to_string(), "132.709");
    assert_eq!(Value::Float(-0.000_187_646_74).to_string(), "-0.000187647");
    assert_eq!(Value::Float(0.0).to_string(), "0");
}

#[test]
fn tcp_frames_split_and_packed_in_segments() {
    let a = frame(1, 100, 0xc0, &[0xc1, 0x01, 0x3c, 0x02, 0x06]);
    let b = frame(1, 100, 0xc1, &[0xc2, 0x01, 0x3c, 0x01, 0x06]);
    let mut d = Dnp3Stream::default();
    let mut out = Vec::new();
    // The first frame and 7 bytes of the second: fewer than a header.
    let mut seg = a.clone();
    seg.extend_from_slice(&b[..7]);
    d.feed(Dir::Server, 0, &seg, &mut out);
    assert_eq!(out.len(), 1);
    assert!(d.wants_one_more_segment(Dir::Server));
    d.feed(Dir::Server, seg.len() as u64, &b[7..], &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].stream_offset, a.len() as u64);
    assert_eq!(
        out[1].layer.get_str(f::dnp3::OSIDUMP_AL_MORE),
        Some(", Class 0")
    );
    // Not DNP 3.0: refused.
    d.feed(Dir::Server, 100, b"hello", &mut out);
    assert!(d.refused(Dir::Server));
    assert_eq!(out.len(), 2);
}
