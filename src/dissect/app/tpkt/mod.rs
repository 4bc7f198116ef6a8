//! TPKT (RFC 1006, ISO transport over TCP) and the COTP (ISO 8073 /
//! X.224) TPDUs it carries, as tshark 4.0's `packet-tpkt.c` and
//! `packet-cotp.c` decode them with default preferences, on TCP port 102
//! (ISO-TSAP) and 3389 (RDP).
//!
//! TPKT follows tshark's calls of `dissect_tpkt_encap`: a PDU whose first
//! byte is not 3 is a continuation (the rest of the segment); otherwise
//! PDU after PDU by their length, one running past the segment asking TCP
//! for the rest (no snap-length cut). Each PDU is handed to COTP, which
//! reads TPDU after TPDU: CR, CC, DR, DC (references, class and options,
//! the variable part's parameters) and DT (classes 0 to 4, normal and
//! extended numbering), whose segments without EOT are reassembled per
//! direction as tshark does (`[COTP fragment, N bytes]`, then the
//! segments' frames on the one with EOT).
//!
//! RDP's connection negotiation in a CR or CC's variable part (routing
//! token or cookie, request, response, failure) is decoded as tshark's RDP
//! shows it.
//!
//! What is left out, shown as tshark's `data` would be (no protocol
//! claimed): what tshark hands to the protocols above COTP (S7comm, T.125,
//! ISO session), RDP's fast-path PDUs on port 3389 (a TPKT item with no
//! field, then data), and the TPDU types ED, EA, AK, RJ, ER and UD (their
//! bytes shown as data). The variable part's parameters
//! other than TPDU size and TSAPs show their code and length only.
//!
//! The promise: no input makes this module panic or loop; a side holds at
//! most one TPKT PDU (at most 65535 bytes) while it waits for the rest,
//! and at most `MAX_FRAGMENTS` COTP segments (`MAX_HELD` bytes) of a
//! TSDU waiting for its EOT.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Origin, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::{Short, need};
use crate::dissect::wire::{be16, be32};
use std::borrow::Cow;
use std::fmt::Write;

pub const ISO_TSAP_PORT: u16 = 102;
pub const RDP_PORT: u16 = 3389;

/// COTP segments a side holds for a TSDU not ended yet, and their bytes.
const MAX_FRAGMENTS: usize = 4096;
const MAX_HELD: usize = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Want {
    #[default]
    Nothing,
    OneMoreSegment,
    Total(usize),
}

#[derive(Default)]
struct Side {
    held: Vec<u8>,
    want: Want,
    base: u64,
    /// COTP DT segments without EOT: their frames and bytes.
    fragments: Vec<(u64, Vec<u8>)>,
    fragment_bytes: usize,
    /// The segment last fed was refused (shown as data).
    refused: bool,
    /// The segment last fed started the PDU the side waits for.
    started: bool,
}

#[derive(Default)]
pub struct TpktDecoder {
    sides: [Side; 2],
    cut: u64,
    frame: u64,
    /// The conversation is on port 3389 (RDP), where tshark reaches TPKT
    /// through TLS's port table.
    rdp: bool,
    /// A call of TPKT decoded a PDU already in this conversation.
    seen: bool,
    /// tshark's `cotp_dst_ref`: the reference given to class 0 and 1 DT
    /// TPDUs (one counter for the capture in tshark; here per stream).
    /// Each DT with EOT counts one; at the end of its frame tshark takes
    /// them back unless the frame's last DT had no EOT.
    dst_ref: u32,
    /// DTs with EOT counted in frame `ref_frame`, and whether its last DT
    /// had no EOT.
    eots_in_frame: u32,
    ref_frame: u64,
    last_fragment: bool,
}

impl TpktDecoder {
    pub fn new() -> Self {
        Self::default()
    }
}

/// What tshark's TCP hands a call of the dissector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    Segment,
    Reassembled,
}

enum End {
    Done,
    More(usize, Want),
}

