//! Modbus/TCP (TCP port 502), as tshark 4.0's packet-mbtcp.c shows it:
//! the MBAP header (`mbtcp`) and the Modbus PDU it carries (`modbus`).
//!
//! tshark's port dissector takes a call's bytes only when they hold 8
//! bytes or more, a protocol identifier of 0 and a length of 2 or more;
//! else they are not Modbus (its heuristics, then data). A call reads its
//! PDUs with `tcp_dissect_pdus`: each is 6 header bytes plus the header's
//! length; one cut by the segment's end is finished by the next segments
//! (exactly its bytes when its 6 header bytes are there, else the whole
//! next segment with the held bytes, as one call), and what follows a
//! reassembled PDU in its last segment is a call of its own. A call is
//! listed once in `frame.protocols`, each PDU's Modbus once more; the Info
//! column holds each call's last PDU (calls are fenced one after another).
//!
//! Which side asks is told by the ports (to 502: a query, from 502: a
//! response). A response is parsed with what its query said (the coils'
//! and registers' numbers), found as tshark finds it: the latest earlier
//! query of the conversation with the same transaction, unit and
//! function; it names the query's frame and the time since.
//!
//! The promise: no input makes this module panic; a side holds at most one
//! PDU (6 + 65535 bytes) waiting for the rest, and a conversation
//! remembers at most [`MAX_REQUESTS`] queries (the oldest forgotten first).

pub mod fields;

#[cfg(test)]
mod tests;

use super::pdu_framer::{End, Fed, PduFramer, Pdus, Want};
use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

/// Modbus/TCP's port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 502;

/// Queries a conversation remembers for matching its responses.
pub const MAX_REQUESTS: usize = 4096;

/// `tcp_dissect_pdus`' fixed part: the header up to its length field.
const HEADER: usize = 6;

ei!(CANNOT_CLASSIFY, f::mbtcp::CANNOT_CLASSIFY, Protocol, Warn);

use crate::dissect::wire::{Bound as Short, Tvb};

type R<T> = Result<T, Short>;

/// Query or response, by the ports (`classify_mbtcp_packet`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Query,
    Response,
    Unknown,
}

/// What a query told about its response.
#[derive(Debug, Clone, Copy)]
struct Req {
    frame: u64,
    time_ns: i128,
    base: u16,
    num: u16,
}

/// Transaction, unit and function of a query.
type ReqKey = (u16, u8, u8);

/// The conversation's queries, the latest of each key, at most
/// [`MAX_REQUESTS`].
#[derive(Default)]
struct Requests {
    map: HashMap<ReqKey, Req>,
    /// Keys in the order they were stored, with the frame that stored
    /// them (a key stored again later leaves a stale entry behind).
    order: VecDeque<(ReqKey, u64)>,
}

impl Requests {
    fn insert(&mut self, key: ReqKey, r: Req) {
        self.map.insert(key, r);
        self.order.push_back((key, r.frame));
        while self.order.len() > MAX_REQUESTS {
            if let Some((k, frame)) = self.order.pop_front()
                && self.map.get(&k).is_some_and(|x| x.frame == frame)
            {
                self.map.remove(&k);
            }
        }
    }

    /// The latest query of `key` before frame `frame`.
    fn find(&self, key: ReqKey, frame: u64) -> Option<Req> {
        self.map.get(&key).copied().filter(|r| r.frame < frame)
    }

    fn heap_bytes(&self) -> usize {
        self.map.capacity() * (std::mem::size_of::<(ReqKey, Req)>() + 8)
            + self.order.capacity() * std::mem::size_of::<(ReqKey, u64)>()
    }
}

/// The context of a conversation's PDUs.
struct Ctx<'c> {
    kind: Kind,
    frame: u64,
    time_ns: i128,
    requests: &'c mut Requests,
}

