//! The tree's one-line summaries in Korean (`--lang ko`), for the layers
//! whose summary is osidump's own sentence: frame, link, network,
//! transport, session and undecoded data. Application and presentation
//! summaries are tshark's Info text — message and value names such as
//! "Standard query" or "Client Hello" — and stay as Wireshark spells them,
//! like protocol and field names. Numbers, addresses and field
//! abbreviations (`ttl`, `seq`, `len`) are the same in both languages.

use crate::dissect::fields as f;
use crate::dissect::{Layer, Value, names};
use std::fmt::Write as _;

/// Appends a layer's summary in Korean; false when the layer's summary
/// has no Korean form (it is tshark's text: the caller writes it as is).
pub fn summarize(out: &mut String, l: &Layer<'_>) -> bool {
    let _ = match l.protocol {
        "frame" => frame(out, l),
        "eth" => eth(out, l),
        "vlan" | "ieee8021ad" => vlan(out, l),
        "sll" => sll(out, l),
        "null" => null(out, l),
        "raw" => {
            out.push_str("원시 IP (링크 헤더 없음)");
            Ok(())
        }
        "arp" => arp(out, l),
        "ip" => ip(out, l),
        "ipv6" => ipv6(out, l),
        "icmp" => icmp(out, l),
        "icmpv6" => icmpv6(out, l),
        "tcp" => tcp(out, l),
        "udp" => udp(out, l),
        "session" => session(out, l),
        "data" => data(out, l),
        "websocket" => websocket(out, l),
        _ => return false,
    };
    true
}

/// Korean for osidump's own phrases (session phases, call steps, TLS and
/// WebSocket steps, TCP analysis labels, notes), longest first so a
/// phrase is replaced before the words inside it. Whatever is not listed
/// (message names, close reasons) stays as it is.
pub const PHRASES: &[(&str, &str)] = &[
    ("segment of a reassembled PDU", "재조립된 PDU의 조각"),
    (
        "TCP Previous segment not captured",
        "TCP 이전 세그먼트 캡처 안 됨",
    ),
    ("TCP Spurious Retransmission", "TCP 불필요한 재전송"),
    ("TCP Fast Retransmission", "TCP 빠른 재전송"),
    ("TCP Retransmission", "TCP 재전송"),
    ("TCP Out-Of-Order", "TCP 순서 뒤바뀜"),
    ("TCP Keep-Alive ACK", "TCP keep-alive ACK"),
    ("TCP Keep-Alive", "TCP keep-alive"),
    ("TCP Dup ACK", "TCP 중복 ACK"),
    ("TCP Window Update", "TCP 윈도 갱신"),
    ("TCP ZeroWindow", "TCP 윈도 0"),
    ("closing, half-closed", "종료 중, 한쪽만 닫힘"),
    ("closing last ACK", "종료 중 마지막 ACK"),
    ("closing FIN", "종료 중 FIN"),
    ("established (encrypted)", "수립됨 (암호화)"),
    ("encrypted handshake", "암호화된 핸드셰이크"),
    ("alert (encrypted)", "경고 (암호화)"),
    ("handshake complete", "핸드셰이크 완료"),
    ("new session", "새 세션"),
    ("hang up (reset)", "연결 끊기 (리셋)"),
    ("handshake", "핸드셰이크"),
    ("established", "수립됨"),
    ("upgrade", "업그레이드"),
    ("close sent", "종료 보냄"),
    ("closed", "닫힘"),
    ("offered", "제시"),
    ("resumed", "재개"),
    ("session id", "세션 id"),
    ("open", "열림"),
    ("hang up", "연결 끊기"),
    ("connected", "연결됨"),
    ("answer", "응답"),
    ("dial", "연결 요청"),
    ("talk", "통화"),
    ("reset", "리셋"),
    ("stream", "스트림"),
];

