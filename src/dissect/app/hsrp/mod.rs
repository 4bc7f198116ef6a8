//! HSRP (Cisco's Hot Standby Router Protocol) as tshark 4.0's
//! `packet-hsrp.c` decodes it. Version 1 (RFC 2281; UDP port 1985 to
//! 224.0.0.2): hello, coup and resign messages (state, hello and hold
//! times, priority, group, the clear-text authentication data and the
//! virtual IP address) and advertisements (the interface-state TLV); any
//! other opcode leaves the rest of the message to `data`; a message of
//! exactly 50 captured bytes may end with an MD5 authentication TLV.
//! Version 2 (port 1985 to 224.0.0.102, or port 2029 over IPv6): its TLVs
//! (group state, interface state, text and MD5 authentication); an
//! unknown one, or a group state of an unknown IP version, leaves the rest
//! to `data`.
//!
//! tshark takes a datagram to port 1985 as HSRP version 1 only when it is
//! sent to 224.0.0.2; to 224.0.0.102 it is version 2; to any other address
//! its dissector takes the datagram and shows nothing (no `hsrp`, no
//! `data`: checked with tshark 4.0 on a crafted capture), where osidump
//! shows `data`.
//! The datagram decoder is given the conversation's two addresses, not the
//! destination: the one that is 224.0.0.2 is taken as it (a multicast
//! address is never a source).
//!
//! Not decoded: the "Unknown TLV sequence" expert of a 50-byte version 1
//! message whose TLV is not MD5's.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Short, need};
use crate::dissect::wire::{be16, be32};
use std::borrow::Cow;

/// HSRP's UDP port.
pub const PORT: u16 = 1985;
/// HSRP version 2's UDP port over IPv6.
pub const PORT_V6: u16 = 2029;
/// All routers on this subnet: where HSRP version 1 is sent.
const V1_GROUP: [u8; 4] = [224, 0, 0, 2];
/// Where HSRP version 2 is sent over IPv4.
const V2_GROUP: [u8; 4] = [224, 0, 0, 102];

const OPCODE_ADVERTISE: u8 = 3;

/// tshark's names in Info (`hsrp_opcode_vals`, `hsrp_state_vals`,
/// `hsrp_adv_state_vals`).
fn opcode_name(op: u8) -> &'static str {
    match op {
        0 => "Hello",
        1 => "Coup",
        2 => "Resign",
        3 => "Advertise",
        _ => "Unknown",
    }
}

fn state_name(s: u8) -> &'static str {
    match s {
        0 => "Initial",
        1 => "Learn",
        2 => "Listen",
        4 => "Speak",
        8 => "Standby",
        16 => "Active",
        _ => "Unknown",
    }
}

fn adv_state_name(s: u8) -> &'static str {
    match s {
        1 => "Dormant",
        2 => "Passive",
        3 => "Active",
        _ => "Unknown",
    }
}

/// Which version tshark reads this datagram as: 1 to port 1985 and
/// 224.0.0.2, 2 to port 1985 and 224.0.0.102 or to port 2029 over IPv6
/// (the destination is the conversation's address that is the group).
pub fn version_of(d: &Datagram<'_>) -> Option<u8> {
    let sent_to = |g: [u8; 4]| !d.conv.v6 && (d.conv.a.0[..4] == g || d.conv.b.0[..4] == g);
    match d.dport {
        PORT if sent_to(V1_GROUP) => Some(1),
        PORT if sent_to(V2_GROUP) => Some(2),
        PORT_V6 if d.conv.v6 => Some(2),
        _ => None,
    }
}

/// One HSRP version 1 message (a UDP payload of `reported` bytes on the
/// wire, of which `msg` were captured): its layer, and a `data` layer for
/// what an unknown opcode leaves.
pub fn dissect<'a>(
    msg: &'a [u8],
    at: usize,
    reported: usize,
    cut: bool,
    quoted: bool,
    out: &mut Vec<Layer<'a>>,
) {
    dissect_version(1, msg, at, reported, cut, quoted, out);
}

/// [`dissect`] of version `version` (1 or 2).
pub fn dissect_version<'a>(
    version: u8,
    msg: &'a [u8],
    at: usize,
    reported: usize,
    cut: bool,
    quoted: bool,
    out: &mut Vec<Layer<'a>>,
) {
    let mut l = Layer::new(Osi::Application, "hsrp", at..at + msg.len());
    let mut rest = None;
    let result = if version == 2 {
        message_v2(msg, reported.max(msg.len()), &mut l, &mut rest)
    } else {
        message(msg, &mut l, &mut rest)
    };
    if let Err(Short(end)) = result
        && !quoted
    {
        let reason = format!("HSRP message: need {end} bytes, have {}", msg.len());
        l.read_past_end("hsrp", reason, cut && end <= reported.max(msg.len()));
    }
    out.push(l);
    if let Some(from) = rest
        && from < msg.len()
    {
        let b = &msg[from..];
        out.push(crate::dissect::data::layer_of(
            Osi::Application,
            b,
            at + from..at + msg.len(),
        ));
    }
}

