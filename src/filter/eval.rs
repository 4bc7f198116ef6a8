//! The compiled filter and its evaluation.
//!
//! Compiling resolves every name to the `&'static str` field names it stands
//! for, parses each literal once into every type it can be (integer,
//! address with prefix, byte string, time, text) and builds regexes once.
//! Evaluating walks the dissection's fields for each test, matching names
//! by length and eight-byte words ([`Names`]): no parsing, no formatting, no
//! allocation per packet.

use std::cmp::Ordering;
use std::net::{Ipv4Addr, Ipv6Addr};

use regex::Regex;

use super::parse::{self, Ast, CmpOp, FilterError, Literal, Name, SetItem};
use super::types::check;
use super::{Resolved, resolve, suggest};
use crate::dissect::field::FieldDef;
use crate::dissect::{Dissection, Value};

/// A compiled display filter. Build once with [`Filter::new`], then ask
/// [`Filter::matches`] for each packet.
#[derive(Debug, Clone)]
pub struct Filter {
    root: Node,
}

impl Filter {
    /// Parse and compile `expr`; errors carry the column they refer to
    /// (render them with [`FilterError::render`]).
    pub fn new(expr: &str) -> Result<Filter, FilterError> {
        let ast = parse::parse(expr)?;
        Ok(Filter {
            root: compile(&ast)?,
        })
    }

    /// Whether the packet is selected.
    pub fn matches(&self, d: &Dissection<'_>) -> bool {
        self.root.eval(d)
    }
}

