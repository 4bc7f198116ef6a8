//! BGP-4 (TCP port 179) as tshark 4.0's `packet-bgp.c` decodes it: the
//! header of every message (marker, length, type), OPEN with its optional
//! parameters and the common capabilities (multiprotocol, route refresh,
//! extended next hop, graceful restart, 4-octet AS, additional paths,
//! enhanced route refresh, long-lived graceful restart, FQDN), UPDATE
//! (withdrawn routes, path attributes: ORIGIN, AS_PATH / AS4_PATH,
//! NEXT_HOP, MED, LOCAL_PREF, ATOMIC_AGGREGATE, AGGREGATOR, COMMUNITIES,
//! ORIGINATOR_ID, CLUSTER_LIST, MP_REACH_NLRI and MP_UNREACH_NLRI for IPv4
//! and IPv6 unicast and multicast; NLRI), NOTIFICATION (error codes by
//! major code, a shutdown communication, data), KEEPALIVE and
//! ROUTE-REFRESH. Other attributes are shown as tshark shows an attribute
//! it has no decoder for (its header, then nothing: the values tshark
//! decodes for them, extended communities and the VPN and EVPN families,
//! are left out here).
//!
//! tshark reads BGP in calls of its dissector: each gets a segment's
//! bytes, or the bytes TCP reassembled because the previous call asked
//! for more. A call first skips bytes up to something that looks like a
//! marker (shown as `bgp.continuation`), then reads message after message
//! by their length fields without checking markers again; a message whose
//! header or body runs past the bytes there asks TCP for the rest (the
//! header: one more segment; the body: exactly what is missing), when TCP
//! can reassemble (not in a segment the snap length cut). A length under
//! 19 ends the call with a malformed note. Each message is its own
//! `Border Gateway Protocol` tree (a layer here), and an exception inside
//! one is caught and noted after its Info (`UPDATE Message[Malformed
//! Packet], UPDATE Message`). Info lists every message of a frame's call,
//! `, ` between them.
//!
//! The promise: no input makes this module panic or loop; a side holds at
//! most one message (65,535 bytes) while it waits for the rest.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Origin, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;

/// BGP's well-known port (TCP).
pub const PORT: u16 = 179;

const HEADER: usize = 19;
const MARKER_LEN: usize = 16;
/// The shortest NOTIFICATION (header, major and minor codes).
const MIN_NOTIFICATION: usize = 21;

const OPEN: u8 = 1;
const UPDATE: u8 = 2;
const NOTIFICATION: u8 = 3;
const KEEPALIVE: u8 = 4;
const ROUTE_REFRESH: u8 = 5;
const ROUTE_REFRESH_CISCO: u8 = 128;

ei!(
    GR_HELPER_MODE_ONLY,
    f::bgp::CAP_GR_HELPER_MODE_ONLY,
    Request,
    Chat
);
ei!(LENGTH_INVALID, f::bgp::LENGTH_INVALID, Malformed, Error);
ei!(AS_LEN, f::bgp::ATTR_AS_PATH_AS_LEN, Protocol, Warn);

/// An exception thrown inside a message: the read went past its captured
/// bytes (`Short`: the snap length cut them; `Unreassembled`: the message
/// was longer than the segment that carried it and TCP could not
/// reassemble) or past its own length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exc {
    Short,
    Unreassembled,
    Malformed,
}

type R<T> = Result<T, Exc>;

/// One message's bytes: those captured (`b`) of the `wire` bytes the
/// segment carried of its `len` bytes.
struct Pdu<'a> {
    b: &'a [u8],
    wire: usize,
    len: usize,
}

