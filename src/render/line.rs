//! One line per packet, like tshark's summary: number, time (`-t`: since the
//! first packet read by default), source → destination, protocol, length, info.

use super::{safe, style};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Layer, Osi, Value};
use crate::views::i18n::Lang;
use std::io::{self, Write};

/// The capture time the time column shows (`frame.time_epoch`).
pub(crate) fn frame_time(d: &Dissection<'_>) -> Option<crate::source::Timestamp> {
    match d.layers.first()?.get(f::frame::TIME_EPOCH)? {
        Value::Time(t) => Some(*t),
        _ => None,
    }
}

#[derive(Default, Clone)]
pub struct LineRenderer {}

impl LineRenderer {
    pub fn write(
        &mut self,
        out: &mut impl Write,
        d: &Dissection<'_>,
        color: bool,
        lang: Lang,
        clock: &mut super::time::Clock,
        s: &mut String,
    ) -> io::Result<()> {
        s.clear();
        let frame = d.layers.first();
        let number = frame
            .and_then(|f| f.get_uint(f::frame::NUMBER))
            .unwrap_or(0);
        let len = frame.and_then(|f| f.get_uint(f::frame::LEN)).unwrap_or(0);
        // `{number:>5} `, without the formatting machinery (every line).
        let mut digits = itoa::Buffer::new();
        let number = digits.format(number);
        for _ in number.len()..5 {
            s.push(' ');
        }
        s.push_str(number);
        s.push(' ');
        // The time column in the `-t` format (relative by default).
        if let Some(t) = frame_time(d) {
            clock.column(s, t);
        } else {
            s.push('?');
        }
        s.push(' ');

        let own = own_layers(d);
        write_endpoints(s, own);
        if let Some(top) = top_layer(own) {
            // What both columns ask of the frame, found once.
            let cx = Cx::new(d, own, top);
            let column = protocol_column(&cx);
            if color {
                let text = column.to_string();
                style::paint(s, color, style::layer(top.osi), &text);
            } else {
                column.push_to(s);
            }
            s.push(' ');
            s.push_str(digits.format(len));
            s.push(' ');
            let start = s.len();
            write_info(s, &cx, lang);
            // Only a data layer holds the note (a field of `data`): the
            // others' fields need no walk.
            if let Some(note) = d
                .layers
                .last()
                .filter(|l| l.protocol == "data")
                .and_then(|l| l.get_str(f::data::OSIDUMP_REASSEMBLY))
            {
                s.push_str(" [");
                s.push_str(&said(note, lang));
                s.push(']');
            }
            let phase = d
                .layers
                .iter()
                .find(|l| l.osi == Osi::Session)
                .and_then(|l| l.get_str(f::session::PHASE));
            if let Some(p) = phase {
                s.push_str(" (");
                s.push_str(&said(p, lang));
                s.push(')');
            }
            // Summaries, notes and phases carry wire text.
            safe::escape_from(s, start);
        }
        // Each kind once: a short frame is truncated at every layer it cuts.
        let mut kinds: Vec<&str> = Vec::new();
        for a in d.layers.iter().flat_map(|l| l.anomalies.iter()) {
            let k = a.kind.as_str();
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
        for k in kinds {
            s.push(' ');
            style::paint(
                s,
                color,
                style::anomaly(),
                &format!("[{}]", anomaly_kind(k, lang)),
            );
        }
        s.push('\n');
        out.write_all(s.as_bytes())
    }
}

/// A layer's protocol spec ([`crate::dissect::spec::of_layer`]), through a
/// small per-thread cache keyed by the name's address: layer names are
/// static strings, a few dozen of them, and each line and each tree layer
/// asks, where the table behind `of_layer` hashes and compares the name.
pub(crate) fn spec_of(
    protocol: &'static str,
) -> Option<&'static crate::dissect::spec::ProtocolSpec> {
    use crate::dissect::spec::ProtocolSpec;
    use std::cell::Cell;
    type Entry = Cell<(usize, usize, Option<&'static ProtocolSpec>)>;
    const SLOTS: usize = 32;
    thread_local! {
        static CACHE: [Entry; SLOTS] = const { [const { Cell::new((0, 0, None)) }; SLOTS] };
    }
    let key = (protocol.as_ptr() as usize, protocol.len());
    let slot = (key.0 >> 3 ^ key.1) % SLOTS;
    CACHE.with(|cache| {
        let (addr, len, spec) = cache[slot].get();
        if (addr, len) == key {
            return spec;
        }
        let spec = crate::dissect::spec::of_layer(protocol);
        cache[slot].set((key.0, key.1, spec));
        spec
    })
}

/// A PIM Register (version 2 type 1, version 1 code 1): tshark's PIM made
/// the columns unwritable before handing on the packet it carries.
fn pim_register(l: &Layer<'_>) -> bool {
    if l.has(f::pim::IGMP_TYPE) {
        l.get_uint(f::pim::VERSION) == Some(1) && l.get_uint(f::pim::CODE) == Some(1)
    } else {
        l.get_uint(f::pim::VERSION) == Some(2) && l.get_uint(f::pim::TYPE) == Some(1)
    }
}

/// The layers a frame's columns speak of. An ICMP error quotes the
/// datagram that caused it: the error is what this packet is, not the
/// quoted datagram's protocols.
fn own_layers<'d, 'a>(d: &'d Dissection<'a>) -> &'d [Layer<'a>] {
    // ICMP's layers are the network layer's: the others' names need no
    // comparison.
    // So are an LCP Protocol-Reject's: tshark's LCP writes the columns,
    // the packet it rejects (an error packet) does not.
    // So are an NHRP Traffic Indication's: the packet that caused it is
    // an error packet.
    // An OpenFlow PACKET_IN or PACKET_OUT makes the columns unwritable:
    // the frame it carries and what follows write none. (One pass: every
    // frame's layers are asked.)
    match d.layers.iter().position(|l| match l.osi {
        Osi::Network => {
            matches!(l.protocol, "icmp" | "icmpv6")
                || l.protocol == "pim" && pim_register(l)
                || l.protocol == "nhrp" && l.get_uint(f::nhrp::HDR_OP_TYPE) == Some(8)
        }
        Osi::DataLink => l.protocol == "lcp" && l.has(f::lcp::REJ_PROTO),
        // sFlow makes the columns unwritable while its sampled headers
        // are dissected.
        _ => crate::dissect::app::openflow::freezes_columns(l) || l.protocol == "sflow",
    }) {
        Some(i) => &d.layers[..=i],
        None => &d.layers[..],
    }
}