#[derive(Debug, Clone)]
enum Node {
    Or(Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Not(Box<Node>),
    /// A layer of this protocol is present.
    Protocol(&'static str),
    /// One of these fields is present.
    Present(Names),
    /// Some occurrence satisfies the test (`==`, `<`, `contains`, `in`, `!==`).
    Any(Names, Test),
    /// The field is present and no occurrence satisfies the test (`!=`).
    NoneOf(Names, Test),
}

#[derive(Debug, Clone)]
enum Test {
    Cmp(CmpOp, Lit),
    /// `!==`: differs from the literal.
    Ne(Lit),
    Contains(Lit),
    Matches(Regex),
    In(Vec<(Lit, Option<Lit>)>),
}

/// A literal in every type it can be read as.
#[derive(Debug, Clone, Default)]
struct Lit {
    text: String,
    quoted: bool,
    int: Option<i128>,
    /// Address and mask (all ones without a prefix).
    v4: Option<(u32, u32)>,
    v6: Option<(u128, u128)>,
    /// `aa:bb:cc`, `aa-bb-cc`, `aabb.ccdd.eeff`; for a quoted string, its bytes.
    bytes: Option<Vec<u8>>,
    boolean: Option<bool>,
    /// Seconds with a fraction, as nanoseconds (for `frame.time_epoch`).
    time: Option<i128>,
    /// The values a value name stands for (`ARP`, `"Client Hello"`,
    /// `Set`), as inclusive ranges.
    named: Option<Vec<(u64, u64)>>,
}

fn compile(ast: &Ast) -> Result<Node, FilterError> {
    Ok(match ast {
        Ast::Or(l, r) => Node::Or(Box::new(compile(l)?), Box::new(compile(r)?)),
        Ast::And(l, r) => Node::And(Box::new(compile(l)?), Box::new(compile(r)?)),
        Ast::Not(x) => Node::Not(Box::new(compile(x)?)),
        Ast::Present(name) => match lookup(name)? {
            Resolved::Protocol(p) => Node::Protocol(p),
            Resolved::Fields(_, f) => Node::Present(Names::new(f)),
        },
        Ast::Compare(name, op, lit) => {
            let (def, fields) = fields_of(name)?;
            // A pattern or a substring is not a value of the field's type.
            if !matches!(op, CmpOp::Contains | CmpOp::Matches) {
                check(def, lit)?;
            }
            let l = literal(lit, def);
            match op {
                CmpOp::AllNe => Node::NoneOf(fields, Test::Cmp(CmpOp::Eq, l)),
                CmpOp::AnyNe => Node::Any(fields, Test::Ne(l)),
                CmpOp::Contains => Node::Any(fields, Test::Contains(l)),
                CmpOp::Matches => {
                    let re = regex::RegexBuilder::new(&lit.text)
                        .case_insensitive(true)
                        .build()
                        .map_err(|e| FilterError::at(lit.span, regex_message(&e)))?;
                    Node::Any(fields, Test::Matches(re))
                }
                op => Node::Any(fields, Test::Cmp(*op, l)),
            }
        }
        Ast::In(name, items) => {
            let (def, fields) = fields_of(name)?;
            for item in items {
                match item {
                    SetItem::One(v) => check(def, v)?,
                    SetItem::Range(lo, hi) => {
                        check(def, lo)?;
                        check(def, hi)?;
                    }
                }
            }
            let set = items
                .iter()
                .map(|i| match i {
                    SetItem::One(v) => (literal(v, def), None),
                    SetItem::Range(lo, hi) => (literal(lo, def), Some(literal(hi, def))),
                })
                .collect();
            Node::Any(fields, Test::In(set))
        }
    })
}

fn regex_message(e: &regex::Error) -> String {
    match e {
        regex::Error::Syntax(s) => {
            let last = s.lines().last().unwrap_or("").trim();
            format!("invalid regular expression: {last}")
        }
        other => format!("invalid regular expression: {other}"),
    }
}

fn lookup(name: &Name) -> Result<Resolved, FilterError> {
    resolve(&name.text).ok_or_else(|| {
        let hint = suggest(&name.text)
            .map(|s| format!("; did you mean \"{s}\"?"))
            .unwrap_or_default();
        FilterError::at(name.span, format!("unknown field \"{}\"{hint}", name.text))
    })
}

/// A name that must carry values: a protocol cannot be compared.
fn fields_of(name: &Name) -> Result<(&'static FieldDef, Names), FilterError> {
    match lookup(name)? {
        Resolved::Fields(def, f) => Ok((def, Names::new(f))),
        Resolved::Protocol(p) => Err(FilterError::at(
            name.span,
            format!("\"{p}\" is a protocol, it has no value to compare; test it alone"),
        )),
    }
}

fn literal(l: &Literal, def: &FieldDef) -> Lit {
    let mut lit = Lit {
        text: l.text.clone(),
        quoted: l.quoted,
        ..Lit::default()
    };
    if def.has_names() && (l.quoted || parse_int(&l.text).is_none()) {
        let named = def.values_named(&l.text);
        if !named.is_empty() {
            lit.named = Some(named);
        }
    }
    if l.quoted {
        lit.bytes = Some(l.bytes.clone());
        return lit;
    }
    let t = l.text.as_str();
    lit.int = parse_int(t);
    lit.boolean = match t {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    };
    let (addr, prefix) = match t.split_once('/') {
        Some((a, p)) => (a, p.parse::<u32>().ok()),
        None => (t, None),
    };
    let prefix_ok = !t.contains('/') || prefix.is_some();
    if let (Ok(a), true) = (addr.parse::<Ipv4Addr>(), prefix_ok) {
        let bits = prefix.unwrap_or(32).min(32);
        let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
        lit.v4 = Some((u32::from(a), mask));
    }
    if let (Ok(a), true) = (addr.parse::<Ipv6Addr>(), prefix_ok) {
        let bits = prefix.unwrap_or(128).min(128);
        let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
        lit.v6 = Some((u128::from(a), mask));
    }
    lit.bytes = parse_bytes(t);
    if def.ftype == crate::dissect::field::FieldType::Ether && lit.bytes.is_none() {
        lit.bytes = parse_plain_hex(t);
    }
    lit.time = parse_time(t);
    lit
}

/// `029900000001`: a MAC written as twelve hex digits, which tshark takes
/// for Ethernet addresses.
pub(super) fn parse_plain_hex(t: &str) -> Option<Vec<u8>> {
    if t.len() != 12 || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..6)
        .map(|i| u8::from_str_radix(&t[2 * i..2 * i + 2], 16).ok())
        .collect()
}

/// The radix an integer literal's prefix names, and its digits:
/// `0x2a` hex, `0b101` binary, `052` octal (as in C and Wireshark).
pub(super) fn split_radix(digits: &str) -> (u32, &str) {
    if let Some(h) = digits.strip_prefix("0x").or(digits.strip_prefix("0X")) {
        (16, h)
    } else if let Some(b) = digits.strip_prefix("0b").or(digits.strip_prefix("0B")) {
        (2, b)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..])
    } else {
        (10, digits)
    }
}

