//! SMB (version 1) commands that set a session up, their words and bytes
//! as packet-smb.c shows them: Negotiate Protocol (the dialects a client
//! offers; the answer's words in its core, LAN Manager and NT LM forms, with
//! the challenge and domain or the server GUID and security blob), Session
//! Setup AndX (the LAN Manager, extended-security and NT LM request forms:
//! passwords, blob, capabilities, account, domain, OS and LAN Manager
//! names; the response's action, blob and names) and Tree Connect AndX's
//! request (flags, password, path, service).
//!
//! The bytes are read as packet-smb.c counts them: each part takes its
//! length off the byte count, a part the count no longer holds ends the
//! block, and strings are read by [`ByteCount::string`], tshark's
//! `get_unicode_or_ascii_string`. Every length is untrusted; a part past
//! the captured bytes ends the block too.
use super::body1::{u16_at, u32_at};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use std::borrow::Cow;

/// The bytes of a block, from `at` in the SMB message `b`, while the byte
/// count (`bc`) lasts.
pub(super) struct ByteCount<'b> {
    b: &'b [u8],
    at: usize,
    bc: u16,
}

impl<'b> ByteCount<'b> {
    /// The bytes after the byte count at `bcc_at`; `None` when the count
    /// is not captured or is zero (tshark's `BYTE_COUNT` ends the block).
    pub fn new(b: &'b [u8], bcc_at: usize) -> Option<Self> {
        let bc = u16_at(b, bcc_at)?;
        (bc != 0).then_some(ByteCount {
            b,
            at: bcc_at + 2,
            bc,
        })
    }

    /// The next `len` bytes (`CHECK_BYTE_COUNT`, then `COUNT_BYTES`).
    pub fn take(&mut self, len: usize) -> Option<&'b [u8]> {
        if usize::from(self.bc) < len {
            return None;
        }
        let s = self.b.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        self.bc -= len as u16;
        Some(s)
    }

    /// The next string, NUL-terminated: UTF-16LE (from an even offset,
    /// a pad byte skipped, unless `nopad`; ended by the byte count too) or
    /// ASCII (ended only by its NUL). Its length, terminator included,
    /// comes off the count: past it for an ASCII string, which is how
    /// packet-smb.c counts (the count wraps).
    pub fn string(&mut self, unicode: bool, nopad: bool) -> Option<String> {
        if self.bc == 0 {
            return None;
        }
        if unicode {
            if !nopad && self.at % 2 == 1 {
                self.at += 1;
                self.bc -= 1;
                if self.bc == 0 {
                    return None;
                }
            }
            let (s, len) = unicode_to_str(self.b, self.at, self.bc)?;
            self.at += len;
            self.bc = self.bc.wrapping_sub(len as u16);
            Some(s)
        } else {
            let rest = self.b.get(self.at..)?;
            let nul = memchr::memchr(0, rest)?;
            let s = crate::dissect::wire::ascii(&rest[..nul]).into_owned();
            self.at += nul + 1;
            self.bc = self.bc.wrapping_sub((nul + 1) as u16);
            Some(s)
        }
    }

    /// The next `len` bytes as far as the message goes, not taken: a
    /// security blob, which packet-smb.c shows cut to what remains.
    fn peek(&self, len: usize) -> &'b [u8] {
        let end = self.at.saturating_add(len).min(self.b.len());
        self.b.get(self.at..end).unwrap_or_default()
    }

    /// Whether the next bytes are `s` (tshark's `tvb_strneql`).
    fn starts_with(&self, s: &[u8]) -> bool {
        self.b.get(self.at..).is_some_and(|r| r.starts_with(s))
    }
}

/// Characters packet-smb.c keeps of a UTF-16 string (`MAX_UNICODE_STR_LEN`):
/// a longer one ends in `...`.
const MAX_STRING: usize = 256;

