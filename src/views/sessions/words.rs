//! The English phrases of the steps `sessions` adds at L3 (ARP and NDP
//! address resolution, pings, ICMP errors) and of the DNS outcomes it
//! tells besides answers (truncated replies, long answers): one function
//! per phrase, so a translation replaces each in one place.

use super::super::{Addr, human_duration};
use crate::dissect::AnomalyKind;

/// `×30` after a request asked 30 times.
pub(super) fn times(n: u64) -> String {
    format!(" ×{n}")
}

/// `(17 µs)`: how long an answer took.
pub(super) fn after(ns: i128) -> String {
    format!("({})", human_duration(ns))
}

// ───────────── ARP and NDP ─────────────

/// `who has 10.99.0.2? tell 10.99.0.1`
pub(super) fn who_has(target: &Addr, asker: &Addr) -> String {
    format!("who has {target}? tell {asker}")
}

/// A reply whose request is not in the capture.
pub(super) fn who_has_unseen(target: &Addr, asker: &Addr) -> String {
    format!("who has {target}? tell {asker} (request not captured)")
}

/// `10.99.0.2 is at 02:99:00:00:00:02`
pub(super) fn is_at(target: &Addr, mac: &Addr) -> String {
    format!("{target} is at {mac}")
}

/// Several replies to the same question.
pub(super) fn answers(n: u64) -> String {
    format!(", {n} answers")
}

/// A second host answered for the same address.
pub(super) fn also_claimed(mac: &Addr) -> String {
    format!(" · also claimed by {mac} (address conflict)")
}

pub(super) fn no_answer() -> &'static str {
    "no answer"
}

/// An ARP probe (sender 0.0.0.0) or an NDP duplicate address check
/// (source `::`): is anyone using the address?
pub(super) fn probe(ndp: bool, target: &Addr, mac: Option<&Addr>) -> String {
    let what = if ndp {
        "duplicate address detection"
    } else {
        "ARP probe"
    };
    match mac {
        Some(m) => format!("is {target} free? ({what} from {m})"),
        None => format!("is {target} free? ({what})"),
    }
}

pub(super) fn probe_free() -> &'static str {
    "no answer: the address is free"
}

pub(super) fn probe_taken(mac: &Addr) -> String {
    format!("in use by {mac} (address conflict)")
}

/// A host telling the link its own address unasked: gratuitous ARP, or an
/// unsolicited neighbour advertisement.
pub(super) fn announce(ndp: bool, target: &Addr, mac: &Addr) -> String {
    if ndp {
        format!("unsolicited advertisement: {target} is at {mac}")
    } else {
        format!("gratuitous ARP: {target} is at {mac}")
    }
}

// ───────────── ICMP ─────────────

/// What an ICMP query asks: `ping`, `timestamp`, ...
pub(super) fn query_name(request_type: u8, v6: bool) -> &'static str {
    match (v6, request_type) {
        (false, 13) => "timestamp",
        (false, 15) => "information",
        (false, 17) => "address mask",
        _ => "ping",
    }
}

/// `ping 10.99.0.2` and, for datagrams sent in pieces,
/// `(3008-byte datagrams in 3 fragments)`.
pub(super) fn ping_head(name: &str, server: &Addr, frags: Option<(u64, u64)>) -> String {
    match frags {
        Some((n, len)) => format!("{name} {server} ({len}-byte datagrams in {n} fragments)"),
        None => format!("{name} {server}"),
    }
}

/// `3 sent, 3 answered`
pub(super) fn ping_counts(sent: u64, answered: u64) -> String {
    if answered == 0 && sent > 0 {
        format!("{sent} sent, no answer")
    } else {
        format!("{sent} sent, {answered} answered")
    }
}

/// `RTT 21 µs`, or `RTT min/avg/max 8.0 µs / 15.5 µs / 23 µs`.
pub(super) fn rtt(min: i128, avg: i128, max: i128, n: u64) -> String {
    if n == 1 {
        format!("RTT {}", human_duration(min))
    } else {
        format!(
            "RTT min/avg/max {} / {} / {}",
            human_duration(min),
            human_duration(avg),
            human_duration(max)
        )
    }
}

