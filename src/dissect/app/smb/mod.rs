//! The SMB (version 1) and SMB2 headers as tshark 4.0's `packet-smb.c`
//! and `packet-smb2.c` show them, for NetBIOS (`nbt`) to call on a session
//! message or a datagram: `\xffSMB` is SMB, `\xfeSMB` SMB2 and `\xfdSMB`
//! SMB3's transform header (an encrypted message). SMB's command bodies
//! are decoded only as far as tshark's Info column shows them (`body1`:
//! paths, FIDs, counts and offsets, transaction subcommands and levels;
//! the rest of their fields are left out, never guessed), with each
//! block's word and byte counts and a Trans request to the browser's
//! mailslots, whose mailslot header and message `browser` shows; SMB2's are
//! in `body` (and what the Info column adds of them in `detail2`), and a session setup's security blob is handed to GSS-API
//! (`spnego`), or to NTLMSSP when it is a bare NTLMSSP message, as tshark
//! does; SMB2's read, write or pipe transceive data is a `data` layer on a
//! disk share, elsewhere the DCE/RPC PDUs it holds whole (else data).
//! SMB's Trans to a named pipe gets tshark's SMB Pipe item (`smb_pipe`),
//! and its TransactNmPipe data, or Write/Read AndX data on an IPC$ tree,
//! goes to DCE/RPC (one conversation per FID; a PDU longer than its
//! piece is finished by the next piece on that FID, see [`pipe_data`]).
//! Over NBSS a
//! conversation's [`Smb2State`] remembers trees, the levels of info
//! requests, the names of files opened by SMB2 creates and SMB's requests
//! awaiting their response, to show them as tshark does on later
//! messages (each table bounded, the oldest entry forgotten first). Besides, what
//! makes a header field's list whole:
//! - SMB's AndX commands name the next command of the chain with the
//!   header's own field (`smb.cmd`), read from each AndX block's first
//!   word here;
//! - SMB2's compound messages (`smb2.chain_offset`) are one SMB2 item with
//!   every header of the chain, as tshark lists them.
//!
//! A response shows the frame of its request and the time since
//! (`smb.response_to`, `smb.time`, `smb2.response_to`, `smb2.time`), a
//! transaction's secondary request the frame it continues
//! (`smb.continuation_to`), matched as tshark matches them in one pass
//! (`smb.response_in` would need a second).
//!
//! Left out on purpose: the reserved fields (`smb.reserved`,
//! `smb2.reserved`), which tshark also fills from the bodies, and what
//! tshark derives from its per-session state: the session's user
//! (`smb2.acct`...), the frame numbers (`smb2.tcon_frame`...),
//! `smb2.preauth_hash`; trees are kept per conversation, where tshark keys
//! sessions across them (multichannel).
//!
//! The promise: no input makes this module panic; a read past the
//! captured bytes ends the header with tshark's exception.

mod body;
mod body1;
mod detail2;
pub mod fields;
mod setup1;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Field, Layer, Osi, Value};
use crate::dissect::wire::{Short, be32, le16, le32, le64, need};
use body::Hand;
use std::borrow::Cow;
use std::collections::HashMap;

/// Which of the two a NetBIOS payload is, by its first four bytes (the
/// heuristics tshark's NetBIOS payload table tries).
pub fn which(b: &[u8]) -> Option<&'static str> {
    if b.len() < 4 || &b[1..4] != b"SMB" {
        return None;
    }
    match b[0] {
        0xff => Some("smb"),
        0xfe | 0xfd => Some("smb2"),
        _ => None,
    }
}

/// Security blobs and data handed on at most, a message (a compound
/// carries one a command at most, and session setups are not chained).
const MAX_BLOBS: usize = 4;
/// Trees a conversation remembers, and tree connects awaiting their
/// response (tshark keeps all; past these the oldest are not replaced,
/// new ones are not shown).
const MAX_TREES: usize = 256;
const MAX_PENDING: usize = 256;
/// SMB2 requests a conversation matches to their responses at once (the
/// oldest forgotten first): more than SMB's, as a client's credits let it
/// pipeline hundreds of reads; a linear look-up, off the bench's path.
const MAX_REQUESTS: usize = 1024;

/// What tshark's SMB2 remembers of a conversation and shows on later
/// messages: each tree's share name and type, learnt from a TREE_CONNECT
/// request and its response (matched by message id), shown under every
/// header that names the tree (`smb2.tree`, `smb2.share_type`). tshark
/// keys trees by session and tree id, sessions across conversations;
/// here one conversation's.
#[derive(Default)]
pub struct Smb2State {
    /// Tree connect requests: message id → share path.
    pending: HashMap<u64, String>,
    /// (session id, tree id) → share path and type.
    trees: HashMap<(u64, u32), (String, u8)>,
    /// QUERY_INFO and SET_INFO requests: message id → class and level;
    /// QUERY_DIRECTORY: its level. tshark shows them (and decodes the
    /// info by them) in the response.
    infos: HashMap<u64, (u8, u8)>,
    /// The DCE/RPC carried over the conversation's pipes (binds, calls).
    pub dcerpc: super::dcerpc::Conv,
    /// CREATE requests: message id → file name, for the response.
    creates: Bounded<u64, String>,
    /// Open files: file id → name (tshark's `File: ` text for the id).
    files: Bounded<[u8; 16], String>,
    /// QUERY_DIRECTORY requests: message id → level and pattern.
    finds: Bounded<u64, (u8, String)>,
    /// SMB (version 1) requests awaiting their response.
    smb1: body1::State,
    /// SMB2 requests awaiting their response: message id → frame and
    /// capture time (ns), for `smb2.response_to` and `smb2.time`.
    requests: Bounded<u64, (u64, i128)>,
    /// DCE/RPC PDUs longer than the pipe data that began them, by
    /// direction (the server's) and FID: the bytes so far and the PDU's
    /// length (tshark's `dcerpc_reassembly_table` over SMB pipes).
    pipe_pdus: Bounded<(bool, u16), (Vec<u8>, usize)>,
    /// The DCE/RPC of each SMB pipe, by FID: tshark salts its DCE/RPC
    /// conversations with the FID, so each pipe has its own bindings.
    pipe_convs: Bounded<u16, super::dcerpc::Conv>,
}

