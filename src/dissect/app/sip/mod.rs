//! SIP (UDP and TCP port 5060, RFC 3261) and the SDP body it carries
//! (RFC 4566), as tshark 4.0's packet-sip.c and packet-sdp.c show them.
//!
//! A message is a request line (`sip.Method`, `sip.r-uri` and its user,
//! host, port and parameters) or a status line (`sip.Status-Code`), then
//! its headers, each under its own field (`sip.From`, `sip.Via`...; the
//! compact forms `f`, `v`... under the full name), then the body. What
//! tshark takes apart in a header is taken apart here too: the name-addr
//! of From, To and Contact (display name, URI and its parts, tag,
//! parameters), Via (transport, sent-by address and port, branch, rport,
//! received, maddr, ttl) and CSeq (number, method). A body whose
//! Content-Type is `application/sdp` is an SDP layer ([`sdp`]).
//!
//! Checked on the SIP captures of tcpdump's, Zeek's and PcapPlusPlus's
//! test suites against tshark 4.0.
//!
//! Not shown: what tshark finds only by matching messages across the
//! capture (`sip.resend`, `sip.response-request`, `sip.response-time`),
//! the authentication headers' parts (`sip.auth.*`), and bodies other
//! than SDP (XML, multipart), which stay inside the SIP layer.
//!
//! The promise: no input makes this module panic. Every slice is taken
//! from a length checked first; text is read as UTF-8, each invalid
//! sequence a U+FFFD.

pub mod fields;
pub mod sdp;

#[cfg(test)]
mod tests;

use super::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::expert::format_text;
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, DatagramDecoder, ProtocolSpec};
use std::borrow::Cow;

/// SIP's port, TCP and UDP.
pub const PORT: u16 = 5060;

/// Text of `b` as a field value (UTF-8, lossy), borrowed when valid.
fn text(b: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(b)
}

fn trim(b: &[u8]) -> &[u8] {
    let s = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let e = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(s, |p| p + 1);
    &b[s..e.max(s)]
}

fn trim_start(b: &[u8]) -> &[u8] {
    let s = b
        .iter()
        .position(|c| *c != b' ' && *c != b'\t')
        .unwrap_or(b.len());
    &b[s..]
}

/// The line starting at `at`: its end (before CR LF or LF) and where the
/// next line starts.
fn line_end(b: &[u8], at: usize) -> (usize, usize) {
    match b[at..].iter().position(|&c| c == b'\n') {
        Some(p) => {
            let nl = at + p;
            let end = if nl > at && b[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            };
            (end, nl + 1)
        }
        None => (b.len(), b.len()),
    }
}

/// What a first line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FirstLine {
    /// A request: the method's and the URI's ranges.
    Request {
        method: (usize, usize),
        uri: (usize, usize),
    },
    /// A status line: its code.
    Status(u32),
}

