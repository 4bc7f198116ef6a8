//! `--explain`: one short line under each layer of the tree saying what
//! that header did for this packet, read from its fields ("routing: TTL 64,
//! next protocol TCP, not fragmented"), in English or Korean. Protocol,
//! field and value names stay as Wireshark spells them; the sentence
//! around them is the learner's language.

use crate::dissect::fields as f;
use crate::dissect::{Layer, Osi, Value};
use crate::views::i18n::Lang;
use std::fmt::Write as _;

/// Pick the English or the Korean of a phrase.
fn t(lang: Lang, en: &'static str, ko: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

fn named<'l>(l: &'l Layer<'_>, name: &str) -> Option<&'l Value<'l>> {
    l.get_named(name)
}

fn uint(l: &Layer<'_>, name: &str) -> Option<u64> {
    match named(l, name)? {
        Value::UInt(v) => Some(*v),
        Value::Bool(b) => Some(u64::from(*b)),
        _ => None,
    }
}

fn text<'l>(l: &'l Layer<'_>, name: &str) -> Option<&'l str> {
    match named(l, name)? {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

fn yes(l: &Layer<'_>, name: &str) -> bool {
    matches!(named(l, name), Some(Value::Bool(true)))
}

/// The registry's name for a field's value (`ip.proto` 6 → "TCP").
fn value_name(l: &Layer<'_>, name: &str) -> Option<&'static str> {
    f::by_name(name)?.value_name(uint(l, name)?)
}

/// A protocol number by its registered name, else the number.
fn number_or_name(l: &Layer<'_>, name: &str) -> Option<String> {
    let v = uint(l, name)?;
    Some(value_name(l, name).map_or_else(|| v.to_string(), str::to_string))
}

/// The explanation of one layer, without a line break. Every protocol the
/// dissector decodes has its own; a layer no spec claims falls back to
/// its role and protocol name.
pub fn write(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let start = out.len();
    match l.protocol {
        "frame" => frame(out, l, lang),
        "eth" => eth(out, l, lang),
        "vlan" | "ieee8021ad" => vlan(out, l, lang),
        "sll" => sll(out, l, lang),
        "null" => null(out, l, lang),
        "ppp" | "pppoes" => ppp(out, l, lang),
        "raw" => out.push_str(t(
            lang,
            "link: none; the capture starts at the IP header",
            "링크: 없음. 캡처가 IP 헤더부터 시작합니다",
        )),
        "arp" => arp(out, l, lang),
        "ip" => ip(out, l, lang),
        "ipv6" => ipv6(out, l, lang),
        "icmp" | "icmpv6" => icmp(out, l, lang),
        "tcp" => tcp(out, l, lang),
        "udp" => udp(out, l, lang),
        "session" => session(out, l, lang),
        "data" => data(out, l, lang),
        "dns" | "mdns" | "llmnr" => dns(out, l, lang),
        "http" | "ssdp" => http(out, l, lang),
        "http2" => http2(out, l, lang),
        "http3" => http3(out, l, lang),
        "tls" => tls(out, l, lang),
        "quic" => quic(out, l, lang),
        "websocket" => websocket(out, l, lang),
        "dhcp" => dhcp(out, l, lang),
        _ => {}
    }
    if out.len() == start {
        generic(out, l, lang);
    }
}

/// A layer without a sentence of its own (a QUIC datagram's padding, a
/// record no field describes, a protocol no spec claims): its layer's
/// role and its one-line summary.
fn generic(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let role = match l.osi {
        Osi::Physical => t(lang, "physical", "물리"),
        Osi::DataLink => t(lang, "link", "링크"),
        Osi::Network => t(lang, "network", "네트워크"),
        Osi::Transport => t(lang, "transport", "전송"),
        Osi::Session => t(lang, "session", "세션"),
        Osi::Presentation => t(lang, "presentation", "표현"),
        Osi::Application => t(lang, "application", "응용"),
    };
    let _ = write!(out, "{role} ({}): ", l.protocol);
    let start = out.len();
    crate::dissect::spec::summarize(out, l);
    if out.len() == start {
        out.push_str(t(lang, "nothing more is known", "더 알려진 것이 없음"));
    }
}

fn frame(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let len = l.get_uint(f::frame::LEN).unwrap_or(0);
    let cap = l.get_uint(f::frame::CAP_LEN).unwrap_or(len);
    let _ = match lang {
        Lang::En => write!(out, "physical: {len} bytes on the wire"),
        Lang::Ko => write!(out, "물리: 회선 위의 {len}바이트"),
    };
    if cap < len {
        let _ = match lang {
            Lang::En => write!(out, ", only the first {cap} captured"),
            Lang::Ko => write!(out, ", 앞의 {cap}바이트만 캡처됨"),
        };
    }
    let iface = l
        .get_str(f::frame::INTERFACE_NAME)
        .map(str::to_string)
        .or_else(|| l.get_uint(f::frame::INTERFACE_ID).map(|i| i.to_string()));
    if let Some(i) = iface {
        let _ = match lang {
            Lang::En => write!(out, ", seen on interface {i}"),
            Lang::Ko => write!(out, ", 인터페이스 {i}에서 봄"),
        };
    }
}

/// Where a link frame goes, from its destination MAC.
fn link_reach(dst: &Value<'_>, lang: Lang) -> &'static str {
    match dst {
        Value::Mac([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) => t(
            lang,
            "to every host on the link (broadcast)",
            "링크의 모든 호스트에게 (브로드캐스트)",
        ),
        Value::Mac(m) if m[0] & 1 == 1 => t(
            lang,
            "to a multicast group on the link",
            "링크의 멀티캐스트 그룹에게",
        ),
        _ => t(lang, "on the same link", "같은 링크 안에서"),
    }
}

fn carrying(out: &mut String, l: &Layer<'_>, field: &str, lang: Lang) {
    if let Some(p) = number_or_name(l, field) {
        let _ = match lang {
            Lang::En => write!(out, ", carrying {p}"),
            Lang::Ko => write!(out, ", {p}를 실어 나름"),
        };
    }
}

fn eth(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let (Some(src), Some(dst)) = (l.get(f::eth::SRC), l.get(f::eth::DST)) else {
        return;
    };
    let reach = link_reach(dst, lang);
    let _ = match lang {
        Lang::En => write!(out, "link: from {src} to {dst} {reach}"),
        Lang::Ko => write!(out, "링크: {src}에서 {dst}로, {reach}"),
    };
    if l.has(f::eth::TYPE) {
        carrying(out, l, "eth.type", lang);
    } else if let Some(n) = l.get_uint(f::eth::LEN) {
        let _ = match lang {
            Lang::En => write!(out, ", an 802.3 frame of {n} bytes"),
            Lang::Ko => write!(out, ", 길이 {n}바이트의 802.3 프레임"),
        };
    }
}

fn vlan(out: &mut String, l: &Layer<'_>, lang: Lang) {
    use crate::dissect::link::{SERVICE_TAG, VLAN_TAG};
    let tag = if l.protocol == SERVICE_TAG.protocol {
        &SERVICE_TAG
    } else {
        &VLAN_TAG
    };
    let id = l.get_uint(tag.id).unwrap_or(0);
    let prio = l.get_uint(tag.priority).unwrap_or(0);
    let _ = match lang {
        Lang::En => write!(out, "link: tags the frame for VLAN {id} (priority {prio})"),
        Lang::Ko => write!(
            out,
            "링크: 프레임에 VLAN {id} 태그를 붙임 (우선순위 {prio})"
        ),
    };
    if let Some(t) = l.get_uint(tag.etype) {
        let name = tag
            .etype
            .value_name(t)
            .map_or_else(|| format!("0x{t:04x}"), str::to_string);
        let _ = match lang {
            Lang::En => write!(out, ", carrying {name}"),
            Lang::Ko => write!(out, ", {name}를 실어 나름"),
        };
    }
}

fn sll(out: &mut String, l: &Layer<'_>, lang: Lang) {
    out.push_str(t(
        lang,
        "link: Linux's cooked header (the real link header was dropped)",
        "링크: 리눅스 cooked 헤더 (실제 링크 헤더는 버려짐)",
    ));
    if let Some(p) = value_name(l, "sll.pkttype") {
        let _ = write!(out, ", {p}");
    }
    if let Some(a) = l.get(f::sll::SRC_ETH) {
        let _ = match lang {
            Lang::En => write!(out, ", from {a}"),
            Lang::Ko => write!(out, ", 보낸 곳 {a}"),
        };
    }
    if l.has(f::sll::ETYPE) {
        carrying(out, l, "sll.etype", lang);
    }
}

fn null(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let fam = l.get_uint(f::null::FAMILY).unwrap_or(0);
    let name = match fam {
        2 => "IPv4",
        10 | 24 | 28 | 30 => "IPv6",
        _ => "?",
    };
    let _ = match lang {
        Lang::En => write!(
            out,
            "link: loopback, the packet never left this host; family {fam} ({name})"
        ),
        Lang::Ko => write!(
            out,
            "링크: 루프백, 패킷이 이 호스트를 떠나지 않음; 주소 계열 {fam} ({name})"
        ),
    };
}

fn ppp(out: &mut String, l: &Layer<'_>, lang: Lang) {
    if l.protocol == "pppoes" {
        let id = uint(l, "pppoe.session_id").unwrap_or(0);
        let _ = match lang {
            Lang::En => write!(out, "link: PPP over Ethernet, session 0x{id:04x}"),
            Lang::Ko => write!(out, "링크: 이더넷 위의 PPP, 세션 0x{id:04x}"),
        };
    } else {
        out.push_str(t(
            lang,
            "link: point-to-point framing",
            "링크: 점대점(PPP) 프레이밍",
        ));
        carrying(out, l, "ppp.protocol", lang);
    }
}

fn arp(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let op = l.get_uint(f::arp::OPCODE).unwrap_or(0);
    let spa = l.get(f::arp::SRC_PROTO_IPV4).or(l.get(f::arp::SRC_PROTO));
    let tpa = l.get(f::arp::DST_PROTO_IPV4).or(l.get(f::arp::DST_PROTO));
    let sha = l.get(f::arp::SRC_HW_MAC).or(l.get(f::arp::SRC_HW));
    let _ = match (op, spa, tpa, sha, lang) {
        (1, Some(s), Some(t), _, Lang::En) if s == t => {
            write!(out, "address resolution: announces {s} (gratuitous ARP)")
        }
        (1, Some(s), Some(t), _, Lang::Ko) if s == t => {
            write!(out, "주소 결정: {s}를 알림 (gratuitous ARP)")
        }
        (1, Some(s), Some(t), _, Lang::En) => write!(
            out,
            "address resolution: asks the link which MAC has {t}, for {s}"
        ),
        (1, Some(s), Some(t), _, Lang::Ko) => {
            write!(out, "주소 결정: {t}의 MAC 주소를 링크에 물음 ({s}가 요청)")
        }
        (2, Some(s), _, Some(h), Lang::En) => {
            write!(out, "address resolution: answers that {s} is at {h}")
        }
        (2, Some(s), _, Some(h), Lang::Ko) => {
            write!(out, "주소 결정: {s}의 MAC 주소는 {h}라고 답함")
        }
        _ => match value_name(l, "arp.opcode") {
            Some(n) => write!(out, "{} {n}", t(lang, "address resolution:", "주소 결정:")),
            None => Ok(()),
        },
    };
}

fn fragments(out: &mut String, more: bool, offset: u64, reassembled: Option<u64>, lang: Lang) {
    if let Some(n) = reassembled {
        let _ = match lang {
            Lang::En => write!(out, ", reassembled from {n} fragments"),
            Lang::Ko => write!(out, ", 조각 {n}개를 재조립함"),
        };
    } else if more || offset > 0 {
        let _ = match (lang, more) {
            (Lang::En, true) => write!(out, ", a fragment at offset {offset}, more follow"),
            (Lang::En, false) => write!(out, ", the last fragment, at offset {offset}"),
            (Lang::Ko, true) => write!(out, ", 오프셋 {offset}의 조각, 뒤에 더 있음"),
            (Lang::Ko, false) => write!(out, ", 오프셋 {offset}의 마지막 조각"),
        };
    } else {
        out.push_str(t(lang, ", not fragmented", ", 조각나지 않음"));
    }
}

fn ip(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let ttl = l.get_uint(f::ip::TTL).unwrap_or(0);
    let next = number_or_name(l, "ip.proto").unwrap_or_else(|| "?".into());
    let _ = match lang {
        Lang::En => write!(out, "routing: TTL {ttl}, next protocol {next}"),
        Lang::Ko => write!(out, "라우팅: TTL {ttl}, 다음 프로토콜 {next}"),
    };
    fragments(
        out,
        l.flag(f::ip::FLAGS_MF),
        l.get_uint(f::ip::FRAG_OFFSET).unwrap_or(0),
        l.get_uint(f::ip::FRAGMENT_COUNT),
        lang,
    );
    if l.flag(f::ip::FLAGS_DF) {
        out.push_str(t(lang, " (don't fragment)", " (조각내지 말 것)"));
    }
}

fn ipv6(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let hlim = l.get_uint(f::ipv6::HLIM).unwrap_or(0);
    let next = number_or_name(l, "ipv6.nxt").unwrap_or_else(|| "?".into());
    let _ = match lang {
        Lang::En => write!(out, "routing: hop limit {hlim}, next header {next}"),
        Lang::Ko => write!(out, "라우팅: 홉 제한 {hlim}, 다음 헤더 {next}"),
    };
    fragments(
        out,
        l.flag(f::ipv6::FRAGHDR_MORE),
        l.get_uint(f::ipv6::FRAGHDR_OFFSET).unwrap_or(0),
        l.get_uint(f::ipv6::FRAGMENT_COUNT),
        lang,
    );
}

fn icmp(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let v6 = l.protocol == "icmpv6";
    let ty = uint(l, if v6 { "icmpv6.type" } else { "icmp.type" }).unwrap_or(0);
    let name = if v6 {
        value_name(l, "icmpv6.type")
    } else {
        crate::dissect::names::icmp_type(ty as u8)
    };
    let name = name.map_or_else(|| format!("type {ty}"), str::to_string);
    let _ = write!(
        out,
        "{} {name}",
        t(lang, "control message:", "제어 메시지:")
    );
    // What kind of message it is, by its type number's range.
    let error = if v6 {
        ty < 128
    } else {
        matches!(ty, 3 | 4 | 5 | 11 | 12)
    };
    let echo = if v6 {
        matches!(ty, 128 | 129)
    } else {
        matches!(ty, 0 | 8)
    };
    let nd = v6 && (133..=137).contains(&ty);
    let what = if error {
        t(
            lang,
            " — reports a problem with the packet quoted below",
            " — 아래 인용된 패킷의 문제를 알림",
        )
    } else if echo && matches!(ty, 8 | 128) {
        t(
            lang,
            " — asks the host to answer (ping)",
            " — 상대 호스트에 응답을 요청함 (핑)",
        )
    } else if echo {
        t(lang, " — answers a ping", " — 핑에 응답함")
    } else if nd {
        t(
            lang,
            " — finds neighbours and routers on the link",
            " — 링크의 이웃과 라우터를 찾음",
        )
    } else {
        ""
    };
    out.push_str(what);
}

fn tcp(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let s = l.get_uint(f::tcp::SRCPORT).unwrap_or(0);
    let d = l.get_uint(f::tcp::DSTPORT).unwrap_or(0);
    let len = l.get_uint(f::tcp::LEN).unwrap_or(0);
    let _ = match lang {
        Lang::En => write!(out, "transport: port {s} → {d}, {len} bytes of data"),
        Lang::Ko => write!(out, "전송: 포트 {s} → {d}, 데이터 {len}바이트"),
    };
    let flags = l.get_uint(f::tcp::FLAGS).unwrap_or(0);
    let why = if flags & 0x004 != 0 {
        t(lang, ", RST drops the connection", ", RST로 연결을 끊음")
    } else if flags & 0x012 == 0x012 {
        t(
            lang,
            ", SYN-ACK accepts the connection",
            ", SYN-ACK로 연결을 받아들임",
        )
    } else if flags & 0x002 != 0 {
        t(lang, ", SYN opens the connection", ", SYN으로 연결을 엶")
    } else if flags & 0x001 != 0 {
        t(
            lang,
            ", FIN: this side is done sending",
            ", FIN: 이쪽은 보내기를 마침",
        )
    } else if flags & 0x010 != 0 && len == 0 {
        t(lang, ", an acknowledgement only", ", 확인 응답(ACK)만 보냄")
    } else {
        ""
    };
    out.push_str(why);
    if let Some(a) = l.get_str(f::tcp::OSIDUMP_ANALYSIS) {
        // tshark's analysis label, in the reader's words (`TCP Dup ACK`).
        match lang {
            Lang::Ko => {
                let _ = write!(out, " [{}]", super::ko::phrases(a));
            }
            _ => {
                let _ = write!(out, " [{a}]");
            }
        }
    }
}

fn udp(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let s = l.get_uint(f::udp::SRCPORT).unwrap_or(0);
    let d = l.get_uint(f::udp::DSTPORT).unwrap_or(0);
    let len = l.get_uint(f::udp::LENGTH).unwrap_or(8).saturating_sub(8);
    let _ = match lang {
        Lang::En => write!(
            out,
            "transport: port {s} → {d}, {len} bytes of data, no connection"
        ),
        Lang::Ko => write!(out, "전송: 포트 {s} → {d}, 데이터 {len}바이트, 연결 없음"),
    };
}

fn session(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let call = l.get_str(f::session::CALL).unwrap_or("");
    let phase = l.get_str(f::session::PHASE).unwrap_or("");
    let step = match (call, phase) {
        ("dial", _) => t(lang, "the dial, step 1 of 3", "연결 요청, 3단계 중 1단계"),
        ("answer", _) => t(lang, "the answer, step 2 of 3", "응답, 3단계 중 2단계"),
        ("connected", _) => t(lang, "connected, step 3 of 3", "연결됨, 3단계 중 3단계"),
        ("talk", _) => t(
            lang,
            "the talk: the connection is open",
            "통화: 연결이 열려 있음",
        ),
        ("hang up (reset)", _) => t(
            lang,
            "the hang up: reset at once",
            "연결 끊기: 즉시 강제 종료",
        ),
        ("hang up", "closing last ACK") => t(
            lang,
            "the hang up: the last acknowledgement",
            "연결 끊기: 마지막 확인 응답",
        ),
        ("hang up", _) => t(lang, "the hang up", "연결 끊기"),
        _ => "",
    };
    let stream = l.get_uint(f::session::STREAM).unwrap_or(0);
    let _ = match lang {
        Lang::En => write!(out, "session: {step} (TCP stream {stream})"),
        Lang::Ko => write!(out, "세션: {step} (TCP 스트림 {stream})"),
    };
    let mut last = None;
    for fl in &l.fields {
        let Value::Str(v) = &fl.value else { continue };
        let said = match fl.name() {
            "osidump.tls.phase" => tls_step(v, lang),
            "osidump.websocket.phase" => websocket_step(v, lang),
            _ => continue,
        };
        if last != Some(said.clone()) {
            let _ = write!(out, "; {said}");
        }
        last = Some(said);
    }
}

/// A TLS handshake step: its message name, or what the phase says.
fn tls_step(v: &str, lang: Lang) -> String {
    let said = match v {
        "established (encrypted)" => t(lang, "encrypted data", "암호화된 데이터"),
        "encrypted handshake" => t(lang, "encrypted handshake", "암호화된 핸드셰이크"),
        "alert (encrypted)" => t(lang, "encrypted alert", "암호화된 경고"),
        // Message names (ClientHello, Finished, close_notify) stay.
        other => return format!("TLS {other}"),
    };
    format!("TLS {said}")
}

fn websocket_step(v: &str, lang: Lang) -> String {
    let said = if v.contains("handshake 1/2") {
        t(
            lang,
            "upgrade asked, step 1 of 2",
            "업그레이드 요청, 2단계 중 1단계",
        )
    } else if v.contains("handshake 2/2") {
        t(
            lang,
            "upgrade accepted, step 2 of 2",
            "업그레이드 수락, 2단계 중 2단계",
        )
    } else if v.contains("open") {
        t(lang, "open", "열림")
    } else if v.contains("close sent") {
        t(lang, "close sent", "종료 보냄")
    } else if v.contains("closed") {
        t(lang, "closed", "닫힘")
    } else {
        return format!("WebSocket {v}");
    };
    format!("WebSocket {said}")
}

fn data(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let n = l.get_uint(f::data::LEN).unwrap_or(0);
    let _ = match (l.get_str(f::data::OSIDUMP_PROTOCOL), lang) {
        (Some(p), Lang::En) => write!(out, "payload: {n} bytes, a piece of a longer {p} message"),
        (Some(p), Lang::Ko) => write!(out, "페이로드: {n}바이트, 더 긴 {p} 메시지의 조각"),
        (None, Lang::En) => write!(out, "payload: {n} bytes no decoder read"),
        (None, Lang::Ko) => write!(out, "페이로드: 해석하지 않은 {n}바이트"),
    };
}

fn dns(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let name = text(l, "dns.qry.name").unwrap_or("<root>");
    let ty = value_name(l, "dns.qry.type")
        .map(str::to_string)
        .or_else(|| uint(l, "dns.qry.type").map(|t| t.to_string()))
        .unwrap_or_default();
    let head = t(lang, "name lookup:", "이름 조회:");
    if yes(l, "dns.flags.response") {
        let answers = uint(l, "dns.count.answers").unwrap_or(0);
        let rcode = value_name(l, "dns.flags.rcode").unwrap_or("?");
        let _ = match lang {
            Lang::En => write!(
                out,
                "{head} answers the {ty} query for {name}: {answers} answer records ({rcode})"
            ),
            Lang::Ko => write!(
                out,
                "{head} {name}의 {ty} 질의에 답함: 응답 레코드 {answers}개 ({rcode})"
            ),
        };
    } else {
        let _ = match lang {
            Lang::En => write!(out, "{head} asks for the {ty} record of {name}"),
            Lang::Ko => write!(out, "{head} {name}의 {ty} 레코드를 물음"),
        };
    }
}

fn http(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let head = t(lang, "web:", "웹:");
    if let Some(m) = text(l, "http.request.method") {
        let uri = text(l, "http.request.uri").unwrap_or("");
        let _ = write!(out, "{head} {m} {uri}");
        if let Some(h) = text(l, "http.host") {
            let _ = match lang {
                Lang::En => write!(out, " asked of {h}"),
                Lang::Ko => write!(out, ", {h}에 요청함"),
            };
        } else {
            out.push_str(t(lang, " asked", " 요청"));
        }
    } else if let Some(c) = uint(l, "http.response.code") {
        let phrase = text(l, "http.response.phrase").unwrap_or("");
        let _ = match lang {
            Lang::En => write!(out, "{head} answers {c} {phrase}"),
            Lang::Ko => write!(out, "{head} {c} {phrase}로 응답함"),
        };
    } else {
        out.push_str(t(
            lang,
            "web: a continuation of a message",
            "웹: 메시지의 이어지는 부분",
        ));
        return;
    }
    if let Some(n) = uint(l, "osidump.http.body_len").filter(|n| *n > 0) {
        let _ = match lang {
            Lang::En => write!(out, ", with a body of {n} bytes"),
            Lang::Ko => write!(out, ", 본문 {n}바이트"),
        };
    }
}

fn http2(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let head = t(lang, "web (HTTP/2):", "웹 (HTTP/2):");
    let kinds: Vec<&str> = l
        .fields
        .iter()
        .filter(|fl| fl.name() == "http2.type")
        .filter_map(|fl| match fl.value {
            Value::UInt(v) => fl.def.value_name(v),
            _ => None,
        })
        .collect();
    if kinds.is_empty() {
        if l.get_named("http2.magic").is_some() {
            out.push_str(t(
                lang,
                "web (HTTP/2): the connection preface, HTTP/2 begins",
                "웹 (HTTP/2): 연결 서문, HTTP/2 시작",
            ));
        }
        return;
    }
    let _ = match lang {
        Lang::En => write!(out, "{head} frames {}", kinds.join(", ")),
        Lang::Ko => write!(out, "{head} 프레임 {}", kinds.join(", ")),
    };
    if let Some(p) = text(l, "http2.headers.path") {
        let m = text(l, "http2.headers.method").unwrap_or("");
        let _ = match lang {
            Lang::En => write!(out, "; asks {m} {p}"),
            Lang::Ko => write!(out, "; {m} {p} 요청"),
        };
    }
    if let Some(s) = text(l, "http2.headers.status") {
        let _ = match lang {
            Lang::En => write!(out, "; answers {s}"),
            Lang::Ko => write!(out, "; {s}로 응답"),
        };
    }
}

fn http3(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let head = t(lang, "web (HTTP/3):", "웹 (HTTP/3):");
    if let Some(p) = text(l, "http3.headers.path") {
        let m = text(l, "http3.headers.method").unwrap_or("");
        let _ = match lang {
            Lang::En => write!(out, "{head} asks {m} {p}"),
            Lang::Ko => write!(out, "{head} {m} {p} 요청"),
        };
    } else if let Some(s) = text(l, "http3.headers.status") {
        let _ = match lang {
            Lang::En => write!(out, "{head} answers {s}"),
            Lang::Ko => write!(out, "{head} {s}로 응답"),
        };
    } else if let Some(k) = value_name(l, "http3.frame_type") {
        let _ = match lang {
            Lang::En => write!(out, "{head} a {k} frame"),
            Lang::Ko => write!(out, "{head} {k} 프레임"),
        };
    } else if let Some(k) = value_name(l, "http3.stream_type") {
        let _ = match lang {
            Lang::En => write!(out, "{head} opens its {k} stream"),
            Lang::Ko => write!(out, "{head} {k} 스트림을 엶"),
        };
    }
}

fn tls(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let head = t(lang, "encryption:", "암호화:");
    if l.fields.is_empty() {
        let _ = write!(
            out,
            "{head} {}",
            t(
                lang,
                "a record starts here and later segments complete it (it is decoded there)",
                "여기서 레코드가 시작되고 이후 세그먼트가 완성합니다 (거기서 해독됩니다)",
            )
        );
        return;
    }
    if let Some(h) = value_name(l, "tls.handshake.type") {
        let _ = write!(out, "{head} {h}");
        if let Some(sni) = text(l, "tls.handshake.extensions_server_name") {
            let _ = match lang {
                Lang::En => write!(out, " for {sni}"),
                Lang::Ko => write!(out, " ({sni} 대상)"),
            };
        }
        if h == "Client Hello" {
            out.push_str(t(
                lang,
                " — offers versions and ciphers",
                " — 버전과 암호 방식을 제안함",
            ));
        } else if h == "Server Hello" {
            out.push_str(t(
                lang,
                " — picks the version and cipher",
                " — 버전과 암호 방식을 고름",
            ));
        }
        return;
    }
    let n = uint(l, "osidump.tls.app_data_len")
        .or_else(|| uint(l, "tls.record.length"))
        .unwrap_or(0);
    if yes(l, "osidump.tls.encrypted_handshake") {
        let _ = match lang {
            Lang::En => write!(
                out,
                "{head} {n} bytes of the handshake, already encrypted (TLS 1.3)"
            ),
            Lang::Ko => write!(out, "{head} 이미 암호화된 핸드셰이크 {n}바이트 (TLS 1.3)"),
        };
        return;
    }
    let kind = value_name(l, "tls.record.content_type")
        .or_else(|| value_name(l, "tls.record.opaque_type"));
    let _ = match (kind, lang) {
        (Some("Application Data"), Lang::En) => {
            write!(out, "{head} {n} bytes of application data, sealed")
        }
        (Some("Application Data"), Lang::Ko) => write!(out, "{head} 응용 데이터 {n}바이트, 봉인됨"),
        (Some(k), Lang::En) => write!(out, "{head} record {k}, {n} bytes"),
        (Some(k), Lang::Ko) => write!(out, "{head} {k} 레코드 {n}바이트"),
        (None, _) => Ok(()),
    };
}

fn quic(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let head = t(lang, "encryption (QUIC):", "암호화 (QUIC):");
    let long = value_name(l, "quic.long.packet_type")
        .or_else(|| value_name(l, "quic.long.packet_type_v2"));
    let short = l.get_named("quic.short").is_some();
    let kind = match (long, short, lang) {
        (Some(k), _, Lang::En) => format!("{k} packet"),
        (Some(k), _, Lang::Ko) => format!("{k} 패킷"),
        (None, true, Lang::En) => "1-RTT packet (short header)".into(),
        (None, true, Lang::Ko) => "1-RTT 패킷 (짧은 헤더)".into(),
        (None, false, _) => return,
    };
    let _ = write!(out, "{head} {kind}");
    let frames: Vec<&str> = l
        .fields
        .iter()
        .filter(|fl| fl.name() == "quic.frame_type")
        .filter_map(|fl| match fl.value {
            Value::UInt(v) => fl.def.value_name(v),
            _ => None,
        })
        .fold(Vec::new(), |mut v, k| {
            if !v.contains(&k) {
                v.push(k);
            }
            v
        });
    if !frames.is_empty() {
        let _ = match lang {
            Lang::En => write!(out, ", frames {}", frames.join(", ")),
            Lang::Ko => write!(out, ", 프레임 {}", frames.join(", ")),
        };
    } else if text(l, "osidump.quic.decryption").is_some()
        || l.get_named("quic.protected_payload").is_some()
    {
        out.push_str(t(
            lang,
            ", payload sealed (no keys)",
            ", 페이로드 봉인됨 (키 없음)",
        ));
    }
}

fn websocket(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let head = t(lang, "message:", "메시지:");
    let op = value_name(l, "websocket.opcode").unwrap_or("?");
    let n = uint(l, "websocket.payload_length").unwrap_or(0);
    let _ = match lang {
        Lang::En => write!(out, "{head} a WebSocket {op} frame, {n} bytes of payload"),
        Lang::Ko => write!(out, "{head} WebSocket {op} 프레임, 페이로드 {n}바이트"),
    };
    if yes(l, "websocket.mask") {
        out.push_str(t(
            lang,
            ", masked (client to server)",
            ", 마스킹됨 (클라이언트 → 서버)",
        ));
    }
}

fn dhcp(out: &mut String, l: &Layer<'_>, lang: Lang) {
    let head = t(lang, "address lease:", "주소 임대:");
    let kind = value_name(l, "dhcp.option.dhcp").unwrap_or("BOOTP");
    let _ = write!(out, "{head} DHCP {kind}");
    if let Some(mac) = named(l, "dhcp.hw.mac_addr") {
        let _ = match lang {
            Lang::En => write!(out, " for client {mac}"),
            Lang::Ko => write!(out, ", 클라이언트 {mac}"),
        };
    }
    if let Some(ip) = named(l, "dhcp.ip.your").filter(|v| **v != Value::Ipv4([0; 4])) {
        let _ = match lang {
            Lang::En => write!(out, ", offering {ip}"),
            Lang::Ko => write!(out, ", {ip} 주소를 제시함"),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_from_fields() {
        let mut ip = Layer::new(Osi::Network, "ip", 0..20);
        ip.uint(f::ip::TTL, 64u8);
        ip.uint(f::ip::PROTO, 6u8);
        let mut s = String::new();
        write(&mut s, &ip, Lang::En);
        assert_eq!(s, "routing: TTL 64, next protocol TCP, not fragmented");
        s.clear();
        write(&mut s, &ip, Lang::Ko);
        assert_eq!(s, "라우팅: TTL 64, 다음 프로토콜 TCP, 조각나지 않음");
        let mut ses = Layer::new(Osi::Session, "session", 0..0);
        ses.uint(f::session::STREAM, 0u32);
        ses.str(f::session::CALL, "dial");
        s.clear();
        write(&mut s, &ses, Lang::En);
        assert_eq!(s, "session: the dial, step 1 of 3 (TCP stream 0)");
        // A layer no spec claims gets its layer's role.
        s.clear();
        write(&mut s, &Layer::new(Osi::Transport, "sctp", 0..0), Lang::En);
        assert_eq!(s, "transport (sctp): nothing more is known");
    }
}
