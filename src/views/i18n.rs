//! Layer names and roles in the user's language, and padding that counts
//! display columns (a Hangul syllable takes two), so tables stay aligned.
//!
//! Only the OSI vocabulary is translated: protocol and field names, and
//! every JSON key, stay as Wireshark spells them.

use crate::dissect::Osi;
use unicode_width::UnicodeWidthStr;

/// Output language for layer names and roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// The language a `LANG` / `LC_ALL` / `LC_MESSAGES` value asks for:
    /// `ko_KR.UTF-8` and `ko` mean Korean, anything else English.
    pub fn from_locale(value: &str) -> Lang {
        let v = value.trim();
        if v == "ko" || v.starts_with("ko_") || v.starts_with("ko.") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    /// From the environment, as gettext reads it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG` (the first one set and non-empty).
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .map(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }
}

/// "Transport" / "전송 계층".
pub fn layer_name(osi: Osi, lang: Lang) -> &'static str {
    match lang {
        Lang::En => osi.name(),
        Lang::Ko => match osi {
            Osi::Physical => "물리 계층",
            Osi::DataLink => "데이터 링크 계층",
            Osi::Network => "네트워크 계층",
            Osi::Transport => "전송 계층",
            Osi::Session => "세션 계층",
            Osi::Presentation => "표현 계층",
            Osi::Application => "응용 계층",
        },
    }
}

/// What a layer does, for `osidump layers`. `english` is the registry's
/// text, returned unchanged for [`Lang::En`].
pub fn role(osi: Osi, english: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Ko => match osi {
            Osi::Physical => "비트를 신호로 전송(전기·광·무선)",
            Osi::DataLink => "인접 노드 간 프레임 전달",
            Osi::Network => "경로 지정(라우팅)과 논리 주소",
            Osi::Transport => "종단 간(포트 간) 전달",
            Osi::Session => "세션 수립·유지·종료",
            Osi::Presentation => "데이터 표현(인코딩)·암호화",
            Osi::Application => "응용 서비스 제공",
        },
    }
}

/// What a layer's one-line summary shows, for `osidump layers`.
/// `english` is the registry's text, returned unchanged for [`Lang::En`].
pub fn shows(osi: Osi, english: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Ko => match osi {
            Osi::Physical => "회선·캡처 바이트 수, 타임스탬프, 인터페이스",
            Osi::DataLink => "MAC 주소, VLAN, 링크 유형",
            Osi::Network => "주소, TTL / 홉 제한, 조각",
            Osi::Transport => "포트, seq/ack, 플래그, 윈도",
            Osi::Session => "스트림 id, 핸드셰이크 단계, 상태 (TCP, TLS, WebSocket)",
            Osi::Presentation => {
                "레코드·핸드셰이크 유형, 버전, SNI, ALPN, 암호 스위트; QUIC 패킷 유형, 연결 ID"
            }
            Osi::Application => {
                "메서드, URI, 호스트, 상태 코드; 질의, 응답, rcode; opcode, 페이로드"
            }
        },
    }
}

/// Column headings of the layers table.
pub fn heading(key: &'static str, lang: Lang) -> &'static str {
    match (lang, key) {
        (Lang::En, k) => k,
        (Lang::Ko, "layer") => "계층",
        (Lang::Ko, "role") => "역할",
        (Lang::Ko, "protocols") => "프로토콜",
        (Lang::Ko, "shows") => "보여 주는 것",
        (Lang::Ko, "OSI model") => "OSI 모델",
        (Lang::Ko, "TCP/IP model") => "TCP/IP 모델",
        (Lang::Ko, k) => k,
    }
}

/// A word of `osidump report` and `sessions --format svg` (steps, stage
/// titles, headings): `english` itself, or its Korean from
/// [`REPORT_KO`] (English when a word has none).
pub fn term(english: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Ko => REPORT_KO
            .iter()
            .find(|(e, _)| *e == english)
            .map_or(english, |(_, k)| k),
    }
}

