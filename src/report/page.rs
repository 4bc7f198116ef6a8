//! The report page: one HTML file with everything inline — the ladder's
//! SVG, the CSS, the data of each drawn packet and a small script — that
//! opens from disk in any browser and fetches nothing (its
//! Content-Security-Policy forbids it).
//!
//! Sections: the ladder ([`super::ladder`]) with the packet view beside
//! it (filled by the script from the embedded JSON when an arrow is
//! clicked: the packet as the OSI stack, L7 at the top, each layer's
//! fields, its bytes highlighted in a hex dump coloured by layer), then
//! the overview: protocols by OSI layer, conversations, the WebSocket
//! cost next to HTTP polling's (`views::polling`, as `sessions` and
//! `stats` tell it), anomalies and expert info.
//!
//! URL fragments: `#frame=N` selects that packet when the page opens;
//! `#selftest` clicks every arrow and a folded band and writes what the
//! page then showed into `<pre id="selftest-result">` (the browser test
//! reads it with `chromium --dump-dom`).

use super::html::{self, escape};
use super::ladder::{self, badge, colour_in};
use super::model::Model;
use crate::dissect::Osi;
use crate::views::i18n::{self, Lang};
use crate::views::model::{Model as Layers, TcpIp};
use crate::views::polling;
use crate::views::{human_bytes, human_duration};
use std::fmt::Write as _;

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");

/// Words the script shows, sent to it in the page's language.
const SCRIPT_TERMS: &[&str] = &[
    "not in this packet",
    "bytes",
    "frame",
    "Bytes, coloured by layer",
    "click to expand",
    "click to fold",
    "more packets",
    "shown bytes",
];

/// The packet view's caption in each model.
const STACK_CAPTION: [&str; 2] = [
    "Layers of the packet, top (L7) to bottom (L1)",
    "Layers of the packet, top (Application) to bottom (Link)",
];

/// Headings and phrases of the page (all in [`i18n::REPORT_KO`]).
pub const PAGE_TERMS: &[&str] = &[
    "osidump report",
    "Ladder",
    "Packet",
    "Overview",
    "Click an arrow to see its packet as an OSI stack.",
    "Click an arrow to see its packet as a TCP/IP stack.",
    "Click a folded band to expand it.",
    "Protocols by OSI layer",
    "Protocols by TCP/IP layer",
    "Conversations",
    "WebSocket and polling",
    "Anomalies and expert info",
    "none",
    "drawn",
    "duration",
    "share",
    "layer",
    "protocol",
    "kind",
    "reason",
    "start",
    "conversation",
    "messages",
    "payload",
    "on the wire",
    "upgrade bytes",
    "control frames",
    "wire bytes per payload byte",
    "Polling: not detected.",
    "No WebSocket in this capture.",
    "TCP analysis",
    "retransmissions",
    "out of order",
    "previous segment not captured",
    "keep-alives",
    "bytes missing",
    "Limits",
    "packets",
    "not drawn",
    "client",
    "server",
    "hosts",
    "conversations",
    POLLING_NOTE,
];

