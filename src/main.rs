//! The `osidump` command. Errors reach the user here, on stderr, with a
//! non-zero exit; a closed stdout (`osidump ... | head`) is a quiet success.

mod cli;
mod cmd;

use clap::Parser;
use cli::{Cli, ColorWhen, Command};
use osidump::views::i18n::Lang;
use std::io::{self, Write};
use std::process::ExitCode;

/// How a run ended.
pub(crate) enum Failure {
    /// The reader went away: stop quietly, exit 0.
    BrokenPipe,
    /// Already reported on stderr.
    Reported,
    /// Bad usage (a display filter that does not compile), reported: exit 2.
    Usage,
}

/// What every command is given besides its own flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx {
    pub color: ColorWhen,
    pub lang: Lang,
    pub model: osidump::views::model::Model,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse_from(tshark_read_alias(std::env::args_os().collect())) {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&e),
    };
    let ctx = Ctx {
        color: cli.color,
        lang: cli.lang(),
        model: cli.model.into(),
    };
    let result = match cli.command {
        Command::Dissect(ref args) => cmd::dissect::run(args, ctx),
        Command::Capture(ref args) => cmd::capture::capture(args, ctx),
        Command::Interfaces(ref args) => cmd::capture::interfaces(args),
        Command::Stats(ref args) => cmd::views::stats(args, ctx),
        Command::Follow(ref args) => cmd::views::follow(args, ctx),
        Command::Sessions(ref args) => cmd::views::sessions(args, ctx),
        Command::Report(ref args) => cmd::report::run(args, ctx),
        Command::Layers(ref args) => cmd::views::layers(args, ctx),
        Command::Fields(ref args) => cmd::views::fields(args),
        Command::Completions(ref args) => cmd::views::completions(args),
        Command::Man(ref args) => cmd::man::man(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Reported) => ExitCode::FAILURE,
        Err(Failure::Usage) => ExitCode::from(2),
    }
}

/// tshark's habit, `osidump -r FILE ...`: a command line whose first word
/// after the global options is an option (`-r`, `-nr`, `-T fields`, `-Y`)
/// reads as `osidump dissect ...`, which takes tshark's options or refuses
/// them by name. `-h`, `--help`, `--version` and a lone `-V` stay osidump's.
fn tshark_read_alias(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    const GLOBAL_WITH_VALUE: [&str; 3] = ["--color", "--lang", "--model"];
    let mut i = 1;
    while let Some(a) = args.get(i).and_then(|a| a.to_str()) {
        if GLOBAL_WITH_VALUE.contains(&a) {
            i += 2;
        } else if GLOBAL_WITH_VALUE
            .iter()
            .any(|g| a.strip_prefix(g).is_some_and(|r| r.starts_with('=')))
        {
            i += 1;
        } else {
            let own =
                matches!(a, "-h" | "--help" | "--version") || a == "-V" && args.len() == i + 1;
            if a.starts_with('-') && a != "-" && !own {
                args.insert(i, "dissect".into());
            }
            break;
        }
    }
    args
}

/// `--help`, `--version` or a usage error, printed by clap. Unlike
/// `Error::exit`, a failed write of the help (`--help > /dev/full`) is an
/// error, not a success; a closed pipe (`--help | head`) stays quiet.
fn clap_exit(e: &clap::Error) -> ExitCode {
    let printed = e.print().and_then(|()| {
        if e.use_stderr() {
            io::stderr().flush()
        } else {
            io::stdout().flush()
        }
    });
    match printed {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            if !e.use_stderr() {
                let _ = writeln!(io::stderr(), "osidump: writing output: {err}");
            }
            ExitCode::FAILURE
        }
        _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
    }
}

pub(crate) fn io_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::BrokenPipe
    } else {
        eprintln!("osidump: writing output: {e}");
        Failure::Reported
    }
}
