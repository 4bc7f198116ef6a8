//! Display filters select the same packets as tshark -Y.
//!
//! `tests/golden/filters.tsv` holds, for each sample and expression, the
//! frame numbers tshark 4.0 selected (`scripts/make-filter-goldens.sh`). We
//! run the same expressions through the library (FileSource -> Dissector ->
//! Filter) and compare, so this needs no tshark.
//!
//! Rows whose expression names an upper-layer protocol in
//! [`PENDING_UPPER_LAYERS`] are skipped, with a note, only while no sample
//! yields a layer of that protocol at all (the decoder is not wired into the
//! dissector yet). Once any sample has such a layer, the rows must pass.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use osidump::dissect::{Dissection, Dissector};
use osidump::filter::{Filter, known_fields};
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use proptest::prelude::*;

/// Upper layers whose decoders may not be wired into the dissector yet.
const PENDING_UPPER_LAYERS: &[&str] = &["dns", "http", "tls", "websocket"];

struct Row {
    sample: String,
    expr: String,
    frames: Vec<u64>,
}

fn golden_rows() -> Vec<Row> {
    let text = std::fs::read_to_string(common::golden_dir().join("filters.tsv"))
        .expect("tests/golden/filters.tsv (scripts/make-filter-goldens.sh)");
    text.lines()
        .map(|line| {
            let mut cols = line.split('\t');
            let (Some(sample), Some(expr), Some(frames)) = (cols.next(), cols.next(), cols.next())
            else {
                panic!("bad row in filters.tsv: {line:?}");
            };
            Row {
                sample: sample.to_string(),
                expr: expr.to_string(),
                frames: frames
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().expect("frame number"))
                    .collect(),
            }
        })
        .collect()
}

/// A dissection that owns its bytes, so a whole sample can be kept.
fn owned(d: &Dissection<'_>) -> Dissection<'static> {
    let layers = d.layers.iter().map(|l| l.clone().into_owned()).collect();
    Dissection {
        data: Box::leak(d.data.to_vec().into_boxed_slice()),
        layers,
        events: Vec::new(),
    }
}

/// Every sample, dissected: (file name, [(frame number, dissection)]).
type Sample = (String, Vec<(u64, Dissection<'static>)>);

fn dissected_samples() -> &'static [Sample] {
    static CELL: std::sync::OnceLock<Vec<Sample>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        common::samples()
            .iter()
            .map(|path| {
                let mut src = FileSource::open(path).expect("open sample");
                let mut dissector = Dissector::new();
                let secrets = src.secrets();
                let mut frames = Vec::new();
                while let Some(frame) = src.next_frame().expect("read sample") {
                    // Decryption Secrets Blocks read so far, as the CLI
                    // (and tshark) use them.
                    if let Ok(mut text) = secrets.lock()
                        && !text.is_empty()
                    {
                        dissector.add_secrets(&text);
                        text.clear();
                    }
                    let number = frame.number;
                    frames.push((number, owned(&dissector.dissect(&frame))));
                }
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, frames)
            })
            .collect()
    })
}

