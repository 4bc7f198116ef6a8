//! `osidump report` and `sessions --format svg`.
//!
//! - Goldens of the ladder's structure for every sample: lanes, bands (the
//!   step, its conversation, the `sessions` line), arrows in order (frame,
//!   step, from → to lane, label), folds — read back from the SVG, in
//!   `tests/golden/<sample>.ladder.txt`; and web_visit's SVG whole.
//!   Regenerate with `UPDATE_GOLDEN=1 cargo test --test report`.
//! - The page: one self-contained file (nothing fetched), a packet's data
//!   for every arrow, wire text escaped, `--lang ko`, `-Y`, `-c`, limits.
//! - A real browser: headless Chromium opens the web visit's page, whose
//!   `#selftest` clicks every arrow and a folded band and writes what the
//!   page showed into the DOM (`--dump-dom`); a screenshot is saved as
//!   `target/report-web_visit.png`. Without Chromium the test says why and
//!   passes, unless `CI` is set: there it fails.

mod common;

use assert_cmd::Command;
use common::hostile::{self, ACK, FIN, Pcap, connect, send};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn osidump(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("osidump")
        .expect("binary")
        .env_remove("CLICOLOR_FORCE")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .output()
        .expect("run osidump")
}

fn stdout_of(args: &[&str]) -> String {
    let out = osidump(args);
    assert!(
        out.status.success(),
        "osidump {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

fn sample(name: &str) -> String {
    common::samples_dir()
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn check_golden(name: &str, actual: &str) {
    let path = common::golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing {}; create it with UPDATE_GOLDEN=1 cargo test --test report",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        let cut = |l: Option<&str>| l.map(|l| l.chars().take(400).collect::<String>());
        panic!(
            "{name} differs from the golden at line {}:\n  expected: {:?}\n  actual:   {:?}",
            first + 1,
            cut(expected.lines().nth(first)),
            cut(actual.lines().nth(first))
        );
    }
}

// ───────────────────────── reading our own SVG back ─────────────────────────

/// An element's start tag: its name and attributes.
#[derive(Debug)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    /// Offset just past the tag.
    end: usize,
}

impl Tag {
    fn get(&self, k: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }
    fn class(&self) -> &str {
        self.get("class").unwrap_or("")
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every start tag of `s`, in order (our output: double-quoted attributes).
fn tags(s: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = s[at..].find('<') {
        let start = at + i + 1;
        let Some(len) = s[start..].find('>') else {
            break;
        };
        let body = &s[start..start + len];
        at = start + len + 1;
        if body.starts_with('/') || body.starts_with('!') || body.starts_with('?') {
            continue;
        }
        let body = body.trim_end_matches('/');
        let name_end = body.find([' ', '\n']).unwrap_or(body.len());
        let mut attrs = Vec::new();
        let mut rest = &body[name_end..];
        while let Some(eq) = rest.find("=\"") {
            let key = rest[..eq].trim().to_string();
            let v = &rest[eq + 2..];
            let close = v.find('"').expect("closing quote");
            attrs.push((key, unescape(&v[..close])));
            rest = &v[close + 1..];
        }
        out.push(Tag {
            name: body[..name_end].to_string(),
            attrs,
            end: at,
        });
    }
    out
}

/// The text of the `<title>` right after a tag (an element's tooltip).
fn title_after(s: &str, t: &Tag) -> String {
    let rest = &s[t.end..];
    match rest.strip_prefix("<title>") {
        Some(r) => unescape(&r[..r.find("</title>").expect("title ends")]),
        None => String::new(),
    }
}

/// The text content of the element starting at `t` (tags dropped).
fn text_after(s: &str, t: &Tag, until: &str) -> String {
    let rest = &s[t.end..];
    let rest = &rest[..rest.find(until).unwrap_or(rest.len())];
    let mut out = String::new();
    let mut in_tag = false;
    for c in rest.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out)
}

/// The ladder as text: lanes, then each band and its arrows in order.
fn outline(svg: &str) -> String {
    let mut o = String::new();
    let ts = tags(svg);
    for t in &ts {
        let c = t.class();
        if t.name == "g" && c == "lane" {
            let tip = title_after(svg, t).replace('\n', " | ");
            o.push_str(&format!(
                "lane {}: {tip}\n",
                t.get("data-lane").unwrap_or("?")
            ));
        } else if t.name == "g" && c == "row capture" {
            o.push_str(&format!("=== {}\n", text_after(svg, t, "</g>")));
        } else if t.name == "g" && c == "row head" {
            o.push_str(&format!(
                "[{}] {} — {}\n",
                t.get("data-conv").unwrap_or(""),
                t.get("data-stage").unwrap_or(""),
                title_after(svg, t)
            ));
        } else if t.name == "g" && c.starts_with("row pkt") {
            let tip = title_after(svg, t);
            let label = tip.lines().next().unwrap_or("");
            o.push_str(&format!(
                "  {}→{} {}{} {label}\n",
                t.get("data-from").unwrap_or("?"),
                t.get("data-to").unwrap_or("?"),
                t.get("data-step").unwrap_or("?"),
                if c.contains("folded") {
                    " (folded)"
                } else {
                    ""
                },
            ));
        } else if t.name == "g" && c == "row fold" {
            o.push_str(&format!(
                "  ⋯ fold {}: {}\n",
                t.get("data-n").unwrap_or("?"),
                text_after(svg, t, "</g>")
            ));
        }
    }
    o
}

/// Well-formed XML as far as our writer goes: tags balance, attributes are
/// quoted, `&` starts an entity, no control characters.
fn assert_well_formed(s: &str) {
    for (i, c) in s.char_indices() {
        assert!(
            !(c.is_control() && c != '\n' && c != '\t') && c != '\u{fffe}' && c != '\u{ffff}',
            "control character {c:?} at {i}"
        );
    }
    let mut stack: Vec<String> = Vec::new();
    let mut at = 0;
    while let Some(i) = s[at..].find(['<', '&']) {
        let p = at + i;
        if s[p..].starts_with('&') {
            let end = s[p..].find(';').expect("entity ends");
            let name = &s[p + 1..p + end];
            assert!(
                matches!(name, "amp" | "lt" | "gt" | "quot" | "#39" | "#10"),
                "bad entity &{name}; at {p}"
            );
            at = p + end + 1;
            continue;
        }
        let len = s[p..].find('>').expect("tag ends");
        let body = &s[p + 1..p + len];
        at = p + len + 1;
        assert!(!body.contains('<'), "'<' inside a tag at {p}: {body}");
        if body.starts_with('?') {
            continue;
        }
        if let Some(name) = body.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name),
                "unbalanced </{name}> at {p}"
            );
        } else if !body.ends_with('/') {
            let name = body.split([' ', '\n']).next().unwrap_or("");
            stack.push(name.to_string());
        }
        assert_eq!(
            body.matches('"').count() % 2,
            0,
            "unquoted attribute at {p}: {body}"
        );
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

/// The `<svg class="ladder">` element of a page.
fn page_svg(html: &str) -> &str {
    let a = html.find("<svg").expect("svg in the page");
    let b = html.find("</svg>").expect("svg ends") + "</svg>".len();
    &html[a..b]
}

/// The page's embedded data.
fn page_data(html: &str) -> serde_json::Value {
    let tag = r#"<script type="application/json" id="osidump-data">"#;
    let a = html.find(tag).expect("data") + tag.len();
    let b = a + html[a..].find("</script>").expect("data ends");
    serde_json::from_str(&html[a..b]).expect("data is JSON")
}

// ───────────────────────────── goldens ─────────────────────────────

#[test]
fn ladder_of_every_sample_matches_its_golden() {
    for path in common::samples() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let p = path.to_string_lossy();
        let svg = stdout_of(&["sessions", "-T", "svg", &p]);
        assert!(svg.starts_with("<?xml"), "{name}");
        assert_well_formed(&svg);
        check_golden(&format!("{name}.ladder.txt"), &outline(&svg));
        if name == "web_visit.pcap" {
            check_golden("web_visit.pcap.ladder.svg", &svg);
        }

        // The page draws the same ladder, folded rows present but hidden,
        // and carries each drawn packet's layers.
        let html = stdout_of(&["report", &p]);
        let page = page_svg(&html);
        let ts = tags(page);
        let rows: Vec<&Tag> = ts
            .iter()
            .filter(|t| t.class().starts_with("row pkt"))
            .collect();
        let data = page_data(&html);
        let packets = data["rows"].as_array().expect("rows");
        assert_eq!(rows.len(), packets.len(), "{name}");
        for (i, (r, d)) in rows.iter().zip(packets).enumerate() {
            assert_eq!(r.get("data-i"), Some(i.to_string().as_str()), "{name}");
            assert_eq!(
                r.get("data-frame").and_then(|f| f.parse::<u64>().ok()),
                d["d"]["frame"].as_u64(),
                "{name} row {i}"
            );
            assert!(!d["d"]["layers"].as_array().unwrap().is_empty());
        }
        let static_rows = tags(&svg)
            .iter()
            .filter(|t| t.class().starts_with("row pkt"))
            .count();
        let folded = rows.iter().filter(|t| t.class().contains("folded")).count();
        assert_eq!(static_rows + folded, rows.len(), "{name}");
    }
}

