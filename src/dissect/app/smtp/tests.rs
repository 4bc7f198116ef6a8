//! Unit tests of the SMTP decoder and IMF: conversations fed as TCP hands
//! them over, a segment at a time. The bytes are crafted; the values
//! expected are what tshark 4.0 shows for the same segments in a capture
//! (written into a pcap and checked with `tshark -T fields` when written,
//! or read off Zeek's SMTP traces where the same lines occur).

use super::*;
use crate::dissect::app::handover::Handover;
use crate::dissect::app::testing::{Feed, vals};
use crate::dissect::app::{Dir, StreamDecoder};

/// A conversation being fed, the server on port 25.
type Conv = Feed<SmtpDecoder>;

impl Feed<SmtpDecoder> {
    fn new() -> Self {
        Feed::with(SmtpDecoder::new(), 25)
    }

    /// A segment read as one call: its `smtp` layer's Info.
    fn info(&mut self, dir: Dir, data: &[u8]) -> String {
        let out = self.seg(dir, data);
        assert_eq!(out.len(), 1, "{out:?}");
        out[0]
            .layer
            .get_str(f::smtp::OSIDUMP_INFO)
            .unwrap_or_default()
            .to_owned()
    }
}

use Dir::{Client as C, Server as S};

#[test]
fn a_session_reads_as_tshark_shows_it() {
    let mut c = Conv::new();
    assert_eq!(
        c.info(S, b"220 mx.example ESMTP\r\n"),
        "S: 220 mx.example ESMTP"
    );
    assert_eq!(c.info(C, b"EHLO GP\r\n"), "C: EHLO GP");
    // A multi-line reply: the lines after the first without their code.
    let out = c.seg(
        S,
        b"250-mx.example Hello GP\r\n250-SIZE 52428800\r\n250 HELP\r\n",
    );
    let l = &out[0].layer;
    assert_eq!(
        l.get_str(f::smtp::OSIDUMP_INFO),
        Some("S: 250-mx.example Hello GP | SIZE 52428800 | HELP")
    );
    assert_eq!(vals(l, "smtp.response"), ["250-mx.example Hello GP\\r\\n"]);
    assert_eq!(vals(l, "smtp.response.code"), ["250"]);
    assert_eq!(
        vals(l, "smtp.rsp.parameter"),
        ["mx.example Hello GP", "SIZE 52428800", "HELP"]
    );
    let out = c.seg(C, b"MAIL FROM:<a@example.test>\r\n");
    let l = &out[0].layer;
    assert_eq!(vals(l, "smtp.req.command"), ["MAIL"]);
    assert_eq!(vals(l, "smtp.req.parameter"), ["FROM:<a@example.test>"]);
    assert_eq!(
        vals(l, "smtp.command_line"),
        ["MAIL FROM:<a@example.test>\\r\\n"]
    );
    c.info(S, b"250 OK\r\n");
    c.info(C, b"RCPT TO:<b@example.test>\r\n");
    c.info(S, b"250 OK\r\n");
    assert_eq!(c.info(C, b"DATA\r\n"), "C: DATA");
    c.info(S, b"354 go ahead\r\n");
    let body = b"From: A <a@example.test>\r\nSubject: Hi\r\n\r\nhello\r\n";
    assert_eq!(c.info(C, body), "C: DATA fragment, 48 bytes");
    // The end of the message: its fragments, then IMF.
    let out = c.seg(C, b".\r\n");
    assert_eq!(out.len(), 2);
    let (smtp, imf) = (&out[0].layer, &out[1].layer);
    assert_eq!(smtp.get_str(f::smtp::OSIDUMP_INFO), Some("C: ."));
    assert_eq!(vals(smtp, "smtp.data.fragment"), ["13"]);
    assert_eq!(vals(smtp, "smtp.data.reassembled.length"), ["48"]);
    assert_eq!(imf.protocol, "imf");
    assert_eq!(vals(imf, "imf.from"), ["A <a@example.test>"]);
    assert_eq!(vals(imf, "imf.address"), ["a@example.test"]);
    assert_eq!(vals(imf, "imf.display_name"), ["A"]);
    assert_eq!(vals(imf, "imf.subject"), ["Hi"]);
    // No type with parameters: the text is message text, each line in
    // the Info column after ", " with its line end as spaces (Zeek's
    // smtp-multi-addr trace: `subject: Testmail, , This is a test mail.  `).
    assert_eq!(
        imf.get_str(f::imf::OSIDUMP_INFO),
        Some("from: A <a@example.test>, subject: Hi, , hello  ")
    );
    assert_eq!(c.info(C, b"QUIT\r\n"), "C: QUIT");
}

