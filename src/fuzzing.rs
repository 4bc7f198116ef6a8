//! The bodies of the cargo-fuzz targets in `fuzz/fuzz_targets/`, as
//! library functions: the targets call them, and so does the ordinary test
//! suite (`tests/fuzz_targets.rs`) over the samples, the corpus
//! (`OSIDUMP_CORPUS`) and seeded mutations, so every `cargo test` runs a
//! fixed share of what the fuzzer explores.
//!
//! Each body panics on a bug: a panic in a decoder, reader or renderer, or
//! text output a terminal would obey (a raw control, C1, bidi or zero-width
//! character, or an escape sequence other than our own SGR colours).

use crate::dissect::Dissection;
use crate::dissect::event::Event;
use crate::pipeline::{Pipeline, Settings, Sink};
use crate::render::safe::is_unsafe;
use crate::render::views::FollowPrinter;
use crate::render::{Format, Options, Order, Renderer, json, views as text};
use crate::source::file::FileSource;
use crate::source::{Frame, FrameSource, Timestamp};
use crate::views::follow::{Chunk, Follow, Message, Selector, Show};
use crate::views::i18n::Lang;
use crate::views::sessions::Sessions;
use crate::views::stats::{SortKey, Stats};
use std::io;

/// The link types the `dissect` target picks from with its first byte.
/// An odd count, so that the tests' selectors (`index + count * k`) keep
/// the link type while `k` moves the flag bits.
pub const LINKTYPES: [u32; 15] = [
    0, 1, 12, 101, 113, 228, 229, 276, 9, 104, 239, 10, 129, 107, 105,
];

/// Panics if `text` holds a character a terminal would act on or a reader
/// could not see: everything [`is_unsafe`] names but the line end (and the
/// tab when `tabs`), and any ESC that does not start one of our SGR colour
/// sequences (`ESC [ digits;… m`).
pub fn assert_terminal_safe(text: &str, tabs: bool) {
    let mut rest = text;
    while let Some(i) = rest.find('\x1b') {
        check_plain(&rest[..i], tabs);
        let sgr = rest[i + 1..].strip_prefix('[').and_then(|b| {
            let end = b.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            b[end..].strip_prefix('m')
        });
        rest = sgr.unwrap_or_else(|| {
            panic!(
                "an escape sequence that is not a colour: {:?}",
                &rest[i..rest.len().min(i + 24)]
            )
        });
    }
    check_plain(rest, tabs);
}

