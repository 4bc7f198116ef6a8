//! The Mobile IPv6 mobility header (IPv6 next header 135, RFC 6275) as
//! tshark 4.0's `packet-mip6.c` decodes it: payload protocol, header
//! length, type, reserved byte and checksum (not verified: tshark shows
//! the value only), then the messages of RFC 6275: Binding Refresh
//! Request, Home/Care-of Test Init, Home/Care-of Test, Binding Update
//! (sequence, A H L K M R P F T B flags, lifetime), Binding
//! Acknowledgement and Binding Error; then the mobility options up to the
//! header's length: Pad1, PadN, Binding Refresh Advice, Alternate Care-of
//! Address, Nonce Indices, Binding Authorization Data, and an option of a
//! number tshark has no dissector for (its type, the "length" tshark reads
//! from the header's second byte, and its Note).
//!
//! Not taken apart (shown as tshark shows the header, nothing after it):
//! the other message types (fast handovers, PMIPv6, heartbeat...), and
//! options from the first one of the other kinds tshark knows.
//!
//! Reads follow tshark's order, so a header cut short shows what tshark
//! shows before its exception. The promise: no input makes this module
//! panic; every read is checked first.

pub mod fields;

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::fields as f;

crate::dissect::expert::ei!(IE_NOT_DISSECTED, f::mip6::IE_NOT_DISSECTED, Undecoded, Note);

/// A read past the captured bytes: where it would have ended.
struct Short(usize);

type R<T> = Result<T, Short>;

struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn need(&self, end: usize) -> R<()> {
        if self.0.len() >= end {
            Ok(())
        } else {
            Err(Short(end))
        }
    }
    fn u8(&self, at: usize) -> R<u8> {
        self.need(at + 1)?;
        Ok(self.0[at])
    }
    fn u16(&self, at: usize) -> R<u16> {
        self.need(at + 2)?;
        Ok(u16::from_be_bytes([self.0[at], self.0[at + 1]]))
    }
    fn u64(&self, at: usize) -> R<u64> {
        self.need(at + 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(&self.0[at..at + 8]);
        Ok(u64::from_be_bytes(a))
    }
    fn ipv6(&self, at: usize) -> R<Value<'static>> {
        self.need(at + 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(&self.0[at..at + 16]);
        Ok(Value::Ipv6(a))
    }
    fn bytes(&self, at: usize, n: usize) -> R<Value<'a>> {
        self.need(at + n)?;
        Ok(Value::Bytes(self.0[at..at + n].into()))
    }
}

const DATA: usize = 6;