/// One call of `dissect_mbtcp` on `b` (captured bytes; `cut` more were
/// cut by the capture): its PDUs' layers, each with the span of `b` it
/// covers.
fn call(b: &[u8], cut: usize, cx: &mut Ctx<'_>, out: &mut Pdus) -> End {
    if b.len() < 8 || be16(b, 2) != 0 || be16(b, 4) < 2 {
        return End::Refused;
    }
    let mut can_desegment = cut == 0;
    let reported = b.len().saturating_add(cut);
    let mut off = 0usize;
    let mut first = true;
    while off < reported {
        let remaining = b.len().saturating_sub(off);
        if can_desegment && remaining < HEADER {
            return End::More(off, Want::OneMoreSegment);
        }
        if remaining < HEADER {
            // Reading the length throws (past the captured bytes, or past
            // the call's own): the call's exception, outside any PDU.
            let mut l = Layer::new(Osi::Application, "mbtcp", 0..0);
            if first {
                l.present(f::mbtcp::OSIDUMP_CALL);
            }
            l.read_past_end(
                "mbtcp",
                "Modbus/TCP header past the end of the bytes".into(),
                off + HEADER <= reported,
            );
            out.push((l, off.min(b.len()), b.len()));
            return End::Done;
        }
        let plen = usize::from(be16(b, off + 4)) + HEADER;
        if can_desegment && remaining < plen {
            return End::More(off, Want::Total(plen));
        }
        let end = off + plen.min(remaining);
        let pdu = Tvb {
            b: &b[off..end],
            reported: plen,
            le: false,
        };
        let (m, modbus) = mbtcp_pdu(pdu, first, cx);
        out.push((m, off, end));
        if let Some(l) = modbus {
            // An exception out of the Modbus dissector skips the restoring
            // of `pinfo->can_desegment`, which its call had lowered: the
            // call's later PDUs are read from what is there.
            if l.thrown.is_some() {
                can_desegment = false;
            }
            out.push((l, off, end));
        }
        first = false;
        off += plen;
    }
    End::Done
}

fn be16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

/// `dissect_mbtcp_pdu_common`: the MBAP header's layer, and the Modbus
/// layer when the dissector got that far.
fn mbtcp_pdu(
    t: Tvb<'_>,
    first: bool,
    cx: &mut Ctx<'_>,
) -> (Layer<'static>, Option<Layer<'static>>) {
    let mut l = Layer::new(Osi::Application, "mbtcp", 0..0);
    if first {
        l.present(f::mbtcp::OSIDUMP_CALL);
    }
    // What the dissector reads before it writes anything: an exception
    // here leaves the Info column cleared and no item.
    let head = (|| -> R<_> {
        let trans = t.u16(0)?;
        let prot = t.u16(2)?;
        let len = t.u16(4)?;
        let unit = t.u8(6)?;
        let fc_byte = t.u8(7)?;
        let fc = fc_byte & 0x7f;
        let exception = if fc_byte & 0x80 != 0 { t.u8(8)? } else { 0 };
        let (func, sub) = if fc == 43 && exception == 0 {
            let mei = t.u8(8)?;
            (
                mei_name(mei)
                    .unwrap_or("Encapsulated Interface Transport")
                    .to_owned(),
                true,
            )
        } else if fc == 8 && exception == 0 {
            let code = t.u16(8)?;
            (
                value_name(f::modbus::DIAGNOSTIC_CODE, code.into())
                    .unwrap_or("Diagnostics")
                    .to_owned(),
                true,
            )
        } else {
            let name = match value_name(f::modbus::FUNC_CODE, fc.into()) {
                Some(n) => n.to_owned(),
                None => format!("Unknown function ({fc})"),
            };
            (name, false)
        };
        Ok((trans, prot, len, unit, fc, exception, func, sub))
    })();
    let (trans, prot, len, unit, fc, exception, func, sub) = match head {
        Ok(h) => h,
        Err(e) => {
            l.str(f::mbtcp::OSIDUMP_INFO, "");
            throw(&mut l, "mbtcp", e);
            return (l, None);
        }
    };
    let kind = cx.kind;
    let kind_str = match kind {
        Kind::Query => "Query",
        Kind::Response => "Response",
        Kind::Unknown => "unknown",
    };
    let err = if exception != 0 {
        "Exception returned "
    } else if kind == Kind::Unknown {
        "Unable to classify as query or response."
    } else {
        ""
    };
    let mut info = format!("{kind_str:>8}: Trans: {trans:5}; Unit: {unit:3}, Func: {fc:3}");
    if sub {
        info.push_str("/  1");
    }
    info.push_str(": ");
    info.push_str(&func);
    if !err.is_empty() {
        info.push_str(". ");
        info.push_str(err);
    }
    l.str(f::mbtcp::OSIDUMP_INFO, info);
    if kind == Kind::Unknown {
        expert::add(&mut l, &CANNOT_CLASSIFY, None);
    }
    l.uint(f::mbtcp::TRANS_ID, trans);
    l.uint(f::mbtcp::PROT_ID, prot);
    l.uint(f::mbtcp::LEN, len);
    l.uint(f::mbtcp::UNIT_ID, unit);
    // The Modbus PDU: what follows the unit, `len - 1` bytes.
    let reported = usize::from(len).saturating_sub(1);
    let cap_end = t.b.len().min(7 + reported);
    let m = Tvb {
        b: t.b.get(7..cap_end).unwrap_or(&[]),
        reported,
        le: false,
    };
    let modbus = modbus_pdu(m, trans, unit, cx);
    (l, modbus)
}

