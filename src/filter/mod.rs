//! Display filters: `-Y EXPR`, Wireshark's display-filter language with
//! tshark 4.0's meaning, over the fields our decoders emit.
//!
//! ```text
//! expr     := or
//! or       := and (("or" | "||") and)*
//! and      := unary (("and" | "&&") unary)*
//! unary    := ("not" | "!") unary | "(" expr ")" | test
//! test     := ["any" | "all"] value [op value | ["not"] "in" "{" item ("," item)* "}"]
//! op       := "==" | "eq" | "any_eq" | "!=" | "ne" | "all_ne" | "===" | "all_eq" | "!=="
//!           | "~=" | "any_ne" | "<" | "lt" | "<=" | "le"
//!           | ">" | "gt" | ">=" | "ge" | "contains" | "matches" | "~"
//! item     := atom [".." atom]
//! value    := sum ("&" sum)*                     bitwise and binds loosest
//! sum      := product (("+" | "-") product)*
//! product  := unit (("*" | "/" | "%") unit)*
//! unit     := "-" atom | atom
//! atom     := ("{" value "}" | FIELD ["#" layers] | FUNC "(" value ("," value)* ")"
//!           | "${" FIELD "}" | literal) ("[" range ("," range)* "]")*
//! layers   := N | "[" range ("," range)* "]"
//! range    := i | i ":" n | i "-" j | i ":" | ":" n       (i, j may be negative)
//! FUNC     := len | count | upper | lower | string | abs | max | min
//! literal  := "string with \"escapes\"" | r"raw" | 'c' | 42 | 0x2a | 052 | 0b101 | -1
//!           | 10.0.0.1 | 10.0.0.0/8 | fd99::1 | fd99::/64 | ff:ff:ff:ff:ff:ff
//!           | ffff.ffff.ffff | aa:bb:cc | 0800 | True | False | 1795519047.5 | bareword
//! ```
//!
//! Meaning, as in tshark 4.0: a field present several times matches `==`,
//! `<`, `contains`, `matches` and `in` when any occurrence does; `!=` holds
//! when the field is present and every occurrence differs (`!==` / `~=`:
//! some occurrence differs; `===`: every occurrence equals); `any` / `all`
//! choose explicitly. With a field on both sides every pair of occurrences
//! is tested. `matches` is a case-insensitive regex (`(?-i)` to turn that
//! off), `contains` is case-sensitive. Integers compute in 32 bits (64 for
//! 64-bit fields): overflow and division by zero give no value, and an
//! unsigned subtraction that goes below zero turns signed. Constant
//! arithmetic with no value (`frame.len != 4294967295 + 2`) makes `!=`,
//! `===` and `all` tests hold and the others fail, as tshark 4.0's empty
//! register does. A bare arithmetic or `&` expression holds when its value
//! is not zero. Plain hex of odd length is bytes as tshark reads it (`474`
//! is 47 04, `08004` is 08 00 04).
//!
//! Macros are expanded first (`${private_ipv4:ip.src}`): the ones Wireshark
//! ships in its global `dfilter_macros` (`macros.rs`).
//!
//! Protocol names (`dns`, `tcp`) test for a layer of that protocol; as
//! values (`frame contains "GET"`, `ip[9] == 6`, `len(tcp)`) they are their
//! bytes: slices, `==` and `len()` read the protocol's own item (the IP or
//! TCP header, all of `frame`), `contains` and `matches` everything it
//! carries, as tshark does. That is known for frame, Ethernet, VLAN, SLL,
//! ARP, IPv4/6, ICMP/v6, TCP and UDP; other protocols as bytes are refused
//! ("not supported"), and a layer decoded from reassembled data (not in the
//! frame) has no bytes. `#n` keeps the occurrences of the n-th layer of the
//! field's protocol. `${field}` (a field of the selected packet) has no
//! value in tshark, nor here. Pseudo-fields stand for either direction
//! ([`PSEUDO_FIELDS`]); short aliases are in [`ALIASES`].
//!
//! Values are typed when the expression is compiled (an address literal is
//! parsed once, a regex built once) and both sides of a comparison must
//! have compatible types (`tcp.port == ip.src` is refused). Where tshark
//! 4.0 knows a field as an integer, IPv4/IPv6 address or MAC (`types.rs`,
//! from the field registry), a literal it would reject is a compile error
//! too: `ip.ttl == 300`, `tcp.stream == 1.5`, `frame.len > 0x`,
//! `ip.addr == 10.0.0.0/33`, `eth.addr == ff:ff:ff:ff:ff:ff:ff`. Booleans
//! compare with numbers (any but 0 is true), `True`/`TRUE`/`False`/`FALSE`
//! and their value names, as in tshark 4.0 (which refuses `true` where the
//! field has value names, `ip.flags.df`, and takes it where not,
//! `http.request`). Absolute times compare with strings tshark 4.0 reads
//! (`"2020-01-01 10:00:00"`, `"Jan  1, 2020 10:00:00.5"`, a bare
//! `2020-01-01`: local time
//! unless they say `UTC`, `Z` or `+hh:mm`; `abstime.rs`), and every time
//! comparison orders as tshark 4.0's does (whole seconds compared through
//! a 32-bit difference, so times over 68 years apart wrap). What the
//! language has and we cannot answer as tshark would is refused with a
//! message that starts with "not supported".
//!
//! ```
//! use osidump::filter::Filter;
//! let f = Filter::new("tcp.port in {80, 443} && ip.addr == 10.0.0.0/8").unwrap();
//! # let _ = f;
//! let f = Filter::new("tcp.srcport > tcp.dstport && frame contains \"GET\"").unwrap();
//! # let _ = f;
//! let err = Filter::new("dns.qry.nme == \"x\"").unwrap_err();
//! assert_eq!(err.column, 1);
//! assert!(err.message.contains("did you mean \"dns.qry.name\""));
//! ```

