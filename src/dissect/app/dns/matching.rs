//! Request/response matching by transaction id per conversation, and the
//! retransmission marks tshark gives repeated queries and answers.

use super::*;

// ---------------------------------------------------------------------------
// Request/response matching
// ---------------------------------------------------------------------------

/// Wireshark's `dns.retransmission_timer` preference (default 5 s): an
/// unanswered query repeated sooner is a retransmission.
pub const RETRANSMISSION_TIMER_NS: i128 = 5_000_000_000;

/// Most outstanding transactions remembered; the oldest is forgotten first.
pub const MAX_TRACKED_TRANSACTIONS: usize = 1 << 15;

/// Matches responses to requests by conversation and transaction id, like
/// Wireshark's `dns.response_to` and `dns.time`. A retransmitted query keeps
/// the first request frame; a query reusing an id after its answer starts a
/// new transaction. Memory is bounded by [`MAX_TRACKED_TRANSACTIONS`], and
/// a transaction idle past the conversation timeout is forgotten (tshark,
/// which keeps every one, would still match an answer that late).
#[derive(Debug)]
pub struct DnsTracker<K: Hash + Eq + Clone = ConvKey> {
    open: HashMap<(K, u16), Request>,
    order: VecDeque<(K, u16)>,
    cap: usize,
}

#[derive(Debug, Clone, Copy)]
struct Request {
    frame: u64,
    ts_nanos: i128,
    /// The first response's frame, once answered.
    response: Option<u64>,
}

/// What [`DnsTracker::observe_message`] made of one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Observed {
    /// A query that opens a transaction.
    Request,
    /// The same query again before any answer (tshark:
    /// `dns.retransmission`, `dns.retransmit_request_in`).
    RetransmittedRequest { first_frame: u64 },
    /// The first answer to an open query (`dns.response_to`, `dns.time`).
    Response { request_frame: u64, ns: i128 },
    /// An answer to a query answered already (`dns.retransmission`,
    /// `dns.retransmit_response_in`); it gets no `dns.response_to`.
    RetransmittedResponse { first_response_frame: u64 },
    /// A response to no query seen.
    Unmatched,
}

// tshark's items on a repeated query or answer (`ei_dns_retransmit_*`).
crate::dissect::expert::ei!(
    RETRANSMIT_REQUEST,
    f::dns::RETRANSMIT_REQUEST,
    Protocol,
    Warn
);
crate::dissect::expert::ei!(
    RETRANSMIT_RESPONSE,
    f::dns::RETRANSMIT_RESPONSE,
    Protocol,
    Warn
);

/// The fields tshark gives a message per [`Observed`]: `dns.response_to`
/// and `dns.time` on a first response, `dns.retransmission` and
/// `dns.retransmit_request_in` / `dns.retransmit_response_in` on repeats.
pub fn add_observed_fields(layer: &mut Layer<'_>, o: Observed) {
    match o {
        Observed::Request => {}
        // tshark 4.0: a response to no query it saw.
        Observed::Unmatched => layer.boolean(f::dns::UNSOLICITED, true),
        Observed::Response { request_frame, ns } => add_match_fields(layer, request_frame, ns),
        Observed::RetransmittedRequest { first_frame } => {
            layer.boolean(f::dns::RETRANSMISSION, true);
            layer.uint(f::dns::RETRANSMIT_REQUEST_IN, first_frame);
            crate::dissect::expert::add(
                layer,
                &RETRANSMIT_REQUEST,
                Some(format!(
                    "DNS query retransmission. Original request in frame {first_frame}"
                )),
            );
        }
        Observed::RetransmittedResponse {
            first_response_frame,
        } => {
            layer.boolean(f::dns::RETRANSMISSION, true);
            layer.uint(f::dns::RETRANSMIT_RESPONSE_IN, first_response_frame);
            crate::dissect::expert::add(
                layer,
                &RETRANSMIT_RESPONSE,
                Some(format!(
                    "DNS response retransmission. Original response in frame {first_response_frame}"
                )),
            );
        }
    }
}

impl<K: Hash + Eq + Clone> Default for DnsTracker<K> {
    fn default() -> Self {
        Self::with_capacity(MAX_TRACKED_TRANSACTIONS)
    }
}

impl<K: Hash + Eq + Clone> DnsTracker<K> {
    pub fn new() -> Self {
        Self::default()
    }

    /// A tracker that remembers at most `cap` transactions (at least 1).
    pub fn with_capacity(cap: usize) -> Self {
        DnsTracker {
            open: HashMap::default(),
            order: VecDeque::new(),
            cap: cap.max(1),
        }
    }

    pub fn len(&self) -> usize {
        self.open.len()
    }

