//! One-line summaries of a layer's header, built from its fields only.

use crate::dissect::{Layer, Value};
use crate::dissect::{app, names};
use std::fmt::Write;

fn v<'l>(l: &'l Layer<'_>, name: &str) -> Option<&'l Value<'l>> {
    l.get(name)
}

fn u(l: &Layer<'_>, name: &str) -> Option<u64> {
    l.get_uint(name)
}

fn flag(l: &Layer<'_>, name: &str) -> bool {
    matches!(l.get(name), Some(Value::Bool(true)))
}

/// Append the summary of `l` to `out`.
pub fn write(out: &mut String, l: &Layer<'_>) {
    let _ = match l.protocol {
        "frame" => frame(out, l),
        "eth" => eth(out, l),
        "vlan" | "ieee8021ad" => vlan(out, l),
        "sll" => sll(out, l),
        "null" => null(out, l),
        "raw" => out.write_str("raw IP (no link header)"),
        "arp" => arp(out, l),
        "ip" => ip(out, l),
        "ipv6" => ipv6(out, l),
        "icmp" => icmp(out, l),
        "icmpv6" => icmpv6(out, l),
        "tcp" => tcp(out, l),
        "session" => session(out, l),
        "udp" => udp(out, l),
        "data" => data(out, l),
        "dns" | "mdns" | "llmnr" => out.write_str(&app::dns::summary(l)),
        "http" | "ssdp" => out.write_str(&app::http::summary(l)),
        "tls" => out.write_str(&app::tls::summary(l)),
        "websocket" => out.write_str(&app::websocket::summary(l)),
        _ => generic(out, l),
    };
}

fn data(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    write!(out, "{} bytes of payload", u(l, "data.len").unwrap_or(0))?;
    if let Some(note) = l.get_str("osidump.reassembly") {
        write!(out, " ({note}")?;
        if let Some(p) = l.get_str("osidump.protocol") {
            write!(out, ", {p}")?;
        }
        out.push(')');
    }
    Ok(())
}

fn generic(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    for (i, f) in l.fields.iter().take(4).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write!(out, "{}={}", f.name, f.value)?;
    }
    Ok(())
}

fn frame(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    write!(
        out,
        "{} bytes on wire, {} captured",
        u(l, "frame.len").unwrap_or(0),
        u(l, "frame.cap_len").unwrap_or(0)
    )?;
    if let Some(name) = l.get_str("frame.interface_name") {
        write!(out, ", interface {name}")?;
    } else if let Some(id) = u(l, "frame.interface_id") {
        // Only pcapng and live captures have interfaces.
        write!(out, ", interface {id}")?;
    }
    if let Some(n) = l.get_str("osidump.linktype_name") {
        write!(out, " ({n})")?;
    }
    Ok(())
}

fn ethertype(out: &mut String, t: u64) -> std::fmt::Result {
    match names::ethertype(t as u16) {
        Some(n) => write!(out, "{n} (0x{t:04x})"),
        None => write!(out, "0x{t:04x}"),
    }
}

fn eth(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, "eth.src"), v(l, "eth.dst")) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(t) = u(l, "eth.type") {
        out.push_str(" type ");
        ethertype(out, t)?;
    } else if let Some(len) = u(l, "eth.len") {
        write!(out, " 802.3 length {len}")?;
    }
    if let Some(Value::Bytes(p)) = v(l, "eth.padding") {
        write!(out, " padding {}", p.len())?;
    }
    Ok(())
}

fn vlan(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    use crate::dissect::link::{SERVICE_TAG, VLAN_TAG};
    let f = if l.protocol == SERVICE_TAG.protocol {
        &SERVICE_TAG
    } else {
        &VLAN_TAG
    };
    write!(out, "VLAN {}", u(l, f.id).unwrap_or(0))?;
    write!(out, " priority {}", u(l, f.priority).unwrap_or(0))?;
    if let Some(t) = u(l, f.etype) {
        out.push_str(" type ");
        ethertype(out, t)?;
    }
    Ok(())
}

