//! MNDP, the Mikrotik Neighbor Discovery Protocol (UDP 5678), as tshark
//! 4.0's packet-mndp.c shows it: a 2-byte field nobody has named and a
//! sequence number, then type-length-value records (MAC address,
//! identity, version, platform, uptime, software ID, board, unpack, IPv6
//! and IPv4 addresses, interface name; other types as data).
//!
//! The dissector takes a datagram only when it has 8 bytes or more and the
//! first record's type and length both have a zero high byte (packet-mndp.c's
//! `test_mndp`); it writes the Protocol column and leaves UDP's Info. A
//! record running past the datagram shows nothing of itself (its item's
//! length is checked first, which throws); a fixed-size value of another
//! length is a malformed packet after the record's type and length.
//!
//! The promise: no input makes this module panic; every read is checked.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, TimeSpan, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};
use std::borrow::Cow;

/// The port tshark binds MNDP to.
pub const PORT: u16 = 5678;

/// packet-mndp.c's `test_mndp`: 8 bytes at least, and the high bytes of
/// the first record's type and length zero.
fn port_takes(b: &[u8]) -> bool {
    b.len() >= 8 && b[4] == 0 && b[6] == 0
}

/// Why a record stops the walk: the bytes it needs are not there, or its
/// value has a length its field's type cannot have.
enum Stop {
    Short(usize),
    BadLength(u16, usize),
}

/// One record's value, as its field reads it.
fn value<'a>(l: &mut Layer<'a>, t: u16, v: &'a [u8]) -> Result<(), Stop> {
    use f::mndp as m;
    let bad = || Stop::BadLength(t, v.len());
    match t {
        1 => {
            let a: [u8; 6] = v.try_into().map_err(|_| bad())?;
            l.push(m::MAC, Value::Mac(a));
        }
        5 => crate::dissect::expert::ascii_string(l, m::IDENTITY, v),
        7 => crate::dissect::expert::ascii_string(l, m::VERSION, v),
        8 => crate::dissect::expert::ascii_string(l, m::PLATFORM, v),
        10 => {
            // Little-endian seconds (and nanoseconds when 8 bytes long).
            let span = match v.len() {
                4 => TimeSpan::from_nanos(
                    i128::from(u32::from_le_bytes([v[0], v[1], v[2], v[3]])) * 1_000_000_000,
                ),
                8 => TimeSpan::from_nanos(
                    i128::from(u32::from_le_bytes([v[0], v[1], v[2], v[3]])) * 1_000_000_000
                        + i128::from(u32::from_le_bytes([v[4], v[5], v[6], v[7]])),
                ),
                _ => return Err(bad()),
            };
            l.push(m::UPTIME, Value::RelTime(span));
        }
        11 => crate::dissect::expert::ascii_string(l, m::SOFTWAREID, v),
        12 => crate::dissect::expert::ascii_string(l, m::BOARD, v),
        14 => match v {
            [u] => l.uint(m::UNPACK, *u),
            _ => return Err(bad()),
        },
        15 => {
            let a: [u8; 16] = v.try_into().map_err(|_| bad())?;
            l.push(m::IPV6ADDRESS, Value::Ipv6(a));
        }
        16 => crate::dissect::expert::ascii_string(l, m::INTERFACENAME, v),
        17 => {
            let a: [u8; 4] = v.try_into().map_err(|_| bad())?;
            l.push(m::IPV4ADDRESS, Value::Ipv4(a));
        }
        _ => l.push(m::TLV_DATA, Value::Bytes(Cow::Borrowed(v))),
    }
    Ok(())
}

/// The header and the records, into `l`.
fn message<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Stop> {
    use f::mndp as m;
    let head = b.get(..4).ok_or(Stop::Short(4))?;
    l.push(m::HEADER_UNKNOWN, Value::Bytes(Cow::Borrowed(&head[..2])));
    l.uint(m::HEADER_SEQNO, u16::from_be_bytes([head[2], head[3]]));
    let mut at = 4;
    while at < b.len() {
        let hdr = b.get(at..at + 4).ok_or(Stop::Short(at + 4))?;
        let t = u16::from_be_bytes([hdr[0], hdr[1]]);
        let len = usize::from(u16::from_be_bytes([hdr[2], hdr[3]]));
        let end = at + 4 + len;
        // The record's item covers its value: one past the datagram
        // throws before anything of it is shown.
        let v = b.get(at + 4..end).ok_or(Stop::Short(end))?;
        l.uint(m::TLV_TYPE, t);
        l.uint(m::TLV_LENGTH, len as u64);
        if len > 0 {
            value(l, t, v)?;
        }
        at = end;
    }
    Ok(())
}

fn dissect<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let b = d.payload;
    let mut l = Layer::new(Osi::Application, "mndp", d.at..d.at + b.len());
    match message(b, &mut l) {
        Ok(()) => {}
        Err(Stop::Short(end)) => {
            let reason = format!("MNDP record: need {end} bytes, have {}", b.len());
            l.read_past_end("mndp", reason, d.cut && end <= d.reported.max(b.len()));
        }
        Err(Stop::BadLength(t, len)) => {
            // Wireshark refuses a fixed-size field of another length and
            // throws (a malformed packet).
            l.malformed(format!("MNDP record type {t}: value of {len} bytes"));
            l.throw(crate::dissect::AnomalyKind::Malformed, "mndp");
        }
    }
    l
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(dissect))
}

/// packet-mndp.c writes no Info: UDP's stays.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(u) = layers[..i].iter().rposition(|l| l.protocol == "udp") {
        crate::dissect::spec::info(out, layers, u, &crate::dissect::summary::EN);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("MNDP");
    if let Some(s) = l.get_str(f::mndp::IDENTITY) {
        out.push_str(" identity ");
        out.push_str(s);
    }
    if let Some(s) = l.get_str(f::mndp::PLATFORM) {
        out.push_str(", ");
        out.push_str(s);
    }
    if let Some(s) = l.get_str(f::mndp::VERSION) {
        out.push(' ');
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "mndp",
    also: &[],
    title: "Mikrotik Neighbor Discovery Protocol",
    osi: Osi::Application,
    fields: f::mndp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "MNDP"),
    app: Some(AppSpec {
        decode_as: &["mndp"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: Some(port_takes),
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
