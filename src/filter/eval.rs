//! The compiled filter and its evaluation.
//!
//! Compiling resolves every name to the `&'static str` field names it stands
//! for, parses each literal once into every type it can be (integer,
//! address with prefix, byte string, time, text), builds regexes once and
//! checks that both sides of a comparison have compatible types, as tshark
//! does. A test of a plain field against a literal (the common case) is
//! evaluated by walking the dissection's fields: no parsing, no formatting,
//! no allocation per packet. General expressions (field against field,
//! arithmetic, slices, functions, protocol bytes, layer selectors,
//! quantifiers) gather their values into a vector per packet, then compare
//! them pairwise.

use std::borrow::Cow;
use std::cell::Cell;
use std::cmp::Ordering;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};

use std::fmt::Write as _;

use pcre2::bytes::{Regex, RegexBuilder};

use super::abstime;
use super::parse::{
    self, ArithOp, Ast, CmpOp, Expr, FilterError, Literal, Name, Quant, Range, SetItem, Span,
};
use super::types::check;
use super::value::{self, V, Width};
use super::{Resolved, resolve, suggest};
use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Value};

/// A compiled display filter. Build once with [`Filter::new`], then ask
/// [`Filter::matches`] for each packet.
#[derive(Debug, Clone)]
pub struct Filter {
    root: Node,
    warnings: Vec<String>,
}

impl Filter {
    /// Parse and compile `expr`; errors carry the column they refer to
    /// (render them with [`FilterError::render`]).
    pub fn new(expr: &str) -> Result<Filter, FilterError> {
        let expanded = super::macros::expand(expr)?;
        if expanded != expr {
            // Errors point into the expansion: show it.
            let whole = Span {
                start: 0,
                end: expr.chars().count().max(1),
            };
            return Filter::compiled(&expanded)
                .map_err(|e| FilterError::at(whole, format!("{} (in \"{expanded}\")", e.message)));
        }
        Filter::compiled(expr)
    }

    fn compiled(expr: &str) -> Result<Filter, FilterError> {
        let ast = parse::parse(expr)?;
        let mut warnings = Vec::new();
        no_name_clash(&ast, &mut warnings)?;
        for name in crate::dissect::second_pass_fields_named(expr) {
            warnings.push(format!(
                "\"{name}\" is set by tshark only in a second pass (tshark -2), once the frame it \
                 points to was read: in one pass, as tshark -r and osidump read, no frame has it"
            ));
        }
        Ok(Filter {
            root: compile(&ast)?,
            warnings,
        })
    }

    /// What the expression means that its writer may not have meant, as
    /// tshark's own warnings (`frame[0] == ff` compares with the FF
    /// protocol, not the byte 0xff): for the user to see, once.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Whether the packet is selected. Where the answer needs bytes we do
    /// not have ([`Filter::evaluate`] says so), layers without them are
    /// left out and a warning is printed, once per process.
    pub fn matches(&self, d: &Dissection<'_>) -> bool {
        self.evaluate(d).unwrap_or_else(|Unanswered(partial)| {
            static WARNED: AtomicBool = AtomicBool::new(false);
            if !WARNED.swap(true, AtomicOrdering::Relaxed) {
                eprintln!("osidump: warning: {UNANSWERED}");
            }
            partial
        })
    }

    /// Whether the packet is selected, or [`Unanswered`] when the filter
    /// reads the bytes of a layer decoded from reassembled data (a TCP,
    /// UDP or ICMP header inside a reassembled IP datagram): tshark reads
    /// the reassembled bytes, which the frame does not hold.
    pub fn evaluate(&self, d: &Dissection<'_>) -> Result<bool, Unanswered> {
        let unk = Cell::new(false);
        let r = self.root.eval(d, &unk);
        if unk.get() { Err(Unanswered(r)) } else { Ok(r) }
    }
}

/// What a run says when [`Filter::evaluate`] could not answer.
pub const UNANSWERED: &str = "not supported: -Y reads the bytes of a layer decoded from reassembled data \
     (tshark reads the reassembled bytes, which the frame does not hold); such layers are left out";

/// A packet the filter cannot judge as tshark would (see
/// [`Filter::evaluate`]); holds the answer with those layers left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unanswered(pub bool);

impl std::fmt::Display for Unanswered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(UNANSWERED)
    }
}

impl std::error::Error for Unanswered {}

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
    /// The expression has a value (`nonzero`: a value that is not zero).
    Exists(Operand, bool),
    /// A slice alone: some value is not empty (a slice past the end of
    /// its value is empty, and tshark 4.0 then does not select).
    NonEmpty(Operand),
    Cmp(Box<Cmp>),
    In(Box<InSet>),
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

/// A comparison of general expressions: every pair of a left and a right
/// value is tested; `all` wants every pair to hold, else one is enough.
#[derive(Debug, Clone)]
struct Cmp {
    all: bool,
    lhs: Operand,
    rel: Rel,
    rhs: Rhs,
}

#[derive(Debug, Clone)]
enum Rel {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Contains,
    Matches(Regex),
}

#[derive(Debug, Clone)]
enum Rhs {
    Lit(Lit),
    Vals(Operand),
}

#[derive(Debug, Clone)]
struct InSet {
    all: bool,
    lhs: Operand,
    items: Vec<(Rhs, Option<Rhs>)>,
}

/// An expression that yields values for a packet.
#[derive(Debug, Clone)]
enum Operand {
    /// Every occurrence of these fields (in the selected layers).
    Field {
        names: Names,
        layers: Option<Vec<Range>>,
    },
    /// The bytes of each layer of this protocol (in the selected layers).
    Proto {
        name: &'static str,
        layers: Option<Vec<Range>>,
        /// Whether its bytes are read (not for `count()` or `ip#2`).
        bytes: bool,
    },
    Const(Value<'static>),
    /// `${field}`: tshark has no selected packet, so no value.
    Nothing,
    /// Constant arithmetic that overflows or divides by zero: tshark 4.0
    /// leaves its register empty, so a test over every pair of values
    /// (`!=`, `===`, `all f < ...`) holds and one over any pair does not.
    Empty,
    Slice(Box<Operand>, Vec<Range>),
    Arith(ArithOp, Box<Operand>, Box<Operand>, Width),
    /// Time, double or bitwise arithmetic (no integer width).
    Other(ArithOp, Box<Operand>, Box<Operand>),
    Neg(Box<Operand>, Width),
    Len(Box<Operand>, FieldType),
    Count(Box<Operand>),
    Case(Box<Operand>, bool),
    Str(Box<Operand>),
    Abs(Box<Operand>),
    Extreme(Vec<Operand>, bool),
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

/// Types of values that are not fields: what literals compared with them
/// are read as.
static BYTES: FieldDef = FieldDef::new("(slice)", FieldType::Bytes, "byte slice");
static UINT32: FieldDef = FieldDef::new("(uint32)", FieldType::Uint32, "function result");
static STRING: FieldDef = FieldDef::new("(string)", FieldType::String, "function result");
static PROTOCOL: FieldDef = FieldDef::new("(protocol)", FieldType::Protocol, "protocol");

/// Protocols whose bytes we know as tshark does (`frame contains "GET"`,
/// `ip[9] == 6`): the item a layer covers and everything it carries.
const BYTE_PROTOCOLS: &[&str] = &[
    "frame",
    "eth",
    "vlan",
    "ieee8021ad",
    "sll",
    "arp",
    "ip",
    "ipv6",
    "icmp",
    "icmpv6",
    "tcp",
    "udp",
    "dns",
    "dhcp",
    "dhcpv6",
    "ntp",
    "snmp",
    "syslog",
    "dtls",
    "quic",
    "http",
    "http2",
    "tls",
    "websocket",
    "smb",
];

/// A compiled side of a comparison and the type its literals take.
struct Typed {
    op: Operand,
    def: &'static FieldDef,
    /// Shown in type errors: the field name, or what the expression is.
    what: String,
}

/// Wireshark protocol and field names that read as hex bytes: tshark takes
/// such a word for the protocol or field (`frame[0] == ff` compares with
/// the FF protocol), from `tshark -G protocols` and `-G fields` (4.0).
const TSHARK_HEX_NAMES: &[&str] = &[
    "a11", "a21", "a615a", "aaf", "acf", "adb", "bfd", "c1222", "c15", "dc", "dcc", "e164", "e212",
    "e100", "fc", "fc00", "fefd", "ff", "a11.b", "a11.d", "ff.fda", "dc.dc",
];

/// The name tshark reads as one of its protocols (which we never decode)
/// on the right of a comparison with a slice or a protocol's bytes
/// (`frame[0] == ff`): tshark compares with an absent field, so nothing
/// matches. We do the same, with a warning.
fn absent_protocol_rhs<'e>(lhs: &Expr, op: CmpOp, rhs: &'e Expr) -> Option<&'e str> {
    let Expr::Name(n, None) = rhs else {
        return None;
    };
    let bytes_lhs = match lhs {
        Expr::Slice(..) => true,
        Expr::Name(l, None) => matches!(resolve(&l.text), Some(Resolved::Protocol(_))),
        _ => false,
    };
    (bytes_lhs
        && op != CmpOp::Matches
        && resolve(&n.text).is_none()
        && (TSHARK_HEX_NAMES.contains(&n.text.as_str()) || foreign_protocol(&n.text))
        && !n.text.contains('.'))
    .then_some(n.text.as_str())
}

/// A bare word that tshark 4.0 reads as one of its protocols, which we do
/// not decode (`nan`, `smb`): on the right of a comparison tshark compares
/// with that protocol, not with a value.
fn foreign_protocol(word: &str) -> bool {
    !word.contains('.')
        && !TSHARK_HEX_NAMES.contains(&word)
        && resolve(word).is_none()
        && crate::render::fields::tshark_knows(word)
}

/// tshark 4.0 refuses a field compared with a protocol name (`ip.ttl ==
/// nan`, `http.request.method == smb`): so do we, rather than read the
/// word as a value and match nothing.
fn no_foreign_protocol_value(lhs: &Expr, rhs: &Expr) -> Result<(), FilterError> {
    let Expr::Name(n, None) = rhs else {
        return Ok(());
    };
    if !foreign_protocol(&n.text) {
        return Ok(());
    }
    let l = match lhs {
        Expr::Name(l, _) => l.text.clone(),
        _ => "the left side".to_string(),
    };
    Err(FilterError::at(
        n.span,
        format!("{l} and {} are not of compatible types.", n.text),
    ))
}

fn absent_protocol_warning(name: &str) -> String {
    format!(
        "\"{name}\" is read as a Wireshark protocol name, as tshark reads it, which osidump never \
         decodes: the comparison matches nothing. For the byte, write \"\\x{name}\""
    )
}

/// Refuse a bare word tshark would read as one of its protocols or fields
/// (which we do not decode) where we would read a value; where tshark's
/// reading is an absent protocol ([`absent_protocol_rhs`]), warn instead.
fn no_name_clash(ast: &Ast, warnings: &mut Vec<String>) -> Result<(), FilterError> {
    fn expr(e: &Expr) -> Result<(), FilterError> {
        match e {
            Expr::Name(n, _)
                if resolve(&n.text).is_none() && TSHARK_HEX_NAMES.contains(&n.text.as_str()) =>
            {
                Err(FilterError::at(
                    n.span,
                    format!(
                        "not supported: \"{0}\" is a Wireshark protocol or field name, which tshark compares with; \
                         for the byte value write \"\\x{0}\" or {0}:…, for the number 0x{0}",
                        n.text
                    ),
                ))
            }
            Expr::Slice(e, _) | Expr::Neg(e, _) => expr(e),
            Expr::Arith(_, a, b, _) => {
                expr(a)?;
                expr(b)
            }
            Expr::Call(_, args, _) => args.iter().try_for_each(expr),
            _ => Ok(()),
        }
    }
    match ast {
        Ast::Or(a, b) | Ast::And(a, b) => {
            no_name_clash(a, warnings)?;
            no_name_clash(b, warnings)
        }
        Ast::Not(a) => no_name_clash(a, warnings),
        Ast::Exists(e) => expr(e),
        Ast::Compare(_, l, op, r, _) => {
            expr(l)?;
            match absent_protocol_rhs(l, *op, r) {
                Some(name) => {
                    warnings.push(absent_protocol_warning(name));
                    Ok(())
                }
                None => expr(r),
            }
        }
        Ast::In(_, l, items) => {
            expr(l)?;
            items.iter().try_for_each(|i| match i {
                SetItem::One(v) => expr(v),
                SetItem::Range(a, b) => {
                    expr(a)?;
                    expr(b)
                }
            })
        }
    }
}

fn compile(ast: &Ast) -> Result<Node, FilterError> {
    Ok(match ast {
        Ast::Or(l, r) => Node::Or(Box::new(compile(l)?), Box::new(compile(r)?)),
        Ast::And(l, r) => Node::And(Box::new(compile(l)?), Box::new(compile(r)?)),
        Ast::Not(x) => Node::Not(Box::new(compile(x)?)),
        Ast::Exists(e) => compile_exists(e)?,
        Ast::Compare(quant, lhs, op, rhs, _) => compile_compare(*quant, lhs, *op, rhs)?,
        Ast::In(quant, lhs, items) => compile_in(*quant, lhs, items)?,
    })
}

fn compile_exists(e: &Expr) -> Result<Node, FilterError> {
    match e {
        Expr::Name(name, None) => match lookup(name)? {
            Resolved::Protocol(p) => Ok(Node::Protocol(p)),
            Resolved::Fields(_, f) => Ok(Node::Present(Names::new(f))),
        },
        Expr::Name(..) | Expr::Slice(..) => {
            let mut t = compile_side(e)?.ok_or_else(|| not_a_field(e))?;
            if let Operand::Proto { bytes, .. } = &mut t.op {
                *bytes = false;
            }
            if matches!(e, Expr::Slice(..)) {
                return Ok(Node::NonEmpty(t.op));
            }
            Ok(Node::Exists(t.op, false))
        }
        Expr::Arith(..) | Expr::Neg(..) => match compile_side(e)? {
            Some(t) => Ok(Node::Exists(t.op, true)),
            None => Err(FilterError::at(
                e.span(),
                "Constant arithmetic expression on the LHS is invalid.",
            )),
        },
        Expr::Call(..) => Err(FilterError::at(
            e.span(),
            "You cannot test whether a function is present.",
        )),
        Expr::FieldRef(n) => Err(FilterError::at(
            n.span,
            format!("a field reference (${{{}}}) cannot be tested alone", n.text),
        )),
        Expr::Lit(l) => Err(FilterError::at(
            l.span,
            format!("\"{}\" is neither a field nor a protocol name", l.text),
        )),
    }
}

fn not_a_field(e: &Expr) -> FilterError {
    FilterError::at(e.span(), "expected a field or a protocol")
}

/// A name tshark knows that we do not decode, where a field is wanted
/// (sliced, a function's argument, a comparison's left side): "not
/// supported", before any error that would call it no field at all.
fn refuse_not_decoded(e: &Expr) -> Result<(), FilterError> {
    let name = match e {
        Expr::Name(n, _) | Expr::FieldRef(n) => n,
        Expr::Slice(inner, _) => return refuse_not_decoded(inner),
        _ => return Ok(()),
    };
    if resolve(&name.text).is_none() && not_decoded(&name.text).is_some() {
        lookup(name)?;
    }
    Ok(())
}

