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
use super::types::{self, check};
use super::{Resolved, resolve, suggest};
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
}

fn compile(ast: &Ast) -> Result<Node, FilterError> {
    Ok(match ast {
        Ast::Or(l, r) => Node::Or(Box::new(compile(l)?), Box::new(compile(r)?)),
        Ast::And(l, r) => Node::And(Box::new(compile(l)?), Box::new(compile(r)?)),
        Ast::Not(x) => Node::Not(Box::new(compile(x)?)),
        Ast::Present(name) => match lookup(name)? {
            Resolved::Protocol(p) => Node::Protocol(p),
            Resolved::Fields(f) => Node::Present(Names::new(f)),
        },
        Ast::Compare(name, op, lit) => {
            let fields = fields_of(name)?;
            // A pattern or a substring is not a value of the field's type.
            if !matches!(op, CmpOp::Contains | CmpOp::Matches) {
                check(types::kind(&name.text), lit)?;
            }
            let l = literal(lit);
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
            let fields = fields_of(name)?;
            let kind = types::kind(&name.text);
            for item in items {
                match item {
                    SetItem::One(v) => check(kind, v)?,
                    SetItem::Range(lo, hi) => {
                        check(kind, lo)?;
                        check(kind, hi)?;
                    }
                }
            }
            let set = items
                .iter()
                .map(|i| match i {
                    SetItem::One(v) => (literal(v), None),
                    SetItem::Range(lo, hi) => (literal(lo), Some(literal(hi))),
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
fn fields_of(name: &Name) -> Result<Names, FilterError> {
    match lookup(name)? {
        Resolved::Fields(f) => Ok(Names::new(f)),
        Resolved::Protocol(p) => Err(FilterError::at(
            name.span,
            format!("\"{p}\" is a protocol, it has no value to compare; test it alone"),
        )),
    }
}

fn literal(l: &Literal) -> Lit {
    let mut lit = Lit {
        text: l.text.clone(),
        quoted: l.quoted,
        ..Lit::default()
    };
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
    lit.time = parse_time(t);
    lit
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

/// The field names one test reads, matched fast: a field's name is checked
/// against a bit per name length first, then against each name's first and
/// last eight bytes (which, up to 16 bytes, is the whole name), and only
/// longer names fall back to comparing every byte.
#[derive(Debug, Clone)]
struct Names {
    /// Bit `n` set when some name is `n` bytes long (63: 63 or more).
    lengths: u64,
    keys: Box<[(usize, u64, u64)]>,
    names: &'static [&'static str],
}

impl Names {
    fn new(names: &'static [&'static str]) -> Self {
        Names {
            lengths: names.iter().fold(0, |m, n| m | 1 << n.len().min(63)),
            keys: names.iter().map(|n| key(n)).collect(),
            names,
        }
    }

    #[inline]
    fn contains(&self, name: &str) -> bool {
        let len = name.len();
        if self.lengths & (1 << len.min(63)) == 0 {
            return false;
        }
        let k = key(name);
        self.keys
            .iter()
            .zip(self.names)
            .any(|(nk, n)| *nk == k && (len <= 16 || *n == name))
    }
}

/// Length, first and last eight bytes (zero-padded when shorter).
#[inline]
fn key(s: &str) -> (usize, u64, u64) {
    let b = s.as_bytes();
    if b.len() >= 8 {
        let first = u64::from_le_bytes(b[..8].try_into().unwrap_or_default());
        let last = u64::from_le_bytes(b[b.len() - 8..].try_into().unwrap_or_default());
        (b.len(), first, last)
    } else {
        let mut pad = [0u8; 8];
        pad[..b.len()].copy_from_slice(b);
        let v = u64::from_le_bytes(pad);
        (b.len(), v, v)
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
            if names.contains(field.name) && f(&field.value) {
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
    match v {
        Value::UInt(n) => Some(i128::from(*n).cmp(&l.int?)),
        Value::Int(n) => Some(i128::from(*n).cmp(&l.int?)),
        Value::Bool(b) => {
            let lit = l.boolean.map(i128::from).or(l.int)?;
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
    use crate::dissect::{Layer, Osi};
    use crate::source::Timestamp;
    use std::borrow::Cow;

    /// A made-up packet: 10.0.0.1:1234 -> 10.0.0.2:443 over Ethernet, with
    /// a DNS-ish layer carrying two names and some bytes.
    fn packet() -> Dissection<'static> {
        let mut frame = Layer::new(Osi::Physical, "frame", 0..0);
        frame.uint("frame.number", 7u64);
        frame.uint("frame.len", 100u64);
        frame.push(
            "frame.time_epoch",
            Value::Time(Timestamp {
                secs: 100,
                nanos: 500_000_000,
            }),
        );
        let mut eth = Layer::new(Osi::DataLink, "eth", 0..14);
        eth.push("eth.dst", Value::Mac([0xff; 6]));
        eth.push("eth.src", Value::Mac([2, 0x99, 0, 0, 0, 1]));
        let mut ip = Layer::new(Osi::Network, "ip", 14..34);
        ip.uint("ip.ttl", 64u64);
        ip.boolean("ip.flags.df", true);
        ip.boolean("ip.flags.mf", false);
        ip.push("ip.src", Value::Ipv4([10, 0, 0, 1]));
        ip.push("ip.dst", Value::Ipv4([10, 0, 0, 2]));
        let mut tcp = Layer::new(Osi::Transport, "tcp", 34..54);
        tcp.uint("tcp.srcport", 1234u16);
        tcp.uint("tcp.dstport", 443u16);
        let mut dns = Layer::new(Osi::Application, "dns", 54..100);
        dns.str("dns.qry.name", "www.Example.test");
        dns.str("dns.qry.name", "mail.example.test");
        dns.push(
            "dns.aaaa",
            Value::Ipv6(Ipv6Addr::new(0xfd99, 0, 0, 0, 0, 0, 0, 2).octets()),
        );
        dns.push(
            "dns.opt.data",
            Value::Bytes(Cow::Borrowed(&[0xde, 0xad, 0xbe, 0xef])),
        );
        dns.push("websocket.payload_length", Value::Int(-5));
        Dissection {
            data: &[],
            layers: vec![frame, eth, ip, tcp, dns],
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
            "websocket.payload_length == -5",
            "websocket.payload_length < 0",
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
            "websocket.payload_length > 0",
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
    fn names_match_exactly() {
        let all = crate::filter::known_fields();
        for (i, a) in all.iter().enumerate() {
            let set = Names::new(std::slice::from_ref(&all[i]));
            for b in all {
                assert_eq!(set.contains(b), a == b, "{a} vs {b}");
            }
            // Same text at another address.
            let copy = String::from(*a);
            assert!(set.contains(copy.as_str()));
        }
        let set = Names::new(&["tcp.srcport", "tcp.dstport"]);
        assert!(set.contains("tcp.dstport") && !set.contains("tcp.dstpore"));
        let long = Names::new(&["tls.handshake.extensions_server_name"]);
        assert!(!long.contains("tls.handshake.extensions_server_namf"));
        assert!(!long.contains("tls.handshake.extensionx_server_name"));
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
        let l = literal(&Literal {
            text: "10.1.2.3/8".into(),
            bytes: Vec::new(),
            quoted: false,
            span: parse::Span { start: 0, end: 1 },
        });
        assert_eq!(l.v4, Some((0x0a01_0203, 0xff00_0000)));
        assert_eq!(l.v6, None);
        let l = literal(&Literal {
            text: "::/0".into(),
            bytes: Vec::new(),
            quoted: false,
            span: parse::Span { start: 0, end: 1 },
        });
        assert_eq!(l.v6, Some((0, 0)));
    }
}
