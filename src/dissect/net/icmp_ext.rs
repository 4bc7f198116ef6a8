//! ICMP's multi-part extensions (RFC 4884): the extension structure after
//! the datagram an ICMP error quotes (MPLS label stacks, RFC 4950;
//! interface information, RFC 5837) and in an extended echo request
//! (interface identification, RFC 8335), read as packet-icmp.c's
//! `dissect_icmp_extension` reads them.

use super::ones_complement_sum;
use crate::dissect::Walk;
use crate::dissect::field::checksum;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use crate::dissect::wire::{be16, be32};

/// Where an extension's read ran past the bytes: the offset (in the
/// extension structure) the read needed to reach.
struct Short(usize);

/// RFC 8335's extended echo word after the identifier (bytes 6-7): the
/// sequence number, then a request's L bit or a reply's state and A/4/6
/// bits. ICMP (42/43) and ICMPv6 (160/161) lay it out alike, under their
/// own field names.
pub(super) fn ext_echo_word(l: &mut Layer<'_>, seq: u8, bits: u8, request: bool, v6: bool) {
    use f::{icmp as v4f, icmpv6 as v6f};
    let pick = |a, b| if v6 { b } else { a };
    l.uint(pick(v4f::EXT_ECHO_SEQ, v6f::EXT_ECHO_SEQ), seq);
    if request {
        l.uint(
            pick(v4f::EXT_ECHO_REQ_RES, v6f::EXT_ECHO_REQ_RES),
            bits >> 1,
        );
        l.boolean(
            pick(v4f::EXT_ECHO_REQ_LOCAL, v6f::EXT_ECHO_REQ_LOCAL),
            bits & 1 != 0,
        );
    } else {
        l.uint(
            pick(v4f::EXT_ECHO_RSP_STATE, v6f::EXT_ECHO_RSP_STATE),
            bits >> 5,
        );
        l.uint(
            pick(v4f::EXT_ECHO_RSP_RES, v6f::EXT_ECHO_RSP_RES),
            (bits >> 3) & 3,
        );
        l.boolean(
            pick(v4f::EXT_ECHO_RSP_ACTIVE, v6f::EXT_ECHO_RSP_ACTIVE),
            bits & 4 != 0,
        );
        l.boolean(
            pick(v4f::EXT_ECHO_RSP_IPV4, v6f::EXT_ECHO_RSP_IPV4),
            bits & 2 != 0,
        );
        l.boolean(
            pick(v4f::EXT_ECHO_RSP_IPV6, v6f::EXT_ECHO_RSP_IPV6),
            bits & 1 != 0,
        );
    }
}

/// The extension structure `e` (captured bytes), `reported` bytes long on
/// the wire, into `l`, the ICMP layer. `e` ends where the walk's bytes end.
pub(super) fn extensions<'a>(walk: &Walk<'a>, l: &mut Layer<'a>, e: &'a [u8], reported: usize) {
    l.present(f::icmp::EXT);
    if reported < 4 {
        return;
    }
    if let Err(Short(need)) = structure(l, e, reported) {
        // Where the failed read ends decides truncated or malformed.
        walk.short(l, "ICMP extension", need, e.len());
    }
}

/// Bytes `at..at + n` of `e`, or how far the read needed to go.
fn take(e: &[u8], at: usize, n: usize) -> Result<&[u8], Short> {
    e.get(at..at + n).ok_or(Short(at + n))
}

fn u8_at(e: &[u8], at: usize) -> Result<u8, Short> {
    Ok(take(e, at, 1)?[0])
}

fn u16_at(e: &[u8], at: usize) -> Result<u16, Short> {
    Ok(be16(take(e, at, 2)?, 0))
}

fn u32_at(e: &[u8], at: usize) -> Result<u32, Short> {
    Ok(be32(take(e, at, 4)?, 0))
}

