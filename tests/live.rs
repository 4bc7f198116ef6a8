//! Live capture on real packets: two network namespaces joined by a veth
//! pair, real servers (python http.server, dnsmasq) on one side, real clients
//! (ping, curl, dig) on the other, `osidump capture` on the server's end.
//!
//! Needs root (to create namespaces). Without it the namespace tests print why
//! and skip, except when `CI` is set: there they fail, because CI runs as
//! root and a skipped live test would hide a broken capture.
//!
//! Only loopback and our own namespaces carry traffic. Every wait has a
//! deadline; every process we start is killed by its PID when its guard drops,
//! and the namespaces (and with them the veth pair) are deleted.

mod common;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

use osidump::source::FrameSource;
use osidump::source::file::FileSource;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_osidump")
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

fn in_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// Backends this build can run: the `AF_PACKET` one always, libpcap with the feature.
fn backends() -> Vec<&'static str> {
    let mut v = vec!["packet"];
    if cfg!(feature = "libpcap") {
        v.push("libpcap");
    }
    v
}

static NEXT_LAB: AtomicU32 = AtomicU32::new(0);

/// Two namespaces `a` and `b`, veth `va` (in a, .1) — `vb` (in b, .2).
struct Lab {
    a: String,
    b: String,
    va: String,
    ip_a: String,
    ip_b: String,
    dir: tempfile::TempDir,
}

