//! `osidump stats | follow | sessions | layers | completions | man`: read
//! captures into the lib-side aggregators (`osidump::views`) and print
//! their reports as text (`osidump::render::views`, coloured by OSI layer)
//! or JSON.

use super::{FileSink, FilesRead, display_name, read_settings, run_files};
use crate::cli::{
    Cli, ColorWhen, CompletionsArgs, FieldsArgs, FieldsFormat, FollowArgs, FollowShow, LayersArgs,
    ReadArgs, SessionsArgs, SessionsFormat, SortArg, StatsArgs, StatsFormat, ViewFormat,
};
use crate::{Ctx, Failure, io_failure};
use clap::CommandFactory;
use osidump::dissect::Dissection;
use osidump::dissect::event::{Event, Events};
use osidump::pipeline::{Pipeline, Sink};
use osidump::render::views::{FollowPrinter, sessions_text_in, stats_text_in};
use osidump::source::Frame;
use osidump::views::follow::{Chunk, Follow, Message, Selector, Show};
use osidump::views::layers;
use osidump::views::model::{self, Model};
use osidump::views::sessions::Sessions;
use osidump::views::stats::{SortKey, Stats};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

fn color_on(when: ColorWhen, format: ViewFormat) -> bool {
    format == ViewFormat::Text && super::use_color(when)
}

/// What a view is fed: each selected frame with its file's index, then,
/// at the end of each file, the dissector's last events.
enum Fed<'a, 'd> {
    Frame(usize, &'a Dissection<'d>),
    End(&'a [Event<'static>]),
}

/// A view's sink: hands what it is fed to an aggregator.
struct Feed<F: FnMut(Fed<'_, '_>)> {
    file: usize,
    add: F,
}

impl<F: FnMut(Fed<'_, '_>)> Sink for Feed<F> {
    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        (self.add)(Fed::Frame(self.file, d));
        Ok(())
    }

    fn end(&mut self, events: &[Event<'static>]) -> io::Result<()> {
        (self.add)(Fed::End(events));
        Ok(())
    }
}

impl<F: FnMut(Fed<'_, '_>)> FileSink for Feed<F> {
    fn begin_file(&mut self, index: usize) {
        self.file = index;
    }
}

/// Every selected frame of `files` to `add`, with its file's index
/// (`events`: the dissector reports session events, and each file's last
/// ones come as [`Fed::End`]).
fn each_frame(
    files: &[PathBuf],
    read: &ReadArgs,
    events: Events,
    add: impl FnMut(Fed<'_, '_>),
) -> Result<FilesRead, Failure> {
    each_frame_of(files, read, events, true, add)
}

/// [`each_frame`] for a view that reads only what the summaries and
/// views read (`stats`, `sessions`) when `summaries_only`: the dissector
/// leaves the other fields out unless the filter names one
/// ([`osidump::dissect::detail_fields_read`]).
fn each_frame_of(
    files: &[PathBuf],
    read: &ReadArgs,
    events: Events,
    summaries_only: bool,
    add: impl FnMut(Fed<'_, '_>),
) -> Result<FilesRead, Failure> {
    let mut settings = read_settings(read)?;
    settings.events = events;
    settings.detail = !summaries_only
        || read
            .display_filter
            .as_deref()
            .is_some_and(osidump::dissect::detail_fields_read);
    // No view reads the Community ID or frame.protocols: computed only
    // when the filter does. The TLS fingerprints stay: `stats` counts them.
    settings.derived_fields = read
        .display_filter
        .as_deref()
        .is_some_and(osidump::dissect::derived_fields_read);
    let mut pipe = Pipeline::new(settings);
    let mut feed = Feed { file: 0, add };
    run_files(files, &mut pipe, &mut feed, true)
}

/// Frames only, for the views that read nothing at the end.
fn each_dissection(
    files: &[PathBuf],
    read: &ReadArgs,
    mut add: impl FnMut(usize, &Dissection<'_>),
) -> Result<FilesRead, Failure> {
    each_frame_of(files, read, Events::Off, true, |fed| {
        if let Fed::Frame(file, d) = fed {
            add(file, d);
        }
    })
}

fn write_out(text: &str) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    out.write_all(text.as_bytes()).map_err(io_failure)?;
    out.flush().map_err(io_failure)
}

