//! L4 Transport: TCP, UDP, SCTP (in [`sctp`]) and DCCP (in [`dccp`]). The TCP layer also yields an L5 Session layer:
//! the conversation's stream number and phase, from the flow tracker.

pub mod dccp;
pub mod fields;
pub(crate) mod mptcp;
pub mod sctp;

use super::event::{Event, Events, TcpSegment};
use super::expert::{Expert, add as add_expert};
use super::field::FieldDef;
use super::layer::{Anomaly, AnomalyKind, Layer, Osi, Value};
use super::registry::{self, Transport};
use super::spec::Datagram;
use super::stream::SegmentIn;
use super::{Addrs, Dissector, FrameCtx, Next, Walk};
use crate::dissect::field::checksum;
use crate::dissect::fields as f;
use crate::dissect::wire::{ascii, be16, be32};
use crate::flow::ConvKey;
use crate::flow::tcp::{Analysis, Segment};
use etherparse::UdpHeaderSlice;

fn conv(addrs: Addrs, sport: u16, dport: u16) -> (ConvKey, usize) {
    ConvKey::new(addrs.v6, (addrs.src, sport), (addrs.dst, dport))
}

/// tshark's Protocol column for a frame whose top layer is TCP: MPTCP's
/// option dissector sets it to `MPTCP`, unless the payload is part of a
/// message being reassembled (TCP sets it back to `TCP`).
pub(crate) fn tcp_column(l: &Layer<'_>) -> &'static str {
    // Every frame whose top layer is TCP asks: read from the end, where
    // the reassembly note comes after the options, and stop at the
    // urgent pointer, the last field before them.
    for field in l.fields.iter().rev() {
        if std::ptr::eq(field.def, f::tcp::OSIDUMP_REASSEMBLY)
            || std::ptr::eq(field.def, f::tcp::URGENT_POINTER)
        {
            break;
        }
        if std::ptr::eq(field.def, f::tcp::OPTION_KIND) && matches!(field.value, Value::UInt(30)) {
            return "MPTCP";
        }
    }
    "TCP"
}

/// The fields of a segment (and of a UDP datagram) that no summary,
/// column, expert item or view reads: built only when the run shows every field or names one of them
/// ([`crate::dissect::detail_fields_read`], [`Dissector::with_detail`]).
/// The Info column's (ports, flags, sequence numbers, window, urgent
/// pointer, length, options, analysis labels, reassembly counts), the
/// stream, the SYN and ACK flags (`sessions`), the analysis flags and
/// every expert item (`stats`) are always built.
pub(crate) static DETAIL: &[&FieldDef] = &[
    f::tcp::COMPLETENESS,
    f::tcp::SEQ_RAW,
    f::tcp::NXTSEQ,
    f::tcp::ACK_RAW,
    f::tcp::HDR_LEN,
    f::tcp::FLAGS_RES,
    f::tcp::FLAGS_AE,
    f::tcp::FLAGS_CWR,
    f::tcp::FLAGS_ECE,
    f::tcp::FLAGS_URG,
    f::tcp::FLAGS_PUSH,
    f::tcp::FLAGS_RESET,
    f::tcp::FLAGS_FIN,
    f::tcp::FLAGS_STR,
    f::tcp::WINDOW_SIZE_VALUE,
    f::tcp::WINDOW_SIZE_SCALEFACTOR,
    f::tcp::CHECKSUM,
    f::tcp::CHECKSUM_STATUS,
    f::tcp::TIME_RELATIVE,
    f::tcp::TIME_DELTA,
    f::tcp::ANALYSIS,
    f::tcp::ANALYSIS_ACKS_FRAME,
    f::tcp::ANALYSIS_ACK_RTT,
    f::tcp::ANALYSIS_INITIAL_RTT,
    f::tcp::ANALYSIS_BYTES_IN_FLIGHT,
    f::tcp::ANALYSIS_PUSH_BYTES_SENT,
    f::tcp::ANALYSIS_FLAGS,
    f::tcp::ANALYSIS_RTO,
    f::tcp::ANALYSIS_RTO_FRAME,
    f::tcp::ANALYSIS_DUPLICATE_ACK_NUM,
    f::tcp::ANALYSIS_DUPLICATE_ACK_FRAME,
    f::tcp::PAYLOAD,
    f::tcp::RESET_CAUSE,
    f::tcp::SEGMENTS,
    f::tcp::SEGMENT,
    f::tcp::REASSEMBLED_LENGTH,
    f::tcp::REASSEMBLED_DATA,
    f::tcp::SEGMENT_DATA,
    f::tcp::PDU_SIZE,
    // UDP's: the ports, length, stream and expert items stay.
    f::udp::CHECKSUM,
    f::udp::CHECKSUM_STATUS,
    f::udp::TIME_RELATIVE,
    f::udp::TIME_DELTA,
    f::udp::PAYLOAD,
];

/// TCP's expert items, as tshark 4.0 registers them.
mod expert {
    use crate::dissect::expert::ei;
    use crate::dissect::fields::tcp as t;

    ei!(RETRANSMISSION, t::ANALYSIS_RETRANSMISSION, Sequence, Note);
    ei!(
        FAST_RETRANSMISSION,
        t::ANALYSIS_FAST_RETRANSMISSION,
        Sequence,
        Note
    );
    ei!(
        SPURIOUS_RETRANSMISSION,
        t::ANALYSIS_SPURIOUS_RETRANSMISSION,
        Sequence,
        Note
    );
    ei!(OUT_OF_ORDER, t::ANALYSIS_OUT_OF_ORDER, Sequence, Warn);
    ei!(REUSED_PORTS, t::ANALYSIS_REUSED_PORTS, Sequence, Note);
    ei!(LOST_SEGMENT, t::ANALYSIS_LOST_SEGMENT, Sequence, Warn);
    ei!(
        ACK_LOST_SEGMENT,
        t::ANALYSIS_ACK_LOST_SEGMENT,
        Sequence,
        Warn
    );
    ei!(WINDOW_UPDATE, t::ANALYSIS_WINDOW_UPDATE, Sequence, Chat);
    ei!(WINDOW_FULL, t::ANALYSIS_WINDOW_FULL, Sequence, Warn);
    ei!(KEEP_ALIVE, t::ANALYSIS_KEEP_ALIVE, Sequence, Note);
    ei!(KEEP_ALIVE_ACK, t::ANALYSIS_KEEP_ALIVE_ACK, Sequence, Note);
    ei!(DUPLICATE_ACK, t::ANALYSIS_DUPLICATE_ACK, Sequence, Note);
    ei!(
        ZERO_WINDOW_PROBE,
        t::ANALYSIS_ZERO_WINDOW_PROBE,
        Sequence,
        Note
    );
    ei!(ZERO_WINDOW, t::ANALYSIS_ZERO_WINDOW, Sequence, Warn);
    ei!(
        ZERO_WINDOW_PROBE_ACK,
        t::ANALYSIS_ZERO_WINDOW_PROBE_ACK,
        Sequence,
        Note
    );
    ei!(CONNECTION_SYN, t::CONNECTION_SYN, Sequence, Chat);
    ei!(CONNECTION_SYNACK, t::CONNECTION_SYNACK, Sequence, Chat);
    ei!(CONNECTION_FIN, t::CONNECTION_FIN, Sequence, Chat);
    ei!(
        CONNECTION_FIN_ACTIVE,
        t::CONNECTION_FIN_ACTIVE,
        Sequence,
        Note
    );
    ei!(
        CONNECTION_FIN_PASSIVE,
        t::CONNECTION_FIN_PASSIVE,
        Sequence,
        Note
    );
    ei!(CONNECTION_RST, t::CONNECTION_RST, Sequence, Warn);
    ei!(SHORT_SEGMENT, t::SHORT_SEGMENT, Malformed, Warn);
    ei!(BOGUS_HEADER_LENGTH, t::BOGUS_HEADER_LENGTH, Protocol, Error);
    ei!(OPTION_LEN_INVALID, t::OPTION_LEN_INVALID, Sequence, Note);
    ei!(NOP, t::NOP, Protocol, Warn);
    ei!(
        NON_ZERO_BYTES_AFTER_EOL,
        t::NON_ZERO_BYTES_AFTER_EOL,
        Protocol,
        Error
    );
    ei!(ACK_NONZERO, t::ACK_NONZERO, Protocol, Note);
    ei!(
        URGENT_POINTER_NON_ZERO,
        t::URGENT_POINTER_NON_ZERO,
        Protocol,
        Note
    );
    ei!(MSS_ABSENT, t::OPTIONS_MSS_ABSENT, Protocol, Note);
    ei!(TFO_SYN, t::ANALYSIS_TFO_SYN, Sequence, Note);
    ei!(TFO_ACK, t::ANALYSIS_TFO_ACK, Sequence, Note);
    ei!(TFO_IGNORED, t::ANALYSIS_TFO_IGNORED, Sequence, Note);
    ei!(DSACK, t::OPTIONS_SACK_DSACK, Sequence, Warn);
    ei!(
        UDP_CHECKSUM_ZERO,
        crate::dissect::fields::udp::CHECKSUM_ZERO,
        Checksum,
        Error
    );
    ei!(
        UDP_LENGTH_BAD,
        crate::dissect::fields::udp::LENGTH_BAD,
        Malformed,
        Error
    );
    ei!(
        UDP_POSSIBLE_TRACEROUTE,
        crate::dissect::fields::udp::POSSIBLE_TRACEROUTE,
        Sequence,
        Chat
    );
}

/// The analysis flags in the order tshark prints them, with their field,
/// expert item and Info-column label.
static ANALYSIS_FLAGS: &[(u16, &FieldDef, &Expert, &str)] = {
    use crate::flow::tcp::flag as a;
    &[
        (
            a::REUSED_PORTS,
            f::tcp::ANALYSIS_REUSED_PORTS,
            &expert::REUSED_PORTS,
            "TCP Port numbers reused",
        ),
        (
            a::RETRANSMISSION,
            f::tcp::ANALYSIS_RETRANSMISSION,
            &expert::RETRANSMISSION,
            "TCP Retransmission",
        ),
        (
            a::FAST_RETRANSMISSION,
            f::tcp::ANALYSIS_FAST_RETRANSMISSION,
            &expert::FAST_RETRANSMISSION,
            "TCP Fast Retransmission",
        ),
        (
            a::SPURIOUS_RETRANSMISSION,
            f::tcp::ANALYSIS_SPURIOUS_RETRANSMISSION,
            &expert::SPURIOUS_RETRANSMISSION,
            "TCP Spurious Retransmission",
        ),
        (
            a::OUT_OF_ORDER,
            f::tcp::ANALYSIS_OUT_OF_ORDER,
            &expert::OUT_OF_ORDER,
            "TCP Out-Of-Order",
        ),
        (
            a::LOST_SEGMENT,
            f::tcp::ANALYSIS_LOST_SEGMENT,
            &expert::LOST_SEGMENT,
            "TCP Previous segment not captured",
        ),
        (
            a::ACK_LOST_SEGMENT,
            f::tcp::ANALYSIS_ACK_LOST_SEGMENT,
            &expert::ACK_LOST_SEGMENT,
            "TCP ACKed unseen segment",
        ),
        (
            a::WINDOW_UPDATE,
            f::tcp::ANALYSIS_WINDOW_UPDATE,
            &expert::WINDOW_UPDATE,
            "TCP Window Update",
        ),
        (
            a::WINDOW_FULL,
            f::tcp::ANALYSIS_WINDOW_FULL,
            &expert::WINDOW_FULL,
            "TCP Window Full",
        ),
        (
            a::KEEP_ALIVE,
            f::tcp::ANALYSIS_KEEP_ALIVE,
            &expert::KEEP_ALIVE,
            "TCP Keep-Alive",
        ),
        (
            a::KEEP_ALIVE_ACK,
            f::tcp::ANALYSIS_KEEP_ALIVE_ACK,
            &expert::KEEP_ALIVE_ACK,
            "TCP Keep-Alive ACK",
        ),
        (
            a::DUPLICATE_ACK,
            f::tcp::ANALYSIS_DUPLICATE_ACK,
            &expert::DUPLICATE_ACK,
            "TCP Dup ACK",
        ),
        (
            a::ZERO_WINDOW_PROBE,
            f::tcp::ANALYSIS_ZERO_WINDOW_PROBE,
            &expert::ZERO_WINDOW_PROBE,
            "TCP ZeroWindowProbe",
        ),
        (
            a::ZERO_WINDOW,
            f::tcp::ANALYSIS_ZERO_WINDOW,
            &expert::ZERO_WINDOW,
            "TCP ZeroWindow",
        ),
        (
            a::ZERO_WINDOW_PROBE_ACK,
            f::tcp::ANALYSIS_ZERO_WINDOW_PROBE_ACK,
            &expert::ZERO_WINDOW_PROBE_ACK,
            "TCP ZeroWindowProbeAck",
        ),
    ]
};

/// tshark's `tcp.flags.str`: one letter per flag bit, `·` where clear.
/// Every segment shows it: the strings of the nine defined bits are made
/// once, at compile time, and borrowed; only a segment with a reserved bit
/// set gets one of its own.
fn flags_str(flags: u16) -> std::borrow::Cow<'static, str> {
    match FLAGS_STR.get(usize::from(flags)) {
        Some(s) => std::borrow::Cow::Borrowed(s),
        None => std::borrow::Cow::Owned(flags_text(flags).iter().collect()),
    }
}

