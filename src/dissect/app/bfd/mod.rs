//! BFD control messages (UDP ports 3784, 4784, 6784 and 7784: single hop,
//! multihop, LAG and seamless BFD; RFC 5880 and its version 0 draft) as
//! tshark 4.0's `packet-bfd.c` decodes them: version, diagnostic, state
//! and flags, detection multiplier, length, both discriminators, the three
//! intervals, and the authentication section (simple password, or keyed
//! MD5/SHA1 with its sequence number and digest) when the A flag is set.
//!
//! What tshark does that is followed here (read from its source and
//! checked on the bfd-* captures of tcpdump's test suite):
//! - the 24-byte header is read in full before anything is shown: a
//!   shorter message is the `bfd` layer with no field, cut short or
//!   malformed;
//! - version 0 has no state and flags H, D, P, F; every other version
//!   is read as version 1 (state in the top two bits, flags P F C A D M);
//! - the authentication section is read only when the A flag is set, the
//!   version is not 0 and the message length is at least 28; a digest of
//!   an unexpected length is read with the length its type calls for.
//!
//! Not decoded: BFD echo (port 3785, `bfd_echo`), the MPLS-TP MEP-ID TLV
//! (BFD over MPLS only) and the experts for a bad authentication length.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::expert::ascii_string;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::be32;
use crate::dissect::wire::{Short, need};
use std::borrow::Cow;

/// BFD control's UDP ports (tshark's `UDP_PORT_RANGE_BFD_CTRL`).
pub const PORTS: &[u16] = &[3784, 4784, 6784, 7784];

const HEADER_LEN: usize = 24;
const AUTH_SIMPLE: u8 = 1;
const AUTH_MD5: u8 = 2;
const AUTH_MET_MD5: u8 = 3;
const AUTH_SHA1: u8 = 4;
const AUTH_MET_SHA1: u8 = 5;

/// tshark's diagnostic names in Info (`bfd_control_v1_diag_values`; those
/// of version 0 are its first eight).
const DIAGS: [&str; 10] = [
    "No Diagnostic",
    "Control Detection Time Expired",
    "Echo Function Failed",
    "Neighbor Signaled Session Down",
    "Forwarding Plane Reset",
    "Path Down",
    "Concatenated Path Down",
    "Administratively Down",
    "Reverse Concatenated Path Down",
    "Mis-Connectivity Defect",
];
const STATES: [&str; 4] = ["AdminDown", "Down", "Init", "Up"];

/// One BFD control message (a UDP payload of `reported` bytes on the wire,
/// of which `msg` were captured) as a layer spanning `at..at + msg.len()`.
/// `cut`: the capture cut the datagram short; `quoted`: an ICMP error
/// quotes it (short on purpose, nothing is marked).
pub fn dissect(msg: &[u8], at: usize, reported: usize, cut: bool, quoted: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "bfd", at..at + msg.len());
    if let Err(Short(end)) = control(msg, &mut l)
        && !quoted
    {
        let reason = format!("BFD control message: need {end} bytes, have {}", msg.len());
        l.read_past_end("bfd", reason, cut && end <= reported.max(msg.len()));
    }
    l
}