/// PDUs a conversation reassembles over its pipes at once (each one 64
/// KiB at most: a fragment length is 16 bits).
const MAX_PIPE_PDUS: usize = 16;
/// Pipes a conversation follows the DCE/RPC of (the oldest opened
/// forgotten first).
const MAX_PIPE_CONVS: usize = 64;

/// Creates awaiting their response and files open, a conversation (the
/// oldest forgotten first).
const MAX_CREATES: usize = 256;
const MAX_FILES: usize = 1024;

/// A small map that forgets its oldest entry past a cap: insertion order,
/// linear look-ups (a few hundred entries at most).
pub(crate) struct Bounded<K, V> {
    items: std::collections::VecDeque<(K, V)>,
}

impl<K, V> Default for Bounded<K, V> {
    fn default() -> Self {
        Bounded {
            items: std::collections::VecDeque::new(),
        }
    }
}

impl<K: PartialEq, V> Bounded<K, V> {
    pub(crate) fn get(&self, k: &K) -> Option<&V> {
        self.items.iter().find(|(x, _)| x == k).map(|(_, v)| v)
    }

    pub(crate) fn get_mut(&mut self, k: &K) -> Option<&mut V> {
        self.items.iter_mut().find(|(x, _)| x == k).map(|(_, v)| v)
    }

    pub(crate) fn remove(&mut self, k: &K) -> Option<V> {
        let i = self.items.iter().position(|(x, _)| x == k)?;
        self.items.remove(i).map(|(_, v)| v)
    }

    /// Sets `k` (as the newest), forgetting the oldest past `cap`.
    pub(crate) fn insert(&mut self, k: K, v: V, cap: usize) {
        self.remove(&k);
        self.items.push_back((k, v));
        while self.items.len() > cap.max(1) {
            self.items.pop_front();
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.items.iter().map(|(_, v)| v)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.items.iter().map(|(k, v)| (k, v))
    }
}

impl Smb2State {
    pub fn heap_bytes(&self) -> usize {
        let p: usize = self
            .pending
            .values()
            .map(|v| v.capacity() + 16)
            .sum::<usize>()
            + self.requests.len() * std::mem::size_of::<(u64, (u64, i128))>();
        let t: usize = self.trees.values().map(|v| v.0.capacity() + 24).sum();
        let c: usize = self.creates.values().map(|v| v.capacity() + 32).sum();
        let n: usize = self
            .files
            .values()
            .map(|v| v.capacity() + 40)
            .sum::<usize>()
            + self
                .finds
                .values()
                .map(|v| v.1.capacity() + 40)
                .sum::<usize>();
        let r: usize = self
            .pipe_pdus
            .values()
            .map(|v| v.0.capacity() + 40)
            .sum::<usize>()
            + self
                .pipe_convs
                .values()
                .map(|c| c.heap_bytes() + 256)
                .sum::<usize>();
        p + t
            + self.infos.len() * 16
            + self.dcerpc.heap_bytes()
            + c
            + n
            + self.smb1.heap_bytes()
            + r
    }

    fn tree(&self, ses: u64, tid: u32) -> Option<&(String, u8)> {
        self.trees.get(&(ses, tid))
    }
}

/// The share type of a tree tshark knows: disk (1) data is never handed
/// to DCE/RPC.
pub(crate) const SHARE_DISK: u8 = 1;

/// The layers for a NetBIOS payload `b` (captured bytes; `reported` on
/// the wire) at frame offset `at`: SMB or SMB2, then the GSS-API layers
/// of the security blobs it carries, appended to `out`; `false` when it
/// is neither.
pub fn dissect<'a>(b: &'a [u8], at: usize, reported: usize, out: &mut Vec<Layer<'a>>) -> bool {
    dissect_in(b, at, reported, None, out)
}

/// [`dissect`] with the conversation's SMB2 state, when there is one.
pub fn dissect_in<'a>(
    b: &'a [u8],
    at: usize,
    reported: usize,
    st: Option<&mut Smb2State>,
    out: &mut Vec<Layer<'a>>,
) -> bool {
    let Some(name) = which(b) else {
        return false;
    };
    let mut l = Layer::new(Osi::Application, name, at..at + b.len());
    let mut blobs: Vec<(Hand, Option<u8>)> = Vec::new();
    let mut none = Smb2State::default();
    let st = st.unwrap_or(&mut none);
    let mut pipe = body1::PipeOut::default();
    // The frame and time matching a response to its request.
    let now = st.dcerpc.now();
    let r = if name == "smb" {
        smb1(b, &mut l, &mut st.smb1, now, &mut blobs, &mut pipe)
    } else {
        smb2(b, &mut l, st, now, &mut blobs).map(|()| None)
    };
    if let Err(Short(end)) = r {
        let reason = if end == body::PAST_BUFFER {
            format!("{name}: a field past its buffer's length")
        } else {
            format!("{name} header: need {end} bytes, have {}", b.len())
        };
        l.read_past_end(name, reason, end <= reported.max(b.len()));
    }
    let mailslot = r.ok().flatten();
    out.push(l);
    if let Some(m) = mailslot {
        super::browser::dissect(b, at, reported.max(b.len()), &m, out);
        return true;
    }
    if let Some(item) = pipe.item {
        out.push(pipe_item(item, at..at + b.len()));
    }
    if let Some(d) = pipe.data {
        pipe_data(b, at, reported.max(b.len()), d, st, out);
    }
    for (hand, share) in blobs {
        match hand {
            Hand::GssApi(off, len) => {
                super::spnego::dissect(&b[off..off + len], at + off, len, out);
            }
            Hand::Blob(off, len) => {
                // tshark hands a bare NTLMSSP message to NTLMSSP, anything
                // else to GSS-API.
                let blob = &b[off..off + len];
                if super::ntlmssp::is_ntlmssp(blob) {
                    super::ntlmssp::dissect(blob, at + off, len, out);
                } else {
                    super::spnego::dissect(blob, at + off, len, out);
                }
            }
            Hand::Data(off, len) => data_buffer(b, at, (off, len), share, true, st, out),
            Hand::Data2([first, second]) => {
                // tshark's DCE/RPC is called for each, but the second's
                // Info replaces the first's.
                data_buffer(b, at, first, share, true, st, out);
                data_buffer(b, at, second, share, false, st, out);
            }
        }
    }
    true
}

