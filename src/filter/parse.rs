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

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SetItem {
    One(Literal),
    Range(Literal, Literal),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ast {
    Or(Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    Present(Name),
    Compare(Name, CmpOp, Literal),
    In(Name, Vec<SetItem>),
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    LParen,
    RParen,
    LBrace,
    RBrace,
    Comma,
    DotDot,
    Op(CmpOp),
    And,
    Or,
    Not,
    In,
    Str(Vec<u8>),
    Word(String),
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::LParen => "\"(\"".into(),
            Tok::RParen => "\")\"".into(),
            Tok::LBrace => "\"{\"".into(),
            Tok::RBrace => "\"}\"".into(),
            Tok::Comma => "\",\"".into(),
            Tok::DotDot => "\"..\"".into(),
            Tok::Op(_) => "an operator".into(),
            Tok::And => "\"and\"".into(),
            Tok::Or => "\"or\"".into(),
            Tok::Not => "\"not\"".into(),
            Tok::In => "\"in\"".into(),
            Tok::Str(_) => "a string".into(),
            Tok::Word(w) => format!("\"{w}\""),
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-' | '/')
}

fn lex(src: &[char]) -> Result<Vec<(Tok, Span)>, FilterError> {
    let mut toks = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        let start = i;
        let next = src.get(i + 1).copied();
        let (tok, len) = match (c, next) {
            (c, _) if c.is_whitespace() => {
                i += 1;
                continue;
            }
            ('(', _) => (Tok::LParen, 1),
            (')', _) => (Tok::RParen, 1),
            ('{', _) => (Tok::LBrace, 1),
            ('}', _) => (Tok::RBrace, 1),
            (',', _) => (Tok::Comma, 1),
            ('.', Some('.')) => (Tok::DotDot, 2),
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
            ('|', Some('|')) => (Tok::Or, 2),
            ('"', _) => {
                let (s, len) = lex_string(src, i, false)?;
                (Tok::Str(s), len)
            }
            ('r' | 'R', Some('"')) => {
                let (s, len) = lex_string(src, i + 1, true)?;
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
                let w: String = src[i..j].iter().collect();
                let tok = match w.to_ascii_lowercase().as_str() {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "not" => Tok::Not,
                    "in" => Tok::In,
                    "eq" => Tok::Op(CmpOp::Eq),
                    "ne" => Tok::Op(CmpOp::AllNe),
                    "lt" => Tok::Op(CmpOp::Lt),
                    "le" => Tok::Op(CmpOp::Le),
                    "gt" => Tok::Op(CmpOp::Gt),
                    "ge" => Tok::Op(CmpOp::Ge),
                    "contains" => Tok::Op(CmpOp::Contains),
                    "matches" => Tok::Op(CmpOp::Matches),
                    _ => Tok::Word(w),
                };
                (tok, j - i)
            }
            ('=', _) => {
                return Err(FilterError::at(
                    Span {
                        start,
                        end: start + 1,
                    },
                    "\"=\" is not an operator; did you mean \"==\"?",
                ));
            }
            (c, _) => {
                return Err(FilterError::at(
                    Span {
                        start,
                        end: start + 1,
                    },
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
fn lex_string(src: &[char], at: usize, raw: bool) -> Result<(Vec<u8>, usize), FilterError> {
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
            '"' => return Ok((out, i + 1 - at)),
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
                    ('u' | 'U', Some(c)) if digits.len() == max && char::from_u32(c).is_some() => {
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

/// Deepest nesting of `not` and parentheses, and most terms joined by
/// `and`/`or`: compiling and evaluating recurse over the tree, so a hostile
/// expression must not be able to exhaust the stack.
const MAX_DEPTH: usize = 256;
const MAX_TERMS: usize = 4096;

struct Parser {
    toks: Vec<(Tok, Span)>,
    pos: usize,
    depth: usize,
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
        pos: 0,
        depth: 0,
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

impl Parser {
    fn peek(&self) -> Option<(Tok, Span)> {
        self.toks.get(self.pos).cloned()
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
        let (tok, span) = self.expect_some("a field, a protocol, \"not\" or \"(\"")?;
        self.terms += 1;
        if self.terms > MAX_TERMS {
            return Err(FilterError::at(
                span,
                format!("filter too long: more than {MAX_TERMS} terms"),
            ));
        }
        if matches!(tok, Tok::Not | Tok::LParen) {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(FilterError::at(
                    span,
                    format!("filter nested more than {MAX_DEPTH} levels deep"),
                ));
            }
            let inner = self.nested(tok, span);
            self.depth -= 1;
            return inner;
        }
        self.nested(tok, span)
    }

    fn nested(&mut self, tok: Tok, span: Span) -> Result<Ast, FilterError> {
        match tok {
            Tok::Not => Ok(Ast::Not(Box::new(self.unary()?))),
            Tok::LParen => {
                let inner = self.or()?;
                match self.bump() {
                    Some((Tok::RParen, _)) => Ok(inner),
                    Some((t, s)) => Err(FilterError::at(
                        s,
                        format!("unexpected {}; expected \")\"", t.describe()),
                    )),
                    None => Err(FilterError::at(span, "unclosed \"(\"")),
                }
            }
            Tok::Word(w) if w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') => {
                self.test(Name { text: w, span })
            }
            Tok::Word(w) => Err(FilterError::at(
                span,
                format!("expected a field or protocol name, found value \"{w}\""),
            )),
            t => Err(FilterError::at(
                span,
                format!(
                    "unexpected {}; expected a field, a protocol, \"not\" or \"(\"",
                    t.describe()
                ),
            )),
        }
    }

    /// What follows a field name: a relation, or nothing (presence).
    fn test(&mut self, name: Name) -> Result<Ast, FilterError> {
        match self.peek() {
            Some((Tok::Op(op), _)) => {
                self.pos += 1;
                let value = self.value()?;
                Ok(Ast::Compare(name, op, value))
            }
            Some((Tok::In, _)) => {
                self.pos += 1;
                Ok(Ast::In(name, self.set()?))
            }
            Some((Tok::Not, _)) if matches!(self.toks.get(self.pos + 1), Some((Tok::In, _))) => {
                self.pos += 2;
                Ok(Ast::Not(Box::new(Ast::In(name, self.set()?))))
            }
            Some((Tok::Word(_) | Tok::Str(_), span)) => Err(FilterError::at(
                span,
                "expected an operator (==, !=, <, contains, matches, in, ...) before this value",
            )),
            _ => Ok(Ast::Present(name)),
        }
    }

    fn value(&mut self) -> Result<Literal, FilterError> {
        match self.expect_some("a value")? {
            (Tok::Str(bytes), span) => Ok(Literal {
                text: String::from_utf8_lossy(&bytes).into_owned(),
                bytes,
                quoted: true,
                span,
            }),
            (Tok::Word(text), span) => Ok(Literal {
                text,
                bytes: Vec::new(),
                quoted: false,
                span,
            }),
            (t, span) => Err(FilterError::at(
                span,
                format!("unexpected {}; expected a value", t.describe()),
            )),
        }
    }

    fn set(&mut self) -> Result<Vec<SetItem>, FilterError> {
        match self.expect_some("\"{\"")? {
            (Tok::LBrace, _) => {}
            (t, span) => {
                return Err(FilterError::at(
                    span,
                    format!("unexpected {}; expected \"{{\"", t.describe()),
                ));
            }
        }
        let mut items = Vec::new();
        loop {
            if matches!(self.peek(), Some((Tok::RBrace, _))) && !items.is_empty() {
                self.pos += 1;
                return Ok(items);
            }
            let lo = self.value()?;
            if matches!(self.peek(), Some((Tok::DotDot, _))) {
                self.pos += 1;
                let hi = self.value()?;
                items.push(SetItem::Range(lo, hi));
            } else {
                items.push(SetItem::One(lo));
            }
            // Elements are separated by commas (tshark 4.0) or blanks.
            if matches!(self.peek(), Some((Tok::Comma, _))) {
                self.pos += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Ast {
        parse(s).unwrap_or_else(|e| panic!("{s}: {}", e.render(s)))
    }

    /// The tree as a compact S-expression, for readable assertions.
    fn sx(a: &Ast) -> String {
        match a {
            Ast::Or(l, r) => format!("(or {} {})", sx(l), sx(r)),
            Ast::And(l, r) => format!("(and {} {})", sx(l), sx(r)),
            Ast::Not(x) => format!("(not {})", sx(x)),
            Ast::Present(n) => n.text.clone(),
            Ast::Compare(n, op, v) => {
                let q = if v.quoted { "\"" } else { "" };
                format!("({op:?} {} {q}{}{q})", n.text, v.text)
            }
            Ast::In(n, items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| match i {
                        SetItem::One(v) => v.text.clone(),
                        SetItem::Range(a, b) => format!("{}..{}", a.text, b.text),
                    })
                    .collect();
                format!("(in {} {})", n.text, items.join(" "))
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
            ("x in {80 443 8000..8100}", "(in x 80 443 8000..8100)"),
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
    fn strings_and_escapes() {
        let s = |src: &str| match p(src) {
            Ast::Compare(_, _, v) => v.text,
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
        let e = err("80 == tcp.port");
        assert_eq!(e.column, 1);
        assert!(e.message.contains("found value \"80\""), "{}", e.message);
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
        let e = err("tcp # udp");
        assert_eq!(
            (e.column, e.message.as_str()),
            (5, "unexpected character '#'")
        );
        let e = err("   ");
        assert_eq!(e.message, "empty filter expression");
        // Columns count chars, not bytes.
        let e = err("x == \"é\" y");
        assert_eq!(e.column, 10);
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