/// The band titles of the web visit, in order: the story a learner reads.
const WEB_VISIT_STAGES: &[&str] = &[
    "link",
    "dns",
    "link",
    "dial",
    "tls-handshake",
    "tls-data",
    "hang-up",
    "dns",
    "dial",
    "http",
    "hang-up",
    "dns",
    "dial",
    "ws-upgrade",
    "ws-messages",
    "ws-close",
    "hang-up",
];

#[test]
fn web_visit_reads_dns_tcp_tls_http_close() {
    let svg = stdout_of(&["sessions", "-T", "svg", &sample("web_visit.pcap")]);
    let ts = tags(&svg);
    let stages: Vec<&str> = ts
        .iter()
        .filter(|t| t.class() == "row head")
        .filter_map(|t| t.get("data-stage"))
        .collect();
    assert_eq!(stages, WEB_VISIT_STAGES);
    let steps: Vec<&str> = ts
        .iter()
        .filter(|t| t.class().starts_with("row pkt"))
        .filter_map(|t| t.get("data-step"))
        .collect();
    assert_eq!(steps.len(), 65);
    // The first HTTPS conversation, frames 13–29, step by step.
    assert_eq!(
        steps[12..29],
        [
            "dial",
            "answer",
            "connected",
            "tls-hello",
            "ack",
            "tls-hello",
            "ack",
            "tls-done",
            "tls-data",
            "tls-data",
            "tls-data",
            "ack",
            "tls-data",
            "tls-data",
            "hang-up",
            "hang-up",
            "closed",
        ]
    );
    // Two hosts and the link's broadcast lane; the client on the left.
    let lanes: Vec<String> = ts
        .iter()
        .filter(|t| t.class() == "lane")
        .map(|t| title_after(&svg, t))
        .collect();
    assert_eq!(lanes.len(), 3, "{lanes:?}");
    assert!(
        lanes[0].starts_with("client\n10.99.0.1 · fd99::1"),
        "{lanes:?}"
    );
    assert!(
        lanes[1].starts_with("server\nDNS, HTTPS, HTTP, WebSocket"),
        "{lanes:?}"
    );
    assert!(lanes[2].starts_with("everyone on the link"), "{lanes:?}");
    // Times and RTTs on the answers; the sessions view's lines on the bands.
    assert!(svg.contains("SYN-ACK · RTT 13 µs"), "RTT on the answer");
    assert!(svg.contains("10.99.0.2 · 144 µs"), "DNS answer time");
    assert!(svg.contains("TLS 1.3 handshake SNI www.example.test"));
    assert!(svg.contains("GET http://www.example.test/ → 200 OK, 267 B (109 µs)"));
    assert!(svg.contains("hang up: client FIN, server FIN (stream 0"));
}