/// `dissect_modbus`.
fn modbus_pdu(t: Tvb<'_>, trans: u16, unit: u8, cx: &mut Ctx<'_>) -> Option<Layer<'static>> {
    if t.b.is_empty() {
        return None;
    }
    let mut l = Layer::new(Osi::Application, "modbus", 0..0);
    let fc = t.b[0] & 0x7f;
    l.uint(f::modbus::FUNC_CODE, fc);
    let key = (trans, unit, fc);
    let mut req = None;
    match cx.kind {
        Kind::Query => {
            let base =
                t.b.get(1..3)
                    .map_or(0, |s| u16::from_be_bytes([s[0], s[1]]));
            let num =
                t.b.get(3..5)
                    .map_or(0, |s| u16::from_be_bytes([s[0], s[1]]));
            cx.requests.insert(
                key,
                Req {
                    frame: cx.frame,
                    time_ns: cx.time_ns,
                    base,
                    num,
                },
            );
        }
        Kind::Response => req = cx.requests.find(key, cx.frame),
        Kind::Unknown => {}
    }
    let r = (|| -> R<()> {
        let exception = if t.b[0] & 0x80 != 0 { t.u8(1)? } else { 0 };
        let mut p = Pdu { t, l: &mut l };
        if exception != 0 {
            p.l.uint(f::modbus::EXCEPTION_CODE, exception);
            return Ok(());
        }
        let len = t.b.len().min(t.reported);
        match cx.kind {
            Kind::Query => p.request(fc, len - 1),
            Kind::Response => {
                if let Some(r) = req {
                    p.l.uint(f::modbus::REQUEST_FRAME, r.frame);
                    let dt = cx.time_ns.saturating_sub(r.time_ns);
                    p.l.push(
                        f::modbus::RESPONSE_TIME,
                        Value::rel_time(i64::try_from(dt).unwrap_or(i64::MAX)),
                    );
                }
                p.response(fc, len - 1, req)
            }
            Kind::Unknown => Ok(()),
        }
    })();
    if let Err(e) = r {
        throw(&mut l, "modbus", e);
    }
    Some(l)
}

/// An exception `protocol`'s dissector threw.
fn throw(l: &mut Layer<'_>, protocol: &'static str, e: Short) {
    let what = if protocol == "mbtcp" {
        "Modbus/TCP"
    } else {
        "Modbus"
    };
    l.read_past_end(
        protocol,
        format!("{what} PDU read past its end"),
        e == Short::Cut,
    );
}

/// A field's value name.
fn value_name(def: &'static crate::dissect::field::FieldDef, v: u64) -> Option<&'static str> {
    def.value_name(v)
}

/// `encap_interface_code_vals`.
fn mei_name(v: u8) -> Option<&'static str> {
    value_name(f::modbus::MEI, v.into())
}

/// The Modbus PDU's fields being read.
struct Pdu<'t, 'l> {
    t: Tvb<'t>,
    l: &'l mut Layer<'static>,
}

