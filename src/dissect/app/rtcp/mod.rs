//! RTCP (RFC 3550, with RFC 4585's feedback messages) as tshark 4.0's
//! packet-rtcp.c shows it over UDP.
//!
//! tshark finds RTCP by its UDP heuristic, on by default and on any
//! port (4.0's has no odd-port test): version 2 in the first byte, a
//! first packet that is a Sender or Receiver Report, a Goodbye, an APP or
//! a payload-specific feedback message, and a datagram whose length is a
//! multiple of four. A conversation SDP set up ([`crate::dissect::app::rtp`])
//! is RTCP's whatever its bytes.
//!
//! A datagram is a compound packet: packets are read while four bytes
//! remain and the next packet type is one tshark knows (192 to 210), each
//! read from where the one before stopped (not from its length), so a
//! packet longer than its length word says is read on into the next, and
//! a version other than 2 in a later packet is read all the same. Each
//! packet adds its type's name and three spaces to the Info column (APP
//! its name and subtype, a payload-specific feedback message its short
//! name, profile-specific extensions `(PSE:NAME  )  `). A read past the
//! datagram stops it there, malformed (or cut by the capture). At the end
//! `rtcp.length_check` says whether the packets' lengths added up to
//! where the reading stopped.
//!
//! Not decoded (the packet's own fields then stop, the rest of the
//! datagram with them, and no length check is shown): extended reports'
//! blocks, Receiver Summary Information and Port Mapping packets, an APP
//! of PoC1, 3GPP or the MCPTT names or with padding, transport-wide
//! congestion control and application layer feedback (REMB, MS-RTP). The
//! fields of MS-RTP's profile-specific extensions and PLI, TMMBR and AVB
//! are read (a read past the datagram throws as tshark's) but not shown.

pub mod fields;

#[cfg(test)]
mod tests;

use super::Probe;
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb};
use std::borrow::Cow;

ei!(APPL_NOT_ASCII, f::rtcp::APPL_NOT_ASCII, Protocol, Error);
ei!(LENGTH_CHECK_BAD, f::rtcp::LENGTH_CHECK_BAD, Malformed, Warn);
ei!(
    BYE_REASON_NOT_PADDED,
    f::rtcp::BYE_REASON_NOT_PADDED,
    Malformed,
    Warn
);

const SR: u8 = 200;
const RR: u8 = 201;
const SDES: u8 = 202;
const BYE: u8 = 203;
const APP: u8 = 204;
const RTPFB: u8 = 205;
const PSFB: u8 = 206;
const XR: u8 = 207;
const AVB: u8 = 208;
const FIR: u8 = 192;
const NACK: u8 = 193;

/// tshark's `dissect_rtcp_heur` (over UDP and over STUN): version 2, a
/// first packet tshark expects to start a compound packet, and a length
/// (the datagram's on the wire) that is a multiple of four.
pub fn heuristic(b: &[u8], reported: usize) -> bool {
    b.len() >= 2
        && b[0] >> 6 == 2
        && matches!(b[1], SR | RR | BYE | APP | PSFB)
        && reported.is_multiple_of(4)
}

fn probe(b: &[u8]) -> Probe {
    if heuristic(b, b.len()) {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

/// Who set the conversation up, as `rtcp.setup` shows it on each packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setup {
    pub frame: u64,
    pub method: &'static str,
}

/// How the reading of a datagram ended early.
enum Stop {
    /// A read past the bytes: tshark's exception.
    Threw(Bound),
    /// Something osidump does not decode: nothing more is shown.
    Undecoded,
}

impl From<Bound> for Stop {
    fn from(b: Bound) -> Self {
        Stop::Threw(b)
    }
}

struct Walk<'a> {
    t: Tvb<'a>,
    l: Layer<'a>,
    info: String,
}

