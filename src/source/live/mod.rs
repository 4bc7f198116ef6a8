//! Live capture from a network interface.
//!
//! [`open`] returns a [`CaptureSource`]: a [`FrameSource`] like a capture file,
//! plus what a live capture knows about itself (link type, snap length,
//! kernel statistics). Two backends sit behind that one seam and nothing
//! outside this module (and its `packet` and `pcap` children) knows which
//! one runs:
//!
//! - [`Backend::Packet`], always built: a Linux `AF_PACKET` socket opened
//!   with `libc` (`packet.rs`). No system library is needed, so `cargo install` works
//!   on a bare machine.
//! - [`Backend::Libpcap`], cargo feature `libpcap`: the system libpcap through
//!   the `pcap` crate, which adds kernel BPF capture filters (`-f`).
//!
//! A live source ends (`Ok(None)`) when the shared stop flag is raised
//! (SIGINT/SIGTERM) or the deadline (`--duration`) passes. Both are checked
//! between packets and at least every [`POLL_INTERVAL`] while the wire is
//! quiet, so a stop is honoured with no traffic at all; the packet in hand is
//! always handed out first.
//!
//! # Why our own `AF_PACKET` socket and not `pnet_datalink`'s channel
//!
//! `pnet_datalink` still lists the interfaces ([`interfaces`]), but its
//! receive channel (0.35, `linux.rs`) loses what a capture tool must keep.
//! Measured with a default `pnet_datalink::channel` on `lo` while running
//! `ping -c 3 127.0.0.1` then `ping -c 1 -s 8000 127.0.0.1`: 16 frames
//! (12 + 4) where tcpdump and this backend record 8, the 8042-byte ones
//! all 4096 bytes long. Reading its source says why:
//!
//! - it reads with `recvfrom` into a `read_buffer_size` buffer (4096 bytes by
//!   default) without `MSG_TRUNC`: a GRO super-packet on a veth or a jumbo
//!   frame comes out cut at 4096 bytes, and the real length is lost, so the
//!   frame cannot even be marked as cut by the snap length;
//! - it throws away the `sockaddr_ll`, so the packet type is unknown: on `lo`
//!   every packet arrives twice (once `PACKET_OUTGOING`, once `PACKET_HOST`).
//!   libpcap drops the outgoing copy on loopback; so do we, with
//!   `PACKET_IGNORE_OUTGOING` on `lo` (Linux 4.20+) and a per-packet
//!   `sll_pkttype` check for `any` and older kernels;
//! - its timestamps can only be taken in userspace after the read; we ask for
//!   the kernel's receive time with `SO_TIMESTAMPNS` (`recvmsg` control
//!   message), which is what tcpdump records too;
//! - it gives no kernel drop count; we read `PACKET_STATISTICS`.
//!
//! Creating the socket ourselves is ~150 lines of `libc` and fixes all four.

use std::fmt;
use std::io;
use std::os::fd::RawFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::FrameSource;
use crate::render::safe;

mod packet;
#[cfg(feature = "libpcap")]
mod pcap;
mod privileges;

pub use packet::PacketSource;
pub use privileges::{become_user, capabilities, drop_capabilities, is_root};

/// Longest wait for a packet before the stop flag and deadline are checked again.
pub const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// tcpdump's default snap length.
pub const DEFAULT_SNAPLEN: u32 = 262_144;

/// Kernel socket buffer asked for (the `AF_PACKET` backend; libpcap gets the
/// same as its ring size). tcpdump's default is 2 MiB; a larger queue rides
/// out bursts while a slow terminal is being written to.
pub const KERNEL_BUFFER: usize = 8 << 20;

/// The pseudo-interface that captures on every interface (cooked headers).
pub const ANY: &str = "any";

/// Which implementation captures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Our own `AF_PACKET` socket (always available on Linux).
    Packet,
    /// The system libpcap (cargo feature `libpcap`).
    Libpcap,
}

impl Backend {
    /// libpcap when the binary was built with it, otherwise `AF_PACKET`.
    pub fn default_for_build() -> Backend {
        if cfg!(feature = "libpcap") {
            Backend::Libpcap
        } else {
            Backend::Packet
        }
    }
}

/// What to capture and when to stop.
#[derive(Debug, Clone)]
pub struct CaptureConfig {
    pub interface: String,
    pub snaplen: u32,
    pub promisc: bool,
    /// A BPF filter expression (pcap-filter(7)); libpcap backend only.
    pub filter: Option<String>,
    pub backend: Backend,
    /// Raised by the signal handler: the source ends at the next check.
    pub stop: Arc<AtomicBool>,
    /// The source ends when this instant passes (`--duration`).
    pub deadline: Option<Instant>,
}

/// Counters of a capture so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CaptureStats {
    /// Packets handed out by the source.
    pub received: u64,
    /// Packets the kernel dropped because the capture did not keep up, when
    /// the backend can tell.
    pub kernel_dropped: Option<u64>,
}

