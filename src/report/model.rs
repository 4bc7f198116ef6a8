//! What the report draws, built one dissection at a time.
//!
//! Each selected packet becomes a [`Row`] of the ladder: an arrow from the
//! lane of its sender to the lane of its receiver, named by the [`Step`] it
//! makes in its conversation's life (DNS query, TCP dial, TLS hello, HTTP
//! request, WebSocket message, hang up...). The steps come from the same
//! places the `sessions` view reads: the TCP tracker's phase of each
//! segment and the TLS handshake's end (typed [events](crate::dissect::event)),
//! and the DNS / HTTP / TLS / WebSocket layers. Consecutive rows of one
//! conversation in one [`Stage`] form a [`Band`], headed by the `sessions`
//! view's own line for that step ([`Sessions`] runs alongside, fed the
//! packets of the conversations drawn).
//!
//! Lanes are hosts: an IPv4 address, its IPv6 addresses and the MAC
//! address they are sent from are one host when that MAC carries at most
//! one IPv4 and one global IPv6 address (a router's MAC carries many, and
//! each address behind it keeps its own lane). Broadcast and multicast
//! destinations share one lane, "everyone on the link". A conversation
//! whose two ends are one host (loopback) gets a lane per port.
//!
//! Memory is bounded by [`Limits`]: the first `packets` packets of the
//! first `conversations` conversations are drawn (with their field lists
//! and bytes, at most [`detail::MAX_BYTES`] each); later ones are counted.
//! The overview ([`Stats`]) reads every selected packet, in its own budget.

use super::detail;
use crate::dissect::event::Event;
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Layer, Osi, Value};
use crate::flow::tcp::{self as tcpflow, Phase};
use crate::views::i18n::Lang;
use crate::views::sessions::{self, Sessions};
use crate::views::stats::{self, SortKey, Stats};
use crate::views::{Addr, addr_field, frame_meta, human_bytes, human_duration, own_layers};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// What is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Packets drawn (all conversations together).
    pub packets: usize,
    /// Conversations drawn (link-local chatter and ICMP between two
    /// addresses count as one each).
    pub conversations: usize,
    /// Hosts drawn as lanes; packets to or from a host past them are
    /// counted, not drawn.
    pub lanes: usize,
    /// A band of more than this many packets shows its first three and
    /// last two, the rest folded (0: never fold).
    pub fold: usize,
    /// Keep each drawn packet's layers, fields and bytes (the page's
    /// packet view); `sessions --format svg` needs none.
    pub detail: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            packets: 1000,
            conversations: 100,
            lanes: 12,
            fold: 12,
            detail: true,
        }
    }
}

/// What one packet does in its conversation's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// ARP, NDP, MLD: finding neighbours on the link.
    Link,
    Dhcp,
    DnsQuery,
    DnsAnswer,
    /// TCP SYN.
    Dial,
    /// TCP SYN-ACK.
    Answer,
    /// The handshake's last ACK.
    Connected,
    /// TLS handshake records (hellos, the encrypted rest of TLS 1.3's).
    TlsHello,
    /// The packet that completed the TLS handshake.
    TlsDone,
    /// Encrypted application data.
    TlsData,
    HttpRequest,
    HttpResponse,
    /// HTTP request asking for a WebSocket.
    WsUpgrade,
    /// `101 Switching Protocols`.
    WsAccept,
    WsMessage,
    WsPing,
    WsClose,
    /// A TCP segment with no payload (an acknowledgement).
    Ack,
    /// TCP payload no decoder claimed (yet: a segment of a message).
    Data,
    /// FIN.
    HangUp,
    /// The last ACK after both FINs.
    Closed,
    /// RST.
    Reset,
    Icmp,
    /// A piece of an IP datagram (reassembled on its last piece).
    Fragment,
    Udp,
    Other,
}

impl Step {
    pub const ALL: [Step; 26] = [
        Step::Link,
        Step::Dhcp,
        Step::DnsQuery,
        Step::DnsAnswer,
        Step::Dial,
        Step::Answer,
        Step::Connected,
        Step::TlsHello,
        Step::TlsDone,
        Step::TlsData,
        Step::HttpRequest,
        Step::HttpResponse,
        Step::WsUpgrade,
        Step::WsAccept,
        Step::WsMessage,
        Step::WsPing,
        Step::WsClose,
        Step::Ack,
        Step::Data,
        Step::HangUp,
        Step::Closed,
        Step::Reset,
        Step::Icmp,
        Step::Fragment,
        Step::Udp,
        Step::Other,
    ];

    /// The word the arrow's label starts with (English; the page
    /// translates it), none for acknowledgements and plain data.
    pub fn word(self) -> Option<&'static str> {
        Some(match self {
            Step::DnsQuery => "query",
            Step::DnsAnswer => "answer",
            Step::Dial => "dial",
            Step::Answer => "answer",
            Step::Connected => "connected",
            Step::TlsHello => "hello",
            Step::TlsDone => "handshake done",
            Step::TlsData => "encrypted",
            Step::HttpRequest => "request",
            Step::HttpResponse => "response",
            Step::WsUpgrade => "upgrade",
            Step::WsAccept => "accept",
            Step::WsMessage => "message",
            Step::WsPing => "ping",
            Step::WsClose => "close",
            Step::HangUp => "hang up",
            Step::Closed => "closed",
            Step::Reset => "reset",
            _ => return None,
        })
    }

    pub fn key(self) -> &'static str {
        match self {
            Step::Link => "link",
            Step::Dhcp => "dhcp",
            Step::DnsQuery => "dns-query",
            Step::DnsAnswer => "dns-answer",
            Step::Dial => "dial",
            Step::Answer => "answer",
            Step::Connected => "connected",
            Step::TlsHello => "tls-hello",
            Step::TlsDone => "tls-done",
            Step::TlsData => "tls-data",
            Step::HttpRequest => "http-request",
            Step::HttpResponse => "http-response",
            Step::WsUpgrade => "ws-upgrade",
            Step::WsAccept => "ws-accept",
            Step::WsMessage => "ws-message",
            Step::WsPing => "ws-ping",
            Step::WsClose => "ws-close",
            Step::Ack => "ack",
            Step::Data => "data",
            Step::HangUp => "hang-up",
            Step::Closed => "closed",
            Step::Reset => "reset",
            Step::Icmp => "icmp",
            Step::Fragment => "fragment",
            Step::Udp => "udp",
            Step::Other => "other",
        }
    }

    /// The stage it belongs to; `None`: the conversation's current one
    /// (an acknowledgement belongs to whatever it acknowledges).
    fn stage(self) -> Option<Stage> {
        Some(match self {
            Step::Link => Stage::Link,
            Step::Dhcp => Stage::Dhcp,
            Step::DnsQuery | Step::DnsAnswer => Stage::Dns,
            Step::Dial | Step::Answer | Step::Connected => Stage::Dial,
            Step::TlsHello | Step::TlsDone => Stage::TlsHandshake,
            Step::TlsData => Stage::TlsData,
            Step::HttpRequest | Step::HttpResponse => Stage::Http,
            Step::WsUpgrade | Step::WsAccept => Stage::WsUpgrade,
            Step::WsMessage | Step::WsPing => Stage::WsTalk,
            Step::WsClose => Stage::WsClose,
            Step::HangUp | Step::Closed | Step::Reset => Stage::HangUp,
            Step::Icmp => Stage::Icmp,
            Step::Fragment => Stage::Fragments,
            Step::Udp => Stage::Data,
            Step::Other => Stage::Other,
            Step::Ack | Step::Data => return None,
        })
    }
}

