//! `-T parquet` read back: with the parquet crate's reader (always) and with
//! DuckDB (`pip install duckdb`; .ci/run installs it, elsewhere the DuckDB
//! check says it is skipped): row count, sums and distinct values equal what
//! the JSON output of the same capture says.

mod common;

use assert_cmd::Command;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::{Field, RowAccessor};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn osidump(args: &[&str], input: &Path) -> Vec<u8> {
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .arg("dissect")
        .args(args)
        .arg(input)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// What the JSON output says: rows, sum of frame.len, distinct ip.src (the
/// packet's own: the first), every dns.qry.name value, frame.time_epoch.
struct Facts {
    rows: usize,
    len_sum: i64,
    sources: BTreeSet<String>,
    qry_names: Vec<String>,
    epochs_ns: Vec<i64>,
}

fn json_facts(sample: &Path) -> Facts {
    let text = String::from_utf8(osidump(&["-T", "json"], sample)).expect("utf8");
    let mut f = Facts {
        rows: 0,
        len_sum: 0,
        sources: BTreeSet::new(),
        qry_names: Vec::new(),
        epochs_ns: Vec::new(),
    };
    for line in text.lines() {
        let o: Value = serde_json::from_str(line).expect("json");
        f.rows += 1;
        let mut src_seen = false;
        for l in o["layers"].as_array().expect("layers") {
            let fields = &l["fields"];
            if let Some(n) = fields["frame.len"].as_i64() {
                f.len_sum += n;
            }
            if let Some(e) = fields["frame.time_epoch"].as_str() {
                let (s, ns) = e.split_once('.').expect("secs.nanos");
                f.epochs_ns.push(
                    s.parse::<i64>().expect("s") * 1_000_000_000 + ns.parse::<i64>().expect("ns"),
                );
            }
            if !src_seen && let Some(s) = fields["ip.src"].as_str() {
                f.sources.insert(s.to_string());
                src_seen = true;
            }
            match &fields["dns.qry.name"] {
                Value::String(s) => f.qry_names.push(s.clone()),
                Value::Array(a) => f
                    .qry_names
                    .extend(a.iter().map(|v| v.as_str().unwrap_or_default().to_string())),
                _ => {}
            }
        }
    }
    f
}

fn write_parquet(sample: &Path, extra: &[&str]) -> tempfile::NamedTempFile {
    let mut args = vec!["-T", "parquet"];
    args.extend_from_slice(extra);
    let bytes = osidump(&args, sample);
    assert_eq!(&bytes[..4], b"PAR1", "a Parquet file");
    let file = tempfile::NamedTempFile::new().expect("temp");
    std::fs::write(file.path(), bytes).expect("write");
    file
}

#[test]
fn every_sample_reads_back_as_its_json_says() {
    for sample in common::samples() {
        let name = sample.display().to_string();
        let want = json_facts(&sample);
        let file = write_parquet(&sample, &[]);
        let reader = SerializedFileReader::new(std::fs::File::open(file.path()).expect("open"))
            .expect("parquet reader");
        let meta = reader.metadata().file_metadata();
        assert_eq!(meta.num_rows() as usize, want.rows, "{name}: rows");
        let schema = meta.schema_descr();
        let col = |n: &str| {
            (0..schema.root_schema().get_fields().len())
                .find(|&i| schema.root_schema().get_fields()[i].name() == n)
                .unwrap_or_else(|| panic!("column {n}"))
        };
        let (len_i, src_i, qry_i, epoch_i) = (
            col("frame.len"),
            col("ip.src"),
            col("dns.qry.name"),
            col("frame.time"),
        );
        let (mut len_sum, mut sources, mut names, mut epochs) =
            (0, BTreeSet::new(), Vec::new(), Vec::new());
        for row in reader.get_row_iter(None).expect("rows") {
            let row = row.expect("row");
            len_sum += row.get_long(len_i).expect("frame.len");
            if let Ok(s) = row.get_string(src_i) {
                sources.insert(s.clone());
            }
            if let Ok(list) = row.get_list(qry_i) {
                for e in list.elements() {
                    if let Field::Str(s) = e {
                        names.push(s.clone());
                    }
                }
            }
            match row.get_column_iter().nth(epoch_i).map(|(_, f)| f) {
                Some(Field::Long(ns)) => epochs.push(*ns),
                Some(Field::TimestampMicros(us)) => epochs.push(*us * 1000),
                other => panic!("{name}: frame.time is {other:?}"),
            }
        }
        assert_eq!(len_sum, want.len_sum, "{name}: sum of frame.len");
        assert_eq!(sources, want.sources, "{name}: distinct ip.src");
        assert_eq!(names, want.qry_names, "{name}: dns.qry.name values");
        assert_eq!(
            epochs, want.epochs_ns,
            "{name}: frame.time to the nanosecond"
        );
    }
}

#[test]
fn e_picks_columns_and_many_packets_make_several_row_groups() {
    let dir = tempfile::tempdir().expect("dir");
    let pcap = dir.path().join("many.pcap");
    let n = osidump::render::parquet::ROW_GROUP_ROWS + 1000;
    std::fs::write(&pcap, common::pcap_with(n, &common::udp_frame())).expect("write");
    let file = write_parquet(
        &pcap,
        &["-e", "frame.number", "-e", "udp.dstport", "-e", "ip.src"],
    );
    let reader =
        SerializedFileReader::new(std::fs::File::open(file.path()).expect("open")).expect("reader");
    let meta = reader.metadata();
    assert_eq!(meta.file_metadata().num_rows() as usize, n);
    assert!(
        meta.num_row_groups() >= 2,
        "row groups: {}",
        meta.num_row_groups()
    );
    let names: Vec<_> = meta
        .file_metadata()
        .schema_descr()
        .root_schema()
        .get_fields()
        .iter()
        .map(|f| f.name().to_string())
        .collect();
    assert_eq!(names, ["frame.number", "udp.dstport", "ip.src"]);
    let last = reader
        .get_row_iter(None)
        .expect("rows")
        .last()
        .expect("a row")
        .expect("row");
    assert_eq!(last.get_long(0).expect("number"), n as i64);
    assert_eq!(last.get_long(1).expect("port"), 53);
}

/// DuckDB over the same files, when it is installed (`pip install duckdb`).
#[test]
fn duckdb_reads_what_json_says() {
    let have = std::process::Command::new("python3")
        .args(["-c", "import duckdb"])
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs duckdb (.ci/run): it must be importable"
        );
        eprintln!("duckdb_reads_what_json_says: skipped (pip install duckdb)");
        return;
    }
    for sample in common::samples() {
        let want = json_facts(&sample);
        let file = write_parquet(&sample, &[]);
        let query = format!(
            "import duckdb, json\n\
             r = duckdb.connect().execute(\"select count(*), sum(\\\"frame.len\\\"), count(distinct \\\"ip.src\\\"), \
             (select count(*) from (select unnest(\\\"dns.qry.name\\\") from read_parquet('{p}'))) from read_parquet('{p}')\").fetchall()[0]\n\
             print(json.dumps([int(x or 0) for x in r]))",
            p = file.path().display()
        );
        let out = std::process::Command::new("python3")
            .args(["-c", &query])
            .output()
            .expect("python3");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got: Vec<i64> = serde_json::from_slice(&out.stdout).expect("numbers");
        assert_eq!(
            got,
            vec![
                want.rows as i64,
                want.len_sum,
                want.sources.len() as i64,
                want.qry_names.len() as i64
            ],
            "{}",
            sample.display()
        );
    }
}

