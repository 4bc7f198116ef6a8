//! UDP conversations: only a stream index, numbered as tshark's `udp.stream`
//! (a conversation silent for long is forgotten, but its number is kept).

use super::budget::Budget;
use super::{ConvKey, MAX_TRACKED_CONVERSATIONS};
use foldhash::HashMap;
use std::hash::BuildHasher;

/// Forgotten conversations remembered in each of the two generations of
/// [`Forgotten`]: 28000 fit a 32768-bucket table (7/8 full), so the two
/// hold about 1.1 MB at most.
const FORGOTTEN_GENERATION: usize = 28_000;

/// The numbers of conversations the table forgot (silent past
/// [`super::IDLE_NS`], or evicted by its caps). tshark never forgets a
/// conversation: one that speaks again after an hour keeps its
/// `udp.stream` (mDNS, SSDP and NTP repeat one address and port pair all
/// day). A live entry costs a key and three numbers; what is kept here is
/// a 64-bit hash of the key (per-process seed, so a collision cannot be
/// aimed at) and the number. When the newer generation fills, the older
/// one is dropped whole: the longest forgotten go first, and memory stays
/// bounded.
#[derive(Default)]
struct Forgotten {
    seed: foldhash::fast::RandomState,
    newer: HashMap<u64, u64>,
    older: HashMap<u64, u64>,
}

impl Forgotten {
    fn key(&self, key: &ConvKey) -> u64 {
        self.seed.hash_one(key)
    }

    fn forget(&mut self, key: &ConvKey, index: u64) {
        if self.newer.len() >= FORGOTTEN_GENERATION {
            std::mem::swap(&mut self.newer, &mut self.older);
            self.newer.clear();
        }
        let h = self.key(key);
        self.newer.insert(h, index);
    }

    /// The number `key` had, if it was forgotten (and is remembered no more).
    fn recall(&mut self, key: &ConvKey) -> Option<u64> {
        if self.newer.is_empty() && self.older.is_empty() {
            return None;
        }
        let h = self.key(key);
        self.newer.remove(&h).or_else(|| self.older.remove(&h))
    }
}

#[derive(Default)]
pub struct UdpTracker {
    /// Stream index, the tick and the capture time it was last seen at.
    streams: HashMap<ConvKey, (u64, u64, i128)>,
    next_index: u64,
    clock: u64,
    /// What the table was charged.
    charged: usize,
    /// Capture time of the frame at hand ([`UdpTracker::expire`]).
    now_ns: i128,
    sweep: super::Sweep,
    forgotten: Forgotten,
}

impl UdpTracker {
    pub fn stream(&mut self, key: ConvKey, budget: &mut Budget) -> u64 {
        self.clock += 1;
        if let Some((i, last, last_ns)) = self.streams.get_mut(&key) {
            *last = self.clock;
            *last_ns = self.now_ns;
            return *i;
        }
        if self.streams.len() >= MAX_TRACKED_CONVERSATIONS
            || (budget.is_over() && self.charged > budget.max_total_bytes / 4)
        {
            // Forget the least recently active quarter; one that comes back
            // gets its number from `forgotten` while that remembers it.
            let mut last: Vec<u64> = self.streams.values().map(|v| v.1).collect();
            let quarter = last.len() / 4;
            let before = self.streams.len();
            if let Some((_, &mut cut, _)) =
                (quarter < last.len()).then(|| last.select_nth_unstable(quarter))
            {
                let forgotten = &mut self.forgotten;
                self.streams.retain(|k, v| {
                    let keep = v.1 > cut;
                    if !keep {
                        forgotten.forget(k, v.0);
                    }
                    keep
                });
            }
            budget.note_evicted((before - self.streams.len()) as u64);
            self.streams.shrink_to(self.streams.len() * 2);
        }
        // Forgotten conversations leave tombstones: a table full of them
        // would double on the next insert though it holds no more live
        // entries (the old and new tables then held at once). Rebuild it at
        // a size with room to spare instead.
        if self.streams.len() >= 1024 && self.streams.len() == self.streams.capacity() {
            let live = std::mem::take(&mut self.streams);
            let mut fresh =
                HashMap::with_capacity_and_hasher(live.len() + live.len() / 4, Default::default());
            fresh.extend(live);
            self.streams = fresh;
        }
        let i = self.forgotten.recall(&key).unwrap_or_else(|| {
            self.next_index += 1;
            self.next_index - 1
        });
        self.streams.insert(key, (i, self.clock, self.now_ns));
        self.charge(budget);
        i
    }

    fn charge(&mut self, budget: &mut Budget) {
        let now = crate::flow::table_bytes::<(ConvKey, (u64, u64, i128))>(self.streams.len());
        budget.resize(self.charged, now);
        self.charged = now;
    }

    /// A frame of capture time `now_ns` begins: from time to time,
    /// conversations silent too long are forgotten (see
    /// [`super::expired`]; UDP has no end of its own).
    pub fn expire(&mut self, now_ns: i128, budget: &mut Budget) {
        self.now_ns = now_ns;
        if !self.sweep.due(now_ns, self.streams.len()) {
            return;
        }
        let clock = self.clock;
        let forgotten = &mut self.forgotten;
        self.streams.retain(|k, v| {
            let keep = !super::expired(now_ns - v.2, clock - v.1, false);
            if !keep {
                forgotten.forget(k, v.0);
            }
            keep
        });
        if self.streams.capacity() > 4 * self.streams.len().max(1024) {
            self.streams.shrink_to(self.streams.len() * 2);
        }
        self.charge(budget);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: i128 = 1_000_000_000;

    fn key(port: u16) -> ConvKey {
        let mut a = [0u8; 16];
        a[..4].copy_from_slice(&[10, 0, 0, 1]);
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, 2]);
        ConvKey::new(false, (a, port), (b, 53)).0
    }

    /// Runs `n` frames of other conversations at one a second from
    /// `*t`, so the sweep forgets what is silent.
    fn others(u: &mut UdpTracker, budget: &mut Budget, t: &mut i128, from: u16, n: u16) {
        for p in from..from + n {
            *t += SEC;
            u.expire(*t, budget);
            u.stream(key(p), budget);
        }
    }

    #[test]
    fn a_conversation_silent_for_long_keeps_its_number() {
        let mut budget = Budget::unlimited();
        let mut u = UdpTracker::default();
        let mut t = 0;
        u.expire(t, &mut budget);
        assert_eq!(u.stream(key(1), &mut budget), 0);
        // 700 s of other conversations: key(1) is swept out of the table.
        others(&mut u, &mut budget, &mut t, 1000, 700);
        assert!(!u.streams.contains_key(&key(1)), "not forgotten");
        assert_eq!(u.stream(key(1), &mut budget), 0);
        // A new conversation still gets the next number.
        assert_eq!(u.stream(key(5), &mut budget), 701);
    }

    #[test]
    fn the_longest_forgotten_are_dropped_first() {
        let mut f = Forgotten::default();
        for i in 0..(2 * FORGOTTEN_GENERATION as u64 + 10) {
            f.forget(&key((i % 60000) as u16), i);
        }
        // The first generation went whole when the third began.
        assert_eq!(f.recall(&key(0)), None);
        assert_eq!(
            f.recall(&key(FORGOTTEN_GENERATION as u16 + 1)),
            Some(FORGOTTEN_GENERATION as u64 + 1)
        );
        assert!(f.newer.len() + f.older.len() <= 2 * FORGOTTEN_GENERATION);
    }
}
