//! PPP's control and authentication protocols as tshark 4.0's
//! `packet-ppp.c` decodes them: LCP (0xc021), IPCP (0x8021), IPV6CP
//! (0x8057) and CCP (0x80fd), which share one packet layout (code,
//! identifier, length, then options or data by code), and PAP (0xc023)
//! and CHAP (0xc223).
//!
//! What tshark does that is followed here (read from its source, checked
//! on the PPPoE, PPTP and GRE captures of tcpdump's, Zeek's and
//! PcapPlusPlus's test suites):
//! - the control protocols read their code and length first; the length
//!   field bounds the options and the data, not the bytes handed on (a
//!   PPPoE trailer is not read); codes are read as LCP's for every one of
//!   them (an IPCP echo shows `lcp.magic_number`);
//! - options are walked while their bytes last: a length byte past the
//!   end, a length under 2 or one past the end of the options stops the
//!   walk with the `ppp.opt.len.invalid` warning; an option of a length
//!   other than its own (or under its minimum) shows only that warning;
//!   an unknown option shows nothing; each known one is an item of its
//!   own (`lcp.opt.mtu_bytes`, tshark's protocol in name only) over its
//!   bytes, then its type, length and fields;
//! - a Protocol-Reject's rejected packet goes to the protocol it names;
//! - PAP and CHAP ignore their length field except where tshark reads it
//!   (CHAP's data), and append names, passwords and messages to Info.
//!
//! Not decoded (shown as tshark does not: nothing): CCP's options, IPV6CP's
//! compression option, LCP's authentication (24) and prefix elision (26)
//! options past their type and length.
//!
//! The promise: no input makes this module panic. Every read goes through
//! a [`Tvb`], which checks it against the captured bytes first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::wire::{Bound, Tvb};
use crate::dissect::{Next, Walk};
use std::fmt::Write;

ei!(OPT_LEN_INVALID, f::ppp::OPT_LEN_INVALID, Protocol, Warn);

/// The PPP protocol numbers decoded here.
pub(crate) const LCP: u16 = 0xc021;
pub(crate) const IPCP: u16 = 0x8021;
pub(crate) const IPV6CP: u16 = 0x8057;
pub(crate) const CCP: u16 = 0x80fd;
pub(crate) const PAP: u16 = 0xc023;
pub(crate) const CHAP: u16 = 0xc223;

/// The control protocols' codes (packet-ppp.c's `lcp_vals`; IPCP and
/// IPV6CP name the first seven, CCP adds the resets).
const CONFREQ: u8 = 1;
const CONFACK: u8 = 2;
const CONFNAK: u8 = 3;
const CONFREJ: u8 = 4;
const CODEREJ: u8 = 7;
const PROTREJ: u8 = 8;
const ECHOREQ: u8 = 9;
const ECHOREP: u8 = 10;
const DISCREQ: u8 = 11;
const IDENT: u8 = 12;
const TIMEREMAIN: u8 = 13;
const VNDRSPCFC: u8 = 0;

const LCP_CODES: &[(u8, &str)] = &[
    (0, "Vendor Specific"),
    (1, "Configuration Request"),
    (2, "Configuration Ack"),
    (3, "Configuration Nak"),
    (4, "Configuration Reject"),
    (5, "Termination Request"),
    (6, "Termination Ack"),
    (7, "Code Reject"),
    (8, "Protocol Reject"),
    (9, "Echo Request"),
    (10, "Echo Reply"),
    (11, "Discard Request"),
    (12, "Identification"),
    (13, "Time Remaining"),
];
const CCP_CODES: &[(u8, &str)] = &[
    (0, "Vendor Specific"),
    (1, "Configuration Request"),
    (2, "Configuration Ack"),
    (3, "Configuration Nak"),
    (4, "Configuration Reject"),
    (5, "Termination Request"),
    (6, "Termination Ack"),
    (7, "Code Reject"),
    (14, "Reset Request"),
    (15, "Reset Ack"),
];

/// One control protocol: its layer name, its options' type and length
/// fields, and its option table.
struct Cp {
    name: &'static str,
    opt_type: &'static FieldDef,
    opt_length: &'static FieldDef,
    options: &'static [OptDef],
}

/// The lengths an option must have (packet-ppp.c's `_fixed_opt` and
/// `_var_opt`); `Any` checks none.
#[derive(Clone, Copy)]
enum Len {
    Is(usize),
    AtLeast(usize),
    Any,
}

/// A known option: its number, its item (whose title is the name tshark
/// gives it), its length rule and what follows its type and length.
struct OptDef {
    kind: u8,
    item: &'static FieldDef,
    len: Len,
    body: for<'a> fn(&Tvb<'a>, &mut Layer<'a>) -> Result<(), Bound>,
}

