//! An HTTP message's body as tshark 4.0 shows it: decoded
//! (`Content-Encoding` gzip, x-gzip, deflate, x-deflate, br), given as
//! `http.file_data`, and handed to the dissector its media type names
//! (`data-text-lines`, `xml`, `json`, `media`, `image-gif`...), or to
//! `data` when it has none.
//!
//! The rules are packet-http.c's: a body tshark could not decode is
//! flagged "Decompression failed" and shown as `data` (no
//! `http.file_data`); an empty decoded body shows nothing; the table
//! dissector is tried first, then the heuristic ones on HTTP (PNG, JFIF,
//! GIF by their magic numbers), then `media` (a body with a
//! `Content-Type`) or `data` (one without). Decoding follows tshark's
//! tvb_uncompress_zlib and tvb_uncompress_brotli, so a truncated stream
//! gives what it decoded and a corrupt one fails where tshark's does.
//!
//! Memory stays bounded: at most [`BODY_KEEP`] body bytes are kept (the
//! rest are counted) and at most [`DECODED_CAP`] decoded bytes made; a
//! body past either is marked (`evicted`) and what depends on the rest
//! is left out rather than shown wrong.

use super::media_types::{self, Entry};
use crate::dissect::app::multipart;
use crate::dissect::expert::{self, Expert, Group, Severity};
use crate::dissect::fields as f;
use crate::dissect::{Anomaly, AnomalyKind, Layer, Value};
use std::borrow::Cow;

/// Body bytes (after de-chunking) kept per message to decode and show.
pub const BODY_KEEP: usize = 2 << 20;
/// Decoded bytes made from one body at most (a decompression bomb stops
/// here).
pub const DECODED_CAP: usize = 4 << 20;

static DECOMPRESSION_FAILED: Expert = Expert {
    field: f::http::DECOMPRESSION_FAILED,
    group: Group::Undecoded,
    severity: Severity::Warn,
};

static SUBDISSECTOR_FAILED: Expert = Expert {
    field: f::http::SUBDISSECTOR_FAILED,
    group: Group::Malformed,
    severity: Severity::Note,
};

/// What the headers say about the body.
#[derive(Debug, Default, Clone)]
pub(super) struct Framing {
    /// The last `Content-Type` value.
    pub content_type: Option<String>,
    /// The last `Content-Encoding` value, as sent (trailing blanks too).
    pub content_encoding: Option<String>,
    /// A `Transfer-Encoding` other than chunked or identity.
    pub transfer_coded: bool,
}

