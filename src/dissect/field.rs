//! Field definitions, in the spirit of Wireshark's `hf_register_info`: each
//! protocol module declares its fields once (display-filter name, tshark
//! type, display base, value names, bitmask, description) as `static`
//! [`FieldDef`]s, and decoders push values through those definitions, so a
//! misspelt field cannot compile. The filter, JSON, `-V`, `-T fields` and
//! `osidump fields` read the same definitions ([`super::spec`] lists them).
//!
//! Types are tshark's `ftenum` names (`FT_UINT16`, `FT_IPv4`, ...), so
//! `osidump fields` and `tshark -G fields` can be compared line by line.

use super::layer::{Value, ascii};
use crate::render::safe::is_plain;
use std::fmt::{self, Write};

/// `field!(FieldDef::new(...))`: a `&'static FieldDef` with an address of
/// its own. Each definition lives in a `static` item, so the filter and
/// the renderers can compare definitions by address; a plain
/// `&FieldDef::new(..)` would be a promoted constant, which the compiler
/// may copy into each codegen unit that reads it.
#[macro_export]
macro_rules! field {
    ($def:expr) => {{
        static DEF: $crate::dissect::field::FieldDef = $def;
        &DEF
    }};
}

/// tshark's field types (`FT_*`), the ones our decoders emit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// A label with no value (`FT_NONE`): present or absent.
    None,
    /// A protocol (or a protocol-like item such as a TCP option).
    Protocol,
    Boolean,
    Char,
    Uint8,
    Uint16,
    Uint24,
    Uint32,
    Uint40,
    Uint48,
    Uint56,
    Uint64,
    Int8,
    Int16,
    Int24,
    Int32,
    Int64,
    Float,
    Double,
    AbsoluteTime,
    RelativeTime,
    String,
    StringZ,
    /// A string in a fixed-size field, padded with NULs (`FT_STRINGZPAD`).
    StringZPad,
    UintString,
    Ether,
    Bytes,
    UintBytes,
    Ipv4,
    Ipv6,
    FrameNum,
    Guid,
    Oid,
    Eui64,
    /// An OSI system ID (`FT_SYSTEM_ID`): IS-IS's system, LAN and LSP IDs,
    /// held as the text tshark prints (`1921.6800.1001.00-00`).
    SystemId,
}

impl FieldType {
    /// Every type, for parsing tshark's names.
    const ALL: [FieldType; 35] = [
        FieldType::None,
        FieldType::Protocol,
        FieldType::Boolean,
        FieldType::Char,
        FieldType::Uint8,
        FieldType::Uint16,
        FieldType::Uint24,
        FieldType::Uint32,
        FieldType::Uint40,
        FieldType::Uint48,
        FieldType::Uint56,
        FieldType::Uint64,
        FieldType::Int8,
        FieldType::Int16,
        FieldType::Int24,
        FieldType::Int32,
        FieldType::Int64,
        FieldType::Float,
        FieldType::Double,
        FieldType::AbsoluteTime,
        FieldType::RelativeTime,
        FieldType::String,
        FieldType::StringZ,
        FieldType::StringZPad,
        FieldType::UintString,
        FieldType::Ether,
        FieldType::Bytes,
        FieldType::UintBytes,
        FieldType::Ipv4,
        FieldType::Ipv6,
        FieldType::FrameNum,
        FieldType::Guid,
        FieldType::Oid,
        FieldType::Eui64,
        FieldType::SystemId,
    ];

