//! `osidump fields`: every field any decoder emits, from the registry —
//! tshark's `-G fields` for what we decode. Three forms: an aligned table
//! (name, type, protocol, description), tshark's own tab-separated layout
//! (`F`, title, name, type, protocol, base, bitmask, blurb), and NDJSON.

use crate::dissect::field::{FieldDef, Names};
use crate::dissect::fields;
use serde::Serialize;
use std::fmt::Write as _;

/// One field, as `-T json` writes it.
#[derive(Debug, Serialize)]
pub struct Row {
    pub name: &'static str,
    pub title: &'static str,
    /// tshark's type name (`FT_UINT16`).
    #[serde(rename = "type")]
    pub ftype: &'static str,
    pub protocol: &'static str,
    pub description: &'static str,
    /// The layer that carries it in our dissection (`ip`, `session`).
    pub layer: &'static str,
    /// Value names, when the field has them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<(u64, u64, &'static str)>,
}

/// Every registered field whose name or protocol starts with `prefix`
/// (all of them for an empty prefix), in registry order.
pub fn select(prefix: &str) -> Vec<(&'static str, &'static FieldDef)> {
    fields::by_protocol()
        .flat_map(|(layer, defs)| defs.iter().map(move |d| (layer, *d)))
        .filter(|(layer, d)| {
            prefix.is_empty()
                || d.name.starts_with(prefix)
                || *layer == prefix
                || d.protocol() == prefix
        })
        .collect()
}

pub fn rows(prefix: &str) -> Vec<Row> {
    select(prefix)
        .into_iter()
        .map(|(layer, d)| Row {
            name: d.name,
            title: d.title,
            ftype: d.ftype.tshark_name(),
            protocol: d.protocol(),
            description: description(d),
            layer,
            values: values(d),
        })
        .collect()
}

fn description(d: &FieldDef) -> &'static str {
    if d.blurb.is_empty() { d.title } else { d.blurb }
}

fn values(d: &FieldDef) -> Vec<(u64, u64, &'static str)> {
    match d.names {
        Names::Vals(v) => v.iter().map(|(n, s)| (*n, *n, *s)).collect(),
        Names::Ranges(r) => r.to_vec(),
        Names::Bool(yes, no) => vec![(1, 1, yes), (0, 0, no)],
        Names::None => Vec::new(),
    }
}

/// tshark's `-G fields` lines for the selection: the same columns, so the
/// two can be compared with `diff`.
pub fn tsv(prefix: &str) -> String {
    let mut s = String::new();
    for (_, d) in select(prefix) {
        if d.ftype == crate::dissect::field::FieldType::Protocol {
            let _ = writeln!(s, "P\t{}\t{}", d.title, d.name);
            continue;
        }
        let _ = writeln!(
            s,
            "F\t{}\t{}\t{}\t{}\t{}\t{:#x}\t{}",
            d.title,
            d.name,
            d.ftype.tshark_name(),
            d.protocol(),
            base_column(d),
            d.mask,
            d.blurb
        );
    }
    s
}

/// tshark prints no base for types that have none (addresses, strings).
fn base_column(d: &FieldDef) -> String {
    use crate::dissect::field::{Base, FieldType};
    match (d.ftype, d.base) {
        (FieldType::Boolean, b) => b.tshark_name(),
        (FieldType::FrameNum, _) => String::new(),
        // tshark prints no display for times either.
        (FieldType::AbsoluteTime, _) => String::new(),
        (t, b) if t.is_integer() => b.tshark_name(),
        (_, Base::None) => String::new(),
        (_, b) => b.tshark_name(),
    }
}

