//! Live capture from a network interface.
//!
//! [`open`] returns a [`CaptureSource`]: a [`FrameSource`] like a capture file,
//! plus what a live capture knows about itself (link type, snap length,
//! kernel statistics). Two backends sit behind that one seam and nothing
//! outside this module (and `live_pcap`) knows which one runs:
//!
//! - [`Backend::Packet`], always built: a Linux `AF_PACKET` socket opened
//!   here with `libc`. No system library is needed, so `cargo install` works
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

use std::ffi::CString;
use std::fmt;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::{Frame, FrameSource, SourceError, Timestamp, linktype};

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
            CaptureError::NoSuchInterface { name, available } => write!(
                f,
                "no interface named '{name}'; interfaces: {} (see `osidump interfaces`)",
                available.join(", ")
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
        Backend::Libpcap => Ok(Box::new(super::live_pcap::PcapSource::open(cfg)?)),
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
        Backend::Libpcap => super::live_pcap::PcapSource::open(cfg).map(drop),
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

/// After the capture is open: when running as root, become `user` (its uid,
/// its primary gid, its supplementary groups), like tcpdump's `-Z`. Does
/// nothing when not root (capabilities came from `setcap`).
pub fn drop_privileges(user: &str) -> Result<(), String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(());
    }
    let cname = CString::new(user).map_err(|_| format!("bad user name '{user}'"))?;
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call; buf outlives the use of pw.
    let rc = unsafe {
        libc::getpwnam_r(
            cname.as_ptr(),
            &mut pw,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        )
    };
    if rc != 0 || result.is_null() {
        return Err(format!("--user: no user named '{user}'"));
    }
    let (uid, gid) = (pw.pw_uid, pw.pw_gid);
    // SAFETY: plain syscalls on values; the order (groups, gid, uid) matters
    // because after setuid we may no longer change groups.
    unsafe {
        if libc::initgroups(cname.as_ptr(), gid) != 0 {
            return Err(format!(
                "--user {user}: initgroups: {}",
                io::Error::last_os_error()
            ));
        }
        if libc::setgid(gid) != 0 {
            return Err(format!(
                "--user {user}: setgid: {}",
                io::Error::last_os_error()
            ));
        }
        if libc::setuid(uid) != 0 {
            return Err(format!(
                "--user {user}: setuid: {}",
                io::Error::last_os_error()
            ));
        }
        if uid != 0 && libc::setuid(0) == 0 {
            return Err(format!("--user {user}: could still regain root"));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// AF_PACKET backend

mod sys {
    //! Linux constants and structs from <linux/if_packet.h> and
    //! <asm/socket.h> that `libc` does not export on every target.
    pub const PACKET_ADD_MEMBERSHIP: libc::c_int = 1;
    pub const PACKET_STATISTICS: libc::c_int = 6;
    pub const PACKET_IGNORE_OUTGOING: libc::c_int = 23;
    pub const PACKET_MR_PROMISC: libc::c_ushort = 1;
    pub const PACKET_OUTGOING: u8 = 4;
    /// `SO_TIMESTAMPNS_OLD` (struct timespec with the native `time_t`).
    pub const SO_TIMESTAMPNS: libc::c_int = 35;

    #[repr(C)]
    pub struct PacketMreq {
        pub mr_ifindex: libc::c_int,
        pub mr_type: libc::c_ushort,
        pub mr_alen: libc::c_ushort,
        pub mr_address: [u8; 8],
    }

    #[repr(C)]
    #[derive(Default)]
    pub struct TpacketStats {
        pub tp_packets: libc::c_uint,
        pub tp_drops: libc::c_uint,
    }
}

/// Length of the Linux cooked (SLL) header we put in front of `any` frames.
const SLL_LEN: usize = 16;

/// Capture through an `AF_PACKET` socket (see the module doc for why).
pub struct PacketSource {
    fd: OwnedFd,
    name: String,
    /// Index of `lo` in this namespace, for dropping its outgoing copies.
    lo_index: Option<i32>,
    /// `SOCK_DGRAM` + a synthesised SLL header (`any` and non-Ethernet devices).
    cooked: bool,
    linktype: u32,
    snaplen: u32,
    buf: Vec<u8>,
    stop: StopWhen,
    number: u64,
    drops: u64,
}

impl fmt::Debug for PacketSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PacketSource")
            .field("name", &self.name)
            .field("linktype", &self.linktype)
            .field("number", &self.number)
            .finish_non_exhaustive()
    }
}

