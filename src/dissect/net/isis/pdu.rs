//! The IS-IS PDUs after the common header: Hello (LAN levels 1 and 2,
//! point-to-point), LSP (levels 1 and 2), CSNP and PSNP, and their CLVs.
//!
//! CLVs decoded (tshark 4.0's fields): area addresses (1), IS neighbors
//! (2 in an LSP; 6, MAC addresses, in a Hello), padding (8), LSP entries
//! (9), authentication (10), instance identifier (7), extended IS
//! reachability (22; its sub-CLVs' code and length), IP internal and
//! external reachability (128, 130), protocols supported (129), IP
//! interface addresses (132), TE router ID (134), extended IP
//! reachability (135; its sub-CLVs' code and length), hostname (137),
//! restart signaling (211), IPv6 interface addresses (232),
//! point-to-point adjacency state (240). Any other CLV shows only its
//! type and length (and, when tshark has no dissector for it, tshark's
//! "not implemented" note).

use super::Short;
use crate::dissect::expert::{self, Expert, Group, Severity};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use crate::dissect::wire::{be16, be32};
use std::borrow::Cow;

/// The layer name of a PDU type, `None` for types tshark does not know.
pub(super) fn name(kind: u8) -> Option<&'static str> {
    Some(match kind {
        15..=17 => "isis.hello",
        18 | 20 => "isis.lsp",
        24 | 25 => "isis.csnp",
        26 | 27 => "isis.psnp",
        _ => return None,
    })
}

/// Fetches `n` bytes at `at` of the PDU, or where the read ends.
fn get(b: &[u8], at: usize, n: usize) -> Result<&[u8], Short> {
    b.get(at..at + n).ok_or(Short(at + n))
}

fn u8_at(b: &[u8], at: usize) -> Result<u8, Short> {
    Ok(get(b, at, 1)?[0])
}

fn u16_at(b: &[u8], at: usize) -> Result<u16, Short> {
    Ok(be16(get(b, at, 2)?, 0))
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, Short> {
    Ok(be32(get(b, at, 4)?, 0))
}

/// tshark's text of an OSI system ID (print_system_id): `xxxx.xxxx.xxxx`,
/// then `.xx` (7 bytes) and `-xx` (8 bytes).
pub(super) fn system_id(id: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(20);
    if (6..=8).contains(&id.len()) {
        let _ = write!(
            s,
            "{:02x}{:02x}.{:02x}{:02x}.{:02x}{:02x}",
            id[0], id[1], id[2], id[3], id[4], id[5]
        );
        if id.len() >= 7 {
            let _ = write!(s, ".{:02x}", id[6]);
        }
        if id.len() == 8 {
            let _ = write!(s, "-{:02x}", id[7]);
        }
    } else if id.is_empty() || id.len() > 20 {
        s.push_str("<Invalid length of SYSTEM ID>");
    } else {
        for (i, b) in id.iter().enumerate() {
            if i > 0 && i % 2 == 0 {
                s.push('.');
            }
            let _ = write!(s, "{b:02x}");
        }
    }
    s
}

fn sysid<'a>(
    l: &mut Layer<'a>,
    def: &'static FieldDef,
    b: &[u8],
    at: usize,
    n: usize,
) -> Result<(), Short> {
    let id = get(b, at, n)?;
    l.push(def, Value::Str(Cow::Owned(system_id(id))));
    Ok(())
}

fn ipv4(b: &[u8]) -> Value<'static> {
    Value::Ipv4([b[0], b[1], b[2], b[3]])
}

/// The PDU of type `kind` (the whole IS-IS PDU is `b`, its header
/// `header_len` bytes long by its length indicator).
pub(super) fn pdu<'a>(
    b: &'a [u8],
    kind: u8,
    header_len: usize,
    id_len: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    match kind {
        15..=17 => hello(b, kind, header_len, id_len, l),
        18 | 20 => lsp(b, kind == 20, header_len, id_len, l),
        24 | 25 => snp(b, true, header_len, id_len, l),
        _ => snp(b, false, header_len, id_len, l),
    }
}

/// Which PDU a CLV is in: its fields' names differ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pdu {
    Hello,
    Lsp,
    Csnp,
    Psnp,
}

struct ClvDefs {
    kind: &'static FieldDef,
    len: &'static FieldDef,
}

const HELLO_CLV: ClvDefs = ClvDefs {
    kind: f::isis_hello::CLV_TYPE,
    len: f::isis_hello::CLV_LENGTH,
};
const LSP_CLV: ClvDefs = ClvDefs {
    kind: f::isis_lsp::CLV_TYPE,
    len: f::isis_lsp::CLV_LENGTH,
};
const CSNP_CLV: ClvDefs = ClvDefs {
    kind: f::isis_csnp::CLV_TYPE,
    len: f::isis_csnp::CLV_LENGTH,
};
const PSNP_CLV: ClvDefs = ClvDefs {
    kind: f::isis_psnp::CLV_TYPE,
    len: f::isis_psnp::CLV_LENGTH,
};

