//! IPv4 and IPv6 fragment reassembly.
//!
//! Each fragment is added with the frame that carried it; the frame whose
//! fragment completes a datagram gets the datagram back, with the frames it
//! was built from, so the caller dissects the payload there (as Wireshark
//! does) and can say "reassembled from frames 3, 4, 5".
//!
//! Hostile input is expected:
//! - overlapping fragments are compared with the bytes already held. Same
//!   bytes are a duplicate (noted); different bytes are a conflict (flagged)
//!   and the first-arrived bytes are kept, like Wireshark's default;
//! - a second "last fragment" with another end, a fragment past the end, or
//!   a datagram over 65535 bytes is an error: that fragment is not used and
//!   the datagram is flagged;
//! - the pool is capped in datagrams, bytes (payload plus a fixed overhead
//!   per piece, so floods of tiny fragments count) and age; the oldest
//!   datagram (by first-fragment time) goes first and every eviction is
//!   reported to the caller and counted.
//!
//! Why not etherparse's `defrag` module (0.21): it copies each fragment over
//! the bytes already held (last-arrived wins, no overlap detection), keeps
//! no frame numbers, and its pool has no count, byte or age cap of its own.

use foldhash::HashMap;
use std::collections::BTreeMap;

/// The largest reassembled payload (IPv4 total length and IPv6 payload
/// length are 16-bit; jumbograms are not fragmented).
pub const MAX_DATAGRAM: u32 = 65535;

/// Bookkeeping cost counted per held piece and per datagram, so that many
/// tiny fragments are charged for the memory they really take.
const PIECE_OVERHEAD: usize = 48;
const DATAGRAM_OVERHEAD: usize = 160;
/// Cost of one fragment's entry in the list of fragments used.
const ENTRY_OVERHEAD: usize = 16;

/// Which datagram a fragment belongs to. IPv4 addresses use the first four
/// bytes and a 16-bit identification; `proto` is the IPv4 protocol or the
/// IPv6 fragment header's next header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FragKey {
    pub v6: bool,
    pub src: [u8; 16],
    pub dst: [u8; 16],
    pub id: u32,
    pub proto: u8,
}

#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Datagrams in progress at once.
    pub max_datagrams: usize,
    /// Bytes held over all datagrams in progress (with overheads).
    pub max_bytes: usize,
    /// A datagram whose first fragment is older than this is dropped.
    pub timeout_ns: i128,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_datagrams: 4096,
            max_bytes: 8 << 20,
            timeout_ns: 30_000_000_000,
        }
    }
}

/// What adding one fragment produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefragResult {
    /// Held; the datagram is not complete yet (or was evicted, see notes).
    Incomplete,
    /// This fragment completed the datagram.
    Complete {
        data: Vec<u8>,
        /// Frames of every fragment used, duplicates and overlaps
        /// included, in offset order (arrival order at one offset): the
        /// list tshark shows (`ip.fragment`).
        frames: Vec<u64>,
        /// Some fragment of this datagram contradicted bytes or an end
        /// already held; the first-arrived version was kept. Don't trust it.
        overlap_conflict: bool,
    },
    /// This fragment contradicts the datagram or the protocol and was not
    /// used; the datagram (if any) is flagged as conflicting.
    Error(String),
}

/// Why datagrams were dropped unfinished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvictReason {
    Timeout,
    TooManyDatagrams,
    TooManyBytes,
}

impl EvictReason {
    pub fn as_str(self) -> &'static str {
        match self {
            EvictReason::Timeout => "reassembly timeout",
            EvictReason::TooManyDatagrams => "too many datagrams in reassembly",
            EvictReason::TooManyBytes => "reassembly memory cap",
        }
    }
}

/// Something worth showing as an anomaly on the frame just added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragNote {
    /// Every byte of this fragment was already held, with the same content.
    Duplicate,
    /// Some bytes overlap ones already held, with the same content.
    Overlap,
    /// Bytes `start..end` of the datagram overlap held bytes that differ;
    /// the held (first-arrived) bytes were kept.
    OverlapConflict { start: u32, end: u32 },
    /// A fragment other than the last whose length is not a multiple of 8.
    Unaligned,
    /// An unfinished datagram was dropped while adding this fragment.
    Evicted {
        reason: EvictReason,
        key: FragKey,
        /// Frames whose fragments were thrown away.
        frames: Vec<u64>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub result: DefragResult,
    pub notes: Vec<FragNote>,
}