/// Adds the body's fields to `l`: `body` is what was kept of a body of
/// `total` bytes. Without `detail`, the JSON items are left out
/// ([`crate::dissect::app::json::DETAIL`]).
#[must_use]
pub(super) fn add(
    l: &mut Layer<'static>,
    framing: &Framing,
    body: &[u8],
    total: u64,
    detail: bool,
) -> Option<Layer<'static>> {
    if total == 0 {
        return None;
    }
    let whole = body.len() as u64 == total;
    if framing.transfer_coded {
        // tshark shows a body of a transfer coding it cannot undo as data.
        data(l, body, whole, total);
        return None;
    }
    let decoded: Cow<'_, [u8]>;
    let mut cut = !whole;
    match framing
        .content_encoding
        .as_deref()
        .filter(|c| !c.eq_ignore_ascii_case("identity"))
    {
        Some(coding) => {
            if !whole {
                evicted(
                    l,
                    format!(
                        "{total}-byte {coding} body: only {BODY_KEEP} bytes are kept, so it is not decoded"
                    ),
                );
                return None;
            }
            let out = if ["gzip", "x-gzip", "deflate", "x-deflate"]
                .iter()
                .any(|c| coding.eq_ignore_ascii_case(c))
            {
                inflate(body, DECODED_CAP)
            } else if coding.eq_ignore_ascii_case("br") {
                brotli(body, DECODED_CAP)
            } else {
                None
            };
            let Some(out) = out else {
                expert::add(l, &DECOMPRESSION_FAILED, None);
                data(l, body, whole, total);
                return None;
            };
            l.uint(f::http::OSIDUMP_DECODED_LEN, out.bytes.len() as u64);
            if out.cut {
                evicted(
                    l,
                    format!(
                        "the {coding} body decodes to more than {DECODED_CAP} bytes: only those are kept"
                    ),
                );
            }
            cut = out.cut;
            decoded = Cow::Owned(out.bytes);
        }
        None => decoded = Cow::Borrowed(body),
    }
    if decoded.is_empty() {
        return None;
    }
    match file_data(&decoded) {
        (text, true) => l.str(f::http::FILE_DATA, text),
        (text, false) if !cut => l.str(f::http::FILE_DATA, text),
        _ => evicted(
            l,
            format!(
                "http.file_data is left out: it needs more of the body than the {} bytes kept",
                decoded.len()
            ),
        ),
    }
    let media_type = framing.content_type.as_deref().map(media_type);
    // Any multipart type goes to the multipart dissector (packet-http.c
    // tries `multipart/` for a subtype the table does not have).
    if let Some(mt) = media_type
        .as_deref()
        .filter(|m| m.starts_with("multipart/"))
    {
        if cut {
            evicted(
                l,
                format!(
                    "the multipart body is not read: it needs more than the {} bytes kept",
                    decoded.len()
                ),
            );
            return None;
        }
        let params = framing.content_type.as_deref().and_then(parameters);
        return match multipart::dissect(&decoded, mt, params) {
            multipart::Outcome::Layer(m) => Some(m),
            multipart::Outcome::NoBoundary => {
                // The multipart dissector is listed: it hands the body to
                // `data` and takes it all.
                multipart::no_boundary(l, &decoded);
                l.str(f::http::OSIDUMP_BODY_PROTOCOL, "mime_multipart:data");
                None
            }
        };
    }
    let named = match media_type.as_deref() {
        Some(mt) => match media_types::lookup(mt) {
            Some(Entry::TextLines) => Some(text_lines(&decoded)),
            Some(Entry::Xml) => Some("xml"),
            Some(Entry::UrlencodedForm) => Some("urlencoded-form"),
            Some(Entry::Json) => Some(json(&decoded, cut)),
            Some(Entry::Data) => {
                data_fields(l, &decoded, !cut);
                return None;
            }
            Some(Entry::Other) => return None,
            // OCSP, IMF and DoH's DNS (RFC 8484; the decoder matches it to
            // its query, [`super::HttpDecoder`]): a layer of their own after
            // HTTP's, when the whole body was kept.
            Some(e @ (Entry::Ocsp(_) | Entry::Imf | Entry::Dns)) => {
                if cut {
                    evicted(
                        l,
                        format!(
                            "the body is not handed to its dissector: it needs more than the {} bytes kept",
                            decoded.len()
                        ),
                    );
                    return None;
                }
                return Some(match e {
                    Entry::Ocsp(response) => {
                        crate::dissect::app::tls::x509::ocsp::layer(&decoded, response)
                    }
                    Entry::Dns => crate::dissect::app::dns::doh_message(&decoded),
                    _ => crate::dissect::app::smtp::imf::http_body(&decoded),
                });
            }
            Some(e @ (Entry::Gif | Entry::Png | Entry::Jfif)) => {
                let own = magic(&decoded);
                if own.is_some_and(|m| m == e) {
                    own.map(image_name)
                } else {
                    expert::add(l, &SUBDISSECTOR_FAILED, None);
                    None
                }
            }
            None => None,
        },
        None => None,
    };
    let name = match named {
        Some(n) => n,
        None => {
            if heuristic_unknown(&decoded) {
                // MQ, DCE/RPC and HTTP/2 heuristics of tshark's would look
                // at it: which one takes it is not ours to say.
                return None;
            }
            match magic(&decoded) {
                Some(e) => image_name(e),
                None if media_type.is_some() => {
                    // media.type is the whole body: left out when cut.
                    if !cut {
                        l.push(f::media::TYPE, Value::Bytes(Cow::Owned(decoded.to_vec())));
                    }
                    "media"
                }
                None => {
                    data_fields(l, &decoded, !cut);
                    return None;
                }
            }
        }
    };
    l.str(f::http::OSIDUMP_BODY_PROTOCOL, name);
    if name.starts_with("json") {
        if cut {
            evicted(
                l,
                format!(
                    "the JSON items are left out: they need more of the body than the {} bytes kept",
                    decoded.len()
                ),
            );
        } else if detail {
            crate::dissect::app::json::dissect(l, &decoded);
        }
    }
    if matches!(name, "xml" | "data-text-lines:xml") {
        if cut {
            evicted(
                l,
                format!(
                    "the XML items are left out: they need more of the body than the {} bytes kept",
                    decoded.len()
                ),
            );
        } else if detail {
            crate::dissect::app::xml::body(l, &decoded);
        }
    }
    None
}

