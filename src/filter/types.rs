//! Field types, as far as they constrain literals: tshark rejects
//! `ip.ttl == 300`, `tcp.stream == 1.5` or `ip.addr == 10.0.0.0/33` when
//! the filter is compiled, and so do we ([`check`]).
//!
//! [`TYPES`] holds the fields of [`KNOWN_FIELDS`](super::known_fields) (and
//! the pseudo-fields) whose tshark 4.0 type is an integer, an address or a
//! MAC; every other field (strings, bytes, booleans, times, `osidump.*`)
//! takes any literal. Regenerate from the repository root with:
//!
//! ```text
//! { grep -o '^    "[a-z0-9_.]*",$' src/filter/mod.rs | tr -d ' ",'; printf '%s\n' ip.addr ipv6.addr eth.addr tcp.port udp.port; } | sort -u > /tmp/names
//! tshark -G fields 2>/dev/null | LC_ALL=C awk -F'\t' '
//!   NR==FNR { want[$1] = 1; next }
//!   $1 == "F" && want[$3] {
//!     k = ($4 ~ /^FT_(UINT(8|16|24|32|64)|INT32|IPv4|IPv6|ETHER)$/) ? substr($4, 4) : ($4 == "FT_FRAMENUM" ? "UINT32" : "")
//!     if (k != "") printf "    (\"%s\", %s),\n", $3, k
//!   }' /tmp/names - | LC_ALL=C sort -u
//! ```
//!
//! (`FT_FRAMENUM` is written `UINT32`.)

use std::net::{Ipv4Addr, Ipv6Addr};

use super::parse::{FilterError, Literal};

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
}

const UINT8: Kind = Kind::UInt(u8::MAX as u64);
const UINT16: Kind = Kind::UInt(u16::MAX as u64);
const UINT24: Kind = Kind::UInt((1 << 24) - 1);
const UINT32: Kind = Kind::UInt(u32::MAX as u64);
const UINT64: Kind = Kind::UInt(u64::MAX);
const INT32: Kind = Kind::Int(i32::MIN as i64, i32::MAX as i64);
#[allow(non_upper_case_globals)]
const IPv4: Kind = Kind::Ipv4;
#[allow(non_upper_case_globals)]
const IPv6: Kind = Kind::Ipv6;
const ETHER: Kind = Kind::Ether;

