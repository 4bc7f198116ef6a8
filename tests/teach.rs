//! Views for a learner: `--model tcpip` regroups the same dissection.

mod common;

use assert_cmd::Command;
use std::path::PathBuf;

fn osidump() -> Command {
    let mut c = Command::cargo_bin("osidump").expect("binary built");
    c.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    c
}

fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(common::samples_dir())
        .expect("samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pcap" || e == "pcapng"))
        .collect();
    v.sort();
    v
}

fn run(args: &[&str]) -> String {
    let out = osidump().args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The TCP/IP name of the OSI layer numbered `n` (the textbook mapping).
fn tcpip_of(n: u8) -> &'static str {
    match n {
        1 | 2 => "Link",
        3 => "Internet",
        4 => "Transport",
        _ => "Application",
    }
}

#[test]
fn tcpip_tree_is_the_osi_tree_regrouped() {
    for s in samples() {
        let f = s.to_str().unwrap();
        let osi = run(&["--color", "never", "dissect", f]);
        let tcpip = run(&["--color", "never", "--model", "tcpip", "dissect", f]);
        let (a, b): (Vec<_>, Vec<_>) = (osi.lines().collect(), tcpip.lines().collect());
        assert_eq!(a.len(), b.len(), "{f}");
        let mut layers = 0;
        for (x, y) in a.iter().zip(&b) {
            let Some(rest) = x.trim_start().strip_prefix('L') else {
                assert_eq!(x, y, "{f}");
                continue;
            };
            let n: u8 = rest[..1].parse().expect("OSI number");
            let indent = x.len() - x.trim_start().len();
            // Same protocol and summary after the label, label by mapping.
            let (x_tail, y_tail) = (
                x[indent..].split_once("  ").unwrap().1,
                y[indent..].split_once("  ").unwrap().1,
            );
            assert_eq!(x_tail.trim_start(), y_tail.trim_start(), "{f}");
            assert!(y[indent..].starts_with(tcpip_of(n)), "{f}: {x} / {y}");
            layers += 1;
        }
        assert!(layers > 0, "{f}");
    }
}

