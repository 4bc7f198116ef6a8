//! Field values as tshark writes them in its machine-readable outputs.
//! Each output spells a value its own way, and we follow each:
//!
//! | value | `-T fields` | `-T json` (ours, schema 1) | `-T ek` |
//! |---|---|---|---|
//! | integer, `BASE_HEX` | `0x0800` (the type's width) | number | `"0x0800"` |
//! | integer, decimal | `6` | number | `"6"` |
//! | boolean | `1` / `0` | `true` / `false` | `true` / `false` |
//! | bytes | `02a33594` | `"02:a3:35:94"` | `"02:a3:35:94"` |
//! | absolute time | `Nov 24, 2026 11:17:29.342320000 UTC` | same | `2026-11-24T11:17:29.342320000Z` |
//! | relative time | `0.000024000` | number `0.000024000` | `"0.000024000"` |
//!
//! Absolute times are written in UTC (tshark writes the local zone; with
//! `TZ=UTC` the two agree).

use crate::dissect::field::{Base, FieldDef, FieldType};
use crate::dissect::layer::{HEX_PAIRS, TimeSpan};
use crate::dissect::{Field, Value};
use crate::source::Timestamp;
use std::fmt::Write as _;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A civil date and time of day (UTC) from seconds since the epoch:
/// (year, month 1–12, day 1–31, seconds of the day).
pub fn civil(secs: i64) -> (i64, u32, u32, u32) {
    let sod = secs.rem_euclid(86_400) as u32;
    let (year, month, day) = super::time::civil_from_days(secs.div_euclid(86_400));
    // Month and day are 1–12 and 1–31 by construction.
    (year, month as u32, day as u32, sod)
}

/// tshark's `frame.time`: `Nov 24, 2026 11:17:29.342320000 UTC` (the day
/// padded to two columns, as `%2d`). The unset time ([`Timestamp::UNSET`])
/// has no fraction: `Jan  1, 1970 00:00:00 UTC`.
pub fn abs_time(out: &mut String, t: Timestamp) {
    let (y, m, d, sod) = civil(t.secs);
    if t.is_unset() {
        let _ = write!(
            out,
            "{} {d:2}, {y} {:02}:{:02}:{:02} UTC",
            MONTHS[(m - 1) as usize],
            sod / 3600,
            sod / 60 % 60,
            sod % 60
        );
        return;
    }
    let _ = write!(
        out,
        "{} {d:2}, {y} {:02}:{:02}:{:02}.{:09} UTC",
        MONTHS[(m - 1) as usize],
        sod / 3600,
        sod / 60 % 60,
        sod % 60,
        t.nanos
    );
}

/// ISO 8601 in UTC with nanoseconds, as tshark's `-T ek` writes absolute
/// times: `2026-11-24T11:17:33.927650000Z`.
pub fn iso_time(out: &mut String, t: Timestamp) {
    let (y, m, d, sod) = civil(t.secs);
    let _ = write!(
        out,
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:09}Z",
        sod / 3600,
        sod / 60 % 60,
        sod % 60,
        t.nanos
    );
}

/// The `YYYY-MM-DD` of a time (UTC), for `-T ek`'s daily index names.
pub fn iso_date(out: &mut String, t: Timestamp) {
    let (y, m, d, _) = civil(t.secs);
    let _ = write!(out, "{y:04}-{m:02}-{d:02}");
}

/// Bytes as tshark's JSON and ek show them: hex pairs joined by `:`.
pub fn colon_hex(out: &mut String, b: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(b.len() * 3);
    for (i, byte) in b.iter().enumerate() {
        if i > 0 {
            out.push(':');
        }
        out.push(HEX[usize::from(byte >> 4)] as char);
        out.push(HEX[usize::from(byte & 0xf)] as char);
    }
}

/// Each byte's two hex digits and a `:`, as one four-byte word (the
/// fourth cell is overwritten by the next byte's word).
static HEX_COLON: [[u8; 4]; 256] = {
    let mut t = [[0u8; 4]; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = [HEX_PAIRS[i][0], HEX_PAIRS[i][1], b':', 0];
        i += 1;
    }
    t
};

