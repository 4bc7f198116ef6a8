//! MIME multipart bodies (RFC 2046) as tshark 4.0's `mime_multipart`
//! dissector (packet-multipart.c) shows an HTTP body of type
//! `multipart/*` or a mail's (IMF): the preamble, each boundary line, each
//! part with the
//! `Content-*` header fields it knows, and each part's body handed to the
//! `media_type` table's dissector its `Content-Type` names (`media` when
//! none is registered, `data` for a part without a type or of type
//! `application/octet-stream`), then the trailer.
//!
//! The reading is packet-multipart.c's, which is more lenient than the RFC
//! and must be followed to give tshark's answer:
//! - a boundary is `--boundary` at the start of a line, a line ending in
//!   CR, LF or CRLF; the line end before it belongs to the boundary item;
//! - a close delimiter glued to the part before it (no line end) is found
//!   too;
//! - header fields are read with IMF's field-end rule (CRLF not followed by
//!   a blank) and compacted (blanks dropped around `:;,=`, folded lines
//!   joined), which is the value tshark shows;
//! - a part whose first line is not a header field (no colon) is all body.
//!
//! A part of type `message/rfc822` is a message again (IMF, its fields in
//! the multipart's layer): each message and the JSON and XML dissectors
//! append their names to the Protocol column, kept in the layer
//! (`osidump.mime_multipart.column`), and the messages share the Info
//! column with its fences ([`Column`]).
//!
//! Bounded: what it reads is the body HTTP or the mail's carrier kept
//! (capped there), and multiparts and messages nested deeper than
//! [`MAX_DEPTH`] together are not read.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::app::http::body;
use crate::dissect::app::http::media_types::{self, Entry};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use std::borrow::Cow;

/// Multiparts and messages nested deeper than this, together, are not
/// read. tshark sets no limit of its own: zeek's deeply-nested-mime test
/// nests 99 multiparts and 100 messages, all shown. Each level rescans
/// only its own part, so the work stays bounded by this times the body
/// (itself capped).
const MAX_DEPTH: u8 = 240;

/// Decoded bytes one compressed part may make at most.
const DECODED_CAP: usize = 4 << 20;

ei!(
    NO_REQUIRED_PARAMETER,
    f::mime_multipart::NO_REQUIRED_PARAMETER,
    Protocol,
    Error
);

/// The subtypes registered in the `media_type` table (the HTTP dissector
/// also hands any other `multipart/` type to the same dissector).
pub(crate) const REGISTERED: &[&str] = &[
    "multipart/alternative",
    "multipart/encrypted",
    "multipart/form-data",
    "multipart/mixed",
    "multipart/related",
    "multipart/report",
    "multipart/signed",
];

