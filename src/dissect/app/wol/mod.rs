//! Wake-on-LAN's MagicPacket as tshark 4.0's packet-wol.c shows it, over
//! Ethernet (EtherType 0x0842) and over UDP (tshark's heuristic: any port).
//!
//! A MagicPacket is six 0xff bytes and the target's address sixteen times
//! (102 bytes); four more bytes are a password written as an IPv4 address,
//! six as an Ethernet address (ether-wake's forms). Bytes past that are not
//! the packet's and are shown by nothing, as in tshark.
//!
//! tshark gives `wol.passwd` the first four (or six) bytes of the
//! password's text, not the password's bytes (it hands the text to a bytes
//! field); the same is shown here, so filters agree with tshark's.

pub mod fields;

#[cfg(test)]
mod tests;

use super::Probe;
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value, mac_text};
use crate::dissect::spec::{AppSpec, Datagram, OneMessage, ProtocolSpec};
use crate::dissect::{Next, Walk};
use std::borrow::Cow;

/// The MagicPacket's length without a password.
const MAGIC: usize = 102;

/// dissect_wol_pdu's test: the packet's length (102, 106 or 108 by the
/// bytes on the wire), or `None` when `b` holds no MagicPacket.
fn pdu_len(b: &[u8], reported: usize) -> Option<usize> {
    if reported < MAGIC || b.len() < MAGIC || b[..6] != [0xff; 6] {
        return None;
    }
    let target = &b[6..12];
    if !b[12..MAGIC].chunks(6).all(|c| c == target) {
        return None;
    }
    Some(match reported {
        106..=107 => 106,
        r if r >= 108 => 108,
        _ => MAGIC,
    })
}

/// The MagicPacket at the start of `b` as a layer at frame offset `at`.
fn layer<'a>(b: &'a [u8], at: usize, len: usize) -> Layer<'a> {
    let mut l = Layer::new(Osi::Application, "wol", at..at + len.min(b.len()));
    let mut target = [0u8; 6];
    target.copy_from_slice(&b[6..12]);
    let target_text = mac_text(&target);
    let mut info = format!(
        "MagicPacket for {}",
        crate::dissect::wire::ascii(&target_text)
    );
    // The password's text, as ether-wake writes it.
    let password = match len {
        106 => b
            .get(MAGIC..106)
            .map(|p| format!("{}.{}.{}.{}", p[0], p[1], p[2], p[3])),
        108 => b.get(MAGIC..108).map(|p| {
            let mut m = [0u8; 6];
            m.copy_from_slice(p);
            crate::dissect::wire::ascii(&mac_text(&m)).into_owned()
        }),
        _ => None,
    };
    if let Some(p) = &password {
        info.push_str(", password ");
        info.push_str(p);
    }
    l.push(f::wol::SYNC, Value::Bytes(Cow::Borrowed(&b[..6])));
    for _ in 0..16 {
        l.push(f::wol::MAC, Value::Mac(target));
    }
    match password {
        Some(p) => {
            let width = len - MAGIC;
            l.push(
                f::wol::PASSWD,
                Value::Bytes(Cow::Owned(p.as_bytes()[..width].to_vec())),
            );
        }
        // tshark reads the password's bytes first and throws.
        None if len > MAGIC => l.throw(AnomalyKind::Truncated, "wol"),
        None => {}
    }
    l.str(f::wol::OSIDUMP_INFO, info);
    l
}

/// EtherType 0x0842: a MagicPacket, or data.
pub(crate) fn over_ethernet(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let reported = walk.reported_end.saturating_sub(start).max(b.len());
    let Some(len) = pdu_len(b, reported) else {
        return Next::Data(Osi::Network);
    };
    // Bytes past the packet are no trailer: tshark's EtherType finds one
    // only where the payload's dissector set its length (IP does), and a
    // MagicPacket is too long to need padding.
    walk.layers.push(layer(b, start, len));
    walk.off = walk.end;
    Next::Done
}

/// The UDP heuristic.
fn probe(b: &[u8]) -> Probe {
    if pdu_len(b, b.len()).is_some() {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

fn datagram<'a>(d: &Datagram<'a>) -> Layer<'a> {
    match pdu_len(d.payload, d.reported) {
        Some(len) => layer(d.payload, d.at, len),
        None => crate::dissect::data::layer_of(
            Osi::Application,
            d.payload,
            d.at..d.at + d.payload.len(),
        ),
    }
}

fn new_datagrams() -> Box<dyn crate::dissect::spec::DatagramDecoder> {
    Box::new(OneMessage(datagram))
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::wol::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("WOL: ");
    out.push_str(l.get_str(f::wol::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "wol",
    also: &[],
    title: "Wake On LAN",
    osi: Osi::Application,
    fields: f::wol::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "WOL"),
    app: Some(AppSpec {
        decode_as: &["wol"],
        tcp_ports: &[],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: Some(probe),
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
