//! Wireshark's `tcp_dissect_pdus` and the TCP desegmentation it asks for,
//! once, for the decoders whose dissector frames its PDUs with it (ENIP,
//! Modbus/TCP, LDP, OpenFlow, DNP 3.0, OpenVPN, SRVLOC, MQTT, STUN).
//!
//! Each TCP segment is one call of the protocol's dissector (the decoders
//! ask for whole segments). A call walks the PDUs of its bytes and ends
//! [`End::Done`], [`End::Refused`] (its first bytes are not the
//! protocol's), or [`End::More`]: a PDU from some offset waits for the
//! next segment whole ([`Want::OneMoreSegment`], the fixed part is not all
//! there) or for its length in all ([`Want::Total`]). The framer keeps,
//! per side, the bytes held and what they wait for, and makes the calls
//! TCP makes with them:
//! - nothing held: the segment is a call;
//! - one more segment asked: the held bytes and the whole segment are one
//!   call;
//! - a length asked: exactly the PDU's bytes are a call once all came,
//!   then the segment's rest is a call of its own.
//!
//! The protocol is the `call` closure given to [`PduFramer::feed`]; where a
//! decoder's framing departs from the others', [`Options`] says how.

use super::{Dir, Message};
use crate::dissect::layer::Layer;

/// What a side waits for (what `tcp_dissect_pdus` asked TCP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Want {
    #[default]
    Nothing,
    /// Fewer bytes than the fixed part (or a length not yet readable): the
    /// next segment whole (`DESEGMENT_ONE_MORE_SEGMENT`).
    OneMoreSegment,
    /// The PDU's length in all.
    Total(usize),
}

/// How one call of the dissector ended.
pub(crate) enum End {
    /// Its first bytes were not the protocol's (the dissector returned 0):
    /// the PDUs the call put in its output are dropped.
    Refused,
    Done,
    /// A PDU from this offset of the call's bytes waits for more.
    More(usize, Want),
}

/// A call's PDUs: each layer with the span of the call's bytes it covers.
pub(crate) type Pdus = Vec<(Layer<'static>, usize, usize)>;

/// Where a decoder's framing departs from the common one.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Options {
    /// The layers of the first PDU of a one-more-segment call span all its
    /// bytes (DNP 3.0, OpenVPN, SRVLOC): tshark's TCP reassembled the held
    /// bytes and the whole segment as one PDU, whose
    /// `tcp.reassembled.length` those layers show. The others' dissectors
    /// are shown with the PDU's own span.
    pub whole_one_more: bool,
    /// A PDU announced longer than this is not held: the side is read no
    /// further (MQTT's 28-bit and STUN's framed lengths; the others'
    /// lengths are 16-bit, held whole at no risk).
    pub max_pdu: Option<usize>,
    /// Held bytes and one more segment past this: the held bytes are
    /// dropped and the segment read anew, as if nothing were held
    /// (SRVLOC, whose length 0 asks for one more segment again and again:
    /// tshark waits for ever). The others ask for one more segment only
    /// while fewer than their fixed part are held.
    pub max_one_more: Option<usize>,
}

/// What became of a segment fed while nothing was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fed {
    /// The protocol read it (or it went to bytes held).
    Read,
    /// Its call was refused: the caller decides what the bytes are (data,
    /// another dissector's).
    Refused,
}

#[derive(Default)]
struct Side {
    held: Vec<u8>,
    /// Stream offset of `held`'s first byte.
    start: u64,
    want: Want,
    /// The segment last fed was refused ([`Fed::Refused`]).
    refused: bool,
    /// A PDU longer than [`Options::max_pdu`] came: the side is not read
    /// further.
    dead: bool,
    /// Stream offset of the segment last fed.
    fed_at: u64,
}

/// Both sides' framing state of one TCP conversation.
#[derive(Default)]
pub(crate) struct PduFramer {
    opts: Options,
    /// Bytes the snap length cut off the segment about to be fed.
    cut: u64,
    sides: [Side; 2],
}

impl PduFramer {
    pub(crate) fn new(opts: Options) -> Self {
        PduFramer {
            opts,
            ..Self::default()
        }
    }