/// Bytes as [`colon_hex`] writes them, straight into a byte buffer.
pub fn push_colon_hex(out: &mut Vec<u8>, b: &[u8]) {
    if b.is_empty() {
        return;
    }
    // Each byte takes three cells, `hh:`, written as one four-byte store
    // of its table word straight into the buffer's spare room, four bytes
    // a round: about 4 instructions a byte, where digit pairs into a stack
    // chunk and a copy took 5.5 (payload hex is the largest part of a JSON
    // packet). Filling the cells with `:` first and storing only digits
    // counts as dearer under callgrind: memset's `rep stosb` is counted
    // a byte at a time. The last `:` and the word's spare cell are left
    // out of the length.
    let text = b.len() * 3 - 1;
    out.reserve(text + 2);
    let dst = out.spare_capacity_mut().as_mut_ptr().cast::<u8>();
    let put = |at: usize, byte: u8| {
        // SAFETY: `at` is 3 * (the byte's index), so the four cells end at
        // most at 3 * b.len() + 1 = text + 2, within the reserved room.
        unsafe {
            dst.add(at)
                .cast::<[u8; 4]>()
                .write_unaligned(HEX_COLON[usize::from(byte)]);
        }
    };
    let mut quads = b.chunks_exact(4);
    let mut at = 0;
    for q in &mut quads {
        put(at, q[0]);
        put(at + 3, q[1]);
        put(at + 6, q[2]);
        put(at + 9, q[3]);
        at += 12;
    }
    for &byte in quads.remainder() {
        put(at, byte);
        at += 3;
    }
    // SAFETY: the first `text` spare cells were written just above.
    unsafe { out.set_len(out.len() + text) };
}

/// `d` in decimal, at least two digits, into `cell` (two bytes).
fn two_digits(cell: &mut [u8], d: u32) {
    cell[0] = b'0' + (d / 10 % 10) as u8;
    cell[1] = b'0' + (d % 10) as u8;
}

/// Two decimal digits of each number below 100.
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// The last two decimal digits of `n`.
fn pair(n: u32) -> [u8; 2] {
    let i = (n as usize % 100) * 2;
    [PAIRS[i], PAIRS[i + 1]]
}

/// `n` in decimal, as `itoa` writes it. Numbers below 10 000 (most of a
/// packet's: lengths, ports, flags) are written with stores of a known
/// size, not a copy of the digits.
pub fn push_u64(out: &mut Vec<u8>, n: u64) {
    match n {
        0..=9 => out.push(b'0' + n as u8),
        10..=99 => out.extend_from_slice(&pair(n as u32)),
        100..=999 => {
            let [a, b] = pair(n as u32 % 100);
            out.extend_from_slice(&[b'0' + (n / 100) as u8, a, b]);
        }
        1000..=9999 => {
            let [a, b] = pair(n as u32 / 100);
            let [c, d] = pair(n as u32 % 100);
            out.extend_from_slice(&[a, b, c, d]);
        }
        _ => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
    }
}

/// `n` in decimal, `-` first when negative.
pub fn push_i64(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    push_u64(out, n.unsigned_abs());
}

/// Nine digits of nanoseconds, zero-padded, as `{:09}` writes them (a
/// value of a second or more, which a [`Timestamp`] never holds, in full).
pub fn push_nanos(out: &mut Vec<u8>, nanos: u64) {
    let Ok(n) = u32::try_from(nanos) else {
        return push_u64(out, nanos);
    };
    if n >= 1_000_000_000 {
        return push_u64(out, nanos);
    }
    let (high, low) = (n / 10_000, n % 10_000);
    let [a, b] = pair(high / 1000);
    let [c, d] = pair(high / 10);
    let [e, f] = pair(low / 100);
    let [g, h] = pair(low);
    out.extend_from_slice(&[a, b, c, d, b'0' + (high % 10) as u8, e, f, g, h]);
}

