use super::*;
use crate::dissect::app::testing::{Feed, one, vals};

fn conv() -> Feed<VncDecoder> {
    Feed::with(VncDecoder::new(), 5900)
}

/// The handshake of a 3.8 session with VNC authentication, up to normal
/// traffic.
fn handshake(c: &mut Feed<VncDecoder>) {
    c.seg(Dir::Server, b"RFB 003.008\n");
    c.seg(Dir::Client, b"RFB 003.008\n");
    c.seg(Dir::Server, &[1, 2]);
    c.seg(Dir::Client, &[2]);
    c.seg(Dir::Server, &[7; 16]);
    c.seg(Dir::Client, &[9; 16]);
    c.seg(Dir::Server, &[0, 0, 0, 0]);
    c.seg(Dir::Client, &[1]);
    let mut init = vec![
        0x04, 0x00, 0x03, 0x00, 32, 24, 0, 1, 0, 255, 0, 255, 0, 255, 16, 8, 0,
    ];
    init.extend_from_slice(&[0, 0, 0, 0, 0, 0, 4]);
    init.extend_from_slice(b"desk");
    let m = c.seg(Dir::Server, &init);
    assert_eq!(
        one(&m[0].layer, "osidump.vnc.info"),
        "Server framebuffer parameters"
    );
    assert_eq!(one(&m[0].layer, "vnc.desktop_name"), "desk");
}

#[test]
fn handshake_states_and_info() {
    let mut c = conv();
    let m = c.seg(Dir::Server, b"RFB 003.008\n");
    assert_eq!(
        one(&m[0].layer, "osidump.vnc.info"),
        "Server protocol version: 003.008"
    );
    assert_eq!(one(&m[0].layer, "vnc.server_proto_ver"), "003.008");
    c.seg(Dir::Client, b"RFB 003.008\n");
    let m = c.seg(Dir::Server, &[2, 1, 2]);
    assert_eq!(vals(&m[0].layer, "vnc.security_type"), ["1", "2"]);
    let m = c.seg(Dir::Client, &[2]);
    assert_eq!(
        one(&m[0].layer, "osidump.vnc.info"),
        "Security type VNC (2) selected by client"
    );
    let m = c.seg(Dir::Server, &[0xab; 16]);
    assert_eq!(
        one(&m[0].layer, "osidump.vnc.info"),
        "Authentication challenge from server"
    );
    c.seg(Dir::Client, &[0xcd; 16]);
    // A failed result of a 3.8 session carries its reason.
    let mut r = vec![0, 0, 0, 1, 0, 0, 0, 3];
    r.extend_from_slice(b"bad");
    let m = c.seg(Dir::Server, &r);
    assert_eq!(one(&m[0].layer, "vnc.auth_result"), "1");
    assert_eq!(one(&m[0].layer, "vnc.auth_error"), "bad");
}

#[test]
fn client_and_server_messages() {
    let mut c = conv();
    handshake(&mut c);
    let m = c.seg(Dir::Client, &[5, 0x05, 0, 10, 0, 20]);
    let l = &m[0].layer;
    assert_eq!(one(l, "osidump.vnc.info"), "Client pointer event");
    assert_eq!(one(l, "vnc.button_1_pos"), "1");
    assert_eq!(one(l, "vnc.button_2_pos"), "0");
    assert_eq!(one(l, "vnc.pointer_y_pos"), "20");
    // Raw rectangle of 2x1 pixels at 4 bytes a pixel, then a bell.
    let mut s = vec![0, 0, 0, 1, 0, 1, 0, 2, 0, 2, 0, 1, 0, 0, 0, 0];
    s.extend_from_slice(&[1; 8]);
    s.push(2);
    let m = c.seg(Dir::Server, &s);
    let l = &m[0].layer;
    assert_eq!(
        one(l, "osidump.vnc.info"),
        "Server framebuffer update; Server ring bell on client"
    );
    assert_eq!(one(l, "vnc.raw_pixel_data"), "0101010101010101");
    assert_eq!(vals(l, "vnc.server_message_type"), ["0", "2"]);
}

/// A framebuffer update the segment cuts is shown as far as it goes and
/// read again with the next segment.
#[test]
fn cut_framebuffer_update_is_read_again_with_the_next_segment() {
    let mut c = conv();
    handshake(&mut c);
    let mut s = vec![0, 0, 0, 1, 0, 1, 0, 2, 0, 2, 0, 1, 0, 0, 0, 0];
    s.extend_from_slice(&[1; 8]);
    let start = c.at[Dir::Server.index()];
    let m = c.seg(Dir::Server, &s[..18]);
    assert!(m.is_empty());
    assert!(c.d.holds_partial(Dir::Server));
    let p = c.d.partial_item(Dir::Server).expect("partial item");
    assert_eq!(vals(&p, "vnc.reassemble").len(), 1);
    assert_eq!(one(&p, "vnc.fb_update_encoding_type"), "0");
    let m = c.seg(Dir::Server, &s[18..]);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].stream_offset, start);
    assert_eq!(one(&m[0].layer, "vnc.raw_pixel_data"), "0101010101010101");
    assert!(!c.d.holds_partial(Dir::Server));
}

/// A scanner's bytes where the handshake expects others: read as what
/// the state expects, malformed where they fall short.
#[test]
fn short_and_hostile_segments_never_panic() {
    for n in 0..64usize {
        let mut c = conv();
        handshake(&mut c);
        let junk: Vec<u8> = (0..n).map(|i| (i * 37 % 256) as u8).collect();
        for first in 0..=255u8 {
            let mut b = junk.clone();
            b.insert(0, first);
            c.seg(Dir::Server, &b);
            c.seg(Dir::Client, &b);
        }
    }
    let mut c = conv();
    c.seg(Dir::Server, b"RFB 003.008\n");
    c.seg(Dir::Client, b"RFB 003.008\n");
    let m = c.seg(Dir::Server, &[5, 1]);
    assert!(m[0].layer.thrown.is_some());
    assert_eq!(
        one(&m[0].layer, "osidump.vnc.info"),
        "Security types supported"
    );
}

#[test]
fn held_bytes_are_capped() {
    let mut c = conv();
    handshake(&mut c);
    // A 4096x4096 raw rectangle never comes whole: the side stops holding
    // once past the cap.
    let s = [0, 0, 0, 1, 0, 0, 0, 0, 0x10, 0, 0x10, 0, 0, 0, 0, 0];
    c.seg(Dir::Server, &s);
    for _ in 0..80 {
        c.seg(Dir::Server, &[0; 16384]);
        assert!(c.d.heap_bytes() <= 2 * HELD_CAP + 65536);
    }
}

#[test]
fn strtod_reads_the_version_digits() {
    assert_eq!(strtod(b"003.008"), 3.008);
    assert_eq!(strtod(b"003.889"), 3.889);
    assert_eq!(strtod(b"xyz"), 0.0);
    assert_eq!(strtod(b"4.1abc"), 4.1);
}
