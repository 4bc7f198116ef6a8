//! Frame Relay (LINKTYPE_FRELAY, 107), as tshark 4.0's packet-fr.c reads
//! it with its default encapsulation (FRF 3.2 / Cisco).
//!
//! An address of two to four octets, each ending its run with the EA bit:
//! the DLCI's bits, C/R, FECN, BECN and DE; a first octet with EA set is a
//! "bogus 1-octet address" (DLCI 0), octets past the fourth are bogus
//! extra octets, and a last octet of three or more with DC set is DL-CORE
//! control, not DLCI bits. Then tshark guesses the encapsulation:
//! - a UI control byte (0x03): RFC 2427, an NLPID follows;
//! - DLCI 0 otherwise: LAPF (not decoded: the bytes from the control on
//!   are data, after a note); an XID control likewise;
//! - two bytes that Cisco HDLC's table knows: Cisco's encapsulation;
//! - a control field (one byte for U frames, two otherwise) followed by an
//!   NLPID some table knows: RFC 2427 again;
//! - a type/length at bytes 12-13 that is a length or an EtherType with a
//!   dissector: raw Ethernet with its FCS;
//! - else data.
//!
//! After the control field, an NLPID of 0 is padding. The OSI network
//! protocols (IS-IS, ES-IS, CLNP, and Q.933 on Frame Relay) take the
//! NLPID as part of their PDU and Frame Relay lists it only as a hidden
//! item, added when their dissector returns; the others have it in
//! Frame Relay's header: IP, IPv6, SNAP (an OUI and a protocol ID).
//! IS-IS, ES-IS, IP, IPv6 and SNAP's EtherTypes are decoded; CLNP, Q.933,
//! LMI, PPP and the rest are shown as data, from where their PDU starts.

use super::super::layer::{Layer, Osi};
use super::super::wire::be16;
use super::super::{Next, Walk};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;

ei!(BOGUS_ADDRESS, f::fr::BOGUS_ADDRESS, Protocol, Warn);
ei!(LAPF, f::fr::FRAME_RELAY_LAPF, Undecoded, Warn);
ei!(XID, f::fr::FRAME_RELAY_XID, Undecoded, Warn);

/// Address field bits.
const EA: u8 = 0x01;
const DC: u8 = 0x02;
/// Control field values (xdlc.h).
const XDLC_U: u8 = 0x03;
const XDLC_S: u8 = 0x01;
const XDLC_XID: u8 = 0xac;
/// NLPIDs (nlpid.h).
const NLPID_Q933: u8 = 0x08;
const NLPID_SNAP: u8 = 0x80;
const NLPID_CLNP: u8 = 0x81;
const NLPID_ESIS: u8 = 0x82;
const NLPID_ISIS: u8 = 0x83;
const NLPID_IPV6: u8 = 0x8e;
const NLPID_IP: u8 = 0xcc;

/// The NLPIDs an OSI network protocol takes as part of its PDU
/// (tshark's `fr.osinl` and `osinl.incl` tables).
fn osi_included(nlpid: u8) -> bool {
    matches!(
        nlpid,
        0x00 | NLPID_Q933 | NLPID_CLNP | NLPID_ESIS | NLPID_ISIS
    )
}

/// The NLPIDs of tshark's `fr.nlpid` table (IPv6, WCP, IP, PPP, LMI).
fn in_nlpid_table(nlpid: u8) -> bool {
    matches!(nlpid, NLPID_IPV6 | 0xb0 | NLPID_IP | 0xcf | 0x09)
}

