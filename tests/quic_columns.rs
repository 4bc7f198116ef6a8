//! Truth is tshark: QUIC's Protocol and Info columns where osidump must
//! find QUIC as tshark 4.0 does, by its heuristic (`dissect_quic_heur`)
//! rather than by port, and where no key log opens the packets.
//!
//! The expected values are tshark 4.0's, stored here or in
//! `tests/golden/quic.pcap.columns.tsv` (`tshark -n -r FILE -T fields -e
//! frame.number -e _ws.col.Protocol -e _ws.col.Info`, default preferences),
//! so the test needs no tshark:
//! - samples/quic.pcap moved from UDP port 443 to 4433 (both sides, the UDP
//!   checksum zeroed): tshark's columns of every frame, with the key log,
//!   are those of the capture on 443 (checked when this test was written);
//! - samples/quic.pcap without its key log: some frames;
//! - crafted datagrams to port 4433: a long header of a version tshark
//!   knows is QUIC (an Initial of a 4-byte Destination Connection ID opens
//!   a connection), one of a version it does not know, a Version
//!   Negotiation and a short header of no known connection are not.

mod common;

use osidump::dissect::Dissector;
use osidump::dissect::app::tls::keylog::KeyLog;
use osidump::render::line;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use std::path::Path;

/// `(protocol, info)` of every frame of the capture at `path`.
fn columns(path: &Path, keys: Option<&Path>) -> Vec<(String, String)> {
    let mut source = FileSource::open(path).expect("capture opens");
    let mut dissector = Dissector::new();
    if let Some(k) = keys {
        let text = std::fs::read(k).expect("key log reads");
        dissector = dissector.with_keylog(KeyLog::parse(&text));
    }
    let mut out = Vec::new();
    while let Some(frame) = source.next_frame().expect("capture reads whole") {
        out.push(line::columns(&dissector.dissect(&frame)));
    }
    out
}

/// A pcap written under the system's temporary folder, removed on drop.
struct TempPcap(std::path::PathBuf);