/// Field name to type, sorted by name; fields not listed are [`Kind::Any`].
static TYPES: &[(&str, Kind)] = &[
    ("arp.dst.hw_mac", ETHER),
    ("arp.dst.proto_ipv4", IPv4),
    ("arp.hw.size", UINT8),
    ("arp.hw.type", UINT16),
    ("arp.opcode", UINT16),
    ("arp.proto.size", UINT8),
    ("arp.proto.type", UINT16),
    ("arp.src.hw_mac", ETHER),
    ("arp.src.proto_ipv4", IPv4),
    ("data.len", INT32),
    ("dns.a", IPv4),
    ("dns.aaaa", IPv6),
    ("dns.caa.flags", UINT8),
    ("dns.caa.tag_length", UINT8),
    ("dns.count.add_rr", UINT16),
    ("dns.count.answers", UINT16),
    ("dns.count.auth_rr", UINT16),
    ("dns.count.labels", UINT16),
    ("dns.count.queries", UINT16),
    ("dns.flags", UINT16),
    ("dns.flags.opcode", UINT16),
    ("dns.flags.rcode", UINT16),
    ("dns.id", UINT16),
    ("dns.length", UINT16),
    ("dns.mx.preference", UINT16),
    ("dns.opt.code", UINT16),
    ("dns.opt.edns_tcp_keepalive.timeout", UINT16),
    ("dns.opt.len", UINT16),
    ("dns.qry.class", UINT16),
    ("dns.qry.name.len", UINT16),
    ("dns.qry.type", UINT16),
    ("dns.resp.class", UINT16),
    ("dns.resp.edns0_version", UINT8),
    ("dns.resp.ext_rcode", UINT8),
    ("dns.resp.len", UINT16),
    ("dns.resp.ttl", UINT32),
    ("dns.resp.type", UINT16),
    ("dns.resp.z", UINT16),
    ("dns.resp.z.reserved", UINT16),
    ("dns.response_to", UINT32),
    ("dns.retransmit_request_in", UINT32),
    ("dns.retransmit_response_in", UINT32),
    ("dns.rr.udp_payload_size", UINT16),
    ("dns.soa.expire_limit", UINT32),
    ("dns.soa.minimum_ttl", UINT32),
    ("dns.soa.refresh_interval", UINT32),
    ("dns.soa.retry_interval", UINT32),
    ("dns.soa.serial_number", UINT32),
    ("dns.srv.port", UINT16),
    ("dns.srv.priority", UINT16),
    ("dns.srv.weight", UINT16),
    ("dns.svcb.svcparam.alpn.length", UINT8),
    ("dns.svcb.svcparam.ipv4hint.ip", IPv4),
    ("dns.svcb.svcparam.ipv6hint.ip", IPv6),
    ("dns.svcb.svcparam.key", UINT16),
    ("dns.svcb.svcparam.mandatory.key", UINT16),
    ("dns.svcb.svcparam.port", UINT16),
    ("dns.svcb.svcparam.value.length", UINT16),
    ("dns.svcb.svcpriority", UINT16),
    ("dns.txt.length", UINT8),
    ("eth.addr", ETHER),
    ("eth.dst", ETHER),
    ("eth.len", UINT16),
    ("eth.src", ETHER),
    ("eth.type", UINT16),
    ("frame.cap_len", UINT32),
    ("frame.interface_id", UINT32),
    ("frame.len", UINT32),
    ("frame.number", UINT32),
    ("http.chunk_size", UINT32),
    ("http.content_length", UINT64),
    ("http.request_number", UINT32),
    ("http.response.code", UINT16),
    ("http.response_number", UINT32),
    ("icmp.checksum", UINT16),
    ("icmp.checksum.status", UINT8),
    ("icmp.code", UINT8),
    ("icmp.ident", UINT16),
    ("icmp.ident_le", UINT16),
    ("icmp.seq", UINT16),
    ("icmp.seq_le", UINT16),
    ("icmp.type", UINT8),
    ("icmpv6.checksum", UINT16),
    ("icmpv6.code", UINT8),
    ("icmpv6.echo.identifier", UINT16),
    ("icmpv6.echo.sequence_number", UINT16),
    ("icmpv6.mtu", UINT32),
    ("icmpv6.nd.na.target_address", IPv6),
    ("icmpv6.nd.ns.target_address", IPv6),
    ("icmpv6.nd.ra.cur_hop_limit", UINT8),
    ("icmpv6.nd.ra.reachable_time", UINT32),
    ("icmpv6.nd.ra.retrans_timer", UINT32),
    ("icmpv6.nd.ra.router_lifetime", UINT16),
    ("icmpv6.nd.rd.target_address", IPv6),
    ("icmpv6.opt.mtu", UINT32),
    ("icmpv6.opt.prefix", IPv6),
    ("icmpv6.opt.prefix.length", UINT8),
    ("icmpv6.opt.type", UINT8),
    ("icmpv6.pointer", UINT32),
    ("icmpv6.type", UINT8),
    ("ieee8021ad.dei", UINT16),
    ("ieee8021ad.id", UINT16),
    ("ieee8021ad.priority", UINT16),
    ("ip.addr", IPv4),
    ("ip.checksum", UINT16),
    ("ip.checksum.status", UINT8),
    ("ip.dsfield.dscp", UINT8),
    ("ip.dsfield.ecn", UINT8),
    ("ip.dst", IPv4),
    ("ip.frag_offset", UINT16),
    ("ip.fragment", UINT32),
    ("ip.fragment.count", UINT32),
    ("ip.hdr_len", UINT8),
    ("ip.id", UINT16),
    ("ip.len", UINT16),
    ("ip.opt.type", UINT8),
    ("ip.proto", UINT8),
    ("ip.reassembled.length", UINT32),
    ("ip.src", IPv4),
    ("ip.ttl", UINT8),
    ("ip.version", UINT8),
    ("ipv6.addr", IPv6),
    ("ipv6.dst", IPv6),
    ("ipv6.dstopts.len", UINT8),
    ("ipv6.dstopts.nxt", UINT8),
    ("ipv6.flow", UINT24),
    ("ipv6.fraghdr.ident", UINT32),
    ("ipv6.fraghdr.nxt", UINT8),
    ("ipv6.fraghdr.offset", UINT16),
    ("ipv6.fragment", UINT32),
    ("ipv6.fragment.count", UINT32),
    ("ipv6.hlim", UINT8),
    ("ipv6.hopopts.len", UINT8),
    ("ipv6.hopopts.nxt", UINT8),
    ("ipv6.nxt", UINT8),
    ("ipv6.plen", UINT16),
    ("ipv6.reassembled.length", UINT32),
    ("ipv6.routing.len", UINT8),
    ("ipv6.routing.nxt", UINT8),
    ("ipv6.routing.segleft", UINT8),
    ("ipv6.routing.type", UINT8),
    ("ipv6.src", IPv6),
    ("ipv6.tclass", UINT32),
    ("ipv6.version", UINT8),
    ("null.family", UINT32),
    ("null.type", UINT16),
    ("ppp.protocol", UINT16),
    ("pppoe.code", UINT8),
    ("pppoe.payload_length", UINT16),
    ("pppoe.session_id", UINT16),
    ("pppoe.type", UINT8),
    ("pppoe.version", UINT8),
    ("sll.etype", UINT16),
    ("sll.halen", UINT16),
    ("sll.hatype", UINT16),
    ("sll.ifindex", UINT32),
    ("sll.ltype", UINT16),
    ("sll.pkttype", UINT16),
    ("sll.src.eth", ETHER),
    ("tcp.ack", UINT32),
    ("tcp.ack_raw", UINT32),
    ("tcp.analysis.duplicate_ack_num", UINT32),
    ("tcp.checksum", UINT16),
    ("tcp.dstport", UINT16),
    ("tcp.flags", UINT16),
    ("tcp.hdr_len", UINT8),
    ("tcp.len", UINT32),
    ("tcp.nxtseq", UINT32),
    ("tcp.option_kind", UINT8),
    ("tcp.options.mss_val", UINT16),
    ("tcp.options.sack_le", UINT32),
    ("tcp.options.sack_re", UINT32),
    ("tcp.options.timestamp.tsecr", UINT32),
    ("tcp.options.timestamp.tsval", UINT32),
    ("tcp.options.wscale.multiplier", UINT16),
    ("tcp.options.wscale.shift", UINT8),
    ("tcp.port", UINT16),
    ("tcp.reassembled.length", UINT32),
    ("tcp.segment", UINT32),
    ("tcp.segment.count", UINT32),
    ("tcp.seq", UINT32),
    ("tcp.seq_raw", UINT32),
    ("tcp.srcport", UINT16),
    ("tcp.stream", UINT32),
    ("tcp.urgent_pointer", UINT16),
    ("tcp.window_size", UINT32),
    ("tcp.window_size_scalefactor", INT32),
    ("tcp.window_size_value", UINT16),
    ("tls.alert_message.desc", UINT8),
    ("tls.alert_message.level", UINT8),
    ("tls.handshake.certificate_length", UINT24),
    ("tls.handshake.certificates_length", UINT24),
    ("tls.handshake.cipher_suites_length", UINT16),
    ("tls.handshake.ciphersuite", UINT16),
    ("tls.handshake.comp_method", UINT8),
    ("tls.handshake.comp_methods_length", UINT8),
    ("tls.handshake.extension.len", UINT16),
    ("tls.handshake.extension.type", UINT16),
    ("tls.handshake.extensions.supported_version", UINT16),
    ("tls.handshake.extensions_ec_point_format", UINT8),
    ("tls.handshake.extensions_key_share_group", UINT16),
    ("tls.handshake.extensions_key_share_selected_group", UINT16),
    ("tls.handshake.extensions_length", UINT16),
    ("tls.handshake.extensions_supported_group", UINT16),
    ("tls.handshake.length", UINT24),
    ("tls.handshake.session_id_length", UINT16),
    ("tls.handshake.session_ticket_lifetime_hint", UINT32),
    ("tls.handshake.sig_hash_alg", UINT16),
    ("tls.handshake.type", UINT8),
    ("tls.handshake.version", UINT16),
    ("tls.heartbeat_message.payload_length", UINT16),
    ("tls.heartbeat_message.type", UINT8),
    ("tls.record.content_type", UINT8),
    ("tls.record.length", UINT16),
    ("tls.record.opaque_type", UINT8),
    ("tls.record.padding_length", UINT8),
    ("tls.record.version", UINT16),
    ("udp.checksum", UINT16),
    ("udp.dstport", UINT16),
    ("udp.length", UINT16),
    ("udp.port", UINT16),
    ("udp.srcport", UINT16),
    ("udp.stream", UINT32),
    ("vlan.etype", UINT16),
    ("vlan.id", UINT16),
    ("vlan.priority", UINT16),
    ("websocket.fragment.count", UINT32),
    ("websocket.opcode", UINT8),
    ("websocket.payload.close.status_code", UINT16),
    ("websocket.payload_length", UINT8),
    ("websocket.payload_length_ext_16", UINT16),
    ("websocket.payload_length_ext_64", UINT64),
    ("websocket.reassembled.length", UINT32),
    ("websocket.rsv", UINT8),
];

