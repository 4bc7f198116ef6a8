//! Truth is tshark: the line view's Protocol and Info columns, frame by
//! frame on every sample, against `tshark -n -r SAMPLE -T fields -e
//! frame.number -e _ws.col.Protocol -e _ws.col.Info` (one pass, default
//! preferences, the sample's key log), committed as
//! `tests/golden/<sample>.columns.tsv` by `scripts/make-view-goldens.sh`.
//!
//! The columns compared are what `render::line::columns` gives: the line
//! view prints them, then osidump's own additions (the session phase in
//! parentheses, reassembly notes, anomalies), which tshark has no column for.
//!
//! A frame may differ only where [`DIFFERENCES`] says so, with the reason;
//! a listed difference that no frame shows any more fails the test too, so
//! the list stays true. Run with `-- --nocapture` for the figures.

mod common;

use osidump::dissect::Dissector;
use osidump::dissect::app::tls::keylog::KeyLog;
use osidump::render::line;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use std::collections::BTreeMap;
use std::path::Path;

/// Which column a difference is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Protocol,
    Info,
}

/// Differences kept, each with why: (tshark's Protocol column of the
/// frame, the column that differs, text tshark's Info holds there, reason).
const DIFFERENCES: &[(&str, Column, &str, &str)] = &[];

/// `(protocol, info)` of every frame, ours.
fn ours(path: &Path) -> Vec<(String, String)> {
    let mut source = FileSource::open(path).expect("sample opens");
    let mut dissector = Dissector::new();
    // The sample's key log, as the golden script gives it to tshark.
    if let Ok(text) = std::fs::read(path.with_extension("keys")) {
        dissector = dissector.with_keylog(KeyLog::parse(&text));
    }
    let secrets = source.secrets();
    let mut frames = Vec::new();
    loop {
        let held = std::mem::take(&mut *secrets.lock().expect("secrets"));
        let Some(frame) = source.next_frame().expect("sample reads whole") else {
            break;
        };
        // Secrets read with this frame (pcapng DSBs) come before it.
        let more = std::mem::take(&mut *secrets.lock().expect("secrets"));
        for text in [held, more] {
            if !text.is_empty() {
                dissector.add_secrets(&text);
            }
        }
        let d = dissector.dissect(&frame);
        frames.push(line::columns(&d));
    }
    frames
}

/// `(protocol, info)` of every frame, tshark's.
fn theirs(golden: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(golden).expect("golden readable");
    text.lines()
        .map(|l| {
            let mut cols = l.splitn(3, '\t');
            let _number = cols.next();
            let protocol = cols.next().unwrap_or_default().to_string();
            let info = cols.next().unwrap_or_default().to_string();
            (protocol, info)
        })
        .collect()
}

