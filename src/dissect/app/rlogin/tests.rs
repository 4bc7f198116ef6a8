use super::*;
use crate::dissect::app::testing::one;

fn feed(
    d: &mut RloginDecoder,
    frame: u64,
    ports: (u16, u16),
    urgent: Option<u16>,
    b: &[u8],
) -> Layer<'static> {
    let mut out = Vec::new();
    d.set_frame(frame);
    d.set_ports(ports.0, ports.1);
    d.set_urgent(urgent);
    d.feed(Dir::Client, 0, b, &mut out);
    assert_eq!(out.len(), 1);
    out.pop().expect("one message").layer
}

const C: (u16, u16) = (1023, PORT);
const S: (u16, u16) = (PORT, 1023);

#[test]
fn user_name_from_its_own_segment_names_later_segments() {
    let mut d = RloginDecoder::new();
    let l = feed(&mut d, 4, C, None, b"\0");
    assert_eq!(one(&l, "osidump.rlogin.info"), "Start Handshake");
    assert_eq!(one(&l, "rlogin.client_startup_flag"), "0x00");
    let l = feed(&mut d, 5, C, None, b"alice\0bob\0xterm/38400\0");
    assert_eq!(
        one(&l, "osidump.rlogin.info"),
        "Data: alice\\000bob\\000xterm/38400\\000, (User information)"
    );
    assert_eq!(one(&l, "rlogin.client_user_name"), "alice");
    assert_eq!(one(&l, "rlogin.server_user_name"), "bob");
    assert_eq!(one(&l, "rlogin.terminal_type"), "xterm");
    assert_eq!(one(&l, "rlogin.terminal_speed"), "38400");
    let l = feed(&mut d, 6, S, None, b"\0");
    assert_eq!(
        one(&l, "osidump.rlogin.info"),
        "User name: alice, Startup info received"
    );
    assert_eq!(one(&l, "rlogin.startup_info_received_flag"), "0x00");
    let l = feed(&mut d, 7, C, Some(3), b"ab\x02");
    assert_eq!(
        one(&l, "osidump.rlogin.info"),
        "User name: alice, Control Message (Clear buffer)"
    );
    assert_eq!(one(&l, "rlogin.data"), "ab");
    assert_eq!(one(&l, "rlogin.control_message"), "0x02");
}

#[test]
fn speed_that_is_no_number_is_flagged() {
    assert_eq!(strtou32(b"9600"), (9600, true));
    assert_eq!(strtou32(b" 12"), (12, true));
    assert_eq!(strtou32(b"12x"), (0, false));
    assert_eq!(strtou32(b""), (0, false));
    assert_eq!(strtou32(b"99999999999"), (u32::MAX, false));
}

/// Every prefix of every message, from either side, with and without an
/// urgent pointer anywhere: a layer each time, never a panic.
#[test]
fn arbitrary_bytes_never_panic() {
    let messages: [&[u8]; 4] = [
        b"\0carol\0dave\0vt100/x\0",
        b"x\xff\xffss\0\x18\0\x50\0\0\0\0tail",
        b"\xff",
        b"\0\0\0",
    ];
    for m in messages {
        for end in 1..=m.len() {
            for urgent in [
                None,
                Some(0),
                Some(1),
                Some(end as u16),
                Some(end as u16 + 1),
            ] {
                for ports in [C, S] {
                    let mut d = RloginDecoder::new();
                    feed(&mut d, 1, C, None, b"\0");
                    feed(&mut d, 2, ports, urgent, &m[..end]);
                    feed(&mut d, 3, ports, urgent, &m[..end]);
                }
            }
        }
    }
}
