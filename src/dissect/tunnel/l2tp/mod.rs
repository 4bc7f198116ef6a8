//! L2TP as tshark 4.0's packet-l2tp.c shows it. L2TPv2 (RFC 2661) over
//! UDP port 1701: the header (flags, length, tunnel and session IDs, Ns and
//! Nr, offset), the AVPs of control messages (IETF's, and Cisco's vendor
//! AVPs), and the PPP frame a data message carries, handed to PPP so the
//! packet inside goes through the same decoders as any other. L2TPv3
//! (RFC 3931) control messages over UDP and over IP (protocol 115); its
//! data messages with tshark's default preferences (no cookie, no
//! L2-specific sublayer), their payload shown as data.
//!
//! Every read is checked: a read past what the capture kept marks the
//! layer truncated, one past the message (the length field shortens the
//! message as tshark's `set_actual_length` does) or past a vendor AVP
//! marks it malformed, and the layer keeps the fields read before, as
//! tshark's tree keeps the items added before its exception.

pub mod fields;

#[cfg(test)]
mod tests;

use super::super::expert::{self, ei};
use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use crate::dissect::fields as f;
use std::borrow::Cow;
use std::fmt::Write;

ei!(
    VENDOR_SPECIFIC_AVP_DATA,
    f::l2tp::VENDOR_SPECIFIC_AVP_DATA,
    Undecoded,
    Warn
);
ei!(AVP_LENGTH_BAD, f::l2tp::AVP_LENGTH_BAD, Malformed, Error);

const CONTROL_MSG: &str = "Control Message";
const VENDOR_IETF: u16 = 0;
const VENDOR_CISCO: u16 = 9;

/// How a read failed, as tshark's tvbuff throws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Short {
    /// Past what the capture kept (`BoundsError`).
    Cut,
    /// Past the message or item (`ReportedBoundsError`).
    Past,
    /// Past the bytes a vendor AVP's container holds, inside the AVP's
    /// own length (`ContainedBoundsError`).
    Contained,
}

/// The bytes one L2TP message may read: absolute offsets into the frame,
/// `cap` the end of what was captured and `rep` the end on the wire.
#[derive(Clone, Copy)]
struct Tvb<'a> {
    data: &'a [u8],
    cap: usize,
    rep: usize,
    /// The end of the container (the message) a vendor AVP's bytes lie
    /// in, when that ends before the AVP.
    contained: usize,
}

impl<'a> Tvb<'a> {
    /// The walk's bytes from its offset on.
    fn of(walk: &Walk<'a>) -> Self {
        Tvb {
            data: walk.data,
            cap: walk.end,
            rep: walk.reported_end.max(walk.end),
            contained: usize::MAX,
        }
    }

    fn check(&self, at: usize, n: usize) -> Result<(), Short> {
        let end = at.saturating_add(n);
        if end <= self.cap {
            Ok(())
        } else if end <= self.rep.min(self.contained) {
            Err(Short::Cut)
        } else if end <= self.rep {
            Err(Short::Contained)
        } else {
            Err(Short::Past)
        }
    }

    fn bytes(&self, at: usize, n: usize) -> Result<&'a [u8], Short> {
        self.check(at, n)?;
        self.data.get(at..at + n).ok_or(Short::Past)
    }

    fn u8(&self, at: usize) -> Result<u8, Short> {
        Ok(self.bytes(at, 1)?[0])
    }

    fn u16(&self, at: usize) -> Result<u16, Short> {
        let b = self.bytes(at, 2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&self, at: usize) -> Result<u32, Short> {
        let b = self.bytes(at, 4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&self, at: usize) -> Result<u64, Short> {
        let b = self.bytes(at, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_be_bytes(a))
    }

    /// The bytes after `at`, as a message its length field bounds.
    fn shortened(mut self, end: usize) -> Self {
        self.rep = self.rep.min(end);
        self.cap = self.cap.min(end);
        self.contained = self.contained.min(end);
        self
    }
}

/// Mark the layer as tshark's exception marks the frame.
fn thrown(l: &mut Layer<'_>, s: Short, what: &str) {
    let reason = format!("{what} runs past the end");
    match s {
        Short::Cut => l.read_past_end("l2tp", reason, true),
        Short::Past => l.read_past_end("l2tp", reason, false),
        Short::Contained => {
            l.malformed(reason);
            l.throw_contained("l2tp");
        }
    }
}

/// The message's Info text, kept until the message is read (an AVP may
/// append to it) and pushed last.
#[derive(Default)]
struct Info(Option<String>);

impl Info {
    fn set(&mut self, s: String) {
        self.0 = Some(s);
    }

    fn append(&mut self, s: &str) {
        if let Some(c) = &mut self.0 {
            c.push_str(s);
        }
    }

    fn push(self, l: &mut Layer<'_>) {
        if let Some(s) = self.0 {
            l.str(f::l2tp::OSIDUMP_INFO, s);
        }
    }
}

/// Short names of the message types (tshark's Info column).
fn short_name(t: u16) -> Option<&'static str> {
    const NAMES: [&str; 29] = [
        "SCCRQ", "SCCRP", "SCCCN", "StopCCN", "Reserved", "Hello", "OCRQ", "OCRP", "OCCN", "ICRQ",
        "ICRP", "ICCN", "Reserved", "CDN", "WEN", "SLI", "MDMST", "SRRQ", "SRRP", "ACK", "FSQ",
        "FSR", "MSRQ", "MSRP", "MSE", "MSI", "MSEN", "CSUN", "CSURQ",
    ];
    NAMES.get(usize::from(t).checked_sub(1)?).copied()
}

