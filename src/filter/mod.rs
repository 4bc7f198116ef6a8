//! Display filters: `-Y EXPR`, a subset of Wireshark's display-filter
//! language with the same meaning, over the fields our decoders emit.
//!
//! ```text
//! expr     := or
//! or       := and (("or" | "||") and)*
//! and      := unary (("and" | "&&") unary)*
//! unary    := ("not" | "!") unary | "(" expr ")" | test
//! test     := FIELD                                   presence
//!           | FIELD op value
//!           | FIELD ["not"] "in" "{" item ([","] item)* "}"
//! op       := "==" | "eq" | "!=" | "ne" | "!==" | "~=" | "<" | "lt" | "<=" | "le"
//!           | ">" | "gt" | ">=" | "ge" | "contains" | "matches" | "~"
//! item     := value [".." value]
//! value    := "string with \"escapes\"" | r"raw" | 42 | 0x2a | 052 | 0b101 | -1
//!           | 10.0.0.1 | 10.0.0.0/8 | fd99::1 | fd99::/64 | ff:ff:ff:ff:ff:ff
//!           | ffff.ffff.ffff | aa:bb:cc | true | false | 1795519047.5 | bareword
//! ```
//!
//! Meaning, as in tshark 4.0: a field present several times matches `==`,
//! `<`, `contains`, `matches` and `in` when any occurrence does; `!=` holds
//! when the field is present and every occurrence differs (`!==` / `~=`:
//! some occurrence differs); `matches` is a case-insensitive regex (`(?-i)`
//! to turn that off), `contains` is case-sensitive. Protocol names (`dns`,
//! `tcp`) test for a layer of that protocol. Pseudo-fields stand for either
//! direction ([`PSEUDO_FIELDS`]); short aliases are in [`ALIASES`].
//!
//! Values are typed when the expression is compiled (an address literal is
//! parsed once, a regex built once) and matched against each field's
//! [`Value`](crate::dissect::Value) type when evaluated: a literal that does
//! not fit a field's type never matches it. Where tshark 4.0 knows a
//! field as an integer, IPv4/IPv6 address or MAC (`types.rs`, generated
//! from `tshark -G fields`), a literal it would reject is a compile error
//! too: `ip.ttl == 300`, `tcp.stream == 1.5`, `frame.len > 0x`,
//! `ip.addr == 10.0.0.0/33`, `eth.addr == ff:ff:ff:ff:ff:ff:ff`. Booleans
//! also compare with `true`/`false` (tshark 4.0 only takes 1/0).
//!
//! ```
//! use osidump::filter::Filter;
//! let f = Filter::new("tcp.port in {80, 443} && ip.addr == 10.0.0.0/8").unwrap();
//! # let _ = f;
//! let err = Filter::new("dns.qry.nme == \"x\"").unwrap_err();
//! assert_eq!(err.column, 1);
//! assert!(err.message.contains("did you mean \"dns.qry.name\""));
//! ```

mod eval;
mod parse;
mod types;

pub use eval::Filter;
pub use parse::FilterError;

/// Protocol names: alone, they test for a layer whose `protocol` is this.
pub const PROTOCOLS: &[&str] = &[
    "frame",
    "eth",
    "vlan",
    "ieee8021ad",
    "sll",
    "null",
    "ppp",
    "pppoes",
    "raw",
    "arp",
    "ip",
    "ipv6",
    "icmp",
    "icmpv6",
    "tcp",
    "udp",
    "session",
    "data",
    "dns",
    "mdns",
    "llmnr",
    "http",
    "websocket",
    "tls",
];

/// Wireshark's "either direction" fields: each stands for all the listed
/// fields at once.
pub const PSEUDO_FIELDS: &[(&str, &[&str])] = &[
    ("ip.addr", &["ip.src", "ip.dst"]),
    ("ipv6.addr", &["ipv6.src", "ipv6.dst"]),
    ("eth.addr", &["eth.src", "eth.dst"]),
    ("tcp.port", &["tcp.srcport", "tcp.dstport"]),
    ("udp.port", &["udp.srcport", "udp.dstport"]),
];

/// Short names we document, for the fields people type most.
pub const ALIASES: &[(&str, &str)] = &[
    ("tls.sni", "tls.handshake.extensions_server_name"),
    ("http.method", "http.request.method"),
    ("dns.name", "dns.qry.name"),
];

/// Every field name a decoder can emit. A unit test scans `src/` for field
/// literals and fails when this list and the decoders disagree.
pub fn known_fields() -> &'static [&'static str] {
    KNOWN_FIELDS
}

