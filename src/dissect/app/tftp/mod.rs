//! TFTP (UDP port 69; RFC 1350, options RFC 2347-2349 and 7440, and
//! Microsoft's `msftwindow`) as tshark 4.0's `packet-tftp.c` decodes it:
//! the opcode, a request's file name, transfer type and options, a data
//! block (its payload handed to `data`), an acknowledgement (with the next
//! window size under `msftwindow`), an error's code and message, an option
//! acknowledgement.
//!
//! A transfer leaves port 69 at once: the server answers from a port of its
//! own. tshark follows it by the conversation the request makes (its
//! `conversation_new` with `NO_PORT2`): the client's address and port and
//! the server's address, any server port. What tshark 4.0 does that is
//! followed here (measured on crafted captures, the 4.0 source not being
//! at hand):
//! - a request sent to port 69 that passes tshark's check (opcode 1 or 2,
//!   only printable ASCII and an even, non-zero count of NULs after the
//!   opcode, a mode of `netascii`, `octet` or `mail` in any case) makes a
//!   new conversation, even where one was made before for the same client
//!   port (the next datagram on it begins a new `udp.stream`);
//! - UDP's heuristic takes a datagram on other ports that passes the same
//!   check past its first two bytes (whatever the opcode), which makes a
//!   conversation too;
//! - a datagram of such a conversation (from or to the client's port and
//!   the server's address, from any server port but the one the request
//!   went to, whose own conversation UDP already had) is TFTP whatever
//!   its ports; one on port 69 that is no new request reads the
//!   conversation of its client port, or the conversation UDP has for it;
//! - the state of a conversation (the request's frame and file, the block
//!   size an option acknowledgement set, the next block expected, the
//!   window size) is tshark's `tftp_conv_info_t`, updated in capture order.
//!
//! The conversations are [`UdpTracker`](crate::flow::udp::UdpTracker)'s:
//! the decoder announces each one it makes
//! ([`DatagramDecoder::take_conversations`]) and UDP numbers the datagrams
//! that fall in it. Its own table of transfers is capped
//! ([`MAX_TRANSFERS`], the longest idle half dropped when full or when the
//! memory budget presses) and a file name kept for later frames is cut at
//! [`MAX_NAME`] bytes.
//!
//! Approximations: whether UDP had a conversation of its own for a
//! datagram's two endpoints (then not the request's) is judged by the
//! port the request went to, not by UDP's table (an earlier exchange on
//! the same pair of ports is missed); a datagram whose two ports are equal
//! is read as going from its conversation key's first endpoint.
//!
//! Left out: the reassembly of a file (tshark's `tftp.defragment`, off by
//! default), the export of files, and the `a615a` heuristic on a
//! one-block file (ARINC 615A file names).
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first; a read past them stops the message as
//! tshark's exception does.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::expert::{self, Expert, Group, Severity, format_text};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{be16, c_decimal};
use crate::flow::ConvKey;
use crate::flow::udp::Half;
use foldhash::HashMap;
use std::borrow::Cow;
use std::fmt::Write;

/// TFTP's UDP port.
pub const PORT: u16 = 69;

const RRQ: u16 = 1;
const WRQ: u16 = 2;
const DATA: u16 = 3;
const ACK: u16 = 4;
const ERROR: u16 = 5;
const OACK: u16 = 6;
const INFO: u16 = 255;
/// No message read yet on the conversation.
const NO_OPCODE: u16 = 0xffff;

const ERR_NOT_DEF: u16 = 0;
const ERR_OPT_FAIL: u16 = 8;

/// Transfers remembered (each table); the longest idle half goes when full.
pub const MAX_TRANSFERS: usize = 8192;
/// Bytes of a request's file name kept for the frames after it.
pub const MAX_NAME: usize = 1024;

