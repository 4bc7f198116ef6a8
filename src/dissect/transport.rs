//! L4 Transport: TCP and UDP. The TCP layer also yields an L5 Session layer:
//! the conversation's stream number and phase, from the flow tracker.

use super::app::http::HttpDecoder;
use super::app::{Dir, StreamDecoder, dns};
use super::layer::{Anomaly, AnomalyKind, Layer, Osi, Value};
use super::registry::{self, AppProto, Transport};
use super::stream::SegmentIn;
use super::{Addrs, Dissector, FrameCtx, Next, Walk};
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
        l.uint("tcp.srcport", be16(b, 0));
        l.uint("tcp.dstport", be16(b, 2));
    }
    if walk.nested {
        // The start of a segment quoted by an ICMP error: no conversation
        // state, sequence number as sent.
        if b.len() >= 8 {
            l.uint("tcp.seq", be32(b, 4));
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
        l.uint("tcp.hdr_len", hdr_len as u64);
        l.malformed(format!(
            "header length {hdr_len} is below the minimum of 20"
        ));
        walk.layers.push(l);
        return Next::Done;
    }
    let h = match TcpHeaderSlice::from_slice(b) {
        Ok(h) => h,
        Err(_) => {
            l.uint("tcp.hdr_len", hdr_len as u64);
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
    let info = d.tcp.track(&Segment {
        key,
        dir,
        seq: h.sequence_number(),
        ack: h.acknowledgment_number(),
        flags,
        payload_len,
        wscale: opts.wscale,
        window: h.window_size(),
    });

    l.uint("tcp.stream", info.stream);
    l.uint("tcp.len", payload_len);
    l.uint("tcp.seq", info.rel_seq);
    l.uint("tcp.seq_raw", h.sequence_number());
    let syn_fin = u32::from(flags & 0x003 != 0);
    if payload_len > 0 || syn_fin > 0 {
        l.uint(
            "tcp.nxtseq",
            info.rel_seq.wrapping_add(payload_len).wrapping_add(syn_fin),
        );
    }
    l.uint("tcp.ack", info.rel_ack);
    l.uint("tcp.ack_raw", h.acknowledgment_number());
    l.uint("tcp.hdr_len", hdr_len as u64);
    l.uint("tcp.flags", flags);
    l.boolean("tcp.flags.res", flags & 0xe00 != 0);
    l.boolean("tcp.flags.ae", flags & 0x100 != 0);
    l.boolean("tcp.flags.cwr", h.cwr());
    l.boolean("tcp.flags.ece", h.ece());
    l.boolean("tcp.flags.urg", h.urg());
    l.boolean("tcp.flags.ack", h.ack());
    l.boolean("tcp.flags.push", h.psh());
    l.boolean("tcp.flags.reset", h.rst());
    l.boolean("tcp.flags.syn", h.syn());
    l.boolean("tcp.flags.fin", h.fin());
    let window = h.window_size();
    l.uint("tcp.window_size_value", window);
    match info.window_multiplier {
        Some(m) => {
            l.uint("tcp.window_size", u64::from(window) * u64::from(m));
            let factor = if info.no_window_scaling {
                -2
            } else {
                i64::from(m)
            };
            l.push("tcp.window_size_scalefactor", Value::Int(factor));
        }
        None => {
            l.uint("tcp.window_size", window);
            l.push("tcp.window_size_scalefactor", Value::Int(-1));
        }
    }
    l.uint("tcp.checksum", h.checksum());
    l.uint("tcp.urgent_pointer", h.urgent_pointer());
    opts.push_fields(&mut l);
    if let Some(reason) = opts.malformed {
        l.malformed(reason);
    }
    walk.off += hdr_len;

    let mut session = Layer::new(Osi::Session, "session", walk.off..walk.off);
    session.uint("osidump.stream", info.stream);
    session.str("osidump.phase", info.phase.as_str());
    session.str("osidump.call", info.phase.call_step());

    // The payload goes through the conversation's reassembly and decoder.
    let payload_at = walk.off..walk.end.max(walk.off);
    let mut report = d.apps.segment(&SegmentIn {
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
    });
    let mut analysis = false;
    if info.control_retransmission {
        l.boolean("tcp.analysis.retransmission", true);
        l.str("osidump.tcp.analysis", "TCP Retransmission");
        analysis = true;
    }
    if info.lost_segment {
        l.boolean("tcp.analysis.lost_segment", true);
        l.str("osidump.tcp.analysis", "TCP Previous segment not captured");
        analysis = true;
    }
    if let Some(n) = info.duplicate_ack {
        l.boolean("tcp.analysis.duplicate_ack", true);
        l.uint("tcp.analysis.duplicate_ack_num", n);
        l.str("osidump.tcp.analysis", "TCP Dup ACK");
        analysis = true;
    }
    if let Some(kind) = report.kind.filter(|_| !info.control_retransmission) {
        use crate::flow::reassembly::SegmentKind as K;
        let flag = match kind {
            K::Retransmission | K::PartialRetransmission => Some("tcp.analysis.retransmission"),
            K::FillsGap => Some("tcp.analysis.out_of_order"),
            K::Ahead => Some("tcp.analysis.lost_segment"),
            K::KeepAlive => Some("tcp.analysis.keep_alive"),
            _ => None,
        };
        if let Some(name) = flag {
            l.boolean(name, true);
            analysis = true;
        }
        if let Some(label) = kind.tshark_label() {
            l.str("osidump.tcp.analysis", label);
        }
    }
    if report.conflict {
        l.malformed("retransmitted bytes differ from the bytes first sent");
    }
    if analysis {
        // Wireshark's umbrella field: `tcp.analysis.flags` selects every
        // segment the analysis flagged.
        l.boolean("tcp.analysis.flags", true);
    }
    if report.missing > 0 {
        l.anomalies.push(Anomaly {
            kind: AnomalyKind::Missing,
            reason: format!("{} bytes missing", report.missing),
        });
    }
    for (frames, len) in &report.reassembled {
        for f in frames {
            l.uint("tcp.segment", *f);
        }
        l.uint("tcp.segment.count", frames.len() as u64);
        l.uint("tcp.reassembled.length", *len);
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
    walk.layers.push(l);
    walk.layers.push(session);

    if report.layers.is_empty() {
        let rest = walk.rest();
        if rest.is_empty() {
            return Next::Done;
        }
        let mut data = Layer::new(Osi::Application, "data", payload_at);
        data.uint("data.len", rest.len() as u64);
        if report.partial {
            data.str("osidump.reassembly", "segment of a reassembled PDU");
        }
        if let Some(p) = report.protocol {
            data.str("osidump.protocol", p);
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
            l.uint("tcp.option_kind", k);
        }
        if let Some(mss) = self.mss {
            l.uint("tcp.options.mss_val", mss);
        }
        if let Some(ws) = self.wscale {
            l.uint("tcp.options.wscale.shift", ws);
            l.uint("tcp.options.wscale.multiplier", 1u64 << ws.min(14));
        }
        if self.sack_perm {
            l.boolean("tcp.options.sack_perm", true);
        }
        for &(le, re) in &self.sack {
            l.uint("tcp.options.sack_le", le);
            l.uint("tcp.options.sack_re", re);
        }
        if let Some((tsval, tsecr)) = self.timestamp {
            l.uint("tcp.options.timestamp.tsval", tsval);
            l.uint("tcp.options.timestamp.tsecr", tsecr);
        }
    }
}

pub(super) fn udp(walk: &mut Walk<'_>, addrs: Addrs, d: &mut Dissector, ctx: FrameCtx) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Transport, "udp", start..start + b.len().min(8));
    if b.len() >= 4 {
        l.uint("udp.srcport", be16(b, 0));
        l.uint("udp.dstport", be16(b, 2));
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
    l.uint("udp.length", len as u64);
    l.uint("udp.checksum", h.checksum());
    let (key, _) = conv(addrs, h.source_port(), h.destination_port());
    // tshark numbers even the datagram an ICMP error quotes.
    l.uint("udp.stream", d.udp.stream(key));
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
    match registry::choose(Transport::Udp, &d.apps.decode_as, sport, dport, payload) {
        Some(AppProto::Dns) if !payload.is_empty() => {
            let flavor = dns::Flavor::from_ports(sport, dport);
            // A datagram quoted by an ICMP error may be cut short by design.
            let cut = walk.snap_cut || walk.nested;
            let mut layer = dns::dissect_as(payload, walk.off, flavor, cut);
            let id = layer.get_uint("dns.id").filter(|_| !walk.nested);
            let response = matches!(layer.get("dns.flags.response"), Some(Value::Bool(true)));
            if let Some(id) = id {
                let seen = d
                    .dns
                    .observe_message(key, id as u16, response, ctx.number, ctx.ts_ns);
                dns::add_observed_fields(&mut layer, seen);
            }
            walk.off = walk.end;
            walk.layers.push(layer);
            Next::Done
        }
        Some(AppProto::Http) if !payload.is_empty() => {
            // SSDP: each datagram is one whole HTTP message.
            let mut decoder = HttpDecoder::new();
            let mut out = Vec::new();
            decoder.feed(Dir::Client, 0, payload, &mut out);
            decoder.finish(&mut out);
            let at = walk.off..walk.end;
            for m in out {
                let mut l = m.layer;
                l.protocol = "ssdp";
                l.span = at.clone();
                walk.layers.push(l);
            }
            walk.off = walk.end;
            Next::Done
        }
        _ => Next::Data(Osi::Application),
    }
}
