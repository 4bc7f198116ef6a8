//! PPTP's control connection (RFC 2637, TCP 1723) as tshark 4.0's
//! packet-pptp.c shows it: every segment read as one message from its
//! first byte (tshark does not reassemble PPTP), the 12-byte header (length,
//! message type, magic cookie checked, control message type) and the
//! fixed fields of the fifteen control messages; an unknown type's body is
//! data. A message cut by the segment's end is shown as far as it goes and
//! marked malformed, as tshark throws there. The tunnelled PPP frames ride
//! in GRE, not here.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::{be16, be32};
use std::borrow::Cow;

pub const PORT: u16 = 1723;

const MAGIC_COOKIE: u32 = 0x1a2b_3c4d;

/// Header bytes before a message's own fields.
const HEADER: usize = 12;

ei!(
    MAGIC_COOKIE_INCORRECT,
    f::pptp::MAGIC_COOKIE_INCORRECT,
    Protocol,
    Warn
);

/// The fields of each control message type (1 to 15), with their widths,
/// in the order tshark adds them.
static LAYOUTS: [&[(&FieldDef, usize)]; 15] = {
    use f::pptp as p;
    [
        // 1
        &[
            (p::PROTOCOL_VERSION, 2),
            (p::RESERVED, 2),
            (p::FRAMING_CAPABILITIES, 4),
            (p::BEARER_CAPABILITIES, 4),
            (p::MAXIMUM_CHANNELS, 2),
            (p::FIRMWARE_REVISION, 2),
            (p::HOST_NAME, 64),
            (p::VENDOR_NAME, 64),
        ],
        // 2
        &[
            (p::PROTOCOL_VERSION, 2),
            (p::CONTROL_RESULT, 1),
            (p::ERROR, 1),
            (p::FRAMING_CAPABILITIES, 4),
            (p::BEARER_CAPABILITIES, 4),
            (p::MAXIMUM_CHANNELS, 2),
            (p::FIRMWARE_REVISION, 2),
            (p::HOST_NAME, 64),
            (p::VENDOR_NAME, 64),
        ],
        // 3
        &[(p::REASON, 1), (p::RESERVED, 1), (p::RESERVED, 2)],
        // 4
        &[(p::STOP_RESULT, 1), (p::ERROR, 1), (p::RESERVED, 2)],
        // 5
        &[(p::IDENTIFIER, 4)],
        // 6
        &[
            (p::IDENTIFIER, 4),
            (p::ECHO_RESULT, 1),
            (p::ERROR, 1),
            (p::RESERVED, 2),
        ],
        // 7
        &[
            (p::CALL_ID, 2),
            (p::CALL_SERIAL_NUMBER, 2),
            (p::MINIMUM_BPS, 4),
            (p::MAXIMUM_BPS, 4),
            (p::BEARER_TYPE, 4),
            (p::FRAMING_TYPE, 4),
            (p::PACKET_RECEIVE_WINDOW_SIZE, 2),
            (p::PACKET_PROCESSING_DELAY, 2),
            (p::PHONE_NUMBER_LENGTH, 2),
            (p::RESERVED, 2),
            (p::PHONE_NUMBER, 64),
            (p::SUBADDRESS, 64),
        ],
        // 8
        &[
            (p::CALL_ID, 2),
            (p::PEER_CALL_ID, 2),
            (p::OUT_RESULT, 1),
            (p::ERROR, 1),
            (p::CAUSE, 2),
            (p::CONNECT_SPEED, 4),
            (p::PACKET_RECEIVE_WINDOW_SIZE, 2),
            (p::PACKET_PROCESSING_DELAY, 2),
            (p::PHYSICAL_CHANNEL_ID, 4),
        ],
        // 9
        &[
            (p::CALL_ID, 2),
            (p::CALL_SERIAL_NUMBER, 2),
            (p::BEARER_TYPE, 4),
            (p::PHYSICAL_CHANNEL_ID, 4),
            (p::DIALED_NUMBER_LENGTH, 2),
            (p::DIALING_NUMBER_LENGTH, 2),
            (p::DIALED_NUMBER, 64),
            (p::DIALING_NUMBER, 64),
            (p::SUBADDRESS, 64),
        ],
        // 10
        &[
            (p::CALL_ID, 2),
            (p::PEER_CALL_ID, 2),
            (p::IN_RESULT, 1),
            (p::ERROR, 1),
            (p::PACKET_RECEIVE_WINDOW_SIZE, 2),
            (p::PACKET_PROCESSING_DELAY, 2),
            (p::RESERVED, 2),
        ],
        // 11
        &[
            (p::PEER_CALL_ID, 2),
            (p::RESERVED, 2),
            (p::CONNECT_SPEED, 4),
            (p::PACKET_RECEIVE_WINDOW_SIZE, 2),
            (p::PACKET_PROCESSING_DELAY, 2),
            (p::FRAMING_TYPE, 4),
        ],
        // 12
        &[(p::CALL_ID, 2), (p::RESERVED, 2)],
        // 13
        &[
            (p::CALL_ID, 2),
            (p::DISC_RESULT, 1),
            (p::ERROR, 1),
            (p::CAUSE, 2),
            (p::RESERVED, 2),
            (p::CALL_STATISTICS, 64),
        ],
        // 14
        &[
            (p::PEER_CALL_ID, 2),
            (p::RESERVED, 2),
            (p::CRC_ERRORS, 4),
            (p::FRAMING_ERRORS, 4),
            (p::HARDWARE_OVERRUNS, 4),
            (p::BUFFER_OVERRUNS, 4),
            (p::TIMEOUT_ERRORS, 4),
            (p::ALIGNMENT_ERRORS, 4),
        ],
        // 15
        &[
            (p::PEER_CALL_ID, 2),
            (p::RESERVED, 2),
            (p::SEND_ACCM, 4),
            (p::RECEIVE_ACCM, 4),
        ],
    ]
};

