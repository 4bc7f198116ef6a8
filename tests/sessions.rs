//! `osidump sessions` below and around the conversations: address
//! resolution (ARP, NDP) and ICMP (pings, errors) as L3 steps, checked
//! against what tshark saw in the same samples (`tests/golden/*.tshark.json`);
//! DNS outcomes besides answers (ICMP port unreachable, truncated replies,
//! long answers) on real captures and on small ones written here.

mod common;

use assert_cmd::Command;
use common::hostile::{self, Pcap};
use osidump::dissect::Dissector;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use osidump::views::sessions::{Report, Sessions, Step};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

fn sample(name: &str) -> PathBuf {
    common::samples_dir().join(name)
}

fn report_of(path: &Path) -> Report {
    let mut src = FileSource::open(path).expect("open");
    let mut d = Dissector::new().with_events(osidump::dissect::event::Events::All);
    let mut s = Sessions::new();
    while let Ok(Some(frame)) = src.next_frame() {
        s.add(&d.dissect(&frame));
    }
    s.report()
}

fn steps(r: &Report) -> Vec<&Step> {
    r.clients.iter().flat_map(|c| c.steps.iter()).collect()
}

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CLICOLOR_FORCE")
        .args(["--color", "never"])
        .args(args)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

/// tshark's packets of a sample (`tests/golden/NAME.tshark.json`): one
/// map of field → values per frame.
fn tshark_frames(name: &str) -> Vec<HashMap<String, Vec<String>>> {
    let text = std::fs::read_to_string(common::golden_dir().join(format!("{name}.tshark.json")))
        .expect("tshark golden");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .map(|p| {
            p.as_object()
                .expect("object")
                .iter()
                .map(|(k, v)| {
                    let vals = match v {
                        serde_json::Value::Array(a) => a
                            .iter()
                            .map(|x| x.as_str().unwrap_or_default().to_string())
                            .collect(),
                        x => vec![x.as_str().unwrap_or_default().to_string()],
                    };
                    (k.clone(), vals)
                })
                .collect()
        })
        .collect()
}

/// The first value of `field` in a frame, when it has one.
fn first<'a>(p: &'a HashMap<String, Vec<String>>, field: &str) -> Option<&'a str> {
    p.get(field).and_then(|v| v.first()).map(String::as_str)
}

/// `N sent, M answered` (or `N sent, no answer`) of a ping step.
fn sent_answered(text: &str) -> (u64, u64) {
    let (_, rest) = text.split_once(": ").expect("ping text");
    let sent: u64 = rest
        .split(" sent")
        .next()
        .and_then(|n| n.parse().ok())
        .expect("sent");
    let answered = rest
        .split(", ")
        .nth(1)
        .and_then(|s| s.strip_suffix(" answered").or(s.split(' ').next()))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    (sent, answered)
}

// ───────────── address resolution and pings vs tshark ─────────────

#[test]
fn pings_and_address_resolution_are_steps_counted_as_tshark_sees_them() {
    for name in [
        "vlan.pcap",
        "qinq.pcap",
        "icmp.pcap",
        "frag.pcap",
        "sll.pcap",
        "lo.pcap",
    ] {
        let r = report_of(&sample(name));
        let all = steps(&r);
        let tshark = tshark_frames(name);
        let count = |field: &str, values: &[&str]| {
            tshark
                .iter()
                .filter(|p| first(p, field).is_some_and(|v| values.contains(&v)))
                .count() as u64
        };
        // Echo requests and replies, IPv4 and IPv6, as tshark typed them.
        let requests = count("icmp.type", &["8"]) + count("icmpv6.type", &["128"]);
        let replies = count("icmp.type", &["0"]) + count("icmpv6.type", &["129"]);
        let pings: Vec<&&Step> = all.iter().filter(|s| s.kind == "ping").collect();
        let (sent, answered) = pings
            .iter()
            .map(|s| sent_answered(&s.text))
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        assert!(requests > 0, "{name}: no pings in the sample");
        assert_eq!((sent, answered), (requests, replies), "{name}: {pings:#?}");
        for p in &pings {
            assert_eq!(p.osi, 3, "{p:?}");
            assert!(matches!(p.protocol, "ICMP" | "ICMPv6"), "{p:?}");
        }
        // Each ARP or NDP question asked is one resolve step, answered as
        // tshark saw it answered.
        let arp_asks = count("arp.opcode", &["1"]);
        let ndp_asks = count("icmpv6.type", &["135"]);
        let resolved = |proto: &str| {
            all.iter()
                .filter(|s| s.protocol == proto && s.kind == "resolve")
                .count() as u64
        };
        assert_eq!(resolved("ARP") > 0, arp_asks > 0, "{name}: ARP");
        assert_eq!(resolved("NDP") > 0, ndp_asks > 0, "{name}: NDP");
        for s in all
            .iter()
            .filter(|s| matches!(s.protocol, "ARP" | "NDP") && s.kind == "resolve")
        {
            assert_eq!(s.osi, 3);
            assert!(s.text.contains(" is at "), "{name}: {s:?}");
        }
    }
}

