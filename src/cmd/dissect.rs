//! `osidump dissect FILE...`: every frame of every file, printed as a
//! tree, a line or JSON.

use super::{FileSink, output_settings, renderer, run_files, selected_fields};
use crate::cli::{DissectArgs, FormatArg, OutputArgs};
use crate::{Ctx, Failure, io_failure};
use osidump::dissect::Dissection;
use osidump::parallel::ParallelRenderer;
use osidump::pipeline::{Pipeline, Sink};
use osidump::render::Renderer;
use osidump::render::parquet::ParquetWriter;
use osidump::source::Frame;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::time::Instant;

/// Prints each selected frame; on a terminal, flushes each one.
struct Printer<W: Write> {
    out: W,
    /// Frames rendered and not yet written to `out`, up to [`PENDING`]
    /// bytes: the renderer writes into it directly (JSON, which `out`'s
    /// own buffer would copy), and `out` writes it on as it comes, a
    /// buffer's worth at a time.
    pending: Vec<u8>,
    renderer: Renderer,
    flush_each: bool,
    bytes: u64,
    /// Decimals of the next frame's timestamp.
    digits: u8,
}

impl<W: Write> Sink for Printer<W> {
    fn ts_digits(&mut self, digits: u8) {
        self.digits = digits;
    }

    fn read(&mut self, frame: &Frame<'_>) -> io::Result<()> {
        self.bytes += frame.data.len() as u64;
        self.renderer.read(frame.ts, self.digits);
        Ok(())
    }

    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        self.renderer.render_into(&mut self.pending, d)?;
        if self.flush_each {
            return self.flush_output();
        }
        if self.pending.len() >= PENDING {
            self.write_pending()?;
        }
        Ok(())
    }
}

/// How many rendered bytes a [`Printer`] holds before it writes them on
/// (the capacity of its output's buffer, which a write this large skips).
const PENDING: usize = 1 << 16;

impl<W: Write> Printer<W> {
    /// The frames rendered so far, to `out`.
    fn write_pending(&mut self) -> io::Result<()> {
        let written = self.out.write_all(&self.pending);
        self.pending.clear();
        // A huge frame does not keep its buffer.
        if self.pending.capacity() > 4 * PENDING {
            self.pending = Vec::with_capacity(PENDING);
        }
        written
    }
}

impl<W: Write> FileSink for Printer<W> {
    fn flush_output(&mut self) -> io::Result<()> {
        self.write_pending()?;
        self.out.flush()
    }
}

/// Whether the run shows or filters on the fields the dissector can leave
/// out (the Community ID, `frame.protocols`, JA3/JA4): with `-e`
/// (`-T fields`, `-T ek -e`) only when a named field or the `-Y` filter
/// is one of them; every other format shows them. Leaving them out spares
/// a SHA-1 and a string a packet.
fn derived_fields_shown(o: &OutputArgs) -> bool {
    let named_only = match o.format {
        FormatArg::Fields => true,
        FormatArg::Ek => !o.fields.is_empty(),
        _ => false,
    };
    if !named_only
        || o.display_filter
            .as_deref()
            .is_some_and(osidump::dissect::derived_fields_read)
    {
        return true;
    }
    // A name that is not a column is refused later, with its reason.
    osidump::render::fields::columns(&o.fields).map_or(true, |cols| {
        cols.into_iter()
            .flat_map(osidump::render::fields::members)
            .any(|d| osidump::dissect::derived_fields_read(d.name))
    })
}

/// Whether `-T fields` shows or filters on a field the dissector leaves
/// out when it builds only what the summaries read
/// ([`osidump::dissect::detail_fields_read`]): a named field or the `-Y`
/// filter naming one. The other formats show every field (the line view
/// decides in `output_settings`).
fn detail_fields_shown(o: &OutputArgs) -> bool {
    if o.format != FormatArg::Fields
        || o.display_filter
            .as_deref()
            .is_some_and(osidump::dissect::detail_fields_read)
        || o.fields
            .iter()
            .any(|n| osidump::dissect::detail_fields_read(n))
    {
        return true;
    }
    osidump::render::fields::columns(&o.fields).map_or(true, |cols| {
        cols.into_iter()
            .flat_map(osidump::render::fields::members)
            .any(|d| osidump::dissect::detail_fields_read(d.name))
    })
}

