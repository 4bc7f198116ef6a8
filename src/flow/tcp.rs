//! TCP conversations: tshark's `tcp.stream` numbering, relative sequence
//! numbers (Wireshark's rules: the SYN's sequence number is the base; without
//! a SYN the first segment counts as relative 1), window scaling learnt from
//! the handshake, and the conversation's phase — the "dial, answer, talk,
//! hang up" of a phone call.

use super::budget::Budget;
use super::{ConvKey, MAX_TRACKED_CONVERSATIONS};
use foldhash::HashMap;

pub const FIN: u16 = 0x001;
pub const SYN: u16 = 0x002;
pub const RST: u16 = 0x004;
pub const ACK: u16 = 0x010;
pub const URG: u16 = 0x020;
pub const ECE: u16 = 0x040;
pub const CWR: u16 = 0x080;
pub const AE: u16 = 0x100;
const ECE_CWR: u16 = ECE | CWR;
const AE_CWR: u16 = AE | CWR;

/// Where a segment sits in its conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Syn,
    SynAck,
    HandshakeAck,
    Established,
    /// This segment carries a FIN.
    Fin,
    /// After a FIN from one side, before the other side's FIN.
    HalfClosed,
    /// After FINs from both sides (the last ACK).
    Closed,
    Reset,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Syn => "handshake 1/3 SYN",
            Phase::SynAck => "handshake 2/3 SYN-ACK",
            Phase::HandshakeAck => "handshake 3/3 ACK",
            Phase::Established => "established",
            Phase::Fin => "closing FIN",
            Phase::HalfClosed => "closing, half-closed",
            Phase::Closed => "closing last ACK",
            Phase::Reset => "reset",
        }
    }

    /// The same step in the seed's telephone words.
    pub fn call_step(self) -> &'static str {
        match self {
            Phase::Syn => "dial",
            Phase::SynAck => "answer",
            Phase::HandshakeAck => "connected",
            Phase::Established => "talk",
            Phase::Fin | Phase::HalfClosed | Phase::Closed => "hang up",
            Phase::Reset => "hang up (reset)",
        }
    }
}

/// tshark's `tcp.analysis` flags (its `TCP_A_*` bits), one per expert item.
pub mod flag {
    pub const RETRANSMISSION: u16 = 0x0001;
    pub const LOST_SEGMENT: u16 = 0x0002;
    pub const ACK_LOST_SEGMENT: u16 = 0x0004;
    pub const KEEP_ALIVE: u16 = 0x0008;
    pub const DUPLICATE_ACK: u16 = 0x0010;
    pub const ZERO_WINDOW: u16 = 0x0020;
    pub const ZERO_WINDOW_PROBE: u16 = 0x0040;
    pub const ZERO_WINDOW_PROBE_ACK: u16 = 0x0080;
    pub const KEEP_ALIVE_ACK: u16 = 0x0100;
    pub const OUT_OF_ORDER: u16 = 0x0200;
    pub const FAST_RETRANSMISSION: u16 = 0x0400;
    pub const WINDOW_UPDATE: u16 = 0x0800;
    pub const WINDOW_FULL: u16 = 0x1000;
    pub const REUSED_PORTS: u16 = 0x2000;
    pub const SPURIOUS_RETRANSMISSION: u16 = 0x4000;
}

/// tshark's `tcp.completeness` bits.
pub mod completeness {
    pub const SYN: u8 = 1;
    pub const SYN_ACK: u8 = 2;
    pub const ACK: u8 = 4;
    pub const DATA: u8 = 8;
    pub const FIN: u8 = 16;
    pub const RST: u8 = 32;
}

/// Unacknowledged segments kept per direction, as tshark caps them.
const MAX_UNACKED: usize = 10_000;
/// SACK blocks of a segment remembered for bytes in flight (tshark keeps
/// three).
const MAX_SACKS: usize = 3;

/// Window scaling as tshark tracks it per direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WindowScale {
    /// Not signalled (yet): windows are shown unscaled, factor -1.
    Unknown,
    /// Known not to be in use: factor -2.
    Off,
    Shift(u8),
}

/// A segment sent and not yet acknowledged (for RTT and bytes in flight).
#[derive(Debug, Clone, Copy)]
struct Unacked {
    frame: u64,
    seq: u32,
    nextseq: u32,
    ts: i128,
}

// Sequence-space comparisons (wrapping), as tshark writes them.
fn gt(a: u32, b: u32) -> bool {
    (b.wrapping_sub(a) as i32) < 0
}
fn lt(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}
fn le(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) <= 0
}
/// `now - then` as tshark's unsigned nanoseconds: a negative span is huge.
fn elapsed_below(now: i128, then: i128, limit: i128) -> bool {
    let t = now - then;
    (0..limit).contains(&t)
}

/// One direction of a conversation: what tshark's `tcp_flow_t` and its
/// sequence analysis remember. Zero means "not seen" where tshark says so.
#[derive(Debug, Clone)]
struct Direction {
    base_seq: Option<u32>,
    saw_syn: bool,
    saw_fin: bool,
    wscale: WindowScale,
    /// The last window field as sent (`u32::MAX` before any).
    window: u32,
    nextseq: u32,
    nextseq_frame: u64,
    nextseq_time: i128,
    maxseqtobeacked: u32,
    lastack: u32,
    lastack_time: i128,
    lastnondupack: u64,
    dupacknum: i32,
    /// Analysis flags of this side's last segment.
    last_flags: u16,
    /// Sent, not yet acknowledged, oldest first.
    unacked: Vec<Unacked>,
    /// The lowest start and highest end of `unacked`, relative to the base
    /// sequence number it was computed with (bytes in flight without a
    /// walk of the list per segment).
    span: Option<(u32, u32, u32)>,
    valid_bif: bool,
    push_bytes_sent: u32,
    push_set_last: bool,
    sacks: [(u32, u32); MAX_SACKS],
    n_sacks: usize,
    is_first_ack: bool,
    closing_initiator: bool,
    /// The MPTCP operations its connection had seen at this side's last
    /// segment (tshark's `mp_operations`).
    mp_ops: u16,
}