/// A part of a conversation's life: the ladder's bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Link,
    Dhcp,
    Dns,
    Dial,
    TlsHandshake,
    TlsData,
    Http,
    WsUpgrade,
    WsTalk,
    WsClose,
    Data,
    HangUp,
    Icmp,
    Fragments,
    Other,
}

impl Stage {
    pub const ALL: [Stage; 15] = [
        Stage::Link,
        Stage::Dhcp,
        Stage::Dns,
        Stage::Dial,
        Stage::TlsHandshake,
        Stage::TlsData,
        Stage::Http,
        Stage::WsUpgrade,
        Stage::WsTalk,
        Stage::WsClose,
        Stage::Data,
        Stage::HangUp,
        Stage::Icmp,
        Stage::Fragments,
        Stage::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Stage::Link => "link",
            Stage::Dhcp => "dhcp",
            Stage::Dns => "dns",
            Stage::Dial => "dial",
            Stage::TlsHandshake => "tls-handshake",
            Stage::TlsData => "tls-data",
            Stage::Http => "http",
            Stage::WsUpgrade => "ws-upgrade",
            Stage::WsTalk => "ws-messages",
            Stage::WsClose => "ws-close",
            Stage::Data => "data",
            Stage::HangUp => "hang-up",
            Stage::Icmp => "icmp",
            Stage::Fragments => "fragments",
            Stage::Other => "other",
        }
    }

    /// The band's title (English; the page translates it).
    pub fn title(self) -> &'static str {
        match self {
            Stage::Link => "neighbours on the link (ARP / NDP)",
            Stage::Dhcp => "DHCP address lease",
            Stage::Dns => "DNS lookup: query → answer",
            Stage::Dial => "TCP dial → answer → connected",
            Stage::TlsHandshake => "TLS hellos → handshake done",
            Stage::TlsData => "encrypted data (TLS)",
            Stage::Http => "HTTP request → response",
            Stage::WsUpgrade => "WebSocket upgrade",
            Stage::WsTalk => "WebSocket messages",
            Stage::WsClose => "WebSocket close",
            Stage::Data => "data",
            Stage::HangUp => "TCP hang up",
            Stage::Icmp => "ICMP",
            Stage::Fragments => "IP fragments (reassembled on the last one)",
            Stage::Other => "other",
        }
    }

    /// The `sessions` steps that tell this stage: (protocol, kind).
    fn session_kinds(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Stage::Dns => &[("DNS", "lookup")],
            Stage::Dial => &[("TCP", "dial")],
            Stage::TlsHandshake => &[("TLS", "handshake")],
            Stage::TlsData => &[("TLS", "talk")],
            Stage::Http => &[("HTTP", "request")],
            Stage::WsUpgrade => &[("WebSocket", "upgrade")],
            Stage::WsTalk => &[("WebSocket", "messages")],
            Stage::WsClose => &[("WebSocket", "close")],
            Stage::HangUp => &[("TCP", "hang up")],
            Stage::Data | Stage::Dhcp => &[("UDP", "datagrams"), ("TCP", "open")],
            _ => &[],
        }
    }

    /// What a server answering this stage offers (a lane's role).
    fn service(self) -> Option<&'static str> {
        Some(match self {
            Stage::Dns => "DNS",
            Stage::Dhcp => "DHCP",
            Stage::TlsHandshake | Stage::TlsData => "TLS",
            Stage::Http => "HTTP",
            Stage::WsUpgrade | Stage::WsTalk | Stage::WsClose => "WebSocket",
            _ => return None,
        })
    }
}

/// One end of a packet: what its headers say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct End {
    mac: Option<[u8; 6]>,
    ip: Option<Addr>,
    port: Option<u16>,
}

impl End {
    /// Broadcast or multicast: every host on the link may receive it. A
    /// unicast IP address decides over a group MAC address (some captures
    /// carry IPv6 to a host in multicast frames), except the all-ones
    /// broadcast.
    fn is_group(&self) -> bool {
        let broadcast = self.mac == Some([0xff; 6]);
        match self.ip {
            Some(Addr::V4(a)) if a != [0; 4] => a[0] >= 224 || broadcast,
            Some(Addr::V6(a)) if a != [0; 16] => a[0] == 0xff || broadcast,
            _ => self.mac.is_some_and(|m| m[0] & 1 == 1),
        }
    }
}

fn unspecified(a: &Addr) -> bool {
    match a {
        Addr::V4(a) => *a == [0; 4],
        Addr::V6(a) => *a == [0; 16],
        Addr::Mac(m) => *m == [0; 6],
    }
}

/// At most one IPv4 and one global IPv6 address (any link-local ones).
fn one_host(ips: &[Addr]) -> bool {
    let v4 = ips.iter().filter(|a| matches!(a, Addr::V4(_))).count();
    let v6 = ips
        .iter()
        .filter(|a| matches!(a, Addr::V6(_)) && !link_local(a))
        .count();
    v4 <= 1 && v6 <= 1
}

fn link_local(a: &Addr) -> bool {
    matches!(a, Addr::V6(b) if b[0] == 0xfe && b[1] & 0xc0 == 0x80)
}

/// A lane: one host (or one socket of a host talking to itself), or
/// everyone on the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LaneKey {
    Everyone,
    Mac([u8; 6]),
    Ip(Addr),
    Socket(Addr, u16),
    Unknown,
}

#[derive(Debug, Clone, Serialize)]
pub struct Lane {
    #[serde(skip)]
    pub key: LaneKey,
    /// IPv4 first, then IPv6 (link-local last), or group addresses.
    pub addresses: Vec<String>,
    pub mac: Option<String>,
    /// Broadcast and multicast: everyone on the link.
    pub everyone: bool,
    /// Started a conversation (sent the SYN, asked the DNS question).
    pub client: bool,
    /// What it answered as a server: `DNS`, `TLS`, `HTTP`, `tcp/8080`.
    pub services: Vec<String>,
}

/// A conversation as the ladder groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum ConvKey {
    Tcp(u32, u64),
    Udp(u32, u64),
    Link(u32),
    /// IP without TCP or UDP (ICMP, fragments), by address pair.
    Ip(u32, Addr, Addr),
    Other(u32),
}

