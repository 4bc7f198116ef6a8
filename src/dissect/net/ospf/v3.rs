//! OSPF version 3 (RFC 5340, over IPv6) after its 16-byte header, as
//! tshark 4.0's `dissect_ospf_v3_lsa` and the message dissectors read it:
//! Hello, Database Description (with its LSA headers), LS Request,
//! LS Update (each LSA whole) and LS Acknowledge (LSA headers).
//!
//! The lengths are tshark's 16-bit arithmetic: a message's body runs
//! `packet length - 16` (wrapping) bytes, an LSA's body `LSA length - 20`
//! (wrapping), and the loops over router interfaces and attached routers
//! count that down by their entry size while it is not zero. A length
//! that does not fit so runs the loop on until a read passes the captured
//! bytes, tshark's exception. Every loop reads at an offset that grows, so
//! it ends there at the latest. Where tshark opens a subtree of a given
//! length (a Database Description or LS Update message, each request, a
//! whole LSA in an update, the router interfaces and each of them) and it
//! passes the bytes, tshark throws before the subtree's fields; so does
//! this (tshark's Hello item and LS Acknowledge do not check).
//!
//! An instance ID of 66 to 127 is an IPv4 address family (RFC 5838): its
//! prefixes, forwarding and link-local addresses are read as IPv4.

use super::super::super::layer::{Layer, Value};
use super::{Bytes, DB_DESC, HELLO, LS_ACK, LS_REQ, LS_UPD, LSA_HEADER, R, Short};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;

const HDR: usize = 16;

