//! DCE/RPC connection-oriented PDUs (`dcerpc`), as tshark 4.0's
//! packet-dcerpc.c shows them over TCP: on port 135 (the endpoint mapper)
//! and, on any other port, where its `dcerpc_tcp` heuristic takes a
//! segment (16 bytes or more, version 5, minor 0 or 1, a known packet
//! type, a data representation it knows and a fragment length of 16 or
//! more).
//!
//! Each call of tshark's dissector reads its PDUs with `tcp_dissect_pdus`:
//! a PDU is `frag_len` bytes; one cut by the segment's end is finished by
//! the next segments (the rest of its bytes, or the whole next segment
//! when fewer than 16 bytes were there), and what follows a reassembled
//! PDU in its last segment is a call of its own. A call is listed once in
//! `frame.protocols`.
//!
//! A PDU shows the common header, then its type's body: bind and
//! alter_context (context items, abstract and transfer syntaxes), their
//! acks (secondary address, results), request, response and fault (the
//! call matched to its bind by context ID and to its request by call ID:
//! `request_in`, `time`), bind_nak, and the auth verifier, handed on as
//! tshark hands it: NTLMSSP (auth type 10) to NTLMSSP itself (not listed in
//! `frame.protocols`), SPNEGO (9) to GSS-API and SPNEGO. The stub of an
//! interface tshark does not decode is `dcerpc.stub_data` (with the UUID's
//! name and version in Info); of one it decodes (see `ifaces`), its
//! operation's name in Info and the interface in the Protocol column, the
//! stub itself not decoded. A fragmented call's fragments are reassembled
//! as tshark does (by the request's or response's frame), the last one
//! showing the whole stub.
//!
//! [`Conv`] and [`Conv::pdus`] take a PDU's bytes from any transport (SMB
//! pipes will hand theirs).
//!
//! The promise: no input makes this module panic; every read is checked
//! against the PDU's bytes; a side holds at most one PDU (65535 bytes),
//! and a conversation at most [`MAX_BINDS`] context bindings,
//! [`MAX_CALLS`] calls and [`MAX_REASSEMBLY`] bytes of fragments.

mod epm;
pub mod fields;
mod ifaces;
mod netlogon;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder, ntlmssp, spnego};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;
use std::collections::HashMap;

/// The endpoint mapper's port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 135;
/// Context bindings a conversation remembers.
pub const MAX_BINDS: usize = 1024;
/// Calls a conversation remembers for matching responses.
pub const MAX_CALLS: usize = 4096;
/// Bytes of fragmented stubs a conversation holds for reassembly.
pub const MAX_REASSEMBLY: usize = 4 * 1024 * 1024;

/// The common header's length (`e_dce_cn_common_hdr_t`).
const HEADER: usize = 16;

const PDU_REQ: u8 = 0;
const PDU_RESP: u8 = 2;
const PDU_FAULT: u8 = 3;
const PDU_BIND: u8 = 11;
const PDU_BIND_ACK: u8 = 12;
const PDU_BIND_NAK: u8 = 13;
const PDU_ALTER: u8 = 14;
const PDU_ALTER_ACK: u8 = 15;
const PDU_SHUTDOWN: u8 = 17;
const PDU_RTS: u8 = 20;

const PFC_FIRST_FRAG: u8 = 0x01;
const PFC_LAST_FRAG: u8 = 0x02;
const PFC_OBJECT_UUID: u8 = 0x80;

const AUTHN_LEVEL_PKT_PRIVACY: u8 = 6;
const AUTH_SPNEGO: u8 = 9;
const AUTH_NTLMSSP: u8 = 10;

/// The verification trailer's signature ([MS-RPCE] 2.2.2.13).
const TRAILER_SIGNATURE: [u8; 8] = [0x8a, 0xe3, 0x13, 0x71, 0x02, 0xf4, 0x36, 0x71];

ei!(NO_BIND, f::dcerpc::CN_CTX_ID_NO_BIND, Undecoded, Note);
ei!(NO_REQUEST, f::dcerpc::NO_REQUEST_FOUND, Sequence, Note);
ei!(
    FRAGMENT_REASSEMBLED,
    f::dcerpc::FRAGMENT_REASSEMBLED,
    Reassemble,
    Chat
);
ei!(FAULT_STATUS, f::dcerpc::CN_STATUS_EXPERT, Response, Note);
ei!(BIND_NAK, f::dcerpc::BIND_NOT_ACKNOWLEDGED, Sequence, Warn);

use crate::dissect::wire::{Bound as Short, Tvb};

type R<T> = Result<T, Short>;

/// DCE/RPC's own read of a PDU's bytes.
trait Uuid {
    /// A UUID as `dcerpc_tvb_get_uuid` reads it (its three first groups in
    /// the PDU's byte order), in canonical order.
    fn uuid(&self, at: usize) -> R<[u8; 16]>;
}

impl Uuid for Tvb<'_> {
    fn uuid(&self, at: usize) -> R<[u8; 16]> {
        let b = self.bytes(at, 16)?;
        let mut u = [0u8; 16];
        u.copy_from_slice(b);
        if self.le {
            u[0..4].reverse();
            u[4..6].reverse();
            u[6..8].reverse();
        }
        Ok(u)
    }
}

/// A UUID in canonical order as tshark writes it.
pub fn uuid_text(u: &[u8; 16]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(36);
    for (i, c) in u.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        let _ = write!(s, "{c:02x}");
    }
    s
}

/// `guids_resolve_guid_to_str`: the UUID's registered name, else its text.
fn uuid_name(u: &[u8; 16]) -> Cow<'static, str> {
    if let Some(i) = ifaces::IFACES.iter().find(|i| i.uuid == *u) {
        return Cow::Borrowed(i.name);
    }
    if let Some((_, n)) = ifaces::NAMES.iter().find(|(x, _)| x == u) {
        return Cow::Borrowed(n);
    }
    Cow::Owned(uuid_text(u))
}

/// NDR64's transfer syntax (64bit NDR).
const NDR64: [u8; 16] = [
    0x71, 0x71, 0x05, 0x33, 0xbe, 0xba, 0x49, 0x37, 0x83, 0x19, 0xb5, 0xdb, 0xef, 0x9c, 0xcc, 0x36,
];

