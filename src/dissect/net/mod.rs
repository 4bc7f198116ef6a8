//! L3 Network: IPv4, IPv6 with its extension headers, ARP, ICMP and ICMPv6.
//!
//! Complete headers are read through etherparse's header slices, which check
//! the length once so the accessors cannot fail. When a header is cut short
//! or contradicts itself, the layer keeps what could be read and names the
//! problem.

pub(crate) mod bindings;
pub(crate) mod echo;
pub(crate) mod eigrp;
pub(crate) mod esis;
pub mod fields;
mod icmp_ext;
pub(crate) mod igmp;
pub(crate) mod ipsec;
pub mod ipsec_fields;
mod ipv6_ext;
pub(crate) mod isis;
pub(crate) mod mip6;
pub(crate) mod nhrp;
pub(crate) mod ospf;
pub(crate) mod pgm;
pub(crate) mod pim;
pub(crate) mod rsvp;
pub(crate) mod vrrp;

use super::layer::{Layer, Osi, Value};
use super::{Addrs, Fragment, Next, Walk};
use crate::dissect::field::{FieldDef, checksum};
use crate::dissect::fields as f;
use crate::dissect::wire::{Reader, be16, be32};
use crate::flow::defrag::FragKey;
use etherparse::{ArpPacketSlice, Ipv4HeaderSlice, Ipv6FragmentHeaderSlice, Ipv6RawExtHeaderSlice};

fn v6(b: &[u8]) -> [u8; 16] {
    let mut a = [0u8; 16];
    a.copy_from_slice(&b[..16]);
    a
}

/// RFC 1071 ones'-complement sum, folded.
pub(crate) fn ones_complement_sum(b: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    let mut chunks = b.chunks_exact(2);
    for c in &mut chunks {
        sum += u32::from(u16::from_be_bytes([c[0], c[1]]));
    }
    if let [last] = chunks.remainder() {
        sum += u32::from(*last) << 8;
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    sum as u16
}

/// After a length field says the payload ends before the captured bytes do,
/// the rest is the link layer's trailer, split as Wireshark's
/// `add_ethernet_trailer` splits it (see [`link_trailer`]) when the link
/// layer that named the payload is Ethernet, a VLAN tag or Linux SLL and
/// the trailer was captured whole. Otherwise only its first bytes are
/// shown, as padding (`eth.padding`): in a frame of 60 bytes or more whose
/// payload ends before byte 60, up to byte 60, when they are all zeros.
/// `walk.reported_end` is where the link layer's bytes end on the wire.
pub(crate) fn note_padding<'a>(walk: &mut Walk<'a>, payload_end: usize) {
    if payload_end >= walk.end {
        return;
    }
    const MIN_FRAME: usize = 60;
    let frame_len = walk
        .layers
        .iter()
        .find(|l| l.protocol == "frame")
        .and_then(|l| l.get_uint(f::frame::LEN))
        .map_or(walk.data.len(), |n| {
            usize::try_from(n).unwrap_or(usize::MAX)
        });
    // The link layer whose EtherType (or length) named this payload: MPLS
    // labels pass their payload's length on to it; a network layer in
    // between (a tunnel) owns the bytes instead.
    let owner = walk
        .layers
        .iter()
        .rposition(|l| {
            l.osi == Osi::DataLink
                && !matches!(l.protocol, "mpls" | "realtek" | "rrcp" | "rep" | "rldp")
        })
        .filter(|&i| {
            walk.layers[i + 1..].iter().all(|l| {
                matches!(
                    l.protocol,
                    "mpls" | "arp" | "realtek" | "rrcp" | "rep" | "rldp"
                )
            })
        });
    // MACsec hands its payload to the EtherType dissector with the ICV as
    // the trailer's field and no frame check sequence: what the payload
    // leaves over, as far as it was captured, is `macsec.ICV`.
    if let Some(i) = owner
        && walk.layers[i].protocol == "macsec"
    {
        link_trailer(walk, i, f::macsec::ICV, payload_end, frame_len);
        walk.end = payload_end;
        return;
    }
    let trailer_field = owner.and_then(|i| match walk.layers[i].protocol {
        "eth" => Some(f::eth::TRAILER),
        "vlan" => Some(f::vlan::TRAILER),
        "ieee8021ah" => Some(f::ieee8021ah::TRAILER),
        // A GRE tunnel's cooked header hands its payload to GRE's table,
        // not the EtherType dissector: no trailer.
        "sll" if walk.layers[i].has(f::sll::ETYPE) => Some(f::sll::TRAILER),
        _ => None,
    });
    let link_end = walk.reported_end.max(walk.end);
    if let (Some(i), Some(field)) = (owner, trailer_field)
        && walk.end == link_end
    {
        link_trailer(walk, i, field, payload_end, frame_len);
        walk.end = payload_end;
        return;
    }
    let pad_end = walk.end.min(MIN_FRAME);
    let pad = &walk.data[payload_end.min(pad_end)..pad_end];
    let padded = frame_len >= MIN_FRAME
        && payload_end < MIN_FRAME
        && !pad.is_empty()
        && pad.iter().all(|&b| b == 0);
    let link = || match walk.layers.iter().rposition(|l| l.protocol == "eth") {
        Some(i) => Some(i),
        None => walk.layers.iter().rposition(|l| l.osi == Osi::DataLink),
    };
    if padded && let Some(i) = link() {
        walk.layers[i].push(f::eth::PADDING, Value::Bytes(pad.into()));
    }
    walk.end = payload_end;
}

/// The bytes from `payload_end` to the end of the link layer's bytes, all
/// captured, as Wireshark's `add_ethernet_trailer` (4.0, default
/// preferences) reads them for the link layer `owner`:
/// - padding (`eth.padding`) when the frame is 60 bytes or more and its
///   bytes before the trailer are fewer than 60: the bytes up to 60 if
///   they are all zeros, else none and a note (`eth.padding_bad`) on the
///   trailer;
/// - on the frame's own Ethernet header only (others pass "no FCS"), in a
///   frame of 64 bytes or more, the last 4 bytes left when there are 4,
///   taken for the frame check sequence (`eth.fcs`, unverified);
/// - the rest, if any, as the layer's trailer (`eth.trailer`,
///   `vlan.trailer`, `sll.trailer`).
///
/// The trailer dissectors Wireshark tries first (F5, VSS, Ixia, Gigamon
/// trailers) are not decoded: their bytes stay a plain trailer.
fn link_trailer(
    walk: &mut Walk<'_>,
    owner: usize,
    field: &'static FieldDef,
    payload_end: usize,
    frame_len: usize,
) {
    const MIN_FRAME: usize = 60;
    let trailer = &walk.data[payload_end..walk.end];
    let reported = trailer.len();
    let maybe_padded = frame_len >= MIN_FRAME
        && frame_len
            .checked_sub(reported)
            .is_some_and(|n| n < MIN_FRAME);
    let mut pad = 0;
    if maybe_padded {
        pad = (MIN_FRAME - (frame_len - reported)).min(reported);
        if trailer[..pad].iter().any(|&b| b != 0) {
            pad = 0;
        }
    }
    let first = walk.layers.first().filter(|l| l.protocol == "frame");
    let ethernet_frame = first
        .and_then(|l| l.get_uint(f::frame::OSIDUMP_LINKTYPE))
        .is_some_and(|lt| lt == u64::from(crate::source::linktype::ETHERNET));
    let top_eth = walk.layers[owner].protocol == "eth"
        && ethernet_frame
        && walk.layers[..owner].iter().all(|l| l.osi != Osi::DataLink);
    let mut rest = reported - pad;
    let fcs = top_eth && frame_len >= 64 && rest >= 4;
    if fcs {
        rest -= 4;
    }
    if pad > 0 {
        let at = walk
            .layers
            .iter()
            .rposition(|l| l.protocol == "eth")
            .unwrap_or(owner);
        walk.layers[at].push(f::eth::PADDING, Value::Bytes(trailer[..pad].into()));
    }
    let l = &mut walk.layers[owner];
    if rest > 0 {
        l.push(field, Value::Bytes(trailer[pad..pad + rest].into()));
        if maybe_padded && pad == 0 {
            crate::dissect::expert::add(
                l,
                &expert::ETH_PADDING_BAD,
                Some(
                    "Didn't find padding of zeros, and an undecoded trailer exists. \
                     There may be padding of non-zeros."
                        .into(),
                ),
            );
        }
    }
    if fcs {
        l.uint(f::eth::FCS, be32(trailer, reported - 4));
        l.uint(f::eth::FCS_STATUS, checksum::UNVERIFIED);
    }
}

/// Checks a length field against the bytes present: shrinks the walk to the
/// announced payload, or records why it could not have all of it.
fn bound_payload(walk: &mut Walk<'_>, l: &mut Layer<'_>, what: &str, announced_end: usize) {
    if walk.nested {
        // A quoted datagram is cut short by design (RFC 792 quotes 8 bytes).
        walk.reported_end = announced_end.min(walk.end);
        if announced_end < walk.end {
            walk.end = announced_end;
        }
        return;
    }
    // Wireshark's set_actual_length only ever shrinks a buffer: a length
    // field announcing more than the frame holds leaves the frame's length
    // as what the payload's dissectors see (TCP's segment length).
    let frame_end = walk.reported_end;
    walk.reported_end = announced_end.min(frame_end);
    if announced_end <= walk.end {
        // A trailer after the packet, partly captured, in a frame cut
        // short: Wireshark's Ethernet trailer code takes its last four
        // bytes for a frame check sequence (a frame of 64 bytes or more)
        // and reads them past the capture's end, which throws (as the
        // EtherType dissector, after its payload's dissector returned or
        // threw).
        if walk.snap_cut
            && announced_end < walk.end
            && frame_end >= 64
            && frame_end - announced_end >= 4
            && let Some(eth) = walk.layers.last_mut().filter(|k| k.protocol == "eth")
        {
            eth.throw(crate::dissect::AnomalyKind::Truncated, "ethertype");
        }
        // The trailer is measured against the link layer's end, as it
        // was before this length field.
        walk.reported_end = frame_end;
        note_padding(walk, announced_end);
        walk.reported_end = announced_end;
    } else {
        let reason = format!(
            "{what} says {} bytes, only {} present",
            announced_end - walk.off,
            walk.end - walk.off
        );
        if walk.snap_cut {
            l.truncated(reason);
        } else {
            l.malformed(reason);
        }
    }
}

/// IPv4's and ICMP's expert items, as tshark 4.0 registers them.
pub(crate) mod expert {
    use crate::dissect::expert::ei;
    use crate::dissect::fields::{eth, icmp, icmpv6, igmp, ip, ipv6, rgmp, vrrp};

    ei!(ICMP_CHECKSUM_BAD, icmp::CHECKSUM_BAD, Checksum, Warn);
    ei!(
        ICMP_EXT_CHECKSUM_BAD,
        icmp::EXT_CHECKSUM_BAD,
        Checksum,
        Warn
    );
    ei!(
        ICMPV6_CHECKSUM_BAD,
        icmpv6::CHECKSUM_BAD_EXPERT,
        Checksum,
        Warn
    );
    ei!(IGMP_CHECKSUM_BAD, igmp::BAD_CHECKSUM, Checksum, Error);
    ei!(RGMP_CHECKSUM_BAD, rgmp::BAD_CHECKSUM, Checksum, Error);
    ei!(VRRP_CHECKSUM_BAD, vrrp::CHECKSUM_BAD_EXPERT, Checksum, Warn);
    ei!(BOGUS_IP_LENGTH, ip::BOGUS_IP_LENGTH, Protocol, Error);
    ei!(BOGUS_IP_VERSION, ip::BOGUS_IP_VERSION, Protocol, Error);
    ei!(IPV6_PLEN_ZERO, ipv6::PLEN_ZERO, Protocol, Chat);
    ei!(IP_OPT_LEN_INVALID, ip::OPT_LEN_INVALID, Protocol, Warn);
    ei!(IP_NOP, ip::NOP, Protocol, Warn);
    ei!(IP_SUBOPT_TOO_LONG, ip::SUBOPT_TOO_LONG, Protocol, Warn);
    ei!(
        IP_OPT_PTR_BEFORE_ADDRESS,
        ip::OPT_PTR_BEFORE_ADDRESS,
        Protocol,
        Warn
    );
    ei!(
        IP_OPT_PTR_MIDDLE_ADDRESS,
        ip::OPT_PTR_MIDDLE_ADDRESS,
        Protocol,
        Warn
    );
    ei!(
        ICMPV6_INVALID_OPTION_LENGTH,
        icmpv6::INVALID_OPTION_LENGTH,
        Malformed,
        Error
    );
    ei!(
        ICMPV6_UNDECODED_OPTION,
        icmpv6::UNDECODED_OPTION,
        Undecoded,
        Note
    );
    ei!(
        ICMPV6_UNKNOWN_DATA,
        icmpv6::UNKNOWN_DATA_EXPERT,
        Malformed,
        Error
    );
    ei!(
        IPV6_ROUTING_DEPRECATED,
        ipv6::ROUTING_DEPRECATED,
        Deprecated,
        Note
    );
    ei!(
        IPV6_PLEN_EXCEEDS_FRAMING,
        ipv6::PLEN_EXCEEDS_FRAMING,
        Protocol,
        Warn
    );
    ei!(
        IPV6_JUMBO_MISSING,
        ipv6::OPT_JUMBO_MISSING,
        Malformed,
        Error
    );
    ei!(
        BOGUS_IPV6_VERSION,
        ipv6::BOGUS_IPV6_VERSION,
        Malformed,
        Error
    );
    ei!(IPV6_INVALID_HEADER, ipv6::INVALID_HEADER, Malformed, Error);
    ei!(ETH_PADDING_BAD, eth::PADDING_BAD, Protocol, Note);
    ei!(TTL_LNCB, ip::TTL_LNCB, Sequence, Note);
    ei!(TTL_TOO_SMALL, ip::TTL_TOO_SMALL, Sequence, Note);
}