/// `42`, `-7`, `0x2a`, `052` (octal, as in C and Wireshark), `0b101`.
fn parse_int(t: &str) -> Option<i128> {
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (radix, body) = split_radix(digits);
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let v = i128::from_str_radix(body, radix).ok()?;
    Some(if neg { -v } else { v })
}

/// Byte strings: `aa:bb:cc`, `aa-bb-cc`, `aa.bb.cc`, or MACs as
/// `aabb.ccdd.eeff`.
pub(super) fn parse_bytes(t: &str) -> Option<Vec<u8>> {
    let sep = [':', '-', '.'].into_iter().find(|c| t.contains(*c))?;
    let parts: Vec<&str> = t.split(sep).collect();
    let hex = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_hexdigit());
    if parts.len() == 3 && sep == '.' && parts.iter().all(|p| p.len() == 4 && hex(p)) {
        return parts
            .iter()
            .flat_map(|p| [&p[..2], &p[2..]])
            .map(|b| u8::from_str_radix(b, 16).ok())
            .collect();
    }
    if parts.len() < 2 || !parts.iter().all(|p| p.len() <= 2 && hex(p)) {
        return None;
    }
    parts
        .iter()
        .map(|p| u8::from_str_radix(p, 16).ok())
        .collect()
}

/// `1795519047.175014` (seconds since the epoch) as nanoseconds.
fn parse_time(t: &str) -> Option<i128> {
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let (secs, frac) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if secs.is_empty() || !all_digits(secs) || !all_digits(frac) || frac.len() > 9 {
        return None;
    }
    let s: i128 = secs.parse().ok()?;
    let f: i128 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<9}").parse().ok()?
    };
    let v = s * 1_000_000_000 + f;
    Some(if neg { -v } else { v })
}

/// The fields one test reads (several for a pseudo-field). Definitions
/// are statics: a field matches by its address.
#[derive(Debug, Clone)]
struct Names {
    defs: Box<[&'static FieldDef]>,
}

impl Names {
    fn new(defs: Vec<&'static FieldDef>) -> Self {
        Names {
            defs: defs.into_boxed_slice(),
        }
    }

    #[inline]
    fn contains(&self, def: &'static FieldDef) -> bool {
        self.defs.iter().any(|d| std::ptr::eq(*d, def))
    }
}

impl Node {
    fn eval(&self, d: &Dissection<'_>) -> bool {
        match self {
            Node::Or(l, r) => l.eval(d) || r.eval(d),
            Node::And(l, r) => l.eval(d) && r.eval(d),
            Node::Not(x) => !x.eval(d),
            Node::Protocol(p) => d.layers.iter().any(|l| l.protocol == *p),
            Node::Present(names) => any_value(d, names, |_| true),
            Node::Any(names, test) => any_value(d, names, |v| test.holds(v)),
            Node::NoneOf(names, test) => {
                let mut present = false;
                let hit = any_value(d, names, |v| {
                    present = true;
                    test.holds(v)
                });
                present && !hit
            }
        }
    }
}

/// Whether some value of a field in `names` satisfies `f`; stops at the
/// first that does.
#[inline]
fn any_value(d: &Dissection<'_>, names: &Names, mut f: impl FnMut(&Value<'_>) -> bool) -> bool {
    for l in &d.layers {
        for field in &l.fields {
            if names.contains(field.def) && f(&field.value) {
                return true;
            }
        }
    }
    false
}

impl Test {
    fn holds(&self, v: &Value<'_>) -> bool {
        match self {
            Test::Cmp(CmpOp::Eq, l) => equal(v, l),
            Test::Cmp(op, l) => compare(v, l).is_some_and(|o| match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::Le => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                CmpOp::Ge => o != Ordering::Less,
                _ => false,
            }),
            Test::Ne(l) => fits(v, l) && !equal(v, l),
            Test::Contains(l) => contains(v, l),
            Test::Matches(re) => match v {
                Value::Str(s) => re.is_match(s),
                _ => false,
            },
            Test::In(set) => set.iter().any(|(lo, hi)| match hi {
                None => equal(v, lo),
                Some(hi) => {
                    compare(v, lo).is_some_and(|o| o != Ordering::Less)
                        && compare(v, hi).is_some_and(|o| o != Ordering::Greater)
                }
            }),
        }
    }
}