/// A token character of RFC 3261 (methods).
fn token_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-.!%*_+`'~".contains(&c)
}

/// tshark's `sip_parse_line`: a request line `METHOD SP URI SP SIP/2.0`
/// or a status line `SIP/2.0 SP 3DIGIT SP ...`.
fn first_line(line: &[u8]) -> Option<FirstLine> {
    if line.len() >= 12 && line[..8].eq_ignore_ascii_case(b"SIP/2.0 ") {
        let code = &line[8..11];
        if code.iter().all(u8::is_ascii_digit) && (line.len() == 11 || line[11] == b' ') {
            let c = code.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
            return Some(FirstLine::Status(c));
        }
        return None;
    }
    if line.len() == 11 && line[..8].eq_ignore_ascii_case(b"SIP/2.0 ") {
        return None;
    }
    let sp = line.iter().position(|&c| c == b' ')?;
    if sp == 0 || !line[..sp].iter().all(|&c| token_char(c)) {
        return None;
    }
    let rest = &line[sp + 1..];
    let sp2 = rest.iter().rposition(|&c| c == b' ')?;
    if sp2 == 0 || !rest[sp2 + 1..].eq_ignore_ascii_case(b"SIP/2.0") {
        return None;
    }
    Some(FirstLine::Request {
        method: (0, sp),
        uri: (sp + 1, sp + 1 + sp2),
    })
}

/// A datagram's or a segment's first bytes start a SIP message.
pub fn probe(b: &[u8]) -> Probe {
    if b.is_empty() {
        return Probe::NotForUs;
    }
    let (end, _) = line_end(b, 0);
    match first_line(&b[..end]) {
        Some(_) => Probe::Certain,
        None => Probe::NotForUs,
    }
}

/// Where a URI's parts are shown: the request URI, From, To or Contact.
struct UriFields {
    addr: &'static FieldDef,
    user: &'static FieldDef,
    host: &'static FieldDef,
    port: &'static FieldDef,
    param: &'static FieldDef,
    /// tshark 4.0 shows a request URI's parameters in its text only.
    shows_params: bool,
}

const R_URI: UriFields = UriFields {
    addr: f::sip::R_URI,
    user: f::sip::R_URI_USER,
    host: f::sip::R_URI_HOST,
    port: f::sip::R_URI_PORT,
    param: f::sip::R_URI_PARAM,
    shows_params: false,
};
const FROM: UriFields = UriFields {
    addr: f::sip::FROM_ADDR,
    user: f::sip::FROM_USER,
    host: f::sip::FROM_HOST,
    port: f::sip::FROM_PORT,
    param: f::sip::FROM_PARAM,
    shows_params: true,
};
const TO: UriFields = UriFields {
    addr: f::sip::TO_ADDR,
    user: f::sip::TO_USER,
    host: f::sip::TO_HOST,
    port: f::sip::TO_PORT,
    param: f::sip::TO_PARAM,
    shows_params: true,
};
const CONTACT: UriFields = UriFields {
    addr: f::sip::CONTACT_URI,
    user: f::sip::CONTACT_USER,
    host: f::sip::CONTACT_HOST,
    port: f::sip::CONTACT_PORT,
    param: f::sip::CONTACT_PARAM,
    shows_params: true,
};

/// A URI (`sip:user@host:port;param;param`) and its parts.
fn uri<'a>(l: &mut Layer<'a>, u: &'a [u8], fs: &UriFields) {
    l.push(fs.addr, Value::Str(text(u)));
    let Some(colon) = u.iter().position(|&c| c == b':') else {
        return;
    };
    let rest = &u[colon + 1..];
    // Headers (`?...`) end the URI's parts.
    let rest = &rest[..rest.iter().position(|&c| c == b'?').unwrap_or(rest.len())];
    let (hostport_at, user) = match rest.iter().position(|&c| c == b'@') {
        Some(at) => {
            let user = &rest[..at];
            // A user's own password (`user:pw`) is not its name.
            let user = &user[..user.iter().position(|&c| c == b':').unwrap_or(user.len())];
            (at + 1, Some(user))
        }
        None => (0, None),
    };
    if let Some(user) = user {
        l.push(fs.user, Value::Str(text(user)));
    }
    let hp = &rest[hostport_at..];
    let hp_end = hp.iter().position(|&c| c == b';').unwrap_or(hp.len());
    let (host, port) = split_host_port(&hp[..hp_end]);
    l.push(fs.host, Value::Str(text(host)));
    if let Some(p) = port {
        l.push(fs.port, Value::Str(text(p)));
    }
    if hp_end < hp.len() && fs.shows_params {
        for p in hp[hp_end + 1..].split(|&c| c == b';') {
            if !p.is_empty() {
                l.push(fs.param, Value::Str(text(p)));
            }
        }
    }
}

/// `host:port`, `[v6]:port` or a host alone.
fn split_host_port(hp: &[u8]) -> (&[u8], Option<&[u8]>) {
    if hp.first() == Some(&b'[') {
        if let Some(close) = hp.iter().position(|&c| c == b']') {
            let host = &hp[..=close];
            let rest = &hp[close + 1..];
            return match rest.first() {
                Some(b':') => (host, Some(&rest[1..])),
                _ => (host, None),
            };
        }
        return (hp, None);
    }
    match hp.iter().position(|&c| c == b':') {
        Some(c) => (&hp[..c], Some(&hp[c + 1..])),
        None => (hp, None),
    }
}

/// Splits `b` at commas outside quotes and angle brackets.
fn split_list(b: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut quoted, mut angle, mut start) = (false, false, 0);
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if quoted => i += 1,
            b'"' => quoted = !quoted,
            b'<' if !quoted => angle = true,
            b'>' if !quoted => angle = false,
            b',' if !quoted && !angle => {
                out.push(&b[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&b[start..]);
    out
}

/// A name-addr's display name (when it has one), URI and the parameters
/// after it.
type NameAddr<'a> = (Option<&'a [u8]>, &'a [u8], &'a [u8]);

/// A name-addr or addr-spec (`"Name" <uri>;params` or `uri;params`): the
/// display name as written (before `<`, blanks kept; a quoted one through
/// its closing quote), the URI, and the header parameters after it. Read
/// as packet-sip.c's `dissect_sip_name_addr_or_addr_spec` reads it: only a
/// value that starts with `"` has a quoted name (its next unescaped quote
/// ends it, and a `<` must follow); otherwise a `<` before any `:` starts
/// the URI, and a value with a `:` but no such `<` is a bare URI. `None`
/// for what it cannot parse (tshark shows no URI then).
fn name_addr(v: &[u8]) -> Option<NameAddr<'_>> {
    let v = trim_start(v);
    let (display, lt) = match v.first()? {
        b'"' => {
            let mut at = 1;
            let close = loop {
                let q = at + v.get(at..)?.iter().position(|&c| c == b'"')?;
                let slashes = v[..q].iter().rev().take_while(|&&c| c == b'\\').count();
                if slashes % 2 == 0 {
                    break q;
                }
                at = q + 1;
            };
            let lt = close + v[close..].iter().position(|&c| c == b'<')?;
            (Some(&v[..=close]), lt)
        }
        b'<' => (None, 0),
        _ => {
            let lt = v.iter().position(|&c| c == b'<');
            let colon = v.iter().position(|&c| c == b':');
            match (lt, colon) {
                (Some(lt), Some(colon)) if lt < colon => (Some(&v[..lt]), lt),
                (Some(lt), None) => (Some(&v[..lt]), lt),
                // A bare URI must be a SIP one; it ends at a `;` or `,`.
                (_, Some(_)) if v.starts_with(b"sip") => {
                    let end = v
                        .iter()
                        .position(|&c| c == b';' || c == b',')
                        .unwrap_or(v.len());
                    return Some((None, trim(&v[..end]), &v[end..]));
                }
                (_, Some(_)) => return None,
                (None, None) => return None,
            }
        }
    };
    let rest = &v[lt + 1..];
    let gt = rest.iter().position(|&c| c == b'>').unwrap_or(rest.len());
    let params = rest.get(gt + 1..).unwrap_or(&[]);
    Some((display, &rest[..gt], params))
}

