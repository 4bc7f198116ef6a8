//! ONC-RPC (Sun RPC, RFC 5531) as tshark 4.0's packet-rpc.c shows it, over
//! UDP and over TCP (record marking), and the programs it carries that
//! osidump decodes: Portmap (v2), MOUNT (v1, v3) and NFS (v3; v2 and v4
//! show their procedure only), with NFSACL, NLM and STAT named.
//!
//! How tshark finds RPC, followed here:
//! - port 111 (UDP and TCP) is RPC's: a datagram or segment that is no RPC
//!   message is shown as RPC continuation data;
//! - elsewhere RPC's heuristic takes a call only when its RPC version is 2
//!   and its program is one tshark knows, and a reply only when its XID
//!   matches a call seen on the same conversation (UDP: the reply's
//!   destination address and source port are the call's source address
//!   and destination port; TCP: the connection);
//! - over TCP the heuristic wants the whole first record in the segment;
//!   once a call was seen the connection is RPC's, and records cut across
//!   segments are reassembled (at most [`MAX_RECORD`] bytes), fragments of
//!   one record joined (at most [`MAX_RECORD`] bytes held).
//!
//! tshark's dissection is one pass: a call names its reply's frame only
//! when the reply came first (a retransmitted call); a reply names its
//! call's frame and the time since. A call seen again with the same XID is
//! a duplicate of the first one, a reply seen again a duplicate of the
//! first reply. The calls remembered are bounded ([`MAX_CALLS`], the
//! oldest forgotten first).
//!
//! The promise: no input makes this module panic; every read is checked
//! against the captured bytes and the message's reported length.

pub mod fields;
mod progs;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

/// RPC's port (portmapper), UDP and TCP, as Wireshark's tables have it.
pub const PORT: u16 = 111;

/// Calls remembered for matching replies (per capture for UDP, per
/// connection for TCP).
pub const MAX_CALLS: usize = 8192;

/// tshark's `max_rpc_tcp_pdu_size`: a longer record is not RPC.
pub const MAX_RECORD: usize = 4 * 1024 * 1024;

const RPC_CALL: u32 = 0;
const RPC_REPLY: u32 = 1;
const LAST_FRAG: u32 = 0x8000_0000;

pub(crate) use crate::dissect::wire::{Bound as Short, Tvb};

pub(crate) type R<T> = Result<T, Short>;

/// A program tshark knows: its number, the name its Protocol column and
/// `rpc.program` show, and the layer its body's dissector makes (none:
/// osidump has no procedure table for it, and its bodies are data).
struct Prog {
    num: u32,
    short: &'static str,
    layer: Option<&'static str>,
}

const PROGRAMS: &[Prog] = &[
    Prog {
        num: 100000,
        short: "Portmap",
        layer: Some("portmap"),
    },
    Prog {
        num: 100001,
        short: "RSTAT",
        layer: None,
    },
    Prog {
        num: 100003,
        short: "NFS",
        layer: Some("nfs"),
    },
    Prog {
        num: 100004,
        short: "YPSERV",
        layer: None,
    },
    Prog {
        num: 100005,
        short: "MOUNT",
        layer: Some("mount"),
    },
    Prog {
        num: 100007,
        short: "YPBIND",
        layer: None,
    },
    Prog {
        num: 100008,
        short: "RWALL",
        layer: None,
    },
    Prog {
        num: 100009,
        short: "YPPASSWD",
        layer: None,
    },
    Prog {
        num: 100011,
        short: "RQUOTA",
        layer: None,
    },
    Prog {
        num: 100012,
        short: "SPRAY",
        layer: None,
    },
    Prog {
        num: 100021,
        short: "NLM",
        layer: Some("nlm"),
    },
    Prog {
        num: 100024,
        short: "STAT",
        layer: Some("stat"),
    },
    Prog {
        num: 100026,
        short: "BOOTPARAMS",
        layer: None,
    },
    Prog {
        num: 100069,
        short: "YPXFR",
        layer: None,
    },
    Prog {
        num: 100227,
        short: "NFSACL",
        layer: Some("nfsacl"),
    },
    Prog {
        num: 100232,
        short: "SADMIND",
        layer: None,
    },
    Prog {
        num: 150001,
        short: "PCNFSD",
        layer: None,
    },
];

fn program(num: u32) -> Option<&'static Prog> {
    PROGRAMS.iter().find(|p| p.num == num)
}