static KNOWN_FIELDS: &[&str] = &[
    "arp.dst.hw",
    "arp.dst.hw_mac",
    "arp.dst.proto",
    "arp.dst.proto_ipv4",
    "arp.hw.size",
    "arp.hw.type",
    "arp.opcode",
    "arp.proto.size",
    "arp.proto.type",
    "arp.src.hw",
    "arp.src.hw_mac",
    "arp.src.proto",
    "arp.src.proto_ipv4",
    "data.len",
    "dns.a",
    "dns.aaaa",
    "dns.caa.flags",
    "dns.caa.flags.issuer_critical",
    "dns.caa.iodef",
    "dns.caa.issue",
    "dns.caa.issuewild",
    "dns.caa.tag",
    "dns.caa.tag_length",
    "dns.caa.unknown",
    "dns.caa.value",
    "dns.cname",
    "dns.count.add_rr",
    "dns.count.answers",
    "dns.count.auth_rr",
    "dns.count.labels",
    "dns.count.queries",
    "dns.flags",
    "dns.flags.authenticated",
    "dns.flags.authoritative",
    "dns.flags.checkdisable",
    "dns.flags.conflict",
    "dns.flags.opcode",
    "dns.flags.rcode",
    "dns.flags.recavail",
    "dns.flags.recdesired",
    "dns.flags.response",
    "dns.flags.tentative",
    "dns.flags.truncated",
    "dns.flags.z",
    "dns.id",
    "dns.length",
    "dns.mx.mail_exchange",
    "dns.mx.preference",
    "dns.ns",
    "dns.opt.code",
    "dns.opt.cookie.client",
    "dns.opt.cookie.server",
    "dns.opt.data",
    "dns.opt.edns_tcp_keepalive.timeout",
    "dns.opt.len",
    "dns.opt.padding",
    "dns.ptr.domain_name",
    "dns.qry.class",
    "dns.qry.name",
    "dns.qry.name.len",
    "dns.qry.qu",
    "dns.qry.type",
    "dns.resp.cache_flush",
    "dns.resp.class",
    "dns.resp.edns0_version",
    "dns.resp.ext_rcode",
    "dns.resp.len",
    "dns.resp.name",
    "dns.resp.ttl",
    "dns.resp.type",
    "dns.resp.z",
    "dns.resp.z.do",
    "dns.resp.z.reserved",
    "dns.response_to",
    "dns.retransmission",
    "dns.retransmit_request_in",
    "dns.retransmit_response_in",
    "dns.rr.udp_payload_size",
    "dns.soa.expire_limit",
    "dns.soa.minimum_ttl",
    "dns.soa.mname",
    "dns.soa.refresh_interval",
    "dns.soa.retry_interval",
    "dns.soa.rname",
    "dns.soa.serial_number",
    "dns.srv.name",
    "dns.srv.port",
    "dns.srv.priority",
    "dns.srv.proto",
    "dns.srv.s",
    "dns.srv.service",
    "dns.srv.target",
    "dns.srv.weight",
    "dns.svcb.svcparam.alpn",
    "dns.svcb.svcparam.alpn.length",
    "dns.svcb.svcparam.echconfig",
    "dns.svcb.svcparam.ipv4hint.ip",
    "dns.svcb.svcparam.ipv6hint.ip",
    "dns.svcb.svcparam.key",
    "dns.svcb.svcparam.mandatory.key",
    "dns.svcb.svcparam.odohconfig",
    "dns.svcb.svcparam.port",
    "dns.svcb.svcparam.value",
    "dns.svcb.svcparam.value.length",
    "dns.svcb.svcpriority",
    "dns.svcb.targetname",
    "dns.time",
    "dns.txt",
    "dns.txt.length",
    "eth.dst",
    "eth.len",
    "eth.padding",
    "eth.src",
    "eth.type",
    "frame.cap_len",
    "frame.interface_id",
    "frame.interface_name",
    "frame.len",
    "frame.number",
    "frame.time_epoch",
    "http.accept",
    "http.accept_encoding",
    "http.accept_language",
    "http.authorization",
    "http.cache_control",
    "http.chunk_size",
    "http.chunked_trailer_part",
    "http.connection",
    "http.content_encoding",
    "http.content_length",
    "http.content_length_header",
    "http.content_type",
    "http.cookie",
    "http.date",
    "http.host",
    "http.http2_settings",
    "http.last_modified",
    "http.location",
    "http.proxy_authenticate",
    "http.proxy_authorization",
    "http.referer",
    "http.request",
    "http.request.full_uri",
    "http.request.line",
    "http.request.method",
    "http.request.uri",
    "http.request.version",
    "http.request_number",
    "http.response",
    "http.response.code",
    "http.response.code.desc",
    "http.response.line",
    "http.response.phrase",
    "http.response.version",
    "http.response_for.uri",
    "http.response_number",
    "http.sec_websocket_accept",
    "http.sec_websocket_extensions",
    "http.sec_websocket_key",
    "http.sec_websocket_protocol",
    "http.sec_websocket_version",
    "http.server",
    "http.set_cookie",
    "http.time",
    "http.transfer_encoding",
    "http.upgrade",
    "http.user_agent",
    "http.www_authenticate",
    "http.x_forwarded_for",
    "icmp.checksum",
    "icmp.checksum.status",
    "icmp.code",
    "icmp.ident",
    "icmp.ident_le",
    "icmp.seq",
    "icmp.seq_le",
    "icmp.type",
    "icmpv6.checksum",
    "icmpv6.code",
    "icmpv6.echo.identifier",
    "icmpv6.echo.sequence_number",
    "icmpv6.mtu",
    "icmpv6.nd.na.flag.o",
    "icmpv6.nd.na.flag.r",
    "icmpv6.nd.na.flag.s",
    "icmpv6.nd.na.target_address",
    "icmpv6.nd.ns.target_address",
    "icmpv6.nd.ra.cur_hop_limit",
    "icmpv6.nd.ra.flag.m",
    "icmpv6.nd.ra.flag.o",
    "icmpv6.nd.ra.reachable_time",
    "icmpv6.nd.ra.retrans_timer",
    "icmpv6.nd.ra.router_lifetime",
    "icmpv6.nd.rd.destination_address",
    "icmpv6.nd.rd.target_address",
    "icmpv6.opt.linkaddr",
    "icmpv6.opt.mtu",
    "icmpv6.opt.prefix",
    "icmpv6.opt.prefix.length",
    "icmpv6.opt.type",
    "icmpv6.pointer",
    "icmpv6.type",
    "ieee8021ad.dei",
    "ieee8021ad.etype",
    "ieee8021ad.id",
    "ieee8021ad.priority",
    "ip.checksum",
    "ip.checksum.status",
    "ip.dsfield.dscp",
    "ip.dsfield.ecn",
    "ip.dst",
    "ip.flags.df",
    "ip.flags.mf",
    "ip.flags.rb",
    "ip.frag_offset",
    "ip.fragment",
    "ip.fragment.count",
    "ip.hdr_len",
    "ip.id",
    "ip.len",
    "ip.opt.type",
    "ip.proto",
    "ip.reassembled.length",
    "ip.src",
    "ip.ttl",
    "ip.version",
    "ipv6.dst",
    "ipv6.dstopts.len",
    "ipv6.dstopts.nxt",
    "ipv6.flow",
    "ipv6.fraghdr.ident",
    "ipv6.fraghdr.more",
    "ipv6.fraghdr.nxt",
    "ipv6.fraghdr.offset",
    "ipv6.fragment",
    "ipv6.fragment.count",
    "ipv6.hlim",
    "ipv6.hopopts.len",
    "ipv6.hopopts.nxt",
    "ipv6.jumbo",
    "ipv6.nxt",
    "ipv6.plen",
    "ipv6.reassembled.length",
    "ipv6.routing.len",
    "ipv6.routing.nxt",
    "ipv6.routing.segleft",
    "ipv6.routing.type",
    "ipv6.src",
    "ipv6.tclass",
    "ipv6.version",
    "null.family",
    "null.type",
    "osidump.call",
    "osidump.dns.rdata",
    "osidump.dns.trailing_bytes",
    "osidump.http.body_len",
    "osidump.http.body_preview",
    "osidump.http.chunk_count",
    "osidump.http.line",
    "osidump.http.request_method",
    "osidump.ip.tso",
    "osidump.linktype",
    "osidump.linktype_name",
    "osidump.phase",
    "osidump.protocol",
    "osidump.reassembly",
    "osidump.stream",
    "osidump.tcp.analysis",
    "osidump.tls.app_data_len",
    "osidump.tls.cert.issuer",
    "osidump.tls.cert.issuer_cn",
    "osidump.tls.cert.not_after",
    "osidump.tls.cert.not_before",
    "osidump.tls.cert.subject",
    "osidump.tls.cert.subject_cn",
    "osidump.tls.encrypted",
    "osidump.tls.handshake.fragment_len",
    "osidump.tls.hello_retry_request",
    "osidump.tls.ignored_len",
    "osidump.tls.phase",
    "osidump.tls.session",
    "osidump.tls.sslv2",
    "osidump.websocket.accept_valid",
    "osidump.websocket.inflated",
    "osidump.websocket.message_len",
    "osidump.websocket.payload.truncated",
    "osidump.websocket.payload_preview",
    "osidump.websocket.phase",
    "ppp.protocol",
    "pppoe.code",
    "pppoe.payload_length",
    "pppoe.session_id",
    "pppoe.type",
    "pppoe.version",
    "sll.etype",
    "sll.halen",
    "sll.hatype",
    "sll.ifindex",
    "sll.ltype",
    "sll.pkttype",
    "sll.src.eth",
    "sll.src.other",
    "tcp.ack",
    "tcp.ack_raw",
    "tcp.analysis.duplicate_ack",
    "tcp.analysis.duplicate_ack_num",
    "tcp.analysis.flags",
    "tcp.analysis.keep_alive",
    "tcp.analysis.lost_segment",
    "tcp.analysis.out_of_order",
    "tcp.analysis.retransmission",
    "tcp.checksum",
    "tcp.dstport",
    "tcp.flags",
    "tcp.flags.ack",
    "tcp.flags.ae",
    "tcp.flags.cwr",
    "tcp.flags.ece",
    "tcp.flags.fin",
    "tcp.flags.push",
    "tcp.flags.res",
    "tcp.flags.reset",
    "tcp.flags.syn",
    "tcp.flags.urg",
    "tcp.hdr_len",
    "tcp.len",
    "tcp.nxtseq",
    "tcp.option_kind",
    "tcp.options.mss_val",
    "tcp.options.sack_le",
    "tcp.options.sack_perm",
    "tcp.options.sack_re",
    "tcp.options.timestamp.tsecr",
    "tcp.options.timestamp.tsval",
    "tcp.options.wscale.multiplier",
    "tcp.options.wscale.shift",
    "tcp.port",
    "tcp.reassembled.length",
    "tcp.segment",
    "tcp.segment.count",
    "tcp.seq",
    "tcp.seq_raw",
    "tcp.srcport",
    "tcp.stream",
    "tcp.urgent_pointer",
    "tcp.window_size",
    "tcp.window_size_scalefactor",
    "tcp.window_size_value",
    "tls.alert_message.desc",
    "tls.alert_message.level",
    "tls.change_cipher_spec",
    "tls.handshake.certificate_length",
    "tls.handshake.certificates_length",
    "tls.handshake.cipher_suites_length",
    "tls.handshake.ciphersuite",
    "tls.handshake.comp_method",
    "tls.handshake.comp_methods_length",
    "tls.handshake.extension.len",
    "tls.handshake.extension.type",
    "tls.handshake.extensions.supported_version",
    "tls.handshake.extensions_alpn_str",
    "tls.handshake.extensions_ec_point_format",
    "tls.handshake.extensions_key_share_group",
    "tls.handshake.extensions_key_share_selected_group",
    "tls.handshake.extensions_length",
    "tls.handshake.extensions_server_name",
    "tls.handshake.extensions_supported_group",
    "tls.handshake.ja3",
    "tls.handshake.ja3_full",
    "tls.handshake.ja3s",
    "tls.handshake.ja3s_full",
    "tls.handshake.ja4",
    "tls.handshake.length",
    "tls.handshake.random",
    "tls.handshake.session_id",
    "tls.handshake.session_id_length",
    "tls.handshake.session_ticket_lifetime_hint",
    "tls.handshake.sig_hash_alg",
    "tls.handshake.type",
    "tls.handshake.version",
    "tls.heartbeat_message.payload_length",
    "tls.heartbeat_message.type",
    "tls.record.content_type",
    "tls.record.length",
    "tls.record.opaque_type",
    "tls.record.padding_length",
    "tls.record.version",
    "udp.checksum",
    "udp.dstport",
    "udp.length",
    "udp.port",
    "udp.srcport",
    "udp.stream",
    "vlan.dei",
    "vlan.etype",
    "vlan.id",
    "vlan.priority",
    "websocket.fin",
    "websocket.fragment.count",
    "websocket.mask",
    "websocket.masking_key",
    "websocket.opcode",
    "websocket.payload.close.reason",
    "websocket.payload.close.status_code",
    "websocket.payload.ping",
    "websocket.payload.pong",
    "websocket.payload.text",
    "websocket.payload.unknown",
    "websocket.payload_length",
    "websocket.payload_length_ext_16",
    "websocket.payload_length_ext_64",
    "websocket.pmc",
    "websocket.reassembled.length",
    "websocket.rsv",
];

