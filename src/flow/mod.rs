//! Conversation state kept across frames: stream numbering, relative
//! sequence numbers and the TCP conversation's phase.

pub mod budget;
pub mod defrag;
pub mod reassembly;
pub mod tcp;
pub mod udp;

/// A conversation's two endpoints, ordered so both directions map to the
/// same key. IPv4 addresses use the first four bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConvKey {
    pub v6: bool,
    pub a: ([u8; 16], u16),
    pub b: ([u8; 16], u16),
}

/// Every packet looks its conversation up (twice for TCP): the key goes
/// to the hasher as five words rather than field by field (the derived
/// `Hash` makes seven calls, two with a length prefix).
impl std::hash::Hash for ConvKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let word = |b: &[u8; 16], half: usize| {
            u64::from_le_bytes(b[half * 8..half * 8 + 8].try_into().unwrap_or_default())
        };
        state.write_u64(word(&self.a.0, 0));
        state.write_u64(word(&self.a.0, 1));
        state.write_u64(word(&self.b.0, 0));
        state.write_u64(word(&self.b.0, 1));
        state.write_u64(u64::from(self.a.1) | u64::from(self.b.1) << 16 | u64::from(self.v6) << 32);
    }
}

impl ConvKey {
    /// The key and the direction of this packet: 0 when the source is `a`.
    pub fn new(v6: bool, src: ([u8; 16], u16), dst: ([u8; 16], u16)) -> (ConvKey, usize) {
        if src <= dst {
            (ConvKey { v6, a: src, b: dst }, 0)
        } else {
            (ConvKey { v6, a: dst, b: src }, 1)
        }
    }
}

/// Most conversations a tracker keeps before it forgets the oldest. Stream
/// numbers keep counting, so a forgotten conversation that comes back gets a
/// new number (as it would after a tshark restart); memory stays bounded.
pub const MAX_TRACKED_CONVERSATIONS: usize = 1 << 16;

/// A conversation finished (RST, or FIN both ways) is forgotten once it has
/// been quiet this long in capture time: long enough for the last ACK and
/// retransmitted FINs (Linux's TIME_WAIT is 60 s). A new SYN on the same
/// ports starts a new stream either way, as in tshark.
pub const FINISHED_GRACE_NS: i128 = 60 * 1_000_000_000;

/// A conversation silent this long in capture time is forgotten, as the
/// reassembly table forgets its bytes ([`crate::dissect::stream::IDLE_NS`]);
/// one that speaks again afterwards gets a new stream number (tshark, which
/// keeps every conversation, would give the old one).
pub const IDLE_NS: i128 = 300 * 1_000_000_000;

/// Besides the time: a conversation is forgotten only after this many of
/// its table's packets went by without it, so one frame with a timestamp
/// far in the future does not empty the tables.
pub const QUIET_TICKS: u64 = 64;

/// Whether a conversation last seen `idle_ns` ago, `ticks` packets of its
/// table ago, is forgotten.
pub fn expired(idle_ns: i128, ticks: u64, finished: bool) -> bool {
    let limit = if finished { FINISHED_GRACE_NS } else { IDLE_NS };
    ticks >= QUIET_TICKS && idle_ns > limit
}

/// When a table looks for conversations to forget: every few seconds of
/// capture time, and no oftener than every eighth of its length in packets,
/// so the sweeps cost a few entries a packet however large the table.
#[derive(Debug, Default)]
pub struct Sweep {
    last_ns: Option<i128>,
    since: usize,
}

impl Sweep {
    const EVERY_NS: i128 = 5 * 1_000_000_000;

    pub fn due(&mut self, now_ns: i128, len: usize) -> bool {
        self.since += 1;
        let last = *self.last_ns.get_or_insert(now_ns);
        if now_ns - last < Self::EVERY_NS || self.since < len / 8 {
            return false;
        }
        self.last_ns = Some(now_ns);
        self.since = 0;
        true
    }
}

/// Heap bytes of a hash table holding `entries` entries of type `T`
/// (hashbrown: one control byte per bucket, buckets a power of two at most
/// 7/8 full): what the budget is charged for a table.
///
/// Callers pass the table's `len()`, never its `capacity()`: hashbrown's
/// capacity depends on which slots removed entries left as tombstones,
/// and so on the hash seed, which is random per process. Charged by
/// capacity, the budget (and what it drops once full) would differ from
/// one run to the next on the same capture.
pub fn table_bytes<T>(entries: usize) -> usize {
    let buckets = (entries * 8 / 7).next_power_of_two();
    buckets * (std::mem::size_of::<T>() + 1)
}