#[derive(Debug)]
struct Piece {
    start: u32,
    frame: u64,
    data: Vec<u8>,
}

impl Piece {
    fn end(&self) -> u32 {
        self.start + self.data.len() as u32
    }
}

#[derive(Debug)]
struct Datagram {
    age: (i128, u64),
    /// Sorted by `start`, never overlapping.
    pieces: Vec<Piece>,
    /// (offset, frame) of every fragment used, sorted by offset, in
    /// arrival order at one offset, as Wireshark links its fragments.
    used: Vec<(u32, u64)>,
    /// Bytes held (sum of piece lengths).
    covered: u32,
    /// End announced by the last fragment.
    end: Option<u32>,
    /// Highest end of any piece.
    max_end: u32,
    conflict: bool,
    cost: usize,
}

impl Datagram {
    fn frames(&self) -> Vec<u64> {
        let mut frames: Vec<u64> = Vec::with_capacity(self.pieces.len());
        for p in &self.pieces {
            if !frames.contains(&p.frame) {
                frames.push(p.frame);
            }
        }
        frames
    }
}

/// A pool of datagrams in reassembly.
#[derive(Debug, Default)]
pub struct Defragmenter {
    config: Config,
    active: HashMap<FragKey, Datagram>,
    /// Datagrams by first-fragment time (ties by arrival), oldest first.
    by_age: BTreeMap<(i128, u64), FragKey>,
    bytes: usize,
    arrivals: u64,
    evicted: u64,
}

impl Defragmenter {
    pub fn new(config: Config) -> Self {
        Defragmenter {
            config,
            ..Default::default()
        }
    }

    /// Datagrams dropped unfinished so far (timeouts and caps).
    pub fn evicted_count(&self) -> u64 {
        self.evicted
    }

    /// Datagrams in progress.
    pub fn len(&self) -> usize {
        self.active.len()
    }

    pub fn is_empty(&self) -> bool {
        self.active.is_empty()
    }

    /// Bytes charged against `max_bytes` now.
    pub fn bytes_held(&self) -> usize {
        self.bytes
    }

