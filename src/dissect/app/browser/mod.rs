//! The SMB mailslot header and the Microsoft Windows Browser Protocol as
//! tshark 4.0's `packet-smb-mailslot.c` and `packet-smb-browse.c` show
//! them: a Trans request (SMB over a NetBIOS datagram, UDP 138) written to
//! `\MAILSLOT\BROWSE` or `\MAILSLOT\LANMAN`; SMB reads the request's words
//! ([`super::smb`]) and hands the setup words, the name and the data here.
//!
//! What tshark does that is followed here:
//! - the mailslot header (opcode, priority and class from the setup
//!   words, the byte count as its size, the name) is an item of its own,
//!   but is not listed in `frame.protocols` (SMB calls it as a function,
//!   not through a handle); the browser is;
//! - the browser clears the Info column and writes the command's name,
//!   then for announcements the host name and each server type bit's name
//!   (LANMAN's announcement has the types before the name, as it reads
//!   them); Protocol is `BROWSER`;
//! - `browser.windows_version` is named from the OS version for 5.0 to
//!   6.1 only, empty otherwise;
//! - a name is read to its NUL; without one in the message, tshark throws
//!   (cut by the capture, or malformed).
//!
//! Left out: host names are read as ASCII, where tshark reads them as
//! code page 437 (a byte past 0x7f differs).
//!
//! The promise: no input makes this module panic; every read is checked
//! against the captured bytes.

pub mod fields;

#[cfg(test)]
mod tests;

use super::smb::Mailslot;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi};
use crate::dissect::wire::{Short, ascii, le16, le32, need};

const HOST_ANNOUNCE: u8 = 1;
const REQUEST_ANNOUNCE: u8 = 2;
const ELECTION_REQUEST: u8 = 8;
const BACKUP_LIST_REQUEST: u8 = 9;
const BACKUP_LIST_RESPONSE: u8 = 10;
const BECOME_BACKUP: u8 = 11;
const DOMAIN_ANNOUNCEMENT: u8 = 12;
const MASTER_ANNOUNCEMENT: u8 = 13;
const RESET_STATE: u8 = 14;
const LOCAL_MASTER_ANNOUNCEMENT: u8 = 15;
const HOST_NAME_LEN: usize = 16;

/// The mailslot and browser layers of the SMB message `b` (at frame
/// offset `at`, `reported` bytes on the wire) whose Trans request `m`
/// describes, appended to `out`.
pub fn dissect<'a>(
    b: &'a [u8],
    at: usize,
    reported: usize,
    m: &Mailslot,
    out: &mut Vec<Layer<'a>>,
) {
    let mut l = Layer::new(
        Osi::Application,
        "mailslot",
        at + m.setup..at + m.name.end + 1,
    );
    l.uint(f::mailslot::OPCODE, le16(b, m.setup));
    l.uint(f::mailslot::PRIORITY, le16(b, m.setup + 2));
    l.uint(f::mailslot::CLASS, le16(b, m.setup + 4));
    l.uint(f::mailslot::SIZE, m.bcc);
    let name = &b[m.name.clone()];
    l.str(f::mailslot::NAME, ascii(name));
    out.push(l);
    // SMB passed only these two mailslots, named in full.
    let lanman = name.get(10..).is_some_and(|t| t.starts_with(b"LANMAN"));
    let end = (m.data + m.data_count).min(b.len());
    let data = &b[m.data..end];
    let data_reported = m
        .data_count
        .min(reported.saturating_sub(m.data))
        .max(data.len());
    let mut l = Layer::new(Osi::Application, "browser", at + m.data..at + end);
    let r = if lanman {
        lanman_message(data, &mut l)
    } else {
        browse_message(data, &mut l)
    };
    if let Err(Short(need)) = r {
        let reason = format!("browser message: need {need} bytes, have {}", data.len());
        l.read_past_end("browser", reason, need <= data_reported);
    }
    out.push(l);
}

