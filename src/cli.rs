//! Every command-line flag, in one place (clap derive). Validation only:
//! `main` and `cmd` turn these values into the objects a run needs
//! (`pipeline::Settings`, render options) once, and pass them down.

use clap::{Args, Parser, Subcommand, ValueEnum};
use osidump::views::follow::Selector;
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

    /// Language of every view's own words (tree, line, sessions, stats,
    /// follow, report, layers);
    /// default from LANG / LC_ALL (ko_* picks Korean)
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,

    /// Layer model to group by (tree, sessions, stats, report, layers): the
    /// seven OSI layers, or the four of TCP/IP (Application = L5–L7,
    /// Transport = L4, Internet = L3, Link = L1–L2); the line view, follow,
    /// fields and the other commands name no layers and print the same
    #[arg(long, value_enum, default_value_t = ModelArg::Osi, global = true)]
    pub model: ModelArg,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// `--lang`, else the locale.
    pub fn lang(&self) -> osidump::views::i18n::Lang {
        use osidump::views::i18n::Lang;
        match self.lang {
            Some(LangArg::En) => Lang::En,
            Some(LangArg::Ko) => Lang::Ko,
            None => Lang::from_env(),
        }
    }
}

#[derive(Debug, Subcommand)]
// Parsed once at start-up and never moved in a loop: the size of the
// `dissect` arguments (tshark's options among them) costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Dissect capture files (pcap or pcapng; `-` reads standard input)
    Dissect(DissectArgs),
    /// Capture live packets from an interface, dissect them as they arrive
    Capture(CaptureArgs),
    /// List the network interfaces and whether osidump can capture on them
    Interfaces(InterfacesArgs),
    /// Summarise captures: protocols by OSI layer, conversations, endpoints,
    /// DNS / HTTP / TLS / WebSocket summaries, anomalies
    Stats(StatsArgs),
    /// Show one TCP conversation's reassembled bytes, raw or parsed
    Follow(FollowArgs),
    /// Each conversation's life as a timeline, grouped by client
    /// (`--format svg`: as a ladder diagram)
    Sessions(SessionsArgs),
    /// Draw captures as one self-contained HTML page: every conversation as
    /// a ladder diagram, each packet as an OSI stack, an overview
    Report(ReportArgs),
    /// Print the OSI reference table osidump is built around
    Layers(LayersArgs),
    /// List every field osidump emits: Wireshark name, tshark type,
    /// protocol, description (tshark's `-G fields`)
    Fields(FieldsArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(CompletionsArgs),
    /// Print a man page (roff): osidump(1), or the page of one command
    Man(ManArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English
    En,
    /// Korean (한국어)
    Ko,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModelArg {
    /// The seven OSI layers (L1 Physical … L7 Application)
    Osi,
    /// The four TCP/IP layers (Link, Internet, Transport, Application)
    Tcpip,
}

impl From<ModelArg> for osidump::views::model::Model {
    fn from(m: ModelArg) -> Self {
        match m {
            ModelArg::Osi => Self::Osi,
            ModelArg::Tcpip => Self::TcpIp,
        }
    }
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
    /// tshark's `-T fields`: the `-e` fields in columns (`-E` options)
    Fields,
    /// Elasticsearch bulk NDJSON in tshark's `-T ek` layout
    Ek,
    /// Apache Parquet to standard output: one row per packet, one typed
    /// column per field (`-e` picks the columns)
    Parquet,
    /// tshark's other formats, named so they are refused as such
    /// (`not supported: -T pdml`), not as unknown words.
    #[value(hide = true)]
    Pdml,
    #[value(hide = true)]
    Psml,
    #[value(hide = true)]
    Ps,
    #[value(hide = true)]
    Text,
    #[value(hide = true)]
    Tabs,
    #[value(hide = true)]
    Jsonraw,
}

impl FormatArg {
    /// tshark's name of a tshark format osidump does not write.
    pub fn tshark_only(self) -> Option<&'static str> {
        match self {
            Self::Pdml => Some("pdml"),
            Self::Psml => Some("psml"),
            Self::Ps => Some("ps"),
            Self::Text => Some("text"),
            Self::Tabs => Some("tabs"),
            Self::Jsonraw => Some("jsonraw"),
            _ => None,
        }
    }
}

/// tshark's `-t` formats, by tshark's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimeArg {
    A,
    Ad,
    Adoy,
    D,
    Dd,
    E,
    R,
    U,
    Ud,
    Udoy,
}

