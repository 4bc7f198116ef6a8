//! IMF (RFC 5322 messages) as tshark 4.0's `imf` dissector shows the
//! message SMTP reassembled: each header field by its name (`imf.from`,
//! `imf.subject`, unknown ones as `imf.extension`), the addresses of the
//! address fields, then the body: handed to the dissector its
//! `Content-Type` names when that type has parameters (packet-imf.c only
//! reads a type followed by `;`), else shown as message text, each line
//! also in the Info column.
//!
//! The Info column is packet-imf.c's: `from: X, subject: Y, ` (the fields
//! it marks for the column), then what the body's dissectors add: each
//! text part its media type in parentheses (`(text/plain)`), a message
//! inside (`message/rfc822`) its own IMF Info, which clears what came after
//! the outer header fields. The multipart reading is packet-multipart.c's
//! in outline: parts between `--boundary` lines, each with its header and
//! `Content-Type`, nested multiparts read the same way.
//!
//! Bounded: at most [`MAX_DEPTH`] nested messages or multiparts are read.

use crate::dissect::app::http::media_types::{self, Entry};
use crate::dissect::expert::{self, format_text};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Anomaly, AnomalyKind, Layer, Osi};

/// Messages and multiparts nested deeper than this are not read.
const MAX_DEPTH: u8 = 8;

/// The Info column as the body's dissectors write it in turn.
struct Column {
    text: String,
    /// `col_set_fence`: a clear keeps what is before.
    fence: usize,
}

impl Column {
    fn append_sep(&mut self, sep: &str, s: &str) {
        if !self.text.is_empty() {
            self.text.push_str(sep);
        }
        self.text.push_str(s);
    }
}

/// What one frame's IMF layer is being built into: a message inside the
/// message (`message/rfc822`) adds its fields to the same layer, listed
/// again as `imf` among the protocols its body went to (tshark's tree has
/// one IMF item per message; its fields are filtered the same).
struct Out {
    l: Layer<'static>,
    col: Column,
    /// The protocols the body went to, colon-separated, in order.
    protocols: String,
    /// The deepest message read (1: the one SMTP carried).
    depth: u8,
    /// Messages and multiparts being read, one inside the other.
    nest: u8,
    /// Messages being read, one inside the other.
    msgs: u8,
}

impl Out {
    fn protocol(&mut self, p: &str) {
        if !self.protocols.is_empty() {
            self.protocols.push(':');
        }
        self.protocols.push_str(p);
    }
}

/// The message `b` (SMTP's reassembled DATA): its `imf` layer appended to
/// `out`.
pub fn dissect(b: &[u8], out: &mut Vec<Layer<'static>>) {
    out.push(layer(b));
}

/// The `imf` layer of an HTTP body of type `message/rfc822`: the same
/// message, with HTTP's Protocol column (`HTTP/IMF`).
pub fn http_body(b: &[u8]) -> Layer<'static> {
    let mut l = layer(b);
    l.str(f::imf::OSIDUMP_CARRIER, "HTTP");
    l
}

