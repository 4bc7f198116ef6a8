//! UDP conversations, numbered as tshark's `udp.stream`, with the times
//! of their first and latest datagram (`udp.time_relative`,
//! `udp.time_delta`). A conversation silent for long is forgotten, but its
//! number and first time are kept.

use super::budget::Budget;
use super::{ConvKey, MAX_TRACKED_CONVERSATIONS};
use foldhash::HashMap;
use std::hash::BuildHasher;

/// Forgotten conversations remembered in each of the two generations of
/// [`Forgotten`]: 14000 fit a 16384-bucket table (7/8 full), so the two
/// hold about 1.1 MB at most.
const FORGOTTEN_GENERATION: usize = 14_000;

/// The numbers (and times) of conversations the table forgot (silent
/// past [`super::IDLE_NS`], or evicted by its caps). tshark never forgets a
/// conversation: one that speaks again after an hour keeps its
/// `udp.stream` and its times since the first and previous frame (mDNS, SSDP and NTP
/// repeat one address and port pair all day). A live entry costs a key and
/// four numbers; what is kept here is a 64-bit hash of the key (per-process
/// seed, so a collision cannot be aimed at), the number and the two times.
/// When the newer generation fills, the older one is dropped whole: the
/// longest forgotten go first, and memory stays bounded.
#[derive(Default)]
struct Forgotten {
    seed: foldhash::fast::RandomState,
    newer: HashMap<u64, Conversation>,
    older: HashMap<u64, Conversation>,
}

impl Forgotten {
    fn key(&self, key: &ConvKey) -> u64 {
        self.seed.hash_one(key)
    }

    fn forget(&mut self, key: &ConvKey, conv: &Conversation) {
        if self.newer.len() >= FORGOTTEN_GENERATION {
            std::mem::swap(&mut self.newer, &mut self.older);
            self.newer.clear();
        }
        let h = self.key(key);
        self.newer.insert(h, *conv);
    }

    /// Drops the older generation (the budget is short); returns how many
    /// conversations it remembered.
    fn drop_older(&mut self) -> usize {
        let n = self.older.len();
        self.older = HashMap::default();
        n
    }

    /// What the two generations hold (by length, as every table is
    /// charged: see [`crate::flow::table_bytes`]).
    fn bytes(&self) -> usize {
        crate::flow::table_bytes::<(u64, Conversation)>(self.newer.len())
            + crate::flow::table_bytes::<(u64, Conversation)>(self.older.len())
    }

    /// What `key` had, if it was forgotten (and is remembered no more).
    fn recall(&mut self, key: &ConvKey) -> Option<Conversation> {
        if self.newer.is_empty() && self.older.is_empty() {
            return None;
        }
        let h = self.key(key);
        self.newer.remove(&h).or_else(|| self.older.remove(&h))
    }
}

/// One tracked conversation. Times are capture times in nanoseconds,
/// clamped to 64 bits (year 2262) to keep the entry at 32 bytes.
#[derive(Clone, Copy)]
struct Conversation {
    /// `udp.stream`, with [`CLAIMED`] and [`SPLIT`] in its top bits.
    index: u64,
    /// The table's tick when it was last seen.
    tick: u64,
    first_ns: i64,
    last_ns: i64,
}

/// What a datagram's conversation says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UdpStream {
    /// `udp.stream`.
    pub index: u64,
    /// `udp.time_relative`: since the conversation's first datagram.
    pub since_first_ns: i128,
    /// `udp.time_delta`: since its previous datagram.
    pub since_prev_ns: i128,
}

#[derive(Default)]
pub struct UdpTracker {
    streams: HashMap<ConvKey, Conversation>,
    next_index: u64,
    clock: u64,
    /// What the table was charged.
    charged: usize,
    /// Capture time of the frame at hand ([`UdpTracker::expire`]).
    now_ns: i128,
    sweep: super::Sweep,
    forgotten: Forgotten,
    /// Endpoints a dissector announced (see [`UdpTracker::announce`]).
    wild: Vec<(bool, [u8; 16], u16)>,
    /// Conversations of an endpoint with any port of one address (see
    /// [`UdpTracker::announce_half`]), in two generations.
    halves: [foldhash::HashSet<Half>; 2],
}