    /// Adds the fragment at `offset_bytes` of datagram `key`, carried by
    /// `frame` at time `ts_ns`; `more` is the More Fragments flag.
    pub fn add(
        &mut self,
        key: FragKey,
        frame: u64,
        ts_ns: i128,
        offset_bytes: u32,
        more: bool,
        payload: &[u8],
    ) -> Added {
        let mut notes = Vec::new();
        self.expire(ts_ns, &mut notes);

        let end = u64::from(offset_bytes) + payload.len() as u64;
        if end > u64::from(MAX_DATAGRAM) {
            if let Some(d) = self.active.get_mut(&key) {
                d.conflict = true;
            }
            return Added {
                result: DefragResult::Error(format!(
                    "fragment at offset {offset_bytes} with {} bytes ends at {end}, \
                     past the {MAX_DATAGRAM}-byte maximum",
                    payload.len()
                )),
                notes,
            };
        }
        let (start, end) = (offset_bytes, end as u32);
        if more && !payload.len().is_multiple_of(8) {
            notes.push(FragNote::Unaligned);
        }

        if !self.active.contains_key(&key) {
            while self.active.len() >= self.config.max_datagrams.max(1) {
                if !self.evict_oldest(EvictReason::TooManyDatagrams, &mut notes) {
                    break;
                }
            }
            self.arrivals += 1;
            let age = (ts_ns, self.arrivals);
            self.by_age.insert(age, key);
            self.active.insert(
                key,
                Datagram {
                    age,
                    pieces: Vec::new(),
                    used: Vec::new(),
                    covered: 0,
                    end: None,
                    max_end: 0,
                    conflict: false,
                    cost: DATAGRAM_OVERHEAD,
                },
            );
            self.bytes += DATAGRAM_OVERHEAD;
        }
        let Some(d) = self.active.get_mut(&key) else {
            return Added {
                result: DefragResult::Incomplete,
                notes,
            };
        };

        // The end of the datagram, once announced, is not moved.
        let tail_error = match (more, d.end) {
            (false, Some(e)) if e != end => Some(format!(
                "last fragment ends at {end}, an earlier last fragment at {e}"
            )),
            (false, None) if d.max_end > end => Some(format!(
                "last fragment ends at {end}, but bytes up to {} were already held",
                d.max_end
            )),
            (true, Some(e)) if end > e => Some(format!(
                "fragment ends at {end}, past the last fragment's end {e}"
            )),
            _ => None,
        };
        if let Some(reason) = tail_error {
            d.conflict = true;
            return Added {
                result: DefragResult::Error(reason),
                notes,
            };
        }
        if !more {
            d.end = Some(end);
        }

        // Compare with the pieces held; keep only the bytes not held yet.
        let first = d.pieces.partition_point(|p| p.end() <= start);
        let mut pos = start;
        let mut gaps: Vec<(u32, u32)> = Vec::new();
        let mut overlapped = false;
        let mut conflict: Option<(u32, u32)> = None;
        for p in d.pieces[first..].iter().take_while(|p| p.start < end) {
            if p.start > pos {
                gaps.push((pos, p.start));
            }
            let (a, b) = (p.start.max(start), p.end().min(end));
            overlapped = true;
            let held = &p.data[(a - p.start) as usize..(b - p.start) as usize];
            let new = &payload[(a - start) as usize..(b - start) as usize];
            if held != new {
                conflict = Some(match conflict {
                    Some((s, _)) => (s, b),
                    None => (a, b),
                });
            }
            pos = pos.max(p.end());
        }
        if pos < end {
            gaps.push((pos, end));
        }

        let mut added_cost = 0;
        let mut at = first;
        for (a, b) in &gaps {
            let (a, b) = (*a, *b);
            at += d.pieces[at..].partition_point(|p| p.start < a);
            d.pieces.insert(
                at,
                Piece {
                    start: a,
                    frame,
                    data: payload[(a - start) as usize..(b - start) as usize].to_vec(),
                },
            );
            d.covered += b - a;
            added_cost += (b - a) as usize + PIECE_OVERHEAD;
        }
        let at = d.used.partition_point(|&(s, _)| s <= start);
        d.used.insert(at, (start, frame));
        added_cost += ENTRY_OVERHEAD;
        d.cost += added_cost;
        self.bytes += added_cost;
        d.max_end = d.max_end.max(end);

        match conflict {
            Some((s, e)) => {
                d.conflict = true;
                notes.push(FragNote::OverlapConflict { start: s, end: e });
            }
            None if overlapped && gaps.is_empty() => notes.push(FragNote::Duplicate),
            None if overlapped => notes.push(FragNote::Overlap),
            None => {}
        }

        if d.end.is_some_and(|e| e == d.covered) {
            let d = self.remove(&key).expect("datagram present");
            let frames = d.used.iter().map(|&(_, f)| f).collect();
            let mut data = Vec::with_capacity(d.covered as usize);
            for p in &d.pieces {
                data.extend_from_slice(&p.data);
            }
            return Added {
                result: DefragResult::Complete {
                    data,
                    frames,
                    overlap_conflict: d.conflict,
                },
                notes,
            };
        }

        while self.bytes > self.config.max_bytes {
            if !self.evict_oldest(EvictReason::TooManyBytes, &mut notes) {
                break;
            }
        }
        Added {
            result: DefragResult::Incomplete,
            notes,
        }
    }

    /// Drops datagrams whose first fragment is older than the timeout.
    pub fn expire(&mut self, now_ns: i128, notes: &mut Vec<FragNote>) {
        while let Some((&(t, _), _)) = self.by_age.first_key_value() {
            if now_ns.saturating_sub(t) <= self.config.timeout_ns {
                break;
            }
            self.evict_oldest(EvictReason::Timeout, notes);
        }
    }