/// The report's words in Korean. Protocol names, field names and what
/// came off the wire stay as they are.
pub const REPORT_KO: &[(&str, &str)] = &[
    // Steps (the first word of an arrow's label).
    ("query", "질의"),
    ("answer", "응답"),
    ("dial", "연결 요청"),
    ("connected", "연결됨"),
    ("hello", "hello"),
    ("handshake done", "핸드셰이크 완료"),
    ("encrypted", "암호화됨"),
    ("request", "요청"),
    ("response", "응답"),
    ("upgrade", "업그레이드"),
    ("accept", "수락"),
    ("message", "메시지"),
    ("ping", "핑"),
    ("close", "종료"),
    ("hang up", "연결 끊기"),
    ("closed", "닫힘"),
    ("reset", "강제 종료"),
    // Stages (a band's title).
    (
        "neighbours on the link (ARP / NDP)",
        "링크의 이웃 찾기 (ARP / NDP)",
    ),
    ("DHCP address lease", "DHCP 주소 임대"),
    ("DNS lookup: query → answer", "DNS 조회: 질의 → 응답"),
    (
        "TCP dial → answer → connected",
        "TCP 연결 요청 → 응답 → 연결됨",
    ),
    ("TLS hellos → handshake done", "TLS hello → 핸드셰이크 완료"),
    ("encrypted data (TLS)", "암호화된 데이터 (TLS)"),
    ("HTTP request → response", "HTTP 요청 → 응답"),
    ("WebSocket upgrade", "WebSocket 업그레이드"),
    ("WebSocket messages", "WebSocket 메시지"),
    ("WebSocket close", "WebSocket 종료"),
    ("data", "데이터"),
    ("TCP hang up", "TCP 연결 끊기"),
    ("ICMP", "ICMP"),
    (
        "IP fragments (reassembled on the last one)",
        "IP 조각 (마지막 조각에서 재조립)",
    ),
    ("other", "기타"),
    // Lanes and the ladder.
    ("client", "클라이언트"),
    ("server", "서버"),
    ("everyone on the link", "링크의 모든 호스트"),
    ("capture", "캡처"),
    ("more packets", "개 패킷 더"),
    ("click to expand", "클릭하면 펼침"),
    ("click to fold", "클릭하면 접음"),
    ("packets", "패킷"),
    ("not drawn", "그리지 않음"),
    ("no packets", "패킷 없음"),
    // The page.
    ("osidump report", "osidump 보고서"),
    ("Ladder", "래더 다이어그램"),
    ("Packet", "패킷"),
    ("Overview", "개요"),
    (
        "Click an arrow to see its packet as an OSI stack.",
        "화살표를 클릭하면 그 패킷을 OSI 계층별로 보여 줍니다.",
    ),
    (
        "Click an arrow to see its packet as a TCP/IP stack.",
        "화살표를 클릭하면 그 패킷을 TCP/IP 계층별로 보여 줍니다.",
    ),
    (
        "Click a folded band to expand it.",
        "접힌 구간을 클릭하면 펼쳐집니다.",
    ),
    ("not in this packet", "이 패킷에 없음"),
    ("bytes", "바이트"),
    ("frame", "프레임"),
    ("Bytes, coloured by layer", "계층별로 색칠한 바이트"),
    ("Protocols by OSI layer", "OSI 계층별 프로토콜"),
    ("Conversations", "대화"),
    ("WebSocket and polling", "WebSocket과 폴링"),
    ("Anomalies and expert info", "이상 징후와 전문가 정보"),
    ("none", "없음"),
    ("drawn", "그린 것"),
    ("duration", "지속 시간"),
    ("share", "비율"),
    ("layer", "계층"),
    ("protocol", "프로토콜"),
    ("kind", "종류"),
    ("reason", "이유"),
    ("start", "시작"),
    ("shown bytes", "보이는 바이트"),
    ("conversation", "대화"),
    ("messages", "메시지"),
    ("payload", "페이로드"),
    ("on the wire", "전송된 양"),
    ("upgrade bytes", "업그레이드 바이트"),
    ("control frames", "제어 프레임"),
    (
        "wire bytes per payload byte",
        "페이로드 1바이트당 전송 바이트",
    ),
    ("Polling: not detected.", "폴링: 감지되지 않음."),
    (
        "No WebSocket in this capture.",
        "이 캡처에는 WebSocket이 없습니다.",
    ),
    (
        "↳ quoted: the packet this error is about",
        "↳ 인용: 이 오류가 가리키는 패킷",
    ),
    (
        "How a layer is numbered (every view alike):",
        "계층 번호를 매기는 규칙 (모든 보기에 똑같이):",
    ),
    (
        "  a header is numbered by its protocol (the rows above); several headers at one number nest",
        "  헤더는 그 프로토콜의 계층 번호를 받습니다(위 표). 같은 번호의 헤더가 여럿이면 서로 감싼 것이며",
    ),
    (
        "    (an inner VLAN tag inside the outer one, ICMP inside IP) and the top-down view lists the innermost first;",
        "    (바깥 VLAN 태그 안의 안쪽 태그, IP 안의 ICMP) 위에서 아래로 보기는 가장 안쪽 것을 먼저 보입니다.",
    ),
    (
        "  the TCP header is L4; the connection's life (dial = SYN, answer = SYN-ACK, hang up = FIN) is L5,",
        "  TCP 헤더는 L4이고, 연결의 생애(전화 걸기 = SYN, 받기 = SYN-ACK, 끊기 = FIN)는 L5입니다.",
    ),
    (
        "    in the tree and in `sessions` alike (the tree's L5 line follows the TLS and WebSocket sessions too);",
        "    트리와 `sessions` 모두 같습니다. TLS와 WebSocket 세션의 단계도 L5입니다.",
    ),
    (
        "  bytes no decoder read (`data`) go to the layer that would read them: TCP or UDP payload to L7, an unknown",
        "  해석하지 못한 바이트(`data`)는 그것을 읽을 계층에 둡니다: TCP·UDP 페이로드는 L7, 모르는",
    ),
    (
        "    EtherType's payload to L3, an unknown IP protocol's to L4, an ICMP echo's payload to ICMP (L3);",
        "    EtherType의 페이로드는 L3, 모르는 IP 프로토콜의 것은 L4, ICMP 에코의 페이로드는 ICMP(L3)에 둡니다.",
    ),
    (
        "  a piece of a longer message is no layer of its own: TCP (L4) marks it a segment of a reassembled PDU,",
        "  더 긴 메시지의 조각은 따로 계층이 되지 않습니다: tshark처럼 TCP(L4)가 재조립 PDU의 조각으로 표시하고,",
    ),
    (
        "    as tshark does, and the whole message is read at its protocol's layer in the frame that completes it;",
        "    메시지 전체는 그것을 완성하는 프레임에서 그 프로토콜의 계층으로 읽습니다.",
    ),
    (
        "  an ICMP error quotes the packet it is about: the quoted headers are shown under it, not as this packet's own.",
        "  ICMP 오류는 문제가 된 패킷을 인용합니다: 인용된 헤더는 그 아래에 보이며, 이 패킷의 것으로 보이지 않습니다.",
    ),
    (
        "The TCP/IP model (RFC 1122) has four layers; osidump maps each decoded layer by its OSI number:",
        "TCP/IP 모델(RFC 1122)은 4계층입니다. osidump는 해석한 각 계층을 OSI 번호로 대응시킵니다:",
    ),
    (
        "  Application = L5–L7, Transport = L4, Internet = L3, Link (network access) = L1–L2.",
        "  응용 = L5–L7, 전송 = L4, 인터넷 = L3, 네트워크 접근(링크) = L1–L2.",
    ),
    (
        "  TCP/IP has no session layer: the connection's life (dial, answer, hang up) is TCP's own work,",
        "  TCP/IP에는 세션 계층이 없습니다: 연결의 생애(연결 요청, 응답, 연결 끊기)는 TCP가 스스로 하는 일이며,",
    ),
    (
        "    and osidump's session line (L5) is shown under Application, as the textbook mapping puts it.",
        "    osidump의 세션 줄(L5)은 교과서의 대응표대로 응용 계층 아래에 보입니다.",
    ),
    (
        "`--model tcpip` regroups the tree, sessions, stats and the report; JSON keeps each layer's OSI number (stats and sessions add its TCP/IP layer).",
        "`--model tcpip`은 트리, 세션, 통계와 보고서를 다시 묶습니다. JSON은 각 계층의 OSI 번호를 그대로 두고, 통계와 세션은 TCP/IP 계층을 덧붙입니다.",
    ),
    ("Protocols by TCP/IP layer", "TCP/IP 계층별 프로토콜"),
    ("TCP analysis", "TCP 분석"),
    ("retransmissions", "재전송"),
    ("out of order", "순서 뒤바뀜"),
    ("previous segment not captured", "이전 세그먼트 캡처 안 됨"),
    ("keep-alives", "keep-alive"),
    ("bytes missing", "누락된 바이트"),
    (
        "Layers of the packet, top (L7) to bottom (L1)",
        "패킷의 계층, 위(L7)에서 아래(L1)까지",
    ),
    (
        "Layers of the packet, top (Application) to bottom (Link)",
        "패킷의 계층, 위(응용 계층)에서 아래(네트워크 접근 계층)까지",
    ),
    ("Limits", "한도"),
    ("hosts", "호스트"),
    ("conversations", "대화"),
    (
        "No client asked one server for the same resource 3 times or more, at least 50 ms apart: there is no polling to compare with.",
        "같은 클라이언트가 한 서버에 같은 자원을 50 ms 이상 간격으로 3번 이상 요청한 적이 없어, 비교할 폴링이 없습니다.",
    ),
];

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    // Printable ASCII (most of what is padded: protocol names, numbers,
    // English labels) is one column a byte; anything else asks the table.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        s.len()
    } else {
        UnicodeWidthStr::width(s)
    }
}

