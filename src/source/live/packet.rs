//! The AF_PACKET backend: a Linux packet socket of our own (no system
//! library needed), with kernel timestamps, promiscuous mode and drop
//! counters.

use std::ffi::CString;
use std::fmt;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{
    ANY, CaptureConfig, CaptureError, CaptureSource, CaptureStats, DEFAULT_SNAPLEN, KERNEL_BUFFER,
    StopWhen, interfaces, readable_now,
};
use crate::source::{Frame, FrameSource, SourceError, Timestamp, linktype};

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
                        section: Some(1),
                        interface_name: Some(&self.name),
                        comments: Default::default(),
                        no_timestamp: false,
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
