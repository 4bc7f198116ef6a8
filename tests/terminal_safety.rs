//! No packet text reaches the terminal raw: a capture whose SNI, ALPN, HTTP
//! URI, headers, reason phrase, chunk trailer, WebSocket messages, DNS
//! name and pcapng interface name carry ESC (CSI, OSC), BEL, BS, CR, LF,
//! C1, bidi and zero-width characters goes through every text view, and
//! stdout holds none of them — only their escaped forms (`\x1b`, `\u202e`).
//! JSON keeps the exact values.

mod common;

use common::{TcpConv, client_hello, pcapng_with, udp_datagram};
use osidump::render::safe::is_unsafe;
use std::io::Write;
use std::process::Command;

/// Everything a terminal could act on or hide, in one string.
const EVIL: &str = "\x1b[31m\x1b]0;pwned\x07\x08\r\n\u{9b}2J\u{9d}\u{202e}\u{2066}\u{200b}\u{200d}\u{feff}\u{200f}\u{61c}";

/// SNI and ALPN carry ESC sequences, BEL, BS and CR, then C1, bidi and
/// zero-width characters.
const SNI: &str = "a\x1b]0;pwned\x07\x1b[2J\x08\r\u{9b}31m\u{202e}gnp.exe\u{200b}.test";
const ALPN: &str = "h2\x1b[5m\u{2066}";

/// A WebSocket frame; masked when `mask` is given (client to server).
fn ws_frame(b0: u8, mask: Option<[u8; 4]>, payload: &[u8]) -> Vec<u8> {
    assert!(payload.len() < 126);
    let mut f = vec![
        b0,
        payload.len() as u8 | if mask.is_some() { 0x80 } else { 0 },
    ];
    match mask {
        Some(m) => {
            f.extend_from_slice(&m);
            f.extend(payload.iter().enumerate().map(|(i, b)| b ^ m[i % 4]));
        }
        None => f.extend_from_slice(payload),
    }
    f
}

fn dns_query(name: &[&[u8]]) -> Vec<u8> {
    let mut q = vec![0xab, 0xcd, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    for label in name {
        q.push(label.len() as u8);
        q.extend_from_slice(label);
    }
    q.extend_from_slice(&[0, 0, 1, 0, 1]);
    q
}

/// The hostile capture: TLS (stream 0), HTTP (stream 1), WebSocket
/// (stream 2), DNS, on an interface with a hostile name.
fn hostile_capture() -> Vec<u8> {
    let mut frames = Vec::new();

    let mut tls = TcpConv::open(40000, 443);
    tls.send(true, &client_hello(SNI, ALPN));
    frames.extend(tls.close());

    let mut http = TcpConv::open(40001, 80);
    let request = format!(
        "GET /index\u{9b}1m\u{202e}lmth.exe\u{200b} HTTP/1.1\r\nHost: www{e}.test\r\nUser-Agent: {e}\r\n\r\n",
        e = "\u{9b}\u{9d}\u{202e}\u{2066}\u{200b}\u{feff}"
    );
    http.send(true, request.as_bytes());
    let response = format!(
        "HTTP/1.1 200 OK\u{9b}2J\u{202e}\r\nContent-Type: text/plain\u{9d}\r\nTransfer-Encoding: chunked\r\n\r\n\
         {:x}\r\n{EVIL}\r\n0\r\nX-Trailer: t\u{9b}\u{202e}\u{200b}\r\n\r\n",
        EVIL.len()
    );
    http.send(false, response.as_bytes());
    frames.extend(http.close());

    let mut ws = TcpConv::open(40002, 80);
    ws.send(
        true,
        b"GET /chat HTTP/1.1\r\nHost: ws.test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
          Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
    );
    ws.send(
        false,
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
          Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n",
    );
    ws.send(false, &ws_frame(0x81, None, EVIL.as_bytes()));
    ws.send(
        true,
        &ws_frame(0x81, Some([1, 2, 3, 4]), format!("hi{EVIL}").as_bytes()),
    );
    // Text without C0 controls is previewed as text by `follow --show parsed`.
    ws.send(
        false,
        &ws_frame(0x81, None, "one\u{202e}\tline\u{200b}\u{feff}".as_bytes()),
    );
    let mut close = 1000u16.to_be_bytes().to_vec();
    close.extend_from_slice("bye\x1b]0;x\x07\r\u{202e}".as_bytes());
    ws.send(true, &ws_frame(0x88, Some([9, 8, 7, 6]), &close));
    frames.extend(ws.close());

    frames.push(udp_datagram(
        50000,
        53,
        &dns_query(&[b"a\x1b[31mb", "c\u{202e}\u{200b}d".as_bytes(), b"test"]),
    ));

    pcapng_with("eth\x1b[31m0\u{202e}\x07", &frames)
}

fn osidump(args: &[&str], file: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_osidump"))
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .args(args)
        .arg(file)
        .output()
        .expect("run osidump");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !out.stderr.iter().any(|&b| b < 0x20 && b != b'\n'),
        "{args:?}: stderr {:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{args:?}: not UTF-8: {e}"))
}