/// The letters of `tcp.flags.str`, high bit first (the three reserved
/// bits share tshark's `R`).
const FLAG_LETTERS: [(u16, char); 12] = [
    (0x800, 'R'),
    (0x400, 'R'),
    (0x200, 'R'),
    (0x100, 'A'),
    (0x080, 'C'),
    (0x040, 'E'),
    (0x020, 'U'),
    (0x010, 'A'),
    (0x008, 'P'),
    (0x004, 'R'),
    (0x002, 'S'),
    (0x001, 'F'),
];

/// `tcp.flags.str` of `flags` as characters.
const fn flags_text(flags: u16) -> [char; 12] {
    let mut out = ['·'; 12];
    let mut i = 0;
    while i < 12 {
        if flags & FLAG_LETTERS[i].0 != 0 {
            out[i] = FLAG_LETTERS[i].1;
        }
        i += 1;
    }
    out
}

/// Flag values without a reserved bit (the ones segments carry).
const COMMON_FLAGS: usize = 0x200;
/// `·` takes two bytes in UTF-8, a letter one.
const FLAGS_STR_MAX: usize = 24;

/// The UTF-8 bytes of each common value's string, and their length.
static FLAGS_BYTES: [([u8; FLAGS_STR_MAX], usize); COMMON_FLAGS] = {
    let mut table = [([0u8; FLAGS_STR_MAX], 0); COMMON_FLAGS];
    let mut v = 0;
    while v < COMMON_FLAGS {
        let chars = flags_text(v as u16);
        let (bytes, len) = &mut table[v];
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let at = *len;
            let w = c.encode_utf8(bytes.split_at_mut(at).1).len();
            *len = at + w;
            i += 1;
        }
        v += 1;
    }
    table
};

static FLAGS_STR: [&str; COMMON_FLAGS] = {
    let mut table = [""; COMMON_FLAGS];
    let mut v = 0;
    while v < COMMON_FLAGS {
        let (bytes, len) = &FLAGS_BYTES[v];
        table[v] = match std::str::from_utf8(bytes.split_at(*len).0) {
            Ok(s) => s,
            Err(_) => panic!("flag letters are UTF-8"),
        };
        v += 1;
    }
    table
};

/// The sequence analysis as tshark shows it: `tcp.analysis` and its
/// values, the flags with their expert items, and the Info labels (last
/// flag first, as tshark prepends them).
fn push_analysis(l: &mut Layer<'_>, a: &Analysis, detail: bool) {
    if detail {
        push_analysis_values(l, a);
    }
    if a.flags == 0 {
        return;
    }
    if detail {
        l.present(f::tcp::ANALYSIS_FLAGS);
    }
    // At most one label a flag; borrowed but for a duplicate ACK's.
    let mut labels: Vec<std::borrow::Cow<'static, str>> = Vec::new();
    for &(bit, field, ei, label) in ANALYSIS_FLAGS {
        if a.flags & bit == 0 {
            continue;
        }
        if bit == crate::flow::tcp::flag::DUPLICATE_ACK {
            l.present(field);
            if detail {
                l.uint(f::tcp::ANALYSIS_DUPLICATE_ACK_NUM, a.dupack_num);
                l.uint(f::tcp::ANALYSIS_DUPLICATE_ACK_FRAME, a.dupack_frame);
            }
            add_expert(l, ei, Some(format!("Duplicate ACK (#{})", a.dupack_num)));
            labels.push(format!("{label} {}#{}", a.dupack_frame, a.dupack_num).into());
            continue;
        }
        if detail
            && bit == crate::flow::tcp::flag::RETRANSMISSION
            && let Some((rto, frame)) = a.rto.filter(|(t, _)| *t != 0)
        {
            l.push(f::tcp::ANALYSIS_RTO, Value::rel_time(rto as i64));
            l.uint(f::tcp::ANALYSIS_RTO_FRAME, frame);
        }
        add_expert(l, ei, None);
        // A fast or spurious retransmission is a retransmission too.
        if bit
            & (crate::flow::tcp::flag::FAST_RETRANSMISSION
                | crate::flow::tcp::flag::SPURIOUS_RETRANSMISSION)
            != 0
        {
            add_expert(l, &expert::RETRANSMISSION, None);
        }
        labels.push(label.into());
    }
    for label in labels.into_iter().rev() {
        l.push(f::tcp::OSIDUMP_ANALYSIS, Value::Str(label));
    }
}

/// `tcp.analysis` and its values (acknowledged frame, round-trip times,
/// bytes in flight): fields only `-V`, JSON and the filters read.
fn push_analysis_values(l: &mut Layer<'_>, a: &Analysis) {
    l.present(f::tcp::ANALYSIS);
    if let Some(frame) = a.acks_frame {
        l.uint(f::tcp::ANALYSIS_ACKS_FRAME, frame);
        if a.ack_rtt_ns != 0 {
            l.push(
                f::tcp::ANALYSIS_ACK_RTT,
                Value::rel_time(a.ack_rtt_ns as i64),
            );
        }
    }
    if a.initial_rtt_ns != 0 {
        l.push(
            f::tcp::ANALYSIS_INITIAL_RTT,
            Value::rel_time(a.initial_rtt_ns as i64),
        );
    }
    if a.bytes_in_flight != 0 {
        l.uint(f::tcp::ANALYSIS_BYTES_IN_FLIGHT, a.bytes_in_flight);
        l.uint(f::tcp::ANALYSIS_PUSH_BYTES_SENT, a.push_bytes_sent);
    }
}

/// The Ethernet frames the application messages from `from` on carry
/// (an OpenFlow PACKET_IN or PACKET_OUT hands its frame to tshark's
/// Ethernet dissector): each dissected after its message, its layers
/// spanning the message's.
fn carried_frames(walk: &mut Walk<'_>, from: usize, d: &mut Dissector, ctx: FrameCtx) {
    let tail: Vec<Layer<'_>> = walk.layers.drain(from..).collect();
    for mut l in tail {
        let frame = l
            .fields
            .iter()
            .position(|x| std::ptr::eq(x.def, f::openflow::OSIDUMP_FRAME))
            .map(|i| l.fields.remove(i).value);
        let span = l.span.clone();
        walk.layers.push(l);
        let Some(Value::Bytes(bytes)) = frame else {
            continue;
        };
        let first = walk.layers.len();
        d.walk_owned(walk, &bytes, Next::Ethernet, ctx, span);
        // tshark shows no padding or trailer after the frame an OpenFlow
        // message carries (tests_of13_ericsson frames 65 and 68: 10 zero
        // bytes after a UDP datagram, not shown).
        for l in &mut walk.layers[first..] {
            if l.protocol == "eth" {
                l.fields.retain(|x| {
                    !std::ptr::eq(x.def, f::eth::PADDING) && !std::ptr::eq(x.def, f::eth::TRAILER)
                });
            }
        }
    }
}

