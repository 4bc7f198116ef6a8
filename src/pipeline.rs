//! The one loop every command runs: source → dissect → filter → sink.
//!
//! `dissect`, `capture` and every view (`stats`, `follow`, `sessions`)
//! read frames through a [`Pipeline`]: it owns the conversation state
//! (a [`Dissector`] per capture file), the `--decode-as` rules, the display
//! filter and the `-c` limit, and hands each selected frame with its
//! dissection to a [`Sink`]. What differs between commands — printing,
//! recording with `-w`, aggregating a report, a progress bar — lives in
//! their sinks.

use crate::dissect::app::tls::keylog::KeyLog;
use crate::dissect::event::{Event, Events};
use crate::dissect::registry::DecodeAs;
use crate::dissect::{Dissection, Dissector, Field, Value, fields};
use crate::filter::{Filter, Unanswered};
use crate::parallel::Kept;
use crate::source::{Frame, FrameSource, SourceError, Timestamp};
use std::io;
use std::sync::atomic::Ordering;

/// What a run reads and selects, built once from the command line.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `-d tcp.port==8080,http`: ports forced to a protocol.
    pub decode_as: Vec<DecodeAs>,
    /// `-Y`: only frames it selects reach the sink (all are dissected).
    pub filter: Option<Filter>,
    /// `-c`: stop after this many frames read, all inputs together.
    pub count: Option<u64>,
    /// Dissect frames (false for `capture -q -w`: record only).
    pub dissect: bool,
    /// Ask the dissector for session events (views that read them:
    /// `follow`, `sessions`).
    pub events: Events,
    /// What the dissector's conversation state may hold
    /// ([`crate::flow::budget`]).
    pub memory_limit: usize,
    /// `--community-id-seed`: the seed of every `communityid` (default 0).
    pub community_id_seed: u16,
    /// Compute the Community ID and `frame.protocols` (false when nothing
    /// of the run reads them: `-T line` without a filter naming them).
    pub derived_fields: bool,
    /// Compute the TLS fingerprints, JA3 and JA4 (false when nothing of
    /// the run reads them: `-T line` without a filter naming them).
    pub fingerprints: bool,
    /// Build every field (false when nothing of the run shows more than
    /// the summaries, columns and views read: see
    /// [`crate::dissect::Dissector::with_detail`]).
    pub detail: bool,
    /// `--tls-keylog`: secrets to decrypt TLS and QUIC with. Each input
    /// starts from it; secrets embedded in a pcapng add to it for that
    /// file only.
    pub keylog: Option<KeyLog>,
    /// Frame numbers go on from one input to the next (as if the files
    /// were concatenated, `mergecap -a`), instead of restarting at 1.
    pub continue_numbers: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            decode_as: Vec::new(),
            filter: None,
            count: None,
            dissect: true,
            events: Events::Off,
            memory_limit: crate::flow::budget::DEFAULT_LIMIT,
            community_id_seed: 0,
            derived_fields: true,
            fingerprints: true,
            detail: true,
            keylog: None,
            continue_numbers: false,
        }
    }
}

/// Where selected frames go.
pub trait Sink {
    /// Every frame read, before dissection and the filter (a `-w` recorder
    /// of a live capture writes them all).
    fn read(&mut self, _frame: &Frame<'_>) -> io::Result<()> {
        Ok(())
    }

    /// The next frame's timestamp has `digits` decimals (said before
    /// [`Sink::read`], for views that print times).
    fn ts_digits(&mut self, _digits: u8) {}

