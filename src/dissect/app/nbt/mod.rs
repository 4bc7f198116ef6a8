//! NetBIOS over TCP/IP (RFC 1001/1002) as tshark 4.0's `packet-nbns.c`
//! decodes it: the name service (NBNS, UDP 137: header, queries, answers
//! with their NB address entries), the datagram service (NBDS, UDP 138:
//! header and names, then SMB), and the session service (NBSS, TCP 139
//! and 445: messages framed by their length, SMB or SMB2 in the session
//! messages).
//!
//! NetBIOS names are shown as tshark shows them: the first-level encoding
//! undone, the 15 name bytes with unprintable ones as `<xx>` and trailing
//! spaces dropped, then the 16th byte as `<xx>`, then the scope.
//!
//! NBSS follows tshark's calls of its dissector: a segment that does not
//! start like an NBSS message (unless TCP reassembled it) is a
//! continuation; otherwise message after message by their lengths (24
//! bits when the first looks like SMB over port 445's framing, else 17),
//! a message running past the segment asking TCP for the rest when it can
//! (no snap-length cut). What is left out: NBSTAT answers' name tables and
//! statistics (only their header fields are shown).
//!
//! The promise: no input makes this module panic or loop; a side holds at
//! most one message (at most 2^24 + 4 bytes) while it waits for the rest.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Origin, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Short, need};
use crate::dissect::wire::{be16, be32};
use std::borrow::Cow;

pub const NBNS_PORT: u16 = 137;
pub const NBDGM_PORT: u16 = 138;
pub const NBSS_PORT: u16 = 139;
pub const CIFS_PORT: u16 = 445;

/// tshark's description of a NetBIOS name's type (its 16th byte).
pub fn name_type_descr(t: u8) -> &'static str {
    match t {
        0x00 => "Workstation/Redirector",
        0x01 => "Browser",
        0x02 => "Workstation/Redirector",
        0x03 => "Messenger service/Main name",
        0x05 => "Forwarded name",
        0x06 => "RAS Server service",
        0x1b => "Domain Master Browser",
        0x1c => "Domain Controllers",
        0x1d => "Local Master Browser",
        0x1e => "Browser Election Service",
        0x1f => "Net DDE Service",
        0x20 => "Server service",
        0x21 => "RAS client service",
        0x22 => "Exchange Interchange (MSMail Connector)",
        0x23 => "Exchange Store",
        0x24 => "Exchange Directory",
        0x2b => "Lotus Notes Server service",
        0x30 => "Modem sharing server service",
        0x31 => "Modem sharing client service",
        0x43 => "SMS Clients Remote Control",
        0x44 => "SMS Administrators Remote Control Tool",
        0x45 => "SMS Clients Remote Chat",
        0x46 => "SMS Clients Remote Transfer",
        0x4c => "DEC Pathworks TCP/IP Service on Windows NT",
        0x52 => "DEC Pathworks TCP/IP Service on Windows NT",
        0x6a => "Microsoft Exchange IMC",
        0x87 => "Microsoft Exchange MTA",
        0xbe => "Network Monitor Agent",
        0xbf => "Network Monitor Analyzer",
        _ => "Unknown",
    }
}

/// The 16 bytes of a NetBIOS name as tshark prints it: `NAME<xx>`.
pub fn netbios_name(n: &[u8]) -> (String, u8) {
    use std::fmt::Write;
    let mut s = String::new();
    let (name, t) = n.split_at(n.len().min(15));
    for &c in name {
        if (b' '..=b'~').contains(&c) {
            s.push(c as char);
        } else {
            let _ = write!(s, "<{c:02x}>");
        }
    }
    while s.ends_with(' ') {
        s.pop();
    }
    let t = t.first().copied().unwrap_or(0);
    let _ = write!(s, "<{t:02x}>");
    (s, t)
}

