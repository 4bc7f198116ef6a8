//! The one-line summary of an HTTP layer.

use super::*;

/// One-line description of an `http` layer:
/// `GET /index.html HTTP/1.1 Host: www.example.test`,
/// `HTTP/1.1 200 OK (text/html, 612 bytes) ← GET /`.
/// The request or status line as tshark's Info starts it (`GET / HTTP/1.1`,
/// `HTTP/1.1 200 OK`); `false`, writing nothing, for a layer that is
/// neither.
pub fn first_line(out: &mut String, l: &Layer<'_>) -> bool {
    if let Some(line) = l.get_str(f::http::OSIDUMP_FIRST_LINE) {
        // The column holds the line through format_text: a control
        // character is a C escape (`\000` for a NUL), not the raw byte.
        if line.bytes().any(|b| b < 0x20 || b == 0x7f) {
            out.push_str(&crate::dissect::expert::format_text(line.as_bytes()));
        } else {
            out.push_str(line);
        }
        return true;
    }
    rebuilt_first_line(l, |piece| out.push_str(piece))
}

/// The request or status line rebuilt from its parts, handed to `emit` a
/// piece at a time (so it can be compared with the line as sent without
/// being written anywhere); `false` for a layer that is neither.
pub(super) fn rebuilt_first_line(l: &Layer<'_>, mut emit: impl FnMut(&str)) -> bool {
    let s = |n| l.get_str(n).unwrap_or("");
    // A NOTIFY (notification) reads as a request.
    if l.get_uint(f::http::REQUEST) == Some(1) || l.get_uint(f::http::NOTIFICATION) == Some(1) {
        // tshark writes the line as it came: a part the line lacks (no
        // URI, HTTP/0.9's missing version) leaves no space behind.
        emit(s(f::http::REQUEST_METHOD));
        for part in [s(f::http::REQUEST_URI), s(f::http::REQUEST_VERSION)] {
            if !part.is_empty() {
                emit(" ");
                emit(part);
            }
        }
    } else if l.get_uint(f::http::RESPONSE) == Some(1) {
        emit(s(f::http::RESPONSE_VERSION));
        emit(" ");
        emit(itoa::Buffer::new().format(l.get_uint(f::http::RESPONSE_CODE).unwrap_or(0)));
        emit(" ");
        emit(s(f::http::RESPONSE_PHRASE));
    } else {
        return false;
    }
    true
}

pub fn summary(l: &Layer<'_>) -> String {
    let s = |n| l.get_str(n).unwrap_or("");
    // A NOTIFY (notification) reads as a request.
    if l.get_uint(f::http::REQUEST) == Some(1) || l.get_uint(f::http::NOTIFICATION) == Some(1) {
        let mut out = format!(
            "{} {} {}",
            s(f::http::REQUEST_METHOD),
            s(f::http::REQUEST_URI),
            s(f::http::REQUEST_VERSION)
        );
        if let Some(h) = l.get_str(f::http::HOST) {
            out.push_str(" Host: ");
            out.push_str(h);
        }
        return out;
    }
    // The item tshark puts on each frame of a CONNECT tunnel.
    if let Some(host) = l.get_str(f::http::PROXY_CONNECT_HOST) {
        let port = l.get_uint(f::http::PROXY_CONNECT_PORT).unwrap_or(0);
        return format!("Proxy-Connect {host}:{port}");
    }
    // Bytes where a message should start that start none: tshark's Info.
    if l.has(f::http::OSIDUMP_CONTINUATION) {
        return "Continuation".into();
    }
    if l.get_uint(f::http::RESPONSE) != Some(1) {
        return "HTTP (unparsed)".into();
    }
    let mut out = format!(
        "{} {} {}",
        s(f::http::RESPONSE_VERSION),
        l.get_uint(f::http::RESPONSE_CODE).unwrap_or(0),
        s(f::http::RESPONSE_PHRASE)
    );
    match (
        l.get_str(f::http::CONTENT_TYPE),
        l.get_uint(f::http::OSIDUMP_BODY_LEN),
    ) {
        (Some(t), Some(n)) => out.push_str(&format!(" ({t}, {n} bytes)")),
        (None, Some(n)) => out.push_str(&format!(" ({n} bytes)")),
        (Some(t), None) => out.push_str(&format!(" ({t})")),
        (None, None) => {}
    }
    if let Some(m) = l.get_str(f::http::OSIDUMP_REQUEST_METHOD) {
        let uri = l.get_str(f::http::RESPONSE_FOR_URI).unwrap_or("");
        out.push_str(&format!(" ← {m} {}", path_of(uri)));
    }
    out
}

/// `/x` from `http://host/x`.
fn path_of(uri: &str) -> &str {
    match uri.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => uri,
    }
}

/// Whether the message has an entity body for a media dissector: a body,
/// which its Content-Encoding did not decode to nothing (tshark shows
/// "File Data: 0 bytes" and calls no dissector then).
fn has_entity(l: &Layer<'_>) -> bool {
    l.get_uint(f::http::OSIDUMP_BODY_LEN).unwrap_or(0) > 0
        && l.get_uint(f::http::OSIDUMP_DECODED_LEN) != Some(0)
}