/// A read, write or transceive buffer (`len` bytes at `off` in `b`, which
/// is at frame offset `at`): on a disk share, file data; elsewhere (a
/// pipe, or a tree whose connect was not seen) tshark tries DCE/RPC first,
/// the PDUs the buffer holds whole (`call`: its Info is fenced from the
/// text before, as a new call of tshark's DCE/RPC is; else it replaces it).
fn data_buffer<'a>(
    b: &'a [u8],
    at: usize,
    (off, len): (usize, usize),
    share: Option<u8>,
    call: bool,
    st: &mut Smb2State,
    out: &mut Vec<Layer<'a>>,
) {
    let d = &b[off..off + len];
    if share != Some(SHARE_DISK) && looks_like_dcerpc(d) {
        let first = out.len();
        pipe_pdus(d, at + off, true, &mut st.dcerpc, out);
        if !call && let Some(l) = out[first..].iter_mut().find(|l| l.protocol == "dcerpc") {
            l.present(f::dcerpc::OSIDUMP_UNFENCED);
        }
        return;
    }
    out.push(crate::dissect::data::layer_of(
        Osi::Application,
        d,
        at + off..at + off + len,
    ));
}

/// The DCE/RPC PDUs of a pipe's read, write or transceive buffer `d` (at
/// frame offset `at`), one after another while they are whole; a layer
/// each (and each one's verifier), appended to `out`. What follows the
/// last whole one is left unshown.
fn pipe_pdus(
    d: &[u8],
    at: usize,
    call: bool,
    conv: &mut super::dcerpc::Conv,
    out: &mut Vec<Layer<'_>>,
) {
    let mut pos = 0;
    while let Some(rest) = d.get(pos..).filter(|r| looks_like_dcerpc(r)) {
        let frag_len = frag_len(rest);
        if frag_len < 16 || frag_len > rest.len() {
            break;
        }
        let mut layers = Vec::new();
        if !conv.pdu(&rest[..frag_len], call && pos == 0, &mut layers) {
            break;
        }
        for mut l in layers {
            l.span = at + pos + l.span.start..at + pos + l.span.end;
            out.push(l);
        }
        pos += frag_len;
    }
}

/// The `smb_pipe` item of a Trans to a named pipe (spanning the SMB
/// message): its function and FID, and the Info text tshark's SMB Pipe
/// writes, which replaces SMB's.
fn pipe_item(item: body1::PipeItem, span: std::ops::Range<usize>) -> Layer<'static> {
    use std::fmt::Write;
    let mut l = Layer::new(Osi::Application, "smb_pipe", span);
    let mut info = String::new();
    if let Some(func) = item.function {
        match f::smb_pipe::FUNCTION.value_name(u64::from(func)) {
            Some(n) => info.push_str(n),
            None => {
                let _ = write!(info, "Unknown function (0x{func:04x})");
            }
        }
        info.push(' ');
    }
    info.push_str(if item.response { "Response" } else { "Request" });
    if let Some(fid) = item.fid {
        let _ = write!(info, ", FID: 0x{fid:04x}");
    }
    l.str(f::smb_pipe::OSIDUMP_INFO, info);
    if let Some(func) = item.function {
        l.uint(f::smb_pipe::FUNCTION, func);
    }
    if let Some(fid) = item.fid {
        l.uint(f::smb::FID, fid);
        if let Some(open) = item.file {
            l.str(f::smb::FILE, open.name);
            if let Some(p) = &open.params {
                body1::open_params(p, &mut l);
            }
        }
    }
    l
}

/// Pipe data `d` of the SMB message `b` (at frame offset `at`, `reported`
/// bytes on the wire) for DCE/RPC, as tshark's `dissect_pipe_dcerpc`
/// takes it: the PDUs it holds whole; a first PDU longer than the data
/// (all of it captured) is kept, listed as DCE/RPC that shows nothing,
/// and finished by the next data on the same FID in the same direction
/// (the piece that finishes it shows the whole PDU, those between are
/// data); data DCE/RPC does not take is data.
fn pipe_data<'a>(
    b: &'a [u8],
    at: usize,
    reported: usize,
    d: body1::PipeData,
    st: &mut Smb2State,
    out: &mut Vec<Layer<'a>>,
) {
    let Some(bytes) = b.get(d.off..) else {
        return;
    };
    let piece = &bytes[..d.len.min(bytes.len())];
    let whole = piece.len() == d.len && d.off + d.len <= reported;
    let span = at + d.off..at + d.off + piece.len();
    let key = (d.response, d.fid);
    let (frame, time) = st.dcerpc.now();
    if st.pipe_convs.get(&d.fid).is_none() {
        st.pipe_convs
            .insert(d.fid, super::dcerpc::Conv::new(), MAX_PIPE_CONVS);
    }
    let Some(conv) = st.pipe_convs.get_mut(&d.fid) else {
        return;
    };
    conv.at(frame, time);
    if let Some((mut held, want)) = st.pipe_pdus.remove(&key) {
        held.extend_from_slice(&piece[..piece.len().min(want - held.len())]);
        if held.len() < want {
            if whole {
                st.pipe_pdus.insert(key, (held, want), MAX_PIPE_PDUS);
            }
            out.push(crate::dissect::data::layer_of(
                Osi::Application,
                piece,
                span,
            ));
            return;
        }
        let mut layers = Vec::new();
        if conv.pdu(&held, true, &mut layers) {
            for mut l in layers {
                l.span = span.clone();
                l.origin = crate::dissect::layer::Origin::Elsewhere;
                out.push(l);
            }
        } else {
            out.push(crate::dissect::data::layer_of(
                Osi::Application,
                piece,
                span,
            ));
        }
        return;
    }
    if !looks_like_dcerpc(piece) {
        if !piece.is_empty() {
            out.push(crate::dissect::data::layer_of(
                Osi::Application,
                piece,
                span,
            ));
        }
        return;
    }
    let frag_len = frag_len(piece);
    if frag_len > piece.len() && whole {
        st.pipe_pdus
            .insert(key, (piece.to_vec(), frag_len), MAX_PIPE_PDUS);
        // tshark's heuristic took it and asked for the rest: a call of
        // DCE/RPC that shows nothing.
        let mut l = Layer::new(Osi::Application, "dcerpc", span);
        l.present(f::dcerpc::OSIDUMP_CALL);
        out.push(l);
        return;
    }
    pipe_pdus(piece, span.start, true, conv, out);
}

