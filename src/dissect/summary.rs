//! One-line summaries of the link, network and transport layers, built
//! from their fields only; each protocol's spec (`spec.rs`) points at its
//! summary here (application protocols keep theirs in their folders).

use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::names;
use crate::dissect::{Layer, Value};
use std::fmt::Write;

/// The words of osidump's own sentences in one output language, so that
/// every language goes through the same writer and none can drift from
/// another. `{}` stands for a value, in order. tshark's own words (message
/// and value names, `Seq=`, `Who has` in English) are not here: they are
/// Wireshark's names and stay as it spells them, but for ARP's sentence,
/// which a learner reads as a sentence.
pub struct Words {
    pub on_wire: &'static str,
    pub interface: &'static str,
    pub ethertype: &'static str,
    pub length_8023: &'static str,
    pub padding: &'static str,
    pub vlan: &'static str,
    pub packet_type: &'static str,
    pub from: &'static str,
    pub linux_protocol: &'static str,
    pub loopback: &'static str,
    pub unknown: &'static str,
    pub raw: &'static str,
    pub arp_who_has: &'static str,
    pub arp_is_at: &'static str,
    pub arp_announcement: &'static str,
    pub arp_gratuitous_request: &'static str,
    pub arp_gratuitous_reply: &'static str,
    pub arp_probe: &'static str,
    pub arp_duplicate: &'static str,
    pub version: &'static str,
    pub fragment_offset: &'static str,
    pub more_fragments_v6: &'static str,
    pub bad_checksum: &'static str,
    pub reassembled_fragments: &'static str,
    pub next_header: &'static str,
    pub hop_by_hop: &'static str,
    pub routing: &'static str,
    pub dst_opts: &'static str,
    pub target: &'static str,
    pub lladdr: &'static str,
    pub segments_reassembled: &'static str,
    pub payload: &'static str,
    /// osidump's phrases (TCP analysis labels, notes, phases) in this
    /// language.
    pub phrase: fn(&str) -> std::borrow::Cow<'_, str>,
}

/// English: osidump's sentences as they always read.
pub static EN: Words = Words {
    on_wire: "{} bytes on wire, {} captured",
    interface: ", interface {}",
    ethertype: " type ",
    length_8023: " 802.3 length {}",
    padding: " padding {}",
    vlan: "VLAN {} priority {}",
    packet_type: "packet type {}",
    from: " from {}",
    linux_protocol: " Linux protocol 0x{}",
    loopback: "loopback, family {} ({})",
    unknown: "unknown",
    raw: "raw IP (no link header)",
    arp_who_has: "Who has {}? Tell {}",
    arp_is_at: "{} is at {}",
    arp_announcement: "ARP Announcement for {}",
    arp_gratuitous_request: "Gratuitous ARP for {} (Request)",
    arp_gratuitous_reply: "Gratuitous ARP for {} (Reply)",
    arp_probe: "Who has {}? (ARP Probe)",
    arp_duplicate: " (duplicate use of {} detected!)",
    version: "version {}",
    fragment_offset: " fragment offset {}",
    more_fragments_v6: " M",
    bad_checksum: " bad checksum",
    reassembled_fragments: " [reassembled from {} fragments]",
    next_header: " next {}",
    hop_by_hop: "hop-by-hop",
    routing: "routing",
    dst_opts: "dst-opts",
    target: " target {}",
    lladdr: " lladdr ",
    segments_reassembled: " [{} segments reassembled]",
    payload: "{} bytes of payload",
    phrase: |s| std::borrow::Cow::Borrowed(s),
};

/// Writes `template` with each `{}` replaced by the next of `args`.
fn fill(out: &mut String, template: &str, args: &[&dyn std::fmt::Display]) -> std::fmt::Result {
    let mut args = args.iter();
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        if let Some(a) = args.next() {
            write!(out, "{a}")?;
        }
        out.push_str(part);
    }
    Ok(())
}

