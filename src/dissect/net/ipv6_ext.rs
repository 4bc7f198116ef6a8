//! The parts of an IPv6 header tshark shows beyond its fixed fields: what
//! an address embeds (6to4, Teredo, SLAAC, ISATAP, NAT64 — packet-ipv6.c's
//! add_ipv6_address_* items), each option of a hop-by-hop or destination
//! options header (dissect_opts), and the body of a routing header of
//! type 0, 2 or 4.
//!
//! Callers have bounded every slice: an options area whose options all fit
//! (checked by the header walk first), a routing header whole.

use crate::dissect::fields::ipv6 as f;
use crate::dissect::layer::{Layer, Value};
use crate::dissect::wire::{be16, be32};

pub(crate) mod expert {
    use crate::dissect::expert::ei;
    use crate::dissect::fields::ipv6;

    ei!(OPT_INVALID_LEN, ipv6::OPT_INVALID_LEN, Malformed, Error);
    ei!(
        OPT_UNKNOWN_DATA,
        ipv6::OPT_UNKNOWN_DATA_EXPERT,
        Undecoded,
        Note
    );
    ei!(
        OPT_JUMBO_PROHIBITED,
        ipv6::OPT_JUMBO_PROHIBITED,
        Protocol,
        Error
    );
    ei!(
        OPT_JUMBO_TRUNCATED,
        ipv6::OPT_JUMBO_TRUNCATED,
        Protocol,
        Error
    );
    ei!(ROUTING_UNDECODED, ipv6::ROUTING_UNDECODED, Undecoded, Note);
}

/// Which address an item describes: the source's fields, the
/// destination's, and the hidden "either" twin tshark adds after each.
struct Side {
    slaac: &'static crate::dissect::field::FieldDef,
    isatap: &'static crate::dissect::field::FieldDef,
    gw: &'static crate::dissect::field::FieldDef,
    sla: &'static crate::dissect::field::FieldDef,
    server: &'static crate::dissect::field::FieldDef,
    port: &'static crate::dissect::field::FieldDef,
    client: &'static crate::dissect::field::FieldDef,
    embed: &'static crate::dissect::field::FieldDef,
}

const SRC: Side = Side {
    slaac: f::SRC_SLAAC_MAC,
    isatap: f::SRC_ISATAP_IPV4,
    gw: f::SRC_6TO4_GW_IPV4,
    sla: f::SRC_6TO4_SLA_ID,
    server: f::SRC_TS_IPV4,
    port: f::SRC_TC_PORT,
    client: f::SRC_TC_IPV4,
    embed: f::SRC_EMBED_IPV4,
};

const DST: Side = Side {
    slaac: f::DST_SLAAC_MAC,
    isatap: f::DST_ISATAP_IPV4,
    gw: f::DST_6TO4_GW_IPV4,
    sla: f::DST_6TO4_SLA_ID,
    server: f::DST_TS_IPV4,
    port: f::DST_TC_PORT,
    client: f::DST_TC_IPV4,
    embed: f::DST_EMBED_IPV4,
};

fn v4(b: &[u8]) -> [u8; 4] {
    [b[0], b[1], b[2], b[3]]
}

