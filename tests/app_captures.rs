//! Application protocols the samples do not carry, on real traffic:
//! tests/data/app/NAME.pcap or .pcapng (made by scripts/make-app-captures.sh from
//! real clients and servers in a namespace) against what tshark 4.0 gives
//! on it, tests/golden/app/FILE.tsv (`-T fields`, a header row naming
//! the fields: frame.protocols, the Protocol and Info columns, every field
//! the registry declares of the protocols the capture shows). Each cell must be tshark's.

use std::path::Path;
use std::process::Command;

mod common;

#[test]
fn app_captures_agree_with_tshark_field_by_field() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/app");
    let mut names: Vec<_> = std::fs::read_dir(&data)
        .expect("tests/data/app")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "pcap" || x == "pcapng"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no capture in {}", data.display());
    let mut problems = Vec::new();
    for path in &names {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let golden = common::golden_dir().join("app").join(format!("{name}.tsv"));
        let golden = std::fs::read_to_string(&golden)
            .unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        let mut rows = golden.lines();
        let header: Vec<&str> = rows.next().expect("header row").split('\t').collect();
        assert!(
            header.len() > 4,
            "{name}: the golden names no field of the protocol"
        );
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_osidump"));
        cmd.args(["dissect", "-r"]).arg(path);
        cmd.args(["-T", "fields", "-E", "occurrence=a"]);
        for f in &header {
            cmd.args(["-e", f]);
        }
        let out = cmd.output().expect("runs osidump");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let ours = String::from_utf8(out.stdout).expect("UTF-8");
        let ours: Vec<&str> = ours.lines().collect();
        let theirs: Vec<&str> = rows.collect();
        if ours.len() != theirs.len() {
            problems.push(format!(
                "{name}: {} frames, tshark {}",
                ours.len(),
                theirs.len()
            ));
        }
        // Frames with the protocol in them: the test must look at some.
        let shown = theirs
            .iter()
            .filter(|r| {
                r.split('\t')
                    .nth(1)
                    .is_some_and(|p| p.split(':').count() > 4)
            })
            .count();
        assert!(
            shown > 10,
            "{name}: only {shown} frames carry an application protocol"
        );
        for (o, t) in ours.iter().zip(&theirs) {
            let (o, t): (Vec<&str>, Vec<&str>) = (o.split('\t').collect(), t.split('\t').collect());
            for (i, field) in header.iter().enumerate() {
                let (a, b) = (o.get(i).unwrap_or(&""), t.get(i).unwrap_or(&""));
                // tshark prints control characters other than \r \n \t
                // raw (a DoH body's bytes in http.file_data); osidump
                // escapes them, so no packet drives the terminal.
                let mut escaped = String::new();
                osidump::render::value::escape_text(&mut escaped, b);
                if a != b && *a != escaped {
                    problems.push(format!(
                        "{name} frame {}: {field}: ours {a:?}, tshark {b:?}",
                        t.first().unwrap_or(&"?")
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