impl Default for Direction {
    fn default() -> Self {
        Direction {
            base_seq: None,
            saw_syn: false,
            saw_fin: false,
            wscale: WindowScale::Unknown,
            window: u32::MAX,
            nextseq: 0,
            nextseq_frame: 0,
            nextseq_time: 0,
            maxseqtobeacked: 0,
            lastack: 0,
            lastack_time: 0,
            lastnondupack: 0,
            dupacknum: 0,
            last_flags: 0,
            unacked: Vec::new(),
            span: None,
            valid_bif: true,
            push_bytes_sent: 0,
            push_set_last: false,
            sacks: [(0, 0); MAX_SACKS],
            n_sacks: 0,
            is_first_ack: false,
            closing_initiator: false,
            mp_ops: 0,
        }
    }
}

#[derive(Debug, Clone)]
struct Stream {
    index: u64,
    dirs: [Direction; 2],
    /// Direction that sent the first SYN (the client), once known.
    client: Option<usize>,
    /// Direction of the first segment seen.
    first_sender: Option<usize>,
    saw_synack: bool,
    handshake_done: bool,
    /// Ended (a RST, or FINs both ways) and not taken up again since by a
    /// SYN on the same sequence numbers: what lets the tables forget it
    /// sooner (tshark keeps the stream number of a conversation that
    /// resumes after a reset, so one that did is not finished).
    ended: bool,
    /// The tracker's clock when a segment of it was last seen.
    last: u64,
    /// Capture times (ns): first segment, previous segment, latest SYN
    /// (0: none) and the handshake's round trip (0: not known yet).
    ts_first: i128,
    ts_prev: i128,
    ts_mru_syn: i128,
    ts_first_rtt: i128,
    completeness: u8,
    /// Accurate ECN (RFC 9768) as tshark tracks it: a SYN asking for it
    /// (AE, CWR and ECE set), a SYN-ACK agreeing (AE CWR ECE 010, 011,
    /// 100 or 110), an AccECN option seen.
    acc_ecn_syn: bool,
    acc_ecn_synack: bool,
    acc_ecn_option: bool,
    /// A SYN carried data with a TCP Fast Open cookie (tshark's
    /// `tfo_syn_data`): a SYN-ACK that does not acknowledge it ignored it.
    tfo_syn_data: bool,
}

impl Stream {
    fn new(index: u64, now: i128) -> Self {
        Stream {
            index,
            dirs: [Direction::default(), Direction::default()],
            client: None,
            first_sender: None,
            saw_synack: false,
            handshake_done: false,
            ended: false,
            last: 0,
            ts_first: now,
            ts_prev: now,
            ts_mru_syn: 0,
            ts_first_rtt: 0,
            completeness: 0,
            acc_ecn_syn: false,
            acc_ecn_synack: false,
            acc_ecn_option: false,
            tfo_syn_data: false,
        }
    }

    /// Heap bytes beyond the struct: the unacknowledged-segment lists.
    fn heap(&self) -> usize {
        self.dirs
            .iter()
            .map(|d| d.unacked.capacity() * std::mem::size_of::<Unacked>())
            .sum()
    }
}

/// tshark's sequence analysis of one segment (its `tcp_acked`): shown as
/// `tcp.analysis` when it exists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Analysis {
    /// [`flag`] bits.
    pub flags: u16,
    pub dupack_num: u32,
    pub dupack_frame: u64,
    /// The frame this segment acknowledges, and the time since it.
    pub acks_frame: Option<u64>,
    pub ack_rtt_ns: i128,
    /// A retransmission's time since the segment it repeats, and that frame.
    pub rto: Option<(i128, u64)>,
    pub bytes_in_flight: u32,
    pub push_bytes_sent: u32,
    /// The handshake's round trip, once known (0: not known).
    pub initial_rtt_ns: i128,
}

/// What the tracker says about one segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentInfo {
    pub stream: u64,
    pub rel_seq: u32,
    pub rel_ack: u32,
    pub phase: Phase,
    /// Multiplier to apply to the window: `Some(1 << shift)` when the
    /// handshake was seen, `None` when unknown.
    pub window_multiplier: Option<u32>,
    /// True when window scaling is known not to be in use (tshark's -2).
    pub no_window_scaling: bool,
    /// Sent by the side that opened the conversation (the SYN's sender, or
    /// the first sender seen when the handshake was not captured).
    pub from_client: bool,
    /// Sequence number of this direction's first data byte, when its SYN
    /// was seen.
    pub first_data_seq: Option<u32>,
    /// `tcp.completeness` as tshark shows it (what earlier segments built).
    pub completeness: u8,
    /// Time since the conversation's first segment, and since its previous.
    pub time_relative_ns: i128,
    pub time_delta_ns: i128,
    /// The sequence analysis, when tshark would show one.
    pub analysis: Option<Analysis>,
    /// A FIN that starts the close (the other side sent none before).
    pub fin_active: bool,
    /// The peer's base sequence number (relative acknowledgments and SACK
    /// edges count from it).
    pub ack_base: u32,
    /// The AE, CWR and ECE bits are Accurate ECN's ACE counter (tshark's
    /// `tcp.flags.ace`): a segment without SYN in a conversation that
    /// negotiated AccECN or carried an AccECN option before.
    pub ace: bool,
    /// A SYN of the conversation carried data with a Fast Open cookie.
    pub tfo_syn_data: bool,
}

/// The fields of a segment the tracker needs.
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    pub key: ConvKey,
    pub dir: usize,
    pub seq: u32,
    pub ack: u32,
    pub flags: u16,
    /// Payload length on the wire; `None` when it cannot be known (tshark's
    /// "short segment": the IP length ends inside the TCP header).
    pub payload_len: Option<u32>,
    /// The window field as sent (unscaled).
    pub window: u16,
    pub frame: u64,
    pub ts_ns: i128,
    /// A window scale option that was captured whole.
    pub wscale: Option<u8>,
    /// SACK blocks captured whole (the first three count).
    pub sacks: [(u32, u32); MAX_SACKS],
    pub n_sacks: usize,
    /// Every option byte was captured: tshark stops at the first option
    /// cut by the snap length and then shows no sequence analysis.
    pub options_complete: bool,
    /// The MPTCP operations the stream's MPTCP connection has seen, when it
    /// belongs to one: a pure ACK repeating the last one is no duplicate
    /// ACK while they changed since this side's last segment (RFC 8684
    /// options ride on such ACKs).
    pub mp_ops: Option<u16>,
    /// Another protocol announced this conversation before its first
    /// segment (an FTP data connection): Wireshark finds that conversation
    /// instead of making one, so a first SYN does not start its
    /// completeness.
    pub announced: bool,
    /// The segment carries an AccECN option of a valid length.
    pub acc_ecn_option: bool,
    /// The segment is one an ICMP error quotes (see [`TcpTracker::track`]).
    pub quoted: bool,
    /// Its header length is below 20: tshark analysed it, then stopped
    /// before its flags count in the conversation's completeness.
    pub bogus_header: bool,
    /// A SYN (no ACK) with a Fast Open cookie option and data.
    pub tfo_syn_data: bool,
}