/// The procedure field of a program's version (its names are the
/// procedures tshark has a dissector for).
fn proc_field(prog: u32, vers: u32) -> Option<&'static FieldDef> {
    Some(match (prog, vers) {
        (100000, 1) => f::portmap::PROCEDURE_V1,
        (100000, 2) => f::portmap::PROCEDURE_V2,
        (100000, 3) => f::portmap::PROCEDURE_V3,
        (100000, 4) => f::portmap::PROCEDURE_V4,
        (100003, 2) => f::nfs::PROCEDURE_V2,
        (100003, 3) => f::nfs::PROCEDURE_V3,
        (100003, 4) => f::nfs::PROCEDURE_V4,
        (100005, 1) => f::mount::PROCEDURE_V1,
        (100005, 2) => f::mount::PROCEDURE_V2,
        (100005, 3) => f::mount::PROCEDURE_V3,
        (100227, 1) => f::nfsacl::PROCEDURE_V1,
        (100227, 2) => f::nfsacl::PROCEDURE_V2,
        (100227, 3) => f::nfsacl::PROCEDURE_V3,
        (100021, 1) => f::nlm::PROCEDURE_V1,
        (100021, 2) => f::nlm::PROCEDURE_V2,
        (100021, 3) => f::nlm::PROCEDURE_V3,
        (100021, 4) => f::nlm::PROCEDURE_V4,
        (100024, 1) => f::stat::PROCEDURE_V1,
        _ => return None,
    })
}

/// What a call told about its reply.
#[derive(Debug, Clone, Copy)]
struct Call {
    req_frame: u64,
    rep_frame: u64,
    prog: u32,
    vers: u32,
    proc_: u32,
    time_ns: i128,
    /// What the call's body left for its reply (NFS ACCESS's mask).
    private: u32,
}

/// A conversation's calls by XID, at most [`MAX_CALLS`] in all.
#[derive(Default)]
struct Calls<K: std::hash::Hash + Eq + Copy> {
    map: HashMap<(K, u32), Call>,
    order: VecDeque<(K, u32)>,
}

impl<K: std::hash::Hash + Eq + Copy> Calls<K> {
    fn get(&self, k: K, xid: u32) -> Option<Call> {
        self.map.get(&(k, xid)).copied()
    }

    fn insert(&mut self, k: K, xid: u32, c: Call) {
        if self.map.insert((k, xid), c).is_none() {
            self.order.push_back((k, xid));
        }
        while self.order.len() > MAX_CALLS {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
            }
        }
    }

    fn set_reply(&mut self, k: K, xid: u32, frame: u64) {
        if let Some(c) = self.map.get_mut(&(k, xid)) {
            c.rep_frame = frame;
        }
    }

    fn set_private(&mut self, k: K, xid: u32, frame: u64, v: u32) {
        if let Some(c) = self.map.get_mut(&(k, xid))
            && c.req_frame == frame
        {
            c.private = v;
        }
    }

    fn heap_bytes(&self) -> usize {
        self.map.capacity() * (std::mem::size_of::<((K, u32), Call)>() + 8)
            + self.order.capacity() * std::mem::size_of::<(K, u32)>()
    }

    fn clear_half(&mut self) {
        let n = self.order.len() / 2;
        for _ in 0..n {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
            }
        }
    }
}

/// The message's frame, its time and the call table's key.
struct Env<'c, K: std::hash::Hash + Eq + Copy> {
    frame: u64,
    time_ns: i128,
    calls: &'c mut Calls<K>,
    key: K,
    /// Quoted in an ICMP error: read, but no call is remembered.
    store: bool,
    /// A port a Portmap GETPORT reply gave for UDP.
    announced: Option<u16>,
}

/// Whether `t` holds an RPC message tshark's `dissect_rpc_message` takes:
/// a version-2 call of a known program, or a reply to a call seen.
fn looks_like<K: std::hash::Hash + Eq + Copy>(t: &Tvb<'_>, calls: &Calls<K>, key: K) -> bool {
    if !t.exist(0, 8) {
        return false;
    }
    let (Ok(xid), Ok(msg_type)) = (t.u32(0), t.u32(4)) else {
        return false;
    };
    match msg_type {
        RPC_CALL => {
            t.exist(0, 16) && t.u32(8) == Ok(2) && t.u32(12).is_ok_and(|p| program(p).is_some())
        }
        RPC_REPLY => calls.get(key, xid).is_some(),
        _ => false,
    }
}