fn control<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    need(b, HEADER_LEN)?;
    let version = b[0] >> 5;
    let flags = b[1];
    let length = b[3];
    l.uint(f::bfd::VERSION, version);
    l.uint(f::bfd::DIAG, b[0] & 0x1f);
    if version != 0 {
        l.uint(f::bfd::STA, flags >> 6);
    }
    l.uint(f::bfd::FLAGS, flags);
    if version == 0 {
        l.boolean(f::bfd::FLAGS_H, flags & 0x80 != 0);
        l.boolean(f::bfd::FLAGS_D, flags & 0x40 != 0);
        l.boolean(f::bfd::FLAGS_P, flags & 0x20 != 0);
        l.boolean(f::bfd::FLAGS_F, flags & 0x10 != 0);
    } else {
        l.boolean(f::bfd::FLAGS_P, flags & 0x20 != 0);
        l.boolean(f::bfd::FLAGS_F, flags & 0x10 != 0);
        l.boolean(f::bfd::FLAGS_C, flags & 0x08 != 0);
        l.boolean(f::bfd::FLAGS_A, flags & 0x04 != 0);
        // Version 1's Demand bit (0x02) under the one name tshark gives
        // both versions' (registered with version 0's mask).
        l.boolean(f::bfd::FLAGS_D, flags & 0x02 != 0);
        l.boolean(f::bfd::FLAGS_M, flags & 0x01 != 0);
    }
    l.uint(f::bfd::DETECT_TIME_MULTIPLIER, b[2]);
    l.uint(f::bfd::MESSAGE_LENGTH, length);
    l.uint(f::bfd::MY_DISCRIMINATOR, be32(b, 4));
    l.uint(f::bfd::YOUR_DISCRIMINATOR, be32(b, 8));
    l.uint(f::bfd::DESIRED_MIN_TX_INTERVAL, be32(b, 12));
    l.uint(f::bfd::REQUIRED_MIN_RX_INTERVAL, be32(b, 16));
    l.uint(f::bfd::REQUIRED_MIN_ECHO_INTERVAL, be32(b, 20));
    if version != 0 && flags & 0x04 != 0 && length >= 28 {
        authentication(b, l)?;
    }
    Ok(())
}

fn authentication<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<(), Short> {
    const AT: usize = HEADER_LEN;
    need(b, AT + 2)?;
    let (kind, len) = (b[AT], b[AT + 1]);
    l.uint(f::bfd::AUTH_TYPE, kind);
    l.uint(f::bfd::AUTH_LEN, len);
    need(b, AT + 3)?;
    l.uint(f::bfd::AUTH_KEY, b[AT + 2]);
    match kind {
        AUTH_SIMPLE => {
            // tshark's length `auth_len - 3`: -1 is "to the end", below
            // that its read throws.
            let end = match usize::from(len).checked_sub(3) {
                Some(n) => AT + 3 + n,
                None if len == 2 => b.len(),
                None => return Err(Short(b.len() + 1)),
            };
            need(b, end)?;
            ascii_string(l, f::bfd::AUTH_PASSWORD, &b[AT + 3..end]);
        }
        AUTH_MD5 | AUTH_MET_MD5 | AUTH_SHA1 | AUTH_MET_SHA1 => {
            need(b, AT + 8)?;
            l.uint(f::bfd::AUTH_SEQ_NUM, be32(b, AT + 4));
            let digest = if kind <= AUTH_MET_MD5 { 16 } else { 20 };
            need(b, AT + 8 + digest)?;
            l.push(
                f::bfd::CHECKSUM,
                Value::Bytes(Cow::Borrowed(&b[AT + 8..AT + 8 + digest])),
            );
        }
        _ => {}
    }
    Ok(())
}

/// tshark's Info: `Diag: No Diagnostic, State: Up, Flags: 0x00` (version
/// 0: no state, and all eight flag bits).
pub fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let (Some(diag), Some(flags)) = (l.get_uint(f::bfd::DIAG), l.get_uint(f::bfd::FLAGS)) else {
        return;
    };
    let name = |n: u64, names: &[&'static str]| names.get(n as usize).copied().unwrap_or("Unknown");
    match l.get_uint(f::bfd::STA) {
        None => {
            let _ = write!(
                out,
                "Diag: {}, Flags: 0x{flags:02x}",
                name(diag, &DIAGS[..8])
            );
        }
        Some(sta) => {
            let _ = write!(
                out,
                "Diag: {}, State: {}, Flags: 0x{:02x}",
                name(diag, &DIAGS),
                name(sta, &STATES),
                flags & 0x3e
            );
        }
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "bfd",
    also: &[],
    title: "Bidirectional Forwarding Detection Control Message",
    osi: Osi::Application,
    fields: f::bfd::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: Some(|_| "BFD Control"),
    app: Some(AppSpec {
        decode_as: &["bfd"],
        tcp_ports: &[],
        udp_ports: PORTS,
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