fn type_name(t: u16) -> String {
    match short_name(t) {
        Some(n) => n.to_owned(),
        None => format!("Unknown ({t})"),
    }
}

/// L2TP over UDP (port 1701): version 2 or 3, anything else is not
/// L2TP (tshark's dissector declines it and the payload is data).
pub(crate) fn l2tp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    if b.len() < 2 {
        return Next::Data(Osi::Application);
    }
    let control = u16::from_be_bytes([b[0], b[1]]);
    match control & 0x000f {
        2 => v2(walk, start, control),
        3 => {
            let tvb = Tvb::of(walk);
            let mut l = Layer::new(Osi::DataLink, "l2tp", start..walk.end);
            l.present(f::l2tp::OSIDUMP_V3);
            let mut inf = Info::default();
            let payload = if control & 0x8000 != 0 {
                v3_control(&mut l, &mut inf, tvb, start, 0);
                None
            } else {
                v3_data_udp(&mut l, &mut inf, tvb, start)
            };
            inf.push(&mut l);
            walk.layers.push(l);
            v3_payload(walk, payload)
        }
        _ => Next::Data(Osi::Application),
    }
}

/// L2TPv3 over IP (protocol 115): a session ID of zero is a control
/// message, any other a data message of that session.
pub(crate) fn over_ip(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let tvb = Tvb::of(walk);
    let mut l = Layer::new(Osi::DataLink, "l2tp", start..walk.end);
    l.present(f::l2tp::OSIDUMP_V3);
    let mut inf = Info::default();
    let payload = match tvb.u32(start) {
        Err(s) => {
            thrown(&mut l, s, "L2TPv3 session ID");
            None
        }
        Ok(0) => {
            v3_control(&mut l, &mut inf, tvb, start, 4);
            None
        }
        Ok(_) => v3_data(&mut l, &mut inf, tvb, start, start),
    };
    inf.push(&mut l);
    walk.layers.push(l);
    v3_payload(walk, payload)
}

/// After a v3 data message's header, its payload: data, as tshark shows
/// it for a session whose setup it has not seen (the pseudowire type, the
/// cookie and the sublayer come from the session's control messages,
/// which osidump does not follow).
fn v3_payload(walk: &mut Walk<'_>, payload: Option<usize>) -> Next {
    match payload {
        Some(at) if at < walk.end => {
            walk.off = at;
            Next::Data(Osi::Network)
        }
        _ => {
            walk.off = walk.end;
            Next::Done
        }
    }
}

