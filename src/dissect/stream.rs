//! TCP payload → per-direction reassembly → the conversation's application
//! decoder. Owns the bounded table of conversations being reassembled; the
//! transport layer calls [`TcpApps::segment`] once per segment and gets back
//! the application layers completed by it and what to mark on the segment.

use super::app::{self, Dir, Endpoints, Expected, Message, StreamDecoder};
use super::event::{Event, Events, Message as EventMessage, StreamBytes};
use super::layer::{Anomaly, AnomalyKind, Layer, Origin, recycle};
use super::registry::{self, DecodeAs, Transport};
use crate::dissect::fields as f;
use crate::flow::reassembly::{
    Budget, Chunk, Delivery, Limits, Resent, SegmentKind, SegmentOutcome, StreamReassembler,
    StreamTable,
};
use std::borrow::Cow;

/// Conversations reassembled at once; the least recently active is evicted
/// first (and the eviction reported on the segment that caused it).
pub const MAX_STREAMS: usize = 65_536;
/// What a conversation's bookkeeping costs the budget besides its buffers
/// and its decoder (its boxed state: reassemblers, session state).
const APP_COST: usize = std::mem::size_of::<TcpApp>() + 16;
/// A conversation silent this long (capture time) is closed.
pub const IDLE_NS: i128 = 300 * 1_000_000_000;
/// How each direction is reassembled. tshark 4.0 does not reassemble
/// out-of-order segments (`tcp.reassemble_out_of_order` is off by default):
/// a segment past a gap goes to its dissector at once and the bytes missing
/// are lost for good. Holding no bytes past a gap does the same.
const LIMITS: Limits = Limits {
    max_held_bytes: 0,
    recent_window: 4096,
    max_frame_entries: 1024,
};
/// Application layers one segment may add to its frame. A hostile segment
/// can complete hundreds of thousands of pipelined messages at once: the
/// decoder still reads them all (its state stays right), the frame shows
/// the first ones and says how many more there were.
pub const MAX_APP_LAYERS: usize = 1000;
/// Conversations announced by others (FTP's data connections) and not yet
/// forgotten; past this many the oldest is dropped.
pub const MAX_EXPECTED: usize = 1024;

struct TcpApp {
    /// Indexed by [`Dir::index`].
    reasm: [Option<StreamReassembler>; 2],
    decoder: Option<Box<dyn StreamDecoder>>,
    /// No more looking for a decoder: one was chosen, or both sides'
    /// first bytes were tried.
    decided: bool,
    /// Sides whose first bytes were tried for a decoder (indexed by
    /// [`Dir::index`]).
    probed: [bool; 2],
    fin: [bool; 2],
    /// Sides whose decoder was told the side ended.
    finished: [bool; 2],
    /// A reset was seen.
    reset: bool,
    /// WebSocket close frames seen so far (the first is "close sent", the
    /// answer "closed").
    ws_closes: u8,
    /// What this conversation (besides its reassemblers) charged to the
    /// budget.
    charged: usize,
    tls: TlsSession,
    /// The frame the conversation was first seen in.
    first_frame: u64,
    /// Each side's bytes of the message being reassembled (indexed by
    /// [`Dir::index`]), kept only when detail fields are built: a
    /// multi-segment message's bytes are `tcp.reassembled.data` on the
    /// frame that completes it.
    pdu: [PduBytes; 2],
    /// Where the message each side's decoder is reassembling began, at the
    /// latest (the start of the piece that began it, or the end of the
    /// message completed before it in that piece): tshark's TCP adds an
    /// out-of-order segment to a multi-segment message only from its
    /// first byte on.
    pdu_from: [u64; 2],
    /// Wireshark's `server_port`: the destination port of the last SYN,
    /// or the source port of a SYN-ACK (0 before either). Its dissector
    /// is tried before the lower and the higher port.
    server_port: u16,
}

/// One side's stream bytes from the start of the message being
/// reassembled on. The decoders keep what they need of those bytes in
/// their own form; TCP's copy is what tshark shows as the reassembled
/// PDU.
#[derive(Default)]
struct PduBytes {
    /// Stream offset of `bytes[0]`.
    base: u64,
    bytes: Vec<u8>,
}

/// A side's reassembled-PDU bytes kept at most: a longer message is shown
/// without `tcp.reassembled.data` (its segments and length are still
/// listed). Charged to the memory budget with the conversation.
const MAX_PDU_BYTES: usize = 16 << 20;

impl PduBytes {
    /// Bytes fed to the decoder at `offset`: appended when they follow
    /// those held, else they start the copy afresh.
    fn append(&mut self, offset: u64, data: &[u8]) {
        if self.bytes.is_empty() || offset != self.base + self.bytes.len() as u64 {
            self.bytes.clear();
            self.base = offset;
        }
        if self.bytes.len() + data.len() > MAX_PDU_BYTES {
            // Too long to keep: nothing before the next bytes is known.
            self.bytes = Vec::new();
            self.base = offset + data.len() as u64;
            return;
        }
        self.bytes.extend_from_slice(data);
    }

    /// The bytes of stream offsets `from..to`, if all are held.
    fn get(&self, from: u64, to: u64) -> Option<&[u8]> {
        if from >= to {
            return None;
        }
        let start = usize::try_from(from.checked_sub(self.base)?).ok()?;
        let end = usize::try_from(to.checked_sub(self.base)?).ok()?;
        self.bytes.get(start..end)
    }

    /// Forget the bytes before stream offset `from` (a message starts
    /// there: none before it is needed again).
    fn prune(&mut self, from: u64) {
        let n = from.saturating_sub(self.base).min(self.bytes.len() as u64) as usize;
        if n == self.bytes.len() {
            self.clear();
            self.base = from;
        } else if n > 0 {
            self.bytes.drain(..n);
            self.base += n as u64;
        }
    }

    fn clear(&mut self) {
        self.bytes.clear();
        if self.bytes.capacity() > 64 * 1024 {
            self.bytes = Vec::new();
        }
    }

    fn heap_bytes(&self) -> usize {
        self.bytes.capacity()
    }
}

/// What the L5 line says about a TLS session: the session id the client
/// offered, whether the server resumed, and when both sides' Finished made
/// the handshake complete.
#[derive(Default)]
struct TlsSession {
    client_session_id: Option<String>,
    finished: [bool; 2],
    complete: bool,
    /// The ServerHello chose TLS 1.3: records are opaque from then on.
    v13: bool,
}

impl TcpApp {
    fn new(first_frame: u64) -> Self {
        TcpApp {
            first_frame,
            reasm: [None, None],
            decoder: None,
            decided: false,
            probed: [false, false],
            fin: [false, false],
            finished: [false, false],
            reset: false,
            ws_closes: 0,
            charged: 0,
            tls: TlsSession::default(),
            pdu: Default::default(),
            pdu_from: [0; 2],
            server_port: 0,
        }
    }
}

/// TCP's reassembly note (`osidump.tcp.reassembly`) on a segment that
/// ended a message cut by a gap and began another it does not complete
/// ([`SegmentReport::began_in_cut`] with `partial`).
pub const CUT_THEN_PARTIAL: &str =
    "segment of a reassembled PDU: the end of a message cut by a gap, then the start of another";

