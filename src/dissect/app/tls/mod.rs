//! L6 Presentation: TLS (and the SSLv2 hellos some old clients still send).
//!
//! [`TlsDecoder`] is a [`StreamDecoder`]: each direction's bytes are cut into
//! records (one [`Message`] per record, layer `tls`, stream offset of the
//! record's first byte, span relative to that byte). A record is kept until
//! it is whole (at most [`MAX_RECORD`] bytes of body); a handshake message
//! that spans several records is reassembled (at most [`MAX_HANDSHAKE`]
//! bytes) and reported on the record that completes it.
//!
//! The fixed parts of ClientHello, ServerHello and Certificate are read with
//! `tls-parser`; extensions are walked here as (type, length) pairs, so one
//! bad extension is flagged and the others are still shown (tls-parser
//! rejects the whole list). Certificates are read with `x509-parser`.
//!
//! After a ChangeCipherSpec (TLS <= 1.2, per direction) or a TLS 1.3
//! ServerHello (both directions), handshake records are encrypted: they are
//! reported as "Encrypted Handshake Message" (`osidump.tls.encrypted`), as
//! tshark does, not as parse errors.
//!
//! Fingerprints are computed on the reassembled hellos: JA3 / JA3S exactly as
//! tshark's `tls.handshake.ja3{,_full}` / `ja3s{,_full}` (GREASE excluded),
//! and JA4 (FoxIO spec, `tls.handshake.ja4`, as newer Wireshark names it: this tshark 4.0 predates JA4).
//!
//! Nothing here panics on any input: every read is bounds-checked.

pub mod crypto;
mod decrypt;
pub mod fields;
mod fingerprint;
mod kex;
pub mod keylog;
mod quic;
use fingerprint::*;
mod summary;
pub mod x509;
pub use summary::*;

use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::wire::{be16, be24};
use md5::{Digest, Md5};
use sha2::Sha256;
use tls_parser::TlsMessageHandshake;

use super::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::source::Timestamp;

/// Largest record body accepted: 2^14 plus the 2048 bytes of expansion RFC
/// 5246 allows a protected record.
pub const MAX_RECORD: usize = (1 << 14) + 2048;
/// Largest handshake message reassembled across records.
pub const MAX_HANDSHAKE: usize = 256 * 1024;
/// Frames of a handshake message's pieces kept (each piece is counted).
const MAX_PIECES: usize = 64;
const HEADER: usize = 5;

/// The TLS 1.3 HelloRetryRequest is a ServerHello with this random.
const HRR_RANDOM: [u8; 32] = [
    0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91,
    0xc2, 0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
];

/// GREASE values (RFC 8701): 0x0a0a, 0x1a1a, ... 0xfafa.
pub fn is_grease(v: u16) -> bool {
    v & 0x0f0f == 0x0a0a && v >> 8 == v & 0xff
}

// ---------------------------------------------------------------- probing

/// What the first five bytes say, if they are a TLS record header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    Record {
        ctype: u8,
        version: u16,
        len: usize,
    },
    /// Fewer than five bytes, consistent so far.
    Short,
    Bad,
}

fn header(b: &[u8]) -> Header {
    if let Some(&t) = b.first()
        && !(20..=24).contains(&t)
    {
        return Header::Bad;
    }
    if let Some(&major) = b.get(1)
        && major != 3
    {
        return Header::Bad;
    }
    if let Some(&minor) = b.get(2)
        && minor > 4
    {
        return Header::Bad;
    }
    if b.len() < HEADER {
        return Header::Short;
    }
    let len = usize::from(be16(b, 3));
    if len > MAX_RECORD {
        return Header::Bad;
    }
    Header::Record {
        ctype: b[0],
        version: be16(b, 1),
        len,
    }
}

/// An SSLv2 record header with the high bit set (two-byte form) carrying a
/// ClientHello (type 1) for SSL 2.0 or an SSLv2-compatible TLS hello.
fn sslv2_client_hello(b: &[u8]) -> bool {
    b.len() >= 5
        && b[0] & 0x80 != 0
        && b[2] == 1
        && matches!(be16(b, 3), 0x0002 | 0x0300..=0x0303)
        && ((usize::from(b[0] & 0x7f) << 8) | usize::from(b[1])) >= 9
}

/// A cheap guess whether `payload` starts a TLS record.
///
/// `Certain` for a handshake record holding a ClientHello or ServerHello,
/// `Unsure` for any other well-formed record header (or a consistent prefix
/// of one, or an SSLv2 ClientHello), `NotForUs` otherwise.
pub fn probe(payload: &[u8]) -> Probe {
    match header(payload) {
        Header::Record { ctype: 22, len, .. } => {
            match payload.get(HEADER) {
                Some(1 | 2) if len >= 4 => Probe::Certain,
                // Encrypted handshake (Finished) or an unknown first byte.
                _ => Probe::Unsure,
            }
        }
        Header::Record { .. } => Probe::Unsure,
        Header::Short if !payload.is_empty() => Probe::Unsure,
        _ if sslv2_client_hello(payload) => Probe::Unsure,
        _ => Probe::NotForUs,
    }
}

/// tshark's TLS heuristic over TCP (`is_sslv3_or_tls`): a handshake or
/// application data record header of SSL 3.0, TLS 1.0 to 1.2 (1.3 sends
/// 1.2's) or GM/T's 0x0101, with a length from 1 to below 16384 + 2048. The
/// record's body need not be there (some servers send the header alone).
/// Or an SSLv2-compatible ClientHello ([`sslv2_hello_heuristic`]).
pub fn heuristic(payload: &[u8]) -> bool {
    let [ctype, major, minor, l0, l1, ..] = *payload else {
        return false;
    };
    let len = usize::from(u16::from_be_bytes([l0, l1]));
    (matches!(ctype, 22 | 23)
        && matches!([major, minor], [3, 0..=3] | [1, 1])
        && len != 0
        && len < MAX_RECORD)
        || sslv2_hello_heuristic(payload)
}

/// tshark's `is_sslv2_clienthello`, the heuristic's second test: an SSLv2
/// header of a message under 256 bytes (first byte 0x80) holding a
/// ClientHello (RFC 5246 E.2) with a non-zero multiple of 3 bytes of
/// cipher specs, a session id of 0 or 16 bytes and a 32-byte challenge,
/// at least the 46 bytes such a hello takes captured.
fn sslv2_hello_heuristic(b: &[u8]) -> bool {
    b.len() >= 46 && b[0] == 0x80 && b[2] == 1 && {
        let cipher_specs = be16(b, 5);
        cipher_specs != 0
            && cipher_specs.is_multiple_of(3)
            && matches!(be16(b, 7), 0 | 16)
            && be16(b, 9) == 32
    }
}

// ---------------------------------------------------------------- decoder

#[derive(Debug, Default)]
struct Side {
    /// Bytes of an unfinished record (at most one record, plus what the
    /// last feed brought).
    buf: Vec<u8>,
    /// Stream offset of `buf[0]`.
    buf_off: u64,
    /// A handshake message started in an earlier record.
    hs: Vec<u8>,
    /// The frames its pieces came in (tshark's `tls.handshake.fragment`
    /// items when the message is whole), the first [`MAX_PIECES`] kept,
    /// and how many pieces came.
    hs_frames: Vec<u64>,
    hs_pieces: u64,
    /// Handshake records from this side are encrypted from now on.
    encrypted: bool,
    /// The frame of this side's ChangeCipherSpec: a handshake record in
    /// that same frame may still be read as plaintext (tshark's
    /// `is_encrypted_handshake_message`).
    /// (None when TLS 1.3's ServerHello encrypted the handshake.)
    ccs_frame: Option<u64>,
    /// Out of step with the record boundaries (bytes were lost, or were
    /// no record): each segment is read from its start as tshark's
    /// dissector reads one it gets whole (see [`TlsDecoder::resync`]), the
    /// rest of a segment is dropped.
    lost: bool,
    /// Where the record cut by a gap ends, its header having come before
    /// the gap (or what tshark took for a record header while out of
    /// step): tshark's TCP adds the bytes up to there to that record's
    /// reassembly (which never completes) and hands TLS what follows.
    resume_at: Option<u64>,
    /// The segment being fed began with the end of such a record.
    began_in_cut: bool,
    /// The segment being fed began past the end of such a record (it
    /// ended in the gap): read anew.
    began_after_cut: bool,
    /// The last gap came past the end of the record it cut.
    cut_record_ended: bool,
    /// The segment being fed was refused as tshark's `dissect_ssl` refuses
    /// one that starts with four printable characters: its bytes are data.
    refused: bool,
    /// This side speaks SSLv2 records; the count of records seen.
    sslv2: Option<u32>,
    /// Any record decoded yet (SSLv2 is only accepted first).
    seen: bool,
    /// Stream offset of the first byte of the segment being fed.
    seg_off: u64,
    /// The segment being fed is read whole with the few bytes of a
    /// record header held before it: tshark's dissector asked TCP for one
    /// more segment (`DESEGMENT_ONE_MORE_SEGMENT`), so the record the
    /// header starts and the records after it in the segment are one call
    /// of its dissector, on reassembled data.
    one_more: bool,
    /// The last record the segment being fed completed began in an
    /// earlier segment (and was not read with the whole segment): tshark's
    /// TCP handed that record to TLS on its own, and hands what follows it
    /// in the segment to TLS in a call of its own.
    after_reassembled: bool,
}

impl Side {
    /// Fewer than five bytes of a record held: tshark's dissector asked
    /// TCP for one more segment, to be read whole with them.
    fn header_cut(&self) -> bool {
        !self.buf.is_empty()
            && self.buf.len() < HEADER
            && self.sslv2.is_none()
            && self.resume_at.is_none()
    }
}

/// Per-connection TLS decoder. See the module documentation.
#[derive(Debug, Default)]
pub struct TlsDecoder {
    sides: [Side; 2],
    /// What tshark's TCP heuristics found in a segment TLS refused (HTTP
    /// on port 443): the conversation is that decoder's from the segment
    /// on (its constructor, taken by [`StreamDecoder::take_successor`]).
    other: Option<fn() -> Box<dyn StreamDecoder>>,
    /// Inside an HTTP CONNECT tunnel: no heuristics after a refusal.
    tunneled: bool,
    /// A ServerHello or HelloRetryRequest chose TLS 1.3: ChangeCipherSpec is
    /// then only the middlebox-compatibility dummy and encrypts nothing.
    tls13: bool,
    /// The run's key log ([`StreamDecoder::set_keys`]).
    keys: Option<keylog::Keys>,
    /// The run's HTTP/2 stream-id media table, for the HTTP/2 it carries.
    h2_media: Option<super::http2::StreamMedia>,
    /// Decryption, made at the ClientHello when the key log has entries.
    dec: Option<Box<decrypt::Decrypt>>,
    /// Whole messages are collected (events): the inner decoder too.
    collect: bool,
    /// The handshake is carried by QUIC CRYPTO frames (JA4 `q` prefix).
    quic: bool,
    /// No output or filter of the run reads JA3/JA4
    /// ([`StreamDecoder::skip_fingerprints`]): their hashes are not made.
    no_fingerprints: bool,
    /// Messages of the inner protocol completed by the record being
    /// decoded; reported right after it.
    inner: Vec<Message>,
    /// TLS 1.3 without keys: the client's first protected record (its
    /// Finished) was seen, so the handshake is over.
    client_finished: bool,
    /// The connection's version as tshark's session knows it (see
    /// [`TlsDecoder::shown_version`]); `None` until a record says it.
    version: Option<u16>,
    /// The cipher suite the ServerHello chose: its key exchange says how
    /// the Server- and ClientKeyExchange read (tshark's `session->cipher`).
    cipher: Option<u16>,
    /// Ports of the segment being fed, source then destination
    /// ([`StreamDecoder::set_ports`]).
    ports: (u16, u16),
    /// The session's application protocol (packet-tls.c's `app_handle`):
    /// the one that handed its conversation over on STARTTLS
    /// ([`TlsDecoder::after_starttls`]), replaced by the one the server's
    /// ALPN chose ([`alpn_protocol`]); it names the application data
    /// before any port does.
    alpn_protocol: Option<&'static str>,
    /// The next feed starts a segment ([`StreamDecoder::set_frame`] comes
    /// before each segment's bytes, which may be fed in pieces).
    new_segment: bool,
    /// The frame being fed ([`StreamDecoder::set_frame`]).
    frame: u64,
    /// packet-tls's `is_session_resumed`: a ServerHello was seen and no
    /// ServerHelloDone nor server ChangeCipherSpec since (an abbreviated
    /// handshake). The server's ChangeCipherSpec then carries the
    /// `tls.resumed` note.
    resumed: bool,
}

/// What tshark's `dissect_ssl` makes of bytes at the start of a segment it
/// gets whole when they need not start a record (after a gap, or after
/// bytes that were no record), by the connection's version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resync {
    /// A record header: records are read from here on.
    Record,
    /// Fewer than five bytes: it asks TCP for one more segment.
    Short,
    /// `Continuation Data` (TLS 1.3 or unknown version: the bytes look
    /// like no record) or `Ignored Unknown Record` (TLS 1.0-1.2: no valid
    /// content type); the segment's bytes are all taken.
    Rest,
    /// SSL 3.0 with no valid content type: `Continuation Data` over the
    /// five bytes and the length they claim, then the next record.
    Skip(usize),
    /// What tshark reads as a record header although osidump's reader
    /// refuses it (content type 25, a version tshark does not check here,
    /// a length past the largest record; an SSLv2 header in a TLS 1.3 or
    /// unknown-version conversation): its length in all. One longer
    /// than the segment is followed as a record cut by a gap; one that
    /// ends inside the segment is not (what tshark shows of it is not
    /// made), the segment's bytes are dropped.
    Forced(usize),
    /// SSLv2 records (after a gap in an SSLv2 conversation, or bytes that
    /// look like a whole one in a TLS 1.3 one): not followed, dropped
    /// unseen. (One that looks cut by the segment's end is `Forced`.)
    Drop,
    /// Five bytes or more, the first four printable: "extremely unlikely"
    /// to be TLS, tshark's dissector refuses the segment.
    NotOurs,
}

/// More than four bytes, the first four printable ASCII: "extremely
/// unlikely" to be TLS, tshark's `dissect_ssl` refuses them.
fn starts_printable(b: &[u8]) -> bool {
    b.len() > 4 && b[..4].iter().all(|c| (0x20..0x7f).contains(c))
}

impl TlsDecoder {
    /// tshark's guess (`is_encrypted_handshake_message`) for a handshake
    /// record after this side's ChangeCipherSpec, which it cannot decrypt:
    /// plaintext when shorter than any cipher's overhead (16 bytes);
    /// encrypted when it starts with five zero bytes (a GCM/CCM explicit
    /// nonce) or comes in a later frame than the ChangeCipherSpec; in that
    /// same frame (a Finished sent with it), encrypted only when its first
    /// bytes are no handshake header (an unknown type, a length of 64 KiB
    /// or more) — a NULL cipher's Finished is read as plaintext.
    fn looks_encrypted(&self, dir: Dir, body: &[u8]) -> bool {
        let Some(ccs) = self.sides[dir.index()].ccs_frame else {
            return true;
        };
        if body.len() < 16 {
            return false;
        }
        if body[..5] == [0; 5] || self.frame > ccs {
            return true;
        }
        summary::handshake_type_name(body[0]).is_none() || body[1] != 0
    }

    pub fn new() -> Self {
        TlsDecoder::default()
    }