/// The layers of one RPC message (the RPC layer, then the program's and
/// the data after it), as `dissect_rpc_message` writes them. `rm`: the
/// record mark over TCP; `first`: the first message of its call of the
/// dissector. The caller checked [`looks_like`].
fn message<K: std::hash::Hash + Eq + Copy>(
    t: Tvb<'_>,
    rm: Option<u32>,
    first: bool,
    env: &mut Env<'_, K>,
) -> Vec<Layer<'static>> {
    let mut out = Vec::with_capacity(3);
    let mut l = Layer::new(Osi::Application, "rpc", 0..0);
    if first {
        l.present(f::rpc::OSIDUMP_CALL);
    }
    if let Some(rm) = rm {
        l.boolean(f::rpc::LASTFRAG, rm & LAST_FRAG != 0);
        l.uint(f::rpc::FRAGLEN, rm & !LAST_FRAG);
    }
    // looks_like read these.
    let xid = t.u32(0).unwrap_or(0);
    let msg_type = t.u32(4).unwrap_or(0);
    l.uint(f::rpc::XID, xid);
    l.uint(f::rpc::MSGTYP, msg_type);
    let mut info = String::new();
    let mut body: Body = None;
    let r = if msg_type == RPC_CALL {
        call(&t, xid, &mut l, &mut info, env, &mut body)
    } else {
        reply(&t, xid, &mut l, &mut info, env, &mut body)
    };
    if let Err(e) = r {
        l.str(f::rpc::OSIDUMP_INFO, info);
        throw(&mut l, "rpc", e);
        out.push(l);
        return out;
    }
    let Some((prog, vers, proc_, off, mut private)) = body else {
        // No program reply: what follows is data (under RPC's tree).
        l.str(f::rpc::OSIDUMP_INFO, info);
        out.push(l);
        return out;
    };
    let p = program(prog);
    let pf = proc_field(prog, vers);
    let registered = pf.and_then(|d| d.value_name(proc_.into())).is_some();
    let remaining = t.remaining(off);
    let mut after = Vec::with_capacity(2);
    let mut rest_at = Some(off);
    if let (Some(name), Some(pf)) = (p.and_then(|p| p.layer), pf) {
        let mut pl = Layer::new(Osi::Application, name, 0..0);
        pl.uint(f::rpc::PROGRAMVERSION, vers);
        pl.uint(pf, proc_);
        if remaining > 0 && registered {
            pl.present(f::rpc::OSIDUMP_BODY);
            let sub = Tvb {
                b: t.b.get(off..).unwrap_or(&[]),
                reported: remaining,
                le: false,
            };
            let is_call = msg_type == RPC_CALL;
            let o = progs::body(
                prog,
                vers,
                proc_,
                is_call,
                sub,
                &mut pl,
                &mut info,
                &mut private,
            );
            let (r, used, decoded) = (o.r, o.used, o.decoded);
            if o.announce.is_some() && env.store {
                env.announced = o.announce;
            }
            if is_call && private != 0 && env.store {
                env.calls.set_private(env.key, xid, env.frame, private);
            }
            match r {
                Err(e) => {
                    throw(&mut pl, name, e);
                    rest_at = None;
                }
                Ok(()) if decoded => rest_at = Some(off + used),
                Ok(()) => rest_at = None,
            }
        }
        after.push(pl);
    } else if p.is_some() {
        // A program with no procedure table for this version: its tree
        // holds the version and the procedure only.
        l.uint(f::rpc::PROGRAMVERSION, vers);
        l.uint(f::rpc::PROCEDURE, proc_);
    }
    l.str(f::rpc::OSIDUMP_INFO, info);
    out.push(l);
    out.append(&mut after);
    if let Some(at) = rest_at
        && t.remaining(at) > 0
    {
        out.push(data(t.b.get(at..).unwrap_or(&[])));
    }
    out
}

/// Bytes no dissector decodes: a `data` layer.
fn data(b: &[u8]) -> Layer<'static> {
    crate::dissect::data::owned_layer(b, 0..0)
}

/// An exception `protocol`'s dissector threw.
fn throw(l: &mut Layer<'_>, protocol: &'static str, e: Short) {
    l.read_past_end(
        protocol,
        format!("{protocol} message read past its end"),
        e == Short::Cut,
    );
}

/// `RPC continuation`: bytes of RPC's port that are no RPC message.
fn continuation(b: &[u8]) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "rpc", 0..0);
    l.present(f::rpc::OSIDUMP_CALL);
    l.str(f::rpc::OSIDUMP_INFO, "Continuation");
    l.push(
        f::rpc::CONTINUATION_DATA,
        Value::Bytes(Cow::Owned(b.to_vec())),
    );
    l
}

fn procname(prog: u32, vers: u32, proc_: u32) -> Cow<'static, str> {
    match proc_field(prog, vers).and_then(|d| d.value_name(proc_.into())) {
        Some(n) => Cow::Borrowed(n),
        None => Cow::Owned(format!("proc-{proc_}")),
    }
}

fn info_line(info: &mut String, prog: u32, vers: u32, name: &str, kind: &str) {
    use std::fmt::Write;
    if vers == 4 && prog == 100003 && name == "COMPOUND" {
        let _ = write!(info, "V{vers} {kind}");
    } else {
        let _ = write!(info, "V{vers} {name} {kind}");
    }
}

