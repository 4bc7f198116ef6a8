//! The dissection tree: what every decoder produces and every renderer reads.
//!
//! A [`Dissection`] is the frame's layers in wire order. Each [`Layer`] is
//! tagged with its OSI number, names its protocol with Wireshark's short name,
//! covers a byte span of the frame, and carries typed [`Field`]s named with
//! Wireshark display-filter names (our own extras start with `osidump.`).
//! Values borrow the frame's bytes where they can; nothing here is formatted
//! until a renderer asks.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use super::field::FieldDef;
use crate::source::Timestamp;

/// The seven OSI layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Osi {
    Physical = 1,
    DataLink = 2,
    Network = 3,
    Transport = 4,
    Session = 5,
    Presentation = 6,
    Application = 7,
}

impl Osi {
    pub const ALL: [Osi; 7] = [
        Osi::Physical,
        Osi::DataLink,
        Osi::Network,
        Osi::Transport,
        Osi::Session,
        Osi::Presentation,
        Osi::Application,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }

    /// The layer numbered `n`, clamped to 1–7.
    pub fn from_number(n: u8) -> Osi {
        Osi::ALL[usize::from(n.clamp(1, 7)) - 1]
    }

    pub fn name(self) -> &'static str {
        match self {
            Osi::Physical => "Physical",
            Osi::DataLink => "Data link",
            Osi::Network => "Network",
            Osi::Transport => "Transport",
            Osi::Session => "Session",
            Osi::Presentation => "Presentation",
            Osi::Application => "Application",
        }
    }

    /// The layer above, saturating at Application.
    pub fn above(self) -> Osi {
        Osi::ALL[(self.number() as usize).min(6)]
    }
}

/// A typed field value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    UInt(u64),
    Int(i64),
    Bool(bool),
    Str(Cow<'a, str>),
    Mac([u8; 6]),
    Ipv4([u8; 4]),
    Ipv6([u8; 16]),
    /// Absolute time, rendered as `secs.nanoseconds` like `frame.time_epoch`.
    Time(Timestamp),
    /// A time difference in nanoseconds (`dns.time`, `http.time`),
    /// rendered as seconds with nine decimals.
    RelTime(i64),
    Double(f64),
    /// Raw bytes, rendered as plain hex like tshark's JSON.
    Bytes(Cow<'a, [u8]>),
    /// A label with no value (`FT_NONE`, `FT_PROTOCOL`): present or not.
    None,
}

impl Value<'_> {
    /// The same value, owning its bytes.
    pub fn into_owned(self) -> Value<'static> {
        match self {
            Value::UInt(v) => Value::UInt(v),
            Value::Int(v) => Value::Int(v),
            Value::Bool(v) => Value::Bool(v),
            Value::Str(s) => Value::Str(Cow::Owned(s.into_owned())),
            Value::Mac(m) => Value::Mac(m),
            Value::Ipv4(a) => Value::Ipv4(a),
            Value::Ipv6(a) => Value::Ipv6(a),
            Value::Time(t) => Value::Time(t),
            Value::RelTime(t) => Value::RelTime(t),
            Value::Double(v) => Value::Double(v),
            Value::Bytes(b) => Value::Bytes(Cow::Owned(b.into_owned())),
            Value::None => Value::None,
        }
    }
}

impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::UInt(v) => write!(f, "{v}"),
            Value::Int(v) => write!(f, "{v}"),
            Value::Bool(v) => write!(f, "{v}"),
            Value::Str(s) => f.write_str(s),
            Value::Mac(m) => write!(
                f,
                "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
                m[0], m[1], m[2], m[3], m[4], m[5]
            ),
            Value::Ipv4(a) => write!(f, "{}", std::net::Ipv4Addr::from(*a)),
            Value::Ipv6(a) => write!(f, "{}", std::net::Ipv6Addr::from(*a)),
            Value::Time(t) => write_epoch(f, *t),
            Value::RelTime(ns) => {
                let sign = if *ns < 0 { "-" } else { "" };
                let abs = ns.unsigned_abs();
                write!(
                    f,
                    "{sign}{}.{:09}",
                    abs / 1_000_000_000,
                    abs % 1_000_000_000
                )
            }
            Value::Double(v) => write!(f, "{v}"),
            Value::None => Ok(()),
            Value::Bytes(b) => {
                // Plain hex, as tshark's -T json and -T fields print bytes.
                for byte in b.iter() {
                    write!(f, "{byte:02x}")?;
                }
                Ok(())
            }
        }
    }
}