#[test]
fn auth_login_shows_user_and_pass() {
    let mut c = Conv::new();
    assert_eq!(c.info(C, b"AUTH LOGIN\r\n"), "C: AUTH LOGIN");
    c.info(S, b"334 VXNlcm5hbWU6\r\n");
    let out = c.seg(C, b"Z3VycGFydGFw\r\n");
    let l = &out[0].layer;
    assert_eq!(
        l.get_str(f::smtp::OSIDUMP_INFO),
        Some("C: User: Z3VycGFydGFw")
    );
    assert_eq!(vals(l, "smtp.auth.username"), ["Z3VycGFydGFw"]);
    c.info(S, b"334 UGFzc3dvcmQ6\r\n");
    assert_eq!(c.info(C, b"cHVuamFi\r\n"), "C: Pass: cHVuamFi");
    c.info(S, b"235 Authentication succeeded\r\n");
    // Past the exchange, lines are commands again.
    assert_eq!(c.info(C, b"NOOP\r\n"), "C: NOOP");
}

#[test]
fn auth_plain_with_credentials_is_flagged_not_decoded() {
    let mut c = Conv::new();
    let out = c.seg(C, b"AUTH PLAIN AGRhdmUAaHVudGVyMg==\r\n");
    let l = &out[0].layer;
    assert_eq!(
        l.get_str(f::smtp::OSIDUMP_INFO),
        Some("C: AUTH PLAIN AGRhdmUAaHVudGVyMg==")
    );
    assert_eq!(
        vals(l, "smtp.auth.username_password"),
        ["AGRhdmUAaHVudGVyMg=="]
    );
    assert!(l.has(f::smtp::BASE64_DECODE));
}

#[test]
fn a_line_without_its_end_waits_for_the_next_segment() {
    let mut c = Conv::new();
    assert!(c.seg(C, b"EHLO exa").is_empty());
    let out = c.seg(C, b"mple\r\n");
    assert_eq!(out[0].stream_offset, 0);
    assert_eq!(out[0].stream_end, 14);
    assert_eq!(
        out[0].layer.get_str(f::smtp::OSIDUMP_INFO),
        Some("C: EHLO example")
    );
}

#[test]
fn bdat_chunks_and_their_last_one() {
    let mut c = Conv::new();
    assert_eq!(c.info(C, b"BDAT 5\r\n"), "C: BDAT 5");
    assert_eq!(c.info(C, b"ab\r\nc"), "C: DATA fragment, 5 bytes");
    // The chunk is read whole: commands again; BDAT 0 LAST ends the
    // message (its fragment, then IMF).
    let out = c.seg(C, b"BDAT 0 LAST\r\n");
    assert_eq!(
        out[0].layer.get_str(f::smtp::OSIDUMP_INFO),
        Some("C: BDAT 0 LAST")
    );
    assert_eq!(out[1].layer.protocol, "imf");
    // tshark 4.0 ends the message at BDAT 0 LAST, on that frame.
    let mut c = Conv::new();
    c.info(C, b"BDAT 6\r\n");
    c.info(C, b"a: b\r\n");
    let out = c.seg(C, b"BDAT 0 LAST\r\n");
    assert_eq!(out.len(), 2);
    assert_eq!(vals(&out[0].layer, "smtp.data.fragment.count"), ["1"]);
    // A chunk size past 32 bits: strtoul's ULONG_MAX, and the rest of the
    // segment is data.
    let mut c = Conv::new();
    assert_eq!(
        c.info(C, b"BDAT 99999999999999999999999 LAST\r\r\n"),
        "C: DATA fragment, 36 bytes"
    );
}

