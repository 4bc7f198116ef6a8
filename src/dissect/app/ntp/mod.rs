//! NTP (UDP port 123, either side) as tshark 4.0 decodes it: the header of
//! modes 0-5 (RFC 5905: flags, stratum, poll, precision, root delay and
//! dispersion, reference ID, the four timestamps), RFC 7822 extension
//! fields and the MAC (key ID and digest); control messages (mode 6:
//! flags, sequence, the status word as system, peer, clock or error
//! status, association ID, offset, count, the data's string items and the
//! authenticator); private messages (mode 7, ntpdc): flags, auth and
//! sequence, implementation, request code, XNTPD's error, item count and
//! size, each item's `ntp.priv.mode7.item`, and a request's authenticator.
//!
//! What tshark 4.0 does that is followed here, measured with crafted
//! captures:
//! - after the 48-byte header, an extension field is read while its length
//!   is at least 16, fits in what remains, and leaves nothing, at least 20
//!   bytes (room for a MAC), or one more extension field that ends the
//!   message behind it; a length that is not a
//!   multiple of 4 ends the message with the `ntp.ext.invalid_length`
//!   warning. What is left is the key ID (4 bytes, when there are 4) and
//!   the digest (the rest);
//! - timestamps: seconds with the most significant bit clear are in NTP era
//!   1 (2036-2104), the fraction is truncated to nanoseconds, and all-zero
//!   seconds with a fraction below a nanosecond are the zero time, shown
//!   `NULL`;
//! - `ntp.response_in`, `ntp.request_in` and `ntp.delta_time` appear only
//!   on tshark's second pass (`-2`); its one-pass output, which osidump
//!   matches, has none of them.
//!
//! Not decoded: the fields inside a mode 7 item (peer lists, monlist
//! entries, statistics: tshark's `ntp.priv.mode7.*` and `ntp.priv.monlist.*`)
//! and the tree of a control message's `name=value` items (text items with
//! no field of their own in tshark).
//!
//! The promise: no input makes this module panic or loop. Every read is
//! checked against the captured bytes first (`need`); a read past them
//! stops the message where tshark's dissector throws.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::{ascii, be16, be32};
use crate::source::Timestamp;
use std::borrow::Cow;

/// NTP's well-known port (UDP).
pub const PORT: u16 = 123;

/// Seconds from 1900 (NTP's epoch) to 1970.
const NTP_TO_UNIX: i64 = 2_208_988_800;

const MODE_CTRL: u8 = 6;
const MODE_PRIV: u8 = 7;
/// Mode 7's implementation number of ntpd (`XNTPD`).
const XNTPD: u8 = 3;
const PRIV_MON_GETLIST: u8 = 20;
const PRIV_MON_GETLIST_1: u8 = 42;

/// tshark's Info names for the modes (`info_mode_types`).
const INFO_MODES: [&str; 8] = [
    "reserved",
    "symmetric active",
    "symmetric passive",
    "client",
    "server",
    "broadcast",
    "control",
    "private",
];

/// One NTP message (a UDP payload of `reported` bytes on the wire, of which
/// `msg` were captured) as a layer spanning `at..at + msg.len()`.
/// `cut`: the capture cut the datagram short; `quoted`: it is the part of
/// a datagram an ICMP error quotes, short on purpose (nothing is marked).
pub fn dissect(msg: &[u8], at: usize, reported: usize, cut: bool, quoted: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "ntp", at..at + msg.len());
    let mut w = Walker {
        msg,
        reported: reported.max(msg.len()),
        l: &mut l,
    };
    if let Err(Short { start, need, what }) = w.message()
        && !quoted
    {
        let have = msg.len();
        let reason = format!("{what}: need {need} bytes, have {have}");
        // Past the captured bytes but within the datagram: cut short by
        // the capture; past the datagram itself: malformed. Wireshark
        // judges a read that starts past the captured bytes by its start.
        let judged = if start > have { start } else { need };
        let by_capture = cut && judged <= w.reported;
        l.read_past_end("ntp", reason, by_capture);
    }
    l
}

/// A read past the captured bytes: where it ended, and of what.
struct Short {
    /// Where the read began (`need` for a read judged by its end alone).
    start: usize,
    need: usize,
    what: &'static str,
}

struct Walker<'a, 'l> {
    msg: &'a [u8],
    /// The message's length on the wire (tshark's reported length).
    reported: usize,
    l: &'l mut Layer<'a>,
}

