//! The dissection tree: what every decoder produces and every renderer reads.
//!
//! A [`Dissection`] is the frame's layers in wire order. Each [`Layer`] is
//! tagged with its OSI number, names its protocol with Wireshark's short name,
//! covers a byte span of the frame, and carries typed [`Field`]s named with
//! Wireshark display-filter names (our own extras start with `osidump.`).
//! Values borrow the frame's bytes where they can; nothing here is formatted
//! until a renderer asks.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use super::field::FieldDef;
use crate::source::Timestamp;

/// The seven OSI layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Osi {
    Physical = 1,
    DataLink = 2,
    Network = 3,
    Transport = 4,
    Session = 5,
    Presentation = 6,
    Application = 7,
}

impl Osi {
    pub const ALL: [Osi; 7] = [
        Osi::Physical,
        Osi::DataLink,
        Osi::Network,
        Osi::Transport,
        Osi::Session,
        Osi::Presentation,
        Osi::Application,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }

    /// The layer numbered `n`, clamped to 1–7.
    pub fn from_number(n: u8) -> Osi {
        Osi::ALL[usize::from(n.clamp(1, 7)) - 1]
    }

    pub fn name(self) -> &'static str {
        match self {
            Osi::Physical => "Physical",
            Osi::DataLink => "Data link",
            Osi::Network => "Network",
            Osi::Transport => "Transport",
            Osi::Session => "Session",
            Osi::Presentation => "Presentation",
            Osi::Application => "Application",
        }
    }

    /// The layer above, saturating at Application.
    pub fn above(self) -> Osi {
        Osi::ALL[(self.number() as usize).min(6)]
    }
}

/// A typed field value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    UInt(u64),
    Int(i64),
    Bool(bool),
    Str(Cow<'a, str>),
    Mac([u8; 6]),
    Ipv4([u8; 4]),
    Ipv6([u8; 16]),
    /// Absolute time, rendered as `secs.nanoseconds` like `frame.time_epoch`.
    Time(Timestamp),
    /// A time difference (`dns.time`, `http.time`, `frame.time_relative`),
    /// rendered as seconds with nine decimals.
    RelTime(TimeSpan),
    Double(f64),
    /// An `FT_FLOAT`: a single-precision float, printed with 6 significant
    /// digits (`%.6g`, FLT_DIG) where a double has 15, and compared in a
    /// filter as the double it widens to, as tshark keeps it.
    Float(f32),
    /// Raw bytes, rendered as plain hex like tshark's JSON.
    Bytes(Cow<'a, [u8]>),
    /// A label with no value (`FT_NONE`, `FT_PROTOCOL`): present or not.
    None,
}

/// A signed time difference as Wireshark's `nstime_t` holds one: whole
/// seconds and nanoseconds of the same sign. Seconds, not one count of
/// nanoseconds, because a capture's times can lie further apart than an
/// `i64` of nanoseconds reaches (292 years: pcapng timestamps read with
/// a garbage resolution), and tshark still prints their difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeSpan {
    secs: i64,
    nanos: i32,
}

impl TimeSpan {
    /// `ns` nanoseconds, saturating past an `i64` of seconds.
    pub fn from_nanos(ns: impl Into<i128>) -> TimeSpan {
        let ns: i128 = ns.into();
        // Nearly every span fits an i64 of nanoseconds, whose division is
        // a multiply; an i128 division is a library call (every packet
        // has five or six of these).
        if let Ok(n) = i64::try_from(ns) {
            return TimeSpan {
                secs: n / 1_000_000_000,
                nanos: (n % 1_000_000_000) as i32,
            };
        }
        let secs = ns / 1_000_000_000;
        match i64::try_from(secs) {
            Ok(secs) => TimeSpan {
                secs,
                nanos: (ns % 1_000_000_000) as i32,
            },
            Err(_) if ns < 0 => TimeSpan {
                secs: i64::MIN,
                nanos: -999_999_999,
            },
            Err(_) => TimeSpan {
                secs: i64::MAX,
                nanos: 999_999_999,
            },
        }
    }

    pub fn as_nanos(self) -> i128 {
        i128::from(self.secs) * 1_000_000_000 + i128::from(self.nanos)
    }

    pub fn is_negative(self) -> bool {
        self.secs < 0 || self.nanos < 0
    }

    /// Whole seconds and nanoseconds of the absolute value.
    pub fn unsigned_parts(self) -> (u64, u32) {
        (self.secs.unsigned_abs(), self.nanos.unsigned_abs())
    }
}

impl Value<'_> {
    /// A time difference of `ns` nanoseconds.
    pub fn rel_time(ns: impl Into<i128>) -> Value<'static> {
        Value::RelTime(TimeSpan::from_nanos(ns))
    }

    /// Whether dropping the value frees memory (an owned string or bytes).
    pub fn owns_memory(&self) -> bool {
        matches!(
            self,
            Value::Str(Cow::Owned(_)) | Value::Bytes(Cow::Owned(_))
        )
    }

    /// The same value, owning its bytes.
    pub fn into_owned(self) -> Value<'static> {
        match self {
            Value::UInt(v) => Value::UInt(v),
            Value::Int(v) => Value::Int(v),
            Value::Bool(v) => Value::Bool(v),
            Value::Str(s) => Value::Str(Cow::Owned(s.into_owned())),
            Value::Mac(m) => Value::Mac(m),
            Value::Ipv4(a) => Value::Ipv4(a),
            Value::Ipv6(a) => Value::Ipv6(a),
            Value::Time(t) => Value::Time(t),
            Value::RelTime(t) => Value::RelTime(t),
            Value::Double(v) => Value::Double(v),
            Value::Float(v) => Value::Float(v),
            Value::Bytes(b) => Value::Bytes(Cow::Owned(b.into_owned())),
            Value::None => Value::None,
        }
    }
}

impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_text(f)
    }
}

impl Value<'_> {
    /// The display form (what `{}` prints) written to any text sink: JSON
    /// writes it straight into its buffer, without a `Formatter`.
    //
    // Every packet's addresses, ports and times pass through here: each is
    // written with its own small routine into one `write_str`, not through
    // the formatting machinery (integer padding, `Ipv4Addr`'s own
    // `Display`), which was a tenth of the line view's instructions.
    // Formatter flags are ignored, as before (each value was written with
    // a `write!` of its own, which starts afresh).
    pub fn write_text<W: fmt::Write + ?Sized>(&self, f: &mut W) -> fmt::Result {
        match self {
            Value::UInt(v) => f.write_str(itoa::Buffer::new().format(*v)),
            Value::Int(v) => f.write_str(itoa::Buffer::new().format(*v)),
            Value::Bool(v) => f.write_str(if *v { "true" } else { "false" }),
            Value::Str(s) => f.write_str(s),
            Value::Mac(m) => f.write_str(ascii(&mac_text(m))),
            Value::Ipv4(a) => {
                let (b, n) = ipv4_text(a);
                f.write_str(ascii(&b[..n]))
            }
            Value::Ipv6(a) => {
                let (b, n) = ipv6_text(a);
                f.write_str(ascii(&b[..n]))
            }
            Value::Time(t) => write_epoch(f, *t),
            Value::RelTime(t) => {
                if t.is_negative() {
                    f.write_str("-")?;
                }
                let (secs, nanos) = t.unsigned_parts();
                write_seconds(f, secs, u64::from(nanos))
            }
            Value::Double(v) => write_g(f, *v, 15),
            Value::Float(v) => write_g(f, f64::from(*v), 6),
            Value::None => Ok(()),
            // Plain hex, as tshark's -T json and -T fields print bytes.
            Value::Bytes(b) => write_plain_hex(f, b),
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The two lowercase hex digits of every byte (the renderers' payload
/// hex reads them a byte at a time).
pub(crate) static HEX_PAIRS: [[u8; 2]; 256] = {
    let mut t = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = [HEX[i >> 4], HEX[i & 0xf]];
        i += 1;
    }
    t
};

/// A double as Wireshark writes `FT_DOUBLE` values (`g_ascii_formatd` with
/// `%.15g`, DBL_DIG significant digits): `0.008`, `1500`, `1.5e-05`,
/// `1e+20`; trailing zeros dropped.
/// Bytes as plain lower-case hex (`0240`), by faster-hex's SIMD encoder
/// a stack chunk at a time (under one instruction a byte, where a
/// digit-pair table took four and a half; a payload's hex is the largest
/// value of a packet). The chunk always has room, so encoding never fails.
pub(crate) fn write_plain_hex<W: fmt::Write + ?Sized>(f: &mut W, b: &[u8]) -> fmt::Result {
    let mut chunk = [0u8; 512];
    for part in b.chunks(256) {
        if let Ok(hex) = faster_hex::hex_encode(part, &mut chunk) {
            f.write_str(hex)?;
        }
    }
    Ok(())
}

/// `FT_FLOAT` values likewise with `%.6g` (FLT_DIG): `1.25e+06`.
fn write_g<W: fmt::Write + ?Sized>(f: &mut W, v: f64, digits: usize) -> fmt::Result {
    if !v.is_finite() {
        return f.write_str(if v.is_nan() {
            "nan"
        } else if v > 0.0 {
            "inf"
        } else {
            "-inf"
        });
    }
    if v == 0.0 {
        return f.write_str(if v.is_sign_negative() { "-0" } else { "0" });
    }
    // Rounded to the significant digits first: the exponent is the rounded
    // value's (9.9999999999999999 is 1e+01's, not 9's).
    let sci = format!("{:.*e}", digits - 1, v);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let trim = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if exp < -4 || exp >= digits as i32 {
        let sign = if exp < 0 { '-' } else { '+' };
        write!(f, "{}e{sign}{:02}", trim(mantissa), exp.unsigned_abs())
    } else {
        let decimals = (digits as i32 - 1 - exp).max(0) as usize;
        f.write_str(&trim(&format!("{v:.decimals$}")))
    }
}

/// A MAC address as `02:a3:35:94:00:01`, in a stack buffer: what
/// [`Value::write_text`] and the JSON writer both print.
pub(crate) fn mac_text(m: &[u8; 6]) -> [u8; 17] {
    let mut b = [b':'; 17];
    for (i, byte) in m.iter().enumerate() {
        b[i * 3] = HEX[usize::from(byte >> 4)];
        b[i * 3 + 1] = HEX[usize::from(byte & 0xf)];
    }
    b
}

/// An IPv4 address in dotted decimal, in a stack buffer, and its length:
/// what [`Value::write_text`] and the JSON writer both print.
pub(crate) fn ipv4_text(a: &[u8; 4]) -> ([u8; 15], usize) {
    let mut b = [0u8; 15];
    let mut n = 0;
    for (i, octet) in a.iter().enumerate() {
        if i > 0 {
            b[n] = b'.';
            n += 1;
        }
        n += decimal_u8(&mut b[n..], *octet);
    }
    (b, n)
}

/// An IPv6 address as Wireshark writes it (its `ws_inet_ntop6`, after
/// BIND's): RFC 5952's text (the first longest run of two or more zero
/// groups as `::`), an IPv4-mapped address as `::ffff:a.b.c.d`, and an
/// IPv4-compatible one (six zero groups, then a non-zero one) as
/// `::a.b.c.d`, where std's `Ipv6Addr` writes `::102:304`. In a stack
/// buffer, with its length: what [`Value::write_text`], the tree view and
/// `ipv6.src_host` print (std's formatter took some 1,100 instructions an
/// address).
pub(crate) fn ipv6_text(a: &[u8; 16]) -> ([u8; 39], usize) {
    let mut b = [0u8; 39];
    let mapped = a[..10] == [0; 10] && a[10] == 0xff && a[11] == 0xff;
    let compatible = a[..12] == [0; 12] && (a[12] != 0 || a[13] != 0);
    if mapped || compatible {
        let at = if mapped {
            b[..7].copy_from_slice(b"::ffff:");
            7
        } else {
            b[..2].copy_from_slice(b"::");
            2
        };
        let (v4, n) = ipv4_text(&[a[12], a[13], a[14], a[15]]);
        b[at..at + n].copy_from_slice(&v4[..n]);
        return (b, at + n);
    }
    let group = |i: usize| u16::from_be_bytes([a[2 * i], a[2 * i + 1]]);
    // The first longest run of zero groups.
    let (mut zero_at, mut zero_len, mut run_at, mut run_len) = (0, 0, 0, 0);
    for i in 0..8 {
        if group(i) == 0 {
            if run_len == 0 {
                run_at = i;
            }
            run_len += 1;
            if run_len > zero_len {
                (zero_at, zero_len) = (run_at, run_len);
            }
        } else {
            run_len = 0;
        }
    }
    if zero_len < 2 {
        (zero_at, zero_len) = (8, 0);
    }
    let mut n = 0;
    let put = |b: &mut [u8; 39], n: &mut usize, g: u16| {
        let digits = (16 - g.leading_zeros() as usize).div_ceil(4).max(1);
        for k in (0..digits).rev() {
            b[*n] = HEX[usize::from((g >> (4 * k)) & 0xf)];
            *n += 1;
        }
    };
    for i in 0..zero_at {
        if i > 0 {
            b[n] = b':';
            n += 1;
        }
        put(&mut b, &mut n, group(i));
    }
    if zero_len > 0 {
        b[n..n + 2].copy_from_slice(b"::");
        n += 2;
        for i in zero_at + zero_len..8 {
            if i > zero_at + zero_len {
                b[n] = b':';
                n += 1;
            }
            put(&mut b, &mut n, group(i));
        }
    }
    (b, n)
}

/// Bytes written from ASCII digits, letters and punctuation (the text of
/// numbers, addresses, times and hex), as text; empty if they are not
/// ASCII, which no caller passes. `is_ascii` is the whole check UTF-8
/// needs here: `from_utf8` cost some 80 instructions a call, and a `-V`
/// packet makes some 35 such texts.
pub(crate) fn ascii(b: &[u8]) -> &str {
    if b.is_ascii() {
        // SAFETY: ASCII bytes are valid UTF-8 (checked just above).
        unsafe { std::str::from_utf8_unchecked(b) }
    } else {
        ""
    }
}

/// `v` in decimal at the start of `out` (room for 3); its length.
fn decimal_u8(out: &mut [u8], v: u8) -> usize {
    if v >= 100 {
        out[..3].copy_from_slice(&[b'0' + v / 100, b'0' + v / 10 % 10, b'0' + v % 10]);
        3
    } else if v >= 10 {
        out[..2].copy_from_slice(&[b'0' + v / 10, b'0' + v % 10]);
        2
    } else {
        out[0] = b'0' + v;
        1
    }
}

/// `secs.nnnnnnnnn`: whole seconds, then nine digits of nanoseconds.
fn write_seconds<W: fmt::Write + ?Sized>(
    f: &mut W,
    secs: impl itoa::Integer,
    nanos: u64,
) -> fmt::Result {
    f.write_str(itoa::Buffer::new().format(secs))?;
    if nanos >= 1_000_000_000 {
        return write!(f, ".{nanos:09}");
    }
    let mut b = *b".000000000";
    let mut n = nanos;
    for d in b[1..].iter_mut().rev() {
        *d = b'0' + (n % 10) as u8;
        n /= 10;
    }
    f.write_str(ascii(&b))
}

/// `secs.nnnnnnnnn`, with negative times written the way tshark does
/// (`-1.5` is `-1.500000000`).
fn write_epoch<W: fmt::Write + ?Sized>(f: &mut W, t: Timestamp) -> fmt::Result {
    if t.secs < 0 && t.nanos > 0 {
        let total = t.as_nanos();
        let abs = total.unsigned_abs();
        f.write_str("-")?;
        write_seconds(f, abs / 1_000_000_000, (abs % 1_000_000_000) as u64)
    } else {
        write_seconds(f, t.secs, u64::from(t.nanos))
    }
}

/// One value of a registered field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field<'a> {
    pub def: &'static FieldDef,
    pub value: Value<'a>,
}

impl Field<'_> {
    /// The Wireshark display-filter name.
    pub fn name(&self) -> &'static str {
        self.def.name
    }
}

