//! The libpcap capture backend (cargo feature `libpcap`): kernel BPF
//! filters (`-f "tcp port 443"`) and kernel timestamps at nanosecond
//! precision, through the `pcap` crate and the system libpcap.
//!
//! Non-blocking, with our own `poll` of libpcap's descriptor for at most
//! [`POLL_INTERVAL`], so the stop flag and the deadline are checked while the
//! wire is quiet, as in the `AF_PACKET` backend. A plain read timeout is not
//! enough (measured, libpcap 1.10.3): with TPACKET_V3 libpcap polls with no
//! timeout and leaves the wake-up to the kernel's block-retire timer, which
//! does not fire for an empty block, so `next_packet` blocked forever on a
//! quiet interface and Ctrl-C / `--duration` were not honoured.
//!
//! Not immediate mode: it makes libpcap fall back to TPACKET_V2, whose ring
//! slots are sized for the snap length (256 KiB each), so the 8 MiB ring
//! held a few dozen packets and a top-speed replay lost 65% of them
//! (benches/capture-replay.sh: 2849 of 8050 seen). With TPACKET_V3 the
//! kernel hands over a block when it fills or when the read timeout
//! ([`POLL_INTERVAL`]) expires, so a packet shows at most that late.
//! libpcap drops the outgoing copy of loopback packets itself.
//!
//! Each packet is copied once out of libpcap's ring into our buffer: a frame
//! that borrows the capture cannot be returned from inside the retry loop
//! (the borrow checker's conditional-return-in-loop limitation), and the
//! copy costs far less than dissecting the packet.

use std::os::fd::AsRawFd;

use pcap::{Active, Capture, Precision};

use super::{
    CaptureConfig, CaptureError, CaptureSource, CaptureStats, KERNEL_BUFFER, POLL_INTERVAL,
    StopWhen,
};
use crate::source::{Frame, FrameSource, SourceError, Timestamp};

/// Capture through libpcap.
pub struct PcapSource {
    cap: Capture<Active>,
    name: String,
    linktype: u32,
    snaplen: u32,
    buf: Vec<u8>,
    stop: StopWhen,
    number: u64,
    /// The stop was reached: what is queued is still read until then (a
    /// flood that keeps the queue full does not hold the stop back long).
    draining: Option<std::time::Instant>,
}

impl std::fmt::Debug for PcapSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PcapSource")
            .field("name", &self.name)
            .field("linktype", &self.linktype)
            .field("number", &self.number)
            .finish_non_exhaustive()
    }
}

fn open_error(e: pcap::Error) -> CaptureError {
    let s = e.to_string();
    let l = s.to_ascii_lowercase();
    if l.contains("permission") || l.contains("not permitted") {
        CaptureError::Permission
    } else {
        CaptureError::Other(s)
    }
}

impl PcapSource {
    pub fn open(cfg: CaptureConfig) -> Result<PcapSource, CaptureError> {
        let snaplen = cfg.snaplen.clamp(1, super::DEFAULT_SNAPLEN);
        let mut cap = Capture::from_device(cfg.interface.as_str())
            .map_err(open_error)?
            .promisc(cfg.promisc)
            .snaplen(snaplen as i32)
            .timeout(POLL_INTERVAL.as_millis() as i32)
            .precision(Precision::Nano)
            .buffer_size(KERNEL_BUFFER as i32)
            .open()
            .map_err(open_error)?
            .setnonblock()
            .map_err(open_error)?;
        if let Some(expr) = &cfg.filter {
            cap.filter(expr, true)
                .map_err(|e| CaptureError::Filter(e.to_string()))?;
        }
        let linktype = cap.get_datalink().0 as u32;
        Ok(PcapSource {
            cap,
            name: cfg.interface,
            linktype,
            snaplen,
            buf: Vec::with_capacity(snaplen as usize),
            stop: StopWhen::new(cfg.stop, cfg.deadline),
            number: 0,
            draining: None,
        })
    }
}

impl FrameSource for PcapSource {
    fn next_frame(&mut self) -> Result<Option<Frame<'_>>, SourceError> {
        let (ts, orig_len) = loop {
            // At the stop (an interrupt, the deadline), packets captured
            // before it are still read: the kernel hands a block over one
            // timeout after its first packet, so wait for that once, then
            // read until nothing is queued.
            match self.draining {
                None if self.stop.reached() => {
                    self.stop.wait_last(self.cap.as_raw_fd());
                    self.draining = Some(std::time::Instant::now() + 2 * super::POLL_INTERVAL);
                }
                Some(until) if std::time::Instant::now() >= until => return Ok(None),
                _ => {}
            }
            match self.cap.next_packet() {
                Ok(p) => {
                    self.buf.clear();
                    self.buf.extend_from_slice(p.data);
                    // Precision::Nano: tv_usec holds nanoseconds.
                    let t = p.header.ts;
                    break (Timestamp::new(t.tv_sec, t.tv_usec as u32), p.header.len);
                }
                // Non-blocking: nothing queued.
                // An error just ends the wait early: the loop checks again.
                Err(pcap::Error::TimeoutExpired) if self.draining.is_some() => return Ok(None),
                Err(pcap::Error::TimeoutExpired) => {
                    let _ = self.stop.wait_readable(self.cap.as_raw_fd());
                }
                Err(e) => {
                    return Err(SourceError {
                        offset: 0,
                        message: format!("{}: {e}", self.name),
                    });
                }
            }
        };
        self.number += 1;
        Ok(Some(Frame {
            number: self.number,
            ts,
            orig_len,
            data: &self.buf,
            linktype: self.linktype,
            interface_id: Some(0),
            section: Some(1),
            interface_name: Some(&self.name),
            comments: Default::default(),
            no_timestamp: false,
        }))
    }
}

impl CaptureSource for PcapSource {
    fn has_queued(&self) -> bool {
        use std::os::fd::AsRawFd;
        super::readable_now(self.cap.as_raw_fd())
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
        "libpcap".into()
    }

    fn stats(&mut self) -> CaptureStats {
        CaptureStats {
            received: self.number,
            kernel_dropped: self.cap.stats().ok().map(|s| u64::from(s.dropped)),
        }
    }
}
