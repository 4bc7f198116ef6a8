//! RTP (RFC 3550) as tshark 4.0's packet-rtp.c shows it over UDP, on the
//! streams SDP sets up.
//!
//! tshark's RTP heuristic is off by default: a datagram is RTP because
//! an SDP body (in a SIP message) named one of its endpoints, the
//! connection address and media port of an `RTP/AVP` or `RTP/AVPF` media
//! line, and RTCP on the port after it (unless `a=rtcp-mux`). tshark
//! makes a conversation of any other end for each (`rtp_add_address`),
//! which it asks before the UDP ports; the datagram's source endpoint is
//! looked up first, then its destination.
//!
//! The header (version, padding, extension, CSRC count, marker, payload
//! type, sequence number, timestamp, SSRC), the CSRCs, a header
//! extension (RFC 5285's one-byte elements, or the words of another
//! profile), the payload and the padding. Info: `PT=NAME, SSRC=0x...,
//! Seq=N, Time=N` and `, Mark`. A payload type of RTCP's range (64 to 95
//! with the marker) is RTCP multiplexed on the port.
//!
//! Not shown: the setup fields (`rtp.setup-frame` depends on tshark's
//! offer/answer bookkeeping, which this does not follow: each SDP sets up
//! its own endpoints at its frame), the extended sequence number, RFC
//! 5285's two-byte elements, payloads tshark hands on (RTP events, T.38,
//! codecs it decodes), SRTP. Version other than 2: left as data.
//!
//! Bounded: at most [`MAX_SETUPS`] endpoints, the oldest forgotten first.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::app::sip::sdp::MediaSetup;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::dissect::wire::{Bound, Tvb};
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

/// Endpoints SDP set up kept at most.
pub const MAX_SETUPS: usize = 1 << 16;

/// A stream an SDP body set up, and the frame that carried it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setup {
    pub media: MediaSetup,
    pub frame: u64,
}

type Endpoint = (bool, [u8; 16], u16);

#[derive(Debug, Clone, Copy)]
struct Entry {
    frame: u64,
    rtcp: bool,
    /// T.38's (not decoded): the datagram is left as data.
    t38: bool,
}

/// The endpoints SDP set up, each RTP's or RTCP's.
#[derive(Default)]
struct RtpDecoder {
    setups: HashMap<Endpoint, Entry>,
    order: VecDeque<(Endpoint, u64)>,
}

impl RtpDecoder {
    fn insert(&mut self, e: Endpoint, entry: Entry) {
        self.setups.insert(e, entry);
        self.order.push_back((e, entry.frame));
        while self.setups.len() > MAX_SETUPS {
            let Some((old, frame)) = self.order.pop_front() else {
                break;
            };
            // Set up again later: a newer entry of the queue stands for it.
            if self.setups.get(&old).is_some_and(|x| x.frame == frame) {
                self.setups.remove(&old);
            }
        }
        // The queue holds stale pairs of endpoints set up again: keep it
        // within twice the bound.
        if self.order.len() > 2 * MAX_SETUPS {
            let setups = &self.setups;
            self.order
                .retain(|(e, frame)| setups.get(e).is_some_and(|x| x.frame == *frame));
        }
    }

    /// The entry of the datagram's source endpoint, else of its
    /// destination, set up before it.
    fn lookup(&self, d: &Datagram<'_>) -> Option<Entry> {
        let (src, dst) = if d.src_is_a {
            (d.conv.a, d.conv.b)
        } else {
            (d.conv.b, d.conv.a)
        };
        [src, dst].into_iter().find_map(|(addr, port)| {
            self.setups
                .get(&(d.conv.v6, addr, port))
                .copied()
                .filter(|e| e.frame < d.frame)
        })
    }
}

impl DatagramDecoder for RtpDecoder {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        // No setup: a --decode-as rule chose RTP.
        let rtcp = self.lookup(d).is_some_and(|e| e.rtcp);
        if rtcp {
            out.push(crate::dissect::app::rtcp::of_datagram(d));
            return;
        }
        rtp(d, out);
    }

    fn heap_bytes(&self) -> usize {
        self.setups.capacity() * 40 + self.order.capacity() * 40
    }

    fn claims(&self, d: &Datagram<'_>, heuristic: bool) -> bool {
        !heuristic && self.lookup(d).is_some_and(|e| !e.t38)
    }

    fn add_media(&mut self, setups: &[Setup]) {
        for s in setups {
            let m = s.media;
            self.insert(
                (m.v6, m.addr, m.port),
                Entry {
                    frame: s.frame,
                    rtcp: false,
                    t38: m.t38,
                },
            );
            if !m.rtcp_mux
                && !m.t38
                && let Some(p) = m.port.checked_add(1)
            {
                self.insert(
                    (m.v6, m.addr, p),
                    Entry {
                        frame: s.frame,
                        rtcp: true,
                        t38: false,
                    },
                );
            }
        }
    }
}

/// An RTP packet (or RTCP multiplexed with it) of a stream SDP set up.
fn rtp<'a>(d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
    let b = d.payload;
    if b[0] >> 6 != 2 {
        return;
    }
    if let Some(&second) = b.get(1)
        && (64..=95).contains(&(second & 0x7f))
    {
        // RTCP on RTP's port: RTP hands it on without an item of its own.
        out.push(Layer::new(Osi::Session, "rtp", d.at..d.at));
        out.push(crate::dissect::app::rtcp::of_datagram(d));
        return;
    }
    let t = Tvb {
        b,
        reported: d.reported.max(b.len()),
        le: false,
    };
    let mut l = Layer::new(Osi::Session, "rtp", d.at..d.at + b.len());
    if let Err(bound) = fields(&t, &mut l)
        && !d.nested
    {
        l.read_past_end(
            "rtp",
            "the RTP packet runs past the datagram".into(),
            bound == Bound::Cut,
        );
    }
    out.push(l);
}

