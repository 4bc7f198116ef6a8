//! Pure decoding: bytes in, a [`Dissection`] out. No I/O, no printing.
//!
//! [`Dissector`] walks a frame from the link layer up: each step decodes one
//! header, appends one [`Layer`] and names the next protocol. A step that runs
//! out of bytes or meets a contradiction records an anomaly on its layer and
//! stops the walk there; the layers below stay as decoded.

use crate::dissect::fields as f;
pub mod app;
pub(crate) mod ber;
pub mod communityid;
mod data;
pub mod event;
pub mod expert;
pub mod field;
pub mod fields;
mod frame;
pub(crate) use frame::layer_calls;
pub mod layer;
pub(crate) mod link;
pub mod names;
mod net;
pub mod registry;
pub mod session;
pub mod spec;
pub mod stream;
pub(crate) mod summary;
mod transport;
mod tunnel;
mod wire;

use crate::flow::defrag::{self, Defragmenter, FragKey};
use crate::flow::tcp::TcpTracker;
use crate::flow::udp::UdpTracker;
use crate::source::{Frame, linktype};
use registry::DecodeAs;

pub use layer::{Anomaly, AnomalyKind, Dissection, Field, Layer, Origin, Osi, Value};

/// What the next bytes are, as the layer below announced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    Ethernet,
    /// An IEEE 802.2 LLC header (802.3 length frames, SLL protocol 4).
    Llc,
    /// An EtherType (or SLL protocol) value.
    EtherType(u16),
    /// An IP protocol number, with the network addresses for flow tracking.
    IpProto(u8, Addrs),
    /// Raw IP with the version in the first nibble.
    RawIp,
    /// Wireshark's "ip" dissector, which PPP, BSD loopback, LINKTYPE_IPV4
    /// and IP in IP hand their payload to: IPv4, or IPv6 behind an "ip"
    /// layer of no fields. (EtherType 0x0800 reads the header as IPv4.)
    Ip,
    /// An IP fragment: its payload goes to the defragmenter, and the
    /// datagram it completes (if any) is dissected on this frame.
    Fragment(Fragment),
    /// A GRE payload: GRE's protocol type (its own table, `gre.proto`)
    /// and the GRE flags (ERSPAN's type depends on them).
    GreProto(u16, u16),
    /// A tunnel header by UDP port (`registry::udp_tunnel`) or IP protocol.
    Tunnel(registry::Tunnel),
    /// Bytes nobody decodes, shown as payload at this OSI layer.
    Data(Osi),
    Done,
}

/// Source and destination network addresses, kept for the transport layer's
/// flow key. IPv4 addresses are stored in the first four bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Addrs {
    pub v6: bool,
    pub src: [u8; 16],
    pub dst: [u8; 16],
}

/// Where a fragment's payload sits and what it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fragment {
    pub key: FragKey,
    pub addrs: Addrs,
    /// Offset of this fragment's data in the datagram, in bytes.
    pub offset: u32,
    pub more: bool,
    /// Protocol of the datagram's payload.
    pub proto: u8,
    /// Every byte the IP length field announces was captured: Wireshark
    /// reassembles only such fragments (`tvb_bytes_exist` in packet-ip.c
    /// and packet-ipv6.c); a frame shorter than its IP length is not.
    pub whole: bool,
}

/// Per-frame decoding state.
pub(crate) struct Walk<'a> {
    pub data: &'a [u8],
    /// Offset of the first byte not yet decoded.
    pub off: usize,
    /// End of the bytes that belong to the current layer's payload (IP total
    /// length shrinks it, so Ethernet padding is not read as payload).
    pub end: usize,
    /// True when the capture kept fewer bytes than were on the wire: running
    /// out of bytes is then `[truncated]`, not `[malformed]`.
    pub snap_cut: bool,
    /// Where the current payload ends on the wire according to the length
    /// fields read so far (may lie past the captured bytes).
    pub reported_end: usize,
    /// Inside the datagram an ICMP error quotes: headers may be cut short
    /// by design, and the quoted segment is not part of any conversation.
    pub nested: bool,
    /// The first fragment of a datagram that could not be reassembled (its
    /// bytes were cut by the snap length): the transport header is here,
    /// the rest of the datagram is not, so lengths are unknown.
    pub fragmented: bool,
    /// The frame's capture time (read by ICMP's echo timestamp).
    pub now: crate::source::Timestamp,
    /// Build every field, or only those summaries and views read
    /// ([`Dissector::with_detail`]).
    pub detail: bool,
    pub layers: Vec<Layer<'a>>,
    pub events: Vec<event::Event<'a>>,
}