/// What one segment did, for the transport layer to show. Its lists are
/// in [`TcpApps::lists`]; the messages it completed were appended to the
/// frame's layers.
#[derive(Default)]
pub struct SegmentReport<'p> {
    /// Application layers appended to the frame's layers, in order. Each
    /// spans the segment's payload; its [`Origin`] says where its
    /// message's bytes are.
    pub layers: usize,
    pub kind: Option<SegmentKind>,
    pub conflict: bool,
    pub missing: u64,
    /// The payload belongs to a message still being reassembled.
    pub partial: bool,
    /// The decoder took the payload and shows nothing of it
    /// ([`StreamDecoder::consumed_silently`]): no layer, no note.
    pub silent: bool,
    /// The payload starts a message still being reassembled: the
    /// decoder held nothing of this side before
    /// (see [`StreamDecoder::holds_partial`]), or only what it asked one
    /// more segment for ([`StreamDecoder::wants_one_more_segment`]).
    pub starts_partial: bool,
    /// The segment began with the end of a message whose middle was lost,
    /// and messages (or the start of one, `partial`) follow it in the
    /// segment ([`StreamDecoder::began_in_cut_message`]).
    pub began_in_cut: bool,
    /// What the decoder writes in the Info column for the message this
    /// segment is part of ([`StreamDecoder::pending_info`]).
    pub message_start: Option<String>,
    /// The segment ([`SegmentIn::added_to_message`]) falls inside a
    /// message already reassembled from several segments: tshark's
    /// reassembly throws (`[Reassembly error, protocol TCP: New fragment
    /// overlaps old data (retransmission?)]`) and nothing reads it.
    pub overlaps_reassembled: bool,
    /// A keep-alive repeating the first bytes of the message being
    /// reassembled, from its first byte (one that follows the lone byte a
    /// connection caught mid-way began with): tshark's `desegment_tcp`
    /// finds the multi-segment PDU starting at its sequence number in an
    /// earlier frame and shows the bytes as "Retransmitted TCP segment
    /// data", with no note in the Info column.
    pub resent_message_start: bool,
    /// The decoder chosen for the conversation, if any.
    pub protocol: Option<&'static str>,
    /// The item the decoder's carrier puts up before the protocol on a
    /// segment that starts a message ([`StreamDecoder::carrier_layer`]).
    pub carrier: Option<Layer<'static>>,
    /// The carrier's item stands on every segment (SOCKS), not only where
    /// a message starts ([`StreamDecoder::carries_every_segment`]).
    pub carrier_every: bool,
    /// Conversations Wireshark's dissectors opened while reading the
    /// segment, each taking a `tcp.stream` number
    /// ([`StreamDecoder::take_opened_conversations`]).
    pub opened_conversations: u32,
    /// The item the decoder put up on this segment before asking for the
    /// rest of the message ([`StreamDecoder::partial_item`]).
    pub partial_item: Option<Layer<'static>>,
    /// Stream bytes, whole messages and TLS steps, when events are on.
    pub events: Vec<Event<'p>>,
}

/// The lists of what the last segment did ([`TcpApps::segment`] empties
/// and fills them), kept from one segment to the next so that a segment
/// allocates none.
#[derive(Default)]
pub struct SegmentLists {
    /// For each message built from more frames than this one: how many of
    /// `frames` are its frames (in order), and its length.
    pub reassembled: Vec<(usize, u64)>,
    pub frames: Vec<u64>,
    /// For each of `reassembled`, where its bytes are in
    /// `reassembled_bytes` (`tcp.reassembled.data`), when detail fields are
    /// built and the bytes were kept.
    pub reassembled_data: Vec<Option<std::ops::Range<usize>>>,
    pub reassembled_bytes: Vec<u8>,
    /// The parts of the segment's payload tshark's TCP shows as
    /// `tcp.segment_data`: the end of a multi-segment message it completes,
    /// and the start (or middle) of one still being reassembled.
    pub segment_data: Vec<std::ops::Range<usize>>,
    /// `tcp.pdu.size` of each message read by a protocol whose Wireshark
    /// dissector goes through `tcp_dissect_pdus`.
    pub pdu_sizes: Vec<u64>,
    /// The stream bytes (start, end) of the messages the segment's side
    /// completed, each once.
    own_messages: Vec<(u64, u64)>,
    /// Conversations evicted to make room, with the bytes they held.
    pub evicted: Vec<(u64, u64)>,
    /// The L5 steps the messages mark, as session-layer fields:
    /// `osidump.tls.phase`, `osidump.tls.session`, `osidump.websocket.phase`.
    pub session_steps: Vec<(&'static crate::dissect::field::FieldDef, Cow<'static, str>)>,
}

impl SegmentLists {
    fn clear(&mut self) {
        self.reassembled.clear();
        self.frames.clear();
        self.reassembled_data.clear();
        self.reassembled_bytes.clear();
        if self.reassembled_bytes.capacity() > 1 << 20 {
            self.reassembled_bytes = Vec::new();
        }
        self.segment_data.clear();
        self.pdu_sizes.clear();
        self.own_messages.clear();
        self.evicted.clear();
        self.session_steps.clear();
    }

    /// Each multi-frame message's frames, with its length and its bytes
    /// (when kept).
    pub fn reassembled(&self) -> impl Iterator<Item = (&[u64], u64, Option<&[u8]>)> {
        let mut at = 0;
        self.reassembled
            .iter()
            .enumerate()
            .map(move |(i, &(n, len))| {
                let frames = self.frames.get(at..at + n).unwrap_or_default();
                at += n;
                let data = self
                    .reassembled_data
                    .get(i)
                    .cloned()
                    .flatten()
                    .and_then(|r| self.reassembled_bytes.get(r));
                (frames, len, data)
            })
    }
}

/// Lists a segment works with, emptied, kept for the next segment.
#[derive(Default)]
struct Scratch {
    deliver: Vec<Delivery<'static>>,
    deliveries: Vec<(Dir, Delivery<'static>, bool)>,
    messages: Vec<Message>,
}

/// The segment, as the transport layer saw it.
pub struct SegmentIn<'p> {
    pub stream: u64,
    pub from_client: bool,
    pub first_data_seq: Option<u32>,
    pub seq: u32,
    pub flags: u16,
    pub sport: u16,
    pub dport: u16,
    /// The urgent pointer (meaningful when `flags` has URG).
    pub urgent: u16,
    /// The addresses (IPv4 in the first four bytes), source then
    /// destination.
    pub v6: bool,
    pub src: [u8; 16],
    pub dst: [u8; 16],
    pub payload: &'p [u8],
    /// Where `payload` is in the frame (the span of the layers made).
    pub payload_at: std::ops::Range<usize>,
    /// Payload bytes on the wire (more than `payload` when the snap length
    /// cut the frame).
    pub wire_len: u32,
    pub frame: u64,
    pub ts_ns: i128,
    /// tshark's TCP hands this segment to no decoder: its sequence
    /// analysis flagged it a retransmission (its `decode_tcp_ports` calls
    /// no subdissector for one, "Do not call subdissectors for error
    /// packets" being on by default) or a spurious retransmission (data
    /// the other side had already acknowledged); tshark 4.0 shows such a
    /// segment as TCP alone, its bytes read by nothing, even when they are
    /// new to the stream (a retransmission that fills a hole, or differs
    /// from what was first sent). The stream goes on past them as past
    /// bytes lost.
    pub withheld: bool,
    /// tshark's sequence analysis flagged this segment a keep-alive or
    /// out-of-order (not a retransmission): its TCP adds such a segment
    /// to the multi-segment message it falls in, if any.
    pub added_to_message: bool,
    /// tshark's sequence analysis flagged this segment a fast
    /// retransmission: its TCP reads it as any segment (see
    /// [`TcpApps::segment`] for bytes seen before).
    pub fast_retransmission: bool,
    /// tshark's sequence analysis flagged this segment out-of-order (and
    /// nothing else): its TCP adds it to the multi-segment message it
    /// falls in; outside every one it calls no dissector ("do not call
    /// subdissectors for error packets"), like a retransmission.
    pub out_of_order: bool,
}

