//! `osidump follow`: one TCP conversation's bytes, in the order tshark's
//! `-z follow,tcp` prints them: each delivered chunk in capture order, the
//! two directions interleaved by the frames that delivered them.
//!
//! [`Follow`] picks the stream (by `tcp.stream` number or by its two
//! endpoints) and reads the dissector's events for it: the reassembler's
//! in-order bytes become [`Chunk`]s, and the decoders' whole messages
//! become [`Message`]s (HTTP with de-chunked bodies, WebSocket unmasked,
//! defragmented and inflated, DNS) — the same reassembly and the same
//! parsers as every other view, nothing of its own. Bytes of a conversation
//! no decoder reads are raw messages.

use super::{Endpoint, frame_meta, own_layers};
use crate::dissect::Dissection;
use crate::dissect::app::{Dir, websocket};
use crate::dissect::event::{AppMessage, Event};
use crate::dissect::fields as f;
use serde::Serialize;
use std::net::IpAddr;

/// Which conversation to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selector {
    /// `tcp.stream` number.
    Index(u64),
    /// Both endpoints, in either order.
    Tuple((IpAddr, u16), (IpAddr, u16)),
}

impl std::str::FromStr for Selector {
    type Err = String;

    /// `3`, or `10.0.0.1:40000,10.0.0.2:80`, or `[fd99::1]:39680,[fd99::2]:443`
    /// (`-` also separates the two endpoints).
    fn from_str(s: &str) -> Result<Selector, String> {
        let s = s.trim();
        if let Ok(n) = s.parse::<u64>() {
            return Ok(Selector::Index(n));
        }
        let parse_ep = |e: &str| -> Result<(IpAddr, u16), String> {
            let e = e.trim();
            let sa: std::net::SocketAddr = e
                .parse()
                .map_err(|_| format!("{e:?} is not ADDRESS:PORT (IPv6 as [ADDRESS]:PORT)"))?;
            Ok((sa.ip(), sa.port()))
        };
        let split = s
            .split_once(',')
            .or_else(|| s.split_once(" "))
            .or_else(|| {
                // `a:1-b:2`: the dash after a port.
                let i = s.rfind('-')?;
                Some((&s[..i], &s[i + 1..]))
            })
            .ok_or_else(|| format!("{s:?}: expected a stream number or ADDR:PORT,ADDR:PORT"))?;
        Ok(Selector::Tuple(parse_ep(split.0)?, parse_ep(split.1)?))
    }
}

/// How `osidump follow` shows the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// Printable text, other bytes as `.` (Wireshark's ASCII view).
    Text,
    /// Hex dump with stream offsets, node 1 indented.
    Hex,
    /// tshark's `-z follow,tcp,raw,N` output.
    Raw,
    /// Application messages (HTTP, WebSocket, DNS).
    Parsed,
}

/// Bytes one direction delivered, or a gap it gave up on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chunk {
    /// 0: node 0 (the side that sent the first packet seen), 1: the other.
    pub dir: u8,
    pub frame: u64,
    pub ts_ns: i128,
    pub offset: u64,
    #[serde(skip)]
    pub data: Vec<u8>,
    /// Bytes missing before this offset (a gap): `data` is empty.
    pub missing: u64,
}

/// The follower of one TCP conversation.
#[derive(Debug)]
pub struct Follow {
    sel: Selector,
    /// Node 0 and node 1, once the stream was seen.
    pub nodes: Option<(Endpoint, Endpoint)>,
    pub stream: Option<u64>,
    /// Node 0 is the conversation's client (the SYN sender, or the first
    /// sender when the handshake was not captured).
    node0_client: bool,
    /// Frames of the stream seen.
    pub frames: u64,
    last_ts: i128,
}

impl Follow {
    pub fn new(sel: Selector) -> Self {
        Follow {
            sel,
            nodes: None,
            stream: None,
            node0_client: true,
            frames: 0,
            last_ts: 0,
        }
    }

    /// Read one frame's events: the stream's bytes go to `chunks`, its
    /// whole messages (and the bytes no decoder reads, as raw messages) to
    /// `msgs`.
    pub fn add(&mut self, d: &Dissection<'_>, chunks: &mut Vec<Chunk>, msgs: &mut Vec<Message>) {
        let layers = own_layers(d);
        let Some(tcp) = layers.iter().find(|l| l.protocol == "tcp") else {
            return;
        };
        let Some(flow) = super::flow(layers) else {
            return;
        };
        let Some((_, sport, dport)) = flow.l4 else {
            return;
        };
        let src = Endpoint {
            addr: flow.src,
            port: Some(sport),
        };
        let dst = Endpoint {
            addr: flow.dst,
            port: Some(dport),
        };
        let stream = tcp.get_uint(f::tcp::STREAM);
        let selected = match self.sel {
            Selector::Index(n) => stream == Some(n),
            Selector::Tuple(a, b) => {
                let m = |e: &Endpoint, (ip, port): (IpAddr, u16)| {
                    e.port == Some(port) && ip_eq(&e.addr, ip)
                };
                (m(&src, a) && m(&dst, b)) || (m(&src, b) && m(&dst, a))
            }
        };
        if !selected {
            return;
        }
        // A tuple matches every conversation between those endpoints; the
        // first one's stream number pins it.
        let Some(stream) = stream else { return };
        match self.stream {
            Some(s) if s != stream => return,
            Some(_) => {}
            None => self.stream = Some(stream),
        }
        if self.nodes.is_none() {
            self.nodes = Some((src, dst));
            self.node0_client = d
                .events
                .iter()
                .find_map(|e| match e {
                    Event::Tcp(t) if t.stream == stream => Some(t.from_client),
                    _ => None,
                })
                .unwrap_or(true);
        }
        let meta = frame_meta(d);
        self.frames += 1;
        self.last_ts = meta.ts_ns;
        for e in &d.events {
            self.event(e, meta.ts_ns, chunks, msgs);
        }
    }