fn check_plain(s: &str, tabs: bool) {
    if let Some(c) = s
        .chars()
        .find(|&c| is_unsafe(c) && c != '\n' && !(tabs && c == '\t'))
    {
        let at = s.find(c).unwrap_or(0);
        let from = s[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
        panic!("raw {c:?} in text output: {:?}", &s[from..]);
    }
}

fn renderers() -> Vec<Renderer> {
    let mut v = Vec::new();
    // The coloured hex dump paints byte by byte: one hex dump is enough.
    for (format, order, color, hex, lang) in [
        (Format::Tree, Order::TopDown, false, true, Lang::En),
        (Format::Tree, Order::BottomUp, true, false, Lang::Ko),
        (Format::Line, Order::TopDown, false, false, Lang::En),
        (Format::Line, Order::TopDown, true, false, Lang::En),
        (Format::Json, Order::TopDown, false, false, Lang::En),
    ] {
        v.push(Renderer::new(Options {
            format,
            order,
            verbose: true,
            hex,
            color,
            lang,
            ..Default::default()
        }));
    }
    // The learner's tree (TCP/IP labels, a sentence under each layer, in
    // Korean) and a Korean line view with dated UTC times; JSON stays last.
    let json = v.pop().expect("renderers");
    v.push(Renderer::new(Options {
        lang: Lang::Ko,
        model: crate::views::model::Model::TcpIp,
        explain: true,
        color: true,
        ..Default::default()
    }));
    v.push(Renderer::new(Options {
        format: Format::Line,
        lang: Lang::Ko,
        hex: true,
        time: crate::render::time::TimeFormat::UtcDoy,
        ..Default::default()
    }));
    v.push(json);
    v
}

/// Renders `d` with every renderer; text must be terminal-safe, JSON parse.
fn render_all(renderers: &mut [Renderer], d: &Dissection<'_>) {
    let last = renderers.len() - 1;
    for (i, r) in renderers.iter_mut().enumerate() {
        let mut out = Vec::new();
        r.render(&mut out, d).expect("render to memory");
        let text = std::str::from_utf8(&out).expect("output is UTF-8");
        if i == last {
            let v: serde_json::Value = serde_json::from_str(text).expect("one JSON object");
            assert_eq!(v["schema"], json::SCHEMA);
        } else {
            assert_terminal_safe(text, false);
        }
    }
}

/// `fuzz_targets/dissect.rs`: the first byte picks a link type, the rest
/// is one frame, dissected twice (so per-conversation state sees a second
/// segment) and rendered by every renderer.
pub fn dissect(input: &[u8]) {
    let Some((&lt_sel, data)) = input.split_first() else {
        return;
    };
    let linktype = LINKTYPES[usize::from(lt_sel) % LINKTYPES.len()];
    let mut dissector = crate::dissect::Dissector::new().with_events(if lt_sel & 2 != 0 {
        crate::dissect::event::Events::All
    } else {
        crate::dissect::event::Events::Off
    });
    let mut rs = renderers();
    for number in 1..=2 {
        let frame = Frame {
            number,
            ts: Timestamp::new(1_700_000_000, 0),
            // Odd selectors: cut by the snap length.
            orig_len: data.len() as u32 + u32::from(lt_sel & 1),
            data,
            linktype,
            interface_id: None,
            section: None,
            interface_name: None,
            comments: Default::default(),
            no_timestamp: false,
        };
        let d = dissector.dissect(&frame);
        render_all(&mut rs, &d);
        machine_outputs(&d);
    }
    let _ = dissector.finish();
}

/// `-T ek` is two JSON lines; `-T fields` over every registered field is
/// one line of one column each (no value breaks a line or a column).
fn machine_outputs(d: &Dissection<'_>) {
    let mut out = Vec::new();
    crate::render::ek::write_packet(&mut out, d).expect("ek to memory");
    let text = std::str::from_utf8(&out).expect("ek is UTF-8");
    assert_eq!(text.lines().count(), 2, "ek: an action and a document");
    for line in text.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("ek line is JSON");
    }
    let cols: Vec<_> = crate::dissect::fields::all()
        .chain(crate::render::fields::col::ALL)
        .collect();
    let n = cols.len();
    let mut fields = crate::render::fields::FieldsRenderer::new(cols, Default::default());
    let mut out = Vec::new();
    let mut clock = crate::render::time::Clock::default();
    fields
        .write(&mut out, d, &mut clock)
        .expect("fields to memory");
    let text = std::str::from_utf8(&out).expect("fields is UTF-8");
    assert_eq!(text.matches('\n').count(), 1, "fields: one line");
    assert_eq!(text.split('\t').count(), n, "fields: one column per field");
    assert_terminal_safe(text, true);
}

/// `fuzz_targets/capture_file.rs`: any bytes as a capture file; reading
/// ends in frames or an error, never a panic or a hang, and every frame is
/// dissected and rendered.
pub fn capture_file(input: &[u8]) {
    let reader: Box<dyn io::Read + Send> = Box::new(io::Cursor::new(input.to_vec()));
    let Ok(mut source) = FileSource::new(reader) else {
        return;
    };
    let mut dissector = crate::dissect::Dissector::new();
    let mut line = Renderer::new(Options {
        format: Format::Line,
        order: Order::TopDown,
        verbose: false,
        hex: false,
        color: false,
        lang: Lang::En,
        ..Default::default()
    });
    while let Ok(Some(frame)) = source.next_frame() {
        let d = dissector.dissect(&frame);
        let mut out = Vec::new();
        line.render(&mut out, &d).expect("render to memory");
        assert_terminal_safe(std::str::from_utf8(&out).expect("UTF-8"), false);
    }
}

/// TCP streams the `views` target follows.
const FOLLOWED: [u64; 2] = [0, 1];