static ERROR_PACKET: Expert = Expert {
    field: f::tftp::ERROR,
    group: Group::Response,
    severity: Severity::Warn,
};
static LIKELY_TSIZE_PROBE: Expert = Expert {
    field: f::tftp::LIKELY_TSIZE_PROBE,
    group: Group::Request,
    severity: Severity::Chat,
};
static BLOCKSIZE_RANGE: Expert = Expert {
    field: f::tftp::BLOCKSIZE_RANGE,
    group: Group::Response,
    severity: Severity::Warn,
};
static BLOCK_WRAP: Expert = Expert {
    field: f::tftp::BLOCK_WRAP,
    group: Group::Sequence,
    severity: Severity::Note,
};
static WINDOWSIZE_RANGE: Expert = Expert {
    field: f::tftp::WINDOWSIZE_RANGE,
    group: Group::Response,
    severity: Severity::Warn,
};
static MSFTWINDOW_UNRECOGNIZED: Expert = Expert {
    field: f::tftp::MSFTWINDOW_UNRECOGNIZED,
    group: Group::Response,
    severity: Severity::Warn,
};
static WINDOWSIZE_CHANGE: Expert = Expert {
    field: f::tftp::WINDOWSIZE_CHANGE,
    group: Group::Sequence,
    severity: Severity::Chat,
};

/// What a conversation remembers (tshark's `tftp_conv_info_t`, less the
/// export and reassembly state).
#[derive(Debug, Clone)]
struct Conv {
    blocksize: u16,
    source_file: Option<Box<str>>,
    destination_file: Option<Box<str>>,
    request_frame: u64,
    tsize_requested: bool,
    dynamic_windowing: bool,
    windowsize: u16,
    prev_opcode: u16,
    next_block_num: u32,
    blocks_missing: bool,
    file_length: u32,
    last_package_available: bool,
    /// The frame that last read it (the longest idle are dropped first).
    seen: u64,
}

impl Default for Conv {
    fn default() -> Self {
        Conv {
            blocksize: 512,
            source_file: None,
            destination_file: None,
            request_frame: 0,
            tsize_requested: false,
            dynamic_windowing: false,
            windowsize: 0,
            prev_opcode: NO_OPCODE,
            next_block_num: 1,
            blocks_missing: false,
            file_length: 0,
            last_package_available: false,
            seen: 0,
        }
    }
}

struct Transfer {
    conv: Conv,
    /// The port the request went to: UDP has a conversation of its own
    /// for the client and that port, which the transfer's does not take.
    request_port: u16,
}

/// How tshark came to TFTP with a datagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Path {
    /// The conversation a request made.
    Conversation,
    /// Port 69.
    Port,
    /// UDP's heuristic.
    Heuristic,
}

/// tshark's `is_valid_request_body`: past the first two bytes, printable
/// ASCII and NULs only, an even non-zero count of NULs, and a second
/// string (the mode) `netascii`, `octet` or `mail`, in any case.
pub fn valid_request_body(b: &[u8]) -> bool {
    let body = b.get(2..).unwrap_or_default();
    let mut zeros = 0usize;
    for &c in body {
        if c == 0 {
            zeros += 1;
        } else if !(0x20..0x7f).contains(&c) {
            return false;
        }
    }
    if zeros == 0 || !zeros.is_multiple_of(2) {
        return false;
    }
    // Two NULs at least: the file name's and the mode's.
    let Some(name) = body.iter().position(|&c| c == 0) else {
        return false;
    };
    let rest = &body[name + 1..];
    let mode = &rest[..rest.iter().position(|&c| c == 0).unwrap_or(rest.len())];
    ["netascii", "octet", "mail"]
        .iter()
        .any(|m| mode.eq_ignore_ascii_case(m.as_bytes()))
}

/// tshark's `is_valid_request`: a read or write request of at least four
/// bytes with a valid body.
fn valid_request(b: &[u8]) -> bool {
    b.len() >= 4 && matches!(be16(b, 0), RRQ | WRQ) && valid_request_body(b)
}