pub struct TcpApps {
    table: StreamTable<u64, Box<TcpApp>>,
    /// What the table itself (its slots and order) was charged.
    table_charged: usize,
    pub decode_as: Vec<DecodeAs>,
    /// Which events to report (stream bytes and whole messages: `All`).
    pub events: Events,
    /// The key log decoders decrypt with (TLS).
    pub keys: app::tls::keylog::Keys,
    /// Nothing reads JA3/JA4: decoders leave them out.
    pub skip_fingerprints: bool,
    /// Nothing reads the decoders' detail fields: decoders leave them out.
    pub skip_detail: bool,
    /// The run's HTTP/2 stream-id media table, handed to every decoder.
    http2_media: app::http2::StreamMedia,
    /// What the last segment did, at length.
    pub lists: SegmentLists,
    /// Conversations announced for others to be, oldest first.
    expected: std::collections::VecDeque<Expected>,
    scratch: Scratch,
}

impl Default for TcpApps {
    fn default() -> Self {
        TcpApps {
            table: StreamTable::new(MAX_STREAMS),
            table_charged: 0,
            decode_as: Vec::new(),
            events: Events::Off,
            keys: Default::default(),
            skip_fingerprints: false,
            skip_detail: false,
            http2_media: Default::default(),
            lists: SegmentLists::default(),
            expected: std::collections::VecDeque::new(),
            scratch: Scratch::default(),
        }
    }
}

impl TcpApps {
    /// Whether a conversation between these ends was announced by another
    /// (and not yet used up).
    pub fn announced(&self, e: &Endpoints) -> bool {
        self.expected.iter().any(|x| x.matches(e))
    }

