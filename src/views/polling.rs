//! "Why WebSocket instead of HTTP polling?" answered from the capture:
//! what asking again and again costs next to what a pushed message costs.
//!
//! [`Polling::add`] reads each dissection and charges every TCP packet to
//! what its conversation is doing:
//!
//! - **a poll**: the same client asking the same server for the same
//!   method and path (query left out: pollers often add a cache-busting
//!   `?_=…`) again and again. Its packets (handshake, request, response,
//!   ACKs, hang-up) are charged to that (client, server, method, path)
//!   group; HTTP header bytes and body bytes are counted from the HTTP
//!   layer (`osidump.http.header_len`, `osidump.http.body_len`);
//! - **a WebSocket session**: the packets up to and including the 101 are
//!   the cost of opening it; after that every frame header, ping, pong,
//!   ACK and close is overhead on the messages' payload.
//!
//! A group is called polling when it was asked at least [`MIN_POLLS`]
//! times with no two requests closer than [`MIN_GAP_NS`] (a page fetching
//! one image three times at once is not polling); long polling when the
//! server held each request for most of the interval.
//!
//! Memory is bounded: at most [`MAX_GROUPS`] groups, [`MAX_SESSIONS`]
//! WebSocket sessions and [`MAX_STREAMS`] conversations being charged
//! (oldest first out; what could not be tracked is counted).

use super::i18n::Lang;
use super::{Addr, Endpoint, flow, frame_meta, human_bytes, own_layers};
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Layer, Value};
use foldhash::HashMap;
use serde::Serialize;
use std::collections::VecDeque;

/// Requests of one (client, server, method, path) before it is polling.
pub const MIN_POLLS: u64 = 3;
/// The smallest gap between two polls: closer requests are a burst.
pub const MIN_GAP_NS: i128 = 50_000_000;
/// (client, server, method, path) groups remembered.
pub const MAX_GROUPS: usize = 1024;
/// WebSocket sessions remembered.
pub const MAX_SESSIONS: usize = 1024;
/// TCP conversations whose packets are being charged at once.
pub const MAX_STREAMS: usize = 4096;
/// Stream numbers kept per group (for `sessions` to fold alike ones).
const MAX_GROUP_STREAMS: usize = 4096;
/// Longest path kept (longer ones are cut; the cut path is the key).
const MAX_PATH: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct GroupKey {
    capture: u32,
    client: Addr,
    server: Endpoint,
    method: String,
    path: String,
}

#[derive(Debug, Clone, Default)]
struct Group {
    requests: u64,
    first_ns: i128,
    last_ns: i128,
    min_gap: Option<i128>,
    max_gap: i128,
    request_header: u64,
    response_header: u64,
    responses: u64,
    with_news: u64,
    news: u64,
    wait_ns: i128,
    wire_bytes: u64,
    wire_packets: u64,
    /// Conversations it used, in order (capped).
    streams: Vec<u64>,
    connections: u64,
}

