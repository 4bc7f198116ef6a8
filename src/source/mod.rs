//! Where frames come from: capture files (pcap, pcapng) and live interfaces.
//!
//! Every source hands out [`Frame`]s that borrow the source's own buffer, so
//! a frame is valid until the next call to [`FrameSource::next_frame`]. Nothing
//! here decodes past the capture record: link-layer decoding is `dissect`'s job.

pub mod file;
mod format;
pub mod live;
pub mod writer;

use std::fmt;

/// A capture timestamp: seconds since the Unix epoch plus nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Timestamp {
    pub secs: i64,
    /// Always below 1_000_000_000, but in [`Timestamp::UNSET`].
    pub nanos: u32,
}

impl Timestamp {
    /// Wireshark's "unset" time (`nstime_set_unset`: 0 seconds and
    /// `INT_MAX` nanoseconds), what a string that is not a time becomes
    /// (`syslog.timestamp` of `-`). Its display drops the fraction; its
    /// ISO form (`-T ek`) keeps tshark's `.2147483647`.
    pub const UNSET: Timestamp = Timestamp {
        secs: 0,
        nanos: i32::MAX as u32,
    };

    /// Whether this is [`Timestamp::UNSET`].
    pub fn is_unset(&self) -> bool {
        *self == Self::UNSET
    }

    pub fn new(secs: i64, nanos: u32) -> Self {
        Timestamp {
            secs: secs + i64::from(nanos / 1_000_000_000),
            nanos: nanos % 1_000_000_000,
        }
    }

    /// Nanoseconds since the epoch (saturating).
    pub fn as_nanos(&self) -> i128 {
        i128::from(self.secs) * 1_000_000_000 + i128::from(self.nanos)
    }
}

/// One captured record, as the capture file or the kernel gave it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Frame<'a> {
    /// 1-based frame number, counted across every input of a run.
    pub number: u64,
    pub ts: Timestamp,
    /// The record carries no time (a pcapng Simple Packet Block): `ts` is
    /// Wiretap's 0, and tshark shows none of the frame's time fields.
    pub no_timestamp: bool,
    /// Bytes on the wire (may exceed `data.len()` when the snap length cut it).
    pub orig_len: u32,
    /// Bytes captured.
    pub data: &'a [u8],
    /// LINKTYPE_* value of the interface this frame was captured on.
    pub linktype: u32,
    /// pcapng interface index; `None` where the format has no interfaces
    /// (legacy pcap), so `frame.interface_id` is absent as in tshark.
    pub interface_id: Option<u32>,
    /// 1-based pcapng section the record is in (`frame.section_number`);
    /// `None` for legacy pcap, which has no sections.
    pub section: Option<u32>,
    /// Interface name when the capture records one (pcapng `if_name`, live).
    pub interface_name: Option<&'a str>,
    /// The comments a pcapng packet block carries (none elsewhere).
    pub comments: Comments<'a>,
}

/// The options of a pcapng packet block (its comments, `opt_comment`, and
/// the flags, drop count, packet id and queue Wireshark shows), read from
/// its option list when asked for: most packets carry none, and a frame
/// stays a few words to copy.
#[derive(Debug, Clone, Copy, Default)]
pub struct Comments<'a> {
    /// The block's option list, already checked to be well formed.
    options: &'a [u8],
    big_endian: bool,
}

impl<'a> Comments<'a> {
    /// pcapng's `opt_comment` option code.
    const OPT_COMMENT: u16 = 1;
    /// The packet block options Wireshark shows in the frame's tree.
    pub(crate) const OPT_FLAGS: u16 = 2;
    pub(crate) const OPT_DROPCOUNT: u16 = 4;
    pub(crate) const OPT_PACKETID: u16 = 5;
    pub(crate) const OPT_QUEUE: u16 = 6;

    pub(crate) fn new(options: &'a [u8], big_endian: bool) -> Self {
        Comments {
            options,
            big_endian,
        }
    }

    /// The block's option list and its byte order (to copy them: see
    /// [`crate::parallel::Kept`]).
    pub(crate) fn parts(&self) -> (&'a [u8], bool) {
        (self.options, self.big_endian)
    }

