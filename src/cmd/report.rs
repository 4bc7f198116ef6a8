//! `osidump report` and `osidump sessions --format svg`: read captures
//! into the report's model (`osidump::report`) and write the page or the
//! ladder.

use super::{FileSink, display_name, read_settings, run_files};
use crate::cli::{ReadArgs, ReportArgs, SessionsArgs};
use crate::{Ctx, Failure, io_failure};
use osidump::dissect::Dissection;
use osidump::dissect::event::Events;
use osidump::pipeline::{Pipeline, Sink};
use osidump::report::{self, Builder, Limits, Model};
use osidump::source::Frame;
use osidump::views::i18n::Lang;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Hands each selected frame to the model, telling it where each file
/// begins (stream numbers start again in each).
struct Feed<'a> {
    builder: Builder,
    names: &'a [String],
}

impl Sink for Feed<'_> {
    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        self.builder.add(d);
        Ok(())
    }
}

impl FileSink for Feed<'_> {
    fn begin_file(&mut self, index: usize) {
        let name = self.names.get(index).map_or("", String::as_str);
        self.builder.begin_capture(name);
    }
}

/// The model of `files`, or `None` when nothing could be read (reported).
fn build(
    files: &[PathBuf],
    read: &ReadArgs,
    limits: Limits,
    lang: Lang,
) -> Result<(Option<Model>, bool), Failure> {
    let mut settings = read_settings(read)?;
    // The TCP tracker's steps and the TLS handshake's end, as `sessions`.
    settings.events = Events::Steps;
    let mut pipe = Pipeline::new(settings);
    let names: Vec<String> = files.iter().map(|p| display_name(p)).collect();
    let mut feed = Feed {
        builder: Builder::new(limits).in_lang(lang),
        names: &names,
    };
    let read = run_files(files, &mut pipe, &mut feed, true)?;
    if read.nothing() {
        return Ok((None, true));
    }
    Ok((Some(feed.builder.finish()), read.failed))
}

fn write_to(output: Option<&Path>, text: &str) -> Result<(), Failure> {
    match output {
        Some(p) if p.as_os_str() != "-" => std::fs::write(p, text).map_err(|e| {
            eprintln!("osidump: {}: {e}", display_name(p));
            Failure::Reported
        }),
        _ => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            out.write_all(text.as_bytes()).map_err(io_failure)?;
            out.flush().map_err(io_failure)
        }
    }
}

pub fn run(args: &ReportArgs, ctx: Ctx) -> Result<(), Failure> {
    let limits = Limits {
        packets: usize::try_from(args.max_packets).unwrap_or(usize::MAX),
        conversations: usize::try_from(args.max_conversations).unwrap_or(usize::MAX),
        fold: args.fold,
        ..Limits::default()
    };
    let (model, failed) = build(&args.files, &args.read, limits, ctx.lang)?;
    let Some(model) = model else {
        return Err(Failure::Reported);
    };
    let page = report::page::html(&model, ctx.lang, ctx.model, env!("CARGO_PKG_VERSION"));
    write_to(args.output.as_deref(), &page)?;
    if failed {
        Err(Failure::Reported)
    } else {
        Ok(())
    }
}

/// `sessions --format svg`: the ladder alone, folded bands as one line.
pub fn sessions_svg(args: &SessionsArgs, ctx: Ctx) -> Result<(), Failure> {
    let limits = Limits {
        detail: false,
        ..Limits::default()
    };
    let (model, failed) = build(&args.files, &args.read, limits, ctx.lang)?;
    let Some(model) = model else {
        return Err(Failure::Reported);
    };
    let mut svg = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.push_str(&report::ladder::svg(
        &model,
        &report::ladder::Options {
            interactive: false,
            lang: ctx.lang,
            model: ctx.model,
        },
    ));
    svg.push('\n');
    write_to(None, &svg)?;
    if failed {
        Err(Failure::Reported)
    } else {
        Ok(())
    }
}
