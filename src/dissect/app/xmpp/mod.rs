//! XMPP (Jabber, TCP port 5222) as tshark 4.0's `xmpp` dissector
//! (packet-xmpp*.c) shows it, with the XML it carries (packet-xml.c, see
//! [`xml`]).
//!
//! tshark reads a segment at a time, but one whose last byte that is not
//! a blank is not `>` is held and read again with the next segment of
//! that side (`DESEGMENT_ONE_MORE_SEGMENT`), and so on until the bytes
//! held end with `>`. (packet-xmpp.c compares C `char`s, which are signed:
//! bytes past 0x7f count as blanks.) The bytes are then one call: the XML
//! dissector reads them (its items are the `xml.*` fields; `frame.protocols`
//! lists `xml` after `xmpp`, and the Protocol column is `XMPP/XML`), then
//! XMPP reads each element at the document's top:
//! - `iq`, `presence`, `message` (`xmpp.iq`... with `xmpp.id`,
//!   `xmpp.type`, `xmpp.from`, `xmpp.to`), `auth`, `challenge`,
//!   `response`, `success`, `failure`, `stream` (`stream:stream`),
//!   `features`, `starttls`, `proceed`, the `<?xml ... ?>` declaration
//!   (`xmpp.xml_header_version`); any other (text too) is an unknown packet
//!   (`xmpp.packet_unknown`, Info `UNKNOWN PACKET`);
//! - each element is `xmpp.out` when sent to the XMPP port, else
//!   `xmpp.in`;
//! - an `iq` with an `id` is a request the first time the conversation
//!   sees that id (ignoring case; "Packet without response", as tshark's
//!   single pass has not seen the answer yet), an answer later
//!   (`xmpp.response_to`);
//! - the Info column is the last element's: its name (`IQ(get)`, then
//!   the `iq`'s children as `QUERY(disco#items)`, `BIND`...), then
//!   `> to` for what goes to the port, `< from` for the rest;
//! - bytes that begin with a closing tag end the stream (`xmpp.stream_end`,
//!   Info `STREAM END`), whatever follows.
//!
//! A `proceed` hands the conversation to TLS from the next segment on
//! (tshark's `ssl_starttls_ack`); one before any `starttls` gets the
//! expert "Haven't seen a STARTTLS".
//!
//! Not shown: what XMPP puts in its tree below the element's own item
//! (`xmpp.query`, `xmpp.xmlns`, the unknown attributes and elements with
//! their experts, jingle, muc, gtalk...).
//!
//! The promise: no input makes this module panic; a side holds at most
//! [`MAX_HELD`] bytes waiting for a `>` (past that they are dropped, and
//! reading starts again with the next segment), and a conversation
//! remembers at most [`MAX_IDS`] `iq` ids (the oldest go first).

pub mod fields;
use crate::dissect::app::xml;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::collections::{HashMap, VecDeque};

/// XMPP's port (TCP), as tshark 4.0's table has it (`tshark -G decodes`).
pub const PORTS: &[u16] = &[5222];

/// Most bytes a side holds waiting for the `>` that ends them.
pub const MAX_HELD: usize = 1 << 20;

/// Most `iq` ids a conversation remembers.
pub const MAX_IDS: usize = 4096;

ei!(PACKET_UNKNOWN, f::xmpp::PACKET_UNKNOWN, Undecoded, Note);
ei!(
    PACKET_WITHOUT_RESPONSE,
    f::xmpp::PACKET_WITHOUT_RESPONSE,
    Protocol,
    Chat
);
ei!(STARTTLS_MISSING, f::xmpp::STARTTLS_MISSING, Protocol, Warn);
ei!(
    REQUIRED_ATTRIBUTE,
    f::xmpp::REQUIRED_ATTRIBUTE,
    Protocol,
    Warn
);
// The SASL exchange's elements, and a stanza's error (`ei_xmpp_response`
// serves both).
ei!(CHALLENGE, f::xmpp::CHALLENGE, Response, Chat);
ei!(RESPONSE, f::xmpp::RESPONSE, Response, Chat);
ei!(SUCCESS, f::xmpp::SUCCESS, Response, Chat);

