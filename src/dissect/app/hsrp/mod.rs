//! HSRP version 1 (Cisco's Hot Standby Router Protocol, RFC 2281; UDP port
//! 1985 to 224.0.0.2) as tshark 4.0's `packet-hsrp.c` decodes it: hello,
//! coup and resign messages (state, hello and hold times, priority, group,
//! the clear-text authentication data and the virtual IP address) and
//! advertisements (the interface-state TLV). Any other opcode leaves the
//! rest of the message to `data`.
//!
//! tshark takes a datagram to port 1985 as HSRP version 1 only when it is
//! sent to 224.0.0.2; to 224.0.0.102 it is version 2, to any other address
//! not HSRP at all (its dissector declines, and the payload is `data`).
//! The datagram decoder is given the conversation's two addresses, not the
//! destination: the one that is 224.0.0.2 is taken as it (a multicast
//! address is never a source).
//!
//! Not decoded (the datagram is `data`, as before): HSRP version 2 and
//! its TLVs (`hsrp2.*`), and the MD5 authentication TLV tshark reads
//! after a 50-byte version 1 message.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{be16, be32};
use std::borrow::Cow;

/// HSRP's UDP port.
pub const PORT: u16 = 1985;
/// All routers on this subnet: where HSRP version 1 is sent.
const V1_GROUP: [u8; 4] = [224, 0, 0, 2];

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

/// A read past the captured bytes, ending at `0`.
struct Short(usize);

fn need(b: &[u8], end: usize) -> Result<(), Short> {
    if b.len() >= end {
        Ok(())
    } else {
        Err(Short(end))
    }
}

/// Whether tshark reads this datagram as HSRP version 1: to port 1985, and
/// one of the conversation's addresses (the destination) is 224.0.0.2.
pub fn is_v1(d: &Datagram<'_>) -> bool {
    let group = |a: &[u8; 16]| a[..4] == V1_GROUP;
    d.dport == PORT && !d.conv.v6 && (group(&d.conv.a.0) || group(&d.conv.b.0))
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
    let mut l = Layer::new(Osi::Application, "hsrp", at..at + msg.len());
    let mut rest = None;
    if let Err(Short(end)) = message(msg, &mut l, &mut rest)
        && !quoted
    {
        let reason = format!("HSRP message: need {end} bytes, have {}", msg.len());
        if cut && end <= reported.max(msg.len()) {
            l.truncated(reason);
            l.throw(AnomalyKind::Truncated, "hsrp");
        } else {
            l.malformed(reason);
            l.throw(AnomalyKind::Malformed, "hsrp");
        }
    }
    out.push(l);
    if let Some(from) = rest
        && from < msg.len()
    {
        let b = &msg[from..];
        let mut d = Layer::new(Osi::Application, "data", at + from..at + msg.len());
        d.push(f::data::DATA, Value::Bytes(Cow::Borrowed(b)));
        d.uint(f::data::LEN, b.len() as u64);
        out.push(d);
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
        // tshark copies the eight bytes into a C string: up to the first
        // NUL. Shown only when that is ASCII (what tshark makes of other
        // bytes is not checked).
        let auth = &b[8..16];
        let auth = &auth[..auth.iter().position(|&c| c == 0).unwrap_or(8)];
        if auth.is_ascii() {
            let s = String::from_utf8_lossy(auth).into_owned();
            l.push(f::hsrp::AUTH_DATA, Value::Str(Cow::Owned(s)));
        }
        need(b, 20)?;
        l.push(f::hsrp::VIRT_IP, Value::Ipv4([b[16], b[17], b[18], b[19]]));
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
    Ok(())
}

/// tshark's Info: `Hello (state Active)`, `Advertise (state Passive)`, or
/// the opcode's name alone.
pub fn info(out: &mut String, l: &Layer<'_>) {
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
    fields: f::hsrp::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: None,
    app: Some(AppSpec {
        decode_as: &["hsrp"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        stream: None,
        datagram: Some(|| Box::new(Hsrp)),
    }),
};

/// Each datagram on its own; those tshark does not read as version 1 are
/// left as `data`.
struct Hsrp;

impl DatagramDecoder for Hsrp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if !d.payload.is_empty() && is_v1(d) {
            dissect(d.payload, d.at, d.reported, d.cut, d.nested, out);
        }
    }
}