/// A DNS-style name at `off` of message `m` (labels, compression
/// pointers): its dotted text and the bytes it takes at `off`.
fn dns_name(m: &[u8], off: usize) -> Result<(Vec<u8>, usize), Short> {
    let mut text = Vec::new();
    let mut at = off;
    let mut len = None;
    for _ in 0..128 {
        need(m, at + 1)?;
        let n = m[at];
        match n & 0xc0 {
            0x00 => {
                if n == 0 {
                    return Ok((text, len.unwrap_or_else(|| at + 1 - off)));
                }
                let n = usize::from(n);
                need(m, at + 1 + n)?;
                if !text.is_empty() {
                    text.push(b'.');
                }
                text.extend_from_slice(&m[at + 1..at + 1 + n]);
                at += 1 + n;
            }
            0xc0 => {
                need(m, at + 2)?;
                if len.is_none() {
                    len = Some(at + 2 - off);
                }
                at = usize::from(be16(m, at) & 0x3fff);
            }
            _ => return Ok((text, len.unwrap_or_else(|| at + 1 - off))),
        }
    }
    Ok((text, len.unwrap_or_else(|| at.saturating_sub(off))))
}

/// A NetBIOS name (first-level encoded, then DNS-style) at `off` of `m`:
/// tshark's text, the name type (`None`: not a legal name) and the bytes
/// it takes.
fn nb_name(m: &[u8], off: usize) -> Result<(String, Option<u8>, usize), Short> {
    let (text, len) = dns_name(m, off)?;
    let label_end = text.iter().position(|&c| c == b'.').unwrap_or(text.len());
    let label = &text[..label_end];
    let mut raw = Vec::with_capacity(16);
    let mut i = 0;
    while i < label.len() {
        let a = label[i];
        if !a.is_ascii_uppercase() {
            let msg =
                "Illegal NetBIOS name (1st character not between A and Z in first-level encoding)";
            return Ok((msg.into(), None, len));
        }
        let Some(&b) = label.get(i + 1) else {
            return Ok((
                "Illegal NetBIOS name (odd number of bytes)".into(),
                None,
                len,
            ));
        };
        if !b.is_ascii_uppercase() {
            let msg =
                "Illegal NetBIOS name (2nd character not between A and Z in first-level encoding)";
            return Ok((msg.into(), None, len));
        }
        if raw.len() < 16 {
            raw.push(((a - b'A') << 4) | (b - b'A'));
        }
        i += 2;
    }
    if raw.len() != 16 {
        return Ok((
            format!("Illegal NetBIOS name ({} bytes long)", raw.len()),
            None,
            len,
        ));
    }
    let (mut s, t) = netbios_name(&raw);
    if label_end < text.len() {
        s.push_str(&String::from_utf8_lossy(&text[label_end..]));
    }
    Ok((s, Some(t), len))
}

/// `name (description)` as an answer's name item holds it.
fn with_descr(name: &str, t: Option<u8>) -> String {
    match t {
        Some(t) => format!("{name} ({})", name_type_descr(t)),
        None => name.to_string(),
    }
}

// ---- NBNS ----

const F_RESPONSE: u16 = 0x8000;
const OPCODE_WACK: u16 = 7;
const T_NB: u16 = 32;

/// One NBNS message as a layer at `at`.
pub fn nbns(m: &[u8], at: usize, reported: usize, cut: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "nbns", at..at + m.len());
    if let Err(Short(end)) = nbns_message(m, &mut l) {
        let reason = format!("NBNS message: need {end} bytes, have {}", m.len());
        l.read_past_end("nbns", reason, cut && end <= reported.max(m.len()));
    }
    l
}

fn nbns_message(m: &[u8], l: &mut Layer<'_>) -> Result<(), Short> {
    need(m, 2)?;
    l.uint(f::nbns::ID, be16(m, 0));
    need(m, 4)?;
    let flags = be16(m, 2);
    let response = flags & F_RESPONSE != 0;
    let opcode = (flags >> 11) & 0xf;
    let wack = opcode == OPCODE_WACK;
    l.uint(f::nbns::FLAGS, flags);
    l.boolean(f::nbns::FLAGS_RESPONSE, response);
    l.uint(f::nbns::FLAGS_OPCODE, opcode);
    if response {
        l.boolean(f::nbns::FLAGS_AUTHORITATIVE, flags & 0x400 != 0);
    }
    l.boolean(f::nbns::FLAGS_TRUNCATED, flags & 0x200 != 0);
    l.boolean(f::nbns::FLAGS_RECDESIRED, flags & 0x100 != 0);
    if response {
        l.boolean(f::nbns::FLAGS_RECAVAIL, flags & 0x80 != 0);
    }
    l.boolean(f::nbns::FLAGS_BROADCAST, flags & 0x10 != 0);
    if response && !wack {
        l.uint(f::nbns::FLAGS_RCODE, flags & 0xf);
    }
    let mut counts = [0u16; 4];
    for (i, def) in [
        f::nbns::COUNT_QUERIES,
        f::nbns::COUNT_ANSWERS,
        f::nbns::COUNT_AUTH_RR,
        f::nbns::COUNT_ADD_RR,
    ]
    .into_iter()
    .enumerate()
    {
        need(m, 6 + 2 * i)?;
        counts[i] = be16(m, 4 + 2 * i);
        l.uint(def, counts[i]);
    }
    let mut off = 12;
    for _ in 0..counts[0] {
        let (name, _, len) = nb_name(m, off)?;
        need(m, off + len + 4)?;
        l.str(f::nbns::NAME, name);
        l.uint(f::nbns::TYPE, be16(m, off + len));
        l.uint(f::nbns::CLASS, be16(m, off + len + 2));
        off += len + 4;
    }
    for &n in &counts[1..] {
        for _ in 0..n {
            off = nbns_rr(m, off, l)?;
        }
    }
    Ok(())
}