pub(super) fn tcp(walk: &mut Walk<'_>, addrs: Addrs, d: &mut Dissector, ctx: FrameCtx) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Transport, "tcp", start..start + b.len().min(20));
    if b.len() >= 4 {
        l.uint(f::tcp::SRCPORT, be16(b, 0));
        l.uint(f::tcp::DSTPORT, be16(b, 2));
    }
    if b.is_empty() && walk.reported_end <= start && !addrs.v6 {
        // Nothing on the wire after an IPv4 header: tshark calls no TCP.
        // IPv6 calls its next header's dissector whatever is left (a
        // payload length of 0, as TSO leaves it, and no bytes: TCP throws).
        return Next::Done;
    }
    // A segment an ICMP error quotes with its whole fixed header is read
    // as Wireshark reads it in an error packet: its conversation found (or
    // made), its header and options shown, numbers as sent, no analysis of
    // its own and nothing of its payload (see `TcpTracker::track`).
    let quoted = walk.nested;
    // packet-tcp.c shows a segment an ICMP (v4) error quotes right after
    // its IP header with its sequence number as sent, read before the
    // rest, and no raw number beside it (`icmp_ip`); ICMPv6's quote gets
    // both.
    let icmp_ip = quoted && {
        let n = walk.layers.len();
        n >= 2 && walk.layers[n - 1].protocol == "ip" && walk.layers[n - 2].protocol == "icmp"
    };
    if quoted && b.len() < 20 {
        // Only the start of the segment (an error quotes 8 bytes at the
        // least): tshark's read of the header stops there, before any
        // conversation is looked up.
        if b.len() >= 8 {
            l.uint(f::tcp::SEQ, be32(b, 4));
        }
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    if b.len() < 16 {
        // tshark reads the sequence numbers, flags and window first: cut
        // before those, only the ports show.
        walk.short(&mut l, "TCP header", 20, b.len());
        walk.off += b.len();
        walk.layers.push(l);
        return Next::Done;
    }
    // Decode the fixed header as far as it was captured (all of it but the
    // checksum and urgent pointer from 16 bytes on), then the options as
    // far as the capture holds them.
    let hdr_len = usize::from(b[12] >> 4) * 4;
    let (sport, dport) = (be16(b, 0), be16(b, 2));
    let (seq, ack) = (be32(b, 4), be32(b, 8));
    let flags = be16(b, 12) & 0x0fff;
    let window = be16(b, 14);
    if hdr_len < 20 {
        // tshark reads the conversation, its sequence analysis (the length
        // counts from the bogus header's end) and its Info (flags, numbers,
        // window) before it checks the header length: the segment takes a
        // stream number and moves the stream on, and its tree stops at the
        // header length.
        let reported = walk.reported_end.saturating_sub(start);
        let payload_len =
            (reported >= hdr_len && !walk.fragmented).then(|| (reported - hdr_len) as u32);
        let (key, dir) = conv(addrs, sport, dport);
        let info = d.tcp.track(
            &Segment {
                payload_len,
                window,
                frame: ctx.number,
                ts_ns: ctx.ts_ns,
                quoted,
                bogus_header: true,
                ..Segment::simple(key, dir, seq, ack, flags, 0)
            },
            &mut d.budget,
        );
        l.uint(f::tcp::STREAM, info.stream);
        if d.detail() {
            l.uint(f::tcp::COMPLETENESS, info.completeness);
        }
        if let Some(len) = payload_len.filter(|_| !quoted) {
            l.uint(f::tcp::LEN, len);
        }
        l.uint(f::tcp::SEQ, info.rel_seq);
        if !icmp_ip {
            l.uint(f::tcp::SEQ_RAW, seq);
        }
        l.uint(f::tcp::HDR_LEN, hdr_len as u64);
        let mut header = String::from(" ");
        crate::dissect::summary::tcp_flags(
            &mut header,
            u64::from(flags),
            info.ace.then_some(u64::from((flags >> 6) & 7)),
        );
        let ack_shown = (flags & 0x010 != 0).then_some(info.rel_ack);
        let win = u64::from(window) * u64::from(info.window_multiplier.unwrap_or(1));
        header.push_str(&format!(" Seq={}", info.rel_seq));
        if let Some(a) = ack_shown {
            header.push_str(&format!(" Ack={a}"));
        }
        header.push_str(&format!(" Win={win}"));
        l.str(f::tcp::OSIDUMP_HEADER_INFO, header);
        add_expert(
            &mut l,
            &expert::BOGUS_HEADER_LENGTH,
            Some(format!(
                "Bogus TCP header length ({hdr_len}, must be at least 20)"
            )),
        );
        l.malformed(format!(
            "header length {hdr_len} is below the minimum of 20"
        ));
        walk.layers.push(l);
        return Next::Done;
    }
    let captured_hdr = hdr_len.min(b.len());
    l.span = start..start + captured_hdr;
    let fixed_whole = b.len() >= 20;
    let opts = if fixed_whole {
        TcpOptions::parse(&b[20..captured_hdr], hdr_len - 20)
    } else {
        TcpOptions {
            cut: true,
            ..TcpOptions::default()
        }
    };
    // Length on the wire, even where the capture cut the payload short;
    // unknown when the IP length ends inside the TCP header.
    let reported = walk.reported_end.saturating_sub(start);
    let payload_len =
        (reported >= hdr_len && !walk.fragmented).then(|| (reported - hdr_len) as u32);

    let (key, dir) = conv(addrs, sport, dport);
    // The MPTCP connection the segment's stream belongs to, as the TCP
    // analysis (which runs before the options) finds it; a SYN may start
    // a new stream on these ports. Asked with the stream the tracker's
    // own lookup found (none for a new conversation).
    let mp_ops = |stream: Option<u64>| {
        if flags & 0x012 == 0x002 || d.mptcp.is_empty() {
            None
        } else {
            stream.and_then(|st| d.mptcp.operations(st as u32))
        }
    };
    let mut sacks = [(0u32, 0u32); 3];
    for (slot, s) in sacks.iter_mut().zip(opts.sack()) {
        *slot = *s;
    }
    let info = d.tcp.track_with(
        &Segment {
            key,
            dir,
            seq,
            ack,
            flags,
            payload_len,
            window,
            frame: ctx.number,
            ts_ns: ctx.ts_ns,
            wscale: opts.wscale,
            sacks,
            n_sacks: opts.n_sack,
            options_complete: !opts.throws(),
            mp_ops: None,
            acc_ecn_option: opts.acc_ecn,
            quoted,
            bogus_header: false,
            tfo_syn_data: flags & 0x012 == 0x002
                && opts.tfo_cookie
                && payload_len.is_some_and(|n| n > 0)
                && !quoted,
            // Only a first SYN asks (the table is empty without FTP).
            announced: flags & 0x012 == 0x002
                && d.apps.announced(&crate::dissect::app::Endpoints {
                    v6: addrs.v6,
                    src: (addrs.src, sport),
                    dst: (addrs.dst, dport),
                }),
        },
        &mut d.budget,
        mp_ops,
    );

    // Every field (`-V`, JSON, a filter naming one), or only those the
    // summaries and views read (see DETAIL).
    let detail = d.detail();
    l.uint(f::tcp::STREAM, info.stream);
    if detail {
        l.uint(f::tcp::COMPLETENESS, info.completeness);
    }
    let syn_fin = u32::from(flags & 0x003 != 0);
    // tshark shows no length of a quoted segment.
    let payload_len = payload_len.filter(|_| !quoted);
    if let Some(len) = payload_len {
        l.uint(f::tcp::LEN, len);
    }
    l.uint(f::tcp::SEQ, info.rel_seq);
    if detail {
        if !icmp_ip {
            l.uint(f::tcp::SEQ_RAW, seq);
        }
        if let Some(len) = payload_len {
            l.uint(
                f::tcp::NXTSEQ,
                info.rel_seq.wrapping_add(len).wrapping_add(syn_fin),
            );
        }
    }
    // Relative only with the ACK flag; tshark shows the raw number else.
    l.uint(
        f::tcp::ACK,
        if flags & 0x010 != 0 {
            info.rel_ack
        } else {
            ack
        },
    );
    if detail {
        l.uint(f::tcp::ACK_RAW, ack);
    }
    if flags & 0x010 == 0 && ack != 0 {
        add_expert(&mut l, &expert::ACK_NONZERO, None);
    }
    // A SYN-ACK acknowledging more than the SYN: the SYN's data (TCP Fast
    // Open) was accepted; one acknowledging the SYN alone after a SYN with
    // data and a Fast Open cookie ignored it.
    if flags & 0x012 == 0x012 && !quoted {
        if info.rel_ack > 1 {
            add_expert(&mut l, &expert::TFO_ACK, None);
        } else if info.tfo_syn_data {
            add_expert(&mut l, &expert::TFO_IGNORED, None);
        }
    }
    if detail {
        l.uint(f::tcp::HDR_LEN, hdr_len as u64);
    }
    l.uint(f::tcp::FLAGS, flags);
    if detail {
        l.boolean(f::tcp::FLAGS_RES, flags & 0xe00 != 0);
    }
    if info.ace {
        // Accurate ECN's counter in the AE, CWR and ECE bits (the Info
        // column reads it).
        l.uint(f::tcp::FLAGS_ACE, (flags >> 6) & 7);
    } else if detail {
        l.boolean(f::tcp::FLAGS_AE, flags & 0x100 != 0);
        l.boolean(f::tcp::FLAGS_CWR, flags & 0x080 != 0);
        l.boolean(f::tcp::FLAGS_ECE, flags & 0x040 != 0);
    }
    if detail {
        l.boolean(f::tcp::FLAGS_URG, flags & 0x020 != 0);
    }
    l.boolean(f::tcp::FLAGS_ACK, flags & 0x010 != 0);
    if detail {
        l.boolean(f::tcp::FLAGS_PUSH, flags & 0x008 != 0);
        l.boolean(f::tcp::FLAGS_RESET, flags & 0x004 != 0);
    }
    l.boolean(f::tcp::FLAGS_SYN, flags & 0x002 != 0);
    if detail {
        l.boolean(f::tcp::FLAGS_FIN, flags & 0x001 != 0);
        if info.ace {
            // The counter's digit between dashes where the three letters were.
            let mut text = flags_text(flags);
            text[3] = '-';
            text[4] = char::from(b'0' + ((flags >> 6) & 7) as u8);
            text[5] = '-';
            l.str(f::tcp::FLAGS_STR, text.iter().collect::<String>());
        } else {
            l.str(f::tcp::FLAGS_STR, flags_str(flags));
        }
        l.uint(f::tcp::WINDOW_SIZE_VALUE, window);
    }
    let syn = flags & 0x002 != 0;
    match info.window_multiplier {
        Some(m) => {
            // A segment an ICMP error quotes: tshark 4.0 shows its window
            // unscaled, the conversation's factor beside it.
            let scale = if quoted { 1 } else { u64::from(m) };
            l.uint(f::tcp::WINDOW_SIZE, u64::from(window) * scale);
            if !syn && detail {
                let factor = if info.no_window_scaling {
                    -2
                } else {
                    i64::from(m)
                };
                l.push(f::tcp::WINDOW_SIZE_SCALEFACTOR, Value::Int(factor));
            }
        }
        None => {
            l.uint(f::tcp::WINDOW_SIZE, window);
            if detail {
                l.push(f::tcp::WINDOW_SIZE_SCALEFACTOR, Value::Int(-1));
            }
        }
    }
    // packet-tcp.c measures the segment before it reads the flags' experts.
    if payload_len.is_none() && !walk.fragmented && !quoted {
        add_expert(
            &mut l,
            &expert::SHORT_SEGMENT,
            Some(
                "Short segment. Segment/fragment does not contain a full TCP header \
                 (might be NMAP or someone else deliberately sending unusual packets)"
                    .into(),
            ),
        );
    }
    if syn {
        let (ei, which, port) = if flags & 0x010 != 0 {
            (&expert::CONNECTION_SYNACK, "acknowledge (SYN+ACK)", sport)
        } else {
            (&expert::CONNECTION_SYN, "request (SYN)", dport)
        };
        add_expert(
            &mut l,
            ei,
            Some(format!("Connection establish {which}: server port {port}")),
        );
    }
    if flags & 0x001 != 0 {
        add_expert(&mut l, &expert::CONNECTION_FIN, None);
        let ei = if info.fin_active {
            &expert::CONNECTION_FIN_ACTIVE
        } else {
            &expert::CONNECTION_FIN_PASSIVE
        };
        add_expert(&mut l, ei, None);
    }
    if flags & 0x004 != 0 {
        add_expert(&mut l, &expert::CONNECTION_RST, None);
    }
    if b.len() >= 18 && detail {
        l.uint(f::tcp::CHECKSUM, be16(b, 16));
        // tshark does not verify TCP checksums by default.
        l.uint(f::tcp::CHECKSUM_STATUS, checksum::UNVERIFIED);
    }
    if !fixed_whole {
        // tshark reads on to the urgent pointer, past the bytes there, and
        // throws: no timestamps, options or analysis shown (its state
        // still moved on). An ICMP error's quote is short by design.
        if walk.nested {
            l.truncated(format!("TCP header: need 20 bytes, have {}", b.len()));
        } else {
            walk.short(&mut l, "TCP header", 20, b.len());
        }
        walk.off += b.len();
        walk.layers.push(l);
        push_session(walk, &info);
        return Next::Done;
    }
    l.uint(f::tcp::URGENT_POINTER, be16(b, 18));
    if flags & 0x020 == 0 && be16(b, 18) != 0 {
        add_expert(&mut l, &expert::URGENT_POINTER_NON_ZERO, None);
    }
    // RFC 2883 D-SACK: the first block lies below the ACK, or inside the
    // second block (tshark's test, on relative numbers).
    let dsack = opts.sack().first().is_some_and(|&(_, re0)| {
        let rel = |v: u32| v.wrapping_sub(info.ack_base);
        let le_seq = |a: u32, b: u32| (a.wrapping_sub(b) as i32) <= 0;
        let ack_shown = if flags & 0x010 != 0 {
            info.rel_ack
        } else {
            ack
        };
        let inside_second = opts.sack().get(1).is_some_and(|&(le1, re1)| {
            (rel(le1).wrapping_sub(rel(re0)) as i32) < 0 && le_seq(rel(re0), rel(re1))
        });
        le_seq(rel(re0), ack_shown) || inside_second
    });
    let items = d.option_items();
    let mptcp_threw = opts.push_fields(
        &mut l,
        &b[20..captured_hdr],
        hdr_len - 20,
        info.ack_base,
        dsack,
        items,
        &mut d.mptcp,
        mptcp::Seg {
            stream: info.stream as u32,
            dir,
        },
    );
    if opts.tfo_cookie && flags & 0x012 == 0x002 {
        add_expert(&mut l, &expert::TFO_SYN, None);
    }
    if detail {
        l.push(
            f::tcp::TIME_RELATIVE,
            Value::rel_time(info.time_relative_ns),
        );
        l.push(f::tcp::TIME_DELTA, Value::rel_time(info.time_delta_ns));
    }
    for note in &opts.notes {
        add_expert(&mut l, &expert::OPTION_LEN_INVALID, Some(note.clone()));
    }
    if let Some(reason) = &opts.malformed {
        add_expert(&mut l, &expert::OPTION_LEN_INVALID, Some(reason.clone()));
    }
    if opts.non_zero_after_eol {
        add_expert(
            &mut l,
            &expert::NON_ZERO_BYTES_AFTER_EOL,
            Some("Non-zero header padding".to_string()),
        );
    }
    // tshark's check after a SYN's options were walked to their end.
    if syn
        && hdr_len > 20
        && !opts.throws()
        && opts.malformed.is_none()
        && !opts.non_zero_after_eol
        && !opts.mss_seen
        && !mptcp_threw
    {
        add_expert(&mut l, &expert::MSS_ABSENT, None);
    }
    if opts.throws() && reported < hdr_len {
        // The options run past the IP payload: tshark's exception makes
        // the packet malformed.
        l.throw(AnomalyKind::Malformed, "tcp");
        l.anomalies.push(Anomaly {
            kind: AnomalyKind::Malformed,
            reason: format!(
                "TCP options: header says {hdr_len} bytes, the IP payload holds {reported}"
            ),
        });
    } else if opts.throws() {
        // tshark reads the options past the captured bytes, and throws
        // (not in a header an ICMP error quotes, cut short on purpose).
        if !walk.nested {
            l.throw(AnomalyKind::Truncated, "tcp");
        }
        l.truncated(format!(
            "TCP options: header says {hdr_len} bytes, {} captured",
            b.len()
        ));
    }
    if mptcp_threw && !opts.throws() {
        // tshark's exception in the MPTCP option ends the segment's
        // dissection: no analysis, no payload.
        walk.off = walk.end.max(walk.off);
        walk.layers.push(l);
        if !quoted {
            push_session(walk, &info);
        }
        return Next::Done;
    }
    if let Some(a) = &info.analysis {
        push_analysis(&mut l, a, detail);
    }
    if quoted {
        // What the quoted segment carried goes to no decoder here.
        walk.off = walk.end.max(walk.off);
        walk.layers.push(l);
        return Next::Done;
    }
    // tshark's MPTCP analysis, on segments that carry an MPTCP option.
    if !opts.throws() && opts.kinds().contains(&30) {
        d.mptcp.push_analysis(&mut l, info.stream as u32);
    }
    walk.off += hdr_len;
    // tshark's `tcp.payload`: the captured part of a segment's data. The
    // data of a reset is its cause, as text (RFC 9293 3.5.3).
    let payload = walk.rest();
    if detail && payload_len.is_some_and(|n| n > 0) && !payload.is_empty() {
        if flags & 0x004 != 0 {
            l.str(f::tcp::RESET_CAUSE, ascii(payload));
        } else {
            l.push(f::tcp::PAYLOAD, Value::Bytes(payload.into()));
        }
    }

    let mut session = Layer::new(Osi::Session, "session", walk.off..walk.off);
    session.uint(f::session::STREAM, info.stream);
    session.str(f::session::PHASE, info.phase.as_str());
    session.str(f::session::CALL, info.phase.call_step());
    // The TCP and session layers go first: the messages the segment
    // completes are appended after them; what the segment did is written
    // into them afterwards.
    let tcp_at = walk.layers.len();
    walk.layers.push(l);
    walk.layers.push(session);

    // The payload goes through the conversation's reassembly and decoder.
    let payload_at = walk.off..walk.end.max(walk.off);
    // tshark's sequence-analysis flags decide what its TCP hands on: a
    // (spurious) retransmission goes to no dissector.
    use crate::flow::tcp::flag;
    let analysis = info.analysis.as_ref().map_or(0, |a| a.flags);
    let resent = analysis & (flag::SPURIOUS_RETRANSMISSION | flag::RETRANSMISSION) != 0;
    let mut report = d.apps.segment(
        &SegmentIn {
            stream: info.stream,
            from_client: info.from_client,
            first_data_seq: info.first_data_seq,
            seq,
            flags,
            sport,
            dport,
            urgent: be16(b, 18),
            v6: addrs.v6,
            src: addrs.src,
            dst: addrs.dst,
            payload: walk.rest(),
            payload_at: payload_at.clone(),
            wire_len: payload_len.unwrap_or(0),
            frame: ctx.number,
            ts_ns: ctx.ts_ns,
            withheld: resent,
            added_to_message: analysis & (flag::KEEP_ALIVE | flag::OUT_OF_ORDER) != 0
                && analysis & (flag::RETRANSMISSION | flag::FAST_RETRANSMISSION) == 0,
            out_of_order: analysis & flag::OUT_OF_ORDER != 0
                && analysis & (flag::KEEP_ALIVE | flag::FAST_RETRANSMISSION) == 0
                && !resent,
            fast_retransmission: analysis & flag::FAST_RETRANSMISSION != 0 && !resent,
        },
        &mut d.budget,
        &mut walk.layers,
    );
    for _ in 0..report.opened_conversations {
        d.tcp.skip_index();
    }
    if walk.layers[tcp_at + 2..]
        .iter()
        .any(|l| crate::dissect::app::openflow::is_message(l) && l.has(f::openflow::OSIDUMP_FRAME))
    {
        carried_frames(walk, tcp_at + 2, d, ctx);
    }
    let rest = walk.rest();
    let lists = &mut d.apps.lists;
    let [l, session] = &mut walk.layers[tcp_at..tcp_at + 2] else {
        unreachable!("the TCP and session layers were pushed above");
    };
    if report.conflict {
        l.malformed("retransmitted bytes differ from the bytes first sent");
    }
    if report.missing > 0 {
        l.anomalies.push(Anomaly {
            kind: AnomalyKind::Missing,
            reason: format!("{} bytes missing", report.missing),
        });
    }
    if detail {
        // What of the payload tshark's TCP shows as segment data: a
        // retransmission whole (its TCP reads none of it), else the parts
        // that belong to multi-segment PDUs.
        if analysis & flag::RETRANSMISSION != 0 && analysis & flag::SPURIOUS_RETRANSMISSION == 0 {
            // Not of a segment the snap length cut: tshark desegments only
            // whole ones.
            if !rest.is_empty() && rest.len() as u64 >= u64::from(payload_len.unwrap_or(0)) {
                l.push(f::tcp::SEGMENT_DATA, Value::Bytes(rest.into()));
            }
        } else {
            // In tshark's order: the end of a PDU cut by a gap is shown
            // before the PDUs that follow it are read; the others after
            // the PDUs read from the segment (each `tcp.pdu.size` is added
            // as its PDU is dissected).
            let cut_first = usize::from(
                report.began_in_cut && lists.segment_data.first().is_some_and(|r| r.start == 0),
            );
            let (cut, others) = lists.segment_data.split_at(cut_first);
            for r in cut {
                if let Some(b) = rest.get(r.clone()) {
                    l.push(f::tcp::SEGMENT_DATA, Value::Bytes(b.into()));
                }
            }
            for size in &lists.pdu_sizes {
                l.uint(f::tcp::PDU_SIZE, *size);
            }
            for r in others {
                if let Some(b) = rest.get(r.clone()) {
                    l.push(f::tcp::SEGMENT_DATA, Value::Bytes(b.into()));
                }
            }
        }
    }
    for (frames, len, data) in lists.reassembled() {
        if detail {
            // The "[N Reassembled TCP Segments]" item the list hangs from.
            l.present(f::tcp::SEGMENTS);
            for f in frames {
                l.uint(f::tcp::SEGMENT, *f);
            }
        }
        l.uint(f::tcp::SEGMENT_COUNT, frames.len() as u64);
        if detail {
            l.uint(f::tcp::REASSEMBLED_LENGTH, len);
            if let Some(data) = data {
                l.push(
                    f::tcp::REASSEMBLED_DATA,
                    Value::Bytes(std::borrow::Cow::Owned(data.to_vec())),
                );
            }
        }
    }
    for (stream, held) in &lists.evicted {
        session.anomalies.push(Anomaly {
            kind: AnomalyKind::Evicted,
            reason: format!(
                "reassembly of TCP stream {stream} dropped ({held} bytes held) to stay within memory caps"
            ),
        });
    }
    for (name, step) in lists.session_steps.drain(..) {
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

    if report.layers == 0 {
        if rest.is_empty() {
            return Next::Done;
        }
        if flags & 0x004 != 0 {
            // A reset's bytes are its cause, shown above (`tcp.reset_cause`).
            walk.off = walk.end;
            return Next::Done;
        }
        if report.overlaps_reassembled {
            // A keep-alive, out-of-order segment or fast retransmission
            // inside a message already reassembled from several segments:
            // tshark's TCP adds it to that message's fragments, and its
            // reassembly, complete, throws. Nothing reads the bytes.
            l.throw_reassembly("tcp", "New fragment overlaps old data (retransmission?)");
            walk.off = walk.end;
            return Next::Done;
        }
        if report.partial {
            // SOCKS puts its item up on every segment it carries, before
            // what TCP makes of the rest.
            let every_carrier = report
                .carrier
                .take_if(|_| !resent && report.carrier_every)
                .map(|mut c| {
                    c.span = payload_at.clone();
                    c
                });
            // Part of a message a decoder is reassembling: tshark shows no
            // data layer, only this note (not on a retransmission, which
            // it does not add to the message).
            if analysis & flag::RETRANSMISSION == 0 && !report.resent_message_start {
                l.str(
                    f::tcp::OSIDUMP_REASSEMBLY,
                    reassembly_note(report.began_in_cut),
                );
            }
            walk.off = walk.end;
            let message_start = report.message_start.take().filter(|_| !resent);
            let line_written = message_start.is_some();
            if let Some(start) = message_start {
                // HTTP wrote the message's first line in the Info column
                // before asking for the rest; last of TCP's fields, where
                // the line view looks.
                l.str(f::tcp::OSIDUMP_MESSAGE_START, start);
            }
            walk.layers.extend(every_carrier);
            if line_written {
                // HTTP's line is all the segment shows.
            } else if !resent
                && report.starts_partial
                && let Some(p @ ("tls" | "ssh")) = report.protocol
            {
                // The segment where a record (a packet) begins: Wireshark's
                // TLS (SSH) has put its (empty) tree item up before asking
                // TCP for the rest, so the frame lists it and `-Y tls`
                // (`-Y ssh`) finds it; after the item of what carries it
                // (HTTP's proxy item in a CONNECT tunnel).
                if let Some(mut carrier) = report.carrier.take() {
                    carrier.span = payload_at.clone();
                    walk.layers.push(carrier);
                }
                walk.layers
                    .push(Layer::new(Osi::Presentation, p, payload_at));
            } else if !resent && let Some(mut item) = report.partial_item.take() {
                item.span = payload_at;
                walk.layers.push(item);
            }
            return Next::Done;
        }
        if report.silent {
            walk.off = walk.end;
            return Next::Done;
        }
        // Bytes no decoder read go to the layer of the protocol that
        // would read them (L7 when none is known).
        let osi = report
            .protocol
            .and_then(crate::dissect::spec::of_layer)
            .map_or(Osi::Application, |p| p.osi);
        let mut data = crate::dissect::data::layer_of(osi, rest, payload_at);
        if let Some(p) = report.protocol {
            data.str(f::data::OSIDUMP_PROTOCOL, p);
        }
        walk.off = walk.end;
        walk.layers.push(data);
        return Next::Done;
    }
    if report.began_in_cut {
        // The segment's first bytes end a message whose middle was lost:
        // TCP marked the segment a piece of it (Protocol column `TCP`,
        // its note in the Info) before handing the decoder what follows,
        // whose messages append to the Info after ", ".
        l.str(f::tcp::OSIDUMP_REASSEMBLY, "segment of a reassembled PDU");
    }
    walk.off = walk.end;
    Next::Done
}

/// What `tcp.osidump.reassembly` says of a segment that is part of a
/// message being reassembled: [`crate::dissect::stream::CUT_THEN_PARTIAL`] when it began with the
/// end of a message whose middle was lost (tshark's TCP then wrote its own
/// Info for that piece before handing the rest on, and the rest begins a
/// message).
fn reassembly_note(began_in_cut: bool) -> &'static str {
    if began_in_cut {
        crate::dissect::stream::CUT_THEN_PARTIAL
    } else {
        "segment of a reassembled PDU"
    }
}

/// The session layer of a segment whose dissection stopped early (a cut
/// header, an exception in an option): the conversation it belongs to.
fn push_session(walk: &mut Walk<'_>, info: &crate::flow::tcp::SegmentInfo) {
    let mut session = Layer::new(Osi::Session, "session", walk.off..walk.off);
    session.uint(f::session::STREAM, info.stream);
    session.str(f::session::PHASE, info.phase.as_str());
    session.str(f::session::CALL, info.phase.call_step());
    walk.layers.push(session);
}

/// TCP options, walked by hand as (kind, length) pairs: etherparse's
/// iterator stops at the first kind it does not know (TCP-AO, MPTCP, TFO...),
/// which would hide every option after it. `o` holds the captured option
/// bytes of a header that declares `declared` of them: each field whose
/// bytes were captured is decoded, and `cut` says the capture stopped
/// inside the options (tshark then stops there).
struct TcpOptions {
    /// Each option's kind, in order (`n_kinds` of them): every segment
    /// has a few, so they are kept inline rather than in a `Vec`. The 40
    /// option bytes hold at most 40.
    kinds: [u8; MAX_OPTION_BYTES],
    /// Where each of those options lies in the captured option bytes
    /// (start, end), for its item.
    spans: [(u8, u8); MAX_OPTION_BYTES],
    n_kinds: usize,
    mss: Option<u16>,
    wscale: Option<u8>,
    sack_perm: bool,
    /// SACK edges read whole (`n_sack` of them: 4 fit in 40 bytes), then
    /// a lone left edge the capture cut off.
    sack: [(u32, u32); MAX_SACK_BLOCKS],
    n_sack: usize,
    sack_le_only: Option<u32>,
    tsval: Option<u32>,
    tsecr: Option<u32>,
    /// tshark's notes on options of the wrong length (the walk goes on).
    notes: Vec<String>,
    /// Why the walk stopped early, in tshark's words.
    malformed: Option<String>,
    mss_seen: bool,
    /// Bytes after the EOL that are not zero (tshark stops its walk there).
    non_zero_after_eol: bool,
    /// A TCP Fast Open option carrying a cookie.
    tfo_cookie: bool,
    /// The last TCP Fast Open option read whole (its own kind or an
    /// experimental one with Fast Open's identifier).
    tfo: Option<Tfo>,
    /// An MPTCP option read past its length: tshark's exception stops the
    /// walk there, and the segment's dissection.
    mptcp_malformed: bool,
    /// The capture ends inside the last option, an MPTCP one, in bytes
    /// tshark does not read (DSS's unshown checksum): no exception.
    mptcp_tail_unread: bool,
    /// The options (by index in `kinds`) before which tshark notes "4 NOP
    /// in a row": it counts NOPs across the other options, and an NOP on
    /// a 4-byte boundary after a count starts it again (from nothing).
    nop4: u64,
    cut: bool,
    /// An Accurate ECN option of a length tshark accepts.
    acc_ecn: bool,
}

impl Default for TcpOptions {
    fn default() -> Self {
        TcpOptions {
            kinds: [0; MAX_OPTION_BYTES],
            spans: [(0, 0); MAX_OPTION_BYTES],
            n_kinds: 0,
            mss: None,
            wscale: None,
            sack_perm: false,
            sack: [(0, 0); MAX_SACK_BLOCKS],
            n_sack: 0,
            sack_le_only: None,
            tsval: None,
            tsecr: None,
            notes: Vec::new(),
            malformed: None,
            mss_seen: false,
            non_zero_after_eol: false,
            tfo_cookie: false,
            tfo: None,
            mptcp_malformed: false,
            mptcp_tail_unread: false,
            nop4: 0,
            cut: false,
            acc_ecn: false,
        }
    }
}

/// Option bytes a TCP header can hold (60 minus the fixed 20).
const MAX_OPTION_BYTES: usize = 40;

/// A TCP Fast Open option (RFC 7413): a cookie request (no cookie), or a
/// cookie, by its offsets in the option bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tfo {
    Request,
    Cookie(u8, u8),
}

