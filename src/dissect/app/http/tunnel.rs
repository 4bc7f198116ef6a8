//! What an HTTP CONNECT tunnel carries, as tshark 4.0's packet-http.c
//! hands it on (`http_payload_subdissector`).
//!
//! Once a conversation's last request was a CONNECT and its last response
//! a `200` (exactly: another 2xx leaves the bytes to HTTP), every segment
//! TCP hands HTTP after that goes through the tunnel. tshark takes the
//! destination of the first such segment for the server. Each call puts up
//! an HTTP item with the generated `http.proxy_connect_host` and
//! `http.proxy_connect_port` (the request URI split at its first `:`, the
//! port read as C's `strtol`), then calls the TCP port table as TCP would,
//! with the URI's port standing in for the server's port
//! (`decode_tcp_ports`): the carried protocol sees the conversation as if
//! it ran straight to that port. A port of HTTP's own range (80, 3128...),
//! or a conversation HTTP was found on by its heuristic, goes to the data
//! dissector instead (packet-http.c's guard against calling itself): HTTP
//! carried to another port is read on the first segment only.
//!
//! [`Tunnel`] holds the carried decoder, feeds it the stream offsets of the
//! outer conversation (so that messages map to their frames), and puts the
//! proxy item before the messages of each of tshark's calls: one for the
//! message reassembled from earlier segments, one for what starts in the
//! segment. No input makes it panic; nesting (a tunnel in a tunnel) stops
//! at [`MAX_NESTING`].
//!
//! A SOCKS conversation past its handshake is carried the same way
//! ([`Tunnel::socks`], packet-socks.c's `call_next_dissector`): its item
//! (with the generated command, address and port) stands once before what
//! each segment carries, and the requested port replaces the SOCKS
//! server's (1080) in the port table's lookup. Neither HTTP's port range
//! nor its one-segment rule applies there.

use super::super::{Dir, Endpoints, Expected, Message, StreamDecoder};
use crate::dissect::fields as f;
use crate::dissect::registry::{self, DecodeAs, Transport};
use crate::dissect::{Layer, Osi};
use std::cell::Cell;

/// tshark 4.0's HTTP TCP port range (`TCP_DEFAULT_RANGE`): a tunnel to one
/// of these goes to the data dissector.
const HTTP_TCP_RANGE: &[u32] = &[80, 1900, 2710, 2869, 3128, 3132, 5985, 8080, 8088, 11371];

/// Tunnels inside tunnels (through TLS and HTTP again) read at once; a
/// deeper one shows its bytes as data.
pub const MAX_NESTING: u32 = 4;

thread_local! {
    /// How many tunnels the bytes being fed are inside now.
    static NESTING: Cell<u32> = const { Cell::new(0) };
}

/// Whether `l` is the HTTP item a tunnel puts up before what it carries
/// (it writes neither column: the carried protocol does).
pub fn is_proxy_item(l: &Layer<'_>) -> bool {
    l.fields
        .first()
        .is_some_and(|x| std::ptr::eq(x.def, f::http::PROXY_CONNECT_HOST))
}

/// The request URI of a CONNECT, split as packet-http.c splits it: the host
/// before the first `:`, the port `strtol` reads after it (as the 32 bits
/// tshark keeps). `None` when there is no `:` (tshark then adds nothing).
pub fn split_uri(uri: &str) -> Option<(String, u32)> {
    let (host, rest) = uri.split_once(':')?;
    Some((host.to_owned(), strtol10(rest) as u32))
}

/// C's `strtol(s, NULL, 10)` on a 64-bit `long`: leading white space, a
/// sign, digits; 0 when there are none; saturated on overflow.
fn strtol10(s: &str) -> i64 {
    let n = crate::dissect::wire::c_decimal(s.as_bytes(), 0);
    let m = n.magnitude;
    if n.negative {
        if m > i64::MAX as u64 {
            i64::MIN
        } else {
            -(m as i64)
        }
    } else {
        i64::try_from(m).unwrap_or(i64::MAX)
    }
}

