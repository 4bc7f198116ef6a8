use super::*;

fn feed(
    d: &mut LineDecoder,
    dir: Dir,
    frame: u64,
    ports: (u16, u16),
    off: u64,
    b: &[u8],
) -> Vec<Message> {
    let mut out = Vec::new();
    d.set_frame(frame);
    d.set_time_ns(frame as i128 * 1_000_000);
    d.set_ports(ports.0, ports.1);
    d.feed(dir, off, b, &mut out);
    out
}

#[test]
fn finger_query_waits_for_crlf_and_answer_for_the_fin() {
    let mut d = LineDecoder::new(Kind::Finger);
    assert!(feed(&mut d, Dir::Client, 4, (40000, 79), 0, b"jul").is_empty());
    let mut info = String::new();
    assert!(d.pending_info(Dir::Client, &mut info));
    assert_eq!(info, "Query");
    let q = feed(&mut d, Dir::Client, 5, (40000, 79), 3, b"ien\r\n");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].layer.get_str(f::finger::QUERY), Some("julien\r\n"));
    assert!(feed(&mut d, Dir::Server, 6, (79, 40000), 0, b"Login: julien\n").is_empty());
    let mut info = String::new();
    assert!(d.pending_info(Dir::Server, &mut info));
    assert_eq!(info, "Response");
    assert!(feed(&mut d, Dir::Server, 7, (79, 40000), 14, b"Shell: /bin/sh\n").is_empty());
    assert!(!d.pending_info(Dir::Server, &mut String::new()));
    // The end of the capture (no FIN) shows nothing.
    let mut out = Vec::new();
    d.set_frame(9);
    d.set_time_ns(9_000_000);
    d.closed_by_fin(Dir::Server);
    d.finish(Dir::Server, &mut out);
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    assert_eq!(
        l.get_str(f::finger::RESPONSE),
        Some("Login: julien\nShell: /bin/sh\n")
    );
    assert_eq!(l.get_uint(f::finger::RESPONSE_TO), Some(5));
    assert_eq!(
        l.get(f::finger::RESPONSE_TIME),
        Some(&Value::rel_time(4_000_000))
    );
}

#[test]
fn no_fin_no_answer() {
    let mut d = LineDecoder::new(Kind::Finger);
    feed(&mut d, Dir::Server, 6, (79, 40000), 0, b"hello\n");
    let mut out = Vec::new();
    d.finish(Dir::Server, &mut out);
    assert!(out.is_empty());
}

#[test]
fn whois_names_the_query_and_splits_the_answer() {
    let mut d = LineDecoder::new(Kind::Whois);
    let q = feed(&mut d, Dir::Client, 4, (44188, 43), 0, b"example.com\r\n");
    assert_eq!(
        q[0].layer.get_str(f::whois::OSIDUMP_INFO),
        Some("Query: example.com")
    );
    feed(
        &mut d,
        Dir::Server,
        6,
        (43, 44188),
        0,
        b"% IANA\n\ndomain: X\r\nlast",
    );
    let mut out = Vec::new();
    d.closed_by_fin(Dir::Server);
    d.finish(Dir::Server, &mut out);
    let l = &out[0].layer;
    let lines: Vec<_> = l.all(f::whois::ANSWER).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[2], &Value::Str(Cow::Borrowed("domain: X\r\n")));
    assert!(l.has(f::whois::ENCODING));
    assert_eq!(
        l.get_str(f::whois::OSIDUMP_INFO),
        Some("Answer: example.com")
    );
}

#[test]
fn answers_are_bounded() {
    let mut d = LineDecoder::new(Kind::Finger);
    let big = vec![b'x'; 64 << 10];
    for i in 0..40u64 {
        feed(&mut d, Dir::Server, i, (79, 1), i * big.len() as u64, &big);
    }
    assert!(d.heap_bytes() <= 2 * KEEP);
    let mut out = Vec::new();
    d.closed_by_fin(Dir::Server);
    d.finish(Dir::Server, &mut out);
    assert_eq!(out.len(), 1);
    assert!(
        out[0]
            .layer
            .anomalies
            .iter()
            .any(|a| a.kind == AnomalyKind::Evicted)
    );
}