impl<'a> Walker<'a, '_> {
    /// The bytes up to `end` were captured (a short read, judged by its
    /// end).
    fn need(&self, end: usize, what: &'static str) -> Result<(), Short> {
        self.need_from(end, end, what)
    }

    /// The bytes `start..end` of one read were captured.
    fn need_from(&self, start: usize, end: usize, what: &'static str) -> Result<(), Short> {
        if self.msg.len() >= end {
            Ok(())
        } else {
            Err(Short {
                start,
                need: end,
                what,
            })
        }
    }

    fn bytes(&mut self, def: &'static crate::dissect::field::FieldDef, at: usize, len: usize) {
        self.l
            .push(def, Value::Bytes(Cow::Borrowed(&self.msg[at..at + len])));
    }

    fn message(&mut self) -> Result<(), Short> {
        self.need(1, "flags")?;
        match self.msg[0] & 0x07 {
            MODE_CTRL => self.ctrl(),
            MODE_PRIV => self.private(),
            _ => self.std(),
        }
    }

    /// The flags byte with the leap indicator, version and mode.
    fn flags(&mut self) {
        let b = self.msg[0];
        self.l.uint(f::ntp::FLAGS, b);
        self.l.uint(f::ntp::FLAGS_LI, b >> 6);
        self.l.uint(f::ntp::FLAGS_VN, (b >> 3) & 0x07);
        self.l.uint(f::ntp::FLAGS_MODE, b & 0x07);
    }

    fn std(&mut self) -> Result<(), Short> {
        self.flags();
        let m = self.msg;
        self.need(2, "stratum")?;
        self.l.uint(f::ntp::STRATUM, m[1]);
        self.need(3, "poll interval")?;
        self.l.uint(f::ntp::PPOLL, m[2]);
        self.need(4, "precision")?;
        self.l.uint(f::ntp::PRECISION, m[3]);
        self.need(8, "root delay")?;
        self.l.uint(f::ntp::ROOTDELAY, be32(m, 4));
        self.need(12, "root dispersion")?;
        self.l.uint(f::ntp::ROOTDISPERSION, be32(m, 8));
        self.need(16, "reference ID")?;
        self.bytes(f::ntp::REFID, 12, 4);
        for (at, def) in [
            (16, f::ntp::REFTIME),
            (24, f::ntp::ORG),
            (32, f::ntp::REC),
            (40, f::ntp::XMT),
        ] {
            self.need_from(at, at + 8, "timestamp")?;
            self.l.push(def, Value::Time(ntp_time(m, at)));
        }
        let mut macofs = 48;
        while let Some(ext) = self.extension_at(macofs)? {
            match self.extension(macofs, ext)? {
                Some(next) => macofs = next,
                None => return Ok(()),
            }
        }
        self.mac(macofs)
    }

    /// The length of the extension field at `at`, if tshark reads one
    /// there: at least 16 bytes, within the message, and followed by
    /// nothing, by room for a MAC (20 bytes or more), or by one more
    /// extension field that ends the message. tshark reads the next
    /// field's length before it shows this one.
    fn extension_at(&self, at: usize) -> Result<Option<usize>, Short> {
        let left = self.reported.saturating_sub(at);
        if left < 16 {
            return Ok(None);
        }
        self.need(at + 4, "extension field length")?;
        let len = usize::from(be16(self.msg, at + 2));
        if len < 16 || len > left {
            return Ok(None);
        }
        let after = left - len;
        if after == 0 {
            return Ok(Some(len));
        }
        // (Not before a length that is not a multiple of 4, which
        // tshark shows with its warning without reading on.)
        if after >= 4 && len.is_multiple_of(4) {
            self.need(at + len + 4, "next extension field length")?;
        }
        let next_ends = after >= 16
            && len.is_multiple_of(4)
            && usize::from(be16(self.msg, at + len + 2)) == after;
        Ok((after >= 20 || next_ends).then_some(len))
    }

    /// One extension field of `len` bytes at `at`: the offset after it, or
    /// `None` when its length ends the message.
    fn extension(&mut self, at: usize, len: usize) -> Result<Option<usize>, Short> {
        self.l.present(f::ntp::EXT);
        self.l.uint(f::ntp::EXT_TYPE, be16(self.msg, at));
        self.l.uint(f::ntp::EXT_LENGTH, len as u64);
        if !len.is_multiple_of(4) {
            crate::dissect::expert::add(
                self.l,
                &expert::EXT_INVALID_LENGTH,
                Some(format!("Extension length {len} isn't a multiple of 4")),
            );
            return Ok(None);
        }
        self.need_from(at + 4, at + len, "extension field value")?;
        self.bytes(f::ntp::EXT_VALUE, at + 4, len - 4);
        Ok(Some(at + len))
    }

    /// The key ID and digest after the header and its extensions.
    fn mac(&mut self, at: usize) -> Result<(), Short> {
        if self.reported.saturating_sub(at) < 4 {
            return Ok(());
        }
        self.need_from(at, at + 4, "key ID")?;
        self.bytes(f::ntp::KEYID, at, 4);
        let at = at + 4;
        if self.reported > at {
            self.need_from(at, self.reported, "message authentication code")?;
            self.bytes(f::ntp::MAC, at, self.reported - at);
        }
        Ok(())
    }

    fn ctrl(&mut self) -> Result<(), Short> {
        self.flags();
        let m = self.msg;
        self.need(2, "flags 2")?;
        let flags2 = m[1];
        self.l.uint(f::ntp::CTRL_FLAGS2, flags2);
        self.l.uint(f::ntp::CTRL_FLAGS2_R, flags2 >> 7);
        self.l.uint(f::ntp::CTRL_FLAGS2_ERROR, (flags2 >> 6) & 1);
        self.l.uint(f::ntp::CTRL_FLAGS2_MORE, (flags2 >> 5) & 1);
        self.l.uint(f::ntp::CTRL_FLAGS2_OPCODE, flags2 & 0x1f);
        self.need(4, "sequence")?;
        self.l.uint(f::ntp::CTRL_SEQUENCE, be16(m, 2));
        // tshark reads the association ID before it shows the status.
        self.need(8, "association ID")?;
        let associd = be16(m, 6);
        let status = be16(m, 4);
        let opcode = flags2 & 0x1f;
        let response = flags2 & 0x80 != 0;
        if response && flags2 & 0x40 != 0 {
            self.l.uint(f::ntp::CTRL_STATUS, status);
            self.l.uint(f::ntp::CTRL_ERR_STATUS, status >> 8);
        } else if response {
            match opcode {
                1 | 2 | 3 | 7 if associd != 0 => self.peer_status(status),
                1 | 2 | 3 | 7 => {
                    self.l.uint(f::ntp::CTRL_STATUS, status);
                    self.l.uint(f::ntp::CTRL_SYS_STATUS_LI, status >> 14);
                    self.l
                        .uint(f::ntp::CTRL_SYS_STATUS_CLKSRC, (status >> 8) & 0x3f);
                    self.l
                        .uint(f::ntp::CTRL_SYS_STATUS_COUNT, (status >> 4) & 0x0f);
                    self.l.uint(f::ntp::CTRL_SYS_STATUS_CODE, status & 0x0f);
                }
                4 | 5 => {
                    self.l.uint(f::ntp::CTRL_STATUS, status);
                    self.l.uint(f::ntp::CTRL_CLOCK_STATUS_STATUS, status >> 8);
                    self.l.uint(f::ntp::CTRL_CLOCK_STATUS_CODE, status & 0xff);
                }
                _ => self.l.uint(f::ntp::CTRL_STATUS, status),
            }
        } else {
            self.l.uint(f::ntp::CTRL_STATUS, status);
        }
        self.l.uint(f::ntp::CTRL_ASSOCID, associd);
        self.need(10, "offset")?;
        self.l.uint(f::ntp::CTRL_OFFSET, be16(m, 8));
        self.need(12, "count")?;
        let datalen = be16(m, 10);
        self.l.uint(f::ntp::CTRL_COUNT, datalen);
        let mut auth = false;
        if datalen != 0 {
            let len = usize::from(datalen);
            // A label (FT_NONE): tshark shows it whatever its length.
            self.l.present(f::ntp::CTRL_DATA);
            let string = match opcode {
                1 if associd == 0 => {
                    self.status_list(datalen)?;
                    None
                }
                7 => Some(f::ntp::CTRL_TRAPMSG),
                8 | 9 => Some(f::ntp::CTRL_CONFIGURATION),
                10 => Some(f::ntp::CTRL_MRU),
                11 => Some(f::ntp::CTRL_ORDLIST),
                12 => Some(f::ntp::CTRL_NONCE),
                _ => None,
            };
            if let Some(def) = string {
                self.need_from(12, 12 + len, "data")?;
                auth = opcode != 7;
                self.l.push(def, Value::Str(ascii(&m[12..12 + len])));
            }
        }
        if !response || auth {
            self.authenticator(12 + usize::from(datalen))?;
        }
        Ok(())
    }

    /// A peer status word (`ntp.ctrl.status` and its bits).
    fn peer_status(&mut self, s: u16) {
        let l = &mut *self.l;
        l.uint(f::ntp::CTRL_STATUS, s);
        l.boolean(f::ntp::CTRL_PEER_STATUS_CONFIG, s & 0x8000 != 0);
        l.boolean(f::ntp::CTRL_PEER_STATUS_AUTHENABLE, s & 0x4000 != 0);
        l.boolean(f::ntp::CTRL_PEER_STATUS_AUTHENTIC, s & 0x2000 != 0);
        l.boolean(f::ntp::CTRL_PEER_STATUS_REACH, s & 0x1000 != 0);
        l.boolean(f::ntp::CTRL_PEER_STATUS_BCAST, s & 0x0800 != 0);
        l.uint(f::ntp::CTRL_PEER_STATUS_SELECTION, (s >> 8) & 0x07);
        l.uint(f::ntp::CTRL_PEER_STATUS_COUNT, (s >> 4) & 0x0f);
        l.uint(f::ntp::CTRL_PEER_STATUS_CODE, s & 0x0f);
    }

    /// Read status of association 0: (association ID, peer status) pairs.
    /// tshark counts the 16-bit length down by 4 until it is zero, so a
    /// length that is not a multiple of 4 reads on past the data until the
    /// message ends (and throws there).
    fn status_list(&mut self, mut left: u16) -> Result<(), Short> {
        let mut at = 12;
        while left != 0 {
            // The item is a label, shown even past the end; its two
            // numbers are read.
            self.l.present(f::ntp::CTRL_ITEM);
            self.need(at + 2, "status list association ID")?;
            self.l.uint(f::ntp::CTRL_ASSOCID, be16(self.msg, at));
            self.need(at + 4, "status list peer status")?;
            self.peer_status(be16(self.msg, at + 2));
            at += 4;
            left = left.wrapping_sub(4);
        }
        Ok(())
    }

    /// A control message's padding and authenticator (key index and
    /// signature when 20 or 24 bytes follow the padding).
    fn authenticator(&mut self, at: usize) -> Result<(), Short> {
        let left = self.reported.saturating_sub(at);
        let padding = if at & 7 != 0 { 8 - (at & 7) } else { 0 };
        if at > self.reported || left <= padding {
            return Ok(());
        }
        let mut at = at;
        if padding != 0 {
            self.need_from(at, at + padding, "padding")?;
            self.bytes(f::ntp::PADDING, at, padding);
            at += padding;
        }
        let (algo, sig) = match left - padding {
            20 => (0u8, 16),
            24 => (1u8, 20),
            _ => return Ok(()),
        };
        self.l.uint(f::ntp::KEY_TYPE, algo);
        self.need(at + 4, "key index")?;
        self.l.uint(f::ntp::KEY_INDEX, be32(self.msg, at));
        self.need_from(at + 4, at + 4 + sig, "signature")?;
        self.bytes(f::ntp::KEY_SIGNATURE, at + 4, sig);
        Ok(())
    }

    fn private(&mut self) -> Result<(), Short> {
        let m = self.msg;
        let b = m[0];
        self.l.uint(f::ntp::FLAGS, b);
        self.l.uint(f::ntp::PRIV_FLAGS_R, b >> 7);
        self.l.uint(f::ntp::PRIV_FLAGS_MORE, (b >> 6) & 1);
        self.l.uint(f::ntp::FLAGS_VN, (b >> 3) & 0x07);
        self.l.uint(f::ntp::FLAGS_MODE, b & 0x07);
        self.need(2, "auth and sequence")?;
        let auth_seq = m[1];
        self.l.uint(f::ntp::PRIV_AUTH_SEQ, auth_seq);
        self.l.uint(f::ntp::PRIV_AUTH, auth_seq >> 7);
        self.l.uint(f::ntp::PRIV_SEQ, auth_seq & 0x7f);
        self.need(3, "implementation")?;
        let implementation = m[2];
        self.l.uint(f::ntp::PRIV_IMPL, implementation);
        self.need(4, "request code")?;
        let reqcode = m[3];
        self.l.uint(f::ntp::PRIV_REQCODE, reqcode);
        let response = b & 0x80 != 0;
        if implementation == XNTPD {
            self.need(5, "error code")?;
            self.l.uint(f::ntp::PRIV_ERR, m[4] >> 4);
            self.need(6, "number of items")?;
            let numitems = be16(m, 4) & 0x0fff;
            self.l.uint(f::ntp::PRIV_NUMITEMS, numitems);
            self.need(7, "reserved")?;
            self.l.uint(f::ntp::PRIV_RESERVED, m[6] >> 4);
            self.need(8, "item size")?;
            let itemsize = usize::from(be16(m, 6) & 0x0fff);
            self.l.uint(f::ntp::PRIV_ITEMSIZE, itemsize as u64);
            for i in 0..usize::from(numitems) {
                let at = 8 + itemsize * i;
                let value = if matches!(reqcode, PRIV_MON_GETLIST | PRIV_MON_GETLIST_1) {
                    // tshark reads the item's address and port for its
                    // label first.
                    let port_at = if reqcode == PRIV_MON_GETLIST_1 {
                        28
                    } else {
                        20
                    };
                    // (C evaluates the label's arguments right to left:
                    // the port is read before the address.)
                    self.need_from(at + port_at, at + port_at + 2, "monlist item port")?;
                    self.need_from(at + 16, at + 20, "monlist item address")?;
                    "Monlist Item"
                } else {
                    ""
                };
                self.need_from(at, at + itemsize, "mode 7 item")?;
                self.l.str(f::ntp::PRIV_MODE7_ITEM, value);
            }
        }
        if !response && auth_seq & 0x80 != 0 {
            self.need_from(184, 192, "authentication timestamp")?;
            self.l
                .push(f::ntp::PRIV_TSTAMP, Value::Time(ntp_time(m, 184)));
            self.need_from(192, 196, "key ID")?;
            self.bytes(f::ntp::KEYID, 192, 4);
            if self.reported > 196 {
                self.need_from(196, self.reported, "message authentication code")?;
                self.bytes(f::ntp::MAC, 196, self.reported - 196);
            }
        }
        Ok(())
    }
}

