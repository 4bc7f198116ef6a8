//! NTLMSSP (MS-NLMP) as tshark 4.0's `packet-ntlmssp.c` shows it: the
//! NEGOTIATE, CHALLENGE and AUTHENTICATE messages (flags, names, the
//! server challenge, target info's AV pairs, the NTLMv2 response, the
//! version, the MIC), and the 16-byte verifier SPNEGO's mechListMIC
//! carries. A module of its own so that every carrier can call it: SMB2's
//! and SMB's security blobs (through GSS-API/SPNEGO or bare), HTTP's
//! `Authorization: NTLM <base64>`, LDAP's SASL binds.
//!
//! Every offset and length comes from the message and is untrusted: each
//! read is checked against the captured bytes, and a read past them ends
//! the layer with tshark's exception (what was read stays). Left out:
//! what tshark computes with a password (`ntlmssp.authenticated`,
//! `ntlmssp.sessionbasekey`, decryption) and its per-conversation state
//! (AUTHENTICATE's strings are Unicode or OEM after its own flags here,
//! after the CHALLENGE's in tshark: they agree in every capture seen).
//!
//! The promise: no input makes this module panic.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::wire::{Short, le16, le32, need};
use crate::source::Timestamp;
use std::borrow::Cow;

/// The NTLMSSP signature every message starts with.
pub const SIGNATURE: &[u8; 8] = b"NTLMSSP\0";

/// Whether `b` is an NTLMSSP message (its signature).
pub fn is_ntlmssp(b: &[u8]) -> bool {
    b.starts_with(SIGNATURE)
}

/// A Windows FILETIME (100 ns ticks since 1601) as tshark shows it: 0 is
/// "no time" (the epoch).
pub fn nt_time(t: u64) -> Timestamp {
    if t == 0 {
        return Timestamp::new(0, 0);
    }
    const EPOCH_DIFF: i64 = 11_644_473_600;
    let secs = (t / 10_000_000) as i64 - EPOCH_DIFF;
    let nanos = ((t % 10_000_000) * 100) as u32;
    Timestamp::new(secs, nanos)
}

/// Text of a counted string: UTF-16LE or OEM (one byte a character),
/// ending at the first NUL as tshark shows it.
fn text(b: &[u8], unicode: bool) -> String {
    if unicode {
        let units: Vec<u16> = b
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .take_while(|&u| u != 0)
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        b.iter()
            .take_while(|&&c| c != 0)
            .map(|&c| if c.is_ascii() { c as char } else { '\u{fffd}' })
            .collect()
    }
}

const FLAG_UNICODE: u32 = 0x1;
const FLAG_VERSION: u32 = 0x0200_0000;

/// The NTLMSSP message `b` (captured bytes; `reported` on the wire) at
/// frame offset `at`, appended to `out` as one `ntlmssp` layer.
pub fn dissect<'a>(b: &'a [u8], at: usize, reported: usize, out: &mut Vec<Layer<'a>>) {
    let mut l = Layer::new(Osi::Application, "ntlmssp", at..at + b.len());
    if let Err(Short(end)) = message(b, reported.max(b.len()), &mut l) {
        let reason = format!("NTLMSSP message: need {end} bytes, have {}", b.len());
        l.read_past_end("ntlmssp", reason, end <= reported.max(b.len()));
    }
    out.push(l);
}

/// SPNEGO's mechListMIC when the mechanism is NTLMSSP: the signature's
/// version and its twelve bytes (`ntlmssp.verf`), a layer of its own.
pub fn verifier<'a>(b: &'a [u8], at: usize, out: &mut Vec<Layer<'a>>) {
    let mut l = Layer::new(Osi::Application, "ntlmssp", at..at + b.len());
    if b.len() >= 16 {
        l.present(f::ntlmssp::VERF);
        l.uint(f::ntlmssp::VERF_VERS, le32(b, 0));
        l.push(
            f::ntlmssp::VERF_BODY,
            Value::Bytes(Cow::Borrowed(&b[4..16])),
        );
    }
    out.push(l);
}