impl<'a> Walk<'a> {
    pub fn rest(&self) -> &'a [u8] {
        &self.data[self.off.min(self.end)..self.end]
    }

    /// Record that a layer needed `need` bytes but only `have` were there.
    pub fn short(&self, layer: &mut Layer<'a>, what: &str, need: usize, have: usize) {
        self.short_in(layer, layer.protocol, what, need, have);
    }

    /// [`Walk::short`] where the bytes belong to `protocol`, a protocol
    /// inside the layer (an IPv6 extension header): its dissector throws.
    pub fn short_in(
        &self,
        layer: &mut Layer<'a>,
        protocol: &'static str,
        what: &str,
        need: usize,
        have: usize,
    ) {
        let reason = format!("{what}: need {need} bytes, have {have}");
        if self.nested {
            // Quoted by an ICMP error: short on purpose.
            return;
        }
        // Where the read that failed ends: past the packet's own end
        // (Wireshark's `ReportedBoundsError`: malformed), or only past
        // what was captured (`BoundsError`: cut short).
        let read_end = (self.end - have.min(self.end)).saturating_add(need);
        let kind = if self.snap_cut && read_end <= self.reported_end {
            layer.truncated(reason);
            AnomalyKind::Truncated
        } else {
            layer.malformed(reason);
            AnomalyKind::Malformed
        };
        // Wireshark's dissector reads past the end here, and throws.
        layer.throw(kind, protocol);
    }
}

/// A header cut short: the layer records it (truncated or malformed, see
/// [`Walk::short`]), takes the rest of the bytes and the walk ends.
pub(crate) fn cut_short<'a>(
    walk: &mut Walk<'a>,
    mut l: Layer<'a>,
    what: &str,
    need: usize,
) -> Next {
    let have = walk.rest().len();
    walk.short(&mut l, what, need, have);
    walk.off += have;
    walk.layers.push(l);
    Next::Done
}

/// Turns frames into dissections, keeping per-conversation state (TCP stream
/// numbers, relative sequence numbers, handshake phase) across frames.
#[derive(Default)]
pub struct Dissector {
    pub(crate) tcp: TcpTracker,
    /// Multipath TCP's connections, across their subflows.
    pub(crate) mptcp: transport::mptcp::Mptcp,
    pub(crate) udp: UdpTracker,
    /// SCTP's associations (TSN analysis) and messages being reassembled.
    pub(crate) sctp: transport::sctp::Assocs,
    /// DCCP's conversations (stream numbers, relative sequence numbers).
    pub(crate) dccp: transport::dccp::Conversations,
    pub(crate) apps: stream::TcpApps,
    /// Per-capture datagram decoders (DNS matching state), by spec index,
    /// made when the protocol is first seen.
    datagrams: Vec<Option<Box<dyn spec::DatagramDecoder>>>,
    defrag: Defragmenter,
    /// What the defragmenter's datagrams were charged.
    defrag_charged: usize,
    /// What each datagram decoder (by spec index) was charged.
    datagram_charged: Vec<usize>,
    /// The memory budget every piece of conversation state is charged to.
    pub(crate) budget: crate::flow::budget::Budget,
    /// Which session facts to report as events on each dissection.
    events: event::Events,
    last_frame: u64,
    /// The Community ID seed (`--community-id-seed`, default 0).
    community_id_seed: u16,
    /// Open ICMP/ICMPv6 echo requests, for "(request in N)".
    echoes: net::echo::Echoes,
    /// ARP's address bindings, for "duplicate use of IP detected".
    arp_bindings: net::bindings::Bindings,
    /// Leave out the fields computed from the finished dissection (the
    /// `communityid` layer, `frame.protocols` and the others
    /// [`derived_fields_read`] names): set when no output or
    /// filter of the run reads them (`-T line`), which spares their cost
    /// on every packet.
    skip_derived: bool,
    /// Leave out the TLS fingerprints (JA3, JA4) for the same reason. A
    /// flag of its own: `stats` reads the fingerprints but not the rest.
    skip_fingerprints: bool,
    /// Build only the fields that summaries, columns, expert items and
    /// the views read, leaving out the rest ([`detail_fields_read`] names
    /// them): set when no output or filter of the run shows every field
    /// (`-T line`, `stats`, `sessions`, `-T fields` naming none of them).
    skip_detail: bool,
}

/// The fields left out when only what summaries, columns, expert items
/// and views read is built, by protocol: each decoder's list says why.
static DETAIL: &[&[&field::FieldDef]] = &[
    frame::DETAIL,
    net::DETAIL,
    transport::DETAIL,
    app::http::DETAIL,
    app::json::DETAIL,
    app::xml::DETAIL,
];

/// Fields tshark sets only in a second pass (`tshark -2`, the GUI): each
/// points forward, to a frame read after the one that carries it (the
/// response to a request, the frame that completes a reassembly). Read in
/// one pass, as `tshark -r` and osidump read, no frame has them: they are
/// registered so that a filter or column naming them gives one-pass
/// tshark's answer (nothing; `!dns.response_in` selects every frame),
/// with a warning saying why.
pub static SECOND_PASS: &[&field::FieldDef] = &[
    fields::dns::RESPONSE_IN,
    fields::http::RESPONSE_IN,
    fields::http::NEXT_REQUEST_IN,
    fields::http::NEXT_RESPONSE_IN,
    fields::icmp::RESP_IN,
    fields::icmpv6::RESP_IN,
    fields::ip::REASSEMBLED_IN,
    fields::ntp::RESPONSE_IN,
    fields::ntp::REQUEST_IN,
    fields::quic::REASSEMBLED_IN,
    fields::quic::CRYPTO_REASSEMBLED_IN,
    fields::tcp::REASSEMBLED_IN,
    fields::tls::REASSEMBLED_IN,
    fields::tls::HANDSHAKE_REASSEMBLED_IN,
];