/// Header parameters `;a=b;c` (what follows the URI).
fn params(p: &[u8]) -> impl Iterator<Item = &[u8]> {
    p.split(|&c| c == b';').map(trim).filter(|p| !p.is_empty())
}

/// From or To.
fn from_to<'a>(l: &mut Layer<'a>, v: &'a [u8], to: bool) {
    let tag = if to { f::sip::TO_TAG } else { f::sip::FROM_TAG };
    // The tag: the first `tag=` after the name-addr (anywhere in the value
    // when it does not parse), to a `;`, as packet-sip.c looks for it.
    let push_tag = |l: &mut Layer<'a>, after: &'a [u8]| {
        if let Some(at) = after.windows(4).position(|w| w == b"tag=") {
            let t = &after[at + 4..];
            let t = &t[..t.iter().position(|&c| c == b';').unwrap_or(t.len())];
            l.push(tag, Value::Str(text(t)));
            l.push(f::sip::TAG, Value::Str(text(t)));
        }
    };
    let Some((display, u, ps)) = name_addr(v) else {
        push_tag(l, v);
        return;
    };
    let fs = if to { &TO } else { &FROM };
    if let Some(d) = display {
        let dd = if to {
            f::sip::TO_DISPLAY_INFO
        } else {
            f::sip::FROM_DISPLAY_INFO
        };
        l.push(dd, Value::Str(text(d)));
        l.push(f::sip::DISPLAY_INFO, Value::Str(text(d)));
    }
    uri(l, u, fs);
    push_tag(l, ps);
}