/// What became of a body handed to the multipart dissector.
pub enum Outcome {
    /// Its `mime_multipart` layer.
    Layer(Layer<'static>),
    /// No boundary parameter: tshark adds an expert item to the caller's
    /// tree and hands the body to `data` (no multipart item at all).
    NoBoundary,
}

/// The multipart body `b` of media type `media_type` (lower case, without
/// parameters), `params` what followed the `;` of its `Content-Type`: an
/// HTTP body. HTTP fences its column after its first line: a message in a
/// part clears what the parts wrote, not HTTP's text.
pub fn dissect(b: &[u8], media_type: &str, params: Option<&str>) -> Outcome {
    let mut out = Mime::new(Column::after_carrier());
    out.mp = Some(Layer::new(Osi::Application, "mime_multipart", 0..0));
    if !multipart(b, media_type, params, &mut out, true) {
        return Outcome::NoBoundary;
    }
    let Some(mut l) = out.mp.take() else {
        return Outcome::NoBoundary;
    };
    if !out.mp_protocols.is_empty() {
        l.str(f::mime_multipart::OSIDUMP_PROTOCOLS, out.mp_protocols);
    }
    if !out.col.text.is_empty() {
        l.str(f::mime_multipart::OSIDUMP_INFO, out.col.text);
    }
    if !out.proto_col.is_empty() {
        l.str(
            f::mime_multipart::OSIDUMP_COLUMN,
            column_text(format!("HTTP{}", out.proto_col)),
        );
    }
    Outcome::Layer(l)
}

/// A message's multipart body: the first starts the `mime_multipart`
/// layer of `o` (what the parts hold, the fields of the messages inside
/// them included, goes to it); one inside a part is listed again. Without
/// a boundary, the expert item and `data` go to the layer being written.
pub(crate) fn in_message(b: &[u8], media_type: &str, params: Option<&str>, o: &mut Mime) {
    let first = o.mp.is_none();
    if first {
        o.mp = Some(Layer::new(Osi::Application, "mime_multipart", 0..0));
    } else {
        o.protocol("mime_multipart");
    }
    if !multipart(b, media_type, params, o, true) {
        if first {
            o.mp = None;
            o.protocol("mime_multipart");
        }
        expert::add(o.l(), &NO_REQUIRED_PARAMETER, None);
        to_data(o, b);
    }
}

/// A message's empty multipart body: tshark's multipart dissector shows
/// its item and type, and takes no bytes (no protocol is listed).
pub(crate) fn empty_in_message(media_type: &str, o: &mut Mime) {
    if o.mp.is_none() {
        let mut l = Layer::new(Osi::Application, "mime_multipart", 0..0);
        l.present(f::mime_multipart::OSIDUMP_UNLISTED);
        o.mp = Some(l);
    }
    o.l().str(f::mime_multipart::TYPE, media_type.to_owned());
}

/// tshark's expert item and `data` fields for a multipart body without a
/// boundary, added to the layer of the protocol that carried it.
pub fn no_boundary(l: &mut Layer<'static>, b: &[u8]) {
    expert::add(l, &NO_REQUIRED_PARAMETER, None);
    data(l, b);
}

/// A Protocol column as tshark holds it: COL_MAX_LEN (2048) bytes with
/// the terminating NUL (a message of many message parts appends `/IMF`
/// each).
pub(crate) fn column_text(mut s: String) -> String {
    const COL_MAX_LEN: usize = 2048;
    if s.len() > COL_MAX_LEN - 1 {
        let mut end = COL_MAX_LEN - 1;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}

/// The Info column as the dissectors of a body write it in turn.
#[derive(Default)]
pub(crate) struct Column {
    pub text: String,
    /// `col_set_fence`: a clear keeps what is before.
    pub fence: usize,
    /// The carrier's text is before `text` (HTTP's first line): the
    /// column is never empty, a separator is always written.
    carried: bool,
}

impl Column {
    fn after_carrier() -> Column {
        Column {
            carried: true,
            ..Column::default()
        }
    }

    /// `col_append_sep_str`.
    pub fn append_sep(&mut self, sep: &str, s: &str) {
        if self.carried || !self.text.is_empty() {
            self.text.push_str(sep);
        }
        self.text.push_str(s);
    }

    /// `col_clear`: what was written since the fence goes.
    pub fn clear(&mut self) {
        self.text.truncate(self.fence);
    }
}

/// What one frame's message (IMF) or multipart body is being built into.
/// A message's fields go to its `imf` layer until a multipart is met;
/// from then on everything the body holds (parts, the messages inside
/// them and their multiparts) goes to the one `mime_multipart` layer,
/// listed again among its protocols (tshark's tree has one item per
/// call; its fields are filtered the same).
pub(crate) struct Mime {
    pub imf: Layer<'static>,
    pub mp: Option<Layer<'static>>,
    pub col: Column,
    /// The protocols the message's body went to before any multipart,
    /// colon-separated, in order.
    pub imf_protocols: String,
    /// The protocols the multipart's parts went to.
    pub mp_protocols: String,
    /// Messages and multiparts being read, one inside the other.
    pub nest: u8,
    /// Calls of the IMF dissector (each appends `/IMF` to the Protocol
    /// column: `SMTP/IMF/IMF` for a message in a message, or two in one
    /// IMAP response).
    pub calls: u8,
    /// What the body's dissectors appended to the Protocol column after
    /// the carrier's name, in order (`/IMF`, `/JSON`, `/XML`).
    pub proto_col: String,
}

impl Mime {
    pub fn new(col: Column) -> Mime {
        Mime {
            imf: Layer::new(Osi::Application, "imf", 0..0),
            mp: None,
            col,
            imf_protocols: String::new(),
            mp_protocols: String::new(),
            nest: 0,
            calls: 0,
            proto_col: String::new(),
        }
    }

    /// The layer being written.
    pub fn l(&mut self) -> &mut Layer<'static> {
        self.mp.as_mut().unwrap_or(&mut self.imf)
    }

    /// The layer being written and the Info column.
    pub fn l_col(&mut self) -> (&mut Layer<'static>, &mut Column) {
        (self.mp.as_mut().unwrap_or(&mut self.imf), &mut self.col)
    }

    pub fn protocol(&mut self, p: &str) {
        let s = if self.mp.is_some() {
            &mut self.mp_protocols
        } else {
            &mut self.imf_protocols
        };
        if !s.is_empty() {
            s.push(':');
        }
        s.push_str(p);
    }

    /// `col_append_sep_str(COL_INFO, " ", s)`, as the media dissectors
    /// write.
    fn info(&mut self, s: &str) {
        self.col.append_sep(" ", s);
    }
}

/// dissect_multipart: `false` when the boundary (or, for
/// `multipart/encrypted`, the protocol) parameter is missing.
fn multipart(b: &[u8], ty: &str, params: Option<&str>, o: &mut Mime, outer: bool) -> bool {
    let Some(info) = Info::of(ty, params) else {
        if !outer {
            // A nested part: the expert and data go to the part's tree;
            // the multipart dissector is listed (it takes the bytes).
            expert::add(o.l(), &NO_REQUIRED_PARAMETER, None);
            o.protocol("mime_multipart");
            to_data(o, b);
        }
        return false;
    };
    if !outer {
        o.protocol("mime_multipart");
    }
    o.l().str(f::mime_multipart::TYPE, ty.to_owned());
    let mut last = false;
    let Some(mut start) = preamble(b, &info, o, &mut last) else {
        to_data(o, b);
        return true;
    };
    let mut index = 0;
    while !last {
        match part(b, &info, o, start, index, &mut last) {
            Some(next) => start = next,
            None => return true,
        }
        index += 1;
    }
    if start < b.len() {
        o.l().push(
            f::mime_multipart::TRAILER,
            Value::Bytes(Cow::Owned(b[start..].to_vec())),
        );
    }
    true
}

/// What get_multipart_info finds in the media type's parameters.
struct Info {
    boundary: Vec<u8>,
    /// `multipart/encrypted`'s protocol parameter.
    protocol: Option<String>,
}

impl Info {
    fn of(ty: &str, params: Option<&str>) -> Option<Info> {
        let params = unfold_and_compact(params?.as_bytes()).0;
        let boundary = find_parameter(&params, b"boundary")?;
        let protocol = if ty.starts_with("multipart/encrypted") {
            Some(String::from_utf8_lossy(&find_parameter(&params, b"protocol")?).into_owned())
        } else {
            None
        };
        Some(Info { boundary, protocol })
    }
}

/// process_preamble: the first boundary (and the preamble before it);
/// where the first part starts.
fn preamble(b: &[u8], info: &Info, o: &mut Mime, last: &mut bool) -> Option<usize> {
    let (start, line_len) = first_boundary(b, &info.boundary, last)?;
    if start > 0 {
        o.l().push(
            f::mime_multipart::PREAMBLE,
            Value::Bytes(Cow::Owned(b[..start].to_vec())),
        );
    }
    o.l().str(
        f::mime_multipart::FIRST_BOUNDARY,
        ascii(&b[start..start + line_len]),
    );
    Some(start + line_len)
}

/// find_first_boundary: the first line that starts with `--boundary`:
/// its offset and length with its line end.
fn first_boundary(b: &[u8], boundary: &[u8], last: &mut bool) -> Option<(usize, usize)> {
    let blen = boundary.len();
    let mut offset = 0;
    while offset + 2 + blen < b.len() {
        if b[offset..].starts_with(b"--") && b[offset + 2..].starts_with(boundary) {
            *last = b[offset + 2 + blen..].starts_with(b"--");
            let (_, next) = line_end(b, offset);
            return Some((offset, next - offset));
        }
        offset = line_end(b, offset).1;
    }
    None
}

/// find_next_boundary: from `start`, the line end before the next line
/// that starts with `--boundary` (or a close delimiter glued to the end of
/// a line): its offset and the length up to the end of the boundary line.
fn next_boundary(
    b: &[u8],
    start: usize,
    boundary: &[u8],
    last: &mut bool,
) -> Option<(usize, usize)> {
    let blen = boundary.len() as isize;
    let mut offset = start;
    while offset + 2 + boundary.len() < b.len() {
        let (len, next) = line_end(b, offset);
        let bstart = offset + len;
        if b[next..].starts_with(b"--") && b[next + 2..].starts_with(boundary) {
            *last = b[next + 2 + boundary.len()..].starts_with(b"--");
            let (_, after) = line_end(b, next);
            return Some((bstart, after - bstart));
        }
        // tvb_strneql with a negative offset counts from the end.
        let at = bstart as isize;
        if strneql(b, at - 2, b"--")
            && strneql(b, at - (2 + blen), boundary)
            && strneql(b, at - (2 + blen + 2), b"--")
        {
            let glued = at - (2 + blen + 2);
            let glued = if glued < 0 {
                (b.len() as isize + glued) as usize
            } else {
                glued as usize
            };
            *last = true;
            // A glued delimiter found from the end of the body, past this
            // line: tshark's lengths go negative there; the part ends.
            return (glued < next).then(|| (glued, next - glued));
        }
        offset = next;
    }
    None
}

/// tvb_strneql: whether `s` is at `at` (from the end when negative).
fn strneql(b: &[u8], at: isize, s: &[u8]) -> bool {
    let at = if at < 0 { b.len() as isize + at } else { at };
    at >= 0 && b[at as usize..].starts_with(s)
}

/// tvb_find_line_end without desegmenting: the line's length and where
/// the next one starts (the end of `b` when no line end follows).
fn line_end(b: &[u8], offset: usize) -> (usize, usize) {
    match memchr::memchr2(b'\r', b'\n', &b[offset..]) {
        None => (b.len() - offset, b.len()),
        Some(i) => {
            let eol = offset + i;
            let next = if b[eol] == b'\r' && b.get(eol + 1) == Some(&b'\n') {
                eol + 2
            } else {
                eol + 1
            };
            (i, next)
        }
    }
}

/// process_body_part: the part that starts at `start`, where the next one
/// starts (`None` when dissection ends).
fn part(
    b: &[u8],
    info: &Info,
    o: &mut Mime,
    start: usize,
    index: usize,
    last: &mut bool,
) -> Option<usize> {
    o.l().str(f::mime_multipart::PART, "");
    let (bstart, bline) = next_boundary(b, start, &info.boundary, last)?;
    if bstart == 0 {
        return None;
    }
    let mut content_type: Option<String> = None;
    let mut media_str: Option<String> = None;
    let mut content_encoding: Option<String> = None;
    let mut raw = false;
    let mut offset = start;
    let mut next = start;
    let mut last_field = false;
    while !last_field {
        let Some(end) =
            crate::dissect::app::smtp::imf::field_end(b, offset, b.len(), &mut last_field)
        else {
            // A negative length in packet-multipart.c: an exception.
            o.l().read_past_end(
                "mime_multipart",
                "a part's header field does not end with CRLF".into(),
                false,
            );
            return None;
        };
        next = end;
        if last_field && next + 2 <= bstart {
            next += 2;
        } else if next >= 2 && next - 2 == bstart {
            last_field = true;
            next -= 2;
        } else if next > bstart {
            next = bstart;
        }
        let line = b.get(offset..next).unwrap_or_default();
        let (header, colon) = unfold_and_compact(ascii(line).as_bytes());
        let Some(colon) = colon.filter(|&c| c > 0) else {
            next = offset;
            break;
        };
        let Some(def) = known_header(&header[..colon]) else {
            if header.iter().all(|c| (0x20..0x7f).contains(c)) {
                offset = next;
                continue;
            }
            next = offset;
            break;
        };
        let value = String::from_utf8_lossy(&header[colon + 1..]).into_owned();
        o.l().str(def, value.clone());
        if std::ptr::eq(def, f::mime_multipart::HEADER_CONTENT_TYPE) {
            let (t, p) = match value.split_once(';') {
                Some((t, p)) => (t, Some(p.to_owned())),
                None => (value.as_str(), None),
            };
            let t = t.to_ascii_lowercase();
            raw = t.starts_with("application/octet-stream");
            // multipart/encrypted: the first part must be of its protocol.
            if let Some(p) = &info.protocol
                && index == 0
                && (raw
                    || t.len() < p.len()
                    || !t.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
            {
                return None;
            }
            content_type = Some(t);
            media_str = p;
        } else if std::ptr::eq(def, f::mime_multipart::HEADER_CONTENT_ENCODING) {
            let v = value.split('\r').next().unwrap_or_default();
            content_encoding = Some(v.to_ascii_lowercase());
        }
        offset = next;
    }
    let Some(body) = b.get(next..bstart) else {
        o.l().read_past_end(
            "mime_multipart",
            "a part's header runs past its boundary".into(),
            false,
        );
        return None;
    };
    match content_type.filter(|_| !raw) {
        Some(ct) => {
            let decoded = decode(body, content_encoding.as_deref());
            media(&decoded, &ct, media_str.as_deref(), o);
        }
        None => {
            to_data(o, body);
        }
    }
    let boundary = ascii(&b[bstart..(bstart + bline).min(b.len())]);
    if *last {
        o.l().str(f::mime_multipart::LAST_BOUNDARY, boundary);
    } else {
        o.l().str(f::mime_multipart::BOUNDARY, boundary);
    }
    Some(bstart + bline)
}

/// A part with a `Content-Encoding` tshark uncompresses (gzip, deflate and
/// their x- names), else the part as it is.
fn decode<'b>(body: &'b [u8], coding: Option<&str>) -> Cow<'b, [u8]> {
    let zlib = coding.is_some_and(|c| {
        ["gzip", "deflate", "x-gzip", "x-deflate"]
            .iter()
            .any(|z| c.starts_with(z))
    });
    if zlib && let Some(out) = body::inflate(body, DECODED_CAP) {
        return Cow::Owned(out.bytes);
    }
    Cow::Borrowed(body)
}

