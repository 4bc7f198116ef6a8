//! XML (what XMPP carries; HTTP and HTTP/2 bodies, multipart parts),
//! read as tshark 4.0's XML dissector (packet-xml.c) reads it: a
//! `tvbparse` grammar tried token by token
//! after skipping blanks (space, tab, CR, LF), in this order:
//! `<!-- ... -->` (`xml.comment`), `<![CDATA[ ... ]]>`
//! (`xml.cdatasection`), `<?name attributes ?>` (`xml.xmlpi.xml` for
//! `xml`, with `version`, `encoding` and `standalone` as fields of their
//! own, else `xml.xmlpi`), a closing tag, a DOCTYPE, `]>`, `<! ... >`
//! (`xml.dtdtag`), a tag with its attributes (`xml.tag`, each attribute
//! `xml.attribute`), text up to the next `<` (`xml.cdata` inside a tag,
//! `xml.unknown` outside any), and anything else up to the next blank
//! (the expert `xml.unrecognized_text`). Blanks are skipped between the
//! parts of a token too (`< / a >` closes `a`); a quoted value ends at its
//! first closing quote; an unquoted one is digits or a name. A closing
//! tag closes whatever tag is open, and one with none open gets
//! `xml.closing_unopened_tag`.
//!
//! A string field's value is its token's bytes (a tag's: the tag up to
//! its `>`, children not included); an attribute of a tag is `name="v"`
//! as written.
//!
//! Element names that open one of the DTDs tshark ships (`presence`,
//! `list`, `rss`, ...) anywhere in the document take its namespace:
//! `presence` (RFC 3863) is read with its fields (`presence`,
//! `presence.status`, ...); the others are not, and a document holding one
//! (or a UTF-16 byte-order mark, which tshark decodes first)
//! is marked [`Parsed::unsupported`]: its XML items are not shown.
//!
//! The promise: no input makes this module panic; the tree holds at most
//! [`MAX_NODES`] nodes and the stack [`MAX_DEPTH`] open tags (past either,
//! the document is marked unsupported and reading stops).

