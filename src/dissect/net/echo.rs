//! Echo request/reply matching for ICMP and ICMPv6, as tshark's first (and,
//! with `tshark -r`, only) pass does it: a request opens a transaction, the
//! first reply that finds it gets `icmp.resp_to` / `icmpv6.resp_to`, the
//! time since the request (`icmp.resptime` / `icmpv6.resptime`, in ms) and
//! "(request in N)" in its Info.
//!
//! tshark keys a transaction by its conversation (the two addresses, either
//! direction), the identifier, the sequence number and the checksum with the
//! type's share taken out (so a request and its reply, which differ only in
//! the type, give the same key; a reply with other data does not match).
//! A second request with the same key replaces the first, as tshark's tree
//! insert does; a second reply to an answered request matches nothing.
//!
//! What one pass cannot say: "(reply in N)" on a request and "(no response
//! found!)" on an unanswered one are written by tshark's second pass only
//! (`tshark -2`, Wireshark's GUI), when every reply is known. We print what
//! `tshark -r` prints.
//!
//! State is bounded: at most [`CAP`] transactions, the oldest forgotten
//! first, and what they hold is charged to the dissector's memory budget
//! ([`crate::flow::budget`]): when it is exceeded and the transactions hold
//! a large share of it, the oldest quarter is forgotten (and counted as
//! evicted).

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::flow::budget::Budget;
use foldhash::HashMap;
use std::collections::VecDeque;

/// Transactions remembered at most (each some 64 bytes).
const CAP: usize = 16_384;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    /// The two addresses, lower first (IPv4 in the first 4 bytes).
    a: [u8; 16],
    b: [u8; 16],
    v6: bool,
    id: u16,
    seq: u16,
    /// The checksum without the type and code (ones' complement).
    sum: u16,
}

#[derive(Debug, Clone, Copy)]
struct Transaction {
    request: u64,
    /// The request's capture time, nanoseconds since the epoch (64 bits
    /// reach 2262; a request past that opens no transaction). Half the
    /// entry an i128 would make, at 16,384 entries.
    time: i64,
    answered: bool,
}

/// Open echo transactions of a capture.
#[derive(Debug, Default)]
pub(crate) struct Echoes {
    open: HashMap<Key, Transaction>,
    order: VecDeque<(Key, u64)>,
    /// What the two were charged to the budget.
    charged: usize,
}

/// `x - y` in ones' complement arithmetic (16 bits).
fn ones_sub(x: u16, y: u16) -> u16 {
    let s = u32::from(x) + u32::from(!y);
    ((s & 0xffff) + (s >> 16)) as u16
}

/// A time difference in milliseconds, as Wireshark's `nstime_to_msec`
/// computes it: whole seconds times 1000 plus the nanoseconds over 10^6
/// (both truncated toward zero, of the same sign), in doubles.
fn milliseconds(delta_ns: i128) -> f64 {
    let secs = delta_ns / 1_000_000_000;
    let nanos = delta_ns % 1_000_000_000;
    secs as f64 * 1000.0 + nanos as f64 / 1_000_000.0
}

fn addr(v: Option<&Value<'_>>) -> Option<[u8; 16]> {
    let mut a = [0u8; 16];
    match v? {
        Value::Ipv4(x) => a[..4].copy_from_slice(x),
        Value::Ipv6(x) => a = *x,
        _ => return None,
    }
    Some(a)
}

