//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod hostile;

use std::path::PathBuf;

/// A real frame (tcpdump hex of a DNS query from samples/dns.pcap's shape):
/// Ethernet / IPv4 / UDP 53, 74 bytes.
///
/// ```text
/// 0000  02 00 00 00 00 02 02 00 00 00 00 01 08 00 45 00
/// 0010  00 3c 12 34 00 00 40 11 00 00 0a 63 00 01 0a 63
/// 0020  00 02 c3 50 00 35 00 28 00 00 ab cd 01 00 00 01
/// ...
/// ```
pub fn udp_frame() -> Vec<u8> {
    let mut f = vec![
        0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x00, // eth
        0x45, 0x00, 0x00, 0x3c, 0x12, 0x34, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00, // ip
        10, 99, 0, 1, 10, 99, 0, 2, // addrs
        0xc3, 0x50, 0x00, 0x35, 0x00, 0x28, 0x00, 0x00, // udp
    ];
    f.resize(74, 0x61);
    // Fill in the IPv4 header checksum.
    let mut sum: u32 = 0;
    for c in f[14..34].chunks(2) {
        sum += u32::from(u16::from_be_bytes([c[0], c[1]]));
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    let ck = !(sum as u16);
    f[24..26].copy_from_slice(&ck.to_be_bytes());
    f
}

/// A little-endian microsecond pcap with `n` copies of `frame`.
pub fn pcap_with(n: usize, frame: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(24 + n * (16 + frame.len()));
    out.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&4u16.to_le_bytes());
    out.extend_from_slice(&0i32.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&65535u32.to_le_bytes());
    out.extend_from_slice(&1u32.to_le_bytes());
    for i in 0..n {
        out.extend_from_slice(&(1_700_000_000u32 + i as u32).to_le_bytes());
        out.extend_from_slice(&123_456u32.to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(frame);
    }
    out
}

pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples")
}

pub fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Every capture in samples/, sorted.
pub fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .expect("samples/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "pcap" || e == "pcapng"))
        .collect();
    v.sort();
    v
}
