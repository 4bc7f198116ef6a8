//! Truth is tshark: for every sample in `samples/`, our JSON must give the
//! same values as `tshark -T json -e FIELD...` for the fields the JSON
//! contract lists. The tshark output is committed under `tests/golden/`
//! (made by `scripts/make-goldens.sh`), so this test needs no tshark.
//!
//! Values are compared in a canonical form: tshark prints some numbers in
//! hex (`0x0800`) and booleans as `1`/`0` or `True`/`False`; we print typed
//! JSON. Where we differ from tshark on purpose, the difference is listed in
//! [`INTENDED`] by sample and field, with the reason.

mod common;

use osidump::dissect::Dissector;
use osidump::dissect::app::tls::keylog::KeyLog;
use osidump::render::json;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::path::Path;

/// Differences we keep on purpose: (sample file, field, reason).
const INTENDED: &[(&str, &str, &str)] = &[];

/// The fields compared (the JSON contract's lists), shared with
/// `scripts/make-goldens.sh`.
fn fields() -> Vec<&'static str> {
    include_str!("golden/FIELDS")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// Bytes as hex pairs joined by `:` (our JSON, tshark's for addresses)
/// and plain hex (tshark's `-e` JSON for bytes) read alike: without `:`.
fn unsep(s: &str) -> String {
    let b = s.as_bytes();
    let colon_hex = b.len() >= 5
        && b.len() % 3 == 2
        && b.chunks(3).all(|c| {
            c[0].is_ascii_hexdigit() && c[1].is_ascii_hexdigit() && (c.len() == 2 || c[2] == b':')
        });
    if colon_hex {
        s.replace(':', "")
    } else {
        s.to_string()
    }
}

/// One canonical text per value: numbers in decimal, booleans as 1/0,
/// everything else as printed (lower-case, bytes without `:`).
fn canon_tshark(s: &str) -> String {
    if let Some(n) = s
        .strip_prefix("0x")
        .and_then(|hex| u64::from_str_radix(hex, 16).ok())
    {
        return n.to_string();
    }
    match s {
        "True" | "true" => "1".into(),
        "False" | "false" => "0".into(),
        _ => unsep(&s.to_ascii_lowercase()),
    }
}

fn canon_ours(v: &Json) -> String {
    match v {
        Json::Bool(b) => if *b { "1" } else { "0" }.into(),
        Json::Number(n) => n.to_string(),
        Json::String(s) => unsep(&s.to_ascii_lowercase()),
        other => other.to_string(),
    }
}

/// Our values of every compared field for each frame, from our JSON output.
fn ours(path: &Path, keys: bool) -> Vec<BTreeMap<String, Vec<String>>> {
    let wanted = fields();
    let mut source = FileSource::open(path).expect("sample opens");
    let mut dissector = Dissector::new();
    // The sample's key log, as scripts/make-goldens.sh gives it to tshark.
    if keys && let Ok(text) = std::fs::read(path.with_extension("keys")) {
        dissector = dissector.with_keylog(KeyLog::parse(&text));
    }
    let secrets = source.secrets();
    let mut frames = Vec::new();
    let mut buf = Vec::new();
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
        buf.clear();
        json::write_packet(&mut buf, &d).expect("render");
        let obj: Json = serde_json::from_slice(&buf).expect("our JSON parses");
        let mut fields: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for layer in obj["layers"].as_array().expect("layers") {
            for (k, v) in layer["fields"].as_object().expect("fields") {
                if !wanted.contains(&k.as_str()) {
                    continue;
                }
                let entry = fields.entry(k.clone()).or_default();
                match v {
                    Json::Array(items) => entry.extend(items.iter().map(canon_ours)),
                    one => entry.push(canon_ours(one)),
                }
            }
        }
        frames.push(fields);
    }
    frames
}

fn theirs(golden: &Path) -> Vec<BTreeMap<String, Vec<String>>> {
    let wanted = fields();
    let text = std::fs::read_to_string(golden).expect("golden readable");
    let frames: Vec<BTreeMap<String, Json>> = serde_json::from_str(&text).expect("golden JSON");
    frames
        .into_iter()
        .map(|f| {
            f.into_iter()
                .filter(|(k, _)| wanted.contains(&k.as_str()))
                .map(|(k, v)| {
                    let vals = match v {
                        Json::Array(items) => items
                            .iter()
                            .map(|i| canon_tshark(i.as_str().unwrap_or_default()))
                            .collect(),
                        Json::String(s) => vec![canon_tshark(&s)],
                        other => vec![other.to_string()],
                    };
                    (k, vals)
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_listed_field_agrees_with_tshark_on_every_sample() {
    let samples = common::samples();
    assert!(!samples.is_empty(), "samples/ has no captures");
    let fields = fields();
    let (mut cells, mut agree) = (0usize, 0usize);
    let mut per_protocol: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut problems = Vec::new();
    for sample in &samples {
        let name = sample
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let golden = common::golden_dir().join(format!("{name}.tshark.json"));
        assert!(golden.exists(), "no golden file {}", golden.display());
        // A sample with a key log is compared with it and without it.
        let mut runs = vec![(name.clone(), ours(sample, true), theirs(&golden))];
        let nokeys = common::golden_dir().join(format!("{name}.nokeys.tshark.json"));
        if sample.with_extension("keys").exists() {
            assert!(nokeys.exists(), "no golden file {}", nokeys.display());
            runs.push((
                format!("{name} (no keys)"),
                ours(sample, false),
                theirs(&nokeys),
            ));
        }
        for (name, ours, theirs) in runs {
            assert_eq!(ours.len(), theirs.len(), "{name}: frame count");
            for (i, (o, t)) in ours.iter().zip(&theirs).enumerate() {
                for field in &fields {
                    let (ov, tv) = (o.get(*field), t.get(*field));
                    if ov.is_none() && tv.is_none() {
                        continue;
                    }
                    cells += 1;
                    let proto = field.split('.').next().unwrap_or("");
                    let t = per_protocol.entry(proto.to_string()).or_default();
                    t.0 += 1;
                    if ov == tv {
                        agree += 1;
                        t.1 += 1;
                        continue;
                    }
                    if INTENDED.iter().any(|(s, f, _)| *s == name && f == field) {
                        continue;
                    }
                    problems.push(format!(
                        "{name} frame {}: {field}: ours {ov:?}, tshark {tv:?}",
                        i + 1
                    ));
                }
            }
        }
    }
    for (p, (n, ok)) in &per_protocol {
        eprintln!("tshark agreement {p}: {ok}/{n}");
    }
    let pct = 100.0 * agree as f64 / cells.max(1) as f64;
    eprintln!("tshark agreement: {agree}/{cells} field values ({pct:.2} %)");
    // Per sample and field, how many frames disagree (all of them).
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for p in &problems {
        let (sample, rest) = p.split_once(" frame ").unwrap_or((p, ""));
        let field = rest.split(": ").nth(1).unwrap_or("");
        *tally.entry(format!("{sample} {field}")).or_default() += 1;
    }
    for (k, n) in &tally {
        eprintln!("disagree: {k}: {n} frames");
    }
    let shown: Vec<_> = problems.iter().take(400).cloned().collect();
    assert!(
        problems.is_empty(),
        "{} disagreements ({agree}/{cells} agree):\n{}",
        problems.len(),
        shown.join("\n")
    );
}