    /// tshark's name of the type, as `tshark -G fields` prints it.
    pub fn tshark_name(self) -> &'static str {
        match self {
            FieldType::None => "FT_NONE",
            FieldType::Protocol => "FT_PROTOCOL",
            FieldType::Boolean => "FT_BOOLEAN",
            FieldType::Char => "FT_CHAR",
            FieldType::Uint8 => "FT_UINT8",
            FieldType::Uint16 => "FT_UINT16",
            FieldType::Uint24 => "FT_UINT24",
            FieldType::Uint32 => "FT_UINT32",
            FieldType::Uint40 => "FT_UINT40",
            FieldType::Uint48 => "FT_UINT48",
            FieldType::Uint56 => "FT_UINT56",
            FieldType::Uint64 => "FT_UINT64",
            FieldType::Int8 => "FT_INT8",
            FieldType::Int16 => "FT_INT16",
            FieldType::Int24 => "FT_INT24",
            FieldType::Int32 => "FT_INT32",
            FieldType::Int64 => "FT_INT64",
            FieldType::Float => "FT_FLOAT",
            FieldType::Double => "FT_DOUBLE",
            FieldType::AbsoluteTime => "FT_ABSOLUTE_TIME",
            FieldType::RelativeTime => "FT_RELATIVE_TIME",
            FieldType::String => "FT_STRING",
            FieldType::StringZ => "FT_STRINGZ",
            FieldType::StringZPad => "FT_STRINGZPAD",
            FieldType::UintString => "FT_UINT_STRING",
            FieldType::Ether => "FT_ETHER",
            FieldType::Bytes => "FT_BYTES",
            FieldType::UintBytes => "FT_UINT_BYTES",
            FieldType::Ipv4 => "FT_IPv4",
            FieldType::Ipv6 => "FT_IPv6",
            FieldType::FrameNum => "FT_FRAMENUM",
            FieldType::Guid => "FT_GUID",
            FieldType::Oid => "FT_OID",
            FieldType::Eui64 => "FT_EUI64",
            FieldType::SystemId => "FT_SYSTEM_ID",
        }
    }

    pub fn from_tshark_name(s: &str) -> Option<FieldType> {
        Self::ALL.into_iter().find(|t| t.tshark_name() == s)
    }

    /// The largest unsigned value the type holds (`None`: not unsigned).
    pub fn uint_max(self) -> Option<u64> {
        Some(match self {
            FieldType::Char | FieldType::Uint8 => u8::MAX.into(),
            FieldType::Uint16 => u16::MAX.into(),
            FieldType::Uint24 => (1 << 24) - 1,
            FieldType::Uint32 | FieldType::FrameNum => u32::MAX.into(),
            FieldType::Uint40 => (1 << 40) - 1,
            FieldType::Uint48 => (1 << 48) - 1,
            FieldType::Uint56 => (1 << 56) - 1,
            FieldType::Uint64 => u64::MAX,
            _ => return None,
        })
    }

    /// The range of a signed type (`None`: not signed).
    pub fn int_range(self) -> Option<(i64, i64)> {
        Some(match self {
            FieldType::Int8 => (i8::MIN.into(), i8::MAX.into()),
            FieldType::Int16 => (i16::MIN.into(), i16::MAX.into()),
            FieldType::Int24 => (-(1 << 23), (1 << 23) - 1),
            FieldType::Int32 => (i32::MIN.into(), i32::MAX.into()),
            FieldType::Int64 => (i64::MIN, i64::MAX),
            _ => return None,
        })
    }

    pub fn is_integer(self) -> bool {
        self.uint_max().is_some() || self.int_range().is_some()
    }

    pub fn is_string(self) -> bool {
        matches!(
            self,
            FieldType::String | FieldType::StringZ | FieldType::StringZPad | FieldType::UintString
        )
    }

    pub fn is_bytes(self) -> bool {
        matches!(
            self,
            FieldType::Bytes
                | FieldType::UintBytes
                | FieldType::Ether
                | FieldType::Guid
                | FieldType::Oid
                | FieldType::Eui64
        )
    }

    /// Hex digits a value of this type is shown with in `BASE_HEX`.
    fn hex_digits(self) -> usize {
        match self {
            FieldType::Char | FieldType::Uint8 | FieldType::Int8 => 2,
            FieldType::Uint16 | FieldType::Int16 => 4,
            FieldType::Uint24 | FieldType::Int24 => 6,
            FieldType::Uint32 | FieldType::Int32 | FieldType::FrameNum => 8,
            FieldType::Uint40 => 10,
            FieldType::Uint48 => 12,
            FieldType::Uint56 => 14,
            _ => 16,
        }
    }

    /// Whether a value of this shape may be stored under this type.
    pub fn accepts(self, v: &Value<'_>) -> bool {
        match v {
            Value::UInt(n) => {
                self.uint_max().is_some_and(|max| *n <= max)
                    || self.int_range().is_some_and(|(_, hi)| *n <= hi as u64)
            }
            Value::Int(n) => self
                .int_range()
                .is_some_and(|(lo, hi)| (lo..=hi).contains(n)),
            Value::Bool(_) => self == FieldType::Boolean,
            // An object identifier in dotted form (`2.5.4.3`), as tshark
            // prints `FT_OID` values.
            // A GUID in tshark's text form (`e6fa9a19-c50f-49c1-...`).
            // A protocol item may carry its label (`_ws.expert`'s "Expert
            // Info (Warning/Sequence): ...", `_ws.malformed`'s "[Malformed
            // Packet: DNS]"), the text tshark's -T fields prints for it.
            // A GUID in its text form, as tshark prints `FT_GUID` values.
            Value::Str(_) => {
                self.is_string()
                    || matches!(
                        self,
                        FieldType::Guid
                            | FieldType::Oid
                            | FieldType::Protocol
                            | FieldType::SystemId
                    )
            }
            Value::Mac(_) => self == FieldType::Ether,
            Value::Ipv4(_) => self == FieldType::Ipv4,
            Value::Ipv6(_) => self == FieldType::Ipv6,
            // Epoch time is tshark's FT_RELATIVE_TIME (time since 1970).
            Value::Time(_) => matches!(self, FieldType::AbsoluteTime | FieldType::RelativeTime),
            Value::RelTime(_) => self == FieldType::RelativeTime,
            Value::Double(_) => self == FieldType::Double,
            Value::Float(_) => self == FieldType::Float,
            // A protocol registered with the type FT_BYTES (TCP's options)
            // carries the bytes of its item.
            Value::Bytes(_) => matches!(
                self,
                FieldType::Bytes
                    | FieldType::UintBytes
                    | FieldType::Guid
                    | FieldType::Oid
                    | FieldType::Protocol
            ),
            Value::None => matches!(self, FieldType::None | FieldType::Protocol),
        }
    }
}