/// Program, version, procedure, offset of a program body, and what its
/// call left for the reply.
type Body = Option<(u32, u32, u32, usize, u32)>;

fn call<K: std::hash::Hash + Eq + Copy>(
    t: &Tvb<'_>,
    xid: u32,
    l: &mut Layer<'static>,
    info: &mut String,
    env: &mut Env<'_, K>,
    body: &mut Body,
) -> R<()> {
    let rpcvers = t.u32(8)?;
    l.uint(f::rpc::VERSION, rpcvers);
    let prog = t.u32(12)?;
    l.uint(f::rpc::PROGRAM, prog);
    let p = program(prog);
    l.str(f::rpc::OSIDUMP_PROGNAME, p.map_or("RPC", |p| p.short));
    let vers = t.u32(16)?;
    l.uint(f::rpc::PROGRAMVERSION, vers);
    let proc_ = t.u32(20)?;
    let name = procname(prog, vers, proc_);
    l.uint(f::rpc::PROCEDURE, proc_);
    info_line(info, prog, vers, &name, "Call");
    let frame = env.frame;
    match env.calls.get(env.key, xid) {
        Some(c) => {
            if c.req_frame != frame {
                *info = format!("[RPC retransmission of #{}]{info}", c.req_frame);
                l.present(f::rpc::DUP);
                l.uint(f::rpc::CALL_DUP, c.req_frame);
            }
            if c.rep_frame != 0 {
                use std::fmt::Write;
                let _ = write!(info, " (Reply In {})", c.rep_frame);
                l.uint(f::rpc::REQFRAME, c.rep_frame);
            }
        }
        None => {
            if env.store {
                env.calls.insert(
                    env.key,
                    xid,
                    Call {
                        req_frame: frame,
                        rep_frame: 0,
                        prog,
                        vers,
                        proc_,
                        time_ns: env.time_ns,
                        private: 0,
                    },
                );
            }
        }
    }
    let mut off = 24;
    off = cred(t, off, l)?;
    off = verf(t, off, l)?;
    *body = Some((prog, vers, proc_, off, 0));
    Ok(())
}

fn reply<K: std::hash::Hash + Eq + Copy>(
    t: &Tvb<'_>,
    xid: u32,
    l: &mut Layer<'static>,
    info: &mut String,
    env: &mut Env<'_, K>,
    body: &mut Body,
) -> R<()> {
    let Some(c) = env.calls.get(env.key, xid) else {
        return Ok(());
    };
    let (prog, vers, proc_) = (c.prog, c.vers, c.proc_);
    let name = procname(prog, vers, proc_);
    let p = program(prog);
    l.str(f::rpc::OSIDUMP_PROGNAME, p.map_or("RPC", |p| p.short));
    info_line(info, prog, vers, &name, "Reply");
    l.uint(f::rpc::PROGRAM, prog);
    l.uint(f::rpc::PROGRAMVERSION, vers);
    l.uint(f::rpc::PROCEDURE, proc_);
    let reply_state = t.u32(8)?;
    l.uint(f::rpc::REPLYSTAT, reply_state);
    let mut off = 12;
    {
        use std::fmt::Write;
        l.uint(f::rpc::REPFRAME, c.req_frame);
        let dt = env.time_ns.saturating_sub(c.time_ns);
        l.push(
            f::rpc::TIME,
            Value::rel_time(i64::try_from(dt).unwrap_or(i64::MAX)),
        );
        let _ = write!(info, " (Call In {})", c.req_frame);
    }
    if c.rep_frame == 0 {
        if env.store {
            env.calls.set_reply(env.key, xid, env.frame);
        }
    } else if c.rep_frame != env.frame {
        *info = format!("[RPC duplicate of #{}]{info}", c.rep_frame);
        l.present(f::rpc::DUP);
        l.uint(f::rpc::REPLY_DUP, c.rep_frame);
    }
    match reply_state {
        0 => {
            off = verf(t, off, l)?;
            let accept = t.u32(off)?;
            l.uint(f::rpc::STATE_ACCEPT, accept);
            off += 4;
            match accept {
                0 => *body = Some((prog, vers, proc_, off, c.private)),
                2 => {
                    l.uint(f::rpc::PROGRAMVERSION_MIN, t.u32(off)?);
                    l.uint(f::rpc::PROGRAMVERSION_MAX, t.u32(off + 4)?);
                }
                _ => {}
            }
        }
        1 => {
            let reject = t.u32(off)?;
            l.uint(f::rpc::STATE_REJECT, reject);
            off += 4;
            if reject == 0 {
                l.uint(f::rpc::VERSION_MIN, t.u32(off)?);
                l.uint(f::rpc::VERSION_MAX, t.u32(off + 4)?);
            } else if reject == 1 {
                l.uint(f::rpc::STATE_AUTH, t.u32(off)?);
            }
        }
        _ => {}
    }
    Ok(())
}

