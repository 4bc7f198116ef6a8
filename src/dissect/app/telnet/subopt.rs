//! Telnet suboptions (IAC SB option ... IAC SE) as tshark 4.0 reads them:
//! the option table (names, expected parameter lengths, readers) and the
//! readers tshark has. Each reader gets the bytes tshark gives it: the
//! segment itself, at the parameters' offset (so a read past them reads
//! the IAC that ends them, as tshark's do), or, when the parameters hold
//! a doubled IAC, a copy with each undoubled, which nothing can be read
//! past.

use super::{Cx, IAC, Thrown, find};
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use crate::dissect::wire::{Bound, Tvb, ascii};
use std::borrow::Cow;

ei!(
    SUBOPTION_LENGTH,
    f::telnet::SUBOPTION_LENGTH_INVALID,
    Protocol,
    Warn
);
ei!(
    INVALID_SUBCOMMAND,
    f::telnet::INVALID_SUBCOMMAND,
    Protocol,
    Warn
);
ei!(
    INVALID_BAUD_RATE,
    f::telnet::INVALID_BAUD_RATE,
    Protocol,
    Warn
);
ei!(
    INVALID_DATA_SIZE,
    f::telnet::INVALID_DATA_SIZE,
    Protocol,
    Warn
);
ei!(INVALID_PARITY, f::telnet::INVALID_PARITY, Protocol, Warn);
ei!(INVALID_STOP, f::telnet::INVALID_STOP, Protocol, Warn);
ei!(INVALID_CONTROL, f::telnet::INVALID_CONTROL, Protocol, Warn);
ei!(
    INVALID_LINESTATE,
    f::telnet::INVALID_LINESTATE,
    Protocol,
    Warn
);
ei!(
    INVALID_MODEMSTATE,
    f::telnet::INVALID_MODEMSTATE,
    Protocol,
    Warn
);
ei!(INVALID_PURGE, f::telnet::INVALID_PURGE, Protocol, Warn);
ei!(
    KERBEROS_BLOB_TOO_LONG,
    f::telnet::KERBEROS_BLOB_TOO_LONG,
    Protocol,
    Note
);
ei!(ENC_CMD_UNKNOWN, f::telnet::ENC_CMD_UNKNOWN, Protocol, Warn);

/// tshark copies a suboption with doubled IACs only below this length
/// (`MAX_KRB5_BLOB_LEN`); a longer one leaves its reader no bytes at all,
/// a failed assertion.
const MAX_UNESCAPED: usize = 10240;

/// The assertion tshark fails when a reader with no bytes reads one.
const BUG_TVB: &str = "./epan/tvbuff.c:895: failed assertion \"tvb && tvb->initialized\"";
/// ... and when it adds an item of them first.
const BUG_ITEM: &str =
    "./epan/proto.c:6042: failed assertion \"tvb != ((void *)0) || *length == 0\"";

/// How an option's parameters are checked before its reader runs.
#[derive(Clone, Copy)]
enum Len {
    /// Exactly this many bytes (doubled IACs counted once).
    Fixed(i64),
    /// At least this many.
    AtLeast(i64),
}

/// A reader: the parameters are `len` bytes at `off` of `t`; `name` is the
/// option's name (for its messages).
type Reader =
    fn(&Tvb<'_>, &mut Layer<'static>, &mut Cx<'_>, &'static str, usize, i64) -> Result<(), Thrown>;

/// The options tshark names, by number (0 to 49); any other is
/// `<unknown option>`.
const NAMES: [&str; 50] = [
    "Binary Transmission",
    "Echo",
    "Reconnection",
    "Suppress Go Ahead",
    "Approx Message Size Negotiation",
    "Status",
    "Timing Mark",
    "Remote Controlled Trans and Echo",
    "Output Line Width",
    "Output Page Size",
    "Output Carriage-Return Disposition",
    "Output Horizontal Tab Stops",
    "Output Horizontal Tab Disposition",
    "Output Formfeed Disposition",
    "Output Vertical Tabstops",
    "Output Vertical Tab Disposition",
    "Output Linefeed Disposition",
    "Extended ASCII",
    "Logout",
    "Byte Macro",
    "Data Entry Terminal",
    "SUPDUP",
    "SUPDUP Output",
    "Send Location",
    "Terminal Type",
    "End of Record",
    "TACACS User Identification",
    "Output Marking",
    "Terminal Location Number",
    "Telnet 3270 Regime",
    "X.3 PAD",
    "Negotiate About Window Size",
    "Terminal Speed",
    "Remote Flow Control",
    "Linemode",
    "X Display Location",
    "Environment Option",
    "Authentication Option",
    "Encryption Option",
    "New Environment Option",
    "TN3270E",
    "XAUTH",
    "CHARSET",
    "Remote Serial Port",
    "COM Port Control",
    "Suppress Local Echo",
    "Start TLS",
    "KERMIT",
    "SEND-URL",
    "FORWARD_X",
];