    /// TLS on a conversation `app` (tshark's long protocol name) handed
    /// over on STARTTLS (`ssl_starttls_ack` keeps the caller's handle as
    /// the session's application protocol: `tls.app_data_proto`).
    pub fn after_starttls(app: &'static str) -> Self {
        TlsDecoder {
            alpn_protocol: Some(app),
            ..TlsDecoder::default()
        }
    }

    /// The TLS handshake of a QUIC connection (RFC 9001): messages come in
    /// CRYPTO frames, not records.
    pub fn quic() -> Self {
        TlsDecoder {
            quic: true,
            ..TlsDecoder::default()
        }
    }

    /// The frame whose CRYPTO frames [`TlsDecoder::crypto`] reads next.
    pub fn at_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    /// In-order CRYPTO bytes from `dir`: a `tls` layer with the handshake
    /// messages they complete, or with the piece of one they carry (tshark
    /// calls its TLS handshake dissector on every such delivery, and it
    /// shows `Handshake Protocol: … (fragment)`).
    pub fn crypto(&mut self, dir: Dir, data: &[u8]) -> Option<Layer<'static>> {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
        self.handshake(dir, data, &mut l);
        l.has(f::tls::HANDSHAKE).then_some(l)
    }

    /// One buffer a carrier hands to TLS whole, where TLS cannot ask for
    /// more (OpenVPN's control channel messages: tshark's `dissect_ssl`
    /// with `pinfo->can_desegment` 0), from side `dir` in frame `frame`.
    /// `None` when TLS refuses it (four printable characters first: the
    /// caller shows data). Otherwise one `tls` layer per record read: the
    /// records that fit; bytes where a record should start that none does
    /// as Ignored Unknown Record or Continuation Data (by the session's
    /// version); a record the buffer cuts is not shown (tshark stops
    /// there). With nothing read, one `tls` layer with only the version
    /// the Protocol column shows (tshark's item with no record).
    pub fn carried(&mut self, dir: Dir, frame: u64, b: &[u8]) -> Option<Vec<Layer<'static>>> {
        if starts_printable(b) {
            return None;
        }
        self.frame = frame;
        let mut out: Vec<Layer<'static>> = Vec::new();
        let mut pos = 0;
        while pos < b.len() {
            let rest = &b[pos..];
            let known = matches!(self.version, Some(0x0300..=0x0304));
            if !known && !looks_like_sslv3(rest) {
                // dissect_ssl's default branch: SSLv2 (not read here) or
                // anything else lumped into continuation data.
                if !looks_like_sslv2(rest) {
                    out.push(self.skipped(rest.len()));
                }
                break;
            }
            // dissect_ssl3_record.
            if matches!(self.version, Some(0x0301..=0x0303)) && !valid_content_type(rest[0]) {
                out.push(self.skipped(rest.len()));
                break;
            }
            if rest.len() < HEADER {
                break;
            }
            let len = usize::from(be16(rest, 3));
            if !valid_content_type(rest[0]) {
                out.push(self.skipped(rest.len().min(HEADER + len)));
                pos += HEADER + len;
                continue;
            }
            if rest.len() < HEADER + len {
                break;
            }
            let layer = self.record(dir, rest[0], be16(rest, 1), &rest[..HEADER + len]);
            self.sides[dir.index()].seen = true;
            self.inner.clear();
            // An exception in the record ends TLS's call.
            let thrown = layer.thrown.is_some();
            out.push(layer);
            if thrown {
                break;
            }
            pos += HEADER + len;
        }
        if out.is_empty() {
            // The version the Protocol column shows: the session's, or
            // none known (0: tshark's "SSL").
            let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
            l.uint(f::tls::OSIDUMP_VERSION, self.version.unwrap_or(0));
            out.push(l);
        }
        Some(out)
    }

    /// [`TlsDecoder::continuation`]'s layer, for [`TlsDecoder::carried`].
    fn skipped(&self, len: usize) -> Layer<'static> {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..len);
        l.uint(f::tls::OSIDUMP_IGNORED_LEN, len as u64);
        if let Some(v) = self.version {
            l.uint(f::tls::OSIDUMP_VERSION, v);
        }
        if matches!(self.version, Some(0x0301..=0x0303)) {
            ignored_unknown_record(&mut l);
        }
        l
    }
}

impl StreamDecoder for TlsDecoder {
    fn heap_bytes(&self) -> usize {
        self.sides
            .iter()
            .map(|s| s.buf.capacity() + s.hs.capacity())
            .sum::<usize>()
            + self.dec.as_ref().map_or(0, |d| {
                std::mem::size_of::<decrypt::Decrypt>() + d.heap_bytes()
            })
    }

    fn set_keys(&mut self, keys: &keylog::Keys) {
        self.keys = Some(keys.clone());
    }

    fn set_stream_media(&mut self, media: &super::http2::StreamMedia) {
        self.h2_media = Some(media.clone());
    }

    fn skip_fingerprints(&mut self) {
        self.no_fingerprints = true;
    }

    fn collect_messages(&mut self) {
        self.collect = true;
        if let Some(d) = self.dec.as_mut() {
            d.collect_messages();
        }
    }

    fn set_time_ns(&mut self, ts_nanos: i128) {
        if let Some(d) = self.dec.as_mut() {
            d.set_time_ns(ts_nanos);
        }
    }

    fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        if let Some(d) = self.dec.as_mut() {
            let end = self.sides[dir.index()].buf_off;
            let from = out.len();
            d.finish(dir, out);
            for m in &mut out[from..] {
                m.stream_offset = end;
                m.stream_end = end;
            }
        }
    }

    fn protocol(&self) -> &'static str {
        "tls"
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        let side = &self.sides[dir.index()];
        !side.buf.is_empty() || side.resume_at.is_some()
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.sides[dir.index()].header_cut()
    }

    fn began_in_cut_message(&self, dir: Dir) -> bool {
        self.sides[dir.index()].began_in_cut
    }

    fn began_after_cut_message(&self, dir: Dir) -> bool {
        self.sides[dir.index()].began_after_cut
    }

    fn refused(&self, dir: Dir) -> bool {
        self.sides[dir.index()].refused
    }

    fn set_tunneled(&mut self) {
        self.tunneled = true;
    }

    /// The segment TLS refused is the heuristic's taker's, whole.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        let new = self.other.take()?;
        Some(super::handover::Successor {
            decoder: new(),
            from: 0,
        })
    }

    fn set_frame(&mut self, number: u64) {
        self.new_segment = true;
        self.frame = number;
        if let Some(d) = self.dec.as_mut() {
            d.set_frame(number);
        }
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let mut seg_start = std::mem::take(&mut self.new_segment);
        let side = &mut self.sides[dir.index()];
        if seg_start {
            side.began_in_cut = false;
            side.began_after_cut = std::mem::take(&mut side.cut_record_ended);
            side.refused = false;
            side.seg_off = offset;
            side.one_more = side.header_cut();
            side.after_reassembled = false;
            // A segment of its own that starts with no record where one
            // should start: read as one out of step.
            if side.buf.is_empty()
                && side.seen
                && side.sslv2.is_none()
                && matches!(header(data), Header::Bad)
            {
                side.lost = true;
            }
            // tshark's `dissect_ssl` refuses whatever it is handed that
            // starts with four printable characters (more than four
            // captured), first segment of the conversation or not: read
            // as out of step, which refuses it as data.
            if side.buf.is_empty() && starts_printable(data) {
                side.lost = true;
            }
        }
        if side.buf.is_empty() {
            side.buf_off = offset;
        } else if offset != side.buf_off + side.buf.len() as u64 {
            // The reassembler skipped or repeated bytes: resynchronise.
            side.buf.clear();
            side.hs.clear();
            side.lost = true;
            side.resume_at = None;
            side.buf_off = offset;
        }
        let (mut data, mut offset) = (data, offset);
        if side.lost {
            if let Some(end) = side.resume_at {
                let data_end = offset + data.len() as u64;
                if data_end <= end {
                    // Inside the record the gap cut: part of its
                    // reassembly, shown as a segment of it.
                    side.buf_off = data_end;
                    return;
                }
                side.resume_at = None;
                // What follows the record's end is handed to TLS as a
                // segment of its own.
                seg_start = true;
                if offset < end {
                    data = &data[(end - offset) as usize..];
                    offset = end;
                    side.began_in_cut = true;
                } else {
                    side.began_after_cut = true;
                }
            }
            if !seg_start {
                // The rest of a segment tshark took whole.
                side.buf.clear();
                side.buf_off = offset + data.len() as u64;
                return;
            }
            if side.buf.is_empty() {
                side.buf_off = offset;
            }
            side.buf.extend_from_slice(data);
            data = &[];
            if !self.resync_feed(dir, out) {
                return;
            }
        }
        let side = &mut self.sides[dir.index()];
        side.buf.extend_from_slice(data);
        let buf = std::mem::take(&mut self.sides[dir.index()].buf);
        let mut pos = 0;
        // The record read whole with the segment it asked for, if any.
        let mut head = None;
        while pos < buf.len() {
            let rest = &buf[pos..];
            let at = self.sides[dir.index()].buf_off + pos as u64;
            match header(rest) {
                Header::Record {
                    ctype,
                    version,
                    len,
                } => {
                    let total = HEADER + len;
                    if rest.len() < total {
                        self.record_waits(dir, at, out);
                        break;
                    }
                    let layer = self.record(dir, ctype, version, &rest[..total]);
                    let side = &mut self.sides[dir.index()];
                    let began_before = at < side.seg_off;
                    side.after_reassembled = began_before && !side.one_more;
                    let end = at + total as u64;
                    // Read whole with the header bytes held before it, the
                    // segment is one reassembled PDU: the records after the
                    // first are in it, not in the segment's own bytes.
                    let start = if side.one_more && !began_before {
                        end
                    } else {
                        at
                    };
                    if side.one_more && began_before {
                        head = Some(out.len());
                    }
                    out.push(Message {
                        event: None,
                        layer,
                        stream_offset: start,
                        stream_end: end,
                    });
                    // What the decrypted record completed of the inner
                    // protocol is reported on the record (its own bytes
                    // were counted by the record).
                    for mut m in self.inner.drain(..) {
                        m.stream_offset = at + total as u64;
                        m.stream_end = at + total as u64;
                        out.push(m);
                    }
                    pos += total;
                }
                Header::Short => {
                    self.record_waits(dir, at, out);
                    break;
                }
                Header::Bad => {
                    // SSLv2 records: a side that opened with them, a client
                    // opening with an SSLv2 ClientHello, or a server
                    // answering one.
                    let peer_v2 = self.sides[1 - dir.index()].sslv2.is_some();
                    let side = &self.sides[dir.index()];
                    if !side.seen && rest[0] & 0x80 != 0 && rest.len() < HEADER {
                        // Perhaps the start of an SSLv2 ClientHello.
                        break;
                    }
                    // Fewer than five bytes where the side's first record
                    // should start: dissect_ssl asks TCP for one more
                    // segment whatever they hold, unless the connection
                    // is known to be SSLv2 (a Windows keep-alive's lone
                    // byte on a connection caught mid-way is one).
                    if !side.seen && !peer_v2 && rest.len() < HEADER && self.version != Some(0x0002)
                    {
                        break;
                    }
                    let v2 = side.sslv2.is_some()
                        || (!side.seen && (sslv2_client_hello(rest) || peer_v2));
                    if v2 {
                        let Some((hlen, len)) = sslv2_len(rest) else {
                            if rest.len() < 3 {
                                break;
                            }
                            self.lose(dir, rest, at, out);
                            pos = buf.len();
                            break;
                        };
                        let total = hlen + len;
                        if rest.len() < total {
                            if total > MAX_RECORD + HEADER {
                                self.lose(dir, rest, at, out);
                                pos = buf.len();
                            }
                            break;
                        }
                        let layer = self.sslv2_record(dir, &rest[..total], hlen);
                        out.push(Message {
                            event: None,
                            layer,
                            stream_offset: at,
                            stream_end: at + total as u64,
                        });
                        pos += total;
                    } else {
                        // What dissect_ssl's loop makes of the bytes where
                        // the next record should start once records were
                        // read: by the connection's version, as at the
                        // start of a segment. (Before any, they are shown
                        // as malformed.)
                        let what = if self.sides[dir.index()].seen {
                            self.resync(dir, rest)
                        } else {
                            Resync::Rest
                        };
                        match what {
                            Resync::Skip(n) => {
                                let n = n.min(rest.len());
                                self.continuation(n, at, out);
                                pos += n;
                                continue;
                            }
                            Resync::Forced(n) => {
                                // A valid content type: tshark takes the
                                // header as it is and waits for the length
                                // it claims (the bytes are dropped when
                                // they are all here: osidump's reader
                                // refuses the record).
                                let side = &mut self.sides[dir.index()];
                                side.lost = true;
                                side.hs.clear();
                                if n > rest.len() {
                                    side.resume_at = Some(at + n as u64);
                                }
                            }
                            _ => self.lose(dir, rest, at, out),
                        }
                        pos = buf.len();
                        break;
                    }
                }
            }
        }
        let side = &mut self.sides[dir.index()];
        // tshark's TCP reassembled the whole segment with the held bytes:
        // that PDU ends with the segment (`tcp.reassembled.length`), even
        // when a record it starts is left to finish.
        if let Some(m) = head.and_then(|i| out.get_mut(i)) {
            m.stream_end = m.stream_end.max(side.buf_off + buf.len() as u64);
        }
        if pos < buf.len() {
            side.buf = buf;
            side.buf.drain(..pos);
        }
        side.buf_off += pos as u64;
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        let side = &mut self.sides[dir.index()];
        // A record whose header came before the gap: where it ends.
        let end = match (side.lost, header(&side.buf)) {
            (false, Header::Record { len, .. }) => Some(side.buf_off + (HEADER + len) as u64),
            (true, _) => side.resume_at,
            _ => None,
        };
        side.buf_off += side.buf.len() as u64 + len;
        side.cut_record_ended = end.is_some_and(|e| e <= side.buf_off);
        side.resume_at = end.filter(|e| *e > side.buf_off);
        side.buf.clear();
        side.hs.clear();
        side.lost = true;
        if let Some(d) = self.dec.as_mut() {
            d.gap(dir, len);
        }
    }
}

/// Long names of the dissectors tshark 4.0 hands TLS application data to
/// by port (its `tls.port` table: `tshark -G decodes`).
fn port_protocol(port: u16) -> Option<&'static str> {
    Some(match port {
        443 => "Hypertext Transfer Protocol",
        465 => "Simple Mail Transfer Protocol",
        636 => "Lightweight Directory Access Protocol",
        853 => "Domain Name System",
        993 => "Internet Message Access Protocol",
        995 => "Post Office Protocol",
        324 => "RPKI-Router Protocol",
        802 => "Modbus/TCP",
        1300 => "Q.931",
        2221 => "EtherNet/IP (Industrial Protocol)",
        2443 => "Skinny Client Control Protocol",
        3249..=3252 => "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header",
        3389 => "TPKT - ISO on TCP - RFC1006",
        3496 => "DoIP (ISO13400) Protocol",
        5061 => "Session Initiation Protocol",
        5671 => "Advanced Message Queuing Protocol",
        5684 => "Constrained Application Protocol",
        5868 => "Diameter Protocol",
        8883 => "MQ Telemetry Transport Protocol",
        11207 => "Couchbase Protocol",
        19999 => "Distributed Network Protocol 3.0",
        27017 => "Mongo Wire Protocol",
        _ => return None,
    })
}