/// `ip.src_host` and `ip.dst_host` (IPv6's too): tshark's names of the
/// addresses, which with name resolution off (`tshark -n`, the only way we
/// run) are the addresses as text. Two strings a packet, so added after
/// the dissection and only when a run reads them (see
/// [`crate::dissect::derived_fields_read`]).
pub(crate) fn push_hosts(layers: &mut [Layer<'_>]) {
    for l in layers {
        let pairs = match l.protocol {
            "ip" => [(f::ip::SRC, f::ip::SRC_HOST), (f::ip::DST, f::ip::DST_HOST)],
            "ipv6" => [
                (f::ipv6::SRC, f::ipv6::SRC_HOST),
                (f::ipv6::DST, f::ipv6::DST_HOST),
            ],
            _ => continue,
        };
        for (addr, host) in pairs {
            // The value's text, written straight into a string of its
            // size (`to_string` went through the formatting machinery).
            let text = match l.get(addr) {
                Some(Value::Ipv4(a)) => ipv4_host(a),
                Some(Value::Ipv6(a)) => {
                    let (b, n) = crate::dissect::layer::ipv6_text(a);
                    crate::dissect::layer::ascii(&b[..n]).to_owned()
                }
                Some(other) => other.to_string(),
                None => continue,
            };
            l.str(host, text);
        }
    }
}

/// The Differentiated Services byte and its two parts, as tshark shows them.
/// The fields of an IP header that no summary, column or view reads:
/// built only when the run shows every field or names one of them
/// (`Walk::detail`, [`crate::dissect::detail_fields_read`]). The
/// addresses, lengths, identification, DF and MF flags, fragment offset,
/// TTL or hop limit, protocol and the checksum's verdict (the summaries'),
/// and every expert item are always built.
pub(crate) static DETAIL: &[&crate::dissect::field::FieldDef] = &[
    f::ip::FRAGMENTS,
    f::ip::REASSEMBLED_DATA,
    f::ipv6::FRAGMENTS,
    f::ipv6::REASSEMBLED_DATA,
    f::ip::DSFIELD,
    f::ip::DSFIELD_DSCP,
    f::ip::DSFIELD_ECN,
    f::ip::FLAGS,
    f::ip::FLAGS_RB,
    f::ip::CHECKSUM,
    f::ip::CHECKSUM_STATUS,
    f::ipv6::TCLASS,
    f::ipv6::TCLASS_DSCP,
    f::ipv6::TCLASS_ECN,
    f::ipv6::FLOW,
    // What the addresses embed, and the "either address" twins the filter
    // engine answers from them.
    f::ipv6::SRC_SLAAC_MAC,
    f::ipv6::DST_SLAAC_MAC,
    f::ipv6::SLAAC_MAC,
    f::ipv6::SRC_ISATAP_IPV4,
    f::ipv6::DST_ISATAP_IPV4,
    f::ipv6::ISATAP_IPV4,
    f::ipv6::SRC_6TO4_GW_IPV4,
    f::ipv6::SRC_6TO4_SLA_ID,
    f::ipv6::DST_6TO4_GW_IPV4,
    f::ipv6::DST_6TO4_SLA_ID,
    f::ipv6::SIXTO4_GW_IPV4,
    f::ipv6::SIXTO4_SLA_ID,
    f::ipv6::SRC_TS_IPV4,
    f::ipv6::SRC_TC_PORT,
    f::ipv6::SRC_TC_IPV4,
    f::ipv6::DST_TS_IPV4,
    f::ipv6::DST_TC_PORT,
    f::ipv6::DST_TC_IPV4,
    f::ipv6::TS_IPV4,
    f::ipv6::TC_PORT,
    f::ipv6::TC_IPV4,
    f::ipv6::SRC_EMBED_IPV4,
    f::ipv6::DST_EMBED_IPV4,
    f::ipv6::EMBED_IPV4,
    f::ipv6::EMBED_IPV4_PREFIX,
];

fn dsfield(l: &mut Layer<'_>, ds: u8) {
    l.uint(f::ip::DSFIELD, ds);
    l.uint(f::ip::DSFIELD_DSCP, ds >> 2);
    l.uint(f::ip::DSFIELD_ECN, ds & 3);
}

/// The Traffic Class and its two parts (DSCP, ECN), as tshark shows them.
fn tclass(l: &mut Layer<'_>, tc: u8) {
    l.uint(f::ipv6::TCLASS, tc);
    l.uint(f::ipv6::TCLASS_DSCP, tc >> 2);
    l.uint(f::ipv6::TCLASS_ECN, tc & 3);
}

/// The fields of an IPv4 header cut short (`b` holds fewer bytes than its
/// header length), each one whose bytes are there, and tshark's error
/// item when the total length runs past the frame.
fn ipv4_partial(l: &mut Layer<'_>, b: &[u8], reported: Option<usize>) {
    if b.len() >= 2 {
        dsfield(l, b[1]);
    }
    if b.len() >= 4 {
        l.uint(f::ip::LEN, be16(b, 2));
        length_exceeds(l, usize::from(be16(b, 2)), reported);
    }
    if b.len() >= 6 {
        l.uint(f::ip::ID, be16(b, 4));
    }
    if b.len() >= 8 {
        l.uint(f::ip::FLAGS, b[6] >> 5);
        l.boolean(f::ip::FLAGS_RB, b[6] & 0x80 != 0);
        l.boolean(f::ip::FLAGS_DF, b[6] & 0x40 != 0);
        l.boolean(f::ip::FLAGS_MF, b[6] & 0x20 != 0);
        l.uint(f::ip::FRAG_OFFSET, be16(b, 6) & 0x1fff);
    }
    if b.len() >= 9 {
        l.uint(f::ip::TTL, b[8]);
        if let Some(dst) = partial_dst(b) {
            ttl_expert(l, b[8], b[9], dst);
        }
    }
    if b.len() >= 10 {
        l.uint(f::ip::PROTO, b[9]);
    }
    if b.len() >= 12 {
        l.uint(f::ip::CHECKSUM, be16(b, 10));
    }
    if b.len() >= 16 {
        l.push(f::ip::SRC, Value::Ipv4([b[12], b[13], b[14], b[15]]));
    }
    if let Some(dst) = partial_dst(b) {
        l.push(f::ip::DST, Value::Ipv4(dst));
    }
}

/// The destination of a header cut short: tshark finds it (a source
/// route's final hop) by walking the options first, and a walk that runs
/// out of captured bytes shows none.
fn partial_dst(b: &[u8]) -> Option<[u8; 4]> {
    if b.len() < 20 {
        return None;
    }
    let declared = usize::from(b[0] & 0x0f) * 4;
    let off = ipv4_dst_offset(&b[20..], declared.saturating_sub(20))?;
    let d = 16 + off;
    b.get(d..d + 4)?.try_into().ok()
}

/// tshark's notes on the TTL, on the `ip.ttl` item: a datagram to the Local
/// Network Control Block (224.0.0.0/24) is never routed, so its TTL should
/// be the one its protocol sends (1; 255 for VRRP, GLBP and mDNS; any for
/// LLMNR; always 1 for IGMP); one to a unicast address with a TTL below 5 is about to die
/// (PIM and OSPF excepted, which send such TTLs on purpose). `dst` is the
/// final destination (a source route's last hop).
fn ttl_expert(l: &mut Layer<'_>, ttl: u8, proto: u8, dst: [u8; 4]) {
    const IGMP: u8 = 2;
    const PIM: u8 = 103;
    const OSPF: u8 = 89;
    if dst[..3] == [224, 0, 0] {
        let valid = match dst[3] {
            _ if proto == IGMP => Some(1),
            18 | 102 | 251 => Some(255),
            252 => None,
            _ => Some(1),
        };
        if let Some(valid) = valid
            && valid != ttl
        {
            crate::dissect::expert::add(
                l,
                &expert::TTL_LNCB,
                Some(format!(
                    "\"Time To Live\" != {valid} for a packet sent to the Local Network Control Block (see RFC 3171)"
                )),
            );
        }
    } else if dst[0] & 0xf0 != 0xe0 && ttl < 5 && proto != PIM && proto != OSPF {
        crate::dissect::expert::add(
            l,
            &expert::TTL_TOO_SMALL,
            Some(format!("\"Time To Live\" only {ttl}")),
        );
    }
}

/// The bytes the frame reports from `start` on (its length on the wire,
/// not what was captured), or `None` inside an ICMP error's quote, where
/// tshark expects the datagram to be cut.
fn reported_len(walk: &Walk<'_>, start: usize) -> Option<usize> {
    (!walk.nested).then(|| walk.reported_end.saturating_sub(start))
}

/// tshark's expert on a total length past the end of the frame (the
/// datagram is still dissected, as far as it goes: an Error item with no
/// "Malformed Packet" after it); whether it was added.
fn length_exceeds(l: &mut Layer<'_>, total: usize, reported: Option<usize>) -> bool {
    let Some(reported) = reported.filter(|&r| total > r) else {
        return false;
    };
    crate::dissect::expert::add(
        l,
        &expert::BOGUS_IP_LENGTH,
        Some(format!(
            "IPv4 total length exceeds packet length ({reported} bytes)"
        )),
    );
    true
}

/// tshark's `get_dst_offset` on captured option bytes `o` of a header
/// declaring `declared` of them: where the destination lies past its usual
/// place (the last hop of a loose or strict source route), 0 when it does
/// not move, `None` when the walk runs out of captured bytes.
fn ipv4_dst_offset(o: &[u8], declared: usize) -> Option<usize> {
    let (mut i, mut length) = (0usize, declared);
    while length > 0 {
        let opt = *o.get(i)?;
        length -= 1;
        if opt != 0 && opt != 1 {
            if length == 0 {
                return Some(0);
            }
            let len = usize::from(*o.get(i + 1)?);
            length -= 1;
            if len < 2 || len - 2 > length {
                return Some(0);
            }
            if opt == 131 || opt == 137 {
                let ptr = usize::from(*o.get(i + 2)?);
                if ptr < 4 || ptr & 3 != 0 || ptr > len {
                    return Some(0);
                }
                return Some(i + len);
            }
            i += len;
            length -= len - 2;
        } else {
            i += 1;
        }
        if opt == 0 {
            return Some(0);
        }
    }
    Some(0)
}

/// Wireshark's "ip" dissector: IPv4, or an IPv6 header it hands on (its
/// name in the protocol list, no fields of its own).
pub(super) fn ip(walk: &mut Walk<'_>) -> Next {
    if walk.rest().first().map(|b| b >> 4) == Some(6) {
        let at = walk.off;
        walk.layers.push(Layer::new(Osi::Network, "ip", at..at));
        return ipv6(walk);
    }
    ipv4(walk)
}

/// tshark's message for any version but 4 under the IPv4 EtherType (the
/// item's registered name says "IP").
const BOGUS_VERSION: &str = "Bogus IPv4 version";

pub(super) fn ipv4(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "ip", start..start + b.len().min(20));
    if b.is_empty() {
        walk.short(&mut l, "IPv4 header", 20, 0);
        walk.layers.push(l);
        return Next::Done;
    }
    let version = b[0] >> 4;
    let hdr_len = usize::from(b[0] & 0x0f) * 4;
    l.uint(f::ip::VERSION, version);
    if version == 6 {
        // EtherType 0x0800 on an IPv6 header: tshark's IPv4 dissector
        // flags the version and hands the header to IPv6.
        crate::dissect::expert::add(
            &mut l,
            &expert::BOGUS_IP_VERSION,
            Some(BOGUS_VERSION.into()),
        );
        l.span = start..start;
        walk.layers.push(l);
        return ipv6(walk);
    }
    if version != 4 {
        crate::dissect::expert::add(
            &mut l,
            &expert::BOGUS_IP_VERSION,
            Some(BOGUS_VERSION.into()),
        );
        l.malformed(format!("bogus IP version {version} (expected 4)"));
        walk.layers.push(l);
        // tshark's IPv4 dissector takes the bytes and shows no payload.
        return Next::Done;
    }
    l.uint(f::ip::HDR_LEN, hdr_len as u64);
    if hdr_len < 20 {
        l.malformed(format!(
            "header length {hdr_len} is below the minimum of 20"
        ));
        walk.layers.push(l);
        return Next::Done;
    }
    if b.len() >= 4 {
        let total = usize::from(be16(b, 2));
        if total != 0 && total < hdr_len {
            // tshark shows the length as bogus and dissects no further.
            dsfield(&mut l, b[1]);
            l.uint(f::ip::LEN, total as u64);
            crate::dissect::expert::add(&mut l, &expert::BOGUS_IP_LENGTH, None);
            l.anomalies.push(crate::dissect::Anomaly {
                kind: crate::dissect::AnomalyKind::Malformed,
                reason: format!("total length {total} is below the header length {hdr_len}"),
            });
            walk.layers.push(l);
            return Next::Done;
        }
    }
    if b.len() < hdr_len {
        // Every field whose bytes were captured, as tshark shows them.
        // tshark's length error (when the total length exceeds what is
        // there), then the exception of the header cut short.
        ipv4_partial(&mut l, b, reported_len(walk, start));
        walk.short(&mut l, "IPv4 header", hdr_len, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let h = match Ipv4HeaderSlice::from_slice(&b[..hdr_len]) {
        Ok(h) => h,
        Err(_) => {
            // The header slice rejects total lengths below the header length;
            // it cannot fail otherwise once version and IHL are checked.
            l.malformed(format!(
                "total length {} is below the header length {hdr_len}",
                be16(b, 2)
            ));
            walk.layers.push(l);
            return Next::Done;
        }
    };
    l.span = start..start + hdr_len;
    let detail = walk.detail;
    if detail {
        dsfield(&mut l, b[1]);
    }
    let total_len = usize::from(h.total_len());
    // Length 0 is TCP segmentation offload: like tshark, show the length
    // the frame actually carries.
    let shown_len = if total_len == 0 {
        walk.reported_end.saturating_sub(start)
    } else {
        total_len
    };
    l.uint(f::ip::LEN, shown_len as u64);
    if total_len != 0 {
        length_exceeds(&mut l, total_len, reported_len(walk, start));
    }
    l.uint(f::ip::ID, h.identification());
    let flags = b[6];
    if detail {
        l.uint(f::ip::FLAGS, flags >> 5);
        l.boolean(f::ip::FLAGS_RB, flags & 0x80 != 0);
    }
    l.boolean(f::ip::FLAGS_DF, h.dont_fragment());
    l.boolean(f::ip::FLAGS_MF, h.more_fragments());
    // In 8-byte units, as tshark shows it.
    let frag_offset = u32::from(h.fragments_offset().value());
    l.uint(f::ip::FRAG_OFFSET, frag_offset);
    l.uint(f::ip::TTL, h.ttl());
    let proto = h.protocol().0;
    let src = h.source();
    let dst = h.destination();
    // With a loose or strict source route whose pointer is sane, the
    // datagram's final destination is the route's last address
    // (packet-ip.c's get_dst_offset), and tshark shows that.
    let opts = h.options();
    let dst_off = ipv4_dst_offset(opts, opts.len()).unwrap_or(0);
    let final_dst = match b.get(16 + dst_off..20 + dst_off) {
        Some(a) if dst_off > 0 => [a[0], a[1], a[2], a[3]],
        _ => dst,
    };
    ttl_expert(&mut l, h.ttl(), proto, final_dst);
    l.uint(f::ip::PROTO, proto);
    if detail {
        l.uint(f::ip::CHECKSUM, h.header_checksum());
        // tshark does not verify IPv4 header checksums by default: the
        // status says so, and our own field records what the check found.
        l.uint(f::ip::CHECKSUM_STATUS, checksum::UNVERIFIED);
    }
    if ones_complement_sum(&b[..hdr_len]) != 0xffff {
        l.boolean(f::ip::OSIDUMP_CHECKSUM_BAD, true);
    }
    l.push(f::ip::SRC, Value::Ipv4(src));
    if dst_off > 0 {
        // The header's destination is the route's current hop.
        l.push(f::ip::CUR_RT, Value::Ipv4(dst));
        l.str(f::ip::CUR_RT_HOST, ipv4_host(&dst));
    }
    l.push(f::ip::DST, Value::Ipv4(final_dst));
    if ipv4_options(&mut l, opts) {
        // An option's dissector threw: nothing after the header is read.
        l.span = start..start + hdr_len.min(b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }

    walk.off += hdr_len;
    if total_len == 0 {
        // TCP segmentation offload: the NIC fills the length in later.
        l.boolean(f::ip::OSIDUMP_TSO, true);
    } else {
        bound_payload(walk, &mut l, "IPv4 total length", start + total_len);
    }
    // packet-ip.c reassembles a fragment only when its total length
    // covers more than the header and every byte of it was captured.
    let whole = total_len == 0 || (total_len > hdr_len && start + total_len <= walk.end);
    walk.layers.push(l);

    let mut addrs = Addrs {
        v6: false,
        src: [0; 16],
        dst: [0; 16],
    };
    addrs.src[..4].copy_from_slice(&src);
    // The final destination, as packet-ip.c puts it in pinfo->dst: the
    // conversation (tcp.stream), the reassembly key and the checksum's
    // pseudo-header are the datagram's ends, not the route's current hop.
    addrs.dst[..4].copy_from_slice(&final_dst);
    if h.more_fragments() || frag_offset > 0 {
        if walk.nested {
            return Next::Data(Osi::Transport);
        }
        return Next::Fragment(Fragment {
            key: FragKey {
                v6: false,
                src: addrs.src,
                dst: addrs.dst,
                id: u32::from(h.identification()),
                proto,
            },
            addrs,
            offset: frag_offset * 8,
            more: h.more_fragments(),
            proto,
            whole,
        });
    }
    if walk.rest().is_empty() && walk.reported_end <= walk.off {
        // No payload on the wire: packet-ip.c calls no dissector for it
        // and writes nothing in the Info column. One the capture cut off
        // entirely is handed on all the same (and throws there: "TCP
        // truncated").
        return Next::Done;
    }
    Next::IpProto(proto, addrs)
}

/// tshark's dissector of IPv4 option type `t` (packet-ip.c's `ip.option`
/// table, EOL and NOP included): its protocol item and short name. Other
/// types have none: tshark shows them as a line of text, no field.
fn ipv4_option_proto(t: u8) -> Option<(&'static crate::dissect::field::FieldDef, &'static str)> {
    use f::ip;
    Some(match t {
        0 => (ip::OPTIONS_EOL, "End of Options List (EOL)"),
        1 => (ip::OPTIONS_NOP, "No Operation (NOP)"),
        7 => (ip::OPTIONS_RECORD_ROUTE, "Record Route"),
        11 => (ip::OPTIONS_MTU_PROBE, "MTU Probe"),
        12 => (ip::OPTIONS_MTU_REPLY, "MTU Reply"),
        25 => (ip::OPTIONS_QS, "Quick-Start"),
        68 => (ip::OPTIONS_TIMESTAMP, "Time Stamp"),
        82 => (ip::OPTIONS_TRACEROUTE, "Traceroute"),
        130 => (ip::OPTIONS_SECURITY, "Security"),
        131 => (ip::OPTIONS_ROUTE, "Loose Source Route"),
        133 => (ip::OPTIONS_EXT_SECURITY, "Extended Security"),
        134 => (ip::OPTIONS_CIPSO, "Commercial Security"),
        136 => (ip::OPTIONS_SID, "Stream ID"),
        137 => (ip::OPTIONS_SOURCE_ROUTE, "Strict Source Route"),
        148 => (ip::OPTIONS_ROUTERALERT, "Router Alert"),
        149 => (ip::OPTIONS_SDB, "Selective Directed Broadcast"),
        _ => return None,
    })
}

/// An IPv4 address as the text of tshark's `*_host` items (names are
/// not resolved), written straight into a string of its size.
fn ipv4_host(a: &[u8; 4]) -> String {
    let (text, n) = crate::dissect::layer::ipv4_text(a);
    crate::dissect::layer::ascii(&text[..n]).to_owned()
}

/// The IPv4 options as packet-ip.c's `dissect_ip_options` walks them:
/// each option with a dissector shows its protocol item, type (copy bit,
/// class, number) and length, then its own fields; one whose length byte
/// is missing, too short or past the end of the options ends the walk
/// with tshark's "Invalid length for option" warning naming it.
///
/// Whether an option's dissector threw (read past a short option).
fn ipv4_options<'a>(l: &mut Layer<'a>, opts: &'a [u8]) -> bool {
    use f::ip;
    let threw_before = l.thrown.is_some();
    let mut i = 0;
    // NOPs in a row within a 32-bit word (the header starts on one).
    let mut nops = 0;
    while i < opts.len() {
        let t = opts[i];
        let proto = ipv4_option_proto(t);
        if t <= 1 {
            if t == 1 {
                if nops == 0 || i % 4 != 0 {
                    nops += 1;
                    if nops == 4 {
                        crate::dissect::expert::add(l, &expert::IP_NOP, None);
                    }
                } else {
                    nops = 0;
                }
            }
            if let Some((item, _)) = proto {
                l.push(item, Value::Bytes(opts[i..i + 1].into()));
            }
            ipv4_option_type(l, t);
            i += 1;
            if t == 0 {
                return false;
            }
            continue;
        }
        let name = || match proto {
            Some((_, name)) => name.to_string(),
            None => format!("Unknown (0x{t:02x})"),
        };
        let plural = |n: u8| if n == 1 { "" } else { "s" };
        let bad = match opts.get(i + 1).copied() {
            None => Some("(length byte past end of options)".to_string()),
            Some(n) if n < 2 => Some(format!(
                "(with too-short option length = {n} byte{})",
                plural(n)
            )),
            Some(n) if i + usize::from(n) > opts.len() => Some(format!(
                "(option length = {n} byte{} says option goes past end of options)",
                plural(n)
            )),
            Some(_) => None,
        };
        if let Some(why) = bad {
            crate::dissect::expert::add(
                l,
                &expert::IP_OPT_LEN_INVALID,
                Some(format!("{} {why}", name())),
            );
            l.malformed(format!("IPv4 option {t}: {why}"));
            return false;
        }
        let len = usize::from(opts[i + 1]);
        let o = &opts[i..i + len];
        i += len;
        let Some((item, name)) = proto else {
            continue;
        };
        l.push(item, Value::Bytes(o.into()));
        ipv4_option_type(l, t);
        l.uint(ip::OPT_LEN, o[1]);
        // Options of a fixed length say when theirs differs.
        let fixed = match t {
            136 | 11 | 12 | 148 => Some(4),
            82 => Some(12),
            25 => Some(8),
            _ => None,
        };
        if let Some(want) = fixed.filter(|&w| w != len) {
            crate::dissect::expert::add(
                l,
                &expert::IP_OPT_LEN_INVALID,
                Some(format!(
                    "{name} (with option length = {len} byte{}; should be {want})",
                    if len == 1 { "" } else { "s" }
                )),
            );
        }
        // A fixed option's fields are read where they belong, past its
        // end when it is short (tshark throws there).
        let u16_at = |at: usize| o.get(at..at + 2).map(|b| be16(b, 0));
        let short = |l: &mut Layer<'_>| {
            l.read_past_end("ip", format!("IPv4 option {t} is {len} bytes"), false)
        };
        match t {
            148 | 136 | 11 | 12 => {
                let def = match t {
                    148 => ip::OPT_RA,
                    136 => ip::OPT_SID,
                    _ => ip::OPT_MTU,
                };
                match u16_at(2) {
                    Some(v) => l.uint(def, v),
                    None => short(l),
                }
            }
            82 => {
                for (at, def) in [(2, ip::OPT_ID_NUMBER), (4, ip::OPT_OHC), (6, ip::OPT_RHC)] {
                    match u16_at(at) {
                        Some(v) => l.uint(def, v),
                        None => {
                            short(l);
                            return true;
                        }
                    }
                }
                match o.get(8..12) {
                    Some(a) => l.push(ip::OPT_ORIGINATOR, Value::Ipv4([a[0], a[1], a[2], a[3]])),
                    None => short(l),
                }
            }
            7 | 131 | 137 => ipv4_route_option(l, o),
            68 => ipv4_timestamp_option(l, o),
            // Options whose fields osidump does not show: their first
            // read past a short option throws all the same (Security's and
            // Extended Security's first byte, CIPSO's domain, Quick-Start's
            // fixed 8 bytes).
            130 | 133 if len < 3 => short(l),
            134 if len < 6 => short(l),
            25 if len < 8 => short(l),
            _ => {}
        }
        if !threw_before && l.thrown.is_some() {
            // The exception ends IPv4's dissection.
            return true;
        }
    }
    false
}

/// `dissect_ipopt_type`: the option's type byte and its three parts.
fn ipv4_option_type(l: &mut Layer<'_>, t: u8) {
    use f::ip;
    l.uint(ip::OPT_TYPE, t);
    l.boolean(ip::OPT_TYPE_COPY, t & 0x80 != 0);
    l.uint(ip::OPT_TYPE_CLASS, (t >> 5) & 3);
    l.uint(ip::OPT_TYPE_NUMBER, t & 0x1f);
}

/// Record Route (7) and the source routes (131 loose, 137 strict): the
/// pointer, then each address as recorded, the next hop or slot, the ones
/// after it, and a source route's last address, the destination.
fn ipv4_route_option(l: &mut Layer<'_>, o: &[u8]) {
    use f::ip;
    let record = o[0] == 7;
    let len = o.len();
    let Some(&ptr) = o.get(2) else {
        l.read_past_end("ip", "IPv4 route option without its pointer".into(), false);
        return;
    };
    l.uint(ip::OPT_PTR, ptr);
    let ptr = usize::from(ptr);
    if ptr < 4 || ptr & 3 != 0 {
        let e = if ptr < 4 {
            &expert::IP_OPT_PTR_BEFORE_ADDRESS
        } else {
            &expert::IP_OPT_PTR_MIDDLE_ADDRESS
        };
        crate::dissect::expert::add(l, e, None);
        return;
    }
    let mut at = 3;
    while at < len {
        if len - at < 4 {
            crate::dissect::expert::add(l, &expert::IP_SUBOPT_TOO_LONG, None);
            break;
        }
        let a = [o[at], o[at + 1], o[at + 2], o[at + 3]];
        let (def, host) = if ptr > len {
            (ip::REC_RT, ip::REC_RT_HOST)
        } else if !record && at == len - 4 {
            // The destination: packet-ip.c adds ip.dst (and ip.addr and
            // the host names) here; osidump shows it as the header's.
            at += 4;
            continue;
        } else if at + 1 < ptr {
            (ip::REC_RT, ip::REC_RT_HOST)
        } else if record {
            (ip::EMPTY_RT, ip::EMPTY_RT_HOST)
        } else {
            (ip::SRC_RT, ip::SRC_RT_HOST)
        };
        l.push(def, Value::Ipv4(a));
        l.str(host, ipv4_host(&a));
        at += 4;
    }
}

/// Time Stamp (68): the pointer, the overflow count and flag, then the
/// stamps, each after its address when the flag says addresses are kept.
fn ipv4_timestamp_option(l: &mut Layer<'_>, o: &[u8]) {
    use f::ip;
    let (Some(&ptr), Some(&flags)) = (o.get(2), o.get(3)) else {
        if let Some(&ptr) = o.get(2) {
            l.uint(ip::OPT_PTR, ptr);
        }
        l.read_past_end("ip", "IPv4 time stamp option is short".into(), false);
        return;
    };
    l.uint(ip::OPT_PTR, ptr);
    l.uint(ip::OPT_OVERFLOW, flags >> 4);
    l.uint(ip::OPT_FLAG, flags & 0x0f);
    let with_addr = matches!(flags & 0x0f, 1 | 3);
    let step = if with_addr { 8 } else { 4 };
    let mut at = 4;
    while at < o.len() {
        if o.len() - at < step {
            crate::dissect::expert::add(l, &expert::IP_SUBOPT_TOO_LONG, None);
            break;
        }
        if with_addr {
            l.push(
                ip::OPT_TIME_STAMP_ADDR,
                Value::Ipv4([o[at], o[at + 1], o[at + 2], o[at + 3]]),
            );
            at += 4;
        }
        l.uint(ip::OPT_TIME_STAMP, be32(o, at));
        at += 4;
    }
}

/// The exception of a read past the end of a header: `BoundsError` when
/// the capture was cut short, else `ReportedBoundsError`.
fn cut_kind(walk: &Walk<'_>) -> crate::dissect::AnomalyKind {
    if walk.snap_cut {
        crate::dissect::AnomalyKind::Truncated
    } else {
        crate::dissect::AnomalyKind::Malformed
    }
}

/// The protocol tshark names an IPv6 extension header of this number.
fn ext_protocol(nxt: u8) -> &'static str {
    match nxt {
        0 => "ipv6.hopopts",
        43 => "ipv6.routing",
        44 => "ipv6.fraghdr",
        _ => "ipv6.dstopts",
    }
}