/// Something tshark shows that the memory caps left out.
fn evicted(l: &mut Layer<'static>, reason: String) {
    l.anomalies.push(Anomaly {
        kind: AnomalyKind::Evicted,
        reason,
    });
}

/// tshark's data dissector on the body: `data.data`, `data.len`.
fn data(l: &mut Layer<'static>, body: &[u8], whole: bool, total: u64) {
    if !whole {
        evicted(
            l,
            format!("body of {total} bytes: data.data needs more than the {BODY_KEEP} kept"),
        );
    }
    data_fields(l, body, whole);
}

pub(super) fn data_fields(l: &mut Layer<'static>, body: &[u8], whole: bool) {
    l.str(f::http::OSIDUMP_BODY_PROTOCOL, "data");
    if whole {
        l.push(f::data::DATA, Value::Bytes(Cow::Owned(body.to_vec())));
        l.uint(f::data::LEN, body.len() as u64);
    }
}

/// The media type of a `Content-Type` value, as packet-http.c takes it:
/// up to the first `;` or blank, in lower case.
fn media_type(value: &str) -> String {
    let v = value.trim_start();
    v[..v
        .find(|c: char| c == ';' || c.is_ascii_whitespace())
        .unwrap_or(v.len())]
        .to_ascii_lowercase()
}

/// The parameters of a `Content-Type` value, as packet-http.c takes them:
/// after the type, its `;` and blanks.
fn parameters(value: &str) -> Option<&str> {
    let v = value.trim_start();
    let end = v.find(|c: char| c == ';' || c.is_ascii_whitespace())?;
    let rest = v[end..].trim_start_matches(|c: char| c == ';' || c.is_ascii_whitespace());
    (!rest.is_empty()).then_some(rest)
}

/// `http.file_data`: tshark 4.0's FT_STRING of the body read as ASCII,
/// so it ends at the first NUL and each byte past 0x7f is U+FFFD. The
/// flag says whether the NUL was found.
pub(super) fn file_data(b: &[u8]) -> (String, bool) {
    let end = first_zero(b);
    let head = &b[..end.unwrap_or(b.len())];
    // The ASCII run at the start (usually the whole body) is copied as it
    // is; char by char, a 10 KB page cost 14k instructions. A body all
    // ASCII is found so a word at a time.
    let ascii = if head.is_ascii() {
        head.len()
    } else {
        head.iter()
            .position(|c| !c.is_ascii())
            .unwrap_or(head.len())
    };
    let mut text = String::with_capacity(head.len() + 2 * (head.len() - ascii));
    text.push_str(std::str::from_utf8(&head[..ascii]).unwrap_or_default());
    text.extend(
        head[ascii..]
            .iter()
            .map(|&c| if c < 0x80 { c as char } else { '\u{fffd}' }),
    );
    (text, end.is_some())
}

/// Where the first zero byte of `b` is. Eight bytes at a time up to the
/// word that holds it (byte by byte, each HTTP body's scan cost three
/// instructions a byte).
fn first_zero(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    for chunk in b.chunks_exact(8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_ne_bytes(word);
        // Non-zero exactly when one of the eight bytes is zero.
        if v.wrapping_sub(ONES) & !v & HIGHS != 0 {
            break;
        }
        at += 8;
    }
    b[at..].iter().position(|&c| c == 0).map(|p| at + p)
}

/// The line-based text dissector's protocols: it hands a body of more
/// than 38 bytes that starts with `<?xml` (any case) to XML instead
/// (packet-text-media.c), which writes no media type in the Info column.
pub(crate) fn text_lines(b: &[u8]) -> &'static str {
    if b.len() > 38 && b[..5].eq_ignore_ascii_case(b"<?xml") {
        "data-text-lines:xml"
    } else {
        "data-text-lines"
    }
}

/// The image an image dissector of tshark's takes (by content type or as
/// a heuristic): at least 20 bytes, with its magic number.
pub(crate) fn magic(b: &[u8]) -> Option<Entry> {
    if b.len() < 20 {
        return None;
    }
    if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
        Some(Entry::Gif)
    } else if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Entry::Png)
    } else if b.starts_with(b"\xff\xd8") && (&b[6..11] == b"JFIF\0" || &b[6..11] == b"Exif\0") {
        Some(Entry::Jfif)
    } else {
        None
    }
}

