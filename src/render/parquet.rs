//! `-T parquet`: Apache Parquet to any `Write` (standard output), for DuckDB,
//! Spark, pandas. One row per packet; one column per registered field,
//! named with Wireshark's dotted name (`ip.src`, quote it in SQL:
//! `"ip.src"` in DuckDB, `` `ip.src` `` in Spark); `-e` picks columns.
//!
//! **The column set comes from the registry**, not from the capture: every
//! file has the same schema whatever it holds (a field no packet carries is
//! a column of nulls, which Parquet stores in a few bytes), so a folder of
//! files reads as one table without schema merging.
//!
//! Types, from the field's tshark type:
//!
//! | tshark type | Parquet |
//! |---|---|
//! | integers, frame numbers | `INT64` |
//! | `FT_BOOLEAN`; labels (`FT_NONE`, `FT_PROTOCOL`) | `BOOLEAN` (a label: present) |
//! | `FT_ABSOLUTE_TIME` (`frame.time`) | `INT64 TIMESTAMP(NANOS, UTC)` |
//! | `FT_RELATIVE_TIME` (`frame.time_delta`, `dns.time`, `frame.time_epoch`) | `DOUBLE` seconds |
//! | `FT_FLOAT`, `FT_DOUBLE` | `DOUBLE` |
//! | strings, addresses (`FT_IPv4`, `FT_IPv6`, `FT_ETHER`) | `BYTE_ARRAY UTF8`, as JSON writes them |
//! | bytes | `BYTE_ARRAY` (raw) |
//!
//! **Repeated fields are lists.** Fields of the session layer and above
//! (DNS answers, TLS records, HTTP headers: a frame can carry several) and
//! the lower-layer fields that repeat within one header (TCP option kinds,
//! IPv6 extension headers, ICMPv6 options, fragment lists) are
//! `LIST<element>` columns holding every value in frame order; an absent
//! field is a null list. Other lower-layer fields are scalars holding the
//! packet's own (first, outermost) value — the header an ICMP error quotes
//! or an inner VLAN tag stays in JSON and `-T fields`.
//!
//! Memory is bounded: rows are buffered column by column and written as a
//! row group every [`ROW_GROUP_ROWS`] packets or [`ROW_GROUP_BYTES`] of
//! buffered values, whichever comes first. What still grows with the
//! capture is the footer Parquet requires, which lists every row group's
//! column chunks: about 1 MiB a row group with every column (peak RSS
//! about 160 MiB at 56k packets, 189 MiB at 830k, the dissector's own
//! bounded state included); with `-e` a few columns, a few KiB. Statistics are per column chunk, not per page (page indexes would
//! be held until the footer too). Snappy-compressed.

use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::spec::PROTOCOLS;
use crate::dissect::{Dissection, Osi, Value, fields};
use parquet::basic::Compression;
use parquet::data_type::ByteArray;
use parquet::errors::ParquetError;
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::Arc;

/// Packets per row group.
pub const ROW_GROUP_ROWS: usize = 65_536;
/// Buffered bytes (values, their allocations and levels, as counted by
/// `Column::push`) that close a row group early.
pub const ROW_GROUP_BYTES: usize = 64 << 20;

/// Lower-layer fields that repeat within one header: lists.
const LOWER_LISTS: &[&str] = &[
    "tcp.option_kind",
    "tcp.segment",
    "tcp.options.sack_le",
    "tcp.options.sack_re",
    "icmpv6.opt.",
    "ip.fragment",
    "ipv6.fragment",
    "ip.opt.",
    "ipv6.hopopts.",
    "ipv6.routing.",
    "ipv6.fraghdr.",
    "ipv6.dstopts.",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Bool,
    Double,
    Timestamp,
    Utf8,
    Binary,
}

fn kind(def: &FieldDef) -> Kind {
    match def.ftype {
        t if t.is_integer() => Kind::Int,
        FieldType::Boolean | FieldType::None | FieldType::Protocol => Kind::Bool,
        FieldType::AbsoluteTime => Kind::Timestamp,
        FieldType::RelativeTime | FieldType::Float | FieldType::Double => Kind::Double,
        FieldType::Bytes | FieldType::UintBytes | FieldType::Guid | FieldType::Eui64 => {
            Kind::Binary
        }
        _ => Kind::Utf8,
    }
}

