//! GTP (3GPP TS 09.60, 29.060, 29.281; UDP ports 2152 for user data and
//! 2123 for control) as tshark 4.0's `packet-gtp.c` reads it.
//!
//! The first byte's version picks the header: version 2 is GTPv2-C (TS
//! 29.274), which Wireshark's GTP dissector hands to its `gtpv2`
//! dissector (so `frame.protocols` reads `gtp:gtpv2`); versions 0 and 1
//! are read here; a higher version, a message type GTP does not know, or
//! fewer than two bytes are not GTP (the datagram stays data). GTP' (the
//! protocol-type bit clear, charging records) is left as data too: its
//! own protocol (`gtpprime`) is not decoded.
//!
//! GTPv1: flags, message type, length, TEID; then, when any of the E, S
//! or PN flags is set, four more bytes of which each part is shown only
//! when its own flag is (sequence number, N-PDU number, next extension
//! header type), and the chain of extension headers (each a length in
//! four-byte units, contents, and the next type; a zero length ends the
//! dissection, as in Wireshark). GTPv0: flags, message type, length,
//! sequence number, flow label, SNDCP N-PDU number, TID (not decoded).
//!
//! The length field ends the message (Wireshark's `set_actual_length`):
//! bytes after it are not GTP's. A T-PDU (message type 0xff) carries a
//! user packet, read as Wireshark's default heuristic does: first byte
//! 0x45..=0x4e is IPv4, a high nibble of 6 is IPv6, otherwise an Ethernet
//! frame when more than 14 bytes follow and the EtherType at byte 12 is
//! ARP, IPv4 or IPv6; a payload of 14 bytes or fewer is shown as
//! `gtp.tpdu_data`, a longer one that is none of these not at all.
//! Signalling messages' information elements are not decoded (no field
//! rather than a wrong one), and neither is the request/response matching
//! (`gtp.response_to`).
//!
//! GTPv2-C: flags (version, piggybacking, TEID and message-priority
//! flags), message type, length, the TEID when its flag is set, the
//! sequence number and the spare byte (when no message priority takes
//! it). Its information elements are not decoded.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{be16, be24, be32};
use super::super::{Next, Walk};
use crate::dissect::fields as f;

/// Message type of a T-PDU (a user packet follows).
const TPDU: u8 = 0xff;

/// Extension header types with contents read here.
const EXT_UDP_PORT: u8 = 0x40;
const EXT_PDCP_SN: u8 = 0xc0;