/// The layers one call made, each with the span of the call's buffer its
/// PDU covers.
type Out = Vec<(Layer<'static>, usize, usize)>;

impl StreamDecoder for TpktDecoder {
    fn protocol(&self) -> &'static str {
        "tpkt"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut;
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        // tshark tries the lower port first.
        let low = src.min(dst);
        self.rdp = low == RDP_PORT || (low != ISO_TSAP_PORT && src.max(dst) == RDP_PORT);
    }

    fn heap_bytes(&self) -> usize {
        self.sides
            .iter()
            .map(|s| s.held.capacity() + s.fragment_bytes + s.fragments.capacity() * 32)
            .sum()
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want != Want::Nothing
    }

    /// TPKT clears the Info column before asking TCP for the rest of a
    /// PDU (and puts no tree item up): the segment where the PDU starts
    /// has TCP's note alone (TCP does not call TPKT on the next ones).
    fn pending_info(&self, dir: Dir, _out: &mut String) -> bool {
        let s = &self.sides[dir.index()];
        s.started && s.want != Want::Nothing
    }

    fn refused(&self, dir: Dir) -> bool {
        self.sides[dir.index()].refused
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let side = dir.index();
        let cut = std::mem::take(&mut self.cut);
        self.sides[side].refused = false;
        self.sides[side].started = false;
        if self.sides[side].want != Want::Nothing {
            let s = &mut self.sides[side];
            let take = match s.want {
                Want::OneMoreSegment => data.len(),
                Want::Total(n) => n.saturating_sub(s.held.len()).min(data.len()),
                Want::Nothing => 0,
            };
            s.held.extend_from_slice(&data[..take]);
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
            self.run(side, base, &held, 0, Call::Reassembled, out);
            // tshark's TCP hands the rest of the segment to a call of
            // its own.
            if take < data.len() && self.sides[side].want == Want::Nothing {
                self.run(
                    side,
                    offset + take as u64,
                    &data[take..],
                    cut,
                    Call::Segment,
                    out,
                );
            }
            return;
        }
        // On port 3389 tshark's TLS comes first: until TPKT decoded a
        // PDU, four printable characters are not its (data).
        if self.rdp
            && !self.seen
            && data.len() > 4
            && data[..4].iter().all(|c| (b' '..=b'~').contains(c))
        {
            self.sides[side].refused = true;
            return;
        }
        self.run(side, offset, data, cut, Call::Segment, out);
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.want = Want::Nothing;
    }
}

impl TpktDecoder {
    fn run(
        &mut self,
        side: usize,
        base: u64,
        buf: &[u8],
        cut: u64,
        how: Call,
        out: &mut Vec<Message>,
    ) {
        let mut msgs: Out = Vec::new();
        let end = self.call(side, buf, cut, &mut msgs);
        if let End::More(at, want) = end {
            let fits = match want {
                Want::Total(n) => n <= usize::from(u16::MAX),
                _ => true,
            };
            if fits {
                let s = &mut self.sides[side];
                s.base = base + at as u64;
                s.held.clear();
                s.held.extend_from_slice(&buf[at.min(buf.len())..]);
                s.want = want;
                s.started = true;
            }
        }
        for (mut l, from, to) in msgs {
            if how == Call::Reassembled {
                l.origin = Origin::Elsewhere;
            }
            out.push(Message {
                layer: l,
                stream_offset: base + from as u64,
                stream_end: base + to.max(from + 1) as u64,
                event: None,
            });
        }
    }