use crate::dissect::expert::{Expert, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use std::ops::Range;

/// The XML items of an HTTP body, left out unless an output or filter
/// reads them (XMPP's are always built: its Info reads them).
pub(crate) static DETAIL: &[&FieldDef] = f::xml::ALL;

/// Most nodes (tags, attributes, texts) kept of one document.
pub const MAX_NODES: usize = 100_000;
/// Most tags open at once.
pub const MAX_DEPTH: usize = 1_000;

ei!(
    CLOSING_UNOPENED_TAG,
    f::xml::CLOSING_UNOPENED_TAG,
    Malformed,
    Error
);
ei!(
    CLOSING_UNOPENED_XMPLI_TAG,
    f::xml::CLOSING_UNOPENED_XMPLI_TAG,
    Malformed,
    Error
);
ei!(UNRECOGNIZED_TEXT, f::xml::UNRECOGNIZED_TEXT, Protocol, Warn);

/// One item of the XML tree, in tshark's order.
pub enum Item {
    /// A string field and the bytes it shows.
    Str(&'static FieldDef, Range<usize>),
    /// A protocol item (a DTD's root element): the field and its label.
    Label(&'static FieldDef, String),
    Expert(&'static Expert),
}

/// What a node of the tree is (packet-xml.c's `xml_frame_type_t`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Root,
    Tag,
    XmlPi,
    Attrib,
    Cdata,
    /// A DOCTYPE (its `[` section's nodes are its children).
    Doctype,
}

/// A node of the tree.
pub struct Node {
    pub kind: Kind,
    /// A tag's name as written (past the prefix of `prefix:name`); a
    /// processing instruction's in lower case; an attribute's as written.
    pub name: Option<Vec<u8>>,
    /// An attribute's value (without its quotes) or a text's bytes.
    pub value: Range<usize>,
    pub children: Vec<usize>,
    ns: Ns,
}

/// The namespace a node's children and attributes are looked up in.
#[derive(Clone, Copy)]
enum Ns {
    /// The document's root (`xml_ns`): text there is `xml.unknown`.
    Root,
    /// A tag no DTD knows (`unknown_ns`).
    Unknown,
    /// The `<?xml ...?>` declaration.
    XmlDecl,
    /// A processing instruction of another name: no namespace.
    None,
    Dtd(&'static Dtd),
}

/// An element of a DTD: its field, attributes and children.
pub struct Dtd {
    field: &'static &'static FieldDef,
    /// The DTD's root: a protocol item whose value is its label.
    proto: bool,
    attrs: &'static [(&'static str, &'static &'static FieldDef)],
    elements: &'static [(&'static str, &'static Dtd)],
}

macro_rules! leaf {
    ($name:ident, $field:expr, $attrs:expr) => {
        static $name: Dtd = Dtd {
            field: $field,
            proto: false,
            attrs: $attrs,
            elements: &[],
        };
    };
}

leaf!(BASIC, &f::presence::BASIC, &[]);
leaf!(
    CONTACT,
    &f::presence::CONTACT,
    &[("priority", &f::presence::CONTACT_PRIORITY)]
);
leaf!(
    NOTE,
    &f::presence::NOTE,
    &[("lang", &f::presence::NOTE_LANG)]
);
leaf!(TIMESTAMP, &f::presence::TIMESTAMP, &[]);
leaf!(STATUS_BASIC, &f::presence::STATUS_BASIC, &[]);
static STATUS: Dtd = Dtd {
    field: &f::presence::STATUS,
    proto: false,
    attrs: &[],
    elements: &[("basic", &STATUS_BASIC)],
};
leaf!(TUPLE_STATUS_BASIC, &f::presence::TUPLE_STATUS_BASIC, &[]);
static TUPLE_STATUS: Dtd = Dtd {
    field: &f::presence::TUPLE_STATUS,
    proto: false,
    attrs: &[],
    elements: &[("basic", &TUPLE_STATUS_BASIC)],
};
leaf!(
    TUPLE_CONTACT,
    &f::presence::TUPLE_CONTACT,
    &[("priority", &f::presence::TUPLE_CONTACT_PRIORITY)]
);
leaf!(
    TUPLE_NOTE,
    &f::presence::TUPLE_NOTE,
    &[("lang", &f::presence::TUPLE_NOTE_LANG)]
);
leaf!(TUPLE_TIMESTAMP, &f::presence::TUPLE_TIMESTAMP, &[]);
static TUPLE: Dtd = Dtd {
    field: &f::presence::TUPLE,
    proto: false,
    attrs: &[("id", &f::presence::TUPLE_ID)],
    elements: &[
        ("status", &TUPLE_STATUS),
        ("contact", &TUPLE_CONTACT),
        ("note", &TUPLE_NOTE),
        ("timestamp", &TUPLE_TIMESTAMP),
    ],
};
/// presence.dtd's root (RFC 3863): its children by name, the tuple's
/// hierarchy below it.
static PRESENCE: Dtd = Dtd {
    field: &f::presence::PRESENCE,
    proto: true,
    attrs: &[
        ("xmlns", &f::presence::XMLNS),
        ("entity", &f::presence::ENTITY),
    ],
    elements: &[
        ("tuple", &TUPLE),
        ("status", &STATUS),
        ("basic", &BASIC),
        ("contact", &CONTACT),
        ("note", &NOTE),
        ("timestamp", &TIMESTAMP),
    ],
};

/// The root elements of the other DTDs tshark 4.0 ships (in lower case,
/// as looked up): read, but not shown.
const OTHER_DTD_ROOTS: &[&[u8]] = &[
    b"list",
    b"rss",
    b"smil",
    b"reginfo",
    b"watcherinfo",
    b"poc-settings",
    b"mediaservercontrol",
    b"dc",
    b"itunes",
];

/// What a DTD root lookup (`xml_ns.elements`) finds.
enum Root {
    Presence,
    Other,
}

fn dtd_root(lower: &[u8]) -> Option<Root> {
    if lower == b"presence" {
        Some(Root::Presence)
    } else if OTHER_DTD_ROOTS.contains(&lower) {
        Some(Root::Other)
    } else {
        None
    }
}

/// The XML dissector on a body `b` (HTTP, HTTP/2, a multipart part): its
/// items into `l`. It reads two bytes of a byte-order mark first: a
/// shorter body is left alone.
pub fn body(l: &mut crate::dissect::layer::Layer<'_>, b: &[u8]) {
    if b.len() >= 2 {
        fields(l, &parse(b), b);
    }
}

/// The XML dissector's items of `doc` (parsed from `b`) into `l` (none
/// for a document osidump does not show as tshark does:
/// [`Parsed::unsupported`]).
pub fn fields(l: &mut crate::dissect::layer::Layer<'_>, doc: &Parsed, b: &[u8]) {
    if doc.unsupported {
        return;
    }
    for item in &doc.items {
        match item {
            Item::Str(def, r) => {
                crate::dissect::expert::utf8_string(l, def, b.get(r.clone()).unwrap_or_default())
            }
            Item::Label(def, s) => l.str(def, s.clone()),
            Item::Expert(e) => crate::dissect::expert::add(l, e, None),
        }
    }
}

/// A parsed document.
pub struct Parsed {
    pub items: Vec<Item>,
    /// Node 0 is the root.
    pub nodes: Vec<Node>,
    /// The document holds what osidump does not show as tshark does (see
    /// the module's doc): its items are not to be shown.
    pub unsupported: bool,
}

fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_name(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_')
}

fn is_attr_name(c: u8) -> bool {
    is_name(c) || c == b':'
}

fn skip(b: &[u8], mut p: usize) -> usize {
    while b.get(p).is_some_and(|&c| is_blank(c)) {
        p += 1;
    }
    p
}

/// A run of at least one byte matching `pred` at `p`: its end.
fn run(b: &[u8], p: usize, pred: fn(u8) -> bool) -> Option<usize> {
    let n = b.get(p..)?.iter().take_while(|&&c| pred(c)).count();
    (n > 0).then_some(p + n)
}

fn lit(b: &[u8], p: usize, s: &[u8]) -> Option<usize> {
    b.get(p..)?.starts_with(s).then_some(p + s.len())
}

fn lit_ci(b: &[u8], p: usize, s: &[u8]) -> Option<usize> {
    let end = p.checked_add(s.len())?;
    b.get(p..end)?.eq_ignore_ascii_case(s).then_some(end)
}

/// The searches the grammar repeats (a closing quote, `-->`, `]]>`,
/// `>`), remembered: an unterminated `<!--` or quote read again at each
/// later position would make a document's reading quadratic.
struct Finder<'b> {
    b: &'b [u8],
    memo: [std::cell::Cell<Memo>; 5],
}

/// The last search of one pattern: from `from`, first found at `at`.
#[derive(Clone, Copy)]
struct Memo {
    from: usize,
    at: Option<usize>,
}

const DQUOTE: usize = 0;
const SQUOTE: usize = 1;
const COMMENT_END: usize = 2;
const CDATA_END: usize = 3;
const GT: usize = 4;
const PATTERNS: [&[u8]; 5] = [b"\"", b"'", b"-->", b"]]>", b">"];

impl<'b> Finder<'b> {
    fn new(b: &'b [u8]) -> Self {
        let none = Memo {
            from: usize::MAX,
            at: None,
        };
        Finder {
            b,
            memo: std::array::from_fn(|_| std::cell::Cell::new(none)),
        }
    }

    /// Where pattern `i` first occurs at or after `p`.
    fn find(&self, i: usize, p: usize) -> Option<usize> {
        let (Some(memo), Some(pat)) = (self.memo.get(i), PATTERNS.get(i)) else {
            return None;
        };
        let m = memo.get();
        if p >= m.from {
            match m.at {
                None => return None,
                Some(a) if a >= p => return Some(a),
                Some(_) => {}
            }
        }
        let at = self
            .b
            .get(p..)
            .and_then(|rest| rest.windows(pat.len()).position(|w| w == *pat))
            .map(|k| p + k);
        memo.set(Memo { from: p, at });
        at
    }

    /// `tvbparse_until(..., TP_UNTIL_INCLUDE)`: past the first pattern `i`
    /// from `p`. Its loop tries `p`, then each later offset but the
    /// buffer's last: a `>` ending the bytes read ends nothing.
    fn until(&self, i: usize, p: usize) -> Option<usize> {
        let len = PATTERNS.get(i)?.len();
        if p.saturating_add(len) > self.b.len() {
            return None;
        }
        self.find(i, p)
            .filter(|&at| at == p || at + 2 <= self.b.len())
            .map(|at| at + len)
    }
}

/// A tag name: `prefix:name` (blanks allowed around the colon) or `name`.
struct TagName {
    end: usize,
    /// The prefix's range, for `prefix:name`.
    prefix: Option<Range<usize>>,
    /// The name's range (past the prefix).
    leaf: Range<usize>,
}

fn tag_name(b: &[u8], p: usize) -> Option<TagName> {
    let end = run(b, p, is_name)?;
    let colon = skip(b, end);
    if b.get(colon) == Some(&b':') {
        let leaf_start = skip(b, colon + 1);
        if let Some(leaf_end) = run(b, leaf_start, is_name) {
            return Some(TagName {
                end: leaf_end,
                prefix: Some(p..end),
                leaf: leaf_start..leaf_end,
            });
        }
    }
    Some(TagName {
        end,
        prefix: None,
        leaf: p..end,
    })
}

/// One `name=value`.
struct Attr {
    start: usize,
    end: usize,
    name: Range<usize>,
    /// The value without its quotes.
    value: Range<usize>,
}

fn attribute(f: &Finder, p: usize) -> Option<Attr> {
    let b = f.b;
    let name_end = run(b, p, is_attr_name)?;
    let eq = skip(b, name_end);
    if b.get(eq) != Some(&b'=') {
        return None;
    }
    let v = skip(b, eq + 1);
    let (end, value) = match *b.get(v)? {
        q @ (b'"' | b'\'') => {
            let close = f.find(if q == b'"' { DQUOTE } else { SQUOTE }, v + 1)?;
            (close + 1, v + 1..close)
        }
        c if c.is_ascii_digit() => {
            let e = run(b, v, |c| c.is_ascii_digit())?;
            (e, v..e)
        }
        _ => {
            let e = run(b, v, is_name)?;
            (e, v..e)
        }
    };
    Some(Attr {
        start: p,
        end,
        name: p..name_end,
        value,
    })
}

/// `one_or_more(attribute)`, blanks before each.
fn attributes(f: &Finder, p: usize) -> (Vec<Attr>, usize) {
    let b = f.b;
    let mut out = Vec::new();
    let mut at = p;
    loop {
        let s = skip(b, at);
        match attribute(f, s) {
            Some(a) => {
                at = a.end;
                out.push(a);
            }
            None => return (out, at),
        }
    }
}

/// How a tag ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    Open,
    Closed,
}