/// An XDR string or opaque at `off` (length, contents, fill bytes), its
/// contents pushed as `def` (a string or bytes field); the offset after.
pub(crate) fn opaque(
    t: &Tvb<'_>,
    off: usize,
    l: &mut Layer<'static>,
    def: &'static FieldDef,
    string: bool,
) -> R<(usize, Vec<u8>)> {
    let len = t.u32(off)? as usize;
    // tshark reads the contents before it adds the length: a length past
    // the end throws with no item.
    t.bytes(off + 4, len)?;
    l.uint(f::rpc::OPAQUE_LENGTH, len as u64);
    fixed_opaque(t, off + 4, len, l, def, string)
}

/// Fixed-length XDR opaque data of `len` bytes at `off`.
pub(crate) fn fixed_opaque(
    t: &Tvb<'_>,
    off: usize,
    len: usize,
    l: &mut Layer<'static>,
    def: &'static FieldDef,
    string: bool,
) -> R<(usize, Vec<u8>)> {
    let v = t.bytes(off, len)?.to_vec();
    if string {
        l.str(def, String::from_utf8_lossy(&v).into_owned());
    } else {
        l.push(def, Value::Bytes(Cow::Owned(v.clone())));
    }
    let fill = (4 - len % 4) % 4;
    let mut end = off + len;
    if fill > 0 {
        let fb = t.bytes(end, fill)?;
        l.push(f::rpc::FILL_BYTES, Value::Bytes(Cow::Owned(fb.to_vec())));
        end += fill;
    }
    Ok((end, v))
}

/// `dissect_rpc_cred`.
fn cred(t: &Tvb<'_>, off: usize, l: &mut Layer<'static>) -> R<usize> {
    let flavor = t.u32(off)?;
    let len = t.u32(off + 4)? as usize;
    l.uint(f::rpc::AUTH_FLAVOR, flavor);
    l.uint(f::rpc::AUTH_LENGTH, len as u64);
    let body = off + 8;
    match flavor {
        1 => {
            // AUTH_UNIX: stamp, machine name, uid, gid, gids.
            l.uint(f::rpc::AUTH_STAMP, t.u32(body)?);
            let (mut o, _) = opaque(t, body + 4, l, f::rpc::AUTH_MACHINENAME, true)?;
            l.uint(f::rpc::AUTH_UID, t.u32(o)?);
            l.uint(f::rpc::AUTH_GID, t.u32(o + 4)?);
            let n = t.u32(o + 8)?;
            o += 12;
            // As many as it says (a read past the end ends the loop).
            for _ in 0..n {
                l.uint(f::rpc::AUTH_GID, t.u32(o)?);
                o += 4;
            }
        }
        0 => {}
        _ => {
            if len > 0 {
                t.bytes(body, len)?;
                l.push(
                    f::rpc::OPAQUE_DATA,
                    Value::Bytes(Cow::Owned(t.bytes(body, len)?.to_vec())),
                );
            }
        }
    }
    let padded = len.checked_add(3).ok_or(Short::Past)? & !3;
    Ok(body + padded)
}

/// `dissect_rpc_verf` (AUTH_NULL and opaque verifiers).
fn verf(t: &Tvb<'_>, off: usize, l: &mut Layer<'static>) -> R<usize> {
    let flavor = t.u32(off)?;
    let len = t.u32(off + 4)? as usize;
    l.uint(f::rpc::AUTH_FLAVOR, flavor);
    l.uint(f::rpc::AUTH_LENGTH, len as u64);
    let body = off + 8;
    if flavor == 1 && len > 0 {
        // AUTH_UNIX verifiers are read as credentials (rare).
        l.push(
            f::rpc::OPAQUE_DATA,
            Value::Bytes(Cow::Owned(t.bytes(body, len)?.to_vec())),
        );
    } else if flavor != 0 && len > 0 {
        l.push(
            f::rpc::OPAQUE_DATA,
            Value::Bytes(Cow::Owned(t.bytes(body, len)?.to_vec())),
        );
    }
    let padded = len.checked_add(3).ok_or(Short::Past)? & !3;
    Ok(body + padded)
}

// ---------------------------------------------------------------------
// UDP

/// A UDP call's key: the caller's address and the port called.
type UdpKey = (bool, [u8; 16], u16);

/// RPC over UDP, with the capture's calls.
#[derive(Default)]
pub struct RpcUdp {
    calls: Calls<UdpKey>,
    /// Endpoints Portmap gave (address and UDP port): RPC's conversations,
    /// whatever the other end; at most [`MAX_ENDPOINTS`].
    endpoints: Vec<UdpKey>,
    /// Those not yet handed to UDP.
    announced: Vec<UdpKey>,
}