#[test]
fn a_vlan_capture_with_pings_is_not_a_capture_without_conversations() {
    for name in ["vlan.pcap", "qinq.pcap"] {
        let text = run(&["sessions", &sample(name).to_string_lossy()]);
        assert!(!text.contains("no conversations"), "{text}");
        assert!(
            text.contains(
                "L3 ARP       who has 10.99.0.2? tell 10.99.0.1 → 10.99.0.2 is at 02:99:00:00:00:02"
            ),
            "{text}"
        );
        assert!(text.contains("L3 ICMP      ping 10.99.0.2: 2 sent, 2 answered"));
        assert!(text.contains("L3 ICMPv6    ping fd99::2: 2 sent, 2 answered"));
        // The IPv6 host is the same: its neighbour solicitation names the
        // MAC it sends from (the frames' own source MACs are multicast).
        assert!(
            text.starts_with("client 10.99.0.1 (fd99::1) [02:99:00:00:00:01]\n"),
            "{text}"
        );
    }
    // Nothing at all: said in a word.
    let none = run(&[
        "sessions",
        "-Y",
        "icmpv6.type == 143",
        &sample("web_visit.pcap").to_string_lossy(),
    ]);
    assert_eq!(none, "no conversations\n");
}

#[test]
fn pings_in_a_fragments_capture_say_they_went_in_pieces() {
    let r = report_of(&sample("frag.pcap"));
    let pings: Vec<&Step> = steps(&r).into_iter().filter(|s| s.kind == "ping").collect();
    let texts: Vec<&str> = pings.iter().map(|s| s.text.as_str()).collect();
    // tshark: ip.len 1500 + 1500 + 48 reassembled to 3008 bytes (ICMP
    // header and payload 3008 − 20 − 8 = 2980 bytes of data).
    assert_eq!(
        texts,
        [
            "ping 10.99.0.2 (3008-byte datagrams in 3 fragments): 2 sent, 2 answered, RTT min/avg/max 13 µs / 13 µs / 13 µs",
            "ping fd99::2 (3008-byte datagrams in 3 fragments): 2 sent, 2 answered, RTT min/avg/max 13 µs / 14 µs / 15 µs",
        ]
    );
    // The UDP datagram to a closed port: its ICMP error under it.
    let all = steps(&r);
    let udp = all
        .iter()
        .position(|s| s.protocol == "UDP")
        .expect("udp step");
    let err = all[udp + 1];
    assert_eq!(
        (err.protocol, err.kind, err.depth, err.osi),
        ("ICMP", "error", 1, 3)
    );
    assert_eq!(err.text, "port unreachable (ICMP from 10.99.0.2)");
    assert_eq!(err.conversation, all[udp].conversation);
}

// ───────────── DNS outcomes ─────────────