    /// One call of tshark's `dissect_tpkt_encap` on `buf`.
    fn call(&mut self, side: usize, buf: &[u8], cut: u64, out: &mut Out) -> End {
        let captured = buf.len();
        let reported = captured.saturating_add(usize::try_from(cut).unwrap_or(usize::MAX));
        let can_desegment = cut == 0;
        // The first call that decodes a PDU on port 3389 is not listed in
        // frame.protocols by tshark 4.0 (its layer goes with TLS's).
        let mut listed = !self.rdp || self.seen;
        let mut off = 0usize;
        while off < reported {
            if off >= captured {
                if let Some((l, _, _)) = out.last_mut() {
                    l.truncated("TPKT header cut by the capture");
                }
                return End::Done;
            }
            if buf[off] != 3 {
                // RDP's fast-path PDUs on port 3389, where a call starts:
                // one that fills the segment exactly is RDP's (not decoded
                // here: data); tshark 4.0 waits for none, and after a TPKT
                // PDU the rest is a continuation.
                if let Some(len) = self.fast_path_len(buf).filter(|_| off == 0) {
                    let remaining = captured - off;
                    if len == remaining && reported == captured {
                        let mut l = Layer::new(Osi::Session, "tpkt", 0..0);
                        if listed && out.is_empty() {
                            l.present(f::tpkt::OSIDUMP_CALL);
                        }
                        out.push((l, off, captured));
                        let mut d = Vec::new();
                        data(&buf[off..], &mut d);
                        for x in d {
                            out.push((x, off, captured));
                        }
                        return End::Done;
                    }
                }
                let mut l = Layer::new(Osi::Session, "tpkt", 0..0);
                if listed && out.is_empty() {
                    l.present(f::tpkt::OSIDUMP_CALL);
                }
                l.push(
                    f::tpkt::CONTINUATION_DATA,
                    Value::Bytes(Cow::Owned(buf[off..].to_vec())),
                );
                out.push((l, off, captured));
                return End::Done;
            }
            let remaining = captured - off;
            if can_desegment && remaining < 4 {
                return End::More(off, Want::OneMoreSegment);
            }
            let mut l = Layer::new(Osi::Session, "tpkt", 0..0);
            if listed {
                l.present(f::tpkt::OSIDUMP_CALL);
                listed = false;
            }
            if remaining < 4 {
                l.uint(f::tpkt::VERSION, 3u8);
                if remaining >= 2 {
                    l.uint(f::tpkt::RESERVED, buf[off + 1]);
                }
                l.read_past_end("tpkt", "TPKT header cut by the capture".into(), true);
                out.push((l, off, captured));
                return End::Done;
            }
            let data_len = usize::from(be16(buf, off + 2));
            if can_desegment && remaining < data_len {
                return End::More(off, Want::Total(data_len));
            }
            self.seen = true;
            l.uint(f::tpkt::VERSION, 3u8);
            l.uint(f::tpkt::RESERVED, buf[off + 1]);
            l.uint(f::tpkt::LENGTH, data_len as u64);
            if data_len < 4 {
                // tshark makes a buffer of a negative length: the
                // exception ends the frame's dissection.
                l.malformed("TPKT length below its header's 4 bytes");
                out.push((l, off, captured));
                return End::Done;
            }
            let length = (remaining - 4).min(data_len - 4);
            let end = off + 4 + length;
            out.push((l, off, end));
            let pdu = &buf[off + 4..end];
            let mut layers = Vec::new();
            self.cotp(side, pdu, data_len - 4, &mut layers);
            for p in layers {
                out.push((p, off, end));
            }
            off = end;
        }
        End::Done
    }

    /// The length of the RDP fast-path PDU `b` starts, on port 3389 (its
    /// action bits 0, then a one or two byte length).
    fn fast_path_len(&self, b: &[u8]) -> Option<usize> {
        if !self.rdp || b.first()? & 3 != 0 {
            return None;
        }
        let b1 = *b.get(1)?;
        if b1 & 0x80 == 0 {
            return Some(usize::from(b1));
        }
        Some(usize::from(b1 & 0x7f) << 8 | usize::from(*b.get(2)?))
    }