/// Why a layer could not be decoded whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnomalyKind {
    /// The capture stopped short (snap length): the packet itself may be fine.
    Truncated,
    /// The packet contradicts itself or its protocol.
    Malformed,
    /// Stream bytes that never arrived (a gap reassembly had to skip).
    Missing,
    /// State dropped to keep memory bounded (reassembly caps).
    Evicted,
}

impl AnomalyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AnomalyKind::Truncated => "truncated",
            AnomalyKind::Malformed => "malformed",
            AnomalyKind::Missing => "missing",
            AnomalyKind::Evicted => "evicted",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anomaly {
    pub kind: AnomalyKind,
    pub reason: String,
}

impl fmt::Display for Anomaly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.as_str(), self.reason)
    }
}

/// An exception a decoder threw, as Wireshark's dissectors throw one when
/// they read past the end of their bytes: past what was captured but not
/// past what the packet says it holds (`BoundsError`: the capture was cut
/// short, `_ws.short`), or past what the packet says it holds
/// (`ReportedBoundsError`: the packet is malformed, `_ws.malformed`).
/// Decoding of the layer stops there; the frame's exception is that of the
/// last layer that threw (see [`crate::dissect::expert::exceptions`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thrown {
    /// [`AnomalyKind::Truncated`] (`BoundsError`) or
    /// [`AnomalyKind::Malformed`] (`ReportedBoundsError`).
    pub kind: AnomalyKind,
    /// The filter name of the protocol whose dissector threw (tshark's
    /// `pinfo->current_proto`): the layer's, or one inside it
    /// (`ipv6.hopopts`).
    pub protocol: &'static str,
    /// A malformed read inside an item that claims more bytes than the
    /// one containing it (`ContainedBoundsError`, which says so).
    pub contained: bool,
    /// A `ReassemblyError` with its message (kind [`AnomalyKind::Malformed`]).
    pub reassembly: Option<&'static str>,
    /// A `DissectorError` with its message (kind
    /// [`AnomalyKind::Malformed`]): tshark shows `[Dissector bug, protocol
    /// PROTO: MESSAGE]` (LDAP's filters past tshark's tree depth).
    pub bug: Option<&'static str>,
    /// A read past the end of an IPv4 first fragment dissected without
    /// reassembly (tshark's `FragmentBoundsError`: "[BoundError
    /// Unreassembled Packet: PROTO]"), in place of the malformed one.
    pub unreassembled: bool,
}