pub(super) fn ipv6(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "ipv6", start..start + b.len().min(40));
    if b.is_empty() {
        walk.short(&mut l, "IPv6 header", 40, 0);
        walk.layers.push(l);
        return Next::Done;
    }
    let version = b[0] >> 4;
    // Wireshark's IPv6 dissector fills the generic ip.version too.
    l.uint(f::ip::VERSION, version);
    l.uint(f::ipv6::VERSION, version);
    if version != 6 {
        crate::dissect::expert::add(
            &mut l,
            &expert::BOGUS_IPV6_VERSION,
            Some("Bogus IPv6 version".into()),
        );
        l.malformed(format!("bogus IP version {version} (expected 6)"));
        walk.layers.push(l);
        return Next::Data(Osi::Network);
    }
    if b.len() < 40 {
        if !walk.nested && walk.reported_end.saturating_sub(walk.off) < 40 {
            // The packet itself is shorter than the fixed header (not the
            // capture): packet-ipv6.c says so before reading on.
            crate::dissect::expert::add(
                &mut l,
                &expert::IPV6_INVALID_HEADER,
                Some("IPv6 header must be exactly 40 bytes".into()),
            );
        }
        // Every field whose bytes were captured, as tshark shows them.
        if b.len() >= 4 {
            tclass(&mut l, ((be16(b, 0) >> 4) & 0xff) as u8);
            l.uint(f::ipv6::FLOW, be32(b, 0) & 0x000f_ffff);
        }
        if b.len() >= 6 {
            l.uint(f::ipv6::PLEN, be16(b, 4));
        }
        if b.len() >= 7 {
            l.uint(f::ipv6::NXT, b[6]);
            // The zero length's note comes before the addresses are read.
            if be16(b, 4) == 0 && !matches!(b[6], 0 | 59) {
                crate::dissect::expert::add(&mut l, &expert::IPV6_PLEN_ZERO, None);
            }
        }
        if b.len() >= 8 {
            l.uint(f::ipv6::HLIM, b[7]);
        }
        if b.len() >= 24 {
            l.push(f::ipv6::SRC, Value::Ipv6(v6(&b[8..24])));
        }
        walk.short(&mut l, "IPv6 header", 40, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    if walk.detail {
        tclass(&mut l, ((be16(b, 0) >> 4) & 0xff) as u8);
        l.uint(f::ipv6::FLOW, be32(b, 0) & 0x000f_ffff);
    }
    let plen = usize::from(be16(b, 4));
    l.uint(f::ipv6::PLEN, plen as u64);
    let mut nxt = b[6];
    l.uint(f::ipv6::NXT, nxt);
    l.uint(f::ipv6::HLIM, b[7]);
    let src = v6(&b[8..24]);
    let dst = v6(&b[24..40]);
    l.push(f::ipv6::SRC, Value::Ipv6(src));
    l.push(f::ipv6::DST, Value::Ipv6(dst));
    if walk.detail {
        ipv6_ext::address_details(&mut l, &src, &dst);
    }
    walk.off += 40;

    // A payload length past what the frame holds (not in an ICMP error's
    // quote): tshark's Warning, with the bytes there are.
    let framing = reported_len(walk, start).map(|r| r.saturating_sub(40));
    if let Some(framing) = framing.filter(|&r| plen > r) {
        crate::dissect::expert::add(
            &mut l,
            &expert::IPV6_PLEN_EXCEEDS_FRAMING,
            Some(format!(
                "IPv6 payload length exceeds framing length ({framing} bytes)"
            )),
        );
    }
    // Length 0 is a jumbogram only with a hop-by-hop Jumbo Payload option
    // first. Otherwise tshark 4.0 (its TSO preference off) takes the 0 as
    // it is: no payload, everything after the header is the link layer's
    // trailer, and the next header reads past the end and throws. (A
    // header alone, a Teredo bubble, is no such case; a header alone
    // naming a protocol gets the note, as PIM's null-register packets do.)
    let zero_payload = plen == 0
        && (walk.reported_end > walk.off || nxt != 0 && nxt != 59)
        && (nxt != 0
            || Ipv6RawExtHeaderSlice::from_slice(walk.rest())
                .ok()
                .and_then(|e| jumbo_option(e.payload()))
                .is_none());
    if zero_payload {
        if nxt == 0 {
            l.malformed("payload length 0 without a jumbo payload option");
            crate::dissect::expert::add(&mut l, &expert::IPV6_JUMBO_MISSING, None);
        } else if nxt != 59 {
            // tshark 4.0 has no note for No Next Header (a Teredo bubble
            // with bytes after it, zeek's teredo_bubble_with_payload).
            crate::dissect::expert::add(&mut l, &expert::IPV6_PLEN_ZERO, None);
        }
        bound_payload(walk, &mut l, "IPv6 payload length", start + 40);
    }

    // Extension headers, each bounded by the bytes present.
    let mut jumbo = None;
    // A source route's final hop (type 0 or 2 with segments left): the
    // destination ICMPv6's checksum covers, as Wireshark computes it.
    let mut route_dst = None;
    let mut fragmented = false;
    let mut frag = (0u32, false, 0u32);
    // The last extension header read.
    let mut last_ext = None;
    // As many as there are (tshark has no limit): each takes 8 bytes or
    // more, or ends the walk.
    for _ in 0..=walk.rest().len() / 8 {
        let rest = walk.rest();
        if matches!(nxt, 0 | 43 | 44 | 60) {
            last_ext = Some(nxt);
        }
        match nxt {
            0 | 43 | 60 => {
                let (pfx, nxt_name, len_name, len_oct_name) = match nxt {
                    0 => (
                        "hop-by-hop options",
                        f::ipv6::HOPOPTS_NXT,
                        f::ipv6::HOPOPTS_LEN,
                        f::ipv6::HOPOPTS_LEN_OCT,
                    ),
                    43 => (
                        "routing header",
                        f::ipv6::ROUTING_NXT,
                        f::ipv6::ROUTING_LEN,
                        f::ipv6::ROUTING_LEN_OCT,
                    ),
                    _ => (
                        "destination options",
                        f::ipv6::DSTOPTS_NXT,
                        f::ipv6::DSTOPTS_LEN,
                        f::ipv6::DSTOPTS_LEN_OCT,
                    ),
                };
                let ext = match Ipv6RawExtHeaderSlice::from_slice(rest) {
                    Ok(e) => e,
                    Err(e) => {
                        // tshark shows the header's fixed fields it could
                        // read before the one that runs past the end.
                        if let Some(&x) = rest.first() {
                            l.uint(nxt_name, x);
                        }
                        if let Some(&x) = rest.get(1) {
                            l.uint(len_name, x);
                        }
                        if nxt == 43 {
                            if let Some(&x) = rest.get(2) {
                                l.uint(f::ipv6::ROUTING_TYPE, x);
                            }
                            if let Some(&x) = rest.get(3) {
                                l.uint(f::ipv6::ROUTING_SEGLEFT, x);
                            }
                        }
                        walk.short_in(
                            &mut l,
                            ext_protocol(nxt),
                            &format!("IPv6 {pfx}"),
                            e.required_len,
                            rest.len(),
                        );
                        walk.off += rest.len();
                        walk.layers.push(l);
                        return Next::Done;
                    }
                };
                let hdr = ext.slice();
                l.uint(nxt_name, hdr[0]);
                l.uint(len_name, hdr[1]);
                l.uint(len_oct_name, hdr.len() as u64);
                if nxt == 43 {
                    l.uint(f::ipv6::ROUTING_TYPE, hdr[2]);
                    l.uint(f::ipv6::ROUTING_SEGLEFT, hdr[3]);
                    ipv6_ext::routing(&mut l, hdr);
                    if hdr[2] == 0 {
                        // Type 0 (RFC 5095), once its addresses are read.
                        crate::dissect::expert::add(&mut l, &expert::IPV6_ROUTING_DEPRECATED, None);
                    }
                    if matches!(hdr[2], 0 | 2) && hdr[3] > 0 && hdr.len() >= 24 {
                        route_dst = Some(v6(&hdr[hdr.len() - 16..]));
                    }
                } else {
                    // The options as far as tshark reads them: its buffer
                    // ends with the payload length.
                    let area = match plen {
                        0 => ext.payload(),
                        _ => {
                            let end = (start + 40 + plen).saturating_sub(walk.off + 2);
                            &ext.payload()[..end.min(ext.payload().len())]
                        }
                    };
                    let read_whole = ipv6_ext::options(&mut l, area, plen);
                    // tshark reads each option's fields at their own sizes
                    // (a Home Address is 16 bytes whatever its length
                    // says) and goes on after them: the options are wrong
                    // only where that reading runs past the header. One
                    // the payload length cuts is left to the check below.
                    if !read_whole && area.len() == ext.payload().len() {
                        let reason = check_tlv_options(ext.payload())
                            .err()
                            .map_or_else(|| "an option runs past the header".to_string(), |e| e.0);
                        l.malformed(format!("IPv6 {pfx}: {reason}"));
                        l.throw(cut_kind(walk), ext_protocol(nxt));
                        walk.off += hdr.len();
                        l.span = start..walk.off;
                        walk.layers.push(l);
                        return Next::Done;
                    }
                    if nxt == 0 {
                        jumbo = jumbo.or(jumbo_option(ext.payload()));
                    }
                }
                nxt = hdr[0];
                walk.off += hdr.len();
            }
            44 => {
                let Some(f) = fraghdr_fields(&mut l, rest) else {
                    return fraghdr_cut(walk, l, rest.len());
                };
                fragmented = f.is_fragmenting_payload();
                frag = (
                    u32::from(f.fragment_offset().value()) * 8,
                    f.more_fragments(),
                    f.identification(),
                );
                nxt = f.next_header().0;
                walk.off += 8;
            }
            _ => break,
        }
        if fragmented {
            break;
        }
    }
    l.span = start..walk.off.max(start);

    let mut thrown = false;
    let announced_end = match (plen, jumbo) {
        // The option's value is among the hop-by-hop header's items.
        (0, Some(j)) => start + 40 + j as usize,
        _ => start + 40 + plen,
    };
    if zero_payload {
        // Bounded above.
    } else if walk.off > announced_end && plen != 0 {
        // The last extension header read past the payload length: tshark's
        // buffer ends there, and reading the header throws, which ends
        // the frame's dissection.
        if let Some(x) = last_ext {
            l.throw(crate::dissect::AnomalyKind::Malformed, ext_protocol(x));
            thrown = true;
        }
        l.malformed(format!(
            "extension headers ({} bytes) run past the payload length {plen}",
            walk.off - start - 40
        ));
        // Wireshark bounds the payload before reading the extension
        // headers: the link layer's trailer is there all the same.
        if !walk.nested {
            let end = walk.end;
            note_padding(walk, announced_end);
            walk.end = end;
        }
    } else {
        bound_payload(walk, &mut l, "IPv6 payload length", announced_end);
    }
    walk.layers.push(l);
    if thrown {
        walk.off = walk.end.max(walk.off);
        return Next::Done;
    }

    let addrs = Addrs { v6: true, src, dst };
    if fragmented {
        if walk.nested {
            return Next::Data(Osi::Transport);
        }
        return Next::Fragment(Fragment {
            key: FragKey {
                v6: true,
                src,
                dst,
                id: frag.2,
                proto: nxt,
            },
            addrs,
            offset: frag.0,
            more: frag.1,
            proto: nxt,
            whole: announced_end <= walk.end,
        });
    }
    if nxt == 59 {
        return Next::Data(Osi::Transport);
    }
    // Only ICMPv6 reads the final hop: conversations (TCP, UDP) keep the
    // header's destination, as tshark's do.
    let dst = match (nxt, route_dst) {
        (58, Some(last)) => last,
        _ => dst,
    };
    Next::IpProto(nxt, Addrs { v6: true, src, dst })
}

/// Hop-by-hop and destination options are (type, length, value) triples
/// (Pad1 is a lone byte); one that runs past its header is malformed.
/// The error says why, and whether an option's length runs past the
/// header (where tshark reads past its end and throws).
fn check_tlv_options(opts: &[u8]) -> Result<(), (String, bool)> {
    let mut i = 0;
    while i < opts.len() {
        if opts[i] == 0 {
            i += 1;
            continue;
        }
        let Some(&len) = opts.get(i + 1) else {
            return Err((
                format!("option 0x{:02x} without its length byte", opts[i]),
                false,
            ));
        };
        let end = i + 2 + usize::from(len);
        if end > opts.len() {
            return Err((
                format!(
                    "option 0x{:02x} says {len} bytes, {} left in the header",
                    opts[i],
                    opts.len() - i - 2
                ),
                true,
            ));
        }
        i = end;
    }
    Ok(())
}

/// The jumbo payload option (type 0xC2) in hop-by-hop options.
fn jumbo_option(opts: &[u8]) -> Option<u32> {
    let mut i = 0;
    while i < opts.len() {
        match opts[i] {
            0 => i += 1,
            0xc2 if opts.get(i + 1) == Some(&4) && i + 6 <= opts.len() => {
                return Some(be32(opts, i + 2));
            }
            _ => i += 2 + usize::from(*opts.get(i + 1)?),
        }
    }
    None
}

pub(super) fn arp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "arp", start..start + b.len().min(28));
    match ArpPacketSlice::from_slice(b) {
        Ok(a) => {
            let hw = a.hw_addr_type().0;
            let pt = a.proto_addr_type().0;
            l.span = start..start + a.slice().len();
            l.uint(f::arp::HW_TYPE, hw);
            l.uint(f::arp::PROTO_TYPE, pt);
            l.uint(f::arp::HW_SIZE, a.hw_addr_size());
            l.uint(f::arp::PROTO_SIZE, a.proto_addr_size());
            l.uint(f::arp::OPCODE, a.operation().0);
            // The accessors borrow the slice struct; index the frame's bytes
            // instead so the addresses live as long as the frame.
            let s: &[u8] = a.slice();
            let (hs, ps) = (
                usize::from(a.hw_addr_size()),
                usize::from(a.proto_addr_size()),
            );
            let spa = 8 + hs;
            let tha = spa + ps;
            let tpa = tha + hs;
            // packet-arp.c's generated flags: sender and target protocol
            // addresses alike (a request or a reply); a request of that
            // kind to the zero MAC announces, one from 0.0.0.0 probes. The
            // zero-MAC test reads six bytes whatever the hardware size.
            let op = a.operation().0;
            let zero_tha = b.get(tha..tha + 6) == Some(&[0u8; 6][..]);
            let gratuitous = matches!(op, 1 | 2) && s[spa..tha] == s[tpa..tpa + ps];
            if gratuitous {
                l.boolean(f::arp::ISGRATUITOUS, true);
                if op == 1 && zero_tha {
                    l.boolean(f::arp::ISANNOUNCEMENT, true);
                }
            } else if op == 1 && zero_tha && b.get(spa..spa + 4) == Some(&[0u8; 4][..]) {
                l.boolean(f::arp::ISPROBE, true);
            }
            hw_addr(&mut l, f::arp::SRC_HW_MAC, f::arp::SRC_HW, hw, &s[8..spa]);
            proto_addr(
                &mut l,
                f::arp::SRC_PROTO_IPV4,
                f::arp::SRC_PROTO,
                pt,
                &s[spa..tha],
            );
            hw_addr(&mut l, f::arp::DST_HW_MAC, f::arp::DST_HW, hw, &s[tha..tpa]);
            proto_addr(
                &mut l,
                f::arp::DST_PROTO_IPV4,
                f::arp::DST_PROTO,
                pt,
                &s[tpa..tpa + ps],
            );
            walk.off += a.slice().len();
        }
        Err(e) => {
            if b.len() >= 8 {
                l.uint(f::arp::HW_TYPE, be16(b, 0));
                l.uint(f::arp::PROTO_TYPE, be16(b, 2));
                l.uint(f::arp::HW_SIZE, b[4]);
                l.uint(f::arp::PROTO_SIZE, b[5]);
                l.uint(f::arp::OPCODE, be16(b, 6));
            }
            walk.short(&mut l, "ARP packet", e.required_len, b.len());
            walk.off += b.len();
            walk.layers.push(l);
            return Next::Done;
        }
    }
    walk.layers.push(l);
    // Whatever follows ARP inside the frame is Ethernet trailer.
    let end = walk.off;
    note_padding(walk, end);
    Next::Done
}