/// The items tshark derives from the two addresses, in its order (each
/// kind for the source, then the destination). The hidden twins
/// (`ipv6.slaac_mac`, `ipv6.6to4_gw_ipv4`…) are answered from these by
/// the filter engine and `-T fields` (`crate::filter::PSEUDO_FIELDS`).
pub(super) fn address_details<'a>(l: &mut Layer<'a>, src: &[u8; 16], dst: &[u8; 16]) {
    // RFC 3056: 2002:gggg:gggg:ssss::/64.
    for (a, s) in [(src, &SRC), (dst, &DST)] {
        if a[..2] == [0x20, 0x02] {
            l.push(s.gw, Value::Ipv4(v4(&a[2..6])));
            l.uint(s.sla, be16(a, 6));
        }
    }
    // RFC 4380: 2001:0000:server:flags:~port:~client.
    for (a, s) in [(src, &SRC), (dst, &DST)] {
        if a[..4] == [0x20, 0x01, 0, 0] {
            l.push(s.server, Value::Ipv4(v4(&a[4..8])));
            l.uint(s.port, be16(a, 10) ^ 0xffff);
            let c = v4(&a[12..16]).map(|b| b ^ 0xff);
            l.push(s.client, Value::Ipv4(c));
        }
    }
    // RFC 4291 appendix A: a modified EUI-64 (universal bit set, ff:fe in
    // the middle) holds the interface's MAC.
    for (a, s) in [(src, &SRC), (dst, &DST)] {
        if a[8] & 0x02 != 0 && a[11..13] == [0xff, 0xfe] {
            let mac = [a[8] & !0x02, a[9], a[10], a[13], a[14], a[15]];
            l.push(s.slaac, Value::Mac(mac));
        }
    }
    // RFC 5214: an interface id of [02]00:5efe:a.b.c.d.
    for (a, s) in [(src, &SRC), (dst, &DST)] {
        if be32(a, 8) & 0xfcff_ffff == 0x0000_5efe {
            l.push(s.isatap, Value::Ipv4(v4(&a[12..16])));
        }
    }
    // RFC 6052's well-known prefix 64:ff9b::/96 (tshark's table of other
    // NAT64 prefixes is empty unless configured).
    const WELL_KNOWN: [u8; 12] = [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
    for (a, s) in [(src, &SRC), (dst, &DST)] {
        if a[..12] == WELL_KNOWN {
            l.push(f::EMBED_IPV4_PREFIX, Value::Bytes(a[..12].to_vec().into()));
            l.push(s.embed, Value::Ipv4(v4(&a[12..16])));
            l.push(f::EMBED_IPV4, Value::Ipv4(v4(&a[12..16])));
        }
    }
}

const PAD1: u8 = 0x00;
const PADN: u8 = 0x01;
const TEL: u8 = 0x04;
const ROUTER_ALERT: u8 = 0x05;
const PMTU: u8 = 0x30;
const JUMBO: u8 = 0xc2;
const HOME_ADDRESS: u8 = 0xc9;

/// Option types tshark's table names (the others are unknown to it).
/// Those without a branch in [`options`] are decoded by tshark into fields
/// osidump does not read (CALIPSO, SMF_DPD, PDM, Quick-Start, IOAM, TPF,
/// RPL, the deprecated Endpoint Identification, ILNP, Line-ID, MPL, DFF):
/// their bodies are stepped over rather than shown as unknown.
fn known(t: u8) -> bool {
    matches!(
        t,
        PAD1 | PADN
            | TEL
            | ROUTER_ALERT
            | PMTU
            | JUMBO
            | HOME_ADDRESS
            | 0x07
            | 0x08
            | 0x0f
            | 0x26
            | 0x31
            | 0x41
            | 0x63
            | 0x6d
            | 0x8a
            | 0x8b
            | 0x8c
            | 0xee
    ) || experimental(t)
}

fn experimental(t: u8) -> bool {
    t & 0x1f == 0x1e
}

/// Each option of a hop-by-hop or destination options header, as
/// dissect_opts adds them. `opts` is the area after the two-byte header
/// that tshark can read: the header's bytes, cut at the end of the IPv6
/// payload. An option's fields are read at their fixed sizes whatever its
/// length says (tshark flags the length, reads on, and goes on after what
/// it read); the walk stops where tshark's reading would run past the
/// area and throw. `plen` is the IPv6 payload length (a Jumbo Payload
/// option is prohibited when it is not 0). False when the walk stopped
/// there.
pub(super) fn options<'a>(l: &mut Layer<'a>, opts: &'a [u8], plen: usize) -> bool {
    let mut i = 0;
    while i < opts.len() {
        let t = opts[i];
        l.push(f::OPT, Value::None);
        l.uint(f::OPT_TYPE, t);
        if t == PAD1 {
            l.push(f::OPT_PAD1, Value::None);
            i += 1;
            continue;
        }
        l.uint(f::OPT_TYPE_ACTION, t >> 6);
        l.boolean(f::OPT_TYPE_CHANGE, t & 0x20 != 0);
        l.uint(f::OPT_TYPE_REST, t & 0x1f);
        let Some(&len) = opts.get(i + 1) else {
            return false;
        };
        l.uint(f::OPT_LENGTH, len);
        let start = i + 2;
        let len = usize::from(len);
        let rest = &opts[start..];
        // The bytes the option's fields read; `None` past the area.
        let read = |n: usize| rest.get(..n);
        let invalid = |l: &mut Layer<'a>, want: usize, what: &str| {
            if len != want {
                crate::dissect::expert::add(
                    l,
                    &expert::OPT_INVALID_LEN,
                    Some(format!("{what}: Invalid length ({len} bytes)")),
                );
            }
        };
        let used = match t {
            _ if t == PADN || experimental(t) || !known(t) => {
                let Some(body) = read(len) else { return false };
                let def = match t {
                    PADN => f::OPT_PADN,
                    _ if experimental(t) => f::OPT_EXPERIMENTAL,
                    _ => f::OPT_UNKNOWN,
                };
                l.push(def, Value::Bytes(body.into()));
                if def == f::OPT_UNKNOWN {
                    crate::dissect::expert::add(l, &expert::OPT_UNKNOWN_DATA, None);
                }
                len
            }
            JUMBO => {
                invalid(l, 4, "Jumbo Payload");
                let Some(v) = read(4) else { return false };
                let jumbo = be32(v, 0);
                l.uint(f::OPT_JUMBO, jumbo);
                if plen != 0 {
                    crate::dissect::expert::add(l, &expert::OPT_JUMBO_PROHIBITED, None);
                }
                if jumbo < 65536 {
                    crate::dissect::expert::add(l, &expert::OPT_JUMBO_TRUNCATED, None);
                }
                4
            }
            TEL => {
                invalid(l, 1, "Tunnel Encapsulation Limit");
                let Some(v) = read(1) else { return false };
                l.uint(f::OPT_TEL, v[0]);
                1
            }
            ROUTER_ALERT => {
                invalid(l, 2, "Router alert");
                let Some(v) = read(2) else { return false };
                l.uint(f::OPT_ROUTER_ALERT, be16(v, 0));
                2
            }
            PMTU => {
                if len != 4 {
                    crate::dissect::expert::add(
                        l,
                        &expert::OPT_INVALID_LEN,
                        Some(format!("PMTU Option: Invalid Length ({len} bytes)")),
                    );
                }
                let Some(v) = read(4) else { return false };
                l.uint(f::OPT_PMTU_MIN, be16(v, 0));
                let rtn = be16(v, 2);
                l.uint(f::OPT_PMTU_RTN, rtn & 0xfffe);
                l.boolean(f::OPT_PMTU_R_FLAG, rtn & 1 != 0);
                4
            }
            HOME_ADDRESS => {
                invalid(l, 16, "Home Address");
                let Some(v) = read(16) else { return false };
                let mut addr = [0; 16];
                addr.copy_from_slice(v);
                l.push(f::OPT_MIPV6_HOME_ADDRESS, Value::Ipv6(addr));
                16
            }
            // Decoded by tshark into fields osidump does not read: the
            // body is stepped over.
            _ => {
                if read(len).is_none() {
                    return false;
                }
                len
            }
        };
        if used < len {
            // Past the area tshark throws reading the leftover bytes.
            let Some(left) = rest.get(used..len) else {
                return false;
            };
            l.push(f::OPT_UNKNOWN_DATA, Value::Bytes(left.into()));
            crate::dissect::expert::add(l, &expert::OPT_UNKNOWN_DATA, None);
        }
        i = start + used.max(len);
    }
    true
}

