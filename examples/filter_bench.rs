//! What a display filter costs next to dissection (run by `benches/filter.sh`).
//!
//! usage: filter_bench CAPTURE [MEGABYTES] [EXPR...]
//!
//! Reads CAPTURE into memory and dissects it again and again (a fresh
//! `Dissector` per pass, so stream state is as on a single read) until
//! MEGABYTES of frames (default 100) went through, first without a filter,
//! then with each EXPR. Prints the time of each run, and the filter's own
//! cost measured on already-dissected packets, as a share of dissection.

use std::hint::black_box;
use std::io::Cursor;
use std::time::{Duration, Instant};

use osidump::dissect::Dissector;
use osidump::filter::Filter;
use osidump::source::file::FileSource;
use osidump::source::{Frame, FrameSource};

/// Dissect `bytes` `passes` times, testing each packet with `filter`.
/// Returns (elapsed, packets, selected).
fn run(bytes: &[u8], passes: usize, filter: Option<&Filter>) -> (Duration, u64, u64) {
    let (mut packets, mut selected) = (0u64, 0u64);
    let started = Instant::now();
    for _ in 0..passes {
        let mut src = FileSource::new(Box::new(Cursor::new(bytes.to_vec()))).expect("capture");
        let mut dissector = Dissector::new();
        while let Some(frame) = src.next_frame().expect("read") {
            let d = dissector.dissect(&frame);
            packets += 1;
            if filter.is_none_or(|f| f.matches(&d)) {
                selected += 1;
            }
            black_box(&d);
        }
    }
    (started.elapsed(), packets, selected)
}

/// Evaluation alone: every packet of one pass, dissected first, then tested
/// `passes` times.
fn eval_only(bytes: &[u8], passes: usize, filter: &Filter) -> (Duration, Duration) {
    let mut src = FileSource::new(Box::new(Cursor::new(bytes.to_vec()))).expect("capture");
    let mut dissector = Dissector::new();
    let mut owned = Vec::new();
    while let Some(frame) = src.next_frame().expect("read") {
        // Keep the bytes past the next read: leak a copy (a benchmark).
        let frame = Frame {
            number: frame.number,
            ts: frame.ts,
            orig_len: frame.orig_len,
            data: Box::leak(frame.data.to_vec().into_boxed_slice()),
            linktype: frame.linktype,
            interface_id: frame.interface_id,
            section: frame.section,
            interface_name: None,
            comments: Default::default(),
            no_timestamp: false,
        };
        owned.push(dissector.dissect(&frame));
    }
    let mut n = 0u64;
    // Cold: each packet once per pass, as if it had left the cache.
    let started = Instant::now();
    for _ in 0..passes {
        for d in &owned {
            n += u64::from(filter.matches(black_box(d)));
        }
    }
    let cold = started.elapsed();
    // Hot: each packet tested right after the previous test of it, as in
    // `osidump dissect`, where the filter reads the dissection just built.
    let started = Instant::now();
    for d in &owned {
        for _ in 0..passes {
            n += u64::from(filter.matches(black_box(d)));
        }
    }
    black_box(n);
    (cold, started.elapsed())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: filter_bench CAPTURE [MEGABYTES] [EXPR...]");
    let mb: f64 = args.next().map_or(100.0, |s| s.parse().expect("megabytes"));
    let mut exprs: Vec<String> = args.collect();
    if exprs.is_empty() {
        exprs = vec![
            "tcp.port == 443 && ip.ttl > 10".into(),
            "dns.qry.name contains \"example\"".into(),
            "websocket.opcode in {1, 2} or http.request.method matches \"^p\"".into(),
        ];
    }
    let bytes = std::fs::read(&path).expect("read capture");
    let passes = ((mb * 1e6) / bytes.len() as f64).ceil().max(1.0) as usize;
    println!(
        "{path}: {} bytes x {passes} passes = {:.0} MB",
        bytes.len(),
        (bytes.len() * passes) as f64 / 1e6
    );

    // Warm up, then take the best of three for each configuration.
    run(&bytes, passes.div_ceil(10), None);
    let best = |f: Option<&Filter>| {
        (0..3)
            .map(|_| run(&bytes, passes, f))
            .min_by_key(|r| r.0)
            .unwrap()
    };
    let (base, packets, _) = best(None);
    println!(
        "no filter          {:>8.3} s  {packets} packets ({:.0} ns/packet)",
        base.as_secs_f64(),
        base.as_nanos() as f64 / packets as f64
    );
    for e in &exprs {
        let f = Filter::new(e).unwrap_or_else(|err| panic!("{}", err.render(e)));
        let (t, packets, selected) = best(Some(&f));
        let (cold, hot) = eval_only(&bytes, passes, &f);
        let share = |t: Duration| t.as_secs_f64() / base.as_secs_f64() * 100.0;
        let ns = |t: Duration| t.as_nanos() as f64 / packets as f64;
        println!(
            "-Y {e:?}\n    with filter    {:>8.3} s  {selected} selected  ({:+.1} % wall)\n    \
             evaluation alone, cold cache {:>6.3} s  ({:.1} ns/packet = {:.2} % of dissection)\n    \
             evaluation alone, hot cache  {:>6.3} s  ({:.1} ns/packet = {:.2} % of dissection)",
            t.as_secs_f64(),
            (t.as_secs_f64() / base.as_secs_f64() - 1.0) * 100.0,
            cold.as_secs_f64(),
            ns(cold),
            share(cold),
            hot.as_secs_f64(),
            ns(hot),
            share(hot),
        );
    }
}
