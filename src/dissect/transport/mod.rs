//! L4 Transport: TCP and UDP. The TCP layer also yields an L5 Session layer:
//! the conversation's stream number and phase, from the flow tracker.

pub mod fields;

use super::event::{Event, Events, TcpSegment};
use super::layer::{Anomaly, AnomalyKind, Layer, Osi, Value};
use super::registry::{self, Transport};
use super::spec::Datagram;
use super::stream::SegmentIn;
use super::{Addrs, Dissector, FrameCtx, Next, Walk};
use crate::dissect::fields as f;
use crate::dissect::wire::{be16, be32};
use crate::flow::ConvKey;
use crate::flow::tcp::Segment;
use etherparse::{TcpHeaderSlice, UdpHeaderSlice};

fn conv(addrs: Addrs, sport: u16, dport: u16) -> (ConvKey, usize) {
    ConvKey::new(addrs.v6, (addrs.src, sport), (addrs.dst, dport))
}

pub(super) fn tcp(walk: &mut Walk<'_>, addrs: Addrs, d: &mut Dissector, ctx: FrameCtx) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Transport, "tcp", start..start + b.len().min(20));
    if b.len() >= 4 {
        l.uint(f::tcp::SRCPORT, be16(b, 0));
        l.uint(f::tcp::DSTPORT, be16(b, 2));
    }
    if walk.nested {
        // The start of a segment quoted by an ICMP error: no conversation
        // state, sequence number as sent.
        if b.len() >= 8 {
            l.uint(f::tcp::SEQ, be32(b, 4));
        }
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    if b.len() < 20 {
        walk.short(&mut l, "TCP header", 20, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    let hdr_len = usize::from(b[12] >> 4) * 4;
    if hdr_len < 20 {
        l.uint(f::tcp::HDR_LEN, hdr_len as u64);
        l.malformed(format!(
            "header length {hdr_len} is below the minimum of 20"
        ));
        walk.layers.push(l);
        return Next::Done;
    }
    let h = match TcpHeaderSlice::from_slice(b) {
        Ok(h) => h,
        Err(_) => {
            l.uint(f::tcp::HDR_LEN, hdr_len as u64);
            walk.short(&mut l, "TCP header with options", hdr_len, b.len());
            walk.off += b.len();
            walk.layers.push(l);
            return Next::Done;
        }
    };
    l.span = start..start + hdr_len;
    let sport = h.source_port();
    let dport = h.destination_port();
    let flags = be16(b, 12) & 0x0fff;
    // Length on the wire, even where the capture cut the payload short.
    let payload_len = walk.reported_end.saturating_sub(start + hdr_len) as u32;
    let opts = TcpOptions::parse(h.options());

    let (key, dir) = conv(addrs, sport, dport);
    let info = d.tcp.track(
        &Segment {
            key,
            dir,
            seq: h.sequence_number(),
            ack: h.acknowledgment_number(),
            flags,
            payload_len,
            wscale: opts.wscale,
            window: h.window_size(),
        },
        &mut d.budget,
    );

    l.uint(f::tcp::STREAM, info.stream);
    l.uint(f::tcp::LEN, payload_len);
    l.uint(f::tcp::SEQ, info.rel_seq);
    l.uint(f::tcp::SEQ_RAW, h.sequence_number());
    let syn_fin = u32::from(flags & 0x003 != 0);
    if payload_len > 0 || syn_fin > 0 {
        l.uint(
            f::tcp::NXTSEQ,
            info.rel_seq.wrapping_add(payload_len).wrapping_add(syn_fin),
        );
    }
    l.uint(f::tcp::ACK, info.rel_ack);
    l.uint(f::tcp::ACK_RAW, h.acknowledgment_number());
    l.uint(f::tcp::HDR_LEN, hdr_len as u64);
    l.uint(f::tcp::FLAGS, flags);
    l.boolean(f::tcp::FLAGS_RES, flags & 0xe00 != 0);
    l.boolean(f::tcp::FLAGS_AE, flags & 0x100 != 0);
    l.boolean(f::tcp::FLAGS_CWR, h.cwr());
    l.boolean(f::tcp::FLAGS_ECE, h.ece());
    l.boolean(f::tcp::FLAGS_URG, h.urg());
    l.boolean(f::tcp::FLAGS_ACK, h.ack());
    l.boolean(f::tcp::FLAGS_PUSH, h.psh());
    l.boolean(f::tcp::FLAGS_RESET, h.rst());
    l.boolean(f::tcp::FLAGS_SYN, h.syn());
    l.boolean(f::tcp::FLAGS_FIN, h.fin());
    let window = h.window_size();
    l.uint(f::tcp::WINDOW_SIZE_VALUE, window);
    match info.window_multiplier {
        Some(m) => {
            l.uint(f::tcp::WINDOW_SIZE, u64::from(window) * u64::from(m));
            let factor = if info.no_window_scaling {
                -2
            } else {
                i64::from(m)
            };
            l.push(f::tcp::WINDOW_SIZE_SCALEFACTOR, Value::Int(factor));
        }
        None => {
            l.uint(f::tcp::WINDOW_SIZE, window);
            l.push(f::tcp::WINDOW_SIZE_SCALEFACTOR, Value::Int(-1));
        }
    }
    l.uint(f::tcp::CHECKSUM, h.checksum());
    l.uint(f::tcp::URGENT_POINTER, h.urgent_pointer());
    opts.push_fields(&mut l);
    if let Some(reason) = opts.malformed {
        l.malformed(reason);
    }
    walk.off += hdr_len;

    let mut session = Layer::new(Osi::Session, "session", walk.off..walk.off);
    session.uint(f::session::STREAM, info.stream);
    session.str(f::session::PHASE, info.phase.as_str());
    session.str(f::session::CALL, info.phase.call_step());

    // The payload goes through the conversation's reassembly and decoder.
    let payload_at = walk.off..walk.end.max(walk.off);
    let mut report = d.apps.segment(
        &SegmentIn {
            stream: info.stream,
            from_client: info.from_client,
            first_data_seq: info.first_data_seq,
            seq: h.sequence_number(),
            flags,
            sport,
            dport,
            payload: walk.rest(),
            wire_len: payload_len,
            frame: ctx.number,
            ts_ns: ctx.ts_ns,
        },
        &mut d.budget,
    );
    let mut analysis = false;
    if info.control_retransmission {
        l.present(f::tcp::ANALYSIS_RETRANSMISSION);
        l.str(f::tcp::OSIDUMP_ANALYSIS, "TCP Retransmission");
        analysis = true;
    }
    if info.lost_segment {
        l.present(f::tcp::ANALYSIS_LOST_SEGMENT);
        l.str(
            f::tcp::OSIDUMP_ANALYSIS,
            "TCP Previous segment not captured",
        );
        analysis = true;
    }
    if let Some(n) = info.duplicate_ack {
        l.present(f::tcp::ANALYSIS_DUPLICATE_ACK);
        l.uint(f::tcp::ANALYSIS_DUPLICATE_ACK_NUM, n);
        l.str(f::tcp::OSIDUMP_ANALYSIS, "TCP Dup ACK");
        analysis = true;
    }
    if let Some(kind) = report.kind.filter(|_| !info.control_retransmission) {
        use crate::flow::reassembly::SegmentKind as K;
        let flag = match kind {
            K::Retransmission | K::PartialRetransmission => Some(f::tcp::ANALYSIS_RETRANSMISSION),
            K::FillsGap => Some(f::tcp::ANALYSIS_OUT_OF_ORDER),
            K::Ahead => Some(f::tcp::ANALYSIS_LOST_SEGMENT),
            K::KeepAlive => Some(f::tcp::ANALYSIS_KEEP_ALIVE),
            _ => None,
        };
        if let Some(name) = flag {
            l.present(name);
            analysis = true;
        }
        if let Some(label) = kind.tshark_label() {
            l.str(f::tcp::OSIDUMP_ANALYSIS, label);
        }
    }
    if report.conflict {
        l.malformed("retransmitted bytes differ from the bytes first sent");
    }
    if analysis {
        // Wireshark's umbrella field: `tcp.analysis.flags` selects every
        // segment the analysis flagged.
        l.present(f::tcp::ANALYSIS_FLAGS);
    }
    if report.missing > 0 {
        l.anomalies.push(Anomaly {
            kind: AnomalyKind::Missing,
            reason: format!("{} bytes missing", report.missing),
        });
    }
    for (frames, len) in &report.reassembled {
        for f in frames {
            l.uint(f::tcp::SEGMENT, *f);
        }
        l.uint(f::tcp::SEGMENT_COUNT, frames.len() as u64);
        l.uint(f::tcp::REASSEMBLED_LENGTH, *len);
    }
    for (stream, held) in &report.evicted {
        session.anomalies.push(Anomaly {
            kind: AnomalyKind::Evicted,
            reason: format!(
                "reassembly of TCP stream {stream} dropped ({held} bytes held) to stay within memory caps"
            ),
        });
    }
    for (name, step) in report.session_steps.drain(..) {
        session.push(name, Value::Str(step));
    }
    if d.apps.events != Events::Off {
        walk.events.push(Event::Tcp(TcpSegment {
            stream: info.stream,
            from_client: info.from_client,
            phase: info.phase,
            flags,
        }));
        walk.events.append(&mut report.events);
    }
    walk.layers.push(l);
    walk.layers.push(session);

    if report.layers.is_empty() {
        let rest = walk.rest();
        if rest.is_empty() {
            return Next::Done;
        }
        // A piece of a longer message belongs to the layer of the
        // protocol it carries (a TLS record's continuation: L6).
        let osi = report
            .protocol
            .and_then(crate::dissect::spec::of_layer)
            .map_or(Osi::Application, |p| p.osi);
        let mut data = Layer::new(osi, "data", payload_at);
        data.uint(f::data::LEN, rest.len() as u64);
        if report.partial {
            data.str(f::data::OSIDUMP_REASSEMBLY, "segment of a reassembled PDU");
        }
        if let Some(p) = report.protocol {
            data.str(f::data::OSIDUMP_PROTOCOL, p);
        }
        walk.off = walk.end;
        walk.layers.push(data);
        return Next::Done;
    }
    for mut app in report.layers {
        app.span = payload_at.clone();
        walk.layers.push(app);
    }
    walk.off = walk.end;
    Next::Done
}

/// TCP options, walked by hand as (kind, length) pairs: etherparse's
/// iterator stops at the first kind it does not know (TCP-AO, MPTCP, TFO...),
/// which would hide every option after it.
#[derive(Default)]
struct TcpOptions {
    kinds: Vec<u8>,
    mss: Option<u16>,
    wscale: Option<u8>,
    sack_perm: bool,
    sack: Vec<(u32, u32)>,
    timestamp: Option<(u32, u32)>,
    malformed: Option<String>,
}

impl TcpOptions {
    fn parse(o: &[u8]) -> TcpOptions {
        let mut out = TcpOptions::default();
        let mut i = 0;
        while i < o.len() {
            let kind = o[i];
            out.kinds.push(kind);
            match kind {
                0 => break,
                1 => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let Some(&len) = o.get(i + 1) else {
                out.malformed = Some(format!("option {kind} has no length byte"));
                break;
            };
            let len = usize::from(len);
            if len < 2 || i + len > o.len() {
                out.malformed = Some(format!(
                    "option {kind} says {len} bytes, {} left in the header",
                    o.len() - i
                ));
                break;
            }
            let body = &o[i + 2..i + len];
            let bad_len = match (kind, body.len()) {
                (2, 2) => {
                    out.mss = Some(be16(body, 0));
                    false
                }
                (3, 1) => {
                    out.wscale = Some(body[0]);
                    false
                }
                (4, 0) => {
                    out.sack_perm = true;
                    false
                }
                (5, n) if n % 8 == 0 => {
                    for c in body.chunks_exact(8) {
                        out.sack.push((be32(c, 0), be32(c, 4)));
                    }
                    false
                }
                (8, 8) => {
                    out.timestamp = Some((be32(body, 0), be32(body, 4)));
                    false
                }
                (2..=5 | 8, _) => true,
                _ => false,
            };
            if bad_len {
                out.malformed = Some(format!("option {kind} has bad length {len}"));
            }
            i += len;
        }
        out
    }

    fn push_fields(&self, l: &mut Layer<'_>) {
        for &k in &self.kinds {
            l.uint(f::tcp::OPTION_KIND, k);
        }
        if let Some(mss) = self.mss {
            l.uint(f::tcp::OPTIONS_MSS_VAL, mss);
        }
        if let Some(ws) = self.wscale {
            l.uint(f::tcp::OPTIONS_WSCALE_SHIFT, ws);
            l.uint(f::tcp::OPTIONS_WSCALE_MULTIPLIER, 1u64 << ws.min(14));
        }
        if self.sack_perm {
            l.present(f::tcp::OPTIONS_SACK_PERM);
        }
        for &(le, re) in &self.sack {
            l.uint(f::tcp::OPTIONS_SACK_LE, le);
            l.uint(f::tcp::OPTIONS_SACK_RE, re);
        }
        if let Some((tsval, tsecr)) = self.timestamp {
            l.uint(f::tcp::OPTIONS_TIMESTAMP_TSVAL, tsval);
            l.uint(f::tcp::OPTIONS_TIMESTAMP_TSECR, tsecr);
        }
    }
}

pub(super) fn udp(walk: &mut Walk<'_>, addrs: Addrs, d: &mut Dissector, ctx: FrameCtx) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Transport, "udp", start..start + b.len().min(8));
    if b.len() >= 4 {
        l.uint(f::udp::SRCPORT, be16(b, 0));
        l.uint(f::udp::DSTPORT, be16(b, 2));
    }
    let h = match UdpHeaderSlice::from_slice(b) {
        Ok(h) => h,
        Err(_) => {
            walk.short(&mut l, "UDP header", 8, b.len());
            walk.off += b.len();
            walk.layers.push(l);
            return Next::Done;
        }
    };
    let len = usize::from(h.length());
    l.uint(f::udp::LENGTH, len as u64);
    l.uint(f::udp::CHECKSUM, h.checksum());
    let (key, _) = conv(addrs, h.source_port(), h.destination_port());
    // tshark numbers even the datagram an ICMP error quotes.
    l.uint(f::udp::STREAM, d.udp.stream(key, &mut d.budget));
    walk.off += 8;
    if len < 8 && !(len == 0 && addrs.v6) {
        l.malformed(format!("length {len} is below the 8-byte header"));
    } else if len >= 8 {
        let announced_end = start + len;
        if announced_end > walk.reported_end {
            l.malformed(format!(
                "length {len} runs past the IP payload ({} bytes)",
                walk.reported_end.saturating_sub(start)
            ));
        } else if announced_end < walk.end {
            walk.end = announced_end;
        }
        walk.reported_end = walk.reported_end.min(announced_end);
    }
    walk.layers.push(l);
    let (sport, dport) = (h.source_port(), h.destination_port());
    let payload = walk.rest();
    let chosen = registry::choose(Transport::Udp, &d.apps.decode_as, sport, dport, payload);
    let Some(spec) = chosen else {
        return Next::Data(Osi::Application);
    };
    let memory_pressed = d.datagram_pressed(spec);
    let Some(decoder) = d.datagram_decoder(spec) else {
        return Next::Data(Osi::Application);
    };
    let dgram = Datagram {
        payload,
        at: walk.off,
        sport,
        dport,
        conv: key,
        frame: ctx.number,
        ts_ns: ctx.ts_ns,
        cut: walk.snap_cut,
        nested: walk.nested,
        memory_pressed,
    };
    let before = walk.layers.len();
    decoder.datagram(&dgram, &mut walk.layers);
    d.charge_datagram_state(spec);
    if walk.layers.len() == before {
        return Next::Data(Osi::Application);
    }
    walk.off = walk.end;
    Next::Done
}