fn stoptag(b: &[u8], p: usize) -> Option<(Stop, usize)> {
    let s = skip(b, p);
    if b.get(s) == Some(&b'>') {
        return Some((Stop::Open, s + 1));
    }
    lit(b, s, b"/>").map(|e| (Stop::Closed, e))
}

/// A tag's parts: its name, attributes and end.
struct Tag {
    name: TagName,
    attrs: Vec<Attr>,
    stop: Stop,
    end: usize,
}

fn tag(f: &Finder, p: usize) -> Option<Tag> {
    let b = f.b;
    let n = lit(b, p, b"<")?;
    let name = tag_name(b, skip(b, n))?;
    let (attrs, after) = attributes(f, name.end);
    if !attrs.is_empty()
        && let Some((stop, end)) = stoptag(b, after)
    {
        return Some(Tag {
            name,
            attrs,
            stop,
            end,
        });
    }
    let (stop, end) = stoptag(b, name.end)?;
    Some(Tag {
        name,
        attrs: Vec::new(),
        stop,
        end,
    })
}

/// `<?name attributes ?>`.
struct Pi {
    name: Range<usize>,
    attrs: Vec<Attr>,
    end: usize,
}

fn xmlpi(f: &Finder, p: usize) -> Option<Pi> {
    let b = f.b;
    let n = lit(b, p, b"<?")?;
    let s = skip(b, n);
    let name_end = run(b, s, is_name)?;
    if let Some(end) = lit(b, skip(b, name_end), b"?>") {
        return Some(Pi {
            name: s..name_end,
            attrs: Vec::new(),
            end,
        });
    }
    let (attrs, after) = attributes(f, name_end);
    if attrs.is_empty() {
        return None;
    }
    let end = lit(b, skip(b, after), b"?>")?;
    Some(Pi {
        name: s..name_end,
        attrs,
        end,
    })
}