/// UDP's heuristic (tshark's `dissect_tftp_heur`).
fn probe_udp(b: &[u8]) -> super::Probe {
    if valid_request_body(b) {
        super::Probe::Certain
    } else {
        super::Probe::NotForUs
    }
}

/// A read past the captured bytes (`cut`: past what the capture kept of
/// a longer datagram).
struct Short;

/// The message being read: its bytes, its length on the wire, and the
/// Info column as tshark writes it.
struct Msg<'a> {
    b: &'a [u8],
    reported: usize,
    info: Option<String>,
}

impl<'a> Msg<'a> {
    fn u16(&self, at: usize) -> Result<u16, Short> {
        if at + 2 <= self.b.len() {
            Ok(be16(self.b, at))
        } else {
            Err(Short)
        }
    }

    /// `tvb_strsize`: the string at `at` with its NUL.
    fn strsize(&self, at: usize) -> Result<usize, Short> {
        crate::dissect::wire::strsize(self.b, at).ok_or(Short)
    }

    /// The NUL-terminated string of `len` bytes at `at` (NUL included), as
    /// an `FT_STRINGZ` with `ENC_ASCII` stores it.
    fn stringz(&self, at: usize, len: usize) -> Cow<'a, str> {
        crate::dissect::wire::ascii(&self.b[at..at + len - 1])
    }

    fn col(&mut self, s: &str) {
        if let Some(i) = self.info.as_mut() {
            i.push_str(s);
        }
    }
}

/// `tvb_format_stringzpad`: the bytes up to the first NUL, escaped.
fn stringzpad(b: &[u8]) -> String {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    format_text(&b[..end])
}

/// `(gint)strtol(s, NULL, 10)`: C's reading of a decimal, clamped to a
/// long and cut to 32 bits.
fn strtol_int(s: &str) -> i32 {
    let d = c_decimal(s.as_bytes(), 0);
    if !d.digits {
        return 0;
    }
    let v: i64 = if d.negative {
        if d.magnitude > i64::MAX as u64 {
            i64::MIN
        } else {
            -(d.magnitude as i64)
        }
    } else {
        d.magnitude.min(i64::MAX as u64) as i64
    };
    v as i32
}

/// tshark's `determine_full_blocknum`: a 16-bit block number widened by
/// the block expected next.
fn full_blocknum(blocknum: u16, next: u32) -> u32 {
    let delta = next.wrapping_sub(u32::from(blocknum)) as u16 as i16;
    if i32::from(delta) > next as i32 {
        return u32::from(blocknum);
    }
    next.wrapping_sub(delta as i32 as u32)
}

fn error_is_likely_tsize_probe(error: u16, c: &Conv) -> bool {
    if error != ERR_OPT_FAIL && error != ERR_NOT_DEF {
        return false;
    }
    c.source_file.is_some()
        && c.tsize_requested
        && (c.prev_opcode == OACK || (c.prev_opcode == DATA && c.next_block_num == 2))
}

fn kept_name(s: &str) -> Box<str> {
    let mut end = s.len().min(MAX_NAME);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].into()
}