    /// One call of tshark's COTP dissector on a TPKT PDU's payload `p`
    /// (`reported` bytes long).
    fn cotp(&mut self, side: usize, p: &[u8], reported: usize, out: &mut Vec<Layer<'static>>) {
        let mut off = 0usize;
        let mut first = true;
        while off < p.len() {
            let li = p[off];
            let mut l = Layer::new(Osi::Transport, "cotp", 0..0);
            if first {
                l.present(f::cotp::OSIDUMP_CALL);
            }
            if li == 0 {
                if first {
                    l.uint(f::cotp::LI, 0u8);
                    l.malformed("Length indicator is zero");
                    out.push(l);
                } else {
                    data(&p[off..], out);
                }
                return;
            }
            let Some(&b1) = p.get(off + 1) else {
                l.uint(f::cotp::LI, li);
                l.read_past_end("cotp", "COTP header cut".into(), reported > p.len());
                out.push(l);
                return;
            };
            let tpdu = b1 >> 4;
            let t = &p[off..];
            let mut pay = Vec::new();
            let r = match tpdu {
                CR | CC => cr_cc(t, li, tpdu, &mut l, &mut pay),
                DR | DC => dr_dc(t, li, tpdu, &mut l, &mut pay),
                DT => self.dt(side, t, li, &mut l, &mut pay),
                _ => Ok(None),
            };
            match r {
                Ok(Some(n)) => {
                    out.push(l);
                    out.append(&mut pay);
                    off += n;
                    first = false;
                }
                Ok(None) => {
                    // tshark's -1: not a TPDU it reads (or a type this
                    // module leaves out): the rest is data.
                    data(&p[off..], out);
                    return;
                }
                Err(Short(end)) => {
                    let why = format!("COTP TPDU: need {end} bytes, have {}", t.len());
                    l.read_past_end("cotp", why, reported > p.len());
                    out.push(l);
                    return;
                }
            }
        }
    }

    fn dt(
        &mut self,
        side: usize,
        t: &[u8],
        li: u8,
        l: &mut Layer<'static>,
        out: &mut Vec<Layer<'static>>,
    ) -> Result<Option<usize>, Short> {
        let class_234 = li > 2;
        let (nr, eot, dst_ref, header): (u32, bool, u32, usize);
        match li {
            4 | 8 => {
                need(t, 5)?;
                if li == 8 {
                    need(t, 6)?;
                    if t[5] != VP_CHECKSUM {
                        return Ok(None);
                    }
                }
                nr = u32::from(t[4] & 0x7f);
                eot = t[4] & 0x80 != 0;
                dst_ref = u32::from(be16(t, 2));
                header = 5;
            }
            7 | 11 => {
                need(t, 8)?;
                if li == 11 {
                    need(t, 9)?;
                    if t[8] != VP_CHECKSUM {
                        return Ok(None);
                    }
                }
                let n = be32(t, 4);
                nr = n & 0x7fff_ffff;
                eot = n & 0x8000_0000 != 0;
                dst_ref = u32::from(be16(t, 2));
                header = 8;
            }
            2 => {
                need(t, 3)?;
                nr = u32::from(t[2] & 0x7f);
                eot = t[2] & 0x80 != 0;
                if self.frame != self.ref_frame {
                    if !self.last_fragment {
                        self.dst_ref = self.dst_ref.wrapping_sub(self.eots_in_frame);
                    }
                    self.eots_in_frame = 0;
                    self.ref_frame = self.frame;
                }
                dst_ref = self.dst_ref;
                self.last_fragment = !eot;
                if eot {
                    self.dst_ref = self.dst_ref.wrapping_add(1);
                    self.eots_in_frame += 1;
                }
                header = 3;
            }
            _ => return Ok(None),
        }
        l.uint(f::cotp::LI, li);
        l.uint(f::cotp::TYPE, DT);
        // Class 0 and 1 carry no reference: tshark shows its counter's,
        // in a 16-bit field.
        l.uint(f::cotp::DESTREF, u64::from(dst_ref & 0xffff));
        l.uint(f::cotp::TPDU_NUMBER, nr);
        l.boolean(f::cotp::EOT, eot);
        if class_234 {
            let vp = usize::from(li) + 1 - header;
            var_part(t, header, vp, 4, l)?;
        }
        let payload = &t[(usize::from(li) + 1).min(t.len())..];
        let s = &mut self.sides[side];
        if !eot {
            // A segment of a TSDU: held until its EOT.
            if s.fragments.len() < MAX_FRAGMENTS && s.fragment_bytes + payload.len() <= MAX_HELD {
                s.fragment_bytes += payload.len();
                s.fragments.push((self.frame, payload.to_vec()));
            }
            l.uint(f::cotp::OSIDUMP_FRAGMENT_LEN, payload.len() as u64);
            return Ok(Some(t.len()));
        }
        if s.fragments.is_empty() {
            data(payload, out);
            return Ok(Some(t.len()));
        }
        let mut whole = Vec::with_capacity(s.fragment_bytes + payload.len());
        let fragments = std::mem::take(&mut s.fragments);
        s.fragment_bytes = 0;
        l.push(
            f::cotp::SEGMENT_DATA,
            Value::Bytes(Cow::Owned(payload.to_vec())),
        );
        for (frame, b) in &fragments {
            l.uint(f::cotp::SEGMENT, *frame);
            whole.extend_from_slice(b);
        }
        l.uint(f::cotp::SEGMENT, self.frame);
        whole.extend_from_slice(payload);
        l.uint(f::cotp::SEGMENT_COUNT, fragments.len() as u64 + 1);
        l.uint(f::cotp::REASSEMBLED_LENGTH, whole.len() as u64);
        data(&whole, out);
        Ok(Some(t.len()))
    }
}

