//! `-T fields` against tshark on every corpus capture (`OSIDUMP_CORPUS`):
//! the fields of `tests/golden/CORPUS_FIELDS`, frame by frame, from
//! tshark's committed output (`tests/golden/fields_corpus.tsv`, made by
//! `scripts/make-fields-corpus-goldens.sh`), so no tshark is needed here.
//! A cell differs only where [`KNOWN`] says why.

use assert_cmd::Command;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Cells that differ from tshark's, by capture and field, with the reason.
const KNOWN: &[(&str, &str, &str)] = &[
    (
        "pcapplusplus/four_ipv6_http_streams.pcap",
        "http.file_data",
        "a GIF body: tshark prints its C0 control bytes raw, we escape them (\\x01) as \
         every string of -T fields (terminal safety, src/render/safe.rs)",
    ),
    (
        "pcapplusplus/three_http_streams.pcap",
        "http.file_data",
        "GIF bodies: control bytes escaped (as four_ipv6_http_streams.pcap)",
    ),
    (
        "zeek/http/pipelined-requests.pcap",
        "http.file_data",
        "GIF and PNG bodies: control bytes escaped (as four_ipv6_http_streams.pcap)",
    ),
    (
        "tcpdump/arp-oobr.pcap",
        "arp.src.hw",
        "frame 1166 is ATM ARP (hardware type 19): Wireshark's ATMARP layout, which \
         throws on this frame; we read it as plain ARP",
    ),
    (
        "tcpdump/arp-oobr.pcap",
        "arp.dst.hw",
        "frame 1166: ATM ARP, as arp.src.hw",
    ),
    (
        "tcpdump/arp-oobr.pcap",
        "eth.padding",
        "frame 1166: ATM ARP, as arp.src.hw (tshark's exception leaves no trailer)",
    ),
    (
        "tcpdump/arp-oobr.pcap",
        "_ws.*",
        "31 trailers Wireshark's F5 Ethernet trailer heuristic claims and throws on (we do not decode that trailer), and frame 1166's ATM ARP (as arp.src.hw)",
    ),
    (
        "tcpdump/heap-overflow-1.pcap",
        "_ws.short",
        "one captured byte on LINKTYPE_RAW: Wireshark's raw dissector reads the version past it (Raw truncated); we show it as data",
    ),
    (
        "tcpdump/icmp6_mobileprefix_asan.pcap",
        "_ws.short",
        "an ICMPv6 mobile prefix advertisement cut short: tshark reads its fields past the capture (ICMPv6 truncated); we read only the common header",
    ),
    (
        "zeek/dns/tkey.pcap",
        "ber.bitstring.padding",
        "frame 7: a TKEY record's GSS-API token, which tshark's Kerberos dissector (BER) \
         decodes, bit strings and all; we decode no Kerberos",
    ),
];

/// Whether `field` of `path` is listed: by name, `*` for every field, or
/// `proto.*` for every field of a protocol.
fn known(path: &str, field: &str) -> bool {
    KNOWN.iter().any(|(p, f, _)| *p == path && covers(f, field))
}

/// Whether a [`KNOWN`] field pattern covers `field`.
fn covers(pattern: &str, field: &str) -> bool {
    pattern == "*"
        || pattern == field
        || pattern
            .strip_suffix('*')
            .is_some_and(|prefix| prefix.ends_with('.') && field.starts_with(prefix))
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn fields() -> Vec<String> {
    std::fs::read_to_string(golden_dir().join("CORPUS_FIELDS"))
        .expect("CORPUS_FIELDS")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(String::from)
        .collect()
}

/// tshark's cells: (path, frame, field) → value.
fn golden() -> BTreeMap<(String, usize, String), String> {
    let text = std::fs::read_to_string(golden_dir().join("fields_corpus.tsv"))
        .expect("fields_corpus.tsv: scripts/make-fields-corpus-goldens.sh");
    text.lines()
        .skip(1)
        .map(|l| {
            let mut c = l.splitn(4, '\t');
            let (p, n, f, v) = (c.next(), c.next(), c.next(), c.next());
            let n = n.and_then(|n| n.parse().ok()).expect("frame number");
            (
                (p.expect("path").into(), n, f.expect("field").into()),
                v.unwrap_or("").into(),
            )
        })
        .collect()
}

fn captures(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus dir")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            captures(&p, out);
        } else if p.extension().is_none_or(|e| e != "md") {
            out.push(p);
        }
    }
}

#[test]
fn corpus_fields_read_as_tshark_prints_them() {
    let Some(corpus) = std::env::var_os("OSIDUMP_CORPUS").map(PathBuf::from) else {
        eprintln!("OSIDUMP_CORPUS not set: corpus comparison skipped");
        return;
    };
    let fields = fields();
    let theirs = golden();
    let mut files = Vec::new();
    captures(&corpus, &mut files);
    assert!(files.len() > 100, "the corpus has {} captures", files.len());
    let (mut cells, mut agree) = (0usize, 0usize);
    let mut problems = Vec::new();
    let mut differing: BTreeSet<(String, String)> = BTreeSet::new();
    for file in &files {
        let rel = file
            .strip_prefix(&corpus)
            .expect("under the corpus")
            .to_string_lossy()
            .replace('\\', "/");
        let mut cmd = Command::cargo_bin("osidump").expect("binary");
        cmd.args(["dissect", "-T", "fields"]);
        for f in &fields {
            cmd.args(["-e", f]);
        }
        let out = cmd.arg(file).output().expect("run osidump");
        let text = String::from_utf8_lossy(&out.stdout);
        let mut ours: BTreeMap<(usize, &str), &str> = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            for (f, v) in fields.iter().zip(line.split('\t')) {
                if !v.is_empty() {
                    ours.insert((i + 1, f), v);
                }
            }
        }
        // Every cell either side has.
        let mut keys: BTreeSet<(usize, &str)> = ours.keys().copied().collect();
        for ((p, n, f), _) in theirs.range((rel.clone(), 0, String::new())..) {
            if *p != rel {
                break;
            }
            keys.insert((*n, f.as_str()));
        }
        for (n, f) in keys {
            let t = theirs
                .get(&(rel.clone(), n, f.to_string()))
                .map(String::as_str);
            let o = ours.get(&(n, f)).copied();
            cells += 1;
            if o == t {
                agree += 1;
                continue;
            }
            differing.insert((rel.clone(), f.to_string()));
            if !known(&rel, f) {
                problems.push(format!("{rel} frame {n}: {f}: ours {o:?}, tshark {t:?}"));
            }
        }
    }
    eprintln!(
        "corpus -T fields agreement with tshark: {agree}/{cells} cells over {} captures",
        files.len()
    );
    let stale: Vec<_> = KNOWN
        .iter()
        .filter(|(p, f, _)| !differing.iter().any(|(dp, df)| dp == p && covers(f, df)))
        .map(|(p, f, _)| format!("{p} {f}"))
        .collect();
    assert!(
        stale.is_empty(),
        "listed as differing, but equal to tshark's now: {stale:?}"
    );
    assert!(
        problems.is_empty(),
        "{} cells differ:\n{}",
        problems.len(),
        problems[..problems.len().min(100)].join("\n")
    );
}