/// The options of a request, an option acknowledgement or an MSDP
/// information message, to the end of the captured bytes.
fn options<'a>(
    m: &mut Msg<'a>,
    mut off: usize,
    l: &mut Layer<'a>,
    opcode: u16,
    c: &mut Conv,
) -> Result<(), Short> {
    while off < m.b.len() {
        let option_len = m.strsize(off)?;
        let value_off = off + option_len;
        let value_len = m.strsize(value_off)?;
        let name = format_text(&m.b[off..off + option_len - 1]);
        let value = format_text(&m.b[value_off..value_off + value_len - 1]);
        l.str(f::tftp::OPTION_NAME, m.stringz(off, option_len));
        l.str(f::tftp::OPTION_VALUE, m.stringz(value_off, value_len));
        off = value_off + value_len;
        if let Some(i) = m.info.as_mut() {
            let _ = write!(i, ", {name}={value}");
        }
        if opcode == RRQ || opcode == WRQ {
            if name.eq_ignore_ascii_case("msftwindow") {
                if value != "31416" {
                    expert::add(l, &MSFTWINDOW_UNRECOGNIZED, None);
                }
            } else if name.eq_ignore_ascii_case("windowsize") {
                let w = strtol_int(&value);
                if !(1..=65535).contains(&w) {
                    expert::add(l, &WINDOWSIZE_RANGE, None);
                }
            } else if name.eq_ignore_ascii_case("tsize") && opcode == RRQ {
                c.tsize_requested = true;
            }
        } else if opcode == OACK {
            if name.eq_ignore_ascii_case("blksize") {
                let b = strtol_int(&value);
                if !(8..=65464).contains(&b) {
                    expert::add(l, &BLOCKSIZE_RANGE, None);
                } else {
                    c.blocksize = b as u16;
                }
            } else if name.eq_ignore_ascii_case("windowsize") {
                let w = strtol_int(&value);
                if !(1..=65535).contains(&w) {
                    expert::add(l, &WINDOWSIZE_RANGE, None);
                } else {
                    c.windowsize = w as u16;
                }
            } else if name.eq_ignore_ascii_case("msftwindow") {
                if value == "27182" {
                    c.dynamic_windowing = true;
                } else {
                    expert::add(l, &MSFTWINDOW_UNRECOGNIZED, None);
                }
            }
        }
    }
    Ok(())
}

/// A request's file name and transfer type, then its options.
fn request<'a>(
    m: &mut Msg<'a>,
    l: &mut Layer<'a>,
    opcode: u16,
    c: &mut Conv,
    frame: u64,
) -> Result<(), Short> {
    let mut off = 2;
    let n = m.strsize(off)?;
    let name = m.stringz(off, n);
    if opcode == RRQ {
        c.source_file = Some(kept_name(&name));
        c.destination_file = None;
        l.str(f::tftp::SOURCE_FILE, name);
    } else {
        c.destination_file = Some(kept_name(&name));
        c.source_file = None;
        l.str(f::tftp::DESTINATION_FILE, name);
    }
    c.request_frame = frame;
    let shown = stringzpad(&m.b[off..off + n]);
    m.col(", File: ");
    m.col(&shown);
    off += n;
    let n = m.strsize(off)?;
    l.str(f::tftp::TYPE, m.stringz(off, n));
    let shown = stringzpad(&m.b[off..off + n]);
    m.col(", Transfer type: ");
    m.col(&shown);
    off += n;
    options(m, off, l, opcode, c)
}