const DR: u8 = 0x8;
const DC: u8 = 0xc;
const CC: u8 = 0xd;
const CR: u8 = 0xe;
const DT: u8 = 0xf;
const VP_CHECKSUM: u8 = 0xc3;
const VP_TPDU_SIZE: u8 = 0xc0;
const VP_SRC_TSAP: u8 = 0xc1;
const VP_DST_TSAP: u8 = 0xc2;

/// CR and CC: the bytes of the TPDU taken (all that is left).
fn cr_cc(
    t: &[u8],
    li: u8,
    tpdu: u8,
    l: &mut Layer<'static>,
    out: &mut Vec<Layer<'static>>,
) -> Result<Option<usize>, Short> {
    need(t, 7)?;
    let class_option = t[6];
    if class_option >> 4 > 4 {
        return Ok(None);
    }
    l.uint(f::cotp::LI, li);
    l.uint(f::cotp::TYPE, tpdu);
    l.uint(f::cotp::DESTREF, be16(t, 2));
    l.uint(f::cotp::SRCREF, be16(t, 4));
    l.uint(f::cotp::CLASS, class_option >> 4);
    l.boolean(f::cotp::OPTS_EXTENDED_FORMATS, class_option & 2 != 0);
    l.boolean(
        f::cotp::OPTS_NO_EXPLICIT_FLOW_CONTROL,
        class_option & 1 != 0,
    );
    let vp = usize::from(li).saturating_sub(6);
    let vstart = 7usize;
    if vp > 0 {
        let v = &t[vstart.min(t.len())..(vstart + vp).min(t.len())];
        match rdp_negotiation(v, tpdu) {
            Some(r) => out.push(r),
            None => var_part(t, vstart, vp, class_option, l)?,
        }
    }
    let rest = &t[(vstart + vp).min(t.len())..];
    data(rest, out);
    Ok(Some(t.len()))
}

/// DR and DC.
fn dr_dc(
    t: &[u8],
    li: u8,
    tpdu: u8,
    l: &mut Layer<'static>,
    out: &mut Vec<Layer<'static>>,
) -> Result<Option<usize>, Short> {
    if tpdu == DR && li < 6 || tpdu == DC && li > 9 {
        return Ok(None);
    }
    need(t, 6)?;
    l.uint(f::cotp::LI, li);
    l.uint(f::cotp::TYPE, tpdu);
    l.uint(f::cotp::DESTREF, be16(t, 2));
    l.uint(f::cotp::SRCREF, be16(t, 4));
    let mut at = 6;
    if tpdu == DR {
        need(t, 7)?;
        l.uint(f::cotp::CAUSE, t[6]);
        at = 7;
    }
    let vp = (usize::from(li) + 1).saturating_sub(at);
    var_part(t, at, vp, 4, l)?;
    if tpdu == DC {
        return Ok(Some((usize::from(li) + 1).min(t.len())));
    }
    // A DR's user data runs to the end of the PDU.
    data(&t[(usize::from(li) + 1).min(t.len())..], out);
    Ok(Some(t.len()))
}

