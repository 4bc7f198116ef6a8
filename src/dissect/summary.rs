//! One-line summaries of the link, network and transport layers, built
//! from their fields only; each protocol's spec (`spec.rs`) points at its
//! summary here (application protocols keep theirs in their folders).

use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::names;
use crate::dissect::{Layer, Value};
use std::fmt::Write;

fn v<'l>(l: &'l Layer<'_>, name: &'static FieldDef) -> Option<&'l Value<'l>> {
    l.get(name)
}

fn u(l: &Layer<'_>, name: &'static FieldDef) -> Option<u64> {
    l.get_uint(name)
}

fn flag(l: &Layer<'_>, name: &'static FieldDef) -> bool {
    matches!(l.get(name), Some(Value::Bool(true)))
}

/// The summary of a layer no spec claims: its first fields.
pub(crate) fn generic(out: &mut String, l: &Layer<'_>) {
    for (i, f) in l.fields.iter().take(4).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{}={}", f.name(), f.value);
    }
}

pub(crate) fn raw(out: &mut String, _l: &Layer<'_>) {
    out.push_str("raw IP (no link header)");
}

fn data_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    write!(out, "{} bytes of payload", u(l, f::data::LEN).unwrap_or(0))?;
    if let Some(note) = l.get_str(f::data::OSIDUMP_REASSEMBLY) {
        write!(out, " ({note}")?;
        if let Some(p) = l.get_str(f::data::OSIDUMP_PROTOCOL) {
            write!(out, ", {p}")?;
        }
        out.push(')');
    }
    Ok(())
}

fn frame_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    write!(
        out,
        "{} bytes on wire, {} captured",
        u(l, f::frame::LEN).unwrap_or(0),
        u(l, f::frame::CAP_LEN).unwrap_or(0)
    )?;
    if let Some(name) = l.get_str(f::frame::INTERFACE_NAME) {
        write!(out, ", interface {name}")?;
    } else if let Some(id) = u(l, f::frame::INTERFACE_ID) {
        // Only pcapng and live captures have interfaces.
        write!(out, ", interface {id}")?;
    }
    if let Some(n) = l.get_str(f::frame::OSIDUMP_LINKTYPE_NAME) {
        write!(out, " ({n})")?;
    }
    Ok(())
}

fn ethertype(out: &mut String, t: u64) -> std::fmt::Result {
    match f::eth::TYPE.value_name(t) {
        Some(n) => write!(out, "{n} (0x{t:04x})"),
        None => write!(out, "0x{t:04x}"),
    }
}

fn eth_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, f::eth::SRC), v(l, f::eth::DST)) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(t) = u(l, f::eth::TYPE) {
        out.push_str(" type ");
        ethertype(out, t)?;
    } else if let Some(len) = u(l, f::eth::LEN) {
        write!(out, " 802.3 length {len}")?;
    }
    if let Some(Value::Bytes(p)) = v(l, f::eth::PADDING) {
        write!(out, " padding {}", p.len())?;
    }
    Ok(())
}

fn vlan_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
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

fn sll_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let Some(t) = u(l, f::sll::PKTTYPE) {
        match f::sll::PKTTYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => write!(out, "packet type {t}")?,
        }
    }
    if let Some(a) = v(l, f::sll::SRC_ETH).or(v(l, f::sll::SRC_OTHER)) {
        write!(out, " from {a}")?;
    }
    if let Some(i) = u(l, f::sll::IFINDEX) {
        write!(out, " ifindex {i}")?;
    }
    if let Some(t) = u(l, f::sll::ETYPE) {
        out.push_str(" type ");
        ethertype(out, t)?;
    } else if let Some(t) = u(l, f::sll::LTYPE) {
        write!(out, " Linux protocol 0x{t:04x}")?;
    }
    Ok(())
}

fn arcnet_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (u(l, f::arcnet::SRC), u(l, f::arcnet::DST)) {
        write!(out, "0x{s:02x} → 0x{d:02x}")?;
    }
    if let Some(p) = u(l, f::arcnet::PROTID) {
        match f::arcnet::PROTID.value_name(p) {
            Some(n) => write!(out, " protocol {n} (0x{p:02x})")?,
            None => write!(out, " protocol 0x{p:02x}")?,
        }
    }
    Ok(())
}

fn null_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let f = u(l, f::null::FAMILY).unwrap_or(0);
    let name = match f {
        2 => "IPv4",
        10 | 24 | 28 | 30 => "IPv6",
        _ => "unknown",
    };
    write!(out, "loopback, family {f} ({name})")
}