/// The length of the NUL-terminated string at `at`, NUL included
/// (`tvb_strsize`): without a NUL, a read past the captured end.
fn strsize(b: &[u8], at: usize) -> Result<usize, Short> {
    crate::dissect::wire::strsize(b, at).ok_or(Short(b.len().max(at) + 1))
}

/// A NUL-terminated string at `at` into `def`; where it ends.
fn stringz<'a>(
    b: &'a [u8],
    at: usize,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'a>,
) -> Result<usize, Short> {
    let n = strsize(b, at)?;
    l.str(def, ascii(&b[at..at + n - 1]));
    Ok(at + n)
}

/// The name tshark gives an OS version (`SET_WINDOWS_VERSION_STRING`).
fn windows_version(major: u8, minor: u8) -> &'static str {
    match (major, minor) {
        (6, 1) => "Windows 7 or Windows Server 2008 R2",
        (6, 0) => "Windows Vista or Windows Server 2008",
        (5, 2) => "Windows Server 2003 R2 or Windows Server 2003",
        (5, 1) => "Windows XP",
        (5, 0) => "Windows 2000",
        _ => "",
    }
}

fn os_version(b: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    need(b, at + 2)?;
    l.str(
        f::browser::WINDOWS_VERSION,
        windows_version(b[at], b[at + 1]),
    );
    l.uint(f::browser::OS_MAJOR, b[at]);
    l.uint(f::browser::OS_MINOR, b[at + 1]);
    Ok(())
}

/// The server type word and its bits.
fn server_type(b: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::browser as d;
    need(b, at + 4)?;
    let t = le32(b, at);
    l.uint(d::SERVER_TYPE, t);
    for def in [
        d::SERVER_TYPE_WORKSTATION,
        d::SERVER_TYPE_SERVER,
        d::SERVER_TYPE_SQL,
        d::SERVER_TYPE_DOMAIN_CONTROLLER,
        d::SERVER_TYPE_BACKUP_CONTROLLER,
        d::SERVER_TYPE_TIME,
        d::SERVER_TYPE_APPLE,
        d::SERVER_TYPE_NOVELL,
        d::SERVER_TYPE_MEMBER,
        d::SERVER_TYPE_PRINT,
        d::SERVER_TYPE_DIALIN,
        d::SERVER_TYPE_XENIX,
        d::SERVER_TYPE_NTW,
        d::SERVER_TYPE_WFW,
        d::SERVER_TYPE_NTS,
        d::SERVER_TYPE_BROWSER_POTENTIAL,
        d::SERVER_TYPE_BROWSER_BACKUP,
        d::SERVER_TYPE_BROWSER_MASTER,
        d::SERVER_TYPE_BROWSER_DOMAIN_MASTER,
        d::SERVER_TYPE_OSF,
        d::SERVER_TYPE_VMS,
        d::SERVER_TYPE_W95,
        d::SERVER_TYPE_DFS,
        d::SERVER_TYPE_LOCAL,
        d::SERVER_TYPE_DOMAINENUM,
    ] {
        l.boolean(def, u64::from(t) & def.mask != 0);
    }
    Ok(())
}