/// The mobility header, as the last of IPv6's headers: nothing follows it
/// that tshark dissects (its fast-handover cases aside).
pub(crate) fn mip6(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "mipv6", start..walk.end);
    if let Err(Short(n)) = header(&mut l, &Bytes(b)) {
        walk.short(&mut l, "Mobility header", n, b.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn header<'a>(l: &mut Layer<'a>, b: &Bytes<'a>) -> R<()> {
    let len = (usize::from(b.u8(1)?) + 1) * 8;
    let proto = b.u8(0)?;
    l.uint(f::mip6::PROTO, proto);
    l.uint(f::mip6::HLEN, b.0[1]);
    let ty = b.u8(2)?;
    l.uint(f::mip6::MHTYPE, ty);
    l.uint(f::mip6::RESERVED, b.u8(3)?);
    l.uint(f::mip6::CSUM, b.u16(4)?);
    let end = match ty {
        0 => {
            l.push(f::mip6::BINDING_REFRESH_REQUEST, b.bytes(DATA, 2)?);
            DATA + 2
        }
        1 => {
            l.uint(f::mip6::HOTI_COOKIE, b.u64(8)?);
            DATA + 10
        }
        2 => {
            l.uint(f::mip6::COTI_COOKIE, b.u64(8)?);
            DATA + 10
        }
        3 => {
            l.uint(f::mip6::HOT_NINDEX, b.u16(6)?);
            l.uint(f::mip6::HOT_COOKIE, b.u64(8)?);
            l.uint(f::mip6::HOT_TOKEN, b.u64(16)?);
            DATA + 18
        }
        4 => {
            l.uint(f::mip6::COT_NINDEX, b.u16(6)?);
            l.uint(f::mip6::COT_COOKIE, b.u64(8)?);
            // tshark shows the care-of keygen token as the home one.
            l.uint(f::mip6::HOT_TOKEN, b.u64(16)?);
            DATA + 18
        }
        5 => {
            l.uint(f::mip6::BU_SEQNR, b.u16(6)?);
            let flags = b.u16(8)?;
            for (field, bit) in [
                (f::mip6::BU_A_FLAG, 0x8000),
                (f::mip6::BU_H_FLAG, 0x4000),
                (f::mip6::BU_L_FLAG, 0x2000),
                (f::mip6::BU_K_FLAG, 0x1000),
                (f::mip6::BU_M_FLAG, 0x0800),
                (f::mip6::NEMO_BU_R_FLAG, 0x0400),
                (f::mip6::BU_P_FLAG, 0x0200),
                (f::mip6::BU_F_FLAG, 0x0100),
                (f::mip6::BU_T_FLAG, 0x0080),
                (f::mip6::BU_B_FLAG, 0x0040),
            ] {
                l.boolean(field, flags & bit != 0);
            }
            l.uint(f::mip6::BU_LIFETIME, b.u16(10)?);
            DATA + 6
        }
        6 => {
            l.uint(f::mip6::BA_STATUS, b.u8(6)?);
            let flags = b.u8(7)?;
            for (field, bit) in [
                (f::mip6::BA_K_FLAG, 0x80),
                (f::mip6::NEMO_BA_R_FLAG, 0x40),
                (f::mip6::BA_P_FLAG, 0x20),
                (f::mip6::BA_T_FLAG, 0x10),
                (f::mip6::BA_B_FLAG, 0x08),
            ] {
                l.boolean(field, flags & bit != 0);
            }
            l.uint(f::mip6::BA_SEQNR, b.u16(8)?);
            l.uint(f::mip6::BA_LIFETIME, b.u16(10)?);
            DATA + 6
        }
        7 => {
            l.uint(f::mip6::BE_STATUS, b.u8(6)?);
            l.push(f::mip6::BE_HADDR, b.ipv6(8)?);
            DATA + 18
        }
        _ => return Ok(()),
    };
    if end < len {
        options(l, b, end, len - end)?;
    }
    Ok(())
}

/// The mobility options in `length` bytes from `at`.
fn options<'a>(l: &mut Layer<'a>, b: &Bytes<'a>, mut at: usize, mut length: usize) -> R<()> {
    while length > 0 {
        let opt = b.u8(at)?;
        length -= 1;
        if opt == 0 {
            at += 1;
            continue;
        }
        if length == 0 {
            // tshark's "length byte past end of options" (not kept).
            return Ok(());
        }
        let n = usize::from(b.u8(at + 1)?);
        length -= 1;
        if n > length {
            return Ok(());
        }
        let body = at + 2;
        // Each option is read from a buffer of its own length.
        let b = &Bytes(&b.0[..b.0.len().min(body + n)]);
        match opt {
            1 => {
                l.uint(f::mip6::MOBILITY_OPT_LEN, n as u64);
                if n > 0 {
                    l.push(f::mip6::PADN, b.bytes(body, n)?);
                }
            }
            2 => {
                l.uint(f::mip6::MOBILITY_OPT_LEN, n as u64);
                l.uint(f::mip6::BRA_INTERVAL, b.u16(body)?);
            }
            3 => {
                l.uint(f::mip6::MOBILITY_OPT_LEN, n as u64);
                l.push(f::mip6::ACOA_ACOA, b.ipv6(body)?);
            }
            4 => {
                l.uint(f::mip6::MOBILITY_OPT_LEN, n as u64);
                l.uint(f::mip6::NI_HNI, b.u16(body)?);
                l.uint(f::mip6::NI_CNI, b.u16(body + 2)?);
            }
            5 => {
                l.uint(f::mip6::MOBILITY_OPT_LEN, n as u64);
                l.push(f::mip6::BAD_AUTH, b.bytes(body, n)?);
            }
            _ if f::mip6::MOBILITY_OPT.value_name(u64::from(opt)).is_some() => {
                // An option tshark has a dissector for that is not read
                // here: stop, rather than show it otherwise.
                return Ok(());
            }
            _ => {
                l.uint(f::mip6::MOBILITY_OPT, opt);
                // tshark reads this "length" at the header's offset 1.
                l.uint(f::mip6::MOBILITY_OPT_LEN, b.u8(1)?);
                crate::dissect::expert::add(l, &IE_NOT_DISSECTED, None);
            }
        }
        length -= n;
        at += n + 2;
    }
    Ok(())
}

/// tshark's Info: the message type's name.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(t) = l.get_uint(f::mip6::MHTYPE) {
        match f::mip6::MHTYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => {
                out.push_str("Unknown Mobility Header (");
                out.push_str(itoa::Buffer::new().format(t));
                out.push(')');
            }
        }
    }
}

/// tshark's Protocol column: `NEMO` for a binding update or
/// acknowledgement of a mobile router (its R flag), else `MIPv6`.
pub(crate) fn column(l: &Layer<'_>) -> &'static str {
    if l.flag(f::mip6::NEMO_BU_R_FLAG) || l.flag(f::mip6::NEMO_BA_R_FLAG) {
        "NEMO"
    } else {
        "MIPv6"
    }
}

/// The tree's line: tshark's Info.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}
