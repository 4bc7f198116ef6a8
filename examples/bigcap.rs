//! Builds the large benchmark captures from the real-traffic samples: each
//! Ethernet sample's frames, over and over, every round renumbered (IPv4
//! 10.99.0.0/16 and IPv6 fd99::/16 moved to a fresh /16 per round, header
//! checksums fixed) and shifted in time after the previous round, so every
//! round's conversations are distinct, as on a busy link.
//!
//!     cargo run --release --example bigcap -- OUT.pcap MEGABYTES
//!
//! `benches/bench.sh` makes the 100 MB and 1 GB captures with it.

use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use std::io::{BufWriter, Write};

struct Rec {
    ts_ns: i128,
    orig_len: u32,
    data: Vec<u8>,
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, out, mb] = args.as_slice() else {
        eprintln!("usage: bigcap OUT.pcap MEGABYTES");
        std::process::exit(2);
    };
    let target: u64 = mb.parse::<u64>().expect("MEGABYTES") * 1_000_000;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut names: Vec<_> = std::fs::read_dir(&root)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pcap" || e == "pcapng"))
        .collect();
    names.sort();
    // One round: every Ethernet sample after the other, each starting
    // where the previous ended.
    let mut round: Vec<Rec> = Vec::new();
    let mut clock: i128 = 0;
    for path in names {
        let mut src = FileSource::open(&path).map_err(std::io::Error::other)?;
        let mut first: Option<i128> = None;
        let mut last = clock;
        while let Ok(Some(f)) = src.next_frame() {
            if f.linktype != 1 {
                break;
            }
            let t = f.ts.as_nanos();
            let base = *first.get_or_insert(t);
            let at = clock + (t - base);
            last = last.max(at);
            round.push(Rec {
                ts_ns: at,
                orig_len: f.orig_len,
                data: f.data.to_vec(),
            });
        }
        clock = last + 1_000_000;
    }
    let span = clock;
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    w.write_all(&0xa1b2_3c4du32.to_le_bytes())?;
    w.write_all(&2u16.to_le_bytes())?;
    w.write_all(&4u16.to_le_bytes())?;
    w.write_all(&0i32.to_le_bytes())?;
    w.write_all(&0u32.to_le_bytes())?;
    w.write_all(&262_144u32.to_le_bytes())?;
    w.write_all(&1u32.to_le_bytes())?;
    let (mut written, mut frames, mut n) = (0u64, 0u64, 0u32);
    let start: i128 = 1_795_500_000 * 1_000_000_000;
    while written < target {
        for r in &round {
            let mut d = r.data.clone();
            renumber(&mut d, n);
            let t = start + i128::from(n) * span + r.ts_ns;
            let (s, ns) = (t.div_euclid(1_000_000_000), t.rem_euclid(1_000_000_000));
            w.write_all(&(s as u32).to_le_bytes())?;
            w.write_all(&(ns as u32).to_le_bytes())?;
            w.write_all(&(d.len() as u32).to_le_bytes())?;
            w.write_all(&r.orig_len.to_le_bytes())?;
            w.write_all(&d)?;
            written += 16 + d.len() as u64;
            frames += 1;
        }
        n += 1;
    }
    w.flush()?;
    eprintln!("{out}: {frames} frames, {written} bytes, {n} rounds");
    Ok(())
}

/// Moves the sample addresses of round `n` to their own /16: IPv4
/// 10.99.a.b → 10.(n%200+1).(n/200).b... kept simple: second and third
/// octets carry the round; IPv6 fd99:: → fd99:(n+1):: in the second group.
fn renumber(d: &mut [u8], n: u32) {
    let mut at = 14;
    let mut et = u16::from_be_bytes([d[12], d[13]]);
    while matches!(et, 0x8100 | 0x88a8) && d.len() >= at + 4 {
        et = u16::from_be_bytes([d[at + 2], d[at + 3]]);
        at += 4;
    }
    match et {
        0x0800 if d.len() >= at + 20 => {
            for a in [at + 12, at + 16] {
                if d[a] == 10 && d[a + 1] == 99 {
                    d[a + 1] = 100 + (n % 150) as u8;
                    d[a + 2] = d[a + 2].wrapping_add((n / 150) as u8);
                }
            }
            // Header checksum.
            let hl = usize::from(d[at] & 0x0f) * 4;
            if d.len() >= at + hl {
                d[at + 10] = 0;
                d[at + 11] = 0;
                let mut sum: u32 = d[at..at + hl]
                    .chunks(2)
                    .map(|c| u32::from(u16::from_be_bytes([c[0], c[1]])))
                    .sum();
                while sum > 0xffff {
                    sum = (sum & 0xffff) + (sum >> 16);
                }
                let c = !(sum as u16);
                d[at + 10..at + 12].copy_from_slice(&c.to_be_bytes());
            }
        }
        0x86dd if d.len() >= at + 40 => {
            for a in [at + 8, at + 24] {
                if d[a] == 0xfd && d[a + 1] == 0x99 {
                    let g = (n + 1) as u16;
                    d[a + 2..a + 4].copy_from_slice(&g.to_be_bytes());
                }
            }
        }
        _ => {}
    }
}