/// Appends the summary of a link, network, transport or session layer (or
/// undecoded data) in the language of `w`; false for other layers.
pub fn summarize_in(out: &mut String, l: &Layer<'_>, w: &Words) -> bool {
    let _ = match l.protocol {
        "frame" => frame_(out, l, w),
        "eth" => eth_(out, l, w),
        "vlan" | "ieee8021ad" => vlan_(out, l, w),
        "sll" => sll_(out, l, w),
        "null" => null_(out, l, w),
        "raw" => {
            out.push_str(w.raw);
            Ok(())
        }
        "arp" => arp_(out, l, w),
        "ip" => ip_(out, l, w),
        "ipv6" => ipv6_(out, l, w),
        "icmp" => icmp_(out, l),
        "icmpv6" => icmpv6_(out, l, w),
        "tcp" => tcp_(out, l, w),
        "udp" => udp_(out, l),
        "session" => {
            let mut en = String::new();
            let _ = session_(&mut en, l);
            out.push_str(&(w.phrase)(&en));
            Ok(())
        }
        "data" => data_(out, l, w),
        _ => return false,
    };
    true
}

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
    out.push_str(EN.raw);
}

fn data_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    fill(out, w.payload, &[&u(l, f::data::LEN).unwrap_or(0)])?;
    if let Some(note) = l.get_str(f::data::OSIDUMP_REASSEMBLY) {
        write!(out, " ({}", (w.phrase)(note))?;
        if let Some(p) = l.get_str(f::data::OSIDUMP_PROTOCOL) {
            write!(out, ", {p}")?;
        }
        out.push(')');
    }
    Ok(())
}

fn frame_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    fill(
        out,
        w.on_wire,
        &[
            &u(l, f::frame::LEN).unwrap_or(0),
            &u(l, f::frame::CAP_LEN).unwrap_or(0),
        ],
    )?;
    if let Some(name) = l.get_str(f::frame::INTERFACE_NAME) {
        fill(out, w.interface, &[&name])?;
    } else if let Some(id) = u(l, f::frame::INTERFACE_ID) {
        // Only pcapng and live captures have interfaces.
        fill(out, w.interface, &[&id])?;
    }
    if let Some(n) = l.get_str(f::frame::OSIDUMP_LINKTYPE_NAME) {
        write!(out, " ({n})")?;
    }
    Ok(())
}

fn ethertype(out: &mut String, t: u64, w: &Words) -> std::fmt::Result {
    out.push_str(w.ethertype);
    match f::eth::TYPE.value_name(t) {
        Some(n) => write!(out, "{n} (0x{t:04x})"),
        None => write!(out, "0x{t:04x}"),
    }
}

fn eth_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, f::eth::SRC), v(l, f::eth::DST)) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(t) = u(l, f::eth::TYPE) {
        ethertype(out, t, w)?;
    } else if let Some(len) = u(l, f::eth::LEN) {
        fill(out, w.length_8023, &[&len])?;
    }
    if let Some(Value::Bytes(p)) = v(l, f::eth::PADDING) {
        fill(out, w.padding, &[&p.len()])?;
    }
    Ok(())
}

fn vlan_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    use crate::dissect::link::{SERVICE_TAG, VLAN_TAG};
    let f = if l.protocol == SERVICE_TAG.protocol {
        &SERVICE_TAG
    } else {
        &VLAN_TAG
    };
    fill(
        out,
        w.vlan,
        &[&u(l, f.id).unwrap_or(0), &u(l, f.priority).unwrap_or(0)],
    )?;
    if let Some(t) = u(l, f.etype) {
        ethertype(out, t, w)?;
    }
    Ok(())
}

