//! Terminal safety: the one place where text that came off the wire is made
//! harmless before a text renderer writes it.
//!
//! A captured SNI, URI, header, DNS name, WebSocket message or interface
//! name can carry bytes a terminal obeys: ESC starts a control sequence
//! (CSI `\x1b[`, OSC `\x1b]` titles and hyperlinks), BEL rings, BS and CR
//! overwrite what was printed, LF fakes a line of our own; C1 controls
//! (U+009B is a one-character CSI) do the same on terminals that honour
//! them; bidi controls (U+202E) reorder what the reader sees, zero-width
//! characters hide text. Each of these is shown escaped instead: `\n`,
//! `\r`, `\t`, `\x1b` for the other C0 controls and DEL, `\u009b` for C1
//! and the invisible format characters (`\u202e`, `\u200b`, `\u{e0041}`
//! past the BMP). Everything else — printable ASCII and UTF-8 text — is
//! kept, and backslashes are not doubled (the DNS decoder's `\ooo` escapes
//! stay readable).
//!
//! Only text renderers call this: the tree, the line view, the view reports
//! (`stats`, `sessions`, `follow`) and `interfaces`. JSON escapes per RFC
//! 8259 and keeps the exact value, and so do display filters.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Characters a terminal would act on or a reader could not see.
pub const fn is_unsafe(c: char) -> bool {
    matches!(c,
        // C0 controls, DEL, C1 controls.
        '\0'..='\x1f' | '\x7f'..='\u{9f}'
        // Arabic letter mark; Mongolian vowel separator (zero width).
        | '\u{061c}' | '\u{180e}'
        // Zero width space, non-joiner, joiner; LRM, RLM.
        | '\u{200b}'..='\u{200f}'
        // Line and paragraph separators; LRE, RLE, PDF, LRO, RLO.
        | '\u{2028}'..='\u{202e}'
        // Word joiner, invisible operators, LRI, RLI, FSI, PDI and the
        // deprecated format characters.
        | '\u{2060}'..='\u{206f}'
        // Zero width no-break space (BOM).
        | '\u{feff}'
        // Interlinear annotation controls.
        | '\u{fff9}'..='\u{fffb}'
        // Tag characters (invisible "ASCII smuggling").
        | '\u{e0000}'..='\u{e007f}'
    )
}

/// Nothing in `s` to escape, judged where a constant is made: text of the
/// program's own (field titles, value names) is checked once, at compile
/// time, so renderers need not scan it for each packet.
pub const fn is_plain(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (code, len) = decode(b, i);
        match char::from_u32(code) {
            Some(c) if !is_unsafe(c) => i += len,
            _ => return false,
        }
    }
    true
}

/// The character starting at byte `i` of UTF-8 text `b`, and its length
/// in bytes (what `str::chars` would decode, without its boundary checks).
const fn decode(b: &[u8], i: usize) -> (u32, usize) {
    // The lead byte gives the length.
    let (mut code, len) = match b[i] {
        x if x < 0x80 => return (x as u32, 1),
        x if x < 0xe0 => ((x & 0x1f) as u32, 2),
        x if x < 0xf0 => ((x & 0x0f) as u32, 3),
        x => ((x & 0x07) as u32, 4),
    };
    let mut k = 1;
    while k < len && i + k < b.len() {
        code = code << 6 | (b[i + k] & 0x3f) as u32;
        k += 1;
    }
    (code, len)
}

/// Appends `s` with every [unsafe](is_unsafe) character escaped.
pub fn push(out: &mut String, s: &str) {
    escape_into(out, s, false);
}

/// Appends a multi-line text body's line: like [`push`], but a tab stays a
/// tab (it moves the cursor, nothing more), as in a text editor.
pub fn push_text(out: &mut String, s: &str) {
    escape_into(out, s, true);
}

/// `s` with every [unsafe](is_unsafe) character escaped; borrowed when
/// nothing needs escaping.
pub fn escape(s: &str) -> Cow<'_, str> {
    if is_clean(s) {
        Cow::Borrowed(s)
    } else {
        let mut out = String::with_capacity(s.len() + 8);
        push(&mut out, s);
        Cow::Owned(out)
    }
}

/// Escapes, in place, what was written to `s` from byte `start` on: write
/// a summary or a value with `write!`, then make it safe.
pub fn escape_from(s: &mut String, start: usize) {
    if start >= s.len() || is_clean(&s[start..]) {
        return;
    }
    let tail = s.split_off(start);
    push(s, &tail);
}