    /// One segment: its payload through the conversation's reassembly and
    /// decoder. The application messages it completes are appended to
    /// `layers`; the rest is in the report and [`TcpApps::lists`].
    pub fn segment<'p>(
        &mut self,
        s: &SegmentIn<'p>,
        budget: &mut Budget,
        layers: &mut Vec<Layer<'p>>,
    ) -> SegmentReport<'p> {
        use crate::flow::tcp::{ACK, FIN, RST, SYN};
        let TcpApps {
            table,
            table_charged,
            decode_as,
            events,
            keys,
            skip_fingerprints,
            skip_detail,
            http2_media,
            lists,
            expected,
            scratch,
        } = self;
        let steps = *events != Events::Off;
        let events = *events == Events::All;
        let mut report = SegmentReport::default();
        lists.clear();
        // A conversation needs state once bytes flow: pure ACKs of one
        // that never carried any (or that finished and was freed) need none.
        let control = s.flags & (SYN | FIN | RST) != 0;
        if s.payload.is_empty() && !control && table.peek_mut(&s.stream).is_none() {
            return report;
        }
        let dir = if s.from_client {
            Dir::Client
        } else {
            Dir::Server
        };

        // Idle conversations first, then make room for a new one.
        while let Some((_, mut old)) = table.pop_idle(s.ts_ns, IDLE_NS) {
            release(&mut old, budget);
        }
        if table.peek_mut(&s.stream).is_none() {
            if let Some((k, mut old)) =
                table.insert(s.stream, Box::new(TcpApp::new(s.frame)), s.ts_ns)
            {
                let held = release(&mut old, budget);
                budget.note_evicted(1);
                lists.evicted.push((k, held));
            }
            if let Some(app) = table.peek_mut(&s.stream) {
                budget.charge(APP_COST);
                app.charged = APP_COST;
            }
        }
        while budget.is_over() && table.len() > 1 {
            match table.evict_oldest() {
                Some((k, old)) if k == s.stream => {
                    // Never evict the conversation in hand: put it back.
                    table.insert(k, old, s.ts_ns);
                    break;
                }
                Some((k, mut old)) => {
                    let held = release(&mut old, budget);
                    budget.note_evicted(1);
                    lists.evicted.push((k, held));
                }
                None => break,
            }
        }
        let Some(app) = table.get_mut(&s.stream, s.ts_ns) else {
            return report;
        };
        if s.flags & SYN != 0 {
            app.server_port = if s.flags & ACK != 0 { s.sport } else { s.dport };
        }

        let reasm = app.reasm[dir.index()]
            .get_or_insert_with(|| StreamReassembler::with_limits(s.first_data_seq, LIMITS));
        // The first data byte follows the SYN's sequence number.
        let seq = if s.flags & SYN != 0 {
            s.seq.wrapping_add(1)
        } else {
            s.seq
        };
        // A reset's data is its cause in text (RFC 1122 4.2.2.12), shown as
        // `tcp.reset_cause`: tshark hands it to no application decoder.
        let payload = if s.flags & RST != 0 {
            &[][..]
        } else {
            s.payload
        };
        let deliver = recycle(std::mem::take(&mut scratch.deliver));
        reasm.hold_until(app.decoder.as_ref().and_then(|x| x.message_end(dir)));
        let mut outcome = reasm.segment_with(s.frame, seq, payload, budget, deliver);
        // Past a gap inside a message of known length: held, not handed to
        // the decoder (see `StreamReassembler::hold_until`).
        let handed = outcome.kind != SegmentKind::Ahead || !reasm.has_gap();
        report.kind = match outcome.kind {
            SegmentKind::KeepAlive if control => None,
            SegmentKind::Empty => None,
            k => Some(k),
        };
        report.conflict = outcome.conflict;
        report.overlaps_reassembled = s.added_to_message
            && !payload.is_empty()
            && reasm.inside_reassembled(outcome.stream_offset);
        let held_before = app.decoder.as_ref().is_some_and(|x| x.holds_partial(dir));
        let reassembling = app.decoder.as_ref().is_some_and(|x| x.reassembling(dir));
        report.resent_message_start = outcome.kind == SegmentKind::KeepAlive
            && !payload.is_empty()
            && held_before
            && reassembling
            && outcome.stream_offset == app.pdu_from[dir.index()];
        let resend = if s.fast_retransmission && !payload.is_empty() {
            fast_resend(reasm, &mut outcome, payload, s.frame, reassembling)
        } else {
            Resend::Unchanged
        };
        report.overlaps_reassembled |= resend == Resend::Overlaps;
        let redissect = resend == Resend::ReadAgain;
        let resent_start = resend == Resend::PduStart;
        // Each delivery with its side, and whether a gap in it counts as
        // bytes missing from the conversation.
        let mut deliveries: Vec<(Dir, Delivery<'p>, bool)> =
            recycle(std::mem::take(&mut scratch.deliveries));
        // An out-of-order segment no message being reassembled takes is
        // withheld as a retransmission is.
        let in_message = reassembling && outcome.stream_offset >= app.pdu_from[dir.index()];
        let withheld = s.withheld
            || (s.out_of_order && !in_message && !report.overlaps_reassembled && !redissect);
        if withheld {
            // Its bytes move the stream on but no decoder reads them.
            deliveries.extend(outcome.deliver.drain(..).map(|d| {
                let d = match d {
                    Delivery::Data(c) => Delivery::Gap {
                        stream_offset: c.stream_offset,
                        len: c.data.len() as u64,
                    },
                    gap => gap,
                };
                (dir, d, false)
            }));
        } else {
            deliveries.extend(outcome.deliver.drain(..).map(|d| (dir, d, true)));
        }
        scratch.deliver = recycle(std::mem::take(&mut outcome.deliver));
        // Bytes the snap length cut are known lost: skip them now, so the
        // next segment follows in order (the frame is already marked
        // truncated; this is not a gap in the conversation).
        let reset = s.flags & RST != 0;
        let cut = if reset {
            0
        } else {
            u64::from(s.wire_len).saturating_sub(payload.len() as u64)
        };
        if cut > 0 && matches!(outcome.kind, SegmentKind::InOrder | SegmentKind::FillsGap) {
            let end = outcome.stream_offset + payload.len() as u64;
            let skipped = reasm.cut_by_snaplen(end, cut, budget);
            deliveries.extend(skipped.into_iter().map(|d| (dir, d, false)));
        }

        let newly_fin = s.flags & FIN != 0 && !app.fin[dir.index()];
        if s.flags & FIN != 0 {
            app.fin[dir.index()] = true;
        }
        // A side that sent FIN sends nothing more: what it still holds will
        // not get its missing bytes. A reset ends both sides.
        for d in [Dir::Client, Dir::Server] {
            let ended = reset || (newly_fin && d == dir);
            if let (true, false, Some(r)) = (
                ended,
                app.finished[d.index()],
                app.reasm[d.index()].as_mut(),
            ) {
                deliveries.extend(r.flush(budget).into_iter().map(|x| (d, x, true)));
            }
        }

        let mut kept = Kept {
            layers,
            shown: 0,
            segment: None,
            lists,
            events: Vec::new(),
            messages: 0,
            detail: !*skip_detail,
            last_range: None,
            own: None,
            reader: "",
        };
        // Messages of this side within these stream bytes were read from
        // this segment's payload. tshark reads a segment that fills a gap,
        // or repeats bytes, only as part of reassembled data.
        if outcome.kind == SegmentKind::InOrder || redissect {
            let start = outcome.stream_offset;
            kept.segment = Some((dir, start, start + payload.len() as u64));
        }
        // The stream bytes of a segment handed to the decoder as they come
        // (one past a gap too): what of them is segment data.
        if outcome.kind == SegmentKind::InOrder
            || redissect
            || (outcome.kind == SegmentKind::Ahead && handed)
        {
            let start = outcome.stream_offset;
            kept.own = Some((dir, start, start + payload.len() as u64));
        }
        // Held bytes the decoder asked one more segment for are read with
        // this one whole: a message starts being reassembled here too.
        let one_more = app
            .decoder
            .as_ref()
            .is_some_and(|x| x.wants_one_more_segment(dir));
        let mut out = std::mem::take(&mut scratch.messages);
        for (d, delivery, counts_missing) in deliveries.drain(..) {
            match delivery {
                Delivery::Data(chunk) => {
                    // tshark tries its heuristics again on later bytes of a
                    // conversation none took: the other side's first bytes
                    // get their try too (a client typing its request a
                    // byte a segment, answered by a whole HTTP response).
                    let ends = if d == dir {
                        Endpoints {
                            v6: s.v6,
                            src: (s.src, s.sport),
                            dst: (s.dst, s.dport),
                        }
                    } else {
                        Endpoints {
                            v6: s.v6,
                            src: (s.dst, s.dport),
                            dst: (s.src, s.sport),
                        }
                    };
                    let setup = |mut dec: Box<dyn StreamDecoder>| {
                        dec.set_keys(keys);
                        dec.set_decode_as(decode_as);
                        dec.set_stream_media(http2_media);
                        if *skip_fingerprints {
                            dec.skip_fingerprints();
                        }
                        if *skip_detail {
                            dec.skip_detail();
                        }
                        if events {
                            dec.collect_messages();
                        }
                        dec
                    };
                    if !app.decided && !app.probed[d.index()] {
                        app.probed[d.index()] = true;
                        // A conversation another announced (an FTP data
                        // connection) is decided by that, as Wireshark
                        // tries a conversation's dissector before ports.
                        // Wireshark 4.0 binds the wildcard port to the
                        // first conversation that matches: it is used up.
                        let announced = expected
                            .iter()
                            .rposition(|e| e.matches(&ends))
                            .and_then(|i| expected.remove(i));
                        app.decoder = match announced {
                            Some(e) => Some(setup((e.make)())),
                            None => registry::choose(
                                Transport::Tcp,
                                decode_as,
                                Some(app.server_port).filter(|&p| p != 0),
                                s.sport,
                                s.dport,
                                &chunk.data,
                            )
                            .and_then(|p| p.app.as_ref()?.stream)
                            .map(|new| setup(new())),
                        };
                        if let Some(dec) = app.decoder.as_mut() {
                            dec.set_conversation_frame(app.first_frame);
                        }
                        app.decided = app.decoder.is_some() || app.probed == [true, true];
                    } else if app.decoder.is_none()
                        && ((app::tls::probe(&chunk.data) == app::Probe::Certain
                            && registry::tls_may_start_later(s.sport, s.dport))
                            || (app::tls::heuristic(&chunk.data)
                                && !registry::tcp_port_taken(s.sport, s.dport)))
                    {
                        // A TLS hello later in a conversation nothing took:
                        // tshark tries its TLS heuristic on every segment
                        // of one no dissector has by port, and those that
                        // upgrade to TLS (PostgreSQL's SSLRequest, MySQL's
                        // SSL login, STARTTLS of SMTP, IMAP, POP, XMPP,
                        // LDAP) hand their conversation to TLS at that
                        // hello; from here on it is TLS.
                        app.decoder =
                            Some(setup(match registry::starttls_protocol(s.sport, s.dport) {
                                Some(p) => app::tls::new_starttls_stream(p),
                                None => app::tls::new_stream(),
                            }));
                        app.decided = true;
                    } else if app.decoder.is_none()
                        && let Some(new) =
                            registry::tcp_heuristic_later(decode_as, s.sport, s.dport, &chunk.data)
                                .and_then(|p| p.app.as_ref()?.stream)
                    {
                        // tshark's HTTP heuristic wants a whole first line
                        // in the segment: a client that sent `GET` alone
                        // is HTTP from the segment that ends a line with
                        // the version on, both ways, what came before
                        // staying data.
                        let mut dec = setup(new());
                        dec.set_conversation_frame(app.first_frame);
                        app.decoder = Some(dec);
                        app.decided = true;
                    }
                    if let Some(dec) = app.decoder.as_mut() {
                        if !*skip_detail {
                            app.pdu[d.index()].append(chunk.stream_offset, &chunk.data);
                        }
                        dec.set_time_ns(s.ts_ns);
                        dec.set_frame(s.frame);
                        dec.set_ports(ends.src.1, ends.dst.1);
                        dec.set_endpoints(&ends);
                        // The segment's own bytes, in order: what the snap
                        // length cut off them.
                        let own = d == dir
                            && outcome.kind == SegmentKind::InOrder
                            && chunk.stream_offset + chunk.data.len() as u64
                                == outcome.stream_offset + payload.len() as u64;
                        dec.set_snap_cut(if own { cut } else { 0 });
                        dec.set_urgent(
                            (own && s.flags & crate::flow::tcp::URG != 0).then_some(s.urgent),
                        );
                        // In pieces, so a delivery that completes a flood
                        // of messages never holds them all at once.
                        let piece = if dec.whole_segments() {
                            chunk.data.len().max(1)
                        } else {
                            FEED_PIECE
                        };
                        let mut at = 0;
                        while at < chunk.data.len() {
                            let end = (at + piece).min(chunk.data.len());
                            let offset = chunk.stream_offset + at as u64;
                            // Before the feed: a STARTTLS answer hands the
                            // conversation to TLS once read.
                            kept.reader = dec.protocol();
                            let was_reassembling = dec.reassembling(d);
                            dec.feed(d, offset, &chunk.data[at..end], &mut out);
                            let chunk_end = chunk.stream_offset + chunk.data.len() as u64;
                            if dec.reassembling(d) {
                                // A message completed in this piece: the
                                // one being reassembled began after it.
                                let after_last = out
                                    .iter()
                                    .map(|m| m.stream_end)
                                    .filter(|&e| e <= chunk_end)
                                    .max();
                                if let Some(e) = after_last {
                                    app.pdu_from[d.index()] = e.max(offset);
                                } else if !was_reassembling {
                                    app.pdu_from[d.index()] = offset;
                                }
                            }
                            for m in &mut out {
                                if m.stream_end == app::TO_SEGMENT_END {
                                    m.stream_end = chunk_end;
                                }
                            }
                            let mut announced = Vec::new();
                            dec.take_expected(&mut announced);
                            report.opened_conversations += dec.take_opened_conversations();
                            for e in announced {
                                if expected.len() >= MAX_EXPECTED {
                                    expected.pop_front();
                                }
                                expected.push_back(e);
                            }
                            // Bytes read again were mapped to the frames that
                            // first carried them: what they make now is this
                            // frame's alone.
                            if let Some(r) = app.reasm[d.index()].as_mut()
                                && !redissect
                            {
                                let pdu = &mut app.pdu[d.index()];
                                note_messages(r, pdu, &out, &mut kept, None, s.frame, budget);
                            }
                            kept.absorb(&mut out, d, &mut app.ws_closes, &mut app.tls, s, steps);
                            at = end;
                        }
                    }
                    if events && !redissect {
                        kept.events.push(Event::Bytes(StreamBytes {
                            stream: s.stream,
                            dir: d,
                            frame: chunk.frame,
                            offset: chunk.stream_offset,
                            data: chunk.data,
                            missing: 0,
                            protocol: app.decoder.as_ref().map(|x| x.protocol()),
                        }));
                    }
                }
                Delivery::Gap { stream_offset, len } => {
                    if counts_missing && d == dir {
                        report.missing += len;
                    }
                    if let Some(dec) = app.decoder.as_mut() {
                        dec.gap(d, len);
                    }
                    app.pdu[d.index()].clear();
                    if events {
                        kept.events.push(Event::Bytes(StreamBytes {
                            stream: s.stream,
                            dir: d,
                            frame: 0,
                            offset: stream_offset,
                            data: Cow::Borrowed(&[]),
                            missing: len,
                            protocol: app.decoder.as_ref().map(|x| x.protocol()),
                        }));
                    }
                }
            }
        }
        scratch.deliveries = recycle(deliveries);
        // A side's FIN completes what it sent framed by the connection's
        // close (an HTTP response without length), as tshark reports it on
        // that FIN, its frame the last of the message's segments; a reset
        // ends both sides.
        for d in [Dir::Client, Dir::Server] {
            if !(reset || app.fin[d.index()]) || app.finished[d.index()] {
                continue;
            }
            app.finished[d.index()] = true;
            if let Some(dec) = app.decoder.as_mut() {
                // What the FIN completes is answered at the FIN's time.
                dec.set_time_ns(s.ts_ns);
                dec.set_frame(s.frame);
                if reset {
                    dec.closed_by_reset(d);
                } else {
                    dec.closed_by_fin(d);
                }
                dec.finish(d, &mut out);
                if let Some(r) = app.reasm[d.index()].as_mut() {
                    let fin_frame = (!reset && d == dir).then_some(s.frame);
                    let pdu = &mut app.pdu[d.index()];
                    note_messages(r, pdu, &out, &mut kept, fin_frame, s.frame, budget);
                }
                kept.reader = dec.protocol();
                kept.absorb(&mut out, d, &mut app.ws_closes, &mut app.tls, s, steps);
            }
        }
        scratch.messages = out;
        report.partial = kept.messages == 0
            && !payload.is_empty()
            && app.decoder.as_ref().is_some_and(|x| !x.refused(dir));
        // A keep-alive's byte outside any message being reassembled is
        // shown as data by tshark 4.0 (HTTP, TLS, SSH, SMTP, NBSS and
        // WebSocket checked):
        // no decoder reads it. Inside a message being reassembled it is
        // one of its segments, and inside one already reassembled a
        // reassembly error (`overlaps_reassembled`). Only the decoders
        // that say whether they hold part of a message are trusted here.
        if report.partial
            && outcome.kind == SegmentKind::KeepAlive
            && !held_before
            && !reassembling
            && app.decoder.as_ref().is_some_and(|x| {
                matches!(
                    x.protocol(),
                    "http" | "tls" | "ssh" | "smtp" | "nbss" | "websocket"
                )
            })
        {
            report.partial = false;
        }
        // A withheld segment shows nothing either: no data layer, no note;
        // nor does a fast retransmission of a multi-segment PDU's start.
        if withheld
            || resent_start
            || report.partial
                && app
                    .decoder
                    .as_ref()
                    .is_some_and(|x| x.consumed_silently(dir))
        {
            report.partial = false;
            report.silent = true;
        }
        // A segment past a gap is handed to the decoder at once, as one
        // in order is.
        // So does one that ended a message cut by a gap and then began
        // another: TCP hands the decoder what follows the cut message as a
        // call of its own.
        report.starts_partial = report.partial
            && handed
            && matches!(outcome.kind, SegmentKind::InOrder | SegmentKind::Ahead)
            && app.decoder.as_ref().is_some_and(|x| {
                x.holds_partial(dir)
                    && (!held_before
                        || one_more
                        || x.began_in_cut_message(dir)
                        || x.began_after_cut_message(dir))
            });
        report.began_in_cut = (kept.shown > 0 || report.starts_partial)
            && app
                .decoder
                .as_ref()
                .is_some_and(|x| x.began_in_cut_message(dir));
        // The decoder was handed the segment (one past a gap too, after
        // the gap reset it) and wrote its Info before asking for more.
        if report.partial
            && handed
            && matches!(outcome.kind, SegmentKind::InOrder | SegmentKind::Ahead)
            && let Some(dec) = app.decoder.as_ref()
        {
            let mut info = String::new();
            report.message_start = dec.pending_info(dir, &mut info).then_some(info);
            report.partial_item = dec.partial_item(dir);
        }
        report.protocol = app.decoder.as_ref().map(|d| d.protocol());
        // tshark's TCP desegments only a segment captured whole: of one the
        // snap length cut it shows no segment data.
        let segment_data = kept.detail && !withheld && cut == 0;
        if segment_data
            && let Some((side, start, end)) = kept.own
            && side == dir
        {
            // tshark's TCP shows as segment data the end of each
            // multi-segment PDU this segment completes, and what follows
            // the PDUs it holds whole when the dissector asked for more;
            // the end of a PDU cut by a gap, before those that follow.
            let lists = &mut *kept.lists;
            let mut tail = start;
            if report.began_in_cut
                && let Some(&(first, _)) = lists.own_messages.first()
                && first > start
            {
                lists
                    .segment_data
                    .push(0..(first.min(end) - start) as usize);
                tail = first.min(end);
            }
            for &(from, to) in &lists.own_messages {
                let to = to.min(end);
                if from < start && to > start {
                    lists.segment_data.push(0..(to - start) as usize);
                }
                tail = tail.max(to);
            }
            // What follows the last message is the start of the next
            // when the decoder kept it. HTTP says so itself: its messages
            // can leave bytes it reads as nothing (a stray line end after
            // a body), which tshark's HTTP takes without asking for more.
            let pending = report.partial
                || (kept.messages > 0
                    && !report.silent
                    && app.decoder.as_ref().is_some_and(|x| {
                        !x.refused(dir) && (x.protocol() != "http" || x.holds_partial(dir))
                    }));
            if pending && tail < end {
                lists
                    .segment_data
                    .push((tail - start) as usize..(end - start) as usize);
            }
        } else if segment_data && report.partial && !report.overlaps_reassembled {
            // Held past a gap, or added out of order to the PDU being
            // reassembled: all of it.
            kept.lists.segment_data.push(0..payload.len());
        }
        // Asked only of a segment held for a message (the others show the
        // carrier's item with what they complete).
        report.carrier_every = report.partial
            && app
                .decoder
                .as_ref()
                .is_some_and(|d| d.carries_every_segment());
        if report.starts_partial || report.carrier_every {
            report.carrier = app.decoder.as_ref().and_then(|d| d.carrier_layer());
        }
        if kept.messages > MAX_APP_LAYERS as u64 {
            let more = kept.messages - MAX_APP_LAYERS as u64;
            if kept.shown > 0
                && let Some(last) = kept.layers.last_mut()
            {
                last.anomalies.push(Anomaly {
                    kind: AnomalyKind::Evicted,
                    reason: format!(
                        "{more} more {} messages completed by this segment are not shown (at most {MAX_APP_LAYERS} a frame)",
                        last.protocol
                    ),
                });
            }
        }
        // The decoder's buffers, inflaters and pending requests count too.
        let now = APP_COST
            + app
                .decoder
                .as_ref()
                .map_or(0, |d| std::mem::size_of_val(&**d) + d.heap_bytes())
            + app.pdu.iter().map(PduBytes::heap_bytes).sum::<usize>();
        budget.resize(app.charged, now);
        app.charged = now;
        // A conversation that ended both ways (or was reset) frees its
        // state: finished conversations do not pile up. One reset while a
        // decoder reads it keeps its state until it idles out: tshark's
        // reassembly and dissectors go on after a reset, and a side may
        // go on sending (a server answering a reset client with more of a
        // record), which a fresh decoder would read out of step.
        app.reset |= reset;
        if app.finished.iter().all(|f| *f)
            && !(app.reset && app.decoder.is_some())
            && let Some(mut done) = table.remove(&s.stream)
        {
            release(&mut done, budget);
        }
        let slots = table.heap_bytes();
        budget.resize(*table_charged, slots);
        *table_charged = slots;
        report.layers = kept.shown;
        report.events = kept.events;
        report
    }

    /// End of the capture: every conversation gives up on its gaps, hands
    /// its held bytes to its decoder, and the decoders finish (a body
    /// framed by the connection's close is complete now). Returns the
    /// events that makes, in stream order; the layers are dropped (no frame
    /// carries them).
    pub fn finish(&mut self, last_frame: u64, budget: &mut Budget) -> Vec<Event<'static>> {
        let mut events = Vec::new();
        let TcpApps { table, .. } = self;
        let mut streams: Vec<u64> = table.keys().copied().collect();
        streams.sort_unstable();
        for stream in streams {
            let Some(app) = table.peek_mut(&stream) else {
                continue;
            };
            for d in [Dir::Client, Dir::Server] {
                let Some(r) = app.reasm[d.index()].as_mut() else {
                    continue;
                };
                for delivery in r.flush(budget) {
                    let mut out = Vec::new();
                    let protocol = app.decoder.as_ref().map(|x| x.protocol());
                    let (frame, offset, data, missing) = match delivery {
                        Delivery::Data(c) => {
                            if let Some(dec) = app.decoder.as_mut() {
                                dec.feed(d, c.stream_offset, &c.data, &mut out);
                            }
                            (c.frame, c.stream_offset, c.data, 0)
                        }
                        Delivery::Gap { stream_offset, len } => {
                            if let Some(dec) = app.decoder.as_mut() {
                                dec.gap(d, len);
                            }
                            (0, stream_offset, Cow::Borrowed(&[][..]), len)
                        }
                    };
                    if self.events == Events::All {
                        events.push(Event::Bytes(StreamBytes {
                            stream,
                            dir: d,
                            frame,
                            offset,
                            data,
                            missing,
                            protocol,
                        }));
                    }
                    push_messages(&mut events, out, stream, d, last_frame);
                }
            }
            for d in [Dir::Client, Dir::Server] {
                if app.finished[d.index()] {
                    continue;
                }
                app.finished[d.index()] = true;
                if let Some(dec) = app.decoder.as_mut() {
                    let mut out = Vec::new();
                    dec.finish(d, &mut out);
                    push_messages(&mut events, out, stream, d, last_frame);
                }
            }
        }
        if self.events != Events::All {
            events.clear();
        }
        events
    }
}