#[test]
fn a_dns_query_refused_by_icmp_says_so() {
    let r = report_of(&sample("icmp.pcap"));
    let dns: Vec<&Step> = steps(&r)
        .into_iter()
        .filter(|s| s.protocol == "DNS")
        .collect();
    let texts: Vec<&str> = dns.iter().map(|s| s.text.as_str()).collect();
    // tshark: frame 15 is ICMP type 3 code 3 from 10.99.0.2 quoting the
    // query of frame 14, 30 µs later; frame 17 ICMPv6 type 1 code 4.
    let tshark = tshark_frames("icmp.pcap");
    let t = |n: usize| {
        first(&tshark[n - 1], "frame.time_epoch")
            .expect("time")
            .to_string()
    };
    assert_eq!(
        (
            first(&tshark[14], "icmp.type"),
            first(&tshark[14], "icmp.code")
        ),
        (Some("3"), Some("3"))
    );
    assert_eq!(
        (t(14), t(15)),
        ("1795519057.779746000".into(), "1795519057.779776000".into())
    );
    assert_eq!(
        texts,
        [
            "www.example.test A → port unreachable (ICMP from 10.99.0.2, 30 µs)",
            "www.example.test AAAA → port unreachable (ICMPv6 from fd99::2, 26 µs)",
        ]
    );
    assert!(texts.iter().all(|t| !t.contains("no answer")));
    for s in &dns {
        assert!(s.duration.is_some_and(|d| d > 0.0), "{s:?}");
    }
    // The error told in the lookup is not repeated as a step of its own.
    assert!(steps(&r).iter().all(|s| s.kind != "error"));
}

/// A DNS message: `id`, `flags`, one question `name`/`qtype`, then
/// `answers` (already encoded records).
fn dns_message(id: u16, flags: u16, name: &str, qtype: u16, answers: &[Vec<u8>]) -> Vec<u8> {
    let mut m = Vec::new();
    m.extend_from_slice(&id.to_be_bytes());
    m.extend_from_slice(&flags.to_be_bytes());
    m.extend_from_slice(&1u16.to_be_bytes());
    m.extend_from_slice(&(answers.len() as u16).to_be_bytes());
    m.extend_from_slice(&[0, 0, 0, 0]);
    for label in name.split('.') {
        m.push(label.len() as u8);
        m.extend_from_slice(label.as_bytes());
    }
    m.push(0);
    m.extend_from_slice(&qtype.to_be_bytes());
    m.extend_from_slice(&1u16.to_be_bytes());
    for a in answers {
        m.extend_from_slice(a);
    }
    m
}

/// A TXT record for the question's name (compressed pointer) whose text
/// is `strings`.
fn txt_record(strings: &[String]) -> Vec<u8> {
    let mut rdata = Vec::new();
    for s in strings {
        rdata.push(s.len() as u8);
        rdata.extend_from_slice(s.as_bytes());
    }
    let mut r = vec![0xc0, 0x0c, 0, 16, 0, 1, 0, 0, 0x0e, 0x10];
    r.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
    r.extend_from_slice(&rdata);
    r
}

/// UDP from 10.99.0.1:`sport` to 10.99.0.2:53 (or back, `reply`).
fn dns_udp(sport: u16, reply: bool, msg: &[u8]) -> Vec<u8> {
    let (a, b, sp, dp) = if reply {
        ([10, 99, 0, 2], [10, 99, 0, 1], 53, sport)
    } else {
        ([10, 99, 0, 1], [10, 99, 0, 2], sport, 53)
    };
    let mut u = Vec::new();
    u.extend_from_slice(&sp.to_be_bytes());
    u.extend_from_slice(&dp.to_be_bytes());
    u.extend_from_slice(&((8 + msg.len()) as u16).to_be_bytes());
    u.extend_from_slice(&[0, 0]);
    u.extend_from_slice(msg);
    common::ipv4_frame(a, b, 17, &u)
}

/// A pcap of `frames` a millisecond apart, each `(bytes, captured)`: a
/// frame captured shorter than it was is cut at `captured` bytes.
fn pcap_cut(frames: &[(Vec<u8>, usize)]) -> Vec<u8> {
    let mut out = Vec::new();
    for v in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 262_144, 1] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for (i, (f, caplen)) in frames.iter().enumerate() {
        let caplen = (*caplen).min(f.len());
        out.extend_from_slice(&1_700_000_000u32.to_le_bytes());
        out.extend_from_slice(&(1000 * i as u32).to_le_bytes());
        out.extend_from_slice(&(caplen as u32).to_le_bytes());
        out.extend_from_slice(&(f.len() as u32).to_le_bytes());
        out.extend_from_slice(&f[..caplen]);
    }
    out
}