/// The variable part: `vp` bytes of parameters at `at` of `t`.
fn var_part(
    t: &[u8],
    mut at: usize,
    mut vp: usize,
    _class_option: u8,
    l: &mut Layer<'static>,
) -> Result<(), Short> {
    while vp > 0 {
        need(t, at + 1)?;
        let code = t[at];
        l.uint(f::cotp::PARAMETER_CODE, code);
        at += 1;
        vp -= 1;
        if vp == 0 {
            break;
        }
        need(t, at + 1)?;
        let len = usize::from(t[at]);
        l.uint(f::cotp::PARAMETER_LENGTH, len as u64);
        at += 1;
        vp -= 1;
        match code {
            VP_TPDU_SIZE => {
                need(t, at + 1)?;
                l.uint(f::cotp::TPDU_SIZE, 1u64 << (t[at] & 0x0f));
            }
            VP_SRC_TSAP | VP_DST_TSAP => {
                need(t, at + len)?;
                let v = &t[at..at + len];
                let (s, b) = if code == VP_SRC_TSAP {
                    (f::cotp::SRC_TSAP, f::cotp::SRC_TSAP_BYTES)
                } else {
                    (f::cotp::DST_TSAP, f::cotp::DST_TSAP_BYTES)
                };
                l.str(s, tsap(v));
                l.push(b, Value::Bytes(Cow::Owned(v.to_vec())));
            }
            // Known parameters this module does not read show their
            // code and length; the others their bytes, as tshark's
            // `<not shown>` value.
            0x08 | 0x09 | 0x85..=0x8c | VP_CHECKSUM | 0xc4 | 0xc6 | 0xf0 | 0xf2 => {}
            _ => {
                let end = (at + len).min(t.len());
                l.push(
                    f::cotp::PARAMETER_VALUE,
                    Value::Bytes(Cow::Owned(t[at.min(end)..end].to_vec())),
                );
            }
        }
        at += len;
        vp = vp.saturating_sub(len);
    }
    Ok(())
}

/// tshark's `print_tsap`: the characters when all are printable, else
/// `0x` and hex.
fn tsap(v: &[u8]) -> String {
    if v.is_empty() || v.len() > 32 {
        return "<unsupported TSAP length>".into();
    }
    if v.iter().all(|c| (0x20..0x7f).contains(c)) {
        return v.iter().map(|&c| c as char).collect();
    }
    let mut s = String::from("0x");
    for c in v {
        let _ = write!(s, "{c:02x}");
    }
    s
}