/// The media type of a message's body as tshark names it (`text/html` from
/// `Text/HTML; charset=utf-8`), when the message has a body to dissect.
fn body_media_type(l: &Layer<'_>) -> Option<String> {
    if !has_entity(l) {
        return None;
    }
    // packet-http.c keeps the last Content-Type header's value.
    let Value::Str(t) = l.all(f::http::CONTENT_TYPE).last()? else {
        return None;
    };
    let media = t.split(';').next().unwrap_or("").trim();
    (!media.is_empty()).then(|| media.to_ascii_lowercase())
}

/// Media types Wireshark's JSON dissector takes (packet-json.c).
const JSON_MEDIA_TYPES: &[&str] = &[
    "application/json",
    "application/json-rpc",
    "application/jsonrequest",
    "application/dds-web+json",
    "application/vnd.oma.lwm2m+json",
];

/// A JSON media type whose body went to the JSON dissector: not one
/// handed to data (a content coding that would not decode), which names
/// no protocol in the column.
fn is_json(l: &Layer<'_>) -> bool {
    body_media_type(l).is_some_and(|m| JSON_MEDIA_TYPES.contains(&m.as_str()))
        && body_protocol(l) != Some("data")
}

/// tshark's Protocol column for an HTTP message: `SSDP` for a message on
/// SSDP's port (HTTP's dissector sets the column to the protocol it
/// decodes for), then `/JSON` when its body went to the JSON dissector
/// (which appends its name to the column).
pub fn column(l: &Layer<'_>) -> &'static str {
    let xml = matches!(body_protocol(l), Some("xml" | "data-text-lines:xml"));
    match (l.protocol == "ssdp", is_json(l), xml) {
        (false, true, _) => "HTTP/JSON",
        (false, false, true) => "HTTP/XML",
        (false, false, false) => "HTTP",
        (true, true, _) => "SSDP/JSON",
        (true, false, true) => "SSDP/XML",
        (true, false, false) => "SSDP",
    }
}

/// The protocol the message's body went to (`png`, `xml`, `media`...).
fn body_protocol<'l>(l: &'l Layer<'_>) -> Option<&'l str> {
    if !has_entity(l) {
        return None;
    }
    l.get_str(f::http::OSIDUMP_BODY_PROTOCOL)
}

/// tshark's Info for an HTTP message: its first line and a space
/// (`GET / HTTP/1.1 `, `HTTP/1.1 200 OK `), then what the body's dissector
/// appends: the image dissectors what they found (` (PNG)`, ` (GIF89a)`,
/// ` (JPEG JFIF image)`), XML nothing, the JSON dissector `, JavaScript
/// Object Notation`, and every other media dissector the media type in
/// parentheses after a space (`HTTP/1.1 200 OK  (text/html)`).
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    message_info(out, layers, i);
    // A message that begins after this one and waits for more bytes.
    if let Some(next) = layers
        .get(i)
        .and_then(|l| l.get_str(f::http::OSIDUMP_NEXT_START))
    {
        out.push_str(next);
    }
}

fn message_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    // A first line the snap length cut: HTTP threw before writing it.
    if let Some(continuation) = l.get_uint(f::http::OSIDUMP_CUT_INFO) {
        if continuation == 1 {
            out.push_str("Continuation");
        }
        return;
    }
    if !first_line(out, l) {
        if l.has(f::http::OSIDUMP_CONTINUATION) {
            out.push_str("Continuation");
        } else {
            out.push_str(&summary(l));
        }
        return;
    }
    out.push(' ');
    // A multipart body: its parts' dissectors write (the multipart layer
    // appends them); one without a boundary went to `data`, which writes
    // nothing.
    if layers
        .get(i + 1)
        .is_some_and(|n| n.protocol == "mime_multipart")
        || l.has(f::mime_multipart::NO_REQUIRED_PARAMETER)
    {
        return;
    }
    match body_protocol(l) {
        // The image dissectors name what they found.
        Some("png") => return out.push_str(" (PNG)"),
        Some("image-jfif") => return out.push_str(" (JPEG JFIF image)"),
        Some("image-gif") => {
            if let Some(version) = l.get_str(f::http::FILE_DATA).and_then(|b| b.get(..6)) {
                out.push_str(" (");
                out.push_str(version);
                out.push(')');
            }
            return;
        }
        // XML's dissector names itself in the Protocol column only (the
        // text dissector hands an XML document to it before writing); the
        // data dissector (application/octet-stream, a body that would not
        // decompress) writes nothing.
        Some("xml" | "data-text-lines:xml" | "data") => return,
        _ => {}
    }
    if let Some(media) = body_media_type(l) {
        // A type another dissector of the table takes (RTMPT's
        // application/x-fcs, MP4, TIFF...): the media dissector, which
        // writes the type, is not called.
        if super::media_types::lookup(&media) == Some(super::media_types::Entry::Other) {
            return;
        }
        if JSON_MEDIA_TYPES.contains(&media.as_str()) {
            out.push_str(", JavaScript Object Notation");
        }
        out.push_str(" (");
        out.push_str(&media);
        out.push(')');
    }
}
