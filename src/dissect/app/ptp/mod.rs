//! PTP, the Precision Time Protocol (IEEE 1588-2008, version 2), as tshark
//! 4.0's packet-ptp.c shows it: over Ethernet (EtherType 0x88f7) and over
//! UDP (event messages to port 319, general ones to 320). The common
//! header (SDO ids, message type, versions, length, domain, the thirteen
//! flags, the correction in nanoseconds and fractions, the source port
//! identity, sequence id, control field and log message period), then the
//! body of each message a clock exchanges to synchronise: Sync and
//! Delay_Req (origin timestamp), Follow_Up (precise origin timestamp),
//! Delay_Resp (receive timestamp and requesting port), the peer-delay
//! trio, Announce (the grandmaster's priorities, class, accuracy, variance
//! and identity, steps removed, time source), Signaling's target port and
//! Management's header and TLV header (target port, hops, action, the
//! management id, its data as bytes).
//!
//! Not decoded: PTP version 1 (IEEE 1588-2002; over UDP its datagrams
//! stay data, over Ethernet tshark too reads every message as version 2),
//! the TLVs after an Announce, Follow_Up or Signaling body (802.1AS's
//! among them) and the fields inside a management TLV's data; their
//! Wireshark names are not registered, so asking for one says so.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first.

pub mod fields;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Short, be16, be32, need};
use crate::dissect::{Next, Walk};

crate::dissect::expert::ei!(
    MSG_LEN_TOO_SMALL,
    f::ptp::V2_MSG_LEN_TOO_SMALL,
    Malformed,
    Error
);
crate::dissect::expert::ei!(
    MSG_LEN_TOO_LARGE,
    f::ptp::V2_MSG_LEN_TOO_LARGE,
    Malformed,
    Error
);

/// PTP's event and general UDP ports.
const PORT_EVENT: u16 = 319;
const PORT_GENERAL: u16 = 320;
const HEADER: usize = 34;

const SYNC: u8 = 0x0;
const DELAY_REQ: u8 = 0x1;
const PDELAY_REQ: u8 = 0x2;
const PDELAY_RESP: u8 = 0x3;
const FOLLOW_UP: u8 = 0x8;
const DELAY_RESP: u8 = 0x9;
const PDELAY_RESP_FOLLOW_UP: u8 = 0xa;
const ANNOUNCE: u8 = 0xb;
const SIGNALING: u8 = 0xc;
const MANAGEMENT: u8 = 0xd;

fn be48(b: &[u8], at: usize) -> u64 {
    (u64::from(be16(b, at)) << 32) | u64::from(be32(b, at + 2))
}

fn be64(b: &[u8], at: usize) -> u64 {
    (u64::from(be32(b, at)) << 32) | u64::from(be32(b, at + 4))
}

/// PTP over Ethernet: the frame's payload is the message.
pub(crate) fn over_ethernet(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let reported = walk.reported_end.saturating_sub(start).max(b.len());
    let cut = walk.snap_cut;
    // Over Ethernet every message is read as version 2; bytes after its
    // length are the Ethernet trailer.
    let len = message_length(b).unwrap_or(b.len());
    let l = message_layer(&b[..len], start, reported.min(len), cut, walk.nested);
    // The trailer goes to the link layer, found as the last one before
    // the message's.
    if start + len < walk.end {
        crate::dissect::net::note_padding(walk, start + len);
    }
    walk.layers.push(l);
    walk.off = walk.end;
    Next::Done
}

/// A message of version 2 (a layer), or nothing for another version.
pub fn dissect<'a>(
    msg: &'a [u8],
    at: usize,
    reported: usize,
    cut: bool,
    quoted: bool,
    out: &mut Vec<Layer<'a>>,
) {
    if msg.get(1).is_some_and(|&v| v & 0x0f != 2) {
        out.push(crate::dissect::data::layer_of(
            Osi::Application,
            msg,
            at..at + msg.len(),
        ));
        return;
    }
    let len = message_length(msg).unwrap_or(msg.len());
    out.push(message_layer(
        &msg[..len],
        at,
        reported.min(len),
        cut,
        quoted,
    ));
}

/// The message length field, when it ends the message before the bytes
/// do (packet-ptp.c bounds the message by it).
fn message_length(b: &[u8]) -> Option<usize> {
    let len = usize::from(be16(b.get(2..4)?, 0));
    (len >= 4 && len < b.len()).then_some(len)
}

/// A message read as version 2.
fn message_layer(msg: &[u8], at: usize, reported: usize, cut: bool, quoted: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "ptp", at..at + msg.len());
    if let Err(Short(end)) = message(msg, reported.max(msg.len()), &mut l)
        && !quoted
    {
        let reason = format!("PTP message: need {end} bytes, have {}", msg.len());
        l.read_past_end("ptp", reason, cut && end <= reported.max(msg.len()));
    }
    l
}

