//! Community ID flow hashing (corelight's community-id-spec, version 1):
//! one string per flow, the same for both directions, so a packet here can
//! be joined with Zeek, Suricata or Elastic records of the same flow.
//!
//! `1:` + base64(SHA-1(seed (2 bytes, big-endian) · lower address · higher
//! address · IP protocol · 0 · lower port · higher port)), the endpoints
//! ordered so both directions hash alike. ICMP and ICMPv6 use type and code
//! as ports, a request's type paired with its reply's so an exchange is one
//! flow; a message with no reply type (an error) is hashed one way.
//!
//! As tshark's `communityid` post-dissector (`--enable-protocol
//! communityid`) computes it: the innermost IPv4/IPv6 addresses (a
//! tunnel's inner packet; not a datagram an ICMP error quotes); ICMP first
//! (an error quotes a datagram whose ports must not count), then the last
//! TCP or UDP header's ports (even outside the innermost IP header, as
//! Teredo's UDP), then SCTP's; a packet with none of those (a fragment that
//! is not the last, another protocol) is hashed by the first IPv4 header's
//! protocol number alone (GRE's 47 for a tunnelled OSPF packet, as tshark
//! reads the first `ip.proto`). IPv6 with none of them gets no ID, as in
//! tshark. The layer goes right after the
//! layer that gave the ports (or the IP layer).

use super::layer::{Layer, Value};
use base64::Engine;
use sha1::{Digest, Sha1};

pub mod fields {
    use crate::dissect::field::{FieldDef as F, FieldType::*};
    use crate::field;

    pub static COMMUNITYID: &F = field!(
        F::new("communityid", String, "Community ID")
            .blurb("Community ID hash value for this packet's flow")
    );

    pub static ALL: &[&F] = &[COMMUNITYID];
}

use super::fields as f;

/// The ID of one flow tuple. `ports` are the source and destination ports
/// (ICMP: type and code); `None` for a protocol without ports.
pub fn compute(seed: u16, proto: u8, src: &[u8], dst: &[u8], ports: Option<(u16, u16)>) -> String {
    let mut one_way = false;
    let ports = ports.map(|(s, d)| match proto {
        1 => {
            let reply = match s {
                8 => Some(0),
                0 => Some(8),
                13 => Some(14),
                14 => Some(13),
                15 => Some(16),
                16 => Some(15),
                10 => Some(9),
                9 => Some(10),
                17 => Some(18),
                18 => Some(17),
                _ => None,
            };
            one_way = reply.is_none();
            (s, reply.unwrap_or(d))
        }
        58 => {
            let reply = match s {
                128 => Some(129),
                129 => Some(128),
                130 => Some(131),
                131 => Some(130),
                133 => Some(134),
                134 => Some(133),
                135 => Some(136),
                136 => Some(135),
                139 => Some(140),
                140 => Some(139),
                144 => Some(145),
                145 => Some(144),
                _ => None,
            };
            one_way = reply.is_none();
            (s, reply.unwrap_or(d))
        }
        _ => (s, d),
    });
    let ordered = one_way
        || match src.cmp(dst) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Equal => ports.is_none_or(|(s, d)| s < d),
            std::cmp::Ordering::Greater => false,
        };
    let (a, b, ports) = if ordered {
        (src, dst, ports)
    } else {
        (dst, src, ports.map(|(s, d)| (d, s)))
    };
    // Every packet of a flow has the same ID: a small cache keyed by what
    // the hash is taken over spares a SHA-1 and a base64 a packet (a tenth
    // of the line view's instructions). Addresses are 4 or 16 bytes, so
    // the key (2 + 16 + 16 + 2 + 4 bytes) always fits; anything longer is
    // hashed uncached.
    let make = || {
        let mut h = Sha1::new();
        h.update(seed.to_be_bytes());
        h.update(a);
        h.update(b);
        h.update([proto, 0]);
        if let Some((s, d)) = ports {
            h.update(s.to_be_bytes());
            h.update(d.to_be_bytes());
        }
        let mut out = String::with_capacity(30);
        out.push_str("1:");
        base64::engine::general_purpose::STANDARD.encode_string(h.finalize(), &mut out);
        out
    };
    if a.len() > 16 || b.len() > 16 {
        return make();
    }
    let mut key = [0u8; 40];
    let mut n = 0;
    for part in [&seed.to_be_bytes()[..], a, b, &[proto, 0]] {
        key[n..n + part.len()].copy_from_slice(part);
        n += part.len();
    }
    if let Some((s, d)) = ports {
        key[n..n + 2].copy_from_slice(&s.to_be_bytes());
        key[n + 2..n + 4].copy_from_slice(&d.to_be_bytes());
        n += 4;
    }
    cache::get(&key[..n], make)
}