fn hw_addr<'a>(
    l: &mut Layer<'a>,
    mac_name: &'static FieldDef,
    raw_name: &'static FieldDef,
    hw_type: u16,
    a: &'a [u8],
) {
    // tshark shows no address of length 0.
    if a.is_empty() {
        return;
    }
    // Wireshark's ARP_HW_IS_ETHER: a MAC only for hardware type Ethernet
    // (1) or IEEE 802 (6) with 6-byte addresses; other types' bytes raw.
    if matches!(hw_type, 1 | 6) && a.len() == 6 {
        let mut m = [0u8; 6];
        m.copy_from_slice(a);
        l.push(mac_name, Value::Mac(m));
    } else {
        l.push(raw_name, Value::Bytes(a.into()));
    }
}

fn proto_addr<'a>(
    l: &mut Layer<'a>,
    v4_name: &'static FieldDef,
    raw_name: &'static FieldDef,
    ptype: u16,
    a: &'a [u8],
) {
    // tshark shows no address of length 0.
    if a.is_empty() {
        return;
    }
    if ptype == 0x0800 && a.len() == 4 {
        l.push(v4_name, Value::Ipv4([a[0], a[1], a[2], a[3]]));
    } else {
        l.push(raw_name, Value::Bytes(a.into()));
    }
}

