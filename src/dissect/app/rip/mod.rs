//! RIP versions 1 and 2 (UDP port 520; RFC 1058, RFC 2453) as tshark
//! 4.0's `packet-rip.c` decodes them: command and version, then 20-byte
//! entries to the end of the datagram: routes (family 2: address, and for
//! version 2 route tag, netmask and next hop; metric), the "whole table"
//! request (family 0), and an authentication entry (family 0xffff) first:
//! a simple password (RFC 2453) or keyed MD5 (RFC 2082: digest offset,
//! key ID, data length, sequence number, and the digest in the trailer,
//! which is then not read as entries).
//!
//! What tshark does that is followed here (read from its source, checked
//! on tcpdump's rip captures):
//! - an entry is read while more than the trailer's length (0 without
//!   MD5) remains of the datagram as sent; each entry's metric is read
//!   before any of its fields, so an entry cut short shows nothing;
//! - RIP's routing domain (bytes 2-3) is not shown (tshark's
//!   `display_routing_domain` preference is off by default);
//! - an entry of another family shows only the "Unknown address family"
//!   expert, whose 20-byte range throws when the datagram ends sooner.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::expert::{self, Expert, Group, Severity, ascii_string};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::{Short, need};
use crate::dissect::wire::{be16, be32};
use std::borrow::Cow;

/// RIP's UDP port.
pub const PORT: u16 = 520;

const HEADER_LEN: usize = 4;
const ENTRY_LEN: usize = 20;
const FAMILY_UNSPEC: u16 = 0;
const FAMILY_IP: u16 = 2;
const FAMILY_AUTH: u16 = 0xffff;
const AUTH_PASSWORD: u16 = 2;
const AUTH_KEYED_MD5: u16 = 3;
const MD5_DIGEST_LEN: usize = 16;

/// tshark's `rip.unknown_address_family` (Warning, Protocol).
static UNKNOWN_FAMILY: Expert = Expert {
    field: f::rip::UNKNOWN_ADDRESS_FAMILY,
    group: Group::Protocol,
    severity: Severity::Warn,
};

fn ipv4(b: &[u8], at: usize) -> Value<'static> {
    Value::Ipv4([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// One RIP message (a UDP payload of `reported` bytes on the wire, of
/// which `msg` were captured) as a layer spanning `at..at + msg.len()`.
/// `cut`: the capture cut the datagram short; `quoted`: an ICMP error
/// quotes it (short on purpose, nothing is marked).
pub fn dissect(msg: &[u8], at: usize, reported: usize, cut: bool, quoted: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "rip", at..at + msg.len());
    let reported = reported.max(msg.len());
    if let Err(Short(end)) = message(msg, reported, &mut l)
        && !quoted
    {
        let reason = format!("RIP message: need {end} bytes, have {}", msg.len());
        l.read_past_end("rip", reason, cut && end <= reported);
    }
    l
}

fn message<'a>(b: &'a [u8], reported: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    need(b, 2)?;
    let version = b[1];
    l.uint(f::rip::COMMAND, b[0]);
    l.uint(f::rip::VERSION, version);
    let v2 = version == 2;
    let mut off = HEADER_LEN;
    let mut trailer = 0;
    let mut md5 = false;
    while reported.saturating_sub(off) > trailer {
        need(b, off + 2)?;
        match be16(b, off) {
            FAMILY_UNSPEC => {
                need(b, off + 20)?;
                l.uint(f::rip::FAMILY, FAMILY_UNSPEC);
                if v2 {
                    l.uint(f::rip::ROUTE_TAG, be16(b, off + 2));
                    l.push(f::rip::NETMASK, ipv4(b, off + 8));
                    l.push(f::rip::NEXT_HOP, ipv4(b, off + 12));
                }
                l.uint(f::rip::METRIC, be32(b, off + 16));
            }
            FAMILY_IP => {
                need(b, off + 20)?;
                l.uint(f::rip::FAMILY, FAMILY_IP);
                if v2 {
                    l.uint(f::rip::ROUTE_TAG, be16(b, off + 2));
                }
                l.push(f::rip::IP, ipv4(b, off + 4));
                if v2 {
                    l.push(f::rip::NETMASK, ipv4(b, off + 8));
                    l.push(f::rip::NEXT_HOP, ipv4(b, off + 12));
                }
                l.uint(f::rip::METRIC, be32(b, off + 16));
            }
            FAMILY_AUTH if off == HEADER_LEN => {
                trailer = authentication(b, off, l)?;
                md5 = true;
            }
            FAMILY_AUTH if md5 && reported - off == ENTRY_LEN => {}
            family => {
                // tshark's expert item spans the entry: added, then its
                // range past the end throws.
                expert::add(
                    l,
                    &UNKNOWN_FAMILY,
                    Some(format!("Unknown address family {family}")),
                );
                need(b, off + ENTRY_LEN)?;
            }
        }
        off += ENTRY_LEN;
    }
    Ok(())
}

/// The authentication entry at `off`: the trailer's length it announces
/// (keyed MD5's data length, else 0).
fn authentication<'a>(b: &'a [u8], off: usize, l: &mut Layer<'a>) -> Result<usize, Short> {
    need(b, off + 4)?;
    let kind = be16(b, off + 2);
    l.uint(f::rip::AUTH_TYPE, kind);
    match kind {
        AUTH_PASSWORD => {
            need(b, off + 20)?;
            ascii_string(l, f::rip::AUTH_PASSWD, &b[off + 4..off + 20]);
            Ok(0)
        }
        AUTH_KEYED_MD5 => {
            need(b, off + 6)?;
            let digest_off = usize::from(be16(b, off + 4));
            l.uint(f::rip::DIGEST_OFFSET, digest_off as u64);
            need(b, off + 7)?;
            l.uint(f::rip::KEY_ID, b[off + 6]);
            need(b, off + 8)?;
            let data_len = b[off + 7];
            l.uint(f::rip::AUTH_DATA_LEN, data_len);
            need(b, off + 12)?;
            l.uint(f::rip::SEQ_NUM, be32(b, off + 8));
            need(b, off + 20)?;
            ascii_string(l, f::rip::ZERO_PADDING, &b[off + 12..off + 20]);
            // The digest after the trailer's 4-byte header.
            let at = off + digest_off;
            need(b, at + MD5_DIGEST_LEN)?;
            l.push(
                f::rip::AUTHENTICATION_DATA,
                Value::Bytes(Cow::Borrowed(&b[at..at + MD5_DIGEST_LEN])),
            );
            Ok(usize::from(data_len))
        }
        _ => Ok(0),
    }
}

/// tshark's Info: the command's name (`Request`, `Response`).
pub fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(c) = l.get_uint(f::rip::COMMAND) else {
        return;
    };
    match f::rip::COMMAND.value_name(c) {
        Some(name) => out.push_str(name),
        None => {
            let _ = write!(out, "Unknown command ({c})");
        }
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

/// tshark's Protocol column: the version's name (`RIPv2`), else `RIP`.
fn column(l: &Layer<'_>) -> &'static str {
    match l.get_uint(f::rip::VERSION) {
        Some(1) => "RIPv1",
        Some(2) => "RIPv2",
        _ => "RIP",
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "rip",
    also: &[],
    title: "Routing Information Protocol",
    osi: Osi::Application,
    fields: f::rip::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["rip"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

/// One message a datagram; no state across them.
fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(|d| {
        dissect(d.payload, d.at, d.reported, d.cut, d.nested)
    }))
}