impl Tfo {
    /// The option of `len` bytes at `i` in `o`, whose cookie (if any)
    /// starts `at` bytes in: its own kind's at 2, an experimental one's
    /// after the identifier, at 4. None unless captured whole.
    fn read(o: &[u8], i: usize, len: usize, at: usize) -> Option<Tfo> {
        if i + len > o.len() {
            return None;
        }
        match len.checked_sub(at)? {
            0 => Some(Tfo::Request),
            _ => Some(Tfo::Cookie((i + at) as u8, (i + len) as u8)),
        }
    }

    /// Its field: the request, or the cookie's bytes.
    fn push<'a>(self, l: &mut Layer<'a>, o: &'a [u8]) {
        match self {
            Tfo::Request => l.push(f::tcp::OPTIONS_TFO_REQUEST, Value::None),
            Tfo::Cookie(a, b) => l.push(
                f::tcp::OPTIONS_TFO_COOKIE,
                Value::Bytes(o[usize::from(a)..usize::from(b)].into()),
            ),
        }
    }
}
/// Whole SACK blocks (8 bytes after the 2-byte kind and length) that fit.
const MAX_SACK_BLOCKS: usize = (MAX_OPTION_BYTES - 2) / 8;

/// The name tshark gives an option kind in its messages.
fn option_name(kind: u8) -> String {
    let name = match kind {
        2 => "Maximum segment size",
        3 => "Window scale",
        4 => "SACK permitted",
        5 => "SACK",
        6 => "Echo",
        7 => "Echo reply",
        8 => "Timestamps",
        11 => "CC",
        12 => "CC.NEW",
        13 => "CC.ECHO",
        19 => "TCP MD5 signature",
        20 => "SCPS capabilities",
        21 => "Selective Negative Acknowledgment",
        22 => "SCPS record boundary",
        23 => "SCPS corruption experienced",
        27 => "Quick-Start",
        28 => "User Timeout",
        29 => "TCP AO",
        30 => "Multipath TCP",
        34 => "TCP Fast Open",
        76 => "Riverbed Probe",
        78 => "Riverbed Transparency",
        172 | 174 => "Accurate ECN",
        253 | 254 => "Experimental",
        _ => return format!("Unknown (0x{kind:02x})"),
    };
    name.to_string()
}