/// How an integer is shown (tshark's `BASE_*`); booleans carry the width
/// of the bit field they come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Base {
    None,
    Dec,
    Hex,
    Oct,
    DecHex,
    HexDec,
    /// A port: decimal (tshark resolves service names; we do not).
    PtTcp,
    PtUdp,
    PtSctp,
    PtDccp,
    /// A boolean inside a bit field this many bits wide (`0`: standalone).
    Bits(u8),
    /// Shown by a function of the dissector's (`tcp.completeness`): here
    /// as decimal.
    Custom,
    /// An IEEE OUI (`eth.src.oui`): tshark shows it as three bytes and its
    /// manufacturer, and as decimal in `-T fields`; here as decimal.
    Oui,
    /// An absolute time that shows the zero time as `NULL` (tshark's
    /// `ABSOLUTE_TIME_NTP_UTC`: NTP's timestamps, which Wireshark stores as
    /// 1970-01-01 when all their bits are zero).
    NtpTime,
}

impl Base {
    /// tshark's spelling in `-G fields`.
    pub fn tshark_name(self) -> String {
        match self {
            Base::None => "BASE_NONE".into(),
            Base::Dec => "BASE_DEC".into(),
            Base::Hex => "BASE_HEX".into(),
            Base::Oct => "BASE_OCT".into(),
            Base::DecHex => "BASE_DEC_HEX".into(),
            Base::HexDec => "BASE_HEX_DEC".into(),
            Base::PtTcp => "BASE_PT_TCP".into(),
            Base::PtUdp => "BASE_PT_UDP".into(),
            Base::PtSctp => "BASE_PT_SCTP".into(),
            Base::PtDccp => "BASE_PT_DCCP".into(),
            Base::Bits(n) => n.to_string(),
            Base::Custom => "BASE_CUSTOM".into(),
            Base::Oui => "BASE_OUI".into(),
            Base::NtpTime => "ABSOLUTE_TIME_NTP_UTC".into(),
        }
    }
}

/// Names for a field's values (tshark's `value_string`, `range_string`,
/// `true_false_string`). Filters take them in place of numbers
/// (`eth.type == ARP`, `tcp.flags.syn == Set`), `-V` prints them.
#[derive(Debug, Clone, Copy)]
pub enum Names {
    None,
    /// Sorted by value.
    Vals(&'static [(u64, &'static str)]),
    /// Inclusive ranges, in tshark's order (the first match wins).
    Ranges(&'static [(u64, u64, &'static str)]),
    /// Names for true and false.
    Bool(&'static str, &'static str),
}