/// The protocol a server's ALPN choice names, as tshark 4.0's table
/// (packet-tls-utils.c ssl_alpn_protocols) maps it: exact names, and the
/// prefixes of SPDY's and HTTP/2's draft versions.
fn alpn_protocol(name: &str) -> Option<&'static str> {
    const HTTP2: &str = "HyperText Transfer Protocol 2";
    match name {
        "http/1.1" => Some("Hypertext Transfer Protocol"),
        "stun.turn" => Some("TURN Channel"),
        "stun.nat-discovery" => Some("Session Traversal Utilities for NAT"),
        "h2" => Some(HTTP2),
        n if n.starts_with("spdy/") => Some("SPDY"),
        n if n.starts_with("h2-") => Some(HTTP2),
        _ => None,
    }
}

/// SSLv2 record header: (header length, body length).
fn sslv2_len(b: &[u8]) -> Option<(usize, usize)> {
    let (&b0, &b1) = (b.first()?, b.get(1)?);
    if b0 & 0x80 != 0 {
        Some((2, (usize::from(b0 & 0x7f) << 8) | usize::from(b1)))
    } else if b0 & 0x40 == 0 && b.len() >= 3 {
        Some((3, (usize::from(b0 & 0x3f) << 8) | usize::from(b1)))
    } else {
        None
    }
}

/// A byte tshark 4.0 takes for a record's content type
/// (`ssl_is_valid_content_type`: 20 to 24, and 25, TLS 1.2's record with
/// a connection id, which osidump does not read).
fn valid_content_type(t: u8) -> bool {
    (20..=25).contains(&t)
}

/// packet-tls.c's `ei_tls_ignored_unknown_record`: bytes of a TLS 1.0-1.2
/// session where a record should start and no content type does.
fn ignored_unknown_record(l: &mut Layer<'static>) {
    static IGNORED: expert::Expert = expert::Expert {
        field: f::tls::IGNORED_UNKNOWN_RECORD,
        group: expert::Group::Protocol,
        severity: expert::Severity::Warn,
    };
    expert::add(l, &IGNORED, None);
}

/// tshark's `ssl_looks_like_sslv2`: a first byte with the high bit set and
/// in the third one of the SSLv2 handshake types sent in the clear (error,
/// Client Hello, Client Master Key, Server Hello: 0, 1, 2, 4).
fn looks_like_sslv2(b: &[u8]) -> bool {
    b.len() >= 3 && b[0] >= 0x80 && matches!(b[2], 0 | 1 | 2 | 4)
}

/// tshark's `ssl_looks_like_sslv3`: a valid content type then the version
/// of SSL 3.0 or TLS 1.0-1.2.
fn looks_like_sslv3(b: &[u8]) -> bool {
    b.len() >= 3 && valid_content_type(b[0]) && matches!(be16(b, 1), 0x0300..=0x0303)
}

impl TlsDecoder {
    /// A record starting at stream offset `at` is not whole yet. When a
    /// record that began in an earlier segment ended right before it,
    /// tshark's TCP called TLS again on the rest of the segment (after
    /// fencing the Info column and locking the Protocol column), and that
    /// call put up a `tls` item with no record before asking for the rest:
    /// an empty `tls` layer marks it (`frame.protocols` lists `tls` again;
    /// it writes no column).
    fn record_waits(&mut self, dir: Dir, at: u64, out: &mut Vec<Message>) {
        let side = &mut self.sides[dir.index()];
        if std::mem::take(&mut side.after_reassembled) {
            out.push(Message {
                event: None,
                layer: Layer::new(Osi::Presentation, "tls", 0..0),
                stream_offset: at,
                stream_end: at,
            });
        }
    }

    /// What tshark's `dissect_ssl` makes of `b`, the start of a segment
    /// (or what follows a skipped record in it) that need not start a
    /// record: it dispatches on the version the connection is known by.
    fn resync(&self, dir: Dir, b: &[u8]) -> Resync {
        let is_record = |b: &[u8]| matches!(header(b), Header::Record { .. });
        let forced = |b: &[u8]| Resync::Forced(HEADER + usize::from(be16(b, 3)));
        if self.sides[dir.index()].sslv2.is_some() {
            return if sslv2_len(b).is_some() {
                Resync::Record
            } else {
                Resync::Drop
            };
        }
        let Some(&first) = b.first() else {
            return Resync::Short;
        };
        match self.version {
            Some(0x0300..=0x0303) if b.len() < HEADER => Resync::Short,
            // TLS 1.0-1.2 ignore a record of unknown type (RFC 2246 6).
            Some(0x0301..=0x0303) if !valid_content_type(first) => Resync::Rest,
            Some(0x0300) if !valid_content_type(first) => {
                Resync::Skip(HEADER + usize::from(be16(b, 3)))
            }
            // A valid content type: a record, whatever the version says.
            Some(0x0300..=0x0303) if is_record(b) => Resync::Record,
            Some(0x0300..=0x0303) => forced(b),
            // SSLv2 sessions are not read after a gap.
            Some(0x0002) => Resync::Drop,
            // TLS 1.3 or unknown: by the look of the bytes.
            _ if b.len() < HEADER => Resync::Short,
            // dissect_ssl2_record asks TCP for all the two-byte header
            // claims; a whole one (shown as SSLv2 Encrypted Data) is not
            // made here.
            _ if looks_like_sslv2(b) => match sslv2_len(b) {
                Some((h, n)) if h + n > b.len() => Resync::Forced(h + n),
                _ => Resync::Drop,
            },
            _ if looks_like_sslv3(b) && is_record(b) => Resync::Record,
            _ if looks_like_sslv3(b) => forced(b),
            _ => Resync::Rest,
        }
    }

    /// Side `dir` is out of step and its buffer holds what it kept of the
    /// segment before and this segment (from the start, or from where the
    /// record the gap cut ends): read it as tshark does. `true` when a
    /// record starts at the buffer's first byte now (the side is in step
    /// again and the caller reads on); `false` when all of it was taken.
    fn resync_feed(&mut self, dir: Dir, out: &mut Vec<Message>) -> bool {
        let buf = std::mem::take(&mut self.sides[dir.index()].buf);
        let base = self.sides[dir.index()].buf_off;
        let mut pos = 0;
        // What tshark's dissector is handed starts with four printable
        // characters: not TLS.
        let printable = starts_printable(&buf);
        while pos < buf.len() {
            let rest = &buf[pos..];
            let what = if printable {
                Resync::NotOurs
            } else {
                self.resync(dir, rest)
            };
            match what {
                Resync::Record => {
                    let side = &mut self.sides[dir.index()];
                    side.lost = false;
                    side.buf = buf;
                    side.buf.drain(..pos);
                    side.buf_off = base + pos as u64;
                    return true;
                }
                Resync::Short => {
                    // Kept for the next segment, read with it.
                    let side = &mut self.sides[dir.index()];
                    side.buf = buf;
                    side.buf.drain(..pos);
                    side.buf_off = base + pos as u64;
                    return false;
                }
                Resync::Rest => {
                    self.continuation(rest.len(), base + pos as u64, out);
                    pos = buf.len();
                }
                Resync::Skip(n) => {
                    let n = n.min(rest.len());
                    self.continuation(n, base + pos as u64, out);
                    pos += n;
                }
                Resync::Forced(n) if n > rest.len() => {
                    let side = &mut self.sides[dir.index()];
                    side.resume_at = Some(base + (pos + n) as u64);
                    pos = buf.len();
                }
                Resync::NotOurs => {
                    // TCP's port dissectors (another than TLS: SMTP's
                    // after a STARTTLS the client did not follow with a
                    // handshake) and heuristics have their try; a taker
                    // keeps the conversation (the Handover that wraps TLS
                    // hands it the segment again).
                    let ports = Some(self.ports);
                    self.other = (!self.quic && !self.tunneled)
                        .then(|| {
                            crate::dissect::registry::refused_segment_taker(&buf, ports, "tls")
                        })
                        .flatten();
                    self.sides[dir.index()].refused = self.other.is_none();
                    pos = buf.len();
                }
                Resync::Forced(_) | Resync::Drop => pos = buf.len(),
            }
        }
        let side = &mut self.sides[dir.index()];
        side.buf_off = base + buf.len() as u64;
        side.hs.clear();
        false
    }