impl<'a> Pdu<'a> {
    fn get(&self, at: usize, n: usize) -> R<&'a [u8]> {
        let end = at.checked_add(n).ok_or(Exc::Malformed)?;
        if end <= self.b.len() {
            Ok(&self.b[at..end])
        } else if end <= self.wire {
            Err(Exc::Short)
        } else if end <= self.len {
            Err(Exc::Unreassembled)
        } else {
            Err(Exc::Malformed)
        }
    }
    fn u8(&self, at: usize) -> R<u8> {
        Ok(self.get(at, 1)?[0])
    }
    fn u16(&self, at: usize) -> R<u16> {
        let b = self.get(at, 2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
    fn u32(&self, at: usize) -> R<u32> {
        let b = self.get(at, 4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn ipv4(&self, at: usize) -> R<Value<'static>> {
        let b = self.get(at, 4)?;
        Ok(Value::Ipv4([b[0], b[1], b[2], b[3]]))
    }
    fn ipv6(&self, at: usize) -> R<Value<'static>> {
        let b = self.get(at, 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(b);
        Ok(Value::Ipv6(a))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Want {
    #[default]
    Nothing,
    /// The header was cut: whatever the next segment brings.
    OneMoreSegment,
    /// The message's length: this many bytes held in all.
    Total(usize),
}

#[derive(Default)]
struct Side {
    held: Vec<u8>,
    want: Want,
    /// Stream offset of the first byte held.
    base: u64,
}

#[derive(Default)]
pub struct BgpDecoder {
    sides: [Side; 2],
    /// Bytes the snap length cut off the segment being fed.
    cut: u64,
}

impl BgpDecoder {
    pub fn new() -> Self {
        Self::default()
    }
}

/// How one call of the dissector ended.
enum End {
    Done,
    /// Asks TCP for more from this offset of the call's bytes.
    More(usize, Want),
}

impl StreamDecoder for BgpDecoder {
    fn protocol(&self) -> &'static str {
        "bgp"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want != Want::Nothing
    }

    /// BGP clears the Info column before asking TCP for the rest of a
    /// message (and puts no tree item up): the segment's Info is TCP's
    /// note alone.
    fn pending_info(&self, dir: Dir, _out: &mut String) -> bool {
        self.holds_partial(dir)
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let side = dir.index();
        let cut = std::mem::take(&mut self.cut);
        let mut pos = 0usize;
        if self.sides[side].want != Want::Nothing {
            let s = &mut self.sides[side];
            let take = match s.want {
                Want::OneMoreSegment => data.len(),
                Want::Total(n) => n.saturating_sub(s.held.len()).min(data.len()),
                Want::Nothing => 0,
            };
            s.held.extend_from_slice(&data[..take]);
            pos = take;
            let done = match s.want {
                Want::Total(n) => s.held.len() >= n,
                _ => true,
            };
            if !done {
                return;
            }
            let held = std::mem::take(&mut s.held);
            let base = s.base;
            s.want = Want::Nothing;
            // Reassembled bytes were all captured.
            self.run(side, base, &held, 0, true, out);
        }
        if pos < data.len() && self.sides[side].want == Want::Nothing {
            self.run(side, offset + pos as u64, &data[pos..], cut, false, out);
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.want = Want::Nothing;
    }
}

impl BgpDecoder {
    /// One call of tshark's dissector on `buf` (at stream offset `base`),
    /// `cut` bytes of it lost to the snap length after the captured ones.
    fn run(
        &mut self,
        side: usize,
        base: u64,
        buf: &[u8],
        cut: u64,
        reassembled: bool,
        out: &mut Vec<Message>,
    ) {
        let mut layers: Vec<(Layer<'static>, usize, usize)> = Vec::new();
        let end = call(buf, cut, &mut layers);
        if let End::More(at, want) = end {
            let s = &mut self.sides[side];
            s.base = base + at as u64;
            s.held.clear();
            s.held.extend_from_slice(&buf[at.min(buf.len())..]);
            s.want = want;
        }
        for (mut l, from, to) in layers {
            if reassembled {
                l.origin = Origin::Elsewhere;
            }
            out.push(Message {
                layer: l,
                stream_offset: base + from as u64,
                stream_end: base + to.max(from + 1).min(buf.len().max(from + 1)) as u64,
                event: None,
            });
        }
    }
}

fn new_layer() -> Layer<'static> {
    Layer::new(Osi::Application, "bgp", 0..0)
}

/// One call of the dissector: the layers it made (with the span of the
/// call's bytes each covers), and whether it asks for more.
fn call(buf: &[u8], cut: u64, layers: &mut Vec<(Layer<'static>, usize, usize)>) -> End {
    let captured = buf.len();
    let reported = captured.saturating_add(usize::try_from(cut).unwrap_or(usize::MAX));
    let can_desegment = cut == 0;
    let mut off = 0usize;
    // Bytes before what looks like a marker (the start of one cut short
    // counts) are a continuation.
    while off < reported {
        let n = (reported - off).min(MARKER_LEN);
        if off + n > captured {
            // Comparing bytes the capture does not hold: tshark's
            // exception, out of its BGP dissector.
            let mut l = new_layer();
            if off > 0 {
                l.present(f::bgp::CONTINUATION);
            }
            l.throw(AnomalyKind::Truncated, "bgp");
            layers.push((l, 0, captured));
            return End::Done;
        }
        if buf[off..off + n].iter().all(|&x| x == 0xff) {
            break;
        }
        off += 1;
    }
    let mut continuation = off > 0;
    let mut last: Option<usize> = None;
    let frame_exception = |layers: &mut Vec<(Layer<'static>, usize, usize)>,
                           last: Option<usize>,
                           continuation: bool,
                           kind: AnomalyKind| {
        match last {
            Some(i) => layers[i].0.throw(kind, "bgp"),
            None => {
                let mut l = new_layer();
                if continuation {
                    l.present(f::bgp::CONTINUATION);
                }
                l.throw(kind, "bgp");
                layers.push((l, 0, captured));
            }
        }
    };
    while off < reported {
        let remaining = captured.saturating_sub(off);
        if remaining == 0 {
            frame_exception(layers, last, continuation, AnomalyKind::Truncated);
            return End::Done;
        }
        if can_desegment && remaining < HEADER {
            push_continuation(layers, continuation, off);
            return End::More(off, Want::OneMoreSegment);
        }
        if remaining < MARKER_LEN + 2 {
            frame_exception(layers, last, continuation, AnomalyKind::Truncated);
            return End::Done;
        }
        let len = usize::from(u16::from_be_bytes([
            buf[off + MARKER_LEN],
            buf[off + MARKER_LEN + 1],
        ]));
        if len < HEADER {
            // tshark's show_reported_bounds_error: a malformed note, and
            // the call ends.
            let i = match last {
                Some(i) => i,
                None => {
                    let mut l = new_layer();
                    if continuation {
                        l.present(f::bgp::CONTINUATION);
                    }
                    layers.push((l, off, captured));
                    layers.len() - 1
                }
            };
            caught(&mut layers[i].0, Exc::Malformed);
            return End::Done;
        }
        if can_desegment && remaining < len {
            push_continuation(layers, continuation, off);
            return End::More(off, Want::Total(len));
        }
        let take = remaining.min(len);
        let mut l = new_layer();
        if std::mem::take(&mut continuation) {
            l.present(f::bgp::CONTINUATION);
        }
        let pdu = Pdu {
            b: &buf[off..off + take],
            wire: (reported - off).min(len),
            len,
        };
        if let Err(e) = message(&pdu, &mut l) {
            caught(&mut l, e);
        }
        layers.push((l, off, off + take));
        last = Some(layers.len() - 1);
        off += len;
    }
    End::Done
}

/// Bytes skipped before a marker, in a call that then asks for more: the
/// continuation's own tree.
fn push_continuation(
    layers: &mut Vec<(Layer<'static>, usize, usize)>,
    continuation: bool,
    off: usize,
) {
    if continuation {
        let mut l = new_layer();
        l.present(f::bgp::CONTINUATION);
        layers.push((l, 0, off));
    }
}

/// An exception the dissector's loop caught: noted in the message's tree
/// and after its Info (see [`info`]).
fn caught(l: &mut Layer<'_>, e: Exc) {
    match e {
        Exc::Malformed => {
            l.push(
                expert::fields::ws::MALFORMED,
                Value::Str(Cow::Borrowed("[Malformed Packet: BGP]")),
            );
            expert::add(l, &expert::MALFORMED, None);
            l.malformed("BGP message: a field past the message's length");
        }
        Exc::Short => {
            l.push(
                expert::fields::ws::SHORT,
                Value::Str(Cow::Borrowed(
                    "[Packet size limited during capture: BGP truncated]",
                )),
            );
            l.truncated("BGP message: cut short by the snap length");
        }
        Exc::Unreassembled => {
            l.push(f::bgp::OSIDUMP_UNREASSEMBLED, Value::None);
            expert::unreassembled(l, "bgp");
            l.truncated("BGP message: longer than the segment, which TCP could not reassemble");
        }
    }
}

/// One message: its header, then its body by type.
fn message(p: &Pdu<'_>, l: &mut Layer<'static>) -> R<()> {
    let ty = p.u8(MARKER_LEN + 2)?;
    l.uint(f::bgp::OSIDUMP_TYPE, ty);
    l.push(
        f::bgp::MARKER,
        Value::Bytes(p.get(0, MARKER_LEN)?.to_vec().into()),
    );
    l.uint(f::bgp::LENGTH, p.u16(MARKER_LEN)?);
    if p.len < HEADER || p.len > 65535 {
        expert::add(
            l,
            &LENGTH_INVALID,
            Some(format!("Length is invalid {}", p.len)),
        );
        return Ok(());
    }
    l.uint(f::bgp::TYPE, ty);
    match ty {
        OPEN => open(p, l),
        UPDATE => update(p, l),
        NOTIFICATION => notification(p, l),
        KEEPALIVE => Ok(()),
        ROUTE_REFRESH | ROUTE_REFRESH_CISCO => route_refresh(p, l),
        _ => Ok(()),
    }
}

fn open(p: &Pdu<'_>, l: &mut Layer<'static>) -> R<()> {
    let mut o = HEADER;
    l.uint(f::bgp::OPEN_VERSION, p.u8(o)?);
    l.uint(f::bgp::OPEN_MYAS, p.u16(o + 1)?);
    l.uint(f::bgp::OPEN_HOLDTIME, p.u16(o + 3)?);
    l.push(f::bgp::OPEN_IDENTIFIER, p.ipv4(o + 5)?);
    let optlen = usize::from(p.u8(o + 9)?);
    l.uint(f::bgp::OPEN_OPT_LEN, optlen as u64);
    o += 10;
    if optlen == 0 {
        return Ok(());
    }
    l.present(f::bgp::OPEN_OPT);
    let end = o + optlen;
    while o < end {
        let ptype = p.u8(o)?;
        let plen = usize::from(p.u8(o + 1)?);
        l.present(f::bgp::OPEN_OPT_PARAM);
        l.uint(f::bgp::OPEN_OPT_PARAM_TYPE, ptype);
        l.uint(f::bgp::OPEN_OPT_PARAM_LEN, plen as u64);
        o += 2;
        let pend = o + plen;
        match ptype {
            1 => {
                l.push(
                    f::bgp::OPEN_OPT_PARAM_AUTH,
                    Value::Bytes(p.get(o, plen)?.to_vec().into()),
                );
                o = pend;
            }
            2 => {
                while o < pend {
                    o = capability(p, l, o)?;
                }
            }
            _ => {
                l.push(
                    f::bgp::OPEN_OPT_PARAM_UNKNOWN,
                    Value::Bytes(p.get(o, plen)?.to_vec().into()),
                );
                o = pend;
            }
        }
    }
    Ok(())
}

fn bytes(
    p: &Pdu<'_>,
    l: &mut Layer<'static>,
    def: &'static FieldDef,
    at: usize,
    n: usize,
) -> R<()> {
    l.push(def, Value::Bytes(p.get(at, n)?.to_vec().into()));
    Ok(())
}

/// One capability; the offset after it.
fn capability(p: &Pdu<'_>, l: &mut Layer<'static>, at: usize) -> R<usize> {
    l.present(f::bgp::CAP);
    let ctype = p.u8(at)?;
    l.uint(f::bgp::CAP_TYPE, ctype);
    l.uint(f::bgp::CAP_LENGTH, p.u8(at + 1)?);
    let clen = usize::from(p.u8(at + 1)?);
    let mut o = at + 2;
    let end = o + clen;
    match ctype {
        1 if clen == 4 => {
            l.uint(f::bgp::CAP_MP_AFI, p.u16(o)?);
            bytes(p, l, f::bgp::CAP_RESERVED, o + 2, 1)?;
            l.uint(f::bgp::CAP_MP_SAFI, p.u8(o + 3)?);
            o += 4;
        }
        5 => {
            while o + 6 <= end {
                l.uint(f::bgp::CAP_ENH_AFI, p.u16(o)?);
                l.uint(f::bgp::CAP_ENH_SAFI, p.u16(o + 2)?);
                l.uint(f::bgp::CAP_ENH_NHAFI, p.u16(o + 4)?);
                o += 6;
            }
            if o != end {
                bytes(p, l, f::bgp::CAP_UNKNOWN, o, end - o)?;
                o = end;
            }
        }
        64 if clen >= 6 || clen == 2 => {
            if clen == 2 {
                expert::add(l, &GR_HELPER_MODE_ONLY, None);
            }
            let t = p.u16(o)?;
            l.uint(f::bgp::CAP_GR_TIMERS, t);
            l.boolean(f::bgp::CAP_GR_TIMERS_RESTART_FLAG, t & 0x8000 != 0);
            l.boolean(f::bgp::CAP_GR_TIMERS_NOTIFICATION_FLAG, t & 0x4000 != 0);
            l.uint(f::bgp::CAP_GR_TIMERS_RESTART_TIME, t & 0x0fff);
            o += 2;
            while o < end {
                l.uint(f::bgp::CAP_GR_AFI, p.u16(o)?);
                l.uint(f::bgp::CAP_GR_SAFI, p.u8(o + 2)?);
                let flag = p.u8(o + 3)?;
                l.uint(f::bgp::CAP_GR_FLAG, flag);
                l.boolean(f::bgp::CAP_GR_FLAG_PFS, flag & 0x80 != 0);
                o += 4;
            }
        }
        65 if clen == 4 => {
            l.uint(f::bgp::CAP_4AS, p.u32(o)?);
            o += 4;
        }
        69 if clen.is_multiple_of(4) => {
            while o + 4 <= end {
                l.uint(f::bgp::CAP_AP_AFI, p.u16(o)?);
                l.uint(f::bgp::CAP_AP_SAFI, p.u8(o + 2)?);
                l.uint(f::bgp::CAP_AP_SENDRECEIVE, p.u8(o + 3)?);
                o += 4;
            }
        }
        // Route refresh (and Cisco's), enhanced route refresh, extended
        // message: no value.
        2 | 128 | 70 | 6 if clen == 0 => {}
        73 => {
            let hlen = usize::from(p.u8(o)?);
            l.uint(f::bgp::CAP_ORF_FQDN_HOSTNAME_LEN, hlen as u64);
            o += 1;
            expert::ascii_string(l, f::bgp::CAP_ORF_FQDN_HOSTNAME, p.get(o, hlen)?);
            o += hlen;
            let dlen = usize::from(p.u8(o)?);
            l.uint(f::bgp::CAP_ORF_FQDN_DOMAIN_NAME_LEN, dlen as u64);
            o += 1;
            expert::ascii_string(l, f::bgp::CAP_ORF_FQDN_DOMAIN_NAME, p.get(o, dlen)?);
            o += dlen;
        }
        // Long-lived graceful restart with no families.
        71 if clen == 0 => {}
        _ => {
            if clen > 0 {
                bytes(p, l, f::bgp::CAP_UNKNOWN, o, clen)?;
            }
            o = end;
        }
    }
    Ok(o)
}

/// An IPv4 or IPv6 prefix of `N` address bytes (`decode_prefix4`,
/// `decode_prefix6`): its length and address, or `None` when the length
/// is over the address's bits (tshark's note, and the list stops).
fn prefix<const N: usize>(
    p: &Pdu<'_>,
    l: &mut Layer<'static>,
    at: usize,
    def: &'static FieldDef,
    tag: &str,
    value: fn([u8; N]) -> Value<'static>,
) -> R<Option<usize>> {
    let plen = p.u8(at)?;
    if usize::from(plen) > N * 8 {
        // decode_prefix4 names the limit, decode_prefix6 does not.
        let limit = if N == 4 { " (> 32)" } else { "" };
        expert::add(
            l,
            &LENGTH_INVALID,
            Some(format!("{tag} length {plen} invalid{limit}")),
        );
        return Ok(None);
    }
    let n = usize::from(plen).div_ceil(8);
    let b = p.get(at + 1, n)?;
    let mut a = [0u8; N];
    a[..n].copy_from_slice(b);
    mask(&mut a, plen);
    l.uint(f::bgp::PREFIX_LENGTH, plen);
    l.push(def, value(a));
    Ok(Some(1 + n))
}

/// Bits past the prefix length cleared, as tshark's
/// `tvb_get_ipv4_addr_with_prefix_len` leaves them.
fn mask(a: &mut [u8], plen: u8) {
    let full = usize::from(plen / 8);
    let bits = plen % 8;
    if bits != 0 && full < a.len() {
        a[full] &= 0xffu8 << (8 - bits);
    }
}

/// tshark's `detect_add_path_prefix4`: whether IPv4 prefixes between `at`
/// and `end` read as Additional Paths (a path identifier before each) and
/// not as plain prefixes.
fn add_path4(p: &Pdu<'_>, at: usize, end: usize) -> R<bool> {
    let mut o = at + 4;
    while o < end {
        let plen = p.u8(o)?;
        if plen > 32 {
            return Ok(false);
        }
        let n = usize::from(plen).div_ceil(8);
        o += 1 + n;
        if o > end {
            return Ok(false);
        }
        if plen % 8 != 0 && p.u8(o - 1)? & (0xff >> (plen % 8)) != 0 {
            return Ok(false);
        }
        o += 4;
    }
    let mut o = at;
    while o < end {
        let plen = p.u8(o)?;
        if plen == 0 && end - at > 1 {
            return Ok(true);
        }
        if plen > 32 {
            return Ok(true);
        }
        let n = usize::from(plen).div_ceil(8);
        o += 1 + n;
        if o > end {
            return Ok(true);
        }
        if plen % 8 != 0 && p.u8(o - 1)? & (0xff >> (plen % 8)) != 0 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// IPv4 prefixes from `at` to `end` (withdrawn routes, NLRI), with path
/// identifiers when they look like Additional Paths.
fn prefixes4(
    p: &Pdu<'_>,
    l: &mut Layer<'static>,
    at: usize,
    end: usize,
    def: &'static FieldDef,
    tag: &str,
) -> R<bool> {
    let path_ids = add_path4(p, at, end)?;
    let mut o = at;
    while o < end {
        if path_ids {
            l.uint(f::bgp::NLRI_PATH_ID, p.u32(o)?);
            o += 4;
        }
        match prefix::<4>(p, l, o, def, tag, Value::Ipv4)? {
            Some(n) => o += n,
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn update(p: &Pdu<'_>, l: &mut Layer<'static>) -> R<()> {
    let mut o = HEADER;
    let wlen = usize::from(p.u16(o)?);
    l.uint(f::bgp::UPDATE_WITHDRAWN_ROUTES_LENGTH, wlen as u64);
    o += 2;
    if wlen > 0 {
        l.present(f::bgp::UPDATE_WITHDRAWN_ROUTES);
        if !prefixes4(
            p,
            l,
            o,
            o + wlen,
            f::bgp::WITHDRAWN_PREFIX,
            "Withdrawn route",
        )? {
            return Ok(());
        }
        o += wlen;
    }
    let alen = usize::from(p.u16(o)?);
    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTES_LENGTH, alen as u64);
    if alen > 0 {
        l.present(f::bgp::UPDATE_PATH_ATTRIBUTES);
        path_attributes(p, l, o + 2, alen)?;
        o += 2 + alen;
        if p.len > o {
            l.present(f::bgp::UPDATE_NLRI);
            prefixes4(p, l, o, p.len, f::bgp::NLRI_PREFIX, "NLRI")?;
        }
    }
    Ok(())
}

/// tshark's `heuristic_as2_or_4_from_as_path`: the AS number size an
/// AS_PATH reads with: segments of known types, no AS 0, ending exactly at
/// the attribute's end; 2 octets tried first (each of its segments is
/// followed by a look at the next one's type, even past the attribute:
/// as the message's last attribute, a 2-octet path throws there, as it
/// does in tshark), then 4; `None` when neither fits.
fn as_len(p: &Pdu<'_>, at: usize, end: usize) -> R<Option<usize>> {
    for size in [2usize, 4] {
        let mut o = at;
        let mut ok = true;
        while o < end {
            let ty = p.u8(o)?;
            if !(1..=4).contains(&ty) {
                ok = false;
                break;
            }
            let n = usize::from(p.u8(o + 1)?);
            for j in 0..n {
                let v = if size == 2 {
                    u32::from(p.u16(o + 2 + j * 2)?)
                } else {
                    p.u32(o + 2 + j * 4)?
                };
                if v == 0 {
                    ok = false;
                }
            }
            if !ok {
                break;
            }
            o += 2 + n * size;
            if size == 2 {
                p.u8(o)?;
            }
        }
        if ok && o == end {
            return Ok(Some(size));
        }
    }
    Ok(None)
}

fn path_attributes(p: &Pdu<'_>, l: &mut Layer<'static>, at: usize, total: usize) -> R<()> {
    let mut i = 0usize;
    while i < total {
        let o = at + i;
        let flags = p.u8(o)?;
        let ty = p.u8(o + 1)?;
        let (alen, aoff) = if flags & 0x10 != 0 {
            (usize::from(p.u16(o + 2)?), 4)
        } else {
            (usize::from(p.u8(o + 2)?), 3)
        };
        l.present(f::bgp::UPDATE_PATH_ATTRIBUTE);
        l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_FLAGS, flags);
        l.boolean(
            f::bgp::UPDATE_PATH_ATTRIBUTE_FLAGS_OPTIONAL,
            flags & 0x80 != 0,
        );
        l.boolean(
            f::bgp::UPDATE_PATH_ATTRIBUTE_FLAGS_TRANSITIVE,
            flags & 0x40 != 0,
        );
        l.boolean(
            f::bgp::UPDATE_PATH_ATTRIBUTE_FLAGS_PARTIAL,
            flags & 0x20 != 0,
        );
        l.boolean(
            f::bgp::UPDATE_PATH_ATTRIBUTE_FLAGS_EXTENDED_LENGTH,
            flags & 0x10 != 0,
        );
        l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_FLAGS_UNUSED, flags & 0x0f);
        l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_TYPE_CODE, ty);
        l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_LENGTH, alen as u64);
        if aoff + alen > total - i {
            expert::add(
                l,
                &LENGTH_INVALID,
                Some(format!(
                    "Path attribute length is invalid: {alen} byte{}",
                    if alen == 1 { "" } else { "s" }
                )),
            );
            return Ok(());
        }
        attribute(p, l, ty, o + aoff, alen)?;
        i += aoff + alen;
    }
    Ok(())
}

fn attribute(p: &Pdu<'_>, l: &mut Layer<'static>, ty: u8, q: usize, tlen: usize) -> R<()> {
    let end = q + tlen;
    match ty {
        1 if tlen == 1 => l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_ORIGIN, p.u8(q)?),
        2 | 17 => {
            let size = if ty == 17 {
                Some(4)
            } else {
                as_len(p, q, end)?
            };
            let Some(size) = size else {
                expert::add(l, &AS_LEN, None);
                return Ok(());
            };
            let mut o = q;
            while o < end {
                let sty = p.u8(o)?;
                let n = usize::from(p.u8(o + 1)?);
                l.present(f::bgp::UPDATE_PATH_ATTRIBUTE_AS_PATH_SEGMENT);
                l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_AS_PATH_SEGMENT_TYPE, sty);
                l.uint(
                    f::bgp::UPDATE_PATH_ATTRIBUTE_AS_PATH_SEGMENT_LENGTH,
                    n as u64,
                );
                o += 2;
                for _ in 0..n {
                    if size == 2 {
                        l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_AS_PATH_SEGMENT_AS2, p.u16(o)?);
                    } else {
                        l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_AS_PATH_SEGMENT_AS4, p.u32(o)?);
                    }
                    o += size;
                }
            }
        }
        3 if tlen == 4 => l.push(f::bgp::UPDATE_PATH_ATTRIBUTE_NEXT_HOP, p.ipv4(q)?),
        4 if tlen == 4 => l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_MULTI_EXIT_DISC, p.u32(q)?),
        5 if tlen == 4 => l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_LOCAL_PREF, p.u32(q)?),
        7 if tlen == 6 || tlen == 8 => {
            let as_value = if tlen == 6 {
                u32::from(p.u16(q)?)
            } else {
                p.u32(q)?
            };
            l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_AGGREGATOR_AS, as_value);
            l.push(
                f::bgp::UPDATE_PATH_ATTRIBUTE_AGGREGATOR_ORIGIN,
                p.ipv4(q + tlen - 4)?,
            );
        }
        8 if tlen.is_multiple_of(4) => {
            l.present(f::bgp::UPDATE_PATH_ATTRIBUTE_COMMUNITIES);
            let mut o = q;
            while o < end {
                let c = p.u32(o)?;
                if c & 0xffff_0000 == 0 || c & 0xffff_0000 == 0xffff_0000 {
                    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_COMMUNITY_WELLKNOWN, c);
                } else {
                    l.present(f::bgp::UPDATE_PATH_ATTRIBUTE_COMMUNITY);
                    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_COMMUNITY_AS, c >> 16);
                    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_COMMUNITY_VALUE, c & 0xffff);
                }
                o += 4;
            }
        }
        9 if tlen == 4 => l.push(f::bgp::UPDATE_PATH_ATTRIBUTE_ORIGINATOR_ID, p.ipv4(q)?),
        10 if tlen.is_multiple_of(4) => {
            l.present(f::bgp::PATH_ATTRIBUTE_CLUSTER_LIST);
            let mut o = q;
            while o < end {
                l.push(f::bgp::PATH_ATTRIBUTE_CLUSTER_ID, p.ipv4(o)?);
                o += 4;
            }
        }
        14 => mp_reach(p, l, q, tlen)?,
        15 => mp_unreach(p, l, q, tlen)?,
        1 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 => {}
        _ => {}
    }
    Ok(())
}