/// `--threads N`: the same frames, rendered on N threads and written in
/// order ([`osidump::parallel`]).
struct ThreadedPrinter {
    out: ParallelRenderer<BufWriter<io::Stdout>>,
    bytes: u64,
    digits: u8,
}

impl Sink for ThreadedPrinter {
    fn ts_digits(&mut self, digits: u8) {
        self.digits = digits;
    }

    fn read(&mut self, frame: &Frame<'_>) -> io::Result<()> {
        self.bytes += frame.data.len() as u64;
        self.out.read(frame.ts, self.digits);
        Ok(())
    }

    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        self.out.packet(d)
    }

    fn frame_buffer(&mut self) -> Option<Vec<u8>> {
        Some(self.out.frame_buffer())
    }

    fn packet_kept(&mut self, _frame: &Frame<'_>, kept: osidump::parallel::Kept) -> io::Result<()> {
        self.out.keep(kept)
    }

    fn buffer_back(&mut self, buffer: Vec<u8>) {
        self.out.buffer_back(buffer);
    }
}

impl FileSink for ThreadedPrinter {
    fn flush_output(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Threads `--threads` asks for. By default (see its help) the cores
/// present, at most [`DEFAULT_THREADS_MAX`], for -V, whose rendering costs
/// more than the dissection; one for the others, where rendering on another
/// core costs about what it saves, or more: on an idle 2-core VM (100 MB
/// bench capture, best of 3) 2 threads took 1.22x the time of one with
/// -T json (1.87 s vs 1.52 s) and 1.07x with -T ek; `perf` counted twice
/// the samples in `render::json::packet` on the worker (the dissection it
/// reads was written on the other core) and 13x in `_int_free`.
fn threads(args: &DissectArgs, format: FormatArg) -> usize {
    args.threads.map_or_else(
        || match format {
            FormatArg::Tree => std::thread::available_parallelism()
                .map_or(1, std::num::NonZero::get)
                .min(DEFAULT_THREADS_MAX),
            _ => 1,
        },
        usize::from,
    )
}

/// The dissection stays on one thread, which keeps about two renderers
/// busy: more threads by default would wait.
const DEFAULT_THREADS_MAX: usize = 3;

/// `-T parquet`: each selected frame a row; the footer at the end.
struct ParquetSink {
    writer: Option<ParquetWriter<BufWriter<io::Stdout>>>,
    bytes: u64,
}

impl Sink for ParquetSink {
    fn read(&mut self, frame: &Frame<'_>) -> io::Result<()> {
        self.bytes += frame.data.len() as u64;
        Ok(())
    }

    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        match &mut self.writer {
            Some(w) => w.write(d),
            None => Ok(()),
        }
    }
}

impl FileSink for ParquetSink {}

fn run_parquet(o: &OutputArgs, files: &[std::path::PathBuf]) -> Result<(), Failure> {
    let mut pipe = Pipeline::new(output_settings(o)?);
    let cols = selected_fields(o)?;
    let stdout = io::stdout();
    if stdout.is_terminal() {
        eprintln!("osidump: -T parquet writes a binary file: redirect it (> packets.parquet)");
        return Err(Failure::Usage);
    }
    let writer =
        ParquetWriter::new(BufWriter::with_capacity(1 << 20, stdout), &cols).map_err(io_failure)?;
    let mut sink = ParquetSink {
        writer: Some(writer),
        bytes: 0,
    };
    let started = Instant::now();
    let read = run_files(files, &mut pipe, &mut sink, true);
    // The footer is written even after a read error: the rows before it
    // make a readable file.
    let finished = match sink.writer.take() {
        Some(w) => w.finish().and_then(|mut out| out.flush()),
        None => Ok(()),
    };
    let read = read?;
    finished.map_err(io_failure)?;
    if o.stats {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "osidump: {} packets, {} bytes in {secs:.3} s ({:.0} packets/s), {} rows",
            read.frames,
            sink.bytes,
            read.frames as f64 / secs.max(1e-9),
            pipe.selected
        );
    }
    read.result()
}

