//! SMB (version 1) command bodies, as far as tshark 4.0's Info column
//! shows them: the file a create or a path query names, the FID a command
//! works on, a read's or write's count and offset, a transaction's
//! subcommand and level of interest (FIND_FIRST2's file names at the
//! level Find File Both Directory Info), a tree connect's path, a
//! transaction response's later piece (`[transact continuation]`), and
//! where a session setup's security blob is (the caller hands it to
//! GSS-API or NTLMSSP, whose words come before the error). The fields
//! behind them (`smb.fid`, `smb.file`, `smb.path`, `smb.trans2.cmd`...)
//! are shown as tshark names them. Decoded whole: NT Create AndX (request
//! and response, the extended one too), a Tree Connect AndX response's
//! support bits, access masks, service and file system, FIND_FIRST2's
//! Both Directory Info entries and NT NOTIFY's entries; under every FID
//! an NT Create AndX opened, what the open asked (tshark's FID tree).
//! Negotiate Protocol, Session Setup AndX and Tree Connect AndX requests
//! are read by [`super::setup1`]. The rest of each body is not decoded,
//! nor the commands after the first of an AndX chain.
//!
//! A response names neither its FID nor its subcommand: tshark takes them
//! from the request with the same process and multiplex ids (and a
//! command that fits), which [`State`] remembers (a bounded number; the
//! oldest is forgotten first). [`State`] also keeps each connected tree's
//! path (shown as `smb.path` under every header naming the tree) and each
//! opened FID's file name (`smb.file` after the FID), as tshark does, and
//! which trees are IPC$ (their connect's service `IPC`): a read's or
//! write's data there, and a Trans to a named pipe (its function and FID
//! from the setup words, a response's from its request), are handed to
//! the pipe's DCE/RPC ([`PipeOut`]).
//!
//! Parsing ([`body`]) gives [`Part`]s; [`render`] writes them as tshark
//! does. Every count and offset is untrusted: a part past the captured
//! bytes is left out.

use super::Bounded;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use std::borrow::Cow;
use std::fmt::Write;

/// Requests awaiting their response, a conversation.
const MAX_PENDING: usize = 256;

const CLOSE: u8 = 0x04;
const TRANSACTION: u8 = 0x25;
const TRANSACTION_SECONDARY: u8 = 0x26;
const LOCKING_ANDX: u8 = 0x24;
const READ_ANDX: u8 = 0x2e;
const WRITE_ANDX: u8 = 0x2f;
const TRANSACTION2: u8 = 0x32;
const TRANSACTION2_SECONDARY: u8 = 0x33;
const TREE_CONNECT_ANDX: u8 = 0x75;
const NT_TRANSACT: u8 = 0xa0;
const NT_TRANSACT_SECONDARY: u8 = 0xa1;
const NT_CREATE_ANDX: u8 = 0xa2;
const NT_CANCEL: u8 = 0xa4;
const SESSION_SETUP_ANDX: u8 = 0x73;
const NEGOTIATE: u8 = 0x72;

const FIND_FIRST2: u16 = 0x01;
const QUERY_FS_INFO: u16 = 0x03;
const QUERY_PATH_INFO: u16 = 0x05;
const QUERY_FILE_INFO: u16 = 0x07;
const SET_FILE_INFO: u16 = 0x08;
const NT_NOTIFY: u16 = 4;

/// What a request leaves for its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Req {
    cmd: u8,
    /// The FID it works on (tshark shows a nonzero one in the response).
    fid: u16,
    /// A transaction's subcommand or an NT transaction's function.
    sub: Option<u16>,
    /// The level of interest of a query (QUERY_PATH_INFO, QUERY_FILE_INFO,
    /// QUERY_FS_INFO) or of FIND_FIRST2 (how its response lists files).
    level: u16,
    /// Its tree is an IPC$ share (its connect's service was `IPC`):
    /// tshark hands a read's or write's data on it to DCE/RPC.
    ipc: bool,
    /// A Trans request to a named pipe (`\PIPE\`): its function, when
    /// it had setup words (tshark's `tri->function`).
    pipe: Option<Option<u16>>,
    /// An NT Create AndX request's parameters, for the FID it opens.
    open: Option<OpenParams>,
    /// A Read AndX or Write AndX request's file offset and length, which
    /// tshark shows again in the response.
    rw: Option<(u64, u32)>,
    /// A Locking AndX request's words and first ranges, which tshark
    /// shows again in the response.
    lock: Option<LockReq>,
    /// Its frame and capture time (ns), for the response's
    /// `smb.response_to` and `smb.time`.
    pub frame: u64,
    pub time: i128,
}

/// Lock or unlock ranges a Locking AndX response repeats at most.
const KEPT_RANGES: usize = 4;

/// What a Locking AndX request asked: its lock type, oplock level and
/// counts, and (large-file format) its first ranges: process id, offset,
/// length, unlocks first as on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LockReq {
    kind: u8,
    oplock: u8,
    unlocks: u16,
    locks: u16,
    kept: usize,
    ranges: [(u16, u64, u64); KEPT_RANGES],
}

/// A lock type byte and its bits.
fn lock_type(kind: u8, l: &mut Layer<'_>) {
    use f::smb as s;
    l.uint(s::LOCK_TYPE, kind);
    super::body::bits(
        l,
        u64::from(kind),
        &[
            s::LOCK_TYPE_LARGE,
            s::LOCK_TYPE_CANCEL,
            s::LOCK_TYPE_CHANGE,
            s::LOCK_TYPE_OPLOCK_RELEASE,
            s::LOCK_TYPE_SHARED,
        ],
    );
}

/// A Locking AndX request's words after the FID (block words at `w`,
/// ranges at `bytes`): lock type, oplock level, timeout, counts, then each
/// unlock and lock range (large-file format: process id, 64-bit offset
/// and length; otherwise process id, 32-bit offset and count).
fn locking_request(b: &[u8], w: usize, bytes: usize, l: &mut Layer<'_>) -> Option<LockReq> {
    use f::smb as s;
    let kind = u8_at(b, w + 6)?;
    lock_type(kind, l);
    let oplock = u8_at(b, w + 7)?;
    l.uint(s::LOCKING_OPLOCK_LEVEL, oplock);
    l.uint(s::TIMEOUT, u32_at(b, w + 8)?);
    let unlocks = u16_at(b, w + 12)?;
    l.uint(s::LOCKING_NUM_UNLOCKS, unlocks);
    let locks = u16_at(b, w + 14)?;
    l.uint(s::LOCKING_NUM_LOCKS, locks);
    let mut req = LockReq {
        kind,
        oplock,
        unlocks,
        locks,
        kept: 0,
        ranges: [(0, 0, 0); KEPT_RANGES],
    };
    let large = kind & 0x10 != 0;
    let mut at = bytes;
    for _ in 0..(usize::from(unlocks) + usize::from(locks)).min(MAX_ENTRIES) {
        if large {
            let pid = u16_at(b, at)?;
            l.uint(s::PID, pid);
            let off = (u64::from(u32_at(b, at + 4)?) << 32) | u64::from(u32_at(b, at + 8)?);
            l.uint(s::LOCK_OFFSET, off);
            let len = (u64::from(u32_at(b, at + 12)?) << 32) | u64::from(u32_at(b, at + 16)?);
            l.uint(s::LOCK_LENGTH, len);
            if req.kept < KEPT_RANGES {
                req.ranges[req.kept] = (pid, off, len);
                req.kept += 1;
            }
            at += 20;
        } else {
            l.uint(s::PID, u16_at(b, at)?);
            l.uint(s::OFFSET, u32_at(b, at + 2)?);
            l.uint(s::COUNT, u32_at(b, at + 6)?);
            at += 10;
        }
    }
    Some(req)
}

/// What a Locking AndX response repeats of its request: the words, then
/// (large-file format) the lock ranges and the unlock ranges.
fn locking_response(r: &LockReq, l: &mut Layer<'_>) {
    use f::smb as s;
    lock_type(r.kind, l);
    l.uint(s::LOCKING_OPLOCK_LEVEL, r.oplock);
    l.uint(s::LOCKING_NUM_UNLOCKS, r.unlocks);
    l.uint(s::LOCKING_NUM_LOCKS, r.locks);
    let split = usize::from(r.unlocks).min(r.kept);
    let kept = &r.ranges[..r.kept];
    for &(pid, off, len) in kept[split..].iter().chain(&kept[..split]) {
        l.uint(s::PID, pid);
        l.uint(s::LOCK_OFFSET, off);
        l.uint(s::LOCK_LENGTH, len);
    }
}

/// What an NT Create AndX request asked of the file it opens: tshark
/// shows them again under the FID wherever a message names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct OpenParams {
    create_flags: u32,
    access_mask: u32,
    file_attributes: u32,
    share_access: u32,
    create_options: u32,
    disposition: u32,
}