    /// Each comment's bytes (UTF-8 by the format's rule, not checked), in
    /// the block's order.
    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + use<'a> {
        file::Options::new(self.options, self.big_endian)
            .filter(|&(code, _)| code == Self::OPT_COMMENT)
            .map(|(_, value)| value)
    }

    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// Whether the block has options at all (most have none).
    pub fn any(&self) -> bool {
        !self.options.is_empty()
    }

    /// The value of the block's first option `code`.
    fn option(&self, code: u16) -> Option<&'a [u8]> {
        file::Options::new(self.options, self.big_endian)
            .find(|&(c, _)| c == code)
            .map(|(_, value)| value)
    }

    fn uint(&self, code: u16, len: usize) -> Option<u64> {
        let v = self.option(code).filter(|v| v.len() == len)?;
        Some(v.iter().enumerate().fold(0u64, |acc, (i, &b)| {
            if self.big_endian {
                acc << 8 | u64::from(b)
            } else {
                acc | u64::from(b) << (8 * i)
            }
        }))
    }

    /// `epb_flags`: direction, reception type, FCS length, link errors.
    pub fn flags(&self) -> Option<u32> {
        self.uint(Self::OPT_FLAGS, 4).map(|v| v as u32)
    }

    /// `epb_dropcount`: packets lost since the one before on the interface.
    pub fn drop_count(&self) -> Option<u64> {
        self.uint(Self::OPT_DROPCOUNT, 8)
    }

    /// `epb_packetid`.
    pub fn packet_id(&self) -> Option<u64> {
        self.uint(Self::OPT_PACKETID, 8)
    }

    /// `epb_queue`: the interface queue the packet was received on.
    pub fn queue(&self) -> Option<u32> {
        self.uint(Self::OPT_QUEUE, 4).map(|v| v as u32)
    }
}

/// A failure to read the capture itself (not a malformed packet: those are
/// dissected as far as they go). `offset` is the byte offset in the input
/// where the damage starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    pub offset: u64,
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at byte offset {}: {}", self.offset, self.message)
    }
}

impl std::error::Error for SourceError {}

/// A stream of frames. Lending: the frame borrows the source until the next call.
pub trait FrameSource {
    /// The next frame, `Ok(None)` at a clean end of input.
    fn next_frame(&mut self) -> Result<Option<Frame<'_>>, SourceError>;
}

impl<T: FrameSource + ?Sized> FrameSource for Box<T> {
    fn next_frame(&mut self) -> Result<Option<Frame<'_>>, SourceError> {
        (**self).next_frame()
    }
}

/// Well-known LINKTYPE_* values (tcpdump.org/linktypes.html).
pub mod linktype {
    pub const NULL: u32 = 0;
    pub const ETHERNET: u32 = 1;
    pub const ARCNET_BSD: u32 = 7;
    pub const PPP: u32 = 9;
    pub const PPP_HDLC: u32 = 50;
    pub const FDDI: u32 = 10;
    pub const C_HDLC: u32 = 104;
    pub const FRELAY: u32 = 107;
    pub const NFLOG: u32 = 239;
    pub const IEEE802_11: u32 = 105;
    pub const IEEE802_11_RADIOTAP: u32 = 127;
    /// CACE's Per-Packet Information header.
    pub const PPI: u32 = 192;
    pub const RAW_OPENBSD: u32 = 12;
    pub const RAW_BSDOS: u32 = 14;
    pub const RAW: u32 = 101;
    /// RFC 1483 LLC/SNAP over ATM: the frame is an 802.2 LLC header on.
    pub const ATM_RFC1483: u32 = 100;
    pub const LOOP: u32 = 108;
    pub const LINUX_SLL: u32 = 113;
    pub const ARCNET_LINUX: u32 = 129;
    pub const IPV4: u32 = 228;
    pub const IPV6: u32 = 229;
    pub const LINUX_SLL2: u32 = 276;
    /// Solaris's ipnet capture header.
    pub const IPNET: u32 = 226;
    /// IP over InfiniBand, with its 40-byte pseudo-header.
    pub const IPOIB: u32 = 242;
    /// Not a LINKTYPE: our marker for a pcapng Custom Block's data, which
    /// tshark shows as a frame (link types are 16-bit, so no clash).
    pub const PCAPNG_CUSTOM_BLOCK: u32 = 0x0BAD_0000;

    /// Name as tshark/tcpdump show it, for display.
    pub fn name(lt: u32) -> &'static str {
        match lt {
            NULL => "NULL (BSD loopback)",
            ETHERNET => "Ethernet",
            ARCNET_BSD => "ARCNET",
            ARCNET_LINUX => "Linux ARCNET",
            RAW_OPENBSD | RAW_BSDOS | RAW => "Raw IP",
            LOOP => "OpenBSD loopback",
            LINUX_SLL => "Linux cooked (SLL)",
            IPV4 => "Raw IPv4",
            IPV6 => "Raw IPv6",
            LINUX_SLL2 => "Linux cooked v2 (SLL2)",
            PPP => "PPP",
            PPP_HDLC => "PPP in HDLC-like framing",
            FDDI => "FDDI",
            C_HDLC => "Cisco HDLC",
            FRELAY => "Frame Relay",
            NFLOG => "Linux netfilter log (NFLOG)",
            IEEE802_11 => "IEEE 802.11",
            IEEE802_11_RADIOTAP => "IEEE 802.11 radiotap",
            PPI => "Per-Packet Information (PPI)",
            ATM_RFC1483 => "RFC 1483 LLC/SNAP-encapsulated ATM",
            IPNET => "Solaris IPNET",
            IPOIB => "IP over InfiniBand",
            PCAPNG_CUSTOM_BLOCK => "pcapng custom block",
            _ => "unknown",
        }
    }
}