/// `s` followed by spaces up to `cols` display columns (never cut).
pub fn pad(s: &str, cols: usize) -> String {
    let w = width(s);
    let mut out = String::with_capacity(s.len() + cols.saturating_sub(w));
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Spaces before `s` up to `cols` display columns (right-aligned).
pub fn pad_left(s: &str, cols: usize) -> String {
    let w = width(s);
    let mut out = String::with_capacity(s.len() + cols.saturating_sub(w));
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out.push_str(s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_detection() {
        assert_eq!(Lang::from_locale("ko_KR.UTF-8"), Lang::Ko);
        assert_eq!(Lang::from_locale("ko"), Lang::Ko);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale("kok_IN"), Lang::En);
    }

    #[test]
    fn korean_names_are_wide_and_padded_by_columns() {
        assert_eq!(layer_name(Osi::Transport, Lang::Ko), "전송 계층");
        assert_eq!(width("전송 계층"), 9);
        for s in ["L4 Transport", "", "a\tb\x1b", "café", "\u{7f}x", "~ }"] {
            assert_eq!(width(s), UnicodeWidthStr::width(s), "{s:?}");
        }
        assert_eq!(width(&pad("전송 계층", 12)), 12);
        assert_eq!(width(&pad("Transport", 12)), 12);
        assert_eq!(pad_left("42", 4), "  42");
    }
}