fn v2(walk: &mut Walk<'_>, start: usize, control: u16) -> Next {
    let tvb = Tvb::of(walk);
    let mut l = Layer::new(Osi::DataLink, "l2tp", start..walk.end);
    let is_control = control & 0x8000 != 0;
    let has_len = control & 0x4000 != 0;
    let mut inf = Info::default();
    match v2_header(&mut l, &mut inf, tvb, start, control) {
        Ok((idx, tvb, _)) if !is_control => {
            inf.push(&mut l);
            // A data message: the PPP frame after the header, in the
            // message its length field bounds.
            l.span = start..idx.min(walk.end);
            walk.layers.push(l);
            if has_len {
                walk.end = walk.end.min(tvb.rep);
                walk.reported_end = walk.reported_end.min(tvb.rep);
            }
            if idx < walk.end {
                walk.off = idx;
                return Next::GreProto(0x880b, 0);
            }
            walk.off = walk.end;
            return Next::Done;
        }
        Ok((idx, tvb, length)) => {
            if has_len {
                // The AVPs end where the length field says, wherever the
                // bytes end.
                if let Err((s, what)) = avps(&mut l, &mut inf, tvb, idx, length, u32::MAX) {
                    thrown(&mut l, s, what);
                }
            }
        }
        Err((s, what)) => thrown(&mut l, s, what),
    }
    inf.push(&mut l);
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

type Res<T> = Result<T, (Short, &'static str)>;

fn at<T>(r: Result<T, Short>, what: &'static str) -> Res<T> {
    r.map_err(|s| (s, what))
}

/// The v2 header up to the AVPs or the payload: where they start, the
/// message's bytes and where its length field ends it.
fn v2_header<'a>(
    l: &mut Layer<'a>,
    inf: &mut Info,
    tvb: Tvb<'a>,
    start: usize,
    control: u16,
) -> Res<(usize, Tvb<'a>, usize)> {
    let is_control = control & 0x8000 != 0;
    let has_len = control & 0x4000 != 0;
    let has_seq = control & 0x0800 != 0;
    let mut idx = start;
    let mut length = 0u16;
    if has_len {
        idx += 2;
        length = at(tvb.u16(idx), "L2TP length")?;
    }
    idx += 2;
    let tid = at(tvb.u16(idx), "L2TP tunnel ID")?;
    idx += 2;
    let cid = at(tvb.u16(idx), "L2TP session ID")?;
    let zlb = has_len && length == 12;
    if is_control {
        if zlb {
            inf.set(format!(
                "{CONTROL_MSG} - ZLB      (tunnel id={tid}, session id={cid})"
            ));
        } else {
            let mut tmp = idx;
            if has_seq {
                tmp += 4;
            }
            tmp += 6;
            let avp_type = at(tvb.u16(tmp), "L2TP AVP type")?;
            if avp_type == 0 {
                let msg = at(tvb.u16(tmp + 2), "L2TP message type")?;
                inf.set(format!(
                    "{CONTROL_MSG} - {} (tunnel id={tid}, session id={cid})",
                    type_name(msg)
                ));
            } else {
                inf.set(format!("{CONTROL_MSG} (tunnel id={tid}, session id={cid})"));
            }
        }
    } else {
        inf.set(format!(
            "Data    Message            (tunnel id={tid}, session id={cid})"
        ));
    }
    let tvb = if has_len {
        tvb.shortened(start + usize::from(length))
    } else {
        tvb
    };
    // The header's items, read again from the shortened message.
    let flags = at(tvb.u16(start), "L2TP flags")?;
    l.uint(f::l2tp::FLAGS, flags);
    l.uint(f::l2tp::TYPE, flags >> 15);
    l.boolean(f::l2tp::LENGTH_BIT, flags & 0x4000 != 0);
    l.boolean(f::l2tp::SEQ_BIT, flags & 0x0800 != 0);
    l.boolean(f::l2tp::OFFSET_BIT, flags & 0x0200 != 0);
    l.boolean(f::l2tp::PRIORITY, flags & 0x0100 != 0);
    l.uint(f::l2tp::VERSION, flags & 0x000f);
    let mut idx = start + 2;
    if has_len {
        l.uint(f::l2tp::LENGTH, at(tvb.u16(idx), "L2TP length")?);
        idx += 2;
    }
    l.uint(f::l2tp::TUNNEL, at(tvb.u16(idx), "L2TP tunnel ID")?);
    idx += 2;
    l.uint(f::l2tp::SESSION, at(tvb.u16(idx), "L2TP session ID")?);
    idx += 2;
    if has_seq {
        l.uint(f::l2tp::NS, at(tvb.u16(idx), "L2TP Ns")?);
        idx += 2;
        l.uint(f::l2tp::NR, at(tvb.u16(idx), "L2TP Nr")?);
        idx += 2;
    }
    if control & 0x0200 != 0 {
        let size = at(tvb.u16(idx), "L2TP offset size")?;
        l.uint(f::l2tp::OFFSET, size);
        idx += 2;
        if size != 0 {
            // A label item: tshark adds it whatever the bytes.
            l.present(f::l2tp::OFFSET_PADDING);
            idx += usize::from(size);
        }
    }
    if zlb {
        l.present(f::l2tp::ZERO_LENGTH_BODY_MESSAGE);
    }
    Ok((idx, tvb, start + usize::from(length)))
}

/// The v3 control message's header (after the session ID over IP: `base`
/// 4), then its AVPs.
fn v3_control<'a>(l: &mut Layer<'a>, inf: &mut Info, tvb: Tvb<'a>, start: usize, base: usize) {
    if let Err((s, what)) = v3_control_inner(l, inf, tvb, start, base) {
        thrown(l, s, what);
    }
}