/// `secs.nnnnnnnnn`, as [`Value`]'s display writes a relative time.
pub fn push_rel_time(out: &mut Vec<u8>, t: TimeSpan) {
    if t.is_negative() {
        out.push(b'-');
    }
    let (secs, nanos) = t.unsigned_parts();
    push_u64(out, secs);
    out.push(b'.');
    push_nanos(out, u64::from(nanos));
}

/// `secs.nnnnnnnnn` of an absolute time, as [`Value`]'s display writes
/// it (`frame.time_epoch`; `-1.5` is `-1.500000000`).
pub fn push_epoch(out: &mut Vec<u8>, t: Timestamp) {
    if t.secs < 0 && t.nanos > 0 {
        let abs = t.as_nanos().unsigned_abs();
        out.push(b'-');
        push_u64(out, (abs / 1_000_000_000) as u64);
        out.push(b'.');
        push_nanos(out, (abs % 1_000_000_000) as u64);
    } else {
        push_i64(out, t.secs);
        out.push(b'.');
        push_nanos(out, u64::from(t.nanos));
    }
}

/// [`abs_time`] into a byte buffer, without the formatting machinery.
pub fn push_abs_time(out: &mut Vec<u8>, t: Timestamp) {
    let (y, m, d, sod) = civil(t.secs);
    let mut date = *b"Mon dd, ";
    date[..3].copy_from_slice(MONTHS[(m - 1) as usize].as_bytes());
    two_digits(&mut date[4..6], d);
    if d < 10 {
        date[4] = b' ';
    }
    out.extend_from_slice(&date);
    push_i64(out, y);
    let mut clock = *b" hh:mm:ss.";
    two_digits(&mut clock[1..3], sod / 3600);
    two_digits(&mut clock[4..6], sod / 60 % 60);
    two_digits(&mut clock[7..9], sod % 60);
    if t.is_unset() {
        out.extend_from_slice(&clock[..9]);
    } else {
        out.extend_from_slice(&clock);
        push_nanos(out, u64::from(t.nanos));
    }
    out.extend_from_slice(b" UTC");
}

/// A MAC address as `02:a3:35:94:00:01`.
pub fn push_mac(out: &mut Vec<u8>, m: &[u8; 6]) {
    out.extend_from_slice(&crate::dissect::layer::mac_text(m));
}

/// An IPv4 address, dotted decimal.
pub fn push_ipv4(out: &mut Vec<u8>, a: &[u8; 4]) {
    let (b, n) = crate::dissect::layer::ipv4_text(a);
    out.extend_from_slice(&b[..n]);
}

/// [`iso_time`] into a byte buffer, without the formatting machinery
/// (a year outside 0–9999, which `{:04}` spells its own way, through it).
pub fn push_iso_time(out: &mut Vec<u8>, t: Timestamp) {
    let (y, m, d, sod) = civil(t.secs);
    if !(0..=9999).contains(&y) {
        let mut s = String::new();
        iso_time(&mut s, t);
        out.extend_from_slice(s.as_bytes());
        return;
    }
    let mut text = *b"yyyy-mm-ddThh:mm:ss.";
    push_iso_parts(&mut text, y, m, d);
    two_digits(&mut text[11..13], sod / 3600);
    two_digits(&mut text[14..16], sod / 60 % 60);
    two_digits(&mut text[17..19], sod % 60);
    out.extend_from_slice(&text);
    push_nanos(out, u64::from(t.nanos));
    out.push(b'Z');
}

/// [`iso_date`] into a byte buffer.
pub fn push_iso_date(out: &mut Vec<u8>, t: Timestamp) {
    let (y, m, d, _) = civil(t.secs);
    if !(0..=9999).contains(&y) {
        let mut s = String::new();
        iso_date(&mut s, t);
        out.extend_from_slice(s.as_bytes());
        return;
    }
    let mut text = *b"yyyy-mm-dd";
    push_iso_parts(&mut text, y, m, d);
    out.extend_from_slice(&text);
}