impl Names {
    /// No name holds a character the text renderers would escape.
    const fn are_plain(&self) -> bool {
        match *self {
            Names::None => true,
            Names::Vals(vals) => {
                let mut i = 0;
                while i < vals.len() {
                    if !is_plain(vals[i].1) {
                        return false;
                    }
                    i += 1;
                }
                true
            }
            Names::Ranges(ranges) => {
                let mut i = 0;
                while i < ranges.len() {
                    if !is_plain(ranges[i].2) {
                        return false;
                    }
                    i += 1;
                }
                true
            }
            Names::Bool(yes, no) => is_plain(yes) && is_plain(no),
        }
    }
}

/// One registered field.
#[derive(Debug)]
pub struct FieldDef {
    /// The display-filter name: `ip.src`, `tcp.flags.syn`.
    pub name: &'static str,
    /// The long name tshark shows in its tree: "Source Address".
    pub title: &'static str,
    pub ftype: FieldType,
    pub base: Base,
    /// Bits of the enclosing integer the field occupies (`0`: all).
    pub mask: u64,
    pub names: Names,
    /// Names the display filter looks up instead of `names`, where tshark
    /// registers two tables under one field name and its filter compiler
    /// reads the other one (`tls.handshake.type`: SSLv2's).
    pub filter_names: Option<Names>,
    /// One-line description (tshark's blurb; empty when tshark has none).
    pub blurb: &'static str,
    /// The protocol tshark registers the field under, when it is not the
    /// part of `name` before the first dot (`x509sat.*` inside TLS).
    proto: Option<&'static str>,
    /// The dissector stores values wider than the registered type holds
    /// (Wireshark keeps an FT_UINT16 in 32 bits and prints what it was
    /// given: DHCPv6's elapsed time, scaled to milliseconds).
    pub wider_values: bool,
    /// `BASE_ALLOW_ZERO`: a byte field of no bytes is `<none>` to tshark
    /// (`ipv6.opt.padn` of a two-byte PadN), not `<MISSING>`.
    pub allow_zero: bool,
    /// A protocol registered "in name only" with the type `FT_BYTES` (a
    /// TCP, IPv4 or PPP option: `proto_register_protocol_in_name_only`):
    /// its value is the bytes of its item, and the filter computes with it
    /// as bytes (`tcp.options.nop & 1`, which tshark refuses for `eth`).
    pub bytes_protocol: bool,
}

impl FieldDef {
    /// A field of `ftype` with tshark's default base for the type.
    pub const fn new(name: &'static str, ftype: FieldType, title: &'static str) -> FieldDef {
        // Definitions are statics: these fail the build, not a run. The
        // tree prints names, titles and value names without scanning them.
        assert!(is_plain(name), "a field name a terminal would act on");
        assert!(is_plain(title), "a field title a terminal would act on");
        let base = match ftype {
            FieldType::Char
            | FieldType::Uint8
            | FieldType::Uint16
            | FieldType::Uint24
            | FieldType::Uint32
            | FieldType::Uint40
            | FieldType::Uint48
            | FieldType::Uint56
            | FieldType::Uint64
            | FieldType::Int8
            | FieldType::Int16
            | FieldType::Int24
            | FieldType::Int32
            | FieldType::Int64 => Base::Dec,
            FieldType::Boolean => Base::Bits(0),
            FieldType::Bytes | FieldType::String => Base::None,
            _ => Base::None,
        };
        FieldDef {
            name,
            title,
            ftype,
            base,
            mask: 0,
            names: Names::None,
            filter_names: None,
            blurb: "",
            proto: None,
            wider_values: false,
            allow_zero: false,
            bytes_protocol: false,
        }
    }

    /// See [`FieldDef::allow_zero`].
    pub const fn allow_zero(mut self) -> FieldDef {
        self.allow_zero = true;
        self
    }

    /// See [`FieldDef::bytes_protocol`].
    pub const fn bytes_protocol(mut self) -> FieldDef {
        self.bytes_protocol = true;
        self
    }