const fn opt(
    kind: u8,
    item: &'static FieldDef,
    len: Len,
    body: for<'a> fn(&Tvb<'a>, &mut Layer<'a>) -> Result<(), Bound>,
) -> OptDef {
    OptDef {
        kind,
        item,
        len,
        body,
    }
}

fn nothing<'a>(_: &Tvb<'a>, _: &mut Layer<'a>) -> Result<(), Bound> {
    Ok(())
}

static LCP_CP: Cp = Cp {
    name: "lcp",
    opt_type: f::lcp::OPT_TYPE,
    opt_length: f::lcp::OPT_LENGTH,
    options: LCP_OPTIONS,
};
static IPCP_CP: Cp = Cp {
    name: "ipcp",
    opt_type: f::ipcp::OPT_TYPE,
    opt_length: f::ipcp::OPT_LENGTH,
    options: IPCP_OPTIONS,
};
static IPV6CP_CP: Cp = Cp {
    name: "ipv6cp",
    opt_type: f::ipv6cp::OPT_TYPE,
    opt_length: f::ipv6cp::OPT_LENGTH,
    options: IPV6CP_OPTIONS,
};
static CCP_CP: Cp = Cp {
    name: "ccp",
    opt_type: f::lcp::OPT_TYPE,
    opt_length: f::lcp::OPT_LENGTH,
    options: &[],
};
/// IPCP compression's suboptions (ROHC and IPHC).
static ROHC_SUB: Cp = Cp {
    name: "ipcp",
    opt_type: f::ipcp::OPT_ROHC_TYPE,
    opt_length: f::ipcp::OPT_ROHC_LENGTH,
    options: ROHC_OPTIONS,
};
static IPHC_SUB: Cp = Cp {
    name: "ipcp",
    opt_type: f::ipcp::OPT_IPHC_TYPE,
    opt_length: f::ipcp::OPT_IPHC_LENGTH,
    options: IPHC_OPTIONS,
};

use f::lcp as lo;