#[derive(Debug, Clone)]
struct ConvState {
    capture: u32,
    name: String,
    stage: Option<Stage>,
    syn_ns: Option<i128>,
    hello_ns: Option<i128>,
    tls_done: bool,
    /// The first row's receiver is the client (it began with a SYN-ACK or
    /// a DNS answer).
    swapped: bool,
    /// Who dialled or asked, once a packet was drawn.
    client: Option<End>,
    stages: Vec<Stage>,
    /// Packets and wire bytes, drawn or not.
    packets: u64,
    bytes: u64,
    ws: Option<WsCount>,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct WsCount {
    /// Packets and wire bytes of the whole TCP conversation.
    pub packets: u64,
    pub wire_bytes: u64,
    /// The upgrade request and its 101 answer (their frames).
    pub upgrade_bytes: u64,
    /// Data messages (text, binary; final frames) each way.
    pub messages: [u64; 2],
    /// Their payload bytes each way.
    pub payload: [u64; 2],
    /// Ping, pong and close frames.
    pub control: u64,
}

/// A conversation drawn.
#[derive(Debug, Clone, Serialize)]
pub struct Conv {
    pub capture: u32,
    /// `tcp 0`, `udp 3`, `link`, `icmp`.
    pub name: String,
    pub client: Option<usize>,
    pub server: Option<usize>,
    /// Client and server as the packets name them (`[fd99::1]:41970`).
    pub ends: Option<(String, String)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub websocket: Option<WsCount>,
}

/// One packet drawn: an arrow.
#[derive(Debug, Clone)]
pub struct Row {
    pub capture: u32,
    pub frame: u64,
    pub ns: i128,
    /// Seconds since its capture's first packet.
    pub t: f64,
    src: End,
    dst: End,
    /// Lanes, set when the model is finished.
    pub from: usize,
    pub to: usize,
    pub conv: usize,
    pub step: Step,
    pub stage: Stage,
    pub osi: Osi,
    /// The label: the step's word (English), then text from the packet.
    pub word: Option<&'static str>,
    pub text: String,
    /// A time this packet answers in: RTT, DNS or HTTP response time.
    pub note: Option<String>,
    /// Addresses and the top layer's summary (the arrow's tooltip).
    pub summary: String,
    pub len: u64,
    /// An acknowledgement with nothing else: drawn lighter.
    pub light: bool,
    /// The packet view's JSON ([`detail::Detail`]).
    pub detail: Option<String>,
}

impl Row {
    /// Sender and receiver as the packet names them: address and port,
    /// or the MAC address when there is no IP header.
    pub fn endpoints(&self) -> (String, String) {
        let one = |e: &End| match (e.ip, e.port) {
            (Some(a), p) => crate::views::Endpoint { addr: a, port: p }.to_string(),
            (None, _) => e
                .mac
                .map_or_else(|| "?".to_string(), |m| Addr::Mac(m).to_string()),
        };
        (one(&self.src), one(&self.dst))
    }
}

/// Consecutive rows of one conversation in one stage.
#[derive(Debug, Clone)]
pub struct Band {
    pub stage: Stage,
    pub conv: usize,
    pub osi: Osi,
    pub rows: std::ops::Range<usize>,
    /// The `sessions` view's line for this step.
    pub text: Option<String>,
    /// Rows folded into one line until clicked.
    pub fold: Option<std::ops::Range<usize>>,
    /// The folded rows, as one line: `114 packets: 60 → 12.3 KiB, ...`.
    pub fold_text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Capture {
    pub name: String,
    /// Packets selected (read and passed by `-Y`).
    pub packets: u64,
    #[serde(skip)]
    first_ns: Option<i128>,
    #[serde(skip)]
    steps: Vec<sessions::Step>,
}

/// An anomaly of a layer (expert info).
#[derive(Debug, Clone, Serialize)]
pub struct AnomalyRow {
    pub capture: u32,
    pub frame: u64,
    /// The row it is drawn as, if drawn.
    pub row: Option<usize>,
    pub osi: u8,
    pub protocol: &'static str,
    pub kind: &'static str,
    pub reason: String,
}

/// Anomalies listed one by one (the rest are counted).
pub const MAX_ANOMALIES: usize = 200;
/// MACs remembered for joining a host's addresses.
const MAX_MACS: usize = 4096;

/// What was read but not drawn.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct NotDrawn {
    /// Packets of conversations drawn, past [`Limits::packets`].
    pub over_packets: u64,
    /// Packets of conversations past [`Limits::conversations`].
    pub over_conversations: u64,
    /// Packets to or from hosts past [`Limits::lanes`].
    pub over_lanes: u64,
}

impl NotDrawn {
    pub fn total(&self) -> u64 {
        self.over_packets + self.over_conversations + self.over_lanes
    }
}

/// Everything the page and the SVG draw.
#[derive(Debug, Clone)]
pub struct Model {
    pub captures: Vec<Capture>,
    pub lanes: Vec<Lane>,
    pub rows: Vec<Row>,
    pub convs: Vec<Conv>,
    pub bands: Vec<Band>,
    pub stats: stats::Report,
    pub anomalies: Vec<AnomalyRow>,
    pub anomalies_total: u64,
    /// Packets selected, all captures.
    pub selected: u64,
    pub not_drawn: NotDrawn,
    pub limits: Limits,
}

/// The aggregator.
#[derive(Debug)]
pub struct Builder {
    limits: Limits,
    /// The language of the steps' texts and the packets' summaries.
    lang: Lang,
    captures: Vec<Capture>,
    capture: u32,
    sessions: Sessions,
    stats: Stats,
    convs: Vec<ConvState>,
    conv_index: HashMap<ConvKey, usize>,
    rows: Vec<Row>,
    /// Addresses sent from each MAC (at most 8 each).
    macs: HashMap<[u8; 6], Vec<Addr>>,
    /// The keys of `macs` in order of first sight: an address sent from
    /// two MACs goes to the first one, the same on every run (not hash
    /// order).
    mac_order: Vec<[u8; 6]>,
    anomalies: Vec<AnomalyRow>,
    anomalies_total: u64,
    selected: u64,
    not_drawn: NotDrawn,
}

impl Builder {
    pub fn new(limits: Limits) -> Self {
        Builder {
            limits,
            lang: Lang::En,
            captures: Vec::new(),
            capture: 0,
            sessions: Sessions::new(),
            stats: Stats::default(),
            convs: Vec::new(),
            conv_index: HashMap::new(),
            rows: Vec::new(),
            macs: HashMap::new(),
            mac_order: Vec::new(),
            anomalies: Vec::new(),
            anomalies_total: 0,
            selected: 0,
            not_drawn: NotDrawn::default(),
        }
    }

    /// Steps and summaries told in `lang` (English by default).
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The next packets come from a new capture file called `name`
    /// (stream numbers start again). Call before its first packet.
    pub fn begin_capture(&mut self, name: &str) {
        if !self.captures.is_empty() {
            self.end_capture();
            self.capture += 1;
        }
        self.captures.push(Capture {
            name: name.to_string(),
            packets: 0,
            first_ns: None,
            steps: Vec::new(),
        });
    }