/// One protocol layer of a frame.
#[derive(Clone)]
pub struct Layer<'a> {
    pub osi: Osi,
    /// Wireshark's short protocol name: `frame`, `eth`, `ip`, `tcp`, `dns`, ...
    pub protocol: &'static str,
    /// Bytes of the frame this layer's header covers (empty for layers that
    /// describe rather than occupy bytes, such as the session layer).
    pub span: Range<usize>,
    pub fields: Vec<Field<'a>>,
    pub anomalies: Vec<Anomaly>,
    /// The exception its decoder threw, if any. Boxed: few layers throw,
    /// and every layer is moved a few times a frame (24 bytes more in
    /// each cost the line view some 900 instructions a packet in memcpy).
    pub thrown: Option<Box<Thrown>>,
    /// Where the layer's own bytes are, for display filters that read a
    /// protocol's bytes (`http[0:3]`, `len(tls)`).
    pub origin: Origin,
    /// How many values [`Layer::push`] added that own no memory. While
    /// it equals the number of fields, every field was added that way and
    /// the list can be emptied without dropping each value (a frame drops
    /// some ninety); a list changed otherwise (`fields` is public) no
    /// longer matches and is dropped value by value.
    plain: usize,
}

impl fmt::Debug for Layer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Layer")
            .field("osi", &self.osi)
            .field("protocol", &self.protocol)
            .field("span", &self.span)
            .field("fields", &self.fields)
            .field("anomalies", &self.anomalies)
            .field("thrown", &self.thrown)
            .field("origin", &self.origin)
            .finish()
    }
}

impl PartialEq for Layer<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.osi == other.osi
            && self.protocol == other.protocol
            && self.span == other.span
            && self.fields == other.fields
            && self.anomalies == other.anomalies
            && self.thrown == other.thrown
            && self.origin == other.origin
    }
}

