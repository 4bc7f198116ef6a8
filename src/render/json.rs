//! NDJSON: one object per packet. The contract (schema 1):
//!
//! ```text
//! {"schema":1,"layers":[{"osi":1,"protocol":"frame","fields":{...},"anomalies":[...]},...]}
//! ```
//! `layers` in wire order; field keys are Wireshark display-filter names (our
//! own start with `osidump.`); numbers are numbers, booleans booleans,
//! addresses and times strings; bytes are hex pairs joined by `:`
//! (`02:a3:35:94`, as tshark's JSON); absolute times are strings
//! (`frame.time` as tshark writes it, `frame.time_epoch` as
//! `secs.nanoseconds`); time differences (`frame.time_delta`, `dns.time`)
//! are numbers of seconds with nine decimals; a field that occurs several
//! times in a layer is an array; `anomalies` appears only when there are
//! some; `"quoted":true` marks the layers an ICMP error quotes (the failed
//! packet's, not this packet's own).
//! Written by hand: no intermediate `serde_json::Value`, no per-field maps.

use super::value;
use crate::dissect::field::FieldType;
use crate::dissect::{Dissection, Field, Layer, Value};
use std::io::{self, Write};

pub const SCHEMA: u32 = 1;

pub fn write_packet(out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
    // One buffer per thread, kept across packets: a packet's JSON is a few
    // kilobytes, and growing a fresh buffer to that was a malloc, two
    // reallocs and their copies a packet.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = const {
            std::cell::RefCell::new(Scratch { buf: Vec::new(), names: Vec::new() })
        };
    }
    SCRATCH.with(|b| match b.try_borrow_mut() {
        Ok(mut scratch) => {
            let Scratch { buf, names } = &mut *scratch;
            buf.clear();
            packet(buf, names, d)?;
            let written = out.write_all(buf);
            // A huge packet does not keep its buffer.
            if buf.capacity() > 1 << 20 {
                *buf = Vec::new();
            }
            written
        }
        Err(_) => {
            let mut buf = Vec::with_capacity(4096);
            packet(&mut buf, &mut Vec::new(), d)?;
            out.write_all(&buf)
        }
    })
}

/// What writing a packet needs besides the packet, kept across packets.
struct Scratch {
    buf: Vec<u8>,
    /// The [`Names`] table of the layer at hand.
    names: Vec<(u32, u32)>,
}

fn packet(buf: &mut Vec<u8>, names: &mut Vec<(u32, u32)>, d: &Dissection<'_>) -> io::Result<()> {
    buf.extend_from_slice(b"{\"schema\":");
    buf.extend_from_slice(itoa::Buffer::new().format(SCHEMA).as_bytes());
    buf.extend_from_slice(b",\"layers\":[");
    let quoted = d.quoted_start().unwrap_or(usize::MAX);
    for (i, l) in d.layers.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        write_layer(buf, names, l, i >= quoted)?;
    }
    buf.extend_from_slice(b"]}\n");
    Ok(())
}

fn write_layer(
    buf: &mut Vec<u8>,
    names: &mut Vec<(u32, u32)>,
    l: &Layer<'_>,
    quoted: bool,
) -> io::Result<()> {
    buf.extend_from_slice(b"{\"osi\":");
    buf.push(b'0' + l.osi.number());
    if quoted {
        buf.extend_from_slice(b",\"quoted\":true");
    }
    buf.extend_from_slice(b",\"protocol\":\"");
    buf.extend_from_slice(l.protocol.as_bytes());
    buf.extend_from_slice(b"\",\"fields\":{");
    // Names that occur more than once become arrays, each name once, at
    // its first occurrence, with all its values.
    let names = Names::of(l, names);
    let mut first = true;
    for (i, f) in l.fields.iter().enumerate() {
        let (at, count) = names.find(l, i);
        if at != i {
            continue;
        }
        if !first {
            buf.push(b',');
        }
        first = false;
        // Field names are our own literals: no escaping needed.
        buf.push(b'"');
        buf.extend_from_slice(f.name().as_bytes());
        buf.extend_from_slice(b"\":");
        if count > 1 {
            buf.push(b'[');
            let mut first_v = true;
            for g in l.fields[i..]
                .iter()
                .filter(|g| same_name(g.name(), f.name()))
            {
                if !first_v {
                    buf.push(b',');
                }
                first_v = false;
                write_value(buf, g)?;
            }
            buf.push(b']');
        } else {
            write_value(buf, f)?;
        }
    }
    buf.push(b'}');
    if !l.anomalies.is_empty() {
        buf.extend_from_slice(b",\"anomalies\":[");
        for (i, a) in l.anomalies.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            write_str(buf, &a.to_string());
        }
        buf.push(b']');
    }
    buf.push(b'}');
    Ok(())
}