/// The RTCP datagram `b` (`reported` bytes on the wire) at frame offset
/// `at`, as one `rtcp` layer holding every packet's fields in order.
pub fn dissect<'a>(b: &'a [u8], reported: usize, at: usize, setup: Option<Setup>) -> Layer<'a> {
    let mut w = Walk {
        t: Tvb {
            b,
            reported: reported.max(b.len()),
            le: false,
        },
        l: Layer::new(Osi::Session, "rtcp", at..at + b.len()),
        info: String::new(),
    };
    match w.compound(setup) {
        Ok(()) | Err(Stop::Undecoded) => {}
        Err(Stop::Threw(bound)) => w.l.read_past_end(
            "rtcp",
            "an RTCP packet runs past the datagram".into(),
            bound == Bound::Cut,
        ),
    }
    let Walk { mut l, info, .. } = w;
    l.str(f::rtcp::OSIDUMP_INFO, info);
    l
}

impl<'a> Walk<'a> {
    fn u8(&self, at: usize) -> Result<u8, Bound> {
        self.t.u8(at)
    }

    fn u16(&self, at: usize) -> Result<u16, Bound> {
        self.t.u16(at)
    }

    fn u32(&self, at: usize) -> Result<u32, Bound> {
        self.t.u32(at)
    }

    /// The `len` bytes at `at` must be there (a field osidump reads but
    /// does not show).
    fn need(&self, at: usize, len: usize) -> Result<(), Bound> {
        self.t.bytes(at, len).map(|_| ())
    }