#[test]
fn tcpip_stats_table_keeps_every_count() {
    let f = common::samples_dir().join("web_visit.pcap");
    let f = f.to_str().unwrap();
    let table = |model: &str| -> Vec<(u8, String, String)> {
        let out = run(&["--color", "never", "--model", model, "stats", f]);
        let mut rows = Vec::new();
        let mut osi = 0u8;
        for l in out.lines().skip(4).take_while(|l| !l.is_empty()) {
            // Rows end in packets, bytes (number and unit), share.
            let words: Vec<&str> = l.split_whitespace().collect();
            for w in &words {
                if let Some(n) = w.strip_prefix('L').and_then(|n| n.parse().ok()) {
                    osi = n;
                }
            }
            let proto = words[words.len() - 6].to_string();
            let counts = words[words.len() - 4..].join(" ");
            rows.push((osi, proto, counts));
        }
        rows
    };
    let osi = table("osi");
    assert!(osi.len() > 5);
    assert_eq!(osi, table("tcpip"));
    let out = run(&["--color", "never", "--model", "tcpip", "stats", f]);
    assert!(out.contains("Protocols by TCP/IP layer"));
    for name in ["Application", "Transport", "Internet", "Link"] {
        assert!(
            out.lines().any(|l| l.trim_start().starts_with(name)),
            "{name}\n{out}"
        );
    }
    let json = run(&["--model", "tcpip", "stats", "-T", "json", f]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let groups = v["tcpip_layers"].as_array().unwrap();
    let names: Vec<_> = groups
        .iter()
        .map(|g| g["layer"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["application", "transport", "internet", "link"]);
}

#[test]
fn layers_shows_both_models() {
    let t = run(&["--color", "never", "--model", "tcpip", "layers"]);
    assert!(t.contains("L5 Session       ┘"), "{t}");
    let json = run(&["--model", "tcpip", "layers", "-T", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), 7);
    for r in rows {
        let n = r["osi"].as_u64().unwrap() as u8;
        assert_eq!(r["tcpip_name"], tcpip_of(n), "{r}");
    }
}

#[test]
fn every_command_takes_the_model() {
    let f = common::samples_dir().join("http.pcap");
    let f = f.to_str().unwrap();
    // Where no layer is named, `--model tcpip` prints what the OSI run does.
    for args in [
        &["follow", "--stream", "0", f][..],
        &["follow", "--stream", "0", "--show", "parsed", f],
        &["dissect", "-T", "line", f],
        &["dissect", "-T", "json", f],
        &["fields", "tcp"],
        &["completions", "bash"],
        &["man"],
    ] {
        let mut tcpip = vec!["--color", "never", "--model", "tcpip"];
        tcpip.extend_from_slice(args);
        let mut osi = vec!["--color", "never"];
        osi.extend_from_slice(args);
        assert_eq!(run(&tcpip), run(&osi), "{args:?}");
    }
    osidump()
        .args(["--model", "tcpip", "interfaces"])
        .assert()
        .success();
    // Where layers are named, it regroups them.
    for args in [
        &["sessions", f][..],
        &["sessions", "-T", "json", f],
        &["sessions", "-T", "svg", f],
        &["report", f],
    ] {
        let mut tcpip = vec!["--color", "never", "--model", "tcpip"];
        tcpip.extend_from_slice(args);
        let mut osi = vec!["--color", "never"];
        osi.extend_from_slice(args);
        assert_ne!(run(&tcpip), run(&osi), "{args:?}");
    }
}

/// A sessions step line's tag: `L5 TCP` (OSI) or `Application TCP`, with
/// what follows it.
fn step_line(l: &str) -> Option<(&str, &str)> {
    let rest = l.strip_prefix("  +")?;
    let (_, tail) = rest.split_once("s  ")?;
    tail.split_once(' ')
}

#[test]
fn tcpip_sessions_are_the_osi_sessions_regrouped() {
    let mut steps = 0;
    for s in samples() {
        let f = s.to_str().unwrap();
        let osi = run(&["--color", "never", "sessions", f]);
        let tcpip = run(&["--color", "never", "--model", "tcpip", "sessions", f]);
        let (a, b): (Vec<_>, Vec<_>) = (osi.lines().collect(), tcpip.lines().collect());
        assert_eq!(a.len(), b.len(), "{f}");
        for (x, y) in a.iter().zip(&b) {
            let Some((tag, x_tail)) = step_line(x) else {
                assert_eq!(x, y, "{f}");
                continue;
            };
            let n: u8 = tag[1..].parse().expect("OSI number");
            let (group, y_tail) = step_line(y).expect("a step line");
            assert_eq!(group, tcpip_of(n), "{f}: {x} / {y}");
            // The same protocol and text, lined up after the longest name.
            assert_eq!(x_tail.trim_start(), y_tail.trim_start(), "{f}");
            steps += 1;
        }
        let json = run(&["--model", "tcpip", "sessions", "-T", "json", f]);
        for line in json.lines() {
            let client: serde_json::Value = serde_json::from_str(line).unwrap();
            for st in client["steps"].as_array().unwrap() {
                let n = st["osi"].as_u64().unwrap() as u8;
                assert_eq!(
                    st["tcpip"].as_str().unwrap(),
                    tcpip_of(n).to_ascii_lowercase(),
                    "{f}: {st}"
                );
            }
        }
    }
    assert!(steps > 100, "{steps} steps");
    // Korean: the four Korean names, one column for them all.
    let f = common::samples_dir().join("web_visit.pcap");
    let ko = run(&[
        "--lang",
        "ko",
        "--color",
        "never",
        "--model",
        "tcpip",
        "sessions",
        f.to_str().unwrap(),
    ]);
    for name in ["응용 계층", "인터넷 계층"] {
        assert!(ko.contains(&format!("  {name} ")), "{name}\n{ko}");
    }
}

/// Whether a tree line is a layer's line (`  L4 Transport  tcp ...`,
/// quoted ones indented further).
fn is_layer_line(l: &str) -> bool {
    let t = l.trim_start();
    l.starts_with("  ")
        && t.len() > 2
        && t.as_bytes()[0] == b'L'
        && t.as_bytes()[1].is_ascii_digit()
}

#[test]
fn explain_puts_one_line_under_every_layer() {
    for s in samples() {
        let f = s.to_str().unwrap();
        for lang in ["en", "ko"] {
            let out = run(&[
                "--color",
                "never",
                "--lang",
                lang,
                "dissect",
                "--explain",
                f,
            ]);
            let lines: Vec<&str> = out.lines().collect();
            let mut layers = 0;
            for (i, l) in lines.iter().enumerate() {
                if !is_layer_line(l) {
                    continue;
                }
                layers += 1;
                let next = lines.get(i + 1).copied().unwrap_or("");
                let indent = l.len() - l.trim_start().len();
                assert!(
                    next.len() - next.trim_start().len() == indent + 4 && !is_layer_line(next),
                    "{f} {lang}: no explanation under\n{l}\n{next}"
                );
                let said = next.trim();
                // The sentence has its role before a colon, then what it did.
                let (role, what) = said.split_once(": ").unwrap_or(("", ""));
                assert!(!role.is_empty() && !what.is_empty(), "{f} {lang}: {said}");
                if lang == "ko" {
                    assert!(
                        said.chars().any(|c| ('가'..='힣').contains(&c)),
                        "{f}: no Korean in {said}"
                    );
                }
            }
            assert!(layers > 0, "{f}");
            let plain = run(&["--color", "never", "--lang", lang, "dissect", f]);
            assert_eq!(lines.len(), plain.lines().count() + layers, "{f} {lang}");
        }
    }
}

#[test]
fn explain_reads_the_fields() {
    let f = common::samples_dir().join("web_visit.pcap");
    let out = run(&[
        "--color",
        "never",
        "dissect",
        "--explain",
        "-c",
        "13",
        f.to_str().unwrap(),
    ]);
    let frame13 = out.split("Frame 13 ").nth(1).unwrap();
    for want in [
        "session: the dial, step 1 of 3 (TCP stream 0)",
        "transport: port 39680 → 443, 0 bytes of data, SYN opens the connection",
        "routing: hop limit 64, next header TCP, not fragmented",
        "link: from 02:99:00:00:00:01 to 02:99:00:00:00:02 on the same link, carrying IPv6",
        "physical: 94 bytes on the wire",
    ] {
        assert!(frame13.contains(want), "{want}\n{frame13}");
    }
    let ko = run(&[
        "--color",
        "never",
        "--lang",
        "ko",
        "dissect",
        "--explain",
        "-c",
        "13",
        f.to_str().unwrap(),
    ]);
    assert!(
        ko.contains("세션: 연결 요청, 3단계 중 1단계 (TCP 스트림 0)"),
        "{ko}"
    );
    assert!(
        ko.contains("라우팅: 홉 제한 64, 다음 헤더 TCP, 조각나지 않음"),
        "{ko}"
    );
}

#[test]
fn flags_a_format_cannot_show_are_refused() {
    let f = common::samples_dir().join("dns.pcap");
    for args in [
        &["-T", "line", "-V"][..],
        &["-T", "line", "--explain"],
        &["-T", "json", "-x"],
        &["-T", "json", "--explain"],
    ] {
        osidump()
            .arg("dissect")
            .args(args)
            .arg(&f)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicates::str::contains("not supported"));
    }
    // -x with the line view: the bytes under each line (tshark -P -x).
    let out = run(&[
        "--color",
        "never",
        "dissect",
        "-T",
        "line",
        "-x",
        "-c",
        "1",
        f.to_str().unwrap(),
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].trim_start().starts_with("1 "), "{out}");
    assert!(lines[1].trim_start().starts_with("0000  "), "{out}");
    // -V with JSON: every field is there anyway, as in tshark's -T json.
    run(&[
        "dissect",
        "-T",
        "json",
        "-V",
        "-c",
        "1",
        f.to_str().unwrap(),
    ]);
}

/// The time column (second word) of each line of `dissect -T line`.
fn times(args: &[&str]) -> Vec<String> {
    let mut all = vec!["--color", "never", "dissect", "-T", "line"];
    all.extend_from_slice(args);
    let out = osidump().env("TZ", "UTC").args(&all).output().expect("run");
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            // Date formats take two words.
            if w[1].contains('-') && !w[1].starts_with('-') || w[1].contains('/') {
                format!("{} {}", w[1], w[2])
            } else {
                w[1].to_string()
            }
        })
        .collect()
}