/// The second-pass fields ([`SECOND_PASS`]) a filter or field list names.
pub fn second_pass_fields_named(text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = field_words(text).collect();
    SECOND_PASS
        .iter()
        .map(|d| d.name)
        .filter(|n| words.contains(n))
        .collect()
}

/// Whether `def` is one of the fields left out when only what summaries
/// and views read is built (see [`Dissector::with_detail`]).
pub fn is_detail_field(def: &field::FieldDef) -> bool {
    DETAIL
        .iter()
        .flat_map(|list| list.iter())
        .any(|d| std::ptr::eq(*d, def))
}

/// The words of a filter or field list that may be field names (letters,
/// digits, `_`, `.`, `-`), any mention counting, even in a quoted string.
fn field_words(text: &str) -> impl Iterator<Item = &str> {
    // A name holds '-' but never starts with one: `-frame.time_delta` is
    // the negation of a field.
    text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
        .map(|w| w.trim_start_matches('-'))
        .filter(|w| !w.is_empty())
}

/// Whether a display filter or a list of field names reads a field the
/// dissector leaves out when it builds only what summaries need (see
/// [`Dissector::with_detail`]): a word of `text` that is one of those
/// fields, a field inside one (`tcp.checksum.status`), or a protocol or
/// field holding some (`tcp`, `tcp.analysis`). Any word counts, even in a
/// quoted string: a needless full dissection is only slower.
pub fn detail_fields_read(text: &str) -> bool {
    field_words(text).any(|w| {
        DETAIL.iter().flat_map(|list| list.iter()).any(|d| {
            let d = d.name;
            let inside = |outer: &str, inner: &str| {
                inner.len() > outer.len()
                    && inner.starts_with(outer)
                    && inner.as_bytes()[outer.len()] == b'.'
            };
            d == w || inside(w, d) || inside(d, w)
        })
    })
}

/// Whether a display filter reads the fields [`Dissector`] leaves out
/// when told to: the `communityid` layer, `frame.protocols`, the address
/// names (`ip.src_host`, `ip.host`, IPv6's), TCP's option area, items and
/// lengths (`tcp.options`, `tcp.options.mss`, `tcp.option_len`), the
/// Ethernet addresses' OUI,
/// bits and text (`eth.src.oui`, `eth.lg`, `eth.addr_resolved`), the
/// frame's file items (`frame.marked`, `frame.ignored`,
/// `frame.encap_type`, `frame.offset_shift`) or a TLS fingerprint
/// (`tls.handshake.ja3`, `ja3_full`, `ja3s`, `ja3s_full`, `ja4`), or a
/// protocol the filter finds in `frame.protocols` (`json`, `media`). Field
/// names are matched as written, so any mention counts.
pub fn derived_fields_read(filter: &str) -> bool {
    [
        "communityid",
        "frame.protocols",
        "ja3",
        "ja4",
        "src_host",
        "dst_host",
        "ip.host",
        "ipv6.host",
        "_resolved",
        ".oui",
        ".lg",
        ".ig",
        "frame.marked",
        "frame.ignored",
        "frame.encap_type",
        "frame.offset_shift",
        "frame.p2p_dir",
        "tcp.option",
    ]
    .iter()
    // And the protocols a filter finds in `frame.protocols`.
    .chain(spec::LISTED_ONLY)
    .any(|name| filter.contains(name))
}

/// Bookkeeping of one datagram waiting for fragments, besides its bytes.
const FRAG_ENTRY_COST: usize = 256;

/// The frame being dissected, as later steps need it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FrameCtx {
    pub number: u64,
    pub ts_ns: i128,
}

impl Dissector {
    pub fn new() -> Self {
        Self::default()
    }

    /// The datagram decoder of `p`, made on first use; `None` when the
    /// protocol has none.
    pub(crate) fn datagram_decoder(
        &mut self,
        p: &'static spec::ProtocolSpec,
    ) -> Option<&mut dyn spec::DatagramDecoder> {
        let new = p.app.as_ref()?.datagram?;
        let i = spec::index(p);
        if self.datagrams.len() <= i {
            self.datagrams.resize_with(i + 1, || None);
        }
        let keys = &self.apps.keys;
        let skip_fingerprints = self.skip_fingerprints;
        Some(
            self.datagrams[i]
                .get_or_insert_with(|| {
                    let mut d = new();
                    d.set_keys(keys);
                    if skip_fingerprints {
                        d.skip_fingerprints();
                    }
                    d
                })
                .as_mut(),
        )
    }