fn sll_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    if let Some(t) = u(l, f::sll::PKTTYPE) {
        match f::sll::PKTTYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => fill(out, w.packet_type, &[&t])?,
        }
    }
    if let Some(a) = v(l, f::sll::SRC_ETH).or(v(l, f::sll::SRC_OTHER)) {
        fill(out, w.from, &[a])?;
    }
    if let Some(i) = u(l, f::sll::IFINDEX) {
        write!(out, " ifindex {i}")?;
    }
    if let Some(t) = u(l, f::sll::ETYPE) {
        ethertype(out, t, w)?;
    } else if let Some(t) = u(l, f::sll::LTYPE) {
        fill(out, w.linux_protocol, &[&format_args!("{t:04x}")])?;
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

fn null_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    let f = u(l, f::null::FAMILY).unwrap_or(0);
    let name = match f {
        2 => "IPv4",
        10 | 24 | 28 | 30 => "IPv6",
        _ => w.unknown,
    };
    fill(out, w.loopback, &[&f, &name])
}

/// ARP's sentence as packet-arp.c writes tshark's Info: `Who has T? Tell
/// S`, `S is at MAC`, and its special cases: a request or reply whose
/// sender and target addresses are one (gratuitous; an announcement when
/// the request's target MAC is zero), a probe (sender 0.0.0.0, target MAC
/// zero), RARP and InARP, unknown opcodes; then ` (duplicate use of IP
/// detected!)` when an earlier frame bound the address to another MAC.
fn arp_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    let op = u(l, f::arp::OPCODE).unwrap_or(0);
    let spa = v(l, f::arp::SRC_PROTO_IPV4).or(v(l, f::arp::SRC_PROTO));
    let tpa = v(l, f::arp::DST_PROTO_IPV4).or(v(l, f::arp::DST_PROTO));
    let sha = v(l, f::arp::SRC_HW_MAC).or(v(l, f::arp::SRC_HW));
    let tha = v(l, f::arp::DST_HW_MAC).or(v(l, f::arp::DST_HW));
    let zero_mac = |m: Option<&Value<'_>>| match m {
        Some(Value::Mac(m)) => *m == [0; 6],
        Some(Value::Bytes(b)) => b.len() >= 6 && b[..6].iter().all(|&x| x == 0),
        _ => false,
    };
    let zero_ip = matches!(spa, Some(Value::Ipv4([0, 0, 0, 0])));
    let gratuitous = matches!(op, 1 | 2) && spa.is_some() && spa == tpa;
    let (Some(spa), Some(tpa), Some(sha), Some(tha)) = (spa, tpa, sha, tha) else {
        return match op {
            0 | 65535 => write!(out, "Reserved opcode {op}"),
            _ => write!(out, "Unknown ARP opcode 0x{op:04x}"),
        };
    };
    match op {
        1 if gratuitous && zero_mac(Some(tha)) => fill(out, w.arp_announcement, &[tpa])?,
        1 if gratuitous => fill(out, w.arp_gratuitous_request, &[tpa])?,
        1 if zero_mac(Some(tha)) && zero_ip => fill(out, w.arp_probe, &[tpa])?,
        1 => fill(out, w.arp_who_has, &[tpa, spa])?,
        2 if gratuitous => fill(out, w.arp_gratuitous_reply, &[spa])?,
        2 => fill(out, w.arp_is_at, &[spa, sha])?,
        3 | 5 | 8 => write!(out, "Who is {tha}? Tell {sha}")?,
        4 | 6 => write!(out, "{tha} is at {tpa}")?,
        7 => out.push_str("DRARP Error"),
        9 => write!(out, "{sha} is at {spa}")?,
        10 => out.push_str("ARP NAK"),
        11..=23 => {
            let what = match op {
                11 => "MARS request from",
                12 => "MARS MULTI request from",
                13 => "MARS MSERV request from",
                14 => "MARS JOIN request from",
                15 => "MARS LEAVE from",
                16 => "MARS NAK from",
                17 => "MARS UNSERV request from",
                18 => "MARS SJOIN request from",
                19 => "MARS SLEAVE from",
                20 => "MARS grouplist request from",
                21 => "MARS grouplist reply from",
                22 => "MARS redirect map from",
                _ => "MAPOS UNARP request from",
            };
            write!(out, "{what} {sha} at {spa}")?;
        }
        24 => write!(out, "Experimental 1 ( opcode {op} )")?,
        25 => write!(out, "Experimental 2 ( opcode {op} )")?,
        0 | 65535 => write!(out, "Reserved opcode {op}")?,
        _ => write!(out, "Unknown ARP opcode 0x{op:04x}")?,
    }
    if let Some(ip) = v(l, f::arp::OSIDUMP_DUPLICATE_ADDRESS) {
        fill(out, w.arp_duplicate, &[ip])?;
    }
    Ok(())
}