fn push_messages(
    events: &mut Vec<Event<'static>>,
    out: Vec<Message>,
    stream: u64,
    dir: Dir,
    frame: u64,
) {
    events.extend(out.into_iter().filter_map(|m| {
        m.event.map(|body| {
            Event::Message(EventMessage {
                stream,
                dir,
                frame,
                body,
            })
        })
    }));
}

/// Bytes of a delivery fed to the decoder at a time.
pub(crate) const FEED_PIECE: usize = 8192;

/// What a segment's messages leave on its frame, gathered as the decoder
/// produces them: at most [`MAX_APP_LAYERS`] layers (and their segment
/// lists), every session step and event.
struct Kept<'k, 'p> {
    /// The frame's layers, which the shown messages are appended to.
    layers: &'k mut Vec<Layer<'p>>,
    /// Layers appended.
    shown: usize,
    /// This segment's side and stream bytes, when it was read in order.
    segment: Option<(Dir, u64, u64)>,
    /// This segment's side and stream bytes, when the decoder was handed
    /// them as they came (in order or past a gap).
    own: Option<(Dir, u64, u64)>,
    lists: &'k mut SegmentLists,
    events: Vec<Event<'p>>,
    /// Messages completed, shown or not.
    messages: u64,
    /// Detail fields are built: the segment's data, PDU sizes.
    detail: bool,
    /// The side and stream bytes of the last message taken: a decoder
    /// that makes several layers of one PDU gives them the same bytes.
    last_range: Option<(Dir, (u64, u64))>,
    /// The protocol of the decoder the messages come from, as it was
    /// before it read them (a STARTTLS answer hands the conversation to
    /// TLS once read).
    reader: &'static str,
}

