//! SMB2 command bodies as tshark 4.0's `packet-smb2.c` shows them: every
//! body's StructureSize (`smb2.buffer_code`), then NEGOTIATE (request and
//! response: dialects, security mode, capabilities, GUIDs, times,
//! negotiate contexts), SESSION_SETUP (request and response, with the
//! security blob, which the caller hands to GSS-API), TREE_CONNECT (the
//! share's name; the response's flags, caching, capabilities and access
//! mask), CREATE (request and response, with the create contexts tshark
//! decodes most: DHnQ, DHnC, MxAc, QFid, DH2Q, RqLs), CLOSE, FLUSH, READ
//! and WRITE (their data handed on), IOCTL (the control code and the
//! buffers; a pipe transceive's data handed on), QUERY_DIRECTORY (the
//! id-both and id-full directory entries), QUERY_INFO and SET_INFO (the
//! requests; the responses' class and level from their request, the info
//! itself is not decoded), and the error response body (`smb2.error.*`).
//! LOGOFF, TREE_DISCONNECT, ECHO and CANCEL have nothing but reserved
//! fields (not shown, as everywhere here); LOCK, CHANGE_NOTIFY and
//! OPLOCK_BREAK stop after their StructureSize.
//!
//! `m` is one message of a compound (its header at 0, cut at the next
//! message); every offset in it is untrusted and checked.

use super::{Short, le16, le32, le64, need};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use crate::dissect::wire::Reader;
use std::borrow::Cow;

const NEGOTIATE: u16 = 0;
const SESSION_SETUP: u16 = 1;
const TREE_CONNECT: u16 = 3;
const CREATE: u16 = 5;
const CLOSE: u16 = 6;
const FLUSH: u16 = 7;
const READ: u16 = 8;
const QUERY_DIRECTORY: u16 = 14;
const QUERY_INFO: u16 = 16;
const SET_INFO: u16 = 17;
const IOCTL: u16 = 11;
const WRITE: u16 = 9;
const STATUS_NOTIFY_ENUM_DIR: u32 = 0x0000_010c;
const CHANGE_NOTIFY: u16 = 15;
const STATUS_BUFFER_OVERFLOW: u32 = 0x8000_0005;
/// The last command tshark decodes a body for (OPLOCK_BREAK is 18).
const OPLOCK_BREAK: u16 = 18;
const LAST_COMMAND: u16 = 18;
/// Negotiate contexts read at most (a compound message is bounded anyway).
const MAX_CONTEXTS: usize = 64;

/// A security blob's place in `m`: offset and length.
pub(super) type Blob = (usize, usize);

/// What a body hands on, by its place in the message: a security blob
/// (to GSS-API or NTLMSSP), or a read's or write's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hand {
    /// A security blob: to NTLMSSP when it is a bare NTLMSSP message, else
    /// to GSS-API.
    Blob(usize, usize),
    /// A security blob for GSS-API whatever it holds.
    GssApi(usize, usize),
    Data(usize, usize),
    /// Two data buffers, in this order (a pipe transceive's input and
    /// output, both handed on by tshark).
    Data2([(usize, usize); 2]),
}

impl Hand {
    /// The same place, from `off` bytes earlier (the compound's start).
    pub(super) fn shifted(self, off: usize) -> Hand {
        match self {
            Hand::Blob(o, n) => Hand::Blob(o + off, n),
            Hand::GssApi(o, n) => Hand::GssApi(o + off, n),
            Hand::Data(o, n) => Hand::Data(o + off, n),
            Hand::Data2([(a, m), (b, n)]) => Hand::Data2([(a + off, m), (b + off, n)]),
        }
    }
}

/// The body of message `m` (header at 0, `hlen` = 64 bytes): its fields
/// into `l`, and the security blob it holds, if any.
pub(super) fn body<'a>(
    m: &'a [u8],
    cmd: u16,
    response: bool,
    status: u32,
    info: Option<(u8, u8)>,
    l: &mut Layer<'a>,
) -> Result<Option<Hand>, Short> {
    const B: usize = 64;
    if cmd > LAST_COMMAND || m.len() <= B {
        return Ok(None);
    }
    need(m, B + 2)?;
    let bc = le16(m, B);
    l.uint(f::smb2::BUFFER_CODE, bc);
    l.uint(f::smb2::BUFFER_CODE_LENGTH, (bc & 0xfffe) >> 1);
    l.boolean(f::smb2::BUFFER_CODE_DYNAMIC, bc & 1 != 0);
    let ok = !response
        || status == 0
        // tshark decodes a session setup response whatever its status,
        // and a change notify's STATUS_NOTIFY_ENUM_DIR as success.
        || cmd == SESSION_SETUP
        || (cmd == CHANGE_NOTIFY && status == STATUS_NOTIFY_ENUM_DIR)
        || status == STATUS_BUFFER_OVERFLOW;
    // A QUERY_INFO or SET_INFO response names its request's class and
    // level, whatever its status.
    if response && let Some((class, level)) = info {
        if cmd == QUERY_DIRECTORY {
            l.uint(f::smb2::FIND_INFOLEVEL, class);
        } else {
            class_level(class, level, l);
        }
    }
    // An error response's body is error data.
    if !ok {
        return error_body(m, l).map(|()| None);
    }
    let blob = |b: Option<Blob>| b.map(|(o, n)| Hand::Blob(o, n));
    match (cmd, response) {
        (NEGOTIATE, false) => negotiate_request(m, l).map(|()| None),
        (NEGOTIATE, true) => negotiate_response(m, l).map(blob),
        (SESSION_SETUP, false) => session_setup_request(m, l).map(blob),
        (SESSION_SETUP, true) => session_setup_response(m, l).map(blob),
        (READ, false) => read_request(m, l).map(|()| None),
        (READ, true) => read_response(m, l),
        (WRITE, false) => write_request(m, l),
        (WRITE, true) => write_response(m, l).map(|()| None),
        (TREE_CONNECT, false) => tree_connect_request(m, l).map(|()| None),
        (TREE_CONNECT, true) => tree_connect_response(m, l).map(|()| None),
        (IOCTL, _) => ioctl(m, response, l),
        (FLUSH, false) => guid_field(m, 72, f::smb2::FID, l).map(|()| None),
        (QUERY_DIRECTORY, false) => find_request(m, l).map(|()| None),
        (QUERY_DIRECTORY, true) => find_response(m, info.map(|i| i.0), l).map(|()| None),
        (QUERY_INFO, false) => query_info_request(m, l).map(|()| None),
        (QUERY_INFO, true) => query_info_response(m, info, l).map(|()| None),
        (SET_INFO, false) => set_info_request(m, l).map(|()| None),
        (CREATE, false) => create_request(m, l).map(|()| None),
        (CREATE, true) => create_response(m, l).map(|()| None),
        (CLOSE, false) => close_request(m, l).map(|()| None),
        (CLOSE, true) => close_response(m, l).map(|()| None),
        (OPLOCK_BREAK, _) => oplock_break(m, response, l).map(|()| None),
        _ => Ok(None),
    }
}

fn sec_mode(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    need(m, at + 1)?;
    let v = m[at];
    l.uint(f::smb2::SEC_MODE, v);
    l.boolean(f::smb2::SEC_MODE_SIGN_ENABLED, v & 1 != 0);
    l.boolean(f::smb2::SEC_MODE_SIGN_REQUIRED, v & 2 != 0);
    Ok(())
}

fn capabilities(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, at + 4)?;
    let v = le32(m, at);
    l.uint(s::CAPABILITIES, v);
    for (def, bit) in [
        (s::CAPABILITIES_DFS, 0x1),
        (s::CAPABILITIES_LEASING, 0x2),
        (s::CAPABILITIES_LARGE_MTU, 0x4),
        (s::CAPABILITIES_MULTI_CHANNEL, 0x8),
        (s::CAPABILITIES_PERSISTENT_HANDLES, 0x10),
        (s::CAPABILITIES_DIRECTORY_LEASING, 0x20),
        (s::CAPABILITIES_ENCRYPTION, 0x40),
    ] {
        l.boolean(def, v & bit != 0);
    }
    Ok(())
}