impl Segment {
    /// A segment with no options and every byte captured.
    pub fn simple(key: ConvKey, dir: usize, seq: u32, ack: u32, flags: u16, len: u32) -> Self {
        Segment {
            key,
            dir,
            seq,
            ack,
            flags,
            payload_len: Some(len),
            window: 1000,
            frame: 0,
            ts_ns: 0,
            wscale: None,
            sacks: [(0, 0); MAX_SACKS],
            n_sacks: 0,
            options_complete: true,
            mp_ops: None,
            announced: false,
            acc_ecn_option: false,
            quoted: false,
            bogus_header: false,
            tfo_syn_data: false,
        }
    }
}

/// What one tracked conversation's state costs besides its table slot.
const STREAM_COST: usize = std::mem::size_of::<Stream>() + 16;

#[derive(Default)]
pub struct TcpTracker {
    streams: HashMap<ConvKey, Box<Stream>>,
    next_index: u64,
    /// Counts segments: a conversation's `last` is its latest tick.
    clock: u64,
    /// Heap bytes the conversations' lists hold now.
    heap: usize,
    /// What the table and its conversations were charged.
    charged: usize,
    /// Capture time of the frame at hand ([`TcpTracker::expire`]).
    now_ns: i128,
    sweep: super::Sweep,
}

impl TcpTracker {
    /// Conversations tracked now.
    pub fn len(&self) -> usize {
        self.streams.len()
    }

    pub fn is_empty(&self) -> bool {
        self.streams.is_empty()
    }

    /// Make room before a new conversation: at the count cap, or when the
    /// budget is exceeded and this table holds a large share of it, forget
    /// finished conversations (RST, or FIN both ways) and then the least
    /// recently active quarter. Stream numbers keep counting, so a
    /// forgotten conversation that comes back gets a new number.
    fn make_room(&mut self, budget: &mut Budget) {
        if !self.room_needed(budget) {
            return;
        }
        let before = self.streams.len();
        self.streams.retain(|_, st| !st.ended);
        if self.streams.len() > before * 3 / 4 {
            let mut last: Vec<u64> = self.streams.values().map(|st| st.last).collect();
            let quarter = last.len() / 4;
            let (_, &mut cut, _) = last.select_nth_unstable(quarter);
            self.streams.retain(|_, st| st.last > cut);
        }
        self.heap = self.streams.values().map(|st| st.heap()).sum();
        let gone = before - self.streams.len();
        budget.note_evicted(gone as u64);
        self.streams.shrink_to(self.streams.len() * 2);
        self.charge(budget);
    }

    /// At the count cap, or holding a large share of an exceeded budget.
    fn room_needed(&self, budget: &Budget) -> bool {
        let full = self.streams.len() >= MAX_TRACKED_CONVERSATIONS;
        full || (budget.is_over() && self.charged > budget.max_total_bytes / 4)
    }

    fn charge(&mut self, budget: &mut Budget) {
        let now = crate::flow::table_bytes::<(ConvKey, Box<Stream>)>(self.streams.len())
            + self.streams.len() * STREAM_COST
            + self.heap;
        budget.resize(self.charged, now);
        self.charged = now;
    }

    /// A frame of capture time `now_ns` begins: from time to time,
    /// conversations finished and quiet, or silent too long, are forgotten
    /// (see [`super::expired`]), so memory follows the conversations open
    /// rather than the length of the capture.
    pub fn expire(&mut self, now_ns: i128, budget: &mut Budget) {
        self.now_ns = now_ns;
        if !self.sweep.due(now_ns, self.streams.len()) {
            return;
        }
        let clock = self.clock;
        let heap = &mut self.heap;
        self.streams.retain(|_, st| {
            let keep = !super::expired(now_ns - st.ts_prev, clock - st.last, st.ended);
            if !keep {
                // What the forgotten conversation's lists held goes back
                // too (the charge is recomputed from `heap`).
                *heap = heap.saturating_sub(st.heap());
            }
            keep
        });
        if self.streams.capacity() > 4 * self.streams.len().max(1024) {
            self.streams.shrink_to(self.streams.len() * 2);
        }
        self.charge(budget);
    }

    /// Takes the next stream number for a conversation no segment of which
    /// is seen (one a dissector made: SOCKS's tunnel).
    pub fn skip_index(&mut self) {
        self.next_index += 1;
    }

    /// The stream number of a known conversation.
    pub fn stream_of(&self, key: &ConvKey) -> Option<u64> {
        self.streams.get(key).map(|s| s.index)
    }

    /// One segment, in capture order: tshark's conversation lookup,
    /// timestamps, relative numbers, `tcp_analyze_sequence_number` and the
    /// state its option dissectors and handshake checks keep, in its order.
    ///
    /// A segment an ICMP error quotes (`quoted`, its whole fixed header
    /// there) is looked up the same way, and a conversation made for it
    /// when none is known (it takes the next stream number); its SYN
    /// checks, flags' completeness (no data bit) and the stream's clock
    /// apply, as Wireshark's TCP dissector does on an error packet. It is
    /// not analysed: numbers stay raw, nothing is acknowledged, reassembled
    /// or remembered of its options.
    pub fn track(&mut self, s: &Segment, budget: &mut Budget) -> SegmentInfo {
        self.track_with(s, budget, |_| s.mp_ops)
    }