#[test]
fn time_formats_as_tshark() {
    let f = common::samples_dir().join("web_visit.pcap");
    let f = f.to_str().unwrap();
    // tshark -t FORMAT -Y 'frame.number>=5 && frame.number<=6' -r web_visit.pcap
    let y = "frame.number>=5 && frame.number<=6";
    for (t, want) in [
        ("r", ["0.264102", "0.264118"]),
        ("d", ["0.052076", "0.000016"]),
        ("dd", ["0.000000", "0.000016"]),
        ("e", ["1795519045.523394", "1795519045.523410"]),
        ("u", ["11:17:25.523394", "11:17:25.523410"]),
        (
            "ud",
            ["2026-11-24 11:17:25.523394", "2026-11-24 11:17:25.523410"],
        ),
        (
            "udoy",
            ["2026/328 11:17:25.523394", "2026/328 11:17:25.523410"],
        ),
        // TZ=UTC: local time is UTC.
        ("a", ["11:17:25.523394", "11:17:25.523410"]),
        (
            "ad",
            ["2026-11-24 11:17:25.523394", "2026-11-24 11:17:25.523410"],
        ),
        (
            "adoy",
            ["2026/328 11:17:25.523394", "2026/328 11:17:25.523410"],
        ),
    ] {
        assert_eq!(times(&["-t", t, "-Y", y, f]), want, "-t {t}");
    }
    // Nanosecond captures, pcap and pcapng: nine decimals, as tshark.
    let nano = common::samples_dir().join("nano.pcapng");
    assert_eq!(
        times(&["-c", "2", nano.to_str().unwrap()]),
        ["0.000000000", "0.000022574"]
    );
    let nano = common::samples_dir().join("nano.pcap");
    assert_eq!(
        times(&["-t", "e", "-c", "2", nano.to_str().unwrap()]),
        ["1795519064.331237605", "1795519064.331260179"]
    );
}