/// The fragment length of the DCE/RPC header `d` starts with (one that
/// [`looks_like_dcerpc`]), in its data representation's byte order.
fn frag_len(d: &[u8]) -> usize {
    let b = [d[8], d[9]];
    usize::from(if d[4] & 0x10 != 0 {
        u16::from_le_bytes(b)
    } else {
        u16::from_be_bytes(b)
    })
}

/// A connection-oriented DCE/RPC header's first bytes, as its heuristic
/// checks them: version 5.0 or 5.1, a known packet type, a data
/// representation tshark reads.
fn looks_like_dcerpc(d: &[u8]) -> bool {
    d.len() >= 16 && d[0] == 5 && d[1] <= 1 && d[2] <= 20 && d[4] >> 4 <= 1
}

/// Where a command's byte count is: after the words its dissector in
/// tshark reads, which is after the word count's words for most commands
/// (and for any with no words), but by what they say for the
/// transactions (their setup count) and NT Create AndX (its extended
/// response is 50 words under a word count of 42). `None` when a count it
/// needs was not captured.
fn bcc_offset(b: &[u8], at: usize, cmd: u8, wct: u8, response: bool) -> Option<usize> {
    let words = at + 1;
    let setup = |count_at: usize, fixed: usize| {
        b.get(words + count_at)
            .map(|&sc| words + fixed + 2 * usize::from(sc))
    };
    match (cmd, response) {
        _ if wct == 0 => Some(words),
        // Trans and Trans2 and their secondary requests, told apart by
        // the word count as tshark does.
        (0x25 | 0x26 | 0x32 | 0x33, false) => match wct {
            8 => Some(words + 16),
            9 if cmd == 0x33 => Some(words + 18),
            _ => setup(26, 28),
        },
        (0x25 | 0x26 | 0x32 | 0x33, true) => setup(18, 20),
        // NT Trans: a secondary request (fewer than 19 words) has no
        // setup count, but tshark steps over a function code all the same.
        (0xa0 | 0xa1, false) if wct >= 19 => setup(35, 38),
        (0xa0 | 0xa1, false) => Some(words + 37),
        (0xa0 | 0xa1, true) => setup(35, 36),
        (0xa2, true) if wct == 42 => Some(words + 100),
        (0xa2, true) => Some(words + 68),
        _ => Some(words + 2 * usize::from(wct)),
    }
}

/// SMB's AndX commands: their first word names the next command.
fn is_andx(cmd: u8) -> bool {
    matches!(cmd, 0x24 | 0x2d | 0x2e | 0x2f | 0x73 | 0x74 | 0x75 | 0xa2)
}

const NT_ERROR: u16 = 0x4000;
const SMB_HEADER: usize = 32;