/// A live capture: frames plus what the capture knows about itself.
pub trait CaptureSource: FrameSource {
    /// LINKTYPE_* of every frame.
    fn linktype(&self) -> u32;
    fn snaplen(&self) -> u32;
    fn interface(&self) -> &str;
    /// Short description of the backend, for the "capturing on" line.
    fn backend_name(&self) -> String;
    fn stats(&mut self) -> CaptureStats;
    /// Whether another packet is already waiting, so output can be flushed
    /// when the queue drains instead of after every packet (a write per
    /// packet costs kernel drops at line rate).
    fn has_queued(&self) -> bool;
}

/// When a live capture stops: Ctrl-C / SIGTERM set the flag, or the
/// `--duration` deadline passed. Both backends wait for packets through it.
#[derive(Debug, Clone)]
pub(crate) struct StopWhen {
    flag: Arc<AtomicBool>,
    deadline: Option<Instant>,
}

impl StopWhen {
    pub(crate) fn new(flag: Arc<AtomicBool>, deadline: Option<Instant>) -> Self {
        StopWhen { flag, deadline }
    }

    pub(crate) fn reached(&self) -> bool {
        self.flag.load(Ordering::Relaxed) || self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    /// Once [`reached`](Self::reached): waits until `fd` is readable, at
    /// most one [`POLL_INTERVAL`] and a margin, for what the kernel holds
    /// to be handed over (libpcap's TPACKET_V3 blocks are readable once the
    /// kernel retires them, one timeout after their first packet).
    #[cfg(feature = "libpcap")]
    pub(crate) fn wait_last(&self, fd: RawFd) {
        let _ = poll_readable(fd, (POLL_INTERVAL.as_millis() as libc::c_int) * 3 / 2);
    }

    /// Waits until `fd` is readable, at most [`POLL_INTERVAL`] and never
    /// past the deadline, so the caller checks [`reached`](Self::reached)
    /// again soon. A signal ends the wait early without an error.
    pub(crate) fn wait_readable(&self, fd: RawFd) -> io::Result<()> {
        let mut wait = POLL_INTERVAL;
        if let Some(d) = self.deadline {
            wait = wait.min(d.saturating_duration_since(Instant::now()));
        }
        match poll_readable(fd, wait.as_millis().max(1) as libc::c_int) {
            Err(e) if e.kind() != io::ErrorKind::Interrupted => Err(e),
            _ => Ok(()),
        }
    }
}

/// `poll(2)` for input on `fd`, waiting at most `timeout_ms`.
fn poll_readable(fd: RawFd, timeout_ms: libc::c_int) -> io::Result<bool> {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: pfd is one valid pollfd for the duration of the call.
    let rc = unsafe { libc::poll(&mut pfd, 1, timeout_ms) };
    if rc < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(rc > 0 && pfd.revents & libc::POLLIN != 0)
}

/// Is a packet queued on `fd` right now (no wait)?
pub(crate) fn readable_now(fd: RawFd) -> bool {
    poll_readable(fd, 0).unwrap_or(false)
}

/// Why a capture could not start. `Display` is one line meant for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureError {
    /// No CAP_NET_RAW (or the backend said "permission denied").
    Permission,
    NoSuchInterface {
        name: String,
        available: Vec<String>,
    },
    /// `-f` in a build without the libpcap feature.
    FilterNeedsLibpcap,
    /// The libpcap backend was asked for in a build without it.
    LibpcapNotBuilt,
    /// The filter expression did not compile.
    Filter(String),
    Other(String),
}

const BUILD_WITH_LIBPCAP: &str = "cargo install osidump --features libpcap (needs libpcap-dev)";

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaptureError::Permission => write!(
                f,
                "capturing needs CAP_NET_RAW: run it with sudo, or allow it once with \
                 `sudo setcap cap_net_raw,cap_net_admin=eip $(which osidump)`"
            ),
            // Names come from the command line and the kernel: escaped.
            CaptureError::NoSuchInterface { name, available } => write!(
                f,
                "no interface named '{}'; interfaces: {} (see `osidump interfaces`)",
                safe::escape(name),
                safe::escape(&available.join(", "))
            ),
            CaptureError::FilterNeedsLibpcap => write!(
                f,
                "capture filters (-f) need the libpcap feature: {BUILD_WITH_LIBPCAP}"
            ),
            CaptureError::LibpcapNotBuilt => write!(
                f,
                "this osidump was built without the libpcap backend: {BUILD_WITH_LIBPCAP}"
            ),
            CaptureError::Filter(m) => write!(f, "bad capture filter: {m}"),
            CaptureError::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for CaptureError {}

