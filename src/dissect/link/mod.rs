//! L2 Data link: Ethernet II, 802.1Q/802.1ad tags, Linux cooked (SLL, SLL2),
//! BSD null/loopback and raw-IP framing; Cisco HDLC, NFLOG and FDDI in
//! modules of their own.
//!
//! Ethernet and VLAN tags go through etherparse's header slices. etherparse
//! has no SLL2 and stops its VLAN stack at three tags, so tags are walked here
//! one at a time (any depth) and the cooked headers are read by hand from
//! their fixed layouts.

pub(crate) mod cdp;
pub(crate) mod chdlc;
pub(crate) mod eapol;
pub(crate) mod fddi;
pub mod fields;
pub(crate) mod fr;
pub(crate) mod llc;
pub(crate) mod lldp;
// IEEE 802.1AE MACsec.
pub(crate) mod macsec;
pub mod manuf;
pub(crate) mod nflog;
pub(crate) mod ppi;
pub(crate) mod ppp;
pub(crate) mod pppoed;
pub(crate) mod realtek;
// IEEE 802.3 Slow Protocols: LACP.
pub(crate) mod slow;
mod tvb;
// IEEE 802.11 and its radio headers (radiotap).
pub(crate) mod wlan;

use super::layer::{Layer, Osi, Value};
use super::{Next, Walk};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::wire::{be16, be32};
use etherparse::{Ethernet2HeaderSlice, SingleVlanHeaderSlice};

/// Fixed SLL v1 layout (16 bytes).
mod sll1 {
    pub const PKTTYPE: usize = 0;
    pub const HATYPE: usize = 2;
    pub const HALEN: usize = 4;
    pub const ADDR: usize = 6;
    pub const PROTOCOL: usize = 14;
    pub const LEN: usize = 16;
}

/// Fixed SLL v2 layout (20 bytes).
mod sll2 {
    pub const PROTOCOL: usize = 0;
    pub const IFINDEX: usize = 4;
    pub const HATYPE: usize = 8;
    pub const PKTTYPE: usize = 10;
    pub const HALEN: usize = 11;
    pub const ADDR: usize = 12;
    pub const LEN: usize = 20;
}

/// A source address with the group bit set: tshark warns (IEEE 802.3
/// forbids it) and decodes on.
static SRC_NOT_GROUP: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
    field: f::eth::SRC_NOT_GROUP,
    group: crate::dissect::expert::Group::Protocol,
    severity: crate::dissect::expert::Severity::Warn,
};

pub(super) fn ethernet(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let rest = walk.rest();
    if let Some(header) = fabricpath_header(rest) {
        return fabricpath(walk, header);
    }
    let mut l = Layer::new(Osi::DataLink, "eth", start..start + rest.len().min(14));
    match Ethernet2HeaderSlice::from_slice(rest) {
        Ok(h) => {
            l.push(f::eth::DST, Value::Mac(h.destination()));
            l.push(f::eth::SRC, Value::Mac(h.source()));
            if h.source()[0] & 1 == 1 {
                crate::dissect::expert::add(&mut l, &SRC_NOT_GROUP, None);
            }
            let t = h.ether_type().0;
            walk.off += 14;
            // A type of 0 (`ETHERTYPE_UNK`) is Ethernet II to tshark.
            if t < 0x0600 && t != 0 {
                // IEEE 802.3: the field is a length and an LLC header follows;
                // what the length leaves over is trailer (padding).
                l.uint(f::eth::LEN, t);
                walk.layers.push(l);
                crate::dissect::net::note_padding(walk, walk.off + usize::from(t));
                return Next::Llc;
            }
            l.uint(f::eth::TYPE, t);
            walk.layers.push(l);
            Next::EtherType(t)
        }
        Err(_) => {
            // tshark reads the type (bytes 12-13) before showing anything:
            // a header cut shorter shows no address.
            walk.short(&mut l, "Ethernet header", 14, rest.len());
            walk.off += rest.len();
            walk.layers.push(l);
            Next::Done
        }
    }
}

crate::dissect::expert::ei!(LEN_PAST_END, f::eth::LEN_PAST_END, Malformed, Error);

