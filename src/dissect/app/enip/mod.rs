//! EtherNet/IP (`enip`, TCP and UDP 44818) and the CIP it carries (`cip`,
//! `cipcls`), and CIP I/O on UDP 2222 (`cipio`), as tshark 4.0's
//! packet-enip.c and packet-cip.c show them.
//!
//! TCP: tshark's port dissector refuses a call of fewer than 2 bytes; it
//! reads PDUs with `tcp_dissect_pdus` (4 fixed bytes, the length at 2,
//! little-endian, plus the 24 header bytes). A call is listed once in
//! `frame.protocols`; each PDU's Info text is joined with " | ".
//!
//! Responses are matched to requests as tshark matches them in one pass:
//! per conversation and session handle, by the sender context
//! (SendRRData) or by the CIP sequence count (SendUnitData; no Forward
//! Open seen: connection 0). A response gets the request's frame, the
//! time since, and the request path, which the CIP response shows.
//!
//! The promise: no input makes this module panic; a side holds at most
//! one PDU (24 + 65535 bytes) and a conversation at most [`MAX_REQUESTS`]
//! requests.

pub mod cip;
pub mod fields;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, Fed, PduFramer, Pdus, Want};
use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb};
use fields as f;
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

/// EtherNet/IP's encapsulation port (TCP and UDP).
pub const PORT: u16 = 44818;
/// CIP I/O (class 0/1) port (UDP).
pub const IO_PORT: u16 = 2222;

/// Requests a conversation remembers.
pub const MAX_REQUESTS: usize = 4096;

const HEADER: usize = 24;

const LIST_SERVICES: u16 = 0x0004;
const LIST_IDENTITY: u16 = 0x0063;
const LIST_INTERFACES: u16 = 0x0064;
const REGISTER_SESSION: u16 = 0x0065;
const UNREGISTER_SESSION: u16 = 0x0066;
const SEND_RR_DATA: u16 = 0x006f;
const SEND_UNIT_DATA: u16 = 0x0070;
const NOP: u16 = 0x0000;
const START_DTLS: u16 = 0x00c8;

ei!(
    CPF_ITEM_LENGTH_MISMATCH,
    f::enip::MALFORMED_CPF_ITEM_LENGTH_MISMATCH,
    Malformed,
    Error
);

/// Request, response, or neither (`classify_packet`, by the ports).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Request,
    Response,
    Unknown,
}

fn classify(sport: u16, dport: u16) -> Kind {
    if sport == PORT && dport != PORT {
        Kind::Response
    } else if sport != PORT && dport == PORT {
        Kind::Request
    } else {
        Kind::Unknown
    }
}

/// The request key's data: the sender context, or the CIP sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum KeyData {
    Unconnected(u64),
    Connected(u16),
}

type ReqKey = (u32, KeyData);

#[derive(Debug, Clone)]
struct Req {
    frame: u64,
    time_ns: i128,
    cip: Option<cip::ReqInfo>,
}

/// A conversation's requests, the latest of each key.
#[derive(Default)]
struct Requests {
    map: HashMap<ReqKey, Req>,
    order: VecDeque<(ReqKey, u64)>,
}

impl Requests {
    fn insert(&mut self, key: ReqKey, r: Req) {
        self.order.push_back((key, r.frame));
        self.map.insert(key, r);
        while self.order.len() > MAX_REQUESTS {
            if let Some((k, frame)) = self.order.pop_front()
                && self.map.get(&k).is_some_and(|x| x.frame == frame)
            {
                self.map.remove(&k);
            }
        }
    }

    fn find(&self, key: ReqKey, frame: u64) -> Option<&Req> {
        self.map.get(&key).filter(|r| r.frame <= frame)
    }

    fn heap_bytes(&self) -> usize {
        self.map.capacity() * (std::mem::size_of::<(ReqKey, Req)>() + 64)
            + self.order.capacity() * std::mem::size_of::<(ReqKey, u64)>()
    }
}

