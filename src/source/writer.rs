//! Writing frames to a capture file: legacy pcap with nanosecond timestamps
//! (magic `a1b23c4d`) or pcapng (SHB, one IDB with `if_name` and
//! `if_tsresol` = 9, then EPBs), chosen by the file name's extension.
//!
//! Records are written as they come through a buffered writer; [`CaptureWriter::finish`]
//! flushes. A capture that is stopped between two records (Ctrl-C, `--duration`)
//! always leaves a whole file: a record is either written whole or, if the
//! process dies mid-buffer, missing whole from the last flush on.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::Frame;

/// Which container a [`CaptureWriter`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFormat {
    /// Legacy pcap, nanosecond resolution.
    Pcap,
    /// pcapng, one section, one interface.
    PcapNg,
}

impl WriteFormat {
    /// `.pcapng` (any case) is pcapng; everything else is pcap, as tcpdump does.
    pub fn from_path(path: &Path) -> WriteFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("pcapng") => WriteFormat::PcapNg,
            _ => WriteFormat::Pcap,
        }
    }
}

/// What the file header records about the capture.
#[derive(Debug, Clone)]
pub struct WriterInfo {
    pub linktype: u32,
    pub snaplen: u32,
    /// Interface name (pcapng `if_name`; pcap has nowhere to put it).
    pub interface: Option<String>,
}

/// A capture file being written.
pub struct CaptureWriter<W: Write = BufWriter<File>> {
    out: W,
    format: WriteFormat,
    written: u64,
}

impl<W: Write> std::fmt::Debug for CaptureWriter<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaptureWriter")
            .field("format", &self.format)
            .field("written", &self.written)
            .finish_non_exhaustive()
    }
}

use super::format::{
    BYTE_ORDER_MAGIC, EPB, IDB, OPT_ENDOFOPT, OPT_IF_NAME, OPT_IF_TSRESOL, OPT_SHB_USERAPPL,
    PCAP_NANO_MAGIC, SHB,
};

impl CaptureWriter<BufWriter<File>> {
    /// Creates (truncates) `path` and writes the file header; the format
    /// follows the extension ([`WriteFormat::from_path`]).
    pub fn create(path: &Path, info: &WriterInfo) -> io::Result<Self> {
        let file = File::create(path)?;
        CaptureWriter::new(
            BufWriter::with_capacity(1 << 16, file),
            WriteFormat::from_path(path),
            info,
        )
    }
}

impl<W: Write> CaptureWriter<W> {
    /// Writes the file header to `out`.
    pub fn new(mut out: W, format: WriteFormat, info: &WriterInfo) -> io::Result<Self> {
        match format {
            WriteFormat::Pcap => {
                let mut h = Vec::with_capacity(24);
                h.extend_from_slice(&PCAP_NANO_MAGIC.to_le_bytes());
                h.extend_from_slice(&2u16.to_le_bytes());
                h.extend_from_slice(&4u16.to_le_bytes());
                h.extend_from_slice(&0i32.to_le_bytes()); // thiszone
                h.extend_from_slice(&0u32.to_le_bytes()); // sigfigs
                h.extend_from_slice(&info.snaplen.to_le_bytes());
                h.extend_from_slice(&info.linktype.to_le_bytes());
                out.write_all(&h)?;
            }
            WriteFormat::PcapNg => {
                let mut opts = Vec::new();
                let appl = concat!("osidump ", env!("CARGO_PKG_VERSION"));
                push_option(&mut opts, OPT_SHB_USERAPPL, appl.as_bytes());
                push_option(&mut opts, OPT_ENDOFOPT, &[]);
                let mut body = Vec::with_capacity(16 + opts.len());
                body.extend_from_slice(&BYTE_ORDER_MAGIC.to_le_bytes());
                body.extend_from_slice(&1u16.to_le_bytes());
                body.extend_from_slice(&0u16.to_le_bytes());
                body.extend_from_slice(&(-1i64).to_le_bytes()); // section length unknown
                body.extend_from_slice(&opts);
                write_block(&mut out, SHB, &body)?;

                let mut opts = Vec::new();
                if let Some(name) = &info.interface {
                    push_option(&mut opts, OPT_IF_NAME, name.as_bytes());
                }
                push_option(&mut opts, OPT_IF_TSRESOL, &[9]);
                push_option(&mut opts, OPT_ENDOFOPT, &[]);
                let mut body = Vec::with_capacity(8 + opts.len());
                // pcapng link types are 16 bits; every LINKTYPE_* in use fits.
                body.extend_from_slice(&(info.linktype as u16).to_le_bytes());
                body.extend_from_slice(&0u16.to_le_bytes());
                body.extend_from_slice(&info.snaplen.to_le_bytes());
                body.extend_from_slice(&opts);
                write_block(&mut out, IDB, &body)?;
            }
        }
        Ok(CaptureWriter {
            out,
            format,
            written: 0,
        })
    }

    pub fn format(&self) -> WriteFormat {
        self.format
    }