/// A context ID's binding.
#[derive(Debug, Clone, Copy)]
struct Bind {
    uuid: [u8; 16],
    ver: u16,
    /// Its transfer syntax is NDR64 (8-byte pointers and counts).
    ndr64: bool,
}

/// A call, from its request.
#[derive(Debug, Clone)]
struct Call {
    uuid: [u8; 16],
    ver: u16,
    ndr64: bool,
    object: Option<[u8; 16]>,
    opnum: u16,
    req_frame: u64,
    req_time: i128,
    rep_frame: u64,
}

/// A fragmented stub being reassembled, keyed by its call's request (or
/// response) frame as `dcerpc_co_reassembly_table` keys it.
#[derive(Debug, Default)]
struct Frags {
    data: Vec<u8>,
    /// Frames of the fragments, in order.
    frames: Vec<u64>,
    /// Where it was completed.
    done: Option<u64>,
}

/// One conversation's state: its bindings, calls and fragments being
/// reassembled, and what tshark keeps per packet (`dcerpc_decode_as_data`).
#[derive(Debug, Default)]
pub struct Conv {
    binds: HashMap<u16, Bind>,
    calls: HashMap<u32, Call>,
    frags: HashMap<u64, Frags>,
    frag_bytes: usize,
    frame: u64,
    time: i128,
    /// The frame the context ID below was set in.
    ctx_frame: u64,
    /// `decode_data->dcectxid`: the last context ID a PDU of this packet set.
    ctx_id: u16,
}

impl Conv {
    pub fn new() -> Self {
        Self::default()
    }

    /// The frame and capture time of the PDUs about to be read.
    pub fn at(&mut self, frame: u64, time: i128) {
        self.frame = frame;
        self.time = time;
    }

    /// The frame and capture time [`Conv::at`] last set.
    pub fn now(&self) -> (u64, i128) {
        (self.frame, self.time)
    }

    pub fn heap_bytes(&self) -> usize {
        self.binds.capacity() * std::mem::size_of::<(u16, Bind)>()
            + self.calls.capacity() * std::mem::size_of::<(u32, Call)>()
            + self.frag_bytes
            + self.frags.capacity() * std::mem::size_of::<(u64, Frags)>()
    }

    fn ctx_id(&self) -> u16 {
        if self.ctx_frame == self.frame {
            self.ctx_id
        } else {
            0
        }
    }

    fn set_ctx_id(&mut self, id: u16) {
        self.ctx_frame = self.frame;
        self.ctx_id = id;
    }

    /// One PDU `b` (captured bytes of a PDU of `reported` bytes, the
    /// fragment length), as `dissect_dcerpc_cn` shows it: its layer and
    /// the auth verifier's, appended to `out`. `call` marks the first PDU
    /// of a call of tshark's dissector. Returns false (appending nothing)
    /// when the bytes are no DCE/RPC PDU.
    pub fn pdu(&mut self, b: &[u8], call: bool, out: &mut Vec<Layer<'static>>) -> bool {
        if !is_dcerpc(b) {
            return false;
        }
        let le = b[4] & 0x10 != 0;
        let frag_len = if le {
            u16::from_le_bytes([b[8], b[9]])
        } else {
            u16::from_be_bytes([b[8], b[9]])
        } as usize;
        let t = Tvb {
            b: &b[..b.len().min(frag_len)],
            reported: frag_len,
            le,
        };
        let mut p = Pdu {
            t,
            l: Layer::new(Osi::Application, "dcerpc", 0..frag_len),
            info: String::new(),
            column: None,
            nested: Vec::new(),
            frag_len,
            auth_len: 0,
            ptype: b[2],
            flags: b[3],
            call_id: 0,
            auth: Auth::default(),
        };
        if call {
            p.l.present(f::dcerpc::OSIDUMP_CALL);
        }
        if self.ctx_id() != 0 {
            p.l.present(f::dcerpc::OSIDUMP_FENCE);
        }
        let r = p.header().and_then(|_| p.body(self));
        if let Err(e) = r {
            let why = format!("DCE/RPC PDU: a read past its {} bytes", frag_len);
            p.l.read_past_end("dcerpc", why, e == Short::Cut);
        }
        let mut l = p.l;
        l.str(f::dcerpc::OSIDUMP_INFO, p.info);
        if let Some(c) = p.column {
            l.str(f::dcerpc::OSIDUMP_COLUMN, c);
        }
        out.push(l);
        out.extend(p.nested);
        true
    }

    fn remember_bind(&mut self, ctx_id: u16, b: Bind) {
        if self.binds.len() >= MAX_BINDS && !self.binds.contains_key(&ctx_id) {
            self.binds.clear();
        }
        self.binds.insert(ctx_id, b);
    }

    fn remember_call(&mut self, call_id: u32, c: Call) {
        if self.calls.len() >= MAX_CALLS && !self.calls.contains_key(&call_id) {
            // The oldest half goes.
            let mut frames: Vec<u64> = self.calls.values().map(|c| c.req_frame).collect();
            frames.sort_unstable();
            let cut = frames[frames.len() / 2];
            self.calls.retain(|_, c| c.req_frame > cut);
        }
        self.calls.insert(call_id, c);
    }

    /// `fragment_add_seq_next`: the stub of one more fragment of the call
    /// keyed `key`; the whole stub once the last one is in.
    fn add_fragment(&mut self, key: u64, stub: &[u8], last: bool) -> Option<(Vec<u8>, Vec<u64>)> {
        if self.frag_bytes + stub.len() > MAX_REASSEMBLY {
            self.frags.clear();
            self.frag_bytes = 0;
        }
        let e = self.frags.entry(key).or_default();
        if e.done.is_some() {
            // A new call reusing the key: start over.
            self.frag_bytes -= e.data.len();
            *e = Frags::default();
        }
        e.data.extend_from_slice(stub);
        e.frames.push(self.frame);
        self.frag_bytes += stub.len();
        if !last {
            return None;
        }
        let e = self.frags.remove(&key)?;
        self.frag_bytes -= e.data.len();
        Some((e.data, e.frames))
    }
}

