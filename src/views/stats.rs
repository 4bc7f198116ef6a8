//! `osidump stats`: a capture summarised, one dissection at a time.
//!
//! [`Stats::add`] reads each frame's layers; [`Stats::report`] sorts and
//! trims into a [`Report`] (serialisable: `--format json` writes it as is).
//! Memory is bounded: every table keeps at most [`Limits::max_keys`]
//! distinct keys and counts what it had to turn away in `overflow`.
//!
//! Counting rules follow tshark so totals can be checked against it:
//! - the protocol hierarchy counts a protocol once per frame on each path,
//!   with frame bytes (`frame.len`), like `-z io,phs`; osidump's own
//!   session pseudo-layer, segments waiting for reassembly and what an ICMP
//!   error quotes are left out of the paths (tshark shows none of them);
//! - conversations are keyed by both endpoints, side A being the sender of
//!   the first packet, like `-z conv,…`.

use super::{Addr, Endpoint, FrameMeta, frame_meta, own_layers, strs, uints};
use crate::dissect::app::{dns, tls, websocket};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::{AnomalyKind, Dissection, Layer, Osi};
use crate::flow::budget::Budget;
use crate::flow::table_bytes;
use foldhash::HashMap;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::Hash;

mod convs;

/// Caps on what the aggregator keeps.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Distinct keys per table (conversations, names, fingerprints...).
    pub max_keys: usize,
    /// Nodes in the protocol hierarchy.
    pub max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_keys: 100_000,
            max_nodes: 10_000,
        }
    }
}

/// What `stats`' tables may hold together: less than the views' share
/// ([`crate::flow::budget::VIEW_BUDGET`], which `sessions` needs for its L3 caps). On the 1 GB
/// bench capture the dissector holds about 9 MiB and the binary with its
/// start-up some 11 MiB: with 8 MiB of tables `stats` peaks at 29 MiB RSS,
/// with 12 at 34, over the 32 of issue 10. What does not fit is counted
/// (`overflow`), as before.
pub const STATS_BUDGET: usize = 8 << 20;

/// How tables are ordered (largest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Bytes,
    Packets,
    Duration,
}

/// A map that stops taking new keys at a cap and counts the refusals.
#[derive(Debug, Clone)]
struct Capped<K, V> {
    map: HashMap<K, V>,
    cap: usize,
    overflow: u64,
}

impl<K: Hash + Eq, V: Default> Capped<K, V> {
    fn new(cap: usize) -> Self {
        Capped {
            map: HashMap::default(),
            cap,
            overflow: 0,
        }
    }

    /// The entry of `k`, made if there is room: under the key cap and
    /// within the view's memory budget (each new key is charged its slot
    /// and its key's heap bytes). A key turned away is counted.
    fn get(&mut self, k: K, budget: &mut Budget) -> Option<&mut V>
    where
        K: KeyHeap,
    {
        if !self.map.contains_key(&k) {
            // Charged by entries, not `capacity()`: see `table_bytes`.
            let was = table_bytes::<(K, V)>(self.map.len());
            let grown = table_bytes::<(K, V)>(self.map.len() + 1);
            if self.map.len() >= self.cap
                || budget.is_over()
                || budget.used() + (grown - was) > budget.max_total_bytes
            {
                self.overflow += 1;
                return None;
            }
            budget.resize(was, grown);
            budget.charge(k.heap());
        }
        Some(self.map.entry(k).or_default())
    }

    fn bump(&mut self, k: K, budget: &mut Budget)
    where
        K: KeyHeap,
        V: std::ops::AddAssign<u64>,
    {
        if let Some(v) = self.get(k, budget) {
            *v += 1;
        }
    }
}

/// Heap bytes a table key owns besides its slot.
trait KeyHeap {
    fn heap(&self) -> usize {
        0
    }
}

impl KeyHeap for String {
    fn heap(&self) -> usize {
        self.capacity()
    }
}

impl KeyHeap for u64 {}

