//! Lexer and parser: expression text to an [`Ast`] whose every node keeps
//! the columns it came from, so later errors (unknown field, bad regex) can
//! point at them. Positions are counted in chars, not bytes.

use std::fmt;

/// A filter that could not be compiled: what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    /// 1-based column (in chars) of the offending text.
    pub column: usize,
    /// How many chars it covers (at least 1).
    pub len: usize,
    pub message: String,
}

impl FilterError {
    pub(crate) fn at(span: Span, message: impl Into<String>) -> Self {
        FilterError {
            column: span.start + 1,
            len: (span.end - span.start).max(1),
            message: message.into(),
        }
    }

    /// The message, then the expression with a caret under the culprit:
    ///
    /// ```text
    /// unknown field "dns.qry.nme"; did you mean "dns.qry.name"?
    ///   dns.qry.nme == "x"
    ///   ^~~~~~~~~~~
    /// ```
    pub fn render(&self, expr: &str) -> String {
        let pad = " ".repeat(self.column - 1);
        let tildes = "~".repeat(self.len - 1);
        format!("{}\n  {expr}\n  {pad}^{tildes}", self.message)
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

impl std::error::Error for FilterError {}

/// Half-open range of char positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CmpOp {
    Eq,
    /// `===`: every occurrence equals.
    AllEq,
    /// `!=`: present, and every occurrence differs.
    AllNe,
    /// `!==`, `~=`: some occurrence differs.
    AnyNe,
    Lt,
    Le,
    Gt,
    Ge,
    Contains,
    Matches,
}

/// `any` / `all` before a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quant {
    Any,
    All,
}

/// Arithmetic and bitwise operators (`{ }` groups them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    BitAnd,
}

/// A value as written; typed later, against each field's values.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Literal {
    /// Unescaped text of a string (lossy where `\xff` escapes made it
    /// invalid UTF-8), or the bare word.
    pub text: String,
    /// A string's bytes, escapes applied; empty for a bare word.
    pub bytes: Vec<u8>,
    pub quoted: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Name {
    pub text: String,
    pub span: Span,
}

/// One range of a slice or layer selector, as written: `[i]`, `[i:n]`,
/// `[i-j]`, `[i:]`, `[:n]` (indices may be negative: from the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Range {
    /// One element at this index.
    One(i64),
    /// From this index, this many (positive) elements.
    Len(i64, i64),
    /// From the first index to the second, inclusive.
    To(i64, i64),
    /// From this index to the end.
    ToEnd(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Ranges {
    pub ranges: Vec<Range>,
    pub span: Span,
}

/// Something that has values: the sides of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// A field or protocol name (or, on the right of a comparison, maybe a
    /// bare value: decided when compiling), with an optional `#layer`.
    Name(Name, Option<Ranges>),
    /// A string, a char constant or a bare value word.
    Lit(Literal),
    /// `${field}`: a field of the selected packet (tshark has none).
    FieldRef(Name),
    Slice(Box<Expr>, Ranges),
    Call(Name, Vec<Expr>, Span),
    Arith(ArithOp, Box<Expr>, Box<Expr>, Span),
    Neg(Box<Expr>, Span),
}

