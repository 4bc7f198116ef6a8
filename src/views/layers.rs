//! `osidump layers`: the OSI reference table, generated from
//! [`registry::LAYERS`](crate::dissect::registry::LAYERS), the same table
//! the dissector and the filter's protocol names are checked against, so
//! the printed table cannot drift from what is decoded.

use super::i18n::{self, Lang};
use super::model::TcpIp;
use crate::dissect::Osi;
use crate::dissect::registry::{self, LayerInfo};
use crate::render::style;
use serde::Serialize;
use std::fmt::Write as _;

/// One row, as `--format json` writes it (keys stay English).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub layer: u8,
    pub name: &'static str,
    pub role: &'static str,
    pub protocols: Vec<&'static str>,
    pub shows: &'static str,
}

/// The table, top row (L7) first, in `lang`.
pub fn rows(lang: Lang) -> Vec<Row> {
    registry::LAYERS
        .iter()
        .map(|l: &LayerInfo| Row {
            layer: l.osi.number(),
            name: i18n::layer_name(l.osi, lang),
            role: i18n::role(l.osi, l.role, lang),
            protocols: l.protocols(),
            shows: i18n::shows(l.osi, l.shows, lang),
        })
        .collect()
}

/// The table as aligned text (display columns, so Korean lines up), the
/// layer column in the tree's colour for each layer when `color`.
pub fn text(lang: Lang, color: bool) -> String {
    let rows = rows(lang);
    let osi: Vec<_> = registry::LAYERS.iter().map(|l| l.osi).collect();
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|r| {
            [
                format!("L{} {}", r.layer, r.name),
                r.role.to_string(),
                r.protocols.join(", "),
                r.shows.to_string(),
            ]
        })
        .collect();
    let heads = ["layer", "role", "protocols", "shows"].map(|h| i18n::heading(h, lang));
    let mut widths = heads.map(i18n::width);
    for c in &cells {
        for (w, s) in widths.iter_mut().zip(c) {
            *w = (*w).max(i18n::width(s));
        }
    }
    let mut s = String::new();
    let mut line = |cols: [&str; 4], style: Option<anstyle::Style>| {
        for (i, c) in cols.iter().enumerate() {
            if i == 3 {
                s.push_str(c);
            } else if i == 0
                && let Some(st) = style
            {
                // Colour the name, not the padding after it.
                style::paint(&mut s, color, st, c);
                s.push_str(&" ".repeat(widths[0] + 2 - i18n::width(c)));
            } else {
                s.push_str(&i18n::pad(c, widths[i] + 2));
            }
        }
        s.push('\n');
    };
    line(heads, None);
    let rule = widths.map(|w| "─".repeat(w));
    line([&rule[0], &rule[1], &rule[2], &rule[3]], None);
    for (c, o) in cells.iter().zip(&osi) {
        line([&c[0], &c[1], &c[2], &c[3]], Some(style::layer(*o)));
    }
    let n = registry::LAYERS
        .iter()
        .map(|l| l.protocols().len())
        .sum::<usize>();
    s.push('\n');
    for line in RULE {
        s.push_str(i18n::term(line, lang));
        s.push('\n');
    }
    s.push('\n');
    match lang {
        Lang::En => {
            let _ = writeln!(
                s,
                "{n} protocols decoded; `osidump dissect -V` shows every field."
            );
        }
        Lang::Ko => {
            let _ = writeln!(
                s,
                "프로토콜 {n}개를 해석합니다. `osidump dissect -V`는 모든 필드를 보여 줍니다."
            );
        }
    }
    s
}

/// One row of `layers --model tcpip` (JSON): an OSI layer and the
/// TCP/IP layer it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct ModelRow {
    pub osi: u8,
    pub osi_name: &'static str,
    pub tcpip: TcpIp,
    pub tcpip_name: &'static str,
    pub tcpip_role: &'static str,
    pub protocols: Vec<&'static str>,
}