/// An expert table row's key: severity, group, protocol short name and
/// message.
type ExpertKey = (u64, u64, Cow<'static, str>, String);

impl KeyHeap for ExpertKey {
    fn heap(&self) -> usize {
        let name = match &self.2 {
            Cow::Owned(s) => s.capacity(),
            Cow::Borrowed(_) => 0,
        };
        name + self.3.capacity()
    }
}

impl<K: Hash + Eq, V: Default> Capped<K, V> {}

/// The `top` largest counts, largest first (keys copied only for them).
fn sorted_counts<K: Ord + Clone>(m: &Capped<K, u64>, top: usize) -> Vec<(K, u64)> {
    let mut v: Vec<(&K, u64)> = m.map.iter().map(|(k, c)| (k, *c)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter()
        .take(top)
        .map(|(k, c)| (k.clone(), c))
        .collect()
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Count {
    pub packets: u64,
    pub bytes: u64,
}

impl Count {
    fn add(&mut self, bytes: u64) {
        self.packets += 1;
        self.bytes += bytes;
    }
}

/// One node of the protocol hierarchy.
#[derive(Debug, Clone, Serialize)]
pub struct PhsNode {
    pub protocol: &'static str,
    pub osi: u8,
    pub packets: u64,
    pub bytes: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<PhsNode>,
}

#[derive(Debug, Clone)]
struct Node {
    protocol: &'static str,
    osi: Osi,
    count: Count,
    children: Vec<usize>,
}

/// One conversation in a report.
#[derive(Debug, Clone, Serialize)]
pub struct Conversation {
    pub a: Endpoint,
    pub b: Endpoint,
    pub a_to_b: Count,
    pub b_to_a: Count,
    pub packets: u64,
    pub bytes: u64,
    /// Seconds from the capture's first frame.
    pub start: f64,
    pub duration: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<u64>,
}

/// One endpoint (an address, or address and port) in a report.
#[derive(Debug, Clone, Serialize)]
pub struct EndpointStats {
    pub endpoint: Endpoint,
    pub tx: Count,
    pub rx: Count,
    pub packets: u64,
    pub bytes: u64,
}

/// A conversation table: kind (`eth`, `ip`, `ipv6`, `tcp`, `udp`), its OSI
/// layer, the rows kept after sorting and `--top`, and how many there were.
#[derive(Debug, Clone, Serialize)]
pub struct ConvTable {
    pub kind: &'static str,
    pub osi: u8,
    pub total: usize,
    pub overflow: u64,
    pub conversations: Vec<Conversation>,
    pub endpoints: Vec<EndpointStats>,
    pub endpoints_total: usize,
}

#[derive(Debug, Clone, Default)]
struct DnsName {
    queries: u64,
    responses: u64,
    answers: u64,
    rcodes: BTreeMap<String, u64>,
    types: BTreeMap<String, u64>,
    addresses: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DnsNameStats {
    pub name: String,
    pub queries: u64,
    pub responses: u64,
    pub answers: u64,
    pub types: BTreeMap<String, u64>,
    pub rcodes: BTreeMap<String, u64>,
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone, Default)]
struct WsSession {
    client: Option<Endpoint>,
    server: Option<Endpoint>,
    messages: [u64; 2],
    frames: [u64; 2],
    bytes: [u64; 2],
    pings: u64,
    pongs: u64,
    close_codes: Vec<u16>,
    deflate: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct WsSessionStats {
    pub stream: u64,
    pub client: Option<Endpoint>,
    pub server: Option<Endpoint>,
    /// Data messages (final frames) client → server and server → client.
    pub messages_to_server: u64,
    pub messages_to_client: u64,
    pub frames: u64,
    pub payload_bytes: u64,
    pub pings: u64,
    pub pongs: u64,
    pub close_codes: Vec<String>,
    pub deflate: bool,
}

/// Name → count, largest first.
pub type Counts = Vec<(String, u64)>;

#[derive(Debug, Clone, Serialize)]
pub struct AppReport {
    pub dns: Vec<DnsNameStats>,
    pub dns_rcodes: Counts,
    pub http_hosts: Counts,
    pub http_methods: Counts,
    pub http_status: Counts,
    pub tls_sni: Counts,
    pub tls_alpn: Counts,
    pub tls_versions: Counts,
    pub tls_ciphers: Counts,
    pub ja3: Counts,
    pub ja3s: Counts,
    pub ja4: Counts,
    pub websocket: Vec<WsSessionStats>,
    /// HTTP polling and WebSocket push, with their cost on the wire.
    pub polling: super::polling::Report,
}

/// Protocols seen at one OSI layer.
#[derive(Debug, Clone, Serialize)]
pub struct OsiGroup {
    pub osi: u8,
    pub protocols: Vec<ProtoShare>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProtoShare {
    pub protocol: &'static str,
    pub packets: u64,
    pub bytes: u64,
    /// Packets carrying this protocol over all packets, 0..=1.
    pub share: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnomalyCount {
    pub kind: &'static str,
    pub protocol: &'static str,
    pub layers: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnomalyReport {
    pub by_kind: Vec<AnomalyCount>,
    pub retransmissions: u64,
    pub out_of_order: u64,
    pub lost_segments: u64,
    pub keep_alives: u64,
    pub missing_bytes: u64,
}

/// One row of the expert table (`tshark -z expert`): items with the same
/// severity, group, protocol and message, counted.
#[derive(Debug, Clone, Serialize)]
pub struct ExpertRow {
    pub severity: &'static str,
    pub group: &'static str,
    pub protocol: String,
    pub summary: String,
    pub count: u64,
}

/// Everything `osidump stats` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub packets: u64,
    pub bytes: u64,
    /// Epoch seconds of the first frame, and the capture's length.
    pub first: f64,
    pub duration: f64,
    pub hierarchy: PhsNode,
    pub layers: Vec<OsiGroup>,
    pub conversations: Vec<ConvTable>,
    pub applications: AppReport,
    pub anomalies: AnomalyReport,
    /// Expert items, most severe first, then in order of first sight.
    pub experts: Vec<ExpertRow>,
    /// Keys turned away by the memory caps, over all tables.
    pub overflow: u64,
}

const CONV_KINDS: [(&str, Osi); 5] = [
    ("eth", Osi::DataLink),
    ("ip", Osi::Network),
    ("ipv6", Osi::Network),
    ("tcp", Osi::Transport),
    ("udp", Osi::Transport),
];

/// The aggregator.
#[derive(Debug, Clone)]
pub struct Stats {
    limits: Limits,
    total: Count,
    first_ns: Option<i128>,
    last_ns: i128,
    nodes: Vec<Node>,
    node_overflow: u64,
    /// Packets and bytes of each (OSI layer, protocol), and the last frame
    /// counted in it (a frame counts once however many layers it has of
    /// the protocol). Few and fixed (protocol names are the dissector's),
    /// so a list searched in place beats a tree of string keys.
    by_osi: Vec<OsiCount>,
    /// Conversations of each of [`CONV_KINDS`], compact (see `convs`),
    /// and the addresses they name.
    convs: [convs::ConvStore; 5],
    addrs: convs::Addrs,
    dns: Capped<String, DnsName>,
    dns_rcodes: Capped<String, u64>,
    http_hosts: Capped<String, u64>,
    http_methods: Capped<String, u64>,
    http_status: Capped<String, u64>,
    tls_sni: Capped<String, u64>,
    tls_alpn: Capped<String, u64>,
    tls_versions: Capped<String, u64>,
    tls_ciphers: Capped<String, u64>,
    ja3: Capped<String, u64>,
    ja3s: Capped<String, u64>,
    ja4: Capped<String, u64>,
    ws: Capped<u64, WsSession>,
    polling: super::polling::Polling,
    /// What the tables may hold together (see `flow::budget`).
    budget: Budget,
    anomalies: BTreeMap<(&'static str, &'static str), u64>,
    /// Expert items by severity, group, protocol and message: count and
    /// order of first sight.
    experts: Capped<ExpertKey, (u64, u64)>,
    retrans: u64,
    ooo: u64,
    lost: u64,
    keepalive: u64,
    missing_bytes: u64,
}

impl Default for Stats {
    fn default() -> Self {
        Stats::new(Limits::default())
    }
}

/// Per-frame facts the application tables share.
struct FrameCtx {
    stream: u64,
    flow: Option<super::Flow>,
}

impl Stats {
    pub fn new(limits: Limits) -> Self {
        let k = limits.max_keys;
        Stats {
            limits,
            total: Count::default(),
            first_ns: None,
            last_ns: 0,
            nodes: vec![Node {
                protocol: "frame",
                osi: Osi::Physical,
                count: Count::default(),
                children: Vec::new(),
            }],
            node_overflow: 0,
            by_osi: Vec::new(),
            convs: std::array::from_fn(|i| convs::ConvStore::new(i >= 3, k)),
            addrs: convs::Addrs::default(),
            dns: Capped::new(k),
            dns_rcodes: Capped::new(k),
            http_hosts: Capped::new(k),
            http_methods: Capped::new(k),
            http_status: Capped::new(k),
            tls_sni: Capped::new(k),
            tls_alpn: Capped::new(k),
            tls_versions: Capped::new(k),
            tls_ciphers: Capped::new(k),
            ja3: Capped::new(k),
            ja3s: Capped::new(k),
            ja4: Capped::new(k),
            ws: Capped::new(k),
            polling: super::polling::Polling::new(),
            budget: Budget::new(STATS_BUDGET),
            anomalies: BTreeMap::new(),
            experts: Capped::new(k),
            retrans: 0,
            ooo: 0,
            lost: 0,
            keepalive: 0,
            missing_bytes: 0,
        }
    }

    /// Count one frame.
    /// The most the tables held at once (bytes charged to their budget).
    pub fn memory_peak(&self) -> usize {
        self.budget.peak()
    }

    pub fn add(&mut self, d: &Dissection<'_>) {
        let meta = frame_meta(d);
        self.total.add(meta.len);
        if self.first_ns.is_none_or(|f| meta.ts_ns < f) {
            self.first_ns = Some(meta.ts_ns);
        }
        self.last_ns = self.last_ns.max(meta.ts_ns);
        self.hierarchy(d, meta.len);
        self.osi_groups(d, meta.len);
        self.conversations(d, &meta);
        self.polling.add(d);
        // What the WebSocket layers of the frame share, found once (a
        // frame can complete thousands of messages) and only when there is
        // one.
        let mut ctx: Option<FrameCtx> = None;
        let quoted = d.quoted_start().unwrap_or(usize::MAX);
        for (i, l) in d.layers.iter().enumerate() {
            self.application(&mut ctx, d, l);
            self.anomaly(l, i >= quoted);
        }
    }

    fn frame_ctx(d: &Dissection<'_>) -> FrameCtx {
        FrameCtx {
            stream: d
                .layer("tcp")
                .and_then(|t| t.get_uint(f::tcp::STREAM))
                .unwrap_or(u64::MAX),
            flow: super::flow(own_layers(d)),
        }
    }

    /// The protocols of a frame as tshark's hierarchy sees them.
    pub fn phs_path<'d>(d: &'d Dissection<'_>) -> impl Iterator<Item = &'d Layer<'d>> {
        let mut last: Option<&'static str> = None;
        own_layers(d).iter().skip(1).filter(move |l| {
            if matches!(l.protocol, "session" | "communityid") || held_for_reassembly(l) {
                return false;
            }
            // tshark's NFLOG adds its tree item only when something asks
            // for an NFLOG field: the hierarchy tap does not, and its
            // `-z io,phs` starts at the packet inside (ip, ipv6).
            if l.protocol == "nflog" {
                return false;
            }
            // A mail's multipart is under the message's item in tshark's
            // tree (IMF hands its own subtree to the media dissectors):
            // not a node of the hierarchy, unlike an HTTP body's.
            if l.protocol == "mime_multipart" && last == Some("imf") {
                return false;
            }
            // Several records of one protocol in a frame (TLS records,
            // DNS messages over TCP) are one protocol item in tshark; each
            // BGP message is an item of its own.
            let repeated = l.osi >= Osi::Session
                && l.protocol != "bgp"
                && last.is_some_and(|p| same(p, l.protocol));
            last = Some(l.protocol);
            !repeated
        })
    }

    fn hierarchy(&mut self, d: &Dissection<'_>, len: u64) {
        self.nodes[0].count.add(len);
        let mut at = 0;
        // tshark's hierarchy takes every item at the top of the tree for a
        // protocol nested in the one before: FTP's items beside its own
        // (the working directory, the data connection's links) are nodes,
        // and FTP-DATA's text lines after them.
        let names = Self::phs_path(d).flat_map(|l| {
            // Only FTP's and FTP-DATA's layers hold those items: the
            // others' fields need no walk (every field of every frame was
            // compared with each item, some 900 instructions a frame).
            let ftp = matches!(l.protocol, "ftp" | "ftp-data");
            let fields: &[crate::dissect::Field<'_>] = if ftp { &l.fields } else { &[] };
            let beside = fields
                .iter()
                .filter(|f| {
                    crate::dissect::app::ftp::fields::BESIDE_TREE
                        .iter()
                        .any(|b| std::ptr::eq(*b, f.def))
                })
                .map(|f| f.def.name);
            let text = (ftp && l.has(crate::dissect::fields::ftp_data::OSIDUMP_TEXT))
                .then_some("data-text-lines");
            std::iter::once(l.protocol)
                .chain(beside)
                .chain(text)
                .map(move |p| (p, l.osi))
        });
        for (protocol, osi) in names {
            let found = self.nodes[at]
                .children
                .iter()
                .copied()
                .find(|&c| same(self.nodes[c].protocol, protocol));
            let child = match found {
                Some(c) => c,
                None if self.nodes.len() < self.limits.max_nodes => {
                    self.nodes.push(Node {
                        protocol,
                        osi,
                        count: Count::default(),
                        children: Vec::new(),
                    });
                    let c = self.nodes.len() - 1;
                    self.nodes[at].children.push(c);
                    c
                }
                None => {
                    self.node_overflow += 1;
                    return;
                }
            };
            self.nodes[child].count.add(len);
            at = child;
        }
    }

    fn osi_groups(&mut self, d: &Dissection<'_>, len: u64) {
        let frame = self.total.packets;
        for l in &d.layers {
            // The Community ID labels a flow: no protocol of its own.
            if l.protocol == "communityid" || held_for_reassembly(l) {
                continue;
            }
            let row = match self
                .by_osi
                .iter()
                .position(|r| r.osi == l.osi && same(r.protocol, l.protocol))
            {
                Some(i) => &mut self.by_osi[i],
                None => {
                    self.by_osi.push(OsiCount {
                        osi: l.osi,
                        protocol: l.protocol,
                        count: Count::default(),
                        frame: 0,
                    });
                    self.by_osi.last_mut().expect("just pushed")
                }
            };
            if row.frame != frame {
                row.frame = frame;
                row.count.add(len);
            }
        }
    }

    fn conversations(&mut self, d: &Dissection<'_>, meta: &FrameMeta) {
        // Every layer of each kind is a conversation of its own, as tshark's
        // taps see each header (a tunnel's outer and inner Ethernet, IP and
        // UDP); TCP and UDP ports pair with the addresses of the IP header
        // before them. Each is counted as its layer is met (no list made).
        let host = |addr| Endpoint { addr, port: None };
        let mut net_eps = None;
        for l in own_layers(d) {
            let (kind, pair, stream) = match l.protocol {
                "eth" => (
                    0,
                    (|| {
                        Some((
                            host(super::addr_field(l, f::eth::SRC)?),
                            host(super::addr_field(l, f::eth::DST)?),
                        ))
                    })(),
                    None,
                ),
                "ip" | "ipv6" => {
                    let (s, d, kind) = if l.protocol == "ip" {
                        (f::ip::SRC, f::ip::DST, 1)
                    } else {
                        (f::ipv6::SRC, f::ipv6::DST, 2)
                    };
                    let eps = (|| Some((super::addr_field(l, s)?, super::addr_field(l, d)?)))();
                    if eps.is_some() {
                        net_eps = eps;
                    }
                    (kind, eps.map(|(s, d)| (host(s), host(d))), None)
                }
                "tcp" | "udp" => {
                    let (sport, dport, stream, kind) = if l.protocol == "tcp" {
                        (f::tcp::SRCPORT, f::tcp::DSTPORT, f::tcp::STREAM, 3)
                    } else {
                        (f::udp::SRCPORT, f::udp::DSTPORT, f::udp::STREAM, 4)
                    };
                    let pair = (|| {
                        let (s, d) = net_eps?;
                        let sp = l.get_uint(sport)? as u16;
                        let dp = l.get_uint(dport)? as u16;
                        Some((
                            Endpoint {
                                addr: s,
                                port: Some(sp),
                            },
                            Endpoint {
                                addr: d,
                                port: Some(dp),
                            },
                        ))
                    })();
                    (kind, pair, l.get_uint(stream))
                }
                _ => continue,
            };
            if let Some((src, dst)) = pair {
                self.convs[kind].add(
                    &mut self.addrs,
                    src,
                    dst,
                    meta.ts_ns,
                    meta.len,
                    stream,
                    &mut self.budget,
                );
            }
        }
    }

    fn application(&mut self, ctx: &mut Option<FrameCtx>, d: &Dissection<'_>, l: &Layer<'_>) {
        match l.protocol {
            "dns" | "mdns" | "llmnr" => self.dns(l),
            "http" => {
                if l.get(f::http::REQUEST).is_some() || l.get(f::http::REQUEST_METHOD).is_some() {
                    if let Some(h) = l.get_str(f::http::HOST) {
                        self.http_hosts.bump(h.to_string(), &mut self.budget);
                    }
                    if let Some(m) = l.get_str(f::http::REQUEST_METHOD) {
                        self.http_methods.bump(m.to_string(), &mut self.budget);
                    }
                }
                if let Some(code) = l.get_uint(f::http::RESPONSE_CODE) {
                    let phrase = l.get_str(f::http::RESPONSE_PHRASE).unwrap_or("");
                    self.http_status.bump(
                        format!("{code} {phrase}").trim().to_string(),
                        &mut self.budget,
                    );
                }
            }
            "tls" => self.tls(l),
            "websocket" => {
                let ctx = ctx.get_or_insert_with(|| Self::frame_ctx(d));
                let flow = ctx.flow;
                let Some(s) = self.ws.get(ctx.stream, &mut self.budget) else {
                    return;
                };
                // Clients mask every frame (RFC 6455 5.1): the mask bit
                // tells the direction.
                let to_server = l.get_uint(f::websocket::MASK) == Some(1);
                let dir = usize::from(!to_server);
                if let Some(f) = flow
                    && let Some((_, sp, dp)) = f.l4
                    && s.client.is_none()
                {
                    let (c, sv) = if to_server {
                        ((f.src, sp), (f.dst, dp))
                    } else {
                        ((f.dst, dp), (f.src, sp))
                    };
                    s.client = Some(Endpoint {
                        addr: c.0,
                        port: Some(c.1),
                    });
                    s.server = Some(Endpoint {
                        addr: sv.0,
                        port: Some(sv.1),
                    });
                }
                let op = l.get_uint(f::websocket::OPCODE).unwrap_or(0);
                s.frames[dir] += 1;
                s.bytes[dir] += l.get_uint(f::websocket::PAYLOAD_LENGTH).unwrap_or(0);
                if l.get_uint(f::websocket::RSV).is_some_and(|r| r & 4 != 0) {
                    s.deflate = true;
                }
                let fin = l.get_uint(f::websocket::FIN) == Some(1);
                match op {
                    0..=2 if fin => s.messages[dir] += 1,
                    8 => {
                        if let Some(c) = l.get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE)
                            && s.close_codes.len() < 4
                        {
                            s.close_codes.push(c as u16);
                        }
                    }
                    9 => s.pings += 1,
                    10 => s.pongs += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn dns(&mut self, l: &Layer<'_>) {
        let response = l.get_uint(f::dns::FLAGS_RESPONSE) == Some(1);
        let rcode = l.get_uint(f::dns::FLAGS_RCODE);
        let answers = l.get_uint(f::dns::COUNT_ANSWERS).unwrap_or(0);
        let qtype = l.get_uint(f::dns::QRY_TYPE);
        if response && let Some(r) = rcode {
            self.dns_rcodes.bump(rcode_label(r), &mut self.budget);
        }
        let Some(name) = l.get_str(f::dns::QRY_NAME) else {
            return;
        };
        let name = if name.is_empty() { "<Root>" } else { name };
        let Some(e) = self.dns.get(name.to_string(), &mut self.budget) else {
            return;
        };
        if response {
            e.responses += 1;
            e.answers += answers;
            if let Some(r) = rcode {
                *e.rcodes.entry(rcode_label(r)).or_default() += 1;
            }
            for a in l
                .fields
                .iter()
                .filter(|f| std::ptr::eq(f.def, f::dns::A) || std::ptr::eq(f.def, f::dns::AAAA))
            {
                let s = a.value.to_string();
                if e.addresses.len() < 8 && !e.addresses.contains(&s) {
                    e.addresses.push(s);
                }
            }
        } else {
            e.queries += 1;
            if let Some(t) = qtype {
                let t = dns::type_name(t as u16)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("TYPE{t}"));
                if e.types.len() < 32 {
                    *e.types.entry(t).or_default() += 1;
                }
            }
        }
    }

    fn tls(&mut self, l: &Layer<'_>) {
        match l.get_uint(f::tls::HANDSHAKE_TYPE) {
            Some(1) => {
                for s in strs(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME) {
                    self.tls_sni.bump(s.to_string(), &mut self.budget);
                }
                for s in strs(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR) {
                    self.tls_alpn.bump(s.to_string(), &mut self.budget);
                }
                if let Some(j) = l.get_str(f::tls::HANDSHAKE_JA3) {
                    self.ja3.bump(j.to_string(), &mut self.budget);
                }
                if let Some(j) = l.get_str(f::tls::HANDSHAKE_JA4) {
                    self.ja4.bump(j.to_string(), &mut self.budget);
                }
            }
            Some(2) => {
                let v = uints(l, f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION)
                    .next()
                    .or_else(|| l.get_uint(f::tls::HANDSHAKE_VERSION));
                if let Some(v) = v {
                    let name = tls::version_name(v as u16)
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("0x{v:04x}"));
                    self.tls_versions.bump(name, &mut self.budget);
                }
                if let Some(c) = l.get_uint(f::tls::HANDSHAKE_CIPHERSUITE) {
                    let name = tls::cipher_suite_name(c as u16)
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("0x{c:04x}"));
                    self.tls_ciphers.bump(name, &mut self.budget);
                }
                if let Some(j) = l.get_str(f::tls::HANDSHAKE_JA3S) {
                    self.ja3s.bump(j.to_string(), &mut self.budget);
                }
            }
            _ => {}
        }
    }

    /// A layer's anomalies and expert items; `quoted`: it is inside an
    /// ICMP error's quote, whose items tshark shows in the tree but leaves
    /// out of its expert table (the expert tap skips error packets).
    fn anomaly(&mut self, l: &Layer<'_>, quoted: bool) {
        let mut kinds: Vec<AnomalyKind> = Vec::new();
        for a in &l.anomalies {
            if !kinds.contains(&a.kind) {
                kinds.push(a.kind);
            }
            if a.kind == AnomalyKind::Missing {
                let n: String = a.reason.chars().take_while(char::is_ascii_digit).collect();
                self.missing_bytes += n.parse::<u64>().unwrap_or(0);
            }
        }
        for k in kinds {
            *self.anomalies.entry((k.as_str(), l.protocol)).or_default() += 1;
        }
        // Most layers have no expert item: a look for the item's first
        // field is cheaper than gathering none.
        let expert = crate::dissect::expert::fields::ws::EXPERT;
        if quoted || !l.fields.iter().any(|fl| std::ptr::eq(fl.def, expert)) {
            return self.tcp_flags(l);
        }
        for it in crate::dissect::expert::items(l) {
            // tshark counts NOPs only when it builds the option tree, which
            // `-z expert` does not: its table never has "4 NOP in a row".
            // Nor "Trailing stray characters": proto.c looks for them only
            // when it builds a string item in a tree.
            if matches!(it.field, "tcp.nop" | "_ws.string.trailing_stray_characters") {
                continue;
            }
            let key = (
                it.severity,
                it.group,
                crate::dissect::names::protocol_short_name(it.protocol),
                it.message.to_string(),
            );
            let next = self.experts.map.len() as u64;
            if let Some(e) = self.experts.get(key, &mut self.budget) {
                if e.0 == 0 {
                    e.1 = next;
                }
                e.0 += 1;
            }
        }
        self.tcp_flags(l);
    }

    /// TCP's analysis flags, counted.
    fn tcp_flags(&mut self, l: &Layer<'_>) {
        if l.protocol == "tcp" {
            // One pass over the fields for the four flags.
            let (mut retrans, mut ooo, mut lost, mut keepalive) = (false, false, false, false);
            for fl in &l.fields {
                let def: &'static FieldDef = fl.def;
                retrans |= std::ptr::eq(def, f::tcp::ANALYSIS_RETRANSMISSION);
                ooo |= std::ptr::eq(def, f::tcp::ANALYSIS_OUT_OF_ORDER);
                lost |= std::ptr::eq(def, f::tcp::ANALYSIS_LOST_SEGMENT);
                keepalive |= std::ptr::eq(def, f::tcp::ANALYSIS_KEEP_ALIVE);
            }
            self.retrans += u64::from(retrans);
            self.ooo += u64::from(ooo);
            self.lost += u64::from(lost);
            self.keepalive += u64::from(keepalive);
        }
    }

    /// Sorted, trimmed to `top` rows per table (`None`: all).
    pub fn report(&self, sort: SortKey, top: Option<usize>) -> Report {
        let first = self.first_ns.unwrap_or(0);
        let secs = |ns: i128| ns as f64 / 1e9;
        let top_n = top.unwrap_or(usize::MAX);
        let counts = |m: &Capped<String, u64>| -> Counts { sorted_counts(m, top_n) };

        let conversations = CONV_KINDS
            .iter()
            .zip(&self.convs)
            .filter(|(_, t)| !t.is_empty())
            .map(|((kind, osi), t)| {
                // Sorted as ids and only the rows shown made: the table is
                // the largest thing `stats` holds.
                t.report(&self.addrs, (kind, osi.number()), sort, top_n, first)
            })
            .collect();

        let mut dns_names: Vec<(&String, &DnsName)> = self.dns.map.iter().collect();
        dns_names.sort_by(|(an, a), (bn, b)| {
            (b.queries + b.responses)
                .cmp(&(a.queries + a.responses))
                .then(an.cmp(bn))
        });
        let dns_rows: Vec<DnsNameStats> = dns_names
            .into_iter()
            .take(top_n)
            .map(|(name, e)| DnsNameStats {
                name: name.clone(),
                queries: e.queries,
                responses: e.responses,
                answers: e.answers,
                types: e.types.clone(),
                rcodes: e.rcodes.clone(),
                addresses: e.addresses.clone(),
            })
            .collect();

        let mut ws: Vec<WsSessionStats> = self
            .ws
            .map
            .iter()
            .map(|(stream, s)| WsSessionStats {
                stream: *stream,
                client: s.client,
                server: s.server,
                messages_to_server: s.messages[0],
                messages_to_client: s.messages[1],
                frames: s.frames[0] + s.frames[1],
                payload_bytes: s.bytes[0] + s.bytes[1],
                pings: s.pings,
                pongs: s.pongs,
                close_codes: s
                    .close_codes
                    .iter()
                    .map(|c| format!("{c} {}", websocket::close_code_name(*c)))
                    .collect(),
                deflate: s.deflate,
            })
            .collect();
        ws.sort_by_key(|w| w.stream);
        ws.truncate(top_n);

        let total = self.total.packets.max(1) as f64;
        let by_osi: BTreeMap<(Osi, &'static str), Count> = self
            .by_osi
            .iter()
            .map(|r| ((r.osi, r.protocol), r.count))
            .collect();
        let layers = Osi::ALL
            .iter()
            .rev()
            .filter_map(|osi| {
                let mut protocols: Vec<ProtoShare> = by_osi
                    .range((*osi, "")..)
                    .take_while(|((o, _), _)| o == osi)
                    .map(|((_, p), c)| ProtoShare {
                        protocol: p,
                        packets: c.packets,
                        bytes: c.bytes,
                        share: c.packets as f64 / total,
                    })
                    .collect();
                protocols
                    .sort_by(|a, b| b.packets.cmp(&a.packets).then(a.protocol.cmp(b.protocol)));
                (!protocols.is_empty()).then(|| OsiGroup {
                    osi: osi.number(),
                    protocols,
                })
            })
            .collect();

        let overflow = self.convs.iter().map(|c| c.overflow).sum::<u64>()
            + self.dns.overflow
            + self.experts.overflow
            + self.ws.overflow
            + self.node_overflow
            + [
                &self.dns_rcodes,
                &self.http_hosts,
                &self.http_methods,
                &self.http_status,
                &self.tls_sni,
                &self.tls_alpn,
                &self.tls_versions,
                &self.tls_ciphers,
                &self.ja3,
                &self.ja3s,
                &self.ja4,
            ]
            .iter()
            .map(|m| m.overflow)
            .sum::<u64>();

        Report {
            packets: self.total.packets,
            bytes: self.total.bytes,
            first: secs(first),
            duration: secs(self.last_ns - first),
            hierarchy: self.phs_node(0),
            layers,
            conversations,
            applications: AppReport {
                dns: dns_rows,
                dns_rcodes: counts(&self.dns_rcodes),
                http_hosts: counts(&self.http_hosts),
                http_methods: counts(&self.http_methods),
                http_status: counts(&self.http_status),
                tls_sni: counts(&self.tls_sni),
                tls_alpn: counts(&self.tls_alpn),
                tls_versions: counts(&self.tls_versions),
                tls_ciphers: counts(&self.tls_ciphers),
                ja3: counts(&self.ja3),
                ja3s: counts(&self.ja3s),
                ja4: counts(&self.ja4),
                websocket: ws,
                polling: self.polling.report(first),
            },
            experts: self.expert_rows(),
            anomalies: AnomalyReport {
                by_kind: self
                    .anomalies
                    .iter()
                    .map(|((kind, protocol), n)| AnomalyCount {
                        kind,
                        protocol,
                        layers: *n,
                    })
                    .collect(),
                retransmissions: self.retrans,
                out_of_order: self.ooo,
                lost_segments: self.lost,
                keep_alives: self.keepalive,
                missing_bytes: self.missing_bytes,
            },
            overflow,
        }
    }

    fn expert_rows(&self) -> Vec<ExpertRow> {
        let mut rows: Vec<(u64, u64, ExpertRow)> = self
            .experts
            .map
            .iter()
            .map(|((sev, group, protocol, summary), &(count, order))| {
                let (sev, group) = (*sev, *group);
                let protocol = protocol.to_string();
                let summary = summary.clone();
                let severity = crate::dissect::expert::Severity::from_value(sev)
                    .map_or("Unknown", |s| s.name());
                let group = crate::dissect::expert::group_name(group);
                (
                    sev,
                    order,
                    ExpertRow {
                        severity,
                        group,
                        protocol,
                        summary,
                        count,
                    },
                )
            })
            .collect();
        rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        rows.into_iter().map(|(_, _, r)| r).collect()
    }

    fn phs_node(&self, i: usize) -> PhsNode {
        let n = &self.nodes[i];
        PhsNode {
            protocol: n.protocol,
            osi: n.osi.number(),
            packets: n.count.packets,
            bytes: n.count.bytes,
            children: n.children.iter().map(|&c| self.phs_node(c)).collect(),
        }
    }
}

/// One (OSI layer, protocol) row of the layer table being counted.
#[derive(Debug, Clone)]
struct OsiCount {
    osi: Osi,
    protocol: &'static str,
    count: Count,
    /// The last frame counted (`Stats::total.packets` then).
    frame: u64,
}

/// Two protocol names alike: the same static string is the common case.
fn same(a: &'static str, b: &'static str) -> bool {
    std::ptr::eq(a, b) || a == b
}

/// A payload waiting for reassembly (`osidump.reassembly`, a field of the
/// `data` protocol): counted by neither the hierarchy nor the layer table,
/// as tshark lists no payload for it.
fn held_for_reassembly(l: &Layer<'_>) -> bool {
    l.protocol == "data" && l.get(f::data::OSIDUMP_REASSEMBLY).is_some()
}

fn rcode_label(r: u64) -> String {
    dns::rcode_name(r as u16)
        .map(str::to_string)
        .unwrap_or_else(|| format!("RCODE{r}"))
}

/// Addresses in a conversation table are compared as typed values; this
/// turns a table row's endpoint back into text for goldens and JSON.
pub fn endpoint_text(e: &Endpoint) -> String {
    match (e.addr, e.port) {
        (Addr::V6(_), Some(p)) => format!("{}:{p}", e.addr),
        _ => e.to_string(),
    }
}
