//! `osidump stats`, `follow`, `sessions`, `layers`: numbers and bytes
//! checked against tshark's own statistics on every sample (goldens from
//! `scripts/make-view-goldens.sh`), and a no-panic sweep over the samples
//! and the corpus (`OSIDUMP_CORPUS`).

mod common;

use assert_cmd::Command;
use osidump::dissect::Dissector;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use osidump::views::follow::{Chunk, Follow, Message, Selector};
use osidump::views::sessions::Sessions;
use osidump::views::stats::{self, PhsNode, SortKey, Stats};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pcap" || e == "pcapng"))
        .collect();
    v.sort();
    v
}

/// Every dissection of a file, with session events, to `f` (stops
/// quietly at a read error); the dissector's last events are returned.
fn each(
    path: &Path,
    mut f: impl FnMut(&osidump::dissect::Dissection<'_>),
) -> Vec<osidump::dissect::event::Event<'static>> {
    let Ok(mut src) = FileSource::open(path) else {
        return Vec::new();
    };
    let mut d = Dissector::new().with_events(osidump::dissect::event::Events::All);
    // Secrets embedded in a pcapng (DSBs) are used, as tshark uses them.
    let secrets = src.secrets();
    while let Ok(Some(frame)) = src.next_frame() {
        let text = std::mem::take(&mut *secrets.lock().expect("secrets"));
        if !text.is_empty() {
            d.add_secrets(&text);
        }
        f(&d.dissect(&frame));
    }
    d.finish()
}

fn golden(name: &str) -> Option<String> {
    std::fs::read_to_string(root().join("tests/golden").join(name)).ok()
}

// ───────────── protocol hierarchy vs tshark -z io,phs ─────────────

/// Protocols tshark's hierarchy shows that osidump does not decode as
/// layers of their own: media-type bodies (`data-text-lines`,
/// `urlencoded-form`, `json`), reassembly pseudo-protocols (`tcp.segments`,
/// `websocket.fragments`, `websocket.payload.continue`) and the `data`
/// tshark puts under a WebSocket binary message (we keep payloads inside
/// the websocket layer). Differences on purpose, skipped with their
/// subtrees.
const TSHARK_ONLY: &[&str] = &[
    "data-text-lines",
    "urlencoded-form",
    "json",
    "tcp.segments",
    "websocket.fragments",
    "websocket.payload.continue",
];

/// What an ICMP error quotes: tshark shows the quoted packet's application
/// protocol under `icmp` (and `data` for a reassembled echo); osidump keeps
/// quoted headers out of the hierarchy and conversations, as they are not
/// this packet's conversation. Skipped on purpose.
const QUOTING: &[&str] = &["icmp", "icmpv6"];

fn parse_phs(text: &str) -> BTreeMap<Vec<String>, (u64, u64)> {
    let mut out = BTreeMap::new();
    let mut stack: Vec<String> = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("Filter:") {
            inside = true;
            continue;
        }
        if !inside || line.trim().is_empty() || line.starts_with('=') {
            continue;
        }
        let depth = (line.len() - line.trim_start().len()) / 2;
        let mut parts = line.split_whitespace();
        let name = parts.next().unwrap().to_string();
        let num = |p: Option<&str>, k: &str| -> u64 {
            p.unwrap().strip_prefix(k).unwrap().parse().unwrap()
        };
        let frames = num(parts.next(), "frames:");
        let bytes = num(parts.next(), "bytes:");
        stack.truncate(depth);
        stack.push(name);
        out.insert(stack.clone(), (frames, bytes));
    }
    out
}

fn flatten(n: &PhsNode, path: &mut Vec<String>, out: &mut BTreeMap<Vec<String>, (u64, u64)>) {
    for c in &n.children {
        path.push(c.protocol.to_string());
        out.insert(path.clone(), (c.packets, c.bytes));
        flatten(c, path, out);
        path.pop();
    }
}

fn skipped_by_design(path: &[String]) -> bool {
    path.iter().any(|p| TSHARK_ONLY.contains(&p.as_str()))
        || path[..path.len() - 1]
            .iter()
            .any(|p| QUOTING.contains(&p.as_str()))
        || (path.len() >= 2
            && path[path.len() - 2] == "websocket"
            && path[path.len() - 1] == "data")
}