    /// Bytes tshark shows as `Continuation Data` or `Ignored Unknown
    /// Record` (by the connection's version, see [`info`]): an empty `tls`
    /// item and the column.
    fn continuation(&self, len: usize, at: u64, out: &mut Vec<Message>) {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..len);
        l.uint(f::tls::OSIDUMP_IGNORED_LEN, len as u64);
        if let Some(v) = self.version {
            l.uint(f::tls::OSIDUMP_VERSION, v);
        }
        // TLS 1.0-1.2 shows its Ignored Unknown Record with a warning
        // (SSL 3.0's Continuation Data and TLS 1.3's have none).
        if matches!(self.version, Some(0x0301..=0x0303)) {
            ignored_unknown_record(&mut l);
        }
        out.push(Message {
            event: None,
            layer: l,
            stream_offset: at,
            stream_end: at + len as u64,
        });
    }

    /// Bytes that are not a record: report them once and drop them until a
    /// later feed starts with a record header.
    fn lose(&mut self, dir: Dir, rest: &[u8], at: u64, out: &mut Vec<Message>) {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..rest.len());
        l.uint(f::tls::OSIDUMP_IGNORED_LEN, rest.len() as u64);
        if let Some(v) = self.version {
            l.uint(f::tls::OSIDUMP_VERSION, v);
        }
        // dissect_ssl3_record's first check in a TLS 1.0-1.2 session: a
        // byte that is no content type ignores the rest of the segment.
        if matches!(self.version, Some(0x0301..=0x0303))
            && rest.first().is_some_and(|&t| !valid_content_type(t))
        {
            ignored_unknown_record(&mut l);
        }
        let what = match rest.len() {
            0..=4 => format!("{:02x?}", rest),
            _ => format!(
                "content type {}, version 0x{:04x}, length {}",
                rest[0],
                be16(rest, 1),
                be16(rest, 3)
            ),
        };
        l.malformed(format!(
            "not a TLS record header ({what}): {} bytes skipped until the next record",
            rest.len()
        ));
        out.push(Message {
            event: None,
            layer: l,
            stream_offset: at,
            stream_end: at + rest.len() as u64,
        });
        let side = &mut self.sides[dir.index()];
        side.lost = true;
        side.hs.clear();
    }

    fn record(&mut self, dir: Dir, ctype: u8, version: u16, rec: &[u8]) -> Layer<'static> {
        let body = &rec[HEADER..];
        let shown = self.shown_version(ctype, version, body.first().copied());
        let mut l = if self.sides[dir.index()].encrypted
            && ctype != 20
            && let Some(d) = self.dec.as_mut()
            && d.active(dir)
            && let Some((inner, plain)) = d.open(dir, ctype, version, body)
        {
            self.decrypted(dir, ctype, version, body, inner, &plain)
        } else {
            let mut l = self.record_clear(dir, ctype, version, rec);
            if self.sides[dir.index()].encrypted
                && let Some(d) = self.dec.as_mut()
                && let Some(n) = d.take_note()
            {
                l.str(f::tls::OSIDUMP_DECRYPTION, n.text());
            }
            l
        };
        self.learn_version(&l);
        // A ServerHello sets the Protocol column to the version it chose
        // (tshark 4.0 shows `TLSv1.3` on a frame whose last record is a
        // TLS 1.3 ServerHello, sent in a record marked TLS 1.2).
        let shown = match (l.get_uint(f::tls::HANDSHAKE_TYPE), self.version) {
            (Some(2), Some(v)) if ctype == 22 => v,
            _ => shown,
        };
        l.uint(f::tls::OSIDUMP_VERSION, shown);
        self.learn_alpn(&l);
        l
    }

    /// The protocol the server's ALPN names (in its ServerHello, or in
    /// TLS 1.3's EncryptedExtensions once decrypted), as
    /// ssl_dissect_hnd_hello_ext_alpn makes it the session's.
    fn learn_alpn(&mut self, l: &Layer<'_>) {
        let from_server = l
            .all(f::tls::HANDSHAKE_TYPE)
            .any(|t| matches!(t, Value::UInt(2 | 8)));
        if !from_server {
            return;
        }
        let last = l
            .all(f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR)
            .filter_map(|v| match v {
                Value::Str(s) => Some(s),
                _ => None,
            })
            .last();
        if let Some(p) = last.and_then(|s| alpn_protocol(s)) {
            self.alpn_protocol = Some(p);
        }
    }

    /// What packet-tls.c puts on an application data record: its
    /// encrypted bytes, and the protocol they are for when the session or
    /// a port names one (`tls.app_data_proto`).
    fn app_data(&self, body: &[u8], l: &mut Layer<'static>) {
        l.push(
            f::tls::APP_DATA,
            Value::Bytes(std::borrow::Cow::Owned(body.to_vec())),
        );
        let named = self
            .alpn_protocol
            .or_else(|| port_protocol(self.ports.0))
            .or_else(|| port_protocol(self.ports.1));
        if let Some(p) = named {
            l.str(f::tls::APP_DATA_PROTO, p);
        }
    }

    /// The version a record is shown under, as packet-tls.c sets the
    /// Protocol column: once the connection's version is known, that one;
    /// before, the record's own, and the record makes it the connection's
    /// when it is "authoritative": any valid record but a ClientHello (a
    /// client offers, it does not choose), with a version tshark knows.
    fn shown_version(&mut self, ctype: u8, version: u16, first: Option<u8>) -> u16 {
        if let Some(v) = self.version {
            return v;
        }
        let authoritative = match ctype {
            22 => first.is_some_and(|t| t != 1 && handshake_type_name(t).is_some()),
            20 | 21 | 23 | 24 => true,
            _ => false,
        };
        if authoritative {
            self.version = known_version(version);
        }
        version
    }

    /// Whether packet-tls.c's session version is TLS 1.3 (its test for
    /// the opaque type): chosen by a server, or offered with early data.
    fn session_tls13(&self) -> bool {
        self.tls13 || self.version == Some(0x0304)
    }

    /// What a decoded record tells of the connection's version, for the
    /// records after it: a ServerHello first in its record sets the version
    /// it chose (its supported_versions, else its own), and a ClientHello
    /// offering early data can only be TLS 1.3 (packet-tls.c does both).
    fn learn_version(&mut self, l: &Layer<'_>) {
        match l.get_uint(f::tls::HANDSHAKE_TYPE) {
            Some(2) => {
                let chosen = l
                    .get_uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION)
                    .or_else(|| l.get_uint(f::tls::HANDSHAKE_VERSION));
                if let Some(v) = chosen.and_then(|v| known_version(v as u16)) {
                    self.version = Some(v);
                }
            }
            Some(1) => {
                let early_data = l
                    .all(f::tls::HANDSHAKE_EXTENSION_TYPE)
                    .any(|v| matches!(v, Value::UInt(42)));
                if early_data {
                    self.version = Some(0x0304);
                }
            }
            _ => {}
        }
    }

    /// A record opened with the key log's secrets: the fields of its
    /// plaintext, as if it had been sent in clear (TLS 1.3: the opaque
    /// outer type, then the real one).
    fn decrypted(
        &mut self,
        dir: Dir,
        ctype: u8,
        version: u16,
        body: &[u8],
        inner: u8,
        plain: &[u8],
    ) -> Layer<'static> {
        let len = body.len();
        let mut l = Layer::new(Osi::Presentation, "tls", 0..HEADER + len);
        l.present(f::tls::RECORD);
        if self.session_tls13() {
            l.uint(f::tls::RECORD_OPAQUE_TYPE, ctype);
        }
        l.uint(f::tls::RECORD_CONTENT_TYPE, inner);
        l.uint(f::tls::RECORD_VERSION, version);
        l.uint(f::tls::RECORD_LENGTH, len as u64);
        self.sides[dir.index()].seen = true;
        match inner {
            21 => {
                l.present(f::tls::ALERT_MESSAGE);
                if plain.len() == 2 {
                    l.uint(f::tls::ALERT_MESSAGE_LEVEL, plain[0]);
                    l.uint(f::tls::ALERT_MESSAGE_DESC, plain[1]);
                }
            }
            22 => self.handshake(dir, plain, &mut l),
            23 => {
                self.app_data(body, &mut l);
                l.uint(f::tls::OSIDUMP_APP_DATA_LEN, plain.len() as u64);
                if let Some(d) = self.dec.as_mut()
                    && d.application_data(dir, plain, &mut self.inner)
                {
                    l.push(f::tls::OSIDUMP_PDU_SEGMENT, Value::Bool(true));
                }
            }
            24 => {
                heartbeat(plain, true, &mut l);
            }
            _ => {}
        }
        l
    }

    fn record_clear(&mut self, dir: Dir, ctype: u8, version: u16, rec: &[u8]) -> Layer<'static> {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..rec.len());
        l.present(f::tls::RECORD);
        let body = &rec[HEADER..];
        // TLS 1.3 hides the real type inside the encryption: Wireshark calls
        // the outer type of a protected record its opaque type, once a
        // ServerHello or HelloRetryRequest chose TLS 1.3 (the HRR alone
        // does: its second ServerHello may be lost), or a ClientHello
        // offering early data made the session TLS 1.3 (its 0-RTT data).
        let protected = self.session_tls13() && ctype == 23;
        l.uint(
            if protected {
                f::tls::RECORD_OPAQUE_TYPE
            } else {
                f::tls::RECORD_CONTENT_TYPE
            },
            ctype,
        );
        l.uint(f::tls::RECORD_VERSION, version);
        l.uint(f::tls::RECORD_LENGTH, body.len() as u64);
        self.sides[dir.index()].seen = true;
        let encrypted = self.sides[dir.index()].encrypted;
        match ctype {
            20 => {
                l.present(f::tls::CHANGE_CIPHER_SPEC);
                if body != [1] {
                    l.malformed(format!(
                        "ChangeCipherSpec body is {} bytes, expected the single byte 1",
                        body.len()
                    ));
                }
                let tls13 = self.tls13;
                if let Some(d) = self.dec.as_mut() {
                    d.change_cipher_spec(dir);
                }
                if dir == Dir::Server && !tls13 {
                    if self.resumed {
                        static RESUMED: expert::Expert = expert::Expert {
                            field: f::tls::RESUMED,
                            group: expert::Group::Sequence,
                            severity: expert::Severity::Note,
                        };
                        expert::add(&mut l, &RESUMED, None);
                    }
                    // Any later ChangeCipherSpec is no resumption of this
                    // session (packet-tls.c's heuristic).
                    self.resumed = false;
                }
                let frame = self.frame;
                let side = &mut self.sides[dir.index()];
                side.encrypted |= !tls13;
                if !tls13 {
                    side.ccs_frame = Some(frame);
                }
                if !side.hs.is_empty() {
                    l.malformed(format!(
                        "ChangeCipherSpec cuts a handshake message short ({} bytes dropped)",
                        side.hs.len()
                    ));
                    side.hs.clear();
                }
            }
            21 => {
                // tshark's item for every alert record, encrypted or not.
                l.present(f::tls::ALERT_MESSAGE);
                if encrypted || body.len() != 2 {
                    l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
                } else {
                    l.uint(f::tls::ALERT_MESSAGE_LEVEL, body[0]);
                    l.uint(f::tls::ALERT_MESSAGE_DESC, body[1]);
                }
            }
            22 => {
                if encrypted && self.looks_encrypted(dir, body) {
                    // tshark's "Encrypted Handshake Message".
                    l.present(f::tls::HANDSHAKE);
                    l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
                } else if encrypted {
                    // Read as plaintext after the ChangeCipherSpec (a NULL
                    // cipher's Finished): the whole messages only, tshark
                    // showing nothing of the MAC after them.
                    self.handshake(dir, &body[..whole_messages(body)], &mut l);
                } else {
                    self.handshake(dir, body, &mut l);
                }
            }
            23 => {
                self.app_data(body, &mut l);
                l.uint(f::tls::OSIDUMP_APP_DATA_LEN, body.len() as u64);
                // TLS 1.3 encrypts the rest of the handshake under the
                // outer type Application Data: the server's flight
                // (EncryptedExtensions … Finished) comes before the
                // client's first protected record, which is its Finished.
                if protected && !self.client_finished {
                    if dir == Dir::Client {
                        self.client_finished = true;
                    }
                    l.boolean(f::tls::OSIDUMP_ENCRYPTED_HANDSHAKE, true);
                }
            }
            24 => {
                // tshark takes a heartbeat for plaintext unless it holds the
                // keys to decrypt the side (it has no decoder for it then).
                let plaintext = !encrypted || self.dec.is_none();
                if !heartbeat(body, plaintext, &mut l) {
                    l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
                }
            }
            _ => {}
        }
        l
    }

    fn sslv2_record(&mut self, dir: Dir, rec: &[u8], hlen: usize) -> Layer<'static> {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..rec.len());
        let side = &mut self.sides[dir.index()];
        let n = side.sslv2.unwrap_or(0);
        side.sslv2 = Some(n.saturating_add(1));
        side.seen = true;
        let body = &rec[hlen..];
        l.present(f::tls::RECORD);
        l.boolean(f::tls::OSIDUMP_SSLV2, true);
        l.uint(f::tls::OSIDUMP_VERSION, self.version.unwrap_or(0x0002));
        // The record version (generated: SSL 2.0); the length and padding
        // only on a handshake message, as packet-tls.c's
        // dissect_ssl2_record shows an encrypted record with its version
        // alone.
        l.uint(f::tls::RECORD_VERSION, 2u64);
        // Client: Client Hello, Client Master Key; server: Server Hello.
        // Everything after is encrypted.
        let plain = match dir {
            Dir::Client => 2,
            Dir::Server => 1,
        };
        match body.first() {
            Some(&t) if n < plain && matches!(t, 1 | 2 | 4) => {
                l.uint(f::tls::RECORD_LENGTH, body.len() as u64);
                if hlen == 3 {
                    l.uint(f::tls::RECORD_PADDING_LENGTH, rec[2]);
                }
                l.uint(f::tls::HANDSHAKE_TYPE, t);
                if t == 1 && body.len() >= 3 {
                    l.uint(f::tls::HANDSHAKE_VERSION, be16(body, 1));
                }
                // A Client Hello's lengths: cipher specs, session id,
                // challenge.
                if t == 1 && body.len() >= 9 {
                    l.uint(f::tls::HANDSHAKE_CIPHER_SPEC_LEN, be16(body, 3));
                    l.uint(f::tls::HANDSHAKE_SESSION_ID_LENGTH, be16(body, 5));
                    l.uint(f::tls::HANDSHAKE_CHALLENGE_LENGTH, be16(body, 7));
                    sslv2_client_hello_lists(body, &mut l);
                }
                // A Client Master Key (packet-tls.c's
                // dissect_ssl2_hnd_client_master_key): the cipher spec, the
                // three lengths, then a label over each part that is there.
                if t == 2 {
                    client_master_key(&body[1..], &mut l);
                }
                // A Server Hello's certificate (SSL 2.0: type, hit,
                // certificate type, version, then the lengths of the
                // certificate, cipher specs and connection id).
                if t == 4 && body.len() >= 11 {
                    l.uint(f::tls::HANDSHAKE_CERT_TYPE, body[2]);
                    l.uint(f::tls::HANDSHAKE_VERSION, be16(body, 3));
                    let n = be16(body, 5);
                    l.uint(f::tls::HANDSHAKE_CERTIFICATE_LENGTH, n);
                    l.uint(f::tls::HANDSHAKE_CIPHER_SPEC_LEN, be16(body, 7));
                    l.uint(f::tls::HANDSHAKE_CONNECTION_ID_LENGTH, be16(body, 9));
                    match body.get(11..11 + usize::from(n)) {
                        Some(der) if n > 0 => {
                            let mut protos = Vec::new();
                            certificate_tree(0, der, &mut l, &mut protos);
                            if !protos.is_empty() {
                                l.str(f::tls::OSIDUMP_CERT_PROTOCOLS, protos.join(":"));
                            }
                        }
                        Some(_) => {}
                        None => l.malformed(format!(
                            "SSLv2 Server Hello: a certificate of {n} bytes in {} left",
                            body.len() - 11
                        )),
                    }
                }
                // The cipher specs: always in a Client Hello, in a Server
                // Hello when it lists any (its length at byte 7).
                if t == 1 && body.len() < 9 {
                    l.present(f::tls::HANDSHAKE_CIPHERSUITES);
                }
                // After the certificate: the cipher specs, the connection id.
                if t == 4 && body.len() >= 11 {
                    let at = 11 + usize::from(be16(body, 5));
                    let specs = usize::from(be16(body, 7));
                    let after = if specs > 0 {
                        l.present(f::tls::HANDSHAKE_CIPHERSUITES);
                        sslv2_cipher_specs(body, at, specs, "Server", &mut l)
                    } else {
                        Some(at)
                    };
                    let id = usize::from(be16(body, 9));
                    if let Some(after) = after
                        && id > 0
                        && body.len() >= after + id
                    {
                        l.present(f::tls::HANDSHAKE_CONNECTION_ID);
                    }
                }
            }
            _ => l.boolean(f::tls::OSIDUMP_ENCRYPTED, true),
        }
        l
    }

    /// A handshake record's body: one or more messages, or pieces of one.
    fn handshake(&mut self, dir: Dir, frag: &[u8], l: &mut Layer<'static>) {
        let mut acc = std::mem::take(&mut self.sides[dir.index()].hs);
        let fresh = acc.is_empty();
        if frag.is_empty() {
            l.malformed(
                "empty handshake record (RFC 8446 5.1 forbids zero-length handshake fragments)",
            );
        }
        let input: &[u8] = if fresh {
            frag
        } else {
            acc.extend_from_slice(frag);
            &acc
        };
        if fresh && handshake_type_name(input.first().copied().unwrap_or(0)).is_none() {
            // Not a message we know: encrypted (we missed the
            // ChangeCipherSpec, or it never came), as tshark shows it.
            l.present(f::tls::HANDSHAKE);
            l.boolean(f::tls::OSIDUMP_ENCRYPTED, true);
            return;
        }
        // One `tls.handshake` item for each message and each piece of
        // one, as tshark adds them: the piece this record ends a message
        // with (then the whole message, again), each whole message, and
        // the start of one that continues in a later record.
        if !fresh {
            l.present(f::tls::HANDSHAKE);
        }
        let mut p = 0;
        let mut tls13 = false;
        while p < input.len() {
            let rest = &input[p..];
            let need = if rest.len() >= 4 {
                4 + be24(rest, 1)
            } else {
                usize::MAX
            };
            if rest.len() < need {
                if fresh || p > 0 {
                    l.present(f::tls::HANDSHAKE);
                }
                if need != usize::MAX && need > MAX_HANDSHAKE {
                    l.uint(f::tls::HANDSHAKE_TYPE, rest[0]);
                    l.uint(f::tls::HANDSHAKE_LENGTH, (need - 4) as u64);
                    l.malformed(format!(
                        "handshake message of {} bytes exceeds the reassembly cap of {MAX_HANDSHAKE}",
                        need - 4
                    ));
                    return;
                }
                l.uint(f::tls::OSIDUMP_HANDSHAKE_FRAGMENT_LEN, frag.len() as u64);
                self.sides[dir.index()].hs = rest.to_vec();
                self.hold_piece(dir, fresh || p > 0);
                break;
            }
            if !fresh && p == 0 {
                self.pieces(dir, l);
            }
            l.present(f::tls::HANDSHAKE);
            match self.message(dir, rest[0], &rest[4..need], l) {
                Tls13::No => {}
                Tls13::HelloRetry => self.tls13 = true,
                Tls13::Chosen => {
                    self.tls13 = true;
                    tls13 = true;
                }
            }
            p += need;
        }
        if tls13 {
            for s in &mut self.sides {
                s.encrypted = true;
            }
        }
    }

    /// A piece of a handshake message that continues in later records or
    /// CRYPTO frames, from the frame being read: the first piece
    /// (`first`), or one more.
    fn hold_piece(&mut self, dir: Dir, first: bool) {
        let frame = self.frame;
        let side = &mut self.sides[dir.index()];
        if first {
            side.hs_frames.clear();
            side.hs_pieces = 0;
        }
        if side.hs_frames.len() < MAX_PIECES {
            side.hs_frames.push(frame);
        }
        side.hs_pieces += 1;
    }

    /// The pieces of a handshake message this frame completes, as tshark
    /// lists them before the message: the frame of each piece and their
    /// count.
    fn pieces(&mut self, dir: Dir, l: &mut Layer<'static>) {
        self.hold_piece(dir, false);
        let side = &mut self.sides[dir.index()];
        l.present(f::tls::HANDSHAKE_FRAGMENTS);
        for frame in side.hs_frames.drain(..) {
            l.uint(f::tls::HANDSHAKE_FRAGMENT, frame);
        }
        l.uint(
            f::tls::HANDSHAKE_FRAGMENT_COUNT,
            std::mem::take(&mut side.hs_pieces),
        );
    }

    /// One whole DTLS handshake message body of type `t` (RFC 6347 4.2.2:
    /// the body is TLS's but for the ClientHello's cookie, which the caller
    /// has taken out), read with TLS's message code as packet-dtls.c
    /// calls packet-tls-utils.c's. `version` is the DTLS session's: 1.2
    /// reads as TLS 1.2 (CertificateRequest's signature algorithms), 1.0 as
    /// TLS 1.1, OpenSSL's pre-standard 0x0100 as itself. Fields come under
    /// their `tls.*` names; the caller renames them. Returns whether a ServerHello chose (D)TLS 1.3.
    pub fn dtls_message(
        &mut self,
        dir: Dir,
        version: Option<u16>,
        t: u8,
        body: &[u8],
        l: &mut Layer<'static>,
    ) -> bool {
        // OpenSSL's pre-0.9.8f DTLS (0x0100) is kept: its
        // ClientKeyExchange has no length before the secret, as SSL 3.0's.
        self.version = version.map(|v| match v {
            0xfefd => 0x0303,
            0x0100 => 0x0100,
            _ => 0x0302,
        });
        let start = l.fields.len();
        let chosen = self.message(dir, t, body, l);
        // The DTLS decoder put up the message's type and length with its
        // own header's fields.
        let header = l.fields.len() >= start + 2
            && std::ptr::eq(l.fields[start].def, f::tls::HANDSHAKE_TYPE)
            && std::ptr::eq(l.fields[start + 1].def, f::tls::HANDSHAKE_LENGTH);
        if header {
            l.fields.drain(start..start + 2);
        }
        if chosen != Tls13::No {
            self.tls13 = true;
        }
        chosen == Tls13::Chosen
    }

    /// One whole handshake message, and whether it chose TLS 1.3.
    fn message(&mut self, dir: Dir, t: u8, body: &[u8], l: &mut Layer<'static>) -> Tls13 {
        l.uint(f::tls::HANDSHAKE_TYPE, t);
        l.uint(f::tls::HANDSHAKE_LENGTH, body.len() as u64);
        match t {
            1 => {
                if self.dec.is_none()
                    && let Some(k) = self.keys.as_ref().filter(|k| !k.is_empty())
                {
                    let mut d = decrypt::Decrypt::new(k.clone());
                    d.h2_media = self.h2_media.clone();
                    if self.collect {
                        d.collect_messages();
                    }
                    self.dec = Some(Box::new(d));
                }
                if let Some(d) = self.dec.as_mut() {
                    d.client_hello(body);
                }
                // No time in a TLS 1.3 random (a ClientHello after a
                // HelloRetryRequest, when the version is known).
                // QUIC carries TLS 1.3 only.
                let random_time = !self.quic && self.version != Some(0x0304);
                client_hello(body, l, self.quic, !self.no_fingerprints, random_time)
            }
            2 => {
                // Assumed resumed until a ServerHelloDone says otherwise.
                self.resumed = true;
                let chosen = server_hello(body, l, !self.no_fingerprints);
                if let Some(Value::UInt(c)) = l.all(f::tls::HANDSHAKE_CIPHERSUITE).last() {
                    self.cipher = Some(*c as u16);
                }
                // The messages after it in the record read the version
                // it chose (a TLS 1.2 CertificateRequest).
                self.learn_version(l);
                if let Some(d) = self.dec.as_mut()
                    && chosen != Tls13::HelloRetry
                {
                    d.server_hello(body, chosen == Tls13::Chosen);
                    if let Some(a) = l.get_str(f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR) {
                        d.alpn = Some(a.to_string());
                    }
                }
                return chosen;
            }
            4 if body.len() >= 4 => {
                l.uint(
                    f::tls::HANDSHAKE_SESSION_TICKET_LIFETIME_HINT,
                    u32::from_be_bytes([body[0], body[1], body[2], body[3]]),
                );
                if self.tls13 {
                    new_session_ticket13(body, l);
                } else {
                    new_session_ticket12(body, l);
                }
            }
            8 => {
                // EncryptedExtensions (TLS 1.3, seen decrypted).
                if body.len() >= 2 && usize::from(be16(body, 0)) == body.len() - 2 {
                    encrypted_extensions(&body[2..], l);
                    if let (Some(d), Some(a)) = (
                        self.dec.as_mut(),
                        l.get_str(f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR),
                    ) {
                        d.alpn = Some(a.to_string());
                    }
                } else {
                    l.malformed("EncryptedExtensions: extension block length does not fit");
                }
            }
            11 if self.tls13 => certificate13(body, l),
            11 => certificate(body, l),
            12 => self.server_key_exchange(body, l),
            16 => self.client_key_exchange(body, l),
            22 => certificate_status(body, l),
            13 if !self.tls13 => certificate_request(body, self.version == Some(0x0303), l),
            // ssl_dissect_digitally_signed: an algorithm in (D)TLS 1.2 and
            // TLS 1.3 only.
            15 if body.len() >= 2 && matches!(self.version, Some(0x0303 | 0x0304)) => {
                sig_hash_alg(l, be16(body, 0))
            }
            // ServerHelloDone: a full handshake, not a resumed one.
            14 => self.resumed = false,
            20 => {
                l.present(f::tls::HANDSHAKE_VERIFY_DATA);
                if let Some(d) = self.dec.as_mut() {
                    d.finished(dir);
                }
            }
            24 => {
                if let Some(d) = self.dec.as_mut() {
                    d.key_update(dir);
                }
            }
            _ => {}
        }
        Tls13::No
    }
}