/// `secs.nnnnnnnnn`, with negative times written the way tshark does
/// (`-1.5` is `-1.500000000`).
fn write_epoch(f: &mut fmt::Formatter<'_>, t: Timestamp) -> fmt::Result {
    if t.secs < 0 && t.nanos > 0 {
        let total = t.as_nanos();
        let abs = total.unsigned_abs();
        write!(f, "-{}.{:09}", abs / 1_000_000_000, abs % 1_000_000_000)
    } else {
        write!(f, "{}.{:09}", t.secs, t.nanos)
    }
}

/// One value of a registered field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field<'a> {
    pub def: &'static FieldDef,
    pub value: Value<'a>,
}

impl Field<'_> {
    /// The Wireshark display-filter name.
    pub fn name(&self) -> &'static str {
        self.def.name
    }
}

/// Why a layer could not be decoded whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnomalyKind {
    /// The capture stopped short (snap length): the packet itself may be fine.
    Truncated,
    /// The packet contradicts itself or its protocol.
    Malformed,
    /// Stream bytes that never arrived (a gap reassembly had to skip).
    Missing,
    /// State dropped to keep memory bounded (reassembly caps).
    Evicted,
}

impl AnomalyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AnomalyKind::Truncated => "truncated",
            AnomalyKind::Malformed => "malformed",
            AnomalyKind::Missing => "missing",
            AnomalyKind::Evicted => "evicted",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anomaly {
    pub kind: AnomalyKind,
    pub reason: String,
}

impl fmt::Display for Anomaly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.as_str(), self.reason)
    }
}

/// One protocol layer of a frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer<'a> {
    pub osi: Osi,
    /// Wireshark's short protocol name: `frame`, `eth`, `ip`, `tcp`, `dns`, ...
    pub protocol: &'static str,
    /// Bytes of the frame this layer's header covers (empty for layers that
    /// describe rather than occupy bytes, such as the session layer).
    pub span: Range<usize>,
    pub fields: Vec<Field<'a>>,
    pub anomalies: Vec<Anomaly>,
}

impl<'a> Layer<'a> {
    pub fn new(osi: Osi, protocol: &'static str, span: Range<usize>) -> Self {
        Layer {
            osi,
            protocol,
            span,
            fields: Vec::with_capacity(16),
            anomalies: Vec::new(),
        }
    }

    /// Add a value of `def`. Debug builds check the value's shape against
    /// the field's registered type, so a decoder cannot emit `"Good"` for
    /// an integer field.
    pub fn push(&mut self, def: &'static FieldDef, value: Value<'a>) {
        debug_assert!(
            def.ftype.accepts(&value),
            "{} is {:?}, got {value:?}",
            def.name,
            def.ftype
        );
        self.fields.push(Field { def, value });
    }

    pub fn uint(&mut self, def: &'static FieldDef, v: impl Into<u64>) {
        self.push(def, Value::UInt(v.into()));
    }

    pub fn int(&mut self, def: &'static FieldDef, v: impl Into<i64>) {
        self.push(def, Value::Int(v.into()));
    }

    pub fn boolean(&mut self, def: &'static FieldDef, v: bool) {
        self.push(def, Value::Bool(v));
    }

    pub fn str(&mut self, def: &'static FieldDef, v: impl Into<Cow<'a, str>>) {
        self.push(def, Value::Str(v.into()));
    }

    /// A label field (`FT_NONE`/`FT_PROTOCOL`): present, no value.
    pub fn present(&mut self, def: &'static FieldDef) {
        self.push(def, Value::None);
    }

    pub fn truncated(&mut self, reason: impl Into<String>) {
        self.anomalies.push(Anomaly {
            kind: AnomalyKind::Truncated,
            reason: reason.into(),
        });
    }