/// tshark's name of option `opt`.
pub fn option_name(opt: u8) -> &'static str {
    NAMES
        .get(usize::from(opt))
        .copied()
        .unwrap_or("<unknown option>")
}

/// The options tshark has a reader for, with the length it checks first
/// (the others' parameters are `telnet.option_data`, whatever their
/// length).
fn reader(opt: u8) -> Option<(Len, Reader)> {
    Some(match opt {
        11 => (Len::AtLeast(1), htstops),
        24 | 35 => (Len::AtLeast(1), string),
        27 => (Len::AtLeast(1), outmark),
        29 => (Len::AtLeast(1), tn3270_regime),
        31 => (Len::Fixed(4), naws),
        33 => (Len::Fixed(1), rfc),
        37 => (Len::AtLeast(1), authentication),
        38 => (Len::AtLeast(1), encryption),
        40 => (Len::AtLeast(1), tn3270e),
        44 => (Len::AtLeast(1), comport),
        46 => (Len::Fixed(1), starttls),
        _ => return None,
    })
}

/// telnet_sub_option: the suboption whose IAC is at `start` (IAC SB opt
/// ...); where the bytes after its parameters start (the IAC of its SE).
pub(super) fn sub_option(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    cx: &mut Cx<'_>,
    start: usize,
) -> Result<usize, Thrown> {
    let opt = t.u8(start + 2)?;
    let params = start + 3;
    let len = t.remaining(params);
    // The IAC that ends the parameters: the first not doubled, or one
    // whose offset in the segment is at least the bytes left after the
    // option byte (tshark compares the two), doubled or not.
    let mut cur = params;
    let mut doubled: usize = 0;
    let end = loop {
        match find(t, cur, len, IAC)? {
            None => break params + len,
            Some(p) => {
                if p + 1 >= len || t.u8(p + 1)? != IAC {
                    break p;
                }
                cur = p + 2;
                doubled += 1;
            }
        }
    };
    let subneg = end - params;
    if subneg == 0 {
        return Ok(end);
    }
    let name = option_name(opt);
    let have = (subneg - doubled) as i64;
    let read = reader(opt);
    match read {
        Some((Len::Fixed(n), _)) if have != n => {
            let m = format!("Suboption parameter length is {subneg}, should be {n}");
            expert::add(l, &SUBOPTION_LENGTH, Some(m));
            return Ok(end);
        }
        Some((Len::AtLeast(n), _)) if have < n => {
            let m = format!("Suboption parameter length is {subneg}, should be at least {n}");
            expert::add(l, &SUBOPTION_LENGTH, Some(m));
            return Ok(end);
        }
        _ => {}
    }
    let unescaped;
    let (rt, roff) = if doubled > 0 {
        if subneg >= MAX_UNESCAPED {
            // tshark hands the reader (or the item) no bytes at all: the
            // first read fails tshark's assertion.
            let item_first = matches!(opt, 27 | 31 | 33 | 46) || read.is_none();
            return Err(Thrown::Bug(if item_first { BUG_ITEM } else { BUG_TVB }));
        }
        unescaped = unescape(t.bytes(params, subneg)?);
        let u = Tvb {
            b: &unescaped,
            reported: unescaped.len(),
            le: false,
        };
        (u, 0)
    } else {
        (*t, params)
    };
    let Some((_, read)) = read else {
        blob(&rt, l, f::telnet::OPTION_DATA, roff, have)?;
        return Ok(end);
    };
    read(&rt, l, cx, name, roff, have)?;
    Ok(end)
}

