//! Capture files: legacy pcap (micro/nanosecond, both byte orders, the
//! "modified" Kuznetzov variant) and pcapng (several sections and interfaces,
//! EPB, SPB and the obsolete packet block).
//!
//! The reader streams: it keeps one buffer (64 KiB to start, grown to the size
//! of the largest block, never beyond [`MAX_BUFFER`]) and frames borrow it.
//! Records are framed here, not by `pcap_parser`'s streaming readers, because
//! those cannot tell "needs more input" from "malformed" (an EPB whose caplen
//! exceeds its own block yields `Incomplete`, so the caller refills and grows
//! the buffer until the input ends), need the whole file header in their first
//! `read()`, allocate per packet when an EPB carries options (nom `many0`),
//! return no resolution for any binary `if_tsresol` (`build_ts_resolution`
//! compares the byte, 0x80 flag included, with 63), cut seconds to `u32`
//! (`build_ts`, wrong after 2106) and read `if_tsoffset` as little-endian even
//! in big-endian sections. `pcap_parser` still parses and validates section
//! header and interface description blocks.
//!
//! What is accepted and refused follows Wireshark's wiretap, so that the
//! number of frames read before an error matches `tshark`.

use super::format::{
    BYTE_ORDER_MAGIC, CB_COPY, CB_NOCOPY, EPB, IDB, OPB, OPT_IF_NAME, OPT_IF_TSOFFSET,
    OPT_IF_TSRESOL, PCAP_MICRO_MAGIC, PCAP_MODIFIED_MAGIC, PCAP_NANO_MAGIC, SHB, SPB,
};
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use pcap_parser::pcapng::{Block, parse_block_be, parse_block_le, parse_sectionheaderblock};

use super::{Frame, FrameSource, SourceError, Timestamp};

/// Initial buffer size.
const INITIAL_BUFFER: usize = 64 * 1024;
/// Largest record or block the reader accepts (the buffer never grows beyond).
pub const MAX_BUFFER: usize = 256 * 1024 * 1024;

/// The largest packet a record may hold: libpcap's and wiretap's limit
/// (tcpdump and tshark refuse a file with a larger one as corrupt), so a
/// hostile record never makes us hold hundreds of MiB at once.
pub const MAX_PACKET: usize = 262_144;

/// Room for a packet block's options besides its packet.
const MAX_PACKET_OPTIONS: usize = 64 * 1024;

const PCAP_HEADER_LEN: usize = 24;

/// pcapng Decryption Secrets Block, and its TLS key log secrets type.
const DSB: u32 = 0x0000_000A;
const DSB_TLS_KEY_LOG: u32 = 0x544C_534B;
/// Secret text held for the reader at once; blocks past it are dropped.
pub const MAX_SECRETS: usize = 64 << 20;

/// Key log text of the Decryption Secrets Blocks read so far and not yet
/// taken (the pipeline hands it to the dissector before the next packet).
pub type Secrets = std::sync::Arc<std::sync::Mutex<Vec<u8>>>;

/// What kind of capture file a [`FileSource`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureFormat {
    /// Legacy libpcap format.
    Pcap {
        big_endian: bool,
        /// Timestamps have nanosecond resolution (magic a1b23c4d).
        nanosecond: bool,
        /// The "modified" (Kuznetzov) variant with 24-byte record headers.
        modified: bool,
        version: (u16, u16),
        snaplen: u32,
        /// Link type of every record (LINKTYPE_*, FCS bits masked off).
        linktype: u32,
    },
    /// pcapng (byte order of the current section).
    PcapNg { big_endian: bool },
}

/// Timestamp resolution of a pcapng interface (`if_tsresol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resolution {
    /// Units of 10^-n seconds.
    Decimal(u8),
    /// Units of 2^-n seconds.
    Binary(u8),
}

impl Resolution {
    /// Decimals that hold one unit: 10^-n gives n, 2^-n the fewest
    /// decimals at least as fine; at most 9 (nanoseconds).
    fn digits(self) -> u8 {
        match self {
            Resolution::Decimal(n) => n.min(9),
            Resolution::Binary(n) => {
                let mut d = 0u8;
                let mut ten = 1u128;
                while d < 9 && ten < (1u128 << n.min(64)) {
                    d += 1;
                    ten *= 10;
                }
                d
            }
        }
    }
}

#[derive(Debug)]
struct Interface {
    linktype: u32,
    snaplen: u32,
    resolution: Resolution,
    /// Seconds added to every timestamp (`if_tsoffset`).
    tsoffset: i64,
    name: Option<String>,
}

#[derive(Debug)]
enum Kind {
    Pcap {
        big_endian: bool,
        nanosecond: bool,
        modified: bool,
        version: (u16, u16),
        snaplen: u32,
        linktype: u32,
    },
    PcapNg {
        big_endian: bool,
        interfaces: Vec<Interface>,
    },
}

/// A packet found in the buffer, described by position so the borrow of the
/// buffer is only taken once, when the frame is returned.
struct Found {
    data_at: usize,
    caplen: usize,
    orig_len: u32,
    ts: Timestamp,
    linktype: u32,
    /// `None` for legacy pcap, which has no interfaces.
    interface_id: Option<u32>,
    /// Where the packet block's options lie in the buffer (empty range
    /// where there are none).
    options: std::ops::Range<usize>,
    /// A Simple Packet Block: the record has no time.
    no_timestamp: bool,
}

enum NgBlock {
    Packet(Found),
    Other,
    End,
}

/// Frames from a pcap or pcapng stream.
///
/// After an error the source is finished: later calls return `Ok(None)`.
pub struct FileSource {
    reader: Box<dyn Read + Send>,
    buf: Vec<u8>,
    /// Unconsumed bytes are `buf[start..end]`.
    start: usize,
    end: usize,
    /// The reader returned 0.
    eof: bool,
    /// Absolute input offset of `buf[start]`.
    offset: u64,
    /// Length of the record handed out last; consumed at the next call.
    pending: usize,
    frames: u64,
    /// pcapng section headers read so far: the current section's number.
    sections: u32,
    /// Decimals of the last frame's timestamp ([`FileSource::ts_digits`]).
    ts_digits: Arc<AtomicU8>,
    finished: bool,
    kind: Kind,
    /// The file is gzip-compressed (`.pcap.gz`): offsets in errors count
    /// decompressed bytes.
    gzip: bool,
    secrets: Secrets,
}

impl std::fmt::Debug for FileSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileSource")
            .field("offset", &self.offset)
            .field("frames", &self.frames)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// An error in a gzipped file: its offset counts decompressed bytes.
fn gunzipped(mut e: SourceError) -> SourceError {
    e.message.push_str(" (offset in the decompressed data)");
    e
}

fn err(offset: u64, message: impl Into<String>) -> SourceError {
    SourceError {
        offset,
        message: message.into(),
    }
}

#[inline]
fn rd16(b: &[u8], at: usize, be: bool) -> u16 {
    let a = [b[at], b[at + 1]];
    if be {
        u16::from_be_bytes(a)
    } else {
        u16::from_le_bytes(a)
    }
}

#[inline]
fn rd32(b: &[u8], at: usize, be: bool) -> u32 {
    let a = [b[at], b[at + 1], b[at + 2], b[at + 3]];
    if be {
        u32::from_be_bytes(a)
    } else {
        u32::from_le_bytes(a)
    }
}

/// Legacy pcap timestamp: `frac` is in micro- or nanoseconds. Out-of-range
/// fractions (>= 1 s) carry into the seconds, so `nanos` stays below 10^9
/// (tshark shows them unnormalised, e.g. `.1000000000`).
fn pcap_timestamp(secs: u32, frac: u32, nanosecond: bool) -> Timestamp {
    let ns = if nanosecond {
        u64::from(frac)
    } else {
        u64::from(frac) * 1000
    };
    Timestamp {
        secs: i64::from(secs) + (ns / 1_000_000_000) as i64,
        nanos: (ns % 1_000_000_000) as u32,
    }
}