    /// The protocol whose datagram decoder, made already, claims `dg`
    /// ([`spec::DatagramDecoder::claims`]).
    pub(crate) fn datagram_claimer(
        &self,
        dg: &spec::Datagram<'_>,
        heuristic: bool,
    ) -> Option<&'static spec::ProtocolSpec> {
        self.datagrams.iter().enumerate().find_map(|(i, d)| {
            d.as_ref()
                .filter(|d| d.claims(dg, heuristic))
                .and_then(|_| spec::PROTOCOLS.get(i).copied())
        })
    }

    /// Whether datagram decoder `p` should shed state: the budget is
    /// exceeded and it holds more than a quarter of it.
    pub(crate) fn datagram_pressed(&self, p: &'static spec::ProtocolSpec) -> bool {
        let held = self
            .datagram_charged
            .get(spec::index(p))
            .copied()
            .unwrap_or(0);
        self.budget.is_over() && held > self.budget.max_total_bytes / 4
    }

    /// Charge what datagram decoder `p` holds now (its matching tables).
    pub(crate) fn charge_datagram_state(&mut self, p: &'static spec::ProtocolSpec) {
        let i = spec::index(p);
        let Some(Some(dec)) = self.datagrams.get(i) else {
            return;
        };
        let now = dec.heap_bytes();
        if self.datagram_charged.len() <= i {
            self.datagram_charged.resize(i + 1, 0);
        }
        self.budget.resize(self.datagram_charged[i], now);
        self.datagram_charged[i] = now;
    }

    /// Report session facts ([`event::Event`]) on each dissection: TCP
    /// steps, stream bytes, whole application messages.
    pub fn with_events(mut self, which: event::Events) -> Self {
        self.events = which;
        self.apps.events = which;
        self
    }

    pub fn events(&self) -> event::Events {
        self.events
    }

    /// End of the capture: conversations deliver what they held and their
    /// decoders finish (see [`stream::TcpApps::finish`]). The events that
    /// makes (none unless events are on).
    pub fn finish(&mut self) -> Vec<event::Event<'static>> {
        self.apps.finish(self.last_frame, &mut self.budget)
    }

    /// What the memory budget says now: limit, use, peak, evictions.
    pub fn memory(&self) -> crate::flow::budget::MemoryReport {
        (&self.budget).into()
    }

    /// Hold all conversation state within `bytes` (default
    /// [`crate::flow::budget::DEFAULT_LIMIT`]).
    pub fn with_memory_limit(mut self, bytes: usize) -> Self {
        self.budget.max_total_bytes = bytes;
        self
    }

    /// Hash Community IDs with this seed (default 0).
    pub fn with_community_id_seed(mut self, seed: u16) -> Self {
        self.community_id_seed = seed;
        self
    }

    /// Whether to compute the Community ID and `frame.protocols` (default
    /// true); see [`derived_fields_read`].
    pub fn with_derived_fields(mut self, on: bool) -> Self {
        self.skip_derived = !on;
        self
    }

    /// Whether to build every field (default true), or only those the
    /// summaries, columns, expert items and views read: the others
    /// ([`detail_fields_read`]) cost a push each on every packet and are
    /// shown only by `-V`, JSON, EK and the fields a filter or `-e` names.
    pub fn with_detail(mut self, on: bool) -> Self {
        self.skip_detail = !on;
        self.apps.skip_detail = !on;
        self
    }

    /// Whether every field is built (see [`Dissector::with_detail`]).
    #[inline]
    pub(crate) fn detail(&self) -> bool {
        !self.skip_detail
    }

    /// Whether TCP's option area, items and lengths are shown: with the
    /// other fields [`derived_fields_read`] names.
    pub(crate) fn option_items(&self) -> bool {
        !self.skip_derived
    }

    /// Whether to compute the TLS fingerprints, JA3 and JA4 (default
    /// true); see [`derived_fields_read`].
    pub fn with_fingerprints(mut self, on: bool) -> Self {
        self.skip_fingerprints = !on;
        self.apps.skip_fingerprints = !on;
        self
    }

    /// Decrypt TLS and QUIC with the secrets of this key log.
    pub fn with_keylog(mut self, log: app::tls::keylog::KeyLog) -> Self {
        self.apps.keys = app::tls::keylog::Keys::new(log);
        self
    }

    /// Key log lines found in the capture itself (a pcapng Decryption
    /// Secrets Block): sessions that start from now on can use them.
    /// Returns how many lines were used.
    pub fn add_secrets(&mut self, keylog: &[u8]) -> usize {
        self.apps.keys.add(keylog)
    }

    /// Force application protocols on ports (`--decode-as`).
    pub fn with_decode_as(mut self, rules: Vec<DecodeAs>) -> Self {
        self.apps.decode_as = rules;
        self
    }

    /// Dissect one frame. Never panics, whatever the bytes.
    pub fn dissect<'a>(&mut self, frame: &Frame<'a>) -> Dissection<'a> {
        let data = frame.data;
        let mut walk = Walk {
            data,
            off: 0,
            end: data.len(),
            snap_cut: (frame.orig_len as usize) > data.len(),
            reported_end: (frame.orig_len as usize).max(data.len()),
            nested: false,
            fragmented: false,
            now: frame.ts,
            detail: !self.skip_detail,
            layers: Dissection::layer_list(),
            events: Vec::new(),
        };
        walk.layers.push(frame::physical_layer(frame));
        walk.layers.extend(frame::comment_layer(frame));

        // The flags were read into the frame layer just made: not read again.
        let next = if frame.linktype == linktype::ETHERNET
            && frame.comments.any()
            && frame::flags_say_fcs(&walk.layers[0])
        {
            link::ethernet_with_fcs(&mut walk)
        } else {
            link_start(&mut walk, frame.linktype)
        };

        let ctx = FrameCtx {
            number: frame.number,
            ts_ns: frame.ts.as_nanos(),
        };
        self.tcp.expire(ctx.ts_ns, &mut self.budget);
        self.udp.expire(ctx.ts_ns, &mut self.budget);
        self.walk(&mut walk, next, ctx);
        self.echoes
            .mark(&mut walk.layers, ctx.number, ctx.ts_ns, &mut self.budget);
        self.arp_bindings.mark(&mut walk.layers, ctx.number);
        if walk.fragmented {
            // The payload of a first fragment Wireshark did not reassemble
            // is flagged a fragment: a read past its end throws
            // FragmentBoundsError (tvbuff.c checks that before the
            // contained and reported lengths).
            if let Some(t) = walk
                .layers
                .iter_mut()
                .rev()
                .find_map(|l| l.thrown.as_deref_mut())
                && t.kind == AnomalyKind::Malformed
                && t.reassembly.is_none()
                && t.bug.is_none()
            {
                t.unreassembled = true;
            }
        }
        expert::exceptions(&mut walk.layers);
        if !self.skip_derived {
            communityid::append(&mut walk.layers, self.community_id_seed);
            frame::push_protocols(&mut walk.layers);
            net::push_hosts(&mut walk.layers);
            link::push_eth_derived(&mut walk.layers);
            frame::push_file_items(&mut walk.layers);
        }

        self.last_frame = frame.number;
        Dissection {
            data,
            layers: walk.layers,
            events: walk.events,
        }
    }
}