/// The parameters with each doubled IAC made one, pairs taken from the
/// left (unescape_and_tvbuffify_telnet_option).
fn unescape(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == IAC && raw.get(i + 1) == Some(&IAC) {
            i += 2;
        } else {
            i += 1;
        }
        out.push(raw[i - 1]);
    }
    out
}

fn bytes(l: &mut Layer<'static>, def: &'static crate::dissect::field::FieldDef, b: &[u8]) {
    l.push(def, Value::Bytes(Cow::Owned(b.to_vec())));
}

/// An `FT_STRING` item of `len` bytes at `off` (ENC_ASCII).
fn text(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    def: &'static crate::dissect::field::FieldDef,
    off: usize,
    len: i64,
) -> Result<(), Bound> {
    let b = t.bytes(off, usize::try_from(len).map_err(|_| Bound::Past)?)?;
    expert::ascii_string(l, def, b);
    Ok(())
}

/// An `FT_BYTES` item of `len` bytes at `off`.
fn blob(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    def: &'static crate::dissect::field::FieldDef,
    off: usize,
    len: i64,
) -> Result<(), Bound> {
    let b = t.bytes(off, usize::try_from(len).map_err(|_| Bound::Past)?)?;
    bytes(l, def, b);
    Ok(())
}

/// `tvb_get_guint8` at `off - 1`: the byte before, or (before the first)
/// the last byte of `t`, as a negative offset reads.
fn byte_before(t: &Tvb<'_>, off: usize) -> Result<u8, Bound> {
    match off.checked_sub(1) {
        Some(p) => t.u8(p),
        None if t.b.len() == t.reported && !t.b.is_empty() => Ok(t.b[t.b.len() - 1]),
        None => Err(Bound::Past),
    }
}

/// Terminal Type and X Display Location: IS value, or SEND.
fn string(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    name: &'static str,
    off: usize,
    len: i64,
) -> Result<(), Thrown> {
    let cmd = t.u8(off)?;
    let len = len - 1;
    match cmd {
        0 => {
            l.uint(f::telnet::SUBCMD, cmd);
            if len > 0 {
                text(t, l, f::telnet::STRING_SUBOPT_VALUE, off + 1, len)?;
            }
        }
        1 => {
            l.uint(f::telnet::SUBCMD, cmd);
            if len > 0 {
                blob(t, l, f::telnet::SUBCOMMAND_DATA, off + 1, len)?;
            }
        }
        _ => {
            let m = format!("Invalid {name} subcommand {cmd}");
            expert::add(l, &INVALID_SUBCOMMAND, Some(m));
            if len > 0 {
                blob(t, l, f::telnet::SUBCOMMAND_DATA, off + 1, len)?;
            }
        }
    }
    Ok(())
}

/// Telnet 3270 Regime: bogus bytes until IS or ARE and the value.
fn tn3270_regime(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    _name: &'static str,
    mut off: usize,
    mut len: i64,
) -> Result<(), Thrown> {
    while len > 0 {
        let cmd = t.u8(off)?;
        l.uint(f::telnet::REGIME_CMD, cmd);
        if cmd <= 1 {
            text(
                t,
                l,
                f::telnet::TN3270_REGIME_SUBOPT_VALUE,
                off + 1,
                len - 1,
            )?;
            return Ok(());
        }
        off += 1;
        len -= 1;
    }
    Ok(())
}