/// The NTP timestamp at `at` (8 bytes) as tshark 4.0 converts it.
pub(crate) fn ntp_time(b: &[u8], at: usize) -> Timestamp {
    let secs = be32(b, at);
    let frac = be32(b, at + 4);
    // C's `(int)(1000000000 * (frac / 4294967296.0))`: truncated.
    let nanos = (1_000_000_000.0 * (f64::from(frac) / 4_294_967_296.0)) as u32;
    if secs == 0 && nanos == 0 {
        return Timestamp::new(0, 0);
    }
    // RFC 4330: with the top bit clear the time is in era 1 (from 2036).
    let secs = if secs & 0x8000_0000 != 0 {
        i64::from(secs) - NTP_TO_UNIX
    } else {
        i64::from(secs) + (1 << 32) - NTP_TO_UNIX
    };
    Timestamp::new(secs, nanos)
}

/// NTP's expert items, as tshark 4.0 registers them.
mod expert {
    use crate::dissect::expert::ei;
    use crate::dissect::fields::ntp;

    ei!(EXT_INVALID_LENGTH, ntp::EXT_INVALID_LENGTH, Protocol, Warn);
}

/// tshark's Info: `NTP Version 4, client`; a mode 7 message adds whether
/// it is a request and its request code (`, Request, MON_GETLIST_1`).
pub fn info(out: &mut String, l: &Layer<'_>) {
    let (Some(vn), Some(mode)) = (l.get_uint(f::ntp::FLAGS_VN), l.get_uint(f::ntp::FLAGS_MODE))
    else {
        return;
    };
    out.push_str(f::ntp::FLAGS_VN.value_name(vn).unwrap_or("Unknown version"));
    out.push_str(", ");
    out.push_str(INFO_MODES[(mode & 7) as usize]);
    if let Some(code) = l.get_uint(f::ntp::PRIV_REQCODE) {
        let response = l.get_uint(f::ntp::PRIV_FLAGS_R) == Some(1);
        out.push_str(if response {
            ", Response, "
        } else {
            ", Request, "
        });
        out.push_str(f::ntp::PRIV_REQCODE.value_name(code).unwrap_or("Unknown"));
    }
}