/// Whether tshark shows an item for the layer: a dissector that set its
/// columns and threw before adding its protocol (PGM of a type tshark
/// does not know) leaves none, so neither frame.protocols nor `-T ek`
/// names it.
pub(crate) fn has_item(l: &Layer<'_>) -> bool {
    match l.protocol {
        "pgm" => net::pgm::listed(l),
        _ => true,
    }
}

/// The first layer after the capture's own: the frame's link type (or the
/// one a PPI header names for the packet after it).
pub(crate) fn link_start(walk: &mut Walk<'_>, linktype: u32) -> Next {
    match linktype {
        linktype::ETHERNET => Next::Ethernet,
        linktype::ARCNET_BSD => link::arcnet(walk, false, true),
        linktype::ARCNET_LINUX => link::arcnet(walk, true, false),
        linktype::LINUX_SLL => link::sll(walk),
        linktype::LINUX_SLL2 => link::sll2(walk),
        linktype::NULL | linktype::LOOP => link::null(walk, linktype),
        linktype::PPP | linktype::PPP_HDLC => link::ppp(walk),
        linktype::RAW | linktype::RAW_OPENBSD | linktype::RAW_BSDOS => {
            link::raw(walk, "raw");
            Next::RawIp
        }
        // LINKTYPE_IPV4/IPV6 name the IP version: Wireshark goes
        // straight to IP (frame.protocols `ip:…`), while LINKTYPE_RAW
        // has its own "raw" dissector that looks at the version nibble.
        linktype::IPV4 => Next::Ip,
        linktype::IPV6 => Next::EtherType(0x86dd),
        linktype::C_HDLC => link::chdlc::chdlc(walk),
        linktype::NFLOG => link::nflog::nflog(walk),
        linktype::FDDI => link::fddi::fddi(walk),
        linktype::FRELAY => link::fr::fr(walk),
        // IEEE 802.11, bare or after a radiotap header.
        linktype::IEEE802_11 => link::wlan::ieee80211(walk),
        linktype::IEEE802_11_RADIOTAP => link::wlan::radiotap::radiotap(walk),
        linktype::IPNET => link::ipnet(walk),
        linktype::IPOIB => link::ipoib(walk),
        linktype::PPI => link::ppi::ppi(walk),
        // Wiretap's ATM_RFC1483 goes to tshark's LLC at once.
        linktype::ATM_RFC1483 => Next::Llc,
        _ => Next::Data(Osi::DataLink),
    }
}

impl Dissector {
    /// Decode from `next` to the end of `walk`.
    /// Dissects `data` from `next`: bytes that live only for this call (a
    /// datagram reassembled from fragments, the frame an OpenFlow message
    /// carries). Their layers, made to own their values and spanning
    /// `span` of the frame, and their events are appended to `walk`'s.
    pub(crate) fn walk_owned(
        &mut self,
        walk: &mut Walk<'_>,
        data: &[u8],
        next: Next,
        ctx: FrameCtx,
        span: std::ops::Range<usize>,
    ) {
        self.walk_carried(walk, data, next, ctx, span, false);
    }

    /// [`Dissector::walk_owned`]; `nested`: the bytes are a packet inside
    /// an error packet (tshark's `in_error_pkt`, as sFlow hands on its
    /// sampled headers): short headers are not marked, and no
    /// conversation or analysis state is touched.
    pub(crate) fn walk_carried(
        &mut self,
        walk: &mut Walk<'_>,
        data: &[u8],
        next: Next,
        ctx: FrameCtx,
        span: std::ops::Range<usize>,
        nested: bool,
    ) {
        let mut inner = Walk {
            data,
            off: 0,
            end: data.len(),
            snap_cut: false,
            reported_end: data.len(),
            nested,
            fragmented: false,
            now: walk.now,
            detail: walk.detail,
            layers: Vec::with_capacity(4),
            events: Vec::new(),
        };
        self.walk(&mut inner, next, ctx);
        walk.layers.extend(inner.layers.into_iter().map(|l| {
            let mut l = l.into_owned();
            l.span = span.clone();
            l
        }));
        for e in inner.events {
            walk.events.push(e.into_owned());
        }
    }

