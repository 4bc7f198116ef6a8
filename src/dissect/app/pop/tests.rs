use super::*;
use crate::dissect::app::handover::Handover;

fn layers(
    d: &mut impl StreamDecoder,
    frame: u64,
    to_server: bool,
    b: &[u8],
) -> Vec<Layer<'static>> {
    d.set_frame(frame);
    if to_server {
        d.set_ports(40000, 110);
    } else {
        d.set_ports(110, 40000);
    }
    let dir = if to_server { Dir::Client } else { Dir::Server };
    let mut out = Vec::new();
    d.feed(dir, 0, b, &mut out);
    out.into_iter().map(|m| m.layer).collect()
}

#[test]
fn first_word_number() {
    assert_eq!(second_word_number(b"+OK 120 octets"), Some(120));
    assert_eq!(second_word_number(b"+OK message follows"), None);
    assert_eq!(second_word_number(b"+OK"), None);
    assert_eq!(second_word_number(b"+OK -1"), Some(u32::MAX));
    assert_eq!(
        second_word_number(b"+OK 99999999999999999999999"),
        Some(u32::MAX)
    );
}

fn info<'a>(l: &'a Layer<'_>) -> &'a str {
    l.get_str(f::pop::OSIDUMP_INFO).unwrap_or_default()
}

#[test]
fn request_and_response_lines() {
    let mut d = PopDecoder::new();
    let ls = layers(&mut d, 4, false, b"+OK POP3 server ready\r\n");
    assert_eq!(ls.len(), 1);
    assert_eq!(info(&ls[0]), "S: +OK POP3 server ready");
    assert_eq!(ls[0].get_str(f::pop::RESPONSE), Some(""));
    assert_eq!(ls[0].get_str(f::pop::RESPONSE_INDICATOR), Some("+OK"));
    assert_eq!(
        ls[0].get_str(f::pop::RESPONSE_DESCRIPTION),
        Some("POP3 server ready")
    );
    let ls = layers(&mut d, 6, true, b"USER  alice\r\n");
    assert_eq!(info(&ls[0]), "C: USER  alice");
    assert_eq!(ls[0].get_str(f::pop::REQUEST), Some(""));
    assert_eq!(ls[0].get_str(f::pop::REQUEST_COMMAND), Some("USER"));
    assert_eq!(ls[0].get_str(f::pop::REQUEST_PARAMETER), Some("alice"));
    let ls = layers(&mut d, 7, true, b"STAT\r\n");
    assert_eq!(info(&ls[0]), "C: STAT");
    assert!(!ls[0].has(f::pop::REQUEST_PARAMETER));
    // Each line after the first is a data item with an empty value.
    let ls = layers(
        &mut d,
        8,
        false,
        b"+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n",
    );
    assert_eq!(info(&ls[0]), "S: +OK 2 messages");
    assert_eq!(ls[0].all(f::pop::RESPONSE_DATA).count(), 3);
}

#[test]
fn a_segment_that_is_no_answer_is_a_message_of_its_own() {
    let mut d = PopDecoder::new();
    let ls = layers(&mut d, 9, false, b"Subject: hi\r\n\r\nbody\r\n");
    assert_eq!(ls.len(), 2);
    assert_eq!(info(&ls[0]), "S: DATA fragment, 21 bytes");
    assert!(!ls[0].has(f::pop::DATA_FRAGMENTS));
    assert_eq!(ls[1].protocol, "imf");
    assert_eq!(ls[1].get_str(f::imf::SUBJECT), Some("hi"));
    assert_eq!(imf::column(&ls[1]), "POP/IMF");
    // `+ok` is no answer: case counts.
    let ls = layers(&mut d, 10, false, b"+ok\r\n");
    assert_eq!(info(&ls[0]), "S: DATA fragment, 5 bytes");
    let ls = layers(&mut d, 11, false, b"x");
    assert_eq!(info(&ls[0]), "S: DATA fragment, 1 byte");
}