fn sessions_of(pcap: &[u8], json: bool) -> String {
    let mut f = tempfile::NamedTempFile::new().expect("temp");
    f.write_all(pcap).expect("write");
    let path = f.path().to_string_lossy().to_string();
    if json {
        run(&["sessions", "-T", "json", &path])
    } else {
        run(&["sessions", &path])
    }
}

/// The steps of `sessions -T json` (one client per line).
fn json_steps(json: &str) -> Vec<serde_json::Value> {
    json.lines()
        .flat_map(|line| {
            let c: serde_json::Value = serde_json::from_str(line).expect("json");
            c["steps"].as_array().expect("steps").clone()
        })
        .collect()
}

#[test]
fn a_long_txt_answer_is_cut_in_the_text_view_and_whole_in_json() {
    // A DKIM-like key of 2,000 characters in eight strings of 250.
    let key: String = (0..2000)
        .map(|i| {
            char::from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[i % 64])
        })
        .collect();
    let strings: Vec<String> = key
        .as_bytes()
        .chunks(250)
        .map(|c| String::from_utf8(c.to_vec()).expect("ascii"))
        .collect();
    let name = "sel._domainkey.example.test";
    let q = dns_message(0x4242, 0x0100, name, 16, &[]);
    let a = dns_message(0x4242, 0x8180, name, 16, &[txt_record(&strings)]);
    let pcap = pcap_cut(&[
        (dns_udp(40000, false, &q), 9999),
        (dns_udp(40000, true, &a), 9999),
    ]);
    let text = sessions_of(&pcap, false);
    let line = text
        .lines()
        .find(|l| l.contains("L7 DNS"))
        .unwrap_or_else(|| panic!("{text}"));
    // Eight strings, ", " between: 2,000 + 7 × 2 characters.
    let shown: String = strings.join(", ").chars().take(80).collect();
    assert!(
        line.contains(&format!("{name} TXT → {shown}… (2014 characters) (")),
        "{line}"
    );
    assert!(line.chars().count() < 250, "{line}");
    let json = json_steps(&sessions_of(&pcap, true));
    let whole = json[0]["text"].as_str().expect("text");
    assert!(whole.contains(&strings.join(", ")), "{whole}");
}

#[test]
fn a_truncated_dns_reply_is_not_an_empty_one() {
    let name = "big.example.test";
    let q = dns_message(7, 0x0100, name, 1, &[]);
    // TC set, no records: the answer did not fit.
    let tc = dns_message(7, 0x8380, name, 1, &[]);
    let pcap = pcap_cut(&[
        (dns_udp(40001, false, &q), 9999),
        (dns_udp(40001, true, &tc), 9999),
    ]);
    let text = sessions_of(&pcap, false);
    assert!(
        text.contains("big.example.test A → truncated (TC), not retried over TCP in the capture ("),
        "{text}"
    );
    assert!(!text.contains("no records"), "{text}");

    // The same, then the question again over TCP (length-prefixed).
    let mut tcp = common::TcpConv::open(40002, 53);
    let mut framed = (q.len() as u16).to_be_bytes().to_vec();
    framed.extend_from_slice(&q);
    let rec = [10, 99, 0, 2];
    let full = dns_message(
        7,
        0x8180,
        name,
        1,
        &[[&[0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4][..], &rec[..]].concat()],
    );
    let mut framed_answer = (full.len() as u16).to_be_bytes().to_vec();
    framed_answer.extend_from_slice(&full);
    tcp.send(true, &framed).send(false, &framed_answer);
    let mut frames = vec![
        (dns_udp(40001, false, &q), 9999),
        (dns_udp(40001, true, &tc), 9999),
    ];
    frames.extend(tcp.close().into_iter().map(|f| (f, 9999)));
    let text = sessions_of(&pcap_cut(&frames), false);
    assert!(
        text.contains("big.example.test A → truncated (TC), retried over TCP ("),
        "{text}"
    );
    assert!(text.contains("big.example.test A → 10.99.0.2 ("), "{text}");

    // A reply cut by the snap length before its records.
    let a = dns_message(
        8,
        0x8180,
        name,
        1,
        &[[&[0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4][..], &rec[..]].concat()],
    );
    let q8 = dns_message(8, 0x0100, name, 1, &[]);
    let reply = dns_udp(40003, true, &a);
    let cut_at = reply.len() - 10;
    let text = sessions_of(
        &pcap_cut(&[(dns_udp(40003, false, &q8), 9999), (reply, cut_at)]),
        false,
    );
    assert!(
        text.contains("big.example.test A → reply truncated ("),
        "{text}"
    );
    assert!(
        !text.contains("no records") && !text.contains("no answer"),
        "{text}"
    );
}

