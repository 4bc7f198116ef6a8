//! TCP stream reassembly, one direction at a time.
//!
//! A [`StreamReassembler`] turns the segments of one direction into the
//! in-order byte stream an application decoder reads, as a list of
//! [`Delivery`]s: data chunks at increasing stream offsets (0 = first byte
//! after the SYN, or the first byte seen), and gaps that were given up on.
//! The common case, a segment that continues the stream with nothing held,
//! is delivered as a slice of the caller's payload: no copy.
//!
//! The same bytes are classified the way tshark's `tcp.analysis.*` flags
//! read ([`SegmentKind`]): in order, ahead of a gap (held until it fills),
//! filling a gap, retransmitted (every byte seen before) or partly
//! retransmitted. Overlapping bytes are compared with the ones already held
//! or recently delivered; a difference sets `conflict` and the first-arrived
//! bytes win, so what the decoder sees never changes after the fact.
//!
//! Memory is bounded three ways: per direction ([`Limits::max_held_bytes`]:
//! when out-of-order data exceeds it, the first gap is declared lost and
//! reported as missing bytes), over all streams ([`Budget`]: the caller
//! evicts the least recently active stream from a [`StreamTable`] while the
//! budget is exceeded), and in the number of streams ([`StreamTable`]'s
//! cap). Every eviction is counted and handed back to the caller to report.
//!
//! A [`FrameMap`] remembers which frames carried which stream offsets, so an
//! application message completed by one frame can list the frames it was
//! reassembled from.

use foldhash::HashMap;
use std::borrow::Cow;
use std::collections::{BTreeMap, BinaryHeap, VecDeque};
use std::hash::Hash;

/// Bookkeeping cost charged per held piece, so floods of one-byte segments
/// count for the memory they take.
const PIECE_OVERHEAD: usize = 64;
/// Cost charged per [`FrameMap`] entry.
const FRAME_ENTRY_COST: usize = 24;

/// Per-direction caps.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Out-of-order bytes (plus overhead) held before the first gap is
    /// declared lost.
    pub max_held_bytes: usize,
    /// Delivered bytes remembered to compare retransmissions with; older
    /// retransmitted bytes are classified but not compared.
    pub recent_window: usize,
    /// Entries the frame map keeps; the oldest go first. The caller prunes
    /// it as the decoder finishes messages ([`StreamReassembler::prune_frames`]).
    pub max_frame_entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_held_bytes: 4 << 20,
            recent_window: 4096,
            max_frame_entries: 1024,
        }
    }
}

pub use super::budget::Budget;

/// How a segment relates to the bytes seen before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// No payload: nothing for the stream.
    Empty,
    /// One byte (or none) just below the next expected byte, once data
    /// has flowed. tshark also requires no SYN, FIN or RST flag: the
    /// caller, who sees the flags, ignores this kind on such segments.
    KeepAlive,
    /// Continues the stream, nothing held beyond it.
    InOrder,
    /// Starts past every byte seen: opens a gap, held until it fills.
    Ahead,
    /// Continues the bytes held past a gap (ends the highest byte seen):
    /// held; tshark notes nothing here.
    BeyondGap,
    /// Starts at or past the next expected byte but below the highest byte
    /// seen, with new bytes: fills (part of) a gap.
    FillsGap,
    /// Every byte was seen before.
    Retransmission,
    /// Starts below the next expected byte but carries new bytes too.
    PartialRetransmission,
}

impl SegmentKind {
    /// The bracketed note tshark would show on such a segment, if any.
    /// tshark tells a gap-filling segment's "Out-Of-Order" from
    /// "Retransmission" by timing; here it is always "Out-Of-Order".
    pub fn tshark_label(self) -> Option<&'static str> {
        match self {
            SegmentKind::Empty | SegmentKind::InOrder | SegmentKind::BeyondGap => None,
            SegmentKind::KeepAlive => Some("TCP Keep-Alive"),
            SegmentKind::Ahead => Some("TCP Previous segment not captured"),
            SegmentKind::FillsGap => Some("TCP Out-Of-Order"),
            SegmentKind::Retransmission | SegmentKind::PartialRetransmission => {
                Some("TCP Retransmission")
            }
        }
    }
}

/// In-order bytes for the decoder, from one frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk<'p> {
    pub stream_offset: u64,
    /// Borrowed from the segment just given when it is delivered directly.
    pub data: Cow<'p, [u8]>,
    pub frame: u64,
}

/// What the decoder is fed next, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery<'p> {
    Data(Chunk<'p>),
    /// Bytes `stream_offset..stream_offset + len` were never captured and
    /// are given up on (tshark's "[N bytes missing in capture file]").
    Gap {
        stream_offset: u64,
        len: u64,
    },
}

/// Where resent bytes fall among the messages reassembled from several
/// segments ([`StreamReassembler::resent_against_reassembled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resent {
    /// From the first byte of one, ending within it: tshark's TCP has
    /// seen that PDU and reads nothing.
    MessageStart,
    /// From inside one (or its first byte, running past its end): added
    /// to its complete reassembly, which throws.
    Inside,
    /// Over the first byte of one.
    CrossesStart,
    /// Outside all of them: tshark's TCP calls the dissector on the
    /// segment again.
    Outside,
}

/// What one segment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentOutcome<'p> {
    pub kind: SegmentKind,
    /// Stream offset of the segment's first byte (0 if it starts before
    /// the stream).
    pub stream_offset: u64,
    /// Some overlapping bytes differed from those seen first (kept).
    pub conflict: bool,
    pub deliver: Vec<Delivery<'p>>,
}

impl SegmentOutcome<'_> {
    /// Bytes declared lost by this segment (the per-stream cap was hit).
    pub fn missing(&self) -> u64 {
        missing(&self.deliver)
    }
}