#[test]
fn tshark_r_at_top_level_and_numbers_across_files() {
    let dns = common::samples_dir().join("dns.pcap");
    let icmp = common::samples_dir().join("icmp.pcap");
    let (dns, icmp) = (dns.to_str().unwrap(), icmp.to_str().unwrap());
    assert_eq!(
        run(&["--color", "never", "-r", dns, "-T", "line"]),
        run(&["--color", "never", "dissect", "-r", dns, "-T", "line"])
    );
    assert_eq!(
        run(&["--lang", "ko", "--color=never", "-r", dns, "-c", "1"]),
        run(&["--lang", "ko", "--color=never", "dissect", "-c", "1", dns])
    );
    // Two files: one numbered list (68 frames of dns.pcap, then icmp.pcap's).
    let out = run(&["--color", "never", "dissect", "-T", "line", dns, icmp]);
    let numbers: Vec<u64> = out
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(numbers.len() > 68);
    assert!(numbers.iter().enumerate().all(|(i, n)| *n == i as u64 + 1));
    let second = run(&[
        "--color",
        "never",
        "dissect",
        "-T",
        "line",
        "-Y",
        "frame.number == 69",
        dns,
        icmp,
    ]);
    let first_of_icmp = run(&["--color", "never", "dissect", "-T", "line", "-c", "1", icmp]);
    assert_eq!(
        second.split_whitespace().nth(2),
        first_of_icmp.split_whitespace().nth(2)
    );
}

/// Words of `text` (runs of ASCII letters and digits holding a letter).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
}

fn json_strings(v: &serde_json::Value, skip: &[&str], out: &mut std::collections::HashSet<String>) {
    match v {
        serde_json::Value::String(s) => out.extend(words(s).map(str::to_ascii_lowercase)),
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, skip, out)),
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                if !skip.contains(&k.as_str()) {
                    json_strings(x, skip, out);
                }
            }
        }
        _ => {}
    }
}