/// A part's body handed to the dissector of its media type `ct`.
fn media(body: &[u8], ct: &str, params: Option<&str>, o: &mut Mime) {
    if body.is_empty() {
        // A dissector that takes no bytes is not listed, and the next
        // one is tried: the text lines dissector names the type in the
        // Info column, then the media dissector does (always). The
        // multipart dissector shows its item and type first.
        if REGISTERED.contains(&ct) {
            o.l().str(f::mime_multipart::TYPE, ct.to_owned());
        } else if media_types::lookup(ct) == Some(Entry::TextLines) {
            o.info(&format!("({ct})"));
        }
        o.col.text.push_str(&format!(" ({ct})"));
        return;
    }
    if REGISTERED.contains(&ct) {
        if o.nest < MAX_DEPTH {
            o.nest += 1;
            multipart(body, ct, params, o, false);
            o.nest -= 1;
            return;
        }
        o.l().anomalies.push(crate::dissect::Anomaly {
            kind: crate::dissect::AnomalyKind::Evicted,
            reason: format!("multiparts nested deeper than {MAX_DEPTH} are not read"),
        });
        return;
    }
    let name = match media_types::lookup(ct) {
        Some(Entry::TextLines) => body::text_lines(body),
        Some(Entry::Xml) => "xml",
        Some(Entry::UrlencodedForm) => "urlencoded-form",
        Some(Entry::Json) => body::json(body, false),
        Some(Entry::Data) => {
            to_data(o, body);
            return;
        }
        Some(e @ (Entry::Gif | Entry::Png | Entry::Jfif)) => match body::magic(body) {
            Some(m) if m == e => body::image_name(m),
            // The image dissector rejects it: the media dissector takes it.
            _ => "media",
        },
        // A message in a part: its fields go to this layer.
        Some(Entry::Imf) => {
            crate::dissect::app::smtp::imf::in_part(body, o);
            return;
        }
        // What osidump does not decode (OCSP in a part, SDP...): the
        // protocols after it are not claimed.
        Some(Entry::Ocsp(_) | Entry::Other | Entry::Dns) => return,
        None => "media",
    };
    o.protocol(name);
    // The XML and JSON dissectors append their names to the Protocol
    // column.
    if matches!(name, "xml" | "data-text-lines:xml") {
        o.proto_col.push_str("/XML");
    } else if name.starts_with("json") {
        o.proto_col.push_str("/JSON");
    }
    match name {
        "png" => o.info("(PNG)"),
        "image-jfif" => o.info("(JPEG JFIF image)"),
        "image-gif" => {
            let version = ascii(&body[..6]);
            o.info(&format!("({version})"));
        }
        "xml" | "data-text-lines:xml" => crate::dissect::app::xml::body(o.l(), body),
        "media" => {
            o.l()
                .push(f::media::TYPE, Value::Bytes(Cow::Owned(body.to_vec())));
            o.info(&format!("({ct})"));
        }
        _ if name.starts_with("json") => {
            o.info_json(ct);
            crate::dissect::app::json::dissect(o.l(), body);
        }
        _ => o.info(&format!("({ct})")),
    }
}

