//! Text renderers of the views (`stats`, `follow`, `sessions`): each
//! turns an aggregator's report into aligned text, coloured by OSI layer
//! when asked. Every string that came off the wire goes through [`safe`]
//! here; the JSON forms serialize the reports as they are.

use super::{safe, style};
use crate::dissect::Osi;
use crate::views::follow::{self, Chunk, Follow, Message, Show};
use crate::views::i18n::{self, Lang};
use crate::views::model::{self, Model, TcpIp};
use crate::views::stats::{self, PhsNode};
use crate::views::{human_bytes, human_duration};
use crate::views::{polling, sessions};
use std::fmt::Write as _;
use std::io::{self, Write};

/// `L4 Transport` / `L4 전송 계층`, padded to the widest name.
pub fn layer_label(osi: Osi, lang: Lang) -> String {
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

/// `osidump stats` as text; `names` are the capture files' names.
pub fn stats_text(r: &stats::Report, names: &[String], color: bool, lang: Lang) -> String {
    stats_text_in(r, names, color, lang, Model::Osi)
}

/// `osidump stats` as text, its protocol table grouped by `model`'s layers
/// (TCP/IP: each protocol keeps its OSI number beside it, so the table
/// shows what maps to what).
pub fn stats_text_in(
    r: &stats::Report,
    names: &[String],
    color: bool,
    lang: Lang,
    model: Model,
) -> String {
    let mut s = String::new();
    let head = format!(
        "{} — {} packets, {}, {}",
        safe::escape(&names.join(", ")),
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

    let (title, label_cols, tag_cols) = match model {
        // "L2 " + the widest layer name + two spaces.
        Model::Osi => (
            "Protocols by OSI layer",
            i18n::width(&layer_label(Osi::DataLink, lang)) + 2,
            0,
        ),
        // The widest TCP/IP name + two spaces; then the OSI tag, "L7 ".
        Model::TcpIp => (
            "Protocols by TCP/IP layer",
            TcpIp::TOP_DOWN
                .iter()
                .map(|t| i18n::width(t.name(lang)))
                .max()
                .unwrap_or(0)
                + 2,
            3,
        ),
    };
    section(&mut s, title);
    let _ = writeln!(
        s,
        "  {}  {}  {:>8} {:>11} {:>7}",
        i18n::pad("", label_cols + tag_cols + 11),
        i18n::pad("", 24),
        "packets",
        "bytes",
        "share"
    );
    let mut group_drawn = None;
    for g in &r.layers {
        let osi = Osi::from_number(g.osi);
        let group = TcpIp::of(osi);
        for (i, p) in g.protocols.iter().enumerate() {
            s.push_str("  ");
            let label = match model {
                Model::Osi if i == 0 => layer_label(osi, lang),
                Model::TcpIp if group_drawn != Some(group) => group.name(lang).to_string(),
                _ => String::new(),
            };
            group_drawn = Some(group);
            style::paint(
                &mut s,
                color,
                style::layer(model::colour(osi, model)),
                &i18n::pad(&label, label_cols),
            );
            if model == Model::TcpIp {
                let tag = if i == 0 {
                    format!("L{} ", osi.number())
                } else {
                    String::new()
                };
                style::paint(&mut s, color, style::layer(osi), &i18n::pad(&tag, 3));
            }
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
        let list: Vec<String> = v
            .iter()
            .map(|(k, n)| format!("{} ×{n}", safe::escape(k)))
            .collect();
        let _ = writeln!(s, "  {:<14} {}", title, list.join(", "));
    };
    if !a.dns.is_empty() {
        s.push('\n');
        section(&mut s, &format!("{} DNS", app.trim_end()));
        for d in &a.dns {
            let types: Vec<String> = d.types.keys().map(|k| safe::escape(k).into()).collect();
            let rcodes: Vec<String> = d
                .rcodes
                .iter()
                .map(|(k, n)| format!("{} ×{n}", safe::escape(k)))
                .collect();
            let _ = write!(
                s,
                "  {:<32} {:<10} {} queries, {} responses, {} answers",
                safe::escape(&d.name),
                types.join("+"),
                d.queries,
                d.responses,
                d.answers
            );
            if !rcodes.is_empty() {
                let _ = write!(s, " [{}]", rcodes.join(", "));
            }
            if !d.addresses.is_empty() {
                let _ = write!(s, " → {}", safe::escape(&d.addresses.join(", ")));
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
                    format!(", close {}", safe::escape(&w.close_codes.join(" / ")))
                }
            );
        }
    }

    let pr = &a.polling;
    if !pr.polling.is_empty() || pr.websocket.iter().any(|w| w.accepted) {
        s.push('\n');
        section(&mut s, &format!("{} polling and push", app.trim_end()));
        for p in &pr.polling {
            let _ = writeln!(s, "  {}", safe::escape(&p.summary()));
            let _ = writeln!(s, "    {}", p.cost());
        }
        for w in pr.websocket.iter().filter(|w| w.accepted) {
            let ends = match (&w.client, &w.server) {
                (Some(c), Some(v)) => format!(" {c} → {v}"),
                _ => String::new(),
            };
            let _ = writeln!(s, "  WebSocket tcp {}{ends}", w.stream);
            let _ = writeln!(s, "    {}", w.cost());
        }
        for p in &pr.polling {
            if let Some(text) = pr.push_of(p.client).and_then(|w| polling::compare(p, w)) {
                let _ = writeln!(s, "  {text}");
            }
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

/// `osidump follow`'s output, written as the conversation is read: the
/// header once the stream's two nodes are known, then each chunk (text,
/// hex, raw) or each message (parsed), as text or NDJSON.
#[derive(Debug)]
pub struct FollowPrinter {
    show: Show,
    json: bool,
    color: bool,
    header_done: bool,
    /// The node the last text chunk came from (a rule when it changes).
    last_dir: Option<u8>,
}

impl FollowPrinter {
    pub fn new(show: Show, json: bool, color: bool) -> Self {
        FollowPrinter {
            show,
            json,
            color,
            header_done: false,
            last_dir: None,
        }
    }

    pub fn show(&self) -> Show {
        self.show
    }

    /// NDJSON rather than text.
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// Writes and drains what the follower produced: `chunks` in the byte
    /// modes, `msgs` in the parsed one (the other is dropped).
    pub fn emit(
        &mut self,
        out: &mut impl Write,
        f: &Follow,
        chunks: &mut Vec<Chunk>,
        msgs: &mut Vec<Message>,
    ) -> io::Result<()> {
        if !self.header_done && f.nodes.is_some() {
            self.header_done = true;
            self.header(out, f)?;
        }
        if self.show == Show::Parsed {
            chunks.clear();
            for m in msgs.drain(..) {
                if self.json {
                    json_line(out, &m)?;
                } else {
                    let mut s = String::new();
                    message_text(&mut s, &m, self.color);
                    out.write_all(s.as_bytes())?;
                }
            }
        } else {
            msgs.clear();
            for c in chunks.drain(..) {
                if self.json {
                    json_line(
                        out,
                        &serde_json::json!({
                            "dir": c.dir, "frame": c.frame, "offset": c.offset,
                            "len": c.data.len(), "missing": c.missing,
                            "hex": follow::hex(&c.data),
                        }),
                    )?;
                } else {
                    let mut s = String::new();
                    chunk_text(&mut s, &c, self.show, self.color, &mut self.last_dir);
                    out.write_all(s.as_bytes())?;
                }
            }
        }
        Ok(())
    }

    /// The end of the output (tshark's closing rule in raw text), once the
    /// stream was seen.
    pub fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.header_done && self.show == Show::Raw && !self.json {
            writeln!(out, "{TSHARK_RULE}")?;
        }
        Ok(())
    }

    fn header(&self, out: &mut impl Write, f: &Follow) -> io::Result<()> {
        let Some((a, b)) = f.nodes else { return Ok(()) };
        let stream = f.stream.map_or("?".to_string(), |s| s.to_string());
        if self.json {
            return json_line(
                out,
                &serde_json::json!({
                    "stream": f.stream, "node0": a.to_string(), "node1": b.to_string(),
                    "show": format!("{:?}", self.show).to_lowercase(),
                }),
            );
        }
        // Node names are addresses and ports we format: nothing to escape.
        if self.show == Show::Raw {
            return write!(
                out,
                "\n{TSHARK_RULE}\nFollow: tcp,raw\nFilter: tcp.stream eq {stream}\nNode 0: {a}\nNode 1: {b}\n",
            );
        }
        let mut s = String::new();
        let _ = write!(s, "Follow TCP stream {stream}: ");
        style::paint(&mut s, self.color, node_style(0), &format!("node 0 {a}"));
        s.push_str(" ↔ ");
        style::paint(&mut s, self.color, node_style(1), &format!("node 1 {b}"));
        s.push_str("\n\n");
        out.write_all(s.as_bytes())
    }
}

fn json_line(out: &mut impl Write, v: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, v)?;
    out.write_all(b"\n")
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

fn chunk_text(s: &mut String, c: &Chunk, show: Show, color: bool, last: &mut Option<u8>) {
    if c.missing > 0 {
        if show != Show::Raw {
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
        Show::Raw => {
            if c.dir == 1 {
                s.push('\t');
            }
            s.push_str(&follow::hex(&c.data));
            s.push('\n');
        }
        Show::Hex => {
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
            // Wireshark's ASCII view: printable bytes, line ends and tabs;
            // the rest (a bare CR included: it would overwrite the line)
            // as `.`.
            let mut text = String::with_capacity(c.data.len());
            for (i, &b) in c.data.iter().enumerate() {
                match b {
                    b'\r' if c.data.get(i + 1) == Some(&b'\n') => {}
                    b'\n' | b'\t' => text.push(b as char),
                    _ => text.push(printable(b)),
                }
            }
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
            let _ = write!(body, "{arrow} HTTP (frame {frame}) ");
            safe::push(&mut body, start_line);
            body.push('\n');
            for (k, v) in headers {
                body.push_str("    ");
                safe::push(&mut body, k);
                body.push_str(": ");
                safe::push(&mut body, v);
                body.push('\n');
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
                    " {code} {} \"",
                    crate::dissect::app::websocket::close_code_name(*code)
                );
                safe::push(&mut body, &reason);
                body.push_str("\"\n");
            } else {
                let _ = writeln!(body, " {}", human_bytes(payload.len() as u64));
                preview(&mut body, payload);
            }
        }
        Message::Dns { frame, summary, .. } => {
            let _ = write!(body, "{arrow} DNS (frame {frame}) ");
            safe::push(&mut body, summary);
            body.push('\n');
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
                s.push_str("    | ");
                safe::push_text(s, line);
                s.push('\n');
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

/// `osidump sessions` as text.
pub fn sessions_text(r: &sessions::Report, color: bool, lang: Lang) -> String {
    let mut s = String::new();
    for (i, c) in r.clients.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        // A host known only by its MAC (a probe for a free address) is
        // named by it.
        let mut head = match (c.addresses.first(), &c.mac) {
            (Some(a), _) => format!("client {a}"),
            (None, Some(m)) => format!("client {m}"),
            (None, None) => "client ?".to_string(),
        };
        if c.addresses.len() > 1 {
            let _ = write!(head, " ({})", c.addresses[1..].join(", "));
        }
        if let Some(m) = c.mac.as_ref().filter(|_| !c.addresses.is_empty()) {
            let _ = write!(head, " [{m}]");
        }
        style::paint(&mut s, color, style::header(), &safe::escape(&head));
        s.push('\n');
        let t0 = c.steps.first().map_or(0.0, |st| st.t);
        for st in c.steps.iter().filter(|st| !st.folded) {
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
            safe::push(&mut s, st.shown());
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
    if r.dropped_l3 > 0 {
        let _ = writeln!(
            s,
            "\n({} ARP, NDP or ICMP messages over the caps not shown)",
            r.dropped_l3
        );
    }
    if r.clients.is_empty() {
        s.push_str("no conversations\n");
    }
    s
}