/// A GUID as tshark writes it: three little-endian groups, then bytes.
pub(super) fn guid(g: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(36);
    let _ = write!(
        s,
        "{:08x}-{:04x}-{:04x}-",
        le32(g, 0),
        le16(g, 4),
        le16(g, 6)
    );
    for (i, c) in g[8..16].iter().enumerate() {
        if i == 2 {
            s.push('-');
        }
        let _ = write!(s, "{c:02x}");
    }
    s
}

fn guid_field<'a>(
    m: &'a [u8],
    at: usize,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    need(m, at + 16)?;
    l.str(def, guid(&m[at..at + 16]));
    Ok(())
}

fn time_field(
    m: &[u8],
    at: usize,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'_>,
) -> Result<(), Short> {
    need(m, at + 8)?;
    let t = super::super::ntlmssp::nt_time(le64(m, at));
    l.push(def, Value::Time(t));
    Ok(())
}

fn negotiate_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 68)?;
    let count = le16(m, 66);
    l.uint(s::DIALECT_COUNT, count);
    sec_mode(m, 68, l)?;
    capabilities(m, 72, l)?;
    guid_field(m, 76, s::CLIENT_GUID, l)?;
    need(m, 96)?;
    let ctx_off = le32(m, 92);
    l.uint(s::NEGOTIATE_CONTEXT_OFFSET, ctx_off);
    need(m, 98)?;
    let ctx_count = le16(m, 96);
    l.uint(s::NEGOTIATE_CONTEXT_COUNT, ctx_count);
    for i in 0..usize::from(count) {
        let at = 100 + 2 * i;
        need(m, at + 2)?;
        l.uint(s::DIALECT, le16(m, at));
    }
    if ctx_count > 0 {
        contexts(m, ctx_off as usize, ctx_count, l)?;
    }
    Ok(())
}

fn negotiate_response<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<Option<Blob>, Short> {
    use f::smb2 as s;
    sec_mode(m, 66, l)?;
    need(m, 70)?;
    l.uint(s::DIALECT, le16(m, 68));
    need(m, 72)?;
    let ctx_count = le16(m, 70);
    l.uint(s::NEGOTIATE_CONTEXT_COUNT, ctx_count);
    guid_field(m, 72, s::SERVER_GUID, l)?;
    capabilities(m, 88, l)?;
    for (at, def) in [
        (92, s::MAX_TRANS_SIZE),
        (96, s::MAX_READ_SIZE),
        (100, s::MAX_WRITE_SIZE),
    ] {
        need(m, at + 4)?;
        l.uint(def, le32(m, at));
    }
    time_field(m, 104, s::CURRENT_TIME, l)?;
    time_field(m, 112, s::BOOT_TIME, l)?;
    let blob = olb(m, 120, l)?;
    need(m, 128)?;
    let ctx_off = le32(m, 124);
    l.uint(s::NEGOTIATE_CONTEXT_OFFSET, ctx_off);
    if ctx_count > 0 {
        contexts(m, ctx_off as usize, ctx_count, l)?;
    }
    Ok(blob)
}

/// An offset/length pair (16 bits each) at `at` and the security blob it
/// points at.
fn olb<'a>(m: &'a [u8], at: usize, l: &mut Layer<'a>) -> Result<Option<Blob>, Short> {
    use f::smb2 as s;
    need(m, at + 4)?;
    let (off, len) = (usize::from(le16(m, at)), usize::from(le16(m, at + 2)));
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    if len == 0 {
        return Ok(None);
    }
    need(m, off + len)?;
    l.push(
        s::SECURITY_BLOB,
        Value::Bytes(Cow::Borrowed(&m[off..off + len])),
    );
    Ok(Some((off, len)))
}

fn contexts<'a>(m: &'a [u8], mut at: usize, count: u16, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    for _ in 0..usize::from(count).min(MAX_CONTEXTS) {
        // Each context starts 8-aligned (from the header).
        at = at.next_multiple_of(8);
        need(m, at + 4)?;
        let (kind, len) = (le16(m, at), usize::from(le16(m, at + 2)));
        l.uint(s::NEGOTIATE_CONTEXT_TYPE, kind);
        l.uint(s::NEGOTIATE_CONTEXT_DATA_LENGTH, len as u64);
        let d = at + 8;
        need(m, d + len)?;
        let data = &m[d..d + len];
        context(kind, data, l)?;
        at = d + len;
    }
    Ok(())
}

/// One negotiate context's data (`d`, its declared length).
pub(super) fn context<'a>(kind: u16, d: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    let list = |l: &mut Layer<'a>, at: usize, n: usize, def| -> Result<(), Short> {
        for i in 0..n {
            need(d, at + 2 * i + 2)?;
            l.uint(def, le16(d, at + 2 * i));
        }
        Ok(())
    };
    match kind {
        1 => {
            need(d, 2)?;
            let n = le16(d, 0);
            l.uint(s::NEGOTIATE_CONTEXT_HASH_ALG_COUNT, n);
            need(d, 4)?;
            let salt = usize::from(le16(d, 2));
            l.uint(s::NEGOTIATE_CONTEXT_SALT_LENGTH, salt as u64);
            list(l, 4, usize::from(n), s::NEGOTIATE_CONTEXT_HASH_ALGORITHM)?;
            let at = 4 + 2 * usize::from(n);
            if salt > 0 {
                need(d, at + salt)?;
                l.push(
                    s::NEGOTIATE_CONTEXT_SALT,
                    Value::Bytes(Cow::Borrowed(&d[at..at + salt])),
                );
            }
        }
        2 => {
            need(d, 2)?;
            let n = le16(d, 0);
            l.uint(s::NEGOTIATE_CONTEXT_CIPHER_COUNT, n);
            list(l, 2, usize::from(n), s::NEGOTIATE_CONTEXT_CIPHER_ID)?;
        }
        3 => {
            // Count, two bytes of padding, flags, the algorithms.
            need(d, 2)?;
            let n = le16(d, 0);
            l.uint(s::NEGOTIATE_CONTEXT_COMP_ALG_COUNT, n);
            need(d, 8)?;
            let flags = le32(d, 4);
            l.uint(s::NEGOTIATE_CONTEXT_COMP_ALG_FLAGS, flags);
            l.boolean(s::NEGOTIATE_CONTEXT_COMP_ALG_FLAGS_CHAINED, flags & 1 != 0);
            l.uint(s::NEGOTIATE_CONTEXT_COMP_ALG_FLAGS_RESERVED, flags >> 1);
            list(l, 8, usize::from(n), s::NEGOTIATE_CONTEXT_COMP_ALG_ID)?;
        }
        8 => {
            need(d, 2)?;
            let n = le16(d, 0);
            l.uint(s::NEGOTIATE_CONTEXT_SIGNING_ALG_COUNT, n);
            list(l, 2, usize::from(n), s::NEGOTIATE_CONTEXT_SIGNING_ID)?;
        }
        5 => {
            let units: Vec<u16> = d
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .take_while(|&u| u != 0)
                .collect();
            l.str(
                s::NEGOTIATE_CONTEXT_NETNAME,
                String::from_utf16_lossy(&units),
            );
        }
        0x100 => {
            l.push(
                s::NEGOTIATE_CONTEXT_POSIX_RESERVED,
                Value::Bytes(Cow::Borrowed(d)),
            );
        }
        _ => {}
    }
    Ok(())
}

fn session_setup_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<Option<Blob>, Short> {
    use f::smb2 as s;
    need(m, 67)?;
    let fl = m[66];
    l.uint(s::SES_REQ_FLAGS, fl);
    l.boolean(s::SES_REQ_FLAGS_SESSION_BINDING, fl & 1 != 0);
    sec_mode(m, 67, l)?;
    capabilities(m, 68, l)?;
    need(m, 76)?;
    l.uint(s::CHANNEL, le32(m, 72));
    need(m, 88)?;
    l.uint(s::PREVIOUS_SESID, le64(m, 80));
    olb(m, 76, l)
}

fn session_setup_response<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<Option<Blob>, Short> {
    use f::smb2 as s;
    need(m, 68)?;
    let fl = le16(m, 66);
    l.uint(s::SESSION_FLAGS, fl);
    l.boolean(s::SES_FLAGS_GUEST, fl & 1 != 0);
    l.boolean(s::SES_FLAGS_NULL, fl & 2 != 0);
    l.boolean(s::SES_FLAGS_ENCRYPT, fl & 4 != 0);
    olb(m, 68, l)
}