    fn walk<'a>(&mut self, walk: &mut Walk<'a>, mut next: Next, ctx: FrameCtx) {
        // Each step consumes at least one header or ends the walk; the bound
        // keeps a hostile tunnel-in-tunnel chain from looping long.
        for _ in 0..64 {
            next = match next {
                Next::Ethernet => link::ethernet(walk),
                Next::Llc => link::llc::llc(walk),
                Next::EtherType(t) => match t {
                    0x8100 | 0x88a8 | 0x9100 => link::vlan(walk, t),
                    0x8926 => link::vntag(walk),
                    0x88e7 => link::pbb(walk),
                    0x8909 => link::cisco_metadata(walk),
                    0x0800 => net::ipv4(walk),
                    0x86dd => net::ipv6(walk),
                    0x0806 | 0x8035 => net::arp(walk),
                    0x8863 => link::pppoed::pppoed(walk),
                    0x8864 => link::pppoe_session(walk),
                    // LLDP, and ONOS's discovery frames in the same format.
                    0x88cc | 0x8942 => link::lldp::lldp(walk),
                    // 802.1X, and RSN pre-authentication.
                    0x888e | 0x88c7 => link::eapol::eapol(walk),
                    0x8847 | 0x8848 => tunnel::mpls::mpls(walk),
                    // Transparent Ethernet bridging (Geneve's type for
                    // Ethernet): an Ethernet frame.
                    0x6558 => Next::Ethernet,
                    0x894f => tunnel::nsh::nsh(walk),
                    0x9000 => link::config_test(walk),
                    0x8809 => link::slow::slow(walk),
                    0x88f7 => app::ptp::over_ethernet(walk),
                    0x0842 => app::wol::over_ethernet(walk),
                    0x8899 => link::realtek::realtek(walk),
                    0x88e5 => link::macsec::macsec(walk),
                    // Avaya's virtual LACP.
                    0x8103 => link::slow::lacp(walk),
                    _ => Next::Data(Osi::Network),
                },
                Next::Ip => net::ip(walk),
                Next::RawIp => match walk.rest().first().map(|b| b >> 4) {
                    Some(4) => net::ipv4(walk),
                    Some(6) => net::ipv6(walk),
                    _ => Next::Data(Osi::Network),
                },
                Next::IpProto(p, addrs) => match p {
                    6 => transport::tcp(walk, addrs, self, ctx),
                    17 => transport::udp(walk, addrs, self, ctx),
                    132 => {
                        transport::sctp::sctp(walk, addrs, &mut self.sctp, ctx.number, ctx.ts_ns)
                    }
                    33 => transport::dccp::dccp(walk, addrs, &mut self.dccp),
                    1 => net::icmp(walk),
                    2 => net::igmp::igmp(walk),
                    112 => net::vrrp::vrrp(walk, addrs),
                    89 => net::ospf::ospf(walk),
                    103 => net::pim::pim(walk, addrs),
                    88 => net::eigrp::eigrp(walk, addrs),
                    54 => net::nhrp::nhrp(walk),
                    46 => net::rsvp::rsvp(walk),
                    113 => net::pgm::pgm(walk),
                    // Mobile IPv6, and its old number.
                    135 | 62 => net::mip6::mip6(walk),
                    58 => net::icmpv6(walk, addrs),
                    4 => net::ip(walk),
                    41 => net::ipv6(walk),
                    44 if !addrs.v6 => net::fraghdr_in_ipv4(walk, addrs),
                    47 => tunnel::gre::gre(walk),
                    50 => net::ipsec::esp(walk),
                    51 => net::ipsec::ah(walk, addrs),
                    137 => tunnel::mpls::mpls(walk),
                    97 => tunnel::etherip::etherip(walk),
                    115 => tunnel::l2tp::over_ip(walk),
                    // An Ethernet frame right after the IP header (RFC 8986's
                    // SRv6 L2 services; Wireshark's `eth` in ip.proto).
                    143 => Next::Ethernet,
                    _ => Next::Data(Osi::Transport),
                },
                Next::GreProto(t, flags) => match t {
                    // Wireshark's "ip" dissector takes GRE's IPv4.
                    0x0800 => Next::Ip,
                    0x86dd => net::ipv6(walk),
                    0x6558 => Next::Ethernet,
                    0x8847 | 0x8848 => tunnel::mpls::mpls(walk),
                    0x880b => link::ppp(walk),
                    0x00fe => net::isis::osi(walk),
                    0x88be | 0x22eb => tunnel::erspan::erspan(walk, t, flags),
                    0x894f => tunnel::nsh::nsh(walk),
                    0x0806 => net::arp(walk),
                    0x2000 => link::cdp::cdp(walk),
                    0x2001 => net::nhrp::nhrp(walk),
                    0x8909 => link::cisco_metadata_in_gre(walk),
                    // Aruba's WLAN tunnels (every 0x10 from 0x8200): an 802.11 frame.
                    0x8200..=0x8370 if t & 0xf == 0 => link::wlan::aruba(walk),
                    _ => Next::Data(Osi::Network),
                },
                Next::Tunnel(t) => match t {
                    registry::Tunnel::Gre => tunnel::gre::gre(walk),
                    registry::Tunnel::Mpls => tunnel::mpls::mpls(walk),
                    registry::Tunnel::Vxlan => tunnel::vxlan::vxlan(walk),
                    registry::Tunnel::VxlanGpe => tunnel::vxlan::vxlan_gpe(walk),
                    registry::Tunnel::Geneve => tunnel::geneve::geneve(walk),
                    registry::Tunnel::Teredo => tunnel::teredo::teredo(walk),
                    registry::Tunnel::Gtp => tunnel::gtp::gtp(walk),
                    registry::Tunnel::Ayiya => tunnel::ayiya::ayiya(walk),
                    registry::Tunnel::L2tp => tunnel::l2tp::l2tp(walk),
                    registry::Tunnel::LispData => tunnel::lisp::lisp_data(walk),
                    registry::Tunnel::LispControl => tunnel::lisp::control::lisp(walk),
                    registry::Tunnel::Rsvp => net::rsvp::rsvp(walk),
                },
                Next::Fragment(f) => self.fragment(walk, f, ctx),
                Next::Data(osi) => {
                    data::data_layer(walk, osi);
                    Next::Done
                }
                Next::Done => break,
            };
        }
    }

    /// Hand a fragment to the defragmenter; when it completes a datagram,
    /// dissect the datagram's payload here, on the frame that completed it.
    fn fragment(&mut self, walk: &mut Walk<'_>, f: Fragment, ctx: FrameCtx) -> Next {
        let payload = walk.rest();
        if walk.reported_end > walk.end || !f.whole {
            // The snap length cut the fragment, or the frame is shorter
            // than its IP length says: like tshark, no reassembly; an
            // IPv4 first fragment's payload is decoded as far as it goes,
            // marked unreassembled (tshark's IPv6 shows every unreassembled
            // fragment as data).
            if f.offset == 0 && !f.addrs.v6 {
                walk.fragmented = f.more;
                return Next::IpProto(f.proto, f.addrs);
            }
            return Next::Data(Osi::Transport);
        }
        let added = self
            .defrag
            .add(f.key, ctx.number, ctx.ts_ns, f.offset, f.more, payload);
        // Held fragments count against the budget (the defragmenter keeps
        // within its own caps, which are part of it).
        let held = self.defrag.bytes_held() + self.defrag.len() * FRAG_ENTRY_COST;
        self.budget.resize(self.defrag_charged, held);
        self.defrag_charged = held;
        let evicted = added
            .notes
            .iter()
            .filter(|n| matches!(n, defrag::FragNote::Evicted { .. }))
            .count();
        self.budget.note_evicted(evicted as u64);
        let ip = walk
            .layers
            .iter()
            .rposition(|l| l.protocol == "ip" || l.protocol == "ipv6");
        let v6 = f.addrs.v6;
        if let Some(i) = ip {
            let l = &mut walk.layers[i];
            for note in &added.notes {
                match note {
                    defrag::FragNote::OverlapConflict { start, end } => l.malformed(format!(
                        "fragment overlaps bytes {start}..{end} with different content"
                    )),
                    defrag::FragNote::Inconsistent(reason) => {
                        l.malformed(format!("fragment: {reason}"))
                    }
                    defrag::FragNote::Evicted { reason, frames, .. } => l.anomalies.push(Anomaly {
                        kind: AnomalyKind::Evicted,
                        reason: format!(
                            "incomplete datagram from frames {frames:?} dropped ({})",
                            reason.as_str()
                        ),
                    }),
                    _ => {}
                }
            }
        }
        match added.result {
            defrag::DefragResult::Incomplete => Next::Data(Osi::Transport),
            defrag::DefragResult::Error(e) => {
                if let Some(i) = ip {
                    walk.layers[i].malformed(format!("fragment: {e}"));
                }
                Next::Data(Osi::Transport)
            }
            defrag::DefragResult::Complete { data, fragments } => {
                if let Some(i) = ip {
                    let l = &mut walk.layers[i];
                    let (frag, error, count, len) = if v6 {
                        (
                            f::ipv6::FRAGMENT,
                            f::ipv6::FRAGMENT_ERROR,
                            f::ipv6::FRAGMENT_COUNT,
                            f::ipv6::REASSEMBLED_LENGTH,
                        )
                    } else {
                        (
                            f::ip::FRAGMENT,
                            f::ip::FRAGMENT_ERROR,
                            f::ip::FRAGMENT_COUNT,
                            f::ip::REASSEMBLED_LENGTH,
                        )
                    };
                    let flag_fields = if v6 {
                        [
                            f::ipv6::FRAGMENT_OVERLAP,
                            f::ipv6::FRAGMENT_OVERLAP_CONFLICT,
                            f::ipv6::FRAGMENT_MULTIPLETAILS,
                            f::ipv6::FRAGMENT_TOOLONGFRAGMENT,
                        ]
                    } else {
                        [
                            f::ip::FRAGMENT_OVERLAP,
                            f::ip::FRAGMENT_OVERLAP_CONFLICT,
                            f::ip::FRAGMENT_MULTIPLETAILS,
                            f::ip::FRAGMENT_TOOLONGFRAGMENT,
                        ]
                    };
                    // The "[N IPv4 Fragments]" item the list hangs from:
                    // IPv4 registers it as bytes (the reassembled
                    // datagram), IPv6 as a label. Copies of the datagram,
                    // so built only when every field is.
                    if walk.detail {
                        if v6 {
                            l.present(f::ipv6::FRAGMENTS);
                        } else {
                            l.push(f::ip::FRAGMENTS, Value::Bytes(data.clone().into()));
                        }
                    }
                    // Each fragment, then the flags Wireshark found on it;
                    // a flagged one is listed as a defragmentation error.
                    let mut illegal = false;
                    for fr in &fragments {
                        let fl = fr.flags;
                        illegal |= fl.is_error();
                        l.uint(if fl.is_error() { error } else { frag }, fr.frame);
                        let set = [fl.overlap, fl.conflict, fl.multiple_tails, fl.too_long];
                        for (def, on) in flag_fields.into_iter().zip(set) {
                            if on {
                                l.boolean(def, true);
                            }
                        }
                    }
                    l.uint(count, fragments.len() as u64);
                    l.uint(len, data.len() as u64);
                    if walk.detail {
                        let whole = if v6 {
                            f::ipv6::REASSEMBLED_DATA
                        } else {
                            f::ip::REASSEMBLED_DATA
                        };
                        l.push(whole, Value::Bytes(data.clone().into()));
                    }
                    if illegal {
                        l.malformed(
                            "reassembled from illegal fragments (overlapping bytes that \
                             differ, several last fragments, or bytes past the end)",
                        );
                    }
                }
                let at = walk.off..walk.off;
                // An IPv6 Fragment Header the IPv4 datagram carries: its
                // fields are IPv4's layer's (net::fraghdr_in_ipv4).
                let mut next = Next::IpProto(f.proto, f.addrs);
                let mut payload = &data[..];
                if let (false, 44, Some(i)) = (v6, f.proto, ip)
                    && let Some(h) = net::fraghdr_fields(&mut walk.layers[i], &data)
                {
                    next = Next::IpProto(h.next_header().0, f.addrs);
                    payload = &data[8..];
                }
                self.walk_owned(walk, payload, next, ctx, at);
                walk.off = walk.end;
                Next::Done
            }
        }
    }
}