/// What English a Korean run may print: protocol names, field names and
/// the registry's value names (`osidump fields`), what came off the wire
/// (every value of the packet's JSON but osidump's own English phrases),
/// hex, layer tags, and a small list of units and tshark Info terms.
fn allowed_english() -> std::collections::HashSet<String> {
    let mut ok = std::collections::HashSet::new();
    for line in run(&["fields", "-T", "json"]).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        ok.extend(words(v["name"].as_str().unwrap()).map(str::to_ascii_lowercase));
        ok.extend(words(v["protocol"].as_str().unwrap()).map(str::to_ascii_lowercase));
        for val in v["values"].as_array().into_iter().flatten() {
            let name = val[2].as_str().unwrap_or("");
            ok.extend(words(name).map(str::to_ascii_lowercase));
            // Message names written without spaces (ClientHello).
            ok.insert(name.replace(' ', "").to_ascii_lowercase());
        }
    }
    let layers: serde_json::Value = serde_json::from_str(&run(&["layers", "-T", "json"])).unwrap();
    for row in layers.as_array().unwrap() {
        for p in row["protocols"].as_array().unwrap() {
            let p = p.as_str().unwrap();
            ok.insert(p.to_string());
            // As a check splits it (pkt_comment).
            ok.extend(words(p).map(str::to_ascii_lowercase));
        }
    }
    // Units, TCP flag letters, and tshark's Info abbreviations (TLS SNI
    // and ALPN, QUIC DCID/SCID/PKN/KP, WebSocket MASKED).
    for w in [
        "utc", "syn", "ack", "fin", "rst", "psh", "urg", "ece", "cwr", "ae", "df", "mf", "sni",
        "alpn", "dcid", "scid", "pkn", "kp0", "kp1", "masked", "osidump", "tcp", "udp",
        // HTTP/2 and HTTP/3 carry no reason phrase: tshark's Info adds it.
        "ok", // Command and flag names, quoted as typed.
        "dissect", "sessions", "model", "tcpip", "json", "tshark",
    ] {
        ok.insert(w.to_string());
    }
    // The line view's Protocol and Info columns are tshark's: its version
    // names (TLSv1.3, DTLSv1.2), TCP's `Win=`, `SLE=`/`SRE=`, an IP fragment's
    // `Fragmented IP protocol`, IPv6's `more=y`, ICMPv6's `for`/`from`/`is
    // at` and flags `rtr, sol, ovr`, TLS alerts' `Description:`, the JSON
    // dissector's name, IGMP's versioned names (IGMPv3), LLC's control
    // field (`U, func=UI`), LLDP's ID kinds and names (`MA/...`, `SysN=`),
    // SSH's versioned names (SSHv2), DHCPv6's IA Address (`IAA: fd99::175`),
    // SNMP's `encryptedPDU: privKey Unknown`, VRRP's `Announcement (v2)`.
    let tshark_info = "tlsv1 dtlsv1 sslv2 sslv3 win sle sre fragmented y for from is at rtr sol ovr \
                       description javascript object notation igmpv0 igmpv1 igmpv2 igmpv3 \
                       func ui ma sysn sysd sshv1 sshv2 iaa privkey announcement";
    for w in tshark_info.split_whitespace() {
        ok.insert(w.to_string());
    }
    // osidump's own words, translated wherever osidump writes them, even
    // where one of tshark's value names has them too (BGP's FSM error
    // "Receive Unexpected Message in Established State").
    for w in OWN_WORDS {
        ok.remove(*w);
    }
    ok
}

/// Words of osidump's own phrases that the allow-list must not take in
/// from tshark's names.
const OWN_WORDS: &[&str] = &["captured", "wire", "established", "dial", "quoted", "hang"];

/// osidump's own English phrases in the JSON (translated on screen).
const OWN_PHRASES: &[&str] = &[
    "osidump.phase",
    "osidump.call",
    "osidump.tls.phase",
    "osidump.tls.session",
    "osidump.websocket.phase",
    "osidump.reassembly",
    "osidump.tcp.analysis",
];