fn stats_of(path: &Path) -> stats::Report {
    let mut s = Stats::default();
    each(path, |d| s.add(d));
    s.report(SortKey::Bytes, None)
}

/// Samples whose hierarchy is not compared yet, with the reason.
const PHS_NOT_YET: &[(&str, &str)] = &[
    (
        "proxy.pcap",
        "tshark nests the HTTP a CONNECT tunnel carries under the proxy's HTTP item (http>http); the stats view counts a protocol once per frame",
    ),
    (
        "h2c.pcap",
        "tshark nests each further HTTP/2 frame of a segment under the first (http2>http2); the stats view counts a protocol once per frame",
    ),
    (
        "quic.pcap",
        "tshark nests coalesced QUIC packets (quic>quic) and their TLS its own way; the stats view's hierarchy does not follow it yet",
    ),
];

#[test]
fn hierarchy_agrees_with_tshark_phs() {
    let mut compared = 0;
    for path in samples() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if PHS_NOT_YET.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let Some(text) = golden(&format!("{name}.stats.phs.txt")) else {
            panic!("no phs golden for {name}: run scripts/make-view-goldens.sh");
        };
        let theirs = parse_phs(&text);
        let report = stats_of(&path);
        let mut ours = BTreeMap::new();
        flatten(&report.hierarchy, &mut Vec::new(), &mut ours);
        // Frames in total: tshark's top nodes add up to every frame.
        let top: u64 = theirs
            .iter()
            .filter(|(k, _)| k.len() == 1)
            .map(|(_, v)| v.0)
            .sum();
        assert_eq!(report.packets, top, "{name}: total frames");
        for (p, v) in &theirs {
            if skipped_by_design(p) {
                continue;
            }
            assert_eq!(
                ours.get(p),
                Some(v),
                "{name}: {} (ours {ours:?})",
                p.join(">")
            );
            compared += 1;
        }
        for p in ours.keys() {
            assert!(
                theirs.contains_key(p),
                "{name}: we have {} and tshark does not",
                p.join(">")
            );
        }
    }
    assert!(compared > 100, "{compared}");
}

// ───────────── conversations vs tshark -z conv,* ─────────────

/// A byte count as tshark prints it: exact below 10 000 bytes, else
/// rounded to kB / MB (SI). `(value, unit multiplier)`.
type Size = (u64, u64);

type ConvRow = (String, String, [(u64, Size); 2], f64, f64);

/// `kind → rows`; each row: A, B, [(A→B frames, bytes), (B→A frames,
/// bytes)], start, duration.
fn parse_conv(text: &str) -> BTreeMap<&'static str, Vec<ConvRow>> {
    let mut out: BTreeMap<&'static str, Vec<ConvRow>> = BTreeMap::new();
    let mut kind = None;
    for line in text.lines() {
        if let Some(k) = line.strip_suffix(" Conversations") {
            kind = match k {
                "Ethernet" => Some("eth"),
                "IPv4" => Some("ip"),
                "IPv6" => Some("ipv6"),
                "TCP" => Some("tcp"),
                "UDP" => Some("udp"),
                _ => None,
            };
            continue;
        }
        let Some(k) = kind else { continue };
        if !line.contains("<->") {
            continue;
        }
        let w: Vec<&str> = line.split_whitespace().collect();
        let mut i = 3;
        let mut pair = || {
            let frames: u64 = w[i].parse().unwrap();
            let value: u64 = w[i + 1].parse().unwrap();
            let unit = match w[i + 2] {
                "bytes" => 1,
                "kB" => 1000,
                "MB" => 1_000_000,
                u => panic!("unit {u}"),
            };
            i += 3;
            (frames, (value, unit))
        };
        // tshark's "<-" is B → A, "->" is A → B.
        let b_to_a = pair();
        let a_to_b = pair();
        let _total = pair();
        out.entry(k).or_default().push((
            w[0].to_string(),
            w[2].to_string(),
            [a_to_b, b_to_a],
            w[i].parse().unwrap(),
            w[i + 1].parse().unwrap(),
        ));
    }
    out
}