fn compile_compare(
    quant: Option<Quant>,
    lhs: &Expr,
    op: CmpOp,
    rhs: &Expr,
) -> Result<Node, FilterError> {
    if op != CmpOp::Matches && absent_protocol_rhs(lhs, op, rhs).is_none() {
        no_foreign_protocol_value(lhs, rhs)?;
    }
    // The common case: a plain field against a literal.
    if let Expr::Name(n, None) = lhs
        && resolve(&n.text).is_none()
        && n.text.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(lhs_literal(
            &Expr::Lit(Literal {
                text: n.text.clone(),
                bytes: Vec::new(),
                quoted: false,
                span: n.span,
            }),
            op,
        ));
    }
    if let (None, Expr::Name(name, None)) = (quant, lhs)
        && op != CmpOp::AllEq
        && let Resolved::Fields(def, fields) = lookup(name)?
        && (op != CmpOp::Matches || class(def.ftype) == Class::Str)
        && let Some(lit) = literal_of(rhs)
    {
        return compile_field_literal(def, Names::new(fields), op, &lit, name);
    }
    refuse_not_decoded(lhs)?;
    let l = compile_side(lhs)?.ok_or_else(|| lhs_literal(lhs, op))?;
    // A protocol's bytes are refused only for a comparison tshark takes:
    // its own errors on the right side come first.
    let lhs_bytes = || match &l.op {
        Operand::Proto { name, .. } => proto_bytes_supported(name, lhs.span()),
        _ => Ok(()),
    };
    let all = matches!(
        (quant, op),
        (Some(Quant::All), _) | (None, CmpOp::AllEq | CmpOp::AllNe)
    );
    let class = class(l.def.ftype);
    let rel = match op {
        CmpOp::Eq | CmpOp::AllEq => Rel::Eq,
        CmpOp::AllNe | CmpOp::AnyNe => Rel::Ne,
        CmpOp::Lt => Rel::Lt,
        CmpOp::Le => Rel::Le,
        CmpOp::Gt => Rel::Gt,
        CmpOp::Ge => Rel::Ge,
        CmpOp::Contains => {
            if !matches!(
                class,
                Class::Str | Class::Bytes | Class::Ether | Class::Proto
            ) {
                return Err(cannot_participate(&l, "contains", lhs.span()));
            }
            Rel::Contains
        }
        CmpOp::Matches => {
            // A MAC matches as its six bytes, as a byte string does.
            if !matches!(
                class,
                Class::Str | Class::Bytes | Class::Ether | Class::Proto
            ) {
                return Err(cannot_participate(&l, "matches", lhs.span()));
            }
            let Expr::Lit(lit @ Literal { quoted: true, .. }) = rhs else {
                return Err(FilterError::at(
                    rhs.span(),
                    "Matches requires a double quoted string on the right side.",
                ));
            };
            let re = byte_regex(lit)?;
            lhs_bytes()?;
            return Ok(Node::Cmp(Box::new(Cmp {
                all,
                lhs: l.op,
                rel: Rel::Matches(re),
                rhs: Rhs::Vals(Operand::Nothing),
            })));
        }
    };
    let rhs = if absent_protocol_rhs(lhs, op, rhs).is_some() {
        Rhs::Vals(Operand::Nothing)
    } else {
        compile_rhs(rhs, &l, op == CmpOp::Contains)?
    };
    lhs_bytes()?;
    Ok(Node::Cmp(Box::new(Cmp {
        all,
        lhs: l.op,
        rel,
        rhs,
    })))
}

fn cannot_participate(l: &Typed, what: &str, span: Span) -> FilterError {
    FilterError::at(
        span,
        format!(
            "{} (type={}) cannot participate in {what} comparison.",
            l.what,
            l.def.ftype.tshark_name()
        ),
    )
}

/// An operator as written.
fn op_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::AllEq => "===",
        CmpOp::AllNe => "!=",
        CmpOp::AnyNe => "!==",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Contains => "contains",
        CmpOp::Matches => "matches",
    }
}

fn lhs_literal(lhs: &Expr, op: CmpOp) -> FilterError {
    let sym = op_symbol(op);
    match lhs {
        Expr::Lit(l) => FilterError::at(
            l.span,
            format!(
                "Left side of \"{sym}\" expression must be a field or function, not {}.",
                l.text
            ),
        ),
        _ => FilterError::at(
            lhs.span(),
            "Constant arithmetic expression on the LHS is invalid.",
        ),
    }
}

/// The right side of a comparison, typed by the left.
fn compile_rhs(e: &Expr, l: &Typed, contains: bool) -> Result<Rhs, FilterError> {
    if let Expr::Name(n, _) = e
        && n.text.starts_with('.')
    {
        lookup(n)?;
    }
    if let Some(lit) = literal_of(e) {
        if contains {
            check_needle(l.def, &lit)?;
        } else {
            check_literal(l.def, &lit)?;
        }
        return Ok(Rhs::Lit(literal(&lit, l.def)));
    }
    match compile_side_typed(e, Some(l.def))? {
        Some(r) => {
            let (lc, rc) = (class(l.def.ftype), class(r.def.ftype));
            if matches!(
                (lc, rc),
                (Class::V6, Class::Bytes) | (Class::Bytes, Class::V6)
            ) {
                return Err(FilterError::at(
                    e.span(),
                    format!(
                        "not supported: comparing {} with {}: tshark 4.0 compares IPv6 addresses \
                         with bytes unreliably (it may even crash); compare a slice of both",
                        l.what, r.what
                    ),
                ));
            }
            if !compatible(lc, rc) {
                return Err(FilterError::at(
                    e.span(),
                    format!("{} and {} are not of compatible types.", l.what, r.what),
                ));
            }
            // tshark's type error comes first: only a comparison it takes
            // needs the protocol's bytes.
            if let Operand::Proto { name, .. } = &r.op {
                proto_bytes_supported(name, e.span())?;
            }
            Ok(Rhs::Vals(r.op))
        }
        // Constant arithmetic: fold it in the left side's type. One that
        // overflows or divides by zero has no value in tshark 4.0 (see
        // Operand::Empty).
        None => match constant(e, l.def) {
            Ok(v) => Ok(Rhs::Vals(Operand::Const(v))),
            Err(err) if err.message == CONST_OVERFLOW => Ok(Rhs::Vals(Operand::Empty)),
            Err(err) => Err(err),
        },
    }
}

/// A literal checked against a type, as tshark checks it when compiling.
fn check_literal(def: &'static FieldDef, lit: &Literal) -> Result<(), FilterError> {
    check(def, lit)?;
    let t = lit.text.as_str();
    match class(def.ftype) {
        Class::Bytes | Class::Proto if !lit.quoted && !is_char(lit) => {
            if byte_literal(t).is_none() {
                return Err(FilterError::at(
                    lit.span,
                    format!("\"{t}\" is not a valid byte string."),
                ));
            }
            Ok(())
        }
        Class::Int => {
            // A negative number on an unsigned field turns signed: past the
            // signed maximum it overflows.
            if let (Some(w), Some(v)) = (value::width(def.ftype), parse_int(t)) {
                let max = match w {
                    Width::W32 => i128::from(i32::MAX),
                    Width::W64 => i128::from(i64::MAX),
                };
                if v < 0 && -v > max && def.ftype.int_range().is_none() {
                    return Err(FilterError::at(
                        lit.span,
                        format!(
                            "{}: {} overflows gint{}",
                            -v,
                            -v,
                            if w == Width::W32 { 32 } else { 64 }
                        ),
                    ));
                }
            }
            Ok(())
        }
        Class::Str
        | Class::Ether
        | Class::V4
        | Class::V6
        | Class::Bool
        | Class::Bytes
        | Class::Proto => Ok(()),
        Class::Rel => {
            if lit.quoted || parse_time(t).is_none() {
                return Err(FilterError::at(
                    lit.span,
                    format!("\"{t}\" is not a valid time."),
                ));
            }
            Ok(())
        }
        // Unquoted too: a word without blanks or colons (`frame.time >=
        // 2020-01-01`), as tshark 4.0 takes it; its scanner ends the word
        // at a colon.
        Class::Time if !lit.quoted && t.contains(':') => {
            let at = t.find(':').unwrap_or(0);
            Err(FilterError::at(
                lit.span,
                format!("\"{}\" was unexpected in this context.", &t[at..]),
            ))
        }
        Class::Time => match abstime::parse(t) {
            Ok(_) => Ok(()),
            Err(abstime::AbsTimeError::Invalid(m) | abstime::AbsTimeError::NotSupported(m)) => {
                Err(FilterError::at(lit.span, m))
            }
        },
        Class::Double => {
            if lit.quoted || (parse_time(t).is_none() && t.parse::<f64>().is_err()) {
                return Err(FilterError::at(
                    lit.span,
                    format!(
                        "not supported: \"{t}\" as a time or number (write seconds, such as 1.5)"
                    ),
                ));
            }
            Ok(())
        }
        // An object identifier in dotted form (`2.5.4.3`), compared as the
        // text it is held as (one encoding, so one text, for each).
        Class::Other
            if def.ftype == FieldType::Oid
                && !lit.quoted
                && t.split('.').count() >= 2
                && t.split('.')
                    .all(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit())) =>
        {
            Ok(())
        }
        Class::Other if def.ftype == FieldType::Oid && lit.quoted => Err(FilterError::at(
            lit.span,
            format!("ASN.1 object identifier cannot be converted from a string (\"{t}\")."),
        )),
        Class::Other => Err(FilterError::at(
            lit.span,
            format!(
                "not supported: comparing a {} value with a literal",
                def.ftype.tshark_name()
            ),
        )),
    }
}

/// What `contains` looks for in a byte field, a protocol or a MAC: a
/// string, a char, or bytes as tshark 4.0 reads them (`:00`, `0299`, `2`,
/// `abc` as ab 0c); other words are errors.
fn check_needle(def: &'static FieldDef, lit: &Literal) -> Result<(), FilterError> {
    let c = class(def.ftype);
    let t = lit.text.as_str();
    // tshark 4.0 converts the needle to the field's type: a MAC address
    // takes what `==` takes (no string, no character), but any number of
    // bytes up to six.
    if c == Class::Ether {
        if lit.quoted || is_char(lit) {
            return check(def, lit);
        }
        if byte_literal(t).is_some_and(|b| b.len() > 6) {
            return Err(FilterError::at(
                lit.span,
                format!("\"{t}\" contains too many bytes to be a valid Ethernet address."),
            ));
        }
    }
    if lit.quoted || is_char(lit) || !matches!(c, Class::Bytes | Class::Proto | Class::Ether) {
        return Ok(());
    }
    if byte_literal(t).is_some() {
        return Ok(());
    }
    Err(FilterError::at(
        lit.span,
        if c == Class::Ether {
            format!("\"{t}\" is not a valid Ethernet address.")
        } else {
            format!("\"{t}\" is not a valid byte string.")
        },
    ))
}

fn is_char(l: &Literal) -> bool {
    !l.quoted && !l.bytes.is_empty()
}

/// The expression as a literal, if it is one: a string, a char constant,
/// a value word, or a name that is no field.
fn literal_of(e: &Expr) -> Option<Literal> {
    match e {
        Expr::Lit(l) => Some(l.clone()),
        // A leading dot makes a name a field or protocol, never a value
        // (`frame[37] == .fc` is the Fibre Channel protocol in tshark).
        Expr::Name(n, None) if resolve(&n.text).is_none() && !n.text.starts_with('.') => {
            Some(Literal {
                text: n.text.clone(),
                bytes: Vec::new(),
                quoted: false,
                span: n.span,
            })
        }
        _ => None,
    }
}

const CONST_OVERFLOW: &str = "constant arithmetic overflows or divides by zero";

fn arith_symbol(op: ArithOp) -> &'static str {
    match op {
        ArithOp::Add => "+",
        ArithOp::Sub => "-",
        ArithOp::Mul => "*",
        ArithOp::Div => "/",
        ArithOp::Mod => "%",
        ArithOp::BitAnd => "&",
    }
}