/// Ethernet whose last four bytes are its frame check sequence
/// (Wireshark's `eth_withfcs`, as Frame Relay hands raw Ethernet to it):
/// the FCS is taken off the end before the payload is measured and shown
/// unverified. An 802.3 length longer than what is left is cut to it
/// (`eth.len.past_end`); what the length leaves before the FCS is the
/// trailer, split as `add_ethernet_trailer` does (zeros up to byte 60 of
/// this Ethernet frame as padding, else a note when the frame is 60
/// bytes or more). An Ethernet II payload ends before the FCS.
pub(crate) fn ethernet_with_fcs(walk: &mut Walk<'_>) -> Next {
    const HEADER: usize = 14;
    const FCS: usize = 4;
    const MIN_FRAME: usize = 60;
    let start = walk.off;
    let frame_len = walk.end.saturating_sub(start);
    if frame_len < HEADER + FCS {
        return ethernet(walk);
    }
    let fcs_at = walk.end - FCS;
    let fcs = be32(walk.data, fcs_at);
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "eth", start..start + HEADER);
    l.push(f::eth::DST, Value::Mac(mac(&b[0..6])));
    l.push(f::eth::SRC, Value::Mac(mac(&b[6..12])));
    if b[6] & 1 == 1 {
        crate::dissect::expert::add(&mut l, &SRC_NOT_GROUP, None);
    }
    let t = be16(b, 12);
    walk.off += HEADER;
    if t >= 0x0600 {
        l.uint(f::eth::TYPE, t);
        l.uint(f::eth::FCS, fcs);
        l.uint(
            f::eth::FCS_STATUS,
            crate::dissect::field::checksum::UNVERIFIED,
        );
        walk.layers.push(l);
        walk.end = fcs_at;
        walk.reported_end = walk.reported_end.min(fcs_at);
        return Next::EtherType(t);
    }
    l.uint(f::eth::LEN, t);
    let avail = fcs_at - walk.off;
    let mut len = usize::from(t);
    if len > avail {
        crate::dissect::expert::add(&mut l, &LEN_PAST_END, None);
        len = avail;
    }
    let payload_end = walk.off + len;
    let trailer = &walk.data[payload_end..fcs_at];
    let mut pad = 0;
    let maybe_padded = frame_len >= MIN_FRAME && HEADER + len < MIN_FRAME;
    if maybe_padded {
        pad = (MIN_FRAME - HEADER - len).min(trailer.len());
        if trailer[..pad].iter().any(|&x| x != 0) {
            pad = 0;
        }
    }
    if pad > 0 {
        l.push(f::eth::PADDING, Value::Bytes(trailer[..pad].into()));
    }
    if trailer.len() > pad {
        l.push(f::eth::TRAILER, Value::Bytes(trailer[pad..].into()));
        if maybe_padded && pad == 0 {
            crate::dissect::expert::add(
                &mut l,
                &crate::dissect::net::expert::ETH_PADDING_BAD,
                Some(
                    "Didn't find padding of zeros, and an undecoded trailer exists. \
                     There may be padding of non-zeros."
                        .into(),
                ),
            );
        }
    }
    l.uint(f::eth::FCS, fcs);
    l.uint(
        f::eth::FCS_STATUS,
        crate::dissect::field::checksum::UNVERIFIED,
    );
    walk.layers.push(l);
    walk.end = payload_end;
    walk.reported_end = walk.reported_end.min(payload_end);
    Next::Llc
}