impl TcpOptions {
    fn parse(o: &[u8], declared: usize) -> TcpOptions {
        let mut out = TcpOptions {
            cut: o.len() < declared,
            ..TcpOptions::default()
        };
        let mut i = 0;
        let mut nops = 0;
        while i < o.len() {
            let kind = o[i];
            if kind == 1 {
                // The option's offset in the TCP header is 20 + i.
                if nops == 0 || (20 + i) % 4 != 0 {
                    nops += 1;
                    if nops == 4 && out.n_kinds < 64 {
                        out.nop4 |= 1 << out.n_kinds;
                    }
                } else {
                    nops = 0;
                }
            }
            match kind {
                0 => {
                    // tshark takes each zero byte after an EOL for one more
                    // EOL; a non-zero byte there ends the walk as padding
                    // that should have been zero.
                    out.push_kind(0, i, i + 1);
                    i += 1;
                    while i < o.len() && o[i] == 0 {
                        out.push_kind(0, i, i + 1);
                        i += 1;
                    }
                    out.non_zero_after_eol = i < o.len();
                    break;
                }
                1 => {
                    out.push_kind(1, i, i + 1);
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let Some(&len) = o.get(i + 1) else {
                if !out.cut {
                    out.malformed = Some(format!(
                        "{} (length byte past end of options)",
                        option_name(kind)
                    ));
                }
                break;
            };
            let len = usize::from(len);
            if len < 2 {
                out.malformed = Some(format!(
                    "{} (with too-short option length = {len} byte{})",
                    option_name(kind),
                    if len == 1 { "" } else { "s" }
                ));
                break;
            }
            if i + len > declared {
                out.malformed = Some(format!(
                    "{} (option length = {len} byte{} says option goes past end of options)",
                    option_name(kind),
                    if len == 1 { "" } else { "s" }
                ));
                break;
            }
            // An option of a bad length is reported without its kind.
            out.push_kind(kind, i, (i + len).min(o.len()));
            if kind == 30 {
                match mptcp::parse(&o[i..(i + len).min(o.len())]).error {
                    Some(AnomalyKind::Malformed) => {
                        out.mptcp_malformed = true;
                        break;
                    }
                    None => out.mptcp_tail_unread = i + len > o.len() && i + len == declared,
                    Some(_) => {}
                }
            }
            out.mss_seen |= kind == 2;
            // Fast Open: its own kind, or the experimental kinds with the
            // Fast Open magic number.
            let exp_tfo =
                matches!(kind, 253 | 254) && o.get(i + 2..i + 4) == Some(&[0xf9, 0x89][..]);
            out.tfo_cookie |= (kind == 34 && len > 2) || (exp_tfo && len > 4);
            match kind {
                34 => out.tfo = Tfo::read(o, i, len, 2).or(out.tfo),
                _ if exp_tfo => out.tfo = Tfo::read(o, i, len, 4).or(out.tfo),
                _ => {}
            }
            // The option's captured bytes (all of them unless the capture
            // stops inside it).
            let body = &o[(i + 2).min(o.len())..(i + len).min(o.len())];
            let whole = i + len <= o.len();
            let want = len - 2;
            if matches!(kind, 253 | 254) && len < 4 {
                out.notes
                    .push(format!("option length {len} smaller than 4"));
            }
            match AccEcn::of(kind, len, body) {
                Some(Err(note)) => out.notes.push(note),
                Some(Ok(_)) => out.acc_ecn = true,
                None => {}
            }
            let bad_len = match (kind, want) {
                (2, 2) => {
                    out.mss = (body.len() >= 2).then(|| be16(body, 0));
                    false
                }
                (3, 1) => {
                    out.wscale = body.first().copied();
                    false
                }
                (4, 0) => {
                    out.sack_perm = true;
                    false
                }
                (5, n) if n % 8 == 0 => {
                    for c in body.chunks(8) {
                        if c.len() == 8 {
                            if let Some(slot) = out.sack.get_mut(out.n_sack) {
                                *slot = (be32(c, 0), be32(c, 4));
                                out.n_sack += 1;
                            }
                        } else if c.len() >= 4 {
                            out.sack_le_only = Some(be32(c, 0));
                        }
                    }
                    false
                }
                (8, 8) => {
                    out.tsval = (body.len() >= 4).then(|| be32(body, 0));
                    out.tsecr = (body.len() >= 8).then(|| be32(body, 4));
                    false
                }
                (2..=5 | 8, _) => true,
                _ => false,
            };
            if bad_len {
                let should = match kind {
                    2 => 4,
                    3 => 3,
                    4 => 2,
                    8 => 10,
                    _ => len,
                };
                if should != len {
                    out.notes.push(format!("option length should be {should}"));
                }
            }
            if !whole {
                break;
            }
            i += len;
        }
        out
    }

    /// Whether tshark's walk reads past the captured bytes (and throws):
    /// a cut inside the options, unless only in bytes it does not read.
    fn throws(&self) -> bool {
        self.cut && !self.mptcp_tail_unread
    }

    fn push_kind(&mut self, kind: u8, start: usize, end: usize) {
        if self.n_kinds < MAX_OPTION_BYTES {
            self.kinds[self.n_kinds] = kind;
            // Offsets within the 40 option bytes.
            self.spans[self.n_kinds] = (start as u8, end as u8);
            self.n_kinds += 1;
        }
    }

    /// `ack_base`: the peer's initial sequence number, SACK edges being
    /// shown relative to it.
    fn kinds(&self) -> &[u8] {
        &self.kinds[..self.n_kinds]
    }

    fn sack(&self) -> &[(u32, u32)] {
        &self.sack[..self.n_sack]
    }

    /// The options as tshark shows them: the whole option area
    /// (`tcp.options`, its captured bytes `o` of `declared`), then each option's item
    /// (its bytes), kind, length and values, in wire order. SACK edges are
    /// shown relative to `ack_base`, the peer's initial sequence number;
    /// `dsack` says the first SACK block is a D-SACK (RFC 2883). Without
    /// `items` the area, items and lengths are left out: a run that reads
    /// none of them (`-T line`) spares their cost on every segment (see
    /// [`crate::dissect::derived_fields_read`]).
    #[allow(clippy::too_many_arguments)]
    fn push_fields<'a>(
        &self,
        l: &mut Layer<'a>,
        o: &'a [u8],
        declared: usize,
        ack_base: u32,
        dsack: bool,
        items: bool,
        mp: &mut mptcp::Mptcp,
        seg: mptcp::Seg,
    ) -> bool {
        // tshark adds the area whenever the header declares options, with
        // the bytes captured (none: `<MISSING>` in -T fields).
        if declared == 0 {
            return false;
        }
        if !items {
            self.push_values(l, o, ack_base, dsack);
            for _ in 0..self.nop4.count_ones() {
                add_expert(l, &expert::NOP, None);
            }
            for (&kind, &(start, end)) in self.kinds().iter().zip(&self.spans) {
                if kind == 30 {
                    let bytes = &o[usize::from(start)..usize::from(end)];
                    if mp.push(l, &mptcp::parse(bytes), seg, false) {
                        return true;
                    }
                }
            }
            return false;
        }
        l.push(f::tcp::OPTIONS, Value::Bytes(o.into()));
        for (k, (&kind, &(start, end))) in self.kinds().iter().zip(&self.spans).enumerate() {
            let bytes = &o[usize::from(start)..usize::from(end)];
            if kind == 30 {
                // The MPTCP item holds the option's kind, length and
                // fields; an exception there ends the segment's dissection.
                if mp.push(l, &mptcp::parse(bytes), seg, true) {
                    return true;
                }
                continue;
            }
            if k < 64 && self.nop4 & (1u64 << k) != 0 {
                add_expert(l, &expert::NOP, None);
            }
            if let Some(item) = option_item(kind) {
                l.push(item, Value::Bytes(bytes.into()));
            }
            l.uint(f::tcp::OPTION_KIND, kind);
            if kind <= 1 {
                continue;
            }
            let Some(&len) = bytes.get(1) else {
                continue;
            };
            l.uint(f::tcp::OPTION_LEN, len);
            let body = &bytes[2..];
            match (kind, len) {
                (2, 4) if body.len() >= 2 => l.uint(f::tcp::OPTIONS_MSS_VAL, be16(body, 0)),
                (3, 3) if !body.is_empty() => {
                    l.uint(f::tcp::OPTIONS_WSCALE_SHIFT, body[0]);
                    l.uint(f::tcp::OPTIONS_WSCALE_MULTIPLIER, 1u64 << body[0].min(14));
                }
                (4, 2) => {}
                (5, n) if (n - 2) % 8 == 0 => self.push_sack(l, ack_base, dsack),
                (8, 10) => {
                    if body.len() >= 4 {
                        l.uint(f::tcp::OPTIONS_TIMESTAMP_TSVAL, be32(body, 0));
                    }
                    if body.len() >= 8 {
                        l.uint(f::tcp::OPTIONS_TIMESTAMP_TSECR, be32(body, 4));
                    }
                }
                (19, 18) => l.push(f::tcp::OPTIONS_MD5_DIGEST, Value::Bytes(body.into())),
                (34, _) => {
                    if let Some(tfo) = Tfo::read(o, usize::from(start), usize::from(len), 2) {
                        tfo.push(l, o);
                    }
                }
                (172 | 174, _) => push_acc_exp(l, kind, bytes),
                // tshark reads an experiment identifier (RFC 6994) and
                // decodes Fast Open's.
                (253 | 254, _) if body.len() >= 2 => {
                    let exid = be16(body, 0);
                    l.uint(f::tcp::OPTIONS_EXPERIMENTAL_EXID, exid);
                    if exid == 0xf989
                        && let Some(tfo) = Tfo::read(o, usize::from(start), usize::from(len), 4)
                    {
                        tfo.push(l, o);
                    }
                    push_acc_exp(l, kind, bytes);
                }
                (253 | 254, _) => push_acc_exp(l, kind, bytes),
                _ => {}
            }
        }
        false
    }

    /// The kinds and the values read from the options, without the items
    /// (each kind's values together, not in wire order): what a run that
    /// reads no item needs, at less cost.
    fn push_values<'a>(&self, l: &mut Layer<'a>, o: &'a [u8], ack_base: u32, dsack: bool) {
        for &k in self.kinds() {
            l.uint(f::tcp::OPTION_KIND, k);
        }
        if let Some(mss) = self.mss {
            l.uint(f::tcp::OPTIONS_MSS_VAL, mss);
        }
        if let Some(ws) = self.wscale {
            l.uint(f::tcp::OPTIONS_WSCALE_SHIFT, ws);
            l.uint(f::tcp::OPTIONS_WSCALE_MULTIPLIER, 1u64 << ws.min(14));
        }
        if self.n_sack > 0 || self.sack_le_only.is_some() {
            self.push_sack(l, ack_base, dsack);
        }
        if let Some(tsval) = self.tsval {
            l.uint(f::tcp::OPTIONS_TIMESTAMP_TSVAL, tsval);
        }
        if let Some(tsecr) = self.tsecr {
            l.uint(f::tcp::OPTIONS_TIMESTAMP_TSECR, tsecr);
        }
        if let Some(tfo) = self.tfo {
            tfo.push(l, o);
        }
        for (&kind, &(start, end)) in self.kinds().iter().zip(&self.spans) {
            if matches!(kind, 172 | 174 | 253 | 254) {
                push_acc_exp(l, kind, &o[usize::from(start)..usize::from(end)]);
            }
        }
    }

