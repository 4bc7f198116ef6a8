//! One spec per protocol, and the list of them. A spec says what the
//! protocol is called (Wireshark's short name), where it sits in the OSI
//! model, which fields it registers, how its one-line summary reads, and —
//! for application protocols — its ports, its cheap probes and its decoder
//! constructors. Dispatch (`registry`), `--decode-as`, the filter's
//! protocol names, `osidump layers`, `osidump fields` and the summaries all
//! read [`PROTOCOLS`]; adding a protocol is its folder plus one line there.

use super::app::{self, Probe, StreamDecoder};
use super::field::FieldDef;
use super::layer::{Layer, Osi};
use super::{fields as f, summary};
use crate::flow::ConvKey;

/// One protocol.
pub struct ProtocolSpec {
    /// Wireshark's short name: the `protocol` of the layers it produces.
    pub name: &'static str,
    /// Other layer names the same decoder produces (`mdns` for DNS on 5353).
    pub also: &'static [&'static str],
    /// Wireshark's long name ("Domain Name System").
    pub title: &'static str,
    pub osi: Osi,
    pub fields: &'static [&'static FieldDef],
    /// Appends the one-line summary of one of its layers (the tree's line).
    pub summary: fn(&mut String, &Layer<'_>),
    /// Appends tshark's Info column text for one of its layers (given with
    /// the frame's layers, as tshark's Info may quote the one below: ICMP's
    /// `ttl=`), where it differs from the summary (which says more: SNI,
    /// sizes).
    pub info: Option<fn(&mut String, &[Layer<'_>], usize)>,
    /// tshark's Protocol column for a frame whose top layer is this one,
    /// where it depends on the layer (`TLSv1.3`, `HTTP/JSON`).
    pub column: Option<fn(&Layer<'_>) -> &'static str>,
    pub app: Option<AppSpec>,
}

/// What an application protocol adds: how a conversation is recognised
/// and decoded.
pub struct AppSpec {
    /// Names `--decode-as` takes for it (Wireshark's, old names included).
    pub decode_as: &'static [&'static str],
    /// Well-known ports (IANA), as Wireshark's tables assign them.
    pub tcp_ports: &'static [u16],
    pub udp_ports: &'static [u16],
    /// Cheap heuristics over a conversation's first payload bytes; they
    /// never panic and never allocate.
    pub probe_tcp: Option<fn(&[u8]) -> Probe>,
    pub probe_udp: Option<fn(&[u8]) -> Probe>,
    /// Whether tshark's dissector on one of `udp_ports` takes a datagram:
    /// one that returns 0 leaves it to the heuristics (STUN on 3478,
    /// Babel on 6696). `None`: it takes every datagram.
    pub udp_port_takes: Option<fn(&[u8]) -> bool>,
    /// A per-conversation decoder over reassembled TCP bytes.
    pub stream: Option<fn() -> Box<dyn StreamDecoder>>,
    /// A per-capture decoder of UDP datagrams (state such as DNS
    /// request/response matching lives in it).
    pub datagram: Option<fn() -> Box<dyn DatagramDecoder>>,
}

/// One UDP payload, with what a datagram decoder may need to know.
#[derive(Debug, Clone, Copy)]
pub struct Datagram<'a> {
    pub payload: &'a [u8],
    /// The payload's length on the wire (UDP's own length), captured or
    /// not: `payload.len()` unless the capture cut it.
    pub reported: usize,
    /// Offset of the payload in the frame (the layers' span).
    pub at: usize,
    pub sport: u16,
    pub dport: u16,
    /// The conversation, either direction.
    pub conv: ConvKey,
    /// The datagram was sent from the conversation's `a` endpoint.
    pub src_is_a: bool,
    pub frame: u64,
    pub ts_ns: i128,
    /// The capture cut the datagram short (snap length, or an ICMP error
    /// quoting it): a short message is not malformed.
    pub cut: bool,
    /// Quoted inside an ICMP error: not part of any conversation.
    pub nested: bool,
    /// The memory budget is exceeded and this decoder's state holds a
    /// large share of it: shed the oldest state now.
    pub memory_pressed: bool,
}

/// Decodes UDP datagrams of one protocol, keeping per-capture state.
pub trait DatagramDecoder: Send {
    /// Decode `d` into layers appended to `out`.
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>);

    /// Heap bytes its state holds now, charged to the memory budget.
    fn heap_bytes(&self) -> usize {
        0
    }

    /// Its Wireshark counterpart makes a conversation of its own on the
    /// first datagram of two endpoints it decodes (SNMP does): UDP finds
    /// that one from the next datagram on, as a new `udp.stream`.
    fn owns_conversation(&self) -> bool {
        false
    }

    /// The datagram is this decoder's: with `heuristic` false, because its
    /// conversation was made the protocol's by tshark's heuristic (tshark
    /// asks the conversation before the ports); with `heuristic` true (no
    /// port took the datagram), because a heuristic of the decoder's own
    /// state finds it (a QUIC short header of a known connection).
    fn claims(&self, _d: &Datagram<'_>, _heuristic: bool) -> bool {
        false
    }

    /// UDP endpoints (family, address, port) the datagrams decoded so far
    /// announced as conversations of their own, whatever the other end
    /// (Portmap's GETPORT replies: Wireshark's conversation with a
    /// wildcard address and port), moved to `out`.
    fn take_announced(&mut self, _out: &mut Vec<(bool, [u8; 16], u16)>) {}

    /// Conversations of a client endpoint with any port of a server's
    /// address the datagrams decoded so far made (TFTP's requests:
    /// Wireshark's conversation with `NO_PORT2`), moved to `out`.
    fn take_conversations(&mut self, _out: &mut Vec<crate::flow::udp::Half>) {}

    /// RTP streams the datagrams decoded so far set up (SDP in a SIP
    /// message), moved to `out`.
    fn take_media(&mut self, _out: &mut Vec<app::rtp::Setup>) {}

    /// Streams another protocol's messages set up (RTP's decoder keeps
    /// them).
    fn add_media(&mut self, _setups: &[app::rtp::Setup]) {}

    /// The run's key log (QUIC decryption); given when the decoder is made.
    fn set_keys(&mut self, _keys: &app::tls::keylog::Keys) {}

    /// No output or filter of the run reads the fingerprints (JA3, JA4 of
    /// QUIC's handshake): leave them out. Given when the decoder is made.
    fn skip_fingerprints(&mut self) {}
}

