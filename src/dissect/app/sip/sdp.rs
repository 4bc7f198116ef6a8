//! SDP (RFC 4566) as tshark 4.0's packet-sdp.c shows a SIP body: one
//! `type=value` line after another, each a string field and its parts
//! (owner, connection, bandwidth, time, media, attributes; `rtpmap` and
//! `fmtp` attributes taken apart). A media line's formats are named by
//! RTP's payload type table when its protocol is RTP (`RTP/AVP`...).
//!
//! The promise: no input makes this module panic; every slice is of
//! bytes the body holds.

use super::{line_end, text, trim};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::ProtocolSpec;
use std::borrow::Cow;

/// RTP's static payload types' names (tshark's `rtp_payload_type_vals`).
const PAYLOAD_TYPES: &[(u32, &str)] = &[
    (0, "ITU-T G.711 PCMU"),
    (1, "USA Federal Standard FS-1016"),
    (2, "ITU-T G.721"),
    (3, "GSM 06.10"),
    (4, "ITU-T G.723"),
    (5, "DVI4 8000 samples/s"),
    (6, "DVI4 16000 samples/s"),
    (7, "Experimental linear predictive encoding from Xerox PARC"),
    (8, "ITU-T G.711 PCMA"),
    (9, "ITU-T G.722"),
    (10, "16-bit uncompressed audio, stereo"),
    (11, "16-bit uncompressed audio, monaural"),
    (12, "Qualcomm Code Excited Linear Predictive coding"),
    (13, "Comfort noise"),
    (14, "MPEG-I/II Audio"),
    (15, "ITU-T G.728"),
    (16, "DVI4 11025 samples/s"),
    (17, "DVI4 22050 samples/s"),
    (18, "ITU-T G.729"),
    (19, "Comfort noise (old)"),
    (25, "Sun CellB video encoding"),
    (26, "JPEG-compressed video"),
    (28, "'nv' program"),
    (31, "ITU-T H.261"),
    (32, "MPEG-I/II Video"),
    (33, "MPEG-II transport streams"),
    (34, "ITU-T H.263"),
];

/// A payload type's name as tshark's `val_to_str_ext(.., "%u")` gives it.
pub(crate) fn payload_type_name(n: u32) -> String {
    if let Some((_, name)) = PAYLOAD_TYPES.iter().find(|(v, _)| *v == n) {
        return (*name).to_string();
    }
    match n {
        72..=76 => "Reserved for RTCP conflict avoidance".to_string(),
        0..=95 => "Unassigned".to_string(),
        96..=127 => format!("DynamicRTP-Type-{n}"),
        _ => n.to_string(),
    }
}

/// Splits at blanks, empty words skipped.
fn words(b: &[u8]) -> impl Iterator<Item = &[u8]> {
    b.split(|&c| c == b' ').filter(|w| !w.is_empty())
}

/// The SDP body `b`, at `at` in the frame.
pub fn dissect(b: &[u8], at: usize) -> Layer<'_> {
    let mut l = Layer::new(Osi::Application, "sdp", at..at + b.len());
    let mut pos = 0;
    let mut in_media = false;
    while pos < b.len() {
        let (end, next) = line_end(b, pos);
        let line = &b[pos..end];
        pos = next;
        if line.len() < 2 || line[1] != b'=' {
            continue;
        }
        let v = &line[2..];
        let s = |v: &[u8]| Value::Str(text(v).into_owned().into());
        match line[0] {
            b'v' => l.push(f::sdp::VERSION, s(v)),
            b'o' => {
                l.push(f::sdp::OWNER, s(v));
                let parts = [
                    f::sdp::OWNER_USERNAME,
                    f::sdp::OWNER_SESSIONID,
                    f::sdp::OWNER_VERSION,
                    f::sdp::OWNER_NETWORK_TYPE,
                    f::sdp::OWNER_ADDRESS_TYPE,
                    f::sdp::OWNER_ADDRESS,
                ];
                for (def, w) in parts.into_iter().zip(words(v)) {
                    l.push(def, s(w));
                }
            }
            b's' => l.push(f::sdp::SESSION_NAME, s(v)),
            b'i' if !in_media => l.push(f::sdp::SESSION_INFO, s(v)),
            b'u' => l.push(f::sdp::URI, s(v)),
            b'e' => l.push(f::sdp::EMAIL, s(v)),
            b'p' => l.push(f::sdp::PHONE, s(v)),
            b'c' => {
                l.push(f::sdp::CONNECTION_INFO, s(v));
                let mut w = words(v);
                if let Some(n) = w.next() {
                    l.push(f::sdp::CONNECTION_INFO_NETWORK_TYPE, s(n));
                }
                if let Some(t) = w.next() {
                    l.push(f::sdp::CONNECTION_INFO_ADDRESS_TYPE, s(t));
                }
                if let Some(a) = w.next() {
                    let a = &a[..a.iter().position(|&c| c == b'/').unwrap_or(a.len())];
                    l.push(f::sdp::CONNECTION_INFO_ADDRESS, s(a));
                }
            }
            b'b' => {
                l.push(f::sdp::BANDWIDTH, s(v));
                if let Some(c) = v.iter().position(|&c| c == b':') {
                    l.push(f::sdp::BANDWIDTH_MODIFIER, s(&v[..c]));
                    l.push(f::sdp::BANDWIDTH_VALUE, s(&v[c + 1..]));
                }
            }
            b't' => {
                l.push(f::sdp::TIME, s(v));
                let mut w = words(v);
                if let Some(a) = w.next() {
                    l.push(f::sdp::TIME_START, s(a));
                }
                if let Some(a) = w.next() {
                    l.push(f::sdp::TIME_STOP, s(a));
                }
            }
            b'm' => {
                in_media = true;
                media(&mut l, v);
            }
            b'a' => attribute(&mut l, v, in_media),
            _ => {}
        }
    }
    l
}