/// pcapng timestamp: `ts` units of `res`, plus `tsoffset` seconds. Exact
/// integer arithmetic, truncating below a nanosecond, saturating on overflow.
fn ng_timestamp(ts: u64, res: Resolution, tsoffset: i64) -> Timestamp {
    const NS: u128 = 1_000_000_000;
    let (secs, nanos): (u64, u32) = match res {
        Resolution::Decimal(n) => {
            let n = u32::from(n);
            match 10u128.checked_pow(n) {
                // 10^n <= 10^38: exact in u128; ts < 2^64.
                Some(units) => {
                    let ts = u128::from(ts);
                    let secs = ts / units;
                    let frac = ts % units;
                    // frac < units: frac * 10^9 overflows u128 only if n > 29,
                    // then divide first (exact: units is a multiple of 10^9).
                    let nanos = if n >= 9 {
                        frac / 10u128.pow(n - 9)
                    } else {
                        frac * NS / units
                    };
                    (secs as u64, nanos as u32)
                }
                // Units finer than 10^-38 s: every representable ts is < 1 ns.
                None => (0, 0),
            }
        }
        Resolution::Binary(n) => {
            let n = u32::from(n);
            if n >= 64 {
                // ts < 2^64 <= 2^n: less than a second. ts * 10^9 < 2^94.
                let nanos = if n >= 128 {
                    0
                } else {
                    (u128::from(ts) * NS) >> n
                };
                (0, nanos as u32)
            } else {
                let secs = ts >> n;
                let frac = u128::from(ts & ((1u64 << n) - 1));
                (secs, ((frac * NS) >> n) as u32)
            }
        }
    };
    let secs = i64::try_from(secs)
        .unwrap_or(i64::MAX)
        .saturating_add(tsoffset);
    Timestamp { secs, nanos }
}

impl FileSource {
    /// Opens a capture file by path. Errors carry only an offset and a message
    /// (the caller names the file).
    pub fn open(path: &Path) -> Result<FileSource, SourceError> {
        let file = File::open(path).map_err(|e| err(0, format!("cannot open: {e}")))?;
        FileSource::new(Box::new(file))
    }

    /// Reads the file header (pcap header or first pcapng section header) and
    /// returns a source positioned at the first record.
    pub fn new(reader: Box<dyn Read + Send>) -> Result<FileSource, SourceError> {
        let mut src = FileSource {
            reader,
            buf: vec![0; INITIAL_BUFFER],
            start: 0,
            end: 0,
            eof: false,
            offset: 0,
            pending: 0,
            frames: 0,
            sections: 0,
            ts_digits: Arc::new(AtomicU8::new(6)),
            finished: false,
            secrets: Secrets::default(),
            kind: Kind::PcapNg {
                big_endian: false,
                interfaces: Vec::new(),
            },
            gzip: false,
        };
        if !src.fill(4)? {
            let n = src.avail();
            return Err(if n == 0 {
                err(0, "empty file (0 bytes)")
            } else {
                err(0, format!("file too short to be a capture ({n} bytes)"))
            });
        }
        let m = [
            src.buf[src.start],
            src.buf[src.start + 1],
            src.buf[src.start + 2],
            src.buf[src.start + 3],
        ];
        // A gzipped capture (`.pcap.gz`, `.pcapng.gz`), read as tshark
        // reads one: decompressed on the fly, whatever its name.
        if m[..2] == [0x1f, 0x8b] {
            let read = src.buf[src.start..src.end].to_vec();
            let rest = std::mem::replace(&mut src.reader, Box::new(io::empty()));
            let gunzip = flate2::read::MultiGzDecoder::new(io::Cursor::new(read).chain(rest));
            let mut inner = FileSource::new(Box::new(gunzip)).map_err(gunzipped)?;
            inner.gzip = true;
            return Ok(inner);
        }
        let (big_endian, nanosecond, modified) = match u32::from_le_bytes(m) {
            PCAP_MICRO_MAGIC => (false, false, false),
            0xD4C3_B2A1 => (true, false, false),
            PCAP_NANO_MAGIC => (false, true, false),
            0x4D3C_B2A1 => (true, true, false),
            PCAP_MODIFIED_MAGIC => (false, false, true),
            0x34CD_B2A1 => (true, false, true),
            SHB => {
                match src.ng_block()? {
                    NgBlock::Other => {}
                    // The first block is an SHB (checked by its magic).
                    NgBlock::Packet(_) | NgBlock::End => unreachable!("first block is an SHB"),
                }
                return Ok(src);
            }
            _ => {
                return Err(err(
                    0,
                    format!(
                        "not a pcap or pcapng capture (magic 0x{:08x})",
                        u32::from_be_bytes(m)
                    ),
                ));
            }
        };
        if !src.fill(PCAP_HEADER_LEN)? {
            return Err(err(
                0,
                format!(
                    "file ends in the pcap file header ({} of {PCAP_HEADER_LEN} bytes)",
                    src.avail()
                ),
            ));
        }
        let h = &src.buf[src.start..src.start + PCAP_HEADER_LEN];
        let version = (rd16(h, 4, big_endian), rd16(h, 6, big_endian));
        let snaplen = rd32(h, 16, big_endian);
        let network = rd32(h, 20, big_endian);
        if version.0 < 2 {
            return Err(err(
                4,
                format!(
                    "unsupported pcap version {}.{} (major version below 2)",
                    version.0, version.1
                ),
            ));
        }
        // LT_RESERVED1: bits 16-25 must be zero; bits 26-31 carry the FCS length.
        if network & 0x03FF_0000 != 0 {
            return Err(err(
                20,
                format!(
                    "link-type field 0x{network:08x} has reserved bits set (0x{:08x})",
                    network & 0x03FF_0000
                ),
            ));
        }
        src.kind = Kind::Pcap {
            big_endian,
            nanosecond,
            modified,
            version,
            snaplen,
            linktype: network & 0xFFFF,
        };
        src.consume(PCAP_HEADER_LEN);
        Ok(src)
    }

    /// The file format and, for legacy pcap, its header fields.
    pub fn format(&self) -> CaptureFormat {
        match &self.kind {
            &Kind::Pcap {
                big_endian,
                nanosecond,
                modified,
                version,
                snaplen,
                linktype,
            } => CaptureFormat::Pcap {
                big_endian,
                nanosecond,
                modified,
                version,
                snaplen,
                linktype,
            },
            Kind::PcapNg { big_endian, .. } => CaptureFormat::PcapNg {
                big_endian: *big_endian,
            },
        }
    }

    /// Absolute input offset of the next unread byte (after the last frame
    /// handed out, once the next call consumes it).
    /// Decimals of the last frame's timestamp, as its file or interface
    /// records it: 9 for nanosecond pcap and `if_tsresol` 9, 6 for
    /// microseconds; a binary resolution 2^-n gets the decimals that hold
    /// it (at most 9). A shared cell, like [`FileSource::secrets`], so it
    /// can be read while the frame borrows the source.
    pub fn ts_digits(&self) -> Arc<AtomicU8> {
        Arc::clone(&self.ts_digits)
    }

    pub fn offset(&self) -> u64 {
        self.offset
    }

    #[inline]
    fn avail(&self) -> usize {
        self.end - self.start
    }

    #[inline]
    fn consume(&mut self, n: usize) {
        debug_assert!(n <= self.avail());
        self.start += n;
        self.offset += n as u64;
        if self.start == self.end {
            self.start = 0;
            self.end = 0;
        }
    }