/// Where a layer's own bytes are. An application layer over TCP shows the
/// whole segment as its span; tshark's protocol item covers only its
/// message, which may have been reassembled from several segments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Origin {
    /// In this frame, as [`Layer::span`] says.
    #[default]
    Span,
    /// A message of a TCP stream whose bytes are all in this frame, here.
    Message(Range<usize>),
    /// Decoded from bytes this frame does not hold: a message reassembled
    /// from several segments, decrypted, or the other side's bytes flushed
    /// when this segment closed the conversation.
    Elsewhere,
}

/// Field lists of dropped layers, emptied, for the next layers to fill:
/// every frame makes and drops half a dozen layers, and taking their lists
/// from here spares a `malloc` and a `free` each.
mod pool {
    use super::{Field, Layer};
    use std::cell::{Cell, RefCell};

    /// Lists kept at most (a few frames' worth, times [`FRAMES`]), and the
    /// largest kept (a layer with thousands of fields gives its memory
    /// back).
    const KEEP: usize = 64;
    const MAX_CAPACITY: usize = 256;

    thread_local! {
        /// How many times a few frames' worth of lists this thread keeps:
        /// more on a thread whose dissections are dropped a batch at a
        /// time (`--threads`), so that each batch's lists are taken again.
        static FRAMES: Cell<usize> = const { Cell::new(1) };
    }

    pub(super) fn keep_for(frames: usize) {
        let _ = FRAMES.try_with(|f| f.set(frames.div_ceil(8).max(1)));
    }

    fn scale() -> usize {
        FRAMES.try_with(Cell::get).unwrap_or(1)
    }

    thread_local! {
        static FIELD_LISTS: RefCell<Vec<Vec<Field<'static>>>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn take() -> Vec<Field<'static>> {
        FIELD_LISTS
            .try_with(|p| p.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_else(|| Vec::with_capacity(16))
    }

    /// Layer lists of dropped dissections, emptied (a frame's list holds
    /// a few layers; one that grew past this gives its memory back).
    const KEEP_LAYER_LISTS: usize = 8;
    const MAX_LAYERS: usize = 64;

    thread_local! {
        static LAYER_LISTS: RefCell<Vec<Vec<Layer<'static>>>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn take_layers() -> Vec<Layer<'static>> {
        LAYER_LISTS
            .try_with(|p| p.try_borrow_mut().ok()?.pop())
            .ok()
            .flatten()
            .unwrap_or_else(|| Vec::with_capacity(8))
    }

    pub(super) fn give_layers(mut layers: Vec<Layer<'_>>) {
        if layers.capacity() == 0 || layers.capacity() > MAX_LAYERS {
            return;
        }
        // Each layer's field list goes to the pool above, all under one
        // borrow of it (a layer dropped alone borrows it for its own).
        let keep = KEEP * scale();
        let _ = FIELD_LISTS.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                for l in layers.iter_mut() {
                    if p.len() >= keep {
                        break;
                    }
                    let fields = l.emptied_fields();
                    if fields.capacity() != 0 && fields.capacity() <= MAX_CAPACITY {
                        p.push(fields);
                    }
                }
            }
        });
        layers.clear();
        let layers: Vec<Layer<'static>> = super::recycle(layers);
        let _ = LAYER_LISTS.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut()
                && p.len() < KEEP_LAYER_LISTS * scale()
            {
                p.push(layers);
            }
        });
    }

    pub(super) fn give(fields: Vec<Field<'static>>) {
        if fields.capacity() == 0 || fields.capacity() > MAX_CAPACITY {
            return;
        }
        let keep = KEEP * scale();
        let _ = FIELD_LISTS.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut()
                && p.len() < keep
            {
                p.push(fields);
            }
        });
    }
}

/// `v` emptied, as a list of another item type of the same size and
/// alignment (the same values with another lifetime), keeping its
/// allocation: lists of values that borrow a frame are kept from one
/// frame to the next this way. (With another layout the allocation is
/// freed and the list starts empty.)
//
// Safe Rust can do this too (an in-place `collect` of the emptied list),
// but through enough machinery to cost some 50 instructions a call, and
// a frame recycles a dozen lists.
pub(crate) fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    if size_of::<T>() != size_of::<U>() || align_of::<T>() != align_of::<U>() || size_of::<T>() == 0
    {
        return Vec::new();
    }
    let mut v = std::mem::ManuallyDrop::new(v);
    let (ptr, capacity) = (v.as_mut_ptr(), v.capacity());
    // SAFETY: the allocation came from a `Vec` with the same allocator and
    // the same layout (`capacity` items of the same size and alignment,
    // checked above), and `v` gives it up (`ManuallyDrop`, never used
    // again). The length is 0: no `U` is ever read from the `T` bytes.
    unsafe { Vec::from_raw_parts(ptr.cast::<U>(), 0, capacity) }
}

impl Drop for Layer<'_> {
    #[inline]
    fn drop(&mut self) {
        // A dissection's layers gave their lists up before they drop.
        if self.fields.capacity() == 0 {
            return;
        }
        pool::give(self.emptied_fields());
    }
}

impl Layer<'_> {
    /// The field list, taken out and emptied (for the pool).
    fn emptied_fields(&mut self) -> Vec<Field<'static>> {
        let mut fields = std::mem::take(&mut self.fields);
        if self.plain == fields.len() {
            // SAFETY: shortening a list only forgets its values, which is
            // always sound; and these own no memory (each came through
            // `push` as such, and the count says none was added or
            // replaced since, see `plain`), so nothing is lost either.
            unsafe { fields.set_len(0) };
        }
        self.plain = 0;
        recycle(fields)
    }
}