#[test]
fn a_dns_reply_with_the_tc_bit_in_the_corpus_reads_truncated() {
    let Some(dir) = std::env::var_os("OSIDUMP_CORPUS") else {
        return;
    };
    // tshark: one malformed response with the TC flag set.
    let path = PathBuf::from(dir).join("tcpdump/dns-badlabel.pcap");
    let text = run(&["sessions", &path.to_string_lossy()]);
    assert!(
        text.contains("truncated (TC), not retried over TCP in the capture · reply malformed"),
        "{text}"
    );
}

// ───────────── TCP refused by ICMP ─────────────

fn icmp_error(from: [u8; 4], to: [u8; 4], code: u8, quoted: &[u8]) -> Vec<u8> {
    let mut m = vec![3, code, 0, 0, 0, 0, 0, 0];
    m.extend_from_slice(quoted);
    let c = hostile::csum(&m);
    m[2..4].copy_from_slice(&c.to_be_bytes());
    hostile::ipv4(from, to, 1, 9, 0, &m)
}

#[test]
fn a_dial_refused_by_icmp_says_so_at_l5() {
    let client = hostile::Side {
        addr: [10, 99, 0, 1],
        port: 40100,
        seq: 1,
    };
    let server = hostile::Side {
        addr: [10, 99, 0, 2],
        port: 8080,
        seq: 1,
    };
    let syn = hostile::tcp(&client, &server, 1, hostile::SYN, b"");
    // The quoted datagram: the SYN's IP header and first 8 bytes of TCP.
    let quoted = syn[14..14 + 28].to_vec();
    let err = icmp_error([10, 99, 0, 254], client.addr, 1, &quoted);
    let pcap = hostile::in_memory(|p: &mut Pcap<Vec<u8>>| {
        p.frame(&syn)?;
        p.frame(&err)
    });
    let text = sessions_of(&pcap, false);
    assert!(
        text.contains(
            "L5 TCP       dial 10.99.0.2:8080 from port 40100 (SYN) · host unreachable (ICMP from 10.99.0.254, 1.0 ms)"
        ),
        "{text}"
    );
    // Nothing after a call that never began.
    assert!(
        !text.contains("hang up") && !text.contains("still open"),
        "{text}"
    );
}

// ───────────── bounded ─────────────

/// An ARP request from 10.0.0.1 (02:00:00:00:00:01) for `target`.
fn arp_request(target: [u8; 4]) -> Vec<u8> {
    let mut f = vec![0xff; 6];
    f.extend_from_slice(&[2, 0, 0, 0, 0, 1, 0x08, 0x06]);
    f.extend_from_slice(&[0, 1, 0x08, 0, 6, 4, 0, 1]);
    f.extend_from_slice(&[2, 0, 0, 0, 0, 1, 10, 0, 0, 1]);
    f.extend_from_slice(&[0; 6]);
    f.extend_from_slice(&target);
    f
}

/// An echo request from 10.0.0.1 to 10.0.0.2 with identifier `ident`.
fn echo_request(ident: u16) -> Vec<u8> {
    let mut m = vec![8, 0, 0, 0];
    m.extend_from_slice(&ident.to_be_bytes());
    m.extend_from_slice(&1u16.to_be_bytes());
    m.extend_from_slice(b"abcdefgh");
    let c = hostile::csum(&m);
    m[2..4].copy_from_slice(&c.to_be_bytes());
    hostile::ipv4([10, 0, 0, 1], [10, 0, 0, 2], 1, ident, 0, &m)
}

