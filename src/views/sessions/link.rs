//! Address resolution on the link as steps of the host that asked: ARP
//! requests and replies, NDP neighbour solicitations and advertisements,
//! probes for a free address (ARP probe, duplicate address detection) and
//! announcements (gratuitous ARP, unsolicited advertisements).
//!
//! One [`Resolution`] per question — who asked, for which address — folds
//! every repeat of it: 30 identical requests are one step `×30`. A reply
//! pairs with the question it answers (its target address and the asker it
//! is sent to); its round trip is taken from the last request before it.
//! At most [`MAX_RESOLUTIONS`] are kept per view; the messages of new
//! questions past that (or past the view's memory budget) are counted, not
//! kept.

use super::super::i18n::Lang;
use super::super::{Addr, addr_field};
use super::words;
use crate::dissect::fields as f;
use crate::dissect::{Layer, Value};
use crate::flow::budget::Budget;
use crate::flow::table_bytes;
use foldhash::HashMap;

/// Questions (asker, address) remembered at once.
pub const MAX_RESOLUTIONS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Kind {
    /// Who has this address? (ARP request / neighbour solicitation)
    Resolve,
    /// Is this address free? (sender 0.0.0.0 / source `::`)
    Probe,
    /// This address is mine (gratuitous ARP / unsolicited advertisement).
    Announce,
}

/// What one ARP or NDP packet says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Msg {
    Ask {
        target: Addr,
        /// None for a probe (sender 0.0.0.0, source `::`).
        asker_ip: Option<Addr>,
        asker_mac: Option<[u8; 6]>,
    },
    Answer {
        target: Addr,
        mac: [u8; 6],
        asker_ip: Option<Addr>,
        asker_mac: Option<[u8; 6]>,
    },
    Announce {
        target: Addr,
        mac: [u8; 6],
    },
}