/// The `imf` layer of a message another protocol than SMTP carried (`POP`:
/// a message POP reassembled; `IMAP`: a FETCH literal), with that
/// protocol's Protocol column (`POP/IMF`, `IMAP/IMF`).
pub fn carried(b: &[u8], carrier: &'static str) -> Layer<'static> {
    let mut l = layer(b);
    l.str(f::imf::OSIDUMP_CARRIER, carrier);
    l
}

/// Most bytes of one message kept to hand to IMF.
pub const MAX_BODY: usize = 4 << 20;

/// Pieces of one message listed at most (the rest are counted).
pub const MAX_FRAGMENTS: usize = 65_536;

/// The reassembly fields of the protocol that carried a message in pieces
/// (`smtp.data.fragment`..., `pop.data.fragment`...).
pub struct PieceFields {
    pub fragments: &'static FieldDef,
    pub fragment: &'static FieldDef,
    pub count: &'static FieldDef,
    pub length: &'static FieldDef,
}

/// A message being reassembled from the pieces its carrier brought
/// (SMTP's DATA, POP's answer to RETR), bounded: at most [`MAX_BODY`] bytes
/// kept and [`MAX_FRAGMENTS`] pieces listed.
#[derive(Debug, Default)]
pub struct Pieces {
    /// (frame, bytes) of each piece, in order.
    frags: Vec<(u64, u32)>,
    /// Pieces past [`MAX_FRAGMENTS`], counted.
    more_frags: u64,
    bytes: Vec<u8>,
    total: u64,
}

impl Pieces {
    pub fn add(&mut self, frame: u64, b: &[u8]) {
        if self.frags.len() < MAX_FRAGMENTS {
            self.frags.push((frame, b.len() as u32));
        } else {
            self.more_frags += 1;
        }
        let room = MAX_BODY.saturating_sub(self.bytes.len());
        self.bytes.extend_from_slice(&b[..b.len().min(room)]);
        self.total += b.len() as u64;
    }

    /// Pieces added, listed or not.
    pub fn count(&self) -> u64 {
        self.frags.len() as u64 + self.more_frags
    }

    pub fn heap_bytes(&self) -> usize {
        self.bytes.capacity() + self.frags.capacity() * std::mem::size_of::<(u64, u32)>()
    }

    /// The pieces' frames, their count and the message's length on the
    /// carrier's layer `l` (with an anomaly for pieces not listed).
    pub fn list(&self, l: &mut Layer<'static>, fields: &PieceFields) {
        l.present(fields.fragments);
        for (fr, _) in &self.frags {
            l.uint(fields.fragment, *fr);
        }
        l.uint(fields.count, self.count());
        l.uint(fields.length, self.total);
        if self.more_frags > 0 {
            l.anomalies.push(Anomaly {
                kind: AnomalyKind::Evicted,
                reason: format!(
                    "{} more DATA fragments are not listed (at most {MAX_FRAGMENTS})",
                    self.more_frags
                ),
            });
        }
    }

    /// The whole message, or `None` (and an anomaly on the carrier's layer
    /// `l`) when it was longer than what is kept.
    pub fn whole(&self, l: &mut Layer<'static>) -> Option<&[u8]> {
        if self.bytes.len() as u64 == self.total {
            return Some(&self.bytes);
        }
        l.anomalies.push(Anomaly {
            kind: AnomalyKind::Evicted,
            reason: format!(
                "a message of {} bytes, more than the {MAX_BODY} kept: not handed to IMF",
                self.total
            ),
        });
        None
    }
}

fn layer(b: &[u8]) -> Layer<'static> {
    let mut o = Out {
        l: Layer::new(Osi::Application, "imf", 0..0),
        col: Column {
            text: String::new(),
            fence: 0,
        },
        protocols: String::new(),
        depth: 0,
        nest: 0,
        msgs: 0,
    };
    message(b, &mut o);
    let Out {
        mut l,
        col,
        protocols,
        depth,
        ..
    } = o;
    l.uint(f::imf::OSIDUMP_DEPTH, depth);
    if !protocols.is_empty() {
        l.str(f::imf::OSIDUMP_BODY_PROTOCOLS, protocols);
    }
    l.str(f::imf::OSIDUMP_INFO, col.text);
    l
}