/// A file opened: its name and, when an NT Create AndX opened it, what
/// the request asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FileOpen {
    pub name: String,
    pub params: Option<OpenParams>,
}

/// Pipe data an SMB message carries for DCE/RPC (tshark's
/// `dissect_pipe_dcerpc`): where it is in the message, the pipe's FID,
/// and whether the server sent it (pieces are reassembled by FID and
/// direction).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PipeData {
    pub off: usize,
    pub len: usize,
    pub fid: u16,
    pub response: bool,
}

/// What a Trans to a named pipe shows in its `smb_pipe` item: the
/// function (from the setup words, or the request's for a response) and
/// the FID it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PipeItem {
    pub function: Option<u16>,
    pub fid: Option<u16>,
    /// The FID's file, when its open was seen.
    pub file: Option<FileOpen>,
    pub response: bool,
}

/// The pipe functions whose second setup word is a FID.
const fn names_fid(function: u16) -> bool {
    matches!(function, 0x21 | 0x22 | 0x23 | 0x01 | 0x26 | 0x11 | 0x31)
}

/// TransactNmPipe and CallNamedPipe carry DCE/RPC on a pipe that is not
/// LANMAN's.
const fn carries_rpc(function: u16) -> bool {
    matches!(function, 0x26 | 0x54)
}

/// A conversation's SMB requests awaiting their response, by process and
/// multiplex id.
#[derive(Default)]
pub struct State {
    pending: Bounded<(u16, u16), Req>,
    /// The last Trans, Trans2 and NT Trans request of each process and
    /// multiplex id, and its name (tshark's `primaries`): a transaction's
    /// secondary requests and later responses are matched to it after
    /// its first response.
    primaries: Bounded<(u16, u16), (Req, Option<String>)>,
    /// The name a pending request carries (a tree connect's path, a
    /// create's or path query's file), by the same ids.
    names: Bounded<(u16, u16), String>,
    /// Trees connected: tree id → path, when the connect request was seen
    /// (tshark's `smb.path` under every header that names the tree).
    trees: Bounded<u16, Option<String>>,
    /// Trees whose connect's service was `IPC` (tshark's `TID_IPC`).
    ipc: Bounded<u16, ()>,
    /// Files opened: (tree id, FID) → name (tshark's `smb.file` under
    /// every FID; a FID opened again is renamed).
    fids: Bounded<(u16, u16), FileOpen>,
    /// The Negotiate Protocol response chose extended security without a
    /// security blob: raw NTLMSSP is in use (tshark's `raw_ntlmssp`), and
    /// a session setup's bare NTLMSSP goes to NTLMSSP rather than GSS-API.
    raw_ntlmssp: bool,
}

/// Names kept at most, a conversation (oldest forgotten first).
const MAX_TREES: usize = 256;
const MAX_FIDS: usize = 1024;

impl State {
    pub fn heap_bytes(&self) -> usize {
        let strings = |b: &Bounded<_, String>| b.values().map(|v| v.capacity() + 24).sum::<usize>();
        self.pending.len() * std::mem::size_of::<((u16, u16), Req)>()
            + strings(&self.names)
            + self
                .trees
                .values()
                .map(|v| v.as_ref().map_or(0, String::capacity) + 32)
                .sum::<usize>()
            + self
                .fids
                .values()
                .map(|v| v.name.capacity() + std::mem::size_of::<FileOpen>())
                .sum::<usize>()
            + self.ipc.len() * 4
            + self
                .primaries
                .values()
                .map(|(_, n)| {
                    std::mem::size_of::<((u16, u16), Req)>()
                        + n.as_ref().map_or(0, String::capacity)
                })
                .sum::<usize>()
    }

    /// The path tshark shows under tree id `tid`: that of the connected
    /// tree with the greatest id not above `tid` (packet-smb.c looks the
    /// tree up with `wmem_tree_lookup32_le`, so a request still on TID
    /// 0xffff shows the last tree connected), when its request was seen.
    pub(super) fn tree(&self, tid: u16) -> Option<&str> {
        self.trees
            .iter()
            .filter(|(k, _)| **k <= tid)
            .max_by_key(|(k, _)| *k)
            .and_then(|(_, v)| v.as_deref())
    }
}

/// A FID into `l` and the Info parts, with its file's name when known
/// and what the NT Create AndX that opened it asked (tshark's FID tree).
fn show_fid(st: &State, tid: u16, fid: u16, l: &mut Layer<'_>, parts: &mut Vec<Part>) {
    l.uint(f::smb::FID, fid);
    parts.push(Part::Fid(fid));
    if let Some(open) = st.fids.get(&(tid, fid)) {
        l.str(f::smb::FILE, open.name.clone());
        if let Some(p) = &open.params {
            open_params(p, l);
        }
    }
}

/// An open's parameters under its FID, in tshark's order.
pub(super) fn open_params(p: &OpenParams, l: &mut Layer<'_>) {
    create_flags(p.create_flags, l);
    super::body::access_mask_value(p.access_mask, l);
    file_attributes32(p.file_attributes, l);
    super::body::share_access(p.share_access, l);
    super::body::create_options(p.create_options, l);
    l.uint(f::smb::CREATE_DISPOSITION, p.disposition);
}

fn create_flags(v: u32, l: &mut Layer<'_>) {
    use f::smb as s;
    l.uint(s::CREATE_FLAGS, v);
    let defs = [
        s::NT_CREATE_OPLOCK,
        s::NT_CREATE_BATCH_OPLOCK,
        s::NT_CREATE_DIR,
        s::NT_CREATE_EXT,
    ];
    super::body::bits(l, u64::from(v), &defs);
}

/// 32-bit file attributes (packet-smb.c's `dissect_file_ext_attr`).
pub(super) fn file_attributes32(v: u32, l: &mut Layer<'_>) {
    use f::smb as s;
    l.uint(s::FILE_ATTRIBUTE_32, v);
    let defs = [
        s::FILE_ATTRIBUTE_READ_ONLY_32,
        s::FILE_ATTRIBUTE_HIDDEN_32,
        s::FILE_ATTRIBUTE_SYSTEM_32,
        s::FILE_ATTRIBUTE_VOLUME_32,
        s::FILE_ATTRIBUTE_DIRECTORY_32,
        s::FILE_ATTRIBUTE_ARCHIVE_32,
        s::FILE_ATTRIBUTE_DEVICE,
        s::FILE_ATTRIBUTE_NORMAL,
        s::FILE_ATTRIBUTE_TEMPORARY,
        s::FILE_ATTRIBUTE_SPARSE,
        s::FILE_ATTRIBUTE_REPARSE,
        s::FILE_ATTRIBUTE_COMPRESSED,
        s::FILE_ATTRIBUTE_OFFLINE,
        s::FILE_ATTRIBUTE_NOT_CONTENT_INDEXED,
        s::FILE_ATTRIBUTE_ENCRYPTED,
    ];
    super::body::bits(l, u64::from(v), &defs);
}

/// A file's four NT times from `at`: creation, last access, last write,
/// last change.
fn nt_times(b: &[u8], at: usize, l: &mut Layer<'_>) -> Option<()> {
    use f::smb as s;
    let defs = [
        s::CREATE_TIME,
        s::ACCESS_TIME,
        s::LAST_WRITE_TIME,
        s::CHANGE_TIME,
    ];
    for (k, def) in defs.into_iter().enumerate() {
        nt_time_at(b, at + 8 * k, def, l)?;
    }
    Some(())
}

/// Eight bytes of an NT time at `at`.
fn nt_time_at(
    b: &[u8],
    at: usize,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'_>,
) -> Option<()> {
    let t = u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?);
    l.push(
        def,
        crate::dissect::layer::Value::Time(super::super::ntlmssp::nt_time(t)),
    );
    Some(())
}

/// One piece of a command's Info text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Part {
    /// `, FID: 0x4001`
    Fid(u16),
    /// `, Path: \x` (the file or share path)
    Path(String),
    /// `, 4096 bytes at offset 0` (no offset: a response's count)
    Count(u32, Option<u64>),
    /// `, QUERY_FILE_INFO` (a subcommand, function or level's name)
    Name(String),
    /// `, Pattern: \*`
    Pattern(String),
    /// ` (secondary request)`
    Secondary,
    /// `, Files: . .. a.txt` (FIND_FIRST2's names)
    Files(Vec<String>),
    /// `[transact continuation]` (a transaction response's later piece)
    Continuation,
    /// `<unknown>`: a Trans2 response whose request was not seen (tshark
    /// writes no separator before it)
    Unknown,
    /// `, User: DOMAIN\account` (a session setup without extended
    /// security; `anonymous` when both are empty)
    User(String),
}

