//! ICMP as steps. Pings — and the other ICMP queries with replies
//! (timestamp, information, address mask) — are folded per client, server
//! and identifier into one step: sent, answered, round trips (a reply pairs
//! with the request of the same identifier and sequence number, as tshark's
//! `icmp.resptime`). ICMP errors are told in the conversation of the
//! datagram they quote (see `Sessions::add`); the ones whose conversation is
//! not shown are folded here per reporter, error and quoted datagram.
//!
//! Bounded: at most [`MAX_PINGS`] pings and [`MAX_ORPHANS`] folded errors,
//! [`MAX_ERRORS`] distinct errors per conversation or ping, and
//! [`MAX_PENDING`] requests waiting for their reply per ping (an older one
//! still waiting is given up: it stays counted as sent, unanswered).

use super::super::i18n::Lang;
use super::super::{Addr, Endpoint};
use super::words;
use crate::dissect::Layer;
use crate::dissect::fields as f;
use crate::flow::budget::Budget;
use crate::flow::table_bytes;
use foldhash::HashMap;
use std::collections::VecDeque;

/// Pings (client, server, identifier) remembered at once.
pub const MAX_PINGS: usize = 10_000;
/// ICMP errors about datagrams of no conversation shown, folded.
pub const MAX_ORPHANS: usize = 10_000;
/// Distinct ICMP errors (reporter, type, code) kept per conversation.
pub const MAX_ERRORS: usize = 4;
/// Requests of one ping waiting for their reply.
pub const MAX_PENDING: usize = 64;
/// Sequence numbers of recent replies, to tell duplicates.
const RECENT: usize = 16;

/// An ICMP error about a datagram, folded by reporter, type and code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IcmpError {
    pub first_ns: i128,
    pub from: Addr,
    pub v6: bool,
    pub itype: u8,
    pub code: u8,
    pub mtu: Option<u64>,
    pub count: u64,
}

impl IcmpError {
    pub fn protocol(&self) -> &'static str {
        if self.v6 { "ICMPv6" } else { "ICMP" }
    }

    /// `port unreachable (ICMP from 10.99.0.2)`, `×3` when repeated.
    pub fn text(&self, lang: Lang) -> String {
        self.text_after(lang, None)
    }

    /// [`IcmpError::text`], told `since` the datagram it answers was sent.
    pub fn text_after(&self, lang: Lang, since: Option<i128>) -> String {
        let e = words::icmp_error(lang, self.v6, self.itype, self.code, self.mtu);
        let after = since.map(|t| self.first_ns - t);
        let mut s = words::icmp_from(lang, &e, self.v6, &self.from, after);
        if self.count > 1 {
            s.push_str(&words::times(self.count));
        }
        s
    }
}

/// The ICMP errors of one conversation or ping.
#[derive(Debug, Clone, Default)]
pub struct Errors {
    pub list: Vec<IcmpError>,
    /// Distinct errors past [`MAX_ERRORS`].
    pub more: u64,
}

impl Errors {
    pub fn add(&mut self, e: IcmpError) {
        if let Some(x) = self
            .list
            .iter_mut()
            .find(|x| x.from == e.from && x.itype == e.itype && x.code == e.code)
        {
            x.count += 1;
        } else if self.list.len() < MAX_ERRORS {
            self.list.push(e);
        } else {
            self.more += 1;
        }
    }

    pub fn heap(&self) -> usize {
        self.list.capacity() * std::mem::size_of::<IcmpError>()
    }

    pub fn first(&self) -> Option<&IcmpError> {
        self.list.first()
    }
}

/// What an ICMP or ICMPv6 message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// A query: echo request, timestamp, information or address mask
    /// request (its type).
    Request {
        qtype: u8,
        ident: u16,
        seq: u16,
    },
    /// A reply, with the type of the request it answers.
    Reply {
        qtype: u8,
        ident: u16,
        seq: u16,
    },
    /// An error quoting the datagram that caused it.
    Error {
        itype: u8,
        code: u8,
        mtu: Option<u64>,
    },
    Other,
}

/// Reads an `icmp` or `icmpv6` layer.
pub fn classify(l: &Layer<'_>) -> Message {
    let v6 = l.protocol == "icmpv6";
    let (ty, code) = if v6 {
        (l.get_uint(f::icmpv6::TYPE), l.get_uint(f::icmpv6::CODE))
    } else {
        (l.get_uint(f::icmp::TYPE), l.get_uint(f::icmp::CODE))
    };
    let (Some(t), Some(c)) = (ty, code) else {
        return Message::Other;
    };
    let (t, code) = (t as u8, c as u8);
    let id_seq = || -> Option<(u16, u16)> {
        let (i, s) = if v6 {
            (
                l.get_uint(f::icmpv6::ECHO_IDENTIFIER)?,
                l.get_uint(f::icmpv6::ECHO_SEQUENCE_NUMBER)?,
            )
        } else {
            (l.get_uint(f::icmp::IDENT)?, l.get_uint(f::icmp::SEQ)?)
        };
        Some((i as u16, s as u16))
    };
    let query = match (v6, t) {
        (false, 8 | 13 | 15 | 17) | (true, 128) => Some((t, true)),
        (false, 0) => Some((8, false)),
        (false, 14 | 16 | 18) => Some((t - 1, false)),
        (true, 129) => Some((128, false)),
        _ => None,
    };
    if let Some((qtype, request)) = query {
        let Some((ident, seq)) = id_seq() else {
            return Message::Other;
        };
        return if request {
            Message::Request { qtype, ident, seq }
        } else {
            Message::Reply { qtype, ident, seq }
        };
    }
    let error = if v6 {
        (1..=4).contains(&t)
    } else {
        matches!(t, 3 | 4 | 5 | 11 | 12)
    };
    if error {
        let mtu = if v6 && t == 2 {
            l.get_uint(f::icmpv6::MTU)
        } else {
            None
        };
        return Message::Error {
            itype: t,
            code,
            mtu,
        };
    }
    Message::Other
}