/// Total length of the gaps in `deliveries`.
pub fn missing(deliveries: &[Delivery<'_>]) -> u64 {
    deliveries
        .iter()
        .map(|d| match d {
            Delivery::Gap { len, .. } => *len,
            Delivery::Data(_) => 0,
        })
        .sum()
}

/// Which frames carried which stream offsets: a bounded list of
/// `(start, end, frame)` in stream order.
#[derive(Debug, Clone, Default)]
pub struct FrameMap {
    entries: VecDeque<(u64, u64, u64)>,
    max: usize,
}

impl FrameMap {
    pub fn new(max_entries: usize) -> Self {
        FrameMap {
            entries: VecDeque::new(),
            max: max_entries,
        }
    }

    /// Bytes `start..end` came from `frame`. Offsets must not go back.
    pub fn push(&mut self, start: u64, end: u64, frame: u64) {
        if let Some(last) = self.entries.back_mut()
            && last.2 == frame
            && last.1 == start
        {
            last.1 = end;
            return;
        }
        if self.max == 0 {
            return;
        }
        if self.entries.len() >= self.max {
            self.entries.pop_front();
        }
        self.entries.push_back((start, end, frame));
    }

    /// Frames that carried any byte of `start..end`, in stream order, each
    /// once. Offsets before [`FrameMap::first_offset`] are forgotten.
    pub fn frames_for(&self, start: u64, end: u64) -> Vec<u64> {
        let mut frames = Vec::new();
        self.frames_into(start, end, &mut frames);
        frames
    }

    /// [`FrameMap::frames_for`], appended to `out` (a list the caller
    /// keeps from one segment to the next).
    pub fn frames_into(&self, start: u64, end: u64, out: &mut Vec<u64>) {
        let mark = out.len();
        let first = self.entries.partition_point(|e| e.1 <= start);
        for e in self.entries.range(first..).take_while(|e| e.0 < end) {
            // Neighbouring entries of one frame are merged on push; a frame
            // seen again further on (a segment that filled several holes)
            // is dropped below, in linear time overall.
            if out.len() == mark || out.last() != Some(&e.2) {
                out.push(e.2);
            }
        }
        let n = out.len() - mark;
        if n <= 1 {
            return;
        }
        // A few frames are compared with those kept; many go through a set.
        let mut seen = (n > SMALL_FRAME_LIST).then(|| std::collections::HashSet::with_capacity(n));
        let mut kept = mark;
        for i in mark..out.len() {
            let f = out[i];
            let new = match seen.as_mut() {
                Some(seen) => seen.insert(f),
                None => !out[mark..kept].contains(&f),
            };
            if new {
                out[kept] = f;
                kept += 1;
            }
        }
        out.truncate(kept);
    }

    /// Forgets offsets below `offset` (the decoder is done with them).
    pub fn prune(&mut self, offset: u64) {
        while self.entries.front().is_some_and(|e| e.1 <= offset) {
            self.entries.pop_front();
        }
    }

    /// The lowest offset still mapped.
    pub fn first_offset(&self) -> Option<u64> {
        self.entries.front().map(|e| e.0)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn clear(&mut self) {
        self.entries.clear();
    }
}

/// Frame lists up to this long are deduplicated without a set.
const SMALL_FRAME_LIST: usize = 32;

#[derive(Debug)]
struct Held {
    data: Vec<u8>,
    frame: u64,
}

/// One direction of a TCP conversation.
#[derive(Debug)]
pub struct StreamReassembler {
    limits: Limits,
    /// Sequence number of stream offset 0.
    base: Option<u32>,
    /// Next stream offset to deliver; everything below was delivered or
    /// given up on.
    next: u64,
    /// End of the highest byte seen (delivered, held or skipped).
    highest: u64,
    /// Out-of-order pieces, all starting past `next`, never overlapping.
    held: BTreeMap<u64, Held>,
    held_cost: usize,
    /// The last delivered bytes, ending at `next`.
    recent: VecDeque<u8>,
    frames: FrameMap,
    /// What this stream has charged to the budget.
    accounted: usize,
    missing_total: u64,
    /// The latest messages built from more than one segment (tshark's
    /// multi-segment PDUs, once reassembled): stream offsets of their
    /// first byte and past their last, oldest first, at most
    /// [`MAX_REASSEMBLED_KEPT`].
    reassembled: VecDeque<(u64, u64)>,
    /// Where the message the decoder is reassembling ends, when it knows
    /// (see [`StreamReassembler::hold_until`]): bytes past a gap but
    /// before it are held whatever [`Limits::max_held_bytes`] says.
    hold_until: u64,
}

/// Most bytes held past a gap inside a message of known length
/// ([`StreamReassembler::hold_until`]), per direction.
pub const MAX_HELD_IN_MESSAGE: usize = 1 << 20;

/// Reassembled messages a stream remembers (see
/// [`StreamReassembler::note_reassembled`]).
const MAX_REASSEMBLED_KEPT: usize = 16;

impl StreamReassembler {
    /// `isn_plus_one`: the SYN's sequence number plus one (the SYN consumes
    /// one), when the SYN was seen; otherwise the first segment with
    /// payload defines offset 0.
    pub fn new(isn_plus_one: Option<u32>) -> Self {
        Self::with_limits(isn_plus_one, Limits::default())
    }

    pub fn with_limits(isn_plus_one: Option<u32>, limits: Limits) -> Self {
        StreamReassembler {
            limits,
            base: isn_plus_one,
            next: 0,
            highest: 0,
            held: BTreeMap::new(),
            held_cost: 0,
            recent: VecDeque::new(),
            frames: FrameMap::new(limits.max_frame_entries),
            accounted: 0,
            missing_total: 0,
            reassembled: VecDeque::new(),
            hold_until: 0,
        }
    }

    /// The decoder is reassembling a message that ends at stream offset
    /// `end` (tshark's multi-segment PDU, its `nxtpdu`): a segment past a
    /// gap that lies inside it is added to it and waits for the gap to be
    /// filled (by out-of-order segments), as tshark's `fragment_add` adds
    /// it at its offset whatever came before. Elsewhere a gap is given up
    /// on at once under the limits. Good for the next segment only.
    pub fn hold_until(&mut self, end: Option<u64>) {
        self.hold_until = end.unwrap_or(0);
    }

    /// The next stream offset the decoder will be fed.
    pub fn next_offset(&self) -> u64 {
        self.next
    }

    /// Out-of-order payload bytes held now.
    pub fn held_bytes(&self) -> u64 {
        (self.held_cost - self.held.len() * PIECE_OVERHEAD) as u64
    }

    /// Bytes are held beyond a gap.
    pub fn has_gap(&self) -> bool {
        !self.held.is_empty()
    }

    /// Bytes declared lost so far.
    pub fn missing_total(&self) -> u64 {
        self.missing_total
    }

    pub fn frames(&self) -> &FrameMap {
        &self.frames
    }

    /// Frames that carried stream bytes `start..end`.
    pub fn frames_for(&self, start: u64, end: u64) -> Vec<u64> {
        self.frames.frames_for(start, end)
    }

    /// [`StreamReassembler::frames_for`], appended to `out`.
    pub fn frames_into(&self, start: u64, end: u64, out: &mut Vec<u64>) {
        self.frames.frames_into(start, end, out)
    }

    /// Remembers a message built from more than one segment, from stream
    /// offset `start` up to `end`.
    pub fn note_reassembled(&mut self, start: u64, end: u64) {
        if self.reassembled.len() == MAX_REASSEMBLED_KEPT {
            self.reassembled.pop_front();
        }
        self.reassembled.push_back((start, end));
    }

    /// Whether stream offset `offset` lies inside a remembered message
    /// built from several segments, past its first byte: tshark's TCP adds
    /// such bytes to that message's reassembly, which is complete, and its
    /// reassembly throws "New fragment overlaps old data (retransmission?)".
    pub fn inside_reassembled(&self, offset: u64) -> bool {
        self.reassembled
            .iter()
            .any(|&(start, end)| start < offset && offset < end)
    }

    /// How a segment carrying stream bytes `start..end`, every one seen
    /// before, meets the remembered messages built from several segments
    /// (tshark's multi-segment PDUs, which its TCP looks a segment up in
    /// before it calls a dissector).
    pub fn resent_against_reassembled(&self, start: u64, end: u64) -> Resent {
        let mut seen = Resent::Outside;
        for &(first, last) in &self.reassembled {
            if first == start && end <= last {
                return Resent::MessageStart;
            }
            if first <= start && start < last {
                return Resent::Inside;
            }
            if start < first && first < end {
                seen = Resent::CrossesStart;
            }
        }
        seen
    }

    /// Forgets frame numbers of offsets below `offset`.
    pub fn prune_frames(&mut self, offset: u64, budget: &mut Budget) {
        self.frames.prune(offset);
        self.sync(budget);
    }

    /// The stream offset of sequence number `seq`, taken as the one nearest
    /// the next expected byte (sequence numbers wrap at 2^32). `None`
    /// before any offset is known or before the stream's start.
    pub fn offset_of(&self, seq: u32) -> Option<u64> {
        u64::try_from(self.signed_offset(self.base?, seq)).ok()
    }

    fn signed_offset(&self, base: u32, seq: u32) -> i64 {
        let next32 = base.wrapping_add(self.next as u32);
        self.next as i64 + i64::from(seq.wrapping_sub(next32) as i32)
    }

    /// One segment's payload, starting at sequence number `seq` (for a SYN
    /// carrying data, the SYN's sequence number plus one).
    pub fn segment<'p>(
        &mut self,
        frame: u64,
        seq: u32,
        payload: &'p [u8],
        budget: &mut Budget,
    ) -> SegmentOutcome<'p> {
        self.segment_with(frame, seq, payload, budget, Vec::new())
    }

    /// [`StreamReassembler::segment`], delivering into `deliver` (emptied
    /// first): a caller that keeps the list from one segment to the next
    /// allocates none per segment.
    pub fn segment_with<'p>(
        &mut self,
        frame: u64,
        seq: u32,
        payload: &'p [u8],
        budget: &mut Budget,
        mut deliver: Vec<Delivery<'p>>,
    ) -> SegmentOutcome<'p> {
        deliver.clear();
        let mut out = SegmentOutcome {
            kind: SegmentKind::Empty,
            stream_offset: 0,
            conflict: false,
            deliver,
        };
        let next = self.next as i64;
        let start = match self.base {
            Some(base) => self.signed_offset(base, seq),
            None if payload.is_empty() => 0,
            None => {
                self.base = Some(seq);
                next
            }
        };
        out.stream_offset = start.max(0) as u64;
        if payload.len() <= 1 && next > 0 && start == next - 1 {
            out.kind = SegmentKind::KeepAlive;
            return out;
        }
        if payload.is_empty() {
            return out;
        }
        let end = start + payload.len() as i64;

        // Bytes below `next` were delivered: compare what is remembered.
        out.conflict = self.differs_from_recent(start, payload);
        if end <= next {
            out.kind = SegmentKind::Retransmission;
            return out;
        }
        let (cut, end) = (start.max(next) as u64, end as u64);
        let at = |o: u64| (o as i64 - start) as usize;

        // The common case: the stream continues and nothing is held.
        if start == next && self.held.is_empty() {
            out.kind = SegmentKind::InOrder;
            self.delivered(cut, payload, frame);
            out.deliver.push(Delivery::Data(Chunk {
                stream_offset: cut,
                data: Cow::Borrowed(payload),
                frame,
            }));
            self.sync(budget);
            return out;
        }

        // Compare with the held pieces; the rest is new.
        let mut new: Vec<(u64, u64)> = Vec::new();
        let mut pos = cut;
        let before = self
            .held
            .range(..cut)
            .next_back()
            .filter(|(s, h)| **s + h.data.len() as u64 > cut);
        for (&s, h) in before.into_iter().chain(self.held.range(cut..end)) {
            let e = s + h.data.len() as u64;
            if s > pos {
                new.push((pos, s));
            }
            let (a, b) = (s.max(cut), e.min(end));
            if h.data[(a - s) as usize..(b - s) as usize] != payload[at(a)..at(b)] {
                out.conflict = true;
            }
            pos = pos.max(e);
        }
        if pos < end {
            new.push((pos, end));
        }

        let new_len: u64 = new.iter().map(|(a, b)| b - a).sum();
        out.kind = if new_len == 0 {
            SegmentKind::Retransmission
        } else if start < next {
            SegmentKind::PartialRetransmission
        } else if start as u64 > self.highest {
            SegmentKind::Ahead
        } else if start as u64 == self.highest && start > next {
            SegmentKind::BeyondGap
        } else if self.held.is_empty() {
            SegmentKind::InOrder
        } else {
            SegmentKind::FillsGap
        };
        self.highest = self.highest.max(end);

        // Only the first new range can start at `next`: it goes straight
        // out, borrowed. Later ones are held and drained in order.
        let mut direct = None;
        for (a, b) in new {
            if a == self.next && direct.is_none() {
                direct = Some((a, b));
            } else {
                self.hold(a, payload[at(a)..at(b)].to_vec(), frame);
            }
        }
        if let Some((a, b)) = direct {
            let data = &payload[at(a)..at(b)];
            self.delivered(a, data, frame);
            out.deliver.push(Delivery::Data(Chunk {
                stream_offset: a,
                data: Cow::Borrowed(data),
                frame,
            }));
        }
        self.drain(&mut out.deliver);
        while self.held_cost > self.limits.max_held_bytes
            && !self.held.is_empty()
            && !self.held_inside_message()
        {
            self.skip_first_gap(&mut out.deliver);
        }
        self.hold_until = 0;
        self.sync(budget);
        out
    }

    /// Everything held lies inside the message being reassembled, and is
    /// not more than [`MAX_HELD_IN_MESSAGE`].
    fn held_inside_message(&self) -> bool {
        self.held_cost <= MAX_HELD_IN_MESSAGE
            && self
                .held
                .last_key_value()
                .is_some_and(|(s, h)| s + h.data.len() as u64 <= self.hold_until)
    }

    /// Gives up on the first gap: reports it as missing and delivers the
    /// bytes held after it, up to the next gap. Empty when nothing is held.
    pub fn skip_gap(&mut self, budget: &mut Budget) -> Vec<Delivery<'static>> {
        let mut out = Vec::new();
        if !self.held.is_empty() {
            self.skip_first_gap(&mut out);
        }
        self.sync(budget);
        out
    }

    /// The segment just given to [`segment`](Self::segment) ended at stream
    /// offset `captured_end` but carried `missing` more bytes on the wire
    /// that the capture's snap length cut off. When it was the delivery edge,
    /// those bytes are skipped at once (one `Gap`), so the next segment is
    /// in order instead of looking like a lost segment. Bytes held beyond
    /// that range stay; any held inside it are dropped.
    pub fn cut_by_snaplen(
        &mut self,
        captured_end: u64,
        missing: u64,
        budget: &mut Budget,
    ) -> Vec<Delivery<'static>> {
        let mut out = Vec::new();
        if missing == 0 || self.next != captured_end {
            return out;
        }
        out.push(Delivery::Gap {
            stream_offset: self.next,
            len: missing,
        });
        self.next += missing;
        self.highest = self.highest.max(self.next);
        self.recent.clear();
        while let Some(entry) = self.held.first_entry() {
            let start = *entry.key();
            if start >= self.next {
                break;
            }
            let (_, h) = entry.remove_entry();
            self.held_cost -= h.data.len() + PIECE_OVERHEAD;
            let end = start + h.data.len() as u64;
            if end > self.next {
                let keep = h.data[(self.next - start) as usize..].to_vec();
                self.hold(self.next, keep, h.frame);
            }
        }
        self.drain(&mut out);
        self.sync(budget);
        out
    }

    /// The stream ends (FIN, RST, timeout): gives up on every gap and
    /// delivers everything held.
    pub fn flush(&mut self, budget: &mut Budget) -> Vec<Delivery<'static>> {
        let mut out = Vec::new();
        while !self.held.is_empty() {
            self.skip_first_gap(&mut out);
        }
        self.sync(budget);
        out
    }

    /// Drops everything held (the stream is evicted) and returns its charge
    /// to the budget. Returns the held payload bytes thrown away. Call this
    /// before dropping a reassembler that was charged to a budget.
    pub fn release(&mut self, budget: &mut Budget) -> u64 {
        let lost = self.held_bytes();
        self.held.clear();
        self.held_cost = 0;
        self.recent.clear();
        self.frames.clear();
        self.sync(budget);
        lost
    }

    fn hold(&mut self, start: u64, data: Vec<u8>, frame: u64) {
        self.held_cost += data.len() + PIECE_OVERHEAD;
        self.held.insert(start, Held { data, frame });
    }

    fn drain(&mut self, out: &mut Vec<Delivery<'_>>) {
        while let Some(entry) = self.held.first_entry() {
            if *entry.key() != self.next {
                break;
            }
            let (start, h) = entry.remove_entry();
            self.held_cost -= h.data.len() + PIECE_OVERHEAD;
            self.delivered(start, &h.data, h.frame);
            out.push(Delivery::Data(Chunk {
                stream_offset: start,
                data: Cow::Owned(h.data),
                frame: h.frame,
            }));
        }
    }

    fn skip_first_gap(&mut self, out: &mut Vec<Delivery<'_>>) {
        let Some((&first, _)) = self.held.first_key_value() else {
            return;
        };
        let len = first - self.next;
        out.push(Delivery::Gap {
            stream_offset: self.next,
            len,
        });
        self.missing_total += len;
        self.next = first;
        // The remembered bytes no longer end at `next`.
        self.recent.clear();
        self.drain(out);
    }

    fn delivered(&mut self, start: u64, data: &[u8], frame: u64) {
        let end = start + data.len() as u64;
        self.frames.push(start, end, frame);
        self.next = end;
        self.highest = self.highest.max(end);
        let window = self.limits.recent_window;
        if window == 0 {
            return;
        }
        let tail = &data[data.len().saturating_sub(window)..];
        let excess = (self.recent.len() + tail.len()).saturating_sub(window);
        self.recent.drain(..excess);
        // Grown by doubling up to the window and never past it (left to
        // itself the deque doubles to twice the window, half of it never
        // used, and the budget is charged its length); once at the window,
        // its buffer is reused for the rest of the stream.
        let need = self.recent.len() + tail.len();
        if need > self.recent.capacity() {
            let cap = need.max((2 * self.recent.capacity()).min(window));
            self.recent.reserve_exact(cap - self.recent.len());
        }
        self.recent.extend(tail);
    }

    /// Whether bytes of `payload` (at signed offset `start`) that fall in
    /// the remembered window below `next` differ from what was delivered.
    fn differs_from_recent(&self, start: i64, payload: &[u8]) -> bool {
        let next = self.next as i64;
        let window_start = next - self.recent.len() as i64;
        let a = start.max(window_start);
        let b = (start + payload.len() as i64).min(next);
        if a >= b {
            return false;
        }
        let seen = self
            .recent
            .range((a - window_start) as usize..(b - window_start) as usize);
        let new = &payload[(a - start) as usize..(b - start) as usize];
        !seen.eq(new.iter())
    }

    fn mem(&self) -> usize {
        self.held_cost + self.recent.len() + self.frames.len() * FRAME_ENTRY_COST
    }

    fn sync(&mut self, budget: &mut Budget) {
        let now = self.mem();
        budget.resize(self.accounted, now);
        self.accounted = now;
    }
}