    /// See [`FieldDef::wider_values`].
    pub const fn wider_values(mut self) -> FieldDef {
        self.wider_values = true;
        self
    }

    pub const fn base(mut self, base: Base) -> FieldDef {
        self.base = base;
        self
    }

    pub const fn mask(mut self, mask: u64) -> FieldDef {
        self.mask = mask;
        self
    }

    pub const fn names(mut self, names: Names) -> FieldDef {
        assert!(names.are_plain(), "a value name a terminal would act on");
        self.names = names;
        self
    }

    pub const fn vals(self, vals: &'static [(u64, &'static str)]) -> FieldDef {
        self.names(Names::Vals(vals))
    }

    pub const fn tfs(self, yes: &'static str, no: &'static str) -> FieldDef {
        self.names(Names::Bool(yes, no))
    }

    pub const fn filter_vals(mut self, vals: &'static [(u64, &'static str)]) -> FieldDef {
        self.filter_names = Some(Names::Vals(vals));
        self
    }

    pub const fn blurb(mut self, blurb: &'static str) -> FieldDef {
        self.blurb = blurb;
        self
    }

    pub const fn in_proto(mut self, proto: &'static str) -> FieldDef {
        self.proto = Some(proto);
        self
    }

    /// The protocol named with [`FieldDef::in_proto`], when it is not the
    /// first part of the field's name.
    pub fn in_protocol(&self) -> Option<&'static str> {
        self.proto
    }

    /// The protocol tshark lists the field under.
    pub fn protocol(&self) -> &'static str {
        self.proto
            .unwrap_or_else(|| self.name.split('.').next().unwrap_or(self.name))
    }

    /// Ours, not Wireshark's (`osidump.*`).
    pub fn is_own(&self) -> bool {
        self.name.starts_with("osidump.")
    }

    /// The name of an integer value, when the field names its values.
    pub fn value_name(&self, v: u64) -> Option<&'static str> {
        match self.names {
            Names::Vals(vals) => vals
                .binary_search_by_key(&v, |(k, _)| *k)
                .ok()
                .map(|i| vals[i].1),
            Names::Ranges(ranges) => ranges
                .iter()
                .find(|(lo, hi, _)| (*lo..=*hi).contains(&v))
                .map(|(_, _, n)| *n),
            Names::Bool(yes, no) => Some(if v != 0 { yes } else { no }),
            Names::None => None,
        }
    }

    /// The values a name stands for, as tshark's filter compiler looks it
    /// up: case-insensitively, one value only, the first carrying that
    /// name (a range name stands for its whole range). Our tables are in
    /// value order; tshark 4.0 takes the first in its own table, which for
    /// the names we saw twice is the lowest as well: `tls.handshake.ciphersuite ==
    /// "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"` is 0xcc14 only,
    /// not 0xcca9, and `null.family == "IPv6"` is 24 only.
    pub fn values_named(&self, name: &str) -> Vec<(u64, u64)> {
        let same = |n: &str| n.eq_ignore_ascii_case(name);
        match self.filter_names.unwrap_or(self.names) {
            Names::Vals(vals) => vals
                .iter()
                .find(|(_, n)| same(n))
                .map(|(v, _)| (*v, *v))
                .into_iter()
                .collect(),
            Names::Ranges(ranges) => ranges
                .iter()
                .find(|(_, _, n)| same(n))
                .map(|(lo, hi, _)| (*lo, *hi))
                .into_iter()
                .collect(),
            Names::Bool(yes, no) => {
                if same(yes) {
                    vec![(1, 1)]
                } else if same(no) {
                    vec![(0, 0)]
                } else {
                    Vec::new()
                }
            }
            Names::None => Vec::new(),
        }
    }

    /// Whether tshark shows this time as `NULL` (NTP's zero time).
    pub fn shows_null(&self, t: crate::source::Timestamp) -> bool {
        self.base == Base::NtpTime && t.secs == 0 && t.nanos == 0
    }

    pub fn has_names(&self) -> bool {
        !matches!(self.names, Names::None)
    }

    /// A value as `-V` shows it: in the field's base, with its name
    /// (`0x86dd (IPv6)`, `6 (TCP)`, `true (Set)`). Written piece by piece
    /// (no `format!`): `-V` shows every field of every packet.
    pub fn display(&self, v: &Value<'_>, out: &mut String) {
        match v {
            Value::UInt(n) => {
                self.write_uint(*n, out);
                if let Some(name) = self.value_name(*n) {
                    push_name(out, name);
                }
            }
            Value::Int(n) => {
                match u64::try_from(*n) {
                    Ok(u) => push_dec(out, u),
                    Err(_) => out.push_str(itoa::Buffer::new().format(*n)),
                }
                if let Some(name) = u64::try_from(*n).ok().and_then(|u| self.value_name(u)) {
                    push_name(out, name);
                }
            }
            Value::Bool(b) => {
                // Two constant pushes (each stored in place) rather than
                // one of either length (a copy call).
                if *b {
                    out.push_str("true");
                } else {
                    out.push_str("false");
                }
                if let Names::Bool(yes, no) = self.names {
                    push_name(out, if *b { yes } else { no });
                }
            }
            Value::Time(t) if self.shows_null(*t) => out.push_str("NULL"),
            Value::Time(t) if self.ftype == FieldType::AbsoluteTime => push_abs_time(out, *t),
            Value::Bytes(b) => push_plain_hex(out, b),
            // tshark names the identifiers it knows (`2.5.4.3
            // (id-at-commonName)`).
            Value::Str(oid) if self.ftype == FieldType::Oid => {
                out.push_str(oid);
                if let Some(name) = crate::dissect::app::tls::x509::oid_name(oid) {
                    push_name(out, name);
                }
            }
            other => {
                let _ = other.write_text(out);
            }
        }
    }

    fn write_uint(&self, n: u64, out: &mut String) {
        // A bit field shows as many hex digits as its bits need (tshark:
        // `ipv6.flow: 0x00000`, `tcp.flags: 0x002`).
        let digits = if self.mask != 0 {
            let bits = 64 - (self.mask >> self.mask.trailing_zeros()).leading_zeros();
            (bits as usize).div_ceil(4)
        } else {
            self.ftype.hex_digits()
        };
        let mut dec = itoa::Buffer::new();
        match self.base {
            Base::Hex => push_hex(out, n, digits),
            Base::DecHex => {
                push_dec(out, n);
                out.push_str(" (");
                push_hex(out, n, digits);
                out.push(')');
            }
            Base::HexDec => {
                push_hex(out, n, digits);
                push_name(out, dec.format(n));
            }
            Base::Oct => {
                let _ = write!(out, "0{n:o}");
            }
            // Three bytes, as in a MAC address (tshark adds the maker).
            // Written digit by digit, as `{:02x}:{:02x}:{:02x}` would (the
            // formatter cost some 850 instructions an OUI, two a packet).
            Base::Oui => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let mut text = *b"00:00:00";
                for (i, byte) in [n >> 16, n >> 8, n].into_iter().enumerate() {
                    text[3 * i] = HEX[((byte >> 4) & 0xf) as usize];
                    text[3 * i + 1] = HEX[(byte & 0xf) as usize];
                }
                out.push_str(ascii(&text));
            }
            _ => push_dec(out, n),
        }
    }
}