/// The datagram decoder of a protocol whose every datagram is one message
/// and which keeps no state across them: `message` decodes a non-empty
/// payload into its layer.
pub struct OneMessage(pub for<'a> fn(&Datagram<'a>) -> Layer<'a>);

impl DatagramDecoder for OneMessage {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if !d.payload.is_empty() {
            out.push((self.0)(d));
        }
    }
}

pub static FRAME: ProtocolSpec = lower(
    "frame",
    "Frame",
    Osi::Physical,
    f::frame::ALL,
    summary::frame,
);
/// A pcapng packet's comments: Wireshark's own tree, whose field is the
/// frame's (`frame.comment`).
pub static PKT_COMMENT: ProtocolSpec = lower(
    "pkt_comment",
    "Packet comments",
    Osi::Physical,
    &[],
    super::frame::comment_summary,
);
pub static ETH: ProtocolSpec = lower(
    "eth",
    "Ethernet II",
    Osi::DataLink,
    f::eth::ALL,
    summary::eth,
);
pub static VLAN: ProtocolSpec = lower(
    "vlan",
    "802.1Q Virtual LAN",
    Osi::DataLink,
    f::vlan::ALL,
    summary::vlan,
);
pub static VNTAG: ProtocolSpec = lower(
    "vntag",
    "VN-Tag",
    Osi::DataLink,
    f::vntag::ALL,
    summary::generic,
);
pub static CMD: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "CMD"),
    ..lower(
        "cmd",
        "Cisco MetaData",
        Osi::DataLink,
        f::cmd::ALL,
        summary::generic,
    )
};
pub static MACSEC: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "MACSEC"),
    info: Some(|out, layers, i| super::link::macsec::info(out, &layers[i])),
    ..lower(
        "macsec",
        "802.1AE Security tag",
        Osi::DataLink,
        f::macsec::ALL,
        super::link::macsec::summary,
    )
};
pub static IEEE8021AD: ProtocolSpec = lower(
    "ieee8021ad",
    "IEEE 802.1ad",
    Osi::DataLink,
    f::ieee8021ad::ALL,
    summary::vlan,
);
pub static IEEE8021AH: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "802.1ah"),
    info: Some(summary::pbb_info),
    ..lower(
        "ieee8021ah",
        "IEEE 802.1ah",
        Osi::DataLink,
        f::ieee8021ah::ALL,
        summary::pbb,
    )
};
pub static CFP: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "FabricPath"),
    info: Some(|out, _, _| out.push_str("Cisco FabricPath MiM Encapsulated Frame")),
    ..lower(
        "cfp",
        "Cisco FabricPath",
        Osi::DataLink,
        f::cfp::ALL,
        summary::cfp,
    )
};
pub static LOOP: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "LOOP"),
    info: Some(|out, layers, i| super::link::config_test_info(out, &layers[i])),
    ..lower(
        "loop",
        "Configuration Test Protocol (loopback)",
        Osi::DataLink,
        f::loopback::ALL,
        super::link::config_test_info,
    )
};
pub static SLOW: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "Slow Protocols"),
    info: Some(|out, layers, i| super::link::slow::slow_info(out, &layers[i])),
    ..lower(
        "slow",
        "Slow Protocols",
        Osi::DataLink,
        f::slow::ALL,
        super::link::slow::slow_info,
    )
};
pub static LACP: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "LACP"),
    info: Some(|out, layers, i| super::link::slow::lacp_info(out, &layers[i])),
    ..lower(
        "lacp",
        "Link Aggregation Control Protocol",
        Osi::DataLink,
        f::lacp::ALL,
        super::link::slow::lacp_info,
    )
};
pub static MARKER: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "Marker"),
    info: Some(|out, layers, i| super::link::slow::marker_info(out, &layers[i])),
    ..lower(
        "marker",
        "Link Aggregation Marker Protocol",
        Osi::DataLink,
        f::marker::ALL,
        super::link::slow::marker_info,
    )
};
pub static IPNET: ProtocolSpec = ProtocolSpec {
    info: Some(|out, _, _| out.push_str("Solaris IPNET")),
    ..lower(
        "ipnet",
        "Solaris IPNET",
        Osi::DataLink,
        f::ipnet::ALL,
        summary::ipnet,
    )
};
pub static IPOIB: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "IPoIB"),
    info: Some(|out, _, _| out.push_str("IP over Infiniband")),
    ..lower(
        "ipoib",
        "IP over Infiniband",
        Osi::DataLink,
        f::ipoib::ALL,
        summary::ipoib,
    )
};
pub static SLL: ProtocolSpec = lower(
    "sll",
    "Linux cooked-mode capture",
    Osi::DataLink,
    f::sll::ALL,
    summary::sll,
);
pub static ARCNET: ProtocolSpec = lower(
    "arcnet",
    "ARCNET",
    Osi::DataLink,
    f::arcnet::ALL,
    summary::arcnet,
);
pub static NULL: ProtocolSpec = lower(
    "null",
    "Null/Loopback",
    Osi::DataLink,
    f::null::ALL,
    summary::null,
);
pub static PPP: ProtocolSpec = ProtocolSpec {
    info: Some(ppp_info),
    column: Some(ppp_column),
    ..lower(
        "ppp",
        "Point-to-Point Protocol",
        Osi::DataLink,
        f::ppp::ALL,
        summary::generic,
    )
};
/// PPP writes no Info of its own, but for a protocol no dissector of its
/// table takes (`PPP Unknown (0x1235)`, over PPPoE, GRE or L2TP alike).
/// In an L2TP data message whose PPP frame the capture cut (nothing after
/// PPP wrote one), the column is L2TP's.
fn ppp_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    use std::fmt::Write;
    let Some(l) = layers.get(i) else {
        return;
    };
    if let Some(p) = ppp_not_taken(l) {
        let name = f::ppp::PROTOCOL
            .value_name(u64::from(p))
            .unwrap_or("Unknown");
        let _ = write!(out, "PPP {name} (0x{p:04x})");
        return;
    }
    match i.checked_sub(1).and_then(|k| layers.get(k)) {
        Some(below) if below.protocol == "l2tp" => {
            super::tunnel::l2tp::info_column(out, layers, i - 1)
        }
        _ => summary::generic(out, l),
    }
}