    fn end_capture(&mut self) {
        let s = std::mem::take(&mut self.sessions);
        if let Some(c) = self.captures.last_mut() {
            c.steps = s
                .into_report_in(self.lang)
                .clients
                .into_iter()
                .flat_map(|c| c.steps)
                .collect();
        }
    }

    pub fn add(&mut self, d: &Dissection<'_>) {
        if self.captures.is_empty() {
            self.begin_capture("");
        }
        self.selected += 1;
        self.stats.add(d);
        let capture = self.capture;
        if let Some(cap) = self.captures.last_mut() {
            cap.packets += 1;
        }
        let meta = frame_meta(d);
        let frame = d
            .layers
            .first()
            .and_then(|l| l.get_uint(f::frame::NUMBER))
            .unwrap_or(self.selected);
        let layers = match own_layers(d) {
            // A field-less protocol item on top (TLS where a record that
            // spans segments starts) says nothing yet: the segment is
            // drawn as the TCP segment it is until the record completes.
            [below @ .., top] if top.osi > Osi::Transport && top.fields.is_empty() => below,
            all => all,
        };
        let key = conv_key(capture, layers);
        let conv = match self.conv_index.get(&key) {
            Some(&i) => Some(i),
            None if self.convs.len() < self.limits.conversations
                && self.rows.len() < self.limits.packets =>
            {
                self.convs.push(ConvState {
                    capture,
                    name: conv_name(&key),
                    stage: None,
                    syn_ns: None,
                    hello_ns: None,
                    tls_done: false,
                    swapped: false,
                    client: None,
                    stages: Vec::new(),
                    packets: 0,
                    bytes: 0,
                    ws: None,
                });
                self.conv_index.insert(key, self.convs.len() - 1);
                Some(self.convs.len() - 1)
            }
            None => None,
        };
        let drawn = conv.is_some() && self.rows.len() < self.limits.packets;
        self.note_anomalies(d, capture, frame, drawn.then_some(self.rows.len()));
        let Some(ci) = conv else {
            self.not_drawn.over_conversations += 1;
            return;
        };
        // The conversations drawn are told by `sessions` whole, past the
        // packet limit too.
        if let Some(cap) = self.captures.last_mut()
            && cap.first_ns.is_none_or(|t| meta.ts_ns < t)
        {
            cap.first_ns = Some(meta.ts_ns);
        }
        self.sessions.add(d);
        let (src, dst) = ends(layers);
        let c = &mut self.convs[ci];
        c.packets += 1;
        c.bytes += meta.len;
        let from_client = c.client.map(|e| e == src);
        count_ws(c, layers, from_client, meta.len);
        if !drawn {
            self.not_drawn.over_packets += 1;
            return;
        }
        self.observe(&src);
        if !dst.is_group() {
            self.observe(&dst);
        }
        let c = &mut self.convs[ci];
        let class = classify(d, layers, c, meta.ts_ns, self.lang);
        let stage = class.step.stage().or(c.stage).unwrap_or(match key {
            ConvKey::Udp(..) | ConvKey::Tcp(..) => Stage::Data,
            ConvKey::Link(_) => Stage::Link,
            ConvKey::Ip(..) => Stage::Other,
            ConvKey::Other(_) => Stage::Other,
        });
        c.stage = Some(stage);
        if !c.stages.contains(&stage) {
            c.stages.push(stage);
        }
        if c.client.is_none() {
            c.swapped = class.reply;
            c.client = Some(if c.swapped { dst } else { src });
        }
        let summary = top_summary(layers, self.lang);
        let detail = self
            .limits
            .detail
            .then(|| super::html::json(&detail::of(d, frame, meta.len, self.lang)));
        let light = class.step == Step::Ack;
        self.rows.push(Row {
            capture,
            frame,
            ns: meta.ts_ns,
            t: 0.0,
            src,
            dst,
            from: 0,
            to: 0,
            conv: ci,
            step: class.step,
            stage,
            osi: class.osi,
            word: class.step.word(),
            text: class.text,
            note: class.note,
            summary,
            len: meta.len,
            light,
            detail,
        });
    }

    fn observe(&mut self, e: &End) {
        let (Some(m), Some(ip)) = (e.mac, e.ip) else {
            return;
        };
        // A group MAC names no host.
        if unspecified(&ip) || m == [0; 6] || m[0] & 1 == 1 {
            return;
        }
        if !self.macs.contains_key(&m) && self.macs.len() >= MAX_MACS {
            return;
        }
        let v = self.macs.entry(m).or_insert_with(|| {
            self.mac_order.push(m);
            Vec::new()
        });
        if v.len() < 8 && !v.contains(&ip) {
            v.push(ip);
        }
    }

    fn note_anomalies(&mut self, d: &Dissection<'_>, capture: u32, frame: u64, row: Option<usize>) {
        for l in &d.layers {
            for a in &l.anomalies {
                self.anomalies_total += 1;
                if self.anomalies.len() < MAX_ANOMALIES {
                    self.anomalies.push(AnomalyRow {
                        capture,
                        frame,
                        row,
                        osi: l.osi.number(),
                        protocol: l.protocol,
                        kind: a.kind.as_str(),
                        reason: a.reason.clone(),
                    });
                }
            }
        }
    }