fn closing_tag(b: &[u8], p: usize) -> Option<usize> {
    let n = lit(b, p, b"<")?;
    let n = lit(b, skip(b, n), b"/")?;
    let name = tag_name(b, skip(b, n))?;
    lit(b, skip(b, name.end), b">")
}

/// `<!DOCTYPE name [` (true: a section opens) or `<!DOCTYPE name
/// PUBLIC|SYSTEM ... >`, and the name.
fn doctype(f: &Finder, p: usize) -> Option<(bool, usize, Range<usize>)> {
    let b = f.b;
    let n = lit(b, p, b"<")?;
    let n = lit(b, skip(b, n), b"!")?;
    let n = lit_ci(b, skip(b, n), b"DOCTYPE")?;
    let name_start = skip(b, n);
    let name_end = run(b, name_start, is_name)?;
    let name = name_start..name_end;
    let s = skip(b, name_end);
    if b.get(s) == Some(&b'[') {
        return Some((true, s + 1, name));
    }
    let k = lit_ci(b, s, b"PUBLIC").or_else(|| lit_ci(b, s, b"SYSTEM"))?;
    f.until(GT, skip(b, k)).map(|e| (false, e, name))
}

fn dtd_close(b: &[u8], p: usize) -> Option<usize> {
    let n = lit(b, p, b"]")?;
    lit(b, skip(b, n), b">")
}