#[derive(Debug, Clone, Default)]
struct Session {
    capture: u32,
    stream: u64,
    client: Option<Endpoint>,
    server: Option<Endpoint>,
    accepted: bool,
    last_ns: i128,
    upgrade_header: u64,
    open_bytes: u64,
    open_packets: u64,
    messages: [u64; 2],
    payload: [u64; 2],
    data_frames: u64,
    frame_header: u64,
    frame_header_min: u64,
    frame_header_max: u64,
    control_frames: u64,
    pings: u64,
    wire_bytes: u64,
    wire_packets: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Doing {
    /// No request seen yet: its packets wait in `pending`.
    Unknown,
    Poll(usize),
    WebSocket(usize),
}

#[derive(Debug, Clone)]
struct Stream {
    doing: Doing,
    pending_bytes: u64,
    pending_packets: u64,
    /// When its unanswered request was sent.
    asked_ns: Option<i128>,
}

/// The aggregator.
#[derive(Debug, Default, Clone)]
pub struct Polling {
    capture: u32,
    seen: bool,
    keys: HashMap<GroupKey, usize>,
    groups: Vec<(GroupKey, Group)>,
    sessions: Vec<Session>,
    streams: HashMap<(u32, u64), Stream>,
    order: VecDeque<(u32, u64)>,
    untracked: u64,
}

/// One polled resource.
#[derive(Debug, Clone, Serialize)]
pub struct Poll {
    pub client: Addr,
    pub server: Endpoint,
    pub method: String,
    pub path: String,
    pub polls: u64,
    pub responses: u64,
    /// Responses with a non-empty body.
    pub with_news: u64,
    pub news_bytes: u64,
    pub request_header_bytes: u64,
    pub response_header_bytes: u64,
    /// Every packet of its conversations: TCP handshakes, requests,
    /// responses, ACKs, hang-ups.
    pub wire_bytes: u64,
    pub wire_packets: u64,
    /// Seconds since the capture's first frame.
    pub first: f64,
    pub last: f64,
    /// Mean, smallest and largest gap between two polls (s).
    pub interval: f64,
    pub interval_min: f64,
    pub interval_max: f64,
    /// Mean time the server took to answer (s).
    pub wait: f64,
    /// The server held each request for most of the interval.
    pub long_polling: bool,
    /// TCP conversations used (1: one kept-alive connection).
    pub connections: u64,
    /// Wire bytes that were not news, per poll that brought news (per
    /// poll when none did).
    pub overhead_per_message: f64,
    #[serde(skip)]
    pub capture: u32,
    #[serde(skip)]
    pub streams: Vec<u64>,
}

/// One WebSocket session's cost.
#[derive(Debug, Clone, Serialize)]
pub struct Push {
    pub stream: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client: Option<Endpoint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<Endpoint>,
    pub accepted: bool,
    /// Upgrade request and 101 response headers.
    pub upgrade_header_bytes: u64,
    /// Every packet up to and including the 101 (TCP handshake included).
    pub open_bytes: u64,
    pub open_packets: u64,
    /// Messages client → server and server → client.
    pub messages: [u64; 2],
    pub payload_bytes: [u64; 2],
    pub data_frames: u64,
    pub frame_header_bytes: u64,
    /// Smallest and largest data frame header.
    pub frame_header_min: u64,
    pub frame_header_max: u64,
    pub control_frames: u64,
    pub pings: u64,
    /// Every packet after the 101.
    pub wire_bytes: u64,
    pub wire_packets: u64,
    /// Wire bytes after the 101 that were not payload, per message.
    pub overhead_per_message: f64,
    /// Seconds since the capture's first frame of its last packet.
    pub last: f64,
    #[serde(skip)]
    pub capture: u32,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub polling: Vec<Poll>,
    pub websocket: Vec<Push>,
    /// Requests or sessions not tracked (over the caps).
    #[serde(skip_serializing_if = "is_zero")]
    pub untracked: u64,
}

fn is_zero(v: &u64) -> bool {
    *v == 0
}

/// Bytes of one WebSocket frame header, from its length and mask fields.
fn ws_header_len(l: &Layer<'_>) -> u64 {
    let mut n = 2;
    if l.get(f::websocket::PAYLOAD_LENGTH_EXT_16).is_some() {
        n += 2;
    }
    if l.get(f::websocket::PAYLOAD_LENGTH_EXT_64).is_some() {
        n += 8;
    }
    if matches!(l.get(f::websocket::MASK), Some(Value::Bool(true))) {
        n += 4;
    }
    n
}

fn ws_payload_len(l: &Layer<'_>) -> u64 {
    l.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_64)
        .or_else(|| l.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_16))
        .or_else(|| l.get_uint(f::websocket::PAYLOAD_LENGTH))
        .unwrap_or(0)
}

impl Polling {
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether any packet was added (in any capture).
    pub fn seen(&self) -> bool {
        self.seen
    }

    /// The next packets come from another capture (stream numbers restart).
    pub fn next_capture(&mut self) {
        if self.seen {
            self.capture += 1;
        }
    }

    fn stream(&mut self, key: (u32, u64)) -> &mut Stream {
        if !self.streams.contains_key(&key) {
            if self.streams.len() >= MAX_STREAMS
                && let Some(old) = self.order.pop_front()
            {
                self.streams.remove(&old);
            }
            self.order.push_back(key);
        }
        self.streams.entry(key).or_insert(Stream {
            doing: Doing::Unknown,
            pending_bytes: 0,
            pending_packets: 0,
            asked_ns: None,
        })
    }

