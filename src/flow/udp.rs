//! UDP conversations: only a stream index, numbered as tshark's `udp.stream`.

use super::budget::Budget;
use super::{ConvKey, MAX_TRACKED_CONVERSATIONS};
use foldhash::HashMap;

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
            // Forget the least recently active quarter: recent conversations
            // keep their numbers; one that comes back gets a new one.
            let mut last: Vec<u64> = self.streams.values().map(|v| v.1).collect();
            let quarter = last.len() / 4;
            let before = self.streams.len();
            if let Some((_, &mut cut, _)) =
                (quarter < last.len()).then(|| last.select_nth_unstable(quarter))
            {
                self.streams.retain(|_, v| v.1 > cut);
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
        let i = self.next_index;
        self.next_index += 1;
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
        self.streams
            .retain(|_, v| !super::expired(now_ns - v.2, clock - v.1, false));
        if self.streams.capacity() > 4 * self.streams.len().max(1024) {
            self.streams.shrink_to(self.streams.len() * 2);
        }
        self.charge(budget);
    }
}