fn is_hex_or_tag(w: &str) -> bool {
    let lw = w.to_ascii_lowercase();
    let hex = lw.strip_prefix("0x").unwrap_or(&lw);
    hex.chars().all(|c| c.is_ascii_hexdigit())
        || (lw.len() == 2 && lw.starts_with('l') && lw.as_bytes()[1].is_ascii_digit())
}

#[test]
fn korean_runs_print_no_untranslated_english() {
    let base = allowed_english();
    // The allow-list is narrow enough to catch the words it is for.
    for w in OWN_WORDS {
        assert!(!base.contains(*w), "{w} is allowed");
    }
    let mut left: std::collections::BTreeMap<String, String> = Default::default();
    let mut check = |text: &str, ok: &std::collections::HashSet<String>, what: &str| {
        for w in words(text) {
            let lw = w.to_ascii_lowercase();
            if !is_hex_or_tag(w) && !ok.contains(&lw) && !base.contains(&lw) {
                left.entry(w.to_string())
                    .or_insert_with(|| what.to_string());
            }
        }
    };
    let none = std::collections::HashSet::new();
    for model in ["osi", "tcpip"] {
        check(
            &run(&[
                "--lang", "ko", "--color", "never", "--model", model, "layers",
            ]),
            &none,
            "layers",
        );
    }
    for s in samples() {
        let f = s.to_str().unwrap();
        let mut wire = std::collections::HashSet::new();
        for line in run(&["dissect", "-T", "json", f]).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            json_strings(&v, OWN_PHRASES, &mut wire);
        }
        for args in [
            &["dissect", "--explain"][..],
            &["dissect", "-T", "line"],
            &["--model", "tcpip", "dissect"],
        ] {
            let mut all = vec!["--lang", "ko", "--color", "never"];
            all.extend_from_slice(args);
            all.push(f);
            check(&run(&all), &wire, f);
        }
    }
    assert!(left.is_empty(), "English without Korean: {left:#?}");
}

/// The words of a `follow --show raw` run's bytes: what the stream
/// carried, which a Korean run prints as it is.
fn stream_words(raw: &str, out: &mut std::collections::HashSet<String>) {
    for line in raw.lines().map(str::trim) {
        if line.is_empty() || !line.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let bytes: Vec<u8> = (0..line.len() / 2)
            .filter_map(|i| u8::from_str_radix(&line[2 * i..2 * i + 2], 16).ok())
            .collect();
        out.extend(words(&String::from_utf8_lossy(&bytes)).map(str::to_ascii_lowercase));
    }
}

/// The text a page or an SVG shows: outside `<style>`, `<script>` and
/// tags (tooltips included), entities decoded, and without the words cut
/// short to fit (`Clien…`: the rest is in the tooltip).
fn visible(html: &str) -> String {
    let cut = |s: &str, open: &str, close: &str| -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(a) = rest.find(open) {
            out.push_str(&rest[..a]);
            rest = rest[a..]
                .find(close)
                .map_or("", |b| &rest[a + b + close.len()..]);
        }
        out.push_str(rest);
        out
    };
    let page = cut(&cut(html, "<style>", "</style>"), "<script", "</script>");
    let mut text = String::new();
    let mut in_tag = false;
    for c in page.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let mut out = String::with_capacity(text.len());
    for piece in text.split_inclusive('…') {
        match piece.strip_suffix('…') {
            Some(p) => out.push_str(p.trim_end_matches(|c: char| c.is_ascii_alphanumeric())),
            None => out.push_str(piece),
        }
    }
    out
}

/// What a report page shows: its [`visible`] text, and the words its
/// script shows from the page's data: step words, layer names, captions,
/// terms, each packet's layer summaries and anomalies (its fields are
/// field names and values).
fn report_text(html: &str) -> String {
    let tag = r#"<script type="application/json" id="osidump-data">"#;
    let a = html.find(tag).expect("data") + tag.len();
    let b = a + html[a..].find("</script>").expect("data ends");
    let data: serde_json::Value = serde_json::from_str(&html[a..b]).expect("data is JSON");
    let mut text = visible(html);
    let mut shown = std::collections::HashSet::new();
    // Keys the script reads but does not show (`step`) or shows as they
    // came off the wire (addresses, fields).
    json_strings(&data, &["f", "p", "src", "dst", "conv", "step"], &mut shown);
    for w in shown {
        text.push(' ');
        text.push_str(&w);
    }
    text
}