/// Where a transaction response's piece falls in the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Piece {
    /// More pieces follow (its parameters or data end short of the
    /// totals).
    pub more: bool,
    /// Not the first piece (its parameters or data start past 0), or
    /// one with neither: tshark has nothing to decode and calls it a
    /// continuation.
    pub later: bool,
}

/// A Trans, Trans2 or NT Trans response's piece, from its words (block at
/// `at`); `None` for other commands or a block too short.
pub(super) fn transaction_piece(b: &[u8], at: usize, cmd: u8) -> Option<Piece> {
    let wct = usize::from(u8_at(b, at)?);
    let w = at + 1;
    let (tp, td, pc, pd, dc, dd) = match cmd {
        TRANSACTION | TRANSACTION2 if wct >= 10 => {
            let v = |o| u16_at(b, w + o).map(u32::from);
            (v(0)?, v(2)?, v(6)?, v(10)?, v(12)?, v(16)?)
        }
        NT_TRANSACT if wct >= 18 => {
            let v = |o| u32_at(b, w + o);
            (v(3)?, v(7)?, v(11)?, v(19)?, v(23)?, v(31)?)
        }
        _ => return None,
    };
    Some(Piece {
        more: u64::from(pd) + u64::from(pc) < u64::from(tp)
            || u64::from(dd) + u64::from(dc) < u64::from(td),
        later: pd > 0 || dd > 0 || (pc == 0 && dc == 0),
    })
}

/// The words of a Trans or Trans2 message (block at `at`) before its
/// setup words, as packet-smb.c's `dissect_transaction_request` and
/// `_response` show them: a request's counts, maximums, flags, timeout
/// and offsets; a response's (and a secondary request's, told by its word
/// count) counts, offsets and displacements. Reserved bytes are stepped
/// over (`smb.reserved` is not registered). Nothing for other commands,
/// an empty block, or one with fewer words than its form has.
pub(super) fn transaction_words(
    b: &[u8],
    at: usize,
    cmd: u8,
    response: bool,
    l: &mut Layer<'_>,
) -> Option<()> {
    use f::smb as s;
    let wct = u8_at(b, at)?;
    let w = at + 1;
    if matches!(cmd, NT_TRANSACT | NT_TRANSACT_SECONDARY) {
        return nt_transaction_words(b, w, wct, cmd, response, l);
    }
    if !matches!(
        cmd,
        TRANSACTION | TRANSACTION_SECONDARY | TRANSACTION2 | TRANSACTION2_SECONDARY
    ) {
        return Some(());
    }
    let word = |o: usize| u16_at(b, w + o);
    let secondary = !response && (wct == 8 || (wct == 9 && cmd == TRANSACTION2_SECONDARY));
    if response || secondary {
        if wct < if response { 10 } else { 8 } {
            return Some(());
        }
        // A response has two reserved bytes after the totals.
        let skip = if response { 2 } else { 0 };
        l.uint(s::TPC, word(0)?);
        l.uint(s::TDC, word(2)?);
        for (o, def) in [
            (4, s::PC),
            (6, s::PO),
            (8, s::PD),
            (10, s::DC),
            (12, s::DATA_OFFSET),
            (14, s::DATA_DISP),
        ] {
            l.uint(def, word(skip + o)?);
        }
        if response {
            l.uint(s::SC, u8_at(b, w + 18)?);
        }
        return Some(());
    }
    if wct < 14 {
        return Some(());
    }
    l.uint(s::TPC, word(0)?);
    l.uint(s::TDC, word(2)?);
    l.uint(s::MPC, word(4)?);
    l.uint(s::MDC, word(6)?);
    l.uint(s::MSC, u8_at(b, w + 8)?);
    let flags = word(10)?;
    l.uint(s::TRANSACTION_FLAGS, flags);
    l.boolean(s::TRANSACTION_FLAGS_OWT, flags & 0x2 != 0);
    l.boolean(s::TRANSACTION_FLAGS_DTID, flags & 0x1 != 0);
    l.uint(s::TIMEOUT, u32_at(b, w + 12)?);
    l.uint(s::PC, word(18)?);
    l.uint(s::PO, word(20)?);
    l.uint(s::DC, word(22)?);
    l.uint(s::DATA_OFFSET, word(24)?);
    l.uint(s::SC, u8_at(b, w + 26)?);
    Some(())
}

/// An NT Trans message's words (from `w`), as `transaction_words`: the
/// same fields, 32 bits wide, after three reserved bytes (a request: the
/// maximum setup count, two reserved bytes).
fn nt_transaction_words(
    b: &[u8],
    w: usize,
    wct: u8,
    cmd: u8,
    response: bool,
    l: &mut Layer<'_>,
) -> Option<()> {
    use f::smb as s;
    let dword = |o: usize| u32_at(b, w + o);
    if cmd == NT_TRANSACT && !response {
        if wct < 19 {
            return Some(());
        }
        l.uint(s::MSC, u8_at(b, w)?);
        for (o, def) in [
            (3, s::TPC),
            (7, s::TDC),
            (11, s::MPC),
            (15, s::MDC),
            (19, s::PC),
            (23, s::PO),
            (27, s::DC),
            (31, s::DATA_OFFSET),
        ] {
            l.uint(def, dword(o)?);
        }
        l.uint(s::SC, u8_at(b, w + 35)?);
        return Some(());
    }
    if wct < 18 {
        return Some(());
    }
    for (o, def) in [
        (3, s::TPC),
        (7, s::TDC),
        (11, s::PC),
        (15, s::PO),
        (19, s::PD),
        (23, s::DC),
        (27, s::DATA_OFFSET),
        (31, s::DATA_DISP),
    ] {
        l.uint(def, dword(o)?);
    }
    if response {
        l.uint(s::SC, u8_at(b, w + 35)?);
    }
    Some(())
}

/// What follows a transaction message's byte count (its bytes start at
/// `bytes`, `bc` of them), as packet-smb.c shows it: a Trans request's
/// name, then the padding up to the parameters, the parameters, the
/// padding up to the data (each as far as the byte count goes). A Trans
/// or Trans2 secondary request's parameters count as padding there (what
/// tshark shows); an NT Trans secondary request shows none.
#[allow(clippy::too_many_arguments)]
pub(super) fn transaction_bytes<'a>(
    b: &'a [u8],
    at: usize,
    cmd: u8,
    response: bool,
    unicode: bool,
    bytes: usize,
    bc: usize,
    l: &mut Layer<'a>,
) -> Option<()> {
    use f::smb as s;
    let wct = u8_at(b, at)?;
    let w = at + 1;
    let word = |o: usize| u16_at(b, w + o).map(usize::from);
    let dword = |o: usize| u32_at(b, w + o).map(|v| v as usize);
    // Parameter offset, parameter count, data offset.
    let (po, pc, od) = match (cmd, response) {
        (TRANSACTION | TRANSACTION2, true) if wct >= 10 => (word(8)?, word(6)?, word(14)?),
        (TRANSACTION | TRANSACTION2, false) if wct >= 14 => (word(20)?, word(18)?, word(24)?),
        (TRANSACTION_SECONDARY | TRANSACTION2_SECONDARY, false)
            if wct == 8 || (wct == 9 && cmd == TRANSACTION2_SECONDARY) =>
        {
            (word(6)?, 0, word(12)?)
        }
        (NT_TRANSACT, true) if wct >= 18 => (dword(15)?, dword(11)?, dword(27)?),
        (NT_TRANSACT, false) if wct >= 19 => (dword(23)?, dword(19)?, dword(31)?),
        _ => return Some(()),
    };
    // An NT Trans response's later piece (a displacement past 0) is not
    // dissected past its byte count (tshark does not reassemble NT Trans;
    // a Trans or Trans2 piece shows its padding all the same).
    if cmd == NT_TRANSACT && response && (dword(19)? > 0 || dword(31)? > 0) {
        return Some(());
    }
    let mut at = bytes;
    let mut left = bc;
    if cmd == TRANSACTION && !response {
        let end = name_end(b, at, bytes + bc, unicode)?;
        l.str(s::TRANS_NAME, string(b, at, end, unicode)?);
        left = left.saturating_sub(end - at);
        at = end;
    }
    // Padding before the parameters, the parameters, padding before the
    // data.
    for (to, then) in [(po, pc), (od, 0)] {
        if to > at {
            let n = (to - at).min(left);
            if n > 0 {
                l.push(s::PADDING, Value::Bytes(Cow::Borrowed(b.get(at..at + n)?)));
            }
            at += n;
            left -= n;
        }
        if then > left {
            return Some(());
        }
        at += then;
        left -= then;
    }
    Some(())
}

