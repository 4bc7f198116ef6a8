//! NDJSON: one object per packet. The contract (schema 1):
//!
//! ```text
//! {"schema":1,"layers":[{"osi":1,"protocol":"frame","fields":{...},"anomalies":[...]},...]}
//! ```
//! `layers` in wire order; field keys are Wireshark display-filter names (our
//! own start with `osidump.`); numbers are numbers, booleans booleans,
//! addresses and times strings; a field that occurs several times in a layer
//! is an array; `anomalies` appears only when there are some.
//! Written by hand: no intermediate `serde_json::Value`, no per-field maps.

use crate::dissect::{Dissection, Layer, Value};
use std::io::{self, Write};

pub const SCHEMA: u32 = 1;

pub fn write_packet(out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    write!(buf, "{{\"schema\":{SCHEMA},\"layers\":[")?;
    for (i, l) in d.layers.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        write_layer(&mut buf, l)?;
    }
    buf.extend_from_slice(b"]}\n");
    out.write_all(&buf)
}

fn write_layer(buf: &mut Vec<u8>, l: &Layer<'_>) -> io::Result<()> {
    write!(
        buf,
        "{{\"osi\":{},\"protocol\":\"{}\",\"fields\":{{",
        l.osi.number(),
        l.protocol
    )?;
    let mut first = true;
    for (i, f) in l.fields.iter().enumerate() {
        // Each name once, at its first occurrence, with all its values.
        if l.fields[..i].iter().any(|g| g.name == f.name) {
            continue;
        }
        if !first {
            buf.push(b',');
        }
        first = false;
        write_str(buf, f.name);
        buf.push(b':');
        let repeated = l.fields[i + 1..].iter().any(|g| g.name == f.name);
        if repeated {
            buf.push(b'[');
            let mut first_v = true;
            for g in l.fields[i..].iter().filter(|g| g.name == f.name) {
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

fn write_value(buf: &mut Vec<u8>, v: &Value<'_>) -> io::Result<()> {
    match v {
        Value::UInt(n) => write!(buf, "{n}"),
        Value::Int(n) => write!(buf, "{n}"),
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

/// A JSON string literal (RFC 8259 escapes).
fn write_str(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    for c in s.chars() {
        match c {
            '"' => buf.extend_from_slice(b"\\\""),
            '\\' => buf.extend_from_slice(b"\\\\"),
            '\n' => buf.extend_from_slice(b"\\n"),
            '\r' => buf.extend_from_slice(b"\\r"),
            '\t' => buf.extend_from_slice(b"\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(buf, "\\u{:04x}", c as u32);
            }
            c => {
                let mut tmp = [0u8; 4];
                buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
            }
        }
    }
    buf.push(b'"');
}