/// RDP's connection negotiation in the variable part `v` of a CR or CC,
/// when tshark's RDP heuristic takes it: a routing token or cookie line
/// (`Cookie: `) and a negotiation request in a CR, a response or failure
/// in a CC.
fn rdp_negotiation(v: &[u8], tpdu: u8) -> Option<Layer<'static>> {
    let mut l = Layer::new(Osi::Application, "rdp", 0..0);
    let mut at = 0;
    if tpdu == CR {
        if v.starts_with(b"Cookie: ") {
            let end = v.windows(2).position(|w| w == b"\r\n")?;
            l.str(
                f::rdp::RT_COOKIE,
                String::from_utf8_lossy(&v[..end]).into_owned(),
            );
            at = end + 2;
        } else if !(v.len() >= 4 && v[0] == 1 && v[2] == 8 && v[3] == 0) {
            return None;
        }
    } else if !(v.len() >= 8 && matches!(v[0], 2 | 3) && v[2] == 8 && v[3] == 0) {
        return None;
    }
    let n = &v[at.min(v.len())..];
    if n.len() >= 8 {
        let t = n[0];
        let flags = n[1];
        let value = u32::from_le_bytes([n[4], n[5], n[6], n[7]]);
        l.uint(f::rdp::NEG_TYPE, t);
        match t {
            1 => {
                l.uint(f::rdp::NEGREQ_FLAGS, flags);
                l.boolean(
                    f::rdp::NEGREQ_FLAGS_RESTRICTED_ADMIN_MODE_REQ,
                    flags & 1 != 0,
                );
                l.boolean(
                    f::rdp::NEGREQ_FLAGS_CORRELATION_INFO_PRESENT,
                    flags & 8 != 0,
                );
                l.uint(f::rdp::NEG_LENGTH, u16::from_le_bytes([n[2], n[3]]));
                l.uint(f::rdp::NEGREQ_REQUESTEDPROTOCOLS, value);
                l.boolean(f::rdp::NEGREQ_REQUESTEDPROTOCOLS_SSL, value & 1 != 0);
                l.boolean(f::rdp::NEGREQ_REQUESTEDPROTOCOLS_HYBRID, value & 2 != 0);
                l.boolean(f::rdp::NEGREQ_REQUESTEDPROTOCOLS_RDSTLS, value & 4 != 0);
                l.boolean(f::rdp::NEGREQ_REQUESTEDPROTOCOLS_HYBRID_EX, value & 8 != 0);
            }
            2 => {
                l.uint(f::rdp::NEGRSP_FLAGS, flags);
                l.boolean(
                    f::rdp::NEGRSP_FLAGS_EXTENDED_CLIENT_DATA_SUPPORTED,
                    flags & 1 != 0,
                );
                l.boolean(
                    f::rdp::NEGRSP_FLAGS_DYNVC_GFX_PROTOCOL_SUPPORTED,
                    flags & 2 != 0,
                );
                l.boolean(
                    f::rdp::NEGRSP_FLAGS_RESTRICTED_ADMIN_MODE_SUPPORTED,
                    flags & 8 != 0,
                );
                l.boolean(
                    f::rdp::NEGRSP_FLAGS_RESTRICTED_AUTHENTICATION_MODE_SUPPORTED,
                    flags & 0x10 != 0,
                );
                l.uint(f::rdp::NEG_LENGTH, u16::from_le_bytes([n[2], n[3]]));
                l.uint(f::rdp::NEGREQ_SELECTEDPROTOCOL, value);
            }
            _ => {
                l.uint(f::rdp::NEGREQ_FLAGS, flags);
                l.uint(f::rdp::NEG_LENGTH, u16::from_le_bytes([n[2], n[3]]));
                l.uint(f::rdp::NEGFAILURE_FAILURECODE, value);
            }
        }
    }
    Some(l)
}

/// RDP's Info for its negotiation: the cookie line, then the message.
pub fn rdp_info(out: &mut String, l: &Layer<'_>) {
    let mut sep = "";
    if let Some(c) = l.get_str(f::rdp::RT_COOKIE) {
        out.push_str(c);
        sep = ", ";
    }
    match l.get_uint(f::rdp::NEG_TYPE) {
        Some(1) => {
            let _ = write!(out, "{sep}Negotiate Request");
        }
        Some(2) => {
            let _ = write!(out, "{sep}Negotiate Response");
        }
        Some(3) => {
            let code = l.get_uint(f::rdp::NEGFAILURE_FAILURECODE).unwrap_or(0);
            let _ = write!(out, "{sep}Negotiate Failure, failureCode ");
            match f::rdp::NEGFAILURE_FAILURECODE.value_name(code) {
                Some(n) => out.push_str(n),
                None => {
                    let _ = write!(out, "Unknown (0x{code:08x})");
                }
            }
        }
        _ => {}
    }
}