/// Removes the SGR colour sequences osidump writes itself (`ESC [ digits;… m`).
fn strip_sgr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\x1b') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let body = tail.strip_prefix('[').unwrap_or_else(|| {
            panic!(
                "ESC not starting a CSI: {:?}",
                &rest[i..rest.len().min(i + 20)]
            )
        });
        let end = body
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .expect("unterminated CSI");
        assert_eq!(&body[end..end + 1], "m", "not an SGR sequence: {body:?}");
        rest = &body[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Stdout holds no raw control, C1, bidi or zero-width character (a
/// newline ends a line; `tabs`: the follow text views keep tabs).
pub fn assert_terminal_safe(what: &str, out: &str, color: bool, tabs: bool) {
    let text = if color {
        strip_sgr(out)
    } else {
        out.to_string()
    };
    for (n, line) in text.lines().enumerate() {
        if let Some(c) = line.chars().find(|&c| is_unsafe(c) && !(tabs && c == '\t')) {
            panic!("{what}: raw {c:?} on line {}: {line:?}", n + 1);
        }
    }
    assert!(!text.contains('\r'), "{what}: bare CR");
}

#[test]
fn every_text_view_escapes_hostile_strings() {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(&hostile_capture()).unwrap();
    let path = f.path();

    for color in ["never", "always"] {
        let colored = color == "always";
        for args in [
            vec!["dissect"],
            vec!["dissect", "-V"],
            vec!["dissect", "-V", "-x", "--order", "bottom-up"],
            vec!["dissect", "-T", "line"],
            vec!["stats"],
            vec!["sessions"],
        ] {
            let mut argv = vec!["--color", color];
            argv.extend(&args);
            let out = osidump(&argv, path);
            assert_terminal_safe(&format!("{argv:?}"), &out, colored, false);
        }
        for stream in ["0", "1", "2"] {
            for show in ["text", "hex", "raw", "parsed"] {
                let argv = ["--color", color, "follow", "-s", stream, "--show", show];
                let out = osidump(&argv, path);
                assert!(!out.is_empty(), "{argv:?}");
                let tabs = show == "text" || show == "parsed" || show == "raw";
                assert_terminal_safe(&format!("{argv:?}"), &out, colored, tabs);
            }
        }
    }

    // The values are there, escaped: nothing was dropped.
    let tree = osidump(&["--color", "never", "dissect", "-V"], path);
    for want in [
        "a\\x1b]0;pwned\\x07\\x1b[2J\\x08\\r\\u009b31m\\u202egnp.exe\\u200b.test",
        "h2\\x1b[5m\\u2066",
        "eth\\x1b[31m0\\u202e\\x07",
        "/index\\u009b1m\\u202elmth.exe\\u200b",
        "t\\u009b\\u202e\\u200b",
        "websocket.payload.text: hi\\x1b[31m\\x1b]0;pwned\\x07\\x08\\r\\n\\u009b2J",
        "websocket.payload.close.reason: bye\\x1b]0;x\\x07\\r\\u202e",
    ] {
        assert!(tree.contains(want), "-V lacks {want}");
    }
    // Request and header lines keep one line each, their CRLF shown.
    assert!(tree.contains("http.request.line: Host: www"), "{tree}");
    assert!(tree.contains(".test\\r\\n\n"));
    let line = osidump(&["--color", "never", "dissect", "-T", "line"], path);
    // The line view's Info is tshark's: the request line, not the SNI.
    assert!(line.contains("/index\\u009b1m\\u202elmth.exe"), "{line}");
    let stats = osidump(&["--color", "never", "stats"], path);
    assert!(stats.contains("\\u202egnp.exe"), "{stats}");
    let parsed = osidump(
        &["--color", "never", "follow", "-s", "2", "--show", "parsed"],
        path,
    );
    assert!(
        parsed.contains("| one\\u202e\tline\\u200b\\ufeff\n"),
        "{parsed}"
    );
    assert!(
        parsed.contains("\"bye\\x1b]0;x\\x07\\r\\u202e\""),
        "{parsed}"
    );

    // JSON keeps the exact bytes (RFC 8259 escapes).
    let json = osidump(&["dissect", "-T", "json"], path);
    assert!(!json.bytes().any(|b| b < 0x20 && b != b'\n'));
    let sni: Vec<String> = json
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .flat_map(|v| {
            v["layers"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|l| l["fields"]["tls.handshake.extensions_server_name"].as_str())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(sni, [SNI]);
}