/// Nothing to escape. Printable ASCII is judged eight bytes at a time;
/// only the other characters (a summary's arrows, text in other scripts)
/// are decoded, one at a time, and the eight-byte steps resume after each.
fn is_clean(s: &str) -> bool {
    let b = s.as_bytes();
    // Past the character at `i` when it is safe.
    let step = |i: usize| -> Option<usize> {
        let c = b[i];
        if c < 0x80 {
            return (0x20..0x7f).contains(&c).then_some(i + 1);
        }
        if (0xc2..0xe0).contains(&c) {
            // Two bytes (U+0080 to U+07FF: `·`, `é`, Cyrillic): unsafe are
            // only the C1 controls (C2 80 to C2 9F) and U+061C (D8 9C).
            if let Some(&next) = b.get(i + 1) {
                let c1 = c == 0xc2 && next < 0xa0;
                let arabic_mark = c == 0xd8 && next == 0x9c;
                return (!(c1 || arabic_mark)).then_some(i + 2);
            }
        }
        match s.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) if !is_unsafe(c) => Some(i + c.len_utf8()),
            _ => None,
        }
    };
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let flagged = not_printable_ascii(chunk);
        if flagged == 0 {
            i += 8;
            continue;
        }
        // The lowest flagged byte is a real one (the bytes below it are
        // printable, so nothing borrowed or carried into it): the bytes
        // before it are clean.
        i += (flagged.trailing_zeros() / 8) as usize;
        match step(i) {
            Some(next) => i = next,
            None => return false,
        }
    }
    // Fewer than eight bytes left: read as the last eight when there are
    // that many (the overlap was judged already), else one by one.
    if i < b.len() && b.len() >= 8 && not_printable_ascii(&b[b.len() - 8..]) == 0 {
        return true;
    }
    while i < b.len() {
        match step(i) {
            Some(next) => i = next,
            None => return false,
        }
    }
    true
}

/// The high bit of each of eight bytes set when that byte may not be
/// printable ASCII: a byte below 0x20 borrows into its high bit, one at
/// 0x7f or above carries into it or has it set. A borrow or carry can flag
/// the byte above a bad one too, never a byte below the lowest bad one.
fn not_printable_ascii(chunk: &[u8]) -> u64 {
    let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
    let low = x.wrapping_sub(0x2020_2020_2020_2020);
    let high = x.wrapping_add(0x0101_0101_0101_0101);
    (low | high | x) & 0x8080_8080_8080_8080
}

/// The one escaping routine. Runs of safe text are copied whole; only an
/// unsafe character is written on its own (a body line's `\r\n` made
/// every other character of it a push of its own).
fn escape_into(out: &mut String, s: &str, keep_tabs: bool) {
    if is_clean(s) {
        out.push_str(s);
        return;
    }
    let b = s.as_bytes();
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        let x = b[i];
        if (0x20..0x7f).contains(&x) {
            i += 1;
            continue;
        }
        // `i` is at a character's start: every step is a whole character.
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        if !is_unsafe(c) || (keep_tabs && c == '\t') {
            i += len;
            continue;
        }
        out.push_str(&s[start..i]);
        push_escape(out, c);
        i += len;
        start = i;
    }
    out.push_str(&s[start..]);
}