/// One ping: a client asking a server under one identifier.
#[derive(Debug, Clone)]
pub struct Ping {
    pub seq: u64,
    pub v6: bool,
    qtype: u8,
    pub client: Addr,
    pub server: Addr,
    pub client_mac: Option<[u8; 6]>,
    pub first_ns: i128,
    pub last_ns: i128,
    sent: u64,
    answered: u64,
    dups: u64,
    unpaired: u64,
    rtt_min: i128,
    rtt_max: i128,
    rtt_sum: i128,
    pending: VecDeque<(u16, i128)>,
    recent: VecDeque<u16>,
    /// Requests sent in pieces: (fragments, reassembled IP length).
    frags: Option<(u64, u64)>,
    pub errors: Errors,
    heap: usize,
}

impl Ping {
    fn heap_now(&self) -> usize {
        self.pending.capacity() * std::mem::size_of::<(u16, i128)>()
            + self.recent.capacity() * 2
            + self.errors.heap()
    }

    pub fn protocol(&self) -> &'static str {
        if self.v6 { "ICMPv6" } else { "ICMP" }
    }

    /// `ping` for echo, `query` for the other ICMP queries.
    pub fn kind(&self) -> &'static str {
        if matches!(self.qtype, 8 | 128) {
            "ping"
        } else {
            "query"
        }
    }

    /// `ping 10.99.0.2: 3 sent, 3 answered, RTT min/avg/max ...`
    pub fn text(&self, lang: Lang) -> String {
        let name = words::query_name(lang, self.qtype, self.v6);
        let mut s = words::ping_head(lang, name, &self.server, self.frags);
        s.push_str(": ");
        s.push_str(&words::ping_counts(lang, self.sent, self.answered));
        if self.answered > 0 {
            let avg = self.rtt_sum / i128::from(self.answered);
            s.push_str(", ");
            s.push_str(&words::rtt(
                lang,
                self.rtt_min,
                avg,
                self.rtt_max,
                self.answered,
            ));
        }
        if self.dups > 0 {
            s.push_str(", ");
            s.push_str(&words::duplicates(lang, self.dups));
        }
        if self.unpaired > 0 {
            s.push_str(", ");
            s.push_str(&words::unpaired(lang, self.unpaired));
        }
        for e in &self.errors.list {
            s.push_str(" · ");
            s.push_str(&e.text(lang));
        }
        s
    }
}

/// An ICMP error about a datagram of no conversation shown.
#[derive(Debug, Clone)]
pub struct Orphan {
    pub seq: u64,
    /// The quoted datagram's sender: the step's client.
    pub client: Addr,
    /// `ip a ↔ b` of the error itself.
    pub conversation: String,
    /// `UDP 10.0.1.2:33434 → 8.8.8.8:33434: `
    pub about: String,
    pub error: IcmpError,
}

/// What an ICMP error quotes: protocol, sender and receiver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Quoted {
    pub proto: &'static str,
    pub src: Endpoint,
    pub dst: Endpoint,
}

type PingKey = (u32, bool, u8, Addr, Addr, u16);
type OrphanKey = (u32, Addr, u8, u8, Quoted);

/// Pings and the ICMP errors of no conversation.
#[derive(Debug, Default)]
pub struct Icmp {
    pings: HashMap<PingKey, Ping>,
    orphans: HashMap<OrphanKey, Orphan>,
    seq: u64,
    /// Messages of pings and errors not kept (over their caps or the
    /// budget).
    pub dropped: u64,
}

/// A request or reply, as [`Icmp::request`] and [`Icmp::reply`] read it.
#[derive(Debug, Clone, Copy)]
pub struct Query {
    pub capture: u32,
    pub v6: bool,
    pub qtype: u8,
    pub client: Addr,
    pub server: Addr,
    pub ident: u16,
    pub seq: u16,
}

impl Query {
    fn key(&self) -> PingKey {
        (
            self.capture,
            self.v6,
            self.qtype,
            self.client,
            self.server,
            self.ident,
        )
    }
}

