//! The phrases of `sessions` steps in the reader's language (English,
//! Korean): the L3 steps (ARP and NDP address resolution, pings, ICMP
//! errors), the TCP call (dial, answer, hang up), DNS outcomes (answers,
//! truncated replies, long answers) and HTTP requests. One function per
//! phrase, each language side by side. Protocol names, field values,
//! addresses and units stay as they are.

use super::super::i18n::Lang;
use super::super::{Addr, human_duration};
use crate::dissect::AnomalyKind;

/// Korean or not: each phrase below picks its words by it.
fn ko(lang: Lang) -> bool {
    lang == Lang::Ko
}

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
pub(super) fn who_has(lang: Lang, target: &Addr, asker: &Addr) -> String {
    if ko(lang) {
        format!("{target}의 MAC 주소는? ({asker}의 질의)")
    } else {
        format!("who has {target}? tell {asker}")
    }
}

/// A reply whose request is not in the capture.
pub(super) fn who_has_unseen(lang: Lang, target: &Addr, asker: &Addr) -> String {
    if ko(lang) {
        format!("{target}의 MAC 주소는? ({asker}의 질의, 질의는 캡처되지 않음)")
    } else {
        format!("who has {target}? tell {asker} (request not captured)")
    }
}

/// `10.99.0.2 is at 02:99:00:00:00:02`
pub(super) fn is_at(lang: Lang, target: &Addr, mac: &Addr) -> String {
    if ko(lang) {
        format!("{target}의 MAC 주소는 {mac}")
    } else {
        format!("{target} is at {mac}")
    }
}

/// Several replies to the same question.
pub(super) fn answers(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!(", 응답 {n}번")
    } else {
        format!(", {n} answers")
    }
}

/// A second host answered for the same address.
pub(super) fn also_claimed(lang: Lang, mac: &Addr) -> String {
    if ko(lang) {
        format!(" · {mac}도 같은 주소라고 응답 (주소 충돌)")
    } else {
        format!(" · also claimed by {mac} (address conflict)")
    }
}

pub(super) fn no_answer(lang: Lang) -> &'static str {
    if ko(lang) {
        "응답 없음"
    } else {
        "no answer"
    }
}

/// An ARP probe (sender 0.0.0.0) or an NDP duplicate address check
/// (source `::`): is anyone using the address?
pub(super) fn probe(lang: Lang, ndp: bool, target: &Addr, mac: Option<&Addr>) -> String {
    let what = match (ko(lang), ndp) {
        (false, true) => "duplicate address detection",
        (false, false) => "ARP probe",
        (true, true) => "중복 주소 검사",
        (true, false) => "ARP 프로브",
    };
    match (ko(lang), mac) {
        (false, Some(m)) => format!("is {target} free? ({what} from {m})"),
        (false, None) => format!("is {target} free? ({what})"),
        (true, Some(m)) => format!("{target} 주소를 써도 되는가? ({m}의 {what})"),
        (true, None) => format!("{target} 주소를 써도 되는가? ({what})"),
    }
}

pub(super) fn probe_free(lang: Lang) -> &'static str {
    if ko(lang) {
        "응답 없음: 비어 있는 주소"
    } else {
        "no answer: the address is free"
    }
}

pub(super) fn probe_taken(lang: Lang, mac: &Addr) -> String {
    if ko(lang) {
        format!("{mac}에서 사용 중 (주소 충돌)")
    } else {
        format!("in use by {mac} (address conflict)")
    }
}

/// A host telling the link its own address unasked: gratuitous ARP, or an
/// unsolicited neighbour advertisement.
pub(super) fn announce(lang: Lang, ndp: bool, target: &Addr, mac: &Addr) -> String {
    match (ko(lang), ndp) {
        (false, true) => format!("unsolicited advertisement: {target} is at {mac}"),
        (false, false) => format!("gratuitous ARP: {target} is at {mac}"),
        (true, true) => format!("묻지 않은 이웃 광고: {target}의 MAC 주소는 {mac}"),
        (true, false) => format!("묻지 않은 ARP 알림: {target}의 MAC 주소는 {mac}"),
    }
}

// ───────────── ICMP ─────────────