/// A UTF-16LE string at `at`, as packet-smb.c's `unicode_to_str` reads it:
/// up to a NUL unit or the byte count `bc` (a last odd byte counts as a
/// one-byte terminator), each unit past Latin-1 shown as `?`. The string
/// and the bytes it spans; `None` when a unit is not captured (tshark
/// throws).
pub(super) fn unicode_to_str(b: &[u8], mut at: usize, mut bc: u16) -> Option<(String, usize)> {
    let mut s = String::new();
    let (mut chars, mut len, mut overflow) = (0, 0, false);
    loop {
        if bc == 0 {
            break;
        }
        if bc == 1 {
            len += 1;
            break;
        }
        let unit = u16_at(b, at)?;
        if unit == 0 {
            len += 2;
            break;
        }
        if chars < MAX_STRING {
            s.push(latin1(unit));
            chars += 1;
        } else {
            overflow = true;
        }
        at += 2;
        bc -= 2;
        len += 2;
    }
    if overflow {
        s.push_str("...");
    }
    Some((s, len))
}

/// A UTF-16 unit as packet-smb.c keeps it: its low byte when the high
/// one is zero, else `?`. Its low bytes past 0x7f are not UTF-8 alone,
/// and tshark 4.0 shows each as U+FFFD.
fn latin1(unit: u16) -> char {
    match unit {
        0..=0x7f => char::from(unit as u8),
        0x80..=0xff => '\u{fffd}',
        _ => '?',
    }
}

fn bytes<'a>(l: &mut Layer<'a>, def: &'static crate::dissect::field::FieldDef, v: &'a [u8]) {
    l.push(def, Value::Bytes(Cow::Borrowed(v)));
}

/// A Negotiate Protocol request (block at `at`): each dialect offered,
/// its buffer format and name.
pub(super) fn negotiate_request<'a>(b: &'a [u8], at: usize, l: &mut Layer<'a>) -> Option<()> {
    use f::smb as s;
    // A word count makes packet-smb.c read the byte count from the words;
    // a request has none.
    if *b.get(at)? != 0 {
        return None;
    }
    let mut bc = ByteCount::new(b, at + 1)?;
    while bc.bc > 0 {
        let name_at = bc.at + 1;
        let rest = b.get(name_at..).filter(|r| !r.is_empty())?;
        let nul = memchr::memchr(0, rest)?;
        let name = crate::dissect::wire::ascii(&rest[..nul]);
        l.str(s::DIALECT, name.clone());
        l.uint(s::BUFFER_FORMAT, *bc.take(1)?.first()?);
        bc.take(nul + 1)?;
        l.str(s::DIALECT_NAME, name);
    }
    Some(())
}