static LCP_OPTIONS: &[OptDef] = &[
    opt(0, lo::OPT_VENDOR, Len::AtLeast(6), |t, l| {
        l.uint(lo::OPT_OUI, t.u32(2)? >> 8);
        l.uint(lo::OPT_KIND, t.u8(5)?);
        rest(t, l, 6, lo::OPT_DATA)
    }),
    opt(1, lo::OPT_MTU_BYTES, Len::Is(4), |t, l| {
        l.uint(lo::OPT_MRU, t.u16(2)?);
        Ok(())
    }),
    opt(2, lo::OPT_ASYNCMAP_BYTES, Len::Is(6), |t, l| {
        let map = t.u32(2)?;
        l.uint(lo::OPT_ASYNCMAP, map);
        for def in ASYNCMAP_BITS {
            l.boolean(def, u64::from(map) & def.mask != 0);
        }
        Ok(())
    }),
    opt(3, lo::OPT_AUTH_PROTOCOL_BYTES, Len::AtLeast(4), |t, l| {
        let protocol = t.u16(2)?;
        l.uint(lo::OPT_AUTH_PROTOCOL, protocol);
        if t.reported > 4 {
            if protocol == CHAP {
                l.uint(lo::OPT_ALGORITHM, t.u8(4)?);
                if t.reported > 5 {
                    rest(t, l, 5, lo::OPT_DATA)?;
                }
            } else {
                rest(t, l, 4, lo::OPT_DATA)?;
            }
        }
        Ok(())
    }),
    opt(
        4,
        lo::OPT_QUALITY_PROTOCOL_BYTES,
        Len::AtLeast(4),
        |t, l| {
            l.uint(lo::OPT_QUALITY_PROTOCOL, t.u16(2)?);
            if t.reported > 4 {
                // tshark asks for the option's length plus four bytes here,
                // past its end: it throws.
                let data = t.bytes(4, t.reported + 4)?;
                l.push(lo::OPT_DATA, Value::Bytes(data.into()));
            }
            Ok(())
        },
    ),
    opt(5, lo::OPT_MAGIC_NUMBER_BYTES, Len::Is(6), |t, l| {
        l.uint(lo::OPT_MAGIC_NUMBER, t.u32(2)?);
        Ok(())
    }),
    opt(6, lo::OPT_LINKQUALMON, Len::Is(6), |t, l| {
        l.uint(lo::OPT_REPORTING_PERIOD, t.u32(2)?);
        Ok(())
    }),
    opt(7, lo::OPT_FIELD_COMPRESS, Len::Is(2), nothing),
    opt(8, lo::OPT_ADDR_FIELD_COMPRESS, Len::Is(2), nothing),
    opt(9, lo::OPT_FCS_ALTERNATIVES_BYTES, Len::Is(3), |t, l| {
        let v = t.u8(2)?;
        l.uint(lo::OPT_FCS_ALTERNATIVES, v);
        l.boolean(lo::OPT_FCS_ALTERNATIVES_CCITT32, v & 4 != 0);
        l.boolean(lo::OPT_FCS_ALTERNATIVES_CCITT16, v & 2 != 0);
        l.boolean(lo::OPT_FCS_ALTERNATIVES_NULL, v & 1 != 0);
        Ok(())
    }),
    opt(10, lo::OPT_SELF_DESC_PAD, Len::Is(3), |t, l| {
        l.uint(lo::OPT_MAXIMUM, t.u8(2)?);
        Ok(())
    }),
    opt(11, lo::OPT_NUMBERED_MODE, Len::AtLeast(3), |t, l| {
        l.uint(lo::OPT_WINDOW, t.u8(2)?);
        rest(t, l, 3, lo::OPT_HDLC_ADDRESS)
    }),
    opt(13, lo::OPT_CALLBACK, Len::AtLeast(3), |t, l| {
        l.uint(lo::OPT_OPERATION, t.u8(2)?);
        rest(t, l, 3, lo::OPT_MESSAGE)
    }),
    opt(15, lo::OPT_COMPOUND_FRAMES, Len::Is(2), nothing),
    opt(16, lo::OPT_NOMDATAENCAP, Len::Is(2), nothing),
    opt(17, lo::OPT_MULTILINK_MRRU, Len::Is(4), |t, l| {
        l.uint(lo::OPT_MRRU, t.u16(2)?);
        Ok(())
    }),
    opt(18, lo::OPT_MULTILINK_SSNH, Len::Is(2), nothing),
    opt(
        19,
        lo::OPT_MULTILINK_EP_DISC,
        Len::AtLeast(3),
        endpoint_discriminator,
    ),
    opt(21, lo::OPT_DCE_IDENTIFIER, Len::Is(3), |t, l| {
        l.uint(lo::OPT_MODE, t.u8(2)?);
        Ok(())
    }),
    opt(22, lo::OPT_MULTILINK_PP, Len::Is(4), |t, l| {
        l.push(lo::OPT_UNUSED, Value::Bytes(t.bytes(2, 2)?.into()));
        Ok(())
    }),
    opt(23, lo::OPT_LINK_DISCRIM_BYTES, Len::Is(4), |t, l| {
        l.uint(lo::OPT_LINK_DISCRIM, t.u16(2)?);
        Ok(())
    }),
    opt(24, lo::OPT_AUTH, Len::AtLeast(3), nothing),
    opt(25, lo::OPT_COBS, Len::Is(3), |t, l| {
        let v = t.u8(2)?;
        l.uint(lo::OPT_FLAGS, v);
        l.uint(lo::OPT_FLAGS_RESERVED, v >> 2);
        l.boolean(lo::OPT_FLAGS_PRE, v & 2 != 0);
        l.boolean(lo::OPT_FLAGS_ZXE, v & 1 != 0);
        Ok(())
    }),
    opt(26, lo::OPT_PREFIX_ELISION, Len::AtLeast(2), nothing),
    opt(27, lo::OPT_MULTILINK_HDR_FMT, Len::Is(4), |t, l| {
        l.uint(lo::OPT_CODE, t.u8(2)?);
        l.uint(lo::OPT_MAX_SUSP_CLASSES, t.u8(3)?);
        Ok(())
    }),
    opt(28, lo::OPT_INTERNATIONALIZATION, Len::AtLeast(7), |t, l| {
        l.uint(lo::OPT_MIBENUM, t.u32(2)?);
        let tag = t.bytes(6, t.reported - 6)?;
        expert::ascii_string(l, lo::OPT_LANGUAGE_TAG, tag);
        Ok(())
    }),
    opt(29, lo::OPT_SONET_SDH, Len::Is(2), nothing),
];