/// Recent flows' IDs by the bytes they were hashed from.
mod cache {
    use std::cell::RefCell;

    const SLOTS: usize = 1024;

    struct Slot {
        len: u8,
        input: [u8; 40],
        id: String,
    }

    thread_local! {
        static SLOTS_: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    }

    /// The ID of `input`, made by `make` unless cached.
    pub(super) fn get(input: &[u8], make: impl FnOnce() -> String) -> String {
        if input.len() > 40 {
            return make();
        }
        let at = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        }) as usize
            % SLOTS;
        let hit = SLOTS_.try_with(|s| {
            let s = s.try_borrow().ok()?;
            let slot = s.get(at)?;
            (usize::from(slot.len) == input.len() && &slot.input[..input.len()] == input)
                .then(|| slot.id.clone())
        });
        if let Ok(Some(id)) = hit {
            return id;
        }
        let id = make();
        let _ = SLOTS_.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if s.is_empty() {
                    s.resize_with(SLOTS, || Slot {
                        len: 0,
                        input: [0; 40],
                        id: String::new(),
                    });
                }
                let mut key = [0u8; 40];
                key[..input.len()].copy_from_slice(input);
                s[at] = Slot {
                    len: input.len() as u8,
                    input: key,
                    id: id.clone(),
                };
            }
        });
        id
    }
}

fn uint(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Option<u16> {
    l.get_uint(def).and_then(|v| u16::try_from(v).ok())
}

/// An IP layer's source and destination addresses; none from an IPv4
/// header cut short (tshark's exception in the options comes before it
/// records the addresses for the packet). Layers of a reassembled
/// datagram cover no bytes of the frame: their header is whole.
fn addrs<'s>(ip: &'s Layer<'_>) -> Option<(&'s [u8], &'s [u8])> {
    if !ip.span.is_empty()
        && ip
            .get_uint(f::ip::HDR_LEN)
            .is_some_and(|h| (ip.span.len() as u64) < h)
    {
        return None;
    }
    match (ip.get(f::ip::SRC), ip.get(f::ip::DST)) {
        (Some(Value::Ipv4(s)), Some(Value::Ipv4(d))) => Some((s, d)),
        _ => match (ip.get(f::ipv6::SRC), ip.get(f::ipv6::DST)) {
            (Some(Value::Ipv6(s)), Some(Value::Ipv6(d))) => Some((s, d)),
            _ => None,
        },
    }
}

/// Adds the `communityid` layer to a frame's layers, when the frame is IP
/// and its flow can be named.
pub(crate) fn append(layers: &mut Vec<Layer<'_>>, seed: u16) {
    // tshark hashes the addresses the last IP header set (the innermost
    // of a tunnel's), but not those of a datagram an ICMP error quotes:
    // the last IP layer with addresses before the first ICMP layer.
    let quoted = layers
        .iter()
        .position(|l| l.protocol == "icmp" || l.protocol == "icmpv6")
        .unwrap_or(layers.len());
    // The addresses as the search found them (reading them again cost
    // some 300 instructions a packet).
    let Some((ip_at, (src, dst))) = layers[..quoted]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, l)| l.protocol == "ip" || l.protocol == "ipv6")
        .find_map(|(i, l)| Some((i, addrs(l)?)))
    else {
        return;
    };
    let ip = &layers[ip_at];
    let v4 = ip.protocol == "ip";
    // ICMP first; else the last TCP or UDP header (tshark reads the ports
    // the last transport dissector set: a Teredo packet with no inner
    // transport is hashed with the outer UDP ports).
    let icmp = layers.get(quoted).and_then(|l| match l.protocol {
        "icmp" if v4 => Some((1, uint(l, f::icmp::TYPE)?, uint(l, f::icmp::CODE)?)),
        "icmpv6" if !v4 => Some((58, uint(l, f::icmpv6::TYPE)?, uint(l, f::icmpv6::CODE)?)),
        _ => None,
    });
    let found = match icmp {
        Some(got) => Some((quoted, got)),
        None => layers[..quoted]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, l)| match l.protocol {
                "tcp" => Some((i, (6, uint(l, f::tcp::SRCPORT)?, uint(l, f::tcp::DSTPORT)?))),
                "udp" => Some((
                    i,
                    (17, uint(l, f::udp::SRCPORT)?, uint(l, f::udp::DSTPORT)?),
                )),
                "sctp" => Some((
                    i,
                    (132, uint(l, f::sctp::SRCPORT)?, uint(l, f::sctp::DSTPORT)?),
                )),
                _ => None,
            }),
    };
    let (at, id) = match found {
        Some((i, (proto, s, d))) => (i, compute(seed, proto, src, dst, Some((s, d)))),
        None => {
            // By protocol number alone: the first IPv4 header's (tshark
            // reads the first `ip.proto`; an IPv6-only packet gets no ID),
            // with the innermost addresses.
            let Some(outer) = layers[..quoted]
                .iter()
                .find(|l| l.protocol == "ip" && l.has(f::ip::PROTO))
            else {
                return;
            };
            let Some(proto) = outer
                .get_uint(f::ip::PROTO)
                .and_then(|p| u8::try_from(p).ok())
            else {
                return;
            };
            (ip_at, compute(seed, proto, src, dst, None))
        }
    };
    // It takes the OSI layer of the layer it follows (the ICMP message's
    // network layer, TCP's transport layer), so the tree's grouping holds.
    let osi = layers[at].osi;
    let mut l = Layer::new(osi, "communityid", 0..0);
    l.str(f::communityid::COMMUNITYID, id);
    layers.insert(at + 1, l);
}

