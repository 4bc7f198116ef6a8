//! HTTP/3 (RFC 9114) on QUIC streams, and QPACK (RFC 9204) field sections
//! decoded with the static table and the dynamic table the peer's encoder
//! stream builds.
//!
//! As tshark 4.0 does, the HTTP/3 frames of a STREAM frame are shown when
//! they are whole inside it; a frame that continues in later STREAM frames
//! is skipped (its end is remembered, so the frames after it are found).
//! Unidirectional streams show their type; the control stream's frames
//! (SETTINGS, GOAWAY, MAX_PUSH_ID) are decoded; the QPACK encoder stream
//! feeds the dynamic table (at most [`MAX_TABLE`] bytes, as RFC 9204
//! counts them).

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use foldhash::HashMap;

/// Largest dynamic table kept, whatever the peer announces.
pub const MAX_TABLE: usize = 64 * 1024;
/// Encoder stream bytes buffered while an instruction is incomplete.
const MAX_ENCODER_BUF: usize = 64 * 1024;
/// Streams remembered per connection.
pub const MAX_STREAMS: usize = 512;
/// Header lines decoded from one field section.
const MAX_LINES: usize = 512;

/// RFC 9204 Appendix A.
pub static STATIC: [(&str, &str); 99] = [
    (":authority", ""),
    (":path", "/"),
    ("age", "0"),
    ("content-disposition", ""),
    ("content-length", "0"),
    ("cookie", ""),
    ("date", ""),
    ("etag", ""),
    ("if-modified-since", ""),
    ("if-none-match", ""),
    ("last-modified", ""),
    ("link", ""),
    ("location", ""),
    ("referer", ""),
    ("set-cookie", ""),
    (":method", "CONNECT"),
    (":method", "DELETE"),
    (":method", "GET"),
    (":method", "HEAD"),
    (":method", "OPTIONS"),
    (":method", "POST"),
    (":method", "PUT"),
    (":scheme", "http"),
    (":scheme", "https"),
    (":status", "103"),
    (":status", "200"),
    (":status", "304"),
    (":status", "404"),
    (":status", "503"),
    ("accept", "*/*"),
    ("accept", "application/dns-message"),
    ("accept-encoding", "gzip, deflate, br"),
    ("accept-ranges", "bytes"),
    ("access-control-allow-headers", "cache-control"),
    ("access-control-allow-headers", "content-type"),
    ("access-control-allow-origin", "*"),
    ("cache-control", "max-age=0"),
    ("cache-control", "max-age=2592000"),
    ("cache-control", "max-age=604800"),
    ("cache-control", "no-cache"),
    ("cache-control", "no-store"),
    ("cache-control", "public, max-age=31536000"),
    ("content-encoding", "br"),
    ("content-encoding", "gzip"),
    ("content-type", "application/dns-message"),
    ("content-type", "application/javascript"),
    ("content-type", "application/json"),
    ("content-type", "application/x-www-form-urlencoded"),
    ("content-type", "image/gif"),
    ("content-type", "image/jpeg"),
    ("content-type", "image/png"),
    ("content-type", "text/css"),
    ("content-type", "text/html; charset=utf-8"),
    ("content-type", "text/plain"),
    ("content-type", "text/plain;charset=utf-8"),
    ("range", "bytes=0-"),
    ("strict-transport-security", "max-age=31536000"),
    (
        "strict-transport-security",
        "max-age=31536000; includesubdomains",
    ),
    (
        "strict-transport-security",
        "max-age=31536000; includesubdomains; preload",
    ),
    ("vary", "accept-encoding"),
    ("vary", "origin"),
    ("x-content-type-options", "nosniff"),
    ("x-xss-protection", "1; mode=block"),
    (":status", "100"),
    (":status", "204"),
    (":status", "206"),
    (":status", "302"),
    (":status", "400"),
    (":status", "403"),
    (":status", "421"),
    (":status", "425"),
    (":status", "500"),
    ("accept-language", ""),
    ("access-control-allow-credentials", "FALSE"),
    ("access-control-allow-credentials", "TRUE"),
    ("access-control-allow-headers", "*"),
    ("access-control-allow-methods", "get"),
    ("access-control-allow-methods", "get, post, options"),
    ("access-control-allow-methods", "options"),
    ("access-control-expose-headers", "content-length"),
    ("access-control-request-headers", "content-type"),
    ("access-control-request-method", "get"),
    ("access-control-request-method", "post"),
    ("alt-svc", "clear"),
    ("authorization", ""),
    (
        "content-security-policy",
        "script-src 'none'; object-src 'none'; base-uri 'none'",
    ),
    ("early-data", "1"),
    ("expect-ct", ""),
    ("forwarded", ""),
    ("if-range", ""),
    ("origin", ""),
    ("purpose", "prefetch"),
    ("server", ""),
    ("timing-allow-origin", "*"),
    ("upgrade-insecure-requests", "1"),
    ("user-agent", ""),
    ("x-forwarded-for", ""),
    ("x-frame-options", "deny"),
    ("x-frame-options", "sameorigin"),
];

