//! One line per packet, like tshark's summary: number, time since the first
//! packet, source → destination, protocol, length, info.

use super::{safe, style};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Layer, Osi, Value};
use crate::source::Timestamp;
use std::fmt::Write as _;
use std::io::{self, Write};

#[derive(Default)]
pub struct LineRenderer {
    first: Option<Timestamp>,
}

impl LineRenderer {
    /// The first frame read sets the zero of the time column.
    pub fn read(&mut self, ts: Timestamp) {
        self.first.get_or_insert(ts);
    }

    pub fn write(
        &mut self,
        out: &mut impl Write,
        d: &Dissection<'_>,
        color: bool,
        s: &mut String,
    ) -> io::Result<()> {
        s.clear();
        let frame = d.layers.first();
        let number = frame
            .and_then(|f| f.get_uint(f::frame::NUMBER))
            .unwrap_or(0);
        let len = frame.and_then(|f| f.get_uint(f::frame::LEN)).unwrap_or(0);
        let rel = match frame.and_then(|f| f.get(f::frame::TIME_EPOCH)) {
            Some(Value::Time(t)) => {
                let first = *self.first.get_or_insert(*t);
                t.as_nanos() - first.as_nanos()
            }
            _ => 0,
        };
        let sign = if rel < 0 { "-" } else { "" };
        let rel = rel.unsigned_abs();
        let _ = write!(
            s,
            "{number:>5} {sign}{}.{:06} ",
            rel / 1_000_000_000,
            (rel % 1_000_000_000) / 1000
        );

        // The protocol column names the highest decoded layer; the info
        // column summarises it (the session layer and raw data say less).
        // An ICMP error quotes the datagram that caused it: the error is
        // what this packet is, not the quoted datagram's protocols.
        let own = match d
            .layers
            .iter()
            .position(|l| l.protocol == "icmp" || l.protocol == "icmpv6")
        {
            Some(i) => &d.layers[..=i],
            None => &d.layers[..],
        };
        write_endpoints(s, own);
        let top = own
            .iter()
            .rev()
            .find(|l| l.protocol != "data" && l.protocol != "session")
            .or(own.last());
        if let Some(top) = top {
            let proto = top.protocol.to_ascii_uppercase();
            style::paint(s, color, style::layer(top.osi), &proto);
            let _ = write!(s, " {len} ");
            // Every message of the top protocol in this frame (several TLS
            // records, pipelined requests), joined like tshark's Info column.
            let start = s.len();
            let mut first = true;
            for l in d
                .layers
                .iter()
                .filter(|l| l.protocol == top.protocol && l.osi == top.osi)
            {
                if !first {
                    s.push_str(", ");
                }
                first = false;
                crate::dissect::spec::summarize(s, l);
            }
            if let Some(note) = d
                .layers
                .last()
                .and_then(|l| l.get_str(f::data::OSIDUMP_REASSEMBLY))
            {
                let _ = write!(s, " [{note}]");
            }
            let phase = d
                .layers
                .iter()
                .find(|l| l.osi == Osi::Session)
                .and_then(|l| l.get_str(f::session::PHASE));
            if let Some(p) = phase {
                let _ = write!(s, " ({p})");
            }
            // Summaries, notes and phases carry wire text.
            safe::escape_from(s, start);
        }
        // Each kind once: a short frame is truncated at every layer it cuts.
        let mut kinds: Vec<&str> = Vec::new();
        for a in d.layers.iter().flat_map(|l| l.anomalies.iter()) {
            let k = a.kind.as_str();
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
        for k in kinds {
            s.push(' ');
            style::paint(s, color, style::anomaly(), &format!("[{k}]"));
        }
        s.push('\n');
        out.write_all(s.as_bytes())
    }
}

fn addr_pair<'l>(
    l: &'l Layer<'l>,
    src: &'static FieldDef,
    dst: &'static FieldDef,
) -> Option<(&'l Value<'l>, Option<&'l Value<'l>>)> {
    Some((l.get(src)?, Some(l.get(dst)?)))
}

/// Addresses from the highest layer that has them (IP, ARP, then link),
/// written as `src → dst ` straight into the line.
fn write_endpoints(s: &mut String, layers: &[Layer<'_>]) {
    for l in layers.iter().rev() {
        let pair = match l.protocol {
            "ip" => addr_pair(l, f::ip::SRC, f::ip::DST),
            "ipv6" => addr_pair(l, f::ipv6::SRC, f::ipv6::DST),
            "arp" => addr_pair(l, f::arp::SRC_PROTO_IPV4, f::arp::DST_PROTO_IPV4)
                .or_else(|| addr_pair(l, f::arp::SRC_HW_MAC, f::arp::DST_HW_MAC)),
            "eth" => addr_pair(l, f::eth::SRC, f::eth::DST),
            "sll" => l.get(f::sll::SRC_ETH).map(|v| (v, None)),
            _ => None,
        };
        if let Some((src, dst)) = pair {
            let _ = match dst {
                Some(dst) => write!(s, "{src} → {dst} "),
                None => write!(s, "{src} → ? "),
            };
            return;
        }
    }
    s.push_str("? → ? ");
}