/// `s` with osidump's phrases in Korean (see [`PHRASES`]).
pub fn phrases(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    'scan: while !rest.is_empty() {
        for (en, ko) in PHRASES {
            if let Some(after) = rest.strip_prefix(en) {
                // Whole words only: "dialog" is not "dial".
                let next_is_word = after.chars().next().is_some_and(char::is_alphanumeric);
                let prev_is_word = out.chars().last().is_some_and(char::is_alphanumeric);
                if !next_is_word && !prev_is_word {
                    out.push_str(ko);
                    rest = after;
                    continue 'scan;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn u(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Option<u64> {
    l.get_uint(def)
}

type R = std::fmt::Result;

fn frame(out: &mut String, l: &Layer<'_>) -> R {
    write!(
        out,
        "회선 {}바이트, 캡처 {}바이트",
        u(l, f::frame::LEN).unwrap_or(0),
        u(l, f::frame::CAP_LEN).unwrap_or(0)
    )?;
    if let Some(name) = l.get_str(f::frame::INTERFACE_NAME) {
        write!(out, ", 인터페이스 {name}")?;
    } else if let Some(id) = u(l, f::frame::INTERFACE_ID) {
        write!(out, ", 인터페이스 {id}")?;
    }
    if let Some(n) = l.get_str(f::frame::OSIDUMP_LINKTYPE_NAME) {
        write!(out, " ({n})")?;
    }
    Ok(())
}

fn ethertype(out: &mut String, t: u64) -> R {
    out.push_str(" 유형 ");
    match f::eth::TYPE.value_name(t) {
        Some(n) => write!(out, "{n} (0x{t:04x})"),
        None => write!(out, "0x{t:04x}"),
    }
}

fn eth(out: &mut String, l: &Layer<'_>) -> R {
    if let (Some(s), Some(d)) = (l.get(f::eth::SRC), l.get(f::eth::DST)) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(t) = u(l, f::eth::TYPE) {
        ethertype(out, t)?;
    } else if let Some(len) = u(l, f::eth::LEN) {
        write!(out, " 802.3 길이 {len}")?;
    }
    if let Some(Value::Bytes(p)) = l.get(f::eth::PADDING) {
        write!(out, " 패딩 {}", p.len())?;
    }
    Ok(())
}

fn vlan(out: &mut String, l: &Layer<'_>) -> R {
    use crate::dissect::link::{SERVICE_TAG, VLAN_TAG};
    let tag = if l.protocol == SERVICE_TAG.protocol {
        &SERVICE_TAG
    } else {
        &VLAN_TAG
    };
    write!(
        out,
        "VLAN {} 우선순위 {}",
        u(l, tag.id).unwrap_or(0),
        u(l, tag.priority).unwrap_or(0)
    )?;
    if let Some(t) = u(l, tag.etype) {
        ethertype(out, t)?;
    }
    Ok(())
}

fn sll(out: &mut String, l: &Layer<'_>) -> R {
    if let Some(t) = u(l, f::sll::PKTTYPE) {
        match f::sll::PKTTYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => write!(out, "패킷 유형 {t}")?,
        }
    }
    if let Some(a) = l.get(f::sll::SRC_ETH).or(l.get(f::sll::SRC_OTHER)) {
        write!(out, " 보낸 곳 {a}")?;
    }
    if let Some(i) = u(l, f::sll::IFINDEX) {
        write!(out, " ifindex {i}")?;
    }
    if let Some(t) = u(l, f::sll::ETYPE) {
        ethertype(out, t)?;
    } else if let Some(t) = u(l, f::sll::LTYPE) {
        write!(out, " 리눅스 프로토콜 0x{t:04x}")?;
    }
    Ok(())
}

fn null(out: &mut String, l: &Layer<'_>) -> R {
    let fam = u(l, f::null::FAMILY).unwrap_or(0);
    let name = match fam {
        2 => "IPv4",
        10 | 24 | 28 | 30 => "IPv6",
        _ => "알 수 없음",
    };
    write!(out, "루프백, 주소 계열 {fam} ({name})")
}

fn arp(out: &mut String, l: &Layer<'_>) -> R {
    let op = u(l, f::arp::OPCODE).unwrap_or(0);
    let spa = l.get(f::arp::SRC_PROTO_IPV4).or(l.get(f::arp::SRC_PROTO));
    let tpa = l.get(f::arp::DST_PROTO_IPV4).or(l.get(f::arp::DST_PROTO));
    let sha = l.get(f::arp::SRC_HW_MAC).or(l.get(f::arp::SRC_HW));
    match (op, spa, tpa, sha) {
        (1, Some(s), Some(t), _) => write!(out, "{t}의 MAC 주소는? {s}에게 알려 주세요"),
        (2, Some(s), _, Some(h)) => write!(out, "{s}의 MAC 주소는 {h}"),
        _ => match f::arp::OPCODE.value_name(op) {
            Some(n) => write!(out, "{n}"),
            None => write!(out, "opcode {op}"),
        },
    }
}

fn ip(out: &mut String, l: &Layer<'_>) -> R {
    if let (Some(s), Some(d)) = (l.get(f::ip::SRC), l.get(f::ip::DST)) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, f::ip::VERSION) {
        write!(out, "버전 {ver}")?;
    }
    if let Some(p) = u(l, f::ip::PROTO) {
        match f::ip::PROTO.value_name(p) {
            Some(n) => write!(out, " {n}")?,
            None => write!(out, " proto {p}")?,
        }
    }
    if let Some(ttl) = u(l, f::ip::TTL) {
        write!(out, " ttl {ttl}")?;
    }
    if let Some(id) = u(l, f::ip::ID) {
        write!(out, " id 0x{id:04x}")?;
    }
    if let Some(len) = u(l, f::ip::LEN) {
        write!(out, " len {len}")?;
    }
    if l.flag(f::ip::FLAGS_DF) {
        out.push_str(" DF");
    }
    let off = u(l, f::ip::FRAG_OFFSET).unwrap_or(0);
    if l.flag(f::ip::FLAGS_MF) || off > 0 {
        write!(out, " 조각 오프셋 {off}")?;
        if l.flag(f::ip::FLAGS_MF) {
            out.push_str(" MF");
        }
    }
    if l.flag(f::ip::OSIDUMP_CHECKSUM_BAD) {
        out.push_str(" 체크섬 오류");
    }
    if let Some(n) = u(l, f::ip::FRAGMENT_COUNT) {
        write!(out, " [조각 {n}개에서 재조립]")?;
    }
    Ok(())
}

fn ipv6(out: &mut String, l: &Layer<'_>) -> R {
    if let (Some(s), Some(d)) = (l.get(f::ipv6::SRC), l.get(f::ipv6::DST)) {
        write!(out, "{s} → {d}")?;
    } else if let Some(ver) = u(l, f::ipv6::VERSION) {
        write!(out, "버전 {ver}")?;
    }
    if let Some(p) = u(l, f::ipv6::NXT) {
        match f::ip::PROTO.value_name(p) {
            Some(n) => write!(out, " 다음 {n}")?,
            None => write!(out, " 다음 {p}")?,
        }
    }
    if let Some(h) = u(l, f::ipv6::HLIM) {
        write!(out, " hlim {h}")?;
    }
    if let Some(p) = u(l, f::ipv6::PLEN) {
        write!(out, " plen {p}")?;
    }
    for (name, label) in [
        (f::ipv6::HOPOPTS_NXT, "홉별 옵션"),
        (f::ipv6::ROUTING_NXT, "라우팅"),
        (f::ipv6::DSTOPTS_NXT, "목적지 옵션"),
    ] {
        if l.get(name).is_some() {
            write!(out, " +{label}")?;
        }
    }
    if let Some(n) = u(l, f::ipv6::FRAGMENT_COUNT) {
        write!(out, " [조각 {n}개에서 재조립]")?;
    }
    if let Some(off) = u(l, f::ipv6::FRAGHDR_OFFSET) {
        write!(out, " 조각 오프셋 {off}")?;
        if l.flag(f::ipv6::FRAGHDR_MORE) {
            out.push_str(" 더 있음");
        }
    }
    Ok(())
}

fn icmp(out: &mut String, l: &Layer<'_>) -> R {
    let t = u(l, f::icmp::TYPE).unwrap_or(0) as u8;
    let c = u(l, f::icmp::CODE).unwrap_or(0) as u8;
    match names::icmp_type(t) {
        Some(n) => out.push_str(n),
        None => write!(out, "type {t}")?,
    }
    match names::icmp_code(t, c) {
        Some(n) => write!(out, " ({n})")?,
        None if c != 0 => write!(out, " code {c}")?,
        None => {}
    }
    if let (Some(id), Some(seq)) = (u(l, f::icmp::IDENT), u(l, f::icmp::SEQ)) {
        write!(out, " id 0x{id:04x} seq {seq}")?;
    }
    Ok(())
}

fn icmpv6(out: &mut String, l: &Layer<'_>) -> R {
    let t = u(l, f::icmpv6::TYPE).unwrap_or(0) as u8;
    let c = u(l, f::icmpv6::CODE).unwrap_or(0) as u8;
    match f::icmpv6::TYPE.value_name(u64::from(t)) {
        Some(n) => out.push_str(n),
        None => write!(out, "type {t}")?,
    }
    if let Some(n) = names::icmpv6_code(t, c) {
        write!(out, " ({n})")?;
    }
    if let (Some(id), Some(seq)) = (
        u(l, f::icmpv6::ECHO_IDENTIFIER),
        u(l, f::icmpv6::ECHO_SEQUENCE_NUMBER),
    ) {
        write!(out, " id 0x{id:04x} seq {seq}")?;
    }
    if let Some(a) = l
        .get(f::icmpv6::ND_NS_TARGET_ADDRESS)
        .or(l.get(f::icmpv6::ND_NA_TARGET_ADDRESS))
    {
        write!(out, " 대상 {a}")?;
    }
    if let Some(Value::Bytes(a)) = l.get(f::icmpv6::OPT_LINKADDR) {
        out.push_str(" 링크 주소 ");
        for (i, b) in a.iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            write!(out, "{b:02x}")?;
        }
    }
    Ok(())
}