impl From<TimeArg> for osidump::render::time::TimeFormat {
    fn from(t: TimeArg) -> Self {
        match t {
            TimeArg::A => Self::Absolute,
            TimeArg::Ad => Self::AbsoluteDate,
            TimeArg::Adoy => Self::AbsoluteDoy,
            TimeArg::D => Self::Delta,
            TimeArg::Dd => Self::DeltaDisplayed,
            TimeArg::E => Self::Epoch,
            TimeArg::R => Self::Relative,
            TimeArg::U => Self::Utc,
            TimeArg::Ud => Self::UtcDate,
            TimeArg::Udoy => Self::UtcDoy,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrderArg {
    /// Application layer first, as the OSI table is drawn
    TopDown,
    /// Physical layer first, in wire order
    BottomUp,
}

/// Output options shared by every command that prints packets.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Output format
    #[arg(short = 'T', long, value_enum, default_value_t = FormatArg::Tree)]
    pub format: FormatArg,

    /// Layer order in the tree view
    #[arg(long, value_enum, default_value_t = OrderArg::TopDown)]
    pub order: OrderArg,

    /// A field to print (`-T fields`, `-T ek`, `-T parquet`), Wireshark's
    /// name; may be repeated. With `-T fields`, also tshark's packet-list
    /// columns: `_ws.col.No.`, `_ws.col.Time`, `_ws.col.Source`,
    /// `_ws.col.Destination`, `_ws.col.Protocol`, `_ws.col.Length`,
    /// `_ws.col.Info`
    #[arg(short = 'e', value_name = "FIELD")]
    pub fields: Vec<String>,

    /// `-T fields` option, tshark's: header=y|n, separator=/t|/s|C,
    /// occurrence=f|l|a, aggregator=,|/s|C, quote=d|s|n, bom=y|n
    #[arg(short = 'E', value_name = "OPTION=VALUE")]
    pub field_options: Vec<String>,

    /// Show every field of every layer (tree view; -T json always has
    /// every field; refused with -T line)
    #[arg(short = 'V', long)]
    pub verbose: bool,

    /// Add a hex dump coloured by layer (tree and line views; refused with
    /// -T json)
    #[arg(short = 'x', long)]
    pub hex: bool,

    /// Under each layer, one line saying what that header did for this
    /// packet ("routing: TTL 64, next protocol TCP"), in the --lang
    /// language (tree view)
    #[arg(long)]
    pub explain: bool,

    /// Time column of the line view, as tshark's -t: a (local time),
    /// ad (local date and time), adoy (local year/day), d (since the
    /// previous packet read), dd (since the previous packet shown),
    /// e (epoch), r (since the first packet read, even with -Y),
    /// u, ud, udoy (UTC); decimals as the capture's resolution
    #[arg(short = 't', value_enum, value_name = "FORMAT", default_value_t = TimeArg::R,
          hide_possible_values = true)]
    pub time: TimeArg,

    /// Stop after N packets
    #[arg(short = 'c', long = "count", value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Print packet count, bytes, time and rate on stderr at the end
    #[arg(long)]
    pub stats: bool,

    /// Show only packets matching this display filter (Wireshark syntax:
    /// `tcp.port == 443 && ip.addr == 10.0.0.0/8`); every packet is still dissected
    #[arg(
        short = 'Y',
        long = "display-filter",
        value_name = "EXPR",
        allow_hyphen_values = true
    )]
    pub display_filter: Option<String>,

    /// Decode a port as a protocol, Wireshark's syntax:
    /// `tcp.port==8080,http` (dns, http, tls); may be repeated
    #[arg(short = 'd', long = "decode-as", value_name = "RULE")]
    pub decode_as: Vec<osidump::dissect::registry::DecodeAs>,
    /// Seed of the Community ID hash (`communityid`), 0–65535 (as tshark's
    /// `communityid.seed`)
    #[arg(long = "community-id-seed", value_name = "N", default_value_t = 0)]
    pub community_id_seed: u16,

    /// Decrypt TLS and QUIC with this NSS key log (what SSLKEYLOGFILE makes
    /// browsers and curl write); default: $SSLKEYLOGFILE when set. Secrets
    /// embedded in a pcapng (Decryption Secrets Blocks) are used anyway
    #[arg(long = "tls-keylog", value_name = "FILE")]
    pub tls_keylog: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DissectArgs {
    /// Capture files to read (pcap, pcapng, gzipped or not); `-` for
    /// standard input
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// A capture file to read, as tshark's `-r` (may be repeated)
    #[arg(short = 'r', long = "read-file", value_name = "FILE")]
    pub read_file: Vec<PathBuf>,

    /// Threads to use. Frames are dissected, filtered and timed in capture
    /// order on one thread; the others render them, and the output is the
    /// same as with --threads 1, byte for byte. Default: the cores present
    /// (at most 3) for -V, whose rendering costs more than the dissection
    /// (2 threads took 0.63x the time of one on an idle 2-core machine, and
    /// about the time of one on another); 1 for -T json, -T ek, -T line and
    /// -T fields: rendering a frame on another core than the one that
    /// dissected it reads the whole dissection from the other core's cache,
    /// and 2 threads took from 0.81x to 1.22x the time of one with -T json.
    /// One thread is used for -T parquet, with -l, and when standard output
    /// is a terminal (each packet printed as it comes)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub tshark: TsharkArgs,
}