/// Contact: each of its comma-separated contacts. Returns how many there
/// were and how many of them say `expires=0` (the Info's bindings).
fn contact<'a>(l: &mut Layer<'a>, v: &'a [u8]) -> (usize, usize, bool) {
    let (mut n, mut removed) = (0, 0);
    if trim(v) == b"*" {
        return (0, 0, true);
    }
    for c in split_list(v) {
        if trim(c).is_empty() {
            continue;
        }
        n += 1;
        let Some((display, u, ps)) = name_addr(c) else {
            continue;
        };
        if let Some(d) = display {
            l.push(f::sip::CONTACT_DISPLAY_INFO, Value::Str(text(d)));
            l.push(f::sip::DISPLAY_INFO, Value::Str(text(d)));
        }
        uri(l, u, &CONTACT);
        for p in params(ps) {
            if p.eq_ignore_ascii_case(b"expires=0") {
                removed += 1;
            }
            l.push(f::sip::CONTACT_PARAMETER, Value::Str(text(p)));
        }
    }
    (n, removed, false)
}

/// Via: `SIP/2.0/UDP host:port;params`, each of a comma-separated list.
fn via<'a>(l: &mut Layer<'a>, v: &'a [u8]) {
    for one in split_list(v) {
        let one = trim(one);
        if one.is_empty() {
            continue;
        }
        // The protocol: `SIP / 2.0 / UDP` (blanks allowed around slashes).
        let mut i = 0;
        let mut slashes = 0;
        while i < one.len() && slashes < 2 {
            if one[i] == b'/' {
                slashes += 1;
            }
            i += 1;
        }
        let rest = trim_start(&one[i..]);
        let t_end = rest
            .iter()
            .position(|c| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        l.push(f::sip::VIA_TRANSPORT, Value::Str(text(&rest[..t_end])));
        let rest = trim_start(&rest[t_end..]);
        let semi = rest.iter().position(|&c| c == b';').unwrap_or(rest.len());
        let (host, port) = split_host_port(trim(&rest[..semi]));
        l.push(f::sip::VIA_SENT_BY_ADDRESS, Value::Str(text(host)));
        if let Some(p) = port
            && let Some(n) = decimal(p)
            && let Ok(n) = u16::try_from(n)
        {
            l.uint(f::sip::VIA_SENT_BY_PORT, n);
        }
        for p in params(&rest[semi..]) {
            let (name, value) = match p.iter().position(|&c| c == b'=') {
                Some(eq) => (trim(&p[..eq]), Some(trim(&p[eq + 1..]))),
                None => (p, None),
            };
            let def = match name.to_ascii_lowercase().as_slice() {
                b"branch" => f::sip::VIA_BRANCH,
                b"rport" => f::sip::VIA_RPORT,
                b"received" => f::sip::VIA_RECEIVED,
                b"maddr" => f::sip::VIA_MADDR,
                b"ttl" => f::sip::VIA_TTL,
                _ => continue,
            };
            // A bare `rport` shows its name.
            l.push(def, Value::Str(text(value.unwrap_or(name))));
        }
    }
}