/// Whether the literal can be read as the value's type at all.
fn fits(v: &Value<'_>, l: &Lit) -> bool {
    match v {
        Value::Str(_) => true,
        Value::Bytes(_) => l.bytes.is_some(),
        Value::Mac(_) => !l.quoted && l.bytes.as_ref().is_some_and(|b| b.len() == 6),
        _ => compare(v, l).is_some() || equal(v, l),
    }
}

fn equal(v: &Value<'_>, l: &Lit) -> bool {
    if let Some(named) = &l.named {
        let n = match v {
            Value::UInt(n) => *n,
            Value::Int(n) if *n >= 0 => *n as u64,
            Value::Bool(b) => u64::from(*b),
            _ => return false,
        };
        return named.iter().any(|(lo, hi)| (*lo..=*hi).contains(&n));
    }
    match v {
        Value::Ipv4(a) => {
            l.v4.is_some_and(|(net, mask)| u32::from_be_bytes(*a) & mask == net & mask)
        }
        Value::Ipv6(a) => {
            l.v6.is_some_and(|(net, mask)| u128::from_be_bytes(*a) & mask == net & mask)
        }
        Value::Mac(m) => !l.quoted && l.bytes.as_deref() == Some(&m[..]),
        Value::Bytes(b) => l.bytes.as_deref() == Some(&b[..]),
        _ => compare(v, l) == Some(Ordering::Equal),
    }
}

fn compare(v: &Value<'_>, l: &Lit) -> Option<Ordering> {
    // A value name stands for its (first) value in an ordering.
    let int = l
        .named
        .as_ref()
        .and_then(|n| n.first())
        .map(|(lo, _)| i128::from(*lo))
        .or(l.int);
    match v {
        Value::UInt(n) => Some(i128::from(*n).cmp(&int?)),
        Value::Int(n) => Some(i128::from(*n).cmp(&int?)),
        Value::Bool(b) => {
            let lit = l.boolean.map(i128::from).or(int)?;
            Some(i128::from(*b).cmp(&lit))
        }
        Value::Str(s) => {
            let lit = if l.quoted {
                l.bytes.as_deref()?
            } else {
                l.text.as_bytes()
            };
            Some(s.as_bytes().cmp(lit))
        }
        Value::Ipv4(a) => Some(u32::from_be_bytes(*a).cmp(&l.v4?.0)),
        Value::Ipv6(a) => Some(u128::from_be_bytes(*a).cmp(&l.v6?.0)),
        Value::Mac(m) if !l.quoted => Some(m[..].cmp(l.bytes.as_deref()?)),
        Value::Mac(_) => None,
        Value::Bytes(b) => Some(b[..].cmp(l.bytes.as_deref()?)),
        Value::Time(t) => Some(t.as_nanos().cmp(&l.time?)),
        Value::RelTime(t) => Some(i128::from(*t).cmp(&l.time?)),
        Value::Double(x) => x.partial_cmp(&(l.text.parse::<f64>().ok()?)),
        Value::None => None,
    }
}