/// What an ICMP query asks: `ping`, `timestamp`, ...
pub(super) fn query_name(lang: Lang, request_type: u8, v6: bool) -> &'static str {
    match (ko(lang), v6, request_type) {
        (false, false, 13) => "timestamp",
        (false, false, 15) => "information",
        (false, false, 17) => "address mask",
        (false, ..) => "ping",
        (true, false, 13) => "타임스탬프 질의",
        (true, false, 15) => "정보 질의",
        (true, false, 17) => "주소 마스크 질의",
        (true, ..) => "핑",
    }
}

/// `ping 10.99.0.2` and, for datagrams sent in pieces,
/// `(3008-byte datagrams in 3 fragments)`.
pub(super) fn ping_head(
    lang: Lang,
    name: &str,
    server: &Addr,
    frags: Option<(u64, u64)>,
) -> String {
    match (ko(lang), frags) {
        (false, Some((n, len))) => {
            format!("{name} {server} ({len}-byte datagrams in {n} fragments)")
        }
        (true, Some((n, len))) => format!("{name} {server} ({len}바이트 데이터그램을 {n}조각으로)"),
        (_, None) => format!("{name} {server}"),
    }
}

/// `3 sent, 3 answered`
pub(super) fn ping_counts(lang: Lang, sent: u64, answered: u64) -> String {
    match (ko(lang), answered == 0 && sent > 0) {
        (false, true) => format!("{sent} sent, no answer"),
        (false, false) => format!("{sent} sent, {answered} answered"),
        (true, true) => format!("{sent}번 보냄, 응답 없음"),
        (true, false) => format!("{sent}번 보냄, {answered}번 응답"),
    }
}

/// `RTT 21 µs`, or `RTT min/avg/max 8.0 µs / 15.5 µs / 23 µs`.
pub(super) fn rtt(lang: Lang, min: i128, avg: i128, max: i128, n: u64) -> String {
    if n == 1 {
        return format!("RTT {}", human_duration(min));
    }
    let what = if ko(lang) {
        "최소/평균/최대"
    } else {
        "min/avg/max"
    };
    format!(
        "RTT {what} {} / {} / {}",
        human_duration(min),
        human_duration(avg),
        human_duration(max)
    )
}

pub(super) fn duplicates(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!("중복 응답 {n}개")
    } else {
        format!("{n} duplicate replies")
    }
}

/// Replies whose request was not captured (or came too late to pair).
pub(super) fn unpaired(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!("캡처에 요청이 없는 응답 {n}개")
    } else {
        format!("{n} replies without a request in the capture")
    }
}

/// An ICMP error in a few words: `port unreachable`, `TTL exceeded in
/// transit`, `packet too big (MTU 1280)`.
pub(super) fn icmp_error(lang: Lang, v6: bool, t: u8, code: u8, mtu: Option<u64>) -> String {
    let (en, ko_text): (&str, &str) = match (v6, t, code) {
        (false, 3, 0) => ("network unreachable", "네트워크 도달 불가"),
        (false, 3, 1) => ("host unreachable", "호스트 도달 불가"),
        (false, 3, 2) => ("protocol unreachable", "프로토콜 도달 불가"),
        (false, 3, 3) => ("port unreachable", "포트 도달 불가"),
        (false, 3, 4) => ("fragmentation needed", "단편화 필요"),
        (false, 3, 6) => ("destination network unknown", "목적지 네트워크를 모름"),
        (false, 3, 7) => ("destination host unknown", "목적지 호스트를 모름"),
        (false, 3, 9 | 10 | 13) | (true, 1, 1) => {
            ("administratively prohibited", "관리자가 금지함")
        }
        (false, 3, _) | (true, 1, _) if !(v6 && matches!(code, 0 | 3 | 4)) => {
            ("destination unreachable", "목적지 도달 불가")
        }
        (false, 4, _) => ("source quench", "송신 억제"),
        (false, 5, _) => ("redirect", "경로 재지정"),
        (false, 11, 0) => ("TTL exceeded in transit", "전달 중 TTL 초과"),
        (false, 11, _) | (true, 3, 1) => {
            ("fragment reassembly time exceeded", "조각 재조립 시간 초과")
        }
        (false, 12, _) | (true, 4, _) => ("parameter problem", "매개변수 문제"),
        (true, 1, 0) => ("no route to destination", "목적지로 가는 경로 없음"),
        (true, 1, 3) => ("address unreachable", "주소 도달 불가"),
        (true, 1, 4) => ("port unreachable", "포트 도달 불가"),
        (true, 2, _) => ("packet too big", "패킷이 너무 큼"),
        (true, 3, 0) => ("hop limit exceeded in transit", "전달 중 홉 제한 초과"),
        _ if ko(lang) => return format!("ICMP 유형 {t} 코드 {code}"),
        _ => return format!("ICMP type {t} code {code}"),
    };
    let s = if ko(lang) { ko_text } else { en };
    match mtu {
        Some(m) => format!("{s} (MTU {m})"),
        None => s.to_string(),
    }
}