/// PPP's Protocol column: the number of a protocol no dissector takes
/// (`0x1235`), as tshark writes it.
fn ppp_column(l: &Layer<'_>) -> &'static str {
    match ppp_not_taken(l) {
        Some(p) if l.has(f::ppp::ADDRESS) || l.has(f::ppp::PROTOCOL) => hex4(p),
        _ => "PPP",
    }
}

/// `0x1235` for 0x1235, made once per number (at most 65,536 of them,
/// as the Elastic writer's keys are interned).
fn hex4(p: u16) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static MADE: OnceLock<Mutex<HashMap<u16, &'static str>>> = OnceLock::new();
    let mut made = MADE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    made.entry(p)
        .or_insert_with(|| Box::leak(format!("0x{p:04x}").into_boxed_str()))
}

/// The protocol of a PPP frame that no dissector of tshark's `ppp.protocol`
/// table takes (osidump's PPP hands the same ones on).
fn ppp_not_taken(l: &Layer<'_>) -> Option<u16> {
    let p = u16::try_from(l.get_uint(f::ppp::PROTOCOL)?).ok()?;
    match p {
        0x0021 | 0x0057 | 0x0281 | 0x0283 | 0x0023 | 0xc021 | 0x8021 | 0x8057 | 0x80fd | 0xc023
        | 0xc223 => None,
        _ => Some(p),
    }
}