fn structure<'a>(l: &mut Layer<'a>, e: &'a [u8], reported: usize) -> Result<(), Short> {
    let first = u8_at(e, 0)?;
    let version = first >> 4;
    l.uint(f::icmp::EXT_VERSION, version);
    l.uint(f::icmp::EXT_RES, u16_at(e, 0)? & 0xfff);
    let sum = u16_at(e, 2)?;
    if sum == 0 {
        l.uint(f::icmp::EXT_CHECKSUM, sum);
        l.uint(f::icmp::EXT_CHECKSUM_STATUS, checksum::NOT_PRESENT);
    } else {
        // Summed over the whole structure as reported before the field is
        // shown: a cut one throws there.
        let all = take(e, 0, reported)?;
        l.uint(f::icmp::EXT_CHECKSUM, sum);
        let total = ones_complement_sum(all);
        if total == 0xffff {
            l.uint(f::icmp::EXT_CHECKSUM_STATUS, checksum::GOOD);
        } else {
            // The sum without the field, complemented: what the field
            // should be (tshark's in_cksum_shouldbe).
            let without = super::ones_complement_add(total, !sum);
            crate::dissect::expert::add(
                l,
                &super::expert::ICMP_EXT_CHECKSUM_BAD,
                Some(format!("Bad checksum [should be 0x{:04x}]", !without)),
            );
            l.uint(f::icmp::EXT_CHECKSUM_STATUS, checksum::BAD);
        }
    }
    if version != 1 && version != 2 {
        return Ok(());
    }
    let mut off = 4;
    while reported.saturating_sub(off) >= 4 {
        let obj_len = usize::from(u16_at(e, off)?);
        let trunc = obj_len.min(reported - off);
        let end = off + trunc;
        l.uint(f::icmp::EXT_LENGTH, obj_len as u64);
        let class = u8_at(e, off + 2)?;
        l.uint(f::icmp::EXT_CLASS, class);
        let c_type = u8_at(e, off + 3)?;
        if obj_len < 4 {
            break;
        }
        let known = match class {
            1 => mpls_stack(l, e, off, end, reported, c_type)?,
            2 => interface_information(l, e, off, end, c_type)?,
            0 => {
                l.uint(f::icmp::EXT_CTYPE, c_type);
                if c_type == 1 && trunc > 4 {
                    l.push(
                        f::icmp::EXT_DATA,
                        Value::Bytes(take(e, off + 4, trunc - 4)?.into()),
                    );
                }
                c_type == 1
            }
            3 => interface_identification(l, e, off, obj_len, reported, c_type)?,
            _ => false,
        };
        if !known {
            l.uint(f::icmp::EXT_CTYPE, c_type);
            if trunc > 4 {
                l.push(
                    f::icmp::EXT_DATA,
                    Value::Bytes(take(e, off + 4, trunc - 4)?.into()),
                );
            }
        }
        off = end;
    }
    Ok(())
}

/// An MPLS label stack object (class 1): its entries. Whether its C-Type
/// was known.
fn mpls_stack<'a>(
    l: &mut Layer<'a>,
    e: &'a [u8],
    off: usize,
    end: usize,
    reported: usize,
    c_type: u8,
) -> Result<bool, Short> {
    l.uint(f::icmp::EXT_CTYPE, c_type);
    if c_type != 1 {
        return Ok(false);
    }
    let mut p = off + 4;
    while p + 4 <= end && reported - p >= 4 {
        let entry = take(e, p, 4)?;
        let label = (u32::from(be16(entry, 0)) << 4) | u32::from(entry[2] >> 4);
        l.uint(f::icmp::MPLS_LABEL, label);
        l.uint(f::icmp::MPLS_EXP, (entry[2] >> 1) & 7);
        l.boolean(f::icmp::MPLS_S, entry[2] & 1 != 0);
        l.uint(f::icmp::MPLS_TTL, entry[3]);
        p += 4;
    }
    if p < end {
        l.push(
            f::icmp::MPLS_DATA,
            Value::Bytes(take(e, p, end - p)?.into()),
        );
    }
    Ok(true)
}