impl TlsDecoder {
    /// A ServerKeyExchange as packet-tls-utils.c's
    /// `ssl_dissect_hnd_srv_keyex` reads it: by the key exchange of the
    /// suite the ServerHello chose (nothing when no ServerHello was seen,
    /// or for exchanges Wireshark does not take apart).
    fn server_key_exchange(&self, body: &[u8], l: &mut Layer<'static>) {
        use kex::Kex::*;
        let Some(k) = self.cipher.and_then(kex::kex) else {
            return;
        };
        let mut r = Rd::new(body);
        let done = match k {
            DhAnon => self.dhe_params(&mut r, true, l),
            DheDss | DheRsa => self.dhe_params(&mut r, false, l),
            EcdhAnon => self.ecdh_params(&mut r, true, l),
            EcdhEcdsa | EcdhRsa | EcdheEcdsa | EcdheRsa => self.ecdh_params(&mut r, false, l),
            Psk | RsaPsk => {
                // Only when the hint is the whole message.
                if body.len() >= 2 && usize::from(be16(body, 0)) + 2 == body.len() {
                    l.uint(f::tls::HANDSHAKE_HINT_LEN, be16(body, 0));
                    l.push(
                        f::tls::HANDSHAKE_HINT,
                        Value::Bytes(body[2..].to_vec().into()),
                    );
                }
                Ok(())
            }
            // EC J-PAKE (Thread commissioning): curve, then X, V and r.
            Ecjpake => (|| {
                if !ec_parameters(&mut r, l)? {
                    return Ok(());
                }
                vec8_item(&mut r, f::tls::HANDSHAKE_XS_LEN, f::tls::HANDSHAKE_XS, l)?;
                vec8_item(&mut r, f::tls::HANDSHAKE_VS_LEN, f::tls::HANDSHAKE_VS, l)?;
                vec8_item(&mut r, f::tls::HANDSHAKE_RS_LEN, f::tls::HANDSHAKE_RS, l)
            })(),
            Rsa => (|| {
                vec16_item(
                    &mut r,
                    f::tls::HANDSHAKE_MODULUS_LEN,
                    f::tls::HANDSHAKE_MODULUS,
                    l,
                )?;
                vec16_item(
                    &mut r,
                    f::tls::HANDSHAKE_EXPONENT_LEN,
                    f::tls::HANDSHAKE_EXPONENT,
                    l,
                )?;
                self.digitally_signed(&mut r, l)
            })(),
            _ => Ok(()),
        };
        if let Err(e) = done {
            l.malformed(format!("ServerKeyExchange: {e}"));
        }
    }

    /// ServerECDHParams (a named curve's only) and, unless anonymous, the
    /// signature.
    fn ecdh_params(
        &self,
        r: &mut Rd<'_>,
        anon: bool,
        l: &mut Layer<'static>,
    ) -> Result<(), String> {
        if !ec_parameters(r, l)? {
            return Ok(());
        }
        vec8_item(
            r,
            f::tls::HANDSHAKE_SERVER_POINT_LEN,
            f::tls::HANDSHAKE_SERVER_POINT,
            l,
        )?;
        if !anon {
            self.digitally_signed(r, l)?;
        }
        Ok(())
    }

    /// ServerDHParams (p, g, Ys) and, unless anonymous, the signature.
    fn dhe_params(&self, r: &mut Rd<'_>, anon: bool, l: &mut Layer<'static>) -> Result<(), String> {
        vec16_item(r, f::tls::HANDSHAKE_P_LEN, f::tls::HANDSHAKE_P, l)?;
        vec16_item(r, f::tls::HANDSHAKE_G_LEN, f::tls::HANDSHAKE_G, l)?;
        vec16_item(r, f::tls::HANDSHAKE_YS_LEN, f::tls::HANDSHAKE_YS, l)?;
        if !anon {
            self.digitally_signed(r, l)?;
        }
        Ok(())
    }

    /// `ssl_dissect_digitally_signed`: the algorithm in (D)TLS 1.2 and 1.3,
    /// then the signature vector (a length that does not fit is tshark's
    /// "No more room" or truncating item, and the signature is left out).
    fn digitally_signed(&self, r: &mut Rd<'_>, l: &mut Layer<'static>) -> Result<(), String> {
        if matches!(self.version, Some(0x0303 | 0x0304)) {
            sig_hash_alg(l, r.u16()?);
        }
        if r.left() < 2 {
            return Err(format!("{NO_ROOM}2"));
        }
        let len = r.u16()?;
        l.uint(f::tls::HANDSHAKE_SIG_LEN, len);
        let sig = r.take(usize::from(len)).map_err(|_| {
            format!(
                "Vector length {len} is too large, truncating it to {}",
                r.left()
            )
        })?;
        l.push(f::tls::HANDSHAKE_SIG, Value::Bytes(sig.to_vec().into()));
        Ok(())
    }

    /// A ClientKeyExchange as `ssl_dissect_hnd_cli_keyex` reads it, by the
    /// chosen suite's key exchange.
    fn client_key_exchange(&self, body: &[u8], l: &mut Layer<'static>) {
        use kex::Kex::*;
        let Some(k) = self.cipher.and_then(kex::kex) else {
            return;
        };
        let mut r = Rd::new(body);
        let done = match k {
            DhAnon | DhDss | DhRsa | DheDss | DheRsa => {
                vec16_item(&mut r, f::tls::HANDSHAKE_YC_LEN, f::tls::HANDSHAKE_YC, l)
            }
            EcdhAnon | EcdhEcdsa | EcdhRsa | EcdheEcdsa | EcdheRsa => vec8_item(
                &mut r,
                f::tls::HANDSHAKE_CLIENT_POINT_LEN,
                f::tls::HANDSHAKE_CLIENT_POINT,
                l,
            ),
            Psk => vec16_item(
                &mut r,
                f::tls::HANDSHAKE_IDENTITY_LEN,
                f::tls::HANDSHAKE_IDENTITY,
                l,
            ),
            // SSL 3.0 (and OpenSSL's pre-0.9.8f DTLS) have no length
            // before the encrypted secret.
            Rsa if matches!(self.version, Some(0x0300 | 0x0100)) => {
                l.push(f::tls::HANDSHAKE_EPMS, Value::Bytes(body.to_vec().into()));
                Ok(())
            }
            Rsa => vec16_item(
                &mut r,
                f::tls::HANDSHAKE_EPMS_LEN,
                f::tls::HANDSHAKE_EPMS,
                l,
            ),
            RsaPsk => (|| {
                vec16_item(
                    &mut r,
                    f::tls::HANDSHAKE_IDENTITY_LEN,
                    f::tls::HANDSHAKE_IDENTITY,
                    l,
                )?;
                vec16_item(
                    &mut r,
                    f::tls::HANDSHAKE_EPMS_LEN,
                    f::tls::HANDSHAKE_EPMS,
                    l,
                )
            })(),
            Ecjpake => (|| {
                vec8_item(&mut r, f::tls::HANDSHAKE_XC_LEN, f::tls::HANDSHAKE_XC, l)?;
                vec8_item(&mut r, f::tls::HANDSHAKE_VC_LEN, f::tls::HANDSHAKE_VC, l)?;
                vec8_item(&mut r, f::tls::HANDSHAKE_RC_LEN, f::tls::HANDSHAKE_RC, l)
            })(),
            _ => Ok(()),
        };
        if let Err(e) = done {
            l.malformed(format!("ClientKeyExchange: {e}"));
        }
    }
}

/// ECParameters as `dissect_tls_ecparameters` reads them (ECDH and EC
/// J-PAKE): the curve type, and a named curve's id. Whether the parameters
/// after them are read: Wireshark reads named curves only, and stops at the
/// message's end.
fn ec_parameters(r: &mut Rd<'_>, l: &mut Layer<'static>) -> Result<bool, String> {
    let curve_type = r.u8()?;
    l.uint(f::tls::HANDSHAKE_SERVER_CURVE_TYPE, curve_type);
    if curve_type != 3 {
        return Ok(false);
    }
    l.uint(f::tls::HANDSHAKE_SERVER_NAMED_CURVE, r.u16()?);
    Ok(r.left() > 0)
}

/// A one-byte length and the bytes it counts, as two items (tshark reads
/// past the message and throws when they do not fit).
fn vec8_item(
    r: &mut Rd<'_>,
    len_def: &'static crate::dissect::field::FieldDef,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'static>,
) -> Result<(), String> {
    let n = r.u8()?;
    l.uint(len_def, n);
    let b = r.take(usize::from(n))?;
    l.push(def, Value::Bytes(b.to_vec().into()));
    Ok(())
}

/// A two-byte length and the bytes it counts, as [`vec8_item`].
fn vec16_item(
    r: &mut Rd<'_>,
    len_def: &'static crate::dissect::field::FieldDef,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'static>,
) -> Result<(), String> {
    let n = r.u16()?;
    l.uint(len_def, n);
    let b = r.take(usize::from(n))?;
    l.push(def, Value::Bytes(b.to_vec().into()));
    Ok(())
}

/// An SSL 2.0 hello's `specs` bytes of cipher specs from `at` (packet-tls.c
/// steps 3 bytes a spec while its 16-bit count is not zero: a count that is
/// no multiple of 3 wraps and reads on past the end, where it throws).
/// Where they end, or None when they run past the message (flagged).
/// A heartbeat message (packet-tls.c's dissect_ssl3_heartbeat): shown as
/// plaintext when `plaintext` or when its sizes say so (a record of at
/// most 19 bytes, or one with room for the payload and 16 bytes of
/// padding), and its type is known; false when it is shown encrypted.
/// A payload length the record has no room for (Heartbleed) is flagged,
/// and the payload shown as what the record holds.
fn heartbeat(body: &[u8], plaintext: bool, l: &mut Layer<'static>) -> bool {
    l.present(f::tls::HEARTBEAT_MESSAGE);
    let (Some(&kind), Some(len)) = (body.first(), body.get(1..3)) else {
        l.malformed("heartbeat message shorter than its type and length");
        return true;
    };
    let mut payload = usize::from(be16(len, 0));
    let record = body.len();
    let decrypted = plaintext || record <= 19 || 3 + payload + 16 <= record;
    if !(decrypted && matches!(kind, 1 | 2)) {
        return false;
    }
    l.uint(f::tls::HEARTBEAT_MESSAGE_TYPE, kind);
    l.uint(f::tls::HEARTBEAT_MESSAGE_PAYLOAD_LENGTH, payload as u64);
    let mut padding = record.wrapping_sub(3).wrapping_sub(payload) & 0xffff;
    if 3 + payload + 16 > record {
        l.malformed(format!(
            "heartbeat payload length {payload} exceeds the {} bytes the record leaves for it",
            record.saturating_sub(3 + 16)
        ));
        expert::add(
            l,
            &HEARTBEAT_PAYLOAD_LENGTH,
            Some(format!("Invalid heartbeat payload length ({payload})")),
        );
        payload = record.saturating_sub(3);
        padding = 0;
    }
    l.push(
        f::tls::HEARTBEAT_MESSAGE_PAYLOAD,
        Value::Bytes(body[3..3 + payload].to_vec().into()),
    );
    if padding > 0 {
        let Some(pad) = body.get(3 + payload..3 + payload + padding) else {
            return true;
        };
        l.push(
            f::tls::HEARTBEAT_MESSAGE_PADDING,
            Value::Bytes(pad.to_vec().into()),
        );
    }
    true
}

ei!(
    HEARTBEAT_PAYLOAD_LENGTH,
    f::tls::HEARTBEAT_MESSAGE_PAYLOAD_LENGTH_INVALID,
    Malformed,
    Error
);