/// A constant (literals and arithmetic on them) as a value of `def`'s type.
fn constant(e: &Expr, def: &'static FieldDef) -> Result<Value<'static>, FilterError> {
    match e {
        Expr::Arith(op, a, b, span) => {
            // tshark 4.0: "FT_BYTES cannot -." (`frame[0:2] == 02:99 -1`).
            let c = class(def.ftype);
            let can = match op {
                ArithOp::BitAnd => !matches!(c, Class::Str | Class::V6 | Class::Time | Class::Rel),
                // A relative time adds and subtracts only ("FT_RELATIVE_TIME
                // cannot *.", `frame.time_delta > 1.0 * 2`).
                ArithOp::Mul | ArithOp::Div | ArithOp::Mod if c == Class::Rel => false,
                _ => !matches!(
                    c,
                    Class::Str | Class::Bytes | Class::Ether | Class::Proto | Class::V4 | Class::V6
                ),
            };
            if !can {
                return Err(FilterError::at(
                    *span,
                    format!("{} cannot {}.", def.ftype.tshark_name(), arith_symbol(*op)),
                ));
            }
            let (x, y) = (constant(a, def)?, constant(b, def)?);
            let w = value::width(def.ftype);
            let r = match w {
                Some(w) => value::arith(*op, &V::Val(x), &V::Val(y), w),
                None => value::arith(*op, &V::Val(x), &V::Val(y), Width::W64),
            };
            r.ok_or_else(|| FilterError::at(*span, CONST_OVERFLOW))
        }
        Expr::Neg(a, span) => {
            let x = constant(a, def)?;
            value::negate(&V::Val(x), value::width(def.ftype).unwrap_or(Width::W64))
                .ok_or_else(|| FilterError::at(*span, "constant negation overflows"))
        }
        _ => {
            let Some(lit) = literal_of(e) else {
                return Err(FilterError::at(
                    e.span(),
                    "not supported: fields inside constant arithmetic",
                ));
            };
            check_literal(def, &lit)?;
            literal_value(&lit, def).ok_or_else(|| {
                FilterError::at(
                    lit.span,
                    format!(
                        "\"{}\" cannot be used as a {} value",
                        lit.text,
                        def.ftype.tshark_name()
                    ),
                )
            })
        }
    }
}

/// A literal as one value of `def`'s type.
fn literal_value(lit: &Literal, def: &'static FieldDef) -> Option<Value<'static>> {
    let l = literal(lit, def);
    let from_int = |v: i128| -> Option<Value<'static>> {
        if v < 0 || def.ftype.int_range().is_some() {
            i64::try_from(v).ok().map(Value::Int)
        } else {
            u64::try_from(v).ok().map(Value::UInt)
        }
    };
    match class(def.ftype) {
        Class::Int => match (&l.named, l.int) {
            (Some(n), _) if n.len() == 1 && n[0].0 == n[0].1 => from_int(i128::from(n[0].0)),
            (_, Some(v)) => from_int(v),
            _ => None,
        },
        Class::Bool => l.boolean.or(l.int.map(|v| v != 0)).map(Value::Bool),
        Class::Str => Some(Value::Str(Cow::Owned(match l.bytes {
            Some(b) if lit.quoted => String::from_utf8_lossy(&b).into_owned(),
            _ => l.text,
        }))),
        Class::Bytes | Class::Proto | Class::Ether => l.bytes.map(|b| Value::Bytes(Cow::Owned(b))),
        Class::V4 => l.v4.map(|(a, _)| Value::Ipv4(a.to_be_bytes())),
        Class::V6 => l.v6.map(|(a, _)| Value::Ipv6(a.to_be_bytes())),
        Class::Rel => l.time.map(Value::rel_time),
        Class::Time => l.time.and_then(|t| {
            let secs = i64::try_from(t.div_euclid(1_000_000_000)).ok()?;
            Some(Value::Time(crate::source::Timestamp {
                secs,
                nanos: t.rem_euclid(1_000_000_000) as u32,
            }))
        }),
        Class::Double => lit.text.parse().ok().map(Value::Double),
        Class::Other => None,
    }
}

/// The old fast path: a field against a literal.
fn compile_field_literal(
    def: &'static FieldDef,
    fields: Names,
    op: CmpOp,
    lit: &Literal,
    name: &Name,
) -> Result<Node, FilterError> {
    let c = class(def.ftype);
    // An object identifier: tshark orders and searches its encoded bytes;
    // we hold its dotted text, which answers equality only.
    if def.ftype == FieldType::Oid
        && !matches!(op, CmpOp::Eq | CmpOp::AllEq | CmpOp::AllNe | CmpOp::AnyNe)
    {
        return Err(FilterError::at(
            name.span,
            format!(
                "not supported: {} on an object identifier ({}): only == and != are",
                op_symbol(op),
                name.text
            ),
        ));
    }
    match op {
        CmpOp::Contains => {
            if !matches!(c, Class::Str | Class::Bytes | Class::Ether | Class::Proto) {
                return Err(FilterError::at(
                    name.span,
                    format!(
                        "{} (type={}) cannot participate in contains comparison.",
                        name.text,
                        def.ftype.tshark_name()
                    ),
                ));
            }
            check_needle(def, lit)?;
        }
        CmpOp::Matches => {
            if !matches!(c, Class::Str | Class::Bytes | Class::Proto) {
                return Err(FilterError::at(
                    name.span,
                    format!(
                        "{} (type={}) cannot participate in matches comparison.",
                        name.text,
                        def.ftype.tshark_name()
                    ),
                ));
            }
            if !lit.quoted {
                return Err(FilterError::at(
                    lit.span,
                    "Matches requires a double quoted string on the right side.",
                ));
            }
        }
        _ => check_literal(def, lit)?,
    }
    let l = literal(lit, def);
    Ok(match op {
        CmpOp::AllNe => Node::NoneOf(fields, Test::Cmp(CmpOp::Eq, l)),
        CmpOp::AnyNe => Node::Any(fields, Test::Ne(l)),
        CmpOp::Contains => Node::Any(fields, Test::Contains(l)),
        CmpOp::Matches => Node::Any(fields, Test::Matches(byte_regex(lit)?)),
        op => Node::Any(fields, Test::Cmp(op, l)),
    })
}

fn compile_in(quant: Option<Quant>, lhs: &Expr, items: &[SetItem]) -> Result<Node, FilterError> {
    let field_only = || {
        FilterError::at(
            lhs.span(),
            "Only a field may be tested for membership in a set.",
        )
    };
    let Expr::Name(name, layers) = lhs else {
        return Err(field_only());
    };
    let Resolved::Fields(def, fields) = lookup(name)? else {
        return Err(field_only());
    };
    for item in items {
        match item {
            SetItem::One(v) => no_foreign_protocol_value(lhs, v)?,
            SetItem::Range(a, b) => {
                no_foreign_protocol_value(lhs, a)?;
                no_foreign_protocol_value(lhs, b)?;
            }
        }
    }
    let all_literal = items.iter().all(|i| match i {
        SetItem::One(v) => literal_of(v).is_some(),
        SetItem::Range(a, b) => literal_of(a).is_some() && literal_of(b).is_some(),
    });
    if quant.is_none() && layers.is_none() && all_literal {
        let mut set = Vec::new();
        for item in items {
            let lit = |e: &Expr| -> Result<Lit, FilterError> {
                let l = literal_of(e).ok_or_else(|| not_a_field(e))?;
                check_literal(def, &l)?;
                Ok(literal(&l, def))
            };
            set.push(match item {
                SetItem::One(v) => (lit(v)?, None),
                SetItem::Range(a, b) => (lit(a)?, Some(lit(b)?)),
            });
        }
        return Ok(Node::Any(Names::new(fields), Test::In(set)));
    }
    let l = compile_side(lhs)?.ok_or_else(field_only)?;
    let mut set = Vec::new();
    for item in items {
        set.push(match item {
            SetItem::One(v) => (compile_rhs(v, &l, false)?, None),
            SetItem::Range(a, b) => (compile_rhs(a, &l, false)?, Some(compile_rhs(b, &l, false)?)),
        });
    }
    Ok(Node::In(Box::new(InSet {
        all: quant == Some(Quant::All),
        lhs: l.op,
        items: set,
    })))
}

/// Value classes: which types compare with which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Int,
    Bool,
    Str,
    Bytes,
    Ether,
    Proto,
    V4,
    V6,
    Time,
    Rel,
    Double,
    Other,
}

/// The type arithmetic sees: an option registered as an FT_BYTES
/// protocol computes (and is refused, "FT_BYTES cannot +.") as bytes.
fn arith_type(def: &FieldDef) -> FieldType {
    if def.bytes_protocol {
        FieldType::Bytes
    } else {
        def.ftype
    }
}

fn class(ft: FieldType) -> Class {
    use FieldType as T;
    if value::width(ft).is_some() {
        return Class::Int;
    }
    match ft {
        T::Boolean => Class::Bool,
        T::String | T::StringZ | T::StringZPad | T::UintString => Class::Str,
        T::Bytes | T::UintBytes => Class::Bytes,
        T::Ether => Class::Ether,
        T::Protocol => Class::Proto,
        T::Ipv4 => Class::V4,
        T::Ipv6 => Class::V6,
        T::AbsoluteTime => Class::Time,
        T::RelativeTime => Class::Rel,
        T::Float | T::Double => Class::Double,
        _ => Class::Other,
    }
}

fn compatible(a: Class, b: Class) -> bool {
    use Class as C;
    match (a, b) {
        (C::Other, _) | (_, C::Other) => false,
        (C::Bytes, C::Ether | C::Proto | C::V4) | (C::Ether | C::Proto | C::V4, C::Bytes) => true,
        // tshark 4.0 compares an integer field with a boolean one
        // (`tcp.completeness == tcp.flags.ece`, true as 1), not the other
        // way round (`tcp.flags.syn == tcp.completeness` is refused).
        (C::Int, C::Bool) => true,
        (a, b) => a == b,
    }
}

/// A side of a comparison that has values of its own (`None` for a
/// literal or constant arithmetic, typed later by the other side).
fn compile_side(e: &Expr) -> Result<Option<Typed>, FilterError> {
    compile_side_typed(e, None)
}

/// [`compile_side`] for the right side of a comparison, whose left side
/// has type `hint`: as in tshark 4.0, a function there reads a literal
/// first argument in that type (`ip.ttl == max(64, 1)`, `ip.ttl ==
/// abs(-64)`), where on the left it would have no type to take.
fn compile_side_typed(
    e: &Expr,
    hint: Option<&'static FieldDef>,
) -> Result<Option<Typed>, FilterError> {
    Ok(Some(match e {
        Expr::Lit(_) => return Ok(None),
        Expr::Name(n, layers) => {
            let Some(r) = resolve(&n.text) else {
                return Ok(None);
            };
            let layers = layers.as_ref().map(|r| r.ranges.clone());
            match r {
                Resolved::Protocol(p) => Typed {
                    op: Operand::Proto {
                        name: p,
                        layers,
                        bytes: true,
                    },
                    def: &PROTOCOL,
                    what: p.to_string(),
                },
                Resolved::Fields(def, fields) => Typed {
                    op: Operand::Field {
                        names: Names::new(fields),
                        layers,
                    },
                    def,
                    what: n.text.clone(),
                },
            }
        }
        Expr::FieldRef(n) => {
            let r = lookup(n)?;
            let def = match r {
                Resolved::Protocol(_) => &PROTOCOL,
                Resolved::Fields(def, _) => def,
            };
            Typed {
                op: Operand::Nothing,
                def,
                what: format!("${{{}}}", n.text),
            }
        }
        Expr::Slice(inner, ranges) => {
            refuse_not_decoded(inner)?;
            let t = compile_side(inner)?.ok_or_else(|| {
                FilterError::at(inner.span(), "only fields and protocols can be sliced")
            })?;
            if let Operand::Proto { name, .. } = &t.op {
                proto_bytes_supported(name, inner.span())?;
            }
            let sliceable = matches!(
                class(t.def.ftype),
                Class::Str | Class::Bytes | Class::Ether | Class::Proto | Class::V4 | Class::V6
            );
            if !sliceable {
                return Err(FilterError::at(
                    inner.span(),
                    format!(
                        "\"{}\" is a {} and cannot be sliced into a sequence of bytes.",
                        t.what,
                        t.def.ftype.tshark_name()
                    ),
                ));
            }
            Typed {
                op: Operand::Slice(Box::new(t.op), ranges.ranges.clone()),
                def: &BYTES,
                what: format!("{}[...]", t.what),
            }
        }
        Expr::Arith(op, a, b, span) => {
            unknown_name_in_arith(a)?;
            unknown_name_in_arith(b)?;
            let (ta, tb) = (compile_side(a)?, compile_side(b)?);
            let (def, what) = match (&ta, &tb) {
                (Some(t), _) | (None, Some(t)) => (t.def, t.what.clone()),
                (None, None) => return Ok(None),
            };
            let c = class(arith_type(def));
            let can = |c: Class| match op {
                ArithOp::BitAnd => {
                    matches!(c, Class::Int | Class::Bytes | Class::Ether | Class::V4)
                }
                // Not an absolute time: tshark 4.0 refuses `frame.time + 1`
                // ("FT_ABSOLUTE_TIME cannot +.").
                ArithOp::Add | ArithOp::Sub => {
                    matches!(c, Class::Int | Class::Rel | Class::Double)
                }
                _ => matches!(c, Class::Int | Class::Double),
            };
            let cannot = |def: &FieldDef| {
                let sym = arith_symbol(*op);
                FilterError::at(
                    *span,
                    format!("{} cannot {sym}.", arith_type(def).tshark_name()),
                )
            };
            if !can(c) {
                return Err(cannot(def));
            }
            let side = |t: Option<Typed>, e: &Expr| -> Result<Operand, FilterError> {
                match t {
                    Some(t) => {
                        let tc = class(t.def.ftype);
                        // A boolean compares with an integer but does not
                        // compute with one (`tcp.srcport * tcp.flags.syn`).
                        if tc == Class::Bool {
                            return Err(cannot(t.def));
                        }
                        let fits = compatible(c, tc);
                        if !fits {
                            return Err(FilterError::at(
                                e.span(),
                                format!("{} and {} are not of compatible types.", what, t.what),
                            ));
                        }
                        Ok(t.op)
                    }
                    None => match constant(e, def) {
                        Ok(v) => Ok(Operand::Const(v)),
                        Err(err) if err.message == CONST_OVERFLOW => Err(FilterError::at(
                            e.span(),
                            "not supported: constant arithmetic that overflows or divides by \
                             zero inside arithmetic on a field",
                        )),
                        Err(err) => Err(err),
                    },
                }
            };
            let (oa, ob) = (side(ta, a)?, side(tb, b)?);
            let op = match value::width(def.ftype) {
                Some(w) => Operand::Arith(*op, Box::new(oa), Box::new(ob), w),
                None => Operand::Other(*op, Box::new(oa), Box::new(ob)),
            };
            Typed { op, def, what }
        }
        Expr::Neg(a, span) => {
            unknown_name_in_arith(a)?;
            let Some(t) = compile_side(a)? else {
                return Ok(None);
            };
            let Some(w) = value::width(t.def.ftype).or_else(|| {
                matches!(class(t.def.ftype), Class::Rel | Class::Double).then_some(Width::W64)
            }) else {
                return Err(FilterError::at(
                    *span,
                    format!("{} cannot be negated.", t.def.ftype.tshark_name()),
                ));
            };
            Typed {
                op: Operand::Neg(Box::new(t.op), w),
                def: t.def,
                what: t.what,
            }
        }
        Expr::Call(name, args, span) => compile_call(name, args, *span, hint)?,
    }))
}

/// A word in arithmetic that is no field: a typo, unless it reads as a
/// number or address (value names are not taken there).
fn unknown_name_in_arith(e: &Expr) -> Result<(), FilterError> {
    if let Expr::Name(n, _) = e
        && resolve(&n.text).is_none()
        && !n.text.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        // Bytes starting with a letter (`frame[0:4] & ff:00:00:00`,
        // `ip[0] & f0`), which tshark takes.
        && byte_literal(&n.text).is_none()
    {
        lookup(n)?;
    }
    Ok(())
}