    pub fn finish(mut self) -> Model {
        self.end_capture();
        // Rows' times from their capture's first packet, as `sessions`
        // counts them (so its steps are found by time).
        for r in &mut self.rows {
            let base = self.captures[r.capture as usize].first_ns.unwrap_or(r.ns);
            r.t = (r.ns - base) as f64 / 1e9;
        }
        let host_of = self.hosts();
        let mut rows = Vec::with_capacity(self.rows.len());
        let mut lane_of: HashMap<LaneKey, usize> = HashMap::new();
        let mut order: Vec<LaneKey> = Vec::new();
        let mut renumber: Vec<Option<usize>> = vec![None; self.rows.len()];
        for (i, mut r) in std::mem::take(&mut self.rows).into_iter().enumerate() {
            let (a, b) = lane_keys(&host_of, &r);
            let mut ids = [0usize; 2];
            let mut fits = true;
            for (k, key) in [a, b].into_iter().enumerate() {
                match lane_of.get(&key) {
                    Some(&id) => ids[k] = id,
                    None if order.len() < self.limits.lanes => {
                        order.push(key);
                        lane_of.insert(key, order.len() - 1);
                        ids[k] = order.len() - 1;
                    }
                    None => fits = false,
                }
            }
            if !fits {
                self.not_drawn.over_lanes += 1;
                continue;
            }
            r.from = ids[0];
            r.to = ids[1];
            renumber[i] = Some(rows.len());
            rows.push(r);
        }
        for a in &mut self.anomalies {
            a.row = a.row.and_then(|i| renumber.get(i).copied().flatten());
        }
        let mut lanes: Vec<Lane> = order.iter().map(|k| self.lane(*k)).collect();
        for (i, l) in lanes.iter_mut().enumerate() {
            if l.everyone {
                let mut groups: Vec<String> = Vec::new();
                for r in rows.iter().filter(|r| r.to == i) {
                    let g = r
                        .dst
                        .ip
                        .map(|a| a.to_string())
                        .or(r.dst.mac.map(|m| Addr::Mac(m).to_string()));
                    if let Some(g) = g
                        && !groups.contains(&g)
                        && groups.len() < 6
                    {
                        groups.push(g);
                    }
                }
                l.addresses = groups;
            }
        }
        // Conversations: who dialled whom.
        let mut convs: Vec<Conv> = self
            .convs
            .iter()
            .map(|c| Conv {
                capture: c.capture,
                name: c.name.clone(),
                client: None,
                server: None,
                ends: None,
                websocket: c.ws.map(|w| WsCount {
                    packets: c.packets,
                    wire_bytes: c.bytes,
                    ..w
                }),
            })
            .collect();
        for (ci, c) in self.convs.iter().enumerate() {
            let Some(first) = rows.iter().find(|r| r.conv == ci) else {
                continue;
            };
            if c.name == "link" || c.name == "other" || c.name.starts_with("ip ") {
                continue;
            }
            let (cl, sv) = if c.swapped {
                (first.to, first.from)
            } else {
                (first.from, first.to)
            };
            convs[ci].client = Some(cl);
            convs[ci].server = Some(sv);
            let (a, b) = first.endpoints();
            convs[ci].ends = Some(if c.swapped { (b, a) } else { (a, b) });
            if lanes[cl].everyone || lanes[sv].everyone {
                // Broadcast: no one answers as "the" server.
                if !lanes[cl].everyone {
                    lanes[cl].client = true;
                }
                continue;
            }
            lanes[cl].client = true;
            let port = if c.swapped {
                first.src.port
            } else {
                first.dst.port
            };
            let mut services: Vec<String> = c
                .stages
                .iter()
                .filter_map(|s| s.service())
                .map(|s| match (s, port) {
                    ("TLS", Some(443)) => "HTTPS".to_string(),
                    (s, _) => s.to_string(),
                })
                .collect();
            if services.is_empty()
                && let Some(p) = port
            {
                let proto = if c.name.starts_with("tcp") {
                    "tcp"
                } else {
                    "udp"
                };
                services.push(format!("{proto}/{p}"));
            }
            for s in services {
                if !lanes[sv].services.contains(&s) && lanes[sv].services.len() < 6 {
                    lanes[sv].services.push(s);
                }
            }
        }
        // Clients at the left, then servers and other hosts in order of
        // appearance, everyone on the link at the right.
        let mut perm: Vec<usize> = (0..lanes.len()).collect();
        perm.sort_by_key(|&i| (lanes[i].everyone, !lanes[i].client, i));
        let mut new_id = vec![0; lanes.len()];
        for (new, &old) in perm.iter().enumerate() {
            new_id[old] = new;
        }
        for r in &mut rows {
            r.from = new_id[r.from];
            r.to = new_id[r.to];
        }
        for c in &mut convs {
            c.client = c.client.map(|i| new_id[i]);
            c.server = c.server.map(|i| new_id[i]);
        }
        let mut slots: Vec<Option<Lane>> = lanes.into_iter().map(Some).collect();
        let lanes: Vec<Lane> = perm.iter().filter_map(|&i| slots[i].take()).collect();
        let bands = self.bands(&rows, &convs);
        let stats = self.stats.report(SortKey::Bytes, Some(10));
        Model {
            captures: self.captures,
            lanes,
            rows,
            convs,
            bands,
            stats,
            anomalies: self.anomalies,
            anomalies_total: self.anomalies_total,
            selected: self.selected,
            not_drawn: self.not_drawn,
            limits: self.limits,
        }
    }

    /// Each address of a MAC that looks like one host (at most one IPv4
    /// and one global IPv6 address), with that MAC.
    fn hosts(&self) -> HashMap<Addr, [u8; 6]> {
        let mut host_of: HashMap<Addr, [u8; 6]> = HashMap::new();
        for m in &self.mac_order {
            let ips = &self.macs[m];
            if one_host(ips) {
                for ip in ips {
                    host_of.entry(*ip).or_insert(*m);
                }
            }
        }
        host_of
    }

    fn lane(&self, key: LaneKey) -> Lane {
        let (addresses, mac) = match key {
            LaneKey::Everyone => (Vec::new(), None),
            LaneKey::Mac(m) => {
                // A MAC carrying many addresses (a router's) has a lane of
                // its own only for what comes without an address.
                let mut ips = self
                    .macs
                    .get(&m)
                    .filter(|ips| one_host(ips))
                    .cloned()
                    .unwrap_or_default();
                ips.sort_by_key(|a| match a {
                    Addr::V4(_) => 0,
                    a if link_local(a) => 2,
                    _ => 1,
                });
                (
                    ips.iter().map(Addr::to_string).collect(),
                    Some(Addr::Mac(m).to_string()),
                )
            }
            LaneKey::Ip(a) => (vec![a.to_string()], None),
            LaneKey::Socket(a, p) => (
                vec![
                    crate::views::Endpoint {
                        addr: a,
                        port: Some(p),
                    }
                    .to_string(),
                ],
                None,
            ),
            LaneKey::Unknown => (vec!["?".to_string()], None),
        };
        Lane {
            key,
            addresses,
            mac,
            everyone: key == LaneKey::Everyone,
            client: false,
            services: Vec::new(),
        }
    }

    fn bands(&self, rows: &[Row], convs: &[Conv]) -> Vec<Band> {
        let mut bands: Vec<Band> = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            let same = bands.last().is_some_and(|b| {
                b.conv == r.conv
                    && b.stage == r.stage
                    && b.rows.end == i
                    && rows[b.rows.start].capture == r.capture
                    // Each HTTP request starts its own exchange.
                    && r.step != Step::HttpRequest
            });
            if same {
                if let Some(b) = bands.last_mut() {
                    b.rows.end = i + 1;
                }
            } else {
                let osi = band_osi(r.stage, r.osi);
                bands.push(Band {
                    stage: r.stage,
                    conv: r.conv,
                    osi,
                    rows: i..i + 1,
                    text: None,
                    fold: None,
                    fold_text: String::new(),
                });
            }
        }
        // Each band gets the `sessions` line of its conversation and kind
        // nearest its start (each line once).
        let mut used: HashSet<(u32, usize)> = HashSet::new();
        for b in &mut bands {
            let first = &rows[b.rows.start];
            let conv = &convs[b.conv];
            let Some(cap) = self.captures.get(first.capture as usize) else {
                continue;
            };
            let best = cap
                .steps
                .iter()
                .enumerate()
                .filter(|(k, s)| {
                    s.conversation == conv.name
                        && b.stage
                            .session_kinds()
                            .iter()
                            .any(|(p, kind)| *p == s.protocol && *kind == s.kind)
                        && !used.contains(&(first.capture, *k))
                })
                .min_by(|(_, x), (_, y)| (x.t - first.t).abs().total_cmp(&(y.t - first.t).abs()));
            if let Some((k, s)) = best {
                used.insert((first.capture, k));
                b.text = Some(s.shown().to_string());
            }
        }
        // Long bands fold their middle.
        let fold = self.limits.fold;
        if fold > 0 {
            for b in &mut bands {
                let n = b.rows.len();
                if n > fold.max(6) {
                    let hidden = b.rows.start + 3..b.rows.end - 2;
                    b.fold_text = fold_text(&rows[hidden.clone()], convs[b.conv].client);
                    b.fold = Some(hidden);
                }
            }
        }
        bands
    }
}