/// tshark's Protocol column for ARP by opcode (packet-arp.c).
pub(crate) fn arp_column(l: &Layer<'_>) -> &'static str {
    match u(l, f::arp::OPCODE).unwrap_or(0) {
        3 | 4 => "RARP",
        5..=7 => "DRARP",
        8 | 9 => "Inverse ARP",
        11..=22 => "MARS",
        23 => "MAPOS",
        _ => "ARP",
    }
}

fn ip_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, f::ip::SRC), v(l, f::ip::DST)) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, f::ip::VERSION) {
        fill(out, w.version, &[&ver])?;
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
        fill(out, w.fragment_offset, &[&off])?;
        if flag(l, f::ip::FLAGS_MF) {
            out.push_str(" MF");
        }
    }
    if l.flag(f::ip::OSIDUMP_CHECKSUM_BAD) {
        out.push_str(w.bad_checksum);
    }
    if let Some(n) = u(l, f::ip::FRAGMENT_COUNT) {
        fill(out, w.reassembled_fragments, &[&n])?;
    }
    Ok(())
}

fn ipv6_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    if let (Some(s), Some(d)) = (v(l, f::ipv6::SRC), v(l, f::ipv6::DST)) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, f::ipv6::VERSION) {
        fill(out, w.version, &[&ver])?;
    }
    if let Some(p) = u(l, f::ipv6::NXT) {
        match f::ip::PROTO.value_name(p) {
            Some(n) => fill(out, w.next_header, &[&n])?,
            None => fill(out, w.next_header, &[&p])?,
        }
    }
    if let Some(h) = u(l, f::ipv6::HLIM) {
        write!(out, " hlim {h}")?;
    }
    if let Some(p) = u(l, f::ipv6::PLEN) {
        write!(out, " plen {p}")?;
    }
    for (name, label) in [
        (f::ipv6::HOPOPTS_NXT, w.hop_by_hop),
        (f::ipv6::ROUTING_NXT, w.routing),
        (f::ipv6::DSTOPTS_NXT, w.dst_opts),
    ] {
        if l.get(name).is_some() {
            write!(out, " +{label}")?;
        }
    }
    if let Some(n) = u(l, f::ipv6::FRAGMENT_COUNT) {
        fill(out, w.reassembled_fragments, &[&n])?;
    }
    if let Some(off) = u(l, f::ipv6::FRAGHDR_OFFSET) {
        fill(out, w.fragment_offset, &[&off])?;
        if flag(l, f::ipv6::FRAGHDR_MORE) {
            out.push_str(w.more_fragments_v6);
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

fn icmpv6_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
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
        fill(out, w.target, &[a])?;
    }
    if let Some(Value::Bytes(a)) = v(l, f::icmpv6::OPT_LINKADDR) {
        out.push_str(w.lladdr);
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

/// Appends `v` in decimal (what `{v}` writes, without the formatting
/// machinery: these summaries run on every packet of the line view).
pub(crate) fn push_uint(out: &mut String, v: u64) {
    out.push_str(itoa::Buffer::new().format(v));
}

/// Appends `label` then `v` in decimal: ` Seq=` 1.
fn push_labeled(out: &mut String, label: &str, v: u64) {
    out.push_str(label);
    push_uint(out, v);
}

/// tshark's TCP Info: analysis labels first (`[TCP Dup ACK 14#1] `), ports,
/// flags, `Seq= Ack= Win= Urg= Len=`, then the options in wire order (`MSS=`,
/// `SACK_PERM`, `TSval= TSecr=`, `WS=`, `SLE= SRE=`).
fn tcp_(out: &mut String, l: &Layer<'_>, w: &Words) -> std::fmt::Result {
    // Where the fields that are most often absent, or read in full, start:
    // one walk of the layer for them all instead of one each (a segment
    // has some forty fields, and every line of a capture has a segment).
    let (mut analysis, mut kinds, mut segments) = (None, None, None);
    let (mut bogus, mut reassembly) = (false, false);
    for (i, fl) in l.fields.iter().enumerate() {
        let def = fl.def;
        if std::ptr::eq(def, f::tcp::OSIDUMP_ANALYSIS) {
            analysis.get_or_insert(i);
        } else if std::ptr::eq(def, f::tcp::OPTION_KIND) {
            kinds.get_or_insert(i);
        } else if std::ptr::eq(def, f::tcp::SEGMENT_COUNT) {
            segments.get_or_insert(i);
        } else if std::ptr::eq(def, f::tcp::BOGUS_HEADER_LENGTH) {
            bogus = true;
        } else if std::ptr::eq(def, f::tcp::OSIDUMP_REASSEMBLY) {
            reassembly = true;
        }
    }
    // Every value of `def` from field `from` on (the first is there).
    let all_from = |from: Option<usize>, def: &'static FieldDef| {
        l.fields[from.unwrap_or(l.fields.len())..]
            .iter()
            .filter(move |fl| std::ptr::eq(fl.def, def))
            .map(|fl| &fl.value)
    };
    for v in all_from(analysis, f::tcp::OSIDUMP_ANALYSIS) {
        out.push('[');
        match v {
            Value::Str(label) => out.push_str(&(w.phrase)(label)),
            other => out.push_str(&(w.phrase)(&other.to_string())),
        }
        out.push_str("] ");
    }
    if let (Some(s), Some(d)) = (u(l, f::tcp::SRCPORT), u(l, f::tcp::DSTPORT)) {
        push_uint(out, s);
        push_labeled(out, " → ", d);
    }
    if bogus {
        // tshark's Info note.
        let hl = u(l, f::tcp::HDR_LEN).unwrap_or(0);
        write!(out, ", bogus TCP header length ({hl}, must be at least 20)")?;
    }
    let Some(flags) = u(l, f::tcp::FLAGS) else {
        return Ok(());
    };
    out.push(' ');
    tcp_flags(out, flags);
    push_labeled(out, " Seq=", u(l, f::tcp::SEQ).unwrap_or(0));
    if flags & 0x010 != 0 {
        push_labeled(out, " Ack=", u(l, f::tcp::ACK).unwrap_or(0));
    }
    push_labeled(out, " Win=", u(l, f::tcp::WINDOW_SIZE).unwrap_or(0));
    if flags & 0x020 != 0 {
        push_labeled(out, " Urg=", u(l, f::tcp::URGENT_POINTER).unwrap_or(0));
    }
    push_labeled(out, " Len=", u(l, f::tcp::LEN).unwrap_or(0));
    // The options in wire order, as the kinds were read.
    let uints = |def: &'static FieldDef| {
        l.all(def).filter_map(|v| match v {
            Value::UInt(n) => Some(*n),
            _ => None,
        })
    };
    let kinds = all_from(kinds, f::tcp::OPTION_KIND).filter_map(|v| match v {
        Value::UInt(n) => Some(*n),
        _ => None,
    });
    for k in kinds {
        match k {
            2 => {
                if let Some(m) = u(l, f::tcp::OPTIONS_MSS_VAL) {
                    push_labeled(out, " MSS=", m);
                }
            }
            3 => {
                if let Some(w) = u(l, f::tcp::OPTIONS_WSCALE_MULTIPLIER) {
                    push_labeled(out, " WS=", w);
                }
            }
            4 => out.push_str(" SACK_PERM"),
            5 => {
                let les = uints(f::tcp::OPTIONS_SACK_LE);
                for (a, b) in les.zip(uints(f::tcp::OPTIONS_SACK_RE)) {
                    push_labeled(out, " SLE=", a);
                    push_labeled(out, " SRE=", b);
                }
            }
            8 => {
                if let (Some(a), Some(b)) = (
                    u(l, f::tcp::OPTIONS_TIMESTAMP_TSVAL),
                    u(l, f::tcp::OPTIONS_TIMESTAMP_TSECR),
                ) {
                    push_labeled(out, " TSval=", a);
                    push_labeled(out, " TSecr=", b);
                }
            }
            _ => {}
        }
    }
    let segments = segments.and_then(|i| match l.fields[i].value {
        Value::UInt(n) => Some(n),
        Value::Bool(b) => Some(u64::from(b)),
        _ => None,
    });
    if let Some(n) = segments {
        fill(out, w.segments_reassembled, &[&n])?;
    }
    if reassembly {
        // tshark's note.
        write!(out, " [{}]", (w.phrase)("TCP segment of a reassembled PDU"))?;
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
    let _ = data_(out, l, &EN);
}

pub(crate) fn frame(out: &mut String, l: &Layer<'_>) {
    let _ = frame_(out, l, &EN);
}

pub(crate) fn eth(out: &mut String, l: &Layer<'_>) {
    let _ = eth_(out, l, &EN);
}

pub(crate) fn vlan(out: &mut String, l: &Layer<'_>) {
    let _ = vlan_(out, l, &EN);
}

pub(crate) fn sll(out: &mut String, l: &Layer<'_>) {
    let _ = sll_(out, l, &EN);
}

pub(crate) fn arcnet(out: &mut String, l: &Layer<'_>) {
    let _ = arcnet_(out, l);
}

pub(crate) fn null(out: &mut String, l: &Layer<'_>) {
    let _ = null_(out, l, &EN);
}

pub(crate) fn arp(out: &mut String, l: &Layer<'_>) {
    let _ = arp_(out, l, &EN);
}

pub(crate) fn ip(out: &mut String, l: &Layer<'_>) {
    let _ = ip_(out, l, &EN);
}

pub(crate) fn ipv6(out: &mut String, l: &Layer<'_>) {
    let _ = ipv6_(out, l, &EN);
}

pub(crate) fn icmp(out: &mut String, l: &Layer<'_>) {
    let _ = icmp_(out, l);
}

pub(crate) fn icmpv6(out: &mut String, l: &Layer<'_>) {
    let _ = icmpv6_(out, l, &EN);
}

pub(crate) fn tcp(out: &mut String, l: &Layer<'_>) {
    let _ = tcp_(out, l, &EN);
}

pub(crate) fn session(out: &mut String, l: &Layer<'_>) {
    let _ = session_(out, l);
}

pub(crate) fn udp(out: &mut String, l: &Layer<'_>) {
    let _ = udp_(out, l);
}

/// The layer below `layers[i]`, if it is `protocol`.
fn below<'l, 'a>(layers: &'l [Layer<'a>], i: usize, protocol: &str) -> Option<&'l Layer<'a>> {
    i.checked_sub(1)
        .and_then(|k| layers.get(k))
        .filter(|l| l.protocol == protocol)
}