fn sll(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let Some(t) = u(l, "sll.pkttype") {
        match names::sll_pkttype(t as u8) {
            Some(n) => out.push_str(n),
            None => write!(out, "packet type {t}")?,
        }
    }
    if let Some(a) = v(l, "sll.src.eth").or(v(l, "sll.src.other")) {
        write!(out, " from {a}")?;
    }
    if let Some(i) = u(l, "sll.ifindex") {
        write!(out, " ifindex {i}")?;
    }
    if let Some(t) = u(l, "sll.etype") {
        out.push_str(" type ");
        ethertype(out, t)?;
    } else if let Some(t) = u(l, "sll.ltype") {
        write!(out, " Linux protocol 0x{t:04x}")?;
    }
    Ok(())
}

fn null(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let f = u(l, "null.family").unwrap_or(0);
    let name = match f {
        2 => "IPv4",
        10 | 24 | 28 | 30 => "IPv6",
        _ => "unknown",
    };
    write!(out, "loopback, family {f} ({name})")
}

fn arp(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let op = u(l, "arp.opcode").unwrap_or(0);
    let spa = v(l, "arp.src.proto_ipv4").or(v(l, "arp.src.proto"));
    let tpa = v(l, "arp.dst.proto_ipv4").or(v(l, "arp.dst.proto"));
    let sha = v(l, "arp.src.hw_mac").or(v(l, "arp.src.hw"));
    match (op, spa, tpa, sha) {
        (1, Some(s), Some(t), _) => write!(out, "Who has {t}? Tell {s}"),
        (2, Some(s), _, Some(h)) => write!(out, "{s} is at {h}"),
        _ => match names::arp_opcode(op as u16) {
            Some(n) => write!(out, "{n}"),
            None => write!(out, "opcode {op}"),
        },
    }
}

fn ip(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, "ip.src"), v(l, "ip.dst")) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, "ip.version") {
        write!(out, "version {ver}")?;
    }
    if let Some(p) = u(l, "ip.proto") {
        match names::ip_proto(p as u8) {
            Some(n) => write!(out, " {n}")?,
            None => write!(out, " proto {p}")?,
        }
    }
    if let Some(ttl) = u(l, "ip.ttl") {
        write!(out, " ttl {ttl}")?;
    }
    if let Some(id) = u(l, "ip.id") {
        write!(out, " id 0x{id:04x}")?;
    }
    if let Some(len) = u(l, "ip.len") {
        write!(out, " len {len}")?;
    }
    if flag(l, "ip.flags.df") {
        out.push_str(" DF");
    }
    let off = u(l, "ip.frag_offset").unwrap_or(0);
    if flag(l, "ip.flags.mf") || off > 0 {
        write!(out, " fragment offset {off}")?;
        if flag(l, "ip.flags.mf") {
            out.push_str(" MF");
        }
    }
    if l.get_str("ip.checksum.status") == Some("Bad") {
        out.push_str(" bad checksum");
    }
    if let Some(n) = u(l, "ip.fragment.count") {
        write!(out, " [reassembled from {n} fragments]")?;
    }
    Ok(())
}

fn ipv6(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, "ipv6.src"), v(l, "ipv6.dst")) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, "ipv6.version") {
        write!(out, "version {ver}")?;
    }
    if let Some(p) = u(l, "ipv6.nxt") {
        match names::ip_proto(p as u8) {
            Some(n) => write!(out, " next {n}")?,
            None => write!(out, " next {p}")?,
        }
    }
    if let Some(h) = u(l, "ipv6.hlim") {
        write!(out, " hlim {h}")?;
    }
    if let Some(p) = u(l, "ipv6.plen") {
        write!(out, " plen {p}")?;
    }
    for (name, label) in [
        ("ipv6.hopopts.nxt", "hop-by-hop"),
        ("ipv6.routing.nxt", "routing"),
        ("ipv6.dstopts.nxt", "dst-opts"),
    ] {
        if l.get(name).is_some() {
            write!(out, " +{label}")?;
        }
    }
    if let Some(n) = u(l, "ipv6.fragment.count") {
        write!(out, " [reassembled from {n} fragments]")?;
    }
    if let Some(off) = u(l, "ipv6.fraghdr.offset") {
        write!(out, " fragment offset {off}")?;
        if flag(l, "ipv6.fraghdr.more") {
            out.push_str(" M");
        }
    }
    Ok(())
}

