//! The command line as a user meets it: error paths, stdin, colour rules,
//! `| head`, packet limits.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::{Read, Write};
use std::process::Stdio;

fn osidump() -> Command {
    let mut c = Command::cargo_bin("osidump").expect("binary built");
    c.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    c
}

fn temp_file(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(bytes).expect("write temp");
    f
}

#[test]
fn missing_file_is_one_line_and_exit_1() {
    osidump()
        .args(["dissect", "/nonexistent/capture.pcap"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "/nonexistent/capture.pcap: no such file",
        ));
}

#[test]
fn directory_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    osidump()
        .arg("dissect")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is a directory"));
}

#[test]
fn empty_file_is_refused() {
    let f = temp_file(b"");
    osidump()
        .arg("dissect")
        .arg(f.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty"));
}

#[test]
fn not_a_capture_is_refused() {
    let f = temp_file(b"GET / HTTP/1.1\r\nHost: example\r\n\r\n");
    osidump()
        .arg("dissect")
        .arg(f.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not a pcap or pcapng"));
}

#[test]
fn bad_usage_exits_2() {
    osidump()
        .args(["dissect", "--no-such-flag", "x.pcap"])
        .assert()
        .code(2);
    osidump().args(["dissect"]).assert().code(2);
}

#[test]
fn truncated_file_prints_packets_before_the_damage_then_names_offset() {
    let frame = common::udp_frame();
    let mut bytes = common::pcap_with(3, &frame);
    // Cut the third record in the middle of its data.
    let third = 24 + 2 * (16 + frame.len());
    bytes.truncate(third + 16 + 10);
    let f = temp_file(&bytes);
    let name = f.path().display().to_string();
    let out = osidump()
        .args(["dissect", "-T", "line"])
        .arg(f.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(name))
        .stderr(predicate::str::contains(format!("byte offset {third}")))
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf8");
    assert_eq!(
        text.lines().count(),
        2,
        "two whole packets before the damage:\n{text}"
    );
}

#[test]
fn stdin_gives_the_same_output_as_the_file() {
    let bytes = common::pcap_with(5, &common::udp_frame());
    let f = temp_file(&bytes);
    let from_file = osidump()
        .args(["dissect", "-T", "json"])
        .arg(f.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let from_stdin = osidump()
        .args(["dissect", "-T", "json", "-"])
        .write_stdin(bytes)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(from_file, from_stdin);
    assert_eq!(String::from_utf8_lossy(&from_stdin).lines().count(), 5);
}

#[test]
fn count_limits_packets() {
    let f = temp_file(&common::pcap_with(10, &common::udp_frame()));
    let out = osidump()
        .args(["dissect", "-T", "json", "-c", "3"])
        .arg(f.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8_lossy(&out).lines().count(), 3);
}

#[test]
fn colour_follows_the_conventions() {
    let f = temp_file(&common::pcap_with(1, &common::udp_frame()));
    let has_escape = |out: &[u8]| out.contains(&0x1b);
    // Not a terminal: no colour by default.
    let plain = osidump()
        .arg("dissect")
        .arg(f.path())
        .output()
        .expect("run");
    assert!(!has_escape(&plain.stdout));
    // Forced.
    let forced = osidump()
        .args(["--color", "always", "dissect"])
        .arg(f.path())
        .output()
        .expect("run");
    assert!(has_escape(&forced.stdout));
    let env_forced = osidump()
        .env("CLICOLOR_FORCE", "1")
        .arg("dissect")
        .arg(f.path())
        .output()
        .expect("run");
    assert!(has_escape(&env_forced.stdout));
    // NO_COLOR wins over CLICOLOR_FORCE in auto mode.
    let no_color = osidump()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .arg("dissect")
        .arg(f.path())
        .output()
        .expect("run");
    assert!(!has_escape(&no_color.stdout));
    // JSON is never coloured.
    let json = osidump()
        .args(["--color", "always", "dissect", "-T", "json"])
        .arg(f.path())
        .output()
        .expect("run");
    assert!(!has_escape(&json.stdout));
}

#[test]
fn closed_stdout_is_a_quiet_success() {
    let f = temp_file(&common::pcap_with(200_000, &common::udp_frame()));
    let bin = assert_cmd::cargo::cargo_bin("osidump");
    let mut child = std::process::Command::new(bin)
        .args(["dissect", "-T", "line"])
        .arg(f.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout); // what `head` does after its lines
    let status = child.wait().expect("wait");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    assert!(status.success(), "exit {status:?}, stderr {err:?}");
    assert_eq!(err, "");
}

#[test]
fn tree_shows_every_layer_with_its_osi_number() {
    let f = temp_file(&common::pcap_with(1, &common::udp_frame()));
    osidump()
        .arg("dissect")
        .arg(f.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("L1 Physical"))
        .stdout(predicate::str::contains("L2 Data link     eth"))
        .stdout(predicate::str::contains(
            "L3 Network       ip         10.99.0.1 → 10.99.0.2",
        ))
        .stdout(predicate::str::contains(
            "L4 Transport     udp        50000 → 53",
        ));
}

#[test]
fn views_print_only_the_file_error_when_nothing_could_be_read() {
    for args in [
        vec!["stats", "/nonexistent/capture.pcap"],
        vec!["stats", "-T", "json", "/nonexistent/capture.pcap"],
        vec!["sessions", "/nonexistent/capture.pcap"],
        vec!["follow", "/nonexistent/capture.pcap", "-s", "0"],
    ] {
        let out = osidump().args(&args).output().expect("run");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: stdout {:?}", out.stdout);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("no such file"), "{args:?}: {err}");
    }
    // A readable file without the stream still says so.
    let f = temp_file(&common::pcap_with(1, &common::udp_frame()));
    osidump()
        .args(["follow", "-s", "0"])
        .arg(f.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no TCP stream 0"));
}

#[test]
fn views_stop_after_count_packets() {
    let f = temp_file(&common::pcap_with(10, &common::udp_frame()));
    let out = osidump()
        .args(["stats", "-T", "json", "-c", "3"])
        .arg(f.path())
        .arg(f.path())
        .output()
        .expect("run");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["packets"], 3);
    // The WebSocket visit comes last in web_visit.pcap.
    let web = common::samples_dir().join("web_visit.pcap");
    let sessions = |count: Option<&str>| {
        let mut c = osidump();
        c.arg("sessions");
        if let Some(n) = count {
            c.args(["-c", n]);
        }
        let out = c.arg(&web).output().expect("run");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(sessions(None).contains("WebSocket"));
    let early = sessions(Some("12"));
    assert!(
        early.contains("DNS") && !early.contains("WebSocket"),
        "{early}"
    );
    osidump()
        .args(["follow", "-s", "0", "-c", "2"])
        .arg(f.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no TCP stream 0"));
}

#[test]
fn layers_table_is_coloured_by_layer_when_asked() {
    let has_escape = |out: &[u8]| out.contains(&0x1b);
    let plain = osidump().arg("layers").output().expect("run");
    assert!(!has_escape(&plain.stdout));
    let forced = osidump()
        .args(["--color", "always", "layers"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&forced.stdout);
    // L7 in the tree's application colour (bright red), L4 in cyan.
    assert!(text.contains("\x1b[91mL7 "), "{text}");
    assert!(text.contains("\x1b[36mL4 "), "{text}");
    let no_color = osidump()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .arg("layers")
        .output()
        .expect("run");
    assert!(!has_escape(&no_color.stdout));
    let json = osidump()
        .args(["--color", "always", "layers", "-T", "json"])
        .output()
        .expect("run");
    assert!(!has_escape(&json.stdout));
}

#[test]
fn line_names_each_anomaly_kind_once() {
    // Cut after 4 bytes of UDP header: IPv4 and UDP are both malformed.
    let f = temp_file(&common::pcap_with(1, &common::udp_frame()[..38]));
    let out = osidump()
        .args(["dissect", "-T", "line"])
        .arg(f.path())
        .output()
        .expect("run");
    let line = String::from_utf8_lossy(&out.stdout);
    assert_eq!(line.matches("[malformed]").count(), 1, "{line}");
    let json = osidump()
        .args(["dissect", "-T", "json"])
        .arg(f.path())
        .output()
        .expect("run");
    assert!(
        String::from_utf8_lossy(&json.stdout)
            .matches("\"malformed:")
            .count()
            >= 2
    );
}

/// Runs osidump with stdout on `/dev/full`.
fn to_full_disk(args: &[&str]) -> std::process::Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    std::process::Command::new(assert_cmd::cargo::cargo_bin("osidump"))
        .args(args)
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .expect("run")
}

#[test]
fn a_full_disk_is_an_error_for_every_command_and_help() {
    let web = common::samples_dir().join("web_visit.pcap");
    let web = web.to_str().unwrap();
    for args in [
        vec!["--help"],
        vec!["--version"],
        vec!["dissect", "--help"],
        vec!["help", "stats"],
        vec!["dissect", web],
        vec!["dissect", "-T", "json", web],
        vec!["stats", web],
        vec!["sessions", web],
        vec!["follow", "-s", "1", web],
        vec!["layers"],
        vec!["fields"],
        vec!["man"],
        vec!["completions", "bash"],
    ] {
        let out = to_full_disk(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("No space left on device"), "{args:?}: {err}");
    }
}

#[test]
fn a_reader_that_went_away_is_a_quiet_success_for_every_command() {
    let web = common::samples_dir().join("web_visit.pcap");
    let web = web.to_str().unwrap();
    for args in [
        vec!["--help"],
        vec!["dissect", "-V", web],
        vec!["stats", web],
        vec!["sessions", web],
        vec!["follow", "-s", "1", web],
        vec!["layers"],
        vec!["fields"],
        vec!["man"],
    ] {
        // The read end is closed before osidump writes: `| head -0`.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("osidump"))
            .args(&args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
        assert_eq!(err, "", "{args:?}");
    }
}

/// A filter that reads the bytes of a layer decoded from a reassembled IP
/// datagram (tshark reads the reassembled bytes; the frame does not hold
/// them): every packet it could judge is printed, then it says plainly that
/// it could not answer for the rest, with exit 2.
#[test]
fn filter_that_cannot_answer_says_so_with_exit_2() {
    let frag = common::samples_dir().join("frag.pcap");
    let out = osidump()
        .args(["dissect", "-T", "line", "-Y", "len(icmp) > 0"])
        .arg(&frag)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Destination unreachable"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not supported:") && stderr.contains("(4 packets)"),
        "{stderr}"
    );
    // The same packets judged from their own bytes: answered, exit 0.
    osidump()
        .args(["dissect", "-T", "line", "-Y", "icmp"])
        .arg(&frag)
        .assert()
        .success();
}

/// `-T line` skips the Community ID, frame.protocols and the TLS
/// fingerprints (JA3, JA4: it shows none of them), unless its filter reads
/// them: then it selects the frames the fields output selects.
#[test]
fn line_view_filters_on_derived_fields() {
    let numbers = |format: &str, filter: &str, sample: &str| -> Vec<String> {
        let path = common::samples_dir().join(sample);
        let mut args = vec!["dissect", "-T", format, "-Y", filter];
        if format == "fields" {
            args.extend(["-e", "frame.number"]);
        }
        let out = osidump().args(&args).arg(&path).output().expect("runs");
        assert!(out.status.success(), "{format} {filter}");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
            .collect()
    };
    for (filter, sample) in [
        (
            r#"communityid == "1:9xSQHuEfSEd6eMPCcYoGADKxI1E=""#,
            "web_visit.pcap",
        ),
        ("communityid", "web_visit.pcap"),
        (
            r#"frame.protocols contains "ipv6.hopopts""#,
            "web_visit.pcap",
        ),
        (
            r#"frame.protocols == "eth:ethertype:ipv6:icmpv6""#,
            "web_visit.pcap",
        ),
        // TLS over TCP, and QUIC's handshake (its JA4 starts with `q`).
        ("tls.handshake.ja3", "web_visit.pcap"),
        (
            r#"tls.handshake.ja3s == "15af977ce25de452b96affa2addb1036""#,
            "tls13.pcap",
        ),
        (r#"tls.handshake.ja4 contains "t13d""#, "tls13.pcap"),
        (r#"tls.handshake.ja4 matches "^q13d""#, "quic.pcap"),
        ("tls.handshake.ja3_full", "quic.pcap"),
        ("tls.handshake.ja3s_full", "quic.pcap"),
    ] {
        let by_fields = numbers("fields", filter, sample);
        assert!(!by_fields.is_empty(), "{filter} selects frames");
        assert_eq!(numbers("line", filter, sample), by_fields, "{filter}");
    }
}

/// `stats` leaves out the Community ID and frame.protocols (it reads
/// neither) but not the TLS fingerprints it counts: the JA3/JA4 tables
/// hold the hellos' fingerprints, as `-T fields` gives them.
#[test]
fn stats_counts_tls_fingerprints() {
    let path = common::samples_dir().join("tls13.pcap");
    let fields = osidump()
        .args(["dissect", "-T", "fields", "-e", "tls.handshake.ja4"])
        .args([
            "-e",
            "tls.handshake.ja3s",
            "-Y",
            "tls.handshake.ja4 or tls.handshake.ja3s",
        ])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(fields.status.success());
    let fields = String::from_utf8_lossy(&fields.stdout).to_string();
    let prints: Vec<&str> = fields.split_whitespace().collect();
    assert_eq!(
        prints.len(),
        2,
        "one ClientHello JA4, one ServerHello JA3S: {fields}"
    );
    let out = osidump().arg("stats").arg(&path).output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for (label, print) in [("JA4", prints[0]), ("JA3S", prints[1])] {
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().take(2).eq([label, print])),
            "stats lists {label} {print}:\n{text}"
        );
    }
}

/// A filter may start with a minus sign (`-ip.ttl == -64`): tshark's getopt
/// takes the next word as -Y's value whatever it looks like, and so do we.
#[test]
fn filter_starting_with_a_minus_is_a_filter() {
    let path = common::samples_dir().join("http.pcap");
    let count = |filter: &str| -> usize {
        let out = osidump()
            .args([
                "dissect",
                "-T",
                "fields",
                "-e",
                "frame.number",
                "-Y",
                filter,
            ])
            .arg(&path)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{filter}");
        String::from_utf8_lossy(&out.stdout).lines().count()
    };
    let ipv4 = count("ip.ttl == 64");
    assert!(ipv4 > 0);
    assert_eq!(count("-ip.ttl == -64"), ipv4);
    assert_eq!(count("-ip.ttl != -64"), 0);
}
