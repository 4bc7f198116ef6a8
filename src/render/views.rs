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
/// `english` or `korean`, as the reader's language asks.
fn say<'a>(lang: Lang, english: &'a str, korean: &'a str) -> &'a str {
    if lang == Lang::Ko { korean } else { english }
}

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
    let head = if lang == Lang::Ko {
        format!(
            "{} — 패킷 {}개, {}, {}",
            safe::escape(&names.join(", ")),
            r.packets,
            human_bytes(r.bytes),
            human_duration((r.duration * 1e9) as i128)
        )
    } else {
        format!(
            "{} — {} packets, {}, {}",
            safe::escape(&names.join(", ")),
            r.packets,
            human_bytes(r.bytes),
            human_duration((r.duration * 1e9) as i128)
        )
    };
    style::paint(&mut s, color, style::header(), &head);
    s.push_str("\n\n");

    let section = |s: &mut String, title: &str| {
        style::paint(s, color, style::header(), title);
        s.push('\n');
    };

    let (title, label_cols, tag_cols) = match model {
        // "L2 " + the widest layer name + two spaces.
        Model::Osi => (
            say(lang, "Protocols by OSI layer", "OSI 계층별 프로토콜"),
            i18n::width(&layer_label(Osi::DataLink, lang)) + 2,
            0,
        ),
        // The widest TCP/IP name + two spaces; then the OSI tag, "L7 ".
        Model::TcpIp => (
            say(lang, "Protocols by TCP/IP layer", "TCP/IP 계층별 프로토콜"),
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
    // Protocol names as wide as the widest (`mime_multipart`), 11 at least.
    let name_cols = r
        .layers
        .iter()
        .flat_map(|g| &g.protocols)
        .map(|p| i18n::width(p.protocol))
        .max()
        .unwrap_or(0)
        .max(11);
    let _ = writeln!(
        s,
        "  {}  {}  {} {} {}",
        i18n::pad("", label_cols + tag_cols + name_cols),
        i18n::pad("", 24),
        i18n::pad_left(say(lang, "packets", "패킷"), 8),
        i18n::pad_left(say(lang, "bytes", "바이트"), 11),
        i18n::pad_left(say(lang, "share", "비율"), 7)
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
            s.push_str(&i18n::pad(p.protocol, name_cols));
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
    section(
        &mut s,
        say(
            lang,
            "Protocol hierarchy (as tshark -z io,phs)",
            "프로토콜 계층 구조 (tshark -z io,phs와 같음)",
        ),
    );
    fn phs(s: &mut String, n: &PhsNode, depth: usize, lang: Lang) {
        let name = format!("{}{}", "  ".repeat(depth), n.protocol);
        let _ = writeln!(
            s,
            "  {:<36} {}:{:<8} {}:{}",
            name,
            say(lang, "frames", "프레임"),
            n.packets,
            say(lang, "bytes", "바이트"),
            n.bytes
        );
        for c in &n.children {
            phs(s, c, depth + 1, lang);
        }
    }
    phs(&mut s, &r.hierarchy, 0, lang);

    for t in &r.conversations {
        let osi = Osi::from_number(t.osi);
        s.push('\n');
        let top = if t.total <= t.conversations.len() {
            String::new()
        } else if lang == Lang::Ko {
            format!(" (상위 {}개)", t.conversations.len())
        } else {
            format!(" (top {})", t.conversations.len())
        };
        let title = format!(
            "{} {} {}: {}{top}",
            layer_label(osi, lang).trim_end(),
            t.kind,
            say(lang, "conversations", "대화"),
            t.total,
        );
        section(&mut s, &title);
        let ew = t
            .conversations
            .iter()
            .flat_map(|c| [c.a.to_string().len(), c.b.to_string().len()])
            .max()
            .unwrap_or(4)
            .max(4);
        // Each column as wide as its numbers or its heading, whichever is
        // wider, counted in display columns (two per Hangul syllable).
        let headings = [
            say(lang, "A→B pkt", "A→B 패킷"),
            say(lang, "bytes", "바이트"),
            say(lang, "B→A pkt", "B→A 패킷"),
            say(lang, "bytes", "바이트"),
            say(lang, "start", "시작"),
            say(lang, "duration", "지속 시간"),
        ];
        // The numbers' widths: packets, bytes, packets, bytes, start, duration.
        const NUMBERS: [usize; 6] = [7, 10, 7, 10, 9, 9];
        let [pa, ba, pb, bb, st, du]: [usize; 6] =
            std::array::from_fn(|i| NUMBERS[i].max(i18n::width(headings[i])));
        let _ = writeln!(
            s,
            "  {:<ew$}     {:<ew$}  {} {}  {} {}  {} {}",
            "A",
            "B",
            i18n::pad_left(headings[0], pa),
            i18n::pad_left(headings[1], ba),
            i18n::pad_left(headings[2], pb),
            i18n::pad_left(headings[3], bb),
            i18n::pad_left(headings[4], st),
            i18n::pad_left(headings[5], du)
        );
        for c in &t.conversations {
            let _ = writeln!(
                s,
                "  {:<ew$} <-> {:<ew$}  {:>pa$} {:>ba$}  {:>pb$} {:>bb$}  {:>st$.6} {:>du$.4}",
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
        let _ = writeln!(
            s,
            "  {}: {}",
            say(lang, "endpoints", "종단점"),
            t.endpoints_total
        );
        let (tx, rx, pkt) = (
            say(lang, "tx", "송신"),
            say(lang, "rx", "수신"),
            say(lang, "pkt", "패킷"),
        );
        for e in &t.endpoints {
            let _ = writeln!(
                s,
                "    {:<ew$}  {tx} {:>6} {pkt} {:>10}   {rx} {:>6} {pkt} {:>10}",
                e.endpoint.to_string(),
                e.tx.packets,
                human_bytes(e.tx.bytes),
                e.rx.packets,
                human_bytes(e.rx.bytes)
            );
        }
        if t.overflow > 0 {
            let _ = if lang == Lang::Ko {
                writeln!(
                    s,
                    "  (표 한도나 메모리 예산을 넘은 대화의 패킷 {}개는 세지 않음)",
                    t.overflow
                )
            } else {
                writeln!(
                    s,
                    "  ({} packets of conversations over the table cap or its memory budget not counted)",
                    t.overflow
                )
            };
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
        let _ = writeln!(s, "  {} {}", i18n::pad(title, 14), list.join(", "));
    };
    // DNS error codes by their name, in Korean with their mnemonic.
    let rcode_list = |v: Vec<(&String, u64)>| -> Vec<String> {
        v.into_iter()
            .map(|(k, n)| {
                format!(
                    "{} ×{n}",
                    safe::escape(&sessions::words::dns_rcode(lang, k))
                )
            })
            .collect()
    };
    if !a.dns.is_empty() {
        s.push('\n');
        section(&mut s, &format!("{} DNS", app.trim_end()));
        for d in &a.dns {
            let types: Vec<String> = d.types.keys().map(|k| safe::escape(k).into()).collect();
            let rcodes = rcode_list(d.rcodes.iter().map(|(k, n)| (k, *n)).collect());
            let _ = write!(
                s,
                "  {:<32} {:<10} ",
                safe::escape(&d.name),
                types.join("+"),
            );
            let _ = if lang == Lang::Ko {
                write!(
                    s,
                    "질의 {}번, 응답 {}번, 답 {}개",
                    d.queries, d.responses, d.answers
                )
            } else {
                write!(
                    s,
                    "{} queries, {} responses, {} answers",
                    d.queries, d.responses, d.answers
                )
            };
            if !rcodes.is_empty() {
                let _ = write!(s, " [{}]", rcodes.join(", "));
            }
            if !d.addresses.is_empty() {
                let _ = write!(s, " → {}", safe::escape(&d.addresses.join(", ")));
            }
            s.push('\n');
        }
        if !a.dns_rcodes.is_empty() {
            let _ = writeln!(
                s,
                "  {} {}",
                i18n::pad(say(lang, "rcodes", "응답 코드"), 14),
                rcode_list(a.dns_rcodes.iter().map(|(k, n)| (k, *n)).collect()).join(", ")
            );
        }
    }
    if !a.http_hosts.is_empty() || !a.http_status.is_empty() {
        s.push('\n');
        section(&mut s, &format!("{} HTTP", app.trim_end()));
        counts(&mut s, say(lang, "hosts", "호스트"), &a.http_hosts);
        counts(&mut s, say(lang, "methods", "메서드"), &a.http_methods);
        counts(&mut s, say(lang, "status", "상태"), &a.http_status);
    }
    if !a.tls_sni.is_empty() || !a.tls_versions.is_empty() {
        s.push('\n');
        section(
            &mut s,
            &format!("{} TLS", layer_label(Osi::Presentation, lang).trim_end()),
        );
        counts(&mut s, "SNI", &a.tls_sni);
        counts(
            &mut s,
            say(lang, "ALPN offered", "제안된 ALPN"),
            &a.tls_alpn,
        );
        counts(&mut s, say(lang, "versions", "버전"), &a.tls_versions);
        counts(&mut s, say(lang, "ciphers", "암호 스위트"), &a.tls_ciphers);
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
            let ko = lang == Lang::Ko;
            let (to_server, to_client, frames) =
                (w.messages_to_server, w.messages_to_client, w.frames);
            let counted = if ko {
                format!("메시지 {to_server} → / {to_client} ←, 프레임 {frames}개")
            } else {
                format!("messages {to_server} → / {to_client} ←, {frames} frames")
            };
            let pings = match (w.pings, ko) {
                (0, _) => String::new(),
                (n, true) => format!(", 핑 {n}번"),
                (n, false) => format!(", {n} ping"),
            };
            let _ = writeln!(
                s,
                "  tcp {:<4} {}  {counted}, {}{pings}{}{}",
                w.stream,
                ends,
                human_bytes(w.payload_bytes),
                if w.deflate {
                    ", permessage-deflate"
                } else {
                    ""
                },
                if w.close_codes.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", {} {}",
                        say(lang, "close", "종료"),
                        safe::escape(&w.close_codes.join(" / "))
                    )
                }
            );
        }
    }

    let pr = &a.polling;
    if !pr.polling.is_empty() || pr.websocket.iter().any(|w| w.accepted) {
        s.push('\n');
        section(
            &mut s,
            &format!(
                "{} {}",
                app.trim_end(),
                say(lang, "polling and push", "폴링과 푸시")
            ),
        );
        for p in &pr.polling {
            let _ = writeln!(s, "  {}", safe::escape(&p.summary_in(lang)));
            let _ = writeln!(s, "    {}", p.cost_in(lang));
        }
        for w in pr.websocket.iter().filter(|w| w.accepted) {
            let ends = match (&w.client, &w.server) {
                (Some(c), Some(v)) => format!(" {c} → {v}"),
                _ => String::new(),
            };
            let _ = writeln!(s, "  WebSocket tcp {}{ends}", w.stream);
            let _ = writeln!(s, "    {}", w.cost_in(lang));
        }
        for p in &pr.polling {
            if let Some(text) = pr
                .push_of(p.client)
                .and_then(|w| polling::compare_in(p, w, lang))
            {
                let _ = writeln!(s, "  {text}");
            }
        }
    }

    s.push('\n');
    section(&mut s, say(lang, "Anomalies", "이상 징후"));
    let an = &r.anomalies;
    if an.by_kind.is_empty() && an.retransmissions + an.out_of_order + an.lost_segments == 0 {
        let _ = writeln!(s, "  {}", say(lang, "none", "없음"));
    } else {
        for k in &an.by_kind {
            let mut line = String::new();
            style::paint(
                &mut line,
                color,
                style::anomaly(),
                &i18n::pad(anomaly_kind(lang, k.kind), 10),
            );
            let _ = if lang == Lang::Ko {
                writeln!(s, "  {line} {:<10} 계층 {}개", k.protocol, k.layers)
            } else {
                writeln!(s, "  {line} {:<10} {} layers", k.protocol, k.layers)
            };
        }
        let _ = if lang == Lang::Ko {
            writeln!(
                s,
                "  TCP: 재전송 {}, 순서 뒤바뀜 {}, 이전 세그먼트 캡처 안 됨 {}, keep-alive {}, 누락된 바이트 {}",
                an.retransmissions,
                an.out_of_order,
                an.lost_segments,
                an.keep_alives,
                an.missing_bytes
            )
        } else {
            writeln!(
                s,
                "  TCP: {} retransmissions, {} out of order, {} previous segment not captured, {} keep-alives, {} bytes missing",
                an.retransmissions,
                an.out_of_order,
                an.lost_segments,
                an.keep_alives,
                an.missing_bytes
            )
        };
    }
    s.push('\n');
    section(&mut s, say(lang, "Expert info", "전문가 정보"));
    expert_table(&mut s, &r.experts, lang);
    if r.overflow > 0 {
        let _ = if lang == Lang::Ko {
            writeln!(
                s,
                "\n  (메모리 한도를 넘은 키 {}개는 세었지만 나열하지 않음)",
                r.overflow
            )
        } else {
            writeln!(
                s,
                "\n  ({} keys over the memory caps were counted but not listed)",
                r.overflow
            )
        };
    }
    s
}

/// `tshark -q -z expert`'s table: one block per severity, most severe
/// first, each row a count, a group, a protocol and a message.
fn expert_table(s: &mut String, rows: &[crate::views::stats::ExpertRow], lang: Lang) {
    if rows.is_empty() {
        let _ = writeln!(s, "  {}", say(lang, "none", "없음"));
        return;
    }
    let mut i = 0;
    while i < rows.len() {
        let sev = rows[i].severity;
        let block: Vec<_> = rows[i..].iter().take_while(|r| r.severity == sev).collect();
        let total: u64 = block.iter().map(|r| r.count).sum();
        // tshark's headings: Errors, Warns, Notes, Chats, Comments.
        let heading = match (lang, sev) {
            (Lang::En, "Warning") => "Warns",
            (Lang::En, "Error") => "Errors",
            (Lang::En, "Note") => "Notes",
            (Lang::En, "Chat") => "Chats",
            (Lang::En, "Comment") => "Comments",
            (Lang::En, other) => other,
            (Lang::Ko, "Error") => "오류",
            (Lang::Ko, "Warning") => "경고",
            (Lang::Ko, "Note") => "참고",
            (Lang::Ko, "Chat") => "대화",
            (Lang::Ko, "Comment") => "주석",
            (Lang::Ko, other) => other,
        };
        let _ = writeln!(s, "  {heading} ({total})");
        let _ = writeln!(
            s,
            "  {} {} {}  {}",
            i18n::pad_left(say(lang, "Frequency", "빈도"), 10),
            i18n::pad_left(say(lang, "Group", "그룹"), 10),
            i18n::pad_left(say(lang, "Protocol", "프로토콜"), 18),
            say(lang, "Summary", "요약")
        );
        for r in &block {
            let _ = writeln!(
                s,
                "  {:>10} {:>10} {:>18}  {}",
                r.count,
                r.group,
                safe::escape(&r.protocol),
                safe::escape(&r.summary)
            );
        }
        i += block.len();
    }
}

/// An anomaly's kind (`truncated`, `malformed`, …) in the reader's
/// language.
fn anomaly_kind(lang: Lang, english: &str) -> &str {
    if lang == Lang::En {
        return english;
    }
    match english {
        "truncated" => "잘림",
        "malformed" => "형식 오류",
        "missing" => "누락",
        "evicted" => "버려짐",
        other => other,
    }
}

// ───────────────────────────── follow ─────────────────────────────

const TSHARK_RULE: &str = "===================================================================";

/// `osidump follow`'s output, written as the conversation is read: the
/// header once the stream's two nodes are known, then each chunk (text,
/// hex, raw) or each message (parsed), as text or NDJSON. The text's own
/// words are in `lang`; the raw view's header is tshark's, word for word,
/// and NDJSON is English.
#[derive(Debug)]
pub struct FollowPrinter {
    show: Show,
    json: bool,
    color: bool,
    lang: Lang,
    header_done: bool,
    /// The node the last text chunk came from (a rule when it changes).
    last_dir: Option<u8>,
}

impl FollowPrinter {
    pub fn new(show: Show, json: bool, color: bool, lang: Lang) -> Self {
        FollowPrinter {
            show,
            json,
            color,
            lang,
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
                    message_text(&mut s, &m, self.color, self.lang);
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
                    chunk_text(
                        &mut s,
                        &c,
                        self.show,
                        self.color,
                        self.lang,
                        &mut self.last_dir,
                    );
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
        let node = say(self.lang, "node", "노드");
        let _ = match self.lang {
            Lang::En => write!(s, "Follow TCP stream {stream}: "),
            Lang::Ko => write!(s, "TCP 스트림 {stream} 따라가기: "),
        };
        style::paint(&mut s, self.color, node_style(0), &format!("{node} 0 {a}"));
        s.push_str(" ↔ ");
        style::paint(&mut s, self.color, node_style(1), &format!("{node} 1 {b}"));
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

/// `[12 bytes missing]`, where the capture has a hole.
fn missing_text(n: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("[{n} bytes missing]"),
        Lang::Ko => format!("[{n}바이트 누락]"),
    }
}

/// `(frame 12)`.
fn frame_text(frame: impl std::fmt::Display, lang: Lang) -> String {
    format!("({} {frame})", say(lang, "frame", "프레임"))
}

fn chunk_text(
    s: &mut String,
    c: &Chunk,
    show: Show,
    color: bool,
    lang: Lang,
    last: &mut Option<u8>,
) {
    if c.missing > 0 {
        if show != Show::Raw {
            style::paint(s, color, style::anomaly(), &missing_text(c.missing, lang));
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
                let _ = writeln!(
                    s,
                    "── {} {} {} ──",
                    say(lang, "node", "노드"),
                    c.dir,
                    frame_text(c.frame, lang)
                );
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

fn message_text(s: &mut String, m: &Message, color: bool, lang: Lang) {
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
            let _ = write!(body, "{arrow} HTTP {} ", frame_text(frame, lang));
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
                    "    [{} {}{}{}]",
                    say(lang, "body", "본문"),
                    human_bytes(b.len() as u64),
                    if *chunked {
                        say(lang, ", de-chunked", ", 청크 해제")
                    } else {
                        ""
                    },
                    if *incomplete {
                        say(lang, ", incomplete", ", 불완전")
                    } else {
                        ""
                    }
                );
                preview(&mut body, b, lang);
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
            let _ = write!(
                body,
                "{arrow} WebSocket {} {opcode_name}",
                frame_text(frame, lang)
            );
            if *fragments > 1 {
                let _ = match lang {
                    Lang::En => write!(body, " [{fragments} fragments]"),
                    Lang::Ko => write!(body, " [조각 {fragments}개]"),
                };
            }
            if *compressed {
                body.push_str(say(lang, " [inflated]", " [압축 해제]"));
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
                preview(&mut body, payload, lang);
            }
        }
        Message::Dns { frame, summary, .. } => {
            let _ = write!(body, "{arrow} DNS {} ", frame_text(frame, lang));
            safe::push(&mut body, summary);
            body.push('\n');
        }
        Message::Raw { frame, data, .. } => {
            let _ = writeln!(
                body,
                "{arrow} {} {} {}",
                say(lang, "data", "데이터"),
                frame_text(frame, lang),
                human_bytes(data.len() as u64)
            );
            preview(&mut body, data, lang);
        }
        Message::Gap { missing, .. } => {
            let _ = writeln!(body, "{arrow} {}", missing_text(*missing, lang));
        }
    }
    style::paint(s, color, node_style(m.dir()), &body);
}

/// Text bodies in full (up to 4 KiB), binary as a short hex line.
fn preview(s: &mut String, b: &[u8], lang: Lang) {
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
                let _ = match lang {
                    Lang::En => writeln!(s, "    | … ({} more bytes)", b.len() - MAX),
                    Lang::Ko => writeln!(s, "    | … ({}바이트 더)", b.len() - MAX),
                };
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
    sessions_text_in(r, color, lang, Model::Osi)
}

/// The tag before a step: its layer under `model` (`L5`, `L5 세션 계층`;
/// `Application`, `응용 계층`) and its protocol, padded so the steps line up.
pub fn step_tag(osi: Osi, protocol: &str, lang: Lang, model: Model) -> String {
    match (model, lang) {
        (Model::Osi, Lang::En) => format!("L{} {}", osi.number(), i18n::pad(protocol, 9)),
        (Model::Osi, Lang::Ko) => format!(
            "L{} {} {}",
            osi.number(),
            i18n::pad(i18n::layer_name(osi, lang), 16),
            i18n::pad(protocol, 9)
        ),
        (Model::TcpIp, _) => {
            // The widest of the four names, so every step lines up.
            let cols = TcpIp::TOP_DOWN
                .iter()
                .map(|t| i18n::width(t.name(lang)))
                .max()
                .unwrap_or(0);
            format!(
                "{} {}",
                i18n::pad(TcpIp::of(osi).name(lang), cols),
                i18n::pad(protocol, 9)
            )
        }
    }
}

/// `osidump sessions` as text, each step tagged by its layer in `model`.
pub fn sessions_text_in(r: &sessions::Report, color: bool, lang: Lang, model: Model) -> String {
    let mut s = String::new();
    for (i, c) in r.clients.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        // A host known only by its MAC (a probe for a free address) is
        // named by it.
        let mut head = match (c.addresses.first(), &c.mac) {
            (Some(a), _) => sessions::words::client(lang, a),
            (None, Some(m)) => sessions::words::client(lang, m),
            (None, None) => sessions::words::client(lang, "?"),
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
            let tag = step_tag(osi, st.protocol, lang, model);
            let _ = write!(s, "  +{:.3}s  ", st.t - t0);
            style::paint(&mut s, color, style::layer(model::colour(osi, model)), &tag);
            s.push(' ');
            s.push_str(&"  ".repeat(usize::from(st.depth)));
            safe::push(&mut s, st.shown());
            s.push('\n');
        }
    }
    // Said apart: the cap is a count, the budget is memory (both drop).
    let over_cap = r.dropped - r.dropped_over_budget;
    if over_cap > 0 {
        let _ = writeln!(
            s,
            "\n{}",
            sessions::words::dropped(lang, over_cap, sessions::MAX_CONVERSATIONS)
        );
    }
    if r.dropped_over_budget > 0 {
        let mib = crate::flow::budget::VIEW_BUDGET >> 20;
        let _ = writeln!(
            s,
            "\n{}",
            sessions::words::dropped_over_budget(lang, r.dropped_over_budget, mib)
        );
    }
    if r.dropped_l3 > 0 {
        let _ = writeln!(s, "\n{}", sessions::words::dropped_l3(lang, r.dropped_l3));
    }
    if r.clients.is_empty() {
        s.push_str(sessions::words::no_conversations(lang));
        s.push('\n');
    }
    s
}