    /// Makes at least `need` bytes available from `start`. `Ok(false)` when
    /// the input ends first (what is there stays available). `need` must not
    /// exceed [`MAX_BUFFER`]. The buffer grows only as data arrives, so a
    /// bogus length in a short file does not allocate its claim.
    fn fill(&mut self, need: usize) -> Result<bool, SourceError> {
        debug_assert!(need <= MAX_BUFFER);
        while self.avail() < need {
            if self.eof {
                return Ok(false);
            }
            if self.end == self.buf.len() {
                if self.start > 0 {
                    self.buf.copy_within(self.start..self.end, 0);
                    self.end -= self.start;
                    self.start = 0;
                } else {
                    // avail < need <= MAX_BUFFER, so the buffer is below the cap.
                    let size = self.buf.len().saturating_mul(2).min(MAX_BUFFER);
                    self.buf.resize(size, 0);
                }
            }
            let space = &mut self.buf[self.end..];
            let room = space.len();
            match self.reader.read(space) {
                Ok(0) => self.eof = true,
                // min: a reader that claims more than it was given cannot
                // push `end` past the buffer.
                Ok(n) => self.end += n.min(room),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    return Err(err(
                        self.offset + self.avail() as u64,
                        format!("read error: {e}"),
                    ));
                }
            }
        }
        Ok(true)
    }

    /// Ensures a whole record of `len` bytes starting at `start` is buffered.
    fn need_record(&mut self, len: usize, what: &str) -> Result<(), SourceError> {
        if len > MAX_BUFFER {
            return Err(err(
                self.offset,
                format!(
                    "{what} of {len} bytes is larger than the {} MiB limit",
                    MAX_BUFFER >> 20
                ),
            ));
        }
        if self.fill(len)? {
            Ok(())
        } else {
            Err(err(
                self.offset,
                format!(
                    "file ends in the middle of a {what} ({} of {len} bytes)",
                    self.avail()
                ),
            ))
        }
    }

    fn pcap_record(&mut self) -> Result<Option<Found>, SourceError> {
        let Kind::Pcap {
            big_endian: be,
            nanosecond,
            modified,
            linktype,
            ..
        } = self.kind
        else {
            unreachable!()
        };
        let hdr = if modified { 24 } else { 16 };
        if !self.fill(hdr)? {
            if self.avail() == 0 {
                return Ok(None);
            }
            return Err(err(
                self.offset,
                format!(
                    "file ends in the middle of a record header ({} of {hdr} bytes)",
                    self.avail()
                ),
            ));
        }
        let h = &self.buf[self.start..self.start + hdr];
        let ts_sec = rd32(h, 0, be);
        let ts_frac = rd32(h, 4, be);
        let caplen = rd32(h, 8, be) as usize;
        let orig_len = rd32(h, 12, be);
        if caplen > MAX_PACKET {
            return Err(err(
                self.offset,
                format!(
                    "record has a {caplen}-byte packet, bigger than the maximum of {MAX_PACKET}"
                ),
            ));
        }
        self.need_record(hdr + caplen, "record")?;
        self.pending = hdr + caplen;
        Ok(Some(Found {
            data_at: self.start + hdr,
            caplen,
            orig_len,
            ts: pcap_timestamp(ts_sec, ts_frac, nanosecond),
            linktype,
            interface_id: None,
            options: 0..0,
            no_timestamp: false,
        }))
    }

    /// Reads one pcapng block. Non-packet blocks are consumed here; a packet
    /// block is left in place (`pending`) until the next call.
    fn ng_block(&mut self) -> Result<NgBlock, SourceError> {
        let at = self.offset;
        if !self.fill(12)? {
            if self.avail() == 0 {
                return Ok(NgBlock::End);
            }
            return Err(err(
                at,
                format!(
                    "file ends in the middle of a block header ({} of 12 bytes)",
                    self.avail()
                ),
            ));
        }
        let Kind::PcapNg {
            big_endian: mut be, ..
        } = self.kind
        else {
            unreachable!()
        };
        let b = &self.buf[self.start..];
        let btype = rd32(b, 0, be);
        if btype == SHB {
            // A new section may change the byte order.
            be = match rd32(b, 8, false) {
                BYTE_ORDER_MAGIC => false,
                0x4D3C_2B1A => true,
                bom => {
                    return Err(err(
                        at,
                        format!("section header has a bad byte-order magic 0x{bom:08x}"),
                    ));
                }
            };
        }
        let len = rd32(b, 4, be) as usize;
        let min = match btype {
            SHB => 28,
            IDB => 20,
            EPB => 32,
            OPB => 32,
            SPB => 16,
            _ => 12,
        };
        if len < min {
            return Err(err(
                at,
                format!(
                    "block type 0x{btype:08x} has a total length of {len} bytes (minimum {min})"
                ),
            ));
        }
        if !len.is_multiple_of(4) {
            return Err(err(
                at,
                format!(
                    "block type 0x{btype:08x} has a total length of {len} bytes, not a multiple of 4"
                ),
            ));
        }
        if matches!(btype, EPB | OPB | SPB) && len > MAX_PACKET + MAX_PACKET_OPTIONS + 32 {
            return Err(err(
                at,
                format!(
                    "packet block of {len} bytes, bigger than a {MAX_PACKET}-byte packet and its options"
                ),
            ));
        }
        self.need_record(len, "block")?;
        let b = &self.buf[self.start..self.start + len];
        let trailer = rd32(b, len - 4, be) as usize;
        if trailer != len {
            return Err(err(
                at,
                format!(
                    "block type 0x{btype:08x}: total length {len} at the start but {trailer} at the end"
                ),
            ));
        }
        let found = match btype {
            SHB => {
                self.section_header(at, len)?;
                None
            }
            IDB => {
                self.interface_description(at, len, be)?;
                None
            }
            DSB if len >= 20 => {
                self.decryption_secrets(len, be);
                None
            }
            EPB | OPB => Some(self.packet_block(at, btype, len, be)?),
            SPB => Some(self.simple_packet(at, len, be)?),
            CB_COPY | CB_NOCOPY if len >= 16 => Some(Found {
                // Body after the Private Enterprise Number, options included,
                // as tshark shows it.
                data_at: self.start + 12,
                caplen: len - 16,
                orig_len: (len - 16) as u32,
                ts: Timestamp::default(),
                linktype: crate::source::linktype::PCAPNG_CUSTOM_BLOCK,
                interface_id: None,
                options: 0..0,
                // A custom block has no time either.
                no_timestamp: true,
            }),
            _ => None,
        };
        match found {
            Some(f) => {
                self.pending = len;
                Ok(NgBlock::Packet(f))
            }
            None => {
                self.consume(len);
                Ok(NgBlock::Other)
            }
        }
    }

    /// Where the key log text of Decryption Secrets Blocks goes.
    pub fn secrets(&self) -> Secrets {
        self.secrets.clone()
    }

    /// A Decryption Secrets Block (pcapng 4.7): a TLS key log is kept for
    /// the dissector (as its own lines); other secret types are skipped.
    fn decryption_secrets(&mut self, len: usize, be: bool) {
        let b = &self.buf[self.start..self.start + len];
        let kind = rd32(b, 8, be);
        let n = rd32(b, 12, be) as usize;
        if kind != DSB_TLS_KEY_LOG || n > len - 20 {
            return;
        }
        let text = &b[16..16 + n];
        if let Ok(mut s) = self.secrets.lock()
            && s.len() + text.len() < MAX_SECRETS
        {
            s.extend_from_slice(text);
            s.push(b'\n');
        }
    }

    fn section_header(&mut self, at: u64, len: usize) -> Result<(), SourceError> {
        let b = &self.buf[self.start..self.start + len];
        let shb = match parse_sectionheaderblock(b) {
            Ok((_, shb)) => shb,
            Err(e) => return Err(err(at, format!("bad section header block: {e}"))),
        };
        let be = shb.big_endian();
        let (major, minor) = (shb.major_version, shb.minor_version);
        if !(major == 1 && (minor == 0 || minor == 2)) {
            return Err(err(
                at,
                format!("unsupported pcapng version {major}.{minor}"),
            ));
        }
        check_options(&b[24..len - 4], be).map_err(|m| err(at, format!("section header: {m}")))?;
        self.sections += 1;
        self.kind = Kind::PcapNg {
            big_endian: be,
            interfaces: Vec::new(),
        };
        Ok(())
    }

    fn interface_description(&mut self, at: u64, len: usize, be: bool) -> Result<(), SourceError> {
        let b = &self.buf[self.start..self.start + len];
        let parsed = if be {
            parse_block_be(b)
        } else {
            parse_block_le(b)
        };
        let idb = match parsed {
            Ok((_, Block::InterfaceDescription(idb))) => idb,
            Ok(_) => unreachable!("block type is IDB"),
            Err(e) => {
                return Err(err(at, format!("bad interface description block: {e}")));
            }
        };
        let mut iface = Interface {
            linktype: u32::from(idb.linktype.0 as u16),
            snaplen: idb.snaplen,
            resolution: Resolution::Decimal(6),
            tsoffset: 0,
            name: None,
        };
        // pcap_parser drops binary resolutions and reads if_tsoffset as
        // little-endian whatever the section: read the options ourselves.
        let opts = &b[16..len - 4];
        check_options(opts, be).map_err(|m| err(at, format!("interface description: {m}")))?;
        for (code, value) in Options::new(opts, be) {
            match code {
                OPT_IF_NAME => {
                    let v = value.split(|&c| c == 0).next().unwrap_or(&[]);
                    iface.name = Some(String::from_utf8_lossy(v).into_owned());
                }
                OPT_IF_TSRESOL if value.len() == 1 => {
                    let r = value[0];
                    iface.resolution = if r & 0x80 != 0 {
                        Resolution::Binary(r & 0x7F)
                    } else {
                        Resolution::Decimal(r)
                    };
                }
                OPT_IF_TSOFFSET if value.len() == 8 => {
                    let a: [u8; 8] = value.try_into().unwrap_or([0; 8]);
                    iface.tsoffset = if be {
                        i64::from_be_bytes(a)
                    } else {
                        i64::from_le_bytes(a)
                    };
                }
                _ => {}
            }
        }
        if let Kind::PcapNg { interfaces, .. } = &mut self.kind {
            interfaces.push(iface);
        }
        Ok(())
    }

    fn interface(&self, at: u64, id: u32, what: &str) -> Result<&Interface, SourceError> {
        let Kind::PcapNg { interfaces, .. } = &self.kind else {
            unreachable!()
        };
        interfaces.get(id as usize).ok_or_else(|| {
            err(
                at,
                format!(
                    "{what} refers to interface {id}, but only {} interface(s) are described",
                    interfaces.len()
                ),
            )
        })
    }

    /// EPB (type 6) or the obsolete packet block (type 2).
    fn packet_block(
        &self,
        at: u64,
        btype: u32,
        len: usize,
        be: bool,
    ) -> Result<Found, SourceError> {
        let b = &self.buf[self.start..self.start + len];
        let (id, what) = if btype == EPB {
            (rd32(b, 8, be), "enhanced packet block")
        } else {
            (u32::from(rd16(b, 8, be)), "packet block")
        };
        let ts = (u64::from(rd32(b, 12, be)) << 32) | u64::from(rd32(b, 16, be));
        let caplen = rd32(b, 20, be) as usize;
        let orig_len = rd32(b, 24, be);
        let room = len - 32;
        let padded = caplen.checked_add(3).map(|c| c & !3);
        let Some(padded) = padded.filter(|&p| p <= room) else {
            return Err(err(
                at,
                format!("{what}: captured length {caplen} exceeds the {room} bytes of block data"),
            ));
        };
        let options = &b[28 + padded..len - 4];
        check_options(options, be)
            .and_then(|()| check_packet_options(options, be))
            .map_err(|m| err(at, format!("{what}: {m}")))?;
        let iface = self.interface(at, id, what)?;
        Ok(Found {
            data_at: self.start + 28,
            caplen,
            orig_len,
            ts: ng_timestamp(ts, iface.resolution, iface.tsoffset),
            linktype: iface.linktype,
            interface_id: Some(id),
            options: self.start + 28 + padded..self.start + len - 4,
            no_timestamp: false,
        })
    }

    fn simple_packet(&self, at: u64, len: usize, be: bool) -> Result<Found, SourceError> {
        let b = &self.buf[self.start..self.start + len];
        let iface = self.interface(at, 0, "simple packet block")?;
        let orig_len = rd32(b, 8, be);
        let mut caplen = orig_len as usize;
        if iface.snaplen != 0 {
            caplen = caplen.min(iface.snaplen as usize);
        }
        caplen = caplen.min(len - 16);
        Ok(Found {
            data_at: self.start + 12,
            caplen,
            orig_len,
            // An SPB has no timestamp; wiretap reports 0 and the frame
            // shows no time.
            ts: Timestamp::default(),
            linktype: iface.linktype,
            interface_id: Some(0),
            options: 0..0,
            no_timestamp: true,
        })
    }
}