/// Bytes one side holds, from stream offset `start`.
#[derive(Default)]
struct Side {
    held: Vec<u8>,
    start: u64,
}

/// XMPP over TCP, both sides of one conversation (packet-xmpp.c's
/// `xmpp_conv_info_t`).
#[derive(Default)]
pub struct XmppDecoder {
    sides: [Side; 2],
    ports: Option<(u16, u16)>,
    frame: u64,
    /// The frame of each `iq` id's first sighting (the id in lower case).
    requests: HashMap<Vec<u8>, u64>,
    /// The ids in the order they were first seen, for eviction.
    order: VecDeque<Vec<u8>>,
    /// A `starttls` was read.
    starttls: bool,
    /// A `proceed` was just read: TLS from the next segment on.
    proceed: bool,
}

impl XmppDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// tshark's `pinfo->match_uint == pinfo->destport`.
    fn to_server(&self, dir: Dir) -> bool {
        super::to_matched_port(self.ports, PORTS, dir)
    }
}

/// packet-xmpp.c's test before reading: the last byte that is not a blank
/// (a signed `char` at most `' '`) is `>`.
pub fn ends_with_gt(b: &[u8]) -> bool {
    let Some(mut i) = b.len().checked_sub(1) else {
        return true;
    };
    let signed = |c: u8| c as i8;
    let mut c = signed(b[i]);
    while c <= b' ' as i8 && i >= 1 {
        i -= 1;
        c = signed(b[i]);
    }
    c == b'>' as i8
}

/// `want_stream_end_tag`: the bytes begin (past blanks) with a closing
/// tag.
fn stream_close(b: &[u8]) -> bool {
    let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    let p = b.iter().position(|c| !blank(c)).unwrap_or(b.len());
    let Some(rest) = b.get(p..).and_then(|r| r.strip_prefix(b"</")) else {
        return false;
    };
    let rest = &rest[rest.iter().position(|c| !blank(c)).unwrap_or(rest.len())..];
    let n = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b':'))
        .count();
    if n == 0 {
        return false;
    }
    let rest = &rest[n..];
    rest.iter().find(|c| !blank(c)) == Some(&b'>')
}

/// An attribute's value as XMPP reads it: a C string.
fn c_str(b: &[u8]) -> String {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    String::from_utf8_lossy(&b[..end]).into_owned()
}

/// An element as XMPP sees it (`xmpp_element_t`): its name, attributes
/// (a later one of the same name replaces an earlier one) and child tags.
struct Element<'p> {
    name: Option<&'p [u8]>,
    attrs: Vec<(&'p [u8], std::ops::Range<usize>)>,
    children: Vec<usize>,
    /// The last text inside it (`element->data`).
    text: Option<std::ops::Range<usize>>,
}

impl<'p> Element<'p> {
    fn of(doc: &'p xml::Parsed, id: usize) -> Option<Self> {
        let n = doc.node(id)?;
        let mut attrs: Vec<(&[u8], std::ops::Range<usize>)> = Vec::new();
        let mut children = Vec::new();
        let mut text = None;
        for &c in &n.children {
            let Some(child) = doc.node(c) else { continue };
            match child.kind {
                xml::Kind::Attrib => {
                    let name = child.name.as_deref().unwrap_or_default();
                    match attrs.iter_mut().find(|(k, _)| *k == name) {
                        Some(a) => a.1 = child.value.clone(),
                        None => attrs.push((name, child.value.clone())),
                    }
                }
                xml::Kind::Tag => children.push(c),
                xml::Kind::Cdata => text = Some(child.value.clone()),
                _ => {}
            }
        }
        Some(Element {
            name: if matches!(n.kind, xml::Kind::Cdata) {
                None
            } else {
                n.name.as_deref()
            },
            attrs,
            children,
            text,
        })
    }

    fn attr<'b>(&self, b: &'b [u8], name: &str) -> Option<&'b [u8]> {
        self.attrs
            .iter()
            .find(|(k, _)| *k == name.as_bytes())
            .and_then(|(_, r)| b.get(r.clone()))
    }
}

