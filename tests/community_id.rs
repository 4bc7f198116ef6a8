//! Community ID (`communityid`) against the spec's published baseline
//! vectors (default seed and seed 1, `tests/golden/communityid/`), and in
//! every output format with `--community-id-seed`. Agreement with tshark's
//! `communityid` on every sample is checked cell by cell with the other
//! fields in tests/fields_output.rs (the last column of `wide.fields`).

mod common;

use assert_cmd::Command;
use osidump::dissect::communityid::compute;
use serde_json::Value;

fn addr(s: &str) -> Vec<u8> {
    match s.parse::<std::net::IpAddr>().expect("address") {
        std::net::IpAddr::V4(a) => a.octets().to_vec(),
        std::net::IpAddr::V6(a) => a.octets().to_vec(),
    }
}

#[test]
fn the_specs_baseline_vectors() {
    let mut n = 0;
    for (file, seed) in [("baseline_deflt.json", 0), ("baseline_seed1.json", 1)] {
        let path = common::golden_dir().join("communityid").join(file);
        let text = std::fs::read_to_string(path).expect("baseline");
        let rows: Vec<Value> = serde_json::from_str(&text).expect("json");
        for r in rows {
            let port = |k: &str| r[k].as_u64().map(|p| p as u16);
            let ports = port("sport").zip(port("dport"));
            let got = compute(
                seed,
                r["proto"].as_u64().expect("proto") as u8,
                &addr(r["saddr"].as_str().expect("saddr")),
                &addr(r["daddr"].as_str().expect("daddr")),
                ports,
            );
            assert_eq!(got, r["communityid"].as_str().expect("id"), "{file}: {r}");
            n += 1;
        }
    }
    assert!(n >= 40);
}

fn run(args: &[&str]) -> String {
    let dns = common::samples()
        .into_iter()
        .find(|p| p.ends_with("dns.pcap"))
        .expect("dns.pcap");
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .arg("dissect")
        .args(args)
        .arg(dns)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

#[test]
fn in_every_format_filterable_and_seeded() {
    // dns.pcap frame 1: 10.99.0.1:45665 → 10.99.0.2:53 over UDP (tshark).
    let id = "1:iyJmLb4dv2ZtKoUzaE4tQOIcG3w=";
    let fields = run(&["-c", "1", "-T", "fields", "-e", "communityid"]);
    assert_eq!(fields, format!("{id}\n"));
    assert!(run(&["-c", "1", "-T", "json"]).contains(id));
    assert!(
        run(&["-c", "1", "-T", "ek"]).contains(&format!("\"communityid_communityid\":\"{id}\""))
    );
    assert!(run(&["-c", "1", "-V"]).contains(id));
    // Both directions of the flow carry it; the filter reads it.
    let both = run(&[
        "-T",
        "fields",
        "-e",
        "frame.number",
        "-Y",
        &format!("communityid == \"{id}\""),
    ]);
    assert_eq!(both, "1\n2\n");
    let seeded = run(&[
        "-c",
        "1",
        "-T",
        "fields",
        "-e",
        "communityid",
        "--community-id-seed",
        "1",
    ]);
    // As tshark -o communityid.seed:1 gives it.
    assert_eq!(seeded, "1:PIxtKgEzqr8ABAG5ZEhlvmgl5D0=\n");
}

/// tshark's `communityid` on every frame of every sample: the last column
/// of the `-T fields` goldens (`scripts/make-fields-goldens.sh` runs tshark
/// with `--enable-protocol communityid`).
#[test]
fn tsharks_communityid_on_every_sample() {
    let dir = common::golden_dir().join("fields");
    let list = std::fs::read_to_string(dir.join("wide.fields")).expect("list");
    let at = list
        .split_whitespace()
        .position(|f| f == "communityid")
        .expect("communityid in the wide list");
    let (mut frames, mut with_id) = (0, 0);
    for sample in common::samples() {
        let name = sample
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let golden = std::fs::read_to_string(dir.join(format!("{name}.wide.tsv"))).expect("golden");
        let theirs: Vec<&str> = golden
            .lines()
            .map(|l| l.split('\t').nth(at).unwrap_or_default())
            .collect();
        let mut cmd = Command::cargo_bin("osidump").expect("binary");
        cmd.args(["dissect", "-T", "fields", "-e", "communityid"]);
        let keys = sample.with_extension("keys");
        if keys.exists() {
            cmd.arg("--tls-keylog").arg(keys);
        }
        let out = cmd.arg(&sample).output().expect("run");
        let text = String::from_utf8(out.stdout).expect("utf8");
        let ours: Vec<&str> = text.lines().collect();
        assert_eq!(ours, theirs, "{name}");
        frames += ours.len();
        with_id += ours.iter().filter(|l| !l.is_empty()).count();
    }
    eprintln!("communityid: {with_id} of {frames} sample frames carry one, all as tshark");
    assert!(with_id > 400);
}

/// SCTP has no decoder here: its ports are read after the IPv4 header. The
/// spec's vector: 192.168.170.8:7 → 192.168.170.56:7.
#[test]
fn sctp_is_hashed_with_its_ports() {
    let mut f = vec![
        0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x00, // eth
        0x45, 0x00, 0x00, 0x30, 0x00, 0x01, 0x00, 0x00, 0x40, 132, 0x00, 0x00, // ip, SCTP
        192, 168, 170, 8, 192, 168, 170, 56, // addrs
        0x00, 0x07, 0x00, 0x07, 0, 0, 0, 0, 0, 0, 0, 0, // SCTP common header
    ];
    f.resize(62, 0);
    let dir = tempfile::tempdir().expect("dir");
    let pcap = dir.path().join("sctp.pcap");
    std::fs::write(&pcap, common::pcap_with(1, &f)).expect("write");
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args(["dissect", "-T", "fields", "-e", "communityid"])
        .arg(&pcap)
        .output()
        .expect("run");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1:MP2EtRCAUIZvTw6MxJHLV7N7JDs=\n"
    );
}