fn tcp(out: &mut String, l: &Layer<'_>) -> R {
    if let (Some(s), Some(d)) = (u(l, f::tcp::SRCPORT), u(l, f::tcp::DSTPORT)) {
        write!(out, "{s} → {d}")?;
    }
    let Some(flags) = u(l, f::tcp::FLAGS) else {
        return Ok(());
    };
    out.push(' ');
    crate::dissect::summary::tcp_flags(out, flags);
    write!(out, " seq {}", u(l, f::tcp::SEQ).unwrap_or(0))?;
    if flags & 0x010 != 0 {
        write!(out, " ack {}", u(l, f::tcp::ACK).unwrap_or(0))?;
    }
    write!(out, " window {}", u(l, f::tcp::WINDOW_SIZE).unwrap_or(0))?;
    write!(out, " len {}", u(l, f::tcp::LEN).unwrap_or(0))?;
    if let Some(m) = u(l, f::tcp::OPTIONS_MSS_VAL) {
        write!(out, " mss {m}")?;
    }
    if let Some(w) = u(l, f::tcp::OPTIONS_WSCALE_SHIFT) {
        write!(out, " wscale {w}")?;
    }
    if l.has(f::tcp::OPTIONS_SACK_PERM) {
        out.push_str(" sack_perm");
    }
    if let Some(label) = l.get_str(f::tcp::OSIDUMP_ANALYSIS) {
        write!(out, " [{}]", phrases(label))?;
    }
    if let Some(n) = u(l, f::tcp::SEGMENT_COUNT) {
        write!(out, " [세그먼트 {n}개 재조립]")?;
    }
    Ok(())
}