    /// Forget the oldest quarter of the open transactions and give their
    /// room back (the memory budget is short). Returns how many went.
    pub fn shed(&mut self) -> usize {
        let n = self.open.len().div_ceil(4);
        for _ in 0..n {
            if let Some(old) = self.order.pop_front() {
                self.open.remove(&old);
            }
        }
        self.open.shrink_to(self.open.len() * 2);
        self.order.shrink_to(self.order.len() * 2);
        n
    }

    pub fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    /// Notes one message. For the first response that matches a request,
    /// returns the request's frame number and the response time in
    /// nanoseconds (a repeated response gets `None`, as tshark gives it no
    /// `dns.response_to`). [`Self::observe_message`] tells more.
    pub fn observe(
        &mut self,
        flow: K,
        id: u16,
        is_response: bool,
        frame: u64,
        ts_nanos: i128,
    ) -> Option<(u64, i128)> {
        match self.observe_message(flow, id, is_response, frame, ts_nanos) {
            Observed::Response { request_frame, ns } => Some((request_frame, ns)),
            _ => None,
        }
    }

    /// Notes one message and says whether it opens, repeats or answers a
    /// transaction (see [`add_observed_fields`]).
    /// Heap bytes held: each open transaction in the map and the order.
    pub fn heap_bytes(&self) -> usize {
        crate::flow::table_bytes::<((K, u16), Request)>(self.open.len())
            + self.order.capacity() * std::mem::size_of::<(K, u16)>()
    }

    pub fn observe_message(
        &mut self,
        flow: K,
        id: u16,
        is_response: bool,
        frame: u64,
        ts_nanos: i128,
    ) -> Observed {
        let key = (flow, id);
        if is_response {
            let Some(r) = self.open.get_mut(&key) else {
                return Observed::Unmatched;
            };
            return match r.response {
                Some(first_response_frame) => Observed::RetransmittedResponse {
                    first_response_frame,
                },
                None => {
                    r.response = Some(frame);
                    Observed::Response {
                        request_frame: r.frame,
                        ns: ts_nanos - r.ts_nanos,
                    }
                }
            };
        }
        let new = Request {
            frame,
            ts_nanos,
            response: None,
        };
        match self.open.get_mut(&key) {
            // A retransmission: keep the original. Only within Wireshark's
            // retransmission timer (dns.retransmission_timer, 5 s): a query
            // repeated later, unanswered, is a new transaction (mDNS asks
            // the same id-0 question every few seconds).
            Some(r) if r.response.is_none() && ts_nanos - r.ts_nanos < RETRANSMISSION_TIMER_NS => {
                return Observed::RetransmittedRequest {
                    first_frame: r.frame,
                };
            }
            // The id is reused for a new question; keeps its eviction slot.
            Some(r) => *r = new,
            None => {
                self.forget_idle(frame, ts_nanos);
                while self.open.len() >= self.cap {
                    match self.order.pop_front() {
                        Some(old) => {
                            self.open.remove(&old);
                        }
                        None => break,
                    }
                }
                self.order.push_back(key.clone());
                self.open.insert(key, new);
            }
        }
        Observed::Request
    }
}

impl<K: Hash + Eq + Clone> DnsTracker<K> {
    /// Forget the transactions asked longest ago while they are idle past
    /// the conversation timeout ([`crate::flow::expired`]: 300 s of capture
    /// time and 64 frames), as the UDP tracker forgets their conversation:
    /// an answer comes within seconds, and keeping every transaction until
    /// the cap made the table the largest thing a dissector held (10 MB on
    /// the 1 GB bench capture, where about 700 are ever open at once).
    fn forget_idle(&mut self, frame: u64, ts_nanos: i128) {
        while let Some(old) = self.order.front()
            && let Some(r) = self.open.get(old)
            && crate::flow::expired(ts_nanos - r.ts_nanos, frame.saturating_sub(r.frame), false)
        {
            self.open.remove(old);
            self.order.pop_front();
        }
    }
}

/// Seconds with nine decimals, as tshark shows `dns.time` (`0.130282000`).
pub fn format_time(ns: i128) -> String {
    let abs = ns.unsigned_abs();
    let sign = if ns < 0 { "-" } else { "" };
    format!("{sign}{}.{:09}", abs / 1_000_000_000, abs % 1_000_000_000)
}

/// Adds a matched response's `dns.response_to` (request frame) and
/// `dns.time` (seconds, tshark's text) to its layer.
pub fn add_match_fields(layer: &mut Layer<'_>, request_frame: u64, time_ns: i128) {
    layer.uint(f::dns::RESPONSE_TO, request_frame);
    let ns = i64::try_from(time_ns).unwrap_or(i64::MAX);
    layer.push(f::dns::TIME, Value::rel_time(ns));
}
