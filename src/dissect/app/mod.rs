//! L5-L7 decoders: DNS, DHCP, HTTP/1.x (with the WebSocket it may upgrade to) and
//! TLS. They read reassembled, in-order bytes, never the frame directly, so
//! the layers they produce own their values (`Layer<'static>`).
//!
//! Two shapes of decoder:
//! - datagram decoders (DNS over UDP) turn one payload into layers;
//! - [`StreamDecoder`]s keep per-conversation state and are fed each
//!   direction's bytes in order by the TCP reassembler; they report a
//!   message on the frame whose bytes complete it.

pub mod bgp;
pub mod dhcp;
pub mod dhcpv6;
pub mod dns;
pub mod http;
pub mod http2;
pub mod huffman;
pub mod ntp;
pub mod quic;
pub mod snmp;
pub mod ssh;
pub mod syslog;
pub mod tls;
pub mod websocket;

/// Which side of a conversation sent the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    /// The side that opened the conversation (sent the SYN), or the first
    /// sender seen when the handshake was not captured.
    Client,
    Server,
}

impl Dir {
    pub fn index(self) -> usize {
        match self {
            Dir::Client => 0,
            Dir::Server => 1,
        }
    }
}

/// A cheap guess, from the first bytes of a payload, whether a protocol is
/// spoken here. Probes never panic and never allocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    Certain,
    Unsure,
    NotForUs,
}

/// One application message completed by the bytes just fed.
#[derive(Debug, Clone)]
pub struct Message {
    pub layer: crate::dissect::Layer<'static>,
    /// Offset in the direction's byte stream (0 = first byte seen) of the
    /// message's first byte; the reassembler maps it back to the frames the
    /// message was built from.
    pub stream_offset: u64,
    /// Offset just past the message's last byte: `stream_offset..stream_end`
    /// is what it was built from (the frames that carried it, its
    /// reassembled length).
    pub stream_end: u64,
    /// The whole message, when the decoder was asked to collect messages
    /// ([`StreamDecoder::collect_messages`]).
    pub event: Option<crate::dissect::event::AppMessage>,
}

/// A per-conversation decoder over in-order bytes.
pub trait StreamDecoder: Send {
    /// Wireshark's short name of the protocol currently decoded (`http`,
    /// `websocket`, `tls`, `dns`); may change after an upgrade.
    fn protocol(&self) -> &'static str;

    /// Bytes `data` continue direction `dir` at stream offset `offset`.
    /// Completed messages are appended to `out`. The decoder keeps what it
    /// needs of an unfinished message itself, up to its own cap.
    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>);

    /// `len` bytes of direction `dir` were lost for good: drop any message
    /// in progress and resynchronise where possible.
    fn gap(&mut self, dir: Dir, len: u64);

    /// Heap bytes the decoder holds now (buffers, inflaters, pending
    /// requests), charged to the dissector's memory budget.
    fn heap_bytes(&self) -> usize {
        0
    }

    /// Also hand out each message whole (body or payload included) in
    /// [`Message::event`], for views such as `follow --show parsed`.
    fn collect_messages(&mut self) {}

    /// Capture time of the bytes about to be fed (for request/response
    /// times). Decoders that don't measure time ignore it.
    fn set_time_ns(&mut self, _ts_nanos: i128) {}

    /// Number of the frame whose bytes are about to be fed: messages they
    /// complete are shown in it (for request/response matching by frame,
    /// `dns.response_to`). Decoders that don't match ignore it.
    fn set_frame(&mut self, _frame: u64) {}

    /// Ports of the bytes about to be fed, source then destination (SSH
    /// names its sides by the one that is its port). Decoders that name
    /// sides by who opened the conversation ignore them.
    fn set_ports(&mut self, _src: u16, _dst: u16) {}

    /// Feed each segment's bytes in one call, however long (SSH reads a
    /// segment as tshark's dissector gets it: its Info and its encrypted
    /// packets are per segment). The others get them in pieces.
    fn whole_segments(&self) -> bool {
        false
    }

    /// Bytes the snap length cut off the end of the segment about to be
    /// fed (0: all of it was captured). tshark's TCP reassembles no such
    /// segment: BGP reads its messages from what was captured. Decoders
    /// that reassemble regardless ignore it.
    fn set_snap_cut(&mut self, _cut: u64) {}

    /// The key log to decrypt with (TLS); given once, when the decoder is
    /// made, if the run has one.
    fn set_keys(&mut self, _keys: &tls::keylog::Keys) {}

    /// No output or filter of the run reads the fingerprints (JA3, JA4):
    /// leave them out, sparing their hashes. Given when the decoder is made.
    fn skip_fingerprints(&mut self) {}

    /// The bytes fed are what a TLS session decrypted (`https://` URIs).
    fn set_secure(&mut self) {}

    /// Whether side `dir` holds part of a message it has not finished
    /// (bytes waiting for the rest of a record). Reported by the decoders
    /// whose Wireshark counterpart shows its protocol on the segment that
    /// starts such a message (TLS); the others say no.
    fn holds_partial(&self, _dir: Dir) -> bool {
        false
    }

    /// Whether what side `dir` was last fed went nowhere: not part of a
    /// message (held or shown), dropped as Wireshark's dissector drops
    /// bytes it takes without showing anything (HTTP: a segment whose
    /// first line is no request or status line, before any request).
    fn consumed_silently(&self, _dir: Dir) -> bool {
        false
    }

    /// What Wireshark's dissector writes in the Info column for the
    /// message side `dir` is in the middle of, before asking TCP for the
    /// rest (HTTP: the message's first line, once its head is read);
    /// written to `out`, `false` when there is none.
    fn pending_info(&self, _dir: Dir, _out: &mut String) -> bool {
        false
    }

    /// Side `dir` ended (its FIN, a reset, a timeout or the end of the
    /// capture): emit what it sent that is complete by being the last
    /// thing sent (e.g. an HTTP body framed by the connection's close).
    fn finish(&mut self, _dir: Dir, _out: &mut Vec<Message>) {}
}