/// Where a NUL-terminated name starting at `at` ends (past its NUL; a
/// Unicode name starts on an even offset), within `end`.
fn name_end(b: &[u8], mut at: usize, end: usize, unicode: bool) -> Option<usize> {
    let end = end.min(b.len());
    if unicode {
        if at % 2 == 1 {
            at += 1;
        }
        let s = b.get(at..end.max(at))?;
        let units = s.chunks_exact(2).position(|c| c == [0, 0])?;
        Some(at + 2 * units + 2)
    } else {
        let s = b.get(at..end.max(at))?;
        Some(at + s.iter().position(|&c| c == 0)? + 1)
    }
}

/// The Info text of `parts`, as tshark appends it after the command.
pub(super) fn render(parts: &[Part]) -> String {
    let mut out = String::new();
    for p in parts {
        let _ = match p {
            Part::Fid(fid) => write!(out, ", FID: 0x{fid:04x}"),
            Part::Path(s) => write!(out, ", Path: {s}"),
            Part::Count(n, at) => {
                let s = if *n == 1 { "" } else { "s" };
                match at {
                    Some(at) => write!(out, ", {n} byte{s} at offset {at}"),
                    None => write!(out, ", {n} byte{s}"),
                }
            }
            Part::Name(s) => write!(out, ", {s}"),
            Part::Pattern(s) => write!(out, ", Pattern: {s}"),
            Part::Secondary => write!(out, " (secondary request)"),
            Part::Continuation => write!(out, "[transact continuation]"),
            Part::Unknown => write!(out, "<unknown>"),
            Part::User(s) => write!(out, ", User: {s}"),
            Part::Files(names) => {
                out.push_str(", Files:");
                for n in names {
                    out.push(' ');
                    out.push_str(n);
                }
                Ok(())
            }
        };
    }
    out
}

fn u8_at(b: &[u8], at: usize) -> Option<u8> {
    b.get(at).copied()
}

pub(super) fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// A file information level's data (a Trans2 query's answer, a set's
/// request), `at` to `end` in `b`, for the pass-through levels packet-smb.c
/// reads as such: FileBasicInformation (1004), FileStandardInformation
/// (1005), FileInternalInformation (1006), FileEaInformation (1007).
/// Other levels are not read.
fn level_data(b: &[u8], at: usize, end: usize, level: u16, l: &mut Layer<'_>) -> Option<()> {
    use f::smb as s;
    let end = end.min(b.len());
    let need = |n: usize| (at + n <= end).then_some(());
    match level {
        1004 => {
            need(36)?;
            nt_times(b, at, l)?;
            file_attributes32(u32_at(b, at + 32)?, l);
        }
        1005 => {
            need(22)?;
            l.uint(s::ALLOC_SIZE64, u64_at(b, at)?);
            l.uint(s::END_OF_FILE, u64_at(b, at + 8)?);
            l.uint(s::LINK_COUNT, u32_at(b, at + 16)?);
            l.uint(s::DELETE_PENDING, u8_at(b, at + 20)?);
            l.uint(s::IS_DIRECTORY, u8_at(b, at + 21)?);
        }
        1006 => {
            need(8)?;
            l.uint(s::INDEX_NUMBER, u64_at(b, at)?);
        }
        1007 => {
            need(4)?;
            l.uint(s::EA_LIST_LENGTH, u32_at(b, at)?);
        }
        _ => {}
    }
    Some(())
}

/// An NT NOTIFY response's entries (its parameters, `at` to `end`): each
/// one's offset to the next, action and UTF-16 file name.
fn notify_entries(b: &[u8], mut at: usize, end: usize, l: &mut Layer<'_>) -> Option<()> {
    use f::smb as s;
    let end = end.min(b.len());
    for _ in 0..MAX_ENTRIES {
        if at + 12 > end {
            break;
        }
        let next = u32_at(b, at)? as usize;
        l.uint(s::NEXT_ENTRY_OFFSET, next as u64);
        l.uint(s::NT_NOTIFY_ACTION, u32_at(b, at + 4)?);
        let len = u32_at(b, at + 8)? as usize;
        l.uint(s::FILE_NAME_LEN, len as u64);
        let name_end = (at + 12).checked_add(len)?;
        l.str(s::FILE, string(b, at + 12, name_end.min(end), true)?);
        if next == 0 {
            break;
        }
        at = at.checked_add(next)?;
    }
    Some(())
}

/// A Find File Both Directory Info entry at `at`, its fields before the
/// name (all inside the entry: its name's end was checked).
fn entry_fields(b: &[u8], at: usize, unicode: bool, l: &mut Layer<'_>) -> Option<()> {
    use f::smb as s;
    l.uint(s::NEXT_ENTRY_OFFSET, u32_at(b, at)?);
    l.uint(s::FILE_INDEX, u32_at(b, at + 4)?);
    nt_times(b, at + 8, l)?;
    l.uint(s::END_OF_FILE, u64_at(b, at + 40)?);
    l.uint(s::ALLOC_SIZE64, u64_at(b, at + 48)?);
    file_attributes32(u32_at(b, at + 56)?, l);
    l.uint(s::FILE_NAME_LEN, u32_at(b, at + 60)?);
    l.uint(s::EA_LIST_LENGTH, u32_at(b, at + 64)?);
    l.uint(s::SHORT_FILE_NAME_LEN, u8_at(b, at + 68)?);
    // The short name's 24 bytes, read as a string up to its NUL.
    l.str(s::SHORT_FILE, string(b, at + 70, at + 94, unicode)?);
    Some(())
}

/// A Tree Connect AndX response after its AndX word (`w`: its first word;
/// its bytes from `bytes` to `end`): the optional support bits, the
/// maximal share access rights of the user and of a guest (seven words),
/// the service and the native file system.
fn tree_connect_response(
    b: &[u8],
    w: usize,
    wct: usize,
    bytes: usize,
    end: usize,
    unicode: bool,
    l: &mut Layer<'_>,
) -> Option<()> {
    use f::smb as s;
    if wct >= 3 {
        let v = u16_at(b, w + 4)?;
        l.uint(s::CONNECT_SUPPORT, v);
        l.boolean(s::CONNECT_SUPPORT_SEARCH, v & 0x1 != 0);
        l.boolean(s::CONNECT_SUPPORT_DFS, v & 0x2 != 0);
        l.uint(s::CONNECT_SUPPORT_CSCMASK, (v & 0xc) >> 2);
        l.boolean(s::CONNECT_SUPPORT_UNIQFILENAME, v & 0x10 != 0);
        l.boolean(s::CONNECT_SUPPORT_EXTENDEDSIG, v & 0x20 != 0);
    }
    if wct == 7 {
        super::body::access_mask_value(u32_at(b, w + 6)?, l);
        super::body::access_mask_value(u32_at(b, w + 10)?, l);
    }
    // The service: ASCII always, up to its NUL.
    let rest = b.get(bytes..end)?;
    let nul = rest.iter().position(|&c| c == 0)?;
    l.str(
        s::SERVICE,
        crate::dissect::wire::ascii(&rest[..nul]).into_owned(),
    );
    let mut at = bytes + nul + 1;
    if unicode && at % 2 == 1 {
        at += 1;
    }
    if at < end {
        l.str(s::NATIVE_FS, string(b, at, end, unicode)?);
    }
    Some(())
}

/// An NT Create AndX response's words after the FID (`w`: its first
/// word), as packet-smb.c reads them: a word count of 42 is the extended
/// response, 50 words long (the count is Windows' own mistake).
fn nt_create_response(b: &[u8], w: usize, wct: usize, l: &mut Layer<'_>) -> Option<()> {
    use f::smb as s;
    l.uint(s::CREATE_ACTION, u32_at(b, w + 7)?);
    nt_times(b, w + 11, l)?;
    file_attributes32(u32_at(b, w + 43)?, l);
    l.uint(s::ALLOC_SIZE64, u64_at(b, w + 47)?);
    l.uint(s::END_OF_FILE, u64_at(b, w + 55)?);
    l.uint(s::FILE_TYPE, u16_at(b, w + 63)?);
    let ipc = u16_at(b, w + 65)?;
    l.uint(s::IPC_STATE, ipc);
    l.boolean(s::IPC_STATE_NONBLOCKING, ipc & 0x8000 != 0);
    l.uint(s::IPC_STATE_ENDPOINT, (ipc & 0x4000) >> 14);
    l.uint(s::IPC_STATE_PIPE_TYPE, (ipc & 0x0c00) >> 10);
    l.uint(s::IPC_STATE_READ_MODE, (ipc & 0x0300) >> 8);
    l.uint(s::IPC_STATE_ICOUNT, ipc & 0xff);
    l.uint(s::IS_DIRECTORY, u8_at(b, w + 67)?);
    if wct == 42 {
        let guid = b.get(w + 68..w + 84)?;
        // Big-endian here (packet-smb.c's ENC_BIG_ENDIAN), unlike SMB2's.
        let h = |r: std::ops::Range<usize>| {
            guid[r].iter().fold(String::new(), |mut o, x| {
                let _ = write!(o, "{x:02x}");
                o
            })
        };
        l.str(
            s::VOLUME_GUID,
            format!(
                "{}-{}-{}-{}-{}",
                h(0..4),
                h(4..6),
                h(6..8),
                h(8..10),
                h(10..16)
            ),
        );
        l.uint(s::CREATE_FILE_ID_64B, u64_at(b, w + 84)?);
        super::body::access_mask_value(u32_at(b, w + 92)?, l);
        super::body::access_mask_value(u32_at(b, w + 96)?, l);
    }
    Some(())
}