impl<'a> Layer<'a> {
    #[inline]
    pub fn new(osi: Osi, protocol: &'static str, span: Range<usize>) -> Self {
        Layer {
            osi,
            protocol,
            span,
            fields: pool::take(),
            anomalies: Vec::new(),
            thrown: None,
            origin: Origin::Span,
            plain: 0,
        }
    }

    /// Add a value of `def`. Debug builds check the value's shape against
    /// the field's registered type, so a decoder cannot emit `"Good"` for
    /// an integer field.
    #[inline(always)]
    pub fn push(&mut self, def: &'static FieldDef, value: Value<'a>) {
        debug_assert!(
            def.ftype.accepts(&value)
                || (def.wider_values && matches!(value, Value::UInt(_) | Value::Int(_))),
            "{} is {:?}, got {value:?}",
            def.name,
            def.ftype
        );
        self.plain += usize::from(!value.owns_memory());
        self.fields.push(Field { def, value });
    }

    /// Insert values at `at` in the field list (which must be at most its
    /// length).
    pub fn insert<const N: usize>(&mut self, at: usize, new: [Field<'a>; N]) {
        self.plain += new.iter().filter(|f| !f.value.owns_memory()).count();
        // Appended, then turned into place: cheaper than a `splice`.
        let at = at.min(self.fields.len());
        self.fields.extend(new);
        self.fields[at..].rotate_right(N);
    }

    pub fn uint(&mut self, def: &'static FieldDef, v: impl Into<u64>) {
        self.push(def, Value::UInt(v.into()));
    }

    pub fn int(&mut self, def: &'static FieldDef, v: impl Into<i64>) {
        self.push(def, Value::Int(v.into()));
    }

    pub fn boolean(&mut self, def: &'static FieldDef, v: bool) {
        self.push(def, Value::Bool(v));
    }

    pub fn str(&mut self, def: &'static FieldDef, v: impl Into<Cow<'a, str>>) {
        self.push(def, Value::Str(v.into()));
    }

    /// A label field (`FT_NONE`/`FT_PROTOCOL`): present, no value.
    pub fn present(&mut self, def: &'static FieldDef) {
        self.push(def, Value::None);
    }

    pub fn truncated(&mut self, reason: impl Into<String>) {
        self.anomalies.push(Anomaly {
            kind: AnomalyKind::Truncated,
            reason: reason.into(),
        });
    }

    /// The decoder of `protocol` (this layer's, or a protocol inside it)
    /// threw `kind` here; the first exception of a layer is the one kept.
    pub fn throw(&mut self, kind: AnomalyKind, protocol: &'static str) {
        if self.thrown.is_none() {
            self.thrown = Some(Box::new(Thrown {
                kind,
                protocol,
                contained: false,
                reassembly: None,
                bug: None,
                unreassembled: false,
            }));
        }
    }

    /// A read past the end of the bytes `protocol`'s decoder was given:
    /// past what the capture kept of a message that goes on
    /// (`cut_by_capture`, tshark's ReportedBoundsError: truncated) or past
    /// the message itself (malformed); its decoder throws the same.
    pub fn read_past_end(&mut self, protocol: &'static str, reason: String, cut_by_capture: bool) {
        let kind = if cut_by_capture {
            AnomalyKind::Truncated
        } else {
            AnomalyKind::Malformed
        };
        self.anomalies.push(Anomaly { kind, reason });
        self.throw(kind, protocol);
    }

    /// [`Layer::throw`] of a `ContainedBoundsError`: a read past the end
    /// of an item that claimed more bytes than its container holds.
    pub fn throw_contained(&mut self, protocol: &'static str) {
        if self.thrown.is_none() {
            self.thrown = Some(Box::new(Thrown {
                kind: AnomalyKind::Malformed,
                protocol,
                contained: true,
                reassembly: None,
                bug: None,
                unreassembled: false,
            }));
        }
    }

    /// [`Layer::throw`] of a `ReassemblyError` with its message: tshark
    /// shows `[Reassembly error, protocol PROTO: MESSAGE]`.
    pub fn throw_reassembly(&mut self, protocol: &'static str, message: &'static str) {
        if self.thrown.is_none() {
            self.thrown = Some(Box::new(Thrown {
                kind: AnomalyKind::Malformed,
                protocol,
                contained: false,
                reassembly: Some(message),
                bug: None,
                unreassembled: false,
            }));
        }
    }

    /// [`Layer::throw`] of a `DissectorError` with its message.
    pub fn throw_bug(&mut self, protocol: &'static str, message: &'static str) {
        if self.thrown.is_none() {
            self.thrown = Some(Box::new(Thrown {
                kind: AnomalyKind::Malformed,
                protocol,
                contained: false,
                reassembly: None,
                bug: Some(message),
                unreassembled: false,
            }));
        }
    }

    pub fn malformed(&mut self, reason: impl Into<String>) {
        self.anomalies.push(Anomaly {
            kind: AnomalyKind::Malformed,
            reason: reason.into(),
        });
    }

    /// The same layer, owning its values (for layers decoded from a
    /// reassembled buffer that does not outlive the call, or handed to
    /// another thread by `--threads`).
    pub fn into_owned(mut self) -> Layer<'static> {
        let mut owned = Layer::new(self.osi, self.protocol, self.span.clone());
        owned.fields.extend(self.fields.drain(..).map(|f| Field {
            def: f.def,
            value: f.value.into_owned(),
        }));
        owned.anomalies = std::mem::take(&mut self.anomalies);
        owned.thrown = self.thrown.take();
        owned.origin = std::mem::take(&mut self.origin);
        owned
    }