/// A flags word and its bits, each bit as its field's mask says.
pub(super) fn bits(l: &mut Layer<'_>, v: u64, defs: &[&'static crate::dissect::field::FieldDef]) {
    for def in defs {
        l.boolean(def, v & def.mask != 0);
    }
}

/// A UTF-16LE string up to its end or a NUL.
fn utf16(b: &[u8]) -> String {
    let units: Vec<u16> = b
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    String::from_utf16_lossy(&units)
}

/// A TREE_CONNECT request's share path (message `m`), when it has one
/// whole in the captured bytes.
pub(super) fn tree_connect_path(m: &[u8]) -> Option<String> {
    if m.len() < 72 || le16(m, 66) & 0x4 != 0 {
        return None;
    }
    let (off, len) = (usize::from(le16(m, 68)), usize::from(le16(m, 70)));
    (len > 0 && off + len <= m.len()).then(|| utf16(&m[off..off + len]))
}

fn tree_connect_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 68)?;
    let fl = le16(m, 66);
    l.uint(s::TC_FLAGS, fl);
    bits(
        l,
        u64::from(fl),
        &[
            s::TC_CLUSTER_RECONNECT,
            s::TC_REDIRECT_TO_OWNER,
            s::TC_EXTENSION_PRESENT,
        ],
    );
    l.uint(s::TC_RESERVED, (fl & 0xfff8) >> 3);
    need(m, 72)?;
    let (off, len) = (usize::from(le16(m, 68)), usize::from(le16(m, 70)));
    // With an extension the offset points at it, not at the path.
    if fl & 0x4 == 0 && len > 0 {
        need(m, off + len)?;
        let units: Vec<u16> = m[off..off + len]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .take_while(|&u| u != 0)
            .collect();
        l.str(s::TREE, String::from_utf16_lossy(&units));
    }
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    Ok(())
}

fn tree_connect_response(m: &[u8], l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 67)?;
    l.uint(s::SHARE_TYPE, m[66]);
    need(m, 72)?;
    let fl = le32(m, 68);
    l.uint(s::SHARE_FLAGS, fl);
    bits(
        l,
        u64::from(fl),
        &[
            s::SHARE_FLAGS_DFS,
            s::SHARE_FLAGS_DFS_ROOT,
            s::SHARE_FLAGS_RESTRICT_EXCLUSIVE_OPENS,
            s::SHARE_FLAGS_FORCE_SHARED_DELETE,
            s::SHARE_FLAGS_ALLOW_NAMESPACE_CACHING,
            s::SHARE_FLAGS_ACCESS_BASED_DIR_ENUM,
            s::SHARE_FLAGS_FORCE_LEVELII_OPLOCK,
            s::SHARE_FLAGS_ENABLE_HASH_V1,
            s::SHARE_FLAGS_ENABLE_HASH_V2,
            s::SHARE_FLAGS_ENCRYPT_DATA,
            s::SHARE_FLAGS_IDENTITY_REMOTING,
            s::SHARE_FLAGS_COMPRESS_DATA,
        ],
    );
    // tshark shows the flags word's caching bits unshifted.
    l.uint(s::SHARE_CACHING, fl & 0x30);
    need(m, 76)?;
    let caps = le32(m, 72);
    l.uint(s::SHARE_CAPS, caps);
    bits(
        l,
        u64::from(caps),
        &[
            s::SHARE_CAPS_DFS,
            s::SHARE_CAPS_CONTINUOUS_AVAILABILITY,
            s::SHARE_CAPS_SCALEOUT,
            s::SHARE_CAPS_CLUSTER,
            s::SHARE_CAPS_ASSYMETRIC,
            s::SHARE_CAPS_REDIRECT_TO_OWNER,
        ],
    );
    access_mask(m, 76, l)
}

fn close_flags(m: &[u8], l: &mut Layer<'_>) -> Result<(), Short> {
    need(m, 68)?;
    let fl = le16(m, 66);
    l.uint(f::smb2::CLOSE_FLAGS, fl);
    l.boolean(f::smb2::CLOSE_PQ_ATTRIB, fl & 1 != 0);
    Ok(())
}

fn close_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    close_flags(m, l)?;
    guid_field(m, 72, f::smb2::FID, l)
}

/// A file's four times (creation, last access, last write, last change;
/// 64-bit FILETIMEs) from `at`.
fn file_times(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    let times = [
        s::CREATE_TIME,
        s::LAST_ACCESS_TIME,
        s::LAST_WRITE_TIME,
        s::LAST_CHANGE_TIME,
    ];
    for (k, def) in times.into_iter().enumerate() {
        time_field(m, at + 8 * k, def, l)?;
    }
    Ok(())
}

/// What CLOSE and CREATE answer of a file, from `at`: its times, the
/// allocation size, the end of file and the attributes.
fn file_basics(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    file_times(m, at, l)?;
    need(m, at + 40)?;
    l.uint(s::ALLOCATION_SIZE, le64(m, at + 32));
    need(m, at + 48)?;
    l.uint(s::EOF, le64(m, at + 40));
    file_attributes(m, at + 48, l)
}

fn close_response(m: &[u8], l: &mut Layer<'_>) -> Result<(), Short> {
    close_flags(m, l)?;
    file_basics(m, 72, l)
}

/// A read or write's channel info (offset and length, 16 bits each, at
/// `at`) and the blob they point at, which tshark shows even empty.
fn channel_info<'a>(m: &'a [u8], at: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, at + 4)?;
    let (off, len) = (usize::from(le16(m, at)), usize::from(le16(m, at + 2)));
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    if len > 0 {
        need(m, off + len)?;
    }
    l.present(s::CHANNEL_INFO_BLOB);
    Ok(())
}

fn read_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 67)?;
    l.uint(s::READ_PADDING, m[66]);
    need(m, 68)?;
    let fl = m[67];
    l.uint(s::READ_FLAGS, fl);
    bits(
        l,
        u64::from(fl),
        &[s::READ_FLAGS_UNBUFFERED, s::READ_FLAGS_COMPRESSED],
    );
    need(m, 72)?;
    l.uint(s::READ_LENGTH, le32(m, 68));
    need(m, 80)?;
    l.uint(s::FILE_OFFSET, le64(m, 72));
    guid_field(m, 80, s::FID, l)?;
    need(m, 100)?;
    l.uint(s::MIN_COUNT, le32(m, 96));
    need(m, 104)?;
    l.uint(s::CHANNEL, le32(m, 100));
    need(m, 108)?;
    l.uint(s::REMAINING_BYTES, le32(m, 104));
    channel_info(m, 108, l)
}

fn read_response<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<Option<Hand>, Short> {
    use f::smb2 as s;
    need(m, 72)?;
    let (off, len) = (usize::from(m[66]), le32(m, 68) as usize);
    need(m, 76)?;
    l.uint(s::READ_REMAINING, le32(m, 72));
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    if len == 0 {
        return Ok(None);
    }
    // The captured part of the data: tshark shows it and hands it on.
    let n = len.min(m.len().saturating_sub(off));
    if n == 0 {
        need(m, off + 1)?;
    }
    l.push(s::READ_BLOB, Value::Bytes(Cow::Borrowed(&m[off..off + n])));
    Ok(Some(Hand::Data(off, n)))
}

fn write_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<Option<Hand>, Short> {
    use f::smb2 as s;
    need(m, 68)?;
    let off = usize::from(le16(m, 66));
    l.uint(s::DATA_OFFSET, off as u64);
    need(m, 72)?;
    let len = le32(m, 68) as usize;
    l.uint(s::WRITE_LENGTH, len as u64);
    need(m, 80)?;
    l.uint(s::FILE_OFFSET, le64(m, 72));
    guid_field(m, 80, s::FID, l)?;
    need(m, 100)?;
    l.uint(s::CHANNEL, le32(m, 96));
    need(m, 104)?;
    l.uint(s::REMAINING_BYTES, le32(m, 100));
    need(m, 112)?;
    let fl = le32(m, 108);
    l.uint(s::WRITE_FLAGS, fl);
    bits(
        l,
        u64::from(fl),
        &[s::WRITE_FLAGS_WRITE_THROUGH, s::WRITE_FLAGS_UNBUFFERED],
    );
    channel_info(m, 104, l)?;
    if len == 0 {
        return Ok(None);
    }
    let n = len.min(m.len().saturating_sub(off));
    if n == 0 {
        need(m, off + 1)?;
    }
    Ok(Some(Hand::Data(off, n)))
}