fn compile_call(
    name: &Name,
    args: &[Expr],
    span: Span,
    hint: Option<&'static FieldDef>,
) -> Result<Typed, FilterError> {
    let f = name.text.as_str();
    if !parse::FUNCTIONS.contains(&f) {
        return Err(FilterError::at(
            name.span,
            format!("Function '{f}' does not exist"),
        ));
    }
    let arity = |lo: usize, hi: usize| -> Result<(), FilterError> {
        if args.len() < lo || args.len() > hi {
            let want = if lo == hi {
                format!("{lo}")
            } else if hi == usize::MAX {
                format!("at least {lo}")
            } else {
                format!("{lo} to {hi}")
            };
            return Err(FilterError::at(
                span,
                format!(
                    "Function {f}() takes {want} argument(s), got {}",
                    args.len()
                ),
            ));
        }
        Ok(())
    };
    // len, count, upper, lower and string take a field (or protocol).
    let field_arg = |what: &str| -> Result<Typed, FilterError> {
        let a = &args[0];
        let only = || {
            FilterError::at(
                a.span(),
                format!("Only fields can be used as parameter for {what}()"),
            )
        };
        if !matches!(a, Expr::Name(..)) {
            return Err(only());
        }
        refuse_not_decoded(a)?;
        compile_side(a)?.ok_or_else(only)
    };
    Ok(match f {
        "len" => {
            arity(1, 1)?;
            let t = field_arg("len")?;
            if let Operand::Proto { name, .. } = &t.op {
                proto_bytes_supported(name, args[0].span())?;
            }
            Typed {
                op: Operand::Len(Box::new(t.op), t.def.ftype),
                def: &UINT32,
                what: format!("len({})", t.what),
            }
        }
        "count" => {
            arity(1, 1)?;
            let mut t = field_arg("count")?;
            if let Operand::Proto { bytes, .. } = &mut t.op {
                *bytes = false;
            }
            Typed {
                op: Operand::Count(Box::new(t.op)),
                def: &UINT32,
                what: format!("count({})", t.what),
            }
        }
        "upper" | "lower" => {
            arity(1, 1)?;
            let t = field_arg(f)?;
            if class(t.def.ftype) != Class::Str {
                return Err(FilterError::at(
                    args[0].span(),
                    format!("Only string type fields can be used as parameter for {f}()"),
                ));
            }
            Typed {
                op: Operand::Case(Box::new(t.op), f == "upper"),
                def: &STRING,
                what: format!("{f}({})", t.what),
            }
        }
        "string" => {
            arity(1, 1)?;
            let t = field_arg("string")?;
            let ok = matches!(
                class(t.def.ftype),
                Class::Int | Class::V4 | Class::V6 | Class::Ether | Class::Double
            );
            if !ok {
                return Err(FilterError::at(
                    args[0].span(),
                    format!(
                        "String conversion for field \"{}\" is not supported",
                        t.what
                    ),
                ));
            }
            Typed {
                op: Operand::Str(Box::new(t.op)),
                def: &STRING,
                what: format!("string({})", t.what),
            }
        }
        "abs" => {
            arity(1, 1)?;
            let t = match (compile_side(&args[0])?, hint) {
                (Some(t), _) => t,
                (None, Some(def)) => Typed {
                    op: Operand::Const(constant(&args[0], def)?),
                    def,
                    what: "constant".to_string(),
                },
                (None, None) => {
                    return Err(FilterError::at(
                        args[0].span(),
                        "Constant expression is invalid as argument to abs()",
                    ));
                }
            };
            // tshark 4.0 takes a boolean too (its value unchanged).
            if !matches!(
                class(t.def.ftype),
                Class::Int | Class::Bool | Class::Rel | Class::Double
            ) {
                return Err(FilterError::at(
                    args[0].span(),
                    format!("abs() needs a number, not {}", t.def.ftype.tshark_name()),
                ));
            }
            Typed {
                op: Operand::Abs(Box::new(t.op)),
                def: t.def,
                what: format!("abs({})", t.what),
            }
        }
        _ => {
            // max, min
            arity(1, usize::MAX)?;
            let mut ops = Vec::new();
            let mut first: Option<&'static FieldDef> = None;
            let mut what = String::new();
            for a in args {
                // A literal takes the type of the first argument or, for
                // the first, of the comparison's other side (tshark 4.0's
                // ul_semcheck_compare); with neither it is refused.
                let quoted = literal_of(a).filter(|l| l.quoted || is_char(l));
                let t = match (compile_side(a)?, first.or(hint)) {
                    (Some(t), _) => t,
                    (None, Some(def)) if quoted.is_none() => {
                        let v = constant(a, def)?;
                        // tshark 4.0 compares a negative constant with an
                        // unsigned field's values as signed one way and
                        // unsigned the other: no answer to copy.
                        if matches!(v, Value::Int(n) if n < 0) && def.ftype.int_range().is_none() {
                            return Err(FilterError::at(
                                a.span(),
                                format!(
                                    "not supported: a negative constant in {f}() of unsigned values \
                                     (tshark 4.0 orders it inconsistently)"
                                ),
                            ));
                        }
                        Typed {
                            op: Operand::Const(v),
                            def,
                            what: "constant".to_string(),
                        }
                    }
                    (None, _) => {
                        return Err(FilterError::at(
                            a.span(),
                            match literal_of(a) {
                                Some(l) if l.quoted => {
                                    format!("Argument '\"{}\"' is not valid for {f}()", l.text)
                                }
                                Some(l) if is_char(&l) => {
                                    format!("Argument ''{}'' is not valid for {f}()", l.text)
                                }
                                Some(l) => format!("Argument '{}' is not valid for {f}()", l.text),
                                None => {
                                    format!("Constant expression is invalid as argument to {f}()")
                                }
                            },
                        ));
                    }
                };
                match first {
                    None => {
                        first = Some(t.def);
                        what = t.what.clone();
                    }
                    Some(d) if d.ftype != t.def.ftype => {
                        return Err(FilterError::at(
                            a.span(),
                            format!(
                                "Arguments to '{f}' must have the same type (expected {}, got {})",
                                d.ftype.tshark_name(),
                                t.def.ftype.tshark_name()
                            ),
                        ));
                    }
                    Some(_) => {}
                }
                ops.push(t.op);
            }
            let def = first.unwrap_or(&UINT32);
            if matches!(class(def.ftype), Class::Proto | Class::Other) {
                return Err(FilterError::at(
                    span,
                    format!("not supported: {f}() of {}", def.ftype.tshark_name()),
                ));
            }
            Typed {
                op: Operand::Extreme(ops, f == "max"),
                def,
                what: format!("{f}({what})"),
            }
        }
    })
}

fn proto_bytes_supported(name: &str, span: Span) -> Result<(), FilterError> {
    if BYTE_PROTOCOLS.contains(&name) {
        return Ok(());
    }
    Err(FilterError::at(
        span,
        format!(
            "not supported: the bytes of the \"{name}\" protocol (osidump knows them only for {}); test its fields instead",
            BYTE_PROTOCOLS.join(", ")
        ),
    ))
}

/// The regex of `matches`, compiled as tshark 4.0 compiles it
/// (wsutil/regex.c): by PCRE2 itself, caseless, with UTF mode off and
/// refused (PCRE2_NEVER_UTF), over the string's bytes after the filter's
/// escapes. So every construct, its meaning and its errors are tshark's:
/// a `.` matches one byte (`tcp.flags.str matches "^.......A"` fails
/// where each `·` is two bytes), `$` also matches before a final newline,
/// `\v` is any vertical space, look-around and back-references work, and
/// a pattern PCRE2 refuses gives tshark's message. (The regex crate reads
/// each of those otherwise.)
fn byte_regex(lit: &Literal) -> Result<Regex, FilterError> {
    let error = |m: &str| FilterError::at(lit.span, format!("Regex compilation error: {m}."));
    // The pcre2 crate takes the pattern as text: bytes that are not UTF-8
    // (from `\xff` in the filter string) go to PCRE2 as `\xNN` escapes,
    // which match the same byte (`\` before one makes it literal, as it is).
    let pattern = match std::str::from_utf8(&lit.bytes) {
        Ok(p) => p.to_owned(),
        Err(_) => {
            let mut pattern = String::with_capacity(lit.bytes.len() * 2);
            let mut escaped = false;
            for &b in &lit.bytes {
                if b.is_ascii() {
                    pattern.push(b as char);
                    escaped = b == b'\\' && !escaped;
                } else {
                    if escaped {
                        pattern.pop();
                    }
                    let _ = write!(pattern, "\\x{b:02X}");
                    escaped = false;
                }
            }
            pattern
        }
    };
    if utf_verb(&pattern) {
        return Err(error("using UTF is disabled by the application"));
    }
    // PCRE2 stops a pattern at NUL only when told its length is unknown;
    // tshark gives the length, as the crate does.
    RegexBuilder::new()
        .caseless(true)
        .utf(false)
        .jit_if_available(true)
        .build(&pattern)
        .map_err(|e| error(&pcre2_message(&e)))
}

/// PCRE2's message in the crate's "PCRE2: error compiling pattern at
/// offset N: MESSAGE": what tshark quotes.
fn pcre2_message(e: &pcre2::Error) -> String {
    let text = e.to_string();
    text.split_once("pattern")
        .and_then(|(_, rest)| rest.split_once(": "))
        .map_or(text.clone(), |(_, m)| m.to_string())
}

/// Whether the pattern starts with a `(*UTF)` option setting among its
/// leading `(*...)` settings, which PCRE2_NEVER_UTF refuses.
fn utf_verb(mut pattern: &str) -> bool {
    while let Some(rest) = pattern.strip_prefix("(*") {
        let Some(end) = rest.find(')') else {
            return false;
        };
        if rest[..end].starts_with("UTF") {
            return true;
        }
        pattern = &rest[end + 1..];
    }
    false
}

/// A match of `re` in `subject`; a match PCRE2 gives up on (its match
/// limit, a pathological pattern) is no match, as ws_regex_matches reads it.
fn is_match(re: &Regex, subject: &[u8]) -> bool {
    re.is_match(subject).unwrap_or(false)
}

fn lookup(name: &Name) -> Result<Resolved, FilterError> {
    if let Some(why) = crate::dissect::link::manuf::unavailable(&name.text) {
        return Err(FilterError::at(name.span, why));
    }
    resolve(&name.text).ok_or_else(|| {
        if let Some(what) = not_decoded(&name.text) {
            return FilterError::at(
                name.span,
                format!(
                    "not supported: \"{}\" is {what} osidump does not decode",
                    name.text
                ),
            );
        }
        let hint = suggest(&name.text)
            .map(|s| format!("; did you mean \"{s}\"?"))
            .unwrap_or_default();
        FilterError::at(name.span, format!("unknown field \"{}\"{hint}", name.text))
    })
}

/// Whether `${name}` reads as a field reference rather than a macro, as
/// tshark 4.0 tells them apart: a field, not a protocol or a label.
pub(super) fn field_reference_name(name: &str) -> bool {
    match super::resolve(name) {
        Some(super::Resolved::Fields(def, _)) => {
            !matches!(def.ftype, FieldType::Protocol | FieldType::None)
        }
        Some(super::Resolved::Protocol(_)) => false,
        None => {
            name.contains('.')
                && crate::render::fields::tshark_knows(name)
                && not_decoded(name).is_some()
        }
    }
}

/// Whether tshark 4.0 knows a name we do not resolve, and as what: one of
/// its protocols, a field of a protocol we decode that we do not emit, or
/// a field of a protocol we do not decode (its name starts with that
/// protocol's). tshark takes such an expression, so refusing it as an
/// unknown name would be wrong; matching nothing would be a silent wrong
/// answer. A name nobody knows stays an error ("unknown field").
fn not_decoded(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix('.').unwrap_or(name);
    let tshark_knows = crate::render::fields::tshark_knows;
    // A protocol is ours when we decode it or emit a field under its name
    // (`_ws.expert.message`, `ipv6.fraghdr.nxt`).
    let ours = |p: &str| {
        super::protocols().any(|l| l == p)
            || super::known_fields().any(|f| f.strip_prefix(p).is_some_and(|r| r.starts_with('.')))
    };
    if tshark_knows(name) {
        return Some(if name.contains('.') && !name.starts_with("_ws.") {
            "a Wireshark field or protocol"
        } else {
            "a Wireshark protocol"
        });
    }
    // Under a protocol we decode, the list has every field tshark knows:
    // a name it lacks there (`tcp.completeness.str`) is no field at all.
    let under_ours = |p: &str| {
        p.split_once('.')
            .is_some_and(|(first, _)| super::protocols().any(|l| l == first))
    };
    name.match_indices('.')
        .map(|(i, _)| &name[..i])
        .any(|p| tshark_knows(p) && !ours(p) && !under_ours(p))
        .then_some("a field of a Wireshark protocol")
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
    // True/False: any case, quoted or not, where the boolean has no value
    // names of its own (tshark 4.0 looks them up in its default "True" /
    // "False"); `check` refuses the other spellings where it has names.
    lit.boolean = if l.text.eq_ignore_ascii_case("true") {
        Some(true)
    } else if l.text.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    };
    if l.quoted {
        lit.bytes = Some(l.bytes.clone());
        if class(def.ftype) == Class::Time {
            lit.time = abstime::parse(&l.text).ok();
        }
        return lit;
    }
    if is_char(l) && class(def.ftype) == Class::Str {
        // On a string a character constant is that one-byte string, as
        // in tshark 4.0 (`http.request.method contains 'G'`).
        lit.quoted = true;
        lit.bytes = Some(l.bytes.clone());
        lit.text = String::from_utf8_lossy(&l.bytes).into_owned();
        return lit;
    }
    if is_char(l) {
        lit.int = Some(i128::from(l.bytes[0]));
        lit.bytes = Some(l.bytes.clone());
        return lit;
    }
    let t = l.text.as_str();
    lit.int = parse_int(t);
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
    if def.ftype == FieldType::Ether && lit.bytes.is_none() {
        lit.bytes = parse_plain_hex(t).or_else(|| byte_literal(t));
    }
    if matches!(class(def.ftype), Class::Bytes | Class::Proto) && lit.bytes.is_none() {
        lit.bytes = byte_literal(t);
    }
    lit.time = if class(def.ftype) == Class::Time {
        abstime::parse(t).ok()
    } else {
        parse_time(t)
    };
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

/// A byte string as tshark reads one for a byte field or slice:
/// separated (`aa:bb`), one byte (`6`, `0a`) or plain hex (`0800`).
fn byte_literal(t: &str) -> Option<Vec<u8>> {
    // A leading colon marks a byte string (`:00`, `:ffff`, `:ff.ff`), as
    // tshark 4.0 reads it; a trailing one is an error there.
    let t = match t.strip_prefix(':') {
        Some(rest) if !rest.starts_with(':') => rest,
        _ => t,
    };
    if let Some(b) = parse_bytes(t) {
        return Some(b);
    }
    // tshark 4.0 also takes one byte written `0xNN` (exactly two digits:
    // `0x2` and `0x0299` are refused).
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X"))
        && h.len() == 2
    {
        return u8::from_str_radix(h, 16).ok().map(|b| vec![b]);
    }
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    // Runs of four or two digits, then one at the end, as wsutil's
    // hex_str_to_bytes reads them: `0800` is 08 00, `474` 47 04, `08004`
    // 08 00 04.
    hex_runs(t, ':')
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
    if sep != ':' {
        return hex_runs(t, sep);
    }
    // tshark 4.0 wants two digits a byte between colons ("2:99" is
    // refused).
    let width_ok = |p: &str| p.len() == 2 || (sep != ':' && p.len() == 1);
    if parts.len() < 2 || !parts.iter().all(|p| width_ok(p) && hex(p)) {
        return None;
    }
    parts
        .iter()
        .map(|p| u8::from_str_radix(p, 16).ok())
        .collect()
}

/// Bytes separated by "." or "-" as tshark 4.0 reads them (wsutil's
/// `hex_str_to_bytes` without forced separators): runs of four or two hex
/// digits, or one digit before a separator or at the end, each optionally
/// followed by one separator, so `0299.0000`, `02-9900` and `0299.0` are
/// bytes and `029.900` is 02 09 90 00. A separator at either end, two in
/// a row or any other character is no byte string.
fn hex_runs(t: &str, sep: char) -> Option<Vec<u8>> {
    let b = t.as_bytes();
    if t.starts_with(sep) || t.ends_with(sep) {
        return None;
    }
    let hex = |i: usize| b.get(i).is_some_and(u8::is_ascii_hexdigit);
    let byte = |i: usize, n: usize| u8::from_str_radix(&t[i..i + n], 16).ok();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let n = if (0..4).all(|k| hex(i + k)) {
            out.extend([byte(i, 2)?, byte(i + 2, 2)?]);
            4
        } else if hex(i) && hex(i + 1) {
            out.push(byte(i, 2)?);
            2
        } else if hex(i) && (i + 1 == b.len() || b[i + 1] == sep as u8) {
            out.push(byte(i, 1)?);
            1
        } else {
            return None;
        };
        i += n;
        if b.get(i) == Some(&(sep as u8)) {
            i += 1;
        }
    }
    Some(out)
}