fn message<'a>(b: &'a [u8], reported: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::ptp::*;
    need(b, 1)?;
    l.uint(V2_MAJORSDOID, b[0] >> 4);
    let kind = b[0] & 0x0f;
    l.uint(V2_MESSAGETYPE, kind);
    need(b, 2)?;
    l.uint(V2_MINORVERSIONPTP, b[1] >> 4);
    l.uint(V2_VERSIONPTP, b[1] & 0x0f);
    need(b, 4)?;
    let length = usize::from(be16(b, 2));
    l.uint(V2_MESSAGELENGTH, length as u64);
    if length < 4 {
        // packet-ptp.c reads no further.
        crate::dissect::expert::add(l, &MSG_LEN_TOO_SMALL, None);
        return Ok(());
    }
    if length > reported {
        crate::dissect::expert::add(l, &MSG_LEN_TOO_LARGE, None);
    }
    need(b, 5)?;
    l.uint(V2_DOMAINNUMBER, b[4]);
    need(b, 6)?;
    l.uint(V2_MINORSDOID, b[5]);
    need(b, 8)?;
    let flags = be16(b, 6);
    l.uint(V2_FLAGS, flags);
    for (def, bit) in [
        (V2_FLAGS_SECURITY, 0x8000),
        (V2_FLAGS_SPECIFIC2, 0x4000),
        (V2_FLAGS_SPECIFIC1, 0x2000),
        (V2_FLAGS_UNICAST, 0x400),
        (V2_FLAGS_TWOSTEP, 0x200),
        (V2_FLAGS_ALTERNATEMASTER, 0x100),
        (V2_FLAGS_SYNCHRONIZATIONUNCERTAIN, 0x40),
        (V2_FLAGS_FREQUENCYTRACEABLE, 0x20),
        (V2_FLAGS_TIMETRACEABLE, 0x10),
        (V2_FLAGS_TIMESCALE, 0x8),
        (V2_FLAGS_UTCREASONABLE, 0x4),
        (V2_FLAGS_LI59, 0x2),
        (V2_FLAGS_LI61, 0x1),
    ] {
        l.boolean(def, flags & bit != 0);
    }
    need(b, 16)?;
    // Nanoseconds multiplied by 2^16: the whole nanoseconds, then the
    // fraction.
    let correction = be64(b, 8);
    l.uint(V2_CORRECTION_NS, ((correction as i64) >> 16) as u64);
    l.push(
        V2_CORRECTION_SUBNS,
        Value::Double((correction & 0xffff) as f64 / 65536.0),
    );
    need(b, 20)?;
    l.uint(V2_MESSAGETYPESPECIFIC, be32(b, 16));
    need(b, 28)?;
    l.uint(V2_CLOCKIDENTITY, be64(b, 20));
    // An identity made of an EUI-48 with FF-FE in its middle names its
    // vendor by the first three bytes.
    if b[23] == 0xff && b[24] == 0xfe {
        l.push(V2_CLOCKIDENTITY_MANUF, Value::Bytes(b[20..23].into()));
    }
    need(b, 30)?;
    l.uint(V2_SOURCEPORTID, be16(b, 28));
    need(b, 32)?;
    l.uint(V2_SEQUENCEID, be16(b, 30));
    need(b, 33)?;
    l.uint(V2_CONTROLFIELD, b[32]);
    need(b, 34)?;
    l.push(V2_LOGMESSAGEPERIOD, Value::Int(i64::from(b[33] as i8)));
    let stamp = |l: &mut Layer<'_>, at: usize, s, ns| -> Result<(), Short> {
        need(b, at + 6)?;
        l.uint(s, be48(b, at));
        need(b, at + 10)?;
        l.push(ns, Value::Int(i64::from(be32(b, at + 6) as i32)));
        Ok(())
    };
    let port = |l: &mut Layer<'_>, at: usize, id, num| -> Result<(), Short> {
        need(b, at + 8)?;
        l.uint(id, be64(b, at));
        need(b, at + 10)?;
        l.uint(num, be16(b, at + 8));
        Ok(())
    };
    match kind {
        SYNC | DELAY_REQ => stamp(
            l,
            HEADER,
            V2_SDR_ORIGINTIMESTAMP_SECONDS,
            V2_SDR_ORIGINTIMESTAMP_NANOSECONDS,
        )?,
        FOLLOW_UP => {
            need(b, HEADER + 6)?;
            let s = be48(b, HEADER);
            l.uint(V2_FU_PRECISEORIGINTIMESTAMP_SECONDS, s);
            need(b, HEADER + 10)?;
            let ns = be32(b, HEADER + 6);
            l.uint(V2_FU_PRECISEORIGINTIMESTAMP_NANOSECONDS, ns);
            // The timestamp as a 32-bit count of nanoseconds (its low
            // bits), as some hardware stamps it.
            let total = u128::from(s) * 1_000_000_000 + u128::from(ns);
            l.uint(V2_FU_PRECISEORIGINTIMESTAMP_32BIT, total as u32);
        }
        DELAY_RESP => {
            stamp(
                l,
                HEADER,
                V2_DR_RECEIVETIMESTAMP_SECONDS,
                V2_DR_RECEIVETIMESTAMP_NANOSECONDS,
            )?;
            port(
                l,
                HEADER + 10,
                V2_DR_REQUESTINGSOURCEPORTIDENTITY,
                V2_DR_REQUESTINGSOURCEPORTID,
            )?;
        }
        PDELAY_REQ => stamp(
            l,
            HEADER,
            V2_PDRQ_ORIGINTIMESTAMP_SECONDS,
            V2_PDRQ_ORIGINTIMESTAMP_NANOSECONDS,
        )?,
        PDELAY_RESP => {
            stamp(
                l,
                HEADER,
                V2_PDRS_REQUESTRECEIPTTIMESTAMP_SECONDS,
                V2_PDRS_REQUESTRECEIPTTIMESTAMP_NANOSECONDS,
            )?;
            port(
                l,
                HEADER + 10,
                V2_PDRS_REQUESTINGPORTIDENTITY,
                V2_PDRS_REQUESTINGSOURCEPORTID,
            )?;
        }
        PDELAY_RESP_FOLLOW_UP => {
            stamp(
                l,
                HEADER,
                V2_PDFU_RESPONSEORIGINTIMESTAMP_SECONDS,
                V2_PDFU_RESPONSEORIGINTIMESTAMP_NANOSECONDS,
            )?;
            port(
                l,
                HEADER + 10,
                V2_PDFU_REQUESTINGPORTIDENTITY,
                V2_PDFU_REQUESTINGSOURCEPORTID,
            )?;
        }
        ANNOUNCE => {
            stamp(
                l,
                HEADER,
                V2_AN_ORIGINTIMESTAMP_SECONDS,
                V2_AN_ORIGINTIMESTAMP_NANOSECONDS,
            )?;
            need(b, 46)?;
            l.push(
                V2_AN_ORIGINCURRENTUTCOFFSET,
                Value::Int(i64::from(be16(b, 44) as i16)),
            );
            need(b, 48)?;
            l.uint(V2_AN_PRIORITY1, b[47]);
            need(b, 49)?;
            l.uint(V2_AN_GRANDMASTERCLOCKCLASS, b[48]);
            need(b, 50)?;
            l.uint(V2_AN_GRANDMASTERCLOCKACCURACY, b[49]);
            need(b, 52)?;
            l.uint(V2_AN_GRANDMASTERCLOCKVARIANCE, be16(b, 50));
            need(b, 53)?;
            l.uint(V2_AN_PRIORITY2, b[52]);
            need(b, 61)?;
            l.uint(V2_AN_GRANDMASTERCLOCKIDENTITY, be64(b, 53));
            need(b, 63)?;
            l.uint(V2_AN_LOCALSTEPSREMOVED, be16(b, 61));
            need(b, 64)?;
            l.uint(V2_TIMESOURCE, b[63]);
        }
        SIGNALING => port(l, HEADER, V2_SIG_TARGETPORTIDENTITY, V2_SIG_TARGETPORTID)?,
        MANAGEMENT => {
            port(l, HEADER, V2_MM_TARGETPORTIDENTITY, V2_MM_TARGETPORTID)?;
            need(b, 45)?;
            l.uint(V2_MM_STARTINGBOUNDARYHOPS, b[44]);
            need(b, 46)?;
            l.uint(V2_MM_BOUNDARYHOPS, b[45]);
            need(b, 47)?;
            l.uint(V2_MM_ACTION, b[46] & 0x0f);
            need(b, 50)?;
            l.uint(V2_MM_TLVTYPE, be16(b, 48));
            need(b, 52)?;
            let len = usize::from(be16(b, 50));
            l.uint(V2_MM_LENGTHFIELD, len as u64);
            need(b, 54)?;
            l.uint(V2_MM_MANAGEMENTID, be16(b, 52));
            if len > 2 {
                let end = 52 + len;
                need(b, end)?;
                l.push(V2_MM_DATA, Value::Bytes(b[54..end].into()));
            }
        }
        _ => {}
    }
    Ok(())
}

