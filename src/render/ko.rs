//! The tree's one-line summaries in Korean (`--lang ko`), for the layers
//! whose summary is osidump's own sentence: frame, link, network,
//! transport, session and undecoded data. Application and presentation
//! summaries are tshark's Info text — message and value names such as
//! "Standard query" or "Client Hello" — and stay as Wireshark spells them,
//! like protocol and field names. Numbers, addresses and field
//! abbreviations (`ttl`, `seq`, `len`) are the same in both languages.

use crate::dissect::fields as f;
use crate::dissect::{Layer, summary};
use std::borrow::Cow;
use std::fmt::Write as _;

/// Appends a layer's summary in Korean; false when the layer's summary
/// has no Korean form (it is tshark's text: the caller writes it as is).
/// The lower layers' sentences are the English ones' writer with the words
/// of [`KO`], so the two languages cannot drift apart.
pub fn summarize(out: &mut String, l: &Layer<'_>) -> bool {
    if l.protocol == "websocket" {
        let _ = websocket(out, l);
        return true;
    }
    summary::summarize_in(out, l, &KO)
}

/// Korean words of osidump's own sentences (see [`summary::Words`]).
pub(crate) static KO: summary::Words = summary::Words {
    on_wire: "회선 {}바이트, 캡처 {}바이트",
    interface: ", 인터페이스 {}",
    ethertype: " 유형 ",
    length_8023: " 802.3 길이 {}",
    padding: " 패딩 {}",
    vlan: "VLAN {} 우선순위 {}",
    packet_type: "패킷 유형 {}",
    from: " 보낸 곳 {}",
    linux_protocol: " 리눅스 프로토콜 0x{}",
    loopback: "루프백, 주소 계열 {} ({})",
    unknown: "알 수 없음",
    raw: "원시 IP (링크 헤더 없음)",
    arp_who_has: "{}의 MAC 주소는? {}에게 알려 주세요",
    arp_is_at: "{}의 MAC 주소는 {}",
    arp_announcement: "ARP 알림: {}",
    arp_gratuitous_request: "Gratuitous ARP: {} (요청)",
    arp_gratuitous_reply: "Gratuitous ARP: {} (응답)",
    arp_probe: "{}의 MAC 주소는? (ARP 탐색)",
    arp_duplicate: " ({} 중복 사용 감지!)",
    version: "버전 {}",
    fragment_offset: " 조각 오프셋 {}",
    more_fragments_v6: " 더 있음",
    bad_checksum: " 체크섬 오류",
    reassembled_fragments: " [조각 {}개에서 재조립]",
    next_header: " 다음 {}",
    hop_by_hop: "홉별 옵션",
    routing: "라우팅",
    dst_opts: "목적지 옵션",
    target: " 대상 {}",
    lladdr: " 링크 주소 ",
    segments_reassembled: " [세그먼트 {}개 재조립]",
    payload: "페이로드 {}바이트",
    phrase: |s| Cow::Owned(phrases(s)),
};

/// Korean for osidump's own phrases (session phases, call steps, TLS and
/// WebSocket steps, TCP analysis labels, notes), longest first so a
/// phrase is replaced before the words inside it. Whatever is not listed
/// (message names, close reasons) stays as it is.
pub const PHRASES: &[(&str, &str)] = &[
    (
        "Start of a record that later segments complete",
        "이후 세그먼트가 완성하는 레코드의 시작",
    ),
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
