//! The one-line summary of a DNS layer, as tshark's Info column reads.

use super::*;
use crate::dissect::Field;
use crate::dissect::field::FieldDef;
use crate::dissect::summary::{push_hex, push_uint, push_value};

// ---------------------------------------------------------------------------
// One-line summary
// ---------------------------------------------------------------------------

/// tshark's Info column for a DNS layer, e.g.
/// `Standard query response 0x1a2b No such name A nope.example.test SOA ns1.example.test`.
pub fn summary(layer: &Layer<'_>) -> String {
    let mut out = String::new();
    write_summary(&mut out, layer);
    out
}

/// Appends [`summary`] to `out`: every DNS line has one, so it is written
/// in place, piece by piece (numbers by itoa, no `write!`), and fields are
/// told apart by their definitions' addresses, not their names.
pub fn write_summary(out: &mut String, layer: &Layer<'_>) {
    write_text(out, layer, Some((SUMMARY_QUESTIONS, SUMMARY_RECORDS)));
}

/// tshark's Info column for the DNS layer `layers[i]`: [`summary`] with
/// every question and record, however many (the layer's summary line
/// counts those past a few).
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    // A message too short for its id and flags: tshark cleared the column
    // and threw before writing it.
    if let Some(l) = layers.get(i).filter(|l| l.has(f::dns::ID)) {
        write_text(out, l, None);
    }
}

/// The summary, naming at most `limits` (questions, records) when given.
fn write_text(out: &mut String, layer: &Layer<'_>, limits: Option<(usize, usize)>) {
    let (max_questions, max_records) = limits.unwrap_or((usize::MAX, usize::MAX));
    let Some(id) = layer.get_uint(f::dns::ID) else {
        out.push_str("DNS (malformed)");
        return;
    };
    let Some(flags) = layer.get_uint(f::dns::FLAGS) else {
        out.push_str("DNS 0x");
        push_hex(out, id, 4);
        out.push_str(" (malformed)");
        return;
    };
    let opcode = ((flags >> 11) & 0xf) as u8;
    match opcode_name(opcode) {
        Some(n) => out.push_str(n),
        None => {
            out.push_str("Unknown operation (");
            push_uint(out, u64::from(opcode));
            out.push(')');
        }
    }
    if flags & 0x8000 != 0 {
        out.push_str(" response");
    }
    out.push_str(" 0x");
    push_hex(out, id, 4);
    let rcode = (flags & 0xf) as u16;
    if flags & 0x8000 != 0 && rcode != 0 {
        match rcode_name(rcode) {
            Some(n) => {
                out.push(' ');
                out.push_str(n);
            }
            None => {
                out.push_str(" Unknown error (");
                push_uint(out, u64::from(rcode));
                out.push(')');
            }
        }
    }
    // ` TYPE`: the type's name, or `Unknown (N)`.
    let push_type = |out: &mut String, t: u64| {
        out.push(' ');
        match u16::try_from(t).ok().and_then(type_name) {
            Some(n) => out.push_str(n),
            None => {
                out.push_str("Unknown (");
                push_uint(out, t);
                out.push(')');
            }
        }
    };
    let mut qname = None;
    let mut mx_pref = 0;
    let mut srv = [0u64; 3];
    let (mut questions, mut records) = (0usize, 0usize);
    // The current question or record is past SUMMARY_CAP: not shown.
    let mut hidden = false;
    let is = |fl: &Field<'_>, def: &'static FieldDef| std::ptr::eq(fl.def, def);
    // Inside an NSEC-style record's type bitmap, whose types are
    // `dns.resp.type` items too (not records, and not in the Info column).
    let mut in_bitmap = false;
    for fl in &layer.fields {
        if is(fl, f::dns::QRY_TYPE) {
            questions += 1;
            hidden = questions > max_questions;
        } else if is(fl, f::dns::RESP_NAME) {
            in_bitmap = false;
        } else if is(fl, f::dns::RESP_TYPE) {
            if in_bitmap {
                continue;
            }
            in_bitmap = matches!(fl.value, Value::UInt(47 | 50 | 62));
            records += 1;
            hidden = records > max_records;
        } else if is(fl, f::dns::OSIDUMP_CUT_TYPE) {
            records += 1;
            hidden = records > max_records;
        }
        if hidden {
            continue;
        }
        let v = &fl.value;
        if is(fl, f::dns::QRY_NAME) {
            qname = Some(v);
        } else if is(fl, f::dns::QRY_TYPE) {
            if let Value::UInt(t) = v {
                push_type(out, *t);
                out.push(' ');
                if let Some(name) = qname {
                    push_value(out, name);
                }
            }
        } else if is(fl, f::dns::QRY_QU) {
            if let Value::Bool(qu) = v {
                out.push_str(if *qu {
                    ", \"QU\" question"
                } else {
                    ", \"QM\" question"
                });
            }
        } else if is(fl, f::dns::RESP_TYPE) || is(fl, f::dns::OSIDUMP_CUT_TYPE) {
            if let Value::UInt(t) = v {
                push_type(out, *t);
            }
        } else if is(fl, f::dns::RESP_CACHE_FLUSH) {
            if let Value::Bool(true) = v {
                out.push_str(", cache flush");
            }
        } else if is(fl, f::dns::A)
            || is(fl, f::dns::AAAA)
            || is(fl, f::dns::CNAME)
            || is(fl, f::dns::NS)
            || is(fl, f::dns::PTR_DOMAIN_NAME)
            || is(fl, f::dns::SOA_MNAME)
            || is(fl, f::dns::NSEC_NEXT_DOMAIN_NAME)
        {
            out.push(' ');
            push_value(out, v);
        } else if is(fl, f::dns::MX_PREFERENCE) {
            if let Value::UInt(p) = v {
                mx_pref = *p;
            }
        } else if is(fl, f::dns::MX_MAIL_EXCHANGE) {
            out.push(' ');
            push_uint(out, mx_pref);
            out.push(' ');
            push_value(out, v);
        } else if is(fl, f::dns::SRV_PRIORITY) {
            if let Value::UInt(p) = v {
                srv[0] = *p;
            }
        } else if is(fl, f::dns::SRV_WEIGHT) {
            if let Value::UInt(w) = v {
                srv[1] = *w;
            }
        } else if is(fl, f::dns::SRV_PORT) {
            if let Value::UInt(p) = v {
                srv[2] = *p;
            }
        } else if is(fl, f::dns::SRV_TARGET) {
            for n in srv {
                out.push(' ');
                push_uint(out, n);
            }
            out.push(' ');
            push_value(out, v);
        }
    }
    let more = questions.saturating_sub(max_questions) + records.saturating_sub(max_records);
    if more > 0 {
        out.push_str(" … (");
        push_uint(out, more as u64);
        out.push_str(" more)");
    }
}