fn hello<'a>(
    b: &'a [u8],
    kind: u8,
    header_len: usize,
    id_len: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    let mut at = 8;
    let c = u8_at(b, at)?;
    l.uint(f::isis_hello::CIRCUIT_TYPE, c & 0x03);
    l.uint(f::isis_hello::RESERVED, (c & 0xfc) >> 2);
    at += 1;
    sysid(l, f::isis_hello::SOURCE_ID, b, at, id_len)?;
    at += id_len;
    l.uint(f::isis_hello::HOLDING_TIMER, u16_at(b, at)?);
    at += 2;
    let pdu_len = usize::from(u16_at(b, at)?);
    l.uint(f::isis_hello::PDU_LENGTH, pdu_len as u64);
    if pdu_len < header_len {
        expert::add(l, &HELLO_SHORT_PDU, None);
    }
    at += 2;
    if kind == 17 {
        l.uint(f::isis_hello::LOCAL_CIRCUIT_ID, u8_at(b, at)?);
        at += 1;
    } else {
        let p = u8_at(b, at)?;
        l.uint(f::isis_hello::PRIORITY, p & 0x7f);
        l.uint(PRIORITY_RESERVED, p >> 7);
        at += 1;
        sysid(l, f::isis_hello::LAN_ID, b, at, id_len + 1)?;
        at += id_len + 1;
    }
    let len = pdu_len as isize - header_len as isize;
    clvs(b, at, len, id_len, Pdu::Hello, false, l)
}

/// The priority byte's top bit: tshark's second `isis.hello.reserved`.
pub(crate) static PRIORITY_RESERVED: &FieldDef = crate::field!(
    FieldDef::new(
        "isis.hello.reserved",
        crate::dissect::field::FieldType::Uint8,
        "Reserved"
    )
    .mask(0x80)
    .in_proto("isis.hello")
);

static BAD_CHECKSUM: Expert = Expert {
    field: f::isis_lsp::BAD_CHECKSUM,
    group: Group::Checksum,
    severity: Severity::Error,
};

static SHORT_PDU: Expert = Expert {
    field: f::isis_lsp::SHORT_PDU,
    group: Group::Malformed,
    severity: Severity::Error,
};
static LONG_PDU: Expert = Expert {
    field: f::isis_lsp::LONG_PDU,
    group: Group::Malformed,
    severity: Severity::Error,
};
static HELLO_SHORT_PDU: Expert = Expert {
    field: f::isis_hello::HELLO_PDU,
    group: Group::Malformed,
    severity: Severity::Error,
};

static SHORT_HELLO: Expert = Expert {
    field: f::isis_hello::SHORT_CLV,
    group: Group::Malformed,
    severity: Severity::Error,
};
static SHORT_LSP: Expert = Expert {
    field: f::isis_lsp::SHORT_CLV,
    group: Group::Malformed,
    severity: Severity::Error,
};
static SHORT_CSNP: Expert = Expert {
    field: f::isis_csnp::SHORT_CLV,
    group: Group::Malformed,
    severity: Severity::Error,
};
static SHORT_PSNP: Expert = Expert {
    field: f::isis_psnp::SHORT_CLV,
    group: Group::Malformed,
    severity: Severity::Error,
};

static LONG_CLV_LSP: Expert = Expert {
    field: f::isis_lsp::LONG_CLV,
    group: Group::Malformed,
    severity: Severity::Error,
};
static AUTH_UNKNOWN_HELLO: Expert = Expert {
    field: f::isis_hello::AUTHENTICATION_UNKNOWN,
    group: Group::Protocol,
    severity: Severity::Warn,
};
static AUTH_UNKNOWN_LSP: Expert = Expert {
    field: f::isis_lsp::AUTHENTICATION_UNKNOWN,
    group: Group::Protocol,
    severity: Severity::Warn,
};
static AUTH_UNKNOWN_CSNP: Expert = Expert {
    field: f::isis_csnp::AUTHENTICATION_UNKNOWN,
    group: Group::Protocol,
    severity: Severity::Warn,
};

static UNKNOWN_HELLO: Expert = Expert {
    field: f::isis_hello::CLV_UNKNOWN,
    group: Group::Undecoded,
    severity: Severity::Note,
};
static UNKNOWN_LSP: Expert = Expert {
    field: f::isis_lsp::CLV_UNKNOWN,
    group: Group::Undecoded,
    severity: Severity::Note,
};
static UNKNOWN_CSNP: Expert = Expert {
    field: f::isis_csnp::CLV_UNKNOWN,
    group: Group::Undecoded,
    severity: Severity::Note,
};
static UNKNOWN_PSNP: Expert = Expert {
    field: f::isis_psnp::CLV_UNKNOWN,
    group: Group::Undecoded,
    severity: Severity::Note,
};