fn message<'a>(b: &'a [u8], l: &mut Layer<'a>, rest: &mut Option<usize>) -> Result<(), Short> {
    need(b, 2)?;
    let opcode = b[1];
    // Info's state, read before any item.
    if opcode < OPCODE_ADVERTISE {
        need(b, 3)?;
    } else if opcode == OPCODE_ADVERTISE {
        need(b, 7)?;
    }
    l.uint(f::hsrp::VERSION, b[0]);
    l.uint(f::hsrp::OPCODE, opcode);
    if opcode < OPCODE_ADVERTISE {
        l.uint(f::hsrp::STATE, b[2]);
        need(b, 4)?;
        l.uint(f::hsrp::HELLOTIME, b[3]);
        need(b, 5)?;
        l.uint(f::hsrp::HOLDTIME, b[4]);
        need(b, 6)?;
        l.uint(f::hsrp::PRIORITY, b[5]);
        need(b, 7)?;
        l.uint(f::hsrp::GROUP, b[6]);
        need(b, 8)?;
        l.uint(f::hsrp::RESERVED, b[7]);
        need(b, 16)?;
        auth_text(l, f::hsrp::AUTH_DATA, &b[8..16]);
        need(b, 20)?;
        l.push(f::hsrp::VIRT_IP, ipv4(b, 16));
    } else if opcode == OPCODE_ADVERTISE {
        need(b, 4)?;
        l.uint(f::hsrp::ADV_TLVTYPE, be16(b, 2));
        need(b, 6)?;
        l.uint(f::hsrp::ADV_TLVLENGTH, be16(b, 4));
        l.uint(f::hsrp::ADV_STATE, b[6]);
        need(b, 8)?;
        l.uint(f::hsrp::ADV_RESERVED1, b[7]);
        need(b, 10)?;
        l.uint(f::hsrp::ADV_ACTIVEGRP, be16(b, 8));
        need(b, 12)?;
        l.uint(f::hsrp::ADV_PASSIVEGRP, be16(b, 10));
        need(b, 16)?;
        l.uint(f::hsrp::ADV_RESERVED2, be32(b, 12));
    } else {
        *rest = Some(2);
    }
    // Is MD5 authentication used with version 1? 20 bytes of HSRP and
    // 30 of TLV; tshark looks 4 bytes past where its reads stopped.
    if b.len() == 50 {
        let at = match opcode {
            0..=2 => 20,
            OPCODE_ADVERTISE => 16,
            _ => 6,
        };
        if b[at] == 4 && b[at + 1] == 28 {
            md5_tlv(b, at, l)?;
        }
    }
    Ok(())
}

/// The MD5 authentication TLV at `at` (its type and length first).
fn md5_tlv<'a>(b: &'a [u8], at: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    need(b, at + 1)?;
    l.uint(f::hsrp2::MD5_AUTH_TLV, b[at]);
    need(b, at + 3)?;
    l.uint(f::hsrp2::MD5_ALGORITHM, b[at + 2]);
    need(b, at + 4)?;
    l.uint(f::hsrp2::MD5_PADDING, b[at + 3]);
    need(b, at + 6)?;
    l.uint(f::hsrp2::MD5_FLAGS, be16(b, at + 4));
    need(b, at + 10)?;
    l.push(f::hsrp2::HSRP_MD5_IP_ADDRESS, ipv4(b, at + 6));
    need(b, at + 14)?;
    l.uint(f::hsrp2::MD5_KEY_ID, be32(b, at + 10));
    need(b, at + 30)?;
    l.push(
        f::hsrp2::MD5_AUTH_DATA,
        Value::Bytes(Cow::Borrowed(&b[at + 14..at + 30])),
    );
    Ok(())
}

fn ipv4(b: &[u8], at: usize) -> Value<'static> {
    Value::Ipv4([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Eight bytes of clear-text authentication as tshark copies them into a
/// C string: up to the first NUL. Shown only when that is ASCII (what
/// tshark makes of other bytes is not checked).
fn auth_text<'a>(l: &mut Layer<'a>, def: &'static crate::dissect::field::FieldDef, b: &[u8]) {
    let b = &b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())];
    if b.is_ascii() {
        l.push(
            def,
            Value::Str(Cow::Owned(String::from_utf8_lossy(b).into_owned())),
        );
    }
}