/// PPP's control protocols (LCP, IPCP, IPV6CP, CCP) and its
/// authentication protocols (PAP, CHAP): the link's own conversation.
/// Their Info is their summary (no `info` of their own).
const fn ppp_cp(
    name: &'static str,
    title: &'static str,
    fields: &'static [&'static FieldDef],
    column: fn(&Layer<'_>) -> &'static str,
    info: fn(&mut String, &Layer<'_>),
) -> ProtocolSpec {
    ProtocolSpec {
        column: Some(column),
        ..lower(name, title, Osi::DataLink, fields, info)
    }
}
pub static LCP: ProtocolSpec = ppp_cp(
    "lcp",
    "PPP Link Control Protocol",
    f::lcp::ALL,
    |_| "PPP LCP",
    super::link::ppp::cp_info,
);
pub static IPCP: ProtocolSpec = ppp_cp(
    "ipcp",
    "PPP IP Control Protocol",
    f::ipcp::ALL,
    |_| "PPP IPCP",
    super::link::ppp::cp_info,
);
pub static IPV6CP: ProtocolSpec = ppp_cp(
    "ipv6cp",
    "PPP IPv6 Control Protocol",
    f::ipv6cp::ALL,
    |_| "PPP IPV6CP",
    super::link::ppp::cp_info,
);
pub static CCP: ProtocolSpec = ppp_cp(
    "ccp",
    "PPP Compression Control Protocol",
    &[],
    |_| "PPP CCP",
    super::link::ppp::cp_info,
);
pub static PAP: ProtocolSpec = ppp_cp(
    "pap",
    "PPP Password Authentication Protocol",
    f::pap::ALL,
    |_| "PPP PAP",
    super::link::ppp::pap_info,
);
pub static CHAP: ProtocolSpec = ppp_cp(
    "chap",
    "PPP Challenge Handshake Authentication Protocol",
    f::chap::ALL,
    |_| "PPP CHAP",
    super::link::ppp::chap_info,
);
pub static PPPOES: ProtocolSpec = lower(
    "pppoes",
    "PPP-over-Ethernet Session",
    Osi::DataLink,
    f::pppoe::ALL,
    summary::generic,
);
pub static PPPOED: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::pppoed::info(out, &layers[i])),
    column: Some(|_| "PPPoED"),
    ..lower(
        "pppoed",
        "PPP-over-Ethernet Discovery",
        Osi::DataLink,
        f::pppoed::ALL,
        super::link::pppoed::info,
    )
};
pub static LLC: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::llc::llc_info(out, &layers[i])),
    ..lower(
        "llc",
        "Logical-Link Control",
        Osi::DataLink,
        f::llc::ALL,
        super::link::llc::llc_summary,
    )
};
// The basic-format information field of an LLC XID frame: an item of
// LLC's call (dissect_basicxid is called as a function, so it is not in
// frame.protocols), which sets the columns.
pub static BASICXID: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::llc::basicxid_info(out, &layers[i])),
    column: Some(|_| "XID"),
    ..lower(
        "basicxid",
        "Logical-Link Control Basic Format XID",
        Osi::DataLink,
        f::basicxid::ALL,
        super::link::llc::basicxid_info,
    )
};
// Realtek's layer 2 protocols (EtherType 0x8899) and the three its
// heuristics find: each writes its own Protocol column.
pub static REALTEK: ProtocolSpec = ProtocolSpec {
    info: Some(super::link::realtek::info),
    column: Some(|_| "Realtek"),
    ..lower(
        "realtek",
        "Realtek Layer 2 Protocols",
        Osi::DataLink,
        f::realtek::ALL,
        super::link::realtek::summary,
    )
};
pub static RRCP: ProtocolSpec = ProtocolSpec {
    info: Some(super::link::realtek::info),
    column: Some(|_| "RRCP"),
    ..lower(
        "rrcp",
        "Realtek Remote Control Protocol",
        Osi::DataLink,
        f::rrcp::ALL,
        super::link::realtek::summary,
    )
};
pub static REP: ProtocolSpec = ProtocolSpec {
    info: Some(super::link::realtek::info),
    column: Some(|_| "REP"),
    ..lower(
        "rep",
        "Realtek Echo Protocol",
        Osi::DataLink,
        f::rep::ALL,
        super::link::realtek::summary,
    )
};
pub static RLDP: ProtocolSpec = ProtocolSpec {
    info: Some(super::link::realtek::info),
    column: Some(|_| "RLDP"),
    ..lower(
        "rldp",
        "Realtek Loop Detection Protocol",
        Osi::DataLink,
        f::rldp::ALL,
        super::link::realtek::summary,
    )
};
// Bridges talk STP among themselves on one link: Data link.
pub static STP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::llc::stp_info(out, &layers[i])),
    ..lower(
        "stp",
        "Spanning Tree Protocol",
        Osi::DataLink,
        f::stp::ALL,
        super::link::llc::stp_summary,
    )
};
// Neighbours announce themselves to the link: Data link.
pub static LLDP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::lldp::info(out, &layers[i])),
    ..lower(
        "lldp",
        "Link Layer Discovery Protocol",
        Osi::DataLink,
        f::lldp::ALL,
        super::link::lldp::summary,
    )
};
// 802.1X: the link's port lets a device in once it has authenticated:
// Data link.
pub static EAPOL: ProtocolSpec = ProtocolSpec {
    column: Some(super::link::eapol::column),
    ..lower(
        "eapol",
        "802.1X Authentication",
        Osi::DataLink,
        f::eapol::ALL,
        super::link::eapol::summary,
    )
};
// The WPA/RSN key descriptor's fields, shown in EAPOL's layer (tshark
// adds no item of this protocol).
pub static WLAN_RSNA_EAPOL: ProtocolSpec = lower(
    "wlan_rsna_eapol",
    "IEEE 802.11 RSNA EAPOL key",
    Osi::DataLink,
    f::wlan_rsna_eapol::ALL,
    super::link::eapol::rsna_summary,
);
// Neighbours announce themselves to the link: Data link.
pub static CDP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::cdp::info(out, &layers[i])),
    ..lower(
        "cdp",
        "Cisco Discovery Protocol",
        Osi::DataLink,
        f::cdp::ALL,
        super::link::cdp::summary,
    )
};
// Cisco's serial-line framing and its keepalives: Data link.
pub static CHDLC: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::chdlc::info(out, &layers[i])),
    ..lower(
        "chdlc",
        "Cisco HDLC",
        Osi::DataLink,
        f::chdlc::ALL,
        super::link::chdlc::summary,
    )
};
pub static SLARP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::chdlc::slarp_info(out, &layers[i])),
    ..lower(
        "slarp",
        "Cisco SLARP",
        Osi::DataLink,
        f::slarp::ALL,
        super::link::chdlc::slarp_info,
    )
};
// The kernel's packet log: a capture pseudo-link before the packet.
pub static NFLOG: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::nflog::info(out, &layers[i])),
    ..lower(
        "nflog",
        "Linux Netfilter NFLOG",
        Osi::DataLink,
        f::nflog::ALL,
        super::link::nflog::summary,
    )
};
pub static FDDI: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::fddi::info(out, &layers[i])),
    ..lower(
        "fddi",
        "Fiber Distributed Data Interface",
        Osi::DataLink,
        f::fddi::ALL,
        super::link::fddi::summary,
    )
};
// CACE's Per-Packet Information: a capture header before the packet.
pub static PPI: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::ppi::info(out, &layers[i])),
    column: Some(|_| "PPI"),
    ..lower(
        "ppi",
        "PPI Packet Header",
        Osi::Physical,
        f::ppi::ALL,
        super::link::ppi::summary,
    )
};
// IEEE 802.11 and its radio headers.
pub static RADIOTAP: ProtocolSpec = lower(
    "radiotap",
    "Radiotap",
    Osi::Physical,
    f::radiotap::ALL,
    super::link::wlan::radiotap::summary,
);
pub static WLAN_RADIO: ProtocolSpec = lower(
    "wlan_radio",
    "802.11 radio information",
    Osi::Physical,
    f::wlan_radio::ALL,
    super::link::wlan::radiotap::radio_summary,
);
pub static WLAN: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::wlan::info(out, &layers[i])),
    column: Some(super::link::wlan::column),
    ..lower(
        "wlan",
        "IEEE 802.11 wireless LAN",
        Osi::DataLink,
        f::wlan::ALL,
        super::link::wlan::summary,
    )
};
// A management frame's body, an item of its own in tshark's tree (but
// not a protocol frame.protocols lists): the Info and Protocol columns
// stay 802.11's.
pub static WLAN_MGT: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| {
        if let Some(l) = i.checked_sub(1).and_then(|w| layers.get(w)) {
            super::link::wlan::info(out, l);
        }
    }),
    column: Some(super::link::wlan::column),
    ..lower(
        "wlan.mgt",
        "IEEE 802.11 Wireless Management",
        Osi::DataLink,
        f::wlan_mgt::ALL,
        super::link::wlan::mgt::summary,
    )
};
// ISO 9542 ES-IS: the end systems' and routers' hellos and redirects.
pub static ESIS: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::esis::info(out, &layers[i])),
    column: Some(|_| "ESIS"),
    ..lower(
        "esis",
        "ISO 9542 ESIS Routeing Information Exchange Protocol",
        Osi::Network,
        f::esis::ALL,
        super::net::esis::info,
    )
};
// Frame Relay's address and encapsulation: Data link.
pub static FR: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::link::fr::info(out, &layers[i])),
    ..lower(
        "fr",
        "Frame Relay",
        Osi::DataLink,
        f::fr::ALL,
        super::link::fr::summary,
    )
};
pub static RAW: ProtocolSpec = lower("raw", "Raw packet data", Osi::DataLink, &[], summary::raw);
pub static ARP: ProtocolSpec = ProtocolSpec {
    column: Some(summary::arp_column),
    ..lower(
        "arp",
        "Address Resolution Protocol",
        Osi::Network,
        f::arp::ALL,
        summary::arp,
    )
};
pub static IP: ProtocolSpec = ProtocolSpec {
    info: Some(summary::ip_info),
    ..lower(
        "ip",
        "Internet Protocol Version 4",
        Osi::Network,
        f::ip::ALL,
        summary::ip,
    )
};
pub static IPV6: ProtocolSpec = ProtocolSpec {
    info: Some(summary::ipv6_info),
    ..lower(
        "ipv6",
        "Internet Protocol Version 6",
        Osi::Network,
        f::ipv6::ALL,
        summary::ipv6,
    )
};
pub static ICMP: ProtocolSpec = ProtocolSpec {
    info: Some(summary::icmp_info),
    ..lower(
        "icmp",
        "Internet Control Message Protocol",
        Osi::Network,
        f::icmp::ALL,
        summary::icmp,
    )
};
pub static ICMPV6: ProtocolSpec = ProtocolSpec {
    info: Some(summary::icmpv6_info),
    ..lower(
        "icmpv6",
        "Internet Control Message Protocol v6",
        Osi::Network,
        f::icmpv6::ALL,
        summary::icmpv6,
    )
};
pub static IGMP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::igmp::info(out, &layers[i])),
    column: Some(super::net::igmp::column),
    ..lower(
        "igmp",
        "Internet Group Management Protocol",
        Osi::Network,
        f::igmp::ALL,
        super::net::igmp::summary,
    )
};
pub static RGMP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::igmp::rgmp_info(out, &layers[i])),
    column: Some(|_| "RGMP"),
    ..lower(
        "rgmp",
        "Router-port Group Management Protocol",
        Osi::Network,
        f::rgmp::ALL,
        super::net::igmp::rgmp_info,
    )
};
// Routers elect the owner of a virtual address among themselves, on one
// network: Network, as IGMP.
pub static VRRP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::vrrp::info(out, &layers[i])),
    ..lower(
        "vrrp",
        "Virtual Router Redundancy Protocol",
        Osi::Network,
        f::vrrp::ALL,
        super::net::vrrp::summary,
    )
};
// Routers on one link find each other and flood their link states, right
// over IP: Network, as VRRP.
pub static OSPF: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::ospf::info(out, &layers[i])),
    ..lower(
        "ospf",
        "Open Shortest Path First",
        Osi::Network,
        f::ospf::ALL,
        super::net::ospf::summary,
    )
};
// Routers tell each other which multicast groups they want, right over
// IP (or inside IGMP): Network, as OSPF.
pub static PIM: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::pim::info(out, &layers[i])),
    column: Some(super::net::pim::column),
    ..lower(
        "pim",
        "Protocol Independent Multicast",
        Osi::Network,
        f::pim::ALL,
        super::net::pim::summary,
    )
};
// Routers on one network exchange their routes, right over IP: Network,
// as OSPF.
pub static EIGRP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::eigrp::info(out, &layers[i])),
    ..lower(
        "eigrp",
        "Enhanced Interior Gateway Routing Protocol",
        Osi::Network,
        f::eigrp::ALL,
        super::net::eigrp::summary,
    )
};
// Reliable multicast right over IP, with its own ports and sequence
// numbers: Transport, as SCTP.
pub static PGM: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::pgm::info(out, &layers[i])),
    ..lower(
        "pgm",
        "Pragmatic General Multicast",
        Osi::Transport,
        f::pgm::ALL,
        super::net::pgm::summary,
    )
};
// Routers reserve resources along a flow's path and signal MPLS-TE LSPs,
// right over IP (or over UDP): Network, as EIGRP.
pub static RSVP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::rsvp::info(out, &layers[i])),
    ..lower(
        "rsvp",
        "Resource ReserVation Protocol",
        Osi::Network,
        f::rsvp::ALL,
        super::net::rsvp::summary,
    )
};
// NBMA routers ask a server the NBMA address behind a protocol address,
// over GRE or right over IP, as ARP asks on a LAN: Network.
pub static NHRP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::nhrp::info(out, &layers[i])),
    ..lower(
        "nhrp",
        "NBMA Next Hop Resolution Protocol",
        Osi::Network,
        f::nhrp::ALL,
        super::net::nhrp::summary,
    )
};
// A mobile node tells its home agent where it is, in an IPv6 header of
// its own: Network, as IPv6.
pub static MIP6: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::mip6::info(out, &layers[i])),
    column: Some(super::net::mip6::column),
    ..lower(
        "mipv6",
        "Mobile IPv6",
        Osi::Network,
        f::mip6::ALL,
        super::net::mip6::summary,
    )
};
// IPsec protects IP packets between two hosts or gateways, right over IP:
// Network, as the packets it carries.
pub static ESP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::net::ipsec::esp_info(out, &layers[i])),
    ..lower(
        "esp",
        "Encapsulating Security Payload",
        Osi::Network,
        f::esp::ALL,
        super::net::ipsec::esp_summary,
    )
};
pub static AH: ProtocolSpec = lower(
    "ah",
    "Authentication Header",
    Osi::Network,
    f::ah::ALL,
    super::net::ipsec::ah_summary,
);
// Tunnels (see dissect::tunnel for their OSI layers): GRE and Teredo
// route network packets between two routers (Network); MPLS labels are
// per hop, and VXLAN, Geneve and ERSPAN carry link-layer frames (Data
// link).
pub static GRE: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::tunnel::gre::info(out, &layers[i])),
    ..lower(
        "gre",
        "Generic Routing Encapsulation",
        Osi::Network,
        f::gre::ALL,
        super::tunnel::gre::summary,
    )
};
pub static TEREDO: ProtocolSpec = lower(
    "teredo",
    "Teredo IPv6 over UDP tunneling",
    Osi::Network,
    f::teredo::ALL,
    super::tunnel::teredo::summary,
);
pub static AYIYA: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "AYIYA"),
    info: Some(super::tunnel::ayiya::info),
    ..lower(
        "ayiya",
        "Anything in Anything Protocol",
        Osi::Network,
        f::ayiya::ALL,
        super::tunnel::ayiya::summary,
    )
};
// EtherIP carries Ethernet frames (Data link, as VXLAN).
pub static ETHERIP: ProtocolSpec = ProtocolSpec {
    column: Some(|_| "ETHERIP"),
    ..lower(
        "etherip",
        "Ethernet over IP",
        Osi::DataLink,
        f::etherip::ALL,
        super::tunnel::etherip::summary,
    )
};
// GTP carries a subscriber's packets between the core network's nodes
// (Network, as GRE); GTPv2-C is its signalling, read by the same port.
pub static GTP: ProtocolSpec = ProtocolSpec {
    info: Some(super::tunnel::gtp::info),
    ..lower(
        "gtp",
        "GPRS Tunneling Protocol",
        Osi::Network,
        f::gtp::ALL,
        super::tunnel::gtp::summary,
    )
};
// L2TP carries a subscriber's PPP frames between an access concentrator
// and a network server: Data link, as the frames it carries (its name's
// "Layer Two").
pub static L2TP: ProtocolSpec = ProtocolSpec {
    info: Some(super::tunnel::l2tp::info_column),
    column: Some(super::tunnel::l2tp::column),
    ..lower(
        "l2tp",
        "Layer 2 Tunneling Protocol",
        Osi::DataLink,
        f::l2tp::ALL,
        super::tunnel::l2tp::summary,
    )
};
pub static GTPV2: ProtocolSpec = lower(
    "gtpv2",
    "GPRS Tunneling Protocol V2",
    Osi::Network,
    f::gtpv2::ALL,
    super::tunnel::gtp::summary_v2,
);
pub static MPLS: ProtocolSpec = lower(
    "mpls",
    "MultiProtocol Label Switching Header",
    Osi::DataLink,
    f::mpls::ALL,
    super::tunnel::mpls::summary,
);
pub static VXLAN: ProtocolSpec = lower(
    "vxlan",
    "Virtual eXtensible Local Area Network",
    Osi::DataLink,
    f::vxlan::ALL,
    super::tunnel::vxlan::summary,
);
// NSH steers a packet along a chain of service functions (a path and an
// index on it, read by each hop's forwarder): Network, as GRE.
pub static NSH: ProtocolSpec = ProtocolSpec {
    info: Some(|out, _, _| out.push_str("Network Service Header")),
    column: Some(|_| "NSH"),
    ..lower(
        "nsh",
        "Network Service Header",
        Osi::Network,
        f::nsh::ALL,
        super::tunnel::nsh::summary,
    )
};
// LISP's data plane carries an endpoint's IP packet between two routers
// locators (Network, as GRE).
pub static LISP_DATA: ProtocolSpec = ProtocolSpec {
    info: Some(|out, _, _| out.push_str("LISP Encapsulation Header")),
    column: Some(|_| "LISP"),
    ..lower(
        "lisp-data",
        "Locator/ID Separation Protocol (Data)",
        Osi::Network,
        f::lisp_data::ALL,
        super::tunnel::lisp::summary,
    )
};
// LISP's control plane maps endpoint identifiers to the routers'
// locators (Network, as OSPF's signalling).
pub static LISP: ProtocolSpec = ProtocolSpec {
    info: Some(super::tunnel::lisp::control::info),
    column: Some(|_| "LISP"),
    ..lower(
        "lisp",
        "Locator/ID Separation Protocol",
        Osi::Network,
        f::lisp::ALL,
        super::tunnel::lisp::control::summary,
    )
};
pub static GENEVE: ProtocolSpec = lower(
    "geneve",
    "Generic Network Virtualization Encapsulation",
    Osi::DataLink,
    f::geneve::ALL,
    super::tunnel::geneve::summary,
);
pub static ERSPAN: ProtocolSpec = lower(
    "erspan",
    "Encapsulated Remote Switch Packet ANalysis",
    Osi::DataLink,
    f::erspan::ALL,
    super::tunnel::erspan::summary,
);
pub static TCP: ProtocolSpec = ProtocolSpec {
    column: Some(super::transport::tcp_column),
    ..lower(
        "tcp",
        "Transmission Control Protocol",
        Osi::Transport,
        f::tcp::ALL,
        summary::tcp,
    )
};
/// Multipath TCP: an option inside the TCP layer (no layer of its own),
/// listed for its fields and its name in filters.
pub static MPTCP: ProtocolSpec = lower(
    "mptcp",
    "Multipath Transmission Control Protocol",
    Osi::Transport,
    f::mptcp::ALL,
    summary::generic,
);
pub static UDP: ProtocolSpec = ProtocolSpec {
    info: Some(summary::udp_info),
    ..lower(
        "udp",
        "User Datagram Protocol",
        Osi::Transport,
        f::udp::ALL,
        summary::udp,
    )
};
pub static SCTP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::transport::sctp::info(out, &layers[i])),
    ..lower(
        "sctp",
        "Stream Control Transmission Protocol",
        Osi::Transport,
        f::sctp::ALL,
        super::transport::sctp::summary,
    )
};
pub static DCCP: ProtocolSpec = ProtocolSpec {
    info: Some(|out, layers, i| super::transport::dccp::info(out, &layers[i])),
    column: Some(super::transport::dccp::column),
    ..lower(
        "dccp",
        "Datagram Congestion Control Protocol",
        Osi::Transport,
        f::dccp::ALL,
        super::transport::dccp::summary,
    )
};
pub static SESSION: ProtocolSpec = lower(
    "session",
    "Session (osidump): the conversation as a phone call",
    Osi::Session,
    f::session::ALL,
    summary::session,
);
pub static COMMUNITYID: ProtocolSpec = lower(
    "communityid",
    "Community ID Flow Hashing",
    Osi::Transport,
    f::communityid::ALL,
    super::communityid::summary,
);
pub static DATA: ProtocolSpec = lower(
    "data",
    "Data",
    Osi::Application,
    f::data::ALL,
    summary::data,
);

