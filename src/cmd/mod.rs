//! The commands: each turns its flags into a [`Pipeline`] and a sink, runs
//! it over its inputs and reports how it went.

pub mod capture;
pub mod dissect;
pub mod man;
pub mod report;
pub mod tshark;
pub mod views;

use crate::cli::{ColorWhen, FormatArg, OrderArg, OutputArgs, ReadArgs};
use crate::{Ctx, Failure, io_failure};
use osidump::dissect::Dissection;
use osidump::dissect::app::tls::keylog::KeyLog;
use osidump::dissect::event::{Event, Events};
use osidump::filter::Filter;
use osidump::flow::budget::{DEFAULT_LIMIT, VIEW_BUDGET};
use osidump::pipeline::{Pipeline, RunError, Settings, Sink};
use osidump::render::fields::FieldsOptions;
use osidump::render::{Format, Options, Order, Renderer, safe};
use osidump::source::Frame;
use osidump::source::file::FileSource;
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};

/// Colour decision for stdout: anstream applies NO_COLOR, CLICOLOR_FORCE,
/// TERM=dumb and the terminal check for `auto`.
pub(crate) fn use_color(when: ColorWhen) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => !matches!(
            anstream::AutoStream::choice(&io::stdout()),
            anstream::ColorChoice::Never
        ),
    }
}

pub(crate) fn render_options(o: &OutputArgs, ctx: Ctx) -> Options {
    Options {
        format: match o.format {
            FormatArg::Tree => Format::Tree,
            FormatArg::Line => Format::Line,
            FormatArg::Json => Format::Json,
            FormatArg::Fields => Format::Fields,
            // Parquet is written by its own sink; the renderer is unused;
            // tshark's other formats are refused before (check_output).
            _ => Format::Ek,
        },
        order: match o.order {
            OrderArg::TopDown => Order::TopDown,
            OrderArg::BottomUp => Order::BottomUp,
        },
        verbose: o.verbose,
        hex: o.hex,
        color: matches!(o.format, FormatArg::Tree | FormatArg::Line) && use_color(ctx.color),
        lang: ctx.lang,
        model: ctx.model,
        explain: o.explain,
        time: o.time.into(),
    }
}

/// The `-e` fields, each a registered field; a name that is not one is
/// reported (all of them at once, as tshark does) as a usage error.
pub(crate) fn selected_fields(
    o: &OutputArgs,
) -> Result<Vec<&'static osidump::dissect::field::FieldDef>, Failure> {
    if !o.fields.is_empty()
        && matches!(
            o.format,
            FormatArg::Tree | FormatArg::Line | FormatArg::Json
        )
    {
        eprintln!(
            "osidump: not supported: -e with -T tree, line or json (-e picks the fields of \
             -T fields, -T ek and -T parquet; -T json always has every field)"
        );
        return Err(Failure::Usage);
    }
    if o.format == FormatArg::Fields && o.fields.is_empty() {
        eprintln!("osidump: -T fields needs at least one -e FIELD");
        return Err(Failure::Usage);
    }
    let cols = osidump::render::fields::columns(&o.fields).map_err(|errors| {
        for e in errors {
            eprintln!("osidump: {e}");
        }
        Failure::Usage
    })?;
    for name in osidump::dissect::second_pass_fields_named(&o.fields.join(" ")) {
        eprintln!(
            "osidump: -e {name}: warning: set by tshark only in a second pass (tshark -2): \
             in one pass, as tshark -r and osidump read, it is always empty"
        );
    }
    // `-e data` is the Data protocol's bytes in -T fields and -T ek (as
    // tshark's); parquet names its columns after registered fields.
    let data = osidump::dissect::fields::data::PROTOCOL_COLUMN;
    if o.format != FormatArg::Fields
        && let Some(c) = cols
            .iter()
            .find(|c| osidump::render::fields::col::is_column(c))
    {
        eprintln!(
            "osidump: -e {}: a packet-list column: not supported here (-T fields only)",
            c.name
        );
        return Err(Failure::Usage);
    }
    if o.format == FormatArg::Parquet && cols.iter().any(|c| std::ptr::eq(*c, data)) {
        eprintln!(
            "osidump: -e data: the Data protocol as a column: not supported here (-T fields \
             and -T ek only; name data.data)"
        );
        return Err(Failure::Usage);
    }
    Ok(cols)
}