fn message<'a>(b: &'a [u8], reported: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    need(b, 8)?;
    l.str(f::ntlmssp::IDENTIFIER, text(&b[..8], false));
    need(b, 12)?;
    let kind = le32(b, 8);
    l.uint(f::ntlmssp::MESSAGETYPE, kind);
    match kind {
        1 => negotiate(b, reported, l),
        2 => challenge(b, reported, l),
        3 => authenticate(b, reported, l),
        _ => Ok(()),
    }
}

fn flags(b: &[u8], at: usize, l: &mut Layer<'_>) -> Result<u32, Short> {
    use f::ntlmssp as n;
    need(b, at + 4)?;
    let v = le32(b, at);
    l.uint(n::NEGOTIATEFLAGS, v);
    for (def, bit) in [
        (n::NEGOTIATE56, 0x8000_0000),
        (n::NEGOTIATEKEYEXCH, 0x4000_0000),
        (n::NEGOTIATE128, 0x2000_0000),
        (n::NEGOTIATENT10000000, 0x1000_0000),
        (n::NEGOTIATENT08000000, 0x0800_0000),
        (n::NEGOTIATENT04000000, 0x0400_0000),
        (n::NEGOTIATEVERSION, 0x0200_0000),
        (n::NEGOTIATENT01000000, 0x0100_0000),
        (n::NEGOTIATETARGETINFO, 0x0080_0000),
        (n::REQUESTNONNTSESSION, 0x0040_0000),
        (n::NEGOTIATENT00200000, 0x0020_0000),
        (n::NEGOTIATEIDENTIFY, 0x0010_0000),
        (n::NEGOTIATENTLM2, 0x0008_0000),
        (n::TARGETTYPESHARE, 0x0004_0000),
        (n::TARGETTYPESERVER, 0x0002_0000),
        (n::TARGETTYPEDOMAIN, 0x0001_0000),
        (n::NEGOTIATEALWAYSSIGN, 0x8000),
        (n::NEGOTIATE00004000, 0x4000),
        (n::NEGOTIATEOEMWORKSTATIONSUPPLIED, 0x2000),
        (n::NEGOTIATEOEMDOMAINSUPPLIED, 0x1000),
        (n::NEGOTIATEANONYMOUS, 0x800),
        (n::NEGOTIATENTONLY, 0x400),
        (n::NEGOTIATENTLM, 0x200),
        (n::NEGOTIATE00000100, 0x100),
        (n::NEGOTIATELMKEY, 0x80),
        (n::NEGOTIATEDATAGRAM, 0x40),
        (n::NEGOTIATESEAL, 0x20),
        (n::NEGOTIATESIGN, 0x10),
        (n::NEGOTIATE00000008, 0x8),
        (n::REQUESTTARGET, 0x4),
        (n::NEGOTIATEOEM, 0x2),
        (n::NEGOTIATEUNICODE, 0x1),
    ] {
        l.boolean(def, v & bit != 0);
    }
    Ok(v)
}

/// A string descriptor at `at` (length, maxlen, offset) and its string:
/// returns where the data it points at starts (the message's end when
/// it points inside the descriptors).
fn string<'a>(
    b: &'a [u8],
    at: usize,
    reported: usize,
    unicode: bool,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'a>,
) -> Result<usize, Short> {
    use f::ntlmssp as n;
    need(b, at + 8)?;
    let (len, max, off) = (le16(b, at), le16(b, at + 2), le32(b, at + 4));
    let off = off as usize;
    let start = if off > at + 8 { off } else { reported };
    if len == 0 {
        l.str(def, "NULL");
        return Ok(start);
    }
    let end = off.saturating_add(usize::from(len));
    need(b, end)?;
    l.str(def, text(&b[off..end], unicode));
    l.uint(n::STRING_LENGTH, len);
    l.uint(n::STRING_MAXLEN, max);
    l.uint(n::STRING_OFFSET, off as u64);
    Ok(start)
}

fn version(b: &[u8], at: usize, l: &mut Layer<'_>) -> Result<(), Short> {
    use f::ntlmssp as n;
    need(b, at + 8)?;
    l.present(n::VERSION);
    l.uint(n::VERSION_MAJOR, b[at]);
    l.uint(n::VERSION_MINOR, b[at + 1]);
    l.uint(n::VERSION_BUILD_NUMBER, le16(b, at + 2));
    l.uint(n::VERSION_NTLM_CURRENT_REVISION, b[at + 7]);
    Ok(())
}

