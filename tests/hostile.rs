//! Hostile stream shapes stay within the memory budget and still give the
//! right answers. Each capture is built in memory by `common::hostile`
//! (the same shapes `examples/hostile.rs` writes full size for
//! `benches/hostile.sh`, which measures peak RSS and time); here the
//! budget's own counters are asserted, with a small limit so eviction
//! really happens at test scale.

mod common;

use common::hostile;
use osidump::dissect::{AnomalyKind, Dissection, Dissector};
use osidump::render::json;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use osidump::views::sessions::Sessions;
use osidump::views::stats::Stats;
use serde_json::Value as Json;

const LIMIT: usize = 8 << 20;

/// Dissects a capture with a small budget, handing every dissection to
/// `f`; returns the budget's peak and evictions.
fn run(pcap: Vec<u8>, mut f: impl FnMut(&Dissection<'_>)) -> (usize, u64) {
    let mut src = FileSource::new(Box::new(std::io::Cursor::new(pcap))).expect("pcap");
    let mut d = Dissector::new().with_memory_limit(LIMIT);
    while let Some(frame) = src.next_frame().expect("frames") {
        let dis = d.dissect(&frame);
        f(&dis);
    }
    let m = d.memory();
    assert!(m.used <= m.peak);
    (m.peak, m.evictions)
}

/// Peak within the limit plus what one growing owner may add before it
/// evicts (a conversation, a table's growth step).
fn assert_bounded(peak: usize) {
    assert!(peak <= LIMIT + (LIMIT / 2), "peak {peak} over {LIMIT}");
}

fn fields(d: &Dissection<'_>, name: &str) -> Vec<String> {
    d.values_named(name).map(|v| v.to_string()).collect()
}

#[test]
fn a_segment_of_thirty_thousand_websocket_frames() {
    let pcap = hostile::in_memory(|p| hostile::ws_frames_in_one_segment(p, 30_000));
    let mut ws_layers = 0;
    let mut capped = 0;
    let mut last_json = 0;
    let (peak, _) = run(pcap, |d| {
        let n = d
            .layers
            .iter()
            .filter(|l| l.protocol == "websocket")
            .count();
        ws_layers += n;
        if n > 0 {
            // At most 1000 layers a frame, the rest counted.
            assert!(n <= osidump::dissect::stream::MAX_APP_LAYERS);
            capped += d
                .layers
                .iter()
                .flat_map(|l| &l.anomalies)
                .filter(|a| a.kind == AnomalyKind::Evicted && a.reason.contains("more websocket"))
                .count();
            let mut buf = Vec::new();
            json::write_packet(&mut buf, d).unwrap();
            last_json = buf.len();
        }
    });
    assert_bounded(peak);
    // The segment completes 30000 frames.
    assert_eq!(ws_layers, 1000);
    assert_eq!(capped, 1);
    assert!(last_json < 2 << 20, "{last_json}");
}

#[test]
fn pipelined_http_requests_list_their_own_segments() {
    let pcap = hostile::in_memory(|p| hostile::http_pipelined_out_of_order(p, 400));
    let mut checked = 0;
    let (peak, _) = run(pcap, |d| {
        let lens = fields(d, "tcp.reassembled.length");
        for l in &lens {
            // A request cut by a segment's end asked for one more segment:
            // tshark's TCP reassembles it with the whole next segment (560
            // bytes), after the 1 to 17 bytes of it before the boundary.
            let n: usize = l.parse().expect("a length");
            assert!((561..=577).contains(&n), "{lens:?}");
        }
        let segs = fields(d, "tcp.segment");
        // Two frames at most per request (one that crosses a boundary).
        assert!(segs.len() <= 2 * lens.len(), "{} segments", segs.len());
        checked += lens.len();
    });
    assert_bounded(peak);
    assert!(checked > 0);
}

#[test]
fn hole_then_a_flood_of_requests() {
    // More than one conversation may hold past a gap (4 MiB).
    let pcap = hostile::in_memory(|p| hostile::hole_then_gets(p, 5 << 20));
    let mut missing = false;
    let (peak, _) = run(pcap, |d| {
        missing |= d
            .layers
            .iter()
            .flat_map(|l| &l.anomalies)
            .any(|a| a.kind == AnomalyKind::Missing);
    });
    assert_bounded(peak);
    // The reassembler gave the hole up (per-stream cap) and went on.
    assert!(missing);
}

#[test]
fn deflate_connections_are_charged_and_evicted() {
    let pcap = hostile::in_memory(|p| hostile::deflate_connections(p, 300));
    let mut inflated = 0;
    let (peak, evictions) = run(pcap, |d| {
        inflated += fields(d, "websocket.payload.text")
            .iter()
            .filter(|t| *t == "Hello")
            .count();
    });
    assert_bounded(peak);
    // 300 × 2 inflaters of 44 KiB cannot fit in 8 MiB: old ones go.
    assert!(evictions > 0);
    // Every message was still inflated when it came (its connection lives).
    assert_eq!(inflated, 600);
}

#[test]
fn many_gapped_streams_and_unanswered_dns_and_fragments() {
    for pcap in [
        hostile::in_memory(|p| hostile::gapped_streams(p, 20_000)),
        hostile::in_memory(|p| hostile::unanswered_dns(p, 150_000)),
        hostile::in_memory(|p| hostile::dangling_fragments(p, 30_000)),
        hostile::in_memory(|p| hostile::ws_connections(p, 20_000)),
    ] {
        let (peak, evictions) = run(pcap, |_| {});
        assert_bounded(peak);
        assert!(evictions > 0);
    }
}

#[test]
fn finished_conversations_give_their_memory_back() {
    // 20,000 conversations that all finish: what stays charged at the end
    // is what the last of them still hold, not a share of every one (the
    // TCP tracker once forgot finished conversations without crediting
    // their segment lists: about 250 bytes each, 5 MB here, and on a long
    // capture live conversations were evicted for memory no one held).
    let pcap = hostile::in_memory(|p| hostile::finished_conversations(p, 40, 500));
    let mut src = FileSource::new(Box::new(std::io::Cursor::new(pcap))).expect("pcap");
    let mut d = Dissector::new();
    while let Some(frame) = src.next_frame().expect("frames") {
        d.dissect(&frame);
    }
    let m = d.memory();
    assert_eq!(m.evictions, 0);
    assert!(m.used < 1 << 20, "{} bytes still charged", m.used);
}

#[test]
fn echo_requests_are_charged_and_evicted() {
    // Unanswered pings fill the echo matching table to its cap (16,384):
    // charged to the budget, and shed with the rest when it is short.
    let pcap = hostile::in_memory(|p| hostile::unanswered_pings(p, 40_000));
    let charged = |limit: usize| {
        let mut src = FileSource::new(Box::new(std::io::Cursor::new(pcap.clone()))).unwrap();
        let mut d = Dissector::new().with_memory_limit(limit);
        while let Some(frame) = src.next_frame().unwrap() {
            d.dissect(&frame);
        }
        d.memory()
    };
    let roomy = charged(osidump::flow::budget::DEFAULT_LIMIT);
    assert_eq!(roomy.evictions, 0);
    assert!(roomy.used > 1 << 20, "{}", roomy.used);
    let short = charged(1 << 20);
    assert!(short.evictions > 0);
    assert!(short.peak < 2 << 20, "{}", short.peak);
}

#[test]
fn stream_numbers_match_an_unlimited_run_until_eviction_starts() {
    // Below the budget nothing changes: the same tcp.stream numbers and
    // JSON as without a budget on every sample.
    for path in common::samples() {
        let mut a = FileSource::open(&path).unwrap();
        let mut b = FileSource::open(&path).unwrap();
        let mut da = Dissector::new();
        let mut db = Dissector::new().with_memory_limit(usize::MAX);
        while let (Some(fa), Some(fb)) = (a.next_frame().unwrap(), b.next_frame().unwrap()) {
            let (mut ja, mut jb) = (Vec::new(), Vec::new());
            json::write_packet(&mut ja, &da.dissect(&fa)).unwrap();
            json::write_packet(&mut jb, &db.dissect(&fb)).unwrap();
            assert_eq!(ja, jb, "{}", path.display());
        }
        assert_eq!(da.memory().evictions, 0, "{}", path.display());
    }
}

#[test]
fn views_stay_within_their_budget() {
    let pcap = hostile::in_memory(|p| hostile::gapped_streams(p, 20_000));
    let mut stats = Stats::default();
    let mut sessions = Sessions::new();
    run(pcap, |d| {
        stats.add(d);
        sessions.add(d);
    });
    let report = stats.report(osidump::views::stats::SortKey::Bytes, Some(5));
    let json: Json = serde_json::to_value(&report).unwrap();
    assert!(json.is_object());
    assert!(sessions.memory_peak() <= osidump::flow::budget::VIEW_BUDGET + (1 << 20));
    assert!(stats.memory_peak() <= osidump::flow::budget::VIEW_BUDGET + (1 << 20));
}