/// `is_dcerpc`: a connection-oriented PDU's header.
pub fn is_dcerpc(b: &[u8]) -> bool {
    if b.len() < HEADER {
        return false;
    }
    if b[0] != 5 || !matches!(b[1], 0 | 1) || b[2] > PDU_RTS {
        return false;
    }
    if b[4] & 0xee != 0 || b[5] > 3 {
        return false;
    }
    let le = b[4] & 0x10 != 0;
    let frag_len = if le {
        u16::from_le_bytes([b[8], b[9]])
    } else {
        u16::from_be_bytes([b[8], b[9]])
    };
    usize::from(frag_len) >= HEADER
}

/// `fragment_type`.
fn fragment_type(flags: u8) -> &'static str {
    ["Mid", "1st", "Last", "Single"][usize::from(flags & 3)]
}

/// The auth verifier of a PDU, as `dissect_dcerpc_cn_auth` found it.
#[derive(Default, Clone, Copy)]
struct Auth {
    auth_type: u8,
    level: u8,
    pad_len: u8,
    /// The verifier's size with its 8-byte header (0: none).
    size: usize,
}

struct Pdu<'b> {
    t: Tvb<'b>,
    l: Layer<'static>,
    info: String,
    column: Option<&'static str>,
    nested: Vec<Layer<'static>>,
    frag_len: usize,
    auth_len: usize,
    ptype: u8,
    flags: u8,
    call_id: u32,
    auth: Auth,
}