/// `yyyy-mm-dd` into the first ten bytes of `text` (a year of 0–9999).
fn push_iso_parts(text: &mut [u8], y: i64, m: u32, d: u32) {
    let y = y as u32;
    two_digits(&mut text[0..2], y / 100);
    two_digits(&mut text[2..4], y % 100);
    two_digits(&mut text[5..7], m);
    two_digits(&mut text[8..10], d);
}

/// `n` in lowercase hex, at least `width` digits (as `{n:0width$x}`; a
/// width is at most 16, a `u64`'s digits), written into a stack array
/// and copied once.
fn push_hex(out: &mut Vec<u8>, n: u64, width: usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digits = (64 - n.leading_zeros() as usize)
        .div_ceil(4)
        .max(width)
        .clamp(1, 16);
    let mut text = [b'0'; 16];
    for (i, cell) in text[16 - digits..].iter_mut().rev().enumerate() {
        *cell = HEX[((n >> (i * 4)) & 0xf) as usize];
    }
    out.extend_from_slice(&text[16 - digits..]);
}

/// Byte fields with an FT_ETHER twin of the same name that tshark uses
/// for a 6-byte value (ICMPv6's link-layer address options), so
/// `-T fields` prints those with colons; other lengths print as plain hex.
/// And byte fields registered with colons between their bytes
/// (`SEP_COLON`, which `-G fields` does not show): IPV6CP's interface
/// identifier.
fn colon_bytes(def: &FieldDef, b: &[u8]) -> bool {
    (b.len() == 6
        && matches!(
            def.name,
            "icmpv6.opt.linkaddr" | "icmpv6.opt.src_linkaddr" | "icmpv6.opt.target_linkaddr"
        ))
        || def.name == "ipv6cp.interface_identifier"
}

/// Hex digits tshark pads an integer of this type to in `BASE_HEX`.
fn hex_width(t: FieldType) -> usize {
    match t {
        FieldType::Char | FieldType::Uint8 | FieldType::Int8 => 2,
        FieldType::Uint16 | FieldType::Int16 => 4,
        FieldType::Uint24 | FieldType::Int24 => 6,
        FieldType::Uint32 | FieldType::Int32 | FieldType::FrameNum => 8,
        FieldType::Uint40 => 10,
        FieldType::Uint48 => 12,
        FieldType::Uint56 => 14,
        _ => 16,
    }
}

/// An unsigned integer in the field's base as tshark's `-T fields`, `-T
/// json` (with `-e`) and `-T ek` print it: `BASE_HEX` and `BASE_HEX_DEC`
/// as `0x` and the type's width, the rest (`BASE_OCT` too: `nfs.mode3`) —
/// and every integer wider than 32 bits but `BASE_HEX` and `BASE_HEX_DEC`
/// ones — in decimal.
pub fn uint_repr(out: &mut String, def: &FieldDef, n: u64) {
    if def.ftype == FieldType::Char {
        return char_repr(out, n);
    }
    let w = hex_width(def.ftype);
    let wide = wide_decimal(def);
    if wide {
        out.push_str(itoa::Buffer::new().format(n));
        return;
    }
    let _ = match def.base {
        Base::Hex | Base::HexDec => write!(out, "0x{n:0w$x}"),
        _ => {
            out.push_str(itoa::Buffer::new().format(n));
            Ok(())
        }
    };
}

/// [`uint_repr`] into a byte buffer, without the formatting machinery.
pub fn push_uint_repr(out: &mut Vec<u8>, def: &FieldDef, n: u64) {
    if def.ftype == FieldType::Char {
        let mut s = String::new();
        char_repr(&mut s, n);
        return out.extend_from_slice(s.as_bytes());
    }
    let wide = wide_decimal(def);
    if wide {
        return push_u64(out, n);
    }
    match def.base {
        Base::Hex | Base::HexDec => {
            out.extend_from_slice(b"0x");
            push_hex(out, n, hex_width(def.ftype));
        }
        _ => push_u64(out, n),
    }
}