/// `port unreachable (ICMP from 10.99.0.2)`, and `, 30 µs` after the
/// datagram it answers when told in place of an answer.
pub(super) fn icmp_from(
    lang: Lang,
    error: &str,
    v6: bool,
    from: &Addr,
    after: Option<i128>,
) -> String {
    let p = if v6 { "ICMPv6" } else { "ICMP" };
    match (ko(lang), after) {
        (false, Some(ns)) => format!("{error} ({p} from {from}, {})", human_duration(ns)),
        (false, None) => format!("{error} ({p} from {from})"),
        (true, Some(ns)) => format!("{error} ({from}에서 온 {p}, {})", human_duration(ns)),
        (true, None) => format!("{error} ({from}에서 온 {p})"),
    }
}

/// Distinct ICMP errors of a conversation past those listed.
pub(super) fn more_errors(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!(" · 다른 ICMP 오류 {n}개")
    } else {
        format!(" · {n} other ICMP errors")
    }
}

/// An ICMP error about a datagram whose conversation is not shown:
/// `UDP 10.0.1.2:33434 → 8.8.8.8:33434: ` before the error.
pub(super) fn about(proto: &str, src: &str, dst: &str) -> String {
    format!("{proto} {src} → {dst}: ")
}

// ───────────── DNS ─────────────

/// The query went unanswered.
pub(super) fn dns_no_answer(lang: Lang) -> &'static str {
    no_answer(lang)
}

/// A reply with no record and no error.
pub(super) fn dns_no_records(lang: Lang) -> &'static str {
    if ko(lang) {
        "레코드 없음"
    } else {
        "no records"
    }
}

/// ` (110 µs) via 10.99.0.2:53` after the answers.
pub(super) fn dns_via(lang: Lang, took: i128, server: &str) -> String {
    if ko(lang) {
        format!(" ({}) {server} 경유", human_duration(took))
    } else {
        format!(" ({}) via {server}", human_duration(took))
    }
}

/// An error code as the reply named it (`No such name`, `Refused`).
pub fn dns_rcode(lang: Lang, english: &str) -> String {
    if !ko(lang) {
        return english.to_string();
    }
    // In Korean with the code's mnemonic (RFC 1035, 2136, 6895).
    let (k, code) = match english {
        "No error" => ("오류 없음", "NOERROR"),
        "Format error" => ("형식 오류", "FORMERR"),
        "Server failure" => ("서버 실패", "SERVFAIL"),
        "No such name" => ("그런 이름 없음", "NXDOMAIN"),
        "Not implemented" => ("구현되지 않음", "NOTIMP"),
        "Refused" => ("거부됨", "REFUSED"),
        _ => return english.to_string(),
    };
    format!("{k} ({code})")
}

/// The reply had the TC bit set: the answer did not fit in the datagram.
pub(super) fn dns_tc(lang: Lang, retried: bool) -> &'static str {
    match (ko(lang), retried) {
        (false, true) => "truncated (TC), retried over TCP",
        (false, false) => "truncated (TC), not retried over TCP in the capture",
        (true, true) => "잘린 응답 (TC), TCP로 다시 질의함",
        (true, false) => "잘린 응답 (TC), 캡처 안에서 TCP로 다시 질의하지 않음",
    }
}