fn fields<'a>(t: &Tvb<'a>, l: &mut Layer<'a>) -> Result<(), Bound> {
    let first = t.u8(0)?;
    let second = t.u8(1)?;
    let seq = t.u16(2)?;
    let ts = t.u32(4)?;
    let ssrc = t.u32(8)?;
    let padding = first & 0x20 != 0;
    let ext = first & 0x10 != 0;
    let cc = first & 0x0f;
    let marker = second & 0x80 != 0;
    let pt = second & 0x7f;
    let mut info = format!(
        "PT={}, SSRC=0x{ssrc:X}, Seq={seq}, Time={ts}",
        crate::dissect::app::sip::sdp::payload_type_name(u32::from(pt))
    );
    if marker {
        info.push_str(", Mark");
    }
    l.str(f::rtp::OSIDUMP_INFO, info);
    l.uint(f::rtp::VERSION, first >> 6);
    l.boolean(f::rtp::PADDING, padding);
    l.boolean(f::rtp::EXT, ext);
    l.uint(f::rtp::CC, cc);
    l.boolean(f::rtp::MARKER, marker);
    l.uint(f::rtp::P_TYPE, pt);
    l.uint(f::rtp::SEQ, seq);
    l.uint(f::rtp::TIMESTAMP, ts);
    l.uint(f::rtp::SSRC, ssrc);
    let mut o = 12;
    if cc > 0 {
        l.present(f::rtp::CSRC_ITEMS);
        for _ in 0..cc {
            let c = t.u32(o)?;
            l.uint(f::rtp::CSRC_ITEM, c);
            o += 4;
        }
    }
    if ext {
        let profile = t.u16(o)?;
        l.uint(f::rtp::EXT_PROFILE, profile);
        let words = t.u16(o + 2)?;
        l.uint(f::rtp::EXT_LEN, words);
        o += 4;
        let len = usize::from(words) * 4;
        l.present(f::rtp::HDR_EXTS);
        if profile == 0xbede {
            one_byte_elements(t, l, o, len)?;
        } else if profile & 0xfff0 == 0x1000 {
            // Two-byte elements: not shown, and nothing after them.
            return Ok(());
        } else {
            for i in 0..usize::from(words) {
                let w = t.u32(o + 4 * i)?;
                l.uint(f::rtp::HDR_EXT, w);
            }
        }
        o += len;
    }
    let left = t.reported.saturating_sub(o);
    if padding {
        let count = usize::from(t.u8(t.reported.saturating_sub(1))?);
        if count == 0 {
            // tshark's note of a missing padding count: not shown.
            return Ok(());
        }
        if count > left {
            // The count claims more than the packet: all of it padding.
            if left > 1 {
                let pad = t.bytes(o, left - 1)?;
                l.push(f::rtp::PADDING_DATA, Value::Bytes(Cow::Borrowed(pad)));
            }
        } else {
            if left > count {
                let p = t.bytes(o, left - count)?;
                l.push(f::rtp::PAYLOAD, Value::Bytes(Cow::Borrowed(p)));
            }
            if count > 1 {
                let pad = t.bytes(o + left - count, count - 1)?;
                l.push(f::rtp::PADDING_DATA, Value::Bytes(Cow::Borrowed(pad)));
            }
        }
        l.uint(f::rtp::PADDING_COUNT, count as u64);
    } else if left > 0 {
        let p = t.bytes(o, left)?;
        l.push(f::rtp::PAYLOAD, Value::Bytes(Cow::Borrowed(p)));
    }
    Ok(())
}

/// RFC 5285's one-byte header elements in the `len` bytes at `o`: ID,
/// length and data each; a zero byte is padding, ID 15 ends them.
fn one_byte_elements<'a>(
    t: &Tvb<'a>,
    l: &mut Layer<'a>,
    o: usize,
    len: usize,
) -> Result<(), Bound> {
    let end = o + len;
    let mut at = o;
    while at < end {
        let b = t.u8(at)?;
        let id = b >> 4;
        if id == 0 {
            at += 1;
            continue;
        }
        if id == 15 {
            break;
        }
        let n = usize::from(b & 0x0f) + 1;
        l.uint(f::rtp::EXT_RFC5285_ID, id);
        l.uint(f::rtp::EXT_RFC5285_LEN, n as u64);
        if at + 1 + n > end {
            return Err(Bound::Past);
        }
        let data = t.bytes(at + 1, n)?;
        l.push(f::rtp::EXT_RFC5285_DATA, Value::Bytes(Cow::Borrowed(data)));
        at += 1 + n;
    }
    Ok(())
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::<RtpDecoder>::default()
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::rtp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("RTP: ");
    out.push_str(l.get_str(f::rtp::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "rtp",
    also: &[],
    title: "Real-Time Transport Protocol",
    osi: Osi::Session,
    fields: f::rtp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "RTP"),
    app: Some(AppSpec {
        decode_as: &["rtp"],
        tcp_ports: &[],
        // Neither a port nor a heuristic (tshark's is off): SDP's setups.
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
