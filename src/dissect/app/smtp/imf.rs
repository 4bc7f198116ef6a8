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
//! the outer header fields. A multipart body is packet-multipart.c's
//! reading ([`multipart`]): its own `mime_multipart` layer after the
//! message's, the messages of its `message/rfc822` parts read into it.
//!
//! Bounded: at most [`MAX_DEPTH`] nested messages or multiparts are read.

use crate::dissect::app::http::media_types::{self, Entry};
use crate::dissect::app::multipart::{self, Mime};
use crate::dissect::expert::{self, format_text};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Anomaly, AnomalyKind, Layer, Osi};

/// Messages and multiparts nested deeper than this are not read (the
/// multipart reader's bound, shared).
const MAX_DEPTH: u8 = 240;

/// The message `b` (SMTP's reassembled DATA): its `imf` layer appended to
/// `out`, then its body's `mime_multipart` layer if it has one.
pub fn dissect(b: &[u8], out: &mut Vec<Layer<'static>>) {
    carried(b, "SMTP", out, &mut InFrame::default());
}

/// The `imf` layer of an HTTP body of type `message/rfc822`: the same
/// message, with HTTP's Protocol column (`HTTP/IMF`). HTTP hands on one
/// layer: a multipart body's fields join the message's (where tshark's
/// tree has them: under the message), listed among its body's protocols.
pub fn http_body(b: &[u8]) -> Layer<'static> {
    let (mut l, mp) = layers(b, "HTTP", &mut InFrame::default());
    if let Some(mut mp) = mp {
        let mut protocols = l
            .get_str(f::imf::OSIDUMP_BODY_PROTOCOLS)
            .map(str::to_owned)
            .unwrap_or_default();
        if !protocols.is_empty() {
            protocols.push(':');
        }
        protocols.push_str("mime_multipart");
        if let Some(p) = mp.get_str(f::mime_multipart::OSIDUMP_PROTOCOLS) {
            protocols.push(':');
            protocols.push_str(p);
        }
        let own = |d: &FieldDef| {
            [
                f::imf::OSIDUMP_BODY_PROTOCOLS,
                f::mime_multipart::OSIDUMP_PROTOCOLS,
                f::mime_multipart::OSIDUMP_COLUMN,
                f::imf::OSIDUMP_DEPTH,
                f::imf::OSIDUMP_CARRIER,
            ]
            .iter()
            .any(|x| std::ptr::eq(*x, d))
        };
        l.fields
            .retain(|x| !std::ptr::eq(x.def, f::imf::OSIDUMP_BODY_PROTOCOLS));
        mp.fields.retain(|x| !own(x.def));
        l.fields.append(&mut mp.fields);
        l.anomalies.append(&mut mp.anomalies);
        l.str(f::imf::OSIDUMP_BODY_PROTOCOLS, protocols);
    }
    l
}

/// What the messages of one frame share: tshark's Info column (each
/// message clears it back to the last fence, which a message with a
/// `Content-Type` sets after its header fields) and the Protocol column,
/// where each message appends `/IMF` (two messages in one IMAP response:
/// `IMAP/IMF/IMF`).
#[derive(Default)]
pub struct InFrame {
    col: multipart::Column,
    calls: u8,
}

