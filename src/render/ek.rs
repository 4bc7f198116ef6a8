//! `-T ek`: Elasticsearch bulk NDJSON in tshark 4.0's layout, so an index
//! (and an index template from `osidump fields -T elastic-mapping`) made
//! for `tshark -T ek` takes ours. Two lines per packet:
//!
//! ```text
//! {"index":{"_index":"packets-2026-11-24","_type":"doc"}}
//! {"timestamp":"1795519053927","layers":{"frame":{"frame_frame_number":"8",...},"ip":{"ip_ip_src":"10.99.0.1",...}}}
//! ```
//! `timestamp` is milliseconds since the epoch (a string, as tshark writes
//! it); each layer is an object named after its protocol; a field's key is
//! its protocol and its name joined by `_` with every `.` made `_`
//! (`ip.src` → `ip_ip_src`); values are strings in tshark's spelling
//! (`"0x0018"` for hex integers), booleans are `true`/`false`, bytes are
//! `02:a3:35:94`, absolute times ISO 8601. Like tshark, a datagram quoted
//! in an ICMP error is an object inside the ICMP layer (`icmp.ip`), and
//! IPv6 extension headers are objects inside `ipv6` (`ipv6_fraghdr`).
//! Where tshark repeats a key (a field several times in a layer) we write
//! one key with an array, so every line is valid JSON. osidump's own
//! fields (`osidump.*`) and its session layer are left out.
//!
//! With `-e`, tshark's flat form: `{"timestamp":…,"layers":{"ip_src":["10.99.0.1"]}}`,
//! each value in `-T fields` spelling.

use super::value::{self, ek_json, fields_repr, json_str};
use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::{Dissection, Field, Layer, Value};
use crate::source::Timestamp;
use std::io::{self, Write};

/// `ip.src` in `ip` → `ip_ip_src`.
pub fn key(def: &FieldDef) -> String {
    let mut k = String::with_capacity(def.name.len() * 2);
    k.push_str(def.protocol());
    k.push('_');
    k.push_str(def.name);
    k.replace('.', "_")
}

/// [`key`] of a registered field, made once per run.
fn cached_key(def: &'static FieldDef) -> &'static str {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static KEYS: OnceLock<HashMap<usize, String>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        crate::dissect::fields::all()
            .map(|d| (d as *const FieldDef as usize, key(d)))
            .collect()
    });
    match keys.get(&(def as *const FieldDef as usize)) {
        Some(k) => k,
        // Not in the registry (cannot happen for decoded fields).
        None => Box::leak(key(def).into_boxed_str()),
    }
}

/// The key of a field in a layer: IPv6 registers its own `ip.version`
/// (`ipv6_ip_version`); every other field keys by its own protocol.
fn layer_key(layer: &str, def: &'static FieldDef) -> String {
    if layer == "ipv6" && def.protocol() == "ip" {
        return format!("ipv6_{}", def.name.replace('.', "_"));
    }
    cached_key(def).to_string()
}

fn timestamp(d: &Dissection<'_>) -> Timestamp {
    let f = crate::dissect::fields::frame::TIME_EPOCH;
    match d.layers.first().and_then(|l| l.get(f)) {
        Some(Value::Time(t)) => *t,
        _ => Timestamp::new(0, 0),
    }
}

fn header(out: &mut String, d: &Dissection<'_>) {
    let t = timestamp(d);
    out.push_str("{\"index\":{\"_index\":\"packets-");
    value::iso_date(out, t);
    out.push_str("\",\"_type\":\"doc\"}}\n{\"timestamp\":\"");
    let ms = t.as_nanos().div_euclid(1_000_000);
    out.push_str(&ms.to_string());
    out.push_str("\",\"layers\":{");
}

/// An object being written: its members, grouped by key in first-seen
/// order (a key seen twice becomes an array).
#[derive(Default)]
struct Obj {
    members: Vec<(String, Member)>,
}

enum Member {
    Values(Vec<String>),
    Obj(Obj),
}

impl Obj {
    fn value(&mut self, key: String, json: String) {
        match self.members.iter_mut().find(|(k, _)| *k == key) {
            Some((_, Member::Values(v))) => v.push(json),
            _ => self.members.push((key, Member::Values(vec![json]))),
        }
    }

    fn child(&mut self, key: &str) -> &mut Obj {
        let i = match self
            .members
            .iter()
            .position(|(k, m)| k == key && matches!(m, Member::Obj(_)))
        {
            Some(i) => i,
            None => {
                self.members
                    .push((key.to_string(), Member::Obj(Obj::default())));
                self.members.len() - 1
            }
        };
        match &mut self.members[i].1 {
            Member::Obj(o) => o,
            Member::Values(_) => unreachable!("position found an object"),
        }
    }