const fn lower(
    name: &'static str,
    title: &'static str,
    osi: Osi,
    fields: &'static [&'static FieldDef],
    summary: fn(&mut String, &Layer<'_>),
) -> ProtocolSpec {
    ProtocolSpec {
        name,
        also: &[],
        title,
        osi,
        fields,
        summary,
        info: None,
        column: None,
        app: None,
    }
}

/// Every protocol, from the wire up. Application protocols are probed in
/// this order when no port or `--decode-as` rule decides.
pub static PROTOCOLS: &[&ProtocolSpec] = &[
    &FRAME,
    &PKT_COMMENT,
    &ETH,
    &VLAN,
    &VNTAG,
    &MACSEC,
    &CMD,
    &IEEE8021AD,
    &IEEE8021AH,
    &CFP,
    &LOOP,
    &SLOW,
    &LACP,
    &MARKER,
    &IPNET,
    &IPOIB,
    &SLL,
    &ARCNET,
    &NULL,
    &PPP,
    &LCP,
    &IPCP,
    &IPV6CP,
    &CCP,
    &PAP,
    &CHAP,
    &PPPOES,
    &PPPOED,
    &LLC,
    &BASICXID,
    &REALTEK,
    &RRCP,
    &REP,
    &RLDP,
    &STP,
    &LLDP,
    &EAPOL,
    &WLAN_RSNA_EAPOL,
    &CDP,
    &CHDLC,
    &SLARP,
    &NFLOG,
    &FDDI,
    &FR,
    &PPI,
    &RADIOTAP,
    &WLAN_RADIO,
    &WLAN,
    &WLAN_MGT,
    &RAW,
    &MPLS,
    &VXLAN,
    &NSH,
    &GENEVE,
    &ERSPAN,
    &ARP,
    &IP,
    &IPV6,
    &ICMP,
    &ICMPV6,
    &IGMP,
    &RGMP,
    &VRRP,
    &OSPF,
    &super::net::isis::OSI_SPEC,
    &super::net::isis::ISIS_SPEC,
    &super::net::isis::HELLO_SPEC,
    &super::net::isis::LSP_SPEC,
    &super::net::isis::CSNP_SPEC,
    &super::net::isis::PSNP_SPEC,
    &ESIS,
    &PIM,
    &EIGRP,
    &NHRP,
    &RSVP,
    &MIP6,
    &ESP,
    &AH,
    &GRE,
    &TEREDO,
    &AYIYA,
    &LISP_DATA,
    &LISP,
    &ETHERIP,
    &GTP,
    &L2TP,
    &GTPV2,
    &TCP,
    &MPTCP,
    &DCCP,
    &UDP,
    &SCTP,
    &PGM,
    &COMMUNITYID,
    &SESSION,
    &DATA,
    &app::http::SPEC,
    &app::http2::SPEC,
    &app::tls::SPEC,
    &app::tls::x509::ocsp::SPEC,
    &app::ssh::SPEC,
    &app::smtp::SPEC,
    &app::smtp::imf::SPEC,
    &app::pop::SPEC,
    &app::imap::SPEC,
    &app::multipart::SPEC,
    &app::finger::FINGER_SPEC,
    &app::finger::WHOIS_SPEC,
    &app::rlogin::SPEC,
    &app::pptp::SPEC,
    &app::srvloc::SPEC,
    &app::x11::SPEC,
    &app::vnc::SPEC,
    &app::xmpp::SPEC,
    &app::wireguard::SPEC,
    &app::wol::SPEC,
    &app::db_lsp::SPEC,
    &app::sflow::SPEC,
    &app::natpmp::SPEC,
    &app::mndp::SPEC,
    // SAP (UDP 9875) and the SDP it carries.
    &app::sap::SPEC,
    // LDP (UDP and TCP 646).
    &app::ldp::SPEC,
    // MPLS Echo, LSP ping (UDP 3503).
    &app::mpls_echo::SPEC,
    &app::stun::SPEC,
    &app::stun::classic::SPEC,
    // RTCP: its heuristic before QUIC's, gQUIC's, DTLS's and DNS's, as tshark tries them.
    &app::rtcp::SPEC,
    // RTP on the streams SDP sets up.
    &app::rtp::SPEC,
    &app::socks::SPEC,
    &app::multipart::MEDIA_SPEC,
    &app::json::SPEC,
    &app::xmpp::XML_SPEC,
    &app::xmpp::PRESENCE_SPEC,
    &app::ftp::SPEC,
    &app::ftp::DATA_SPEC,
    &app::bgp::SPEC,
    &app::dns::SPEC,
    &app::dhcp::SPEC,
    &app::dhcpv6::SPEC,
    &app::ntp::SPEC,
    &app::snmp::SPEC,
    &app::syslog::SPEC,
    &app::dtls::SPEC,
    &app::websocket::SPEC,
    &app::quic::SPEC,
    &app::quic::HTTP3_SPEC,
    &app::gquic::SPEC,
    // Routing and redundancy protocols over UDP (protosc).
    &app::bfd::SPEC,
    &app::hsrp::SPEC,
    &app::ptp::SPEC,
    &app::rip::SPEC,
    // Babel (babel).
    &app::babel::SPEC,
    // TFTP and the transfers its requests start (tftp).
    &app::tftp::SPEC,
    // IKE and UDP-encapsulated IPsec (isakmp).
    &app::isakmp::SPEC,
    &app::isakmp::UDPENCAP_SPEC,
    // NetBIOS over TCP/IP and the SMB headers (nbss).
    &app::nbt::NBNS_SPEC,
    &app::nbt::NBDGM_SPEC,
    &app::nbt::NBSS_SPEC,
    &app::smb::SPEC,
    &app::smb::SMB2_SPEC,
    // What a Trans to a named pipe carries (smb_pipe).
    &app::smb::PIPE_SPEC,
    // What a Trans request carries to a mailslot (browser).
    &app::browser::MAILSLOT_SPEC,
    &app::browser::SPEC,
    &app::spnego::GSSAPI_SPEC,
    &app::spnego::SPEC,
    &app::spnego::KRB5_SPEC,
    &app::ntlmssp::SPEC,
    // Database protocols over TCP (dbproto).
    &app::resp::SPEC,
    &app::mysql::SPEC,
    &app::pgsql::SPEC,
    // IoT messaging over TCP (mqtt).
    &app::mqtt::SPEC,
    // Directory access over TCP (ldap).
    &app::ldap::SPEC,
    // Kerberos 5 over UDP and TCP (krb).
    &app::kerberos::SPEC,
    &app::radius::SPEC,
    &app::eap::SPEC,
    &app::sip::SPEC,
    &app::sip::sdp::SPEC,
    // Modbus/TCP: the MBAP header and the Modbus PDU (modbus).
    &app::modbus::MBTCP_SPEC,
    &app::modbus::SPEC,
    // DNP 3.0: link, transport and application layers (dnp3).
    &app::dnp3::SPEC,
    // EtherNet/IP and the CIP it carries; CIP I/O on UDP 2222 (enip).
    &app::enip::SPEC,
    &app::enip::CIP_SPEC,
    &app::enip::CIPCLS_SPEC,
    &app::enip::CIPIO_SPEC,
    // OpenFlow over TCP (openflow).
    &app::openflow::SPEC,
    &app::openflow::V4_SPEC,
    &app::openflow::V5_SPEC,
    &app::openflow::V6_SPEC,
    // OpenVPN over UDP and TCP 1194 (openvpn).
    &app::openvpn::SPEC,
    &app::irc::SPEC,
    &app::telnet::SPEC,
    // ONC-RPC and its programs: Portmap, MOUNT, NFS (oncrpc).
    &app::rpc::SPEC,
    &app::rpc::PORTMAP_SPEC,
    &app::rpc::MOUNT_SPEC,
    &app::rpc::NFS_SPEC,
    &app::rpc::NFSACL_SPEC,
    &app::rpc::NLM_SPEC,
    &app::rpc::STAT_SPEC,
    // DCE/RPC over TCP: port 135 and its heuristic (dcerpc).
    &app::dcerpc::SPEC,
    // ISO transport over TCP (tpkt, cotp).
    &app::tpkt::TPKT_SPEC,
    &app::tpkt::COTP_SPEC,
    &app::tpkt::RDP_SPEC,
];