fn lsp<'a>(
    b: &'a [u8],
    level2: bool,
    header_len: usize,
    id_len: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    let mut at = 8;
    let pdu_len = usize::from(u16_at(b, at)?);
    l.uint(f::isis_lsp::PDU_LENGTH, pdu_len as u64);
    if pdu_len < header_len {
        expert::add(l, &SHORT_PDU, None);
    } else if pdu_len > b.len() {
        expert::add(l, &LONG_PDU, None);
    }
    at += 2;
    let life = u16_at(b, at)?;
    l.uint(f::isis_lsp::REMAINING_LIFE, life);
    at += 2;
    let id_at = at;
    sysid(l, f::isis_lsp::LSP_ID, b, at, id_len + 2)?;
    at += id_len + 2;
    l.uint(f::isis_lsp::SEQUENCE_NUMBER, u32_at(b, at)?);
    at += 4;
    let cksum_at = at;
    let cksum = u16_at(b, at)?;
    l.uint(f::isis_lsp::CHECKSUM, cksum);
    at += 2;
    // Verified over the LSP from its ID to the PDU's end, unless the
    // lifetime is 0 (a purge: not present) or the bytes are not all here.
    let expected = (pdu_len >= header_len.max(id_at) && pdu_len <= b.len())
        .then(|| fletcher(&b[id_at..pdu_len], cksum_at - id_at))
        .flatten();
    let status = match expected {
        _ if life == 0 || cksum == 0 => 3,
        None => 2,
        Some(e) if e == cksum => 1,
        Some(_) => 0,
    };
    l.uint(f::isis_lsp::CHECKSUM_STATUS, status as u64);
    if let (0, Some(e)) = (status, expected) {
        expert::add(
            l,
            &BAD_CHECKSUM,
            Some(format!("Bad checksum [should be 0x{e:04x}]")),
        );
    }
    let t = u8_at(b, at)?;
    l.boolean(f::isis_lsp::PARTITION_REPAIR, t & 0x80 != 0);
    l.uint(f::isis_lsp::ATT, (t & 0x78) >> 3);
    l.boolean(f::isis_lsp::ERROR_METRIC, t & 0x08 != 0);
    l.boolean(f::isis_lsp::EXPENSE_METRIC, t & 0x04 != 0);
    l.boolean(f::isis_lsp::DELAY_METRIC, t & 0x02 != 0);
    l.boolean(f::isis_lsp::DEFAULT_METRIC, t & 0x01 != 0);
    l.boolean(f::isis_lsp::OVERLOAD, t & 0x04 != 0);
    l.uint(f::isis_lsp::IS_TYPE, t & 0x03);
    at += 1;
    let len = pdu_len as isize - header_len as isize;
    clvs(b, at, len, id_len, Pdu::Lsp, level2, l)
}

/// The Fletcher checksum (ISO 8473 annex C) the data should carry at
/// `at`, as packet-osi.c's check_and_get_checksum computes it (the two
/// checksum bytes counted as zeros); `None` when they are not inside.
fn fletcher(b: &[u8], at: usize) -> Option<u16> {
    if at + 2 > b.len() {
        return None;
    }
    let (mut c0, mut c1) = (0i64, 0i64);
    for (i, &x) in b.iter().enumerate() {
        let x = if i == at || i == at + 1 {
            0
        } else {
            i64::from(x)
        };
        c0 = (c0 + x) % 255;
        c1 = (c1 + c0) % 255;
    }
    let factor = (b.len() - at) as i64 * c0;
    let mut x = factor - c0 - c1;
    let mut y = c1 - factor - 1;
    if x < 0 {
        x -= 1;
    }
    if y > 0 {
        y += 1;
    }
    x %= 255;
    y %= 255;
    if x == 0 {
        x = 0xff;
    }
    if y == 0 {
        y = 0x01;
    }
    Some(((x << 8) | (y & 0xff)) as u16)
}

fn snp<'a>(
    b: &'a [u8],
    complete: bool,
    header_len: usize,
    id_len: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    let (len_def, src_def, circ_def) = if complete {
        (
            f::isis_csnp::PDU_LENGTH,
            f::isis_csnp::SOURCE_ID,
            f::isis_csnp::SOURCE_CIRCUIT,
        )
    } else {
        (
            f::isis_psnp::PDU_LENGTH,
            f::isis_psnp::SOURCE_ID,
            f::isis_psnp::SOURCE_CIRCUIT,
        )
    };
    let mut at = 8;
    let pdu_len = usize::from(u16_at(b, at)?);
    l.uint(len_def, pdu_len as u64);
    at += 2;
    sysid(l, src_def, b, at, id_len)?;
    at += id_len;
    let circ = get(b, at, 1)?;
    l.push(circ_def, Value::Bytes(Cow::Borrowed(circ)));
    at += 1;
    if complete {
        sysid(l, f::isis_csnp::START_LSP_ID, b, at, id_len + 2)?;
        at += id_len + 2;
        sysid(l, f::isis_csnp::END_LSP_ID, b, at, id_len + 2)?;
        at += id_len + 2;
    }
    let len = pdu_len as isize - header_len as isize;
    let which = if complete { Pdu::Csnp } else { Pdu::Psnp };
    clvs(b, at, len, id_len, which, false, l)
}

/// tshark's short-CLV expert of the PDU, with its message.
fn short_clv(l: &mut Layer<'_>, pdu: Pdu, message: String) {
    let e = match pdu {
        Pdu::Hello => &SHORT_HELLO,
        Pdu::Lsp => &SHORT_LSP,
        Pdu::Csnp => &SHORT_CSNP,
        Pdu::Psnp => &SHORT_PSNP,
    };
    expert::add(l, e, Some(message));
}

/// The CLVs from `at`, `len` bytes of them, as isis_dissect_clvs walks
/// them: a type and length read while bytes remain, a value longer than
/// what remains ends the walk.
fn clvs<'a>(
    b: &'a [u8],
    mut at: usize,
    mut len: isize,
    id_len: usize,
    pdu: Pdu,
    level2: bool,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    let defs = match pdu {
        Pdu::Hello => &HELLO_CLV,
        Pdu::Lsp => &LSP_CLV,
        Pdu::Csnp => &CSNP_CLV,
        Pdu::Psnp => &PSNP_CLV,
    };
    while len > 0 {
        let code = u8_at(b, at)?;
        at += 1;
        len -= 1;
        if len == 0 {
            break;
        }
        let length = u8_at(b, at)?;
        at += 1;
        len -= 1;
        if len == 0 {
            break;
        }
        if len < isize::from(length) {
            short_clv(l, pdu, format!("Short CLV header ({length} vs {len})"));
            return Ok(());
        }
        let n = usize::from(length);
        l.uint(defs.kind, code);
        l.uint(defs.len, length);
        match clv(
            b,
            at,
            n,
            code,
            Ctx {
                id_len,
                pdu,
                level2,
            },
            l,
        )? {
            true => {}
            false => {
                let e = match pdu {
                    Pdu::Hello => &UNKNOWN_HELLO,
                    Pdu::Lsp => &UNKNOWN_LSP,
                    Pdu::Csnp => &UNKNOWN_CSNP,
                    Pdu::Psnp => &UNKNOWN_PSNP,
                };
                expert::add(
                    l,
                    e,
                    Some(format!(
                        "Dissector for IS-IS CLV ({code}) code not implemented, \
                         Contact Wireshark developers if you want this supported"
                    )),
                );
            }
        }
        at += n;
        len -= isize::from(length);
    }
    Ok(())
}