/// An SSL 2.0 Client Master Key after its type byte: as far as its
/// bytes go (tshark throws at the first item past them).
fn client_master_key(b: &[u8], l: &mut Layer<'static>) {
    let Some(spec) = b.get(..3) else { return };
    l.uint(f::tls::HANDSHAKE_CIPHERSPEC, be24(spec, 0) as u64);
    let mut lens = [0usize; 3];
    for (i, def) in [
        f::tls::HANDSHAKE_CLEAR_KEY_LENGTH,
        f::tls::HANDSHAKE_ENCRYPTED_KEY_LENGTH,
        f::tls::HANDSHAKE_KEY_ARG_LENGTH,
    ]
    .into_iter()
    .enumerate()
    {
        let Some(v) = b.get(3 + 2 * i..5 + 2 * i) else {
            return;
        };
        lens[i] = usize::from(be16(v, 0));
        l.uint(def, lens[i] as u64);
    }
    let mut at = 9;
    for (len, def) in lens.into_iter().zip([
        f::tls::HANDSHAKE_CLEAR_KEY_DATA,
        f::tls::HANDSHAKE_ENCRYPTED_KEY,
        f::tls::HANDSHAKE_KEY_ARG,
    ]) {
        if len == 0 {
            continue;
        }
        if b.len() < at + len {
            return;
        }
        l.present(def);
        at += len;
    }
}

fn sslv2_cipher_specs(
    body: &[u8],
    mut at: usize,
    specs: usize,
    hello: &str,
    l: &mut Layer<'static>,
) -> Option<usize> {
    let n = if specs.is_multiple_of(3) {
        specs / 3
    } else {
        usize::MAX
    };
    for _ in 0..n {
        let Some(s) = body.get(at..at + 3) else {
            l.malformed(format!(
                "SSLv2 {hello} Hello: cipher specs run past the message"
            ));
            return None;
        };
        l.uint(f::tls::HANDSHAKE_CIPHERSPEC, be24(s, 0) as u64);
        at += 3;
    }
    Some(at)
}

/// An SSL 2.0 Client Hello's cipher specs, session id and challenge, after
/// the lengths (packet-tls.c's `dissect_ssl2_hnd_client_hello`): none when
/// the session id is longer than 16 bytes; a list that runs past the
/// message is flagged where tshark reads past it and throws.
fn sslv2_client_hello_lists(body: &[u8], l: &mut Layer<'static>) {
    let (specs, sid, challenge) = (
        usize::from(be16(body, 3)),
        usize::from(be16(body, 5)),
        usize::from(be16(body, 7)),
    );
    if sid > 16 {
        l.malformed(format!(
            "SSLv2 Client Hello: session id of {sid} bytes (at most 16)"
        ));
        return;
    }
    l.present(f::tls::HANDSHAKE_CIPHERSUITES);
    let Some(mut at) = sslv2_cipher_specs(body, 9, specs, "Client", l) else {
        return;
    };
    if sid > 0 {
        let Some(s) = body.get(at..at + sid) else {
            l.malformed("SSLv2 Client Hello: session id runs past the message");
            return;
        };
        l.push(
            f::tls::HANDSHAKE_SESSION_ID,
            Value::Bytes(s.to_vec().into()),
        );
        at += sid;
    }
    if challenge > 0 {
        if body.len() < at + challenge {
            l.malformed("SSLv2 Client Hello: challenge runs past the message");
            return;
        }
        l.present(f::tls::HANDSHAKE_CHALLENGE);
    }
}

// ---------------------------------------------------------------- hellos

/// The start of ssl_add_vector's message when a vector's length prefix
/// does not fit ([`Rd::prefix_fits`]).
const NO_ROOM: &str = "No more room for vector of length ";

/// A bounds-checked reader over an extension body.
struct Rd<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Rd<'a> {
    fn new(b: &'a [u8]) -> Self {
        Rd { b, p: 0 }
    }
    fn left(&self) -> usize {
        self.b.len() - self.p
    }
    /// An extension's own vector (the first thing its body holds), as
    /// packet-tls-utils.c's ssl_add_vector checks it: no room for its
    /// length prefix is its "No more room for vector of length N" item
    /// (see [`NO_ROOM`]).
    fn prefix_fits(&self, size: usize) -> Result<(), String> {
        if self.p == 0 && self.left() < size {
            return Err(format!("{NO_ROOM}{size}"));
        }
        Ok(())
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.left() < n {
            return Err(format!("needs {n} bytes, {} left", self.left()));
        }
        let s = &self.b[self.p..self.p + n];
        self.p += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, String> {
        let s = self.take(2)?;
        Ok(be16(s, 0))
    }
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    /// A vector with a one- or two-byte length prefix.
    fn vec8(&mut self) -> Result<&'a [u8], String> {
        self.prefix_fits(1)?;
        let n = self.u8()?;
        self.take(usize::from(n))
    }
    fn vec16(&mut self) -> Result<&'a [u8], String> {
        self.prefix_fits(2)?;
        let n = self.u16()?;
        self.take(usize::from(n))
    }
    fn end(&self) -> Result<(), String> {
        match self.left() {
            0 => Ok(()),
            n => Err(format!("{n} bytes left over")),
        }
    }
}

fn u16s(b: &[u8]) -> Result<impl Iterator<Item = u16> + '_, String> {
    if !b.len().is_multiple_of(2) {
        return Err(format!("list of 16-bit values has odd length {}", b.len()));
    }
    Ok(b.chunks_exact(2).map(|c| be16(c, 0)))
}

/// What the fingerprints need from a hello's extensions.
#[derive(Debug, Default)]
struct Exts {
    /// The version a ServerHello chose (0x0303 elsewhere): the SCT list's
    /// signatures name their algorithm from TLS 1.2 on.
    version: u16,
    types: Vec<u16>,
    groups: Vec<u16>,
    point_formats: Vec<u8>,
    sig_algs: Vec<u16>,
    versions: Vec<u16>,
    alpn_first: Option<Vec<u8>>,
    sni: bool,
    /// The walk reached the end of the block.
    whole: bool,
    /// Keep the lists only the fingerprints read (all but `versions`):
    /// off when no output or filter reads JA3/JA4.
    fingerprints: bool,
    /// The block is an EncryptedExtensions message's (a Google QUIC
    /// version parameter then lists the server's versions).
    encrypted_extensions: bool,
}

/// Walk the extensions block as (type, length) pairs: a bad extension is
/// flagged and the walk goes on with the next one. A length that overruns
/// the block ends the walk (`Exts::whole` false). `fingerprints`: keep
/// what JA3/JA4 read.
fn extensions(ext: &[u8], client: bool, l: &mut Layer<'static>, fingerprints: bool) -> Exts {
    extensions_of(ext, client, l, fingerprints, 0x0303)
}

/// [`extensions`] of an EncryptedExtensions message.
fn encrypted_extensions(ext: &[u8], l: &mut Layer<'static>) -> Exts {
    let x = Exts {
        version: 0x0303,
        whole: true,
        encrypted_extensions: true,
        ..Exts::default()
    };
    walk_extensions(ext, false, l, x)
}

/// [`extensions`] of a ServerHello that chose `version`.
fn extensions_of(
    ext: &[u8],
    client: bool,
    l: &mut Layer<'static>,
    fingerprints: bool,
    version: u16,
) -> Exts {
    let x = Exts {
        version,
        whole: true,
        fingerprints,
        ..Exts::default()
    };
    walk_extensions(ext, client, l, x)
}

fn walk_extensions(ext: &[u8], client: bool, l: &mut Layer<'static>, mut x: Exts) -> Exts {
    l.uint(f::tls::HANDSHAKE_EXTENSIONS_LENGTH, ext.len() as u64);
    let mut i = 0;
    while i < ext.len() {
        let rest = &ext[i..];
        if rest.len() < 4 {
            l.malformed(format!(
                "extension header needs 4 bytes, {} left in the extensions block",
                rest.len()
            ));
            x.whole = false;
            break;
        }
        let t = be16(rest, 0);
        let len = usize::from(be16(rest, 2));
        l.uint(f::tls::HANDSHAKE_EXTENSION_TYPE, t);
        l.uint(f::tls::HANDSHAKE_EXTENSION_LEN, len as u64);
        let name = extension_name(t).unwrap_or("unknown");
        if rest.len() < 4 + len {
            l.malformed(format!(
                "extension {name} ({t}) says {len} bytes, {} left in the extensions block",
                rest.len() - 4
            ));
            // tshark adds the extension's item with that length: past the
            // message, an exception (ssl-malformed1.pcap).
            l.throw(crate::dissect::AnomalyKind::Malformed, "tls");
            x.whole = false;
            break;
        }
        if x.fingerprints {
            x.types.push(t);
        }
        // quic_transport_parameters, and its number in the QUIC drafts.
        if t == 57 || t == 0xffa5 {
            match quic::transport_parameters(&rest[4..], len, x.encrypted_extensions, l) {
                Ok(reached) if reached > len => {
                    too_much(l, reached - len);
                    l.malformed(format!("extension {name} ({t}): read past its end"));
                }
                Ok(_) => {}
                Err(e) => {
                    l.malformed(format!("extension {name} ({t}): {e}"));
                    l.throw(crate::dissect::AnomalyKind::Malformed, "tls");
                    x.whole = false;
                    break;
                }
            }
        } else if let Err(e) = extension(t, &rest[4..4 + len], client, l, &mut x) {
            if e.starts_with(NO_ROOM) {
                // tshark's item (Error, Malformed group); nothing thrown.
                expert::add(l, &BUFFER_TOO_SMALL, Some(e.clone()));
            }
            l.malformed(format!("extension {name} ({t}): {e}"));
        }
        i += 4 + len;
    }
    x
}

/// packet-tls-utils.c's buffer_too_small item (Error, Malformed group):
/// "No more room for vector …", "Dissector processed too much data …".
static BUFFER_TOO_SMALL: expert::Expert = expert::Expert {
    field: f::tls::MALFORMED_BUFFER_TOO_SMALL,
    group: expert::Group::Malformed,
    severity: expert::Severity::Error,
};

/// ssl_end_vector's item for a part read `n` bytes past its end.
fn too_much(l: &mut Layer<'static>, n: usize) {
    let s = if n == 1 { "" } else { "s" };
    expert::add(
        l,
        &BUFFER_TOO_SMALL,
        Some(format!("Dissector processed too much data ({n} byte{s})")),
    );
}

/// ssl_end_vector's item for `n` bytes of a part left unread (Warning,
/// Protocol group).
fn trailing_unread(l: &mut Layer<'static>, n: usize) {
    static TRAILING: expert::Expert = expert::Expert {
        field: f::tls::MALFORMED_TRAILING_DATA,
        group: expert::Group::Protocol,
        severity: expert::Severity::Warn,
    };
    let m = if n == 1 {
        "1 trailing byte was unprocessed".to_string()
    } else {
        format!("{n} trailing bytes were unprocessed")
    };
    expert::add(l, &TRAILING, Some(m));
}

fn extension(
    t: u16,
    body: &[u8],
    client: bool,
    l: &mut Layer<'static>,
    x: &mut Exts,
) -> Result<(), String> {
    let mut r = Rd::new(body);
    match t {
        0 => {
            x.sni = true;
            // The server acknowledges SNI with an empty extension.
            if body.is_empty() && !client {
                return Ok(());
            }
            let names = r.vec16()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME_LIST_LEN,
                names.len() as u64,
            );
            let mut list = Rd::new(names);
            while list.left() > 0 {
                let kind = list.u8()?;
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME_TYPE, kind);
                let name = list.vec16()?;
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME_LEN,
                    name.len() as u64,
                );
                if kind == 0 {
                    l.str(
                        f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME,
                        String::from_utf8_lossy(name).into_owned(),
                    );
                }
            }
        }
        // A server's Certificate Transparency list (a client's is empty).
        18 if !client => {
            x509::sct_list(
                l,
                body,
                matches!(x.version, 0x0303 | 0x0304 | 0xfefd | 0xfefc),
            );
            return Ok(());
        }
        16 => {
            let protocols = r.vec16()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_ALPN_LEN,
                protocols.len() as u64,
            );
            l.present(f::tls::HANDSHAKE_EXTENSIONS_ALPN_LIST);
            let mut list = Rd::new(protocols);
            while list.left() > 0 {
                let p = list.vec8()?;
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR_LEN, p.len() as u64);
                if x.fingerprints && x.alpn_first.is_none() {
                    x.alpn_first = Some(p.to_vec());
                }
                l.str(
                    f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR,
                    String::from_utf8_lossy(p).into_owned(),
                );
            }
        }
        43 => {
            let list: Vec<u16> = if client {
                let versions = r.vec8()?;
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSIONS_LEN,
                    versions.len() as u64,
                );
                u16s(versions)?.collect()
            } else {
                vec![r.u16()?]
            };
            for v in list {
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION, v);
                x.versions.push(v);
            }
        }
        10 => {
            let groups = r.vec16()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS_LENGTH,
                groups.len() as u64,
            );
            l.present(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS);
            for g in u16s(groups)? {
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUP, g);
                if x.fingerprints {
                    x.groups.push(g);
                }
            }
        }
        11 => {
            let formats = r.vec8()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_EC_POINT_FORMATS_LENGTH,
                formats.len() as u64,
            );
            l.present(f::tls::HANDSHAKE_EXTENSIONS_EC_POINT_FORMATS);
            for &f in formats {
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_EC_POINT_FORMAT, f);
                if x.fingerprints {
                    x.point_formats.push(f);
                }
            }
        }
        13 => {
            let list = r.vec16()?;
            sig_hash_algs(list, l)?;
            if x.fingerprints {
                x.sig_algs.extend(u16s(list)?);
            }
        }
        // delegated_credentials (34, RFC 9345) and signature_algorithms_cert
        // (50) carry SignatureScheme lists too: tshark lists them under the
        // same name; fingerprints (JA3/JA4) use extension 13 only.
        34 | 50 if client => {
            sig_hash_algs(r.vec16()?, l)?;
        }
        // key_share, and its number before TLS 1.3 draft 23 (40), which
        // tshark reads alike.
        40 | 51 => {
            if client {
                let shares = r.vec16()?;
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_CLIENT_LENGTH,
                    shares.len() as u64,
                );
                let mut list = Rd::new(shares);
                while list.left() > 0 {
                    let g = list.u16()?;
                    l.uint(f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP, g);
                    key_exchange(list.vec16()?, l);
                }
            } else if body.len() == 2 {
                // HelloRetryRequest: the selected group only (tshark's name).
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_SELECTED_GROUP,
                    r.u16()?,
                );
            } else {
                let g = r.u16()?;
                l.uint(f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP, g);
                key_exchange(r.vec16()?, l);
            }
        }
        // encrypted_server_name (draft ESNI): a ClientHello's
        // ClientEncryptedSNI (ssl_dissect_hnd_hello_ext_esni); tshark reads
        // the nonce of an EncryptedExtensions' one, which osidump reads
        // only decrypted, and nothing of a ServerHello's.
        65486 if client => {
            l.uint(f::tls::ESNI_SUITE, r.u16()?);
            let g = r.u16()?;
            l.uint(f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP, g);
            key_exchange(r.vec16()?, l);
            for (len_def, def) in [
                (
                    f::tls::ESNI_RECORD_DIGEST_LENGTH,
                    f::tls::ESNI_RECORD_DIGEST,
                ),
                (
                    f::tls::ESNI_ENCRYPTED_SNI_LENGTH,
                    f::tls::ESNI_ENCRYPTED_SNI,
                ),
            ] {
                let b = r.vec16()?;
                l.uint(len_def, b.len() as u64);
                if !b.is_empty() {
                    l.push(def, Value::Bytes(b.to_vec().into()));
                }
            }
        }
        // status_request and status_request_v2: read in a ClientHello only
        // (a server acknowledges with an empty one).
        5 if client => status_request(&mut r, false, l)?,
        17 if client => {
            let list = r.vec16()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_LIST_LEN,
                list.len() as u64,
            );
            let mut items = Rd::new(list);
            while items.left() > 0 {
                status_request(&mut items, true, l)?;
            }
        }
        65281 => {
            let info = r.vec8()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_RENEG_INFO_LEN,
                info.len() as u64,
            );
        }
        21 => {
            l.push(
                f::tls::HANDSHAKE_EXTENSIONS_PADDING_DATA,
                Value::Bytes(body.to_vec().into()),
            );
            return Ok(());
        }
        45 => {
            let modes = r.vec8()?;
            l.uint(f::tls::EXTENSION_PSK_KE_MODES_LENGTH, modes.len() as u64);
            for &m in modes {
                l.uint(f::tls::EXTENSION_PSK_KE_MODE, m);
            }
        }
        // The session ticket (empty when the client has none), and any
        // extension tshark has no decoder for (GREASE among them): its
        // bytes as "Data".
        35 => {
            l.push(
                f::tls::HANDSHAKE_EXTENSION_DATA,
                Value::Bytes(body.to_vec().into()),
            );
            return Ok(());
        }
        28 => l.uint(f::tls::RECORD_SIZE_LIMIT, r.u16()?),
        15 => l.uint(f::tls::HANDSHAKE_EXTENSION_HEARTBEAT_MODE, r.u8()?),
        // pre_shared_key (RFC 8446 4.2.11): the client's identities and
        // binders, the server's selected identity.
        41 if client => {
            let ids = r.vec16()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_PSK_IDENTITIES_LENGTH,
                ids.len() as u64,
            );
            let mut list = Rd::new(ids);
            while list.left() > 0 {
                let id = list.vec16()?;
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_PSK_IDENTITY_IDENTITY_LENGTH,
                    id.len() as u64,
                );
                l.push(
                    f::tls::HANDSHAKE_EXTENSIONS_PSK_IDENTITY_IDENTITY,
                    Value::Bytes(id.to_vec().into()),
                );
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_PSK_IDENTITY_OBFUSCATED_TICKET_AGE,
                    list.u32()?,
                );
            }
            let binders = r.vec16()?;
            l.uint(
                f::tls::HANDSHAKE_EXTENSIONS_PSK_BINDERS_LEN,
                binders.len() as u64,
            );
            l.present(f::tls::HANDSHAKE_EXTENSIONS_PSK_BINDERS);
        }
        41 => l.uint(f::tls::HANDSHAKE_EXTENSIONS_PSK_IDENTITY_SELECTED, r.u16()?),
        // ALPS (draft-vvv-tls-alps): the client's supported protocols.
        17513 if client => {
            let list = r.vec16()?;
            l.uint(f::tls::HANDSHAKE_EXTENSIONS_ALPS_LEN, list.len() as u64);
            l.present(f::tls::HANDSHAKE_EXTENSIONS_ALPS_ALPN_LIST);
            let mut names = Rd::new(list);
            while names.left() > 0 {
                let name = names.vec8()?;
                l.uint(
                    f::tls::HANDSHAKE_EXTENSIONS_ALPS_ALPN_STR_LEN,
                    name.len() as u64,
                );
                l.str(
                    f::tls::HANDSHAKE_EXTENSIONS_ALPS_ALPN_STR,
                    String::from_utf8_lossy(name).into_owned(),
                );
            }
        }
        27 if client => {
            let algorithms = r.vec8()?;
            l.uint(
                f::tls::COMPRESS_CERTIFICATE_ALGORITHMS_LENGTH,
                algorithms.len() as u64,
            );
            for a in algorithms.chunks(2) {
                if let [hi, lo] = *a {
                    l.uint(
                        f::tls::COMPRESS_CERTIFICATE_ALGORITHM,
                        u16::from_be_bytes([hi, lo]),
                    );
                }
            }
        }
        t if !tshark_decodes_extension(t) => {
            l.push(
                f::tls::HANDSHAKE_EXTENSION_DATA,
                Value::Bytes(body.to_vec().into()),
            );
            return Ok(());
        }
        _ => return Ok(()),
    }
    r.end()
}