pub(super) fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// A string at `at` in the SMB message `b`, ending at a NUL or at `end`:
/// UTF-16LE (from an even offset: a pad byte is skipped; read as
/// packet-smb.c reads it, [`super::setup1::unicode_to_str`]) or ASCII.
fn string(b: &[u8], mut at: usize, end: usize, unicode: bool) -> Option<String> {
    let end = end.min(b.len());
    if unicode {
        if at % 2 == 1 {
            at += 1;
        }
        b.get(at..end.max(at))?;
        let count = u16::try_from(end.saturating_sub(at)).unwrap_or(u16::MAX);
        super::setup1::unicode_to_str(b, at, count).map(|(s, _)| s)
    } else {
        let s = b.get(at..end.max(at))?;
        Some(crate::dissect::wire::ascii(s).into_owned())
    }
}

/// A name as tshark writes it in the Info column.
fn shown(s: &str) -> String {
    crate::dissect::expert::format_text(s.as_bytes())
}

fn name_of(def: &'static crate::dissect::field::FieldDef, v: u16, unknown: &str) -> String {
    match def.value_name(u64::from(v)) {
        Some(n) => n.to_string(),
        None => unknown.replace("{}", &format!("{v:x}")),
    }
}

/// The block at `at` of SMB message `b` (its word count there) for
/// command `cmd`: its fields into `l`, its Info parts into `parts`; for a
/// request, what its response will need (kept by the caller), for a
/// response, `req` is its request's.
#[allow(clippy::too_many_arguments)]
pub(super) fn body<'a>(
    b: &'a [u8],
    at: usize,
    cmd: u8,
    response: bool,
    unicode: bool,
    req: Option<(Req, Option<String>)>,
    st: &mut State,
    tid: u16,
    l: &mut Layer<'a>,
    parts: &mut Vec<Part>,
    pipe: &mut PipeOut,
) -> Option<(Req, Option<String>)> {
    u8_at(b, at)?;
    let mut ask = Req {
        cmd,
        fid: 0,
        sub: None,
        level: 0,
        ipc: st.ipc.get(&tid).is_some(),
        pipe: None,
        open: None,
        rw: None,
        lock: None,
        frame: 0,
        time: 0,
    };
    let mut name = None;
    let (req, req_name) = match req {
        Some((r, n)) => (Some(r), n),
        None => (None, None),
    };
    let mut cx = Cx {
        st,
        tid,
        req,
        req_name,
        name: &mut name,
        pipe,
    };
    // A part cut short ends the parts; the request is kept all the same.
    let _ = fill(b, at, cmd, response, unicode, &mut cx, &mut ask, l, parts);
    Some((ask, name))
}

/// What a block's decoding reads and updates besides its bytes.
struct Cx<'s> {
    st: &'s mut State,
    tid: u16,
    /// The request a response answers, and the name it carried.
    req: Option<Req>,
    req_name: Option<String>,
    /// The name a request carries, for its response.
    name: &'s mut Option<String>,
    /// What the message carries to a named pipe.
    pipe: &'s mut PipeOut,
}

/// What an SMB message carries to a named pipe: the `smb_pipe` item of a
/// Trans, and data for DCE/RPC.
#[derive(Debug, Default)]
pub(super) struct PipeOut {
    pub item: Option<PipeItem>,
    pub data: Option<PipeData>,
}

/// Where a read's or write's data is, as packet-smb.c's
/// `dissect_file_data` and `dissect_file_data_dcerpc` cut it: the byte
/// count's bytes (from `bytes`), less the padding before the data when the
/// count exceeds the data length. `(offset, length)`.
fn data_span(bytes: usize, bc: usize, datalen: u16) -> (usize, usize) {
    let datalen = usize::from(datalen);
    if bc > datalen {
        (bytes + bc - datalen, datalen)
    } else {
        (bytes, bc)
    }
}

/// Read or write data on an IPC$ tree, for DCE/RPC ([`data_span`]).
fn pipe_rw(
    bytes: usize,
    bcc: Option<usize>,
    datalen: u16,
    fid: u16,
    response: bool,
) -> Option<PipeData> {
    let (off, len) = data_span(bytes, bcc?, datalen);
    (len > 0).then_some(PipeData {
        off,
        len,
        fid,
        response,
    })
}

/// A read's or write's file offset and length (tshark's generated items,
/// in the request and again in its response).
fn rw_span(offset: u64, len: u32, l: &mut Layer<'_>) {
    l.uint(f::smb::FILE_RW_OFFSET, offset);
    l.uint(f::smb::FILE_RW_LENGTH, len);
}

/// A read's or write's padding ([`data_span`]), then its file data (as
/// much as was captured; not when `data` is false: a pipe's goes to
/// DCE/RPC).
fn file_data<'a>(
    b: &'a [u8],
    bytes: usize,
    bcc: Option<usize>,
    datalen: u16,
    data: bool,
    l: &mut Layer<'a>,
) {
    let Some(bc) = bcc.filter(|&n| n > 0) else {
        return;
    };
    let (at, len) = data_span(bytes, bc, datalen);
    if at > bytes
        && let Some(p) = b.get(bytes..at)
    {
        l.push(f::smb::PADDING, Value::Bytes(Cow::Borrowed(p)));
    }
    let end = (at + len).min(b.len());
    if data && at < end {
        l.push(f::smb::FILE_DATA, Value::Bytes(Cow::Borrowed(&b[at..end])));
    }
}