/// The spec of a layer's protocol (`mdns` finds DNS).
pub fn of_layer(protocol: &str) -> Option<&'static ProtocolSpec> {
    // Every line asks for its layers' specs: a table by name, made once,
    // instead of a walk of the list comparing names. The first spec to
    // claim a name keeps it, as the walk found it.
    static BY_NAME: std::sync::OnceLock<foldhash::HashMap<&'static str, &'static ProtocolSpec>> =
        std::sync::OnceLock::new();
    BY_NAME
        .get_or_init(|| {
            let mut by_name = foldhash::HashMap::default();
            for &p in PROTOCOLS {
                for name in std::iter::once(p.name).chain(p.also.iter().copied()) {
                    by_name.entry(name).or_insert(p);
                }
            }
            by_name
        })
        .get(protocol)
        .copied()
}

/// Appends a layer's one-line summary, as its protocol's spec writes it.
pub fn summarize(out: &mut String, l: &Layer<'_>) {
    match of_layer(l.protocol) {
        Some(p) => (p.summary)(out, l),
        None => summary::generic(out, l),
    }
}

/// Appends tshark's Info column text of `layers[i]`: the spec's `info`
/// (tshark's words), else the summary, the lower layers' in the words of
/// `w` (osidump's sentences in the output language).
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize, w: &summary::Words) {
    if let Some(l) = layers.get(i) {
        info_of(of_layer(l.protocol), out, layers, i, w);
    }
}

