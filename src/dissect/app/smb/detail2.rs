//! What tshark 4.0's SMB2 appends to the Info column after a message's
//! command (and its error): a tree connect's share (` Tree: \\h\s`), a
//! create's file (` File: x`), a read's or write's length and offset
//! (` Len:1024 Off:0`), an info request's class and level
//! (` FILE_INFO/SMB2_FILE_STANDARD_INFO`), an ioctl's function and a pipe
//! wait's pipe (` FSCTL_PIPE_WAIT Pipe: x`) or a DFS referral's file
//! (`, File: x`), a find's level and pattern (request, and its response
//! by message id, whatever its status), and after every file id of a
//! file opened by a create seen in the conversation, that file's name.
//!
//! tshark names a file id by what its create request asked for (matched
//! to the response by message id); a create response whose request was
//! not seen names it ` File: ` with nothing after. The ids are kept per
//! conversation (tshark keeps them for the capture), at most
//! [`super::MAX_FILES`], the oldest forgotten first; a close forgets its
//! id after its request is shown.
//!
//! Parsing ([`parts`]) gives [`Part`]s, [`render`] writes them. Every
//! offset is untrusted: a part past the message is left out.

use super::body1::{u16_at, u32_at};
use super::{MAX_CREATES, MAX_FILES, Smb2State};
use crate::dissect::fields as f;
use std::fmt::Write;

const TREE_CONNECT: u16 = 3;
const CREATE: u16 = 5;
const CLOSE: u16 = 6;
const FLUSH: u16 = 7;
const READ: u16 = 8;
const WRITE: u16 = 9;
const LOCK: u16 = 10;
const IOCTL: u16 = 11;
const QUERY_DIRECTORY: u16 = 14;
const CHANGE_NOTIFY: u16 = 15;
const QUERY_INFO: u16 = 16;
const SET_INFO: u16 = 17;
const OPLOCK_BREAK: u16 = 18;
const FSCTL_PIPE_WAIT: u32 = 0x0011_0018;
const FSCTL_DFS_GET_REFERRALS: u32 = 0x0006_0194;
const B: usize = 64;

/// One piece of a message's Info text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Part {
    /// ` Tree: \\host\share`
    Tree(String),
    /// ` File: name` (a create's, or an open file id's)
    File(String),
    /// ` Len:1024 Off:0`
    LenOff(u32, u64),
    /// ` FILE_INFO/SMB2_FILE_STANDARD_INFO`, ` FSCTL_PIPE_WAIT`
    Name(String),
    /// ` Pipe: name`
    Pipe(String),
    /// ` SMB2_FIND_ID_BOTH_DIRECTORY_INFO Pattern: *` (a find's level and
    /// pattern)
    Find(String, String),
    /// `, File: name` (a DFS referral request's)
    Referral(String),
    /// `Lease Break Notification`: the whole column, replacing what the
    /// SMB2 layer wrote before it (tshark's `col_set_str`); comes first.
    Whole(&'static str),
}

/// A find's level as tshark names it.
fn find_level(level: u8) -> String {
    match f::smb2::FIND_INFOLEVEL.value_name(u64::from(level)) {
        Some(n) => n.to_string(),
        None => format!("(Level:0x{level:02x})"),
    }
}

pub(super) fn render(parts: &[Part]) -> String {
    let mut out = String::new();
    for p in parts {
        let _ = match p {
            Part::Tree(s) => write!(out, " Tree: {s}"),
            Part::File(s) => write!(out, " File: {s}"),
            // tshark prints the length signed (`%d`).
            Part::LenOff(n, at) => write!(out, " Len:{} Off:{at}", *n as i32),
            Part::Name(s) => write!(out, " {s}"),
            Part::Pipe(s) => write!(out, " Pipe: {s}"),
            Part::Find(level, pattern) => write!(out, " {level} Pattern: {pattern}"),
            Part::Referral(s) => write!(out, ", File: {s}"),
            Part::Whole(s) => write!(out, "{s}"),
        };
    }
    out
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(
        b.get(at..at.checked_add(8)?)?.try_into().ok()?,
    ))
}

fn id_at(m: &[u8], at: usize) -> Option<[u8; 16]> {
    m.get(at..at.checked_add(16)?)?.try_into().ok()
}

/// UTF-16LE text at `off`, `len` bytes (to a NUL), as tshark shows it.
fn text(m: &[u8], off: usize, len: usize) -> Option<String> {
    let s = m.get(off..off.checked_add(len)?)?;
    let units: Vec<u16> = s
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    let s = String::from_utf16_lossy(&units);
    Some(crate::dissect::expert::format_text(s.as_bytes()))
}

/// The name of the file open under the id at `at`, when its create was
/// seen.
fn file(st: &Smb2State, m: &[u8], at: usize, parts: &mut Vec<Part>) -> Option<[u8; 16]> {
    let id = id_at(m, at)?;
    if let Some(n) = st.files.get(&id) {
        parts.push(Part::File(n.clone()));
    }
    Some(id)
}

fn name_of(def: &'static crate::dissect::field::FieldDef, v: u64, hex: usize) -> String {
    match def.value_name(v) {
        Some(n) => n.to_string(),
        None => format!("Unknown (0x{v:0hex$x})"),
    }
}

/// An info request's class and level, as tshark names them.
fn class_level(class: u8, level: u8) -> String {
    use f::smb2 as s;
    let c = name_of(s::CLASS, u64::from(class), 2);
    let def = match class {
        1 => s::FILE_INFO_INFOLEVEL,
        2 => s::FS_INFO_INFOLEVEL,
        3 => s::SEC_INFO_INFOLEVEL,
        _ => return format!("{c}/Unknown (0x{level:02x})"),
    };
    format!("{c}/{}", name_of(def, u64::from(level), 2))
}