/// `strtoul`'s reading of a header value: its leading digits, 0 without
/// any, saturated at `u32::MAX`.
fn leading_decimal(b: &[u8]) -> u32 {
    b.iter()
        .take_while(|c| c.is_ascii_digit())
        .fold(0u64, |a, d| {
            (a * 10 + u64::from(d - b'0')).min(u64::from(u32::MAX))
        }) as u32
}

fn decimal(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 19 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u64, |a, d| a * 10 + u64::from(d - b'0')))
}

/// tshark's header table: the field of a header name (full or compact).
fn header_field(name: &[u8]) -> Option<&'static FieldDef> {
    let full: &[u8] = match name {
        [c] => match c.to_ascii_lowercase() {
            b'a' => b"Accept-Contact",
            b'b' => b"Referred-By",
            b'c' => b"Content-Type",
            b'd' => b"Request-Disposition",
            b'e' => b"Content-Encoding",
            b'f' => b"From",
            b'i' => b"Call-ID",
            b'j' => b"Reject-Contact",
            b'k' => b"Supported",
            b'l' => b"Content-Length",
            b'm' => b"Contact",
            b'n' => b"Identity-Info",
            b'o' => b"Event",
            b'r' => b"Refer-To",
            b's' => b"Subject",
            b't' => b"To",
            b'u' => b"Allow-Events",
            b'v' => b"Via",
            b'x' => b"Session-Expires",
            b'y' => b"Identity",
            _ => return None,
        },
        n => n,
    };
    f::sip::ALL.iter().copied().find(|d| {
        d.name.strip_prefix("sip.").is_some_and(|h| {
            h.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                && h.as_bytes().eq_ignore_ascii_case(full)
        })
    })
}

/// What the Info column needs of a message besides its first line.
#[derive(Debug, Default)]
struct Seen {
    cseq_method: Option<String>,
    contacts: usize,
    removed: usize,
    remove_all: bool,
    expires_zero: bool,
}