/// What COTP hands the data dissector (nothing when empty).
fn data(b: &[u8], out: &mut Vec<Layer<'static>>) {
    if b.is_empty() {
        return;
    }
    let mut d = crate::dissect::data::owned_layer(b, 0..0);
    d.origin = Origin::Elsewhere;
    out.push(d);
}

pub fn tpkt_info(out: &mut String, l: &Layer<'_>) {
    if l.has(f::tpkt::CONTINUATION_DATA) {
        out.push_str("Continuation");
    }
}

fn tpkt_summary(out: &mut String, l: &Layer<'_>) {
    if l.has(f::tpkt::CONTINUATION_DATA) {
        out.push_str("Continuation");
    } else if let Some(n) = l.get_uint(f::tpkt::LENGTH) {
        let _ = write!(out, "Version: 3, Length: {n}");
    }
}

pub fn cotp_info(out: &mut String, l: &Layer<'_>) {
    let Some(t) = l.get_uint(f::cotp::TYPE) else {
        if l.get_uint(f::cotp::LI) == Some(0) {
            out.push_str("Length indicator is zero");
        }
        return;
    };
    let t = t as u8;
    let dst = l.get_uint(f::cotp::DESTREF).unwrap_or(0);
    let src = l.get_uint(f::cotp::SRCREF).unwrap_or(0);
    match t {
        CR | CC | DR | DC => {
            let name = match t {
                CR => "CR",
                CC => "CC",
                DR => "DR",
                _ => "DC",
            };
            let _ = write!(out, "{name} TPDU src-ref: 0x{src:04x} dst-ref: 0x{dst:04x}");
        }
        DT => {
            let nr = l.get_uint(f::cotp::TPDU_NUMBER).unwrap_or(0);
            let _ = write!(out, "DT TPDU ({nr})");
            if l.get_uint(f::cotp::LI).is_some_and(|li| li > 2) {
                let _ = write!(out, " dst-ref: 0x{dst:04x}");
            }
            match l.get_uint(f::cotp::OSIDUMP_FRAGMENT_LEN) {
                Some(n) => {
                    let _ = write!(
                        out,
                        " [COTP fragment, {n} byte{}]",
                        if n == 1 { "" } else { "s" }
                    );
                }
                None => out.push_str(" EOT"),
            }
        }
        _ => {}
    }
}

/// The Info column: each COTP call clears it, so only the TPDUs of the
/// frame's last call write theirs.
fn cotp_info_column(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let later_call = layers[i + 1..]
        .iter()
        .any(|l| l.protocol == "cotp" && l.has(f::cotp::OSIDUMP_CALL));
    if !later_call {
        cotp_info(out, &layers[i]);
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(TpktDecoder::new())
}

pub static TPKT_SPEC: ProtocolSpec = ProtocolSpec {
    name: "tpkt",
    also: &[],
    title: "TPKT - ISO on TCP - RFC1006",
    osi: Osi::Session,
    fields: f::tpkt::ALL,
    summary: tpkt_summary,
    info: Some(|out, layers, i| tpkt_info(out, &layers[i])),
    column: None,
    app: Some(AppSpec {
        decode_as: &["tpkt"],
        tcp_ports: &[ISO_TSAP_PORT, RDP_PORT],
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};

pub static RDP_SPEC: ProtocolSpec = ProtocolSpec {
    name: "rdp",
    also: &[],
    title: "Remote Desktop Protocol",
    osi: Osi::Application,
    fields: f::rdp::ALL,
    summary: rdp_info,
    info: Some(|out, layers, i| rdp_info(out, &layers[i])),
    column: None,
    app: None,
};

pub static COTP_SPEC: ProtocolSpec = ProtocolSpec {
    name: "cotp",
    also: &[],
    title: "ISO 8073/X.224 COTP Connection-Oriented Transport Protocol",
    osi: Osi::Transport,
    fields: f::cotp::ALL,
    summary: cotp_info,
    info: Some(cotp_info_column),
    column: None,
    app: None,
};
