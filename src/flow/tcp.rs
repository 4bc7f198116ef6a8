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
            Phase::HalfClosed => "closing (half-closed)",
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

/// What a side's SYN said about window scaling.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum WindowScale {
    /// No SYN seen from this side.
    #[default]
    Unknown,
    /// SYN seen without the option: scaling is off for the connection.
    Off,
    Shift(u8),
}

#[derive(Debug, Clone, Default)]
struct Direction {
    base_seq: Option<u32>,
    wscale: WindowScale,
    saw_syn: bool,
    saw_fin: bool,
    /// Sequence number after the highest byte (SYN/FIN count one) sent.
    next_seq: Option<u32>,
    last_ack: Option<u32>,
    last_window: Option<u16>,
    fin_seq: Option<u32>,
    /// Duplicate ACKs in a row (Wireshark's `duplicate_ack_num`).
    dup_acks: u32,
}

#[derive(Debug, Clone)]
struct Stream {
    index: u64,
    dirs: [Direction; 2],
    /// Direction that sent the first SYN (the client), once known.
    client: Option<usize>,
    /// Direction of the first segment seen.
    first_sender: Option<usize>,
    /// Direction of the last keep-alive, whose answer is a keep-alive ACK
    /// (Wireshark), not a duplicate ACK.
    keepalive_from: Option<usize>,
    saw_synack: bool,
    handshake_done: bool,
    saw_rst: bool,
    /// The tracker's clock when a segment of it was last seen.
    last: u64,
    /// Capture time of its last segment.
    last_ns: i128,
}

impl Stream {
    fn new(index: u64) -> Self {
        Stream {
            index,
            dirs: [Direction::default(), Direction::default()],
            client: None,
            first_sender: None,
            keepalive_from: None,
            saw_synack: false,
            handshake_done: false,
            saw_rst: false,
            last: 0,
            last_ns: 0,
        }
    }
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
    /// A SYN or FIN sent again with the same sequence number.
    pub control_retransmission: bool,
    /// An empty segment beyond what this side had sent: the bytes between
    /// were not captured (data segments: the reassembler says so).
    pub lost_segment: bool,
    /// Wireshark's duplicate ACK: no data, no SYN/FIN/RST, same ACK and
    /// window as this side's previous segment, sequence number at its edge.
    /// The count of duplicates in a row.
    pub duplicate_ack: Option<u32>,
}

/// The fields of a segment the tracker needs.
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    pub key: ConvKey,
    pub dir: usize,
    pub seq: u32,
    pub ack: u32,
    pub flags: u16,
    pub payload_len: u32,
    pub wscale: Option<u8>,
    /// The window field as sent (unscaled).
    pub window: u16,
}

/// What one tracked conversation's state costs besides its table slot.
const STREAM_COST: usize = std::mem::size_of::<Stream>() + 16;