fn contains(v: &Value<'_>, l: &Lit) -> bool {
    let hay: &[u8] = match v {
        Value::Str(s) => return s.contains(l.text.as_str()),
        Value::Bytes(b) => b,
        Value::Mac(m) => m,
        _ => return false,
    };
    match l.bytes.as_deref() {
        Some([]) => true,
        Some(needle) => hay.windows(needle.len()).any(|w| w == needle),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dissect::fields as f;
    use crate::dissect::{Layer, Osi};
    use crate::source::Timestamp;
    use std::borrow::Cow;

    /// A made-up packet: 10.0.0.1:1234 -> 10.0.0.2:443 over Ethernet, with
    /// a DNS-ish layer carrying two names and some bytes.
    fn packet() -> Dissection<'static> {
        let mut frame = Layer::new(Osi::Physical, "frame", 0..0);
        frame.uint(f::frame::NUMBER, 7u64);
        frame.uint(f::frame::LEN, 100u64);
        frame.push(
            f::frame::TIME_EPOCH,
            Value::Time(Timestamp {
                secs: 100,
                nanos: 500_000_000,
            }),
        );
        let mut eth = Layer::new(Osi::DataLink, "eth", 0..14);
        eth.push(f::eth::DST, Value::Mac([0xff; 6]));
        eth.push(f::eth::SRC, Value::Mac([2, 0x99, 0, 0, 0, 1]));
        let mut ip = Layer::new(Osi::Network, "ip", 14..34);
        ip.uint(f::ip::TTL, 64u64);
        ip.boolean(f::ip::FLAGS_DF, true);
        ip.boolean(f::ip::FLAGS_MF, false);
        ip.push(f::ip::SRC, Value::Ipv4([10, 0, 0, 1]));
        ip.push(f::ip::DST, Value::Ipv4([10, 0, 0, 2]));
        let mut tcp = Layer::new(Osi::Transport, "tcp", 34..54);
        tcp.uint(f::tcp::SRCPORT, 1234u16);
        tcp.uint(f::tcp::DSTPORT, 443u16);
        let mut dns = Layer::new(Osi::Application, "dns", 54..100);
        dns.str(f::dns::QRY_NAME, "www.Example.test");
        dns.str(f::dns::QRY_NAME, "mail.example.test");
        dns.push(
            f::dns::AAAA,
            Value::Ipv6(Ipv6Addr::new(0xfd99, 0, 0, 0, 0, 0, 0, 2).octets()),
        );
        dns.push(
            f::dns::OPT_DATA,
            Value::Bytes(Cow::Borrowed(&[0xde, 0xad, 0xbe, 0xef])),
        );
        dns.push(f::tcp::WINDOW_SIZE_SCALEFACTOR, Value::Int(-5));
        Dissection {
            data: &[],
            layers: vec![frame, eth, ip, tcp, dns],
            events: Vec::new(),
        }
    }

    fn sel(expr: &str) -> bool {
        let f = Filter::new(expr).unwrap_or_else(|e| panic!("{}", e.render(expr)));
        f.matches(&packet())
    }

    #[test]
    fn selects_like_wireshark() {
        let yes = [
            "frame",
            "dns",
            "ip.ttl",
            "tcp.port == 443",
            "tcp.port == 1234",
            "tcp.port in {80, 443}",
            "tcp.port in {80 400..500}",
            "tcp.port not in {80, 8080}",
            "tcp.dstport == 0x1bb",
            "tcp.dstport == 0673",
            "ip.ttl > 10 && ip.ttl <= 64 && ip.ttl ge 64 && ip.ttl lt 65",
            "ip.addr == 10.0.0.0/8",
            "ip.src == 10.0.0.1",
            "ip.src != 10.0.0.2",
            "ip.addr ~= 10.0.0.1",
            "ip.addr !== 10.0.0.1",
            "ip.dst > 10.0.0.1",
            "ip.flags.df",
            "ip.flags.mf",
            "ip.flags.df == 1",
            "ip.flags.df == true",
            "ip.flags.mf == 0",
            "eth.dst == ff:ff:ff:ff:ff:ff",
            "eth.addr == 02:99:00:00:00:01",
            "eth.addr == 02-99-00-00-00-01",
            "eth.src == 0299.0000.0001",
            "dns.qry.name == \"mail.example.test\"",
            "dns.qry.name == mail.example.test",
            "dns.name contains \"Example\"",
            "dns.qry.name matches \"^WWW\\\\.\"",
            "dns.qry.name ~ \"example\\\\.test$\"",
            "dns.qry.name > \"m\"",
            "dns.aaaa == fd99::/64",
            "dns.aaaa == fd99::2",
            "dns.opt.data == de:ad:be:ef",
            "dns.opt.data contains be:ef",
            "dns.opt.data contains \"\\xad\"",
            "eth.dst contains ff:ff",
            "tcp.window_size_scalefactor == -5",
            "tcp.window_size_scalefactor < 0",
            "frame.time_epoch > 100.4",
            "frame.time_epoch == 100.5",
            "not udp",
            "!(tcp && udp)",
            "udp or tcp and ip",
        ];
        for e in yes {
            assert!(sel(e), "should select: {e}");
        }
        let no = [
            "udp",
            "http",
            "udp.port == 443",
            "tcp.port == 80",
            "tcp.port != 443",
            "tcp.port ne 80 and tcp.port != 1234",
            "ip.addr != 10.0.0.1",
            "ip.addr == 192.168.0.0/16",
            "ip.src == 10.0.0.2",
            "dns.qry.name contains \"EXAMPLE\"",
            "dns.qry.name matches \"(?-i)^WWW\"",
            "dns.qry.name == 5",
            "eth.dst == \"ffffff\"",
            "dns.aaaa == fd99:1::/32",
            "ip.flags.mf == true",
            "tcp.port in {1..100, 500..1000}",
            "not tcp",
            "(udp or tcp) and http",
            "tcp.window_size_scalefactor > 0",
            "frame.time_epoch < 100.5",
            "dns.qry.name !== \"x\" and udp",
        ];
        for e in no {
            assert!(!sel(e), "should not select: {e}");
        }
    }

    #[test]
    fn not_equal_forms_differ_on_repeated_fields() {
        // Two names: "!=" wants both to differ, "!==" just one.
        assert!(!sel("dns.qry.name != \"mail.example.test\""));
        assert!(sel("dns.qry.name !== \"mail.example.test\""));
        assert!(sel("dns.qry.name != \"other\""));
        // An absent field: "!=" and "!==" are false, "not ==" is true.
        assert!(!sel("udp.port != 53"));
        assert!(!sel("udp.port ~= 53"));
        assert!(sel("not udp.port == 53"));
    }

    #[test]
    fn unknown_fields_are_errors_with_a_suggestion() {
        let e = Filter::new("dns.qry.nme == \"x\"").unwrap_err();
        assert_eq!((e.column, e.len), (1, 11));
        assert_eq!(
            e.message,
            "unknown field \"dns.qry.nme\"; did you mean \"dns.qry.name\"?"
        );
        assert_eq!(
            e.render("dns.qry.nme == \"x\""),
            "unknown field \"dns.qry.nme\"; did you mean \"dns.qry.name\"?\n  dns.qry.nme == \"x\"\n  ^~~~~~~~~~~"
        );
        let e = Filter::new("tcp && tcp.prot == 80").unwrap_err();
        assert_eq!(e.column, 8);
        assert!(
            e.message.ends_with("did you mean \"tcp.port\"?"),
            "{}",
            e.message
        );
        let e = Filter::new("zzzzzz").unwrap_err();
        assert_eq!(e.message, "unknown field \"zzzzzz\"");
        let e = Filter::new("tcp == 1").unwrap_err();
        assert!(e.message.contains("is a protocol"), "{}", e.message);
        let e = Filter::new("http.host matches \"(\"").unwrap_err();
        assert_eq!(e.column, 19);
        assert!(
            e.message.starts_with("invalid regular expression"),
            "{}",
            e.message
        );
    }

    #[test]
    fn names_match_by_definition() {
        let all: Vec<_> = crate::dissect::fields::all().collect();
        for a in &all {
            let set = Names::new(vec![*a]);
            for b in &all {
                assert_eq!(set.contains(b), std::ptr::eq(*a, *b), "{a} vs {b}");
            }
        }
        let set = Names::new(vec![f::tcp::SRCPORT, f::tcp::DSTPORT]);
        assert!(set.contains(f::tcp::DSTPORT) && !set.contains(f::tcp::PORT));
    }

    #[test]
    fn literals_are_typed_once() {
        assert_eq!(parse_int("0x1F"), Some(31));
        assert_eq!(parse_int("010"), Some(8));
        assert_eq!(parse_int("0b11"), Some(3));
        assert_eq!(parse_int("-12"), Some(-12));
        assert_eq!(parse_int("0"), Some(0));
        assert_eq!(parse_int("09"), None);
        assert_eq!(parse_int("1.5"), None);
        assert_eq!(parse_bytes("ff:FF:0"), Some(vec![0xff, 0xff, 0]));
        assert_eq!(
            parse_bytes("0299.0000.0001"),
            Some(vec![2, 0x99, 0, 0, 0, 1])
        );
        assert_eq!(parse_bytes("fd99::1"), None);
        assert_eq!(parse_bytes("ff"), None);
        assert_eq!(parse_time("1.5"), Some(1_500_000_000));
        assert_eq!(parse_time("7"), Some(7_000_000_000));
        let l = literal(
            &Literal {
                text: "10.1.2.3/8".into(),
                bytes: Vec::new(),
                quoted: false,
                span: parse::Span { start: 0, end: 1 },
            },
            f::ip::ADDR,
        );
        assert_eq!(l.v4, Some((0x0a01_0203, 0xff00_0000)));
        assert_eq!(l.v6, None);
        let l = literal(
            &Literal {
                text: "::/0".into(),
                bytes: Vec::new(),
                quoted: false,
                span: parse::Span { start: 0, end: 1 },
            },
            f::ipv6::ADDR,
        );
        assert_eq!(l.v6, Some((0, 0)));
    }
}