impl Icmp {
    fn ping(&mut self, q: &Query, ts: i128, budget: &mut Budget) -> Option<&mut Ping> {
        let key = q.key();
        if !self.pings.contains_key(&key) {
            if self.pings.len() >= MAX_PINGS || budget.is_over() {
                self.dropped += 1;
                return None;
            }
            let was = table_bytes::<(PingKey, Ping)>(self.pings.len());
            budget.resize(was, table_bytes::<(PingKey, Ping)>(self.pings.len() + 1));
            self.seq += 1;
            self.pings.insert(
                key,
                Ping {
                    seq: self.seq,
                    v6: q.v6,
                    qtype: q.qtype,
                    client: q.client,
                    server: q.server,
                    client_mac: None,
                    first_ns: ts,
                    last_ns: ts,
                    sent: 0,
                    answered: 0,
                    dups: 0,
                    unpaired: 0,
                    rtt_min: i128::MAX,
                    rtt_max: 0,
                    rtt_sum: 0,
                    pending: VecDeque::new(),
                    recent: VecDeque::new(),
                    frags: None,
                    errors: Errors::default(),
                    heap: 0,
                },
            );
        }
        let p = self.pings.get_mut(&key)?;
        p.first_ns = p.first_ns.min(ts);
        p.last_ns = p.last_ns.max(ts);
        Some(p)
    }

    fn charge(p: &mut Ping, budget: &mut Budget) {
        let now = p.heap_now();
        budget.resize(p.heap, now);
        p.heap = now;
    }

    /// A request from `q.client`; `frags`: it came in pieces.
    pub fn request(
        &mut self,
        q: &Query,
        ts: i128,
        mac: Option<[u8; 6]>,
        frags: Option<(u64, u64)>,
        budget: &mut Budget,
    ) {
        let Some(p) = self.ping(q, ts, budget) else {
            return;
        };
        p.sent += 1;
        if p.client_mac.is_none() {
            p.client_mac = mac;
        }
        if frags.is_some() {
            p.frags = p.frags.max(frags);
        }
        if p.pending.len() >= MAX_PENDING {
            p.pending.pop_front();
        }
        p.pending.push_back((q.seq, ts));
        Self::charge(p, budget);
    }

    /// A reply to `q.client` (its receiver) from `q.server`.
    pub fn reply(&mut self, q: &Query, ts: i128, budget: &mut Budget) {
        let Some(p) = self.ping(q, ts, budget) else {
            return;
        };
        if let Some(i) = p.pending.iter().position(|(s, _)| *s == q.seq) {
            let (_, t0) = p.pending.remove(i).unwrap_or((q.seq, ts));
            let rtt = ts - t0;
            p.answered += 1;
            p.rtt_min = p.rtt_min.min(rtt);
            p.rtt_max = p.rtt_max.max(rtt);
            p.rtt_sum += rtt;
            if p.recent.len() >= RECENT {
                p.recent.pop_front();
            }
            p.recent.push_back(q.seq);
        } else if p.recent.contains(&q.seq) {
            p.dups += 1;
        } else {
            p.unpaired += 1;
        }
        Self::charge(p, budget);
    }

    /// An error quoting a request of a ping seen: told in its step. False
    /// when no such ping is kept.
    pub fn ping_error(&mut self, q: &Query, e: IcmpError, budget: &mut Budget) -> bool {
        let Some(p) = self.pings.get_mut(&q.key()) else {
            return false;
        };
        p.errors.add(e);
        p.last_ns = p.last_ns.max(e.first_ns);
        Self::charge(p, budget);
        true
    }

    /// An error about a datagram of no conversation shown.
    pub fn orphan(
        &mut self,
        capture: u32,
        quoted: Quoted,
        e: IcmpError,
        conversation: String,
        budget: &mut Budget,
    ) {
        let key = (capture, e.from, e.itype, e.code, quoted);
        if let Some(o) = self.orphans.get_mut(&key) {
            o.error.count += 1;
            return;
        }
        if self.orphans.len() >= MAX_ORPHANS || budget.is_over() {
            self.dropped += 1;
            return;
        }
        let was = table_bytes::<(OrphanKey, Orphan)>(self.orphans.len());
        let about = words::about(
            quoted.proto,
            &quoted.src.to_string(),
            &quoted.dst.to_string(),
        );
        budget.resize(
            was,
            table_bytes::<(OrphanKey, Orphan)>(self.orphans.len() + 1),
        );
        budget.charge(about.capacity() + conversation.capacity());
        self.seq += 1;
        self.orphans.insert(
            key,
            Orphan {
                seq: self.seq,
                client: quoted.src.addr,
                conversation,
                about,
                error: e,
            },
        );
    }

    pub fn pings(&self) -> impl Iterator<Item = &Ping> {
        self.pings.values()
    }

    pub fn orphans(&self) -> impl Iterator<Item = &Orphan> {
        self.orphans.values()
    }

    pub fn len(&self) -> usize {
        self.pings.len() + self.orphans.len()
    }
}

/// `ip a ↔ b`, the lower address first: the name the report gives the
/// ICMP between two hosts.
pub fn ip_conversation(a: Addr, b: Addr) -> String {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    format!("ip {x} ↔ {y}")
}
