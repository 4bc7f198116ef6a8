//! DNS over TCP: two-byte length prefixes, messages across segments.

use super::*;

// ---------------------------------------------------------------------------
// DNS over TCP
// ---------------------------------------------------------------------------

/// Largest message plus its prefix: the 2-byte prefix bounds it anyway.
pub const MAX_TCP_MESSAGE: usize = 65535 + 2;

/// DNS over TCP (RFC 1035 4.2.2): each message is preceded by its length
/// in two bytes. Messages may span segments and a segment may hold several.
/// A reported message's layer spans `0..2 + len` (the prefix included) and
/// starts with `dns.length`; its `stream_offset` is where the prefix starts.
#[derive(Debug)]
pub struct DnsTcpDecoder {
    dirs: [TcpDir; 2],
    /// Hand out whole messages (events) too.
    collect: bool,
    /// Queries and answers of this connection matched by id, as over UDP
    /// (tshark's `dns.response_to`, `dns.time` over TCP too).
    tracker: DnsTracker<()>,
    /// Frame and capture time of the bytes being fed.
    frame: u64,
    now_ns: i128,
}

/// Open transactions remembered per connection: a client pipelines few
/// queries on one connection; the oldest is forgotten first.
const MAX_TCP_TRANSACTIONS: usize = 256;

impl Default for DnsTcpDecoder {
    fn default() -> Self {
        DnsTcpDecoder {
            dirs: Default::default(),
            collect: false,
            tracker: DnsTracker::with_capacity(MAX_TCP_TRANSACTIONS),
            frame: 0,
            now_ns: 0,
        }
    }
}

#[derive(Debug, Default)]
struct TcpDir {
    /// Bytes of an unfinished message (prefix included), at most
    /// [`MAX_TCP_MESSAGE`] after parsing.
    buf: Vec<u8>,
    /// Stream offset of `buf[0]`.
    base: u64,
    /// After a gap: waiting for bytes that look like the start of a message.
    lost: bool,
}

impl DnsTcpDecoder {
    pub fn new() -> Self {
        Self::default()
    }
}

/// A message from TCP: `dns.length` first, then the message's fields.
fn tcp_message(msg: &[u8]) -> Layer<'static> {
    let mut inner = dissect(msg, 2);
    let mut l = Layer::new(Osi::Application, "dns", 0..msg.len() + 2);
    l.uint(f::dns::LENGTH, msg.len() as u64);
    l.fields.append(&mut inner.fields);
    l.anomalies = std::mem::take(&mut inner.anomalies);
    l.thrown = inner.thrown.take();
    into_owned(l)
}

impl StreamDecoder for DnsTcpDecoder {
    fn heap_bytes(&self) -> usize {
        self.dirs.iter().map(|d| d.buf.capacity()).sum::<usize>() + self.tracker.heap_bytes()
    }

    fn set_time_ns(&mut self, ts_nanos: i128) {
        self.now_ns = ts_nanos;
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn collect_messages(&mut self) {
        self.collect = true;
    }

    fn protocol(&self) -> &'static str {
        "dns"
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let d = &mut self.dirs[dir.index()];
        if d.lost {
            // Resynchronise only on bytes that start with a prefix followed
            // by something DNS-shaped.
            if data.len() >= 2 + HEADER_LEN && probe(&data[2..]) != Probe::NotForUs {
                d.lost = false;
            } else {
                return;
            }
        }
        if d.buf.is_empty() {
            d.base = offset;
        }
        d.buf.extend_from_slice(data);
        let mut at = 0usize;
        while d.buf.len() - at >= 2 {
            let len = usize::from(be16(&d.buf, at));
            if d.buf.len() - at < 2 + len {
                break;
            }
            let mut layer = tcp_message(&d.buf[at + 2..at + 2 + len]);
            if let Some(id) = layer.get_uint(f::dns::ID) {
                let response = matches!(layer.get(f::dns::FLAGS_RESPONSE), Some(Value::Bool(true)));
                let seen =
                    self.tracker
                        .observe_message((), id as u16, response, self.frame, self.now_ns);
                if layer.thrown.is_none() {
                    add_observed_fields(&mut layer, seen);
                }
            }
            let event = self
                .collect
                .then(|| crate::dissect::event::AppMessage::Dns {
                    id: layer.get_uint(f::dns::ID).unwrap_or(0),
                    response: layer.get_uint(f::dns::FLAGS_RESPONSE) == Some(1),
                    summary: summary(&layer),
                });
            out.push(Message {
                event,
                layer,
                stream_offset: d.base + at as u64,
                stream_end: d.base + (at + 2 + len) as u64,
            });
            at += 2 + len;
        }
        d.buf.drain(..at);
        d.base += at as u64;
        debug_assert!(d.buf.len() < MAX_TCP_MESSAGE);
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        let d = &mut self.dirs[dir.index()];
        d.base = d.base.wrapping_add(d.buf.len() as u64).wrapping_add(len);
        d.buf.clear();
        d.lost = true;
    }
}