/// The async map's control characters, in the order tshark lists them.
static ASYNCMAP_BITS: [&FieldDef; 32] = [
    lo::OPT_ASYNCMAP_US,
    lo::OPT_ASYNCMAP_RS,
    lo::OPT_ASYNCMAP_GS,
    lo::OPT_ASYNCMAP_FS,
    lo::OPT_ASYNCMAP_ESC,
    lo::OPT_ASYNCMAP_SUB,
    lo::OPT_ASYNCMAP_EM,
    lo::OPT_ASYNCMAP_CAN,
    lo::OPT_ASYNCMAP_ETB,
    lo::OPT_ASYNCMAP_SYN,
    lo::OPT_ASYNCMAP_NAK,
    lo::OPT_ASYNCMAP_DC4,
    lo::OPT_ASYNCMAP_DC3,
    lo::OPT_ASYNCMAP_DC2,
    lo::OPT_ASYNCMAP_DC1,
    lo::OPT_ASYNCMAP_DLE,
    lo::OPT_ASYNCMAP_SI,
    lo::OPT_ASYNCMAP_SO,
    lo::OPT_ASYNCMAP_CR,
    lo::OPT_ASYNCMAP_FF,
    lo::OPT_ASYNCMAP_VT,
    lo::OPT_ASYNCMAP_LF,
    lo::OPT_ASYNCMAP_HT,
    lo::OPT_ASYNCMAP_BS,
    lo::OPT_ASYNCMAP_BEL,
    lo::OPT_ASYNCMAP_ACK,
    lo::OPT_ASYNCMAP_ENQ,
    lo::OPT_ASYNCMAP_EOT,
    lo::OPT_ASYNCMAP_ETX,
    lo::OPT_ASYNCMAP_STX,
    lo::OPT_ASYNCMAP_SOH,
    lo::OPT_ASYNCMAP_NUL,
];

/// The multilink endpoint discriminator: a class, then an address of
/// that class (a local one or a directory number cut to 20 and 15 bytes).
fn endpoint_discriminator<'a>(t: &Tvb<'a>, l: &mut Layer<'a>) -> Result<(), Bound> {
    let class = t.u8(2)?;
    l.uint(lo::OPT_EP_DISC_CLASS, class);
    let len = t.reported;
    if len <= 3 {
        return Ok(());
    }
    let n = len - 3;
    let bytes = |l: &mut Layer<'_>, def, n| -> Result<(), Bound> {
        l.push(def, Value::Bytes(t.bytes(3, n)?.to_vec().into()));
        Ok(())
    };
    match class {
        0 => Ok(()),
        1 => bytes(l, lo::OPT_DATA, n.min(20)),
        2 if n >= 4 => {
            let a = t.bytes(3, 4)?;
            l.push(lo::OPT_IP_ADDRESS, Value::Ipv4([a[0], a[1], a[2], a[3]]));
            Ok(())
        }
        3 if n >= 6 => {
            let a = t.bytes(3, 6)?;
            l.push(
                lo::OPT_802_1_ADDRESS,
                Value::Mac([a[0], a[1], a[2], a[3], a[4], a[5]]),
            );
            Ok(())
        }
        4 if n.is_multiple_of(4) => {
            bytes(l, lo::OPT_MAGIC_BLOCK, n.min(20))?;
            for at in (3..len).step_by(4) {
                l.uint(lo::OPT_MAGIC_NUMBER, t.u32(at)?);
            }
            Ok(())
        }
        5 => bytes(l, lo::OPT_PSNDN, n.min(15)),
        _ => bytes(l, lo::OPT_DATA, n),
    }
}

use f::ipcp as io;

fn ipv4_at<'a>(
    t: &Tvb<'a>,
    l: &mut Layer<'a>,
    def: &'static FieldDef,
    at: usize,
) -> Result<(), Bound> {
    let a = t.bytes(at, 4)?;
    l.push(def, Value::Ipv4([a[0], a[1], a[2], a[3]]));
    Ok(())
}

static IPCP_OPTIONS: &[OptDef] = &[
    opt(1, io::OPT_ADDRS, Len::Is(10), |t, l| {
        ipv4_at(t, l, io::OPT_SRC_ADDRESS, 2)?;
        ipv4_at(t, l, io::OPT_DST_ADDRESS, 6)
    }),
    opt(2, io::OPT_COMPRESS, Len::Any, ip_compression),
    opt(3, io::OPT_ADDR, Len::Is(6), |t, l| {
        ipv4_at(t, l, io::OPT_IP_ADDRESS, 2)
    }),
    opt(4, io::OPT_MOBILEIPV4, Len::Is(6), |t, l| {
        ipv4_at(t, l, io::OPT_MOBILENODEHOMEADDRESS, 2)
    }),
    opt(129, io::OPT_PRI_DNS, Len::Is(6), |t, l| {
        ipv4_at(t, l, io::OPT_PRI_DNS_ADDRESS, 2)
    }),
    opt(130, io::OPT_PRI_NBNS, Len::Is(6), |t, l| {
        ipv4_at(t, l, io::OPT_PRI_NBNS_ADDRESS, 2)
    }),
    opt(131, io::OPT_SEC_DNS, Len::Is(6), |t, l| {
        ipv4_at(t, l, io::OPT_SEC_DNS_ADDRESS, 2)
    }),
    opt(132, io::OPT_SEC_NBNS, Len::Is(6), |t, l| {
        ipv4_at(t, l, io::OPT_SEC_NBNS_ADDRESS, 2)
    }),
];

