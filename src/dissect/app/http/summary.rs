//! The one-line summary of an HTTP layer.

use super::*;

/// One-line description of an `http` layer:
/// `GET /index.html HTTP/1.1 Host: www.example.test`,
/// `HTTP/1.1 200 OK (text/html, 612 bytes) ← GET /`.
pub fn summary(l: &Layer<'_>) -> String {
    let s = |n| l.get_str(n).unwrap_or("");
    if l.get_uint(f::http::REQUEST) == Some(1) {
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