struct Ctx<'c> {
    kind: Kind,
    frame: u64,
    time_ns: i128,
    requests: &'c mut Requests,
}

/// A big-endian 16-bit value (the socket address's).
fn be16t(t: &Tvb<'_>, at: usize) -> Result<u16, Bound> {
    let b = t.bytes(at, 2)?;
    Ok(u16::from_be_bytes([b[0], b[1]]))
}

fn le16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

/// `dissect_enip_pdu` on `t` (a whole PDU, or a datagram): the ENIP
/// layer and what CIP made of its data.
fn pdu(t: Tvb<'_>, cx: &mut Ctx<'_>, first: bool) -> Vec<Layer<'static>> {
    let mut l = Layer::new(Osi::Application, "enip", 0..0);
    if first {
        l.present(f::enip::OSIDUMP_CALL);
    }
    let mut more = Vec::new();
    let mut info = String::new();
    if let Err(e) = pdu_items(t, cx, &mut l, &mut more, &mut info) {
        l.read_past_end(
            "enip",
            "EtherNet/IP PDU read past its end".into(),
            e == Bound::Cut,
        );
    }
    l.str(f::enip::OSIDUMP_INFO, info);
    let mut out = vec![l];
    out.extend(more);
    out
}

fn pdu_items(
    t: Tvb<'_>,
    cx: &mut Ctx<'_>,
    l: &mut Layer<'static>,
    more: &mut Vec<Layer<'static>>,
    info: &mut String,
) -> Result<(), Bound> {
    let cmd = t.u16(0)?;
    let kind_str = match cx.kind {
        Kind::Request => "Req",
        Kind::Response => "Rsp",
        Kind::Unknown => "?",
    };
    let cmd_name = match f::enip::COMMAND.value_name(u64::from(cmd)) {
        Some(n) => n.to_owned(),
        None => format!("Unknown Command (0x{cmd:04x})"),
    };
    *info = format!("{cmd_name} ({kind_str})");
    let session = t.u32(4)?;
    let context = t.u64(12)?;
    l.uint(f::enip::COMMAND, cmd);
    let len = t.u16(2)?;
    l.uint(f::enip::LENGTH, len);
    l.uint(f::enip::SESSION, session);
    l.uint(f::enip::STATUS, t.u32(8)?);
    if cmd == LIST_IDENTITY && (len == 0 || cx.kind == Kind::Request) {
        l.uint(f::enip::LISTID_DELAY, t.u16(12)?);
        l.push(
            f::enip::CONTEXT,
            Value::Bytes(Cow::Owned(t.bytes(14, 6)?.to_vec())),
        );
    } else {
        l.push(
            f::enip::CONTEXT,
            Value::Bytes(Cow::Owned(t.bytes(12, 8)?.to_vec())),
        );
    }
    l.uint(f::enip::OPTIONS, t.u32(20)?);
    if matches!(cmd, REGISTER_SESSION | UNREGISTER_SESSION) {
        info.push_str(&format!(", Session: 0x{session:08X}"));
    }
    let len = usize::from(len);
    // The command specific data's subtree claims its bytes.
    if !matches!(cmd, SEND_RR_DATA | SEND_UNIT_DATA) || len > 0 {
        t.bytes(HEADER, len)?;
    }
    let data = Tvb {
        b: t.b.get(HEADER..).unwrap_or(&[]),
        reported: t.reported.saturating_sub(HEADER),
        le: true,
    };
    match cmd {
        NOP | UNREGISTER_SESSION => {}
        LIST_SERVICES | LIST_IDENTITY | LIST_INTERFACES => {
            if cx.kind == Kind::Response {
                let key = (session, KeyData::Unconnected(context));
                cpf(data, 0, cmd, key, cx, l, more, info)?;
            }
        }
        REGISTER_SESSION => {
            l.uint(f::enip::RS_VERSION, data.u16(0)?);
            l.uint(f::enip::RS_FLAGS, data.u16(2)?);
        }
        SEND_RR_DATA | SEND_UNIT_DATA => {
            let iface = data.u32(0)?;
            let def = if cmd == SEND_RR_DATA {
                f::enip::SRRD_IFACE
            } else {
                f::enip::SUD_IFACE
            };
            l.uint(def, iface);
            l.uint(f::enip::TIMEOUT, data.u16(4)?);
            let key = (session, KeyData::Unconnected(context));
            cpf(data, 6, cmd, key, cx, l, more, info)?;
        }
        START_DTLS => {}
        _ => {
            l.push(
                f::enip::ENCAP_DATA,
                Value::Bytes(Cow::Owned(data.bytes(0, len)?.to_vec())),
            );
        }
    }
    Ok(())
}