/// `1795519047.175014` (seconds) as nanoseconds, read as tshark 4.0 reads
/// a relative time: an optional sign, decimal seconds, then after a dot
/// the digits of the fraction up to the first non-digit (the rest is
/// ignored: `1.0e-3` is 1 second, `1.5.5` 1.5); digits past the ninth
/// must be zeros. `1e2` and `0x10` are no times.
fn parse_time(t: &str) -> Option<i128> {
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(body);
    let secs = &body[..n];
    let rest = &body[n..];
    if (secs.is_empty() && !rest.starts_with('.')) || !(rest.is_empty() || rest.starts_with('.')) {
        return None;
    }
    let s: i128 = if secs.is_empty() {
        0
    } else {
        i128::from(secs.parse::<u64>().ok()?)
    };
    let frac = rest.strip_prefix('.').unwrap_or("");
    let frac = &frac[..digits(frac)];
    if frac.bytes().skip(9).any(|b| b != b'0') {
        return None;
    }
    let frac = &frac[..frac.len().min(9)];
    let f: i128 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<9}").parse().ok()?
    };
    let v = s * 1_000_000_000 + f;
    Some(if neg { -v } else { v })
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
        // A negative number does not compare with an unsigned value.
        Value::UInt(n) => {
            let lit = int?;
            (lit >= 0).then(|| i128::from(*n).cmp(&lit))
        }
        Value::Int(n) => {
            let lit = int?;
            (lit <= i128::from(i64::MAX)).then(|| i128::from(*n).cmp(&lit))
        }
        Value::Bool(b) => {
            // tshark 4.0 reads any number not zero as true.
            let lit = l
                .boolean
                .map(i128::from)
                .or(int.map(|v| i128::from(v != 0)))?;
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
        // An ordering with a prefix compares both under it, as tshark
        // 4.0 does (`ip.src > 10.0.0.0/24` is false for all of 10.0.0.x).
        Value::Ipv4(a) => {
            let (net, mask) = l.v4?;
            Some((u32::from_be_bytes(*a) & mask).cmp(&(net & mask)))
        }
        Value::Ipv6(a) => {
            let (net, mask) = l.v6?;
            Some((u128::from_be_bytes(*a) & mask).cmp(&(net & mask)))
        }
        Value::Mac(m) if !l.quoted => Some(m[..].cmp(l.bytes.as_deref()?)),
        Value::Mac(_) => None,
        Value::Bytes(b) => Some(value::bytes_order(b, l.bytes.as_deref()?)),
        Value::Time(t) => Some(value::nstime_order(t.as_nanos(), l.time?, true)),
        Value::RelTime(t) => Some(value::nstime_order(t.as_nanos(), l.time?, false)),
        Value::Double(x) => x.partial_cmp(&(l.text.parse::<f64>().ok()?)),
        Value::Float(x) => f64::from(*x).partial_cmp(&(l.text.parse::<f64>().ok()?)),
        Value::None => None,
    }
}

fn contains(v: &Value<'_>, l: &Lit) -> bool {
    let hay: &[u8] = match v {
        // A quoted needle by its bytes after escapes (`contains "\xb7"`
        // finds half of a `·`, as tshark 4.0 does); a word by its text.
        Value::Str(s) if l.quoted => {
            return l
                .bytes
                .as_deref()
                .is_some_and(|n| value::find(s.as_bytes(), n));
        }
        Value::Str(s) => return !l.text.is_empty() && s.contains(l.text.as_str()),
        Value::Bytes(b) => b,
        Value::Mac(m) => m,
        _ => return false,
    };
    l.bytes
        .as_deref()
        .is_some_and(|needle| value::find(hay, needle))
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
    fn eval(&self, d: &Dissection<'_>, unk: &Cell<bool>) -> bool {
        match self {
            Node::Or(l, r) => l.eval(d, unk) || r.eval(d, unk),
            Node::And(l, r) => l.eval(d, unk) && r.eval(d, unk),
            Node::Not(x) => !x.eval(d, unk),
            // An HTTP body tshark hands to its data dissector is data too.
            // MPTCP is an item in the TCP layer, one for each option 30.
            Node::Protocol(p) => {
                d.layers.iter().any(|l| {
                    l.protocol == *p
                    // A protocol whose fields live in another's layer
                    // (`ipv6.hopopts` in `ipv6`), or that threw first.
                    || (p.starts_with(l.protocol)
                        && p.len() > l.protocol.len()
                        && (l.fields.iter().any(|x| x.def.in_protocol() == Some(*p))
                            || l.thrown.as_ref().is_some_and(|t| t.protocol == *p)))
                    || (*p == "data" && l.has(crate::dissect::fields::data::DATA))
                    // A response a TLS Certificate Status message staples
                    // is an OCSP item in the TLS layer.
                    || (*p == "ocsp"
                        && l.protocol == "tls"
                        && l.has(crate::dissect::fields::tls::HANDSHAKE_OCSP_RESPONSE_LEN))
                    || (*p == "mptcp"
                        && l.protocol == "tcp"
                        && l.all(crate::dissect::fields::tcp::OPTION_KIND)
                            .any(|v| matches!(v, crate::dissect::Value::UInt(30))))
                }) || (crate::dissect::spec::LISTED_ONLY.contains(p) && listed_protocol(d, p))
            }
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
            Node::Exists(op, nonzero) => {
                let mut vals = Vec::new();
                op.values(d, unk, &mut vals);
                if *nonzero {
                    vals.iter().any(|v| !value::is_zero(&v.value()))
                } else {
                    !vals.is_empty()
                }
            }
            Node::NonEmpty(op) => {
                let mut vals = Vec::new();
                op.values(d, unk, &mut vals);
                vals.iter()
                    .any(|v| !matches!(v.value().as_ref(), Value::Bytes(b) if b.is_empty()))
            }
            Node::Cmp(c) => c.eval(d, unk),
            Node::In(s) => s.eval(d, unk),
        }
    }
}

/// Whether some value of a field in `names` satisfies `f`; stops at the
/// first that does.
#[inline]
/// The value a filter compares of a field. A protocol item's label
/// (`_ws.expert`, `_ws.malformed`) is not its value: tshark compares a
/// protocol item by its bytes, and these have none, so only their
/// presence tests true.
fn filter_value<'v>(field: &'v crate::dissect::Field<'_>) -> &'v Value<'v> {
    static NO_VALUE: Value<'static> = Value::None;
    match &field.value {
        Value::Str(_) if field.def.ftype == FieldType::Protocol => &NO_VALUE,
        v => v,
    }
}

fn any_value(d: &Dissection<'_>, names: &Names, mut f: impl FnMut(&Value<'_>) -> bool) -> bool {
    for l in &d.layers {
        for field in &l.fields {
            if names.contains(field.def) && f(filter_value(field)) {
                return true;
            }
        }
    }
    false
}

/// Combine a test over pairs: any pair, or every pair (and at least one).
fn pairs<'a>(all: bool, lhs: &[V<'a>], rhs: &[V<'a>], t: impl Fn(&V<'a>, &V<'a>) -> bool) -> bool {
    if lhs.is_empty() || rhs.is_empty() {
        return false;
    }
    if all {
        lhs.iter().all(|a| rhs.iter().all(|b| t(a, b)))
    } else {
        lhs.iter().any(|a| rhs.iter().any(|b| t(a, b)))
    }
}

fn over<'a>(all: bool, lhs: &[V<'a>], t: impl Fn(&V<'a>) -> bool) -> bool {
    if lhs.is_empty() {
        return false;
    }
    if all {
        lhs.iter().all(t)
    } else {
        lhs.iter().any(t)
    }
}

impl Cmp {
    fn eval(&self, d: &Dissection<'_>, unk: &Cell<bool>) -> bool {
        let mut lhs = Vec::new();
        self.lhs.values(d, unk, &mut lhs);
        if lhs.is_empty() {
            return false;
        }
        if let Rel::Matches(re) = &self.rel {
            return over(self.all, &lhs, |a| {
                a.haystack().is_some_and(|h| is_match(re, h))
            });
        }
        match &self.rhs {
            Rhs::Lit(l) => over(self.all, &lhs, |a| rel_lit(&self.rel, a, l)),
            Rhs::Vals(Operand::Empty) => self.all,
            Rhs::Vals(op) => {
                let mut rhs = Vec::new();
                op.values(d, unk, &mut rhs);
                pairs(self.all, &lhs, &rhs, |a, b| rel_vals(&self.rel, a, b))
            }
        }
    }
}

/// One set element: a value or a range's two ends.
type SetItemRhs = (Rhs, Option<Rhs>);
/// The values of a set element's fields in one packet.
type SetItemVals<'a> = (Vec<V<'a>>, Option<Vec<V<'a>>>);

impl InSet {
    fn eval(&self, d: &Dissection<'_>, unk: &Cell<bool>) -> bool {
        let mut lhs = Vec::new();
        self.lhs.values(d, unk, &mut lhs);
        // Values of the set's fields, gathered once.
        let mut sets: Vec<(Vec<V<'_>>, Option<Vec<V<'_>>>)> = Vec::new();
        for (lo, hi) in &self.items {
            sets.push((
                rhs_values(lo, d, unk),
                hi.as_ref().map(|h| rhs_values(h, d, unk)),
            ));
        }
        let holds = |a: &V<'_>, (item, vals): (&SetItemRhs, &SetItemVals<'_>)| {
            let ((lo, hi), (lov, hiv)) = (item, vals);
            let ge = |r: &Rhs, vals: &[V<'_>], rel: &Rel| match r {
                Rhs::Lit(l) => rel_lit(rel, a, l),
                Rhs::Vals(_) => vals.iter().any(|b| rel_vals(rel, a, b)),
            };
            match hi {
                None => ge(lo, lov, &Rel::Eq),
                Some(h) => ge(lo, lov, &Rel::Ge) && ge(h, hiv.as_deref().unwrap_or(&[]), &Rel::Le),
            }
        };
        // tshark 4.0 expands `all f in {a, b..c}` into `all f == a ||
        // all f in b..c`: one element must hold for every occurrence.
        if self.all {
            return self
                .items
                .iter()
                .zip(&sets)
                .any(|item| over(true, &lhs, |a| holds(a, item)));
        }
        over(false, &lhs, |a| {
            self.items.iter().zip(&sets).any(|item| holds(a, item))
        })
    }
}

fn rhs_values<'b>(r: &'b Rhs, d: &'b Dissection<'_>, unk: &Cell<bool>) -> Vec<V<'b>> {
    let mut v = Vec::new();
    if let Rhs::Vals(op) = r {
        op.values(d, unk, &mut v);
    }
    v
}

fn rel_lit(rel: &Rel, a: &V<'_>, l: &Lit) -> bool {
    let v = a.value();
    let v = v.as_ref();
    let ord = |want: fn(Ordering) -> bool| compare(v, l).is_some_and(want);
    match rel {
        Rel::Eq => equal(v, l),
        Rel::Ne => !equal(v, l),
        Rel::Lt => ord(|o| o == Ordering::Less),
        Rel::Le => ord(|o| o != Ordering::Greater),
        Rel::Gt => ord(|o| o == Ordering::Greater),
        Rel::Ge => ord(|o| o != Ordering::Less),
        Rel::Contains => match (a.haystack(), v) {
            (_, Value::Str(s)) => {
                (!l.text.is_empty() && s.contains(l.text.as_str())) || contains(v, l)
            }
            (Some(h), _) => l.bytes.as_deref().is_some_and(|n| value::find(h, n)),
            _ => false,
        },
        Rel::Matches(_) => false,
    }
}

fn rel_vals(rel: &Rel, a: &V<'_>, b: &V<'_>) -> bool {
    let ord = |want: fn(Ordering) -> bool| value::cmp_values(a, b).is_some_and(want);
    match rel {
        Rel::Eq => ord(|o| o == Ordering::Equal),
        Rel::Ne => !ord(|o| o == Ordering::Equal),
        Rel::Lt => ord(|o| o == Ordering::Less),
        Rel::Le => ord(|o| o != Ordering::Greater),
        Rel::Gt => ord(|o| o == Ordering::Greater),
        Rel::Ge => ord(|o| o != Ordering::Less),
        Rel::Contains => match (a.haystack(), b.value().as_ref()) {
            (Some(h), n) => value::value_bytes(n).is_some_and(|n| value::find(h, n)),
            _ => false,
        },
        Rel::Matches(_) => false,
    }
}

/// Layer number (1-based, among layers of the same protocol) of layer
/// `i`, and how many layers of that protocol the packet has.
/// The layer operator's number of layer `i` (and how many there are, for
/// negative numbers): the call of its protocol's dissector that read it,
/// as tshark numbers them (`calls`, see `frame::layer_calls`: the records
/// one TLS call read are all #1), or where tshark lists no call for it,
/// its place among the frame's layers of its protocol.
fn layer_number(d: &Dissection<'_>, i: usize, calls: &[usize]) -> (usize, usize) {
    let p = d.layers[i].protocol;
    match calls.get(i) {
        Some(&n) if n > 0 => {
            let total = d
                .layers
                .iter()
                .zip(calls)
                .filter(|(l, _)| l.protocol == p)
                .map(|(_, &c)| c)
                .max()
                .unwrap_or(n);
            (n, total)
        }
        _ => {
            let n = d.layers[..=i].iter().filter(|l| l.protocol == p).count();
            let total = d.layers.iter().filter(|l| l.protocol == p).count();
            (n, total)
        }
    }
}