/// What an `iq` child adds to the Info column.
enum Says {
    Text(&'static str),
    /// A name and an attribute's value in parentheses (`JINGLE(action)`).
    WithAttr(&'static str, &'static str),
}

/// The children an `iq`'s handlers take, in the order tshark tries them
/// (each takes the first child not taken that has the name and, if given,
/// the `xmlns`), and what each adds to the Info column.
const IQ_CHILDREN: &[(&str, Option<&str>, Says)] = &[
    (
        "query",
        Some("http://jabber.org/protocol/disco#items"),
        Says::Text("QUERY(disco#items) "),
    ),
    (
        "query",
        Some("jabber:iq:roster"),
        Says::Text("QUERY(jabber:iq:roster) "),
    ),
    (
        "query",
        Some("http://jabber.org/protocol/disco#info"),
        Says::Text("QUERY(disco#info) "),
    ),
    (
        "query",
        Some("http://jabber.org/protocol/bytestreams"),
        Says::Text("QUERY(bytestreams) "),
    ),
    (
        "query",
        Some("http://jabber.org/protocol/muc#owner"),
        Says::Text("QUERY(muc#owner) "),
    ),
    (
        "query",
        Some("http://jabber.org/protocol/muc#admin"),
        Says::Text("QUERY(muc#admin) "),
    ),
    ("bind", None, Says::Text("BIND ")),
    (
        "session",
        Some("urn:ietf:params:xml:ns:xmpp-session"),
        Says::Text("SESSION "),
    ),
    ("vCard", None, Says::Text("VCARD ")),
    ("jingle", None, Says::WithAttr("JINGLE", "action")),
    (
        "services",
        Some("http://jabber.org/protocol/jinglenodes"),
        Says::Text("SERVICES "),
    ),
    (
        "channel",
        Some("http://jabber.org/protocol/jinglenodes#channel"),
        Says::Text(""),
    ),
    (
        "open",
        Some("http://jabber.org/protocol/ibb"),
        Says::Text("IBB-OPEN "),
    ),
    (
        "close",
        Some("http://jabber.org/protocol/ibb"),
        Says::Text("IBB-CLOSE "),
    ),
    (
        "data",
        Some("http://jabber.org/protocol/ibb"),
        Says::Text("IBB-DATA "),
    ),
    ("si", None, Says::Text("SI ")),
    ("error", None, Says::Text("")),
    (
        "session",
        Some("http://www.google.com/session"),
        Says::WithAttr("GTALK-SESSION", "type"),
    ),
    (
        "query",
        Some("google:jingleinfo"),
        Says::Text("QUERY(google:jingleinfo) "),
    ),
    ("usersetting", Some("google:setting"), Says::Text("")),
    (
        "query",
        Some("jabber:iq:last"),
        Says::Text("QUERY(jabber:iq:last) "),
    ),
    (
        "query",
        Some("jabber:iq:version"),
        Says::Text("QUERY(jabber:iq:version) "),
    ),
    (
        "query",
        Some("google:mail:notify"),
        Says::Text("QUERY(google:mail:notify) "),
    ),
    ("mailbox", None, Says::Text("MAILBOX ")),
    ("new-mail", None, Says::Text("NEW-MAIL ")),
    (
        "query",
        Some("google:shared-status"),
        Says::Text("QUERY(google:shared-status) "),
    ),
    // tshark's spelling.
    ("conference-info", None, Says::Text("CONFERENC-INFO ")),
    ("ping", Some("urn:xmpp:ping"), Says::Text("PING ")),
    (
        "inputevt",
        Some("http://jitsi.org/protocol/inputevt"),
        Says::Text(""),
    ),
];

/// The Info text an `iq`'s children add: its handlers' in their order,
/// then each child none took, its name in upper case.
fn iq_children(doc: &xml::Parsed, b: &[u8], el: &Element<'_>, info: &mut String) {
    let kids: Vec<Element<'_>> = el
        .children
        .iter()
        .filter_map(|&c| Element::of(doc, c))
        .collect();
    let mut taken = vec![false; kids.len()];
    for (name, xmlns, says) in IQ_CHILDREN {
        let found = kids.iter().enumerate().position(|(i, k)| {
            !taken[i]
                && k.name == Some(name.as_bytes())
                && xmlns.is_none_or(|x| k.attr(b, "xmlns") == Some(x.as_bytes()))
        });
        let Some(i) = found else { continue };
        taken[i] = true;
        match says {
            Says::Text(t) => info.push_str(t),
            Says::WithAttr(n, a) => {
                let v = kids[i].attr(b, a).map(c_str).unwrap_or_default();
                info.push_str(&format!("{n}({v}) "));
            }
        }
    }
    for (k, _) in kids.iter().zip(taken).filter(|(_, t)| !t) {
        info.push_str(&String::from_utf8_lossy(k.name.unwrap_or_default()).to_ascii_uppercase());
        info.push(' ');
    }
}

impl XmppDecoder {
    /// `xmpp_iq_reqresp_track`, then what `xmpp_iq` shows of it: the frame
    /// of the request this one answers, if it is an answer.
    fn track(&mut self, id: &[u8]) -> Option<u64> {
        let key = id.to_ascii_lowercase();
        if let Some(&req) = self.requests.get(&key) {
            return (req != self.frame).then_some(req);
        }
        if self.order.len() >= MAX_IDS
            && let Some(old) = self.order.pop_front()
        {
            self.requests.remove(&old);
        }
        self.requests.insert(key.clone(), self.frame);
        self.order.push_back(key);
        None
    }

