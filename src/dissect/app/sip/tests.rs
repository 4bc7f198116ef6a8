//! SIP and SDP as tshark 4.0 shows them (crafted messages).

use super::*;

const INVITE: &[u8] = b"INVITE sip:bob@example.com:5070;transport=udp SIP/2.0\r\n\
Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1;rport\r\n\
From: \"Alice\" <sip:alice@example.com>;tag=abc\r\n\
t: <sip:bob@example.com>\r\n\
Call-ID: 42@10.0.0.1\r\n\
CSeq: 1 INVITE\r\n\
Contact: <sip:alice@10.0.0.1:5060>;expires=60\r\n\
Content-Type: application/sdp\r\n\
Content-Length: 82\r\n\
\r\n\
v=0\r\n\
o=- 1 2 IN IP4 10.0.0.1\r\n\
s=-\r\n\
c=IN IP4 10.0.0.1\r\n\
m=audio 4000 RTP/AVP 0 101\r\n";

#[test]
fn request_and_sdp() {
    let ls = dissect(INVITE, 0).expect("a SIP request");
    assert_eq!(ls.len(), 2);
    let l = &ls[0];
    assert_eq!(l.get_str(f::sip::METHOD), Some("INVITE"));
    assert_eq!(l.get_str(f::sip::R_URI_USER), Some("bob"));
    assert_eq!(l.get_str(f::sip::R_URI_PORT), Some("5070"));
    // tshark 4.0 shows no sip.r-uri.param for this request line (checked
    // with text2pcap and tshark on these bytes).
    assert_eq!(l.get_str(f::sip::R_URI_PARAM), None);
    assert_eq!(l.get_str(f::sip::FROM_DISPLAY_INFO), Some("\"Alice\""));
    assert_eq!(l.get_str(f::sip::FROM_TAG), Some("abc"));
    assert_eq!(l.get_str(f::sip::TO_HOST), Some("example.com"));
    assert_eq!(l.get_uint(f::sip::VIA_SENT_BY_PORT), Some(5060));
    assert_eq!(l.get_str(f::sip::VIA_RPORT), Some("rport"));
    assert_eq!(l.get_uint(f::sip::CSEQ_SEQ), Some(1));
    assert_eq!(l.get_str(f::sip::CONTACT_PARAMETER), Some("expires=60"));
    assert_eq!(l.get_uint(f::sip::CONTENT_LENGTH), Some(82));
    let s = &ls[1];
    assert_eq!(s.protocol, "sdp");
    assert_eq!(s.get_str(f::sdp::OWNER_ADDRESS), Some("10.0.0.1"));
    let formats: Vec<_> = s.all(f::sdp::MEDIA_FORMAT).collect();
    assert_eq!(formats.len(), 2);
    assert_eq!(s.get_str(f::sdp::MEDIA_FORMAT), Some("ITU-T G.711 PCMU"));
    let mut i = String::new();
    info(&mut i, &ls, 0);
    assert_eq!(
        i,
        "Request: INVITE sip:bob@example.com:5070;transport=udp | "
    );
}

#[test]
fn status_and_not_sip() {
    let ls = dissect(
        b"SIP/2.0 200 OK\r\nCSeq: 2 REGISTER\r\nContact: <sip:a@b>\r\n\r\n",
        0,
    )
    .expect("a SIP response");
    assert_eq!(ls[0].get_uint(f::sip::STATUS_CODE), Some(200));
    let mut i = String::new();
    info(&mut i, &ls, 0);
    assert_eq!(i, "Status: 200 OK (REGISTER)  (1 binding) | ");
    assert!(dissect(b"GET / HTTP/1.1\r\n\r\n", 0).is_none());
    assert!(dissect(b"", 0).is_none());
    assert_eq!(probe(b"OPTIONS sip:x SIP/2.0\r\n"), Probe::Certain);
    // Cut anywhere, it never panics.
    for n in 0..INVITE.len() {
        let _ = dissect(&INVITE[..n], 0);
    }
}

/// Over TCP a message is framed the same whatever the segments it comes
/// in: fed a byte at a time (the framing resuming where it stopped) or
/// whole, the same messages end at the same stream offsets.
#[test]
fn tcp_framing_resumes_where_it_stopped() {
    let body = "v=0\r\n";
    let two = format!(
        "INVITE sip:b@x SIP/2.0\r\nContent-Length: {}\r\n\r\n{body}\
         OPTIONS sip:b@x SIP/2.0\r\ncontent-length: 0\r\n\r\n",
        body.len()
    );
    let run = |pieces: &mut dyn Iterator<Item = &[u8]>| {
        let mut d = SipStream::default();
        let mut out = Vec::new();
        let mut at = 0;
        for p in pieces {
            d.feed(Dir::Client, at, p, &mut out);
            at += p.len() as u64;
        }
        out.iter()
            .map(|m| (m.layer.protocol, m.stream_offset, m.stream_end))
            .collect::<Vec<_>>()
    };
    let whole = run(&mut std::iter::once(two.as_bytes()));
    let bytes = run(&mut two.as_bytes().chunks(1));
    assert_eq!(whole, [("sip", 0, 50), ("sip", 50, 96)]);
    assert_eq!(bytes, whole);
}