/// The lanes of a row's two ends: hosts joined by MAC ([`Builder::hosts`]),
/// everyone for broadcast and multicast, and a lane per port when both
/// ends are one host.
fn lane_keys(host_of: &HashMap<Addr, [u8; 6]>, r: &Row) -> (LaneKey, LaneKey) {
    let resolve = |e: &End| -> LaneKey {
        if e.is_group() {
            return LaneKey::Everyone;
        }
        match e.ip {
            Some(ip) if !unspecified(&ip) => match host_of.get(&ip) {
                Some(m) => LaneKey::Mac(*m),
                None => LaneKey::Ip(ip),
            },
            _ => match e.mac {
                Some(m) => LaneKey::Mac(m),
                None => LaneKey::Unknown,
            },
        }
    };
    let (a, b) = (resolve(&r.src), resolve(&r.dst));
    if a == b
        && a != LaneKey::Everyone
        && let (Some(sip), Some(dip), Some(sp), Some(dp)) =
            (r.src.ip, r.dst.ip, r.src.port, r.dst.port)
    {
        return (LaneKey::Socket(sip, sp), LaneKey::Socket(dip, dp));
    }
    (a, b)
}

/// The colour of a band: its stage's layer.
fn band_osi(stage: Stage, row_osi: Osi) -> Osi {
    match stage {
        Stage::Dial | Stage::HangUp | Stage::Data => Osi::Transport,
        Stage::TlsHandshake | Stage::TlsData => Osi::Presentation,
        Stage::Dns
        | Stage::Dhcp
        | Stage::Http
        | Stage::WsUpgrade
        | Stage::WsTalk
        | Stage::WsClose => Osi::Application,
        _ => row_osi,
    }
}

/// `114 packets · → 60 (12.3 KiB) · ← 54 (1.2 KiB)`.
fn fold_text(rows: &[Row], client: Option<usize>) -> String {
    let mut n = [0u64; 2];
    let mut bytes = [0u64; 2];
    for r in rows {
        let d = usize::from(Some(r.from) != client);
        n[d] += 1;
        bytes[d] += r.len;
    }
    format!(
        "{} · → {} ({}) · ← {} ({})",
        rows.len(),
        n[0],
        human_bytes(bytes[0]),
        n[1],
        human_bytes(bytes[1])
    )
}