fn nbns_rr(m: &[u8], off: usize, l: &mut Layer<'_>) -> Result<usize, Short> {
    let (name, t, len) = nb_name(m, off)?;
    let mut at = off + len;
    need(m, at + 10)?;
    l.str(f::nbns::NAME, with_descr(&name, t));
    let rtype = be16(m, at);
    l.uint(f::nbns::TYPE, rtype);
    l.uint(f::nbns::CLASS, be16(m, at + 2));
    l.uint(f::nbns::TTL, be32(m, at + 4));
    let dlen = usize::from(be16(m, at + 8));
    l.uint(f::nbns::DATA_LENGTH, dlen as u64);
    at += 10;
    let end = at + dlen;
    if rtype == T_NB {
        let mut p = at;
        while end.saturating_sub(p) >= 6 {
            need(m, p + 6)?;
            let fl = be16(m, p);
            l.uint(f::nbns::NB_FLAGS, fl);
            l.boolean(f::nbns::NB_FLAGS_GROUP, fl & 0x8000 != 0);
            l.uint(f::nbns::NB_FLAGS_ONT, (fl >> 13) & 3);
            l.push(
                f::nbns::ADDR,
                Value::Ipv4([m[p + 2], m[p + 3], m[p + 4], m[p + 5]]),
            );
            p += 6;
        }
    }
    Ok(end)
}

/// tshark's Info for NBNS: the operation, `response` and its error, and
/// each question's (a query) or answer's (a response) type and name.
pub fn nbns_info(out: &mut String, l: &Layer<'_>) {
    let Some(flags) = l.get_uint(f::nbns::FLAGS) else {
        return;
    };
    let opcode = (flags >> 11) & 0xf;
    out.push_str(
        f::nbns::FLAGS_OPCODE
            .value_name(opcode)
            .unwrap_or("Unknown operation"),
    );
    let response = flags & u64::from(F_RESPONSE) != 0;
    if response {
        out.push_str(" response");
        let rcode = flags & 0xf;
        if rcode != 0 && opcode != u64::from(OPCODE_WACK) {
            out.push_str(", ");
            out.push_str(
                f::nbns::FLAGS_RCODE
                    .value_name(rcode)
                    .unwrap_or("Unknown error"),
            );
        }
    }
    let q = l.get_uint(f::nbns::COUNT_QUERIES).unwrap_or(0) as usize;
    let names: Vec<&str> = l
        .all(f::nbns::NAME)
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.as_ref()),
            _ => None,
        })
        .collect();
    let types: Vec<u64> = l
        .all(f::nbns::TYPE)
        .filter_map(|v| match v {
            Value::UInt(x) => Some(*x),
            _ => None,
        })
        .collect();
    let range = if response {
        q..q + l.get_uint(f::nbns::COUNT_ANSWERS).unwrap_or(0) as usize
    } else {
        0..q
    };
    for i in range {
        let (Some(name), Some(t)) = (names.get(i), types.get(i)) else {
            break;
        };
        let tn = match *t {
            32 => "NB",
            33 => "NBSTAT",
            _ => "unknown",
        };
        // An answer's name item holds its description too.
        let name = if i >= q {
            name.rsplit_once(" (").map_or(*name, |(n, _)| n)
        } else {
            name
        };
        out.push(' ');
        out.push_str(tn);
        out.push(' ');
        out.push_str(name);
    }
}