#[derive(Default)]
pub struct TcpTracker {
    streams: HashMap<ConvKey, Box<Stream>>,
    next_index: u64,
    /// Counts segments: a conversation's `last` is its latest tick.
    clock: u64,
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
        let full = self.streams.len() >= MAX_TRACKED_CONVERSATIONS;
        let pressed = budget.is_over() && self.charged > budget.max_total_bytes / 4;
        if !(full || pressed) {
            return;
        }
        let before = self.streams.len();
        self.streams
            .retain(|_, st| !(st.saw_rst || st.dirs.iter().all(|d| d.saw_fin)));
        if self.streams.len() > before * 3 / 4 {
            let mut last: Vec<u64> = self.streams.values().map(|st| st.last).collect();
            let quarter = last.len() / 4;
            let (_, &mut cut, _) = last.select_nth_unstable(quarter);
            self.streams.retain(|_, st| st.last > cut);
        }
        let gone = before - self.streams.len();
        budget.note_evicted(gone as u64);
        self.streams.shrink_to(self.streams.len() * 2);
        self.charge(budget);
    }

    fn charge(&mut self, budget: &mut Budget) {
        let now = crate::flow::table_bytes::<(ConvKey, Box<Stream>)>(self.streams.capacity())
            + self.streams.len() * STREAM_COST;
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
        self.streams.retain(|_, st| {
            let finished = st.saw_rst || st.dirs.iter().all(|d| d.saw_fin);
            !super::expired(now_ns - st.last_ns, clock - st.last, finished)
        });
        if self.streams.capacity() > 4 * self.streams.len().max(1024) {
            self.streams.shrink_to(self.streams.len() * 2);
        }
        self.charge(budget);
    }

    pub fn track(&mut self, s: &Segment, budget: &mut Budget) -> SegmentInfo {
        let syn = s.flags & SYN != 0;
        let ack_flag = s.flags & ACK != 0;
        if !self.streams.contains_key(&s.key) {
            self.make_room(budget);
            self.streams
                .insert(s.key, Box::new(Stream::new(self.next_index)));
            self.next_index += 1;
            self.charge(budget);
        }
        self.clock += 1;
        let next_index = &mut self.next_index;
        let stream = self.streams.entry(s.key).or_insert_with(|| {
            let st = Box::new(Stream::new(*next_index));
            *next_index += 1;
            st
        });
        stream.last = self.clock;

        // A new SYN on a finished conversation, or one with a different ISN,
        // is port reuse: tshark starts a new stream for it.
        if syn && !ack_flag {
            let d = &stream.dirs[s.dir];
            let closed = stream.saw_rst || stream.dirs.iter().any(|d| d.saw_fin);
            let other_isn = d.saw_syn && d.base_seq != Some(s.seq);
            if closed || other_isn {
                **stream = Stream::new(self.next_index);
                stream.last = self.clock;
                self.next_index += 1;
            }
        }

        stream.last_ns = self.now_ns;
        let keepalive_answer = stream.keepalive_from == Some(1 - s.dir);
        let fwd = &mut stream.dirs[s.dir];
        let fin = s.flags & FIN != 0;
        // A keep-alive repeats the last byte sent (or sends none) one
        // sequence number below the edge.
        let keepalive = s.payload_len <= 1
            && s.flags & (SYN | FIN | RST) == 0
            && fwd.next_seq == Some(s.seq.wrapping_add(1));
        let seg_end = s
            .seq
            .wrapping_add(s.payload_len)
            .wrapping_add(u32::from(syn) + u32::from(fin));
        // Sequence space wraps: compare by the signed distance.
        let after = |a: u32, b: u32| (a.wrapping_sub(b) as i32) > 0;
        // A SYN or FIN whose whole sequence space was already sent is a
        // retransmission (data segments are judged by the reassembler).
        let control_retransmission = (syn && fwd.saw_syn && fwd.base_seq == Some(s.seq))
            || (fin && fwd.fin_seq == Some(s.seq))
            || ((syn || fin) && fwd.next_seq.is_some_and(|n| !after(seg_end, n)));
        // An empty segment past the edge: bytes before it were not captured.
        let lost_segment =
            s.payload_len == 0 && !syn && fwd.next_seq.is_some_and(|n| after(s.seq, n));
        let pure_ack = ack_flag && s.payload_len == 0 && s.flags & (SYN | FIN | RST) == 0;
        let duplicate_ack = if pure_ack
            && !keepalive_answer
            && !keepalive
            && s.window != 0
            && fwd.last_window == Some(s.window)
            && fwd.last_ack == Some(s.ack)
            && fwd.next_seq == Some(s.seq)
        {
            fwd.dup_acks += 1;
            Some(fwd.dup_acks)
        } else {
            if ack_flag && fwd.last_ack != Some(s.ack) {
                fwd.dup_acks = 0;
            }
            None
        };
        fwd.next_seq = Some(match fwd.next_seq {
            // Sequence space wraps: "after" means within half the space.
            Some(n) if seg_end.wrapping_sub(n) as i32 <= 0 => n,
            _ => seg_end,
        });
        if ack_flag {
            fwd.last_ack = Some(s.ack);
        }
        stream.keepalive_from = keepalive.then_some(s.dir);
        let fwd = &mut stream.dirs[s.dir];
        fwd.last_window = Some(s.window);
        if fin && fwd.fin_seq.is_none() {
            fwd.fin_seq = Some(s.seq);
        }
        if fwd.base_seq.is_none() {
            fwd.base_seq = Some(if syn { s.seq } else { s.seq.wrapping_sub(1) });
        }
        if syn {
            fwd.saw_syn = true;
            fwd.wscale = match s.wscale {
                Some(shift) => WindowScale::Shift(shift.min(14)),
                None => WindowScale::Off,
            };
        }
        let base = fwd.base_seq.unwrap_or(0);
        let rev = &mut stream.dirs[1 - s.dir];
        if rev.base_seq.is_none() && ack_flag {
            rev.base_seq = Some(s.ack.wrapping_sub(1));
        }
        let rev_base = rev.base_seq.unwrap_or(0);

        let phase = if s.flags & RST != 0 {
            stream.saw_rst = true;
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
            stream.dirs[s.dir].saw_fin = true;
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
        let first_data_seq = stream.dirs[s.dir].saw_syn.then(|| base.wrapping_add(1));

        // Window scaling applies after the SYNs. Like Wireshark: off if either
        // SYN lacked the option, else this side's own shift once its SYN was
        // seen (even when the peer's SYN was not), else unknown.
        let (window_multiplier, no_window_scaling) = if syn {
            (Some(1), false)
        } else {
            let d = &stream.dirs;
            match (d[s.dir].wscale, d[1 - s.dir].wscale) {
                (WindowScale::Off, _) | (_, WindowScale::Off) => (Some(1), true),
                (WindowScale::Shift(shift), _) => (Some(1u32 << shift), false),
                (WindowScale::Unknown, _) => (None, false),
            }
        };

        SegmentInfo {
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
            control_retransmission,
            lost_segment,
            duplicate_ack,
        }
    }
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

    /// One segment from the client (`from_client`) or the server.
    fn seg(
        t: &mut TcpTracker,
        from_client: bool,
        seq: u32,
        ack: u32,
        flags: u16,
        len: u32,
    ) -> SegmentInfo {
        let (k, client_dir) = key();
        t.track(
            &Segment {
                key: k,
                dir: if from_client {
                    client_dir
                } else {
                    1 - client_dir
                },
                seq,
                ack,
                flags,
                payload_len: len,
                wscale: None,
                window: 1000,
            },
            &mut Budget::unlimited(),
        )
    }

    #[test]
    fn handshake_data_and_close_follow_the_phone_call() {
        let mut t = TcpTracker::default();
        let s = seg(&mut t, true, 100, 0, SYN, 0);
        assert_eq!((s.phase, s.rel_seq), (Phase::Syn, 0));
        assert!(s.from_client);
        assert_eq!(
            seg(&mut t, false, 500, 101, SYN | ACK, 0).phase,
            Phase::SynAck
        );
        let s = seg(&mut t, true, 101, 501, ACK, 0);
        assert_eq!((s.phase, s.rel_seq, s.rel_ack), (Phase::HandshakeAck, 1, 1));
        assert_eq!(
            seg(&mut t, true, 101, 501, ACK, 10).phase,
            Phase::Established
        );
        assert_eq!(seg(&mut t, false, 501, 111, ACK | FIN, 0).phase, Phase::Fin);
        assert_eq!(seg(&mut t, true, 111, 502, ACK, 0).phase, Phase::HalfClosed);
        assert_eq!(seg(&mut t, true, 111, 502, ACK | FIN, 0).phase, Phase::Fin);
        assert_eq!(seg(&mut t, false, 502, 112, ACK, 0).phase, Phase::Closed);
        // A new SYN on the closed conversation is a new stream.
        assert_eq!(seg(&mut t, true, 9000, 0, SYN, 0).stream, 1);
    }

    #[test]
    fn analysis_flags_as_wireshark_sets_them() {
        let mut t = TcpTracker::default();
        seg(&mut t, true, 100, 0, SYN, 0);
        // The same SYN again: retransmission, same stream.
        let s = seg(&mut t, true, 100, 0, SYN, 0);
        assert!(s.control_retransmission);
        assert_eq!(s.stream, 0);
        seg(&mut t, false, 500, 101, SYN | ACK, 0);
        seg(&mut t, true, 101, 501, ACK, 0);
        seg(&mut t, false, 501, 101, ACK, 20);
        // Same ACK, same window, at the edge, no data as this side's
        // previous segment (the handshake ACK): duplicate ACKs, counted.
        assert_eq!(seg(&mut t, true, 101, 501, ACK, 0).duplicate_ack, Some(1));
        assert_eq!(seg(&mut t, true, 101, 501, ACK, 0).duplicate_ack, Some(2));
        // A new ACK resets the count.
        assert_eq!(seg(&mut t, true, 101, 521, ACK, 0).duplicate_ack, None);
        // A keep-alive (one below the edge) and its answer are not dup ACKs.
        let ka = seg(&mut t, false, 520, 101, ACK, 0);
        assert_eq!(ka.duplicate_ack, None);
        assert_eq!(seg(&mut t, true, 101, 521, ACK, 0).duplicate_ack, None);
        assert_eq!(seg(&mut t, true, 101, 521, ACK, 0).duplicate_ack, Some(1));
        // An empty segment past the edge: the bytes before were lost.
        assert!(seg(&mut t, false, 600, 101, ACK, 0).lost_segment);
        // A FIN whose sequence number was already sent: retransmission.
        seg(&mut t, true, 101, 600, ACK | FIN, 0);
        assert!(seg(&mut t, true, 101, 600, ACK | FIN, 0).control_retransmission);
    }
}