fn smb1<'a>(
    b: &'a [u8],
    l: &mut Layer<'a>,
    st: &mut body1::State,
    (frame, time): (u64, i128),
    blobs: &mut Vec<(Hand, Option<u8>)>,
    pipe: &mut body1::PipeOut,
) -> Result<Option<Mailslot>, Short> {
    need(b, 5)?;
    // tshark reads it little-endian: `0x424d53ff`.
    l.uint(f::smb::SERVER_COMPONENT, le32(b, 0));
    let cmd = b[4];
    l.uint(f::smb::CMD, cmd);
    need(b, 12)?;
    let flags2 = le16(b, 10);
    if flags2 & NT_ERROR != 0 {
        l.uint(f::smb::NT_STATUS, le32(b, 5));
    } else {
        l.uint(f::smb::ERROR_CLASS, b[5]);
        l.uint(f::smb::ERROR_CODE, le16(b, 7));
    }
    let flags = b[9];
    l.uint(f::smb::FLAGS, flags);
    for (def, bit) in [
        (f::smb::FLAGS_RESPONSE, 0x80),
        (f::smb::FLAGS_NOTIFY, 0x40),
        (f::smb::FLAGS_OPLOCK, 0x20),
        (f::smb::FLAGS_CANON, 0x10),
        (f::smb::FLAGS_CASELESS, 0x08),
        (f::smb::FLAGS_RECEIVE_BUFFER, 0x02),
        (f::smb::FLAGS_LOCK, 0x01),
    ] {
        l.boolean(def, flags & bit != 0);
    }
    l.uint(f::smb::FLAGS2, flags2);
    for (def, bit) in [
        (f::smb::FLAGS2_STRING, 0x8000),
        (f::smb::FLAGS2_NT_ERROR, 0x4000),
        (f::smb::FLAGS2_ROE, 0x2000),
        (f::smb::FLAGS2_DFS, 0x1000),
        (f::smb::FLAGS2_ESN, 0x0800),
        (f::smb::FLAGS2_REPARSE_PATH, 0x0400),
        (f::smb::FLAGS2_LONG_NAMES_USED, 0x0040),
        (f::smb::FLAGS2_SEC_SIG_REQUIRED, 0x0010),
        (f::smb::FLAGS2_COMPRESSED, 0x0008),
        (f::smb::FLAGS2_SEC_SIG, 0x0004),
        (f::smb::FLAGS2_EA, 0x0002),
        (f::smb::FLAGS2_LONG_NAMES_ALLOWED, 0x0001),
    ] {
        l.boolean(def, flags2 & bit != 0);
    }
    need(b, 14)?;
    l.uint(f::smb::PID_HIGH, le16(b, 12));
    need(b, 22)?;
    l.push(f::smb::SIGNATURE, Value::Bytes(Cow::Borrowed(&b[14..22])));
    need(b, 26)?;
    let tid = le16(b, 24);
    l.uint(f::smb::TID, tid);
    // The tree's path, when its connect was seen (a connect's response
    // records the tree first: its body shows the path).
    let connected = cmd == TREE_CONNECT_ANDX && flags & FLAGS_RESPONSE != 0;
    if !connected && let Some(p) = st.tree(tid) {
        l.str(f::smb::PATH, p.to_string());
    }
    need(b, 28)?;
    l.uint(f::smb::PID, le16(b, 26));
    need(b, 30)?;
    l.uint(f::smb::UID, le16(b, 28));
    need(b, 32)?;
    l.uint(f::smb::MID, le16(b, 30));
    // A Trans request to a mailslot: its words and bytes, for the
    // mailslot and browser layers.
    if cmd == TRANSACTION
        && let Some(m) = mailslot_request(b, l)
    {
        return Ok(Some(m));
    }
    // Each block's word count and byte count (every command's dissector
    // in tshark starts and ends with them); an AndX block's first word
    // names the next command and its offset.
    let (first, response) = (cmd, flags & FLAGS_RESPONSE != 0);
    let (pid, mid) = (le16(b, 26), le16(b, 30));
    let (mut cmd, mut at) = (cmd, SMB_HEADER);
    for _ in 0..16 {
        let Some(&wct) = b.get(at) else {
            break;
        };
        l.uint(f::smb::WCT, wct);
        // The first command's body: what tshark's Info shows of it.
        if at == SMB_HEADER {
            let partial = (flags2 & NT_ERROR != 0 && le32(b, 5) == STATUS_BUFFER_OVERFLOW)
                || body1::transaction_piece(b, at, first).is_some_and(|p| p.more);
            let req = if response {
                body1::take(st, pid, mid, first, partial)
            } else {
                None
            };
            // What the message answers or continues, after the server
            // component as tshark shows it.
            if let Some((r, _)) = req.as_ref().filter(|(r, _)| r.frame != 0) {
                let since = crate::dissect::layer::TimeSpan::from_nanos(time - r.time);
                l.insert(
                    1,
                    [
                        Field {
                            def: f::smb::RESPONSE_TO,
                            value: Value::UInt(r.frame),
                        },
                        Field {
                            def: f::smb::TIME,
                            value: Value::RelTime(since),
                        },
                    ],
                );
            } else if !response && body1::secondary(first) {
                let def = if first == NT_CANCEL {
                    f::smb::CANCEL_TO
                } else {
                    f::smb::CONTINUATION_TO
                };
                let to = body1::continued(st, pid, mid, first);
                l.insert(
                    1,
                    [Field {
                        def,
                        value: Value::UInt(to),
                    }],
                );
            }
            let unicode = flags2 & FLAGS2_UNICODE != 0;
            body1::transaction_words(b, at, first, response, l);
            let mut parts = Vec::new();
            let ask = body1::body(
                b, at, first, response, unicode, req, st, tid, l, &mut parts, pipe,
            );
            if !parts.is_empty() {
                l.str(f::smb::OSIDUMP_INFO, body1::render(&parts));
            }
            // A broadcast (every id zero) awaits no response.
            let broadcast = (mid, le16(b, 28), pid, tid) == (0, 0, 0, 0);
            if !response
                && !broadcast
                && let Some((mut r, name)) = ask
            {
                (r.frame, r.time) = (frame, time);
                body1::keep(st, pid, mid, r, name);
            }
            // A negotiation's or session setup's security blob, for
            // GSS-API or NTLMSSP.
            if let Some((off, len, to)) = body1::security_blob(b, at, first, response, st) {
                let hand = match to {
                    body1::BlobTo::GssApi => Hand::GssApi(off, len),
                    body1::BlobTo::NtlmsspIfBare => Hand::Blob(off, len),
                };
                blobs.push((hand, None));
            }
        }
        let mut next_block = None;
        if is_andx(cmd) && wct != 0 {
            need(b, at + 5)?;
            let next = b[at + 1];
            l.uint(f::smb::CMD, next);
            let off = usize::from(le16(b, at + 3));
            l.uint(f::smb::ANDXOFFSET, off as u64);
            if next != 0xff && off > at {
                next_block = Some((next, off));
            }
        }
        if let Some(bcc_at) = bcc_offset(b, at, cmd, wct, response)
            && b.len() >= bcc_at + 2
        {
            let bcc = le16(b, bcc_at);
            l.uint(f::smb::BCC, bcc);
            if at == SMB_HEADER {
                let unicode = flags2 & FLAGS2_UNICODE != 0;
                let bytes = bcc_at + 2;
                body1::transaction_bytes(b, at, cmd, response, unicode, bytes, bcc.into(), l);
            }
        }
        match next_block {
            Some(n) => (cmd, at) = n,
            None => break,
        }
    }
    Ok(None)
}

/// A Trans request to a mailslot tshark decodes (`\MAILSLOT\BROWSE`,
/// `\MAILSLOT\LANMAN`): where its parts are in the SMB message.
pub struct Mailslot {
    /// The three setup words (opcode, priority, class).
    pub setup: usize,
    /// The byte count (the mailslot header's size).
    pub bcc: u16,
    /// The transaction name's bytes, NUL excluded.
    pub name: std::ops::Range<usize>,
    /// The data: its offset, and its count as the request states it.
    pub data: usize,
    pub data_count: usize,
}

const TRANSACTION: u8 = 0x25;
const TREE_CONNECT_ANDX: u8 = 0x75;
const NT_CANCEL: u8 = 0xa4;
const FLAGS_RESPONSE: u8 = 0x80;
const FLAGS2_UNICODE: u16 = 0x8000;