/// A byte and the bits of it that `defs` name.
fn bits(
    b: &[u8],
    at: usize,
    def: &'static crate::dissect::field::FieldDef,
    defs: &[&'static crate::dissect::field::FieldDef],
    l: &mut Layer<'_>,
) -> Result<(), Short> {
    need(b, at + 1)?;
    l.uint(def, b[at]);
    for d in defs {
        l.boolean(d, u64::from(b[at]) & d.mask != 0);
    }
    Ok(())
}

/// A message written to `\MAILSLOT\BROWSE`.
fn browse_message<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::browser as d;
    need(b, 1)?;
    let cmd = b[0];
    l.uint(d::COMMAND, cmd);
    match cmd {
        HOST_ANNOUNCE | DOMAIN_ANNOUNCEMENT | LOCAL_MASTER_ANNOUNCEMENT => {
            need(b, 2)?;
            l.uint(d::UPDATE_COUNT, b[1]);
            need(b, 6)?;
            l.uint(d::PERIOD, le32(b, 2));
            need(b, 6 + HOST_NAME_LEN)?;
            l.str(d::SERVER, ascii(&b[6..6 + HOST_NAME_LEN]));
            let at = 6 + HOST_NAME_LEN;
            os_version(b, at, l)?;
            server_type(b, at + 2, l)?;
            let mut at = at + 6;
            if cmd == DOMAIN_ANNOUNCEMENT && {
                need(b, at + 4)?;
                le16(b, at + 2) != 0xaa55
            } {
                l.uint(d::MYSTERIOUS_FIELD, le32(b, at));
                at += 4;
            } else {
                need(b, at + 1)?;
                l.uint(d::PROTO_MAJOR, b[at]);
                need(b, at + 2)?;
                l.uint(d::PROTO_MINOR, b[at + 1]);
                need(b, at + 4)?;
                l.uint(d::SIG, le16(b, at + 2));
                at += 4;
            }
            let def = if cmd == DOMAIN_ANNOUNCEMENT {
                d::MB_SERVER
            } else {
                d::COMMENT
            };
            stringz(b, at, def, l)?;
        }
        REQUEST_ANNOUNCE => {
            need(b, 2)?;
            l.uint(d::UNUSED, b[1]);
            stringz(b, 2, d::RESPONSE_COMPUTER_NAME, l)?;
        }
        ELECTION_REQUEST => {
            need(b, 2)?;
            l.uint(d::ELECTION_VERSION, b[1]);
            need(b, 6)?;
            l.uint(d::ELECTION_CRITERIA, le32(b, 2));
            bits(
                b,
                2,
                d::ELECTION_DESIRE,
                &[
                    d::ELECTION_DESIRE_BACKUP,
                    d::ELECTION_DESIRE_STANDBY,
                    d::ELECTION_DESIRE_MASTER,
                    d::ELECTION_DESIRE_DOMAIN_MASTER,
                    d::ELECTION_DESIRE_WINS,
                    d::ELECTION_DESIRE_NT,
                ],
                l,
            )?;
            l.uint(d::PROTO_MAJOR, b[3]);
            l.uint(d::PROTO_MINOR, b[4]);
            bits(
                b,
                5,
                d::ELECTION_OS,
                &[d::ELECTION_OS_WFW, d::ELECTION_OS_NTW, d::ELECTION_OS_NTS],
                l,
            )?;
            need(b, 10)?;
            l.uint(d::UPTIME, le32(b, 6));
            stringz(b, 14, d::SERVER, l)?;
        }
        BACKUP_LIST_REQUEST => {
            need(b, 2)?;
            l.uint(d::BACKUP_COUNT, b[1]);
            need(b, 6)?;
            l.uint(d::BACKUP_TOKEN, le32(b, 2));
        }
        BACKUP_LIST_RESPONSE => {
            need(b, 2)?;
            l.uint(d::BACKUP_COUNT, b[1]);
            need(b, 6)?;
            l.uint(d::BACKUP_TOKEN, le32(b, 2));
            let mut at = 6;
            for _ in 0..b[1] {
                at = stringz(b, at, d::BACKUP_SERVER, l)?;
            }
        }
        MASTER_ANNOUNCEMENT => {
            stringz(b, 1, d::MB_SERVER, l)?;
        }
        RESET_STATE => {
            bits(
                b,
                1,
                d::RESET_CMD,
                &[
                    d::RESET_CMD_DEMOTE,
                    d::RESET_CMD_FLUSH,
                    d::RESET_CMD_STOP_LMB,
                ],
                l,
            )?;
        }
        BECOME_BACKUP => {
            stringz(b, 1, d::BROWSER_TO_PROMOTE, l)?;
        }
        _ => {}
    }
    Ok(())
}