impl Kept<'_, '_> {
    /// Take the messages just completed by side `side`.
    fn absorb(
        &mut self,
        out: &mut Vec<Message>,
        side: Dir,
        ws_closes: &mut u8,
        tls: &mut TlsSession,
        s: &SegmentIn<'_>,
        events: bool,
    ) {
        for m in out.drain(..) {
            self.messages += 1;
            if self.detail {
                let range = (m.stream_offset, m.stream_end);
                let new_pdu = self.last_range.replace((side, range)) != Some((side, range));
                if new_pdu && self.own.is_some_and(|(dir, ..)| dir == side) && range.0 < range.1 {
                    self.lists.own_messages.push(range);
                }
                if let Some(size) = pdu_size(
                    &m.layer,
                    self.reader,
                    range.1.saturating_sub(range.0),
                    new_pdu,
                ) {
                    self.lists.pdu_sizes.push(size);
                }
            }
            if let Some(body) = m.event {
                self.events.push(Event::Message(EventMessage {
                    stream: s.stream,
                    dir: side,
                    frame: s.frame,
                    body,
                }));
            }
            let l = &m.layer;
            let session_steps = &mut self.lists.session_steps;
            if let Some(step) = session_step(l, ws_closes) {
                // A run of the same step (every WebSocket frame is "open")
                // is one step.
                if session_steps.last() != Some(&step) {
                    session_steps.push(step);
                }
            }
            if let Some(fact) = tls_session_facts(l, side, tls) {
                if events && fact == "handshake complete" {
                    self.events
                        .push(Event::TlsHandshakeDone { stream: s.stream });
                }
                session_steps.push((f::session::TLS_SESSION, fact));
            }
            if self.shown < MAX_APP_LAYERS {
                // An empty message is one a TLS record decrypted (its bytes
                // were counted by the record) or one the end completed.
                let here = self.segment.and_then(|(dir, start, end)| {
                    (dir == side
                        && start <= m.stream_offset
                        && m.stream_offset < m.stream_end
                        && m.stream_end <= end)
                        .then(|| {
                            (m.stream_offset - start) as usize..(m.stream_end - start) as usize
                        })
                });
                let mut layer = m.layer;
                layer.origin = match here {
                    Some(r) => {
                        Origin::Message(s.payload_at.start + r.start..s.payload_at.start + r.end)
                    }
                    None => Origin::Elsewhere,
                };
                layer.span = s.payload_at.clone();
                self.layers.push(layer);
                self.shown += 1;
            }
        }
    }
}