/// A Trans request (SMB_COM_TRANSACTION) carrying a mailslot message,
/// its words and bytes shown as tshark shows them; `None`, and nothing
/// shown, for any other message, and for one this decoder does not follow
/// whole: not three setup words, parameters, a Unicode or unterminated
/// name, a part past the byte count or the captured bytes, another
/// mailslot (tshark gives NETLOGON's to a dissector osidump lacks).
fn mailslot_request<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Option<Mailslot> {
    const W: usize = SMB_HEADER + 1;
    if b.get(4) != Some(&TRANSACTION)
        || b[9] & FLAGS_RESPONSE != 0
        || le16(b, 10) & FLAGS2_UNICODE != 0
    {
        return None;
    }
    let wct = *b.get(SMB_HEADER)?;
    let sc = usize::from(*b.get(W + 26)?);
    if sc != 3 || usize::from(wct) != 14 + sc {
        return None;
    }
    let setup = W + 28;
    let bcc_at = setup + 2 * sc;
    let name_at = bcc_at + 2;
    if b.len() < name_at {
        return None;
    }
    let bcc = le16(b, bcc_at);
    let nul = b[name_at..(name_at + usize::from(bcc)).min(b.len())]
        .iter()
        .position(|&c| c == 0)?;
    let name = name_at..name_at + nul;
    let tail = b[name.clone()].strip_prefix(b"\\MAILSLOT\\")?;
    if !(tail.starts_with(b"BROWSE") || tail.starts_with(b"LANMAN")) {
        return None;
    }
    let (pc, od, dc) = (le16(b, W + 18), le16(b, W + 24), le16(b, W + 22));
    let after_name = name.end + 1;
    let data = usize::from(od).max(after_name);
    let bytes_end = name_at + usize::from(bcc);
    if pc != 0 || dc == 0 || data + usize::from(dc) > bytes_end || data > b.len() {
        return None;
    }
    l.uint(f::smb::WCT, wct);
    body1::transaction_words(b, SMB_HEADER, TRANSACTION, false, l);
    l.uint(f::smb::BCC, bcc);
    body1::transaction_bytes(
        b,
        SMB_HEADER,
        TRANSACTION,
        false,
        false,
        name_at,
        bcc.into(),
        l,
    );
    Some(Mailslot {
        setup,
        bcc,
        name,
        data,
        data_count: usize::from(dc),
    })
}

const SMB2_HEADER: usize = 64;
const SMB2_RESPONSE: u32 = 0x1;
const SMB2_ASYNC: u32 = 0x2;
const SMB2_IOCTL: u16 = 11;
const SMB2_SESSION_SETUP: u16 = 1;
const SMB2_CHANGE_NOTIFY: u16 = 15;
const STATUS_NOTIFY_ENUM_DIR: u32 = 0x0000_010c;
const STATUS_BUFFER_OVERFLOW: u32 = 0x8000_0005;
const STATUS_PENDING: u32 = 0x0000_0103;

fn smb2<'a>(
    b: &'a [u8],
    l: &mut Layer<'a>,
    st: &mut Smb2State,
    (frame, time): (u64, i128),
    blobs: &mut Vec<(Hand, Option<u8>)>,
) -> Result<(), Short> {
    let mut off = 0usize;
    for _ in 0..64 {
        let h = &b[off.min(b.len())..];
        need(h, 4)?;
        l.uint(f::smb2::PROTOCOL_ID, be32(h, 0));
        if h[0] == 0xfd {
            return transform(h, l);
        }
        if h[0] != 0xfe {
            return Ok(());
        }
        need(h, 6)?;
        l.uint(f::smb2::HEADER_LEN, le16(h, 4));
        need(h, 8)?;
        l.uint(f::smb2::CREDIT_CHARGE, le16(h, 6));
        need(h, 20)?;
        let flags = le32(h, 16);
        let response = flags & SMB2_RESPONSE != 0;
        if response {
            l.uint(f::smb2::NT_STATUS, le32(h, 8));
        } else {
            l.uint(f::smb2::CHANNEL_SEQUENCE, le16(h, 8));
        }
        l.uint(f::smb2::CMD, le16(h, 12));
        let credits = if response {
            f::smb2::CREDITS_GRANTED
        } else {
            f::smb2::CREDITS_REQUESTED
        };
        l.uint(credits, le16(h, 14));
        l.uint(f::smb2::FLAGS, flags);
        for (def, bit) in [
            (f::smb2::FLAGS_RESPONSE, 0x1),
            (f::smb2::FLAGS_ASYNC, 0x2),
            (f::smb2::FLAGS_CHAINED, 0x4),
            (f::smb2::FLAGS_SIGNATURE, 0x8),
            (f::smb2::FLAGS_PRIORITY_MASK, 0x70),
            (f::smb2::FLAGS_DFS, 0x1000_0000),
            (f::smb2::FLAGS_REPLAY, 0x2000_0000),
        ] {
            l.boolean(def, flags & bit != 0);
        }
        need(h, 24)?;
        let chain = le32(h, 20);
        l.uint(f::smb2::CHAIN_OFFSET, chain);
        need(h, 32)?;
        l.uint(f::smb2::MSG_ID, le64(h, 24));
        if flags & SMB2_ASYNC != 0 {
            need(h, 40)?;
            l.uint(f::smb2::AID, le64(h, 32));
        }
        let mut share = None;
        if flags & SMB2_ASYNC == 0 {
            need(h, 36)?;
            l.uint(f::smb2::PID, le32(h, 32));
            need(h, 40)?;
            let tid = le32(h, 36);
            l.uint(f::smb2::TID, tid);
            // The tree, when its connect was seen (the session id is
            // read first: tshark's lookup needs it too).
            if h.len() >= 48
                && let Some((name, kind)) = st.tree(le64(h, 40), tid)
            {
                l.str(f::smb2::TREE, name.clone());
                l.uint(f::smb2::SHARE_TYPE, *kind);
                share = Some(*kind);
            }
        }
        need(h, 48)?;
        l.uint(f::smb2::SESID, le64(h, 40));
        need(h, SMB2_HEADER)?;
        l.push(
            f::smb2::SIGNATURE,
            Value::Bytes(Cow::Borrowed(&b[off + 48..off + 64])),
        );
        // A request awaits its response by message id; a response shows
        // the request's frame (an interim STATUS_PENDING one leaves it
        // awaited), as packet-smb2.c matches them.
        let msg_id = le64(h, 24);
        if !response {
            st.requests.insert(msg_id, (frame, time), MAX_REQUESTS);
        } else if let Some(&(req_frame, req_time)) = st.requests.get(&msg_id) {
            l.uint(f::smb2::RESPONSE_TO, req_frame);
            l.push(
                f::smb2::TIME,
                Value::RelTime(crate::dissect::layer::TimeSpan::from_nanos(time - req_time)),
            );
            if !(flags & SMB2_ASYNC != 0 && le32(h, 8) == STATUS_PENDING) {
                st.requests.remove(&msg_id);
            }
        }
        // The message: to the next one of a compound, or to the end.
        let m = match chain as usize {
            0 => h,
            n => &h[..n.min(h.len())],
        };
        let status = le32(h, 8);
        let cmd = le16(h, 12);
        remember(st, m, cmd, response, status);
        let info = info_level(st, m, cmd, response);
        // What tshark's Info adds after the command: every message of
        // the chain has one (maybe empty), in order,
        // written before the body is read (a body cut short ends here).
        let ok = !response
            || status == 0
            || status == STATUS_BUFFER_OVERFLOW
            || cmd == SMB2_SESSION_SETUP
            || (cmd == SMB2_CHANGE_NOTIFY && status == STATUS_NOTIFY_ENUM_DIR);
        let parts = detail2::parts(st, m, cmd, response, ok);
        l.str(f::smb2::OSIDUMP_INFO, detail2::render(&parts));
        if let Some(hand) = body::body(m, cmd, response, status, info, l)?
            && blobs.len() < MAX_BLOBS
        {
            blobs.push((hand.shifted(off), share));
        }
        // An IOCTL response's body has a flags word of its own, which
        // tshark shows under the header's name: the list needs it (the
        // request's has a name of its own).
        if le16(h, 12) == SMB2_IOCTL {
            let status = le32(h, 8);
            let at = match (response, status) {
                (true, 0 | STATUS_BUFFER_OVERFLOW) => Some(SMB2_HEADER + 40),
                _ => None,
            };
            if let Some(at) = at
                && h.len() >= at + 4
                && (chain == 0 || at + 4 <= chain as usize)
            {
                l.uint(f::smb2::FLAGS, le32(h, at));
            }
        }
        let chain = chain as usize;
        if chain == 0 || off + chain >= b.len() {
            return Ok(());
        }
        off += chain;
    }
    Ok(())
}

