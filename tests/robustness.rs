//! Bad input never panics: every prefix of real frames under every link
//! type, and seeded random mutations of them, go through dissection and all
//! renderers. (The cargo-fuzz targets in `fuzz/` explore further; this keeps
//! a fixed, fast share of that in every test run.)

mod common;

use osidump::dissect::Dissector;
use osidump::render::{Format, Options, Order, Renderer};
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use osidump::source::{Frame, Timestamp};

const LINKTYPES: [u32; 15] = osidump::fuzzing::LINKTYPES;

/// xorshift64*: deterministic, no crate needed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn sample_frames() -> Vec<(u32, Vec<u8>)> {
    let mut frames = vec![(1, common::udp_frame())];
    for path in common::samples() {
        let mut src = FileSource::open(&path).expect("sample");
        let mut n = 0;
        while let Ok(Some(f)) = src.next_frame() {
            // Every 7th frame keeps the test fast yet varied.
            if n % 7 == 0 {
                frames.push((f.linktype, f.data.to_vec()));
            }
            n += 1;
        }
    }
    frames
}

fn exercise(
    dissector: &mut Dissector,
    renderers: &mut [Renderer],
    linktype: u32,
    data: &[u8],
    orig_len: u32,
) {
    let frame = Frame {
        number: 1,
        ts: Timestamp::new(1_700_000_000, 0),
        orig_len,
        data,
        linktype,
        interface_id: None,
        section: None,
        interface_name: None,
        comments: Default::default(),
        no_timestamp: false,
    };
    let d = dissector.dissect(&frame);
    for r in renderers.iter_mut() {
        r.render(&mut std::io::sink(), &d).expect("render to sink");
    }
}

fn renderers() -> Vec<Renderer> {
    [Format::Tree, Format::Line, Format::Json]
        .into_iter()
        .map(|format| {
            Renderer::new(Options {
                format,
                order: Order::BottomUp,
                verbose: true,
                hex: true,
                color: true,
                lang: Default::default(),
                ..Default::default()
            })
        })
        .collect()
}

#[test]
fn every_prefix_under_every_linktype() {
    let mut dissector = Dissector::new();
    let mut rs = renderers();
    for (lt, data) in sample_frames().iter().take(60) {
        for cut in 0..=data.len().min(160) {
            for linktype in LINKTYPES.iter().copied().chain([*lt]) {
                // Cut by the snap length, and cut with no explanation.
                exercise(
                    &mut dissector,
                    &mut rs,
                    linktype,
                    &data[..cut],
                    data.len() as u32,
                );
                exercise(&mut dissector, &mut rs, linktype, &data[..cut], cut as u32);
            }
        }
    }
}

#[test]
fn seeded_mutations() {
    let mut rng = Rng(0x05d1_d0e5_u64);
    let mut dissector = Dissector::new();
    let mut rs = renderers();
    let frames = sample_frames();
    for _ in 0..40_000 {
        let (lt, base) = &frames[(rng.next() as usize) % frames.len()];
        let mut data = base.clone();
        if data.is_empty() {
            continue;
        }
        for _ in 0..1 + rng.next() % 6 {
            let at = (rng.next() as usize) % data.len();
            data[at] = rng.next() as u8;
        }
        let keep = 1 + (rng.next() as usize) % data.len();
        data.truncate(keep);
        exercise(&mut dissector, &mut rs, *lt, &data, data.len() as u32);
    }
}

/// LINKTYPE_IPV4 (228) and LINKTYPE_IPV6 (229) go straight to IP, as
/// Wireshark's frame.protocols shows (`ip:udp`); LINKTYPE_RAW (101) keeps
/// its "raw" layer (`raw:ip:udp`).
#[test]
fn raw_ip_link_types_layer_as_wireshark() {
    let eth = common::udp_frame();
    let ip = &eth[14..];
    let mut dissector = Dissector::new();
    for (linktype, expected) in [(228, vec!["ip", "udp"]), (101, vec!["raw", "ip", "udp"])] {
        let frame = Frame {
            number: 1,
            ts: Timestamp::new(1_700_000_000, 0),
            orig_len: ip.len() as u32,
            data: ip,
            linktype,
            interface_id: None,
            section: None,
            interface_name: None,
            comments: Default::default(),
            no_timestamp: false,
        };
        let d = dissector.dissect(&frame);
        let protocols: Vec<&str> = d
            .layers
            .iter()
            .skip(1)
            .map(|l| l.protocol)
            .take(expected.len())
            .collect();
        assert_eq!(protocols, expected, "linktype {linktype}");
    }
}
