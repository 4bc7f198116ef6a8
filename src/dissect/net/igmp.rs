//! IGMP (IP protocol 2) as Wireshark reads it: version 0 (RFC 988), the
//! membership query of any version (v1, v2 by a non-zero max response
//! time, v3 by a length of 12 bytes or more), v1 and v2 reports, v2
//! leaves, v3 reports with their group records (RFC 3376) and multicast
//! traceroute (types 0x1e, 0x1f).
//!
//! PIM version 1 (0x14) is PIM's (`super::pim`), RGMP (RFC 3488, types
//! 0xfc-0xff sent to 224.0.0.25) its own layer here. Types other
//! dissectors of Wireshark's take (DVMRP 0x13, MSNIP, multicast router
//! discovery, IGAP) are not decoded: their bytes stay data. Any other type is IGMP with its type and the rest as
//! `igmp.data`, as tshark shows it.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be32};
use super::super::{Next, Walk};
use super::{ChecksumFields, ones_complement_sum, push_checksum_status};
use crate::dissect::fields as f;

static IGMP_CHECKSUM: ChecksumFields = ChecksumFields {
    status: f::igmp::CHECKSUM_STATUS,
    bad: &super::expert::IGMP_CHECKSUM_BAD,
};

static RGMP_CHECKSUM: ChecksumFields = ChecksumFields {
    status: f::rgmp::CHECKSUM_STATUS,
    bad: &super::expert::RGMP_CHECKSUM_BAD,
};

/// Types another Wireshark dissector registers in IGMP's table (RGMP's
/// are read here, or as IGMP's unknown types when RGMP refuses them).
fn taken_by_others(t: u8) -> bool {
    matches!(t, 0x13 | 0x14 | 0x23..=0x26 | 0x30..=0x32 | 0x40)
}

/// RGMP's types, which its dissector takes only in a datagram sent to
/// 224.0.0.25 (the IP layer's destination, `pinfo->dst`).
fn is_rgmp(walk: &Walk<'_>, t: u8) -> bool {
    const ALL_RGMP_ROUTERS: [u8; 4] = [224, 0, 0, 25];
    (0xfc..=0xff).contains(&t)
        && walk
            .layers
            .iter()
            .rev()
            .find(|l| matches!(l.protocol, "ip" | "ipv6"))
            .and_then(|l| l.get(f::ip::DST))
            == Some(&Value::Ipv4(ALL_RGMP_ROUTERS))
}