/// Streams by key, least recently active first out: bounded in number, and
/// the caller evicts from it while the [`Budget`] is exceeded. Activity is
/// the capture time given on insert and lookup.
#[derive(Debug)]
pub struct StreamTable<K, V> {
    map: HashMap<K, (V, (i128, u64))>,
    /// Activity stamps, least first. Every segment marks its stream
    /// active: the new stamp is pushed (a leaf, nearly always: stamps
    /// grow) and the stream's former one stays behind, stale, skipped when
    /// it comes to the top (its stream's stamp in `map` moved on, or the
    /// stream is gone) and swept out when the stale ones grow to half the
    /// live ones. An ordered map kept exact cost a removal and an
    /// insertion, some 380 instructions, a segment.
    order: BinaryHeap<Stamped<K>>,
    max_streams: usize,
    counter: u64,
    evictions: u64,
}

/// A stream's activity stamp (capture time, then a counter that makes each
/// stamp unique), ordered least first in a [`BinaryHeap`] (a max-heap).
#[derive(Debug)]
struct Stamped<K> {
    stamp: (i128, u64),
    key: K,
}

impl<K> PartialEq for Stamped<K> {
    fn eq(&self, other: &Self) -> bool {
        self.stamp == other.stamp
    }
}

impl<K> Eq for Stamped<K> {}