/// What a name in an expression stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// A protocol: a layer with this `protocol`.
    Protocol(&'static str),
    /// One or more field names (several for a pseudo-field).
    Fields(&'static [&'static str]),
}

pub(crate) fn resolve(name: &str) -> Option<Resolved> {
    if let Some(p) = PROTOCOLS.iter().find(|p| **p == name) {
        return Some(Resolved::Protocol(p));
    }
    if let Some((_, f)) = PSEUDO_FIELDS.iter().find(|(n, _)| *n == name) {
        return Some(Resolved::Fields(f));
    }
    let target = ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(name, |(_, t)| *t);
    KNOWN_FIELDS
        .iter()
        .position(|f| *f == target)
        .map(|i| Resolved::Fields(std::slice::from_ref(&KNOWN_FIELDS[i])))
}

/// The known name closest to `name`, if one is close enough to be a typo.
pub(crate) fn suggest(name: &str) -> Option<&'static str> {
    let candidates = PROTOCOLS
        .iter()
        .chain(PSEUDO_FIELDS.iter().map(|(n, _)| n))
        .chain(ALIASES.iter().map(|(n, _)| n))
        .chain(KNOWN_FIELDS.iter());
    let (best, dist) = candidates
        .map(|c| (*c, levenshtein(name, c)))
        .min_by_key(|&(_, d)| d)?;
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
            Some(Resolved::Fields(&["tcp.srcport", "tcp.dstport"]))
        );
        assert_eq!(
            resolve("tls.sni"),
            Some(Resolved::Fields(&["tls.handshake.extensions_server_name"]))
        );
        assert_eq!(resolve("ip.nope"), None);
    }

    /// Field-name literals in the decoders (`"tcp.srcport"`, ...), minus the
    /// filter module itself, whose tests spell names wrong on purpose.
    fn field_literals_in_src() -> std::collections::BTreeSet<String> {
        let prefixes = PROTOCOLS.join("|") + "|pppoe|osidump";
        let re = regex::Regex::new(&format!(r#""((?:{prefixes})\.[a-z0-9_.]+)""#)).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = std::collections::BTreeSet::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    if path != root.join("filter") {
                        dirs.push(path);
                    }
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for c in re.captures_iter(&text) {
                        found.insert(c[1].to_string());
                    }
                }
            }
        }
        // String literals that look like field names but are data.
        for not_a_field in NOT_FIELDS {
            found.remove(*not_a_field);
        }
        found
    }

    /// Literals under `src/` shaped like field names that are not fields.
    const NOT_FIELDS: &[&str] = &[];

    #[test]
    fn known_fields_match_the_decoders() {
        let in_src = field_literals_in_src();
        let missing: Vec<_> = in_src
            .iter()
            .filter(|f| !KNOWN_FIELDS.contains(&f.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "field names emitted in src/ but missing from filter::KNOWN_FIELDS: {missing:?}"
        );
        let stale: Vec<_> = KNOWN_FIELDS
            .iter()
            .filter(|f| !in_src.contains(**f))
            .collect();
        assert!(
            stale.is_empty(),
            "filter::KNOWN_FIELDS names no decoder emits any more: {stale:?}"
        );
        let mut sorted = KNOWN_FIELDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            KNOWN_FIELDS.len(),
            "duplicates in KNOWN_FIELDS"
        );
    }

    #[test]
    fn every_layer_protocol_is_filterable() {
        for l in crate::dissect::registry::LAYERS {
            for p in l.protocols {
                assert!(
                    PROTOCOLS.contains(p),
                    "registry protocol {p} missing from PROTOCOLS"
                );
            }
        }
        // `Layer::new(Osi::X, "proto", ...)` anywhere in the decoders.
        let re = regex::Regex::new(r#"Layer::new\(\s*(?:Osi::\w+|osi),\s*"(\w+)""#).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/dissect");
        let mut dirs = vec![root];
        let mut seen = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for c in re.captures_iter(&text) {
                        seen += 1;
                        assert!(
                            PROTOCOLS.contains(&&c[1]),
                            "{} missing from PROTOCOLS",
                            &c[1]
                        );
                    }
                }
            }
        }
        assert!(seen > 10, "the Layer::new pattern found only {seen} layers");
    }

    #[test]
    fn pseudo_fields_and_aliases_name_known_fields() {
        for (name, fields) in PSEUDO_FIELDS {
            for f in *fields {
                assert!(KNOWN_FIELDS.contains(f), "{name} -> {f}");
            }
        }
        for (name, f) in ALIASES {
            assert!(KNOWN_FIELDS.contains(f), "{name} -> {f}");
        }
    }
}