impl Mime {
    /// The JSON dissector's words: `, JavaScript Object Notation`, then the
    /// text dissector's `(type)`.
    fn info_json(&mut self, ct: &str) {
        let t = &mut self.col.text;
        t.push_str(", JavaScript Object Notation (");
        t.push_str(ct);
        t.push(')');
    }
}

/// A body handed to the `data` dissector: listed when it took bytes.
fn to_data(o: &mut Mime, b: &[u8]) {
    if !b.is_empty() {
        o.protocol("data");
    }
    data(o.l(), b);
}

/// The `data` dissector's fields.
fn data(l: &mut Layer<'static>, b: &[u8]) {
    if b.is_empty() {
        return;
    }
    l.push(f::data::DATA, Value::Bytes(Cow::Owned(b.to_vec())));
    l.uint(f::data::LEN, b.len() as u64);
}

/// tvb_get_string_enc(ENC_ASCII): each byte past 0x7f is U+FFFD.
fn ascii(b: &[u8]) -> String {
    crate::dissect::wire::ascii(b).into_owned()
}

/// is_known_multipart_header: the field of a header name (or its compact
/// form), any case.
fn known_header(name: &[u8]) -> Option<&'static crate::dissect::field::FieldDef> {
    use f::mime_multipart as m;
    const HEADERS: &[(&[u8], Option<&[u8]>)] = &[
        (b"content-description", None),
        (b"content-disposition", None),
        (b"content-encoding", Some(b"e")),
        (b"content-id", None),
        (b"content-language", None),
        (b"content-length", Some(b"l")),
        (b"content-transfer-encoding", None),
        (b"content-type", Some(b"c")),
        (b"originalcontent", None),
    ];
    let defs = [
        m::HEADER_CONTENT_DESCRIPTION,
        m::HEADER_CONTENT_DISPOSITION,
        m::HEADER_CONTENT_ENCODING,
        m::HEADER_CONTENT_ID,
        m::HEADER_CONTENT_LANGUAGE,
        m::HEADER_CONTENT_LENGTH,
        m::HEADER_CONTENT_TRANSFER_ENCODING,
        m::HEADER_CONTENT_TYPE,
        m::HEADER_ORIGINALCONTENT,
    ];
    HEADERS
        .iter()
        .position(|(full, compact)| {
            name.eq_ignore_ascii_case(full) || compact.is_some_and(|c| name.eq_ignore_ascii_case(c))
        })
        .map(|i| defs[i])
}