#[test]
fn retr_announces_the_bytes_of_the_message() {
    let mut d = PopDecoder::new();
    layers(&mut d, 1, true, b"RETR 1\r\n");
    let ls = layers(&mut d, 2, false, b"+OK 30 octets\r\n");
    assert!(!ls[0].has(f::pop::RESPONSE_TOT_LEN_INVALID));
    let ls = layers(&mut d, 3, false, b"Subject: a message\r\n");
    assert_eq!(ls.len(), 1);
    assert_eq!(info(&ls[0]), "S: DATA fragment, 20 bytes");
    let ls = layers(&mut d, 5, false, b"\r\nbody\r\n.\r\n");
    assert_eq!(ls.len(), 2);
    let frags: Vec<_> = ls[0].all(f::pop::DATA_FRAGMENT).cloned().collect();
    assert_eq!(frags, vec![Value::UInt(3), Value::UInt(5)]);
    assert_eq!(ls[0].get_uint(f::pop::DATA_FRAGMENT_COUNT), Some(2));
    assert_eq!(ls[0].get_uint(f::pop::DATA_REASSEMBLED_LENGTH), Some(31));
    assert_eq!(ls[1].get_str(f::imf::SUBJECT), Some("a message"));
    // The count starts again: the next piece is a message by itself.
    let ls = layers(&mut d, 6, false, b".\r\n");
    assert_eq!(ls.len(), 2);
    assert!(!ls[0].has(f::pop::DATA_FRAGMENTS));
}

#[test]
fn an_answer_to_retr_without_a_length_is_flagged() {
    let mut d = PopDecoder::new();
    layers(&mut d, 1, true, b"TOP 1 10\r\n");
    let ls = layers(&mut d, 2, false, b"+OK message follows\r\n");
    assert!(ls[0].has(f::pop::RESPONSE_TOT_LEN_INVALID));
    // After the indicator, before the description, as in tshark's tree.
    let names: Vec<_> = ls[0].fields.iter().map(|x| x.def.name).collect();
    let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
    assert!(at("pop.response.indicator") < at("pop.response.tot_len.invalid"));
    assert!(at("pop.response.tot_len.invalid") < at("pop.response.description"));
    // `+OK` alone is no announcement and no error.
    layers(&mut d, 3, true, b"RETR 2\r\n");
    let ls = layers(&mut d, 4, false, b"+OK\r\n");
    assert!(!ls[0].has(f::pop::RESPONSE_TOT_LEN_INVALID));
}

#[test]
fn stls_hands_over_to_tls_after_its_answer() {
    // As TCP makes it: wrapped to hand the conversation on.
    let mut d = Handover::new(PopDecoder::new());
    layers(&mut d, 1, true, b"STLS\r\n");
    let ls = layers(&mut d, 2, false, b"+OK Begin TLS negotiation now\r\n");
    assert_eq!(info(&ls[0]), "S: +OK Begin TLS negotiation now");
    assert_eq!(ls[0].protocol, "pop");
    let hello = [0x16, 0x03, 0x01, 0x00, 0x04, 0x01, 0x00, 0x00, 0x00];
    let ls = layers(&mut d, 3, true, &hello);
    assert_eq!(d.protocol(), "tls");
    assert!(ls.iter().all(|l| l.protocol != "pop"));
    // `-ERR` keeps POP.
    let mut d = Handover::new(PopDecoder::new());
    layers(&mut d, 1, true, b"STLS\r\n");
    layers(&mut d, 2, false, b"-ERR no\r\n");
    let ls = layers(&mut d, 3, true, b"QUIT\r\n");
    assert_eq!(d.protocol(), "pop");
    assert_eq!(info(&ls[0]), "C: QUIT");
}

#[test]
fn any_bytes_are_read_without_panic() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for n in 0..2000u64 {
        let mut d = PopDecoder::new();
        for k in 0..4 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let b: Vec<u8> = (0..len)
                .map(|i| b"+OK -ERR RETR TOP 12\r\n \0\xff."[((seed >> (i % 50)) % 24) as usize])
                .collect();
            layers(&mut d, n * 4 + k, seed & 1 == 0, &b);
        }
    }
}