fn arp_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let op = u(l, f::arp::OPCODE).unwrap_or(0);
    let spa = v(l, f::arp::SRC_PROTO_IPV4).or(v(l, f::arp::SRC_PROTO));
    let tpa = v(l, f::arp::DST_PROTO_IPV4).or(v(l, f::arp::DST_PROTO));
    let sha = v(l, f::arp::SRC_HW_MAC).or(v(l, f::arp::SRC_HW));
    match (op, spa, tpa, sha) {
        (1, Some(s), Some(t), _) => write!(out, "Who has {t}? Tell {s}"),
        (2, Some(s), _, Some(h)) => write!(out, "{s} is at {h}"),
        _ => match f::arp::OPCODE.value_name(op) {
            Some(n) => write!(out, "{n}"),
            None => write!(out, "opcode {op}"),
        },
    }
}

fn ip_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, f::ip::SRC), v(l, f::ip::DST)) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, f::ip::VERSION) {
        write!(out, "version {ver}")?;
    }
    if let Some(p) = u(l, f::ip::PROTO) {
        match f::ip::PROTO.value_name(p) {
            Some(n) => write!(out, " {n}")?,
            None => write!(out, " proto {p}")?,
        }
    }
    if let Some(ttl) = u(l, f::ip::TTL) {
        write!(out, " ttl {ttl}")?;
    }
    if let Some(id) = u(l, f::ip::ID) {
        write!(out, " id 0x{id:04x}")?;
    }
    if let Some(len) = u(l, f::ip::LEN) {
        write!(out, " len {len}")?;
        // tshark's Info for a length it cannot use.
        if l.has(f::ip::BOGUS_IP_LENGTH) {
            let hl = u(l, f::ip::HDR_LEN).unwrap_or(20);
            write!(
                out,
                " [Bogus IP length ({len}, less than header length {hl})]"
            )?;
        }
    }
    if flag(l, f::ip::FLAGS_DF) {
        out.push_str(" DF");
    }
    let off = u(l, f::ip::FRAG_OFFSET).unwrap_or(0);
    if flag(l, f::ip::FLAGS_MF) || off > 0 {
        write!(out, " fragment offset {off}")?;
        if flag(l, f::ip::FLAGS_MF) {
            out.push_str(" MF");
        }
    }
    if l.flag(f::ip::OSIDUMP_CHECKSUM_BAD) {
        out.push_str(" bad checksum");
    }
    if let Some(n) = u(l, f::ip::FRAGMENT_COUNT) {
        write!(out, " [reassembled from {n} fragments]")?;
    }
    Ok(())
}

fn ipv6_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, f::ipv6::SRC), v(l, f::ipv6::DST)) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, f::ipv6::VERSION) {
        write!(out, "version {ver}")?;
    }
    if let Some(p) = u(l, f::ipv6::NXT) {
        match f::ip::PROTO.value_name(p) {
            Some(n) => write!(out, " next {n}")?,
            None => write!(out, " next {p}")?,
        }
    }
    if let Some(h) = u(l, f::ipv6::HLIM) {
        write!(out, " hlim {h}")?;
    }
    if let Some(p) = u(l, f::ipv6::PLEN) {
        write!(out, " plen {p}")?;
    }
    for (name, label) in [
        (f::ipv6::HOPOPTS_NXT, "hop-by-hop"),
        (f::ipv6::ROUTING_NXT, "routing"),
        (f::ipv6::DSTOPTS_NXT, "dst-opts"),
    ] {
        if l.get(name).is_some() {
            write!(out, " +{label}")?;
        }
    }
    if let Some(n) = u(l, f::ipv6::FRAGMENT_COUNT) {
        write!(out, " [reassembled from {n} fragments]")?;
    }
    if let Some(off) = u(l, f::ipv6::FRAGHDR_OFFSET) {
        write!(out, " fragment offset {off}")?;
        if flag(l, f::ipv6::FRAGHDR_MORE) {
            out.push_str(" M");
        }
    }
    Ok(())
}

fn icmp_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let t = u(l, f::icmp::TYPE).unwrap_or(0) as u8;
    let c = u(l, f::icmp::CODE).unwrap_or(0) as u8;
    match names::icmp_type(t) {
        Some(n) => out.push_str(n),
        None => write!(out, "type {t}")?,
    }
    match names::icmp_code(t, c) {
        Some(n) => write!(out, " ({n})")?,
        None if c != 0 => write!(out, " code {c}")?,
        None => {}
    }
    if let (Some(id), Some(seq)) = (u(l, f::icmp::IDENT), u(l, f::icmp::SEQ)) {
        write!(out, " id 0x{id:04x} seq {seq}")?;
    }
    Ok(())
}