impl Expr {
    pub(crate) fn span(&self) -> Span {
        match self {
            Expr::Name(n, None) | Expr::FieldRef(n) => n.span,
            Expr::Name(n, Some(r)) => n.span.to(r.span),
            Expr::Lit(l) => l.span,
            Expr::Slice(e, r) => e.span().to(r.span),
            Expr::Call(_, _, s) | Expr::Arith(_, _, _, s) | Expr::Neg(_, s) => *s,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SetItem {
    One(Expr),
    Range(Expr, Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ast {
    Or(Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    /// A bare expression: a field or protocol is present, a slice exists,
    /// an arithmetic or bitwise result is not zero.
    Exists(Expr),
    Compare(Option<Quant>, Expr, CmpOp, Expr, Span),
    In(Option<Quant>, Expr, Vec<SetItem>),
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    LParen,
    RParen,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Comma,
    DotDot,
    Hash,
    /// `${`
    DollarBrace,
    Op(CmpOp),
    Arith(ArithOp),
    And,
    Or,
    Not,
    In,
    Any,
    All,
    Str(Vec<u8>),
    Char(Vec<u8>),
    Word(String),
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::LParen => "\"(\"".into(),
            Tok::RParen => "\")\"".into(),
            Tok::LBrace => "\"{\"".into(),
            Tok::RBrace => "\"}\"".into(),
            Tok::LBracket => "\"[\"".into(),
            Tok::RBracket => "\"]\"".into(),
            Tok::Comma => "\",\"".into(),
            Tok::DotDot => "\"..\"".into(),
            Tok::Hash => "\"#\"".into(),
            Tok::DollarBrace => "\"${\"".into(),
            Tok::Op(_) => "an operator".into(),
            Tok::Arith(_) => "an arithmetic operator".into(),
            Tok::And => "\"and\"".into(),
            Tok::Or => "\"or\"".into(),
            Tok::Not => "\"not\"".into(),
            Tok::In => "\"in\"".into(),
            Tok::Any => "\"any\"".into(),
            Tok::All => "\"all\"".into(),
            Tok::Str(_) => "a string".into(),
            Tok::Char(_) => "a character constant".into(),
            Tok::Word(w) => format!("\"{w}\""),
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-')
}

/// How many characters of a CIDR prefix (`/` and its digits) follow a word
/// at `j`: tshark 4.0 keeps `/bits` in the literal only after an IPv4 or
/// IPv6 address (`10.0.0.0/8`, `fd00::/8`); everywhere else "/" divides
/// (`1.0/0`, `tcp.len/2`, `foo/bar` are arithmetic, not words).
fn cidr_suffix_len(word: &str, src: &[char], j: usize) -> usize {
    if src.get(j) != Some(&'/') {
        return 0;
    }
    let digits = src[j + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let is_address = word.parse::<std::net::Ipv4Addr>().is_ok()
        || (word.contains(':') && word.parse::<std::net::Ipv6Addr>().is_ok());
    if digits > 0 && is_address {
        1 + digits
    } else {
        0
    }
}

/// Whether a token ends a value, so that a following "+" is an operator.
fn ends_value(t: Option<&(Tok, Span)>) -> bool {
    matches!(
        t,
        Some((
            Tok::RParen | Tok::RBrace | Tok::RBracket | Tok::Str(_) | Tok::Char(_) | Tok::Word(_),
            _
        ))
    )
}

fn lex(src: &[char]) -> Result<Vec<(Tok, Span)>, FilterError> {
    let mut toks = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        let start = i;
        let next = src.get(i + 1).copied();
        let one = |start| Span {
            start,
            end: start + 1,
        };
        let (tok, len) = match (c, next) {
            (c, _) if c.is_whitespace() => {
                i += 1;
                continue;
            }
            ('(', _) => (Tok::LParen, 1),
            (')', _) => (Tok::RParen, 1),
            ('{', _) => (Tok::LBrace, 1),
            ('}', _) => (Tok::RBrace, 1),
            ('[', _) => {
                // Inside brackets tshark 4.0 reads ranges, blanks allowed
                // around ":", "-" and "," (`frame[ 0 : 2 ]`).
                toks.push((Tok::LBracket, one(i)));
                let mut j = i + 1;
                let mut part = String::new();
                let mut pstart = j;
                let mut blank = false;
                let mut closed = false;
                let flush = |toks: &mut Vec<(Tok, Span)>, part: &mut String, pstart, end| {
                    if !part.is_empty() {
                        toks.push((Tok::Word(std::mem::take(part)), Span { start: pstart, end }));
                    }
                };
                while let Some(&c) = src.get(j) {
                    match c {
                        ']' | ',' => {
                            flush(&mut toks, &mut part, pstart, j);
                            toks.push((if c == ']' { Tok::RBracket } else { Tok::Comma }, one(j)));
                            if c == ']' {
                                j += 1;
                                closed = true;
                                break;
                            }
                        }
                        c if c.is_whitespace() => blank = !part.is_empty(),
                        c => {
                            if part.is_empty() {
                                pstart = j;
                            } else if blank
                                && c.is_ascii_alphanumeric()
                                && part.ends_with(|p: char| p.is_ascii_alphanumeric())
                            {
                                // Two numbers apart: not one range.
                                part.push(' ');
                            }
                            blank = false;
                            part.push(c);
                        }
                    }
                    j += 1;
                }
                if !closed {
                    flush(&mut toks, &mut part, pstart, j);
                }
                i = j;
                continue;
            }
            (']', _) => (Tok::RBracket, 1),
            (',', _) => (Tok::Comma, 1),
            ('#', Some(n)) if n.is_whitespace() => {
                return Err(FilterError::at(
                    Span {
                        start: i + 1,
                        end: i + 2,
                    },
                    format!("Expected digit or \"[\", not \"{n}\""),
                ));
            }
            ('#', _) => (Tok::Hash, 1),
            ('$', Some('{')) => (Tok::DollarBrace, 2),
            ('.', Some('.')) => (Tok::DotDot, 2),
            ('=', Some('=')) if src.get(i + 2) == Some(&'=') => (Tok::Op(CmpOp::AllEq), 3),
            ('=', Some('=')) => (Tok::Op(CmpOp::Eq), 2),
            ('!', Some('=')) if src.get(i + 2) == Some(&'=') => (Tok::Op(CmpOp::AnyNe), 3),
            ('!', Some('=')) => (Tok::Op(CmpOp::AllNe), 2),
            ('!', _) => (Tok::Not, 1),
            ('~', Some('=')) => (Tok::Op(CmpOp::AnyNe), 2),
            ('~', _) => (Tok::Op(CmpOp::Matches), 1),
            ('<', Some('=')) => (Tok::Op(CmpOp::Le), 2),
            ('<', _) => (Tok::Op(CmpOp::Lt), 1),
            ('>', Some('=')) => (Tok::Op(CmpOp::Ge), 2),
            ('>', _) => (Tok::Op(CmpOp::Gt), 1),
            ('&', Some('&')) => (Tok::And, 2),
            ('&', _) => (Tok::Arith(ArithOp::BitAnd), 1),
            ('|', Some('|')) => (Tok::Or, 2),
            // A sign where a value starts is part of the number (`< +1`,
            // as tshark 4.0 reads it); elsewhere "+" adds.
            ('+', Some(d)) if d.is_ascii_digit() && !ends_value(toks.last()) => {
                let mut j = i + 1;
                while j < src.len()
                    && is_word_char(src[j])
                    && !(src[j] == '.' && src.get(j + 1) == Some(&'.'))
                {
                    j += 1;
                }
                (Tok::Word(src[i..j].iter().collect()), j - i)
            }
            // A unary plus before a field or a number is nothing (tshark
            // 4.0 takes `+tcp.dstport`, `== + 1`; not `+{` or `+-`).
            ('+', _) if !ends_value(toks.last()) => {
                let mut j = i + 1;
                while src.get(j).is_some_and(|c| c.is_whitespace()) {
                    j += 1;
                }
                match src.get(j) {
                    Some(&c) if c.is_ascii_alphanumeric() || c == '_' => {
                        i = j;
                        continue;
                    }
                    Some(&c) => {
                        return Err(FilterError::at(
                            one(j),
                            format!("\"{c}\" was unexpected in this context."),
                        ));
                    }
                    None => (Tok::Arith(ArithOp::Add), 1),
                }
            }
            ('+', _) => (Tok::Arith(ArithOp::Add), 1),
            // After a value and a blank, "-" subtracts (`2 -1`, as tshark
            // 4.0 reads it); glued to a word it is part of it (`68-1`).
            ('-', _) if i > 0 && src[i - 1].is_whitespace() && ends_value(toks.last()) => {
                (Tok::Arith(ArithOp::Sub), 1)
            }
            ('*', _) => (Tok::Arith(ArithOp::Mul), 1),
            ('%', _) => (Tok::Arith(ArithOp::Mod), 1),
            // "-" is a word character (-1, mac-lte); alone it is an
            // operator. "/" always divides, except in an address's CIDR
            // prefix (`cidr_suffix_len`).
            ('-', _) if !next.is_some_and(is_word_char) => (Tok::Arith(ArithOp::Sub), 1),
            ('/', _) => (Tok::Arith(ArithOp::Div), 1),
            ('"', _) => {
                let (s, len) = lex_string(src, i, false, '"')?;
                (Tok::Str(s), len)
            }
            ('\'', _) => {
                // tshark 4.0 refuses '\n' (and only that escape) as too
                // long, where C reads a newline: refuse it as it does.
                if src.get(i + 1..i + 4) == Some(&['\\', 'n', '\''][..]) {
                    return Err(FilterError::at(
                        Span {
                            start: i,
                            end: i + 4,
                        },
                        "'\\n' is too long to be a valid character constant.",
                    ));
                }
                let (s, len) = lex_string(src, i, false, '\'')?;
                (Tok::Char(s), len)
            }
            ('r' | 'R', Some('"')) => {
                let (s, len) = lex_string(src, i + 1, true, '"')?;
                (Tok::Str(s), len + 1)
            }
            (c, _) if is_word_char(c) => {
                let mut j = i;
                // A word stops before "..", the range operator.
                while j < src.len()
                    && is_word_char(src[j])
                    && !(src[j] == '.' && src.get(j + 1) == Some(&'.'))
                {
                    j += 1;
                }
                let mut w: String = src[i..j].iter().collect();
                let cidr = cidr_suffix_len(&w, src, j);
                if cidr > 0 {
                    w.extend(&src[j..j + cidr]);
                    j += cidr;
                }
                if w.len() > 1 && w.ends_with('.') {
                    return Err(FilterError::at(
                        one(j - 1),
                        "\".\" was unexpected in this context.",
                    ));
                }
                // Keywords are lower case only, as in tshark 4.0: "AND",
                // "Eq" or "IN" are words (`dns.qry.class == IN` is a value).
                let tok = match w.as_str() {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "not" => Tok::Not,
                    "in" => Tok::In,
                    "any" => Tok::Any,
                    "all" => Tok::All,
                    "eq" => Tok::Op(CmpOp::Eq),
                    "ne" => Tok::Op(CmpOp::AllNe),
                    // tshark 4.0's words for "==", "===", "!=" and "!==".
                    "any_eq" => Tok::Op(CmpOp::Eq),
                    "all_eq" => Tok::Op(CmpOp::AllEq),
                    "all_ne" => Tok::Op(CmpOp::AllNe),
                    "any_ne" => Tok::Op(CmpOp::AnyNe),
                    "lt" => Tok::Op(CmpOp::Lt),
                    "le" => Tok::Op(CmpOp::Le),
                    "gt" => Tok::Op(CmpOp::Gt),
                    "ge" => Tok::Op(CmpOp::Ge),
                    "contains" => Tok::Op(CmpOp::Contains),
                    "matches" => Tok::Op(CmpOp::Matches),
                    "bitwise_and" => Tok::Arith(ArithOp::BitAnd),
                    _ if w.eq_ignore_ascii_case("bitand") || w.eq_ignore_ascii_case("xor") => {
                        return Err(FilterError::at(
                            Span { start, end: j },
                            format!(
                                "not supported: the \"{w}\" operator (tshark 4.0 has no such keyword{})",
                                if w.eq_ignore_ascii_case("bitand") {
                                    "; write \"&\""
                                } else {
                                    ""
                                }
                            ),
                        ));
                    }
                    _ => Tok::Word(w),
                };
                (tok, j - i)
            }
            ('^', Some('^')) => {
                return Err(FilterError::at(
                    Span {
                        start,
                        end: start + 2,
                    },
                    "not supported: the \"^^\" (xor) operator (tshark 4.0 has none)",
                ));
            }
            ('=', _) => {
                return Err(FilterError::at(
                    one(start),
                    "\"=\" is not an operator; did you mean \"==\"?",
                ));
            }
            (c, _) => {
                return Err(FilterError::at(
                    one(start),
                    format!("unexpected character {c:?}"),
                ));
            }
        };
        i += len;
        toks.push((tok, Span { start, end: i }));
    }
    Ok(toks)
}

/// A string starting at the quote `src[at]`: its unescaped text and the
/// number of chars it spans, quotes included.
fn lex_string(
    src: &[char],
    at: usize,
    raw: bool,
    quote: char,
) -> Result<(Vec<u8>, usize), FilterError> {
    let mut out = Vec::new();
    let push =
        |out: &mut Vec<u8>, c: char| out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    let mut i = at + 1;
    let err = |s: usize, e: usize, m: &str| Err(FilterError::at(Span { start: s, end: e }, m));
    loop {
        let Some(&c) = src.get(i) else {
            return err(at, src.len(), "unterminated string");
        };
        match c {
            c if c == quote => return Ok((out, i + 1 - at)),
            '\\' if raw => {
                // Raw strings keep backslashes; \" still doesn't end them.
                out.push(b'\\');
                if let Some(&n) = src.get(i + 1) {
                    push(&mut out, n);
                }
                i += 2;
            }
            '\\' => {
                let Some(&e) = src.get(i + 1) else {
                    return err(at, src.len(), "unterminated string");
                };
                let simple = match e {
                    'a' => Some('\x07'),
                    'b' => Some('\x08'),
                    'f' => Some('\x0c'),
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'v' => Some('\x0b'),
                    '\\' | '"' | '\'' => Some(e),
                    _ => None,
                };
                if let Some(s) = simple {
                    push(&mut out, s);
                    i += 2;
                    continue;
                }
                let (radix, skip, max) = match e {
                    'x' => (16, 2, 2),
                    'u' => (16, 2, 4),
                    'U' => (16, 2, 8),
                    '0'..='7' => (8, 1, 3),
                    _ => return err(i, i + 2, "unknown escape sequence"),
                };
                let digits: String = src[i + skip..]
                    .iter()
                    .take(max)
                    .take_while(|d| d.is_digit(radix))
                    .collect();
                let code = u32::from_str_radix(&digits, radix).ok();
                let end = i + skip + digits.len();
                match (e, code) {
                    // \xhh and \ooo are bytes, as in Wireshark.
                    ('x' | '0'..='7', Some(b)) if b <= 0xff => out.push(b as u8),
                    // As C's universal character names: none below U+00A0
                    // but $, @ and ` (tshark 4.0 refuses the others).
                    ('u' | 'U', Some(c))
                        if digits.len() == max
                            && char::from_u32(c).is_some()
                            && (c >= 0xa0 || matches!(c, 0x24 | 0x40 | 0x60)) =>
                    {
                        push(&mut out, char::from_u32(c).unwrap_or_default())
                    }
                    _ => return err(i, end.max(i + 2), "invalid escape sequence"),
                }
                i = end;
            }
            c => {
                push(&mut out, c);
                i += 1;
            }
        }
    }
}

/// Deepest nesting of `not`, parentheses, braces, slices and calls, and
/// most terms joined by `and`/`or`: compiling and evaluating recurse over
/// the tree, so a hostile expression must not be able to exhaust the stack.
const MAX_DEPTH: usize = 256;
const MAX_TERMS: usize = 4096;
/// Parentheses, braces, calls and slices recurse through the whole
/// grammar, with large frames in debug builds: fewer of them.
const MAX_GROUPS: usize = 64;

/// The functions tshark 4.0 knows.
pub(crate) const FUNCTIONS: &[&str] = &[
    "len", "count", "upper", "lower", "string", "abs", "max", "min",
];

struct Parser {
    toks: Vec<(Tok, Span)>,
    /// The expression, to quote a character constant in an error.
    src: Vec<char>,
    pos: usize,
    depth: usize,
    groups: usize,
    terms: usize,
    /// Position just past the expression, for "unexpected end" errors.
    end: usize,
}

/// Parse a whole expression.
pub(crate) fn parse(expr: &str) -> Result<Ast, FilterError> {
    let src: Vec<char> = expr.chars().collect();
    let toks = lex(&src)?;
    let mut p = Parser {
        toks,
        src: src.clone(),
        pos: 0,
        depth: 0,
        groups: 0,
        terms: 0,
        end: src.len(),
    };
    if p.toks.is_empty() {
        return Err(FilterError::at(
            Span { start: 0, end: 1 },
            "empty filter expression",
        ));
    }
    let ast = p.or()?;
    if let Some((t, span)) = p.peek() {
        let msg = match t {
            Tok::RParen => "unmatched \")\"".to_string(),
            t => format!(
                "unexpected {}; expected \"and\", \"or\" or the end",
                t.describe()
            ),
        };
        return Err(FilterError::at(span, msg));
    }
    Ok(ast)
}

impl Span {
    pub(crate) fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

#[cold]
fn too_long(span: Span) -> FilterError {
    FilterError::at(
        span,
        format!("filter too long: more than {MAX_TERMS} terms"),
    )
}

#[cold]
fn unexpected_end_test(span: Span) -> FilterError {
    FilterError::at(
        span,
        "unexpected end of filter; expected a field, a protocol, \"not\" or \"(\"",
    )
}

#[cold]
fn expected_rparen(t: Option<(Tok, Span)>) -> FilterError {
    match t {
        Some((t, s)) => FilterError::at(s, format!("unexpected {}; expected \")\"", t.describe())),
        None => FilterError::at(Span { start: 0, end: 1 }, "expected \")\""),
    }
}

#[cold]
fn nested_too_deep(span: Span) -> FilterError {
    FilterError::at(
        span,
        "filter nested too deep (at most 256 \"not\" and 64 groups)",
    )
}

impl Parser {
    fn peek(&self) -> Option<(Tok, Span)> {
        self.toks.get(self.pos).cloned()
    }

    fn peek_tok(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn bump(&mut self) -> Option<(Tok, Span)> {
        let t = self.peek();
        self.pos += 1;
        t
    }

    fn end_span(&self) -> Span {
        Span {
            start: self.end,
            end: self.end + 1,
        }
    }

    /// The next token, or an "unexpected end" error naming what was wanted.
    fn expect_some(&mut self, wanted: &str) -> Result<(Tok, Span), FilterError> {
        self.bump().ok_or_else(|| {
            FilterError::at(
                self.end_span(),
                format!("unexpected end of filter; expected {wanted}"),
            )
        })
    }

    fn expect(&mut self, tok: Tok, wanted: &str) -> Result<Span, FilterError> {
        match self.expect_some(wanted)? {
            (t, s) if t == tok => Ok(s),
            (t, s) => Err(FilterError::at(
                s,
                format!("unexpected {}; expected {wanted}", t.describe()),
            )),
        }
    }

    fn enter(&mut self, span: Span) -> Result<(), FilterError> {
        self.depth += 1;
        self.groups += 1;
        if self.depth > MAX_DEPTH || self.groups > MAX_GROUPS {
            return Err(nested_too_deep(span));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
        self.groups -= 1;
    }

    fn or(&mut self) -> Result<Ast, FilterError> {
        let mut left = self.and()?;
        while matches!(self.peek(), Some((Tok::Or, _))) {
            self.pos += 1;
            left = Ast::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Ast, FilterError> {
        let mut left = self.unary()?;
        while matches!(self.peek(), Some((Tok::And, _))) {
            self.pos += 1;
            left = Ast::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Ast, FilterError> {
        // "not" chains are counted, not recursed into.
        let mut nots = 0;
        while let Some((Tok::Not, span)) = self.toks.get(self.pos) {
            let span = *span;
            self.pos += 1;
            nots += 1;
            self.term(span)?;
            if self.depth + nots > MAX_DEPTH {
                return Err(nested_too_deep(span));
            }
        }
        self.depth += nots;
        let inner = self.primary();
        self.depth -= nots;
        let mut ast = inner?;
        for _ in 0..nots {
            ast = Ast::Not(Box::new(ast));
        }
        Ok(ast)
    }

    fn term(&mut self, span: Span) -> Result<(), FilterError> {
        self.terms += 1;
        if self.terms > MAX_TERMS {
            return Err(too_long(span));
        }
        Ok(())
    }

    fn primary(&mut self) -> Result<Ast, FilterError> {
        let Some((tok, span)) = self.toks.get(self.pos) else {
            return Err(unexpected_end_test(self.end_span()));
        };
        let span = *span;
        if *tok != Tok::LParen {
            self.term(span)?;
            return self.test();
        }
        self.pos += 1;
        self.term(span)?;
        self.enter(span)?;
        let inner = self.or();
        self.leave();
        let inner = inner?;
        match self.toks.get(self.pos) {
            Some((Tok::RParen, _)) => {
                self.pos += 1;
                Ok(inner)
            }
            Some(_) => Err(expected_rparen(self.bump())),
            None => Err(FilterError::at(span, "unclosed \"(\"")),
        }
    }

    /// `[any|all] expr [op expr | [not] in {set}]`.
    fn test(&mut self) -> Result<Ast, FilterError> {
        let quant = match self.peek_tok() {
            Some(Tok::Any) => Some(Quant::Any),
            Some(Tok::All) => Some(Quant::All),
            _ => None,
        };
        if quant.is_some() {
            self.pos += 1;
        }
        let (first, first_span) = self.peek().ok_or_else(|| {
            FilterError::at(
                self.end_span(),
                "unexpected end of filter; expected a field, a protocol, \"not\" or \"(\"",
            )
        })?;
        if !starts_expr(&first) {
            return Err(FilterError::at(
                first_span,
                format!(
                    "unexpected {}; expected a field, a protocol, \"not\" or \"(\"",
                    first.describe()
                ),
            ));
        }
        let lhs = self.arith()?;
        match self.peek() {
            Some((Tok::Op(op), span)) => {
                self.pos += 1;
                let rhs = self.arith_or_value()?;
                let span = lhs.span().to(span).to(rhs.span());
                Ok(Ast::Compare(quant, lhs, op, rhs, span))
            }
            Some((Tok::In, _)) => {
                self.pos += 1;
                Ok(Ast::In(quant, lhs, self.set()?))
            }
            Some((Tok::Not, _)) if matches!(self.toks.get(self.pos + 1), Some((Tok::In, _))) => {
                self.pos += 2;
                Ok(Ast::Not(Box::new(Ast::In(quant, lhs, self.set()?))))
            }
            Some((Tok::Word(_) | Tok::Str(_) | Tok::Char(_), span)) => Err(FilterError::at(
                span,
                "expected an operator (==, !=, <, contains, matches, in, ...) before this value",
            )),
            _ => {
                if let Some(q) = quant {
                    return Err(FilterError::at(
                        first_span,
                        format!(
                            "\"{}\" needs a comparison after it",
                            if q == Quant::Any { "any" } else { "all" }
                        ),
                    ));
                }
                Ok(Ast::Exists(lhs))
            }
        }
    }

    fn arith_or_value(&mut self) -> Result<Expr, FilterError> {
        match self.peek() {
            Some((t, _)) if starts_expr(&t) => self.arith(),
            Some((t, span)) => Err(FilterError::at(
                span,
                format!("unexpected {}; expected a value", t.describe()),
            )),
            None => Err(FilterError::at(
                self.end_span(),
                "unexpected end of filter; expected a value",
            )),
        }
    }

    /// `&` binds loosest, then `+ -`, then `* / %` (as in tshark 4.0).
    /// tshark 4.0 takes no character constant in arithmetic.
    fn operand(&self, e: &Expr) -> Result<(), FilterError> {
        match e {
            Expr::Lit(l) if !l.quoted && self.src.get(l.span.start) == Some(&'\'') => {
                let text: String = self
                    .src
                    .get(l.span.start..l.span.end)
                    .unwrap_or_default()
                    .iter()
                    .collect();
                Err(FilterError::at(
                    l.span,
                    format!("{text} is not a valid arithmetic operand."),
                ))
            }
            _ => Ok(()),
        }
    }

    fn arith(&mut self) -> Result<Expr, FilterError> {
        let mut left = self.additive()?;
        while let Some((Tok::Arith(ArithOp::BitAnd), _)) = self.peek() {
            self.pos += 1;
            let right = self.additive()?;
            self.operand(&left)?;
            self.operand(&right)?;
            let span = left.span().to(right.span());
            left = Expr::Arith(ArithOp::BitAnd, Box::new(left), Box::new(right), span);
        }
        Ok(left)
    }

    fn additive(&mut self) -> Result<Expr, FilterError> {
        let mut left = self.multiplicative()?;
        while let Some((Tok::Arith(op @ (ArithOp::Add | ArithOp::Sub)), _)) = self.peek() {
            self.pos += 1;
            let right = self.multiplicative()?;
            self.operand(&left)?;
            self.operand(&right)?;
            let span = left.span().to(right.span());
            left = Expr::Arith(op, Box::new(left), Box::new(right), span);
        }
        Ok(left)
    }

    fn multiplicative(&mut self) -> Result<Expr, FilterError> {
        let mut left = self.atom()?;
        while let Some((Tok::Arith(op @ (ArithOp::Mul | ArithOp::Div | ArithOp::Mod)), _)) =
            self.peek()
        {
            self.pos += 1;
            let right = self.atom()?;
            self.operand(&left)?;
            self.operand(&right)?;
            let span = left.span().to(right.span());
            left = Expr::Arith(op, Box::new(left), Box::new(right), span);
        }
        Ok(left)
    }

    fn atom(&mut self) -> Result<Expr, FilterError> {
        let (tok, span) = self.expect_some("a field or a value")?;
        let mut e = match tok {
            Tok::LBrace => {
                self.enter(span)?;
                let inner = self.arith();
                self.leave();
                let inner = inner?;
                self.expect(Tok::RBrace, "\"}\"")?;
                inner
            }
            Tok::Arith(ArithOp::Sub) => {
                // tshark 4.0 negates a field or a number, not "-{...}" or "- -1".
                match self.peek() {
                    Some((Tok::Word(w), _)) if !w.starts_with('-') => {}
                    Some((Tok::Char(_), s)) => {
                        let text: String = self
                            .src
                            .get(s.start..s.end)
                            .unwrap_or_default()
                            .iter()
                            .collect();
                        return Err(FilterError::at(
                            s,
                            format!("{text} is not a valid arithmetic operand."),
                        ));
                    }
                    Some((t, s)) => {
                        return Err(FilterError::at(
                            s,
                            format!("unexpected {} after unary \"-\"", t.describe()),
                        ));
                    }
                    None => {}
                }
                self.enter(span)?;
                let inner = self.atom();
                self.leave();
                let inner = inner?;
                let s = span.to(inner.span());
                Expr::Neg(Box::new(inner), s)
            }
            Tok::DollarBrace => {
                let (t, s) = self.expect_some("a field name")?;
                let Tok::Word(w) = t else {
                    return Err(FilterError::at(
                        s,
                        format!("unexpected {}; expected a field name", t.describe()),
                    ));
                };
                // `${ip.src#2}`: a layer of the field (no value either).
                if matches!(self.peek_tok(), Some(Tok::Hash)) {
                    self.name_with_layer(w.clone(), s)?;
                }
                let end = self.expect(Tok::RBrace, "\"}\"")?;
                Expr::FieldRef(Name {
                    text: w,
                    span: span.to(end),
                })
            }
            Tok::Str(bytes) => Expr::Lit(Literal {
                text: String::from_utf8_lossy(&bytes).into_owned(),
                bytes,
                quoted: true,
                span,
            }),
            Tok::Char(bytes) => {
                let [b] = bytes[..] else {
                    return Err(FilterError::at(
                        span,
                        "a character constant must hold one byte",
                    ));
                };
                Expr::Lit(Literal {
                    text: u32::from(b).to_string(),
                    bytes: vec![b],
                    quoted: false,
                    span,
                })
            }
            Tok::Word(w) if matches!(self.peek_tok(), Some(Tok::LParen)) => {
                let name = Name { text: w, span };
                self.pos += 1;
                self.enter(span)?;
                let args = self.args();
                self.leave();
                let (args, end) = args?;
                Expr::Call(name, args, span.to(end))
            }
            // "-ip.ttl": minus, then a field.
            Tok::Word(w)
                if w.len() > 1
                    && w.starts_with('-')
                    && w[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && !["inf", "infinity"].contains(&w[1..].to_ascii_lowercase().as_str()) =>
            {
                let inner = Span {
                    start: span.start + 1,
                    end: span.end,
                };
                let name = self.name_with_layer(w[1..].to_string(), inner)?;
                Expr::Neg(Box::new(name), span)
            }
            Tok::Word(w) => self.name_with_layer(w, span)?,
            t => {
                return Err(FilterError::at(
                    span,
                    format!("unexpected {}; expected a field or a value", t.describe()),
                ));
            }
        };
        // Slices, possibly several: frame[10:20][0].
        while let Some((Tok::LBracket, s)) = self.peek() {
            self.pos += 1;
            let r = self.ranges(s)?;
            e = Expr::Slice(Box::new(e), r);
        }
        Ok(e)
    }

    /// A word; with a `#layer` it must be a name.
    fn name_with_layer(&mut self, w: String, span: Span) -> Result<Expr, FilterError> {
        let name = Name { text: w, span };
        if !matches!(self.peek_tok(), Some(Tok::Hash)) {
            return Ok(Expr::Name(name, None));
        }
        let (_, hash) = self.bump().unwrap_or((Tok::Hash, span));
        let layers = match self.expect_some("a layer number or \"[\"")? {
            (Tok::Word(n), s) if n.bytes().all(|b| b.is_ascii_digit()) => Ranges {
                ranges: vec![Range::One(match c_int(&n) {
                    Some(Some(v)) => v,
                    Some(None) => {
                        return Err(FilterError::at(
                            s,
                            format!("\"{n}\" causes an integer overflow."),
                        ));
                    }
                    None => {
                        return Err(FilterError::at(
                            s,
                            format!("\"{n}\" is not a valid layer number"),
                        ));
                    }
                })],
                span: hash.to(s),
            },
            (Tok::LBracket, s) => {
                let mut r = self.ranges(s)?;
                r.span = hash.to(r.span);
                r
            }
            (t, s) => {
                return Err(FilterError::at(
                    s,
                    format!(
                        "expected a layer number or \"[\" after \"#\", not {}",
                        t.describe()
                    ),
                ));
            }
        };
        Ok(Expr::Name(name, Some(layers)))
    }

    /// The inside of `[...]` (the "[" is consumed): ranges separated by
    /// commas, then "]".
    fn ranges(&mut self, open: Span) -> Result<Ranges, FilterError> {
        let mut ranges = Vec::new();
        loop {
            let (tok, s) = self.expect_some("a range such as 0:4")?;
            let Tok::Word(w) = tok else {
                return Err(FilterError::at(
                    s,
                    format!(
                        "unexpected {}; expected a range such as 0:4",
                        tok.describe()
                    ),
                ));
            };
            ranges.push(parse_range(&w, s)?);
            match self.expect_some("\"]\"")? {
                (Tok::Comma, _) => continue,
                (Tok::RBracket, end) => {
                    return Ok(Ranges {
                        ranges,
                        span: open.to(end),
                    });
                }
                (t, s) => {
                    return Err(FilterError::at(
                        s,
                        format!("unexpected {}; expected \"]\"", t.describe()),
                    ));
                }
            }
        }
    }

    /// Function arguments after "(": expressions separated by commas.
    fn args(&mut self) -> Result<(Vec<Expr>, Span), FilterError> {
        let mut args = Vec::new();
        if let Some((Tok::RParen, end)) = self.peek() {
            self.pos += 1;
            return Ok((args, end));
        }
        loop {
            args.push(self.arith_or_value()?);
            match self.expect_some("\",\" or \")\"")? {
                (Tok::Comma, _) => continue,
                (Tok::RParen, end) => return Ok((args, end)),
                (t, s) => {
                    return Err(FilterError::at(
                        s,
                        format!("unexpected {}; expected \",\" or \")\"", t.describe()),
                    ));
                }
            }
        }
    }

    fn set(&mut self) -> Result<Vec<SetItem>, FilterError> {
        self.expect(Tok::LBrace, "\"{\"")?;
        let mut items = Vec::new();
        loop {
            let lo = self.set_value()?;
            if matches!(self.peek_tok(), Some(Tok::DotDot)) {
                self.pos += 1;
                let hi = self.set_value()?;
                items.push(SetItem::Range(lo, hi));
            } else {
                items.push(SetItem::One(lo));
            }
            // tshark 4.0 separates elements with commas only.
            match self.expect_some("\",\" or \"}\"")? {
                (Tok::Comma, _) => continue,
                (Tok::RBrace, _) => return Ok(items),
                (t, s) => {
                    return Err(FilterError::at(
                        s,
                        format!(
                            "unexpected {}; set elements are separated by \",\" (tshark 4.0)",
                            t.describe()
                        ),
                    ));
                }
            }
        }
    }

    /// A set element: a value, a field, or a negative number; no
    /// arithmetic (tshark 4.0 takes none there).
    fn set_value(&mut self) -> Result<Expr, FilterError> {
        match self.peek() {
            Some((Tok::Word(_) | Tok::Str(_) | Tok::Char(_) | Tok::DollarBrace, _)) => self.atom(),
            Some((t, s)) => Err(FilterError::at(
                s,
                format!("unexpected {}; expected a value", t.describe()),
            )),
            None => Err(FilterError::at(
                self.end_span(),
                "unexpected end of filter; expected a value",
            )),
        }
    }
}

/// Whether a token can start an expression (a side of a comparison).
fn starts_expr(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Word(_)
            | Tok::Str(_)
            | Tok::Char(_)
            | Tok::LBrace
            | Tok::DollarBrace
            | Tok::Arith(ArithOp::Sub)
    )
}

/// A whole word read as C's `strtol(s, &end, 0)` reads it: an optional
/// sign, then hex after `0x`, octal after `0`, else decimal. `None` when
/// it is not all a number, `Some(None)` when it does not fit an `int`.
pub(crate) fn c_int(s: &str) -> Option<Option<i64>> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) = if let Some(h) = body.strip_prefix("0x").or(body.strip_prefix("0X")) {
        (16, h)
    } else if body.len() > 1 && body.starts_with('0') {
        (8, &body[1..])
    } else {
        (10, body)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let mut v: i128 = 0;
    for c in digits.chars() {
        v = (v * i128::from(radix) + i128::from(c.to_digit(radix)?)).min(1 << 40);
    }
    let v = if neg { -v } else { v };
    Some(i32::try_from(v).ok().map(i64::from))
}

/// `3`, `-2`, `0:4`, `2-5`, `4:`, `:3`, `-3:`.
fn parse_range(w: &str, span: Span) -> Result<Range, FilterError> {
    let bad = || FilterError::at(span, format!("\"{w}\" is not a valid range"));
    // C's strtol with base 0 (`0x10`, `010`), within an int, as tshark 4.0.
    let int = |s: &str| -> Result<i64, FilterError> {
        match c_int(s) {
            Some(Some(v)) => Ok(v),
            Some(None) if !w.get(1..).unwrap_or("").contains([':', '-']) => Err(FilterError::at(
                span,
                format!("\"{w}\" causes an integer overflow."),
            )),
            _ => Err(bad()),
        }
    };
    if let Some((a, b)) = w.split_once(':') {
        let start = if a.is_empty() { 0 } else { int(a)? };
        if b.is_empty() {
            return Ok(Range::ToEnd(start));
        }
        let len = int(b)?;
        if len <= 0 {
            return Err(FilterError::at(
                span,
                format!("Range {w} isn't valid because length {len} isn't positive"),
            ));
        }
        return Ok(Range::Len(start, len));
    }
    // "a-b", where a may itself be negative ("-3" is one index).
    let body = w.strip_prefix('-').unwrap_or(w);
    if let Some(k) = body.find('-') {
        let cut = w.len() - body.len() + k;
        let (a, b) = (int(&w[..cut])?, int(&w[cut + 1..])?);
        if a >= b {
            return Err(FilterError::at(
                span,
                format!("Range {w} isn't valid because {a} is greater or equal than {b}"),
            ));
        }
        return Ok(Range::To(a, b));
    }
    Ok(Range::One(int(w)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Ast {
        parse(s).unwrap_or_else(|e| panic!("{s}: {}", e.render(s)))
    }

    fn sr(r: &Ranges) -> String {
        let parts: Vec<String> = r
            .ranges
            .iter()
            .map(|r| match r {
                Range::One(i) => format!("{i}"),
                Range::Len(s, n) => format!("{s}:{n}"),
                Range::To(a, b) => format!("{a}-{b}"),
                Range::ToEnd(s) => format!("{s}:"),
            })
            .collect();
        parts.join(",")
    }

    fn se(e: &Expr) -> String {
        match e {
            Expr::Name(n, None) => n.text.clone(),
            Expr::Name(n, Some(r)) => format!("{}#[{}]", n.text, sr(r)),
            Expr::Lit(v) => {
                let q = if v.quoted { "\"" } else { "" };
                format!("{q}{}{q}", v.text)
            }
            Expr::FieldRef(n) => format!("${{{}}}", n.text),
            Expr::Slice(e, r) => format!("{}[{}]", se(e), sr(r)),
            Expr::Call(n, args, _) => {
                let a: Vec<String> = args.iter().map(se).collect();
                format!("{}({})", n.text, a.join(" "))
            }
            Expr::Arith(op, a, b, _) => format!("({op:?} {} {})", se(a), se(b)),
            Expr::Neg(a, _) => format!("(neg {})", se(a)),
        }
    }

    /// The tree as a compact S-expression, for readable assertions.
    fn sx(a: &Ast) -> String {
        let q = |q: &Option<Quant>| match q {
            None => "",
            Some(Quant::Any) => "any ",
            Some(Quant::All) => "all ",
        };
        match a {
            Ast::Or(l, r) => format!("(or {} {})", sx(l), sx(r)),
            Ast::And(l, r) => format!("(and {} {})", sx(l), sx(r)),
            Ast::Not(x) => format!("(not {})", sx(x)),
            Ast::Exists(e) => se(e),
            Ast::Compare(qu, l, op, r, _) => format!("({}{op:?} {} {})", q(qu), se(l), se(r)),
            Ast::In(qu, n, items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| match i {
                        SetItem::One(v) => se(v),
                        SetItem::Range(a, b) => format!("{}..{}", se(a), se(b)),
                    })
                    .collect();
                format!("({}in {} {})", q(qu), se(n), items.join(" "))
            }
        }
    }

    fn err(s: &str) -> FilterError {
        parse(s).expect_err(s)
    }

    #[test]
    fn precedence_not_and_or() {
        assert_eq!(sx(&p("a or b and c")), "(or a (and b c))");
        assert_eq!(sx(&p("a and b or c")), "(or (and a b) c)");
        assert_eq!(sx(&p("not a and b")), "(and (not a) b)");
        assert_eq!(sx(&p("!a || !b && c")), "(or (not a) (and (not b) c))");
        assert_eq!(sx(&p("not (a or b) and c")), "(and (not (or a b)) c)");
        assert_eq!(sx(&p("a and b and c")), "(and (and a b) c)");
        assert_eq!(sx(&p("a || b || c")), "(or (or a b) c)");
        assert_eq!(sx(&p("((a))")), "a");
        assert_eq!(sx(&p("not not a")), "(not (not a))");
        assert_eq!(sx(&p("AND_x")), "AND_x");
    }

    #[test]
    fn every_operator() {
        let cases = [
            ("x == 1", "(Eq x 1)"),
            ("x eq 1", "(Eq x 1)"),
            ("x != 1", "(AllNe x 1)"),
            ("x ne 1", "(AllNe x 1)"),
            ("x !== 1", "(AnyNe x 1)"),
            ("x ~= 1", "(AnyNe x 1)"),
            ("x any_ne 1", "(AnyNe x 1)"),
            ("x all_ne 1", "(AllNe x 1)"),
            ("x any_eq 1", "(Eq x 1)"),
            ("x all_eq 1", "(AllEq x 1)"),
            ("x < 1", "(Lt x 1)"),
            ("x lt 1", "(Lt x 1)"),
            ("x <= 1", "(Le x 1)"),
            ("x le 1", "(Le x 1)"),
            ("x > 1", "(Gt x 1)"),
            ("x gt 1", "(Gt x 1)"),
            ("x >= 1", "(Ge x 1)"),
            ("x ge 1", "(Ge x 1)"),
            ("x contains \"a\"", "(Contains x \"a\")"),
            ("x matches \"a.*\"", "(Matches x \"a.*\")"),
            ("x ~ \"a\"", "(Matches x \"a\")"),
            ("x==1&&y>=2", "(and (Eq x 1) (Ge y 2))"),
            ("x in {80, 443, 8000 .. 8100}", "(in x 80 443 8000..8100)"),
            ("x not in {1}", "(not (in x 1))"),
            ("ip.addr == 10.0.0.0/8", "(Eq ip.addr 10.0.0.0/8)"),
            ("ipv6.addr == fd99::/64", "(Eq ipv6.addr fd99::/64)"),
            (
                "eth.dst == ff:ff:ff:ff:ff:ff",
                "(Eq eth.dst ff:ff:ff:ff:ff:ff)",
            ),
            ("tcp.len > 0x10", "(Gt tcp.len 0x10)"),
            ("frame.len == -1", "(Eq frame.len -1)"),
        ];
        for (src, want) in cases {
            assert_eq!(sx(&p(src)), want, "{src}");
        }
    }

    #[test]
    fn new_constructs() {
        let cases = [
            ("a == b", "(Eq a b)"),
            ("a === 1", "(AllEq a 1)"),
            ("any a == 1", "(any Eq a 1)"),
            ("all a != 1", "(all AllNe a 1)"),
            ("all a in {1, 2}", "(all in a 1 2)"),
            ("a + 1 == b", "(Eq (Add a 1) b)"),
            ("a == {b + 1}", "(Eq a (Add b 1))"),
            ("a - 1 * 2 == 3", "(Eq (Sub a (Mul 1 2)) 3)"),
            ("a / 2 % 3 == 1", "(Eq (Mod (Div a 2) 3) 1)"),
            ("a & 0x02", "(BitAnd a 0x02)"),
            ("a & 0x12 == 0x12", "(Eq (BitAnd a 0x12) 0x12)"),
            ("a & 1 + 2", "(BitAnd a (Add 1 2))"),
            ("-a < 0", "(Lt (neg a) 0)"),
            ("a == -1", "(Eq a -1)"),
            ("a == - 1", "(Eq a (neg 1))"),
            ("{a + 1} * 2 == 4", "(Eq (Mul (Add a 1) 2) 4)"),
            ("frame[0:6] == ff", "(Eq frame[0:6] ff)"),
            ("frame[-1] == 0a", "(Eq frame[-1] 0a)"),
            ("frame[2-5]", "frame[2-5]"),
            ("frame[4:]", "frame[4:]"),
            ("frame[:3]", "frame[0:3]"),
            ("frame[-3:]", "frame[-3:]"),
            ("frame[-3-5]", "frame[-3-5]"),
            ("frame[0:2,4:2]", "frame[0:2,4:2]"),
            ("frame[10:20][0]", "frame[10:20][0]"),
            ("ip.src#2 == 1", "(Eq ip.src#[2] 1)"),
            ("tcp.port#[1-2]", "tcp.port#[1-2]"),
            ("ip#[-1]", "ip#[-1]"),
            ("len(a) > 3", "(Gt len(a) 3)"),
            ("max(a, b) == min(c)", "(Eq max(a b) min(c))"),
            ("abs(-a) == 1", "(Eq abs((neg a)) 1)"),
            ("a == ${b}", "(Eq a ${b})"),
            ("a == 'G'", "(Eq a 71)"),
            ("a in {b, 1..c}", "(in a b 1..c)"),
            (".tcp", ".tcp"),
        ];
        for (src, want) in cases {
            assert_eq!(sx(&p(src)), want, "{src}");
        }
    }

    #[test]
    fn strings_and_escapes() {
        let s = |src: &str| match p(src) {
            Ast::Compare(_, _, _, Expr::Lit(v), _) => v.text,
            other => panic!("{other:?}"),
        };
        assert_eq!(s(r#"x == "a\"b""#), "a\"b");
        assert_eq!(s(r#"x == "a\\b""#), "a\\b");
        assert_eq!(s(r#"x == "a\x2eb""#), "a.b");
        assert_eq!(s(r#"x == "\101\n\t""#), "A\n\t");
        assert_eq!(s(r#"x == "\u00e9""#), "é");
        assert_eq!(s(r#"x == "\xc3\xa9""#), "é");
        assert_eq!(s(r#"x == r"a\.b""#), "a\\.b");
        assert_eq!(s(r#"x == "é€""#), "é€");
    }

    #[test]
    fn errors_point_at_columns() {
        let e = err("tcp.port == ");
        assert_eq!(
            (e.column, e.message.as_str()),
            (13, "unexpected end of filter; expected a value")
        );
        let e = err("tcp.port = 80");
        assert_eq!(e.column, 10);
        assert!(e.message.contains("did you mean \"==\""));
        let e = err("(tcp or udp");
        assert_eq!((e.column, e.message.as_str()), (1, "unclosed \"(\""));
        let e = err("tcp or udp)");
        assert_eq!((e.column, e.message.as_str()), (11, "unmatched \")\""));
        let e = err("dns.qry.name == \"abc");
        assert_eq!((e.column, e.len), (17, 4));
        assert_eq!(e.message, "unterminated string");
        let e = err("tcp udp");
        assert_eq!(e.column, 5);
        let e = err("tcp and and udp");
        assert_eq!(e.column, 9);
        let e = err("x == \"\\q\"");
        assert_eq!(
            (e.column, e.message.as_str()),
            (7, "unknown escape sequence")
        );
        let e = err("x in {1, 2");
        assert_eq!(e.column, 11);
        let e = err("x in 1");
        assert_eq!(e.column, 6);
        // tshark 4.0: `Expected digit or "[", not " "`, at the blank.
        let e = err("tcp # udp");
        assert_eq!(e.column, 6, "{}", e.message);
        let e = err("x in {80 443}");
        assert_eq!(e.column, 10);
        assert!(e.message.contains("separated by \",\""), "{}", e.message);
        let e = err("frame[2:0]");
        assert_eq!(
            e.message,
            "Range 2:0 isn't valid because length 0 isn't positive"
        );
        let e = err("frame[3-2]");
        assert_eq!(
            e.message,
            "Range 3-2 isn't valid because 3 is greater or equal than 2"
        );
        let e = err("tcp.flags bitand 2");
        assert!(
            e.message.starts_with("not supported: the \"bitand\""),
            "{}",
            e.message
        );
        let e = err("tcp xor udp");
        assert!(e.message.starts_with("not supported"), "{}", e.message);
        let e = err("frame[x] == 1");
        assert_eq!(e.message, "\"x\" is not a valid range");
        let e = err("'ab' == 1");
        assert_eq!(e.message, "a character constant must hold one byte");
        let e = err("   ");
        assert_eq!(e.message, "empty filter expression");
        // Columns count chars, not bytes.
        let e = err("x == \"é\" y");
        assert_eq!(e.column, 10);
    }

    #[test]
    fn escapes_tshark_refuses_are_refused() {
        for e in [
            "http.host == \"\\u0041\"",
            "http.host == \"\\u009f\"",
            "http.host == \"\\ud800\"",
            "http.host == \"\\U00110000\"",
            "ip.ttl == '\\n'",
        ] {
            assert!(parse(e).is_err(), "{e}");
        }
        for e in [
            "http.host == \"\\u0024\\u0040\\u0060\\u00a0\"",
            "ip.ttl == '\\t'",
            "ip.ttl == '\\x0a'",
        ] {
            assert!(parse(e).is_ok(), "{e}");
        }
    }

    #[test]
    fn render_draws_a_caret() {
        let e = err("ip.src == 1 && (");
        assert_eq!(
            e.render("ip.src == 1 && ("),
            "unexpected end of filter; expected a field, a protocol, \"not\" or \"(\"\n  ip.src == 1 && (\n                  ^"
        );
        let e = FilterError::at(Span { start: 0, end: 11 }, "m");
        assert_eq!(
            e.render("dns.qry.nme == \"x\""),
            "m\n  dns.qry.nme == \"x\"\n  ^~~~~~~~~~~"
        );
    }

    #[cfg(test)]
    mod depth_tests {
        use super::parse;

        #[test]
        fn hostile_nesting_is_an_error_not_a_stack_overflow() {
            let nots = format!("{}tcp", "!".repeat(5000));
            assert!(parse(&nots).unwrap_err().message.contains("nested"));
            let parens = format!("{}tcp{}", "(".repeat(20000), ")".repeat(20000));
            assert!(parse(&parens).unwrap_err().message.contains("nested"));
            let chain = vec!["tcp"; 10_000].join(" and ");
            assert!(parse(&chain).unwrap_err().message.contains("too long"));
            assert!(parse(&format!("{}tcp", "!".repeat(200))).is_ok());
        }
    }
}