/// The reply was cut by the capture's snap length, or is malformed.
pub(super) fn dns_cut(lang: Lang, kind: AnomalyKind) -> &'static str {
    match (ko(lang), kind) {
        (false, AnomalyKind::Malformed) => "reply malformed",
        (false, _) => "reply truncated",
        (true, AnomalyKind::Malformed) => "응답 형식이 잘못됨",
        (true, _) => "응답이 잘려 캡처됨",
    }
}

/// Answers past those kept: ` and 3 more`.
pub(super) fn more_answers(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!(" 외 {n}개")
    } else {
        format!(" and {n} more")
    }
}

/// A long answer cut to `keep` characters: `v=DKIM1; k=rsa; p=MIIB… (2000
/// characters)`; `chars` is the whole answer's length.
pub(super) fn cut(lang: Lang, s: &str, keep: usize, chars: usize) -> String {
    let head: String = s.chars().take(keep).collect();
    if ko(lang) {
        format!("{head}… (전체 {chars}자)")
    } else {
        format!("{head}… ({chars} characters)")
    }
}

// ───────────── the TCP call ─────────────

/// Who did something: the client or the server.
pub(super) fn side(lang: Lang, dir: usize) -> &'static str {
    match (ko(lang), dir) {
        (false, 0) => "client",
        (false, _) => "server",
        (true, 0) => "클라이언트",
        (true, _) => "서버",
    }
}

/// `dial 10.99.0.2:80 from port 34488 (SYN)`
pub(super) fn dial(lang: Lang, server: &str, port: u16, how: &str) -> String {
    if ko(lang) {
        format!("{server}에 연결 요청, 포트 {port}에서 ({how})")
    } else {
        format!("dial {server} from port {port} ({how})")
    }
}

/// ` · answer (SYN-ACK)`
pub(super) fn dial_answered(lang: Lang) -> &'static str {
    if ko(lang) {
        " · 응답 (SYN-ACK)"
    } else {
        " · answer (SYN-ACK)"
    }
}

/// ` · refused (RST by server)`
pub(super) fn dial_refused(lang: Lang, dir: usize) -> String {
    if ko(lang) {
        format!(" · 거절됨 ({}의 RST)", side(lang, dir))
    } else {
        format!(" · refused (RST by {})", side(lang, dir))
    }
}

/// ` · no answer`
pub(super) fn dial_unanswered(lang: Lang) -> String {
    format!(" · {}", no_answer(lang))
}

/// ` · connected (ACK)`
pub(super) fn dial_connected(lang: Lang) -> &'static str {
    if ko(lang) {
        " · 연결됨 (ACK)"
    } else {
        " · connected (ACK)"
    }
}

/// A connection whose handshake was not captured.
pub(super) fn already_open(lang: Lang, client: &str, server: &str) -> String {
    if ko(lang) {
        format!("{client} ↔ {server}: 캡처가 시작될 때 이미 연결되어 있음")
    } else {
        format!("{client} ↔ {server}: already connected when the capture began")
    }
}

/// `(stream 0, 1.1 ms, 38 packets)`
pub(super) fn call_tail(lang: Lang, stream: u64, took: i128, packets: u64) -> String {
    if ko(lang) {
        format!(
            "(스트림 {stream}, {}, 패킷 {packets}개)",
            human_duration(took)
        )
    } else {
        format!(
            "(stream {stream}, {}, {packets} packets)",
            human_duration(took)
        )
    }
}

/// `reset by server (RST) (stream …)`
pub(super) fn reset_by(lang: Lang, dir: usize, tail: &str) -> String {
    if ko(lang) {
        format!("{}가 강제 종료 (RST) {tail}", side(lang, dir))
    } else {
        format!("reset by {} (RST) {tail}", side(lang, dir))
    }
}

/// `still open at the end of the capture (stream …)`
pub(super) fn still_open(lang: Lang, tail: &str) -> String {
    if ko(lang) {
        format!("캡처가 끝날 때까지 열려 있음 {tail}")
    } else {
        format!("still open at the end of the capture {tail}")
    }
}