/// The EtherTypes tshark 4.0 has a dissector for (`tshark -G decodes`,
/// table `ethertype`): Frame Relay's raw-Ethernet guess accepts them.
const ETHERTYPES: [u16; 160] = [
    0x0059, 0x0061, 0x0065, 0x0067, 0x00fd, 0x0600, 0x0641, 0x0643, 0x0644, 0x0645, 0x0712, 0x0713,
    0x0800, 0x0806, 0x0842, 0x08f0, 0x08ff, 0x0bad, 0x0baf, 0x0c15, 0x2001, 0x2065, 0x2067, 0x22e5,
    0x22ea, 0x22f0, 0x22f1, 0x22f3, 0x22f4, 0x2323, 0x2452, 0x3e3f, 0x4305, 0x4742, 0x6000, 0x6003,
    0x6004, 0x6558, 0x8021, 0x8023, 0x8035, 0x8038, 0x8057, 0x8059, 0x809a, 0x809b, 0x80d5, 0x80e1,
    0x80f3, 0x80fd, 0x80ff, 0x8100, 0x8102, 0x8103, 0x8133, 0x8137, 0x814c, 0x8181, 0x81fd, 0x8204,
    0x8207, 0x8281, 0x86dd, 0x872d, 0x8783, 0x8808, 0x8809, 0x8847, 0x8848, 0x8863, 0x8864, 0x886c,
    0x886d, 0x886f, 0x8870, 0x8874, 0x887b, 0x888e, 0x8892, 0x8899, 0x889a, 0x889b, 0x88a1, 0x88a2,
    0x88a4, 0x88a8, 0x88a9, 0x88ab, 0x88ae, 0x88b4, 0x88b7, 0x88b8, 0x88ba, 0x88bb, 0x88c7, 0x88ca,
    0x88cc, 0x88cd, 0x88d8, 0x88d9, 0x88dc, 0x88de, 0x88e1, 0x88e3, 0x88e5, 0x88e7, 0x88ee, 0x88f5,
    0x88f6, 0x88f7, 0x88f8, 0x88fb, 0x8901, 0x8902, 0x8906, 0x8909, 0x890d, 0x8911, 0x8914, 0x8915,
    0x8917, 0x891d, 0x8926, 0x892d, 0x892f, 0x893a, 0x893f, 0x8940, 0x8942, 0x8947, 0x894f, 0x8988,
    0x8ffd, 0x9000, 0x9021, 0x9022, 0x9100, 0x9104, 0x99fe, 0xa0ed, 0xaaaa, 0xabcd, 0xaefe, 0xb4e3,
    0xbbbb, 0xc021, 0xc023, 0xc029, 0xc02b, 0xc02d, 0xc0de, 0xc0df, 0xc223, 0xcafe, 0xd00d, 0xd28b,
    0xe555, 0xf052, 0xf1c1, 0xfcfc,
];

/// A read past the captured bytes: where it would have ended.
struct Short(usize);

pub(crate) fn fr(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "fr", start..start + b.len());
    let byte = |at: usize| b.get(at).copied().ok_or(Short(at + 1));
    let (addr, mut off, response) = match address(&mut l, b) {
        Ok(a) => a,
        Err(Short(need)) => return thrown(walk, l, "Frame Relay address", need),
    };
    l.uint(f::fr::DLCI, addr);
    let ctrl = match byte(off) {
        Ok(c) => c,
        Err(Short(need)) => return thrown(walk, l, "Frame Relay control", need),
    };
    let rfc2427 = if ctrl == XDLC_U {
        true
    } else if addr == 0 || ctrl == XDLC_U | XDLC_XID {
        // LAPF on DLCI 0, or an XID: the control field, a note, and the
        // bytes from the control on as data.
        if let Err(Short(need)) = control(&mut l, b, off, response) {
            return thrown(walk, l, "Frame Relay control", need);
        }
        let note = if addr == 0 { &LAPF } else { &XID };
        expert::add(&mut l, note, None);
        l.span = start..start + off;
        walk.off = start + off;
        walk.layers.push(l);
        return Next::Data(Osi::DataLink);
    } else if b.len() >= off + 2 {
        let t = be16(b, off);
        if super::chdlc::in_table(t) {
            // Cisco's encapsulation: a Cisco HDLC protocol number.
            l.uint(f::fr::CHDLCTYPE, t);
            l.span = start..start + off + 2;
            walk.off = start + off + 2;
            return super::chdlc::carried(walk, l, t);
        }
        nlpid_follows(b, off)
    } else {
        false
    };
    if !rfc2427 {
        l.span = start..start + off;
        walk.off = start + off;
        let raw_ethernet = b.len() >= off + 14 && {
            let t = be16(b, off + 12);
            t <= 1500 || ETHERTYPES.binary_search(&t).is_ok()
        };
        walk.layers.push(l);
        if raw_ethernet {
            return super::ethernet_with_fcs(walk);
        }
        return Next::Data(Osi::DataLink);
    }
    match control(&mut l, b, off, response) {
        Ok(len) => off += len,
        Err(Short(need)) => return thrown(walk, l, "Frame Relay control", need),
    }
    let mut nlpid = match byte(off) {
        Ok(n) => n,
        Err(Short(need)) => return thrown(walk, l, "Frame Relay NLPID", need),
    };
    if nlpid == 0 {
        // Padding, shown as an NLPID of 0.
        l.uint(f::fr::NLPID, 0u8);
        off += 1;
        nlpid = match byte(off) {
            Ok(n) => n,
            Err(Short(need)) => return thrown(walk, l, "Frame Relay NLPID", need),
        };
    }
    l.span = start..start + off;
    walk.off = start + off;
    if osi_included(nlpid) {
        let at = walk.layers.len();
        walk.layers.push(l);
        let next = match nlpid {
            NLPID_ISIS => crate::dissect::net::isis::isis(walk),
            NLPID_ESIS => crate::dissect::net::esis::esis(walk),
            // CLNP and Q.933 are not decoded: their PDU as data.
            _ => return Next::Data(Osi::Network),
        };
        // The hidden NLPID item is added once IS-IS or ES-IS returned.
        if walk.layers[at + 1..].iter().all(|l| l.thrown.is_none()) {
            walk.layers[at].uint(f::fr::NLPID, nlpid);
        }
        return next;
    }
    l.uint(f::fr::NLPID, nlpid);
    off += 1;
    l.span = start..start + off;
    walk.off = start + off;
    match nlpid {
        NLPID_SNAP => snap(walk, l, ctrl),
        NLPID_IP => {
            walk.layers.push(l);
            Next::Ip
        }
        NLPID_IPV6 => {
            walk.layers.push(l);
            Next::EtherType(0x86dd)
        }
        _ => {
            walk.layers.push(l);
            Next::Data(Osi::DataLink)
        }
    }
}