/// `dissect_cpf` from `at` of `t`.
#[allow(clippy::too_many_arguments)]
fn cpf(
    t: Tvb<'_>,
    mut at: usize,
    cmd: u16,
    key: ReqKey,
    cx: &mut Ctx<'_>,
    l: &mut Layer<'static>,
    more: &mut Vec<Layer<'static>>,
    info: &mut String,
) -> Result<(), Bound> {
    let count = t.u16(at)?;
    l.uint(f::enip::CPF_ITEMCOUNT, count);
    at += 2;
    for _ in 0..count {
        if t.remaining(at) < 4 {
            break;
        }
        let ty = t.u16(at)?;
        l.uint(f::enip::CPF_TYPEID, ty);
        let len = usize::from(t.u16(at + 2)?);
        l.uint(f::enip::CPF_LENGTH, len as u64);
        at += 4;
        if len > t.remaining(at) {
            let msg = format!(
                "CPF Item Length Mismatch: Item Length {len}, Remaining Data Length: {}",
                t.remaining(at)
            );
            expert::add(l, &CPF_ITEM_LENGTH_MISMATCH, Some(msg));
        }
        if len > 0 {
            match ty {
                0x00a1 => {
                    let id = t.u32(at)?;
                    l.uint(f::enip::CPF_CAI_CONNID, id);
                    l.uint(f::cip::CONNID, id);
                    info.push_str(&format!(", Connection: ID=0x{id:08X}"));
                }
                0x00b2 => {
                    let b = t.bytes(at, len).unwrap_or(t.slice(at, at + len));
                    explicit(b, len, key, cx, l, more, info);
                }
                0x00b1 => {
                    if cmd == SEND_UNIT_DATA {
                        let seq = t.u16(at)?;
                        let k = (key.0, KeyData::Connected(seq));
                        l.uint(f::enip::CIP_SEQ, seq);
                        let b = t
                            .bytes(at + 2, len.saturating_sub(2))
                            .unwrap_or(t.slice(at + 2, at + len));
                        if len >= 4 {
                            explicit(b, len - 2, k, cx, l, more, info);
                        }
                    } else {
                        let b = t.bytes(at, len).unwrap_or(t.slice(at, at + len));
                        let mut io = Layer::new(Osi::Application, "cipio", 0..0);
                        io.push(f::enip::CIPIO_DATA, Value::Bytes(Cow::Owned(b.to_vec())));
                        more.push(io);
                    }
                }
                0x000c => identity(t, at, l, info)?,
                0x8000 | 0x8001 => {
                    l.uint(f::enip::SINFAMILY, be16t(&t, at)?);
                    l.uint(f::enip::SINPORT, be16t(&t, at + 2)?);
                    let a = t.bytes(at + 4, 4)?;
                    l.push(f::enip::SINADDR, Value::Ipv4([a[0], a[1], a[2], a[3]]));
                    l.push(
                        f::enip::SINZERO,
                        Value::Bytes(Cow::Owned(t.bytes(at + 8, 8)?.to_vec())),
                    );
                }
                0x8002 => {
                    let id = t.u32(at)?;
                    l.uint(f::enip::CPF_SAI_CONNID, id);
                    l.uint(f::cip::CONNID, id);
                    let seq = t.u32(at + 4)?;
                    l.uint(f::enip::CPF_SAI_SEQ, seq);
                    *info = format!("Connection: ID=0x{id:08X}, SEQ={seq:010}");
                }
                0x0100 => {
                    l.uint(f::enip::ENCAPVER, t.u16(at)?);
                    let flags = t.u16(at + 2)?;
                    l.uint(f::enip::LSR_CAPAFLAGS, flags);
                    l.boolean(f::enip::LSR_CAPAFLAGS_TCP, flags & 0x20 != 0);
                    l.boolean(f::enip::LSR_CAPAFLAGS_UDP, flags & 0x100 != 0);
                    let name = t.bytes(at + 4, 16)?;
                    let end = name.iter().position(|&c| c == 0).unwrap_or(16);
                    l.str(
                        f::enip::LSR_SERVICENAME,
                        String::from_utf8_lossy(&name[..end]).into_owned(),
                    );
                }
                _ => {
                    l.push(
                        f::enip::CPF_DATA,
                        Value::Bytes(Cow::Owned(t.bytes(at, len)?.to_vec())),
                    );
                }
            }
        }
        at += len;
    }
    Ok(())
}