    /// [`TcpTracker::track`], with the segment's MPTCP operations (in
    /// place of [`Segment::mp_ops`]) asked of `mp_ops` with the stream
    /// number of its conversation as it was found (`None` for a new one):
    /// the caller's own lookup of that number before the segment was a
    /// second hash lookup of every segment of a capture with MPTCP in it.
    pub fn track_with(
        &mut self,
        s: &Segment,
        budget: &mut Budget,
        mp_ops: impl FnOnce(Option<u64>) -> Option<u16>,
    ) -> SegmentInfo {
        let syn = s.flags & SYN != 0;
        let ack_flag = s.flags & ACK != 0;
        // One lookup for a known conversation; room is made for a new one
        // only when the table could need it.
        if self.room_needed(budget) && !self.streams.contains_key(&s.key) {
            self.make_room(budget);
        }
        let mut is_new = false;
        let stream = self.streams.entry(s.key).or_insert_with(|| {
            is_new = true;
            Box::new(Stream::new(self.next_index, s.ts_ns))
        });
        if is_new {
            self.next_index += 1;
        }
        let mp_ops = mp_ops((!is_new).then_some(stream.index));
        self.clock += 1;
        let heap_before = stream.heap();
        stream.last = self.clock;

        let mut ta = Analysis::default();
        let mut has_ta = false;
        // A SYN with another initial sequence number than this side's first
        // segment is a new conversation on the same ports; the same one is
        // a retransmission (tshark then rewinds this side's next sequence
        // number to what was acknowledgeable).
        if syn
            && !ack_flag
            && let Some(base) = stream.dirs[s.dir].base_seq
        {
            if s.seq != base {
                **stream = Stream::new(self.next_index, s.ts_ns);
                stream.last = self.clock;
                stream.completeness = completeness::SYN;
                self.next_index += 1;
                ta.flags |= flag::REUSED_PORTS;
            } else {
                let d = &mut stream.dirs[s.dir];
                d.nextseq = d.maxseqtobeacked;
            }
            has_ta = true;
        }
        if syn && ack_flag {
            let d = &mut stream.dirs[s.dir];
            if d.base_seq.is_some_and(|b| b != s.seq) {
                d.base_seq = Some(s.seq);
                ta.flags |= flag::REUSED_PORTS;
                has_ta = true;
            }
        }
        let shown_completeness = stream.completeness;
        stream.dirs[s.dir].n_sacks = 0;
        // What the flags mean is decided before this segment's own
        // handshake bits or option count (tshark shows the flags first).
        let ace = !syn && ((stream.acc_ecn_syn && stream.acc_ecn_synack) || stream.acc_ecn_option);
        stream.tfo_syn_data |= s.tfo_syn_data;
        let ecn_bits = s.flags & (AE | CWR | ECE);
        if syn && !ack_flag {
            stream.acc_ecn_syn = ecn_bits == AE | CWR | ECE;
        } else if syn {
            stream.acc_ecn_synack = matches!(ecn_bits, CWR | AE | ECE_CWR | AE_CWR);
        }
        stream.acc_ecn_option |= s.acc_ecn_option;

        let time_delta_ns = s.ts_ns - stream.ts_prev;
        stream.ts_prev = s.ts_ns;
        let time_relative_ns = s.ts_ns - stream.ts_first;

        // The window as shown: scaled by what this side signalled so far.
        let (window_multiplier, no_window_scaling) = if syn {
            (Some(1), false)
        } else {
            match stream.dirs[s.dir].wscale {
                WindowScale::Shift(shift) => (Some(1u32 << shift), false),
                WindowScale::Off => (Some(1), true),
                WindowScale::Unknown => (None, false),
            }
        };

        if s.quoted {
            // Its flags count (as a segment without data: tshark does not
            // count a quoted one's), and the handshake's clock and the
            // window scaling its options set apply, as for any segment;
            // none of the state that says the conversation ended (an
            // error quoting a reset is no reset).
            count_completeness(stream, s.flags, is_new, 0, false);
            handshake_clock(stream, s);
            if let Some(shift) = s.wscale {
                stream.dirs[s.dir].wscale = WindowScale::Shift(shift.min(14));
            }
            if s.options_complete {
                if syn {
                    verify_window_scaling(stream, s.dir, ack_flag);
                }
                ta.initial_rtt_ns = stream.ts_first_rtt;
            }
            let info = SegmentInfo {
                stream: stream.index,
                rel_seq: s.seq,
                rel_ack: s.ack,
                phase: Phase::Established,
                window_multiplier,
                no_window_scaling,
                from_client: stream.client.is_none_or(|c| c == s.dir),
                first_data_seq: None,
                completeness: shown_completeness,
                time_relative_ns,
                time_delta_ns,
                analysis: has_ta.then_some(ta),
                fin_active: s.flags & FIN != 0 && !stream.dirs[1 - s.dir].closing_initiator,
                ack_base: 0,
                ace,
                tfo_syn_data: stream.tfo_syn_data,
            };
            if is_new {
                self.charge(budget);
            }
            return info;
        }

        if let Some(seglen) = s.payload_len {
            let fwd = &mut stream.dirs[s.dir];
            if fwd.base_seq.is_none() {
                fwd.base_seq = Some(if syn { s.seq } else { s.seq.wrapping_sub(1) });
                fwd.saw_syn |= syn;
            }
            let rev = &mut stream.dirs[1 - s.dir];
            if rev.base_seq.is_none() && ack_flag {
                rev.base_seq = Some(s.ack.wrapping_sub(1));
            }
            analyze(stream, s, mp_ops, seglen, &mut ta, &mut has_ta);
        }

        // Conversation completeness, after the segment's own value was
        // read (tshark returned at a bogus header length before counting).
        if !s.bogus_header {
            let seglen = s.payload_len.unwrap_or(0);
            count_completeness(stream, s.flags, is_new, seglen, s.announced);
        }
        handshake_clock(stream, s);
        let fin_active = s.flags & FIN != 0 && !stream.dirs[1 - s.dir].closing_initiator;
        if fin_active {
            stream.dirs[s.dir].closing_initiator = true;
        }

        // What the options said (those captured whole).
        let fwd = &mut stream.dirs[s.dir];
        if let Some(shift) = s.wscale {
            fwd.wscale = WindowScale::Shift(shift.min(14));
        }
        let n = s.n_sacks.min(MAX_SACKS);
        if n > 0 {
            fwd.sacks[..n].copy_from_slice(&s.sacks[..n]);
            fwd.n_sacks = n;
        }
        let mut analysis = None;
        if s.options_complete {
            if syn {
                verify_window_scaling(stream, s.dir, ack_flag);
            }
            if has_ta {
                ta.initial_rtt_ns = stream.ts_first_rtt;
                analysis = Some(ta);
            }
        }

        let fwd = &stream.dirs[s.dir];
        let base = fwd.base_seq.unwrap_or(0);
        let rev_base = stream.dirs[1 - s.dir].base_seq.unwrap_or(0);
        let first_data_seq = fwd.saw_syn.then(|| base.wrapping_add(1));
        if s.flags & FIN != 0 {
            stream.dirs[s.dir].saw_fin = true;
        }
        if syn {
            stream.ended = false;
        }
        if s.flags & RST != 0 || (s.flags & FIN != 0 && stream.dirs.iter().all(|d| d.saw_fin)) {
            stream.ended = true;
        }
        let phase = if s.flags & RST != 0 {
            Phase::Reset
        } else if syn && !ack_flag {
            stream.client = Some(s.dir);
            Phase::Syn
        } else if syn {
            stream.saw_synack = true;
            if stream.client.is_none() {
                stream.client = Some(1 - s.dir);
            }
            Phase::SynAck
        } else if s.flags & FIN != 0 {
            Phase::Fin
        } else if stream.dirs.iter().all(|d| d.saw_fin) {
            Phase::Closed
        } else if stream.dirs.iter().any(|d| d.saw_fin) {
            Phase::HalfClosed
        } else if stream.saw_synack && !stream.handshake_done && stream.client == Some(s.dir) {
            stream.handshake_done = true;
            Phase::HandshakeAck
        } else {
            stream.handshake_done = true;
            Phase::Established
        };

        let from_client = match stream.client {
            Some(c) => c == s.dir,
            None => {
                // No SYN seen yet: the first sender plays the client, until
                // a SYN says otherwise.
                let first = *stream.first_sender.get_or_insert(s.dir);
                first == s.dir
            }
        };

        let info = SegmentInfo {
            stream: stream.index,
            rel_seq: s.seq.wrapping_sub(base),
            rel_ack: if ack_flag {
                s.ack.wrapping_sub(rev_base)
            } else {
                0
            },
            phase,
            window_multiplier,
            no_window_scaling,
            from_client,
            first_data_seq,
            completeness: shown_completeness,
            time_relative_ns,
            time_delta_ns,
            analysis,
            fin_active,
            ack_base: rev_base,
            ace,
            tfo_syn_data: stream.tfo_syn_data,
        };
        let heap_after = stream.heap();
        self.heap = self.heap.saturating_sub(heap_before) + heap_after;
        if is_new || heap_after != heap_before {
            self.charge(budget);
        }
        info
    }
}