    /// A frame the display filter selected, with its dissection.
    fn packet(&mut self, frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()>;

    /// [`Sink::packet`], the dissection given away: what the pipeline
    /// calls. A sink that keeps frames past the call (`--threads`) moves
    /// the values instead of copying them.
    fn packet_owned(&mut self, frame: &Frame<'_>, d: Dissection<'_>) -> io::Result<()> {
        self.packet(frame, &d)
    }

    /// A sink that keeps selected frames past the call (`--threads`) gives
    /// a buffer for each frame read: the pipeline copies the frame into it
    /// and dissects the copy, so a selected frame is handed over with the
    /// bytes its dissection borrows ([`Sink::packet_kept`]) and nothing of
    /// it is copied again.
    fn frame_buffer(&mut self) -> Option<Vec<u8>> {
        None
    }

    /// A frame the filter selected, dissected from the copy in a buffer
    /// [`Sink::frame_buffer`] gave.
    fn packet_kept(&mut self, frame: &Frame<'_>, kept: Kept) -> io::Result<()> {
        let r = self.packet(frame, kept.dissection());
        self.buffer_back(kept.into_buffer());
        r
    }

    /// The buffer of a frame the filter did not select, back.
    fn buffer_back(&mut self, _buffer: Vec<u8>) {}

    /// After each frame: `idle` when the source has nothing more queued (a
    /// good moment to flush), `position` the bytes read from the input.
    fn after(&mut self, _idle: bool, _position: u64) -> io::Result<()> {
        Ok(())
    }

    /// The input ended: the dissector's last events (bytes held for
    /// reassembly, messages framed by the connection's close), when events
    /// are on.
    fn end(&mut self, _events: &[Event<'static>]) -> io::Result<()> {
        Ok(())
    }
}

/// Why [`Pipeline::run`] returned normally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The source has no more frames.
    Exhausted,
    /// `-c` frames were read.
    Limit,
}

/// Why a run stopped early.
#[derive(Debug)]
pub enum RunError {
    /// The input is corrupt or could not be read (frames before it were
    /// handed to the sink).
    Source(SourceError),
    /// The sink could not write (a closed pipe included).
    Sink(io::Error),
}

/// A frame source with what the pipeline asks of it beyond frames.
pub trait Input: FrameSource {
    /// Bytes read so far (progress of a file); 0 when unknown.
    fn position(&self) -> u64 {
        0
    }
    /// Where the source keeps the decimals of its last frame's timestamp
    /// (6: microseconds, 9: nanoseconds); None: always microseconds.
    fn ts_digits(&self) -> Option<std::sync::Arc<std::sync::atomic::AtomicU8>> {
        None
    }
    /// Whether more frames are already waiting (live captures).
    fn has_queued(&self) -> bool {
        false
    }
    /// Where the source puts the key log text of the secrets it reads
    /// (pcapng Decryption Secrets Blocks), if it can carry any.
    fn secrets(&self) -> Option<crate::source::file::Secrets> {
        None
    }
}

pub struct Pipeline {
    settings: Settings,
    dissector: Dissector,
    clock: Clock,
    /// The input's name, written in each frame (`osidump.file`) when a run
    /// reads several.
    file: Option<String>,
    /// Frames read, all inputs together (before the filter).
    pub read: u64,
    /// Frames the sink was given.
    pub selected: u64,
    /// Frames read from the inputs before this one.
    read_before: u64,
    /// Frames the filter could not judge as tshark would (see
    /// [`Filter::evaluate`]); judged with those layers left out.
    pub unanswered: u64,
}

/// A dissector as the settings ask for it (one per input).
fn dissector(settings: &Settings) -> Dissector {
    let mut d = Dissector::new()
        .with_decode_as(settings.decode_as.clone())
        .with_events(settings.events)
        .with_memory_limit(settings.memory_limit)
        .with_community_id_seed(settings.community_id_seed)
        .with_derived_fields(settings.derived_fields)
        .with_fingerprints(settings.fingerprints)
        .with_detail(settings.detail);
    if let Some(k) = &settings.keylog {
        d = d.with_keylog(k.clone());
    }
    if settings.derived_fields {
        // Read Wireshark's manufacturer table now rather than on the first
        // Ethernet frame: a live capture's first packet is not held up.
        crate::dissect::link::manuf::table();
    }
    d
}

impl Pipeline {
    pub fn new(settings: Settings) -> Self {
        let dissector = dissector(&settings);
        Pipeline {
            settings,
            dissector,
            clock: Clock::default(),
            file: None,
            read: 0,
            selected: 0,
            unanswered: 0,
            read_before: 0,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// A new capture file begins: conversation state (stream numbers, DNS
    /// matching, reassembly) starts again, as tshark treats each file.
    pub fn next_input(&mut self) {
        self.dissector = dissector(&self.settings);
        self.read_before = self.read;
    }

    /// Name the input the next frames come from (`osidump.file` in each
    /// frame layer); `None` writes no name (a run of one input).
    pub fn set_file_name(&mut self, name: Option<String>) {
        self.file = name;
    }

    /// The dissector's memory budget now (of the current input).
    pub fn memory(&self) -> crate::flow::budget::MemoryReport {
        self.dissector.memory()
    }

    /// `-c` frames have been read.
    pub fn limit_reached(&self) -> bool {
        self.settings.count.is_some_and(|c| self.read >= c)
    }

    /// Every frame of `source` through the dissector and the filter to
    /// `sink`, until the source ends or `-c` is reached.
    pub fn run(&mut self, source: &mut dyn Input, sink: &mut dyn Sink) -> Result<End, RunError> {
        let end = self.frames(source, sink)?;
        if self.settings.events == Events::All {
            let events = self.dissector.finish();
            sink.end(&events).map_err(RunError::Sink)?;
        }
        Ok(end)
    }

    fn frames(&mut self, source: &mut dyn Input, sink: &mut dyn Sink) -> Result<End, RunError> {
        let secrets = source.secrets();
        let digits = source.ts_digits();
        loop {
            if self.limit_reached() {
                return Ok(End::Limit);
            }
            let frame = match source.next_frame() {
                Ok(Some(f)) if self.settings.continue_numbers => Frame {
                    number: f.number + self.read_before,
                    ..f
                },
                Ok(Some(f)) => f,
                Ok(None) => return Ok(End::Exhausted),
                Err(e) => return Err(RunError::Source(e)),
            };
            self.read += 1;
            // Secrets the capture carries before this packet (pcapng
            // Decryption Secrets Blocks).
            if let Some(s) = &secrets
                && let Ok(mut text) = s.lock()
                && !text.is_empty()
            {
                self.dissector.add_secrets(&text);
                text.clear();
            }
            sink.ts_digits(digits.as_ref().map_or(6, |d| d.load(Ordering::Relaxed)));
            sink.read(&frame).map_err(RunError::Sink)?;
            if self.settings.dissect {
                if let Some(buffer) = sink.frame_buffer() {
                    match Kept::dissect(buffer, &frame, |copy| self.dissect_selected(copy)) {
                        Ok(kept) => sink.packet_kept(&frame, kept).map_err(RunError::Sink)?,
                        Err(buffer) => sink.buffer_back(buffer),
                    }
                } else if let Some(d) = self.dissect_selected(&frame) {
                    sink.packet_owned(&frame, d).map_err(RunError::Sink)?;
                }
            }
            let idle = !source.has_queued();
            let position = source.position();
            sink.after(idle, position).map_err(RunError::Sink)?;
        }
    }

    /// `frame`'s dissection, if the display filter selects it. Every frame
    /// is dissected (conversation state stays right); only those the filter
    /// selects are passed on.
    fn dissect_selected<'a>(&mut self, frame: &Frame<'a>) -> Option<Dissection<'a>> {
        let mut d = self.dissector.dissect(frame);
        self.clock.stamp(
            &mut d,
            frame.ts,
            self.settings.detail && !frame.no_timestamp,
        );
        if let (Some(name), Some(l)) = (&self.file, d.layers.first_mut()) {
            l.str(crate::dissect::fields::frame::OSIDUMP_FILE, name.clone());
        }
        let selected = match self.settings.filter.as_ref().map(|f| f.evaluate(&d)) {
            None => true,
            Some(Ok(yes)) => yes,
            Some(Err(Unanswered(partial))) => {
                self.unanswered += 1;
                partial
            }
        };
        if !selected {
            return None;
        }
        self.clock.displayed(frame.ts);
        self.selected += 1;
        Some(d)
    }
}

/// The frame times that depend on other frames: since the first frame
/// read (`frame.time_relative`), since the previous one
/// (`frame.time_delta`) and since the previous one displayed
/// (`frame.time_delta_displayed`, relative to frames the filter passed).
#[derive(Debug, Default)]
struct Clock {
    first: Option<Timestamp>,
    prev: Option<Timestamp>,
    prev_displayed: Option<Timestamp>,
}

impl Clock {
    /// Writes the three times into the frame layer, after
    /// `frame.time_epoch` where tshark has them (when `detail`: the run
    /// shows every field or names one of these, and the frame has a time;
    /// the clock moves on either way, an untimed frame counting as 0 as
    /// in tshark).
    fn stamp(&mut self, d: &mut Dissection<'_>, ts: Timestamp, detail: bool) {
        let first = *self.first.get_or_insert(ts);
        if !detail {
            self.prev = Some(ts);
            return;
        }
        let since = |t: Option<Timestamp>| {
            let ns = t.map_or(0, |t| ts.as_nanos() - t.as_nanos());
            Value::rel_time(ns)
        };
        let delta = since(self.prev);
        let shown = since(self.prev_displayed);
        let relative = since(Some(first));
        self.prev = Some(ts);
        let Some(frame) = d.layers.first_mut() else {
            return;
        };
        let at = frame
            .fields
            .iter()
            .position(|f| std::ptr::eq(f.def, fields::frame::TIME_EPOCH))
            .map_or(frame.fields.len(), |i| i + 1);
        let new = [
            (fields::frame::TIME_DELTA, delta),
            (fields::frame::TIME_DELTA_DISPLAYED, shown),
            (fields::frame::TIME_RELATIVE, relative),
        ]
        .map(|(def, value)| Field { def, value });
        frame.insert(at, new);
    }

    fn displayed(&mut self, ts: Timestamp) {
        self.prev_displayed = Some(ts);
    }
}

impl Input for crate::source::file::FileSource {
    fn position(&self) -> u64 {
        self.offset()
    }
    fn ts_digits(&self) -> Option<std::sync::Arc<std::sync::atomic::AtomicU8>> {
        Some(crate::source::file::FileSource::ts_digits(self))
    }
    fn secrets(&self) -> Option<crate::source::file::Secrets> {
        Some(self.secrets())
    }
}

impl Input for Box<dyn crate::source::live::CaptureSource> {
    fn has_queued(&self) -> bool {
        crate::source::live::CaptureSource::has_queued(self.as_ref())
    }
}
