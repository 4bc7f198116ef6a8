//! ARP's duplicate address detection, as packet-arp.c does it by default:
//! the first MAC address a request or reply binds an IPv4 address to is
//! remembered (and refreshed while the same MAC keeps using it); a later
//! frame binding the address to another MAC gets
//! `arp.duplicate-address-frame` (the last frame of the earlier binding)
//! and ` (duplicate use of IP detected!)` in its Info. The earlier binding
//! is kept, so every later frame of the other MAC is flagged too.
//!
//! Checked: the sender's pair when its MAC is unicast and not zero and its
//! address not 0.0.0.0; in a reply the target's pair likewise, unless the
//! sender's address was already flagged.
//!
//! State is bounded: at most [`CAP`] addresses; past that, new addresses
//! are not remembered (and so never flagged).

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use foldhash::HashMap;

// tshark's item on the frame that reuses an address (`ei_seq_arp_dup_ip`).
crate::dissect::expert::ei!(
    DUPLICATE_ADDRESS,
    f::arp::DUPLICATE_ADDRESS_DETECTED,
    Sequence,
    Warn
);

/// Addresses remembered at most (each some 32 bytes).
const CAP: usize = 65_536;

/// IPv4 address → (MAC, last frame that used it).
#[derive(Debug, Default)]
pub(crate) struct Bindings {
    seen: HashMap<[u8; 4], ([u8; 6], u64)>,
}

impl Bindings {
    /// Checks the frame's ARP layer, if it has one, and marks a duplicate.
    pub(crate) fn mark(&mut self, layers: &mut [Layer<'_>], frame: u64) {
        // ARP's layer is a network layer: the others' names need no
        // comparison (every frame comes here).
        let Some(l) = layers
            .iter_mut()
            .find(|l| l.osi == Osi::Network && l.protocol == "arp")
        else {
            return;
        };
        let op = l.get_uint(f::arp::OPCODE);
        if !matches!(op, Some(1 | 2)) {
            return;
        }
        let pair = |mac: &'static crate::dissect::field::FieldDef,
                    ip: &'static crate::dissect::field::FieldDef,
                    l: &Layer<'_>| match (l.get(mac), l.get(ip)) {
            (Some(Value::Mac(m)), Some(Value::Ipv4(a))) => Some((*m, *a)),
            _ => None,
        };
        let sender = pair(f::arp::SRC_HW_MAC, f::arp::SRC_PROTO_IPV4, l);
        let target = pair(f::arp::DST_HW_MAC, f::arp::DST_PROTO_IPV4, l);
        let mut flagged: Option<([u8; 4], u64)> = None;
        if let Some((mac, ip)) = sender
            && let Some(earlier) = self.check(mac, ip, frame)
        {
            flagged = Some((ip, earlier));
        }
        if op == Some(2)
            && let Some((mac, ip)) = target
            && flagged.is_none_or(|(dup, _)| dup != ip)
            && let Some(earlier) = self.check(mac, ip, frame)
        {
            flagged = Some((ip, earlier));
        }
        if let Some((ip, earlier)) = flagged {
            l.uint(f::arp::DUPLICATE_ADDRESS_FRAME, earlier);
            crate::dissect::expert::add(
                l,
                &DUPLICATE_ADDRESS,
                Some(format!(
                    "Duplicate IP address configured ({})",
                    std::net::Ipv4Addr::from(ip)
                )),
            );
            l.push(f::arp::OSIDUMP_DUPLICATE_ADDRESS, Value::Ipv4(ip));
        }
    }

    /// The earlier binding's last frame when `ip` is bound to another MAC.
    fn check(&mut self, mac: [u8; 6], ip: [u8; 4], frame: u64) -> Option<u64> {
        if mac[0] & 1 != 0 || mac == [0; 6] || ip == [0; 4] {
            return None;
        }
        match self.seen.get_mut(&ip) {
            Some((m, last)) if *m == mac => {
                *last = frame.max(*last);
                None
            }
            Some((_, last)) => Some(*last),
            None => {
                if self.seen.len() < CAP {
                    self.seen.insert(ip, (mac, frame));
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_mac_for_one_address_is_a_duplicate_every_time() {
        let mut b = Bindings::default();
        let (a, x, y) = ([10, 0, 0, 1], [2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2]);
        assert_eq!(b.check(x, a, 1), None);
        assert_eq!(b.check(x, a, 3), None);
        assert_eq!(b.check(y, a, 5), Some(3));
        assert_eq!(b.check(y, a, 6), Some(3));
        // Broadcast, zero MACs and 0.0.0.0 bind nothing.
        assert_eq!(b.check([0xff; 6], a, 7), None);
        assert_eq!(b.check([0; 6], a, 8), None);
        assert_eq!(b.check(y, [0; 4], 9), None);
    }
}