// ---- NBDS ----

/// One NetBIOS datagram and the SMB it carries, appended to `out`.
fn nbdgm<'a>(m: &'a [u8], at: usize, reported: usize, cut: bool, out: &mut Vec<Layer<'a>>) {
    let mut l = Layer::new(Osi::Application, "nbdgm", at..at + m.len());
    let mut payload = None;
    if let Err(Short(end)) = nbdgm_message(m, &mut l, &mut payload) {
        let reason = format!("NBDS message: need {end} bytes, have {}", m.len());
        l.read_past_end("nbdgm", reason, cut && end <= reported.max(m.len()));
    }
    out.push(l);
    if let Some(p) = payload
        && p < m.len()
    {
        push_payload(&m[p..], at + p, reported.saturating_sub(p), None, out);
    }
}

/// What NetBIOS carries: SMB or SMB2, else data.
/// `smb2`: the session's SMB2 state (a TCP conversation's; none for a
/// datagram).
fn push_payload<'a>(
    b: &'a [u8],
    at: usize,
    reported: usize,
    smb2: Option<&mut super::smb::Smb2State>,
    out: &mut Vec<Layer<'a>>,
) {
    if b.is_empty() {
        return;
    }
    if !super::smb::dissect_in(b, at, reported, smb2, out) {
        out.push(crate::dissect::data::layer_of(
            Osi::Application,
            b,
            at..at + b.len(),
        ));
    }
}

fn nbdgm_message(m: &[u8], l: &mut Layer<'_>, payload: &mut Option<usize>) -> Result<(), Short> {
    need(m, 1)?;
    let t = m[0];
    l.uint(f::nbdgm::TYPE, t);
    need(m, 2)?;
    let fl = m[1];
    l.uint(f::nbdgm::FLAGS, fl);
    l.boolean(f::nbdgm::NEXT, fl & 1 != 0);
    l.boolean(f::nbdgm::FIRST, fl & 2 != 0);
    l.uint(f::nbdgm::NODE_TYPE, (fl >> 2) & 3);
    need(m, 4)?;
    l.uint(f::nbdgm::DGRAM_ID, be16(m, 2));
    need(m, 8)?;
    l.push(f::nbdgm::SRC_IP, Value::Ipv4([m[4], m[5], m[6], m[7]]));
    need(m, 10)?;
    l.uint(f::nbdgm::SRC_PORT, be16(m, 8));
    let mut off = 10;
    match t {
        0x10..=0x12 => {
            need(m, 12)?;
            l.uint(f::nbdgm::DGRAM_LEN, be16(m, 10));
            need(m, 14)?;
            l.uint(f::nbdgm::PKT_OFFSET, be16(m, 12));
            off = 14;
            let (name, _, len) = nb_name(&m[off..], 0)?;
            l.str(f::nbdgm::SOURCE_NAME, name);
            off += len;
            let (name, _, len) = nb_name(&m[off..], 0)?;
            l.str(f::nbdgm::DESTINATION_NAME, name);
            off += len;
            *payload = Some(off);
        }
        0x13 => {
            need(m, 11)?;
            l.uint(f::nbdgm::ERROR_CODE, m[10]);
        }
        0x14..=0x16 => {
            let (name, _, _) = nb_name(&m[off..], 0)?;
            l.str(f::nbdgm::DESTINATION_NAME, name);
        }
        _ => {}
    }
    Ok(())
}

pub fn nbdgm_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(t) = l.get_uint(f::nbdgm::TYPE) {
        match f::nbdgm::TYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => {
                let _ = write!(out, "Unknown message type (0x{t:02X})");
            }
        }
    }
}

struct Nbns;

impl DatagramDecoder for Nbns {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if !d.payload.is_empty() {
            out.push(nbns(d.payload, d.at, d.reported, d.cut || d.nested));
        }
    }
}

struct Nbdgm;

impl DatagramDecoder for Nbdgm {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if !d.payload.is_empty() {
            nbdgm(d.payload, d.at, d.reported, d.cut || d.nested, out);
        }
    }
}

// ---- NBSS ----

