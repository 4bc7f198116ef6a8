//! Views over a whole capture: aggregators fed one [`Dissection`] at a time
//! (streaming, with bounded memory), whose reports
//! [`render::views`](crate::render::views) writes as text.
//!
//! - [`stats`]: protocol hierarchy by OSI layer, conversations, endpoints,
//!   application summaries and anomaly counts (`osidump stats`);
//! - [`follow`]: one TCP conversation's reassembled bytes, raw or parsed
//!   into HTTP / WebSocket / DNS messages (`osidump follow`);
//! - [`sessions`]: each conversation's life, dial to hang-up, grouped by
//!   client (`osidump sessions`);
//! - [`layers`]: the OSI reference table from the dissector's registry;
//! - [`model`]: the OSI and TCP/IP models, and how one maps to the other;
//! - [`i18n`]: layer names in English or Korean, width-aware padding.
//!
//! Aggregators never print and never read files; they only read the
//! dissection tree, so they agree with `dissect` by construction.

use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
pub mod fields;
pub mod follow;
pub mod i18n;
pub mod layers;
pub mod model;
pub mod polling;
pub mod sessions;
pub mod stats;

use crate::dissect::{Dissection, Layer, Osi, Value};
use serde::Serialize;
use std::fmt;
use std::net::Ipv4Addr;

/// An address at some layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Addr {
    Mac([u8; 6]),
    V4([u8; 4]),
    V6([u8; 16]),
}

/// One integer written per address (the derived hash writes the kind,
/// the length and the bytes one call each): the views hash an address
/// pair or two on every packet.
impl std::hash::Hash for Addr {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        match self {
            Addr::Mac(m) => h.write_u64(
                1 << 56 | u64::from_be_bytes([0, 0, m[0], m[1], m[2], m[3], m[4], m[5]]),
            ),
            Addr::V4(a) => h.write_u64(2 << 56 | u64::from(u32::from_be_bytes(*a))),
            Addr::V6(a) => h.write_u128(u128::from_be_bytes(*a)),
        }
    }
}

impl fmt::Display for Addr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Addr::Mac(m) => Value::Mac(*m).fmt(f),
            Addr::V4(a) => Ipv4Addr::from(*a).fmt(f),
            Addr::V6(a) => {
                let (b, n) = crate::dissect::layer::ipv6_text(a);
                f.pad(crate::dissect::layer::ascii(&b[..n]))
            }
        }
    }
}

impl Serialize for Addr {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An address with an optional port: one side of a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Endpoint {
    pub addr: Addr,
    pub port: Option<u16>,
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.port {
            // tshark's conversation tables write `fd99::1:443` unbracketed;
            // we bracket IPv6 so the port cannot be misread.
            Some(p) if matches!(self.addr, Addr::V6(_)) => write!(f, "[{}]:{p}", self.addr),
            Some(p) => write!(f, "{}:{p}", self.addr),
            None => self.addr.fmt(f),
        }
    }
}

impl Serialize for Endpoint {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An address-valued field of a layer.
pub(crate) fn addr_field(l: &Layer<'_>, name: &'static FieldDef) -> Option<Addr> {
    match l.get(name)? {
        Value::Mac(m) => Some(Addr::Mac(*m)),
        Value::Ipv4(a) => Some(Addr::V4(*a)),
        Value::Ipv6(a) => Some(Addr::V6(*a)),
        _ => None,
    }
}

/// What every view needs from the frame layer.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FrameMeta {
    pub ts_ns: i128,
    /// Bytes on the wire (`frame.len`).
    pub len: u64,
}

pub(crate) fn frame_meta(d: &Dissection<'_>) -> FrameMeta {
    let Some(f) = d.layers.first().filter(|l| l.protocol == "frame") else {
        return FrameMeta {
            len: d.data.len() as u64,
            ..FrameMeta::default()
        };
    };
    FrameMeta {
        ts_ns: match f.get(f::frame::TIME_EPOCH) {
            Some(Value::Time(t)) => t.as_nanos(),
            _ => 0,
        },
        len: f.get_uint(f::frame::LEN).unwrap_or(d.data.len() as u64),
    }
}

