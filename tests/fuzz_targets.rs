//! The cargo-fuzz targets as ordinary tests: the bodies of
//! `fuzz/fuzz_targets/{dissect,capture_file,views}.rs` live in
//! `osidump::fuzzing`, and run here over every sample, every capture of
//! the corpus (`OSIDUMP_CORPUS`, when set) and seeded mutations of them
//! (deterministic xorshift, so a failure reproduces). Each body panics on
//! a decoder panic or on text output a terminal would obey.

mod common;

use osidump::fuzzing;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use std::path::PathBuf;

/// xorshift64*: deterministic, no crate needed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every file of the corpus folder (and its subfolders), when
/// `OSIDUMP_CORPUS` names one.
fn corpus() -> Vec<PathBuf> {
    let Some(dir) = std::env::var_os("OSIDUMP_CORPUS") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("OSIDUMP_CORPUS {}: {e}", d.display()));
        for entry in entries {
            let p = entry.expect("dir entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_none_or(|e| e != "md") {
                out.push(p);
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "OSIDUMP_CORPUS is set but holds no file");
    out
}

/// The bytes of every sample and corpus capture.
fn capture_files() -> Vec<(PathBuf, Vec<u8>)> {
    common::samples()
        .into_iter()
        .chain(corpus())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, bytes)
        })
        .collect()
}

/// A copy of `base` with a few bytes changed, a run repeated or cut, and
/// maybe the tail dropped; the first `keep` bytes (a file header) stay.
fn mutate(rng: &mut Rng, base: &[u8], keep: usize) -> Vec<u8> {
    let mut data = base.to_vec();
    if data.len() <= keep {
        return data;
    }
    for _ in 0..1 + rng.below(8) {
        let at = keep + rng.below(data.len() - keep);
        match rng.below(4) {
            // A random byte, or an extreme one (lengths, flags).
            0 | 1 => data[at] = rng.next() as u8,
            2 => data[at] = [0x00, 0xff, 0x7f, 0x80, 0x1b][rng.below(5)],
            _ => {
                let len = rng.below(64).min(data.len() - at);
                let run = data[at..at + len].to_vec();
                data.splice(at..at, run);
            }
        }
    }
    if rng.below(3) == 0 {
        data.truncate(keep + rng.below(data.len() - keep));
    }
    data
}

/// Every frame of the samples, with its link type.
fn sample_frames() -> Vec<(u32, Vec<u8>)> {
    let mut frames = vec![(1, common::udp_frame())];
    for path in common::samples() {
        let mut src = FileSource::open(&path).expect("sample");
        while let Ok(Some(f)) = src.next_frame() {
            frames.push((f.linktype, f.data.to_vec()));
        }
    }
    frames
}

/// The `dissect` target's input: a selector byte naming `linktype`
/// (bit 0: cut by the snap length, bit 1: session events on), then the frame.
fn dissect_input(linktype: u32, flags: u8, frame: &[u8]) -> Vec<u8> {
    let index = fuzzing::LINKTYPES
        .iter()
        .position(|&l| l == linktype)
        .unwrap_or(1);
    // index + nk keeps the link type (n, the count, is odd); k's low bits
    // pick the flags.
    let n = fuzzing::LINKTYPES.len();
    let sel = (index + n * usize::from(flags)) as u8;
    let mut input = vec![sel];
    input.extend_from_slice(frame);
    input
}

#[test]
fn dissect_target_over_every_sample_frame_and_mutations() {
    let frames = sample_frames();
    for (i, (lt, data)) in frames.iter().enumerate() {
        fuzzing::dissect(&dissect_input(*lt, (i % 4) as u8, data));
    }
    let mut rng = Rng(0x0d15_5ec7);
    for _ in 0..1_000 {
        let (lt, base) = &frames[rng.below(frames.len())];
        let data = mutate(&mut rng, base, 0);
        // Now and then under another link type.
        let lt = if rng.below(8) == 0 {
            fuzzing::LINKTYPES[rng.below(fuzzing::LINKTYPES.len())]
        } else {
            *lt
        };
        fuzzing::dissect(&dissect_input(lt, rng.below(4) as u8, &data));
    }
}

#[test]
fn capture_file_target_over_every_capture_and_mutations() {
    let files = capture_files();
    for (path, bytes) in &files {
        let r = std::panic::catch_unwind(|| fuzzing::capture_file(bytes));
        assert!(r.is_ok(), "capture_file panicked on {}", path.display());
    }
    let mut rng = Rng(0xca97_0e5f);
    for _ in 0..400 {
        let (_, base) = &files[rng.below(files.len())];
        // The header is kept half of the time, so reading goes past it.
        let keep = if rng.below(2) == 0 { 24 } else { 0 };
        fuzzing::capture_file(&mutate(&mut rng, base, keep));
    }
}

#[test]
fn views_target_over_every_capture_and_mutations() {
    let files = capture_files();
    for (path, bytes) in &files {
        let r = std::panic::catch_unwind(|| fuzzing::views(bytes));
        assert!(r.is_ok(), "views panicked on {}", path.display());
    }
    // Mutations of the samples, whose conversations the views follow.
    let samples: Vec<Vec<u8>> = common::samples()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let mut rng = Rng(0x0f0f_1e55);
    for _ in 0..80 {
        let base = &samples[rng.below(samples.len())];
        fuzzing::views(&mutate(&mut rng, base, 24));
    }
}

#[test]
fn the_terminal_check_catches_what_it_must() {
    fuzzing::assert_terminal_safe("plain\n\x1b[1;31mred\x1b[0m\n", false);
    fuzzing::assert_terminal_safe("a\tb\n", true);
    for bad in [
        "a\x1b]0;x\x07",
        "\x1b[2J",
        "a\rb",
        "\u{9b}",
        "\u{202e}",
        "\u{200b}",
        "a\tb",
    ] {
        let r = std::panic::catch_unwind(|| fuzzing::assert_terminal_safe(bad, false));
        assert!(r.is_err(), "{bad:?} passed");
    }
}