/// The type of a field or pseudo-field (aliases resolve to their target).
pub(crate) fn kind(name: &str) -> Kind {
    let name = super::ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(name, |(_, t)| *t);
    TYPES
        .binary_search_by(|(n, _)| n.cmp(&name))
        .map_or(Kind::Any, |i| TYPES[i].1)
}

/// Reject a literal that cannot be a value of a field of this kind, as
/// tshark 4.0 does: out-of-range or malformed numbers, bad CIDR prefixes,
/// MACs of the wrong length. Words that might be names tshark would look up
/// (value strings, host names) are left alone: they just never match.
pub(crate) fn check(kind: Kind, l: &Literal) -> Result<(), FilterError> {
    let t = l.text.as_str();
    let err = |m: String| Err(FilterError::at(l.span, m));
    match kind {
        Kind::Any => Ok(()),
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
        Kind::Ipv4 | Kind::Ipv6 if l.quoted => Ok(()),
        Kind::Ipv4 => {
            let (addr, prefix) = split_prefix(t);
            if addr.parse::<Ipv4Addr>().is_err() {
                if prefix.is_none() && hostname(addr) {
                    return Ok(());
                }
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
                if prefix.is_none() && hostname(addr) {
                    return Ok(());
                }
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
        Kind::Ether if l.quoted => Ok(()),
        Kind::Ether => match super::eval::parse_bytes(t) {
            Some(b) if b.len() > 6 => err(format!(
                "\"{t}\" contains too many bytes to be a valid Ethernet address"
            )),
            Some(b) if b.len() < 6 => err(format!(
                "\"{t}\" contains too few bytes to be a valid Ethernet address"
            )),
            _ => Ok(()),
        },
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

/// A word tshark would try to resolve as a host name rather than parse as
/// an address: it has a letter and no colon.
fn hostname(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_alphabetic()) && !t.contains(':')
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
    fn table_is_sorted_and_names_known_fields() {
        for w in TYPES.windows(2) {
            assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
        }
        for (name, _) in TYPES {
            assert!(
                crate::filter::resolve(name).is_some(),
                "{name} is not a known field"
            );
        }
    }

    #[test]
    fn kinds() {
        assert_eq!(kind("ip.ttl"), Kind::UInt(255));
        assert_eq!(kind("tcp.port"), Kind::UInt(65535));
        assert_eq!(kind("udp.port"), Kind::UInt(65535));
        assert_eq!(kind("tcp.stream"), Kind::UInt(u64::from(u32::MAX)));
        assert_eq!(kind("ipv6.flow"), Kind::UInt(0xff_ffff));
        assert_eq!(kind("ip.addr"), Kind::Ipv4);
        assert_eq!(kind("ipv6.addr"), Kind::Ipv6);
        assert_eq!(kind("eth.addr"), Kind::Ether);
        assert_eq!(kind("dns.qry.name"), Kind::Any);
        assert_eq!(kind("dns.name"), Kind::Any);
        assert_eq!(kind("ip.flags.df"), Kind::Any);
        assert_eq!(kind("osidump.stream"), Kind::Any);
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
                "ip.addr == 10.0.0.0/x",
                12,
                10,
                "\"10.0.0.0/x\" has an invalid CIDR prefix",
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

    /// What tshark 4.0 takes must still compile, and so must words tshark
    /// would look up as value names or host names (`dns.qry.type == A`,
    /// `ip.src == some.host`: we cannot tell which it knows; they never
    /// match here), and what we take on purpose (`true` for booleans).
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
            "dns.qry.type == A",
            "ip.addr == 10.0.0.0/32",
            "ip.addr == 0.0.0.0/0",
            "ip.src == some.host",
            "ipv6.addr == fd99::/128",
            "ipv6.addr == ::/0",
            "eth.addr == ff:ff:ff:ff:ff:ff",
            "eth.src == 0299.0000.0001",
            "eth.src == 029900000001",
            "eth.dst == \"ffffff\"",
            "eth.dst contains ff:ff",
            "tcp.flags.syn == 5",
            "ip.flags.df == true",
            "dns.qry.name == 99999999999999999999999",
            "http.host == 0x",
            "osidump.stream == 1.5",
        ] {
            if let Err(e) = Filter::new(expr) {
                panic!("{}", e.render(expr));
            }
        }
    }
}
