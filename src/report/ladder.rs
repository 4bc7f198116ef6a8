//! The ladder (sequence) diagram as SVG: hosts as vertical lines, each
//! packet an arrow from its sender to its receiver in capture order, the
//! arrows of one step of one conversation on a band headed by that step
//! (and the `sessions` view's line for it), coloured by OSI layer.
//!
//! The same drawing serves `sessions --format svg` (static: folded rows
//! are left out, colours are attributes so slide tools that ignore CSS
//! keep them) and the report page (interactive: every row is present,
//! folded ones hidden, with `data-` attributes the page's script reads to
//! show a packet, unfold a band and lay the rows out again). The layout
//! rule is the script's too: rows stack from [`TOP`] in document order,
//! each `data-h` high, hidden ones taking no room.

use super::html::{self, clip};
use super::model::{Band, Lane, Model, Row};
use crate::dissect::Osi;
use crate::views::i18n::{self, Lang};
use crate::views::model::{self as layers, Model as Layers, TcpIp};
use std::fmt::Write as _;

/// Height of the lane headers: the first row starts here.
pub const TOP: u32 = 86;
const ROW_H: u32 = 26;
const HEAD_H: u32 = 28;
const FOLD_H: u32 = 28;
const CAPTURE_H: u32 = 30;
/// The time column.
const TIME_W: u32 = 128;
/// From the time column to the first lane.
const MARGIN: u32 = 100;
/// Between lanes.
const GAP: u32 = 220;
/// Average width of one display column at the label's size, in pixels.
const COL_PX: f64 = 6.4;

/// The colour of each OSI layer (the terminal's: L1 grey, L2 blue, L3
/// green, L4 cyan, L5 magenta, L6 yellow, L7 red).
pub fn colour(osi: Osi) -> &'static str {
    match osi {
        Osi::Physical => "#7f8c8d",
        Osi::DataLink => "#3b6fd8",
        Osi::Network => "#2e9d4f",
        Osi::Transport => "#0e8fa0",
        Osi::Session => "#9b59b6",
        Osi::Presentation => "#c98a00",
        Osi::Application => "#d9485f",
    }
}

/// The colour `osi` is drawn in under `model`: its own, or its TCP/IP
/// layer's (so one TCP/IP layer reads as one colour).
pub fn colour_in(osi: Osi, model: Layers) -> &'static str {
    colour(layers::colour(osi, model))
}