    /// End of input: the dissector's last events (held bytes given up on
    /// or delivered, messages framed by the connection's close).
    pub fn finish(
        &mut self,
        events: &[Event<'_>],
        chunks: &mut Vec<Chunk>,
        msgs: &mut Vec<Message>,
    ) {
        if self.stream.is_none() {
            return;
        }
        for e in events {
            self.event(e, self.last_ts, chunks, msgs);
        }
    }

    fn node(&self, dir: Dir) -> u8 {
        u8::from((dir == Dir::Client) != self.node0_client)
    }

    fn event(&self, e: &Event<'_>, ts_ns: i128, chunks: &mut Vec<Chunk>, msgs: &mut Vec<Message>) {
        match e {
            Event::Bytes(b) if Some(b.stream) == self.stream => {
                let dir = self.node(b.dir);
                chunks.push(Chunk {
                    dir,
                    frame: b.frame,
                    ts_ns,
                    offset: b.offset,
                    data: b.data.to_vec(),
                    missing: b.missing,
                });
                // Messages come whole from the decoders; what none reads
                // is shown raw.
                if b.missing > 0 {
                    msgs.push(Message::Gap {
                        dir,
                        missing: b.missing,
                    });
                } else if !matches!(b.protocol, Some("http" | "websocket" | "dns")) {
                    msgs.push(Message::Raw {
                        dir,
                        frame: b.frame,
                        data: b.data.to_vec(),
                    });
                }
            }
            Event::Message(m) if Some(m.stream) == self.stream => {
                msgs.push(Message::from_event(self.node(m.dir), m.frame, &m.body));
            }
            _ => {}
        }
    }
}

fn ip_eq(a: &super::Addr, ip: IpAddr) -> bool {
    match (a, ip) {
        (super::Addr::V4(x), IpAddr::V4(y)) => *x == y.octets(),
        (super::Addr::V6(x), IpAddr::V6(y)) => *x == y.octets(),
        (super::Addr::V6(x), IpAddr::V4(y)) => *x == y.to_ipv6_mapped().octets(),
        _ => false,
    }
}

/// One parsed application message.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Message {
    Http {
        dir: u8,
        frame: u64,
        /// Request or status line.
        start_line: String,
        headers: Vec<(String, String)>,
        /// The body as sent, after de-chunking.
        #[serde(serialize_with = "ser_text_or_hex")]
        body: Vec<u8>,
        chunked: bool,
        /// The body was cut (capture ended or [`MAX_BUFFER`] reached).
        incomplete: bool,
    },
    #[serde(rename = "websocket")]
    WebSocket {
        dir: u8,
        frame: u64,
        opcode: u8,
        opcode_name: &'static str,
        /// Frames the message was sent in.
        fragments: u32,
        compressed: bool,
        #[serde(serialize_with = "ser_text_or_hex")]
        payload: Vec<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        close_code: Option<u16>,
    },
    Dns {
        dir: u8,
        frame: u64,
        id: u64,
        response: bool,
        summary: String,
    },
    Raw {
        dir: u8,
        frame: u64,
        #[serde(serialize_with = "ser_text_or_hex")]
        data: Vec<u8>,
    },
    Gap {
        dir: u8,
        missing: u64,
    },
}

impl Message {
    /// A decoder's whole message, on node `dir`'s side.
    pub fn from_event(dir: u8, frame: u64, m: &AppMessage) -> Message {
        match m {
            AppMessage::Http {
                start_line,
                headers,
                body,
                chunked,
                incomplete,
            } => Message::Http {
                dir,
                frame,
                start_line: start_line.clone(),
                headers: headers.clone(),
                body: body.clone(),
                chunked: *chunked,
                incomplete: *incomplete,
            },
            AppMessage::WebSocket {
                opcode,
                fragments,
                compressed,
                payload,
                close_code,
            } => Message::WebSocket {
                dir,
                frame,
                opcode: *opcode,
                opcode_name: websocket::opcode_name(*opcode),
                fragments: *fragments,
                compressed: *compressed,
                payload: payload.clone(),
                close_code: *close_code,
            },
            AppMessage::Dns {
                id,
                response,
                summary,
            } => Message::Dns {
                dir,
                frame,
                id: *id,
                response: *response,
                summary: summary.clone(),
            },
        }
    }

    pub fn dir(&self) -> u8 {
        match self {
            Message::Http { dir, .. }
            | Message::WebSocket { dir, .. }
            | Message::Dns { dir, .. }
            | Message::Raw { dir, .. }
            | Message::Gap { dir, .. } => *dir,
        }
    }
}

/// UTF-8 text as a string; anything else as `{"hex": "..."}`.
fn ser_text_or_hex<S: serde::Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    match std::str::from_utf8(b) {
        Ok(t) => s.serialize_str(t),
        Err(_) => {
            let mut m = s.serialize_map(Some(1))?;
            m.serialize_entry("hex", &hex(b))?;
            m.end()
        }
    }
}

pub fn hex(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push_str(&format!("{x:02x}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_forms() {
        assert_eq!("3".parse::<Selector>(), Ok(Selector::Index(3)));
        let t: Selector = "10.0.0.1:4000,10.0.0.2:80".parse().unwrap();
        assert!(matches!(t, Selector::Tuple((_, 4000), (_, 80))));
        let t: Selector = "[fd99::1]:39680-[fd99::2]:443".parse().unwrap();
        assert!(matches!(t, Selector::Tuple((_, 39680), (_, 443))));
        assert!("x".parse::<Selector>().is_err());
    }
}