/// Iterates (code, value) over a pcapng option list already checked by
/// [`check_options`]; stops at `opt_endofopt`.
pub(crate) struct Options<'a> {
    rest: &'a [u8],
    be: bool,
}

impl<'a> Options<'a> {
    pub(crate) fn new(rest: &'a [u8], be: bool) -> Self {
        Options { rest, be }
    }
}

impl<'a> Iterator for Options<'a> {
    type Item = (u16, &'a [u8]);
    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.len() < 4 {
            return None;
        }
        let code = rd16(self.rest, 0, self.be);
        let len = usize::from(rd16(self.rest, 2, self.be));
        let padded = (len + 3) & !3;
        if code == 0 || 4 + padded > self.rest.len() {
            return None;
        }
        let value = &self.rest[4..4 + len];
        self.rest = &self.rest[4 + padded..];
        Some((code, value))
    }
}

/// Validates an option list the way wiretap does: every option header and
/// (padded) value must fit; `opt_endofopt` ends the list.
fn check_options(mut rest: &[u8], be: bool) -> Result<(), String> {
    while !rest.is_empty() {
        if rest.len() < 4 {
            return Err(format!(
                "{} bytes left in the options, too few for an option header",
                rest.len()
            ));
        }
        let code = rd16(rest, 0, be);
        let len = usize::from(rd16(rest, 2, be));
        let padded = (len + 3) & !3;
        rest = &rest[4..];
        if padded > rest.len() {
            return Err(format!(
                "option {code} of length {len} overruns the block ({} bytes left)",
                rest.len()
            ));
        }
        if code == 0 {
            return Ok(());
        }
        rest = &rest[padded..];
    }
    Ok(())
}

/// Wiretap refuses a packet block whose flags, drop count, packet id or
/// queue option has another length than its type's (the file is damaged
/// there: tshark stops).
fn check_packet_options(options: &[u8], be: bool) -> Result<(), String> {
    use super::Comments as C;
    for (code, value) in Options::new(options, be) {
        let (name, want) = match code {
            C::OPT_FLAGS => ("flags", 4),
            C::OPT_DROPCOUNT => ("drop count", 8),
            C::OPT_PACKETID => ("packet id", 8),
            C::OPT_QUEUE => ("queue", 4),
            _ => continue,
        };
        if value.len() != want {
            return Err(format!(
                "{name} option length {} is not {want}",
                value.len()
            ));
        }
    }
    Ok(())
}