    /// The first value of a field.
    pub fn get(&self, def: &'static FieldDef) -> Option<&Value<'a>> {
        self.fields
            .iter()
            .find(|f| std::ptr::eq(f.def, def))
            .map(|f| &f.value)
    }

    /// Every value of a field, in order.
    pub fn all<'s>(&'s self, def: &'static FieldDef) -> impl Iterator<Item = &'s Value<'a>> + 's {
        self.fields
            .iter()
            .filter(move |f| std::ptr::eq(f.def, def))
            .map(|f| &f.value)
    }

    pub fn has(&self, def: &'static FieldDef) -> bool {
        self.get(def).is_some()
    }

    /// A field's value as an integer (booleans as 0/1).
    pub fn get_uint(&self, def: &'static FieldDef) -> Option<u64> {
        match self.get(def)? {
            Value::UInt(v) => Some(*v),
            Value::Bool(b) => Some(u64::from(*b)),
            _ => None,
        }
    }

    pub fn get_str(&self, def: &'static FieldDef) -> Option<&str> {
        match self.get(def)? {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// True when a boolean field is present and set.
    pub fn flag(&self, def: &'static FieldDef) -> bool {
        matches!(self.get(def), Some(Value::Bool(true)))
    }

    /// The first value of the field named `name` (for callers that have a
    /// name rather than a definition: the filter, tests).
    pub fn get_named(&self, name: &str) -> Option<&Value<'a>> {
        self.fields
            .iter()
            .find(|f| f.def.name == name)
            .map(|f| &f.value)
    }
}

/// Everything osidump knows about one frame.
#[derive(Debug, Clone)]
pub struct Dissection<'a> {
    /// The captured bytes, for hex dumps.
    pub data: &'a [u8],
    /// Layers in wire order (frame first).
    pub layers: Vec<Layer<'a>>,
    /// Session facts this frame established, when the dissector was asked
    /// for them ([`super::Dissector::with_events`]).
    pub events: Vec<super::event::Event<'a>>,
}

impl Drop for Dissection<'_> {
    fn drop(&mut self) {
        pool::give_layers(std::mem::take(&mut self.layers));
    }
}

impl<'a> Dissection<'a> {
    /// An empty list for a frame's layers: one a dropped dissection left,
    /// when there is one (every frame makes one, and its layers' lists).
    pub fn layer_list() -> Vec<Layer<'a>> {
        pool::take_layers()
    }

    /// This thread keeps the lists of about `frames` dropped dissections
    /// for the next ones (default: a few): for a thread that drops them a
    /// batch at a time, after other threads read them (`--threads`).
    pub fn keep_lists_for(frames: usize) {
        pool::keep_for(frames);
    }

    /// Where the datagram an ICMP error quotes begins: the layers from
    /// this index on (an IP header and what it carried) are not this
    /// packet's own but the failed packet's, as the ICMP message quotes
    /// it. None when nothing is quoted (an echo's payload is its own).
    /// The flow's Community ID, which occupies no bytes, may sit between
    /// the ICMP layer and the quoted IP header: it is this packet's own.
    pub fn quoted_start(&self) -> Option<usize> {
        let ls = &self.layers;
        (0..ls.len())
            .filter(|&i| matches!(ls[i].protocol, "icmp" | "icmpv6"))
            .find_map(|i| {
                let next = i
                    + 1
                    + ls[i + 1..]
                        .iter()
                        .take_while(|l| l.protocol == "communityid")
                        .count();
                ls.get(next)
                    .filter(|l| matches!(l.protocol, "ip" | "ipv6"))
                    .map(|_| next)
            })
    }

    pub fn layer(&self, protocol: &str) -> Option<&Layer<'a>> {
        self.layers.iter().find(|l| l.protocol == protocol)
    }

    /// Every value of a field, across layers, in wire order.
    pub fn values<'s>(
        &'s self,
        def: &'static FieldDef,
    ) -> impl Iterator<Item = &'s Value<'a>> + 's {
        self.layers
            .iter()
            .flat_map(|l| l.fields.iter())
            .filter(move |f| std::ptr::eq(f.def, def))
            .map(|f| &f.value)
    }

    /// Every value of the field named `name`, across layers.
    pub fn values_named<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Value<'a>> + 's {
        self.layers
            .iter()
            .flat_map(|l| l.fields.iter())
            .filter(move |f| f.def.name == name)
            .map(|f| &f.value)
    }

    pub fn has_anomalies(&self) -> bool {
        self.layers.iter().any(|l| !l.anomalies.is_empty())
    }
}

#[cfg(test)]
mod double_tests {
    use super::Value;