/// Reference clocks a primary (stratum 0 or 1) server names in its
/// reference ID, with tshark's words for them (`primary_sources`).
const PRIMARY_SOURCES: &[(&[u8; 4], &str)] = &[
    (b"GOES", "Geostationary Orbit Environment Satellite"),
    (b"GPS\0", "Global Position System"),
    (b"GAL\0", "Galileo Positioning System"),
    (b"PPS\0", "Generic pulse-per-second"),
    (b"IRIG", "Inter-Range Instrumentation Group"),
    (b"WWVB", "LF Radio WWVB Ft. Collins, CO 60 kHz"),
    (b"DCF\0", "LF Radio DCF77 Mainflingen, DE 77.5 kHz"),
    (b"HBG\0", "LF Radio HBG Prangins, HB 75 kHz"),
    (b"MSF\0", "LF Radio MSF Anthorn, UK 60 kHz"),
    (
        b"JJY\0",
        "LF Radio JJY Fukushima, JP 40 kHz, Saga, JP 60 kHz",
    ),
    (b"LORC", "MF Radio LORAN C station, 100 kHz"),
    (b"TDF\0", "MF Radio Allouis, FR 162 kHz"),
    (b"CHU\0", "HF Radio CHU Ottawa, Ontario"),
    (b"WWV\0", "HF Radio WWV Ft. Collins, CO"),
    (b"WWVH", "HF Radio WWVH Kauai, HI"),
    (b"NIST", "NIST telephone modem"),
    (b"ACTS", "NIST telephone modem"),
    (b"USNO", "USNO telephone modem"),
    (b"PTB\0", "European telephone modem"),
    (b"LOCL", "uncalibrated local clock"),
    (b"CESM", "calibrated Cesium clock"),
    (b"RBDM", "calibrated Rubidium clock"),
    (b"OMEG", "OMEGA radionavigation system"),
    (b"DCN\0", "DCN routing protocol"),
    (b"TSP\0", "TSP time protocol"),
    (b"DTS\0", "Digital Time Service"),
    (b"ATOM", "Atomic clock (calibrated)"),
    (b"VLF\0", "VLF radio (OMEGA,, etc.)"),
    (b"1PPS", "External 1 PPS input"),
    (b"FREE", "(Internal clock)"),
    (b"INIT", "(Initialization)"),
    (b"\0\0\0\0", "NULL"),
];