impl FrameSource for FileSource {
    fn next_frame(&mut self) -> Result<Option<Frame<'_>>, SourceError> {
        if self.finished {
            return Ok(None);
        }
        let pending = std::mem::take(&mut self.pending);
        self.consume(pending);
        let found = match &self.kind {
            Kind::Pcap { .. } => self.pcap_record(),
            Kind::PcapNg { .. } => loop {
                match self.ng_block() {
                    Ok(NgBlock::Other) => continue,
                    Ok(NgBlock::Packet(f)) => break Ok(Some(f)),
                    Ok(NgBlock::End) => break Ok(None),
                    Err(e) => break Err(e),
                }
            },
        };
        let found = match found {
            Ok(Some(f)) => f,
            Ok(None) => {
                self.finished = true;
                return Ok(None);
            }
            Err(e) => {
                self.finished = true;
                self.pending = 0;
                return Err(if self.gzip { gunzipped(e) } else { e });
            }
        };
        self.frames += 1;
        let (interface_name, digits) = match &self.kind {
            Kind::PcapNg { interfaces, .. } => {
                let iface = interfaces.get(found.interface_id.unwrap_or(0) as usize);
                (
                    iface.and_then(|i| i.name.as_deref()),
                    iface.map_or(6, |i| i.resolution.digits()),
                )
            }
            Kind::Pcap { nanosecond, .. } => (None, if *nanosecond { 9 } else { 6 }),
        };
        self.ts_digits.store(digits, Ordering::Relaxed);
        Ok(Some(Frame {
            number: self.frames,
            ts: found.ts,
            no_timestamp: found.no_timestamp,
            orig_len: found.orig_len,
            data: &self.buf[found.data_at..found.data_at + found.caplen],
            linktype: found.linktype,
            interface_id: found.interface_id,
            section: match self.kind {
                Kind::PcapNg { .. } => Some(self.sections),
                Kind::Pcap { .. } => None,
            },
            interface_name,
            comments: super::Comments::new(
                &self.buf[found.options],
                matches!(
                    self.kind,
                    Kind::PcapNg {
                        big_endian: true,
                        ..
                    }
                ),
            ),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    // ---- builders -------------------------------------------------------

    fn u16b(v: u16, be: bool) -> [u8; 2] {
        if be { v.to_be_bytes() } else { v.to_le_bytes() }
    }
    fn u32b(v: u32, be: bool) -> [u8; 4] {
        if be { v.to_be_bytes() } else { v.to_le_bytes() }
    }

    /// Legacy pcap: `magic` as the writer's native value, written in `be` order.
    fn pcap(
        magic: u32,
        be: bool,
        snaplen: u32,
        network: u32,
        recs: &[(u32, u32, &[u8], u32)],
    ) -> Vec<u8> {
        let modified = magic == PCAP_MODIFIED_MAGIC;
        let mut v = Vec::new();
        v.extend(u32b(magic, be));
        v.extend(u16b(2, be));
        v.extend(u16b(4, be));
        v.extend([0; 8]);
        v.extend(u32b(snaplen, be));
        v.extend(u32b(network, be));
        for &(s, f, data, orig) in recs {
            v.extend(u32b(s, be));
            v.extend(u32b(f, be));
            v.extend(u32b(data.len() as u32, be));
            v.extend(u32b(orig, be));
            if modified {
                v.extend([0; 8]);
            }
            v.extend(data);
        }
        v
    }

    fn block(btype: u32, body: &[u8], be: bool) -> Vec<u8> {
        let len = 12 + body.len() as u32;
        assert_eq!(len % 4, 0);
        let mut v = Vec::new();
        v.extend(u32b(btype, be));
        v.extend(u32b(len, be));
        v.extend(body);
        v.extend(u32b(len, be));
        v
    }

    fn pad4(v: &mut Vec<u8>) {
        while !v.len().is_multiple_of(4) {
            v.push(0);
        }
    }

    fn opt(code: u16, value: &[u8], be: bool) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend(u16b(code, be));
        v.extend(u16b(value.len() as u16, be));
        v.extend(value);
        pad4(&mut v);
        v
    }

    fn shb(be: bool) -> Vec<u8> {
        let mut body = Vec::new();
        body.extend(u32b(BYTE_ORDER_MAGIC, be));
        body.extend(u16b(1, be));
        body.extend(u16b(0, be));
        body.extend([0xFF; 8]);
        body.extend(opt(4, b"unit test", be));
        body.extend(opt(0, b"", be));
        block(SHB, &body, be)
    }

    fn idb(linktype: u16, snaplen: u32, opts: &[Vec<u8>], be: bool) -> Vec<u8> {
        let mut body = Vec::new();
        body.extend(u16b(linktype, be));
        body.extend([0; 2]);
        body.extend(u32b(snaplen, be));
        for o in opts {
            body.extend(o);
        }
        if !opts.is_empty() {
            body.extend(opt(0, b"", be));
        }
        block(IDB, &body, be)
    }

    fn epb(if_id: u32, ts: u64, data: &[u8], orig: u32, be: bool) -> Vec<u8> {
        let mut body = Vec::new();
        body.extend(u32b(if_id, be));
        body.extend(u32b((ts >> 32) as u32, be));
        body.extend(u32b(ts as u32, be));
        body.extend(u32b(data.len() as u32, be));
        body.extend(u32b(orig, be));
        body.extend(data);
        pad4(&mut body);
        // an epb_flags option, as dumpcap writes
        body.extend(opt(2, &u32b(1, be), be));
        body.extend(opt(0, b"", be));
        block(EPB, &body, be)
    }

    fn spb(data: &[u8], orig: u32, be: bool) -> Vec<u8> {
        let mut body = Vec::new();
        body.extend(u32b(orig, be));
        body.extend(data);
        pad4(&mut body);
        block(SPB, &body, be)
    }

    fn opb(if_id: u16, ts: u64, data: &[u8], be: bool) -> Vec<u8> {
        let mut body = Vec::new();
        body.extend(u16b(if_id, be));
        body.extend(u16b(0, be));
        body.extend(u32b((ts >> 32) as u32, be));
        body.extend(u32b(ts as u32, be));
        body.extend(u32b(data.len() as u32, be));
        body.extend(u32b(data.len() as u32, be));
        body.extend(data);
        pad4(&mut body);
        block(OPB, &body, be)
    }

    /// Returns at most `chunk` bytes per read(), like a pipe.
    struct Trickle {
        data: Vec<u8>,
        pos: usize,
        chunk: usize,
        interrupted: bool,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            // Interrupt every other call to exercise the retry.
            self.interrupted = !self.interrupted;
            if self.interrupted {
                return Err(io::Error::from(io::ErrorKind::Interrupted));
            }
            let n = self.chunk.min(buf.len()).min(self.data.len() - self.pos);
            buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
            self.pos += n;
            Ok(n)
        }
    }

    #[derive(Debug, PartialEq)]
    struct Owned {
        number: u64,
        ts: Timestamp,
        orig_len: u32,
        data: Vec<u8>,
        linktype: u32,
        interface_id: Option<u32>,
        section: Option<u32>,
        interface_name: Option<String>,
    }

    fn drain(mut s: FileSource) -> (Vec<Owned>, Option<SourceError>) {
        let mut out = Vec::new();
        loop {
            match s.next_frame() {
                Ok(Some(f)) => out.push(Owned {
                    number: f.number,
                    ts: f.ts,
                    orig_len: f.orig_len,
                    data: f.data.to_vec(),
                    linktype: f.linktype,
                    interface_id: f.interface_id,
                    section: f.section,
                    interface_name: f.interface_name.map(str::to_owned),
                }),
                Ok(None) => return (out, None),
                Err(e) => {
                    // finished after an error
                    assert!(s.next_frame().unwrap().is_none());
                    return (out, Some(e));
                }
            }
        }
    }

    fn read_all(bytes: &[u8]) -> (Vec<Owned>, Option<SourceError>) {
        drain(FileSource::new(Box::new(Cursor::new(bytes.to_vec()))).expect("header"))
    }

    fn read_trickle(bytes: &[u8], chunk: usize) -> (Vec<Owned>, Option<SourceError>) {
        let r = Trickle {
            data: bytes.to_vec(),
            pos: 0,
            chunk,
            interrupted: false,
        };
        drain(FileSource::new(Box::new(r)).expect("header"))
    }

    fn open_err(bytes: &[u8]) -> SourceError {
        FileSource::new(Box::new(Cursor::new(bytes.to_vec()))).expect_err("should fail")
    }

    // ---- legacy pcap ----------------------------------------------------

    #[test]
    fn pcap_micro_and_nano_both_byte_orders() {
        for be in [false, true] {
            for (magic, nano) in [(0xA1B2_C3D4u32, false), (0xA1B2_3C4D, true)] {
                let f = pcap(
                    magic,
                    be,
                    65535,
                    113,
                    &[(1_700_000_000, 123_456, b"abc", 60), (5, 999_999, b"", 0)],
                );
                let src = FileSource::new(Box::new(Cursor::new(f.clone()))).unwrap();
                assert_eq!(
                    src.format(),
                    CaptureFormat::Pcap {
                        big_endian: be,
                        nanosecond: nano,
                        modified: false,
                        version: (2, 4),
                        snaplen: 65535,
                        linktype: 113
                    }
                );
                let (frames, e) = drain(src);
                assert!(e.is_none());
                assert_eq!(frames.len(), 2);
                let scale = if nano { 1 } else { 1000 };
                assert_eq!(
                    frames[0],
                    Owned {
                        number: 1,
                        ts: Timestamp {
                            secs: 1_700_000_000,
                            nanos: 123_456 * scale
                        },
                        orig_len: 60,
                        data: b"abc".to_vec(),
                        linktype: 113,
                        interface_id: None,
                        section: None,
                        interface_name: None,
                    }
                );
                assert_eq!(frames[1].number, 2);
                assert_eq!(
                    frames[1].ts,
                    Timestamp {
                        secs: 5,
                        nanos: 999_999 * scale
                    }
                );
                assert!(frames[1].data.is_empty());
            }
        }
    }

    #[test]
    fn pcap_out_of_range_fraction_carries() {
        // tcpdump's timestamp_invalid_nano.pcap: 1e9 and 2^31 ns.
        let f = pcap(
            0xA1B2_3C4D,
            false,
            0,
            1,
            &[(10, 1_000_000_000, b"x", 1), (10, 0x8000_0000, b"y", 1)],
        );
        let (frames, _) = read_all(&f);
        assert_eq!(frames[0].ts, Timestamp { secs: 11, nanos: 0 });
        assert_eq!(
            frames[1].ts,
            Timestamp {
                secs: 12,
                nanos: 147_483_648
            }
        );
        // micro: u32::MAX us does not overflow
        let f = pcap(0xA1B2_C3D4, false, 0, 1, &[(u32::MAX, u32::MAX, b"x", 1)]);
        let (frames, _) = read_all(&f);
        assert_eq!(
            frames[0].ts,
            Timestamp {
                secs: i64::from(u32::MAX) + 4294,
                nanos: 967_295_000
            }
        );
    }

    #[test]
    fn pcap_caplen_above_snaplen_is_accepted() {
        let data = [7u8; 100];
        let f = pcap(0xA1B2_C3D4, false, 10, 1, &[(1, 0, &data, 1500)]);
        let (frames, e) = read_all(&f);
        assert!(e.is_none());
        assert_eq!(frames[0].data.len(), 100);
        assert_eq!(frames[0].orig_len, 1500);
    }

    #[test]
    fn pcap_modified_format_both_byte_orders() {
        for be in [false, true] {
            let f = pcap(
                0xA1B2_CD34,
                be,
                65535,
                1,
                &[(3, 250_000, b"hello", 5), (4, 0, b"!", 1)],
            );
            let (frames, e) = read_all(&f);
            assert!(e.is_none(), "{e:?}");
            assert_eq!(frames.len(), 2);
            assert_eq!(frames[0].data, b"hello");
            assert_eq!(
                frames[0].ts,
                Timestamp {
                    secs: 3,
                    nanos: 250_000_000
                }
            );
            assert_eq!(frames[1].data, b"!");
        }
    }

    #[test]
    fn pcap_linktype_fcs_bits_masked_reserved_bits_refused() {
        let f = pcap(0xA1B2_C3D4, false, 0, 0x1400_0001, &[(1, 0, b"x", 1)]);
        assert_eq!(read_all(&f).0[0].linktype, 1);
        let e = open_err(&pcap(0xA1B2_C3D4, false, 0, 0x0030_0000, &[]));
        assert_eq!(e.offset, 20);
        assert!(e.message.contains("reserved"), "{e}");
    }

    #[test]
    fn pcap_bad_version() {
        let mut f = pcap(0xA1B2_C3D4, false, 0, 1, &[]);
        f[4] = 1;
        let e = open_err(&f);
        assert!(e.message.contains("version 1.4"), "{e}");
    }

    #[test]
    fn pcap_truncated_record_reports_its_offset() {
        let f = pcap(
            0xA1B2_C3D4,
            false,
            0,
            1,
            &[(1, 0, b"abcd", 4), (2, 0, b"0123456789", 10)],
        );
        let cut = &f[..f.len() - 3];
        for (frames, e) in [read_all(cut), read_trickle(cut, 1)] {
            assert_eq!(frames.len(), 1);
            let e = e.unwrap();
            assert_eq!(e.offset, 24 + 16 + 4);
            assert_eq!(
                e.message,
                "file ends in the middle of a record (23 of 26 bytes)"
            );
        }
        // cut inside the record header
        let (frames, e) = read_all(&f[..24 + 16 + 4 + 5]);
        assert_eq!(frames.len(), 1);
        let e = e.unwrap();
        assert_eq!(e.offset, 44);
        assert!(e.message.contains("(5 of 16 bytes)"), "{e}");
        // cut inside the file header
        let e = open_err(&f[..10]);
        assert_eq!(
            e.message,
            "file ends in the pcap file header (10 of 24 bytes)"
        );
    }

    #[test]
    fn empty_short_and_garbage_input() {
        assert_eq!(open_err(b"").message, "empty file (0 bytes)");
        assert_eq!(
            open_err(b"\xd4\xc3").message,
            "file too short to be a capture (2 bytes)"
        );
        let e = open_err(b"GET / HTTP/1.1\r\n");
        assert_eq!(e.offset, 0);
        assert_eq!(e.message, "not a pcap or pcapng capture (magic 0x47455420)");
    }

    #[test]
    fn one_byte_reads_give_the_same_frames() {
        let f = pcap(
            0xA1B2_C3D4,
            true,
            0,
            1,
            &[(1, 2, b"abc", 3), (4, 5, &[9u8; 300], 300)],
        );
        assert_eq!(read_trickle(&f, 1), read_all(&f));
        let g = two_interface_ng(false);
        let (a, e) = read_trickle(&g, 1);
        assert!(e.is_none());
        assert_eq!(a.len(), 4);
        assert_eq!((a, e), read_all(&g));
    }

    #[test]
    fn records_larger_than_the_initial_buffer() {
        let big = vec![0xAB; 3 * INITIAL_BUFFER + 5];
        let f = pcap(
            0xA1B2_C3D4,
            false,
            0,
            1,
            &[(1, 0, b"a", 1), (2, 0, &big, 1), (3, 0, b"c", 1)],
        );
        for (frames, e) in [read_all(&f), read_trickle(&f, 4000)] {
            assert!(e.is_none());
            assert_eq!(frames.len(), 3);
            assert_eq!(frames[1].data, big);
            assert_eq!(frames[2].data, b"c");
        }
    }

    #[test]
    fn gzipped_captures_read_like_plain_ones() {
        use std::io::Write;
        let plain = pcap(
            0xA1B2_C3D4,
            false,
            0,
            1,
            &[(1, 0, b"abcd", 4), (2, 5, b"efghij", 6)],
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&plain).unwrap();
        let gz = gz.finish().unwrap();
        let (a, ea) = read_all(&plain);
        let (b, eb) = read_all(&gz);
        assert_eq!(a, b);
        assert_eq!((ea, eb), (None, None));
        // Cut short: the frames before the cut, then an error that says the
        // offset counts decompressed bytes.
        let (c, e) = read_all(&gz[..gz.len() - 12]);
        assert!(c.len() <= 2);
        let e = e.expect("a cut gzip stream is an error");
        assert!(e.message.contains("decompressed"), "{e}");
    }

    #[test]
    fn huge_caplen_is_refused_without_allocating_it() {
        let mut f = pcap(0xA1B2_C3D4, false, 0, 1, &[(1, 0, b"abcd", 4)]);
        f[24 + 8..24 + 12].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
        let (frames, e) = read_all(&f);
        assert!(frames.is_empty());
        let e = e.unwrap();
        assert_eq!(e.offset, 24);
        assert!(
            e.message.contains("bigger than the maximum of 262144"),
            "{e}"
        );
        // a claim below the cap in a short file: buffer stays small
        f[24 + 8..24 + 12].copy_from_slice(&200_000u32.to_le_bytes());
        let mut s = FileSource::new(Box::new(Cursor::new(f))).unwrap();
        let e = s.next_frame().unwrap_err();
        assert!(
            e.message
                .starts_with("file ends in the middle of a record (20 of 200016"),
            "{e}"
        );
        assert_eq!(s.buf.len(), INITIAL_BUFFER);
    }

    // ---- pcapng ----------------------------------------------------------

    /// SHB, IDB 0 (Ethernet, "eth0", ns), IDB 1 (SLL, 2^-20 s, tsoffset
    /// 1000 s), a statistics block, EPBs on both, an OPB and an SPB.
    fn two_interface_ng(be: bool) -> Vec<u8> {
        let mut f = shb(be);
        f.extend(idb(1, 0, &[opt(2, b"eth0", be), opt(9, &[9], be)], be));
        let mut off = [0u8; 8];
        off.copy_from_slice(&if be {
            1000i64.to_be_bytes()
        } else {
            1000i64.to_le_bytes()
        });
        f.extend(idb(
            113,
            4,
            &[opt(9, &[0x80 | 20], be), opt(14, &off, be)],
            be,
        ));
        // An interface statistics block: not a packet, skipped.
        f.extend(block(0x0000_0005, &[1, 2, 3, 4, 5, 6, 7, 8], be));
        f.extend(epb(0, 1_700_000_000_123_456_789, b"hello", 64, be));
        // 3.5 s in units of 2^-20 s
        f.extend(epb(1, (3 << 20) + (1 << 19), b"sll!!", 5, be));
        f.extend(opb(1, 1 << 20, b"old", be));
        f.extend(spb(b"simple", 6, be));
        f
    }

    #[test]
    fn pcapng_two_interfaces_both_byte_orders() {
        for be in [false, true] {
            let f = two_interface_ng(be);
            let src = FileSource::new(Box::new(Cursor::new(f.clone()))).unwrap();
            assert_eq!(src.format(), CaptureFormat::PcapNg { big_endian: be });
            let (frames, e) = drain(src);
            assert!(e.is_none(), "{e:?}");
            assert_eq!(frames.len(), 4);
            assert_eq!(
                frames[0],
                Owned {
                    number: 1,
                    ts: Timestamp {
                        secs: 1_700_000_000,
                        nanos: 123_456_789
                    },
                    orig_len: 64,
                    data: b"hello".to_vec(), // not the 3 padding bytes
                    linktype: 1,
                    interface_id: Some(0),
                    section: Some(1),
                    interface_name: Some("eth0".into()),
                }
            );
            assert_eq!(
                frames[1].ts,
                Timestamp {
                    secs: 1003,
                    nanos: 500_000_000
                }
            );
            assert_eq!(frames[1].linktype, 113);
            assert_eq!(frames[1].interface_id, Some(1));
            assert_eq!(frames[1].interface_name, None);
            assert_eq!(frames[1].data, b"sll!!");
            assert_eq!(
                frames[2].ts,
                Timestamp {
                    secs: 1001,
                    nanos: 0
                }
            );
            assert_eq!(frames[2].data, b"old");
            assert_eq!(frames[2].number, 3);
            // SPB: interface 0, no timestamp, caplen = orig_len
            assert_eq!(frames[3].data, b"simple");
            assert_eq!(frames[3].ts, Timestamp::default());
            assert_eq!(frames[3].linktype, 1);
        }
    }

    #[test]
    fn decryption_secrets_blocks_are_kept_for_the_dissector() {
        for be in [false, true] {
            let text = b"CLIENT_RANDOM aa bb\n";
            let mut body = Vec::new();
            body.extend(u32b(DSB_TLS_KEY_LOG, be));
            body.extend(u32b(text.len() as u32, be));
            body.extend_from_slice(text);
            pad4(&mut body);
            // An unknown secrets type is skipped.
            let mut other = Vec::new();
            other.extend(u32b(0x5353_4854, be));
            other.extend(u32b(4, be));
            other.extend_from_slice(b"xxxx");
            let mut f = shb(be);
            f.extend(idb(1, 65535, &[], be));
            f.extend(block(DSB, &body, be));
            f.extend(block(DSB, &other, be));
            f.extend(epb(0, 0, b"hello", 5, be));
            let mut src = FileSource::new(Box::new(Cursor::new(f))).unwrap();
            let secrets = src.secrets();
            assert!(src.next_frame().unwrap().is_some());
            assert_eq!(&*secrets.lock().unwrap(), b"CLIENT_RANDOM aa bb\n\n");
            assert!(src.next_frame().unwrap().is_none());
        }
    }

    #[test]
    fn pcapng_packet_comments_in_block_order_both_byte_orders() {
        for be in [false, true] {
            let mut body = Vec::new();
            body.extend(u32b(0, be));
            body.extend(u32b(0, be));
            body.extend(u32b(7, be));
            body.extend(u32b(5, be));
            body.extend(u32b(5, be));
            body.extend(b"hello");
            pad4(&mut body);
            body.extend(opt(1, b"first", be));
            body.extend(opt(2, &u32b(1, be), be)); // epb_flags: not a comment
            body.extend(opt(1, "zweite \u{e9}t\u{e9}".as_bytes(), be));
            body.extend(opt(0, b"", be));
            let mut f = shb(be);
            f.extend(idb(1, 0, &[], be));
            f.extend(block(EPB, &body, be));
            f.extend(epb(0, 8, b"plain", 5, be));
            let mut src = FileSource::new(Box::new(Cursor::new(f))).unwrap();
            let frame = src.next_frame().unwrap().unwrap();
            assert_eq!(frame.data, b"hello");
            let comments: Vec<&[u8]> = frame.comments.iter().collect();
            assert_eq!(comments, [&b"first"[..], "zweite \u{e9}t\u{e9}".as_bytes()]);
            let frame = src.next_frame().unwrap().unwrap();
            assert!(frame.comments.is_empty(), "flags only");
            assert!(src.next_frame().unwrap().is_none());
        }
    }

    /// The flags, drop count, packet id and queue options, both byte
    /// orders; one of another length than its type's is a damaged file
    /// (wiretap: "packet block flags option length 2 is not 4").
    #[test]
    fn pcapng_packet_options_and_their_lengths() {
        for be in [false, true] {
            let mut body = Vec::new();
            for v in [0, 0, 7, 5, 5] {
                body.extend(u32b(v, be));
            }
            body.extend(b"hello");
            pad4(&mut body);
            body.extend(opt(2, &u32b(0x0100_0029, be), be));
            let drops: [u8; 8] = if be {
                7u64.to_be_bytes()
            } else {
                7u64.to_le_bytes()
            };
            body.extend(opt(4, &drops, be));
            let id: [u8; 8] = if be {
                12345u64.to_be_bytes()
            } else {
                12345u64.to_le_bytes()
            };
            body.extend(opt(5, &id, be));
            body.extend(opt(6, &u32b(3, be), be));
            body.extend(opt(0, b"", be));
            let mut f = shb(be);
            f.extend(idb(1, 0, &[], be));
            f.extend(block(EPB, &body, be));
            let mut src = FileSource::new(Box::new(Cursor::new(f))).unwrap();
            let frame = src.next_frame().unwrap().unwrap();
            let o = frame.comments;
            assert_eq!(o.flags(), Some(0x0100_0029));
            assert_eq!(o.drop_count(), Some(7));
            assert_eq!(o.packet_id(), Some(12345));
            assert_eq!(o.queue(), Some(3));
            assert!(o.is_empty(), "no comment among them");
        }
        let mut body = Vec::new();
        for v in [0, 0, 7, 5, 5] {
            body.extend(u32b(v, false));
        }
        body.extend(b"hello");
        pad4(&mut body);
        body.extend(opt(2, &[1, 0], false));
        body.extend(opt(0, b"", false));
        let mut f = shb(false);
        f.extend(idb(1, 0, &[], false));
        f.extend(epb(0, 8, b"plain", 5, false));
        f.extend(block(EPB, &body, false));
        let mut src = FileSource::new(Box::new(Cursor::new(f))).unwrap();
        assert!(src.next_frame().unwrap().is_some());
        let e = src.next_frame().unwrap_err();
        assert!(
            e.message.contains("flags option length 2 is not 4"),
            "{}",
            e.message
        );
    }

    #[test]
    fn pcapng_spb_is_cut_to_the_snaplen() {
        let mut f = shb(false);
        f.extend(idb(1, 4, &[], false));
        f.extend(spb(b"simple", 6, false));
        let (frames, _) = read_all(&f);
        assert_eq!(frames[0].data, b"simp");
        assert_eq!(frames[0].orig_len, 6);
    }

    #[test]
    fn pcapng_new_section_resets_interfaces_and_byte_order() {
        let mut f = two_interface_ng(false);
        let second = f.len() as u64;
        f.extend(shb(true));
        f.extend(idb(101, 0, &[], true));
        f.extend(epb(0, 2_000_000, b"raw", 3, true));
        let third = f.len() as u64;
        f.extend(epb(1, 0, b"gone", 4, true));
        let (frames, e) = read_all(&f);
        assert_eq!(frames.len(), 5);
        // tshark's frame.section_number: 1-based, counted per header.
        assert_eq!(frames[0].section, Some(1));
        assert_eq!(frames[4].section, Some(2));
        assert_eq!(frames[4].linktype, 101);
        assert_eq!(frames[4].ts, Timestamp { secs: 2, nanos: 0 });
        let e = e.unwrap();
        assert!(third > second);
        assert_eq!(e.offset, third);
        assert_eq!(
            e.message,
            "enhanced packet block refers to interface 1, but only 1 interface(s) are described"
        );
    }

    #[test]
    fn pcapng_truncated_block() {
        let f = two_interface_ng(false);
        let last = spb(b"simple", 6, false).len();
        let cut = &f[..f.len() - 2];
        let (frames, e) = read_all(cut);
        assert_eq!(frames.len(), 3);
        let e = e.unwrap();
        assert_eq!(e.offset, (f.len() - last) as u64);
        assert_eq!(
            e.message,
            format!(
                "file ends in the middle of a block ({} of {} bytes)",
                last - 2,
                last
            )
        );
        let (_, e) = read_all(&f[..f.len() - last + 5]);
        assert!(e.unwrap().message.contains("(5 of 12 bytes)"));
    }

    #[test]
    fn pcapng_malformed_blocks() {
        let base = {
            let mut f = shb(false);
            f.extend(idb(1, 0, &[], false));
            f
        };
        let at = base.len() as u64;
        // caplen larger than the block
        let mut f = base.clone();
        let mut b = epb(0, 0, b"abcd", 4, false);
        b[20..24].copy_from_slice(&1000u32.to_le_bytes());
        f.extend(b);
        let e = read_all(&f).1.unwrap();
        assert_eq!(e.offset, at);
        assert!(e.message.contains("captured length 1000 exceeds"), "{e}");
        // caplen near u32::MAX must not overflow
        let mut f = base.clone();
        let mut b = epb(0, 0, b"abcd", 4, false);
        b[20..24].copy_from_slice(&u32::MAX.to_le_bytes());
        f.extend(b);
        assert!(read_all(&f).1.unwrap().message.contains("exceeds"));
        // trailer mismatch
        let mut f = base.clone();
        let mut b = epb(0, 0, b"abcd", 4, false);
        let n = b.len();
        b[n - 4] ^= 4;
        f.extend(b);
        assert!(read_all(&f).1.unwrap().message.contains("at the end"));
        // length not a multiple of 4, and too small
        for bad in [13u32, 8] {
            let mut f = base.clone();
            let mut b = block(0x99, &[0; 4], false);
            b[4..8].copy_from_slice(&bad.to_le_bytes());
            f.extend(b);
            let e = read_all(&f).1.unwrap();
            assert_eq!(e.offset, at);
        }
        // option overrunning the block
        let mut f = shb(false);
        let mut b = idb(1, 0, &[opt(2, b"eth0", false)], false);
        b[18..20].copy_from_slice(&12336u16.to_le_bytes());
        f.extend(b);
        let e = read_all(&f).1.unwrap();
        assert!(e.message.contains("length 12336 overruns"), "{e}");
        // SPB before any IDB
        let mut f = shb(false);
        f.extend(spb(b"x", 1, false));
        assert!(read_all(&f).1.unwrap().message.contains("only 0 interface"));
    }

    #[test]
    fn pcapng_bad_section_header() {
        let mut f = shb(false);
        f[12] = 2; // version 2.0
        assert_eq!(open_err(&f).message, "unsupported pcapng version 2.0");
        let mut f = shb(false);
        f[8] = 0;
        assert!(open_err(&f).message.contains("byte-order magic"));
        assert!(open_err(&f[..6]).message.contains("(6 of 12 bytes)"));
    }

    #[test]
    fn ng_timestamp_resolutions() {
        use Resolution::*;
        let t = |secs, nanos| Timestamp { secs, nanos };
        assert_eq!(ng_timestamp(1_500_000, Decimal(6), 0), t(1, 500_000_000));
        assert_eq!(ng_timestamp(7, Decimal(0), 0), t(7, 0));
        assert_eq!(
            ng_timestamp(1_234_567_891, Decimal(9), 0),
            t(1, 234_567_891)
        );
        // finer than ns: truncated
        assert_eq!(
            ng_timestamp(1_234_567_891_999, Decimal(12), 0),
            t(1, 234_567_891)
        );
        assert_eq!(ng_timestamp(u64::MAX, Decimal(19), 0), t(1, 844_674_407));
        assert_eq!(ng_timestamp(u64::MAX, Decimal(20), 0), t(0, 184_467_440));
        assert_eq!(ng_timestamp(u64::MAX, Decimal(38), 0), t(0, 0));
        assert_eq!(ng_timestamp(u64::MAX, Decimal(127), 0), t(0, 0));
        assert_eq!(
            ng_timestamp(3 << 20 | 1 << 18, Binary(20), 0),
            t(3, 250_000_000)
        );
        assert_eq!(ng_timestamp(5, Binary(0), 0), t(5, 0));
        assert_eq!(ng_timestamp(u64::MAX, Binary(63), 0), t(1, 999_999_999));
        assert_eq!(ng_timestamp(1 << 63, Binary(64), 0), t(0, 500_000_000));
        assert_eq!(ng_timestamp(u64::MAX, Binary(127), 0), t(0, 0));
        // 2106: past u32 seconds
        assert_eq!(
            ng_timestamp(4_294_967_296_000_000, Decimal(6), 0),
            t(4_294_967_296, 0)
        );
        // saturation
        assert_eq!(ng_timestamp(u64::MAX, Decimal(0), 0), t(i64::MAX, 0));
        assert_eq!(ng_timestamp(u64::MAX, Decimal(0), 5), t(i64::MAX, 0));
        assert_eq!(ng_timestamp(0, Decimal(6), i64::MIN), t(i64::MIN, 0));
        assert_eq!(ng_timestamp(2_000_000, Decimal(6), -1), t(1, 0));
    }

    /// Reads every capture under $OSIDUMP_CORPUS and compares the number of
    /// frames read before any error with the packet count SOURCES.md gives
    /// (checked with tshark). `cargo test --lib corpus -- --nocapture`.

    #[test]
    fn pcapng_custom_block_is_a_frame_of_data() {
        // tshark lists a Custom Block as a frame holding its data (after
        // the Private Enterprise Number).
        let mut f = shb(false);
        f.extend(idb(1, 0, &[], false));
        let mut body = 32473u32.to_le_bytes().to_vec();
        body.extend_from_slice(b"custom!!");
        f.extend(block(0x0000_0BAD, &body, false));
        let (frames, e) = drain(FileSource::new(Box::new(std::io::Cursor::new(f))).unwrap());
        assert!(e.is_none());
        assert_eq!(frames.len(), 1);
        assert_eq!(frames[0].data, b"custom!!");
        assert_eq!(
            frames[0].linktype,
            crate::source::linktype::PCAPNG_CUSTOM_BLOCK
        );
        assert_eq!(frames[0].interface_id, None);
    }
}
