//! `stats`' conversation tables, kept compact: a conversation is one
//! fixed-size record of numbers (its two addresses interned as 32-bit ids,
//! no per-record `String` or `Vec`), stored in chunks that never move, and
//! found through an index of 32-bit ids. A `HashMap<(Endpoint, Endpoint),
//! Conv>` held the two endpoints twice (key and sides, 22 bytes each) and
//! 16-byte-aligned times: 177 bytes a slot, in a table of a power of two
//! slots at most 7/8 full, doubled (the old table alive beside the new one
//! while it moved). The report's working lists (the order of the
//! conversations, the endpoint entries) are charged with each record, so
//! what the table holds at the end fits the view's budget with them.

use super::{Count, SortKey};
use crate::flow::budget::Budget;
use crate::views::{Addr, Endpoint};
use std::cmp::Ordering;
use std::hash::BuildHasher;

/// Records per chunk: chunks are allocated whole and never grown, so a
/// table's growth copies nothing.
const CHUNK: usize = 1024;
/// The side bit of an endpoint entry's conversation id (report).
const SIDE_B: u32 = 1 << 31;

/// An index of ids (hashbrown's table of 32-bit ids, the keys stay in the
/// records): five bytes a bucket.
#[derive(Debug, Clone, Default)]
struct Index(hashbrown::HashTable<u32>);

impl Index {
    /// The id `eq` accepts among those of `hash`.
    fn find(&self, hash: u64, mut eq: impl FnMut(u32) -> bool) -> Option<u32> {
        self.0.find(hash, |&id| eq(id)).copied()
    }

    /// About the heap bytes the index holds after one more id: the same,
    /// or about twice as many when it is full and must grow (what it does
    /// is charged after, from [`Index::bytes`]).
    fn bytes_after_one_more(&self) -> usize {
        if self.0.len() < self.0.capacity() {
            self.bytes()
        } else {
            (self.bytes() * 2).max(64 * 5)
        }
    }

    fn bytes(&self) -> usize {
        self.0.allocation_size()
    }

    /// Adds `id` of `hash` (`hash_of` gives the hash of an id held, for
    /// when the table grows).
    fn insert(&mut self, hash: u64, id: u32, hash_of: impl Fn(u32) -> u64) {
        self.0.insert_unique(hash, id, |&id| hash_of(id));
    }
}

/// The addresses of all conversation tables, each stored once and named
/// by its position.
#[derive(Debug, Clone, Default)]
pub(super) struct Addrs {
    list: Vec<Addr>,
    index: Index,
    seed: foldhash::fast::RandomState,
}

impl Addrs {
    fn find(&self, a: &Addr) -> Option<u32> {
        let h = self.seed.hash_one(a);
        self.index.find(h, |id| self.list[id as usize] == *a)
    }

    /// About what interning `n` more addresses adds to the heap (the
    /// list may double; [`Addrs::intern`] charges what it does).
    fn cost(&self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let list = if self.list.len() + n > self.list.capacity() {
            (self.list.len() + n).max(2 * self.list.capacity()) - self.list.capacity()
        } else {
            0
        };
        list * std::mem::size_of::<Addr>() + self.index.bytes_after_one_more() - self.index.bytes()
    }

    fn intern(&mut self, a: Addr, budget: &mut Budget) -> u32 {
        if let Some(id) = self.find(&a) {
            return id;
        }
        let (cap, idx) = (self.list.capacity(), self.index.bytes());
        let id = self.list.len() as u32;
        self.list.push(a);
        let (list, seed) = (&self.list, &self.seed);
        self.index
            .insert(seed.hash_one(a), id, |id| seed.hash_one(list[id as usize]));
        let size = std::mem::size_of::<Addr>();
        budget.resize(
            cap * size + idx,
            self.list.capacity() * size + self.index.bytes(),
        );
        id
    }

    pub(super) fn get(&self, id: u32) -> Addr {
        self.list[id as usize]
    }
}