    /// [`super::StreamDecoder::set_snap_cut`]: tshark's TCP reassembles no
    /// segment the capture cut. Decoders that never pass it on (MQTT,
    /// STUN) reassemble regardless.
    pub(crate) fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    /// Heap bytes held.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum()
    }

    /// Whether side `dir` holds part of a PDU.
    pub(crate) fn holds_partial(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want != Want::Nothing
    }

    /// Whether side `dir` asked TCP for one more segment.
    pub(crate) fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want == Want::OneMoreSegment
    }

    /// Whether the segment last fed to side `dir` was refused.
    pub(crate) fn refused(&self, dir: Dir) -> bool {
        self.sides[dir.index()].refused
    }

    /// The refused segment was another dissector's after all (Modbus's
    /// heuristics took it).
    pub(crate) fn taken_elsewhere(&mut self, dir: Dir) {
        self.sides[dir.index()].refused = false;
    }

    /// Whether side `dir` holds part of a PDU that starts in the segment
    /// last fed (MQTT's Info for the segment that starts such a PDU).
    pub(crate) fn started_in_last_segment(&self, dir: Dir) -> bool {
        let s = &self.sides[dir.index()];
        s.want != Want::Nothing && s.start >= s.fed_at
    }

    /// Bytes of side `dir` were lost for good: what was held is dropped.
    pub(crate) fn gap(&mut self, dir: Dir) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.want = Want::Nothing;
    }

    /// Segment bytes `data` at stream offset `offset` of side `dir`: the
    /// calls TCP makes with them and the bytes held, each one of `call`
    /// (`(dir, bytes, bytes the capture cut past them, pdus) -> End`); the
    /// PDUs are appended to `out` as messages. [`Fed::Refused`] when the
    /// segment, nothing being held, was refused (nothing is emitted for
    /// it); held bytes a call refuses are a `data` message.
    pub(crate) fn feed<F>(
        &mut self,
        dir: Dir,
        offset: u64,
        data: &[u8],
        out: &mut Vec<Message>,
        mut call: F,
    ) -> Fed
    where
        F: FnMut(Dir, &[u8], usize, &mut Pdus) -> End,
    {
        let i = dir.index();
        self.sides[i].refused = false;
        let cut = std::mem::take(&mut self.cut);
        if data.is_empty() || self.sides[i].dead {
            return Fed::Read;
        }
        self.sides[i].fed_at = offset;
        if cut > 0 && self.sides[i].want != Want::Nothing {
            // TCP reassembles no segment the capture cut: what was held
            // waits for nothing more.
            self.sides[i].held.clear();
            self.sides[i].want = Want::Nothing;
        }
        let too_much = |s: &Side, max: Option<usize>| {
            max.is_some_and(|m| s.held.len().saturating_add(data.len()) > m)
        };
        match self.sides[i].want {
            Want::OneMoreSegment if too_much(&self.sides[i], self.opts.max_one_more) => {
                self.sides[i].held = Vec::new();
                self.fresh(dir, offset, data, cut, &mut call, out)
            }
            Want::Nothing => self.fresh(dir, offset, data, cut, &mut call, out),
            Want::OneMoreSegment => {
                // The held bytes and the whole segment: one call.
                let mut b = std::mem::take(&mut self.sides[i].held);
                b.extend_from_slice(data);
                let start = self.sides[i].start;
                let whole = self.opts.whole_one_more;
                if !self.run(dir, start, &b, (0, whole), &mut call, out) {
                    super::data_message(start, &b, out);
                }
                Fed::Read
            }
            Want::Total(n) => {
                let s = &mut self.sides[i];
                let take = n.saturating_sub(s.held.len()).min(data.len());
                s.held.extend_from_slice(&data[..take]);
                if s.held.len() < n {
                    return Fed::Read;
                }
                let b = std::mem::take(&mut s.held);
                let start = s.start;
                if !self.run(dir, start, &b, (0, false), &mut call, out) {
                    super::data_message(start, &b, out);
                }
                // The segment's rest: a call of its own. (A call on
                // exactly a PDU's bytes asks for nothing more: the check
                // only guards against a call that would.)
                if take < data.len() {
                    let rest = &data[take..];
                    let at = offset + take as u64;
                    if self.sides[i].want == Want::Nothing
                        && !self.run(dir, at, rest, (0, false), &mut call, out)
                    {
                        super::data_message(at, rest, out);
                    }
                }
                Fed::Read
            }
        }
    }

    /// A segment read with nothing held.
    fn fresh<F>(
        &mut self,
        dir: Dir,
        offset: u64,
        data: &[u8],
        cut: u64,
        call: &mut F,
        out: &mut Vec<Message>,
    ) -> Fed
    where
        F: FnMut(Dir, &[u8], usize, &mut Pdus) -> End,
    {
        if self.run(dir, offset, data, (cut, false), call, out) {
            Fed::Read
        } else {
            self.sides[dir.index()].refused = true;
            Fed::Refused
        }
    }

    /// One call on `b` (stream offset `base`; `cut` bytes the capture cut
    /// past it; `whole`: [`Options::whole_one_more`] applies): its PDUs
    /// are emitted, a cut one held. False when the call refused `b`.
    fn run<F>(
        &mut self,
        dir: Dir,
        base: u64,
        b: &[u8],
        (cut, whole): (u64, bool),
        call: &mut F,
        out: &mut Vec<Message>,
    ) -> bool
    where
        F: FnMut(Dir, &[u8], usize, &mut Pdus) -> End,
    {
        let mut pdus = Vec::new();
        let cut = usize::try_from(cut).unwrap_or(usize::MAX);
        let end = call(dir, b, cut, &mut pdus);
        let max_pdu = self.opts.max_pdu;
        let side = &mut self.sides[dir.index()];
        side.want = Want::Nothing;
        side.held.clear();
        match end {
            End::Refused => return false,
            End::Done => {}
            End::More(_, Want::Total(n)) if max_pdu.is_some_and(|m| n > m) => side.dead = true,
            End::More(at, want) => {
                side.start = base + at as u64;
                side.held.extend_from_slice(b.get(at..).unwrap_or_default());
                side.want = want;
            }
        }
        for (layer, from, to) in pdus {
            let to = if whole && from == 0 { b.len() } else { to };
            out.push(Message {
                layer,
                stream_offset: base + from as u64,
                stream_end: base + to.max(from + 1) as u64,
                event: None,
            });
        }
        true
    }

    /// Segment bytes of a conversation that turned to data (STUN past a
    /// ConnectionBind): what TCP was reassembling is a `data` message once
    /// whole (a one-more-segment wait takes the whole segment), the rest
    /// of the bytes data as they come.
    pub(crate) fn feed_as_data(
        &mut self,
        dir: Dir,
        offset: u64,
        data: &[u8],
        out: &mut Vec<Message>,
    ) {
        let side = &mut self.sides[dir.index()];
        if data.is_empty() || side.dead {
            return;
        }
        if side.want == Want::Nothing {
            super::data_message(offset, data, out);
            return;
        }
        let need = match side.want {
            Want::Total(n) => n.saturating_sub(side.held.len()),
            Want::Nothing | Want::OneMoreSegment => data.len(),
        };
        let take = need.min(data.len());
        side.held.extend_from_slice(&data[..take]);
        if matches!(side.want, Want::Total(_)) && take < need {
            return;
        }
        let held = std::mem::take(&mut side.held);
        side.want = Want::Nothing;
        super::data_message(side.start, &held, out);
        if take < data.len() {
            super::data_message(offset + take as u64, &data[take..], out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dissect::layer::Osi;

    /// A toy `tcp_dissect_pdus` protocol: a PDU is a 2-byte big-endian
    /// length (of the whole PDU, at least 2) and its bytes; a call whose
    /// first byte is 0xff is refused; a length below 2 asks for one more
    /// segment (SRVLOC's length 0).
    fn toy(b: &[u8], cut: usize, out: &mut Pdus) -> End {
        if b.first() == Some(&0xff) {
            return End::Refused;
        }
        let mut at = 0;
        while at < b.len() {
            let rest = &b[at..];
            if rest.len() < 2 {
                return End::More(at, Want::OneMoreSegment);
            }
            let len = usize::from(u16::from_be_bytes([rest[0], rest[1]]));
            if len < 2 {
                return End::More(at, Want::OneMoreSegment);
            }
            if rest.len() < len && cut == 0 {
                return End::More(at, Want::Total(len));
            }
            let end = at + len.min(rest.len());
            out.push((Layer::new(Osi::Application, "toy", 0..0), at, end));
            at = end;
        }
        End::Done
    }

    /// Spans (stream offsets) and protocols of the messages of one feed.
    fn feed(
        f: &mut PduFramer,
        dir: Dir,
        offset: u64,
        data: &[u8],
    ) -> (Fed, Vec<(&'static str, u64, u64)>) {
        let mut out = Vec::new();
        let fed = f.feed(dir, offset, data, &mut out, |_, b, cut, pdus| {
            toy(b, cut, pdus)
        });
        let spans = out
            .iter()
            .map(|m| (m.layer.protocol, m.stream_offset, m.stream_end))
            .collect();
        (fed, spans)
    }

    #[test]
    fn whole_pdus_of_a_segment_are_one_call() {
        let mut f = PduFramer::default();
        let (fed, m) = feed(&mut f, Dir::Client, 100, &[0, 3, 9, 0, 2]);
        assert_eq!(fed, Fed::Read);
        assert_eq!(m, vec![("toy", 100, 103), ("toy", 103, 105)]);
        assert!(!f.holds_partial(Dir::Client));
    }

    #[test]
    fn a_length_asked_takes_exactly_the_pdu_then_the_rest_is_a_call() {
        let mut f = PduFramer::default();
        let (_, m) = feed(&mut f, Dir::Server, 0, &[0, 2, 0, 6, 1]);
        assert_eq!(m, vec![("toy", 0, 2)]);
        assert!(f.holds_partial(Dir::Server));
        assert!(!f.holds_partial(Dir::Client));
        assert!(!f.wants_one_more_segment(Dir::Server));
        assert!(f.started_in_last_segment(Dir::Server));
        assert!(f.heap_bytes() >= 3);
        let (_, m) = feed(&mut f, Dir::Server, 5, &[2]);
        assert!(m.is_empty());
        assert!(!f.started_in_last_segment(Dir::Server));
        let (_, m) = feed(&mut f, Dir::Server, 6, &[3, 4, 0, 2]);
        assert_eq!(m, vec![("toy", 2, 8), ("toy", 8, 10)]);
        assert!(!f.holds_partial(Dir::Server));
    }

    #[test]
    fn one_more_segment_is_read_with_the_held_bytes() {
        let mut f = PduFramer::default();
        let (_, m) = feed(&mut f, Dir::Client, 0, &[0, 2, 0]);
        assert_eq!(m, vec![("toy", 0, 2)]);
        assert!(f.wants_one_more_segment(Dir::Client));
        let (_, m) = feed(&mut f, Dir::Client, 3, &[3, 1, 0, 2]);
        assert_eq!(m, vec![("toy", 2, 5), ("toy", 5, 7)]);
        // With `whole_one_more` the first PDU spans the reassembled bytes.
        let mut f = PduFramer::new(Options {
            whole_one_more: true,
            ..Options::default()
        });
        feed(&mut f, Dir::Client, 0, &[0]);
        let (_, m) = feed(&mut f, Dir::Client, 1, &[3, 1, 0, 2]);
        assert_eq!(m, vec![("toy", 0, 5), ("toy", 3, 5)]);
    }

    #[test]
    fn refusals_are_the_callers_or_data() {
        let mut f = PduFramer::default();
        let (fed, m) = feed(&mut f, Dir::Client, 0, &[0xff, 1]);
        assert_eq!((fed, m.len()), (Fed::Refused, 0));
        assert!(f.refused(Dir::Client));
        f.taken_elsewhere(Dir::Client);
        assert!(!f.refused(Dir::Client));
        // Held bytes a call refuses are data.
        let (_, m) = feed(&mut f, Dir::Client, 2, &[0, 2, 0xff]);
        assert_eq!(m, vec![("toy", 2, 4)]);
        let (fed, m) = feed(&mut f, Dir::Client, 5, &[0, 5]);
        assert_eq!((fed, m), (Fed::Read, vec![("data", 4, 7)]));
        let mut f = PduFramer::default();
        feed(&mut f, Dir::Client, 0, &[0, 1]);
        assert!(f.wants_one_more_segment(Dir::Client));
        let (fed, m) = feed(&mut f, Dir::Client, 2, &[0, 2]);
        assert_eq!(fed, Fed::Read);
        // [0, 1, 0, 2]: length 1 asks for one more segment again.
        assert!(m.is_empty());
        assert!(f.wants_one_more_segment(Dir::Client));
    }

    #[test]
    fn a_cut_segment_drops_what_was_held_and_reads_the_captured_bytes() {
        let mut f = PduFramer::default();
        feed(&mut f, Dir::Client, 0, &[0, 9, 1]);
        assert!(f.holds_partial(Dir::Client));
        f.set_snap_cut(4);
        let (_, m) = feed(&mut f, Dir::Client, 3, &[0, 8, 1]);
        assert_eq!(m, vec![("toy", 3, 6)]);
        assert!(!f.holds_partial(Dir::Client));
    }

    #[test]
    fn caps_keep_memory_bounded() {
        // A PDU longer than `max_pdu`: the side is read no further.
        let mut f = PduFramer::new(Options {
            max_pdu: Some(100),
            ..Options::default()
        });
        let (_, m) = feed(&mut f, Dir::Client, 0, &[0, 2, 1, 0]);
        assert_eq!(m, vec![("toy", 0, 2)]);
        assert!(!f.holds_partial(Dir::Client));
        let (_, m) = feed(&mut f, Dir::Client, 4, &[0, 2]);
        assert!(m.is_empty());
        assert_eq!(f.heap_bytes(), 0);
        // One more segment again and again: past `max_one_more` the held
        // bytes go and the segment is read anew.
        let mut f = PduFramer::new(Options {
            max_one_more: Some(8),
            ..Options::default()
        });
        let mut at = 0;
        for _ in 0..100 {
            feed(&mut f, Dir::Client, at, &[0, 0, 0]);
            at += 3;
            assert!(f.heap_bytes() <= 16);
        }
        let (_, m) = feed(&mut f, Dir::Client, at, &[0, 2].repeat(8));
        assert!(m.len() <= 8);
    }

    #[test]
    fn a_gap_drops_what_was_held() {
        let mut f = PduFramer::default();
        feed(&mut f, Dir::Client, 0, &[0, 9, 1]);
        f.gap(Dir::Client);
        assert!(!f.holds_partial(Dir::Client));
        assert_eq!(f.heap_bytes(), 0);
        let (_, m) = feed(&mut f, Dir::Client, 10, &[0, 2]);
        assert_eq!(m, vec![("toy", 10, 12)]);
    }

    #[test]
    fn as_data_the_pdu_being_reassembled_is_data_once_whole() {
        let mut f = PduFramer::default();
        feed(&mut f, Dir::Client, 0, &[0, 5, 1]);
        let mut out = Vec::new();
        f.feed_as_data(Dir::Client, 3, &[2], &mut out);
        assert!(out.is_empty());
        f.feed_as_data(Dir::Client, 4, &[3, 7, 7], &mut out);
        let spans: Vec<_> = out
            .iter()
            .map(|m| (m.layer.protocol, m.stream_offset, m.stream_end))
            .collect();
        assert_eq!(spans, vec![("data", 0, 5), ("data", 5, 7)]);
        assert!(!f.holds_partial(Dir::Client));
    }

    #[test]
    fn random_segments_never_panic() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for opts in [
            Options::default(),
            Options {
                whole_one_more: true,
                max_pdu: Some(300),
                max_one_more: Some(64),
            },
        ] {
            let mut f = PduFramer::new(opts);
            let mut at = [0u64; 2];
            for _ in 0..2000 {
                let dir = if next() % 2 == 0 {
                    Dir::Client
                } else {
                    Dir::Server
                };
                let len = (next() % 12) as usize;
                let data: Vec<u8> = (0..len).map(|_| (next() % 4) as u8).collect();
                match next() % 20 {
                    0 => f.gap(dir),
                    1 => f.set_snap_cut(next() % 5),
                    _ => {}
                }
                let (_, m) = feed(&mut f, dir, at[dir.index()], &data);
                for (_, from, to) in m {
                    assert!(from < to);
                }
                at[dir.index()] += data.len() as u64;
                assert!(f.heap_bytes() < 1 << 17);
            }
        }
    }
}
