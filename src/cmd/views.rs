//! `osidump stats | follow | sessions | layers | completions | man`: read
//! captures into the lib-side aggregators (`osidump::views`) and render
//! their reports as text (coloured by OSI layer) or JSON.

use super::{FileSink, FilesRead, display_name, read_settings, run_files};
use crate::cli::{
    Cli, ColorWhen, CompletionsArgs, FieldsArgs, FieldsFormat, FollowArgs, FollowShow, LayersArgs,
    ReadArgs, SessionsArgs, SortArg, StatsArgs, ViewFormat,
};
use crate::{Ctx, Failure, io_failure};
use clap::CommandFactory;
use osidump::dissect::event::{Event, Events};
use osidump::dissect::{Dissection, Osi};
use osidump::pipeline::{Pipeline, Sink};
use osidump::render::style;
use osidump::source::Frame;
use osidump::views::follow::{self, Chunk, Follow, Message, Selector};
use osidump::views::i18n::{self, Lang};
use osidump::views::sessions::{self, Sessions};
use osidump::views::stats::{self, PhsNode, SortKey, Stats};
use osidump::views::{human_bytes, human_duration, layers};
use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};
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
    let mut settings = read_settings(read)?;
    settings.events = events;
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
    each_frame(files, read, Events::Off, |fed| {
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

/// `L4 Transport` / `L4 전송 계층`, padded to the widest name.
fn layer_label(osi: Osi, lang: Lang) -> String {
    let cols = match lang {
        Lang::En => 12,
        Lang::Ko => 16,
    };
    format!(
        "L{} {}",
        osi.number(),
        i18n::pad(i18n::layer_name(osi, lang), cols)
    )
}

// ───────────────────────────── stats ─────────────────────────────

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
    let report = agg.report(sort, Some(args.top));
    match args.format {
        ViewFormat::Json => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            json_line(&mut out, &report)?;
            out.flush().map_err(io_failure)?;
        }
        ViewFormat::Text => {
            let names: Vec<String> = args.files.iter().map(|p| display_name(p)).collect();
            write_out(&stats_text(
                &report,
                &names,
                color_on(ctx.color, args.format),
                ctx.lang,
            ))?;
        }
    }
    read.result()
}

