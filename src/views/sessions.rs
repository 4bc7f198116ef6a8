//! `osidump sessions`: every conversation's life as the seed tells it —
//! dial, answer, talk, hang up — and for a web visit the whole chain, grouped
//! by client: DNS lookup → TCP handshake → TLS handshake → HTTP exchanges or
//! a WebSocket session → close.
//!
//! [`Sessions::add`] reads each dissection (the TCP session layer's phase,
//! the DNS / TLS / HTTP / WebSocket layers) and keeps a small record per
//! conversation (capped: [`MAX_CONVERSATIONS`], [`MAX_STEPS`] exchanges
//! each; when full, the conversation that finished first makes room for a
//! new one, and with none finished the new one is refused — both counted in
//! [`Report::dropped`]); [`Sessions::report`] turns the records into timed
//! steps. Each capture fed in is its own (see [`Sessions::next_capture`]:
//! stream numbers start again). A client
//! is a host: its IPv4 and IPv6 addresses are joined by the MAC address
//! they are sent from, when the capture has one.
//!
//! Below the conversations, L3 steps: address resolution on the link (ARP,
//! NDP: [`link`]) belongs to the host that asked, pings to the host that
//! sent them, and an ICMP error to the conversation of the datagram it
//! quotes ([`icmp`]): a DNS query answered by "port unreachable" says so
//! instead of "no answer".
//!
//! The TCP header is L4, the connection's state is L5: the dial and
//! hang-up steps of TCP are tagged L5 Session, as the dissection tree tags
//! the handshake; QUIC's dial and hang-up likewise (its handshake is the
//! session being set up, whatever layer its header sits at).

mod icmp;
mod link;
pub mod words;

pub use icmp::{MAX_ERRORS, MAX_ORPHANS, MAX_PENDING, MAX_PINGS};
pub use link::MAX_RESOLUTIONS;

use super::i18n::Lang;
use super::polling::{self, Poll, Polling, Push};
use super::{Addr, Endpoint, addr_field, frame_meta, human_bytes, human_duration, own_layers};
use crate::dissect::app::{dns, tls, websocket};
use crate::dissect::event::Event;
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::{AnomalyKind, Dissection, Layer, Osi, Value};
use crate::flow::budget::{Budget, VIEW_BUDGET};
use crate::flow::table_bytes;
use crate::flow::tcp::Phase;
use foldhash::HashMap;
use serde::Serialize;
use std::collections::VecDeque;

/// Conversations remembered at once. Past it, finished conversations
/// (closed by FIN from both sides or RST, DNS answered) are dropped oldest
/// finished first to make room; with none finished, new ones are refused.
/// Either way they are counted, not shown.
pub const MAX_CONVERSATIONS: usize = 100_000;
/// HTTP exchanges / DNS messages kept per conversation.
pub const MAX_STEPS: usize = 64;
/// Characters of a DNS answer kept (JSON shows them whole up to this,
/// then marks the cut with the whole length).
pub const MAX_ANSWER_CHARS: usize = 4096;
/// Characters of a DNS lookup's answers the text view shows before
/// cutting them (with their whole length); JSON has them whole.
pub const SHOWN_ANSWER_CHARS: usize = 80;

#[derive(Debug, Clone, Default)]
struct HttpExchange {
    req_ns: i128,
    method: String,
    uri: String,
    /// HTTP/2: the stream the request went on (responses pair by it).
    stream: Option<u64>,
    /// `HTTP/3` for requests over QUIC (else by `stream`: HTTP/2 or HTTP).
    h3: bool,
    resp_ns: Option<i128>,
    status: Option<(u64, String)>,
    body: Option<u64>,
}

#[derive(Debug, Clone, Default)]
struct TlsInfo {
    hello_ns: i128,
    sni: Option<String>,
    alpn: Vec<String>,
    version: Option<String>,
    cipher: Option<String>,
    server_hello: bool,
    server_hello_ns: Option<i128>,
    done_ns: Option<i128>,
    alert: bool,
}

#[derive(Debug, Clone, Default)]
struct WsInfo {
    upgrade_ns: i128,
    uri: String,
    accepted_ns: Option<i128>,
    messages: [u64; 2],
    bytes: [u64; 2],
    pings: u64,
    first_msg_ns: Option<i128>,
    close: Option<(i128, usize, u16)>,
    deflate: bool,
}

#[derive(Debug, Clone, Default)]
struct DnsLookup {
    q_ns: i128,
    last_ns: i128,
    names: Vec<String>,
    types: Vec<String>,
    /// Each answer (at most [`MAX_ANSWER_CHARS`] of it) and its length in
    /// characters.
    answers: Vec<(String, usize)>,
    /// Answers of the first reply past the eight kept.
    more_answers: u64,
    rcode: Option<String>,
    queries: u64,
    responses: u64,
    /// A reply with the TC bit: when.
    tc_ns: Option<i128>,
    /// A reply cut by the snap length or malformed.
    cut: Option<AnomalyKind>,
}

#[derive(Debug, Clone)]
struct Conv {
    /// Order of first sight, across captures.
    seq: u64,
    /// Waiting in [`Sessions::finished`].
    queued: bool,
    tcp: bool,
    stream: u64,
    client: Endpoint,
    server: Endpoint,
    client_mac: Option<[u8; 6]>,
    first_ns: i128,
    last_ns: i128,
    packets: u64,
    bytes: [u64; 2],
    syn: Option<i128>,
    synack: Option<i128>,
    ack: Option<i128>,
    fin: [Option<i128>; 2],
    rst: Option<(i128, usize)>,
    // Each protocol's part is boxed: a conversation has one or two of
    // them, and inline they made every record some 1.3 KB.
    tls: Option<Box<TlsInfo>>,
    http: Vec<HttpExchange>,
    http_dropped: u64,
    ws: Option<Box<WsInfo>>,
    dns: Option<Box<DnsLookup>>,
    quic: Option<Box<QuicInfo>>,
    /// ICMP errors quoting its datagrams.
    icmp: icmp::Errors,
    /// Heap bytes its strings and lists hold, as charged.
    heap: usize,
}

/// A QUIC connection as a call: Initial, Handshake, 1-RTT, close.
#[derive(Debug, Clone, Default)]
struct QuicInfo {
    initial_ns: Option<i128>,
    handshake_ns: Option<i128>,
    one_rtt_ns: Option<i128>,
    version: Option<u64>,
    /// CONNECTION_CLOSE: when, by which side, error code, reason.
    close: Option<(i128, usize, u64, String)>,
}

/// Heap bytes a conversation's strings and lists hold.
fn conv_heap(c: &Conv) -> usize {
    let own = std::mem::size_of::<Conv>() + 16;
    let strings = |v: &[String]| v.iter().map(|s| s.capacity() + 24).sum::<usize>();
    let http: usize = c
        .http
        .iter()
        .map(|h| {
            std::mem::size_of::<HttpExchange>()
                + h.method.capacity()
                + h.uri.capacity()
                + h.status.as_ref().map_or(0, |s| s.1.capacity())
        })
        .sum();
    let tls = c.tls.as_ref().map_or(0, |t| {
        t.sni.as_ref().map_or(0, String::capacity)
            + strings(&t.alpn)
            + t.version.as_ref().map_or(0, String::capacity)
            + t.cipher.as_ref().map_or(0, String::capacity)
    });
    let dns = c.dns.as_ref().map_or(0, |d| {
        strings(&d.names)
            + strings(&d.types)
            + d.answers.iter().map(|a| a.0.capacity() + 32).sum::<usize>()
            + d.rcode.as_ref().map_or(0, String::capacity)
    });
    let ws = c.ws.as_ref().map_or(0, |w| w.uri.capacity());
    let boxed = |present: bool, size: usize| if present { size + 16 } else { 0 };
    let boxes = boxed(c.tls.is_some(), std::mem::size_of::<TlsInfo>())
        + boxed(c.ws.is_some(), std::mem::size_of::<WsInfo>())
        + boxed(c.dns.is_some(), std::mem::size_of::<DnsLookup>())
        + boxed(c.quic.is_some(), std::mem::size_of::<QuicInfo>());
    own + boxes + http + tls + dns + ws + c.icmp.heap() + report_cost(c)
}

/// What a step of the report costs: the [`Step`], its text and its
/// conversation's name, and the list's slack.
const STEP_COST: usize = std::mem::size_of::<Step>() * 3 / 2 + 96 + 32;