/// TN3270E (RFC 1647): its commands, device type, reason and functions.
fn tn3270e(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    _name: &'static str,
    mut off: usize,
    mut len: i64,
) -> Result<(), Thrown> {
    const CONNECT: u8 = 1;
    const DEVICE_TYPE: u8 = 2;
    const FUNCTIONS: u8 = 3;
    const IS: u8 = 4;
    const REASON: u8 = 5;
    const REQUEST: u8 = 7;
    while len > 0 {
        let cmd = t.u8(off)?;
        l.uint(f::telnet::TN3270_SUBOPT, cmd);
        match cmd {
            CONNECT => {
                // tshark's item takes one byte past the parameters.
                text(t, l, f::telnet::TN3270_CONNECT, off + 1, len)?;
                off += (len - 1) as usize;
                len = 1;
            }
            IS if byte_before(t, off)? == DEVICE_TYPE => {
                let from = off + 1;
                if let Some(c) = find(t, from, len as usize, CONNECT)? {
                    let n = c - from;
                    if n > 0 {
                        text(t, l, f::telnet::TN3270_IS, from, n as i64)?;
                        off += n;
                        len -= n as i64;
                    }
                }
            }
            REASON => {
                off += 1;
                len -= 1;
                l.uint(f::telnet::TN3270_REASON, t.u8(off)?);
            }
            REQUEST => match byte_before(t, off)? {
                DEVICE_TYPE => {
                    text(t, l, f::telnet::TN3270_REQUEST_STRING, off + 1, len - 1)?;
                    off += (len - 1) as usize;
                    len = 1;
                }
                FUNCTIONS => {
                    // tshark starts at the REQUEST byte itself.
                    while len > 0 {
                        let r = t.u8(off)?;
                        l.uint(f::telnet::TN3270_REQUEST, r);
                        if f::telnet::TN3270_REQUEST.value_name(r.into()).is_none() {
                            break;
                        }
                        off += 1;
                        len -= 1;
                    }
                }
                _ => {}
            },
            _ => {}
        }
        off += 1;
        len -= 1;
    }
    Ok(())
}

/// START_TLS: FOLLOWS; the other side's answer to the first hands the
/// conversation to TLS.
fn starttls(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    cx: &mut Cx<'_>,
    _name: &'static str,
    off: usize,
    _len: i64,
) -> Result<(), Thrown> {
    l.uint(f::telnet::STARTTLS, t.u8(off)?);
    match cx.session.starttls_requested {
        None => cx.session.starttls_requested = Some((cx.frame, cx.src_port)),
        Some((frame, port)) if frame < cx.frame && port != cx.src_port => {
            cx.session.starttls_ack = true;
        }
        Some(_) => {}
    }
    Ok(())
}

/// Output Marking (RFC 933): a command and its banner, up to a GS.
fn outmark(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    _name: &'static str,
    mut off: usize,
    mut len: i64,
) -> Result<(), Thrown> {
    while len > 0 {
        l.uint(f::telnet::OUTMARK_SUBOPT_CMD, t.u8(off)?);
        off += 1;
        len -= 1;
        let gs = find(t, off, len as usize, 29)?.unwrap_or(off + len as usize);
        let n = gs - off;
        if n > 0 {
            text(t, l, f::telnet::OUTMARK_SUBOPT_BANNER, off, n as i64)?;
            off += n;
            len -= n as i64;
        }
    }
    Ok(())
}

/// Output Horizontal Tab Stops (RFC 653): IS or SEND, then tab stops.
fn htstops(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    name: &'static str,
    mut off: usize,
    mut len: i64,
) -> Result<(), Thrown> {
    let cmd = t.u8(off)?;
    off += 1;
    len -= 1;
    if cmd <= 1 {
        l.uint(f::telnet::SUBCMD, cmd);
    } else {
        let m = format!("Invalid {name} subcommand {cmd}");
        expert::add(l, &INVALID_SUBCOMMAND, Some(m));
        if len > 0 {
            blob(t, l, f::telnet::SUBCOMMAND_DATA, off, len)?;
        }
        return Ok(());
    }
    while len > 0 {
        l.uint(f::telnet::TABSTOP, t.u8(off)?);
        off += 1;
        len -= 1;
    }
    Ok(())
}

/// Negotiate About Window Size (RFC 1073): width and height.
fn naws(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    _name: &'static str,
    off: usize,
    _len: i64,
) -> Result<(), Thrown> {
    l.uint(f::telnet::NAWS_SUBOPT_WIDTH, t.u16(off)?);
    l.uint(f::telnet::NAWS_SUBOPT_HEIGHT, t.u16(off + 2)?);
    Ok(())
}

/// Remote Flow Control (RFC 1372): its command.
fn rfc(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    _name: &'static str,
    off: usize,
    _len: i64,
) -> Result<(), Thrown> {
    l.uint(f::telnet::RFC_SUBOPT_CMD, t.u8(off)?);
    Ok(())
}