/// `n` in decimal: [`crate::render::value::push_u64`]'s stores of a known
/// length for numbers below 10 000 (most of a packet's), where `itoa` and
/// a copy call cost about 50 instructions a value (-V shows some 40 a
/// packet).
fn push_dec(out: &mut String, n: u64) {
    // SAFETY: push_u64 appends ASCII digits only, so `out` stays UTF-8.
    crate::render::value::push_u64(unsafe { out.as_mut_vec() }, n);
}

/// tshark's `frame.time` (`Nov 24, 2026 11:17:29.342320000 UTC`), as
/// [`crate::render::value::abs_time`] writes it, digit by digit.
fn push_abs_time(out: &mut String, t: crate::source::Timestamp) {
    const MONTHS: &[u8; 36] = b"JanFebMarAprMayJunJulAugSepOctNovDec";
    let (y, m, d, sod) = crate::render::value::civil(t.secs);
    let two = |v: u32| [b'0' + (v / 10 % 10) as u8, b'0' + (v % 10) as u8];
    let month = (m.clamp(1, 12) as usize - 1) * 3;
    let mut date = *b"Mon dd, ";
    date[..3].copy_from_slice(&MONTHS[month..month + 3]);
    date[4..6].copy_from_slice(&two(d));
    if d < 10 {
        date[4] = b' ';
    }
    out.push_str(ascii(&date));
    out.push_str(itoa::Buffer::new().format(y));
    let mut clock = *b" hh:mm:ss.000000000 UTC";
    clock[1..3].copy_from_slice(&two(sod / 3600));
    clock[4..6].copy_from_slice(&two(sod / 60 % 60));
    clock[7..9].copy_from_slice(&two(sod % 60));
    if t.is_unset() {
        out.push_str(ascii(&clock[..9]));
        out.push_str(" UTC");
    } else if t.nanos < 1_000_000_000 {
        let mut n = t.nanos;
        for c in clock[10..19].iter_mut().rev() {
            *c = b'0' + (n % 10) as u8;
            n /= 10;
        }
        out.push_str(ascii(&clock));
    } else {
        // Not a nanosecond count (`{:09}` writes it whole).
        out.push_str(ascii(&clock[..10]));
        out.push_str(itoa::Buffer::new().format(t.nanos));
        out.push_str(" UTC");
    }
}