/// Frame Relay's layer, thrown out where a read ran past the bytes.
fn thrown<'a>(walk: &mut Walk<'a>, mut l: Layer<'a>, what: &str, need: usize) -> Next {
    let have = walk.rest().len();
    walk.short(&mut l, what, need, have);
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// The address field: its octets' fields, then the DLCI, the offset after
/// it and the C/R bit.
fn address(l: &mut Layer<'_>, b: &[u8]) -> Result<(u32, usize, bool), Short> {
    let byte = |at: usize| b.get(at).copied().ok_or(Short(at + 1));
    let first = byte(0)?;
    if first & EA != 0 {
        expert::add(
            l,
            &BOGUS_ADDRESS,
            Some("Bogus 1-octet address field".into()),
        );
        return Ok((0, 1, false));
    }
    let mut addr = u32::from(first >> 2);
    let response = first & 0x02 != 0;
    l.uint(f::fr::FIRST_ADDR_OCTET, first);
    l.uint(f::fr::UPPER_DLCI, first >> 2);
    l.boolean(f::fr::CR, response);
    l.boolean(f::fr::EA, false);
    let second = byte(1)?;
    addr = (addr << 4) | u32::from(second >> 4);
    l.uint(f::fr::SECOND_ADDR_OCTET, second);
    l.uint(f::fr::SECOND_DLCI, second >> 4);
    l.boolean(f::fr::FECN, second & 0x08 != 0);
    l.boolean(f::fr::BECN, second & 0x04 != 0);
    l.boolean(f::fr::DE, second & 0x02 != 0);
    l.boolean(f::fr::EA, second & EA != 0);
    let mut off = 2;
    if second & EA == 0 {
        let mut last = byte(off)?;
        if last & EA == 0 {
            addr = (addr << 7) | u32::from(last >> 1);
            l.uint(f::fr::THIRD_ADDR_OCTET, last);
            l.uint(f::fr::THIRD_DLCI, last >> 1);
            l.boolean(f::fr::EA, false);
            off += 1;
            last = byte(off)?;
            while last & EA == 0 {
                expert::add(l, &BOGUS_ADDRESS, Some("Bogus extra address octet".into()));
                off += 1;
                last = byte(off)?;
            }
        }
        if last & DC != 0 {
            l.uint(f::fr::DLCORE_CONTROL, last >> 2);
        } else {
            addr = (addr << 6) | u32::from(last >> 2);
            l.uint(f::fr::LOWER_DLCI, last >> 2);
        }
        l.boolean(f::fr::DC, last & DC != 0);
        l.boolean(f::fr::EA, true);
        off += 1;
    }
    Ok((addr, off, response))
}

/// Whether the bytes after the address look like RFC 2427 with a control
/// field other than UI: an NLPID some table knows after a (padding byte
/// and a) control field, one byte for U frames, two for I and S frames.
fn nlpid_follows(b: &[u8], off: usize) -> bool {
    let mut at = off;
    let Some(mut c) = b.get(at).copied() else {
        return false;
    };
    if c == 0 {
        at += 1;
        match b.get(at) {
            Some(&n) => c = n,
            // tshark reads it unchecked: the throw ends the frame there.
            None => return false,
        }
    }
    at += if c & 0x03 == XDLC_U { 1 } else { 2 };
    b.get(at)
        .is_some_and(|&n| osi_included(n) || n == NLPID_SNAP || in_nlpid_table(n))
}

