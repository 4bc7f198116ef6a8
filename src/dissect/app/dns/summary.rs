//! The one-line summary of a DNS layer, as tshark's Info column reads.

use super::*;

// ---------------------------------------------------------------------------
// One-line summary
// ---------------------------------------------------------------------------

/// tshark's Info column for a DNS layer, e.g.
/// `Standard query response 0x1a2b No such name A nope.example.test SOA ns1.example.test`.
pub fn summary(layer: &Layer<'_>) -> String {
    let mut out = String::new();
    let Some(id) = layer.get_uint(f::dns::ID) else {
        return "DNS (malformed)".to_string();
    };
    let Some(flags) = layer.get_uint(f::dns::FLAGS) else {
        let _ = write!(out, "DNS 0x{id:04x} (malformed)");
        return out;
    };
    let opcode = ((flags >> 11) & 0xf) as u8;
    match opcode_name(opcode) {
        Some(n) => out.push_str(n),
        None => {
            let _ = write!(out, "Unknown operation ({opcode})");
        }
    }
    if flags & 0x8000 != 0 {
        out.push_str(" response");
    }
    let _ = write!(out, " 0x{id:04x}");
    let rcode = (flags & 0xf) as u16;
    if flags & 0x8000 != 0 && rcode != 0 {
        match rcode_name(rcode) {
            Some(n) => {
                let _ = write!(out, " {n}");
            }
            None => {
                let _ = write!(out, " Unknown error ({rcode})");
            }
        }
    }
    let type_text = |t: u64| match u16::try_from(t).ok().and_then(type_name) {
        Some(n) => n.to_string(),
        None => format!("Unknown ({t})"),
    };
    let mut qname = String::new();
    let mut mx_pref = 0;
    let mut srv = [0u64; 3];
    let (mut questions, mut records) = (0usize, 0usize);
    // The current question or record is past SUMMARY_CAP: not shown.
    let mut hidden = false;
    for f in &layer.fields {
        match f.name() {
            "dns.qry.type" => {
                questions += 1;
                hidden = questions > SUMMARY_QUESTIONS;
            }
            "dns.resp.type" => {
                records += 1;
                hidden = records > SUMMARY_RECORDS;
            }
            _ => {}
        }
        if hidden {
            continue;
        }
        match (f.name(), &f.value) {
            ("dns.qry.name", v) => qname = v.to_string(),
            ("dns.qry.type", Value::UInt(t)) => {
                let _ = write!(out, " {} {qname}", type_text(*t));
            }
            ("dns.qry.qu", Value::Bool(qu)) => {
                out.push_str(if *qu {
                    ", \"QU\" question"
                } else {
                    ", \"QM\" question"
                });
            }
            ("dns.resp.type", Value::UInt(t)) => {
                let _ = write!(out, " {}", type_text(*t));
            }
            ("dns.resp.cache_flush", Value::Bool(true)) => out.push_str(", cache flush"),
            (
                "dns.a"
                | "dns.aaaa"
                | "dns.cname"
                | "dns.ns"
                | "dns.ptr.domain_name"
                | "dns.soa.mname",
                v,
            ) => {
                let _ = write!(out, " {v}");
            }
            ("dns.mx.preference", Value::UInt(p)) => mx_pref = *p,
            ("dns.mx.mail_exchange", v) => {
                let _ = write!(out, " {mx_pref} {v}");
            }
            ("dns.srv.priority", Value::UInt(p)) => srv[0] = *p,
            ("dns.srv.weight", Value::UInt(w)) => srv[1] = *w,
            ("dns.srv.port", Value::UInt(p)) => srv[2] = *p,
            ("dns.srv.target", v) => {
                let _ = write!(out, " {} {} {} {v}", srv[0], srv[1], srv[2]);
            }
            _ => {}
        }
    }
    let more =
        questions.saturating_sub(SUMMARY_QUESTIONS) + records.saturating_sub(SUMMARY_RECORDS);
    if more > 0 {
        let _ = write!(out, " … ({more} more)");
    }
    out
}