/// Whether a field is a list column (see the module's documentation).
pub fn is_list(def: &FieldDef) -> bool {
    let upper = PROTOCOLS
        .iter()
        .find(|p| p.fields.iter().any(|f| std::ptr::eq(*f, def)))
        .is_some_and(|p| p.osi >= Osi::Session);
    upper
        || LOWER_LISTS.iter().any(|l| {
            if l.ends_with('.') {
                def.name.starts_with(l)
            } else {
                def.name == *l
            }
        })
}

enum Vals {
    Int(Vec<i64>),
    Bool(Vec<bool>),
    Double(Vec<f64>),
    Bytes(Vec<ByteArray>),
}

struct Column {
    def: &'static FieldDef,
    kind: Kind,
    list: bool,
    /// Rows of the current row group this column has levels for.
    rows: usize,
    defs: Vec<i16>,
    reps: Vec<i16>,
    vals: Vals,
}

impl Column {
    fn new(def: &'static FieldDef) -> Self {
        let kind = kind(def);
        Column {
            def,
            kind,
            list: is_list(def),
            rows: 0,
            defs: Vec::new(),
            reps: Vec::new(),
            vals: match kind {
                Kind::Int | Kind::Timestamp => Vals::Int(Vec::new()),
                Kind::Bool => Vals::Bool(Vec::new()),
                Kind::Double => Vals::Double(Vec::new()),
                Kind::Utf8 | Kind::Binary => Vals::Bytes(Vec::new()),
            },
        }
    }

    fn schema(&self) -> String {
        let (physical, logical) = match self.kind {
            Kind::Int => ("int64", ""),
            Kind::Bool => ("boolean", ""),
            Kind::Double => ("double", ""),
            Kind::Timestamp => ("int64", " (TIMESTAMP(NANOS,true))"),
            Kind::Utf8 => ("binary", " (UTF8)"),
            Kind::Binary => ("binary", ""),
        };
        if self.list {
            format!(
                "optional group {} (LIST) {{ repeated group list {{ optional {physical} element{logical}; }} }}",
                self.def.name
            )
        } else {
            format!("optional {physical} {}{logical};", self.def.name)
        }
    }

    /// Nulls for the rows before `row` that had no value.
    fn pad(&mut self, row: usize) {
        let n = row.saturating_sub(self.rows);
        self.defs.extend(std::iter::repeat_n(0, n));
        if self.list {
            self.reps.extend(std::iter::repeat_n(0, n));
        }
        self.rows = self.rows.max(row);
    }

    /// Adds one value to `row`; returns the bytes buffered.
    fn push(&mut self, row: usize, v: &Value<'_>) -> usize {
        let first = self.rows <= row;
        if !first && !self.list {
            // A scalar keeps the packet's first value.
            return 0;
        }
        // The value and its levels; a byte array adds its allocation.
        let mut bytes = 12;
        let ok = match (&mut self.vals, self.kind) {
            (Vals::Int(out), Kind::Timestamp) => match v {
                Value::Time(t) => {
                    out.push(i64::try_from(t.as_nanos()).unwrap_or(i64::MAX));
                    true
                }
                _ => false,
            },
            (Vals::Int(out), _) => match v {
                Value::UInt(n) => {
                    out.push(i64::try_from(*n).unwrap_or(i64::MAX));
                    true
                }
                Value::Int(n) => {
                    out.push(*n);
                    true
                }
                _ => false,
            },
            (Vals::Bool(out), _) => match v {
                Value::Bool(b) => {
                    out.push(*b);
                    true
                }
                // A label, or a protocol item with its label: present.
                Value::None | Value::Str(_) => {
                    out.push(true);
                    true
                }
                _ => false,
            },
            (Vals::Double(out), _) => match v {
                Value::Double(d) => {
                    out.push(*d);
                    true
                }
                Value::Float(x) => {
                    out.push(f64::from(*x));
                    true
                }
                Value::RelTime(t) => {
                    out.push(t.as_nanos() as f64 / 1e9);
                    true
                }
                Value::Time(t) => {
                    out.push(t.secs as f64 + f64::from(t.nanos) / 1e9);
                    true
                }
                _ => false,
            },
            (Vals::Bytes(out), kind) => {
                let b: Vec<u8> = match v {
                    Value::Bytes(b) if kind == Kind::Binary => b.to_vec(),
                    Value::Str(s) => s.as_bytes().to_vec(),
                    other => other.to_string().into_bytes(),
                };
                bytes += 40 + b.len();
                out.push(ByteArray::from(b));
                true
            }
        };
        if !ok {
            return 0;
        }
        if first {
            self.pad(row);
            self.rows = row + 1;
            if self.list {
                self.reps.push(0);
            }
        } else {
            self.reps.push(1);
        }
        self.defs.push(if self.list { 3 } else { 1 });
        bytes
    }