mod abstime;
mod eval;
mod macros;
mod parse;
mod types;
mod value;

pub use eval::{Filter, UNANSWERED, Unanswered};
pub use parse::FilterError;

use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::fields as f;

/// Protocol names: alone, they test for a layer whose `protocol` is this.
/// Every layer name the dissector's protocol specs declare
/// ([`spec::layer_names`](crate::dissect::spec::layer_names)), so a new
/// protocol is a filter word the day it is decoded.
pub fn protocols() -> impl Iterator<Item = &'static str> {
    crate::dissect::spec::layer_names()
}

/// Wireshark's "either direction" fields: each stands for all the listed
/// fields at once (`ip.addr` is `ip.src` or `ip.dst`).
pub static PSEUDO_FIELDS: &[(&str, &[&FieldDef])] = &[
    ("ip.addr", &[f::ip::SRC, f::ip::DST]),
    ("ipv6.addr", &[f::ipv6::SRC, f::ipv6::DST]),
    ("ip.host", &[f::ip::SRC_HOST, f::ip::DST_HOST]),
    ("ipv6.host", &[f::ipv6::SRC_HOST, f::ipv6::DST_HOST]),
    (
        "ipv6.slaac_mac",
        &[f::ipv6::SRC_SLAAC_MAC, f::ipv6::DST_SLAAC_MAC],
    ),
    (
        "ipv6.isatap_ipv4",
        &[f::ipv6::SRC_ISATAP_IPV4, f::ipv6::DST_ISATAP_IPV4],
    ),
    (
        "ipv6.6to4_gw_ipv4",
        &[f::ipv6::SRC_6TO4_GW_IPV4, f::ipv6::DST_6TO4_GW_IPV4],
    ),
    (
        "ipv6.6to4_sla_id",
        &[f::ipv6::SRC_6TO4_SLA_ID, f::ipv6::DST_6TO4_SLA_ID],
    ),
    (
        "ipv6.ts_ipv4",
        &[f::ipv6::SRC_TS_IPV4, f::ipv6::DST_TS_IPV4],
    ),
    (
        "ipv6.tc_port",
        &[f::ipv6::SRC_TC_PORT, f::ipv6::DST_TC_PORT],
    ),
    (
        "ipv6.tc_ipv4",
        &[f::ipv6::SRC_TC_IPV4, f::ipv6::DST_TC_IPV4],
    ),
    ("eth.addr", &[f::eth::SRC, f::eth::DST]),
    (
        "eth.addr_resolved",
        &[f::eth::DST_RESOLVED, f::eth::SRC_RESOLVED],
    ),
    ("eth.addr.oui", &[f::eth::DST_OUI, f::eth::SRC_OUI]),
    (
        "eth.addr.oui_resolved",
        &[f::eth::DST_OUI_RESOLVED, f::eth::SRC_OUI_RESOLVED],
    ),
    ("eth.lg", &[f::eth::DST_LG, f::eth::SRC_LG]),
    ("fddi.addr", &[f::fddi::DST, f::fddi::SRC]),
    ("eth.ig", &[f::eth::DST_IG, f::eth::SRC_IG]),
    ("tcp.port", &[f::tcp::SRCPORT, f::tcp::DSTPORT]),
    ("udp.port", &[f::udp::SRCPORT, f::udp::DSTPORT]),
];