/// The Info parts of message `m` (header at 0): `ok` when its body is
/// decoded (a request, or a response whose status is not an error), and
/// the conversation's state, which creates and closes update.
pub(super) fn parts(st: &mut Smb2State, m: &[u8], cmd: u16, response: bool, ok: bool) -> Vec<Part> {
    let mut parts = Vec::new();
    let msg_id = u64_at(m, 24).unwrap_or(0);
    if cmd == CREATE && response {
        // The request's name goes with the response, whatever its status.
        let name = st.creates.remove(&msg_id);
        if ok && let Some(id) = id_at(m, B + 64) {
            st.files.insert(id, name.unwrap_or_default(), MAX_FILES);
            file(st, m, B + 64, &mut parts);
        }
        return parts;
    }
    if cmd == QUERY_DIRECTORY && response {
        // The request's level and pattern, whatever the status.
        if let Some((level, pattern)) = st.finds.remove(&msg_id) {
            parts.push(Part::Find(find_level(level), pattern));
        }
        return parts;
    }
    if !ok || m.len() <= B {
        return parts;
    }
    let _ = body(st, m, cmd, response, msg_id, &mut parts);
    parts
}

fn body(
    st: &mut Smb2State,
    m: &[u8],
    cmd: u16,
    response: bool,
    msg_id: u64,
    parts: &mut Vec<Part>,
) -> Option<()> {
    match (cmd, response) {
        // With an extension, the offset points at it, not at the path.
        (TREE_CONNECT, false) if u16_at(m, B + 2)? & 0x4 == 0 => {
            let (off, len) = (u16_at(m, B + 4)?, u16_at(m, B + 6)?);
            parts.push(Part::Tree(text(m, off.into(), len.into())?));
        }
        (CREATE, false) => {
            let (off, len) = (u16_at(m, B + 44)?, u16_at(m, B + 46)?);
            let name = if len == 0 {
                String::new()
            } else {
                text(m, off.into(), len.into())?
            };
            parts.push(Part::File(name.clone()));
            st.creates.insert(msg_id, name, MAX_CREATES);
        }
        (CLOSE, false) => {
            let id = file(st, m, B + 8, parts)?;
            st.files.remove(&id);
        }
        (FLUSH, false) | (LOCK, false) | (CHANGE_NOTIFY, false) => {
            file(st, m, B + 8, parts)?;
        }
        (QUERY_DIRECTORY, false) => {
            let level = *m.get(B + 2)?;
            file(st, m, B + 8, parts)?;
            let (off, len) = (u16_at(m, B + 24)?, u16_at(m, B + 26)?);
            let pattern = text(m, off.into(), len.into())?;
            parts.push(Part::Find(find_level(level), pattern.clone()));
            if len > 0 {
                st.finds.insert(msg_id, (level, pattern), MAX_CREATES);
            }
        }
        (OPLOCK_BREAK, _) => {
            // packet-smb2.c names the form by its structure size (and an
            // oplock notification by its unsolicited message id), setting
            // the whole column; the oplock forms' file follows.
            match u16_at(m, B)? {
                24 => {
                    parts.push(Part::Whole(match (response, msg_id) {
                        (false, _) => "Oplock Break Acknowledgment",
                        (true, u64::MAX) => "Oplock Break Notification",
                        (true, _) => "Oplock Break Response",
                    }));
                    file(st, m, B + 8, parts)?;
                }
                44 if response => parts.push(Part::Whole("Lease Break Notification")),
                36 => parts.push(Part::Whole(if response {
                    "Lease Break Response"
                } else {
                    "Lease Break Acknowledgment"
                })),
                _ => {}
            }
        }
        (READ, false) => {
            parts.push(Part::LenOff(u32_at(m, B + 4)?, u64_at(m, B + 8)?));
            file(st, m, B + 16, parts)?;
        }
        (WRITE, false) => {
            parts.push(Part::LenOff(u32_at(m, B + 4)?, u64_at(m, B + 8)?));
            file(st, m, B + 16, parts)?;
        }
        (IOCTL, _) => {
            let code = u32_at(m, B + 4)?;
            parts.push(Part::Name(name_of(
                f::smb2::IOCTL_FUNCTION,
                u64::from(code),
                8,
            )));
            file(st, m, B + 8, parts)?;
            if !response && code == FSCTL_DFS_GET_REFERRALS {
                let (off, len) = (u32_at(m, B + 24)? as usize, u32_at(m, B + 28)? as usize);
                let input = m.get(off..off.checked_add(len)?)?;
                parts.push(Part::Referral(text(input, 2, len.saturating_sub(2))?));
            }
            if !response && code == FSCTL_PIPE_WAIT {
                let (off, len) = (u32_at(m, B + 24)? as usize, u32_at(m, B + 28)? as usize);
                let input = m.get(off..off.checked_add(len)?)?;
                let n = u32_at(input, 8)? as usize;
                parts.push(Part::Pipe(text(input, 14, n)?));
            }
        }
        (QUERY_INFO, false) => {
            parts.push(Part::Name(class_level(*m.get(B + 2)?, *m.get(B + 3)?)));
            file(st, m, B + 24, parts)?;
        }
        (SET_INFO, false) => {
            parts.push(Part::Name(class_level(*m.get(B + 2)?, *m.get(B + 3)?)));
            file(st, m, B + 16, parts)?;
        }
        _ => {}
    }
    Some(())
}