/// The extension types packet-tls-utils.c's `ssl_dissect_hnd_extension`
/// has a case for; any other shows its bytes as `tls.handshake.extension.data`.
fn tshark_decodes_extension(t: u16) -> bool {
    matches!(
        t,
        0 | 1
            | 5
            | 9..=23
            | 27
            | 28
            | 34
            | 35
            | 40..=51
            | 53
            | 54
            | 57
            | 13172
            | 17513
            | 65281
            | 65445
            | 65486
    )
}

/// A CertificateStatusRequest (RFC 6066 8), or with `item_v2` one item of
/// a status_request_v2 list (RFC 6961 2.2, its request length after the
/// type): the status type; for OCSP and OCSP multi the responder id list
/// and the request extensions, whose lengths tshark shows and whose bytes
/// it leaves undecoded (an expert note each when not empty).
fn status_request(r: &mut Rd<'_>, item_v2: bool, l: &mut Layer<'static>) -> Result<(), String> {
    static UNDECODED: expert::Expert = expert::Expert {
        field: f::tls::HANDSHAKE_STATUS_REQUEST_UNDECODED,
        group: expert::Group::Undecoded,
        severity: expert::Severity::Note,
    };
    let t = r.u8()?;
    l.uint(f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE, t);
    if item_v2 {
        let len = r.u16()?;
        l.uint(f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_LEN, len);
    }
    if matches!(t, 1 | 2) {
        let ids = r.vec16()?;
        l.uint(
            f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_RESPONDER_IDS_LEN,
            ids.len() as u64,
        );
        if !ids.is_empty() {
            expert::add(
                l,
                &UNDECODED,
                Some(
                    "Responder ID list is not implemented, contact Wireshark developers if you \
                     want this to be supported"
                        .into(),
                ),
            );
        }
        let exts = r.vec16()?;
        l.uint(
            f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_EXTS_LEN,
            exts.len() as u64,
        );
        if !exts.is_empty() {
            expert::add(
                l,
                &UNDECODED,
                Some(
                    "Request Extensions are not implemented, contact Wireshark developers if \
                     you want this to be supported"
                        .into(),
                ),
            );
        }
    }
    Ok(())
}

/// A CertificateRequest before TLS 1.3 (RFC 5246 7.4.4): certificate
/// types<1..255>, the signature algorithms (TLS 1.2 only), then the
/// distinguished names of the CAs the server trusts, each shown by
/// tshark's x509if as a certificate's names are.
fn certificate_request(body: &[u8], tls12: bool, l: &mut Layer<'static>) {
    let mut r = Rd::new(body);
    let mut protos = Vec::new();
    let done = (|| {
        let types = r.vec8()?;
        l.uint(f::tls::HANDSHAKE_CERT_TYPES_COUNT, types.len() as u64);
        l.present(f::tls::HANDSHAKE_CERT_TYPES);
        for &t in types {
            l.uint(f::tls::HANDSHAKE_CERT_TYPE, t);
        }
        if tls12 {
            sig_hash_algs(r.vec16()?, l)?;
        }
        let names = r.vec16()?;
        l.uint(f::tls::HANDSHAKE_DNAMES_LEN, names.len() as u64);
        if !names.is_empty() {
            l.present(f::tls::HANDSHAKE_DNAMES);
        }
        let mut n = Rd::new(names);
        while n.left() > 0 {
            let dn = n.vec16()?;
            l.uint(f::tls::HANDSHAKE_DNAME_LEN, dn.len() as u64);
            l.present(f::tls::HANDSHAKE_DNAME);
            x509::distinguished_name(dn, l, &mut protos)
                .map_err(|e| format!("a distinguished name: {e}"))?;
        }
        Ok::<_, String>(())
    })();
    if !protos.is_empty() {
        l.str(f::tls::OSIDUMP_CERT_PROTOCOLS, protos.join(":"));
    }
    if let Err(e) = done {
        l.malformed(format!("CertificateRequest: {e}"));
    }
}

/// A signature_algorithms list: its length, the list item, and each
/// algorithm with its two bytes as TLS 1.2 reads them (hash, signature).
fn sig_hash_algs(list: &[u8], l: &mut Layer<'static>) -> Result<(), String> {
    l.uint(f::tls::HANDSHAKE_SIG_HASH_ALG_LEN, list.len() as u64);
    l.present(f::tls::HANDSHAKE_SIG_HASH_ALGS);
    for s in u16s(list)? {
        sig_hash_alg(l, s);
    }
    Ok(())
}

/// One signature algorithm, with its two bytes as TLS 1.2 reads them
/// (hash, signature), as tshark shows every one.
fn sig_hash_alg(l: &mut Layer<'static>, alg: u16) {
    l.uint(f::tls::HANDSHAKE_SIG_HASH_ALG, alg);
    l.uint(f::tls::HANDSHAKE_SIG_HASH_HASH, alg >> 8);
    l.uint(f::tls::HANDSHAKE_SIG_HASH_SIG, alg & 0xff);
}

/// A key share entry's key exchange: its length and bytes.
fn key_exchange(kx: &[u8], l: &mut Layer<'static>) {
    l.uint(
        f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_KEY_EXCHANGE_LENGTH,
        kx.len() as u64,
    );
    l.push(
        f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_KEY_EXCHANGE,
        Value::Bytes(kx.to_vec().into()),
    );
}

fn client_hello(
    body: &[u8],
    l: &mut Layer<'static>,
    quic: bool,
    fingerprints: bool,
    random_time: bool,
) {
    let (rest, ch) = match tls_parser::parse_tls_handshake_client_hello(body) {
        Ok(v) => v,
        Err(_) => {
            if body.len() >= 2 {
                l.uint(f::tls::HANDSHAKE_VERSION, be16(body, 0));
            }
            l.malformed(format!(
                "Client Hello of {} bytes: version, random, session id (at most 32), \
                 cipher suites and compression methods do not fit",
                body.len()
            ));
            return;
        }
    };
    l.uint(f::tls::HANDSHAKE_VERSION, ch.version.0);
    random_fields(l, ch.random, random_time);
    let sid = ch.session_id.unwrap_or(&[]);
    l.uint(f::tls::HANDSHAKE_SESSION_ID_LENGTH, sid.len() as u64);
    if !sid.is_empty() {
        l.push(
            f::tls::HANDSHAKE_SESSION_ID,
            Value::Bytes(sid.to_vec().into()),
        );
    }
    l.uint(
        f::tls::HANDSHAKE_CIPHER_SUITES_LENGTH,
        (ch.ciphers.len() * 2) as u64,
    );
    l.present(f::tls::HANDSHAKE_CIPHERSUITES);
    for c in &ch.ciphers {
        l.uint(f::tls::HANDSHAKE_CIPHERSUITE, c.0);
    }
    l.uint(f::tls::HANDSHAKE_COMP_METHODS_LENGTH, ch.comp.len() as u64);
    l.present(f::tls::HANDSHAKE_COMP_METHODS);
    for c in &ch.comp {
        l.uint(f::tls::HANDSHAKE_COMP_METHOD, c.0);
    }
    let x = match ch.ext {
        Some(ext) => extensions(ext, true, l, fingerprints),
        None => Exts {
            whole: true,
            ..Exts::default()
        },
    };
    if !rest.is_empty() {
        l.malformed(trailing(rest, ch.ext.is_none()));
    }
    // Like tshark, no fingerprint of a hello whose extension list is cut.
    if !x.whole || !rest.is_empty() || !fingerprints {
        return;
    }
    let ciphers: Vec<u16> = ch.ciphers.iter().map(|c| c.0).collect();
    // tshark's order: ja3_full, then ja3.
    let full = ja3_full(ch.version.0, &ciphers, &x);
    let hash = md5_hex(&full);
    l.str(f::tls::HANDSHAKE_JA3_FULL, full);
    l.str(f::tls::HANDSHAKE_JA3, hash);
    let mut j4 = ja4(ch.version.0, &ciphers, &x);
    if quic {
        // JA4's transport: `q` for QUIC.
        j4.replace_range(..1, "q");
    }
    l.str(f::tls::HANDSHAKE_JA4, j4);
}

/// A hello's random, and unless TLS 1.3 its first four bytes as a time
/// (`tls.handshake.random_time`) and the rest (`random_bytes`).
fn random_fields(l: &mut Layer<'static>, random: &[u8], with_time: bool) {
    l.push(
        f::tls::HANDSHAKE_RANDOM,
        Value::Bytes(random.to_vec().into()),
    );
    if with_time && random.len() == 32 {
        let secs = u32::from_be_bytes([random[0], random[1], random[2], random[3]]);
        l.push(
            f::tls::HANDSHAKE_RANDOM_TIME,
            Value::Time(crate::source::Timestamp {
                secs: i64::from(secs),
                nanos: 0,
            }),
        );
        l.push(
            f::tls::HANDSHAKE_RANDOM_BYTES,
            Value::Bytes(random[4..].to_vec().into()),
        );
    }
}

/// The version a ServerHello body chooses, as packet-tls.c's
/// tls_scan_server_hello finds it: a TLS 1.2 hello's supported_versions
/// extension of one version, else its own version; TLS 1.3 drafts count
/// as TLS 1.3.
fn scanned_version(body: &[u8]) -> u16 {
    let own = if body.len() >= 2 { be16(body, 0) } else { 0 };
    let mut chosen = own;
    if own == 0x0303 && body.len() >= 46 {
        let sid = usize::from(body[34]);
        let mut i = 35 + sid + 5;
        while i + 6 <= body.len() {
            let t = be16(body, i);
            let len = usize::from(be16(body, i + 2));
            if i + 4 + len > body.len() {
                break;
            }
            if t == 43 && len == 2 {
                chosen = be16(body, i + 4);
                break;
            }
            i += 4 + len;
        }
    }
    known_version(chosen).unwrap_or(chosen)
}

fn trailing(rest: &[u8], no_ext: bool) -> String {
    if no_ext && rest.len() >= 2 {
        format!(
            "extensions length {} exceeds the {} bytes left in the message",
            be16(rest, 0),
            rest.len() - 2
        )
    } else {
        format!("{} bytes after the hello's last field", rest.len())
    }
}

/// The parts of a ServerHello as [`server_hello`] reads them: what is
/// left after it, version, random, session id (none before TLS 1.3 draft
/// 22), cipher, compression method (likewise), the extensions block.
type HelloParts<'a> = (
    &'a [u8],
    u16,
    &'a [u8],
    Option<&'a [u8]>,
    u16,
    Option<u8>,
    Option<&'a [u8]>,
);

/// A ServerHello of a TLS 1.3 draft before 22 (version 0x7f01 to 0x7f15):
/// version, random, cipher suite, extensions, without the session id and
/// compression method later drafts brought back (packet-tls-utils.c skips
/// both when `tls13_draft_version` is below 22). `None` for any other
/// version, or when the fixed part does not fit.
fn draft_server_hello(body: &[u8]) -> Option<HelloParts<'_>> {
    let version = be16(body.get(..2)?, 0);
    if !(0x7f01..=0x7f15).contains(&version) {
        return None;
    }
    let random = body.get(2..34)?;
    let cipher = be16(body.get(34..36)?, 0);
    let rest = &body[36..];
    match rest.get(..2).map(|b| usize::from(be16(b, 0))) {
        Some(n) if rest.len() >= 2 + n => Some((
            &rest[2 + n..],
            version,
            random,
            None,
            cipher,
            None,
            Some(&rest[2..2 + n]),
        )),
        _ => Some((rest, version, random, None, cipher, None, None)),
    }
}

