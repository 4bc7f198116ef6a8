//! Truth is tshark, on public captures of the link types decoded besides
//! Ethernet and its cousins: Cisco HDLC (with SLARP), NFLOG and FDDI.
//! tests/golden/linktypes_corpus.tsv holds tshark 4.0's frame.protocols,
//! Protocol, Info, Source and Destination columns and the link fields of
//! tcpdump's, Zeek's and PcapPlusPlus's captures of these link types
//! (scripts/make-linktypes-corpus-goldens.sh), each keyed by the SHA-256
//! of its bytes. Every file under `OSIDUMP_CORPUS` whose hash is there is
//! read by osidump and compared with it frame by frame, so the test needs
//! no tshark and no particular layout of the corpus. Skipped without
//! `OSIDUMP_CORPUS`; a corpus with none of these captures compares none,
//! and says so.
//!
//! Known difference: OSI over Cisco HDLC (IS-IS, ES-IS, CLNP; protocol
//! 0xfefe), which osidump shows as data: on those frames only the link
//! layer's fields are compared, and the test fails the day the rest
//! agrees (then remove the exception).

mod common;

use assert_cmd::Command;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// A capture's name and tshark's rows, one a frame.
type Capture = (String, Vec<Vec<String>>);

/// The golden's columns after sha256, file and frame, and its captures by
/// hash.
fn golden() -> (Vec<String>, HashMap<String, Capture>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/linktypes_corpus.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/golden/linktypes_corpus.tsv");
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("header")
        .split('\t')
        .skip(3)
        .map(str::to_owned)
        .collect();
    let mut by_hash: HashMap<String, Capture> = HashMap::new();
    for line in lines {
        let mut cells = line.split('\t');
        let (Some(hash), Some(name), Some(_frame)) = (cells.next(), cells.next(), cells.next())
        else {
            panic!("short golden row: {line:?}");
        };
        let mut row: Vec<String> = cells.map(str::to_owned).collect();
        row.resize(header.len(), String::new());
        by_hash
            .entry(hash.to_owned())
            .or_insert_with(|| (name.to_owned(), Vec::new()))
            .1
            .push(row);
    }
    (header, by_hash)
}

fn sha256_prefix(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("read capture");
    let digest = Sha256::digest(&bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn link_types_agree_with_tshark_on_public_captures() {
    let Some(dir) = common::corpus_dir() else {
        eprintln!("skipped: OSIDUMP_CORPUS is not set");
        return;
    };
    let (header, by_hash) = golden();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let protocols = col("frame.protocols");
    // The link layer's own fields, compared on every frame.
    let link: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            h.starts_with("chdlc.") || h.starts_with("nflog.") || h.starts_with("fddi.")
        })
        .map(|(i, _)| i)
        .collect();
    let mut wrong = Vec::new();
    let (mut files_seen, mut frames_compared, mut osi_frames) = (0, 0, 0);
    for path in common::corpus_captures(&dir) {
        let Some((name, rows)) = by_hash.get(&sha256_prefix(&path)) else {
            continue;
        };
        files_seen += 1;
        let out = Command::cargo_bin("osidump")
            .unwrap()
            .arg("dissect")
            .args(["-T", "fields"])
            .args(header.iter().flat_map(|h| ["-e", h.as_str()]))
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let ours: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
        for (i, want) in rows.iter().enumerate() {
            let frame = i + 1;
            let Some(got) = ours.get(i) else {
                wrong.push(format!("{name} frame {frame}: osidump has no such frame"));
                continue;
            };
            let cell = |j: usize| got.get(j).copied().unwrap_or("");
            let osi = want[protocols].starts_with("chdlc:osi");
            let compared: Vec<usize> = if osi {
                osi_frames += 1;
                if (0..header.len()).all(|j| cell(j) == want[j]) {
                    wrong.push(format!(
                        "{name} frame {frame}: OSI over Cisco HDLC now agrees with tshark: \
                         remove its exception"
                    ));
                }
                link.clone()
            } else {
                (0..header.len()).collect()
            };
            frames_compared += 1;
            for j in compared {
                if cell(j) != want[j] {
                    wrong.push(format!(
                        "{name} frame {frame} {}:\n  tshark  {:?}\n  osidump {:?}",
                        header[j],
                        want[j],
                        cell(j)
                    ));
                }
            }
        }
    }
    eprintln!(
        "{files_seen} captures of these link types in the corpus, {frames_compared} frames \
         compared ({osi_frames} OSI over Cisco HDLC: link fields only)"
    );
    assert!(
        wrong.is_empty(),
        "{} differences from tshark:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