/// tshark's conversation completeness bits for a segment with `flags` and
/// `seglen` bytes of data: a new conversation's first SYN starts it (not
/// one another protocol `announced`), then SYN-ACK, ACK or data, FIN and
/// RST add theirs.
fn count_completeness(stream: &mut Stream, flags: u16, is_new: bool, seglen: u32, announced: bool) {
    let c = &mut stream.completeness;
    if is_new {
        if flags & (SYN | ACK) == SYN && !announced {
            *c = completeness::SYN;
            if seglen > 0 {
                *c |= completeness::DATA;
            }
        }
        return;
    }
    if flags & (SYN | ACK) == SYN | ACK {
        *c |= completeness::SYN_ACK;
    }
    if flags & (SYN | ACK) == ACK {
        *c |= if seglen > 0 {
            completeness::DATA
        } else {
            completeness::ACK
        };
    }
    if flags & (FIN | ACK) == FIN | ACK {
        *c |= completeness::FIN;
    }
    if flags & RST != 0 {
        *c |= completeness::RST;
    }
}

/// The handshake's clock: the latest SYN's time, and the first ACK after
/// it gives the initial round trip.
fn handshake_clock(stream: &mut Stream, s: &Segment) {
    if s.flags & SYN != 0 {
        if s.flags & ACK == 0 {
            stream.ts_mru_syn = s.ts_ns;
        }
        stream.dirs[s.dir].is_first_ack = true;
    }
    if s.flags & (SYN | ACK) == ACK {
        if stream.ts_mru_syn != 0 && stream.ts_first_rtt == 0 {
            stream.ts_first_rtt = s.ts_ns - stream.ts_mru_syn;
        }
        stream.dirs[s.dir].is_first_ack = false;
    }
}

/// tshark's `verify_tcp_window_scaling`, after a SYN's options: a SYN
/// without the option turns scaling off both ways; a SYN-ACK with it after
/// a SYN without it does not turn it on.
fn verify_window_scaling(stream: &mut Stream, dir: usize, synack: bool) {
    if stream.dirs[dir].wscale == WindowScale::Unknown {
        stream.dirs[dir].wscale = WindowScale::Off;
        stream.dirs[1 - dir].wscale = WindowScale::Off;
    } else if synack && stream.dirs[1 - dir].wscale == WindowScale::Off {
        stream.dirs[dir].wscale = WindowScale::Off;
    }
}