pub(crate) fn gtp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.len() < 2 {
        return Next::Data(Osi::Application);
    }
    let flags = b[0];
    let version = flags >> 5;
    if version == 2 {
        // Wireshark's gtp layer hands the whole message to gtpv2: a gtp
        // layer of no fields, then gtpv2.
        walk.layers
            .push(Layer::new(Osi::Network, "gtp", start..start));
        return gtpv2(walk);
    }
    let message = b[1];
    if version > 2 || message == 0 || f::gtp::MESSAGE.value_name(message.into()).is_none() {
        return Next::Data(Osi::Application);
    }
    if flags & 0x10 == 0 {
        // GTP' (protocol type 0): not decoded.
        return Next::Data(Osi::Application);
    }
    let mut l = Layer::new(Osi::Network, "gtp", start..walk.end);
    l.uint(f::gtp::FLAGS, flags);
    l.uint(f::gtp::FLAGS_VERSION, version);
    l.uint(f::gtp::FLAGS_PAYLOAD, (flags >> 4) & 1);
    if version == 0 {
        l.uint(f::gtp::FLAGS_RESERVED, (flags >> 1) & 7);
        l.boolean(f::gtp::FLAGS_SNN, flags & 1 != 0);
    } else {
        l.uint(f::gtp::FLAGS_RESERVED_V1, (flags >> 3) & 1);
        l.boolean(f::gtp::FLAGS_E, flags & 0x04 != 0);
        l.boolean(f::gtp::FLAGS_S, flags & 0x02 != 0);
        l.boolean(f::gtp::FLAGS_PN, flags & 0x01 != 0);
    }
    l.uint(f::gtp::MESSAGE, message);
    if b.len() < 4 {
        return super::short(walk, l, "GTP header", 4);
    }
    let length = usize::from(be16(b, 2));
    l.uint(f::gtp::LENGTH, length as u64);
    let mut at;
    if version == 0 {
        if b.len() < 12 {
            if b.len() >= 6 {
                l.uint(f::gtp::SEQ_NUMBER, be16(b, 4));
            }
            if b.len() >= 8 {
                l.uint(f::gtp::FLOW_LABEL, be16(b, 6));
            }
            if b.len() >= 9 {
                l.uint(f::gtp::SNDCP_NUMBER, b[8]);
            }
            return super::short(walk, l, "GTPv0 header", 20);
        }
        l.uint(f::gtp::SEQ_NUMBER, be16(b, 4));
        l.uint(f::gtp::FLOW_LABEL, be16(b, 6));
        l.uint(f::gtp::SNDCP_NUMBER, b[8]);
        if b.len() < 20 {
            return super::short(walk, l, "GTPv0 TID", 20);
        }
        at = 20;
    } else {
        if b.len() < 8 {
            return super::short(walk, l, "GTP TEID", 8);
        }
        l.uint(f::gtp::TEID, be32(b, 4));
        at = 8;
    }
    // The length counts the bytes after the TID or TEID: the message ends
    // there (a longer claim than the datagram changes nothing).
    let msg_end = start + at + length;
    if msg_end < walk.reported_end {
        walk.reported_end = msg_end;
        walk.end = walk.end.min(msg_end);
    }
    let b = walk.rest();
    if version == 1 && flags & 0x07 != 0 {
        if flags & 0x02 != 0 {
            if b.len() < at + 2 {
                return super::short(walk, l, "GTP sequence number", at + 2);
            }
            l.uint(f::gtp::SEQ_NUMBER, be16(b, at));
        }
        at += 2;
        if flags & 0x01 != 0 {
            if b.len() < at + 1 {
                return super::short(walk, l, "GTP N-PDU number", at + 1);
            }
            l.uint(f::gtp::NPDU_NUMBER, b[at]);
        }
        at += 1;
        if flags & 0x04 != 0 {
            if b.len() < at + 1 {
                return super::short(walk, l, "GTP next extension header type", at + 1);
            }
            let mut next = b[at];
            l.uint(f::gtp::EXT_HDR_NEXT, next);
            at += 1;
            while next != 0 {
                if b.len() < at + 1 {
                    return super::short(walk, l, "GTP extension header", at + 1);
                }
                let units = usize::from(b[at]);
                l.present(f::gtp::EXT_HDR);
                l.uint(f::gtp::EXT_HDR_LENGTH, b[at]);
                if units == 0 {
                    // Wireshark's "Extension header length is zero": the
                    // dissection ends here, the payload unread.
                    l.span = start..start + at + 1;
                    walk.off = walk.end;
                    walk.layers.push(l);
                    return Next::Done;
                }
                at += 1;
                match next {
                    EXT_UDP_PORT | EXT_PDCP_SN if units == 1 => {
                        if b.len() < at + 2 {
                            return super::short(walk, l, "GTP extension header", at + 2);
                        }
                        let def = if next == EXT_UDP_PORT {
                            f::gtp::EXT_HDR_UDP_PORT
                        } else {
                            f::gtp::EXT_HDR_PDCP_SN
                        };
                        l.uint(def, be16(b, at));
                    }
                    _ => {}
                }
                at += units * 4 - 2;
                if b.len() < at + 1 {
                    return super::short(walk, l, "GTP next extension header type", at + 1);
                }
                next = b[at];
                l.uint(f::gtp::EXT_HDR_NEXT, next);
                at += 1;
            }
        } else {
            at += 1;
        }
    }
    if b.len() < at {
        // The header's last bytes were not captured (those whose flag is
        // clear are skipped unread).
        return super::short(walk, l, "GTP header", at);
    }
    l.span = start..start + at;
    walk.off = start + at;
    if message != TPDU {
        // Information elements: not decoded, and not data either.
        l.span = start..walk.end;
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    let payload = walk.rest();
    let remaining = walk.reported_end.saturating_sub(walk.off);
    if remaining == 0 {
        walk.layers.push(l);
        return Next::Done;
    }
    let Some(&first) = payload.first() else {
        walk.layers.push(l);
        return Next::Done;
    };
    if (0x45..=0x4e).contains(&first) {
        walk.layers.push(l);
        return Next::Ip;
    }
    if first & 0xf0 == 0x60 {
        walk.layers.push(l);
        return Next::EtherType(0x86dd);
    }
    if remaining > 14 {
        let ethertype = (payload.len() >= 14).then(|| be16(payload, 12));
        walk.layers.push(l);
        if matches!(ethertype, Some(0x0806 | 0x86dd | 0x0800)) {
            return Next::Ethernet;
        }
        walk.off = walk.end;
        return Next::Done;
    }
    l.push(f::gtp::TPDU_DATA, Value::Bytes(payload.into()));
    l.span = start..walk.end;
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// GTPv2-C's header (its information elements are not decoded), and
/// the header of each message piggybacked after it (the P flag: Wireshark
/// dissects the bytes after the message as another GTPv2 message).
fn gtpv2(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "gtpv2", start..walk.end);
    let mut m = 0;
    // Each message takes at least its four-byte header: the chain ends.
    loop {
        let Some(&flags) = b.get(m) else {
            return super::short(walk, l, "GTPv2 header", m + 1);
        };
        l.uint(f::gtpv2::FLAGS, flags);
        l.uint(f::gtpv2::VERSION, flags >> 5);
        l.uint(f::gtpv2::P, (flags >> 4) & 1);
        l.uint(f::gtpv2::T, (flags >> 3) & 1);
        l.uint(f::gtpv2::MP, (flags >> 2) & 1);
        if b.len() < m + 2 {
            return super::short(walk, l, "GTPv2 header", m + 2);
        }
        l.uint(f::gtpv2::MESSAGE_TYPE, b[m + 1]);
        if b.len() < m + 4 {
            return super::short(walk, l, "GTPv2 header", m + 4);
        }
        let length = usize::from(be16(b, m + 2));
        l.uint(f::gtpv2::MSG_LENGTH, length as u64);
        let mut at = m + 4;
        if flags & 0x08 != 0 {
            if b.len() < at + 4 {
                return super::short(walk, l, "GTPv2 TEID", at + 4);
            }
            l.uint(f::gtpv2::TEID, be32(b, at));
            at += 4;
        }
        if b.len() < at + 3 {
            return super::short(walk, l, "GTPv2 sequence number", at + 3);
        }
        l.uint(f::gtpv2::SEQ, be24(b, at) as u64);
        at += 3;
        if b.len() < at + 1 {
            return super::short(walk, l, "GTPv2 header", at + 1);
        }
        if flags & 0x04 != 0 {
            l.uint(f::gtpv2::MESSAGE_PRIORITY, b[at] >> 4);
        } else {
            l.uint(f::gtpv2::SPARE, b[at]);
        }
        m += 4 + length;
        if flags & 0x10 == 0 || m >= b.len() {
            break;
        }
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// packet-gtp.c's Info column: the message type's name alone.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(m) = layers.get(i).and_then(|l| l.get_uint(f::gtp::MESSAGE)) {
        out.push_str(f::gtp::MESSAGE.value_name(m).unwrap_or("Unknown"));
    }
}