/// An `FT_CHAR` value as tshark writes it (`char_to_repr`): the character
/// quoted, `\\` and `\'` escaped, C's escapes for the controls that have
/// one, `\xNN` for any other byte that is not printable ASCII.
fn char_repr(out: &mut String, n: u64) {
    let c = (n & 0xff) as u8;
    out.push('\'');
    match c {
        b'\\' | b'\'' => {
            out.push('\\');
            out.push(char::from(c));
        }
        0x20..=0x7e => out.push(char::from(c)),
        _ => {
            out.push('\\');
            match c {
                0 => out.push('0'),
                0x07 => out.push('a'),
                0x08 => out.push('b'),
                0x0c => out.push('f'),
                b'\n' => out.push('n'),
                b'\r' => out.push('r'),
                b'\t' => out.push('t'),
                0x0b => out.push('v'),
                _ => {
                    let _ = write!(out, "x{c:02x}");
                }
            }
        }
    }
    out.push('\'');
}

/// tshark 4.0 writes 40- to 64-bit integers in decimal whatever their
/// base when they have value names (its 64-bit representation ignores the
/// display: `quic.frame_type`); a plain `BASE_HEX` or `BASE_HEX_DEC` one
/// in hex (`mip6.hoti.cookie`, `nfs.fattr3.fsid`: 0x and 16 digits).
fn wide_decimal(def: &FieldDef) -> bool {
    matches!(
        def.ftype,
        FieldType::Uint40 | FieldType::Uint48 | FieldType::Uint56 | FieldType::Uint64
    ) && !(matches!(def.base, Base::Hex | Base::HexDec)
        && matches!(def.names, crate::dissect::field::Names::None))
}

/// One value as tshark's `-T fields` prints it.
pub fn fields_repr(out: &mut String, f: &Field<'_>) {
    match &f.value {
        Value::UInt(n) => uint_repr(out, f.def, *n),
        Value::Int(n) => out.push_str(itoa::Buffer::new().format(*n)),
        Value::Bool(b) => out.push(if *b { '1' } else { '0' }),
        Value::Str(s) => escape_text(out, s),
        Value::Time(t) if f.def.shows_null(*t) => out.push_str("NULL"),
        Value::Time(t) if f.def.ftype == FieldType::AbsoluteTime => abs_time(out, *t),
        // tshark: "1" for a label (FT_NONE), so its presence shows; a
        // protocol item shows its label (the value we keep for it), or
        // without one (a hidden item) its filter name.
        Value::None if f.def.ftype == FieldType::None => out.push('1'),
        Value::None => out.push_str(f.def.name),
        // tshark's label for a byte field of no bytes (a DNS cookie
        // without its server part, a DHCP option of length 0).
        Value::Bytes(b) if b.is_empty() && f.def.ftype == FieldType::Bytes => {
            out.push_str(if f.def.allow_zero {
                "<none>"
            } else {
                "<MISSING>"
            })
        }
        Value::Bytes(b) if f.def.ftype == FieldType::Ether || colon_bytes(f.def, b) => {
            colon_hex(out, b)
        }
        // The display form, written without the formatting machinery (a
        // `String` never fails).
        other => {
            let _ = other.write_text(out);
        }
    }
}