static ROHC_OPTIONS: &[OptDef] = &[opt(1, io::OPT_ROHC_PROFILE_BYTES, Len::Any, |t, l| {
    let mut at = 2;
    while t.reported >= at + 2 {
        l.uint(io::OPT_ROHC_PROFILE, t.u16(at)?);
        at += 2;
    }
    Ok(())
})];

static IPHC_OPTIONS: &[OptDef] = &[
    opt(1, io::OPT_IPHC_RTP_COMPRESS, Len::Is(2), nothing),
    opt(2, io::OPT_IPHC_ENHANCED_RTP_COMPRESS, Len::Is(2), nothing),
    opt(3, io::OPT_IPHC_NEGHDRCOMP, Len::Is(3), |t, l| {
        l.uint(io::OPT_IPHC_PARAM, t.u8(2)?);
        Ok(())
    }),
];

/// IPCP's IP compression protocol option: ROHC's and IPHC's parameters
/// and suboptions, VJ's slots, any other's bytes.
fn ip_compression<'a>(t: &Tvb<'a>, l: &mut Layer<'a>) -> Result<(), Bound> {
    let proto = t.u16(2)?;
    l.uint(io::OPT_COMPRESS_PROTO, proto);
    let len = t.reported;
    match proto {
        0x0003 => {
            l.uint(io::OPT_MAX_CID, t.u16(4)?);
            l.uint(io::OPT_MRRU, t.u16(6)?);
            l.uint(io::OPT_MAX_HEADER, t.u16(8)?);
            if len > 10 {
                t.bytes(10, len - 10)?;
                options(t, 10, len - 10, &ROHC_SUB, l)?;
            }
        }
        0x002d | 0x0037 => {
            l.uint(io::OPT_MAX_SLOT_ID, t.u8(4)?);
            l.boolean(io::OPT_COMP_SLOT_ID, t.u8(5)? & 1 != 0);
        }
        0x0061 => {
            l.uint(io::OPT_TCP_SPACE, t.u16(4)?);
            l.uint(io::OPT_NON_TCP_SPACE, t.u16(6)?);
            l.uint(io::OPT_F_MAX_PERIOD, t.u16(8)?);
            l.uint(io::OPT_F_MAX_TIME, t.u16(10)?);
            l.uint(io::OPT_MAX_HEADER, t.u16(12)?);
            if len > 14 {
                t.bytes(14, len - 14)?;
                options(t, 14, len - 14, &IPHC_SUB, l)?;
            }
        }
        _ => rest(t, l, 4, io::DATA)?,
    }
    Ok(())
}

static IPV6CP_OPTIONS: &[OptDef] = &[opt(
    1,
    f::ipv6cp::OPT_INTERFACE_IDENTIFIER,
    Len::Is(10),
    |t, l| {
        let id = t.bytes(2, 8)?;
        l.push(f::ipv6cp::INTERFACE_IDENTIFIER, Value::Bytes(id.into()));
        Ok(())
    },
)];

/// The option's bytes from `at` to its end as `def`, when there are any.
fn rest<'a>(
    t: &Tvb<'a>,
    l: &mut Layer<'a>,
    at: usize,
    def: &'static FieldDef,
) -> Result<(), Bound> {
    if t.reported > at {
        let b = t.bytes(at, t.reported - at)?;
        l.push(def, Value::Bytes(b.to_vec().into()));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn warn(l: &mut Layer<'_>, message: String) {
    expert::add(l, &OPT_LEN_INVALID, Some(message));
}

/// packet-ppp.c's `ppp_dissect_options`: the `length` bytes of options
/// at `at` in `t`, each to its dissector in `cp`'s table.
fn options<'a>(
    t: &Tvb<'a>,
    mut at: usize,
    length: usize,
    cp: &Cp,
    l: &mut Layer<'a>,
) -> Result<(), Bound> {
    let mut left = length;
    while left > 0 {
        let kind = t.u8(at)?;
        left -= 1;
        let def = cp.options.iter().find(|o| o.kind == kind);
        let name = || match def {
            Some(d) => d.item.title.to_string(),
            None => format!("Unknown (0x{kind:02x})"),
        };
        if left == 0 {
            warn(l, format!("{} (length byte past end of options)", name()));
            return Ok(());
        }
        let optlen = usize::from(t.u8(at + 1)?);
        left -= 1;
        if optlen < 2 {
            warn(
                l,
                format!(
                    "{} (with too-short option length = {optlen} byte{})",
                    name(),
                    plural(optlen)
                ),
            );
            return Ok(());
        }
        if optlen - 2 > left {
            // The warning spans what is left of the options: past the
            // bytes, adding it throws.
            t.bytes(at, left)?;
            warn(
                l,
                format!(
                    "{} (option length = {optlen} byte{} says option goes past end of options)",
                    name(),
                    plural(optlen)
                ),
            );
            return Ok(());
        }
        if let Some(d) = def {
            // tshark's subset tvb: the option's bytes, as many as were
            // captured, and its length on the wire.
            let sub = Tvb {
                b: t.b.get(at..).map_or(&[][..], |b| &b[..b.len().min(optlen)]),
                reported: optlen,
                le: false,
            };
            // Past the options' own bytes, a read of the option is past
            // its container's end (tshark's ContainedBoundsError):
            // malformed, not cut short.
            let contained = t.reported.saturating_sub(at) < optlen;
            option(&sub, d, cp, l).map_err(|e| if contained { Bound::Past } else { e })?;
        }
        at += optlen;
        left -= optlen - 2;
    }
    Ok(())
}

/// packet-ppp.c's `ppp_lcp_options` dissector (L2TP's proxy LCP AVPs):
/// the LCP options that fill `b` (`reported` bytes on the wire), their
/// items added to `l`. `Err` when a read falls past the bytes: what
/// tshark's PPP throws.
pub(crate) fn lcp_options<'a>(
    b: &'a [u8],
    reported: usize,
    l: &mut Layer<'a>,
) -> Result<(), Bound> {
    let t = Tvb {
        b,
        reported: reported.max(b.len()),
        le: false,
    };
    options(&t, 0, t.reported, &LCP_CP, l)
}