fn write_response(m: &[u8], l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 72)?;
    l.uint(s::WRITE_COUNT, le32(m, 68));
    need(m, 76)?;
    l.uint(s::WRITE_REMAINING, le32(m, 72));
    need(m, 78)?;
    l.uint(s::CHANNEL_INFO_OFFSET, le16(m, 76));
    need(m, 80)?;
    l.uint(s::CHANNEL_INFO_LENGTH, le16(m, 78));
    Ok(())
}

/// FileAttributes at `at`, with its bits.
fn file_attributes(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, at + 4)?;
    let a = le32(m, at);
    l.uint(s::FILE_ATTRIBUTE, a);
    bits(
        l,
        u64::from(a),
        &[
            s::FILE_ATTRIBUTE_READ_ONLY,
            s::FILE_ATTRIBUTE_HIDDEN,
            s::FILE_ATTRIBUTE_SYSTEM,
            s::FILE_ATTRIBUTE_DIRECTORY,
            s::FILE_ATTRIBUTE_ARCHIVE,
            s::FILE_ATTRIBUTE_NORMAL,
            s::FILE_ATTRIBUTE_TEMPORARY,
            s::FILE_ATTRIBUTE_SPARSE,
            s::FILE_ATTRIBUTE_REPARSE,
            s::FILE_ATTRIBUTE_COMPRESSED,
            s::FILE_ATTRIBUTE_OFFLINE,
            s::FILE_ATTRIBUTE_NOT_CONTENT_INDEXED,
            s::FILE_ATTRIBUTE_ENCRYPTED,
            s::FILE_ATTRIBUTE_INTEGRITY_STREAM,
            s::FILE_ATTRIBUTE_NO_SCRUB_DATA,
        ],
    );
    Ok(())
}

/// An NT access mask (packet-smb.c's fields) at `at`, with its bits.
fn access_mask(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    need(m, at + 4)?;
    access_mask_value(le32(m, at), l);
    Ok(())
}

/// An NT access mask's value and its bits.
pub(super) fn access_mask_value(v: u32, l: &mut Layer<'_>) {
    use f::smb as s;
    l.uint(s::ACCESS_MASK, v);
    bits(
        l,
        u64::from(v),
        &[
            s::ACCESS_READ,
            s::ACCESS_WRITE,
            s::ACCESS_APPEND,
            s::ACCESS_READ_EA,
            s::ACCESS_WRITE_EA,
            s::ACCESS_EXECUTE,
            s::ACCESS_DELETE_CHILD,
            s::ACCESS_READ_ATTRIBUTES,
            s::ACCESS_WRITE_ATTRIBUTES,
            s::ACCESS_DELETE,
            s::ACCESS_READ_CONTROL,
            s::ACCESS_WRITE_DAC,
            s::ACCESS_WRITE_OWNER,
            s::ACCESS_SYNCHRONIZE,
            s::ACCESS_SYSTEM_SECURITY,
            s::ACCESS_MAXIMUM_ALLOWED,
            s::ACCESS_GENERIC_ALL,
            s::ACCESS_GENERIC_EXECUTE,
            s::ACCESS_GENERIC_WRITE,
            s::ACCESS_GENERIC_READ,
        ],
    );
}

/// NT share access and its bits (SMB's NT Create AndX, SMB2's CREATE).
pub(super) fn share_access(v: u32, l: &mut Layer<'_>) {
    use f::smb as s;
    l.uint(s::SHARE_ACCESS, v);
    let defs = [
        s::SHARE_ACCESS_READ,
        s::SHARE_ACCESS_WRITE,
        s::SHARE_ACCESS_DELETE,
    ];
    bits(l, u64::from(v), &defs);
}

/// NT create options and their bits (SMB's NT Create AndX, SMB2's CREATE).
pub(super) fn create_options(v: u32, l: &mut Layer<'_>) {
    l.uint(f::smb::CREATE_OPTIONS, v);
    bits(l, u64::from(v), CREATE_OPTION_BITS);
}

/// The bits of NT create options.
static CREATE_OPTION_BITS: &[&crate::dissect::field::FieldDef] = &[
    f::smb::NT_CREATE_OPTIONS_DIRECTORY,
    f::smb::NT_CREATE_OPTIONS_WRITE_THROUGH,
    f::smb::NT_CREATE_OPTIONS_SEQUENTIAL_ONLY,
    f::smb::NT_CREATE_OPTIONS_INTERMEDIATE_BUFFERING,
    f::smb::NT_CREATE_OPTIONS_SYNC_IO_ALERT,
    f::smb::NT_CREATE_OPTIONS_SYNC_IO_NONALERT,
    f::smb::NT_CREATE_OPTIONS_NON_DIRECTORY,
    f::smb::NT_CREATE_OPTIONS_CREATE_TREE_CONNECTION,
    f::smb::NT_CREATE_OPTIONS_COMPLETE_IF_OPLOCKED,
    f::smb::NT_CREATE_OPTIONS_NO_EA_KNOWLEDGE,
    f::smb::NT_CREATE_OPTIONS_EIGHT_DOT_THREE_ONLY,
    f::smb::NT_CREATE_OPTIONS_RANDOM_ACCESS,
    f::smb::NT_CREATE_OPTIONS_DELETE_ON_CLOSE,
    f::smb::NT_CREATE_OPTIONS_OPEN_BY_FILEID,
    f::smb::NT_CREATE_OPTIONS_BACKUP_INTENT,
    f::smb::NT_CREATE_OPTIONS_NO_COMPRESSION,
    f::smb::NT_CREATE_OPTIONS_RESERVE_OPFILTER,
    f::smb::NT_CREATE_OPTIONS_OPEN_REPARSE_POINT,
    f::smb::NT_CREATE_OPTIONS_OPEN_NO_RECALL,
    f::smb::NT_CREATE_OPTIONS_OPEN_FOR_FREE_SPACE_QUERY,
];

/// Create contexts read at most.
const MAX_CREATE_CONTEXTS: usize = 32;

fn create_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 68)?;
    l.uint(s::CREATE_OPLOCK, m[67]);
    need(m, 72)?;
    l.uint(s::IMPERSONATION_LEVEL, le32(m, 68));
    need(m, 80)?;
    l.uint(s::CREATE_FLAGS, le64(m, 72));
    access_mask(m, 88, l)?;
    file_attributes(m, 92, l)?;
    need(m, 100)?;
    share_access(le32(m, 96), l);
    need(m, 104)?;
    l.uint(s::CREATE_DISPOSITION, le32(m, 100));
    need(m, 108)?;
    let o = le32(m, 104);
    create_options(o, l);
    need(m, 112)?;
    let (off, len) = (usize::from(le16(m, 108)), usize::from(le16(m, 110)));
    let name = if len > 0 {
        need(m, off + len)?;
        utf16(&m[off..off + len])
    } else {
        String::new()
    };
    l.str(s::FILENAME, name);
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    create_contexts(m, 112, false, l)
}

fn create_response<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 67)?;
    l.uint(s::CREATE_OPLOCK, m[66]);
    need(m, 68)?;
    let fl = m[67];
    l.uint(s::CREATE_REP_FLAGS, fl);
    l.boolean(s::CREATE_REP_FLAGS_REPARSE_POINT, fl & 1 != 0);
    need(m, 72)?;
    l.uint(s::CREATE_ACTION, le32(m, 68));
    file_basics(m, 72, l)?;
    guid_field(m, 128, s::FID, l)?;
    create_contexts(m, 144, true, l)
}