/// Bytes as plain lower-case hex (`0240`), as [`Value`]'s text writes
/// them.
fn push_plain_hex(out: &mut String, b: &[u8]) {
    out.reserve(b.len() * 2);
    // Writing to a String cannot fail.
    let _ = crate::dissect::layer::write_plain_hex(out, b);
}

/// ` (name)` after a value.
fn push_name(out: &mut String, name: &str) {
    out.push_str(" (");
    out.push_str(name);
    out.push(')');
}

/// `0x` and `n` in lower-case hex, zero-padded to at least `digits`
/// (as `{n:#0digits$x}` with the prefix outside the width).
fn push_hex(out: &mut String, n: u64, digits: usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [b'0'; 18];
    buf[1] = b'x';
    let need = (64 - n.leading_zeros() as usize)
        .div_ceil(4)
        .max(digits.min(16));
    let mut v = n;
    for i in (2..2 + need).rev() {
        buf[i] = HEX[(v & 0xf) as usize];
        v >>= 4;
    }
    out.push_str(ascii(&buf[..2 + need]));
}

impl fmt::Display for FieldDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq for FieldDef {
    /// Definitions are statics: one address each.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Checksum status values (tshark's `PROTO_CHECKSUM_E_*`).
pub mod checksum {
    pub const BAD: u64 = 0;
    pub const GOOD: u64 = 1;
    pub const UNVERIFIED: u64 = 2;
    pub const NOT_PRESENT: u64 = 3;
    pub const ILLEGAL: u64 = 4;