/// Whether tshark has a dissector for CLV `code` in this PDU.
fn known(code: u8, pdu: Pdu) -> bool {
    match pdu {
        Pdu::Hello => matches!(
            code,
            1 | 6
                | 7
                | 8
                | 10
                | 16
                | 129
                | 132
                | 133
                | 143
                | 145
                | 148
                | 211
                | 229
                | 232
                | 233
                | 240
        ),
        Pdu::Lsp => matches!(
            code,
            1 | 2
                | 4
                | 7
                | 10
                | 13
                | 14
                | 22
                | 23
                | 128
                | 129
                | 130
                | 131
                | 132
                | 133
                | 134
                | 135
                | 137
                | 138
                | 140
                | 141
                | 143
                | 144
                | 147
                | 148
                | 149
                | 150
                | 222
                | 223
                | 229
                | 232
                | 235
                | 236
                | 237
                | 242
        ),
        Pdu::Csnp | Pdu::Psnp => matches!(code, 7 | 9 | 10 | 12 | 133 | 222),
    }
}

/// One CLV's value (`n` bytes at `at`): `false` when tshark has no
/// dissector for it.
/// What a CLV's decoding depends on besides its bytes.
#[derive(Clone, Copy)]
struct Ctx {
    id_len: usize,
    pdu: Pdu,
    level2: bool,
}

