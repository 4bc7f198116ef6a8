//! `osidump layers`: the OSI reference table, generated from
//! [`registry::LAYERS`](crate::dissect::registry::LAYERS), the same table
//! the dissector and the filter's protocol names are checked against, so
//! the printed table cannot drift from what is decoded.

use super::i18n::{self, Lang};
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
            shows: l.shows,
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
    use crate::dissect::Osi;

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