impl Echoes {
    /// Matches the frame's own ICMP or ICMPv6 echo (not one quoted inside
    /// an error) and marks a reply with its request's frame.
    pub(crate) fn mark(
        &mut self,
        layers: &mut [Layer<'_>],
        frame: u64,
        ts_ns: i128,
        budget: &mut Budget,
    ) {
        let Some(i) = layers
            .iter()
            .position(|l| l.osi == Osi::Network && matches!(l.protocol, "icmp" | "icmpv6"))
        else {
            return;
        };
        let Some((ip, rest)) = i.checked_sub(1).map(|k| layers[k..].split_at_mut(1)) else {
            return;
        };
        let (ip, icmp) = (&ip[0], &mut rest[0]);
        let v6 = icmp.protocol == "icmpv6";
        let (src, dst) = match (v6, ip.protocol) {
            (false, "ip") => (ip.get(f::ip::SRC), ip.get(f::ip::DST)),
            (true, "ipv6") => (ip.get(f::ipv6::SRC), ip.get(f::ipv6::DST)),
            _ => return,
        };
        let (Some(src), Some(dst)) = (addr(src), addr(dst)) else {
            return;
        };
        let (t, code, ck, id, seq) = if v6 {
            (
                icmp.get_uint(f::icmpv6::TYPE),
                icmp.get_uint(f::icmpv6::CODE),
                icmp.get_uint(f::icmpv6::CHECKSUM),
                icmp.get_uint(f::icmpv6::ECHO_IDENTIFIER),
                icmp.get_uint(f::icmpv6::ECHO_SEQUENCE_NUMBER),
            )
        } else {
            (
                icmp.get_uint(f::icmp::TYPE),
                icmp.get_uint(f::icmp::CODE),
                icmp.get_uint(f::icmp::CHECKSUM),
                icmp.get_uint(f::icmp::IDENT),
                icmp.get_uint(f::icmp::SEQ),
            )
        };
        let (Some(t), Some(code), Some(ck), Some(id), Some(seq)) = (t, code, ck, id, seq) else {
            return;
        };
        let request = match (v6, t) {
            (false, 8) | (true, 128) => true,
            (false, 0) | (true, 129) => false,
            _ => return,
        };
        let (a, b) = if src <= dst { (src, dst) } else { (dst, src) };
        let key = Key {
            a,
            b,
            v6,
            id: id as u16,
            seq: seq as u16,
            sum: ones_sub(!(ck as u16), ((t as u16) << 8) | code as u16),
        };
        if request {
            let Ok(time) = i64::try_from(ts_ns) else {
                // Its reply must not find an older request of the same key.
                self.open.remove(&key);
                return;
            };
            if self.order.len() >= CAP {
                self.forget_oldest(1);
            }
            if budget.is_over() && self.charged > budget.max_total_bytes / 4 {
                let gone = self.forget_oldest(self.order.len() / 4);
                budget.note_evicted(gone);
            }
            self.open.insert(
                key,
                Transaction {
                    request: frame,
                    time,
                    answered: false,
                },
            );
            self.order.push_back((key, frame));
            self.charge(budget);
        } else if let Some(tr) = self.open.get_mut(&key)
            && !tr.answered
        {
            tr.answered = true;
            let (to, time) = if v6 {
                (f::icmpv6::RESP_TO, f::icmpv6::RESPTIME)
            } else {
                (f::icmp::RESP_TO, f::icmp::RESPTIME)
            };
            icmp.uint(to, tr.request);
            icmp.push(
                time,
                Value::Double(milliseconds(ts_ns - i128::from(tr.time))),
            );
        }
    }

    /// Forgets the `n` oldest requests; returns how many transactions went
    /// (a request replaced by a later one with the same key left only its
    /// place in `order`).
    fn forget_oldest(&mut self, n: usize) -> u64 {
        let mut gone = 0;
        for _ in 0..n {
            let Some((old, at)) = self.order.pop_front() else {
                break;
            };
            if self.open.get(&old).is_some_and(|t| t.request == at) {
                self.open.remove(&old);
                gone += 1;
            }
        }
        gone
    }

    /// Charges what the transactions hold now (by length, never capacity:
    /// see [`crate::flow::table_bytes`]).
    fn charge(&mut self, budget: &mut Budget) {
        let now = crate::flow::table_bytes::<(Key, Transaction)>(self.open.len())
            + self.order.len() * std::mem::size_of::<(Key, u64)>();
        budget.resize(self.charged, now);
        self.charged = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_and_reply_checksums_give_one_key() {
        // A request (type 8) and its reply (type 0) with the same id, seq
        // and data: their checksums differ by 0x0800 in the sum.
        let data_sum: u16 = 0x1234;
        let req = !(data_sum.wrapping_add(0x0800));
        let rep = !data_sum;
        assert_eq!(ones_sub(!req, 0x0800), ones_sub(!rep, 0));
    }

    #[test]
    fn response_times_are_milliseconds_as_wireshark_computes_them() {
        assert_eq!(milliseconds(8_000), 0.008);
        assert_eq!(milliseconds(1_500_000_000), 1500.0);
        assert_eq!(milliseconds(-2_250_000_000), -2250.0);
    }
}