/// How many bytes at the start of `b` are whole handshake messages (all of
/// it when not even the first is).
fn whole_messages(b: &[u8]) -> usize {
    let mut at = 0;
    while let Some(h) = b.get(at..at + 4) {
        let end = at + 4 + be24(h, 1);
        if end > b.len() {
            break;
        }
        at = end;
    }
    if at == 0 { b.len() } else { at }
}

/// What a ServerHello says about TLS 1.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tls13 {
    No,
    /// A HelloRetryRequest for TLS 1.3: the next ClientHello is in clear.
    HelloRetry,
    /// A TLS 1.3 ServerHello: every later handshake record is encrypted.
    Chosen,
}

fn server_hello(body: &[u8], l: &mut Layer<'static>, fingerprints: bool) -> Tls13 {
    // A DTLS ServerHello (its body is TLS 1.2's) is read as one with the
    // version TLS 1.2, which tls-parser takes; its own version is shown.
    let dtls = body.len() >= 2 && matches!(be16(body, 0), 0xfeff | 0xfefd | 0x0100);
    let patched;
    let parsed = if dtls {
        let mut v = body.to_vec();
        v[..2].copy_from_slice(&[3, 3]);
        patched = v;
        &patched[..]
    } else {
        body
    };
    let (rest, version, random, sid, cipher, comp, ext) = if let Some(d) = draft_server_hello(body)
    {
        d
    } else {
        match tls_parser::parse_tls_handshake_msg_server_hello(parsed) {
            Ok((rest, TlsMessageHandshake::ServerHello(sh))) => (
                rest,
                sh.version.0,
                sh.random,
                Some(sh.session_id.unwrap_or(&[])),
                sh.cipher.0,
                Some(sh.compression.0),
                sh.ext,
            ),
            Ok((rest, TlsMessageHandshake::ServerHelloV13Draft18(sh))) => (
                rest,
                sh.version.0,
                sh.random,
                None,
                sh.cipher.0,
                None,
                sh.ext,
            ),
            _ => {
                if body.len() >= 2 {
                    l.uint(f::tls::HANDSHAKE_VERSION, be16(body, 0));
                }
                l.malformed(format!(
                    "Server Hello of {} bytes does not parse (version 0x0300..=0x0303 or a TLS \
                     1.3 draft, random, session id of at most 32, cipher, compression)",
                    body.len()
                ));
                // packet-tls.c sets the session's version from what it
                // scans of the hello before reading its fields: a hello
                // choosing TLS 1.3 makes it TLS 1.3 even when malformed.
                let hrr = body.get(2..34).is_some_and(|r| r == HRR_RANDOM);
                return match (is_tls13(scanned_version(body)), hrr) {
                    (false, _) => Tls13::No,
                    (true, true) => Tls13::HelloRetry,
                    (true, false) => Tls13::Chosen,
                };
            }
        }
    };
    // tls-parser reads no extensions after an SSL 3.0 hello; packet-tls.c
    // reads a block that fills the rest of the message (OpenSSL's SSL 3.0
    // servers send renegotiation_info).
    let (rest, ext) = match ext {
        None if rest.len() >= 2 && usize::from(be16(rest, 0)) == rest.len() - 2 => {
            (&rest[rest.len()..], Some(&rest[2..]))
        }
        _ => (rest, ext),
    };
    let version = if dtls { be16(body, 0) } else { version };
    l.uint(f::tls::HANDSHAKE_VERSION, version);
    // packet-tls.c reads the version a ServerHello chooses before its
    // fields (tls_scan_server_hello): TLS 1.3's random has no time.
    random_fields(l, random, scanned_version(body) != 0x0304);
    let hrr = random == HRR_RANDOM;
    if let Some(sid) = sid {
        l.uint(f::tls::HANDSHAKE_SESSION_ID_LENGTH, sid.len() as u64);
        if !sid.is_empty() {
            l.push(
                f::tls::HANDSHAKE_SESSION_ID,
                Value::Bytes(sid.to_vec().into()),
            );
        }
    }
    l.uint(f::tls::HANDSHAKE_CIPHERSUITE, cipher);
    if let Some(c) = comp {
        l.uint(f::tls::HANDSHAKE_COMP_METHOD, c);
    }
    if hrr {
        l.boolean(f::tls::OSIDUMP_HELLO_RETRY_REQUEST, true);
    }
    let x = match ext {
        Some(ext) => extensions_of(ext, false, l, fingerprints, version),
        None => Exts {
            whole: true,
            ..Exts::default()
        },
    };
    if !rest.is_empty() {
        l.malformed(trailing(rest, ext.is_none()));
    }
    let chosen = x.versions.first().copied().unwrap_or(version);
    let tls13 = match (is_tls13(chosen), hrr) {
        (false, _) => Tls13::No,
        (true, true) => Tls13::HelloRetry,
        (true, false) => Tls13::Chosen,
    };
    if !x.whole || !rest.is_empty() || !fingerprints {
        return tls13;
    }
    let full = format!(
        "{},{},{}",
        version,
        cipher,
        hex_join(x.types.iter().filter(|t| !is_grease(**t)))
    );
    let hash = md5_hex(&full);
    l.str(f::tls::HANDSHAKE_JA3S_FULL, full);
    l.str(f::tls::HANDSHAKE_JA3S, hash);
    tls13
}

fn certificate(body: &[u8], l: &mut Layer<'static>) {
    if body.len() >= 3 {
        l.uint(f::tls::HANDSHAKE_CERTIFICATES_LENGTH, be24(body, 0) as u64);
    }
    let chain = match tls_parser::parse_tls_handshake_msg_certificate(body) {
        Ok((_, TlsMessageHandshake::Certificate(c))) => c.cert_chain,
        _ => {
            l.malformed(format!(
                "certificate list does not fit the {} bytes of the message",
                body.len()
            ));
            return;
        }
    };
    let ders: Vec<&[u8]> = chain.iter().map(|c| c.data).collect();
    certificates(&ders, l);
}

/// A TLS 1.3 Certificate (RFC 8446 4.4.2): a request context, then each
/// certificate followed by its extensions.
fn certificate13(body: &[u8], l: &mut Layer<'static>) {
    let mut r = Rd::new(body);
    let list = (|| {
        r.vec8()?;
        let n = (usize::from(r.u8()?) << 16) | usize::from(r.u16()?);
        r.take(n)
    })();
    let Ok(list) = list else {
        l.malformed(format!(
            "TLS 1.3 certificate list does not fit the {} bytes of the message",
            body.len()
        ));
        return;
    };
    l.uint(f::tls::HANDSHAKE_CERTIFICATES_LENGTH, list.len() as u64);
    let mut r = Rd::new(list);
    let mut ders = Vec::new();
    while r.left() > 0 {
        let one = (|| {
            let n = (usize::from(r.u8()?) << 16) | usize::from(r.u16()?);
            let der = r.take(n)?;
            let ext = r.vec16()?;
            Ok::<_, String>((der, ext))
        })();
        match one {
            Ok(d) => ders.push(d),
            Err(e) => {
                l.malformed(format!("TLS 1.3 certificate entry: {e}"));
                break;
            }
        }
    }
    let (certs, exts): (Vec<&[u8]>, Vec<&[u8]>) = ders.into_iter().unzip();
    certificates(&certs, l);
    // Each entry's own extensions (OCSP status, SCTs), usually none.
    for ext in exts {
        extensions(ext, false, l, false);
    }
}

/// A CertificateStatus (RFC 6066 8, RFC 6961 2.2): its type, then the
/// OCSP response (or each of a list's), as tshark's OCSP dissector shows
/// it inside the handshake.
fn certificate_status(body: &[u8], l: &mut Layer<'static>) {
    let Some(&t) = body.first() else {
        return;
    };
    l.uint(f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE, t);
    let mut protos = Vec::new();
    let mut one = |r: &[u8], l: &mut Layer<'static>| -> Option<usize> {
        let len = (r.len() >= 3).then(|| be24(r, 0))?;
        l.uint(f::tls::HANDSHAKE_OCSP_RESPONSE_LEN, len as u64);
        let Some(der) = r.get(3..3 + len) else {
            l.malformed(format!(
                "OCSP response of {len} bytes in {} left",
                r.len() - 3
            ));
            return None;
        };
        if let Err(e) = x509::ocsp::response(der, l, &mut protos) {
            l.malformed(format!("OCSP response does not decode: {e}"));
        }
        Some(3 + len)
    };
    match t {
        1 => {
            one(&body[1..], l);
        }
        2 if body.len() >= 4 => {
            let n = be24(body, 1);
            l.uint(f::tls::HANDSHAKE_OCSP_RESPONSE_LIST_LEN, n as u64);
            let mut r = body.get(4..4 + n).unwrap_or(&body[4..]);
            while !r.is_empty() {
                match one(r, l) {
                    Some(used) => r = &r[used..],
                    None => break,
                }
            }
        }
        _ => {}
    }
    if !protos.is_empty() {
        l.str(f::tls::OSIDUMP_CERT_PROTOCOLS, protos.join(":"));
    }
}

/// The rest of a TLS 1.3 NewSessionTicket (RFC 8446 4.6.1) after its
/// lifetime: age add, nonce, ticket, then extensions (early_data).
/// A NewSessionTicket of TLS 1.2 (RFC 5077): after its lifetime hint,
/// the ticket.
fn new_session_ticket12(body: &[u8], l: &mut Layer<'static>) {
    let mut r = Rd::new(body);
    let read = (|| {
        r.take(4)?;
        let len = r.u16()?;
        l.uint(f::tls::HANDSHAKE_SESSION_TICKET_LENGTH, len);
        let ticket = r.take(usize::from(len))?;
        l.push(
            f::tls::HANDSHAKE_SESSION_TICKET,
            Value::Bytes(std::borrow::Cow::Owned(ticket.to_vec())),
        );
        Ok::<(), String>(())
    })();
    if let Err(e) = read {
        l.malformed(format!("NewSessionTicket: {e}"));
    }
}

fn new_session_ticket13(body: &[u8], l: &mut Layer<'static>) {
    let mut r = Rd::new(body);
    let ext = (|| {
        r.take(4)?;
        let age_add = r.take(4)?;
        l.uint(
            f::tls::HANDSHAKE_SESSION_TICKET_AGE_ADD,
            u32::from_be_bytes([age_add[0], age_add[1], age_add[2], age_add[3]]),
        );
        let nonce = r.vec8()?;
        l.uint(
            f::tls::HANDSHAKE_SESSION_TICKET_NONCE_LENGTH,
            nonce.len() as u64,
        );
        l.push(
            f::tls::HANDSHAKE_SESSION_TICKET_NONCE,
            Value::Bytes(std::borrow::Cow::Owned(nonce.to_vec())),
        );
        let ticket = r.vec16()?;
        l.uint(f::tls::HANDSHAKE_SESSION_TICKET_LENGTH, ticket.len() as u64);
        l.push(
            f::tls::HANDSHAKE_SESSION_TICKET,
            Value::Bytes(std::borrow::Cow::Owned(ticket.to_vec())),
        );
        r.vec16()
    })();
    match ext {
        Ok(ext) => {
            extensions(ext, false, l, false);
        }
        Err(e) => l.malformed(format!("NewSessionTicket: {e}")),
    }
}

/// Each certificate of a chain: its length, its bytes, its X.509 fields
/// as tshark's ASN.1 dissectors show them ([`x509`]), then our summary
/// (subject, issuer, validity, by `x509-parser`). The protocols tshark
/// lists for the chain go to `osidump.tls.cert.protocols`, which
/// `frame.protocols` reads.
fn certificates(chain: &[&[u8]], l: &mut Layer<'static>) {
    if !chain.is_empty() {
        l.present(f::tls::HANDSHAKE_CERTIFICATES);
    }
    let mut protos = Vec::new();
    for (n, der) in chain.iter().enumerate() {
        l.uint(f::tls::HANDSHAKE_CERTIFICATE_LENGTH, der.len() as u64);
        certificate_tree(n, der, l, &mut protos);
    }
    if !protos.is_empty() {
        l.str(f::tls::OSIDUMP_CERT_PROTOCOLS, protos.join(":"));
    }
}

/// One certificate's bytes, its X.509 fields and our summary of it.
fn certificate_tree(n: usize, der: &[u8], l: &mut Layer<'static>, protos: &mut Vec<&'static str>) {
    l.push(
        f::tls::HANDSHAKE_CERTIFICATE,
        Value::Bytes(der.to_vec().into()),
    );
    let walked = x509::certificate(der, l, protos);
    if let Err(e) = walked {
        l.malformed(format!("certificate {}: X.509 does not decode: {e}", n + 1));
    }
    match x509_parser::parse_x509_certificate(der) {
        Ok((_, c)) => {
            let cn = |name: &x509_parser::x509::X509Name| {
                name.iter_common_name()
                    .next()
                    .and_then(|a| a.as_str().ok())
                    .map(str::to_string)
            };
            l.str(f::tls::OSIDUMP_CERT_SUBJECT, c.subject().to_string());
            if let Some(s) = cn(c.subject()) {
                l.str(f::tls::OSIDUMP_CERT_SUBJECT_CN, s);
            }
            l.str(f::tls::OSIDUMP_CERT_ISSUER, c.issuer().to_string());
            if let Some(s) = cn(c.issuer()) {
                l.str(f::tls::OSIDUMP_CERT_ISSUER_CN, s);
            }
            let v = c.validity();
            l.push(
                f::tls::OSIDUMP_CERT_NOT_BEFORE,
                Value::Time(Timestamp::new(v.not_before.timestamp(), 0)),
            );
            l.push(
                f::tls::OSIDUMP_CERT_NOT_AFTER,
                Value::Time(Timestamp::new(v.not_after.timestamp(), 0)),
            );
        }
        // The walk above said why already.
        Err(_) if walked.is_err() => {}
        Err(e) => l.malformed(format!("certificate {}: X.509 does not parse: {e}", n + 1)),
    }
}

#[cfg(test)]
mod tests;

// ---------------------------------------------------------------- spec

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "tls",
    also: &[],
    title: "Transport Layer Security",
    osi: Osi::Presentation,
    fields: f::tls::ALL,
    summary: summary_into,
    info: Some(summary::info),
    column: Some(summary::column),
    app: Some(AppSpec {
        // `ssl` is Wireshark's old name.
        decode_as: &["tls", "ssl"],
        tcp_ports: &[443, 465, 636, 853, 993, 995, 8443],
        udp_ports: &[],
        probe_tcp: Some(probe),
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

/// A record version tshark takes for the connection's: SSL 3.0 to TLS 1.3,
/// TLS 1.3 drafts read as TLS 1.3.
fn known_version(v: u16) -> Option<u16> {
    match v {
        0x0300..=0x0304 => Some(v),
        0x7f00..=0x7fff => Some(0x0304),
        _ => None,
    }
}

/// The summary of a `tls` layer without fields: the segment where a
/// record spanning segments starts (its fields are shown where it ends).
pub const RECORD_STARTS: &str = "Start of a record that later segments complete";

fn summary_into(out: &mut String, l: &Layer<'_>) {
    out.push_str(&summary(l));
}

/// A TLS decoder for a TCP conversation (by port, by its first bytes, or
/// on a hello later in a conversation nothing took).
pub fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(TlsDecoder::new()))
}

/// A TLS decoder for a TCP conversation another protocol, `app` (tshark's
/// long name), hands over on STARTTLS ([`TlsDecoder::after_starttls`]); a
/// segment it refuses goes to the port's own dissector again.
pub fn new_starttls_stream(app: &'static str) -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(TlsDecoder::after_starttls(
        app,
    )))
}
