//! A tshark command line given to osidump: the options that mean here what
//! they mean to tshark 4.0 are taken (and change the output as tshark's
//! would, or not at all), every other one is refused by name with exit 2
//! and nothing on stdout. The `-E` options themselves are checked against
//! tshark's output in tests/fields_output.rs (the variants of
//! tests/golden/fields/VARIANTS).

mod common;

use assert_cmd::Command;
use predicates::prelude::*;

fn osidump() -> Command {
    let mut c = Command::cargo_bin("osidump").expect("binary built");
    c.env_remove("SSLKEYLOGFILE").env("NO_COLOR", "1");
    c
}

fn sample(name: &str) -> String {
    common::samples_dir().join(name).display().to_string()
}

fn stdout_of(args: &[&str]) -> Vec<u8> {
    osidump()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

#[test]
fn a_tshark_command_line_reads_as_dissect() {
    let dns = sample("dns.pcap");
    let want = stdout_of(&[
        "dissect",
        "-T",
        "fields",
        "-e",
        "frame.number",
        "-e",
        "ip.src",
        "-c",
        "3",
        &dns,
    ]);
    assert_eq!(want.iter().filter(|&&b| b == b'\n').count(), 3);
    for line in [
        vec![
            "-r",
            &dns,
            "-T",
            "fields",
            "-e",
            "frame.number",
            "-e",
            "ip.src",
            "-c",
            "3",
        ],
        vec![
            "-nr",
            &dns,
            "-T",
            "fields",
            "-e",
            "frame.number",
            "-e",
            "ip.src",
            "-c",
            "3",
        ],
        vec![
            "-n",
            "-l",
            "-T",
            "fields",
            "-e",
            "frame.number",
            "-e",
            "ip.src",
            "-c",
            "3",
            "-r",
            &dns,
        ],
        vec![
            "--color",
            "never",
            "-T",
            "fields",
            "-e",
            "frame.number",
            "-e",
            "ip.src",
            "-c3",
            "-r",
            &dns,
        ],
        vec![
            "-r",
            &dns,
            "-u",
            "s",
            "--enable-protocol",
            "communityid",
            "-o",
            "tcp.desegment_tcp_streams:TRUE",
            "-o",
            "ip.check_checksum: false",
            "-T",
            "fields",
            "-e",
            "frame.number",
            "-e",
            "ip.src",
            "-c",
            "3",
        ],
    ] {
        assert_eq!(stdout_of(&line), want, "{line:?}");
    }
    // `-V` alone is still the version; `-V -r FILE` tshark's verbose tree.
    osidump()
        .arg("-V")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("osidump "));
    assert_eq!(
        stdout_of(&["-V", "-r", &dns, "-c", "1"]),
        stdout_of(&["dissect", "-V", &dns, "-c", "1"])
    );
}

#[test]
fn a_key_log_preference_is_the_key_log() {
    let pcap = sample("tls_keylog.pcap");
    let keys = sample("tls_keylog.keys");
    let args = [
        "-T",
        "fields",
        "-e",
        "frame.number",
        "-e",
        "http.request.uri",
    ];
    let with_flag = stdout_of(&[&["dissect", "--tls-keylog", &keys, &pcap][..], &args].concat());
    assert!(
        String::from_utf8_lossy(&with_flag).contains('/'),
        "decrypted"
    );
    for pref in ["tls.keylog_file:", "ssl.keylog_file:"] {
        let o = format!("{pref}{keys}");
        assert_eq!(
            stdout_of(&[&["-r", &pcap, "-o", &o][..], &args].concat()),
            with_flag
        );
    }
    // An empty key log file is none, even with SSLKEYLOGFILE set: tshark
    // reads no environment variable.
    let without = stdout_of(&[&["dissect", &pcap][..], &args].concat());
    assert_ne!(without, with_flag);
    let mut cmd = osidump();
    cmd.env("SSLKEYLOGFILE", &keys)
        .args(["-r", &pcap, "-o", "tls.keylog_file:"])
        .args(args);
    assert_eq!(cmd.assert().success().get_output().stdout, without);
}

#[test]
fn a_community_id_seed_preference_is_the_seed() {
    let dns = sample("dns.pcap");
    let args = ["-T", "fields", "-e", "communityid", "-c", "2"];
    assert_eq!(
        stdout_of(&[&["-r", &dns, "-o", "communityid.seed:7"][..], &args].concat()),
        stdout_of(&[&["dissect", "--community-id-seed", "7", &dns][..], &args].concat()),
    );
    assert_ne!(
        stdout_of(&[&["-r", &dns, "-o", "communityid.seed:7"][..], &args].concat()),
        stdout_of(&[&["-r", &dns][..], &args].concat()),
    );
}

