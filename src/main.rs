//! The `osidump` command. Errors reach the user here, on stderr, with a
//! non-zero exit; a closed stdout (`osidump ... | head`) is a quiet success.

mod capture;
mod cli;
mod views_cmd;

use clap::Parser;
use cli::{Cli, ColorWhen, Command, DissectArgs, FormatArg, OrderArg, OutputArgs};
use osidump::dissect::Dissector;
use osidump::filter::Filter;
use osidump::render::{Format, Options, Order, Renderer};
use osidump::source::FrameSource;
use osidump::source::file::FileSource;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// How a run ended.
enum Failure {
    /// The reader went away: stop quietly, exit 0.
    BrokenPipe,
    /// Already reported on stderr.
    Reported,
    /// Bad usage (a display filter that does not compile), reported: exit 2.
    Usage,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    views_cmd::set_lang(cli.lang);
    let result = match cli.command {
        Command::Dissect(ref args) => dissect(args, cli.color),
        Command::Capture(ref args) => capture::capture(args, cli.color),
        Command::Interfaces(ref args) => capture::interfaces(args),
        Command::Stats(ref args) => views_cmd::stats(args, cli.color),
        Command::Follow(ref args) => views_cmd::follow(args, cli.color),
        Command::Sessions(ref args) => views_cmd::sessions(args, cli.color),
        Command::Layers(ref args) => views_cmd::layers(args, cli.color),
        Command::Fields(ref args) => views_cmd::fields(args),
        Command::Completions(ref args) => views_cmd::completions(args),
        Command::Man => views_cmd::man(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Reported) => ExitCode::FAILURE,
        Err(Failure::Usage) => ExitCode::from(2),
    }
}

fn io_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::BrokenPipe
    } else {
        eprintln!("osidump: writing output: {e}");
        Failure::Reported
    }
}

/// Colour decision for stdout: anstream applies NO_COLOR, CLICOLOR_FORCE,
/// TERM=dumb and the terminal check for `auto`.
fn use_color(when: ColorWhen, format: FormatArg) -> bool {
    if format == FormatArg::Json {
        return false;
    }
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => !matches!(
            anstream::AutoStream::choice(&io::stdout()),
            anstream::ColorChoice::Never
        ),
    }
}

fn render_options(o: &OutputArgs, color: ColorWhen) -> Options {
    Options {
        format: match o.format {
            FormatArg::Tree => Format::Tree,
            FormatArg::Line => Format::Line,
            FormatArg::Json => Format::Json,
        },
        order: match o.order {
            OrderArg::TopDown => Order::TopDown,
            OrderArg::BottomUp => Order::BottomUp,
        },
        verbose: o.verbose,
        hex: o.hex,
        color: use_color(color, o.format),
        lang: views_cmd::lang(),
    }
}

fn open_input(path: &Path) -> Result<FileSource, String> {
    if path.as_os_str() == "-" {
        let stdin: Box<dyn Read + Send> = Box::new(io::stdin());
        return FileSource::new(stdin).map_err(|e| e.to_string());
    }
    let meta = std::fs::metadata(path).map_err(|e| io_message(&e))?;
    if meta.is_dir() {
        return Err("is a directory, not a capture file".into());
    }
    let file = std::fs::File::open(path).map_err(|e| io_message(&e))?;
    FileSource::new(Box::new(file)).map_err(|e| e.to_string())
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

/// The `-Y` display filter, compiled once; a bad expression is reported
/// with a caret under the culprit.
pub(crate) fn display_filter(o: &OutputArgs) -> Result<Option<Filter>, Failure> {
    let Some(expr) = o.display_filter.as_deref() else {
        return Ok(None);
    };
    Filter::new(expr).map(Some).map_err(|e| {
        eprintln!("osidump: filter: {}", e.render(expr));
        Failure::Usage
    })
}

fn dissect(args: &DissectArgs, color: ColorWhen) -> Result<(), Failure> {
    let filter = display_filter(&args.output)?;
    let opts = render_options(&args.output, color);
    let stdout = io::stdout();
    let interactive = stdout.is_terminal();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut renderer = Renderer::new(opts);
    let started = Instant::now();
    let (mut packets, mut bytes) = (0u64, 0u64);
    let mut failed = false;

    'files: for path in &args.files {
        let name = display_name(path);
        let mut source = match open_input(path) {
            Ok(s) => s,
            Err(msg) => {
                out.flush().map_err(io_failure)?;
                eprintln!("osidump: {name}: {msg}");
                failed = true;
                continue;
            }
        };
        // Each file is its own capture: stream numbers start again.
        let mut dissector = Dissector::new().with_decode_as(args.output.decode_as.clone());
        loop {
            if args.output.count.is_some_and(|c| packets >= c) {
                break 'files;
            }
            match source.next_frame() {
                Ok(Some(frame)) => {
                    packets += 1;
                    bytes += frame.data.len() as u64;
                    let d = dissector.dissect(&frame);
                    if filter.as_ref().is_some_and(|f| !f.matches(&d)) {
                        continue;
                    }
                    renderer.render(&mut out, &d).map_err(io_failure)?;
                    if interactive && opts.format != Format::Json {
                        out.flush().map_err(io_failure)?;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    out.flush().map_err(io_failure)?;
                    eprintln!("osidump: {name}: {e}");
                    failed = true;
                    break;
                }
            }
        }
    }
    out.flush().map_err(io_failure)?;
    if args.output.stats {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "osidump: {packets} packets, {bytes} bytes in {secs:.3} s ({:.0} packets/s, {:.1} MB/s)",
            packets as f64 / secs.max(1e-9),
            bytes as f64 / secs.max(1e-9) / 1e6
        );
    }
    if failed {
        Err(Failure::Reported)
    } else {
        Ok(())
    }
}