/// The one-line summary: the message type, and the TEID when there is one.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(m) = l.get_uint(f::gtp::MESSAGE) {
        out.push_str(f::gtp::MESSAGE.value_name(m).unwrap_or("Unknown"));
    }
    if let Some(t) = l.get_uint(f::gtp::TEID) {
        let _ = write!(out, ", TEID 0x{t:08x}");
    }
}

/// GTPv2-C's one-line summary: the message type.
pub(crate) fn summary_v2(out: &mut String, l: &Layer<'_>) {
    if let Some(m) = l.get_uint(f::gtpv2::MESSAGE_TYPE) {
        out.push_str(f::gtpv2::MESSAGE_TYPE.value_name(m).unwrap_or("Unknown"));
    }
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::{fields, frame, get};
    use crate::source::linktype;

    /// An Ethernet/IPv4/UDP frame from port 2152 to 2152 carrying `gtp`.
    fn udp2152(gtp: &[u8]) -> Vec<u8> {
        let mut f = vec![0u8; 12];
        f.extend_from_slice(&[0x08, 0x00]);
        let total = 20 + 8 + gtp.len();
        f.extend_from_slice(&[0x45, 0, (total >> 8) as u8, total as u8, 0, 0, 0, 0, 64, 17]);
        f.extend_from_slice(&[0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
        let ulen = 8 + gtp.len();
        f.extend_from_slice(&[0x08, 0x68, 0x08, 0x68, (ulen >> 8) as u8, ulen as u8, 0, 0]);
        f.extend_from_slice(gtp);
        f
    }

    /// frame.protocols and every field.
    fn dissect(gtp: &[u8]) -> (String, Vec<(String, String)>) {
        let data = udp2152(gtp);
        let mut d = Dissector::new();
        let out = d.dissect(&frame(linktype::ETHERNET, &data));
        let fields = fields(&out);
        let protocols = get(&fields, "frame.protocols")
            .first()
            .map(|s| s.to_string())
            .unwrap_or_default();
        (protocols, fields)
    }

    #[test]
    fn tpdu_with_pdcp_extension_carries_ipv4() {
        // Flags 0x36 (v1, PT, E, S), T-PDU, TEID 1, seq 5, next 0xc0,
        // PDCP SN 2308, no more; then a 20-byte IPv4 header.
        let mut g = vec![
            0x36, 0xff, 0, 28, 0, 0, 0, 1, 0, 5, 0, 0xc0, 1, 0x09, 0x04, 0,
        ];
        g.extend_from_slice(&[
            0x45, 0, 0, 20, 0, 0, 0, 0, 64, 0xfd, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
        ]);
        let (p, f) = dissect(&g);
        assert_eq!(p, "eth:ethertype:ip:udp:gtp:ip");
        assert_eq!(get(&f, "gtp.ext_hdr.pdcp_sn"), ["2308"]);
        assert_eq!(get(&f, "gtp.seq_number"), ["5"]);
        assert_eq!(get(&f, "gtp.ext_hdr.next"), ["192", "0"]);
        assert_eq!(get(&f, "gtp.flags.reserved"), ["0"]);
    }

    #[test]
    fn unknown_message_type_and_version_3_stay_data() {
        let (p, _) = dissect(&[0x30, 0x08, 0, 0, 0, 0, 0, 1]);
        assert_eq!(p, "eth:ethertype:ip:udp:data");
        let (p, _) = dissect(&[0x70, 0xff, 0, 0, 0, 0, 0, 1]);
        assert_eq!(p, "eth:ethertype:ip:udp:data");
    }

    #[test]
    fn every_cut_of_a_header_is_marked_not_a_panic() {
        let g = [
            0x36, 0xff, 0, 28, 0, 0, 0, 1, 0, 5, 0, 0xc0, 1, 0x09, 0x04, 0, 0x45,
        ];
        for n in 0..g.len() {
            let _ = dissect(&g[..n]);
        }
        // A zero extension length ends the dissection.
        let (p, _) = dissect(&[0x34, 0xff, 0, 8, 0, 0, 0, 1, 0, 0, 0, 0x85, 0, 0, 0, 0]);
        assert_eq!(p, "eth:ethertype:ip:udp:gtp");
        let v2 = [0x48, 0x22, 0, 8, 1, 2, 3, 4, 0, 0, 1, 0];
        for n in 0..v2.len() {
            let (p, f) = dissect(&v2[..n]);
            if n >= 2 {
                assert!(p.ends_with("udp:gtp:gtpv2"), "{p}");
            }
            if n == v2.len() {
                assert_eq!(get(&f, "gtpv2.seq"), ["1"]);
            }
        }
    }
}