/// The fields tshark derives from each Ethernet address: its text as
/// resolved (`tshark -n` resolves no names: the address itself), its OUI
/// and its LG and IG bits, destination first as tshark adds them. Made
/// after the dissection and only when a run reads them (see
/// [`crate::dissect::derived_fields_read`]). The manufacturer's name
/// (`eth.src.oui_resolved`) is Wireshark's table's ([`manuf`]), when
/// there is one.
pub(crate) fn push_eth_derived(layers: &mut [Layer<'_>]) {
    for l in layers.iter_mut().filter(|l| l.protocol == "eth") {
        let pairs = [
            (
                f::eth::DST,
                f::eth::DST_RESOLVED,
                f::eth::DST_OUI,
                f::eth::DST_OUI_RESOLVED,
                f::eth::DST_LG,
                f::eth::DST_IG,
            ),
            (
                f::eth::SRC,
                f::eth::SRC_RESOLVED,
                f::eth::SRC_OUI,
                f::eth::SRC_OUI_RESOLVED,
                f::eth::SRC_LG,
                f::eth::SRC_IG,
            ),
        ];
        for (addr, resolved, oui, oui_name, lg, ig) in pairs {
            let Some(&Value::Mac(m)) = l.get(addr) else {
                continue;
            };
            l.str(resolved, Value::Mac(m).to_string());
            l.uint(oui, u32::from_be_bytes([0, m[0], m[1], m[2]]));
            if let Some(name) = manuf::name_of(&m) {
                l.str(oui_name, name);
            }
            l.boolean(lg, m[0] & 2 != 0);
            l.boolean(ig, m[0] & 1 != 0);
        }
    }
}

fn mac(b: &[u8]) -> [u8; 6] {
    let mut m = [0u8; 6];
    m.copy_from_slice(&b[..6]);
    m
}

/// Field names of a VLAN tag layer: 802.1Q (`vlan`) or an 802.1ad
/// service tag (`ieee8021ad`), as Wireshark names them.
pub(crate) struct TagFields {
    pub protocol: &'static str,
    pub id: &'static FieldDef,
    pub priority: &'static FieldDef,
    pub dei: &'static FieldDef,
    pub etype: &'static FieldDef,
}

pub(crate) static VLAN_TAG: TagFields = TagFields {
    protocol: "vlan",
    id: f::vlan::ID,
    priority: f::vlan::PRIORITY,
    dei: f::vlan::DEI,
    etype: f::vlan::ETYPE,
};

pub(crate) static SERVICE_TAG: TagFields = TagFields {
    protocol: "ieee8021ad",
    id: f::ieee8021ad::ID,
    priority: f::ieee8021ad::PRIORITY,
    dei: f::ieee8021ad::DEI,
    etype: f::ieee8021ah::ETYPE,
};

/// One VLAN tag. 0x88a8 (802.1ad service tag) is Wireshark's `ieee8021ad`;
/// 0x8100 and the legacy 0x9100 are `vlan`.
pub(super) fn vlan(walk: &mut Walk<'_>, tpid: u16) -> Next {
    let start = walk.off;
    let rest = walk.rest();
    let TagFields {
        protocol: proto,
        id,
        priority: prio,
        dei,
        etype,
    } = if tpid == 0x88a8 {
        &SERVICE_TAG
    } else {
        &VLAN_TAG
    };
    let mut l = Layer::new(Osi::DataLink, proto, start..start + rest.len().min(4));
    match SingleVlanHeaderSlice::from_slice(rest) {
        Ok(h) => {
            l.uint(prio, h.priority_code_point().value());
            // vlan.dei is a boolean, ieee8021ad.dei a 1-bit integer.
            if dei.ftype == crate::dissect::field::FieldType::Boolean {
                l.boolean(dei, h.drop_eligible_indicator());
            } else {
                l.uint(dei, h.drop_eligible_indicator());
            }
            l.uint(id, h.vlan_identifier().value());
            let t = h.ether_type().0;
            walk.off += 4;
            if t < 0x0600 {
                // An 802.3 length (LLC follows): Wireshark's vlan.len, not
                // vlan.etype; an 802.1ad tag has no field for it.
                let vlan = std::ptr::eq(*etype, f::vlan::ETYPE);
                if vlan {
                    l.uint(f::vlan::LEN, t);
                }
                walk.layers.push(l);
                if vlan {
                    // What the length leaves over is the tag's trailer.
                    crate::dissect::net::note_padding(walk, walk.off + usize::from(t));
                }
                return Next::Llc;
            }
            l.uint(etype, t);
            walk.layers.push(l);
            Next::EtherType(t)
        }
        Err(_) => {
            walk.short(&mut l, "802.1Q tag", 4, rest.len());
            walk.off += rest.len();
            walk.layers.push(l);
            Next::Done
        }
    }
}

/// An 802.1ah I-tag (EtherType 0x88e7, Provider Backbone Bridging), as
/// packet-ieee8021ah.c reads it: a 32-bit word (priority, drop, no
/// customer addresses, two reserved fields, the 24-bit I-SID), the
/// customer's destination and source addresses, then the EtherType of what
/// follows (handed to the EtherType dissector; no Ethernet layer of its
/// own). Below 0x0600 it is an 802.3 length: LLC follows.
pub(super) fn pbb(walk: &mut Walk<'_>) -> Next {
    const LEN: usize = 18;
    let start = walk.off;
    let rest = walk.rest();
    let mut l = Layer::new(
        Osi::DataLink,
        "ieee8021ah",
        start..start + rest.len().min(LEN),
    );
    if let Some(word) = rest.first_chunk::<4>() {
        let w = u32::from_be_bytes(*word);
        l.uint(f::ieee8021ah::PRIORITY, w >> 29);
        l.uint(f::ieee8021ah::DROP, (w >> 28) & 1);
        l.uint(f::ieee8021ah::NCA, (w >> 27) & 1);
        l.uint(f::ieee8021ah::RES1, (w >> 26) & 1);
        l.uint(f::ieee8021ah::RES2, (w >> 24) & 3);
        l.uint(f::ieee8021ah::ISID, w & 0x00ff_ffff);
    }
    if let Some(b) = rest.get(4..16) {
        l.push(f::ieee8021ah::CDST, Value::Mac(mac(&b[0..6])));
        l.push(f::ieee8021ah::CSRC, Value::Mac(mac(&b[6..12])));
    }
    let Some(t) = rest.get(16..LEN).map(|b| u16::from_be_bytes([b[0], b[1]])) else {
        walk.short(&mut l, "802.1ah I-tag", LEN, rest.len());
        walk.off += rest.len();
        walk.layers.push(l);
        return Next::Done;
    };
    l.uint(f::ieee8021ah::ETYPE, t);
    walk.off += LEN;
    walk.layers.push(l);
    if t < 0x0600 {
        return Next::Llc;
    }
    Next::EtherType(t)
}

/// The length of a Cisco FabricPath header at the start of an Ethernet
/// frame, if there is one: its EtherType (0x8903) where Ethernet's type
/// is, or after an 802.1ad/802.1Q tag there. packet-cisco-fp-mim.c is a
/// heuristic of Ethernet's, which packet-eth.c tries before reading the
/// type, so these frames have no Ethernet header of their own.
fn fabricpath_header(b: &[u8]) -> Option<usize> {
    const DCE: u16 = 0x8903;
    match b.get(12..14).map(|t| be16(t, 0))? {
        DCE => Some(16),
        0x88a8 | 0x8100 if b.get(16..18).map(|t| be16(t, 0)) == Some(DCE) => Some(20),
        _ => None,
    }
}

/// A Cisco FabricPath (MAC-in-MAC) header, as packet-cisco-fp-mim.c of
/// tshark 4.0 reads it: the outer destination (a group address as an
/// Ethernet address, else hierarchical: switch, sub-switch, port) and
/// source, the FabricPath EtherType (after an optional 802.1ad tag), the
/// forwarding tag and TTL; the frame's last four bytes are its checksum,
/// shown unverified and kept from the Ethernet frame it carries, which
/// starts after the header.
fn fabricpath(walk: &mut Walk<'_>, header: usize) -> Next {
    const FCS: usize = 4;
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "cfp", start..start + b.len().min(header));
    // The heuristic read bytes 12-13: both addresses are there.
    if b[0] & 1 == 1 {
        l.push(f::cfp::D_HMAC_MC, Value::Mac(mac(&b[0..6])));
    } else {
        l.present(f::cfp::D_HMAC);
        push_hierarchical_mac(&mut l, &b[0..6]);
    }
    l.present(f::cfp::S_HMAC);
    push_hierarchical_mac(&mut l, &b[6..12]);
    if header == 20 {
        l.uint(f::cfp::AD_ETYPE, be16(b, 12));
        if let Some(tci) = b.get(14..16).map(|t| be16(t, 0)) {
            l.uint(f::cfp::AD_PRIORITY, tci >> 13);
            l.uint(f::cfp::AD_DEI, (tci >> 12) & 1);
            l.uint(f::cfp::AD_ID, tci & 0xfff);
        }
    }
    if let Some(t) = b.get(header - 4..header - 2) {
        l.uint(f::cfp::ETYPE, be16(t, 0));
    }
    let Some(tag) = b.get(header - 2..header).map(|t| be16(t, 0)) else {
        walk.short(&mut l, "Cisco FabricPath header", header, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    };
    l.uint(f::cfp::FTAG, tag >> 6);
    l.uint(f::cfp::TTL, tag & 0x3f);
    let payload = start + header;
    let fcs_at = walk.reported_end.saturating_sub(FCS).max(payload);
    // The checksum is read where the captured bytes hold it.
    if walk.reported_end >= payload + FCS && walk.end >= walk.reported_end {
        l.uint(f::cfp::FCS, be32(walk.data, fcs_at));
        l.uint(
            f::cfp::FCS_STATUS,
            crate::dissect::field::checksum::UNVERIFIED,
        );
    }
    walk.off = payload;
    walk.end = walk.end.min(fcs_at);
    walk.reported_end = fcs_at;
    walk.layers.push(l);
    Next::Ethernet
}

/// A FabricPath hierarchical address's fields (packet-cisco-fp-mim.c's
/// fp_add_hmac): the end node id, the U/L, I/G and OOO/DL bits and the
/// switch id in its first three bytes, the sub-switch id, the port (LID).
fn push_hierarchical_mac(l: &mut Layer<'_>, a: &[u8]) {
    let word = u32::from_be_bytes([0, a[0], a[1], a[2]]);
    // fp_add_hmac folds the end node id's bits into one byte and adds it
    // to a field whose mask (0xfcc000) keeps none of that byte's bits:
    // tshark always shows 0.
    l.uint(f::cfp::EID, 0u32);
    l.boolean(f::cfp::UL, word & 0x2_0000 != 0);
    l.boolean(f::cfp::IG, word & 0x1_0000 != 0);
    l.boolean(f::cfp::OOODL, word & 0x1000 != 0);
    l.uint(f::cfp::SWID, word & 0xfff);
    l.uint(f::cfp::SSWID, a[3]);
    l.uint(f::cfp::LID, be16(a, 4));
}

/// Cisco's VN-Tag (EtherType 0x8926), as packet-vntag.c reads it: a
/// 32-bit word (direction, pointer, destination VIF, looped, reserved,
/// version, source VIF), then the EtherType of what follows (or, below
/// 0x0600, an 802.3 length: LLC follows).
pub(super) fn vntag(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let rest = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "vntag", start..start + rest.len().min(6));
    if let Some(word) = rest.first_chunk::<4>() {
        let w = u32::from_be_bytes(*word);
        l.boolean(f::vntag::DIR, w & 0x8000_0000 != 0);
        l.boolean(f::vntag::PTR, w & 0x4000_0000 != 0);
        l.uint(f::vntag::DST, (w & 0x3fff_0000) >> 16);
        l.boolean(f::vntag::LOOPED, w & 0x8000 != 0);
        l.uint(f::vntag::R, (w & 0x4000) >> 14);
        l.uint(f::vntag::VERSION, (w & 0x3000) >> 12);
        l.uint(f::vntag::SRC, w & 0xfff);
    }
    if rest.len() < 6 {
        // Cut in the tag: what was there is shown.
        walk.short(&mut l, "VN-Tag", 6, rest.len());
        walk.off += rest.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let t = u16::from_be_bytes([rest[4], rest[5]]);
    walk.off += 6;
    if t < 0x0600 {
        l.uint(f::vntag::LEN, t);
        walk.layers.push(l);
        return Next::Llc;
    }
    l.uint(f::vntag::ETYPE, t);
    walk.layers.push(l);
    Next::EtherType(t)
}

/// Cisco MetaData (EtherType 0x8909), as packet-cisco-metadata.c reads it:
/// version, length, options and the Security Group Tag, then the EtherType
/// of what follows (`cmd.type`, handed to the EtherType dissector).
pub(super) fn cisco_metadata(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let rest = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "cmd", start..start + rest.len().min(8));
    // Each field as far as the bytes go (the dissector throws at the
    // first one past them).
    if let Some(&v) = rest.first() {
        l.uint(f::cmd::VERSION, v);
    }
    if let Some(&n) = rest.get(1) {
        l.uint(f::cmd::LENGTH, n);
    }
    if let Some(o) = rest.get(2..4) {
        l.uint(f::cmd::OPTIONS, u16::from_be_bytes([o[0], o[1]]));
    }
    if let Some(t) = rest.get(4..6) {
        l.uint(f::cmd::SGT, u16::from_be_bytes([t[0], t[1]]));
    }
    if rest.len() < 8 {
        walk.short(&mut l, "Cisco MetaData", 8, rest.len());
        walk.off += rest.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let t = u16::from_be_bytes([rest[6], rest[7]]);
    l.uint(f::cmd::TYPE, t);
    walk.off += 8;
    walk.layers.push(l);
    Next::EtherType(t)
}

/// Solaris's ipnet header (LINKTYPE_IPNET), as packet-ipnet.c reads it:
/// version, address family (2 for IPv4, 26 for IPv6: Solaris's numbers),
/// hook (in, out, local), the length of the packet, the interface and
/// group interface indexes and the source and destination zones.
pub(super) fn ipnet(walk: &mut Walk<'_>) -> Next {
    const LEN: usize = 24;
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "ipnet", start..start + b.len().min(LEN));
    // Each field as far as the bytes go (the dissector throws at the
    // first one past them).
    let u32_at = |at: usize| b.get(at..at + 4).map(|x| be32(x, 0));
    if let Some(&v) = b.first() {
        l.uint(f::ipnet::VERSION, v);
    }
    if let Some(&v) = b.get(1) {
        l.uint(f::ipnet::FAMILY, v);
    }
    if let Some(x) = b.get(2..4) {
        l.uint(f::ipnet::HTYPE, be16(x, 0));
    }
    for (at, def) in [
        (4, f::ipnet::PKTLEN),
        (8, f::ipnet::IFINDEX),
        (12, f::ipnet::GRIFINDEX),
        (16, f::ipnet::ZSRC),
        (20, f::ipnet::ZDST),
    ] {
        if let Some(v) = u32_at(at) {
            l.uint(def, v);
        }
    }
    if b.len() < LEN {
        walk.short(&mut l, "ipnet header", LEN, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let family = b[1];
    walk.off += LEN;
    walk.layers.push(l);
    // packet-ipnet.c hands on only the two families it knows.
    match family {
        2 => Next::Ip,
        26 => Next::EtherType(0x86dd),
        _ => Next::Done,
    }
}

/// IP over InfiniBand (LINKTYPE_IPOIB), as packet-ipoib.c reads it: a
/// 40-byte pseudo-header (a destination queue pair and GID when its first
/// two bytes are zero, else a Global Route Header), then the type and a
/// reserved word. IPv4, IPv6 and ARP follow; any other type nothing.
/// Its Info is the protocol's name until a carried packet writes its own.
pub(super) fn ipoib(walk: &mut Walk<'_>) -> Next {
    const GRH: usize = 40;
    const LEN: usize = GRH + 4;
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "ipoib", start..start + b.len().min(LEN));
    if b.len() < LEN {
        // Each field whose bytes are there, in the dissector's order (it
        // throws at the first one past them).
        ipoib_addresses(&mut l, b);
        walk.short(&mut l, "IPoIB header", LEN, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    ipoib_addresses(&mut l, b);
    let t = be16(b, GRH);
    l.uint(f::ipoib::TYPE, t);
    l.uint(f::ipoib::RESERVED, be16(b, GRH + 2));
    walk.off += LEN;
    walk.layers.push(l);
    match t {
        0x0800 => Next::Ip,
        0x86dd | 0x0806 | 0x8035 => Next::EtherType(t),
        _ => Next::Done,
    }
}

/// The IPoIB pseudo-header's addresses, as far as the bytes go: a
/// destination queue pair and GID when the first two bytes are zero, else
/// the Global Route Header and the destination GID.
fn ipoib_addresses(l: &mut Layer<'_>, b: &[u8]) {
    let v6 = |at: usize| {
        b.get(at..at + 16).map(|x| {
            let mut a = [0u8; 16];
            a.copy_from_slice(x);
            Value::Ipv6(a)
        })
    };
    let u24 = |at: usize| {
        b.get(at..at + 3)
            .map(|x| u32::from_be_bytes([0, x[0], x[1], x[2]]))
    };
    let Some(first) = b.get(0..2).map(|x| be16(x, 0)) else {
        return;
    };
    if first == 0 {
        l.present(f::ipoib::DADDR);
        let Some(qpn) = u24(21) else { return };
        l.uint(f::ipoib::DADDR_QPN, qpn);
    } else {
        l.present(f::ipoib::GRH);
        l.uint(f::ipoib::GRH_IPVER, b[0] >> 4);
        l.uint(f::ipoib::GRH_TCLASS, (first & 0x0ff0) >> 4);
        let Some(word) = b.get(0..4).map(|x| be32(x, 0)) else {
            return;
        };
        l.uint(f::ipoib::GRH_FLOWLABEL, word & 0x000f_ffff);
        let Some(sqpn) = u24(5) else { return };
        l.uint(f::ipoib::GRH_SQPN, sqpn);
        let Some(sgid) = v6(8) else { return };
        l.push(f::ipoib::GRH_SGID, sgid);
    }
    if let Some(dgid) = v6(24) {
        l.push(f::ipoib::DGID, dgid);
    }
}

/// The Ethernet Configuration Testing Protocol (EtherType 0x9000, Wireshark's
/// `loop`), as packet-loop.c reads it: a little-endian skip count, then
/// functions (each a little-endian number): Forward Data with the address
/// to forward to, which goes on to the next function, or Reply with its
/// receipt number, which ends the list (as does any other number). The
/// function the skip count points at is the relevant one, which names the
/// Info column; what follows the list is data.
pub(super) fn config_test(walk: &mut Walk<'_>) -> Next {
    const REPLY: u16 = 1;
    const FORWARD_DATA: u16 = 2;
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "loop", start..walk.end);
    let le16 = |at: usize| b.get(at..at + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let Some(skip) = le16(0) else {
        walk.short(&mut l, "loopback skip count", 2, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    };
    l.uint(f::loopback::SKIPCOUNT, skip);
    let relevant_at = 2 + usize::from(skip);
    let mut at = 2;
    // Each function takes two bytes or more, or ends the list.
    let cut = loop {
        let Some(function) = le16(at) else {
            break Some(at + 2);
        };
        if at == relevant_at {
            l.uint(f::loopback::RELEVANT_FUNCTION, function);
        }
        l.uint(f::loopback::FUNCTION, function);
        at += 2;
        match function {
            REPLY => match le16(at) {
                Some(receipt) => {
                    l.uint(f::loopback::RECEIPT_NUMBER, receipt);
                    at += 2;
                    break None;
                }
                None => break Some(at + 2),
            },
            FORWARD_DATA => match b.get(at..at + 6) {
                Some(a) => {
                    l.push(f::loopback::FORWARDING_ADDRESS, Value::Mac(mac(a)));
                    at += 6;
                }
                None => break Some(at + 6),
            },
            _ => break None,
        }
    };
    if let Some(need) = cut {
        walk.short(&mut l, "loopback function", need, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    l.span = start..start + at;
    walk.off += at;
    walk.layers.push(l);
    if walk.off < walk.end {
        Next::Data(Osi::DataLink)
    } else {
        Next::Done
    }
}

/// packet-loop.c's Info: the relevant function's name.
pub(crate) fn config_test_info(out: &mut String, l: &Layer<'_>) {
    match l.get_uint(f::loopback::RELEVANT_FUNCTION) {
        Some(n) => match f::loopback::RELEVANT_FUNCTION.value_name(n) {
            Some(name) => out.push_str(name),
            None => {
                use std::fmt::Write;
                let _ = write!(out, "Unknown function ({n})");
            }
        },
        None => out.push_str("No valid function found"),
    }
}

/// Cisco MetaData as GRE's protocol 0x8909 carries it (packet-cisco-
/// metadata.c's GRE handle): the type of what follows first, then
/// version, length, options and SGT; what follows is looked up in GRE's
/// table (no EtherType dissector: no `ethertype`, no trailer).
pub(crate) fn cisco_metadata_in_gre(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let rest = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "cmd", start..start + rest.len().min(8));
    let t = rest.get(0..2).map(|t| be16(t, 0));
    if let Some(t) = t {
        l.uint(f::cmd::TYPE, t);
    }
    if let Some(&v) = rest.get(2) {
        l.uint(f::cmd::VERSION, v);
    }
    if let Some(&n) = rest.get(3) {
        l.uint(f::cmd::LENGTH, n);
    }
    if let Some(o) = rest.get(4..6) {
        l.uint(f::cmd::OPTIONS, be16(o, 0));
    }
    match (t, rest.get(6..8)) {
        (Some(t), Some(sgt)) => {
            l.uint(f::cmd::SGT, be16(sgt, 0));
            walk.off += 8;
            walk.layers.push(l);
            Next::GreProto(t, 0)
        }
        _ => {
            walk.short(&mut l, "Cisco MetaData", 8, rest.len());
            walk.off += rest.len();
            walk.layers.push(l);
            Next::Done
        }
    }
}

/// Whether a Cisco MetaData layer came by GRE (its type read first),
/// where what follows is found in GRE's table, not by the EtherType
/// dissector.
pub(crate) fn cisco_metadata_by_gre(l: &Layer<'_>) -> bool {
    l.fields
        .first()
        .is_some_and(|f| std::ptr::eq(f.def, f::cmd::TYPE))
}

/// ARPHRD_IPGRE: a GRE tunnel's cooked header, whose protocol field is
/// GRE's protocol type.
const ARPHRD_IPGRE: u16 = 778;

/// The protocol field of a cooked header, as Wireshark's `sll` reads it:
/// up to 1536 one of Linux's own small numbers (`sll.ltype`), above an
/// EtherType (`sll.etype`), or on a GRE tunnel GRE's protocol type
/// (`sll.gretype`, looked up in GRE's table: no EtherType dissector, so
/// no `ethertype` and no trailer).
fn cooked_protocol(l: &mut Layer<'_>, protocol: u16, hatype: u16) {
    if protocol <= 1536 {
        l.uint(f::sll::LTYPE, protocol);
    } else if hatype == ARPHRD_IPGRE {
        l.uint(f::sll::GRETYPE, protocol);
    } else {
        l.uint(f::sll::ETYPE, protocol);
    }
}

fn cooked_next(protocol: u16, hatype: u16) -> Next {
    if hatype == 824 {
        // Netlink: not IP at all.
        return Next::Data(Osi::Network);
    }
    if protocol > 1536 && hatype == ARPHRD_IPGRE {
        Next::GreProto(protocol, 0)
    } else if protocol > 1536 {
        Next::EtherType(protocol)
    } else if protocol == 0x0004 {
        // LINUX_SLL_P_802_2: an 802.2 LLC frame.
        Next::Llc
    } else {
        Next::Data(Osi::Network)
    }
}

/// The source address by its length, whatever the address type, as
/// Wireshark's `add_ll_address`: 4 bytes an IPv4 address, 6 a MAC, none
/// for 0, else raw (at most 8); what the 8-byte field leaves unused after
/// the address is shown too (`sll.unused`).
fn cooked_addr<'a>(l: &mut Layer<'a>, halen: u16, addr: &'a [u8]) {
    let len = usize::from(halen).min(8);
    match halen {
        0 => {}
        4 => l.push(
            f::sll::SRC_IPV4,
            Value::Ipv4([addr[0], addr[1], addr[2], addr[3]]),
        ),
        6 => l.push(f::sll::SRC_ETH, Value::Mac(mac(addr))),
        _ => l.push(f::sll::SRC_OTHER, Value::Bytes(addr[..len].into())),
    }
    if len < 8 {
        l.push(f::sll::UNUSED, Value::Bytes(addr[len..8].into()));
    }
}

pub(super) fn sll(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "sll", start..start + b.len().min(sll1::LEN));
    if b.len() < sll1::LEN {
        walk.short(&mut l, "Linux cooked header", sll1::LEN, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let hatype = be16(b, sll1::HATYPE);
    let halen = be16(b, sll1::HALEN);
    let protocol = be16(b, sll1::PROTOCOL);
    l.uint(f::sll::PKTTYPE, be16(b, sll1::PKTTYPE));
    l.uint(f::sll::HATYPE, hatype);
    l.uint(f::sll::HALEN, halen);
    cooked_addr(&mut l, halen, &b[sll1::ADDR..sll1::ADDR + 8]);
    cooked_protocol(&mut l, protocol, hatype);
    walk.off += sll1::LEN;
    walk.layers.push(l);
    cooked_next(protocol, hatype)
}

pub(super) fn sll2(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "sll", start..start + b.len().min(sll2::LEN));
    if b.len() < sll2::LEN {
        walk.short(&mut l, "Linux cooked v2 header", sll2::LEN, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let protocol = be16(b, sll2::PROTOCOL);
    let hatype = be16(b, sll2::HATYPE);
    let halen = u16::from(b[sll2::HALEN]);
    cooked_protocol(&mut l, protocol, hatype);
    l.uint(f::sll::IFINDEX, be32(b, sll2::IFINDEX));
    l.uint(f::sll::HATYPE, hatype);
    l.uint(f::sll::PKTTYPE, b[sll2::PKTTYPE]);
    l.uint(f::sll::HALEN, halen);
    cooked_addr(&mut l, halen, &b[sll2::ADDR..sll2::ADDR + 8]);
    walk.off += sll2::LEN;
    walk.layers.push(l);
    cooked_next(protocol, hatype)
}

/// BSD loopback: a 4-byte address family in the capturing host's byte order
/// (LINKTYPE_LOOP is always big-endian).
/// ARCNET (tshark's packet-arcnet.c): source and destination IDs, on Linux
/// a two-byte offset, the protocol ID, and for RFC 1201 protocols a split
/// flag (BSD: possibly an exception frame's flag, padding and protocol ID
/// first) and a sequence number.
pub(super) fn arcnet(walk: &mut Walk<'_>, has_offset: bool, has_exception: bool) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "arcnet", start..start + b.len());
    // Each field whose bytes were captured, in order; `need` is where the
    // header would end.
    let mut need = 2;
    if let Some(&src) = b.first() {
        l.uint(f::arcnet::SRC, src);
    }
    if let Some(&dst) = b.get(1) {
        l.uint(f::arcnet::DST, dst);
    }
    if has_offset {
        if b.len() >= need + 2 {
            l.push(f::arcnet::OFFSET, Value::Bytes(b[need..need + 2].into()));
        }
        need += 2;
    }
    let prot = b.get(need).copied();
    if let Some(p) = prot {
        l.uint(f::arcnet::PROTID, p);
    }
    need += 1;
    // RFC 1051 protocols, diagnostics and BACnet carry no fragmentation
    // fields.
    if prot.is_some_and(|p| !matches!(p, 240 | 241 | 128 | 205)) {
        if has_exception && b.get(need) == Some(&0xff) {
            l.uint(f::arcnet::EXCEPTION_FLAG, 0xffu8);
            if b.len() >= need + 3 {
                l.uint(f::arcnet::PADDING, be16(b, need + 1));
            }
            if let Some(&p) = b.get(need + 3) {
                l.uint(f::arcnet::PROTID, p);
            }
            need += 4;
        }
        if let Some(&flag) = b.get(need) {
            l.uint(f::arcnet::SPLIT_FLAG, flag);
        }
        if b.len() >= need + 3 {
            l.uint(f::arcnet::SEQUENCE, be16(b, need + 1));
        }
        need += 3;
    }
    if b.len() < need {
        walk.short(&mut l, "ARCNET header", need, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    l.span = start..start + need;
    walk.off += need;
    walk.layers.push(l);
    match prot {
        Some(240 | 212) => Next::EtherType(0x0800),
        Some(241 | 213 | 214) => Next::EtherType(0x0806),
        Some(196) => Next::EtherType(0x86dd),
        _ => Next::Data(Osi::Network),
    }
}

pub(super) fn null(walk: &mut Walk<'_>, lt: u32) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "null", start..start + b.len().min(4));
    if b.len() < 4 {
        walk.short(&mut l, "loopback header", 4, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let raw = [b[0], b[1], b[2], b[3]];
    let le = u32::from_le_bytes(raw);
    let be = u32::from_be_bytes(raw);
    walk.off += 4;
    // A family is small; with both 16-bit halves set in either byte order
    // the header is an EtherType in its last two bytes (some Linux captures).
    if lt != crate::source::linktype::LOOP && le & 0xffff_0000 != 0 && le & 0xffff != 0 {
        let ethertype = be16(b, 2);
        l.uint(f::null::TYPE, ethertype);
        walk.layers.push(l);
        return Next::EtherType(ethertype);
    }
    let family = if lt == crate::source::linktype::LOOP || le & 0xffff_0000 != 0 {
        be
    } else {
        le
    };
    l.uint(f::null::FAMILY, family);
    walk.layers.push(l);
    match family {
        2 => Next::Ip,
        10 | 24 | 28 | 30 => Next::EtherType(0x86dd),
        _ => Next::Data(Osi::Network),
    }
}

/// Raw IP has no link header; the layer records that, covering no bytes.
pub(super) fn raw(walk: &mut Walk<'_>, protocol: &'static str) {
    let l = Layer::new(Osi::DataLink, protocol, walk.off..walk.off);
    walk.layers.push(l);
}

/// tshark's `pppoe.payload_length.bad` (Warning, Malformed).
static BAD_PAYLOAD_LENGTH: crate::dissect::expert::Expert = crate::dissect::expert::Expert {
    field: f::pppoe::PAYLOAD_LENGTH_BAD,
    group: crate::dissect::expert::Group::Malformed,
    severity: crate::dissect::expert::Severity::Warn,
};

/// PPPoE session stage (EtherType 0x8864): a 6-byte header, then PPP.
pub(super) fn pppoe_session(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::DataLink, "pppoes", start..start + b.len().min(6));
    if b.len() < 6 {
        walk.short(&mut l, "PPPoE header", 6, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    l.uint(f::pppoe::VERSION, b[0] >> 4);
    l.uint(f::pppoe::TYPE, b[0] & 0x0f);
    l.uint(f::pppoe::CODE, b[1]);
    l.uint(f::pppoe::SESSION_ID, be16(b, 2));
    let len = usize::from(be16(b, 4));
    l.uint(f::pppoe::PAYLOAD_LENGTH, len as u64);
    // tshark's check, done only past the 46 bytes an Ethernet frame may
    // pad (LCP and IPCP leave padding out of the length on purpose; a
    // length 4 short is taken for a frame check sequence).
    let reported = walk.reported_end.max(walk.end).saturating_sub(start);
    let actual = reported.saturating_sub(6);
    let cp_code = (b.len() >= 8).then(|| be16(b, 6));
    if reported > 46
        && !matches!(cp_code, Some(0xc021 | 0x8021))
        && len != actual
        && len + 4 != actual
    {
        crate::dissect::expert::add(
            &mut l,
            &BAD_PAYLOAD_LENGTH,
            Some(format!("Possible bad payload length {len} != {actual}")),
        );
    }
    walk.off += 6;
    // The PPP payload is the announced length at most, on the wire as in
    // the capture: what IP and TCP then measure against.
    if start + 6 + len < walk.end {
        walk.end = start + 6 + len;
    }
    if start + 6 + len < walk.reported_end {
        walk.reported_end = start + 6 + len;
    }
    walk.layers.push(l);
    ppp_protocol(walk, false)
}

/// PPP framing (LINKTYPE_PPP / PPP_HDLC): optional ff 03 address/control,
/// then the protocol field.
pub(super) fn ppp(walk: &mut Walk<'_>) -> Next {
    ppp_protocol(walk, true)
}

fn ppp_protocol(walk: &mut Walk<'_>, hdlc: bool) -> Next {
    let start = walk.off;
    let b = walk.rest();
    // PPP's HDLC dissector hands Cisco HDLC framing to Cisco HDLC.
    if hdlc && b.first().is_some_and(|&a| chdlc::is_address(a)) {
        return chdlc::by_ppp(walk);
    }
    let mut l = Layer::new(Osi::DataLink, "ppp", start..start + b.len().min(4));
    let mut at = 0;
    // HDLC-like framing: an address byte of 0xff says address and
    // control are there (tshark does not look at the control byte).
    if hdlc && b.first() == Some(&0xff) {
        l.uint(f::ppp::ADDRESS, 0xffu8);
        if let Some(&control) = b.get(1) {
            l.uint(f::ppp::CONTROL, control);
        }
        at = 2;
    }
    // Protocol-field compression: an odd first byte is a 1-byte protocol.
    let (proto, len) = match b.get(at) {
        Some(&p) if p & 1 == 1 => (u16::from(p), 1),
        Some(_) if b.len() >= at + 2 => (be16(b, at), 2),
        _ => {
            walk.short(&mut l, "PPP header", at + 2, b.len());
            walk.off += b.len();
            walk.layers.push(l);
            return Next::Done;
        }
    };
    l.uint(f::ppp::PROTOCOL, proto);
    l.span = start..start + at + len;
    walk.off += at + len;
    walk.layers.push(l);
    carried(walk, proto)
}

/// What follows a PPP protocol number (tshark's `ppp.protocol` table):
/// after PPP's header, and in an LCP Protocol-Reject.
fn carried(walk: &mut Walk<'_>, proto: u16) -> Next {
    match proto {
        0x0021 => Next::Ip,
        0x0057 => Next::EtherType(0x86dd),
        // MPLS unicast and multicast.
        0x0281 | 0x0283 => Next::EtherType(0x8847),
        0x0023 => crate::dissect::net::isis::osi(walk),
        ppp::LCP | ppp::IPCP | ppp::IPV6CP | ppp::CCP => ppp::cp(walk, proto),
        ppp::PAP => ppp::pap(walk),
        ppp::CHAP => ppp::chap(walk),
        _ => Next::Data(Osi::Network),
    }
}