fn clv<'a>(
    b: &'a [u8],
    at: usize,
    n: usize,
    code: u8,
    cx: Ctx,
    l: &mut Layer<'a>,
) -> Result<bool, Short> {
    let Ctx {
        id_len,
        pdu,
        level2,
    } = cx;
    if !known(code, pdu) {
        return Ok(false);
    }
    let hello = pdu == Pdu::Hello;
    match code {
        1 if matches!(pdu, Pdu::Hello | Pdu::Lsp) => {
            let def = if hello {
                f::isis_hello::AREA_ADDRESS
            } else {
                f::isis_lsp::AREA_ADDRESS
            };
            area_addresses(b, at, n, def, pdu, l)?;
        }
        7 => {
            let (iid, itid) = match pdu {
                Pdu::Hello => (f::isis_hello::IID, f::isis_hello::SUPPORTED_ITID),
                Pdu::Lsp => (f::isis_lsp::IID, f::isis_lsp::SUPPORTED_ITID),
                _ => (f::isis_csnp::IID, f::isis_csnp::SUPPORTED_ITID),
            };
            // tshark's instance identifier: the IID, then 2-byte ITIDs.
            let mut left = n as isize - 1;
            if left <= 0 {
                short_clv(l, pdu, "short address (no length for payload)".into());
            } else {
                l.uint(iid, u16_at(b, at)?);
                let mut o = at + 2;
                left -= 2;
                while left > 0 {
                    l.uint(itid, u16_at(b, o)?);
                    o += 2;
                    left -= 2;
                }
            }
        }
        2 if pdu == Pdu::Lsp => is_neighbors(b, at, n, id_len, level2, l)?,
        6 if hello => {
            let mut o = at;
            while o + 6 <= at + n {
                let m = get(b, o, 6)?;
                l.push(
                    f::isis_hello::IS_NEIGHBOR,
                    Value::Mac([m[0], m[1], m[2], m[3], m[4], m[5]]),
                );
                o += 6;
            }
        }
        9 if matches!(pdu, Pdu::Csnp | Pdu::Psnp) => {
            let mut o = at;
            let mut left = n;
            while left >= 16 {
                let e = get(b, o, 16)?;
                l.uint(f::isis_csnp::LSP_SEQ_NUM, be32(e, 10));
                l.uint(f::isis_csnp::LSP_REMAIN_LIFE, be16(e, 0));
                l.uint(f::isis_csnp::LSP_CHECKSUM, be16(e, 14));
                l.push(
                    f::isis_csnp::LSP_ID,
                    Value::Str(Cow::Owned(system_id(&e[2..2 + (id_len + 2).min(8)]))),
                );
                o += 16;
                left -= 16;
            }
        }
        129 if matches!(pdu, Pdu::Hello | Pdu::Lsp) => {
            let def = if hello {
                f::isis_hello::CLV_NLPID_NLPID
            } else {
                f::isis_lsp::CLV_NLPID_NLPID
            };
            for &x in get(b, at, n)? {
                l.uint(def, x);
            }
        }
        132 if matches!(pdu, Pdu::Hello | Pdu::Lsp) => {
            let def = if hello {
                f::isis_hello::CLV_IPV4_INT_ADDR
            } else {
                f::isis_lsp::CLV_IPV4_INT_ADDR
            };
            let mut o = at;
            while o < at + n {
                if o + 4 > at + n {
                    let left = at + n - o;
                    short_clv(l, pdu, format!("Short IP interface address ({left} vs 4)"));
                    break;
                }
                l.push(def, ipv4(get(b, o, 4)?));
                o += 4;
            }
        }
        232 if matches!(pdu, Pdu::Hello | Pdu::Lsp) => {
            let def = if hello {
                f::isis_hello::CLV_IPV6_INT_ADDR
            } else {
                f::isis_lsp::CLV_IPV6_INT_ADDR
            };
            let mut o = at;
            while o + 16 <= at + n {
                let a: [u8; 16] = get(b, o, 16)?.try_into().unwrap_or([0; 16]);
                l.push(def, Value::Ipv6(a));
                o += 16;
            }
        }
        134 if pdu == Pdu::Lsp && n == 4 => {
            l.push(f::isis_lsp::CLV_TE_ROUTER_ID, ipv4(get(b, at, 4)?));
        }
        137 if pdu == Pdu::Lsp => {
            let s = get(b, at, n)?;
            l.str(f::isis_lsp::HOSTNAME, crate::dissect::wire::ascii(s));
        }
        128 | 130 if pdu == Pdu::Lsp => ip_reachability(b, at, n, l)?,
        135 if pdu == Pdu::Lsp => ext_ip_reachability(b, at, n, l)?,
        22 if pdu == Pdu::Lsp => ext_is_reachability(b, at, n, id_len, l)?,
        211 if hello && n >= 1 => {
            let fl = u8_at(b, at)?;
            l.uint(f::isis_hello::CLV_RESTART_FLAGS, fl);
            l.boolean(f::isis_hello::CLV_RESTART_FLAGS_SA, fl & 0x04 != 0);
            l.boolean(f::isis_hello::CLV_RESTART_FLAGS_RA, fl & 0x02 != 0);
            l.boolean(f::isis_hello::CLV_RESTART_FLAGS_RR, fl & 0x01 != 0);
            // The remaining time and the neighbor follow a restart
            // acknowledgment only.
            if n >= 3 && fl & 0x02 != 0 {
                l.uint(f::isis_hello::CLV_RESTART_REMAIN_TIME, u16_at(b, at + 1)?);
                if n >= 3 + id_len {
                    sysid(l, f::isis_hello::CLV_RESTART_NEIGHBOR, b, at + 3, id_len)?;
                }
            }
        }
        240 if hello => p2p_adjacency(b, at, n, id_len, l)?,
        10 if pdu != Pdu::Psnp && n > 0 => {
            let (def, unknown) = match pdu {
                Pdu::Hello => (f::isis_hello::CLV_AUTHENTICATION, &AUTH_UNKNOWN_HELLO),
                Pdu::Lsp => (f::isis_lsp::AUTHENTICATION, &AUTH_UNKNOWN_LSP),
                _ => (f::isis_csnp::AUTHENTICATION, &AUTH_UNKNOWN_CSNP),
            };
            let kind = u8_at(b, at)?;
            let v = get(b, at + 1, n - 1)?;
            l.push(def, Value::Bytes(Cow::Borrowed(v)));
            if !matches!(kind, 1 | 3 | 54) {
                expert::add(l, unknown, None);
            }
        }
        4 if pdu == Pdu::Lsp => {
            if n < id_len {
                short_clv(l, pdu, format!("Short lsp partition DIS({n} vs {id_len})"));
            } else {
                sysid(l, f::isis_lsp::PARTITION_DESIGNATED_L2_IS, b, at, id_len)?;
                if n > id_len {
                    expert::add(
                        l,
                        &LONG_CLV_LSP,
                        Some(format!("Long lsp partition DIS, {} left over", n - id_len)),
                    );
                }
            }
        }
        143 if hello => mt_port_capability(b, at, n, l)?,
        144 if pdu == Pdu::Lsp => mt_capability(b, at, n, l)?,
        242 if pdu == Pdu::Lsp && n >= 5 => {
            l.uint(f::isis_lsp::RT_CAPABLE_ROUTER_ID, u32_at(b, at)?);
            let fl = u8_at(b, at + 4)?;
            l.boolean(f::isis_lsp::RT_CAPABLE_FLAG_S, fl & 0x01 != 0);
            l.boolean(f::isis_lsp::RT_CAPABLE_FLAG_D, fl & 0x02 != 0);
        }
        _ => {}
    }
    Ok(true)
}

fn area_addresses<'a>(
    b: &'a [u8],
    mut at: usize,
    n: usize,
    def: &'static FieldDef,
    pdu: Pdu,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    let mut left = n as isize;
    while left > 0 {
        let alen = usize::from(u8_at(b, at)?);
        left -= 1;
        if left <= 0 {
            short_clv(l, pdu, "short address (no length for payload)".into());
            return Ok(());
        }
        if alen as isize > left {
            short_clv(
                l,
                pdu,
                format!("short address, packet says {alen}, we have {left} left"),
            );
            return Ok(());
        }
        let v = get(b, at, alen + 1)?;
        l.push(def, Value::Bytes(Cow::Borrowed(v)));
        at += alen + 1;
        left -= alen as isize;
    }
    Ok(())
}

