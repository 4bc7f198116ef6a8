//! `-T fields -e FIELD ...`: one line per packet, the chosen fields'
//! values in columns, byte for byte as `tshark -T fields` writes them for
//! the same `-e` list and `-E` options (values in tshark's spelling:
//! [`super::value::fields_repr`]).
//!
//! `-E` takes tshark's options: `header=y|n`, `separator=/t|/s|C`,
//! `occurrence=f|l|a`, `aggregator=,|/s|C`, `quote=d|s|n`, `bom=y|n`.
//!
//! A name must be a registered field. A name Wireshark knows that osidump
//! does not decode (another protocol's field, a protocol, a column) is
//! refused with that said, never printed as an always-empty column.

use super::value::fields_repr;
use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::{Dissection, fields};
use std::fmt;
use std::io::{self, Write};

/// Which values of a field that occurs several times are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occurrence {
    First,
    Last,
    All,
}

/// The `-E` options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldsOptions {
    pub header: bool,
    pub separator: char,
    pub occurrence: Occurrence,
    pub aggregator: char,
    pub quote: Option<char>,
    pub bom: bool,
}

impl Default for FieldsOptions {
    fn default() -> Self {
        FieldsOptions {
            header: false,
            separator: '\t',
            occurrence: Occurrence::All,
            aggregator: ',',
            quote: None,
            bom: false,
        }
    }
}

impl FieldsOptions {
    /// Applies one `-E name=value`, as tshark reads it.
    pub fn set(&mut self, option: &str) -> Result<(), String> {
        let bad = || {
            format!(
                "-E {option}: not a field output option (header=y|n, separator=/t|/s|C, \
                 occurrence=f|l|a, aggregator=,|/s|C, quote=d|s|n, bom=y|n)"
            )
        };
        let (name, value) = option.split_once('=').ok_or_else(bad)?;
        let yes_no = |v: &str| match v {
            "y" | "Y" => Ok(true),
            "n" | "N" => Ok(false),
            _ => Err(bad()),
        };
        // A separator or aggregator is one character, `/t` or `/s`.
        let one_char = |v: &str| match v {
            "/t" => Ok('\t'),
            "/s" => Ok(' '),
            v => v.chars().next().ok_or_else(bad),
        };
        match name {
            "header" => self.header = yes_no(value)?,
            "bom" => self.bom = yes_no(value)?,
            "separator" => self.separator = one_char(value)?,
            "aggregator" => self.aggregator = one_char(value)?,
            "occurrence" => {
                self.occurrence = match value {
                    "f" => Occurrence::First,
                    "l" => Occurrence::Last,
                    "a" => Occurrence::All,
                    _ => return Err(bad()),
                }
            }
            "quote" => {
                self.quote = match value {
                    "d" => Some('"'),
                    "s" => Some('\''),
                    "n" => None,
                    _ => return Err(bad()),
                }
            }
            _ => return Err(bad()),
        }
        Ok(())
    }
}

/// Why a `-e` name cannot be a column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    /// Neither osidump nor Wireshark knows the name.
    Unknown(String),
    /// Wireshark knows it; osidump does not decode it.
    NotDecoded(String),
    /// A protocol name: tshark prints its tree label, which osidump does
    /// not reproduce.
    Protocol(String),
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Unknown(n) => write!(f, "-e {n}: no such field"),
            FieldError::NotDecoded(n) => write!(
                f,
                "-e {n}: a Wireshark field osidump does not decode: not supported \
                 (`osidump fields` lists what it emits)"
            ),
            FieldError::Protocol(n) => write!(
                f,
                "-e {n}: a protocol, not a field: not supported (tshark prints the \
                 protocol's tree label; name one of its fields, `osidump fields {n}`)"
            ),
        }
    }
}

/// Wireshark's protocol names and the field names of the protocols osidump
/// decodes (from tshark 4.0's `-G protocols` and `-G fields`; made by
/// `scripts/make-tshark-names.sh`), to tell "not decoded" from "no such".
const TSHARK_NAMES: &str = include_str!("tshark_names.txt");