    fn evict_oldest(&mut self, reason: EvictReason, notes: &mut Vec<FragNote>) -> bool {
        let Some((_, key)) = self.by_age.pop_first() else {
            return false;
        };
        if let Some(d) = self.active.remove(&key) {
            self.bytes -= d.cost;
            self.evicted += 1;
            notes.push(FragNote::Evicted {
                reason,
                key,
                frames: d.frames(),
            });
        }
        true
    }

    fn remove(&mut self, key: &FragKey) -> Option<Datagram> {
        let d = self.active.remove(key)?;
        self.by_age.remove(&d.age);
        self.bytes -= d.cost;
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: u32) -> FragKey {
        let mut src = [0; 16];
        src[..4].copy_from_slice(&[10, 0, 0, 1]);
        let mut dst = [0; 16];
        dst[..4].copy_from_slice(&[10, 0, 0, 2]);
        FragKey {
            v6: false,
            src,
            dst,
            id,
            proto: 17,
        }
    }

    fn datagram(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + 3) as u8).collect()
    }

    /// Fragments of `data` at 8-byte-aligned `size`: (offset, more, bytes).
    fn fragments(data: &[u8], size: usize) -> Vec<(u32, bool, Vec<u8>)> {
        data.chunks(size)
            .enumerate()
            .map(|(i, c)| ((i * size) as u32, (i + 1) * size < data.len(), c.to_vec()))
            .collect()
    }

    #[test]
    fn three_fragments_in_every_order() {
        let data = datagram(40);
        let frags = fragments(&data, 16);
        assert_eq!(frags.len(), 3);
        let orders = [
            [0, 1, 2],
            [0, 2, 1],
            [1, 0, 2],
            [1, 2, 0],
            [2, 0, 1],
            [2, 1, 0],
        ];
        for order in orders {
            let mut d = Defragmenter::new(Config::default());
            for (n, &i) in order.iter().enumerate() {
                let (off, more, bytes) = &frags[i];
                let frame = 10 + i as u64;
                let added = d.add(key(7), frame, n as i128, *off, *more, bytes);
                assert!(added.notes.is_empty(), "{order:?}: {:?}", added.notes);
                if n < 2 {
                    assert_eq!(added.result, DefragResult::Incomplete, "{order:?}");
                } else {
                    assert_eq!(
                        added.result,
                        DefragResult::Complete {
                            data: data.clone(),
                            frames: vec![10, 11, 12],
                            overlap_conflict: false,
                        },
                        "{order:?}"
                    );
                }
            }
            assert!(d.is_empty());
            assert_eq!(d.bytes_held(), 0);
        }
    }

    #[test]
    fn ipv6_and_ipv4_with_same_id_stay_apart() {
        let mut d = Defragmenter::new(Config::default());
        let k6 = FragKey { v6: true, ..key(1) };
        assert_eq!(
            d.add(key(1), 1, 0, 0, true, &[1; 8]).result,
            DefragResult::Incomplete
        );
        assert_eq!(
            d.add(k6, 2, 0, 0, true, &[2; 8]).result,
            DefragResult::Incomplete
        );
        let r = d.add(k6, 3, 0, 8, false, &[2; 3]).result;
        assert_eq!(
            r,
            DefragResult::Complete {
                data: vec![2; 11],
                frames: vec![2, 3],
                overlap_conflict: false
            }
        );
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn duplicate_fragment_is_noted_not_flagged() {
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 0, true, &[1; 16]);
        let dup = d.add(key(1), 2, 0, 0, true, &[1; 16]);
        assert_eq!(dup.notes, vec![FragNote::Duplicate]);
        let same = d.add(key(1), 3, 0, 8, false, &[1; 16]);
        assert_eq!(same.notes, vec![FragNote::Overlap]);
        assert_eq!(
            same.result,
            DefragResult::Complete {
                data: vec![1; 24],
                frames: vec![1, 2, 3],
                overlap_conflict: false
            }
        );
    }

    /// Every fragment used is listed, a duplicate after the first copy at
    /// its offset, as tshark lists `ip.fragment` (a capture sent each
    /// fragment but two twice, out of order at the end).
    #[test]
    fn fragments_listed_by_offset_then_arrival() {
        let data = datagram(40);
        let frags = fragments(&data, 8);
        let mut d = Defragmenter::new(Config::default());
        let order = [(0, 1), (0, 2), (1, 3), (3, 4), (2, 5), (3, 6), (4, 7)];
        let mut last = None;
        for (i, frame) in order {
            let (off, more, bytes) = &frags[i];
            last = Some(d.add(key(1), frame, 0, *off, *more, bytes).result);
        }
        assert_eq!(
            last,
            Some(DefragResult::Complete {
                data,
                frames: vec![1, 2, 3, 5, 4, 6, 7],
                overlap_conflict: false
            })
        );
    }

    #[test]
    fn overlapping_fragment_with_different_bytes_is_flagged_first_kept() {
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 0, true, &[0xaa; 16]);
        // Overlaps bytes 8..16 with different content, adds 16..24.
        let r = d.add(key(1), 2, 0, 8, true, &[0xbb; 16]);
        assert_eq!(
            r.notes,
            vec![FragNote::OverlapConflict { start: 8, end: 16 }]
        );
        let r = d.add(key(1), 3, 0, 24, false, &[0xcc; 4]);
        let mut want = vec![0xaa; 16];
        want.extend([0xbb; 8]);
        want.extend([0xcc; 4]);
        assert_eq!(
            r.result,
            DefragResult::Complete {
                data: want,
                frames: vec![1, 2, 3],
                overlap_conflict: true
            }
        );
    }

    #[test]
    fn fragment_spanning_several_held_pieces() {
        let data = datagram(48);
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 8, true, &data[8..16]);
        d.add(key(1), 2, 0, 32, true, &data[32..40]);
        d.add(key(1), 3, 0, 40, false, &data[40..48]);
        let r = d.add(key(1), 4, 0, 0, true, &data[0..40]);
        assert_eq!(r.notes, vec![FragNote::Overlap]);
        assert_eq!(
            r.result,
            DefragResult::Complete {
                data,
                frames: vec![4, 1, 2, 3],
                overlap_conflict: false
            }
        );
    }

    #[test]
    fn inconsistent_tails_and_oversize_are_errors() {
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 0, true, &[0; 16]);
        d.add(key(1), 2, 0, 24, false, &[0; 8]);
        let r = d.add(key(1), 3, 0, 24, false, &[0; 16]);
        assert!(matches!(r.result, DefragResult::Error(ref e) if e.contains("earlier last")));
        let r = d.add(key(1), 4, 0, 32, true, &[0; 8]);
        assert!(matches!(r.result, DefragResult::Error(ref e) if e.contains("past the last")));
        let r = d.add(key(2), 5, 0, 65528, false, &[0; 16]);
        assert!(matches!(r.result, DefragResult::Error(ref e) if e.contains("65535")));
        assert_eq!(d.len(), 1, "an erroneous first fragment starts nothing");
        // The flagged datagram still completes, marked as not trustworthy.
        let r = d.add(key(1), 6, 0, 16, true, &[0; 8]);
        assert_eq!(
            r.result,
            DefragResult::Complete {
                data: vec![0; 32],
                frames: vec![1, 6, 2],
                overlap_conflict: true
            }
        );
    }

    #[test]
    fn tail_shorter_than_held_bytes_is_an_error() {
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 16, true, &[0; 16]);
        let r = d.add(key(1), 2, 0, 8, false, &[0; 8]);
        assert!(matches!(r.result, DefragResult::Error(ref e) if e.contains("already held")));
        let r = d.add(key(1), 3, 0, 0, true, &[0; 16]);
        assert_eq!(r.result, DefragResult::Incomplete);
        let r = d.add(key(1), 4, 0, 32, false, &[0; 1]);
        assert_eq!(
            r.result,
            DefragResult::Complete {
                data: vec![0; 33],
                frames: vec![3, 1, 4],
                overlap_conflict: true
            }
        );
    }

    #[test]
    fn completes_then_a_late_duplicate_starts_afresh() {
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 0, true, &[0; 8]);
        let r = d.add(key(1), 2, 0, 8, false, &[0; 8]);
        assert!(matches!(r.result, DefragResult::Complete { .. }));
        let r = d.add(key(1), 3, 0, 8, false, &[0; 8]);
        assert_eq!(r.result, DefragResult::Incomplete);
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn timeout_evicts_and_reports() {
        let cfg = Config {
            timeout_ns: 30_000_000_000,
            ..Config::default()
        };
        let mut d = Defragmenter::new(cfg);
        d.add(key(1), 1, 0, 0, true, &[0; 8]);
        d.add(key(2), 2, 10_000_000_000, 0, true, &[0; 8]);
        // 31 s after the first datagram's first fragment: it goes, not #2.
        let r = d.add(key(1), 3, 31_000_000_000, 8, false, &[0; 8]);
        assert_eq!(
            r.notes,
            vec![FragNote::Evicted {
                reason: EvictReason::Timeout,
                key: key(1),
                frames: vec![1]
            }]
        );
        assert_eq!(r.result, DefragResult::Incomplete);
        assert_eq!(d.evicted_count(), 1);
        assert_eq!(d.len(), 2);
        let mut notes = Vec::new();
        d.expire(100_000_000_000, &mut notes);
        assert_eq!(notes.len(), 2);
        assert!(d.is_empty());
        assert_eq!(d.bytes_held(), 0);
        assert_eq!(d.evicted_count(), 3);
    }

    #[test]
    fn count_cap_evicts_oldest() {
        let mut d = Defragmenter::new(Config {
            max_datagrams: 2,
            ..Config::default()
        });
        d.add(key(1), 1, 5, 0, true, &[0; 8]);
        d.add(key(2), 2, 1, 0, true, &[0; 8]);
        let r = d.add(key(3), 3, 9, 0, true, &[0; 8]);
        // Oldest by first-fragment time is key 2, though it arrived second.
        assert!(matches!(
            &r.notes[..],
            [FragNote::Evicted { reason: EvictReason::TooManyDatagrams, key: k, frames }]
                if *k == key(2) && frames == &[2]
        ));
        assert_eq!(d.len(), 2);
    }

    use crate::test_rng::Rng;

    #[test]
    fn hostile_random_fragments_stay_under_caps() {
        let cfg = Config {
            max_datagrams: 512,
            max_bytes: 1 << 20,
            timeout_ns: 30_000_000_000,
        };
        let mut d = Defragmenter::new(cfg);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let payload = [0x5a; 1500];
        let (mut complete, mut errors) = (0u64, 0u64);
        let mut peak = (0, 0);
        for i in 0..100_000u64 {
            let r = rng.next();
            let id = (r % 2000) as u32;
            let offset = ((r >> 16) % 8192) as u32 * 8;
            let len = ((r >> 32) % 1500) as usize;
            let more = !(r >> 48).is_multiple_of(4);
            let ts = i as i128 * 1_000_000; // 1 ms apart
            match d.add(key(id), i, ts, offset, more, &payload[..len]).result {
                DefragResult::Complete { .. } => complete += 1,
                DefragResult::Error(_) => errors += 1,
                DefragResult::Incomplete => {}
            }
            assert!(d.bytes_held() <= cfg.max_bytes, "bytes {}", d.bytes_held());
            assert!(d.len() <= cfg.max_datagrams);
            peak = (peak.0.max(d.bytes_held()), peak.1.max(d.len()));
        }
        assert!(d.evicted_count() > 1000, "evicted {}", d.evicted_count());
        assert!(errors > 0);
        assert!(
            peak.0 > cfg.max_bytes / 2,
            "the cap was exercised: {peak:?}"
        );
        let _ = complete;
        // Everything times out in the end and the counters return to zero.
        let mut notes = Vec::new();
        d.expire(i128::MAX / 2, &mut notes);
        assert!(d.is_empty());
        assert_eq!(d.bytes_held(), 0);
    }

    #[test]
    fn tiny_fragment_flood_is_charged_overhead() {
        let mut d = Defragmenter::new(Config {
            max_bytes: 100_000,
            ..Config::default()
        });
        for i in 0..8000u32 {
            d.add(key(1), u64::from(i), 0, i * 8 + 8, true, &[0; 1]);
            assert!(d.bytes_held() <= 100_000);
        }
        assert!(d.evicted_count() > 0);
    }
}