fn udp(out: &mut String, l: &Layer<'_>) -> R {
    if let (Some(s), Some(d)) = (u(l, f::udp::SRCPORT), u(l, f::udp::DSTPORT)) {
        write!(out, "{s} → {d}")?;
    }
    if let Some(len) = u(l, f::udp::LENGTH) {
        write!(out, " len {len}")?;
    }
    Ok(())
}

fn session(out: &mut String, l: &Layer<'_>) -> R {
    // The English summary is all osidump's words but for message names
    // and close reasons: the same sentence, its phrases in Korean.
    let mut en = String::new();
    crate::dissect::spec::summarize(&mut en, l);
    out.push_str(&phrases(&en));
    Ok(())
}

fn data(out: &mut String, l: &Layer<'_>) -> R {
    write!(out, "페이로드 {}바이트", u(l, f::data::LEN).unwrap_or(0))?;
    if let Some(note) = l.get_str(f::data::OSIDUMP_REASSEMBLY) {
        write!(out, " ({}", phrases(note))?;
        if let Some(p) = l.get_str(f::data::OSIDUMP_PROTOCOL) {
            write!(out, ", {p}")?;
        }
        out.push(')');
    }
    Ok(())
}

/// tshark's frame words (opcode, FIN, MASKED) with osidump's additions
/// in Korean: how many frames a message took, its size.
fn websocket(out: &mut String, l: &Layer<'_>) -> R {
    use crate::dissect::app::websocket::{close_code_name, opcode_name};
    let op = u(l, f::websocket::OPCODE).unwrap_or(0) as u8;
    out.push_str(opcode_name(op));
    let quoted = |out: &mut String, t: &str| {
        let short: String = t.chars().take(60).collect();
        let more = if short.len() < t.len() { "…" } else { "" };
        write!(out, " {short:?}{more}")
    };
    if op == 8 {
        if let Some(code) = u(l, f::websocket::PAYLOAD_CLOSE_STATUS_CODE) {
            write!(out, " {code} {}", close_code_name(code as u16))?;
        }
        if let Some(r) = l.get_str(f::websocket::PAYLOAD_CLOSE_REASON) {
            quoted(out, r)?;
        }
        return Ok(());
    }
    if u(l, f::websocket::FIN) == Some(1) {
        out.push_str(" [FIN]");
    }
    if u(l, f::websocket::MASK) == Some(1) {
        out.push_str(" [MASKED]");
    }
    if u(l, f::websocket::OSIDUMP_INFLATED) == Some(1) {
        out.push_str(" [DEFLATE]");
    }
    if let Some(n) = u(l, f::websocket::FRAGMENT_COUNT) {
        write!(out, " [조각 {n}개]")?;
    }
    if let Some(t) = l.get_str(f::websocket::PAYLOAD_TEXT) {
        quoted(out, t)?;
    } else if let Some(n) = u(l, f::websocket::OSIDUMP_MESSAGE_LEN)
        .or_else(|| u(l, f::websocket::PAYLOAD_LENGTH_EXT_64))
        .or_else(|| u(l, f::websocket::PAYLOAD_LENGTH_EXT_16))
        .or_else(|| u(l, f::websocket::PAYLOAD_LENGTH))
    {
        write!(out, " ({n}바이트)")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_whole_words_longest_first() {
        assert_eq!(
            phrases("TCP stream 0 · handshake 1/3 SYN (dial)"),
            "TCP 스트림 0 · 핸드셰이크 1/3 SYN (연결 요청)"
        );
        assert_eq!(
            phrases("closing, half-closed (hang up)"),
            "종료 중, 한쪽만 닫힘 (연결 끊기)"
        );
        assert_eq!(phrases("dialog"), "dialog");
        assert_eq!(
            phrases("WebSocket close sent 1000 Normal Closure (hang up)"),
            "WebSocket 종료 보냄 1000 Normal Closure (연결 끊기)"
        );
    }
}