#[test]
fn address_resolution_and_pings_are_capped_and_the_rest_counted() {
    use osidump::views::sessions::{MAX_PINGS, MAX_RESOLUTIONS};
    let extra = 300;
    let pcap = hostile::in_memory(|p: &mut Pcap<Vec<u8>>| {
        for i in 0..(MAX_RESOLUTIONS + extra) as u32 {
            p.frame(&arp_request([10, 1, (i >> 8) as u8, i as u8]))?;
            // Each question twice: folded into one step, counted once.
            p.frame(&arp_request([10, 1, (i >> 8) as u8, i as u8]))?;
        }
        for i in 0..(MAX_PINGS + extra) as u16 {
            p.frame(&echo_request(i))?;
        }
        Ok(())
    });
    let mut f = tempfile::NamedTempFile::new().expect("temp");
    f.write_all(&pcap).expect("write");
    let mut src = FileSource::open(f.path()).expect("open");
    let mut d = Dissector::new().with_events(osidump::dissect::event::Events::All);
    let mut s = Sessions::new();
    while let Ok(Some(frame)) = src.next_frame() {
        s.add(&d.dissect(&frame));
    }
    assert_eq!(s.l3_records(), MAX_RESOLUTIONS + MAX_PINGS);
    let r = s.report();
    // Per message: each question not kept was asked twice.
    assert_eq!(r.dropped_l3, 3 * extra as u64);
    let all = steps(&r);
    assert_eq!(all.len(), MAX_RESOLUTIONS + MAX_PINGS);
    let first = all.iter().find(|s| s.protocol == "ARP").expect("arp");
    assert_eq!(first.text, "who has 10.1.0.0? tell 10.0.0.1 ×2 → no answer");
    let text = run(&["sessions", &f.path().to_string_lossy()]);
    assert!(
        text.ends_with("\n(900 ARP, NDP or ICMP messages over the caps not shown)\n"),
        "{}",
        &text[text.len().saturating_sub(300)..]
    );
}

// ───────────── Korean ─────────────

/// English words a Korean `sessions` or `stats` may print: protocol and
/// message names, DNS and HTTP codes, units, the tshark command a section
/// is compared with, and what came off the wire in the samples (HTTP
/// reason phrases, WebSocket close names, TXT strings of dns.pcap).
const KOREAN_ALLOWED: &[&str] = &[
    // Protocols, as the registry names them and as steps label them.
    "ARP",
    "NDP",
    "ICMP",
    "ICMPv6",
    "DNS",
    "TCP",
    "UDP",
    "HTTP",
    "TLS",
    "QUIC",
    "WebSocket",
    "IP",
    "MAC",
    "arp",
    "dhcp",
    "dns",
    "eth",
    "erspan",
    "frame",
    "geneve",
    "gre",
    "mpls",
    "ntp",
    "syslog",
    "vrrp",
    "dtls",
    "bgp",
    "ospf",
    "teredo",
    "vxlan",
    "http",
    "icmp",
    "icmpv6",
    "igmp",
    "llc",
    "lldp",
    "cdp",
    "chdlc",
    "slarp",
    "nflog",
    "fddi",
    "ssh",
    "smtp",
    "imf",
    "ftp",
    "ftp-data",
    "data-text-lines",
    "snmp",
    "stp",
    "ip",
    "ipv6",
    "quic",
    "session",
    "sll",
    "tcp",
    "tls",
    "udp",
    "vlan",
    "websocket",
    "data",
    "OSI",
    // Messages, flags, fields and their names on the wire.
    "SYN",
    "ACK",
    "FIN",
    "RST",
    "SYN-ACK",
    "TC",
    "RTT",
    "MTU",
    "TTL",
    "SNI",
    "ALPN",
    "JA3",
    "JA4",
    "JA3S",
    "ServerHello",
    "Initial",
    "Handshake",
    "CONNECTION_CLOSE",
    "permessage-deflate",
    "keep-alive",
    "A",
    "B",
    "AAAA",
    "MX",
    "TXT",
    "SRV",
    "CNAME",
    "NS",
    "SOA",
    "CAA",
    "ANY",
    "PTR",
    "NOERROR",
    "FORMERR",
    "SERVFAIL",
    "NXDOMAIN",
    "NOTIMP",
    "REFUSED",
    "GET",
    "POST",
    "OK",
    "Not",
    "Found",
    "Switching",
    "Protocols",
    // samples/proxy.pcap's CONNECTs and the proxy's reason phrases.
    "CONNECT",
    "Connection",
    "established",
    "Proxy",
    "Authentication",
    "Required",
    "Tunnel",
    "Created",
    "Forbidden",
    "Normal",
    "Closure",
    // TXT strings answered in samples/dns.pcap.
    "v",
    "mx",
    "-all",
    "hello",
    "from",
    "dnsmasq",
    "second",
    "string",
    // Units.
    "KiB",
    "MiB",
    "GiB",
    "µs",
    "ms",
    "s",
    // Commands named in the text.
    "tshark",
    "phs",
    "-z",
    "io",
    "-T",
    "json",
];