/// One message into `l` (its fields) with the conversation's state; the
/// offset of a data block's payload when one follows.
fn message<'a>(
    m: &mut Msg<'a>,
    l: &mut Layer<'a>,
    c: &mut Conv,
    frame: u64,
) -> Result<Option<usize>, Short> {
    let opcode = m.u16(0)?;
    l.uint(f::tftp::OPCODE, opcode);
    m.info = Some(match f::tftp::OPCODE.value_name(u64::from(opcode)) {
        Some(name) => name.to_owned(),
        None => format!("Unknown (0x{opcode:04x})"),
    });
    let mut off = 2;
    if c.request_frame != 0 && opcode != RRQ && opcode != WRQ {
        let name = c.source_file.as_deref().or(c.destination_file.as_deref());
        l.str(
            f::tftp::DESTINATION_FILE,
            Cow::Owned(name.unwrap_or_default().to_owned()),
        );
        l.uint(f::tftp::REQUEST_FRAME, c.request_frame);
    }
    let mut payload = None;
    match opcode {
        RRQ | WRQ => request(m, l, opcode, c, frame)?,
        INFO | OACK => options(m, off, l, opcode, c)?,
        DATA => {
            let block = m.u16(off)?;
            l.uint(f::tftp::BLOCK, block);
            off += 2;
            let blocknum = full_blocknum(block, c.next_block_num);
            l.uint(f::tftp::BLOCK_FULL, blocknum);
            // tshark keeps the count of bytes in 16 bits.
            let bytes = m.reported.saturating_sub(off) as u16;
            let last = bytes < c.blocksize;
            c.last_package_available |= last;
            if blocknum > c.next_block_num {
                c.next_block_num = blocknum.wrapping_add(1);
                c.blocks_missing = true;
            } else if blocknum == c.next_block_num {
                c.next_block_num = c.next_block_num.wrapping_add(1);
                c.file_length = c.file_length.wrapping_add(u32::from(bytes));
            }
            if let Some(i) = m.info.as_mut() {
                let _ = write!(
                    i,
                    ", Block: {blocknum}{}",
                    if last { " (last)" } else { "" }
                );
            }
            if blocknum == 0xffff && bytes == c.blocksize {
                expert::add(l, &BLOCK_WRAP, None);
            }
            payload = Some(off);
        }
        ACK => {
            let block = m.u16(off)?;
            l.uint(f::tftp::BLOCK, block);
            let blocknum = full_blocknum(block, c.next_block_num);
            l.uint(f::tftp::BLOCK_FULL, blocknum);
            if let Some(i) = m.info.as_mut() {
                let _ = write!(i, ", Block: {blocknum}");
            }
            off += 2;
            if c.dynamic_windowing
                && let Some(&w) = m.b.get(off)
            {
                l.uint(f::tftp::NEXTWINDOWSIZE, w);
                // The final acknowledgement's window size is ignored.
                if u16::from(w) != c.windowsize && !c.last_package_available {
                    c.windowsize = u16::from(w);
                    expert::add(l, &WINDOWSIZE_CHANGE, None);
                }
            }
        }
        ERROR => {
            let code = m.u16(off)?;
            l.uint(f::tftp::ERROR_CODE, code);
            let name = match f::tftp::ERROR_CODE.value_name(u64::from(code)) {
                Some(n) => n.to_owned(),
                None => format!("Unknown ({code})"),
            };
            m.col(", Code: ");
            m.col(&name);
            off += 2;
            let n = m.strsize(off)?;
            l.str(f::tftp::ERROR_MESSAGE, m.stringz(off, n));
            let shown = stringzpad(&m.b[off..off + n]);
            m.col(", Message: ");
            m.col(&shown);
            let probe = error_is_likely_tsize_probe(code, c);
            expert::add(
                l,
                if probe {
                    &LIKELY_TSIZE_PROBE
                } else {
                    &ERROR_PACKET
                },
                None,
            );
        }
        _ => {
            // `proto_tree_add_item(..., -1)` at the end throws.
            if off >= m.b.len() {
                return Err(Short);
            }
            l.push(f::tftp::DATA, Value::Bytes(Cow::Borrowed(&m.b[off..])));
        }
    }
    c.prev_opcode = opcode;
    Ok(payload)
}

/// Decodes `d` (a non-empty payload) with the conversation state `c`:
/// the TFTP layer, and the data block's payload as `data`.
fn dissect<'a>(d: &Datagram<'a>, c: &mut Conv, out: &mut Vec<Layer<'a>>) {
    let b = d.payload;
    let reported = d.reported.max(b.len());
    let mut l = Layer::new(Osi::Application, "tftp", d.at..d.at + b.len());
    let mut m = Msg {
        b,
        reported,
        info: None,
    };
    let r = message(&mut m, &mut l, c, d.frame);
    if let Some(info) = m.info.take() {
        l.push(f::tftp::OSIDUMP_INFO, Value::Str(Cow::Owned(info)));
    }
    match r {
        Ok(Some(off)) => {
            // A data block: the TFTP item covers its four bytes.
            l.span = d.at..d.at + off.min(b.len());
            out.push(l);
            let rest = &b[off.min(b.len())..];
            if !rest.is_empty() {
                let at = d.at + off;
                out.push(crate::dissect::data::layer_of(
                    Osi::Application,
                    rest,
                    at..at + rest.len(),
                ));
            }
        }
        Ok(None) => out.push(l),
        Err(Short) => {
            if !d.nested {
                let cut = b.len() < reported;
                let reason = format!("TFTP message: read past its {} captured bytes", b.len());
                l.read_past_end("tftp", reason, cut);
            }
            out.push(l);
        }
    }
}