    pub fn add(&mut self, d: &Dissection<'_>) {
        self.seen = true;
        let layers = own_layers(d);
        let Some(fl) = flow(layers) else { return };
        let Some(("tcp", sport, dport)) = fl.l4 else {
            return;
        };
        let Some(stream) = layers
            .iter()
            .find(|l| l.protocol == "tcp")
            .and_then(|l| l.get_uint(f::tcp::STREAM))
        else {
            return;
        };
        let meta = frame_meta(d);
        let ts = meta.ts_ns;
        let key = (self.capture, stream);
        let src = Endpoint {
            addr: fl.src,
            port: Some(sport),
        };
        let dst = Endpoint {
            addr: fl.dst,
            port: Some(dport),
        };
        let doing_before = self.stream(key).doing;
        let accepted_before = match doing_before {
            Doing::WebSocket(i) => self.sessions[i].accepted,
            _ => false,
        };
        for l in layers {
            match l.protocol {
                "http" => self.http(key, l, ts, src, dst),
                "websocket" => {
                    if let Doing::WebSocket(i) = self.stream(key).doing {
                        let s = &mut self.sessions[i];
                        let dir = usize::from(s.server == Some(src));
                        match l.get_uint(f::websocket::OPCODE).unwrap_or(0) {
                            0..=2 => {
                                let h = ws_header_len(l);
                                s.frame_header_min = if s.data_frames == 0 {
                                    h
                                } else {
                                    s.frame_header_min.min(h)
                                };
                                s.frame_header_max = s.frame_header_max.max(h);
                                s.data_frames += 1;
                                s.frame_header += h;
                                s.payload[dir] += ws_payload_len(l);
                                if matches!(l.get(f::websocket::FIN), Some(Value::Bool(true))) {
                                    s.messages[dir] += 1;
                                }
                            }
                            op => {
                                s.control_frames += 1;
                                if op == 9 {
                                    s.pings += 1;
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        // Charge the packet to what its conversation does.
        let st = self.stream(key);
        let doing = st.doing;
        match doing {
            Doing::Unknown => {
                st.pending_bytes += meta.len;
                st.pending_packets += 1;
            }
            Doing::Poll(g) => {
                let (p, b) = (
                    std::mem::take(&mut st.pending_packets),
                    std::mem::take(&mut st.pending_bytes),
                );
                let g = &mut self.groups[g].1;
                g.wire_bytes += meta.len + b;
                g.wire_packets += 1 + p;
            }
            Doing::WebSocket(i) => {
                let (p, b) = (
                    std::mem::take(&mut st.pending_packets),
                    std::mem::take(&mut st.pending_bytes),
                );
                let s = &mut self.sessions[i];
                s.last_ns = s.last_ns.max(ts);
                s.open_bytes += b;
                s.open_packets += p;
                if accepted_before {
                    s.wire_bytes += meta.len;
                    s.wire_packets += 1;
                } else {
                    s.open_bytes += meta.len;
                    s.open_packets += 1;
                }
            }
        }
    }

    fn http(&mut self, key: (u32, u64), l: &Layer<'_>, ts: i128, src: Endpoint, dst: Endpoint) {
        let header = l.get_uint(f::http::OSIDUMP_HEADER_LEN).unwrap_or(0);
        if let Some(method) = l.get_str(f::http::REQUEST_METHOD) {
            let upgrade = l
                .get_str(f::http::UPGRADE)
                .is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
            if upgrade {
                if self.sessions.len() >= MAX_SESSIONS {
                    self.untracked += 1;
                    return;
                }
                self.sessions.push(Session {
                    capture: key.0,
                    stream: key.1,
                    client: Some(src),
                    server: Some(dst),
                    upgrade_header: header,
                    ..Session::default()
                });
                let i = self.sessions.len() - 1;
                self.stream(key).doing = Doing::WebSocket(i);
                return;
            }
            let uri = l.get_str(f::http::REQUEST_URI).unwrap_or("");
            let mut path = uri.split('?').next().unwrap_or("").to_string();
            if path.len() > MAX_PATH {
                let mut cut = MAX_PATH;
                while !path.is_char_boundary(cut) {
                    cut -= 1;
                }
                path.truncate(cut);
            }
            let gk = GroupKey {
                capture: key.0,
                client: src.addr,
                server: dst,
                method: method.to_string(),
                path,
            };
            let g = match self.keys.get(&gk) {
                Some(&g) => g,
                None if self.groups.len() >= MAX_GROUPS => {
                    self.untracked += 1;
                    return;
                }
                None => {
                    self.groups.push((
                        gk.clone(),
                        Group {
                            first_ns: ts,
                            last_ns: ts,
                            ..Group::default()
                        },
                    ));
                    self.keys.insert(gk, self.groups.len() - 1);
                    self.groups.len() - 1
                }
            };
            let st = self.stream(key);
            let new_conn = st.doing != Doing::Poll(g);
            st.doing = Doing::Poll(g);
            st.asked_ns = Some(ts);
            let grp = &mut self.groups[g].1;
            if grp.requests > 0 {
                let gap = ts - grp.last_ns;
                grp.min_gap = Some(grp.min_gap.map_or(gap, |m| m.min(gap)));
                grp.max_gap = grp.max_gap.max(gap);
            }
            grp.requests += 1;
            grp.last_ns = ts;
            grp.request_header += header;
            if new_conn {
                grp.connections += 1;
                if grp.streams.len() < MAX_GROUP_STREAMS && !grp.streams.contains(&key.1) {
                    grp.streams.push(key.1);
                }
            }
        } else if let Some(code) = l.get_uint(f::http::RESPONSE_CODE) {
            let st = self.stream(key);
            let asked = st.asked_ns.take();
            match st.doing {
                Doing::WebSocket(i) => {
                    let s = &mut self.sessions[i];
                    s.upgrade_header += header;
                    if code == 101 {
                        s.accepted = true;
                    }
                }
                Doing::Poll(g) => {
                    let grp = &mut self.groups[g].1;
                    let body = l
                        .get_uint(f::http::CONTENT_LENGTH)
                        .or_else(|| l.get_uint(f::http::OSIDUMP_BODY_LEN))
                        .unwrap_or(0);
                    grp.responses += 1;
                    grp.response_header += header;
                    grp.news += body;
                    if body > 0 {
                        grp.with_news += 1;
                    }
                    if let Some(a) = asked {
                        grp.wait_ns += ts - a;
                    }
                }
                Doing::Unknown => {}
            }
        }
    }

    /// Polled resources (in order of first poll) and WebSocket sessions;
    /// times relative to `base_ns`.
    pub fn report(&self, base_ns: i128) -> Report {
        let secs = |ns: i128| ns as f64 / 1e9;
        let mut polling: Vec<Poll> = self
            .groups
            .iter()
            .filter(|(_, g)| g.requests >= MIN_POLLS && g.min_gap.is_some_and(|m| m >= MIN_GAP_NS))
            .map(|(k, g)| {
                let interval = secs(g.last_ns - g.first_ns) / (g.requests - 1) as f64;
                let wait = if g.responses > 0 {
                    secs(g.wait_ns) / g.responses as f64
                } else {
                    0.0
                };
                // Per poll that brought news; per poll when none did.
                let per = if g.with_news > 0 {
                    g.with_news
                } else {
                    g.requests
                };
                Poll {
                    client: k.client,
                    server: k.server,
                    method: k.method.clone(),
                    path: k.path.clone(),
                    polls: g.requests,
                    responses: g.responses,
                    with_news: g.with_news,
                    news_bytes: g.news,
                    request_header_bytes: g.request_header,
                    response_header_bytes: g.response_header,
                    wire_bytes: g.wire_bytes,
                    wire_packets: g.wire_packets,
                    first: secs(g.first_ns - base_ns),
                    last: secs(g.last_ns - base_ns),
                    interval,
                    interval_min: secs(g.min_gap.unwrap_or(0)),
                    interval_max: secs(g.max_gap),
                    wait,
                    long_polling: wait > 0.5 * interval,
                    connections: g.connections,
                    overhead_per_message: g.wire_bytes.saturating_sub(g.news) as f64 / per as f64,
                    capture: k.capture,
                    streams: g.streams.clone(),
                }
            })
            .collect();
        polling.sort_by(|a, b| a.capture.cmp(&b.capture).then(a.first.total_cmp(&b.first)));
        let websocket = self
            .sessions
            .iter()
            .map(|s| {
                let messages = s.messages[0] + s.messages[1];
                let payload = s.payload[0] + s.payload[1];
                Push {
                    stream: s.stream,
                    client: s.client,
                    server: s.server,
                    accepted: s.accepted,
                    upgrade_header_bytes: s.upgrade_header,
                    open_bytes: s.open_bytes,
                    open_packets: s.open_packets,
                    messages: s.messages,
                    payload_bytes: s.payload,
                    data_frames: s.data_frames,
                    frame_header_bytes: s.frame_header,
                    frame_header_min: s.frame_header_min,
                    frame_header_max: s.frame_header_max,
                    control_frames: s.control_frames,
                    pings: s.pings,
                    wire_bytes: s.wire_bytes,
                    wire_packets: s.wire_packets,
                    overhead_per_message: s.wire_bytes.saturating_sub(payload) as f64
                        / messages.max(1) as f64,
                    last: secs(s.last_ns - base_ns),
                    capture: s.capture,
                }
            })
            .collect();
        Report {
            polling,
            websocket,
            untracked: self.untracked,
        }
    }
}

/// `0.204 s`, `12.5 s`.
fn secs(s: f64) -> String {
    if s < 10.0 {
        format!("{s:.3} s")
    } else {
        format!("{s:.1} s")
    }
}

impl Poll {
    /// What was asked, how often, over how many connections (English).
    pub fn summary(&self) -> String {
        self.summary_in(Lang::En)
    }

    /// [`Poll::summary`] in `lang`.
    pub fn summary_in(&self, lang: Lang) -> String {
        let ko = lang == Lang::Ko;
        let (m, path, server) = (&self.method, &self.path, &self.server);
        let mut text = match (ko, self.long_polling) {
            (false, true) => format!(
                "long polling: {m} {path} on {server}, each request held {} by the server",
                secs(self.wait)
            ),
            (false, false) => format!(
                "polling: {m} {path} on {server} every {}",
                secs(self.interval)
            ),
            (true, true) => format!(
                "롱 폴링: {server}의 {m} {path}, 서버가 요청마다 {} 붙잡아 둠",
                secs(self.wait)
            ),
            (true, false) => format!("폴링: {server}의 {m} {path}, {}마다", secs(self.interval)),
        };
        if self.interval_max - self.interval_min >= 0.001 {
            let min = secs(self.interval_min);
            text.push_str(&format!(
                " ({}–{})",
                min.trim_end_matches(" s"),
                secs(self.interval_max)
            ));
        }
        let span = secs(self.last - self.first);
        if ko {
            text.push_str(&format!(", {span} 동안 {}번", self.polls));
        } else {
            text.push_str(&format!(", {} times in {span}", self.polls));
        }
        text.push_str(&match (ko, self.connections) {
            (false, 1) => ", on one kept-alive connection".to_string(),
            (false, n) if n == self.polls => ", each on a new connection".to_string(),
            (false, n) => format!(", over {n} connections"),
            (true, 1) => ", 유지된 연결 하나로".to_string(),
            (true, n) if n == self.polls => ", 매번 새 연결로".to_string(),
            (true, n) => format!(", 연결 {n}개에 걸쳐"),
        });
        text
    }

    /// News, headers and wire bytes, and the overhead per news item
    /// (English).
    pub fn cost(&self) -> String {
        self.cost_in(Lang::En)
    }

    /// [`Poll::cost`] in `lang`.
    pub fn cost_in(&self, lang: Lang) -> String {
        let headers = self.request_header_bytes + self.response_header_bytes;
        let news = human_bytes(self.news_bytes);
        let all_headers = human_bytes(headers);
        let per_poll = human_bytes(headers / self.polls.max(1));
        let wire = human_bytes(self.wire_bytes);
        let overhead = human_bytes(self.overhead_per_message.round() as u64);
        let (with, answers, packets) = (self.with_news, self.responses, self.wire_packets);
        if lang == Lang::Ko {
            let per = if self.with_news > 0 {
                "소식 하나"
            } else {
                "폴링 한 번"
            };
            format!(
                "비용: 응답 {answers}개 중 {with}개에 소식 {news}, HTTP 헤더 {all_headers} (폴링마다 {per_poll}), 전송량 {wire} (패킷 {packets}개): {per}당 오버헤드 {overhead}"
            )
        } else {
            let per = if self.with_news > 0 {
                "news item"
            } else {
                "poll"
            };
            format!(
                "cost: {news} of news in {with} of {answers} answers, {all_headers} of HTTP headers ({per_poll} per poll), {wire} on the wire in {packets} packets: {overhead} of overhead per {per}"
            )
        }
    }
}

impl Push {
    /// What opening the session cost, and then each message (English).
    pub fn cost(&self) -> String {
        self.cost_in(Lang::En)
    }

    /// [`Push::cost`] in `lang`.
    pub fn cost_in(&self, lang: Lang) -> String {
        let messages: u64 = self.messages.iter().sum();
        let payload = human_bytes(self.payload_bytes.iter().sum());
        let frame = if self.frame_header_min == self.frame_header_max {
            format!("{} B", self.frame_header_min)
        } else {
            format!("{}–{} B", self.frame_header_min, self.frame_header_max)
        };
        let open = human_bytes(self.open_bytes);
        let open_packets = self.open_packets;
        let upgrade = human_bytes(self.upgrade_header_bytes);
        let wire = human_bytes(self.wire_bytes);
        let packets = self.wire_packets;
        let overhead = human_bytes(self.overhead_per_message.round() as u64);
        let pings = self.pings;
        if lang == Lang::Ko {
            let mut text = format!(
                "비용: 여는 데 {open} (패킷 {open_packets}개: TCP 핸드셰이크, 업그레이드 헤더 {upgrade}), 이후 메시지 {messages}개가 {payload}를 실어 나름 (프레임 헤더 각 {frame}); 전송량 {wire} (패킷 {packets}개): 메시지당 오버헤드 {overhead}"
            );
            if pings > 0 {
                text.push_str(&format!(" (연결 유지: 핑 {pings}번)"));
            }
            text
        } else {
            let mut text = format!(
                "cost: {open} in {open_packets} packets to open (TCP handshake, {upgrade} of upgrade headers), then {messages} messages carried {payload} with {frame} of frame header each; {wire} on the wire in {packets} packets: {overhead} of overhead per message"
            );
            if pings > 0 {
                text.push_str(&format!(" (keep-alive: {pings} ping)"));
            }
            text
        }
    }
}

impl Report {
    /// The client's WebSocket session that carried the most messages: the
    /// one to set next to its polling.
    pub fn push_of(&self, client: Addr) -> Option<&Push> {
        self.websocket
            .iter()
            .filter(|w| w.client.is_some_and(|c| c.addr == client))
            .max_by_key(|w| w.messages.iter().sum::<u64>())
    }
}

/// Polling next to push: overhead per item, and how late polled news is.
/// None when the session carried no message (English).
pub fn compare(p: &Poll, w: &Push) -> Option<String> {
    compare_in(p, w, Lang::En)
}

/// [`compare`] in `lang`.
pub fn compare_in(p: &Poll, w: &Push, lang: Lang) -> Option<String> {
    if w.messages.iter().sum::<u64>() == 0 {
        return None;
    }
    let ko = lang == Lang::Ko;
    let ratio = p.overhead_per_message / w.overhead_per_message.max(1.0);
    let polled = human_bytes(p.overhead_per_message.round() as u64);
    let pushed = human_bytes(w.overhead_per_message.round() as u64);
    let mut text = if ko {
        format!(
            "폴링 대 WebSocket: 오버헤드가 폴링은 소식 하나당 {polled}, 푸시는 메시지당 {pushed}"
        )
    } else {
        format!(
            "polling vs WebSocket: {polled} of overhead per news item polled, {pushed} per message pushed"
        )
    };
    if ratio >= 1.5 {
        if ko {
            text.push_str(&format!(" ({ratio:.0}분의 1)"));
        } else {
            text.push_str(&format!(" ({ratio:.0}× less)"));
        }
    }
    if !p.long_polling {
        let wait = secs(p.interval);
        if ko {
            text.push_str(&format!(
                "; 폴링한 소식은 다음 폴링까지 최대 {wait} 기다리고, 푸시한 소식은 곧바로 떠남"
            ));
        } else {
            text.push_str(&format!(
                "; polled news waits up to {wait} for the next poll, pushed news leaves at once"
            ));
        }
    }
    Some(text)
}