/// The English words of `text` not in [`KOREAN_ALLOWED`]: runs of ASCII
/// letters in tokens that are not addresses, names or numbers.
fn untranslated(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tok in text.split(|c: char| c.is_whitespace() || "()[],·→←↔;=+×…\"'<>|".contains(c))
    {
        let tok = tok.trim_end_matches(':');
        // Addresses, domain names, URIs, numbers, sizes, ciphers.
        if tok.is_empty()
            || tok
                .chars()
                .any(|c| c.is_ascii_digit() || "./:_@%?&".contains(c))
        {
            continue;
        }
        // The ASCII-letter part before a Korean particle (`TCP로`).
        let ascii: String = tok
            .chars()
            .take_while(|c| c.is_ascii_alphabetic() || *c == '-' || *c == 'µ')
            .collect();
        if ascii.is_empty() || ascii == "-" || KOREAN_ALLOWED.contains(&ascii.as_str()) {
            continue;
        }
        out.push(ascii);
    }
    out
}

/// `stats` without the rows of its expert table: each row quotes an
/// expert item as tshark words it (`_ws.expert.group`'s value name and
/// `_ws.expert.message`, field values like an HTTP reason phrase); the
/// table's headings stay in the text that is checked.
fn without_expert_rows(text: &str) -> String {
    let mut out = String::new();
    let mut in_expert = false;
    for line in text.lines() {
        if line == "전문가 정보" {
            in_expert = true;
        } else if !line.starts_with(' ') {
            in_expert = false;
        }
        let row = line
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
        if in_expert && row {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn korean_sessions_and_stats_print_no_untranslated_english() {
    // The check itself catches an English phrase.
    assert_eq!(
        untranslated("  +0.000s  L5 세션 계층  TCP  dial 10.99.0.2:80 from port 1 (SYN) 연결됨"),
        ["dial", "port"].map(String::from)
    );
    let mut seen = 0;
    for p in common::samples() {
        let p = p.to_string_lossy().to_string();
        for view in ["sessions", "stats"] {
            let text = run(&["--lang", "ko", view, &p]);
            let english = untranslated(&without_expert_rows(&text));
            assert!(
                english.is_empty(),
                "{view} {p}: untranslated {english:?} in:\n{text}"
            );
            seen += text.lines().count();
        }
    }
    assert!(seen > 500, "{seen} lines");
    // JSON stays English whatever the language.
    let json = run(&[
        "--lang",
        "ko",
        "sessions",
        "-T",
        "json",
        &sample("http.pcap").to_string_lossy(),
    ]);
    assert!(
        json.contains("\"text\":\"dial 10.99.0.2:80 from port 34488 (SYN)"),
        "{json}"
    );
}

/// Display columns of `s` (a Hangul syllable takes two).
fn columns(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// The display column where each whitespace-separated word of `line` ends.
fn word_ends(line: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut col = 0;
    let mut in_word = false;
    for c in line.chars() {
        if c == ' ' {
            if in_word {
                ends.push(col);
            }
            in_word = false;
        } else {
            in_word = true;
        }
        col += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    if in_word {
        ends.push(col);
    }
    ends
}

/// Where each of `labels` ends in `header`, found left to right.
fn label_ends(header: &str, labels: &[&str]) -> Vec<usize> {
    let mut from = 0;
    labels
        .iter()
        .map(|l| {
            let at = from
                + header[from..]
                    .find(l)
                    .unwrap_or_else(|| panic!("{l} in {header}"));
            from = at + l.len();
            columns(&header[..from])
        })
        .collect()
}

#[test]
fn korean_stats_headings_line_up_with_their_columns() {
    // Each table: how its heading is told, its right-aligned column
    // headings, and where its rows stop.
    type Table = (fn(&str) -> bool, &'static [&'static str], fn(&str) -> bool);
    let tables: [Table; 3] = [
        (
            |l| l.trim_start().starts_with("패킷"),
            &["패킷", "바이트", "비율"],
            |l| l.is_empty(),
        ),
        (
            |l| l.contains("A→B 패킷"),
            &[
                "A→B 패킷",
                "바이트",
                "B→A 패킷",
                "바이트",
                "시작",
                "지속 시간",
            ],
            |l| l.starts_with("  종단점") || !l.starts_with("  "),
        ),
        (
            |l| l.trim_start().starts_with("빈도"),
            &["빈도", "그룹", "프로토콜"],
            |l| !l.trim_start().starts_with(|c: char| c.is_ascii_digit()),
        ),
    ];
    let mut rows = 0;
    for p in common::samples() {
        let p = p.to_string_lossy().to_string();
        for model in ["osi", "tcpip"] {
            let text = run(&["--lang", "ko", "--model", model, "stats", &p]);
            let lines: Vec<&str> = text.lines().collect();
            for (i, l) in lines.iter().enumerate() {
                for (is_header, labels, ends) in &tables {
                    if !is_header(l) {
                        continue;
                    }
                    let want = label_ends(l, labels);
                    for row in lines[i + 1..].iter().take_while(|r| !ends(r)) {
                        let got = word_ends(row);
                        for e in &want {
                            assert!(
                                got.contains(e),
                                "{p}: heading ends at column {e}, no column of the row does:\n{l}\n{row}"
                            );
                        }
                        rows += 1;
                    }
                }
            }
        }
    }
    assert!(rows > 200, "{rows} rows");
}

/// The report that uses the aggregator up (what `osidump sessions` prints,
/// freeing each record once told) is the report made from a borrowed one.
#[test]
fn a_report_that_uses_the_aggregator_up_is_the_same_report() {
    for name in [
        "web_visit.pcap",
        "polling_vs_websocket.pcap",
        "icmp.pcap",
        "dns.pcap",
    ] {
        let mut src = FileSource::open(&sample(name)).expect("open");
        let mut d = Dissector::new().with_events(osidump::dissect::event::Events::All);
        let mut s = Sessions::new();
        while let Ok(Some(frame)) = src.next_frame() {
            s.add(&d.dissect(&frame));
        }
        let borrowed = serde_json::to_string(&s.report()).expect("json");
        let owned = serde_json::to_string(&s.into_report()).expect("json");
        assert!(borrowed.contains("\"steps\""), "{name}: no steps");
        assert_eq!(borrowed, owned, "{name}");
    }
}

#[test]
fn conversations_the_memory_budget_turns_away_are_said_so() {
    // Open conversations (a handshake each, never finished) under the
    // count cap but past the view's memory budget: the report says which
    // of the two turned them away.
    let n = 90_000;
    assert!(n < osidump::views::sessions::MAX_CONVERSATIONS);
    let pcap = hostile::in_memory(|p: &mut Pcap<Vec<u8>>| {
        for i in 0..n as u32 {
            hostile::connect(p, i, 443)?;
        }
        Ok(())
    });
    let mut f = tempfile::NamedTempFile::new().expect("temp");
    f.write_all(&pcap).expect("write");
    let r = report_of(f.path());
    assert!(r.dropped > 0);
    assert_eq!(r.dropped, r.dropped_over_budget);
    let text = run(&["sessions", &f.path().to_string_lossy()]);
    assert!(
        text.contains("over the memory budget of 12 MiB not shown"),
        "{text}"
    );
    assert!(!text.contains("over the cap"), "{text}");
}