#[cfg(test)]
mod detail_tests {
    use super::detail_fields_read as reads;

    #[test]
    fn a_filter_or_name_reads_the_detail_fields_it_mentions() {
        // Such a field, one inside it, or what holds it.
        for text in [
            "tcp.seq_raw == 1",
            "tcp.checksum.status",
            "tcp.analysis.flags && !tcp.analysis.window_update",
            "tcp",
            "tcp[13] & 2",
            "len(tcp.payload) > 0",
            "frame.time_relative > 1",
            "-frame.time_delta < 0",
            "frame.time_delta_displayed",
            "ip.dsfield.dscp == 46",
            "ipv6.flow != 0",
            "ip",
            "http.request.line contains \"Host\"",
            "http.response.line",
            "http",
        ] {
            assert!(reads(text), "{text}");
        }
        // What the summaries and views read anyway.
        for text in [
            "tcp.stream == 1",
            "tcp.port == 443 && tcp.len > 0",
            "tcp.flags.syn == 1 and tcp.window_size < 100",
            "frame.number",
            "ip.src == 10.0.0.1",
            "_ws.col.Info contains \"GET\"",
            "dns.qry.name",
            "http.host == \"example.com\"",
            "http.request.method",
            "",
        ] {
            assert!(!reads(text), "{text}");
        }
    }
}