/// The badge of a layer: `L5` in the OSI model, the TCP/IP layer's name
/// (`Application`, `응용 계층`) in the TCP/IP model.
pub fn badge(osi: Osi, model: Layers, lang: Lang) -> String {
    match model {
        Layers::Osi => format!("L{}", osi.number()),
        Layers::TcpIp => TcpIp::of(osi).name(lang).to_string(),
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Every row present (folded ones hidden) with the page's attributes.
    pub interactive: bool,
    pub lang: Lang,
    /// The layer model the bands and arrows are coloured and badged by.
    pub model: Layers,
}

/// Where lane `i` stands.
fn lane_x(i: usize) -> u32 {
    TIME_W + MARGIN + i as u32 * GAP
}

/// The drawing's width for `lanes` lanes.
pub fn width(lanes: usize) -> u32 {
    (lane_x(lanes.max(1) - 1) + 130).max(780)
}

/// What is drawn, top to bottom.
enum Item {
    Capture(usize),
    Head(usize),
    Row(usize, bool),
    Fold(usize),
}

fn items(m: &Model, interactive: bool) -> Vec<Item> {
    let mut out = Vec::new();
    let mut capture = None;
    for (bi, b) in m.bands.iter().enumerate() {
        let c = m.rows[b.rows.start].capture as usize;
        if capture != Some(c) {
            capture = Some(c);
            if m.captures.len() > 1 {
                out.push(Item::Capture(c));
            }
        }
        out.push(Item::Head(bi));
        for i in b.rows.clone() {
            let hidden = b.fold.as_ref().is_some_and(|f| f.contains(&i));
            if let Some(f) = &b.fold
                && i == f.start
            {
                out.push(Item::Fold(bi));
            }
            if !hidden || interactive {
                out.push(Item::Row(i, hidden));
            }
        }
    }
    out
}

/// The ladder of `m` as one `<svg>` element.
pub fn svg(m: &Model, o: &Options) -> String {
    let lang = o.lang;
    let w = width(m.lanes.len());
    let items = items(m, o.interactive);
    let height = |it: &Item| match it {
        Item::Capture(_) => CAPTURE_H,
        Item::Head(_) => HEAD_H,
        Item::Row(_, hidden) => {
            if *hidden {
                0
            } else {
                ROW_H
            }
        }
        Item::Fold(_) => FOLD_H,
    };
    // Where each item starts, and where each band's background spans.
    let mut ys = Vec::with_capacity(items.len());
    let mut y = TOP;
    let mut band_span: Vec<(u32, u32)> = vec![(0, 0); m.bands.len()];
    let mut band_of_row = vec![0usize; m.rows.len()];
    for (bi, b) in m.bands.iter().enumerate() {
        for i in b.rows.clone() {
            band_of_row[i] = bi;
        }
    }
    for it in &items {
        ys.push(y);
        let h = height(it);
        let band = match it {
            Item::Head(b) | Item::Fold(b) => Some(*b),
            Item::Row(i, false) => Some(band_of_row[*i]),
            _ => None,
        };
        if let Some(b) = band {
            if matches!(it, Item::Head(_)) {
                band_span[b].0 = y + 4;
            }
            band_span[b].1 = y + h;
        }
        y += h;
    }
    let total = y + 12;

    let mut s = String::with_capacity(4096 + m.rows.len() * 600);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="ladder" width="{w}" height="{total}" viewBox="0 0 {w} {total}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK KR', sans-serif" font-size="11" data-top="{TOP}" data-lanes="{}" role="img" aria-label="{}">"#,
        m.lanes.len(),
        html::escape(i18n::term("Ladder", lang)),
    );
    s.push_str("<defs>");
    for osi in Osi::ALL {
        let _ = write!(
            s,
            r#"<marker id="ah{n}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>"#,
            n = osi.number(),
            c = colour(osi)
        );
    }
    s.push_str("</defs>\n");
    let _ = write!(
        s,
        r##"<rect class="paper" width="{w}" height="{total}" fill="#ffffff"/>\n"##
    );

    // Band backgrounds, behind everything.
    s.push_str("<g class=\"bands\">\n");
    for (bi, b) in m.bands.iter().enumerate() {
        let (y0, y1) = band_span[bi];
        let c = colour_in(b.osi, o.model);
        let _ = write!(
            s,
            r#"<g class="band-bg" data-band="{bi}"><rect class="tint" x="4" y="{y0}" width="{}" height="{}" rx="4" fill="{c}" fill-opacity="0.07"/><rect class="bar" x="4" y="{y0}" width="4" height="{}" fill="{c}"/></g>\n"#,
            w - 8,
            y1.saturating_sub(y0),
            y1.saturating_sub(y0),
        );
    }
    s.push_str("</g>\n");

    // Lanes: a header and a line each.
    s.push_str("<g class=\"lanes\">\n");
    for (i, l) in m.lanes.iter().enumerate() {
        lane(&mut s, i, l, total, lang);
    }
    s.push_str("</g>\n");

    s.push_str("<g class=\"rows\">\n");
    for (it, y) in items.iter().zip(&ys) {
        match it {
            Item::Capture(c) => {
                let name = &m.captures[*c].name;
                let _ = write!(
                    s,
                    r##"<g class="row capture" data-h="{CAPTURE_H}" transform="translate(0,{y})"><line x1="8" y1="22" x2="{}" y2="22" stroke="#555" stroke-width="1"/><text x="10" y="16" font-weight="bold" fill="#222">{} {}: {}</text></g>"##,
                    w - 8,
                    html::escape(i18n::term("capture", lang)),
                    c + 1,
                    html::escape(name)
                );
            }
            Item::Head(bi) => head(&mut s, m, *bi, *y, w, o),
            Item::Row(i, hidden) => row(&mut s, m, *i, band_of_row[*i], *y, *hidden, o),
            Item::Fold(bi) => fold(&mut s, m, *bi, *y, o),
        }
        s.push('\n');
    }
    s.push_str("</g>\n");
    if m.rows.is_empty() {
        let _ = write!(
            s,
            r##"<text x="{}" y="{}" text-anchor="middle" fill="#777">{}</text>"##,
            w / 2,
            TOP - 40,
            html::escape(i18n::term("no packets", lang))
        );
    }
    if m.not_drawn.total() > 0 {
        let _ = write!(
            s,
            r##"<text class="limits" x="10" y="{}" fill="#a33" font-size="10">{} {} {}</text>"##,
            total - 2,
            m.not_drawn.total(),
            html::escape(i18n::term("packets", lang)),
            html::escape(i18n::term("not drawn", lang))
        );
    }
    s.push_str("</svg>");
    s
}