/// The body after the header of a message whose header says `len` bytes.
pub(super) fn body(l: &mut Layer<'_>, b: &Bytes<'_>, ty: u8, len: usize) -> R<()> {
    // tshark passes the body's length as (guint16)(packet length - 16).
    let end = HDR + usize::from((len as u16).wrapping_sub(HDR as u16));
    let instance = b.u8(14)?;
    let ipv4 = instance > 65 && instance < 128;
    match ty {
        HELLO => {
            l.present(f::ospf::HELLO);
            l.uint(f::ospf::HELLO_INTERFACE_ID, b.u32(HDR)?);
            l.uint(f::ospf::HELLO_ROUTER_PRIORITY, b.u8(HDR + 4)?);
            options(l, b, HDR + 5)?;
            l.uint(f::ospf::HELLO_HELLO_INTERVAL, b.u16(HDR + 8)?);
            l.uint(f::ospf::HELLO_ROUTER_DEAD_INTERVAL, b.u16(HDR + 10)?);
            l.push(f::ospf::HELLO_DESIGNATED_ROUTER, b.ipv4(HDR + 12)?);
            l.push(f::ospf::HELLO_BACKUP_DESIGNATED_ROUTER, b.ipv4(HDR + 16)?);
            let mut o = HDR + 20;
            while o < end {
                l.push(f::ospf::HELLO_ACTIVE_NEIGHBOR, b.ipv4(o)?);
                o += 4;
            }
            if b.u32(HDR + 4)? & 0x400 != 0 {
                trailer(l, b, len)?;
            }
        }
        DB_DESC => {
            // tshark's subtree for the message throws past the bytes.
            b.need(end)?;
            reserved(l, b, HDR, 1)?;
            options(l, b, HDR + 1)?;
            l.uint(f::ospf::DB_INTERFACE_MTU, b.u16(HDR + 4)?);
            reserved(l, b, HDR + 6, 1)?;
            let flags = b.u8(HDR + 7)?;
            l.uint(f::ospf::DBD, flags);
            l.boolean(f::ospf::DBD_R, flags & 0x08 != 0);
            l.boolean(f::ospf::DBD_I, flags & 0x04 != 0);
            l.boolean(f::ospf::DBD_M, flags & 0x02 != 0);
            l.boolean(f::ospf::DBD_MS, flags & 0x01 != 0);
            l.uint(f::ospf::DB_DD_SEQUENCE, b.u32(HDR + 8)?);
            let mut o = HDR + 12;
            while o < end {
                o = lsa(l, b, o, false, ipv4)?;
            }
        }
        LS_REQ => {
            let mut o = HDR;
            while o < end {
                // Each request's subtree: 12 bytes, or it throws.
                b.need(o + 12)?;
                reserved(l, b, o, 2)?;
                ls_type(l, b.u16(o + 2)?);
                l.push(f::ospf::LINK_STATE_ID, b.ipv4(o + 4)?);
                l.push(f::ospf::ADVROUTER, b.ipv4(o + 8)?);
                o += 12;
            }
        }
        LS_UPD => {
            b.need(end)?;
            let n = b.u32(HDR)?;
            l.uint(f::ospf::LS_NUMBER_OF_LSAS, n);
            let mut o = HDR + 4;
            // Each LSA moves on by 20 bytes at least and reads there.
            for _ in 0..n {
                o = lsa(l, b, o, true, ipv4)?;
            }
        }
        LS_ACK => {
            let mut o = HDR;
            while o < end {
                o = lsa(l, b, o, false, ipv4)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// `ospf.reserved`: `n` bytes at `at`, as tshark's bytes.
fn reserved(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize, n: usize) -> R<()> {
    b.need(at + n)?;
    l.push(
        f::ospf::RESERVED,
        Value::Bytes(b.0[at..at + n].to_vec().into()),
    );
    if b.0[at..at + n].iter().any(|&x| x != 0) {
        crate::dissect::expert::add(l, &super::RESERVED_NOT_ZERO, None);
    }
    Ok(())
}

/// The LS type and its bits: U, S2/S1 (the flooding scope) and the
/// function code.
fn ls_type(l: &mut Layer<'_>, raw: u16) {
    l.uint(f::ospf::V3_LSA, raw);
    l.boolean(f::ospf::V3_LSA_U, raw & 0x8000 != 0);
    l.uint(f::ospf::V3_LSA_S12, (raw & 0x6000) >> 13);
    l.uint(f::ospf::V3_LSA_FC, raw & 0x1fff);
}

/// RFC 7166's authentication trailer at `at`, after the packet's length.
fn trailer(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize) -> R<()> {
    b.need(at)?;
    l.present(f::ospf::AT);
    l.uint(f::ospf::AT_AUTH_TYPE, b.u16(at)?);
    let n = usize::from(b.u16(at + 2)?);
    l.uint(f::ospf::AT_AUTH_DATA_LEN, n as u64);
    if n < 14 {
        return Ok(());
    }
    l.uint(f::ospf::AT_RESERVED, b.u16(at + 4)?);
    l.uint(f::ospf::AT_SA_ID, b.u16(at + 6)?);
    b.need(at + 16)?;
    let seq = u64::from_be_bytes(b.0[at + 8..at + 16].try_into().unwrap_or_default());
    l.uint(f::ospf::AT_CRYPTO_SEQ_NBR, seq);
    // tshark's length is n - 16: -1 is "to the end", -2 throws.
    let end = match n {
        14 => return Err(Short(usize::MAX / 4)),
        15 => b.0.len(),
        _ => at + n,
    };
    b.need(end)?;
    l.push(
        f::ospf::AT_AUTH_DATA,
        Value::Bytes(b.0[at + 16..end].to_vec().into()),
    );
    Ok(())
}

/// The 24-bit options at `at` and their bits, in tshark's order.
fn options(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize) -> R<()> {
    b.need(at + 3)?;
    let o = u32::from_be_bytes([0, b.0[at], b.0[at + 1], b.0[at + 2]]);
    l.uint(f::ospf::V3_OPTIONS, o);
    for (field, bit) in [
        (f::ospf::V3_OPTIONS_AT, 0x400),
        (f::ospf::V3_OPTIONS_L, 0x200),
        (f::ospf::V3_OPTIONS_AF, 0x100),
        (f::ospf::V3_OPTIONS_DC, 0x20),
        (f::ospf::V3_OPTIONS_R, 0x10),
        (f::ospf::V3_OPTIONS_N, 0x08),
        (f::ospf::V3_OPTIONS_MC, 0x04),
        (f::ospf::V3_OPTIONS_E, 0x02),
        (f::ospf::V3_OPTIONS_V6, 0x01),
    ] {
        l.boolean(field, o & bit != 0);
    }
    Ok(())
}

/// The 24-bit metric at `at`.
fn metric24(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize) -> R<()> {
    b.need(at + 3)?;
    let m = u32::from_be_bytes([0, b.0[at], b.0[at + 1], b.0[at + 2]]);
    l.uint(f::ospf::METRIC, m);
    Ok(())
}

/// A prefix's options byte and its bits, in tshark's order.
fn prefix_options(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize) -> R<()> {
    let o = b.u8(at)?;
    l.uint(f::ospf::V3_PREFIX_OPTIONS, o);
    l.boolean(f::ospf::V3_PREFIX_OPTIONS_P, o & 0x08 != 0);
    l.boolean(f::ospf::V3_PREFIX_OPTIONS_MC, o & 0x04 != 0);
    l.boolean(f::ospf::V3_PREFIX_OPTIONS_LA, o & 0x02 != 0);
    l.boolean(f::ospf::V3_PREFIX_OPTIONS_NU, o & 0x01 != 0);
    Ok(())
}

/// The address prefix of `bits` bits at `at` (its 32-bit words); the
/// offset after it. IPv6's is zero-filled past its length, the bits of
/// its last byte beyond the length cleared; IPv4's is the 4 bytes at `at`
/// as they are. Longer than 128 bits: tshark's expert item, no address.
fn prefix(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize, bits: u8, ipv4: bool) -> R<usize> {
    let n = usize::from(bits).div_ceil(32) * 4;
    if bits > 128 {
        crate::dissect::expert::add(
            l,
            &super::LSA_INVALID_LENGTH,
            Some(format!(
                "Address Prefix: length is invalid ({bits}, should be <= 128)"
            )),
        );
    } else {
        if ipv4 {
            l.push(f::ospf::V3_ADDRESS_PREFIX_IPV4, b.ipv4(at)?);
        } else {
            b.need(at + n)?;
            let mut a = [0u8; 16];
            a[..n].copy_from_slice(&b.0[at..at + n]);
            if !bits.is_multiple_of(8) {
                a[n - 1] &= ((0xff00u16 >> (bits % 8)) & 0xff) as u8;
            }
            l.push(f::ospf::V3_ADDRESS_PREFIX_IPV6, Value::Ipv6(a));
        }
    }
    Ok(at + n)
}

/// The hidden boolean tshark adds for an LSA's function code.
fn lsa_flag(fc: u16) -> Option<&'static FieldDef> {
    Some(match fc {
        1 => f::ospf::V3_LSA_ROUTER,
        2 => f::ospf::V3_LSA_NETWORK,
        3 => f::ospf::V3_LSA_INTERPREFIX,
        4 => f::ospf::V3_LSA_INTERROUTER,
        5 => f::ospf::V3_LSA_ASEXT,
        6 => f::ospf::V3_LSA_MEMBER,
        7 => f::ospf::V3_LSA_NSSA,
        8 => f::ospf::V3_LSA_LINK,
        9 => f::ospf::V3_LSA_INTRAPREFIX,
        12 => f::ospf::V3_LSA_OPAQUE,
        _ => return None,
    })
}

/// One LSA at `at`: its header, and with `body` what follows it; the
/// offset tshark goes on from (after what its body read, which need not
/// be the LSA's length).
fn lsa(l: &mut Layer<'_>, b: &Bytes<'_>, at: usize, body: bool, ipv4: bool) -> R<usize> {
    // tshark reads the type and length before any item.
    let raw = b.u16(at + 2)?;
    let fc = raw & 0x1fff;
    let len = b.u16(at + 18)?;
    if body {
        // tshark's item for the whole LSA: past the bytes, it throws
        // before any of the LSA's fields.
        b.need(at + usize::from(len))?;
    }
    let age = b.u16(at)?;
    l.uint(f::ospf::LSA_AGE, age & 0x7fff);
    l.boolean(f::ospf::V3_LSA_DO_NOT_AGE, age & 0x8000 != 0);
    ls_type(l, raw);
    if let Some(hidden) = lsa_flag(fc) {
        l.boolean(hidden, true);
    }
    l.push(f::ospf::LINK_STATE_ID, b.ipv4(at + 4)?);
    l.push(f::ospf::ADVROUTER, b.ipv4(at + 8)?);
    l.uint(f::ospf::LSA_SEQNUM, b.u32(at + 12)?);
    l.uint(f::ospf::LSA_CHKSUM, b.u16(at + 16)?);
    l.uint(f::ospf::LSA_LENGTH, len);
    let mut o = at + LSA_HEADER;
    if !body {
        return Ok(o);
    }
    let end = at + usize::from(len);
    let mut rest = len.wrapping_sub(LSA_HEADER as u16);
    match fc {
        1 => {
            let flags = b.u8(o)?;
            l.uint(f::ospf::V3_ROUTER_LSA_FLAGS, flags);
            l.boolean(f::ospf::V3_ROUTER_LSA_FLAGS_W, flags & 0x08 != 0);
            l.boolean(f::ospf::V3_ROUTER_LSA_FLAGS_V, flags & 0x04 != 0);
            l.boolean(f::ospf::V3_ROUTER_LSA_FLAGS_E, flags & 0x02 != 0);
            l.boolean(f::ospf::V3_ROUTER_LSA_FLAGS_B, flags & 0x01 != 0);
            options(l, b, o + 1)?;
            o += 4;
            rest = rest.wrapping_sub(4);
            // The subtrees of the interfaces and of each: past the
            // bytes, they throw before their fields.
            if rest > 0 {
                b.need(o + usize::from(rest))?;
            }
            while rest > 0 {
                b.need(o + 16)?;
                l.uint(f::ospf::V3_LSA_TYPE, b.u8(o)?);
                reserved(l, b, o + 1, 1)?;
                l.uint(f::ospf::METRIC, b.u16(o + 2)?);
                l.uint(f::ospf::V3_LSA_INTERFACE_ID, b.u32(o + 4)?);
                l.uint(f::ospf::V3_LSA_NEIGHBOR_INTERFACE_ID, b.u32(o + 8)?);
                l.push(f::ospf::V3_LSA_NEIGHBOR_ROUTER_ID, b.ipv4(o + 12)?);
                o += 16;
                rest = rest.wrapping_sub(16);
            }
        }
        2 => {
            reserved(l, b, o, 1)?;
            options(l, b, o + 1)?;
            o += 4;
            rest = rest.wrapping_sub(4);
            while rest > 0 {
                l.push(f::ospf::V3_LSA_ATTACHED_ROUTER, b.ipv4(o)?);
                o += 4;
                rest = rest.wrapping_sub(4);
            }
        }
        3 => {
            reserved(l, b, o, 1)?;
            metric24(l, b, o + 1)?;
            let bits = b.u8(o + 4)?;
            l.uint(f::ospf::PREFIX_LENGTH, bits);
            prefix_options(l, b, o + 5)?;
            reserved(l, b, o + 6, 2)?;
            o = prefix(l, b, o + 8, bits, ipv4)?;
        }
        4 => {
            reserved(l, b, o, 1)?;
            options(l, b, o + 1)?;
            reserved(l, b, o + 4, 1)?;
            metric24(l, b, o + 5)?;
            l.push(f::ospf::V3_LSA_DESTINATION_ROUTER_ID, b.ipv4(o + 8)?);
            o += 12;
        }
        5 | 7 => {
            let flags = b.u8(o)?;
            l.uint(f::ospf::V3_AS_EXTERNAL_FLAGS, flags);
            l.boolean(f::ospf::V3_AS_EXTERNAL_FLAGS_E, flags & 0x04 != 0);
            l.boolean(f::ospf::V3_AS_EXTERNAL_FLAGS_F, flags & 0x02 != 0);
            l.boolean(f::ospf::V3_AS_EXTERNAL_FLAGS_T, flags & 0x01 != 0);
            metric24(l, b, o + 1)?;
            let bits = b.u8(o + 4)?;
            l.uint(f::ospf::PREFIX_LENGTH, bits);
            prefix_options(l, b, o + 5)?;
            let referenced = b.u16(o + 6)?;
            l.uint(f::ospf::V3_LSA_REFERENCED_LS_TYPE, referenced);
            o = prefix(l, b, o + 8, bits, ipv4)?;
            if o < end && flags & 0x02 != 0 {
                if ipv4 {
                    l.push(f::ospf::V3_LSA_FORWARDING_ADDRESS_IPV4, b.ipv4(o)?);
                } else {
                    b.need(o + 16)?;
                    let mut a = [0u8; 16];
                    a.copy_from_slice(&b.0[o..o + 16]);
                    l.push(f::ospf::V3_LSA_FORWARDING_ADDRESS_IPV6, Value::Ipv6(a));
                }
                o += 16;
            }
            if o < end && flags & 0x01 != 0 {
                l.uint(f::ospf::V3_LSA_EXTERNAL_ROUTE_TAG, b.u32(o)?);
                o += 4;
            }
            if o < end && referenced != 0 {
                l.push(f::ospf::V3_LSA_REFERENCED_LINK_STATE_ID, b.ipv4(o)?);
                o += 4;
            }
        }
        8 => {
            l.uint(f::ospf::V3_LSA_ROUTER_PRIORITY, b.u8(o)?);
            options(l, b, o + 1)?;
            if ipv4 {
                l.push(
                    f::ospf::V3_LSA_LINK_LOCAL_INTERFACE_ADDRESS_IPV4,
                    b.ipv4(o + 4)?,
                );
            } else {
                b.need(o + 20)?;
                let mut a = [0u8; 16];
                a.copy_from_slice(&b.0[o + 4..o + 20]);
                l.push(
                    f::ospf::V3_LSA_LINK_LOCAL_INTERFACE_ADDRESS_IPV6,
                    Value::Ipv6(a),
                );
            }
            let n = b.u32(o + 20)?;
            l.uint(f::ospf::V3_LSA_NUM_PREFIXES, n);
            o += 24;
            // Each prefix moves on by 4 bytes at least and reads there.
            for _ in 0..n {
                let bits = b.u8(o)?;
                l.uint(f::ospf::PREFIX_LENGTH, bits);
                prefix_options(l, b, o + 1)?;
                reserved(l, b, o + 2, 2)?;
                o = prefix(l, b, o + 4, bits, ipv4)?;
            }
        }
        9 => {
            let n = b.u16(o)?;
            l.uint(f::ospf::V3_LSA_NUM_PREFIXES, n);
            l.uint(f::ospf::V3_LSA_REFERENCED_LS_TYPE, b.u16(o + 2)?);
            l.push(f::ospf::V3_LSA_REFERENCED_LINK_STATE_ID, b.ipv4(o + 4)?);
            l.push(
                f::ospf::V3_LSA_REFERENCED_ADVERTISING_ROUTER,
                b.ipv4(o + 8)?,
            );
            o += 12;
            for _ in 0..n {
                let bits = b.u8(o)?;
                l.uint(f::ospf::PREFIX_LENGTH, bits);
                prefix_options(l, b, o + 1)?;
                l.uint(f::ospf::METRIC, b.u16(o + 2)?);
                o = prefix(l, b, o + 4, bits, ipv4)?;
            }
        }
        // Router Information: its TLVs are not read.
        12 => o += usize::from(rest),
        _ => {
            crate::dissect::expert::add(
                l,
                &super::LSA_UNKNOWN_TYPE,
                Some(format!("Unknown LSA Type {fc}")),
            );
            o += usize::from(rest);
        }
    }
    Ok(o)
}