/// The header field names packet-imf.c knows: field, whether the Info
/// column shows it, how its value is read.
fn known(name: &str) -> Option<(&'static FieldDef, bool, Sub)> {
    use Sub::*;
    Some(match name {
        "date" => (f::imf::DATE, false, No),
        "from" => (f::imf::FROM, true, MailboxList),
        "sender" => (f::imf::SENDER, false, Mailbox),
        "reply-to" => (f::imf::REPLY_TO, false, AddressList),
        "to" => (f::imf::TO, false, AddressList),
        "cc" => (f::imf::CC, false, AddressList),
        "bcc" => (f::imf::BCC, false, AddressList),
        "message-id" => (f::imf::MESSAGE_ID, false, No),
        "in-reply-to" => (f::imf::IN_REPLY_TO, false, No),
        "references" => (f::imf::REFERENCES, false, No),
        "subject" => (f::imf::SUBJECT, true, No),
        "comments" => (f::imf::COMMENTS, false, No),
        "user-agent" => (f::imf::USER_AGENT, false, No),
        "keywords" => (f::imf::KEYWORDS, false, No),
        "resent-date" => (f::imf::RESENT_DATE, false, No),
        "resent-from" => (f::imf::RESENT_FROM, false, MailboxList),
        "resent-sender" => (f::imf::RESENT_SENDER, false, Mailbox),
        "resent-to" => (f::imf::RESENT_TO, false, AddressList),
        "resent-cc" => (f::imf::RESENT_CC, false, AddressList),
        "resent-bcc" => (f::imf::RESENT_BCC, false, AddressList),
        "resent-message-id" => (f::imf::RESENT_MESSAGE_ID, false, No),
        "return-path" => (f::imf::RETURN_PATH, false, No),
        "received" => (f::imf::RECEIVED, false, No),
        "content-type" => (f::imf::CONTENT_TYPE, false, No),
        "content-id" => (f::imf::CONTENT_ID, false, No),
        "content-description" => (f::imf::CONTENT_DESCRIPTION, false, No),
        "content-transfer-encoding" => (f::imf::CONTENT_TRANSFER_ENCODING, false, No),
        "mime-version" => (f::imf::MIME_VERSION, false, No),
        "autoforwarded" => (f::imf::AUTOFORWARDED, false, No),
        "autosubmitted" => (f::imf::AUTOSUBMITTED, false, No),
        "x400-content-identifier" => (f::imf::X400_CONTENT_IDENTIFIER, false, No),
        "content-language" => (f::imf::CONTENT_LANGUAGE, false, No),
        "conversion" => (f::imf::CONVERSION, false, No),
        "conversion-with-loss" => (f::imf::CONVERSION_WITH_LOSS, false, No),
        "delivery-date" => (f::imf::DELIVERY_DATE, false, No),
        "discarded-x400-ipms-extensions" => (f::imf::DISCARDED_X400_IPMS_EXTENSIONS, false, No),
        "discarded-x400-mts-extensions" => (f::imf::DISCARDED_X400_MTS_EXTENSIONS, false, No),
        "dl-expansion-history" => (f::imf::DL_EXPANSION_HISTORY, false, No),
        "deferred-delivery" => (f::imf::DEFERRED_DELIVERY, false, No),
        "expires" => (f::imf::EXPIRES, false, No),
        "importance" => (f::imf::IMPORTANCE, false, No),
        "incomplete-copy" => (f::imf::INCOMPLETE_COPY, false, No),
        "latest-delivery-time" => (f::imf::LATEST_DELIVERY_TIME, false, No),
        "message-type" => (f::imf::MESSAGE_TYPE, false, No),
        "original-encoded-information-types" => {
            (f::imf::ORIGINAL_ENCODED_INFORMATION_TYPES, false, No)
        }
        "originator-return-address" => (f::imf::ORIGINATOR_RETURN_ADDRESS, false, No),
        "priority" => (f::imf::PRIORITY, false, No),
        "reply-by" => (f::imf::REPLY_BY, false, No),
        "sensitivity" => (f::imf::SENSITIVITY, false, No),
        "supersedes" => (f::imf::SUPERSEDES, false, No),
        "x400-content-type" => (f::imf::X400_CONTENT_TYPE, false, No),
        "x400-mts-identifier" => (f::imf::X400_MTS_IDENTIFIER, false, No),
        "x400-originator" => (f::imf::X400_ORIGINATOR, false, No),
        "x400-received" => (f::imf::X400_RECEIVED, false, No),
        "x400-recipients" => (f::imf::X400_RECIPIENTS, false, No),
        "delivered-to" => (f::imf::DELIVERED_TO, false, Mailbox),
        "x-mailer" => (f::imf::EXT_MAILER, false, No),
        "thread-index" => (f::imf::THREAD_INDEX, false, No),
        "lines" => (f::imf::LINES, false, No),
        "precedence" => (f::imf::PRECEDENCE, false, No),
        "x-mimeole" => (f::imf::EXT_MIMEOLE, false, No),
        "expiry-date" => (f::imf::EXT_EXPIRY_DATE, false, No),
        "x-ms-tnef-correlator" => (f::imf::EXT_TNEF_CORRELATOR, false, No),
        "x-uidl" => (f::imf::EXT_UIDL, false, No),
        "x-authentication-warning" => (f::imf::EXT_AUTHENTICATION_WARNING, false, No),
        "x-virus-scanned" => (f::imf::EXT_VIRUS_SCANNED, false, No),
        "x-original-to" => (f::imf::EXT_ORIGINAL_TO, false, AddressList),
        "sio-label" => (f::imf::SIOLABEL, false, No),
        _ => return None,
    })
}