pub(crate) fn tshark_knows(name: &str) -> bool {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    NAMES
        .get_or_init(|| {
            TSHARK_NAMES
                .lines()
                .filter(|l| !l.starts_with('#'))
                .collect()
        })
        .contains(name)
}

/// The field a `-e` name stands for.
pub fn column(name: &str) -> Result<&'static FieldDef, FieldError> {
    if let Some(def) = fields::by_name(name) {
        return Ok(def);
    }
    if name == "data" {
        return Ok(crate::dissect::fields::data::PROTOCOL_COLUMN);
    }
    if crate::dissect::spec::layer_names().any(|p| p == name) {
        return Err(FieldError::Protocol(name.to_string()));
    }
    // Column fields (`_ws.col.Info`), fields of the protocols we decode
    // that we do not emit, and any field of a protocol we do not decode
    // (its name starts with the protocol's).
    let ours = |p: &str| crate::dissect::spec::layer_names().any(|l| l == p);
    let foreign_protocol = name
        .match_indices('.')
        .map(|(i, _)| &name[..i])
        .any(|p| tshark_knows(p) && !ours(p) && !p.starts_with("ipv6."));
    if tshark_knows(name) || name.starts_with("_ws.") || foreign_protocol {
        return Err(FieldError::NotDecoded(name.to_string()));
    }
    Err(FieldError::Unknown(name.to_string()))
}

/// Every name of `-e` that is not a column, each with why.
pub fn columns(names: &[String]) -> Result<Vec<&'static FieldDef>, Vec<FieldError>> {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for n in names {
        match column(n) {
            Ok(d) => ok.push(d),
            Err(e) => bad.push(e),
        }
    }
    if bad.is_empty() { Ok(ok) } else { Err(bad) }
}