fn lane(s: &mut String, i: usize, l: &Lane, bottom: u32, lang: Lang) {
    let x = lane_x(i);
    let mut role: Vec<&str> = Vec::new();
    if l.everyone {
        role.push(i18n::term("everyone on the link", lang));
    }
    if l.client {
        role.push(i18n::term("client", lang));
    }
    if !l.services.is_empty() {
        role.push(i18n::term("server", lang));
    }
    let role = role.join(" · ");
    let services = l.services.join(", ");
    let addrs = l.addresses.join(" · ");
    let mac = l.mac.clone().unwrap_or_default();
    let bw = GAP - 20;
    let cols = (f64::from(bw - 12) / COL_PX) as usize;
    // Tooltips keep their line breaks: each line escaped on its own.
    let tip = [&role, &services, &addrs, &mac]
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| html::escape(l))
        .collect::<Vec<_>>()
        .join("\n");
    let _ = write!(
        s,
        r##"<g class="lane" data-lane="{i}"><title>{}</title><line class="life" x1="{x}" y1="76" x2="{x}" y2="{}" stroke="#8a9499" stroke-width="1.5"/><rect x="{}" y="6" width="{bw}" height="70" rx="6" fill="#f4f6f7" stroke="#8a9499"/><text x="{x}" y="21" text-anchor="middle" font-weight="bold" fill="#222" class="role">{}</text><text x="{x}" y="35" text-anchor="middle" fill="#b03a4e" class="services">{}</text><text x="{x}" y="50" text-anchor="middle" fill="#333" class="addresses">{}</text><text x="{x}" y="65" text-anchor="middle" fill="#777" font-size="10">{}</text></g>"##,
        tip,
        bottom - 6,
        x - bw / 2,
        html::escape(&clip(&role, cols)),
        html::escape(&clip(&services, cols)),
        html::escape(&clip(&addrs, cols)),
        html::escape(&clip(&mac, cols + 2)),
    );
    s.push('\n');
}

fn head(s: &mut String, m: &Model, bi: usize, y: u32, w: u32, o: &Options) {
    let lang = o.lang;
    let b: &Band = &m.bands[bi];
    let conv = &m.convs[b.conv];
    let c = colour_in(b.osi, o.model);
    let title = i18n::term(b.stage.title(), lang);
    let badge = badge(b.osi, o.model, lang);
    // The badge fits its text: 24 px for `L5`, wider for a TCP/IP name.
    let badge_w = ((i18n::width(&badge) as f64 * COL_PX) as u32 + 10).max(24);
    let title_x = 12 + badge_w + 6;
    let text = b.text.as_deref().unwrap_or("");
    // Columns left after the badge, the title and the conversation tag.
    let room = (f64::from(w.saturating_sub(68 + title_x)) / COL_PX) as usize;
    let rest = room.saturating_sub(i18n::width(title) + 4);
    let mut tip = format!("{badge} {title}");
    if !text.is_empty() {
        tip.push_str(" — ");
        tip.push_str(text);
    }
    let _ = write!(
        s,
        r##"<g class="row head" data-h="{HEAD_H}" data-band="{bi}" data-stage="{}" data-conv="{}" transform="translate(0,{y})"><title>{}</title><rect x="12" y="9" width="{badge_w}" height="15" rx="3" fill="{c}"/><text x="{}" y="20" text-anchor="middle" fill="#fff" font-size="10" font-weight="bold">{}</text><text x="{title_x}" y="20" fill="#222"><tspan font-weight="bold" class="title">{}</tspan>"##,
        b.stage.key(),
        html::escape(&conv.name),
        html::escape(&tip),
        12 + badge_w / 2,
        html::escape(&badge),
        html::escape(title),
    );
    if !text.is_empty() && rest > 8 {
        let _ = write!(
            s,
            r##"<tspan fill="#555" class="text"> — {}</tspan>"##,
            html::escape(&clip(text, rest))
        );
    }
    let _ = write!(
        s,
        r##"</text><text x="{}" y="20" text-anchor="end" fill="#777" font-size="10">{}</text></g>"##,
        w - 12,
        html::escape(&conv.name)
    );
}