fn conv_key(capture: u32, layers: &[Layer<'_>]) -> ConvKey {
    for l in layers {
        match l.protocol {
            "tcp" => {
                if let Some(s) = l.get_uint(f::tcp::STREAM) {
                    return ConvKey::Tcp(capture, s);
                }
            }
            "udp" => {
                if let Some(s) = l.get_uint(f::udp::STREAM) {
                    return ConvKey::Udp(capture, s);
                }
            }
            _ => {}
        }
    }
    if layers
        .iter()
        .any(|l| l.protocol == "arp" || is_link_icmpv6(l))
    {
        return ConvKey::Link(capture);
    }
    if let Some(fl) = crate::views::flow(layers) {
        let (a, b) = if fl.src <= fl.dst {
            (fl.src, fl.dst)
        } else {
            (fl.dst, fl.src)
        };
        return ConvKey::Ip(capture, a, b);
    }
    ConvKey::Other(capture)
}

fn conv_name(k: &ConvKey) -> String {
    match k {
        ConvKey::Tcp(_, s) => format!("tcp {s}"),
        ConvKey::Udp(_, s) => format!("udp {s}"),
        ConvKey::Link(_) => "link".into(),
        ConvKey::Ip(_, a, b) => format!("ip {a} ↔ {b}"),
        ConvKey::Other(_) => "other".into(),
    }
}

/// ICMPv6 that keeps the link working: MLD (130–132, 143), router and
/// neighbour discovery (133–137).
fn is_link_icmpv6(l: &Layer<'_>) -> bool {
    l.protocol == "icmpv6"
        && l.get_uint(f::icmpv6::TYPE)
            .is_some_and(|t| (130..=137).contains(&t) || t == 143)
}

fn mac_of(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Option<[u8; 6]> {
    match addr_field(l, def) {
        Some(Addr::Mac(m)) if m != [0; 6] => Some(m),
        _ => None,
    }
}

/// The packet's sender and receiver, from its own headers.
fn ends(layers: &[Layer<'_>]) -> (End, End) {
    let mut src = End::default();
    let mut dst = End::default();
    if let Some(eth) = layers.iter().find(|l| l.protocol == "eth") {
        src.mac = mac_of(eth, f::eth::SRC);
        dst.mac = mac_of(eth, f::eth::DST);
    }
    if let Some(arp) = layers.iter().find(|l| l.protocol == "arp") {
        src.mac = src.mac.or_else(|| mac_of(arp, f::arp::SRC_HW_MAC));
        src.ip = addr_field(arp, f::arp::SRC_PROTO_IPV4);
        // A request goes to every host (its target is named in the label).
        if dst.mac.is_none_or(|m| m[0] & 1 == 0) {
            dst.ip = addr_field(arp, f::arp::DST_PROTO_IPV4);
        }
        return (src, dst);
    }
    if let Some(fl) = crate::views::flow(layers) {
        src.ip = Some(fl.src);
        dst.ip = Some(fl.dst);
        if let Some((_, sp, dp)) = fl.l4 {
            src.port = Some(sp);
            dst.port = Some(dp);
        }
    }
    (src, dst)
}

/// A row's step, its colour's layer and its label.
struct Class {
    step: Step,
    osi: Osi,
    text: String,
    note: Option<String>,
    /// Sent by the server (a first packet that is an answer: its receiver
    /// is the client).
    reply: bool,
}

/// The highest layer's summaries (all of its records): `tls: Server
/// Hello …, Change Cipher Spec, …`.
fn top_summary(layers: &[Layer<'_>], lang: Lang) -> String {
    let own: Vec<&Layer<'_>> = layers
        .iter()
        .filter(|l| !matches!(l.protocol, "session" | "communityid"))
        .collect();
    let Some(top) = own.iter().map(|l| l.osi).max() else {
        return String::new();
    };
    let at: Vec<&Layer<'_>> = own.into_iter().filter(|l| l.osi == top).collect();
    let mut s = String::new();
    for (i, l) in at.iter().enumerate() {
        if i == 0 || l.protocol != at[i - 1].protocol {
            if i > 0 {
                s.push_str("; ");
            }
            s.push_str(l.protocol);
            s.push_str(": ");
        } else {
            s.push_str(", ");
        }
        summarize(&mut s, l, lang);
    }
    s
}

/// A layer's one-line summary as the tree prints it in `lang`: osidump's
/// own sentences (ARP, IP, TCP, ...) in Korean, tshark's Info as it is.
pub fn summarize(s: &mut String, l: &Layer<'_>, lang: Lang) {
    if lang == Lang::En || !crate::render::ko::summarize(s, l) {
        crate::dissect::spec::summarize(s, l);
    }
}

fn summary_of(l: &Layer<'_>) -> String {
    summary_in(l, Lang::En)
}

fn summary_in(l: &Layer<'_>, lang: Lang) -> String {
    let mut s = String::new();
    summarize(&mut s, l, lang);
    s
}

fn rel_time(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Option<String> {
    match l.get(def) {
        Some(Value::RelTime(t)) => Some(human_duration(t.as_nanos())),
        _ => None,
    }
}

fn classify(
    d: &Dissection<'_>,
    layers: &[Layer<'_>],
    c: &mut ConvState,
    ts: i128,
    lang: Lang,
) -> Class {
    let ko = lang == Lang::Ko;
    let class = |step, osi, text: String| Class {
        step,
        osi,
        text,
        note: None,
        reply: matches!(step, Step::Answer | Step::DnsAnswer),
    };
    let find = |p: &str| layers.iter().find(|l| l.protocol == p);
    if let Some(l) = layers
        .iter()
        .find(|l| l.protocol == "arp" || is_link_icmpv6(l))
    {
        return class(Step::Link, l.osi, summary_in(l, lang));
    }
    if let Some(l) = find("dhcp") {
        let s = summary_of(l);
        let short = s.split(" - ").next().unwrap_or(&s).trim().to_string();
        let mut k = class(Step::Dhcp, Osi::Application, short);
        // BOOTREPLY: from the server.
        k.reply = l.get_uint(f::dhcp::TYPE) == Some(2);
        return k;
    }
    if let Some(l) = layers
        .iter()
        .find(|l| matches!(l.protocol, "dns" | "mdns" | "llmnr"))
    {
        return dns_class(l);
    }
    let tcp = d.events.iter().find_map(|e| match e {
        Event::Tcp(t) => Some(*t),
        _ => None,
    });
    let tls_done = d
        .events
        .iter()
        .any(|e| matches!(e, Event::TlsHandshakeDone { .. }));
    if let Some(t) = tcp {
        match t.phase {
            Phase::Syn => {
                c.syn_ns.get_or_insert(ts);
                return class(Step::Dial, Osi::Transport, "SYN".into());
            }
            Phase::SynAck => {
                let mut k = class(Step::Answer, Osi::Transport, "SYN-ACK".into());
                k.note = c.syn_ns.map(|s| format!("RTT {}", human_duration(ts - s)));
                return k;
            }
            Phase::HandshakeAck if !has_app(layers) => {
                return class(Step::Connected, Osi::Transport, "ACK".into());
            }
            _ => {}
        }
    }
    let fin = tcp.is_some_and(|t| t.flags & tcpflow::FIN != 0);
    let rst = tcp.is_some_and(|t| t.flags & tcpflow::RST != 0);
    let ws: Vec<&Layer<'_>> = layers
        .iter()
        .filter(|l| l.protocol == "websocket")
        .collect();
    let mut app: Option<Class> = None;
    if !ws.is_empty() {
        let op = |l: &&Layer<'_>| l.get_uint(f::websocket::OPCODE).unwrap_or(0);
        let step = if ws.iter().any(|l| op(l) == 8) {
            Step::WsClose
        } else if ws.iter().all(|l| matches!(op(l), 9 | 10)) {
            Step::WsPing
        } else {
            Step::WsMessage
        };
        app = Some(class(step, Osi::Application, joined(&ws, lang)));
    } else if let Some(h) = layers.iter().find(|l| {
        // A message, not the item tshark puts on a CONNECT tunnel's frames
        // or on Continuation data: those are drawn as what they carry.
        l.protocol == "http" && (l.has(f::http::REQUEST_METHOD) || l.has(f::http::RESPONSE_CODE))
    }) {
        let https: Vec<&Layer<'_>> = layers.iter().filter(|l| l.protocol == "http").collect();
        let step = if h.get_str(f::http::REQUEST_METHOD).is_some() {
            if h.get_str(f::http::UPGRADE)
                .is_some_and(|u| u.eq_ignore_ascii_case("websocket"))
            {
                Step::WsUpgrade
            } else {
                Step::HttpRequest
            }
        } else if h.get_uint(f::http::RESPONSE_CODE) == Some(101) {
            Step::WsAccept
        } else {
            Step::HttpResponse
        };
        let mut k = class(step, Osi::Application, joined(&https, lang));
        k.note = rel_time(h, f::http::TIME);
        app = Some(k);
    } else if layers.iter().any(|l| l.protocol == "tls") {
        let tls: Vec<&Layer<'_>> = layers.iter().filter(|l| l.protocol == "tls").collect();
        let handshake = tls.iter().any(|l| {
            l.has(f::tls::HANDSHAKE_TYPE) || l.get_uint(f::tls::RECORD_CONTENT_TYPE) == Some(20)
        });
        if tls
            .iter()
            .any(|l| l.get_uint(f::tls::HANDSHAKE_TYPE) == Some(1))
        {
            c.hello_ns.get_or_insert(ts);
        }
        let step = if tls_done {
            Step::TlsDone
        } else if handshake || !c.tls_done {
            Step::TlsHello
        } else {
            Step::TlsData
        };
        let mut k = class(step, Osi::Presentation, tls_text(&tls));
        if let Some(h) = c.hello_ns
            && ts > h
            && step != Step::TlsData
        {
            let after = human_duration(ts - h);
            k.note = Some(if ko {
                format!("ClientHello 후 +{after}")
            } else {
                format!("+{after} after ClientHello")
            });
        }
        if tls_done {
            c.tls_done = true;
        }
        app = Some(k);
    } else if let Some(l) = layers
        .iter()
        .rev()
        .find(|l| l.osi >= Osi::Presentation && l.protocol != "data")
    {
        app = Some(class(
            Step::Other,
            l.osi,
            format!("{}: {}", l.protocol, summary_in(l, lang)),
        ));
    }
    if tls_done && app.is_none() {
        c.tls_done = true;
    }
    if let Some(mut k) = app {
        if fin {
            k.text.push_str(" + FIN");
        }
        return k;
    }
    if let Some(t) = tcp {
        let len = find("tcp")
            .and_then(|l| l.get_uint(f::tcp::LEN))
            .unwrap_or(0);
        if rst {
            return class(Step::Reset, Osi::Transport, "RST".into());
        }
        if fin {
            return class(Step::HangUp, Osi::Transport, "FIN".into());
        }
        if t.phase == Phase::Closed && len == 0 {
            return class(Step::Closed, Osi::Transport, "ACK".into());
        }
        if len > 0 {
            let data = if ko { "데이터" } else { "data" };
            return class(Step::Data, Osi::Transport, format!("{data} {len} B"));
        }
        return class(Step::Ack, Osi::Transport, "ACK".into());
    }
    if let Some(l) = find("udp") {
        let (sp, dp) = (
            l.get_uint(f::udp::SRCPORT).unwrap_or(0),
            l.get_uint(f::udp::DSTPORT).unwrap_or(0),
        );
        let len = l.get_uint(f::udp::LENGTH).unwrap_or(8).saturating_sub(8);
        let mut k = class(
            Step::Udp,
            Osi::Transport,
            format!("UDP {sp} → {dp} · {len} B"),
        );
        // From a service port to a client's: an answer.
        k.reply = sp < 1024 && dp >= 1024;
        return k;
    }
    if let Some(l) = layers
        .iter()
        .find(|l| l.protocol == "icmp" || l.protocol == "icmpv6")
    {
        return class(Step::Icmp, l.osi, summary_in(l, lang));
    }
    if let Some(more) = fragment(layers) {
        let len = find("data")
            .and_then(|l| l.get_uint(f::data::LEN))
            .unwrap_or(0);
        let text = match (ko, more) {
            (false, true) => format!("IP fragment · {len} B · more follow"),
            (false, false) => format!("IP fragment · {len} B · the last"),
            (true, true) => format!("IP 조각 · {len} B · 뒤에 더 있음"),
            (true, false) => format!("IP 조각 · {len} B · 마지막 조각"),
        };
        return class(Step::Fragment, Osi::Network, text);
    }
    match layers.iter().rev().find(|l| l.protocol != "session") {
        Some(l) => class(
            Step::Other,
            l.osi,
            format!("{}: {}", l.protocol, summary_in(l, lang)),
        ),
        None => class(Step::Other, Osi::Physical, String::new()),
    }
}

/// A piece of a fragmented datagram not reassembled in this frame:
/// whether more pieces follow.
fn fragment(layers: &[Layer<'_>]) -> Option<bool> {
    if layers
        .iter()
        .any(|l| matches!(l.protocol, "tcp" | "udp" | "icmp" | "icmpv6"))
    {
        return None;
    }
    let ip = layers
        .iter()
        .find(|l| l.protocol == "ip" || l.protocol == "ipv6")?;
    if ip.protocol == "ip" {
        let more = ip.flag(f::ip::FLAGS_MF);
        (more || ip.get_uint(f::ip::FRAG_OFFSET).is_some_and(|o| o > 0)).then_some(more)
    } else {
        ip.has(f::ipv6::FRAGHDR_OFFSET)
            .then(|| ip.flag(f::ipv6::FRAGHDR_MORE))
    }
}

fn has_app(layers: &[Layer<'_>]) -> bool {
    layers
        .iter()
        .any(|l| l.osi >= Osi::Presentation && l.protocol != "data")
}

/// The summaries of several layers of one protocol, joined.
fn joined(ls: &[&Layer<'_>], lang: Lang) -> String {
    let v: Vec<String> = ls.iter().map(|l| summary_in(l, lang)).collect();
    v.join(", ")
}

/// TLS records, with runs of Application Data counted: `Server Hello
/// TLS 1.3 …, Change Cipher Spec, Application Data ×4 (665 B)`.
fn tls_text(ls: &[&Layer<'_>]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut data = (0u64, 0u64);
    let flush = |parts: &mut Vec<String>, data: &mut (u64, u64)| {
        match data.0 {
            0 => {}
            1 => parts.push(format!("Application Data {} B", data.1)),
            n => parts.push(format!("Application Data ×{n} ({} B)", data.1)),
        }
        *data = (0, 0);
    };
    for l in ls {
        if let Some(n) = l.get_uint(f::tls::OSIDUMP_APP_DATA_LEN) {
            data.0 += 1;
            data.1 += n;
        } else {
            flush(&mut parts, &mut data);
            parts.push(summary_of(l));
        }
    }
    flush(&mut parts, &mut data);
    parts.join(", ")
}

fn dns_class(l: &Layer<'_>) -> Class {
    let qtype = l.get_uint(f::dns::QRY_TYPE);
    let tname = qtype.map(|t| {
        crate::dissect::app::dns::type_name(t as u16)
            .map_or_else(|| format!("TYPE{t}"), str::to_string)
    });
    let name = l
        .get_str(f::dns::QRY_NAME)
        .map(|n| if n.is_empty() { "<Root>" } else { n });
    let asked = [tname.as_deref(), name]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if !l.flag(f::dns::FLAGS_RESPONSE) {
        return Class {
            step: Step::DnsQuery,
            osi: Osi::Application,
            text: asked,
            note: None,
            reply: false,
        };
    }
    let mut answers: Vec<String> = Vec::new();
    let mut more = 0;
    for fl in &l.fields {
        if crate::views::is_dns_answer(fl.name(), qtype) {
            if answers.len() < 2 {
                answers.push(fl.value.to_string());
            } else {
                more += 1;
            }
        }
    }
    let rcode = l.get_uint(f::dns::FLAGS_RCODE).unwrap_or(0);
    let mut text = match (rcode, answers.is_empty()) {
        (0, true) => format!("{asked}: no records"),
        (0, false) => format!("{} {}", tname.as_deref().unwrap_or(""), answers.join(", "))
            .trim()
            .to_string(),
        (r, _) => format!(
            "{asked}: {}",
            crate::dissect::app::dns::rcode_name(r as u16)
                .map_or_else(|| format!("RCODE{r}"), str::to_string)
        ),
    };
    if more > 0 {
        text.push_str(&format!(" +{more}"));
    }
    Class {
        step: Step::DnsAnswer,
        osi: Osi::Application,
        text,
        note: rel_time(l, f::dns::TIME),
        reply: true,
    }
}

/// WebSocket bookkeeping of a conversation (the page's cost table).
fn count_ws(c: &mut ConvState, layers: &[Layer<'_>], from_client: Option<bool>, len: u64) {
    let upgrade = layers.iter().any(|l| {
        l.protocol == "http"
            && (l
                .get_str(f::http::UPGRADE)
                .is_some_and(|u| u.eq_ignore_ascii_case("websocket"))
                || l.get_uint(f::http::RESPONSE_CODE) == Some(101))
    });
    if upgrade && c.ws.is_none() {
        c.ws = Some(WsCount::default());
    }
    let Some(w) = c.ws.as_mut() else { return };
    if upgrade {
        w.upgrade_bytes += len;
    }
    let dir = usize::from(from_client == Some(false));
    for l in layers.iter().filter(|l| l.protocol == "websocket") {
        match l.get_uint(f::websocket::OPCODE).unwrap_or(0) {
            0..=2 => {
                w.payload[dir] += l.get_uint(f::websocket::PAYLOAD_LENGTH).unwrap_or(0);
                if l.flag(f::websocket::FIN) || l.get_uint(f::websocket::FIN) == Some(1) {
                    w.messages[dir] += 1;
                }
            }
            _ => w.control += 1,
        }
    }
}
