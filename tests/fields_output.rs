//! `-T fields` against tshark: for every sample, `osidump dissect -T fields`
//! with the same `-e` list and `-E` options as the committed tshark output in
//! `tests/golden/fields/` (made by `scripts/make-fields-goldens.sh`; no
//! tshark at test time).
//!
//! - `<sample>.wide.tsv`: every Wireshark field osidump registers, default
//!   options. Compared cell by cell: a cell may differ only for a field in
//!   [`KNOWN`] (a decoder that differs from tshark, said why), and the
//!   agreement is printed.
//! - `<sample>.<variant>.tsv`: a narrower list (hex bases, bytes, times,
//!   repeated fields, empty cells, communityid) with each `-E` variant of
//!   `VARIANTS`: byte for byte.

mod common;

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Fields whose values differ from tshark's in some frames, because the
/// decoder differs (not the output format), with the reason.
const KNOWN: &[(&str, &str)] = &[(
    "http3.frame_payload",
    "tshark writes control-stream frame payloads too",
)];

fn golden() -> PathBuf {
    common::golden_dir().join("fields")
}

fn list(name: &str) -> Vec<String> {
    std::fs::read_to_string(golden().join(name))
        .expect("field list")
        .split_whitespace()
        .map(String::from)
        .collect()
}

fn osidump(sample: &Path, fields: &[String], opts: &[&str]) -> String {
    let mut cmd = Command::cargo_bin("osidump").expect("binary");
    cmd.args(["dissect", "-T", "fields"]);
    for f in fields {
        cmd.args(["-e", f]);
    }
    for o in opts {
        cmd.args(["-E", o]);
    }
    let keys = sample.with_extension("keys");
    if keys.exists() {
        cmd.arg("--tls-keylog").arg(keys);
    }
    let out = cmd.arg(sample).output().expect("run osidump");
    assert!(
        out.status.success(),
        "{}: {}",
        sample.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

fn name(sample: &Path) -> String {
    sample
        .file_name()
        .expect("name")
        .to_string_lossy()
        .to_string()
}

#[test]
fn every_field_of_every_sample_reads_as_tshark_prints_it() {
    let fields = list("wide.fields");
    assert!(fields.len() > 400, "the wide list is the registry");
    let (mut cells, mut agree) = (0usize, 0usize);
    let mut by_field: BTreeMap<&str, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for sample in common::samples() {
        let n = name(&sample);
        let theirs = std::fs::read_to_string(golden().join(format!("{n}.wide.tsv")))
            .unwrap_or_else(|_| panic!("no golden for {n}: scripts/make-fields-goldens.sh"));
        let ours = osidump(&sample, &fields, &[]);
        let (o, t): (Vec<_>, Vec<_>) = (ours.lines().collect(), theirs.lines().collect());
        assert_eq!(o.len(), t.len(), "{n}: lines");
        for (i, (a, b)) in o.iter().zip(&t).enumerate() {
            let (a, b): (Vec<_>, Vec<_>) = (a.split('\t').collect(), b.split('\t').collect());
            assert_eq!(a.len(), fields.len(), "{n} line {}: columns", i + 1);
            assert_eq!(
                b.len(),
                fields.len(),
                "{n} line {}: tshark's columns",
                i + 1
            );
            for ((x, y), f) in a.iter().zip(&b).zip(&fields) {
                if x.is_empty() && y.is_empty() {
                    continue;
                }
                cells += 1;
                if x == y {
                    agree += 1;
                    continue;
                }
                *by_field.entry(f).or_default() += 1;
                if !KNOWN.iter().any(|(k, _)| k == f) {
                    problems.push(format!(
                        "{n} frame {}: {f}: ours {x:?}, tshark {y:?}",
                        i + 1
                    ));
                }
            }
        }
    }
    eprintln!(
        "-T fields agreement with tshark: {agree}/{cells} cells ({:.2} %); differing: {by_field:?}",
        100.0 * agree as f64 / cells.max(1) as f64
    );
    let stale: Vec<&str> = KNOWN
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !by_field.contains_key(k))
        .collect();
    assert!(
        stale.is_empty(),
        "listed as differing, but every cell equals tshark's now: {stale:?}"
    );
    assert!(
        problems.is_empty(),
        "{} cells differ:\n{}",
        problems.len(),
        problems[..problems.len().min(200)].join("\n")
    );
    assert!(agree * 100 >= cells * 98, "agreement fell below 98 %");
}

#[test]
fn every_option_variant_is_byte_for_byte_tsharks() {
    let fields = list("narrow.fields");
    let variants = std::fs::read_to_string(golden().join("VARIANTS")).expect("VARIANTS");
    let mut compared = 0;
    for v in variants.lines() {
        let (vname, opts) = v.split_once('|').expect("name|options");
        let opts: Vec<&str> = opts.split_whitespace().collect();
        for sample in common::samples() {
            let n = name(&sample);
            let theirs = std::fs::read_to_string(golden().join(format!("{n}.{vname}.tsv")))
                .expect("variant golden");
            let ours = osidump(&sample, &fields, &opts);
            if ours != theirs {
                let line = ours
                    .lines()
                    .zip(theirs.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                panic!(
                    "{n} -E {opts:?} differs at line {}:\n  ours:   {:?}\n  tshark: {:?}",
                    line + 1,
                    ours.lines().nth(line),
                    theirs.lines().nth(line)
                );
            }
            compared += 1;
        }
    }
    assert!(compared >= 5 * common::samples().len());
}

#[test]
fn names_tshark_knows_but_we_do_not_decode_are_refused_plainly() {
    for (name, says) in [
        ("bacapp.type", "does not decode"),
        ("ip", "a protocol"),
        ("ip.bogus", "no such field"),
        // Columns by the default titles only (`_ws.col.Info`).
        ("_ws.col.info", "does not decode"),
    ] {
        let out = Command::cargo_bin("osidump")
            .expect("binary")
            .args(["dissect", "-T", "fields", "-e", "frame.number", "-e", name])
            .arg(common::samples()[0].as_path())
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(out.stdout.is_empty(), "{name}: nothing printed");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{name}: {err}");
    }
}

#[test]
fn fields_follow_the_display_filter_and_the_header_prints_alone() {
    let dns = common::samples()
        .into_iter()
        .find(|p| name(p) == "dns.pcap")
        .expect("dns.pcap");
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args([
            "dissect",
            "-T",
            "fields",
            "-e",
            "frame.number",
            "-e",
            "dns.a",
        ])
        .args(["-E", "header=y", "-Y", "dns.a == 10.99.0.2"])
        .arg(&dns)
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("frame.number\tdns.a"));
    assert!(lines.all(|l| l.ends_with("\t10.99.0.2")));
    let none = Command::cargo_bin("osidump")
        .expect("binary")
        .args([
            "dissect",
            "-T",
            "fields",
            "-e",
            "frame.number",
            "-E",
            "header=y",
        ])
        .args(["-Y", "frame.number == 0"])
        .arg(&dns)
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&none.stdout), "frame.number\n");
}