fn dtd_tag(f: &Finder, p: usize) -> Option<usize> {
    let b = f.b;
    let n = lit(b, p, b"<")?;
    let n = lit(b, skip(b, n), b"!")?;
    f.until(GT, skip(b, n))
}

struct Parser<'b> {
    b: &'b [u8],
    find: Finder<'b>,
    out: Parsed,
    stack: Vec<usize>,
}

impl Parser<'_> {
    fn current(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn ns(&self) -> Ns {
        self.out
            .nodes
            .get(self.current())
            .map_or(Ns::Root, |n| n.ns)
    }

    /// A node under the current one; `None` past [`MAX_NODES`].
    fn node(
        &mut self,
        kind: Kind,
        name: Option<Vec<u8>>,
        value: Range<usize>,
        ns: Ns,
    ) -> Option<usize> {
        if self.out.nodes.len() >= MAX_NODES {
            self.out.unsupported = true;
            return None;
        }
        let id = self.out.nodes.len();
        self.out.nodes.push(Node {
            kind,
            name,
            value,
            children: Vec::new(),
            ns,
        });
        let parent = self.current();
        if let Some(p) = self.out.nodes.get_mut(parent) {
            p.children.push(id);
        }
        Some(id)
    }

    fn push(&mut self, id: usize) -> bool {
        if self.stack.len() >= MAX_DEPTH {
            self.out.unsupported = true;
            return false;
        }
        self.stack.push(id);
        true
    }

    /// `stack->len > 1`: pop, else the expert.
    fn pop(&mut self, expert: &'static Expert) {
        if self.stack.len() > 1 {
            self.stack.pop();
        } else {
            self.out.items.push(Item::Expert(expert));
        }
    }

    /// `after_attrib`: a field of the current namespace's, else
    /// `xml.attribute` with the whole `name=value`.
    fn attribute(&mut self, a: &Attr) {
        let b = self.b;
        let name = &b[a.name.clone()];
        let lower = name.to_ascii_lowercase();
        let known: Option<&'static FieldDef> = match self.ns() {
            Ns::XmlDecl => match lower.as_slice() {
                b"version" => Some(f::xml::XMLPI_XML_VERSION),
                b"encoding" => Some(f::xml::XMLPI_XML_ENCODING),
                b"standalone" => Some(f::xml::XMLPI_XML_STANDALONE),
                _ => None,
            },
            Ns::Dtd(d) => d
                .attrs
                .iter()
                .find(|(n, _)| n.as_bytes() == lower.as_slice())
                .map(|(_, def)| **def),
            _ => None,
        };
        match known {
            Some(def) => self.out.items.push(Item::Str(def, a.value.clone())),
            None => self
                .out
                .items
                .push(Item::Str(f::xml::ATTRIBUTE, a.start..a.end)),
        }
        self.node(Kind::Attrib, Some(name.to_vec()), a.value.clone(), Ns::None);
    }

    /// `before_tag`: the namespace a tag named `name` takes here.
    fn tag_ns(&mut self, name: &TagName) -> Ns {
        let b = self.b;
        if let Some(prefix) = &name.prefix {
            return match dtd_root(&b[prefix.clone()]) {
                Some(Root::Presence) => PRESENCE
                    .elements
                    .iter()
                    .find(|(n, _)| n.as_bytes() == &b[name.leaf.clone()])
                    .map_or(Ns::Unknown, |(_, d)| Ns::Dtd(d)),
                Some(Root::Other) => {
                    self.out.unsupported = true;
                    Ns::Unknown
                }
                None => Ns::Unknown,
            };
        }
        let lower = b[name.leaf.clone()].to_ascii_lowercase();
        // A node without a namespace (a DOCTYPE's): unknown.
        if matches!(self.ns(), Ns::None) {
            return Ns::Unknown;
        }
        if let Ns::Dtd(d) = self.ns()
            && let Some((_, child)) = d
                .elements
                .iter()
                .find(|(n, _)| n.as_bytes() == lower.as_slice())
        {
            return Ns::Dtd(child);
        }
        match dtd_root(&lower) {
            Some(Root::Presence) => Ns::Dtd(&PRESENCE),
            Some(Root::Other) => {
                self.out.unsupported = true;
                Ns::Unknown
            }
            None => Ns::Unknown,
        }
    }

    fn tag(&mut self, p: usize, t: Tag) {
        let b = self.b;
        let ns = self.tag_ns(&t.name);
        match ns {
            Ns::Dtd(d) if d.proto => {
                let mut label = crate::dissect::expert::format_text(&b[p..t.name.end]);
                if t.attrs.is_empty() {
                    label.push_str(if t.stop == Stop::Open { ">" } else { "/>" });
                }
                self.out.items.push(Item::Label(d.field, label));
            }
            Ns::Dtd(d) => self.out.items.push(Item::Str(d.field, p..t.end)),
            _ => self.out.items.push(Item::Str(f::xml::TAG, p..t.end)),
        }
        let name = b[t.name.leaf.clone()].to_vec();
        let Some(id) = self.node(Kind::Tag, Some(name), p..t.end, ns) else {
            return;
        };
        if !self.push(id) {
            return;
        }
        for a in &t.attrs {
            self.attribute(a);
        }
        if t.stop == Stop::Closed {
            self.pop(&CLOSING_UNOPENED_TAG);
        }
    }

    fn xmlpi(&mut self, p: usize, pi: Pi) {
        let b = self.b;
        let name = &b[pi.name.clone()];
        let (def, ns) = if name == b"xml" {
            (f::xml::XMLPI_XML, Ns::XmlDecl)
        } else {
            (f::xml::XMLPI, Ns::None)
        };
        self.out.items.push(Item::Str(def, p..pi.end));
        let Some(id) = self.node(Kind::XmlPi, Some(name.to_ascii_lowercase()), p..pi.end, ns)
        else {
            return;
        };
        if !self.push(id) {
            return;
        }
        for a in &pi.attrs {
            self.attribute(a);
        }
        self.pop(&CLOSING_UNOPENED_XMPLI_TAG);
    }

    /// Text up to the next `<`.
    fn text(&mut self, r: Range<usize>) {
        let item = match self.ns() {
            Ns::Root | Ns::None => Item::Str(f::xml::UNKNOWN, r.clone()),
            // The DTD root's text is an item of its protocol: its label.
            Ns::Dtd(d) if d.proto => Item::Label(
                d.field,
                crate::dissect::expert::format_text(&self.b[r.clone()]),
            ),
            Ns::Dtd(d) => Item::Str(d.field, r.clone()),
            _ => Item::Str(f::xml::CDATA, r.clone()),
        };
        self.out.items.push(item);
        self.node(Kind::Cdata, None, r, Ns::None);
    }

    /// One `tvbparse_get`: false at the end.
    fn step(&mut self, at: &mut usize) -> bool {
        let b = self.b;
        let p = skip(b, *at);
        if p >= b.len() {
            return false;
        }
        let find = &self.find;
        if let Some(e) = lit(b, p, b"<!--").and_then(|n| find.until(COMMENT_END, skip(b, n))) {
            self.out.items.push(Item::Str(f::xml::COMMENT, p..e));
            *at = e;
        } else if let Some(e) =
            lit(b, p, b"<![CDATA[").and_then(|n| find.until(CDATA_END, skip(b, n)))
        {
            self.out.items.push(Item::Str(f::xml::CDATASECTION, p..e));
            *at = e;
        } else if let Some(pi) = xmlpi(find, p) {
            *at = pi.end;
            self.xmlpi(p, pi);
        } else if let Some(e) = closing_tag(b, p) {
            *at = e;
            self.pop(&CLOSING_UNOPENED_TAG);
        } else if let Some((open, e, name)) = doctype(find, p) {
            // `before_dtd_doctype` opens a node without a namespace;
            // `PUBLIC`/`SYSTEM` closes it at once.
            *at = e;
            self.out
                .items
                .push(Item::Str(f::xml::DOCTYPE, name.clone()));
            let name = b[name].to_vec();
            if let Some(id) = self.node(Kind::Doctype, Some(name), p..e, Ns::None)
                && self.push(id)
                && !open
            {
                self.pop(&CLOSING_UNOPENED_TAG);
            }
        } else if let Some(e) = dtd_close(b, p) {
            *at = e;
            self.pop(&CLOSING_UNOPENED_TAG);
        } else if let Some(e) = dtd_tag(find, p) {
            self.out.items.push(Item::Str(f::xml::DTDTAG, p..e));
            *at = e;
        } else if let Some(t) = tag(find, p) {
            *at = t.end;
            self.tag(p, t);
        } else if b[p] != b'<' {
            let e = b[p..]
                .iter()
                .position(|&c| c == b'<')
                .map_or(b.len(), |i| p + i);
            *at = e;
            self.text(p..e);
        } else {
            let e = b[p..]
                .iter()
                .position(|&c| is_blank(c))
                .map_or(b.len(), |i| p + i);
            *at = e;
            self.out.items.push(Item::Expert(&UNRECOGNIZED_TEXT));
        }
        if self.out.nodes.len() >= MAX_NODES || self.stack.len() >= MAX_DEPTH {
            // Reading stops here: what follows is not shown.
            self.out.unsupported = true;
            return false;
        }
        true
    }
}

/// Reads `b` as tshark's XML dissector does.
pub fn parse(b: &[u8]) -> Parsed {
    let mut p = Parser {
        b,
        find: Finder::new(b),
        out: Parsed {
            items: Vec::new(),
            nodes: vec![Node {
                kind: Kind::Root,
                name: None,
                value: 0..b.len(),
                children: Vec::new(),
                ns: Ns::Root,
            }],
            // A byte-order mark: tshark reads the document decoded from
            // UTF-16.
            unsupported: b.starts_with(&[0xfe, 0xff]) || b.starts_with(&[0xff, 0xfe]),
        },
        stack: vec![0],
    };
    let mut at = 0usize;
    while p.step(&mut at) {}
    p.out
}

impl Parsed {
    pub fn node(&self, id: usize) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// The root's children (the document's top-level tags, texts and
    /// processing instructions).
    pub fn top(&self) -> &[usize] {
        self.nodes.first().map_or(&[], |n| n.children.as_slice())
    }
}