/// IPv6 address pairs that exchanged non-final fragments. tshark's IPv6
/// conversation tap runs only on the frame that completes a datagram, so
/// it counts IPv6 datagrams where it counts IPv4 fragments; osidump counts
/// every fragment frame on both (bytes that crossed the wire between the
/// two hosts). A difference on purpose: such pairs are not compared.
fn ipv6_fragment_pairs(path: &Path) -> Vec<(String, String)> {
    let mut v = Vec::new();
    each(path, |d| {
        if let Some(l) = d.layer("ipv6")
            && matches!(
                l.get_named("ipv6.fraghdr.more"),
                Some(osidump::dissect::Value::Bool(true)) | Some(osidump::dissect::Value::UInt(1))
            )
        {
            let a = l.get_named("ipv6.src").unwrap().to_string();
            let b = l.get_named("ipv6.dst").unwrap().to_string();
            v.push((a.clone(), b.clone()));
            v.push((b, a));
        }
    });
    v
}

fn size_matches(ours: u64, (value, unit): Size) -> bool {
    unit == 1 && ours == value
        || unit > 1 && (ours / unit == value || (ours + unit / 2) / unit == value)
}

/// Conversation tables known to differ from tshark's, with the reason; an
/// entry that agrees again fails the test (remove it then).
const CONV_KNOWN: &[(&str, &str, &str)] = &[(
    "snmp.pcap",
    "udp",
    "tshark's SNMP makes a conversation of its own on the first datagram of a \
     UDP conversation it reads, and -z conv,udp lists both (osidump gives the \
     split its own udp.stream, as tshark does, but its table keeps one row)",
)];