/// About what the report will make of a conversation (its steps: dial or
/// lookup and hang up, the TLS handshake, each HTTP exchange, the
/// WebSocket or QUIC session), charged with its record: the report holds
/// the steps of every conversation kept until they are written, so they
/// count against the same budget as the records.
fn report_cost(c: &Conv) -> usize {
    let steps = 2
        + usize::from(c.tls.is_some())
        + c.http.len()
        + 2 * usize::from(c.ws.is_some())
        + 2 * usize::from(c.quic.is_some())
        + c.icmp.list.len();
    steps * STEP_COST
}

/// One line of the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// Seconds since the capture's first frame.
    pub t: f64,
    pub osi: u8,
    /// `DNS`, `TCP`, `TLS`, `HTTP`, `WebSocket`, `UDP`, `QUIC`, `ARP`,
    /// `NDP`, `ICMP`, `ICMPv6`.
    pub protocol: &'static str,
    /// `lookup`, `dial`, `handshake`, `request`, `upgrade`, `messages`,
    /// `close`, `hang up`, `open`, `datagrams`; at L3 `resolve`, `probe`,
    /// `announce` (ARP, NDP), `ping`, `query`, `error` (ICMP).
    pub kind: &'static str,
    /// Nesting under the conversation's transport step (0, 1, 2).
    pub depth: u8,
    /// The whole text (JSON).
    pub text: String,
    /// The text as the text view shows it, when it differs: long DNS
    /// answers cut (see [`Step::shown`]).
    #[serde(skip)]
    pub short: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    /// `tcp 0`, `udp 3`.
    pub conversation: String,
    /// One of many alike polling conversations: the text view shows the
    /// first and folds the rest into the polling summary.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub folded: bool,
}

impl Step {
    /// The text for a reader: long DNS answers cut to
    /// [`SHOWN_ANSWER_CHARS`] with their whole length.
    pub fn shown(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.text)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Client {
    /// Addresses of the client, the one its TCP conversations use first.
    pub addresses: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    pub steps: Vec<Step>,
    /// What it polled, with the numbers behind the polling steps.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub polling: Vec<Poll>,
    /// Its WebSocket sessions' cost.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub websocket: Vec<Push>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub clients: Vec<Client>,
    /// Conversations not shown (over [`MAX_CONVERSATIONS`] or the view's
    /// memory budget): finished ones dropped to make room and new ones
    /// refused, each counted once.
    pub dropped: u64,
    /// Of `dropped`, those the memory budget ([`VIEW_BUDGET`]) turned away
    /// while the table was under the cap.
    #[serde(skip_serializing_if = "is_zero")]
    pub dropped_over_budget: u64,
    /// ARP, NDP and ICMP messages not shown: those of questions over
    /// [`MAX_RESOLUTIONS`], pings over [`MAX_PINGS`] and ICMP errors of no
    /// conversation over [`MAX_ORPHANS`], or past the view's memory
    /// budget. Counted per message: telling a repeat of a question not
    /// kept from a new one would need the memory the cap saves.
    pub dropped_l3: u64,
    /// HTTP polling and WebSocket sessions with what each cost.
    pub polling: polling::Report,
}

/// A client while the report is built: its MAC, addresses and steps.
type Group = (Option<[u8; 6]>, Vec<Addr>, Vec<Step>);

/// A conversation: (capture, TCP?, stream number).
type Key = (u32, bool, u64);

/// The aggregator.
#[derive(Debug)]
pub struct Sessions {
    first_ns: Option<i128>,
    /// Hashed with foldhash, as the flow tables are: looked up on every
    /// frame, where SipHash took some 250 instructions a look-up (the
    /// report sorts the conversations; no order comes from the map).
    convs: foldhash::HashMap<Key, Box<Conv>>,
    cap: usize,
    /// Which capture is being read (stream numbers restart in each).
    capture: u32,
    /// Per capture, the lowest UDP / TCP stream number not seen yet: stream
    /// numbers are handed out in order of first sight, so a lower one not
    /// in `convs` was dropped or refused, and is not counted again.
    unseen: [u64; 2],
    /// Finished conversations, in the order they finished (checked again
    /// when taken: a DNS conversation may be asked again).
    finished: VecDeque<Key>,
    seq: u64,
    dropped: u64,
    /// Of `dropped`, those dropped for the budget while under the cap.
    dropped_over_budget: u64,
    /// What the conversations may hold together (see `flow::budget`).
    budget: Budget,
    /// Polling and push, and their cost on the wire.
    polling: Polling,
    /// ARP and NDP questions.
    link: link::Neighbours,
    /// Pings and ICMP errors of no conversation.
    icmp: icmp::Icmp,
    /// TCP conversations by (capture, client, server): a quoted TCP
    /// header has no stream number.
    tcp_index: foldhash::HashMap<(u32, Endpoint, Endpoint), u64>,
}

impl Default for Sessions {
    fn default() -> Self {
        Self::with_cap(MAX_CONVERSATIONS)
    }
}

fn is_true(l: &Layer<'_>, name: &'static FieldDef) -> bool {
    matches!(l.get(name), Some(Value::Bool(true))) || l.get_uint(name).is_some_and(|v| v != 0)
}

impl Sessions {
    pub fn new() -> Self {
        Self::default()
    }

    /// Remember at most `cap` conversations at once (at least one).
    pub fn with_cap(cap: usize) -> Self {
        Self {
            first_ns: None,
            convs: Default::default(),
            cap: cap.max(1),
            capture: 0,
            unseen: [0, 0],
            finished: VecDeque::new(),
            seq: 0,
            dropped: 0,
            dropped_over_budget: 0,
            budget: Budget::new(VIEW_BUDGET),
            polling: Polling::new(),
            link: link::Neighbours::default(),
            icmp: icmp::Icmp::default(),
            tcp_index: Default::default(),
        }
    }

    /// The most the conversations held at once (bytes charged).
    pub fn memory_peak(&self) -> usize {
        self.budget.peak()
    }

    /// Conversations remembered now (at most the cap).
    pub fn conversations(&self) -> usize {
        self.convs.len()
    }

    /// L3 records remembered now: ARP/NDP questions, pings and ICMP errors
    /// of no conversation (each table at most its cap).
    pub fn l3_records(&self) -> usize {
        self.link.len() + self.icmp.len()
    }

    /// The next packets come from another capture file, whose stream
    /// numbers start again: its conversations are its own.
    pub fn next_capture(&mut self) {
        // The same rule as `Polling::next_capture`, so both number
        // captures alike.
        if self.polling.seen() {
            self.capture += 1;
            self.unseen = [0, 0];
        }
        self.polling.next_capture();
    }

    /// Make room for a new conversation: drop the one that finished first.
    /// False when none has finished.
    fn evict_finished(&mut self) -> bool {
        while let Some(k) = self.finished.pop_front() {
            let Some(c) = self.convs.get_mut(&k) else {
                continue;
            };
            if finished(c) {
                let heap = c.heap;
                if c.tcp {
                    self.tcp_index.remove(&(k.0, c.client, c.server));
                }
                self.convs.remove(&k);
                self.budget.credit(heap);
                self.dropped += 1;
                return true;
            }
            // Talking again (a DNS conversation asked anew): queued again
            // when it finishes.
            c.queued = false;
        }
        false
    }