const LINESTATE_BITS: [&str; 8] = [
    "Data Ready",
    "Overrun Error",
    "Parity Error",
    "Framing Error",
    "Break Detected",
    "Transfer Holding Register Empty",
    "Transfer Shift Register Empty",
    "Timeout Error",
];

const MODEMSTATE_BITS: [&str; 8] = ["DCTS", "DDSR", "TERI", "DDCD", "CTS", "DSR", "RI", "DCD"];

/// The names of the bits set in `v`, lowest first, comma separated.
fn bit_names(v: u8, names: &[&str; 8]) -> String {
    let set: Vec<&str> = (0..8)
        .filter(|i| v & (1 << i) != 0)
        .map(|i| names[i])
        .collect();
    set.join(", ")
}

/// COM Port Control (RFC 2217): the client's commands, and the server's
/// (numbered from 100).
fn comport(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    name: &'static str,
    off: usize,
    len: i64,
) -> Result<(), Thrown> {
    let raw = t.u8(off)?;
    let server = raw > 99;
    let cmd = if server { raw - 100 } else { raw };
    let source = if server { "Server" } else { "Client" };
    let len = len - 1;
    let invalid = |l: &mut Layer<'static>, e: &'static expert::Expert, what: &str| {
        expert::add(l, e, Some(format!("{source} <{what}>")));
    };
    match cmd {
        0 => {
            let sig = if len == 0 {
                String::new()
            } else {
                ascii(t.bytes(off + 1, len as usize)?).into_owned()
            };
            l.str(f::telnet::COMPORT_SUBOPT_SIGNATURE, sig);
        }
        1 if len >= 4 => l.uint(f::telnet::COMPORT_SUBOPT_BAUD_RATE, t.u32(off + 1)?),
        1 => invalid(l, &INVALID_BAUD_RATE, "Invalid Baud Rate Packet"),
        2 if len >= 1 => l.uint(f::telnet::COMPORT_SUBOPT_DATA_SIZE, t.u8(off + 1)?),
        2 => invalid(l, &INVALID_DATA_SIZE, "Invalid Data Size Packet"),
        3 if len >= 1 => l.uint(f::telnet::COMPORT_SUBOPT_PARITY, t.u8(off + 1)?),
        3 => invalid(l, &INVALID_PARITY, "Invalid Parity Packet"),
        4 if len >= 1 => l.uint(f::telnet::COMPORT_SUBOPT_STOP, t.u8(off + 1)?),
        4 => invalid(l, &INVALID_STOP, "Invalid Stop Packet"),
        5 if len >= 1 => l.uint(f::telnet::COMPORT_SUBOPT_CONTROL, t.u8(off + 1)?),
        5 => invalid(l, &INVALID_CONTROL, "Invalid Control Packet"),
        6 | 10 if len >= 1 => {
            let def = if cmd == 10 {
                f::telnet::COMPORT_SUBOPT_SET_LINESTATE_MASK
            } else {
                f::telnet::COMPORT_SUBOPT_LINESTATE
            };
            l.str(def, bit_names(t.u8(off + 1)?, &LINESTATE_BITS));
        }
        6 => invalid(l, &INVALID_LINESTATE, "Invalid Linestate Packet"),
        10 => invalid(l, &INVALID_LINESTATE, "Invalid Linestate Mask"),
        7 | 11 if len >= 1 => {
            let def = if cmd == 11 {
                f::telnet::COMPORT_SUBOPT_SET_MODEMSTATE_MASK
            } else {
                f::telnet::COMPORT_SUBOPT_MODEMSTATE
            };
            l.str(def, bit_names(t.u8(off + 1)?, &MODEMSTATE_BITS));
        }
        7 => invalid(l, &INVALID_MODEMSTATE, "Invalid Modemstate Packet"),
        11 => invalid(l, &INVALID_MODEMSTATE, "Invalid Modemstate Mask"),
        8 => l.present(f::telnet::COMPORT_SUBOPT_FLOW_CONTROL_SUSPEND),
        9 => l.present(f::telnet::COMPORT_SUBOPT_FLOW_CONTROL_RESUME),
        12 if len >= 1 => l.uint(f::telnet::COMPORT_SUBOPT_PURGE, t.u8(off + 1)?),
        12 => invalid(l, &INVALID_PURGE, "Invalid Purge Packet"),
        _ => {
            let m = format!("Invalid {name} subcommand {cmd}");
            expert::add(l, &INVALID_SUBCOMMAND, Some(m));
            if len > 0 {
                blob(t, l, f::telnet::SUBCOMMAND_DATA, off + 1, len)?;
            }
        }
    }
    Ok(())
}

