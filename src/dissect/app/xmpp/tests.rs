use super::*;

fn feed(d: &mut XmppDecoder, client: bool, offset: u64, data: &[u8]) -> Vec<Message> {
    d.set_ports(
        if client { 40000 } else { 5222 },
        if client { 5222 } else { 40000 },
    );
    let mut out = Vec::new();
    d.feed(
        if client { Dir::Client } else { Dir::Server },
        offset,
        data,
        &mut out,
    );
    out
}

fn strs<'a>(l: &'a Layer<'_>, def: &'static FieldDef) -> Vec<&'a str> {
    l.all(def)
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.as_ref()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_last_byte_not_blank_must_be_a_gt() {
    assert!(ends_with_gt(b"<a/>"));
    assert!(ends_with_gt(b"<a/> \r\n\t"));
    // Bytes past 0x7f are signed chars below ' ': skipped as blanks.
    assert!(ends_with_gt(b"<a/>\x80\xff"));
    assert!(!ends_with_gt(b"<a"));
    assert!(!ends_with_gt(b"<a/>x"));
    // All blanks: the first byte decides.
    assert!(!ends_with_gt(b"   "));
    assert!(ends_with_gt(b">  "));
    assert!(ends_with_gt(b""));
}

#[test]
fn a_stanza_cut_by_the_segment_waits_for_its_gt() {
    let mut d = XmppDecoder::new();
    assert!(feed(&mut d, true, 0, b"<iq type='get' id='1'><ping xmlns='urn:x").is_empty());
    assert!(feed(&mut d, true, 41, b"mpp:ping'/").is_empty());
    let out = feed(&mut d, true, 51, b"></iq>");
    assert_eq!(out.len(), 1);
    assert_eq!((out[0].stream_offset, out[0].stream_end), (0, 57));
    let l = &out[0].layer;
    assert_eq!(l.get_str(f::xmpp::OSIDUMP_INFO), Some("IQ(get) PING "));
    assert!(l.has(f::xmpp::OUT) && l.has(f::xmpp::PACKET_WITHOUT_RESPONSE));
}

#[test]
fn held_bytes_are_capped() {
    let mut d = XmppDecoder::new();
    let big = vec![b'a'; MAX_HELD];
    assert!(feed(&mut d, true, 0, &big).is_empty());
    assert!(d.heap_bytes() >= MAX_HELD);
    // Past the cap the bytes go: what follows is read afresh.
    assert!(feed(&mut d, true, MAX_HELD as u64, b"b").is_empty());
    assert!(d.heap_bytes() < 4096);
    let out = feed(&mut d, true, MAX_HELD as u64 + 1, b"<presence/>");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].stream_offset, MAX_HELD as u64 + 1);
}

#[test]
fn answers_name_their_request_and_ids_are_bounded() {
    let mut d = XmppDecoder::new();
    d.set_frame(4);
    let req = feed(&mut d, true, 0, b"<iq type='get' id='Ab'/>");
    assert!(req[0].layer.has(f::xmpp::PACKET_WITHOUT_RESPONSE));
    d.set_frame(5);
    let resp = feed(&mut d, false, 0, b"<iq type='result' id='aB' from='s'/>");
    let l = &resp[0].layer;
    assert_eq!(l.get_uint(f::xmpp::RESPONSE_TO), Some(4));
    assert_eq!(l.get_str(f::xmpp::OSIDUMP_INFO), Some("IQ(result) < s "));
    assert!(l.has(f::xmpp::IN));
    let mut at = 100u64;
    for i in 0..MAX_IDS + 10 {
        let s = format!("<iq id='x{i}'/>");
        feed(&mut d, true, at, s.as_bytes());
        at += s.len() as u64;
    }
    assert_eq!(d.requests.len(), MAX_IDS);
    assert_eq!(d.order.len(), MAX_IDS);
}

#[test]
fn proceed_hands_over_to_tls() {
    let mut d = XmppDecoder::new();
    let out = feed(
        &mut d,
        false,
        0,
        b"<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
    );
    // No STARTTLS before it.
    assert!(out[0].layer.has(f::xmpp::STARTTLS_MISSING));
    assert!(d.take_successor().is_some());
    assert!(d.take_successor().is_none());
}