/// tshark's options, so that a tshark command line reads as one: those
/// that mean here what they mean to tshark are taken (`-n`, `-l`, a few
/// `-o` preferences, `--enable-protocol communityid`, `-u s`); every other
/// one is refused by name (`not supported: ...`, exit 2), never ignored
/// (src/cmd/tshark.rs).
#[derive(Debug, Clone, Args)]
pub struct TsharkArgs {
    /// No name resolution, as tshark's -n: osidump never resolves names,
    /// so this changes nothing (tshark's -N is refused)
    #[arg(short = 'n')]
    pub no_resolve: bool,

    /// Flush standard output after each packet, as tshark's -l
    #[arg(short = 'l')]
    pub line_buffered: bool,

    /// A tshark preference, NAME:VALUE: tls.keylog_file (as --tls-keylog),
    /// communityid.seed (as --community-id-seed), and tshark's defaults that
    /// osidump follows (tcp.desegment_tcp_streams:TRUE, ...); any other
    /// preference or value is refused
    #[arg(short = 'o', value_name = "NAME:VALUE")]
    pub prefs: Vec<String>,

    /// tshark's --enable-protocol: `communityid` (always computed here);
    /// any other protocol is refused
    #[arg(long = "enable-protocol", value_name = "PROTOCOL")]
    pub enable_protocol: Vec<String>,

    /// tshark's -u: `s` (seconds, the only format here); `hms` is refused
    #[arg(short = 'u', value_name = "s", hide = true)]
    pub seconds: Option<String>,

    // Refused by name (src/cmd/tshark.rs says why), hidden from --help.
    #[arg(short = '2', hide = true)]
    pub two_pass: bool,
    #[arg(
        short = 'R',
        long = "read-filter",
        hide = true,
        allow_hyphen_values = true
    )]
    pub read_filter: Option<String>,
    #[arg(short = 'N', hide = true)]
    pub resolve: Option<String>,
    #[arg(short = 'j', hide = true)]
    pub protocol_filter: Option<String>,
    #[arg(short = 'J', hide = true)]
    pub top_protocol_filter: Option<String>,
    #[arg(short = 'q', hide = true)]
    pub quiet: bool,
    #[arg(short = 'Q', hide = true)]
    pub quieter: bool,
    #[arg(short = 'P', long = "print", hide = true)]
    pub print: bool,
    #[arg(short = 'S', hide = true, allow_hyphen_values = true)]
    pub separator: Option<String>,
    #[arg(short = 'O', hide = true)]
    pub only_protocols: Option<String>,
    #[arg(short = 'w', hide = true)]
    pub write: Option<String>,
    #[arg(short = 'F', hide = true)]
    pub file_type: Option<String>,
    #[arg(short = 'z', hide = true)]
    pub statistics: Option<String>,
    #[arg(short = 'G', hide = true, num_args = 0..=1)]
    pub report: Option<Option<String>>,
    #[arg(short = 'H', hide = true)]
    pub hosts: Option<String>,
    #[arg(short = 'M', hide = true)]
    pub session_reset: Option<String>,
    #[arg(short = 'X', hide = true)]
    pub extension: Option<String>,
    #[arg(short = 'U', hide = true)]
    pub export_pdu: Option<String>,
    #[arg(short = 'K', hide = true)]
    pub keytab: Option<String>,
    #[arg(short = 'C', hide = true)]
    pub profile: Option<String>,
    #[arg(short = 'W', hide = true)]
    pub save_extra: Option<String>,
    #[arg(short = 'g', hide = true)]
    pub group_read: bool,
    #[arg(short = 'v', hide = true)]
    pub version: bool,
    #[arg(short = 'i', long = "interface", hide = true)]
    pub interface: Option<String>,
    #[arg(short = 'f', hide = true, allow_hyphen_values = true)]
    pub capture_filter: Option<String>,
    #[arg(short = 's', long = "snapshot-length", hide = true)]
    pub snaplen: Option<String>,
    #[arg(short = 'a', long = "autostop", hide = true)]
    pub autostop: Option<String>,
    #[arg(short = 'b', long = "ring-buffer", hide = true)]
    pub ring_buffer: Option<String>,
    #[arg(short = 'D', long = "list-interfaces", hide = true)]
    pub list_interfaces: bool,
    #[arg(long = "hexdump", hide = true)]
    pub hexdump: Option<String>,
    #[arg(long = "disable-protocol", hide = true)]
    pub disable_protocol: Option<String>,
    #[arg(long = "enable-heuristic", hide = true)]
    pub enable_heuristic: Option<String>,
    #[arg(long = "disable-heuristic", hide = true)]
    pub disable_heuristic: Option<String>,
    #[arg(long = "export-objects", hide = true)]
    pub export_objects: Option<String>,
    #[arg(long = "export-tls-session-keys", hide = true)]
    pub export_tls_session_keys: Option<String>,
    #[arg(long = "no-duplicate-keys", hide = true)]
    pub no_duplicate_keys: bool,
    #[arg(long = "elastic-mapping-filter", hide = true)]
    pub elastic_mapping_filter: Option<String>,
    #[arg(long = "capture-comment", hide = true)]
    pub capture_comment: Option<String>,
    #[arg(long = "temp-dir", hide = true)]
    pub temp_dir: Option<String>,
    #[arg(long = "log-level", hide = true)]
    pub log_level: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendArg {
    /// libpcap when built with the `libpcap` feature, else AF_PACKET
    Auto,
    /// A Linux AF_PACKET socket (no system library needed)
    Packet,
    /// The system libpcap (cargo feature `libpcap`)
    Libpcap,
}