/// A conversation of one endpoint with one address, any port
/// (Wireshark's conversation with `NO_PORT2`, as TFTP's request makes:
/// the client's address and port, the server's address).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Half {
    pub v6: bool,
    pub client: ([u8; 16], u16),
    pub server: [u8; 16],
}

impl Half {
    /// The key its datagrams are numbered under: the server's side with
    /// port 0 (a datagram to port 0 itself would share it).
    fn key(&self) -> ConvKey {
        ConvKey {
            v6: self.v6,
            a: self.client,
            b: (self.server, 0),
        }
    }
}

/// Half conversations remembered in each of the two generations of
/// [`UdpTracker::halves`].
const HALF_GENERATION: usize = 8192;

/// Announced endpoints remembered.
const MAX_WILD: usize = 256;

/// A dissector above UDP made a conversation of its own for these
/// endpoints (Wireshark's `conversation_new`, as SNMP does on the first
/// datagram it reads): it is made once.
const CLAIMED: u64 = 1 << 62;
/// That conversation was made and UDP has not looked it up yet: the next
/// datagram finds it (Wireshark finds the newest conversation), which has
/// no UDP data, so it starts a new `udp.stream` with its own times.
const SPLIT: u64 = 1 << 63;
const INDEX: u64 = !(CLAIMED | SPLIT);