/// The management ids' short names, as packet-ptp.c writes them in the
/// Info column.
fn management_name(id: u64) -> Option<&'static str> {
    Some(match id {
        0x0000 => "Null management",
        0x0001 => "Clock description",
        0x0002 => "User description",
        0x0003 => "Save in non volatile storage",
        0x0004 => "Reset non volatile storage",
        0x0005 => "Initialize",
        0x0006 => "Fault log",
        0x0007 => "Fault log reset",
        0x2000 => "Default dataset",
        0x2001 => "Current dataset",
        0x2002 => "Parent dataset",
        0x2003 => "Time properties dataset",
        0x2004 => "Port dataset",
        0x2005 => "Priority 1",
        0x2006 => "Priority 2",
        0x2007 => "Domain",
        0x2008 => "Slave only",
        0x2009 => "Log announce interval",
        0x200a => "Announce receipt timeout",
        0x200b => "Log sync interval",
        0x200c => "Version number",
        0x200d => "Enable port",
        0x200e => "Disable port",
        0x200f => "Time",
        0x2010 => "Clock accuracy",
        0x2011 => "UTC properties",
        0x2012 => "Traceability properties",
        0x2013 => "Timescale properties",
        0x2014 => "Unicast negotiation enable",
        0x2015 => "Path trace list",
        0x2016 => "Path trace enable",
        0x2017 => "Grandmaster cluster table",
        0x2018 => "Unicast master table",
        0x2019 => "Unicast master max table size",
        0x201a => "Acceptable master table",
        0x201b => "Acceptable master table enabled",
        0x201c => "Acceptable master max table size",
        0x201d => "Alternate master",
        0x201e => "Alternate time offset enable",
        0x201f => "Alternate time offset name",
        0x2020 => "Alternate time offset max key",
        0x2021 => "Alternate time offset properties",
        0x4000 => "Transparent clock default dataset",
        0x4001 => "Transparent clock port dataset",
        0x4002 => "Primary domain",
        0x6000 => "Delay mechanism",
        0x6001 => "Log min pdelay req. interval",
        _ => return None,
    })
}