#[derive(Debug, Args)]
pub struct CaptureArgs {
    /// Interface to capture on (`any`: every interface, cooked headers)
    #[arg(short = 'i', long, value_name = "IFACE")]
    pub interface: String,

    /// Also write every captured packet to FILE (pcapng if it ends in .pcapng, else pcap)
    #[arg(short = 'w', long = "write", value_name = "FILE")]
    pub write: Option<PathBuf>,

    /// Don't print packets (with -w: just record)
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Kernel capture filter, pcap-filter(7) syntax (needs the `libpcap` feature)
    #[arg(short = 'f', long, value_name = "EXPR", allow_hyphen_values = true)]
    pub filter: Option<String>,

    /// Stop after this long (10s, 500ms, 2m, 1h)
    #[arg(long, value_name = "DURATION", value_parser = osidump::source::live::parse_duration)]
    pub duration: Option<std::time::Duration>,

    /// Bytes to keep of each packet
    #[arg(short = 's', long, value_name = "BYTES", default_value_t = osidump::source::live::DEFAULT_SNAPLEN,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(osidump::source::live::DEFAULT_SNAPLEN)))]
    pub snaplen: u32,

    /// Don't put the interface into promiscuous mode
    #[arg(short = 'p', long)]
    pub no_promisc: bool,

    /// After opening the capture, switch to this user (when started as root)
    #[arg(short = 'Z', long, value_name = "NAME")]
    pub user: Option<String>,