/// TFTP's datagram decoder: the conversations requests made, and those
/// UDP had for datagrams on port 69 that no request's conversation took.
#[derive(Default)]
pub struct Tftp {
    halves: HashMap<Half, Transfer>,
    exact: HashMap<ConvKey, Conv>,
    announced: Vec<Half>,
}

impl Tftp {
    /// The source and destination addresses of `d`.
    fn addrs(d: &Datagram<'_>) -> ([u8; 16], [u8; 16]) {
        let c = d.conv;
        if c.a.1 == d.sport && c.b.1 == d.dport {
            (c.a.0, c.b.0)
        } else {
            (c.b.0, c.a.0)
        }
    }

    /// The request conversations `d` may fall in, the one of its source
    /// as client first when it goes to port 69 (tshark's look-up there),
    /// else the one of its destination.
    fn candidates(d: &Datagram<'_>) -> [(Half, u16); 2] {
        let (src, dst) = Self::addrs(d);
        let v6 = d.conv.v6;
        let from = (
            Half {
                v6,
                client: (src, d.sport),
                server: dst,
            },
            d.dport,
        );
        let to = (
            Half {
                v6,
                client: (dst, d.dport),
                server: src,
            },
            d.sport,
        );
        if d.dport == PORT {
            [from, to]
        } else {
            [to, from]
        }
    }

    /// The request conversation UDP finds for `d`: one of its ends is the
    /// client's, the other the server's address on another port than the
    /// request's (whose conversation UDP had already).
    fn conversation_of(&self, d: &Datagram<'_>) -> Option<Half> {
        if self.halves.is_empty() {
            return None;
        }
        Self::candidates(d)
            .into_iter()
            .find_map(|(h, server_port)| {
                self.halves
                    .get(&h)
                    .filter(|t| t.request_port != server_port)
                    .map(|_| h)
            })
    }

    /// The request conversation TFTP reads for `d` when UDP found none:
    /// tshark looks one up by the client's port whatever the server's.
    fn any_conversation_of(&self, d: &Datagram<'_>) -> Option<Half> {
        if self.halves.is_empty() {
            return None;
        }
        Self::candidates(d)
            .into_iter()
            .find_map(|(h, _)| self.halves.contains_key(&h).then_some(h))
    }

    /// Drops the longest idle half of a table.
    fn shed<K: Copy + Eq + std::hash::Hash, V>(t: &mut HashMap<K, V>, seen: impl Fn(&V) -> u64) {
        let mut ticks: Vec<u64> = t.values().map(&seen).collect();
        let half = ticks.len() / 2;
        if half == 0 {
            t.clear();
            return;
        }
        let (_, &mut cut, _) = ticks.select_nth_unstable(half);
        t.retain(|_, v| seen(v) > cut);
        t.shrink_to(t.len() * 2);
    }