/// unfold_and_compact_mime_header: the header with folded lines joined,
/// blanks around `:;,=` and at the end dropped, other runs of blanks made
/// one space, quoted strings kept as they are; it ends at a line end not
/// followed by a blank (or a NUL). Also the offset of the first colon.
fn unfold_and_compact(lines: &[u8]) -> (Vec<u8>, Option<usize>) {
    let at = |i: usize| lines.get(i).copied().unwrap_or(0);
    let mut out = Vec::with_capacity(lines.len());
    let mut p = 0;
    let mut sep_seen = false;
    let mut lws = false;
    let mut colon = None;
    loop {
        let c = at(p);
        if c == 0 {
            break;
        }
        match c {
            b':' => {
                lws = false;
                if colon.is_none() {
                    colon = Some(out.len());
                }
                out.push(c);
                sep_seen = true;
                p += 1;
            }
            b';' | b',' | b'=' => {
                lws = false;
                out.push(c);
                sep_seen = true;
                p += 1;
            }
            b' ' | b'\t' => {
                lws = true;
                p += 1;
            }
            b'\n' => {
                lws = false;
                match at(p + 1) {
                    0 => p += 1,
                    b' ' | b'\t' => {
                        lws = true;
                        p += 2;
                    }
                    _ => break,
                }
            }
            b'\r' => {
                lws = false;
                match at(p + 1) {
                    0 => p += 1,
                    b'\n' => match at(p + 2) {
                        0 => p += 2,
                        b' ' | b'\t' => {
                            lws = true;
                            p += 3;
                        }
                        _ => break,
                    },
                    b' ' | b'\t' => {
                        lws = true;
                        p += 2;
                    }
                    _ => break,
                }
            }
            b'"' => {
                lws = false;
                out.push(c);
                p += 1;
                loop {
                    let q = at(p);
                    if q == 0 {
                        break;
                    }
                    out.push(q);
                    p += 1;
                    if q == b'\\' {
                        let e = at(p);
                        if e == 0 {
                            break;
                        }
                        out.push(e);
                        p += 1;
                    } else if q == b'"' {
                        break;
                    }
                }
            }
            _ => {
                if sep_seen {
                    sep_seen = false;
                } else if lws {
                    out.push(b' ');
                }
                lws = false;
                out.push(c);
                p += 1;
            }
        }
    }
    (out, colon)
}

