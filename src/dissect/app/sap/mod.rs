//! SAP, the Session Announcement Protocol (RFC 2974, UDP 9875), as tshark
//! 4.0's packet-sap.c shows it: the flags (version, address type, reserved,
//! message type, encryption, compression), the authentication length, the
//! message identifier hash, the originating source (IPv4 or IPv6 by the A
//! bit), the authentication data (its flags, subheader and padding), then
//! the optional payload type (a NUL-ended MIME type, present unless the
//! payload starts with `v=`) and the SDP session description, which is
//! decoded by SDP's dissector (`sap:sdp`). An encrypted or compressed
//! payload is flagged and not read. Info is `Announcement (v1)` or
//! `Deletion (v1)`; the Protocol column `SAP/SDP`.
//!
//! Every read is checked: a field past the datagram ends the layer there
//! (tshark's exception: malformed, or truncated when the capture cut it).

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::app::rtp::Setup;
use crate::dissect::app::sip::sdp;
use crate::dissect::expert;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use std::borrow::Cow;

/// The port tshark binds SAP to.
pub const PORT: u16 = 9875;

expert::ei!(
    COMPRESSED_AND_ENCRYPTED,
    f::sap::COMPRESSED_AND_ENCRYPTED,
    Undecoded,
    Warn
);
expert::ei!(ENCRYPTED, f::sap::ENCRYPTED, Undecoded, Warn);
expert::ei!(COMPRESSED, f::sap::COMPRESSED, Undecoded, Warn);
expert::ei!(
    BOGUS_LENGTH,
    f::sap::BOGUS_AUTHENTICATION_OR_PAD_LENGTH,
    Protocol,
    Warn
);

/// A read past the datagram: the offset its bytes end at.
struct Past(usize);

fn take(b: &[u8], at: usize, n: usize) -> Result<&[u8], Past> {
    b.get(at..at + n).ok_or(Past(at + n))
}

/// The header into `l`; the offset of what SDP is given, or `None` when
/// tshark stops before SDP (encrypted or compressed, bogus lengths).
fn header<'a>(b: &'a [u8], l: &mut Layer<'a>) -> Result<Option<usize>, Past> {
    use f::sap as s;
    let flags = take(b, 0, 1)?[0];
    let ipv6 = flags & 0x10 != 0;
    l.uint(s::FLAGS, flags);
    l.uint(s::FLAGS_V, flags >> 5);
    l.boolean(s::FLAGS_A, ipv6);
    l.boolean(s::FLAGS_R, flags & 0x08 != 0);
    l.boolean(s::FLAGS_T, flags & 0x04 != 0);
    l.boolean(s::FLAGS_E, flags & 0x02 != 0);
    l.boolean(s::FLAGS_C, flags & 0x01 != 0);
    let auth_len = take(b, 1, 1)?[0];
    l.uint(s::AUTH_LEN, auth_len);
    let hash = take(b, 2, 2)?;
    l.uint(
        s::MESSAGE_IDENTIFIER_HASH,
        u16::from_be_bytes([hash[0], hash[1]]),
    );
    let mut at = 4;
    if ipv6 {
        let a: [u8; 16] = take(b, at, 16)?.try_into().map_err(|_| Past(at + 16))?;
        l.push(s::ORIGINATING_SOURCE_IPV6, Value::Ipv6(a));
        at += 16;
    } else {
        let a: [u8; 4] = take(b, at, 4)?.try_into().map_err(|_| Past(at + 4))?;
        l.push(s::ORIGINATING_SOURCE, Value::Ipv4(a));
        at += 4;
    }
    if auth_len > 0 {
        // The length counts 32-bit words.
        let n = usize::from(auth_len) * 4;
        let auth = take(b, at, n)?;
        l.push(s::AUTH, Value::None);
        let aflags = auth[0];
        l.uint(s::AUTH_FLAGS, aflags);
        l.uint(s::AUTH_FLAGS_V, aflags >> 5);
        let padded = aflags & 0x10 != 0;
        l.boolean(s::AUTH_FLAGS_P, padded);
        l.uint(s::AUTH_FLAGS_T, aflags & 0x0f);
        let pad = if padded { usize::from(auth[n - 1]) } else { 0 };
        if n < pad + 1 {
            let m = format!("Bogus authentication length ({auth_len}) or pad length ({pad})");
            expert::add(l, &BOGUS_LENGTH, Some(m));
            return Ok(None);
        }
        l.push(
            s::AUTH_SUBHEADER,
            Value::Bytes(Cow::Borrowed(&auth[1..n - pad])),
        );
        if padded {
            l.uint(s::AUTH_DATA_PADDING_LEN, auth[n - 1]);
            l.push(
                s::AUTH_DATA_PADDING,
                Value::Bytes(Cow::Borrowed(&auth[n - pad..])),
            );
        }
        at += n;
    }
    let (encrypted, compressed) = (flags & 0x02 != 0, flags & 0x01 != 0);
    if encrypted || compressed {
        let e = match (encrypted, compressed) {
            (true, true) => &COMPRESSED_AND_ENCRYPTED,
            (true, false) => &ENCRYPTED,
            _ => &COMPRESSED,
        };
        expert::add(l, e, None);
        return Ok(None);
    }
    // The payload type, unless the description starts at once (`v=`):
    // text to a NUL (included in its length) or to the end. With nothing
    // left, tshark reads one byte past the end.
    if !b[at..].starts_with(b"v=") {
        let rest = &b[at..];
        if rest.is_empty() {
            return Err(Past(at + 1));
        }
        let (text, len) = match rest.iter().position(|&c| c == 0) {
            Some(nul) => (&rest[..nul], nul + 1),
            None => (rest, rest.len()),
        };
        crate::dissect::expert::ascii_string(l, s::PAYLOAD_TYPE, text);
        at += len;
    }
    Ok(Some(at))
}