/// Endpoints learnt from Portmap that are remembered.
pub const MAX_ENDPOINTS: usize = 256;

impl RpcUdp {
    /// `d` is to or from an endpoint Portmap gave: its conversation is
    /// RPC's (tshark's conversation dissector, tried before the ports).
    fn in_endpoint(&self, d: &Datagram<'_>) -> bool {
        if self.endpoints.is_empty() || d.nested {
            return false;
        }
        let (src, dst) = Self::addrs(d);
        let v6 = d.conv.v6;
        self.endpoints
            .iter()
            .any(|&e| e == (v6, src, d.sport) || e == (v6, dst, d.dport))
    }

    /// The source and destination addresses of `d`.
    fn addrs(d: &Datagram<'_>) -> ([u8; 16], [u8; 16]) {
        let c = d.conv;
        if c.a.1 == d.sport && c.b.1 == d.dport {
            (c.a.0, c.b.0)
        } else {
            (c.b.0, c.a.0)
        }
    }

    fn key(d: &Datagram<'_>, payload: &[u8]) -> UdpKey {
        let (src, dst) = Self::addrs(d);
        let reply = payload.get(4..8) == Some(&[0, 0, 0, 1]);
        if reply {
            (d.conv.v6, dst, d.sport)
        } else {
            (d.conv.v6, src, d.dport)
        }
    }
}

impl DatagramDecoder for RpcUdp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        let t = Tvb {
            b: d.payload,
            reported: d.reported.max(d.payload.len()),
            le: false,
        };
        let key = Self::key(d, d.payload);
        let span = d.at..d.at + d.payload.len();
        if !looks_like(&t, &self.calls, key) {
            if d.sport == PORT || d.dport == PORT || self.in_endpoint(d) {
                let mut l = continuation(d.payload);
                l.span = span;
                out.push(l);
            }
            return;
        }
        if d.memory_pressed {
            self.calls.clear_half();
        }
        let mut env = Env {
            frame: d.frame,
            time_ns: d.ts_ns,
            calls: &mut self.calls,
            key,
            store: !d.nested,
            announced: None,
        };
        for mut l in message(t, None, true, &mut env) {
            l.span = span.clone();
            out.push(l);
        }
        if let Some(port) = env.announced {
            let (src, _) = Self::addrs(d);
            let e = (d.conv.v6, src, port);
            if self.endpoints.len() < MAX_ENDPOINTS && !self.endpoints.contains(&e) {
                self.endpoints.push(e);
                self.announced.push(e);
            }
        }
    }

    fn take_announced(&mut self, out: &mut Vec<(bool, [u8; 16], u16)>) {
        out.append(&mut self.announced);
    }

    fn heap_bytes(&self) -> usize {
        self.calls.heap_bytes()
    }

    fn claims(&self, d: &Datagram<'_>, heuristic: bool) -> bool {
        if !heuristic {
            return self.in_endpoint(d);
        }
        let t = Tvb {
            b: d.payload,
            reported: d.reported.max(d.payload.len()),
            le: false,
        };
        looks_like(&t, &self.calls, Self::key(d, d.payload))
    }
}

fn new_udp() -> Box<dyn DatagramDecoder> {
    Box::new(RpcUdp::default())
}

/// RPC's heuristic on a first payload: a version-2 call of a known
/// program (over TCP, its whole first record).
fn probe_udp(b: &[u8]) -> super::Probe {
    let t = Tvb {
        b,
        reported: b.len(),
        le: false,
    };
    let calls = Calls::<()>::default();
    if looks_like(&t, &calls, ()) {
        super::Probe::Certain
    } else {
        super::Probe::NotForUs
    }
}

fn probe_tcp(b: &[u8]) -> super::Probe {
    if b.len() < 4 {
        return super::Probe::NotForUs;
    }
    let rm = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    let len = (rm & !LAST_FRAG) as usize;
    if len > MAX_RECORD || len > b.len() - 4 {
        return super::Probe::NotForUs;
    }
    probe_udp(&b[4..4 + len])
}

// ---------------------------------------------------------------------
// TCP

/// One side's record in the making.
#[derive(Default)]
struct Side {
    /// Bytes of a record cut by the segment's end, from its mark.
    held: Vec<u8>,
    /// Stream offset of `held`'s first byte.
    start: u64,
    /// The record's length with its mark (0: nothing held).
    want: usize,
    /// Bodies of the record's earlier fragments.
    frags: Vec<u8>,
    /// Stream offset where the fragmented record began.
    frags_start: u64,
}