/// One conversation: its key (two address ids and ports, the lower side
/// first), which side spoke first, and its counts and times. Packed to
/// four bytes: 88 bytes, where the 16-byte alignment of the times would
/// pad it to 96.
#[derive(Debug, Clone, Copy)]
#[repr(C, packed(4))]
struct Rec {
    lo: u32,
    hi: u32,
    lo_port: u16,
    hi_port: u16,
    /// [`A_IS_HI`], [`HAS_STREAM`].
    flags: u32,
    /// A to B, B to A (A sent the first packet).
    packets: [u64; 2],
    bytes: [u64; 2],
    first_ns: i128,
    last_ns: i128,
    stream: u64,
}

/// Side A (the first packet's sender) is the key's higher side.
const A_IS_HI: u32 = 1;
/// `stream` holds the first packet's stream number.
const HAS_STREAM: u32 = 2;

/// What a conversation costs besides its record (charged with its chunk)
/// and its index slot (charged as the index grows): the report's working
/// lists, its place in the order and two endpoint entries.
const REPORT_COST: usize = 4 + 2 * 16;

impl Rec {
    /// Side A and side B: (address id, port).
    fn sides(&self) -> [(u32, u16); 2] {
        let (lo, hi) = ((self.lo, self.lo_port), (self.hi, self.hi_port));
        if self.flags & A_IS_HI != 0 {
            [hi, lo]
        } else {
            [lo, hi]
        }
    }

    fn count(&self, dir: usize) -> Count {
        let (p, b) = (self.packets, self.bytes);
        Count {
            packets: p[dir],
            bytes: b[dir],
        }
    }

    fn total_bytes(&self) -> u64 {
        let b = self.bytes;
        b[0] + b[1]
    }

    fn total_packets(&self) -> u64 {
        let p = self.packets;
        p[0] + p[1]
    }
}

/// One kind's conversations (`eth`, `ip`, `ipv6`, `tcp`, `udp`).
#[derive(Debug, Clone)]
pub(super) struct ConvStore {
    chunks: Vec<Vec<Rec>>,
    len: usize,
    index: Index,
    seed: foldhash::fast::RandomState,
    /// Endpoints have ports (TCP, UDP).
    ported: bool,
    cap: usize,
    /// Packets of conversations turned away (over the cap or the budget).
    pub(super) overflow: u64,
}

fn key_hash(seed: &foldhash::fast::RandomState, lo: (u32, u16), hi: (u32, u16)) -> u64 {
    seed.hash_one((
        u64::from(lo.0) << 32 | u64::from(hi.0),
        u32::from(lo.1) << 16 | u32::from(hi.1),
    ))
}