    fn uint32(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
    ) -> Result<u32, Bound> {
        let v = self.u32(at)?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn bytes(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: usize,
    ) -> Result<(), Bound> {
        let v = self.t.bytes(at, len)?;
        self.l.push(def, Value::Bytes(Cow::Borrowed(v)));
        Ok(())
    }

    /// An ASCII string field of `len` bytes, shown up to its first NUL.
    fn text(
        &mut self,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: usize,
    ) -> Result<(), Bound> {
        let v = self.t.bytes(at, len)?;
        self.l.str(def, crate::dissect::wire::ascii(v));
        Ok(())
    }

    fn compound(&mut self, setup: Option<Setup>) -> Result<(), Stop> {
        let mut off = 0usize;
        let mut total = 0usize;
        let mut padding = false;
        let mut padding_at = 0usize;
        // dissect_rtcp's loop: four captured bytes and a known type.
        while self.t.exist(off, 4) {
            let pt = self.t.b[off + 1];
            if !(192..=210).contains(&pt) {
                break;
            }
            self.info
                .push_str(f::rtcp::PT.value_name(u64::from(pt)).unwrap_or("Unknown"));
            self.info.push_str("   ");
            let len = (usize::from(self.u16(off + 2)?) + 1) * 4;
            total += len;
            if let Some(s) = setup {
                self.l.str(f::rtcp::SETUP, "");
                self.l.push(f::rtcp::SETUP_FRAME, Value::UInt(s.frame));
                self.l.str(f::rtcp::SETUP_METHOD, s.method);
            }
            let first = self.t.b[off];
            self.l.uint(f::rtcp::VERSION, first >> 6);
            padding = first & 0x20 != 0;
            padding_at = off + len - 1;
            self.l.boolean(f::rtcp::PADDING, padding);
            let count = first & 0x1f;
            off = self.packet(off, pt, count, len, padding)?;
        }
        if padding {
            let n = usize::from(self.u8(padding_at)?);
            if n != 0 {
                self.bytes(f::rtcp::PADDING_DATA, off, n - 1)?;
                off += n - 1;
            }
            let c = self.u8(off)?;
            self.l.uint(f::rtcp::PADDING_COUNT, c);
            off += 1;
        }
        self.l.boolean(f::rtcp::LENGTH_CHECK, off == total);
        if off != total {
            expert::add(
                &mut self.l,
                &LENGTH_CHECK_BAD,
                Some(format!(
                    "Incorrect RTCP packet length information (expected {total} bytes, found {off})"
                )),
            );
        }
        Ok(())
    }

    /// One packet at `off` of `len` bytes by its length word: where the
    /// next one is read from.
    fn packet(
        &mut self,
        off: usize,
        pt: u8,
        count: u8,
        len: usize,
        padding: bool,
    ) -> Result<usize, Stop> {
        let length = self.u16(off + 2)?;
        let header =
            |w: &mut Self, count_field: Option<&'static crate::dissect::field::FieldDef>| {
                if let Some(def) = count_field {
                    w.l.uint(def, count);
                }
                w.l.uint(f::rtcp::PT, pt);
                w.l.uint(f::rtcp::LENGTH, length);
            };
        let o = off + 4;
        match pt {
            SR | RR => {
                header(self, Some(f::rtcp::RC));
                self.uint32(f::rtcp::SENDERSSRC, o)?;
                let body = len as i64 - 8;
                if pt == SR {
                    Ok(self.sr(o + 4, count, body)?)
                } else {
                    Ok(self.rr(o + 4, count, body)?)
                }
            }
            SDES => {
                header(self, Some(f::rtcp::SC));
                Ok(self.sdes(o, count)?)
            }
            BYE => {
                header(self, Some(f::rtcp::SC));
                Ok(self.bye(o, count, off + len)?)
            }
            APP => {
                header(self, Some(f::rtcp::APP_SUBTYPE));
                self.app(o, count, len as i64 - 4, padding)
            }
            XR => {
                header(self, None);
                if padding {
                    // The padding count, read from the packet's last byte.
                    self.u8(off + len - 1)?;
                }
                if len < 8 {
                    // Too short for the sender's SSRC: an expert note.
                    return Ok(o + (len - 4));
                }
                self.uint32(f::rtcp::SENDERSSRC, o)?;
                if len > 8 {
                    return Err(Stop::Undecoded);
                }
                Ok(o + 4)
            }
            AVB => {
                header(self, Some(f::rtcp::APP_SUBTYPE));
                self.uint32(f::rtcp::SSRC_IDENTIFIER, o)?;
                self.text(f::rtcp::APP_NAME, o + 4, 4)?;
                // Time base indicator, grandmaster identity, stream ID and
                // AS timestamp, read but not shown.
                self.need(o + 8, 24)?;
                self.uint32(f::rtcp::TIMESTAMP_RTP, o + 32)?;
                Ok(o + 36)
            }
            RTPFB => {
                self.l.uint(f::rtcp::RTPFB_FMT, count);
                header(self, None);
                self.rtpfb(off, count, len)
            }
            PSFB => {
                self.l.uint(f::rtcp::PSFB_FMT, count);
                self.info.push_str(psfb_short(count));
                self.info.push_str("  ");
                header(self, None);
                self.psfb(off, count, len, length)
            }
            FIR => {
                header(self, Some(f::rtcp::RC));
                self.uint32(f::rtcp::SSRC_IDENTIFIER, o)?;
                Ok(o + 4)
            }
            NACK => {
                header(self, Some(f::rtcp::RC));
                self.uint32(f::rtcp::SSRC_IDENTIFIER, o)?;
                let fsn = self.u16(o + 4)?;
                self.l.uint(f::rtcp::NACK_FSN, fsn);
                let blp = self.u16(o + 6)?;
                self.l.uint(f::rtcp::NACK_BLP, blp);
                Ok(o + 8)
            }
            // Receiver Summary Information, Port Mapping.
            209 | 210 => {
                header(self, None);
                Err(Stop::Undecoded)
            }
            // The types tshark names but has no case for: one byte on.
            _ => Ok(off + 1),
        }
    }

    fn sr(&mut self, start: usize, count: u8, len: i64) -> Result<usize, Bound> {
        let mut o = start;
        let msw = self.uint32(f::rtcp::TIMESTAMP_NTP_MSW, o)?;
        let lsw = self.uint32(f::rtcp::TIMESTAMP_NTP_LSW, o + 4)?;
        let mut ts = [0u8; 8];
        ts[..4].copy_from_slice(&msw.to_be_bytes());
        ts[4..].copy_from_slice(&lsw.to_be_bytes());
        self.l.push(
            f::rtcp::TIMESTAMP_NTP,
            Value::Time(crate::dissect::app::ntp::ntp_time(&ts, 0)),
        );
        o += 8;
        self.uint32(f::rtcp::TIMESTAMP_RTP, o)?;
        self.uint32(f::rtcp::SENDER_PACKETCOUNT, o + 4)?;
        self.uint32(f::rtcp::SENDER_OCTETCOUNT, o + 8)?;
        o += 12;
        let used = (o - start) as i64;
        if count != 0 {
            return self.rr(o, count, len - used);
        }
        if used < len {
            self.extensions(o, len - used)?;
            o = start + len as usize;
        }
        Ok(o)
    }