/// RPC over TCP on one connection.
pub struct RpcTcp {
    sides: [Side; 2],
    calls: Calls<()>,
    frame: u64,
    time_ns: i128,
    cut: u64,
}

impl RpcTcp {
    fn new() -> Self {
        RpcTcp {
            sides: [Side::default(), Side::default()],
            calls: Calls::default(),
            frame: 0,
            time_ns: 0,
            cut: 0,
        }
    }

    /// One record whose bytes (mark included) are `rec`, at stream offset
    /// `at`; `false` when it is no RPC.
    fn record(
        &mut self,
        dir: Dir,
        at: u64,
        rec: &[u8],
        reported: usize,
        first: bool,
        out: &mut Vec<Message>,
    ) -> bool {
        let rm = u32::from_be_bytes([rec[0], rec[1], rec[2], rec[3]]);
        let last = rm & LAST_FRAG != 0;
        let side = &mut self.sides[dir.index()];
        let end = at + reported as u64;
        let frag_body = &rec[4..];
        if !last || !side.frags.is_empty() {
            // A fragment: the first must look like a message.
            if side.frags.is_empty() {
                let t = Tvb {
                    b: frag_body,
                    reported: frag_body.len(),
                    le: false,
                };
                if !looks_like(&t, &self.calls, ()) {
                    return false;
                }
                side.frags_start = at;
            }
            if side.frags.len() + frag_body.len() > MAX_RECORD {
                side.frags = Vec::new();
                return true;
            }
            side.frags.extend_from_slice(frag_body);
            if !last {
                let mut l = Layer::new(Osi::Application, "rpc", 0..0);
                if first {
                    l.present(f::rpc::OSIDUMP_CALL);
                }
                l.str(f::rpc::OSIDUMP_INFO, "");
                l.boolean(f::rpc::LASTFRAG, false);
                l.uint(f::rpc::FRAGLEN, rm & !LAST_FRAG);
                l.push(
                    f::rpc::FRAGMENT_DATA,
                    Value::Bytes(Cow::Owned(frag_body.to_vec())),
                );
                out.push(Message {
                    layer: l,
                    stream_offset: at,
                    stream_end: end.max(at + 1),
                    event: None,
                });
                return true;
            }
            let whole = std::mem::take(&mut side.frags);
            let t = Tvb {
                b: &whole,
                reported: whole.len(),
                le: false,
            };
            if !looks_like(&t, &self.calls, ()) {
                return false;
            }
            let from = side.frags_start;
            self.emit(t, rm, first, from, end, out);
            return true;
        }
        let t = Tvb {
            b: frag_body,
            reported: reported.saturating_sub(4),
            le: false,
        };
        if !looks_like(&t, &self.calls, ()) {
            return false;
        }
        self.emit(t, rm, first, at, end, out);
        true
    }

    /// The message of record mark `rm` in `t`, its layers shown on the
    /// stream bytes from `from` to `end`.
    fn emit(
        &mut self,
        t: Tvb<'_>,
        rm: u32,
        first: bool,
        from: u64,
        end: u64,
        out: &mut Vec<Message>,
    ) {
        let mut env = Env {
            frame: self.frame,
            time_ns: self.time_ns,
            calls: &mut self.calls,
            key: (),
            store: true,
            announced: None,
        };
        for layer in message(t, Some(rm), first, &mut env) {
            out.push(Message {
                layer,
                stream_offset: from,
                stream_end: end.max(from + 1),
                event: None,
            });
        }
    }

    /// `dissect_rpc_tcp_common` over `b` at stream offset `base`, with
    /// `cut` more bytes the capture did not keep.
    fn run(&mut self, dir: Dir, base: u64, b: &[u8], cut: usize, out: &mut Vec<Message>) {
        let mut off = 0usize;
        let mut first = true;
        let reported_total = b.len() + cut;
        while off < reported_total {
            if b.len() < off + 4 {
                break;
            }
            let rm = u32::from_be_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]]);
            let len = (rm & !LAST_FRAG) as usize;
            if len > MAX_RECORD {
                break;
            }
            let seglen = reported_total - off - 4;
            if len > seglen && cut == 0 {
                let s = &mut self.sides[dir.index()];
                s.held = b[off..].to_vec();
                s.start = base + off as u64;
                s.want = len + 4;
                return;
            }
            let end = (off + 4 + len).min(b.len());
            let reported = (len + 4).min(reported_total - off);
            if !self.record(dir, base + off as u64, &b[off..end], reported, first, out) {
                break;
            }
            first = false;
            off += 4 + len;
        }
        if first {
            let mut l = continuation(b);
            l.str(f::rpc::OSIDUMP_INFO, "Continuation");
            out.push(Message {
                layer: l,
                stream_offset: base,
                stream_end: base + b.len().max(1) as u64,
                event: None,
            });
        }
    }
}

