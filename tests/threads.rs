//! `dissect --threads N` writes what `--threads 1` writes, byte for byte:
//! standard output, standard error and exit code, for every text and JSON
//! format, on the samples (together, so that frames span many batches)
//! and on every capture of the corpus named by `OSIDUMP_CORPUS` (corrupt
//! files included: the frames before the error, then the same error).

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// What a run leaves: exit code, standard output, standard error.
#[derive(PartialEq, Eq)]
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

fn run(threads: usize, args: &[&str], files: &[PathBuf]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_osidump"))
        .arg("dissect")
        .arg(format!("--threads={threads}"))
        .args(args)
        .args(files)
        .env("TZ", "UTC")
        .output()
        .expect("run osidump");
    Run {
        code: status.code(),
        stdout,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Runs with 2 and 3 threads against 1; says which differs and where.
fn assert_same(args: &[&str], files: &[PathBuf], threads: &[usize]) -> Run {
    let one = run(1, args, files);
    for &n in threads {
        let many = run(n, args, files);
        if many == one {
            continue;
        }
        let at = one
            .stdout
            .iter()
            .zip(&many.stdout)
            .position(|(a, b)| a != b)
            .unwrap_or(one.stdout.len().min(many.stdout.len()));
        panic!(
            "--threads {n} differs from --threads 1 for {args:?} {files:?}: exit {:?} vs {:?}, \
             stderr {:?} vs {:?}, stdout {} vs {} bytes, first difference at byte {at}",
            many.code,
            one.code,
            many.stderr,
            one.stderr,
            many.stdout.len(),
            one.stdout.len()
        );
    }
    one
}

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("samples folder")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains(".pcap"))
        })
        .collect();
    files.sort();
    files
}

/// Every text and JSON format, with the options that read other frames
/// (time columns, the filter, stream numbers).
const FORMATS: &[&[&str]] = &[
    &["-T", "line"],
    &["-T", "line", "-t", "dd", "-Y", "tcp.stream == 1 || udp"],
    &["-T", "line", "-t", "d", "-x"],
    &["-V"],
    &["-V", "-x", "--explain"],
    &["-T", "json"],
    &["-T", "ek"],
    &["-T", "ek", "-e", "tcp.stream", "-e", "ip.src"],
    &[
        "-T",
        "fields",
        "-E",
        "header=y",
        "-e",
        "frame.number",
        "-e",
        "frame.time_delta",
        "-e",
        "frame.time_delta_displayed",
        "-e",
        "frame.time_relative",
        "-e",
        "tcp.stream",
        "-e",
        "udp.stream",
        "-e",
        "ip.src",
    ],
    &[
        "-T",
        "fields",
        "-Y",
        "tcp.stream >= 2",
        "-e",
        "frame.number",
        "-e",
        "frame.time_delta_displayed",
        "-e",
        "tcp.stream",
    ],
];

#[test]
fn samples_every_format_same_output_on_1_2_3_threads() {
    let files = samples();
    assert!(files.len() > 10, "samples missing");
    for format in FORMATS {
        let one = assert_same(format, &files, &[2, 3]);
        assert_eq!(one.code, Some(0), "{format:?}: {}", one.stderr);
        assert!(!one.stdout.is_empty(), "{format:?}: no output");
    }
}

#[test]
fn samples_one_by_one_with_count_and_keylog() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    for f in samples() {
        assert_same(&["-T", "json", "-c", "37"], std::slice::from_ref(&f), &[2]);
        assert_same(&["-T", "line", "-c", "1"], &[f], &[2]);
    }
    let keys = dir.join("tls_keylog.keys");
    let keys = keys.to_str().expect("utf-8 path");
    let one = assert_same(
        &["-T", "json", "--tls-keylog", keys],
        &[dir.join("tls_keylog.pcap")],
        &[2],
    );
    assert!(String::from_utf8_lossy(&one.stdout).contains("\"http"));
}

/// `osidump … | head`: a closed pipe stops every thread, quietly, with the
/// exit code of one thread.
#[test]
fn closed_pipe_stops_quietly() {
    let files = samples();
    let closed = |threads: usize| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_osidump"))
            .arg("dissect")
            .arg(format!("--threads={threads}"))
            .arg("-V")
            .args(&files)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run osidump");
        let mut first = [0u8; 100];
        child
            .stdout
            .take()
            .expect("stdout")
            .read_exact(&mut first)
            .expect("some output");
        // The pipe is closed here, as `head` closes it.
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut stderr)
            .expect("stderr");
        let status = child.wait().expect("wait");
        (status.code(), stderr)
    };
    let one = closed(1);
    assert_eq!(closed(2), one);
    assert_eq!(one.1, "");
}

#[test]
fn corpus_every_format_same_output_on_1_and_2_threads() {
    let Some(dir) = common::corpus_dir() else {
        eprintln!("skipped: OSIDUMP_CORPUS is not set");
        return;
    };
    let files = common::corpus_captures(&dir);
    let mut failed_files = 0;
    for f in &files {
        for format in FORMATS {
            let one = assert_same(format, std::slice::from_ref(f), &[2]);
            if one.code != Some(0) && format == &FORMATS[0] {
                failed_files += 1;
            }
        }
    }
    // The captures whose reading ends in an error were among them (five,
    // tests/golden/corpus_counts.tsv): their frames, message and exit
    // code compared too.
    assert!(files.len() >= 200, "{} captures", files.len());
    assert!(failed_files >= 5, "{failed_files} captures ended in error");
}