fn layout(kind: u16) -> Option<&'static [(&'static FieldDef, usize)]> {
    LAYOUTS.get(usize::from(kind).checked_sub(1)?).copied()
}

/// One field of `width` bytes at `at`; `false` when the segment ends first.
fn field(
    l: &mut Layer<'static>,
    b: &[u8],
    at: usize,
    def: &'static FieldDef,
    width: usize,
) -> bool {
    let Some(v) = b.get(at..at + width) else {
        return false;
    };
    match def.ftype {
        FieldType::Bytes => l.push(def, Value::Bytes(Cow::Owned(v.to_vec()))),
        FieldType::String => expert::ascii_string(l, def, v),
        _ => {
            let n = match width {
                1 => u64::from(v[0]),
                2 => u64::from(be16(v, 0)),
                _ => u64::from(be32(v, 0)),
            };
            l.uint(def, n);
        }
    }
    true
}

/// The message at the start of `b`: its layer, and for a type tshark
/// does not know the body it hands to `data`.
fn message(b: &[u8], cut: bool) -> (Layer<'static>, Option<&[u8]>) {
    let mut l = Layer::new(Osi::Application, "pptp", 0..0);
    let kind = (b.len() >= 10).then(|| be16(b, 8));
    let info = match kind {
        Some(k) => match f::pptp::CONTROL_MESSAGE_TYPE.value_name(u64::from(k)) {
            Some(name) => name.to_owned(),
            None => format!("Unknown control type ({k})"),
        },
        None => String::new(),
    };
    l.str(f::pptp::OSIDUMP_INFO, info);
    let thrown = if cut {
        AnomalyKind::Truncated
    } else {
        AnomalyKind::Malformed
    };
    let Some(kind) = kind else {
        // tshark reads the length and the type before adding anything.
        l.throw(thrown, "pptp");
        return (l, None);
    };
    let header: [(&'static FieldDef, usize); 3] = [
        (f::pptp::LENGTH, 2),
        (f::pptp::TYPE, 2),
        (f::pptp::MAGIC_COOKIE, 4),
    ];
    let mut at = 0;
    for (def, width) in header {
        field(&mut l, b, at, def, width);
        at += width;
    }
    if be32(b, 4) != MAGIC_COOKIE {
        expert::add(&mut l, &MAGIC_COOKIE_INCORRECT, None);
    }
    field(&mut l, b, 8, f::pptp::CONTROL_MESSAGE_TYPE, 2);
    if !field(&mut l, b, 10, f::pptp::RESERVED, 2) {
        l.throw(thrown, "pptp");
        return (l, None);
    }
    at = HEADER;
    let Some(fields) = layout(kind) else {
        return (l, b.get(HEADER..).filter(|r| !r.is_empty()));
    };
    for &(def, width) in fields {
        if !field(&mut l, b, at, def, width) {
            l.throw(thrown, "pptp");
            break;
        }
        at += width;
    }
    (l, None)
}

#[derive(Default)]
pub struct PptpDecoder {
    /// The capture cut the segment about to be fed.
    cut: bool,
}

impl StreamDecoder for PptpDecoder {
    fn protocol(&self) -> &'static str {
        "pptp"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.cut = cut > 0;
    }

    fn feed(&mut self, _dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let (layer, rest) = message(data, self.cut);
        // The segment is the message's: bytes past its length are read by
        // nothing, as in tshark.
        let end = offset + data.len() as u64;
        out.push(Message {
            layer,
            stream_offset: offset,
            stream_end: end,
            event: None,
        });
        if let Some(rest) = rest {
            super::data_message(offset + HEADER as u64, rest, out);
        }
    }

    fn gap(&mut self, _dir: Dir, _len: u64) {}
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::<PptpDecoder>::default()
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::pptp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("PPTP: ");
    out.push_str(l.get_str(f::pptp::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "pptp",
    also: &[],
    title: "Point-to-Point Tunnelling Protocol",
    osi: Osi::Application,
    fields: f::pptp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "PPTP"),
    app: Some(AppSpec {
        decode_as: &["pptp"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark has no heuristic for it: the port only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