/// The packet renderer the output flags ask for, `-e` and `-E` checked.
pub(crate) fn renderer(o: &OutputArgs, ctx: Ctx) -> Result<Renderer, Failure> {
    let cols = selected_fields(o)?;
    let mut fopts = FieldsOptions::default();
    if !o.field_options.is_empty() && o.format != FormatArg::Fields {
        eprintln!("osidump: -E is for -T fields");
        return Err(Failure::Usage);
    }
    for opt in &o.field_options {
        fopts.set(opt).map_err(|e| {
            eprintln!("osidump: {e}");
            Failure::Usage
        })?;
    }
    Ok(Renderer::new(render_options(o, ctx)).with_fields(cols, fopts))
}

/// The `-Y` display filter, compiled once; a bad expression is reported
/// with a caret under the culprit.
pub(crate) fn compile_filter(expr: Option<&str>) -> Result<Option<Filter>, Failure> {
    let Some(expr) = expr else { return Ok(None) };
    let filter = Filter::new(expr).map_err(|e| {
        eprintln!("osidump: filter: {}", e.render(expr));
        Failure::Usage
    })?;
    for w in filter.warnings() {
        eprintln!("osidump: filter: warning: {w}");
    }
    Ok(Some(filter))
}

/// The key log of `--tls-keylog FILE`, else of `$SSLKEYLOGFILE` when set.
/// A file named on the command line must be readable; one named by the
/// environment only gets a warning when it is not.
pub(crate) fn keylog(flag: Option<&Path>) -> Result<Option<KeyLog>, Failure> {
    let (path, from_env) = match flag {
        Some(p) => (p.to_path_buf(), false),
        None => match std::env::var_os("SSLKEYLOGFILE") {
            Some(p) if !p.is_empty() => (PathBuf::from(p), true),
            _ => return Ok(None),
        },
    };
    // A key log is text of a few lines per session: refuse what cannot be one.
    const MAX_KEYLOG: u64 = 256 << 20;
    let read = std::fs::File::open(&path).and_then(|f| {
        let mut text = Vec::new();
        f.take(MAX_KEYLOG).read_to_end(&mut text)?;
        Ok(text)
    });
    match read {
        Ok(text) => Ok(Some(KeyLog::parse(&text))),
        Err(e) if from_env => {
            eprintln!(
                "osidump: SSLKEYLOGFILE {}: {}; not decrypting",
                display_name(&path),
                io_message(&e)
            );
            Ok(None)
        }
        Err(e) => {
            eprintln!(
                "osidump: --tls-keylog {}: {}",
                display_name(&path),
                io_message(&e)
            );
            Err(Failure::Usage)
        }
    }
}

/// Flags that mean nothing for the chosen format are refused, never
/// silently ignored: `-V` and `--explain` belong to the tree (`-T json`
/// carries every field anyway, as tshark's), and `-x` with `-T json` would
/// be tshark's `_raw` arrays, which osidump does not write.
pub(crate) fn check_output(o: &OutputArgs) -> Result<(), Failure> {
    if let Some(f) = o.format.tshark_only() {
        eprintln!("osidump: not supported: {}", tshark_format_refusal(f));
        return Err(Failure::Usage);
    }
    let refused = match o.format {
        FormatArg::Tree => None,
        FormatArg::Line if o.verbose => {
            Some("-V with -T line (every field is shown by -T tree -V or -T json)")
        }
        FormatArg::Line if o.explain => {
            Some("--explain with -T line (it explains the tree: -T tree)")
        }
        FormatArg::Line => None,
        FormatArg::Json if o.hex => {
            Some("-x with -T json (tshark's <field>_raw byte arrays are not written)")
        }
        FormatArg::Json if o.explain => {
            Some("--explain with -T json (it explains the tree: -T tree)")
        }
        FormatArg::Json => None,
        FormatArg::Fields | FormatArg::Ek | FormatArg::Parquet if o.verbose => {
            Some("-V with -T fields/ek/parquet (they write the fields -e names)")
        }
        FormatArg::Fields | FormatArg::Ek | FormatArg::Parquet if o.hex => {
            Some("-x with -T fields/ek/parquet (tshark's <field>_raw values are not written)")
        }
        FormatArg::Fields | FormatArg::Ek | FormatArg::Parquet if o.explain => {
            Some("--explain with -T fields/ek/parquet (it explains the tree: -T tree)")
        }
        FormatArg::Fields | FormatArg::Ek | FormatArg::Parquet => None,
        _ => None,
    };
    match refused {
        Some(what) => {
            eprintln!("osidump: not supported: {what}");
            Err(Failure::Usage)
        }
        None => Ok(()),
    }
}

