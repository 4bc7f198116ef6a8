//! Conversation state kept across frames: stream numbering, relative
//! sequence numbers and the TCP conversation's phase.

pub mod budget;
pub mod defrag;
pub mod reassembly;
pub mod tcp;
pub mod udp;

/// A conversation's two endpoints, ordered so both directions map to the
/// same key. IPv4 addresses use the first four bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConvKey {
    pub v6: bool,
    pub a: ([u8; 16], u16),
    pub b: ([u8; 16], u16),
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

/// Heap bytes of a hash table holding `capacity` entries of type `T`
/// (hashbrown: one control byte per bucket, buckets a power of two at most
/// 7/8 full): what the budget is charged for a table, whatever its length.
pub fn table_bytes<T>(capacity: usize) -> usize {
    let buckets = (capacity * 8 / 7).next_power_of_two();
    buckets * (std::mem::size_of::<T>() + 1)
}
