//! Snapshot tests: the tree and line views of every sample, and the verbose
//! tree with hex dump of one, against files in `tests/golden/`. A change in
//! output shows as a diff here; regenerate on purpose with
//! `UPDATE_GOLDEN=1 cargo test --test snapshots` and review the diff.

mod common;

use assert_cmd::Command;
use std::path::Path;

fn render(sample: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("SSLKEYLOGFILE")
        .args(["--color", "never", "dissect"])
        .args(args)
        .args(keylog(sample))
        .arg(sample)
        .output()
        .expect("run osidump");
    assert!(out.status.success(), "{}: {:?}", sample.display(), out);
    String::from_utf8(out.stdout).expect("utf8 output")
}

/// `--tls-keylog` with the sample's key log (samples/NAME.keys), if it has one.
fn keylog(sample: &Path) -> Vec<String> {
    let keys = sample.with_extension("keys");
    if keys.exists() {
        vec!["--tls-keylog".into(), keys.display().to_string()]
    } else {
        Vec::new()
    }
}

fn check(name: &str, actual: &str) {
    let path = common::golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing {}; create it with UPDATE_GOLDEN=1 cargo test --test snapshots",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the snapshot at line {}:\n  expected: {:?}\n  actual:   {:?}",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn tree_and_line_views_match_snapshots() {
    let samples = common::samples();
    assert!(!samples.is_empty());
    for sample in &samples {
        let name = sample
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        check(
            &format!("{name}.tree.txt"),
            &render(sample, &["-T", "tree"]),
        );
        check(
            &format!("{name}.line.txt"),
            &render(sample, &["-T", "line"]),
        );
    }
}

#[test]
fn verbose_tree_with_hex_matches_snapshot() {
    let sample = common::samples_dir().join("web_visit.pcap");
    let text = render(&sample, &["-V", "-x", "-c", "12", "--order", "bottom-up"]);
    check("web_visit.pcap.verbose.txt", &text);
}