/// RGMP (packet-rgmp.c): type, reserved byte, the checksum over the whole
/// message, the group address.
fn rgmp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "rgmp", start..walk.end);
    l.uint(f::rgmp::TYPE, b[0]);
    let got = (|| {
        need(b, 2)?;
        l.uint(f::rgmp::RESERVED, b[1]);
        need(b, 4)?;
        l.uint(f::rgmp::CHECKSUM, be16(b, 2));
        // Over the whole message (unverified when the capture cut it).
        push_checksum_status(
            walk,
            &mut l,
            ones_complement_sum(b),
            be16(b, 2),
            &RGMP_CHECKSUM,
        );
        need(b, 8)?;
        l.push(f::rgmp::MADDR, ipv4(b, 4));
        Ok(())
    })();
    if let Err(Short(need)) = got {
        walk.short(&mut l, "RGMP message", need, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// RGMP's Info (and its tree line): the type's name.
pub(crate) fn rgmp_info(out: &mut String, l: &Layer<'_>) {
    if let Some(t) = l.get_uint(f::rgmp::TYPE) {
        match f::rgmp::TYPE.value_name(t) {
            Some(name) => out.push_str(name),
            None => {
                use std::fmt::Write;
                let _ = write!(out, "Unknown Type: 0x{t:02x}");
            }
        }
    }
}

/// Whether tshark reaches this type's decoder through IGMP's own table
/// (so `frame.protocols` lists `igmp` twice: `igmp:igmp`).
pub(crate) fn dispatched(t: u64) -> bool {
    matches!(
        t,
        0x00..=0x0f | 0x11 | 0x12 | 0x16 | 0x17 | 0x1e | 0x1f | 0x22
    )
}

/// A message cut short: the bytes needed to read on.
struct Short(usize);

pub(crate) fn igmp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let Some(&t) = b.first() else {
        return Next::Data(Osi::Network);
    };
    if t == 0x14 {
        return super::pim::v1_in_igmp(walk);
    }
    if taken_by_others(t) {
        return Next::Data(Osi::Network);
    }
    if is_rgmp(walk, t) {
        return rgmp(walk);
    }
    // The message's length on the wire (the IP payload), captured or not.
    let reported = walk.reported_end.max(walk.end) - start;
    let mut l = Layer::new(Osi::Network, "igmp", start..walk.end);
    let got = match t {
        0x00..=0x0f => v0(walk, &mut l, b),
        0x11 if reported >= 12 => v3_query(walk, &mut l, b),
        0x11 if b.get(1).is_some_and(|&m| m != 0) => v2(walk, &mut l, b),
        0x11 | 0x12 => v1(walk, &mut l, b),
        0x16 | 0x17 => v2(walk, &mut l, b),
        0x22 => v3_report(walk, &mut l, b),
        0x1e | 0x1f => mtrace(walk, &mut l, b, reported),
        _ => {
            l.uint(f::igmp::TYPE, t);
            if b.len() > 1 {
                l.push(f::igmp::DATA, Value::Bytes(b[1..].into()));
            }
            Ok(())
        }
    };
    if let Err(Short(need)) = got {
        walk.short(&mut l, "IGMP message", need, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn need(b: &[u8], n: usize) -> Result<(), Short> {
    if b.len() >= n { Ok(()) } else { Err(Short(n)) }
}

fn common(l: &mut Layer<'_>, version: u8, t: u8) {
    l.uint(f::igmp::VERSION, version);
    l.uint(f::igmp::TYPE, t);
}

/// The checksum over the first `len` bytes (0: the whole message), checked
/// when all of them were captured.
fn checksum(walk: &Walk<'_>, l: &mut Layer<'_>, b: &[u8], len: usize) -> Result<(), Short> {
    need(b, 4)?;
    l.uint(f::igmp::CHECKSUM, be16(b, 2));
    let len = if len == 0 { b.len() } else { len };
    match b.get(..len) {
        Some(covered) => push_checksum_status(
            walk,
            l,
            ones_complement_sum(covered),
            be16(b, 2),
            &IGMP_CHECKSUM,
        ),
        None => l.uint(f::igmp::CHECKSUM_STATUS, super::checksum::UNVERIFIED),
    }
    Ok(())
}

fn ipv4(b: &[u8], at: usize) -> Value<'static> {
    Value::Ipv4([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn v0<'a>(walk: &Walk<'_>, l: &mut Layer<'a>, b: &'a [u8]) -> Result<(), Short> {
    let t = b[0];
    common(l, 0, t);
    need(b, 2)?;
    let code = b[1];
    if t == 0x01 {
        l.uint(f::igmp::GROUP_TYPE, code);
    } else if t & 0x01 == 0 {
        if code < 5 {
            l.uint(f::igmp::REPLY, code);
        } else {
            l.uint(f::igmp::REPLY_PENDING, code);
        }
    }
    checksum(walk, l, b, 20)?;
    need(b, 8)?;
    l.uint(f::igmp::IDENTIFIER, be32(b, 4));
    need(b, 12)?;
    l.push(f::igmp::MADDR, ipv4(b, 8));
    need(b, 20)?;
    l.push(f::igmp::ACCESS_KEY, Value::Bytes(b[12..20].into()));
    Ok(())
}

fn v1<'a>(walk: &Walk<'_>, l: &mut Layer<'a>, b: &'a [u8]) -> Result<(), Short> {
    common(l, 1, b[0]);
    need(b, 2)?;
    l.push(f::igmp::RESERVED, Value::Bytes(b[1..2].into()));
    checksum(walk, l, b, 8)?;
    need(b, 8)?;
    l.push(f::igmp::MADDR, ipv4(b, 4));
    Ok(())
}

fn v2(walk: &Walk<'_>, l: &mut Layer<'_>, b: &[u8]) -> Result<(), Short> {
    common(l, 2, b[0]);
    need(b, 2)?;
    l.uint(f::igmp::MAX_RESP, b[1]);
    checksum(walk, l, b, 8)?;
    need(b, 8)?;
    l.push(f::igmp::MADDR, ipv4(b, 4));
    Ok(())
}

fn v3_query(walk: &Walk<'_>, l: &mut Layer<'_>, b: &[u8]) -> Result<(), Short> {
    common(l, 3, b[0]);
    // Wireshark reads the source count first.
    need(b, 12)?;
    let num = usize::from(be16(b, 10));
    max_resp(l, b[1]);
    checksum(walk, l, b, 0)?;
    l.push(f::igmp::MADDR, ipv4(b, 4));
    l.boolean(f::igmp::S, b[8] & 0x08 != 0);
    l.uint(f::igmp::QRV, b[8] & 0x07);
    l.uint(f::igmp::QQIC, b[9]);
    l.uint(f::igmp::NUM_SRC, num as u64);
    for i in 0..num {
        let at = 12 + 4 * i;
        need(b, at + 4)?;
        l.push(f::igmp::SADDR, ipv4(b, at));
    }
    Ok(())
}

/// A v3 max response code: below 128 the time itself (tenths of a
/// second), above a floating-point value whose parts tshark shows too.
fn max_resp(l: &mut Layer<'_>, bits: u8) {
    let tsecs = if bits & 0x80 != 0 {
        (u32::from(bits & 0x0f) | 0x10) << (((bits & 0x70) >> 4) + 3)
    } else {
        u32::from(bits)
    };
    l.uint(f::igmp::MAX_RESP_V3, tsecs);
    if bits & 0x80 != 0 {
        l.uint(f::igmp::MAX_RESP_EXP, (bits & 0x70) >> 4);
        l.uint(f::igmp::MAX_RESP_MANT, bits & 0x0f);
    }
}

fn v3_report<'a>(walk: &Walk<'_>, l: &mut Layer<'a>, b: &'a [u8]) -> Result<(), Short> {
    common(l, 3, b[0]);
    need(b, 2)?;
    l.push(f::igmp::RESERVED, Value::Bytes(b[1..2].into()));
    checksum(walk, l, b, 0)?;
    need(b, 6)?;
    l.push(f::igmp::RESERVED, Value::Bytes(b[4..6].into()));
    need(b, 8)?;
    let records = be16(b, 6);
    l.uint(f::igmp::NUM_GRP_RECS, records);
    let mut at = 8;
    for _ in 0..records {
        need(b, at + 1)?;
        l.uint(f::igmp::RECORD_TYPE, b[at]);
        need(b, at + 2)?;
        let aux = usize::from(b[at + 1]);
        l.uint(f::igmp::AUX_DATA_LEN, aux as u64);
        need(b, at + 4)?;
        let num = usize::from(be16(b, at + 2));
        l.uint(f::igmp::NUM_SRC, num as u64);
        need(b, at + 8)?;
        l.push(f::igmp::MADDR, ipv4(b, at + 4));
        at += 8;
        for _ in 0..num {
            need(b, at + 4)?;
            l.push(f::igmp::SADDR, ipv4(b, at));
            at += 4;
        }
        if aux > 0 {
            need(b, at + 4 * aux)?;
            l.push(f::igmp::AUX_DATA, Value::Bytes(b[at..at + 4 * aux].into()));
            at += 4 * aux;
        }
    }
    Ok(())
}

/// Multicast traceroute: a 24-byte header, then 32-byte response blocks.
fn mtrace(walk: &Walk<'_>, l: &mut Layer<'_>, b: &[u8], reported: usize) -> Result<(), Short> {
    l.uint(f::igmp::TYPE, b[0]);
    need(b, 2)?;
    l.uint(f::igmp::MTRACE_MAX_HOPS, b[1]);
    checksum(walk, l, b, 0)?;
    for (at, def) in [
        (4, f::igmp::MADDR),
        (8, f::igmp::MTRACE_SADDR),
        (12, f::igmp::MTRACE_RADDR),
        (16, f::igmp::MTRACE_RSPADDR),
    ] {
        need(b, at + 4)?;
        l.push(def, ipv4(b, at));
    }
    need(b, 21)?;
    l.uint(f::igmp::MTRACE_RESP_TTL, b[20]);
    need(b, 24)?;
    l.uint(
        f::igmp::MTRACE_Q_ID,
        u32::from_be_bytes([0, b[21], b[22], b[23]]),
    );
    let mut at = 24;
    while reported.saturating_sub(at) >= 32 {
        need(b, at + 32)?;
        let r = &b[at..at + 32];
        l.uint(f::igmp::MTRACE_Q_ARRIVAL, be32(r, 0));
        l.push(f::igmp::MTRACE_Q_INADDR, ipv4(r, 4));
        l.push(f::igmp::MTRACE_Q_OUTADDR, ipv4(r, 8));
        l.push(f::igmp::MTRACE_Q_PREVRTR, ipv4(r, 12));
        l.uint(f::igmp::MTRACE_Q_INPKT, be32(r, 16));
        l.uint(f::igmp::MTRACE_Q_OUTPKT, be32(r, 20));
        l.uint(f::igmp::MTRACE_Q_TOTAL, be32(r, 24));
        l.uint(f::igmp::MTRACE_Q_RTG_PROTO, r[28]);
        l.uint(f::igmp::MTRACE_Q_FWD_TTL, r[29]);
        l.uint(f::igmp::MTRACE_Q_MBZ, r[30] >> 7);
        l.uint(f::igmp::MTRACE_Q_S, (r[30] & 0x40) >> 6);
        l.uint(f::igmp::MTRACE_Q_SRC_MASK, r[30] & 0x3f);
        l.uint(f::igmp::MTRACE_Q_FWD_CODE, r[31]);
        at += 32;
    }
    Ok(())
}

/// tshark's Protocol column: `IGMPv2`, or `IGMP` for traceroute and
/// unknown types.
pub(crate) fn column(l: &Layer<'_>) -> &'static str {
    match l.get_uint(f::igmp::VERSION) {
        Some(0) => "IGMPv0",
        Some(1) => "IGMPv1",
        Some(2) => "IGMPv2",
        Some(3) => "IGMPv3",
        _ => "IGMP",
    }
}

/// tshark's Info: the type, then what the version's decoder appends
/// (`, general`, ` group 239.255.255.250`, ` / Join group ... for any
/// sources`).
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let Some(t) = l.get_uint(f::igmp::TYPE) else {
        return;
    };
    let addr = |v: &Value<'_>| v.to_string();
    if matches!(t, 0x1e | 0x1f) {
        // The traceroute's own names, by type and length.
        let blocks = l.all(f::igmp::MTRACE_Q_ARRIVAL).count();
        if t == 0x1e {
            let _ = write!(
                out,
                "Traceroute Response, {blocks} block{}",
                if blocks == 1 { "" } else { "s" }
            );
        } else if l.has(f::igmp::MTRACE_Q_ID) && blocks == 0 {
            out.push_str("Traceroute Query");
        } else {
            out.push_str("Traceroute Request");
        }
        return;
    }
    match f::igmp::TYPE.value_name(t) {
        Some(name) => out.push_str(name),
        None => {
            let _ = write!(out, "Unknown Type:0x{t:02x}");
        }
    }
    let version = l.get_uint(f::igmp::VERSION);
    let maddrs: Vec<&Value<'_>> = l.all(f::igmp::MADDR).collect();
    let zero = |v: &Value<'_>| matches!(v, Value::Ipv4([0, 0, 0, 0]));
    match version {
        Some(2) => {
            if let Some(m) = maddrs.first() {
                if zero(m) {
                    out.push_str(", general");
                } else if t == 0x17 {
                    let _ = write!(out, " {}", addr(m));
                } else if t == 0x11 {
                    let _ = write!(out, ", specific for group {}", addr(m));
                } else {
                    let _ = write!(out, " group {}", addr(m));
                }
            }
        }
        Some(3) if t == 0x11 => {
            if let Some(m) = maddrs.first() {
                if zero(m) {
                    out.push_str(", general");
                } else {
                    let _ = write!(out, ", specific for group {}", addr(m));
                }
            }
            let sources: Vec<String> = l.all(f::igmp::SADDR).map(addr).collect();
            if !sources.is_empty() {
                let _ = write!(
                    out,
                    ", source{} {{{}}}",
                    if sources.len() > 1 { "s" } else { "" },
                    sources.join(", ")
                );
            }
        }
        Some(3) => report_info(out, l),
        _ => {}
    }
}

/// A v3 report's records, each as tshark words it.
fn report_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if l.get_uint(f::igmp::NUM_GRP_RECS) == Some(0) {
        out.push_str(" - General query");
        return;
    }
    // Walk the fields in order: each record is its type, aux length,
    // source count, group, then its sources.
    let mut fields = l.fields.iter().peekable();
    while let Some(fl) = fields.next() {
        if !std::ptr::eq(fl.def, f::igmp::RECORD_TYPE) {
            continue;
        }
        let kind = match fl.value {
            Value::UInt(k) => k,
            _ => 0,
        };
        let mut num = 0;
        let mut group = String::new();
        let mut sources = Vec::new();
        while let Some(next) = fields.peek() {
            if std::ptr::eq(next.def, f::igmp::RECORD_TYPE) {
                break;
            }
            let next = fields.next().map(|n| (n.def, &n.value));
            match next {
                Some((d, Value::UInt(n))) if std::ptr::eq(d, f::igmp::NUM_SRC) => num = *n,
                Some((d, v)) if std::ptr::eq(d, f::igmp::MADDR) => group = v.to_string(),
                Some((d, v)) if std::ptr::eq(d, f::igmp::SADDR) => sources.push(v.to_string()),
                _ => {}
            }
        }
        if group.is_empty() {
            return;
        }
        let many = num > 1;
        if num == 0 {
            let _ = match kind {
                1 | 3 => write!(out, " / Leave group {group}"),
                2 | 4 => write!(out, " / Join group {group} for any sources"),
                5 => write!(
                    out,
                    " / Group {group}, ALLOW_NEW_SOURCES but no source specified (?)"
                ),
                6 => write!(
                    out,
                    " / Group {group}, BLOCK_OLD_SOURCES but no source specified (?)"
                ),
                _ => write!(out, " / Group {group}, unknown record type (?)"),
            };
            continue;
        }
        let _ = match kind {
            1 | 3 => write!(
                out,
                " / Join group {group} for source{} {{",
                if many { "s in" } else { "" }
            ),
            2 | 4 => write!(
                out,
                " / Join group {group}, for source{} {{",
                if many { "s not in" } else { " not" }
            ),
            5 => write!(
                out,
                " / Group {group}, new source{} {{",
                if many { "s" } else { "" }
            ),
            6 => write!(
                out,
                " / Group {group}, block source{} {{",
                if many { "s" } else { "" }
            ),
            _ => write!(out, " / Group {group}, unknown record type (?), sources {{"),
        };
        out.push_str(&sources.join(", "));
        if sources.len() as u64 == num {
            out.push('}');
        }
    }
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::{fields, frame, get};

    /// A raw IPv4 frame (LINKTYPE_IPV4): its fields and IGMP's Info.
    fn dissect(data: &[u8]) -> (Vec<(String, String)>, String) {
        let mut d = Dissector::new();
        let out = d.dissect(&frame(228, data));
        let fields = fields(&out);
        let mut info = String::new();
        if let Some(l) = out.layer("igmp") {
            super::info(&mut info, l);
        }
        (fields, info)
    }

    fn ip(payload: &[u8]) -> Vec<u8> {
        let len = 24 + payload.len();
        let mut h = vec![
            0x46,
            0xc0,
            (len >> 8) as u8,
            len as u8,
            0,
            0,
            0x40,
            0,
            1,
            2,
            0,
            0,
            10,
            0,
            0,
            1,
            224,
            0,
            0,
            22,
            0x94,
            0x04,
            0,
            0,
        ];
        h.extend_from_slice(payload);
        h
    }

    /// A v3 report joining 239.255.255.250 for any source, with a good
    /// checksum (computed here by hand: 0xea03).
    #[test]
    fn v3_report_with_a_record() {
        let msg = [
            0x22, 0, 0xea, 0x03, 0, 0, 0, 1, 4, 0, 0, 0, 239, 255, 255, 250,
        ];
        let (fields, info) = dissect(&ip(&msg));
        assert_eq!(get(&fields, "igmp.version"), ["3"]);
        assert_eq!(get(&fields, "igmp.checksum.status"), ["1"]);
        assert_eq!(get(&fields, "igmp.record_type"), ["4"]);
        assert_eq!(get(&fields, "igmp.maddr"), ["239.255.255.250"]);
        assert_eq!(
            info,
            "Membership Report / Join group 239.255.255.250 for any sources"
        );
    }

    /// A v2 query (max response 10 s, so v2) for every group; v1 by a
    /// zero max response time; v3 by its length.
    #[test]
    fn query_versions() {
        let v2 = [0x11, 100, 0xee, 0x9b, 0, 0, 0, 0];
        let (fields, info) = dissect(&ip(&v2));
        assert_eq!(get(&fields, "igmp.version"), ["2"]);
        assert_eq!(get(&fields, "igmp.max_resp"), ["100"]);
        assert_eq!(get(&fields, "igmp.checksum.status"), ["1"]);
        assert_eq!(info, "Membership Query, general");
        let v1 = [0x11, 0, 0xee, 0xff, 0, 0, 0, 0];
        let (fields, _) = dissect(&ip(&v1));
        assert_eq!(get(&fields, "igmp.version"), ["1"]);
        assert_eq!(get(&fields, "igmp.reserved"), ["00"]);
        let v3 = [0x11, 0xfe, 0, 0, 0, 0, 0, 0, 2, 125, 0, 0];
        let (fields, _) = dissect(&ip(&v3));
        assert_eq!(get(&fields, "igmp.version"), ["3"]);
        assert_eq!(get(&fields, "igmp.max_resp"), ["30720"]);
        assert_eq!(get(&fields, "igmp.max_resp.exp"), ["7"]);
        assert_eq!(get(&fields, "igmp.qrv"), ["2"]);
        assert_eq!(get(&fields, "igmp.checksum.status"), ["0"]);
    }

    /// tshark lists IGMP twice (`ip:igmp:igmp`: its type table calls a
    /// decoder of the same protocol), and every igmp field is the second
    /// call's: `#2` selects them, `#1` nothing.
    #[test]
    fn fields_are_the_second_igmp_call() {
        use crate::filter::Filter;
        let v2 = [0x11, 100, 0xee, 0x9b, 0, 0, 0, 0];
        let mut d = Dissector::new();
        let packet = ip(&v2);
        let bytes = frame(228, &packet);
        let out = d.dissect(&bytes);
        for (expr, want) in [
            ("igmp.max_resp#2 == 100", true),
            ("igmp.max_resp#1 == 100", false),
            ("igmp#2", true),
            ("igmp#1", false),
            ("igmp.type#[-1] == 0x11", true),
            ("igmp.type#[-2] == 0x11", false),
        ] {
            assert_eq!(Filter::new(expr).unwrap().matches(&out), want, "{expr}");
        }
    }

    /// Cut anywhere, never a panic.
    #[test]
    fn cut_messages_do_not_panic() {
        for msg in [
            &[
                0x22u8, 0, 0xea, 0x03, 0, 0, 0, 2, 1, 1, 0, 2, 239, 1, 1, 1, 10, 0, 0, 1,
            ][..],
            &[0x1e, 32, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4][..],
            &[0x02, 7, 0, 0, 0, 0, 0, 1][..],
        ] {
            for n in 0..=msg.len() {
                let _ = dissect(&ip(&msg[..n]));
            }
        }
    }
}