impl StreamDecoder for RpcTcp {
    fn protocol(&self) -> &'static str {
        "rpc"
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

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    fn heap_bytes(&self) -> usize {
        self.sides
            .iter()
            .map(|s| s.held.capacity() + s.frags.capacity())
            .sum::<usize>()
            + self.calls.heap_bytes()
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let cut = usize::try_from(std::mem::take(&mut self.cut)).unwrap_or(usize::MAX);
        if data.is_empty() {
            return;
        }
        let i = dir.index();
        if self.sides[i].want == 0 {
            self.run(dir, offset, data, cut, out);
            return;
        }
        if cut > 0 {
            self.sides[i].held = Vec::new();
            self.sides[i].want = 0;
            self.run(dir, offset, data, cut, out);
            return;
        }
        let s = &mut self.sides[i];
        let take = s.want.saturating_sub(s.held.len()).min(data.len());
        s.held.extend_from_slice(&data[..take]);
        if s.held.len() < s.want {
            return;
        }
        let rec = std::mem::take(&mut s.held);
        s.want = 0;
        let start = s.start;
        if !self.record(dir, start, &rec, rec.len(), true, out) {
            let mut l = continuation(&rec);
            l.str(f::rpc::OSIDUMP_INFO, "Continuation");
            out.push(Message {
                layer: l,
                stream_offset: start,
                stream_end: start + rec.len().max(1) as u64,
                event: None,
            });
        }
        if take < data.len() {
            self.run(dir, offset + take as u64, &data[take..], 0, out);
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.want = 0;
        s.frags = Vec::new();
    }
}

fn new_tcp() -> Box<dyn StreamDecoder> {
    Box::new(RpcTcp::new())
}

// ---------------------------------------------------------------------
// Specs

fn rpc_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::rpc::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

/// tshark's Info column: each call's messages joined by `  ; `, written
/// once by the frame's last RPC layer.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let ours = |l: &Layer<'_>| {
        matches!(
            l.protocol,
            "rpc" | "portmap" | "mount" | "nfs" | "nfsacl" | "nlm" | "stat"
        )
    };
    if layers.get(i).is_none_or(|l| !ours(l)) || layers[i + 1..].iter().any(ours) {
        return;
    }
    let mut first = true;
    for l in layers.iter().filter(|l| l.protocol == "rpc") {
        let Some(t) = l.get_str(f::rpc::OSIDUMP_INFO) else {
            continue;
        };
        if t.is_empty() {
            continue;
        }
        if !first {
            out.push_str("  ; ");
        }
        out.push_str(t);
        first = false;
    }
}

fn column(l: &Layer<'_>) -> &'static str {
    let name = l.get_str(f::rpc::OSIDUMP_PROGNAME).unwrap_or("RPC");
    PROGRAMS
        .iter()
        .find(|p| p.short == name)
        .map_or("RPC", |p| p.short)
}

fn prog_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(v) = l.get_uint(f::rpc::PROGRAMVERSION) {
        out.push_str(&format!("V{v}"));
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "rpc",
    also: &[],
    title: "Remote Procedure Call",
    osi: Osi::Application,
    fields: f::rpc::ALL,
    summary: rpc_summary,
    info: Some(info),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["rpc"],
        tcp_ports: &[PORT],
        udp_ports: &[PORT],
        probe_tcp: Some(probe_tcp),
        probe_udp: Some(probe_udp),
        udp_port_takes: None,
        stream: Some(new_tcp),
        datagram: Some(new_udp),
    }),
};

macro_rules! program_spec {
    ($id:ident, $name:literal, $title:literal, $col:literal, $fields:expr) => {
        pub static $id: ProtocolSpec = ProtocolSpec {
            name: $name,
            also: &[],
            title: $title,
            osi: Osi::Application,
            fields: $fields,
            summary: prog_summary,
            info: Some(info),
            column: Some(|_| $col),
            app: None,
        };
    };
}

program_spec!(
    PORTMAP_SPEC,
    "portmap",
    "Portmap",
    "Portmap",
    f::portmap::ALL
);
program_spec!(MOUNT_SPEC, "mount", "Mount Service", "MOUNT", f::mount::ALL);
program_spec!(NFS_SPEC, "nfs", "Network File System", "NFS", f::nfs::ALL);
program_spec!(NFSACL_SPEC, "nfsacl", "NFSACL", "NFSACL", f::nfsacl::ALL);
program_spec!(
    NLM_SPEC,
    "nlm",
    "Network Lock Manager Protocol",
    "NLM",
    f::nlm::ALL
);
program_spec!(
    STAT_SPEC,
    "stat",
    "Network Status Monitor Protocol",
    "STAT",
    f::stat::ALL
);