/// One known option: its length checked, then its item, type, length and
/// fields.
fn option<'a>(t: &Tvb<'a>, d: &OptDef, cp: &Cp, l: &mut Layer<'a>) -> Result<(), Bound> {
    let len = t.reported;
    let item_len = match d.len {
        Len::Is(n) if len != n => {
            t.bytes(0, len)?;
            let msg = format!(
                "{} (with option length = {len} byte{}; should be {n})",
                d.item.title,
                plural(len)
            );
            warn(l, msg);
            return Ok(());
        }
        Len::AtLeast(n) if len < n => {
            t.bytes(0, len)?;
            // tshark names LCP's Vendor Specific option and its minimum
            // whatever the option (its CCP options say their own).
            let (name, min) = if cp.name == "lcp" {
                (lo::OPT_VENDOR.title, 6)
            } else {
                (d.item.title, n)
            };
            let msg = format!(
                "{name} (with option length = {len} byte{}; should be at least {min})",
                plural(len)
            );
            warn(l, msg);
            return Ok(());
        }
        Len::Is(n) => n,
        _ => len,
    };
    // A protocol item longer than the bytes does not throw: it shows
    // what there is.
    l.push(d.item, Value::Bytes(t.slice(0, item_len).into()));
    l.uint(cp.opt_type, t.u8(0)?);
    l.uint(cp.opt_length, t.u8(1)?);
    (d.body)(t, l)
}

/// The bytes PPP hands a protocol: from the walk's offset to its end, and
/// their length on the wire.
fn payload<'a>(walk: &Walk<'a>) -> Tvb<'a> {
    let b = walk.rest();
    let reported = walk.reported_end.max(walk.end).saturating_sub(walk.off);
    Tvb {
        b,
        reported: reported.max(b.len()),
        le: false,
    }
}

/// A read of `protocol` that fell past its bytes: what tshark's exception
/// shows.
fn thrown(l: &mut Layer<'_>, protocol: &'static str, e: Bound) {
    let reason = format!("{protocol}: read past the end of its bytes");
    l.read_past_end(protocol, reason, e == Bound::Cut);
}