pub(crate) fn image_name(e: Entry) -> &'static str {
    match e {
        Entry::Gif => "image-gif",
        Entry::Png => "png",
        _ => "image-jfif",
    }
}

/// A body tshark's other heuristic dissectors on HTTP could take: MQ's
/// `TSH` structure (ASCII or EBCDIC), a DCE/RPC connection-oriented
/// header, the HTTP/2 client preface.
fn heuristic_unknown(b: &[u8]) -> bool {
    let mq = b.len() >= 28 && (b.starts_with(b"TSH") || b.starts_with(b"\xe3\xe2\xc8"));
    let dcerpc = b.len() >= 16 && b[0] == 5 && b[1] <= 1 && b[2] <= 20;
    mq || dcerpc || b.starts_with(b"PRI * HTTP/2.0")
}

/// The JSON dissector's protocols: `json`, then `data-text-lines` for
/// what its parser leaves ([`crate::dissect::app::json::extent`]). A body
/// the cap cut is said to be `json` only: how far tshark's parser reads
/// the whole of it is not known.
pub(crate) fn json(b: &[u8], cut: bool) -> &'static str {
    if cut || crate::dissect::app::json::extent(b) == b.len() {
        "json"
    } else {
        "json:data-text-lines"
    }
}

/// A decoded body; `cut` when the cap stopped it.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub bytes: Vec<u8>,
    pub cut: bool,
}

/// One of zlib's inflate calls in tvb_uncompress_zlib: as much as fits
/// in `room` bytes of output.
enum Pass {
    /// Progress (zlib's Z_OK).
    Ok,
    End,
    /// No progress possible (Z_BUF_ERROR).
    Stuck,
    /// Bad data (Z_DATA_ERROR and the like).
    Bad,
    /// The output cap was reached.
    Full,
}

/// tvb_uncompress_zlib: a zlib stream, else (bad data before any output)
/// a gzip member after its header, else raw deflate; what a truncated
/// stream or a later error leaves is kept. `None` where tshark fails.
pub(crate) fn inflate(input: &[u8], cap: usize) -> Option<Decoded> {
    use flate2::Decompress;
    if input.is_empty() {
        return None;
    }
    // tshark's output step: twice the input, within 32 KiB and 10 MiB.
    let room = input.len().saturating_mul(2).clamp(32 << 10, 10 << 20);
    let mut start = 0;
    let mut inits = 1;
    let mut z = Decompress::new(true);
    let mut out = Vec::new();
    let mut passes = 0u32;
    loop {
        let before = out.len();
        match pass(&mut z, &input[start..], room, &mut out, cap) {
            Pass::Ok => passes += 1,
            Pass::End => break,
            Pass::Full => {
                return Some(Decoded {
                    bytes: out,
                    cut: true,
                });
            }
            Pass::Stuck if passes > 0 => break,
            Pass::Stuck => return None,
            Pass::Bad => {
                // A failed call's output is not kept.
                out.truncate(before);
                if passes > 0 {
                    break;
                }
                if inits == 1 && input.starts_with(b"\x1f\x8b") {
                    start = gzip_header_len(input)?;
                    z = Decompress::new(true);
                    inits = 2;
                } else if inits <= 3 {
                    z = Decompress::new(false);
                    inits += 1;
                } else {
                    return None;
                }
            }
        }
    }
    Some(Decoded {
        bytes: out,
        cut: false,
    })
}

/// The bytes of a gzip header tshark skips (extra field, name and
/// comment; not the header CRC, whose stream then fails as in tshark).
fn gzip_header_len(b: &[u8]) -> Option<usize> {
    if b.len() < 10 || b[2] != 8 {
        return None;
    }
    let flags = b[3];
    let mut c = 10;
    if flags & 4 != 0 {
        let mut xsize = 0usize;
        if c < b.len() {
            xsize += b[c] as usize;
            c += 1;
        }
        if c < b.len() {
            xsize += (b[c] as usize) << 8;
            c += 1;
        }
        c += xsize;
    }
    for flag in [8, 16] {
        if flags & flag != 0 {
            while c < b.len() && b[c] != 0 {
                c += 1;
            }
            c += 1;
        }
    }
    (c <= b.len()).then_some(c)
}