#[allow(clippy::too_many_arguments)]
fn row(s: &mut String, m: &Model, i: usize, band: usize, y: u32, hidden: bool, o: &Options) {
    let r: &Row = &m.rows[i];
    let lang = o.lang;
    let c = colour_in(r.osi, o.model);
    // The arrowhead marker of the colour drawn.
    let head = layers::colour(r.osi, o.model).number();
    let (x1, x2) = (lane_x(r.from), lane_x(r.to));
    let word = r.word.map(|w| i18n::term(w, lang));
    let mut label = String::new();
    if let Some(n) = &r.note {
        label.push_str(&r.text);
        label.push_str(" · ");
        label.push_str(n);
    } else {
        label.push_str(&r.text);
    }
    let time = format!("{:.6}", r.t);
    let mut first = format!("#{} +{time} s", r.frame);
    if let Some(w) = word {
        first.push_str(" · ");
        first.push_str(w);
    }
    first.push_str(" · ");
    first.push_str(&label);
    let tip = format!("{}\n{}", html::escape(&first), html::escape(&r.summary));
    let class = if hidden { "row pkt folded" } else { "row pkt" };
    let style = if hidden {
        r#" style="display:none""#
    } else {
        ""
    };
    let _ = write!(
        s,
        r#"<g class="{class}{}" data-h="{ROW_H}" data-i="{i}" data-frame="{}" data-band="{band}" data-step="{}" data-from="{}" data-to="{}" data-t="{time}""#,
        if r.light { " light" } else { "" },
        r.frame,
        r.step.key(),
        r.from,
        r.to,
    );
    if o.interactive {
        s.push_str(r#" tabindex="0" role="button""#);
    }
    let _ = write!(
        s,
        r##"{style} transform="translate(0,{y})"><title>{}</title><rect class="hit" x="0" y="0" width="{}" height="{ROW_H}" fill="#fff" fill-opacity="0"/><text x="44" y="17" text-anchor="end" fill="#888" font-size="10">#{}</text><text x="50" y="17" fill="#555" font-size="10" font-family="ui-monospace, 'DejaVu Sans Mono', monospace">{time}</text>"##,
        tip,
        width(m.lanes.len()),
        r.frame,
    );
    let (dash, opacity) = if r.light {
        (r#" stroke-dasharray="4 3""#, "0.6")
    } else {
        ("", "1")
    };
    let ay = 19;
    let (text_x, anchor, room) = if x1 == x2 {
        let _ = write!(
            s,
            r#"<path class="arrow" d="M{x1},{} h34 v9 h-32" fill="none" stroke="{c}" stroke-width="1.6" stroke-opacity="{opacity}"{dash} marker-end="url(#ah{head})"/>"#,
            ay - 9,
        );
        (x1 + 42, "start", GAP - 50)
    } else {
        let (a, b) = if x1 < x2 {
            (x1 + 2, x2 - 3)
        } else {
            (x1 - 2, x2 + 3)
        };
        let _ = write!(
            s,
            r#"<line class="arrow" x1="{a}" y1="{ay}" x2="{b}" y2="{ay}" stroke="{c}" stroke-width="1.8" stroke-opacity="{opacity}"{dash} marker-end="url(#ah{head})"/>"#,
        );
        ((x1 + x2) / 2, "middle", x1.abs_diff(x2) - 8)
    };
    let mut cols = (f64::from(room) / COL_PX) as usize;
    let _ = write!(
        s,
        r##"<text class="label" x="{text_x}" y="{}" text-anchor="{anchor}" fill="{}">"##,
        ay - 5,
        if r.light { "#8a8a8a" } else { "#222" }
    );
    if let Some(w) = word {
        let _ = write!(
            s,
            r#"<tspan class="word" font-weight="bold" fill="{c}">{} </tspan>"#,
            html::escape(w)
        );
        cols = cols.saturating_sub(i18n::width(w) + 1);
    }
    let _ = write!(s, "{}</text></g>", html::escape(&clip(&label, cols.max(4))));
}

fn fold(s: &mut String, m: &Model, bi: usize, y: u32, o: &Options) {
    let b = &m.bands[bi];
    let c = colour_in(b.osi, o.model);
    let n = b.fold.as_ref().map_or(0, ExactSizeIterator::len);
    let x0 = TIME_W + 20;
    let x1 = lane_x(m.lanes.len().max(1) - 1) + 60;
    let text = format!(
        "⋯ {n} {} · {}",
        i18n::term("more packets", o.lang),
        b.fold_text
            .split_once(" · ")
            .map_or(b.fold_text.as_str(), |(_, t)| t)
    );
    let hint = if o.interactive {
        format!(" — {}", i18n::term("click to expand", o.lang))
    } else {
        String::new()
    };
    let _ = write!(
        s,
        r##"<g class="row fold" data-h="{FOLD_H}" data-band="{bi}" data-n="{n}"{} transform="translate(0,{y})"><rect x="{x0}" y="4" width="{}" height="20" rx="10" fill="#fff" stroke="{c}" stroke-dasharray="5 3"/><text x="{}" y="18" text-anchor="middle" fill="#333"><tspan class="fold-text">{}</tspan><tspan class="fold-hint" fill="#777">{}</tspan></text></g>"##,
        if o.interactive {
            r#" tabindex="0" role="button""#
        } else {
            ""
        },
        x1 - x0,
        (x0 + x1) / 2,
        html::escape(&text),
        html::escape(&hint),
    );
}