#[test]
fn long_runs_fold_into_a_band() {
    let p = sample("websocket.pcap");
    let svg = stdout_of(&["sessions", "-T", "svg", &p]);
    let folds: Vec<String> = tags(&svg)
        .iter()
        .filter(|t| t.class() == "row fold")
        .filter_map(|t| t.get("data-n").map(str::to_string))
        .collect();
    assert_eq!(folds, ["117", "10"]);
    // `--fold 0` draws every packet; a larger threshold folds less.
    let html = stdout_of(&["report", "--fold", "0", &p]);
    assert!(!html.contains(r#"class="row fold""#));
    assert_eq!(page_data(&html)["rows"].as_array().unwrap().len(), 161);
    let html = stdout_of(&["report", "--fold", "20", &p]);
    assert_eq!(html.matches(r#"class="row fold""#).count(), 1);
}

// ───────────────────────────── the page ─────────────────────────────

#[test]
fn page_is_self_contained() {
    let html = stdout_of(&["report", &sample("web_visit.pcap")]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    for bad in [
        "<link",
        "src=",
        "@import",
        "url(http",
        "url(//",
        "href=\"http",
        "fetch(",
        "XMLHttpRequest",
    ] {
        assert!(!html.contains(bad), "the page must fetch nothing: {bad}");
    }
    // Two scripts: the data and the code.
    assert_eq!(html.matches("<script").count(), 2);
    for id in [
        r#"id="ladder""#,
        r#"id="packet""#,
        r#"id="protocols""#,
        r#"id="conversations""#,
        r#"id="websocket""#,
        r#"id="anomalies""#,
    ] {
        assert!(html.contains(id), "{id}");
    }
    // The WebSocket cost is shown alone, and why.
    assert!(html.contains("Polling: not detected."));
    assert!(html.contains("wire bytes per payload byte"));
    // -o writes the same page to a file.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("visit.html");
    let o = osidump(&[
        "report",
        "-o",
        out.to_str().unwrap(),
        &sample("web_visit.pcap"),
    ]);
    assert!(o.status.success() && o.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), html);
}

#[test]
fn packet_view_data_is_the_osi_stack_with_bytes() {
    let html = stdout_of(&["report", &sample("web_visit.pcap")]);
    let data = page_data(&html);
    let rows = data["rows"].as_array().unwrap();
    // Frame 18: the ServerHello.
    let d = &rows[17]["d"];
    assert_eq!(d["frame"], 18);
    let layers = d["layers"].as_array().unwrap();
    let protos: Vec<&str> = layers.iter().map(|l| l["p"].as_str().unwrap()).collect();
    assert_eq!(protos[..3], ["frame", "eth", "ipv6"]);
    assert!(protos.contains(&"tls") && protos.contains(&"session"));
    // Wireshark names with value names, as `-V` prints them.
    let eth = &layers[1]["f"];
    assert!(
        eth.as_array()
            .unwrap()
            .iter()
            .any(|f| f[0] == "eth.type" && f[1] == "0x86dd (IPv6)"),
        "{eth}"
    );
    // Every byte coloured by a layer, the TLS record's bytes by L6.
    assert_eq!(d["hex"].as_str().unwrap().len(), 904 * 2);
    let own = d["own"].as_array().unwrap();
    assert_eq!(own.first().unwrap()[0], 0);
    assert_eq!(own.last().unwrap()[1], 904);
    assert!(own.iter().any(|r| r[2] == 6));
    assert_eq!(rows[17]["meta"]["step"], "tls-hello");
    assert_eq!(data["layers"]["7"][0], "Application");
}

#[test]
fn wire_text_is_escaped_everywhere() {
    let evil = "<script>alert(1)</script>\"'&\x1b[31m\u{202e}";
    let pcap = hostile::in_memory(|p: &mut Pcap<Vec<u8>>| {
        let (mut c, mut s) = connect(p, 1, 80)?;
        let req = format!("GET /{evil} HTTP/1.1\r\nHost: x\r\n\r\n");
        send(p, &mut c, &s, req.as_bytes())?;
        let body = "</svg></script><!--";
        let resp = format!(
            "HTTP/1.1 200 <b>OK</b>\r\nX-Evil: <img src=x onerror=alert(2)>\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        send(p, &mut s, &c, resp.as_bytes())?;
        p.frame(&hostile::tcp(&c, &s, c.seq, FIN | ACK, &[]))?;
        Ok(())
    });
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("evil.pcap");
    std::fs::File::create(&f).unwrap().write_all(&pcap).unwrap();
    let p = f.to_str().unwrap();
    let html = stdout_of(&["report", p]);
    assert_eq!(
        html.matches("<script").count(),
        2,
        "no script from the wire"
    );
    assert_eq!(html.matches("</script>").count(), 2);
    assert!(!html.contains("<img"), "no element from the wire");
    assert!(!html.contains("<b>OK"));
    assert!(!html.contains('\x1b') && !html.contains('\u{202e}'));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("\\x1b[31m\\u202e"), "controls made visible");
    // The data is still there, exact, for the packet view.
    let data = page_data(&html).to_string();
    assert!(data.contains("<script>alert(1)</script>") && data.contains("<b>OK</b>"));
    assert!(data.contains("<img src=x onerror=alert(2)>"), "{data}");
    let svg = stdout_of(&["sessions", "-T", "svg", p]);
    assert_well_formed(&svg);
    assert!(!svg.contains("<script") && !svg.contains("<img"));
}

#[test]
fn korean_labels() {
    let p = sample("web_visit.pcap");
    let html = stdout_of(&["--lang", "ko", "report", &p]);
    assert!(html.contains(r#"<html lang="ko">"#));
    for ko in [
        "TCP 연결 요청 → 응답 → 연결됨",
        "DNS 조회: 질의 → 응답",
        "응용 계층",
        "클라이언트",
        "OSI 계층별 프로토콜",
        "폴링: 감지되지 않음.",
    ] {
        assert!(html.contains(ko), "{ko}");
    }
    let data = page_data(&html);
    assert_eq!(data["layers"]["4"][0], "전송 계층");
    assert_eq!(data["terms"]["not in this packet"], "이 패킷에 없음");
    let svg = stdout_of(&["--lang", "ko", "sessions", "-T", "svg", &p]);
    assert!(svg.contains("연결 요청"));
    assert_well_formed(&svg);
}

#[test]
fn display_filter_count_and_limits_select_what_is_drawn() {
    let p = sample("web_visit.pcap");
    let rows = |args: &[&str]| {
        let html = stdout_of(args);
        (
            page_data(&html)["rows"].as_array().unwrap().len(),
            html.contains("are not drawn"),
        )
    };
    assert_eq!(rows(&["report", "-c", "10", &p]), (10, false));
    assert_eq!(rows(&["report", "-Y", "dns", &p]), (12, false));
    assert_eq!(rows(&["report", "--max-packets", "20", &p]), (20, true));
    // Conversations past the limit are counted, not drawn.
    let html = stdout_of(&["report", "--max-conversations", "2", &p]);
    let data = page_data(&html);
    // The link's chatter and the first DNS lookup.
    assert_eq!(data["rows"].as_array().unwrap().len(), 12);
    assert!(
        html.contains("53 of 65 packets are not drawn"),
        "limits said"
    );
    // The overview still counts everything.
    assert!(html.contains("65 packets"));
    // A bad filter is a usage error.
    assert_eq!(
        osidump(&["report", "-Y", "dns ==", &p]).status.code(),
        Some(2)
    );
}

#[test]
fn several_files_are_several_captures() {
    let html = stdout_of(&["report", &sample("dns.pcap"), &sample("http.pcap")]);
    let svg = page_svg(&html);
    assert_eq!(svg.matches(r#"class="row capture""#).count(), 2);
    assert!(svg.contains("capture 2: "));
}

#[test]
fn unreadable_input_fails_without_a_page() {
    let out = osidump(&["report", "/nonexistent.pcap"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

// ───────────────────────────── a real browser ─────────────────────────────

/// Chromium, or `None` after saying why (a failure in CI).
fn chromium() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("OSIDUMP_CHROMIUM").map(PathBuf::from),
        Some("chromium".into()),
        Some("chromium-browser".into()),
        Some("google-chrome".into()),
    ];
    for c in candidates.into_iter().flatten() {
        let found = std::process::Command::new(&c)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if found {
            return Some(c);
        }
    }
    let why = "no chromium (apt-get install chromium, or set OSIDUMP_CHROMIUM)";
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must run the browser test: {why}"
    );
    eprintln!("skipping the browser test: {why}");
    None
}

/// `target/`, where the screenshot goes.
fn target_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target/tmp has a parent")
        .to_path_buf()
}

/// Runs headless Chromium on `url` with `args`; its stdout.
fn run_chromium(bin: &Path, args: &[&str], url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish in 90 s: {args:?} {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().expect("reader")
}

/// What the page's `#selftest` recorded.
fn selftest(bin: &Path, page: &Path) -> serde_json::Value {
    let url = format!("file://{}#selftest", page.display());
    let dom = run_chromium(bin, &["--dump-dom"], &url);
    let tag = r#"<pre id="selftest-result">"#;
    let a = dom.find(tag).unwrap_or_else(|| {
        panic!(
            "no selftest result in the DOM:\n{}",
            &dom[..dom.len().min(2000)]
        )
    }) + tag.len();
    let b = a + dom[a..].find("</pre>").expect("pre ends");
    let json = unescape(&dom[a..b]);
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("selftest JSON: {e}: {json}"))
}

#[test]
fn browser_shows_every_arrow_as_an_osi_stack() {
    let Some(bin) = chromium() else { return };
    let target = target_dir();
    let page = target.join("report-web_visit.html");
    let o = osidump(&[
        "report",
        "-o",
        page.to_str().unwrap(),
        &sample("web_visit.pcap"),
    ]);
    assert!(o.status.success());

    let r = selftest(&bin, &page);
    // Every packet is an arrow, in capture order, one below the other.
    assert_eq!(r["arrows"], 65, "{r}");
    assert_eq!(r["arrow_elements"], 65);
    let tops: Vec<i64> = r["tops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert!(tops.windows(2).all(|w| w[0] < w[1]), "{tops:?}");
    // The steps a learner reads, in order.
    let heads: Vec<&str> = r["heads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(heads, WEB_VISIT_STAGES);
    let titles: Vec<&str> = r["titles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(titles[1], "DNS lookup: query → answer");
    assert_eq!(titles[3], "TCP dial → answer → connected");
    assert_eq!(titles[4], "TLS hellos → handshake done");
    assert_eq!(titles[9], "HTTP request → response");
    assert_eq!(titles[10], "TCP hang up");
    // Clicking each arrow shows that packet as the OSI stack, L7 to L1,
    // its layers top down, its bytes.
    let clicks = r["clicks"].as_array().unwrap();
    assert_eq!(clicks.len(), 65);
    for c in clicks {
        assert_eq!(c["selected"], true, "{c}");
        assert_eq!(c["shown"], c["frame"], "{c}");
        assert_eq!(c["stack"], serde_json::json!([7, 6, 5, 4, 3, 2, 1]), "{c}");
        let layers: Vec<&str> = c["layers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(layers.last(), Some(&"L1 frame"), "{c}");
        let osi: Vec<u8> = layers.iter().map(|l| l.as_bytes()[1] - b'0').collect();
        assert!(osi.windows(2).all(|w| w[0] >= w[1]), "top down: {c}");
        assert!(c["fields"].as_u64().unwrap() > 5, "{c}");
        assert!(c["hex_bytes"].as_u64().unwrap() >= 42, "{c}");
    }
    let at = |frame: u64| {
        clicks
            .iter()
            .find(|c| c["frame"] == frame)
            .map(|c| c["layers"].to_string())
            .unwrap()
    };
    assert!(at(7).contains("L7 dns") && at(7).contains("L4 udp"));
    assert!(at(16).contains("L6 tls") && at(16).contains("L5 session"));
    assert!(at(37).contains("L7 http"));
    assert!(at(55).contains("L7 websocket"));
    assert!(at(5).contains("L3 arp") && at(5).contains("L2 eth"));

    // The screenshot: the ladder, and the ClientHello open beside it.
    let png = target.join("report-web_visit.png");
    let _ = std::fs::remove_file(&png);
    run_chromium(
        &bin,
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1400,1800",
        ],
        &format!("file://{}#frame=16", page.display()),
    );
    let bytes = std::fs::read(&png).expect("screenshot written");
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 20_000);
    eprintln!("screenshot: {}", png.display());
}

#[test]
fn browser_unfolds_a_band_and_reads_the_svg() {
    let Some(bin) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("ws.html");
    let o = osidump(&[
        "report",
        "-o",
        page.to_str().unwrap(),
        &sample("websocket.pcap"),
    ]);
    assert!(o.status.success());
    let r = selftest(&bin, &page);
    assert_eq!(r["arrows"], 34, "{r}");
    let f = &r["fold"];
    assert_eq!(f["n"], 117, "{r}");
    assert_eq!(f["before"], 34);
    assert_eq!(f["after"], 34 + 117);
    assert_eq!(f["again"], 34);
    assert!(f["height_after"].as_u64() > f["height_before"].as_u64());

    // The standalone SVG parses as XML in the browser.
    let svg = dir.path().join("visit.svg");
    std::fs::write(
        &svg,
        stdout_of(&["sessions", "-T", "svg", &sample("web_visit.pcap")]),
    )
    .unwrap();
    let dom = run_chromium(&bin, &["--dump-dom"], &format!("file://{}", svg.display()));
    assert!(
        dom.contains("class=\"ladder\""),
        "{}",
        &dom[..dom.len().min(500)]
    );
    assert!(!dom.contains("parsererror") && !dom.contains("error on line"));
}

// ───────────────────────────── the TCP/IP model ─────────────────────────────

/// The badge of each band head: `L5`, or a TCP/IP layer's name.
fn head_badges(svg: &str) -> Vec<String> {
    svg.split(r#"<g class="row head""#)
        .skip(1)
        .map(|h| {
            let a = h.find(r#"font-weight="bold">"#).expect("badge") + 19;
            h[a..a + h[a..].find('<').unwrap()].to_string()
        })
        .collect()
}

#[test]
fn tcpip_model_regroups_the_ladder_legend_and_tables() {
    let p = sample("web_visit.pcap");
    let osi = stdout_of(&["report", &p]);
    let html = stdout_of(&["--model", "tcpip", "report", &p]);
    assert_well_formed(page_svg(&html));
    // Each band's badge is its OSI layer's TCP/IP layer, band for band.
    let tcpip_of = |b: &str| match b {
        "L1" | "L2" => "Link",
        "L3" => "Internet",
        "L4" => "Transport",
        _ => "Application",
    };
    let (a, b) = (head_badges(page_svg(&osi)), head_badges(page_svg(&html)));
    assert_eq!(a.len(), b.len());
    assert!(a.len() > 10);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(tcpip_of(x), y);
    }
    // The same arrows in the same places; only colours and badges change.
    assert_eq!(
        page_svg(&osi).matches(r#"class="row pkt"#).count(),
        page_svg(&html).matches(r#"class="row pkt"#).count()
    );
    // The legend names the four layers and what each takes in.
    let legend = &html[html.find(r#"<ol class="legend">"#).unwrap()..];
    let legend = &legend[..legend.find("</ol>").unwrap()];
    assert_eq!(legend.matches("<li>").count(), 4, "{legend}");
    for item in [
        ">Application</span>L5–L7",
        ">Transport</span>L4",
        ">Internet</span>L3",
        ">Link</span>L1–L2",
    ] {
        assert!(legend.contains(item), "{item}: {legend}");
    }
    assert!(html.contains("Protocols by TCP/IP layer"));
    assert!(html.contains("as a TCP/IP stack"));
    // The packet view's rows: the four layers, top down.
    let data = page_data(&html);
    let stack: Vec<_> = data["stack"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r[1].as_str().unwrap(), r[3].clone()))
        .collect();
    assert_eq!(
        stack,
        [
            ("Application", serde_json::json!([7, 6, 5])),
            ("Transport", serde_json::json!([4])),
            ("Internet", serde_json::json!([3])),
            ("Link", serde_json::json!([2, 1])),
        ]
    );
    assert_eq!(data["layers"]["5"][0], "Application");
    // One colour per TCP/IP layer.
    assert_eq!(data["layers"]["5"][1], data["layers"]["7"][1]);
    assert_eq!(data["layers"]["1"][1], data["layers"]["2"][1]);
    // The static ladder of `sessions -T svg` too, in Korean as well.
    let svg = stdout_of(&[
        "--lang", "ko", "--model", "tcpip", "sessions", "-T", "svg", &p,
    ]);
    assert_well_formed(&svg);
    let badges = head_badges(&svg);
    assert!(badges.iter().any(|b| b == "응용 계층"), "{badges:?}");
    assert!(badges.iter().all(|b| !b.starts_with('L')), "{badges:?}");
}

#[test]
fn browser_shows_a_tcpip_stack() {
    let Some(bin) = chromium() else { return };
    let page = target_dir().join("report-web_visit-tcpip.html");
    let o = osidump(&[
        "--model",
        "tcpip",
        "report",
        "-o",
        page.to_str().unwrap(),
        &sample("web_visit.pcap"),
    ]);
    assert!(o.status.success());
    let r = selftest(&bin, &page);
    let clicks = r["clicks"].as_array().unwrap();
    assert_eq!(clicks.len(), 65);
    for c in clicks {
        // Rows named by the top OSI layer each TCP/IP layer holds.
        assert_eq!(c["stack"], serde_json::json!([7, 4, 3, 2]), "{c}");
        assert!(c["fields"].as_u64().unwrap() > 5, "{c}");
    }
}
