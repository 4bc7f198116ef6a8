//! Corpus sweep: every capture in the folder named by `OSIDUMP_CORPUS` (208
//! real captures from public test suites, 57 malformed on purpose) goes
//! through dissection and all three renderers. No panic is allowed, and the
//! number of frames we deliver before any read error must equal tshark's
//! (recorded in `tests/golden/corpus_counts.tsv` by
//! `scripts/make-corpus-counts.sh`, so the suite needs no tshark).

mod common;

use osidump::dissect::Dissector;
use osidump::render::{Format, Options, Order, Renderer};
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use std::collections::BTreeMap;
use std::path::Path;

fn golden_counts() -> BTreeMap<String, (u64, bool)> {
    let text = include_str!("golden/corpus_counts.tsv");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "bad golden line {l:?}");
            let frames = cols[1].parse().expect("frame count");
            let error = cols[2].trim() == "1" || cols[2].trim() == "true";
            (cols[0].to_string(), (frames, error))
        })
        .collect()
}

/// Frames delivered before the end or the first read error, rendering each
/// in `format`; `Err` carries the read error.
fn run(path: &Path, format: Format) -> (u64, Option<String>) {
    let mut source = match FileSource::open(path) {
        Ok(s) => s,
        Err(e) => return (0, Some(e.to_string())),
    };
    let mut dissector = Dissector::new();
    let mut renderer = Renderer::new(Options {
        format,
        order: Order::TopDown,
        verbose: true,
        hex: true,
        color: true,
        lang: Default::default(),
        ..Default::default()
    });
    let mut sink = Vec::new();
    let mut n = 0;
    loop {
        match source.next_frame() {
            Ok(Some(frame)) => {
                n += 1;
                let d = dissector.dissect(&frame);
                sink.clear();
                renderer.render(&mut sink, &d).expect("render to memory");
                if format == Format::Json {
                    let v: serde_json::Value =
                        serde_json::from_slice(&sink).expect("every JSON line parses");
                    assert_eq!(v["schema"], 1);
                }
            }
            Ok(None) => return (n, None),
            Err(e) => return (n, Some(e.to_string())),
        }
    }
}

#[test]
fn corpus_counts_match_tshark_and_nothing_panics() {
    let Some(dir) = common::corpus_dir() else {
        eprintln!("skipped: OSIDUMP_CORPUS is not set");
        return;
    };
    let golden = golden_counts();
    let files = common::corpus_captures(&dir);
    assert!(
        files.len() >= 200,
        "only {} captures in {}",
        files.len(),
        dir.display()
    );
    let mut problems = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(&dir)
            .expect("under corpus")
            .to_string_lossy()
            .replace('\\', "/");
        let Some(&(want, _tshark_error)) = golden.get(&rel) else {
            problems.push(format!(
                "{rel}: no tshark count in tests/golden/corpus_counts.tsv"
            ));
            continue;
        };
        for format in [Format::Tree, Format::Line, Format::Json] {
            let result = std::panic::catch_unwind(|| run(path, format));
            match result {
                Err(_) => problems.push(format!("{rel}: PANIC in {format:?}")),
                Ok((got, err)) if got != want => problems.push(format!(
                    "{rel}: {got} frames, tshark {want} ({format:?}; error: {err:?})"
                )),
                Ok(_) => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The views that group by host read hash tables; their output must not
/// depend on the per-process hash seed. These captures have addresses
/// claimed from several MACs (ARP spoofing, corrupt frames), which once
/// made `sessions` and `report` pick a different owner from run to run.
#[test]
fn host_views_are_the_same_from_run_to_run() {
    let Some(dir) = common::corpus_dir() else {
        eprintln!("skipped: OSIDUMP_CORPUS is not set");
        return;
    };
    let files = [
        "tcpdump/arp-oobr.pcap",
        "zeek/tls/heartbleed.pcap",
        "zeek/tls/hrr.pcap",
    ];
    let views: [&[&str]; 3] = [
        &["sessions"],
        &["sessions", "--format", "svg"],
        &["report", "-o", "-"],
    ];
    for file in files {
        let path = dir.join(file);
        for view in views {
            let runs: Vec<Vec<u8>> = (0..3)
                .map(|_| {
                    let out = assert_cmd::Command::cargo_bin("osidump")
                        .expect("binary")
                        .args(["--color", "never"])
                        .args(view)
                        .arg(&path)
                        .output()
                        .expect("run");
                    assert!(out.status.success(), "{view:?} {file}");
                    out.stdout
                })
                .collect();
            assert!(!runs[0].is_empty(), "{view:?} {file}: no output");
            assert!(
                runs.windows(2).all(|w| w[0] == w[1]),
                "{view:?} {file}: output differs from run to run"
            );
        }
    }
}