    fn fields(&mut self, l: &Layer<'_>) {
        for f in &l.fields {
            // Our own fields, and protocol items that carry nothing of
            // their own (tshark nests their children, which we keep flat).
            if f.def.is_own() || (f.def.ftype == FieldType::Protocol && f.value == Value::None) {
                continue;
            }
            self.field(l.protocol, f);
        }
        // Wireshark's either-direction fields (`ip.addr`: source and
        // destination), which tshark writes beside the two.
        for (name, members) in crate::filter::PSEUDO_FIELDS {
            if !members[0].name.starts_with(l.protocol) {
                continue;
            }
            let Some(def) = crate::dissect::fields::by_name(name) else {
                continue;
            };
            let vals: Vec<&Field<'_>> = l
                .fields
                .iter()
                .filter(|f| members.iter().any(|m| std::ptr::eq(*m, f.def)))
                .collect();
            for f in vals {
                let mut v = String::new();
                ek_json(&mut v, f);
                self.value(layer_key(l.protocol, def), v);
            }
        }
    }

    fn field(&mut self, layer: &str, f: &Field<'_>) {
        let mut v = String::new();
        ek_json(&mut v, f);
        let p = f.def.protocol();
        // A sub-protocol of the layer (an IPv6 extension header) is an
        // object of its own, as tshark nests it.
        if p != layer && p.starts_with(layer) && p.as_bytes().get(layer.len()) == Some(&b'.') {
            self.child(&p.replace('.', "_"))
                .value(cached_key(f.def).to_string(), v);
        } else {
            self.value(layer_key(layer, f.def), v);
        }
    }

    fn write(&self, out: &mut String) {
        out.push('{');
        for (i, (k, m)) in self.members.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json_str(out, k);
            out.push(':');
            match m {
                Member::Values(v) if v.len() == 1 => out.push_str(&v[0]),
                Member::Values(v) => {
                    out.push('[');
                    out.push_str(&v.join(","));
                    out.push(']');
                }
                Member::Obj(o) => o.write(out),
            }
        }
        out.push('}');
    }
}

/// The whole dissection, tshark's `-T ek` without `-e`.
pub fn write_packet(out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
    let mut s = String::with_capacity(2048);
    header(&mut s, d);
    let mut layers = Obj::default();
    // An ICMP error's quoted datagram lives inside the ICMP object.
    let mut quoting: Option<&str> = None;
    let mut last_icmp: Option<&str> = None;
    for l in &d.layers {
        // Our session layer; payload held for reassembly, which tshark
        // shows in the frame that completes the message.
        if l.protocol == "session"
            || l.get(crate::dissect::fields::data::OSIDUMP_REASSEMBLY)
                .is_some()
        {
            continue;
        }
        // The quoted datagram's headers (not what tshark decodes above
        // them: that is a layer of its own again).
        if let Some(icmp) = quoting
            .filter(|_| l.protocol != "communityid" && l.osi <= crate::dissect::Osi::Transport)
        {
            let outer = layers.child(icmp);
            outer.child(l.protocol).fields(l);
            continue;
        }
        if l.protocol == "communityid" {
            // A post-dissector's field sits directly in `layers`, as
            // tshark writes `communityid_communityid` there.
            for f in &l.fields {
                let mut v = String::new();
                ek_json(&mut v, f);
                layers.value(cached_key(f.def).to_string(), v);
            }
            continue;
        }
        // An ICMP message's payload (an echo's data) is inside it too.
        if l.protocol == "data"
            && let Some(icmp) = last_icmp.filter(|_| quoting.is_none())
        {
            layers.child(icmp).child("data").fields(l);
            continue;
        }
        last_icmp = matches!(l.protocol, "icmp" | "icmpv6").then_some(l.protocol);
        layers.child(l.protocol).fields(l);
        if matches!(l.protocol, "icmp" | "icmpv6")
            && d.layers
                .iter()
                .skip_while(|x| !std::ptr::eq(*x, l))
                .skip(1)
                .any(|x| matches!(x.protocol, "ip" | "ipv6"))
        {
            quoting = Some(l.protocol);
        }
    }
    let mut body = String::new();
    layers.write(&mut body);
    // `layers` was opened by the header.
    s.push_str(&body[1..]);
    s.push_str("}\n");
    out.write_all(s.as_bytes())
}

/// tshark's `-T ek -e …`: the chosen fields, flat, each an array of
/// strings in `-T fields` spelling.
pub fn write_selected(
    out: &mut impl Write,
    d: &Dissection<'_>,
    cols: &[&'static FieldDef],
) -> io::Result<()> {
    let mut s = String::with_capacity(512);
    header(&mut s, d);
    let mut first = true;
    for def in cols {
        let vals: Vec<String> = d
            .layers
            .iter()
            .flat_map(|l| l.fields.iter())
            .filter(|f| std::ptr::eq(f.def, *def))
            .map(|f| {
                let mut v = String::new();
                fields_repr(&mut v, f);
                v
            })
            .collect();
        if vals.is_empty() {
            continue;
        }
        if !first {
            s.push(',');
        }
        first = false;
        json_str(&mut s, &def.name.replace('.', "_"));
        s.push_str(":[");
        for (i, v) in vals.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            json_str(&mut s, v);
        }
        s.push(']');
    }
    s.push_str("}}\n");
    out.write_all(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::key;
    use crate::dissect::fields;

    #[test]
    fn keys_are_protocol_and_name_with_underscores() {
        assert_eq!(key(fields::ip::SRC), "ip_ip_src");
        assert_eq!(key(fields::frame::NUMBER), "frame_frame_number");
        assert_eq!(
            key(fields::communityid::COMMUNITYID),
            "communityid_communityid"
        );
    }
}