/// tshark 4.0's `tcp_analyze_sequence_number`: the conditions and their
/// order are its, so every flag lands on the frames tshark flags.
fn analyze(
    stream: &mut Stream,
    s: &Segment,
    mp_ops: Option<u16>,
    seglen: u32,
    ta: &mut Analysis,
    has_ta: &mut bool,
) {
    let (seq, ack, flags, window) = (s.seq, s.ack, s.flags, u32::from(s.window));
    let now = s.ts_ns;
    let first_rtt = stream.ts_first_rtt;
    let (fwd, rev) = {
        let (a, b) = stream.dirs.split_at_mut(1);
        if s.dir == 0 {
            (&mut a[0], &mut b[0])
        } else {
            (&mut b[0], &mut a[0])
        }
    };
    macro_rules! set {
        ($ta:expr, $bit:expr) => {{
            *has_ta = true;
            $ta.flags |= $bit;
        }};
    }
    let ctl = flags & (SYN | FIN | RST);

    if ack_flag(flags) {
        rev.valid_bif = true;
    }

    'fwd: {
        // A one-byte segment at the edge into a closed window.
        if seglen == 1 && seq == fwd.nextseq && rev.window == 0 {
            set!(ta, flag::ZERO_WINDOW_PROBE);
            break 'fwd;
        }
        if window == 0 && ctl == 0 {
            set!(ta, flag::ZERO_WINDOW);
        }
        // Past the highest byte sent: something before was not captured.
        if fwd.nextseq != 0 && gt(seq, fwd.nextseq) && flags & RST == 0 {
            set!(ta, flag::LOST_SEGMENT);
            fwd.valid_bif = false;
        }
        // Nothing or one byte, one below the edge.
        if seglen <= 1 && seq == fwd.nextseq.wrapping_sub(1) && ctl == 0 {
            set!(ta, flag::KEEP_ALIVE);
        }
        let same_edge = seglen == 0 && seq == fwd.nextseq && ack == fwd.lastack && ctl == 0;
        if same_edge && window != 0 && window != fwd.window {
            set!(ta, flag::WINDOW_UPDATE);
        }
        // Data up to the right edge of the window the peer offered.
        if seglen > 0 && rev.wscale != WindowScale::Unknown && ctl == 0 {
            let shift = match rev.wscale {
                WindowScale::Shift(n) if !rev.is_first_ack => u32::from(n),
                _ => 0,
            };
            let edge = rev.lastack.wrapping_add(rev.window.wrapping_shl(shift));
            if seq.wrapping_add(seglen) == edge {
                set!(ta, flag::WINDOW_FULL);
            }
        }
        if same_edge
            && window != 0
            && window == fwd.window
            && rev.last_flags & flag::KEEP_ALIVE != 0
        {
            set!(ta, flag::KEEP_ALIVE_ACK);
            break 'fwd;
        }
        if same_edge
            && window == 0
            && window == fwd.window
            && rev.last_flags & flag::ZERO_WINDOW_PROBE != 0
        {
            set!(ta, flag::ZERO_WINDOW_PROBE_ACK);
            break 'fwd;
        }
        let mptcp_changed = mp_ops.is_some_and(|ops| ops != fwd.mp_ops);
        if same_edge && window != 0 && window == fwd.window && !mptcp_changed {
            fwd.dupacknum = if fwd.dupacknum == -1 {
                1
            } else {
                fwd.dupacknum + 1
            };
            set!(ta, flag::DUPLICATE_ACK);
            ta.dupack_num = fwd.dupacknum.max(0) as u32;
            ta.dupack_frame = fwd.lastnondupack;
        }
    }

    if ack != fwd.lastack {
        fwd.lastnondupack = s.frame;
        fwd.dupacknum = 0;
    }

    // Acknowledges bytes the other side was never seen sending.
    if rev.maxseqtobeacked != 0 && gt(ack, rev.maxseqtobeacked) && ack_flag(flags) {
        *has_ta = true;
        if lt(rev.maxseqtobeacked, rev.nextseq) {
            rev.maxseqtobeacked = rev.nextseq;
            ta.flags |= flag::ACK_LOST_SEGMENT;
        } else {
            if rev.dupacknum == 0 {
                ta.flags |= flag::ACK_LOST_SEGMENT;
            }
            rev.dupacknum = -1;
        }
    }

    // Data (or SYN/FIN) that does not advance the sequence number.
    'retrans: {
        if !(seglen > 0 || flags & (SYN | FIN) != 0) || ta.flags & flag::KEEP_ALIVE != 0 {
            break 'retrans;
        }
        let mut not_advanced = fwd.nextseq != 0 && lt(seq, fwd.nextseq);
        // One byte below the edge with more data: after a window probe.
        if seglen > 1 && fwd.nextseq.wrapping_sub(1) == seq {
            not_advanced = false;
        }
        if seglen > 0 && rev.lastack != 0 && le(seq.wrapping_add(seglen), rev.lastack) {
            set!(ta, flag::SPURIOUS_RETRANSMISSION);
            break 'retrans;
        }
        // packet-tcp.c's counter is unsigned: the -1 an ACK of unseen
        // bytes leaves in it (just above) counts as "at least two"
        // duplicate ACKs, so a segment repeated right after such an ACK is
        // a fast retransmission.
        if not_advanced
            && rev.dupacknum as u32 >= 2
            && rev.lastack == seq
            && elapsed_below(now, rev.lastack_time, 20_000_000)
        {
            set!(ta, flag::FAST_RETRANSMISSION);
            break 'retrans;
        }
        let ooo_threshold = if first_rtt == 0 { 3_000_000 } else { first_rtt };
        let syn_fin = u32::from(flags & (SYN | FIN) != 0);
        if not_advanced
            && elapsed_below(now, fwd.nextseq_time, ooo_threshold)
            && fwd.nextseq != seq.wrapping_add(seglen).wrapping_add(syn_fin)
        {
            set!(ta, flag::OUT_OF_ORDER);
            break 'retrans;
        }
        if not_advanced {
            set!(ta, flag::RETRANSMISSION);
            // The oldest unacknowledged segment is likely the one repeated.
            ta.rto = Some(match fwd.unacked.first() {
                Some(u) => (now - u.ts, u.frame),
                None => (now - fwd.nextseq_time, fwd.nextseq_frame),
            });
        }
    }

    let mut nextseq = seq.wrapping_add(seglen);
    if (seglen > 0 || flags & (SYN | FIN) != 0) && fwd.unacked.len() < MAX_UNACKED {
        if flags & (SYN | FIN) != 0 {
            nextseq = nextseq.wrapping_add(1);
        }
        fwd.unacked.push(Unacked {
            frame: s.frame,
            seq,
            nextseq,
            ts: now,
        });
        // Keep the cached span of outstanding bytes current.
        let base = fwd.base_seq.unwrap_or(0);
        if let Some((b, first, last)) = &mut fwd.span
            && *b == base
        {
            *first = (*first).min(seq.wrapping_sub(base));
            *last = (*last).max(nextseq.wrapping_sub(base));
        }
    }
    let probe = ta.flags & flag::ZERO_WINDOW_PROBE != 0;
    if (gt(nextseq, fwd.nextseq) || fwd.nextseq == 0) && !probe {
        fwd.nextseq = nextseq;
        fwd.nextseq_frame = s.frame;
        fwd.nextseq_time = now;
    }
    if (seq == fwd.maxseqtobeacked || fwd.maxseqtobeacked == 0) && !probe {
        fwd.maxseqtobeacked = fwd.nextseq;
    }
    fwd.window = window;
    fwd.lastack = ack;
    fwd.lastack_time = now;
    if let Some(ops) = mp_ops {
        fwd.mp_ops = ops;
    }
    fwd.last_flags = if *has_ta { ta.flags } else { 0 };

    // Forget what this acknowledges. tshark walks its list from the newest
    // and the last exact match it meets, the oldest, names the
    // acknowledged frame; walking from the oldest, the first one does.
    let mut changed = false;
    rev.unacked.retain_mut(|u| {
        if ack == u.nextseq {
            if ta.acks_frame.is_none() {
                *has_ta = true;
                ta.acks_frame = Some(u.frame);
                ta.ack_rtt_ns = now - u.ts;
            }
        } else if gt(ack, u.seq) && le(ack, u.nextseq) {
            // Partly acknowledged: the rest is still outstanding.
            u.seq = ack;
            changed = true;
            return true;
        } else if gt(u.nextseq, ack) {
            return true;
        }
        changed = true;
        false
    });
    if changed {
        rev.span = None;
    }
    if rev.unacked.is_empty() && rev.unacked.capacity() > 64 {
        rev.unacked.shrink_to(16);
    }

    // Bytes in flight: the span of this side's unacknowledged segments,
    // less what the peer's last SACK blocks cover.
    if seglen != 0 && !fwd.unacked.is_empty() && fwd.valid_bif {
        let base = fwd.base_seq.unwrap_or(0);
        let (first, last) = match fwd.span {
            Some((b, first, last)) if b == base => (first, last),
            _ => {
                let mut first = u32::MAX;
                let mut last = 0;
                for u in &fwd.unacked {
                    last = last.max(u.nextseq.wrapping_sub(base));
                    first = first.min(u.seq.wrapping_sub(base));
                }
                fwd.span = Some((base, first, last));
                (first, last)
            }
        };
        let mut in_flight = last.wrapping_sub(first);
        let delivered = rev.sacks[..rev.n_sacks]
            .iter()
            .fold(0u32, |acc, (l, r)| acc.wrapping_add(r.wrapping_sub(*l)));
        if rev.n_sacks > 0 {
            in_flight = in_flight.wrapping_sub(delivered);
        }
        if in_flight > 0 && in_flight < 2_000_000_000 {
            *has_ta = true;
            ta.bytes_in_flight = in_flight;
            if flags & (SYN | FIN) != 0 {
                ta.bytes_in_flight -= 1;
            }
        }
        // Bytes since the last PSH: a segment after a pushed one starts
        // the count anew, the others add to it.
        let push = flags & 0x008 != 0;
        if fwd.push_set_last {
            fwd.push_bytes_sent = seglen;
        } else {
            fwd.push_bytes_sent = fwd.push_bytes_sent.wrapping_add(seglen);
        }
        fwd.push_set_last = push;
        *has_ta = true;
        ta.push_bytes_sent = fwd.push_bytes_sent;
    }
}