const READ_COILS: u8 = 1;
const READ_DISCRETE_INPUTS: u8 = 2;
const READ_HOLDING_REGS: u8 = 3;
const READ_INPUT_REGS: u8 = 4;
const WRITE_SINGLE_COIL: u8 = 5;
const WRITE_SINGLE_REG: u8 = 6;
const READ_EXCEPT_STAT: u8 = 7;
const DIAGNOSTICS: u8 = 8;
const GET_COMM_EVENT_CTRS: u8 = 11;
const GET_COMM_EVENT_LOG: u8 = 12;
const WRITE_MULT_COILS: u8 = 15;
const WRITE_MULT_REGS: u8 = 16;
const READ_FILE_RECORD: u8 = 20;
const WRITE_FILE_RECORD: u8 = 21;
const MASK_WRITE_REG: u8 = 22;
const READ_WRITE_REG: u8 = 23;
const READ_FIFO_QUEUE: u8 = 24;
const ENCAP_INTERFACE_TRANSP: u8 = 43;
const READ_DEVICE_ID: u8 = 14;

impl Pdu<'_, '_> {
    fn uint8(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<u8> {
        let v = self.t.u8(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn uint16(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<u16> {
        let v = self.t.u16(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn bytes(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: usize,
    ) -> R<()> {
        let v = self.t.bytes(at, len)?;
        self.l.push(def, Value::Bytes(Cow::Owned(v.to_vec())));
        Ok(())
    }

    /// `dissect_modbus_data` of `len` bytes at `at` (a C `gint`: a
    /// length computed below zero is one no data matches).
    fn data(&mut self, fc: u8, at: usize, len: i64, base: u16, num: u16) -> R<()> {
        if at as i64 + len == 0 {
            return Ok(());
        }
        if at > self.t.reported {
            // An item at an offset past the end throws.
            return Err(Short::Past);
        }
        let reported = self.t.remaining(at);
        if len != reported as i64 {
            return self.bytes(f::modbus::DATA, at, reported);
        }
        let len = reported;
        match fc {
            READ_COILS | READ_DISCRETE_INPUTS => {
                let mut reg = base;
                for i in 0..len {
                    let v = self.t.u8(at + i)?;
                    for bit in 0..8 {
                        self.l.uint(f::modbus::BITNUM, reg);
                        self.l.boolean(f::modbus::BITVAL, v & (1 << bit) != 0);
                        reg = reg.wrapping_add(1);
                        // All the bits asked for: the byte's others are not.
                        if i32::from(reg) - i32::from(base) >= i32::from(num) {
                            break;
                        }
                    }
                }
            }
            READ_HOLDING_REGS | READ_INPUT_REGS | WRITE_MULT_REGS => {
                let mut reg = base;
                let mut o = 0;
                while o < len {
                    let v = self.t.u16(at + o)?;
                    self.l.uint(f::modbus::REGNUM16, reg);
                    self.l.uint(f::modbus::REGVAL_UINT16, v);
                    o += 2;
                    reg = reg.wrapping_add(1);
                }
            }
            _ => self.bytes(f::modbus::DATA, at, len)?,
        }
        Ok(())
    }

    /// `dissect_modbus_request`; the payload is the `len` bytes after the
    /// function code.
    fn request(&mut self, fc: u8, len: usize) -> R<()> {
        let p = 1;
        match fc {
            READ_COILS | READ_DISCRETE_INPUTS => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::BIT_CNT, p + 2)?;
            }
            READ_HOLDING_REGS | READ_INPUT_REGS => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::WORD_CNT, p + 2)?;
            }
            WRITE_SINGLE_COIL => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.data(fc, p + 2, 1, 0, 0)?;
                self.uint8(f::modbus::PADDING, p + 3)?;
            }
            WRITE_SINGLE_REG => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.data(fc, p + 2, 2, 0, 0)?;
            }
            READ_EXCEPT_STAT => {}
            DIAGNOSTICS => {
                let code = self.uint16(f::modbus::DIAGNOSTIC_CODE, p)?;
                match code {
                    0 => {
                        if len > 2 {
                            self.bytes(
                                f::modbus::DIAGNOSTIC_RETURN_QUERY_DATA_REQUEST,
                                p + 2,
                                len - 2,
                            )?;
                        }
                    }
                    1 => {
                        self.uint16(f::modbus::DIAGNOSTIC_RESTART_COMMUNICATION_OPTION, p + 2)?;
                    }
                    3 => {
                        self.uint8(f::modbus::DIAGNOSTIC_ASCII_INPUT_DELIMITER, p + 2)?;
                    }
                    _ => {
                        if len > 2 {
                            self.data(fc, p + 2, len as i64 - 2, 0, 0)?;
                        }
                    }
                }
            }
            WRITE_MULT_COILS => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::BIT_CNT, p + 2)?;
                let n = self.uint8(f::modbus::BYTE_CNT, p + 4)?;
                self.data(fc, p + 5, n.into(), 0, 0)?;
            }
            WRITE_MULT_REGS => {
                let base = self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::WORD_CNT, p + 2)?;
                let n = self.uint8(f::modbus::BYTE_CNT, p + 4)?;
                self.data(fc, p + 5, n.into(), base, 0)?;
            }
            READ_FILE_RECORD => {
                let n = self.uint8(f::modbus::BYTE_CNT, p)?;
                let mut g = p + 1;
                for _ in 0..n / 7 {
                    // The group's subtree claims its 7 bytes first.
                    self.t.bytes(g, 7)?;
                    self.uint8(f::modbus::REFERENCE_TYPE, g)?;
                    let v = self.t.u32(g + 1)?;
                    self.l.uint(f::modbus::REFERENCE_NUM_32, v);
                    self.uint16(f::modbus::WORD_CNT, g + 5)?;
                    g += 7;
                }
            }
            WRITE_FILE_RECORD => self.file_groups(fc, p)?,
            MASK_WRITE_REG => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::AND_MASK, p + 2)?;
                self.uint16(f::modbus::OR_MASK, p + 4)?;
            }
            READ_WRITE_REG => {
                self.uint16(f::modbus::READ_REFERENCE_NUM, p)?;
                self.uint16(f::modbus::READ_WORD_CNT, p + 2)?;
                self.uint16(f::modbus::WRITE_REFERENCE_NUM, p + 4)?;
                self.uint16(f::modbus::WRITE_WORD_CNT, p + 6)?;
                let n = self.uint8(f::modbus::BYTE_CNT, p + 8)?;
                self.data(fc, p + 9, n.into(), 0, 0)?;
            }
            READ_FIFO_QUEUE => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
            }
            ENCAP_INTERFACE_TRANSP => {
                let mei = self.uint8(f::modbus::MEI, p)?;
                if mei == READ_DEVICE_ID {
                    self.uint8(f::modbus::READ_DEVICE_ID, p + 1)?;
                    self.uint8(f::modbus::OBJECT_ID, p + 2)?;
                } else if len > 1 {
                    self.data(fc, p, len as i64 - 1, 0, 0)?;
                }
            }
            _ => {
                if len > 0 {
                    self.data(fc, p, len as i64, 0, 0)?;
                }
            }
        }
        Ok(())
    }

    /// Write File Record's groups (a request, or the response that echoes
    /// it): reference type, 32-bit reference, word count, the words.
    fn file_groups(&mut self, fc: u8, p: usize) -> R<()> {
        let mut n = i64::from(self.uint8(f::modbus::BYTE_CNT, p)?);
        let mut g = p + 1;
        while n > 0 {
            let words = self.t.u16(g + 5)?;
            let group = 2 * usize::from(words) + 7;
            self.t.bytes(g, group)?;
            self.uint8(f::modbus::REFERENCE_TYPE, g)?;
            let v = self.t.u32(g + 1)?;
            self.l.uint(f::modbus::REFERENCE_NUM_32, v);
            self.l.uint(f::modbus::WORD_CNT, words);
            self.data(fc, g + 7, group as i64 - 7, 0, 0)?;
            g += group;
            n -= group as i64;
        }
        Ok(())
    }

    /// `dissect_modbus_response`; the payload is the `len` bytes after the
    /// function code. `req` is the query found for it.
    fn response(&mut self, fc: u8, len: usize, req: Option<Req>) -> R<()> {
        let p = 1;
        let (base, num) = req.map_or((0, 0), |r| (r.base, r.num));
        match fc {
            READ_COILS | READ_DISCRETE_INPUTS => {
                let n = self.uint8(f::modbus::BYTE_CNT, p)?;
                // No query: as many coils as the bytes hold.
                let num = if req.is_some() {
                    num
                } else {
                    u16::from(n).wrapping_mul(8)
                };
                self.data(fc, p + 1, n.into(), base, num)?;
            }
            READ_HOLDING_REGS | READ_INPUT_REGS | READ_WRITE_REG => {
                let n = self.uint8(f::modbus::BYTE_CNT, p)?;
                self.data(fc, p + 1, n.into(), base, 0)?;
            }
            WRITE_SINGLE_COIL => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.data(fc, p + 2, 1, base, 0)?;
                self.uint8(f::modbus::PADDING, p + 3)?;
            }
            WRITE_SINGLE_REG => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.data(fc, p + 2, 2, base, 0)?;
            }
            READ_EXCEPT_STAT => self.data(fc, p, 1, base, 0)?,
            DIAGNOSTICS => {
                let code = self.uint16(f::modbus::DIAGNOSTIC_CODE, p)?;
                let def = match code {
                    0 => {
                        if len > 2 {
                            self.bytes(
                                f::modbus::DIAGNOSTIC_RETURN_QUERY_DATA_ECHO,
                                p + 2,
                                len - 2,
                            )?;
                        }
                        return Ok(());
                    }
                    1 => f::modbus::DIAGNOSTIC_RESTART_COMMUNICATION_OPTION,
                    2 => f::modbus::DIAGNOSTIC_RETURN_DIAG_REGISTER,
                    3 => {
                        self.uint8(f::modbus::DIAGNOSTIC_ASCII_INPUT_DELIMITER, p + 2)?;
                        return Ok(());
                    }
                    10 => f::modbus::DIAGNOSTIC_CLEAR_CTR_DIAG_REG,
                    11 => f::modbus::DIAGNOSTIC_BUS_MESSAGE_COUNT,
                    12 => f::modbus::DIAGNOSTIC_BUS_COMM_ERROR_COUNT,
                    13 => f::modbus::DIAGNOSTIC_BUS_EXCEPTION_ERROR_COUNT,
                    14 => f::modbus::DIAGNOSTIC_SLAVE_MESSAGE_COUNT,
                    15 => f::modbus::DIAGNOSTIC_NO_SLAVE_RESPONSE_COUNT,
                    16 => f::modbus::DIAGNOSTIC_SLAVE_NAK_COUNT,
                    17 => f::modbus::DIAGNOSTIC_SLAVE_BUSY_COUNT,
                    18 => f::modbus::DIAGNOSTIC_BUS_CHAR_OVERRUN_COUNT,
                    _ => {
                        if len > 2 {
                            self.data(fc, p + 2, len as i64 - 2, base, 0)?;
                        }
                        return Ok(());
                    }
                };
                self.uint16(def, p + 2)?;
            }
            GET_COMM_EVENT_CTRS => {
                self.uint16(f::modbus::EV_STATUS, p)?;
                self.uint16(f::modbus::EV_COUNT, p + 2)?;
            }
            GET_COMM_EVENT_LOG => {
                let n = i32::from(self.uint8(f::modbus::BYTE_CNT, p)?);
                self.uint16(f::modbus::EV_STATUS, p + 1)?;
                self.uint16(f::modbus::EV_COUNT, p + 3)?;
                self.uint16(f::modbus::EV_MSG_COUNT, p + 5)?;
                if n > 6 {
                    // The events' subtree claims their bytes first.
                    self.t.bytes(p + 7, (n - 6) as usize)?;
                }
                for i in 0..(n - 6).max(0) as usize {
                    let at = p + 7 + i;
                    let e = self.uint8(f::modbus::EVENT, at)?;
                    if e != 0 && e != 4 && e & 0x80 != 0 {
                        let bits = [
                            (f::modbus::EV_RECV_COMM_ERR, 0x02),
                            (f::modbus::EV_RECV_CHAR_OVER, 0x10),
                            (f::modbus::EV_RECV_LO_MODE, 0x20),
                            (f::modbus::EV_RECV_BROADCAST, 0x40),
                        ];
                        for (def, mask) in bits {
                            self.l.uint(def, (e & mask) >> mask.trailing_zeros());
                        }
                    } else if e != 0 && e != 4 && e & 0xc0 == 0x40 {
                        let bits = [
                            (f::modbus::EV_SEND_READ_EX, 0x01u8),
                            (f::modbus::EV_SEND_SLAVE_ABORT_EX, 0x02),
                            (f::modbus::EV_SEND_SLAVE_BUSY_EX, 0x04),
                            (f::modbus::EV_SEND_SLAVE_NAK_EX, 0x08),
                            (f::modbus::EV_SEND_WRITE_TIMEOUT, 0x10),
                            (f::modbus::EV_SEND_LO_MODE, 0x20),
                        ];
                        for (def, mask) in bits {
                            self.l.uint(def, (e & mask) >> mask.trailing_zeros());
                        }
                    }
                }
            }
            WRITE_MULT_COILS => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::BIT_CNT, p + 2)?;
            }
            WRITE_MULT_REGS => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::WORD_CNT, p + 2)?;
            }
            READ_FILE_RECORD => {
                let mut n = i64::from(self.uint8(f::modbus::BYTE_CNT, p)?);
                let mut g = p + 1;
                while n > 0 {
                    let gn = usize::from(self.t.u8(g)?);
                    self.t.bytes(g, gn + 1)?;
                    self.l.uint(f::modbus::BYTE_CNT, gn as u64);
                    self.uint8(f::modbus::REFERENCE_TYPE, g + 1)?;
                    self.data(fc, g + 2, gn as i64 - 1, base, 0)?;
                    g += gn + 1;
                    n -= gn as i64 + 1;
                }
            }
            WRITE_FILE_RECORD => self.file_groups(fc, p)?,
            MASK_WRITE_REG => {
                self.uint16(f::modbus::REFERENCE_NUM, p)?;
                self.uint16(f::modbus::AND_MASK, p + 2)?;
                self.uint16(f::modbus::OR_MASK, p + 4)?;
            }
            READ_FIFO_QUEUE => {
                let n = self.t.u16(p)?;
                self.l.uint(f::modbus::BYTE_CNT_16, n);
                self.uint16(f::modbus::WORD_CNT, p + 2)?;
                self.data(fc, p + 4, i64::from(n) - 2, base, 0)?;
            }
            ENCAP_INTERFACE_TRANSP => {
                let mei = self.uint8(f::modbus::MEI, p)?;
                if mei == READ_DEVICE_ID {
                    self.uint8(f::modbus::READ_DEVICE_ID, p + 1)?;
                    self.uint8(f::modbus::CONFORMITY_LEVEL, p + 2)?;
                    self.uint8(f::modbus::MORE_FOLLOWS, p + 3)?;
                    self.uint8(f::modbus::NEXT_OBJECT_ID, p + 4)?;
                    let n = self.uint8(f::modbus::NUM_OBJECTS, p + 5)?;
                    let mut at = p + 6;
                    if len >= 6 {
                        // The objects' subtree claims the rest.
                        self.t.bytes(at, len - 6)?;
                    }
                    for _ in 0..n {
                        let ty = self.t.u8(at)?;
                        let olen = usize::from(self.t.u8(at + 1)?);
                        self.t.bytes(at, 2 + olen)?;
                        self.uint8(f::modbus::OBJECT_ID, at)?;
                        self.l.uint(f::modbus::OBJECTS_LEN, olen as u64);
                        at += 2;
                        if ty < 7 {
                            let s = self.t.bytes(at, olen)?;
                            expert::ascii_string(self.l, f::modbus::OBJECT_STR_VALUE, s);
                        } else if olen > 0 {
                            self.bytes(f::modbus::OBJECT_VALUE, at, olen)?;
                        }
                        at += olen;
                    }
                } else if len > 1 {
                    self.data(fc, p, len as i64 - 1, base, 0)?;
                }
            }
            _ => {
                if len > 0 {
                    self.data(fc, p, len as i64, base, 0)?;
                }
            }
        }
        Ok(())
    }
}

