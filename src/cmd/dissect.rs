//! `osidump dissect FILE...`: every frame of every file, printed as a
//! tree, a line or JSON.

use super::{FileSink, output_settings, render_options, run_files};
use crate::cli::DissectArgs;
use crate::{Ctx, Failure, io_failure};
use osidump::dissect::Dissection;
use osidump::pipeline::{Pipeline, Sink};
use osidump::render::{Format, Renderer};
use osidump::source::Frame;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::time::Instant;

/// Prints each selected frame; on a terminal, flushes each one.
struct Printer<W: Write> {
    out: W,
    renderer: Renderer,
    flush_each: bool,
    bytes: u64,
}

impl<W: Write> Sink for Printer<W> {
    fn read(&mut self, frame: &Frame<'_>) -> io::Result<()> {
        self.bytes += frame.data.len() as u64;
        self.renderer.read(frame.ts);
        Ok(())
    }

    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        self.renderer.render(&mut self.out, d)?;
        if self.flush_each {
            self.out.flush()?;
        }
        Ok(())
    }
}

impl<W: Write> FileSink for Printer<W> {
    fn flush_output(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub fn run(args: &DissectArgs, ctx: Ctx) -> Result<(), Failure> {
    let mut pipe = Pipeline::new(output_settings(&args.output)?);
    let opts = render_options(&args.output, ctx);
    let stdout = io::stdout();
    let interactive = stdout.is_terminal();
    let mut printer = Printer {
        out: BufWriter::with_capacity(1 << 16, stdout.lock()),
        renderer: Renderer::new(opts),
        flush_each: interactive && opts.format != Format::Json,
        bytes: 0,
    };
    let started = Instant::now();
    // tshark's `-r FILE` and positional files alike, in command-line order.
    let files: Vec<_> = args.read_file.iter().chain(&args.files).cloned().collect();
    let read = run_files(&files, &mut pipe, &mut printer, false);
    // Whatever was printed before a failure reaches the reader first; a
    // write that failed (and was reported) fails again here: said once.
    let flushed = printer.out.flush();
    let read = read?;
    flushed.map_err(io_failure)?;
    if args.output.stats {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "osidump: {} packets, {} bytes in {secs:.3} s ({:.0} packets/s, {:.1} MB/s)",
            read.frames,
            printer.bytes,
            read.frames as f64 / secs.max(1e-9),
            printer.bytes as f64 / secs.max(1e-9) / 1e6
        );
        let m = pipe.memory();
        eprintln!(
            "osidump: conversation state: peak {:.1} MiB of a {:.0} MiB budget, {} evictions",
            m.peak as f64 / 1048576.0,
            m.limit as f64 / 1048576.0,
            m.evictions
        );
    }
    read.result()
}
