//! IPv4 and IPv6 fragment reassembly.
//!
//! Each fragment is added with the frame that carried it; the frame whose
//! fragment completes a datagram gets the datagram back, with the frames it
//! was built from, so the caller dissects the payload there (as Wireshark
//! does) and can say "reassembled from frames 3, 4, 5".
//!
//! The datagram is put together as Wireshark's `fragment_add_work` does
//! it, so its bytes and the flags on each fragment are tshark's:
//! fragments are kept whole, listed by offset (arrival order at one
//! offset); the first fragment without More Fragments sets the length, and
//! the datagram is complete once the fragments cover it from byte 0. Its
//! bytes are then laid down in list order, each fragment adding only what
//! lies past the bytes before it: where fragments overlap, the one with the
//! lower offset wins, not the one that came first. A fragment that
//! overlaps is flagged `overlap`, with `conflict` when its bytes differ;
//! another last fragment with another end is `multiple tails`; one past
//! the end is `too long` (only what fits is used). Those three are listed
//! as `ip.fragment.error` instead of `ip.fragment`.
//!
//! Hostile input is expected:
//! - each fragment is also compared, when it arrives, with the bytes held
//!   for the datagram so far (the first-arrived ones): duplicates, overlaps
//!   and conflicting overlaps are noted on its frame;
//! - a datagram over 65535 bytes (last fragment at offset 65528, say) is
//!   reassembled, as Wireshark's reassembly does (IPv6 evasion tests send
//!   them); offsets and lengths are 16-bit, so it stays under 128 KiB;
//! - the pool is capped in datagrams, bytes (payload plus a fixed overhead
//!   per piece, so floods of tiny fragments count) and age; the oldest
//!   datagram (by first-fragment time) goes first and every eviction is
//!   reported to the caller and counted.
//!
//! Why not etherparse's `defrag` module (0.21): it copies each fragment over
//! the bytes already held (last-arrived wins, not Wireshark's rule, and no
//! overlap detection), keeps no frame numbers, and its pool has no count,
//! byte or age cap of its own.

use foldhash::HashMap;
use std::collections::BTreeMap;

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

/// What Wireshark's reassembly marks on one fragment of a datagram.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FragFlags {
    /// Some of its bytes were laid down by a fragment before it in the list.
    pub overlap: bool,
    /// ... and they differ from its own.
    pub conflict: bool,
    /// A last fragment whose end is not the one an earlier last fragment set.
    pub multiple_tails: bool,
    /// It runs past the datagram's end.
    pub too_long: bool,
}

impl FragFlags {
    /// Listed as a defragmentation error (`ip.fragment.error`).
    pub fn is_error(&self) -> bool {
        self.conflict || self.multiple_tails || self.too_long
    }
}

/// One fragment a datagram was built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsedFragment {
    pub frame: u64,
    pub flags: FragFlags,
}

/// What adding one fragment produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefragResult {
    /// Held; the datagram is not complete yet (or was evicted, see notes).
    Incomplete,
    /// This fragment completed the datagram.
    Complete {
        data: Vec<u8>,
        /// Every fragment of the datagram, duplicates and overlaps
        /// included, in offset order (arrival order at one offset), with
        /// its flags: the list tshark shows (`ip.fragment`).
        fragments: Vec<UsedFragment>,
    },
    /// This fragment cannot be placed (it ends past 4 GiB) and was not
    /// used.
    Error(String),
}

