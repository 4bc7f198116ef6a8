//! The one-line summary of a WebSocket layer and the L5 step it marks.

use super::*;

/// One-line description of a `websocket` layer:
/// `Text [FIN] [MASKED] "hello"`, `Close 1000 Normal Closure "bye"`.
pub fn summary(l: &Layer<'_>) -> String {
    let op = l.get_uint(f::websocket::OPCODE).unwrap_or(0) as u8;
    let mut s = String::from(opcode_name(op));
    if op == 8 {
        if let Some(code) = l.get_uint(f::websocket::PAYLOAD_CLOSE_STATUS_CODE) {
            s.push_str(&format!(" {code} {}", close_code_name(code as u16)));
        }
        if let Some(r) = l.get_str(f::websocket::PAYLOAD_CLOSE_REASON) {
            let short: String = r.chars().take(60).collect();
            let more = if short.len() < r.len() { "…" } else { "" };
            s.push_str(&format!(" {short:?}{more}"));
        }
        return s;
    }
    if l.get_uint(f::websocket::FIN) == Some(1) {
        s.push_str(" [FIN]");
    }
    if l.get_uint(f::websocket::MASK) == Some(1) {
        s.push_str(" [MASKED]");
    }
    if l.get_uint(f::websocket::OSIDUMP_INFLATED) == Some(1) {
        s.push_str(" [DEFLATE]");
    }
    if let Some(n) = l.get_uint(f::websocket::FRAGMENT_COUNT) {
        s.push_str(&format!(" [{n} fragments]"));
    }
    if let Some(t) = l
        .get_str(f::websocket::OSIDUMP_MESSAGE_TEXT)
        .or_else(|| l.get_str(f::websocket::PAYLOAD_TEXT))
    {
        let short: String = t.chars().take(60).collect();
        let more = if short.len() < t.len() { "…" } else { "" };
        s.push_str(&format!(" {short:?}{more}"));
    } else {
        let len = l
            .get_uint(f::websocket::OSIDUMP_MESSAGE_LEN)
            .or_else(|| frame_payload_len(l));
        if let Some(n) = len {
            s.push_str(&format!(" ({n} bytes)"));
        }
    }
    s
}

fn frame_payload_len(l: &Layer<'_>) -> Option<u64> {
    l.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_64)
        .or_else(|| l.get_uint(f::websocket::PAYLOAD_LENGTH_EXT_16))
        .or_else(|| l.get_uint(f::websocket::PAYLOAD_LENGTH))
}

/// The session-layer phase an `http` or `websocket` layer marks, for the L5
/// view: the upgrade request dials, the 101 answers, data frames talk and a
/// close frame hangs up.
pub fn session_phase(l: &Layer<'_>) -> Option<&'static str> {
    match l.protocol {
        "http" => {
            let ws = l
                .get_str(f::http::UPGRADE)
                .is_some_and(|u| u.to_ascii_lowercase().contains("websocket"));
            if !ws {
                None
            } else if l.get_uint(f::http::REQUEST) == Some(1) {
                Some("WebSocket handshake 1/2 upgrade (dial)")
            } else if l.get_uint(f::http::RESPONSE_CODE) == Some(101) {
                Some("WebSocket handshake 2/2 101 (answer)")
            } else {
                None
            }
        }
        "websocket" => match l.get_uint(f::websocket::OPCODE) {
            Some(8) => Some("WebSocket closing (hang up)"),
            Some(_) => Some("WebSocket open (talk)"),
            None => None,
        },
        _ => None,
    }
}

/// tshark's Info for a WebSocket frame: `WebSocket`, the opcode's name,
/// then ` [FIN]` (or `[FRAGMENT] ` when more frames follow) and ` [MASKED]`
/// or a space, as
/// packet-websocket.c appends them (`WebSocket Text [FIN] `).
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    let op = l.get_uint(f::websocket::OPCODE).unwrap_or(0);
    out.push_str("WebSocket ");
    out.push_str(
        f::websocket::OPCODE
            .value_name(op)
            .unwrap_or("Unknown Opcode"),
    );
    // A frame that does not end its message: `Text[FRAGMENT]  [MASKED]`.
    out.push_str(if l.get_uint(f::websocket::FIN) == Some(1) {
        " [FIN]"
    } else {
        "[FRAGMENT] "
    });
    out.push_str(if l.get_uint(f::websocket::MASK) == Some(1) {
        " [MASKED]"
    } else {
        " "
    });
}