    pub fn add(&mut self, d: &Dissection<'_>) {
        let meta = frame_meta(d);
        let ts = meta.ts_ns;
        if self.first_ns.is_none_or(|f| ts < f) {
            self.first_ns = Some(ts);
        }
        self.polling.add(d);
        let layers = own_layers(d);
        if self.add_l3(d, layers, ts) {
            return;
        }
        let Some(flow) = super::flow(layers) else {
            return;
        };
        let Some((proto, sport, dport)) = flow.l4 else {
            return;
        };
        let tcp = proto == "tcp";
        let Some(l4) = layers.iter().find(|l| l.protocol == proto) else {
            return;
        };
        let Some(stream) = l4.get_uint(if tcp { f::tcp::STREAM } else { f::udp::STREAM }) else {
            return;
        };
        let has_dns = layers
            .iter()
            .any(|l| matches!(l.protocol, "dns" | "mdns" | "llmnr"));
        let key = (self.capture, tcp, stream);
        let src = Endpoint {
            addr: flow.src,
            port: Some(sport),
        };
        let dst = Endpoint {
            addr: flow.dst,
            port: Some(dport),
        };
        let mac = layers
            .iter()
            .find(|l| l.protocol == "eth")
            .and_then(|l| addr_field(l, f::eth::SRC));
        if !self.convs.contains_key(&key) {
            let unseen = &mut self.unseen[usize::from(tcp)];
            let new = stream >= *unseen;
            *unseen = (*unseen).max(stream.saturating_add(1));
            let over_cap = self.convs.len() >= self.cap;
            if over_cap || self.budget.is_over() {
                // A conversation dropped or refused before stays out (and
                // is counted once); a new one needs a finished one's place.
                let before = self.dropped;
                let refused = !new || !self.evict_finished();
                if refused && new {
                    self.dropped += 1;
                }
                if !over_cap {
                    self.dropped_over_budget += self.dropped - before;
                }
                if refused {
                    return;
                }
            }
            // The client is who sent the SYN, or else the first packet —
            // except a DNS response seen first: its receiver asked.
            let syn_ack = tcp && is_true(l4, f::tcp::FLAGS_SYN) && is_true(l4, f::tcp::FLAGS_ACK);
            let dns_resp = has_dns
                && layers
                    .iter()
                    .any(|l| l.protocol == "dns" && is_true(l, f::dns::FLAGS_RESPONSE));
            let swap = syn_ack || dns_resp;
            let (client, server) = if swap { (dst, src) } else { (src, dst) };
            self.seq += 1;
            let was = table_bytes::<(Key, Box<Conv>)>(self.convs.len());
            self.budget
                .resize(was, table_bytes::<(Key, Box<Conv>)>(self.convs.len() + 1));
            self.convs.insert(
                key,
                Box::new(Conv {
                    seq: self.seq,
                    queued: false,
                    tcp,
                    stream,
                    client,
                    server,
                    client_mac: None,
                    first_ns: ts,
                    last_ns: ts,
                    packets: 0,
                    bytes: [0, 0],
                    syn: None,
                    synack: None,
                    ack: None,
                    fin: [None, None],
                    rst: None,
                    tls: None,
                    http: Vec::new(),
                    http_dropped: 0,
                    ws: None,
                    dns: None,
                    quic: None,
                    icmp: icmp::Errors::default(),
                    heap: 0,
                }),
            );
            if tcp {
                let was = table_bytes::<((u32, Endpoint, Endpoint), u64)>(self.tcp_index.len());
                self.tcp_index
                    .insert((self.capture, client, server), stream);
                self.budget.resize(
                    was,
                    table_bytes::<((u32, Endpoint, Endpoint), u64)>(self.tcp_index.len()),
                );
            }
        }
        let Some(c) = self.convs.get_mut(&key) else {
            return;
        };
        let dir = usize::from(src != c.client);
        // A source MAC with the group bit is no host's own (some
        // captures are written so): it names no client.
        if dir == 0
            && c.client_mac.is_none()
            && let Some(Addr::Mac(m)) = mac
            && m[0] & 1 == 0
        {
            c.client_mac = Some(m);
        }
        c.packets += 1;
        c.bytes[dir] += meta.len;
        c.last_ns = c.last_ns.max(ts);
        // The call's steps as the TCP tracker defines them (the one
        // definition of the handshake), and the TLS handshake's end as the
        // TLS session logic defines it.
        for e in &d.events {
            match e {
                Event::Tcp(t) if tcp => {
                    match t.phase {
                        Phase::Syn => {
                            c.syn.get_or_insert(ts);
                        }
                        Phase::SynAck => {
                            c.synack.get_or_insert(ts);
                        }
                        Phase::HandshakeAck => {
                            c.ack.get_or_insert(ts);
                        }
                        _ => {}
                    }
                    if t.flags & crate::flow::tcp::FIN != 0 && c.fin[dir].is_none() {
                        c.fin[dir] = Some(ts);
                    }
                    if t.flags & crate::flow::tcp::RST != 0 && c.rst.is_none() {
                        c.rst = Some((ts, dir));
                    }
                }
                Event::TlsHandshakeDone { .. } => {
                    if let Some(t) = c.tls.as_mut() {
                        t.done_ns.get_or_insert(ts);
                    }
                }
                _ => {}
            }
        }
        for l in layers {
            match l.protocol {
                "dns" | "mdns" | "llmnr" => dns_step(c, l, ts),
                "quic" => quic_step(c, l, ts, dir),
                // QUIC: the client's Finished (decrypted) ends the handshake.
                "tls"
                    if c.quic.is_some()
                        && dir == 0
                        && l.all(f::tls::HANDSHAKE_TYPE).any(|v| *v == Value::UInt(20)) =>
                {
                    tls_step(c, l, ts);
                    if let Some(t) = c.tls.as_mut() {
                        t.done_ns.get_or_insert(ts);
                    }
                }
                "tls" => tls_step(c, l, ts),
                "http" => http_step(c, l, ts),
                "http2" => http2_step(c, l, ts),
                "http3" => http3_step(c, l, ts),
                "websocket" => ws_step(c, l, ts, dir),
                _ => {}
            }
        }
        // A DNS server's datagram cut before its DNS header (snap length,
        // or lengths that do not add up): a reply, cut.
        if !tcp
            && dir == 1
            && !has_dns
            && let Some(lk) = c.dns.as_mut()
            && let Some(kind) = cut_kind(layers)
        {
            lk.responses += 1;
            lk.last_ns = lk.last_ns.max(ts);
            lk.cut.get_or_insert(kind);
        }
        // Its strings and lists count against the view's budget.
        let heap = conv_heap(c);
        self.budget.resize(c.heap, heap);
        c.heap = heap;
        if !c.queued && finished(c) {
            c.queued = true;
            self.finished.push_back(key);
        }
    }

    /// ARP, NDP and ICMP: L3 steps. True when the packet was one of them
    /// (it has no TCP or UDP conversation of its own).
    fn add_l3(&mut self, d: &Dissection<'_>, layers: &[Layer<'_>], ts: i128) -> bool {
        let eth = layers.iter().find(|l| l.protocol == "eth");
        if let Some(arp) = layers.iter().find(|l| l.protocol == "arp") {
            if let Some(m) = link::from_arp(arp, eth) {
                self.link.add(self.capture, ts, m, &mut self.budget);
            }
            return true;
        }
        let Some(msg) = layers
            .last()
            .filter(|l| matches!(l.protocol, "icmp" | "icmpv6"))
        else {
            return false;
        };
        let v6 = msg.protocol == "icmpv6";
        // The IP header the message came in.
        let Some(ip) = layers
            .iter()
            .rev()
            .find(|l| matches!(l.protocol, "ip" | "ipv6"))
        else {
            return true;
        };
        if v6 && matches!(msg.get_uint(f::icmpv6::TYPE), Some(135 | 136)) {
            if let Some(m) = link::from_ndp(msg, ip, eth) {
                self.link.add(self.capture, ts, m, &mut self.budget);
            }
            return true;
        }
        let (src_f, dst_f, count_f, len_f) = if ip.protocol == "ip" {
            (
                f::ip::SRC,
                f::ip::DST,
                f::ip::FRAGMENT_COUNT,
                f::ip::REASSEMBLED_LENGTH,
            )
        } else {
            (
                f::ipv6::SRC,
                f::ipv6::DST,
                f::ipv6::FRAGMENT_COUNT,
                f::ipv6::REASSEMBLED_LENGTH,
            )
        };
        let (Some(src), Some(dst)) = (addr_field(ip, src_f), addr_field(ip, dst_f)) else {
            return true;
        };
        let capture = self.capture;
        let query = |qtype, client, server, ident, seq| icmp::Query {
            capture,
            v6,
            qtype,
            client,
            server,
            ident,
            seq,
        };
        match icmp::classify(msg) {
            icmp::Message::Request { qtype, ident, seq } => {
                let q = query(qtype, src, dst, ident, seq);
                let mac = match eth.and_then(|l| addr_field(l, f::eth::SRC)) {
                    Some(Addr::Mac(m)) if m[0] & 1 == 0 => Some(m),
                    _ => None,
                };
                let frags = ip.get_uint(count_f).zip(ip.get_uint(len_f));
                self.icmp.request(&q, ts, mac, frags, &mut self.budget);
            }
            icmp::Message::Reply { qtype, ident, seq } => {
                let q = query(qtype, dst, src, ident, seq);
                self.icmp.reply(&q, ts, &mut self.budget);
            }
            icmp::Message::Error { itype, code, mtu } => {
                let e = icmp::IcmpError {
                    first_ns: ts,
                    from: src,
                    v6,
                    itype,
                    code,
                    mtu,
                    count: 1,
                };
                self.icmp_error(&d.layers[layers.len()..], e, dst);
            }
            icmp::Message::Other => {}
        }
        true
    }