/// The CIP identity item (List Identity's reply).
fn identity(t: Tvb<'_>, at: usize, l: &mut Layer<'static>, info: &mut String) -> Result<(), Bound> {
    l.uint(f::enip::ENCAPVER, t.u16(at)?);
    l.uint(f::enip::SINFAMILY, be16t(&t, at + 2)?);
    l.uint(f::enip::SINPORT, be16t(&t, at + 4)?);
    let a = t.bytes(at + 6, 4)?;
    l.push(f::enip::SINADDR, Value::Ipv4([a[0], a[1], a[2], a[3]]));
    l.push(
        f::enip::SINZERO,
        Value::Bytes(Cow::Owned(t.bytes(at + 10, 8)?.to_vec())),
    );
    l.uint(f::enip::LIR_VENDOR, t.u16(at + 18)?);
    l.uint(f::enip::LIR_DEVTYPE, t.u16(at + 20)?);
    l.uint(f::enip::LIR_PRODCODE, t.u16(at + 22)?);
    l.uint(f::enip::LIR_REVISION, be16t(&t, at + 24)?);
    l.uint(f::enip::LIR_STATUS, t.u16(at + 26)?);
    l.uint(f::enip::LIR_SERIAL, t.u32(at + 28)?);
    let n = t.u8(at + 32)?;
    l.uint(f::enip::LIR_NAMELEN, n);
    let name = t.bytes(at + 33, usize::from(n))?;
    let name = String::from_utf8_lossy(name).into_owned();
    info.push_str(", ");
    info.push_str(&name);
    l.str(f::enip::LIR_NAME, name);
    l.uint(f::enip::LIR_STATE, t.u8(at + 33 + usize::from(n))?);
    Ok(())
}

/// A CIP message of `len` bytes (`b` captured): matched, then dissected.
fn explicit(
    b: &[u8],
    len: usize,
    key: ReqKey,
    cx: &mut Ctx<'_>,
    l: &mut Layer<'static>,
    more: &mut Vec<Layer<'static>>,
    info: &mut String,
) {
    let mut req_cip = None;
    match cx.kind {
        Kind::Response => {
            if let Some(r) = cx.requests.find(key, cx.frame) {
                l.uint(f::enip::RESPONSE_TO, r.frame);
                let dt = cx.time_ns.saturating_sub(r.time_ns);
                l.push(
                    f::enip::TIME,
                    Value::rel_time(i64::try_from(dt).unwrap_or(i64::MAX)),
                );
                req_cip = r.cip.clone();
            }
        }
        Kind::Request | Kind::Unknown => {}
    }
    if len == 0 {
        return;
    }
    let d = cip::dissect(b, req_cip.as_ref());
    if cx.kind == Kind::Request {
        cx.requests.insert(
            key,
            Req {
                frame: cx.frame,
                time_ns: cx.time_ns,
                cip: d.req,
            },
        );
    }
    // CIP clears the column (what ENIP wrote for this PDU).
    *info = d.info;
    more.extend(d.layers);
}