#[test]
fn conversations_agree_with_tshark_conv() {
    let mut compared = 0;
    for path in samples() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = golden(&format!("{name}.stats.conv.txt")).expect("conv golden");
        let theirs = parse_conv(&text);
        let report = stats_of(&path);
        let v6_frags = ipv6_fragment_pairs(&path);
        let kinds: Vec<&str> = report.conversations.iter().map(|t| t.kind).collect();
        for k in theirs.keys() {
            assert!(kinds.contains(k), "{name}: no {k} table");
        }
        for t in &report.conversations {
            let rows = theirs.get(t.kind).cloned().unwrap_or_default();
            if CONV_KNOWN.iter().any(|k| k.0 == name && k.1 == t.kind) {
                assert_ne!(
                    t.total,
                    rows.len(),
                    "{name}: {} agrees now: remove it from CONV_KNOWN",
                    t.kind
                );
                continue;
            }
            assert_eq!(t.total, rows.len(), "{name}: {} conversations", t.kind);
            for c in &t.conversations {
                let (a, b) = (stats::endpoint_text(&c.a), stats::endpoint_text(&c.b));
                let row = rows
                    .iter()
                    .find(|r| (r.0 == a && r.1 == b) || (r.0 == b && r.1 == a))
                    .unwrap_or_else(|| panic!("{name}: {} {a} <-> {b} not in tshark's", t.kind));
                if t.kind == "ipv6" && v6_frags.contains(&(a.clone(), b.clone())) {
                    continue;
                }
                let ours = [c.a_to_b, c.b_to_a];
                let want = if row.0 == a {
                    row.2
                } else {
                    [row.2[1], row.2[0]]
                };
                for (o, w) in ours.iter().zip(want) {
                    assert!(
                        o.packets == w.0 && size_matches(o.bytes, w.1),
                        "{name}: {} {a} <-> {b}: ours {ours:?}, tshark {want:?}",
                        t.kind
                    );
                }
                assert!((c.start - row.3).abs() < 1e-6, "{name}: start {a} <-> {b}");
                assert!(
                    (c.duration - row.4).abs() < 1e-4,
                    "{name}: duration {a} <-> {b}"
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 50, "{compared}");
}

// ───────────── follow vs tshark -z follow,tcp,raw,N ─────────────

fn follow_all(path: &Path, sel: Selector) -> (Follow, Vec<Chunk>, Vec<Message>) {
    let mut f = Follow::new(sel);
    let mut chunks = Vec::new();
    let mut msgs = Vec::new();
    let end = each(path, |d| f.add(d, &mut chunks, &mut msgs));
    f.finish(&end, &mut chunks, &mut msgs);
    (f, chunks, msgs)
}

fn follow_chunks(path: &Path, sel: Selector) -> (Follow, Vec<Chunk>) {
    let (f, chunks, _) = follow_all(path, sel);
    (f, chunks)
}

fn follow_goldens() -> Vec<(PathBuf, u64, String)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(root().join("tests/golden")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        let Some((sample, rest)) = name.split_once(".follow.") else {
            continue;
        };
        let n: u64 = rest.trim_end_matches(".txt").parse().unwrap();
        v.push((root().join("samples").join(sample), n, name));
    }
    v.sort();
    v
}

#[test]
fn follow_bytes_equal_tshark_follow_raw() {
    let goldens = follow_goldens();
    assert!(goldens.len() >= 13, "{}", goldens.len());
    for (path, n, name) in goldens {
        let text = golden(&name).unwrap();
        let want: Vec<(u8, String)> = text
            .lines()
            .skip_while(|l| !l.starts_with("Node 1:"))
            .skip(1)
            .take_while(|l| !l.starts_with('='))
            .map(|l| match l.strip_prefix('\t') {
                Some(h) => (1, h.to_string()),
                None => (0, l.to_string()),
            })
            .collect();
        let (f, chunks) = follow_chunks(&path, Selector::Index(n));
        let got: Vec<(u8, String)> = chunks
            .iter()
            .filter(|c| c.missing == 0)
            .map(|c| (c.dir, osidump::views::follow::hex(&c.data)))
            .collect();
        assert_eq!(got, want, "{name}");
        let node0 = text
            .lines()
            .find_map(|l| l.strip_prefix("Node 0: "))
            .unwrap();
        assert_eq!(f.nodes.unwrap().0.to_string(), node0, "{name}");
    }
}

#[test]
fn follow_raw_command_prints_tshark_output_byte_for_byte() {
    for (path, n, name) in follow_goldens() {
        let out = Command::cargo_bin("osidump")
            .unwrap()
            .args(["follow", "--show", "raw", "--stream", &n.to_string()])
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            golden(&name).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn follow_by_tuple_matches_follow_by_number() {
    let p = root().join("samples/web_visit.pcap");
    let (_, by_n) = follow_chunks(&p, Selector::Index(2));
    let (f, _) = follow_chunks(&p, Selector::Index(2));
    let (a, b) = f.nodes.unwrap();
    let sel: Selector = format!("{a},{b}").parse().unwrap();
    let (_, by_t) = follow_chunks(&p, sel);
    assert_eq!(by_n, by_t);
}

#[test]
fn follow_parsed_decodes_http_and_websocket() {
    let parsed = |file: &str, n: u64| {
        let (_, _, msgs) = follow_all(&root().join("samples").join(file), Selector::Index(n));
        msgs
    };
    // http.pcap stream 0: six GETs, the last answered with a chunked body.
    let m = parsed("http.pcap", 0);
    let http: Vec<&Message> = m
        .iter()
        .filter(|m| matches!(m, Message::Http { .. }))
        .collect();
    assert_eq!(http.len(), 12, "{m:#?}");
    assert!(m.iter().any(|m| matches!(m, Message::Http { chunked: true, body, incomplete: false, .. } if !body.is_empty())));
    assert!(m.iter().any(
        |m| matches!(m, Message::Http { body, .. } if body.len() == 20_000 || body.len() > 19_000)
    ));
    // websocket.pcap stream 1: permessage-deflate; messages inflate to text.
    let m = parsed("websocket.pcap", 1);
    assert!(m.iter().any(|m| matches!(m, Message::WebSocket { compressed: true, payload, .. } if payload == b"short text message")), "{m:#?}");
    assert!(m.iter().any(|m| matches!(m, Message::WebSocket { fragments: 4, payload, .. } if payload == b"fragment one, fragment two, fragment three")));
    assert!(m.iter().any(|m| matches!(
        m,
        Message::WebSocket {
            close_code: Some(1000),
            ..
        }
    )));
    // websocket.pcap stream 0: the 70000-byte binary message, whole.
    let m = parsed("websocket.pcap", 0);
    assert!(m.iter().any(
        |m| matches!(m, Message::WebSocket { opcode: 2, payload, .. } if payload.len() == 70_000)
    ));
    // dns.pcap: DNS over TCP.
    let m = parsed("dns.pcap", 0);
    assert!(
        m.iter()
            .any(|m| matches!(m, Message::Dns { response: true, .. })),
        "{m:#?}"
    );
}

// ───────────── sessions ─────────────

#[test]
fn web_visit_session_reads_like_the_seed() {
    let mut s = Sessions::new();
    each(&root().join("samples/web_visit.pcap"), |d| s.add(d));
    let r = s.report();
    assert_eq!(r.clients.len(), 2, "{r:#?}");
    // Frame 1: the server checks its link-local address is free before
    // using it (sent from ::, so known by its MAC only).
    let dad = &r.clients[0];
    assert!(dad.addresses.is_empty(), "{dad:#?}");
    assert_eq!(dad.mac.as_deref(), Some("02:99:00:00:00:02"));
    assert_eq!(dad.steps.len(), 1);
    assert_eq!((dad.steps[0].protocol, dad.steps[0].kind), ("NDP", "probe"));
    assert!(
        dad.steps[0]
            .text
            .starts_with("is fe80::99:ff:fe00:2 free? (duplicate address detection")
    );
    let c = &r.clients[1];
    assert_eq!(c.addresses, ["fd99::1", "10.99.0.1"]);
    let kinds: Vec<(&str, &str)> = c.steps.iter().map(|s| (s.protocol, s.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("ARP", "resolve"),
            ("DNS", "lookup"),
            ("NDP", "resolve"),
            ("TCP", "dial"),
            ("TLS", "handshake"),
            ("TLS", "talk"),
            ("TCP", "hang up"),
            ("DNS", "lookup"),
            ("TCP", "dial"),
            ("HTTP", "request"),
            ("TCP", "hang up"),
            ("DNS", "lookup"),
            ("TCP", "dial"),
            ("WebSocket", "upgrade"),
            ("WebSocket", "messages"),
            ("WebSocket", "cost"),
            ("WebSocket", "close"),
            ("TCP", "hang up"),
        ]
    );
    assert_eq!(
        c.steps[0].text,
        "who has 10.99.0.2? tell 10.99.0.1 → 10.99.0.2 is at 02:99:00:00:00:02 (16 µs)"
    );
    assert!(c.steps[1].text.contains("www.example.test") && c.steps[1].text.contains("fd99::2"));
    assert!(
        c.steps[2]
            .text
            .starts_with("who has fd99::2? tell fd99::1 → fd99::2 is at")
    );
    assert!(
        c.steps[4].text.contains("TLS 1.3") && c.steps[4].text.contains("SNI www.example.test")
    );
    assert!(
        c.steps[9]
            .text
            .contains("GET http://www.example.test/ → 200 OK")
    );
    assert!(c.steps[15].text.contains("frame header each"));
    assert!(c.steps[16].text.contains("close 1000"));
    // Resolution is L3; the TCP call's dial and hang-up L5, as the tree
    // tags the handshake.
    for st in &c.steps {
        let osi = match (st.protocol, st.kind) {
            ("ARP" | "NDP", _) => 3,
            ("TCP", _) => 5,
            ("TLS", "handshake") => 6,
            _ => 7,
        };
        assert_eq!(st.osi, osi, "{st:?}");
    }
    assert!(c.steps.windows(2).all(|w| w[0].t <= w[1].t));
}

#[test]
fn sessions_cap_counts_conversations_and_makes_room_from_finished_ones() {
    let path = root().join("samples/web_visit.pcap");
    let mut full = Sessions::new();
    let mut packets = 0u64;
    each(&path, |d| {
        full.add(d);
        packets += 1;
    });
    let n = full.conversations() as u64;
    assert!(n >= 6, "{n}");
    assert_eq!(full.report().dropped, 0);
    for cap in 1..=n + 1 {
        let mut s = Sessions::with_cap(cap as usize);
        each(&path, |d| s.add(d));
        let r = s.report();
        let kept = s.conversations() as u64;
        assert!(kept <= cap, "cap {cap}: {kept}");
        // Every conversation is either shown or counted once (not per packet).
        assert_eq!(kept + r.dropped, n, "cap {cap}");
        assert!(r.dropped < packets);
    }
    // Full of finished conversations, the last one still gets in: the
    // WebSocket visit at the end of the capture is shown.
    let mut s = Sessions::with_cap(1);
    each(&path, |d| s.add(d));
    let r = s.report();
    let steps: Vec<(&str, &str)> = r
        .clients
        .iter()
        .flat_map(|c| c.steps.iter().map(|s| (s.protocol, s.kind)))
        .collect();
    assert!(steps.contains(&("WebSocket", "close")), "{steps:?}");
    assert_eq!(r.dropped, n - 1);
}

#[test]
fn sessions_keep_each_capture_apart() {
    let path = root().join("samples/web_visit.pcap");
    let mut one = Sessions::new();
    each(&path, |d| one.add(d));
    let mut two = Sessions::new();
    each(&path, |d| two.add(d));
    two.next_capture();
    each(&path, |d| two.add(d));
    assert_eq!(two.conversations(), 2 * one.conversations());
    let steps = |s: &Sessions| -> usize { s.report().clients.iter().map(|c| c.steps.len()).sum() };
    assert_eq!(steps(&two), 2 * steps(&one));
}

// ───────────── no panic anywhere ─────────────

fn sweep(path: &Path) {
    let mut st = Stats::default();
    let mut se = Sessions::new();
    let mut follows: Vec<(Follow, Vec<Chunk>, Vec<Message>)> = (0..4)
        .map(|n| (Follow::new(Selector::Index(n)), Vec::new(), Vec::new()))
        .collect();
    let end = each(path, |d| {
        st.add(d);
        se.add(d);
        for (f, chunks, msgs) in follows.iter_mut() {
            f.add(d, chunks, msgs);
            chunks.clear();
        }
    });
    for (f, chunks, msgs) in follows.iter_mut() {
        f.finish(&end, chunks, msgs);
        serde_json::to_string(&msgs).unwrap();
    }
    serde_json::to_string(&st.report(SortKey::Packets, Some(5))).unwrap();
    serde_json::to_string(&st.report(SortKey::Duration, None)).unwrap();
    serde_json::to_string(&se.report()).unwrap();
}

#[test]
fn every_view_on_every_sample_and_the_corpus_without_panic() {
    let mut files = samples();
    if let Some(dir) = std::env::var_os("OSIDUMP_CORPUS") {
        let mut stack = vec![PathBuf::from(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_none_or(|e| e != "md") {
                    files.push(p);
                }
            }
        }
    }
    for f in &files {
        let r = std::panic::catch_unwind(|| sweep(f));
        assert!(r.is_ok(), "panic on {}", f.display());
    }
}

// ───────────── command line ─────────────

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("osidump")
        .unwrap()
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_view_runs_on_every_sample() {
    for p in samples() {
        let p = p.to_string_lossy().to_string();
        for args in [
            vec!["stats", &p],
            vec![
                "stats", "-T", "json", "--sort", "duration", "--top", "2", &p,
            ],
            vec!["sessions", &p],
            vec!["sessions", "-T", "json", &p],
            vec!["--lang", "ko", "sessions", &p],
        ] {
            run(&args);
        }
    }
    let v: serde_json::Value =
        serde_json::from_str(&run(&["stats", "-T", "json", "samples/web_visit.pcap"])).unwrap();
    assert_eq!(v["packets"], 65);
    assert_eq!(v["applications"]["tls_sni"][0][0], "www.example.test");
}

#[test]
fn display_filter_narrows_the_views() {
    let v: serde_json::Value = serde_json::from_str(&run(&[
        "stats",
        "-T",
        "json",
        "-Y",
        "dns",
        "samples/web_visit.pcap",
    ]))
    .unwrap();
    assert_eq!(v["packets"], 12);
}

#[test]
fn layers_table_in_english_and_korean() {
    let en = run(&["layers"]);
    assert!(en.contains("L7 Application") && en.contains("websocket"));
    let ko = run(&["--lang", "ko", "layers"]);
    for name in [
        "응용 계층",
        "표현 계층",
        "세션 계층",
        "전송 계층",
        "네트워크 계층",
        "데이터 링크 계층",
        "물리 계층",
    ] {
        assert!(ko.contains(name), "{name}");
    }
    let out = Command::cargo_bin("osidump")
        .unwrap()
        .env("LANG", "ko_KR.UTF-8")
        .env_remove("LC_ALL")
        .args(["dissect", "-c", "1", "--color", "never"])
        .arg(root().join("samples/dns.pcap"))
        .output()
        .unwrap();
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.contains("L7 응용 계층"), "{tree}");
    let json: serde_json::Value = serde_json::from_str(&run(&["layers", "-T", "json"])).unwrap();
    assert_eq!(json[0]["layer"], 7);
}

#[test]
fn completions_and_man_page_come_from_the_clap_definition() {
    let bash = run(&["completions", "bash"]);
    assert!(bash.contains("osidump") && bash.contains("sessions") && bash.contains("--lang"));
    run(&["completions", "zsh"]);
    run(&["completions", "fish"]);
    let man = run(&["man"]);
    assert!(
        man.starts_with(".ie") || man.contains(".TH"),
        "{}",
        &man[..200.min(man.len())]
    );
    // The main page names each command's page; each page documents its
    // options.
    assert!(man.contains("osidump\\-stats(1)"), "{man}");
    let follow = run(&["man", "follow"]);
    assert!(follow.contains(".TH osidump-follow 1") && follow.contains("\\-\\-stream"));
}

// ───────────── polling vs push ─────────────

/// `sessions` and `stats` on the polling sample: what was polled, how
/// often, and what polling and the WebSocket session cost on the wire —
/// every byte count recomputed from tshark's own fields (the golden
/// `tshark -T json` of the sample).
#[test]
fn polling_and_push_costs_match_tshark_bytes() {
    let name = "polling_vs_websocket.pcap";
    let frames: Vec<serde_json::Value> =
        serde_json::from_str(&golden(&format!("{name}.tshark.json")).unwrap()).unwrap();
    let one = |f: &serde_json::Value, k: &str| -> Option<u64> {
        f.get(k)?.get(0)?.as_str()?.parse().ok()
    };
    let text = |f: &serde_json::Value, k: &str| -> Option<String> {
        Some(f.get(k)?.get(0)?.as_str()?.to_string())
    };
    // Streams that asked for /updates, and the one that upgraded.
    let mut poll_streams = std::collections::BTreeSet::new();
    let mut ws_stream = None;
    for f in &frames {
        if let (Some(uri), Some(st)) = (text(f, "http.request.uri"), one(f, "tcp.stream")) {
            match uri.as_str() {
                "/updates" => {
                    poll_streams.insert(st);
                }
                "/live" => ws_stream = Some(st),
                _ => {}
            }
        }
    }
    let ws_stream = ws_stream.expect("the sample upgrades /live");
    let (mut wire, mut packets, mut news, mut client_payload, mut server_payload) = (0, 0, 0, 0, 0);
    let mut requests = 0;
    let (mut ws_open, mut ws_wire, mut ws_payload, mut ws_msgs, mut accepted) = (0, 0, 0, 0, false);
    for f in &frames {
        let Some(st) = one(f, "tcp.stream") else {
            continue;
        };
        let len = one(f, "frame.len").unwrap();
        let tcp_len = one(f, "tcp.len").unwrap_or(0);
        if poll_streams.contains(&st) {
            wire += len;
            packets += 1;
            news += one(f, "http.content_length").unwrap_or(0);
            if one(f, "tcp.dstport") == Some(8000) {
                client_payload += tcp_len;
            } else {
                server_payload += tcp_len;
            }
            requests += u64::from(text(f, "http.request.uri").is_some());
        } else if st == ws_stream {
            if accepted {
                ws_wire += len;
            } else {
                ws_open += len;
            }
            if one(f, "http.response.code") == Some(101) {
                accepted = true;
            }
            if let Some(op) = one(f, "websocket.opcode")
                && op <= 2
            {
                let n = one(f, "websocket.payload_length").unwrap();
                assert!(n < 126, "the sample's messages are short");
                ws_payload += n;
                ws_msgs += 1;
            }
        }
    }

    let mut s = Sessions::new();
    each(&root().join("samples").join(name), |d| s.add(d));
    let r = s.report();
    let p = &r.polling.polling;
    assert_eq!(p.len(), 1, "{p:#?}");
    let p = &p[0];
    assert_eq!((p.method.as_str(), p.path.as_str()), ("GET", "/updates"));
    assert_eq!(p.polls, requests);
    assert_eq!(p.polls, 15);
    assert_eq!(p.connections, poll_streams.len() as u64);
    assert_eq!(p.responses, 15);
    assert_eq!(p.with_news, 15);
    assert_eq!(p.news_bytes, news);
    assert_eq!(p.wire_bytes, wire);
    assert_eq!(p.wire_packets, packets);
    // Requests carry no body: every client byte is request header.
    assert_eq!(p.request_header_bytes, client_payload);
    assert_eq!(p.response_header_bytes, server_payload - news);
    assert!(!p.long_polling);
    assert!((0.19..0.25).contains(&p.interval), "{}", p.interval);
    assert_eq!(
        p.overhead_per_message,
        (wire - news) as f64 / 15.0,
        "overhead per news item"
    );

    let w = &r.polling.websocket;
    assert_eq!(w.len(), 1, "{w:#?}");
    let w = &w[0];
    assert!(w.accepted);
    assert_eq!(w.stream, ws_stream);
    assert_eq!(w.open_bytes, ws_open);
    assert_eq!(w.wire_bytes, ws_wire);
    assert_eq!(w.payload_bytes.iter().sum::<u64>(), ws_payload);
    assert_eq!(w.messages.iter().sum::<u64>(), ws_msgs);
    assert_eq!(w.messages, [0, 15]);
    // Server frames are unmasked with a 7-bit length: 2 bytes each.
    assert_eq!((w.frame_header_min, w.frame_header_max), (2, 2));

    // The text view folds the 14 alike polls and sets the two side by side.
    let c = &r.clients[0];
    let shown: Vec<&str> = c
        .steps
        .iter()
        .filter(|s| !s.folded)
        .map(|s| s.kind)
        .collect();
    assert_eq!(
        shown,
        [
            "polling", "cost", "dial", "request", "hang up", "dial", "upgrade", "messages", "cost",
            "close", "hang up", "compare"
        ]
    );
    assert_eq!(c.steps.iter().filter(|s| s.folded).count(), 14 * 3);
    let compare = &c.steps.last().unwrap().text;
    assert!(compare.contains("polling vs WebSocket"), "{compare}");

    // stats reports the same numbers.
    let mut st = Stats::default();
    each(&root().join("samples").join(name), |d| st.add(d));
    let sr = st.report(SortKey::Bytes, None);
    assert_eq!(sr.applications.polling.polling[0].wire_bytes, wire);
    assert_eq!(sr.applications.polling.websocket[0].wire_bytes, ws_wire);
}

/// A page fetching the same resource three times at once is a burst, not
/// polling (requests 1 ms apart); and no other sample polls.
#[test]
fn only_repeated_spaced_requests_are_polling() {
    let mut conv = common::TcpConv::open(40000, 80);
    for _ in 0..3 {
        conv.send(true, b"GET /a.png HTTP/1.1\r\nHost: x\r\n\r\n");
        conv.send(false, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi");
    }
    let pcap = common::pcapng_with("eth0", &conv.close());
    let out = Command::cargo_bin("osidump")
        .unwrap()
        .args(["sessions", "-T", "json", "-"])
        .write_stdin(pcap)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.matches("\"kind\":\"request\"").count(), 3, "{out}");
    assert!(!out.contains("polling"), "{out}");

    for p in samples() {
        let mut s = Sessions::new();
        each(&p, |d| s.add(d));
        let r = s.report();
        let polled = !r.polling.polling.is_empty();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        assert_eq!(polled, name == "polling_vs_websocket.pcap", "{name}");
    }
}