fn json_line(out: &mut impl Write, v: &impl serde::Serialize) -> Result<(), Failure> {
    serde_json::to_writer(&mut *out, v).map_err(|e| io_failure(e.into()))?;
    out.write_all(b"\n").map_err(io_failure)
}

// ───────────────────────────── stats ─────────────────────────────

/// `stats -T json --model tcpip`: the report plus its protocol table
/// grouped by TCP/IP layer.
#[derive(serde::Serialize)]
struct TcpIpStats<'a> {
    #[serde(flatten)]
    report: &'a osidump::views::stats::Report,
    tcpip_layers: Vec<model::TcpIpGroup>,
}

pub fn stats(args: &StatsArgs, ctx: Ctx) -> Result<(), Failure> {
    let mut agg = Stats::default();
    let read = each_dissection(&args.files, &args.read, |_, d| agg.add(d))?;
    if read.nothing() {
        return read.result();
    }
    let sort = match args.sort {
        SortArg::Bytes => SortKey::Bytes,
        SortArg::Packets => SortKey::Packets,
        SortArg::Duration => SortKey::Duration,
    };
    // Parquet is for flow-level work: every conversation.
    let top = (args.format != StatsFormat::Parquet).then_some(args.top);
    let report = agg.report(sort, top);
    match args.format {
        StatsFormat::Parquet => {
            let stdout = io::stdout();
            if stdout.is_terminal() {
                eprintln!(
                    "osidump: -T parquet writes a binary file: redirect it (> conversations.parquet)"
                );
                return Err(Failure::Usage);
            }
            osidump::render::parquet::write_conversations(BufWriter::new(stdout), &report)
                .and_then(|mut out| out.flush())
                .map_err(io_failure)?;
        }
        StatsFormat::Json => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            match ctx.model {
                Model::Osi => json_line(&mut out, &report)?,
                // The same document, and the table regrouped by TCP/IP.
                Model::TcpIp => json_line(
                    &mut out,
                    &TcpIpStats {
                        tcpip_layers: model::tcpip_groups(&report.layers),
                        report: &report,
                    },
                )?,
            }
            out.flush().map_err(io_failure)?;
        }
        StatsFormat::Text => {
            let names: Vec<String> = args.files.iter().map(|p| display_name(p)).collect();
            write_out(&stats_text_in(
                &report,
                &names,
                color_on(ctx.color, ViewFormat::Text),
                ctx.lang,
                ctx.model,
            ))?;
        }
    }
    read.result()
}

// ───────────────────────────── follow ─────────────────────────────

pub fn follow(args: &FollowArgs, ctx: Ctx) -> Result<(), Failure> {
    let show = match args.show {
        FollowShow::Text => Show::Text,
        FollowShow::Hex => Show::Hex,
        FollowShow::Raw => Show::Raw,
        FollowShow::Parsed => Show::Parsed,
    };
    let mut printer = FollowPrinter::new(
        show,
        args.format == ViewFormat::Json,
        color_on(ctx.color, args.format),
        ctx.lang,
    );
    let mut f = Follow::new(args.stream);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut msgs: Vec<Message> = Vec::new();
    let mut result: io::Result<()> = Ok(());
    let files = [args.file.clone()];

    // Printed as the stream is read: the header goes out before the first
    // chunk, once the node names are known.
    let read = each_frame(&files, &args.read, Events::All, |fed| {
        if result.is_err() {
            return;
        }
        match fed {
            Fed::Frame(_, d) => f.add(d, &mut chunks, &mut msgs),
            Fed::End(events) => f.finish(events, &mut chunks, &mut msgs),
        }
        if !chunks.is_empty() || !msgs.is_empty() {
            result = printer.emit(&mut out, &f, &mut chunks, &mut msgs);
        }
    })?;
    result.map_err(io_failure)?;
    if f.nodes.is_none() {
        out.flush().map_err(io_failure)?;
        // An unreadable file was reported; "no such stream" would mislead.
        if read.nothing() {
            return read.result();
        }
        eprintln!(
            "osidump: {}: no TCP stream {}",
            display_name(&args.file),
            match args.stream {
                Selector::Index(n) => n.to_string(),
                Selector::Tuple(a, b) => format!("between {}:{} and {}:{}", a.0, a.1, b.0, b.1),
            }
        );
        read.result()?;
        return Err(Failure::Reported);
    }
    // A stream that carried no byte (an MPTCP subflow that only
    // signalled): tshark still prints its header.
    printer
        .emit(&mut out, &f, &mut chunks, &mut msgs)
        .map_err(io_failure)?;
    printer.finish(&mut out).map_err(io_failure)?;
    out.flush().map_err(io_failure)?;
    read.result()
}