/// One call of `dissect_enip_tcp` on `b`.
fn call(b: &[u8], cut: usize, cx: &mut Ctx<'_>, out: &mut Pdus) -> End {
    if b.len() < 2 {
        return End::Refused;
    }
    let can_desegment = cut == 0;
    let reported = b.len().saturating_add(cut);
    let mut off = 0usize;
    let mut first = true;
    while off < reported {
        let remaining = b.len().saturating_sub(off);
        if can_desegment && remaining < 4 {
            return End::More(off, Want::OneMoreSegment);
        }
        if remaining < 4 {
            let mut l = Layer::new(Osi::Application, "enip", 0..0);
            if first {
                l.present(f::enip::OSIDUMP_CALL);
            }
            l.read_past_end("enip", "ENIP header past the end".into(), true);
            out.push((l, off.min(b.len()), b.len()));
            return End::Done;
        }
        let plen = usize::from(le16(b, off + 2)) + HEADER;
        if can_desegment && remaining < plen {
            return End::More(off, Want::Total(plen));
        }
        let end = off + plen.min(remaining);
        let t = Tvb {
            b: &b[off..end],
            reported: plen,
            le: true,
        };
        for l in pdu(t, cx, first) {
            out.push((l, off, end));
        }
        first = false;
        off += plen;
    }
    End::Done
}

/// Both sides of one TCP conversation.
#[derive(Default)]
pub struct EnipStream {
    ports: Option<(u16, u16)>,
    frame: u64,
    time_ns: i128,
    framer: PduFramer,
    requests: Requests,
}

impl EnipStream {
    fn kind(&self) -> Kind {
        match self.ports {
            Some((s, d)) => classify(s, d),
            None => Kind::Unknown,
        }
    }
}

impl StreamDecoder for EnipStream {
    fn protocol(&self) -> &'static str {
        "enip"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.time_ns = ts;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.framer.set_snap_cut(cut);
    }

    fn heap_bytes(&self) -> usize {
        self.framer.heap_bytes() + self.requests.heap_bytes()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.framer.holds_partial(dir)
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let mut cx = Ctx {
            kind: self.kind(),
            frame: self.frame,
            time_ns: self.time_ns,
            requests: &mut self.requests,
        };
        let fed = self.framer.feed(dir, offset, data, out, |_, b, cut, pdus| {
            call(b, cut, &mut cx, pdus)
        });
        // A segment ENIP refused is data.
        if fed == Fed::Refused {
            super::data_message(offset, data, out);
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(EnipStream::default())
}

/// UDP 44818: each datagram one PDU; requests matched per conversation.
#[derive(Default)]
struct EnipDatagrams {
    convs: HashMap<crate::flow::ConvKey, Requests>,
}

impl DatagramDecoder for EnipDatagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.len() < 4 {
            return;
        }
        if self.convs.len() > MAX_REQUESTS && !self.convs.contains_key(&d.conv) {
            self.convs.clear();
        }
        let requests = self.convs.entry(d.conv).or_default();
        let mut cx = Ctx {
            kind: classify(d.sport, d.dport),
            frame: d.frame,
            time_ns: d.ts_ns,
            requests,
        };
        let t = Tvb {
            b: d.payload,
            reported: d.reported,
            le: true,
        };
        let span = d.at..d.at + d.payload.len();
        for mut l in pdu(t, &mut cx, true) {
            l.span = span.clone();
            out.push(l);
        }
    }

    fn heap_bytes(&self) -> usize {
        self.convs.values().map(Requests::heap_bytes).sum::<usize>() + self.convs.capacity() * 64
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(EnipDatagrams::default())
}