    /// Report blocks, then what the packet's length leaves: profile-specific
    /// extensions.
    fn rr(&mut self, start: usize, count: u8, len: i64) -> Result<usize, Bound> {
        let mut o = start;
        for _ in 0..count {
            // The block's subtree (24 bytes) must fit before its items.
            self.need(o, 24)?;
            self.uint32(f::rtcp::SSRC_IDENTIFIER, o)?;
            let fraction = self.u8(o + 4)?;
            self.l.uint(f::rtcp::SSRC_FRACTION, fraction);
            let b = self.t.bytes(o + 5, 3)?;
            let cum = (i32::from_be_bytes([b[0], b[1], b[2], 0]) >> 8) as i64;
            self.l.int(f::rtcp::SSRC_CUM_NR, cum);
            self.uint32(f::rtcp::SSRC_EXT_HIGH, o + 8)?;
            let cycles = self.u16(o + 8)?;
            self.l.uint(f::rtcp::SSRC_HIGH_CYCLES, cycles);
            let high = self.u16(o + 10)?;
            self.l.uint(f::rtcp::SSRC_HIGH_SEQ, high);
            self.uint32(f::rtcp::SSRC_JITTER, o + 12)?;
            self.uint32(f::rtcp::SSRC_LSR, o + 16)?;
            self.uint32(f::rtcp::SSRC_DLSR, o + 20)?;
            o += 24;
        }
        let used = (o - start) as i64;
        if used < len {
            self.extensions(o, len - used)?;
            o = start + len as usize;
        }
        Ok(o)
    }

    /// MS-RTP's profile-specific extensions: type and length shown, the
    /// values read (tshark throws where they run past the datagram).
    fn extensions(&mut self, mut o: usize, mut remaining: i64) -> Result<(), Bound> {
        self.info.push('(');
        while remaining != 0 {
            let kind = self.u16(o)?;
            let raw = self.u16(o + 2)?;
            let len = if (raw as i16) < 4 {
                4
            } else {
                usize::from(raw)
            };
            // Its subtree must fit before anything of it is shown.
            self.need(o, len)?;
            self.info.push_str("PSE:");
            self.info.push_str(pse_name(kind));
            self.info.push_str("  ");
            self.l.uint(f::rtcp::PROFILE_SPECIFIC_EXTENSION_TYPE, kind);
            self.l.uint(f::rtcp::PROFILE_SPECIFIC_EXTENSION_LENGTH, raw);
            o += 4;
            match kind {
                1 => {
                    self.need(o, 8)?;
                    if raw == 16 {
                        self.need(o + 8, 1)?;
                    }
                }
                4 => self.need(o + 2, 2)?,
                5 => self.need(o + 4, 10)?,
                7 | 8 | 10 => self.need(o + 4, 4)?,
                9 => self.need(o, 24)?,
                11 => self.need(o, 8)?,
                12 | 13 => self.need(o, 13)?,
                14 => self.need(o, 8)?,
                _ => self.bytes(f::rtcp::PROFILE_SPECIFIC_EXTENSION, o, len - 4)?,
            }
            remaining -= len as i64;
            o += len - 4;
        }
        self.info.push_str(")  ");
        Ok(())
    }