const SESSION_MESSAGE: u8 = 0x00;
const SESSION_REQUEST: u8 = 0x81;
const POSITIVE_RESPONSE: u8 = 0x82;
const NEGATIVE_RESPONSE: u8 = 0x83;
const RETARGET_RESPONSE: u8 = 0x84;
const KEEP_ALIVE: u8 = 0x85;
/// The longest message a side holds while waiting for its end: a 24-bit
/// length and the header.
const MAX_MESSAGE: usize = (1 << 24) + 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Want {
    #[default]
    Nothing,
    OneMoreSegment,
    Total(usize),
}

#[derive(Default)]
struct Side {
    held: Vec<u8>,
    want: Want,
    base: u64,
    /// The type of the message whose rest the side waits for, when the
    /// call that asked for it showed nothing (tshark's Info then).
    info: Option<u8>,
}

#[derive(Default)]
pub struct NbssDecoder {
    sides: [Side; 2],
    cut: u64,
    /// tshark's `match_uint`: the conversation's port is 445.
    cifs_port: bool,
    /// What SMB2 remembers of the conversation (its trees, its pipes'
    /// DCE/RPC).
    smb2: super::smb::Smb2State,
    frame: u64,
    time_ns: i128,
}

impl NbssDecoder {
    pub fn new() -> Self {
        Self::default()
    }
}

/// What tshark's TCP hands a call of the dissector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    /// A segment's bytes (or the rest after messages it showed).
    Segment,
    /// A message TCP reassembled.
    Reassembled,
    /// The rest of the segment that completed a reassembled message,
    /// still marked reassembled (no continuation checks).
    AfterReassembly,
}

enum End {
    Done,
    More(usize, Want),
}

impl StreamDecoder for NbssDecoder {
    fn protocol(&self) -> &'static str {
        "nbss"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
        self.smb2.dcerpc.at(self.frame, self.time_ns);
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.time_ns = ts;
        self.smb2.dcerpc.at(self.frame, self.time_ns);
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        // tshark tries the lower port first.
        self.cifs_port =
            src.min(dst) == CIFS_PORT || (src.min(dst) != NBSS_PORT && src.max(dst) == CIFS_PORT);
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>() + self.smb2.heap_bytes()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want != Want::Nothing
    }

    /// NBSS names the first message's type in the Info column before
    /// asking TCP for the rest (`Session message`).
    fn pending_info(&self, dir: Dir, out: &mut String) -> bool {
        let s = &self.sides[dir.index()];
        match (s.want, s.info) {
            (Want::Nothing, _) | (_, None) => false,
            (_, Some(t)) => {
                type_name(out, t);
                true
            }
        }
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let side = dir.index();
        let cut = std::mem::take(&mut self.cut);
        let mut pos = 0usize;
        if self.sides[side].want != Want::Nothing {
            let s = &mut self.sides[side];
            let take = match s.want {
                Want::OneMoreSegment => data.len(),
                Want::Total(n) => n.saturating_sub(s.held.len()).min(data.len()),
                Want::Nothing => 0,
            };
            s.held.extend_from_slice(&data[..take]);
            pos = take;
            let done = match s.want {
                Want::Total(n) => s.held.len() >= n,
                _ => true,
            };
            if !done {
                // TCP holds the segments of a message of known length
                // without calling NBSS: its own Info shows.
                s.info = None;
                return;
            }
            let held = std::mem::take(&mut s.held);
            let base = s.base;
            s.want = Want::Nothing;
            self.run(side, base, &held, 0, Call::Reassembled, out);
            // tshark's TCP hands the rest of the segment over still
            // marked reassembled: no continuation checks, the port's
            // framing.
            if pos < data.len() && self.sides[side].want == Want::Nothing {
                self.run(
                    side,
                    offset + pos as u64,
                    &data[pos..],
                    cut,
                    Call::AfterReassembly,
                    out,
                );
            }
            return;
        }
        if pos < data.len() && self.sides[side].want == Want::Nothing {
            self.run(
                side,
                offset + pos as u64,
                &data[pos..],
                cut,
                Call::Segment,
                out,
            );
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.want = Want::Nothing;
    }
}