/// UDP 2222: `dissect_enip_cipio`, the CPF items of class 0/1 data.
fn cipio_datagram<'a>(d: &Datagram<'a>) -> Vec<Layer<'a>> {
    let mut l = Layer::new(Osi::Application, "cipio", 0..0);
    let t = Tvb {
        b: d.payload,
        reported: d.reported,
        le: true,
    };
    let mut requests = Requests::default();
    let mut cx = Ctx {
        kind: Kind::Unknown,
        frame: d.frame,
        time_ns: d.ts_ns,
        requests: &mut requests,
    };
    let mut more = Vec::new();
    let mut info = String::new();
    let r = cpf(
        t,
        0,
        0xffff,
        (0, KeyData::Connected(0)),
        &mut cx,
        &mut l,
        &mut more,
        &mut info,
    );
    if !info.is_empty() {
        l.str(f::enip::OSIDUMP_INFO, info);
    }
    if let Err(e) = r {
        l.read_past_end(
            "cipio",
            "CIP I/O item past the end of the datagram".into(),
            e == Bound::Cut || d.cut,
        );
    }
    let span = d.at..d.at + d.payload.len();
    let mut out = vec![l];
    out.extend(more);
    for l in &mut out {
        l.span = span.clone();
    }
    out
}

struct CipIoDatagrams;

impl DatagramDecoder for CipIoDatagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        out.extend(cipio_datagram(d));
    }
}

fn new_io_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(CipIoDatagrams)
}

/// tshark's Info column: the PDUs' texts joined with " | " (each PDU
/// fences its text after the one before), written once by the frame's
/// last ENIP/CIP layer.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let ours = |l: &Layer<'_>| matches!(l.protocol, "enip" | "cip" | "cipcls" | "cipio");
    if layers.get(i).is_none_or(|l| !ours(l)) || layers[i + 1..].iter().any(ours) {
        return;
    }
    let mut first = true;
    for l in layers
        .iter()
        .filter(|l| matches!(l.protocol, "enip" | "cipio"))
    {
        if let Some(t) = l.get_str(f::enip::OSIDUMP_INFO) {
            if !first {
                out.push_str(" | ");
            }
            out.push_str(t);
            first = false;
        }
    }
    if first {
        // Nothing written over the column: UDP's words stay.
        if let Some(u) = layers.iter().rposition(|l| l.protocol == "udp") {
            crate::dissect::spec::info(out, layers, u, &crate::dissect::summary::EN);
        }
    }
}

fn enip_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::enip::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

fn cip_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::cip::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

fn cipcls_summary(out: &mut String, _l: &Layer<'_>) {
    out.push_str("CIP Class Generic");
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "enip",
    also: &[],
    title: "EtherNet/IP (Industrial Protocol)",
    osi: Osi::Application,
    fields: f::enip::ALL,
    summary: enip_summary,
    info: Some(info),
    column: Some(|_| "ENIP"),
    app: Some(AppSpec {
        decode_as: &["enip"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: Some(|b| b.len() >= 4),
        stream: Some(new_stream),
        datagram: Some(new_datagrams),
    }),
};

pub static CIPIO_SPEC: ProtocolSpec = ProtocolSpec {
    name: "cipio",
    also: &[],
    title: "Common Industrial Protocol, I/O",
    osi: Osi::Application,
    fields: &[],
    summary: enip_summary,
    info: Some(info),
    column: Some(|_| "CIP I/O"),
    app: Some(AppSpec {
        decode_as: &["cipio"],
        tcp_ports: &[],
        udp_ports: &[IO_PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_io_datagrams),
    }),
};

pub static CIP_SPEC: ProtocolSpec = ProtocolSpec {
    name: "cip",
    also: &[],
    title: "Common Industrial Protocol",
    osi: Osi::Application,
    fields: f::cip::ALL,
    summary: cip_summary,
    info: Some(info),
    column: Some(|_| "CIP"),
    app: None,
};

pub static CIPCLS_SPEC: ProtocolSpec = ProtocolSpec {
    name: "cipcls",
    also: &[],
    title: "CIP Class Generic",
    osi: Osi::Application,
    fields: &[],
    summary: cipcls_summary,
    info: Some(info),
    column: Some(|_| "CIP"),
    app: None,
};