/// An interface information object (class 2, RFC 5837): the C-Type's
/// flags say which sub-objects follow.
fn interface_information<'a>(
    l: &mut Layer<'a>,
    e: &'a [u8],
    off: usize,
    end: usize,
    c_type: u8,
) -> Result<bool, Short> {
    l.uint(f::icmp::EXT_CTYPE, c_type);
    l.uint(f::icmp::INT_INFO_ROLE, c_type >> 6);
    l.uint(f::icmp::INT_INFO_RESERVED, (c_type >> 4) & 3);
    l.boolean(f::icmp::INT_INFO_IFINDEX, c_type & 8 != 0);
    l.boolean(f::icmp::INT_INFO_IPADDR, c_type & 4 != 0);
    l.boolean(f::icmp::INT_INFO_NAME_PRESENT, c_type & 2 != 0);
    l.boolean(f::icmp::INT_INFO_MTU_PRESENT, c_type & 1 != 0);
    // Wireshark's offset arithmetic can step back (a name length of 0):
    // kept signed.
    let mut p = (off + 4) as isize;
    let at = |p: isize| -> Result<usize, Short> {
        usize::try_from(p).map_err(|_| Short(usize::MAX / 2))
    };
    if c_type & 8 != 0 {
        l.uint(f::icmp::INT_INFO_INDEX, u32_at(e, at(p)?)?);
        p += 4;
    }
    if c_type & 4 != 0 && end as isize >= p + 2 {
        let afi = u16_at(e, at(p)?)?;
        l.uint(f::icmp::INT_INFO_AFI, afi);
        p += 2;
        l.push(f::icmp::RESERVED, Value::Bytes(take(e, at(p)?, 2)?.into()));
        p += 2;
        match afi {
            1 => {
                let a = take(e, at(p)?, 4)?;
                l.push(
                    f::icmp::INT_INFO_IPV4,
                    Value::Ipv4([a[0], a[1], a[2], a[3]]),
                );
                p += 4;
            }
            2 => {
                let a = take(e, at(p)?, 16)?;
                let mut v6 = [0u8; 16];
                v6.copy_from_slice(a);
                l.push(f::icmp::INT_INFO_IPV6, Value::Ipv6(v6));
                p += 16;
            }
            _ => {
                // Its length is the offset less the object's end: zero
                // at the end, -1 (to the end of the bytes) one short of
                // it, and a bounds error for anything else negative.
                let start = at(p)?;
                let n = p - end as isize;
                let bytes = match n {
                    -1 => e.get(start..).ok_or(Short(start))?,
                    n if n < -1 => return Err(Short(usize::MAX / 2)),
                    n => take(e, start, n as usize)?,
                };
                l.push(f::icmp::INT_INFO_IPUNKNOWN, Value::Bytes(bytes.into()));
                return Ok(true);
            }
        }
    }
    if c_type & 2 != 0 && end as isize > p {
        let n = u8_at(e, at(p)?)?;
        l.uint(f::icmp::INT_INFO_NAME_LENGTH, n);
        p += 1;
        if end as isize >= p + isize::from(n) {
            let start = at(p)?;
            let bytes = match n {
                // A length of -1: to the end of the bytes.
                0 => e.get(start..).ok_or(Short(start))?,
                n => take(e, start, usize::from(n) - 1)?,
            };
            crate::dissect::expert::ascii_string(l, f::icmp::INT_INFO_NAME, bytes);
            p += isize::from(n) - 1;
        }
    }
    if c_type & 1 != 0 {
        l.uint(f::icmp::INT_INFO_MTU, u32_at(e, at(p)?)?);
    }
    Ok(true)
}