/// ws_find_media_type_parameter: the value of parameter `key` (any case)
/// in `params` (`name=value` pairs separated by `;`), unquoted. As tshark
/// 4.0 finds it: when no parameter is named `key`, the value of the last
/// one (`charset=utf8` gives the boundary `utf8`), none when that one has
/// no value.
fn find_parameter(params: &[u8], key: &[u8]) -> Option<Vec<u8>> {
    let at = |i: usize| params.get(i).copied().unwrap_or(0);
    let mut p = 0;
    let mut last = None;
    while at(p) != 0 {
        while at(p) != 0 && at(p).is_ascii_whitespace() {
            p += 1;
        }
        if at(p) == 0 {
            break;
        }
        let name = p;
        while !matches!(at(p), 0 | b'=' | b';') {
            p += 1;
        }
        let name = &params[name..p];
        let mut value = None;
        match at(p) {
            0 => {}
            b';' => p += 1,
            _ => {
                p += 1;
                let v = p;
                if at(p) == b'"' {
                    p += 1;
                    while !matches!(at(p), 0 | b'"') {
                        if at(p) == b'\\' {
                            p += 1;
                            if at(p) == 0 {
                                break;
                            }
                        }
                        p += 1;
                    }
                    if at(p) == b'"' {
                        p += 1;
                    }
                } else {
                    while !matches!(at(p), 0 | b';') && !at(p).is_ascii_whitespace() {
                        p += 1;
                    }
                }
                value = Some(&params[v..p]);
                while !matches!(at(p), 0 | b';') {
                    p += 1;
                }
                if at(p) == b';' {
                    p += 1;
                }
            }
        }
        if name.eq_ignore_ascii_case(key) {
            return value.map(unquote);
        }
        last = value;
    }
    last.map(unquote)
}