fn negotiate<'a>(b: &'a [u8], reported: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::ntlmssp as n;
    let fl = flags(b, 12, l)?;
    let s1 = string(b, 16, reported, false, n::NEGOTIATE_DOMAIN, l)?;
    let s2 = string(b, 24, reported, false, n::NEGOTIATE_CALLINGWORKSTATION, l)?;
    if 32 < s1.min(s2) && fl & FLAG_VERSION != 0 {
        version(b, 32, l)?;
    }
    Ok(())
}

fn challenge<'a>(b: &'a [u8], reported: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::ntlmssp as n;
    need(b, 24)?;
    let unicode = le32(b, 20) & FLAG_UNICODE != 0;
    let data_start = string(b, 12, reported, unicode, n::CHALLENGE_TARGET_NAME, l)?;
    let fl = flags(b, 20, l)?;
    need(b, 32)?;
    l.push(
        n::NTLMSERVERCHALLENGE,
        Value::Bytes(Cow::Borrowed(&b[24..32])),
    );
    if 32 >= data_start {
        return Ok(());
    }
    need(b, 40)?;
    l.push(n::RESERVED, Value::Bytes(Cow::Borrowed(&b[32..40])));
    let mut at = 40;
    if at < data_start {
        need(b, 48)?;
        let (len, max, off) = (le16(b, 40), le16(b, 42), le32(b, 44));
        if len != 0 {
            l.present(n::CHALLENGE_TARGET_INFO);
            l.uint(n::CHALLENGE_TARGET_INFO_LENGTH, len);
            l.uint(n::CHALLENGE_TARGET_INFO_MAXLEN, max);
            l.uint(n::CHALLENGE_TARGET_INFO_OFFSET, off);
            let off = off as usize;
            av_pairs(
                b,
                off,
                off.saturating_add(usize::from(len)),
                &TARGET_INFO,
                l,
            )?;
        }
        at = 48;
    }
    if at < data_start && fl & FLAG_VERSION != 0 {
        version(b, at, l)?;
    }
    Ok(())
}