/// Every way `osidump follow` prints: each show mode, as text (coloured
/// or not) and as NDJSON.
fn printers() -> Vec<FollowPrinter> {
    let mut v = Vec::new();
    for show in [Show::Text, Show::Hex, Show::Raw, Show::Parsed] {
        for (json, color, lang) in [
            (false, false, Lang::En),
            (false, true, Lang::Ko),
            (true, false, Lang::En),
        ] {
            v.push(FollowPrinter::new(show, json, color, lang));
        }
    }
    v
}

/// One followed stream and its printers' output so far.
struct Followed {
    follow: Follow,
    printers: Vec<(FollowPrinter, Vec<u8>)>,
}

impl Followed {
    fn emit(&mut self, chunks: &[Chunk], msgs: &[Message]) {
        if chunks.is_empty() && msgs.is_empty() {
            return;
        }
        for (p, out) in &mut self.printers {
            let (mut c, mut m) = (chunks.to_vec(), msgs.to_vec());
            p.emit(out, &self.follow, &mut c, &mut m)
                .expect("write to memory");
        }
    }
}

/// Feeds every view at once.
struct AllViews {
    stats: Stats,
    sessions: Sessions,
    follows: Vec<Followed>,
}

impl Sink for AllViews {
    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        self.stats.add(d);
        self.sessions.add(d);
        for f in &mut self.follows {
            let (mut chunks, mut msgs) = (Vec::new(), Vec::new());
            f.follow.add(d, &mut chunks, &mut msgs);
            f.emit(&chunks, &msgs);
        }
        Ok(())
    }

    fn end(&mut self, events: &[Event<'static>]) -> io::Result<()> {
        for f in &mut self.follows {
            let (mut chunks, mut msgs) = (Vec::new(), Vec::new());
            f.follow.finish(events, &mut chunks, &mut msgs);
            f.emit(&chunks, &msgs);
        }
        Ok(())
    }
}

/// `fuzz_targets/views.rs`: any bytes as a capture file, read once into
/// `stats`, `sessions` and `follow` (streams 0 and 1, every show mode);
/// each report rendered as text (plain, coloured, Korean) and as JSON.
pub fn views(input: &[u8]) {
    let reader: Box<dyn io::Read + Send> = Box::new(io::Cursor::new(input.to_vec()));
    let Ok(mut source) = FileSource::new(reader) else {
        return;
    };
    let mut pipe = Pipeline::new(Settings {
        dissect: true,
        events: crate::dissect::event::Events::All,
        ..Settings::default()
    });
    let mut all = AllViews {
        stats: Stats::default(),
        sessions: Sessions::new(),
        follows: FOLLOWED
            .iter()
            .map(|&n| Followed {
                follow: Follow::new(Selector::Index(n)),
                printers: printers().into_iter().map(|p| (p, Vec::new())).collect(),
            })
            .collect(),
    };
    // A read error ends the capture like a short file: the views report
    // what came before it.
    let _ = pipe.run(&mut source, &mut all);

    let names = ["fuzz.pcap".to_string()];
    for sort in [SortKey::Bytes, SortKey::Packets, SortKey::Duration] {
        let report = all.stats.report(sort, Some(10));
        for (color, lang) in [(false, Lang::En), (true, Lang::Ko)] {
            assert_terminal_safe(&text::stats_text(&report, &names, color, lang), false);
        }
        serde_json::to_string(&report).expect("stats JSON");
    }
    let report = all.sessions.report();
    for (color, lang) in [(false, Lang::En), (true, Lang::Ko)] {
        assert_terminal_safe(&text::sessions_text(&report, color, lang), false);
        let tcpip = crate::views::model::Model::TcpIp;
        assert_terminal_safe(&text::sessions_text_in(&report, color, lang, tcpip), false);
    }
    for c in &report.clients {
        serde_json::to_string(c).expect("sessions JSON");
    }
    for f in &mut all.follows {
        for (p, out) in &mut f.printers {
            p.finish(out).expect("write to memory");
            let text = std::str::from_utf8(out).expect("follow output is UTF-8");
            if p.is_json() {
                for line in text.lines() {
                    serde_json::from_str::<serde_json::Value>(line).expect("NDJSON line");
                }
            } else {
                // The byte views keep tabs (tshark's raw view indents with one).
                assert_terminal_safe(text, p.show() != Show::Hex);
            }
        }
    }
}