/// How the carried bytes are read.
enum Carried {
    /// Not chosen yet (no byte went through).
    Undecided,
    /// By the decoder the port (or a heuristic) chose.
    Decoder(Box<dyn StreamDecoder>),
    /// HTTP found by its heuristic, on its first segment: the segments
    /// after it are data (`conversation_dissector_is_http`).
    HttpOnce(Box<dyn StreamDecoder>),
    /// As data.
    Data,
}

/// Where the proxy item stands in the segment being fed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Call {
    /// No item yet in this segment.
    None,
    /// The item of the call that read a message reassembled from earlier
    /// segments.
    Reassembled,
    /// The item of the call that reads what starts in this segment.
    Fresh,
}

/// packet-socks.c's `TCP_PORT_SOCKS`: the port a SOCKS tunnel's
/// requested port stands in for (whatever port the conversation was
/// decoded on).
const SOCKS_PORT: u16 = 1080;

/// A CONNECT tunnel's carried conversation.
pub struct Tunnel {
    /// A SOCKS tunnel: the item each segment puts up before what it
    /// carries (`None`: an HTTP CONNECT tunnel).
    socks: Option<Layer<'static>>,
    host: Option<String>,
    port: u32,
    carried: Carried,
    /// The side that sent the first bytes through: tshark's server is the
    /// other end.
    first: Option<Dir>,
    /// The segment's ports (source, destination) and ends, as given.
    ports: (u16, u16),
    ends: Option<Endpoints>,
    frame: u64,
    time: Option<i128>,
    /// Setup the carried decoder gets when it is made.
    pub(in crate::dissect::app) keys: Option<crate::dissect::app::tls::keylog::Keys>,
    pub(in crate::dissect::app) skip_fingerprints: bool,
    pub(in crate::dissect::app) collect: bool,
    pub(in crate::dissect::app) media: Option<crate::dissect::app::http2::StreamMedia>,
    pub(in crate::dissect::app) rules: Vec<DecodeAs>,
    /// Stream offset where each side's current segment starts.
    seg_off: [u64; 2],
    /// A segment starts with the next feed (per side).
    new_segment: [bool; 2],
    call: [Call; 2],
    /// The first segment HTTP read by its heuristic is over.
    http_read: bool,
}

impl std::fmt::Debug for Tunnel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tunnel")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("first", &self.first)
            .field("protocol", &self.protocol())
            .finish_non_exhaustive()
    }
}

impl Tunnel {
    /// The tunnel to the request URI `uri` of the CONNECT.
    pub fn new(uri: &str) -> Tunnel {
        let (host, port) = match split_uri(uri) {
            Some((h, p)) => (Some(h), p),
            None => (None, 0),
        };
        Tunnel {
            socks: None,
            host,
            port,
            carried: Carried::Undecided,
            first: None,
            ports: (0, 0),
            ends: None,
            frame: 0,
            time: None,
            keys: None,
            skip_fingerprints: false,
            collect: false,
            media: None,
            rules: Vec::new(),
            seg_off: [0; 2],
            new_segment: [true; 2],
            call: [Call::None; 2],
            http_read: false,
        }
    }

    /// The tunnel of a SOCKS conversation to `port`, each segment under
    /// `item`.
    pub fn socks(port: u16, item: Layer<'static>) -> Tunnel {
        let mut t = Tunnel::new("");
        t.port = u32::from(port);
        t.socks = Some(item);
        t
    }