/// A control protocol's packet (`proto` one of LCP, IPCP, IPV6CP, CCP).
pub(crate) fn cp(walk: &mut Walk<'_>, proto: u16) -> Next {
    let cp = match proto {
        LCP => &LCP_CP,
        IPCP => &IPCP_CP,
        IPV6CP => &IPV6CP_CP,
        _ => &CCP_CP,
    };
    let t = payload(walk);
    let start = walk.off;
    let mut l = Layer::new(Osi::DataLink, cp.name, start..start + t.b.len());
    match cp_body(&t, cp, &mut l) {
        Ok(Some((at, len, rejected))) => {
            // The rejected packet goes to its own protocol, over the
            // bytes the length leaves it.
            walk.layers.push(l);
            walk.off = start + at;
            walk.end = walk.end.min(start + at + len);
            walk.reported_end = walk.reported_end.min(start + at + len);
            return super::carried(walk, rejected);
        }
        Ok(None) => {}
        Err(e) => thrown(&mut l, cp.name, e),
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// packet-ppp.c's `dissect_cp`; `Some((offset, length, protocol))` of a
/// Protocol-Reject's rejected packet.
fn cp_body<'a>(
    t: &Tvb<'a>,
    cp: &Cp,
    l: &mut Layer<'a>,
) -> Result<Option<(usize, usize, u16)>, Bound> {
    let code = t.u8(0)?;
    let length = usize::from(t.u16(2)?);
    l.span = l.span.start..l.span.start + length.min(t.b.len());
    l.uint(f::ppp::CODE, code);
    l.uint(f::ppp::IDENTIFIER, t.u8(1)?);
    l.uint(f::ppp::LENGTH, length as u16);
    let Some(len) = length.checked_sub(4).filter(|&n| n > 0) else {
        // Nothing past the header (or a length under it): a vendor
        // packet and an echo still read their fields.
        return match code {
            VNDRSPCFC | ECHOREQ | ECHOREP | DISCREQ | IDENT | TIMEREMAIN | PROTREJ => {
                cp_fields(t, code, 0, l)
            }
            _ => Ok(None),
        };
    };
    if matches!(code, CONFREQ | CONFACK | CONFNAK | CONFREJ) {
        // The options' subtree spans them all: past the bytes, it throws
        // before any option is shown.
        t.bytes(4, len)?;
        options(t, 4, len, cp, l)?;
        return Ok(None);
    }
    cp_fields(t, code, len, l)
}

/// The fields after the header of a packet other than a configuration
/// one, `len` bytes by its length field (0 when it says none).
fn cp_fields<'a>(
    t: &Tvb<'a>,
    code: u8,
    len: usize,
    l: &mut Layer<'a>,
) -> Result<Option<(usize, usize, u16)>, Bound> {
    let bytes = |at: usize, n: usize| -> Result<Value<'static>, Bound> {
        Ok(Value::Bytes(t.bytes(at, n)?.to_vec().into()))
    };
    match code {
        VNDRSPCFC => {
            l.uint(f::ppp::MAGIC_NUMBER, t.u32(4)?);
            l.uint(f::ppp::OUI, t.u32(8)? >> 8);
            l.uint(f::ppp::KIND, t.u8(11)?);
            if len > 8 {
                l.push(f::ppp::DATA, bytes(12, len - 8)?);
            }
        }
        CODEREJ => l.push(f::ppp::DATA, bytes(4, len)?),
        PROTREJ => {
            let rejected = t.u16(4)?;
            l.uint(f::lcp::REJ_PROTO, rejected);
            if len > 2 {
                return Ok(Some((6, len - 2, rejected)));
            }
        }
        ECHOREQ | ECHOREP | DISCREQ => {
            l.uint(f::lcp::MAGIC_NUMBER, t.u32(4)?);
            if len > 4 {
                l.push(f::lcp::DATA, bytes(8, len - 4)?);
            }
        }
        IDENT => {
            l.uint(f::lcp::MAGIC_NUMBER, t.u32(4)?);
            if len > 4 {
                expert::ascii_string(l, f::lcp::MESSAGE, t.bytes(8, len - 4)?);
            }
        }
        TIMEREMAIN => {
            l.uint(f::lcp::MAGIC_NUMBER, t.u32(4)?);
            l.uint(f::lcp::SECS_REMAINING, t.u32(8)?);
            if len > 8 {
                expert::ascii_string(l, f::lcp::MESSAGE, t.bytes(12, len - 8)?);
            }
        }
        _ if len > 0 => l.push(f::ppp::DATA, bytes(4, len)?),
        _ => {}
    }
    Ok(None)
}

/// PAP (0xc023).
pub(crate) fn pap(walk: &mut Walk<'_>) -> Next {
    one_layer(walk, "pap", pap_body)
}

/// A protocol whose packet is one layer over the rest of the bytes, read
/// by `body` (what it reads past them is tshark's exception).
fn one_layer<'a>(
    walk: &mut Walk<'a>,
    protocol: &'static str,
    body: fn(&Tvb<'a>, &mut Layer<'a>) -> Result<(), Bound>,
) -> Next {
    let t = payload(walk);
    let start = walk.off;
    let mut l = Layer::new(Osi::DataLink, protocol, start..start + t.b.len());
    if let Err(e) = body(&t, &mut l) {
        thrown(&mut l, protocol, e);
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn pap_body<'a>(t: &Tvb<'a>, l: &mut Layer<'a>) -> Result<(), Bound> {
    use f::pap as p;
    let code = t.u8(0)?;
    l.uint(p::CODE, code);
    l.uint(p::IDENTIFIER, t.u8(1)?);
    l.uint(p::LENGTH, t.u16(2)?);
    // The data item runs to the end of what was captured.
    t.bytes(4, 0)?;
    l.push(p::DATA, Value::None);
    let mut at = 4;
    let mut string = |l: &mut Layer<'_>, len_def, def| -> Result<(), Bound> {
        let n = t.u8(at)?;
        l.uint(len_def, n);
        let s = t.bytes(at + 1, usize::from(n))?;
        expert::ascii_string(l, def, s);
        at += 1 + usize::from(n);
        Ok(())
    };
    match code {
        1 => {
            string(l, p::PEER_ID_LENGTH, p::PEER_ID)?;
            string(l, p::PASSWORD_LENGTH, p::PASSWORD)?;
        }
        2 | 3 => string(l, p::MESSAGE_LENGTH, p::MESSAGE)?,
        _ => {
            let b = t.slice(4, t.reported);
            l.push(p::STUFF, Value::Bytes(b.to_vec().into()));
        }
    }
    Ok(())
}

