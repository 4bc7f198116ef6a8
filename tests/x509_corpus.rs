//! X.509 certificates in TLS against tshark on the corpus captures that
//! carry them (`OSIDUMP_CORPUS`): `frame.protocols` of every frame with a
//! certificate or a CertificateRequest's CA names (the protocols tshark's
//! ASN.1 dissectors add, one per attribute value, extension, policy
//! qualifier and algorithm parameters), and the frames display filters on
//! x509 fields select. tshark's answers are committed
//! (`tests/golden/x509_corpus.tsv`, made by `scripts/make-x509-goldens.sh`),
//! so no tshark is needed here. The fields themselves are compared cell by
//! cell by tests/fields_corpus.rs (tests/golden/CORPUS_FIELDS lists them).

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Frames whose `frame.protocols` differs from tshark's, with the reason.
const KNOWN: &[(&str, &str, &str)] = &[];

fn golden() -> Vec<(String, String, String, String)> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/x509_corpus.tsv"),
    )
    .expect("x509_corpus.tsv: scripts/make-x509-goldens.sh");
    text.lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.splitn(4, '\t').collect();
            let cell = |i: usize| c.get(i).copied().unwrap_or("").to_string();
            (cell(0), cell(1), cell(2), cell(3))
        })
        .collect()
}

fn osidump(file: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .arg("dissect")
        .args(args)
        .arg(file)
        .output()
        .expect("run osidump");
    assert!(
        out.status.success(),
        "{} {args:?}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("OSIDUMP_CORPUS").map(PathBuf::from);
    if dir.is_none() {
        eprintln!("OSIDUMP_CORPUS not set: x509 corpus comparison skipped");
    }
    dir
}

#[test]
fn certificate_frames_list_the_protocols_tshark_lists() {
    let Some(corpus) = corpus() else { return };
    let rows = golden();
    let mut by_file: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for (kind, path, frame, protocols) in &rows {
        if kind == "protocols" {
            by_file.entry(path).or_default().push((frame, protocols));
        }
    }
    assert!(by_file.len() >= 10, "{} captures", by_file.len());
    let (mut frames, mut agree, mut wrong) = (0, 0, Vec::new());
    for (path, want) in &by_file {
        let out = osidump(
            &corpus.join(path),
            &[
                "-T",
                "fields",
                "-e",
                "frame.number",
                "-e",
                "frame.protocols",
            ],
        );
        let ours: BTreeMap<&str, &str> = out.lines().filter_map(|l| l.split_once('\t')).collect();
        for (frame, theirs) in want {
            frames += 1;
            let got = ours.get(frame).copied().unwrap_or("");
            let known = KNOWN.iter().any(|(p, f, _)| p == path && f == frame);
            match (got == *theirs, known) {
                (true, false) => agree += 1,
                (false, true) => {}
                (true, true) => wrong.push(format!(
                    "{path} frame {frame}: now as tshark, remove it from KNOWN"
                )),
                (false, false) => wrong.push(format!(
                    "{path} frame {frame}:\n  ours   {got}\n  tshark {theirs}"
                )),
            }
        }
    }
    eprintln!("frame.protocols as tshark on {agree} of {frames} certificate frames");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn filters_on_certificate_fields_select_what_tshark_selects() {
    let Some(corpus) = corpus() else { return };
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (kind, path, expr, frames) in golden() {
        if kind != "filter" {
            continue;
        }
        checked += 1;
        let out = osidump(
            &corpus.join(&path),
            &["-Y", &expr, "-T", "fields", "-e", "frame.number"],
        );
        let ours = out.lines().collect::<Vec<_>>().join(",");
        if ours != frames {
            wrong.push(format!("{path}: {expr}: ours [{ours}], tshark [{frames}]"));
        }
    }
    assert!(checked > 100, "{checked} filters");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