/// Why a tshark format (`-T pdml`) is refused.
pub(crate) fn tshark_format_refusal(f: &str) -> String {
    format!(
        "-T {f} (osidump writes tshark's -T fields and -T ek; its one-line view is -T line \
         and its JSON -T json, each in its own layout)"
    )
}

/// Pipeline settings of the commands that print packets.
pub(crate) fn output_settings(o: &OutputArgs) -> Result<Settings, Failure> {
    check_output(o)?;
    Ok(Settings {
        keylog: keylog(o.tls_keylog.as_deref())?,
        decode_as: o.decode_as.clone(),
        filter: compile_filter(o.display_filter.as_deref())?,
        count: o.count,
        dissect: true,
        events: Events::Off,
        memory_limit: DEFAULT_LIMIT,
        community_id_seed: o.community_id_seed,
        // The line view shows neither the Community ID, frame.protocols
        // nor the TLS fingerprints: not computed unless the filter reads
        // them.
        derived_fields: line_reads_derived(o),
        fingerprints: line_reads_derived(o),
        // The line view reads the summaries only: every field is built
        // for the other formats, or when the filter names one of the
        // others (`-T fields` decides in `dissect`, by its names).
        detail: o.format != FormatArg::Line
            || o.display_filter
                .as_deref()
                .is_some_and(osidump::dissect::detail_fields_read),
        // Several files print as one numbered list (mergecap -a's order);
        // restarting at 1 would print the same frame number twice.
        continue_numbers: true,
    })
}

/// Whether a run reads the fields the dissector can leave out: always,
/// but in the line view only when its filter names them.
fn line_reads_derived(o: &OutputArgs) -> bool {
    o.format != FormatArg::Line
        || o.display_filter
            .as_deref()
            .is_some_and(osidump::dissect::derived_fields_read)
}

/// Pipeline settings of the views.
pub(crate) fn read_settings(r: &ReadArgs) -> Result<Settings, Failure> {
    Ok(Settings {
        keylog: keylog(r.tls_keylog.as_deref())?,
        decode_as: r.decode_as.clone(),
        filter: compile_filter(r.display_filter.as_deref())?,
        count: r.count,
        dissect: true,
        events: Events::Off,
        // The view's own tables take their share of the same total.
        memory_limit: DEFAULT_LIMIT - VIEW_BUDGET,
        community_id_seed: r.community_id_seed,
        derived_fields: true,
        fingerprints: true,
        detail: true,
        // Each file is its own capture: its frames keep their numbers.
        continue_numbers: false,
    })
}

pub(crate) fn open_input(path: &Path) -> Result<FileSource, String> {
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

/// A file's name for messages and reports (escaped: a name is bytes too).
pub(crate) fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        safe::escape(&path.display().to_string()).into_owned()
    }
}

/// A sink that learns where one capture file ends and the next begins.
pub(crate) trait FileSink: Sink {
    fn begin_file(&mut self, _index: usize) {}