/// The fields one list of AV pairs is shown with (the CHALLENGE's target
/// info, or the NTLMv2 response's copy of it).
struct AvFields {
    item_type: &'static crate::dissect::field::FieldDef,
    item_length: &'static crate::dissect::field::FieldDef,
    /// By attribute type 0..=10.
    by_type: [Option<&'static crate::dissect::field::FieldDef>; 11],
}

static TARGET_INFO: AvFields = {
    use f::ntlmssp as n;
    AvFields {
        item_type: n::CHALLENGE_TARGET_INFO_ITEM_TYPE,
        item_length: n::CHALLENGE_TARGET_INFO_ITEM_LENGTH,
        by_type: [
            None,
            Some(n::CHALLENGE_TARGET_INFO_NB_COMPUTER_NAME),
            Some(n::CHALLENGE_TARGET_INFO_NB_DOMAIN_NAME),
            Some(n::CHALLENGE_TARGET_INFO_DNS_COMPUTER_NAME),
            Some(n::CHALLENGE_TARGET_INFO_DNS_DOMAIN_NAME),
            Some(n::CHALLENGE_TARGET_INFO_DNS_TREE_NAME),
            Some(n::CHALLENGE_TARGET_INFO_FLAGS),
            Some(n::CHALLENGE_TARGET_INFO_TIMESTAMP),
            None,
            None,
            None,
        ],
    }
};

static NTLMV2_INFO: AvFields = {
    use f::ntlmssp as n;
    AvFields {
        item_type: n::NTLMV2_RESPONSE_ITEM_TYPE,
        item_length: n::NTLMV2_RESPONSE_ITEM_LENGTH,
        by_type: [
            None,
            Some(n::NTLMV2_RESPONSE_NB_COMPUTER_NAME),
            Some(n::NTLMV2_RESPONSE_NB_DOMAIN_NAME),
            Some(n::NTLMV2_RESPONSE_DNS_COMPUTER_NAME),
            Some(n::NTLMV2_RESPONSE_DNS_DOMAIN_NAME),
            Some(n::NTLMV2_RESPONSE_DNS_TREE_NAME),
            Some(n::NTLMV2_RESPONSE_FLAGS),
            Some(n::NTLMV2_RESPONSE_TIMESTAMP),
            Some(n::NTLMV2_RESPONSE_RESTRICTIONS),
            Some(n::NTLMV2_RESPONSE_TARGET_NAME),
            Some(n::NTLMV2_RESPONSE_CHANNEL_BINDINGS),
        ],
    }
};

/// AV pairs from `at` to `end`, up to the end-of-list pair; returns
/// where the list ended.
fn av_pairs<'a>(
    b: &'a [u8],
    mut at: usize,
    end: usize,
    fs: &AvFields,
    l: &mut Layer<'a>,
) -> Result<usize, Short> {
    while at < end {
        need(b, at + 4)?;
        let (kind, len) = (le16(b, at), usize::from(le16(b, at + 2)));
        l.uint(fs.item_type, kind);
        l.uint(fs.item_length, len as u64);
        let body = at + 4;
        let def = fs.by_type.get(usize::from(kind)).copied().flatten();
        match (kind, def) {
            (0, _) => return Ok(body),
            (1..=5 | 9, Some(def)) if len > 0 => {
                need(b, body + len)?;
                l.str(def, text(&b[body..body + len], true));
            }
            (6, Some(def)) => {
                need(b, body + 4)?;
                l.uint(def, le32(b, body));
            }
            (7, Some(def)) => {
                need(b, body + 8)?;
                let mut t = [0u8; 8];
                t.copy_from_slice(&b[body..body + 8]);
                l.push(def, Value::Time(nt_time(u64::from_le_bytes(t))));
            }
            (8 | 10, Some(def)) => {
                need(b, body + len)?;
                l.push(def, Value::Bytes(Cow::Borrowed(&b[body..body + len])));
            }
            _ => {}
        }
        at = body + len;
    }
    Ok(at)
}

/// A blob descriptor at `at` and its bytes under `def`; returns where
/// its data starts and the blob (empty when its length is 0).
fn blob<'a>(
    b: &'a [u8],
    at: usize,
    def: &'static crate::dissect::field::FieldDef,
    l: &mut Layer<'a>,
) -> Result<(usize, usize, usize), Short> {
    use f::ntlmssp as n;
    need(b, at + 8)?;
    let (len, max, off) = (le16(b, at), le16(b, at + 2), le32(b, at + 4));
    let off = off as usize;
    if len == 0 {
        // tshark shows the descriptor itself ("Empty").
        l.push(def, Value::Bytes(Cow::Borrowed(&b[at..at + 8])));
        return Ok((off.max(at + 8), off, 0));
    }
    let end = off.saturating_add(usize::from(len));
    need(b, end)?;
    l.push(def, Value::Bytes(Cow::Borrowed(&b[off..end])));
    l.uint(n::BLOB_LENGTH, len);
    l.uint(n::BLOB_MAXLEN, max);
    l.uint(n::BLOB_OFFSET, off as u64);
    Ok((off, off, usize::from(len)))
}