    /// A SACK option's edges and count (and the D-SACK block's edges).
    fn push_sack(&self, l: &mut Layer<'_>, ack_base: u32, dsack: bool) {
        for &(le, re) in self.sack() {
            l.uint(f::tcp::OPTIONS_SACK_LE, le.wrapping_sub(ack_base));
            l.uint(f::tcp::OPTIONS_SACK_RE, re.wrapping_sub(ack_base));
        }
        if let Some(le) = self.sack_le_only {
            // The capture ends inside the block: tshark stops there.
            l.uint(f::tcp::OPTIONS_SACK_LE, le.wrapping_sub(ack_base));
            return;
        }
        l.uint(f::tcp::OPTIONS_SACK_COUNT, self.n_sack as u64);
        if let (true, Some(&(le, re))) = (dsack, self.sack().first()) {
            l.uint(f::tcp::OPTIONS_SACK_DSACK_LE, le.wrapping_sub(ack_base));
            l.uint(f::tcp::OPTIONS_SACK_DSACK_RE, re.wrapping_sub(ack_base));
            add_expert(l, &expert::DSACK, None);
        }
    }
}

/// An Accurate ECN option (RFC 9768), as tshark 4.0 reads it: kind 172
/// (counters in order EE0B, ECEB, EE1B) or 174 (EE1B, ECEB, EE0B), or an
/// experimental option (RFC 6994) with identifier 0xACC0 (order 0) or
/// 0xACC1 (order 1). Each counter takes three bytes; there are none to
/// three of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AccEcn {
    /// Where the counters start in the option (after kind, length and the
    /// identifier of an experimental option).
    at: usize,
    /// How many counters the length announces.
    n: usize,
    order1: bool,
}