/// The page for `m`, its layers named and coloured by `layers` (OSI or
/// TCP/IP); `version` goes in the footer.
pub fn html(m: &Model, lang: Lang, layers: Layers, version: &str) -> String {
    let t = |s: &'static str| escape(i18n::term(s, lang));
    let click_arrow = match layers {
        Layers::Osi => "Click an arrow to see its packet as an OSI stack.",
        Layers::TcpIp => "Click an arrow to see its packet as a TCP/IP stack.",
    };
    let names: Vec<&str> = m.captures.iter().map(|c| c.name.as_str()).collect();
    let mut s = String::with_capacity(64 * 1024 + m.rows.len() * 2048);
    let _ = write!(
        s,
        r#"<!DOCTYPE html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="osidump {}">
<title>{} — {}</title>
<style>
"#,
        match lang {
            Lang::En => "en",
            Lang::Ko => "ko",
        },
        escape(version),
        t("osidump report"),
        escape(&names.join(", ")),
    );
    s.push_str(CSS);
    let _ = write!(
        s,
        "</style>\n</head>\n<body>\n<header>\n<h1>{}",
        t("osidump report")
    );
    for n in &names {
        let _ = write!(s, r#" <span class="file">{}</span>"#, escape(n));
    }
    s.push_str("</h1>\n");
    summary_line(&mut s, m, lang);
    legend(&mut s, lang, layers);
    s.push_str("</header>\n<main>\n");

    // The ladder and the packet view.
    let _ = write!(
        s,
        r#"<section id="ladder"><h2>{}</h2><p class="hint">{} {}</p><div class="ladder-wrap">"#,
        t("Ladder"),
        t(click_arrow),
        t("Click a folded band to expand it."),
    );
    s.push_str(&ladder::svg(
        m,
        &ladder::Options {
            interactive: true,
            lang,
            model: layers,
        },
    ));
    s.push_str("</div>");
    limits(&mut s, m, lang);
    let _ = write!(
        s,
        r#"</section>
<aside id="packet"><h2>{}</h2><div id="packet-view"><p class="hint">{}</p></div></aside>
</main>
"#,
        t("Packet"),
        t(click_arrow),
    );

    // The overview.
    let _ = write!(
        s,
        r#"<section id="overview"><h2>{}</h2><div class="cards">"#,
        t("Overview")
    );
    protocols(&mut s, m, lang, layers);
    conversations(&mut s, m, lang, layers);
    websocket(&mut s, m, lang);
    anomalies(&mut s, m, lang, layers);
    s.push_str("</div></section>\n");
    let _ = write!(
        s,
        "<footer>osidump {} · {}</footer>\n<pre id=\"selftest-result\" hidden></pre>\n",
        escape(version),
        escape(&names.join(", "))
    );
    data(&mut s, m, lang, layers);
    s.push_str("<script>\n");
    s.push_str(JS);
    s.push_str("</script>\n</body>\n</html>\n");
    s
}

fn summary_line(s: &mut String, m: &Model, lang: Lang) {
    let st = &m.stats;
    let mut convs: Vec<usize> = m.rows.iter().map(|r| r.conv).collect();
    convs.sort_unstable();
    convs.dedup();
    let t = |k: &'static str| escape(i18n::term(k, lang));
    let _ = write!(
        s,
        r#"<p class="meta">{} {} · {} · {} — {}: {} {}, {} {}, {} {}</p>"#,
        st.packets,
        t("packets"),
        human_bytes(st.bytes),
        human_duration((st.duration * 1e9) as i128),
        t("drawn"),
        m.rows.len(),
        t("packets"),
        convs.len(),
        t("conversations"),
        m.lanes.len(),
        t("hosts"),
    );
}

/// The OSI layers a TCP/IP layer takes in: `L5–L7`, `L4`.
fn osi_span(t: TcpIp) -> String {
    let osi = t.osi();
    let (top, bottom) = (osi[0].number(), osi[osi.len() - 1].number());
    if top == bottom {
        format!("L{top}")
    } else {
        format!("L{bottom}–L{top}")
    }
}

/// A chip of `osi`'s layer in `layers`'s colour and words.
fn chip(osi: Osi, layers: Layers, lang: Lang) -> String {
    format!(
        r#"<span class="chip" style="background:{}">{}</span>"#,
        colour_in(osi, layers),
        escape(&badge(osi, layers, lang))
    )
}

fn legend(s: &mut String, lang: Lang, layers: Layers) {
    s.push_str(r#"<ol class="legend">"#);
    match layers {
        Layers::Osi => {
            for osi in Osi::ALL.iter().rev() {
                let _ = write!(
                    s,
                    "<li>{}{}</li>",
                    chip(*osi, layers, lang),
                    escape(i18n::layer_name(*osi, lang))
                );
            }
        }
        Layers::TcpIp => {
            for t in TcpIp::TOP_DOWN {
                let _ = write!(
                    s,
                    "<li>{}{}</li>",
                    chip(t.colour_of(), layers, lang),
                    osi_span(t)
                );
            }
        }
    }
    s.push_str("</ol>\n");
}

fn limits(s: &mut String, m: &Model, lang: Lang) {
    let l = &m.limits;
    let nd = &m.not_drawn;
    let _ = write!(
        s,
        r#"<p class="limits"><b>{}</b>: "#,
        escape(i18n::term("Limits", lang))
    );
    let fold = if l.fold == 0 {
        "∞".to_string()
    } else {
        l.fold.to_string()
    };
    match lang {
        Lang::En => {
            let _ = write!(
                s,
                "at most {} packets of the first {} conversations and {} hosts are drawn; bands longer than {fold} packets are folded. ",
                l.packets, l.conversations, l.lanes,
            );
            if nd.total() == 0 {
                let _ = write!(s, "All {} packets are drawn.", m.selected);
            } else {
                let _ = write!(
                    s,
                    r#"<span class="warn">{} of {} packets are not drawn: {} past the packet limit, {} of later conversations, {} to or from further hosts</span> (the overview counts them all; draw more with <code>--max-packets</code>, <code>--max-conversations</code>, or select with <code>-Y</code>)."#,
                    nd.total(),
                    m.selected,
                    nd.over_packets,
                    nd.over_conversations,
                    nd.over_lanes
                );
            }
        }
        Lang::Ko => {
            let _ = write!(
                s,
                "처음 {}개 대화의 패킷을 최대 {}개, 호스트를 최대 {}개까지 그립니다. 패킷이 {fold}개보다 많은 구간은 접습니다. ",
                l.conversations, l.packets, l.lanes,
            );
            if nd.total() == 0 {
                let _ = write!(s, "패킷 {}개를 모두 그렸습니다.", m.selected);
            } else {
                let _ = write!(
                    s,
                    r#"<span class="warn">패킷 {}개 중 {}개를 그리지 않았습니다: 패킷 한도 초과 {}, 이후 대화 {}, 그 밖의 호스트 {}</span> (개요에는 모두 셉니다. <code>--max-packets</code>, <code>--max-conversations</code>로 더 그리거나 <code>-Y</code>로 고르세요)."#,
                    m.selected,
                    nd.total(),
                    nd.over_packets,
                    nd.over_conversations,
                    nd.over_lanes
                );
            }
        }
    }
    s.push_str("</p>");
}

fn card(s: &mut String, id: &str, title: &str) {
    let _ = write!(
        s,
        r#"<section class="card" id="{id}"><h3>{}</h3>"#,
        escape(title)
    );
}

fn protocols(s: &mut String, m: &Model, lang: Lang, layers: Layers) {
    let title = match layers {
        Layers::Osi => "Protocols by OSI layer",
        Layers::TcpIp => "Protocols by TCP/IP layer",
    };
    card(s, "protocols", i18n::term(title, lang));
    let _ = write!(
        s,
        r#"<table class="bars"><thead><tr><th>{}</th><th>{}</th><th></th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th></tr></thead><tbody>"#,
        escape(i18n::term("layer", lang)),
        escape(i18n::term("protocol", lang)),
        escape(i18n::term("packets", lang)),
        escape(i18n::term("bytes", lang)),
        escape(i18n::term("share", lang)),
    );
    let mut group_drawn = None;
    for g in &m.stats.layers {
        let osi = Osi::from_number(g.osi);
        let group = TcpIp::of(osi);
        for (i, p) in g.protocols.iter().enumerate() {
            s.push_str("<tr>");
            match layers {
                Layers::Osi if i == 0 => {
                    let _ = write!(
                        s,
                        r#"<th rowspan="{}" class="layer">{}{}</th>"#,
                        g.protocols.len(),
                        chip(osi, layers, lang),
                        escape(i18n::layer_name(osi, lang))
                    );
                }
                // One cell for the TCP/IP layer's rows, its OSI span beside.
                Layers::TcpIp if group_drawn != Some(group) => {
                    let rows: usize = m
                        .stats
                        .layers
                        .iter()
                        .filter(|h| TcpIp::of(Osi::from_number(h.osi)) == group)
                        .map(|h| h.protocols.len())
                        .sum();
                    let _ = write!(
                        s,
                        r#"<th rowspan="{rows}" class="layer">{}{}</th>"#,
                        chip(osi, layers, lang),
                        osi_span(group)
                    );
                }
                _ => {}
            }
            group_drawn = Some(group);
            let _ = write!(
                s,
                r#"<td class="proto">{}</td><td class="bar"><span style="width:{:.1}%;background:{}"></span></td><td class="num">{}</td><td class="num">{}</td><td class="num">{:.1}%</td></tr>"#,
                escape(p.protocol),
                (p.share * 100.0).clamp(0.0, 100.0),
                colour_in(osi, layers),
                p.packets,
                human_bytes(p.bytes),
                p.share * 100.0
            );
        }
    }
    s.push_str("</tbody></table></section>");
}

fn conversations(s: &mut String, m: &Model, lang: Lang, layers: Layers) {
    card(s, "conversations", i18n::term("Conversations", lang));
    if m.stats.conversations.iter().all(|t| t.total == 0) {
        let _ = write!(s, "<p>{}</p>", escape(i18n::term("none", lang)));
    }
    for t in m.stats.conversations.iter().filter(|t| t.total > 0) {
        let osi = Osi::from_number(t.osi);
        let open = if t.kind.eq_ignore_ascii_case("tcp") || t.kind.eq_ignore_ascii_case("udp") {
            " open"
        } else {
            ""
        };
        let _ = write!(
            s,
            r#"<details{open}><summary>{}{} — {}{}</summary><table class="convs"><thead><tr><th>A</th><th>B</th><th class="num">A→B</th><th class="num">B→A</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th></tr></thead><tbody>"#,
            chip(osi, layers, lang),
            escape(t.kind),
            t.total,
            if t.total > t.conversations.len() {
                match lang {
                    Lang::En => format!(" (top {})", t.conversations.len()),
                    Lang::Ko => format!(" (상위 {}개)", t.conversations.len()),
                }
            } else {
                String::new()
            },
            escape(i18n::term("bytes", lang)),
            escape(i18n::term("start", lang)),
            escape(i18n::term("duration", lang)),
        );
        for c in &t.conversations {
            let _ = write!(
                s,
                r#"<tr><td>{}</td><td>{}</td><td class="num">{} · {}</td><td class="num">{} · {}</td><td class="num">{}</td><td class="num">{:.6}</td><td class="num">{:.4}</td></tr>"#,
                escape(&c.a.to_string()),
                escape(&c.b.to_string()),
                c.a_to_b.packets,
                human_bytes(c.a_to_b.bytes),
                c.b_to_a.packets,
                human_bytes(c.b_to_a.bytes),
                human_bytes(c.bytes),
                c.start,
                c.duration
            );
        }
        s.push_str("</tbody></table></details>");
    }
    s.push_str("</section>");
}

fn websocket(s: &mut String, m: &Model, lang: Lang) {
    card(s, "websocket", i18n::term("WebSocket and polling", lang));
    let ws: Vec<_> = m
        .convs
        .iter()
        .filter_map(|c| c.websocket.map(|w| (c, w)))
        .collect();
    if ws.is_empty() {
        let _ = write!(
            s,
            "<p>{}</p>",
            escape(i18n::term("No WebSocket in this capture.", lang))
        );
    } else {
        let t = |k: &'static str| escape(i18n::term(k, lang));
        for (c, w) in &ws {
            let payload = w.payload[0] + w.payload[1];
            let ratio = if payload > 0 {
                format!("{:.1}", w.wire_bytes as f64 / payload as f64)
            } else {
                "—".into()
            };
            let ends = c
                .ends
                .as_ref()
                .map_or(String::new(), |(a, b)| format!(" · {a} → {b}"));
            let _ = write!(
                s,
                r#"<table class="ws"><caption>{}{}</caption><tbody><tr><th>{}</th><td class="num">{} → / {} ←</td></tr><tr><th>{}</th><td class="num">{} → / {} ←</td></tr><tr><th>{}</th><td class="num">{}</td></tr><tr><th>{}</th><td class="num">{}</td></tr><tr><th>{}</th><td class="num">{} · {} {}</td></tr><tr><th>{}</th><td class="num"><b>{}</b></td></tr></tbody></table>"#,
                escape(&c.name),
                escape(&ends),
                t("messages"),
                w.messages[0],
                w.messages[1],
                t("payload"),
                human_bytes(w.payload[0]),
                human_bytes(w.payload[1]),
                t("upgrade bytes"),
                human_bytes(w.upgrade_bytes),
                t("control frames"),
                w.control,
                t("on the wire"),
                human_bytes(w.wire_bytes),
                w.packets,
                t("packets"),
                t("wire bytes per payload byte"),
                ratio
            );
        }
    }
    let pr = &m.stats.applications.polling;
    if pr.polling.is_empty() {
        let _ = write!(
            s,
            r#"<p class="note"><b>{}</b> {}</p>"#,
            escape(i18n::term("Polling: not detected.", lang)),
            escape(i18n::term(POLLING_NOTE, lang)),
        );
    }
    for p in &pr.polling {
        let _ = write!(
            s,
            r#"<p class="polling">{}<br>{}</p>"#,
            escape(&p.summary_in(lang)),
            escape(&p.cost_in(lang))
        );
        if let Some(text) = pr
            .push_of(p.client)
            .and_then(|w| polling::compare_in(p, w, lang))
        {
            let _ = write!(s, "<p><b>{}</b></p>", escape(&text));
        }
    }
    s.push_str("</section>");
}

/// Why there is nothing to compare the WebSocket cost with.
pub const POLLING_NOTE: &str = "No client asked one server for the same resource 3 times or more, at least 50 ms apart: there is no polling to compare with.";

fn anomalies(s: &mut String, m: &Model, lang: Lang, layers: Layers) {
    card(
        s,
        "anomalies",
        i18n::term("Anomalies and expert info", lang),
    );
    let a = &m.stats.anomalies;
    let t = |k: &'static str| escape(i18n::term(k, lang));
    let _ = write!(
        s,
        r#"<p class="tcp-analysis"><b>{}</b>: {} {}, {} {}, {} {}, {} {}, {} {}</p>"#,
        t("TCP analysis"),
        a.retransmissions,
        t("retransmissions"),
        a.out_of_order,
        t("out of order"),
        a.lost_segments,
        t("previous segment not captured"),
        a.keep_alives,
        t("keep-alives"),
        a.missing_bytes,
        t("bytes missing"),
    );
    if m.anomalies.is_empty() {
        let _ = write!(s, r#"<p class="none">{}</p>"#, t("none"));
        s.push_str("</section>");
        return;
    }
    if !a.by_kind.is_empty() {
        s.push_str(r#"<ul class="kinds">"#);
        for k in &a.by_kind {
            let _ = write!(
                s,
                "<li><b>{}</b> {} × {}</li>",
                escape(crate::render::line::anomaly_kind(k.kind, lang)),
                escape(k.protocol),
                k.layers
            );
        }
        s.push_str("</ul>");
    }
    let _ = write!(
        s,
        r#"<table class="anomalies"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>"#,
        t("frame"),
        t("layer"),
        t("protocol"),
        t("kind"),
        t("reason"),
    );
    for r in &m.anomalies {
        let osi = Osi::from_number(r.osi);
        let frame = match r.row {
            Some(i) => format!(
                r#"<button type="button" class="goto" data-row="{i}">#{}</button>"#,
                r.frame
            ),
            None => format!("#{}", r.frame),
        };
        let cap = if m.captures.len() > 1 {
            format!(" ({})", escape(&m.captures[r.capture as usize].name))
        } else {
            String::new()
        };
        let _ = write!(
            s,
            r#"<tr><td>{frame}{cap}</td><td>{}</td><td>{}</td><td class="kind {}">{}</td><td>{}</td></tr>"#,
            chip(osi, layers, lang),
            escape(r.protocol),
            escape(r.kind),
            escape(crate::render::line::anomaly_kind(r.kind, lang)),
            escape(&r.reason)
        );
    }
    s.push_str("</tbody></table>");
    if m.anomalies_total > m.anomalies.len() as u64 {
        let more = m.anomalies_total - m.anomalies.len() as u64;
        let _ = match lang {
            Lang::En => write!(s, "<p>… {more} more</p>"),
            Lang::Ko => write!(s, "<p>… {more}개 더</p>"),
        };
    }
    s.push_str("</section>");
}

/// The script's data: each drawn packet's detail and where it goes, the
/// layer names and colours, and the words it shows.
fn data(s: &mut String, m: &Model, lang: Lang, layers: Layers) {
    s.push_str(r#"<script type="application/json" id="osidump-data">{"rows":["#);
    for (i, r) in m.rows.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let (src, dst) = r.endpoints();
        let meta = serde_json::json!({
            "src": src,
            "dst": dst,
            "conv": m.convs[r.conv].name,
            "t": format!("{:.6}", r.t),
            "step": r.step.key(),
            "word": r.word.map(|w| i18n::term(w, lang)),
        });
        let _ = write!(
            s,
            r#"{{"meta":{},"d":{}}}"#,
            html::json(&meta),
            r.detail.as_deref().unwrap_or("null")
        );
    }
    // Each OSI number's name and colour, and the packet view's rows top
    // down: `[chip, name, colour, [OSI numbers it holds]]`.
    s.push_str(r#"],"layers":"#);
    let names: serde_json::Map<String, serde_json::Value> = Osi::ALL
        .iter()
        .map(|o| {
            let name = match layers {
                Layers::Osi => i18n::layer_name(*o, lang),
                Layers::TcpIp => TcpIp::of(*o).name(lang),
            };
            (
                o.number().to_string(),
                serde_json::json!([name, colour_in(*o, layers)]),
            )
        })
        .collect();
    s.push_str(&html::json(&names));
    let stack: Vec<serde_json::Value> = match layers {
        Layers::Osi => Osi::ALL
            .iter()
            .rev()
            .map(|o| {
                serde_json::json!([
                    badge(*o, layers, lang),
                    i18n::layer_name(*o, lang),
                    colour_in(*o, layers),
                    [o.number()]
                ])
            })
            .collect(),
        Layers::TcpIp => TcpIp::TOP_DOWN
            .iter()
            .map(|t| {
                let osi: Vec<u8> = t.osi().iter().map(|o| o.number()).collect();
                serde_json::json!([
                    osi_span(*t),
                    t.name(lang),
                    colour_in(t.colour_of(), layers),
                    osi
                ])
            })
            .collect(),
    };
    s.push_str(r#","stack":"#);
    s.push_str(&html::json(&stack));
    s.push_str(r#","caption":"#);
    let caption = STACK_CAPTION[usize::from(layers == Layers::TcpIp)];
    s.push_str(&html::json(&serde_json::json!(i18n::term(caption, lang))));
    s.push_str(r#","terms":"#);
    let terms: serde_json::Map<String, serde_json::Value> = SCRIPT_TERMS
        .iter()
        .map(|k| (k.to_string(), i18n::term(k, lang).into()))
        .collect();
    s.push_str(&html::json(&terms));
    s.push_str("}</script>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::{Stage, Step};

    #[test]
    fn every_word_of_the_report_has_its_korean() {
        let has = |w: &str| i18n::REPORT_KO.iter().any(|(e, _)| *e == w);
        let words = Step::ALL
            .iter()
            .filter_map(|s| s.word())
            .chain(Stage::ALL.iter().map(|s| s.title()))
            .chain(PAGE_TERMS.iter().copied())
            .chain(SCRIPT_TERMS.iter().copied())
            .chain(STACK_CAPTION)
            .chain([
                "no packets",
                "everyone on the link",
                "capture",
                "more packets",
                "click to expand",
            ]);
        for w in words {
            assert!(has(w), "no Korean for {w:?}");
        }
    }
}