    fn clear(&mut self) {
        self.rows = 0;
        self.defs.clear();
        self.reps.clear();
        match &mut self.vals {
            Vals::Int(v) => v.clear(),
            Vals::Bool(v) => v.clear(),
            Vals::Double(v) => v.clear(),
            Vals::Bytes(v) => v.clear(),
        }
    }
}

fn to_io(e: ParquetError) -> io::Error {
    io::Error::other(e.to_string())
}

/// Writes packets as Parquet rows; [`ParquetWriter::finish`] writes the
/// footer (a Parquet file is readable only once finished).
pub struct ParquetWriter<W: Write + Send> {
    writer: SerializedFileWriter<W>,
    cols: Vec<Column>,
    index: HashMap<usize, usize>,
    rows: usize,
    bytes: usize,
    /// Packets written, all row groups.
    pub total: u64,
}

impl<W: Write + Send> ParquetWriter<W> {
    /// A writer of the `-e` columns (every registered field when empty).
    pub fn new(out: W, selected: &[&'static FieldDef]) -> io::Result<Self> {
        let defs: Vec<&'static FieldDef> = if selected.is_empty() {
            fields::all().collect()
        } else {
            let mut seen = std::collections::HashSet::new();
            selected
                .iter()
                .copied()
                .filter(|d| seen.insert(d.name))
                .collect()
        };
        let cols: Vec<Column> = defs.into_iter().map(Column::new).collect();
        let mut schema = String::from("message packet {\n");
        for c in &cols {
            schema.push_str("  ");
            schema.push_str(&c.schema());
            schema.push('\n');
        }
        schema.push('}');
        let schema = Arc::new(parse_message_type(&schema).map_err(to_io)?);
        // Min/max per column chunk (engines skip row groups by them), not
        // per page: the page indexes of every row group are held until the
        // footer, memory that grows with the capture.
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_created_by(format!("osidump {}", env!("CARGO_PKG_VERSION")))
                .set_statistics_enabled(EnabledStatistics::Chunk)
                .set_offset_index_disabled(true)
                .build(),
        );
        let writer = SerializedFileWriter::new(out, schema, props).map_err(to_io)?;
        let index = cols
            .iter()
            .enumerate()
            .map(|(i, c)| (c.def as *const FieldDef as usize, i))
            .collect();
        Ok(ParquetWriter {
            writer,
            cols,
            index,
            rows: 0,
            bytes: 0,
            total: 0,
        })
    }

    /// One packet: one row.
    pub fn write(&mut self, d: &Dissection<'_>) -> io::Result<()> {
        let row = self.rows;
        for f in d.layers.iter().flat_map(|l| l.fields.iter()) {
            if let Some(&i) = self.index.get(&(f.def as *const FieldDef as usize)) {
                self.bytes += self.cols[i].push(row, &f.value);
            }
        }
        self.rows += 1;
        self.total += 1;
        if self.rows >= ROW_GROUP_ROWS || self.bytes >= ROW_GROUP_BYTES {
            self.flush_group()?;
        }
        Ok(())
    }

    fn flush_group(&mut self) -> io::Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut rg = self.writer.next_row_group().map_err(to_io)?;
        // Most columns have no value in a row group: their levels are all
        // zero, one shared buffer rather than one per column.
        let zeros = vec![0i16; self.rows];
        let mut i = 0;
        while let Some(mut cw) = rg.next_column().map_err(to_io)? {
            let c = &mut self.cols[i];
            let empty = c.defs.is_empty();
            if !empty {
                c.pad(self.rows);
            }
            let (defs, reps) = if empty {
                (Some(&zeros[..]), c.list.then_some(&zeros[..]))
            } else {
                (Some(&c.defs[..]), c.list.then_some(&c.reps[..]))
            };
            use parquet::column::writer::ColumnWriter as CW;
            match (cw.untyped(), &c.vals) {
                (CW::Int64ColumnWriter(w), Vals::Int(v)) => w.write_batch(v, defs, reps),
                (CW::BoolColumnWriter(w), Vals::Bool(v)) => w.write_batch(v, defs, reps),
                (CW::DoubleColumnWriter(w), Vals::Double(v)) => w.write_batch(v, defs, reps),
                (CW::ByteArrayColumnWriter(w), Vals::Bytes(v)) => w.write_batch(v, defs, reps),
                _ => Err(ParquetError::General(format!(
                    "{}: column type mismatch",
                    c.def.name
                ))),
            }
            .map_err(to_io)?;
            cw.close().map_err(to_io)?;
            c.clear();
            i += 1;
        }
        rg.close().map_err(to_io)?;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }

    /// The last row group and the footer; returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.flush_group()?;
        self.writer.into_inner().map_err(to_io)
    }
}