/// The create contexts' offset and length (32 bits each) at `at`, and
/// the chain of contexts they point at.
fn create_contexts<'a>(
    m: &'a [u8],
    at: usize,
    response: bool,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, at + 8)?;
    let (off, len) = (le32(m, at) as usize, le32(m, at + 4) as usize);
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    // tshark shows the item even with no context.
    l.present(s::CREATE_EXTRAINFO);
    if len == 0 {
        return Ok(());
    }
    need(m, off.saturating_add(len))?;
    let chain = &m[off..off + len];
    let mut c = 0usize;
    for _ in 0..MAX_CREATE_CONTEXTS {
        let e = &chain[c.min(chain.len())..];
        need(e, 4)?;
        let next = le32(e, 0) as usize;
        l.uint(s::CREATE_CHAIN_OFFSET, next as u64);
        need(e, 8)?;
        let (noff, nlen) = (usize::from(le16(e, 4)), usize::from(le16(e, 6)));
        need(e, noff + nlen)?;
        let tag: String = e[noff..noff + nlen]
            .iter()
            .take_while(|&&b| b != 0)
            .map(|&b| char::from(b))
            .collect();
        l.str(s::TAG, tag.clone());
        l.uint(s::OLB_OFFSET, noff as u64);
        l.uint(s::OLB_LENGTH, nlen as u64);
        need(e, 16)?;
        let (doff, dlen) = (usize::from(le16(e, 10)), le32(e, 12) as usize);
        l.uint(s::OLB_OFFSET, doff as u64);
        l.uint(s::OLB_LENGTH, dlen as u64);
        l.present(s::CREATE_CHAIN_DATA);
        if dlen > 0 {
            need(e, doff.saturating_add(dlen))?;
            context_data(tag.as_str(), &e[doff..doff + dlen], response, l)?;
        }
        if next == 0 {
            break;
        }
        c += next;
    }
    Ok(())
}

/// A create context's data, by its tag, as tshark decodes the common
/// ones (durable handles, maximal access, on-disk id, leases); others'
/// data are not shown.
fn context_data<'a>(
    tag: &str,
    d: &'a [u8],
    response: bool,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::smb2 as s;
    match (tag, response) {
        ("DHnQ", false) | ("DHnC", false) => guid_field(d, 0, s::FID, l)?,
        ("DHnQ", true) => {
            need(d, 8)?;
            l.uint(s::DHNQ_BUFFER_RESERVED, le64(d, 0));
        }
        ("MxAc", true) => {
            need(d, 4)?;
            l.uint(s::MXAC_STATUS, le32(d, 0));
            access_mask(d, 4, l)?;
        }
        ("QFid", true) => {
            need(d, 32)?;
            l.push(s::QFID_FID, Value::Bytes(Cow::Borrowed(&d[..32])));
        }
        ("DH2Q", _) => {
            need(d, 4)?;
            l.uint(s::DH2X_TIMEOUT, le32(d, 0));
            need(d, 8)?;
            let fl = le32(d, 4);
            l.uint(s::DH2X_FLAGS, fl);
            if !response {
                l.boolean(s::DH2X_FLAGS_PERSISTENT_HANDLE, fl & 2 != 0);
                need(d, 16)?;
                l.uint(s::DH2X_RESERVED, le64(d, 8));
                guid_field(d, 16, s::DH2X_CREATE_GUID, l)?;
            }
        }
        ("AlSi", false) => {
            need(d, 8)?;
            l.uint(s::ALLOCATION_SIZE, le64(d, 0));
        }
        ("RqLs", _) => {
            guid_field(d, 0, s::LEASE_LEASE_KEY, l)?;
            lease_state(d, 16, l)?;
            lease_flags(d, 20, l)?;
            need(d, 32)?;
            l.uint(s::LEASE_LEASE_DURATION, le64(d, 24));
            if d.len() >= 52 {
                guid_field(d, 32, s::LEASE_PARENT_LEASE_KEY, l)?;
                l.uint(s::LEASE_LEASE_OPLOCK, le16(d, 48));
                l.uint(s::LEASE_LEASE_RESERVED, le16(d, 50));
            }
        }
        _ => {}
    }
    Ok(())
}

/// A lease state word and its caching bits.
fn lease_state(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, at + 4)?;
    let st = le32(m, at);
    l.uint(s::LEASE_LEASE_STATE, st);
    bits(
        l,
        u64::from(st),
        &[
            s::LEASE_LEASE_STATE_READ_CACHING,
            s::LEASE_LEASE_STATE_HANDLE_CACHING,
            s::LEASE_LEASE_STATE_WRITE_CACHING,
        ],
    );
    Ok(())
}

/// A lease flags word and its bits.
fn lease_flags(m: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, at + 4)?;
    let fl = le32(m, at);
    l.uint(s::LEASE_LEASE_FLAGS, fl);
    bits(
        l,
        u64::from(fl),
        &[
            s::LEASE_LEASE_STATE_BREAK_ACK_REQUIRED,
            s::LEASE_LEASE_STATE_BREAK_IN_PROGRESS,
            s::LEASE_LEASE_STATE_PARENT_LEASE_KEY_SET,
        ],
    );
    Ok(())
}

/// The structure size of a lease break notification (server to client),
/// and of a lease break acknowledgment and its response.
const LEASE_BREAK_NOTIFICATION: u16 = 44;
const LEASE_BREAK_ACK: u16 = 36;
/// The structure size of every oplock (not lease) break message.
const OPLOCK_BREAK_OPLOCK: u16 = 24;

/// An OPLOCK_BREAK message, as its structure size says: an oplock's
/// (level, file id), a lease break notification (responses only), a
/// lease break acknowledgment or its response (packet-smb2.c).
fn oplock_break<'a>(m: &'a [u8], response: bool, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    match le16(m, 64) {
        LEASE_BREAK_NOTIFICATION if response => {
            need(m, 68)?;
            l.uint(s::LEASE_LEASE_OPLOCK, le16(m, 66));
            lease_flags(m, 68, l)?;
            guid_field(m, 72, s::LEASE_LEASE_KEY, l)?;
            lease_state(m, 88, l)?;
            lease_state(m, 92, l)?;
            for (at, def) in [
                (96, s::LEASE_LEASE_BREAK_REASON),
                (100, s::LEASE_ACCESS_MASK_HINT),
                (104, s::LEASE_SHARE_MASK_HINT),
            ] {
                need(m, at + 4)?;
                l.uint(def, le32(m, at));
            }
        }
        LEASE_BREAK_ACK => {
            // Two reserved bytes (smb2.reserved, not shown here).
            lease_flags(m, 68, l)?;
            guid_field(m, 72, s::LEASE_LEASE_KEY, l)?;
            lease_state(m, 88, l)?;
            need(m, 100)?;
            l.uint(s::LEASE_LEASE_DURATION, le64(m, 92));
        }
        OPLOCK_BREAK_OPLOCK => {
            need(m, 67)?;
            l.uint(s::CREATE_OPLOCK, m[66]);
            guid_field(m, 72, s::FID, l)?;
        }
        _ => {}
    }
    Ok(())
}

/// FSCTL_PIPE_TRANSCEIVE: its data goes to the pipe's protocol.
const FSCTL_PIPE_TRANSCEIVE: u32 = 0x0011_c017;

/// An IOCTL request or response: the control code and its parts, the
/// fid, the sizes (request) and the input and output buffers. A pipe
/// transceive's buffers are handed on, input and output alike, the one
/// at the lower offset first (a response may echo the request's input);
/// other codes' buffers are not decoded. The response's flags word is
/// shown by the caller (tshark names it `smb2.flags`).
fn ioctl<'a>(m: &'a [u8], response: bool, l: &mut Layer<'a>) -> Result<Option<Hand>, Short> {
    use f::smb2 as s;
    need(m, 72)?;
    let code = le32(m, 68);
    l.uint(s::IOCTL_FUNCTION, code);
    l.uint(s::IOCTL_FUNCTION_DEVICE, code >> 16);
    l.uint(s::IOCTL_FUNCTION_ACCESS, (code & 0xc000) >> 14);
    l.uint(s::IOCTL_FUNCTION_FUNCTION, (code & 0x3ffc) >> 2);
    l.uint(s::IOCTL_FUNCTION_METHOD, code & 3);
    guid_field(m, 72, s::FID, l)?;
    let (in_at, out_at) = if response {
        (88, 96)
    } else {
        need(m, 100)?;
        l.uint(s::MAX_IOCTL_IN_SIZE, le32(m, 96));
        need(m, 112)?;
        l.uint(s::MAX_IOCTL_OUT_SIZE, le32(m, 108));
        need(m, 116)?;
        let fl = le32(m, 112);
        l.uint(s::IOCTL_FLAGS, fl);
        l.boolean(s::IOCTL_IS_FSCTL, fl & 1 != 0);
        (88, 100)
    };
    let mut buffers: Vec<(usize, usize)> = Vec::with_capacity(2);
    for (at, def) in [(in_at, s::IOCTL_IN), (out_at, s::IOCTL_OUT)] {
        need(m, at + 8)?;
        let (off, len) = (le32(m, at) as usize, le32(m, at + 4) as usize);
        l.uint(s::OLB_OFFSET, off as u64);
        l.uint(s::OLB_LENGTH, len as u64);
        l.present(def);
        if len > 0 && code == FSCTL_PIPE_TRANSCEIVE {
            let n = len.min(m.len().saturating_sub(off));
            if n > 0 {
                buffers.push((off, n));
            }
        }
    }
    // dissect_smb2_ioctl_{request,response}: the output first when it
    // lies before the input.
    buffers.sort_by_key(|&(off, _)| off);
    Ok(match buffers[..] {
        [] => None,
        [(off, n)] => Some(Hand::Data(off, n)),
        [a, b, ..] => Some(Hand::Data2([a, b])),
    })
}