/// The reference ID as tshark's tree labels it (`tshark -n`): a primary
/// server's clock by name (`Global Position System`, `NULL`) or as
/// `Unidentified reference source 'RATE'` (a kiss code), any other
/// stratum's as the IPv4 address of its server.
pub fn refid_text(out: &mut String, stratum: u64, id: &[u8; 4]) {
    use std::fmt::Write;
    if stratum > 1 {
        let _ = write!(out, "{}.{}.{}.{}", id[0], id[1], id[2], id[3]);
    } else if let Some((_, name)) = PRIMARY_SOURCES.iter().find(|(code, _)| *code == id) {
        out.push_str(name);
    } else {
        let _ = write!(
            out,
            "Unidentified reference source '{}'",
            crate::render::safe::escape(&ascii(id))
        );
    }
}

/// The tree's line: tshark's Info, then the stratum and the reference.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    info(out, l);
    let Some(stratum) = l.get_uint(f::ntp::STRATUM) else {
        return;
    };
    let _ = write!(out, " stratum {stratum}");
    if let Some(Value::Bytes(id)) = l.get(f::ntp::REFID)
        && let Ok(id) = <&[u8; 4]>::try_from(&id[..])
    {
        out.push_str(" refid ");
        refid_text(out, stratum, id);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "ntp",
    also: &[],
    title: "Network Time Protocol",
    osi: Osi::Application,
    fields: f::ntp::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: None,
    app: Some(AppSpec {
        decode_as: &["ntp"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

/// One NTP message a datagram; no state across messages (tshark's
/// request/response links need its second pass).
fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(|d| {
        dissect(d.payload, d.at, d.reported, d.cut, d.nested)
    }))
}