/// Both models side by side, one row per OSI layer (top first).
pub fn model_rows(lang: Lang) -> Vec<ModelRow> {
    registry::LAYERS
        .iter()
        .map(|l| {
            let t = TcpIp::of(l.osi);
            ModelRow {
                osi: l.osi.number(),
                osi_name: i18n::layer_name(l.osi, lang),
                tcpip: t,
                tcpip_name: t.name(lang),
                tcpip_role: t.role(lang),
                protocols: l.protocols(),
            }
        })
        .collect()
}

/// `osidump layers --model tcpip`: the OSI layers on the left, the
/// TCP/IP layer each belongs to on the right, a bracket joining the OSI
/// layers one TCP/IP layer takes in.
pub fn model_text(lang: Lang, color: bool) -> String {
    let rows = model_rows(lang);
    let cells: Vec<[String; 4]> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let first = i == 0 || rows[i - 1].tcpip != r.tcpip;
            let last = rows.get(i + 1).is_none_or(|n| n.tcpip != r.tcpip);
            let bracket = match (first, last) {
                (true, true) => "─",
                (true, false) => "┐",
                (false, true) => "┘",
                (false, false) => "│",
            };
            [
                format!("L{} {}", r.osi, r.osi_name),
                format!("{bracket} {}", if first { r.tcpip_name } else { "" }),
                if first {
                    r.tcpip_role.to_string()
                } else {
                    String::new()
                },
                r.protocols.join(", "),
            ]
        })
        .collect();
    let heads = ["OSI model", "TCP/IP model", "role", "protocols"].map(|h| i18n::heading(h, lang));
    let mut widths = heads.map(i18n::width);
    for c in &cells {
        for (w, s) in widths.iter_mut().zip(c) {
            *w = (*w).max(i18n::width(s));
        }
    }
    let mut s = String::new();
    let push_row = |s: &mut String, cols: [&str; 4], osi: Option<(Osi, TcpIp)>| {
        for (i, c) in cols.iter().enumerate() {
            let st = match (i, osi) {
                (0, Some((o, _))) => Some(style::layer(o)),
                (1, Some((_, t))) => Some(style::layer(t.colour_of())),
                _ => None,
            };
            if i == 3 {
                s.push_str(c);
            } else if let Some(st) = st {
                // Colour the name, not the padding after it.
                style::paint(s, color, st, c);
                s.push_str(&" ".repeat(widths[i] + 2 - i18n::width(c)));
            } else {
                s.push_str(&i18n::pad(c, widths[i] + 2));
            }
        }
        s.push('\n');
    };
    push_row(&mut s, heads, None);
    let rule = widths.map(|w| "─".repeat(w));
    push_row(&mut s, [&rule[0], &rule[1], &rule[2], &rule[3]], None);
    for (c, r) in cells.iter().zip(&rows) {
        let o = Osi::from_number(r.osi);
        push_row(&mut s, [&c[0], &c[1], &c[2], &c[3]], Some((o, r.tcpip)));
    }
    s.push('\n');
    for line in MODEL_RULE {
        s.push_str(i18n::term(line, lang));
        s.push('\n');
    }
    s
}

/// What `--model tcpip` changes, and what it leaves alone.
pub const MODEL_RULE: &[&str] = &[
    "The TCP/IP model (RFC 1122) has four layers; osidump maps each decoded layer by its OSI number:",
    "  Application = L5–L7, Transport = L4, Internet = L3, Link (network access) = L1–L2.",
    "  TCP/IP has no session layer: the connection's life (dial, answer, hang up) is TCP's own work,",
    "    and osidump's session line (L5) is shown under Application, as the textbook mapping puts it.",
    "`--model tcpip` regroups the tree, sessions, stats and the report; JSON keeps each layer's OSI number (stats and sessions add its TCP/IP layer).",
];