fn icmp(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let t = u(l, "icmp.type").unwrap_or(0) as u8;
    let c = u(l, "icmp.code").unwrap_or(0) as u8;
    match names::icmp_type(t) {
        Some(n) => out.push_str(n),
        None => write!(out, "type {t}")?,
    }
    match names::icmp_code(t, c) {
        Some(n) => write!(out, " ({n})")?,
        None if c != 0 => write!(out, " code {c}")?,
        None => {}
    }
    if let (Some(id), Some(seq)) = (u(l, "icmp.ident"), u(l, "icmp.seq")) {
        write!(out, " id 0x{id:04x} seq {seq}")?;
    }
    Ok(())
}

fn icmpv6(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let t = u(l, "icmpv6.type").unwrap_or(0) as u8;
    let c = u(l, "icmpv6.code").unwrap_or(0) as u8;
    match names::icmpv6_type(t) {
        Some(n) => out.push_str(n),
        None => write!(out, "type {t}")?,
    }
    if let Some(n) = names::icmpv6_code(t, c) {
        write!(out, " ({n})")?;
    }
    if let (Some(id), Some(seq)) = (
        u(l, "icmpv6.echo.identifier"),
        u(l, "icmpv6.echo.sequence_number"),
    ) {
        write!(out, " id 0x{id:04x} seq {seq}")?;
    }
    if let Some(a) = v(l, "icmpv6.nd.ns.target_address").or(v(l, "icmpv6.nd.na.target_address")) {
        write!(out, " target {a}")?;
    }
    if let Some(a) = v(l, "icmpv6.opt.linkaddr") {
        write!(out, " lladdr {a}")?;
    }
    Ok(())
}

/// TCP flag letters in tcpdump's order of interest.
pub fn tcp_flags(out: &mut String, flags: u64) {
    const NAMES: [(u64, &str); 9] = [
        (0x002, "SYN"),
        (0x010, "ACK"),
        (0x001, "FIN"),
        (0x004, "RST"),
        (0x008, "PSH"),
        (0x020, "URG"),
        (0x040, "ECE"),
        (0x080, "CWR"),
        (0x100, "AE"),
    ];
    out.push('[');
    let mut first = true;
    for (bit, name) in NAMES {
        if flags & bit != 0 {
            if !first {
                out.push_str(", ");
            }
            out.push_str(name);
            first = false;
        }
    }
    out.push(']');
}

fn tcp(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (u(l, "tcp.srcport"), u(l, "tcp.dstport")) {
        write!(out, "{s} → {d}")?;
    }
    let Some(flags) = u(l, "tcp.flags") else {
        return Ok(());
    };
    out.push(' ');
    tcp_flags(out, flags);
    write!(out, " seq {}", u(l, "tcp.seq").unwrap_or(0))?;
    if flags & 0x010 != 0 {
        write!(out, " ack {}", u(l, "tcp.ack").unwrap_or(0))?;
    }
    write!(out, " win {}", u(l, "tcp.window_size").unwrap_or(0))?;
    write!(out, " len {}", u(l, "tcp.len").unwrap_or(0))?;
    if let Some(m) = u(l, "tcp.options.mss_val") {
        write!(out, " mss {m}")?;
    }
    if let Some(w) = u(l, "tcp.options.wscale.shift") {
        write!(out, " ws {w}")?;
    }
    if flag(l, "tcp.options.sack_perm") {
        out.push_str(" sack_perm");
    }
    if let Some(label) = l.get_str("osidump.tcp.analysis") {
        write!(out, " [{label}]")?;
    }
    if let Some(n) = u(l, "tcp.segment.count") {
        write!(out, " [{n} segments reassembled]")?;
    }
    Ok(())
}

fn session(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    write!(out, "TCP stream {}", u(l, "osidump.stream").unwrap_or(0))?;
    if let Some(p) = l.get_str("osidump.phase") {
        write!(out, " · {p}")?;
    }
    if let Some(c) = l.get_str("osidump.call") {
        write!(out, " ({c})")?;
    }
    // TLS and WebSocket steps on this segment, each once in a row.
    let mut last = None;
    for f in &l.fields {
        let prefix = match f.name {
            "osidump.tls.phase" | "osidump.tls.session" => "TLS ",
            "osidump.websocket.phase" => "",
            _ => continue,
        };
        if last != Some((prefix, &f.value)) {
            write!(out, " · {prefix}{}", f.value)?;
        }
        last = Some((prefix, &f.value));
    }
    Ok(())
}

fn udp(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (u(l, "udp.srcport"), u(l, "udp.dstport")) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(len) = u(l, "udp.length") {
        write!(out, " len {len}")?;
    }
    Ok(())
}