fn clamp_ns(ns: i128) -> i64 {
    ns.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

impl UdpTracker {
    /// The conversation of a datagram of the frame at hand (numbered on
    /// first sight, in capture order). A datagram an ICMP error `quoted`
    /// does not move the conversation's previous time, as in tshark (but
    /// starts the conversation, and its first time, when it is the first).
    pub fn stream(&mut self, key: ConvKey, quoted: bool, budget: &mut Budget) -> UdpStream {
        self.clock += 1;
        let key = self.redirect(key);
        let now = clamp_ns(self.now_ns);
        if let Some(c) = self.streams.get_mut(&key) {
            if c.index & SPLIT != 0 {
                c.index = self.next_index | CLAIMED;
                self.next_index += 1;
                c.first_ns = now;
                c.last_ns = now;
            }
            let seen = UdpStream {
                index: c.index & INDEX,
                since_first_ns: i128::from(now) - i128::from(c.first_ns),
                since_prev_ns: i128::from(now) - i128::from(c.last_ns),
            };
            c.tick = self.clock;
            if !quoted {
                c.last_ns = now;
            }
            return seen;
        }
        if self.streams.len() >= MAX_TRACKED_CONVERSATIONS
            || (budget.is_over() && self.charged > budget.max_total_bytes / 4)
        {
            // Forget the least recently active quarter; one that comes back
            // gets its number from `forgotten` while that remembers it. Short
            // of memory, the longest forgotten are dropped first.
            let mut dropped = 0;
            if budget.is_over() {
                dropped = self.forgotten.drop_older();
            }
            let mut last: Vec<u64> = self.streams.values().map(|c| c.tick).collect();
            let quarter = last.len() / 4;
            let before = self.streams.len();
            if let Some((_, &mut cut, _)) =
                (quarter < last.len()).then(|| last.select_nth_unstable(quarter))
            {
                let forgotten = &mut self.forgotten;
                self.streams.retain(|k, c| {
                    let keep = c.tick > cut;
                    if !keep {
                        forgotten.forget(k, c);
                    }
                    keep
                });
            }
            budget.note_evicted((before - self.streams.len() + dropped) as u64);
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
        let mut conv = self.forgotten.recall(&key).unwrap_or_else(|| {
            self.next_index += 1;
            Conversation {
                index: self.next_index - 1,
                tick: 0,
                first_ns: now,
                last_ns: now,
            }
        });
        let seen = UdpStream {
            index: conv.index & INDEX,
            since_first_ns: i128::from(now) - i128::from(conv.first_ns),
            since_prev_ns: i128::from(now) - i128::from(conv.last_ns),
        };
        conv.tick = self.clock;
        if !quoted {
            conv.last_ns = now;
        }
        self.streams.insert(key, conv);
        self.charge(budget);
        seen
    }

    fn charge(&mut self, budget: &mut Budget) {
        let now = crate::flow::table_bytes::<(ConvKey, Conversation)>(self.streams.len())
            + self.forgotten.bytes()
            + crate::flow::table_bytes::<Half>(self.halves[0].len() + self.halves[1].len());
        budget.resize(self.charged, now);
        self.charged = now;
    }

    /// A dissector made a conversation of one endpoint with any other
    /// (Wireshark's conversation with `NO_ADDR2 | NO_PORT2`: Portmap's for
    /// the port it gave): a datagram to or from it that has no
    /// conversation yet belongs to that one, one `udp.stream` for all.
    pub fn announce(&mut self, v6: bool, addr: [u8; 16], port: u16) {
        let e = (v6, addr, port);
        if self.wild.len() < MAX_WILD && !self.wild.contains(&e) {
            self.wild.push(e);
        }
    }

    /// A dissector made a conversation of `h` (Wireshark's
    /// `conversation_new` with `NO_PORT2`): a datagram between its client
    /// endpoint and its server's address, from or to any port, that has no
    /// conversation of its own belongs to it. Made again (a new request
    /// from the same port), it is a new conversation: the next datagram
    /// that finds it begins a new `udp.stream`, as Wireshark finds the
    /// newest.
    pub fn announce_half(&mut self, h: Half) {
        let key = h.key();
        if self.halves[0].contains(&h) || self.halves[1].contains(&h) {
            if let Some(c) = self.streams.get_mut(&key) {
                c.index |= CLAIMED | SPLIT;
            } else {
                let _ = self.forgotten.recall(&key);
            }
        }
        if self.halves[0].len() >= HALF_GENERATION {
            let [newer, older] = &mut self.halves;
            std::mem::swap(newer, older);
            newer.clear();
        }
        self.halves[0].insert(h);
    }

    /// The half conversation `key` falls in, if any.
    fn half_of(&self, key: &ConvKey) -> Option<ConvKey> {
        if self.halves[0].is_empty() && self.halves[1].is_empty() {
            return None;
        }
        [(key.a, key.b), (key.b, key.a)]
            .into_iter()
            .map(|(client, server)| Half {
                v6: key.v6,
                client,
                server: server.0,
            })
            .find(|h| self.halves[0].contains(h) || self.halves[1].contains(h))
            .map(|h| h.key())
    }

    /// The conversation `key` belongs to: its own, or (when it has none
    /// yet) a half conversation's, or an announced endpoint's, in
    /// Wireshark's order of look-up.
    fn redirect(&self, key: ConvKey) -> ConvKey {
        if (self.wild.is_empty() && self.halves[0].is_empty() && self.halves[1].is_empty())
            || self.streams.contains_key(&key)
        {
            return key;
        }
        if let Some(k) = self.half_of(&key) {
            return k;
        }
        for ep in [key.a, key.b] {
            if self.wild.contains(&(key.v6, ep.0, ep.1)) {
                return ConvKey {
                    v6: key.v6,
                    a: ep,
                    b: ([0xff; 16], 0),
                };
            }
        }
        key
    }

    /// A dissector made a conversation of its own for `key` (see
    /// [`CLAIMED`]), unless it did before: the datagrams after this one
    /// are a new `udp.stream`.
    pub fn claim(&mut self, key: &ConvKey) {
        if let Some(c) = self.streams.get_mut(key)
            && c.index & CLAIMED == 0
        {
            c.index |= CLAIMED | SPLIT;
        }
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
        self.streams.retain(|k, c| {
            let keep = !super::expired(now_ns - i128::from(c.last_ns), clock - c.tick, false);
            if !keep {
                forgotten.forget(k, c);
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
            u.stream(key(p), false, budget);
        }
    }

    #[test]
    fn a_conversation_silent_for_long_keeps_its_number() {
        let mut budget = Budget::unlimited();
        let mut u = UdpTracker::default();
        let mut t = 0;
        u.expire(t, &mut budget);
        assert_eq!(u.stream(key(1), false, &mut budget).index, 0);
        // 700 s of other conversations: key(1) is swept out of the table.
        others(&mut u, &mut budget, &mut t, 1000, 700);
        assert!(!u.streams.contains_key(&key(1)), "not forgotten");
        let back = u.stream(key(1), false, &mut budget);
        assert_eq!(back.index, 0);
        // Its times still count from its first and previous datagram
        // (tshark never forgot it).
        assert_eq!(back.since_first_ns, 700 * SEC);
        assert_eq!(back.since_prev_ns, 700 * SEC);
        // A new conversation still gets the next number.
        assert_eq!(u.stream(key(5), false, &mut budget).index, 701);
    }

    #[test]
    fn an_announced_endpoint_is_one_conversation_for_new_peers() {
        let mut budget = Budget::unlimited();
        let mut u = UdpTracker::default();
        u.expire(0, &mut budget);
        // key(1) talks to 10.0.0.2:53 before the announcement: its own.
        assert_eq!(u.stream(key(1), false, &mut budget).index, 0);
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, 2]);
        u.announce(false, b, 53);
        assert_eq!(u.stream(key(2), false, &mut budget).index, 1);
        assert_eq!(u.stream(key(3), false, &mut budget).index, 1);
        assert_eq!(u.stream(key(1), false, &mut budget).index, 0);
    }

    #[test]
    fn a_half_conversation_takes_the_servers_other_ports() {
        let mut budget = Budget::unlimited();
        let mut u = UdpTracker::default();
        u.expire(0, &mut budget);
        // The request, 10.0.0.1:5 to 10.0.0.2:53, then its conversation.
        assert_eq!(u.stream(key(5), false, &mut budget).index, 0);
        let mut c = [0u8; 16];
        c[..4].copy_from_slice(&[10, 0, 0, 1]);
        let mut s = [0u8; 16];
        s[..4].copy_from_slice(&[10, 0, 0, 2]);
        let h = Half {
            v6: false,
            client: (c, 5),
            server: s,
        };
        u.announce_half(h);
        let to = |port: u16| ConvKey::new(false, (s, port), (c, 5)).0;
        assert_eq!(u.stream(to(2000), false, &mut budget).index, 1);
        assert_eq!(u.stream(to(3000), false, &mut budget).index, 1);
        // The request's own pair keeps its conversation.
        assert_eq!(u.stream(key(5), false, &mut budget).index, 0);
        // Another client port is not in it.
        assert_eq!(u.stream(key(6), false, &mut budget).index, 2);
        // Made again: a new stream from its next datagram on.
        u.announce_half(h);
        assert_eq!(u.stream(to(2001), false, &mut budget).index, 3);
        assert_eq!(u.stream(to(2000), false, &mut budget).index, 3);
    }

    #[test]
    fn times_since_first_and_previous_datagram() {
        let mut budget = Budget::unlimited();
        let mut u = UdpTracker::default();
        u.expire(10 * SEC, &mut budget);
        let first = u.stream(key(1), false, &mut budget);
        assert_eq!((first.since_first_ns, first.since_prev_ns), (0, 0));
        u.expire(12 * SEC, &mut budget);
        u.stream(key(2), false, &mut budget);
        u.expire(15 * SEC, &mut budget);
        let third = u.stream(key(1), false, &mut budget);
        assert_eq!(
            (third.since_first_ns, third.since_prev_ns),
            (5 * SEC, 5 * SEC)
        );
        // Time going back (merged captures) gives negative deltas, as in
        // tshark.
        u.expire(11 * SEC, &mut budget);
        let back = u.stream(key(1), false, &mut budget);
        assert_eq!((back.since_first_ns, back.since_prev_ns), (SEC, -4 * SEC));
        // A datagram quoted by an ICMP error leaves the previous time.
        u.expire(13 * SEC, &mut budget);
        u.stream(key(1), true, &mut budget);
        u.expire(14 * SEC, &mut budget);
        let after = u.stream(key(1), false, &mut budget);
        assert_eq!(
            (after.since_first_ns, after.since_prev_ns),
            (4 * SEC, 3 * SEC)
        );
    }

    #[test]
    fn the_longest_forgotten_are_dropped_first() {
        let mut f = Forgotten::default();
        for i in 0..(2 * FORGOTTEN_GENERATION as u64 + 10) {
            let conv = Conversation {
                index: i,
                tick: 0,
                first_ns: 0,
                last_ns: 0,
            };
            f.forget(&key((i % 60000) as u16), &conv);
        }
        // The first generation went whole when the third began.
        assert!(f.recall(&key(0)).is_none());
        assert_eq!(
            f.recall(&key(FORGOTTEN_GENERATION as u16 + 1))
                .map(|c| c.index),
            Some(FORGOTTEN_GENERATION as u64 + 1)
        );
        assert!(f.newer.len() + f.older.len() <= 2 * FORGOTTEN_GENERATION);
    }
}