impl Operand {
    /// Push every value of this expression for the packet.
    fn values<'b>(&'b self, d: &'b Dissection<'_>, unk: &Cell<bool>, out: &mut Vec<V<'b>>) {
        match self {
            Operand::Field { names, layers } => {
                // Worked out when a layer operator asks.
                let mut calls: Option<Vec<usize>> = None;
                for (i, l) in d.layers.iter().enumerate() {
                    let mut checked = None;
                    for field in &l.fields {
                        if !names.contains(field.def) {
                            continue;
                        }
                        if let Some(r) = layers {
                            let ok = *checked.get_or_insert_with(|| {
                                let calls = calls
                                    .get_or_insert_with(|| crate::dissect::layer_calls(&d.layers));
                                let (n, total) = layer_number(d, i, calls);
                                value::layer_selected(r, n, total)
                            });
                            if !ok {
                                break;
                            }
                        }
                        out.push(V::Val(borrow(filter_value(field))));
                    }
                }
            }
            Operand::Proto {
                name,
                layers,
                bytes,
            } => {
                let total = d.layers.iter().filter(|l| l.protocol == *name).count();
                // With a layer operator: the calls of the protocol's
                // dissector, numbered as tshark does (see `layer_number`).
                let calls = layers
                    .as_ref()
                    .map(|_| crate::dissect::layer_calls(&d.layers));
                for i in 0..d.layers.len() {
                    if d.layers[i].protocol != *name {
                        continue;
                    }
                    let item = proto_bytes(d, i);
                    // Part of the item of a layer before it (the TLS
                    // records one call read): not an item of its own
                    // (count(tls) counts tshark's items).
                    if matches!(item, Some(None)) {
                        continue;
                    }
                    if let (Some(r), Some(calls)) = (layers.as_ref(), calls.as_deref()) {
                        let (n, total) = layer_number(d, i, calls);
                        if !value::layer_selected(r, n, total.max(1)) {
                            continue;
                        }
                    }
                    match item {
                        Some(Some((item, tvb))) => out.push(V::Proto(item, tvb)),
                        // Decoded from reassembled data: its bytes are not in
                        // the frame. It still counts (count(), ip#2); a test
                        // of its bytes has no answer.
                        None if *bytes => unk.set(true),
                        Some(None) | None => out.push(V::Val(Value::None)),
                    }
                }
                // A segment holding only the start of a TLS record: tshark's
                // TLS dissector has read it (its item covers it) before
                // asking TCP for the rest; we show no layer.
                if *bytes && *name == "tls" && total == 0 && tls_record_started(d) {
                    unk.set(true);
                }
            }
            Operand::Const(v) => out.push(V::Val(borrow(v))),
            Operand::Nothing | Operand::Empty => {}
            Operand::Slice(inner, ranges) => {
                let mut vals = Vec::new();
                inner.values(d, unk, &mut vals);
                for v in vals {
                    let data: Option<Cow<'b, [u8]>> = match v {
                        V::Proto(item, _) => Some(Cow::Borrowed(item)),
                        V::Val(Value::Bytes(b)) => Some(b),
                        V::Val(Value::Str(Cow::Borrowed(s))) => Some(Cow::Borrowed(s.as_bytes())),
                        V::Val(Value::Str(Cow::Owned(s))) => Some(Cow::Owned(s.into_bytes())),
                        V::Val(other) => value::value_bytes(&other).map(|b| Cow::Owned(b.to_vec())),
                    };
                    if let Some(b) = data {
                        out.push(V::Val(Value::Bytes(value::slice(b, ranges))));
                    }
                }
            }
            Operand::Arith(op, a, b, w) => {
                binary(d, unk, a, b, out, |x, y| value::arith(*op, x, y, *w))
            }
            Operand::Other(op, a, b) => binary(d, unk, a, b, out, |x, y| {
                value::arith(*op, x, y, Width::W64)
            }),
            Operand::Neg(a, w) => {
                let mut vals = Vec::new();
                a.values(d, unk, &mut vals);
                out.extend(vals.iter().filter_map(|v| value::negate(v, *w)).map(V::Val));
            }
            Operand::Len(a, ft) => {
                let mut vals = Vec::new();
                a.values(d, unk, &mut vals);
                for v in &vals {
                    let n = match v {
                        V::Proto(item, _) => item.len() as u64,
                        V::Val(v) => match value::value_bytes(v) {
                            Some(b)
                                if !matches!(
                                    v,
                                    Value::Mac(_) | Value::Ipv4(_) | Value::Ipv6(_)
                                ) =>
                            {
                                b.len() as u64
                            }
                            _ => value::wire_size(*ft),
                        },
                    };
                    out.push(V::Val(Value::UInt(n)));
                }
            }
            Operand::Count(a) => {
                let mut vals = Vec::new();
                a.values(d, unk, &mut vals);
                if !vals.is_empty() {
                    out.push(V::Val(Value::UInt(vals.len() as u64)));
                }
            }
            Operand::Case(a, upper) => {
                let mut vals = Vec::new();
                a.values(d, unk, &mut vals);
                for v in vals {
                    if let V::Val(Value::Str(s)) = v {
                        let s = if *upper {
                            s.to_ascii_uppercase()
                        } else {
                            s.to_ascii_lowercase()
                        };
                        out.push(V::Val(Value::Str(Cow::Owned(s))));
                    }
                }
            }
            Operand::Str(a) => {
                let mut vals = Vec::new();
                a.values(d, unk, &mut vals);
                for v in &vals {
                    if let Some(s) = value::to_string(&v.value()) {
                        out.push(V::Val(Value::Str(Cow::Owned(s))));
                    }
                }
            }
            Operand::Abs(a) => {
                let mut vals = Vec::new();
                a.values(d, unk, &mut vals);
                for v in vals {
                    out.push(V::Val(match v.value().as_ref() {
                        Value::Int(n) => Value::Int(n.wrapping_abs()),
                        Value::RelTime(t) => Value::rel_time(t.as_nanos().abs()),
                        Value::Double(x) => Value::Double(x.abs()),
                        other => other.clone().into_owned(),
                    }));
                }
            }
            Operand::Extreme(args, max) => {
                let mut vals = Vec::new();
                for a in args {
                    a.values(d, unk, &mut vals);
                }
                let mut best: Option<V<'b>> = None;
                for v in vals {
                    let better = match &best {
                        None => true,
                        Some(b) => {
                            let o = value::cmp_values(&v, b);
                            if *max {
                                o == Some(Ordering::Greater)
                            } else {
                                o == Some(Ordering::Less)
                            }
                        }
                    };
                    if better {
                        best = Some(v);
                    }
                }
                out.extend(best);
            }
        }
    }
}

/// `a op b` over every pair of values.
fn binary<'b>(
    d: &'b Dissection<'_>,
    unk: &Cell<bool>,
    a: &'b Operand,
    b: &'b Operand,
    out: &mut Vec<V<'b>>,
    f: impl Fn(&V<'b>, &V<'b>) -> Option<Value<'static>>,
) {
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    a.values(d, unk, &mut xs);
    if xs.is_empty() {
        return;
    }
    b.values(d, unk, &mut ys);
    for x in &xs {
        for y in &ys {
            if let Some(v) = f(x, y) {
                out.push(V::Val(v));
            }
        }
    }
}

/// A value that borrows from `v` instead of copying its bytes.
fn borrow<'b>(v: &'b Value<'_>) -> Value<'b> {
    match v {
        Value::Str(s) => Value::Str(Cow::Borrowed(s)),
        Value::Bytes(b) => Value::Bytes(Cow::Borrowed(b)),
        Value::UInt(n) => Value::UInt(*n),
        Value::Int(n) => Value::Int(*n),
        Value::Bool(b) => Value::Bool(*b),
        Value::Mac(m) => Value::Mac(*m),
        Value::Ipv4(a) => Value::Ipv4(*a),
        Value::Ipv6(a) => Value::Ipv6(*a),
        Value::Time(t) => Value::Time(*t),
        Value::RelTime(t) => Value::RelTime(*t),
        Value::Double(x) => Value::Double(*x),
        // tshark keeps an FT_FLOAT as the double it widens to.
        Value::Float(x) => Value::Double(f64::from(*x)),
        Value::None => Value::None,
    }
}

/// The item and the bytes a protocol's dissector was handed, from the
/// item's first byte (see [`proto_bytes`]).
type ItemBytes<'b> = (&'b [u8], &'b [u8]);

/// The bytes of layer `i` as tshark sees its protocol: the item (what
/// `len()`, slices and `==` read) and everything the protocol carries (what
/// `contains` and `matches` search). `None` for a layer decoded from
/// reassembled data, whose bytes are not in the frame; `Some(None)` for a
/// layer that is part of the item of a layer before it.
fn proto_bytes<'b>(d: &'b Dissection<'_>, i: usize) -> Option<Option<ItemBytes<'b>>> {
    let l = &d.layers[i];
    let data = d.data;
    if l.protocol == "frame" {
        return Some(Some((data, data)));
    }
    if l.span.is_empty() || l.span.end > data.len() {
        return None;
    }
    if l.osi >= crate::dissect::Osi::Session {
        return app_bytes(d, i);
    }
    let start = l.span.start;
    let uint = |layer: usize, def: &'static FieldDef| {
        d.layers[layer].fields.iter().find_map(|f| match f.value {
            Value::UInt(n) if std::ptr::eq(f.def, def) => Some(n as usize),
            _ => None,
        })
    };
    // The end of what a network layer carries, limited by the capture.
    let net_end = |j: usize| -> usize {
        let s = d.layers[j].span.start;
        let end = match d.layers[j].protocol {
            "ip" => uint(j, f::ip::LEN).map(|n| s + n),
            "ipv6" => uint(j, f::ipv6::PLEN).map(|n| s + 40 + n),
            _ => None,
        };
        end.unwrap_or(data.len()).min(data.len())
    };
    let parent_end = || {
        (0..i)
            .rev()
            .find(|&j| matches!(d.layers[j].protocol, "ip" | "ipv6"))
            .map_or(data.len(), net_end)
    };
    let end = match l.protocol {
        "ip" | "ipv6" => net_end(i),
        "tcp" | "icmp" | "icmpv6" => parent_end(),
        "udp" => {
            let pe = parent_end();
            uint(i, f::udp::LENGTH).map_or(pe, |n| (start + n).min(pe))
        }
        _ => data.len(),
    };
    if end < l.span.end || (l.protocol == "ipv6" && !ipv6_item_known(data, l)) {
        return None;
    }
    let item = match l.protocol {
        "icmp" | "icmpv6" => &data[start..end],
        // A fragment that completes no datagram: tshark's IPv6 item stops
        // before its fragment header (the last header we read).
        "ipv6" if unreassembled_fragment(l) => &data[start..l.span.end - 8],
        _ => &data[l.span.clone()],
    };
    Some(Some((item, &data[start..end])))
}