/// `m=audio 6010 RTP/AVP 8 96`.
fn media<'a>(l: &mut Layer<'a>, v: &[u8]) {
    let s = |v: &[u8]| Value::Str(Cow::Owned(text(v).into_owned()));
    l.push(f::sdp::MEDIA, s(v));
    let mut w = words(v);
    if let Some(m) = w.next() {
        l.push(f::sdp::MEDIA_MEDIA, s(m));
    }
    if let Some(p) = w.next() {
        let (port, count) = match p.iter().position(|&c| c == b'/') {
            Some(sl) => (&p[..sl], Some(&p[sl + 1..])),
            None => (p, None),
        };
        l.push(f::sdp::MEDIA_PORT_STRING, s(port));
        if let Some(n) = super::decimal(port).and_then(|n| u16::try_from(n).ok()) {
            l.uint(f::sdp::MEDIA_PORT, n);
        }
        if let Some(c) = count {
            l.push(f::sdp::MEDIA_PORTCOUNT, s(c));
        }
    }
    let Some(proto) = w.next() else {
        return;
    };
    l.push(f::sdp::MEDIA_PROTO, s(proto));
    let rtp = proto.windows(3).any(|x| x == b"RTP");
    for fmt in w {
        let name = match (rtp, super::decimal(fmt).and_then(|n| u32::try_from(n).ok())) {
            (true, Some(n)) => payload_type_name(n),
            _ => text(fmt).into_owned(),
        };
        l.str(f::sdp::MEDIA_FORMAT, name);
    }
}

/// `a=field:value` (`a=flag` has no parts).
fn attribute<'a>(l: &mut Layer<'a>, v: &[u8], in_media: bool) {
    let s = |v: &[u8]| Value::Str(Cow::Owned(text(v).into_owned()));
    let (whole, field, value) = if in_media {
        (
            f::sdp::MEDIA_ATTR,
            f::sdp::MEDIA_ATTRIBUTE_FIELD,
            f::sdp::MEDIA_ATTRIBUTE_VALUE,
        )
    } else {
        (
            f::sdp::SESSION_ATTR,
            f::sdp::SESSION_ATTR_FIELD,
            f::sdp::SESSION_ATTR_VALUE,
        )
    };
    l.push(whole, s(v));
    let Some(c) = v.iter().position(|&c| c == b':') else {
        return;
    };
    let name = &v[..c];
    let rest = &v[c + 1..];
    l.push(field, s(name));
    if !in_media {
        l.push(value, s(rest));
        return;
    }
    if name.eq_ignore_ascii_case(b"rtpmap") {
        let sp = rest.iter().position(|&c| c == b' ').unwrap_or(rest.len());
        l.push(f::sdp::MEDIA_FORMAT, s(&rest[..sp]));
        let enc = trim(rest.get(sp + 1..).unwrap_or(&[]));
        let mut parts = enc.split(|&c| c == b'/');
        if let Some(m) = parts.next() {
            l.push(f::sdp::MIME_TYPE, s(m));
        }
        if let Some(r) = parts.next() {
            l.push(f::sdp::SAMPLE_RATE, s(r));
        }
    } else if name.eq_ignore_ascii_case(b"fmtp") {
        let sp = rest.iter().position(|&c| c == b' ').unwrap_or(rest.len());
        l.push(f::sdp::MEDIA_FORMAT, s(&rest[..sp]));
        let p = rest.get(sp + 1..).unwrap_or(&[]);
        for param in p.split(|&c| c == b';') {
            let param = trim(param);
            if !param.is_empty() {
                l.push(f::sdp::FMTP_PARAMETER, s(param));
            }
        }
    } else {
        l.push(value, s(rest));
    }
}

fn summary(out: &mut String, _l: &Layer<'_>) {
    out.push_str("Session Description Protocol");
}