/// A Negotiate Protocol response (block at `at`, word count `wct`): the
/// dialect chosen, and for the LAN Manager (13 words) and NT LM (17)
/// forms the server's words and bytes.
pub(super) fn negotiate_response<'a>(
    b: &'a [u8],
    at: usize,
    unicode: bool,
    l: &mut Layer<'a>,
) -> Option<()> {
    use f::smb as s;
    let wct = *b.get(at)?;
    let w = at + 1;
    if !matches!(wct, 1 | 13 | 17) {
        return None;
    }
    l.uint(s::DIALECT_INDEX, u16_at(b, w)?);
    match wct {
        13 => {
            let sm = u16_at(b, w + 2)?;
            l.uint(s::SM, sm);
            super::body::bits(l, sm.into(), &[s::SM_MODE, s::SM_PASSWORD]);
            l.uint(s::MAX_BUFSIZE, u16_at(b, w + 4)?);
            l.uint(s::MAX_MPX_COUNT, u16_at(b, w + 6)?);
            l.uint(s::MAX_VCS, u16_at(b, w + 8)?);
            let rm = u16_at(b, w + 10)?;
            l.uint(s::RM, rm);
            super::body::bits(l, rm.into(), &[s::RM_READ, s::RM_WRITE]);
            l.uint(s::SESSION_KEY, u32_at(b, w + 12)?);
            dos_date_time(b, w + 16, l)?;
            l.int(s::SERVER_TIMEZONE, u16_at(b, w + 20)? as i16);
            let chl = u16_at(b, w + 22)?;
            l.uint(s::CHALLENGE_LENGTH, chl);
            let mut bc = ByteCount::new(b, w + 26)?;
            if chl > 0 {
                bytes(l, s::CHALLENGE, bc.take(chl.into())?);
            }
            l.str(s::PRIMARY_DOMAIN, bc.string(unicode, false)?);
        }
        17 => {
            let sm = *b.get(w + 2)?;
            l.uint(s::SM_8, sm);
            super::body::bits(
                l,
                sm.into(),
                &[
                    s::SM_MODE_8,
                    s::SM_PASSWORD_8,
                    s::SM_SIGNATURES,
                    s::SM_SIG_REQUIRED,
                ],
            );
            l.uint(s::MAX_MPX_COUNT, u16_at(b, w + 3)?);
            l.uint(s::MAX_VCS, u16_at(b, w + 5)?);
            l.uint(s::MAX_BUFSIZE, u32_at(b, w + 7)?);
            l.uint(s::MAX_RAW, u32_at(b, w + 11)?);
            l.uint(s::SESSION_KEY, u32_at(b, w + 15)?);
            let caps = u32_at(b, w + 19)?;
            capabilities(caps, l);
            let t = u64::from_le_bytes(b.get(w + 23..w + 31)?.try_into().ok()?);
            l.push(
                s::SYSTEM_TIME,
                Value::Time(super::super::ntlmssp::nt_time(t)),
            );
            l.int(s::SERVER_TIMEZONE, u16_at(b, w + 31)? as i16);
            let chl = *b.get(w + 33)?;
            l.uint(s::CHALLENGE_LENGTH_8, chl);
            let mut bc = ByteCount::new(b, w + 34)?;
            if caps & CAP_EXTENDED_SECURITY == 0 {
                if chl > 0 {
                    bytes(l, s::CHALLENGE, bc.take(chl.into())?);
                }
                // Unicode when the capabilities say so too, and not
                // aligned; an odd byte count's extra byte comes first.
                let unicode = unicode || caps & CAP_UNICODE != 0;
                if unicode && bc.bc % 2 != 0 {
                    bc.take(1)?;
                }
                l.str(s::PRIMARY_DOMAIN, bc.string(unicode, true)?);
                l.str(s::SERVER, bc.string(unicode, true)?);
            } else {
                // In wire order: packet-smb.c reads this GUID big-endian.
                let guid = bc.take(16)?;
                l.str(s::SERVER_GUID, guid_in_order(guid));
                // The blob is the rest of the count (shown empty when
                // the GUID ends it).
                bytes(l, s::SECURITY_BLOB, bc.peek(usize::from(bc.bc)));
            }
        }
        _ => {}
    }
    Some(())
}

/// A GUID's 16 bytes as written, grouped 4-2-2-2-6.
fn guid_in_order(g: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(36);
    for (i, c) in g.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        let _ = write!(s, "{c:02x}");
    }
    s
}

const CAP_UNICODE: u32 = 0x4;
const CAP_EXTENDED_SECURITY: u32 = 0x8000_0000;

/// A capabilities word and its bits.
fn capabilities(caps: u32, l: &mut Layer<'_>) {
    use f::smb as s;
    l.uint(s::SERVER_CAP, caps);
    super::body::bits(
        l,
        caps.into(),
        &[
            s::SERVER_CAP_RAW_MODE,
            s::SERVER_CAP_MPX_MODE,
            s::SERVER_CAP_UNICODE,
            s::SERVER_CAP_LARGE_FILES,
            s::SERVER_CAP_NT_SMBS,
            s::SERVER_CAP_RPC_REMOTE_APIS,
            s::SERVER_CAP_NT_STATUS,
            s::SERVER_CAP_LEVEL_2_OPLOCKS,
            s::SERVER_CAP_LOCK_AND_READ,
            s::SERVER_CAP_NT_FIND,
            s::SERVER_CAP_DFS,
            s::SERVER_CAP_INFOLEVEL_PASSTHRU,
            s::SERVER_CAP_LARGE_READX,
            s::SERVER_CAP_LARGE_WRITEX,
            s::SERVER_CAP_LWIO,
            s::SERVER_CAP_UNIX,
            s::SERVER_CAP_COMPRESSED_DATA,
            s::SERVER_CAP_DYNAMIC_REAUTH,
            s::SERVER_CAP_EXTENDED_SECURITY,
        ],
    );
}