fn v3_control_inner<'a>(
    l: &mut Layer<'a>,
    inf: &mut Info,
    tvb: Tvb<'a>,
    start: usize,
    base: usize,
) -> Res<()> {
    let b0 = start + base;
    let control = at(tvb.u16(b0), "L2TPv3 flags")?;
    let has_len = control & 0x4000 != 0;
    let has_seq = control & 0x0800 != 0;
    let mut idx = b0 + 2;
    let mut length = 0u16;
    if has_len {
        length = at(tvb.u16(idx), "L2TPv3 length")?;
        idx += 2;
    }
    let ccid = at(tvb.u32(idx), "L2TPv3 control connection ID")?;
    idx += 4;
    let zlb = has_len && length == 12;
    if zlb {
        inf.set(format!("{CONTROL_MSG} - ZLB (ccid=0x{ccid:08X})"));
    } else {
        let mut tmp = idx;
        if has_seq {
            tmp += 4;
        }
        tmp += 2;
        let vendor = at(tvb.u16(tmp), "L2TPv3 AVP vendor ID")?;
        tmp += 2;
        let avp_type = at(tvb.u16(tmp), "L2TPv3 AVP type")?;
        tmp += 2;
        if vendor == VENDOR_IETF {
            if avp_type == 0 {
                let msg = at(tvb.u16(tmp), "L2TPv3 message type")?;
                inf.set(format!(
                    "{CONTROL_MSG} - {} (ccid=0x{ccid:08X})",
                    type_name(msg)
                ));
            } else {
                inf.set(format!("{CONTROL_MSG} (ccid=0x{ccid:08X})"));
            }
        }
    }
    let tvb = if has_len {
        tvb.shortened(start + usize::from(length) + base)
    } else {
        tvb
    };
    if base != 0 {
        l.uint(f::l2tp::SID, at(tvb.u32(start), "L2TPv3 session ID")?);
    }
    let flags = at(tvb.u16(b0), "L2TPv3 flags")?;
    l.uint(f::l2tp::FLAGS, flags);
    l.uint(f::l2tp::TYPE, flags >> 15);
    l.boolean(f::l2tp::LENGTH_BIT, flags & 0x4000 != 0);
    l.boolean(f::l2tp::SEQ_BIT, flags & 0x0800 != 0);
    l.uint(f::l2tp::VERSION, flags & 0x000f);
    let mut idx = b0 + 2;
    if has_len {
        l.uint(f::l2tp::LENGTH, at(tvb.u16(idx), "L2TPv3 length")?);
        idx += 2;
    }
    l.uint(
        f::l2tp::CCID,
        at(tvb.u32(idx), "L2TPv3 control connection ID")?,
    );
    idx += 4;
    if has_seq {
        l.uint(f::l2tp::NS, at(tvb.u16(idx), "L2TPv3 Ns")?);
        idx += 2;
        l.uint(f::l2tp::NR, at(tvb.u16(idx), "L2TPv3 Nr")?);
        idx += 2;
    }
    if zlb {
        l.present(f::l2tp::ZERO_LENGTH_BODY_MESSAGE);
    }
    if !has_len {
        return Ok(());
    }
    avps(l, inf, tvb, idx, start + base + usize::from(length), ccid)
}

/// A v3 data message over UDP: flags and a reserved field before the
/// session ID.
fn v3_data_udp<'a>(l: &mut Layer<'a>, inf: &mut Info, tvb: Tvb<'a>, start: usize) -> Option<usize> {
    let r = (|| -> Res<()> {
        let flags = at(tvb.u16(start), "L2TPv3 flags")?;
        l.uint(f::l2tp::FLAGS, flags);
        l.uint(f::l2tp::TYPE, flags >> 15);
        l.boolean(f::l2tp::LENGTH_BIT, flags & 0x4000 != 0);
        l.boolean(f::l2tp::SEQ_BIT, flags & 0x0800 != 0);
        l.uint(f::l2tp::VERSION, flags & 0x000f);
        l.uint(f::l2tp::RES, at(tvb.u16(start + 2), "L2TPv3 reserved")?);
        Ok(())
    })();
    match r {
        Err((s, what)) => {
            thrown(l, s, what);
            None
        }
        Ok(()) => v3_data(l, inf, tvb, start, start + 4),
    }
}

/// A v3 data message from its session ID, with tshark's default
/// preferences: no cookie, no L2-specific sublayer; the payload is data.
/// Where the payload starts, when the session ID was there.
fn v3_data<'a>(
    l: &mut Layer<'a>,
    inf: &mut Info,
    tvb: Tvb<'a>,
    start: usize,
    sid_at: usize,
) -> Option<usize> {
    let sid = match tvb.u32(sid_at) {
        Ok(v) => v,
        Err(s) => {
            thrown(l, s, "L2TPv3 session ID");
            return None;
        }
    };
    inf.set(format!("D[S:0x{sid:08X}]"));
    l.uint(f::l2tp::SID, sid);
    l.span = start..sid_at + 4;
    Some(sid_at + 4)
}

