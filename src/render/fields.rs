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
    /// Applies one `-E name=value`, as tshark 4.0 reads it
    /// (`output_fields_set_option`): only the value's first character
    /// counts (`quote=double` is `quote=d`, `header=Y` is refused), and a
    /// separator or aggregator of `/` followed by anything but `t` (the
    /// separator only) or `s` is a backslash. A separator or aggregator
    /// that is not ASCII is refused: tshark writes only its first byte,
    /// which is no character.
    pub fn set(&mut self, option: &str) -> Result<(), String> {
        let bad = || {
            format!(
                "-E {option}: not a field output option (header=y|n, separator=/t|/s|C, \
                 occurrence=f|l|a, aggregator=,|/s|C, quote=d|s|n, bom=y|n)"
            )
        };
        let (name, value) = option.split_once('=').ok_or_else(bad)?;
        let first = value.bytes().next().ok_or_else(bad)?;
        let yes_no = || match first {
            b'y' => Ok(true),
            b'n' => Ok(false),
            _ => Err(bad()),
        };
        // One character; `/t` (separator only), `/s`, else after `/` a
        // backslash.
        let one_char = |tab: bool| match (first, value.as_bytes().get(1)) {
            (b'/', Some(b't')) if tab => Ok('\t'),
            (b'/', Some(b's')) => Ok(' '),
            (b'/', _) => Ok('\\'),
            (c, _) if c.is_ascii() => Ok(char::from(c)),
            _ => Err(format!(
                "-E {option}: not supported: a {name} that is not one ASCII character \
                 (tshark writes only its first byte)"
            )),
        };
        match name {
            "header" => self.header = yes_no()?,
            "bom" => self.bom = yes_no()?,
            "separator" => self.separator = one_char(true)?,
            "aggregator" => self.aggregator = one_char(false)?,
            "occurrence" => {
                self.occurrence = match first {
                    b'f' => Occurrence::First,
                    b'l' => Occurrence::Last,
                    b'a' => Occurrence::All,
                    _ => return Err(bad()),
                }
            }
            "quote" => {
                self.quote = match first {
                    b'd' => Some('"'),
                    b's' => Some('\''),
                    b'n' => None,
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
    /// osidump decodes it, but not on this machine: the name, and why
    /// (the data it needs is missing).
    Unavailable(String, String),
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
            FieldError::Unavailable(n, why) => write!(f, "-e {n}: {why}"),
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

/// tshark's column fields: `-e _ws.col.TITLE` prints column TITLE of the
/// packet list as tshark shows it, for the default columns (tshark 4.0
/// takes these in `-e` only, not in filters). Not fields of any protocol:
/// no layer holds them, the fields renderer writes them.
pub mod col {
    use crate::dissect::field::{FieldDef as F, FieldType::String as S};

    pub static NUMBER: F = F::new("_ws.col.No.", S, "No.");
    pub static TIME: F = F::new("_ws.col.Time", S, "Time");
    pub static SOURCE: F = F::new("_ws.col.Source", S, "Source");
    pub static DESTINATION: F = F::new("_ws.col.Destination", S, "Destination");
    pub static PROTOCOL: F = F::new("_ws.col.Protocol", S, "Protocol");
    pub static LENGTH: F = F::new("_ws.col.Length", S, "Length");
    pub static INFO: F = F::new("_ws.col.Info", S, "Info");

    pub static ALL: [&F; 7] = [
        &NUMBER,
        &TIME,
        &SOURCE,
        &DESTINATION,
        &PROTOCOL,
        &LENGTH,
        &INFO,
    ];

    /// Whether `def` is one of the column fields.
    pub fn is_column(def: &F) -> bool {
        ALL.iter().any(|c| std::ptr::eq(*c, def))
    }
}

/// The field a `-e` name stands for.
pub fn column(name: &str) -> Result<&'static FieldDef, FieldError> {
    if let Some(why) = crate::dissect::link::manuf::unavailable(name) {
        return Err(FieldError::Unavailable(name.to_string(), why));
    }
    if let Some(def) = fields::by_name(name) {
        return Ok(def);
    }
    if let Some(def) = col::ALL.iter().find(|c| c.name == name) {
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
    // Under a protocol we decode the list has every field tshark knows: a
    // name below one of its fields (`tcp.completeness.str`) is no field.
    let under_ours = |p: &str| p.split_once('.').is_some_and(|(first, _)| ours(first));
    let foreign_protocol = name
        .match_indices('.')
        .map(|(i, _)| &name[..i])
        .any(|p| tshark_knows(p) && !ours(p) && !under_ours(p));
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
    // Columns are written from the whole packet, not from a field.
    if col::is_column(def) {
        return Vec::new();
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
    /// Which of `cols` are column fields (`_ws.col.Info`), by index.
    packet_columns: Vec<usize>,
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
        let packet_columns = (0..cols.len())
            .filter(|&i| col::is_column(cols[i]))
            .collect();
        FieldsRenderer {
            cols,
            index,
            filter,
            opts,
            started: false,
            text: String::with_capacity(256),
            values,
            line: String::with_capacity(256),
            packet_columns,
        }
    }

    /// Whether a column needs the run's clock (`_ws.col.Time`).
    pub fn wants_clock(&self) -> bool {
        self.packet_columns
            .iter()
            .any(|&i| std::ptr::eq(self.cols[i], &col::TIME))
    }

    /// The column fields' values, as tshark's packet list shows them.
    fn write_packet_columns(&mut self, d: &Dissection<'_>, clock: &mut super::time::Clock) {
        let text = &mut self.text;
        // Protocol and Info come from one walk of the layers, Source and
        // Destination from another.
        let mut protocol_info = None;
        let mut addresses = None;
        for &i in &self.packet_columns {
            let def = self.cols[i];
            let start = text.len();
            let frame = d.layers.first();
            if std::ptr::eq(def, &col::NUMBER) {
                if let Some(n) = frame.and_then(|f| f.get_uint(fields::frame::NUMBER)) {
                    text.push_str(itoa::Buffer::new().format(n));
                }
            } else if std::ptr::eq(def, &col::LENGTH) {
                if let Some(n) = frame.and_then(|f| f.get_uint(fields::frame::LEN)) {
                    text.push_str(itoa::Buffer::new().format(n));
                }
            } else if std::ptr::eq(def, &col::TIME) {
                if let Some(t) = super::line::frame_time(d) {
                    clock.column(text, t);
                }
            } else if std::ptr::eq(def, &col::SOURCE) || std::ptr::eq(def, &col::DESTINATION) {
                let (src, dst) = addresses.get_or_insert_with(|| {
                    let (mut src, mut dst) = (String::new(), String::new());
                    super::line::address_columns(d, &mut src, &mut dst);
                    (src, dst)
                });
                text.push_str(if std::ptr::eq(def, &col::SOURCE) {
                    src
                } else {
                    dst
                });
            } else {
                let (protocol, info) = protocol_info.get_or_insert_with(|| super::line::columns(d));
                // Info quotes the wire (an HTTP request line): escaped
                // as every string of -T fields is.
                super::value::escape_text(
                    text,
                    if std::ptr::eq(def, &col::PROTOCOL) {
                        protocol
                    } else {
                        info
                    },
                );
            }
            // Every column has a value, empty or not, as tshark prints it.
            self.values[i].push((start as u32, text.len() as u32));
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

    pub fn write(
        &mut self,
        out: &mut impl Write,
        d: &Dissection<'_>,
        clock: &mut super::time::Clock,
    ) -> io::Result<()> {
        if !self.started {
            self.start(out)?;
        }
        for v in &mut self.values {
            v.clear();
        }
        self.text.clear();
        if !self.packet_columns.is_empty() {
            self.write_packet_columns(d, clock);
        }
        let text = &mut self.text;
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
        // Only the first character counts, as tshark 4.0 reads it.
        o.set("quote=double").unwrap();
        o.set("occurrence=first").unwrap();
        o.set("header=no").unwrap();
        assert_eq!(
            (o.quote, o.occurrence, o.header),
            (Some('"'), Occurrence::First, false)
        );
        assert!(o.set("header=Y").is_err());
        assert!(o.set("bom=").is_err());
        // `/` then anything but `t` (separator) or `s` is a backslash.
        for (opt, sep, agg) in [
            ("/t", '\t', '\\'),
            ("/tab", '\t', '\\'),
            ("/s", ' ', ' '),
            ("/sx", ' ', ' '),
            ("/x", '\\', '\\'),
            ("/", '\\', '\\'),
            ("ab", 'a', 'a'),
        ] {
            o.set(&format!("separator={opt}")).unwrap();
            o.set(&format!("aggregator={opt}")).unwrap();
            assert_eq!((o.separator, o.aggregator), (sep, agg), "{opt}");
        }
        let e = o.set("separator=é").unwrap_err();
        assert!(e.contains("not supported"), "{e}");
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
        assert!(matches!(
            column("rsh.command"),
            Err(FieldError::NotDecoded(_))
        ));
        assert!(col::is_column(column("_ws.col.Info").unwrap()));
        assert!(members(column("_ws.col.Info").unwrap()).is_empty());
        // Columns tshark 4.0 does not have by default: not ours either.
        assert!(matches!(
            column("_ws.col.info"),
            Err(FieldError::NotDecoded(_))
        ));
        assert!(matches!(column("ip.bogus"), Err(FieldError::Unknown(_))));
    }
}
