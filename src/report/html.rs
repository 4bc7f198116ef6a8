//! Escaping for the page and the SVG: every string that came off the wire
//! (names, URIs, summaries, field values) is written through here.
//!
//! Text is first made visible with [`safe`] (control,
//! bidi and zero-width characters become `\x1b`, `\u202e`...: a reader
//! must see them, and XML 1.0 forbids most C0 controls, so a standalone
//! SVG would not even parse), then the five XML specials become entities,
//! so the same output is valid in HTML text, in quoted attributes and in
//! an `.svg` file. Data for the page's script goes through [`json`], which
//! keeps `<`, `>` and `&` out of the `<script>` element.

use crate::render::safe;
use std::fmt::Write as _;

/// Appends `s`, safe for element text and quoted attribute values.
pub fn push(out: &mut String, s: &str) {
    let visible = safe::escape(s);
    for c in visible.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Not characters in XML; `safe` lets them through.
            '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// `s` escaped as [`push`] does.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push(&mut out, s);
    out
}

/// `s` cut to at most `cols` display columns, with `…` when cut (wide
/// characters count two, as in [`i18n::width`](crate::views::i18n::width)).
pub fn clip(s: &str, cols: usize) -> std::borrow::Cow<'_, str> {
    use unicode_width::UnicodeWidthChar;
    if crate::views::i18n::width(s) <= cols {
        return s.into();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > cols {
            break;
        }
        w += cw;
        out.push(c);
    }
    out.push('…');
    out.into()
}

/// A value as JSON that can sit inside `<script type="application/json">`:
/// `<`, `>` and `&` only occur inside JSON strings, where `\u003c` means the
/// same, so `</script>` and `<!--` cannot appear.
pub fn json(v: &impl serde::Serialize) -> String {
    let s = serde_json::to_string(v).unwrap_or_else(|_| "null".into());
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_controls_are_escaped() {
        assert_eq!(
            escape("<script>alert('x')&\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;"
        );
        assert_eq!(escape("a\x1b[31mb\u{202e}c"), "a\\x1b[31mb\\u202ec");
        assert_eq!(escape("\u{ffff}"), "\\uffff");
    }

    #[test]
    fn json_cannot_close_its_script() {
        let j = json(&vec!["</script><!--&"]);
        assert!(!j.contains('<') && !j.contains('>') && !j.contains('&'));
        let back: Vec<String> = serde_json::from_str(&j).unwrap();
        assert_eq!(back, ["</script><!--&"]);
    }

    #[test]
    fn clip_counts_columns() {
        assert_eq!(clip("hello", 5), "hello");
        assert_eq!(clip("hello world", 6), "hello…");
        assert_eq!(clip("전송 계층", 5), "전송…");
    }
}