pub(super) fn duplicates(n: u64) -> String {
    format!("{n} duplicate replies")
}

/// Replies whose request was not captured (or came too late to pair).
pub(super) fn unpaired(n: u64) -> String {
    format!("{n} replies without a request in the capture")
}

/// An ICMP error in a few words: `port unreachable`, `TTL exceeded in
/// transit`, `packet too big (MTU 1280)`.
pub(super) fn icmp_error(v6: bool, t: u8, code: u8, mtu: Option<u64>) -> String {
    let s: &str = match (v6, t, code) {
        (false, 3, 0) => "network unreachable",
        (false, 3, 1) => "host unreachable",
        (false, 3, 2) => "protocol unreachable",
        (false, 3, 3) => "port unreachable",
        (false, 3, 4) => "fragmentation needed",
        (false, 3, 6) => "destination network unknown",
        (false, 3, 7) => "destination host unknown",
        (false, 3, 9 | 10 | 13) => "administratively prohibited",
        (false, 3, _) => "destination unreachable",
        (false, 4, _) => "source quench",
        (false, 5, _) => "redirect",
        (false, 11, 0) => "TTL exceeded in transit",
        (false, 11, _) => "fragment reassembly time exceeded",
        (false, 12, _) => "parameter problem",
        (true, 1, 0) => "no route to destination",
        (true, 1, 1) => "administratively prohibited",
        (true, 1, 3) => "address unreachable",
        (true, 1, 4) => "port unreachable",
        (true, 1, _) => "destination unreachable",
        (true, 2, _) => "packet too big",
        (true, 3, 0) => "hop limit exceeded in transit",
        (true, 3, _) => "fragment reassembly time exceeded",
        (true, 4, _) => "parameter problem",
        _ => return format!("ICMP type {t} code {code}"),
    };
    match mtu {
        Some(m) => format!("{s} (MTU {m})"),
        None => s.to_string(),
    }
}

/// `port unreachable (ICMP from 10.99.0.2)`, and `, 30 µs` after the
/// datagram it answers when told in place of an answer.
pub(super) fn icmp_from(error: &str, v6: bool, from: &Addr, after: Option<i128>) -> String {
    let p = if v6 { "ICMPv6" } else { "ICMP" };
    match after {
        Some(ns) => format!("{error} ({p} from {from}, {})", human_duration(ns)),
        None => format!("{error} ({p} from {from})"),
    }
}

/// Distinct ICMP errors of a conversation past those listed.
pub(super) fn more_errors(n: u64) -> String {
    format!(" · {n} other ICMP errors")
}

/// An ICMP error about a datagram whose conversation is not shown:
/// `UDP 10.0.1.2:33434 → 8.8.8.8:33434: ` before the error.
pub(super) fn about(proto: &str, src: &str, dst: &str) -> String {
    format!("{proto} {src} → {dst}: ")
}

// ───────────── DNS ─────────────

/// The reply had the TC bit set: the answer did not fit in the datagram.
pub(super) fn dns_tc(retried: bool) -> &'static str {
    if retried {
        "truncated (TC), retried over TCP"
    } else {
        "truncated (TC), not retried over TCP in the capture"
    }
}

/// The reply was cut by the capture's snap length, or is malformed.
pub(super) fn dns_cut(kind: AnomalyKind) -> &'static str {
    match kind {
        AnomalyKind::Malformed => "reply malformed",
        _ => "reply truncated",
    }
}

/// Answers past those kept: ` and 3 more`.
pub(super) fn more_answers(n: u64) -> String {
    format!(" and {n} more")
}

/// A long answer cut to `keep` characters: `v=DKIM1; k=rsa; p=MIIB… (2000
/// characters)`; `chars` is the whole answer's length.
pub(super) fn cut(s: &str, keep: usize, chars: usize) -> String {
    let head: String = s.chars().take(keep).collect();
    format!("{head}… ({chars} characters)")
}