fn ack_flag(flags: u16) -> bool {
    flags & ACK != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> (ConvKey, usize) {
        let mut a = [0u8; 16];
        a[..4].copy_from_slice(&[10, 0, 0, 1]);
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, 2]);
        ConvKey::new(false, (a, 40000), (b, 80))
    }

    /// Segments from the client (`from_client`) or the server, one
    /// millisecond apart, numbered from 1.
    #[derive(Default)]
    struct Conv {
        t: TcpTracker,
        frame: u64,
    }

    impl Conv {
        fn seg(
            &mut self,
            from_client: bool,
            seq: u32,
            ack: u32,
            flags: u16,
            len: u32,
        ) -> SegmentInfo {
            self.seg_win(from_client, seq, ack, flags, len, 1000)
        }

        fn seg_win(
            &mut self,
            from_client: bool,
            seq: u32,
            ack: u32,
            flags: u16,
            len: u32,
            window: u16,
        ) -> SegmentInfo {
            let (k, client_dir) = key();
            let dir = if from_client {
                client_dir
            } else {
                1 - client_dir
            };
            self.frame += 1;
            let mut s = Segment::simple(k, dir, seq, ack, flags, len);
            s.frame = self.frame;
            s.ts_ns = self.frame as i128 * 1_000_000;
            s.window = window;
            self.t.track(&s, &mut Budget::unlimited())
        }
    }

    fn flags(i: &SegmentInfo) -> u16 {
        i.analysis.map_or(0, |a| a.flags)
    }

    /// A SYN with data and a Fast Open cookie marks the conversation: its
    /// SYN-ACK (tcp.analysis.tfo_ack or tfo_ignored, by what it
    /// acknowledges) and later segments see it; a plain SYN does not.
    #[test]
    fn a_fast_open_syn_with_data_marks_the_conversation() {
        let mut c = Conv::default();
        let (k, dir) = key();
        let mut syn = Segment::simple(k, dir, 100, 0, SYN, 20);
        syn.tfo_syn_data = true;
        assert!(c.t.track(&syn, &mut Budget::unlimited()).tfo_syn_data);
        let s = c.seg(false, 500, 101, SYN | ACK, 0);
        assert!(s.tfo_syn_data && s.rel_ack == 1);
        let mut plain = Conv::default();
        plain.seg(true, 100, 0, SYN, 0);
        assert!(!plain.seg(false, 500, 101, SYN | ACK, 0).tfo_syn_data);
    }

    #[test]
    fn handshake_data_and_close_follow_the_phone_call() {
        let mut c = Conv::default();
        let s = c.seg(true, 100, 0, SYN, 0);
        assert_eq!((s.phase, s.rel_seq), (Phase::Syn, 0));
        assert!(s.from_client);
        assert_eq!(c.seg(false, 500, 101, SYN | ACK, 0).phase, Phase::SynAck);
        let s = c.seg(true, 101, 501, ACK, 0);
        assert_eq!((s.phase, s.rel_seq, s.rel_ack), (Phase::HandshakeAck, 1, 1));
        // The handshake's round trip: from the SYN to the ACK.
        assert_eq!(s.analysis.unwrap().initial_rtt_ns, 2_000_000);
        assert_eq!(c.seg(true, 101, 501, ACK, 10).phase, Phase::Established);
        assert_eq!(c.seg(false, 501, 111, ACK | FIN, 0).phase, Phase::Fin);
        assert_eq!(c.seg(true, 111, 502, ACK, 0).phase, Phase::HalfClosed);
        assert_eq!(c.seg(true, 111, 502, ACK | FIN, 0).phase, Phase::Fin);
        let s = c.seg(false, 502, 112, ACK, 0);
        assert_eq!(s.phase, Phase::Closed);
        assert_eq!(
            s.completeness,
            completeness::SYN
                | completeness::SYN_ACK
                | completeness::ACK
                | completeness::DATA
                | completeness::FIN
        );
        // A SYN with a new initial sequence number: a new stream, flagged.
        let s = c.seg(true, 9000, 0, SYN, 0);
        assert_eq!(s.stream, 1);
        assert_eq!(flags(&s), flag::REUSED_PORTS);
    }

    #[test]
    fn repeated_fin_acking_unseen_bytes_is_a_fast_retransmission() {
        // Zeek's tcp/reassembly.pcap frame 8: the server's FIN again,
        // acknowledging bytes of the client's that were never captured,
        // 1 ms after the client's last segment.
        let mut c = Conv::default();
        c.seg(true, 100, 0, SYN, 0);
        c.seg(false, 500, 101, SYN | ACK, 0);
        c.seg(true, 101, 501, ACK, 0);
        c.seg(true, 101, 501, ACK, 10);
        assert_eq!(flags(&c.seg(false, 501, 111, ACK | FIN, 0)), 0);
        let s = c.seg(false, 501, 131, ACK | FIN, 0);
        assert_eq!(
            flags(&s),
            flag::ACK_LOST_SEGMENT | flag::FAST_RETRANSMISSION
        );
    }

    #[test]
    fn analysis_flags_as_wireshark_sets_them() {
        let mut c = Conv::default();
        c.seg(true, 100, 0, SYN, 0);
        // The same SYN again: retransmission, same stream.
        let s = c.seg(true, 100, 0, SYN, 0);
        assert_eq!(flags(&s), flag::RETRANSMISSION);
        assert_eq!(s.stream, 0);
        c.seg(false, 500, 101, SYN | ACK, 0);
        c.seg(true, 101, 501, ACK, 0);
        let s = c.seg(false, 501, 101, ACK, 20);
        assert_eq!(s.analysis.unwrap().bytes_in_flight, 20);
        // Same ACK, same window, at the edge, no data: duplicate ACKs of
        // the last frame that moved the ACK (frame 4), counted.
        let s = c.seg(true, 101, 501, ACK, 0);
        let a = s.analysis.unwrap();
        assert_eq!(
            (a.flags, a.dupack_num, a.dupack_frame),
            (flag::DUPLICATE_ACK, 1, 4)
        );
        assert_eq!(s.analysis.unwrap().dupack_num, 1);
        assert_eq!(
            c.seg(true, 101, 501, ACK, 0).analysis.unwrap().dupack_num,
            2
        );
        // A new ACK acknowledges frame 5, 3 ms later.
        let s = c.seg(true, 101, 521, ACK, 0);
        let a = s.analysis.unwrap();
        assert_eq!(
            (a.flags, a.acks_frame, a.ack_rtt_ns),
            (0, Some(5), 3_000_000)
        );
        // A keep-alive (one below the edge) and its answer.
        assert_eq!(flags(&c.seg(false, 520, 101, ACK, 0)), flag::KEEP_ALIVE);
        assert_eq!(flags(&c.seg(true, 101, 521, ACK, 0)), flag::KEEP_ALIVE_ACK);
        // A new window: window update.
        assert_eq!(
            flags(&c.seg_win(true, 101, 521, ACK, 0, 2000)),
            flag::WINDOW_UPDATE
        );
        // An empty segment past the edge: the bytes before were lost.
        assert_eq!(flags(&c.seg(false, 600, 101, ACK, 0)), flag::LOST_SEGMENT);
        // Data already acknowledged, sent again: spurious.
        let s = c.seg(false, 501, 101, ACK, 20);
        assert_eq!(flags(&s), flag::SPURIOUS_RETRANSMISSION);
        // A zero window, then a probe into it and its answer.
        assert_eq!(
            flags(&c.seg_win(true, 101, 521, ACK, 0, 0)),
            flag::ZERO_WINDOW
        );
        assert_eq!(
            flags(&c.seg(false, 600, 101, ACK, 1)),
            flag::ZERO_WINDOW_PROBE
        );
        assert_eq!(
            flags(&c.seg_win(true, 101, 521, ACK, 0, 0)),
            flag::ZERO_WINDOW | flag::ZERO_WINDOW_PROBE_ACK
        );
    }

    #[test]
    fn unacknowledged_segments_are_capped_and_charged() {
        let (k, dir) = key();
        let mut t = TcpTracker::default();
        let mut budget = Budget::unlimited();
        let seg = |t: &mut TcpTracker, budget: &mut Budget, d: usize, seq: u32, ack: u32, len| {
            let flags = ACK;
            let s = Segment::simple(k, d, seq, ack, flags, len);
            t.track(&s, budget)
        };
        seg(&mut t, &mut budget, 1 - dir, 5000, 1, 0);
        for i in 0..20_000u32 {
            seg(&mut t, &mut budget, dir, 1 + i * 10, 5000, 10);
        }
        let held = budget.used();
        // Capped like tshark's list: 10000 entries, not 20000.
        assert!(held < 20_000 * std::mem::size_of::<Unacked>(), "{held}");
        assert!(
            held > MAX_UNACKED * std::mem::size_of::<Unacked>() / 2,
            "{held}"
        );
        // One ACK for everything empties the list and gives the bytes back.
        seg(&mut t, &mut budget, 1 - dir, 5000, 1 + 20_000 * 10, 0);
        assert!(budget.used() < held / 10, "{} of {held}", budget.used());
    }

    #[test]
    fn options_cut_by_the_snap_length_hide_the_analysis() {
        let mut c = Conv::default();
        let (k, dir) = key();
        let mut s = Segment::simple(k, dir, 100, 0, SYN, 0);
        s.options_complete = false;
        let i = c.t.track(&s, &mut Budget::unlimited());
        assert_eq!(i.analysis, None);
        // The SYN's window scale option was not seen: scaling stays unknown.
        let s = c.seg(true, 101, 501, ACK, 0);
        assert_eq!(s.window_multiplier, None);
    }
}