/// One SIP message at `b` (a datagram or a segment), as its layers: SIP,
/// and SDP when its body is one. `None`: not a SIP message.
pub fn dissect(b: &[u8], at: usize) -> Option<Vec<Layer<'_>>> {
    let (end, next) = line_end(b, 0);
    let first = first_line(&b[..end])?;
    let mut l = Layer::new(Osi::Application, "sip", at..at + b.len());
    let line = &b[..end];
    let mut info = String::new();
    match first {
        FirstLine::Request { method, uri: u } => {
            l.push(f::sip::REQUEST_LINE, Value::Str(text(line)));
            l.push(f::sip::METHOD, Value::Str(text(&line[method.0..method.1])));
            uri(&mut l, &line[u.0..u.1], &R_URI);
            info.push_str("Request: ");
            info.push_str(&text(&line[method.0..u.1]));
        }
        FirstLine::Status(code) => {
            l.push(f::sip::STATUS_LINE, Value::Str(text(line)));
            l.uint(f::sip::STATUS_CODE, code);
            info.push_str("Status: ");
            info.push_str(&text(&line[8..]));
        }
    }
    // The headers, to the empty line.
    let hdr_start = next;
    let mut pos = next;
    let mut seen = Seen::default();
    let mut content_type: Option<&[u8]> = None;
    let mut call_id: Option<&[u8]> = None;
    let mut headers: Vec<(&'static FieldDef, &[u8])> = Vec::new();
    let mut body_at = None;
    while pos < b.len() {
        let (e, n) = line_end(b, pos);
        if e == pos {
            body_at = Some(n);
            break;
        }
        // Continuation lines belong to this header.
        let mut vend = e;
        let mut nn = n;
        while nn < b.len() && (b[nn] == b' ' || b[nn] == b'\t') {
            let (e2, n2) = line_end(b, nn);
            vend = e2;
            nn = n2;
        }
        let h = &b[pos..vend];
        pos = nn;
        let Some(colon) = h.iter().position(|&c| c == b':') else {
            continue;
        };
        let name = trim(&h[..colon]);
        let value = trim(&h[colon + 1..]);
        if let Some(def) = header_field(name) {
            headers.push((def, value));
        }
    }
    // The message's end: its body's, by Content-Length, as far as the
    // bytes go; tshark's "Message Header" runs to it.
    let body = body_at.map(|at_body| {
        let avail = b.len().saturating_sub(at_body);
        let len = headers
            .iter()
            .find(|(d, _)| std::ptr::eq(*d, f::sip::CONTENT_LENGTH))
            .map_or(avail, |(_, v)| avail.min(leading_decimal(v) as usize));
        (at_body, at_body + len)
    });
    let msg_end = body.map_or(b.len(), |(_, e)| e);
    l.push(
        f::sip::MSG_HDR,
        Value::Str(Cow::Owned(format_text(&b[hdr_start.min(msg_end)..msg_end]))),
    );
    for (def, value) in headers {
        if def.ftype == crate::dissect::field::FieldType::Uint32 {
            let v = leading_decimal(value);
            l.uint(def, v);
            if std::ptr::eq(def, f::sip::EXPIRES) && v == 0 {
                seen.expires_zero = true;
            }
            continue;
        }
        l.push(def, Value::Str(Cow::Owned(format_text(value))));
        if std::ptr::eq(def, f::sip::FROM) {
            from_to(&mut l, value, false);
        } else if std::ptr::eq(def, f::sip::TO) {
            from_to(&mut l, value, true);
        } else if std::ptr::eq(def, f::sip::CONTACT) {
            let (n, r, all) = contact(&mut l, value);
            seen.contacts += n;
            seen.removed += r;
            seen.remove_all |= all;
        } else if std::ptr::eq(def, f::sip::VIA) {
            via(&mut l, value);
        } else if std::ptr::eq(def, f::sip::CALL_ID) {
            l.push(f::sip::CALL_ID_GENERATED, Value::Str(text(value)));
            call_id = Some(value);
        } else if std::ptr::eq(def, f::sip::CSEQ) {
            let sp = value
                .iter()
                .position(|c| c.is_ascii_whitespace())
                .unwrap_or(value.len());
            if let Some(n) = decimal(&value[..sp]).and_then(|v| u32::try_from(v).ok()) {
                l.uint(f::sip::CSEQ_SEQ, n);
            }
            let m = trim(&value[sp..]);
            if !m.is_empty() {
                l.push(f::sip::CSEQ_METHOD, Value::Str(text(m)));
                seen.cseq_method = Some(text(m).into_owned());
            }
        } else if std::ptr::eq(def, f::sip::CONTENT_TYPE) {
            content_type = Some(value);
        }
    }
    // Info: the first line, then what REGISTER and its answers bind.
    let register = match first {
        FirstLine::Request { method, .. } => {
            line[method.0..method.1].eq_ignore_ascii_case(b"REGISTER")
        }
        FirstLine::Status(_) => seen
            .cseq_method
            .as_deref()
            .is_some_and(|m| m.eq_ignore_ascii_case("REGISTER")),
    };
    if let FirstLine::Status(code) = first
        && (200..300).contains(&code)
        && let Some(m) = &seen.cseq_method
    {
        info.push_str(" (");
        info.push_str(m);
        info.push(')');
    }
    if register {
        if seen.remove_all {
            info.push_str("  (remove all bindings)");
        } else if seen.contacts > 0 {
            let removing = seen.expires_zero || seen.removed == seen.contacts;
            let n = seen.contacts;
            let s = if n == 1 { "" } else { "s" };
            if removing {
                info.push_str(&format!("  (remove {n} binding{s})"));
            } else {
                info.push_str(&format!("  ({n} binding{s})"));
            }
        } else if matches!(first, FirstLine::Request { .. }) {
            info.push_str("  (fetch bindings)");
        }
    }
    info.push_str(" | ");
    l.str(f::sip::OSIDUMP_INFO, info);
    // A body of an XML media type goes to tshark's XML dissector (its
    // items are not decoded here; frame.protocols and the Protocol column
    // name it).
    let media = content_type.map(|ct| {
        let m = trim(&ct[..ct.iter().position(|&c| c == b';').unwrap_or(ct.len())]);
        String::from_utf8_lossy(m).to_ascii_lowercase()
    });
    let has_body = body.is_some_and(|(s, e)| e > s);
    if has_body
        && media
            .as_deref()
            .and_then(crate::dissect::app::http::media_types::lookup)
            == Some(crate::dissect::app::http::media_types::Entry::Xml)
    {
        l.str(f::sip::OSIDUMP_BODY_PROTOCOL, "xml");
    }
    let mut out = vec![l];
    if let Some((body_start, body_end)) = body {
        let body = &b[body_start..body_end];
        if !body.is_empty()
            && let Some(ct) = content_type
        {
            let media = trim(&ct[..ct.iter().position(|&c| c == b';').unwrap_or(ct.len())]);
            if media.eq_ignore_ascii_case(b"application/sdp") {
                let mut s = sdp::dissect(body, at + body_start);
                if let Some(id) = call_id {
                    s.push(f::sip::CALL_ID_GENERATED, Value::Str(text(id)));
                }
                out.push(s);
            }
        }
    }
    Some(out)
}

