//! Typed session facts, defined once by the decoders and read by the
//! views (`follow`, `sessions`, `stats`) instead of re-deriving them from
//! field names — Wireshark's taps, Zeek's events.
//!
//! A dissection carries events only when the dissector was asked for them
//! ([`super::Dissector::with_events`]): printing packets needs none, and
//! application messages copy their bodies.

use super::app::Dir;
use crate::flow::tcp::Phase;
use serde::Serialize;
use std::borrow::Cow;

/// Which events a dissector reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Events {
    #[default]
    Off,
    /// TCP segments' steps and TLS handshakes' ends (what `sessions`
    /// reads): no copies, no message bodies.
    Steps,
    /// Also stream bytes and whole application messages (`follow`).
    All,
}

/// One fact a frame established.
#[derive(Debug, Clone, PartialEq)]
pub enum Event<'a> {
    /// A TCP segment of conversation `stream`: who sent it and the step of
    /// the call it made (flow/tcp.rs's phase: the one definition of the
    /// handshake and the close).
    Tcp(TcpSegment),
    /// Bytes of a TCP stream, in order, as this frame delivered them (or a
    /// gap the reassembler gave up on).
    Bytes(StreamBytes<'a>),
    /// A complete application message of a TCP conversation.
    Message(Message),
    /// Both sides finished the TLS handshake of a conversation.
    TlsHandshakeDone { stream: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TcpSegment {
    pub stream: u64,
    pub from_client: bool,
    pub phase: Phase,
    /// The segment's flag bits (`tcp.flags`).
    pub flags: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamBytes<'a> {
    pub stream: u64,
    pub dir: Dir,
    /// The frame that delivered the bytes (the last one needed).
    pub frame: u64,
    /// Offset of the first byte in this direction's stream.
    pub offset: u64,
    pub data: Cow<'a, [u8]>,
    /// Bytes missing before `offset` (a gap given up on): `data` is empty.
    pub missing: u64,
    /// The application protocol decoding the conversation, if any.
    pub protocol: Option<&'static str>,
}

impl StreamBytes<'_> {
    pub fn into_owned(self) -> StreamBytes<'static> {
        StreamBytes {
            data: Cow::Owned(self.data.into_owned()),
            ..self
        }
    }
}

/// A whole application message, as the decoder read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub stream: u64,
    pub dir: Dir,
    /// The frame that completed it.
    pub frame: u64,
    pub body: AppMessage,
}

/// The largest body or payload a message event carries; the rest is
/// counted, not kept (`incomplete`).
pub const MAX_BODY: usize = 16 << 20;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum AppMessage {
    Http {
        /// Request or status line.
        start_line: String,
        headers: Vec<(String, String)>,
        /// The body as sent, after de-chunking (at most [`MAX_BODY`]).
        #[serde(skip)]
        body: Vec<u8>,
        chunked: bool,
        /// The body was cut: the stream ended, bytes were missing, or it
        /// passed [`MAX_BODY`].
        incomplete: bool,
    },
    #[serde(rename = "websocket")]
    WebSocket {
        opcode: u8,
        /// Frames the message was sent in.
        fragments: u32,
        compressed: bool,
        /// Unmasked, reassembled, inflated (at most [`MAX_BODY`]).
        #[serde(skip)]
        payload: Vec<u8>,
        close_code: Option<u16>,
    },
    Dns {
        id: u64,
        response: bool,
        /// The message as its one-line summary reads.
        summary: String,
    },
}

impl Event<'_> {
    pub fn into_owned(self) -> Event<'static> {
        match self {
            Event::Tcp(t) => Event::Tcp(t),
            Event::Bytes(b) => Event::Bytes(b.into_owned()),
            Event::Message(m) => Event::Message(m),
            Event::TlsHandshakeDone { stream } => Event::TlsHandshakeDone { stream },
        }
    }
}