/// A tree connect's share path (request), or the tree it names
/// (response), into the conversation's state.
fn remember(st: &mut Smb2State, m: &[u8], cmd: u16, response: bool, status: u32) {
    const TREE_CONNECT: u16 = 3;
    if cmd != TREE_CONNECT || m.len() < SMB2_HEADER {
        return;
    }
    let msg_id = le64(m, 24);
    if !response {
        if let Some(path) = body::tree_connect_path(m)
            && (st.pending.len() < MAX_PENDING || st.pending.contains_key(&msg_id))
        {
            st.pending.insert(msg_id, path);
        }
        return;
    }
    let Some(path) = st.pending.remove(&msg_id) else {
        return;
    };
    if status != 0 || m.len() < SMB2_HEADER + 3 {
        return;
    }
    let key = (le64(m, 40), le32(m, 36));
    if st.trees.len() < MAX_TREES || st.trees.contains_key(&key) {
        st.trees.insert(key, (path, m[SMB2_HEADER + 2]));
    }
}

/// A QUERY_INFO or SET_INFO request's class and level (QUERY_DIRECTORY:
/// its level, then 0), kept for its response; the response's, from its
/// request.
fn info_level(st: &mut Smb2State, m: &[u8], cmd: u16, response: bool) -> Option<(u8, u8)> {
    const QUERY_DIRECTORY: u16 = 14;
    const QUERY_INFO: u16 = 16;
    const SET_INFO: u16 = 17;
    if !matches!(cmd, QUERY_DIRECTORY | QUERY_INFO | SET_INFO) || m.len() < SMB2_HEADER {
        return None;
    }
    let msg_id = le64(m, 24);
    if response {
        return st.infos.remove(&msg_id);
    }
    if m.len() >= SMB2_HEADER + 4
        && (st.infos.len() < MAX_PENDING || st.infos.contains_key(&msg_id))
    {
        let v = if cmd == QUERY_DIRECTORY {
            (m[SMB2_HEADER + 2], 0)
        } else {
            (m[SMB2_HEADER + 2], m[SMB2_HEADER + 3])
        };
        st.infos.insert(msg_id, v);
    }
    None
}

/// SMB3's transform header and the encrypted message after it.
fn transform<'a>(h: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    need(h, 20)?;
    l.push(
        f::smb2::HEADER_TRANSFORM_SIGNATURE,
        Value::Bytes(Cow::Borrowed(&h[4..20])),
    );
    need(h, 36)?;
    l.push(
        f::smb2::HEADER_TRANSFORM_NONCE,
        Value::Bytes(Cow::Borrowed(&h[20..36])),
    );
    need(h, 40)?;
    let size = le32(h, 36);
    l.uint(f::smb2::HEADER_TRANSFORM_MSG_SIZE, size);
    need(h, 42)?;
    l.push(
        f::smb2::HEADER_TRANSFORM_RESERVED,
        Value::Bytes(Cow::Borrowed(&h[40..42])),
    );
    need(h, 44)?;
    let flags = le16(h, 42);
    l.uint(f::smb2::HEADER_TRANSFORM_FLAGS, flags);
    l.boolean(f::smb2::HEADER_TRANSFORM_FLAGS_ENCRYPTED, flags & 1 != 0);
    need(h, 52)?;
    l.uint(f::smb2::SESID, le64(h, 44));
    let end = 52 + size as usize;
    need(h, end)?;
    l.push(
        f::smb2::HEADER_TRANSFORM_ENC_DATA,
        Value::Bytes(Cow::Borrowed(&h[52..end])),
    );
    Ok(())
}