/// The fields whose values a column shows: the field itself, or for
/// Wireshark's either-direction fields (`ip.addr`, `tcp.port`) both of the
/// fields it stands for, in the order the packet carries them (as tshark
/// lists `ip.addr`: source, destination).
pub fn members(def: &'static FieldDef) -> Vec<&'static FieldDef> {
    // `-e data`: the Data protocol's bytes, which `data.data` holds.
    if std::ptr::eq(def, crate::dissect::fields::data::PROTOCOL_COLUMN) {
        return vec![crate::dissect::fields::data::DATA];
    }
    match crate::filter::PSEUDO_FIELDS
        .iter()
        .find(|(n, _)| *n == def.name)
    {
        Some((_, m)) => m.to_vec(),
        None => fields::with_twins(def),
    }
}

#[derive(Clone)]
pub struct FieldsRenderer {
    cols: Vec<&'static FieldDef>,
    /// A definition's address → the columns that show it.
    index: foldhash::HashMap<usize, Vec<usize>>,
    /// A bit for each definition in `index` ([`filter_bit`]): a packet's
    /// fields are a hundred or so and the columns want a few, so most are
    /// passed over on one test instead of a map lookup.
    filter: [u64; 4],
    opts: FieldsOptions,
    started: bool,
    /// This packet's values, one after another.
    text: String,
    /// Each column's values: where each is in `text`.
    values: Vec<Vec<(u32, u32)>>,
    line: String,
}

/// The bit of a definition's address in [`FieldsRenderer::filter`].
fn filter_bit(address: usize) -> usize {
    ((address as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize
}

impl FieldsRenderer {
    pub fn new(cols: Vec<&'static FieldDef>, opts: FieldsOptions) -> Self {
        let mut index: foldhash::HashMap<usize, Vec<usize>> = Default::default();
        let mut filter = [0u64; 4];
        for (i, d) in cols.iter().enumerate() {
            for m in members(d) {
                let address = std::ptr::from_ref(m) as usize;
                let bit = filter_bit(address);
                filter[bit / 64] |= 1 << (bit % 64);
                index.entry(address).or_default().push(i);
            }
        }
        let values = vec![Vec::new(); cols.len()];
        FieldsRenderer {
            cols,
            index,
            filter,
            opts,
            started: false,
            text: String::with_capacity(256),
            values,
            line: String::with_capacity(256),
        }
    }

    fn start(&mut self, out: &mut impl Write) -> io::Result<()> {
        self.started = true;
        if self.opts.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        if self.opts.header {
            let mut line = String::new();
            for (i, d) in self.cols.iter().enumerate() {
                if i > 0 {
                    line.push(self.opts.separator);
                }
                line.push_str(d.name);
            }
            line.push('\n');
            out.write_all(line.as_bytes())?;
        }
        Ok(())
    }

    /// The header (when asked), even when no packet is written.
    pub fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        if !self.started {
            self.start(out)?;
        }
        Ok(())
    }

    pub fn write(&mut self, out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
        if !self.started {
            self.start(out)?;
        }
        for v in &mut self.values {
            v.clear();
        }
        let text = &mut self.text;
        text.clear();
        for f in d.layers.iter().flat_map(|l| l.fields.iter()) {
            let address = std::ptr::from_ref(f.def) as usize;
            let bit = filter_bit(address);
            if self.filter[bit / 64] & 1 << (bit % 64) == 0 {
                continue;
            }
            let Some(cols) = self.index.get(&address) else {
                continue;
            };
            let start = text.len();
            fields_repr(text, f);
            if f.def.ftype == FieldType::Protocol && text.len() == start {
                continue;
            }
            let at = (start as u32, text.len() as u32);
            for &c in cols {
                self.values[c].push(at);
            }
        }
        let o = &self.opts;
        let line = &mut self.line;
        line.clear();
        for (i, vals) in self.values.iter().enumerate() {
            if i > 0 {
                line.push(o.separator);
            }
            let chosen: &[(u32, u32)] = match o.occurrence {
                Occurrence::All => vals,
                Occurrence::First => &vals[..vals.len().min(1)],
                Occurrence::Last => &vals[vals.len().saturating_sub(1)..],
            };
            if chosen.is_empty() {
                continue;
            }
            if let Some(q) = o.quote {
                line.push(q);
            }
            for (j, &(start, end)) in chosen.iter().enumerate() {
                if j > 0 {
                    line.push(o.aggregator);
                }
                line.push_str(&text[start as usize..end as usize]);
            }
            if let Some(q) = o.quote {
                line.push(q);
            }
        }
        line.push('\n');
        out.write_all(line.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_read_as_tshark_reads_them() {
        let mut o = FieldsOptions::default();
        o.set("separator=/s").unwrap();
        o.set("aggregator=;").unwrap();
        o.set("quote=d").unwrap();
        o.set("occurrence=l").unwrap();
        o.set("header=y").unwrap();
        assert_eq!(o.separator, ' ');
        assert_eq!(o.aggregator, ';');
        assert_eq!(o.quote, Some('"'));
        assert_eq!(o.occurrence, Occurrence::Last);
        assert!(o.header);
        assert!(o.set("quote=x").is_err());
        assert!(o.set("nonsense").is_err());
    }

    #[test]
    fn data_is_a_column_of_its_bytes() {
        let def = column("data").expect("data");
        assert_eq!(def.name, "data");
        assert_eq!(members(def), [crate::dissect::fields::data::DATA]);
    }

    #[test]
    fn names_are_fields_or_said_why_not() {
        assert!(column("ip.src").is_ok());
        assert_eq!(column("ip").unwrap_err(), FieldError::Protocol("ip".into()));
        assert!(matches!(column("smb2.cmd"), Err(FieldError::NotDecoded(_))));
        assert!(matches!(
            column("_ws.col.Info"),
            Err(FieldError::NotDecoded(_))
        ));
        assert!(matches!(column("ip.bogus"), Err(FieldError::Unknown(_))));
    }
}