/// One inflate call with `room` bytes of output, made of smaller calls.
fn pass(
    z: &mut flate2::Decompress,
    input: &[u8],
    room: usize,
    out: &mut Vec<u8>,
    cap: usize,
) -> Pass {
    use flate2::{FlushDecompress, Status};
    const STEP: usize = 64 << 10;
    let mut scratch = vec![0u8; STEP.min(room)];
    let mut made = 0;
    let mut progress = false;
    loop {
        let (in0, out0) = (z.total_in(), z.total_out());
        let consumed = (in0 as usize).min(input.len());
        let want = STEP.min(room - made);
        let r = z.decompress(
            &input[consumed..],
            &mut scratch[..want],
            FlushDecompress::Sync,
        );
        let got = (z.total_out() - out0) as usize;
        let moved = got > 0 || z.total_in() > in0;
        progress |= moved;
        made += got;
        let keep = got.min(cap.saturating_sub(out.len()));
        out.extend_from_slice(&scratch[..keep]);
        if keep < got || (out.len() >= cap && !matches!(r, Ok(Status::StreamEnd))) {
            return Pass::Full;
        }
        match r {
            Err(_) => return Pass::Bad,
            Ok(Status::StreamEnd) => return Pass::End,
            Ok(_) if made >= room => return Pass::Ok,
            Ok(_) if moved => {}
            Ok(_) if progress => return Pass::Ok,
            Ok(_) => return Pass::Stuck,
        }
    }
}

/// tvb_uncompress_brotli: a whole stream; one cut short gives what it
/// decoded (nothing decoded fails), bytes after its end fail.
pub(crate) fn brotli(input: &[u8], cap: usize) -> Option<Decoded> {
    use brotli_decompressor::{BrotliDecompressStream, BrotliResult, BrotliState, StandardAlloc};
    const STEP: usize = 1 << 19;
    // Without large windows, as the C library tshark uses: a window is at
    // most 16 MiB.
    let mut state = BrotliState::new_strict(
        StandardAlloc::default(),
        StandardAlloc::default(),
        StandardAlloc::default(),
    );
    let mut scratch = vec![0u8; STEP];
    let mut out = Vec::new();
    let (mut available_in, mut in_at, mut total) = (input.len(), 0usize, 0usize);
    let mut more_out = false;
    let mut finished = false;
    while available_in > 0 || more_out {
        more_out = false;
        let (mut available_out, mut out_at) = (STEP, 0usize);
        let before_in = in_at;
        let r = BrotliDecompressStream(
            &mut available_in,
            &mut in_at,
            input,
            &mut available_out,
            &mut out_at,
            &mut scratch,
            &mut total,
            &mut state,
        );
        let stalled = in_at == before_in && out_at == 0;
        match r {
            BrotliResult::ResultSuccess if available_in > 0 => return None,
            BrotliResult::ResultSuccess => finished = true,
            BrotliResult::NeedsMoreOutput => more_out = true,
            BrotliResult::NeedsMoreInput => {}
            BrotliResult::ResultFailure => return None,
        }
        let keep = out_at.min(cap.saturating_sub(out.len()));
        out.extend_from_slice(&scratch[..keep]);
        if keep < out_at || (out.len() >= cap && !finished) {
            return Some(Decoded {
                bytes: out,
                cut: true,
            });
        }
        if stalled && !finished {
            // No progress: the decoder would ask for the same again.
            return None;
        }
    }
    (finished || !out.is_empty()).then_some(Decoded {
        bytes: out,
        cut: false,
    })
}

#[cfg(test)]
mod tests {
    /// The word-at-a-time search finds what a byte-by-byte one finds,
    /// wherever the zero is (or none), whatever the bytes around it.
    #[test]
    fn first_zero_is_the_first_zero_byte() {
        for len in 0..40 {
            for zero in (0..len).map(Some).chain([None]) {
                for fill in [1u8, 0x80, 0xff, 0x7f] {
                    let mut b = vec![fill; len];
                    if let Some(z) = zero {
                        b[z] = 0;
                        // A second zero further on does not matter.
                        if z + 3 < len {
                            b[z + 3] = 0;
                        }
                    }
                    assert_eq!(super::first_zero(&b), b.iter().position(|&c| c == 0));
                }
            }
        }
    }
}