/// tshark's Info for an SMB or SMB2 layer: each command's name, `Request`
/// or `Response`, and the error a response reports (`;` between the
/// commands of an SMB2 chain), with what the body adds (SMB: before the
/// error; SMB2: after it), kept by the parser in `osidump.smb.info` and
/// `osidump.smb2.info`.
pub fn info(out: &mut String, l: &Layer<'_>) {
    info_with(out, l, &[]);
}

/// [`info`] of `layers[i]`, with the NTLMSSP words of the security blob
/// an SMB session setup carries (its layers up to the next SMB message),
/// which tshark writes before the error.
fn info_at(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    let rest = &layers[i + 1..];
    let n = rest
        .iter()
        .position(|x| matches!(x.protocol, "smb" | "smb2"))
        .unwrap_or(rest.len());
    info_with(out, l, &rest[..n]);
}

fn info_with(out: &mut String, l: &Layer<'_>, after: &[Layer<'_>]) {
    use std::fmt::Write;
    if l.protocol == "smb" {
        let Some(cmd) = l.get_uint(f::smb::CMD) else {
            return;
        };
        match f::smb::CMD.value_name(cmd) {
            Some(n) => out.push_str(n),
            None => {
                let _ = write!(out, "Unknown (0x{cmd:02x})");
            }
        }
        let response = l.flag(f::smb::FLAGS_RESPONSE);
        out.push_str(if response { " Response" } else { " Request" });
        if let Some(t) = l.get_str(f::smb::OSIDUMP_INFO) {
            out.push_str(t);
        }
        // A session setup's NTLMSSP words come before the error.
        for (j, x) in after.iter().enumerate() {
            if x.protocol == "ntlmssp" {
                let mark = out.len();
                out.push_str(", ");
                let body = out.len();
                super::ntlmssp::info(out, after, j);
                if out.len() == body {
                    out.truncate(mark);
                }
            }
        }
        if let Some(st) = l.get_uint(f::smb::NT_STATUS)
            && st != 0
            && response
        {
            error(out, f::smb::NT_STATUS.value_name(st), st);
        }
        if let (Some(class), Some(code)) = (
            l.get_uint(f::smb::ERROR_CLASS),
            l.get_uint(f::smb::ERROR_CODE),
        ) && let Some(n) = dos_error(class, code)
        {
            error(out, Some(n), 0);
        }
        return;
    }
    if l.has(f::smb2::HEADER_TRANSFORM_NONCE) {
        out.push_str("Encrypted SMB3");
        return;
    }
    let cmds: Vec<u64> = l
        .all(f::smb2::CMD)
        .filter_map(|v| match v {
            Value::UInt(x) => Some(*x),
            _ => None,
        })
        .collect();
    let responses: Vec<bool> = l
        .all(f::smb2::FLAGS_RESPONSE)
        .map(|v| matches!(v, Value::Bool(true)))
        .collect();
    let mut statuses = l.all(f::smb2::NT_STATUS).filter_map(|v| match v {
        Value::UInt(x) => Some(*x),
        _ => None,
    });
    let mut details = l.all(f::smb2::OSIDUMP_INFO).map(|v| match v {
        Value::Str(s) => s.as_ref(),
        _ => "",
    });
    let start = out.len();
    for (i, cmd) in cmds.iter().enumerate() {
        let detail = details.next();
        // A detail that does not start with a blank is a whole column
        // (an oplock or lease break's name, `detail2::Part::Whole`).
        if let Some(d) = detail
            && !d.is_empty()
            && !d.starts_with(' ')
        {
            out.truncate(start);
            out.push_str(d);
            continue;
        }
        if i > 0 {
            out.push(';');
        }
        match f::smb2::CMD.value_name(*cmd) {
            Some(n) => out.push_str(n),
            None => {
                let _ = write!(out, "Unknown ({cmd})");
            }
        }
        let response = responses.get(i).copied().unwrap_or(false);
        out.push_str(if response { " Response" } else { " Request" });
        if response
            && let Some(st) = statuses.next()
            && st != 0
        {
            error(out, f::smb2::NT_STATUS.value_name(st), st);
        }
        if let Some(d) = detail {
            out.push_str(d);
        }
    }
}

/// A DOS error's name, for the server class tshark names (others are
/// left out of the Info here).
fn dos_error(class: u64, code: u64) -> Option<&'static str> {
    const ERRSRV: u64 = 2;
    if class != ERRSRV {
        return None;
    }
    Some(match code {
        1 => "Non specific error code",
        2 => "Bad password",
        3 => "Reserved",
        4 => "No permissions to perform the requested operation",
        5 => "TID invalid",
        6 => "Invalid servername",
        7 => "Invalid device",
        _ => return None,
    })
}

fn error(out: &mut String, name: Option<&str>, st: u64) {
    use std::fmt::Write;
    match name {
        Some(n) => {
            let _ = write!(out, ", Error: {n}");
        }
        None => {
            let _ = write!(out, ", Error: Unknown (0x{st:08x})");
        }
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "smb",
    also: &[],
    title: "SMB (Server Message Block Protocol)",
    osi: Osi::Application,
    fields: f::smb::ALL,
    summary,
    info: Some(info_at),
    column: None,
    app: None,
};

pub static SMB2_SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "smb2",
    also: &[],
    title: "SMB2 (Server Message Block Protocol version 2)",
    osi: Osi::Application,
    fields: f::smb2::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: None,
    app: None,
};

/// SMB Pipe's line and Info: the function, Request or Response, the FID.
pub fn pipe_summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::smb_pipe::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static PIPE_SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "smb_pipe",
    also: &[],
    title: "SMB Pipe Protocol",
    osi: Osi::Application,
    fields: f::smb_pipe::ALL,
    summary: pipe_summary,
    // The Info is the summary.
    info: None,
    column: Some(|_| "SMB Pipe"),
    app: None,
};