    /// Push out what was printed so far, before an error is reported on
    /// stderr (the reader sees every packet before the error).
    fn flush_output(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Inputs larger than this get a progress bar (on a terminal).
const PROGRESS_MIN_BYTES: u64 = 8 << 20;

/// How reading the files went: frames read (before the filter), and
/// whether a file could not be opened or read to its end (reported).
pub(crate) struct FilesRead {
    pub frames: u64,
    pub failed: bool,
    /// Packets the display filter could not judge as tshark would.
    pub unanswered: u64,
}

impl FilesRead {
    /// Nothing could be read at all: print no report (as tshark).
    pub fn nothing(&self) -> bool {
        self.frames == 0 && self.failed
    }

    /// A file that failed is exit 1; a filter that could not answer for
    /// every packet is said plainly and is exit 2 (usage: what was asked
    /// is not supported), after every packet it could judge was printed.
    pub fn result(&self) -> Result<(), Failure> {
        if self.unanswered > 0 {
            eprintln!(
                "osidump: {} ({} packets)",
                osidump::filter::UNANSWERED,
                self.unanswered
            );
            return Err(Failure::Usage);
        }
        if self.failed {
            Err(Failure::Reported)
        } else {
            Ok(())
        }
    }
}

/// Every file through the pipeline, each its own capture (conversation
/// state restarts), until `-c`. A file that cannot be opened or read is
/// reported with its name (the frames before a read error still count) and
/// the next file is read; a sink error (a closed pipe) stops everything.
pub(crate) fn run_files(
    files: &[PathBuf],
    pipe: &mut Pipeline,
    sink: &mut dyn FileSink,
    progress: bool,
) -> Result<FilesRead, Failure> {
    let mut failed = false;
    for (index, path) in files.iter().enumerate() {
        if pipe.limit_reached() {
            break;
        }
        let name = display_name(path);
        let mut source = match open_input(path) {
            Ok(s) => s,
            Err(msg) => {
                sink.flush_output().map_err(io_failure)?;
                eprintln!("osidump: {name}: {msg}");
                failed = true;
                continue;
            }
        };
        if index > 0 {
            pipe.next_input();
        }
        if files.len() > 1 {
            // Several inputs: each frame says which it came from.
            pipe.set_file_name(Some(path.display().to_string()));
        }
        sink.begin_file(index);
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let bar = (progress
            && path.as_os_str() != "-"
            && size > PROGRESS_MIN_BYTES
            && io::stderr().is_terminal())
        .then(|| progress_bar(size, &name));
        let mut with_bar = Progress {
            inner: sink,
            bar: bar.as_ref(),
            n: 0,
        };
        let ran = pipe.run(&mut source, &mut with_bar);
        if let Some(b) = &bar {
            b.finish_and_clear();
        }
        match ran {
            Ok(_) => {}
            Err(RunError::Source(e)) => {
                sink.flush_output().map_err(io_failure)?;
                eprintln!("osidump: {name}: {e}");
                failed = true;
            }
            Err(RunError::Sink(e)) => return Err(io_failure(e)),
        }
    }
    Ok(FilesRead {
        frames: pipe.read,
        failed,
        unanswered: pipe.unanswered,
    })
}

fn progress_bar(size: u64, name: &str) -> indicatif::ProgressBar {
    let b = indicatif::ProgressBar::new(size);
    b.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} {wide_bar} {binary_bytes}/{binary_total_bytes} {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    b.set_message(name.to_string());
    b
}

/// Forwards to a sink and moves a progress bar every 4096 frames.
struct Progress<'a> {
    inner: &'a mut dyn FileSink,
    bar: Option<&'a indicatif::ProgressBar>,
    n: u64,
}

impl Sink for Progress<'_> {
    fn read(&mut self, frame: &Frame<'_>) -> io::Result<()> {
        self.inner.read(frame)
    }

    fn ts_digits(&mut self, digits: u8) {
        self.inner.ts_digits(digits);
    }

    fn packet(&mut self, frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        self.inner.packet(frame, d)
    }

    fn packet_owned(&mut self, frame: &Frame<'_>, d: Dissection<'_>) -> io::Result<()> {
        self.inner.packet_owned(frame, d)
    }

    fn frame_buffer(&mut self) -> Option<Vec<u8>> {
        self.inner.frame_buffer()
    }

    fn packet_kept(&mut self, frame: &Frame<'_>, kept: osidump::parallel::Kept) -> io::Result<()> {
        self.inner.packet_kept(frame, kept)
    }

    fn buffer_back(&mut self, buffer: Vec<u8>) {
        self.inner.buffer_back(buffer);
    }

    fn end(&mut self, events: &[Event<'static>]) -> io::Result<()> {
        self.inner.end(events)
    }

    fn after(&mut self, idle: bool, position: u64) -> io::Result<()> {
        self.n += 1;
        if self.n.is_multiple_of(4096)
            && let Some(b) = self.bar
        {
            b.set_position(position);
        }
        self.inner.after(idle, position)
    }
}