    /// The HTTP item each call puts up: the host and port, generated (a
    /// SOCKS tunnel's own item).
    pub fn proxy_item(&self) -> Layer<'static> {
        if let Some(item) = &self.socks {
            return item.clone();
        }
        let mut l = Layer::new(Osi::Application, "http", 0..0);
        if let Some(h) = &self.host {
            l.str(f::http::PROXY_CONNECT_HOST, h.clone());
            l.uint(f::http::PROXY_CONNECT_PORT, u64::from(self.port));
        }
        l
    }

    /// Side `d` as the carried protocol sees it: the first sender is its
    /// client.
    fn inner_dir(&self, d: Dir) -> Dir {
        if self.socks.is_some() {
            // The SOCKS client is the carried protocol's client.
            return d;
        }
        match self.first {
            Some(first) if first != d => Dir::Server,
            _ => Dir::Client,
        }
    }

    /// The ports of side `d`'s bytes as tshark hands them on: the URI's
    /// port for the server's (a 16-bit port only; beyond, 0).
    fn inner_ports(&self, d: Dir) -> (u16, u16) {
        let uri = u16::try_from(self.port).unwrap_or(0);
        if self.socks.is_some() {
            // packet-socks.c: the destination port when it is 1080,
            // else the source port.
            return if self.ports.1 == SOCKS_PORT {
                (self.ports.0, uri)
            } else {
                (uri, self.ports.1)
            };
        }
        if self.inner_dir(d) == Dir::Client {
            (self.ports.0, uri)
        } else {
            (uri, self.ports.1)
        }
    }

    fn decoder(&mut self) -> Option<&mut Box<dyn StreamDecoder>> {
        match &mut self.carried {
            Carried::Decoder(d) | Carried::HttpOnce(d) => Some(d),
            _ => None,
        }
    }

    fn decoder_ref(&self) -> Option<&dyn StreamDecoder> {
        match &self.carried {
            Carried::Decoder(d) | Carried::HttpOnce(d) => Some(&**d),
            _ => None,
        }
    }

    /// The carried protocol, chosen on the first bytes through.
    fn choose(&mut self, d: Dir, data: &[u8]) {
        let (sport, dport) = self.inner_ports(d);
        let http = self.socks.is_none();
        let in_http_range = http && HTTP_TCP_RANGE.contains(&self.port);
        let proto = if in_http_range || http && self.host.is_none() {
            None
        } else if self.port > 0xffff {
            // No port of the table: only the heuristics.
            registry::probe(Transport::Tcp, data)
        } else {
            registry::choose(Transport::Tcp, &self.rules, None, sport, dport, data)
        };
        let Some(make) = proto.and_then(|p| Some((p.name, p.app.as_ref()?.stream?))) else {
            self.carried = Carried::Data;
            return;
        };
        let mut dec = (make.1)();
        if let Some(k) = &self.keys {
            dec.set_keys(k);
        }
        if let Some(m) = &self.media {
            dec.set_stream_media(m);
        }
        if self.skip_fingerprints {
            dec.skip_fingerprints();
        }
        if self.collect {
            dec.collect_messages();
        }
        dec.set_decode_as(&self.rules);
        dec.set_conversation_frame(self.frame);
        dec.set_tunneled();
        // HTTP by its port is in HTTP's own range (data, above): another
        // port found it by the heuristic, and the conversation it made
        // turns every later segment to data.
        self.carried = if http && make.0 == "http" {
            Carried::HttpOnce(dec)
        } else {
            Carried::Decoder(dec)
        };
    }

    pub fn set_frame(&mut self, n: u64) {
        self.frame = n;
        self.new_segment = [true; 2];
        if matches!(self.carried, Carried::HttpOnce(_)) && self.http_read {
            self.carried = Carried::Data;
        }
        if let Some(d) = self.decoder() {
            d.set_frame(n);
        }
    }

    pub fn set_time_ns(&mut self, t: i128) {
        self.time = Some(t);
        if let Some(d) = self.decoder() {
            d.set_time_ns(t);
        }
    }

    pub fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
    }

    pub fn set_endpoints(&mut self, e: &Endpoints) {
        self.ends = Some(*e);
        self.ports = (e.src.1, e.dst.1);
    }

    /// Hand the carried decoder what it is told before each feed.
    fn prepare(&mut self, d: Dir) {
        let (sport, dport) = self.inner_ports(d);
        let ends = self.ends.map(|e| Endpoints {
            v6: e.v6,
            src: (e.src.0, sport),
            dst: (e.dst.0, dport),
        });
        let (frame, time) = (self.frame, self.time);
        if let Some(dec) = self.decoder() {
            dec.set_frame(frame);
            if let Some(t) = time {
                dec.set_time_ns(t);
            }
            dec.set_ports(sport, dport);
            if let Some(e) = &ends {
                dec.set_endpoints(e);
            }
        }
    }

    pub fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        if self.first.is_none() {
            self.first = Some(dir);
        }
        if std::mem::take(&mut self.new_segment[i]) {
            self.seg_off[i] = offset;
            self.call[i] = Call::None;
        }
        if matches!(self.carried, Carried::Undecided) {
            self.choose(dir, data);
        }
        let deep = NESTING.with(Cell::get) >= MAX_NESTING;
        let inner = self.inner_dir(dir);
        if deep || self.decoder().is_none() {
            if data.is_empty() {
                return;
            }
            let end = offset + data.len() as u64;
            if self.host.is_none() && self.socks.is_none() {
                // No host and port split out of the URI: packet-http.c
                // calls nothing, its item is empty.
                out.push(Message {
                    layer: self.proxy_item(),
                    stream_offset: offset,
                    stream_end: end,
                    event: None,
                });
                return;
            }
            let l = crate::dissect::data::owned_layer(data, 0..data.len());
            self.put_item(i, offset, end, false, out);
            out.push(Message {
                layer: l,
                stream_offset: offset,
                stream_end: end,
                event: None,
            });
            return;
        }
        self.prepare(dir);
        let before = out.len();
        NESTING.with(|n| n.set(n.get() + 1));
        if let Some(dec) = self.decoder() {
            dec.feed(inner, offset, data, out);
        }
        NESTING.with(|n| n.set(n.get().saturating_sub(1)));
        if matches!(self.carried, Carried::HttpOnce(_)) {
            self.http_read = true;
        }
        self.wrap(i, before, out);
    }

    /// The proxy item before a call's messages, when this segment has none
    /// for it yet.
    ///
    /// After a message reassembled from earlier segments, tshark's TCP calls
    /// again for the rest of the segment: a message starting there with
    /// bytes of its own, or an item with nothing in it (a record started
    /// that asks for more), is of that second call; a message with neither
    /// (what a decrypted record carried) belongs to the record's call.
    fn put_item(&mut self, i: usize, start: u64, end: u64, asks: bool, out: &mut Vec<Message>) {
        let reassembled = start < self.seg_off[i];
        let need = match self.call[i] {
            Call::None => true,
            // SOCKS is called once a segment, whatever TCP makes of it.
            _ if self.socks.is_some() => false,
            Call::Reassembled => !reassembled && (start < end || asks),
            Call::Fresh => false,
        };
        if need {
            self.call[i] = if reassembled {
                Call::Reassembled
            } else {
                Call::Fresh
            };
            // No bytes of its own: its message's bytes are counted there
            // (and no list of segments is made for it).
            out.push(Message {
                layer: self.proxy_item(),
                stream_offset: end,
                stream_end: end,
                event: None,
            });
        }
    }

    /// Put the proxy items among the messages `out[before..]` the carried
    /// decoder just completed for side `i`.
    fn wrap(&mut self, i: usize, before: usize, out: &mut Vec<Message>) {
        if out.len() == before {
            return;
        }
        let new: Vec<Message> = out.drain(before..).collect();
        for m in new {
            let asks = m.layer.fields.is_empty();
            self.put_item(i, m.stream_offset, m.stream_end, asks, out);
            out.push(m);
        }
    }

    pub fn gap(&mut self, dir: Dir, len: u64) {
        let inner = self.inner_dir(dir);
        if let Some(d) = self.decoder() {
            d.gap(inner, len);
        }
    }

    pub fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        let inner = self.inner_dir(dir);
        self.prepare(dir);
        let before = out.len();
        if let Some(d) = self.decoder() {
            d.finish(inner, out);
        }
        self.new_segment[dir.index()] = false;
        self.call[dir.index()] = Call::None;
        self.seg_off[dir.index()] = u64::MAX;
        self.wrap(dir.index(), before, out);
    }

    pub fn protocol(&self) -> Option<&'static str> {
        match &self.carried {
            Carried::Decoder(d) | Carried::HttpOnce(d) => Some(d.protocol()),
            Carried::Data => Some("data"),
            Carried::Undecided => None,
        }
    }

    pub fn heap_bytes(&self) -> usize {
        self.decoder_ref()
            .map_or(0, |d| std::mem::size_of_val(d) + d.heap_bytes())
            + self.host.as_ref().map_or(0, String::capacity)
            + self.socks.as_ref().map_or(0, |l| l.fields.capacity() * 48)
            + self.rules.capacity() * std::mem::size_of::<DecodeAs>()
    }

    pub fn collect_messages(&mut self) {
        self.collect = true;
        if let Some(d) = self.decoder() {
            d.collect_messages();
        }
    }

    pub fn whole_segments(&self) -> bool {
        self.decoder_ref().is_some_and(|d| d.whole_segments())
    }

    pub fn set_snap_cut(&mut self, cut: u64) {
        if let Some(d) = self.decoder() {
            d.set_snap_cut(cut);
        }
    }

    pub fn take_expected(&mut self, out: &mut Vec<Expected>) {
        if let Some(d) = self.decoder() {
            d.take_expected(out);
        }
    }

    pub fn holds_partial(&self, dir: Dir) -> bool {
        let inner = self.inner_dir(dir);
        self.decoder_ref().is_some_and(|d| d.holds_partial(inner))
    }

    pub fn wants_one_more_segment(&self, dir: Dir) -> bool {
        let inner = self.inner_dir(dir);
        self.decoder_ref()
            .is_some_and(|d| d.wants_one_more_segment(inner))
    }

    pub fn began_in_cut_message(&self, dir: Dir) -> bool {
        let inner = self.inner_dir(dir);
        self.decoder_ref()
            .is_some_and(|d| d.began_in_cut_message(inner))
    }

    pub fn began_after_cut_message(&self, dir: Dir) -> bool {
        let inner = self.inner_dir(dir);
        self.decoder_ref()
            .is_some_and(|d| d.began_after_cut_message(inner))
    }

    pub fn refused(&self, dir: Dir) -> bool {
        let inner = self.inner_dir(dir);
        self.decoder_ref().is_some_and(|d| d.refused(inner))
    }

    pub fn consumed_silently(&self, dir: Dir) -> bool {
        let inner = self.inner_dir(dir);
        self.decoder_ref()
            .is_some_and(|d| d.consumed_silently(inner))
    }

    pub fn pending_info(&self, dir: Dir, out: &mut String) -> bool {
        let inner = self.inner_dir(dir);
        self.decoder_ref()
            .is_some_and(|d| d.pending_info(inner, out))
    }

    /// The proxy item, while a carried decoder reads the bytes.
    pub fn carrier_layer(&self) -> Option<Layer<'static>> {
        self.decoder_ref().map(|_| self.proxy_item())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// C's strtol on a 64-bit long, as packet-http.c reads a CONNECT
    /// URI's port.
    #[test]
    fn strtol10_reads_as_c_does() {
        for (s, want) in [
            ("443", 443),
            (" \t+80x", 80),
            ("-1", -1),
            ("", 0),
            ("abc", 0),
            ("9223372036854775807", i64::MAX),
            ("99999999999999999999", i64::MAX),
            ("-9223372036854775808", i64::MIN),
            ("-99999999999999999999", i64::MIN),
        ] {
            assert_eq!(strtol10(s), want, "{s:?}");
        }
    }

    #[test]
    fn uri_split_as_packet_http_does() {
        assert_eq!(
            split_uri("secure.newegg.com:443"),
            Some(("secure.newegg.com".into(), 443))
        );
        // strtol stops at the first non-digit.
        assert_eq!(
            split_uri("mailin03.sul.t-online.de:25 /"),
            Some(("mailin03.sul.t-online.de".into(), 25))
        );
        // An IPv6 literal splits at its first colon.
        assert_eq!(split_uri("[::1]:443"), Some(("[".into(), 0)));
        assert_eq!(split_uri("host: 8443"), Some(("host".into(), 8443)));
        assert_eq!(split_uri("host:-1"), Some(("host".into(), u32::MAX)));
        assert_eq!(split_uri("host:70000"), Some(("host".into(), 70000)));
        assert_eq!(split_uri("host"), None);
        assert_eq!(
            split_uri("host:99999999999999999999999"),
            Some(("host".into(), u32::MAX))
        );
    }
}