fn icmpv6_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    let t = u(l, f::icmpv6::TYPE).unwrap_or(0) as u8;
    let c = u(l, f::icmpv6::CODE).unwrap_or(0) as u8;
    match f::icmpv6::TYPE.value_name(u64::from(t)) {
        Some(n) => out.push_str(n),
        None => write!(out, "type {t}")?,
    }
    if let Some(n) = names::icmpv6_code(t, c) {
        write!(out, " ({n})")?;
    }
    if let (Some(id), Some(seq)) = (
        u(l, f::icmpv6::ECHO_IDENTIFIER),
        u(l, f::icmpv6::ECHO_SEQUENCE_NUMBER),
    ) {
        write!(out, " id 0x{id:04x} seq {seq}")?;
    }
    if let Some(a) = v(l, f::icmpv6::ND_NS_TARGET_ADDRESS).or(v(l, f::icmpv6::ND_NA_TARGET_ADDRESS))
    {
        write!(out, " target {a}")?;
    }
    if let Some(Value::Bytes(a)) = v(l, f::icmpv6::OPT_LINKADDR) {
        out.push_str(" lladdr ");
        for (i, b) in a.iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            write!(out, "{b:02x}")?;
        }
    }
    Ok(())
}

/// TCP flag letters in tcpdump's order of interest.
pub fn tcp_flags(out: &mut String, flags: u64) {
    // tshark's order (bit order, as tcpdump too): [FIN, ACK], [PSH, ACK].
    const NAMES: [(u64, &str); 10] = [
        (0x001, "FIN"),
        (0x002, "SYN"),
        (0x004, "RST"),
        (0x008, "PSH"),
        (0x010, "ACK"),
        (0x020, "URG"),
        (0x040, "ECE"),
        (0x080, "CWR"),
        (0x100, "AE"),
        (0xe00, "Reserved"),
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
    if first {
        out.push_str("<None>");
    }
    out.push(']');
}

/// tshark's TCP Info: analysis labels first (`[TCP Dup ACK 14#1] `), ports,
/// flags, `Seq= Ack= Win= Urg= Len=`, then the options in wire order (`MSS=`,
/// `SACK_PERM`, `TSval= TSecr=`, `WS=`, `SLE= SRE=`).
fn tcp_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    for v in l.all(f::tcp::OSIDUMP_ANALYSIS) {
        write!(out, "[{v}] ")?;
    }
    if let (Some(s), Some(d)) = (u(l, f::tcp::SRCPORT), u(l, f::tcp::DSTPORT)) {
        write!(out, "{s} → {d}")?;
    }
    if l.has(f::tcp::BOGUS_HEADER_LENGTH) {
        // tshark's Info note.
        let hl = u(l, f::tcp::HDR_LEN).unwrap_or(0);
        write!(out, ", bogus TCP header length ({hl}, must be at least 20)")?;
    }
    let Some(flags) = u(l, f::tcp::FLAGS) else {
        return Ok(());
    };
    out.push(' ');
    tcp_flags(out, flags);
    write!(out, " Seq={}", u(l, f::tcp::SEQ).unwrap_or(0))?;
    if flags & 0x010 != 0 {
        write!(out, " Ack={}", u(l, f::tcp::ACK).unwrap_or(0))?;
    }
    write!(out, " Win={}", u(l, f::tcp::WINDOW_SIZE).unwrap_or(0))?;
    if flags & 0x020 != 0 {
        write!(out, " Urg={}", u(l, f::tcp::URGENT_POINTER).unwrap_or(0))?;
    }
    write!(out, " Len={}", u(l, f::tcp::LEN).unwrap_or(0))?;
    // The options in wire order, as the kinds were read.
    let kinds: Vec<u64> = l
        .fields
        .iter()
        .filter(|fl| std::ptr::eq(fl.def, f::tcp::OPTION_KIND))
        .filter_map(|fl| match fl.value {
            Value::UInt(v) => Some(v),
            _ => None,
        })
        .collect();
    let les: Vec<u64> = l
        .all(f::tcp::OPTIONS_SACK_LE)
        .filter_map(|v| match v {
            Value::UInt(n) => Some(*n),
            _ => None,
        })
        .collect();
    let res: Vec<u64> = l
        .all(f::tcp::OPTIONS_SACK_RE)
        .filter_map(|v| match v {
            Value::UInt(n) => Some(*n),
            _ => None,
        })
        .collect();
    for k in kinds {
        match k {
            2 => {
                if let Some(m) = u(l, f::tcp::OPTIONS_MSS_VAL) {
                    write!(out, " MSS={m}")?;
                }
            }
            3 => {
                if let Some(w) = u(l, f::tcp::OPTIONS_WSCALE_MULTIPLIER) {
                    write!(out, " WS={w}")?;
                }
            }
            4 => out.push_str(" SACK_PERM"),
            5 => {
                for (a, b) in les.iter().zip(&res) {
                    write!(out, " SLE={a} SRE={b}")?;
                }
            }
            8 => {
                if let (Some(a), Some(b)) = (
                    u(l, f::tcp::OPTIONS_TIMESTAMP_TSVAL),
                    u(l, f::tcp::OPTIONS_TIMESTAMP_TSECR),
                ) {
                    write!(out, " TSval={a} TSecr={b}")?;
                }
            }
            _ => {}
        }
    }
    if let Some(n) = u(l, f::tcp::SEGMENT_COUNT) {
        write!(out, " [{n} segments reassembled]")?;
    }
    if l.has(f::tcp::OSIDUMP_REASSEMBLY) {
        out.push_str(" [TCP segment of a reassembled PDU]");
    }
    Ok(())
}

