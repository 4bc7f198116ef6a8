//! Field types, as far as they constrain literals: tshark rejects
//! `ip.ttl == 300`, `tcp.stream == 1.5` or `ip.addr == 10.0.0.0/33` when
//! the filter is compiled, and so do we ([`check`]).
//!
//! Types come from the field registry ([`crate::dissect::fields`]), which
//! holds tshark 4.0's type for every field; value names come from there too
//! (`eth.type == ARP`, `tcp.flags.syn == Set`), and a word that names no
//! value of an integer field is refused, as tshark refuses it.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::parse::{FilterError, Literal};
use crate::dissect::field::{FieldDef, FieldType, Names};

/// What literals a field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Anything (strings, bytes, booleans, times, fields tshark lacks).
    Any,
    /// Unsigned integer up to this maximum; negative literals are accepted
    /// (tshark 4.0 does), they just never match.
    UInt(u64),
    /// Signed integer in this range.
    Int(i64, i64),
    Ipv4,
    Ipv6,
    Ether,
    /// A boolean: a number (not zero is true), True/False, or its value
    /// names.
    Bool,
}

/// The type of a field or pseudo-field (aliases resolve to their target).
pub(crate) fn kind(def: &FieldDef) -> Kind {
    let t = def.ftype;
    if let Some(max) = t.uint_max() {
        return Kind::UInt(max);
    }
    if let Some((lo, hi)) = t.int_range() {
        return Kind::Int(lo, hi);
    }
    match t {
        FieldType::Ipv4 => Kind::Ipv4,
        FieldType::Ipv6 => Kind::Ipv6,
        FieldType::Ether => Kind::Ether,
        FieldType::Boolean => Kind::Bool,
        _ => Kind::Any,
    }
}