fn mac(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Option<[u8; 6]> {
    match addr_field(l, def) {
        Some(Addr::Mac(m)) if m != [0; 6] => Some(m),
        _ => None,
    }
}

fn unicast_mac(m: Option<[u8; 6]>) -> Option<[u8; 6]> {
    m.filter(|m| m[0] & 1 == 0)
}

fn unspecified(a: &Addr) -> bool {
    match a {
        Addr::V4(a) => *a == [0; 4],
        Addr::V6(a) => *a == [0; 16],
        Addr::Mac(_) => false,
    }
}

fn multicast(a: &Addr) -> bool {
    match a {
        Addr::V4(a) => a[0] >= 224 || *a == [255; 4],
        Addr::V6(a) => a[0] == 0xff,
        Addr::Mac(m) => m[0] & 1 == 1,
    }
}

/// An ARP packet (IPv4 over any hardware with 6-byte addresses).
pub(super) fn from_arp(arp: &Layer<'_>, eth: Option<&Layer<'_>>) -> Option<Msg> {
    let op = arp.get_uint(f::arp::OPCODE)?;
    let spa = addr_field(arp, f::arp::SRC_PROTO_IPV4)?;
    let tpa = addr_field(arp, f::arp::DST_PROTO_IPV4)?;
    let sha =
        mac(arp, f::arp::SRC_HW_MAC).or_else(|| unicast_mac(eth.and_then(|e| mac(e, f::eth::SRC))));
    let tha = unicast_mac(mac(arp, f::arp::DST_HW_MAC));
    let ip = |a: Addr| Some(a).filter(|a| !unspecified(a));
    match op {
        _ if spa == tpa && !unspecified(&spa) && matches!(op, 1 | 2) => Some(Msg::Announce {
            target: spa,
            mac: sha?,
        }),
        1 => Some(Msg::Ask {
            target: tpa,
            asker_ip: ip(spa),
            asker_mac: sha,
        }),
        2 => Some(Msg::Answer {
            target: spa,
            mac: sha?,
            asker_ip: ip(tpa),
            asker_mac: tha,
        }),
        _ => None,
    }
}

/// A neighbour solicitation (135) or advertisement (136).
pub(super) fn from_ndp(icmp: &Layer<'_>, ip6: &Layer<'_>, eth: Option<&Layer<'_>>) -> Option<Msg> {
    let src = addr_field(ip6, f::ipv6::SRC)?;
    let dst = addr_field(ip6, f::ipv6::DST)?;
    let lladdr = match icmp.get(f::icmpv6::OPT_LINKADDR) {
        Some(Value::Bytes(b)) => <[u8; 6]>::try_from(&b[..]).ok(),
        _ => None,
    };
    let eth_src = unicast_mac(eth.and_then(|e| mac(e, f::eth::SRC)));
    let eth_dst = unicast_mac(eth.and_then(|e| mac(e, f::eth::DST)));
    match icmp.get_uint(f::icmpv6::TYPE)? {
        135 => Some(Msg::Ask {
            target: addr_field(icmp, f::icmpv6::ND_NS_TARGET_ADDRESS)?,
            asker_ip: Some(src).filter(|a| !unspecified(a)),
            asker_mac: lladdr.or(eth_src),
        }),
        136 => {
            let target = addr_field(icmp, f::icmpv6::ND_NA_TARGET_ADDRESS)?;
            let mac = lladdr.or(eth_src)?;
            if !icmp.flag(f::icmpv6::ND_NA_FLAG_S) || multicast(&dst) {
                return Some(Msg::Announce { target, mac });
            }
            Some(Msg::Answer {
                target,
                mac,
                asker_ip: Some(dst),
                asker_mac: eth_dst,
            })
        }
        _ => None,
    }
}

/// The first answer to a question.
#[derive(Debug, Clone, Copy)]
pub(super) struct Answer {
    mac: [u8; 6],
    /// From the last request before it.
    rtt: Option<i128>,
}

/// A question and everything said about it.
#[derive(Debug, Clone)]
pub(super) struct Resolution {
    pub seq: u64,
    pub kind: Kind,
    pub target: Addr,
    pub asker_ip: Option<Addr>,
    pub asker_mac: Option<[u8; 6]>,
    pub first_ns: i128,
    last_ask_ns: Option<i128>,
    /// Requests (or announcements) seen.
    asks: u64,
    answer: Option<Answer>,
    answers: u64,
    /// Another MAC address answered for the same address.
    other_mac: Option<[u8; 6]>,
}

/// (capture, kind, target address, asker: its IP, else its MAC).
type Key = (u32, Kind, Addr, Addr);

#[derive(Debug, Default)]
pub(super) struct Neighbours {
    map: HashMap<Key, Resolution>,
    seq: u64,
    /// Messages of questions not kept (over the cap or the budget).
    pub dropped: u64,
}

impl Neighbours {
    /// Add what a packet says; a new question is kept while there is
    /// room (the cap and the view's budget), else counted.
    pub fn add(&mut self, capture: u32, ts: i128, msg: Msg, budget: &mut Budget) {
        let (kind, target, asker, asker_ip, asker_mac) = match msg {
            Msg::Ask {
                target,
                asker_ip,
                asker_mac,
            }
            | Msg::Answer {
                target,
                asker_ip,
                asker_mac,
                ..
            } => match (asker_ip, asker_mac) {
                (Some(ip), m) => (Kind::Resolve, target, ip, Some(ip), m),
                (None, Some(m)) => (Kind::Probe, target, Addr::Mac(m), None, Some(m)),
                (None, None) => return,
            },
            Msg::Announce { target, mac } => (
                Kind::Announce,
                target,
                Addr::Mac(mac),
                Some(target),
                Some(mac),
            ),
        };
        let key = (capture, kind, target, asker);
        if !self.map.contains_key(&key) {
            if self.map.len() >= MAX_RESOLUTIONS || budget.is_over() {
                self.dropped += 1;
                return;
            }
            let was = table_bytes::<(Key, Resolution)>(self.map.len());
            budget.resize(was, table_bytes::<(Key, Resolution)>(self.map.len() + 1));
            self.seq += 1;
            self.map.insert(
                key,
                Resolution {
                    seq: self.seq,
                    kind,
                    target,
                    asker_ip,
                    asker_mac,
                    first_ns: ts,
                    last_ask_ns: None,
                    asks: 0,
                    answer: None,
                    answers: 0,
                    other_mac: None,
                },
            );
        }
        let Some(r) = self.map.get_mut(&key) else {
            return;
        };
        r.first_ns = r.first_ns.min(ts);
        if r.asker_mac.is_none() {
            r.asker_mac = asker_mac;
        }
        match msg {
            Msg::Ask { .. } => {
                r.asks += 1;
                r.last_ask_ns = Some(ts);
            }
            Msg::Announce { mac, .. } => {
                r.asks += 1;
                r.answer.get_or_insert(Answer { mac, rtt: None });
            }
            Msg::Answer { mac, .. } => {
                r.answers += 1;
                match r.answer {
                    None => {
                        r.answer = Some(Answer {
                            mac,
                            rtt: r.last_ask_ns.map(|a| ts - a),
                        })
                    }
                    Some(a) if a.mac != mac && r.other_mac.is_none() => r.other_mac = Some(mac),
                    Some(_) => {}
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Resolution> {
        self.map.values()
    }
}

impl Resolution {
    /// `ARP` or `NDP`.
    pub fn protocol(&self) -> &'static str {
        if matches!(self.target, Addr::V6(_)) {
            "NDP"
        } else {
            "ARP"
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            Kind::Resolve => "resolve",
            Kind::Probe => "probe",
            Kind::Announce => "announce",
        }
    }

    /// The step's text, and how long the answer took.
    pub fn text(&self, lang: Lang) -> (String, Option<i128>) {
        let ndp = self.protocol() == "NDP";
        let mac_of = |m: [u8; 6]| Addr::Mac(m);
        let repeat = if self.asks > 1 {
            words::times(self.asks)
        } else {
            String::new()
        };
        let mut rtt = None;
        let mut s = match self.kind {
            Kind::Announce => {
                let mac = self.answer.map_or([0; 6], |a| a.mac);
                let mut s = words::announce(lang, ndp, &self.target, &mac_of(mac));
                s.push_str(&repeat);
                return (s, None);
            }
            Kind::Probe => {
                let m = self.asker_mac.map(mac_of);
                let mut s = words::probe(lang, ndp, &self.target, m.as_ref());
                s.push_str(&repeat);
                s.push_str(" → ");
                match self.answer {
                    Some(a) => {
                        s.push_str(&words::probe_taken(lang, &mac_of(a.mac)));
                        rtt = a.rtt;
                    }
                    None => s.push_str(words::probe_free(lang)),
                }
                return (s, rtt);
            }
            Kind::Resolve => {
                let asker = self
                    .asker_ip
                    .or(self.asker_mac.map(Addr::Mac))
                    .unwrap_or(Addr::V4([0; 4]));
                if self.asks == 0 {
                    words::who_has_unseen(lang, &self.target, &asker)
                } else {
                    words::who_has(lang, &self.target, &asker)
                }
            }
        };
        s.push_str(&repeat);
        s.push_str(" → ");
        match self.answer {
            Some(a) => {
                s.push_str(&words::is_at(lang, &self.target, &mac_of(a.mac)));
                if let Some(d) = a.rtt {
                    s.push(' ');
                    s.push_str(&words::after(d));
                    rtt = Some(d);
                }
                if self.answers > 1 {
                    s.push_str(&words::answers(lang, self.answers));
                }
                if let Some(o) = self.other_mac {
                    s.push_str(&words::also_claimed(lang, &mac_of(o)));
                }
            }
            None => s.push_str(words::no_answer(lang)),
        }
        (s, rtt)
    }

    /// Who the step belongs to: the asker (the announcer for an
    /// announcement; a probe has only its MAC).
    pub fn client(&self) -> (Option<Addr>, Option<[u8; 6]>) {
        (self.asker_ip, self.asker_mac)
    }
}