/// What unit tests of decoders need: a frame of one link type, and a
/// dissection's fields by name as their display text.
#[cfg(test)]
pub(crate) mod testing {
    use super::Dissection;
    use crate::source::{Frame, Timestamp};

    pub(crate) fn frame(linktype: u32, data: &[u8]) -> Frame<'_> {
        Frame {
            number: 1,
            ts: Timestamp::default(),
            orig_len: data.len() as u32,
            data,
            linktype,
            interface_id: None,
            section: None,
            interface_name: None,
            comments: Default::default(),
            no_timestamp: false,
        }
    }

    /// Every field of every layer: (name, value as `{}` shows it).
    pub(crate) fn fields(d: &Dissection<'_>) -> Vec<(String, String)> {
        d.layers
            .iter()
            .flat_map(|l| {
                l.fields
                    .iter()
                    .map(|fl| (fl.name().to_owned(), fl.value.to_string()))
            })
            .collect()
    }

    /// The values of `name`, in order.
    pub(crate) fn get<'a>(fields: &'a [(String, String)], name: &str) -> Vec<&'a str> {
        fields
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// What tshark's `-T fields -e frame.protocols -e _ws.col.Protocol -e
    /// _ws.col.Info` prints for `d`, and every field.
    pub(crate) fn protocols_columns_fields(
        d: &Dissection<'_>,
    ) -> (String, String, String, Vec<(String, String)>) {
        let (protocol, info) = crate::render::line::columns(d);
        let fields = fields(d);
        let protocols = get(&fields, "frame.protocols")
            .first()
            .map(|s| s.to_string())
            .unwrap_or_default();
        (protocols, protocol, info, fields)
    }

    /// The bytes a hex string spells, blanks ignored.
    pub(crate) fn hex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex digits"))
            .collect()
    }
}