/// A QUIC variable-length integer at `p`: (value, length).
pub fn varint(b: &[u8], p: usize) -> Option<(u64, usize)> {
    let first = *b.get(p)?;
    let n = 1usize << (first >> 6);
    let bytes = b.get(p..p + n)?;
    let mut v = u64::from(first & 0x3f);
    for x in &bytes[1..] {
        v = (v << 8) | u64::from(*x);
    }
    Some((v, n))
}

/// An HPACK/QPACK prefixed integer (RFC 7541 5.1) with an `n`-bit prefix.
fn prefixed(b: &[u8], p: &mut usize, n: u8) -> Option<u64> {
    let mask = (1u16 << n) as u64 - 1;
    let mut v = u64::from(*b.get(*p)?) & mask;
    *p += 1;
    if v < mask {
        return Some(v);
    }
    let mut shift = 0;
    loop {
        let x = *b.get(*p)?;
        *p += 1;
        if shift > 56 {
            return None;
        }
        v = v.checked_add(u64::from(x & 0x7f) << shift)?;
        shift += 7;
        if x & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// A string literal whose Huffman flag is `hbit` in its first byte and
/// whose length has an `n`-bit prefix.
fn literal(b: &[u8], p: &mut usize, hbit: u8, n: u8) -> Option<String> {
    let huff = *b.get(*p)? & hbit != 0;
    let len = usize::try_from(prefixed(b, p, n)?).ok()?;
    let raw = b.get(*p..p.checked_add(len)?)?;
    *p += len;
    let bytes = if huff {
        crate::dissect::app::huffman::decode(raw)?
    } else {
        raw.to_vec()
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// One side's QPACK dynamic table (filled by its encoder stream).
#[derive(Debug, Default)]
pub struct Table {
    /// Absolute index = position + `dropped`.
    entries: std::collections::VecDeque<(String, String)>,
    dropped: u64,
    size: usize,
    capacity: usize,
    /// Encoder stream bytes of an incomplete instruction.
    buf: Vec<u8>,
    broken: bool,
}

impl Table {
    pub fn heap_bytes(&self) -> usize {
        self.size + self.buf.capacity() + self.entries.len() * 48
    }

    fn inserted(&self) -> u64 {
        self.dropped + self.entries.len() as u64
    }

    fn get(&self, abs: u64) -> Option<&(String, String)> {
        self.entries
            .get(usize::try_from(abs.checked_sub(self.dropped)?).ok()?)
    }

    fn insert(&mut self, name: String, value: String) {
        let sz = name.len() + value.len() + 32;
        while self.size + sz > self.capacity.min(MAX_TABLE) {
            let Some((n, v)) = self.entries.pop_front() else {
                break;
            };
            self.size -= n.len() + v.len() + 32;
            self.dropped += 1;
        }
        if sz <= self.capacity.min(MAX_TABLE) {
            self.size += sz;
            self.entries.push_back((name, value));
        } else {
            // Too big to fit: it empties the table (RFC 9204 3.2.2).
            self.dropped += 1;
        }
    }

    /// Encoder stream bytes (in order).
    pub fn encoder_stream(&mut self, data: &[u8]) {
        if self.broken {
            return;
        }
        if self.buf.len() + data.len() > MAX_ENCODER_BUF {
            self.broken = true;
            self.buf = Vec::new();
            return;
        }
        self.buf.extend_from_slice(data);
        let buf = std::mem::take(&mut self.buf);
        let mut p = 0;
        while p < buf.len() {
            let start = p;
            let b0 = buf[p];
            let ok = if b0 & 0x80 != 0 {
                // Insert with name reference.
                let stat = b0 & 0x40 != 0;
                prefixed(&buf, &mut p, 6)
                    .and_then(|i| {
                        let name = if stat {
                            STATIC.get(usize::try_from(i).ok()?)?.0.to_string()
                        } else {
                            self.get(self.inserted().checked_sub(1 + i)?)?.0.clone()
                        };
                        Some((name, literal(&buf, &mut p, 0x80, 7)?))
                    })
                    .map(|(n, v)| self.insert(n, v))
            } else if b0 & 0x40 != 0 {
                literal(&buf, &mut p, 0x20, 5)
                    .and_then(|n| Some((n, literal(&buf, &mut p, 0x80, 7)?)))
                    .map(|(n, v)| self.insert(n, v))
            } else if b0 & 0x20 != 0 {
                prefixed(&buf, &mut p, 5).map(|c| {
                    self.capacity = usize::try_from(c).unwrap_or(usize::MAX).min(MAX_TABLE);
                    self.insert_none();
                })
            } else {
                prefixed(&buf, &mut p, 5)
                    .and_then(|i| self.get(self.inserted().checked_sub(1 + i)?).cloned())
                    .map(|(n, v)| self.insert(n, v))
            };
            if ok.is_none() {
                // Incomplete (or bad: then it never completes, and the
                // buffer cap ends it).
                self.buf = buf[start..].to_vec();
                return;
            }
        }
    }

    /// Evict down to the capacity.
    fn insert_none(&mut self) {
        while self.size > self.capacity {
            let Some((n, v)) = self.entries.pop_front() else {
                break;
            };
            self.size -= n.len() + v.len() + 32;
            self.dropped += 1;
        }
    }

    /// Decode a field section (RFC 9204 4.5). `max_capacity` is what the
    /// decoder announced (SETTINGS_QPACK_MAX_TABLE_CAPACITY).
    pub fn field_section(
        &self,
        b: &[u8],
        max_capacity: u64,
    ) -> Result<Vec<(String, String)>, String> {
        let mut p = 0;
        let eric = prefixed(b, &mut p, 8).ok_or("truncated prefix")?;
        let ric = if eric == 0 {
            0
        } else {
            let max_entries = max_capacity / 32;
            let full = 2 * max_entries;
            if full == 0 || eric > full {
                return Err("bad Required Insert Count".into());
            }
            let max_value = self.inserted() + max_entries;
            let max_wrapped = (max_value / full) * full;
            let mut ric = max_wrapped + eric - 1;
            if ric > max_value {
                if ric <= full {
                    return Err("bad Required Insert Count".into());
                }
                ric -= full;
            }
            ric
        };
        let sign = *b.get(p).ok_or("truncated prefix")? & 0x80 != 0;
        let delta = prefixed(b, &mut p, 7).ok_or("truncated prefix")?;
        let base = if sign {
            ric.checked_sub(delta + 1).ok_or("bad Base")?
        } else {
            ric + delta
        };
        if ric > self.inserted() {
            return Err(format!(
                "blocked: needs {ric} dynamic table entries, {} inserted",
                self.inserted()
            ));
        }
        let dynamic = |abs: Option<u64>| -> Result<&(String, String), String> {
            abs.and_then(|a| self.get(a))
                .ok_or_else(|| "dynamic table entry not known".to_string())
        };
        let mut out = Vec::new();
        while p < b.len() && out.len() < MAX_LINES {
            let b0 = b[p];
            let trunc = || "truncated field line".to_string();
            let line = if b0 & 0x80 != 0 {
                let stat = b0 & 0x40 != 0;
                let i = prefixed(b, &mut p, 6).ok_or_else(trunc)?;
                if stat {
                    let (n, v) = STATIC.get(i as usize).ok_or("static index out of range")?;
                    (n.to_string(), v.to_string())
                } else {
                    dynamic(base.checked_sub(1 + i))?.clone()
                }
            } else if b0 & 0x40 != 0 {
                let stat = b0 & 0x10 != 0;
                let i = prefixed(b, &mut p, 4).ok_or_else(trunc)?;
                let name = if stat {
                    STATIC
                        .get(i as usize)
                        .ok_or("static index out of range")?
                        .0
                        .to_string()
                } else {
                    dynamic(base.checked_sub(1 + i))?.0.clone()
                };
                (name, literal(b, &mut p, 0x80, 7).ok_or_else(trunc)?)
            } else if b0 & 0x20 != 0 {
                let name = literal(b, &mut p, 0x08, 3).ok_or_else(trunc)?;
                (name, literal(b, &mut p, 0x80, 7).ok_or_else(trunc)?)
            } else if b0 & 0x10 != 0 {
                let i = prefixed(b, &mut p, 4).ok_or_else(trunc)?;
                dynamic(base.checked_add(i))?.clone()
            } else {
                let i = prefixed(b, &mut p, 3).ok_or_else(trunc)?;
                let name = dynamic(base.checked_add(i))?.0.clone();
                (name, literal(b, &mut p, 0x80, 7).ok_or_else(trunc)?)
            };
            out.push(line);
        }
        Ok(out)
    }
}

/// What is known of one QUIC stream, for HTTP/3.
#[derive(Debug, Default)]
struct H3Stream {
    /// Unidirectional: the stream type, once read.
    uni_type: Option<u64>,
    /// Stream offset where the next HTTP/3 frame starts.
    next: u64,
    /// Request stream: method and path (for the response's summary).
    method: Option<String>,
    path: Option<String>,
}

/// HTTP/3 state of one QUIC connection.
#[derive(Debug, Default)]
pub struct H3 {
    /// By stream id and side (a request stream is read both ways).
    streams: HashMap<(u64, usize), H3Stream>,
    /// QPACK tables by the side whose encoder fills them (0 client, 1 server).
    tables: [Table; 2],
    /// SETTINGS_QPACK_MAX_TABLE_CAPACITY each side announced.
    max_capacity: [u64; 2],
}

fn is_uni(id: u64) -> bool {
    id & 0x2 != 0
}

impl H3 {
    pub fn heap_bytes(&self) -> usize {
        self.streams.len() * (std::mem::size_of::<H3Stream>() + 64)
            + self.tables.iter().map(Table::heap_bytes).sum::<usize>()
    }

    /// A STREAM frame's data from side `dir` (0 client, 1 server): the
    /// `http3` layer it makes when tshark hands these bytes to its HTTP/3
    /// dissector (which then names the packet HTTP3, and shows an HTTP/3
    /// item even with nothing in it): every piece of a unidirectional
    /// stream other than the control stream, and a control or request
    /// stream's piece that starts where an HTTP/3 frame starts; a piece
    /// inside a frame that continues past its STREAM frame is not (tshark
    /// holds it for a reassembly).
    pub fn stream(
        &mut self,
        dir: usize,
        id: u64,
        offset: u64,
        data: &[u8],
        span: std::ops::Range<usize>,
    ) -> Option<Layer<'static>> {
        let key = (id, dir);
        if !self.streams.contains_key(&key) && self.streams.len() >= MAX_STREAMS {
            let old = *self.streams.keys().min()?;
            self.streams.remove(&old);
        }
        let s = self.streams.entry(key).or_default();
        let mut l = Layer::new(Osi::Application, "http3", span);
        l.uint(f::http3::OSIDUMP_QUIC_STREAM_ID, id);
        let mut p = 0usize;
        if is_uni(id) {
            if offset == 0 {
                let (t, n) = varint(data, 0)?;
                l.uint(f::http3::STREAM_TYPE, t);
                s.uni_type = Some(t);
                p = n;
                s.next = n as u64;
            }
            match s.uni_type {
                // The QPACK encoder stream of this side.
                Some(2) => {
                    if let Some(d) = data.get(p..) {
                        self.tables[dir].encoder_stream(d);
                    }
                    return Some(l);
                }
                Some(0) => {}
                _ => return Some(l),
            }
        }
        if offset + p as u64 != self.streams.get(&key)?.next {
            // Inside a frame that began earlier: held by tshark, unless
            // this piece opened the stream (its type was read).
            return (offset == 0 && is_uni(id)).then_some(l);
        }
        while p < data.len() {
            let Some((t, n1)) = varint(data, p) else {
                break;
            };
            let Some((len, n2)) = varint(data, p + n1) else {
                break;
            };
            let start = p + n1 + n2;
            let end = start.saturating_add(usize::try_from(len).unwrap_or(usize::MAX));
            if let Some(s) = self.streams.get_mut(&key) {
                s.next = (offset + start as u64).saturating_add(len);
            }
            let Some(payload) = data.get(start..end) else {
                // Continues in later STREAM frames: skipped, as tshark does.
                break;
            };
            l.uint(f::http3::FRAME_TYPE, t);
            l.uint(f::http3::FRAME_LENGTH, len);
            match t {
                1 => {
                    let max = self.max_capacity[1 - dir];
                    match self.tables[dir].field_section(payload, max) {
                        Ok(lines) => {
                            if let Some(s) = self.streams.get_mut(&key) {
                                headers(&mut l, &lines, s);
                            }
                        }
                        Err(e) => l.malformed(format!("QPACK: {e}")),
                    }
                }
                4 => {
                    let mut q = 0;
                    while q < payload.len() {
                        let Some((k, a)) = varint(payload, q) else {
                            break;
                        };
                        let Some((v, b)) = varint(payload, q + a) else {
                            l.malformed("SETTINGS entry cut short");
                            break;
                        };
                        q += a + b;
                        l.present(f::http3::SETTINGS);
                        l.uint(f::http3::SETTINGS_ID, k);
                        l.uint(f::http3::SETTINGS_VALUE, v);
                        match k {
                            1 => {
                                l.uint(f::http3::SETTINGS_QPACK_MAX_TABLE_CAPACITY, v);
                                self.max_capacity[dir] = v;
                            }
                            6 => l.uint(f::http3::SETTINGS_MAX_FIELD_SECTION_SIZE, v),
                            7 => l.uint(f::http3::SETTINGS_QPACK_BLOCKED_STREAMS, v),
                            8 => l.uint(f::http3::SETTINGS_EXTENDED_CONNECT, v),
                            _ => {}
                        }
                    }
                }
                _ => {
                    if !payload.is_empty() {
                        l.push(
                            f::http3::FRAME_PAYLOAD,
                            Value::Bytes(payload.to_vec().into()),
                        );
                    }
                }
            }
            p = end;
        }
        Some(l)
    }
}

fn headers(l: &mut Layer<'static>, lines: &[(String, String)], s: &mut H3Stream) {
    for (n, v) in lines {
        l.str(f::http3::OSIDUMP_HEADER_NAME, n.clone());
        l.str(f::http3::OSIDUMP_HEADER_VALUE, v.clone());
        match n.as_str() {
            ":method" => {
                s.method = Some(v.clone());
                l.str(f::http3::HEADERS_METHOD, v.clone());
            }
            ":path" => {
                s.path = Some(v.clone());
                l.str(f::http3::HEADERS_PATH, v.clone());
            }
            ":authority" => l.str(f::http3::HEADERS_AUTHORITY, v.clone()),
            ":scheme" => l.str(f::http3::HEADERS_SCHEME, v.clone()),
            ":status" => {
                if let Ok(c) = v.parse::<u16>() {
                    l.uint(f::http3::HEADERS_STATUS, c);
                }
            }
            _ => {}
        }
    }
}

/// HTTP/3 frame type names (RFC 9114 7.2).
pub fn frame_name(t: u64) -> &'static str {
    match t {
        0 => "DATA",
        1 => "HEADERS",
        3 => "CANCEL_PUSH",
        4 => "SETTINGS",
        5 => "PUSH_PROMISE",
        7 => "GOAWAY",
        13 => "MAX_PUSH_ID",
        _ => "Unknown",
    }
}

/// What tshark's HTTP/3 dissector appends to the Info column for the data
/// of one STREAM frame: `, NAME` for each frame read whole.
pub fn info(out: &mut String, l: &Layer<'_>) {
    for v in l.all(f::http3::FRAME_TYPE) {
        if let Value::UInt(t) = v {
            out.push_str(", ");
            out.push_str(frame_name(*t));
        }
    }
}

/// One line for an `http3` layer: `HEADERS GET /`, `HEADERS 200`,
/// `SETTINGS`, `control stream`.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = l.get_uint(f::http3::STREAM_TYPE) {
        parts.push(
            match t {
                0 => "control stream",
                1 => "push stream",
                2 => "QPACK encoder stream",
                3 => "QPACK decoder stream",
                _ => "stream",
            }
            .to_string(),
        );
    }
    for v in l.all(f::http3::FRAME_TYPE) {
        if let Value::UInt(t) = v {
            parts.push(frame_name(*t).to_string());
        }
    }
    let mut s = parts.join(", ");
    if let Some(m) = l.get_str(f::http3::HEADERS_METHOD) {
        s.push_str(&format!(
            " {m} {}",
            l.get_str(f::http3::HEADERS_PATH).unwrap_or("")
        ));
    } else if let Some(c) = l.get_uint(f::http3::HEADERS_STATUS) {
        s.push_str(&format!(" {c}"));
    }
    out.push_str(&s);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qpack_static_and_literal_lines() {
        // RIC 0, base 0; indexed static 17 (GET), 1 (:path /), literal
        // with static name 0 (:authority) "a.b", literal name "x-y": "z".
        let b = [
            0x00, 0x00, 0xd1, 0xc1, 0x50, 0x03, b'a', b'.', b'b', 0x23, b'x', b'-', b'y', 0x01,
            b'z',
        ];
        let t = Table::default();
        let lines = t.field_section(&b, 0).unwrap();
        assert_eq!(
            lines,
            [
                (":method".into(), "GET".into()),
                (":path".into(), "/".into()),
                (":authority".into(), "a.b".into()),
                ("x-y".into(), "z".into())
            ]
        );
    }

    #[test]
    fn encoder_stream_fills_the_dynamic_table() {
        let mut t = Table::default();
        // Set capacity 220, insert with static name ref 0 (:authority)
        // "www.example.com", then an indexed dynamic line.
        let mut enc = vec![0x3f, 0xbd, 0x01, 0xc0, 0x0f];
        enc.extend_from_slice(b"www.example.com");
        t.encoder_stream(&enc[..3]);
        t.encoder_stream(&enc[3..]);
        assert_eq!(t.inserted(), 1);
        // RIC = 1 (encoded 2 with max capacity 220), base 1, dynamic index 0.
        let lines = t.field_section(&[0x02, 0x00, 0x80], 220).unwrap();
        assert_eq!(lines, [(":authority".into(), "www.example.com".into())]);
        // Garbage never panics.
        for n in 0..64u8 {
            let junk: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37) ^ n).collect();
            let _ = t.field_section(&junk, 4096);
            t.encoder_stream(&junk);
        }
    }
}