/// The server's date and time in DOS form (time first) at `at`, local
/// time as packet-smb.c's `mktime` reads it; both words zero or both all
/// ones mean none (the epoch, and no parts), an impossible date the epoch
/// with its parts.
fn dos_date_time(b: &[u8], at: usize, l: &mut Layer<'_>) -> Option<()> {
    use f::smb as s;
    let (time, date) = (u16_at(b, at)?, u16_at(b, at + 2)?);
    let epoch = Value::Time(crate::source::Timestamp::new(0, 0));
    if (time, date) == (0, 0) || (time, date) == (0xffff, 0xffff) {
        l.push(s::SERVER_DATE_TIME, epoch);
        return Some(());
    }
    let (sec, min, hour) = (
        i64::from(time & 0x1f) * 2,
        i64::from((time >> 5) & 0x3f),
        i64::from(time >> 11),
    );
    let (day, month, year) = (
        i64::from(date & 0x1f),
        i64::from((date >> 5) & 0x0f),
        i64::from(date >> 9) + 1980,
    );
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let valid = sec <= 59
        && min <= 59
        && hour <= 23
        && (1..=12).contains(&month)
        && day <= month_days[(month - 1).clamp(0, 11) as usize];
    if valid {
        // Day 0 rolls back into the month before, as mktime makes it.
        let days = crate::render::time::days_from_civil(year, month, 1) + day - 1;
        let mut secs = days * 86_400 + hour * 3600 + min * 60 + sec;
        secs -= crate::render::time::local_offset(secs);
        l.push(
            s::SERVER_DATE_TIME,
            Value::Time(crate::source::Timestamp::new(secs, 0)),
        );
    } else {
        l.push(s::SERVER_DATE_TIME, epoch);
    }
    l.uint(s::SERVER_DATE_TIME_SMB_TIME, time);
    l.uint(s::SERVER_DATE_TIME_SMB_DATE, date);
    Some(())
}

/// A Session Setup AndX request (block at `at`): its LAN Manager (10
/// words), extended-security (12) or NT LM (13) form. The NT LM forms
/// name the user for the Info column (`User: domain\account`), returned.
pub(super) fn session_setup_request<'a>(
    b: &'a [u8],
    at: usize,
    unicode: bool,
    l: &mut Layer<'a>,
) -> Option<String> {
    use f::smb as s;
    let wct = *b.get(at)?;
    let w = at + 1;
    if !matches!(wct, 10 | 12 | 13) {
        return None;
    }
    l.uint(s::MAX_BUF, u16_at(b, w + 4)?);
    l.uint(s::MAX_MPX_COUNT, u16_at(b, w + 6)?);
    l.uint(s::VC, u16_at(b, w + 8)?);
    l.uint(s::SESSION_KEY, u32_at(b, w + 10)?);
    let (mut pwlen, mut blob_len, mut upwlen) = (0, 0, 0);
    match wct {
        10 => {
            pwlen = u16_at(b, w + 14)?;
            l.uint(s::PWLEN, pwlen);
        }
        12 => {
            blob_len = u16_at(b, w + 14)?;
            l.uint(s::SECURITY_BLOB_LEN, blob_len);
            capabilities(u32_at(b, w + 20)?, l);
        }
        _ => {
            pwlen = u16_at(b, w + 14)?;
            l.uint(s::ANSI_PWLEN, pwlen);
            upwlen = u16_at(b, w + 16)?;
            l.uint(s::UNICODE_PWLEN, upwlen);
            capabilities(u32_at(b, w + 22)?, l);
        }
    }
    let mut bc = ByteCount::new(b, w + 2 * usize::from(wct))?;
    if wct == 12 {
        // Shown as far as the message goes; decoded by the caller.
        bytes(l, s::SECURITY_BLOB, bc.peek(blob_len.into()));
        if blob_len > 0 {
            bc.take(blob_len.into())?;
        }
        // Some clients send these two in ASCII whatever the flags say:
        // packet-smb.c reads ASCII when they start with "Win".
        let os = bc.string(unicode && !bc.starts_with(b"Win"), false)?;
        l.str(s::NATIVE_OS, os);
        let lanman = bc.string(unicode && !bc.starts_with(b"Win"), false)?;
        l.str(s::NATIVE_LANMAN, lanman);
        l.str(s::PRIMARY_DOMAIN, bc.string(unicode, false)?);
        return None;
    }
    if pwlen > 0 {
        let def = if wct == 10 {
            s::PASSWORD
        } else {
            s::ANSI_PASSWORD
        };
        bytes(l, def, bc.take(pwlen.into())?);
    }
    if upwlen > 0 {
        let from = bc.at;
        let pw = bc.take(upwlen.into())?;
        bytes(l, s::UNICODE_PASSWORD, pw);
        if upwlen > 24 {
            // An NTLMv2 response: shown as NTLMSSP shows one.
            let _ = super::super::ntlmssp::ntlmv2_response(&b[..from + pw.len()], from, l);
        }
    }
    let account = bc.string(unicode, false)?;
    l.str(s::ACCOUNT, account.clone());
    let domain = bc.string(unicode, false)?;
    l.str(s::PRIMARY_DOMAIN, domain.clone());
    let user = if account.is_empty() && domain.is_empty() {
        "anonymous".to_string()
    } else {
        format!("{}\\{}", shown(&domain), shown(&account))
    };
    if let Some(os) = bc.string(unicode, false) {
        l.str(s::NATIVE_OS, os);
        if let Some(lanman) = bc.string(unicode, false) {
            l.str(s::NATIVE_LANMAN, lanman);
        }
    }
    Some(user)
}