/// A bar of `width` cells for a share in 0..=1, in eighths.
fn bar(share: f64, width: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = (share.clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    let w = i18n::width(&s);
    s.push_str(&" ".repeat(width.saturating_sub(w)));
    s
}

fn stats_text(r: &stats::Report, names: &[String], color: bool, lang: Lang) -> String {
    let mut s = String::new();
    let head = format!(
        "{} — {} packets, {}, {}",
        names.join(", "),
        r.packets,
        human_bytes(r.bytes),
        human_duration((r.duration * 1e9) as i128)
    );
    style::paint(&mut s, color, style::header(), &head);
    s.push_str("\n\n");

    let section = |s: &mut String, title: &str| {
        style::paint(s, color, style::header(), title);
        s.push('\n');
    };

    section(&mut s, "Protocols by OSI layer");
    // "L2 " + the widest layer name + two spaces.
    let label_cols = i18n::width(&layer_label(Osi::DataLink, lang)) + 2;
    let _ = writeln!(
        s,
        "  {}  {}  {:>8} {:>11} {:>7}",
        i18n::pad("", label_cols + 11),
        i18n::pad("", 24),
        "packets",
        "bytes",
        "share"
    );
    for g in &r.layers {
        let osi = Osi::from_number(g.osi);
        for (i, p) in g.protocols.iter().enumerate() {
            s.push_str("  ");
            let label = if i == 0 {
                layer_label(osi, lang)
            } else {
                String::new()
            };
            style::paint(
                &mut s,
                color,
                style::layer(osi),
                &i18n::pad(&label, label_cols),
            );
            s.push_str(&i18n::pad(p.protocol, 11));
            s.push_str("  ");
            style::paint(&mut s, color, style::layer(osi), &bar(p.share, 24));
            let _ = writeln!(
                s,
                "  {:>8} {:>11} {:>6.1}%",
                p.packets,
                human_bytes(p.bytes),
                p.share * 100.0
            );
        }
    }

    s.push('\n');
    section(&mut s, "Protocol hierarchy (as tshark -z io,phs)");
    fn phs(s: &mut String, n: &PhsNode, depth: usize) {
        let name = format!("{}{}", "  ".repeat(depth), n.protocol);
        let _ = writeln!(
            s,
            "  {:<36} frames:{:<8} bytes:{}",
            name, n.packets, n.bytes
        );
        for c in &n.children {
            phs(s, c, depth + 1);
        }
    }
    phs(&mut s, &r.hierarchy, 0);

    for t in &r.conversations {
        let osi = Osi::from_number(t.osi);
        s.push('\n');
        let title = format!(
            "{} {} conversations: {}{}",
            layer_label(osi, lang).trim_end(),
            t.kind,
            t.total,
            if t.total > t.conversations.len() {
                format!(" (top {})", t.conversations.len())
            } else {
                String::new()
            }
        );
        section(&mut s, &title);
        let ew = t
            .conversations
            .iter()
            .flat_map(|c| [c.a.to_string().len(), c.b.to_string().len()])
            .max()
            .unwrap_or(4)
            .max(4);
        let _ = writeln!(
            s,
            "  {:<ew$}     {:<ew$}  {:>7} {:>10}  {:>7} {:>10}  {:>9} {:>9}",
            "A", "B", "A→B pkt", "bytes", "B→A pkt", "bytes", "start", "duration"
        );
        for c in &t.conversations {
            let _ = writeln!(
                s,
                "  {:<ew$} <-> {:<ew$}  {:>7} {:>10}  {:>7} {:>10}  {:>9.6} {:>9.4}",
                c.a.to_string(),
                c.b.to_string(),
                c.a_to_b.packets,
                human_bytes(c.a_to_b.bytes),
                c.b_to_a.packets,
                human_bytes(c.b_to_a.bytes),
                c.start,
                c.duration
            );
        }
        let _ = writeln!(s, "  endpoints: {}", t.endpoints_total);
        for e in &t.endpoints {
            let _ = writeln!(
                s,
                "    {:<ew$}  tx {:>6} pkt {:>10}   rx {:>6} pkt {:>10}",
                e.endpoint.to_string(),
                e.tx.packets,
                human_bytes(e.tx.bytes),
                e.rx.packets,
                human_bytes(e.rx.bytes)
            );
        }
        if t.overflow > 0 {
            let _ = writeln!(
                s,
                "  ({} packets of conversations over the table cap not counted)",
                t.overflow
            );
        }
    }

    let a = &r.applications;
    let app = layer_label(Osi::Application, lang);
    let counts = |s: &mut String, title: &str, v: &stats::Counts| {
        if v.is_empty() {
            return;
        }
        let list: Vec<String> = v.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
        let _ = writeln!(s, "  {:<14} {}", title, list.join(", "));
    };
    if !a.dns.is_empty() {
        s.push('\n');
        section(&mut s, &format!("{} DNS", app.trim_end()));
        for d in &a.dns {
            let types: Vec<String> = d.types.keys().cloned().collect();
            let rcodes: Vec<String> = d.rcodes.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
            let _ = write!(
                s,
                "  {:<32} {:<10} {} queries, {} responses, {} answers",
                d.name,
                types.join("+"),
                d.queries,
                d.responses,
                d.answers
            );
            if !rcodes.is_empty() {
                let _ = write!(s, " [{}]", rcodes.join(", "));
            }
            if !d.addresses.is_empty() {
                let _ = write!(s, " → {}", d.addresses.join(", "));
            }
            s.push('\n');
        }
        counts(&mut s, "rcodes", &a.dns_rcodes);
    }
    if !a.http_hosts.is_empty() || !a.http_status.is_empty() {
        s.push('\n');
        section(&mut s, &format!("{} HTTP", app.trim_end()));
        counts(&mut s, "hosts", &a.http_hosts);
        counts(&mut s, "methods", &a.http_methods);
        counts(&mut s, "status", &a.http_status);
    }
    if !a.tls_sni.is_empty() || !a.tls_versions.is_empty() {
        s.push('\n');
        section(
            &mut s,
            &format!("{} TLS", layer_label(Osi::Presentation, lang).trim_end()),
        );
        counts(&mut s, "SNI", &a.tls_sni);
        counts(&mut s, "ALPN offered", &a.tls_alpn);
        counts(&mut s, "versions", &a.tls_versions);
        counts(&mut s, "ciphers", &a.tls_ciphers);
        counts(&mut s, "JA3", &a.ja3);
        counts(&mut s, "JA4", &a.ja4);
        counts(&mut s, "JA3S", &a.ja3s);
    }
    if !a.websocket.is_empty() {
        s.push('\n');
        section(&mut s, &format!("{} WebSocket", app.trim_end()));
        for w in &a.websocket {
            let ends = match (&w.client, &w.server) {
                (Some(c), Some(v)) => format!("{c} → {v}"),
                _ => String::new(),
            };
            let _ = writeln!(
                s,
                "  tcp {:<4} {}  messages {} → / {} ←, {} frames, {}{}{}{}",
                w.stream,
                ends,
                w.messages_to_server,
                w.messages_to_client,
                w.frames,
                human_bytes(w.payload_bytes),
                if w.pings > 0 {
                    format!(", {} ping", w.pings)
                } else {
                    String::new()
                },
                if w.deflate { ", deflate" } else { "" },
                if w.close_codes.is_empty() {
                    String::new()
                } else {
                    format!(", close {}", w.close_codes.join(" / "))
                }
            );
        }
    }

    s.push('\n');
    section(&mut s, "Anomalies");
    let an = &r.anomalies;
    if an.by_kind.is_empty() && an.retransmissions + an.out_of_order + an.lost_segments == 0 {
        s.push_str("  none\n");
    } else {
        for k in &an.by_kind {
            let mut line = String::new();
            style::paint(
                &mut line,
                color,
                style::anomaly(),
                &format!("{:<10}", k.kind),
            );
            let _ = writeln!(s, "  {line} {:<10} {} layers", k.protocol, k.layers);
        }
        let _ = writeln!(
            s,
            "  TCP: {} retransmissions, {} out of order, {} previous segment not captured, {} keep-alives, {} bytes missing",
            an.retransmissions, an.out_of_order, an.lost_segments, an.keep_alives, an.missing_bytes
        );
    }
    if r.overflow > 0 {
        let _ = writeln!(
            s,
            "\n  ({} keys over the memory caps were counted but not listed)",
            r.overflow
        );
    }
    s
}

// ───────────────────────────── follow ─────────────────────────────

const TSHARK_RULE: &str = "===================================================================";

pub fn follow(args: &FollowArgs, ctx: Ctx) -> Result<(), Failure> {
    let color = color_on(ctx.color, args.format);
    let mut f = Follow::new(args.stream);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut msgs: Vec<Message> = Vec::new();
    let mut header_done = false;
    let mut last_dir: Option<u8> = None;
    let mut result: Result<(), Failure> = Ok(());
    let files = [args.file.clone()];

    // Printing needs the node names, known once the stream is seen; the
    // header goes out before the first chunk.
    let mut emit = |f: &Follow,
                    chunks: &mut Vec<Chunk>,
                    msgs: &mut Vec<Message>,
                    out: &mut BufWriter<io::StdoutLock<'_>>|
     -> Result<(), Failure> {
        if !header_done && f.nodes.is_some() {
            header_done = true;
            follow_header(out, f, args, color)?;
        }
        if args.show == FollowShow::Parsed {
            chunks.clear();
            for m in msgs.drain(..) {
                match args.format {
                    ViewFormat::Json => json_line(out, &m)?,
                    ViewFormat::Text => {
                        let mut s = String::new();
                        message_text(&mut s, &m, color);
                        out.write_all(s.as_bytes()).map_err(io_failure)?;
                    }
                }
            }
        } else {
            msgs.clear();
            for c in chunks.drain(..) {
                match args.format {
                    ViewFormat::Json => json_line(
                        out,
                        &serde_json::json!({
                            "dir": c.dir, "frame": c.frame, "offset": c.offset,
                            "len": c.data.len(), "missing": c.missing,
                            "hex": follow::hex(&c.data),
                        }),
                    )?,
                    ViewFormat::Text => {
                        let mut s = String::new();
                        chunk_text(&mut s, &c, args.show, color, &mut last_dir);
                        out.write_all(s.as_bytes()).map_err(io_failure)?;
                    }
                }
            }
        }
        Ok(())
    };

    let read = each_frame(&files, &args.read, Events::All, |fed| {
        if result.is_err() {
            return;
        }
        match fed {
            Fed::Frame(_, d) => f.add(d, &mut chunks, &mut msgs),
            Fed::End(events) => f.finish(events, &mut chunks, &mut msgs),
        }
        if !chunks.is_empty() || !msgs.is_empty() {
            result = emit(&f, &mut chunks, &mut msgs, &mut out);
        }
    })?;
    result?;
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
    if args.show == FollowShow::Raw && args.format == ViewFormat::Text {
        writeln!(out, "{TSHARK_RULE}").map_err(io_failure)?;
    }
    out.flush().map_err(io_failure)?;
    read.result()
}

/// tshark's node names: `10.0.0.1:80`, `[fd99::1]:443`.
fn node_name(e: &osidump::views::Endpoint) -> String {
    e.to_string()
}

fn follow_header(
    out: &mut impl Write,
    f: &Follow,
    args: &FollowArgs,
    color: bool,
) -> Result<(), Failure> {
    let Some((a, b)) = f.nodes else { return Ok(()) };
    let stream = f.stream.map_or("?".to_string(), |s| s.to_string());
    match (args.format, args.show) {
        (ViewFormat::Json, _) => json_line(
            out,
            &serde_json::json!({
                "stream": f.stream, "node0": node_name(&a), "node1": node_name(&b),
                "show": format!("{:?}", args.show).to_lowercase(),
            }),
        ),
        (ViewFormat::Text, FollowShow::Raw) => write!(
            out,
            "\n{TSHARK_RULE}\nFollow: tcp,raw\nFilter: tcp.stream eq {stream}\nNode 0: {}\nNode 1: {}\n",
            node_name(&a),
            node_name(&b)
        )
        .map_err(io_failure),
        (ViewFormat::Text, _) => {
            let mut s = String::new();
            let _ = write!(s, "Follow TCP stream {stream}: ");
            style::paint(&mut s, color, node_style(0), &format!("node 0 {}", node_name(&a)));
            s.push_str(" ↔ ");
            style::paint(&mut s, color, node_style(1), &format!("node 1 {}", node_name(&b)));
            s.push_str("\n\n");
            out.write_all(s.as_bytes()).map_err(io_failure)
        }
    }
}

/// Wireshark's follow colours: node 0 red, node 1 blue.
fn node_style(dir: u8) -> anstyle::Style {
    let c = if dir == 0 {
        anstyle::AnsiColor::Red
    } else {
        anstyle::AnsiColor::Blue
    };
    anstyle::Style::new().fg_color(Some(c.into()))
}

fn chunk_text(s: &mut String, c: &Chunk, show: FollowShow, color: bool, last: &mut Option<u8>) {
    if c.missing > 0 {
        if show != FollowShow::Raw {
            style::paint(
                s,
                color,
                style::anomaly(),
                &format!("[{} bytes missing]", c.missing),
            );
            s.push('\n');
        }
        return;
    }
    match show {
        FollowShow::Raw => {
            if c.dir == 1 {
                s.push('\t');
            }
            s.push_str(&follow::hex(&c.data));
            s.push('\n');
        }
        FollowShow::Hex => {
            let indent = if c.dir == 1 { "    " } else { "" };
            let mut body = String::new();
            for (i, row) in c.data.chunks(16).enumerate() {
                let _ = write!(body, "{indent}{:08x}  ", c.offset + (i * 16) as u64);
                for j in 0..16 {
                    match row.get(j) {
                        Some(b) => {
                            let _ = write!(body, "{b:02x} ");
                        }
                        None => body.push_str("   "),
                    }
                    if j == 7 {
                        body.push(' ');
                    }
                }
                body.push(' ');
                body.extend(row.iter().map(|&b| printable(b)));
                body.push('\n');
            }
            style::paint(s, color, node_style(c.dir), &body);
        }
        _ => {
            if *last != Some(c.dir) && !color {
                let _ = writeln!(s, "── node {} (frame {}) ──", c.dir, c.frame);
            }
            let text: String = c
                .data
                .iter()
                .map(|&b| match b {
                    b'\n' | b'\r' | b'\t' => b as char,
                    _ => printable(b),
                })
                .collect();
            let text = text.replace("\r\n", "\n");
            style::paint(s, color, node_style(c.dir), &text);
            if !text.ends_with('\n') {
                s.push('\n');
            }
        }
    }
    *last = Some(c.dir);
}

fn printable(b: u8) -> char {
    if b.is_ascii_graphic() || b == b' ' {
        b as char
    } else {
        '.'
    }
}

fn message_text(s: &mut String, m: &Message, color: bool) {
    let mut body = String::new();
    let arrow = if m.dir() == 0 { "→" } else { "←" };
    match m {
        Message::Http {
            frame,
            start_line,
            headers,
            body: b,
            chunked,
            incomplete,
            ..
        } => {
            let _ = writeln!(body, "{arrow} HTTP (frame {frame}) {start_line}");
            for (k, v) in headers {
                let _ = writeln!(body, "    {k}: {v}");
            }
            if !b.is_empty() {
                let _ = writeln!(
                    body,
                    "    [body {}{}{}]",
                    human_bytes(b.len() as u64),
                    if *chunked { ", de-chunked" } else { "" },
                    if *incomplete { ", incomplete" } else { "" }
                );
                preview(&mut body, b);
            }
        }
        Message::WebSocket {
            frame,
            opcode_name,
            fragments,
            compressed,
            payload,
            close_code,
            ..
        } => {
            let _ = write!(body, "{arrow} WebSocket (frame {frame}) {opcode_name}");
            if *fragments > 1 {
                let _ = write!(body, " [{fragments} fragments]");
            }
            if *compressed {
                body.push_str(" [inflated]");
            }
            if let Some(code) = close_code {
                let reason = String::from_utf8_lossy(payload.get(2..).unwrap_or_default());
                let _ = write!(
                    body,
                    " {code} {} {reason:?}",
                    osidump::dissect::app::websocket::close_code_name(*code)
                );
                body.push('\n');
            } else {
                let _ = writeln!(body, " {}", human_bytes(payload.len() as u64));
                preview(&mut body, payload);
            }
        }
        Message::Dns { frame, summary, .. } => {
            let _ = writeln!(body, "{arrow} DNS (frame {frame}) {summary}");
        }
        Message::Raw { frame, data, .. } => {
            let _ = writeln!(
                body,
                "{arrow} data (frame {frame}) {}",
                human_bytes(data.len() as u64)
            );
            preview(&mut body, data);
        }
        Message::Gap { missing, .. } => {
            let _ = writeln!(body, "{arrow} [{missing} bytes missing]");
        }
    }
    style::paint(s, color, node_style(m.dir()), &body);
}

/// Text bodies in full (up to 4 KiB), binary as a short hex line.
fn preview(s: &mut String, b: &[u8]) {
    const MAX: usize = 4096;
    match std::str::from_utf8(&b[..b.len().min(MAX)]) {
        Ok(t)
            if !t
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) =>
        {
            for line in t.lines() {
                let _ = writeln!(s, "    | {line}");
            }
            if b.len() > MAX {
                let _ = writeln!(s, "    | … ({} more bytes)", b.len() - MAX);
            }
        }
        _ => {
            let n = b.len().min(32);
            let _ = writeln!(
                s,
                "    | {}{}",
                follow::hex(&b[..n]),
                if b.len() > n { "…" } else { "" }
            );
        }
    }
}