/// tshark's Info for a SIP message with SDP is SIP's.
/// SDP writes no Info of its own: its carrier's (SIP, SAP) stays.
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(j) = layers[..i.min(layers.len())]
        .iter()
        .rposition(|l| matches!(l.protocol, "sip" | "sap"))
    {
        match layers[j].protocol {
            "sap" => crate::dissect::app::sap::info(out, layers, j),
            _ => super::info(out, layers, j),
        }
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "sdp",
    also: &[],
    title: "Session Description Protocol",
    osi: Osi::Application,
    fields: f::sdp::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "SIP/SDP"),
    app: None,
};

/// A media stream an SDP body sets up, as tshark's SDP hands it to RTP
/// (`rtp_add_address`): RTP from or to the connection address and the
/// media port, RTCP on the port after it unless `a=rtcp-mux` puts it on
/// the same one. Only RTP profiles without SRTP (`RTP/AVP`, `RTP/AVPF`)
/// and a port other than 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaSetup {
    pub v6: bool,
    /// An IPv4 address in the first four bytes.
    pub addr: [u8; 16],
    pub port: u16,
    pub rtcp_mux: bool,
    /// A `udptl` (T.38) stream rather than RTP: tshark's T.38 gets it.
    pub t38: bool,
}

/// The address of a `c=` line's value (`IN IP4 192.0.2.1/127`).
fn connection_address(v: &[u8]) -> Option<(bool, [u8; 16])> {
    let mut w = words(v);
    if !w.next()?.eq_ignore_ascii_case(b"IN") {
        return None;
    }
    let kind = w.next()?;
    let a = w.next()?;
    let a = &a[..a.iter().position(|&c| c == b'/').unwrap_or(a.len())];
    let a = std::str::from_utf8(a).ok()?;
    let mut out = [0u8; 16];
    if kind.eq_ignore_ascii_case(b"IP4") {
        out[..4].copy_from_slice(&a.parse::<std::net::Ipv4Addr>().ok()?.octets());
        Some((false, out))
    } else if kind.eq_ignore_ascii_case(b"IP6") {
        out.copy_from_slice(&a.parse::<std::net::Ipv6Addr>().ok()?.octets());
        Some((true, out))
    } else {
        None
    }
}

/// The RTP streams the SDP layer `l` of datagram `d` sets up, appended to
/// `out` (none when `l` is another layer, or the datagram is one an ICMP
/// error quotes): SIP's and SAP's descriptions alike.
pub fn datagram_setups(
    l: &Layer<'_>,
    d: &crate::dissect::spec::Datagram<'_>,
    out: &mut Vec<crate::dissect::app::rtp::Setup>,
) {
    if l.protocol != "sdp" || d.nested {
        return;
    }
    let Some(body) = d
        .payload
        .get(l.span.start.saturating_sub(d.at)..l.span.end.saturating_sub(d.at))
    else {
        return;
    };
    out.extend(
        media_setups(body)
            .into_iter()
            .map(|media| crate::dissect::app::rtp::Setup {
                media,
                frame: d.frame,
            }),
    );
}

/// The RTP streams the SDP body `b` sets up (at most 16).
pub fn media_setups(b: &[u8]) -> Vec<MediaSetup> {
    struct Media {
        port: u16,
        rtp: bool,
        t38: bool,
        addr: Option<(bool, [u8; 16])>,
        mux: bool,
    }
    let mut session = None;
    let mut all: Vec<Media> = Vec::new();
    let mut pos = 0;
    while pos < b.len() {
        let (end, next) = line_end(b, pos);
        let line = &b[pos..end];
        pos = next;
        if line.len() < 2 || line[1] != b'=' {
            continue;
        }
        let v = &line[2..];
        match line[0] {
            b'c' => match all.last_mut() {
                Some(m) => m.addr = connection_address(v),
                None => session = connection_address(v),
            },
            b'm' if all.len() < 16 => {
                let mut w = words(v);
                let _kind = w.next();
                let port = w
                    .next()
                    .map(|p| &p[..p.iter().position(|&c| c == b'/').unwrap_or(p.len())]);
                let port = port
                    .and_then(super::decimal)
                    .and_then(|n| u16::try_from(n).ok())
                    .unwrap_or(0);
                let proto = w.next().unwrap_or(&[]);
                let rtp = proto.eq_ignore_ascii_case(b"RTP/AVP")
                    || proto.eq_ignore_ascii_case(b"RTP/AVPF");
                all.push(Media {
                    port,
                    rtp,
                    t38: proto.eq_ignore_ascii_case(b"udptl"),
                    addr: None,
                    mux: false,
                });
            }
            b'a' => {
                if let Some(m) = all.last_mut()
                    && v.eq_ignore_ascii_case(b"rtcp-mux")
                {
                    m.mux = true;
                }
            }
            _ => {}
        }
    }
    all.into_iter()
        .filter(|m| (m.rtp || m.t38) && m.port != 0)
        .filter_map(|m| {
            let (v6, addr) = m.addr.or(session)?;
            Some(MediaSetup {
                v6,
                addr,
                port: m.port,
                rtcp_mux: m.mux,
                t38: m.t38,
            })
        })
        .collect()
}