/// Address families whose prefixes are read here: IPv4 and IPv6, unicast,
/// multicast or both.
fn plain_family(afi: u16, safi: u8) -> bool {
    matches!(afi, 1 | 2) && matches!(safi, 1..=3)
}

fn mp_reach(p: &Pdu<'_>, l: &mut Layer<'static>, q: usize, tlen: usize) -> R<()> {
    let afi = p.u16(q)?;
    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_AFI, afi);
    let safi = p.u8(q + 2)?;
    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_SAFI, safi);
    let nhlen = usize::from(p.u8(q + 3)?);
    bytes(
        p,
        l,
        f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_NEXT_HOP,
        q + 3,
        nhlen + 1,
    )?;
    let nh = q + 4;
    if plain_family(afi, safi) {
        match nhlen {
            4 => l.push(
                f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_NEXT_HOP_IPV4,
                p.ipv4(nh)?,
            ),
            16 => l.push(
                f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_NEXT_HOP_IPV6,
                p.ipv6(nh)?,
            ),
            32 => {
                l.push(
                    f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_NEXT_HOP_IPV6,
                    p.ipv6(nh)?,
                );
                l.push(
                    f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_NEXT_HOP_IPV6_LINK_LOCAL,
                    p.ipv6(nh + 16)?,
                );
            }
            _ => {}
        }
    }
    let mut o = nh + nhlen;
    let mut left = tlen.saturating_sub(nhlen + 4);
    let snpa = p.u8(o)?;
    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI_NBR_SNPA, snpa);
    let mut off = 1;
    for _ in 0..snpa {
        let n = usize::from(p.u8(o + off)?);
        off += 1 + n;
    }
    left = left.saturating_sub(off);
    o += off;
    l.present(f::bgp::UPDATE_PATH_ATTRIBUTE_MP_REACH_NLRI);
    if left > 0 && plain_family(afi, safi) {
        mp_prefixes(p, l, afi, o, left, true)?;
    }
    Ok(())
}