/// How a header's value is read further.
#[derive(Clone, Copy)]
enum Sub {
    No,
    Mailbox,
    MailboxList,
    AddressList,
}

fn find(b: &[u8], from: usize, to: usize, c: u8) -> Option<usize> {
    let to = to.min(b.len());
    if from >= to {
        return None;
    }
    b[from..to].iter().position(|&x| x == c).map(|i| from + i)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// packet-imf.c's `imf_find_field_end`: the offset past the field's
/// CRLF (continuation lines included), and whether the header ended.
pub(crate) fn field_end(b: &[u8], mut offset: usize, max: usize, last: &mut bool) -> Option<usize> {
    while offset < max {
        offset = find(b, offset, max, b'\r')?;
        offset += 1;
        if offset < max && b[offset] == b'\n' {
            offset += 1;
            if offset >= max {
                *last = true;
                return Some(offset - 2);
            }
            match b[offset] {
                b'\r' => {
                    if offset + 1 < max && b[offset + 1] == b'\n' {
                        *last = true;
                    }
                    return Some(offset);
                }
                b' ' | b'\t' => {}
                _ => return Some(offset),
            }
        }
    }
    None
}

/// `[from, to)` of `b`, empty when the range is not there (a negative
/// length in packet-imf.c is an exception there; the field is left out).
fn span(b: &[u8], from: usize, to: usize) -> Option<&[u8]> {
    (from <= to).then(|| b.get(from..to)).flatten()
}

fn mailbox(l: &mut Layer<'static>, b: &[u8], offset: usize, end: usize) {
    match find(b, offset, end, b'<') {
        None => {
            if let Some(s) = span(b, offset, end) {
                expert::ascii_string(l, f::imf::ADDRESS, s);
            }
        }
        Some(lt) => {
            let mut o = offset;
            while o < lt && is_space(b[o]) {
                o += 1;
            }
            if o != lt
                && let Some(s) = span(b, o, lt.saturating_sub(1))
            {
                expert::ascii_string(l, f::imf::DISPLAY_NAME, s);
            }
            if let Some(gt) = find(b, lt + 1, end, b'>')
                && let Some(s) = span(b, lt + 1, gt)
            {
                expert::ascii_string(l, f::imf::ADDRESS, s);
            }
        }
    }
}

fn mailbox_list(l: &mut Layer<'static>, b: &[u8], offset: usize, end: usize) {
    let mut at = offset;
    loop {
        let comma = find(b, at, end, b',');
        let item_end = comma.unwrap_or(end);
        if let Some(s) = span(b, at, item_end) {
            expert::ascii_string(l, f::imf::MAILBOX_LIST_ITEM, s);
        }
        mailbox(l, b, at, item_end);
        match comma {
            Some(c) => at = c + 1,
            None => break,
        }
    }
}

fn address_list(l: &mut Layer<'static>, b: &[u8], offset: usize, end: usize) {
    let mut at = offset;
    loop {
        let comma = find(b, at, end, b',');
        let item_end = comma.unwrap_or(end);
        if let Some(s) = span(b, at, item_end) {
            expert::ascii_string(l, f::imf::ADDRESS_LIST_ITEM, s);
        }
        // A colon makes it a group: its name, then its mailboxes.
        match find(b, at, item_end, b':') {
            None => mailbox(l, b, at, item_end),
            Some(colon) => {
                if let Some(s) = span(b, at, colon.saturating_sub(1)) {
                    expert::ascii_string(l, f::imf::DISPLAY_NAME, s);
                }
                let mut p = colon + 1;
                while p < item_end && is_space(b[p]) {
                    p += 1;
                }
                if b.get(p) != Some(&b';') {
                    mailbox_list(l, b, p, item_end);
                }
            }
        }
        match comma {
            Some(c) => at = c + 1,
            None => break,
        }
    }
}

/// One message: its header fields, then its body.
fn message(b: &[u8], o: &mut Out) {
    if o.nest >= MAX_DEPTH {
        return;
    }
    o.nest += 1;
    o.msgs += 1;
    o.depth = o.depth.max(o.msgs);
    if o.msgs > 1 {
        o.protocol("imf");
    }
    let l = &mut o.l;
    // col_clear: what the outer message's dissectors wrote since its
    // fence goes.
    o.col.text.truncate(o.col.fence);
    let max = b.len();
    let mut start = 0usize;
    let mut end_offset: Option<usize> = Some(0);
    let mut last = false;
    let mut content_type: Option<String> = None;
    let mut parameters: Option<String> = None;
    let mut encoding: Option<String> = None;
    while !last {
        let Some(colon) = find(b, start, max, b':') else {
            // packet-imf.c keeps the -1 of its search: the text is read
            // from the start.
            end_offset = None;
            break;
        };
        let key = String::from_utf8_lossy(&b[start..colon]).to_ascii_lowercase();
        let entry = known(&key);
        let unknown_at = start;
        start = colon + 1;
        let Some(end) = field_end(b, start, max, &mut last) else {
            end_offset = None;
            break;
        };
        end_offset = Some(end);
        let mut value = start;
        while value < end && is_space(b[value]) {
            value += 1;
        }
        if value == end {
            value = start;
        }
        let text_end = end.saturating_sub(2);
        match entry {
            None => {
                if let Some(s) = span(b, unknown_at, text_end) {
                    expert::ascii_string(l, f::imf::EXTENSION, s);
                }
                if let Some(s) = span(b, unknown_at, start - 1) {
                    expert::ascii_string(l, f::imf::EXTENSION_TYPE, s);
                }
                if let Some(s) = span(b, value, text_end) {
                    expert::ascii_string(l, f::imf::EXTENSION_VALUE, s);
                }
            }
            Some((def, col, sub)) => {
                if let Some(s) = span(b, value, text_end) {
                    expert::ascii_string(l, def, s);
                }
                if col {
                    o.col.text.push_str(&key);
                    o.col.text.push_str(": ");
                    o.col
                        .text
                        .push_str(&format_text(span(b, value, text_end).unwrap_or_default()));
                    o.col.text.push_str(", ");
                }
                if std::ptr::eq(def, f::imf::CONTENT_TYPE) {
                    content_type_fields(l, b, start, end, &mut content_type, &mut parameters);
                } else if std::ptr::eq(def, f::imf::CONTENT_TRANSFER_ENCODING) {
                    encoding =
                        span(b, value, text_end).map(|s| String::from_utf8_lossy(s).into_owned());
                } else {
                    match sub {
                        Sub::No => {}
                        Sub::Mailbox => mailbox(l, b, value, end),
                        Sub::MailboxList => mailbox_list(l, b, value, end),
                        Sub::AddressList => address_list(l, b, value, end),
                    }
                }
            }
        }
        start = end;
    }
    let mut body_at = end_offset.unwrap_or(0);
    if last {
        body_at += 2;
    }
    let body = b.get(body_at..).unwrap_or_default();
    match content_type {
        Some(ct) => {
            o.col.fence = o.col.text.len();
            let base64 = encoding
                .as_deref()
                .is_some_and(|e| e.len() >= 6 && e[..6].eq_ignore_ascii_case("base64"));
            if base64 {
                // Not decoded here: what the part holds is left unread.
                o.nest -= 1;
                o.msgs -= 1;
                return;
            }
            media(body, &ct, parameters.as_deref(), o);
        }
        None => {
            o.l.present(f::imf::MESSAGE_TEXT);
            let mut at = 0;
            while at < body.len() {
                let next = match body[at..].iter().position(|&c| c == b'\r' || c == b'\n') {
                    None => body.len(),
                    Some(i) => {
                        let e = at + i;
                        if body[e] == b'\r' && body.get(e + 1) == Some(&b'\n') {
                            e + 2
                        } else {
                            e + 1
                        }
                    }
                };
                o.col.append_sep(", ", &format_text_wsp(&body[at..next]));
                at = next;
            }
        }
    }
    o.nest -= 1;
    o.msgs -= 1;
}

/// `format_text_wsp`: [`format_text`] with each white-space character a
/// space.
fn format_text_wsp(b: &[u8]) -> String {
    let spaced: Vec<u8> = b
        .iter()
        .map(|&c| if is_space(c) { b' ' } else { c })
        .collect();
    format_text(&spaced)
}

/// `dissect_imf_content_type`: the type (before the first `;`) and its
/// parameters, as fields; only a type with parameters is kept.
fn content_type_fields(
    l: &mut Layer<'static>,
    b: &[u8],
    start: usize,
    end: usize,
    ty: &mut Option<String>,
    params: &mut Option<String>,
) {
    // packet-imf.c moves the start past the blanks but keeps the length:
    // the field's end moves as far into what follows.
    let mut offset = start;
    let mut max = end;
    if let Some(i) = b[start..end].iter().position(|&c| !is_space(c)) {
        offset = start + i;
        max = (end + i).min(b.len());
    }
    let Some(semi) = find(b, offset, max, b';') else {
        return;
    };
    let t = &b[offset..semi];
    expert::ascii_string(l, f::imf::CONTENT_TYPE_TYPE, t);
    *ty = Some(crate::dissect::wire::ascii(t).into_owned());
    let mut last = false;
    let Some(pend) = field_end(b, semi + 1, max, &mut last) else {
        return;
    };
    if let Some(p) = span(b, semi + 1, pend.saturating_sub(2)) {
        expert::ascii_string(l, f::imf::CONTENT_TYPE_PARAMETERS, p);
        *params = Some(crate::dissect::wire::ascii(p).into_owned());
    }
}

/// The body handed to the `media_type` table's dissector for `ct`.
///
/// tshark drops from `frame.protocols` a dissector that took no bytes, so an
/// empty body (a FETCH of the header fields only) lists nothing, though the
/// text lines dissector has written its Info.
fn media(body: &[u8], ct: &str, params: Option<&str>, o: &mut Out) {
    let mt = ct.trim().to_ascii_lowercase();
    if body.is_empty() {
        if media_types::lookup(&mt) == Some(Entry::TextLines) {
            o.col.append_sep(" ", &format!("({ct})"));
        }
        return;
    }
    if mt.starts_with("multipart/") {
        if o.nest < MAX_DEPTH {
            o.nest += 1;
            multipart(body, params, o);
            o.nest -= 1;
        }
        return;
    }
    if mt == "message/rfc822" {
        message(body, o);
        return;
    }
    // The text lines dissector names the type in the Info column; what
    // other dissectors of the table (JSON, XML, images...) would show of
    // a mail part is not read here.
    if media_types::lookup(&mt) == Some(Entry::TextLines) {
        o.protocol("data-text-lines");
        o.col.append_sep(" ", &format!("({ct})"));
    }
}

/// A parameter's value (`boundary="x"` or `boundary=x`).
fn parameter(params: &str, name: &str) -> Option<String> {
    let lower = params.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let rest = &params[at..];
    if let Some(q) = rest.strip_prefix('"') {
        Some(q[..q.find('"')?].to_owned())
    } else {
        let end = rest
            .find(|c: char| c == ';' || c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        Some(rest[..end].to_owned())
    }
}

/// A multipart body: each part between `--boundary` delimiters, by its own
/// `Content-Type`.
fn multipart(body: &[u8], params: Option<&str>, o: &mut Out) {
    let Some(boundary) = params.and_then(|p| parameter(p, "boundary")) else {
        return;
    };
    o.protocol("mime_multipart");
    let delim = format!("--{boundary}");
    let d = delim.as_bytes();
    // Offsets of each delimiter that starts a line.
    let mut starts = Vec::new();
    let mut at = 0;
    while let Some(i) = find_sub(body, at, d) {
        if i == 0 || body[i - 1] == b'\n' {
            starts.push(i);
        }
        at = i + d.len();
    }
    // packet-multipart.c's preamble finds no boundary (one needs a byte
    // after it): the whole body goes to the data dissector.
    if starts.first().is_none_or(|&i| i + d.len() >= body.len()) {
        o.protocol("data");
        return;
    }
    for w in starts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let after = s + d.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        // The part: after the delimiter's line, up to the CRLF before the
        // next delimiter.
        let Some(nl) = find(body, after, e, b'\n') else {
            continue;
        };
        let mut pend = e;
        if pend >= 2 && &body[pend - 2..pend] == b"\r\n" {
            pend -= 2;
        } else if pend >= 1 && body[pend - 1] == b'\n' {
            pend -= 1;
        }
        let part = &body[(nl + 1).min(pend)..pend];
        let (ct, params, content) = part_header(part);
        part_media(content, ct.as_deref(), params.as_deref(), o);
    }
}

/// A multipart part's content, as packet-multipart.c hands it on: without
/// a type, or of type `application/octet-stream`, to the data dissector;
/// of a type the `media_type` table lacks, to the `media` dissector; else
/// as a message body is (a dissector that took no bytes is not listed).
fn part_media(content: &[u8], ct: Option<&str>, params: Option<&str>, o: &mut Out) {
    let raw = ct.is_none_or(|t| {
        t.trim()
            .to_ascii_lowercase()
            .starts_with("application/octet-stream")
    });
    match ct {
        Some(t) if !raw => {
            if media_types::lookup(&t.trim().to_ascii_lowercase()).is_some() {
                media(content, t, params, o);
            } else if !content.is_empty() {
                o.protocol("media");
            }
        }
        _ if !content.is_empty() => o.protocol("data"),
        _ => {}
    }
}

fn find_sub(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || from >= b.len() {
        return None;
    }
    b[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

/// A part's header: its content type (before `;`), parameters, and what
/// follows the blank line.
fn part_header(part: &[u8]) -> (Option<String>, Option<String>, &[u8]) {
    let mut at = 0;
    let mut ct = None;
    let mut params = None;
    let mut header_lines: Vec<(String, String)> = Vec::new();
    while at < part.len() {
        let e = part[at..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(part.len(), |i| at + i + 1);
        let line = &part[at..e];
        let text = String::from_utf8_lossy(line);
        let text = text.trim_end_matches(['\r', '\n']);
        at = e;
        if text.is_empty() {
            break;
        }
        if text.starts_with([' ', '\t']) {
            if let Some(h) = header_lines.last_mut() {
                h.1.push(' ');
                h.1.push_str(text.trim());
            }
            continue;
        }
        if let Some((k, v)) = text.split_once(':') {
            header_lines.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    for (k, v) in header_lines {
        if k == "content-type" {
            match v.split_once(';') {
                Some((t, p)) => {
                    ct = Some(t.trim().to_owned());
                    params = Some(p.to_owned());
                }
                None => ct = Some(v.trim().to_owned()),
            }
        }
    }
    (ct, params, &part[at.min(part.len())..])
}

/// The Protocol column: `SMTP/IMF` (`HTTP/IMF` for an HTTP body, `POP/IMF`
/// for a message POP carried), one `/IMF` a nested message.
pub(crate) fn column(l: &Layer<'_>) -> &'static str {
    let depth = l.get_uint(f::imf::OSIDUMP_DEPTH);
    if l.get_str(f::imf::OSIDUMP_CARRIER) == Some("IMAP") {
        return match depth {
            Some(0 | 1) | None => "IMAP/IMF",
            Some(2) => "IMAP/IMF/IMF",
            Some(3) => "IMAP/IMF/IMF/IMF",
            _ => "IMAP/IMF/IMF/IMF/IMF",
        };
    }
    if l.get_str(f::imf::OSIDUMP_CARRIER) == Some("POP") {
        return match depth {
            Some(0 | 1) | None => "POP/IMF",
            Some(2) => "POP/IMF/IMF",
            Some(3) => "POP/IMF/IMF/IMF",
            _ => "POP/IMF/IMF/IMF/IMF",
        };
    }
    if l.get_str(f::imf::OSIDUMP_CARRIER) == Some("HTTP") {
        return match depth {
            Some(0 | 1) | None => "HTTP/IMF",
            Some(2) => "HTTP/IMF/IMF",
            Some(3) => "HTTP/IMF/IMF/IMF",
            _ => "HTTP/IMF/IMF/IMF/IMF",
        };
    }
    match depth {
        Some(0 | 1) | None => "SMTP/IMF",
        Some(2) => "SMTP/IMF/IMF",
        Some(3) => "SMTP/IMF/IMF/IMF",
        _ => "SMTP/IMF/IMF/IMF/IMF",
    }
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::imf::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::imf::FROM) {
        out.push_str("from: ");
        out.push_str(s);
    }
    if let Some(s) = l.get_str(f::imf::SUBJECT) {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str("subject: ");
        out.push_str(s);
    }
}

pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "imf",
    also: &[],
    title: "Internet Message Format",
    osi: Osi::Application,
    fields: f::imf::ALL,
    summary,
    info: Some(info),
    column: Some(column),
    app: None,
};