    fn sdes(&mut self, mut o: usize, count: u8) -> Result<usize, Bound> {
        for _ in 0..count {
            self.uint32(f::rtcp::SSRC_IDENTIFIER, o)?;
            o += 4;
            // Items until an END, or the end of the datagram.
            while self.t.remaining(o) > 0 {
                let kind = self.u8(o)?;
                self.l.uint(f::rtcp::SDES_TYPE, kind);
                o += 1;
                if kind == 0 {
                    break;
                }
                let mut len = usize::from(self.u8(o)?);
                self.l.uint(f::rtcp::SDES_LENGTH, len as u64);
                o += 1;
                if len == 0 {
                    continue;
                }
                if kind == 8 {
                    // PRIV: a prefix's length and string first.
                    let prefix = usize::from(self.u8(o)?);
                    self.l.uint(f::rtcp::SDES_PREFIX_LENGTH, prefix as u64);
                    if prefix + 1 > len {
                        o += len;
                        continue;
                    }
                    self.text(f::rtcp::SDES_PREFIX_STRING, o + 1, prefix)?;
                    o += 1 + prefix;
                    len -= prefix + 1;
                    if len == 0 {
                        continue;
                    }
                }
                self.text(f::rtcp::SDES_TEXT, o, len)?;
                o += len;
            }
            o = o.next_multiple_of(4);
        }
        Ok(o)
    }

    fn bye(&mut self, mut o: usize, count: u8, end: usize) -> Result<usize, Bound> {
        for _ in 0..count {
            self.uint32(f::rtcp::SSRC_IDENTIFIER, o)?;
            o += 4;
        }
        if o < end {
            // The reason: a length and its text.
            let len = usize::from(self.u8(o)?);
            self.l.uint(f::rtcp::SDES_LENGTH, len as u64);
            o += 1;
            self.text(f::rtcp::SDES_TEXT, o, len)?;
            o += len;
        }
        // Padded with NULs to a word: a note for each byte that is not.
        let padded = o.next_multiple_of(4);
        for at in o..padded {
            if self.t.b.get(at).is_none_or(|&c| c != 0) {
                expert::add(&mut self.l, &BYE_REASON_NOT_PADDED, None);
            }
        }
        Ok(padded)
    }

    fn app(&mut self, o: usize, subtype: u8, len: i64, padding: bool) -> Result<usize, Stop> {
        self.uint32(f::rtcp::SSRC_IDENTIFIER, o)?;
        let name = self.t.bytes(o + 4, 4)?;
        let printable = name.iter().all(|c| (0x20..0x7f).contains(c));
        let text = crate::dissect::wire::ascii(name);
        if printable {
            self.l.str(f::rtcp::APP_NAME, text.clone());
            let special = ["PoC1", "3GPP", "MCPT", "MCPC", "MCCP"]
                .iter()
                .any(|s| s.eq_ignore_ascii_case(&text));
            if special {
                return Err(Stop::Undecoded);
            }
        } else {
            expert::add(&mut self.l, &APPL_NOT_ASCII, None);
        }
        let data = len - 8;
        let o = o + 8;
        if data < 0 {
            return Err(Bound::Past.into());
        }
        if padding {
            // The padding count, read from the packet's last byte before
            // anything goes to the Info column.
            self.u8((o + data as usize).wrapping_sub(1))?;
        }
        if printable {
            self.info.push_str("( ");
            self.info.push_str(&text);
            self.info.push_str(" ) ");
        }
        self.info.push_str("subtype=");
        self.info.push_str(&subtype.to_string());
        if padding {
            return Err(Stop::Undecoded);
        }
        if data > 0 {
            self.bytes(f::rtcp::APP_DATA, o, data as usize)?;
        }
        Ok(o + data as usize)
    }

    fn rtpfb(&mut self, off: usize, fmt: u8, len: usize) -> Result<usize, Stop> {
        self.uint32(f::rtcp::SENDERSSRC, off + 4)?;
        self.uint32(f::rtcp::MEDIASSRC, off + 8)?;
        let mut o = off + 12;
        while o - off < len {
            match fmt {
                1 => {
                    let pid = self.u16(o)?;
                    self.l.uint(f::rtcp::RTPFB_NACK_PID, pid);
                    let blp = self.u16(o + 2)?;
                    self.l.uint(f::rtcp::RTPFB_NACK_BLP, blp);
                    for i in 0..16u64 {
                        if blp & (1 << i) != 0 {
                            self.l
                                .push(f::rtcp::RTPFB_NACK_PID, Value::UInt(u64::from(pid) + i + 1));
                        }
                    }
                    o += 4;
                }
                // TMMBR and TMMBN, read but not shown.
                3 | 4 => {
                    self.need(o, 8)?;
                    o += 8;
                }
                15 => return Err(Stop::Undecoded),
                _ => {
                    self.bytes(f::rtcp::FCI, o, off + len - o)?;
                    o = off + len;
                }
            }
        }
        Ok(o)
    }