/// The layer the Protocol and Info columns name: the highest decoded one
/// (the session layer and raw data say less, and a protocol item without
/// fields, such as TLS on the segment where a record starts, has not
/// written tshark's columns yet).
#[inline]
fn top_layer<'d, 'a>(own: &'d [Layer<'a>]) -> Option<&'d Layer<'a>> {
    own.iter()
        .enumerate()
        .rev()
        .find(|&(i, l)| {
            !matches!(l.protocol, "data" | "session" | "communityid")
                && !is_security_token(l)
                && !said_nothing(l)
                && !column_kept_below(own, i)
                && !crate::dissect::app::dcerpc::carried(own, i)
        })
        .map(|(_, l)| l)
        .or(own.last())
}

/// A security token another protocol carries (an HTTP or LDAP
/// authentication, an SMB session setup): its dissectors leave the
/// Protocol column to the carrier, and NTLMSSP appends its words to the
/// carrier's Info ([`write_info`]).
#[inline]
fn is_security_token(l: &Layer<'_>) -> bool {
    l.osi == Osi::Application
        && matches!(l.protocol, "ntlmssp" | "gss-api" | "spnego" | "spnego-krb5")
}

/// The layer at `i` writes no column: RADIUS makes them unwritable while
/// the EAP it carries decodes.
fn column_kept_below(own: &[Layer<'_>], i: usize) -> bool {
    own[i].protocol == "eap" && i > 0 && own[i - 1].protocol == "radius"
}

/// What the Protocol and Info columns of one frame both ask of it, found
/// once: the frame's own layers, the top one and its spec, whether QUIC
/// writes the columns, and the TCP layer of a segment that began in a cut
/// message ([`cut_then_messages`]).
struct Cx<'d, 'a> {
    d: &'d Dissection<'a>,
    own: &'d [Layer<'a>],
    top: &'d Layer<'a>,
    spec: Option<&'static crate::dissect::spec::ProtocolSpec>,
    quic: bool,
    cut: Option<usize>,
}

impl<'d, 'a> Cx<'d, 'a> {
    fn new(d: &'d Dissection<'a>, own: &'d [Layer<'a>], top: &'d Layer<'a>) -> Self {
        Cx {
            d,
            own,
            top,
            spec: spec_of(top.protocol),
            quic: is_quic(own, top),
            cut: cut_then_messages(d, own, top),
        }
    }
}

/// A layer with no field and no anomaly: a dissector's call that put up
/// its item and asked TCP for more (TLS after a reassembled record); or
/// HTTP's proxy item before what a CONNECT tunnel carries, or HTTP that
/// threw inside a first line the snap length cut. It writes neither
/// column.
fn said_nothing(l: &Layer<'_>) -> bool {
    l.fields.is_empty() && l.anomalies.is_empty()
        || threw_on_first_read(l)
        || crate::dissect::app::dcerpc::awaits_rest(l)
        || crate::dissect::app::srvloc::wrote_no_columns(l)
        || crate::dissect::app::http::tunnel::is_proxy_item(l)
        || crate::dissect::app::http::left_carrier_columns(l)
}