    /// One call of tshark's `dissect_xmpp` on bytes that end with `>`.
    fn call(&mut self, to_server: bool, b: &[u8]) -> Layer<'static> {
        let mut l = Layer::new(Osi::Application, "xmpp", 0..b.len());
        if b.len() < 2 {
            // The XML dissector reads two bytes for a byte-order mark.
            l.str(f::xmpp::OSIDUMP_INFO, "");
            l.read_past_end("xml", "XML's byte-order mark".into(), false);
            return l;
        }
        let doc = xml::parse(b);
        xml::fields(&mut l, &doc, b);
        let mut info = String::new();
        if stream_close(b) {
            l.present(f::xmpp::STREAM_END);
            l.str(f::xmpp::OSIDUMP_INFO, "STREAM END");
            return l;
        }
        for &id in doc.top() {
            let Some(el) = Element::of(&doc, id) else {
                continue;
            };
            l.boolean(if to_server { f::xmpp::OUT } else { f::xmpp::IN }, true);
            info.clear();
            let attr = |name: &str| el.attr(b, name).map(c_str);
            let put = |l: &mut Layer<'static>, def: &'static FieldDef, name: &str| {
                if let Some(v) = attr(name) {
                    l.str(def, v);
                }
            };
            match el.name {
                Some(b"iq") => {
                    let answers = el.attr(b, "id").and_then(|id| self.track(id));
                    l.present(f::xmpp::IQ);
                    put(&mut l, f::xmpp::ID, "id");
                    put(&mut l, f::xmpp::TYPE, "type");
                    put(&mut l, f::xmpp::FROM, "from");
                    put(&mut l, f::xmpp::TO, "to");
                    info.push_str(&format!("IQ({}) ", attr("type").unwrap_or_default()));
                    iq_children(&doc, b, &el, &mut info);
                    stanza_error(&mut l, &doc, b, &el);
                    if el.attrs.iter().any(|(k, _)| *k == b"id") {
                        match answers {
                            Some(req) => l.push(f::xmpp::RESPONSE_TO, Value::UInt(req)),
                            None => expert::add(&mut l, &PACKET_WITHOUT_RESPONSE, None),
                        }
                    }
                }
                Some(name @ (b"presence" | b"message")) => {
                    let presence = name == b"presence";
                    l.present(if presence {
                        f::xmpp::PRESENCE
                    } else {
                        f::xmpp::MESSAGE
                    });
                    put(&mut l, f::xmpp::FROM, "from");
                    put(&mut l, f::xmpp::ID, "id");
                    put(&mut l, f::xmpp::TO, "to");
                    put(&mut l, f::xmpp::TYPE, "type");
                    info.push_str(if presence { "PRESENCE " } else { "MESSAGE " });
                    if !presence && message_has_ibb_data(&doc, b, &el) {
                        info.push_str("IBB-DATA ");
                    }
                    stanza_error(&mut l, &doc, b, &el);
                }
                Some(b"auth") => {
                    l.present(f::xmpp::AUTH);
                    info.push_str("AUTH");
                }
                Some(b"challenge") => {
                    expert::add(&mut l, &CHALLENGE, None);
                    info.push_str("CHALLENGE");
                }
                Some(b"response") => {
                    expert::add(&mut l, &RESPONSE, None);
                    info.push_str("RESPONSE");
                }
                Some(b"success") => {
                    expert::add(&mut l, &SUCCESS, None);
                    info.push_str("SUCCESS");
                }
                Some(b"failure") => {
                    l.present(f::xmpp::FAILURE);
                    info.push_str("FAILURE ");
                }
                Some(b"xml") => {
                    // tshark 4.0 writes 1.0, whatever the declaration says.
                    l.str(f::xmpp::XML_HEADER_VERSION, "1.0");
                    info.push_str("XML ");
                }
                Some(b"stream") => {
                    l.present(f::xmpp::STREAM);
                    info.push_str("STREAM ");
                }
                Some(b"features") => {
                    l.present(f::xmpp::FEATURES);
                    info.push_str("FEATURES ");
                }
                Some(b"starttls") => {
                    l.present(f::xmpp::STARTTLS);
                    info.push_str("STARTTLS ");
                    self.starttls = true;
                }
                Some(b"proceed") => {
                    l.present(f::xmpp::PROCEED);
                    if !self.starttls {
                        expert::add(&mut l, &STARTTLS_MISSING, None);
                    }
                    info.push_str("PROCEED ");
                    self.proceed = true;
                }
                name => {
                    let shown = name.map_or_else(|| "<NULL>".into(), String::from_utf8_lossy);
                    expert::add(
                        &mut l,
                        &PACKET_UNKNOWN,
                        Some(format!("Unknown packet: {shown}")),
                    );
                    info.push_str("UNKNOWN PACKET ");
                }
            }
            let (arrow, name) = if to_server {
                ("> ", "to")
            } else {
                ("< ", "from")
            };
            if let Some(v) = attr(name) {
                info.push_str(arrow);
                info.push_str(&v);
                info.push(' ');
            }
        }
        l.str(f::xmpp::OSIDUMP_INFO, info);
        l
    }
}