pub(super) fn icmp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "icmp", start..start + b.len().min(8));
    if b.len() < 4 {
        // tshark reads the checksum before showing type and code: nothing
        // shows from fewer than four bytes.
        walk.short(&mut l, "ICMP header", 4, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let (t, code) = (b[0], b[1]);
    l.uint(f::icmp::TYPE, t);
    l.uint(f::icmp::CODE, code);
    l.uint(f::icmp::CHECKSUM, be16(b, 2));
    push_checksum_status(
        walk,
        &mut l,
        ones_complement_sum(b),
        be16(b, 2),
        &ICMP_CHECKSUM,
    );
    let hdr = match t {
        0 | 8 | 13 | 14 | 15 | 16 | 17 | 18 => {
            if b.len() < 8 {
                if b.len() >= 6 {
                    l.uint(f::icmp::IDENT, be16(b, 4));
                    l.uint(f::icmp::IDENT_LE, u16::from_le_bytes([b[4], b[5]]));
                }
                walk.short(&mut l, "ICMP echo header", 8, b.len());
                walk.off += b.len();
                walk.layers.push(l);
                return Next::Done;
            }
            l.uint(f::icmp::IDENT, be16(b, 4));
            l.uint(f::icmp::IDENT_LE, u16::from_le_bytes([b[4], b[5]]));
            l.uint(f::icmp::SEQ, be16(b, 6));
            l.uint(f::icmp::SEQ_LE, u16::from_le_bytes([b[6], b[7]]));
            8
        }
        // RFC 8335's extended echo: the identifier, an 8-bit sequence
        // number and flags; a request's extension structure names the
        // interface probed (a reply's rest is not read).
        42 | 43 => {
            if b.len() >= 6 {
                l.uint(f::icmp::IDENT, be16(b, 4));
                l.uint(f::icmp::IDENT_LE, u16::from_le_bytes([b[4], b[5]]));
            }
            if let Some(&[seq, bits]) = b.get(6..8) {
                icmp_ext::ext_echo_word(&mut l, seq, bits, t == 42, false);
            }
            let reported = walk.reported_end.max(walk.end) - start;
            if t == 42 && b.len() >= 8 && reported > 8 {
                icmp_ext::extensions(walk, &mut l, &b[8..], reported - 8);
            }
            walk.off = walk.end;
            walk.layers.push(l);
            return Next::Done;
        }
        _ => b.len().min(8),
    };
    if hdr == 8 {
        second_word(&mut l, b);
    }
    walk.off += hdr;
    if matches!(t, 0 | 8) && hdr == 8 {
        walk.off += echo_timestamp(walk, &mut l);
    }
    if t == 9 && hdr == 8 && b[5] == 2 {
        // A router advertisement with 2-word entries: each router's
        // address and preference; what follows (Mobile IP's extensions
        // for codes 0 and 16, not taken apart here) is part of the
        // message, with no data layer after it.
        let body = walk.rest();
        for entry in 0..usize::from(b[4]) {
            let Some(e) = body.get(entry * 8..entry * 8 + 8) else {
                walk.short(&mut l, "ICMP router address", entry * 8 + 8, body.len());
                break;
            };
            l.push(
                f::icmp::ROUTER_ADDRESS,
                Value::Ipv4([e[0], e[1], e[2], e[3]]),
            );
            l.int(f::icmp::PREF_LEVEL, be32(e, 4) as i32);
        }
        l.span.end = walk.end;
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    if matches!(t, 13 | 14 | 17 | 18) && hdr == 8 {
        // Timestamp and address-mask messages: their fields, then nothing
        // more for tshark (no data layer after them).
        let body = walk.rest();
        let need = if matches!(t, 13 | 14) {
            let stamps = [
                f::icmp::ORIGINATE_TIMESTAMP,
                f::icmp::RECEIVE_TIMESTAMP,
                f::icmp::TRANSMIT_TIMESTAMP,
            ];
            for (i, def) in stamps.into_iter().enumerate() {
                if body.len() >= i * 4 + 4 {
                    l.uint(def, be32(body, i * 4));
                }
            }
            12
        } else {
            if let Some(&[a, b, c, d]) = body.first_chunk::<4>() {
                l.push(f::icmp::ADDRESS_MASK, Value::Ipv4([a, b, c, d]));
            }
            4
        };
        l.span.end = start + 8 + body.len().min(need);
        if body.len() < need {
            walk.short(&mut l, "ICMP message", need, body.len());
        }
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    // Errors quote the datagram that caused them: decode it, as tshark does.
    if matches!(t, 3 | 4 | 5 | 11 | 12) && hdr == 8 && !walk.nested {
        quoted_datagram(walk, &mut l, start, t);
        if no_quoted_bytes(walk, &mut l, "ICMP quoted datagram") {
            walk.layers.push(l);
            return Next::Done;
        }
        walk.layers.push(l);
        walk.nested = true;
        return Next::EtherType(0x0800);
    }
    if !matches!(t, 0 | 8 | 9 | 3 | 4 | 5 | 11 | 12) {
        // packet-icmp.c hands what follows the header of any other type
        // (information requests, Photuris, types it does not know) to no
        // one: part of the ICMP message, no data layer after it.
        l.span.end = walk.end;
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    walk.layers.push(l);
    // An echo's payload is the ICMP message's own data: read by ICMP, L3.
    Next::Data(Osi::Network)
}

/// The fields of an ICMP message's second word (bytes 4-7), by type, as
/// packet-icmp.c adds them: RFC 4884's length of the quoted datagram (in
/// 32-bit words) where it is not zero, the next hop's MTU, a redirect's
/// gateway, a parameter problem's pointer, a router advertisement's
/// counts and lifetime; the rest as unused bytes.
fn second_word<'a>(l: &mut Layer<'a>, b: &'a [u8]) {
    let (t, code, words) = (b[0], b[1], b[5]);
    let length = |l: &mut Layer<'a>| {
        l.uint(f::icmp::LENGTH, words);
        l.uint(f::icmp::LENGTH_ORIGINAL_DATAGRAM, u64::from(words) * 4);
    };
    let unused = |l: &mut Layer<'a>, r: std::ops::Range<usize>| {
        l.push(f::icmp::UNUSED, Value::Bytes(b[r].into()));
    };
    match t {
        3 | 11 if words > 0 => {
            unused(l, 4..5);
            length(l);
            if t == 3 && code == 4 {
                l.uint(f::icmp::MTU, be16(b, 6));
            } else {
                unused(l, 6..8);
            }
        }
        3 if code == 4 => {
            unused(l, 4..6);
            l.uint(f::icmp::MTU, be16(b, 6));
        }
        3 | 11 => unused(l, 4..8),
        9 => {
            l.uint(f::icmp::NUM_ADDRS, b[4]);
            l.uint(f::icmp::ADDR_ENTRY_SIZE, b[5]);
            l.uint(f::icmp::LIFETIME, be16(b, 6));
        }
        12 => {
            l.uint(f::icmp::POINTER, b[4]);
            if words > 0 {
                length(l);
                unused(l, 6..8);
            } else {
                unused(l, 5..8);
            }
        }
        5 => l.push(f::icmp::REDIR_GW, Value::Ipv4([b[4], b[5], b[6], b[7]])),
        _ => {}
    }
}

/// An error that quotes no byte of the packet that caused it: tshark's
/// IP dissector throws reading the version before it adds a layer, so
/// there is no `ip` (or `ipv6`) layer; a capture that cut the quote off
/// marks the message cut short.
fn no_quoted_bytes<'a>(walk: &Walk<'a>, l: &mut Layer<'a>, what: &str) -> bool {
    if walk.off < walk.end {
        return false;
    }
    if walk.reported_end > walk.end {
        walk.short(l, what, 1, 0);
    }
    true
}

/// Before an ICMP error's quoted datagram is decoded: bound it as
/// packet-icmp.c does (a redirect quotes the IP header and 8 bytes; an RFC
/// 4884 length, when the quoted header claims more, ends it there), and
/// read the extension structure that follows the first 128 bytes (or the
/// RFC 4884 length) when the message is longer than that and the quoted
/// datagram claims no more than 128 bytes.
fn quoted_datagram<'a>(walk: &mut Walk<'a>, l: &mut Layer<'a>, start: usize, t: u8) {
    let b = walk.data.get(start..walk.end).unwrap_or_default();
    let reported = walk.reported_end.max(walk.end) - start;
    let words = usize::from(b[5]);
    let claimed = (b.len() >= 12).then(|| usize::from(be16(b, 10)));
    let ihl = b.get(8).map(|v| usize::from(v & 0x0f) * 4);
    let bound = match (t, ihl, claimed) {
        (5, Some(ihl), _) => Some(ihl + 8),
        (_, Some(ihl), Some(len)) if words > 0 && reported > 8 + words * 4 && len > words * 4 => {
            Some(ihl + words * 4)
        }
        _ => None,
    };
    if reported > 8 + 128 && claimed.is_some_and(|len| len <= 128) {
        let at = 8 + if words > 0 { words * 4 } else { 128 };
        if at <= b.len() {
            icmp_ext::extensions(walk, l, &b[at..], reported - at);
        } else {
            // The extension would start past the bytes: a bounds error.
            walk.short(l, "ICMP extension", at, b.len());
        }
    }
    if let Some(n) = bound {
        let end = start + 8 + n;
        walk.end = walk.end.min(end);
        walk.reported_end = walk.reported_end.min(end);
    }
}

/// An echo's data often starts with the sender's clock (`ping` writes a
/// `struct timeval`). tshark reads its first 8 bytes as 32-bit seconds and
/// microseconds, big-endian or else little-endian, and takes them when they
/// lie within a day of the frame's own time; the data then starts after
/// them. Returns the bytes read as the timestamp (8 or 0).
fn echo_timestamp(walk: &Walk<'_>, l: &mut Layer<'_>) -> usize {
    let b = walk.rest();
    let now = walk.now;
    let Some(&[a0, a1, a2, a3, b0, b1, b2, b3]) = b.first_chunk::<8>() else {
        return 0;
    };
    // tshark compares `abs((int)(secs - now))`: a 32-bit difference.
    let plausible = |secs: u32, us: u32| {
        ((secs as i64 - now.secs) as i32).wrapping_abs() < 86_400 && us < 1_000_000
    };
    let (mut secs, mut us) = (
        u32::from_be_bytes([a0, a1, a2, a3]),
        u32::from_be_bytes([b0, b1, b2, b3]),
    );
    if !plausible(secs, us) {
        secs = u32::from_le_bytes([a0, a1, a2, a3]);
        us = u32::from_le_bytes([b0, b1, b2, b3]);
    }
    if !plausible(secs, us) {
        return 0;
    }
    let sent = crate::source::Timestamp {
        secs: i64::from(secs),
        nanos: us * 1000,
    };
    l.push(f::icmp::DATA_TIME, Value::Time(sent));
    let rel = now.as_nanos() - sent.as_nanos();
    l.push(f::icmp::DATA_TIME_RELATIVE, Value::rel_time(rel));
    l.span.end = l.span.end.max(walk.off + 8);
    8
}

/// Where ICMP and ICMPv6 keep their checksum status and bad-sum expert.
struct ChecksumFields {
    status: &'static crate::dissect::field::FieldDef,
    bad: &'static crate::dissect::expert::Expert,
}

static ICMP_CHECKSUM: ChecksumFields = ChecksumFields {
    status: f::icmp::CHECKSUM_STATUS,
    bad: &expert::ICMP_CHECKSUM_BAD,
};

static ICMPV6_CHECKSUM: ChecksumFields = ChecksumFields {
    status: f::icmpv6::CHECKSUM_STATUS,
    bad: &expert::ICMPV6_CHECKSUM_BAD,
};

/// The checksum status of an ICMP or ICMPv6 message whose one's-complement
/// sum (pseudo-header included for ICMPv6) is `sum` and whose checksum
/// field holds `field`. Wireshark checks the sum only over a message that
/// is neither quoted by an ICMP error, nor a fragment, nor cut by the
/// capture; otherwise the status is "unverified". A bad sum gets tshark's
/// expert, with the value the field should hold.
fn push_checksum_status(
    walk: &Walk<'_>,
    l: &mut Layer<'_>,
    sum: u16,
    field: u16,
    which: &ChecksumFields,
) {
    // Cut: the capture stopped before the message's end. A length field
    // claiming more than the frame holds is no cut (tshark trims the
    // length to the frame and checks what is there).
    let cut = walk.snap_cut && walk.reported_end > walk.end;
    if walk.nested || walk.fragmented || cut {
        l.uint(which.status, checksum::UNVERIFIED);
    } else if sum == 0xffff {
        l.uint(which.status, checksum::GOOD);
    } else {
        // The sum without the field, complemented: what the field should be.
        let without = ones_complement_add(sum, !field);
        crate::dissect::expert::add(
            l,
            which.bad,
            Some(format!("Bad checksum [should be 0x{:04x}]", !without)),
        );
        l.uint(which.status, checksum::BAD);
    }
}