/// The AVPs of a control message from `idx` to `length` (the message's
/// end), as process_control_avps reads them.
fn avps<'a>(
    l: &mut Layer<'a>,
    inf: &mut Info,
    tvb: Tvb<'a>,
    mut idx: usize,
    length: usize,
    ccid: u32,
) -> Res<()> {
    while idx < length {
        let ver_len_hidden = at(tvb.u16(idx), "L2TP AVP header")?;
        let mut avp_len = usize::from(ver_len_hidden & 0x03ff);
        let vendor = at(tvb.u16(idx + 2), "L2TP AVP header")?;
        let avp_type = at(tvb.u16(idx + 4), "L2TP AVP header")?;
        if avp_len < 6 {
            expert::add(
                l,
                &AVP_LENGTH_BAD,
                Some(format!("AVP length must be >= 6, got {avp_len}")),
            );
            return Ok(());
        }
        let hidden = ver_len_hidden & 0x4000 != 0;
        let head = |l: &mut Layer<'_>| {
            l.boolean(f::l2tp::AVP_MANDATORY, ver_len_hidden & 0x8000 != 0);
            l.boolean(f::l2tp::AVP_HIDDEN, hidden);
            l.uint(f::l2tp::AVP_LENGTH, ver_len_hidden & 0x03ff);
        };
        if vendor != VENDOR_IETF {
            // The vendor's AVP in bytes of its own length.
            let mut sub = tvb;
            sub.contained = sub.rep.min(sub.contained);
            sub.rep = idx + avp_len;
            sub.cap = sub.cap.min(sub.rep);
            // The AVP's subtree spans its length: in the vendor's bytes
            // for the vendors tshark knows, in the message's for others.
            if matches!(vendor, VENDOR_CISCO | 3561 | 193 | 4491) {
                at(sub.check(idx, avp_len), "L2TP vendor AVP")?;
            } else {
                at(tvb.check(idx, avp_len), "L2TP vendor AVP")?;
            }
            head(l);
            if !hidden {
                if vendor == VENDOR_CISCO {
                    cisco(l, inf, sub, idx, avp_len, avp_type, ccid)?;
                } else {
                    l.uint(f::l2tp::AVP_VENDOR_ID, vendor);
                    if !matches!(vendor, 3561 | 193 | 4491) {
                        at(sub.check(idx + 4, 2), "L2TP AVP type")?;
                        l.uint(f::l2tp::AVP_TYPE, avp_type);
                        at(tvb.check(idx + 6, avp_len - 6), "L2TP vendor AVP")?;
                        expert::add(l, &VENDOR_SPECIFIC_AVP_DATA, None);
                    }
                }
            }
            idx += avp_len;
            continue;
        }
        // The AVP's subtree spans its length: past the message, tshark
        // throws before any of its items.
        at(tvb.check(idx, avp_len), "L2TP AVP")?;
        head(l);
        if hidden {
            idx += avp_len;
            continue;
        }
        idx += 2;
        avp_len -= 2;
        if avp_type == 58 {
            // Extended Vendor ID: tshark reads the four bytes from the
            // AVP's type on into its two-byte vendor field (and shows
            // them whole), and goes on after them whatever the AVP's
            // length.
            idx += 2;
            l.uint(
                f::l2tp::AVP_VENDOR_ID,
                at(tvb.u32(idx), "L2TP AVP vendor ID")?,
            );
            idx += 4;
            continue;
        }
        l.uint(
            f::l2tp::AVP_VENDOR_ID,
            at(tvb.u16(idx), "L2TP AVP vendor ID")?,
        );
        idx += 2;
        avp_len -= 2;
        at(tvb.check(idx, 2), "L2TP AVP type")?;
        l.uint(f::l2tp::AVP_TYPE, avp_type);
        idx += 2;
        avp_len -= 2;
        ietf_value(l, inf, tvb, &mut idx, &mut avp_len, avp_type)?;
        idx += avp_len;
    }
    Ok(())
}

/// One FT_UINT field of `n` bytes at `at`.
fn num<'a>(
    l: &mut Layer<'a>,
    tvb: Tvb<'a>,
    at_: usize,
    n: usize,
    def: &'static crate::dissect::field::FieldDef,
) -> Res<u64> {
    let v = match n {
        1 => u64::from(at(tvb.u8(at_), def.name)?),
        2 => u64::from(at(tvb.u16(at_), def.name)?),
        4 => u64::from(at(tvb.u32(at_), def.name)?),
        _ => at(tvb.u64(at_), def.name)?,
    };
    l.uint(def, v);
    Ok(v)
}

/// FT_BOOLEAN fields over the same `n`-byte value, with their masks.
fn bools<'a>(
    l: &mut Layer<'a>,
    tvb: Tvb<'a>,
    at_: usize,
    n: usize,
    defs: &[&'static crate::dissect::field::FieldDef],
) -> Res<()> {
    let v = match n {
        2 => u64::from(at(tvb.u16(at_), defs[0].name)?),
        _ => u64::from(at(tvb.u32(at_), defs[0].name)?),
    };
    for d in defs {
        l.boolean(d, v & d.mask != 0);
    }
    Ok(())
}

fn bytes<'a>(
    l: &mut Layer<'a>,
    tvb: Tvb<'a>,
    at_: usize,
    n: usize,
    def: &'static crate::dissect::field::FieldDef,
) -> Res<()> {
    let b = at(tvb.bytes(at_, n), def.name)?;
    l.push(def, Value::Bytes(Cow::Owned(b.to_vec())));
    Ok(())
}

fn string<'a>(
    l: &mut Layer<'a>,
    tvb: Tvb<'a>,
    at_: usize,
    n: usize,
    def: &'static crate::dissect::field::FieldDef,
) -> Res<()> {
    let b = at(tvb.bytes(at_, n), def.name)?;
    expert::ascii_string(l, def, b);
    Ok(())
}