/// Record which frames each finished message came from (its own bytes,
/// `stream_offset..stream_end`, then `fin_frame`, the FIN that completed
/// it, when it carried none of them), and let the reassembler forget
/// frames before the last message's start.
/// What becomes of a fast retransmission's bytes (see [`fast_resend`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resend {
    /// As any resent bytes: the new ones are read, the old ones not.
    Unchanged,
    /// From a reassembled PDU's first byte: that PDU seen before.
    PduStart,
    /// Inside a reassembled PDU: its complete reassembly throws.
    Overlaps,
    /// Outside every reassembled PDU: the decoder reads the payload again.
    ReadAgain,
}

/// A fast retransmission is no error packet to tshark: its TCP hands it to
/// the dissector, bytes seen before and all, unless a multi-segment PDU
/// holds them. Resent from such a PDU's first byte it is that PDU seen
/// before (nothing shown); from inside, fragment_add throws on the complete
/// PDU; outside every one, the dissector reads the whole payload again (a
/// resent response is counted a second time): `outcome` then delivers it
/// from its first byte, the new bytes of a partial retransmission with the
/// old. Only from a message boundary: bytes resent while the decoder is
/// reassembling a message are left to the reassembly.
fn fast_resend<'p>(
    reasm: &StreamReassembler,
    outcome: &mut SegmentOutcome<'p>,
    payload: &'p [u8],
    frame: u64,
    reassembling: bool,
) -> Resend {
    if !matches!(
        outcome.kind,
        SegmentKind::Retransmission | SegmentKind::PartialRetransmission
    ) {
        return Resend::Unchanged;
    }
    let start = outcome.stream_offset;
    let end = start + payload.len() as u64;
    match reasm.resent_against_reassembled(start, end) {
        Resent::MessageStart => Resend::PduStart,
        Resent::Inside => Resend::Overlaps,
        Resent::CrossesStart => Resend::Unchanged,
        Resent::Outside => {
            let only_new_bytes_to_end = outcome.deliver.iter().all(|d| match d {
                Delivery::Data(c) => c.stream_offset + c.data.len() as u64 == end,
                Delivery::Gap { .. } => false,
            });
            if reassembling || !only_new_bytes_to_end {
                return Resend::Unchanged;
            }
            outcome.deliver.clear();
            outcome.deliver.push(Delivery::Data(Chunk {
                stream_offset: start,
                data: Cow::Borrowed(payload),
                frame,
            }));
            Resend::ReadAgain
        }
    }
}

fn note_messages(
    reasm: &mut StreamReassembler,
    pdu: &mut PduBytes,
    msgs: &[Message],
    kept: &mut Kept<'_, '_>,
    fin_frame: Option<u64>,
    frame: u64,
    budget: &mut Budget,
) {
    let room = MAX_APP_LAYERS.saturating_sub(kept.shown);
    let lists = &mut *kept.lists;
    let mut previous = None;
    for m in msgs.iter().take(room) {
        let end = m.stream_end.max(m.stream_offset);
        // A message the decoder made of the same bytes as the one before
        // (HTTP's body as IMF) is the same PDU to tshark's TCP: its
        // segments are listed once.
        if previous.replace((m.stream_offset, end)) == Some((m.stream_offset, end)) {
            continue;
        }
        let mark = lists.frames.len();
        reasm.frames_into(m.stream_offset, end, &mut lists.frames);
        if let Some(fin) = fin_frame
            && lists.frames.len() > mark
            && lists.frames.last() != Some(&fin)
        {
            lists.frames.push(fin);
        }
        let frames = &lists.frames[mark..];
        if frames.len() > 1 || frames.first().is_some_and(|f| *f != frame) {
            reasm.note_reassembled(m.stream_offset, end);
            lists
                .reassembled
                .push((frames.len(), end - m.stream_offset));
            let data = pdu.get(m.stream_offset, end).map(|b| {
                let at = lists.reassembled_bytes.len();
                lists.reassembled_bytes.extend_from_slice(b);
                at..at + b.len()
            });
            lists.reassembled_data.push(data);
        } else {
            lists.frames.truncate(mark);
        }
    }
    // Up to where the last message starts: a message may end past the
    // start of one still being reassembled (TLS's record read with a whole
    // segment), whose frames are needed when it completes.
    if let Some(last) = msgs.last() {
        reasm.prune_frames(last.stream_offset, budget);
        pdu.prune(last.stream_offset);
    }
}

fn release(app: &mut TcpApp, budget: &mut Budget) -> u64 {
    budget.credit(std::mem::take(&mut app.charged));
    app.reasm
        .iter_mut()
        .flatten()
        .map(|r| r.release(budget))
        .sum()
}

/// Protocols whose Wireshark dissector reads TCP through
/// `tcp_dissect_pdus`, which puts each PDU's length on the TCP tree
/// (`tcp.pdu.size`), on the frame the PDU is dissected in.
const TCP_PDUS: &[&str] = &[
    "dns",
    "http2",
    "websocket",
    "ldap",
    "dcerpc",
    "kerberos",
    "mysql",
    "pgsql",
    "openflow",
    "openflow_v1",
    "openflow_v4",
    "openflow_v5",
    "openflow_v6",
    "mqtt",
    "mbtcp",
    "dnp3",
    "openvpn",
];