fn select(filter: &Filter, frames: &[(u64, Dissection<'static>)]) -> Vec<u64> {
    frames
        .iter()
        .filter(|(_, d)| filter.matches(d))
        .map(|(n, _)| *n)
        .collect()
}

/// The frames selected, and those the filter cannot judge as tshark would
/// (it reads bytes of layers decoded from reassembled data).
fn select_checked(filter: &Filter, frames: &[(u64, Dissection<'static>)]) -> (Vec<u64>, Vec<u64>) {
    let (mut yes, mut unanswered) = (Vec::new(), Vec::new());
    for (n, d) in frames {
        match filter.evaluate(d) {
            Ok(true) => yes.push(*n),
            Ok(false) => {}
            Err(_) => unanswered.push(*n),
        }
    }
    (yes, unanswered)
}

/// The upper-layer protocols an expression names (`dns`, `dns.qry.name`).
fn upper_layers_named(expr: &str) -> Vec<&'static str> {
    let words: Vec<&str> = expr
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .collect();
    PENDING_UPPER_LAYERS
        .iter()
        .copied()
        .filter(|p| {
            words
                .iter()
                .any(|w| w == p || w.strip_prefix(p).is_some_and(|r| r.starts_with('.')))
        })
        .collect()
}

#[test]
fn filters_select_what_tshark_selects() {
    let rows = golden_rows();
    let samples = dissected_samples();
    let seen: BTreeSet<&str> = samples
        .iter()
        .flat_map(|(_, frames)| frames.iter())
        .flat_map(|(_, d)| d.layers.iter().map(|l| l.protocol))
        .collect();

    let exprs: BTreeSet<&str> = rows.iter().map(|r| r.expr.as_str()).collect();
    assert!(exprs.len() >= 400, "only {} expressions", exprs.len());
    // Every expression tshark takes compiles, except those we refuse on
    // purpose (REFUSED_BY_US_ONLY), which must say what is not supported.
    let mut compiled: BTreeMap<&str, Filter> = BTreeMap::new();
    let mut refused_by_us = Vec::new();
    for e in &exprs {
        match Filter::new(e) {
            Ok(f) => {
                compiled.insert(*e, f);
            }
            Err(err) if REFUSED_BY_US_ONLY.iter().any(|(x, _)| x == e) => {
                assert!(
                    err.message.starts_with("not supported"),
                    "{e}: refused without naming what is not supported: {}",
                    err.message
                );
                refused_by_us.push(*e);
            }
            Err(err) => panic!("tshark takes this, we refuse it:\n{}", err.render(e)),
        }
    }

    let mut failures = Vec::new();
    let mut pending: BTreeMap<&str, usize> = BTreeMap::new();
    let mut checked = 0;
    let mut unanswered_rows = Vec::new();
    for row in &rows {
        let missing_layers: Vec<_> = upper_layers_named(&row.expr)
            .into_iter()
            .filter(|p| !seen.contains(p))
            .collect();
        if !missing_layers.is_empty() {
            for p in missing_layers {
                *pending.entry(p).or_default() += 1;
            }
            continue;
        }
        let (_, frames) = samples
            .iter()
            .find(|(name, _)| *name == row.sample)
            .unwrap_or_else(|| panic!("no sample {}", row.sample));
        let Some(filter) = compiled.get(row.expr.as_str()) else {
            continue;
        };
        let (ours, unanswered) = select_checked(filter, frames);
        checked += 1;
        if !unanswered.is_empty() {
            unanswered_rows.push(format!(
                "{} | {} (frames {:?})",
                row.sample, row.expr, unanswered
            ));
        }
        let want: Vec<u64> = row
            .frames
            .iter()
            .copied()
            .filter(|n| !unanswered.contains(n))
            .collect();
        if ours != want {
            let want: BTreeSet<_> = row.frames.iter().collect();
            let got: BTreeSet<_> = ours.iter().collect();
            failures.push(format!(
                "{} | {}\n    tshark only: {:?}\n    osidump only: {:?}",
                row.sample,
                row.expr,
                want.difference(&got).collect::<Vec<_>>(),
                got.difference(&want).collect::<Vec<_>>(),
            ));
        }
    }
    for (p, n) in &pending {
        eprintln!(
            "note: {n} rows naming `{p}` skipped: no sample yields a `{p}` layer yet \
             (PENDING_UPPER_LAYERS); they must pass once the decoder is wired"
        );
    }
    let refused = golden_refused();
    eprintln!(
        "{} rows have frames we do not judge (bytes of layers decoded from reassembled data; \
         Filter::evaluate says so, -Y warns):\n  {}",
        unanswered_rows.len(),
        unanswered_rows.join("\n  ")
    );
    eprintln!(
        "{} expressions: {} run by both tools ({checked} (sample, expression) rows, {} differ); \
         {} refused by both; {} refused by us only: {:?}",
        exprs.len() + refused.len(),
        compiled.len(),
        failures.len(),
        refused.len(),
        refused_by_us.len(),
        refused_by_us
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} (sample, expression) rows select other packets than tshark:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Expressions tshark 4.0 takes that we refuse, and why: we would not give
/// its answer. Each must fail with a "not supported: ..." message.
const REFUSED_BY_US_ONLY: &[(&str, &str)] = &[];

/// (expression, tshark's message) for each expression tshark 4.0 refuses.
fn golden_refused() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(common::golden_dir().join("filters_refused.tsv"))
        .expect("tests/golden/filters_refused.tsv (scripts/make-filter-goldens.sh)");
    text.lines()
        .map(|line| {
            let (e, m) = line.split_once('\t').unwrap_or((line, ""));
            (e.to_string(), m.to_string())
        })
        .collect()
}

#[test]
fn what_tshark_refuses_we_refuse() {
    let refused = golden_refused();
    assert!(
        refused.len() >= 40,
        "only {} refused expressions",
        refused.len()
    );
    let accepted: Vec<String> = refused
        .iter()
        .filter(|(e, _)| Filter::new(e).is_ok())
        .map(|(e, m)| format!("{e}    (tshark: {m})"))
        .collect();
    assert!(
        accepted.is_empty(),
        "tshark refuses these, we accept them:\n{}",
        accepted.join("\n")
    );
}

#[test]
fn expressions_cover_every_operator() {
    let rows = golden_rows();
    let exprs: BTreeSet<&str> = rows.iter().map(|r| r.expr.as_str()).collect();
    for op in [
        "==",
        "!=",
        "~=",
        "!==",
        " < ",
        " > ",
        "<=",
        ">=",
        " eq ",
        " ne ",
        " lt ",
        " le ",
        " gt ",
        " ge ",
        "contains",
        "matches",
        " in {",
        "..",
        "not ",
        "!",
        "&&",
        "||",
        " and ",
        " or ",
        "(",
        "0x",
        "\\x",
        "/",
        "ff:ff",
        "===",
        " + ",
        " - ",
        " * ",
        " / ",
        " % ",
        " & ",
        "{tcp",
        "[0:",
        "[-1]",
        "[:",
        ":]",
        "-",
        "#2",
        "#[",
        "len(",
        "count(",
        "upper(",
        "lower(",
        "string(",
        "abs(",
        "max(",
        "min(",
        "any ",
        "all ",
        "frame contains",
        "tcp contains",
        "udp matches",
        "'",
        "${",
    ] {
        assert!(
            exprs.iter().any(|e| e.contains(op)),
            "no golden expression uses {op:?}"
        );
    }
}

#[test]
fn every_field_the_samples_yield_is_filterable() {
    let known: BTreeSet<&str> = known_fields().collect();
    let mut unknown = BTreeSet::new();
    for (_, frames) in dissected_samples() {
        for (_, d) in frames {
            for l in &d.layers {
                // The layer's protocol works alone too.
                Filter::new(l.protocol).unwrap_or_else(|e| panic!("{}: {e}", l.protocol));
                for f in &l.fields {
                    if !known.contains(f.name()) {
                        unknown.insert(f.name());
                    }
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "fields missing from known_fields(): {unknown:?}"
    );
}

#[test]
fn aliases_select_like_the_fields_they_stand_for() {
    let pairs = [
        (
            "tls.sni contains \"example\"",
            "tls.handshake.extensions_server_name contains \"example\"",
        ),
        ("http.method == \"GET\"", "http.request.method == \"GET\""),
        ("dns.name matches \"^www\"", "dns.qry.name matches \"^www\""),
        (
            "ip.addr == 10.99.0.2",
            "ip.src == 10.99.0.2 || ip.dst == 10.99.0.2",
        ),
        ("tcp.port == 80", "tcp.srcport == 80 || tcp.dstport == 80"),
        (
            "eth.addr == 02:99:00:00:00:02",
            "eth.src == 02:99:00:00:00:02 or eth.dst == 02:99:00:00:00:02",
        ),
    ];
    for (name, frames) in dissected_samples() {
        for (alias, canonical) in pairs {
            let a = select(&Filter::new(alias).unwrap(), frames);
            let c = select(&Filter::new(canonical).unwrap(), frames);
            assert_eq!(a, c, "{name}: {alias} vs {canonical}");
        }
    }
}

const ATOMS: &[&str] = &[
    "tcp",
    "udp",
    "arp",
    "ipv6",
    "dns",
    "http",
    "udp.port == 53",
    "tcp.port in {80, 443, 8000..8800}",
    "ip.addr == 10.99.0.0/24",
    "ip.addr != 10.99.0.1",
    "ipv6.addr ~= fd99::1",
    "frame.len > 100",
    "frame.len le 98",
    "tcp.flags.syn == 1",
    "tcp.flags.ack",
    "eth.addr == ff:ff:ff:ff:ff:ff",
    "icmpv6.type in {135, 136}",
    "vlan.id >= 100",
    "frame.number lt 10",
    "tcp.len != 0",
    "dns.qry.name contains \"example\"",
    "dns.qry.name matches \"^www\"",
    "http.request.method == \"GET\"",
];

fn expr_strategy() -> impl Strategy<Value = String> {
    let leaf = proptest::sample::select(ATOMS).prop_map(str::to_string);
    leaf.prop_recursive(4, 24, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) and ({b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} || {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} && {b}")),
            inner.clone().prop_map(|a| format!("!({a})")),
            inner.prop_map(|a| format!("not ({a})")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// `not (A)` selects exactly the packets A leaves out, on every sample.
    #[test]
    fn not_selects_the_complement(a in expr_strategy()) {
        let f = Filter::new(&a).unwrap();
        let not_f = Filter::new(&format!("not ({a})")).unwrap();
        let bang_f = Filter::new(&format!("!({a})")).unwrap();
        for (_, frames) in dissected_samples() {
            for (n, d) in frames {
                let yes = f.matches(d);
                prop_assert_eq!(not_f.matches(d), !yes, "frame {}", n);
                prop_assert_eq!(bang_f.matches(d), !yes, "frame {}", n);
            }
        }
    }

    /// `and` / `or` combine their operands' selections.
    #[test]
    fn and_or_compose(a in expr_strategy(), b in expr_strategy()) {
        let (fa, fb) = (Filter::new(&a).unwrap(), Filter::new(&b).unwrap());
        let and = Filter::new(&format!("({a}) and ({b})")).unwrap();
        let or = Filter::new(&format!("({a}) or ({b})")).unwrap();
        for (_, frames) in dissected_samples() {
            for (_, d) in frames {
                prop_assert_eq!(and.matches(d), fa.matches(d) && fb.matches(d));
                prop_assert_eq!(or.matches(d), fa.matches(d) || fb.matches(d));
            }
        }
    }
}

fn osidump() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("osidump").expect("binary built");
    c.env("NO_COLOR", "1");
    c
}

#[test]
fn cli_rejects_a_bad_filter_with_a_caret_and_exit_2() {
    let sample = common::samples_dir().join("dns.pcap");
    let out = osidump()
        .args(["dissect", "-Y", "dns.qry.nme == \"x\""])
        .arg(&sample)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "osidump: filter: unknown field \"dns.qry.nme\"; did you mean \"dns.qry.name\"?\n  \
         dns.qry.nme == \"x\"\n  ^~~~~~~~~~~\n"
    );
    let out = osidump()
        .args(["dissect", "--display-filter", "tcp.port in {80"])
        .arg(&sample)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).ends_with("  tcp.port in {80\n                 ^\n")
    );
}

#[test]
fn cli_prints_only_matching_packets() {
    let rows = golden_rows();
    let row = rows
        .iter()
        .find(|r| r.sample == "dns.pcap" && r.expr == "udp.length >= 100")
        .expect("golden row");
    let out = osidump()
        .args(["dissect", "-T", "json", "-Y", &row.expr])
        .arg(common::samples_dir().join("dns.pcap"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let numbers: Vec<u64> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["layers"][0]["fields"]["frame.number"].as_u64().unwrap()
        })
        .collect();
    assert_eq!(numbers, row.frames);
}

/// Every sample as `osidump dissect` reads it: through the pipeline, which
/// adds the times that depend on other frames (`frame.time_relative`).
fn pipeline_samples() -> &'static [Sample] {
    use osidump::pipeline::{Pipeline, Settings, Sink};
    struct Keep(Vec<(u64, Dissection<'static>)>);
    impl Sink for Keep {
        fn packet(
            &mut self,
            frame: &osidump::source::Frame<'_>,
            d: &Dissection<'_>,
        ) -> std::io::Result<()> {
            self.0.push((frame.number, owned(d)));
            Ok(())
        }
    }
    static CELL: std::sync::OnceLock<Vec<Sample>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        common::samples()
            .iter()
            .map(|path| {
                let mut src = FileSource::open(path).expect("open sample");
                let mut keep = Keep(Vec::new());
                Pipeline::new(Settings::default())
                    .run(&mut src, &mut keep)
                    .expect("read sample");
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, keep.0)
            })
            .collect()
    })
}

/// `tests/golden/filters_checked.tsv` (`scripts/make-filter-checked-goldens.sh`):
/// cases a sweep of generated expressions against tshark 4.0 found us
/// answering otherwise. Selections must be tshark's, expressions it refuses
/// we refuse, and those we cannot answer as it would say "not supported".
#[test]
fn cases_found_by_the_tshark_sweep() {
    check_rows("filters_checked.tsv", 100);
}

/// `tests/golden/filters_suite.tsv` (`scripts/make-filter-suite-goldens.sh`):
/// the expressions of Wireshark's display-filter test suite
/// (test/suite_dfilter), on our fields where the suite's protocols are
/// not decoded, with tshark 4.0's answers: selections, refusals, and
/// what we must refuse as not supported.
#[test]
fn wireshark_dfilter_suite_expressions() {
    check_rows("filters_suite.tsv", 1000);
}

/// `tests/golden/filters_public.tsv` (`scripts/make-filter-suite-goldens.sh
/// filters_public`): expressions as users write them, from
/// wireshark-filter(4), the User's Guide, the filter buttons, colouring
/// rules and macros Wireshark ships, tshark(1), cheat-sheets, and
/// typo-like and edge forms, with tshark 4.0's answers on our samples.
#[test]
fn expressions_users_write() {
    check_rows("filters_public.tsv", 1500);
}

/// Rows of a golden file in the form of filters_checked.tsv: `SAMPLE EXPR
/// FRAMES`, `- EXPR REFUSED: MSG` or `- EXPR NOT SUPPORTED`.
fn check_rows(file: &str, at_least: usize) {
    let text = std::fs::read_to_string(common::golden_dir().join(file))
        .unwrap_or_else(|e| panic!("tests/golden/{file}: {e}"));
    let samples = pipeline_samples();
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in text.lines() {
        let mut cols = line.splitn(3, '\t');
        let (Some(sample), Some(expr), Some(want)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("bad row in {file}: {line:?}");
        };
        rows += 1;
        let compiled = Filter::new(expr);
        if let Some(msg) = want.strip_prefix("REFUSED: ") {
            if compiled.is_ok() {
                failures.push(format!("{expr}: tshark refuses it ({msg}), we take it"));
            }
            continue;
        }
        if want == "NOT SUPPORTED" {
            match compiled {
                Err(e) if e.message.starts_with("not supported") => {}
                Err(e) => failures.push(format!("{expr}: refused as no field: {}", e.message)),
                Ok(_) => failures.push(format!("{expr}: taken, we cannot answer it")),
            }
            continue;
        }
        let filter = match compiled {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!(
                    "{expr}: tshark takes it, we refuse it: {}",
                    e.message
                ));
                continue;
            }
        };
        let (_, frames) = samples
            .iter()
            .find(|(name, _)| name == sample)
            .unwrap_or_else(|| panic!("no sample {sample}"));
        let want: Vec<u64> = want
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().expect("frame number"))
            .collect();
        let got = select(&filter, frames);
        if got != want {
            failures.push(format!(
                "{sample} | {expr}\n    tshark: {want:?}\n    ours:   {got:?}"
            ));
        }
    }
    assert!(rows >= at_least, "only {rows} rows in {file}");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows of {file} differ from tshark:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
