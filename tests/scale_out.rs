//! The scale-out examples (`examples/scale-out/`): the samples converted in
//! parallel to a partitioned Parquet dataset, then the DuckDB report (and,
//! with `OSIDUMP_SPARK=1` where pyspark and a JRE are installed, the Spark
//! job in local mode) must give `osidump stats`'s figures for the same
//! captures: every IP endpoint's packets and bytes, each DNS name's queries
//! and responses, TLS client hellos by SNI and by JA4.

mod common;

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn have_python_module(m: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {m}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `osidump stats` over every sample, as the report's rows.
fn stats() -> Value {
    let out = Command::new(assert_cmd::cargo::cargo_bin("osidump"))
        .args(["stats", "-T", "json", "--top", "1000000"])
        .args(common::samples())
        .output()
        .expect("stats");
    assert!(out.status.success());
    let st: Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut talkers = BTreeMap::new();
    for c in st["conversations"].as_array().expect("conversations") {
        if c["kind"] == "ip" || c["kind"] == "ipv6" {
            for e in c["endpoints"].as_array().expect("endpoints") {
                talkers.insert(
                    e["endpoint"].as_str().expect("addr").to_string(),
                    (
                        e["packets"].as_u64().expect("p"),
                        e["bytes"].as_u64().expect("b"),
                    ),
                );
            }
        }
    }
    let mut dns = BTreeMap::new();
    for d in st["applications"]["dns"].as_array().expect("dns") {
        dns.insert(
            d["name"].as_str().expect("name").to_string(),
            (
                d["queries"].as_u64().expect("q"),
                d["responses"].as_u64().expect("r"),
            ),
        );
    }
    let counts = |k: &str| -> BTreeMap<String, u64> {
        st["applications"][k]
            .as_array()
            .expect("counts")
            .iter()
            .map(|p| {
                (
                    p[0].as_str().expect("k").to_string(),
                    p[1].as_u64().expect("n"),
                )
            })
            .collect()
    };
    serde_json::json!({
        "talkers": talkers,
        "dns": dns,
        "sni": counts("tls_sni"),
        "ja4": counts("ja4"),
    })
}

/// A report's JSON in the same shape.
fn report(r: &Value) -> Value {
    let rows = |k: &str| r[k].as_array().expect("rows").clone();
    let mut talkers = BTreeMap::new();
    for t in rows("top_talkers") {
        talkers.insert(
            t[0].as_str().expect("addr").to_string(),
            (t[1].as_u64().expect("p"), t[2].as_u64().expect("b")),
        );
    }
    let mut dns = BTreeMap::new();
    for d in rows("dns_names") {
        dns.insert(
            d[0].as_str().expect("name").to_string(),
            (d[1].as_u64().expect("q"), d[2].as_u64().expect("r")),
        );
    }
    let (mut sni, mut ja4) = (
        BTreeMap::<String, u64>::new(),
        BTreeMap::<String, u64>::new(),
    );
    for h in rows("sni_by_ja4") {
        let n = h[2].as_u64().expect("n");
        for (k, m) in [(0, &mut ja4), (1, &mut sni)] {
            let s = h[k].as_str().expect("key");
            if !s.is_empty() {
                *m.entry(s.to_string()).or_default() += n;
            }
        }
    }
    serde_json::json!({ "talkers": talkers, "dns": dns, "sni": sni, "ja4": ja4 })
}

fn convert(out: &Path) {
    let status = Command::new("bash")
        .arg(repo().join("examples/scale-out/to-parquet.sh"))
        .arg(repo().join("samples"))
        .arg(out)
        .arg("2")
        .env("OSIDUMP", assert_cmd::cargo::cargo_bin("osidump"))
        .output()
        .expect("to-parquet.sh");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    // One file per capture, under its date and name.
    for s in common::samples() {
        let name = s.file_name().expect("name").to_string_lossy().to_string();
        let day = std::fs::read_dir(out)
            .expect("dataset")
            .filter_map(Result::ok)
            .map(|d| {
                d.path()
                    .join(format!("file={name}"))
                    .join("packets.parquet")
            })
            .find(|p| p.exists());
        assert!(day.is_some(), "{name} converted");
    }
}

fn run_report(script: &str, dataset: &Path) -> Value {
    let out = Command::new("python3")
        .arg(repo().join("examples/scale-out").join(script))
        .arg(dataset)
        .arg("--json")
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.lines().last().expect("a JSON line");
    serde_json::from_str(last).expect("report JSON")
}

#[test]
fn duckdb_and_spark_reports_give_osidump_stats_figures() {
    let dir = tempfile::tempdir().expect("dir");
    let dataset = dir.path().join("parquet");
    convert(&dataset);
    let want = stats();
    assert!(!want["talkers"].as_object().expect("talkers").is_empty());
    if have_python_module("duckdb") {
        assert_eq!(
            report(&run_report("duckdb_report.py", &dataset)),
            want,
            "DuckDB"
        );
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs duckdb (.ci/run)"
        );
        eprintln!("DuckDB report: skipped (pip install duckdb)");
    }
    if std::env::var_os("OSIDUMP_SPARK").is_some() {
        assert!(
            have_python_module("pyspark"),
            "OSIDUMP_SPARK=1 needs pyspark"
        );
        assert_eq!(
            report(&run_report("spark_report.py", &dataset)),
            want,
            "Spark"
        );
    } else {
        eprintln!("Spark report: skipped (OSIDUMP_SPARK=1 with pyspark and a JRE runs it)");
    }
}