impl DefragResult {
    /// The frames of a completed datagram's fragments, in list order.
    pub fn frames(&self) -> Vec<u64> {
        match self {
            DefragResult::Complete { fragments, .. } => fragments.iter().map(|f| f.frame).collect(),
            _ => Vec::new(),
        }
    }
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
    /// Bytes `start..end` of the datagram overlap held bytes that differ.
    OverlapConflict { start: u32, end: u32 },
    /// A last fragment or an end that contradicts what was held: why.
    Inconsistent(String),
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

/// A fragment as it came.
#[derive(Debug)]
struct Frag {
    start: u32,
    frame: u64,
    data: Vec<u8>,
    multiple_tails: bool,
}

/// Bytes `start..end` of the datagram, first held by fragment `frag` (an
/// index into [`Datagram::frags`]).
#[derive(Debug)]
struct Piece {
    start: u32,
    end: u32,
    frag: usize,
}

#[derive(Debug)]
struct Datagram {
    age: (i128, u64),
    /// In arrival order.
    frags: Vec<Frag>,
    /// Indexes into `frags` sorted by offset, in arrival order at one
    /// offset, as Wireshark links its fragments.
    order: Vec<usize>,
    /// The bytes held, first arrival first: sorted by `start`, never
    /// overlapping.
    pieces: Vec<Piece>,
    /// Bytes held below `end` (all bytes held while `end` is unknown).
    covered: u32,
    /// End announced by the first last fragment.
    end: Option<u32>,
    /// Highest end of any piece.
    max_end: u32,
    cost: usize,
}

impl Datagram {
    fn frames(&self) -> Vec<u64> {
        let mut frames: Vec<u64> = Vec::with_capacity(self.frags.len());
        for f in &self.frags {
            if !frames.contains(&f.frame) {
                frames.push(f.frame);
            }
        }
        frames
    }

    fn held(&self, p: &Piece) -> &[u8] {
        let f = &self.frags[p.frag];
        &f.data[(p.start - f.start) as usize..(p.end - f.start) as usize]
    }

    /// Bytes held below `end`.
    fn covered_below(&self, end: u32) -> u32 {
        self.pieces
            .iter()
            .take_while(|p| p.start < end)
            .map(|p| p.end.min(end) - p.start)
            .sum()
    }

