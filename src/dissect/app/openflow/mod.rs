//! OpenFlow over TCP, as tshark 4.0's packet-openflow.c finds and frames
//! it: port 6653, and its heuristic on a segment sent to 6633, 6634 or
//! 6653 (which makes the whole conversation OpenFlow from there on, both
//! ways). Messages are framed by the header's 16-bit length with
//! `tcp_dissect_pdus` (8 header bytes): one cut by the segment's end is
//! finished by the next segments, and what follows a reassembled message
//! in its last segment is a call of its own. Each call lists `openflow` in
//! `frame.protocols` once, each message its version's dissector:
//! `openflow_v1` (1.0: header and the bodies tshark decodes, see
//! [`v1`]), `openflow_v4`, `openflow_v5`, `openflow_v6` (1.3, 1.4, 1.5:
//! their header; the bodies are not decoded, but the Ethernet frame a 1.3
//! PACKET_IN or PACKET_OUT carries is); another version is an `openflow`
//! item flagged as unsupported.
//!
//! The Info column: each message clears it and writes `Type: ...`; calls
//! are fenced one after another (no separator); a PACKET_IN or PACKET_OUT
//! makes the columns unwritable for the rest of the frame (its Ethernet
//! frame, and the messages after it, write nothing).
//!
//! The promise: no input makes this module panic; a side holds at most
//! one message (8 + 65535 bytes) waiting for the rest.

pub mod fields;
mod v1;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, PduFramer, Pdus, Want};
use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::{Bound as Short, Tvb};
use fields::openflow as f;
use std::borrow::Cow;

/// OpenFlow's port in tshark's `tcp.port` table (IANA's).
pub const PORT: u16 = 6653;

/// `tcp_dissect_pdus`' fixed part: the header.
const HEADER: usize = 8;

ei!(VERSION_UNKNOWN, f::VERSION_UNKNOWN, Undecoded, Warn);

type R<T> = Result<T, Short>;

/// Whether tshark's OpenFlow heuristic takes a segment to this port
/// (`dissect_openflow_heur`: the legacy ports and the IANA one).
pub fn heuristic_port(dport: u16) -> bool {
    matches!(dport, 6633 | 6634 | PORT)
}

/// What a message's version dissector leaves for its caller.
#[derive(Default)]
struct Msg {
    /// The Ethernet frame it carries: from this offset of the message to
    /// its length (tshark's `tvb_new_subset_length`).
    frame_at: Option<(usize, usize)>,
}

/// A message's fields being read into its layer.
struct P<'t, 'l> {
    t: Tvb<'t>,
    l: &'l mut Layer<'static>,
}