    /// Capture backend
    #[arg(long, value_enum, default_value_t = BackendArg::Auto)]
    pub backend: BackendArg,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct InterfacesArgs {
    /// Output format
    #[arg(short = 'T', long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,

    /// Backend whose permission check is reported
    #[arg(long, value_enum, default_value_t = BackendArg::Auto)]
    pub backend: BackendArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    /// Aligned text, coloured by OSI layer on a terminal
    Text,
    /// JSON (stats, layers: one document; follow, sessions: NDJSON)
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Aligned text, coloured by OSI layer on a terminal
    Text,
    /// One JSON document
    Json,
    /// The conversation tables as Parquet (every conversation, a row each)
    /// to standard output
    Parquet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Bytes,
    Packets,
    Duration,
}

/// Which packets a view reads: shared by stats, follow and sessions.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Use only packets matching this display filter (Wireshark syntax)
    #[arg(
        short = 'Y',
        long = "display-filter",
        value_name = "EXPR",
        allow_hyphen_values = true
    )]
    pub display_filter: Option<String>,

    /// Stop after reading N packets (all files together; before -Y)
    #[arg(short = 'c', long = "count", value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Decode a port as a protocol, Wireshark's syntax:
    /// `tcp.port==8080,http`; may be repeated
    #[arg(short = 'd', long = "decode-as", value_name = "RULE")]
    pub decode_as: Vec<osidump::dissect::registry::DecodeAs>,
    /// Seed of the Community ID hash (`communityid`), 0–65535 (as tshark's
    /// `communityid.seed`)
    #[arg(long = "community-id-seed", value_name = "N", default_value_t = 0)]
    pub community_id_seed: u16,

    /// Decrypt TLS and QUIC with this NSS key log (what SSLKEYLOGFILE makes
    /// browsers and curl write); default: $SSLKEYLOGFILE when set. Secrets
    /// embedded in a pcapng (Decryption Secrets Blocks) are used anyway
    #[arg(long = "tls-keylog", value_name = "FILE")]
    pub tls_keylog: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Capture files to read (their packets are counted together); `-` for standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// Output format
    #[arg(short = 'T', long, value_enum, default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,

    /// Order of conversation and endpoint tables (largest first)
    #[arg(long, value_enum, default_value_t = SortArg::Bytes)]
    pub sort: SortArg,

    /// Rows per table
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,

    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FollowShow {
    /// Printable text, other bytes as `.` (Wireshark's ASCII view)
    Text,
    /// Hex dump with stream offsets, the server side indented
    Hex,
    /// tshark's `-z follow,tcp,raw,N` output, byte for byte
    Raw,
    /// Application messages: HTTP (de-chunked), WebSocket (unmasked,
    /// reassembled, inflated), DNS
    Parsed,
}

#[derive(Debug, Args)]
pub struct FollowArgs {
    /// Capture file to read; `-` for standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The TCP stream: its number (`tcp.stream`) or both endpoints,
    /// `10.0.0.1:40000,10.0.0.2:80` / `[fd99::1]:39680,[fd99::2]:443`
    #[arg(short = 's', long, value_name = "N|A:P,B:P", value_parser = parse_selector)]
    pub stream: Selector,

    /// How to show the bytes
    #[arg(long, value_enum, default_value_t = FollowShow::Text)]
    pub show: FollowShow,

    /// Output format (json: NDJSON, one object per chunk or message)
    #[arg(short = 'T', long, value_enum, default_value_t = ViewFormat::Text)]
    pub format: ViewFormat,

    #[command(flatten)]
    pub read: ReadArgs,
}

fn parse_selector(s: &str) -> Result<Selector, String> {
    s.parse()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SessionsFormat {
    /// Aligned text, coloured by OSI layer on a terminal
    Text,
    /// NDJSON, one object per client
    Json,
    /// The ladder diagram as a standalone SVG (for slides and documents)
    Svg,
}

#[derive(Debug, Args)]
pub struct SessionsArgs {
    /// Capture files to read; `-` for standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// Output format (json: one object per client; svg: the ladder)
    #[arg(short = 'T', long, value_enum, default_value_t = SessionsFormat::Text)]
    pub format: SessionsFormat,

    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Capture files to read (each its own capture); `-` for standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// Write the page to FILE instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Draw at most N packets (later ones are counted in the overview)
    #[arg(long, value_name = "N", default_value_t = 1000,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_packets: u64,

    /// Draw the packets of at most N conversations
    #[arg(long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub max_conversations: u64,

    /// Fold a step of more than N packets into one band that expands on
    /// click (0: never fold)
    #[arg(long, value_name = "N", default_value_t = 12)]
    pub fold: usize,

    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, Args)]
pub struct LayersArgs {
    /// Output format
    #[arg(short = 'T', long, value_enum, default_value_t = ViewFormat::Text)]
    pub format: ViewFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FieldsFormat {
    /// An aligned table: name, type, protocol, description
    Text,
    /// tshark's `-G fields` layout (tab-separated, `F` lines)
    Tsv,
    /// NDJSON, one object per field (with value names)
    Json,
    /// An Elasticsearch index template for `-T ek` output, typed as
    /// tshark's `-G elastic-mapping` types each field
    ElasticMapping,
}

#[derive(Debug, Args)]
pub struct FieldsArgs {
    /// Output format
    #[arg(short = 'T', long, value_enum, default_value_t = FieldsFormat::Text)]
    pub format: FieldsFormat,

    /// Only fields of this protocol, or whose name starts with this
    #[arg(value_name = "PROTOCOL")]
    pub protocol: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (dissect, capture, ...); none: osidump(1)
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,

    /// Write every page (osidump.1, osidump-dissect.1, ...) into DIR instead
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}