    fn state(&mut self, d: &Datagram<'_>, path: Path) -> &mut Conv {
        let (src, dst) = Self::addrs(d);
        // A request to port 69 makes a new conversation however UDP came
        // to TFTP with it (tshark's `dissect_tftp`, which a conversation's
        // datagrams reach too).
        let new = match path {
            Path::Conversation | Path::Port => d.dport == PORT && valid_request(d.payload),
            Path::Heuristic => true,
        };
        if new {
            if self.halves.len() >= MAX_TRANSFERS {
                Self::shed(&mut self.halves, |t| t.conv.seen);
            }
            let h = Half {
                v6: d.conv.v6,
                client: (src, d.sport),
                server: dst,
            };
            self.announced.push(h);
            let t = Transfer {
                conv: Conv::default(),
                request_port: d.dport,
            };
            let slot = self.halves.entry(h).or_insert(t);
            slot.conv = Conv::default();
            slot.request_port = d.dport;
            return &mut slot.conv;
        }
        let found = match path {
            Path::Conversation => self.conversation_of(d),
            _ => self.any_conversation_of(d),
        };
        if let Some(h) = found
            && self.halves.contains_key(&h)
        {
            return &mut self.halves.get_mut(&h).expect("present").conv;
        }
        if self.exact.len() >= MAX_TRANSFERS && !self.exact.contains_key(&d.conv) {
            Self::shed(&mut self.exact, |c| c.seen);
        }
        self.exact.entry(d.conv).or_default()
    }
}

impl DatagramDecoder for Tftp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        // UDP hands an empty payload to no dissector.
        if d.payload.is_empty() {
            return;
        }
        let path = if self.conversation_of(d).is_some() {
            Path::Conversation
        } else if d.sport == PORT || d.dport == PORT {
            Path::Port
        } else if valid_request_body(d.payload) {
            Path::Heuristic
        } else {
            return;
        };
        if d.memory_pressed {
            Self::shed(&mut self.halves, |t| t.conv.seen);
            Self::shed(&mut self.exact, |c| c.seen);
        }
        if d.nested {
            // Quoted by an ICMP error: read with the state, which is left
            // as it was.
            let mut c = match self.conversation_of(d) {
                Some(h) => self.halves.get(&h).map(|t| t.conv.clone()),
                None => self.exact.get(&d.conv).cloned(),
            }
            .unwrap_or_default();
            dissect(d, &mut c, out);
            return;
        }
        let c = self.state(d, path);
        c.seen = d.frame;
        dissect(d, c, out);
    }

    fn heap_bytes(&self) -> usize {
        let names: usize = self
            .halves
            .values()
            .map(|t| &t.conv)
            .chain(self.exact.values())
            .map(|c| {
                c.source_file.as_ref().map_or(0, |s| s.len())
                    + c.destination_file.as_ref().map_or(0, |s| s.len())
            })
            .sum();
        crate::flow::table_bytes::<(Half, Transfer)>(self.halves.len())
            + crate::flow::table_bytes::<(ConvKey, Conv)>(self.exact.len())
            + names
    }

    fn claims(&self, d: &Datagram<'_>, heuristic: bool) -> bool {
        !heuristic && self.conversation_of(d).is_some()
    }

    fn take_conversations(&mut self, out: &mut Vec<Half>) {
        out.append(&mut self.announced);
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Tftp::default())
}

/// tshark's Info: the opcode's name and what the message adds
/// (`Read Request, File: f, Transfer type: octet, blksize=1428`,
/// `Data Packet, Block: 3 (last)`); a message too short for its opcode
/// leaves UDP's.
pub fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    match layers[i].get_str(f::tftp::OSIDUMP_INFO) {
        Some(s) => out.push_str(s),
        None => {
            if let Some(udp) = layers[..i].iter().rposition(|l| l.protocol == "udp") {
                crate::dissect::spec::info(out, layers, udp, &crate::dissect::summary::EN);
            }
        }
    }
}

/// The tree's line: tshark's Info.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::tftp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "tftp",
    also: &[],
    title: "Trivial File Transfer Protocol",
    osi: Osi::Application,
    fields: f::tftp::ALL,
    summary,
    info: Some(info),
    column: None,
    app: Some(AppSpec {
        decode_as: &["tftp"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: Some(probe_udp),
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