fn ietf_value<'a>(
    l: &mut Layer<'a>,
    inf: &mut Info,
    tvb: Tvb<'a>,
    idx: &mut usize,
    avp_len: &mut usize,
    avp_type: u16,
) -> Res<()> {
    use f::l2tp as x;
    let i = *idx;
    let n = *avp_len;
    match avp_type {
        0 => {
            num(l, tvb, i, 2, x::AVP_MESSAGE_TYPE)?;
        }
        1 => {
            if n < 2 {
                return Ok(());
            }
            num(l, tvb, i, 2, x::RESULT_CODE)?;
            *idx += 2;
            *avp_len -= 2;
            if *avp_len < 2 {
                return Ok(());
            }
            num(l, tvb, *idx, 2, x::AVP_ERROR_CODE)?;
            *idx += 2;
            *avp_len -= 2;
            if *avp_len == 0 {
                return Ok(());
            }
            string(l, tvb, *idx, *avp_len, x::AVP_ERROR_MESSAGE)?;
        }
        2 => {
            if n < 1 {
                return Ok(());
            }
            num(l, tvb, i, 1, x::AVP_PROTOCOL_VERSION)?;
            *idx += 1;
            *avp_len -= 1;
            num(l, tvb, *idx, 1, x::AVP_PROTOCOL_REVISION)?;
        }
        3 => bools(
            l,
            tvb,
            i,
            4,
            &[
                x::AVP_ASYNC_FRAMING_SUPPORTED,
                x::AVP_SYNC_FRAMING_SUPPORTED,
            ],
        )?,
        4 => bools(
            l,
            tvb,
            i,
            4,
            &[
                x::AVP_ANALOG_ACCESS_SUPPORTED,
                x::AVP_DIGITAL_ACCESS_SUPPORTED,
            ],
        )?,
        5 => {
            num(l, tvb, i, 8, x::TIE_BREAKER)?;
        }
        6 => {
            num(l, tvb, i, 2, x::AVP_FIRMWARE_REVISION)?;
        }
        7 => string(l, tvb, i, n, x::AVP_HOST_NAME)?,
        8 => string(l, tvb, i, n, x::AVP_VENDOR_NAME)?,
        9 => {
            num(l, tvb, i, 2, x::AVP_ASSIGNED_TUNNEL_ID)?;
        }
        10 => {
            num(l, tvb, i, 2, x::AVP_RECEIVE_WINDOW_SIZE)?;
        }
        11 => bytes(l, tvb, i, n, x::AVP_CHAP_CHALLENGE)?,
        12 => {
            if n < 2 {
                return Ok(());
            }
            num(l, tvb, i, 2, x::AVP_CAUSE_CODE)?;
            *idx += 2;
            *avp_len -= 2;
            if *avp_len < 1 {
                return Ok(());
            }
            num(l, tvb, *idx, 1, x::AVP_CAUSE_MSG)?;
            *idx += 1;
            *avp_len -= 1;
            if *avp_len == 0 {
                return Ok(());
            }
            string(l, tvb, *idx, *avp_len, x::AVP_ADVISORY_MSG)?;
        }
        13 => bytes(l, tvb, i, 16, x::AVP_CHAP_CHALLENGE_RESPONSE)?,
        14 => {
            num(l, tvb, i, 2, x::AVP_ASSIGNED_SESSION_ID)?;
        }
        15 => {
            num(l, tvb, i, 4, x::AVP_CALL_SERIAL_NUMBER)?;
        }
        16 => {
            num(l, tvb, i, 4, x::AVP_MINIMUM_BPS)?;
        }
        17 => {
            num(l, tvb, i, 4, x::AVP_MAXIMUM_BPS)?;
        }
        18 => bools(
            l,
            tvb,
            i,
            4,
            &[x::AVP_ANALOG_BEARER_TYPE, x::AVP_DIGITAL_BEARER_TYPE],
        )?,
        19 => bools(
            l,
            tvb,
            i,
            4,
            &[x::AVP_ASYNC_FRAMING_TYPE, x::AVP_SYNC_FRAMING_TYPE],
        )?,
        21 if n > 0 => string(l, tvb, i, n, x::AVP_CALLED_NUMBER)?,
        22 if n > 0 => string(l, tvb, i, n, x::AVP_CALLING_NUMBER)?,
        23 if n > 0 => string(l, tvb, i, n, x::AVP_SUB_ADDRESS)?,
        21..=23 => {}
        24 => {
            num(l, tvb, i, 4, x::AVP_CONNECT_SPEED)?;
        }
        25 => {
            num(l, tvb, i, 4, x::AVP_PHYSICAL_CHANNEL)?;
        }
        26 => lcp(l, tvb, i, n, x::AVP_INITIAL_RECEIVED_LCP_CONFREQ)?,
        27 => lcp(l, tvb, i, n, x::AVP_LAST_SENT_LCP_CONFREQ)?,
        28 => lcp(l, tvb, i, n, x::AVP_LAST_RECEIVED_LCP_CONFREQ)?,
        29 => {
            num(l, tvb, i, 2, x::AVP_PROXY_AUTHEN_TYPE)?;
        }
        30 if n > 0 => string(l, tvb, i, n, x::AVP_PROXY_AUTHEN_NAME)?,
        30 => {}
        31 => bytes(l, tvb, i, n, x::AVP_PROXY_AUTHEN_CHALLENGE)?,
        32 => {
            num(l, tvb, i + 1, 1, x::AVP_PROXY_AUTHEN_ID)?;
        }
        33 => bytes(l, tvb, i, n, x::AVP_PROXY_AUTHEN_RESPONSE)?,
        34 => {
            // Reserved, then six error counters while the AVP lasts.
            if n < 2 {
                return Ok(());
            }
            *idx += 2;
            *avp_len -= 2;
            for def in [
                x::AVP_CRC_ERRORS,
                x::AVP_FRAMING_ERRORS,
                x::AVP_HARDWARE_OVERRUNS,
                x::AVP_BUFFER_OVERRUNS,
                x::AVP_TIME_OUT_ERRORS,
                x::AVP_ALIGNMENT_ERRORS,
            ] {
                if *avp_len < 4 {
                    return Ok(());
                }
                num(l, tvb, *idx, 4, def)?;
                *idx += 4;
                *avp_len -= 4;
            }
        }
        35 => {
            if n < 2 {
                return Ok(());
            }
            *idx += 2;
            *avp_len -= 2;
            for def in [x::AVP_SEND_ACCM, x::AVP_RECEIVE_ACCM] {
                if *avp_len < 4 {
                    return Ok(());
                }
                num(l, tvb, *idx, 4, def)?;
                *idx += 4;
                *avp_len -= 4;
            }
        }
        36 => bytes(l, tvb, i, n, x::AVP_RANDOM_VECTOR)?,
        37 => bytes(l, tvb, i, n, x::AVP_PRIVATE_GROUP_ID)?,
        38 => {
            num(l, tvb, i, 4, x::AVP_RX_CONNECT_SPEED)?;
        }
        46 => {
            if n < 2 {
                return Ok(());
            }
            num(l, tvb, i, 2, x::AVP_DISCONNECT_CODE)?;
            *idx += 2;
            *avp_len -= 2;
            if *avp_len < 2 {
                return Ok(());
            }
            num(l, tvb, *idx, 2, x::AVP_CONTROL_PROTOCOL_NUMBER)?;
            *idx += 2;
            *avp_len -= 2;
            if *avp_len < 1 {
                return Ok(());
            }
            num(l, tvb, *idx, 1, x::AVP_CAUSE_CODE_DIRECTION)?;
            *idx += 1;
            *avp_len -= 1;
            if *avp_len == 0 {
                return Ok(());
            }
            string(l, tvb, *idx, *avp_len, x::AVP_CAUSE_CODE_MESSAGE)?;
        }
        59 => bytes(l, tvb, i, n, x::AVP_MESSAGE_DIGEST)?,
        60 => {
            num(l, tvb, i, 4, x::AVP_ROUTER_ID)?;
        }
        61 => {
            num(l, tvb, i, 4, x::AVP_ASSIGNED_CONTROL_CONN_ID)?;
        }
        62 => {
            while *avp_len >= 2 {
                num(l, tvb, *idx, 2, x::AVP_PW_TYPE)?;
                *idx += 2;
                *avp_len -= 2;
            }
        }
        63 => {
            let v = num(l, tvb, i, 4, x::AVP_LOCAL_SESSION_ID)?;
            inf.append(&format!(", LSID: {v:2}"));
        }
        64 => {
            let v = num(l, tvb, i, 4, x::AVP_REMOTE_SESSION_ID)?;
            inf.append(&format!(", RSID: {v:2}"));
        }
        65 => bytes(l, tvb, i, n, x::AVP_ASSIGNED_COOKIE)?,
        66 => string(l, tvb, i, n, x::AVP_REMOTE_END_ID)?,
        68 => {
            num(l, tvb, i, 2, x::AVP_PSEUDOWIRE_TYPE)?;
        }
        69 => {
            num(l, tvb, i, 2, x::AVP_LAYER2_SPECIFIC_SUBLAYER)?;
        }
        70 => {
            num(l, tvb, i, 2, x::AVP_DATA_SEQUENCING)?;
        }
        71 => bools(l, tvb, i, 2, &[x::AVP_CIRCUIT_STATUS, x::AVP_CIRCUIT_TYPE])?,
        72 => string(l, tvb, i, n, x::AVP_PREFERRED_LANGUAGE)?,
        73 => bytes(l, tvb, i, n, x::AVP_NONCE)?,
        74 if n >= 8 => {
            num(l, tvb, i, 8, x::AVP_TX_CONNECT_SPEED_V3)?;
        }
        75 if n >= 8 => {
            num(l, tvb, i, 8, x::AVP_RX_CONNECT_SPEED_V3)?;
        }
        74 | 75 => {}
        97 => {
            at(tvb.check(i, n), "L2TP connect speed update")?;
            l.present(x::AVP_CSU);
            if n == 12 {
                num(l, tvb, i, 2, x::AVP_CSU_RES)?;
                num(l, tvb, i + 2, 2, x::AVP_CSU_REMOTE_SESSION_ID)?;
                num(l, tvb, i + 4, 4, x::AVP_CSU_CURRENT_TX_SPEED)?;
                num(l, tvb, i + 8, 4, x::AVP_CSU_CURRENT_RX_SPEED)?;
            } else if n == 20 {
                num(l, tvb, i, 4, x::AVP_CSU_REMOTE_SESSION_ID)?;
                num(l, tvb, i + 4, 8, x::AVP_CSU_CURRENT_TX_SPEED64)?;
                num(l, tvb, i + 12, 8, x::AVP_CSU_CURRENT_RX_SPEED64)?;
            }
        }
        _ => {
            if n > 0 {
                at(tvb.check(i, n), "L2TP AVP data")?;
                expert::add(l, &VENDOR_SPECIFIC_AVP_DATA, None);
            }
        }
    }
    Ok(())
}