impl<K> PartialOrd for Stamped<K> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<K> Ord for Stamped<K> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other.stamp.cmp(&self.stamp)
    }
}

impl<K: Hash + Eq + Clone, V> StreamTable<K, V> {
    pub fn new(max_streams: usize) -> Self {
        StreamTable {
            map: HashMap::default(),
            order: BinaryHeap::new(),
            max_streams: max_streams.max(1),
            counter: 0,
            evictions: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Heap bytes of the table itself: its slots (for the entries it holds,
    /// see [`super::table_bytes`]) and the activity order (one stamp a
    /// stream, as an ordered map would hold; the stale stamps the heap
    /// keeps besides are at most half as many again, see `sweep`).
    pub fn heap_bytes(&self) -> usize {
        super::table_bytes::<(K, (V, (i128, u64)))>(self.map.len())
            + self.map.len() * (std::mem::size_of::<((i128, u64), K)>() + 8)
    }

    /// Streams evicted so far (cap, budget or idleness).
    pub fn evictions(&self) -> u64 {
        self.evictions
    }

    fn stamp(&mut self, now_ns: i128) -> (i128, u64) {
        self.counter += 1;
        (now_ns, self.counter)
    }

    /// Whether `e` is its stream's current stamp.
    fn is_live(&self, e: &Stamped<K>) -> bool {
        self.map.get(&e.key).is_some_and(|(_, s)| *s == e.stamp)
    }

    /// Drops the stale stamps once they are half as many as the live ones
    /// (and a few): the order stays within 1.5 times the streams held.
    fn sweep(&mut self) {
        if self.order.len() <= self.map.len() + self.map.len() / 2 + 32 {
            return;
        }
        let map = &self.map;
        self.order
            .retain(|e| map.get(&e.key).is_some_and(|(_, s)| *s == e.stamp));
        if self.order.capacity() > 4 * self.order.len() + 64 {
            self.order.shrink_to(2 * self.order.len() + 32);
        }
    }

    /// Pops stale stamps off the top: the top is then the least recently
    /// active stream's, if any.
    fn skip_stale(&mut self) {
        while let Some(top) = self.order.peek() {
            if self.is_live(top) {
                return;
            }
            self.order.pop();
        }
    }

    /// The keys held now, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.map.keys()
    }

    /// Inserts `value`, active at `now_ns`. Returns the entry that had to go
    /// to make room (counted as an eviction) or, if `key` was present, its
    /// previous value (not counted). Release either before dropping it.
    pub fn insert(&mut self, key: K, value: V, now_ns: i128) -> Option<(K, V)> {
        let displaced = match self.remove(&key) {
            Some(old) => Some((key.clone(), old)),
            None if self.map.len() >= self.max_streams => self.evict_oldest(),
            None => None,
        };
        self.sweep();
        let stamp = self.stamp(now_ns);
        self.order.push(Stamped {
            stamp,
            key: key.clone(),
        });
        self.map.insert(key, (value, stamp));
        displaced
    }

    /// The stream under `key`, marked active at `now_ns`.
    pub fn get_mut(&mut self, key: &K, now_ns: i128) -> Option<&mut V> {
        self.sweep();
        // One lookup (this runs for every segment with payload).
        let (v, stamp) = self.map.get_mut(key)?;
        self.counter += 1;
        *stamp = (now_ns.max(stamp.0), self.counter);
        self.order.push(Stamped {
            stamp: *stamp,
            key: key.clone(),
        });
        Some(v)
    }

    /// The stream under `key`, without marking it active.
    pub fn peek_mut(&mut self, key: &K) -> Option<&mut V> {
        self.map.get_mut(key).map(|(v, _)| v)
    }

    /// Marks `key` active at `now_ns` (never earlier than it already was).
    pub fn touch(&mut self, key: &K, now_ns: i128) {
        self.get_mut(key, now_ns);
    }

    /// Removes `key` (the stream ended); not an eviction. Its stamp goes
    /// stale.
    pub fn remove(&mut self, key: &K) -> Option<V> {
        self.map.remove(key).map(|(v, _)| v)
    }

    /// Takes out the least recently active stream, counted as an eviction.
    pub fn evict_oldest(&mut self) -> Option<(K, V)> {
        self.skip_stale();
        let top = self.order.pop()?;
        let (v, _) = self.map.remove(&top.key)?;
        self.evictions += 1;
        Some((top.key, v))
    }

    /// Takes out the least recently active stream if it has been idle for
    /// more than `idle_ns` at `now_ns` (a timeout, counted as an eviction).
    pub fn pop_idle(&mut self, now_ns: i128, idle_ns: i128) -> Option<(K, V)> {
        let idle = |order: &BinaryHeap<Stamped<K>>| {
            order
                .peek()
                .is_some_and(|top| now_ns.saturating_sub(top.stamp.0) > idle_ns)
        };
        // The top is the least stamp, stale or not, and no live stamp is
        // less: when it is not idle, nothing is (the common case, checked
        // without a lookup).
        if !idle(&self.order) {
            return None;
        }
        self.skip_stale();
        if idle(&self.order) {
            self.evict_oldest()
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Appends delivered data to `stream` and gaps to `gaps`, checking that
    /// every chunk starts where the stream (plus gaps) left off.
    fn collect(deliveries: &[Delivery<'_>], stream: &mut Vec<u8>, gaps: &mut Vec<(u64, u64)>) {
        for d in deliveries {
            match d {
                Delivery::Data(c) => {
                    assert_eq!(c.stream_offset, stream.len() as u64 + sum_gaps(gaps));
                    stream.extend_from_slice(&c.data);
                }
                Delivery::Gap { stream_offset, len } => gaps.push((*stream_offset, *len)),
            }
        }
    }

    fn sum_gaps(gaps: &[(u64, u64)]) -> u64 {
        gaps.iter().map(|g| g.1).sum()
    }

    fn data(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 + 7) as u8).collect()
    }

    fn chunk<'a, 'p>(d: &'a Delivery<'p>) -> &'a Chunk<'p> {
        match d {
            Delivery::Data(c) => c,
            Delivery::Gap { .. } => panic!("expected data, got {d:?}"),
        }
    }

    #[test]
    fn in_order_is_delivered_borrowed() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(1001));
        let d = data(30);
        // The SYN itself (seq 1000, no payload) is not a keep-alive.
        assert_eq!(r.segment(0, 1000, &[], &mut b).kind, SegmentKind::Empty);
        let o = r.segment(1, 1001, &d[..10], &mut b);
        assert_eq!(o.kind, SegmentKind::InOrder);
        assert_eq!(o.stream_offset, 0);
        assert_eq!(o.deliver.len(), 1);
        let c = chunk(&o.deliver[0]);
        assert!(matches!(c.data, Cow::Borrowed(_)));
        assert_eq!((c.stream_offset, &c.data[..], c.frame), (0, &d[..10], 1));
        let o = r.segment(2, 1011, &d[10..30], &mut b);
        assert_eq!(o.kind, SegmentKind::InOrder);
        assert_eq!(chunk(&o.deliver[0]).stream_offset, 10);
        assert_eq!(r.next_offset(), 30);
        let o = r.segment(3, 1031, &[], &mut b);
        assert_eq!((o.kind, o.stream_offset), (SegmentKind::Empty, 30));
    }

    #[test]
    fn without_syn_the_first_payload_is_offset_zero() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(None);
        assert_eq!(r.segment(1, 5, &[], &mut b).kind, SegmentKind::Empty);
        let o = r.segment(2, 77, b"abc", &mut b);
        assert_eq!((o.kind, o.stream_offset), (SegmentKind::InOrder, 0));
        assert_eq!(r.offset_of(80), Some(3));
    }