/// [`info`] for a caller that has looked the layer's spec up already
/// (`spec` is `of_layer(layers[i].protocol)`): the line view writes every
/// layer of the top protocol with the one spec.
pub fn info_of(
    spec: Option<&'static ProtocolSpec>,
    out: &mut String,
    layers: &[Layer<'_>],
    i: usize,
    w: &summary::Words,
) {
    let Some(l) = layers.get(i) else {
        return;
    };
    match spec {
        Some(p) => match p.info {
            Some(info) => info(out, layers, i),
            None if summary::summarize_in(out, l, w) => {}
            None => (p.summary)(out, l),
        },
        None => summary::generic(out, l),
    }
}

/// Application protocols with a decoder, in probing order.
pub fn apps() -> impl Iterator<Item = &'static ProtocolSpec> {
    PROTOCOLS.iter().copied().filter(|p| p.app.is_some())
}

/// A spec's place in [`PROTOCOLS`] (for per-protocol state tables).
pub fn index(spec: &ProtocolSpec) -> usize {
    PROTOCOLS
        .iter()
        .position(|p| std::ptr::eq(*p, spec))
        .unwrap_or(0)
}

/// Protocols with no layer of their own: their items are in the layer of
/// the protocol that handed them the bytes (JSON and media in HTTP's,
/// HTTP/2's or a multipart's), and a body can be theirs without any item
/// (JSON that does not parse: `xyz {...}`). tshark's protocol test is the
/// presence of the protocol's item, which `frame.protocols` lists
/// (computed whenever a filter names them: [`crate::dissect::derived_fields_read`]).
pub const LISTED_ONLY: &[&str] = &["json", "media", "xml"];