impl AccEcn {
    /// `None` for another option; `Err` with tshark's note for an AccECN
    /// option of a length it rejects. `body` is the option's captured bytes
    /// after kind and length.
    fn of(kind: u8, len: usize, body: &[u8]) -> Option<Result<AccEcn, String>> {
        let (at, order1) = match kind {
            172 | 174 => (2, kind == 174),
            253 | 254 if len >= 4 && body.len() >= 2 => match be16(body, 0) {
                0xacc0 => (4, false),
                0xacc1 => (4, true),
                _ => return None,
            },
            _ => return None,
        };
        let counters = len.saturating_sub(at);
        if len < at || !counters.is_multiple_of(3) || counters > 9 {
            return Some(Err(format!(
                "option length should be {}, {}, {}, or {} instead of {len}",
                at,
                at + 3,
                at + 6,
                at + 9
            )));
        }
        Some(Ok(AccEcn {
            at,
            n: counters / 3,
            order1,
        }))
    }
}

/// An Accurate ECN option's counters and what tshark's Info column says of
/// it, or of another experimental option (`ExID=` its identifier); the note
/// is empty where tshark says nothing (an experimental Fast Open option has
/// its own words). `bytes` is the option as captured.
fn push_acc_exp(l: &mut Layer<'_>, kind: u8, bytes: &[u8]) {
    let Some(&len) = bytes.get(1) else {
        return;
    };
    let len = usize::from(len);
    let body = &bytes[2..];
    let note = match AccEcn::of(kind, len, body) {
        Some(Ok(acc)) => {
            const ORDER0: [(&str, usize); 3] = [("EE0B", 0), ("ECEB", 1), ("EE1B", 2)];
            const ORDER1: [(&str, usize); 3] = [("EE1B", 2), ("ECEB", 1), ("EE0B", 0)];
            let defs = [
                f::tcp::OPTIONS_ACC_ECN_EE0B,
                f::tcp::OPTIONS_ACC_ECN_ECEB,
                f::tcp::OPTIONS_ACC_ECN_EE1B,
            ];
            let order = if acc.order1 { ORDER1 } else { ORDER0 };
            let mut note = String::new();
            for (k, &(name, def)) in order.iter().enumerate().take(acc.n) {
                let at = acc.at + 3 * k;
                let Some(c) = bytes.get(at..at + 3) else {
                    break;
                };
                let v = u32::from_be_bytes([0, c[0], c[1], c[2]]);
                l.uint(defs[def], v);
                if !note.is_empty() {
                    note.push(' ');
                }
                note.push_str(name);
                note.push('=');
                note.push_str(itoa::Buffer::new().format(v));
            }
            if acc.n == 0 {
                note.push_str("AccECN");
            }
            note
        }
        Some(Err(_)) => String::new(),
        None if matches!(kind, 253 | 254) && len >= 4 && body.len() >= 2 => match be16(body, 0) {
            0xf989 => String::new(),
            exid => format!("ExID={exid:04X}"),
        },
        None => String::new(),
    };
    l.str(f::tcp::OSIDUMP_OPTION_INFO, note);
}