    /// The datagram from its fragments, as `fragment_add_work` lays them
    /// down, and each fragment's flags.
    fn assemble(self, end: u32) -> DefragResult {
        let mut data: Vec<u8> = Vec::with_capacity(end as usize);
        let mut fragments = Vec::with_capacity(self.order.len());
        for &i in &self.order {
            let f = &self.frags[i];
            let mut flags = FragFlags {
                multiple_tails: f.multiple_tails,
                ..FragFlags::default()
            };
            let len = f.data.len() as u32;
            if len > 0 {
                if f.start >= end {
                    flags.too_long = true;
                } else {
                    let mut fraglen = len;
                    if f.start + len > end {
                        flags.too_long = true;
                        fraglen = end - f.start;
                    }
                    // The fragments cover the datagram from 0, so none
                    // starts past the bytes laid down before it.
                    let dfpos = data.len() as u32;
                    let overlap = dfpos.saturating_sub(f.start);
                    if overlap > 0 {
                        flags.overlap = true;
                        let n = len.min(overlap) as usize;
                        let at = f.start as usize;
                        if data[at..at + n] != f.data[..n] {
                            flags.conflict = true;
                        }
                    }
                    if f.start + fraglen > dfpos {
                        data.extend_from_slice(&f.data[overlap as usize..fraglen as usize]);
                    }
                }
            }
            fragments.push(UsedFragment {
                frame: f.frame,
                flags,
            });
        }
        DefragResult::Complete { data, fragments }
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
        let Ok(end) = u32::try_from(end) else {
            return Added {
                result: DefragResult::Error(format!(
                    "fragment at offset {offset_bytes} with {} bytes ends past 4 GiB",
                    payload.len()
                )),
                notes,
            };
        };
        let start = offset_bytes;
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
                    frags: Vec::new(),
                    order: Vec::new(),
                    pieces: Vec::new(),
                    covered: 0,
                    end: None,
                    max_end: 0,
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

        // The first last fragment sets the end; Wireshark flags a later one
        // with another end, and fragments past the end when it lays the
        // datagram down. They are noted on their frames here too.
        let mut multiple_tails = false;
        let inconsistent = match (more, d.end) {
            (false, Some(e)) if e != end => {
                multiple_tails = true;
                Some(format!(
                    "last fragment ends at {end}, an earlier last fragment at {e}"
                ))
            }
            (false, None) if d.max_end > end => Some(format!(
                "last fragment ends at {end}, but bytes up to {} were already held",
                d.max_end
            )),
            (true, Some(e)) if end > e => Some(format!(
                "fragment ends at {end}, past the last fragment's end {e}"
            )),
            _ => None,
        };
        if let Some(reason) = inconsistent {
            notes.push(FragNote::Inconsistent(reason));
        }
        if !more && d.end.is_none() {
            d.end = Some(end);
            d.covered = d.covered_below(end);
        }

        // Compare with the bytes held; hold the ones not held yet.
        let index = d.frags.len();
        let first = d.pieces.partition_point(|p| p.end <= start);
        let mut pos = start;
        let mut gaps: Vec<(u32, u32)> = Vec::new();
        let mut overlapped = false;
        let mut conflict: Option<(u32, u32)> = None;
        for p in d.pieces[first..].iter().take_while(|p| p.start < end) {
            if p.start > pos {
                gaps.push((pos, p.start));
            }
            let (a, b) = (p.start.max(start), p.end.min(end));
            overlapped = true;
            let held = &d.held(p)[(a - p.start) as usize..(b - p.start) as usize];
            let new = &payload[(a - start) as usize..(b - start) as usize];
            if held != new {
                conflict = Some(match conflict {
                    Some((s, _)) => (s, b),
                    None => (a, b),
                });
            }
            pos = pos.max(p.end);
        }
        if pos < end {
            gaps.push((pos, end));
        }
        let mut added_cost = payload.len() + ENTRY_OVERHEAD;
        let mut at = first;
        for &(a, b) in &gaps {
            at += d.pieces[at..].partition_point(|p| p.start < a);
            d.pieces.insert(
                at,
                Piece {
                    start: a,
                    end: b,
                    frag: index,
                },
            );
            d.covered += match d.end {
                Some(e) => b.min(e).saturating_sub(a),
                None => b - a,
            };
            added_cost += PIECE_OVERHEAD;
        }
        d.frags.push(Frag {
            start,
            frame,
            data: payload.to_vec(),
            multiple_tails,
        });
        let at = d.order.partition_point(|&i| d.frags[i].start <= start);
        d.order.insert(at, index);
        d.cost += added_cost;
        self.bytes += added_cost;
        d.max_end = d.max_end.max(end);

        match conflict {
            Some((s, e)) => notes.push(FragNote::OverlapConflict { start: s, end: e }),
            None if overlapped && gaps.is_empty() => notes.push(FragNote::Duplicate),
            None if overlapped => notes.push(FragNote::Overlap),
            None => {}
        }

        if let Some(e) = d.end.filter(|&e| d.covered >= e) {
            let d = self.remove(&key).expect("datagram present");
            return Added {
                result: d.assemble(e),
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

    /// A completed datagram from fragments with no flags.
    fn plain(data: Vec<u8>, frames: &[u64]) -> DefragResult {
        flagged(data, &frames.iter().map(|&f| (f, "")).collect::<Vec<_>>())
    }

    /// A completed datagram; each fragment's flags spelled `o` overlap,
    /// `c` conflict, `m` multiple tails, `t` too long.
    fn flagged(data: Vec<u8>, frames: &[(u64, &str)]) -> DefragResult {
        DefragResult::Complete {
            data,
            fragments: frames
                .iter()
                .map(|&(frame, f)| UsedFragment {
                    frame,
                    flags: FragFlags {
                        overlap: f.contains('o'),
                        conflict: f.contains('c'),
                        multiple_tails: f.contains('m'),
                        too_long: f.contains('t'),
                    },
                })
                .collect(),
        }
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
                        plain(data.clone(), &[10, 11, 12]),
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
        assert_eq!(r, plain(vec![2; 11], &[2, 3]));
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
            flagged(vec![1; 24], &[(1, ""), (2, "o"), (3, "o")])
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
            Some(flagged(
                data,
                &[
                    (1, ""),
                    (2, "o"),
                    (3, ""),
                    (5, ""),
                    (4, ""),
                    (6, "o"),
                    (7, "")
                ]
            ))
        );
    }

    #[test]
    fn overlapping_fragment_with_different_bytes_is_flagged_lower_offset_kept() {
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
        assert_eq!(r.result, flagged(want, &[(1, ""), (2, "oc"), (3, "")]));
        // Where a later fragment starts lower, its bytes win (Wireshark
        // lays fragments down by offset), and the other is the conflict.
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 8, true, &[0xaa; 8]);
        let r = d.add(key(1), 2, 0, 0, true, &[0xbb; 16]);
        assert_eq!(
            r.notes,
            vec![FragNote::OverlapConflict { start: 8, end: 16 }]
        );
        let r = d.add(key(1), 3, 0, 16, false, &[0xcc; 4]);
        let mut want = vec![0xbb; 16];
        want.extend([0xcc; 4]);
        assert_eq!(r.result, flagged(want, &[(2, ""), (1, "oc"), (3, "")]));
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
            flagged(data, &[(4, ""), (1, "o"), (2, "o"), (3, "")])
        );
    }