/// How a layer gets its number: one rule for every view (tree, line,
/// JSON, sessions, stats, report).
pub const RULE: &[&str] = &[
    "How a layer is numbered (every view alike):",
    "  a header is numbered by its protocol (the rows above); several headers at one number nest",
    "    (an inner VLAN tag inside the outer one, ICMP inside IP) and the top-down view lists the innermost first;",
    "  the TCP header is L4; the connection's life (dial = SYN, answer = SYN-ACK, hang up = FIN) is L5,",
    "    in the tree and in `sessions` alike (the tree's L5 line follows the TLS and WebSocket sessions too);",
    "  bytes no decoder read (`data`) go to the layer that would read them: TCP or UDP payload to L7, an unknown",
    "    EtherType's payload to L3, an unknown IP protocol's to L4, an ICMP echo's payload to ICMP (L3);",
    "  a piece of a longer message is no layer of its own: TCP (L4) marks it a segment of a reassembled PDU,",
    "    as tshark does, and the whole message is read at its protocol's layer in the frame that completes it;",
    "  an ICMP error quotes the packet it is about: the quoted headers are shown under it, not as this packet's own.",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_comes_from_the_registry() {
        let rows = rows(Lang::En);
        assert_eq!(rows.len(), registry::LAYERS.len());
        assert_eq!(rows[0].layer, 7);
        let t = text(Lang::En, false);
        for l in registry::LAYERS {
            for p in l.protocols() {
                assert!(t.contains(p), "{p}");
            }
        }
    }

    #[test]
    fn korean_table_aligns_by_display_width() {
        let t = text(Lang::Ko, false);
        assert!(t.contains(i18n::layer_name(Osi::Application, Lang::Ko)));
        // The protocols column starts at the same display column on every row.
        let cols: Vec<usize> = t
            .lines()
            .skip(2)
            .take(7)
            .map(|l| {
                let at = l.find(|c: char| c.is_ascii_lowercase()).unwrap();
                i18n::width(&l[..at])
            })
            .collect();
        assert!(cols.windows(2).all(|w| w[0] == w[1]), "{cols:?}\n{t}");
    }

    #[test]
    fn colour_marks_each_layer_as_the_tree_does() {
        let plain = text(Lang::En, false);
        assert!(!plain.contains('\x1b'));
        let t = text(Lang::En, true);
        for l in registry::LAYERS {
            let name = format!("L{} {}", l.osi.number(), i18n::layer_name(l.osi, Lang::En));
            let st = style::layer(l.osi);
            assert!(t.contains(&format!("{st}{name}{st:#}")), "{name}\n{t}");
        }
        // Same text once the escapes are gone.
        assert_eq!(strip(&t), plain);
    }

    #[test]
    fn both_models_side_by_side() {
        let t = model_text(Lang::En, false);
        let line = |p: &str| t.lines().find(|l| l.starts_with(p)).unwrap().to_string();
        assert!(line("L7 Application").contains("┐ Application"), "{t}");
        assert!(line("L6 Presentation").contains('│'), "{t}");
        assert!(line("L5 Session").contains('┘'), "{t}");
        assert!(line("L4 Transport").contains("─ Transport"), "{t}");
        assert!(line("L3 Network").contains("─ Internet"), "{t}");
        assert!(line("L2 Data link").contains("┐ Link"), "{t}");
        assert!(line("L1 Physical").contains("┘"), "{t}");
        for l in registry::LAYERS {
            for p in l.protocols() {
                assert!(t.contains(p), "{p}");
            }
        }
        let ko = model_text(Lang::Ko, false);
        assert!(ko.contains("┐ 네트워크 접근 계층"), "{ko}");
        assert!(ko.contains("인터넷 계층"), "{ko}");
        // Colour changes nothing but the escapes.
        assert_eq!(strip(&model_text(Lang::En, true)), t);
    }

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut esc = false;
        for c in s.chars() {
            match (esc, c) {
                (false, '\x1b') => esc = true,
                (false, c) => out.push(c),
                (true, 'm') => esc = false,
                (true, _) => {}
            }
        }
        out
    }
}