#[test]
fn a_closing_tag_first_ends_the_stream() {
    let mut d = XmppDecoder::new();
    let out = feed(&mut d, false, 0, b" </stream:stream><iq/>");
    let l = &out[0].layer;
    assert!(l.has(f::xmpp::STREAM_END) && !l.has(f::xmpp::IQ) && !l.has(f::xmpp::IN));
    assert_eq!(l.get_str(f::xmpp::OSIDUMP_INFO), Some("STREAM END"));
    assert_eq!(strs(l, f::xml::TAG), ["<iq/>"]);
}

#[test]
fn one_byte_throws_in_xml() {
    let mut d = XmppDecoder::new();
    let out = feed(&mut d, true, 0, b">");
    assert!(out[0].layer.thrown.is_some());
}

#[test]
fn iq_children_follow_the_handlers_order_then_the_unknown() {
    let mut d = XmppDecoder::new();
    let out = feed(
        &mut d,
        true,
        0,
        b"<iq type='set' to='h'><zz/><vCard/><bind/><jingle action='go'/></iq>",
    );
    assert_eq!(
        out[0].layer.get_str(f::xmpp::OSIDUMP_INFO),
        Some("IQ(set) BIND VCARD JINGLE(go) ZZ > h ")
    );
}

#[test]
fn xml_tokens_as_tvbparse_reads_them() {
    let b = b"<?xml version='1.0'?><a x = \"1\" y=2><!-- c -->t <b:c/></a>< / a >";
    let p = xml::parse(b);
    assert!(!p.unsupported);
    let shown: Vec<(&str, &[u8])> = p
        .items
        .iter()
        .filter_map(|i| match i {
            xml::Item::Str(def, r) => Some((def.name, &b[r.clone()])),
            _ => None,
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("xml.xmlpi.xml", &b"<?xml version='1.0'?>"[..]),
            ("xml.xmlpi.xml.version", b"1.0"),
            ("xml.tag", b"<a x = \"1\" y=2>"),
            ("xml.attribute", b"x = \"1\""),
            ("xml.attribute", b"y=2"),
            ("xml.comment", b"<!-- c -->"),
            ("xml.cdata", b"t "),
            ("xml.tag", b"<b:c/>"),
        ]
    );
    // `< / a >` closed nothing: `</a>` had.
    assert!(matches!(p.items.last(), Some(xml::Item::Expert(_))));
}

#[test]
fn cut_and_broken_xml_is_read_as_far_as_it_goes() {
    for b in [
        &b"<a x='1"[..],
        b"<!-- never ends",
        b"<![CDATA[ x",
        b"<?xml version='1.0'",
        b"<!DOCTYPE x [",
        b"<!DOCTYPE x SYSTEM",
        b"]>]>",
        b"<a:b:c/>",
        b"<",
        b"<a/ >",
        b"\xff\xfe<a/>",
    ] {
        let p = xml::parse(b);
        for i in &p.items {
            if let xml::Item::Str(_, r) = i {
                assert!(r.end <= b.len(), "{b:?}");
            }
        }
    }
    assert!(xml::parse(b"\xfe\xff\0<").unsupported);
    assert!(xml::parse(b"<iq><list/></iq>").unsupported);
}

#[test]
fn deep_and_wide_documents_are_bounded() {
    let deep = b"<a>".repeat(xml::MAX_DEPTH + 50);
    let p = xml::parse(&deep);
    assert!(p.unsupported && p.nodes.len() <= xml::MAX_DEPTH + 1);
    let wide = b"<a/>".repeat(xml::MAX_NODES + 10);
    let p = xml::parse(&wide);
    assert!(p.unsupported && p.nodes.len() == xml::MAX_NODES);
}

#[test]
fn unterminated_comments_do_not_make_reading_quadratic() {
    // Each `<!--` searches for `-->` once: the memo answers the rest.
    let b = b"<!-- ".repeat(200_000);
    let start = std::time::Instant::now();
    let p = xml::parse(&b);
    assert!(p.items.len() >= 200_000);
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut rng = crate::test_rng::Rng(0x9e37_79b9_7f4a_7c15);
    let alphabet = b"<>/?!-[]'\"= abc:xml\r\n\x00\xff";
    for _ in 0..2000 {
        let n = rng.below(64) as usize;
        let b: Vec<u8> = (0..n)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
            .collect();
        let mut d = XmppDecoder::new();
        let mut out = Vec::new();
        d.feed(Dir::Client, 0, &b, &mut out);
        d.feed(Dir::Server, 0, &b, &mut out);
        d.feed(Dir::Client, b.len() as u64, b">", &mut out);
    }
}