    /// Another last fragment and fragments past the end are held and
    /// noted; Wireshark flags them when it lays the datagram down, from the
    /// first last fragment's end, using what fits.
    #[test]
    fn inconsistent_tails_are_flagged() {
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 0, true, &[0; 16]);
        d.add(key(1), 2, 0, 24, false, &[0; 8]);
        let r = d.add(key(1), 3, 0, 24, false, &[0; 16]);
        assert!(
            r.notes
                .iter()
                .any(|n| matches!(n, FragNote::Inconsistent(e) if e.contains("earlier last")))
        );
        assert_eq!(r.result, DefragResult::Incomplete);
        let r = d.add(key(1), 4, 0, 32, true, &[0; 8]);
        assert!(
            r.notes
                .iter()
                .any(|n| matches!(n, FragNote::Inconsistent(e) if e.contains("past the last")))
        );
        let r = d.add(key(1), 6, 0, 16, true, &[0; 8]);
        assert_eq!(
            r.result,
            flagged(
                vec![0; 32],
                &[(1, ""), (6, ""), (2, ""), (3, "omt"), (4, "t")]
            )
        );
    }

    /// A datagram past 65535 bytes, which no IP header can announce, is
    /// put together all the same, as Wireshark's reassembly does.
    #[test]
    fn a_datagram_over_65535_bytes_is_reassembled() {
        let mut d = Defragmenter::new(Config::default());
        let r = d.add(key(1), 1, 0, 0, true, &[7; 65528]);
        assert_eq!(r.result, DefragResult::Incomplete);
        let r = d.add(key(1), 2, 0, 65528, false, &[7; 16]);
        assert_eq!(r.result, plain(vec![7; 65544], &[1, 2]));
    }

    /// A last fragment that ends before bytes already held: its end is
    /// the datagram's, and the fragment past it is too long.
    #[test]
    fn tail_shorter_than_held_bytes_sets_the_end() {
        let mut d = Defragmenter::new(Config::default());
        d.add(key(1), 1, 0, 16, true, &[0; 16]);
        let r = d.add(key(1), 2, 0, 8, false, &[0; 8]);
        assert!(
            r.notes
                .iter()
                .any(|n| matches!(n, FragNote::Inconsistent(e) if e.contains("already held")))
        );
        let r = d.add(key(1), 3, 0, 0, true, &[0; 16]);
        assert_eq!(
            r.result,
            flagged(vec![0; 16], &[(3, ""), (2, "o"), (1, "t")])
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
            let added = d.add(key(id), i, ts, offset, more, &payload[..len]);
            let inconsistent = added
                .notes
                .iter()
                .any(|n| matches!(n, FragNote::Inconsistent(_)));
            errors += u64::from(inconsistent);
            match added.result {
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