/// A TCP or UDP header of which nothing was captured (a frame cut right
/// after its IP header, or IPv6 handing on an empty payload): tshark's
/// dissector throws on its first read, before it writes either column, so
/// the IP layer's stand (`IPv4`, an IPv6 fragment's Info).
fn threw_on_first_read(l: &Layer<'_>) -> bool {
    !l.anomalies.is_empty()
        && matches!(l.protocol, "tcp" | "udp")
        && l.fields.iter().all(|f| f.def.name.starts_with("_ws."))
}

/// The text of the Protocol column, kept as the static names it is made
/// of so that writing it allocates nothing.
#[derive(Debug, Clone, Copy)]
enum Column<'a> {
    /// Written as it is.
    Name(&'static str),
    /// What the layer's dissectors left, kept in the layer
    /// (`SMTP/IMF/JSON`).
    Text(&'a str),
    /// A filter name, written in upper case.
    Upper(&'static str),
    /// An EtherType no dissector took, `0x0c0d`, as packet-ethertype.c
    /// labels it (and Cisco HDLC a protocol of its own table).
    EtherType(u64),
}

impl Column<'_> {
    fn push_to(self, s: &mut String) {
        match self {
            Column::Name(name) => s.push_str(name),
            Column::Text(text) => s.push_str(text),
            Column::Upper(name) => {
                let start = s.len();
                s.push_str(name);
                s[start..].make_ascii_uppercase();
            }
            Column::EtherType(t) => {
                s.push_str("0x");
                crate::dissect::summary::push_hex(s, t, 4);
            }
        }
    }
}

impl std::fmt::Display for Column<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.push_to(&mut s);
        f.write_str(&s)
    }
}

/// Whether two layers are of one protocol at one OSI layer. Protocol
/// names are static strings, most often the same one: the address
/// comparison spares the byte comparison.
fn same_protocol(a: &Layer<'_>, b: &Layer<'_>) -> bool {
    a.osi == b.osi && (std::ptr::eq(a.protocol, b.protocol) || a.protocol == b.protocol)
}

/// Whether QUIC writes the columns: the top layer is QUIC's, HTTP/3's,
/// or TLS's from QUIC's CRYPTO frames (tshark's QUIC makes the columns
/// unwritable while TLS reads them).
fn is_quic(own: &[Layer<'_>], top: &Layer<'_>) -> bool {
    match top.protocol {
        "quic" | "http3" => true,
        "tls" => crate::dissect::app::quic::in_frame(own),
        _ => false,
    }
}

/// The Protocol column: what the top protocol wrote, inside `GTP <…>` when
/// a GTP T-PDU carried it (packet-gtp.c wraps the column once the packet
/// it carries is dissected).
#[derive(Debug, Clone, Copy)]
struct ProtocolText<'a> {
    column: Column<'a>,
    in_gtp: bool,
}

impl ProtocolText<'_> {
    fn push_to(self, s: &mut String) {
        if self.in_gtp {
            s.push_str("GTP <");
        }
        self.column.push_to(s);
        if self.in_gtp {
            s.push('>');
        }
    }
}

impl std::fmt::Display for ProtocolText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.push_to(&mut s);
        f.write_str(&s)
    }
}

fn protocol_column<'d>(cx: &Cx<'d, '_>) -> ProtocolText<'d> {
    // A GTP T-PDU below the top layer: what it carried wrote the column.
    let in_gtp = cx
        .own
        .iter()
        .take_while(|l| !std::ptr::eq(*l, cx.top))
        .any(|l| l.protocol == "gtp" && l.get_uint(f::gtp::MESSAGE) == Some(0xff));
    ProtocolText {
        column: top_column(cx),
        in_gtp,
    }
}

/// tshark's Protocol column: the top protocol's name, or what its last
/// layer in the frame makes it (`TLSv1.3`, `HTTP/JSON`), as each record or
/// message sets tshark's column in turn.
fn top_column<'d>(cx: &Cx<'d, '_>) -> Column<'d> {
    let (d, top, spec) = (cx.d, cx.top, cx.spec);
    if top.protocol == "eth" {
        return ethernet_column(top);
    }
    if cx.quic {
        return Column::Name(crate::dissect::app::quic::protocol(cx.own));
    }
    if cx.cut.is_some() && !vnc_read_again(top) {
        return Column::Name("TCP");
    }
    // An integrity-only MACsec payload no dissector took: the EtherType
    // dissector writes its number (the Info column keeps MACsec's text).
    if top.protocol == "macsec"
        && let Some(t) = top.get_uint(f::macsec::ETYPE)
    {
        return Column::EtherType(t);
    }
    if top.protocol == "chdlc"
        && let Some(p) = crate::dissect::link::chdlc::column_number(top)
    {
        return Column::EtherType(p);
    }
    let last = d
        .layers
        .iter()
        .rev()
        .find(|l| same_protocol(l, top) && !said_nothing(l))
        .unwrap_or(top);
    // A multipart's parts' dissectors appended to the carrier's column.
    if last.protocol == "mime_multipart"
        && let Some(text) = last.get_str(f::mime_multipart::OSIDUMP_COLUMN)
    {
        return Column::Text(text);
    }
    // SDP appends "/SDP" to its carrier's column.
    if last.protocol == "sdp" && d.layers.iter().any(|l| l.protocol == "sap") {
        return Column::Name("SAP/SDP");
    }
    match spec.and_then(|p| p.column) {
        Some(column) => Column::Name(column(last)),
        None => column_name(last.protocol),
    }
}

