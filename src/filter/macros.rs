//! Display filter macros, expanded in the text before it is parsed, as
//! tshark 4.0 does (epan/dfilter/dfilter-macro.c): `${name:arg1;arg2}` is
//! replaced by the macro's text with `$1`, `$2` ... replaced by the
//! arguments, again and again until nothing changes. `${ip.src}` (a field,
//! not a protocol, up to a `#` or the `}`) is a field reference and stays.
//!
//! The macros are those Wireshark ships in its global `dfilter_macros`
//! file, which tshark reads on every run; a user's own macros (in a
//! profile) are not read.

use super::eval::field_reference_name;
use super::parse::{FilterError, Span};

/// Wireshark 4.0's `dfilter_macros`.
const MACROS: &[(&str, &str)] = &[
    (
        "private_ipv4",
        "$1 == 192.168.0.0/16 or $1 == 172.16.0.0/12 or $1 == 10.0.0.0/8",
    ),
    ("private_ethernet", "$1[0] & 0x0F == 2"),
    ("private_ipv6", "ipv6 && $1 == fc00::/7"),
];

/// `text` with every macro expanded; `text` itself (borrowed) when it
/// holds none. Errors are tshark's, pointing at the whole expression.
pub(super) fn expand(text: &str) -> Result<std::borrow::Cow<'_, str>, FilterError> {
    if !text.contains("${") {
        return Ok(std::borrow::Cow::Borrowed(text));
    }
    let whole = Span {
        start: 0,
        end: text.chars().count().max(1),
    };
    let mut cur = text.to_string();
    for _ in 0..32 {
        match expand_once(&cur) {
            Ok(Some(next)) => cur = next,
            Ok(None) => {
                return Ok(if cur == text {
                    std::borrow::Cow::Borrowed(text)
                } else {
                    std::borrow::Cow::Owned(cur)
                });
            }
            Err(m) => return Err(FilterError::at(whole, m)),
        }
    }
    Err(FilterError::at(whole, "too much nesting in macros"))
}

/// One pass over the text: `Some(new text)` if a macro was expanded.
fn expand_once(text: &str) -> Result<Option<String>, String> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while let Some(at) = rest.find("${") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        if is_field_reference(after) {
            out.push_str("${");
            rest = after;
            continue;
        }
        let mut chars = after.char_indices();
        let mut name = String::new();
        let mut args: Vec<String> = Vec::new();
        let mut end = None;
        let mut in_args = false;
        let mut arg = String::new();
        while let Some((i, c)) = chars.next() {
            if !in_args {
                if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                    name.push(c);
                } else if c == ':' {
                    in_args = true;
                } else if c == '}' {
                    end = Some(i + 1);
                    break;
                } else {
                    return Err("invalid character in macro name".into());
                }
                continue;
            }
            match c {
                ';' => args.push(std::mem::take(&mut arg)),
                '\\' => match chars.next() {
                    Some((_, e)) => arg.push(e),
                    None => break,
                },
                '}' => {
                    args.push(std::mem::take(&mut arg));
                    end = Some(i + 1);
                    break;
                }
                _ => arg.push(c),
            }
        }
        let Some(end) = end else {
            return Err("end of filter in the middle of a macro expression".into());
        };
        out.push_str(&resolve(&name, &args)?);
        changed = true;
        rest = &after[end..];
    }
    out.push_str(rest);
    Ok(changed.then_some(out))
}

/// `${` starts a field reference: a field's name (not a protocol's), maybe
/// after `@`, up to a `#` or else the `}`.
fn is_field_reference(after: &str) -> bool {
    let end = after.find('#').or_else(|| after.find('}'));
    let Some(end) = end else {
        return false;
    };
    let name = &after[..end];
    field_reference_name(name.strip_prefix('@').unwrap_or(name))
}

fn resolve(name: &str, args: &[String]) -> Result<String, String> {
    let Some((_, body)) = MACROS.iter().find(|(n, _)| *n == name) else {
        return Err(format!("macro '{name}' does not exist"));
    };
    // `$N` places, numbered from 1; the macro takes as many arguments as
    // the highest.
    let mut parts = Vec::new();
    let mut argc = 0;
    let b = body.as_bytes();
    let mut i = 0;
    let mut lit = String::new();
    while i < b.len() {
        if b[i] == b'$' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            let n = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let pos: usize = body[i + 1..i + 1 + n].parse().unwrap_or(0);
            argc = argc.max(pos);
            parts.push((std::mem::take(&mut lit), pos));
            i += 1 + n;
        } else {
            let c = body[i..].chars().next().unwrap_or_default();
            lit.push(c);
            i += c.len_utf8();
        }
    }
    if args.len() != argc {
        return Err(format!(
            "wrong number of arguments for macro '{name}', expecting {argc} instead of {}",
            args.len()
        ));
    }
    let mut out = String::new();
    for (text, pos) in parts {
        out.push_str(&text);
        out.push_str(args.get(pos.wrapping_sub(1)).map_or("", String::as_str));
    }
    out.push_str(&lit);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::expand;

    #[test]
    fn shipped_macros_expand_as_in_tshark() {
        assert_eq!(
            expand("${private_ipv4:ip.src} and tcp").unwrap(),
            "ip.src == 192.168.0.0/16 or ip.src == 172.16.0.0/12 or ip.src == 10.0.0.0/8 and tcp"
        );
        assert_eq!(
            expand("${private_ethernet:eth.src}").unwrap(),
            "eth.src[0] & 0x0F == 2"
        );
        // Field references stay.
        assert_eq!(
            expand("ip.src == ${ip.src}").unwrap(),
            "ip.src == ${ip.src}"
        );
        assert_eq!(expand("${ip.src#2} == 1").unwrap(), "${ip.src#2} == 1");
        for (expr, msg) in [
            ("${nosuch:ip.src}", "macro 'nosuch' does not exist"),
            ("${tcp}", "macro 'tcp' does not exist"),
            ("${ip.src:1}", "macro 'ip.src' does not exist"),
            ("${private_ipv4;ip.src}", "invalid character in macro name"),
            ("${ private_ipv4:ip.src}", "invalid character in macro name"),
            (
                "${private_ipv4:ip.src",
                "end of filter in the middle of a macro expression",
            ),
            (
                "${private_ipv4}",
                "wrong number of arguments for macro 'private_ipv4', expecting 1 instead of 0",
            ),
            (
                "${private_ipv4:ip.src;ip.dst}",
                "wrong number of arguments for macro 'private_ipv4', expecting 1 instead of 2",
            ),
        ] {
            assert_eq!(expand(expr).unwrap_err().message, msg, "{expr}");
        }
    }
}