fn session_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    write!(out, "TCP stream {}", u(l, f::session::STREAM).unwrap_or(0))?;
    if let Some(p) = l.get_str(f::session::PHASE) {
        write!(out, " · {p}")?;
    }
    if let Some(c) = l.get_str(f::session::CALL) {
        write!(out, " ({c})")?;
    }
    // TLS and WebSocket steps on this segment, each once in a row.
    let mut last = None;
    for f in &l.fields {
        let prefix = match f.name() {
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

fn udp_(out: &mut String, l: &Layer<'_>) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (u(l, f::udp::SRCPORT), u(l, f::udp::DSTPORT)) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(len) = u(l, f::udp::LENGTH) {
        write!(out, " len {len}")?;
        // tshark's Info note for a length it cannot use.
        if l.has(f::udp::LENGTH_BAD) {
            if len < 8 {
                write!(out, " [BAD UDP LENGTH {len} < 8]")?;
            } else {
                write!(out, " [BAD UDP LENGTH {len} > IP PAYLOAD LENGTH]")?;
            }
        }
    }
    Ok(())
}

pub(crate) fn data(out: &mut String, l: &Layer<'_>) {
    let _ = data_(out, l);
}

pub(crate) fn frame(out: &mut String, l: &Layer<'_>) {
    let _ = frame_(out, l);
}

pub(crate) fn eth(out: &mut String, l: &Layer<'_>) {
    let _ = eth_(out, l);
}

pub(crate) fn vlan(out: &mut String, l: &Layer<'_>) {
    let _ = vlan_(out, l);
}

pub(crate) fn sll(out: &mut String, l: &Layer<'_>) {
    let _ = sll_(out, l);
}

pub(crate) fn arcnet(out: &mut String, l: &Layer<'_>) {
    let _ = arcnet_(out, l);
}

pub(crate) fn null(out: &mut String, l: &Layer<'_>) {
    let _ = null_(out, l);
}

pub(crate) fn arp(out: &mut String, l: &Layer<'_>) {
    let _ = arp_(out, l);
}

pub(crate) fn ip(out: &mut String, l: &Layer<'_>) {
    let _ = ip_(out, l);
}

pub(crate) fn ipv6(out: &mut String, l: &Layer<'_>) {
    let _ = ipv6_(out, l);
}

pub(crate) fn icmp(out: &mut String, l: &Layer<'_>) {
    let _ = icmp_(out, l);
}

pub(crate) fn icmpv6(out: &mut String, l: &Layer<'_>) {
    let _ = icmpv6_(out, l);
}

pub(crate) fn tcp(out: &mut String, l: &Layer<'_>) {
    let _ = tcp_(out, l);
}

pub(crate) fn session(out: &mut String, l: &Layer<'_>) {
    let _ = session_(out, l);
}

pub(crate) fn udp(out: &mut String, l: &Layer<'_>) {
    let _ = udp_(out, l);
}