impl P<'_, '_> {
    fn u8(&mut self, def: &'static FieldDef, at: usize) -> R<u8> {
        let v = self.t.u8(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u16(&mut self, def: &'static FieldDef, at: usize) -> R<u16> {
        let v = self.t.u16(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u32(&mut self, def: &'static FieldDef, at: usize) -> R<u32> {
        let v = self.t.u32(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u64(&mut self, def: &'static FieldDef, at: usize) -> R<u64> {
        let v = self.t.u64(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn bytes(&mut self, def: &'static FieldDef, at: usize, len: usize) -> R<()> {
        let v = self.t.bytes(at, len)?;
        self.l.push(def, Value::Bytes(Cow::Owned(v.to_vec())));
        Ok(())
    }

    fn mac(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.bytes(at, 6)?;
        let mut m = [0u8; 6];
        m.copy_from_slice(v);
        self.l.push(def, Value::Mac(m));
        Ok(())
    }

    fn ipv4(&mut self, def: &'static FieldDef, at: usize) -> R<()> {
        let v = self.t.bytes(at, 4)?;
        let mut a = [0u8; 4];
        a.copy_from_slice(v);
        self.l.push(def, Value::Ipv4(a));
        Ok(())
    }

    /// An `ENC_ASCII` string of `len` bytes (up to its first NUL).
    fn string(&mut self, def: &'static FieldDef, at: usize, len: usize) -> R<()> {
        let v = self.t.bytes(at, len)?;
        let s = crate::dissect::wire::ascii(v).into_owned();
        self.l.str(def, s);
        Ok(())
    }

    /// A 32-bit bitmap and its flags (booleans with their masks).
    fn flags(&mut self, def: &'static FieldDef, at: usize, bits: &[&'static FieldDef]) -> R<()> {
        let v = self.u32(def, at)?;
        for b in bits {
            self.l.boolean(b, u64::from(v) & b.mask != 0);
        }
        Ok(())
    }
}

/// One call of `dissect_openflow` on `b` (captured bytes; `cut` more were
/// cut by the capture): its messages' layers, each with the span of `b`
/// it covers and the Ethernet frame it carries (a span of `b`).
fn call(b: &[u8], cut: usize, out: &mut Pdus) -> End {
    let can_desegment = cut == 0;
    let reported = b.len().saturating_add(cut);
    let mut off = 0usize;
    let mut first = true;
    while off < reported {
        let remaining = b.len().saturating_sub(off);
        if can_desegment && remaining < HEADER {
            return End::More(off, Want::OneMoreSegment);
        }
        if remaining == 0 {
            // The capture cut the segment where a message ends: tshark
            // reads nothing more (its TCP hands the captured bytes on).
            return End::Done;
        }
        if remaining < 4 {
            // Reading the length throws: the call's exception, outside
            // any message.
            let mut l = Layer::new(Osi::Application, "openflow", 0..0);
            if first {
                l.present(f::OSIDUMP_CALL);
            }
            l.read_past_end(
                "openflow",
                "OpenFlow header past the end of the bytes".into(),
                off + 4 <= reported,
            );
            out.push((l, off.min(b.len()), b.len()));
            return End::Done;
        }
        let plen = usize::from(u16::from_be_bytes([b[off + 2], b[off + 3]]));
        if plen < HEADER {
            // `show_reported_bounds_error`: a length shorter than the
            // header, and the call stops.
            let mut l = Layer::new(Osi::Application, "openflow", 0..0);
            if first {
                l.present(f::OSIDUMP_CALL);
            }
            l.read_past_end(
                "openflow",
                format!("OpenFlow length {plen} is shorter than its header"),
                false,
            );
            out.push((l, off, b.len()));
            return End::Done;
        }
        if can_desegment && remaining < plen {
            return End::More(off, Want::Total(plen));
        }
        let end = off + plen.min(remaining);
        let t = Tvb {
            b: &b[off..end],
            reported: plen,
            le: false,
        };
        let mut l = message(t);
        if first {
            l.fields.insert(
                0,
                crate::dissect::layer::Field {
                    def: f::OSIDUMP_CALL,
                    value: Value::None,
                },
            );
        }
        out.push((l, off, end));
        first = false;
        off += plen;
    }
    End::Done
}

/// `dissect_openflow_tcp_pdu`: the message's layer, by its version.
fn message(t: Tvb<'_>) -> Layer<'static> {
    let version = t.b[0];
    let protocol = match version {
        1 => "openflow_v1",
        4 => "openflow_v4",
        5 => "openflow_v5",
        6 => "openflow_v6",
        _ => {
            // Unsupported: the column cleared, the version flagged.
            let mut l = Layer::new(Osi::Application, "openflow", 0..0);
            l.str(f::OSIDUMP_INFO, "");
            l.uint(f::VERSION, version & 0x7f);
            expert::add(&mut l, &VERSION_UNKNOWN, None);
            return l;
        }
    };
    let mut l = Layer::new(Osi::Application, protocol, 0..0);
    // The type is read before anything is written.
    let Ok(type_) = t.u8(1) else {
        l.str(f::OSIDUMP_INFO, "");
        l.read_past_end(protocol, "OpenFlow header cut short".into(), true);
        return l;
    };
    let mut m = Msg::default();
    let r = {
        let mut p = P { t, l: &mut l };
        match version {
            1 => {
                let name = f::OPENFLOW_1_0_TYPE
                    .value_name(type_.into())
                    .unwrap_or("Unknown message type");
                p.l.str(f::OSIDUMP_INFO, format!("Type: {name}"));
                if matches!(type_, 10 | 13) {
                    p.l.present(f::OSIDUMP_FREEZE);
                }
                v1::message(&mut p, type_, &mut m)
            }
            _ => later_header(&mut p, version, type_, &mut m),
        }
    };
    if let Err(e) = r {
        let what = if e == Short::Cut {
            "OpenFlow message cut short by the capture"
        } else {
            "OpenFlow message read past its end"
        };
        l.read_past_end(protocol, what.into(), e == Short::Cut);
    }
    if let Some((from, to)) = m.frame_at
        && from <= to
    {
        let frame = t.b.get(from..to.min(t.b.len())).unwrap_or(&[]);
        l.push(f::OSIDUMP_FRAME, Value::Bytes(Cow::Owned(frame.to_vec())));
    }
    l
}

/// The header of OpenFlow 1.3, 1.4 and 1.5 (`openflow_v4`, `_v5`, `_v6`):
/// version, type, length, transaction; the Info text, with a multipart
/// message's type (1.3); the Ethernet frame of a 1.3 PACKET_IN or
/// PACKET_OUT.
fn later_header(p: &mut P<'_, '_>, version: u8, type_: u8, m: &mut Msg) -> R<()> {
    use fields::{openflow_v4 as v4, openflow_v5 as v5, openflow_v6 as v6};
    let (ver, ty, len, xid) = match version {
        4 => (v4::VERSION, v4::TYPE, v4::LENGTH, v4::XID),
        5 => (v5::VERSION, v5::TYPE, v5::LENGTH, v5::XID),
        _ => (v6::VERSION, v6::TYPE, v6::LENGTH, v6::XID),
    };
    let name = ty
        .value_name(type_.into())
        .unwrap_or("Unknown message type");
    let mut info = format!("Type: {name}");
    if version == 4 && matches!(type_, 18 | 19) {
        // The multipart type, appended before anything else is read.
        let def = if type_ == 18 {
            v4::MULTIPART_REQUEST_TYPE
        } else {
            v4::MULTIPART_REPLY_TYPE
        };
        if let Ok(mp) = p.t.u16(8) {
            info.push_str(", ");
            info.push_str(def.value_name(mp.into()).unwrap_or("Unknown message type"));
        }
    }
    p.l.str(f::OSIDUMP_INFO, info);
    if version == 4 && matches!(type_, 10 | 13) {
        p.l.present(f::OSIDUMP_FREEZE);
    }
    p.u8(ver, 0)?;
    p.l.uint(ty, type_);
    let length = p.u16(len, 2)?;
    p.u32(xid, 4)?;
    if version == 4 {
        match type_ {
            10 => {
                // buffer_id, total_len, reason, table_id, cookie; the
                // match (padded to 8 bytes), 2 bytes of pad, the frame.
                let match_len = usize::from(p.t.u16(26)?);
                let at = 24 + match_len.div_ceil(8) * 8 + 2;
                m.frame_at = Some((at, usize::from(length)));
            }
            13 => {
                let buffer_id = p.t.u32(8)?;
                let acts_len = usize::from(p.t.u16(16)?);
                if buffer_id == u32::MAX {
                    m.frame_at = Some((24 + acts_len, usize::from(length)));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Both sides of one conversation.
#[derive(Default)]
pub struct OpenflowDecoder {
    framer: PduFramer,
}

impl StreamDecoder for OpenflowDecoder {
    fn protocol(&self) -> &'static str {
        "openflow"
    }

    /// tshark's framing is per call: a segment at a time.
    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.framer.set_snap_cut(cut);
    }

    fn heap_bytes(&self) -> usize {
        self.framer.heap_bytes()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.framer.holds_partial(dir)
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.framer.wants_one_more_segment(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        // OpenFlow refuses nothing.
        let _ = self
            .framer
            .feed(dir, offset, data, out, |_, b, cut, pdus| call(b, cut, pdus));
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(OpenflowDecoder::default())
}

/// Whether a layer is one of OpenFlow's messages.
pub fn is_message(l: &Layer<'_>) -> bool {
    matches!(
        l.protocol,
        "openflow" | "openflow_v1" | "openflow_v4" | "openflow_v5" | "openflow_v6"
    )
}

/// The index of the message that made tshark's columns unwritable (a
/// PACKET_IN or PACKET_OUT), if any: the columns speak of the layers up
/// to it.
pub fn froze_columns(layers: &[Layer<'_>]) -> Option<usize> {
    layers.iter().position(freezes_columns)
}

/// Whether `l` is the OpenFlow message that made the columns unwritable
/// ([`froze_columns`]).
pub fn freezes_columns(l: &Layer<'_>) -> bool {
    is_message(l) && l.has(f::OSIDUMP_FREEZE)
}

/// Whether the line view writes the note of the frame's last exception:
/// not when an OpenFlow message threw it ([`info`] writes those notes,
/// which the next message's text replaces), nor when it came after a
/// message that made the columns unwritable.
pub fn leaves_exception_note(layers: &[Layer<'_>]) -> bool {
    let Some(last) = layers.iter().rposition(|l| l.thrown.is_some()) else {
        return true;
    };
    !is_message(&layers[last]) && froze_columns(layers).is_none_or(|k| last < k)
}

/// tshark's Info column: each call's last message's text (TCP fences
/// each call's text after the one before) up to the message that froze
/// the columns, with the note of each exception caught after it; written
/// once, by the frame's last OpenFlow layer (of those the columns speak
/// of). The line view leaves the exception notes of such a frame to it
/// ([`leaves_exception_note`]).
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let end = froze_columns(layers).map_or(layers.len(), |k| k + 1);
    let layers = &layers[..end];
    if layers.get(i).is_none_or(|l| !is_message(l)) || layers[i + 1..].iter().any(is_message) {
        return;
    }
    let mut pending = String::new();
    for l in layers.iter().filter(|l| is_message(l)) {
        if l.has(f::OSIDUMP_CALL) {
            out.push_str(&pending);
            pending.clear();
        }
        if let Some(t) = l.get_str(f::OSIDUMP_INFO) {
            pending.clear();
            pending.push_str(t);
        }
        // An exception's note, unless the message made the columns
        // unwritable first (PACKET_IN, PACKET_OUT); the next message's
        // text replaces it.
        if let Some(t) = l.thrown.as_deref()
            && !l.has(f::OSIDUMP_FREEZE)
        {
            pending.push_str(match t.kind {
                crate::dissect::layer::AnomalyKind::Truncated => {
                    "[Packet size limited during capture]"
                }
                _ => "[Malformed Packet]",
            });
        }
    }
    out.push_str(&pending);
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "openflow",
    also: &["openflow_v1"],
    title: "OpenFlow",
    osi: Osi::Application,
    fields: f::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "OpenFlow"),
    app: Some(AppSpec {
        decode_as: &["openflow"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // Its heuristic asks for the destination port: see
        // `registry::choose`.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

pub static V4_SPEC: ProtocolSpec = ProtocolSpec {
    name: "openflow_v4",
    also: &[],
    title: "OpenFlow 1.3",
    osi: Osi::Application,
    fields: fields::openflow_v4::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "OpenFlow"),
    app: None,
};

pub static V5_SPEC: ProtocolSpec = ProtocolSpec {
    name: "openflow_v5",
    also: &[],
    title: "OpenFlow 1.4",
    osi: Osi::Application,
    fields: fields::openflow_v5::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "OpenFlow"),
    app: None,
};

pub static V6_SPEC: ProtocolSpec = ProtocolSpec {
    name: "openflow_v6",
    also: &[],
    title: "OpenFlow 1.5",
    osi: Osi::Application,
    fields: fields::openflow_v6::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "OpenFlow"),
    app: None,
};