/// The item tshark gives an option of this kind (its own protocol, named
/// after the option); none for MPTCP, whose item is the `mptcp` protocol.
fn option_item(kind: u8) -> Option<&'static crate::dissect::field::FieldDef> {
    use f::tcp as t;
    Some(match kind {
        0 => t::OPTIONS_EOL,
        1 => t::OPTIONS_NOP,
        2 => t::OPTIONS_MSS,
        3 => t::OPTIONS_WSCALE,
        4 => t::OPTIONS_SACK_PERM,
        5 => t::OPTIONS_SACK,
        // Echo reply shares the Echo option's item.
        6 | 7 => t::OPTIONS_ECHO,
        8 => t::OPTIONS_TIMESTAMP,
        // CC.NEW and CC.ECHO share the CC option's item.
        11..=13 => t::OPTIONS_CC,
        19 => t::OPTIONS_MD5,
        20 => t::OPTIONS_SCPS,
        21 => t::OPTIONS_SNACK,
        22 => t::OPTIONS_SCPSREC,
        23 => t::OPTIONS_SCPSCOR,
        27 => t::OPTIONS_QS,
        28 => t::OPTIONS_USER_TO,
        29 => t::OPTIONS_AO,
        30 => return None,
        34 => t::OPTIONS_TFO,
        76 => t::OPTIONS_RVBD_PROBE,
        78 => t::OPTIONS_RVBD_TRPY,
        172 | 174 => t::OPTIONS_ACC_ECN,
        253 | 254 => t::OPTIONS_EXPERIMENTAL,
        _ => t::OPTIONS_UNKNOWN,
    })
}

/// tshark's note on a port of LBL traceroute's range (33434 + 1 to 30:
/// three probes a hop, ten hops), on the port's item.
fn possible_traceroute(l: &mut Layer<'_>, port: u16) {
    const BASE: u16 = 32768 + 666;
    if port > BASE && port <= BASE + 30 {
        let n = port - BASE - 1;
        crate::dissect::expert::add(
            l,
            &expert::UDP_POSSIBLE_TRACEROUTE,
            Some(format!(
                "Possible traceroute: hop #{}, attempt #{}",
                n / 3 + 1,
                n % 3 + 1
            )),
        );
    }
}

pub(super) fn udp(walk: &mut Walk<'_>, addrs: Addrs, d: &mut Dissector, ctx: FrameCtx) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Transport, "udp", start..start + b.len().min(8));
    if b.len() >= 4 {
        l.uint(f::udp::SRCPORT, be16(b, 0));
        possible_traceroute(&mut l, be16(b, 0));
        l.uint(f::udp::DSTPORT, be16(b, 2));
        possible_traceroute(&mut l, be16(b, 2));
    }
    let h = match UdpHeaderSlice::from_slice(b) {
        Ok(h) => h,
        Err(_) => {
            if b.len() >= 6 {
                let len = be16(b, 4);
                l.uint(f::udp::LENGTH, len);
                // packet-udp.c checks the length against the IP payload
                // before it reads the checksum, which throws.
                let past = start + usize::from(len) > walk.reported_end;
                if len >= 8 && past && !walk.fragmented && !walk.nested {
                    add_expert(
                        &mut l,
                        &expert::UDP_LENGTH_BAD,
                        Some(format!("Bad length value {len} > IP payload length")),
                    );
                }
            }
            walk.short(&mut l, "UDP header", 8, b.len());
            walk.off += b.len();
            walk.layers.push(l);
            return Next::Done;
        }
    };
    let len = usize::from(h.length());
    l.uint(f::udp::LENGTH, len as u64);
    // Every field, or only those the summaries and views read (see DETAIL).
    let detail = walk.detail;
    if len < 8 && !(len == 0 && addrs.v6) {
        // tshark stops at a length below the header's: no checksum, no
        // conversation (nor its stream index), no payload, no data.
        add_expert(
            &mut l,
            &expert::UDP_LENGTH_BAD,
            Some(format!("Bad length value {len} < 8")),
        );
        l.malformed(format!("length {len} is below the 8-byte header"));
        walk.off = walk.end.max(walk.off + 8);
        walk.layers.push(l);
        return Next::Done;
    }
    if detail {
        l.uint(f::udp::CHECKSUM, h.checksum());
    }
    // tshark does not verify UDP checksums by default; zero means "none"
    // over IPv4 and in a datagram an ICMP message quotes, and is illegal
    // over IPv6 (RFC 8200).
    if h.checksum() != 0 {
        if detail {
            l.uint(f::udp::CHECKSUM_STATUS, checksum::UNVERIFIED);
        }
    } else if addrs.v6 && !walk.nested {
        add_expert(&mut l, &expert::UDP_CHECKSUM_ZERO, None);
        if detail {
            l.uint(f::udp::CHECKSUM_STATUS, checksum::ILLEGAL);
        }
    } else if detail {
        l.uint(f::udp::CHECKSUM_STATUS, checksum::NOT_PRESENT);
    }
    let (key, key_dir) = conv(addrs, h.source_port(), h.destination_port());
    // tshark numbers even the datagram an ICMP error quotes.
    let stream = d.udp.stream(key, walk.nested, &mut d.budget);
    l.uint(f::udp::STREAM, stream.index);
    // Shown only with a payload, and not for a datagram an ICMP error
    // quotes.
    if detail && !walk.nested && len > 8 {
        l.push(
            f::udp::TIME_RELATIVE,
            Value::rel_time(stream.since_first_ns),
        );
        l.push(f::udp::TIME_DELTA, Value::rel_time(stream.since_prev_ns));
    }
    walk.off += 8;
    // tshark's `udp.payload`: all the IP payload after the header, even
    // bytes past a UDP length above 8 (the length trims only what the
    // payload's dissector gets).
    let ip_payload = walk.rest();
    if len >= 8 {
        let announced_end = start + len;
        // tshark checks neither a fragment's nor a quoted datagram's length.
        if announced_end > walk.reported_end && !walk.fragmented && !walk.nested {
            add_expert(
                &mut l,
                &expert::UDP_LENGTH_BAD,
                Some(format!("Bad length value {len} > IP payload length")),
            );
            l.malformed(format!(
                "length {len} runs past the IP payload ({} bytes)",
                walk.reported_end.saturating_sub(start)
            ));
        } else if announced_end < walk.end {
            walk.end = announced_end;
        }
        walk.reported_end = walk.reported_end.min(announced_end);
    }
    let payload = walk.rest();
    // Only a length past the header has a payload (bytes after a length
    // of 8 are not shown); a jumbogram's zero length is no length.
    if detail && !ip_payload.is_empty() && (len > 8 || len == 0) {
        l.push(f::udp::PAYLOAD, Value::Bytes(ip_payload.into()));
    }
    walk.layers.push(l);
    let (sport, dport) = (h.source_port(), h.destination_port());
    if let Some(t) = registry::udp_tunnel(&d.apps.decode_as, sport, dport) {
        return Next::Tunnel(t);
    }
    let mut dgram = Datagram {
        payload,
        reported: walk
            .reported_end
            .saturating_sub(walk.off)
            .max(payload.len()),
        at: walk.off,
        sport,
        dport,
        conv: key,
        src_is_a: key_dir == 0,
        frame: ctx.number,
        ts_ns: ctx.ts_ns,
        cut: walk.snap_cut,
        nested: walk.nested,
        memory_pressed: false,
    };
    // tshark tries the conversation's dissector (one its heuristic set)
    // before the ports; a --decode-as rule on a port stays first.
    let ruled = d
        .apps
        .decode_as
        .iter()
        .any(|r| r.transport == Transport::Udp && (r.port == sport || r.port == dport));
    let chosen = (!ruled)
        .then(|| d.datagram_claimer(&dgram, false))
        .flatten()
        .or_else(|| {
            registry::choose(
                Transport::Udp,
                &d.apps.decode_as,
                None,
                sport,
                dport,
                payload,
            )
        })
        .or_else(|| {
            // The heuristics, where no port has a dissector.
            (!ruled && !registry::udp_port_taken(sport, dport, payload))
                .then(|| d.datagram_claimer(&dgram, true))
                .flatten()
        });
    let Some(spec) = chosen else {
        return Next::Data(Osi::Application);
    };
    dgram.memory_pressed = d.datagram_pressed(spec);
    let Some(decoder) = d.datagram_decoder(spec) else {
        return Next::Data(Osi::Application);
    };
    let before = walk.layers.len();
    decoder.datagram(&dgram, &mut walk.layers);
    let mut announced = Vec::new();
    decoder.take_announced(&mut announced);
    let mut halves = Vec::new();
    decoder.take_conversations(&mut halves);
    let mut media = Vec::new();
    decoder.take_media(&mut media);
    let owns_conversation = decoder.owns_conversation();
    for (v6, addr, port) in announced {
        d.udp.announce(v6, addr, port);
    }
    for h in halves {
        d.udp.announce_half(h);
    }
    d.charge_datagram_state(spec);
    if !media.is_empty() {
        let rtp = &crate::dissect::app::rtp::SPEC;
        if let Some(r) = d.datagram_decoder(rtp) {
            r.add_media(&media);
        }
        d.charge_datagram_state(rtp);
    }
    if owns_conversation
        && walk
            .layers
            .get(before)
            .is_some_and(|l| l.protocol == spec.name)
    {
        d.udp.claim(&key);
    }
    if walk.layers.len() == before {
        return Next::Data(Osi::Application);
    }
    if spec.name == "sflow" {
        sampled_headers(walk, before, d, ctx);
    }
    walk.off = walk.end;
    Next::Done
}

/// The packet headers an sFlow datagram samples, each handed to the
/// dissector of its header protocol as a packet inside an error packet
/// (tshark sets `in_error_pkt` and catches what they throw); their layers
/// follow the sFlow layer and span it.
fn sampled_headers(walk: &mut Walk<'_>, from: usize, d: &mut Dissector, ctx: FrameCtx) {
    use crate::dissect::app::sflow;
    let Some(i) = (from..walk.layers.len()).find(|&i| walk.layers[i].protocol == "sflow") else {
        return;
    };
    let frames = sflow::take_frames(&mut walk.layers[i]);
    let span = walk.layers[i].span.clone();
    for (protocol, bytes) in frames {
        let next = match protocol {
            sflow::HEADER_ETHERNET => Next::Ethernet,
            sflow::HEADER_IPV4 => Next::Ip,
            sflow::HEADER_IPV6 => Next::EtherType(0x86dd),
            _ => continue,
        };
        let first = walk.layers.len();
        d.walk_carried(walk, &bytes, next, ctx, span.clone(), true);
        // tshark catches the bounds errors they throw: no packet-size or
        // malformed note (a DNS query cut by the sampling).
        for l in &mut walk.layers[first..] {
            l.thrown = None;
        }
    }
}