/// IS neighbors (CLV 2): the virtual flag (a level 1 LSP) or a reserved
/// byte (level 2), then per neighbor four metrics and its ID. tshark 4.0
/// reads all four metrics from the first (default) metric's byte.
fn is_neighbors<'a>(
    b: &'a [u8],
    at: usize,
    n: usize,
    id_len: usize,
    level2: bool,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    if n == 0 {
        return Ok(());
    }
    let first = u8_at(b, at)?;
    if level2 {
        l.uint(f::isis_lsp::EIS_NEIGHBORS_CLV_INNER_RESERVED, first);
    } else {
        l.boolean(f::isis_lsp::IS_VIRTUAL, first != 0);
    }
    let mut o = at + 1;
    let entry = 4 + id_len + 1;
    while o + entry <= at + n {
        let e = get(b, o, entry)?;
        use f::isis_lsp as x;
        l.uint(x::EIS_NEIGHBORS_DEFAULT_METRIC, e[0] & 0x3f);
        l.boolean(x::EIS_NEIGHBORS_DEFAULT_METRIC_IE, e[0] & 0x40 != 0);
        for (v, m, s, ie) in [
            (
                e[0],
                x::EIS_NEIGHBORS_DELAY_METRIC,
                x::EIS_NEIGHBORS_DELAY_METRIC_SUPPORTED,
                x::EIS_NEIGHBORS_DELAY_METRIC_IE,
            ),
            (
                e[0],
                x::EIS_NEIGHBORS_EXPENSE_METRIC,
                x::EIS_NEIGHBORS_EXPENSE_METRIC_SUPPORTED,
                x::EIS_NEIGHBORS_EXPENSE_METRIC_IE,
            ),
            (
                e[0],
                x::EIS_NEIGHBORS_ERROR_METRIC,
                x::EIS_NEIGHBORS_ERROR_METRIC_SUPPORTED,
                x::EIS_NEIGHBORS_ERROR_METRIC_IE,
            ),
        ] {
            l.uint(m, v & 0x3f);
            l.boolean(s, v & 0x80 != 0);
            l.boolean(ie, v & 0x40 != 0);
        }
        l.push(
            x::EIS_NEIGHBORS_IS_NEIGHBOR,
            Value::Str(Cow::Owned(system_id(&e[4..]))),
        );
        o += entry;
    }
    Ok(())
}

fn ip_reachability<'a>(b: &'a [u8], at: usize, n: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::isis_lsp as x;
    let mut o = at;
    while o + 12 <= at + n {
        let e = get(b, o, 12)?;
        l.push(x::IP_REACHABILITY_IPV4_PREFIX, ipv4(&e[4..8]));
        l.uint(x::IP_REACHABILITY_DEFAULT_METRIC, e[0] & 0x3f);
        l.boolean(x::IP_REACHABILITY_DEFAULT_METRIC_IE, e[0] & 0x40 != 0);
        l.boolean(x::IP_REACHABILITY_DISTRIBUTION, e[0] & 0x80 != 0);
        for (v, m, s, ie) in [
            (
                e[1],
                x::IP_REACHABILITY_DELAY_METRIC,
                x::IP_REACHABILITY_DELAY_METRIC_SUPPORT,
                x::IP_REACHABILITY_DELAY_METRIC_IE,
            ),
            (
                e[2],
                x::IP_REACHABILITY_EXPENSE_METRIC,
                x::IP_REACHABILITY_EXPENSE_METRIC_SUPPORT,
                x::IP_REACHABILITY_EXPENSE_METRIC_IE,
            ),
            (
                e[3],
                x::IP_REACHABILITY_ERROR_METRIC,
                x::IP_REACHABILITY_ERROR_METRIC_SUPPORT,
                x::IP_REACHABILITY_ERROR_METRIC_IE,
            ),
        ] {
            l.uint(m, v & 0x3f);
            l.boolean(s, v & 0x80 != 0);
            l.boolean(ie, v & 0x40 != 0);
        }
        o += 12;
    }
    Ok(())
}

fn ext_ip_reachability<'a>(
    b: &'a [u8],
    at: usize,
    n: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::isis_lsp as x;
    let end = at + n;
    let mut o = at;
    while o < end {
        let metric = u32_at(b, o)?;
        let ctrl = u8_at(b, o + 4)?;
        let plen = ctrl & 0x3f;
        let bytes = usize::from(plen).div_ceil(8);
        l.uint(x::EXT_IP_REACHABILITY_METRIC, metric);
        l.boolean(x::EXT_IP_REACHABILITY_DISTRIBUTION, ctrl & 0x80 != 0);
        l.boolean(x::EXT_IP_REACHABILITY_SUBTLV, ctrl & 0x40 != 0);
        l.uint(x::EXT_IP_REACHABILITY_PREFIX_LENGTH, plen);
        let pfx = get(b, o + 5, bytes.min(4))?;
        let mut a = [0u8; 4];
        a[..pfx.len()].copy_from_slice(pfx);
        l.push(x::EXT_IP_REACHABILITY_IPV4_PREFIX, Value::Ipv4(a));
        let mut len = 5 + bytes;
        if ctrl & 0x40 != 0 {
            let sub = usize::from(u8_at(b, o + len)?);
            l.uint(x::EXT_IP_REACHABILITY_SUBCLVS_LENGTH, sub as u64);
            sub_clvs(
                b,
                o + len + 1,
                sub,
                x::EXT_IP_REACHABILITY_CODE,
                x::EXT_IP_REACHABILITY_LENGTH,
                l,
                |_, _, _, _| Ok(()),
            )?;
            len += 1 + sub;
        } else {
            l.uint(x::EXT_IP_REACHABILITY_SUBCLVS_LENGTH, 0u8);
        }
        o += len;
    }
    Ok(())
}