/// `osidump stats -T parquet`: the conversation tables as one Parquet
/// table, a row per conversation (every one, not `--top`): `kind` (`eth`,
/// `ip`, `ipv6`, `tcp`, `udp`), the endpoints `a` and `b` (address, or
/// address:port), packets and bytes each way and in all, `start` (UTC,
/// nanoseconds), `duration` in seconds, and `tcp.stream` / `udp.stream`.
pub fn write_conversations<W: Write + Send>(
    out: W,
    report: &crate::views::stats::Report,
) -> io::Result<W> {
    let schema = "message conversation {
        required binary kind (UTF8);
        required binary a (UTF8);
        required binary b (UTF8);
        required int64 a_to_b_packets;
        required int64 a_to_b_bytes;
        required int64 b_to_a_packets;
        required int64 b_to_a_bytes;
        required int64 packets;
        required int64 bytes;
        required int64 start (TIMESTAMP(NANOS,true));
        required double duration;
        optional int64 stream;
    }";
    let schema = Arc::new(parse_message_type(schema).map_err(to_io)?);
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("osidump {}", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let mut writer = SerializedFileWriter::new(out, schema, props).map_err(to_io)?;
    let rows: Vec<(&str, &crate::views::stats::Conversation)> = report
        .conversations
        .iter()
        .flat_map(|t| t.conversations.iter().map(move |c| (t.kind, c)))
        .collect();
    let text = |f: &dyn Fn(&(&str, &crate::views::stats::Conversation)) -> String| {
        rows.iter()
            .map(|r| ByteArray::from(f(r).into_bytes()))
            .collect::<Vec<_>>()
    };
    let int = |f: &dyn Fn(&crate::views::stats::Conversation) -> i64| {
        rows.iter().map(|(_, c)| f(c)).collect::<Vec<i64>>()
    };
    let first_ns = (report.first * 1e9).round() as i64;
    let strings = [
        text(&|(k, _)| k.to_string()),
        text(&|(_, c)| c.a.to_string()),
        text(&|(_, c)| c.b.to_string()),
    ];
    let ints = [
        int(&|c| c.a_to_b.packets as i64),
        int(&|c| c.a_to_b.bytes as i64),
        int(&|c| c.b_to_a.packets as i64),
        int(&|c| c.b_to_a.bytes as i64),
        int(&|c| c.packets as i64),
        int(&|c| c.bytes as i64),
        int(&|c| first_ns + (c.start * 1e9).round() as i64),
    ];
    let durations: Vec<f64> = rows.iter().map(|(_, c)| c.duration).collect();
    let streams: Vec<i64> = rows
        .iter()
        .filter_map(|(_, c)| c.stream.map(|s| s as i64))
        .collect();
    let stream_defs: Vec<i16> = rows
        .iter()
        .map(|(_, c)| i16::from(c.stream.is_some()))
        .collect();
    let mut rg = writer.next_row_group().map_err(to_io)?;
    let mut i = 0;
    use parquet::column::writer::ColumnWriter as CW;
    while let Some(mut cw) = rg.next_column().map_err(to_io)? {
        match cw.untyped() {
            CW::ByteArrayColumnWriter(w) => w.write_batch(&strings[i], None, None),
            CW::Int64ColumnWriter(w) if i < 10 => w.write_batch(&ints[i - 3], None, None),
            CW::DoubleColumnWriter(w) => w.write_batch(&durations, None, None),
            CW::Int64ColumnWriter(w) => w.write_batch(&streams, Some(&stream_defs), None),
            _ => Err(ParquetError::General("conversation column".into())),
        }
        .map_err(to_io)?;
        cw.close().map_err(to_io)?;
        i += 1;
    }
    rg.close().map_err(to_io)?;
    writer.into_inner().map_err(to_io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_the_fields_that_repeat() {
        assert!(is_list(fields::dns::RESP_NAME));
        assert!(is_list(fields::tcp::OPTION_KIND));
        assert!(!is_list(fields::ip::SRC));
        assert!(!is_list(fields::frame::NUMBER));
        assert_eq!(kind(fields::frame::TIME), Kind::Timestamp);
        assert_eq!(kind(fields::ip::SRC), Kind::Utf8);
        assert_eq!(kind(fields::dns::TIME), Kind::Double);
    }
}