/// One's-complement addition of two 16-bit words.
pub(crate) fn ones_complement_add(a: u16, b: u16) -> u16 {
    let s = u32::from(a) + u32::from(b);
    ((s & 0xffff) + (s >> 16)) as u16
}

/// An IPv6 Fragment Header an IPv4 datagram carries (protocol 44): tshark
/// hands it to the IPv6 fragment header's dissector from the IP protocol
/// table. Without IPv6's state there is no IPv6 reassembly: the header's
/// fields go to the IPv4 layer (`ip:ipv6.fraghdr` in `frame.protocols`),
/// and what follows goes to the dissector of its Next Header whatever the
/// offset and More flag say (tshark's `Unknown IP Protocol: ...` Info when
/// there is none, [`super::summary::ip_info`]).
pub(super) fn fraghdr_in_ipv4(walk: &mut Walk<'_>, addrs: Addrs) -> Next {
    let rest = walk.rest();
    let Some(l) = walk.layers.last_mut().filter(|l| l.protocol == "ip") else {
        return Next::Data(Osi::Transport);
    };
    match fraghdr_fields(l, rest) {
        Some(f) => {
            walk.off += 8;
            Next::IpProto(f.next_header().0, addrs)
        }
        None => {
            let l = walk.layers.pop().expect("the IP layer");
            fraghdr_cut(walk, l, rest.len())
        }
    }
}

/// A fragment header cut short (`have` bytes): `l` says so, takes the
/// bytes, and the walk ends there.
fn fraghdr_cut<'a>(walk: &mut Walk<'a>, mut l: Layer<'a>, have: usize) -> Next {
    walk.short_in(&mut l, "ipv6.fraghdr", "IPv6 fragment header", 8, have);
    walk.off += have;
    walk.layers.push(l);
    Next::Done
}

/// The fields of the IPv6 Fragment Header at the start of `b` added to
/// `l` (IPv6's layer, or IPv4's for one it carries: [`fraghdr_in_ipv4`]);
/// the header, or `None` when fewer than 8 bytes are there.
pub(crate) fn fraghdr_fields<'b>(
    l: &mut Layer<'_>,
    b: &'b [u8],
) -> Option<Ipv6FragmentHeaderSlice<'b>> {
    let f = Ipv6FragmentHeaderSlice::from_slice(b).ok()?;
    let raw = f.slice();
    l.uint(f::ipv6::FRAGHDR_NXT, f.next_header().0);
    l.uint(f::ipv6::FRAGHDR_RESERVED_OCTET, raw[1]);
    l.uint(f::ipv6::FRAGHDR_OFFSET, f.fragment_offset().value());
    l.uint(f::ipv6::FRAGHDR_RESERVED_BITS, (raw[3] & 0x6) >> 1);
    l.boolean(f::ipv6::FRAGHDR_MORE, f.more_fragments());
    l.uint(f::ipv6::FRAGHDR_IDENT, f.identification());
    Some(f)
}

pub(super) fn icmpv6(walk: &mut Walk<'_>, addrs: Addrs) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "icmpv6", start..start + b.len().min(8));
    if b.len() < 4 {
        // Type and code, when captured (tshark shows none in a quoted
        // datagram cut this short).
        if !walk.nested {
            if let Some(&t) = b.first() {
                l.uint(f::icmpv6::TYPE, t);
            }
            if let Some(&code) = b.get(1) {
                l.uint(f::icmpv6::CODE, code);
            }
        }
        walk.short(&mut l, "ICMPv6 header", 4, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let (t, code) = (b[0], b[1]);
    l.uint(f::icmpv6::TYPE, t);
    l.uint(f::icmpv6::CODE, code);
    l.uint(f::icmpv6::CHECKSUM, be16(b, 2));
    if !walk.nested {
        // The pseudo-header: addresses, upper-layer length, next header.
        let alen = if addrs.v6 { 16 } else { 4 };
        let mut ph = [0u8; 40];
        ph[..alen].copy_from_slice(&addrs.src[..alen]);
        ph[alen..2 * alen].copy_from_slice(&addrs.dst[..alen]);
        let at = 2 * alen;
        ph[at..at + 4].copy_from_slice(&(b.len() as u32).to_be_bytes());
        ph[at + 7] = 58;
        let sum = ones_complement_add(ones_complement_sum(&ph[..at + 8]), ones_complement_sum(b));
        push_checksum_status(walk, &mut l, sum, be16(b, 2), &ICMPV6_CHECKSUM);
    } else {
        l.uint(f::icmpv6::CHECKSUM_STATUS, checksum::UNVERIFIED);
    }
    // Fixed part after the first four bytes of the messages read here
    // (Neighbor Discovery and MLD are read by `nd_mld_body`).
    let fixed = match t {
        128 | 129 | 160 | 161 | 1..=4 => 8,
        _ => 4,
    };
    // Each field tshark reads before it runs out of bytes is shown (a
    // short message throws at the first field it lacks).
    let has = |end: usize| b.len() >= end;
    let mut teredo_test = false;
    match t {
        128 | 129 => {
            if has(6) {
                l.uint(f::icmpv6::ECHO_IDENTIFIER, be16(b, 4));
            }
            if has(8) {
                l.uint(f::icmpv6::ECHO_SEQUENCE_NUMBER, be16(b, 6));
            }
            // An echo request to the Teredo port (the last port below it,
            // packet-icmpv6.c's pinfo->destport): RFC 4380's direct IPv6
            // connectivity test, whose data is a 4-byte nonce.
            teredo_test = t == 128 && has(8) && to_teredo_port(&walk.layers);
            if teredo_test {
                match b.get(8..12) {
                    Some(nonce) => l.push(
                        f::icmpv6::NONCE,
                        Value::Bytes(std::borrow::Cow::Borrowed(nonce)),
                    ),
                    None => walk.short(&mut l, "ICMPv6 nonce", 12, b.len()),
                }
            }
        }
        // RFC 8335's extended echo: a 16-bit identifier, an 8-bit
        // sequence number and flags; a request's extension structure
        // names the interface probed.
        160 | 161 => {
            if has(6) {
                l.uint(f::icmpv6::ECHO_IDENTIFIER, be16(b, 4));
            }
            if let Some(&[seq, bits]) = b.get(6..8) {
                icmp_ext::ext_echo_word(&mut l, seq, bits, t == 160, true);
            }
            let reported = walk.reported_end.max(walk.end) - start;
            if t == 160 && has(8) && reported > 8 {
                icmp_ext::extensions(walk, &mut l, &b[8..], reported - 8);
            }
        }
        // RFC 4884: a length of the original datagram (in 8-byte words)
        // before 3 reserved bytes, or 4 reserved bytes.
        1 | 3 if has(5) => {
            if b[4] != 0 {
                l.uint(f::icmpv6::LENGTH, b[4]);
                if has(8) {
                    l.push(f::icmpv6::RESERVED, Value::Bytes(b[5..8].into()));
                }
            } else if has(8) {
                l.push(f::icmpv6::RESERVED, Value::Bytes(b[4..8].into()));
            }
        }
        2 if has(8) => l.uint(f::icmpv6::MTU, be32(b, 4)),
        4 if has(8) => l.uint(f::icmpv6::POINTER, be32(b, 4)),
        _ => {}
    }
    let mut redirected = None;
    let used = match t {
        // What is left after them is not shown (packet-icmpv6.c returns
        // its offset; IPv6 calls no data dissector for the rest).
        130..=137 | 141..=143 => match nd_mld_body(&mut l, b, t, &mut redirected) {
            Ok(()) => b.len(),
            Err(need) => {
                walk.short(&mut l, "ICMPv6 message", need, b.len());
                walk.off += b.len();
                walk.layers.push(l);
                return Next::Done;
            }
        },
        _ if b.len() < fixed => {
            walk.short(&mut l, "ICMPv6 message", fixed, b.len());
            walk.off += b.len();
            walk.layers.push(l);
            return Next::Done;
        }
        _ if teredo_test => {
            // Nothing after the nonce is read.
            l.span = start..start + b.len().min(12);
            walk.off = walk.end;
            walk.layers.push(l);
            return Next::Done;
        }
        1..=4 | 128 | 129 => fixed,
        // The body of messages we name but do not take apart (router
        // renumbering, node information, ...) is part of the ICMPv6
        // message, not payload.
        _ => b.len(),
    };
    l.span = start..start + used;
    walk.off += used;
    walk.layers.push(l);
    if let Some(r) = redirected.filter(|_| !walk.nested) {
        // A redirect quotes the packet that caused it, like an error.
        walk.off = start + r.start;
        walk.end = walk.end.min(start + r.end);
        walk.reported_end = walk.reported_end.min(start + r.end);
        walk.nested = true;
        return Next::EtherType(0x86dd);
    }
    if (1..=4).contains(&t) && !walk.nested {
        if let Some(mut l) = walk.layers.pop() {
            let none = no_quoted_bytes(walk, &mut l, "ICMPv6 quoted packet");
            walk.layers.push(l);
            if none {
                return Next::Done;
            }
        }
        walk.nested = true;
        return Next::EtherType(0x86dd);
    }
    // An echo's payload is the ICMPv6 message's own data: L3.
    Next::Data(Osi::Network)
}

/// Whether the nearest UDP or TCP header below goes to port 3544 (Teredo).
fn to_teredo_port(layers: &[Layer<'_>]) -> bool {
    layers.iter().rev().find_map(|l| match l.protocol {
        "udp" => l.get_uint(f::udp::DSTPORT),
        "tcp" => l.get_uint(f::tcp::DSTPORT),
        _ => None,
    }) == Some(3544)
}

// ICMPv6's reads of an address or bytes as values, beside the
// [`Reader`]'s own.
impl<'a> Reader<'a> {
    fn v6(&mut self) -> Result<Value<'a>, usize> {
        Ok(Value::Ipv6(v6(self.take(16)?)))
    }

    fn bytes(&mut self, n: usize) -> Result<Value<'a>, usize> {
        Ok(Value::Bytes(self.take(n)?.into()))
    }
}

/// MLD's decoded time codes (RFC 3810 5.1.3 and 5.1.9): below the
/// threshold the code itself, above it a mantissa shifted by an exponent.
fn mld_code(code: u32, bits: u32) -> u32 {
    let top = 1 << (bits - 1);
    if code < top {
        return code;
    }
    let mant_bits = bits - 4;
    let mant = (code & ((1 << mant_bits) - 1)) | (1 << mant_bits);
    let exp = (code >> mant_bits) & 7;
    mant << (exp + 3)
}

/// The body of Neighbor Discovery (133-137, 141, 142) and MLD (130-132,
/// 143) messages after the checksum, field by field as packet-icmpv6.c
/// reads them; Err holds the end of the first field that is not there
/// (tshark throws there). What follows the fields is not shown.
fn nd_mld_body<'a>(
    l: &mut Layer<'a>,
    b: &'a [u8],
    t: u8,
    redirected: &mut Option<std::ops::Range<usize>>,
) -> Result<(), usize> {
    use f::icmpv6 as i6;
    let mut r = Reader { b, at: 4 };
    match t {
        // MLDv2's query is told from MLDv1's by its length (28 bytes).
        130 if b.len() >= 28 => {
            let mrc = r.u16()?;
            l.uint(i6::MLD_MAXIMUM_RESPONSE_CODE, mld_code(u32::from(mrc), 16));
            l.push(i6::RESERVED, r.bytes(2)?);
            l.push(i6::MLD_MULTICAST_ADDRESS, r.v6()?);
            let flags = r.u8()?;
            l.uint(i6::MLD_FLAG, flags);
            l.boolean(i6::MLD_FLAG_S, flags & 0x08 != 0);
            l.uint(i6::MLD_FLAG_QRV, flags & 0x07);
            l.uint(i6::MLD_FLAG_RESERVED, flags >> 4);
            let qqic = r.u8()?;
            l.uint(i6::MLD_QQI, mld_code(u32::from(qqic), 8));
            let sources = r.u16()?;
            l.uint(i6::MLD_NB_SOURCES, sources);
            for _ in 0..sources {
                l.push(i6::MLD_SOURCE_ADDRESS, r.v6()?);
            }
            return Ok(());
        }
        130..=132 => {
            l.uint(i6::MLD_MAXIMUM_RESPONSE_DELAY, r.u16()?);
            l.push(i6::RESERVED, r.bytes(2)?);
            l.push(i6::MLD_MULTICAST_ADDRESS, r.v6()?);
            return Ok(());
        }
        143 => {
            l.push(i6::RESERVED, r.bytes(2)?);
            l.uint(i6::MLDR_NB_MCAST_RECORDS, r.u16()?);
            while r.at < b.len() {
                l.present(i6::MLDR_MAR);
                let kind = r.u8()?;
                l.uint(i6::MLDR_MAR_RECORD_TYPE, kind);
                let aux = r.u8()?;
                l.uint(i6::MLDR_MAR_AUX_DATA_LEN, aux);
                let sources = r.u16()?;
                l.uint(i6::MLDR_MAR_NB_SOURCES, sources);
                l.push(i6::MLDR_MAR_MULTICAST_ADDRESS, r.v6()?);
                for _ in 0..sources {
                    l.push(i6::MLDR_MAR_SOURCE_ADDRESS, r.v6()?);
                }
                if aux != 0 {
                    l.push(i6::MLDR_MAR_AUXILIARY_DATA, r.bytes(usize::from(aux) * 4)?);
                }
            }
            return Ok(());
        }
        133 | 141 | 142 => l.push(i6::RESERVED, r.bytes(4)?),
        134 => {
            l.uint(i6::ND_RA_CUR_HOP_LIMIT, r.u8()?);
            let flags = r.u8()?;
            l.uint(i6::ND_RA_FLAG, flags);
            l.boolean(i6::ND_RA_FLAG_M, flags & 0x80 != 0);
            l.boolean(i6::ND_RA_FLAG_O, flags & 0x40 != 0);
            l.boolean(i6::ND_RA_FLAG_H, flags & 0x20 != 0);
            l.uint(i6::ND_RA_FLAG_PRF, (flags >> 3) & 3);
            l.boolean(i6::ND_RA_FLAG_P, flags & 0x04 != 0);
            l.uint(i6::ND_RA_FLAG_RSV, flags & 0x03);
            l.uint(i6::ND_RA_ROUTER_LIFETIME, r.u16()?);
            l.uint(i6::ND_RA_REACHABLE_TIME, r.u32()?);
            l.uint(i6::ND_RA_RETRANS_TIMER, r.u32()?);
        }
        135 => {
            l.push(i6::RESERVED, r.bytes(4)?);
            l.push(i6::ND_NS_TARGET_ADDRESS, r.v6()?);
        }
        136 => {
            let flags = r.u32()?;
            l.uint(i6::ND_NA_FLAG, flags);
            l.boolean(i6::ND_NA_FLAG_R, flags & 0x8000_0000 != 0);
            l.boolean(i6::ND_NA_FLAG_S, flags & 0x4000_0000 != 0);
            l.boolean(i6::ND_NA_FLAG_O, flags & 0x2000_0000 != 0);
            l.uint(i6::ND_NA_FLAG_RSV, flags & 0x1fff_ffff);
            l.push(i6::ND_NA_TARGET_ADDRESS, r.v6()?);
        }
        137 => {
            l.push(i6::RESERVED, r.bytes(4)?);
            l.push(i6::ND_RD_TARGET_ADDRESS, r.v6()?);
            l.push(i6::RD_NA_DESTINATION_ADDRESS, r.v6()?);
        }
        _ => return Ok(()),
    }
    nd_options(l, &mut r, redirected)
}