    /// An ICMP error, sent to `to`, quoting `quoted` (its IP header and
    /// what follows): told in the quoted datagram's conversation or ping
    /// when it is kept, else on its own.
    fn icmp_error(&mut self, quoted: &[Layer<'_>], e: icmp::IcmpError, to: Addr) {
        let capture = self.capture;
        let conversation = icmp::ip_conversation(e.from, to);
        let Some(q) = super::flow(quoted) else {
            // Not even the quoted IP header: the error's receiver sent it.
            let at = |a| Endpoint {
                addr: a,
                port: None,
            };
            let quoted = icmp::Quoted {
                proto: "IP",
                src: at(to),
                dst: at(e.from),
            };
            self.icmp
                .orphan(capture, quoted, e, conversation, &mut self.budget);
            return;
        };
        let at = |a, port| Endpoint { addr: a, port };
        let quoted_msg = quoted
            .iter()
            .find(|l| matches!(l.protocol, "icmp" | "icmpv6"));
        let (proto, src, dst) = match q.l4 {
            Some((proto, sport, dport)) => {
                let (qs, qd) = (at(q.src, Some(sport)), at(q.dst, Some(dport)));
                let key = if proto == "tcp" {
                    self.tcp_index
                        .get(&(capture, qs, qd))
                        .or_else(|| self.tcp_index.get(&(capture, qd, qs)))
                        .map(|&st| (capture, true, st))
                } else {
                    quoted
                        .iter()
                        .find(|l| l.protocol == "udp")
                        .and_then(|l| l.get_uint(f::udp::STREAM))
                        .map(|st| (capture, false, st))
                };
                if let Some(key) = key
                    && let Some(c) = self.convs.get_mut(&key)
                    && ((c.client == qs && c.server == qd) || (c.client == qd && c.server == qs))
                {
                    c.icmp.add(e);
                    let heap = conv_heap(c);
                    self.budget.resize(c.heap, heap);
                    c.heap = heap;
                    if !c.queued && finished(c) {
                        c.queued = true;
                        self.finished.push_back(key);
                    }
                    return;
                }
                let p = if proto == "tcp" { "TCP" } else { "UDP" };
                (p, qs, qd)
            }
            None => {
                if let Some(m) = quoted_msg
                    && let icmp::Message::Request { qtype, ident, seq } = icmp::classify(m)
                {
                    let qq = icmp::Query {
                        capture,
                        v6: m.protocol == "icmpv6",
                        qtype,
                        client: q.src,
                        server: q.dst,
                        ident,
                        seq,
                    };
                    if self.icmp.ping_error(&qq, e, &mut self.budget) {
                        return;
                    }
                }
                let p = match quoted_msg.map(|m| m.protocol) {
                    Some("icmp") => "ICMP",
                    Some(_) => "ICMPv6",
                    None => "IP",
                };
                (p, at(q.src, None), at(q.dst, None))
            }
        };
        let quoted = icmp::Quoted { proto, src, dst };
        self.icmp
            .orphan(capture, quoted, e, conversation, &mut self.budget);
    }

    /// The report in English (JSON, the HTML report).
    pub fn report(&self) -> Report {
        self.report_in(Lang::En)
    }

    /// The report with its steps told in `lang` (the text view).
    pub fn report_in(&self, lang: Lang) -> Report {
        let mut convs: Vec<(Key, &Conv)> = self.convs.iter().map(|(k, c)| (*k, &**c)).collect();
        // TCP clients first, so their address leads the label.
        convs.sort_unstable_by_key(|(_, c)| (!c.tcp, c.first_ns, c.seq));
        self.report_from(lang, convs)
    }

    /// [`Sessions::report`], the aggregator used up: each conversation's
    /// record is freed once its steps are told, so the records and the
    /// steps made of them are not all held at once.
    pub fn into_report(self) -> Report {
        self.into_report_in(Lang::En)
    }

    /// [`Sessions::report_in`], the aggregator used up (see
    /// [`Sessions::into_report`]).
    pub fn into_report_in(mut self, lang: Lang) -> Report {
        let mut convs: Vec<(Key, Box<Conv>)> =
            std::mem::take(&mut self.convs).into_iter().collect();
        self.tcp_index = Default::default();
        convs.sort_unstable_by_key(|(_, c)| (!c.tcp, c.first_ns, c.seq));
        self.report_from(lang, convs)
    }

    /// The report of `convs`, the conversations in the order they are
    /// told (TCP first, then by first sight; `seq` makes it total).
    fn report_from<C: std::ops::Deref<Target = Conv>>(
        &self,
        lang: Lang,
        convs: Vec<(Key, C)>,
    ) -> Report {
        let base = self.first_ns.unwrap_or(0);
        let rel = |ns: i128| (ns - base) as f64 / 1e9;
        let pr = self.polling.report(base);
        // Polling conversations after the first of their group are folded
        // (each is the same dial, request, hang up).
        let mut fold: HashMap<(u32, u64), &Poll> = HashMap::default();
        for p in &pr.polling {
            for &st in p.streams.iter().skip(1) {
                fold.insert((p.capture, st), p);
            }
        }
        let pushes: HashMap<(u32, u64), &Push> = pr
            .websocket
            .iter()
            .map(|w| ((w.capture, w.stream), w))
            .collect();
        // When the first conversation of each polled resource began.
        let mut poll_start: HashMap<Key, Option<i128>> = pr
            .polling
            .iter()
            .filter_map(|p| Some(((p.capture, true, *p.streams.first()?), None)))
            .collect();
        for (k, c) in &convs {
            if let Some(t) = poll_start.get_mut(k) {
                *t = Some(c.first_ns);
            }
        }
        // Clients: by MAC when known, else by address.
        let mut groups: Vec<Group> = Vec::new();
        let mut mac_of: HashMap<Addr, [u8; 6]> = HashMap::default();
        // In the order told, so an address sent from two MACs is always
        // given the same one.
        for (_, c) in &convs {
            if let Some(m) = c.client_mac {
                mac_of.entry(c.client.addr).or_insert(m);
            }
        }
        // An address always comes with the same MAC (`mac_of`), so it
        // belongs to one group: found by MAC, else by the address itself.
        // ARP and NDP say which MAC an address is sent from too.
        // Both tables are hash maps: walk them in order of first sight, or
        // an address claimed from two MACs (ARP spoofing, a corrupt capture)
        // would join a different client from run to run.
        let mut pings: Vec<&icmp::Ping> = self.icmp.pings().collect();
        pings.sort_by_key(|p| (p.first_ns, p.seq));
        let mut asked: Vec<&link::Resolution> = self.link.iter().collect();
        asked.sort_by_key(|r| (r.first_ns, r.seq));
        for r in &asked {
            if let (Some(a), Some(m)) = r.client() {
                mac_of.entry(a).or_insert(m);
            }
        }
        for p in &pings {
            if let Some(m) = p.client_mac {
                mac_of.entry(p.client).or_insert(m);
            }
        }
        let mut by_mac: HashMap<[u8; 6], usize> = HashMap::default();
        let mut by_addr: HashMap<Addr, usize> = HashMap::default();
        // The group of a host known by its address, its MAC, or both (a
        // probe for a free address has only its MAC).
        let mut group_of = |addr: Option<Addr>, mac: Option<[u8; 6]>, groups: &mut Vec<Group>| {
            let mac = addr.and_then(|a| mac_of.get(&a).copied()).or(mac);
            let at = mac
                .and_then(|m| by_mac.get(&m))
                .or_else(|| addr.and_then(|a| by_addr.get(&a)))
                .copied();
            let g = at.unwrap_or_else(|| {
                groups.push((mac, Vec::new(), Vec::new()));
                if let Some(m) = mac {
                    by_mac.insert(m, groups.len() - 1);
                }
                groups.len() - 1
            });
            if let Some(addr) = addr
                && let std::collections::hash_map::Entry::Vacant(e) = by_addr.entry(addr)
            {
                e.insert(g);
                groups[g].1.push(addr);
            }
            g
        };
        // Each polled resource, and polling next to push for a client
        // that did both.
        for p in &pr.polling {
            let g = group_of(Some(p.client), None, &mut groups);
            let folded = fold.values().filter(|x| std::ptr::eq(**x, p)).count();
            // Told before the first poll's conversation begins (pushed
            // before the conversations' steps; the sort is stable).
            let start = p
                .streams
                .first()
                .and_then(|&st| poll_start.get(&(p.capture, true, st)).copied().flatten())
                .map_or(p.first, |first_ns| rel(first_ns).min(p.first));
            poll_steps(
                p,
                start,
                folded,
                pr.push_of(p.client),
                lang,
                &mut groups[g].2,
            );
        }
        let retried = tc_retries(&convs);
        // Each record is dropped once told (when the report owns them).
        for ((capture, tcp, stream), c) in convs {
            let c: &Conv = &c;
            let g = group_of(Some(c.client.addr), None, &mut groups);
            let at = (capture, stream);
            let push = if tcp { pushes.get(&at).copied() } else { None };
            let folded = tcp && fold.get(&at).is_some_and(|p| only_polls(c, p));
            let from = groups[g].2.len();
            let tc_retried = !tcp && retried.contains(&(capture, stream));
            conv_steps(c, &rel, push, tc_retried, lang, &mut groups[g].2);
            if folded {
                for st in &mut groups[g].2[from..] {
                    st.folded = true;
                }
            }
        }
        // L3: pings, ICMP errors of no conversation shown, then address
        // resolution, each in order of first sight.
        for p in pings {
            let g = group_of(Some(p.client), p.client_mac, &mut groups);
            groups[g].2.push(l3_step(
                rel(p.first_ns),
                p.protocol(),
                p.kind(),
                p.text(lang),
                Some(p.last_ns - p.first_ns),
                icmp::ip_conversation(p.client, p.server),
            ));
        }
        let mut orphans: Vec<&icmp::Orphan> = self.icmp.orphans().collect();
        orphans.sort_by_key(|o| (o.error.first_ns, o.seq));
        for o in orphans {
            let g = group_of(Some(o.client), None, &mut groups);
            groups[g].2.push(l3_step(
                rel(o.error.first_ns),
                o.error.protocol(),
                "error",
                format!("{}{}", o.about, o.error.text(lang)),
                None,
                o.conversation.clone(),
            ));
        }
        for r in asked {
            let (addr, mac) = r.client();
            let g = group_of(addr, mac, &mut groups);
            let (text, d) = r.text(lang);
            groups[g].2.push(l3_step(
                rel(r.first_ns),
                r.protocol(),
                r.kind_name(),
                text,
                d,
                "link".to_string(),
            ));
        }
        let mut clients: Vec<Client> = groups
            .into_iter()
            .map(|(mac, addrs, mut steps)| {
                sort_by_time(&mut steps);
                Client {
                    polling: pr
                        .polling
                        .iter()
                        .filter(|p| addrs.contains(&p.client))
                        .cloned()
                        .collect(),
                    websocket: pr
                        .websocket
                        .iter()
                        .filter(|w| w.client.is_some_and(|c| addrs.contains(&c.addr)))
                        .cloned()
                        .collect(),
                    addresses: addrs.iter().map(Addr::to_string).collect(),
                    mac: mac.map(|m| Addr::Mac(m).to_string()),
                    steps,
                }
            })
            .collect();
        clients.sort_by(|a, b| {
            let t = |c: &Client| c.steps.first().map_or(f64::MAX, |s| s.t);
            t(a).total_cmp(&t(b))
        });
        Report {
            clients,
            dropped: self.dropped,
            dropped_over_budget: self.dropped_over_budget,
            dropped_l3: self.link.dropped + self.icmp.dropped,
            polling: pr,
        }
    }
}

fn is_zero(v: &u64) -> bool {
    *v == 0
}

/// UDP DNS conversations whose truncated reply (TC) was followed by
/// the same question from the same client to the same server over
/// TCP: (capture, stream).
fn tc_retries<C: std::ops::Deref<Target = Conv>>(
    convs: &[(Key, C)],
) -> std::collections::HashSet<(u32, u64)> {
    let mut out = std::collections::HashSet::new();
    let truncated: Vec<(&Key, &Conv, i128)> = convs
        .iter()
        .filter_map(|(k, c)| {
            let tc = c.dns.as_ref().and_then(|d| d.tc_ns).filter(|_| !c.tcp)?;
            Some((k, &**c, tc))
        })
        .collect();
    if truncated.is_empty() {
        return out;
    }
    // TCP lookups: (capture, client, server, first name) → when asked.
    let mut over_tcp: HashMap<(u32, Addr, Addr, &str), Vec<i128>> = HashMap::default();
    for (k, c) in convs {
        if let Some(d) = c.dns.as_ref().filter(|_| c.tcp)
            && let Some(name) = d.names.first()
        {
            over_tcp
                .entry((k.0, c.client.addr, c.server.addr, name.as_str()))
                .or_default()
                .push(d.q_ns);
        }
    }
    for (k, c, tc) in truncated {
        let Some(name) = c.dns.as_ref().and_then(|d| d.names.first()) else {
            continue;
        };
        if over_tcp
            .get(&(k.0, c.client.addr, c.server.addr, name.as_str()))
            .is_some_and(|ts| ts.iter().any(|&t| t >= tc))
        {
            out.insert((k.0, k.2));
        }
    }
    out
}

/// Steps in time order, alike times in the order they were told (a
/// stable sort by `t`). Sorted as keys and places (16 bytes a step) and
/// then moved in place: a stable sort of the steps themselves takes a
/// scratch copy of them, and one client can have most of a capture's.
fn sort_by_time(steps: &mut [Step]) {
    // `f64::total_cmp`'s order, as an integer key.
    steps.sort_by_cached_key(|s| {
        let bits = s.t.to_bits() as i64;
        bits ^ (((bits >> 63) as u64) >> 1) as i64
    });
}

/// A step at L3 (ARP, NDP, ICMP), at the top level of its client.
fn l3_step(
    t: f64,
    protocol: &'static str,
    kind: &'static str,
    text: String,
    dur: Option<i128>,
    conversation: String,
) -> Step {
    Step {
        t,
        osi: Osi::Network.number(),
        protocol,
        kind,
        depth: 0,
        text,
        short: None,
        duration: dur.map(|d| d as f64 / 1e9),
        conversation,
        folded: false,
    }
}

/// The conversation carried nothing but the polled resource's requests.
fn only_polls(c: &Conv, p: &Poll) -> bool {
    c.tls.is_none()
        && c.ws.is_none()
        && c.http_dropped == 0
        && !c.http.is_empty()
        && c.http.iter().all(|x| {
            x.method == p.method && {
                let path = x.uri.split('?').next().unwrap_or("");
                path == p.path || path.ends_with(&format!("{}{}", p.server, p.path))
            }
        })
}

/// The polling summary and its cost, told before the first poll's
/// conversation, and next to it what the same client's WebSocket session
/// cost per message.
fn poll_steps(
    p: &Poll,
    start: f64,
    folded: usize,
    push: Option<&Push>,
    lang: Lang,
    out: &mut Vec<Step>,
) {
    let conv = p
        .streams
        .first()
        .map_or_else(String::new, |s| format!("tcp {s}"));
    let step = |t: f64, kind, depth, text: String, duration: Option<f64>| Step {
        t,
        osi: Osi::Application.number(),
        protocol: "HTTP",
        kind,
        depth,
        text,
        duration,
        conversation: conv.clone(),
        short: None,
        folded: false,
    };
    out.push(step(
        start,
        "polling",
        0,
        p.summary_in(lang),
        Some(p.last - p.first),
    ));
    let mut text = p.cost_in(lang);
    if folded > 0 {
        text.push_str(&words::folded(lang, folded));
    }
    out.push(step(start, "cost", 1, text, None));
    if let Some(w) = push
        && let Some(text) = polling::compare_in(p, w, lang)
    {
        out.push(Step {
            protocol: "WebSocket",
            ..step(p.last.max(w.last), "compare", 0, text, None)
        });
    }
}

/// Over: TCP closed by FIN from both sides or by RST; UDP carrying DNS
/// with every query answered; a dial or DNS query refused by ICMP.
fn finished(c: &Conv) -> bool {
    if let Some(q) = &c.quic {
        return q.close.is_some();
    }
    // A dial or a query answered by an ICMP error.
    if error_told(c) {
        return true;
    }
    if c.tcp {
        c.rst.is_some() || c.fin.iter().all(Option::is_some)
    } else {
        c.dns
            .as_ref()
            .is_some_and(|d| d.responses > 0 && d.responses >= d.queries)
    }
}

/// The first layer cut by the snap length, or else malformed: how a
/// datagram came short.
fn cut_kind(layers: &[Layer<'_>]) -> Option<AnomalyKind> {
    let kinds = || {
        layers
            .iter()
            .flat_map(|l| l.anomalies.iter().map(|a| a.kind))
    };
    kinds()
        .find(|k| *k == AnomalyKind::Truncated)
        .or_else(|| kinds().find(|k| *k == AnomalyKind::Malformed))
}

fn dns_step(c: &mut Conv, l: &Layer<'_>, ts: i128) {
    let lk = c.dns.get_or_insert_with(|| {
        Box::new(DnsLookup {
            q_ns: ts,
            last_ns: ts,
            ..DnsLookup::default()
        })
    });
    lk.last_ns = lk.last_ns.max(ts);
    if let Some(n) = l.get_str(f::dns::QRY_NAME) {
        let n = if n.is_empty() { "<Root>" } else { n };
        if lk.names.len() < 8 && !lk.names.iter().any(|x| x == n) {
            lk.names.push(n.to_string());
        }
    }
    if is_true(l, f::dns::FLAGS_RESPONSE) {
        lk.responses += 1;
        let qtype = l.get_uint(f::dns::QRY_TYPE);
        for f in &l.fields {
            if super::is_dns_answer(f.name(), qtype) {
                let v = f.value.to_string();
                let chars = v.chars().count();
                let v = if chars > MAX_ANSWER_CHARS {
                    words::cut(Lang::En, &v, MAX_ANSWER_CHARS, chars)
                } else {
                    v
                };
                let seen = lk.answers.iter().any(|a| a.0 == v);
                if !seen && lk.answers.len() < 8 {
                    lk.answers.push((v, chars));
                } else if !seen && lk.responses == 1 {
                    // Counted in the first reply only: a repeated reply
                    // would count them again.
                    lk.more_answers += 1;
                }
            }
        }
        if is_true(l, f::dns::FLAGS_TRUNCATED) {
            lk.tc_ns.get_or_insert(ts);
        }
        if let Some(kind) = cut_kind(std::slice::from_ref(l)) {
            lk.cut.get_or_insert(kind);
        }
        if let Some(r) = l.get_uint(f::dns::FLAGS_RCODE)
            && r != 0
        {
            lk.rcode =
                Some(dns::rcode_name(r as u16).map_or_else(|| format!("RCODE{r}"), str::to_string));
        }
    } else {
        lk.queries += 1;
        if let Some(t) = l.get_uint(f::dns::QRY_TYPE) {
            let t = dns::type_name(t as u16).map_or_else(|| format!("TYPE{t}"), str::to_string);
            if lk.types.len() < 8 && !lk.types.contains(&t) {
                lk.types.push(t);
            }
        }
    }
}

fn tls_step(c: &mut Conv, l: &Layer<'_>, ts: i128) {
    let hs = l.get_uint(f::tls::HANDSHAKE_TYPE);
    if hs == Some(1) && c.tls.is_none() {
        c.tls = Some(Box::new(TlsInfo {
            hello_ns: ts,
            sni: l
                .get_str(f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME)
                .map(str::to_string),
            alpn: super::strs(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR)
                .take(4)
                .map(str::to_string)
                .collect(),
            ..TlsInfo::default()
        }));
        return;
    }
    let Some(t) = c.tls.as_mut() else { return };
    if hs == Some(2) {
        t.server_hello = true;
        t.server_hello_ns.get_or_insert(ts);
        let v = super::uints(l, f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION)
            .next()
            .or_else(|| l.get_uint(f::tls::HANDSHAKE_VERSION));
        t.version = v.map(|v| {
            tls::version_name(v as u16).map_or_else(|| format!("0x{v:04x}"), str::to_string)
        });
        t.cipher = l.get_uint(f::tls::HANDSHAKE_CIPHERSUITE).map(|v| {
            tls::cipher_suite_name(v as u16).map_or_else(|| format!("0x{v:04x}"), str::to_string)
        });
    }
    if l.get_uint(f::tls::RECORD_CONTENT_TYPE) == Some(21) {
        t.alert = true;
    }
}

fn http_step(c: &mut Conv, l: &Layer<'_>, ts: i128) {
    if let Some(m) = l.get_str(f::http::REQUEST_METHOD) {
        let uri = l
            .get_str(f::http::REQUEST_FULL_URI)
            .or_else(|| l.get_str(f::http::REQUEST_URI))
            .unwrap_or("")
            .to_string();
        if l.get_str(f::http::UPGRADE)
            .is_some_and(|u| u.eq_ignore_ascii_case("websocket"))
        {
            c.ws = Some(Box::new(WsInfo {
                upgrade_ns: ts,
                uri: l.get_str(f::http::REQUEST_URI).unwrap_or("").to_string(),
                ..WsInfo::default()
            }));
            return;
        }
        if c.http.len() < MAX_STEPS {
            c.http.push(HttpExchange {
                req_ns: ts,
                method: m.to_string(),
                uri,
                ..HttpExchange::default()
            });
        } else {
            c.http_dropped += 1;
        }
    } else if let Some(code) = l.get_uint(f::http::RESPONSE_CODE) {
        if code == 101
            && let Some(w) = c.ws.as_mut()
            && w.accepted_ns.is_none()
        {
            w.accepted_ns = Some(ts);
            w.deflate = l
                .get_str(f::http::SEC_WEBSOCKET_EXTENSIONS)
                .and_then(websocket::Deflate::from_extensions)
                .is_some();
            return;
        }
        if let Some(x) = c.http.iter_mut().find(|x| x.resp_ns.is_none()) {
            x.resp_ns = Some(ts);
            x.status = Some((
                code,
                l.get_str(f::http::RESPONSE_PHRASE)
                    .unwrap_or("")
                    .to_string(),
            ));
            x.body = l
                .get_uint(f::http::CONTENT_LENGTH)
                .or_else(|| l.get_uint(f::http::OSIDUMP_BODY_LEN));
        }
    }
}

/// A QUIC packet: the steps of the call (Initial, Handshake, 1-RTT) and
/// its close.
fn quic_step(c: &mut Conv, l: &Layer<'_>, ts: i128, dir: usize) {
    let q = c.quic.get_or_insert_with(Box::default);
    if let Some(t) = l.get_uint(f::quic::LONG_PACKET_TYPE).or_else(|| {
        l.get_uint(f::quic::LONG_PACKET_TYPE_V2)
            .map(|t| (t + 3) % 4)
    }) {
        q.version
            .get_or_insert(l.get_uint(f::quic::VERSION).unwrap_or(0));
        match t {
            0 => {
                q.initial_ns.get_or_insert(ts);
            }
            2 => {
                q.handshake_ns.get_or_insert(ts);
            }
            _ => {}
        }
    } else if l.get_uint(f::quic::HEADER_FORM) == Some(0) {
        q.one_rtt_ns.get_or_insert(ts);
    }
    if q.close.is_none() {
        let code = l
            .get_uint(f::quic::CC_ERROR_CODE_APP)
            .or_else(|| l.get_uint(f::quic::CC_ERROR_CODE));
        if let Some(code) = code {
            let reason = l
                .get_str(f::quic::CC_REASON_PHRASE)
                .unwrap_or("")
                .to_string();
            q.close = Some((ts, dir, code, reason));
        }
    }
}

/// An HTTP/3 request or response (a HEADERS frame); responses pair in order.
fn http3_step(c: &mut Conv, l: &Layer<'_>, ts: i128) {
    if let Some(m) = l.get_str(f::http3::HEADERS_METHOD) {
        let uri = match (
            l.get_str(f::http3::HEADERS_SCHEME),
            l.get_str(f::http3::HEADERS_AUTHORITY),
            l.get_str(f::http3::HEADERS_PATH),
        ) {
            (Some(s), Some(a), Some(p)) => format!("{s}://{a}{p}"),
            (_, _, p) => p.unwrap_or("").to_string(),
        };
        if c.http.len() < MAX_STEPS {
            c.http.push(HttpExchange {
                req_ns: ts,
                method: m.to_string(),
                uri,
                h3: true,
                ..HttpExchange::default()
            });
        } else {
            c.http_dropped += 1;
        }
    } else if let Some(code) = l.get_uint(f::http3::HEADERS_STATUS)
        && code >= 200
        && let Some(x) = c.http.iter_mut().find(|x| x.h3 && x.resp_ns.is_none())
    {
        x.resp_ns = Some(ts);
        let phrase = crate::dissect::app::http::code_desc(code as u16).unwrap_or("");
        x.status = Some((code, phrase.to_string()));
    }
}

/// An HTTP/2 request or response (a HEADERS frame), paired by stream id.
fn http2_step(c: &mut Conv, l: &Layer<'_>, ts: i128) {
    let Some(stream) = l.get_uint(f::http2::STREAMID) else {
        return;
    };
    if let Some(m) = l.get_str(f::http2::HEADERS_METHOD) {
        let uri = l
            .get_str(f::http2::REQUEST_FULL_URI)
            // tshark's URI of a block split over frames names the parts it
            // lacks `(null)`: the path then says more.
            .filter(|u| !u.contains("(null)"))
            .or_else(|| l.get_str(f::http2::HEADERS_PATH))
            .unwrap_or("")
            .to_string();
        if c.http.len() < MAX_STEPS {
            c.http.push(HttpExchange {
                req_ns: ts,
                method: m.to_string(),
                uri,
                stream: Some(stream),
                ..HttpExchange::default()
            });
        } else {
            c.http_dropped += 1;
        }
    } else if let Some(code) = l.get_uint(f::http2::HEADERS_STATUS)
        && code >= 200
        && let Some(x) = c
            .http
            .iter_mut()
            .find(|x| x.stream == Some(stream) && x.resp_ns.is_none())
    {
        x.resp_ns = Some(ts);
        let phrase = crate::dissect::app::http::code_desc(code as u16).unwrap_or("");
        x.status = Some((code, phrase.to_string()));
        x.body = l.get_uint(f::http2::HEADERS_CONTENT_LENGTH);
    }
}

fn ws_step(c: &mut Conv, l: &Layer<'_>, ts: i128, dir: usize) {
    let w = c.ws.get_or_insert_with(|| {
        Box::new(WsInfo {
            upgrade_ns: ts,
            ..WsInfo::default()
        })
    });
    let op = l.get_uint(f::websocket::OPCODE).unwrap_or(0);
    let fin = is_true(l, f::websocket::FIN);
    match op {
        0..=2 => {
            w.bytes[dir] += l.get_uint(f::websocket::PAYLOAD_LENGTH).unwrap_or(0);
            if fin {
                w.messages[dir] += 1;
                w.first_msg_ns.get_or_insert(ts);
            }
        }
        8 if w.close.is_none() => {
            let code = l
                .get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE)
                .unwrap_or(1005) as u16;
            w.close = Some((ts, dir, code));
        }
        9 => w.pings += 1,
        _ => {}
    }
}

/// The dial or DNS query of the conversation went unanswered but for an
/// ICMP error: that step tells the first error in place of "no answer".
fn error_told(c: &Conv) -> bool {
    c.icmp.first().is_some()
        && if c.tcp {
            c.syn.is_some() && c.synack.is_none() && c.rst.is_none()
        } else {
            c.quic.is_none() && c.dns.as_ref().is_some_and(|lk| lk.responses == 0)
        }
}

/// The steps of one conversation; `tc_retried`: its truncated DNS reply
/// (TC) was followed by the same question over TCP.
fn conv_steps(
    c: &Conv,
    rel: &dyn Fn(i128) -> f64,
    push: Option<&Push>,
    tc_retried: bool,
    lang: Lang,
    out: &mut Vec<Step>,
) {
    let conv = format!("{} {}", if c.tcp { "tcp" } else { "udp" }, c.stream);
    let step = |t: i128, osi: Osi, protocol, kind, depth, text: String, dur: Option<i128>| Step {
        t: rel(t),
        osi: osi.number(),
        protocol,
        kind,
        depth,
        text,
        short: None,
        duration: dur.map(|d| d as f64 / 1e9),
        conversation: conv.clone(),
        folded: false,
    };
    let dur = |ns: i128| format!("({})", human_duration(ns));

    // L3: ICMP errors about its datagrams, each a step under the
    // conversation (but the one its dial or query step tells).
    let told = error_told(c);
    let n = c.icmp.list.len();
    for (i, e) in c.icmp.list.iter().enumerate().skip(usize::from(told)) {
        let mut text = e.text(lang);
        if i + 1 == n && c.icmp.more > 0 {
            text.push_str(&words::more_errors(lang, c.icmp.more));
        }
        out.push(step(
            e.first_ns,
            Osi::Network,
            e.protocol(),
            "error",
            1,
            text,
            None,
        ));
    }

    if let Some(lk) = &c.dns {
        let mut text = lk.names.join(", ");
        if !lk.types.is_empty() {
            text.push_str(&format!(" {}", lk.types.join("+")));
        }
        if lk.responses == 0 {
            match c.icmp.first().filter(|_| told) {
                Some(e) => {
                    text.push_str(" → ");
                    text.push_str(&e.text_after(lang, Some(lk.q_ns)));
                    let d = e.first_ns - lk.q_ns;
                    out.push(step(
                        lk.q_ns,
                        Osi::Application,
                        "DNS",
                        "lookup",
                        0,
                        text,
                        Some(d),
                    ));
                }
                None => {
                    text.push_str(" → ");
                    text.push_str(words::dns_no_answer(lang));
                    out.push(step(
                        lk.q_ns,
                        Osi::Application,
                        "DNS",
                        "lookup",
                        0,
                        text,
                        None,
                    ));
                }
            }
        } else {
            text.push_str(" → ");
            // What came back, whole (JSON) and as the text view shows it
            // (long answers cut).
            let mut full: Vec<String> = Vec::new();
            let mut shown: Vec<String> = Vec::new();
            match (&lk.rcode, lk.answers.is_empty()) {
                (Some(r), _) => full.push(words::dns_rcode(lang, r)),
                (None, false) => {
                    let mut all = lk
                        .answers
                        .iter()
                        .map(|a| a.0.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                    if lk.more_answers > 0 {
                        all.push_str(&words::more_answers(lang, lk.more_answers));
                    }
                    // Their length as sent (an answer over
                    // MAX_ANSWER_CHARS is kept cut).
                    let chars =
                        lk.answers.iter().map(|a| a.1).sum::<usize>() + 2 * (lk.answers.len() - 1);
                    if chars > SHOWN_ANSWER_CHARS {
                        shown.push(words::cut(lang, &all, SHOWN_ANSWER_CHARS, chars));
                    }
                    full.push(all);
                }
                (None, true) if lk.tc_ns.is_none() && lk.cut.is_none() => {
                    full.push(words::dns_no_records(lang).to_string());
                }
                (None, true) => {}
            }
            if shown.is_empty() {
                shown = full.clone();
            }
            let mut outcome = Vec::new();
            if lk.tc_ns.is_some() {
                outcome.push(words::dns_tc(lang, tc_retried).to_string());
            }
            if let Some(k) = lk.cut {
                outcome.push(words::dns_cut(lang, k).to_string());
            }
            full.extend(outcome.iter().cloned());
            shown.extend(outcome);
            let d = lk.last_ns - lk.q_ns;
            let tail = words::dns_via(lang, d, &c.server.to_string());
            let short = format!("{text}{}{tail}", shown.join(" · "));
            text.push_str(&full.join(" · "));
            text.push_str(&tail);
            out.push(Step {
                short: (short != text).then_some(short),
                ..step(lk.q_ns, Osi::Application, "DNS", "lookup", 0, text, Some(d))
            });
        }
        if !c.tcp {
            return;
        }
    }

    if !c.tcp && c.quic.is_none() {
        let text = words::datagrams(
            lang,
            &c.client.to_string(),
            &c.server.to_string(),
            c.packets,
            &human_bytes(c.bytes[0]),
            &human_bytes(c.bytes[1]),
        );
        out.push(step(
            c.first_ns,
            Osi::Transport,
            "UDP",
            "datagrams",
            0,
            text,
            Some(c.last_ns - c.first_ns),
        ));
        return;
    }

    // L5: the call is placed.
    let port = c.client.port.unwrap_or(0);
    if let Some(q) = &c.quic {
        let start = q.initial_ns.unwrap_or(c.first_ns);
        let mut text = words::dial(lang, &c.server.to_string(), port, "Initial");
        if let Some(h) = q.handshake_ns {
            text.push_str(&words::quic_after(lang, "Handshake", h - start));
        }
        if let Some(o) = q.one_rtt_ns {
            text.push_str(&words::quic_after(lang, "1-RTT", o - start));
        }
        match q.version {
            Some(1) => text.push_str(", QUIC v1"),
            Some(0x6b33_43cf) => text.push_str(", QUIC v2"),
            Some(v) => text.push_str(&words::quic_version(lang, v)),
            None => {}
        }
        let d = q.one_rtt_ns.or(q.handshake_ns).map(|e| e - start);
        // A session step (the tree puts QUIC's header at L6, its
        // handshake is the call being placed): L5, as TCP's dial.
        out.push(step(start, Osi::Session, "QUIC", "dial", 0, text, d));
    }
    match c.syn {
        _ if c.quic.is_some() => {}
        Some(syn) => {
            let mut text = words::dial(lang, &c.server.to_string(), port, "SYN");
            if c.synack.is_some() {
                text.push_str(words::dial_answered(lang));
            } else if let Some((_, dir)) = c.rst {
                text.push_str(&words::dial_refused(lang, dir));
            } else if let Some(e) = c.icmp.first().filter(|_| told) {
                text.push_str(" · ");
                text.push_str(&e.text_after(lang, Some(syn)));
            } else {
                text.push_str(&words::dial_unanswered(lang));
            }
            if c.ack.is_some() {
                text.push_str(words::dial_connected(lang));
            }
            if let Some(sa) = c.synack {
                text.push_str(&format!(", RTT {}", human_duration(sa - syn)));
            }
            let d = c
                .ack
                .or(c.synack)
                .or(c.icmp.first().filter(|_| told).map(|e| e.first_ns))
                .map(|e| e - syn);
            // The connection's state is L5 (its header is L4).
            out.push(step(syn, Osi::Session, "TCP", "dial", 0, text, d));
        }
        None => {
            let text = words::already_open(lang, &c.client.to_string(), &c.server.to_string());
            out.push(step(c.first_ns, Osi::Session, "TCP", "open", 0, text, None));
        }
    }

    // L6: TLS.
    if let Some(t) = &c.tls {
        let mut text = words::tls_handshake(lang, t.version.as_deref());
        if let Some(s) = &t.sni {
            text.push_str(&format!(" SNI {s}"));
        }
        if !t.alpn.is_empty() {
            text.push_str(&format!(" ALPN {}", t.alpn.join(",")));
        }
        if let Some(cs) = &t.cipher {
            text.push_str(&format!(" {cs}"));
        }
        let d = t.done_ns.map(|e| e - t.hello_ns);
        let answered = t
            .server_hello_ns
            .map(|s| words::tls_server_hello_after(lang, s - t.hello_ns))
            .unwrap_or_default();
        match d {
            Some(d) => text.push_str(&words::tls_done(lang, &answered, d)),
            None if t.server_hello => text.push_str(words::tls_not_finished(lang)),
            None => text.push_str(words::tls_no_server_hello(lang)),
        }
        out.push(step(
            t.hello_ns,
            Osi::Presentation,
            "TLS",
            "handshake",
            1,
            text,
            d,
        ));
    }

    // L7: HTTP exchanges.
    let depth = if c.tls.is_some() { 2 } else { 1 };
    for x in &c.http {
        let mut text = format!("{} {}", x.method, x.uri);
        let label = if x.h3 {
            "HTTP/3"
        } else if x.stream.is_some() {
            "HTTP/2"
        } else {
            "HTTP"
        };
        match (&x.status, x.resp_ns) {
            (Some((code, phrase)), Some(r)) => {
                text.push_str(&format!(" → {code} {phrase}"));
                if let Some(b) = x.body {
                    text.push_str(&format!(", {}", human_bytes(b)));
                }
                text.push_str(&format!(" {}", dur(r - x.req_ns)));
            }
            _ => text.push_str(words::http_no_response(lang)),
        }
        let d = x.resp_ns.map(|r| r - x.req_ns);
        out.push(step(
            x.req_ns,
            Osi::Application,
            label,
            "request",
            depth,
            text,
            d,
        ));
    }
    if c.http_dropped > 0 {
        let t = c.http.last().map_or(c.first_ns, |x| x.req_ns);
        let text = words::more_requests(lang, c.http_dropped);
        out.push(step(
            t,
            Osi::Application,
            "HTTP",
            "request",
            depth,
            text,
            None,
        ));
    }
    if c.tls.is_some() && c.http.is_empty() && c.ws.is_none() {
        let t = c.tls.as_ref().and_then(|t| t.done_ns).unwrap_or(c.first_ns);
        let text = words::encrypted(
            lang,
            t_alpn_http(c),
            &human_bytes(c.bytes[0]),
            &human_bytes(c.bytes[1]),
        );
        out.push(step(
            t,
            Osi::Application,
            "TLS",
            "talk",
            depth,
            text,
            Some(c.last_ns - t),
        ));
    }

    // L7: WebSocket.
    if let Some(w) = &c.ws {
        let mut text = words::ws_upgrade(lang, if w.uri.is_empty() { "/" } else { &w.uri });
        let d = w.accepted_ns.map(|a| a - w.upgrade_ns);
        match d {
            Some(d) => {
                text.push_str(" → 101 Switching Protocols");
                if w.deflate {
                    text.push_str(" (permessage-deflate)");
                }
                text.push_str(&format!(" {}", dur(d)));
            }
            None => text.push_str(words::ws_not_accepted(lang)),
        }
        out.push(step(
            w.upgrade_ns,
            Osi::Application,
            "WebSocket",
            "upgrade",
            depth,
            text,
            d,
        ));
        let t = w.first_msg_ns.or(w.accepted_ns).unwrap_or(w.upgrade_ns);
        let mut text = words::ws_messages(
            lang,
            (w.messages[0], &human_bytes(w.bytes[0])),
            (w.messages[1], &human_bytes(w.bytes[1])),
        );
        if w.pings > 0 {
            text.push_str(&words::ws_pings(lang, w.pings));
        }
        let end = w.close.map_or(c.last_ns, |(ts, _, _)| ts);
        out.push(step(
            t,
            Osi::Application,
            "WebSocket",
            "messages",
            depth,
            text,
            Some(end - t),
        ));
        if let Some(p) = push.filter(|p| p.accepted) {
            out.push(step(
                t,
                Osi::Application,
                "WebSocket",
                "cost",
                depth + 1,
                p.cost_in(lang),
                None,
            ));
        }
        if let Some((ts, dir, code)) = w.close {
            let text = words::ws_close(lang, code, websocket::close_code_name(code), dir);
            out.push(step(
                ts,
                Osi::Application,
                "WebSocket",
                "close",
                depth,
                text,
                None,
            ));
        }
    }

    // L4: hang up.
    if let Some(q) = &c.quic {
        let total = c.last_ns - q.initial_ns.unwrap_or(c.first_ns);
        let tail = words::quic_tail(lang, total, c.packets);
        let (t, text) = match &q.close {
            Some((t, dir, code, reason)) => (
                *t,
                format!("{} {tail}", words::quic_close(lang, *dir, *code, reason)),
            ),
            None => (c.last_ns, words::still_open(lang, &tail)),
        };
        out.push(step(
            t,
            Osi::Session,
            "QUIC",
            "hang up",
            0,
            text,
            Some(total),
        ));
        return;
    }
    if c.tcp && told {
        // Refused by ICMP: the call never began.
        return;
    }
    let total = c.last_ns - c.syn.unwrap_or(c.first_ns);
    let tail = words::call_tail(lang, c.stream, total, c.packets);
    if let Some((ts, dir)) = c.rst {
        if c.synack.is_some() || c.syn.is_none() {
            let text = words::reset_by(lang, dir, &tail);
            out.push(step(
                ts,
                Osi::Session,
                "TCP",
                "hang up",
                0,
                text,
                Some(total),
            ));
        }
    } else {
        let fins: Vec<(i128, usize)> = (0..2).filter_map(|d| c.fin[d].map(|t| (t, d))).collect();
        match fins.as_slice() {
            [] => {
                let text = words::still_open(lang, &tail);
                out.push(step(
                    c.last_ns,
                    Osi::Session,
                    "TCP",
                    "open",
                    0,
                    text,
                    Some(total),
                ));
            }
            f => {
                let mut f = f.to_vec();
                f.sort();
                let who: Vec<usize> = f.iter().map(|(_, d)| *d).collect();
                let mut text = words::hang_up(lang, &who);
                if f.len() == 1 {
                    text.push_str(words::half_closed(lang));
                }
                text.push(' ');
                text.push_str(&tail);
                out.push(step(
                    f[0].0,
                    Osi::Session,
                    "TCP",
                    "hang up",
                    0,
                    text,
                    Some(total),
                ));
            }
        }
    }
}

/// The client offered HTTP in ALPN (HTTPS whose requests we cannot see).
fn t_alpn_http(c: &Conv) -> bool {
    c.tls.as_ref().is_some_and(|t| {
        t.alpn
            .iter()
            .any(|a| a.starts_with("http/") || a == "h2" || a == "h3")
    })
}