/// An interface identification object (class 3, RFC 8335): a name, an
/// index or addresses.
fn interface_identification<'a>(
    l: &mut Layer<'a>,
    e: &'a [u8],
    off: usize,
    obj_len: usize,
    reported: usize,
    c_type: u8,
) -> Result<bool, Short> {
    if reported - off < 5 {
        return Ok(false);
    }
    l.uint(f::icmp::EXT_CTYPE, c_type);
    let mut p = off + 4;
    match c_type {
        1 => {
            let bytes = take(e, p, obj_len - 4)?;
            crate::dissect::expert::ascii_string(l, f::icmp::INT_IDENT_NAME, bytes);
        }
        2 => l.uint(f::icmp::INT_IDENT_INDEX, u32_at(e, p)?),
        3 => {
            let afi = u16_at(e, p)?;
            l.uint(f::icmp::INT_IDENT_AFI, afi);
            let mut n = u8_at(e, p + 2)?;
            l.uint(f::icmp::INT_IDENT_ADDR_LENGTH, n);
            l.push(
                f::icmp::INT_IDENT_RESERVED,
                Value::Bytes(take(e, p + 3, 1)?.into()),
            );
            p += 4;
            match afi {
                1 => {
                    while n >= 4 && reported.saturating_sub(p) >= 4 {
                        let a = take(e, p, 4)?;
                        l.push(
                            f::icmp::INT_IDENT_IPV4,
                            Value::Ipv4([a[0], a[1], a[2], a[3]]),
                        );
                        p += 4;
                        n -= 4;
                    }
                }
                2 => {
                    while n >= 16 && reported.saturating_sub(p) >= 16 {
                        let mut v6 = [0u8; 16];
                        v6.copy_from_slice(take(e, p, 16)?);
                        l.push(f::icmp::INT_IDENT_IPV6, Value::Ipv6(v6));
                        p += 16;
                        n -= 16;
                    }
                }
                _ => {
                    let bytes = take(e, p, reported.saturating_sub(p))?;
                    l.push(f::icmp::INT_IDENT_ADDRESS, Value::Bytes(bytes.into()));
                }
            }
        }
        _ => {}
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::{fields, frame, get, hex};

    /// Crafted messages, each checked against tshark 4.0's -T fields.
    #[test]
    fn icmp_second_word_extensions_and_redirected_header() {
        let mut d = Dissector::new();
        let mut run = |h: &str| fields(&d.dissect(&frame(1, &hex(h))));
        // Time exceeded, RFC 4884 length 32 words, the quoted datagram
        // claiming 100 bytes; an MPLS label stack of two entries and an
        // interface information object with every sub-object.
        let f = run(
            "0200000000020200000000010800450000c8000100004001ad34c00002fe0a0000020b00e49f\
                 0020000045000064000100000111ed850a000002c00002019c40829a00500000000102030405\
                 060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b\
                 2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464700000000000000000000\
                 000000000000000000000000000000000000200065e3000c0101003e860100010101001c020f\
                 0000000700010000c00002fe086574683078797a000005dc",
        );
        assert_eq!(get(&f, "icmp.length.original_datagram"), ["128"]);
        assert_eq!(get(&f, "icmp.unused"), ["00", "0000"]);
        assert_eq!(get(&f, "icmp.ext.checksum.status"), ["1"]);
        assert_eq!(get(&f, "icmp.ext.class"), ["1", "2"]);
        assert_eq!(get(&f, "icmp.mpls.label"), ["1000", "16"]);
        assert_eq!(get(&f, "icmp.mpls.exp"), ["3", "0"]);
        assert_eq!(get(&f, "icmp.mpls.s"), ["false", "true"]);
        assert_eq!(get(&f, "icmp.mpls.ttl"), ["1", "1"]);
        assert_eq!(get(&f, "icmp.int_info.index"), ["7"]);
        assert_eq!(get(&f, "icmp.int_info.ipv4"), ["192.0.2.254"]);
        assert_eq!(get(&f, "icmp.int_info.name"), ["eth0xyz"]);
        assert_eq!(get(&f, "icmp.int_info.mtu"), ["1500"]);
        assert_eq!(get(&f, "udp.srcport"), ["40000"]);
        // An extended echo request naming an interface, and a reply.
        let f = run(
            "02000000000202000000000108004500002c00010000400166ce0a0000010a0000022a00beca\
                 1234050120000f4e000c03016574683000000000",
        );
        assert_eq!(get(&f, "icmp.ext.echo.seq"), ["5"]);
        assert_eq!(get(&f, "icmp.ext.echo.req.local"), ["true"]);
        assert_eq!(get(&f, "icmp.int_ident.name"), ["eth0"]);
        assert_eq!(get(&f, "icmp.ext.ctype"), ["1"]);
        let f = run(
            "02000000000202000000000108004500001c00010000400166de0a0000020a0000012b02bd83\
                 12340546",
        );
        assert_eq!(get(&f, "icmp.ext.echo.rsp.state"), ["2"]);
        assert_eq!(get(&f, "icmp.ext.echo.rsp.active"), ["true"]);
        assert_eq!(get(&f, "icmp.ext.echo.rsp.ipv4"), ["true"]);
        assert_eq!(get(&f, "icmp.ext.echo.rsp.ipv6"), ["false"]);
        // A router advertisement with two 2-word entries.
        let f = run(
            "02000000000202000000000108004500002c000100000101cfce0a000001e0000001090069ed\
                 02020708c000020100000005c0000202fffffffe",
        );
        assert_eq!(get(&f, "icmp.router_address"), ["192.0.2.1", "192.0.2.2"]);
        assert_eq!(get(&f, "icmp.pref_level"), ["5", "-2"]);
        assert_eq!(get(&f, "icmp.lifetime"), ["1800"]);
        assert!(get(&f, "data.data").is_empty());
        // Fragmentation needed: the next hop's MTU.
        let f = run(
            "02000000000202000000000108004500003c00010000400166be0a0000010a00000203043275\
                 00000578450005dc000100004006a9180a000002c000020101bbc3500000000100000002",
        );
        assert_eq!(get(&f, "icmp.unused"), ["0000"]);
        assert_eq!(get(&f, "icmp.mtu"), ["1400"]);
        // An ICMPv6 redirect quoting the packet in its Redirected Header
        // option; a zero UDP checksum there is "not present".
        let f = run(
            "02000000000202000000000186dd6000000000703afffe800000000000000000000000000001\
                 fe80000000000000000000000000000289006f3200000000fe80000000000000000000000000\
                 000320010db80000000000000000000000090201020000000003040800000000000060000000\
                 00101140fe80000000000000000000000000000220010db80000000000000000000000091388\
                 1389001000004142434445464748",
        );
        assert_eq!(get(&f, "ipv6.dst"), ["fe80::2", "2001:db8::9"]);
        assert_eq!(get(&f, "udp.dstport"), ["5001"]);
        assert_eq!(get(&f, "udp.checksum.status"), ["3"]);
    }
}