/// The option types packet-icmpv6.c takes apart; any other is its
/// "Undecoded option" note over the option's data.
fn nd_option_known(t: u8) -> bool {
    matches!(t, 1..=8 | 11..=20 | 23..=38)
}

/// The Neighbor Discovery options from the reader's offset to the end of
/// the message (a zero length ends them), and where the packet a
/// Redirected Header option (type 4) quotes lies.
fn nd_options<'a>(
    l: &mut Layer<'a>,
    r: &mut Reader<'a>,
    redirected: &mut Option<std::ops::Range<usize>>,
) -> Result<(), usize> {
    use f::icmpv6 as i6;
    let b = r.b;
    while r.at < b.len() {
        let at = r.at;
        // The option's item is cut to the bytes there; the reads in it
        // throw.
        let len = usize::from(*b.get(at + 1).ok_or(at + 2)?) * 8;
        l.present(i6::OPT);
        let t = r.u8()?;
        l.uint(i6::OPT_TYPE, t);
        l.uint(i6::OPT_LENGTH, r.u8()?);
        if len == 0 {
            crate::dissect::expert::add(
                l,
                &expert::ICMPV6_INVALID_OPTION_LENGTH,
                Some("Invalid option length (Zero)".into()),
            );
            return Ok(());
        }
        match t {
            // The address (the whole option body), and the same again as
            // the hidden source or target item. tshark registers an
            // FT_ETHER twin of each for 6 bytes: -T fields prints those
            // with colons (render::value::colon_bytes).
            1 | 2 => {
                let addr = r.bytes(len - 2)?;
                let side = if t == 1 {
                    i6::OPT_SRC_LINKADDR
                } else {
                    i6::OPT_TARGET_LINKADDR
                };
                l.push(i6::OPT_LINKADDR, addr.clone());
                l.push(side, addr);
            }
            3 => {
                l.uint(i6::OPT_PREFIX_LENGTH, r.u8()?);
                let flags = r.u8()?;
                l.uint(i6::OPT_PREFIX_FLAG, flags);
                l.boolean(i6::OPT_PREFIX_FLAG_L, flags & 0x80 != 0);
                l.boolean(i6::OPT_PREFIX_FLAG_A, flags & 0x40 != 0);
                l.boolean(i6::OPT_PREFIX_FLAG_R, flags & 0x20 != 0);
                l.uint(i6::OPT_PREFIX_FLAG_RESERVED, flags & 0x1f);
                l.uint(i6::OPT_PREFIX_VALID_LIFETIME, r.u32()?);
                l.uint(i6::OPT_PREFIX_PREFERRED_LIFETIME, r.u32()?);
                l.present(i6::OPT_RESERVED);
                r.take(4)?;
                l.push(i6::OPT_PREFIX, r.v6()?);
            }
            // Redirected Header: 6 reserved bytes, then the packet (the
            // first one only is decoded, after the options).
            4 => {
                l.present(i6::OPT_RESERVED);
                r.take(6)?;
                if len > 8 {
                    l.present(i6::OPT_REDIRECTED_PACKET);
                    if redirected.is_none() {
                        *redirected = Some(at + 8..at + len);
                    }
                    r.at = at + len;
                }
            }
            5 => {
                l.present(i6::OPT_RESERVED);
                r.take(2)?;
                l.uint(i6::OPT_MTU, r.u32()?);
            }
            6 => {
                // The reserved item starts on the limit's byte too.
                l.uint(i6::OPT_NBMA_SHORTCUT_LIMIT, r.u8()?);
                l.present(i6::OPT_RESERVED);
                l.present(i6::OPT_RESERVED);
                r.take(4)?;
            }
            7 => {
                l.present(i6::OPT_RESERVED);
                r.take(2)?;
                l.uint(i6::OPT_ADVERTISEMENT_INTERVAL, r.u32()?);
            }
            8 => {
                l.present(i6::OPT_RESERVED);
                r.take(2)?;
                l.uint(i6::OPT_HOME_AGENT_PREFERENCE, r.u16()?);
                l.uint(i6::OPT_HOME_AGENT_LIFETIME, r.u16()?);
            }
            14 => {
                l.push(i6::OPT_NONCE, r.bytes(len - 2)?);
            }
            // Route Information (RFC 4191): prefix length, flags, lifetime,
            // then the prefix in 0, 8 or 16 bytes (an 8-byte one is the
            // address's first half).
            24 => {
                l.uint(i6::OPT_PREFIX_LENGTH, r.u8()?);
                let flags = r.u8()?;
                l.uint(i6::OPT_ROUTE_INFO_FLAG, flags);
                l.uint(i6::OPT_ROUTE_INFO_FLAG_ROUTE_PREFERENCE, (flags >> 3) & 3);
                l.uint(i6::OPT_ROUTE_INFO_FLAG_RESERVED, flags & 0xe7);
                l.uint(i6::OPT_ROUTE_LIFETIME, r.u32()?);
                match len {
                    16 => {
                        let mut prefix = [0u8; 16];
                        prefix[..8].copy_from_slice(r.take(8)?);
                        l.push(i6::OPT_PREFIX, Value::Ipv6(prefix));
                    }
                    24 => l.push(i6::OPT_PREFIX, r.v6()?),
                    8 => {}
                    _ => {
                        crate::dissect::expert::add(l, &expert::ICMPV6_INVALID_OPTION_LENGTH, None)
                    }
                }
            }
            25 => {
                l.present(i6::OPT_RESERVED);
                r.take(2)?;
                l.uint(i6::OPT_RDNSS_LIFETIME, r.u32()?);
                while r.at < at + len {
                    l.push(i6::OPT_RDNSS, r.v6()?);
                }
            }
            31 => {
                l.present(i6::OPT_RESERVED);
                r.take(2)?;
                l.uint(i6::OPT_DNSSL_LIFETIME, r.u32()?);
                while r.at < at + len {
                    if b[r.at] == 0 {
                        l.present(i6::OPT_PADDING);
                        r.at = at + len;
                        break;
                    }
                    let (name, used) =
                        crate::dissect::app::dns::name_at(b, r.at).ok_or(b.len() + 1)?;
                    l.str(i6::OPT_DNSSL, name);
                    r.at += used;
                }
            }
            t if !nd_option_known(t) => {
                crate::dissect::expert::add(
                    l,
                    &expert::ICMPV6_UNDECODED_OPTION,
                    Some(format!(
                        "Dissector for ICMPv6 Option ({t}) code not implemented, Contact Wireshark developers if you want this supported"
                    )),
                );
                l.push(i6::DATA, r.bytes(len - 2)?);
            }
            // Options tshark takes apart and we do not: their type and
            // length only.
            _ => r.at = at + len,
        }
        if at + len > b.len() {
            // The rest of an option longer than the message: read (as
            // unknown data) past the end.
            return Err(at + len);
        }
        if r.at < at + len {
            l.push(i6::UNKNOWN_DATA, Value::Bytes(b[r.at..at + len].into()));
            crate::dissect::expert::add(l, &expert::ICMPV6_UNKNOWN_DATA, None);
        }
        r.at = at + len;
    }
    Ok(())
}