/// A segment VNC read with the start of a server message TCP holds for it
/// (one more segment asked for), where that message no longer begins the
/// bytes read (messages read whole come first): VNC's Protocol and Info
/// stand, TCP adds nothing.
fn vnc_read_again(top: &Layer<'_>) -> bool {
    top.protocol == "vnc" && top.has(f::vnc::REASSEMBLE) && !top.has(f::vnc::OSIDUMP_TCP_SEGMENT)
}

/// A segment that began with the end of a message whose middle was lost,
/// then carried messages of the protocol above TCP (see
/// `StreamDecoder::began_in_cut_message`): the index of its TCP layer.
/// tshark's TCP wrote its Protocol and Info for the piece and made the
/// Protocol column unwritable before handing the rest on.
fn cut_then_messages(d: &Dissection<'_>, own: &[Layer<'_>], top: &Layer<'_>) -> Option<usize> {
    if top.osi <= Osi::Transport {
        return None;
    }
    own.iter()
        .position(|l| l.protocol == "tcp")
        .filter(|&i| d.layers[i].has(f::tcp::OSIDUMP_REASSEMBLY))
}

/// tshark's Protocol column when Ethernet is the top layer: Ethernet's
/// own `Ethernet` for a header it could not read (or an 802.3 one), or
/// the EtherType no dissector took.
fn ethernet_column(eth: &Layer<'_>) -> Column<'static> {
    match eth.get_uint(f::eth::TYPE) {
        Some(t) if eth.thrown.is_none() => Column::EtherType(t),
        _ => Column::Name("Ethernet"),
    }
}

/// tshark's Info when Ethernet II is the top layer: `Ethernet II`, which
/// packet-ethertype.c replaces with the EtherType's name when it knows
/// one no dissector took; nothing for a header it could not read. An
/// 802.3 frame keeps osidump's summary.
fn ethernet_info(s: &mut String, eth: &Layer<'_>) -> bool {
    if let Some(t) = eth.get_uint(f::eth::TYPE) {
        let name = (eth.thrown.is_none())
            .then(|| f::eth::TYPE.value_name(t))
            .flatten();
        s.push_str(name.unwrap_or("Ethernet II"));
        return true;
    }
    eth.thrown.is_some() && !eth.has(f::eth::LEN)
}

/// TCP's analysis notes (`[TCP Previous segment not captured] `...), as
/// tshark prepends them to the Info column behind a fence that the
/// protocols above write after; whether there was one.
fn analysis_notes(s: &mut String, tcp: &Layer<'_>, words: &crate::dissect::summary::Words) -> bool {
    let mut noted = false;
    for fl in tcp
        .fields
        .iter()
        .filter(|fl| std::ptr::eq(fl.def, f::tcp::OSIDUMP_ANALYSIS))
    {
        if let Value::Str(label) = &fl.value {
            s.push('[');
            s.push_str(&(words.phrase)(label));
            s.push_str("] ");
            noted = true;
        }
    }
    noted
}

/// tshark's Info column: every message of the top protocol in this frame
/// (several TLS records, pipelined requests), joined as tshark joins them
/// (", ", HTTP's with nothing between); in Korean, osidump's own words
/// (ARP's sentence, TCP's analysis labels) in Korean, through the same
/// writer as the English.
fn write_info(s: &mut String, cx: &Cx<'_, '_>, lang: Lang) {
    let (d, own, top, spec) = (cx.d, cx.own, cx.top, cx.spec);
    let words = match lang {
        Lang::En => &crate::dissect::summary::EN,
        Lang::Ko => &super::ko::KO,
    };
    if top.protocol == "eth" && ethernet_info(s, top) {
        return;
    }
    if cx.quic {
        crate::dissect::app::quic::info(s, own);
        return;
    }
    let message_start = (top.protocol == "tcp")
        .then(|| top.fields.last())
        .flatten()
        .filter(|last| std::ptr::eq(last.def, f::tcp::OSIDUMP_MESSAGE_START));
    if let Some(last) = message_start
        && !matches!(&last.value, Value::Str(t) if t.is_empty())
    {
        // A message whose first line HTTP wrote in the Info column before
        // asking TCP for the rest, which added its note. HTTP's line
        // replaces TCP's summary but not TCP's analysis notes (a gap's
        // "Previous segment not captured"), prepended behind a fence.
        analysis_notes(s, top, words);
        let _ = last.value.write_text(s);
        s.push_str(" [");
        s.push_str(&(words.phrase)("TCP segment of a reassembled PDU"));
        s.push(']');
        return;
    }
    // A segment SOCKS carries that TCP holds for the message it continues:
    // SOCKS wrote its `Version: N`, which HTTP's first line replaced if it
    // wrote one, and TCP added its note. (Not when TLS put its empty item
    // up after SOCKS's: TLS cleared the column before asking for the rest
    // of its record.)
    if top.protocol == "socks"
        && let Some(i) = cx.cut
        && !matches!(d.layers[i].get(f::tcp::OSIDUMP_REASSEMBLY), Some(Value::Str(t))
            if t.as_ref() == crate::dissect::stream::CUT_THEN_PARTIAL)
    {
        let tcp = &d.layers[i];
        let line = tcp
            .fields
            .last()
            .filter(|last| std::ptr::eq(last.def, f::tcp::OSIDUMP_MESSAGE_START))
            .filter(|last| !matches!(&last.value, Value::Str(t) if t.is_empty()));
        let noted = analysis_notes(s, tcp, words);
        let tls_item = d.layers.last().is_some_and(|l| l.protocol != "socks");
        match line {
            Some(l) => {
                let _ = l.value.write_text(s);
                s.push_str(" [");
            }
            None => {
                if noted {
                    s.push(' ');
                }
                if !tls_item {
                    s.push_str(top.get_str(f::socks::OSIDUMP_INFO).unwrap_or(""));
                    s.push(' ');
                }
                s.push('[');
            }
        }
        s.push_str(&(words.phrase)("TCP segment of a reassembled PDU"));
        s.push(']');
        return;
    }
    // Cheapest test first: every TCP line comes here.
    if message_start.is_some()
        || d.layers
            .last()
            .is_some_and(|l| l.osi > Osi::Transport && l.fields.is_empty())
            && top.protocol == "tcp"
            && top.has(f::tcp::OSIDUMP_REASSEMBLY)
    {
        // The segment where a TLS record spanning segments starts (or a
        // BGP message: an empty message start): the protocol cleared the
        // Info column (up to TCP's analysis notes, fenced) before asking
        // TCP for the rest, and TCP wrote its note alone. Unless the
        // segment began with the end of a record a gap cut: TCP wrote its
        // Info for that piece and fenced it before handing the rest on.
        if matches!(top.get(f::tcp::OSIDUMP_REASSEMBLY), Some(Value::Str(t))
            if t.as_ref() == crate::dissect::stream::CUT_THEN_PARTIAL)
            && let Some(i) = own.iter().position(|l| l.protocol == "tcp")
        {
            crate::dissect::spec::info_of(spec_of("tcp"), s, &d.layers, i, words);
            return;
        }
        if analysis_notes(s, top, words) {
            s.push(' ');
        }
        s.push('[');
        s.push_str(&(words.phrase)("TCP segment of a reassembled PDU"));
        s.push(']');
        return;
    }
    // VNC wrote its Info (clearing the column up to TCP's fenced analysis
    // notes) before asking TCP for one more segment of a server message
    // the segment cuts, and TCP added its note after a space.
    if top.protocol == "vnc"
        && top.has(f::vnc::REASSEMBLE)
        && let Some(i) = cx.cut
    {
        analysis_notes(s, &d.layers[i], words);
        s.push_str(top.get_str(f::vnc::OSIDUMP_INFO).unwrap_or(""));
        if !vnc_read_again(top) {
            s.push_str(" [");
            s.push_str(&(words.phrase)("TCP segment of a reassembled PDU"));
            s.push(']');
        }
        return;
    }
    let mut first = true;
    // Where TCP's analysis notes were written in front of SSH's messages.
    let mut ssh_notes = None;
    if let Some(i) = cx.cut {
        // TCP's Info with its note, then the messages after ", ".
        crate::dissect::spec::info_of(spec_of("tcp"), s, &d.layers, i, words);
        first = false;
    } else if top.osi > Osi::Transport {
        // TCP's analysis notes stand in front of a fence, whatever the
        // protocol above writes after them: TLS and HTTP/2 append their
        // messages after a separator, the others replace the rest.
        let appends = matches!(top.protocol, "tls" | "http2" | "mqtt" | "ssh");
        let notes_at = s.len();
        for l in own.iter().filter(|l| l.protocol == "tcp") {
            let labels = l
                .fields
                .iter()
                .filter(|fl| std::ptr::eq(fl.def, f::tcp::OSIDUMP_ANALYSIS));
            for fl in labels {
                if let Value::Str(label) = &fl.value {
                    s.push('[');
                    s.push_str(&(words.phrase)(label));
                    s.push_str("] ");
                    first &= !appends;
                }
            }
        }
        if top.protocol == "ssh" && s.len() > notes_at {
            ssh_notes = Some(notes_at..s.len());
        }
    }
    // HTTP and SIP fence the column after each message and write the next
    // one after the fence: their messages follow each other with no
    // separator (each ends in a space, its media type's note, or SIP's
    // ` | `).
    // X11 writes its own (`Requests: A`, `, B`), each call of its
    // dissector starting anew after TCP's fence.
    let separator = if matches!(top.protocol, "http" | "sip" | "x11") {
        ""
    } else {
        ", "
    };
    // Not the packet an ICMP error quotes: tshark makes the columns
    // unwritable before dissecting it.
    // IP replaces the column (`col_add_fstr`), and so does UDP (it clears
    // it first): a tunnel's outer header, whose payload another dissector
    // took, leaves nothing of its own (GTP-U, AYIYA or Teredo carrying UDP).
    let replaces = matches!(top.protocol, "ip" | "ipv6" | "udp" | "gre");
    // SMB and SMB2 clear the column at each NBSS message's first header:
    // what the messages before the last wrote is gone.
    let from = own
        .iter()
        .rposition(|l| l.protocol == "nbss" && l.has(f::nbss::OSIDUMP_AGAIN))
        .filter(|&k| {
            own[k + 1..]
                .iter()
                .any(|l| matches!(l.protocol, "smb" | "smb2"))
        })
        .unwrap_or(0);
    // What wrote the Info before the HTTP/2 frames of the segment, which
    // append theirs after it.
    let from = match written_before_http2(own, top) {
        Some((protocol, k)) => {
            crate::dissect::spec::info_of(spec_of(protocol), s, &d.layers, k, words);
            first = false;
            k + 1
        }
        None => from,
    };
    for (i, l) in own.iter().enumerate().skip(from) {
        if !same_protocol(l, top) || ((said_nothing(l) || replaces) && !std::ptr::eq(l, top)) {
            continue;
        }
        let mark = s.len();
        if !first {
            s.push_str(separator);
        }
        let body = s.len();
        crate::dissect::spec::info_of(spec, s, &d.layers, i, words);
        // The separator comes with a message's text (`col_append_sep_str`):
        // a message that writes nothing (an SSH packet tshark "decrypts"
        // with no keys, or one that waits for more) has none.
        if s.len() == body {
            s.truncate(mark);
        } else {
            first = false;
        }
    }
    if let Some(notes) = ssh_notes {
        ssh_sender_first(s, notes);
    }
    // LDAP, DCE/RPC and SMB write NTLMSSP's words themselves, where they
    // fall in their own.
    if is_security_token(top) || matches!(top.protocol, "ldap" | "dcerpc" | "smb") {
        return;
    }
    // NTLMSSP under the top protocol: `col_append_sep_str(", ")`. Its
    // layers follow the top one's (usually the last).
    let after_top = own
        .iter()
        .rposition(|l| std::ptr::eq(l, top))
        .map_or(0, |t| t + 1);
    for (i, l) in own.iter().enumerate().skip(after_top) {
        if l.protocol == "ntlmssp" {
            let mark = s.len();
            s.push_str(", ");
            let body = s.len();
            crate::dissect::app::ntlmssp::info(s, &d.layers, i);
            if s.len() == body {
                s.truncate(mark);
            }
        }
    }
}

/// SSH names who sent the segment in front of the whole column
/// (`col_prepend_fstr`), TCP's notes included: `Client: [TCP Previous
/// segment not captured] , Encrypted packet (len=144)`. Moves the
/// `Client: ` / `Server: ` words written after the notes (at `notes`) and
/// their separator in front of them.
fn ssh_sender_first(s: &mut String, notes: std::ops::Range<usize>) {
    let Some(after) = s.get(notes.end..).and_then(|r| r.strip_prefix(", ")) else {
        return;
    };
    let mut rest = after;
    while let Some(r) = rest
        .strip_prefix("Client: ")
        .or_else(|| rest.strip_prefix("Server: "))
    {
        rest = r;
    }
    let words = after.len() - rest.len();
    if words == 0 {
        return;
    }
    let sender = after[..words].to_owned();
    let at = notes.end + ", ".len();
    s.replace_range(at..at + words, "");
    s.insert_str(notes.start, &sender);
}

/// The layer before `top`, an HTTP/2 frame, that wrote the Info of the
/// segment and fenced the column, and its protocol: a DoH body's DNS
/// message (it cleared the column first), or the `101` of an h2c upgrade.
fn written_before_http2(own: &[Layer<'_>], top: &Layer<'_>) -> Option<(&'static str, usize)> {
    if top.protocol != "http2" {
        return None;
    }
    let t = own.iter().rposition(|l| std::ptr::eq(l, top))?;
    own[..t]
        .iter()
        .rposition(|l| match l.protocol {
            "dns" => l.has(f::dns::OSIDUMP_DOH),
            "http" => l.get_uint(f::http::RESPONSE_CODE) == Some(101),
            _ => false,
        })
        .map(|k| (own[k].protocol, k))
}

/// The size of Wireshark's Info column buffer (epan/column-info.h).
const COL_MAX_INFO_LEN: usize = 4096;

/// tshark's Protocol and Info columns of one frame (what `tshark -T fields
/// -e _ws.col.Protocol -e _ws.col.Info` prints), without what the line
/// view adds after them (the session phase, reassembly notes, anomalies).
pub fn columns(d: &Dissection<'_>) -> (String, String) {
    let own = own_layers(d);
    let Some(top) = top_layer(own) else {
        return (String::new(), String::new());
    };
    let mut info = String::new();
    let cx = Cx::new(d, own, top);
    write_info(&mut info, &cx, Lang::En);
    // A PIM Register made the columns unwritable: what throws from there
    // on notes nothing.
    let writable = match d.layers.iter().position(pim_register) {
        Some(i) => &d.layers[..i],
        None => &d.layers[..],
    };
    if crate::dissect::app::openflow::leaves_exception_note(writable) {
        exception_notes(&mut info, writable);
    }
    // Wireshark's Info column holds COL_MAX_INFO_LEN (4096) bytes with
    // its terminating NUL.
    if info.len() > COL_MAX_INFO_LEN - 1 {
        let mut end = COL_MAX_INFO_LEN - 1;
        while !info.is_char_boundary(end) {
            end -= 1;
        }
        info.truncate(end);
    }
    let mut protocol = String::new();
    protocol_column(&cx).push_to(&mut protocol);
    (protocol, info)
}

/// What Wireshark's `show_exception` appends to the Info column for each
/// exception it shows (those [`crate::dissect::expert::exceptions`] gives
/// items, in the order they were caught: the innermost first): `[Packet size limited during
/// capture]` for a read past the captured bytes, `[Malformed Packet]` for
/// one past the packet's own length, with no separator.
fn exception_notes(info: &mut String, layers: &[Layer<'_>]) {
    let Some(last) = layers.iter().rposition(|l| l.thrown.is_some()) else {
        return;
    };
    // The payload's exception is caught (and noted) before the one a
    // link's trailer throws after it.
    for (i, l) in layers[..=last].iter().enumerate().rev() {
        match l.thrown.as_deref() {
            Some(t) if i == last || t.protocol == "ethertype" => match (t.kind, t.reassembly) {
                (crate::dissect::layer::AnomalyKind::Truncated, _) => {
                    info.push_str("[Packet size limited during capture]")
                }
                _ if t.bug.is_some() => {
                    info.push_str("[Dissector bug, protocol ");
                    info.push_str(&crate::dissect::names::current_proto_name(t.protocol));
                    info.push_str(": ");
                    info.push_str(t.bug.unwrap_or_default());
                    info.push(']');
                }
                (_, Some(message)) => {
                    info.push_str("[Reassembly error, protocol ");
                    info.push_str(&crate::dissect::names::current_proto_name(t.protocol));
                    info.push_str(": ");
                    info.push_str(message);
                    info.push(']');
                }
                _ if t.unreassembled => info.push_str("[BoundErrorUnreassembled Packet]"),
                // show_exception's ContainedBoundsError note.
                _ if t.contained => info.push_str(
                    "[Malformed Packet: length of contained item exceeds length of containing \
                     item]",
                ),
                _ => info.push_str("[Malformed Packet]"),
            },
            _ => {}
        }
    }
}

/// osidump's own phrase (a phase, a note) in the output language.
fn said(english: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    match lang {
        Lang::En => english.into(),
        Lang::Ko => super::ko::phrases(english).into(),
    }
}

/// An anomaly's kind (`truncated`, `malformed`, ...) in the output language.
pub fn anomaly_kind(kind: &'static str, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::En, k) => k,
        (Lang::Ko, "truncated") => "잘림",
        (Lang::Ko, "malformed") => "형식 오류",
        (Lang::Ko, "missing") => "누락",
        (Lang::Ko, "evicted") => "메모리 한도로 버림",
        (Lang::Ko, k) => k,
    }
}

/// The first values of `src` and `dst` in `l`, found in one walk of its
/// fields (every line reads a pair).
fn addr_pair<'l>(
    l: &'l Layer<'l>,
    src: &'static FieldDef,
    dst: &'static FieldDef,
) -> Option<(&'l Value<'l>, Option<&'l Value<'l>>)> {
    let (mut s, mut d) = (None, None);
    for fl in &l.fields {
        if s.is_none() && std::ptr::eq(fl.def, src) {
            s = Some(&fl.value);
        } else if d.is_none() && std::ptr::eq(fl.def, dst) {
            d = Some(&fl.value);
        } else {
            continue;
        }
        if s.is_some() && d.is_some() {
            break;
        }
    }
    Some((s?, Some(d?)))
}

/// Cisco HDLC's Source and Destination.
static NOT_APPLICABLE: Value<'static> = Value::Str(std::borrow::Cow::Borrowed("N/A"));

/// The source and destination from the highest layer that has them (IP,
/// then the link's), as tshark's Source and Destination columns take
/// them; a link that names no destination (Linux cooked capture) has
/// none.
fn endpoints<'l>(layers: &'l [Layer<'l>]) -> Option<(&'l Value<'l>, Option<&'l Value<'l>>)> {
    // Addresses are the network's and the link's: the layers above have
    // none, and their names need not be compared.
    layers
        .iter()
        .rev()
        .filter(|l| l.osi <= Osi::Network)
        .find_map(|l| match l.protocol {
            "ip" => addr_pair(l, f::ip::SRC, f::ip::DST),
            "ipv6" => addr_pair(l, f::ipv6::SRC, f::ipv6::DST),
            // tshark's ARP rows show the link addresses (Ethernet's).
            "arp" => None,
            "eth" => addr_pair(l, f::eth::SRC, f::eth::DST),
            "fddi" => addr_pair(l, f::fddi::SRC, f::fddi::DST),
            // 802.11 data and management frames: source and destination
            // (control frames' role-tagged columns are not shown).
            "wlan" => addr_pair(l, f::wlan::SA, f::wlan::DA),
            // A serial line has no addresses: Cisco HDLC writes `N/A`
            // in both columns (`DTE`/`DCE` when the capture says which
            // way a frame went, which osidump's reader does not keep).
            "chdlc" => Some((&NOT_APPLICABLE, Some(&NOT_APPLICABLE))),
            "sll" => l
                .get(f::sll::SRC_ETH)
                .or(l.get(f::sll::SRC_IPV4))
                .map(|v| (v, None)),
            _ => None,
        })
}

/// Addresses from the highest layer that has them, written as
/// `src → dst ` straight into the line.
fn write_endpoints(s: &mut String, layers: &[Layer<'_>]) {
    let Some((src, dst)) = endpoints(layers) else {
        s.push_str("? → ? ");
        return;
    };
    // Each value's own writer, not `write!` (IPv6 not through std's
    // formatter either): every line has them.
    crate::dissect::summary::push_value(s, src);
    s.push_str(" → ");
    match dst {
        Some(dst) => crate::dissect::summary::push_value(s, dst),
        None => s.push('?'),
    }
    s.push(' ');
}

/// tshark's Source and Destination columns of one frame (empty where the
/// frame has no such address).
pub fn address_columns(d: &Dissection<'_>, src: &mut String, dst: &mut String) {
    if let Some((s, t)) = endpoints(own_layers(d)) {
        crate::dissect::summary::push_value(src, s);
        if let Some(t) = t {
            crate::dissect::summary::push_value(dst, t);
        }
    }
}

/// The protocol column as tshark writes it: the protocol's short name
/// (IPv4, ICMPv6, WebSocket). A frame whose top layer is the link or the
/// frame itself keeps the upper-case filter name the column always showed.
fn column_name(protocol: &'static str) -> Column<'static> {
    match protocol {
        "frame" | "eth" | "data" => Column::Upper(protocol),
        // `names::protocol_short_name`, without its upper-case copy.
        other => match crate::dissect::names::listed_short_name(other) {
            Some(name) => Column::Name(name),
            None => Column::Upper(other),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::spec_of;
    use crate::dissect::spec::{PROTOCOLS, of_layer};

    /// The cache answers what `of_layer` answers, for every name a spec
    /// claims and for names none does, asked again after others evicted
    /// them.
    #[test]
    fn cached_specs_are_of_layers() {
        let names: Vec<&'static str> = PROTOCOLS
            .iter()
            .flat_map(|p| std::iter::once(p.name).chain(p.also.iter().copied()))
            .chain(["no-such-protocol", "session", "data"])
            .collect();
        for _ in 0..3 {
            for name in &names {
                let ours = spec_of(name).map(std::ptr::from_ref);
                assert_eq!(ours, of_layer(name).map(std::ptr::from_ref), "{name}");
            }
        }
    }
}
