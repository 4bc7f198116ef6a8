//! One line per packet, like tshark's summary: number, time (`-t`: since the
//! first packet read by default), source → destination, protocol, length, info.

use super::{safe, style};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Layer, Osi, Value};
use crate::views::i18n::Lang;
use std::fmt::Write as _;
use std::io::{self, Write};

/// The capture time the time column shows (`frame.time_epoch`).
pub(crate) fn frame_time(d: &Dissection<'_>) -> Option<crate::source::Timestamp> {
    match d.layers.first()?.get(f::frame::TIME_EPOCH)? {
        Value::Time(t) => Some(*t),
        _ => None,
    }
}

#[derive(Default, Clone)]
pub struct LineRenderer {}

impl LineRenderer {
    pub fn write(
        &mut self,
        out: &mut impl Write,
        d: &Dissection<'_>,
        color: bool,
        lang: Lang,
        clock: &mut super::time::Clock,
        s: &mut String,
    ) -> io::Result<()> {
        s.clear();
        let frame = d.layers.first();
        let number = frame
            .and_then(|f| f.get_uint(f::frame::NUMBER))
            .unwrap_or(0);
        let len = frame.and_then(|f| f.get_uint(f::frame::LEN)).unwrap_or(0);
        let _ = write!(s, "{number:>5} ");
        // The time column in the `-t` format (relative by default).
        if let Some(t) = frame_time(d) {
            clock.column(s, t);
        } else {
            s.push('?');
        }
        s.push(' ');

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
            .find(|l| !matches!(l.protocol, "data" | "session" | "communityid"))
            .or(own.last());
        if let Some(top) = top {
            let proto = column_name(top.protocol);
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
                // osidump's own sentences (ARP, IP, ...) in Korean when
                // asked; tshark's Info text of the others as it is.
                if lang == Lang::En || !super::ko::summarize(s, l) {
                    crate::dissect::spec::summarize(s, l);
                }
            }
            if let Some(note) = d
                .layers
                .last()
                .and_then(|l| l.get_str(f::data::OSIDUMP_REASSEMBLY))
            {
                let _ = write!(s, " [{}]", said(note, lang));
            }
            let phase = d
                .layers
                .iter()
                .find(|l| l.osi == Osi::Session)
                .and_then(|l| l.get_str(f::session::PHASE));
            if let Some(p) = phase {
                let _ = write!(s, " ({})", said(p, lang));
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
            style::paint(
                s,
                color,
                style::anomaly(),
                &format!("[{}]", anomaly_kind(k, lang)),
            );
        }
        s.push('\n');
        out.write_all(s.as_bytes())
    }
}

/// osidump's own phrase (a phase, a note) in the output language.
fn said(english: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    match lang {
        Lang::En => english.into(),
        Lang::Ko => super::ko::phrases(english).into(),
    }
}

/// An anomaly's kind (`truncated`, `malformed`, ...) in the output language.
pub fn anomaly_kind(kind: &'static str, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::En, k) => k,
        (Lang::Ko, "truncated") => "잘림",
        (Lang::Ko, "malformed") => "형식 오류",
        (Lang::Ko, "missing") => "누락",
        (Lang::Ko, "evicted") => "메모리 한도로 버림",
        (Lang::Ko, k) => k,
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

/// The protocol column as tshark writes it: its short names keep their
/// case (IPv4, ICMPv6, WebSocket); the others are upper case.
fn column_name(protocol: &str) -> std::borrow::Cow<'static, str> {
    use std::borrow::Cow;
    match protocol {
        "ip" => Cow::Borrowed("IPv4"),
        "ipv6" => Cow::Borrowed("IPv6"),
        "icmpv6" => Cow::Borrowed("ICMPv6"),
        "websocket" => Cow::Borrowed("WebSocket"),
        other => Cow::Owned(other.to_ascii_uppercase()),
    }
}