fn os_error(what: &str) -> CaptureError {
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EPERM) | Some(libc::EACCES) => CaptureError::Permission,
        _ => CaptureError::Other(format!("{what}: {e}")),
    }
}

fn setsockopt<T>(fd: &OwnedFd, level: libc::c_int, name: libc::c_int, val: &T) -> io::Result<()> {
    // SAFETY: val points to a live T of the given size.
    let rc = unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            level,
            name,
            (val as *const T).cast(),
            std::mem::size_of::<T>() as libc::socklen_t,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

fn packet_socket(kind: libc::c_int, ifindex: i32) -> Result<(OwnedFd, u16), CaptureError> {
    // Protocol 0: nothing is queued until bind() names the interface, so no
    // packet of another interface slips in between.
    // SAFETY: plain syscall; the fd is owned at once.
    let raw = unsafe { libc::socket(libc::AF_PACKET, kind | libc::SOCK_CLOEXEC, 0) };
    if raw < 0 {
        return Err(os_error("socket(AF_PACKET)"));
    }
    // SAFETY: raw is a fresh, valid descriptor nobody else owns.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    // SAFETY: sockaddr_ll is plain data; all-zero is valid.
    let mut sll: libc::sockaddr_ll = unsafe { std::mem::zeroed() };
    sll.sll_family = libc::AF_PACKET as u16;
    sll.sll_protocol = (libc::ETH_P_ALL as u16).to_be();
    sll.sll_ifindex = ifindex;
    let len = std::mem::size_of::<libc::sockaddr_ll>() as libc::socklen_t;
    // SAFETY: sll is a valid sockaddr_ll of `len` bytes.
    if unsafe {
        libc::bind(
            fd.as_raw_fd(),
            (&sll as *const libc::sockaddr_ll).cast(),
            len,
        )
    } != 0
    {
        return Err(os_error("bind"));
    }
    let mut got: libc::sockaddr_ll = unsafe { std::mem::zeroed() };
    let mut got_len = len;
    // SAFETY: got is writable for got_len bytes.
    let rc = unsafe {
        libc::getsockname(
            fd.as_raw_fd(),
            (&mut got as *mut libc::sockaddr_ll).cast(),
            &mut got_len,
        )
    };
    if rc != 0 {
        return Err(os_error("getsockname"));
    }
    Ok((fd, got.sll_hatype))
}

fn if_index(name: &str) -> Result<i32, CaptureError> {
    let c = CString::new(name).map_err(|_| CaptureError::Other("bad interface name".into()))?;
    // SAFETY: c is a valid C string.
    let i = unsafe { libc::if_nametoindex(c.as_ptr()) };
    if i == 0 {
        Err(CaptureError::Other(format!(
            "{name}: {}",
            io::Error::last_os_error()
        )))
    } else {
        Ok(i as i32)
    }
}

impl PacketSource {
    pub fn open(cfg: CaptureConfig) -> Result<PacketSource, CaptureError> {
        let any = cfg.interface == ANY;
        let ifindex = if any { 0 } else { if_index(&cfg.interface)? };
        let lo_index = interfaces()
            .iter()
            .find(|i| i.loopback)
            .map(|i| i.index as i32);
        let (fd, cooked) = if any {
            (packet_socket(libc::SOCK_DGRAM, 0)?.0, true)
        } else {
            let (fd, hatype) = packet_socket(libc::SOCK_RAW, ifindex)?;
            // Ethernet and loopback carry Ethernet headers; anything else
            // (tun, wireguard, ppp...) is captured cooked, as libpcap does.
            if hatype == libc::ARPHRD_ETHER || hatype == libc::ARPHRD_LOOPBACK {
                (fd, false)
            } else {
                drop(fd);
                (packet_socket(libc::SOCK_DGRAM, ifindex)?.0, true)
            }
        };
        if !any && Some(ifindex) == lo_index {
            // Best effort (Linux 4.20+); next_frame checks the type anyway.
            let _ = setsockopt(&fd, libc::SOL_PACKET, sys::PACKET_IGNORE_OUTGOING, &1i32);
        }
        if cfg.promisc && !any {
            let mreq = sys::PacketMreq {
                mr_ifindex: ifindex,
                mr_type: sys::PACKET_MR_PROMISC,
                mr_alen: 0,
                mr_address: [0; 8],
            };
            // Dropped by the kernel when the socket closes.
            setsockopt(&fd, libc::SOL_PACKET, sys::PACKET_ADD_MEMBERSHIP, &mreq)
                .map_err(|e| CaptureError::Other(format!("promiscuous mode: {e}")))?;
        }
        setsockopt(&fd, libc::SOL_SOCKET, sys::SO_TIMESTAMPNS, &1i32)
            .map_err(|e| CaptureError::Other(format!("SO_TIMESTAMPNS: {e}")))?;
        let size = KERNEL_BUFFER as libc::c_int;
        // FORCE passes rmem_max when privileged; otherwise take what we get.
        if setsockopt(&fd, libc::SOL_SOCKET, libc::SO_RCVBUFFORCE, &size).is_err() {
            let _ = setsockopt(&fd, libc::SOL_SOCKET, libc::SO_RCVBUF, &size);
        }
        let snaplen = cfg.snaplen.clamp(1, DEFAULT_SNAPLEN);
        let mut src = PacketSource {
            fd,
            name: cfg.interface,
            lo_index,
            cooked,
            linktype: if cooked {
                linktype::LINUX_SLL
            } else {
                linktype::ETHERNET
            },
            snaplen,
            buf: vec![0; snaplen as usize + SLL_LEN],
            stop: StopWhen::new(cfg.stop, cfg.deadline),
            number: 0,
            drops: 0,
        };
        // Start the drop counter at zero (reading resets it).
        src.read_drops();
        Ok(src)
    }

    fn read_drops(&mut self) {
        let mut st = sys::TpacketStats::default();
        let mut len = std::mem::size_of::<sys::TpacketStats>() as libc::socklen_t;
        // SAFETY: st is writable for len bytes.
        let rc = unsafe {
            libc::getsockopt(
                self.fd.as_raw_fd(),
                libc::SOL_PACKET,
                sys::PACKET_STATISTICS,
                (&mut st as *mut sys::TpacketStats).cast(),
                &mut len,
            )
        };
        if rc == 0 {
            self.drops += u64::from(st.tp_drops);
        }
    }

    /// One `recvmsg`: `Ok(None)` when nothing is queued or the packet is an
    /// outgoing loopback copy; otherwise (caplen, orig_len, ts).
    fn receive(&mut self) -> io::Result<Option<(usize, u32, Timestamp)>> {
        let at = if self.cooked { SLL_LEN } else { 0 };
        let room = self.snaplen as usize - at.min(self.snaplen as usize);
        // SAFETY: sockaddr_ll is plain data.
        let mut from: libc::sockaddr_ll = unsafe { std::mem::zeroed() };
        let mut iov = libc::iovec {
            iov_base: self.buf[at..].as_mut_ptr().cast(),
            iov_len: room,
        };
        // u64 array: aligned for cmsghdr.
        let mut control = [0u64; 8];
        // SAFETY: msghdr is plain data; the pointers set below stay valid
        // across the call.
        let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
        msg.msg_name = (&mut from as *mut libc::sockaddr_ll).cast();
        msg.msg_namelen = std::mem::size_of::<libc::sockaddr_ll>() as libc::socklen_t;
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = std::mem::size_of_val(&control) as _;
        // MSG_TRUNC: the return value is the length on the wire.
        // SAFETY: msg describes valid buffers.
        let n = unsafe {
            libc::recvmsg(
                self.fd.as_raw_fd(),
                &mut msg,
                libc::MSG_TRUNC | libc::MSG_DONTWAIT,
            )
        };
        if n < 0 {
            let e = io::Error::last_os_error();
            return match e.kind() {
                io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted => Ok(None),
                _ => Err(e),
            };
        }
        if from.sll_pkttype == sys::PACKET_OUTGOING && Some(from.sll_ifindex) == self.lo_index {
            return Ok(None);
        }
        let wire = n as usize;
        let mut ts = None;
        // SAFETY: CMSG_* walk the control buffer the kernel filled, within
        // msg_controllen.
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            while !c.is_null() {
                if (*c).cmsg_level == libc::SOL_SOCKET && (*c).cmsg_type == sys::SO_TIMESTAMPNS {
                    let t: libc::timespec = std::ptr::read_unaligned(libc::CMSG_DATA(c).cast());
                    ts = Some(Timestamp::new(t.tv_sec, t.tv_nsec as u32));
                }
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
        let ts = ts.unwrap_or_else(now);
        if self.cooked {
            let h = &mut self.buf[..SLL_LEN];
            h[0..2].copy_from_slice(&u16::from(from.sll_pkttype).to_be_bytes());
            h[2..4].copy_from_slice(&from.sll_hatype.to_be_bytes());
            h[4..6].copy_from_slice(&u16::from(from.sll_halen).to_be_bytes());
            h[6..14].copy_from_slice(&from.sll_addr);
            // Already in network order.
            h[14..16].copy_from_slice(&from.sll_protocol.to_ne_bytes());
        }
        let caplen = (at + wire.min(room)).min(self.snaplen as usize);
        let orig = u32::try_from(at + wire).unwrap_or(u32::MAX);
        Ok(Some((caplen, orig, ts)))
    }
}

fn now() -> Timestamp {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Timestamp::new(d.as_secs() as i64, d.subsec_nanos())
}

impl FrameSource for PacketSource {
    fn next_frame(&mut self) -> Result<Option<Frame<'_>>, SourceError> {
        loop {
            if self.stop.reached() {
                return Ok(None);
            }
            match self.receive() {
                Ok(Some((caplen, orig_len, ts))) => {
                    self.number += 1;
                    return Ok(Some(Frame {
                        number: self.number,
                        ts,
                        orig_len,
                        data: &self.buf[..caplen],
                        linktype: self.linktype,
                        interface_id: Some(0),
                        interface_name: Some(&self.name),
                    }));
                }
                Ok(None) => {}
                Err(e) => return Err(live_error(&self.name, e)),
            }
            // Nothing queued: wait (bounded) and check the stop conditions again.
            self.stop
                .wait_readable(self.fd.as_raw_fd())
                .map_err(|e| live_error(&self.name, e))?;
        }
    }
}

fn live_error(name: &str, e: io::Error) -> SourceError {
    let message = if e.raw_os_error() == Some(libc::ENETDOWN) {
        format!("{name}: interface went down")
    } else {
        format!("{name}: {e}")
    };
    SourceError { offset: 0, message }
}

impl CaptureSource for PacketSource {
    fn has_queued(&self) -> bool {
        readable_now(self.fd.as_raw_fd())
    }

    fn linktype(&self) -> u32 {
        self.linktype
    }

    fn snaplen(&self) -> u32 {
        self.snaplen
    }

    fn interface(&self) -> &str {
        &self.name
    }

    fn backend_name(&self) -> String {
        "AF_PACKET".into()
    }

    fn stats(&mut self) -> CaptureStats {
        self.read_drops();
        CaptureStats {
            received: self.number,
            kernel_dropped: Some(self.drops),
        }
    }
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