/// Crafted frames whose expected fields were read off tshark 4.0
/// (`tshark -T fields -e ...` on the same bytes written to a pcap).
#[cfg(test)]
mod sweep_tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::{self, fields, frame, get, hex};

    /// tshark 4.0 on Suricata's decode-too-small: an IPv4 header with no
    /// payload bytes calls no dissector and writes no Info.
    #[test]
    fn an_ipv4_header_without_payload_ends_the_frame() {
        let bytes =
            hex("020000000002 020000000001 0800 4500 0014 0001 0000 40 06 0000 01010101 02020202");
        let d = Dissector::new().dissect(&frame(1, &bytes));
        let (protocols, protocol, info, _) = testing::protocols_columns_fields(&d);
        assert_eq!(protocols, "eth:ethertype:ip");
        assert_eq!(protocol, "IPv4");
        assert_eq!(info, "");
    }

    /// tshark 4.0 on Suricata's ipv6-dos-with-ext-headers-5 (an echo
    /// request after AH: IPv6's hop limit still in ICMPv6's Info) and
    /// defrag-eth-ip-gre-ppp (a fragment inside GRE: the inner IP's Info
    /// alone, the outer header's payload went to GRE).
    #[test]
    fn ip_values_reach_through_ah_and_a_tunnel_s_outer_header_says_nothing() {
        let eth6 = "020000000002 020000000001 86dd";
        let ipv6 =
            "60000000 0014 33 ff 20010db8000000000000000000000001 20010db8000000000000000000000002";
        let ah = "3a01 0000 00000100 00000001";
        let echo = "8000 0000 face 0001";
        let bytes = hex(&format!("{eth6}{ipv6}{ah}{echo}"));
        let d = Dissector::new().dissect(&frame(1, &bytes));
        let (protocols, _, info, _) = testing::protocols_columns_fields(&d);
        assert_eq!(protocols, "eth:ethertype:ipv6:ah:icmpv6");
        assert_eq!(info, "Echo (ping) request id=0xface, seq=1, hop limit=255");

        let eth4 = "020000000002 020000000001 0800";
        let outer = "4500 0038 0002 0000 40 2f 0000 c0000201 c0000202";
        let gre = "0000 0800";
        let inner = "4500 0020 0001 2000 40 11 0000 0a000001 0a000002";
        let bytes = hex(&format!(
            "{eth4}{outer}{gre}{inner}000000000000000000000000"
        ));
        let d = Dissector::new().dissect(&frame(1, &bytes));
        let (protocols, protocol, info, _) = testing::protocols_columns_fields(&d);
        assert_eq!(protocols, "eth:ethertype:ip:gre:ip:data");
        assert_eq!(protocol, "IPv4");
        assert_eq!(
            info,
            "Fragmented IP protocol (proto=UDP 17, off=0, ID=0001)"
        );
    }

    fn dissect(data: &[u8]) -> Vec<(String, String)> {
        fields(&Dissector::new().dissect(&frame(1, data)))
    }

    /// The Ethernet trailer as `add_ethernet_trailer` splits it: a frame
    /// of 64 bytes or more gives its last 4 bytes to the check sequence;
    /// zeros up to byte 60 are padding; a frame under 60 bytes has neither;
    /// a VLAN tag's 802.3 length leaves a trailer of the tag's own
    /// (values as numbers: tshark shows the check sequence in hex).
    #[test]
    fn ethernet_trailer_padding_and_check_sequence() {
        let cases: [(&str, [&[&str]; 5]); 4] = [
            (
                "02000000000202000000000108004500003c00010000401166ae0a0000010a00000203e807d0\
                 00280000000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\
                 0102030405060708a1b2c3d4",
                [&[], &["0102030405060708"], &["2712847316"], &["2"], &[]],
            ),
            (
                "02000000000202000000000108004500002a00010000401166c00a0000010a00000203e807d0\
                 001600000000000000000000000000000000000000000000",
                [&["00000000"], &["0000"], &[], &[], &[]],
            ),
            (
                "02000000000202000000000108004500002800010000401166c20a0000010a00000203e807d0\
                 00140000000000000000000000000000000000000000aabbccddeeff00112233445566778899",
                [
                    &["000000000000"],
                    &["aabbccddeeff001122334455"],
                    &["1719109785"],
                    &["2"],
                    &[],
                ],
            ),
            (
                "02000000000202000000000181000005000a424203000000000000ff\
                 111111111111111111111111111111111111111111111111111111111111",
                [
                    &[],
                    &[],
                    &[],
                    &[],
                    &["111111111111111111111111111111111111111111111111111111111111"],
                ],
            ),
        ];
        for (bytes, want) in cases {
            let f = dissect(&hex(bytes));
            let names = [
                "eth.padding",
                "eth.trailer",
                "eth.fcs",
                "eth.fcs.status",
                "vlan.trailer",
            ];
            for (name, want) in names.iter().zip(want) {
                assert_eq!(get(&f, name), want, "{name} in {bytes}");
            }
        }
    }

    /// A Router Advertisement cut before its retransmission timer shows
    /// the fields before it; an RFC 8335 extended echo its identifier;
    /// forty destination options headers are each listed.
    /// Zeek's icmp-destunreach-no-context and icmp6-destunreach-no-context
    /// (tshark 4.0 on the same bytes): an error that quotes nothing has no
    /// quoted `ip`/`ipv6` layer and nothing marked.
    #[test]
    fn an_icmp_error_quoting_nothing_has_no_quoted_layer() {
        let f = dissect(&hex(
            "0010db88d2efc8bcc896d2a00800 4500001c000100004001 66de 0a000001 0a000002 \
             0300fcff00000000",
        ));
        assert_eq!(get(&f, "frame.protocols"), ["eth:ethertype:ip:icmp"]);
        assert!(get(&f, "_ws.malformed").is_empty());
        let f = dissect(&hex(
            "0010db88d2efc8bcc896d2a086dd 6000000000083a40 fe800000000000000000000000000001 \
             fe800000000000000000000000000002 0100000000000000",
        ));
        assert_eq!(get(&f, "frame.protocols"), ["eth:ethertype:ipv6:icmpv6"]);
        assert_eq!(get(&f, "icmpv6.type"), ["1"]);
    }

    #[test]
    fn icmpv6_short_messages_and_many_extension_headers() {
        let f = dissect(&hex(
            "33330000000102000000000186dd60000000000c3afffe8000000000000000000000000000\
             01ff0200000000000000000000000000018600000040c0070800000001",
        ));
        assert_eq!(get(&f, "icmpv6.nd.ra.cur_hop_limit"), ["64"]);
        assert_eq!(get(&f, "icmpv6.nd.ra.router_lifetime"), ["1800"]);
        assert_eq!(get(&f, "icmpv6.nd.ra.reachable_time"), ["1"]);
        assert!(get(&f, "icmpv6.nd.ra.retrans_timer").is_empty());
        let f = dissect(&hex(
            "33330000000102000000000186dd6000000000083afffe8000000000000000000000000000\
             01ff020000000000000000000000000001a0000000fb610001",
        ));
        assert_eq!(get(&f, "icmpv6.echo.identifier"), ["64353"]);
        let mut data = hex(
            "33330000000102000000000186dd6000000001403cfffe8000000000000000000000000000\
             01ff020000000000000000000000000001",
        );
        for i in 0..40 {
            data.extend([if i < 39 { 60 } else { 59 }, 0, 1, 4, 0, 0, 0, 0]);
        }
        let f = dissect(&data);
        let protocols = get(&f, "frame.protocols");
        let want = format!("eth:ethertype:ipv6{}", ":ipv6.dstopts".repeat(40));
        assert_eq!(protocols, [want.as_str()]);
        assert_eq!(get(&f, "ipv6.dstopts.nxt").len(), 40);
    }

    /// A datagram reassembled from two IPv4 fragments (crafted; tshark 4.0
    /// on the same bytes): the last fragment's frame shows the fragments
    /// item (IPv4's is the reassembled bytes), the list, its count and
    /// length, and the reassembled data.
    #[test]
    fn reassembled_ipv4_datagram_shows_its_fragments_and_data() {
        let mut d = Dissector::new();
        let first = hex(
            "02000000000202000000000108004500002400072000401100000a0000010a00000203e807d0001400006162636465666768",
        );
        let last =
            hex("02000000000202000000000108004500001800070002401100000a0000010a000002696a6b6c");
        let f1 = fields(&d.dissect(&frame(1, &first)));
        assert!(get(&f1, "ip.fragments").is_empty());
        let mut second = frame(1, &last);
        second.number = 2;
        let f2 = fields(&d.dissect(&second));
        let whole = "03e807d0001400006162636465666768696a6b6c";
        assert_eq!(get(&f2, "ip.fragments"), [whole]);
        assert_eq!(get(&f2, "ip.fragment"), ["1", "2"]);
        assert_eq!(get(&f2, "ip.fragment.count"), ["2"]);
        assert_eq!(get(&f2, "ip.reassembled.length"), ["20"]);
        assert_eq!(get(&f2, "ip.reassembled.data"), [whole]);
    }

    /// A TCP MD5 signature option (RFC 2385, BGP sessions): its item and
    /// the 16-byte digest, as tshark 4.0 shows them on the same bytes.
    #[test]
    fn tcp_md5_signature_option_shows_its_digest() {
        let f = dissect(&hex(
            "02000000000202000000000108004500003c00010000400600000a0000010a00000200b39c40\
             0000000100000000a002ffff0000000013120102030405060708090a0b0c0d0e0f100101",
        ));
        assert_eq!(get(&f, "tcp.option_kind"), ["19", "1", "1"]);
        assert_eq!(
            get(&f, "tcp.options.md5"),
            ["13120102030405060708090a0b0c0d0e0f10"]
        );
        assert_eq!(
            get(&f, "tcp.options.md5.digest"),
            ["0102030405060708090a0b0c0d0e0f10"]
        );
    }

    /// IPv4 options as packet-ip.c's option dissectors show them (crafted
    /// headers; values from tshark 4.0 on the same bytes): a record route's
    /// recorded, next and empty slots; a loose source route's recorded hop
    /// and its last address as the destination (the header's address is
    /// the current route); a strict route whose pointer is in the middle of
    /// an address (no route, the header's destination); a time stamp with
    /// addresses; an option no dissector takes (no field); a bad length
    /// named by the option; NOPs and the end of the list.
    #[test]
    fn ipv4_option_fields() {
        let eth = "020000000002020000000001 0800";
        let ip = |h: &str| dissect(&hex(&format!("{eth}{h}")));
        let f = ip(
            "4900002c00010000401100000a0000010a000002070f08010203040a00008a00000000000000000000000000",
        );
        assert_eq!(get(&f, "ip.opt.type"), ["7", "0"]);
        assert_eq!(get(&f, "ip.opt.len"), ["15"]);
        assert_eq!(get(&f, "ip.opt.ptr"), ["8"]);
        assert_eq!(get(&f, "ip.rec_rt"), ["1.2.3.4"]);
        assert_eq!(get(&f, "ip.empty_rt"), ["10.0.0.138", "0.0.0.0"]);
        assert_eq!(get(&f, "ip.options.eol"), ["00"]);

        let f =
            ip("4800002800010000401100000a0000010a00000201830b0801020304050607080000000000000000");
        assert_eq!(get(&f, "ip.opt.type"), ["1", "131"]);
        assert_eq!(get(&f, "ip.opt.type.copy"), ["false", "true"]);
        assert_eq!(get(&f, "ip.opt.type.number"), ["1", "3"]);
        assert_eq!(get(&f, "ip.rec_rt"), ["1.2.3.4"]);
        assert_eq!(get(&f, "ip.cur_rt"), ["10.0.0.2"]);
        assert_eq!(get(&f, "ip.dst"), ["5.6.7.8"]);

        let f =
            ip("4800002800010000401100000a0000010a00000201890b0d01020304050607080000000000000000");
        assert!(get(&f, "ip.cur_rt").is_empty());
        assert_eq!(get(&f, "ip.dst"), ["10.0.0.2"]);
        let experts = get(&f, "_ws.expert.message");
        assert!(experts.contains(&"Pointer points to middle of address"));

        let f = ip(
            "4a00003000010000401100000a0000010a00000244140d010a000001000000010a000002000000020000000000000000",
        );
        assert_eq!(get(&f, "ip.opt.flag"), ["1"]);
        assert_eq!(get(&f, "ip.opt.overflow"), ["0"]);
        assert_eq!(get(&f, "ip.opt.time_stamp"), ["1", "2"]);
        assert_eq!(get(&f, "ip.opt.time_stamp_addr"), ["10.0.0.1", "10.0.0.2"]);

        let f = ip("4600002000010000401100000a0000010a0000021e04aabb0000000000000000");
        assert!(get(&f, "ip.opt.type").is_empty());

        let f = ip("4600002000010000401100000a0000010a000002940900000000000000000000");
        assert!(get(&f, "ip.opt.type").is_empty());
        let experts = get(&f, "_ws.expert.message");
        assert!(experts.contains(
            &"Router Alert (option length = 9 bytes says option goes past end of options)"
        ));

        let f = ip("4600002000010000401100000a0000010a000002010101000000000000000000");
        assert_eq!(get(&f, "ip.options.nop"), ["01", "01", "01"]);
        assert_eq!(get(&f, "ip.opt.type"), ["1", "1", "1", "0"]);
    }

    /// Neighbor Discovery and MLD bodies as packet-icmpv6.c reads them
    /// (crafted frames; values from tshark 4.0 on the same bytes): a Router
    /// Advertisement's flag bits and its options (prefix, MTU, RDNSS, DNS
    /// search list with padding, route information, then a zero length
    /// that ends them), an MLDv2 report's records, an MLDv2 query's
    /// decoded codes, and options cut by the message's end (the option
    /// item and its reserved bytes are cut, the next read throws).
    #[test]
    fn neighbor_discovery_and_mld_fields() {
        let head = "33330000000102000000000186dd";
        let ip = |len: usize| {
            format!(
                "60000000{len:04x}3afffe800000000000000000000000000001ff020000000000000000000000000001"
            )
        };
        let frame = |icmp: &str| dissect(&hex(&format!("{head}{}{icmp}", ip(icmp.len() / 2))));
        let f = frame(
            "8600000040d807080000000100000002\
             030440c000278d0000093a800000000020010db8000100000000000000000000\
             05010000000005dc\
             19030000ffffffff20010db8000000000000000000000053\
             1f03000000000708076578616d706c6503636f6d00000000000000\
             1802301800000e1020010db80002000000\
             0101020000000001",
        );
        assert_eq!(get(&f, "icmpv6.nd.ra.flag"), ["216"]);
        assert_eq!(get(&f, "icmpv6.nd.ra.flag.h"), ["false"]);
        assert_eq!(get(&f, "icmpv6.nd.ra.flag.prf"), ["3"]);
        assert_eq!(get(&f, "icmpv6.opt.length"), ["4", "1", "3", "3", "0"]);
        assert_eq!(get(&f, "icmpv6.opt.prefix.flag"), ["192"]);
        assert_eq!(get(&f, "icmpv6.opt.prefix.valid_lifetime"), ["2592000"]);
        assert_eq!(get(&f, "icmpv6.opt.prefix.preferred_lifetime"), ["604800"]);
        assert_eq!(get(&f, "icmpv6.opt.rdnss.lifetime"), ["4294967295"]);
        assert_eq!(get(&f, "icmpv6.opt.rdnss"), ["2001:db8::53"]);
        assert_eq!(get(&f, "icmpv6.opt.dnssl"), ["example.com"]);
        assert_eq!(get(&f, "icmpv6.opt.padding").len(), 1);
        let experts = get(&f, "_ws.expert.message");
        assert!(experts.contains(&"Invalid option length (Zero)"));
        assert!(get(&f, "data.data").is_empty());

        let f = frame(
            "8f0000000000000204000000ff0200000000000000000001ff000001\
             03010001ff02000000000000000000000000000220010db8000000000000000000000009aabbccdd",
        );
        assert_eq!(get(&f, "icmpv6.reserved"), ["0000"]);
        assert_eq!(get(&f, "icmpv6.mldr.nb_mcast_records"), ["2"]);
        assert_eq!(get(&f, "icmpv6.mldr.mar.record_type"), ["4", "3"]);
        assert_eq!(get(&f, "icmpv6.mldr.mar.source_address"), ["2001:db8::9"]);
        assert_eq!(get(&f, "icmpv6.mldr.mar.auxiliary_data"), ["aabbccdd"]);

        let f = frame(
            "8200000081230000000000000000000000000000000000000a85000120010db8000000000000000000000001",
        );
        assert_eq!(get(&f, "icmpv6.mld.maximum_response_code"), ["35096"]);
        assert_eq!(get(&f, "icmpv6.mld.flag.s"), ["true"]);
        assert_eq!(get(&f, "icmpv6.mld.flag.qrv"), ["2"]);
        assert_eq!(get(&f, "icmpv6.mld.qqi"), ["168"]);

        let f = frame(
            "8700000000000000fe80000000000000000000000000000206017f00000000006301112233445566050100",
        );
        assert_eq!(get(&f, "icmpv6.opt.length"), ["1", "1", "1"]);
        assert_eq!(get(&f, "icmpv6.opt.reserved").len(), 3);
        assert_eq!(get(&f, "icmpv6.data"), ["112233445566"]);
        // tshark: "_ws.malformed,[Malformed Packet: ICMPv6],_ws.malformed".
        assert_eq!(get(&f, "_ws.malformed").len(), 3);
    }

    /// Linux cooked headers name the source by its length (4 bytes an
    /// IPv4 address) with the unused rest of the field; a GRE tunnel's
    /// protocol is GRE's (`sll.gretype`, no `ethertype`); 0x0600 is still
    /// one of Linux's own protocol numbers.
    #[test]
    fn cooked_header_address_and_protocol() {
        let cases = [
            (
                "0000030a0004010203040000000086dd6000000000083b40\
                 00000000000000000000000000000001\
                 00000000000000000000000000000002 0000000000000000",
                [
                    ("sll.src.ipv4", "1.2.3.4"),
                    ("sll.unused", "00000000"),
                    ("sll.gretype", "34525"),
                    ("frame.protocols", "sll:ipv6:data"),
                ],
            ),
            (
                "00000001000601020304050600000600 000000000000",
                [
                    ("sll.src.eth", "01:02:03:04:05:06"),
                    ("sll.unused", "0000"),
                    ("sll.ltype", "1536"),
                    ("frame.protocols", "sll:data"),
                ],
            ),
        ];
        for (bytes, want) in cases {
            let data = hex(bytes);
            let f = fields(&Dissector::new().dissect(&frame(113, &data)));
            for (name, value) in want {
                assert_eq!(get(&f, name), [value], "{name} in {bytes}");
            }
            assert!(get(&f, "sll.etype").is_empty());
        }
    }

    /// zeek's teredo_bubble_with_payload.pcap frame 4: an ICMPv6 echo
    /// request in Teredo (UDP to 3544) is RFC 4380's direct connectivity
    /// test, whose 4 data bytes are tshark's `icmpv6.nonce` (no `data`
    /// layer), and tshark's Info names the test.
    #[test]
    fn echo_request_to_the_teredo_port_carries_a_nonce() {
        let frame_to = |port: u16| {
            let mut icmp = vec![128, 0, 0, 0, 0xd3, 0x73, 0xb6, 0x9b, 0x53, 0xaa, 0x01, 0x26];
            let mut v6 = vec![0x60, 0, 0, 0, 0, icmp.len() as u8, 58, 21];
            v6.extend([
                0x20, 1, 0, 0, 0x41, 0x37, 0x9e, 0x50, 0x80, 0, 0xf1, 0x2a, 0xb9, 0xc8, 0x28, 0x15,
            ]);
            v6.extend([
                0x20, 1, 0x48, 0x60, 0, 0, 0x20, 1, 0, 0, 0, 0, 0, 0, 0, 0x68,
            ]);
            v6.append(&mut icmp);
            let b = etherparse::PacketBuilder::ethernet2([2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2])
                .ipv4([10, 0, 0, 1], [10, 0, 0, 2], 64)
                .udp(3797, port);
            let mut out = Vec::with_capacity(b.size(v6.len()));
            b.write(&mut out, &v6).expect("frame builds");
            out
        };
        let teredo = frame_to(3544);
        let d = Dissector::new().dissect(&frame(1, &teredo));
        let (protocols, _, info, f) = crate::dissect::testing::protocols_columns_fields(&d);
        assert_eq!(protocols, "eth:ethertype:ip:udp:teredo:ipv6:icmpv6");
        assert_eq!(get(&f, "icmpv6.nonce"), ["53aa0126"]);
        assert_eq!(
            info,
            "Direct IPv6 Connectivity Test id=0xd373, seq=46747, hop limit=21"
        );
    }
}