/// Sub-CLVs in `n` bytes at `at`: each one's code and length, then
/// `value` for its value.
fn sub_clvs<'a>(
    b: &'a [u8],
    at: usize,
    n: usize,
    code_def: &'static FieldDef,
    len_def: &'static FieldDef,
    l: &mut Layer<'a>,
    value: impl Fn(&'a [u8], u8, usize, &mut Layer<'a>) -> Result<(), Short>,
) -> Result<(), Short> {
    let end = at + n;
    let mut o = at;
    while o + 2 <= end {
        let code = u8_at(b, o)?;
        let len = usize::from(u8_at(b, o + 1)?);
        l.uint(code_def, code);
        l.uint(len_def, len as u64);
        if o + 2 + len > end {
            return Ok(());
        }
        value(b, code, o + 2, l)?;
        let _ = len;
        o += 2 + len;
    }
    Ok(())
}

/// A bandwidth (IEEE float, bytes per second) as tshark shows it, in Mbps.
fn mbps(b: &[u8], at: usize) -> Result<Value<'static>, Short> {
    let v = f32::from_bits(u32_at(b, at)?);
    Ok(Value::Float(v * 8.0 / 1_000_000.0))
}

fn ext_is_reachability<'a>(
    b: &'a [u8],
    at: usize,
    n: usize,
    id_len: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::isis_lsp as x;
    let end = at + n;
    let mut o = at;
    while o < end {
        sysid(l, x::EXT_IS_REACHABILITY_IS_NEIGHBOR_ID, b, o, id_len + 1)?;
        let m = get(b, o + id_len + 1, 3)?;
        l.uint(
            x::EXT_IS_REACHABILITY_METRIC,
            u32::from_be_bytes([0, m[0], m[1], m[2]]),
        );
        let sub = usize::from(u8_at(b, o + id_len + 4)?);
        l.uint(x::EXT_IS_REACHABILITY_SUBCLVS_LENGTH, sub as u64);
        sub_clvs(
            b,
            o + id_len + 5,
            sub,
            x::EXT_IS_REACHABILITY_CODE,
            x::EXT_IS_REACHABILITY_LENGTH,
            l,
            |b, code, v, l| {
                match code {
                    4 => {
                        l.uint(x::EXT_IS_REACHABILITY_LINK_LOCAL_IDENTIFIER, u32_at(b, v)?);
                        l.uint(
                            x::EXT_IS_REACHABILITY_LINK_REMOTE_IDENTIFIER,
                            u32_at(b, v + 4)?,
                        );
                    }
                    6 => l.push(
                        x::EXT_IS_REACHABILITY_IPV4_INTERFACE_ADDRESS,
                        ipv4(get(b, v, 4)?),
                    ),
                    8 => l.push(
                        x::EXT_IS_REACHABILITY_IPV4_NEIGHBOR_ADDRESS,
                        ipv4(get(b, v, 4)?),
                    ),
                    9 => l.push(x::MAXIMUM_LINK_BANDWIDTH, mbps(b, v)?),
                    29 => {
                        let m = get(b, v, 3)?;
                        l.uint(
                            x::SPB_LINK_METRIC,
                            u32::from_be_bytes([0, m[0], m[1], m[2]]),
                        );
                        l.uint(x::SPB_PORT_COUNT, u8_at(b, v + 3)?);
                        l.uint(x::SPB_PORT_ID, u16_at(b, v + 4)?);
                    }
                    10 => l.push(x::RESERVABLE_LINK_BANDWIDTH, mbps(b, v)?),
                    11 => {
                        for i in 0..8 {
                            l.push(x::UNRSV_BW_PRIORITY_LEVEL, mbps(b, v + 4 * i)?);
                        }
                    }
                    _ => {}
                }
                Ok(())
            },
        )?;
        o += id_len + 5 + sub;
    }
    Ok(())
}

fn p2p_adjacency<'a>(
    b: &'a [u8],
    at: usize,
    n: usize,
    id_len: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::isis_hello as x;
    if n >= 1 {
        l.uint(x::ADJACENCY_STATE, u8_at(b, at)?);
    }
    if n >= 5 {
        l.uint(x::EXTENDED_LOCAL_CIRCUIT_ID, u32_at(b, at + 1)?);
    }
    if n >= 5 + id_len {
        sysid(l, x::NEIGHBOR_SYSTEMID, b, at + 5, id_len)?;
    }
    if n >= 9 + id_len {
        l.uint(
            x::NEIGHBOR_EXTENDED_LOCAL_CIRCUIT_ID,
            u32_at(b, at + 5 + id_len)?,
        );
    }
    Ok(())
}

/// tshark's Info of the PDU layer `layers[i]` (the `isis` layer below
/// it says the PDU type).
pub(super) fn info_at(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let kind = i
        .checked_sub(1)
        .and_then(|j| layers.get(j))
        .filter(|h| h.protocol == "isis")
        .and_then(|h| h.get_uint(f::isis::TYPE));
    if let Some(l) = layers.get(i) {
        text(out, l, kind);
    }
}

/// The one-line summary: the Info without the header's PDU type.
pub(super) fn summary(out: &mut String, l: &Layer<'_>) {
    text(out, l, None);
}