/// `xmpp_error` on a stanza's first `error` child: "Required attribute"
/// for a missing `type` or condition, then its expert, "Stanza error", the
/// condition (the first child in the stanzas namespace) and each `text`
/// child's text.
fn stanza_error(l: &mut Layer<'static>, doc: &xml::Parsed, b: &[u8], el: &Element<'_>) {
    let Some(err) = el
        .children
        .iter()
        .filter_map(|&c| Element::of(doc, c))
        .find(|k| k.name == Some(b"error"))
    else {
        return;
    };
    let kids: Vec<Element<'_>> = err
        .children
        .iter()
        .filter_map(|&c| Element::of(doc, c))
        .collect();
    let mut msg = String::from("Stanza error");
    let cond = kids
        .iter()
        .position(|k| k.attr(b, "xmlns") == Some(b"urn:ietf:params:xml:ns:xmpp-stanzas"));
    if let Some(i) = cond {
        let name = String::from_utf8_lossy(kids[i].name.unwrap_or_default());
        msg.push_str(&format!(": {name};"));
    }
    // `xmpp_display_attrs`: type, code, then the condition made an
    // attribute; the first and the last are required.
    for (name, present) in [
        ("type", err.attrs.iter().any(|(k, _)| *k == b"type")),
        (
            "condition",
            cond.is_some() || err.attrs.iter().any(|(k, _)| *k == b"condition"),
        ),
    ] {
        if !present {
            expert::add(
                l,
                &REQUIRED_ATTRIBUTE,
                Some(format!(
                    "Required attribute \"{name}\" doesn't appear in \"error\"."
                )),
            );
        }
    }
    for (i, k) in kids.iter().enumerate() {
        if Some(i) == cond || k.name != Some(b"text") {
            continue;
        }
        let text = k
            .text
            .as_ref()
            .and_then(|r| b.get(r.clone()))
            .map(c_str)
            .unwrap_or_default();
        msg.push_str(&format!(" Text: {text}"));
    }
    expert::add(l, &RESPONSE, Some(msg));
}