impl NbssDecoder {
    fn run(
        &mut self,
        side: usize,
        base: u64,
        buf: &[u8],
        cut: u64,
        how: Call,
        out: &mut Vec<Message>,
    ) {
        let mut msgs: Vec<(Layer<'static>, usize, usize)> = Vec::new();
        let end = call(
            buf,
            cut,
            how != Call::Segment,
            self.cifs_port,
            &mut self.smb2,
            &mut msgs,
        );
        self.sides[side].info = None;
        if let End::More(at, want) = end {
            // The call's Info, before it asked for more: the first
            // message's type, when no message of it was shown.
            if msgs.is_empty() {
                self.sides[side].info = buf.first().copied();
            }
            let fits = match want {
                Want::Total(n) => n <= MAX_MESSAGE,
                _ => true,
            };
            if fits {
                let s = &mut self.sides[side];
                s.base = base + at as u64;
                s.held.clear();
                s.held.extend_from_slice(&buf[at.min(buf.len())..]);
                s.want = want;
            }
        }
        for (mut l, from, to) in msgs {
            if how == Call::Reassembled {
                l.origin = Origin::Elsewhere;
            }
            out.push(Message {
                layer: l,
                stream_offset: base + from as u64,
                stream_end: base + to.max(from + 1) as u64,
                event: None,
            });
        }
    }
}

/// One call of tshark's NBSS dissector on `buf`: the layers it made, each
/// with the span of `buf` its message covers.
fn call(
    buf: &[u8],
    cut: u64,
    reassembled: bool,
    cifs_port: bool,
    smb2: &mut super::smb::Smb2State,
    out: &mut Vec<(Layer<'static>, usize, usize)>,
) -> End {
    let captured = buf.len();
    let reported = captured.saturating_add(usize::try_from(cut).unwrap_or(usize::MAX));
    let can_desegment = cut == 0;
    let mut is_cifs = cifs_port;
    if !reassembled {
        if captured < 4 {
            continuation(buf, out);
            return End::Done;
        }
        is_cifs = captured >= 8 && buf[0] == SESSION_MESSAGE && &buf[5..8] == b"SMB";
        let (flags, length) = header(buf, 0, is_cifs);
        let ok = flags & !1 == 0
            && match buf[0] {
                SESSION_MESSAGE => length != 0,
                SESSION_REQUEST => (2..=256).contains(&length),
                POSITIVE_RESPONSE | KEEP_ALIVE => length == 0,
                NEGATIVE_RESPONSE => length == 1,
                RETARGET_RESPONSE => length == 6,
                _ => false,
            };
        if !ok {
            continuation(buf, out);
            return End::Done;
        }
    }
    let mut off = 0usize;
    while off < reported {
        let remaining = captured.saturating_sub(off);
        if can_desegment && remaining < 4 {
            return End::More(off, Want::OneMoreSegment);
        }
        if remaining < 4 {
            // Reading the header throws: the frame's exception.
            if let Some((l, _, _)) = out.last_mut() {
                l.truncated("NBSS header cut by the capture");
            }
            return End::Done;
        }
        let (_, length) = header(buf, off, is_cifs);
        let plen = length + 4;
        if can_desegment && remaining < plen {
            return End::More(off, Want::Total(plen));
        }
        let end = (off + plen).min(captured);
        let first = out.is_empty();
        packet(&buf[off..end], plen, is_cifs, first, off, smb2, out);
        off += plen;
    }
    End::Done
}

/// A message's flags and length at `off` (4 bytes there).
fn header(b: &[u8], off: usize, is_cifs: bool) -> (u8, usize) {
    if is_cifs {
        (
            0,
            (usize::from(b[off + 1]) << 16) | usize::from(be16(b, off + 2)),
        )
    } else {
        let flags = b[off + 1];
        let mut len = usize::from(be16(b, off + 2));
        if flags & 1 != 0 {
            len += 0x10000;
        }
        (flags, len)
    }
}

fn continuation(buf: &[u8], out: &mut Vec<(Layer<'static>, usize, usize)>) {
    let mut l = Layer::new(Osi::Session, "nbss", 0..0);
    l.push(
        f::nbss::CONTINUATION_DATA,
        Value::Bytes(Cow::Owned(buf.to_vec())),
    );
    out.push((l, 0, buf.len()));
}

/// One NBSS message (`m`: its captured bytes, `plen` in all) and the SMB
/// it carries.
fn packet(
    m: &[u8],
    plen: usize,
    is_cifs: bool,
    first: bool,
    at: usize,
    smb2: &mut super::smb::Smb2State,
    out: &mut Vec<(Layer<'static>, usize, usize)>,
) {
    let mut l = Layer::new(Osi::Session, "nbss", 0..0);
    if !first {
        l.present(f::nbss::OSIDUMP_AGAIN);
    }
    let t = m[0];
    l.uint(f::nbss::TYPE, t);
    let (flags, length) = header(m, 0, is_cifs);
    if !is_cifs {
        l.uint(f::nbss::FLAGS, flags);
        l.boolean(f::nbss::FLAGS_E, flags & 1 != 0);
    }
    l.uint(f::nbss::LENGTH, length as u64);
    let end = at + plen;
    let r: Result<(), Short> = (|| {
        match t {
            SESSION_REQUEST => {
                let (name, _, len) = nb_name(&m[4..], 0)?;
                l.str(f::nbss::CALLED_NAME, name);
                let (name, _, _) = nb_name(&m[4 + len..], 0)?;
                l.str(f::nbss::CALLING_NAME, name);
            }
            NEGATIVE_RESPONSE => {
                need(m, 5)?;
                l.uint(f::nbss::ERROR_CODE, m[4]);
            }
            RETARGET_RESPONSE => {
                need(m, 8)?;
                l.push(
                    f::nbss::RETARGET_IP_ADDRESS,
                    Value::Ipv4([m[4], m[5], m[6], m[7]]),
                );
                need(m, 10)?;
                l.uint(f::nbss::RETARGET_PORT, be16(m, 8));
            }
            _ => {}
        }
        Ok(())
    })();
    if let Err(Short(need_end)) = r {
        let reason = format!("NBSS message: need {need_end} bytes, have {}", m.len());
        l.read_past_end("nbss", reason, need_end <= plen);
    }
    out.push((l, at, end));
    if t == SESSION_MESSAGE && m.len() > 4 {
        let mut layers = Vec::new();
        push_payload(&m[4..], 0, plen - 4, Some(smb2), &mut layers);
        for p in layers {
            out.push((p.into_owned(), at, end));
        }
    }
}

fn type_name(out: &mut String, t: u8) {
    use std::fmt::Write;
    match f::nbss::TYPE.value_name(u64::from(t)) {
        Some(n) => out.push_str(n),
        None => {
            let _ = write!(out, "Unknown ({t:02x})");
        }
    }
}

pub fn nbss_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if l.has(f::nbss::CONTINUATION_DATA) {
        out.push_str("NBSS Continuation Message");
        return;
    }
    let Some(t) = l.get_uint(f::nbss::TYPE) else {
        return;
    };
    type_name(out, t as u8);
    if let (Some(to), Some(from)) = (
        l.get_str(f::nbss::CALLED_NAME),
        l.get_str(f::nbss::CALLING_NAME),
    ) {
        let _ = write!(out, ", to {to} from {from}");
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(NbssDecoder::new())
}

pub static NBNS_SPEC: ProtocolSpec = ProtocolSpec {
    name: "nbns",
    also: &[],
    title: "NetBIOS Name Service",
    osi: Osi::Application,
    fields: f::nbns::ALL,
    summary: nbns_info,
    info: Some(|out, layers, i| nbns_info(out, &layers[i])),
    column: None,
    app: Some(AppSpec {
        decode_as: &["nbns"],
        tcp_ports: &[],
        udp_ports: &[NBNS_PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(|| Box::new(Nbns)),
    }),
};

pub static NBDGM_SPEC: ProtocolSpec = ProtocolSpec {
    name: "nbdgm",
    also: &[],
    title: "NetBIOS Datagram Service",
    osi: Osi::Session,
    fields: f::nbdgm::ALL,
    summary: nbdgm_info,
    info: Some(|out, layers, i| nbdgm_info(out, &layers[i])),
    column: None,
    app: Some(AppSpec {
        decode_as: &["nbdgm", "nbds"],
        tcp_ports: &[],
        udp_ports: &[NBDGM_PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(|| Box::new(Nbdgm)),
    }),
};

pub static NBSS_SPEC: ProtocolSpec = ProtocolSpec {
    name: "nbss",
    also: &[],
    title: "NetBIOS Session Service",
    osi: Osi::Session,
    fields: f::nbss::ALL,
    summary: nbss_info,
    info: Some(|out, layers, i| nbss_info(out, &layers[i])),
    column: None,
    app: Some(AppSpec {
        decode_as: &["nbss"],
        tcp_ports: &[NBSS_PORT, CIFS_PORT],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