fn mp_unreach(p: &Pdu<'_>, l: &mut Layer<'static>, q: usize, tlen: usize) -> R<()> {
    let afi = p.u16(q)?;
    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_MP_UNREACH_NLRI_AFI, afi);
    let safi = p.u8(q + 2)?;
    l.uint(f::bgp::UPDATE_PATH_ATTRIBUTE_MP_UNREACH_NLRI_SAFI, safi);
    l.present(f::bgp::UPDATE_PATH_ATTRIBUTE_MP_UNREACH_NLRI);
    let left = tlen.saturating_sub(3);
    if left > 0 && plain_family(afi, safi) {
        mp_prefixes(p, l, afi, q + 3, left, false)?;
    }
    Ok(())
}

fn mp_prefixes(
    p: &Pdu<'_>,
    l: &mut Layer<'static>,
    afi: u16,
    mut o: usize,
    mut left: usize,
    reach: bool,
) -> R<()> {
    let (tag, d4, d6) = if reach {
        (
            "MP Reach NLRI",
            f::bgp::MP_REACH_NLRI_IPV4_PREFIX,
            f::bgp::MP_REACH_NLRI_IPV6_PREFIX,
        )
    } else {
        (
            "MP Unreach NLRI",
            f::bgp::MP_UNREACH_NLRI_IPV4_PREFIX,
            f::bgp::MP_UNREACH_NLRI_IPV6_PREFIX,
        )
    };
    while left > 0 {
        let n = if afi == 1 {
            prefix::<4>(p, l, o, d4, tag, Value::Ipv4)?
        } else {
            prefix::<16>(p, l, o, d6, tag, Value::Ipv6)?
        };
        let Some(n) = n else { break };
        left = left.saturating_sub(n);
        o += n;
    }
    Ok(())
}