    #[test]
    fn doubles_are_written_as_printf_g_with_15_digits() {
        let text = |v: f64| Value::Double(v).to_string();
        assert_eq!(text(0.008), "0.008");
        assert_eq!(text(1500.0), "1500");
        assert_eq!(text(0.1 + 0.2), "0.3");
        assert_eq!(text(1.0 / 3.0), "0.333333333333333");
        assert_eq!(text(0.000015), "1.5e-05");
        assert_eq!(text(123456789012345678.0), "1.23456789012346e+17");
        assert_eq!(text(999999999999999.9), "1e+15");
        assert_eq!(text(-2250.5), "-2250.5");
        assert_eq!(text(0.0), "0");
    }

    #[test]
    fn floats_are_written_as_printf_g_with_6_digits() {
        // tshark 4.0 on RSVP's ADSPEC and TSPEC floats, DNP3's analog
        // inputs and IS-IS's unreserved bandwidth.
        let text = |v: f32| Value::Float(v).to_string();
        assert_eq!(text(1_250_000.0), "1.25e+06");
        assert_eq!(text(999_999.0), "999999");
        assert_eq!(text(132.709_46), "132.709");
        assert_eq!(text(-0.000_187_646_74), "-0.000187647");
        assert_eq!(text(0.000_012_5), "1.25e-05");
        assert_eq!(text(f32::INFINITY), "inf");
        assert_eq!(text(54.0), "54");
        assert_eq!(text(6.5), "6.5");
        assert_eq!(text(0.0), "0");
    }
}

#[cfg(test)]
mod pool_tests {
    use super::*;
    use crate::dissect::fields as f;

    #[test]
    fn a_dropped_layer_gives_its_field_list_to_the_next() {
        let mut l = Layer::new(Osi::Transport, "udp", 0..8);
        l.uint(f::udp::SRCPORT, 53u16);
        l.str(f::data::OSIDUMP_REASSEMBLY, String::from("owned"));
        let list = l.fields.as_ptr() as usize;
        drop(l);
        let next = Layer::new(Osi::Transport, "udp", 0..8);
        assert!(next.fields.is_empty());
        assert_eq!(next.fields.as_ptr() as usize, list);
    }

    /// Only a list every value of which came through `push` owning no
    /// memory is emptied without dropping them; one changed directly, or
    /// holding an owned value, is dropped value by value (a leak would
    /// show as memory that grows with the capture).
    #[test]
    fn only_plain_lists_skip_the_drops() {
        let mut l = Layer::new(Osi::Transport, "udp", 0..8);
        l.uint(f::udp::SRCPORT, 53u16);
        l.str(f::data::OSIDUMP_REASSEMBLY, "borrowed");
        assert_eq!(l.plain, l.fields.len());
        l.str(f::data::OSIDUMP_REASSEMBLY, String::from("owned"));
        assert_ne!(l.plain, l.fields.len());
        let mut m = Layer::new(Osi::Transport, "udp", 0..8);
        m.uint(f::udp::SRCPORT, 53u16);
        m.fields.push(Field {
            def: f::data::OSIDUMP_REASSEMBLY,
            value: Value::Str(Cow::Owned("direct".into())),
        });
        assert_ne!(m.plain, m.fields.len());
        let mut n = Layer::new(Osi::Transport, "udp", 0..8);
        n.fields.append(&mut m.fields);
        assert_ne!(n.plain, n.fields.len());
    }

    #[test]
    fn a_recycled_list_keeps_its_allocation() {
        let text = String::from("borrowed");
        let mut v: Vec<&str> = Vec::with_capacity(8);
        v.push(&text);
        let at = v.as_ptr() as usize;
        let w: Vec<&'static str> = recycle(v);
        assert!(w.is_empty());
        assert_eq!((w.as_ptr() as usize, w.capacity()), (at, 8));
    }
}

#[cfg(test)]
mod time_span_tests {
    use super::{TimeSpan, Value};

    #[test]
    fn a_time_span_reaches_past_an_i64_of_nanoseconds_as_tshark_prints_it() {
        // pcapng-example.pcapng (PcapPlusPlus) frame 60: its second
        // interface's timestamps are 18446744073204 s, the first frame's
        // 1422527998.578402281 s.
        let first = 1_422_527_998_578_402_281i128;
        let later = 18_446_744_073_204_126_329_000i128;
        let span = Value::rel_time(later - first);
        assert_eq!(span.to_string(), "18445321545205.547926719");
        assert_eq!(
            Value::rel_time(first - later).to_string(),
            "-18445321545205.547926719"
        );
        assert_eq!(
            Value::rel_time(-1_472_003_999_360_380_631i64).to_string(),
            "-1472003999.360380631"
        );
        assert_eq!(Value::rel_time(-500_000_000).to_string(), "-0.500000000");
        for ns in [0i128, 1, -1, 999_999_999, -1_000_000_001, later - first] {
            assert_eq!(TimeSpan::from_nanos(ns).as_nanos(), ns);
        }
        // Past an i64 of seconds it saturates.
        assert_eq!(
            TimeSpan::from_nanos(i128::MAX).as_nanos(),
            i128::from(i64::MAX) * 1_000_000_000 + 999_999_999
        );
    }
}