impl ConvStore {
    pub(super) fn new(ported: bool, cap: usize) -> Self {
        ConvStore {
            chunks: Vec::new(),
            len: 0,
            index: Index::default(),
            seed: foldhash::fast::RandomState::default(),
            ported,
            // Ids keep their top bit free (see `SIDE_B`).
            cap: cap.min(SIDE_B as usize - 1),
            overflow: 0,
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn rec(&self, id: u32) -> &Rec {
        &self.chunks[id as usize / CHUNK][id as usize % CHUNK]
    }

    fn rec_mut(&mut self, id: u32) -> &mut Rec {
        &mut self.chunks[id as usize / CHUNK][id as usize % CHUNK]
    }

    fn find(&self, lo: (u32, u16), hi: (u32, u16)) -> Option<u32> {
        let h = key_hash(&self.seed, lo, hi);
        self.index.find(h, |id| {
            let r = self.rec(id);
            (r.lo, r.lo_port, r.hi, r.hi_port) == (lo.0, lo.1, hi.0, hi.1)
        })
    }

    fn endpoint(&self, addrs: &Addrs, (id, port): (u32, u16)) -> Endpoint {
        Endpoint {
            addr: addrs.get(id),
            port: self.ported.then_some(port),
        }
    }

    /// Counts a packet of `len` bytes from `src` to `dst` at `ts_ns` (the
    /// first packet's `stream` is kept). A new conversation over the cap or
    /// the budget is turned away and its packet counted in `overflow`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add(
        &mut self,
        addrs: &mut Addrs,
        src: Endpoint,
        dst: Endpoint,
        ts_ns: i128,
        len: u64,
        stream: Option<u64>,
        budget: &mut Budget,
    ) {
        let (s_addr, d_addr) = (addrs.find(&src.addr), addrs.find(&dst.addr));
        let port = |e: &Endpoint| e.port.unwrap_or(0);
        if let (Some(s), Some(d)) = (s_addr, d_addr) {
            let (s, d) = ((s, port(&src)), (d, port(&dst)));
            let (lo, hi) = if s <= d { (s, d) } else { (d, s) };
            if let Some(id) = self.find(lo, hi) {
                let r = self.rec_mut(id);
                let dir = usize::from(r.sides()[0] != s);
                let (mut p, mut b) = (r.packets, r.bytes);
                p[dir] += 1;
                b[dir] += len;
                r.packets = p;
                r.bytes = b;
                r.first_ns = r.first_ns.min(ts_ns);
                r.last_ns = r.last_ns.max(ts_ns);
                return;
            }
        }
        // A new conversation: its record, its index slot, a new chunk and
        // new addresses, each charged before it is made.
        let new_addrs =
            usize::from(s_addr.is_none()) + usize::from(d_addr.is_none() && dst.addr != src.addr);
        let chunk = if self.len.is_multiple_of(CHUNK) {
            CHUNK * std::mem::size_of::<Rec>()
        } else {
            0
        };
        let cost = REPORT_COST
            + chunk
            + addrs.cost(new_addrs)
            + (self.index.bytes_after_one_more() - self.index.bytes());
        if self.len >= self.cap
            || budget.is_over()
            || budget.used().saturating_add(cost) > budget.max_total_bytes
        {
            self.overflow += 1;
            return;
        }
        let s = (addrs.intern(src.addr, budget), port(&src));
        let d = (addrs.intern(dst.addr, budget), port(&dst));
        let (lo, hi) = if s <= d { (s, d) } else { (d, s) };
        let id = self.len as u32;
        if self.len.is_multiple_of(CHUNK) {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        let mut packets = [0; 2];
        let mut bytes = [0; 2];
        packets[0] = 1;
        bytes[0] = len;
        let mut flags = if stream.is_some() { HAS_STREAM } else { 0 };
        if s != lo {
            flags |= A_IS_HI;
        }
        if let Some(last) = self.chunks.last_mut() {
            last.push(Rec {
                lo: lo.0,
                hi: hi.0,
                lo_port: lo.1,
                hi_port: hi.1,
                flags,
                packets,
                bytes,
                first_ns: ts_ns,
                last_ns: ts_ns,
                stream: stream.unwrap_or(0),
            });
        }
        self.len += 1;
        let idx_was = self.index.bytes();
        {
            let (chunks, seed) = (&self.chunks, &self.seed);
            self.index.insert(key_hash(seed, lo, hi), id, |id| {
                let r = &chunks[id as usize / CHUNK][id as usize % CHUNK];
                key_hash(seed, (r.lo, r.lo_port), (r.hi, r.hi_port))
            });
        }
        budget.resize(idx_was, self.index.bytes());
        budget.charge(REPORT_COST + chunk);
    }

    /// The report's table: conversations sorted by `sort` and cut to
    /// `top`, endpoints summed and sorted alike. Only the rows shown are
    /// made; the working lists are an id per conversation and two
    /// endpoint entries (charged with each record).
    pub(super) fn report(
        &self,
        addrs: &Addrs,
        (kind, osi): (&'static str, u8),
        sort: SortKey,
        top_n: usize,
        first: i128,
    ) -> super::ConvTable {
        let secs = |ns: i128| ns as f64 / 1e9;
        let ep = |side: (u32, u16)| self.endpoint(addrs, side);
        let ends = |x: &Rec, y: &Rec| {
            let (xs, ys) = (x.sides(), y.sides());
            ep(xs[0]).cmp(&ep(ys[0])).then(ep(xs[1]).cmp(&ep(ys[1])))
        };
        let start = |r: &Rec| secs(r.first_ns - first);
        let duration = |r: &Rec| secs(r.last_ns - r.first_ns);
        let by_conv = |x: &Rec, y: &Rec| -> Ordering {
            let main = match sort {
                SortKey::Bytes => y.total_bytes().cmp(&x.total_bytes()),
                SortKey::Packets => y.total_packets().cmp(&x.total_packets()),
                SortKey::Duration => duration(y).total_cmp(&duration(x)),
            };
            main.then(start(x).total_cmp(&start(y)))
                .then_with(|| ends(x, y))
        };
        let mut order: Vec<u32> = (0..self.len as u32).collect();
        order.sort_by(|&x, &y| by_conv(self.rec(x), self.rec(y)));
        order.truncate(top_n);
        let conversations = order
            .iter()
            .map(|&id| {
                let r = self.rec(id);
                let [a, b] = r.sides();
                let (a_to_b, b_to_a) = (r.count(0), r.count(1));
                super::Conversation {
                    a: ep(a),
                    b: ep(b),
                    a_to_b,
                    b_to_a,
                    packets: r.total_packets(),
                    bytes: r.total_bytes(),
                    start: start(r),
                    duration: duration(r),
                    stream: (r.flags & HAS_STREAM != 0).then_some(r.stream),
                }
            })
            .collect();
        drop(order);

        // Endpoints: each conversation gives each side what it sent and
        // received; entries sorted by endpoint, each run summed, and only
        // the `top` largest sums kept as the runs go by.
        let key = |(id, port): (u32, u16)| u64::from(id) << 16 | u64::from(port);
        let mut entries: Vec<(u64, u32)> = Vec::with_capacity(self.len * 2);
        for id in 0..self.len as u32 {
            let [a, b] = self.rec(id).sides();
            entries.push((key(a), id));
            entries.push((key(b), id | SIDE_B));
        }
        entries.sort_unstable_by_key(|e| e.0);
        let side = |k: u64| ((k >> 16) as u32, k as u16);
        let ep_total = |e: &(u64, Count, Count)| match sort {
            SortKey::Packets => e.1.packets + e.2.packets,
            SortKey::Bytes | SortKey::Duration => e.1.bytes + e.2.bytes,
        };
        let by_ep = |x: &(u64, Count, Count), y: &(u64, Count, Count)| {
            ep_total(y)
                .cmp(&ep_total(x))
                .then_with(|| ep(side(x.0)).cmp(&ep(side(y.0))))
        };
        let mut best: Vec<(u64, Count, Count)> = Vec::new();
        let mut endpoints_total = 0;
        for run in entries.chunk_by(|x, y| x.0 == y.0) {
            endpoints_total += 1;
            let (mut tx, mut rx) = (Count::default(), Count::default());
            for &(_, id) in run {
                let r = self.rec(id & !SIDE_B);
                // Side A sends A to B; side B sends B to A.
                let dir = usize::from(id & SIDE_B != 0);
                let (t, x) = (r.count(dir), r.count(1 - dir));
                tx.packets += t.packets;
                tx.bytes += t.bytes;
                rx.packets += x.packets;
                rx.bytes += x.bytes;
            }
            best.push((run[0].0, tx, rx));
            if top_n < usize::MAX / 4 && best.len() >= (2 * top_n).max(1024) {
                best.sort_by(by_ep);
                best.truncate(top_n);
            }
        }
        drop(entries);
        best.sort_by(by_ep);
        best.truncate(top_n);
        let endpoints = best
            .into_iter()
            .map(|(k, tx, rx)| super::EndpointStats {
                endpoint: ep(side(k)),
                tx,
                rx,
                packets: tx.packets + rx.packets,
                bytes: tx.bytes + rx.bytes,
            })
            .collect();
        super::ConvTable {
            kind,
            osi,
            total: self.len,
            overflow: self.overflow,
            conversations,
            endpoints,
            endpoints_total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(last: u8, port: Option<u16>) -> Endpoint {
        Endpoint {
            addr: Addr::V4([10, 0, 0, last]),
            port,
        }
    }

    #[test]
    fn conversations_and_endpoints_are_summed_by_side() {
        let mut addrs = Addrs::default();
        let mut t = ConvStore::new(true, 100);
        let mut budget = Budget::new(1 << 20);
        let (c, s) = (v4(2, Some(40000)), v4(1, Some(80)));
        // The client speaks first: it is side A though its key sorts last.
        t.add(&mut addrs, c, s, 10, 100, Some(7), &mut budget);
        t.add(&mut addrs, s, c, 30, 1000, Some(7), &mut budget);
        t.add(&mut addrs, c, s, 20, 60, Some(7), &mut budget);
        // Another client of the same server, smaller.
        let c2 = v4(3, Some(40001));
        t.add(&mut addrs, c2, s, 40, 50, Some(8), &mut budget);
        let r = t.report(&addrs, ("tcp", 4), SortKey::Bytes, usize::MAX, 0);
        assert_eq!((r.total, r.endpoints_total, r.overflow), (2, 3, 0));
        let first = &r.conversations[0];
        assert_eq!((first.a, first.b), (c, s));
        assert_eq!((first.a_to_b.packets, first.a_to_b.bytes), (2, 160));
        assert_eq!((first.b_to_a.packets, first.b_to_a.bytes), (1, 1000));
        assert_eq!((first.start, first.duration), (10e-9, 20e-9));
        assert_eq!(first.stream, Some(7));
        assert_eq!(r.conversations[1].a, c2);
        let server = &r.endpoints[0];
        assert_eq!(server.endpoint, s);
        assert_eq!((server.tx.bytes, server.rx.bytes), (1000, 210));
        assert_eq!(r.endpoints[1].endpoint, c);
        // Cut to the top one: the same first rows.
        let top = t.report(&addrs, ("tcp", 4), SortKey::Bytes, 1, 0);
        assert_eq!(top.conversations.len(), 1);
        assert_eq!(top.endpoints.len(), 1);
        assert_eq!(top.endpoints[0].endpoint, s);
        assert_eq!((top.total, top.endpoints_total), (2, 3));
    }

    #[test]
    fn new_conversations_past_the_cap_or_budget_are_counted_not_kept() {
        let mut addrs = Addrs::default();
        let mut t = ConvStore::new(false, 3);
        let mut budget = Budget::new(1 << 20);
        for i in 0..5 {
            t.add(
                &mut addrs,
                v4(i, None),
                v4(200, None),
                0,
                1,
                None,
                &mut budget,
            );
        }
        // A kept conversation still counts.
        t.add(
            &mut addrs,
            v4(200, None),
            v4(0, None),
            1,
            1,
            None,
            &mut budget,
        );
        let r = t.report(&addrs, ("ip", 3), SortKey::Packets, usize::MAX, 0);
        assert_eq!((r.total, r.overflow), (3, 2));
        assert_eq!(r.conversations[0].b_to_a.packets, 1);
        // The first chunk of records is charged whole.
        assert!(budget.used() >= CHUNK * std::mem::size_of::<Rec>() + 3 * REPORT_COST);
        // A budget too small for a chunk turns every new one away.
        let mut small = Budget::new(CHUNK * std::mem::size_of::<Rec>() / 2);
        let mut t = ConvStore::new(false, 100);
        let mut addrs = Addrs::default();
        for i in 0..50 {
            t.add(
                &mut addrs,
                v4(i, None),
                v4(200, None),
                0,
                1,
                None,
                &mut small,
            );
        }
        assert_eq!((t.len, t.overflow, small.used()), (0, 50, 0));
    }

    #[test]
    fn a_record_is_a_few_dozen_bytes() {
        assert_eq!(std::mem::size_of::<Rec>(), 88);
    }
}