/// Short names we document, for the fields people type most.
pub const ALIASES: &[(&str, &str)] = &[
    ("tls.sni", "tls.handshake.extensions_server_name"),
    ("http.method", "http.request.method"),
    ("dns.name", "dns.qry.name"),
];

/// Every field name the filter knows: the registry's, the pseudo-fields
/// and the aliases.
pub fn known_fields() -> impl Iterator<Item = &'static str> {
    f::all()
        .map(|d| d.name)
        .chain(PSEUDO_FIELDS.iter().map(|(n, _)| *n))
        .chain(ALIASES.iter().map(|(n, _)| *n))
}

/// What a name in an expression stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Resolved {
    /// A protocol: a layer with this `protocol`.
    Protocol(&'static str),
    /// The field (or, for a pseudo-field, the fields) it reads; the first
    /// carries the type and value names.
    Fields(&'static FieldDef, Vec<&'static FieldDef>),
}

pub(crate) fn resolve(name: &str) -> Option<Resolved> {
    // tshark 4.0 takes a leading dot (".tcp.port").
    let name = match name.strip_prefix('.') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_alphabetic()) => rest,
        _ => name,
    };
    if let Some(p) = protocols().find(|p| *p == name) {
        // A protocol whose one field bears its name (`communityid`, a
        // post-dissector's string): tshark compares the field, and the
        // field is present exactly when the protocol is.
        if let Some(d) = f::by_name(name).filter(|d| d.ftype != FieldType::Protocol) {
            return Some(Resolved::Fields(d, vec![d]));
        }
        return Some(Resolved::Protocol(p));
    }
    if let Some((n, defs)) = PSEUDO_FIELDS.iter().find(|(n, _)| *n == name) {
        let def = f::by_name(n)?;
        return Some(Resolved::Fields(def, defs.to_vec()));
    }
    let target = ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(name, |(_, t)| *t);
    if let Some(d) = f::by_name(target) {
        return Some(Resolved::Fields(d, f::with_twins(d)));
    }
    // A protocol tshark registers inside another's dissector (IPv6's
    // extension headers, `ipv6.hopopts`): present when one of its fields is.
    if let Some(p) = f::all().find_map(|d| d.in_protocol().filter(|p| *p == name)) {
        return Some(Resolved::Protocol(p));
    }
    // tshark 4.0's protocol aliases: `ssl` is `tls`, `bootp` is `dhcp`,
    // alone and as the first part of a field name.
    PROTOCOL_ALIASES.iter().find_map(|(old, new)| {
        let rest = name.strip_prefix(old)?;
        (rest.is_empty() || rest.starts_with('.'))
            .then(|| resolve(&format!("{new}{rest}")))
            .flatten()
    })
}

/// Old protocol names tshark 4.0 still takes for the new ones.
const PROTOCOL_ALIASES: &[(&str, &str)] = &[("ssl", "tls"), ("bootp", "dhcp")];

/// The known name closest to `name`, if one is close enough to be a typo.
pub(crate) fn suggest(name: &str) -> Option<&'static str> {
    let candidates = protocols()
        .chain(PSEUDO_FIELDS.iter().map(|(n, _)| *n))
        .chain(ALIASES.iter().map(|(n, _)| *n))
        .chain(f::all().map(|d| d.name));
    // Ties go to a name with the same first letter (a typo seldom changes
    // it: `htp` is `http` more likely than `stp`), then the first listed.
    let first = name.chars().next();
    let (best, dist, _) = candidates
        .map(|c| (c, levenshtein(name, c), c.chars().next() != first))
        .min_by_key(|&(_, d, other_first)| (d, other_first))?;
    let limit = (name.chars().count() / 3).clamp(1, 4);
    (dist <= limit).then_some(best)
}

/// Edit distance (insertions, deletions, substitutions), over chars.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levenshtein_counts_edits() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("dns.qry.nme", "dns.qry.name"), 1);
    }

    #[test]
    fn suggestions() {
        assert_eq!(suggest("dns.qry.nme"), Some("dns.qry.name"));
        assert_eq!(suggest("tcp.prot"), Some("tcp.port"));
        assert_eq!(suggest("htp"), Some("http"));
        assert_eq!(suggest("completely.unrelated.thing"), None);
    }

    #[test]
    fn resolution() {
        assert_eq!(resolve("dns"), Some(Resolved::Protocol("dns")));
        assert_eq!(
            resolve("tcp.port"),
            Some(Resolved::Fields(
                f::tcp::PORT,
                vec![f::tcp::SRCPORT, f::tcp::DSTPORT]
            ))
        );
        assert_eq!(
            resolve("tls.sni"),
            Some(Resolved::Fields(
                f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME,
                vec![f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME]
            ))
        );
        assert_eq!(resolve("ip.nope"), None);
    }
}