/// An error response's body: context count, byte count and the data
/// (one byte when the count is 0, as the structure has it).
fn error_body<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 67)?;
    l.uint(s::ERROR_CONTEXT_COUNT, m[66]);
    need(m, 68)?;
    l.uint(s::ERROR_RESERVED, m[67]);
    need(m, 72)?;
    let n = le32(m, 68) as usize;
    l.uint(s::ERROR_BYTE_COUNT, n as u64);
    let end = 72 + n.max(1);
    if m.len() >= end {
        l.push(s::ERROR_DATA, Value::Bytes(Cow::Borrowed(&m[72..end])));
    }
    Ok(())
}

/// An info class and the level field that class names it with.
fn class_level(class: u8, level: u8, l: &mut Layer<'_>) {
    use f::smb2 as s;
    l.uint(s::CLASS, class);
    match class {
        1 => l.uint(s::FILE_INFO_INFOLEVEL, level),
        2 => l.uint(s::FS_INFO_INFOLEVEL, level),
        3 => l.uint(s::SEC_INFO_INFOLEVEL, level),
        _ => {}
    }
}

/// AdditionalInformation: security information bits for the security
/// class, a plain word otherwise.
fn additional(m: &[u8], at: usize, class: u8, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, at + 4)?;
    let v = le32(m, at);
    if class == 3 {
        l.uint(s::GETSETINFO_ADDITIONALS, v);
        bits(
            l,
            u64::from(v),
            &[
                s::GETSETINFO_ADDITIONAL_SECINFO_OWNER,
                s::GETSETINFO_ADDITIONAL_SECINFO_GROUP,
                s::GETSETINFO_ADDITIONAL_SECINFO_DACL,
                s::GETSETINFO_ADDITIONAL_SECINFO_SACL,
                s::GETSETINFO_ADDITIONAL_SECINFO_LABEL,
                s::GETSETINFO_ADDITIONAL_SECINFO_ATTRIBUTE,
                s::GETSETINFO_ADDITIONAL_SECINFO_SCOPE,
                s::GETSETINFO_ADDITIONAL_SECINFO_BACKUP,
            ],
        );
    } else {
        l.uint(s::GETSETINFO_ADDITIONAL, v);
    }
    Ok(())
}

fn query_info_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 68)?;
    let class = m[66];
    class_level(class, m[67], l);
    need(m, 72)?;
    l.uint(s::MAX_RESPONSE_SIZE, le32(m, 68));
    need(m, 74)?;
    l.uint(s::GETINFO_INPUT_OFFSET, le16(m, 72));
    need(m, 80)?;
    l.uint(s::GETINFO_INPUT_SIZE, le32(m, 76));
    additional(m, 80, class, l)?;
    need(m, 88)?;
    l.uint(s::GETINFO_FLAGS, le32(m, 84));
    guid_field(m, 88, s::FID, l)
}

/// A QUERY_INFO response: the buffer's offset and length, then the
/// buffer as its request's class and level say (tshark's
/// `dissect_smb2_infolevel`; decoded here: FileAllInformation,
/// FileBasicInformation, FileStandardInformation, FileInternalInformation,
/// FileStreamInformation and FileFsSizeInformation).
fn query_info_response<'a>(
    m: &'a [u8],
    info: Option<(u8, u8)>,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 72)?;
    let (off, len) = (usize::from(le16(m, 66)), le32(m, 68) as usize);
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    let Some((class, level)) = info else {
        return Ok(());
    };
    if len == 0 {
        return Ok(());
    }
    let b = m
        .get(off.min(m.len())..off.saturating_add(len).min(m.len()))
        .unwrap_or(&[]);
    // The buffer is a tvb of its own: a read past its length is malformed
    // (`PAST_BUFFER`), one past the message's captured bytes a cut.
    let in_message = |Short(e)| {
        if e > len {
            Short(PAST_BUFFER)
        } else {
            Short(off + e)
        }
    };
    buffer(class, level, b, l).map_err(in_message)?;
    need(m, off.saturating_add(len))
}

/// A QUERY_INFO response's buffer as its class and level say.
/// A file system information level's data, for SMB's QUERY_FS_INFO at a
/// pass-through level (1000 + the level) or the SMB level packet-smb.c
/// reads alike (0x102 volume, 0x103 size, 0x104 device, 0x105
/// attributes): packet-smb.c's readers, which SMB2 shares. Other levels
/// are not read.
pub(super) fn fs_level(level: u16, b: &[u8], l: &mut Layer<'_>) {
    let pass_through = match level {
        0x102 => 1,
        0x103..=0x105 => level - 0x100,
        _ => level.saturating_sub(1000),
    };
    let read: LevelReader = match u8::try_from(pass_through).ok() {
        Some(FS_SIZE_INFO) => fs_size_info,
        Some(FS_VOLUME_INFO) => fs_volume_info,
        Some(FS_DEVICE_INFO) => fs_device_info,
        Some(FS_ATTRIBUTE_INFO) => fs_attribute_info,
        _ => return,
    };
    // A short buffer ends the reader quietly, as for SMB2.
    let _ = read(b, l);
}

fn buffer<'a>(class: u8, level: u8, b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    match (class, level) {
        (FILE_INFO, FILE_BASIC_INFO) => {
            l.present(s::FILE_BASIC_INFO);
            file_times(b, 0, l)?;
            file_attributes(b, 32, l)?;
            need(b, 40)?;
            l.push(s::UNKNOWN, Value::Bytes(Cow::Borrowed(&b[36..40])));
        }
        (FILE_INFO, FILE_ALL_INFO) => file_all_info(b, l)?,
        _ => {
            // The levels SMB's readers take: the level's item, then its
            // fields while the buffer has them.
            let (item, read): (_, LevelReader) = match (class, level) {
                (FILE_INFO, FILE_STANDARD_INFO) => (s::FILE_STANDARD_INFO, file_standard_info),
                // dissect_qfi_SMB_FILE_INTERNAL_INFO: the index number.
                (FILE_INFO, FILE_INTERNAL_INFO) => (s::FILE_INTERNAL_INFO, |b, l| {
                    one_le64(f::smb::INDEX_NUMBER, b, l)
                }),
                (FILE_INFO, FILE_STREAM_INFO) => (s::FILE_STREAM_INFO, file_stream_info),
                (FILE_INFO, FILE_DISPOSITION_INFO) => {
                    (s::FILE_DISPOSITION_INFO, file_disposition_info)
                }
                // dissect_qsfi_SMB_FILE_ALLOCATION_INFO and _ENDOFFILE_INFO.
                (FILE_INFO, FILE_ALLOCATION_INFO) => (s::FILE_ALLOCATION_INFO, |b, l| {
                    one_le64(f::smb::ALLOC_SIZE64, b, l)
                }),
                (FILE_INFO, FILE_ENDOFFILE_INFO) => (s::FILE_ENDOFFILE_INFO, |b, l| {
                    one_le64(f::smb::END_OF_FILE, b, l)
                }),
                (FILE_INFO, FILE_NETWORK_OPEN_INFO) => {
                    (s::FILE_NETWORK_OPEN_INFO, file_network_open_info)
                }
                (FILE_INFO, FILE_NORMALIZED_NAME_INFO) => {
                    (s::FILE_NORMALIZED_NAME_INFO, file_name_info)
                }
                (FS_INFO, FS_SIZE_INFO) => (s::FS_SIZE_INFO, fs_size_info),
                (FS_INFO, FS_VOLUME_INFO) => (s::FS_VOLUME_INFO, fs_volume_info),
                (FS_INFO, FS_DEVICE_INFO) => (s::FS_DEVICE_INFO, fs_device_info),
                (FS_INFO, FS_ATTRIBUTE_INFO) => (s::FS_ATTRIBUTE_INFO, fs_attribute_info),
                _ => return Ok(()),
            };
            l.present(item);
            // A short buffer ends the reader quietly: nothing to report.
            let _ = read(b, l);
        }
    }
    Ok(())
}