pub fn run(args: &DissectArgs, ctx: Ctx) -> Result<(), Failure> {
    // tshark's options: taken, or refused by name before anything is read.
    let applied = super::tshark::apply(&args.tshark, &args.output)?;
    let o = &applied.output;
    // tshark's `-r FILE` and positional files alike, in command-line order.
    let files: Vec<_> = args.read_file.iter().chain(&args.files).cloned().collect();
    if files.is_empty() {
        eprintln!(
            "osidump: dissect: no capture file to read (FILE or -r FILE; `-` reads standard \
             input)"
        );
        return Err(Failure::Usage);
    }
    if o.format == FormatArg::Parquet {
        return run_parquet(o, &files);
    }
    let mut settings = output_settings(o)?;
    if applied.no_keylog {
        settings.keylog = None;
    }
    let shown = derived_fields_shown(o);
    settings.derived_fields &= shown;
    settings.fingerprints &= shown;
    if o.format == FormatArg::Fields {
        settings.detail = detail_fields_shown(o);
    }
    let mut pipe = Pipeline::new(settings);
    let renderer = renderer(o, ctx)?;
    let stdout = io::stdout();
    let interactive = stdout.is_terminal();
    // On a terminal each packet is shown as soon as it is dissected; `-l`
    // asks for that anywhere, as tshark's.
    let threads = if interactive || applied.flush_each {
        1
    } else {
        threads(args, o.format)
    };
    if threads > 1 {
        return run_threaded(o, &files, pipe, renderer, threads);
    }
    let mut printer = Printer {
        out: BufWriter::with_capacity(PENDING, stdout.lock()),
        pending: Vec::with_capacity(PENDING),
        renderer,
        flush_each: applied.flush_each
            || interactive && matches!(o.format, FormatArg::Tree | FormatArg::Line),
        bytes: 0,
        digits: 6,
    };
    let started = Instant::now();
    let read = run_files(&files, &mut pipe, &mut printer, false);
    // Whatever was printed before a failure reaches the reader first; a
    // write that failed (and was reported) fails again here: said once.
    let flushed = printer
        .renderer
        .finish(&mut printer.pending)
        .and_then(|()| printer.flush_output());
    let read = read?;
    flushed.map_err(io_failure)?;
    if o.stats {
        report_stats(&pipe, read.frames, printer.bytes, started);
    }
    read.result()
}

/// [`run`] with `threads` threads rendering.
fn run_threaded(
    o: &OutputArgs,
    files: &[std::path::PathBuf],
    mut pipe: Pipeline,
    renderer: Renderer,
    threads: usize,
) -> Result<(), Failure> {
    let out = BufWriter::with_capacity(1 << 16, io::stdout());
    let mut printer = ThreadedPrinter {
        out: ParallelRenderer::new(renderer, threads, out).map_err(io_failure)?,
        bytes: 0,
        digits: 6,
    };
    let started = Instant::now();
    let read = run_files(files, &mut pipe, &mut printer, false);
    let bytes = printer.bytes;
    // Everything rendered is written, and the threads ended, before a
    // failure is reported.
    let flushed = printer.out.finish().and_then(|mut out| out.flush());
    let read = read?;
    flushed.map_err(io_failure)?;
    if o.stats {
        report_stats(&pipe, read.frames, bytes, started);
    }
    read.result()
}

/// `--stats`: speed and the conversation state's memory, on stderr.
fn report_stats(pipe: &Pipeline, frames: u64, bytes: u64, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "osidump: {} packets, {} bytes in {secs:.3} s ({:.0} packets/s, {:.1} MB/s)",
        frames,
        bytes,
        frames as f64 / secs.max(1e-9),
        bytes as f64 / secs.max(1e-9) / 1e6
    );
    let m = pipe.memory();
    eprintln!(
        "osidump: conversation state: peak {:.1} MiB of a {:.0} MiB budget, {:.1} MiB held at the end, {} evictions",
        m.peak as f64 / 1048576.0,
        m.limit as f64 / 1048576.0,
        m.used as f64 / 1048576.0,
        m.evictions
    );
}