/// An authentication type and its modifiers (RFC 2941).
fn auth_type_pair(t: &Tvb<'_>, l: &mut Layer<'static>, off: usize) -> Result<(), Bound> {
    l.uint(f::telnet::AUTH_TYPE, t.u8(off)?);
    let m = t.u8(off + 1)?;
    l.uint(f::telnet::AUTH_MOD_ENC, (m & 0x14) >> 2);
    l.boolean(f::telnet::AUTH_MOD_CRED_FWD, m & 0x08 != 0);
    l.boolean(f::telnet::AUTH_MOD_HOW, m & 0x02 != 0);
    l.boolean(f::telnet::AUTH_MOD_WHO, m & 0x01 != 0);
    Ok(())
}

/// Authentication Option (RFC 2941): IS and REPLY read as Kerberos 5's
/// (RFC 2942) whatever their type, as tshark 4.0 does; SEND's type
/// pairs; NAME.
fn authentication(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    _name: &'static str,
    mut off: usize,
    mut len: i64,
) -> Result<(), Thrown> {
    const IS: u8 = 0;
    const SEND: u8 = 1;
    const REPLY: u8 = 2;
    const NAME: u8 = 3;
    let cmd = t.u8(off)?;
    l.uint(f::telnet::AUTH_CMD, cmd);
    off += 1;
    len -= 1;
    match cmd {
        IS | REPLY => {
            auth_type_pair(t, l, off)?;
            off += 2;
            len -= 2;
            let krb5 = t.u8(off)?;
            l.uint(f::telnet::AUTH_KRB5_CMD, krb5);
            len -= 1;
            // IS AUTH carries a KRB_AP_REQ, which tshark copies (doubled
            // IACs undone) to its Kerberos dissector below a length; the
            // message itself is not decoded here.
            if cmd == IS && krb5 == 0 && len >= MAX_UNESCAPED as i64 {
                let m =
                    format!("Kerberos blob (too long to dissect - length {len} > {MAX_UNESCAPED})");
                expert::add(l, &KERBEROS_BLOB_TOO_LONG, Some(m));
            }
        }
        SEND => {
            while len > 0 {
                auth_type_pair(t, l, off)?;
                off += 2;
                len -= 2;
            }
        }
        NAME => text(t, l, f::telnet::AUTH_NAME, off, len)?,
        _ => {}
    }
    Ok(())
}

/// Encryption Option (RFC 2946).
fn encryption(
    t: &Tvb<'_>,
    l: &mut Layer<'static>,
    _cx: &mut Cx<'_>,
    _name: &'static str,
    mut off: usize,
    mut len: i64,
) -> Result<(), Thrown> {
    let cmd = t.u8(off)?;
    l.uint(f::telnet::ENC_CMD, cmd);
    off += 1;
    len -= 1;
    match cmd {
        // IS, REPLY: a type and its data.
        0 | 2 => {
            if len > 0 {
                l.uint(f::telnet::ENC_TYPE, t.u8(off)?);
                blob(t, l, f::telnet::ENC_TYPE_DATA, off + 1, len - 1)?;
            }
        }
        // SUPPORT: types.
        1 => {
            while len > 0 {
                l.uint(f::telnet::ENC_TYPE, t.u8(off)?);
                off += 1;
                len -= 1;
            }
        }
        // START, REQUEST-START, ENC_KEYID, DEC_KEYID: a key ID.
        3 | 5 | 7 | 8 => {
            if len > 0 {
                blob(t, l, f::telnet::ENC_KEY_ID, off, len)?;
            }
        }
        // END, REQUEST-END.
        4 | 6 => {}
        _ => expert::add(l, &ENC_CMD_UNKNOWN, None),
    }
    Ok(())
}