impl Drop for Lab {
    fn drop(&mut self) {
        for ns in [&self.a, &self.b] {
            let _ = Command::new("ip")
                .args(["netns", "del", ns])
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// Runs a command to completion within `limit`, killing it past that.
fn run_bounded(cmd: &mut Command, limit: Duration) -> Output {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawning {cmd:?}: {e}"));
    let pid = child.id();
    let deadline = Instant::now() + limit;
    // wait_with_output blocks; a watchdog thread kills by PID on overrun.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    let watchdog = std::thread::spawn(move || {
        while Instant::now() < deadline {
            if flag.load(Ordering::SeqCst) {
                return false;
            }
            sleep(Duration::from_millis(20));
        }
        if !flag.load(Ordering::SeqCst) {
            // SAFETY: pid is our own child, not yet reaped (done is false).
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
            return true;
        }
        false
    });
    let out = child.wait_with_output().expect("wait");
    done.store(true, Ordering::SeqCst);
    let killed = watchdog.join().unwrap();
    assert!(!killed, "{cmd:?} took longer than {limit:?}");
    out
}

fn sh(cmd: &mut Command) -> Result<(), String> {
    let out = run_bounded(cmd, Duration::from_secs(10));
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{cmd:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

impl Lab {
    /// Builds the namespaces, or says why it cannot.
    fn new() -> Result<Lab, String> {
        let pid = std::process::id();
        let n = NEXT_LAB.fetch_add(1, Ordering::SeqCst);
        let net = pid % 250;
        let lab = Lab {
            a: format!("osit-{pid}-{n}-a"),
            b: format!("osit-{pid}-{n}-b"),
            // At most 2 + 7 + 3 + 1 = 13 characters (limit 15).
            va: format!("ov{pid}{n}a"),
            ip_a: format!("10.77.{net}.1"),
            ip_b: format!("10.77.{net}.2"),
            dir: tempfile::tempdir().map_err(|e| e.to_string())?,
        };
        let vb = format!("ov{pid}{n}b");
        for ns in [&lab.a, &lab.b] {
            sh(Command::new("ip").args(["netns", "add", ns]))?;
            // IPv4 only: no router solicitations or MLD reports in the counts.
            sh(Command::new("ip").args([
                "netns",
                "exec",
                ns,
                "sysctl",
                "-qw",
                "net.ipv6.conf.all.disable_ipv6=1",
                "net.ipv6.conf.default.disable_ipv6=1",
            ]))?;
            sh(Command::new("ip").args(["-n", ns, "link", "set", "lo", "up"]))?;
        }
        sh(Command::new("ip").args([
            "link", "add", &lab.va, "netns", &lab.a, "type", "veth", "peer", "name", &vb, "netns",
            &lab.b,
        ]))?;
        for (ns, dev, ip) in [(&lab.a, &lab.va, &lab.ip_a), (&lab.b, &vb, &lab.ip_b)] {
            sh(Command::new("ip").args([
                "-n",
                ns,
                "addr",
                "add",
                &format!("{ip}/24"),
                "dev",
                dev,
            ]))?;
            sh(Command::new("ip").args(["-n", ns, "link", "set", dev, "up"]))?;
        }
        Ok(lab)
    }

    fn cmd(&self, ns: &str, argv: &[&str]) -> Command {
        let mut c = Command::new("ip");
        c.args(["netns", "exec", ns]).args(argv);
        c
    }

    /// Runs a client to completion (bounded) and asserts it succeeded.
    fn client(&self, ns: &str, argv: &[&str]) -> String {
        let out = run_bounded(&mut self.cmd(ns, argv), Duration::from_secs(10));
        assert!(
            out.status.success(),
            "{argv:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// The lab, or `None` after printing why; in CI, a panic instead.
fn lab_or_skip(test: &str) -> Option<Lab> {
    let why = if !is_root() {
        "not root (network namespaces need CAP_SYS_ADMIN)".to_string()
    } else {
        match Lab::new() {
            Ok(l) => return Some(l),
            Err(e) => format!("cannot create network namespaces: {e}"),
        }
    };
    assert!(!in_ci(), "{test}: CI must run the live tests: {why}");
    eprintln!("skipping {test}: {why}");
    None
}

/// A child process killed (by PID) and reaped when dropped.
struct Proc {
    child: Child,
    name: String,
}

impl Proc {
    fn spawn(mut cmd: Command, name: &str, stdout: Stdio, stderr: Stdio) -> Proc {
        let child = cmd
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("spawning {name}: {e}"));
        Proc {
            child,
            name: name.into(),
        }
    }

    fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    fn signal(&self, sig: i32) {
        // SAFETY: our own child, not reaped yet (only `wait_for` reaps, by value).
        unsafe { libc::kill(self.pid(), sig) };
    }

    /// Waits for the process to exit on its own, at most `limit`.
    fn wait_for(mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(st) = self.child.try_wait().expect("try_wait") {
                return st;
            }
            assert!(
                Instant::now() < deadline,
                "{} did not exit within {limit:?}",
                self.name
            );
            sleep(Duration::from_millis(20));
        }
    }

    fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().expect("try_wait")
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// `osidump capture` running in a namespace, its stdout and stderr in files.
struct Capture {
    proc: Proc,
    out: PathBuf,
    err: PathBuf,
}

impl Capture {
    /// Starts a capture and waits (bounded) for its "capturing on" line.
    fn start(lab: &Lab, ns: &str, name: &str, args: &[&str]) -> Capture {
        let out = lab.path(&format!("{name}.out"));
        let err = lab.path(&format!("{name}.err"));
        let mut argv = vec![bin(), "capture", "--color", "never"];
        argv.extend_from_slice(args);
        let mut proc = Proc::spawn(
            lab.cmd(ns, &argv),
            name,
            Stdio::from(fs::File::create(&out).unwrap()),
            Stdio::from(fs::File::create(&err).unwrap()),
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let e = fs::read_to_string(&err).unwrap_or_default();
            if e.contains("capturing on") {
                break;
            }
            if let Some(st) = proc.exited() {
                panic!("{name} exited before capturing ({st}): {e}");
            }
            assert!(Instant::now() < deadline, "{name} did not start: {e}");
            sleep(Duration::from_millis(20));
        }
        Capture { proc, out, err }
    }

    /// SIGINT, then the exit status, stdout and stderr.
    fn interrupt(self) -> (ExitStatus, String, String) {
        self.proc.signal(libc::SIGINT);
        self.finish()
    }

    fn finish(self) -> (ExitStatus, String, String) {
        let st = self.proc.wait_for(Duration::from_secs(10));
        (
            st,
            fs::read_to_string(&self.out).unwrap(),
            fs::read_to_string(&self.err).unwrap(),
        )
    }
}

/// The numbers of the stderr summary line.
#[derive(Debug, PartialEq, Eq)]
struct Summary {
    captured: u64,
    dissected: u64,
    written: Option<u64>,
    dropped: Option<u64>,
}

fn summary(stderr: &str) -> Summary {
    let line = stderr
        .lines()
        .find(|l| l.contains("packets captured"))
        .unwrap_or_else(|| panic!("no summary line in stderr: {stderr}"));
    let num = |what: &str| -> Option<u64> {
        let i = line.find(what)?;
        line[..i].trim_end().rsplit([' ', ',']).next()?.parse().ok()
    };
    assert!(line.trim_end().ends_with(" s"), "no duration: {line}");
    Summary {
        captured: num(" packets captured").expect("captured"),
        dissected: num(" dissected").expect("dissected"),
        written: num(" written"),
        dropped: num(" dropped by kernel"),
    }
}

/// Every frame of a capture file, read by our own reader: (linktype, bytes).
fn read_frames(path: &Path) -> Vec<(u32, Vec<u8>)> {
    let mut src = FileSource::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut v = Vec::new();
    while let Some(f) = src
        .next_frame()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    {
        assert_eq!(f.data.len() as u32, f.orig_len, "frame {} cut", f.number);
        v.push((f.linktype, f.data.to_vec()));
    }
    v
}

/// The IPv4 payload protocol and first payload byte of a frame, if it is IPv4.
fn ipv4(linktype: u32, frame: &[u8]) -> Option<(u8, u8)> {
    let (l2, ethertype) = match linktype {
        1 => (14, u16::from_be_bytes([frame[12], frame[13]])),
        113 => (16, u16::from_be_bytes([frame[14], frame[15]])),
        _ => return None,
    };
    if ethertype != 0x0800 {
        return None;
    }
    let ip = &frame[l2..];
    let ihl = usize::from(ip[0] & 0x0f) * 4;
    Some((ip[9], *ip.get(ihl)?))
}

/// (echo requests, echo replies) among the frames.
fn pings(frames: &[(u32, Vec<u8>)]) -> (usize, usize) {
    let mut n = (0, 0);
    for (lt, f) in frames {
        match ipv4(*lt, f) {
            Some((1, 8)) => n.0 += 1,
            Some((1, 0)) => n.1 += 1,
            _ => {}
        }
    }
    n
}

/// The (osi, protocol) pairs of every NDJSON packet.
fn layer_stacks(ndjson: &str) -> Vec<Vec<(u64, String)>> {
    ndjson
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("NDJSON line");
            v["layers"]
                .as_array()
                .expect("layers")
                .iter()
                .map(|x| {
                    (
                        x["osi"].as_u64().unwrap(),
                        x["protocol"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

fn has(stacks: &[Vec<(u64, String)>], want: &[(u64, &str)]) -> bool {
    stacks.iter().any(|s| {
        want.iter()
            .all(|(o, p)| s.iter().any(|(so, sp)| so == o && sp == p))
    })
}

/// Starts python http.server and dnsmasq in namespace a, and waits until both answer.
fn servers(lab: &Lab) -> Vec<Proc> {
    let www = lab.path("www");
    fs::create_dir(&www).unwrap();
    fs::write(www.join("index.html"), "<h1>osidump live test</h1>\n").unwrap();
    let http = Proc::spawn(
        lab.cmd(
            &lab.a,
            &[
                "python3",
                "-m",
                "http.server",
                "8080",
                "--bind",
                &lab.ip_a,
                "--directory",
                www.to_str().unwrap(),
            ],
        ),
        "http.server",
        Stdio::null(),
        Stdio::null(),
    );
    let dns = Proc::spawn(
        lab.cmd(
            &lab.a,
            &[
                "dnsmasq",
                "--no-daemon",
                "--no-resolv",
                "--no-hosts",
                "--conf-file=/dev/null",
                "--bind-interfaces",
                &format!("--listen-address={}", lab.ip_a),
                &format!("--address=/test.example/{}", lab.ip_a),
                "--pid-file",
            ],
        ),
        "dnsmasq",
        Stdio::null(),
        Stdio::null(),
    );
    // Probes from inside a go over a's loopback, not the veth being captured.
    let url = format!("http://{}:8080/", lab.ip_a);
    let at = format!("@{}", lab.ip_a);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let web = run_bounded(
            &mut lab.cmd(
                &lab.a,
                &["curl", "-sf", "--max-time", "1", "-o", "/dev/null", &url],
            ),
            Duration::from_secs(5),
        );
        let name = run_bounded(
            &mut lab.cmd(
                &lab.a,
                &["dig", &at, "test.example", "+short", "+time=1", "+tries=1"],
            ),
            Duration::from_secs(5),
        );
        if web.status.success() && String::from_utf8_lossy(&name.stdout).contains(&lab.ip_a) {
            break;
        }
        assert!(Instant::now() < deadline, "servers did not come up");
        sleep(Duration::from_millis(100));
    }
    vec![http, dns]
}

#[test]
fn veth_capture_dissects_records_and_stops_on_sigint() {
    let Some(lab) = lab_or_skip("veth_capture_dissects_records_and_stops_on_sigint") else {
        return;
    };
    let _servers = servers(&lab);
    for backend in backends() {
        // Each round starts with empty neighbour caches, so ARP is on the wire.
        for ns in [&lab.a, &lab.b] {
            sh(Command::new("ip").args(["-n", ns, "neigh", "flush", "all"])).unwrap();
        }
        let veth_file = lab.path(&format!("veth-{backend}.pcapng"));
        let lo_file = lab.path(&format!("lo-{backend}.pcap"));
        let veth = Capture::start(
            &lab,
            &lab.a,
            &format!("veth-{backend}"),
            &[
                "--backend",
                backend,
                "-i",
                &lab.va,
                "-T",
                "json",
                "-w",
                veth_file.to_str().unwrap(),
            ],
        );
        let lo = Capture::start(
            &lab,
            &lab.a,
            &format!("lo-{backend}"),
            &[
                "--backend",
                backend,
                "-i",
                "lo",
                "-T",
                "line",
                "-w",
                lo_file.to_str().unwrap(),
            ],
        );

        // Real traffic from b to a's servers, and on a's loopback.
        lab.client(
            &lab.b,
            &["ping", "-c", "3", "-i", "0.2", "-W", "2", &lab.ip_a],
        );
        let page = lab.client(
            &lab.b,
            &[
                "curl",
                "-sf",
                "--max-time",
                "5",
                &format!("http://{}:8080/", lab.ip_a),
            ],
        );
        assert!(page.contains("osidump live test"), "{page}");
        let answer = lab.client(
            &lab.b,
            &[
                "dig",
                &format!("@{}", lab.ip_a),
                "test.example",
                "+short",
                "+time=2",
                "+tries=2",
            ],
        );
        assert_eq!(answer.trim(), lab.ip_a);
        lab.client(
            &lab.a,
            &["ping", "-c", "3", "-i", "0.2", "-W", "2", "127.0.0.1"],
        );
        // Let the last replies reach the sockets before the stop.
        sleep(Duration::from_millis(300));

        // SIGINT: a clean exit, a whole file, the summary line.
        let (st, out, err) = veth.interrupt();
        assert!(st.success(), "veth capture ({backend}) exited {st}: {err}");
        let sum = summary(&err);
        let frames = read_frames(&veth_file);
        assert_eq!(sum.captured, frames.len() as u64, "{err}");
        assert_eq!(sum.dissected, sum.captured, "{err}");
        assert_eq!(sum.written, Some(sum.captured), "{err}");
        assert_eq!(sum.dropped, Some(0), "{err}");

        // The protocols, at their layers.
        let stacks = layer_stacks(&out);
        assert_eq!(stacks.len(), frames.len());
        assert!(
            has(&stacks, &[(2, "eth"), (3, "arp")]),
            "no ARP: {stacks:?}"
        );
        assert!(
            has(&stacks, &[(2, "eth"), (3, "ip"), (3, "icmp")]),
            "no ICMP"
        );
        assert!(
            has(&stacks, &[(3, "ip"), (4, "tcp"), (7, "http")]),
            "no HTTP over TCP"
        );
        assert!(
            has(&stacks, &[(3, "ip"), (4, "udp"), (7, "dns")]),
            "no DNS over UDP"
        );
        assert_eq!(pings(&frames), (3, 3), "{backend}: veth pings");

        // Packet for packet: dissecting the written file gives the live output.
        let again = std::process::Command::new(bin())
            .args(["dissect", "-T", "json", "--color", "never"])
            .arg(&veth_file)
            .output()
            .unwrap();
        assert!(again.status.success());
        assert!(
            String::from_utf8_lossy(&again.stdout) == out,
            "{backend}: live output differs from the dissected -w file"
        );

        // tshark reads the file whole, when it is installed.
        if let Ok(t) = Command::new("tshark")
            .arg("-r")
            .arg(&veth_file)
            .args(["-T", "fields", "-e", "frame.number"])
            .output()
        {
            assert!(t.status.success(), "{}", String::from_utf8_lossy(&t.stderr));
            let n = String::from_utf8_lossy(&t.stdout).lines().count();
            assert_eq!(n, frames.len(), "tshark frame count");
            assert!(!String::from_utf8_lossy(&t.stderr).contains("cut short"));
        }

        // Loopback: every packet once (no outgoing copies).
        let (st, out, err) = lo.interrupt();
        assert!(st.success(), "lo capture ({backend}) exited {st}: {err}");
        let frames = read_frames(&lo_file);
        assert_eq!(pings(&frames), (3, 3), "{backend}: lo pings: {out}");
        let distinct: HashSet<&Vec<u8>> = frames.iter().map(|(_, f)| f).collect();
        assert_eq!(
            distinct.len(),
            frames.len(),
            "{backend}: duplicated frame on lo"
        );
        assert_eq!(summary(&err).captured, frames.len() as u64);
        assert_eq!(out.lines().count(), frames.len());
    }
}

#[test]
fn count_duration_and_any() {
    let Some(lab) = lab_or_skip("count_duration_and_any") else {
        return;
    };
    for backend in backends() {
        // -c: stops by itself after N packets.
        let c = Capture::start(
            &lab,
            &lab.a,
            &format!("count-{backend}"),
            &["--backend", backend, "-i", &lab.va, "-c", "4", "-T", "line"],
        );
        lab.client(
            &lab.b,
            &["ping", "-c", "4", "-i", "0.2", "-W", "2", &lab.ip_a],
        );
        let (st, out, err) = c.finish();
        assert!(st.success(), "{err}");
        assert_eq!(out.lines().count(), 4, "{out}");
        assert_eq!(summary(&err).captured, 4);

        // --duration: ends with no traffic at all, on time.
        let started = Instant::now();
        let d = Capture::start(
            &lab,
            &lab.a,
            &format!("duration-{backend}"),
            &["--backend", backend, "-i", &lab.va, "--duration", "700ms"],
        );
        let (st, _, err) = d.finish();
        assert!(st.success(), "{err}");
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(summary(&err).captured, 0);

        // -i any: cooked frames from every interface, loopback ones once.
        let file = lab.path(&format!("any-{backend}.pcap"));
        let any = Capture::start(
            &lab,
            &lab.a,
            &format!("any-{backend}"),
            &[
                "--backend",
                backend,
                "-i",
                "any",
                "-q",
                "-w",
                file.to_str().unwrap(),
            ],
        );
        lab.client(
            &lab.b,
            &["ping", "-c", "2", "-i", "0.2", "-W", "2", &lab.ip_a],
        );
        lab.client(
            &lab.a,
            &["ping", "-c", "2", "-i", "0.2", "-W", "2", "127.0.0.1"],
        );
        // Time for the capture to read what the kernel holds before the
        // interrupt stops it (as tcpdump's, it drops what it has not read):
        // 200 ms was too little on a loaded 2-core machine.
        sleep(Duration::from_millis(1000));
        let (st, out, err) = any.interrupt();
        assert!(st.success(), "{err}");
        assert!(out.is_empty(), "-q printed packets");
        let frames = read_frames(&file);
        assert!(
            frames.iter().all(|(lt, _)| *lt == 113),
            "any is not cooked SLL"
        );
        assert_eq!(pings(&frames), (4, 4), "{backend}: pings on any");
        let s = summary(&err);
        assert_eq!((s.dissected, s.written), (0, Some(frames.len() as u64)));
    }
}

/// A line of `/proc/PID/status` (`CapEff`, `Uid`, ...), its value trimmed.
fn proc_status(pid: i32, key: &str) -> String {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("no {key} in {status}"))
        .trim()
        .to_string()
}

/// The running capture holds no capability at all (the bounding set too,
/// when `bounding`), and cannot gain any through execve.
fn assert_no_capabilities(pid: i32, bounding: bool) {
    let mut sets = vec!["CapEff", "CapPrm", "CapInh", "CapAmb"];
    if bounding {
        sets.push("CapBnd");
    }
    for set in sets {
        assert_eq!(proc_status(pid, set), "0000000000000000", "{set}");
    }
    assert_eq!(proc_status(pid, "NoNewPrivs"), "1");
}

#[test]
fn capture_drops_every_capability_before_the_first_packet() {
    let Some(lab) = lab_or_skip("capture_drops_every_capability_before_the_first_packet") else {
        return;
    };
    for backend in backends() {
        let c = Capture::start(
            &lab,
            &lab.a,
            &format!("caps-{backend}"),
            &["--backend", backend, "-i", "lo", "-T", "line"],
        );
        // Root still, but without a single capability.
        assert_eq!(proc_status(c.proc.pid(), "Uid"), "0\t0\t0\t0");
        assert_no_capabilities(c.proc.pid(), true);
        lab.client(
            &lab.a,
            &["ping", "-c", "2", "-i", "0.2", "-W", "2", "127.0.0.1"],
        );
        sleep(Duration::from_millis(300));
        let (st, out, err) = c.interrupt();
        assert!(st.success(), "{backend}: {err}");
        assert_eq!(summary(&err).captured, 4, "{backend}: {err}");
        assert_eq!(out.lines().count(), 4, "{backend}: {out}");
    }
}

#[test]
fn user_drops_privileges_after_opening() {
    let Some(lab) = lab_or_skip("user_drops_privileges_after_opening") else {
        return;
    };
    let c = Capture::start(
        &lab,
        &lab.a,
        "user",
        &["-i", &lab.va, "--user", "nobody", "-q"],
    );
    let uid = proc_status(c.proc.pid(), "Uid");
    let ids: Vec<&str> = uid.split_whitespace().collect();
    assert_eq!(ids, ["65534"; 4], "{uid}");
    assert_no_capabilities(c.proc.pid(), true);
    // Still capturing as nobody.
    lab.client(
        &lab.b,
        &["ping", "-c", "2", "-i", "0.2", "-W", "2", &lab.ip_a],
    );
    sleep(Duration::from_millis(200));
    let (st, _, err) = c.interrupt();
    assert!(st.success(), "{err}");
    assert!(summary(&err).captured >= 4, "{err}");
}

#[test]
fn interfaces_lists_the_namespace() {
    let Some(lab) = lab_or_skip("interfaces_lists_the_namespace") else {
        return;
    };
    let json = lab.client(&lab.a, &[bin(), "interfaces", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let list = v.as_array().unwrap();
    // The veth, lo, and `any` (every interface at once, as tcpdump -D
    // lists it).
    assert_eq!(list.len(), 3, "{json}");
    let any = list.iter().find(|i| i["name"] == "any").expect("any");
    assert_eq!(any["can_capture"], true, "{json}");
    let veth = list
        .iter()
        .find(|i| i["name"] == lab.va.as_str())
        .expect("veth");
    assert_eq!(veth["up"], true);
    assert_eq!(veth["can_capture"], true);
    assert!(veth["index"].as_u64().unwrap() > 1);
    assert_eq!(veth["mac"].as_str().unwrap().len(), 17);
    assert_eq!(veth["addresses"][0], format!("{}/24", lab.ip_a).as_str());
    let lo = list.iter().find(|i| i["name"] == "lo").expect("lo");
    assert_eq!(lo["loopback"], true);

    let table = lab.client(&lab.a, &[bin(), "interfaces"]);
    let mut lines = table.lines();
    assert!(lines.next().unwrap().starts_with("INDEX  NAME"), "{table}");
    let row = table
        .lines()
        .find(|l| l.contains(&lab.va))
        .expect("veth row");
    assert!(row.contains(" up ") && row.ends_with("yes"), "{row}");
}

#[test]
fn without_cap_net_raw_the_error_says_what_to_do() {
    let mut cmd = if is_root() {
        // As root, become nobody with no capabilities.
        if Command::new("setpriv").arg("--version").output().is_err() {
            assert!(!in_ci(), "setpriv (util-linux) is missing");
            eprintln!("skipping: no setpriv to drop root");
            return;
        }
        let mut c = Command::new("setpriv");
        c.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--",
            bin(),
        ]);
        c
    } else {
        Command::new(bin())
    };
    let out = run_bounded(
        cmd.args(["capture", "-i", "lo", "-c", "1"]),
        Duration::from_secs(10),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        // A binary with file capabilities may capture: nothing to check.
        assert!(!is_root(), "capture succeeded as nobody: {err}");
        return;
    }
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("sudo"), "{err}");
    assert!(
        err.contains("setcap cap_net_raw,cap_net_admin=eip"),
        "{err}"
    );
}

#[test]
fn unknown_interface_lists_the_ones_that_exist() {
    let out = Command::new(bin())
        .args(["capture", "-i", "osidump-nope0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no interface named 'osidump-nope0'"), "{err}");
    assert!(err.contains("lo") && err.contains("any"), "{err}");
}

#[cfg(not(feature = "libpcap"))]
#[test]
fn filter_without_libpcap_says_how_to_build_it() {
    let out = Command::new(bin())
        .args(["capture", "-i", "lo", "-f", "icmp"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("--features libpcap"), "{err}");
}

#[cfg(feature = "libpcap")]
#[test]
fn libpcap_filter_keeps_only_icmp() {
    let Some(lab) = lab_or_skip("libpcap_filter_keeps_only_icmp") else {
        return;
    };
    // The AF_PACKET backend refuses -f rather than ignore it.
    let out = Command::new(bin())
        .args(["capture", "--backend", "packet", "-i", "lo", "-f", "icmp"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("libpcap"));

    let file = lab.path("filtered.pcap");
    let c = Capture::start(
        &lab,
        &lab.a,
        "filtered",
        &[
            "--backend",
            "libpcap",
            "-i",
            &lab.va,
            "-f",
            "icmp",
            "-T",
            "json",
            "-w",
            file.to_str().unwrap(),
        ],
    );
    lab.client(
        &lab.b,
        &["ping", "-c", "3", "-i", "0.2", "-W", "2", &lab.ip_a],
    );
    // UDP datagrams to a listening port: no ICMP error comes back for them.
    let udp_srv = Proc::spawn(
        lab.cmd(
            &lab.a,
            &[
                "python3",
                "-c",
                &format!(
                    "import socket;s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM);\
                     s.bind(('{}',9999));s.settimeout(5);s.recv(64);s.recv(64);s.recv(64)",
                    lab.ip_a
                ),
            ],
        ),
        "udp sink",
        Stdio::null(),
        Stdio::null(),
    );
    sleep(Duration::from_millis(300));
    lab.client(
        &lab.b,
        &[
            "python3",
            "-c",
            &format!(
                "import socket;s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM);\
                 [s.sendto(b'osidump',('{}',9999)) for _ in range(3)]",
                lab.ip_a
            ),
        ],
    );
    let st = udp_srv.wait_for(Duration::from_secs(8));
    assert!(st.success(), "the UDP datagrams did not arrive");
    sleep(Duration::from_millis(200));
    let (st, out, err) = c.interrupt();
    assert!(st.success(), "{err}");
    let frames = read_frames(&file);
    assert_eq!(pings(&frames), (3, 3));
    for (lt, f) in &frames {
        assert_eq!(
            ipv4(*lt, f).map(|p| p.0),
            Some(1),
            "non-ICMP frame passed the filter"
        );
    }
    let stacks = layer_stacks(&out);
    assert!(
        stacks
            .iter()
            .all(|s| s.iter().any(|(o, p)| *o == 3 && p == "icmp"))
    );
    assert!(!has(&stacks, &[(4, "udp")]));
}

/// Whether `cmd --version` (or `cmd -h`) runs at all.
fn have(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// `setpriv` arguments that run a command as nobody, with no capability
/// of its own (a file's capabilities still apply at exec).
const AS_NOBODY: [&str; 5] = [
    "setpriv",
    "--reuid=65534",
    "--regid=65534",
    "--clear-groups",
    "--",
];

#[test]
fn file_capabilities_are_dropped_once_capturing() {
    let Some(lab) = lab_or_skip("file_capabilities_are_dropped_once_capturing") else {
        return;
    };
    let why = if !have("setcap") {
        Some("no setcap (libcap2-bin)")
    } else if !have("setpriv") {
        Some("no setpriv (util-linux)")
    } else if proc_status(std::process::id() as i32, "NoNewPrivs") != "0" {
        Some("this test runs with no_new_privs: file capabilities would not apply")
    } else {
        None
    };
    if let Some(why) = why {
        assert!(!in_ci(), "CI must run the file-capability test: {why}");
        eprintln!("skipping file_capabilities_are_dropped_once_capturing: {why}");
        return;
    }
    // A copy of the binary nobody can run, allowed to capture.
    let dir = lab.path("setcap");
    fs::create_dir(&dir).unwrap();
    let copy = dir.join("osidump");
    fs::copy(bin(), &copy).unwrap();
    use std::os::unix::fs::PermissionsExt;
    for p in [lab.dir.path(), dir.as_path()] {
        fs::set_permissions(p, fs::Permissions::from_mode(0o755)).unwrap();
    }
    sh(Command::new("setcap")
        .arg("cap_net_raw,cap_net_admin+ep")
        .arg(&copy))
    .unwrap();
    let copy = copy.to_str().unwrap();

    for backend in backends() {
        let err = lab.path(&format!("fcap-{backend}.err"));
        let out = lab.path(&format!("fcap-{backend}.out"));
        let mut argv: Vec<&str> = AS_NOBODY.to_vec();
        argv.extend([
            copy,
            "capture",
            "--backend",
            backend,
            "-i",
            "lo",
            "-T",
            "line",
        ]);
        let mut proc = Proc::spawn(
            lab.cmd(&lab.a, &argv),
            "setcap capture",
            Stdio::from(fs::File::create(&out).unwrap()),
            Stdio::from(fs::File::create(&err).unwrap()),
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        while !fs::read_to_string(&err).unwrap().contains("capturing on") {
            if let Some(st) = proc.exited() {
                panic!("exited ({st}): {}", fs::read_to_string(&err).unwrap());
            }
            assert!(Instant::now() < deadline, "did not start");
            sleep(Duration::from_millis(20));
        }
        let pid = proc.pid();
        let uid = proc_status(pid, "Uid");
        assert_eq!(uid.split_whitespace().collect::<Vec<_>>(), ["65534"; 4]);
        // Without CAP_SETPCAP the bounding set stays; nothing else does.
        assert_no_capabilities(pid, false);
        lab.client(
            &lab.a,
            &["ping", "-c", "2", "-i", "0.2", "-W", "2", "127.0.0.1"],
        );
        sleep(Duration::from_millis(300));
        proc.signal(libc::SIGINT);
        let st = proc.wait_for(Duration::from_secs(10));
        let err = fs::read_to_string(&err).unwrap();
        assert!(st.success(), "{err}");
        assert_eq!(summary(&err).captured, 4, "{err}");
        assert_eq!(fs::read_to_string(&out).unwrap().lines().count(), 4);
    }

    // -Z without root is refused, not ignored.
    let mut argv: Vec<&str> = AS_NOBODY.to_vec();
    argv.extend([copy, "capture", "-i", "lo", "-Z", "nobody"]);
    let out = run_bounded(&mut lab.cmd(&lab.a, &argv), Duration::from_secs(10));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("-Z/--user needs root"), "{err}");
}

#[test]
fn user_without_root_is_refused() {
    let mut cmd = if is_root() {
        if !have("setpriv") {
            assert!(!in_ci(), "setpriv (util-linux) is missing");
            eprintln!("skipping: no setpriv to drop root");
            return;
        }
        let mut c = Command::new(AS_NOBODY[0]);
        c.args(&AS_NOBODY[1..]).arg(bin());
        c
    } else {
        Command::new(bin())
    };
    let out = run_bounded(
        cmd.args(["capture", "-i", "lo", "-Z", "nobody", "-c", "1"]),
        Duration::from_secs(10),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("-Z/--user needs root"), "{err}");
}

/// `ping -f` on namespace a's loopback, bounded in count and time.
fn flood(lab: &Lab, count: &str) -> Proc {
    Proc::spawn(
        lab.cmd(
            &lab.a,
            &["ping", "-f", "-q", "-c", count, "-w", "10", "127.0.0.1"],
        ),
        "ping -f",
        Stdio::null(),
        Stdio::null(),
    )
}

#[test]
fn two_signals_in_quick_succession_lose_no_packet() {
    let Some(lab) = lab_or_skip("two_signals_in_quick_succession_lose_no_packet") else {
        return;
    };
    // SIGINT then SIGTERM (Ctrl-C, then `timeout` or a supervisor) while
    // packets flow: the second one must not cut the stop short.
    for round in 0..6 {
        let file = lab.path(&format!("sig-{round}.pcap"));
        let c = Capture::start(
            &lab,
            &lab.a,
            &format!("sig-{round}"),
            &["-i", "lo", "-T", "line", "-w", file.to_str().unwrap()],
        );
        let ping = flood(&lab, "100000");
        sleep(Duration::from_millis(400));
        c.proc.signal(libc::SIGINT);
        c.proc.signal(libc::SIGTERM);
        let (st, out, err) = c.finish();
        drop(ping);
        assert!(st.success(), "round {round}: exited {st}: {err}");
        let sum = summary(&err);
        // The whole file reads to its end, every packet in it.
        let frames = read_frames(&file);
        assert!(
            frames.len() > 100,
            "round {round}: only {} frames",
            frames.len()
        );
        assert_eq!(sum.captured, frames.len() as u64, "round {round}: {err}");
        assert_eq!(sum.written, Some(sum.captured), "round {round}: {err}");
        assert_eq!(out.lines().count() as u64, sum.captured, "round {round}");
    }
}

#[test]
fn a_full_disk_under_capture_is_reported_once() {
    let Some(lab) = lab_or_skip("a_full_disk_under_capture_is_reported_once") else {
        return;
    };
    // A tiny tmpfs fills after a few dozen KiB; /dev/full at once.
    let mnt = lab.path("tiny");
    fs::create_dir(&mnt).unwrap();
    sh(Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&mnt))
    .unwrap();
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(mnt.clone());
    let tiny = mnt.join("full.pcap");
    for (name, target) in [("devfull", Path::new("/dev/full")), ("tmpfs", &tiny)] {
        let target_s = target.to_str().unwrap();
        let c = Capture::start(&lab, &lab.a, name, &["-i", "lo", "-q", "-w", target_s]);
        let ping = flood(&lab, "20000");
        let (st, _, err) = c.finish();
        drop(ping);
        assert_eq!(st.code(), Some(1), "{name}: {err}");
        let errors: Vec<&str> = err
            .lines()
            .filter(|l| l.contains("No space left on device"))
            .collect();
        assert_eq!(
            errors,
            [format!(
                "osidump: {target_s}: No space left on device (os error 28)"
            )],
            "{name}: {err}"
        );
        let sum = summary(&err);
        assert_eq!(sum.written, None, "{name}: {err}");
    }
}

#[test]
fn live_text_escapes_a_hostile_client_hello() {
    let Some(lab) = lab_or_skip("live_text_escapes_a_hostile_client_hello") else {
        return;
    };
    let sni = "a\x1b]0;pwned\x07\x1b[2J\x08\r\u{9b}31m\u{202e}gnp.exe\u{200b}.test";
    let hello = common::client_hello(sni, "h2\x1b[5m\u{2066}");
    let hex: String = hello.iter().map(|b| format!("{b:02x}")).collect();
    let line = Capture::start(&lab, &lab.a, "hostile-line", &["-i", "lo", "-T", "line"]);
    let tree = Capture::start(&lab, &lab.a, "hostile-tree", &["-i", "lo", "-V"]);
    // A real TCP connection on a's loopback carries the ClientHello.
    lab.client(
        &lab.a,
        &[
            "python3",
            "-c",
            "import socket,sys\n\
             srv=socket.socket();srv.bind(('127.0.0.1',0));srv.listen(1)\n\
             c=socket.create_connection(srv.getsockname());s,_=srv.accept()\n\
             c.sendall(bytes.fromhex(sys.argv[1]));s.recv(65536)\n\
             c.close();s.close();srv.close()",
            &hex,
        ],
    );
    sleep(Duration::from_millis(300));
    // The line view's Info is tshark's, `Client Hello` without the SNI:
    // the escaped name is looked for in the tree, and the line must still
    // carry no raw control.
    let sni_escaped = "a\\x1b]0;pwned\\x07\\x1b[2J\\x08\\r\\u009b31m\\u202egnp.exe\\u200b.test";
    for (c, escaped) in [
        (line, &["Client Hello"][..]),
        (tree, &[sni_escaped, "h2\\x1b[5m\\u2066"][..]),
    ] {
        let (st, out, err) = c.interrupt();
        assert!(st.success(), "{err}");
        for e in escaped {
            assert!(out.contains(e), "{out}");
        }
        for l in out.lines() {
            assert!(
                !l.chars().any(osidump::render::safe::is_unsafe),
                "raw control in {l:?}"
            );
        }
    }
}

#[test]
fn interface_names_are_escaped() {
    let Some(lab) = lab_or_skip("interface_names_are_escaped") else {
        return;
    };
    let name = "d\x1b[31m\u{202e}\x07";
    // A veth pair inside a (the dummy module may be missing).
    sh(Command::new("ip").args([
        "-n",
        &lab.a,
        "link",
        "add",
        name,
        "type",
        "veth",
        "peer",
        "name",
        "osit-peer",
    ]))
    .unwrap();
    sh(Command::new("ip").args(["-n", &lab.a, "link", "set", name, "up"])).unwrap();
    let escaped = "d\\x1b[31m\\u202e\\x07";

    let table = lab.client(&lab.a, &[bin(), "interfaces"]);
    assert!(table.contains(escaped), "{table}");
    assert!(
        !table
            .chars()
            .any(|c| c != '\n' && osidump::render::safe::is_unsafe(c))
    );
    let json = lab.client(&lab.a, &[bin(), "interfaces", "-T", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        v.as_array().unwrap().iter().any(|i| i["name"] == name),
        "{json}"
    );

    let out = run_bounded(
        &mut lab.cmd(
            &lab.a,
            &[bin(), "capture", "-i", name, "--duration", "200ms"],
        ),
        Duration::from_secs(10),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains(&format!("capturing on {escaped} ")), "{err}");
    assert!(
        !err.chars()
            .any(|c| c != '\n' && osidump::render::safe::is_unsafe(c)),
        "{err}"
    );
}

#[test]
fn capture_into_a_closed_pipe_stops_quietly() {
    let Some(lab) = lab_or_skip("capture_into_a_closed_pipe_stops_quietly") else {
        return;
    };
    use std::io::{BufRead, BufReader};
    // `osidump capture | head -1`.
    let err = lab.path("head.err");
    let mut proc = Proc::spawn(
        lab.cmd(&lab.a, &[bin(), "capture", "-i", "lo", "-T", "line"]),
        "capture | head",
        Stdio::piped(),
        Stdio::from(fs::File::create(&err).unwrap()),
    );
    let stdout = proc.child.stdout.take().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !fs::read_to_string(&err).unwrap().contains("capturing on") {
        assert!(Instant::now() < deadline, "did not start");
        sleep(Duration::from_millis(20));
    }
    let ping = flood(&lab, "20000");
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    assert!(first.contains("ICMP"), "{first}");
    // The reader is gone: the next flush meets a closed pipe.
    let st = proc.wait_for(Duration::from_secs(10));
    drop(ping);
    let err = fs::read_to_string(&err).unwrap();
    assert!(st.success(), "exited {st}: {err}");
    assert!(!err.contains("writing output"), "{err}");
    assert_eq!(err.lines().count(), 2, "capturing on + summary: {err}");
}
