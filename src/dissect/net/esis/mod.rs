//! ISO 9542 ES-IS, as tshark 4.0's packet-esis.c reads it (reached from
//! Frame Relay's NLPID 0x82, which belongs to the PDU).
//!
//! A nine-byte header (NLPID, length, version, reserved, type, holding
//! time, Fletcher checksum over `length` bytes), then by type: an ES hello
//! lists source NSAPs, an IS hello one network entity title, a redirect a
//! destination, a subnetwork address and perhaps a title. Lengths are
//! counted down in a byte as tshark does, so a PDU length that lies wraps
//! and the option section's reads run past the bytes (a throw, as tshark's).
//! The options themselves are walked for their bounds but not shown.

pub mod fields;

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::be16;
use super::super::{Next, Walk};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use std::borrow::Cow;

ei!(VER_UNKNOWN, f::esis::VER_UNKNOWN, Protocol, Warn);
ei!(LENGTH_INVALID, f::esis::LENGTH_INVALID, Malformed, Error);
ei!(TYPE_UNKNOWN, f::esis::TYPE_UNKNOWN, Protocol, Warn);
ei!(BAD_CHECKSUM, f::esis::BAD_CHECKSUM, Checksum, Error);
ei!(OPTIONS_NONE, f::osi::OPTIONS_NONE, Protocol, Note);

const HEADER: usize = 9;
const ESH: u8 = 0x02;
const ISH: u8 = 0x04;
const RD: u8 = 0x06;

/// A read past the bytes: where it would have ended.
struct Short(usize);