    fn psfb(&mut self, off: usize, fmt: u8, len: usize, length: u16) -> Result<usize, Stop> {
        self.uint32(f::rtcp::SENDERSSRC, off + 4)?;
        self.uint32(f::rtcp::MEDIASSRC, off + 8)?;
        let mut o = off + 12;
        // The length in words less the two SSRCs (unsigned: a length
        // under 2 asks for ever more, until a read fails).
        let fci = u32::from(length).wrapping_sub(2);
        let mut read = 0u32;
        while read < fci {
            match fmt {
                // MS-RTP's PLI extension, read but not shown.
                1 => {
                    self.need(o, 12)?;
                    o += 12;
                    read += 3;
                }
                2 => {
                    let v = self.u32(o)?;
                    self.l.uint(f::rtcp::PSFB_FIR_SLI_FIRST, v >> 19);
                    self.l.uint(f::rtcp::PSFB_FIR_SLI_NUMBER, (v >> 6) & 0x1fff);
                    self.l.uint(f::rtcp::PSFB_FIR_SLI_PICTURE_ID, v & 0x3f);
                    o += 4;
                    read += 1;
                }
                4 => {
                    self.need(o, 8)?;
                    self.uint32(f::rtcp::PSFB_FIR_FCI_SSRC, o)?;
                    let csn = self.u8(o + 4)?;
                    self.l.uint(f::rtcp::PSFB_FIR_FCI_CSN, csn);
                    let b = self.t.bytes(o + 5, 3)?;
                    self.l.uint(
                        f::rtcp::PSFB_FIR_FCI_RESERVED,
                        u32::from_be_bytes([0, b[0], b[1], b[2]]),
                    );
                    o += 8;
                    read += 2;
                }
                15 => return Err(Stop::Undecoded),
                _ => read = fci,
            }
        }
        let left = len as i64 - (o - off) as i64;
        if left > 0 {
            self.bytes(f::rtcp::FCI, o, left as usize)?;
            o = off + len;
        }
        Ok(o)
    }
}

/// rtcp_psfb_fmt_summary_vals.
fn psfb_short(fmt: u8) -> &'static str {
    match fmt {
        1 => "PLI",
        2 => "SLI",
        3 => "RPSI",
        4 => "FIR",
        5 => "TSTR",
        6 => "TSTN",
        7 => "VBCM",
        15 => "ALFB",
        31 => "Reserved",
        _ => "Unknown",
    }
}

/// rtcp_ms_profile_extension_vals.
fn pse_name(kind: u16) -> &'static str {
    f::rtcp::PROFILE_SPECIFIC_EXTENSION_TYPE
        .value_name(u64::from(kind))
        .unwrap_or("Unknown")
}

fn datagram<'a>(d: &Datagram<'a>) -> Layer<'a> {
    of_datagram(d)
}

/// [`dissect`] of a datagram; one an ICMP error quotes is shown as far as
/// it goes, unmarked (tshark shows no exception inside a quoted packet).
pub fn of_datagram<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let mut l = dissect(d.payload, d.reported, d.at, None);
    if d.nested {
        l.thrown = None;
        l.anomalies.clear();
    }
    l
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(datagram))
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::rtcp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("RTCP: ");
    out.push_str(l.get_str(f::rtcp::OSIDUMP_INFO).unwrap_or("").trim_end());
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "rtcp",
    also: &[],
    title: "Real-time Transport Control Protocol",
    osi: Osi::Session,
    fields: f::rtcp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "RTCP"),
    app: Some(AppSpec {
        decode_as: &["rtcp"],
        tcp_ports: &[],
        // tshark registers no port by default: the heuristic only.
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: Some(probe),
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