fn text(out: &mut String, l: &Layer<'_>, kind: Option<u64>) {
    use std::fmt::Write;
    let s = |def| match l.get(def) {
        Some(Value::Str(s)) => s.as_ref(),
        _ => "",
    };
    if let Some(k) = kind {
        let _ = write!(out, "{}", f::isis::TYPE.value_name(k).unwrap_or("ISIS"));
    } else {
        out.push_str(match l.protocol {
            "isis.hello" => "HELLO",
            "isis.lsp" => "LSP",
            "isis.csnp" => "CSNP",
            _ => "PSNP",
        });
    }
    match l.protocol {
        "isis.hello" if l.has(f::isis_hello::SOURCE_ID) => {
            let _ = write!(out, ", System-ID: {}", s(f::isis_hello::SOURCE_ID));
        }
        "isis.lsp" => {
            let (Some(seq), Some(life)) = (
                l.get_uint(f::isis_lsp::SEQUENCE_NUMBER),
                l.get_uint(f::isis_lsp::REMAINING_LIFE),
            ) else {
                return;
            };
            let _ = write!(
                out,
                ", LSP-ID: {}, Sequence: 0x{seq:08x}, Lifetime: {life:5}s",
                s(f::isis_lsp::LSP_ID)
            );
            if l.get_uint(f::isis_lsp::CHECKSUM_STATUS) == Some(0) {
                out.push_str(" [ISIS CHECKSUM INCORRECT]");
            }
        }
        "isis.csnp" | "isis.psnp" => {
            let (src, circ) = if l.protocol == "isis.csnp" {
                (f::isis_csnp::SOURCE_ID, f::isis_csnp::SOURCE_CIRCUIT)
            } else {
                (f::isis_psnp::SOURCE_ID, f::isis_psnp::SOURCE_CIRCUIT)
            };
            let Some(Value::Bytes(c)) = l.get(circ) else {
                return;
            };
            let _ = write!(
                out,
                ", Source-ID: {}.{:02x}",
                s(src),
                c.first().copied().unwrap_or(0)
            );
            if l.protocol == "isis.csnp" {
                let (Some(Value::Str(a)), Some(Value::Str(z))) = (
                    l.get(f::isis_csnp::START_LSP_ID),
                    l.get(f::isis_csnp::END_LSP_ID),
                ) else {
                    return;
                };
                let _ = write!(out, ", Start LSP-ID: {a}, End LSP-ID: {z}");
            }
        }
        _ => {}
    }
}

/// The MT port capability CLV of a Hello (143, SPB): the topology, then
/// sub-CLVs: the MCIDs (4) and the digest (5).
fn mt_port_capability<'a>(
    b: &'a [u8],
    at: usize,
    n: usize,
    l: &mut Layer<'a>,
) -> Result<(), Short> {
    use f::isis_hello as x;
    if n < 2 {
        return Ok(());
    }
    l.uint(x::MTID, u16_at(b, at)? & 0x0fff);
    let end = at + n;
    let mut o = at + 2;
    while o + 2 <= end {
        let kind = u8_at(b, o)?;
        let len = usize::from(u8_at(b, o + 1)?);
        let v = o + 2;
        if v + len > end {
            return Ok(());
        }
        match kind {
            4 if len >= 102 => {
                l.push(x::MCID, Value::Bytes(Cow::Borrowed(get(b, v, 51)?)));
                l.push(
                    x::AUX_MCID,
                    Value::Bytes(Cow::Borrowed(get(b, v + 51, 51)?)),
                );
            }
            5 if len >= 33 => {
                let vad = u8_at(b, v)?;
                l.uint(x::DIGEST_V, (vad & 0x10) >> 4);
                l.uint(x::DIGEST_A, (vad & 0x0c) >> 2);
                l.uint(x::DIGEST_D, vad & 0x03);
                l.push(x::DIGEST, Value::Bytes(Cow::Borrowed(get(b, v + 1, 32)?)));
            }
            _ => {}
        }
        o = v + len;
    }
    Ok(())
}

/// The overload bit of the MT capability CLV: tshark's second
/// `isis.lsp.overload`.
pub(crate) static MT_OVERLOAD: &FieldDef = crate::field!(
    FieldDef::new(
        "isis.lsp.overload",
        crate::dissect::field::FieldType::Boolean,
        "Overload"
    )
    .base(crate::dissect::field::Base::Bits(16))
    .mask(0x8000)
    .in_proto("isis.lsp")
);

/// The MT capability CLV of an LSP (144, SPB): topology and overload,
/// then sub-CLVs; the SPB instance (1) is read to its tree count.
fn mt_capability<'a>(b: &'a [u8], at: usize, n: usize, l: &mut Layer<'a>) -> Result<(), Short> {
    use f::isis_lsp as x;
    if n < 2 {
        return Ok(());
    }
    let t = u16_at(b, at)?;
    l.uint(x::MT_CAP_MTID, t & 0x0fff);
    l.boolean(MT_OVERLOAD, t & 0x8000 != 0);
    let end = at + n;
    let mut o = at + 2;
    while o + 2 <= end {
        let kind = u8_at(b, o)?;
        let len = usize::from(u8_at(b, o + 1)?);
        let v = o + 2;
        if v + len > end {
            return Ok(());
        }
        if kind == 1 && len >= 19 {
            // The CIST root identifier (8 bytes) is left out: tshark
            // prints it dash-separated.
            l.uint(
                x::MT_CAP_SPB_INSTANCE_CIST_EXTERNAL_ROOT_PATH_COST,
                u32_at(b, v + 8)?,
            );
            l.uint(x::MT_CAP_SPB_INSTANCE_BRIDGE_PRIORITY, u16_at(b, v + 12)?);
            let w = u32_at(b, v + 14)?;
            l.boolean(x::MT_CAP_SPB_INSTANCE_V, w & 0x0010_0000 != 0);
            l.uint(x::MT_CAP_SPSOURCEID, w & 0x000f_ffff);
            // Read as one byte, shown as tshark's FT_UINT16.
            l.uint(x::MT_CAP_SPB_INSTANCE_NUMBER_OF_TREES, u8_at(b, v + 18)?);
        }
        o = v + len;
    }
    Ok(())
}