fn notification(p: &Pdu<'_>, l: &mut Layer<'static>) -> R<()> {
    let o = HEADER;
    let major = p.u8(o)?;
    l.uint(f::bgp::NOTIFY_MAJOR_ERROR, major);
    let minor_def = match major {
        1 => f::bgp::NOTIFY_MINOR_ERROR,
        2 => f::bgp::NOTIFY_MINOR_ERROR_OPEN,
        3 => f::bgp::NOTIFY_MINOR_ERROR_UPDATE,
        4 => f::bgp::NOTIFY_MINOR_ERROR_EXPIRED,
        5 => f::bgp::NOTIFY_MINOR_ERROR_STATE,
        6 => f::bgp::NOTIFY_MINOR_ERROR_CEASE,
        7 => f::bgp::NOTIFY_MINOR_ERROR_CAPABILITY,
        _ => f::bgp::NOTIFY_MINOR_ERROR_UNKNOWN,
    };
    let minor = p.u8(o + 1)?;
    l.uint(minor_def, minor);
    let mut at = o + 2;
    if p.len > MIN_NOTIFICATION {
        let clen = usize::from(p.u8(at)?);
        if major == 6 && matches!(minor, 2 | 4) && p.len - MIN_NOTIFICATION > clen {
            l.uint(f::bgp::NOTIFY_COMMUNICATION_LENGTH, clen as u64);
            at += 1;
            let text = p.get(at, clen)?;
            expert::utf8_string(l, f::bgp::NOTIFY_COMMUNICATION, text);
            at += clen;
            if p.len > at {
                bytes(p, l, f::bgp::NOTIFY_MINOR_DATA, at, p.len - at)?;
            }
        } else {
            bytes(
                p,
                l,
                f::bgp::NOTIFY_MINOR_DATA,
                at,
                p.len - MIN_NOTIFICATION,
            )?;
        }
    }
    Ok(())
}