/// tshark's ICMP Info: the type name padded to 20 columns (`%-20s`), the
/// code's name in parentheses, for an echo `id=0x…, seq=BE/LE, ttl=` (the
/// TTL of the IP header carrying it) and `(request in N)` on a reply that
/// found its request.
fn icmp_info_(out: &mut String, layers: &[Layer<'_>], i: usize) -> std::fmt::Result {
    let l = &layers[i];
    let Some(t) = u(l, f::icmp::TYPE) else {
        return Ok(());
    };
    let (t, c) = (t as u8, u(l, f::icmp::CODE).unwrap_or(0) as u8);
    match names::icmp_type(t) {
        Some(n) => write!(out, "{n:<20}")?,
        None => write!(out, "{:<20}", "Unknown ICMP (obsolete or malformed?)")?,
    }
    if let Some(n) = names::icmp_code(t, c) {
        write!(out, " ({n})")?;
    }
    if let (Some(id), Some(seq)) = (u(l, f::icmp::IDENT), u(l, f::icmp::SEQ)) {
        let le = u(l, f::icmp::SEQ_LE).unwrap_or((seq >> 8) | ((seq & 0xff) << 8));
        write!(out, " id=0x{id:04x}, seq={seq}/{le}")?;
        if let Some(ttl) = below(layers, i, "ip").and_then(|ip| u(ip, f::ip::TTL)) {
            write!(out, ", ttl={ttl}")?;
        }
    }
    if let Some(n) = u(l, f::icmp::RESP_TO) {
        write!(out, " (request in {n})")?;
    }
    Ok(())
}

/// tshark's ICMPv6 Info: the type name; for an echo `id=0x…, seq=N, hop
/// limit=` and `(request in N)`; for Neighbor Discovery the target (`for`
/// it in a solicitation), an advertisement's flags (`rtr, sol, ovr`), and
/// the link-layer address options (`from` the source's, `is at` the
/// target's), as packet-icmpv6.c appends them.
fn icmpv6_info_(out: &mut String, layers: &[Layer<'_>], i: usize) -> std::fmt::Result {
    let l = &layers[i];
    let Some(t) = u(l, f::icmpv6::TYPE) else {
        return Ok(());
    };
    let (t, c) = (t as u8, u(l, f::icmpv6::CODE).unwrap_or(0) as u8);
    match f::icmpv6::TYPE.value_name(u64::from(t)) {
        Some(n) => out.push_str(n),
        None => write!(out, "Unknown ICMPv6 type ({t})")?,
    }
    if let Some(n) = names::icmpv6_code(t, c) {
        write!(out, " ({n})")?;
    }
    if let (Some(id), Some(seq)) = (
        u(l, f::icmpv6::ECHO_IDENTIFIER),
        u(l, f::icmpv6::ECHO_SEQUENCE_NUMBER),
    ) {
        write!(out, " id=0x{id:04x}, seq={seq}")?;
        if let Some(h) = below(layers, i, "ipv6").and_then(|ip| u(ip, f::ipv6::HLIM)) {
            write!(out, ", hop limit={h}")?;
        }
    }
    if let Some(a) = v(l, f::icmpv6::ND_NS_TARGET_ADDRESS) {
        write!(out, " for {a}")?;
    }
    if let Some(a) = v(l, f::icmpv6::ND_NA_TARGET_ADDRESS) {
        write!(out, " {a}")?;
        let flags: Vec<&str> = [
            (f::icmpv6::ND_NA_FLAG_R, "rtr"),
            (f::icmpv6::ND_NA_FLAG_S, "sol"),
            (f::icmpv6::ND_NA_FLAG_O, "ovr"),
        ]
        .into_iter()
        .filter(|(d, _)| flag(l, d))
        .map(|(_, n)| n)
        .collect();
        if !flags.is_empty() {
            write!(out, " ({})", flags.join(", "))?;
        }
    }
    // Link-layer address options, each after its type.
    let mut opt = None;
    for fl in &l.fields {
        if std::ptr::eq(fl.def, f::icmpv6::OPT_TYPE) {
            opt = match fl.value {
                Value::UInt(t) => Some(t),
                _ => None,
            };
        } else if std::ptr::eq(fl.def, f::icmpv6::OPT_LINKADDR)
            && let Value::Bytes(a) = &fl.value
            && a.len() == 6
        {
            let mac = Value::Mac([a[0], a[1], a[2], a[3], a[4], a[5]]);
            match opt {
                Some(1) => write!(out, " from {mac}")?,
                Some(2) => write!(out, " is at {mac}")?,
                _ => {}
            }
        }
    }
    if let Some(n) = u(l, f::icmpv6::RESP_TO) {
        write!(out, " (request in {n})")?;
    }
    Ok(())
}

pub(crate) fn icmp_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let _ = icmp_info_(out, layers, i);
}

pub(crate) fn icmpv6_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let _ = icmpv6_info_(out, layers, i);
}