/// A Trans to a named pipe (request or response): its `smb_pipe` item,
/// and its data (`dc` bytes at `od`) for DCE/RPC when the function
/// carries it on a known FID.
fn pipe_transaction(
    cx: &mut Cx<'_>,
    function: Option<u16>,
    fid: Option<u16>,
    dc: u16,
    od: u16,
    response: bool,
) {
    cx.pipe.item = Some(PipeItem {
        function,
        fid,
        file: fid.and_then(|fid| cx.st.fids.get(&(cx.tid, fid)).cloned()),
        response,
    });
    if let (Some(func), Some(fid)) = (function, fid)
        && carries_rpc(func)
        && dc > 0
    {
        cx.pipe.data = Some(PipeData {
            off: usize::from(od),
            len: usize::from(dc),
            fid,
            response,
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn fill<'a>(
    b: &'a [u8],
    at: usize,
    cmd: u8,
    response: bool,
    unicode: bool,
    cx: &mut Cx<'_>,
    ask: &mut Req,
    l: &mut Layer<'a>,
    parts: &mut Vec<Part>,
) -> Option<()> {
    let req = cx.req;
    let tid = cx.tid;
    let wct = usize::from(u8_at(b, at)?);
    let w = at + 1;
    let bytes = w + 2 * wct + 2;
    let bcc = u16_at(b, w + 2 * wct).map(usize::from);
    // A response names its request's FID only when the FID's open was
    // seen: tshark keeps the FID with the file's record, and a request
    // naming a FID it has no record of leaves its response none.
    let fid_of_req = |st: &State, parts: &mut Vec<Part>, l: &mut Layer<'a>| {
        if let Some(r) = req.filter(|r| r.fid != 0 && st.fids.get(&(tid, r.fid)).is_some()) {
            show_fid(st, tid, r.fid, l, parts);
        }
    };
    // A pipe's Trans response names the FID its request's setup words
    // gave (tshark keeps it with the transaction), open seen or not.
    let pipe_fid_of_req = |st: &State, parts: &mut Vec<Part>, l: &mut Layer<'a>| {
        if let Some(r) = req.filter(|r| r.fid != 0) {
            show_fid(st, tid, r.fid, l, parts);
        }
    };
    // A Trans2 response names its request's FID only when the FID's open
    // was seen (tshark keeps it with the file's record).
    let opened_fid_of_req = |st: &State, parts: &mut Vec<Part>, l: &mut Layer<'a>| {
        if let Some(r) = req.filter(|r| r.fid != 0 && st.fids.get(&(tid, r.fid)).is_some()) {
            show_fid(st, tid, r.fid, l, parts);
        }
    };
    let fid_at =
        |st: &State, parts: &mut Vec<Part>, l: &mut Layer<'a>, pos: usize| -> Option<u16> {
            let fid = u16_at(b, pos)?;
            show_fid(st, tid, fid, l, parts);
            Some(fid)
        };
    // A transaction response's later piece: tshark names it and stops.
    // (NT Trans responses have no such note.)
    if response && cmd != NT_TRANSACT && transaction_piece(b, at, cmd).is_some_and(|p| p.later) {
        if cmd == TRANSACTION2 {
            opened_fid_of_req(cx.st, parts, l);
            match req.and_then(|r| r.sub) {
                Some(sub) => {
                    l.uint(f::smb::TRANS2_CMD, sub);
                    parts.push(Part::Name(name_of(
                        f::smb::TRANS2_CMD,
                        sub,
                        "Unknown (0x{})",
                    )));
                }
                None => parts.push(Part::Unknown),
            }
        }
        parts.push(Part::Continuation);
        return Some(());
    }
    match (cmd, response) {
        (NT_CREATE_ANDX, false) => {
            let len = usize::from(u16_at(b, w + 5)?);
            if wct < 24 {
                return Some(());
            }
            let word = |o| u32_at(b, w + o);
            let p = OpenParams {
                create_flags: word(7)?,
                access_mask: word(15)?,
                file_attributes: word(27)?,
                share_access: word(31)?,
                disposition: word(35)?,
                create_options: word(39)?,
            };
            ask.open = Some(p);
            l.uint(f::smb::FILE_NAME_LEN, len as u64);
            create_flags(p.create_flags, l);
            l.uint(f::smb::RFID, word(11)?);
            super::body::access_mask_value(p.access_mask, l);
            l.uint(f::smb::ALLOC_SIZE64, u64_at(b, w + 19)?);
            file_attributes32(p.file_attributes, l);
            super::body::share_access(p.share_access, l);
            l.uint(f::smb::CREATE_DISPOSITION, p.disposition);
            super::body::create_options(p.create_options, l);
            l.uint(f::smb::IMPERSONATION_LEVEL, word(43)?);
            let sf = u8_at(b, w + 47)?;
            l.uint(f::smb::SECURITY_FLAGS, sf);
            l.boolean(f::smb::SECURITY_FLAGS_CONTEXT_TRACKING, sf & 1 != 0);
            l.boolean(f::smb::SECURITY_FLAGS_EFFECTIVE_ONLY, sf & 2 != 0);
            let bcc = bcc?;
            let mut s = bytes;
            if unicode && s % 2 == 1 {
                s += 1;
            }
            let name = string(b, s, (s + len).min(bytes + bcc), unicode)?;
            parts.push(Part::Path(shown(&name)));
            *cx.name = Some(name.clone());
            l.str(f::smb::FILE, name);
        }
        (NT_CREATE_ANDX, true) => {
            if wct == 0 {
                // An error: tshark shows its request's file under FID 0.
                if let Some(r) = req {
                    l.uint(f::smb::FID, 0u16);
                    parts.push(Part::Fid(0));
                    if let Some(n) = cx.req_name.take() {
                        l.str(f::smb::FILE, n);
                        if let Some(p) = r.open {
                            open_params(&p, l);
                        }
                    }
                }
            } else {
                let fid = u16_at(b, w + 5)?;
                l.uint(f::smb::OPLOCK_LEVEL, u8_at(b, w + 4)?);
                if let Some(name) = cx.req_name.take() {
                    let params = req.and_then(|r| r.open);
                    cx.st
                        .fids
                        .insert((tid, fid), FileOpen { name, params }, MAX_FIDS);
                }
                fid_at(cx.st, parts, l, w + 5)?;
                nt_create_response(b, w, wct, l);
            }
        }
        (TREE_CONNECT_ANDX, false) if wct >= 4 => {
            let path = super::setup1::tree_connect_request(b, at, unicode, l)?;
            parts.push(Part::Path(shown(&path)));
            *cx.name = Some(path);
        }
        (NEGOTIATE, false) => {
            super::setup1::negotiate_request(b, at, l)?;
        }
        (NEGOTIATE, true) => {
            super::setup1::negotiate_response(b, at, unicode, l)?;
        }
        (SESSION_SETUP_ANDX, false) => {
            let user = super::setup1::session_setup_request(b, at, unicode, l)?;
            parts.push(Part::User(user));
        }
        (SESSION_SETUP_ANDX, true) => {
            super::setup1::session_setup_response(b, at, unicode, l)?;
        }
        // The tree is connected (tshark records it on any response, its
        // path from the request when that was seen).
        (TREE_CONNECT_ANDX, true) => {
            let path = cx.req_name.take();
            if let Some(p) = &path {
                l.str(f::smb::PATH, p.clone());
            }
            cx.st.trees.insert(tid, path, MAX_TREES);
            if wct == 0 {
                return Some(());
            }
            // The service, always ASCII: `IPC` makes it a tree of pipes.
            let end = bcc.map_or(bytes, |n| bytes + n).min(b.len());
            let service = b.get(bytes..end).unwrap_or_default();
            let service = service.split(|&c| c == 0).next().unwrap_or_default();
            if service == b"IPC" {
                cx.st.ipc.insert(tid, (), MAX_TREES);
            } else {
                cx.st.ipc.remove(&tid);
            }
            tree_connect_response(b, w, wct, bytes, end, unicode, l);
        }
        (CLOSE, false) if wct >= 1 => {
            ask.fid = fid_at(cx.st, parts, l, w)?;
            // Seconds since 1970 (UTIME); tshark shows what is there.
            let t = u32_at(b, w + 2)?;
            l.push(
                f::smb::LAST_WRITE_TIME,
                crate::dissect::layer::Value::Time(crate::source::Timestamp::new(i64::from(t), 0)),
            );
        }
        (CLOSE, true) => fid_of_req(cx.st, parts, l),
        // A Trans2 secondary request's last word is its FID.
        (TRANSACTION2_SECONDARY, false) if wct == 9 => {
            fid_at(cx.st, parts, l, w + 16)?;
        }
        (LOCKING_ANDX, false) if wct >= 3 => {
            ask.fid = fid_at(cx.st, parts, l, w + 4)?;
            if wct >= 8 {
                let lock = locking_request(b, w, bytes, l);
                // tshark keeps what the last command of a request names for
                // its response: a chained command after this one replaces
                // the lock words.
                if u8_at(b, w) == Some(0xff) {
                    ask.lock = lock;
                }
            }
        }
        (LOCKING_ANDX, true) if wct > 0 => {
            fid_of_req(cx.st, parts, l);
            if let Some(r) = req.and_then(|r| r.lock) {
                locking_response(&r, l);
            }
        }
        (READ_ANDX, false) if wct >= 10 => {
            ask.fid = fid_at(cx.st, parts, l, w + 4)?;
            let off = u32_at(b, w + 6)?;
            l.uint(f::smb::OFFSET, off);
            let low = u16_at(b, w + 10)?;
            l.uint(f::smb::MAXCOUNT_LOW, low);
            l.uint(f::smb::MINCOUNT, u16_at(b, w + 12)?);
            let high = u32_at(b, w + 14)?;
            // The high word is a timeout for some clients: all ones,
            // which tshark does not show.
            let high = if high == u32::MAX {
                0
            } else {
                l.uint(f::smb::MAXCOUNT_HIGH, high & 0xffff);
                high & 0xffff
            };
            l.uint(f::smb::REMAINING, u16_at(b, w + 18)?);
            let mut ofs = u64::from(off);
            if wct == 12 {
                let hi = u32_at(b, w + 20)?;
                l.uint(f::smb::OFFSET_HIGH, hi);
                ofs |= u64::from(hi) << 32;
            }
            let len = (high << 16) | u32::from(low);
            rw_span(ofs, len, l);
            ask.rw = Some((ofs, len));
            parts.push(Part::Count(len, Some(ofs)));
        }
        (READ_ANDX, true) if wct >= 12 => {
            fid_of_req(cx.st, parts, l);
            if let Some((ofs, len)) = req.and_then(|r| r.rw) {
                rw_span(ofs, len, l);
            }
            l.uint(f::smb::REMAINING, u16_at(b, w + 4)?);
            l.uint(f::smb::DCM, u16_at(b, w + 6)?);
            let low = u16_at(b, w + 10)?;
            l.uint(f::smb::DATA_LEN_LOW, low);
            l.uint(f::smb::DATA_OFFSET, u16_at(b, w + 12)?);
            let high = u16_at(b, w + 14)?;
            l.uint(f::smb::DATA_LEN_HIGH, high);
            parts.push(Part::Count((u32::from(high) << 16) | u32::from(low), None));
            // On a pipe, the data (after the padding) goes to DCE/RPC.
            let ipc = req.filter(|r| r.ipc);
            file_data(b, bytes, bcc, low, ipc.is_none(), l);
            if let Some(r) = ipc {
                cx.pipe.data = pipe_rw(bytes, bcc, low, r.fid, true);
            }
        }
        (WRITE_ANDX, false) if wct >= 12 => {
            ask.fid = fid_at(cx.st, parts, l, w + 4)?;
            let off = u32_at(b, w + 6)?;
            l.uint(f::smb::OFFSET, off);
            let mode = u16_at(b, w + 14)?;
            l.uint(f::smb::WRITE_MODE, mode);
            super::body::bits(
                l,
                u64::from(mode),
                &[
                    f::smb::WRITE_MODE_MESSAGE_START,
                    f::smb::WRITE_MODE_RAW,
                    f::smb::WRITE_MODE_RETURN_REMAINING,
                    f::smb::WRITE_MODE_WRITE_THROUGH,
                ],
            );
            l.uint(f::smb::REMAINING, u16_at(b, w + 16)?);
            let high = u16_at(b, w + 18)?;
            l.uint(f::smb::DATA_LEN_HIGH, high);
            let low = u16_at(b, w + 20)?;
            l.uint(f::smb::DATA_LEN_LOW, low);
            l.uint(f::smb::DATA_OFFSET, u16_at(b, w + 22)?);
            let mut ofs = u64::from(off);
            if wct == 14 {
                let hi = u32_at(b, w + 24)?;
                l.uint(f::smb::OFFSET_HIGH, hi);
                ofs |= u64::from(hi) << 32;
            }
            let len = (u32::from(high) << 16) | u32::from(low);
            rw_span(ofs, len, l);
            ask.rw = Some((ofs, len));
            parts.push(Part::Count(len, Some(ofs)));
            // On a pipe, the data (after the padding) goes to DCE/RPC; a
            // message start elsewhere (a pipe's write) to DCE/RPC's
            // heuristics in tshark, not file data.
            file_data(b, bytes, bcc, low, !ask.ipc && mode & 0x8 == 0, l);
            if ask.ipc {
                cx.pipe.data = pipe_rw(bytes, bcc, low, ask.fid, false);
            }
        }
        (TRANSACTION, false) if wct >= 14 => {
            // A Trans to a named pipe other than LANMAN's, whole in this
            // message (a transaction in pieces is left as it is).
            let sc = usize::from(u8_at(b, w + 26)?);
            let name = string(b, bytes, bytes + bcc?, unicode)?;
            let Some(pipe_name) = name.strip_prefix("\\PIPE\\") else {
                return Some(());
            };
            let (tpc, tdc) = (u16_at(b, w)?, u16_at(b, w + 2)?);
            let (pc, dc, od) = (u16_at(b, w + 18)?, u16_at(b, w + 22)?, u16_at(b, w + 24)?);
            if pipe_name.starts_with("LANMAN") || pc < tpc || dc < tdc {
                return Some(());
            }
            let function = if sc >= 1 {
                Some(u16_at(b, w + 28)?)
            } else {
                None
            };
            let fid = match function {
                Some(func) if sc >= 2 && names_fid(func) => Some(u16_at(b, w + 30)?),
                _ => None,
            };
            ask.pipe = Some(function);
            if let Some(fid) = fid {
                ask.fid = fid;
            }
            pipe_transaction(cx, function, fid, dc, od, false);
        }
        (TRANSACTION, true) if wct >= 10 => {
            let Some(r) = req else {
                return Some(());
            };
            let Some(function) = r.pipe else {
                return Some(());
            };
            if transaction_piece(b, at, cmd).is_some_and(|p| p.more) {
                return Some(());
            }
            pipe_fid_of_req(cx.st, parts, l);
            let fid = (r.fid != 0).then_some(r.fid);
            let (dc, od) = (u16_at(b, w + 12)?, u16_at(b, w + 14)?);
            pipe_transaction(cx, function, fid, dc, od, true);
        }
        (WRITE_ANDX, true) if wct >= 6 => {
            fid_of_req(cx.st, parts, l);
            if let Some((ofs, len)) = req.and_then(|r| r.rw) {
                rw_span(ofs, len, l);
            }
            let low = u16_at(b, w + 4)?;
            l.uint(f::smb::COUNT_LOW, low);
            l.uint(f::smb::REMAINING, u16_at(b, w + 6)?);
            let high = u16_at(b, w + 8)?;
            l.uint(f::smb::COUNT_HIGH, high);
            parts.push(Part::Count((u32::from(high) << 16) | u32::from(low), None));
        }
        (TRANSACTION2, false) if wct >= 15 => {
            let sub = u16_at(b, w + 28)?;
            ask.sub = Some(sub);
            l.uint(f::smb::TRANS2_CMD, sub);
            parts.push(Part::Name(name_of(
                f::smb::TRANS2_CMD,
                sub,
                "Unknown (0x{})",
            )));
            let pc = usize::from(u16_at(b, w + 18)?);
            let po = usize::from(u16_at(b, w + 20)?);
            let p_end = po + pc;
            match sub {
                QUERY_PATH_INFO => {
                    let loi = u16_at(b, po)?;
                    l.uint(f::smb::QPI_LOI, loi);
                    parts.push(Part::Name(name_of(f::smb::QPI_LOI, loi, "Unknown (0x{})")));
                    ask.level = loi;
                    let name = string(b, po + 6, p_end, unicode)?;
                    parts.push(Part::Path(shown(&name)));
                    *cx.name = Some(name.clone());
                    l.str(f::smb::FILE, name);
                }
                QUERY_FILE_INFO => {
                    ask.fid = fid_at(cx.st, parts, l, po)?;
                    let loi = u16_at(b, po + 2)?;
                    ask.level = loi;
                    l.uint(f::smb::QPI_LOI, loi);
                    parts.push(Part::Name(name_of(f::smb::QPI_LOI, loi, "Unknown (0x{})")));
                }
                SET_FILE_INFO => {
                    ask.fid = fid_at(cx.st, parts, l, po)?;
                    let level = u16_at(b, po + 2)?;
                    l.uint(f::smb::SPI_LOI, level);
                    let (dc, d) = (u16_at(b, w + 22)?, u16_at(b, w + 24)?);
                    let d = usize::from(d);
                    level_data(b, d, d + usize::from(dc), level, l);
                }
                QUERY_FS_INFO => {
                    let loi = u16_at(b, po)?;
                    ask.level = loi;
                    l.uint(f::smb::QFSI_LOI, loi);
                    parts.push(Part::Name(name_of(f::smb::QFSI_LOI, loi, "Unknown (0x{})")));
                }
                FIND_FIRST2 => {
                    ask.level = u16_at(b, po + 6)?;
                    let pat = string(b, po + 12, p_end, unicode)?;
                    parts.push(Part::Pattern(shown(&pat)));
                    *cx.name = Some(pat.clone());
                    l.str(f::smb::SEARCH_PATTERN, pat);
                }
                _ => {}
            }
        }
        (TRANSACTION2, true) => {
            opened_fid_of_req(cx.st, parts, l);
            match req.and_then(|r| r.sub) {
                Some(sub) => {
                    l.uint(f::smb::TRANS2_CMD, sub);
                    parts.push(Part::Name(name_of(
                        f::smb::TRANS2_CMD,
                        sub,
                        "Unknown (0x{})",
                    )));
                    let level = req.map_or(0, |r| r.level);
                    // A query's level and path, as its request gave them.
                    if matches!(sub, QUERY_PATH_INFO | QUERY_FILE_INFO) {
                        l.uint(f::smb::QPI_LOI, level);
                    }
                    if sub == QUERY_FS_INFO {
                        l.uint(f::smb::QFSI_LOI, level);
                    }
                    if sub == QUERY_PATH_INFO
                        && let Some(n) = cx.req_name.take()
                    {
                        l.str(f::smb::FILE, n);
                    }
                    if matches!(sub, QUERY_PATH_INFO | QUERY_FILE_INFO | QUERY_FS_INFO) && wct >= 10
                    {
                        let (dc, d) = (u16_at(b, w + 12)?, u16_at(b, w + 14)?);
                        let d = usize::from(d);
                        let end = (d + usize::from(dc)).min(b.len());
                        if sub == QUERY_FS_INFO {
                            super::body::fs_level(level, b.get(d..end).unwrap_or_default(), l);
                        } else {
                            level_data(b, d, end, level, l);
                        }
                    }
                    // FIND_FIRST2's pattern, as its request gave it.
                    if sub == FIND_FIRST2
                        && let Some(p) = cx.req_name.take()
                    {
                        l.str(f::smb::SEARCH_PATTERN, p);
                    }
                    if sub == FIND_FIRST2 && wct >= 10 && level == FIND_BOTH_DIRECTORY_INFO {
                        let count = u16_at(b, usize::from(u16_at(b, w + 8)?) + 2)?;
                        let (dc, d) = (u16_at(b, w + 12)?, u16_at(b, w + 14)?);
                        let (d, end) = (usize::from(d), usize::from(d) + usize::from(dc));
                        parts.push(Part::Files(Vec::new()));
                        both_directory_entries(b, d, end.min(b.len()), count, unicode, l, parts);
                    }
                }
                None => parts.push(Part::Unknown),
            }
        }
        (NT_TRANSACT, false) if wct >= 19 => {
            let func = u16_at(b, w + 36)?;
            ask.sub = Some(func);
            l.uint(f::smb::NT_FUNCTION, func);
            parts.push(Part::Name(name_of(
                f::smb::NT_FUNCTION,
                func,
                "Unknown (0x{})",
            )));
            if func == NT_NOTIFY && wct >= 23 {
                ask.fid = fid_at(cx.st, parts, l, w + 42)?;
            }
        }
        (NT_TRANSACT, true) => {
            fid_of_req(cx.st, parts, l);
            match req.and_then(|r| r.sub) {
                Some(func) => {
                    l.uint(f::smb::NT_FUNCTION, func);
                    parts.push(Part::Name(name_of(
                        f::smb::NT_FUNCTION,
                        func,
                        "Unknown (0x{})",
                    )));
                    if func == NT_NOTIFY && wct >= 18 {
                        let pc = u32_at(b, w + 11)? as usize;
                        let po = u32_at(b, w + 15)? as usize;
                        notify_entries(b, po, po.saturating_add(pc), l);
                    }
                }
                None => parts.push(Part::Name("<unknown>".into())),
            }
        }
        (NT_TRANSACT_SECONDARY, false) => parts.push(Part::Secondary),
        _ => {}
    }
    Some(())
}