impl TempPcap {
    fn new(name: &str, bytes: &[u8]) -> TempPcap {
        let path = std::env::temp_dir().join(format!("osidump-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).expect("temporary capture writes");
        TempPcap(path)
    }
}

impl Drop for TempPcap {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// samples/quic.pcap (little-endian microsecond pcap, Ethernet, IPv4)
/// with UDP port 443 made 4433 and the UDP checksums zeroed.
fn quic_on_4433() -> Vec<u8> {
    let mut d = std::fs::read(common::samples_dir().join("quic.pcap")).expect("sample reads");
    let mut p = 24;
    let mut moved = 0;
    while p + 16 <= d.len() {
        let caplen = u32::from_le_bytes(d[p + 8..p + 12].try_into().unwrap()) as usize;
        let f = p + 16;
        let frame = &mut d[f..f + caplen];
        if frame.len() > 42 && frame[12..14] == [0x08, 0x00] && frame[23] == 17 {
            let udp = 14 + usize::from(frame[14] & 0x0f) * 4;
            for port in [udp, udp + 2] {
                if frame[port..port + 2] == 443u16.to_be_bytes() {
                    frame[port..port + 2].copy_from_slice(&4433u16.to_be_bytes());
                    moved += 1;
                }
            }
            frame[udp + 6..udp + 8].copy_from_slice(&[0, 0]);
        }
        p = f + caplen;
    }
    assert!(
        moved > 70,
        "the sample's QUIC datagrams were moved ({moved})"
    );
    d
}

/// tshark's columns of samples/quic.pcap with its key log.
fn golden() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(common::golden_dir().join("quic.pcap.columns.tsv"))
        .expect("golden reads");
    text.lines()
        .map(|l| {
            let mut c = l.splitn(3, '\t');
            let _number = c.next();
            let protocol = c.next().unwrap_or_default().to_string();
            (protocol, c.next().unwrap_or_default().to_string())
        })
        .collect()
}

#[test]
fn quic_on_a_port_of_its_own_is_found_by_tshark_s_heuristic() {
    let pcap = TempPcap::new("quic4433.pcap", &quic_on_4433());
    let keys = common::samples_dir().join("quic.keys");
    let ours = columns(&pcap.0, Some(&keys));
    let theirs = golden();
    assert_eq!(ours.len(), theirs.len());
    for (i, (o, t)) in ours.iter().zip(&theirs).enumerate() {
        assert_eq!(o, t, "frame {}", i + 1);
    }
    // QUIC and HTTP/3 are in it, so the heuristic was tried.
    assert!(ours.iter().any(|(p, _)| p == "HTTP3"));
    assert!(ours.iter().filter(|(p, _)| p == "QUIC").count() > 30);
}

#[test]
fn without_keys_only_what_the_header_says() {
    let ours = columns(&common::samples_dir().join("quic.pcap"), None);
    // (frame number, Protocol, Info), tshark 4.0 without a key log.
    let cases: &[(usize, &str, &str)] = &[
        (
            1,
            "QUIC",
            "Initial, DCID=5603d5685f58d739, SCID=b66b5b17cc94d844, PKN: 0, CRYPTO",
        ),
        (
            2,
            "QUIC",
            "Handshake, DCID=b66b5b17cc94d844, SCID=43f906731a900157",
        ),
        (3, "QUIC", "Protected Payload (KP0), DCID=43f906731a900157"),
        (13, "QUIC", "Protected Payload (KP0), DCID=b66b5b17cc94d844"),
        (
            27,
            "QUIC",
            "Handshake, DCID=fc3b7395b0dfc6d9, SCID=967b2e21f31398a2",
        ),
    ];
    for &(n, protocol, info) in cases {
        assert_eq!(
            ours[n - 1],
            (protocol.to_string(), info.to_string()),
            "frame {n}"
        );
    }
}

/// An Ethernet / IPv4 / UDP frame from 10.99.0.1:`sport` to
/// 10.99.0.2:4433 carrying `payload`, UDP checksum zero.
fn udp_to_4433(sport: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = common::udp_frame();
    f.truncate(42);
    f[34..36].copy_from_slice(&sport.to_be_bytes());
    f[36..38].copy_from_slice(&4433u16.to_be_bytes());
    f[38..40].copy_from_slice(&(8 + payload.len() as u16).to_be_bytes());
    f[40..42].copy_from_slice(&[0, 0]);
    f[16..18].copy_from_slice(&(28 + payload.len() as u16).to_be_bytes());
    f[24..26].copy_from_slice(&[0, 0]);
    let mut sum: u32 = 0;
    for c in f[14..34].chunks(2) {
        sum += u32::from(u16::from_be_bytes([c[0], c[1]]));
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    f[24..26].copy_from_slice(&(!(sum as u16)).to_be_bytes());
    f.extend_from_slice(payload);
    f
}

#[test]
fn crafted_long_and_short_headers_on_port_4433() {
    let count: Vec<u8> = (7..71).collect();
    let bytes: Vec<u8> = (1..41).collect();
    // An Initial of version 1, 4-byte Destination Connection ID a1a2a3a4,
    // no Source Connection ID, no token, Length 0x40 bytes of filler.
    let mut initial = vec![
        0xc3, 0, 0, 0, 1, 4, 0xa1, 0xa2, 0xa3, 0xa4, 0, 0, 0x40, 0x40,
    ];
    initial.extend_from_slice(&count);
    // A version tshark does not know.
    let mut unknown = vec![0xc0, 0x12, 0x34, 0x56, 0x78, 8, 1, 2, 3, 4, 5, 6, 7, 8, 0];
    unknown.extend_from_slice(&bytes);
    // Version Negotiation: dcid 0a0b0c0d, scid 01020304, versions 1 and 2.
    let vn = [
        0x80, 0, 0, 0, 0, 4, 0x0a, 0x0b, 0x0c, 0x0d, 4, 1, 2, 3, 4, 0, 0, 0, 1, 0x6b, 0x33, 0x43,
        0xcf,
    ];
    let mut short = vec![0x40];
    short.extend_from_slice(&bytes);
    let frames = [
        udp_to_4433(50002, &vn),
        udp_to_4433(50003, &unknown),
        udp_to_4433(50004, &short),
        udp_to_4433(50005, &initial),
    ];
    let pcap = TempPcap::new(
        "crafted-quic.pcap",
        &common::pcap_of(1, 1_700_000_000, &frames),
    );
    let ours = columns(&pcap.0, None);
    // tshark 4.0 on the same four frames.
    let theirs = [
        ("UDP", "50002 → 4433 Len=23"),
        ("UDP", "50003 → 4433 Len=55"),
        ("UDP", "50004 → 4433 Len=41"),
        ("QUIC", "Initial, DCID=a1a2a3a4, PKN: 14125140"),
    ];
    for (i, (o, (p, info))) in ours.iter().zip(theirs).enumerate() {
        assert_eq!(o, &(p.to_string(), info.to_string()), "frame {}", i + 1);
    }
    assert_eq!(ours.len(), theirs.len());
}