#[test]
fn multiline_reply_with_another_code_is_flagged() {
    let mut c = Conv::new();
    let out = c.seg(S, b"250-a\r\n251 b\r\n");
    let l = &out[0].layer;
    assert_eq!(l.get_str(f::smtp::OSIDUMP_INFO), Some("S: 250-a | b"));
    let msgs: Vec<_> = crate::dissect::expert::items(l)
        .iter()
        .map(|i| i.message.to_owned())
        .collect();
    assert_eq!(
        msgs,
        ["Unexpected response code 251 in multiline response. Expected 250"]
    );
}

#[test]
fn starttls_hands_the_conversation_to_tls() {
    // As TCP makes it: wrapped to hand the conversation on.
    let mut c = Feed::with(Handover::new(SmtpDecoder::new()), 25);
    c.seg(C, b"STARTTLS\r\n");
    assert_eq!(c.d.protocol(), "smtp");
    let out = c.seg(S, b"220 2.0.0 Ready to start TLS\r\n");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.protocol, "smtp");
    // A ClientHello's first bytes: TLS from here on.
    let hello = [0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0x00, 0x00, 0x01, 0x00];
    let out = c.seg(C, &hello);
    assert_eq!(c.d.protocol(), "tls");
    assert!(out.iter().all(|m| m.layer.protocol == "tls"));
}

#[test]
fn multipart_parts_name_their_types() {
    let msg = b"From: a@x\r\nSubject: s\r\nContent-Type: multipart/mixed;\r\n\tboundary=\"XX\"\r\n\r\n--XX\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nhi\r\n--XX\r\nContent-Type: message/rfc822\r\n\r\nFrom: <b@y>\r\n\r\nbody\r\n--XX--\r\n";
    let mut out = Vec::new();
    imf::dissect(msg, &mut out);
    assert_eq!(out.len(), 2);
    let (l, mp) = (&out[0], &out[1]);
    // The message inside clears what the parts wrote after the outer
    // header fields (as on Zeek's smtp-attachment-msg trace).
    assert_eq!(
        l.get_str(f::imf::OSIDUMP_INFO),
        Some("from: a@x, subject: s, from: <b@y>, , body")
    );
    // The body is the multipart's layer, the message in its part too.
    assert_eq!(l.get_str(f::imf::OSIDUMP_BODY_PROTOCOLS), None);
    assert_eq!(mp.protocol, "mime_multipart");
    assert_eq!(
        mp.get_str(f::mime_multipart::OSIDUMP_PROTOCOLS),
        Some("data-text-lines:imf")
    );
    assert_eq!(vals(l, "imf.content.type.type"), ["multipart/mixed"]);
    assert_eq!(vals(l, "imf.from"), ["a@x"]);
    assert_eq!(vals(mp, "imf.from"), ["<b@y>"]);
    assert_eq!(vals(mp, "mime_multipart.type"), ["multipart/mixed"]);
    assert_eq!(
        vals(mp, "mime_multipart.header.content-type"),
        ["text/plain;charset=us-ascii", "message/rfc822"]
    );
    assert_eq!(imf::column(l), "SMTP/IMF/IMF");
    let mut info = String::new();
    (crate::dissect::app::multipart::SPEC.info.unwrap())(&mut info, &out, 1);
    assert_eq!(info, "from: a@x, subject: s, from: <b@y>, , body");
    // The carrier's name; the line renderer writes what the body's
    // dissectors appended.
    assert_eq!(
        (crate::dissect::app::multipart::SPEC.column.unwrap())(mp),
        "SMTP"
    );
    assert_eq!(
        mp.get_str(f::mime_multipart::OSIDUMP_COLUMN),
        Some("SMTP/IMF/IMF")
    );
}