/// A string as tshark's `-T fields` prints it: control characters as C
/// escapes (`\r\n` for a header line's end), so a value never breaks
/// the line or the columns; other characters a terminal would act on or a
/// reader could not see ([`super::safe::is_unsafe`]: bidi overrides, zero
/// width) as `\u{…}`, so no packet drives the terminal.
pub fn escape_text(out: &mut String, s: &str) {
    if !s.chars().any(super::safe::is_unsafe) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if super::safe::is_unsafe(c) && (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if super::safe::is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:04x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// One value as tshark's `-T ek` prints it, JSON-encoded (with quotes),
/// written straight into the byte buffer: no `String` a value.
pub fn push_ek_json(out: &mut Vec<u8>, f: &Field<'_>) {
    // Every text but a string's is digits, hex, `:`, `.`, `-`, `x`, `T`
    // or `Z` (or a double's `inf`/`NaN`): nothing to escape. The quotes
    // are pushed around each text in place (through a `dyn` closure, each
    // value was a call the compiler could not see into).
    match &f.value {
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::None => out.extend_from_slice(b"null"),
        // A character ('\x1d') is the one integer with text to escape.
        Value::UInt(n) if f.def.ftype == FieldType::Char => {
            let mut s = String::new();
            char_repr(&mut s, *n);
            super::json::write_str(out, &s);
        }
        Value::UInt(n) => {
            out.push(b'"');
            push_uint_repr(out, f.def, *n);
            out.push(b'"');
        }
        Value::Int(n) => {
            out.push(b'"');
            push_i64(out, *n);
            out.push(b'"');
        }
        Value::Bytes(b) => {
            out.push(b'"');
            push_colon_hex(out, b);
            out.push(b'"');
        }
        Value::Time(t) => {
            out.push(b'"');
            if f.def.ftype == FieldType::AbsoluteTime {
                push_iso_time(out, *t);
            } else {
                push_epoch(out, *t);
            }
            out.push(b'"');
        }
        Value::RelTime(t) => {
            out.push(b'"');
            push_rel_time(out, *t);
            out.push(b'"');
        }
        Value::Mac(m) => {
            out.push(b'"');
            push_mac(out, m);
            out.push(b'"');
        }
        Value::Ipv4(a) => {
            out.push(b'"');
            push_ipv4(out, a);
            out.push(b'"');
        }
        Value::Str(s) => super::json::write_str(out, s),
        other => {
            let mut s = String::new();
            let _ = other.write_text(&mut s);
            super::json::write_str(out, &s);
        }
    }
}

/// One value as tshark's `-T ek` prints it, JSON-encoded (with quotes).
pub fn ek_json(out: &mut String, f: &Field<'_>) {
    let mut s = String::new();
    match &f.value {
        Value::Bool(b) => {
            out.push_str(if *b { "true" } else { "false" });
            return;
        }
        Value::None => {
            out.push_str("null");
            return;
        }
        Value::UInt(n) => uint_repr(&mut s, f.def, *n),
        Value::Bytes(b) => colon_hex(&mut s, b),
        Value::Time(t) if f.def.ftype == FieldType::AbsoluteTime => iso_time(&mut s, *t),
        other => {
            let _ = write!(s, "{other}");
        }
    }
    json_str(out, &s);
}

/// A JSON string literal (RFC 8259 escapes).
pub fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_writers_write_what_the_formatter_writes() {
        let text = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut b = Vec::new();
            f(&mut b);
            String::from_utf8(b).unwrap()
        };
        let mut n = 0u64;
        while n < u64::MAX / 3 {
            for m in [n, n.saturating_sub(1), n + 1, n * 9 + 9] {
                assert_eq!(text(&|b| push_u64(b, m)), m.to_string());
                assert_eq!(text(&|b| push_nanos(b, m % 2_000_000_000)), {
                    format!("{:09}", m % 2_000_000_000)
                });
            }
            n = n * 10 + 1;
        }
        for v in [0i64, -1, 7, -12_345, i64::MIN, i64::MAX] {
            assert_eq!(text(&|b| push_i64(b, v)), v.to_string());
            let rel = Value::rel_time(v);
            let Value::RelTime(t) = rel else {
                unreachable!()
            };
            assert_eq!(text(&|b| push_rel_time(b, t)), rel.to_string());
        }
        for (secs, nanos) in [
            (0, 0),
            (-1, 500_000_000),
            (-2, 0),
            (1_795_519_049, 342_320_000),
        ] {
            let t = Timestamp::new(secs, nanos);
            assert_eq!(text(&|b| push_epoch(b, t)), Value::Time(t).to_string());
            let mut s = String::new();
            abs_time(&mut s, t);
            assert_eq!(text(&|b| push_abs_time(b, t)), s);
        }
        for bytes in [
            &[][..],
            &[0x02],
            &[0xff; 200],
            &[1, 2, 3],
            &[1, 2, 3, 4],
            &[0xab; 5],
            &[0x7f; 203],
        ] {
            let mut s = String::new();
            colon_hex(&mut s, bytes);
            assert_eq!(text(&|b| push_colon_hex(b, bytes)), s);
        }
        for a in [[0, 0, 0, 0], [10, 99, 100, 255], [1, 20, 3, 45]] {
            assert_eq!(text(&|b| push_ipv4(b, &a)), Value::Ipv4(a).to_string());
        }
        let m = [0x02, 0xa3, 0x35, 0x94, 0x00, 0xff];
        assert_eq!(text(&|b| push_mac(b, &m)), Value::Mac(m).to_string());
    }

    #[test]
    fn ek_byte_writers_write_what_the_string_writers_write() {
        let numbers = [
            0u64,
            1,
            7,
            8,
            255,
            256,
            0xffff,
            0x1_0000,
            u64::from(u32::MAX),
            u64::MAX,
        ];
        for def in crate::dissect::fields::all() {
            for n in numbers {
                let mut s = String::new();
                uint_repr(&mut s, def, n);
                let mut b = Vec::new();
                push_uint_repr(&mut b, def, n);
                assert_eq!(String::from_utf8(b).unwrap(), s, "{} {n}", def.name);
            }
        }
        for (secs, nanos) in [
            (0, 0),
            (1_795_519_049, 342_320_000),
            (-1, 999_999_999),
            (-62_167_219_200 - 86_400, 5),
            (253_402_300_800, 1),
        ] {
            let t = Timestamp::new(secs, nanos);
            let (mut s, mut b) = (String::new(), Vec::new());
            iso_time(&mut s, t);
            push_iso_time(&mut b, t);
            assert_eq!(String::from_utf8(b).unwrap(), s);
            let (mut s, mut b) = (String::new(), Vec::new());
            iso_date(&mut s, t);
            push_iso_date(&mut b, t);
            assert_eq!(String::from_utf8(b).unwrap(), s);
        }
        let f = crate::dissect::fields::frame::TIME;
        let values = [
            Value::UInt(0x0800),
            Value::Int(-5),
            Value::Bool(true),
            Value::Bool(false),
            Value::Str("a\"b\\c\n\u{1}é".into()),
            Value::Mac([2, 0xa3, 0x35, 0x94, 0, 1]),
            Value::Ipv4([10, 99, 0, 1]),
            Value::Ipv6([0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
            Value::Time(Timestamp::new(1_795_519_049, 342_320_000)),
            Value::rel_time(-1_500_000_000),
            Value::Double(0.25),
            Value::Bytes(vec![1, 2, 0xff].into()),
            Value::None,
        ];
        for def in [
            f,
            crate::dissect::fields::frame::TIME_EPOCH,
            crate::dissect::fields::ip::SRC,
        ] {
            for value in &values {
                let field = Field {
                    def,
                    value: value.clone(),
                };
                let mut s = String::new();
                ek_json(&mut s, &field);
                let mut b = Vec::new();
                push_ek_json(&mut b, &field);
                assert_eq!(String::from_utf8(b).unwrap(), s, "{value:?}");
            }
        }
    }

    #[test]
    fn times_read_as_tshark_writes_them() {
        let t = Timestamp::new(1_795_519_049, 342_320_000);
        let mut s = String::new();
        abs_time(&mut s, t);
        assert_eq!(s, "Nov 24, 2026 11:17:29.342320000 UTC");
        s.clear();
        iso_time(&mut s, t);
        assert_eq!(s, "2026-11-24T11:17:29.342320000Z");
        s.clear();
        abs_time(&mut s, Timestamp::new(0, 5));
        assert_eq!(s, "Jan  1, 1970 00:00:00.000000005 UTC");
        s.clear();
        colon_hex(&mut s, &[0x02, 0xa3, 0x35, 0x94]);
        assert_eq!(s, "02:a3:35:94");
        s.clear();
        escape_text(&mut s, "Host: a\r\n\x1b[2J\u{202e}é");
        assert_eq!(s, "Host: a\\r\\n\\x1b[2J\\u{202e}é");
    }
}