/// Reject a literal that cannot be a value of a field of this kind, as
/// tshark 4.0 does: out-of-range or malformed numbers, bad CIDR prefixes,
/// MACs of the wrong length. Words that might be names tshark would look up
/// (value strings, host names) are left alone: they just never match.
pub(crate) fn check(def: &FieldDef, l: &Literal) -> Result<(), FilterError> {
    let t = l.text.as_str();
    let err = |m: String| Err(FilterError::at(l.span, m));
    let kind = kind(def);
    // A word (or a quoted string) on an integer or boolean field with value
    // names must be one of them: tshark looks it up when compiling.
    if def.has_names() && matches!(kind, Kind::UInt(_) | Kind::Int(..) | Kind::Bool) {
        let numeric = !l.quoted && (number(t).is_some() || (kind == Kind::Bool && bool_word(t)));
        if !numeric {
            // tshark 4.0 looks no word up in a range string
            // (`ntp.stratum == "primary reference"`).
            if def.filter_names.is_none() && matches!(def.names, Names::Ranges(_)) {
                return err(format!(
                    "\"{}\" cannot accept [range] strings as values.",
                    def.name
                ));
            }
            if def.values_named(t).is_empty() {
                return err(format!(
                    "\"{t}\" cannot be found among the possible values for {}",
                    def.name
                ));
            }
            return Ok(());
        }
    }
    match kind {
        Kind::Any => Ok(()),
        // tshark 4.0 reads "-1" as minus applied to a boolean.
        Kind::Bool if !l.quoted && t.starts_with('-') => err("FT_BOOLEAN cannot -.".into()),
        // Any unsigned 64-bit number (not zero is true); a quoted string
        // only as a value name (above).
        Kind::Bool if !l.quoted && (matches!(number(t), Some(Ok(_))) || bool_word(t)) => Ok(()),
        // No value names: tshark 4.0 looks the word up in "True" / "False",
        // in any case, quoted or not (`http.request == true`).
        Kind::Bool
            if !def.has_names()
                && (t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false")) =>
        {
            Ok(())
        }
        Kind::Bool => err(format!(
            "\"{t}\" cannot be found among the possible values for {}",
            def.name
        )),
        Kind::UInt(_) | Kind::Int(..)
            if !l.quoted && number(t).is_none() && !t.eq_ignore_ascii_case("0b") =>
        {
            err(format!("\"{t}\" is not a valid number"))
        }
        Kind::UInt(_) | Kind::Int(..) if l.quoted => err(format!(
            "an integer field cannot be compared with a string (\"{t}\")"
        )),
        Kind::UInt(max) => {
            let Some(v) = number(t) else {
                return Ok(());
            };
            match v {
                Ok(v) if v > i128::from(max) => {
                    err(format!("\"{t}\" too big for this field, maximum {max}"))
                }
                Ok(_) => Ok(()),
                Err(m) => err(m),
            }
        }
        Kind::Int(min, max) => {
            let Some(v) = number(t) else {
                return Ok(());
            };
            match v {
                Ok(v) if v > i128::from(max) => {
                    err(format!("\"{t}\" too big for this field, maximum {max}"))
                }
                Ok(v) if v < i128::from(min) => {
                    err(format!("\"{t}\" too small for this field, minimum {min}"))
                }
                Ok(_) => Ok(()),
                Err(m) => err(m),
            }
        }
        // A character constant is a number, which no address takes.
        Kind::Ipv4 | Kind::Ipv6 | Kind::Ether if !l.quoted && l.bytes.len() == 1 => {
            let to = match kind {
                Kind::Ipv4 => "IPv4 address",
                Kind::Ipv6 => "IPv6 address",
                _ => "Ethernet or other MAC address",
            };
            err(format!(
                "Character constant '{}' (0x{:02x}) cannot be converted to {to}.",
                std::ascii::escape_default(l.bytes[0]),
                l.bytes[0]
            ))
        }
        Kind::Ipv4 if l.quoted => err(format!(
            "IPv4 address cannot be converted from a string (\"{t}\")."
        )),
        Kind::Ipv6 if l.quoted => err(format!(
            "IPv6 address cannot be converted from a string (\"{t}\")."
        )),
        Kind::Ipv4 => {
            let (addr, prefix) = split_prefix(t);
            // tshark resolves no names by default: a host name is refused.
            if addr.parse::<Ipv4Addr>().is_err() {
                return err(format!("\"{t}\" is not a valid hostname or IPv4 address"));
            }
            match prefix {
                Some(Some(bits)) if bits > 32 => err(format!(
                    "Netmask bits in a CIDR IPv4 address should be <= 32, not {bits}"
                )),
                Some(None) => err(format!("\"{t}\" has an invalid CIDR prefix")),
                _ => Ok(()),
            }
        }
        Kind::Ipv6 => {
            let (addr, prefix) = split_prefix(t);
            if addr.parse::<Ipv6Addr>().is_err() {
                return err(format!("\"{t}\" is not a valid hostname or IPv6 address"));
            }
            match prefix {
                Some(Some(bits)) if bits > 128 => err(format!(
                    "Prefix in a IPv6 address should be <= 128, not {bits}"
                )),
                Some(None) => err(format!("\"{t}\" has an invalid prefix length")),
                _ => Ok(()),
            }
        }
        // tshark 4.0 converts no string to a MAC (only `contains` takes
        // one, as its bytes).
        Kind::Ether if l.quoted => err(format!(
            "Ethernet or other MAC address cannot be converted from a string (\"{t}\")."
        )),
        Kind::Ether => {
            // How many bytes tshark reads from the literal: separated
            // bytes, plain hex digits (two a byte), or one byte `0xNN`.
            let plain = (!t.is_empty() && t.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| t.len().div_ceil(2));
            let one_0x = t
                .strip_prefix("0x")
                .or_else(|| t.strip_prefix("0X"))
                .is_some_and(|h| h.len() == 2 && h.bytes().all(|b| b.is_ascii_hexdigit()));
            let n = super::eval::parse_bytes(t)
                .map(|b| b.len())
                .or(plain)
                .or(one_0x.then_some(1));
            match n {
                Some(n) if n > 6 => err(format!(
                    "\"{t}\" contains too many bytes to be a valid Ethernet address"
                )),
                Some(n) if n < 6 => err(format!(
                    "\"{t}\" contains too few bytes to be a valid Ethernet address"
                )),
                Some(_)
                    if super::eval::parse_bytes(t)
                        .or_else(|| super::eval::parse_plain_hex(t))
                        .is_some() =>
                {
                    Ok(())
                }
                // Not bytes at all (a name: tshark resolves none here).
                _ => err(format!("\"{t}\" is not a valid Ethernet address.")),
            }
        }
    }
}

/// `addr/bits`: the address and, after a slash, the prefix length if it is
/// a decimal number (`Some(None)` when it is not).
fn split_prefix(t: &str) -> (&str, Option<Option<u32>>) {
    match t.split_once('/') {
        Some((a, p)) => {
            let bits = (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse::<u32>().unwrap_or(u32::MAX));
            (a, Some(bits))
        }
        None => (t, None),
    }
}

/// `True`/`False` in the spellings tshark 4.0 takes for booleans (it
/// refuses `true`, `tRue`).
pub(super) fn bool_word(t: &str) -> bool {
    matches!(t, "True" | "TRUE" | "False" | "FALSE")
}

/// A literal that looks like a number (a digit first, after an optional
/// sign): `None` for other words, else its value or what is wrong with it.
fn number(t: &str) -> Option<Result<i128, String>> {
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // tshark 4.0 takes a bare "0b" (as 0); we let it through, matching nothing.
    if digits.eq_ignore_ascii_case("0b") {
        return None;
    }
    let (radix, body) = super::eval::split_radix(digits);
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return Some(Err(format!("\"{t}\" is not a valid number")));
    }
    let v = u128::from_str_radix(body, radix)
        .ok()
        .filter(|v| *v <= u128::from(u64::MAX));
    Some(match v {
        Some(v) => {
            let v = v as i128;
            Ok(if neg { -v } else { v })
        }
        None => Err(format!("\"{t}\" causes an integer overflow")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;

    #[test]
    fn kinds() {
        let k = |n: &str| kind(crate::dissect::fields::by_name(n).expect(n));
        assert_eq!(k("ip.ttl"), Kind::UInt(255));
        assert_eq!(k("tcp.port"), Kind::UInt(65535));
        assert_eq!(k("udp.port"), Kind::UInt(65535));
        assert_eq!(k("tcp.stream"), Kind::UInt(u64::from(u32::MAX)));
        assert_eq!(k("ipv6.flow"), Kind::UInt(0xff_ffff));
        assert_eq!(k("ip.addr"), Kind::Ipv4);
        assert_eq!(k("ipv6.addr"), Kind::Ipv6);
        assert_eq!(k("eth.addr"), Kind::Ether);
        assert_eq!(k("dns.qry.name"), Kind::Any);
        assert_eq!(k("ip.flags.df"), Kind::Bool);
        assert_eq!(k("osidump.stream"), Kind::UInt(u64::from(u32::MAX)));
    }

    /// Each expression tshark 4.0 rejects, the column and length of the
    /// caret, and the start of the message.
    #[test]
    fn rejected_like_tshark() {
        let cases = [
            (
                "frame.len == 99999999999999999999999",
                14,
                23,
                "\"99999999999999999999999\" causes an integer overflow",
            ),
            ("frame.len > 0x", 13, 2, "\"0x\" is not a valid number"),
            (
                "ip.ttl == 300",
                11,
                3,
                "\"300\" too big for this field, maximum 255",
            ),
            (
                "ip.ttl == 0x100",
                11,
                5,
                "\"0x100\" too big for this field, maximum 255",
            ),
            (
                "ip.ttl in {1..300}",
                15,
                3,
                "\"300\" too big for this field, maximum 255",
            ),
            (
                "tcp.port == 65536",
                13,
                5,
                "\"65536\" too big for this field, maximum 65535",
            ),
            (
                "frame.len == 4294967296",
                14,
                10,
                "\"4294967296\" too big for this field, maximum 4294967295",
            ),
            (
                "data.len == -2147483649",
                13,
                11,
                "\"-2147483649\" too small for this field",
            ),
            (
                "ip.addr == 10.0.0.0/33",
                12,
                11,
                "Netmask bits in a CIDR IPv4 address should be <= 32, not 33",
            ),
            (
                "ipv6.addr == fd99::/129",
                14,
                10,
                "Prefix in a IPv6 address should be <= 128, not 129",
            ),
            (
                "eth.addr == ff:ff:ff:ff:ff:ff:ff",
                13,
                20,
                "\"ff:ff:ff:ff:ff:ff:ff\" contains too many bytes",
            ),
            (
                "eth.src == ff:ff:ff:ff:ff",
                12,
                14,
                "\"ff:ff:ff:ff:ff\" contains too few bytes",
            ),
            ("tcp.stream == 1.5", 15, 3, "\"1.5\" is not a valid number"),
            ("tcp.port == 1e3", 13, 3, "\"1e3\" is not a valid number"),
            ("ip.ttl == 09", 11, 2, "\"09\" is not a valid number"),
            (
                "ip.ttl == 10.0.0.1",
                11,
                8,
                "\"10.0.0.1\" is not a valid number",
            ),
            (
                "tcp.port == \"443\"",
                13,
                5,
                "an integer field cannot be compared with a string",
            ),
            (
                "ip.src == 64",
                11,
                2,
                "\"64\" is not a valid hostname or IPv4 address",
            ),
            (
                "ip.src == 10.0.0.256",
                11,
                10,
                "\"10.0.0.256\" is not a valid hostname or IPv4 address",
            ),
            (
                "ipv6.addr == 10.0.0.1",
                14,
                8,
                "\"10.0.0.1\" is not a valid hostname or IPv6 address",
            ),
            (
                // The prefix is part of the address; a second "/"
                // divides it, as in tshark 4.0 (which underlines only
                // the address and its prefix).
                "ip.addr == 10.0.0.0/8/2",
                12,
                12,
                "FT_IPv4 cannot /",
            ),
            (
                "dns.qry.type == A",
                17,
                1,
                "\"A\" cannot be found among the possible values for dns.qry.type",
            ),
            (
                "tcp.flags.syn == true",
                18,
                4,
                "\"true\" cannot be found among the possible values for tcp.flags.syn",
            ),
            (
                "ip.flags.df == \"1\"",
                16,
                3,
                "\"1\" cannot be found among the possible values for ip.flags.df",
            ),
            ("tcp.flags.syn == -1", 18, 2, "FT_BOOLEAN cannot -"),
            (
                "tcp.flags.syn == yes",
                18,
                3,
                "\"yes\" cannot be found among the possible values for tcp.flags.syn",
            ),
            ("ip.ttl == foo", 11, 3, "\"foo\" is not a valid number"),
            (
                "ip.addr == localhost",
                12,
                9,
                "\"localhost\" is not a valid hostname or IPv4 address",
            ),
            (
                "tcp && tls.sni == \"x\" && udp.port != 70000",
                38,
                5,
                "\"70000\" too big",
            ),
        ];
        for (expr, column, len, msg) in cases {
            let e = Filter::new(expr).expect_err(expr);
            assert_eq!((e.column, e.len), (column, len), "{expr}: {e}");
            assert!(e.message.starts_with(msg), "{expr}: {}", e.message);
        }
    }

    /// What tshark 4.0 takes must compile: value names from the registry
    /// (bare or quoted, any case).
    #[test]
    fn accepted_like_tshark() {
        for expr in [
            "ip.ttl == 255",
            "ip.ttl == 0xff",
            "ip.ttl == 0377",
            "ip.ttl == 0b",
            "ip.ttl == -1",
            "ip.ttl > -5",
            "frame.len == -1",
            "http.content_length == 18446744073709551615 or tcp.seq_raw == 4294967295",
            "tcp.port in {0..65535}",
            "tcp.stream == 1",
            "eth.type == ARP",
            "eth.type == \"IPv6\"",
            "ip.proto == TCP",
            "tcp.flags.syn == Set",
            "tcp.flags.syn == \"not set\"",
            "tls.handshake.type == \"Client Hello\"",
            "dns.flags.rcode == \"No such name\"",
            "ip.checksum.status == Unverified",
            "eth.src == 5640081e32fd",
            "ip.addr == 10.0.0.0/32",
            "ip.addr == 0.0.0.0/0",
            "ipv6.addr == fd99::/128",
            "ipv6.addr == ::/0",
            "eth.addr == ff:ff:ff:ff:ff:ff",
            "eth.src == 0299.0000.0001",
            "eth.src == 029900000001",
            "eth.dst contains ff:ff",
            "tcp.flags.syn == 5",
            "tcp.flags.syn == 4294967296",
            "ip.flags.df == True",
            "ip.flags.df == FALSE",
            "dns.qry.name == 99999999999999999999999",
            "http.host == 0x",
        ] {
            if let Err(e) = Filter::new(expr) {
                panic!("{}", e.render(expr));
            }
        }
    }
}