/// One message a datagram; what SIP keeps across them is the RTP streams
/// its SDP bodies set up, until the transport hands them to RTP.
#[derive(Default)]
struct SipDatagrams {
    media: Vec<crate::dissect::app::rtp::Setup>,
}

impl DatagramDecoder for SipDatagrams {
    fn datagram<'a>(&mut self, d: &crate::dissect::spec::Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if let Some(ls) = dissect(d.payload, d.at) {
            for l in &ls {
                sdp::datagram_setups(l, d, &mut self.media);
            }
            out.extend(ls);
        }
    }

    fn take_media(&mut self, out: &mut Vec<crate::dissect::app::rtp::Setup>) {
        out.append(&mut self.media);
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::<SipDatagrams>::default()
}

/// A SIP message over TCP held at most this long while its headers or
/// its body are awaited; a longer one is read as far as it came.
const MAX_HELD: usize = 1 << 20;

/// How far [`tcp_message_len`] read a message's start before it needed
/// more bytes: it goes on from there when they come, so a message held
/// over many segments is scanned once (offsets from the message's start).
#[derive(Debug, Default, Clone, Copy)]
struct Scan {
    /// The first line was read and is a request or status line.
    started: bool,
    /// Where the next header line starts (the empty line, once found).
    line: usize,
    /// No line end before this offset.
    searched: usize,
    /// The `Content-Length` read so far.
    length: Option<usize>,
}

/// How many bytes of `b` (a stream side's bytes from a message's start)
/// make the message, as packet-sip.c's `dissect_sip_tcp` frames it over
/// TCP through `req_resp_hdrs_do_reassembly`: the first line, the headers
/// to the empty line, then `Content-Length` bytes of body. `None` while
/// more bytes are needed: the first line or the headers unfinished, or the
/// body short of its length. A first line that is no request or status
/// line is no message tshark frames: all of `b` (shown as nothing).
/// Without a `Content-Length` header the body is the rest of `b` (what
/// came in the segment). `scan` carries what earlier calls on a shorter
/// `b` read.
fn tcp_message_len(b: &[u8], scan: &mut Scan) -> Option<usize> {
    // The end of the line starting at `scan.line`, searching each byte once.
    let line_end_of = |scan: &mut Scan| {
        let from = scan.searched.max(scan.line);
        match b[from..].iter().position(|&c| c == b'\n') {
            Some(_) => Some(line_end(b, scan.line)),
            None => {
                scan.searched = b.len();
                None
            }
        }
    };
    if !scan.started {
        let (end, next) = line_end_of(scan)?;
        if first_line(&b[..end]).is_none() {
            return Some(b.len());
        }
        scan.started = true;
        scan.line = next;
    }
    loop {
        if scan.line >= b.len() {
            return None;
        }
        let (e, n) = line_end_of(scan)?;
        if e == scan.line {
            let body = n;
            return match scan.length {
                Some(len) => {
                    let whole = body.checked_add(len)?;
                    (b.len() >= whole).then_some(whole)
                }
                None => Some(b.len()),
            };
        }
        let line = &b[scan.line..e];
        if line.len() >= 15 && line[..15].eq_ignore_ascii_case(b"Content-Length:") {
            scan.length = Some(leading_decimal(trim(&line[15..])) as usize);
        }
        scan.line = n;
    }
}