/// `hang up: client FIN, server FIN`
pub(super) fn hang_up(lang: Lang, fins: &[usize]) -> String {
    let who: Vec<String> = fins
        .iter()
        .map(|d| format!("{} FIN", side(lang, *d)))
        .collect();
    if ko(lang) {
        format!("연결 끊기: {}", who.join(", "))
    } else {
        format!("hang up: {}", who.join(", "))
    }
}

/// One side closed, the other did not.
pub(super) fn half_closed(lang: Lang) -> &'static str {
    if ko(lang) {
        " (한쪽만 닫힘)"
    } else {
        " (half closed)"
    }
}

/// `10.99.0.1:59047 → 10.99.0.2:9999: 1 datagrams, 1.2 KiB → / 0 B ←`
pub(super) fn datagrams(lang: Lang, from: &str, to: &str, n: u64, out: &str, back: &str) -> String {
    if ko(lang) {
        format!("{from} → {to}: 데이터그램 {n}개, {out} → / {back} ←")
    } else {
        format!("{from} → {to}: {n} datagrams, {out} → / {back} ←")
    }
}

// ───────────── HTTP ─────────────

/// ` → no response`
pub(super) fn http_no_response(lang: Lang) -> &'static str {
    if ko(lang) {
        " → 응답 없음"
    } else {
        " → no response"
    }
}

/// `… 12 more requests`
pub(super) fn more_requests(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!("… 요청 {n}개 더")
    } else {
        format!("… {n} more requests")
    }
}

// ───────────── the report's frame ─────────────

/// `client 10.99.0.1`: the heading of a host's steps.
pub fn client(lang: Lang, who: &str) -> String {
    if ko(lang) {
        format!("클라이언트 {who}")
    } else {
        format!("client {who}")
    }
}

/// Nothing to show.
pub fn no_conversations(lang: Lang) -> &'static str {
    if ko(lang) {
        "대화 없음"
    } else {
        "no conversations"
    }
}

/// Conversations over the cap.
pub fn dropped(lang: Lang, n: u64, cap: usize) -> String {
    if ko(lang) {
        format!("({n}개 대화는 한도 {cap}개를 넘어 보이지 않음)")
    } else {
        format!("({n} conversations over the cap of {cap} not shown)")
    }
}

/// Conversations turned away by the view's memory budget (under the cap).
pub fn dropped_over_budget(lang: Lang, n: u64, budget_mib: usize) -> String {
    if ko(lang) {
        format!("({n}개 대화는 메모리 예산 {budget_mib} MiB를 넘어 보이지 않음)")
    } else {
        format!("({n} conversations over the memory budget of {budget_mib} MiB not shown)")
    }
}

/// ARP, NDP and ICMP messages over the caps.
pub fn dropped_l3(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!("(한도를 넘은 ARP, NDP, ICMP 메시지 {n}개는 보이지 않음)")
    } else {
        format!("({n} ARP, NDP or ICMP messages over the caps not shown)")
    }
}

// ───────────── TLS ─────────────

/// `TLS 1.3 handshake`
pub(super) fn tls_handshake(lang: Lang, version: Option<&str>) -> String {
    let word = if ko(lang) {
        "핸드셰이크"
    } else {
        "handshake"
    };
    match version {
        Some(v) => format!("{v} {word}"),
        None => word.to_string(),
    }
}

/// `ServerHello after 750 µs, `
pub(super) fn tls_server_hello_after(lang: Lang, ns: i128) -> String {
    if ko(lang) {
        format!("{} 후 ServerHello, ", human_duration(ns))
    } else {
        format!("ServerHello after {}, ", human_duration(ns))
    }
}

/// ` (ServerHello after 750 µs, done in 6.7 ms)`
pub(super) fn tls_done(lang: Lang, server_hello: &str, ns: i128) -> String {
    if ko(lang) {
        format!(" ({server_hello}{} 만에 완료)", human_duration(ns))
    } else {
        format!(" ({server_hello}done in {})", human_duration(ns))
    }
}

pub(super) fn tls_not_finished(lang: Lang) -> &'static str {
    if ko(lang) {
        " (캡처 안에서 끝나지 않음)"
    } else {
        " (not finished in the capture)"
    }
}

pub(super) fn tls_no_server_hello(lang: Lang) -> &'static str {
    if ko(lang) {
        " (ServerHello 없음)"
    } else {
        " (no ServerHello)"
    }
}