/// The `tcp.pdu.size` a message adds: the PDU's length as its header
/// gives it, or else `stream_len`, its bytes in the stream, when the
/// conversation's decoder read it straight from TCP (`first` says it is
/// the first layer made of those bytes). Inside TLS only the first kind:
/// TLS hands the decrypted bytes to the same `tcp_dissect_pdus`.
fn pdu_size(l: &Layer<'_>, carrier: &str, stream_len: u64, first: bool) -> Option<u64> {
    if !TCP_PDUS.contains(&l.protocol) {
        return None;
    }
    let direct = carrier == "http" || TCP_PDUS.contains(&carrier);
    if carrier != "tls" && !direct {
        return None;
    }
    // The length its header declares, where the layer has it (a PDU the
    // capture cut short has its declared length).
    let declared = match l.protocol {
        "http2" if l.has(f::http2::MAGIC) => Some(24),
        "http2" => Some(l.get_uint(f::http2::LENGTH)? + 9),
        "dns" => Some(l.get_uint(f::dns::LENGTH)? + 2),
        "mysql" => Some(l.get_uint(f::mysql::PACKET_LENGTH)? + 4),
        "openvpn" => Some(l.get_uint(f::openvpn::PLEN)? + 2),
        "websocket" => {
            let len = l.get_uint(f::websocket::PAYLOAD_LENGTH)?;
            let (ext, len) = match len {
                126 => (2, l.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_16)?),
                127 => (8, l.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_64)?),
                n => (0, n),
            };
            let mask = if l.flag(f::websocket::MASK) { 4 } else { 0 };
            Some(2 + ext + mask + len)
        }
        _ => None,
    };
    match declared {
        Some(n) => Some(n),
        None if direct && first && stream_len > 0 => Some(stream_len),
        None => None,
    }
}

/// The L5 step a message marks, for the session layer: the TLS handshake
/// step, or where the WebSocket conversation is (upgrade requested →
/// accepted → open → close sent → closed, with the close code).
fn session_step(
    l: &Layer<'_>,
    ws_closes: &mut u8,
) -> Option<(&'static crate::dissect::field::FieldDef, Cow<'static, str>)> {
    let ws = f::session::WEBSOCKET_PHASE;
    match l.protocol {
        "tls" => app::tls::session_phase(l).map(|p| (f::session::TLS_PHASE, Cow::Borrowed(p))),
        "websocket" if l.get_uint(f::websocket::OPCODE) == Some(8) => {
            *ws_closes = ws_closes.saturating_add(1);
            let code = match l.get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE) {
                Some(c) => format!(" {c} {}", app::websocket::close_code_name(c as u16)),
                None => String::new(),
            };
            Some((
                ws,
                Cow::Owned(if *ws_closes == 1 {
                    format!("WebSocket close sent{code} (hang up)")
                } else {
                    format!("WebSocket closed{code}")
                }),
            ))
        }
        "websocket" | "http" => app::websocket::session_phase(l).map(|p| (ws, Cow::Borrowed(p))),
        _ => None,
    }
}

/// TLS session facts for the L5 line: the session id a ClientHello
/// offers; resumption (TLS 1.3: the server accepted a pre-shared key;
/// TLS ≤ 1.2: it echoed the client's session id); and the handshake
/// complete once both sides sent Finished (an encrypted handshake record).
fn tls_session_facts(l: &Layer<'_>, side: Dir, st: &mut TlsSession) -> Option<Cow<'static, str>> {
    use super::layer::Value;
    if l.protocol != "tls" {
        return None;
    }
    let session_id = || match l.get(f::tls::HANDSHAKE_SESSION_ID) {
        Some(v @ Value::Bytes(b)) if !b.is_empty() => Some(v.to_string()),
        _ => None,
    };
    let has = |def: &'static crate::dissect::field::FieldDef, value: u64| {
        l.fields
            .iter()
            .any(|f| std::ptr::eq(f.def, def) && f.value == Value::UInt(value))
    };
    if has(f::tls::HANDSHAKE_TYPE, 1) {
        st.client_session_id = session_id();
        return st
            .client_session_id
            .as_ref()
            .map(|id| Cow::Owned(format!("session id {}… offered", &id[..id.len().min(16)])));
    }
    if has(f::tls::HANDSHAKE_TYPE, 2) {
        let psk = has(f::tls::HANDSHAKE_EXTENSION_TYPE, 41);
        let v13 = l.get_uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION) == Some(0x0304);
        let echoed = st.client_session_id.is_some() && session_id() == st.client_session_id;
        st.v13 = v13;
        return Some(Cow::Borrowed(if psk {
            "resumed (pre-shared key)"
        } else if !v13 && echoed {
            "resumed (session id)"
        } else {
            "new session"
        }));
    }
    // TLS ≤ 1.2 shows Finished as an encrypted handshake record. TLS 1.3
    // hides every type: the client's first protected record is its
    // Finished (the server's flight, Finished included, came before).
    let encrypted_handshake = if st.v13 {
        l.get(f::tls::RECORD_OPAQUE_TYPE).is_some() && side == Dir::Client
    } else {
        (matches!(l.get(f::tls::OSIDUMP_ENCRYPTED), Some(Value::Bool(true)))
            || has(f::tls::HANDSHAKE_TYPE, 20))
            && l.get_uint(f::tls::RECORD_CONTENT_TYPE) == Some(22)
    };
    if st.v13 && encrypted_handshake {
        st.finished = [true, true];
    }
    if encrypted_handshake && !st.complete {
        st.finished[side.index()] = true;
        if st.finished.iter().all(|f| *f) {
            st.complete = true;
            return Some(Cow::Borrowed("handshake complete"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::PduBytes;

    #[test]
    fn pdu_bytes_follow_the_stream_and_forget_what_no_message_needs() {
        let mut p = PduBytes::default();
        p.append(100, b"abcd");
        p.append(104, b"efgh");
        assert_eq!(p.get(102, 106), Some(&b"cdef"[..]));
        assert_eq!(p.get(99, 101), None, "before the first byte held");
        assert_eq!(p.get(106, 109), None, "past the last byte held");
        assert_eq!(p.get(104, 104), None, "an empty range is no PDU");
        p.prune(106);
        assert_eq!(p.get(106, 108), Some(&b"gh"[..]));
        assert_eq!(p.get(104, 106), None);
        // Bytes that do not follow (after a gap) start the copy afresh.
        p.append(200, b"xy");
        assert_eq!(p.get(106, 108), None);
        assert_eq!(p.get(200, 202), Some(&b"xy"[..]));
        // Pruned past the end: nothing held, the next bytes start there.
        p.prune(300);
        assert_eq!(p.heap_bytes(), p.bytes.capacity());
        assert!(p.bytes.is_empty());
        p.append(300, b"z");
        assert_eq!(p.get(300, 301), Some(&b"z"[..]));
    }

    #[test]
    fn a_pdu_longer_than_the_cap_keeps_no_bytes() {
        let mut p = PduBytes::default();
        let chunk = vec![7u8; 1 << 20];
        let mut at = 0u64;
        for _ in 0..(super::MAX_PDU_BYTES >> 20) {
            p.append(at, &chunk);
            at += chunk.len() as u64;
        }
        assert_eq!(p.bytes.len(), super::MAX_PDU_BYTES);
        p.append(at, b"more");
        assert!(p.bytes.is_empty(), "dropped, not grown past the cap");
        assert_eq!(p.get(0, 4), None);
        // What follows is kept again.
        p.append(at + 4, b"next");
        assert_eq!(p.get(at + 4, at + 8), Some(&b"next"[..]));
    }
}
