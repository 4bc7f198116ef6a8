use super::*;
use crate::dissect::app::handover::Handover;

fn layers(
    d: &mut impl StreamDecoder,
    frame: u64,
    to_server: bool,
    b: &[u8],
) -> Vec<Layer<'static>> {
    d.set_frame(frame);
    d.set_time_ns(i128::from(frame) * 1_000_000_000);
    if to_server {
        d.set_ports(40000, 143);
    } else {
        d.set_ports(143, 40000);
    }
    let dir = if to_server { Dir::Client } else { Dir::Server };
    let mut out = Vec::new();
    d.feed(dir, 0, b, &mut out);
    out.into_iter().map(|m| m.layer).collect()
}

fn info<'a>(l: &'a Layer<'_>) -> &'a str {
    l.get_str(f::imap::OSIDUMP_INFO).unwrap_or_default()
}

#[test]
fn tagged_request_and_its_response() {
    let mut d = ImapDecoder::new();
    let ls = layers(&mut d, 4, false, b"* OK ready\r\n");
    assert_eq!(info(&ls[0]), "Response: * OK ready");
    assert_eq!(ls[0].get_str(f::imap::LINE), Some("* OK ready\r\n"));
    assert!(!ls[0].has(f::imap::RESPONSE));
    let ls = layers(&mut d, 6, true, b"a2 SELECT INBOX\r\n");
    let l = &ls[0];
    assert_eq!(info(l), "Request: a2 SELECT INBOX");
    assert_eq!(l.get(f::imap::ISREQUEST), Some(&Value::Bool(true)));
    assert_eq!(l.get_str(f::imap::REQUEST), Some("a2 SELECT INBOX"));
    assert_eq!(l.get_str(f::imap::REQUEST_TAG), Some("a2"));
    assert_eq!(l.get_str(f::imap::TAG), Some("a2"));
    assert_eq!(l.get_str(f::imap::REQUEST_COMMAND), Some("SELECT"));
    assert_eq!(l.get_str(f::imap::COMMAND), Some("SELECT"));
    assert_eq!(l.get_str(f::imap::REQUEST_FOLDER), Some("INBOX"));
    // The tag matches whatever its case.
    let ls = layers(
        &mut d,
        8,
        false,
        b"* 3 EXISTS\r\nA2 OK SELECT completed\r\n",
    );
    let l = &ls[0];
    assert_eq!(info(l), "Response: A2 OK SELECT completed");
    assert_eq!(l.all(f::imap::LINE).count(), 2);
    assert_eq!(l.get_str(f::imap::RESPONSE_STATUS), Some("OK"));
    assert_eq!(l.get_str(f::imap::RESPONSE_COMMAND), Some("SELECT"));
    assert_eq!(l.get_uint(f::imap::RESPONSE_TO), Some(6));
    assert_eq!(l.get(f::imap::TIME), Some(&Value::rel_time(2_000_000_000)));
}

#[test]
fn uid_login_and_copy() {
    let mut d = ImapDecoder::new();
    let ls = layers(&mut d, 1, true, b"a1 LOGIN \"ivan\" \"se\"\r\n");
    assert_eq!(ls[0].get_str(f::imap::REQUEST_USERNAME), Some("\"ivan\""));
    assert_eq!(ls[0].get_str(f::imap::REQUEST_PASSWORD), Some("se"));
    let ls = layers(&mut d, 2, true, b"a3 UID FETCH 1:* (FLAGS)\r\n");
    assert_eq!(
        ls[0].get(f::imap::REQUEST_COMMAND_UID),
        Some(&Value::Bool(true))
    );
    assert_eq!(ls[0].get_str(f::imap::REQUEST_COMMAND), Some("FETCH"));
    // packet-imap.c's hidden command item is the UID token.
    assert_eq!(ls[0].get_str(f::imap::COMMAND), Some("UID"));
    let ls = layers(&mut d, 3, true, b"a5 COPY 1:2 Saved\r\n");
    assert_eq!(ls[0].get_str(f::imap::REQUEST_FOLDER), Some("Saved"));
    // A one-letter password: tshark's read of it throws.
    let ls = layers(&mut d, 4, true, b"a7 LOGIN x y\r\n");
    assert!(ls[0].thrown.is_some());
    assert!(!ls[0].has(f::imap::REQUEST_PASSWORD));
}

#[test]
fn a_line_waits_for_its_end_and_fetch_for_its_literal() {
    let mut d = ImapDecoder::new();
    assert!(layers(&mut d, 1, true, b"a6 NOOP").is_empty());
    let ls = layers(&mut d, 2, true, b"\r\n");
    assert_eq!(info(&ls[0]), "Request: a6 NOOP");
    assert!(
        layers(
            &mut d,
            3,
            false,
            b"* 1 FETCH (BODY[] {21}\r\nSubject: hi\r\n"
        )
        .is_empty()
    );
    let ls = layers(&mut d, 4, false, b"\r\nbody\r\n)\r\na4 OK done\r\n");
    assert_eq!(ls.len(), 2);
    assert_eq!(ls[1].protocol, "imf");
    assert_eq!(ls[1].get_str(f::imf::SUBJECT), Some("hi"));
    assert_eq!(imf::column(&ls[1]), "IMAP/IMF");
    assert_eq!(info(&ls[0]), "");
}

#[test]
fn starttls_and_the_tls_heuristic() {
    // As TCP makes it: wrapped to hand the conversation on.
    let mut d = Handover::new(ImapDecoder::new());
    layers(&mut d, 1, false, b"* OK ready\r\n");
    layers(&mut d, 2, true, b"a8 STARTTLS\r\n");
    assert_eq!(d.protocol(), "imap");
    let ls = layers(&mut d, 3, false, b"a8 OK Begin TLS\r\n");
    assert_eq!(info(&ls[0]), "Response: a8 OK Begin TLS");
    let hello = [0x16, 0x03, 0x01, 0x00, 0x04, 0x01, 0x00, 0x00, 0x00];
    let ls = layers(&mut d, 4, true, &hello);
    assert_eq!(d.protocol(), "tls");
    assert!(ls.iter().all(|l| l.protocol != "imap"));
    // Unprintable bytes in one of the first two calls: TLS at once.
    let mut d = Handover::new(ImapDecoder::new());
    let ls = layers(&mut d, 1, true, &hello);
    assert_eq!(d.protocol(), "tls");
    assert!(ls.iter().all(|l| l.protocol != "imap"));
}

#[test]
fn any_bytes_are_read_without_panic() {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for n in 0..3000u64 {
        let mut d = ImapDecoder::new();
        for k in 0..5 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 48) as usize;
            let b: Vec<u8> = (0..len)
                .map(|i| {
                    b"* a1 FETCH LOGIN UID COPY OK {2}()\r\n \"x\0"
                        [((seed >> (i % 50)) % 40) as usize]
                })
                .collect();
            layers(&mut d, n * 5 + k, seed & 1 == 0, &b);
        }
    }
}