/// A reader of one of the levels SMB2 hands to SMB's `dissect_qfi_*` /
/// `dissect_qfsi_*`: fields while the buffer has their bytes
/// (`CHECK_BYTE_COUNT_SUBR`); a short buffer ends it quietly (`Err`, the
/// offset it needed), no error.
type LevelReader = fn(&[u8], &mut Layer<'_>) -> Result<(), usize>;

/// A level that is one 64-bit little-endian field.
fn one_le64(
    def: &'static crate::dissect::field::FieldDef,
    b: &[u8],
    l: &mut Layer<'_>,
) -> Result<(), usize> {
    let mut c = Reader { b, at: 0 };
    l.uint(def, c.le64()?);
    Ok(())
}

/// `dissect_smb2_file_disposition_info`: the delete-on-close byte.
fn file_disposition_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    let mut c = Reader { b, at: 0 };
    l.boolean(f::smb2::DISPOSITION_DELETE_ON_CLOSE, c.u8()? & 1 != 0);
    Ok(())
}

/// `dissect_qfi_SMB_FILE_NETWORK_OPEN_INFO`: four times, the sizes and
/// the 32-bit attributes.
fn file_network_open_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    for def in [
        s::CREATE_TIME,
        s::ACCESS_TIME,
        s::LAST_WRITE_TIME,
        s::CHANGE_TIME,
    ] {
        let t = c.le64()?;
        l.push(def, Value::Time(super::super::ntlmssp::nt_time(t)));
    }
    l.uint(s::ALLOC_SIZE64, c.le64()?);
    l.uint(s::END_OF_FILE, c.le64()?);
    super::body1::file_attributes32(c.le32()?, l);
    // Four reserved bytes follow (`smb.reserved`, which tshark shows in
    // every SMB header too: not registered here).
    Ok(())
}

/// `dissect_qfi_SMB_FILE_NAME_INFO` (Unicode): the name's length, then
/// that many bytes of UTF-16 name (SMB2's normalized name level).
fn file_name_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    let len = c.le32()?;
    l.uint(s::FILE_NAME_LEN, len);
    let name = c.take(len as usize)?;
    l.str(s::FILE, utf16(name));
    Ok(())
}

/// `dissect_qfi_SMB_FILE_STANDARD_INFO`.
fn file_standard_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    l.uint(s::ALLOC_SIZE64, c.le64()?);
    l.uint(s::END_OF_FILE, c.le64()?);
    l.uint(s::LINK_COUNT, c.le32()?);
    l.uint(s::DELETE_PENDING, c.le16()?);
    l.uint(s::IS_DIRECTORY, c.take(1)?[0]);
    Ok(())
}

/// `dissect_qfsi_FS_SIZE_INFO`.
fn fs_size_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    l.uint(s::ALLOC_SIZE64, c.le64()?);
    l.uint(s::FREE_ALLOC_UNITS, c.le64()?);
    l.uint(s::FS_SECTOR_PER_UNIT, c.le32()?);
    l.uint(s::FS_BYTES_PER_SECTOR, c.le32()?);
    Ok(())
}

/// `dissect_qfsi_vals`' FileFsVolumeInformation: creation time, serial
/// number, label length, two reserved bytes, the UTF-16 label.
fn fs_volume_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    let t = c.le64()?;
    l.push(
        s::CREATE_TIME,
        Value::Time(super::super::ntlmssp::nt_time(t)),
    );
    l.uint(s::VOLUME_SERIAL, c.le32()?);
    let len = c.le32()?;
    l.uint(s::VOLUME_LABEL_LEN, len);
    // Two reserved bytes: tshark's `smb.reserved`, a field of many SMB
    // structures osidump does not read, so left out (a filter on it is
    // refused rather than answered for this one place).
    c.take(2)?;
    if len > 0 {
        l.str(s::VOLUME_LABEL, utf16(c.take_upto(len as usize)));
    }
    Ok(())
}

/// FileFsDeviceInformation: the device type and its characteristics.
fn fs_device_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    l.uint(s::DEVICE_TYPE, c.le32()?);
    let v = c.le32()?;
    l.uint(s::DEVICE, v);
    bits(
        l,
        u64::from(v),
        &[
            s::DEVICE_REMOVABLE,
            s::DEVICE_READ_ONLY,
            s::DEVICE_FLOPPY,
            s::DEVICE_WRITE_ONCE,
            s::DEVICE_REMOTE,
            s::DEVICE_MOUNTED,
            s::DEVICE_VIRTUAL,
            s::DEVICE_SECURE_OPEN,
            s::DEVICE_TS,
            s::DEVICE_WEBDAV,
            s::DEVICE_PORTABLE,
            s::DEVICE_AAT,
        ],
    );
    Ok(())
}

/// FileFsAttributeInformation: the file system's attributes, its longest
/// name, and its name (UTF-16, of the length given).
fn fs_attribute_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    let v = c.le32()?;
    l.uint(s::FS_ATTR, v);
    bits(
        l,
        u64::from(v),
        &[
            s::FS_ATTR_CSS,
            s::FS_ATTR_CPN,
            s::FS_ATTR_UOD,
            s::FS_ATTR_PACLS,
            s::FS_ATTR_FC,
            s::FS_ATTR_VQ,
            s::FS_ATTR_SSF,
            s::FS_ATTR_SRP,
            s::FS_ATTR_SRS,
            s::FS_ATTR_SLA,
            s::FS_ATTR_VIS,
            s::FS_ATTR_SOIDS,
            s::FS_ATTR_SE,
            s::FS_ATTR_NS,
            s::FS_ATTR_ROV,
            s::FS_ATTR_SWO,
            s::FS_ATTR_ST,
            s::FS_ATTR_SHL,
            s::FS_ATTR_SIS,
            s::FS_ATTR_SBR,
            s::FS_ATTR_SSV,
        ],
    );
    l.uint(s::FS_MAX_NAME_LEN, c.le32()?);
    let len = c.le32()?;
    l.uint(s::FS_NAME_LEN, len);
    l.str(s::FS_NAME, utf16(c.take_upto(len as usize)));
    Ok(())
}

/// `dissect_qfi_SMB_FILE_STREAM_INFO`: the entries, each its next-entry
/// offset, name length, size, allocation size and UTF-16 name, until an
/// offset of 0 or the buffer's end.
fn file_stream_info(b: &[u8], l: &mut Layer<'_>) -> Result<(), usize> {
    use f::smb as s;
    let mut c = Reader { b, at: 0 };
    for _ in 0..MAX_ENTRIES {
        let start = c.at;
        let next = c.le32()?;
        l.uint(s::NEXT_ENTRY_OFFSET, next);
        let len = c.le32()?;
        l.uint(s::STREAM_NAME_LEN, len);
        l.uint(s::STREAM_SIZE, c.le64()?);
        l.uint(s::ALLOC_SIZE64, c.le64()?);
        let name = c.take_upto(len as usize);
        l.str(s::STREAM_NAME, utf16(name));
        if next == 0 {
            break;
        }
        // Skip to the next entry (padding, as far as the buffer goes).
        let to = start.saturating_add(next as usize);
        if to > c.at {
            c.at = to.min(b.len());
        }
        if c.at >= b.len() {
            break;
        }
    }
    Ok(())
}

/// What a read past a buffer's own length reports instead of an offset.
pub(super) const PAST_BUFFER: usize = usize::MAX;