#[test]
fn stats_writes_every_conversation_as_a_parquet_row() {
    let samples = common::samples();
    let json = Command::cargo_bin("osidump")
        .expect("binary")
        .args(["stats", "-T", "json", "--top", "1000000"])
        .args(&samples)
        .output()
        .expect("stats json");
    let report: Value = serde_json::from_slice(&json.stdout).expect("json");
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args(["stats", "-T", "parquet"])
        .args(&samples)
        .output()
        .expect("stats parquet");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = tempfile::NamedTempFile::new().expect("temp");
    std::fs::write(file.path(), &out.stdout).expect("write");
    let reader =
        SerializedFileReader::new(std::fs::File::open(file.path()).expect("open")).expect("reader");
    let mut want: Vec<(String, String, String, i64)> = Vec::new();
    for t in report["conversations"].as_array().expect("tables") {
        for c in t["conversations"].as_array().expect("rows") {
            want.push((
                t["kind"].as_str().expect("kind").into(),
                c["a"].as_str().expect("a").into(),
                c["b"].as_str().expect("b").into(),
                c["bytes"].as_i64().expect("bytes"),
            ));
        }
    }
    let mut got = Vec::new();
    for row in reader.get_row_iter(None).expect("rows") {
        let row = row.expect("row");
        got.push((
            row.get_string(0).expect("kind").clone(),
            row.get_string(1).expect("a").clone(),
            row.get_string(2).expect("b").clone(),
            row.get_long(8).expect("bytes"),
        ));
    }
    want.sort();
    got.sort();
    assert!(!got.is_empty());
    assert_eq!(got, want);
}
