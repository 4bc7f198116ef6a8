//! Renderers: text tree, one line per packet, NDJSON, and the views'
//! reports as text ([`views`]). Each packet renderer reads a
//! [`Dissection`](crate::dissect::Dissection) and writes to any `io::Write`;
//! none of them parses packet bytes. Every text renderer writes wire
//! strings through [`safe`], so no packet drives the terminal.

pub mod ek;
pub mod explain;
pub mod fields;
pub mod json;
pub mod ko;
pub mod line;
pub mod parquet;
pub mod safe;
pub mod style;
pub mod time;
pub mod tree;
pub mod value;
pub mod views;

use crate::dissect::Dissection;
use std::io::{self, Write};

/// Output format chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Tree,
    Line,
    Json,
    /// `-T fields -e …`: tshark's columns.
    Fields,
    /// `-T ek`: Elasticsearch bulk NDJSON, tshark's layout.
    Ek,
}

/// Order of layers in the tree view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// L7 first, as the OSI table is drawn.
    TopDown,
    /// L1 first, in wire order.
    BottomUp,
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub format: Format,
    pub order: Order,
    pub verbose: bool,
    pub hex: bool,
    pub color: bool,
    /// Language of the layer names (`--lang`).
    pub lang: crate::views::i18n::Lang,
    /// Layer model the tree groups by (`--model`).
    pub model: crate::views::model::Model,
    /// A line under each layer saying what it did (`--explain`, tree).
    pub explain: bool,
    /// The line view's time column (`-t`).
    pub time: time::TimeFormat,
}

impl Default for Options {
    /// The command line's defaults: a top-down tree in the OSI model,
    /// no colour.
    fn default() -> Self {
        Options {
            format: Format::Tree,
            order: Order::TopDown,
            verbose: false,
            hex: false,
            color: false,
            lang: Default::default(),
            model: Default::default(),
            explain: false,
            time: Default::default(),
        }
    }
}

/// One renderer for a whole run; keeps what it needs across packets (the
/// clock of the time column).
#[derive(Clone)]
pub struct Renderer {
    opts: Options,
    line: line::LineRenderer,
    clock: time::Clock,
    scratch: String,
    /// `-T fields`: its columns and `-E` options.
    fields: Option<fields::FieldsRenderer>,
    /// `-e` with `-T ek` (empty: every field).
    selected: Vec<&'static crate::dissect::field::FieldDef>,
}

impl Renderer {
    pub fn new(opts: Options) -> Self {
        Renderer {
            opts,
            line: line::LineRenderer::default(),
            clock: time::Clock::new(opts.time),
            scratch: String::with_capacity(256),
            fields: None,
            selected: Vec::new(),
        }
    }

    /// The fields `-e` chose, with the `-E` options (`-T fields`; with
    /// `-T ek`, tshark's flat form of those fields).
    pub fn with_fields(
        mut self,
        cols: Vec<&'static crate::dissect::field::FieldDef>,
        opts: fields::FieldsOptions,
    ) -> Self {
        if self.opts.format == Format::Fields {
            self.fields = Some(fields::FieldsRenderer::new(cols, opts));
        } else {
            self.selected = cols;
        }
        self
    }

    /// After the last packet: what a format writes even for no packet
    /// (the `-T fields` header).
    pub fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        match &mut self.fields {
            Some(f) => f.finish(out),
            None => Ok(()),
        }
    }

    /// A frame was read, shown or not: relative and delta times count
    /// from frames read (tshark's rule). `digits`: its timestamp's
    /// decimals (6 for microsecond captures, 9 for nanosecond ones).
    pub fn read(&mut self, ts: crate::source::Timestamp, digits: u8) {
        self.clock.read(ts, digits);
    }

    /// A frame is about to be shown, rendered elsewhere (`--threads`): the
    /// clock moves on as [`Renderer::render`] would move it, and what the
    /// renderer needs of it for this frame is returned (for
    /// [`Renderer::set_clock`]); `None` when the format has no time column.
    pub fn shown(&mut self, d: &Dissection<'_>) -> Option<time::Clock> {
        let timed = match self.opts.format {
            Format::Line => true,
            Format::Fields => self.fields.as_ref().is_some_and(|f| f.wants_clock()),
            _ => false,
        };
        if !timed {
            return None;
        }
        let before = self.clock.clone();
        if let Some(t) = line::frame_time(d) {
            self.clock.shown(t);
        }
        Some(before)
    }

    /// Render the next frame with the clock [`Renderer::shown`] gave for it.
    pub fn set_clock(&mut self, clock: time::Clock) {
        self.clock = clock;
    }

    /// [`Renderer::render`] onto the end of a byte buffer: JSON is written
    /// straight into it ([`json::append_packet`]), the other formats as
    /// to any writer.
    pub fn render_into(&mut self, buf: &mut Vec<u8>, d: &Dissection<'_>) -> io::Result<()> {
        if self.opts.format == Format::Json {
            json::append_packet(buf, d);
            return Ok(());
        }
        self.render(buf, d)
    }

    pub fn render(&mut self, out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
        match self.opts.format {
            Format::Json => json::write_packet(out, d),
            Format::Fields => match &mut self.fields {
                Some(f) => f.write(out, d, &mut self.clock),
                None => Ok(()),
            },
            Format::Ek if self.selected.is_empty() => ek::write_packet(out, d),
            Format::Ek => ek::write_selected(out, d, &self.selected),
            Format::Line => {
                self.line.write(
                    out,
                    d,
                    self.opts.color,
                    self.opts.lang,
                    &mut self.clock,
                    &mut self.scratch,
                )?;
                // `-x`: the bytes under each line, as tshark's `-P -x`.
                if self.opts.hex {
                    self.scratch.clear();
                    tree::hex_dump(&mut self.scratch, d, self.opts.color);
                    self.scratch.push('\n');
                    out.write_all(self.scratch.as_bytes())?;
                }
                Ok(())
            }
            Format::Tree => tree::write(out, d, &self.opts, &mut self.scratch),
        }
    }
}