/// An unsafe character's escape: `\n`, `\r`, `\t`, `\x1b`, `\u009b`,
/// `\u{e0041}`.
fn push_escape(out: &mut String, c: char) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let code = c as u32;
    let digit = |shift: u32| char::from(HEX[(code >> shift & 0xf) as usize]);
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ if code < 0x80 => {
            out.push_str("\\x");
            out.push(digit(4));
            out.push(digit(0));
        }
        _ if code <= 0xffff => {
            out.push_str("\\u");
            for shift in [12, 8, 4, 0] {
                out.push(digit(shift));
            }
        }
        _ => {
            let _ = write!(out, "\\u{{{code:x}}}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped() {
        assert_eq!(escape("plain text"), Cow::Borrowed("plain text"));
        assert_eq!(escape("a\x1b[31mred\x1b[0m"), "a\\x1b[31mred\\x1b[0m");
        assert_eq!(escape("\x1b]0;title\x07"), "\\x1b]0;title\\x07");
        assert_eq!(escape("x\x08\x7fy"), "x\\x08\\x7fy");
        assert_eq!(escape("line\r\nnext\tcol"), "line\\r\\nnext\\tcol");
        assert_eq!(escape("\u{9b}2J\u{9d}"), "\\u009b2J\\u009d");
        assert_eq!(escape("abc\u{202e}fed"), "abc\\u202efed");
        assert_eq!(
            escape("\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}"),
            "\\u200b\\u200c\\u200d\\u2060\\ufeff"
        );
        assert_eq!(
            escape("\u{2066}\u{2069}\u{200e}\u{200f}\u{61c}"),
            "\\u2066\\u2069\\u200e\\u200f\\u061c"
        );
        assert_eq!(escape("\u{e0041}"), "\\u{e0041}");
    }

    #[test]
    fn clean_is_judged_alike_eight_bytes_at_a_time() {
        let slow = |s: &str| !s.chars().any(is_unsafe);
        for c in (0u32..0x800)
            .chain(0x2000..0x2080)
            .filter_map(char::from_u32)
        {
            for at in 0..20 {
                let mut s: String = "abcdefghijklmnopqrs".chars().take(at).collect();
                s.push(c);
                s.push_str("tuvwxyz0123456789");
                assert_eq!(is_clean(&s), slow(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn clean_is_judged_alike_around_wide_characters() {
        let slow = |s: &str| !s.chars().any(is_unsafe);
        let parts = [
            "a", "bcdefgh", "→", "한", "\u{9b}", "\x1b", "\x7f", "é", "\u{202e}", " ",
        ];
        // Random strings of up to four parts, each part once or five times.
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(rng % 5) {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let part = parts[(rng % parts.len() as u64) as usize];
                let times = if rng & 0x100 != 0 { 5 } else { 1 };
                s.push_str(&part.repeat(times));
            }
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            assert_eq!(is_clean(&s), slow(&s), "{s:?}");
        }
    }

    #[test]
    fn runs_are_escaped_as_character_by_character() {
        // The escape written one character at a time, as it was before
        // runs of safe text were copied whole.
        let slow = |s: &str, keep_tabs: bool| {
            let mut out = String::new();
            for c in s.chars() {
                if !is_unsafe(c) || (keep_tabs && c == '\t') {
                    out.push(c);
                    continue;
                }
                let _ = match c {
                    '\n' => out.write_str("\\n"),
                    '\r' => out.write_str("\\r"),
                    '\t' => out.write_str("\\t"),
                    c if (c as u32) < 0x80 => write!(out, "\\x{:02x}", c as u32),
                    c if (c as u32) <= 0xffff => write!(out, "\\u{:04x}", c as u32),
                    c => write!(out, "\\u{{{:x}}}", c as u32),
                };
            }
            out
        };
        let parts = [
            "a",
            "bcdefgh",
            "→",
            "한",
            "\u{9b}",
            "\x1b",
            "\x7f",
            "é",
            "\u{202e}",
            " ",
            "\r\n",
            "\t",
            "\0",
            "\u{e0041}",
            "\u{10ffff}",
            "\u{feff}",
        ];
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(rng % 6) {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let part = parts[(rng % parts.len() as u64) as usize];
                s.push_str(&part.repeat(if rng & 0x100 != 0 { 3 } else { 1 }));
            }
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            for keep_tabs in [false, true] {
                let mut out = String::from("x");
                escape_into(&mut out, &s, keep_tabs);
                assert_eq!(out[1..], slow(&s, keep_tabs), "{s:?}");
            }
        }
    }

    #[test]
    fn plain_is_clean_judged_in_a_constant() {
        const { assert!(is_plain("a → b 한국어") && !is_plain("a\x1b[0m")) };
        for s in [
            "",
            "abc",
            "é\u{9b}",
            "\u{202e}x",
            "x\u{e0041}",
            "☕\t",
            "\u{feff}",
            "ok\u{10ffff}",
        ] {
            assert_eq!(is_plain(s), is_clean(s), "{s:?}");
        }
    }

    #[test]
    fn text_and_backslashes_are_kept() {
        for s in ["café ☕ 한국어 ÿ", "a\\x1b", "\\032dns", "\u{a0}nbsp"] {
            assert_eq!(escape(s), Cow::Borrowed(s));
        }
    }

    #[test]
    fn text_lines_keep_tabs() {
        let mut s = String::new();
        push_text(&mut s, "a\tb\x1bc\r");
        assert_eq!(s, "a\tb\\x1bc\\r");
    }

    #[test]
    fn escape_from_touches_only_the_tail() {
        let mut s = String::from("\x1b[1mhead\x1b[0m ");
        let start = s.len();
        s.push_str("evil\x1b]8;;http://x\x07");
        escape_from(&mut s, start);
        assert_eq!(s, "\x1b[1mhead\x1b[0m evil\\x1b]8;;http://x\\x07");
        let before = s.clone();
        let end = s.len();
        escape_from(&mut s, end);
        assert_eq!(s, before);
    }

    #[test]
    fn escaped_output_is_always_clean() {
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..16 {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let c = match rng % 4 {
                    0 => char::from((rng >> 8) as u8 & 0x7f),
                    1 => char::from_u32(0x80 + (rng >> 8) as u32 % 0x40).unwrap(),
                    2 => char::from_u32(0x2000 + (rng >> 8) as u32 % 0x80).unwrap_or('x'),
                    _ => char::from_u32((rng >> 8) as u32 % 0x11_0000).unwrap_or('y'),
                };
                s.push(c);
            }
            let e = escape(&s);
            assert!(!e.chars().any(is_unsafe), "{s:?} → {e:?}");
        }
    }
}