/// The layers of the packet itself: everything up to and including the
/// first ICMP layer (what an ICMP error quotes is not this packet's
/// conversation).
pub(crate) fn own_layers<'d, 'a>(d: &'d Dissection<'a>) -> &'d [Layer<'a>] {
    let end = d
        .layers
        .iter()
        .position(|l| l.protocol == "icmp" || l.protocol == "icmpv6")
        .map_or(d.layers.len(), |i| i + 1);
    &d.layers[..end]
}

/// Network and transport endpoints of a packet: `(src, dst)` at L3 and,
/// when there is a TCP or UDP header, at L4 with the protocol name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flow {
    pub src: Addr,
    pub dst: Addr,
    pub l4: Option<(&'static str, u16, u16)>,
}

pub(crate) fn flow(layers: &[Layer<'_>]) -> Option<Flow> {
    // The innermost conversation: a tunnel's inner TCP or UDP header with
    // the IP header before it (as tcp.stream and the Community ID key on
    // it); without one, the innermost IP header's addresses.
    let mut net = None;
    let mut found = None;
    for l in layers {
        // IP and the transports are network and transport layers: the
        // names of those above need no comparison.
        if l.osi > Osi::Transport {
            continue;
        }
        match l.protocol {
            "ip" => {
                if let (Some(s), Some(d)) = (addr_field(l, f::ip::SRC), addr_field(l, f::ip::DST)) {
                    net = Some((s, d));
                }
            }
            "ipv6" => {
                if let (Some(s), Some(d)) =
                    (addr_field(l, f::ipv6::SRC), addr_field(l, f::ipv6::DST))
                {
                    net = Some((s, d));
                }
            }
            "tcp" | "udp" => {
                let Some((src, dst)) = net else { continue };
                let p = l.protocol;
                let (s, d) = if p == "tcp" {
                    (f::tcp::SRCPORT, f::tcp::DSTPORT)
                } else {
                    (f::udp::SRCPORT, f::udp::DSTPORT)
                };
                let (Some(sport), Some(dport)) = (l.get_uint(s), l.get_uint(d)) else {
                    continue;
                };
                found = Some(Flow {
                    src,
                    dst,
                    l4: Some((p, sport as u16, dport as u16)),
                });
            }
            _ => {}
        }
    }
    if found.is_some() {
        return found;
    }
    let (src, dst) = net?;
    Some(Flow { src, dst, l4: None })
}

/// Every string value of `name` in a layer.
pub(crate) fn strs<'l>(
    l: &'l Layer<'_>,
    name: &'static FieldDef,
) -> impl Iterator<Item = &'l str> + 'l {
    l.fields
        .iter()
        .filter(move |f| std::ptr::eq(f.def, name))
        .filter_map(|f| match &f.value {
            Value::Str(s) => Some(s.as_ref()),
            _ => None,
        })
}

/// Every unsigned value of `name` in a layer.
pub(crate) fn uints<'l>(
    l: &'l Layer<'_>,
    name: &'static FieldDef,
) -> impl Iterator<Item = u64> + 'l {
    l.fields
        .iter()
        .filter(move |f| std::ptr::eq(f.def, name))
        .filter_map(|f| match &f.value {
            Value::UInt(v) => Some(*v),
            _ => None,
        })
}

/// Whether a DNS reply's field `name` is one of its answers, as the
/// `sessions` line and the report's arrow tell them (`qtype`: the type
/// asked). NS and SOA records are answers only when asked for; otherwise
/// they sit in the authority section.
pub fn is_dns_answer(name: &str, qtype: Option<u64>) -> bool {
    match name {
        "dns.a"
        | "dns.aaaa"
        | "dns.cname"
        | "dns.ptr.domain_name"
        | "dns.mx.mail_exchange"
        | "dns.txt"
        | "dns.srv.target" => true,
        "dns.ns" => qtype == Some(2),
        "dns.soa.mname" => qtype == Some(6),
        _ => false,
    }
}

/// `secs` as a short duration: `812 µs`, `3.2 ms`, `1.250 s`.
pub fn human_duration(ns: i128) -> String {
    let ns = ns.max(0) as f64;
    if ns < 1e6 {
        let us = ns / 1e3;
        if us < 10.0 {
            format!("{us:.1} µs")
        } else {
            format!("{us:.0} µs")
        }
    } else if ns < 1e9 {
        format!("{:.1} ms", ns / 1e6)
    } else {
        format!("{:.3} s", ns / 1e9)
    }
}

/// A byte count with a binary unit: `980 B`, `12.3 KiB`.
pub fn human_bytes(b: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = b as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{b} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}