/// The SAP layer and, unless tshark stops before it, SDP's.
fn dissect<'a>(d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
    let b = d.payload;
    let mut l = Layer::new(Osi::Application, "sap", d.at..d.at + b.len());
    match header(b, &mut l) {
        Ok(Some(at)) => {
            out.push(l);
            // Given nothing, SDP dissects nothing, which tshark takes as a
            // refusal: not listed (its "/SDP" stays in the column).
            if at < b.len() {
                out.push(sdp::dissect(&b[at..], d.at + at));
            }
        }
        Ok(None) => out.push(l),
        Err(Past(end)) => {
            let reason = format!("SAP header: need {end} bytes, have {}", b.len());
            l.read_past_end("sap", reason, d.cut && end <= d.reported.max(b.len()));
            out.push(l);
        }
    }
}

/// One announcement a datagram; what SAP keeps across them is the RTP
/// streams its session descriptions set up (tshark's SDP applies them,
/// as for SIP), until UDP hands them to RTP.
#[derive(Default)]
struct SapDatagrams {
    media: Vec<Setup>,
}

impl DatagramDecoder for SapDatagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        let first = out.len();
        dissect(d, out);
        for l in &out[first..] {
            sdp::datagram_setups(l, d, &mut self.media);
        }
    }

    fn take_media(&mut self, out: &mut Vec<Setup>) {
        out.append(&mut self.media);
    }
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::<SapDatagrams>::default()
}

/// packet-sap.c's Info: the message type and the version.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let l = &layers[i];
    let Some(flags) = l.get_uint(f::sap::FLAGS) else {
        return;
    };
    out.push_str(if flags & 0x04 != 0 {
        "Deletion"
    } else {
        "Announcement"
    });
    out.push_str(" (v");
    out.push_str(itoa::Buffer::new().format(flags >> 5));
    out.push(')');
}

/// SDP appends "/SDP" to the column when SAP calls it: after a header
/// read whole, in the clear and with sound authentication lengths.
fn column(l: &Layer<'_>) -> &'static str {
    let stopped = l.thrown.is_some()
        || [
            f::sap::ENCRYPTED,
            f::sap::COMPRESSED,
            f::sap::COMPRESSED_AND_ENCRYPTED,
            f::sap::BOGUS_AUTHENTICATION_OR_PAD_LENGTH,
        ]
        .into_iter()
        .any(|e| l.has(e));
    if stopped { "SAP" } else { "SAP/SDP" }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, std::slice::from_ref(l), 0);
    let source = l
        .get(f::sap::ORIGINATING_SOURCE)
        .or_else(|| l.get(f::sap::ORIGINATING_SOURCE_IPV6));
    if let Some(v) = source {
        out.push_str(" from ");
        out.push_str(&v.to_string());
    }
    if let Some(t) = l.get_str(f::sap::PAYLOAD_TYPE) {
        out.push_str(", ");
        out.push_str(t);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "sap",
    also: &[],
    title: "Session Announcement Protocol",
    osi: Osi::Application,
    fields: f::sap::ALL,
    summary,
    info: Some(info),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["sap"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