/// A routing header's type-specific part (`hdr` is the whole header,
/// its length checked): the source route of type 0, the home address of
/// type 2, the segment list of type 4; an unregistered type's bytes are
/// undecoded data. RPL (3) and compact (5, 6) headers are left out.
pub(super) fn routing<'a>(l: &mut Layer<'a>, hdr: &'a [u8]) {
    let Some(body) = hdr.get(4..) else { return };
    let addr = |b: &[u8]| {
        let mut a = [0; 16];
        a.copy_from_slice(&b[..16]);
        a
    };
    match hdr[2] {
        0 => {
            let Some(reserved) = body.get(..4) else {
                return;
            };
            l.push(f::ROUTING_SRC_RESERVED, Value::Bytes(reserved.into()));
            for a in body[4..].chunks_exact(16).take(usize::from(hdr[1] / 2)) {
                l.push(f::ROUTING_SRC_ADDR, Value::Ipv6(addr(a)));
            }
        }
        2 => {
            let Some(reserved) = body.get(..4) else {
                return;
            };
            l.push(f::ROUTING_MIPV6_RESERVED, Value::Bytes(reserved.into()));
            if let Some(a) = body.get(4..20) {
                l.push(f::ROUTING_MIPV6_HOME_ADDRESS, Value::Ipv6(addr(a)));
            }
        }
        4 => {
            let Some(fixed) = body.get(..4) else { return };
            l.uint(f::ROUTING_SRH_LAST_ENTRY, fixed[0]);
            l.uint(f::ROUTING_SRH_FLAGS, fixed[1]);
            l.push(f::ROUTING_SRH_TAG, Value::Bytes(fixed[2..4].into()));
            let count = usize::from(fixed[0]) + 1;
            for a in body[4..].chunks_exact(16).take(count) {
                l.push(f::ROUTING_SRH_ADDR, Value::Ipv6(addr(a)));
            }
        }
        3 | 5 | 6 => {}
        _ => {
            l.push(f::ROUTING_UNKNOWN_DATA, Value::Bytes(body.into()));
            crate::dissect::expert::add(l, &expert::ROUTING_UNDECODED, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dissect::layer::Osi;

    fn layer() -> Layer<'static> {
        Layer::new(Osi::Network, "ipv6", 0..40)
    }

    fn addr(s: &str) -> [u8; 16] {
        s.parse::<std::net::Ipv6Addr>().unwrap().octets()
    }

    #[test]
    fn slaac_mac_is_the_eui64_without_its_universal_bit() {
        let mut l = layer();
        address_details(&mut l, &addr("fe80::a00:27ff:fe46:e884"), &addr("ff02::16"));
        assert_eq!(
            l.get(f::SRC_SLAAC_MAC),
            Some(&Value::Mac([0x08, 0, 0x27, 0x46, 0xe8, 0x84]))
        );
        assert!(!l.has(f::DST_SLAAC_MAC));
    }

    #[test]
    fn sixto4_teredo_isatap_and_nat64_addresses() {
        let mut l = layer();
        // 6to4 gateway 192.0.2.1, SLA 5; Teredo server 65.54.227.120, client
        // port 40000 and 192.0.2.45 stored inverted.
        address_details(
            &mut l,
            &addr("2002:c000:0201:5::1"),
            &addr("2001:0:4136:e378:8000:63bf:3fff:fdd2"),
        );
        assert_eq!(
            l.get(f::SRC_6TO4_GW_IPV4),
            Some(&Value::Ipv4([192, 0, 2, 1]))
        );
        assert_eq!(l.get_uint(f::SRC_6TO4_SLA_ID), Some(5));
        assert_eq!(
            l.get(f::DST_TS_IPV4),
            Some(&Value::Ipv4([65, 54, 227, 120]))
        );
        assert_eq!(l.get_uint(f::DST_TC_PORT), Some(0x63bf ^ 0xffff));
        assert_eq!(l.get(f::DST_TC_IPV4), Some(&Value::Ipv4([192, 0, 2, 45])));
        let mut l = layer();
        address_details(
            &mut l,
            &addr("fe80::200:5efe:c000:201"),
            &addr("64:ff9b::c633:6401"),
        );
        assert_eq!(
            l.get(f::SRC_ISATAP_IPV4),
            Some(&Value::Ipv4([192, 0, 2, 1]))
        );
        assert_eq!(
            l.get(f::DST_EMBED_IPV4),
            Some(&Value::Ipv4([198, 51, 100, 1]))
        );
        assert_eq!(l.get(f::EMBED_IPV4), Some(&Value::Ipv4([198, 51, 100, 1])));
        assert_eq!(l.all(f::EMBED_IPV4_PREFIX).count(), 1);
    }

    #[test]
    fn router_alert_padn_and_pad1_items() {
        // Router Alert (MLD), PadN of no bytes, then a lone Pad1.
        let opts: &[u8] = &[0x05, 0x02, 0x00, 0x00, 0x01, 0x00, 0x00];
        let mut l = layer();
        options(&mut l, opts, 36);
        let types: Vec<_> = l.all(f::OPT_TYPE).cloned().collect();
        assert_eq!(types, [Value::UInt(5), Value::UInt(1), Value::UInt(0)]);
        assert_eq!(l.all(f::OPT).count(), 3);
        assert_eq!(l.get_uint(f::OPT_ROUTER_ALERT), Some(0));
        assert_eq!(l.get(f::OPT_PADN), Some(&Value::Bytes((&[][..]).into())));
        assert!(l.has(f::OPT_PAD1));
        // Pad1 has no action bits or length of its own.
        assert_eq!(l.all(f::OPT_LENGTH).count(), 2);
        assert_eq!(l.all(f::OPT_TYPE_ACTION).count(), 2);
    }

    #[test]
    fn wrong_lengths_and_unknown_options_are_flagged_not_misread() {
        // A Router Alert of 3 bytes (one left over), an unknown type 0x1f.
        let opts: &[u8] = &[0x05, 0x03, 0x00, 0x01, 0xaa, 0x1f, 0x01, 0xbb];
        let mut l = layer();
        options(&mut l, opts, 36);
        assert_eq!(l.get_uint(f::OPT_ROUTER_ALERT), Some(1));
        assert_eq!(
            l.get(f::OPT_UNKNOWN_DATA),
            Some(&Value::Bytes((&[0xaa][..]).into()))
        );
        assert_eq!(
            l.get(f::OPT_UNKNOWN),
            Some(&Value::Bytes((&[0xbb][..]).into()))
        );
        assert!(l.has(f::OPT_INVALID_LEN));
        assert!(l.has(f::OPT_UNKNOWN_DATA_EXPERT));
        // An option cut short stops the walk without a panic.
        let mut l = layer();
        options(&mut l, &[0x05, 0x02, 0x00], 36);
        options(&mut l, &[0x05], 36);
        assert!(!l.has(f::OPT_ROUTER_ALERT));
    }

    #[test]
    fn routing_header_bodies() {
        let mut rt0 = vec![59, 2, 0, 1, 0, 0, 0, 0];
        rt0.extend_from_slice(&addr("2001:db8::1"));
        let mut l = layer();
        routing(&mut l, &rt0);
        assert_eq!(
            l.get(f::ROUTING_SRC_ADDR),
            Some(&Value::Ipv6(addr("2001:db8::1")))
        );
        let mut srh = vec![59, 4, 4, 1, 1, 0, 0, 7];
        srh.extend_from_slice(&addr("2001:db8::2"));
        srh.extend_from_slice(&addr("2001:db8::3"));
        let mut l = layer();
        routing(&mut l, &srh);
        assert_eq!(l.get_uint(f::ROUTING_SRH_LAST_ENTRY), Some(1));
        assert_eq!(l.all(f::ROUTING_SRH_ADDR).count(), 2);
        let mut l = layer();
        routing(&mut l, &[59, 0, 253, 0, 1, 2, 3, 4]);
        assert!(l.has(f::ROUTING_UNKNOWN_DATA));
        assert!(l.has(f::ROUTING_UNDECODED));
    }
}