    /// The value names of every `*.checksum.status` field.
    pub const VALS: &[(u64, &str)] = &[
        (BAD, "Bad"),
        (GOOD, "Good"),
        (UNVERIFIED, "Unverified"),
        (NOT_PRESENT, "Not present"),
        (ILLEGAL, "Illegal"),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    static PROTO: FieldDef = FieldDef::new("ip.proto", FieldType::Uint8, "Protocol").vals(&[
        (1, "ICMP"),
        (6, "TCP"),
        (17, "UDP"),
    ]);
    static TYPE: FieldDef = FieldDef::new("eth.type", FieldType::Uint16, "Type")
        .base(Base::Hex)
        .vals(&[(0x0800, "IPv4"), (0x0806, "ARP"), (0x86dd, "IPv6")]);
    static SYN: FieldDef = FieldDef::new("tcp.flags.syn", FieldType::Boolean, "Syn")
        .base(Base::Bits(12))
        .mask(0x002)
        .tfs("Set", "Not set");

    #[test]
    fn an_oui_shows_as_three_bytes() {
        static OUI: FieldDef =
            FieldDef::new("eth.src.oui", FieldType::Uint24, "OUI").base(Base::Oui);
        for (n, text) in [
            (0x029900, "02:99:00"),
            (0xffffff, "ff:ff:ff"),
            (0, "00:00:00"),
        ] {
            let mut s = String::new();
            OUI.display(&Value::UInt(n), &mut s);
            assert_eq!(s, text);
            let (a, b, c) = ((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
            assert_eq!(s, format!("{a:02x}:{b:02x}:{c:02x}"));
        }
    }

    #[test]
    fn values_show_in_their_base_with_their_names() {
        let mut s = String::new();
        TYPE.display(&Value::UInt(0x86dd), &mut s);
        assert_eq!(s, "0x86dd (IPv6)");
        s.clear();
        PROTO.display(&Value::UInt(6), &mut s);
        assert_eq!(s, "6 (TCP)");
        s.clear();
        PROTO.display(&Value::UInt(99), &mut s);
        assert_eq!(s, "99");
        s.clear();
        SYN.display(&Value::Bool(true), &mut s);
        assert_eq!(s, "true (Set)");
    }

    #[test]
    fn times_and_bytes_show_as_the_other_outputs_write_them() {
        static TIME: FieldDef = FieldDef::new("frame.time", FieldType::AbsoluteTime, "Time");
        static DATA: FieldDef = FieldDef::new("data.data", FieldType::Bytes, "Data");
        for (secs, nanos) in [
            (0, 0),
            (1_700_000_000, 123_456_789),
            (951_782_400, 5),
            (-1, 999_999_999),
            (-62_135_596_801, 0),
            (253_402_300_800, 0),
            (1_764_000_000, 1_500_000_000),
        ] {
            let t = crate::source::Timestamp { secs, nanos };
            let (mut ours, mut theirs) = (String::new(), String::new());
            TIME.display(&Value::Time(t), &mut ours);
            crate::render::value::abs_time(&mut theirs, t);
            assert_eq!(ours, theirs);
        }
        for len in [0, 1, 255, 256, 257, 1500] {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 % 256) as u8).collect();
            let (mut ours, mut theirs) = (String::new(), String::new());
            DATA.display(&Value::Bytes(bytes.as_slice().into()), &mut ours);
            Value::Bytes(bytes.as_slice().into())
                .write_text(&mut theirs)
                .unwrap();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn hex_bases_pad_to_the_type_or_the_mask() {
        static FLAGS: FieldDef = FieldDef::new("tcp.flags", FieldType::Uint16, "Flags")
            .base(Base::Hex)
            .mask(0x0fff);
        static ID: FieldDef =
            FieldDef::new("ip.id", FieldType::Uint16, "Identification").base(Base::HexDec);
        static BIG: FieldDef = FieldDef::new("x.big", FieldType::Uint64, "Big").base(Base::DecHex);
        for (def, v) in [
            (&FLAGS, 2),
            (&ID, 0),
            (&ID, 0xbeef),
            (&BIG, u64::MAX),
            (&BIG, 1),
        ] {
            let mut s = String::new();
            def.display(&Value::UInt(v), &mut s);
            let digits = if def.mask != 0 {
                3
            } else {
                def.ftype.hex_digits()
            };
            let want = match def.base {
                Base::Hex => format!("0x{v:0digits$x}"),
                Base::HexDec => format!("0x{v:0digits$x} ({v})"),
                _ => format!("{v} (0x{v:0digits$x})"),
            };
            assert_eq!(s, want);
        }
    }

    #[test]
    fn names_find_values_case_insensitively() {
        assert_eq!(PROTO.values_named("tcp"), vec![(6, 6)]);
        assert_eq!(SYN.values_named("not SET"), vec![(0, 0)]);
        assert!(TYPE.values_named("IPX").is_empty());
        // One value for a name several carry, as tshark 4.0 takes it.
        let suite = crate::dissect::fields::tls::HANDSHAKE_CIPHERSUITE;
        assert_eq!(
            suite.values_named("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"),
            vec![(0xcc14, 0xcc14)]
        );
        assert_eq!(PROTO.protocol(), "ip");
        assert_eq!(
            FieldType::from_tshark_name("FT_IPv6"),
            Some(FieldType::Ipv6)
        );
    }

    #[test]
    fn types_accept_only_their_values() {
        assert!(FieldType::Uint8.accepts(&Value::UInt(255)));
        assert!(!FieldType::Uint8.accepts(&Value::UInt(256)));
        assert!(!FieldType::Uint8.accepts(&Value::Bool(true)));
        assert!(FieldType::Int32.accepts(&Value::Int(-1)));
    }
}