/// Both sides of one conversation.
pub struct ModbusDecoder {
    ports: Option<(u16, u16)>,
    frame: u64,
    time_ns: i128,
    framer: PduFramer,
    requests: Requests,
    /// What tshark's heuristics found in a segment Modbus refused (TLS,
    /// HTTP): the conversation is theirs from that segment on.
    other: Option<Box<dyn StreamDecoder>>,
}

impl Default for ModbusDecoder {
    fn default() -> Self {
        Self::new()
    }
}

impl ModbusDecoder {
    pub fn new() -> Self {
        ModbusDecoder {
            ports: None,
            frame: 0,
            time_ns: 0,
            framer: PduFramer::default(),
            requests: Requests::default(),
            other: None,
        }
    }

    fn kind(&self) -> Kind {
        match self.ports {
            Some((s, d)) if s == PORT && d != PORT => Kind::Response,
            Some((s, d)) if s != PORT && d == PORT => Kind::Query,
            _ => Kind::Unknown,
        }
    }

    /// A segment Modbus refused: the other port's dissector and tshark's
    /// heuristics have their try (the ones osidump has: TLS, HTTP, ...),
    /// whose taker keeps the conversation.
    fn heuristics(&mut self, data: &[u8]) -> bool {
        let Some(new) = crate::dissect::registry::refused_segment_taker(data, self.ports, "mbtcp")
        else {
            return false;
        };
        self.other = Some(new());
        true
    }
}