fn shown(s: &str) -> String {
    crate::dissect::expert::format_text(s.as_bytes())
}

/// A Session Setup AndX response (block at `at`) of 3 words, or of 4 with
/// a security blob: the action, the blob, the OS, LAN Manager and domain.
pub(super) fn session_setup_response<'a>(
    b: &'a [u8],
    at: usize,
    unicode: bool,
    l: &mut Layer<'a>,
) -> Option<()> {
    use f::smb as s;
    let wct = *b.get(at)?;
    let w = at + 1;
    if !matches!(wct, 3 | 4) {
        return None;
    }
    let action = u16_at(b, w + 4)?;
    l.uint(s::SETUP_ACTION, action);
    l.boolean(s::SETUP_ACTION_GUEST, action & 1 != 0);
    let mut blob_len = 0;
    if wct == 4 {
        blob_len = u16_at(b, w + 6)?;
        l.uint(s::SECURITY_BLOB_LEN, blob_len);
    }
    let mut bc = ByteCount::new(b, w + 2 * usize::from(wct))?;
    if wct == 4 {
        let blob = bc.peek(blob_len.into());
        bytes(l, s::SECURITY_BLOB, blob);
        if !blob.is_empty() {
            bc.take(blob.len())?;
        }
    }
    l.str(s::NATIVE_OS, bc.string(unicode, false)?);
    l.str(s::NATIVE_LANMAN, bc.string(unicode, false)?);
    l.str(s::PRIMARY_DOMAIN, bc.string(unicode, false)?);
    Some(())
}

/// A Tree Connect AndX request (block at `at`, 4 words): its flags,
/// password length and password, the path (returned) and the service,
/// which is ASCII whatever the flags say.
pub(super) fn tree_connect_request<'a>(
    b: &'a [u8],
    at: usize,
    unicode: bool,
    l: &mut Layer<'a>,
) -> Option<String> {
    use f::smb as s;
    let w = at + 1;
    let flags = u16_at(b, w + 4)?;
    l.uint(s::CONNECT_FLAGS, flags);
    super::body::bits(
        l,
        flags.into(),
        &[
            s::CONNECT_FLAGS_DTID,
            s::CONNECT_FLAGS_EXTENDEDSIG,
            s::CONNECT_FLAGS_EXTENDEDRESP,
        ],
    );
    let pwlen = u16_at(b, w + 6)?;
    l.uint(s::PWLEN, pwlen);
    let mut bc = ByteCount::new(b, w + 8)?;
    bytes(l, s::PASSWORD, bc.take(pwlen.into())?);
    let path = bc.string(unicode, false)?;
    l.str(s::PATH, path.clone());
    // The service, to its NUL, when the byte count holds it.
    let rest = b.get(bc.at..).unwrap_or_default();
    if let Some(nul) = memchr::memchr(0, rest)
        && bc.take(nul + 1).is_some()
    {
        l.str(
            s::SERVICE,
            crate::dissect::wire::ascii(&rest[..nul]).into_owned(),
        );
    }
    Some(path)
}
