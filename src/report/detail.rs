//! One packet as the page's packet view shows it: its layers (OSI number,
//! protocol, one-line summary, byte span, anomalies, every field with its
//! Wireshark name and its value in its base with its value name, as `-V`
//! prints them) and its bytes, with which layer colours each byte (as the
//! tree's `-x` hex dump colours them).
//!
//! Built when the packet is read (the dissection borrows the frame) and
//! kept as the JSON the page embeds; wire strings are made visible with
//! [`safe`] here and reach the page as text nodes.

use crate::dissect::{Dissection, Value};
use crate::render::safe;
use crate::views::i18n::Lang;
use serde::Serialize;

/// Bytes of a frame the page shows (a 64 KiB offloaded segment would
/// make the page heavy; the rest is counted).
pub const MAX_BYTES: usize = 4096;

#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    pub frame: u64,
    /// Bytes on the wire.
    pub len: u64,
    /// Bytes captured.
    pub caplen: usize,
    pub layers: Vec<LayerDetail>,
    /// The first [`MAX_BYTES`] captured bytes, as hex.
    pub hex: String,
    /// Runs of bytes and the OSI layer that colours them: `[start, end, osi]`.
    pub own: Vec<[usize; 3]>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LayerDetail {
    pub osi: u8,
    #[serde(rename = "p")]
    pub protocol: &'static str,
    /// The one-line summary, as the tree prints it.
    #[serde(rename = "s")]
    pub summary: String,
    /// The bytes the layer's header covers (`[0, 0]`: none).
    pub span: [usize; 2],
    /// Anomalies (expert info): `malformed: ...`.
    #[serde(rename = "a", skip_serializing_if = "Vec::is_empty")]
    pub anomalies: Vec<String>,
    /// `[name, value]`, in the dissector's order.
    #[serde(rename = "f")]
    pub fields: Vec<[String; 2]>,
}

pub fn of(d: &Dissection<'_>, frame: u64, len: u64, lang: Lang) -> Detail {
    let layers = d
        .layers
        .iter()
        .map(|l| {
            let mut summary = String::new();
            super::model::summarize(&mut summary, l, lang);
            let fields = l
                .fields
                .iter()
                .map(|f| {
                    let mut v = String::new();
                    match f.value {
                        Value::None => v.push_str(f.def.title),
                        ref val => f.def.display(val, &mut v),
                    }
                    [f.name().to_string(), safe::escape(&v).into_owned()]
                })
                .collect();
            LayerDetail {
                osi: l.osi.number(),
                protocol: l.protocol,
                summary: safe::escape(&summary).into_owned(),
                span: [l.span.start, l.span.end],
                anomalies: l
                    .anomalies
                    .iter()
                    .map(|a| {
                        let kind = crate::render::line::anomaly_kind(a.kind.as_str(), lang);
                        safe::escape(&format!("{kind}: {}", a.reason)).into_owned()
                    })
                    .collect(),
                fields,
            }
        })
        .collect();
    let shown = &d.data[..d.data.len().min(MAX_BYTES)];
    let mut hex = String::with_capacity(shown.len() * 2);
    for b in shown {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
    }
    let owner = crate::render::tree::byte_owners(d);
    let mut own: Vec<[usize; 3]> = Vec::new();
    for (i, o) in owner.iter().take(shown.len()).enumerate() {
        let osi = usize::from(o.number());
        match own.last_mut() {
            Some(run) if run[2] == osi && run[1] == i => run[1] = i + 1,
            _ => own.push([i, i + 1, osi]),
        }
    }
    Detail {
        frame,
        len,
        caplen: d.data.len(),
        layers,
        hex,
        own,
    }
}