/// SIP over TCP, one side's bytes held from the start of the message they
/// begin until it is whole ([`tcp_message_len`]); each whole message is
/// read as a datagram's is. The segments before the last of a message show
/// TCP's note alone, as tshark's (SIP asks for more before it writes a
/// column).
#[derive(Default)]
struct SipStream {
    /// Per side ([`Dir::index`]): held bytes and the stream offset of the
    /// first.
    held: [Vec<u8>; 2],
    start: [u64; 2],
    /// What was read of the held message's start.
    scan: [Scan; 2],
}

impl SipStream {
    /// Reads the whole messages at the start of `b` (stream offset `at`);
    /// returns how many bytes they took (the rest waits for more, `scan`
    /// saying what was read of it).
    fn messages(b: &[u8], at: u64, flush: bool, scan: &mut Scan, out: &mut Vec<Message>) -> usize {
        let mut p = 0;
        while p < b.len() {
            let rest = &b[p..];
            let len = match tcp_message_len(rest, scan) {
                Some(n) => {
                    *scan = Scan::default();
                    n.max(1)
                }
                None if flush => rest.len(),
                None => break,
            };
            let msg = &rest[..len];
            if let Some(layers) = dissect(msg, 0) {
                for l in layers {
                    out.push(Message {
                        layer: l.into_owned(),
                        stream_offset: at + p as u64,
                        stream_end: at + (p + len) as u64,
                        event: None,
                    });
                }
            }
            p += len;
        }
        p
    }
}

impl StreamDecoder for SipStream {
    fn protocol(&self) -> &'static str {
        "sip"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn reassembling(&self, dir: Dir) -> bool {
        !self.held[dir.index()].is_empty()
    }

    fn heap_bytes(&self) -> usize {
        self.held.iter().map(Vec::capacity).sum()
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        if self.held[i].is_empty() {
            self.scan[i] = Scan::default();
            let took = Self::messages(data, offset, false, &mut self.scan[i], out);
            if took < data.len() {
                self.held[i].extend_from_slice(&data[took..]);
                self.start[i] = offset + took as u64;
            }
            return;
        }
        let mut b = std::mem::take(&mut self.held[i]);
        b.extend_from_slice(data);
        let at = self.start[i];
        let took = Self::messages(&b, at, b.len() > MAX_HELD, &mut self.scan[i], out);
        if took < b.len() {
            b.drain(..took);
            self.held[i] = b;
            self.start[i] = at + took as u64;
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.held[dir.index()].clear();
        self.scan[dir.index()] = Scan::default();
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(SipStream::default())
}

/// tshark's Info column: `Request: INVITE sip:...` or `Status: 200 OK`,
/// and the fence ` | ` it leaves after each message.
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::sip::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::sip::OSIDUMP_INFO) {
        out.push_str(s.trim_end_matches(" | "));
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "sip",
    also: &[],
    title: "Session Initiation Protocol",
    osi: Osi::Application,
    fields: f::sip::ALL,
    summary,
    info: Some(info),
    column: Some(|l| {
        if l.get_str(f::sip::OSIDUMP_BODY_PROTOCOL) == Some("xml") {
            "SIP/XML"
        } else {
            "SIP"
        }
    }),
    app: Some(AppSpec {
        decode_as: &["sip"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        // tshark's SIP heuristics (on by default) find it on any port.
        probe_tcp: Some(probe),
        probe_udp: Some(probe),
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};