/// tshark's Info: the message type's name (`Sync Message`); a management
/// message names its id and action (`Management (Port dataset) GET`).
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    use f::ptp::*;
    let Some(kind) = l.get_uint(V2_MESSAGETYPE) else {
        return;
    };
    if kind == u64::from(MANAGEMENT)
        && let (Some(id), Some(action)) = (l.get_uint(V2_MM_MANAGEMENTID), l.get_uint(V2_MM_ACTION))
    {
        out.push_str("Management (");
        out.push_str(management_name(id).unwrap_or("Unknown management Id"));
        out.push_str(") ");
        out.push_str(V2_MM_ACTION.value_name(action).unwrap_or("Unknown Action"));
        return;
    }
    match V2_MESSAGETYPE.value_name(kind) {
        Some(name) => out.push_str(name),
        None => {
            use std::fmt::Write;
            let _ = write!(out, "Unknown PTP Message ({kind})");
        }
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "ptp",
    also: &[],
    title: "Precision Time Protocol (IEEE1588)",
    osi: Osi::Application,
    fields: fields::ptp::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: Some(|_| "PTPv2"),
    app: Some(AppSpec {
        decode_as: &["ptp"],
        tcp_ports: &[],
        udp_ports: &[PORT_EVENT, PORT_GENERAL],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(|| Box::new(Ptp)),
    }),
};

/// Each datagram on its own.
struct Ptp;

impl DatagramDecoder for Ptp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        dissect(d.payload, d.at, d.reported, d.cut, d.nested, out);
    }
}

#[cfg(test)]
mod tests {
    use super::dissect;

    /// A Management message and an Announce: every prefix and every byte
    /// altered in turn dissect without a panic; a cut message is marked.
    #[test]
    fn cut_and_altered_messages_decode_without_panic() {
        let mut announce = vec![0x0b, 0x02, 0, 64];
        announce.extend(std::iter::repeat_n(0x11, 60));
        let mut management = vec![0x0d, 0x02, 0, 58];
        management.extend(std::iter::repeat_n(0, 44));
        management.extend_from_slice(&[0, 1, 0, 6, 0x20, 0x05, 128, 0, 1, 2]);
        for msg in [announce, management] {
            for n in 0..=msg.len() {
                let mut out = Vec::new();
                dissect(&msg[..n], 0, msg.len(), false, false, &mut out);
                if (2..msg.len()).contains(&n) {
                    assert!(
                        out.iter().any(|l| !l.anomalies.is_empty()),
                        "cut at {n} not marked"
                    );
                }
            }
            for i in 0..msg.len() {
                for v in [0u8, 0x02, 0x0d, 0xff] {
                    let mut b = msg.clone();
                    b[i] = v;
                    let mut out = Vec::new();
                    dissect(&b, 0, b.len(), false, false, &mut out);
                }
            }
        }
    }
}
