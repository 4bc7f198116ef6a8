//! Renderers: text tree, one line per packet, NDJSON, and the views'
//! reports as text ([`views`]). Each packet renderer reads a
//! [`Dissection`](crate::dissect::Dissection) and writes to any `io::Write`;
//! none of them parses packet bytes. Every text renderer writes wire
//! strings through [`safe`], so no packet drives the terminal.

pub mod json;
pub mod line;
pub mod safe;
pub mod style;
pub mod tree;
pub mod views;

use crate::dissect::Dissection;
use std::io::{self, Write};

/// Output format chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Tree,
    Line,
    Json,
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
}

/// One renderer for a whole run; keeps what it needs across packets (the
/// first timestamp, for relative times).
pub struct Renderer {
    opts: Options,
    line: line::LineRenderer,
    scratch: String,
}

impl Renderer {
    pub fn new(opts: Options) -> Self {
        Renderer {
            opts,
            line: line::LineRenderer::default(),
            scratch: String::with_capacity(256),
        }
    }

    /// Every frame read, shown or not: times are relative to the first
    /// frame of the capture, as tshark's are, even when a filter hides it.
    pub fn read(&mut self, ts: crate::source::Timestamp) {
        self.line.read(ts);
    }

    pub fn render(&mut self, out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
        match self.opts.format {
            Format::Json => json::write_packet(out, d),
            Format::Line => self.line.write(out, d, self.opts.color, &mut self.scratch),
            Format::Tree => tree::write(out, d, &self.opts, &mut self.scratch),
        }
    }
}