/// Opens a live capture with the configured backend. The interface name is
/// checked first, so an unknown one lists those that exist.
pub fn open(cfg: CaptureConfig) -> Result<Box<dyn CaptureSource>, CaptureError> {
    if cfg.interface != ANY && !interfaces().iter().any(|i| i.name == cfg.interface) {
        let mut available: Vec<String> = interfaces().into_iter().map(|i| i.name).collect();
        available.push(ANY.into());
        return Err(CaptureError::NoSuchInterface {
            name: cfg.interface.clone(),
            available,
        });
    }
    match cfg.backend {
        Backend::Packet => {
            if cfg.filter.is_some() {
                return Err(CaptureError::FilterNeedsLibpcap);
            }
            Ok(Box::new(PacketSource::open(cfg)?))
        }
        #[cfg(feature = "libpcap")]
        Backend::Libpcap => Ok(Box::new(pcap::PcapSource::open(cfg)?)),
        #[cfg(not(feature = "libpcap"))]
        Backend::Libpcap => Err(if cfg.filter.is_some() {
            CaptureError::FilterNeedsLibpcap
        } else {
            CaptureError::LibpcapNotBuilt
        }),
    }
}

/// Whether a capture on an interface could be opened right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureCheck {
    Yes,
    /// Missing CAP_NET_RAW.
    NeedsPrivileges,
    /// Another reason, as the system said it.
    No(String),
}

/// Tries to open (and closes) a capture on `name` with `backend`.
pub fn check_capture(name: &str, backend: Backend) -> CaptureCheck {
    let cfg = CaptureConfig {
        interface: name.to_string(),
        snaplen: 128,
        promisc: false,
        filter: None,
        backend,
        stop: Arc::new(AtomicBool::new(true)),
        deadline: None,
    };
    let opened = match backend {
        Backend::Packet => PacketSource::open(cfg).map(drop),
        #[cfg(feature = "libpcap")]
        Backend::Libpcap => pcap::PcapSource::open(cfg).map(drop),
        #[cfg(not(feature = "libpcap"))]
        Backend::Libpcap => Err(CaptureError::LibpcapNotBuilt),
    };
    match opened {
        Ok(()) => CaptureCheck::Yes,
        Err(CaptureError::Permission) => CaptureCheck::NeedsPrivileges,
        Err(e) => CaptureCheck::No(e.to_string()),
    }
}

/// One network interface as `osidump interfaces` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterfaceInfo {
    pub name: String,
    pub index: u32,
    pub up: bool,
    pub running: bool,
    pub loopback: bool,
    /// `aa:bb:cc:dd:ee:ff`, when the interface has one.
    pub mac: Option<String>,
    /// Addresses with prefix length, `10.0.0.1/24`, `fe80::1/64`.
    pub addresses: Vec<String>,
}

/// The interfaces of this network namespace, by index.
pub fn interfaces() -> Vec<InterfaceInfo> {
    let mut v: Vec<InterfaceInfo> = pnet_datalink::interfaces()
        .into_iter()
        .map(|i| InterfaceInfo {
            up: i.is_up(),
            running: i.is_running(),
            loopback: i.is_loopback(),
            mac: i.mac.map(|m| m.to_string()),
            addresses: i
                .ips
                .iter()
                .map(|n| format!("{}/{}", n.ip(), n.prefix()))
                .collect(),
            index: i.index,
            name: i.name,
        })
        .collect();
    v.sort_by_key(|i| i.index);
    v
}

/// Parses `--duration`: `10s`, `1.5s`, `500ms`, `2m`, `1h`, or bare seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("'{s}' is not a duration (try 10s, 500ms, 2m, 1h)"))?;
    let secs = match unit.trim() {
        "" | "s" | "sec" | "secs" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        u => return Err(format!("unknown unit '{u}' in '{s}' (use ms, s, m or h)")),
    };
    Duration::try_from_secs_f64(secs).map_err(|e| format!("'{s}': {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("3 days").is_err());
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn unknown_interface_lists_the_real_ones() {
        let cfg = CaptureConfig {
            interface: "osidump-nope0".into(),
            snaplen: DEFAULT_SNAPLEN,
            promisc: false,
            filter: None,
            backend: Backend::Packet,
            stop: Arc::new(AtomicBool::new(false)),
            deadline: None,
        };
        match open(cfg) {
            Err(CaptureError::NoSuchInterface { available, .. }) => {
                assert!(available.iter().any(|n| n == "lo"), "{available:?}");
                assert!(available.iter().any(|n| n == "any"));
            }
            other => panic!("expected NoSuchInterface, got {:?}", other.map(|_| ())),
        }
    }

    #[test]
    fn errors_are_one_line() {
        for e in [
            CaptureError::Permission,
            CaptureError::FilterNeedsLibpcap,
            CaptureError::LibpcapNotBuilt,
        ] {
            let s = e.to_string();
            assert!(!s.contains('\n'), "{s}");
        }
        assert!(
            CaptureError::Permission
                .to_string()
                .contains("setcap cap_net_raw")
        );
        assert!(
            CaptureError::FilterNeedsLibpcap
                .to_string()
                .contains("--features libpcap")
        );
    }
}