#[test]
fn display_names_as_tshark_cuts_them() {
    // tshark 4.0.17 on these messages (UDP 5060): an unquoted name keeps
    // the blanks before `<`; a quoted one ends at its closing quote (an
    // escaped quote inside does not end it), what follows is dropped.
    let msg = |from: &str, to: &str, contact: &str| {
        format!(
            "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r\n\
             From: {from}\r\nTo: {to}\r\nContact: {contact}\r\nCall-ID: x\r\n\
             CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
        )
        .into_bytes()
    };
    for (from, to, contact, want) in [
        (
            "test <sip:t@h>;tag=1",
            "bob  <sip:b@h>",
            "carl <sip:c@h>",
            ["test ", "bob  ", "carl "],
        ),
        (
            "\"te\\\"st\" x <sip:t@h>;tag=1",
            "\"bob\"  <sip:b@h>",
            "\"carl\"  <sip:c@h>",
            ["\"te\\\"st\"", "\"bob\"", "\"carl\""],
        ),
        (
            "test\t<sip:t@h>",
            "a \"bob\" c <sip:b@h>",
            "<sip:c@h>",
            ["test\t", "a \"bob\" c ", ""],
        ),
    ] {
        let bytes = msg(from, to, contact);
        let ls = dissect(&bytes, 0).expect("a SIP request");
        let l = &ls[0];
        assert_eq!(
            l.get_str(f::sip::FROM_DISPLAY_INFO),
            Some(want[0]),
            "{from}"
        );
        assert_eq!(l.get_str(f::sip::TO_DISPLAY_INFO), Some(want[1]), "{to}");
        let contact_name = l.get_str(f::sip::CONTACT_DISPLAY_INFO).unwrap_or("");
        assert_eq!(contact_name, want[2], "{contact}");
    }
}

#[test]
fn name_addrs_parse_as_tshark_parses_them() {
    // tshark 4.0.17 on these messages (UDP 5060): only a value starting
    // with a quote has a quoted display name (an escaped quote outside one
    // is text before `<`); a `:` before any `<` makes a bare URI, which
    // must be a SIP one (else no URI at all); an unterminated quoted name
    // parses to nothing; the tag is the first `tag=` after the URI, or
    // anywhere in a value that does not parse.
    let msg = |from: &str, to: &str, contact: &str| {
        format!(
            "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r\n\
             From: {from}\r\nTo: {to}\r\nContact: {contact}\r\nCall-ID: x\r\n\
             CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
        )
        .into_bytes()
    };
    let get = |l: &crate::dissect::layer::Layer<'_>, def| l.get_str(def).unwrap_or("").to_string();
    for (from, to, contact, want) in [
        (
            "\\\"arik\\\" <sip:a@h>;tag=1",
            "<sip:b@h>",
            "\\\"c\\\" <sip:c@h>",
            [
                "\\\"arik\\\" ",
                "sip:a@h",
                "1",
                "sip:b@h",
                "",
                "\\\"c\\\" ",
                "sip:c@h",
            ],
        ),
        (
            "Foo: Bar <sip:a@h>;tag=2",
            "\"x <sip:b@h>",
            "nothing",
            ["", "", "2", "", "", "", ""],
        ),
        (
            "\"unterminated <sip:a@h>;tag=3",
            "sip:b@h;tag=9",
            "x:y;expires=0",
            ["", "", "3", "sip:b@h", "9", "", ""],
        ),
        (
            "\"a\\\\\" b <sip:a@h>;xtag=5",
            "\"q\" no-angle;tag=4",
            "\"c\" <sip:c@h>",
            ["\"a\\\\\"", "sip:a@h", "5", "", "4", "\"c\"", "sip:c@h"],
        ),
    ] {
        let bytes = msg(from, to, contact);
        let ls = dissect(&bytes, 0).expect("a SIP request");
        let l = &ls[0];
        let got = [
            get(l, f::sip::FROM_DISPLAY_INFO),
            get(l, f::sip::FROM_ADDR),
            get(l, f::sip::FROM_TAG),
            get(l, f::sip::TO_ADDR),
            get(l, f::sip::TO_TAG),
            get(l, f::sip::CONTACT_DISPLAY_INFO),
            get(l, f::sip::CONTACT_URI),
        ];
        assert_eq!(got, want, "{from} / {to} / {contact}");
    }
}