pub(crate) fn esis(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "esis", start..walk.end);
    let got = pdu(&mut l, b);
    if let Err(Short(need)) = got {
        walk.short(&mut l, "ES-IS PDU", need, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn get(b: &[u8], at: usize, n: usize) -> Result<&[u8], Short> {
    b.get(at..at + n).ok_or(Short(at + n))
}

fn byte(b: &[u8], at: usize) -> Result<u8, Short> {
    Ok(get(b, at, 1)?[0])
}

fn pdu(l: &mut Layer<'_>, b: &[u8]) -> Result<(), Short> {
    let h = get(b, 0, HEADER)?;
    if h[2] != 1 {
        expert::add(l, &VER_UNKNOWN, None);
        return Ok(());
    }
    let length = h[1];
    if usize::from(length) < HEADER {
        expert::add(l, &LENGTH_INVALID, None);
        return Ok(());
    }
    l.uint(f::esis::NLPI, h[0]);
    l.uint(f::esis::LENGTH, length);
    l.uint(f::esis::VER, h[2]);
    l.uint(f::esis::RES, h[3]);
    let kind = h[4] & 0x1f;
    l.uint(f::esis::TYPE, kind);
    if !matches!(kind, ESH | ISH | RD) {
        // tshark's note comes with the type, before the checksum's.
        expert::add(l, &TYPE_UNKNOWN, None);
    }
    l.uint(f::esis::HTIME, be16(h, 5));
    let checksum = be16(h, 7);
    l.uint(f::esis::CHKSUM, checksum);
    let status = if checksum == 0 {
        3
    } else if let Some(pdu) = b.get(..usize::from(length)) {
        let (mut c0, mut c1) = (0u32, 0u32);
        for &x in pdu {
            c0 = (c0 + u32::from(x)) % 255;
            c1 = (c1 + c0) % 255;
        }
        if c0 | c1 == 0 { 1 } else { 0 }
    } else {
        2
    };
    l.uint(f::esis::CHKSUM_STATUS, status as u8);
    if status == 0 {
        expert::add(l, &BAD_CHECKSUM, None);
    }
    let len = length.wrapping_sub(HEADER as u8);
    match kind {
        ESH => esh(l, b, len),
        ISH => ish(l, b, len),
        RD => redirect(l, b, len),
        _ => Ok(()),
    }
}

fn esh(l: &mut Layer<'_>, b: &[u8], mut len: u8) -> Result<(), Short> {
    let mut at = HEADER;
    let count = byte(b, at)?;
    len = len.wrapping_sub(1);
    l.uint(f::esis::NUMBER_OF_SOURCE_ADDRESSES, count);
    at += 1;
    for _ in 0..count {
        let sal = byte(b, at)?;
        l.uint(f::esis::SAL, sal);
        at += 1;
        let sa = get(b, at, usize::from(sal))?;
        if let Some(t) = nsap_net(sa) {
            l.push(f::esis::SA, Value::Str(Cow::Owned(t)));
        }
        at += usize::from(sal);
        len = len.wrapping_sub(sal.wrapping_add(1));
    }
    options(l, b, at, len)
}

fn ish(l: &mut Layer<'_>, b: &[u8], mut len: u8) -> Result<(), Short> {
    let mut at = HEADER;
    let netl = byte(b, at)?;
    // The section's item covers the title.
    get(b, at, usize::from(netl) + 1)?;
    l.uint(f::esis::NETL, netl);
    at += 1;
    let net = get(b, at, usize::from(netl))?;
    if let Some(t) = nsap_net(net) {
        l.push(f::esis::NET, Value::Str(Cow::Owned(t)));
    }
    at += usize::from(netl);
    len = len.wrapping_sub(netl.wrapping_add(1));
    options(l, b, at, len)
}

fn redirect(l: &mut Layer<'_>, b: &[u8], mut len: u8) -> Result<(), Short> {
    let mut at = HEADER;
    let dal = byte(b, at)?;
    get(b, at, usize::from(dal) + 1)?;
    l.uint(f::esis::DAL, dal);
    at += 1;
    let da = get(b, at, usize::from(dal))?;
    if let Some(t) = nsap_net(da) {
        l.push(f::esis::DA, Value::Str(Cow::Owned(t)));
    }
    at += usize::from(dal);
    len = len.wrapping_sub(dal.wrapping_add(1));
    let bsnpal = byte(b, at)?;
    get(b, at, usize::from(bsnpal) + 1)?;
    l.uint(f::esis::BSNPAL, bsnpal);
    at += 1;
    let bsnpa = get(b, at, usize::from(bsnpal))?;
    l.push(f::esis::BSNPA, Value::Str(Cow::Owned(system_id(bsnpa))));
    at += usize::from(bsnpal);
    len = len.wrapping_sub(bsnpal.wrapping_add(1));
    let netl = byte(b, at)?;
    if netl == 0 {
        at += 1;
        len = len.wrapping_sub(1);
    } else {
        l.uint(f::esis::NETL, netl);
        at += 1;
        let net = get(b, at, usize::from(netl))?;
        if let Some(t) = nsap_net(net) {
            l.push(f::esis::NET, Value::Str(Cow::Owned(t)));
        }
        at += usize::from(netl);
        len = len.wrapping_sub(netl.wrapping_add(1));
    }
    options(l, b, at, len)
}

/// The option section (packet-osi-options.c): none is a note; otherwise
/// each option's type, length and value are read while the byte count
/// left is not zero.
fn options(l: &mut Layer<'_>, b: &[u8], mut at: usize, mut len: u8) -> Result<(), Short> {
    if len == 0 {
        expert::add(l, &OPTIONS_NONE, None);
        return Ok(());
    }
    while len > 0 {
        byte(b, at)?;
        let parm_len = byte(b, at + 1)?;
        get(b, at + 2, usize::from(parm_len))?;
        at += 2 + usize::from(parm_len);
        len = len.wrapping_sub(parm_len.wrapping_add(2));
    }
    Ok(())
}

/// tshark's text of an NSAP or network entity title (print_nsap_net);
/// `None` for the GOSIP layouts (a 13- or 14-byte area after AFI 0x39 or
/// 0x47, a 20- or 21-byte NSAP), whose text is not reproduced here: the
/// item is left out rather than shown otherwise than tshark does.
fn nsap_net(ad: &[u8]) -> Option<String> {
    if ad.is_empty() || ad.len() > 30 {
        return Some("<Invalid length of NSAP>".into());
    }
    if ad.len() == 20 || ad.len() == 21 {
        return None;
    }
    area(ad)
}

/// tshark's text of an area address (print_area).
fn area(ad: &[u8]) -> Option<String> {
    use std::fmt::Write;
    let n = ad.len();
    let mut s = String::with_capacity(2 * n + n / 2);
    if (ad[0] == 0x39 || ad[0] == 0x47) && (n == 13 || n == 14) {
        return None;
    }
    if n == 3 {
        let _ = write!(s, "{:02x}.{:02x}{:02x}", ad[0], ad[1], ad[2]);
        return Some(s);
    }
    if n == 4 {
        let _ = write!(s, "{:02x}{:02x}{:02x}{:02x}", ad[0], ad[1], ad[2], ad[3]);
        return Some(s);
    }
    let mut i = 0;
    while i < n / 4 {
        let _ = write!(
            s,
            "{:02x}{:02x}{:02x}{:02x}.",
            ad[i],
            ad[i + 1],
            ad[i + 2],
            ad[i + 3]
        );
        i += 4;
    }
    for x in &ad[i..] {
        let _ = write!(s, "{x:02x}");
    }
    Some(s)
}

/// tshark's text of a system ID field (print_system_id).
fn system_id(ad: &[u8]) -> String {
    use std::fmt::Write;
    let n = ad.len();
    if n == 0 || n > 15 {
        return "<Invalid length of SYSTEM ID>".into();
    }
    let mut s = String::with_capacity(2 * n + n / 2);
    if (6..=8).contains(&n) {
        let _ = write!(
            s,
            "{:02x}{:02x}.{:02x}{:02x}.{:02x}{:02x}",
            ad[0], ad[1], ad[2], ad[3], ad[4], ad[5]
        );
        if n >= 7 {
            let _ = write!(s, ".{:02x}", ad[6]);
        }
        if n == 8 {
            let _ = write!(s, "-{:02x}", ad[7]);
        }
        return s;
    }
    let mut i = 0;
    while i < n / 4 {
        let _ = write!(
            s,
            "{:02x}{:02x}{:02x}{:02x}.",
            ad[i],
            ad[i + 1],
            ad[i + 2],
            ad[i + 3]
        );
        i += 4;
    }
    for x in &ad[i..] {
        let _ = write!(s, "{x:02x}");
    }
    s
}

/// ES-IS's Info: the PDU type's name.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(t) = l.get_uint(f::esis::TYPE) {
        match f::esis::TYPE.value_name(t) {
            Some(name) => out.push_str(name),
            None => {
                let _ = write!(out, "Unknown (0x{t:x})");
            }
        }
    }
}

#[cfg(test)]
mod tests;