/// The control field, as Wireshark's xDLC helper reads it in extended
/// mode (two bytes, little-endian, for I and S frames): its length.
fn control(l: &mut Layer<'_>, b: &[u8], at: usize, response: bool) -> Result<usize, Short> {
    let first = *b.get(at).ok_or(Short(at + 1))?;
    if first & 0x03 == XDLC_U {
        l.uint(f::fr::CONTROL, first);
        if first & 0x10 != 0 {
            let def = if response {
                f::fr::CONTROL_F
            } else {
                f::fr::CONTROL_P
            };
            l.boolean(def, true);
        }
        let modifier = (first & 0xec) >> 2;
        if response {
            l.uint(f::fr::CONTROL_U_MODIFIER_RESP, modifier);
        } else {
            l.uint(f::fr::CONTROL_U_MODIFIER_CMD, modifier);
        }
        l.uint(f::fr::CONTROL_FTYPE_U8, first & 0x03);
        return Ok(1);
    }
    let second = *b.get(at + 1).ok_or(Short(at + 2))?;
    let c = u16::from_le_bytes([first, second]);
    // tshark's item is 8 bits wide: it shows the low byte.
    l.uint(f::fr::CONTROL, first);
    l.uint(f::fr::CONTROL_N_R, c >> 9);
    if first & 0x01 == 0 {
        l.uint(f::fr::CONTROL_N_S, (c & 0xfe) >> 1);
        if c & 0x100 != 0 {
            l.boolean(f::fr::CONTROL_P_EXT, true);
        }
        l.uint(f::fr::CONTROL_FTYPE, c & 0x01);
    } else {
        debug_assert_eq!(first & 0x03, XDLC_S);
        if c & 0x100 != 0 {
            let def = if response {
                f::fr::CONTROL_F_EXT
            } else {
                f::fr::CONTROL_P_EXT
            };
            l.boolean(def, true);
        }
        l.uint(f::fr::CONTROL_S_FTYPE, (c & 0x0c) >> 2);
        l.uint(f::fr::CONTROL_FTYPE_EXT, c & 0x03);
    }
    Ok(2)
}

/// SNAP after the NLPID (packet-llc.c's `dissect_snap` with Frame
/// Relay's fields): an OUI and a protocol ID; OUI 0 and Cisco's
/// 90-compatible one make it an EtherType, when the control field is an
/// information one.
fn snap<'a>(walk: &mut Walk<'a>, mut l: Layer<'a>, ctrl: u8) -> Next {
    let b = walk.rest();
    if b.len() < 5 {
        let have = b.len();
        walk.short(&mut l, "SNAP header", 5, have);
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    let oui = u32::from_be_bytes([0, b[0], b[1], b[2]]);
    let pid = be16(b, 3);
    l.uint(f::fr::SNAP_OUI, oui);
    l.span = l.span.start..walk.off + 5;
    walk.off += 5;
    let information = ctrl & 0x01 == 0 || ctrl == XDLC_U;
    match oui {
        0x000000 | 0x0000f8 | 0x080007 => {
            if information {
                l.uint(f::fr::SNAPTYPE, pid);
                walk.layers.push(l);
                return Next::EtherType(pid);
            }
        }
        _ => l.uint(f::fr::SNAP_PID, pid),
    }
    walk.layers.push(l);
    Next::Data(Osi::DataLink)
}

/// Frame Relay's Info: the DLCI, then the control field as xDLC writes it.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(dlci) = l.get_uint(f::fr::DLCI) else {
        return;
    };
    let _ = write!(out, "DLCI {dlci}");
    if !l.has(f::fr::CONTROL) {
        return;
    }
    let response = l.flag(f::fr::CR);
    let pf = |p: bool| match (p, response) {
        (false, _) => "",
        (true, true) => " F",
        (true, false) => " P",
    };
    if let Some(m) = l
        .get_uint(f::fr::CONTROL_U_MODIFIER_CMD)
        .or_else(|| l.get_uint(f::fr::CONTROL_U_MODIFIER_RESP))
    {
        let p = l.has(f::fr::CONTROL_P) || l.has(f::fr::CONTROL_F);
        let _ = write!(
            out,
            ", U{}, func={}",
            pf(p),
            super::llc::u_modifier_short((m as u16) << 2, response)
        );
        return;
    }
    let p = l.has(f::fr::CONTROL_P_EXT) || l.has(f::fr::CONTROL_F_EXT);
    let nr = l.get_uint(f::fr::CONTROL_N_R).unwrap_or(0);
    if let Some(ns) = l.get_uint(f::fr::CONTROL_N_S) {
        let p = if p { " P" } else { "" };
        let _ = write!(out, ", I{p}, N(R)={nr}, N(S)={ns}");
    } else if let Some(s) = l.get_uint(f::fr::CONTROL_S_FTYPE) {
        let func = ["RR", "RNR", "REJ", "SREJ"][(s & 3) as usize];
        let _ = write!(out, ", S{}, func={func}, N(R)={nr}", pf(p));
    }
}

pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

#[cfg(test)]
mod tests;