// ───────────────────────────── sessions ─────────────────────────────

pub fn sessions(args: &SessionsArgs, ctx: Ctx) -> Result<(), Failure> {
    let format = match args.format {
        SessionsFormat::Svg => return super::report::sessions_svg(args, ctx),
        SessionsFormat::Text => ViewFormat::Text,
        SessionsFormat::Json => ViewFormat::Json,
    };
    let mut agg = Sessions::new();
    let mut capture = None;
    // Sessions read the dissector's TCP and TLS steps (events).
    let read = each_frame_of(&args.files, &args.read, Events::Steps, true, |fed| {
        let Fed::Frame(file, d) = fed else { return };
        if capture.replace(file).is_some_and(|c| c != file) {
            agg.next_capture();
        }
        agg.add(d);
    })?;
    if read.nothing() {
        return read.result();
    }
    // JSON in English, whatever the language; the text view in the reader's.
    let report = match format {
        ViewFormat::Json => agg.into_report(),
        ViewFormat::Text => agg.into_report_in(ctx.lang),
    };
    match format {
        ViewFormat::Json => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            for c in &report.clients {
                match ctx.model {
                    Model::Osi => json_line(&mut out, c)?,
                    Model::TcpIp => json_line(&mut out, &tcpip_client(c))?,
                }
            }
            out.flush().map_err(io_failure)?;
        }
        ViewFormat::Text => {
            write_out(&sessions_text_in(
                &report,
                color_on(ctx.color, format),
                ctx.lang,
                ctx.model,
            ))?;
        }
    }
    read.result()
}

/// `sessions -T json --model tcpip`: the same client, each step also
/// naming its TCP/IP layer (`"tcpip": "application"`) beside its `osi`.
fn tcpip_client(c: &osidump::views::sessions::Client) -> serde_json::Value {
    let mut v = serde_json::to_value(c).unwrap_or_default();
    let steps = v.get_mut("steps").and_then(serde_json::Value::as_array_mut);
    for (json, step) in steps.into_iter().flatten().zip(&c.steps) {
        if let Some(o) = json.as_object_mut() {
            let layer = model::TcpIp::of(osidump::dissect::Osi::from_number(step.osi));
            o.insert(
                "tcpip".into(),
                serde_json::to_value(layer).unwrap_or_default(),
            );
        }
    }
    v
}

// ───────────────────────────── layers, completions, man ─────────────────────────────

pub fn layers(args: &LayersArgs, ctx: Ctx) -> Result<(), Failure> {
    match args.format {
        ViewFormat::Json => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            match ctx.model {
                Model::Osi => json_line(&mut out, &layers::rows(ctx.lang))?,
                Model::TcpIp => json_line(&mut out, &layers::model_rows(ctx.lang))?,
            }
            out.flush().map_err(io_failure)
        }
        ViewFormat::Text => {
            let color = color_on(ctx.color, args.format);
            write_out(&match ctx.model {
                Model::Osi => layers::text(ctx.lang, color),
                Model::TcpIp => layers::model_text(ctx.lang, color),
            })
        }
    }
}

pub fn fields(args: &FieldsArgs) -> Result<(), Failure> {
    let prefix = args.protocol.as_deref().unwrap_or("");
    if osidump::views::fields::select(prefix).is_empty() {
        eprintln!("osidump: fields: no field or protocol named {prefix:?}");
        return Err(Failure::Usage);
    }
    match args.format {
        FieldsFormat::Text => write_out(&osidump::views::fields::text(prefix)),
        FieldsFormat::Tsv => write_out(&osidump::views::fields::tsv(prefix)),
        FieldsFormat::ElasticMapping => write_out(&osidump::views::fields::elastic_mapping(prefix)),
        FieldsFormat::Json => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            for row in osidump::views::fields::rows(prefix) {
                json_line(&mut out, &row)?;
            }
            out.flush().map_err(io_failure)
        }
    }
}

pub fn completions(args: &CompletionsArgs) -> Result<(), Failure> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "osidump", &mut buf);
    write_out(&String::from_utf8_lossy(&buf))
}