/// FIND_FIRST2's level that lists names with their short names.
const FIND_BOTH_DIRECTORY_INFO: u16 = 260;
/// Directory entries read at most, a response.
const MAX_ENTRIES: usize = 4096;

/// FIND_FIRST2's entries at the level Find File Both Directory Info, from
/// `at` to `end` in `b` (`count` of them at most, as the response's
/// parameters say): each one's name into `l` and the last part (the
/// `Files:` list) of `parts`.
fn both_directory_entries<'a>(
    b: &'a [u8],
    mut at: usize,
    end: usize,
    count: u16,
    unicode: bool,
    l: &mut Layer<'a>,
    parts: &mut [Part],
) -> Option<()> {
    let Some(Part::Files(names)) = parts.last_mut() else {
        return None;
    };
    for _ in 0..usize::from(count).min(MAX_ENTRIES) {
        let next = u32_at(b, at)? as usize;
        let len = u32_at(b, at + 60)? as usize;
        let name_at = at + 94;
        let name_end = name_at.checked_add(len)?;
        if name_end > end {
            return None;
        }
        let name = if unicode {
            let units: Vec<u16> = b[name_at..name_end]
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .take_while(|&u| u != 0)
                .collect();
            String::from_utf16_lossy(&units)
        } else {
            crate::dissect::wire::ascii(&b[name_at..name_end]).into_owned()
        };
        names.push(shown(&name));
        entry_fields(b, at, unicode, l)?;
        l.str(f::smb::FILE, name);
        if next == 0 {
            break;
        }
        at = at.checked_add(next)?;
    }
    Some(())
}