#[test]
fn tshark_options_that_would_change_the_answer_are_refused_by_name() {
    let dns = sample("dns.pcap");
    let cases: &[(&[&str], &str)] = &[
        (&["-2"], "not supported: -2 "),
        (&["-2", "-R", "dns"], "not supported: -2 "),
        (&["-R", "dns"], "not supported: -R "),
        (&["-N", "mnt"], "not supported: -N "),
        (&["-T", "json", "-j", "ip"], "not supported: -j "),
        (&["-T", "ek", "-J", "ip tcp"], "not supported: -J "),
        (&["-q"], "not supported: -q "),
        (&["-Q"], "not supported: -Q "),
        (&["-P"], "not supported: -P "),
        (&["-S", "---"], "not supported: -S "),
        (&["-O", "dns"], "not supported: -O "),
        (&["-w", "out.pcapng"], "not supported: -w "),
        (&["-F", "pcap"], "not supported: -F "),
        (&["-z", "io,phs"], "not supported: -z "),
        (&["-G"], "not supported: -G "),
        (&["-G", "fields"], "not supported: -G "),
        (&["-H", "hosts"], "not supported: -H "),
        (&["-X", "lua_script:x.lua"], "not supported: -X "),
        (&["-K", "keytab"], "not supported: -K "),
        (&["-C", "profile"], "not supported: -C "),
        (&["-v"], "not supported: -v "),
        (&["-u", "hms"], "not supported: -u hms "),
        (&["-i", "eth0"], "not supported: -i "),
        (&["-f", "tcp"], "not supported: -f "),
        (&["-s", "96"], "not supported: -s "),
        (&["-a", "duration:1"], "not supported: -a "),
        (&["-D"], "not supported: -D "),
        (&["--hexdump", "frames"], "not supported: --hexdump "),
        (
            &["--disable-protocol", "dns"],
            "not supported: --disable-protocol ",
        ),
        (
            &["--enable-protocol", "dns"],
            "not supported: --enable-protocol dns ",
        ),
        (
            &["--enable-heuristic", "x"],
            "not supported: --enable-heuristic ",
        ),
        (
            &["--export-objects", "http,/tmp/x"],
            "not supported: --export-objects ",
        ),
        (
            &["--export-tls-session-keys", "k"],
            "not supported: --export-tls-session-keys ",
        ),
        (
            &["-T", "json", "--no-duplicate-keys"],
            "not supported: --no-duplicate-keys ",
        ),
        (&["-T", "pdml"], "not supported: -T pdml "),
        (&["-T", "psml"], "not supported: -T psml "),
        (&["-T", "text"], "not supported: -T text "),
        (&["-T", "jsonraw"], "not supported: -T jsonraw "),
        (
            &["-T", "json", "-e", "ip.src"],
            "not supported: -e with -T ",
        ),
        (
            &["-o", "tcp.desegment_tcp_streams:FALSE"],
            "not supported: -o tcp.desegment_tcp_streams:FALSE (",
        ),
        // tshark reads any boolean but `true` as FALSE.
        (
            &["-o", "ip.defragment:1"],
            "not supported: -o ip.defragment:1 (",
        ),
        (
            &["-o", "tcp.check_checksum:TRUE"],
            "not supported: -o tcp.check_checksum:TRUE (",
        ),
        (
            &["-o", "http.tcp.port:8080"],
            "not supported: -o http.tcp.port:8080 (",
        ),
        (
            &["-o", "communityid.seed:x"],
            "not supported: -o communityid.seed:x (",
        ),
        (
            &["-o", "tls.keylog_file"],
            "not supported: -o tls.keylog_file (",
        ),
        (
            &["-E", "separator=é", "-T", "fields", "-e", "ip.src"],
            "not supported: a separator",
        ),
    ];
    for (args, says) in cases {
        let out = osidump()
            .arg("-r")
            .arg(&dns)
            .args(*args)
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}: printed packets");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: one line: {stderr}");
    }
}

#[test]
fn field_options_are_read_by_their_first_character_as_tshark_reads_them() {
    let dns = sample("dns.pcap");
    let fields = [
        "-T",
        "fields",
        "-e",
        "frame.number",
        "-e",
        "ip.addr",
        "-c",
        "2",
    ];
    let run = |opts: &[&str]| stdout_of(&[&["-r", &dns][..], &fields, opts].concat());
    assert_eq!(
        run(&[
            "-E",
            "quote=double",
            "-E",
            "header=yes",
            "-E",
            "occurrence=last"
        ]),
        run(&["-E", "quote=d", "-E", "header=y", "-E", "occurrence=l"])
    );
    // `/` followed by anything but `t` (separator only) or `s` is `\`.
    assert_eq!(
        String::from_utf8(run(&["-E", "separator=/x", "-E", "aggregator=/t"])).unwrap(),
        "1\\10.99.0.1\\10.99.0.2\n2\\10.99.0.2\\10.99.0.1\n"
    );
    for bad in ["header=Y", "bom=", "quote=x", "occurrence=2", "header"] {
        osidump()
            .args(["-r", &dns])
            .args(fields)
            .args(["-E", bad])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!("-E {bad}:")));
    }
}

#[test]
fn parquet_reads_the_files_of_r() {
    let dns = sample("dns.pcap");
    let by_r = stdout_of(&["-r", &dns, "-T", "parquet", "-e", "frame.number"]);
    let positional = stdout_of(&["dissect", &dns, "-T", "parquet", "-e", "frame.number"]);
    assert!(by_r.starts_with(b"PAR1") && by_r.len() > 100);
    assert_eq!(by_r, positional);
}

#[test]
fn a_dissect_without_a_file_says_so() {
    osidump()
        .arg("dissect")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no capture file"));
}