/// The tree's one-line summary: the ID.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(id) = l.get_str(f::communityid::COMMUNITYID) {
        out.push_str(id);
    }
}

#[cfg(test)]
mod tests {
    use super::compute;

    fn v4(s: &str) -> Vec<u8> {
        s.parse::<std::net::Ipv4Addr>().unwrap().octets().to_vec()
    }
    fn v6(s: &str) -> Vec<u8> {
        s.parse::<std::net::Ipv6Addr>().unwrap().octets().to_vec()
    }

    /// The spec's table of default-seed results (baseline/README.md).
    #[test]
    fn the_specs_published_values() {
        let (a, b) = (v4("1.2.3.4"), v4("5.6.7.8"));
        let (x, y) = (
            v6("fe80:0001:0203:0405:0607:0809:0A0B:0C0D"),
            v6("fe80:1011:1213:1415:1617:1819:1A1B:1C1D"),
        );
        type Case<'a> = (u8, &'a [u8], &'a [u8], Option<(u16, u16)>, &'a str);
        let cases: &[Case<'_>] = &[
            (
                6,
                &a,
                &b,
                Some((1122, 3344)),
                "1:wCb3OG7yAFWelaUydu0D+125CLM=",
            ),
            (
                6,
                &b,
                &a,
                Some((3344, 1122)),
                "1:wCb3OG7yAFWelaUydu0D+125CLM=",
            ),
            (
                17,
                &a,
                &b,
                Some((1122, 3344)),
                "1:0Mu9InQx6z4ZiCZM/7HXi2WMhOg=",
            ),
            (
                17,
                &b,
                &a,
                Some((3344, 1122)),
                "1:0Mu9InQx6z4ZiCZM/7HXi2WMhOg=",
            ),
            (
                132,
                &a,
                &b,
                Some((1122, 3344)),
                "1:EKt4MsxuyaE6mL+hmrEkQ9csDD8=",
            ),
            (
                132,
                &b,
                &a,
                Some((3344, 1122)),
                "1:EKt4MsxuyaE6mL+hmrEkQ9csDD8=",
            ),
            (1, &a, &b, Some((8, 0)), "1:crodRHL2FEsHjbv3UkRrfbs4bZ0="),
            (1, &b, &a, Some((0, 0)), "1:crodRHL2FEsHjbv3UkRrfbs4bZ0="),
            (1, &a, &b, Some((11, 0)), "1:f/YiSyWqczrTgfUCZlBUnvHRcPk="),
            (58, &x, &y, Some((128, 0)), "1:0bf7hyMJUwt3fMED7z8LIfRpBeo="),
            (58, &y, &x, Some((129, 0)), "1:0bf7hyMJUwt3fMED7z8LIfRpBeo="),
            (58, &x, &y, Some((146, 0)), "1:fYC8+pz24E+EhANP1EZhpX0Dw10="),
            (46, &a, &b, None, "1:ikv3kmf89luf73WPz1jOs49S768="),
            (46, &b, &a, None, "1:ikv3kmf89luf73WPz1jOs49S768="),
            (46, &x, &y, None, "1:wQ/2mwrnXP4lmJcHdGL5ePjR+e0="),
            (46, &y, &x, None, "1:wQ/2mwrnXP4lmJcHdGL5ePjR+e0="),
        ];
        // Twice: the second round answers from the cache.
        for _ in 0..2 {
            for (proto, s, d, ports, want) in cases {
                assert_eq!(&compute(0, *proto, s, d, *ports), want, "{proto} {ports:?}");
            }
        }
        // A seed is part of the key.
        assert_ne!(
            compute(1, 6, &a, &b, Some((1122, 3344))),
            "1:wCb3OG7yAFWelaUydu0D+125CLM="
        );
    }
}