fn position(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The frame's TCP segment is part of a message being reassembled, no
/// message ended in it, and it starts with what reads as a TLS record
/// header (content type 20 to 24, major version 3): it may begin a record
/// that later segments complete. One that does not begin a record holds
/// no TLS item in tshark either.
fn tls_record_started(d: &Dissection<'_>) -> bool {
    d.layers.iter().any(|l| {
        l.protocol == "tcp"
            && l.fields
                .iter()
                .any(|x| std::ptr::eq(x.def, f::tcp::OSIDUMP_REASSEMBLY))
            && matches!(d.data.get(l.span.end..l.span.end + 2), Some([20..=24, 3]))
    })
}

/// Whether `frame.protocols` lists protocol `p`.
fn listed_protocol(d: &Dissection<'_>, p: &str) -> bool {
    d.layers
        .first()
        .and_then(|frame| frame.get_str(crate::dissect::fields::frame::PROTOCOLS))
        .is_some_and(|list| list.split(':').any(|x| x == p))
}

/// The end of the segment a TCP layer before layer `i` carries (its IP
/// datagram's end, limited by the capture).
fn tcp_payload_end(d: &Dissection<'_>, i: usize) -> Option<usize> {
    let tcp = (0..i).rev().find(|&j| d.layers[j].protocol == "tcp")?;
    let (Some(Some((_, carried))), start) = (proto_bytes(d, tcp), d.layers[tcp].span.start) else {
        return None;
    };
    Some(start + carried.len())
}

/// [`proto_bytes`] of an application layer, where tshark's item for its
/// protocol lies (from `tshark -T json -x`):
/// - over UDP (DNS, DHCP, QUIC): the layer's span, the datagram's payload or,
///   for coalesced QUIC packets, each packet;
/// - over TCP, one message read from this segment ([`Origin::Message`]):
///   HTTP the message, handed the rest of the segment; HTTP/2, DNS (with its
///   length prefix) and WebSocket each PDU alone, and WebSocket's item is
///   the frame header only (the payload is shown as a separate `data`);
///   TLS one item per segment, from the first record read from it to the
///   segment's end, holding every record of the segment.
///
/// Anything else (a message reassembled from several segments, decrypted,
/// inflated, TLS inside QUIC) is read by tshark from a buffer the frame
/// does not hold: `None`.
fn app_bytes<'b>(d: &'b Dissection<'_>, i: usize) -> Option<Option<ItemBytes<'b>>> {
    use crate::dissect::Origin;
    let l = &d.layers[i];
    let data = d.data;
    // What carries the layer: the transport, or (QUIC's TLS, HTTP/3) a
    // decrypted payload. Coalesced QUIC packets follow one another.
    let carrier = (0..i).rev().map(|j| d.layers[j].protocol).find(|p| {
        matches!(*p, "tcp" | "udp" | "quic" | "tls")
            && !(l.protocol == "quic" && *p != "udp" && *p != "tcp")
    });
    match (&l.origin, carrier) {
        (Origin::Span, Some("udp"))
            if matches!(
                l.protocol,
                "dns" | "dhcp" | "dhcpv6" | "ntp" | "snmp" | "syslog" | "dtls" | "quic"
            ) =>
        {
            let b = &data[l.span.clone()];
            Some(Some((b, b)))
        }
        (Origin::Message(r), _) if !r.is_empty() && r.end <= data.len() => {
            let at = r.start;
            let msg = &data[r.clone()];
            match l.protocol {
                "tls" => {
                    // Records after the first one read from the segment are
                    // in its item.
                    let first = !d.layers[..i]
                        .iter()
                        .rev()
                        .take_while(|x| x.protocol != "tcp")
                        .any(|x| x.protocol == "tls" && matches!(x.origin, Origin::Message(_)));
                    if !first {
                        return Some(None);
                    }
                    let end = tcp_payload_end(d, i)?.max(r.end);
                    let b = &data[at..end];
                    Some(Some((b, b)))
                }
                "http" => {
                    // The item runs to the end of the segment, unless the
                    // message has a body: then it stops after the headers
                    // (the body, shown in it, is handed on as a buffer of
                    // its own).
                    let head = position(msg, b"\r\n\r\n")
                        .map(|n| n + 4)
                        .or_else(|| position(msg, b"\n\n").map(|n| n + 2))?;
                    let end = tcp_payload_end(d, i)?.max(r.end);
                    let rest = &data[at..end];
                    let item = if msg.len() > head { &msg[..head] } else { rest };
                    Some(Some((item, rest)))
                }
                "websocket" => {
                    let b1 = *msg.get(1)?;
                    let ext = match b1 & 0x7f {
                        126 => 2,
                        127 => 8,
                        _ => 0,
                    };
                    let header = 2 + ext + if b1 & 0x80 != 0 { 4 } else { 0 };
                    Some(Some((msg.get(..header)?, msg)))
                }
                "http2" | "dns" => Some(Some((msg, msg))),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether our IPv6 layer ends where tshark's IPv6 item does: tshark
/// also counts headers we do not walk (Authentication, Mobility, HIP,
/// Shim6, experimental) as part of it.
fn ipv6_item_known(data: &[u8], l: &crate::dissect::Layer<'_>) -> bool {
    let (start, end) = (l.span.start, l.span.end);
    let Some(&first) = data.get(start + 6) else {
        return false;
    };
    let (mut nh, mut off) = (first, start + 40);
    while off < end {
        let (Some(&next), Some(&len)) = (data.get(off), data.get(off + 1)) else {
            return false;
        };
        off += match nh {
            0 | 43 | 60 => (usize::from(len) + 1) * 8,
            44 => 8,
            _ => return false,
        };
        nh = next;
    }
    !matches!(nh, 51 | 135 | 139 | 140 | 253 | 254)
}

fn unreassembled_fragment(l: &crate::dissect::Layer<'_>) -> bool {
    let has = |def: &'static FieldDef| l.fields.iter().any(|f| std::ptr::eq(f.def, def));
    let fragmenting = l.fields.iter().any(|f| {
        (std::ptr::eq(f.def, f::ipv6::FRAGHDR_MORE) && f.value == Value::Bool(true))
            || (std::ptr::eq(f.def, f::ipv6::FRAGHDR_OFFSET) && f.value != Value::UInt(0))
    });
    fragmenting && !has(f::ipv6::REASSEMBLED_LENGTH) && l.span.len() >= 48
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
            Test::Ne(l) => !equal(v, l),
            Test::Contains(l) => contains(v, l),
            Test::Matches(re) => match v {
                Value::Str(s) => is_match(re, s.as_bytes()),
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
            "tcp.port in {80, 400..500}",
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
            "ip.flags.df == True",
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
            "dns.aaaa == fd99:1::/32",
            "ip.flags.mf == True",
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
    fn booleans_read_numbers_as_tshark_does() {
        for (a, b) in [
            ("ip.flags.df == 2", "ip.flags.df == 1"),
            ("ip.flags.df == 0x10", "ip.flags.df == True"),
            ("ip.flags.df != 7", "ip.flags.df == FALSE"),
            ("ip.flags.mf in {4294967296}", "ip.flags.mf == 1"),
        ] {
            assert_eq!(sel(a), sel(b), "{a} / {b}");
        }
        assert!(sel("ip.flags.df == 2") != sel("ip.flags.df == 0"));
    }

    #[test]
    fn keywords_are_lower_case_as_in_tshark() {
        for e in [
            "tcp AND udp",
            "NOT tcp",
            "frame.len EQ 60",
            "tcp.port IN {80}",
        ] {
            assert!(Filter::new(e).is_err(), "{e}");
        }
        // An upper-case word is a value: `IN` is DNS class 1.
        assert!(Filter::new("dns.qry.class == IN").is_ok());
        assert_eq!(sel("tcp.flags bitwise_and 0x02"), sel("tcp.flags & 0x02"));
    }

    #[test]
    fn second_pass_fields_are_never_set_in_one_pass() {
        // tshark -r (one pass) sets no forward reference: nothing has
        // them, their negation selects everything, and the user is told.
        for (e, selected) in [
            ("dns.response_in", false),
            ("!dns.response_in", true),
            ("http.response_in == 5 or tcp.reassembled_in", false),
            ("not icmp.resp_in", true),
        ] {
            let f = Filter::new(e).unwrap();
            assert_eq!(sel(e), selected, "{e}");
            assert!(
                f.warnings().iter().any(|w| w.contains("second pass")),
                "{e}: {:?}",
                f.warnings()
            );
        }
        assert!(Filter::new("dns.qry.name").unwrap().warnings().is_empty());
    }

    #[test]
    fn names_tshark_knows_that_we_do_not_decode_are_not_supported() {
        // tshark 4.0 takes each of these: refusing them as unknown names
        // would be wrong, and matching nothing a silent wrong answer.
        for e in [
            "rsh || ftp",
            "tcp.pdu.last_frame == 1",
            "diameter.cmd.code == 257",
            "bacapp[0] & 0x07 == 3",
        ] {
            let err = Filter::new(e).unwrap_err();
            assert!(
                err.message.starts_with("not supported: "),
                "{e}: {}",
                err.message
            );
        }
        // SNMP is decoded now: its fields and bytes are answered.
        for e in [
            "snmp.community contains \"pub\"",
            "snmp[0] & 0x07 == 3",
            "kerberos.msg_type == 10",
        ] {
            assert!(Filter::new(e).is_ok(), "{e}");
        }
        // Typos stay errors, under a protocol we decode or not, and so
        // do names below a field tshark does not have (tshark 4.0: "must
        // be a field or function").
        for e in [
            "tcp.completeness.str contains \"F\"",
            "tcp.prot == 80",
            "_ws.expert.messages",
            "ipv6.fraghdr.nxtt",
            "htttp",
        ] {
            let err = Filter::new(e).unwrap_err();
            assert!(
                err.message.starts_with("unknown field"),
                "{e}: {}",
                err.message
            );
        }
        // tshark 4.0's old protocol names.
        assert_eq!(sel("ssl"), sel("tls"));
        assert!(Filter::new("ssl.handshake.type == 1").is_ok());
        assert!(Filter::new("bootp.option.type == 53").is_ok());
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
        let e = Filter::new("data == 1").unwrap_err();
        assert!(
            e.message
                .starts_with("not supported: the bytes of the \"data\" protocol"),
            "{}",
            e.message
        );
        let e = Filter::new("http.host matches \"(\"").unwrap_err();
        assert_eq!(e.column, 19);
        assert_eq!(
            e.message,
            "Regex compilation error: missing closing parenthesis."
        );
    }

    /// Ethernet, IPv4, TCP and "GET /x" as real bytes, with the layers
    /// and fields a decoder would give them.
    fn wire_packet() -> Dissection<'static> {
        let mut data = vec![0xff; 6];
        data.extend([2, 0x99, 0, 0, 0, 1, 0x08, 0x00]);
        let ip_at = data.len();
        data.extend([
            0x45, 0, 0, 45, 0, 0, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
        ]);
        let tcp_at = data.len();
        data.extend([
            0x04, 0xd2, 0x00, 0x50, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x18, 0x10, 0,
        ]);
        data.extend([0, 0, 0, 0]);
        data.extend(b"GET /");
        data.extend([0, 0]); // Ethernet trailer
        let data: &'static [u8] = Box::leak(data.into_boxed_slice());
        let mut frame = Layer::new(Osi::Physical, "frame", 0..data.len());
        frame.uint(f::frame::LEN, data.len() as u64);
        frame.uint(f::frame::CAP_LEN, data.len() as u64);
        let mut eth = Layer::new(Osi::DataLink, "eth", 0..14);
        eth.push(f::eth::DST, Value::Mac([0xff; 6]));
        eth.push(f::eth::SRC, Value::Mac([2, 0x99, 0, 0, 0, 1]));
        let mut ip = Layer::new(Osi::Network, "ip", ip_at..ip_at + 20);
        ip.uint(f::ip::LEN, 45u64);
        ip.uint(f::ip::TTL, 64u64);
        ip.push(f::ip::SRC, Value::Ipv4([10, 0, 0, 1]));
        ip.push(f::ip::DST, Value::Ipv4([10, 0, 0, 2]));
        let mut tcp = Layer::new(Osi::Transport, "tcp", tcp_at..tcp_at + 20);
        tcp.uint(f::tcp::SRCPORT, 1234u16);
        tcp.uint(f::tcp::DSTPORT, 80u16);
        tcp.uint(f::tcp::FLAGS, 0x18u16);
        tcp.uint(f::tcp::LEN, 5u32);
        let mut http = Layer::new(Osi::Application, "http", tcp_at + 20..tcp_at + 25);
        http.str(f::http::REQUEST_METHOD, "GET");
        http.str(f::http::HOST, "www.Example.test");
        Dissection {
            data,
            layers: vec![frame, eth, ip, tcp, http],
            events: Vec::new(),
        }
    }

    fn wsel(expr: &str) -> bool {
        let f = Filter::new(expr).unwrap_or_else(|e| panic!("{}", e.render(expr)));
        f.matches(&wire_packet())
    }

    /// TCP, IPv4 and PPP options are protocols registered with the type
    /// FT_BYTES: tshark 4.0 computes `&` on their bytes
    /// (`tcp.options.nop & 1`, `tcp.options.mss & 00:00:ff`, frames 1-5 of
    /// PcapPlusPlus' three_http_streams) where it refuses `eth & 1`.
    #[test]
    fn options_registered_as_bytes_protocols_take_bitwise_and() {
        let mut d = wire_packet();
        let tcp = &mut d.layers[3];
        tcp.push(f::tcp::OPTIONS_NOP, Value::Bytes(vec![1].into()));
        tcp.push(
            f::tcp::OPTIONS_MSS,
            Value::Bytes(vec![2, 4, 5, 0xb4].into()),
        );
        let sel = |e: &str| {
            Filter::new(e)
                .unwrap_or_else(|err| panic!("{}", err.render(e)))
                .matches(&d)
        };
        assert!(sel("tcp.options.nop & 1"));
        assert!(sel("tcp.options.mss & 00:00:ff"));
        assert!(sel("tcp.options.nop & tcp.options.nop"));
        assert!(!sel("tcp.options.nop & 0"));
        assert!(!sel("tcp.options.mss & 01:00"));
        let err = Filter::new("eth & 1").err().map(|e| e.message);
        assert_eq!(err.as_deref(), Some("FT_PROTOCOL cannot &."));
        // What bytes cannot do, tshark refuses naming FT_BYTES.
        let err = Filter::new("tcp.options.nop + 1").err().map(|e| e.message);
        assert_eq!(err.as_deref(), Some("FT_BYTES cannot +."));
    }

    /// Constant arithmetic that overflows or divides by zero leaves tshark
    /// 4.0's register empty: a test over every pair holds, one over any
    /// pair does not (the field must still be there).
    #[test]
    fn overflowing_constants_have_no_value() {
        for e in [
            "frame.len != 4294967295 + 2",
            "frame.len === 4294967295 + 2",
            "all frame.len < 4294967295 + 2",
            "tcp.srcport != 1 / 0",
            "frame.len != 1 % 0",
        ] {
            assert!(wsel(e), "should select: {e}");
        }
        for e in [
            "frame.len == 4294967295 + 2",
            "frame.len !== 4294967295 + 2",
            "frame.len < 4294967295 + 2",
            "any frame.len != 4294967295 + 2",
            "udp.srcport != 1 / 0",
        ] {
            assert!(!wsel(e), "should not select: {e}");
        }
    }

    /// Plain hex of odd length is read as wsutil's hex_str_to_bytes reads
    /// it: runs of four or two digits, one at the end (tshark 4.0).
    #[test]
    fn odd_length_hex_is_bytes() {
        // The packet's Ethernet type is 08 00, then 45 00 (IPv4).
        for e in [
            "frame[12:2] == 080",
            "frame[14:2] == 450",
            "frame contains 0800450",
            "frame[12] == 8",
        ] {
            assert!(wsel(e), "should select: {e}");
        }
        // 47 04, 08 00 04, 08 00 45 00 (four bytes against three).
        for e in [
            "frame contains 474",
            "frame[12:3] == 08004",
            "frame[12:3] == 0800450",
        ] {
            assert!(!wsel(e), "should not select: {e}");
        }
    }

    #[test]
    fn shipped_macros_and_unquoted_dates() {
        assert!(wsel("${private_ipv4:ip.src} and tcp"));
        assert!(!wsel("${private_ipv4:ip.src} and !tcp"));
        assert!(!wsel("${private_ethernet:eth.dst}"));
        assert!(wsel("${private_ethernet:eth.src}"));
        assert!(Filter::new("frame.time >= 2020-01-01").is_ok());
        assert!(Filter::new("frame.time >= \"2020-1-1 1:2:3\"").is_ok());
    }

    #[test]
    fn one_byte_written_0x_nn() {
        let b0 = wire_packet().data[0];
        assert!(wsel(&format!("frame[0] == 0x{b0:02x}")));
        assert!(wsel(&format!("frame[0] == 0X{b0:02X}")));
        assert!(!wsel(&format!("frame[0] == 0x{:02x}", b0 ^ 1)));
        assert!(wsel(&format!("frame contains 0x{b0:02x}")));
    }

    #[test]
    fn general_expressions() {
        let yes = [
            "tcp.srcport > tcp.dstport",
            "tcp.dstport == tcp.dstport",
            "ip.src < ip.dst",
            "frame.cap_len == frame.len",
            "tcp.dstport + 1 == 81",
            "tcp.dstport == {tcp.dstport + 0}",
            "tcp.srcport - tcp.dstport == 1154",
            "tcp.dstport - 81 == -1",
            "tcp.dstport - 81 < 0",
            "-tcp.dstport == -80",
            "tcp.dstport * 2 / 4 == 40",
            "tcp.srcport % 1000 == 234",
            "tcp.dstport == 160 / 2",
            "frame.len - ip.len == 16",
            "tcp.flags & 0x08",
            "tcp.flags & 0x18 == 0x18",
            "ip.src & 255.0.0.0 == 10.0.0.0",
            "tcp.port - 80",
            "tcp.port - tcp.port",
            "frame contains \"GET\"",
            "frame contains 47:45:54",
            "frame matches \"get /\"",
            "eth contains \"GET\"",
            "ip contains \"GET\"",
            "tcp contains \"GET\"",
            "tcp matches \"(?-i)GET\"",
            "frame[-1] == 00",
            "frame[0:6] == ff:ff:ff:ff:ff:ff",
            "eth[0:6] == eth.dst",
            "eth[6:6] == eth.src",
            "eth[12:2] == 0800",
            "ip[9] == 6",
            "ip[12:4] == ip.src",
            "ip[-4:] == ip.dst",
            "tcp[2:2] == 00:50",
            "tcp[13] == 18",
            "frame[0:2,6:1] == ff:ff:02",
            "frame[0:8][6-7] == 02:99",
            "eth.src[1] == 99",
            "ip.src[0] == 0a",
            "http.host[0:3] == \"www\"",
            "http.host[-4:] == 74:65:73:74",
            "len(frame) == 61",
            "len(eth) == 14",
            "len(ip) == 20",
            "len(tcp) == 20",
            "len(http.host) == 16",
            "len(tcp.srcport) == 2",
            "len(ip.src) == 4",
            "count(tcp.port) == 2",
            "count(ip) == 1",
            "upper(http.host) == \"WWW.EXAMPLE.TEST\"",
            "lower(http.host) contains \"example\"",
            "string(tcp.dstport) == \"80\"",
            "string(ip.src) == \"10.0.0.1\"",
            "string(eth.src) == \"02:99:00:00:00:01\"",
            "abs(tcp.dstport - 81) == 1",
            "max(tcp.srcport, tcp.dstport) == 1234",
            "min(tcp.port) == 80",
            "max(ip.src, ip.dst) == 10.0.0.2",
            // A literal takes the first argument's type, or on the right
            // the other side's (tshark 4.0).
            "max(ip.ttl, 100) == 100",
            "min(tcp.srcport, 80, 0x10) == 16",
            "tcp.dstport == max(80, 1)",
            "ip.ttl == abs(-64)",
            "ip.src == max(ip.src, 9.0.0.1)",
            "ip.src#1 == 10.0.0.1",
            "ip#1",
            "tcp.port#[1-2] == 80",
            "tcp.port#[-1] == 80",
            "any tcp.port > 1024",
            "any tcp.port === 80",
            "all tcp.port > 10",
            "all tcp.port in {1..65535, 80}",
            "tcp.port !== 80",
            "tcp.srcport in {tcp.dstport, 1234}",
            "tcp.dstport in {79..tcp.dstport}",
            "tcp.dstport == 'P'",
            "frame[54] == 'G'",
            "tcp.dstport != -1",
            "!(tcp.port == ${tcp.port})",
            ".tcp.port == 80",
            // Forms from Wireshark's own test suite (test/suite_dfilter),
            // as tshark 4.0 reads them.
            "tcp.dstport == + 80",
            "+tcp.dstport == 80",
            "tcp.dstport == 81 -1",
            "frame[ 0 : 2 ] == ff:ff",
            "frame[0x0:0x2] == ff:ff",
            "frame[0 - 1] == ff:ff",
            "ip.src >= 10.0.0.2/24",
            "ip.src < 10.0.0.3/31",
            "http.host contains 'w'",
            "all tcp.port in {1 .. 65535}",
            "tcp.port#[ 1 ] == 80",
        ];
        for e in yes {
            assert!(wsel(e), "should select: {e}");
        }
        let no = [
            "tcp.srcport < tcp.dstport",
            "ip.src == ip.dst",
            "tcp.dstport - 81 > 0",
            "tcp.dstport / 0 == 0",
            "frame.len * 4294967295 > 0",
            "frame.len + 4294967295 > 0",
            "tcp.dstport > -1",
            "tcp.dstport == -80",
            "tcp.flags & 0x01",
            "frame[61:]",
            "frame[60:2]",
            "ip[20]",
            "ip[9] == 06:00",
            "udp contains \"GET\"",
            "tcp[-1] == 00:00",
            "frame[0:2] < 03",
            "ip.src#2",
            "all tcp.port in {80, 1234}",
            // tshark 4.0 reads `all f in {a, b..c}` as `all f == a ||
            // all f in b..c`.
            "all tcp.port in {80, 1000..2000}",
            "ip.src > 10.0.0.0/24",
            "ip.src < 10.0.0.2/24",
            "${ip.src#1} == ip.src",
            "http.host contains 'z'",
            "ip#2",
            "tcp.port#0 == 80",
            "all tcp.port > 1024",
            "tcp.port === 80",
            "all tcp.port !== 80",
            "tcp.port == ${tcp.port}",
            "count(udp.port) == 0",
            "ip.src[0] == 10",
        ];
        for e in no {
            assert!(!wsel(e), "should not select: {e}");
        }
    }

    #[test]
    fn bytes_of_reassembled_layers_are_unanswered() {
        let mut d = wire_packet();
        // As if TCP came out of a reassembled IP datagram.
        d.layers[3].span = 34..34;
        let f = |e: &str| Filter::new(e).unwrap();
        assert_eq!(
            f("tcp contains \"GET\"").evaluate(&d),
            Err(Unanswered(false))
        );
        assert_eq!(f("len(tcp) > 0").evaluate(&d), Err(Unanswered(false)));
        assert_eq!(f("tcp.dstport == 80").evaluate(&d), Ok(true));
        assert_eq!(f("count(tcp) == 1").evaluate(&d), Ok(true));
        assert_eq!(f("tcp#1").evaluate(&d), Ok(true));
        assert_eq!(f("frame contains \"GET\"").evaluate(&d), Ok(true));
        assert!(!f("tcp contains \"GET\"").matches(&d));
    }

    /// A TCP segment carrying `payload`, and the application layers made
    /// by `apps` from the payload's offset in the frame.
    fn segment_with(
        payload: &[u8],
        apps: impl FnOnce(usize) -> Vec<Layer<'static>>,
    ) -> Dissection<'static> {
        let mut data = vec![0xff; 6];
        data.extend([2, 0x99, 0, 0, 0, 1, 0x08, 0x00]);
        let ip_len = 40 + payload.len();
        data.extend([
            0x45,
            0,
            (ip_len >> 8) as u8,
            ip_len as u8,
            0,
            0,
            0x40,
            0,
            64,
            6,
        ]);
        data.extend([0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
        data.extend([
            0x04, 0xd2, 0x00, 0x50, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x18, 0x10, 0,
        ]);
        data.extend([0, 0, 0, 0]);
        let at = data.len();
        data.extend(payload);
        data.extend([0, 0]); // Ethernet trailer
        let data: &'static [u8] = Box::leak(data.into_boxed_slice());
        let frame = Layer::new(Osi::Physical, "frame", 0..data.len());
        let eth = Layer::new(Osi::DataLink, "eth", 0..14);
        let mut ip = Layer::new(Osi::Network, "ip", 14..34);
        ip.uint(f::ip::LEN, ip_len as u64);
        let tcp = Layer::new(Osi::Transport, "tcp", 34..at);
        let mut layers = vec![frame, eth, ip, tcp];
        layers.push(Layer::new(Osi::Session, "session", at..at));
        layers.extend(apps(at));
        Dissection {
            data,
            layers,
            events: Vec::new(),
        }
    }

    fn app(protocol: &'static str, at: usize, origin: crate::dissect::Origin) -> Layer<'static> {
        let mut l = Layer::new(Osi::Application, protocol, at..at + 1);
        l.origin = origin;
        l
    }

    #[test]
    fn application_layers_bytes_are_their_items() {
        use crate::dissect::Origin;
        let f = |e: &str| Filter::new(e).unwrap_or_else(|x| panic!("{}", x.render(e)));
        // An HTTP request without a body: tshark's item runs to the end of
        // the segment (not into the Ethernet trailer).
        let req = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        let d = segment_with(req, |at| {
            vec![app("http", at, Origin::Message(at..at + req.len()))]
        });
        assert_eq!(f("http[0:3] == \"GET\"").evaluate(&d), Ok(true));
        assert_eq!(f("len(http) == 27").evaluate(&d), Ok(true));
        assert_eq!(f("http contains \"Host\"").evaluate(&d), Ok(true));
        // With a body, the item stops after the headers; `contains` still
        // searches the body.
        let resp = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
        let d = segment_with(resp, |at| {
            vec![app("http", at, Origin::Message(at..at + resp.len()))]
        });
        assert_eq!(f("len(http) == 38").evaluate(&d), Ok(true));
        assert_eq!(f("http[-2:] == 0d:0a").evaluate(&d), Ok(true));
        assert_eq!(f("http contains \"hi\"").evaluate(&d), Ok(true));
        // Reassembled from several segments: no answer from this frame.
        let d = segment_with(req, |at| vec![app("http", at, Origin::Elsewhere)]);
        assert_eq!(f("len(http) > 0").evaluate(&d), Err(Unanswered(false)));
        assert_eq!(f("http").evaluate(&d), Ok(true));
        // Two TLS records in one segment are one tshark item, from the
        // first record to the end of the segment.
        let recs = [&[0x16, 3, 1, 0, 1, 0xaa][..], &[0x14, 3, 3, 0, 1, 1]].concat();
        let d = segment_with(&recs, |at| {
            vec![
                app("tls", at, Origin::Message(at..at + 6)),
                app("tls", at, Origin::Message(at + 6..at + 12)),
            ]
        });
        assert_eq!(f("len(tls) == 12").evaluate(&d), Ok(true));
        assert_eq!(f("tls[0] == 14").evaluate(&d), Ok(false));
        // One item: tshark counts one (tcp_app_fields'
        // layer_numbers_count_dissector_calls has its answer).
        assert_eq!(f("count(tls) == 1").evaluate(&d), Ok(true));
        // A WebSocket item is the frame header (with its mask key).
        let ws = [0x81, 0x82, 1, 2, 3, 4, b'h' ^ 1, b'i' ^ 2];
        let d = segment_with(&ws, |at| {
            vec![app("websocket", at, Origin::Message(at..at + ws.len()))]
        });
        assert_eq!(f("len(websocket) == 6").evaluate(&d), Ok(true));
        assert_eq!(f("websocket[0] == 81").evaluate(&d), Ok(true));
        // TLS decoded from QUIC's decrypted CRYPTO frames is not in the frame.
        let mut d = segment_with(&recs, |at| vec![app("tls", at, Origin::Span)]);
        d.layers[3].protocol = "udp";
        assert_eq!(f("tls[0] == 16").evaluate(&d), Err(Unanswered(false)));
    }

    #[test]
    fn a_protocol_name_that_reads_as_a_byte_matches_nothing_with_a_warning() {
        let d = wire_packet();
        for e in [
            "frame[0] == ff",
            "frame[0] != ff",
            "frame[0] !== ff",
            "frame contains ff",
            "eth[0:2] == fc",
        ] {
            let filter = Filter::new(e).unwrap_or_else(|x| panic!("{}", x.render(e)));
            assert_eq!(filter.evaluate(&d), Ok(false), "{e}");
            assert!(
                filter.warnings()[0].contains("read as a Wireshark protocol name"),
                "{e}: {:?}",
                filter.warnings()
            );
        }
        // The byte itself.
        assert!(Filter::new("frame[0] == \"\\xff\"").unwrap().matches(&d));
        assert!(Filter::new("frame[0] == fe").unwrap().warnings().is_empty());
    }

    #[test]
    fn general_expressions_refused_like_tshark() {
        for (expr, msg) in [
            (
                "tcp.srcport == ip.src",
                "tcp.srcport and ip.src are not of compatible types.",
            ),
            ("ip.src + 1 == 10.0.0.2", "FT_IPv4 cannot +."),
            ("frame.time + 1 > frame.time", "FT_ABSOLUTE_TIME cannot +."),
            ("tcp.srcport * tcp.flags.syn == 0", "FT_BOOLEAN cannot *."),
            (
                "eth.dst == \"ffffff\"",
                "Ethernet or other MAC address cannot be converted from a string (\"ffffff\").",
            ),
            // `contains` converts its needle to a MAC address too.
            (
                "eth.dst contains \"ff:\"",
                "Ethernet or other MAC address cannot be converted from a string (\"ff:\").",
            ),
            (
                "eth.src contains 'a'",
                "Character constant 'a' (0x61) cannot be converted to Ethernet or other MAC address.",
            ),
            // A character constant is refused by every address type, on
            // `==` as on `contains`.
            (
                "ip.src == 'a'",
                "Character constant 'a' (0x61) cannot be converted to IPv4 address.",
            ),
            (
                "eth.dst == 'a'",
                "Character constant 'a' (0x61) cannot be converted to Ethernet or other MAC address.",
            ),
            (
                "eth.dst contains ff.ff.ff.ff.ff.ff.ff",
                "\"ff.ff.ff.ff.ff.ff.ff\" contains too many bytes to be a valid Ethernet address.",
            ),
            (
                "tcp.srcport + 70000 == 1",
                "\"70000\" too big for this field",
            ),
            (
                "1 == 1",
                "Left side of \"==\" expression must be a field or function, not 1.",
            ),
            (
                "{1 + 1} == 2",
                "Constant arithmetic expression on the LHS is invalid.",
            ),
            (
                "len(http.host)",
                "You cannot test whether a function is present.",
            ),
            ("vals(tcp.flags) == 2", "Function 'vals' does not exist"),
            (
                "len(eth[0:2]) == 2",
                "Only fields can be used as parameter for len()",
            ),
            (
                "upper(ip.src) == \"X\"",
                "Only string type fields can be used as parameter for upper()",
            ),
            (
                "string(http.host) == \"x\"",
                "String conversion for field \"http.host\" is not supported",
            ),
            (
                "max(frame.len, ip.len) == 1",
                "Arguments to 'max' must have the same type",
            ),
            (
                "max(64, ip.ttl) == 64",
                "Argument '64' is not valid for max()",
            ),
            (
                "max(http.host, \"zz\") == \"zz\"",
                "Argument '\"zz\"' is not valid for max()",
            ),
            ("max(ip.ttl, 300) == 1", "\"300\" too big for this field"),
            ("min(ip.ttl, -1) == 1", "not supported: a negative constant"),
            (
                "tcp.dstport == 'a' + 1",
                "'a' is not a valid arithmetic operand.",
            ),
            (
                "tcp.dstport == -'a'",
                "'a' is not a valid arithmetic operand.",
            ),
            ("tcp.port# 1 == 80", "Expected digit or \"[\", not \" \""),
            (
                "frame[2147483648]",
                "\"2147483648\" causes an integer overflow.",
            ),
            (
                "frame[0:2147483648]",
                "\"0:2147483648\" is not a valid range",
            ),
            (
                "tcp.port#4294967296",
                "\"4294967296\" causes an integer overflow.",
            ),
            (
                "frame.time_delta < 1.",
                "\".\" was unexpected in this context.",
            ),
            ("+{frame.len} == 1", "\"{\" was unexpected in this context."),
            (
                "ip.ttl == nan",
                "ip.ttl and nan are not of compatible types.",
            ),
            (
                "http.host == x11",
                "http.host and x11 are not of compatible types.",
            ),
            (
                "http.host in {\"a\", x11}",
                "http.host and x11 are not of compatible types.",
            ),
            // A protocol osidump decodes without its bytes, on either side.
            (
                "vnc == http.host",
                "vnc and http.host are not of compatible types.",
            ),
            (
                "tcp.port == vnc",
                "tcp.port and vnc are not of compatible types.",
            ),
            ("frame[0:2] == ff:ff -1", "FT_BYTES cannot -."),
            (
                "http.host matches \"\\\\u0077\"",
                "Regex compilation error: PCRE2 does not support",
            ),
            // PCRE2's own messages: `u` is no option letter of its.
            (
                "http.host matches \"(?u)local\"",
                "Regex compilation error: unrecognized character after (? or (?-.",
            ),
            (
                "http.host matches \"[]a](?i-u:local)\"",
                "Regex compilation error: unrecognized character after (? or (?-.",
            ),
            (
                "http.host matches \"(*UTF)a\"",
                "Regex compilation error: using UTF is disabled by the application.",
            ),
            (
                "http.host matches \"\\\\8\"",
                "Regex compilation error: reference to non-existent subpattern.",
            ),
            ("frame.time_delta != 1.0 * 2", "FT_RELATIVE_TIME cannot *."),
            ("frame.time_delta > 1 % 2", "FT_RELATIVE_TIME cannot %."),
            ("frame.time_delta > 1 & 1", "FT_RELATIVE_TIME cannot &."),
            (
                "ntp.stratum == \"primary reference\"",
                "\"ntp.stratum\" cannot accept [range] strings as values.",
            ),
            (
                "frame.time >= 2020-01-01T00:00:00",
                "\":00:00\" was unexpected in this context.",
            ),
            (
                "frame.time >= \"2020-01-01T00\"",
                "Unexpected data after time value.",
            ),
            ("${nosuch:ip.src}", "macro 'nosuch' does not exist"),
            (
                "tcp.srcport[0] == 0",
                "\"tcp.srcport\" is a FT_UINT16 and cannot be sliced",
            ),
            (
                "tcp.port contains 00",
                "tcp.port (type=FT_UINT16) cannot participate in contains",
            ),
            (
                "http.host matches http.host",
                "Matches requires a double quoted string",
            ),
            (
                "frame[0] in {02, 03}",
                "Only a field may be tested for membership in a set.",
            ),
            (
                "frame contains eth.src",
                "frame and eth.src are not of compatible types.",
            ),
            ("frame[0] == zz", "\"zz\" is not a valid byte string."),
            // One byte is `0xNN`, two digits exactly (tshark 4.0).
            ("frame[0] == 0x2", "\"0x2\" is not a valid byte string."),
            (
                "frame[0:2] == 0x0299",
                "\"0x0299\" is not a valid byte string.",
            ),
            // An Ethernet address literal that is not six bytes is an
            // error, never zero matches.
            (
                "eth.src == 02",
                "\"02\" contains too few bytes to be a valid Ethernet address",
            ),
            (
                "eth.src == 0x02",
                "\"0x02\" contains too few bytes to be a valid Ethernet address",
            ),
            (
                "eth.src == broadcast",
                "\"broadcast\" is not a valid Ethernet address.",
            ),
            (
                "data contains \"GET\"",
                "not supported: the bytes of the \"data\" protocol",
            ),
            (
                "eth.src == ff",
                "not supported: \"ff\" is a Wireshark protocol or field name",
            ),
            ("tcp.srcport == - -80", "unexpected"),
            (
                "frame.len == -2147483648",
                "2147483648: 2147483648 overflows gint32",
            ),
        ] {
            let e = Filter::new(expr).expect_err(expr);
            assert!(e.message.starts_with(msg), "{expr}: {}", e.message);
        }
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
        assert_eq!(parse_bytes("ff:FF:00"), Some(vec![0xff, 0xff, 0]));
        assert_eq!(parse_bytes("ff:FF:0"), None);
        assert_eq!(parse_bytes("ff-FF-0"), Some(vec![0xff, 0xff, 0]));
        assert_eq!(
            parse_bytes("0299.0000.0001"),
            Some(vec![2, 0x99, 0, 0, 0, 1])
        );
        assert_eq!(parse_bytes("fd99::1"), None);
        // As wsutil's hex_str_to_bytes reads them (tshark 4.0 selects
        // frame[0:4] == 0299.0000 and frame[0:3] == 0299.0).
        assert_eq!(parse_bytes("0299.0000"), Some(vec![2, 0x99, 0, 0]));
        assert_eq!(parse_bytes("02-9900"), Some(vec![2, 0x99, 0]));
        assert_eq!(parse_bytes("0299.0"), Some(vec![2, 0x99, 0]));
        assert_eq!(parse_bytes("029.900"), Some(vec![2, 9, 0x90, 0]));
        assert_eq!(parse_bytes("0299."), None);
        assert_eq!(parse_bytes("02..99"), None);
        assert_eq!(parse_bytes("ff"), None);
        assert_eq!(parse_time("1.5"), Some(1_500_000_000));
        assert_eq!(parse_time("7"), Some(7_000_000_000));
        // As tshark 4.0 reads relative times.
        assert_eq!(parse_time("1.0e-3"), Some(1_000_000_000));
        assert_eq!(parse_time("1.5.5"), Some(1_500_000_000));
        assert_eq!(parse_time("0.000024x"), Some(24_000));
        assert_eq!(parse_time("0.0000240000"), Some(24_000));
        assert_eq!(parse_time("0.0000240001"), None);
        assert_eq!(parse_time("+1"), Some(1_000_000_000));
        assert_eq!(parse_time("-0.5"), Some(-500_000_000));
        for bad in ["1e2", "1x", "0x10", "-", "", "x1"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
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
