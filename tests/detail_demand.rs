//! Fields built only when asked for: a dissector told to build only what
//! the summaries, columns and views read (`Dissector::with_detail(false)`,
//! what `-T line`, `stats`, `sessions` and `-T fields` use when nothing
//! of theirs names another field) gives, frame by frame on every sample
//! (and every corpus capture with `OSIDUMP_CORPUS`), the same columns,
//! layers and anomalies as one building every field, and the same fields
//! in the same order, but for those `is_detail_field` names (TCP/IP/UDP,
//! the frame's and HTTP's header lines, JSON's items; which it may
//! build where leaving them out would not pay: headers cut short).

mod common;

use osidump::dissect::app::tls::keylog::KeyLog;
use osidump::dissect::{Dissection, Dissector, is_detail_field};
use osidump::render::line;
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use std::path::Path;

/// A frame as the test compares it: each layer's protocol, anomalies and
/// fields (name and display text).
type Shown = Vec<(&'static str, Vec<String>, Vec<(&'static str, String)>)>;

fn shown(d: &Dissection<'_>, keep: impl Fn(&osidump::dissect::Field<'_>) -> bool) -> Shown {
    d.layers
        .iter()
        .map(|l| {
            (
                l.protocol,
                l.anomalies.iter().map(|a| a.to_string()).collect(),
                l.fields
                    .iter()
                    .filter(|f| keep(f))
                    .map(|f| (f.name(), f.value.to_string()))
                    .collect(),
            )
        })
        .collect()
}

/// Frames compared, frames where the lean dissection left fields out, and
/// frames where it left out an application decoder's (HTTP's header lines).
fn compare(path: &Path) -> (usize, usize, usize) {
    let Ok(mut a) = FileSource::open(path) else {
        return (0, 0, 0);
    };
    let Ok(mut b) = FileSource::open(path) else {
        return (0, 0, 0);
    };
    let mut all = Dissector::new();
    let mut summaries = Dissector::new().with_detail(false);
    if let Ok(text) = std::fs::read(path.with_extension("keys")) {
        all = all.with_keylog(KeyLog::parse(&text));
        summaries = summaries.with_keylog(KeyLog::parse(&text));
    }
    let (sa, sb) = (a.secrets(), b.secrets());
    let (mut frames, mut with_detail, mut app_detail) = (0, 0, 0);
    while let (Ok(Some(fa)), Ok(Some(fb))) = (a.next_frame(), b.next_frame()) {
        for (s, d) in [(&sa, &mut all), (&sb, &mut summaries)] {
            let text = std::mem::take(&mut *s.lock().expect("secrets"));
            if !text.is_empty() {
                d.add_secrets(&text);
            }
        }
        let full = all.dissect(&fa);
        let lean = summaries.dissect(&fb);
        let n = fa.number;
        assert_eq!(
            line::columns(&full),
            line::columns(&lean),
            "{} frame {n}: columns",
            path.display()
        );
        assert_eq!(
            shown(&full, |f| !is_detail_field(f.def)),
            shown(&lean, |f| !is_detail_field(f.def)),
            "{} frame {n}: layers, anomalies and fields",
            path.display()
        );
        frames += 1;
        let count = |d: &Dissection<'_>| d.layers.iter().map(|l| l.fields.len()).sum::<usize>();
        with_detail += usize::from(count(&lean) < count(&full));
        let lines = |d: &Dissection<'_>| {
            d.layers
                .iter()
                .flat_map(|l| l.fields.iter())
                .filter(|f| matches!(f.name(), "http.request.line" | "http.response.line"))
                .count()
        };
        app_detail += usize::from(lines(&lean) < lines(&full));
    }
    (frames, with_detail, app_detail)
}

#[test]
fn summaries_only_leaves_out_the_detail_fields_and_nothing_else() {
    let mut files = common::samples();
    if let Some(dir) = common::corpus_dir() {
        files.extend(common::corpus_captures(&dir));
    }
    let (mut frames, mut with_detail, mut app_detail) = (0, 0, 0);
    for f in &files {
        let (n, d, a) = compare(f);
        frames += n;
        with_detail += d;
        app_detail += a;
    }
    eprintln!(
        "{} captures, {frames} frames, {with_detail} with detail fields left out, \
         {app_detail} with HTTP header lines left out",
        files.len()
    );
    assert!(
        frames > 1000 && with_detail > 1000 && app_detail > 10,
        "{frames} {with_detail} {app_detail}"
    );
}