#[test]
fn protocol_and_info_columns_agree_with_tshark() {
    let samples = common::samples();
    assert!(!samples.is_empty(), "samples/ has no captures");
    let (mut frames, mut protocol_ok, mut info_ok) = (0usize, 0usize, 0usize);
    let mut used = vec![0usize; DIFFERENCES.len()];
    // tshark's protocol column → (frames, protocol agrees, info agrees).
    let mut per_protocol: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut problems = Vec::new();
    for sample in &samples {
        let name = sample
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let golden = common::golden_dir().join(format!("{name}.columns.tsv"));
        assert!(golden.exists(), "no golden file {}", golden.display());
        let (ours, theirs) = (ours(sample), theirs(&golden));
        assert_eq!(ours.len(), theirs.len(), "{name}: frame count");
        for (i, ((op, oi), (tp, ti))) in ours.iter().zip(&theirs).enumerate() {
            frames += 1;
            let tally = per_protocol.entry(tp.clone()).or_default();
            tally.0 += 1;
            for (column, o, t) in [(Column::Protocol, op, tp), (Column::Info, oi, ti)] {
                if o == t {
                    match column {
                        Column::Protocol => {
                            protocol_ok += 1;
                            tally.1 += 1;
                        }
                        Column::Info => {
                            info_ok += 1;
                            tally.2 += 1;
                        }
                    }
                    continue;
                }
                match DIFFERENCES
                    .iter()
                    .position(|(p, c, has, _)| p == tp && *c == column && ti.contains(has))
                {
                    Some(k) => used[k] += 1,
                    None => problems.push(format!(
                        "{name} frame {}: {column:?}: ours {o:?}, tshark {t:?}",
                        i + 1
                    )),
                }
            }
        }
    }
    for (p, (n, pok, iok)) in &per_protocol {
        eprintln!("columns {p}: protocol {pok}/{n}, info {iok}/{n}");
    }
    eprintln!(
        "tshark column agreement on {} samples: Protocol {protocol_ok}/{frames}, Info {info_ok}/{frames}",
        samples.len()
    );
    for ((p, c, _, why), n) in DIFFERENCES.iter().zip(&used) {
        eprintln!("kept difference: {p} {c:?}: {n} frames: {why}");
    }
    let stale: Vec<_> = DIFFERENCES
        .iter()
        .zip(&used)
        .filter(|(_, n)| **n == 0)
        .map(|((p, c, _, _), _)| format!("{p} {c:?}"))
        .collect();
    assert!(
        stale.is_empty(),
        "listed differences no frame shows: {stale:?}"
    );
    let shown: Vec<_> = problems.iter().take(200).cloned().collect();
    assert!(
        problems.is_empty(),
        "{} unlisted differences:\n{}",
        problems.len(),
        shown.join("\n")
    );
}

/// `-T fields -e _ws.col.*` prints the packet list's columns as tshark
/// does: No., Time, Source, Destination and Length equal tshark's on every
/// frame of every sample (`tests/golden/<sample>.wscol.tsv`, made by
/// `scripts/make-view-goldens.sh`); Protocol and Info are the columns the
/// test above compares with tshark's.
#[test]
fn column_fields_print_the_packet_list() {
    let samples = common::samples();
    assert!(!samples.is_empty(), "samples/ has no captures");
    for sample in &samples {
        let name = sample.file_name().expect("name").to_string_lossy();
        let golden = common::golden_dir().join(format!("{name}.wscol.tsv"));
        let want = std::fs::read_to_string(&golden).expect("golden readable");
        let mut cmd = assert_cmd::Command::cargo_bin("osidump").expect("binary");
        cmd.args(["dissect", "-T", "fields"]);
        for c in [
            "No.",
            "Time",
            "Source",
            "Destination",
            "Protocol",
            "Length",
            "Info",
        ] {
            cmd.arg("-e").arg(format!("_ws.col.{c}"));
        }
        let keys = sample.with_extension("keys");
        if keys.exists() {
            cmd.arg("--tls-keylog").arg(&keys);
        }
        let out = cmd.arg(sample).output().expect("run osidump");
        assert!(out.status.success(), "{name}");
        let got = String::from_utf8(out.stdout).expect("utf8");
        let lib = ours(sample);
        let got: Vec<&str> = got.lines().collect();
        let want: Vec<&str> = want.lines().collect();
        assert_eq!(got.len(), want.len(), "{name}: frames");
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            let g: Vec<&str> = g.split('\t').collect();
            assert_eq!(g.len(), 7, "{name} frame {}: {g:?}", i + 1);
            let theirs: Vec<&str> = w.split('\t').collect();
            assert_eq!(
                [g[0], g[1], g[2], g[3], g[5]][..],
                theirs[..],
                "{name} frame {}: No., Time, Source, Destination, Length",
                i + 1
            );
            assert_eq!(
                (g[4], g[6]),
                (lib[i].0.as_str(), lib[i].1.as_str()),
                "{name} frame {}: Protocol, Info",
                i + 1
            );
        }
    }
}