    /// Records written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Appends one record (timestamp, lengths and bytes of `frame`).
    pub fn write_frame(&mut self, frame: &Frame<'_>) -> io::Result<()> {
        let caplen = frame.data.len() as u32;
        let orig_len = frame.orig_len.max(caplen);
        match self.format {
            WriteFormat::Pcap => {
                // pcap seconds are 32 bits: clamp instead of wrapping.
                let secs = frame.ts.secs.clamp(0, i64::from(u32::MAX)) as u32;
                let mut h = [0u8; 16];
                h[0..4].copy_from_slice(&secs.to_le_bytes());
                h[4..8].copy_from_slice(&frame.ts.nanos.to_le_bytes());
                h[8..12].copy_from_slice(&caplen.to_le_bytes());
                h[12..16].copy_from_slice(&orig_len.to_le_bytes());
                self.out.write_all(&h)?;
                self.out.write_all(frame.data)?;
            }
            WriteFormat::PcapNg => {
                let ts = u64::try_from(frame.ts.as_nanos().max(0)).unwrap_or(u64::MAX);
                let pad = padding(frame.data.len());
                let total = (12 + 20 + frame.data.len() + pad) as u32;
                let mut h = [0u8; 28];
                h[0..4].copy_from_slice(&EPB.to_le_bytes());
                h[4..8].copy_from_slice(&total.to_le_bytes());
                h[8..12].copy_from_slice(&0u32.to_le_bytes()); // interface id
                h[12..16].copy_from_slice(&((ts >> 32) as u32).to_le_bytes());
                h[16..20].copy_from_slice(&(ts as u32).to_le_bytes());
                h[20..24].copy_from_slice(&caplen.to_le_bytes());
                h[24..28].copy_from_slice(&orig_len.to_le_bytes());
                self.out.write_all(&h)?;
                self.out.write_all(frame.data)?;
                self.out.write_all(&[0u8; 3][..pad])?;
                self.out.write_all(&total.to_le_bytes())?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Pushes buffered records to the file.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Flushes and hands back the underlying writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

fn padding(len: usize) -> usize {
    (4 - len % 4) % 4
}

fn push_option(buf: &mut Vec<u8>, code: u16, value: &[u8]) {
    buf.extend_from_slice(&code.to_le_bytes());
    buf.extend_from_slice(&(value.len() as u16).to_le_bytes());
    buf.extend_from_slice(value);
    buf.extend_from_slice(&[0u8; 3][..padding(value.len())]);
}

fn write_block(out: &mut impl Write, kind: u32, body: &[u8]) -> io::Result<()> {
    let total = (12 + body.len()) as u32;
    out.write_all(&kind.to_le_bytes())?;
    out.write_all(&total.to_le_bytes())?;
    out.write_all(body)?;
    out.write_all(&total.to_le_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::file::FileSource;
    use crate::source::{FrameSource, Timestamp, linktype};

    fn frames() -> Vec<(Timestamp, u32, Vec<u8>)> {
        vec![
            (
                Timestamp::new(1_700_000_000, 123_456_789),
                60,
                vec![0xaa; 60],
            ),
            // Cut by the snap length: orig_len > caplen; odd length needs padding.
            (Timestamp::new(1_700_000_001, 5), 1514, vec![0x55; 67]),
            (Timestamp::new(1_700_000_002, 999_999_999), 1, vec![7]),
        ]
    }

    fn round_trip(format: WriteFormat) {
        let info = WriterInfo {
            linktype: linktype::ETHERNET,
            snaplen: 262_144,
            interface: Some("veth0".into()),
        };
        let mut w = CaptureWriter::new(Vec::new(), format, &info).unwrap();
        for (i, (ts, orig, data)) in frames().iter().enumerate() {
            let f = Frame {
                number: i as u64 + 1,
                ts: *ts,
                orig_len: *orig,
                data,
                linktype: linktype::ETHERNET,
                interface_id: Some(0),
                section: Some(1),
                interface_name: Some("veth0"),
                comments: Default::default(),
                no_timestamp: false,
            };
            w.write_frame(&f).unwrap();
        }
        assert_eq!(w.written(), 3);
        let bytes = w.finish().unwrap();
        let mut src = FileSource::new(Box::new(io::Cursor::new(bytes))).unwrap();
        for (ts, orig, data) in frames() {
            let f = src.next_frame().unwrap().expect("a frame");
            assert_eq!(f.ts, ts);
            assert_eq!(f.orig_len, orig);
            assert_eq!(f.data, &data[..]);
            assert_eq!(f.linktype, linktype::ETHERNET);
            if format == WriteFormat::PcapNg {
                assert_eq!(f.interface_name, Some("veth0"));
            }
        }
        assert!(src.next_frame().unwrap().is_none());
    }

    #[test]
    fn pcap_round_trip() {
        round_trip(WriteFormat::Pcap);
    }

    #[test]
    fn pcapng_round_trip() {
        round_trip(WriteFormat::PcapNg);
    }

    #[test]
    fn format_by_extension() {
        assert_eq!(
            WriteFormat::from_path(Path::new("a.pcapng")),
            WriteFormat::PcapNg
        );
        assert_eq!(
            WriteFormat::from_path(Path::new("a.PCAPNG")),
            WriteFormat::PcapNg
        );
        assert_eq!(
            WriteFormat::from_path(Path::new("a.pcap")),
            WriteFormat::Pcap
        );
        assert_eq!(WriteFormat::from_path(Path::new("a")), WriteFormat::Pcap);
    }
}