// ───────────────────────────── sessions ─────────────────────────────

pub fn sessions(args: &SessionsArgs, ctx: Ctx) -> Result<(), Failure> {
    let mut agg = Sessions::new();
    let mut capture = None;
    // Sessions read the dissector's TCP and TLS steps (events).
    let read = each_frame(&args.files, &args.read, Events::Steps, |fed| {
        let Fed::Frame(file, d) = fed else { return };
        if capture.replace(file).is_some_and(|c| c != file) {
            agg.next_capture();
        }
        agg.add(d);
    })?;
    if read.nothing() {
        return read.result();
    }
    let report = agg.report();
    match args.format {
        ViewFormat::Json => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            for c in &report.clients {
                json_line(&mut out, c)?;
            }
            out.flush().map_err(io_failure)?;
        }
        ViewFormat::Text => {
            write_out(&sessions_text(
                &report,
                color_on(ctx.color, args.format),
                ctx.lang,
            ))?;
        }
    }
    read.result()
}

pub fn sessions_text(r: &sessions::Report, color: bool, lang: Lang) -> String {
    let mut s = String::new();
    for (i, c) in r.clients.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        let mut head = format!("client {}", c.addresses[0]);
        if c.addresses.len() > 1 {
            let _ = write!(head, " ({})", c.addresses[1..].join(", "));
        }
        if let Some(m) = &c.mac {
            let _ = write!(head, " [{m}]");
        }
        style::paint(&mut s, color, style::header(), &head);
        s.push('\n');
        let t0 = c.steps.first().map_or(0.0, |st| st.t);
        for st in &c.steps {
            let osi = Osi::from_number(st.osi);
            let tag = match lang {
                Lang::En => format!("L{} {}", st.osi, i18n::pad(st.protocol, 9)),
                Lang::Ko => format!(
                    "L{} {} {}",
                    st.osi,
                    i18n::pad(i18n::layer_name(osi, lang), 16),
                    i18n::pad(st.protocol, 9)
                ),
            };
            let _ = write!(s, "  +{:.3}s  ", st.t - t0);
            style::paint(&mut s, color, style::layer(osi), &tag);
            s.push(' ');
            s.push_str(&"  ".repeat(usize::from(st.depth)));
            s.push_str(&st.text);
            s.push('\n');
        }
    }
    if r.dropped > 0 {
        let _ = writeln!(
            s,
            "\n({} conversations over the cap of {} not shown)",
            r.dropped,
            sessions::MAX_CONVERSATIONS
        );
    }
    if r.clients.is_empty() {
        s.push_str("no TCP or UDP conversations\n");
    }
    s
}

// ───────────────────────────── layers, completions, man ─────────────────────────────

pub fn layers(args: &LayersArgs, ctx: Ctx) -> Result<(), Failure> {
    match args.format {
        ViewFormat::Json => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            json_line(&mut out, &layers::rows(ctx.lang))?;
            out.flush().map_err(io_failure)
        }
        ViewFormat::Text => write_out(&layers::text(ctx.lang, color_on(ctx.color, args.format))),
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

pub fn man() -> Result<(), Failure> {
    let cmd = Cli::command();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut buf)
        .map_err(io_failure)?;
    // Each subcommand's options follow, so one page documents them all.
    for sub in Cli::command().get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        writeln!(buf, ".SH \"OSIDUMP {}\"", sub.get_name().to_uppercase()).map_err(io_failure)?;
        if let Some(about) = sub.get_about() {
            writeln!(buf, "{about}").map_err(io_failure)?;
        }
        let man = clap_mangen::Man::new(sub.clone());
        man.render_options_section(&mut buf).map_err(io_failure)?;
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(&buf).map_err(io_failure)?;
    out.flush().map_err(io_failure)
}