fn route_refresh(p: &Pdu<'_>, l: &mut Layer<'static>) -> R<()> {
    let o = HEADER;
    l.uint(f::bgp::ROUTE_REFRESH_AFI, p.u16(o)?);
    l.uint(f::bgp::ROUTE_REFRESH_SUBTYPE, p.u8(o + 2)?);
    l.uint(f::bgp::ROUTE_REFRESH_SAFI, p.u8(o + 3)?);
    Ok(())
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(BgpDecoder::new())
}

/// The message's name, as tshark's Info writes it.
fn type_name(out: &mut String, l: &Layer<'_>) {
    if let Some(t) = l.get_uint(f::bgp::OSIDUMP_TYPE) {
        match f::bgp::TYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => {
                let _ = std::fmt::Write::write_fmt(
                    out,
                    format_args!("Unknown message type (0x{t:02x})"),
                );
            }
        }
    }
}

/// tshark's Info for one message: its type's name, then the note of each
/// exception caught in it.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    type_name(out, l);
    for fl in &l.fields {
        if std::ptr::eq(fl.def, expert::fields::ws::MALFORMED_EXPERT) {
            out.push_str("[Malformed Packet]");
        } else if std::ptr::eq(fl.def, expert::fields::ws::SHORT) {
            out.push_str("[Packet size limited during capture]");
        } else if std::ptr::eq(fl.def, f::bgp::OSIDUMP_UNREASSEMBLED) {
            out.push_str("[BoundErrorUnreassembled Packet]");
        }
    }
}

/// The tree's line: the message's type, as tshark's Info names it.
fn summary(out: &mut String, l: &Layer<'_>) {
    type_name(out, l);
    if l.has(f::bgp::CONTINUATION) && !l.has(f::bgp::OSIDUMP_TYPE) {
        out.push_str("Continuation");
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "bgp",
    also: &[],
    title: "Border Gateway Protocol",
    // Routers tell each other which networks they reach, over a TCP
    // conversation: an application of its own (tshark's and the RFCs'
    // view), though what it serves is the network layer's routing.
    osi: Osi::Application,
    fields: f::bgp::ALL,
    summary,
    info: Some(info),
    column: None,
    app: Some(AppSpec {
        decode_as: &["bgp"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark has no BGP heuristic: port 179 (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