impl Pdu<'_> {
    fn u8(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<u8> {
        let v = self.t.u8(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u16(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<u16> {
        let v = self.t.u16(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u32(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<u32> {
        let v = self.t.u32(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn uuid(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize) -> R<[u8; 16]> {
        let u = self.t.uuid(at)?;
        self.l.str(def, uuid_text(&u));
        Ok(u)
    }

    fn bytes(&mut self, def: &'static crate::dissect::field::FieldDef, b: &[u8]) {
        self.l.push(def, Value::Bytes(Cow::Owned(b.to_vec())));
    }

    fn header(&mut self) -> R<()> {
        use f::dcerpc as d;
        let b = self.t.b;
        self.l.uint(d::VER, b[0]);
        self.l.uint(d::VER_MINOR, b[1]);
        self.l.uint(d::PKT_TYPE, b[2]);
        if b[2] == PDU_BIND_NAK {
            expert::add(&mut self.l, &BIND_NAK, None);
        }
        let flags = b[3];
        self.l.uint(d::CN_FLAGS, flags);
        for (def, bit) in [
            (d::CN_FLAGS_OBJECT, 0x80),
            (d::CN_FLAGS_MAYBE, 0x40),
            (d::CN_FLAGS_DNE, 0x20),
            (d::CN_FLAGS_MPX, 0x10),
            (d::CN_FLAGS_RESERVED, 0x08),
            (d::CN_FLAGS_CANCEL_PENDING, 0x04),
            (d::CN_FLAGS_LAST_FRAG, 0x02),
            (d::CN_FLAGS_FIRST_FRAG, 0x01),
        ] {
            self.l.boolean(def, flags & bit != 0);
        }
        self.l
            .push(d::DREP, Value::Bytes(Cow::Owned(b[4..8].to_vec())));
        self.l.uint(d::DREP_BYTEORDER, b[4] >> 4);
        self.l.uint(d::DREP_CHARACTER, b[4] & 0x0f);
        self.l.uint(d::DREP_FP, b[5]);
        self.l.uint(d::CN_FRAG_LEN, self.frag_len as u64);
        let auth_len = self.t.u16(10)?;
        self.auth_len = usize::from(auth_len);
        self.l.uint(d::CN_AUTH_LEN, auth_len);
        self.call_id = self.t.u32(12)?;
        self.l.uint(d::CN_CALL_ID, self.call_id);
        let name = d::PKT_TYPE.value_name(u64::from(self.ptype)).unwrap_or("");
        self.info = format!(
            "{name}: call_id: {}, Fragment: {}",
            self.call_id,
            fragment_type(flags)
        );
        Ok(())
    }

    fn body(&mut self, conv: &mut Conv) -> R<()> {
        match self.ptype {
            PDU_BIND | PDU_ALTER => self.bind(conv),
            PDU_BIND_ACK | PDU_ALTER_ACK => self.bind_ack(),
            PDU_REQ => self.request(conv),
            PDU_RESP => self.response(conv),
            PDU_FAULT => self.fault(conv),
            PDU_BIND_NAK => self.bind_nak(),
            PDU_SHUTDOWN => Ok(()),
            // RPC over HTTP's RTS commands are not decoded.
            PDU_RTS => Ok(()),
            _ => {
                self.auth(HEADER);
                Ok(())
            }
        }
    }

    fn bind(&mut self, conv: &mut Conv) -> R<()> {
        use f::dcerpc as d;
        self.u16(d::CN_MAX_XMIT, 16)?;
        self.u16(d::CN_MAX_RECV, 18)?;
        self.u32(d::CN_ASSOC_GROUP, 20)?;
        let n = self.u8(d::CN_NUM_CTX_ITEMS, 24)?;
        let mut at = 28;
        self.info.push_str(&format!(", {n} context items:"));
        for i in 0..n {
            let ctx_id = self.t.u16(at)?;
            conv.set_ctx_id(ctx_id);
            self.l.present(d::CN_CTX_ITEM);
            self.u16(d::CN_CTX_ID, at)?;
            let trans = self.u8(d::CN_NUM_TRANS_ITEMS, at + 2)?;
            at += 4;
            let if_id = self.t.uuid(at)?;
            self.l.present(d::CN_BIND_ABSTRACT_SYNTAX);
            self.uuid(d::CN_BIND_TO_UUID, at)?;
            at += 16;
            let (ver, minor) = if self.t.le {
                let v = self.u16(d::CN_BIND_IF_VER, at)?;
                let m = self.u16(d::CN_BIND_IF_VER_MINOR, at + 2)?;
                (v, m)
            } else {
                let m = self.u16(d::CN_BIND_IF_VER_MINOR, at)?;
                let v = self.u16(d::CN_BIND_IF_VER, at + 2)?;
                (v, m)
            };
            at += 4;
            let mut trans_id = [0u8; 16];
            for _ in 0..trans {
                trans_id = self.t.uuid(at)?;
                self.l.present(d::CN_BIND_TRANS);
                self.uuid(d::CN_BIND_TRANS_ID, at)?;
                if trans_id[..8] == [0x6c, 0xb7, 0x1c, 0x2c, 0x98, 0x12, 0x45, 0x40] {
                    // Bind Time Feature Negotiation: its bitmask, little-endian.
                    let b = self.t.bytes(at + 8, 2)?;
                    let v = u16::from_le_bytes([b[0], b[1]]);
                    self.l.uint(d::CN_BIND_TRANS_BTFN, v);
                    self.l.boolean(d::CN_BIND_TRANS_BTFN_01, v & 1 != 0);
                    self.l.boolean(d::CN_BIND_TRANS_BTFN_02, v & 2 != 0);
                }
                at += 16;
                self.u32(d::CN_BIND_TRANS_VER, at)?;
                at += 4;
            }
            // The transfer syntax is kept for NDR64's pointer size (the
            // endpoint mapper's towers read by it).
            conv.remember_bind(
                ctx_id,
                Bind {
                    uuid: if_id,
                    ver,
                    ndr64: trans_id == NDR64,
                },
            );
            if i > 0 {
                self.info.push(',');
            }
            self.info.push_str(&format!(
                " {} V{ver}.{minor} ({})",
                uuid_name(&if_id),
                uuid_name(&trans_id)
            ));
        }
        self.auth(at);
        Ok(())
    }

    fn bind_ack(&mut self) -> R<()> {
        use f::dcerpc as d;
        let xmit = self.u16(d::CN_MAX_XMIT, 16)?;
        let recv = self.u16(d::CN_MAX_RECV, 18)?;
        self.u32(d::CN_ASSOC_GROUP, 20)?;
        let sec_len = usize::from(self.u16(d::CN_SEC_ADDR_LEN, 24)?);
        let mut at = 26;
        if sec_len != 0 {
            let s = self.t.bytes(at, sec_len)?;
            expert::ascii_string(&mut self.l, d::CN_SEC_ADDR, s);
            at += sec_len;
        }
        if at % 4 != 0 {
            at += 4 - at % 4;
        }
        let n = self.u8(d::CN_NUM_RESULTS, at)?;
        at += 4;
        self.info.push_str(&format!(
            ", max_xmit: {xmit} max_recv: {recv}, {n} results:"
        ));
        for i in 0..n {
            let result = self.u16(d::CN_ACK_RESULT, at)?;
            at += 2;
            if result == 3 {
                let b = self.t.bytes(at, 2)?;
                let v = u16::from_le_bytes([b[0], b[1]]);
                self.l.uint(d::CN_BIND_TRANS_BTFN, v);
                self.l.boolean(d::CN_BIND_TRANS_BTFN_01, v & 1 != 0);
                self.l.boolean(d::CN_BIND_TRANS_BTFN_02, v & 2 != 0);
            } else if result != 0 {
                self.u16(d::CN_ACK_REASON, at)?;
            }
            at += 2;
            self.uuid(d::CN_ACK_TRANS_ID, at)?;
            at += 16;
            self.u32(d::CN_ACK_TRANS_VER, at)?;
            at += 4;
            if i > 0 {
                self.info.push(',');
            }
            self.info.push(' ');
            match d::CN_ACK_RESULT.value_name(u64::from(result)) {
                Some(s) => self.info.push_str(s),
                None => self.info.push_str(&format!("Unknown result ({result})")),
            }
        }
        self.auth(at);
        Ok(())
    }

    fn bind_nak(&mut self) -> R<()> {
        use f::dcerpc as d;
        let reason = self.u16(d::CN_REJECT_REASON, 16)?;
        self.info.push_str(" reason: ");
        match d::CN_REJECT_REASON.value_name(u64::from(reason)) {
            Some(s) => self.info.push_str(s),
            None => self.info.push_str(&format!("Unknown ({reason})")),
        }
        if reason == 4 {
            let n = self.u8(d::CN_NUM_PROTOCOLS, 18)?;
            let mut at = 19;
            for _ in 0..n {
                self.u8(d::CN_PROTOCOL_VER_MAJOR, at)?;
                self.u8(d::CN_PROTOCOL_VER_MINOR, at + 1)?;
                at += 2;
            }
        }
        Ok(())
    }

    fn request(&mut self, conv: &mut Conv) -> R<()> {
        use f::dcerpc as d;
        self.u32(d::CN_ALLOC_HINT, 16)?;
        let ctx_id = self.u16(d::CN_CTX_ID, 20)?;
        let opnum = self.u16(d::OPNUM, 22)?;
        conv.set_ctx_id(ctx_id);
        self.info
            .push_str(&format!(", opnum: {opnum}, Ctx: {ctx_id}"));
        let mut at = 24;
        let mut object = None;
        if self.flags & PFC_OBJECT_UUID != 0 {
            object = Some(self.uuid(d::OBJ_ID, at)?);
            at += 16;
        }
        self.auth(at);
        let mut call = None;
        if let Some(bind) = conv.binds.get(&ctx_id).copied() {
            if self.flags & PFC_FIRST_FRAG == 0 {
                call = conv.calls.get(&self.call_id).cloned();
            } else {
                let c = Call {
                    uuid: bind.uuid,
                    ver: bind.ver,
                    ndr64: bind.ndr64,
                    object,
                    opnum,
                    req_frame: conv.frame,
                    req_time: conv.time,
                    rep_frame: 0,
                };
                conv.remember_call(self.call_id, c.clone());
                call = Some(c);
            }
        }
        match call {
            Some(c) => {
                if c.rep_frame != 0 {
                    self.l.uint(d::RESPONSE_IN, c.rep_frame);
                }
                let key = c.req_frame;
                self.stub(conv, at, &c, true, key);
            }
            None => self.no_bind(ctx_id, at),
        }
        self.auth_move();
        Ok(())
    }

    fn response(&mut self, conv: &mut Conv) -> R<()> {
        use f::dcerpc as d;
        self.u32(d::CN_ALLOC_HINT, 16)?;
        let ctx_id = self.u16(d::CN_CTX_ID, 20)?;
        conv.set_ctx_id(ctx_id);
        self.info.push_str(&format!(", Ctx: {ctx_id}"));
        self.u8(d::CN_CANCEL_COUNT, 22)?;
        let at = 24;
        self.auth(at);
        // A request of an earlier frame is answered (and learns its
        // response's frame); one read in this same frame (an SMB2 pipe
        // transceive's response echoes its request before the answer) is
        // tshark's match too, through the frame's matched calls, without
        // a response frame of its own.
        let frame = conv.frame;
        let call = conv.calls.get_mut(&self.call_id).and_then(|c| {
            (c.req_frame <= frame).then(|| {
                if c.rep_frame == 0 && c.req_frame < frame {
                    c.rep_frame = frame;
                }
                c.clone()
            })
        });
        match call {
            Some(c) => {
                self.l.uint(d::OPNUM, c.opnum);
                if let Some(o) = c.object {
                    self.l.str(d::OBJ_ID, uuid_text(&o));
                }
                self.request_in(&c, conv.time);
                let key = c.rep_frame;
                self.stub(conv, at, &c, false, key);
            }
            None => self.no_bind(ctx_id, at),
        }
        self.auth_move();
        Ok(())
    }

    /// `dissect_dcerpc_cn_auth_move`: a hidden copy of the auth item at
    /// the end, where the verifier is on the wire.
    fn auth_move(&mut self) {
        if self.auth.size != 0 {
            self.l.present(f::dcerpc::AUTH_INFO);
        }
    }

    fn request_in(&mut self, c: &Call, time: i128) {
        use f::dcerpc as d;
        if c.req_frame != 0 {
            self.l.uint(d::REQUEST_IN, c.req_frame);
            let dt = time - c.req_time;
            self.l.push(
                d::TIME,
                Value::rel_time(i64::try_from(dt).unwrap_or(i64::MAX)),
            );
        } else {
            expert::add(&mut self.l, &NO_REQUEST, None);
        }
    }

    fn fault(&mut self, conv: &mut Conv) -> R<()> {
        use f::dcerpc as d;
        self.u32(d::CN_ALLOC_HINT, 16)?;
        let ctx_id = self.u16(d::CN_CTX_ID, 20)?;
        self.u8(d::CN_CANCEL_COUNT, 22)?;
        let ff = self.u8(d::CN_FAULT_FLAGS, 23)?;
        self.l
            .boolean(d::CN_FAULT_FLAGS_EXTENDED_ERROR, ff & 1 != 0);
        let status = self.u32(d::CN_STATUS, 24)?;
        let name = match d::CN_STATUS.value_name(u64::from(status)) {
            Some(s) => s.to_string(),
            None => format!("Unknown (0x{status:08x})"),
        };
        expert::add(&mut self.l, &FAULT_STATUS, Some(format!("Fault: {name}")));
        conv.set_ctx_id(ctx_id);
        self.info
            .push_str(&format!(", Ctx: {ctx_id}, status: {name}"));
        let r = self.t.bytes(28, 4)?;
        self.bytes(d::RESERVED, r);
        let at = 32;
        self.auth(at);
        let stub_end = self.frag_len.saturating_sub(self.auth.size);
        if self.frag_len < at + self.auth.size {
            self.auth_move();
            return Ok(());
        }
        let frame = conv.frame;
        let call = conv.calls.get_mut(&self.call_id).map(|c| {
            if c.rep_frame == 0 {
                c.rep_frame = frame;
            }
            c.clone()
        });
        if let Some(c) = call {
            self.l.uint(d::OPNUM, c.opnum);
            self.request_in(&c, conv.time);
            let stub = self.t.slice(at, stub_end);
            let len = stub_end - at;
            let whole = stub.len() == len;
            let single = self.flags & 3 == 3;
            if single || !whole {
                if len > 0 {
                    let def = if self.flags & PFC_FIRST_FRAG != 0 {
                        d::FAULT_STUB_DATA
                    } else {
                        d::FRAGMENT_DATA
                    };
                    self.bytes(def, stub);
                }
            } else {
                if len > 0 {
                    self.bytes(d::FRAGMENT_DATA, stub);
                }
                let last = self.flags & PFC_LAST_FRAG != 0;
                if c.rep_frame != 0
                    && conv.add_fragment(c.rep_frame, stub, last).is_some()
                    && len > 0
                {
                    self.bytes(d::STUB_DATA, stub);
                }
            }
        }
        self.auth_move();
        Ok(())
    }

    /// `dissect_dcerpc_cn_auth` on the verifier at the PDU's end, if its
    /// length fits after `stub_at`; then the verifier handed on.
    fn auth(&mut self, stub_at: usize) {
        use f::dcerpc as d;
        if self.auth_len == 0 || self.auth_len + 8 > self.frag_len.saturating_sub(stub_at) {
            return;
        }
        let at = self.frag_len - (self.auth_len + 8);
        if at != 0 && self.t.b.len() < at {
            return;
        }
        self.auth.size = self.auth_len + 8;
        self.l.present(d::AUTH_INFO);
        let hdr = (|| -> R<(u8, u8, u8)> {
            let ty = self.u8(d::AUTH_TYPE, at)?;
            let level = self.u8(d::AUTH_LEVEL, at + 1)?;
            let pad = self.u8(d::AUTH_PAD_LEN, at + 2)?;
            self.u8(d::AUTH_RSRVD, at + 3)?;
            self.u32(d::AUTH_CTX_ID, at + 4)?;
            Ok((ty, level, pad))
        })();
        let (ty, level, pad) = match hdr {
            Ok(h) => h,
            Err(e) => {
                // Caught: what follows the verifier is still shown.
                self.l.read_past_end(
                    "dcerpc",
                    "DCE/RPC auth verifier cut short".into(),
                    e == Short::Cut,
                );
                return;
            }
        };
        self.auth = Auth {
            auth_type: ty,
            level,
            pad_len: pad,
            size: self.auth_len + 8,
        };
        let tok_at = at + 8;
        let token = self.t.slice(tok_at, tok_at + self.auth_len);
        let known = match ty {
            AUTH_NTLMSSP | AUTH_SPNEGO | 16 => matches!(level, 2 | 5 | 6),
            68 => matches!(level, 5 | 6),
            _ => false,
        };
        if !known {
            if !token.is_empty() {
                self.bytes(d::AUTH_CREDENTIALS, token);
            }
            return;
        }
        let mut layers: Vec<Layer<'_>> = Vec::new();
        let verifier = matches!(self.ptype, PDU_REQ | PDU_RESP | PDU_FAULT);
        match (ty, verifier) {
            (AUTH_NTLMSSP, false) => {
                ntlmssp::dissect(token, tok_at, self.auth_len, &mut layers);
                if let Some(t) = layers
                    .first()
                    .and_then(|l| l.get_uint(f::ntlmssp::MESSAGETYPE))
                {
                    self.ntlmssp_info(&layers, t);
                }
            }
            (AUTH_NTLMSSP, true) if token.len() >= 16 => {
                ntlmssp::verifier(token, tok_at, &mut layers);
            }
            (AUTH_SPNEGO, false) => {
                spnego::dissect(token, tok_at, self.auth_len, &mut layers);
                let mut last = None;
                for l in &layers {
                    if l.protocol == "ntlmssp"
                        && let Some(t) = l.get_uint(f::ntlmssp::MESSAGETYPE)
                    {
                        last = Some(t);
                    }
                }
                if let Some(t) = last {
                    self.ntlmssp_info(&layers, t);
                }
            }
            // SPNEGO that chose NTLMSSP: an NTLMSSP signature (version 1)
            // verifies the call. tshark's GSS-API verifier (its item, not
            // listed in frame.protocols) hands it to NTLMSSP, the
            // mechanism the bind negotiated, which is listed; no Kerberos
            // token starts with these bytes.
            (AUTH_SPNEGO, true) if token.len() >= 16 && token[..4] == [1, 0, 0, 0] => {
                layers.push(Layer::new(
                    Osi::Application,
                    "gss-api",
                    tok_at..tok_at + token.len(),
                ));
                ntlmssp::verifier(token, tok_at, &mut layers);
            }
            // A Kerberos wrap token verifying a call (SPNEGO or Kerberos).
            (AUTH_SPNEGO | 16, true) => spnego::cfx_verifier(token, tok_at, &mut layers),
            // Kerberos binds and the Netlogon secure channel are not
            // decoded.
            _ => {}
        }
        self.nested
            .extend(layers.into_iter().map(|l| l.into_owned()));
    }

    /// What NTLMSSP appends to the Info column for its message.
    fn ntlmssp_info(&mut self, layers: &[Layer<'_>], kind: u64) {
        let Some(name) = f::ntlmssp::MESSAGETYPE.value_name(kind) else {
            return;
        };
        self.info.push_str(", ");
        self.info.push_str(name);
        if kind == 3
            && let Some(l) = layers
                .iter()
                .rev()
                .find(|l| l.get_uint(f::ntlmssp::MESSAGETYPE) == Some(3))
        {
            let dom = l.get_str(f::ntlmssp::AUTH_DOMAIN).unwrap_or("");
            let user = l.get_str(f::ntlmssp::AUTH_USERNAME).unwrap_or("");
            self.info.push_str(&format!(", User: {dom}\\{user}"));
        }
    }

    /// A request or response whose context has no bind: the note, then
    /// the rest of the PDU (its verifier too) as stub data.
    fn no_bind(&mut self, ctx_id: u16, at: usize) {
        expert::add(
            &mut self.l,
            &NO_BIND,
            Some(format!(
                "No bind info for interface Context ID {ctx_id} - capture start too late?"
            )),
        );
        let t = self.t;
        self.show_stub(t.slice(at, t.reported), t.reported.saturating_sub(at), true);
    }

    /// `show_stub_data` on `stub` (captured bytes of `len` on the wire).
    fn show_stub(&mut self, stub: &[u8], len: usize, encrypted: bool) {
        use f::dcerpc as d;
        if len == 0 {
            return;
        }
        let mut pad = usize::from(self.auth.pad_len);
        let mut plain = len as isize - pad as isize;
        if plain < 1 {
            plain = len as isize;
            pad = 0;
        }
        let plain = plain as usize;
        let shown = &stub[..plain.min(stub.len())];
        if self.auth.level == AUTHN_LEVEL_PKT_PRIVACY {
            if encrypted {
                self.bytes(d::ENCRYPTED_STUB_DATA, &stub[..len.min(stub.len())]);
                pad = 0;
            } else {
                self.bytes(d::DECRYPTED_STUB_DATA, shown);
                self.trailer(stub);
            }
        } else {
            self.bytes(d::STUB_DATA, shown);
            self.trailer(stub);
        }
        if pad != 0 {
            let p = stub.get(plain..len.min(stub.len())).unwrap_or(&[]);
            self.bytes(d::AUTH_PADDING, p);
        }
    }

    /// `dissect_verification_trailer`: a signature in the stub's last 512
    /// bytes marks the payload before it. Its commands are not shown.
    fn trailer(&mut self, stub: &[u8]) -> Option<usize> {
        if stub.len() < TRAILER_SIGNATURE.len() + 4 {
            return None;
        }
        let from = stub.len().saturating_sub(512);
        let at = stub[from..]
            .windows(TRAILER_SIGNATURE.len())
            .position(|w| w == TRAILER_SIGNATURE)?;
        self.l.present(f::dcerpc::PAYLOAD_STUB_DATA);
        Some(from + at)
    }

    /// `dissect_dcerpc_cn_stub`: a bound call's stub, handed on whole or
    /// fragment by fragment.
    fn stub(&mut self, conv: &mut Conv, at: usize, c: &Call, request: bool, key: u64) {
        let reported = self.frag_len.saturating_sub(at);
        if reported < self.auth.size {
            return;
        }
        let len = reported - self.auth.size;
        let payload = self.t.slice(at, at + len);
        let decrypted = !(self.auth.auth_type != 0 && self.auth.level == AUTHN_LEVEL_PKT_PRIVACY);
        if self.flags & 3 == 3 {
            self.handoff(payload, len, decrypted, c, request);
            return;
        }
        let whole = payload.len() == len && self.t.b.len() == self.frag_len;
        let full = if decrypted && whole && key != 0 {
            conv.add_fragment(key, payload, self.flags & PFC_LAST_FRAG != 0)
        } else {
            None
        };
        let kind = fragment_type(self.flags);
        match full {
            Some((stub, frames)) => {
                // `show_fragment_tree`: the fragments' frames, their
                // count and the length reassembled.
                self.l.present(f::dcerpc::FRAGMENTS);
                for fr in &frames {
                    self.l.uint(f::dcerpc::FRAGMENT, *fr);
                }
                self.l.uint(f::dcerpc::FRAGMENT_COUNT, frames.len() as u64);
                self.l
                    .uint(f::dcerpc::REASSEMBLED_LENGTH, stub.len() as u64);
                expert::add(
                    &mut self.l,
                    &FRAGMENT_REASSEMBLED,
                    Some(format!("{kind} fragment, reassembled")),
                );
                let n = stub.len();
                self.handoff(&stub, n, true, c, request);
            }
            // tshark's "%s fragment" note is added to no tree item: not
            // a field.
            None => self.show_stub(payload, len, !decrypted),
        }
    }

    /// `dcerpc_try_handoff`: the interface's dissector, or the stub shown
    /// as data with the interface named in Info.
    fn handoff(&mut self, stub: &[u8], len: usize, decrypted: bool, c: &Call, request: bool) {
        use f::dcerpc as d;
        let iface = ifaces::IFACES
            .iter()
            .find(|i| i.uuid == c.uuid && i.ver == c.ver);
        let Some(iface) = iface else {
            self.l.boolean(d::UNKNOWN_IF_ID, true);
            self.info
                .push_str(&format!(" {} V{}", uuid_name(&c.uuid), c.ver));
            self.show_stub(stub, len, !decrypted);
            return;
        };
        self.column = Some(iface.column);
        let dir = if request { "request" } else { "response" };
        // The interface's dissector writes the column anew (after any
        // fence).
        let op = iface.ops.iter().find(|(n, _)| *n == c.opnum);
        self.info = match op {
            Some((_, name)) => format!("{name} {dir}"),
            None => format!("Unknown operation {} {dir}", c.opnum),
        };
        if !request && c.req_frame != 0 {
            self.l.uint(d::REQUEST_IN, c.req_frame);
        }
        // An operation it has no routine for is shown as stub data.
        if !decrypted || op.is_none() {
            self.show_stub(stub, len, true);
            return;
        }
        let pad = usize::from(self.auth.pad_len);
        let (body, pad_len) = if pad != 0 {
            if len >= pad {
                (Some(&stub[..(len - pad).min(stub.len())]), pad)
            } else {
                (None, len)
            }
        } else {
            (Some(stub), 0)
        };
        if let Some(body) = body
            && self.trailer(body).is_none()
        {
            self.l.present(d::PAYLOAD_STUB_DATA);
        }
        // The endpoint mapper's Map names each tower's interface and
        // transfer syntax.
        if let Some(body) = body
            && iface.column == "EPM"
            && c.opnum == epm::MAP
            && self.t.le
        {
            epm::map_info(body, request, c.ndr64, &mut self.info);
        }
        // Netlogon's secure channel calls: the computer, the failure.
        if let Some(body) = body
            && iface.column == "RPC_NETLOGON"
            && self.t.le
        {
            netlogon::info(body, c.opnum, request, c.ndr64, &mut self.info);
        }
        if pad_len != 0 {
            let from = len - pad_len;
            let p = stub.get(from..len.min(stub.len())).unwrap_or(&[]);
            self.bytes(d::AUTH_PADDING, p);
        }
    }
}

/// What one side is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Want {
    #[default]
    Nothing,
    /// This many bytes in all (a PDU whose header was read).
    Total(usize),
    /// The whole next segment with what is held (fewer than 16 bytes).
    OneMoreSegment,
}

#[derive(Default)]
struct Side {
    held: Vec<u8>,
    start: u64,
    want: Want,
    refused: bool,
}

/// Both sides of a TCP conversation carrying DCE/RPC.
pub struct DcerpcTcp {
    ports: (u16, u16),
    cut: u64,
    sides: [Side; 2],
    conv: Conv,
}

impl Default for DcerpcTcp {
    fn default() -> Self {
        Self::new()
    }
}

impl DcerpcTcp {
    pub fn new() -> Self {
        DcerpcTcp {
            ports: (0, 0),
            cut: 0,
            sides: Default::default(),
            conv: Conv::new(),
        }
    }

    /// One call of tshark's dissector on `b` (stream offset `base`):
    /// `tcp_dissect_pdus`. Returns false when the heuristic refused it.
    fn run(&mut self, dir: Dir, base: u64, b: &[u8], cut: usize, out: &mut Vec<Message>) -> bool {
        let by_port = self.ports.0 == PORT || self.ports.1 == PORT;
        if !by_port && !is_dcerpc(b) {
            return false;
        }
        let reported_total = b.len() + cut;
        let mut off = 0usize;
        let mut first = true;
        while off < reported_total {
            let rest = &b[off.min(b.len())..];
            let left = reported_total - off;
            if left < HEADER || rest.len() < HEADER {
                if cut == 0 {
                    let s = &mut self.sides[dir.index()];
                    s.held = rest.to_vec();
                    s.start = base + off as u64;
                    s.want = Want::OneMoreSegment;
                }
                break;
            }
            let le = rest[4] & 0x10 != 0;
            let mut len = usize::from(if le {
                u16::from_le_bytes([rest[8], rest[9]])
            } else {
                u16::from_be_bytes([rest[8], rest[9]])
            });
            if len == 0 {
                len = 1;
            }
            if len < HEADER {
                // A bogus length: tcp_dissect_pdus shows the bounds error.
                let mut l = Layer::new(Osi::Application, "dcerpc", 0..rest.len());
                if first {
                    l.present(f::dcerpc::OSIDUMP_CALL);
                }
                l.str(f::dcerpc::OSIDUMP_INFO, "");
                l.read_past_end("dcerpc", format!("DCE/RPC PDU length {len}"), false);
                push(out, l, Vec::new(), base + off as u64, rest.len());
                break;
            }
            if len > left {
                if cut == 0 {
                    let s = &mut self.sides[dir.index()];
                    s.held = rest.to_vec();
                    s.start = base + off as u64;
                    s.want = Want::Total(len);
                }
                break;
            }
            let pdu = &rest[..len.min(rest.len())];
            self.one(pdu, first, base + off as u64, len, out);
            first = false;
            off += len;
        }
        true
    }

    fn one(&mut self, pdu: &[u8], call: bool, start: u64, len: usize, out: &mut Vec<Message>) {
        let mut layers = Vec::new();
        if self.conv.pdu(pdu, call, &mut layers) {
            let mut it = layers.into_iter();
            if let Some(l) = it.next() {
                push(out, l, it.collect(), start, len);
            }
        }
    }
}

fn push(
    out: &mut Vec<Message>,
    l: Layer<'static>,
    nested: Vec<Layer<'static>>,
    start: u64,
    len: usize,
) {
    for layer in std::iter::once(l).chain(nested) {
        out.push(Message {
            layer,
            stream_offset: start,
            stream_end: start + len.max(1) as u64,
            event: None,
        });
    }
}

impl StreamDecoder for DcerpcTcp {
    fn protocol(&self) -> &'static str {
        "dcerpc"
    }

    /// The heuristic and `tcp_dissect_pdus` read a segment at a time.
    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.conv.frame = frame;
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.conv.time = ts;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>() + self.conv.heap_bytes()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want != Want::Nothing
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want == Want::OneMoreSegment
    }

    fn refused(&self, dir: Dir) -> bool {
        self.sides[dir.index()].refused
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let i = dir.index();
        self.sides[i].refused = false;
        let cut = usize::try_from(std::mem::take(&mut self.cut)).unwrap_or(usize::MAX);
        if data.is_empty() {
            return;
        }
        if cut > 0 && self.sides[i].want != Want::Nothing {
            // TCP reassembles no segment the capture cut.
            self.sides[i].held = Vec::new();
            self.sides[i].want = Want::Nothing;
        }
        match self.sides[i].want {
            Want::Nothing => {
                if !self.run(dir, offset, data, cut, out) {
                    self.sides[i].refused = true;
                }
            }
            Want::OneMoreSegment => {
                let mut b = std::mem::take(&mut self.sides[i].held);
                b.extend_from_slice(data);
                self.sides[i].want = Want::Nothing;
                let start = self.sides[i].start;
                if !self.run(dir, start, &b, 0, out) {
                    self.sides[i].refused = true;
                }
            }
            Want::Total(n) => {
                let s = &mut self.sides[i];
                let take = n.saturating_sub(s.held.len()).min(data.len());
                s.held.extend_from_slice(&data[..take]);
                if s.held.len() < n {
                    return;
                }
                let b = std::mem::take(&mut s.held);
                s.want = Want::Nothing;
                let start = s.start;
                // The reassembled PDU: a call of its own.
                self.one(&b, true, start, n, out);
                if take < data.len() {
                    let at = offset + take as u64;
                    if !self.run(dir, at, &data[take..], 0, out) {
                        self.sides[i].refused = true;
                    }
                }
            }
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.want = Want::Nothing;
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(DcerpcTcp::new())
}

fn probe(b: &[u8]) -> super::Probe {
    if is_dcerpc(b) {
        super::Probe::Certain
    } else {
        super::Probe::NotForUs
    }
}

/// Whether `own[i]` is a layer of a DCE/RPC PDU's auth verifier (the
/// tokens NTLMSSP and SPNEGO read from it): tshark's DCE/RPC writes the
/// columns.
pub fn carried(own: &[Layer<'_>], i: usize) -> bool {
    let auth = |p: &str| matches!(p, "ntlmssp" | "spnego" | "gss-api" | "spnego-krb5");
    if !own.get(i).is_some_and(|l| auth(l.protocol)) {
        return false;
    }
    own[..i]
        .iter()
        .rev()
        .find(|l| !auth(l.protocol))
        .is_some_and(|l| l.protocol == "dcerpc")
}

/// tshark's Info column: each PDU's text after its fence (a PDU after one
/// that set a context ID is appended after ` # `; one after a PDU that set
/// none writes anew; each call of the dissector is fenced from the one
/// before); written once, by the frame's last DCE/RPC layer.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if layers.get(i).is_none_or(|l| l.protocol != "dcerpc")
        || layers[i + 1..].iter().any(|l| l.protocol == "dcerpc")
    {
        return;
    }
    let start = out.len();
    let mut fence = start;
    let mut first = true;
    for l in layers.iter().filter(|l| l.protocol == "dcerpc") {
        if l.has(f::dcerpc::OSIDUMP_CALL) && !first && !l.has(f::dcerpc::OSIDUMP_UNFENCED) {
            fence = out.len();
        }
        first = false;
        if l.has(f::dcerpc::OSIDUMP_FENCE) {
            out.push_str(" # ");
            fence = out.len();
        }
        out.truncate(fence);
        if let Some(t) = l.get_str(f::dcerpc::OSIDUMP_INFO) {
            out.push_str(t);
        }
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::dcerpc::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

fn column(l: &Layer<'_>) -> &'static str {
    let name = l.get_str(f::dcerpc::OSIDUMP_COLUMN).unwrap_or("DCERPC");
    ifaces::IFACES
        .iter()
        .find(|i| i.column == name)
        .map_or("DCERPC", |i| i.column)
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "dcerpc",
    also: &[],
    title: "Distributed Computing Environment / Remote Procedure Call (DCE/RPC)",
    osi: Osi::Application,
    fields: f::dcerpc::ALL,
    summary,
    info: Some(info),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["dcerpc"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        probe_tcp: Some(probe),
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

/// A call of DCE/RPC that took a PDU's first piece and waits for the rest
/// (over an SMB pipe): listed in `frame.protocols`, writing no column.
pub fn awaits_rest(l: &Layer<'_>) -> bool {
    l.protocol == "dcerpc" && l.fields.len() == 1 && l.has(f::dcerpc::OSIDUMP_CALL)
}
