//! Command-line definition (clap derive). Validation only: turning these
//! values into the objects a run needs happens in `main`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "osidump",
    version,
    about = "Packet dissector that shows every frame layer by layer, the way the OSI model draws it",
    long_about = None
)]
pub struct Cli {
    /// When to colour output: auto honours NO_COLOR, CLICOLOR_FORCE, TERM=dumb
    /// and whether stdout is a terminal. JSON is never coloured.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Dissect capture files (pcap or pcapng; `-` reads standard input)
    Dissect(DissectArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A block per packet, one line per OSI layer
    Tree,
    /// One line per packet, like tshark's summary
    Line,
    /// NDJSON, one object per packet (schema 1)
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrderArg {
    /// Application layer first, as the OSI table is drawn
    TopDown,
    /// Physical layer first, in wire order
    BottomUp,
}

/// Output options shared by every command that prints packets.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format
    #[arg(short = 'T', long, value_enum, default_value_t = FormatArg::Tree)]
    pub format: FormatArg,

    /// Layer order in the tree view
    #[arg(long, value_enum, default_value_t = OrderArg::TopDown)]
    pub order: OrderArg,

    /// Show every field of every layer (tree view)
    #[arg(short = 'V', long)]
    pub verbose: bool,

    /// Add a hex dump coloured by layer (tree view)
    #[arg(short = 'x', long)]
    pub hex: bool,

    /// Stop after N packets
    #[arg(short = 'c', long = "count", value_name = "N")]
    pub count: Option<u64>,

    /// Print packet count, bytes, time and rate on stderr at the end
    #[arg(long)]
    pub stats: bool,
}

#[derive(Debug, Args)]
pub struct DissectArgs {
    /// Capture files to read; `-` for standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub output: OutputArgs,
}