/// Every layer name a dissection can carry, for the filter's protocol
/// tests (`dns`, `mdns`, `tcp`, ...).
pub fn layer_names() -> impl Iterator<Item = &'static str> {
    PROTOCOLS
        .iter()
        .flat_map(|p| std::iter::once(p.name).chain(p.also.iter().copied()))
}

impl std::fmt::Debug for ProtocolSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq for ProtocolSpec {
    /// Specs are statics: one address each.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for ProtocolSpec {}

impl std::hash::Hash for ProtocolSpec {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.name.hash(h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_every_field_belongs_to_one_spec() {
        let mut names: Vec<_> = layer_names().collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "a layer name claimed twice");
        let mut fields: Vec<_> = PROTOCOLS.iter().flat_map(|p| p.fields.iter()).collect();
        let n = fields.len();
        fields.sort_by_key(|d| d.name);
        fields.dedup_by_key(|d| d.name);
        assert_eq!(fields.len(), n, "a field registered by two specs");
    }

    #[test]
    fn of_layer_finds_each_spec_by_each_of_its_names_as_the_list_does() {
        for p in PROTOCOLS {
            for name in std::iter::once(p.name).chain(p.also.iter().copied()) {
                let walk = PROTOCOLS
                    .iter()
                    .copied()
                    .find(|q| q.name == name || q.also.contains(&name));
                assert_eq!(of_layer(name), walk, "{name}");
                assert_eq!(walk, Some(*p), "{name}");
            }
        }
        assert_eq!(of_layer("no-such-protocol"), None);
    }

    #[test]
    fn every_osi_layer_has_a_protocol() {
        for osi in Osi::ALL {
            assert!(PROTOCOLS.iter().any(|p| p.osi == osi), "{osi:?}");
        }
    }
}