/// `follow --show hex` without its dump lines (offset, bytes, and the
/// bytes as text, cut every 16).
fn without_dump(text: &str) -> String {
    text.lines()
        .filter(|l| {
            let t = l.trim_start();
            let b = t.as_bytes();
            !(b.len() > 10 && b[..8].iter().all(u8::is_ascii_hexdigit) && &b[8..10] == b"  ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn korean_follow_and_report_print_no_untranslated_english() {
    let base = allowed_english();
    type Left = std::collections::BTreeMap<String, String>;
    let check =
        |left: &mut Left, text: &str, ok: &std::collections::HashSet<String>, what: &str| {
            for w in words(text) {
                let lw = w.to_ascii_lowercase();
                if !is_hex_or_tag(w) && !ok.contains(&lw) && !base.contains(&lw) {
                    left.entry(w.to_string())
                        .or_insert_with(|| what.to_string());
                }
            }
        };
    // The check catches the English a Korean run must not print: an
    // English run of the same views leaves words over.
    let mut english = Left::new();
    let http = common::samples_dir().join("http.pcap");
    let http = http.to_str().unwrap();
    for args in [
        &["follow", "--stream", "0", http][..],
        &["follow", "--stream", "0", "--show", "parsed", http],
    ] {
        let mut all = vec!["--lang", "en", "--color", "never"];
        all.extend_from_slice(args);
        check(&mut english, &run(&all), &Default::default(), "English");
    }
    let html = run(&["--lang", "en", "report", http]);
    check(
        &mut english,
        &report_text(&html),
        &Default::default(),
        "English",
    );
    // ("Follow" and "Overview" are no longer ones: 802.11's "More
    // fragments follow" and its element "MCCAOP Advertisement Overview"
    // make them value names, which a Korean run may show.)
    for w in ["Ladder", "drawn", "dial", "hang"] {
        assert!(english.contains_key(w), "{w} not caught: {english:?}");
    }
    let mut left = Left::new();
    let mut followed = 0;
    for s in samples() {
        let f = s.to_str().unwrap();
        let mut wire = std::collections::HashSet::new();
        for line in run(&["dissect", "-T", "json", f]).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            json_strings(&v, OWN_PHRASES, &mut wire);
        }
        // The file's name; the sessions steps' own protocol name (NDP),
        // DNS's rcode mnemonic beside its Korean, and a unit.
        wire.extend(words(f).map(str::to_ascii_lowercase));
        wire.extend(["ndp", "nxdomain", "kib"].map(String::from));
        for stream in 0..4 {
            let n = stream.to_string();
            let raw = osidump()
                .args(["follow", "--stream", &n, "--show", "raw", f])
                .output()
                .unwrap();
            if !raw.status.success() {
                break;
            }
            let mut ok = wire.clone();
            stream_words(&String::from_utf8_lossy(&raw.stdout), &mut ok);
            for show in ["text", "hex", "parsed"] {
                let out = run(&[
                    "--lang", "ko", "--color", "never", "follow", "--stream", &n, "--show", show, f,
                ]);
                check(
                    &mut left,
                    &without_dump(&out),
                    &ok,
                    &format!("follow {show} {f}"),
                );
                followed += 1;
            }
        }
        for model in ["osi", "tcpip"] {
            let html = run(&["--lang", "ko", "--model", model, "report", f]);
            check(
                &mut left,
                &report_text(&html),
                &wire,
                &format!("report {f}"),
            );
            let svg = run(&["--lang", "ko", "--model", model, "sessions", "-T", "svg", f]);
            check(
                &mut left,
                &visible(&svg),
                &wire,
                &format!("sessions svg {f}"),
            );
        }
    }
    assert!(followed > 20, "{followed} streams followed");
    assert!(left.is_empty(), "English without Korean: {left:#?}");
}