/// A `message` with IBB data (`<data xmlns="http://jabber.org/protocol/ibb">`).
fn message_has_ibb_data(doc: &xml::Parsed, b: &[u8], el: &Element<'_>) -> bool {
    el.children
        .iter()
        .filter_map(|&c| Element::of(doc, c))
        .any(|k| {
            k.name == Some(b"data") && k.attr(b, "xmlns") == Some(b"http://jabber.org/protocol/ibb")
        })
}

impl StreamDecoder for XmppDecoder {
    fn protocol(&self) -> &'static str {
        "xmpp"
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>()
            + self
                .order
                .iter()
                .map(|k| 2 * k.capacity() + 48)
                .sum::<usize>()
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let to_server = self.to_server(dir);
        let side = &mut self.sides[dir.index()];
        let held = std::mem::take(&mut side.held);
        let (start, joined);
        let buf: &[u8] = if held.is_empty() {
            start = offset;
            data
        } else {
            start = side.start;
            let mut j = held;
            j.extend_from_slice(data);
            joined = j;
            &joined
        };
        if !ends_with_gt(buf) {
            // TCP is asked for one more segment; past the cap the bytes go.
            if buf.len() <= MAX_HELD {
                side.held = buf.to_vec();
                side.start = start;
            }
            return;
        }
        let layer = self.call(to_server, buf);
        out.push(Message {
            layer,
            stream_offset: start,
            stream_end: offset + data.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.sides[dir.index()].held = Vec::new();
    }

    /// A `proceed` was read: TLS from the next segment.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        if !std::mem::take(&mut self.proceed) {
            return None;
        }
        Some(super::handover::Successor {
            decoder: super::tls::new_starttls_stream("XMPP Protocol"),
            from: usize::MAX,
        })
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(XmppDecoder::new()))
}

/// tshark's Info column: what the call wrote (a frame has one XMPP call).
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::xmpp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("XMPP ");
    out.push_str(l.get_str(f::xmpp::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "xmpp",
    also: &[],
    title: "XMPP Protocol",
    osi: Osi::Application,
    fields: f::xmpp::ALL,
    summary,
    info: Some(info),
    // The XML dissector XMPP calls appends its name (unless it threw
    // first).
    column: Some(|l| {
        if l.thrown.is_some() {
            "XMPP"
        } else {
            "XMPP/XML"
        }
    }),
    app: Some(AppSpec {
        decode_as: &["xmpp"],
        tcp_ports: PORTS,
        udp_ports: &[],
        // tshark 4.0 has no XMPP heuristic: its port (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

/// The XML dissector's fields: items of the `xmpp` layer (XML is listed
/// in `frame.protocols` after it, as JSON is after HTTP).
pub static XML_SPEC: ProtocolSpec = ProtocolSpec {
    name: "xml",
    also: &[],
    title: "eXtensible Markup Language",
    osi: Osi::Application,
    fields: f::xml::ALL,
    summary: |out, _| out.push_str("eXtensible Markup Language"),
    info: None,
    column: None,
    app: None,
};

/// presence.dtd's fields (the XML dissector's, for a `presence` element).
pub static PRESENCE_SPEC: ProtocolSpec = ProtocolSpec {
    name: "presence",
    also: &[],
    title: "presence XML doc (RFC 3863)",
    osi: Osi::Application,
    fields: f::presence::ALL,
    summary: |out, _| out.push_str("presence XML doc (RFC 3863)"),
    info: None,
    column: None,
    app: None,
};
