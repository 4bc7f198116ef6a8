//! One memory budget for all per-conversation state a dissector keeps:
//! reassembly buffers and their frame maps, application decoders' buffers
//! and inflaters, pending request metadata, the TCP and UDP conversation
//! tables, DNS transaction matching and IP fragments waiting for the rest
//! of their datagram. Each owner charges what it holds as it grows and
//! gives it back as it shrinks; when the budget is exceeded, the owner
//! that is growing evicts its least recently active entries first and
//! marks what it dropped (`evicted` anomalies), so memory stays flat on
//! any input while ordinary captures (whose conversations finish) lose
//! nothing.
//!
//! Costs are estimates of heap bytes (payload plus bookkeeping), not exact
//! allocator figures; the limit is set so the process's peak RSS stays
//! under the 64 MiB the hostile-input shapes are held to
//! (`tests/hostile.rs`, `benches/hostile.sh`).

/// The budget of one dissector.
#[derive(Debug, Clone)]
pub struct Budget {
    pub max_total_bytes: usize,
    pub(crate) used: usize,
    peak: usize,
    evictions: u64,
}

/// The default limit: what all conversation state may hold together.
pub const DEFAULT_LIMIT: usize = 32 << 20;

/// The share of [`DEFAULT_LIMIT`] a view's aggregates (`stats`, `sessions`
/// tables, and what their reports make of them) are charged to; the
/// pipeline gives the dissector the rest while a view runs.
pub const VIEW_BUDGET: usize = 12 << 20;

impl Budget {
    pub fn new(max_total_bytes: usize) -> Self {
        Budget {
            max_total_bytes,
            used: 0,
            peak: 0,
            evictions: 0,
        }
    }

    pub fn unlimited() -> Self {
        Budget::new(usize::MAX)
    }

    pub fn used(&self) -> usize {
        self.used
    }

    /// The most ever charged at once.
    pub fn peak(&self) -> usize {
        self.peak.max(self.used)
    }

    /// Entries (conversations, transactions, datagrams) evicted to stay
    /// within the limit.
    pub fn evictions(&self) -> u64 {
        self.evictions
    }

    pub fn is_over(&self) -> bool {
        self.used > self.max_total_bytes
    }

    pub fn charge(&mut self, bytes: usize) {
        self.used = self.used.saturating_add(bytes);
        self.peak = self.peak.max(self.used);
    }

    pub fn credit(&mut self, bytes: usize) {
        self.used = self.used.saturating_sub(bytes);
    }

    /// An owner that had charged `was` now holds `now`.
    pub fn resize(&mut self, was: usize, now: usize) {
        if now >= was {
            self.charge(now - was);
        } else {
            self.credit(was - now);
        }
    }

    pub fn note_evicted(&mut self, n: u64) {
        self.evictions += n;
    }
}

impl Default for Budget {
    fn default() -> Self {
        Budget::new(DEFAULT_LIMIT)
    }
}

/// What a dissector's budget says, for `--stats` and the tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryReport {
    pub limit: usize,
    pub used: usize,
    pub peak: usize,
    pub evictions: u64,
}

impl From<&Budget> for MemoryReport {
    fn from(b: &Budget) -> Self {
        MemoryReport {
            limit: b.max_total_bytes,
            used: b.used(),
            peak: b.peak(),
            evictions: b.evictions(),
        }
    }
}