impl StreamDecoder for ModbusDecoder {
    fn protocol(&self) -> &'static str {
        "mbtcp"
    }

    /// tshark's checks are on each call's first bytes: a segment at a time.
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

    fn refused(&self, dir: Dir) -> bool {
        self.framer.refused(dir)
    }

    /// The segment Modbus refused is the heuristic's taker's, whole.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        let decoder = self.other.take()?;
        Some(super::handover::Successor { decoder, from: 0 })
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
        // A segment Modbus refused is what the heuristics found in it, if
        // anything.
        if fed == Fed::Refused && self.heuristics(data) {
            self.framer.taken_elsewhere(dir);
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.framer.gap(dir);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(ModbusDecoder::new()))
}

/// tshark's Info column: each call's last PDU's text (TCP fences each
/// call's text after the one before), with the note of each exception
/// caught after it; written once, by the frame's last Modbus layer. The
/// frame's last exception's note is left to the line view, which adds it
/// at the end.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let ours = |l: &Layer<'_>| matches!(l.protocol, "mbtcp" | "modbus");
    if layers.get(i).is_none_or(|l| !ours(l)) || layers[i + 1..].iter().any(ours) {
        return;
    }
    let last_thrown = layers.iter().rposition(|l| l.thrown.is_some());
    let mut pending = String::new();
    for (k, l) in layers.iter().enumerate().filter(|(_, l)| ours(l)) {
        if l.protocol == "mbtcp" {
            if l.has(f::mbtcp::OSIDUMP_CALL) {
                out.push_str(&pending);
                pending.clear();
            }
            // A PDU clears the column and writes its text; a header past
            // the end throws before that.
            if let Some(t) = l.get_str(f::mbtcp::OSIDUMP_INFO) {
                pending.clear();
                pending.push_str(t);
            }
        }
        if let Some(t) = l.thrown.as_deref()
            && Some(k) != last_thrown
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

fn mbtcp_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::mbtcp::OSIDUMP_INFO) {
        out.push_str(s.trim_start());
    }
}