/// A proxy LCP AVP: its bytes, then the LCP options in them as tshark's
/// `ppp_lcp_options` dissector (PPP's) shows them, a call listed in
/// `frame.protocols`.
fn lcp<'a>(
    l: &mut Layer<'a>,
    tvb: Tvb<'a>,
    at_: usize,
    n: usize,
    def: &'static crate::dissect::field::FieldDef,
) -> Res<()> {
    let b = at(tvb.bytes(at_, n), def.name)?;
    l.push(def, Value::Bytes(Cow::Borrowed(b)));
    l.present(f::l2tp::OSIDUMP_PPP);
    if let Err(e) = crate::dissect::link::ppp::lcp_options(b, n, l) {
        let reason = "ppp: LCP options past the end of their bytes".to_owned();
        l.read_past_end("ppp", reason, e == crate::dissect::wire::Bound::Cut);
    }
    Ok(())
}

/// A Cisco AVP (vendor 9), in its own bytes.
fn cisco<'a>(
    l: &mut Layer<'a>,
    inf: &mut Info,
    sub: Tvb<'a>,
    start: usize,
    avp_len: usize,
    avp_type: u16,
    ccid: u32,
) -> Res<()> {
    use f::l2tp as x;
    l.uint(
        x::AVP_VENDOR_ID,
        at(sub.u16(start + 2), "L2TP AVP vendor ID")?,
    );
    at(sub.check(start + 4, 2), "L2TP AVP type")?;
    l.uint(x::AVP_CISCOTYPE, avp_type);
    let i = start + 6;
    let n = avp_len - 6;
    match avp_type {
        // tshark writes the Info column for Cisco's ACK (a v2 message
        // has no connection ID: its -1, unsigned).
        0 => inf.set(format!("{CONTROL_MSG} - Cisco ACK (ccid={ccid})")),
        1 => {
            num(l, sub, i, 4, x::CISCO_ASSIGNED_CONTROL_CONNECTION_ID)?;
        }
        2 => {
            let mut k = 0;
            while n - k >= 2 {
                num(l, sub, i + k, 2, x::CISCO_PW_TYPE)?;
                k += 2;
            }
        }
        3 => {
            num(l, sub, i, 4, x::CISCO_LOCAL_SESSION_ID)?;
        }
        4 => {
            num(l, sub, i, 4, x::CISCO_REMOTE_SESSION_ID)?;
        }
        5 => bytes(l, sub, i, n, x::CISCO_ASSIGNED_COOKIE)?,
        6 => string(l, sub, i, n, x::CISCO_REMOTE_END_ID)?,
        7 => {
            num(l, sub, i, 2, x::CISCO_PSEUDOWIRE_TYPE)?;
        }
        8 => bools(
            l,
            sub,
            i,
            2,
            &[x::CISCO_CIRCUIT_STATUS, x::CISCO_CIRCUIT_TYPE],
        )?,
        9 => {
            num(l, sub, i, 8, x::CISCO_TIE_BREAKER)?;
        }
        10 => {
            num(l, sub, i, 2, x::CISCO_DRAFT_AVP_VERSION)?;
        }
        12 => bytes(l, sub, i, n, x::CISCO_MESSAGE_DIGEST)?,
        13 => bytes(l, sub, i, n, x::CISCO_NONCE)?,
        14 if n == 2 => {
            num(l, sub, i, 2, x::CISCO_INTERFACE_MTU)?;
        }
        14 => {}
        _ => {
            at(sub.check(i, n), "L2TP Cisco AVP data")?;
            expert::add(l, &VENDOR_SPECIFIC_AVP_DATA, None);
        }
    }
    Ok(())
}

/// tshark's Info column: the message's text.
pub(crate) fn info_column(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::l2tp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

/// tshark's Protocol column: `L2TPv3` for version 3.
pub(crate) fn column(l: &Layer<'_>) -> &'static str {
    if l.has(f::l2tp::OSIDUMP_V3) {
        "L2TPv3"
    } else {
        "L2TP"
    }
}

/// The one-line summary: the Info text.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(s) = l.get_str(f::l2tp::OSIDUMP_INFO) {
        let _ = write!(out, "{s}");
    }
}