    pub fn malformed(&mut self, reason: impl Into<String>) {
        self.anomalies.push(Anomaly {
            kind: AnomalyKind::Malformed,
            reason: reason.into(),
        });
    }

    /// The same layer, owning its values (for layers decoded from a
    /// reassembled buffer that does not outlive the call).
    pub fn into_owned(self) -> Layer<'static> {
        Layer {
            osi: self.osi,
            protocol: self.protocol,
            span: self.span,
            fields: self
                .fields
                .into_iter()
                .map(|f| Field {
                    def: f.def,
                    value: f.value.into_owned(),
                })
                .collect(),
            anomalies: self.anomalies,
        }
    }

    /// The first value of a field.
    pub fn get(&self, def: &'static FieldDef) -> Option<&Value<'a>> {
        self.fields
            .iter()
            .find(|f| std::ptr::eq(f.def, def))
            .map(|f| &f.value)
    }

    /// Every value of a field, in order.
    pub fn all<'s>(&'s self, def: &'static FieldDef) -> impl Iterator<Item = &'s Value<'a>> + 's {
        self.fields
            .iter()
            .filter(move |f| std::ptr::eq(f.def, def))
            .map(|f| &f.value)
    }

    pub fn has(&self, def: &'static FieldDef) -> bool {
        self.get(def).is_some()
    }

    /// A field's value as an integer (booleans as 0/1).
    pub fn get_uint(&self, def: &'static FieldDef) -> Option<u64> {
        match self.get(def)? {
            Value::UInt(v) => Some(*v),
            Value::Bool(b) => Some(u64::from(*b)),
            _ => None,
        }
    }

    pub fn get_str(&self, def: &'static FieldDef) -> Option<&str> {
        match self.get(def)? {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// True when a boolean field is present and set.
    pub fn flag(&self, def: &'static FieldDef) -> bool {
        matches!(self.get(def), Some(Value::Bool(true)))
    }

    /// The first value of the field named `name` (for callers that have a
    /// name rather than a definition: the filter, tests).
    pub fn get_named(&self, name: &str) -> Option<&Value<'a>> {
        self.fields
            .iter()
            .find(|f| f.def.name == name)
            .map(|f| &f.value)
    }
}

/// Everything osidump knows about one frame.
#[derive(Debug, Clone)]
pub struct Dissection<'a> {
    /// The captured bytes, for hex dumps.
    pub data: &'a [u8],
    /// Layers in wire order (frame first).
    pub layers: Vec<Layer<'a>>,
    /// Session facts this frame established, when the dissector was asked
    /// for them ([`super::Dissector::with_events`]).
    pub events: Vec<super::event::Event<'a>>,
}

impl<'a> Dissection<'a> {
    /// Where the datagram an ICMP error quotes begins: the layers from
    /// this index on (an IP header and what it carried) are not this
    /// packet's own but the failed packet's, as the ICMP message quotes
    /// it. None when nothing is quoted (an echo's payload is its own).
    pub fn quoted_start(&self) -> Option<usize> {
        self.layers
            .windows(2)
            .position(|w| {
                matches!(w[0].protocol, "icmp" | "icmpv6") && matches!(w[1].protocol, "ip" | "ipv6")
            })
            .map(|i| i + 1)
    }

    pub fn layer(&self, protocol: &str) -> Option<&Layer<'a>> {
        self.layers.iter().find(|l| l.protocol == protocol)
    }

    /// Every value of a field, across layers, in wire order.
    pub fn values<'s>(
        &'s self,
        def: &'static FieldDef,
    ) -> impl Iterator<Item = &'s Value<'a>> + 's {
        self.layers
            .iter()
            .flat_map(|l| l.fields.iter())
            .filter(move |f| std::ptr::eq(f.def, def))
            .map(|f| &f.value)
    }

    /// Every value of the field named `name`, across layers.
    pub fn values_named<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Value<'a>> + 's {
        self.layers
            .iter()
            .flat_map(|l| l.fields.iter())
            .filter(move |f| f.def.name == name)
            .map(|f| &f.value)
    }

    pub fn has_anomalies(&self) -> bool {
        self.layers.iter().any(|l| !l.anomalies.is_empty())
    }
}