/// tshark's IPv4 Info when IP is the top layer: a fragment it did not (or
/// not yet) reassemble, `Fragmented IP protocol (proto=UDP 17, off=1480,
/// ID=c28e)`; otherwise the summary.
fn ip_info_(out: &mut String, layers: &[Layer<'_>], i: usize) -> std::fmt::Result {
    let l = &layers[i];
    let off = u(l, f::ip::FRAG_OFFSET).unwrap_or(0);
    if !(flag(l, f::ip::FLAGS_MF) || off > 0) {
        ip_(out, l, &EN)?;
        return Ok(());
    }
    let p = u(l, f::ip::PROTO).unwrap_or(0);
    let name = f::ip::PROTO.value_name(p).unwrap_or("Unknown");
    write!(
        out,
        "Fragmented IP protocol (proto={name} {p}, off={}, ID={:04x})",
        off * 8,
        u(l, f::ip::ID).unwrap_or(0)
    )
}

/// tshark's IPv6 Info when IPv6 is the top layer: a fragment, `IPv6
/// fragment (off=1448 more=y ident=0x6fc98ab3 nxt=58)`; otherwise the
/// summary.
fn ipv6_info_(out: &mut String, layers: &[Layer<'_>], i: usize) -> std::fmt::Result {
    let l = &layers[i];
    let Some(off) = u(l, f::ipv6::FRAGHDR_OFFSET) else {
        ipv6_(out, l, &EN)?;
        return Ok(());
    };
    write!(
        out,
        "IPv6 fragment (off={} more={} ident=0x{:08x} nxt={})",
        off * 8,
        if flag(l, f::ipv6::FRAGHDR_MORE) {
            "y"
        } else {
            "n"
        },
        u(l, f::ipv6::FRAGHDR_IDENT).unwrap_or(0),
        u(l, f::ipv6::FRAGHDR_NXT).unwrap_or(0)
    )
}

/// tshark's UDP Info: ports and the payload length, `53 → 40000 Len=48`.
fn udp_info_(out: &mut String, layers: &[Layer<'_>], i: usize) -> std::fmt::Result {
    let l = &layers[i];
    if let (Some(s), Some(d)) = (u(l, f::udp::SRCPORT), u(l, f::udp::DSTPORT)) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(len) = u(l, f::udp::LENGTH) {
        if l.has(f::udp::LENGTH_BAD) {
            if len < 8 {
                write!(out, " [BAD UDP LENGTH {len} < 8]")?;
            } else {
                write!(out, " [BAD UDP LENGTH {len} > IP PAYLOAD LENGTH]")?;
            }
        } else {
            write!(out, " Len={}", len.saturating_sub(8))?;
        }
    }
    Ok(())
}

pub(crate) fn ip_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let _ = ip_info_(out, layers, i);
}

pub(crate) fn ipv6_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let _ = ipv6_info_(out, layers, i);
}

pub(crate) fn udp_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let _ = udp_info_(out, layers, i);
}