/// Version 2: TLVs while any of the datagram (as sent) remains.
fn message_v2<'a>(
    b: &'a [u8],
    reported: usize,
    l: &mut Layer<'a>,
    rest: &mut Option<usize>,
) -> Result<(), Short> {
    let mut off = 0;
    while off < reported {
        need(b, off + 2)?;
        let (kind, len) = (b[off], b[off + 1]);
        match (kind, len) {
            (1, 40) => {
                // Info's opcode and state are read first.
                need(b, off + 5)?;
                l.uint(f::hsrp2::GROUP_STATE_TLV, kind);
                let v = off + 2;
                l.uint(f::hsrp2::VERSION, b[v]);
                l.uint(f::hsrp2::OPCODE, b[v + 1]);
                l.uint(f::hsrp2::STATE, b[v + 2]);
                need(b, v + 4)?;
                let ipver = b[v + 3];
                l.uint(f::hsrp2::IPVERSION, ipver);
                need(b, v + 6)?;
                l.uint(f::hsrp2::GROUP, be16(b, v + 4));
                need(b, v + 12)?;
                let mut mac = [0u8; 6];
                mac.copy_from_slice(&b[v + 6..v + 12]);
                l.push(f::hsrp2::IDENTIFIER, Value::Mac(mac));
                need(b, v + 16)?;
                l.uint(f::hsrp2::PRIORITY, be32(b, v + 12));
                need(b, v + 20)?;
                l.uint(f::hsrp2::HELLOTIME, be32(b, v + 16));
                need(b, v + 24)?;
                l.uint(f::hsrp2::HOLDTIME, be32(b, v + 20));
                match ipver {
                    4 => {
                        need(b, v + 28)?;
                        l.push(f::hsrp2::VIRT_IP, ipv4(b, v + 24));
                    }
                    6 => {
                        need(b, v + 40)?;
                        let mut a = [0u8; 16];
                        a.copy_from_slice(&b[v + 24..v + 40]);
                        l.push(f::hsrp2::VIRT_IP_V6, Value::Ipv6(a));
                    }
                    _ => {
                        *rest = Some(v + 24);
                        return Ok(());
                    }
                }
            }
            (2, 4) => {
                need(b, off + 6)?;
                l.uint(f::hsrp2::INTERFACE_STATE_TLV, kind);
                l.uint(f::hsrp2::ACTIVE_GROUPS, be16(b, off + 2));
                l.uint(f::hsrp2::PASSIVE_GROUPS, be16(b, off + 4));
            }
            (3, 8) => {
                l.uint(f::hsrp2::TEXT_AUTH_TLV, kind);
                need(b, off + 10)?;
                auth_text(l, f::hsrp2::AUTH_DATA, &b[off + 2..off + 10]);
            }
            (4, 28) => md5_tlv(b, off, l)?,
            _ => {
                *rest = Some(off);
                return Ok(());
            }
        }
        off += usize::from(len) + 2;
    }
    Ok(())
}

/// tshark's Info: `Hello (state Active)`, `Advertise (state Passive)`, or
/// the opcode's name alone.
pub fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if l.has(f::hsrp2::GROUP_STATE_TLV) || l.has(f::hsrp2::INTERFACE_STATE_TLV) {
        // Version 2: the last group state TLV's opcode and state, or the
        // interface state TLV's counts, whichever came last.
        let mut text = String::new();
        let mut op = None;
        for fld in &l.fields {
            let v = match fld.value {
                Value::UInt(v) => v,
                _ => continue,
            };
            if std::ptr::eq(fld.def, f::hsrp2::OPCODE) {
                op = Some(v);
            } else if std::ptr::eq(fld.def, f::hsrp2::STATE) {
                text.clear();
                let name = f::hsrp2::OPCODE.value_name(op.unwrap_or(u64::MAX));
                let _ = write!(
                    text,
                    "{} (state {})",
                    name.unwrap_or("Unknown"),
                    f::hsrp2::STATE.value_name(v).unwrap_or("Unknown")
                );
            } else if std::ptr::eq(fld.def, f::hsrp2::ACTIVE_GROUPS) {
                text.clear();
                let _ = write!(text, "Interface State TLV (Act={v}");
            } else if std::ptr::eq(fld.def, f::hsrp2::PASSIVE_GROUPS) {
                let _ = write!(text, " Pass={v})");
            }
        }
        out.push_str(&text);
        return;
    }
    let Some(op) = l.get_uint(f::hsrp::OPCODE) else {
        return;
    };
    out.push_str(opcode_name(op as u8));
    if let Some(s) = l.get_uint(f::hsrp::STATE) {
        out.push_str(" (state ");
        out.push_str(state_name(s as u8));
        out.push(')');
    } else if let Some(s) = l.get_uint(f::hsrp::ADV_STATE) {
        out.push_str(" (state ");
        out.push_str(adv_state_name(s as u8));
        out.push(')');
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "hsrp",
    also: &[],
    title: "Cisco Hot Standby Router Protocol",
    osi: Osi::Application,
    fields: fields::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["hsrp"],
        tcp_ports: &[],
        udp_ports: &[PORT, PORT_V6],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(|| Box::new(Hsrp)),
    }),
};

/// tshark's Protocol column: `HSRPv2` for version 2.
fn column(l: &Layer<'_>) -> &'static str {
    if l.fields.iter().any(|f| f.def.name.starts_with("hsrp2.")) {
        "HSRPv2"
    } else {
        "HSRP"
    }
}

/// Each datagram on its own; those tshark reads as neither version are
/// left as `data`.
struct Hsrp;

impl DatagramDecoder for Hsrp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        if let Some(v) = version_of(d) {
            dissect_version(v, d.payload, d.at, d.reported, d.cut, d.nested, out);
        }
    }
}