/// The QUERY_INFO classes and levels decoded.
const FILE_INFO: u8 = 1;
const FS_INFO: u8 = 2;
const FILE_BASIC_INFO: u8 = 0x04;
const FILE_STANDARD_INFO: u8 = 0x05;
const FILE_INTERNAL_INFO: u8 = 0x06;
const FILE_DISPOSITION_INFO: u8 = 0x0d;
const FILE_ALL_INFO: u8 = 0x12;
const FILE_ALLOCATION_INFO: u8 = 0x13;
const FILE_ENDOFFILE_INFO: u8 = 0x14;
const FILE_NETWORK_OPEN_INFO: u8 = 0x22;
const FILE_NORMALIZED_NAME_INFO: u8 = 0x30;
const FILE_STREAM_INFO: u8 = 0x16;
const FS_VOLUME_INFO: u8 = 0x01;
const FS_SIZE_INFO: u8 = 0x03;
const FS_DEVICE_INFO: u8 = 0x04;
const FS_ATTRIBUTE_INFO: u8 = 0x05;

/// `dissect_smb2_file_all_info`: SMB2's own FileAllInformation.
fn file_all_info<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    l.present(s::FILE_ALL_INFO);
    file_times(b, 0, l)?;
    file_attributes(b, 32, l)?;
    need(b, 40)?;
    l.push(s::UNKNOWN, Value::Bytes(Cow::Borrowed(&b[36..40])));
    need(b, 48)?;
    l.uint(s::ALLOCATION_SIZE, le64(b, 40));
    need(b, 56)?;
    l.uint(s::EOF, le64(b, 48));
    need(b, 60)?;
    l.uint(s::NLINKS, le32(b, 56));
    need(b, 61)?;
    l.uint(s::DELETE_PENDING, b[60]);
    need(b, 62)?;
    l.uint(s::IS_DIRECTORY, b[61]);
    // Two bytes of padding.
    need(b, 72)?;
    l.uint(s::FILE_ID, le64(b, 64));
    need(b, 76)?;
    l.uint(s::EA_SIZE, le32(b, 72));
    access_mask(b, 76, l)?;
    // tshark reads these two with ENC_NA, i.e. big-endian.
    need(b, 88)?;
    l.uint(
        s::POSITION_INFO,
        u64::from_be_bytes(b[80..88].try_into().unwrap_or_default()),
    );
    need(b, 92)?;
    let mode = le32(b, 88);
    l.uint(s::MODE_INFO, mode);
    for def in [
        s::MODE_FILE_WRITE_THROUGH,
        s::MODE_FILE_SEQUENTIAL_ONLY,
        s::MODE_FILE_NO_INTERMEDIATE_BUFFERING,
        s::MODE_FILE_SYNCHRONOUS_IO_ALERT,
        s::MODE_FILE_SYNCHRONOUS_IO_NONALERT,
        s::MODE_FILE_DELETE_ON_CLOSE,
    ] {
        l.uint(
            def,
            (u64::from(mode) & def.mask) >> def.mask.trailing_zeros(),
        );
    }
    need(b, 96)?;
    l.uint(
        s::ALIGNMENT_INFO,
        u32::from_be_bytes(b[92..96].try_into().unwrap_or_default()),
    );
    need(b, 100)?;
    // The name's length is read as 16 bits, shown as 32.
    let n = usize::from(le16(b, 96));
    l.uint(s::FILENAME_LEN, le32(b, 96));
    if n > 0 {
        need(b, 100 + n)?;
        l.str(s::FILENAME, utf16(&b[100..100 + n]));
    }
    Ok(())
}

fn set_info_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 68)?;
    let class = m[66];
    class_level(class, m[67], l);
    need(m, 72)?;
    l.uint(s::SETINFO_SIZE, le32(m, 68));
    need(m, 74)?;
    l.uint(s::SETINFO_OFFSET, le16(m, 72));
    need(m, 76)?;
    l.uint(s::SETINFO_RESERVED, le16(m, 74));
    additional(m, 76, class, l)?;
    guid_field(m, 80, s::FID, l)?;
    // The data, read as a QUERY_INFO response's buffer of the same class
    // and level (packet-smb2.c's `dissect_smb2_infolevel` for both).
    let (off, len) = (usize::from(le16(m, 72)), le32(m, 68) as usize);
    if len == 0 {
        return Ok(());
    }
    let b = m
        .get(off.min(m.len())..off.saturating_add(len).min(m.len()))
        .unwrap_or(&[]);
    buffer(class, m[67], b, l).map_err(|Short(e)| Short(off + e))?;
    need(m, off.saturating_add(len))
}

/// Directory entries read at most, a response.
const MAX_ENTRIES: usize = 4096;

fn find_request<'a>(m: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 67)?;
    l.uint(s::FIND_INFOLEVEL, m[66]);
    need(m, 68)?;
    let fl = m[67];
    l.uint(s::FIND_FLAGS, fl);
    bits(
        l,
        u64::from(fl),
        &[
            s::FIND_RESTART_SCANS,
            s::FIND_SINGLE_ENTRY,
            s::FIND_INDEX_SPECIFIED,
            s::FIND_REOPEN,
        ],
    );
    need(m, 72)?;
    l.uint(s::FILE_INDEX, le32(m, 68));
    guid_field(m, 72, s::FID, l)?;
    need(m, 96)?;
    l.uint(s::OUTPUT_BUFFER_LEN, le32(m, 92));
    let (off, len) = (usize::from(le16(m, 88)), usize::from(le16(m, 90)));
    if len > 0 {
        need(m, off + len)?;
        l.str(s::FIND_PATTERN, utf16(&m[off..off + len]));
    }
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    Ok(())
}

/// A QUERY_DIRECTORY response: the buffer, and its entries when the
/// request's level is one tshark decodes here (FileIdBothDirectory, 37,
/// and FileIdFullDirectory, 38, which tshark shows under the same name).
fn find_response<'a>(m: &'a [u8], level: Option<u8>, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::smb2 as s;
    need(m, 72)?;
    let (off, len) = (usize::from(le16(m, 66)), le32(m, 68) as usize);
    l.uint(s::OLB_OFFSET, off as u64);
    l.uint(s::OLB_LENGTH, len as u64);
    if len == 0 {
        return Ok(());
    }
    need(m, off.saturating_add(len))?;
    let b = &m[off..off + len];
    l.push(s::FIND_INFO_BLOB, Value::Bytes(Cow::Borrowed(b)));
    let both = match level {
        Some(37) => true,
        Some(38) => false,
        _ => return Ok(()),
    };
    let mut at = 0usize;
    for _ in 0..MAX_ENTRIES {
        let e = &b[at.min(b.len())..];
        if e.is_empty() {
            break;
        }
        l.present(s::FIND_ID_BOTH_DIRECTORY_INFO);
        need(e, 4)?;
        let next = le32(e, 0) as usize;
        l.uint(s::NEXT_OFFSET, next as u64);
        need(e, 8)?;
        l.uint(s::FILE_INDEX, le32(e, 4));
        file_times(e, 8, l)?;
        need(e, 48)?;
        l.uint(s::EOF, le64(e, 40));
        need(e, 56)?;
        l.uint(s::ALLOCATION_SIZE, le64(e, 48));
        file_attributes(e, 56, l)?;
        need(e, 64)?;
        let nlen = le32(e, 60) as usize;
        l.uint(s::FILENAME_LEN, nlen as u64);
        need(e, 68)?;
        l.uint(s::EA_SIZE, le32(e, 64));
        let name_at: usize = if both {
            need(e, 69)?;
            let sl = usize::from(e[68]);
            l.uint(s::SHORT_NAME_LEN, sl as u64);
            if sl > 0 {
                need(e, 70 + sl.min(24))?;
                l.str(s::SHORTNAME, utf16(&e[70..70 + sl.min(24)]));
            }
            need(e, 104)?;
            l.uint(s::FILE_ID, le64(e, 96));
            104
        } else {
            need(e, 80)?;
            l.uint(s::FILE_ID, le64(e, 72));
            80
        };
        need(e, name_at.saturating_add(nlen))?;
        l.str(s::FILENAME, utf16(&e[name_at..name_at + nlen]));
        if next == 0 {
            break;
        }
        at += next;
    }
    Ok(())
}
