//! NAT-PMP (RFC 6886) on UDP 5350 and 5351 as tshark 4.0 shows it: the
//! port is Port Control's (`portcontrol` in `frame.protocols`), whose
//! dissector hands a version 0 message to packet-nat-pmp.c's NAT-PMP
//! decoder (`nat-pmp.*`, Protocol `NAT-PMP`, the opcode's name as Info).
//! External address requests and responses (result code, seconds since
//! the epoch, external address), mapping requests (reserved word, internal
//! and requested external port, requested lifetime) and responses
//! (result code, seconds, internal and mapped port, lifetime).
//!
//! Not decoded: Port Control Protocol itself (versions 1 and 2,
//! `portcontrol.*`): such a datagram stays data.
//!
//! The promise: no input makes this module panic; every read is checked.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::expert::{Expert, Group, Severity};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::Reader;

/// packet-nat-pmp.c's "Unknown opcode" (Warning, Response).
static UNKNOWN_OPCODE: Expert = Expert {
    field: f::nat_pmp::OPCODE_UNKNOWN,
    group: Group::Response,
    severity: Severity::Warn,
};

/// Port Control's ports (tshark's `portcontrol` binds both).
pub const PORTS: &[u16] = &[5350, 5351];

/// The message's fields after its version, into `l`; `Err(end)` where a
/// read ran past the bytes.
fn message<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), usize> {
    use f::nat_pmp as n;
    let mut r = Reader { b, at: 0 };
    l.uint(n::VERSION, r.u8()?);
    let opcode = r.u8()?;
    l.uint(n::OPCODE, opcode);
    let name = n::OPCODE.value_name(u64::from(opcode));
    let info = match name {
        Some(name) => name.to_string(),
        None => format!("Unknown opcode: {opcode}"),
    };
    if name.is_none() {
        crate::dissect::expert::add(l, &UNKNOWN_OPCODE, Some(info.clone()));
    }
    l.str(n::OSIDUMP_INFO, info);
    match opcode {
        128 => {
            l.uint(n::RESULT_CODE, r.u16()?);
            l.uint(n::SSSOE, r.u32()?);
            let a = r.take(4)?;
            l.push(n::EXTERNAL_IP, Value::Ipv4([a[0], a[1], a[2], a[3]]));
        }
        1 | 2 => {
            l.uint(n::RESERVED, r.u16()?);
            l.uint(n::INTERNAL_PORT, r.u16()?);
            l.uint(n::EXTERNAL_PORT, r.u16()?);
            l.uint(n::PML, r.u32()?);
        }
        129 | 130 => {
            l.uint(n::RESULT_CODE, r.u16()?);
            l.uint(n::SSSOE, r.u32()?);
            l.uint(n::INTERNAL_PORT, r.u16()?);
            l.uint(n::EXTERNAL_PORT, r.u16()?);
            l.uint(n::PML, r.u32()?);
        }
        _ => {}
    }
    Ok(())
}

fn dissect<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let b = d.payload;
    // Port Control's dissector reads the version first: NAT-PMP's is 0.
    if b.first() != Some(&0) {
        return crate::dissect::data::layer_of(Osi::Application, b, d.at..d.at + b.len());
    }
    let mut l = Layer::new(Osi::Application, "nat-pmp", d.at..d.at + b.len());
    if let Err(end) = message(b, &mut l)
        && !d.nested
    {
        let reason = format!("NAT-PMP message: need {end} bytes, have {}", b.len());
        l.read_past_end("nat-pmp", reason, d.cut && end <= d.reported.max(b.len()));
    }
    l
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(dissect))
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::nat_pmp::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("NAT-PMP ");
    out.push_str(l.get_str(f::nat_pmp::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "nat-pmp",
    also: &[],
    title: "NAT Port Mapping Protocol",
    osi: Osi::Application,
    fields: f::nat_pmp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "NAT-PMP"),
    app: Some(AppSpec {
        decode_as: &["nat-pmp", "portcontrol"],
        tcp_ports: &[],
        udp_ports: PORTS,
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