    #[test]
    fn out_of_order_is_held_until_the_gap_fills() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(0));
        let d = data(30);
        let o = r.segment(1, 10, &d[10..20], &mut b);
        assert_eq!(o.kind, SegmentKind::Ahead);
        assert!(o.deliver.is_empty());
        assert_eq!(
            o.kind.tshark_label(),
            Some("TCP Previous segment not captured")
        );
        let o = r.segment(2, 20, &d[20..30], &mut b);
        assert_eq!(o.kind, SegmentKind::BeyondGap);
        assert_eq!(o.kind.tshark_label(), None);
        assert_eq!(r.held_bytes(), 20);
        assert!(b.used() > 20);
        let o = r.segment(3, 0, &d[0..10], &mut b);
        assert_eq!(o.kind, SegmentKind::FillsGap);
        let got: Vec<(u64, u64)> = o
            .deliver
            .iter()
            .map(|x| (chunk(x).stream_offset, chunk(x).frame))
            .collect();
        assert_eq!(got, vec![(0, 3), (10, 1), (20, 2)]);
        let mut s = Vec::new();
        collect(&o.deliver, &mut s, &mut Vec::new());
        assert_eq!(s, d);
        assert!(!r.has_gap());
        assert_eq!(r.held_bytes(), 0);
        assert_eq!(r.missing_total(), 0);
    }

    #[test]
    fn a_segment_past_a_gap_inside_a_known_message_waits_for_the_gap() {
        // Nothing is held past a gap (tshark's out-of-order reassembly is
        // off) but inside a message of known length, which tshark's
        // multi-segment PDU takes at any offset.
        let limits = Limits {
            max_held_bytes: 0,
            ..Limits::default()
        };
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::with_limits(Some(0), limits);
        let d = data(40);
        r.segment(1, 0, &d[..10], &mut b);
        r.hold_until(Some(30));
        let o = r.segment(2, 20, &d[20..30], &mut b);
        assert_eq!(o.kind, SegmentKind::Ahead);
        assert!(o.deliver.is_empty(), "held, no gap given up on");
        r.hold_until(Some(30));
        let o = r.segment(3, 10, &d[10..20], &mut b);
        let got: Vec<(u64, usize)> = o
            .deliver
            .iter()
            .map(|x| (chunk(x).stream_offset, chunk(x).data.len()))
            .collect();
        assert_eq!(got, [(10, 10), (20, 10)]);
        assert_eq!(r.missing_total(), 0);
        // Past the message's end the gap is given up on at once.
        r.hold_until(Some(45));
        let o = r.segment(4, 40, &[7; 10], &mut b);
        assert_eq!(o.deliver.len(), 2);
        assert_eq!(r.missing_total(), 10);
        // And without a message it always was.
        let o = r.segment(5, 60, &[7; 5], &mut b);
        assert_eq!(o.deliver.len(), 2);
        assert_eq!(r.missing_total(), 20);
    }

    #[test]
    fn retransmission_and_keepalive() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(100));
        let d = data(20);
        r.segment(1, 100, &d[..20], &mut b);
        let o = r.segment(2, 100, &d[..20], &mut b);
        assert_eq!(o.kind, SegmentKind::Retransmission);
        assert!(!o.conflict);
        assert!(o.deliver.is_empty());
        assert_eq!(o.kind.tshark_label(), Some("TCP Retransmission"));
        let o = r.segment(3, 119, &[0], &mut b);
        assert_eq!(o.kind, SegmentKind::KeepAlive);
        let o = r.segment(4, 119, &[], &mut b);
        assert_eq!(o.kind, SegmentKind::KeepAlive);
        // A retransmission of held (not yet delivered) bytes.
        r.segment(5, 130, &d[..5], &mut b);
        let o = r.segment(6, 130, &d[..5], &mut b);
        assert_eq!(o.kind, SegmentKind::Retransmission);
    }

    #[test]
    fn partial_retransmission_delivers_only_new_bytes() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(0));
        let d = data(30);
        r.segment(1, 0, &d[..10], &mut b);
        let o = r.segment(2, 5, &d[5..20], &mut b);
        assert_eq!(o.kind, SegmentKind::PartialRetransmission);
        assert!(!o.conflict);
        let c = chunk(&o.deliver[0]);
        assert_eq!((c.stream_offset, &c.data[..]), (10, &d[10..20]));
        assert!(matches!(c.data, Cow::Borrowed(_)));
        // Ahead, overlapping a held piece on both sides.
        r.segment(3, 25, &d[25..27], &mut b);
        let o = r.segment(4, 22, &d[22..30], &mut b);
        assert_eq!(o.kind, SegmentKind::FillsGap);
        let o = r.segment(5, 20, &d[20..22], &mut b);
        let mut s = d[..20].to_vec();
        collect(&o.deliver, &mut s, &mut Vec::new());
        assert_eq!(s, d);
        assert_eq!(r.frames_for(20, 30), vec![5, 4, 3]);
    }

    #[test]
    fn conflicting_overlap_is_flagged_and_first_bytes_win() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(0));
        r.segment(1, 0, b"hello ", &mut b);
        // Against delivered bytes.
        let o = r.segment(2, 0, b"HELLO ", &mut b);
        assert_eq!((o.kind, o.conflict), (SegmentKind::Retransmission, true));
        // Against held bytes.
        r.segment(3, 9, b"ld", &mut b);
        let o = r.segment(4, 6, b"worLD", &mut b);
        assert_eq!((o.kind, o.conflict), (SegmentKind::FillsGap, true));
        let mut s = b"hello ".to_vec();
        collect(&o.deliver, &mut s, &mut Vec::new());
        assert_eq!(s, b"hello world");
        // Same bytes again: no conflict.
        let o = r.segment(5, 3, b"lo wo", &mut b);
        assert_eq!((o.kind, o.conflict), (SegmentKind::Retransmission, false));
    }

    #[test]
    fn sequence_numbers_wrap_at_2_pow_32() {
        let mut b = Budget::unlimited();
        let isn = u32::MAX - 4; // SYN at 2^32 - 5, data from 2^32 - 4
        let mut r = StreamReassembler::new(Some(isn.wrapping_add(1)));
        let d = data(20);
        let o = r.segment(1, isn.wrapping_add(1), &d[..10], &mut b);
        assert_eq!(o.kind, SegmentKind::InOrder);
        // Seq 6 (after the wrap) is stream offset 10; send 16 first.
        let o = r.segment(2, 12, &d[16..20], &mut b);
        assert_eq!((o.kind, o.stream_offset), (SegmentKind::Ahead, 16));
        let o = r.segment(3, 6, &d[10..16], &mut b);
        assert_eq!(o.kind, SegmentKind::FillsGap);
        let mut s = d[..10].to_vec();
        collect(&o.deliver, &mut s, &mut Vec::new());
        assert_eq!(s, d);
        assert_eq!(r.offset_of(isn.wrapping_add(1)), Some(0));
        let o = r.segment(4, u32::MAX, &d[3..8], &mut b);
        assert_eq!(o.kind, SegmentKind::Retransmission);
    }

    #[test]
    fn stream_longer_than_4_gib_keeps_counting() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(0));
        let block = vec![0u8; 1 << 20];
        let mut seq = 0u32;
        for i in 0..4100u64 {
            let o = r.segment(i, seq, &block, &mut b);
            assert_eq!(o.kind, SegmentKind::InOrder);
            seq = seq.wrapping_add(block.len() as u32);
        }
        assert_eq!(r.next_offset(), 4100 << 20);
        assert!(r.next_offset() > 1 << 32);
    }

    #[test]
    fn gap_skip_reports_missing_bytes() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(0));
        let d = data(100);
        r.segment(1, 0, &d[..10], &mut b);
        r.segment(2, 40, &d[40..50], &mut b);
        r.segment(3, 50, &d[50..60], &mut b);
        r.segment(4, 80, &d[80..100], &mut b);
        let out = r.skip_gap(&mut b);
        assert_eq!(
            out[0],
            Delivery::Gap {
                stream_offset: 10,
                len: 30
            }
        );
        assert_eq!(out.len(), 3);
        assert_eq!(missing(&out), 30);
        assert_eq!(r.next_offset(), 60);
        let out = r.flush(&mut b);
        assert_eq!(
            out[0],
            Delivery::Gap {
                stream_offset: 60,
                len: 20
            }
        );
        assert_eq!(chunk(&out[1]).data.as_ref(), &d[80..100]);
        assert_eq!(r.missing_total(), 50);
        assert!(r.flush(&mut b).is_empty());
        // Decoding resumes after the gap.
        let o = r.segment(5, 100, b"more", &mut b);
        assert_eq!(o.kind, SegmentKind::InOrder);
        // A late segment from inside a skipped gap is old news.
        let o = r.segment(6, 20, &d[20..30], &mut b);
        assert_eq!(o.kind, SegmentKind::Retransmission);
        assert!(o.deliver.is_empty());
    }

    #[test]
    fn per_stream_cap_skips_the_gap_by_itself() {
        let mut b = Budget::unlimited();
        let limits = Limits {
            max_held_bytes: 1000,
            ..Limits::default()
        };
        let mut r = StreamReassembler::with_limits(Some(0), limits);
        r.segment(1, 0, &[1; 10], &mut b);
        let mut skipped = 0;
        for i in 0..20u32 {
            let o = r.segment(2 + u64::from(i), 100 + i * 100, &[2; 100], &mut b);
            skipped += o.missing();
            if o.missing() > 0 {
                assert_eq!(o.kind, SegmentKind::BeyondGap);
                assert_eq!(
                    o.deliver[0],
                    Delivery::Gap {
                        stream_offset: 10,
                        len: 90
                    }
                );
            }
        }
        assert_eq!(skipped, 90);
        assert_eq!(r.next_offset(), 2100);
        assert_eq!(r.held_bytes(), 0);
    }

    #[test]
    fn budget_tracks_every_stream_and_release_returns_it() {
        let mut b = Budget::new(10_000);
        let lim = Limits {
            recent_window: 0,
            max_frame_entries: 0,
            ..Limits::default()
        };
        let mut r1 = StreamReassembler::with_limits(Some(0), lim);
        let mut r2 = StreamReassembler::with_limits(Some(0), lim);
        r1.segment(1, 100, &[0; 4000], &mut b);
        assert!(!b.is_over());
        r2.segment(2, 100, &[0; 6000], &mut b);
        assert!(b.is_over());
        assert_eq!(b.used(), 10_000 + 2 * PIECE_OVERHEAD);
        assert_eq!(r1.release(&mut b), 4000);
        assert_eq!(b.used(), 6000 + PIECE_OVERHEAD);
        let out = r2.flush(&mut b);
        assert_eq!(missing(&out), 100);
        assert_eq!(b.used(), 0);
    }

    /// The heap of stamps (stale ones left behind) evicts in exactly the
    /// order an ordered map of current stamps would, over a long run of
    /// touches, inserts, removals and evictions with capture times that
    /// sometimes go backwards.
    #[test]
    fn stream_table_order_matches_an_exact_ordered_map() {
        let mut t: StreamTable<u32, u32> = StreamTable::new(40);
        // The reference: key -> stamp, stamp -> key.
        let mut stamps: HashMap<u32, (i128, u64)> = HashMap::default();
        let mut order: BTreeMap<(i128, u64), u32> = BTreeMap::new();
        let mut counter = 0u64;
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng % n
        };
        let mut now: i128 = 1000;
        for step in 0..20_000u32 {
            now += i128::from(next(7) as u8) - 2;
            let key = next(60) as u32;
            match next(10) {
                0..=5 => {
                    let got = t.get_mut(&key, now).copied();
                    let want = stamps.get(&key).copied();
                    assert_eq!(got.is_some(), want.is_some(), "step {step}");
                    if let Some(old) = want {
                        counter += 1;
                        let new = (now.max(old.0), counter);
                        order.remove(&old);
                        order.insert(new, key);
                        stamps.insert(key, new);
                    }
                }
                6 | 7 => {
                    let got = t.insert(key, key, now).map(|e| e.0);
                    let want = if let Some(old) = stamps.remove(&key) {
                        order.remove(&old);
                        Some(key)
                    } else if stamps.len() >= 40 {
                        let (_, k) = order.pop_first().unwrap();
                        stamps.remove(&k);
                        Some(k)
                    } else {
                        None
                    };
                    assert_eq!(got, want, "step {step}");
                    counter += 1;
                    order.insert((now, counter), key);
                    stamps.insert(key, (now, counter));
                }
                8 => {
                    let got = t.remove(&key).is_some();
                    let want = stamps.remove(&key).map(|s| order.remove(&s));
                    assert_eq!(got, want.is_some(), "step {step}");
                }
                _ => {
                    let got = t.pop_idle(now, 20).map(|e| e.0);
                    let want = match order.first_key_value() {
                        Some((&(at, _), _)) if now - at > 20 => {
                            let (_, k) = order.pop_first().unwrap();
                            stamps.remove(&k);
                            Some(k)
                        }
                        _ => None,
                    };
                    assert_eq!(got, want, "step {step}");
                }
            }
            assert_eq!(t.len(), stamps.len());
            assert!(t.order.len() <= t.len() + t.len() / 2 + 33);
        }
        // Emptied by evictions, least recently active first.
        while let Some((k, _)) = t.evict_oldest() {
            assert_eq!(Some(k), order.pop_first().map(|e| e.1));
        }
        assert!(order.is_empty());
    }

    #[test]
    fn stream_table_evicts_least_recently_active() {
        let mut t: StreamTable<u32, StreamReassembler> = StreamTable::new(3);
        let mut b = Budget::new(5000);
        for k in 0..3 {
            assert!(
                t.insert(k, StreamReassembler::new(Some(0)), i128::from(k))
                    .is_none()
            );
        }
        // Stream 0 is active again; a fourth stream pushes out stream 1.
        t.get_mut(&0, 10)
            .unwrap()
            .segment(1, 500, &[0; 3000], &mut b);
        let (k, mut v) = t.insert(3, StreamReassembler::new(Some(0)), 11).unwrap();
        assert_eq!(k, 1);
        v.release(&mut b);
        assert_eq!(t.evictions(), 1);
        t.get_mut(&3, 12)
            .unwrap()
            .segment(2, 500, &[0; 3000], &mut b);
        assert!(b.is_over());
        // The caller evicts the oldest while over budget: 2, then 0.
        let mut evicted = Vec::new();
        while b.is_over() {
            let (k, mut v) = t.evict_oldest().unwrap();
            evicted.push((k, v.release(&mut b)));
        }
        assert_eq!(evicted, vec![(2, 0), (0, 3000)]);
        assert_eq!(t.evictions(), 3);
        assert_eq!(t.len(), 1);
        // Idle timeout.
        assert!(t.pop_idle(20, 30).is_none());
        assert_eq!(t.pop_idle(50, 30).map(|(k, _)| k), Some(3));
        assert!(t.is_empty());
        // Replacing a key hands the old value back without counting it.
        t.insert(7, StreamReassembler::new(None), 0);
        assert_eq!(
            t.insert(7, StreamReassembler::new(None), 1).map(|e| e.0),
            Some(7)
        );
        assert_eq!(t.evictions(), 4);
        assert_eq!(t.remove(&7).map(|_| ()), Some(()));
    }

    #[test]
    fn frame_map_lists_the_frames_of_a_message() {
        let mut b = Budget::unlimited();
        let mut r = StreamReassembler::new(Some(0));
        // Frames 4, 6, 7 carry one 30-byte message; frame 5 is an ACK.
        r.segment(4, 0, &[1; 10], &mut b);
        r.segment(5, 10, &[], &mut b);
        r.segment(7, 20, &[1; 10], &mut b);
        r.segment(6, 10, &[1; 10], &mut b);
        r.segment(8, 30, &[2; 10], &mut b);
        assert_eq!(r.frames_for(0, 30), vec![4, 6, 7]);
        assert_eq!(r.frames_for(25, 35), vec![7, 8]);
        assert_eq!(r.frames_for(40, 50), Vec::<u64>::new());
        let used = b.used();
        r.prune_frames(30, &mut b);
        assert_eq!(r.frames().first_offset(), Some(30));
        assert!(b.used() < used);
        assert_eq!(r.frames_for(0, 40), vec![8]);

        let mut m = FrameMap::new(2);
        m.push(0, 5, 1);
        m.push(5, 9, 1); // merged
        m.push(9, 12, 2);
        m.push(12, 20, 3); // evicts the oldest entry
        assert_eq!(m.len(), 2);
        assert_eq!(m.frames_for(0, 20), vec![2, 3]);
    }

    use crate::test_rng::Rng;

    #[test]
    fn random_order_and_duplication_yield_the_original_stream() {
        for seed in 1..300u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
            let len = 1 + rng.below(3000) as usize;
            let stream = data(len);
            let isn = rng.next() as u32; // often wraps within the stream
            // Random segmentation, then random resegmented duplicates.
            let mut segs: Vec<(u64, u64)> = Vec::new();
            let mut pos = 0u64;
            while pos < len as u64 {
                let n = 1 + rng.below(200);
                let end = (pos + n).min(len as u64);
                segs.push((pos, end));
                pos = end;
            }
            for _ in 0..rng.below(segs.len() as u64 + 1) {
                let a = rng.below(len as u64);
                let b = (a + 1 + rng.below(300)).min(len as u64);
                segs.push((a, b));
            }
            // Fisher-Yates.
            for i in (1..segs.len()).rev() {
                segs.swap(i, rng.below(i as u64 + 1) as usize);
            }
            let mut budget = Budget::unlimited();
            let mut r = StreamReassembler::new(Some(isn));
            let (mut got, mut gaps) = (Vec::new(), Vec::new());
            for (frame, (a, b)) in segs.iter().enumerate() {
                let seq = isn.wrapping_add(*a as u32);
                let o = r.segment(
                    frame as u64,
                    seq,
                    &stream[*a as usize..*b as usize],
                    &mut budget,
                );
                assert!(!o.conflict, "seed {seed}");
                collect(&o.deliver, &mut got, &mut gaps);
            }
            assert!(gaps.is_empty(), "seed {seed}");
            assert_eq!(got, stream, "seed {seed}");
            assert!(!r.has_gap());
            assert!(r.flush(&mut budget).is_empty());
            r.release(&mut budget);
            assert_eq!(budget.used(), 0, "seed {seed}");
        }
    }

    #[test]
    fn hostile_segments_stay_under_the_budget() {
        let cap = 2 << 20;
        let mut budget = Budget::new(cap);
        let mut table: StreamTable<u32, StreamReassembler> = StreamTable::new(256);
        let limits = Limits {
            max_held_bytes: 64 << 10,
            ..Limits::default()
        };
        let mut rng = Rng(0x1234_5678_9abc_def1);
        let payload = [0x42u8; 1460];
        let (mut evicted, mut missing_seen) = (0u64, 0u64);
        for frame in 0..100_000u64 {
            let r = rng.next();
            let key = (r % 200) as u32;
            let seq = (r >> 10) as u32;
            let len = ((r >> 42) % 1461) as usize;
            let now = frame as i128;
            if table.peek_mut(&key).is_none()
                && let Some((_, mut old)) =
                    table.insert(key, StreamReassembler::with_limits(None, limits), now)
            {
                old.release(&mut budget);
            }
            let o = table.get_mut(&key, now).expect("just inserted").segment(
                frame,
                seq,
                &payload[..len],
                &mut budget,
            );
            missing_seen += o.missing();
            while budget.is_over() {
                let (_, mut old) = table.evict_oldest().expect("something to evict");
                old.release(&mut budget);
                evicted += 1;
            }
            assert!(budget.used() <= cap);
            assert!(table.len() <= 256);
        }
        assert!(evicted > 0 && missing_seen > 0, "{evicted} {missing_seen}");
        assert!(table.evictions() >= evicted);
        while let Some((_, mut old)) = table.evict_oldest() {
            old.release(&mut budget);
        }
        assert_eq!(budget.used(), 0);
    }

    #[test]
    fn random_loss_is_reported_exactly() {
        for seed in 1..200u64 {
            let mut rng = Rng(seed.wrapping_mul(0xd1b5_4a32_d192_ed03) | 1);
            let len = 1 + rng.below(4000) as usize;
            let stream = data(len);
            let mut segs: Vec<(usize, usize)> = Vec::new();
            let mut pos = 0;
            while pos < len {
                let end = (pos + 1 + rng.below(300) as usize).min(len);
                segs.push((pos, end));
                pos = end;
            }
            let kept: Vec<(usize, usize)> =
                segs.iter().copied().filter(|_| rng.below(4) != 0).collect();
            let mut order = kept.clone();
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i as u64 + 1) as usize);
            }
            let mut budget = Budget::unlimited();
            let mut r = StreamReassembler::new(Some(1));
            let (mut got, mut gaps) = (Vec::new(), Vec::new());
            for (f, (a, b)) in order.iter().enumerate() {
                let o = r.segment(f as u64, 1 + *a as u32, &stream[*a..*b], &mut budget);
                collect(&o.deliver, &mut got, &mut gaps);
            }
            collect(&r.flush(&mut budget), &mut got, &mut gaps);
            let want: Vec<u8> = kept
                .iter()
                .flat_map(|(a, b)| stream[*a..*b].to_vec())
                .collect();
            assert_eq!(got, want, "seed {seed}");
            let last_end = kept.last().map_or(0, |k| k.1);
            assert_eq!(
                sum_gaps(&gaps) as usize + want.len(),
                last_end,
                "seed {seed}"
            );
            assert_eq!(r.missing_total(), sum_gaps(&gaps));
        }
    }

    /// tshark's reassembly error needs a message built from several
    /// segments, and a byte past its first: its first byte starts a
    /// retransmitted first segment, and a byte past its end is new.
    #[test]
    fn inside_reassembled_is_strictly_inside_a_remembered_message() {
        let mut r = StreamReassembler::new(Some(1000));
        assert!(!r.inside_reassembled(5));
        r.note_reassembled(0, 435);
        assert!(r.inside_reassembled(434));
        assert!(r.inside_reassembled(1));
        assert!(!r.inside_reassembled(0));
        assert!(!r.inside_reassembled(435));
        // Only the latest are remembered.
        for k in 1..=MAX_REASSEMBLED_KEPT as u64 {
            r.note_reassembled(k * 1000, k * 1000 + 10);
        }
        assert!(!r.inside_reassembled(434));
        assert!(r.inside_reassembled(MAX_REASSEMBLED_KEPT as u64 * 1000 + 5));
    }
}