/// `encrypted HTTP: 1.6 KiB → / 2.5 KiB ← on the wire`
pub(super) fn encrypted(lang: Lang, http: bool, out: &str, back: &str) -> String {
    match (ko(lang), http) {
        (false, true) => format!("encrypted HTTP: {out} → / {back} ← on the wire"),
        (false, false) => format!("encrypted talk: {out} → / {back} ← on the wire"),
        (true, true) => format!("암호화된 HTTP: 전송량 {out} → / {back} ←"),
        (true, false) => format!("암호화된 대화: 전송량 {out} → / {back} ←"),
    }
}

// ───────────── WebSocket ─────────────

/// `upgrade /live`
pub(super) fn ws_upgrade(lang: Lang, uri: &str) -> String {
    if ko(lang) {
        format!("업그레이드 {uri}")
    } else {
        format!("upgrade {uri}")
    }
}

pub(super) fn ws_not_accepted(lang: Lang) -> &'static str {
    if ko(lang) {
        " → 수락되지 않음"
    } else {
        " → not accepted"
    }
}

/// `messages: 2 → (33 B), 2 ← (33 B)`
pub(super) fn ws_messages(lang: Lang, out: (u64, &str), back: (u64, &str)) -> String {
    if ko(lang) {
        format!(
            "메시지: {}개 → ({}), {}개 ← ({})",
            out.0, out.1, back.0, back.1
        )
    } else {
        format!(
            "messages: {} → ({}), {} ← ({})",
            out.0, out.1, back.0, back.1
        )
    }
}

/// `, 1 ping`
pub(super) fn ws_pings(lang: Lang, n: u64) -> String {
    if ko(lang) {
        format!(", 핑 {n}번")
    } else {
        format!(", {n} ping")
    }
}

/// `close 1000 Normal Closure (by client)`: the code's name as RFC 6455
/// gives it.
pub(super) fn ws_close(lang: Lang, code: u16, name: &str, dir: usize) -> String {
    if ko(lang) {
        format!("종료 {code} {name} ({}가 닫음)", side(lang, dir))
    } else {
        format!("close {code} {name} (by {})", side(lang, dir))
    }
}

// ───────────── QUIC ─────────────

/// ` · Handshake after 19.8 ms`, ` · 1-RTT after 31.2 ms`: when each
/// packet space was first seen.
pub(super) fn quic_after(lang: Lang, space: &str, ns: i128) -> String {
    if ko(lang) {
        format!(" · {} 후 {space}", human_duration(ns))
    } else {
        format!(" · {space} after {}", human_duration(ns))
    }
}

/// `, version 0xff00001d`
pub(super) fn quic_version(lang: Lang, v: u64) -> String {
    if ko(lang) {
        format!(", 버전 0x{v:08x}")
    } else {
        format!(", version 0x{v:08x}")
    }
}

/// `(69.2 ms, 25 packets)`
pub(super) fn quic_tail(lang: Lang, took: i128, packets: u64) -> String {
    if ko(lang) {
        format!("({}, 패킷 {packets}개)", human_duration(took))
    } else {
        format!("({}, {packets} packets)", human_duration(took))
    }
}

/// `hang up: CONNECTION_CLOSE by server (error 0, "bye")`
pub(super) fn quic_close(lang: Lang, dir: usize, code: u64, reason: &str) -> String {
    let reason = if reason.is_empty() {
        String::new()
    } else {
        format!(", {reason:?}")
    };
    if ko(lang) {
        format!(
            "연결 끊기: {}의 CONNECTION_CLOSE (오류 {code}{reason})",
            side(lang, dir)
        )
    } else {
        format!(
            "hang up: CONNECTION_CLOSE by {} (error {code}{reason})",
            side(lang, dir)
        )
    }
}

/// `; the first connection is shown, 14 alike folded (-T json lists them)`
pub(super) fn folded(lang: Lang, n: usize) -> String {
    if ko(lang) {
        format!("; 첫 연결만 보이고 같은 모양의 {n}개는 접음 (-T json에 모두 나옴)")
    } else {
        format!("; the first connection is shown, {n} alike folded (-T json lists them)")
    }
}