/// The Elasticsearch type tshark's `-G elastic-mapping` gives a field
/// type (`None`: tshark maps no type, Elasticsearch's dynamic mapping is
/// off, so the field is kept but not indexed).
pub fn elastic_type(t: crate::dissect::field::FieldType) -> Option<&'static str> {
    use crate::dissect::field::FieldType as T;
    Some(match t {
        T::Uint16 | T::Int16 | T::Int32 | T::Uint24 | T::Int24 => "integer",
        T::Int8 | T::Uint8 => "short",
        T::FrameNum | T::Uint32 | T::Uint40 | T::Uint48 | T::Uint56 | T::Uint64 | T::Int64 => {
            "long"
        }
        T::Float | T::Double => "float",
        T::Ipv4 | T::Ipv6 => "ip",
        T::AbsoluteTime | T::RelativeTime => "date",
        T::Bytes | T::UintBytes => "byte",
        T::Boolean => "boolean",
        _ => return None,
    })
}

/// tshark's `-G elastic-mapping` for the fields osidump writes in `-T ek`
/// (selected as the other forms select): an index template whose
/// `layers.PROTOCOL.PROTOCOL_FIELD` paths are typed as tshark types them,
/// so an index made for tshark's ek takes ours and the other way round.
pub fn elastic_mapping(prefix: &str) -> String {
    use serde_json::{Map, Value, json};
    let mut layers: Map<String, Value> = Map::new();
    let mut add = |proto: &str, key: String, ty: Option<&'static str>| {
        let entry = layers
            .entry(proto.to_string())
            .or_insert_with(|| json!({ "properties": {} }));
        if let Some(ty) = ty
            && let Some(props) = entry["properties"].as_object_mut()
        {
            props.insert(key, json!({ "type": ty }));
        }
    };
    for (_, d) in select(prefix) {
        if d.is_own() {
            continue;
        }
        // Of a name Wireshark registers twice, tshark's mapping mostly
        // keeps the type `-G fields` lists; for these, the twin's.
        let ty = if std::ptr::eq(d, crate::dissect::fields::smb::FILE_ATTRIBUTE) {
            elastic_type(crate::dissect::fields::smb::FILE_ATTRIBUTE_32.ftype)
        } else {
            elastic_type(d.ftype)
        };
        if d.ftype == crate::dissect::field::FieldType::Protocol {
            add(d.name, String::new(), None);
            continue;
        }
        add(d.protocol(), crate::render::ek::key(d), ty);
        // IPv6 registers its own ip.version (`ipv6_ip_version`).
        if d.name == "ip.version" {
            add("ipv6", "ipv6_ip_version".into(), ty);
        }
    }
    let doc = json!({
        "settings": { "index.mapping.total_fields.limit": 1_000_000 },
        "mappings": {
            "dynamic": false,
            "properties": {
                "timestamp": { "type": "date" },
                "layers": { "properties": layers },
            }
        }
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// The aligned table: name, type, protocol, description.
pub fn text(prefix: &str) -> String {
    let rows = rows(prefix);
    let w0 = rows.iter().map(|r| r.name.len()).max().unwrap_or(4).max(4);
    let w1 = rows.iter().map(|r| r.ftype.len()).max().unwrap_or(4).max(4);
    let w2 = rows
        .iter()
        .map(|r| r.protocol.len())
        .max()
        .unwrap_or(8)
        .max(8);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:w0$}  {:w1$}  {:w2$}  description",
        "name", "type", "protocol"
    );
    for r in &rows {
        let _ = writeln!(
            s,
            "{:w0$}  {:w1$}  {:w2$}  {}",
            r.name, r.ftype, r.protocol, r.description
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_by_protocol_or_prefix() {
        let ip = select("ip");
        assert!(ip.iter().any(|(_, d)| d.name == "ip.src"));
        assert!(
            ip.iter()
                .all(|(l, d)| *l == "ip" || d.name.starts_with("ip"))
        );
        assert!(
            select("tcp.flags")
                .iter()
                .all(|(_, d)| d.name.starts_with("tcp.flags"))
        );
        assert_eq!(select("").len(), fields::all().count());
    }

    #[test]
    fn tsv_has_tsharks_columns() {
        let line = tsv("ip.flags.df");
        assert_eq!(
            line,
            "F\tDon't fragment\tip.flags.df\tFT_BOOLEAN\tip\t8\t0x40\t\n"
        );
    }
}