/// A message written to `\MAILSLOT\LANMAN`: announcements only, in their
/// older layout.
fn lanman_message<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    use f::browser as d;
    need(b, 1)?;
    let cmd = b[0];
    l.uint(d::COMMAND, cmd);
    if !matches!(
        cmd,
        HOST_ANNOUNCE | DOMAIN_ANNOUNCEMENT | LOCAL_MASTER_ANNOUNCEMENT
    ) {
        return Ok(());
    }
    need(b, 2)?;
    l.uint(d::UPDATE_COUNT, b[1]);
    server_type(b, 2, l)?;
    os_version(b, 6, l)?;
    need(b, 10)?;
    l.uint(d::PERIOD, u32::from(le16(b, 8)) * 1000);
    let at = stringz(b, 10, d::SERVER, l)?;
    let def = if cmd == DOMAIN_ANNOUNCEMENT {
        d::MB_SERVER
    } else {
        d::COMMENT
    };
    stringz(b, at, def, l)?;
    Ok(())
}

/// The names of the server type bits in the Info column.
const SERVER_TYPES: [&str; 32] = [
    "Workstation",
    "Server",
    "SQL Server",
    "Domain Controller",
    "Backup Controller",
    "Time Source",
    "Apple Server",
    "Novell Server",
    "Domain Member Server",
    "Print Queue Server",
    "Dialin Server",
    "Xenix Server",
    "NT Workstation",
    "Windows for Workgroups",
    "",
    "NT Server",
    "Potential Browser",
    "Backup Browser",
    "Master Browser",
    "Domain Master Browser",
    "OSF",
    "VMS",
    "Windows 95 or above",
    "DFS server",
    "",
    "",
    "",
    "",
    "",
    "",
    "Local List Only",
    "Domain Enum",
];

/// tshark's Info for a browser layer: the command, then what the message
/// adds in the order it is read (a host name, the server types).
pub fn info(out: &mut String, l: &Layer<'_>) {
    use crate::dissect::layer::Value;
    use std::fmt::Write;
    let Some(cmd) = l.get_uint(f::browser::COMMAND) else {
        return;
    };
    match f::browser::COMMAND.value_name(cmd) {
        Some(n) => out.push_str(n),
        None => {
            let _ = write!(out, "Unknown command:0x{cmd:02x}");
        }
    }
    let announcement = matches!(
        cmd as u8,
        HOST_ANNOUNCE | DOMAIN_ANNOUNCEMENT | LOCAL_MASTER_ANNOUNCEMENT
    );
    for fl in &l.fields {
        let def = fl.def;
        if std::ptr::eq(def, f::browser::SERVER_TYPE) {
            if let Value::UInt(t) = fl.value {
                for (i, name) in SERVER_TYPES.iter().enumerate() {
                    if t & (1 << i) == 0 {
                        continue;
                    }
                    if name.is_empty() {
                        let _ = write!(out, ", Unknown server type:{i}");
                    } else {
                        out.push_str(", ");
                        out.push_str(name);
                    }
                }
            }
        } else if ((announcement && std::ptr::eq(def, f::browser::SERVER))
            || std::ptr::eq(def, f::browser::RESPONSE_COMPUTER_NAME))
            && let Value::Str(s) = &fl.value
        {
            out.push(' ');
            out.push_str(s);
        }
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

/// The mailslot header's line: its opcode.
pub fn mailslot_summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(op) = l.get_uint(f::mailslot::OPCODE) {
        match f::mailslot::OPCODE.value_name(op) {
            Some(n) => out.push_str(n),
            None => {
                let _ = write!(out, "Unknown opcode: 0x{op:04x}");
            }
        }
    }
}

pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "browser",
    also: &[],
    title: "Microsoft Windows Browser Protocol",
    osi: Osi::Application,
    fields: f::browser::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: None,
    app: None,
};

pub static MAILSLOT_SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "mailslot",
    also: &[],
    title: "SMB MailSlot Protocol",
    osi: Osi::Application,
    fields: f::mailslot::ALL,
    summary: mailslot_summary,
    // The Info is the summary.
    info: None,
    column: Some(|_| "SMB Mailslot"),
    app: None,
};
