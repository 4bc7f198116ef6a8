//! NDJSON: one object per packet. The contract (schema 1):
//!
//! ```text
//! {"schema":1,"layers":[{"osi":1,"protocol":"frame","fields":{...},"anomalies":[...]},...]}
//! ```
//! `layers` in wire order; field keys are Wireshark display-filter names (our
//! own start with `osidump.`); numbers are numbers, booleans booleans,
//! addresses and times strings; a field that occurs several times in a layer
//! is an array; `anomalies` appears only when there are some; `"quoted":true`
//! marks the layers an ICMP error quotes (the failed packet's, not this
//! packet's own).
//! Written by hand: no intermediate `serde_json::Value`, no per-field maps.

use crate::dissect::{Dissection, Layer, Value};
use std::io::{self, Write};

pub const SCHEMA: u32 = 1;

pub fn write_packet(out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    write!(buf, "{{\"schema\":{SCHEMA},\"layers\":[")?;
    let quoted = d.quoted_start().unwrap_or(usize::MAX);
    for (i, l) in d.layers.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        write_layer(&mut buf, l, i >= quoted)?;
    }
    buf.extend_from_slice(b"]}\n");
    out.write_all(&buf)
}

fn write_layer(buf: &mut Vec<u8>, l: &Layer<'_>, quoted: bool) -> io::Result<()> {
    buf.extend_from_slice(b"{\"osi\":");
    buf.push(b'0' + l.osi.number());
    if quoted {
        buf.extend_from_slice(b",\"quoted\":true");
    }
    buf.extend_from_slice(b",\"protocol\":\"");
    buf.extend_from_slice(l.protocol.as_bytes());
    buf.extend_from_slice(b"\",\"fields\":{");
    // Names that occur more than once become arrays. Most layers repeat
    // nothing: a 64-slot count of a cheap name hash proves a name unique
    // without comparing it to every other.
    let mut slots = [0u8; 64];
    for f in &l.fields {
        let s = &mut slots[slot(f.name())];
        *s = s.saturating_add(1);
    }
    let mut first = true;
    for (i, f) in l.fields.iter().enumerate() {
        let maybe_repeated = slots[slot(f.name())] > 1;
        // Each name once, at its first occurrence, with all its values.
        if maybe_repeated && l.fields[..i].iter().any(|g| g.name() == f.name()) {
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
        let repeated = maybe_repeated && l.fields[i + 1..].iter().any(|g| g.name() == f.name());
        if repeated {
            buf.push(b'[');
            let mut first_v = true;
            for g in l.fields[i..].iter().filter(|g| g.name() == f.name()) {
                if !first_v {
                    buf.push(b',');
                }
                first_v = false;
                write_value(buf, &g.value)?;
            }
            buf.push(b']');
        } else {
            write_value(buf, &f.value)?;
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

/// A cheap hash of a field name into 64 slots.
fn slot(name: &str) -> usize {
    let b = name.as_bytes();
    let (mid, last) = (b.get(b.len() / 2), b.last());
    (b.len() + 7 * usize::from(*last.unwrap_or(&0)) + 13 * usize::from(*mid.unwrap_or(&0))) & 63
}

fn write_value(buf: &mut Vec<u8>, v: &Value<'_>) -> io::Result<()> {
    match v {
        Value::UInt(n) => {
            buf.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes());
            Ok(())
        }
        Value::Int(n) => {
            buf.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes());
            Ok(())
        }
        Value::Bool(b) => write!(buf, "{b}"),
        Value::Str(s) => {
            write_str(buf, s);
            Ok(())
        }
        other => {
            // Addresses, times and bytes: their display form, quoted. None
            // of these can contain characters that need escaping.
            buf.push(b'"');
            write!(buf, "{other}")?;
            buf.push(b'"');
            Ok(())
        }
    }
}

/// A JSON string literal (RFC 8259 escapes). Copies runs of bytes that
/// need no escape in one go: the input is UTF-8 already.
fn write_str(buf: &mut Vec<u8>, s: &str) {
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