/// CHAP (0xc223).
pub(crate) fn chap(walk: &mut Walk<'_>) -> Next {
    one_layer(walk, "chap", chap_body)
}

fn chap_body<'a>(t: &Tvb<'a>, l: &mut Layer<'a>) -> Result<(), Bound> {
    use f::chap as c;
    let code = t.u8(0)?;
    l.uint(c::CODE, code);
    l.uint(c::IDENTIFIER, t.u8(1)?);
    let length = usize::from(t.u16(2)?);
    l.uint(c::LENGTH, length as u16);
    if length < 4 {
        return Ok(());
    }
    let len = length - 4;
    match code {
        1 | 2 if len > 0 => {
            t.bytes(4, len)?;
            l.push(c::DATA, Value::None);
            let left = len - 1;
            let size = usize::from(t.u8(4)?);
            if size > left {
                // tshark shows the size as invalid and stops.
                l.uint(c::VALUE_SIZE, size as u8);
                return Ok(());
            }
            l.uint(c::VALUE_SIZE, size as u8);
            if left > 0 {
                let value = t.bytes(5, size)?;
                l.push(c::VALUE, Value::Bytes(value.into()));
                if left > size {
                    expert::ascii_string(l, c::NAME, t.bytes(5 + size, left - size)?);
                }
            }
        }
        3 | 4 => {
            let m = t.bytes(4, len)?;
            if len > 0 {
                expert::ascii_string(l, c::MESSAGE, m);
            }
        }
        1 | 2 => {}
        _ if len > 0 => l.push(c::STUFF, Value::Bytes(t.bytes(4, len)?.into())),
        _ => {}
    }
    Ok(())
}

fn code_name(codes: &[(u8, &'static str)], code: u64) -> &'static str {
    codes
        .iter()
        .find(|(c, _)| u64::from(*c) == code)
        .map_or("Unknown", |(_, n)| n)
}

/// A control protocol's Info: its code's name.
pub(crate) fn cp_info(out: &mut String, l: &Layer<'_>) {
    let codes = if l.protocol == "ccp" {
        CCP_CODES
    } else {
        LCP_CODES
    };
    if let Some(code) = l.get_uint(f::ppp::CODE) {
        out.push_str(code_name(codes, code));
    }
}

/// PAP's Info: the code's name, then the peer and password or the
/// message, as tshark appends them once read.
pub(crate) fn pap_info(out: &mut String, l: &Layer<'_>) {
    use f::pap as p;
    let Some(code) = l.get_uint(p::CODE) else {
        return;
    };
    out.push_str(p::CODE.value_name(code).unwrap_or("Unknown"));
    let text = |def| expert::format_text(l.get_str(def).unwrap_or("").as_bytes());
    if l.has(p::PASSWORD) {
        let _ = write!(
            out,
            " (Peer-ID='{}', Password='{}')",
            text(p::PEER_ID),
            text(p::PASSWORD)
        );
    } else if l.has(p::MESSAGE) {
        let _ = write!(out, " (Message='{}')", text(p::MESSAGE));
    }
}

/// CHAP's Info: the code's name, then the name and value of a challenge
/// or response, or the message of a success or failure.
pub(crate) fn chap_info(out: &mut String, l: &Layer<'_>) {
    use f::chap as c;
    let Some(code) = l.get_uint(c::CODE) else {
        return;
    };
    out.push_str(c::CODE.value_name(code).unwrap_or("Unknown"));
    match code {
        1 | 2 => {
            let Some(Value::Bytes(value)) = l.get(c::VALUE) else {
                return;
            };
            let name = l.get_str(c::NAME).unwrap_or("");
            let cut: String = name.chars().take(20).collect();
            let more = if name.chars().count() > 20 { "..." } else { "" };
            let _ = write!(
                out,
                " (NAME='{}{more}', VALUE=0x",
                expert::format_text(cut.as_bytes())
            );
            for b in value.iter() {
                let _ = write!(out, "{b:02x}");
            }
            out.push(')');
        }
        3 | 4 if l.thrown.is_none() => {
            let m = l.get_str(c::MESSAGE).unwrap_or("");
            let _ = write!(out, " (MESSAGE='{}')", expert::format_text(m.as_bytes()));
        }
        _ => {}
    }
}
