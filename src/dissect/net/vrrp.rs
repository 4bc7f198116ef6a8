//! VRRP (IP protocol 112) as tshark 4.0's `packet-vrrp.c` decodes it:
//! version 2 (RFC 3768: authentication type and an advertisement interval
//! in seconds) and version 3 (RFC 5798: four reserved bits and a 12-bit
//! interval in centiseconds); any other version is read as version 2.
//! The addresses are IPv6 when the packet came over IPv6, whatever its
//! version; after them, a simple-text password (authentication type 1,
//! 8 bytes) or Cisco's MD5 digest (type 254: the packet's last 16 bytes,
//! when that many follow the addresses).
//!
//! The checksum is verified over the whole message when it was all
//! captured and not a fragment: version 3 with the IP pseudo-header (over
//! IPv4 too: tshark's `v3_checksum_as_in_v2` preference is off by
//! default), others without. A bad one is tshark's Warning
//! `vrrp.checksum_bad.expert` ("Bad checksum [should be 0x....]").
//!
//! Reads follow tshark's order, so a message cut short shows what tshark
//! shows before its exception: the priority and address count are read
//! before anything is added (under four bytes, no field at all); the Info
//! column (`Announcement (v2)`) needs only the first byte.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::be16;
use super::super::{Addrs, Next, Walk};
use super::{ChecksumFields, ones_complement_add, ones_complement_sum, push_checksum_status};
use crate::dissect::fields as f;

static VRRP_CHECKSUM: ChecksumFields = ChecksumFields {
    status: f::vrrp::CHECKSUM_STATUS,
    bad: &super::expert::VRRP_CHECKSUM_BAD,
};

const AUTH_SIMPLE_TEXT: u8 = 1;
const AUTH_CISCO_MD5: u8 = 254;

/// A read past the captured bytes: where it would have ended.
struct Short(usize);

fn need(b: &[u8], n: usize) -> Result<(), Short> {
    if b.len() >= n { Ok(()) } else { Err(Short(n)) }
}

pub(crate) fn vrrp(walk: &mut Walk<'_>, addrs: Addrs) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.is_empty() {
        return Next::Data(Osi::Network);
    }
    // The message's length on the wire (the IP payload), captured or not.
    let reported = walk.reported_end.max(walk.end) - start;
    let mut l = Layer::new(Osi::Network, "vrrp", start..walk.end);
    if let Err(Short(n)) = message(walk, &mut l, b, reported, addrs) {
        walk.short(&mut l, "VRRP message", n, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn message<'a>(
    walk: &Walk<'_>,
    l: &mut Layer<'a>,
    b: &'a [u8],
    reported: usize,
    addrs: Addrs,
) -> Result<(), Short> {
    let ver_type = b[0];
    let version = ver_type >> 4;
    if b.len() < 4 {
        // The Info column is written before the priority and count are
        // read: keep the version it shows.
        l.uint(f::vrrp::OSIDUMP_VERSION, version);
        return Err(Short(4));
    }
    l.uint(f::vrrp::TYPEVER, ver_type);
    l.uint(f::vrrp::VERSION, version);
    l.uint(f::vrrp::TYPE, ver_type & 0x0f);
    l.uint(f::vrrp::VIRT_RTR_ID, b[1]);
    l.uint(f::vrrp::PRIO, b[2]);
    let count = usize::from(b[3]);
    l.uint(f::vrrp::ADDR_COUNT, b[3]);
    let mut auth = 0;
    if version == 3 {
        need(b, 5)?;
        l.uint(f::vrrp::RESERVED_MBZ, b[4] >> 4);
        need(b, 6)?;
        l.uint(f::vrrp::SHORT_ADVER_INT, be16(b, 4) & 0x0fff);
    } else {
        need(b, 5)?;
        auth = b[4];
        l.uint(f::vrrp::AUTH_TYPE, auth);
        need(b, 6)?;
        l.uint(f::vrrp::ADVER_INT, b[5]);
    }
    need(b, 8)?;
    let cksum = be16(b, 6);
    l.uint(f::vrrp::CHECKSUM, cksum);
    if b.len() >= reported {
        let mut sum = ones_complement_sum(&b[..reported]);
        if version == 3 {
            // The pseudo-header: addresses, length, next header.
            let alen = if addrs.v6 { 16 } else { 4 };
            let mut ph = [0u8; 40];
            ph[..alen].copy_from_slice(&addrs.src[..alen]);
            ph[alen..2 * alen].copy_from_slice(&addrs.dst[..alen]);
            let at = 2 * alen;
            ph[at..at + 4].copy_from_slice(&(reported as u32).to_be_bytes());
            ph[at + 7] = 112;
            sum = ones_complement_add(sum, ones_complement_sum(&ph[..at + 8]));
        }
        push_checksum_status(walk, l, sum, cksum, &VRRP_CHECKSUM);
    } else {
        l.uint(f::vrrp::CHECKSUM_STATUS, super::checksum::UNVERIFIED);
    }
    let mut off = 8;
    for _ in 0..count {
        if addrs.v6 {
            need(b, off + 16)?;
            let mut a = [0u8; 16];
            a.copy_from_slice(&b[off..off + 16]);
            l.push(f::vrrp::IPV6_ADDR, Value::Ipv6(a));
            off += 16;
        } else {
            need(b, off + 4)?;
            l.push(
                f::vrrp::IP_ADDR,
                Value::Ipv4([b[off], b[off + 1], b[off + 2], b[off + 3]]),
            );
            off += 4;
        }
    }
    match auth {
        AUTH_SIMPLE_TEXT => {
            need(b, off + 8)?;
            crate::dissect::expert::ascii_string(l, f::vrrp::AUTH_STRING, &b[off..off + 8]);
        }
        AUTH_CISCO_MD5 if reported >= off + 16 => {
            need(b, reported)?;
            l.push(
                f::vrrp::MD5_AUTH_DATA,
                Value::Bytes(b[reported - 16..reported].into()),
            );
        }
        _ => {}
    }
    Ok(())
}

/// tshark's Info: `Announcement (v2)`, the version being the first
/// byte's high nibble.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(v) = l
        .get_uint(f::vrrp::VERSION)
        .or_else(|| l.get_uint(f::vrrp::OSIDUMP_VERSION))
    {
        out.push_str("Announcement (v");
        out.push_str(itoa::Buffer::new().format(v));
        out.push(')');
    }
}

/// The tree's line: tshark's Info (`-V` shows the router, priority and
/// addresses).
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