fn modbus_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(fc) = l.get_uint(f::modbus::FUNC_CODE) {
        out.push_str("Function ");
        out.push_str(&fc.to_string());
        if let Some(n) = f::modbus::FUNC_CODE.value_name(fc) {
            out.push_str(": ");
            out.push_str(n);
        }
    }
    if let Some(e) = l.get_uint(f::modbus::EXCEPTION_CODE) {
        out.push_str(", exception ");
        out.push_str(f::modbus::EXCEPTION_CODE.value_name(e).unwrap_or("unknown"));
    }
}

pub static MBTCP_SPEC: ProtocolSpec = ProtocolSpec {
    name: "mbtcp",
    also: &[],
    title: "Modbus/TCP",
    osi: Osi::Application,
    fields: f::mbtcp::ALL,
    summary: mbtcp_summary,
    info: Some(info),
    column: Some(|_| "Modbus/TCP"),
    app: Some(AppSpec {
        decode_as: &["mbtcp"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark 4.0 has no Modbus/TCP heuristic: port 502 (or decode-as).
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "modbus",
    also: &[],
    title: "Modbus",
    osi: Osi::Application,
    fields: f::modbus::ALL,
    summary: modbus_summary,
    info: Some(info),
    column: Some(|_| "Modbus/TCP"),
    app: None,
};
