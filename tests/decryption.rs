//! Decryption as a user meets it: `--tls-keylog`, `SSLKEYLOGFILE`, secrets
//! embedded in a pcapng, and a wrong key (records stay encrypted, one note
//! per session, nothing else changes).

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Write;

fn osidump() -> Command {
    let mut c = Command::cargo_bin("osidump").expect("binary built");
    c.env_remove("SSLKEYLOGFILE")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .args(["--color", "never"]);
    c
}

fn sample(name: &str) -> String {
    common::samples_dir().join(name).display().to_string()
}

fn run(args: &[&str]) -> String {
    let out = osidump().args(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("utf8")
}

#[test]
fn a_key_log_that_cannot_be_read_is_a_usage_error() {
    osidump()
        .args([
            "dissect",
            "--tls-keylog",
            "/nonexistent/keys",
            &sample("tls13.pcap"),
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--tls-keylog"));
    // From the environment it is only a warning.
    osidump()
        .env("SSLKEYLOGFILE", "/nonexistent/keys")
        .args(["dissect", "-c", "1", &sample("tls13.pcap")])
        .assert()
        .success()
        .stderr(predicate::str::contains("SSLKEYLOGFILE"));
}

#[test]
fn the_key_log_opens_tls_from_the_flag_and_from_the_environment() {
    let pcap = sample("tls_keylog.pcap");
    let keys = sample("tls_keylog.keys");
    let plain = run(&["dissect", "-T", "line", &pcap]);
    assert!(!plain.contains("GET /"), "no keys, no HTTP");
    let flag = run(&["dissect", "-T", "line", "--tls-keylog", &keys, &pcap]);
    // Ten suites, a keep-alive visit and a WebSocket upgrade over TLS.
    assert_eq!(flag.matches("GET / HTTP/1.1").count(), 12, "{flag}");
    assert!(flag.contains("GET /big.txt"));
    let out = osidump()
        .env("SSLKEYLOGFILE", &keys)
        .args(["dissect", "-T", "line", &pcap])
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout), flag);
}

#[test]
fn secrets_embedded_in_a_pcapng_are_used_without_being_asked() {
    let s = run(&["sessions", &sample("web_visit_tls.pcapng")]);
    for step in [
        "L7 DNS",
        "L5 TCP",
        "L6 TLS",
        "GET https://www.example.test/ → 200 OK",
        "hang up",
    ] {
        assert!(s.contains(step), "{step} missing from:\n{s}");
    }
}

#[test]
fn a_wrong_key_leaves_records_encrypted_with_one_note_per_session() {
    // The right client randoms with every secret changed.
    let text = std::fs::read_to_string(sample("tls_keylog.keys")).expect("keys");
    let wrong: String = text
        .lines()
        .map(|l| {
            let mut parts: Vec<String> = l.split(' ').map(str::to_string).collect();
            if let Some(s) = parts.get_mut(2) {
                *s = s
                    .chars()
                    .map(|c| if c == '0' { '1' } else { '0' })
                    .collect();
            }
            parts.join(" ") + "\n"
        })
        .collect();
    let mut f = tempfile::NamedTempFile::new().expect("temp");
    f.write_all(wrong.as_bytes()).expect("write");
    let path = f.path().display().to_string();
    let pcap = sample("tls_keylog.pcap");
    let json = run(&["dissect", "-T", "json", "--tls-keylog", &path, &pcap]);
    assert!(!json.contains("\"protocol\":\"http\""));
    let notes = json.matches("osidump.tls.decryption").count();
    // One per TLS session (12 connections), whichever side noticed first.
    assert_eq!(notes, 12, "notes");
    // Without keys the JSON is the same but for the notes.
    let plain = run(&["dissect", "-T", "json", &pcap]);
    assert_eq!(plain.lines().count(), json.lines().count());
}

#[test]
fn quic_initials_show_sni_and_alpn_without_keys_and_http3_with_them() {
    let pcap = sample("quic.pcap");
    let plain = run(&["dissect", "-V", "-c", "1", &pcap]);
    assert!(plain.contains("tls.handshake.extensions_server_name: www.example.test"));
    assert!(plain.contains("tls.handshake.extensions_alpn_str: h3"));
    assert!(plain.contains("tls.handshake.ja4: q13"));
    let keyed = run(&["sessions", "--tls-keylog", &sample("quic.keys"), &pcap]);
    assert_eq!(keyed.matches("L7 HTTP/3").count(), 9, "{keyed}");
    assert_eq!(keyed.matches("CONNECTION_CLOSE").count(), 3, "{keyed}");
}

#[test]
fn http2_streams_show_in_follow() {
    let out = run(&[
        "follow",
        &sample("h2.pcap"),
        "--tls-keylog",
        &sample("h2.keys"),
        "-s",
        "0",
        "--show",
        "parsed",
    ]);
    assert!(out.contains("GET /big.txt HTTP/2 (stream 5)"), "{out}");
    assert!(out.contains("HTTP/2 404 (stream 7)"), "{out}");
}
