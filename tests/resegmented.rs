//! Truth is tshark, whatever the segment sizes: each sample of
//! tests/golden/reseg/CASES with every TCP payload cut into pieces of a
//! few bytes (tests/common/reseg.rs, as a sender with a tiny MSS would
//! send the same conversation) gives tshark's `frame.protocols`, Protocol
//! and Info on every frame. The expected values are tshark 4.0's reading
//! of the same rewritten captures (`scripts/make-reseg-goldens.sh`), so no
//! tshark is needed here. Reassembly is where real captures differ most
//! from our samples: pieces of 3 bytes split every header, length and
//! record; 40 and 200 split messages mid-way.

mod common;
#[path = "common/reseg.rs"]
mod reseg;

use std::process::Command;

/// Cases that still differ: (sample, size, differing frames, why). Each
/// count is exact, so a fix (or a regression) shows.
const KNOWN: &[(&str, usize, usize, &str)] = &[
    (
        "h2c.pcap",
        3,
        372,
        "HTTP on a 3-byte first segment: on port 8080 tshark's HTTP never hands the \
         conversation to HTTP/2 ('PRI' is no request), on 8088 ours does not take 'GET'",
    ),
    (
        "h2.pcap",
        40,
        12,
        "TLS: a second handshake record in a segment (tls:tls), and the segment where a \
         record spanning segments starts",
    ),
    (
        "lo.pcap",
        3,
        98,
        "tshark's HTTP heuristic (port 8000) fails on a 3-byte first segment",
    ),
    (
        "polling_vs_websocket.pcap",
        3,
        2304,
        "tshark's HTTP heuristic (port 8000) fails on a 3-byte first segment",
    ),
    ("ssh.pcap", 3, 7565, "SSH packets split inside their length"),
    ("ssh.pcap", 40, 13, "SSH packets split inside their length"),
    ("tls12.pcap", 3, 15, "TLS records split inside their header"),
    ("tls12.pcap", 40, 2, "a second record starting in a segment"),
    (
        "tls12.pcap",
        200,
        1,
        "a record completed by a segment that starts another",
    ),
    ("tls13.pcap", 3, 18, "TLS records split inside their header"),
    ("tls13.pcap", 40, 3, "a second record starting in a segment"),
    (
        "tls_keylog.pcap",
        40,
        31,
        "decrypted records split across segments",
    ),
    (
        "tls_keylog.pcap",
        200,
        6,
        "decrypted records split across segments",
    ),
];

fn known(sample: &str, size: usize) -> usize {
    KNOWN
        .iter()
        .find(|(s, n, _, _)| *s == sample && *n == size)
        .map_or(0, |k| k.2)
}

#[test]
fn resegmented_samples_read_as_tshark_reads_them() {
    let golden = common::golden_dir().join("reseg");
    let cases = std::fs::read_to_string(golden.join("CASES")).expect("CASES reads");
    let dir = std::env::temp_dir().join(format!("osidump-reseg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let mut failures = Vec::new();
    let (mut frames, mut differ) = (0usize, 0usize);
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let words: Vec<&str> = line.split_whitespace().collect();
        let (sample, size) = (words[0], words[1].parse::<usize>().expect("size"));
        let original = std::fs::read(common::samples_dir().join(sample)).expect("sample reads");
        let cut = reseg::resegment(&original, size).expect("a little-endian Ethernet pcap");
        let path = dir.join(format!("{sample}.{size}.pcap"));
        std::fs::write(&path, cut).expect("rewritten capture writes");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_osidump"));
        cmd.args(["dissect", "-T", "fields"]);
        for f in [
            "frame.number",
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
        ] {
            cmd.args(["-e", f]);
        }
        if let Some(keys) = words.get(2) {
            cmd.arg("--tls-keylog")
                .arg(common::samples_dir().join(keys));
        }
        let out = cmd
            .arg(&path)
            .env("NO_COLOR", "1")
            .output()
            .expect("osidump runs");
        assert!(
            out.status.success(),
            "{sample} cut to {size}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ours = String::from_utf8(out.stdout).expect("UTF-8");
        let want = std::fs::read_to_string(golden.join(format!("{sample}.{size}.tsv")))
            .expect("golden reads (scripts/make-reseg-goldens.sh)");
        let (ours, want): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), want.lines().collect());
        assert_eq!(
            ours.len(),
            want.len(),
            "{sample} cut to {size}: frame count"
        );
        let diffs: Vec<(&str, &str)> = want
            .iter()
            .zip(&ours)
            .filter(|(w, o)| w != o)
            .map(|(w, o)| (*w, *o))
            .collect();
        frames += want.len();
        differ += diffs.len();
        let allowed = known(sample, size);
        println!(
            "{sample} cut to {size}: {} of {} frames as tshark",
            want.len() - diffs.len(),
            want.len()
        );
        if diffs.len() != allowed {
            let shown: Vec<String> = diffs
                .iter()
                .take(3)
                .map(|(w, o)| format!("\n  tshark: {w}\n  ours:   {o}"))
                .collect();
            failures.push(format!(
                "{sample} cut to {size}: {} frames differ, KNOWN says {allowed}{}",
                diffs.len(),
                shown.concat()
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "all cases: {} of {frames} frames as tshark",
        frames - differ
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