/// Equal names; the same field's name is the same literal, so the
/// pointers usually decide.
fn same_name(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// A layer's field names in an open-addressed table: for each field, the
/// first field with its name and how many fields carry it, found in one
/// pass (comparing every field with every other was a quarter of all JSON
/// instructions).
struct Names<'s> {
    /// `(first field + 1, count)`; 0 marks an empty slot.
    slots: &'s mut [(u32, u32)],
    mask: usize,
}

impl<'s> Names<'s> {
    /// The table of `l`'s names, in `slots` (emptied first).
    fn of(l: &Layer<'_>, slots: &'s mut Vec<(u32, u32)>) -> Names<'s> {
        let size = (l.fields.len() * 2).next_power_of_two().max(16);
        slots.clear();
        slots.resize(size, (0, 0));
        let names = Names {
            slots,
            mask: size - 1,
        };
        for (i, f) in l.fields.iter().enumerate() {
            let at = names.slot(l, f.name());
            let s = &mut names.slots[at];
            if s.0 == 0 {
                *s = (i as u32 + 1, 1);
            } else {
                s.1 += 1;
            }
        }
        names
    }

    /// The slot of `name`: where it is, or the empty one it would take.
    fn slot(&self, l: &Layer<'_>, name: &str) -> usize {
        let mut at = hash(name) & self.mask;
        loop {
            let (first, _) = self.slots[at];
            if first == 0 || same_name(l.fields[first as usize - 1].name(), name) {
                return at;
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The first field named as field `i`, and how many are.
    fn find(&self, l: &Layer<'_>, i: usize) -> (usize, u32) {
        let (first, count) = self.slots[self.slot(l, l.fields[i].name())];
        (first as usize - 1, count)
    }
}

/// A cheap hash of a field name: its length and last eight bytes (names
/// share prefixes such as `tcp.analysis.`, and differ at the end).
fn hash(name: &str) -> usize {
    let b = name.as_bytes();
    let tail = match b.len().checked_sub(8) {
        Some(at) => b[at..]
            .try_into()
            .map(u64::from_le_bytes)
            .unwrap_or_default(),
        None => b.iter().fold(0, |h, &c| h << 8 | u64::from(c)),
    };
    let x = tail ^ (b.len() as u64) << 56;
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize
}

fn write_value(buf: &mut Vec<u8>, field: &Field<'_>) -> io::Result<()> {
    match &field.value {
        Value::UInt(n) => {
            buf.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes());
            Ok(())
        }
        Value::Int(n) => {
            buf.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes());
            Ok(())
        }
        Value::Bool(b) => {
            buf.extend_from_slice(if *b { b"true" } else { b"false" });
            Ok(())
        }
        Value::Str(s) => {
            write_str(buf, s);
            Ok(())
        }
        // Seconds with nine decimals: a JSON number.
        v @ Value::RelTime(_) => write!(buf, "{v}"),
        Value::Bytes(b) => {
            let mut s = String::new();
            value::colon_hex(&mut s, b);
            buf.push(b'"');
            buf.extend_from_slice(s.as_bytes());
            buf.push(b'"');
            Ok(())
        }
        Value::Time(t) if field.def.ftype == FieldType::AbsoluteTime => {
            let mut s = String::new();
            value::abs_time(&mut s, *t);
            write_str(buf, &s);
            Ok(())
        }
        other => {
            // Addresses, times and bytes: their display form, quoted. None
            // of these can contain characters that need escaping.
            buf.push(b'"');
            other
                .write_text(&mut Text(buf))
                .map_err(|_| io::Error::other("value formatting failed"))?;
            buf.push(b'"');
            Ok(())
        }
    }
}

/// Text written into the byte buffer.
struct Text<'b>(&'b mut Vec<u8>);

impl std::fmt::Write for Text<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// A JSON string literal (RFC 8259 escapes). Copies runs of bytes that
/// need no escape in one go: the input is UTF-8 already.
pub(crate) fn write_str(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => continue,
        };
        buf.extend_from_slice(&bytes[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(b"\\u00");
            buf.push(HEX[usize::from(b >> 4)]);
            buf.push(HEX[usize::from(b & 0xf)]);
        } else {
            buf.extend_from_slice(escape);
        }
        start = i + 1;
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::write_str;

    #[test]
    fn strings_are_escaped_as_rfc_8259_says() {
        let mut buf = Vec::new();
        write_str(&mut buf, "a\"b\\c\nd\te\u{1}f\u{1f}é한");
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(text, "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u001fé한\"");
        let back: String = serde_json::from_str(&text).unwrap();
        assert_eq!(back, "a\"b\\c\nd\te\u{1}f\u{1f}é한");
    }
}