/// Where a security blob goes (packet-smb.c): a Negotiate Protocol
/// response's always to GSS-API; a session setup's to NTLMSSP when raw
/// NTLMSSP is in use and it is a bare NTLMSSP message, else to GSS-API
/// (which takes a bare NTLMSSP message too, under its own item).
pub(super) enum BlobTo {
    GssApi,
    NtlmsspIfBare,
}

/// The security blob of a Negotiate Protocol response with extended
/// security (17 words; the blob follows the server GUID) or of a Session
/// Setup AndX with extended security (a request of 12 words, a response
/// of 4) whose block is at `at`: its offset and length in `b`, when it is
/// whole in the captured bytes, and where it goes. The negotiation also
/// decides, for the conversation, whether raw NTLMSSP is in use.
pub(super) fn security_blob(
    b: &[u8],
    at: usize,
    cmd: u8,
    response: bool,
    st: &mut State,
) -> Option<(usize, usize, BlobTo)> {
    let wct = usize::from(u8_at(b, at)?);
    let w = at + 1;
    if cmd == NEGOTIATE && response && wct == 17 {
        const CAP_EXTENDED_SECURITY: u32 = 0x8000_0000;
        if u32_at(b, w + 19)? & CAP_EXTENDED_SECURITY == 0 {
            return None;
        }
        let bc = usize::from(u16_at(b, w + 34)?);
        st.raw_ntlmssp = bc == 16;
        let off = w + 36 + 16;
        let len = bc.checked_sub(16)?;
        return (len > 0 && off + len <= b.len()).then_some((off, len, BlobTo::GssApi));
    }
    if cmd != SESSION_SETUP_ANDX {
        return None;
    }
    let len = match (response, wct) {
        (false, 12) => u16_at(b, w + 14)?,
        (true, 4) => u16_at(b, w + 6)?,
        _ => return None,
    };
    let (off, len) = (w + 2 * wct + 2, usize::from(len));
    let to = if st.raw_ntlmssp {
        BlobTo::NtlmsspIfBare
    } else {
        BlobTo::GssApi
    };
    (len > 0 && off + len <= b.len()).then_some((off, len, to))
}

/// Whether a response to `resp` answers request `req` (tshark's test).
fn answers(req: u8, resp: u8) -> bool {
    req == resp
        || req == NT_CANCEL
        || (req == TRANSACTION_SECONDARY && resp == TRANSACTION)
        || (req == TRANSACTION2_SECONDARY && resp == TRANSACTION2)
        || (req == NT_TRANSACT_SECONDARY && resp == NT_TRANSACT)
}

/// Secondary requests continue a transaction, and NT Cancel cancels the
/// request with its ids: tshark waits for no response of their own (the
/// cancelled request's stays awaited).
pub(super) fn secondary(cmd: u8) -> bool {
    matches!(
        cmd,
        TRANSACTION_SECONDARY | TRANSACTION2_SECONDARY | NT_TRANSACT_SECONDARY | NT_CANCEL
    )
}

/// The request a response with process id `pid`, multiplex id `mid` and
/// command `cmd` answers, taken out of `st` (kept when the response is
/// partial, `STATUS_BUFFER_OVERFLOW` or a transaction piece that more
/// follow: tshark names them all by the request). A request of a command
/// the response does not answer is forgotten (tshark takes the ids as
/// reused). A transaction's response whose request is no longer awaited
/// answers the last transaction with these ids (tshark's `primaries`).
pub(super) fn take(
    st: &mut State,
    pid: u16,
    mid: u16,
    cmd: u8,
    partial: bool,
) -> Option<(Req, Option<String>)> {
    let Some(r) = st.pending.get(&(pid, mid)).copied() else {
        return if matches!(cmd, TRANSACTION | TRANSACTION2 | NT_TRANSACT) {
            st.primaries.get(&(pid, mid)).cloned()
        } else {
            None
        };
    };
    if !answers(r.cmd, cmd) {
        st.pending.remove(&(pid, mid));
        st.names.remove(&(pid, mid));
        return None;
    }
    if partial {
        return Some((r, st.names.get(&(pid, mid)).cloned()));
    }
    st.pending.remove(&(pid, mid));
    Some((r, st.names.remove(&(pid, mid))))
}

/// The frame of the request a secondary request continues (or an NT
/// Cancel cancels): the awaited request with its ids, else (a
/// continuation) the last transaction's; 0 when none was seen, as tshark
/// shows it (`<unknown frame>`).
pub(super) fn continued(st: &State, pid: u16, mid: u16, cmd: u8) -> u64 {
    if let Some(r) = st.pending.get(&(pid, mid)) {
        return r.frame;
    }
    if cmd == NT_CANCEL {
        return 0;
    }
    st.primaries.get(&(pid, mid)).map_or(0, |(r, _)| r.frame)
}

/// A request, kept for its response.
pub(super) fn keep(st: &mut State, pid: u16, mid: u16, r: Req, name: Option<String>) {
    if matches!(r.cmd, TRANSACTION | TRANSACTION2 | NT_TRANSACT) {
        st.primaries
            .insert((pid, mid), (r, name.clone()), MAX_PENDING);
    }
    if !secondary(r.cmd) {
        st.pending.insert((pid, mid), r, MAX_PENDING);
        match name {
            Some(n) => st.names.insert((pid, mid), n, MAX_PENDING),
            None => {
                st.names.remove(&(pid, mid));
            }
        }
    }
}