#[test]
fn a_multipart_without_boundary_or_body() {
    // No boundary: tshark's expert item and the data go to the message.
    let msg = b"Subject: s\r\nContent-Type: multipart/mixed; boundary\r\n\r\nabc";
    let mut out = Vec::new();
    imf::dissect(msg, &mut out);
    assert_eq!(out.len(), 1);
    assert!(out[0].has(f::mime_multipart::NO_REQUIRED_PARAMETER));
    assert_eq!(
        out[0].get_str(f::imf::OSIDUMP_BODY_PROTOCOLS),
        Some("mime_multipart:data")
    );
    // An empty body (a FETCH of the header): the multipart's item, no
    // protocol listed.
    let msg = b"Subject: s\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n";
    let mut out = Vec::new();
    imf::dissect(msg, &mut out);
    assert_eq!(out.len(), 2);
    assert!(out[1].has(f::mime_multipart::OSIDUMP_UNLISTED));
    assert_eq!(vals(&out[1], "mime_multipart.type"), ["multipart/mixed"]);
    // A subtype not in the media type table: IMF hands it to nothing.
    let msg = b"Subject: s\r\nContent-Type: multipart/x-weird; boundary=x\r\n\r\n--x\r\n\r\nq\r\n--x--\r\n";
    let mut out = Vec::new();
    imf::dissect(msg, &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].get_str(f::imf::OSIDUMP_BODY_PROTOCOLS), None);
}

#[test]
fn hostile_input_never_panics_and_holds_little() {
    let mut c = Conv::new();
    let mut x: u32 = 0x1234_5678;
    for n in 0u32..2000 {
        let len = (x % 300) as usize;
        let mut seg = Vec::with_capacity(len);
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let b = match x % 8 {
                0 => b'\r',
                1 => b'\n',
                2 => b'.',
                3 => b' ',
                4 => b':',
                _ => (x >> 8) as u8,
            };
            seg.push(b);
        }
        if n.is_multiple_of(7) {
            seg.extend_from_slice(b"DATA\r\n");
        }
        if n.is_multiple_of(11) {
            seg.extend_from_slice(b"BDAT 4294967295\r\n");
        }
        let dir = if x.is_multiple_of(3) { S } else { C };
        for m in c.seg(dir, &seg) {
            assert!(m.stream_offset <= m.stream_end);
        }
        assert!(c.d.sides.iter().all(|s| s.held.len() <= MAX_LINE + 300));
    }
    // A first line longer than what is held is read as it is.
    let mut c = Conv::new();
    let long = vec![b'A'; MAX_LINE + 10];
    assert_eq!(c.seg(C, &long).len(), 1);
}

#[test]
fn many_messages_in_parts_stay_bounded() {
    // 1,000 message parts: the Protocol column is held to the size of
    // tshark's (2,047 bytes), every message's fields are read. (tshark
    // itself stops at 500 protocols in a frame, gui.max_tree_depth, with a
    // "Dissector bug" item: not modelled.)
    let mut msg = b"Subject: s\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n".to_vec();
    for i in 0..1000 {
        msg.extend_from_slice(
            format!("--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: m{i}@x\r\n\r\nt\r\n")
                .as_bytes(),
        );
    }
    msg.extend_from_slice(b"--b--\r\n");
    let mut out = Vec::new();
    imf::dissect(&msg, &mut out);
    let mp = &out[1];
    assert_eq!(vals(mp, "imf.from").len(), 1000);
    let col = mp.get_str(f::mime_multipart::OSIDUMP_COLUMN).unwrap();
    assert_eq!(col.len(), 2047);
    assert!(col.starts_with("SMTP/IMF/IMF/"));
}