fn authenticate<'a>(b: &'a [u8], reported: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::ntlmssp as n;
    // The strings' encoding: this message's flags when it has them.
    let unicode = b.len() < 64 || le32(b, 60) & FLAG_UNICODE != 0;
    need(b, 20)?;
    let mut data_start = le32(b, 16) as usize;
    let (_, lm_off, lm_len) = blob(b, 12, n::AUTH_LMRESPONSE, l)?;
    if lm_len > 0
        && let Some(rest) = b.get(lm_off + 8..lm_off + 24)
        && rest.iter().all(|&c| c == 0)
    {
        l.push(
            n::NTLMCLIENTCHALLENGE,
            Value::Bytes(Cow::Borrowed(&b[lm_off..lm_off + 8])),
        );
    }
    need(b, 28)?;
    data_start = data_start.min(le32(b, 24) as usize);
    let (_, nt_off, nt_len) = blob(b, 20, n::AUTH_NTRESPONSE, l)?;
    if nt_len > 24 {
        ntlmv2_response(&b[..nt_off + nt_len], nt_off, l)?;
    }
    for (at, def) in [
        (28, n::AUTH_DOMAIN),
        (36, n::AUTH_USERNAME),
        (44, n::AUTH_HOSTNAME),
    ] {
        let start = string(b, at, reported, unicode, def, l)?;
        data_start = data_start.min(start);
    }
    let mut at = 52;
    if at < data_start {
        blob(b, at, n::AUTH_SESSKEY, l)?;
        at += 8;
    }
    let mut fl = 0;
    if at < data_start {
        fl = flags(b, at, l)?;
        at += 4;
    }
    if at < data_start && fl & FLAG_VERSION != 0 {
        version(b, at, l)?;
        at += 8;
    }
    if at < data_start {
        need(b, at + 16)?;
        l.push(
            n::AUTHENTICATE_MIC,
            Value::Bytes(Cow::Borrowed(&b[at..at + 16])),
        );
    }
    Ok(())
}

/// The NTLMv2 response at `at` to the end of `b` (cut to the blob).
pub(crate) fn ntlmv2_response<'a>(b: &'a [u8], at: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::ntlmssp as n;
    l.push(n::NTLMV2_RESPONSE, Value::Bytes(Cow::Borrowed(&b[at..])));
    need(b, at + 16)?;
    l.push(
        n::NTLMV2_RESPONSE_NTPROOFSTR,
        Value::Bytes(Cow::Borrowed(&b[at..at + 16])),
    );
    need(b, at + 18)?;
    l.uint(n::NTLMV2_RESPONSE_RVERSION, b[at + 16]);
    l.uint(n::NTLMV2_RESPONSE_HIRVERSION, b[at + 17]);
    need(b, at + 24)?;
    l.push(
        n::NTLMV2_RESPONSE_Z,
        Value::Bytes(Cow::Borrowed(&b[at + 18..at + 24])),
    );
    need(b, at + 32)?;
    let mut t = [0u8; 8];
    t.copy_from_slice(&b[at + 24..at + 32]);
    l.push(
        n::NTLMV2_RESPONSE_TIME,
        Value::Time(nt_time(u64::from_le_bytes(t))),
    );
    need(b, at + 40)?;
    l.push(
        n::NTLMV2_RESPONSE_CHAL,
        Value::Bytes(Cow::Borrowed(&b[at + 32..at + 40])),
    );
    need(b, at + 44)?;
    l.push(
        n::NTLMV2_RESPONSE_Z,
        Value::Bytes(Cow::Borrowed(&b[at + 40..at + 44])),
    );
    let end = av_pairs(b, at + 44, b.len(), &NTLMV2_INFO, l)?;
    if end < b.len() {
        l.push(
            n::NTLMV2_RESPONSE_PAD,
            Value::Bytes(Cow::Borrowed(&b[end..])),
        );
    }
    Ok(())
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(t) = l.get_uint(f::ntlmssp::MESSAGETYPE) {
        match f::ntlmssp::MESSAGETYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => out.push_str("NTLMSSP"),
        }
    }
}

/// What tshark's NTLMSSP appends to the Info column of the protocol that
/// carries it (after `, `): the message type, and an AUTH message's
/// `, User: domain\\user`.
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    summary(out, l);
    if let (Some(d), Some(u)) = (
        l.get_str(f::ntlmssp::AUTH_DOMAIN),
        l.get_str(f::ntlmssp::AUTH_USERNAME),
    ) {
        // An empty name is the field's `NULL`, and nothing here.
        fn name(s: &str) -> &str {
            if s == "NULL" { "" } else { s }
        }
        out.push_str(", User: ");
        out.push_str(name(d));
        out.push('\\');
        out.push_str(name(u));
    }
}

pub static SPEC: crate::dissect::spec::ProtocolSpec = crate::dissect::spec::ProtocolSpec {
    name: "ntlmssp",
    also: &[],
    title: "NTLM Secure Service Provider",
    osi: Osi::Application,
    fields: f::ntlmssp::ALL,
    summary,
    info: Some(info),
    column: None,
    app: None,
};