/// A parameter value without its quotes and backslash escapes.
fn unquote(v: &[u8]) -> Vec<u8> {
    let Some(inner) = v.strip_prefix(b"\"") else {
        return v.to_vec();
    };
    let mut out = Vec::with_capacity(inner.len());
    let mut i = 0;
    while i < inner.len() {
        let mut c = inner[i];
        if c == b'"' {
            break;
        }
        if c == b'\\' {
            i += 1;
            match inner.get(i) {
                Some(&e) => c = e,
                None => break,
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// tshark's item text (without the boundary, which is not kept).
fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("MIME Multipart Media Encapsulation");
    if let Some(t) = l.get_str(f::mime_multipart::TYPE) {
        out.push_str(", Type: ");
        out.push_str(t);
    }
}

/// tshark's Info: the carrier's (HTTP's first line), then what the parts'
/// dissectors appended; a message's multipart wrote into the message's
/// column (the `imf` layer before it has it all).
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(carrier) = i.checked_sub(1) {
        if layers[carrier].protocol == "imf" {
            crate::dissect::app::smtp::imf::info(out, layers, carrier);
            return;
        }
        crate::dissect::app::http::info(out, layers, carrier);
    }
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::mime_multipart::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

/// The Protocol column: the carrier's (multipart writes none), with what
/// the dissectors of the body appended (`SMTP/IMF/JSON`, `HTTP/XML`: the
/// line renderer reads `osidump.mime_multipart.column`).
fn column(l: &Layer<'_>) -> &'static str {
    match l.get_str(f::imf::OSIDUMP_CARRIER) {
        Some("POP") => "POP",
        Some("IMAP") => "IMAP",
        Some("HTTP") => "HTTP",
        None if l.has(f::imf::OSIDUMP_DEPTH) => "SMTP",
        _ => "HTTP",
    }
}

pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "mime_multipart",
    also: &[],
    title: "MIME Multipart Media Encapsulation",
    osi: Osi::Application,
    fields: f::mime_multipart::ALL,
    summary,
    info: Some(info),
    column: Some(column),
    app: None,
};

/// The `media` dissector's one field, shown in the layer of whoever handed
/// it the bytes (HTTP, a multipart).
pub static MEDIA_SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "media",
    also: &[],
    title: "Media Type",
    osi: Osi::Application,
    fields: f::media::ALL,
    summary: |out, _| out.push_str("Media Type"),
    info: None,
    column: None,
    app: None,
};