/// The layers of a message a protocol carried (`SMTP`'s DATA, `POP`: a
/// message POP reassembled; `IMAP`: a FETCH literal), with that protocol's
/// Protocol column (`SMTP/IMF`, `POP/IMF`, `IMAP/IMF`), appended to `out`.
/// The Info column is the frame's, so far: a message before this one in
/// the frame (`frame`) has its Info taken (the frame's Info is read from
/// the last).
pub fn carried(
    b: &[u8],
    carrier: &'static str,
    out: &mut Vec<Layer<'static>>,
    frame: &mut InFrame,
) {
    if frame.calls > 0
        && let Some(prev) = out.iter_mut().rev().find(|l| l.protocol == "imf")
    {
        prev.fields
            .retain(|x| !std::ptr::eq(x.def, f::imf::OSIDUMP_INFO));
    }
    let (l, mp) = layers(b, carrier, frame);
    out.push(l);
    out.extend(mp);
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

/// The message's `imf` layer, and its body's `mime_multipart` layer (with
/// the Protocol column its dissectors left) when it has one.
fn layers(
    b: &[u8],
    carrier: &'static str,
    frame: &mut InFrame,
) -> (Layer<'static>, Option<Layer<'static>>) {
    let mut o = Mime::new(std::mem::take(&mut frame.col));
    o.calls = frame.calls;
    message(b, &mut o, false);
    let Mime {
        imf: mut l,
        mp,
        col,
        imf_protocols,
        mp_protocols,
        calls,
        proto_col,
        ..
    } = o;
    l.uint(f::imf::OSIDUMP_DEPTH, calls);
    if carrier != "SMTP" {
        l.str(f::imf::OSIDUMP_CARRIER, carrier);
    }
    if !imf_protocols.is_empty() {
        l.str(f::imf::OSIDUMP_BODY_PROTOCOLS, imf_protocols);
    }
    l.str(f::imf::OSIDUMP_INFO, col.text.clone());
    let mp = mp.map(|mut m| {
        if !mp_protocols.is_empty() {
            m.str(f::mime_multipart::OSIDUMP_PROTOCOLS, mp_protocols);
        }
        m.uint(f::imf::OSIDUMP_DEPTH, calls);
        if carrier != "SMTP" {
            m.str(f::imf::OSIDUMP_CARRIER, carrier);
        }
        // The messages before this one in the frame appended theirs.
        let before = "/IMF".repeat(usize::from(frame.calls));
        m.str(
            f::mime_multipart::OSIDUMP_COLUMN,
            multipart::column_text(format!("{carrier}{before}{proto_col}")),
        );
        m
    });
    frame.col = col;
    frame.calls = calls;
    (l, mp)
}

/// A message in a part of a message's multipart: its fields go to the
/// multipart's layer.
pub(crate) fn in_part(b: &[u8], o: &mut Mime) {
    message(b, o, true);
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

/// One message: its header fields, then its body. `listed`: a message
/// inside the carried one (a `message/rfc822` body or part), whose call is
/// listed among the protocols (the carried one is the `imf` layer).
fn message(b: &[u8], o: &mut Mime, listed: bool) {
    if o.nest >= MAX_DEPTH {
        return;
    }
    o.nest += 1;
    o.calls = o.calls.saturating_add(1);
    o.proto_col.push_str("/IMF");
    if listed {
        o.protocol("imf");
    }
    let (l, col) = o.l_col();
    // col_clear: what the outer message's dissectors wrote since its
    // fence goes.
    col.clear();
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
            Some((def, in_col, sub)) => {
                if let Some(s) = span(b, value, text_end) {
                    expert::ascii_string(l, def, s);
                }
                if in_col {
                    col.text.push_str(&key);
                    col.text.push_str(": ");
                    col.text
                        .push_str(&format_text(span(b, value, text_end).unwrap_or_default()));
                    col.text.push_str(", ");
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
                return;
            }
            media(body, &ct, parameters.as_deref(), o);
        }
        None => {
            o.l().present(f::imf::MESSAGE_TEXT);
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
fn media(body: &[u8], ct: &str, params: Option<&str>, o: &mut Mime) {
    let mt = ct.trim().to_ascii_lowercase();
    if body.is_empty() && multipart::REGISTERED.contains(&mt.as_str()) {
        multipart::empty_in_message(&mt, o);
        return;
    }
    if body.is_empty() {
        if media_types::lookup(&mt) == Some(Entry::TextLines) {
            o.col.append_sep(" ", &format!("({ct})"));
        }
        return;
    }
    // The `media_type` table's multipart subtypes (IMF, unlike HTTP,
    // tries no other `multipart/` type).
    if multipart::REGISTERED.contains(&mt.as_str()) {
        if o.nest < MAX_DEPTH {
            o.nest += 1;
            multipart::in_message(body, &mt, params, o);
            o.nest -= 1;
        }
        return;
    }
    if mt == "message/rfc822" {
        message(body, o, true);
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

pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
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
