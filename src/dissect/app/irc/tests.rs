//! IRC as tshark 4.0 shows it (crafted lines).

use super::*;

#[test]
fn response_lines() {
    let b = b":irc.example.net 001 bob :Welcome bob\r\n:irc.example.net NOTICE * :hi\r\n:x 37";
    let l = dissect(b, 0, false);
    assert_eq!(l.all(f::irc::RESPONSE).count(), 3);
    assert_eq!(l.get_str(f::irc::RESPONSE_PREFIX), Some("irc.example.net"));
    assert_eq!(l.get_uint(f::irc::RESPONSE_NUM_COMMAND), Some(1));
    assert_eq!(l.get_str(f::irc::RESPONSE_COMMAND_PARAMETER), Some("bob"));
    assert_eq!(l.get_str(f::irc::RESPONSE_TRAILER), Some("Welcome bob"));
    assert_eq!(
        l.get_str(f::irc::OSIDUMP_INFO),
        Some("Response (001) (NOTICE) (37)")
    );
}

#[test]
fn request_lines() {
    let l = dissect(b"USER a * * :real name\nNICK  a\n", 0, true);
    assert_eq!(l.all(f::irc::REQUEST_COMMAND_PARAMETER).count(), 4);
    assert_eq!(l.get_str(f::irc::REQUEST_TRAILER), Some("real name"));
    assert_eq!(
        l.get_str(f::irc::OSIDUMP_INFO),
        Some("Request (USER) (NICK)")
    );
    // A prefix without its blank, a lone colon, tag data: no panic.
    for b in [
        &b":abc"[..],
        b":",
        b" ",
        b"PRIVMSG #a \x01ACTION x",
        b"X a\x01b\x01 c",
    ] {
        let _ = dissect(b, 0, true);
        let _ = dissect(b, 0, false);
    }
}
