//! ISAKMP / IKEv1 / IKEv2 (UDP port 500; RFC 2408, 2409, 7296) as tshark
//! 4.0's `packet-isakmp.c` decodes it without keys, and UDP encapsulation
//! of IPsec (UDP port 4500, RFC 3948) as its `packet-ipsec-udp.c` does:
//! a lone 0xff byte is a NAT keepalive, a zero 4-byte non-ESP marker
//! precedes an IKE message, anything else is ESP.
//!
//! The header (SPIs, next payload, version, exchange type, flags, message
//! ID, length), then the chain of payloads, each with its generic header
//! and its body: SA with proposals, transforms and their attributes (IKE,
//! IPsec and IKEv2 attributes), key exchange, identification, certificate
//! (IKEv2 hash and URL) and certificate request, authentication, hash,
//! signature, nonce, notify, delete, vendor ID (named from tshark's table
//! of known IDs), traffic selectors, the encrypted payload (IKEv2's SK: a
//! 4-byte "IV" and the data, as tshark shows it without keys; IKEv1 with
//! the E flag: the encrypted data), NAT-D, NAT-OA, GDOI's SA KEK.
//!
//! What tshark does that is followed here (read from its source, checked
//! against tshark 4.0.17 on tcpdump's IKE captures and crafted ones):
//! - payload bodies read the message's bytes, not the payload's: a body
//!   may read past its own length, and only a read past the datagram
//!   throws; a payload's bytes are checked to exist before its body;
//! - a header whose length exceeds the datagram throws before the length
//!   field is shown;
//! - labels (`FT_NONE` items: attributes, ID data, encrypted data) are
//!   shown even where they would pass the end;
//! - payload bodies not decoded here (certificates' and distinguished
//!   names' X.509, configuration, EAP, SA TEK, key download, fragments)
//!   show only their generic payload header.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the captured bytes first.

pub mod fields;
mod vendor;

#[cfg(test)]
mod tests;

use crate::dissect::expert::{self, Expert, Group, Severity, ascii_string};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use std::borrow::Cow;

/// ISAKMP's UDP port.
pub const PORT: u16 = 500;
/// IPsec NAT traversal's UDP port (RFC 3948).
pub const NATT_PORT: u16 = 4500;

const HDR_LEN: usize = 28;

const P_NONE: u8 = 0;
const P_PROPOSAL: u8 = 2;
const P_TRANSFORM: u8 = 3;

/// tshark's `isakmp.payloadlength.invalid` (Error, Malformed).
static BAD_LENGTH: Expert = Expert {
    field: f::isakmp::PAYLOADLENGTH_INVALID,
    group: Group::Malformed,
    severity: Severity::Error,
};
/// tshark's `isakmp.attribute_value_empty` (Note, Protocol).
static VALUE_EMPTY: Expert = Expert {
    field: f::isakmp::ATTRIBUTE_VALUE_EMPTY,
    group: Group::Protocol,
    severity: Severity::Note,
};

/// A read past the captured bytes, ending at `0`.
struct Short(usize);

type R = Result<(), Short>;

/// One message: its captured bytes and the IKE version (the major
/// version nibble).
struct Msg<'a> {
    b: &'a [u8],
    v: u8,
    /// The R flag is clear (configuration requests may leave values empty).
    request: bool,
}

impl<'a> Msg<'a> {
    fn need(&self, end: usize) -> R {
        if self.b.len() >= end {
            Ok(())
        } else {
            Err(Short(end))
        }
    }

    fn u8(&self, at: usize) -> Result<u8, Short> {
        self.need(at + 1)?;
        Ok(self.b[at])
    }

    fn be16(&self, at: usize) -> Result<u16, Short> {
        self.need(at + 2)?;
        Ok(u16::from_be_bytes([self.b[at], self.b[at + 1]]))
    }

    fn uint(&self, at: usize, n: usize) -> Result<u64, Short> {
        self.need(at + n)?;
        Ok(self.b[at..at + n]
            .iter()
            .fold(0u64, |v, &x| (v << 8) | u64::from(x)))
    }

    /// `len` bytes at `at` (tshark's length: negative beyond -1 throws).
    /// -1 is the rest of the message.
    fn slice(&self, at: usize, len: i64) -> Result<&'a [u8], Short> {
        if len == -1 {
            self.need(at)?;
            return Ok(&self.b[at..]);
        }
        if len < 0 {
            return Err(Short(usize::MAX));
        }
        let end = at.saturating_add(len as usize);
        self.need(end)?;
        Ok(&self.b[at..end])
    }

    fn bytes(
        &self,
        l: &mut Layer<'a>,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: i64,
    ) -> R {
        let s = self.slice(at, len)?;
        l.push(def, Value::Bytes(Cow::Borrowed(s)));
        Ok(())
    }

    fn ipv4(
        &self,
        l: &mut Layer<'a>,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
    ) -> R {
        let s = self.slice(at, 4)?;
        l.push(def, Value::Ipv4([s[0], s[1], s[2], s[3]]));
        Ok(())
    }

    fn ipv6(
        &self,
        l: &mut Layer<'a>,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
    ) -> R {
        let s = self.slice(at, 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(s);
        l.push(def, Value::Ipv6(a));
        Ok(())
    }

    fn string(
        &self,
        l: &mut Layer<'a>,
        def: &'static crate::dissect::field::FieldDef,
        at: usize,
        len: i64,
    ) -> R {
        let s = self.slice(at, len)?;
        ascii_string(l, def, s);
        Ok(())
    }
}

/// One ISAKMP message (`msg`: the UDP payload as captured, `reported`
/// bytes long on the wire) as a layer spanning `at..at + msg.len()`, or
/// `None` where tshark's heuristic refuses it (shorter than its header,
/// or a length below the header's): tshark then shows data.
pub fn dissect(
    msg: &[u8],
    at: usize,
    reported: usize,
    cut: bool,
    quoted: bool,
) -> Option<Layer<'_>> {
    let reported = reported.max(msg.len());
    if reported == 1 && msg.first() != Some(&0xff) {
        return None;
    }
    if reported != 1 {
        if reported < HDR_LEN || msg.len() < HDR_LEN {
            return None;
        }
        if (be32(msg, 24) as usize) < HDR_LEN {
            return None;
        }
    }
    let mut l = Layer::new(Osi::Application, "isakmp", at..at + msg.len());
    if reported == 1 {
        l.present(f::isakmp::IKE_NAT_KEEPALIVE);
        return Some(l);
    }
    let m = Msg {
        b: msg,
        v: msg[17] >> 4,
        request: msg[19] & 0x20 == 0,
    };
    if let Err(Short(end)) = header(&m, &mut l)
        && !quoted
    {
        let reason = format!("ISAKMP message: need {end} bytes, have {}", msg.len());
        l.read_past_end("isakmp", reason, cut && end <= reported);
    }
    Some(l)
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn header<'a>(m: &Msg<'a>, l: &mut Layer<'a>) -> R {
    let b = m.b;
    l.push(f::isakmp::ISPI, Value::Bytes(Cow::Borrowed(&b[0..8])));
    l.push(f::isakmp::RSPI, Value::Bytes(Cow::Borrowed(&b[8..16])));
    let next = b[16];
    l.uint(f::isakmp::NEXTPAYLOAD, next);
    let version = b[17];
    l.uint(f::isakmp::VERSION, version);
    l.uint(f::isakmp::MJVER, version >> 4);
    l.uint(f::isakmp::MNVER, version & 0x0f);
    if m.v == 1 || m.v == 2 {
        l.uint(f::isakmp::EXCHANGETYPE, b[18]);
    }
    let flags = b[19];
    l.uint(f::isakmp::FLAGS, flags);
    if m.v == 1 {
        l.boolean(f::isakmp::FLAG_E, flags & 0x01 != 0);
        l.boolean(f::isakmp::FLAG_C, flags & 0x02 != 0);
        l.boolean(f::isakmp::FLAG_A, flags & 0x04 != 0);
    } else if m.v == 2 {
        l.boolean(f::isakmp::FLAG_I, flags & 0x08 != 0);
        l.boolean(f::isakmp::FLAG_V, flags & 0x10 != 0);
        l.boolean(f::isakmp::FLAG_R, flags & 0x20 != 0);
    }
    l.uint(f::isakmp::MESSAGEID, be32(b, 20));
    let length = be32(b, 24);
    // tshark's signed length of the payloads: one past 2^31 is shown as
    // "too large", and nothing more is read.
    let len = i64::from(length.wrapping_sub(HDR_LEN as u32) as i32);
    if len < 0 {
        l.uint(f::isakmp::LENGTH, length);
        return Ok(());
    }
    // The payloads' bytes must be there before the length is shown
    // (checked from the length field on, as tshark does).
    m.need(24 + len as usize)?;
    l.uint(f::isakmp::LENGTH, length);
    if m.v == 1 && flags & 0x01 != 0 {
        if len > 0 {
            l.present(f::isakmp::ENC_DATA);
        }
        return Ok(());
    }
    payloads(m, l, next, HDR_LEN, len)
}

/// The chain of payloads from `first` at `off`, `len` bytes of it.
fn payloads<'a>(m: &Msg<'a>, l: &mut Layer<'a>, first: u8, mut off: usize, mut len: i64) -> R {
    let mut payload = first;
    while len > 0 {
        if payload == P_NONE {
            m.bytes(l, f::isakmp::EXTRADATA, off, len)?;
            break;
        }
        let (next, mut plen) = payload_header(m, l, off, len, payload)?;
        if plen >= 4 {
            m.need(off + plen)?;
            body(m, l, payload, next, off + 4, plen as i64 - 4)?;
        } else if plen as i64 > len {
            expert::add(
                l,
                &BAD_LENGTH,
                Some(format!(
                    "Payload (bogus, length is {plen}, greater than remaining length {len}"
                )),
            );
            return Ok(());
        } else {
            if plen != 0 || len >= 4 {
                expert::add(
                    l,
                    &BAD_LENGTH,
                    Some(format!(
                        "Payload (bogus, length is {plen}, must be at least 4)"
                    )),
                );
            }
            plen = 4;
        }
        off += plen;
        len -= plen as i64;
        payload = next;
    }
    Ok(())
}

/// A payload's generic header: its type (given by the one before), next
/// payload, reserved byte or critical bit, length. `(0, 0)` when fewer
/// than 4 bytes remain.
fn payload_header<'a>(
    m: &Msg<'a>,
    l: &mut Layer<'a>,
    off: usize,
    len: i64,
    payload: u8,
) -> Result<(u8, usize), Short> {
    if len < 4 {
        expert::add(
            l,
            &BAD_LENGTH,
            Some("Not enough room in payload for all transforms".into()),
        );
        return Ok((0, 0));
    }
    let next = m.u8(off)?;
    let plen = m.be16(off + 2)?;
    l.uint(f::isakmp::TYPEPAYLOAD, payload);
    l.uint(f::isakmp::NEXTPAYLOAD, next);
    let reserved = m.b[off + 1];
    if m.v == 1 || payload == P_PROPOSAL || payload == P_TRANSFORM {
        l.push(
            f::isakmp::RESERVED,
            Value::Bytes(Cow::Borrowed(&m.b[off + 1..off + 2])),
        );
    } else if m.v == 2 {
        l.boolean(f::isakmp::CRITICALPAYLOAD, reserved & 0x80 != 0);
        l.uint(f::isakmp::RESERVED7, reserved & 0x7f);
    }
    l.uint(f::isakmp::PAYLOADLENGTH, plen);
    Ok((next, usize::from(plen)))
}

fn body<'a>(m: &Msg<'a>, l: &mut Layer<'a>, payload: u8, next: u8, off: usize, len: i64) -> R {
    use f::isakmp as k;
    match payload {
        1 | 33 => sa(m, l, off, len),
        2 => proposal(m, l, off, len),
        4 | 34 => key_exchange(m, l, off, len),
        5 | 35 | 36 => identification(m, l, off, len),
        6 | 37 => certificate(m, l, off, len),
        7 | 38 => certificate_request(m, l, off, len),
        8 => m.bytes(l, k::HASH, off, len),
        9 => m.bytes(l, k::SIG, off, len),
        10 | 40 => m.bytes(l, k::NONCE, off, len),
        11 | 41 => notify(m, l, off, len),
        12 | 42 => delete(m, l, off, len),
        13 | 43 => vendor_id(m, l, off, len),
        15 => sa_kek(m, l, off),
        39 => authentication(m, l, off, len),
        44 | 45 => traffic_selectors(m, l, off, len),
        46 if m.v == 2 => {
            let _ = next;
            m.bytes(l, k::ENC_IV, off, 4)?;
            l.present(k::ENC_DATA);
            Ok(())
        }
        20 | 130 => m.bytes(l, k::IKE_NAT_HASH, off, len),
        21 | 131 => nat_original_address(m, l, off),
        14 | 47 => configuration(m, l, off, len),
        // Bodies tshark decodes that are not decoded here: SA TEK, key
        // download, sequence, EAP, GSPM, fragments.
        16 | 17 | 18 | 46 | 48 | 49 | 53 | 132 => Ok(()),
        _ => m.bytes(l, k::DATAPAYLOAD, off, len),
    }
}

fn sa<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, mut len: i64) -> R {
    use f::isakmp as k;
    if m.v == 2 {
        return payloads(m, l, P_PROPOSAL, off, len);
    }
    if m.v != 1 {
        return Ok(());
    }
    let doi = m.uint(off, 4)?;
    l.uint(k::SA_DOI, doi);
    off += 4;
    len -= 4;
    match doi {
        1 => {
            if len < 4 {
                return m.bytes(l, k::SA_SITUATION, off, len);
            }
            let s = m.uint(off, 4)?;
            m.bytes(l, k::SA_SITUATION, off, 4)?;
            l.boolean(k::SA_SITUATION_IDENTITY_ONLY, s & 1 != 0);
            l.boolean(k::SA_SITUATION_SECRECY, s & 2 != 0);
            l.boolean(k::SA_SITUATION_INTEGRITY, s & 4 != 0);
            payloads(m, l, P_PROPOSAL, off + 4, len - 4)
        }
        2 => {
            if len < 8 {
                return m.bytes(l, k::SA_SITUATION, off, len);
            }
            m.bytes(l, k::SA_SITUATION, off, 4)?;
            let attr = m.be16(off + 4)?;
            m.bytes(l, k::SA_NEXT_ATTRIBUTE_PAYLOAD, off + 4, 2)?;
            m.bytes(l, k::RESERVED2, off + 6, 2)?;
            if attr == 15 {
                sa_kek(m, l, off + 8)?;
            }
            Ok(())
        }
        _ => m.bytes(l, k::SA_SITUATION, off, len),
    }
}

fn proposal<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, mut len: i64) -> R {
    use f::isakmp as k;
    l.uint(k::PROP_NUMBER, m.u8(off)?);
    let protocol = m.u8(off + 1)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::PROP_PROTOID, protocol);
    }
    let spi_size = m.u8(off + 2)?;
    l.uint(k::SPISIZE, spi_size);
    let mut transforms = m.u8(off + 3)?;
    l.uint(k::PROP_TRANSFORMS, transforms);
    off += 4;
    len -= 4;
    if spi_size > 0 {
        m.bytes(l, k::SPI, off, i64::from(spi_size))?;
        off += usize::from(spi_size);
        len -= i64::from(spi_size);
    }
    while transforms > 0 {
        let (_, plen) = payload_header(m, l, off, len, P_TRANSFORM)?;
        if len < plen as i64 {
            expert::add(
                l,
                &BAD_LENGTH,
                Some(format!(
                    "Payload (bogus, length is {plen}, greater than remaining length {len}"
                )),
            );
            break;
        } else if plen < 4 {
            expert::add(
                l,
                &BAD_LENGTH,
                Some(format!(
                    "Payload (bogus, length is {plen}, must be at least 4)"
                )),
            );
            break;
        }
        transform(m, l, off + 4, plen - 4, protocol)?;
        off += plen;
        len -= plen as i64;
        transforms -= 1;
    }
    Ok(())
}

fn transform<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, len: usize, protocol: u8) -> R {
    use f::isakmp as k;
    let end = off + len;
    if m.v == 1 {
        l.uint(k::TRANS_NUMBER, m.u8(off)?);
        let id = m.u8(off + 1)?;
        l.uint(k::TRANS_ID, id);
        m.bytes(l, k::RESERVED, off + 2, 2)?;
        off += 4;
        let ike = protocol == 1 && id == 1;
        while off < end {
            off += if ike {
                attribute(m, l, off, &IKE_ATTR)?
            } else {
                attribute(m, l, off, &IPSEC_ATTR)?
            };
        }
    } else if m.v == 2 {
        let kind = m.u8(off)?;
        l.uint(k::TF_TYPE, kind);
        m.bytes(l, k::RESERVED, off + 1, 1)?;
        let id = m.be16(off + 2)?;
        let def = match kind {
            1 => k::TF_ID_ENCR,
            2 => k::TF_ID_PRF,
            3 => k::TF_ID_INTEG,
            4 => k::TF_ID_DH,
            5 => k::TF_ID_ESN,
            _ => k::TF_ID,
        };
        l.uint(def, id);
        off += 4;
        while off < end {
            off += attribute(m, l, off, &IKE2_ATTR)?;
        }
    }
    Ok(())
}

type Def = &'static crate::dissect::field::FieldDef;

/// One family of attributes: its common fields and what a type's value is.
struct Attrs {
    all: Def,
    format: Def,
    kind: Def,
    length: Def,
    value: Def,
    typed: fn(u16) -> Typed,
}

/// What an attribute's value is shown as.
enum Typed {
    None,
    Uint(Def),
    Bytes(Def),
    /// A life duration: 32-bit, 64-bit and longer fields.
    Life(Def, Def, Def),
}

static IKE_ATTR: Attrs = Attrs {
    all: f::isakmp::IKE_ATTR,
    format: f::isakmp::IKE_ATTR_FORMAT,
    kind: f::isakmp::IKE_ATTR_TYPE,
    length: f::isakmp::IKE_ATTR_LENGTH,
    value: f::isakmp::IKE_ATTR_VALUE,
    typed: |t| {
        use f::isakmp as k;
        match t {
            1 => Typed::Uint(k::IKE_ATTR_ENCRYPTION_ALGORITHM),
            2 => Typed::Uint(k::IKE_ATTR_HASH_ALGORITHM),
            3 => Typed::Uint(k::IKE_ATTR_AUTHENTICATION_METHOD),
            4 => Typed::Uint(k::IKE_ATTR_GROUP_DESCRIPTION),
            5 => Typed::Uint(k::IKE_ATTR_GROUP_TYPE),
            6 => Typed::Bytes(k::IKE_ATTR_GROUP_PRIME),
            7 => Typed::Bytes(k::IKE_ATTR_GROUP_GENERATOR_ONE),
            8 => Typed::Bytes(k::IKE_ATTR_GROUP_GENERATOR_TWO),
            9 => Typed::Bytes(k::IKE_ATTR_GROUP_CURVE_A),
            10 => Typed::Bytes(k::IKE_ATTR_GROUP_CURVE_B),
            11 => Typed::Uint(k::IKE_ATTR_LIFE_TYPE),
            12 => Typed::Life(
                k::IKE_ATTR_LIFE_DURATION,
                k::IKE_ATTR_LIFE_DURATION64,
                k::IKE_ATTR_LIFE_DURATION_BYTES,
            ),
            13 => Typed::Bytes(k::IKE_ATTR_PRF),
            14 => Typed::Uint(k::IKE_ATTR_KEY_LENGTH),
            15 => Typed::Bytes(k::IKE_ATTR_FIELD_SIZE),
            16 => Typed::Bytes(k::IKE_ATTR_GROUP_ORDER),
            _ => Typed::None,
        }
    },
};

static IPSEC_ATTR: Attrs = Attrs {
    all: f::isakmp::IPSEC_ATTR,
    format: f::isakmp::IPSEC_ATTR_FORMAT,
    kind: f::isakmp::IPSEC_ATTR_TYPE,
    length: f::isakmp::IPSEC_ATTR_LENGTH,
    value: f::isakmp::IPSEC_ATTR_VALUE,
    typed: |t| {
        use f::isakmp as k;
        match t {
            1 => Typed::Uint(k::IPSEC_ATTR_LIFE_TYPE),
            2 => Typed::Life(
                k::IPSEC_ATTR_LIFE_DURATION,
                k::IPSEC_ATTR_LIFE_DURATION64,
                k::IPSEC_ATTR_LIFE_DURATION_BYTES,
            ),
            3 => Typed::Uint(k::IPSEC_ATTR_GROUP_DESCRIPTION),
            4 => Typed::Uint(k::IPSEC_ATTR_ENCAP_MODE),
            5 => Typed::Uint(k::IPSEC_ATTR_AUTH_ALGORITHM),
            6 => Typed::Uint(k::IPSEC_ATTR_KEY_LENGTH),
            7 => Typed::Uint(k::IPSEC_ATTR_KEY_ROUNDS),
            8 => Typed::Uint(k::IPSEC_ATTR_CMPR_DICT_SIZE),
            9 => Typed::Bytes(k::IPSEC_ATTR_CMPR_ALGORITHM),
            10 => Typed::Uint(k::IPSEC_ATTR_ECN_TUNNEL),
            11 => Typed::Uint(k::IPSEC_ATTR_EXT_SEQ_NBR),
            12 => Typed::Uint(k::IPSEC_ATTR_AUTH_KEY_LENGTH),
            13 => Typed::Bytes(k::IPSEC_ATTR_SIG_ENCO_ALGORITHM),
            14 => Typed::Uint(k::IPSEC_ATTR_ADDR_PRESERVATION),
            15 => Typed::Uint(k::IPSEC_ATTR_SA_DIRECTION),
            _ => Typed::None,
        }
    },
};

static IKE2_ATTR: Attrs = Attrs {
    all: f::isakmp::IKE2_ATTR,
    format: f::isakmp::IKE2_ATTR_FORMAT,
    kind: f::isakmp::IKE2_ATTR_TYPE,
    length: f::isakmp::IKE2_ATTR_LENGTH,
    value: f::isakmp::IKE2_ATTR_VALUE,
    typed: |t| match t {
        14 => Typed::Uint(f::isakmp::IKE2_ATTR_KEY_LENGTH),
        _ => Typed::None,
    },
};

/// One attribute at `off`: the bytes it takes.
fn attribute<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize, a: &Attrs) -> Result<usize, Short> {
    let (kind, hlen, vlen) = attribute_header(m, l, off, a)?;
    let at = off + hlen;
    if vlen == 0 {
        expert::add(l, &VALUE_EMPTY, None);
        return Ok(hlen);
    }
    match (a.typed)(kind) {
        Typed::None => {}
        Typed::Uint(def) => {
            // A 16-bit field read with the value's length (up to 4 bytes):
            // shown where the value fits it.
            let v = m.uint(at, vlen.min(4))?;
            if v <= 0xffff {
                l.uint(def, v);
            }
        }
        Typed::Bytes(def) => m.bytes(l, def, at, vlen as i64)?,
        Typed::Life(d32, d64, dbytes) => match vlen {
            1..=4 => l.uint(d32, m.uint(at, vlen)?),
            5..=8 => l.uint(d64, m.uint(at, vlen)?),
            _ => m.bytes(l, dbytes, at, vlen as i64)?,
        },
    }
    Ok(hlen + vlen)
}

/// An attribute's header (format and type, length) and its value's
/// bytes: `(type, header length, value length)`.
fn attribute_header<'a>(
    m: &Msg<'a>,
    l: &mut Layer<'a>,
    off: usize,
    a: &Attrs,
) -> Result<(u16, usize, usize), Short> {
    let tf = m.be16(off)?;
    let has_len = tf & 0x8000 == 0;
    let kind = tf & 0x7fff;
    let (hlen, vlen) = if has_len {
        (4, usize::from(m.be16(off + 2)?))
    } else {
        (2, 2)
    };
    l.present(a.all);
    l.boolean(a.format, !has_len);
    l.uint(a.kind, kind);
    if has_len {
        l.uint(a.length, vlen as u64);
    }
    if vlen > 0 {
        m.bytes(l, a.value, off + hlen, vlen as i64)?;
    }
    Ok((kind, hlen, vlen))
}

static CFG_ATTR: Attrs = Attrs {
    all: f::isakmp::CFG_ATTR,
    format: f::isakmp::CFG_ATTR_FORMAT,
    kind: f::isakmp::CFG_ATTR_TYPE,
    length: f::isakmp::CFG_ATTR_LENGTH,
    value: f::isakmp::CFG_ATTR_VALUE,
    typed: |_| Typed::None,
};

/// The configuration payload (IKEv1's attributes, IKEv2's CP): its type
/// (and IKEv1's identifier), then attributes to its end.
fn configuration<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, len: i64) -> R {
    use f::isakmp as k;
    let end = (off as i64 + len).max(0) as usize;
    l.uint(k::CFG_TYPE, m.u8(off)?);
    if m.v == 1 {
        m.bytes(l, k::RESERVED, off + 1, 1)?;
        l.uint(k::CFG_IDENTIFIER, m.be16(off + 2)?);
    } else if m.v == 2 {
        m.bytes(l, k::RESERVED, off + 1, 3)?;
    } else {
        return Ok(());
    }
    off += 4;
    while off < end {
        off += config_attribute(m, l, off)?;
    }
    Ok(())
}

/// One configuration attribute at `off`: the bytes it takes.
fn config_attribute<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize) -> Result<usize, Short> {
    use f::isakmp as k;
    let (kind, hlen, vlen) = attribute_header(m, l, off, &CFG_ATTR)?;
    let at = off + hlen;
    if vlen == 0 {
        if !m.request {
            expert::add(l, &VALUE_EMPTY, None);
        }
        return Ok(hlen);
    }
    // Values of `unit` bytes, repeated when the length is a multiple.
    let each = |l: &mut Layer<'a>, unit: usize, f: &dyn Fn(&mut Layer<'a>, usize) -> R| -> R {
        if vlen % unit == 0 {
            for i in 0..vlen / unit {
                f(l, at + i * unit)?;
            }
        }
        Ok(())
    };
    let v4 = |def: Def| move |l: &mut Layer<'a>, o: usize| m.ipv4(l, def, o);
    let v6 = |def: Def| move |l: &mut Layer<'a>, o: usize| m.ipv6(l, def, o);
    match kind {
        1 => each(l, 4, &v4(k::CFG_ATTR_INTERNAL_IP4_ADDRESS))?,
        2 => m.ipv4(l, k::CFG_ATTR_INTERNAL_IP4_NETMASK, at)?,
        3 => each(l, 4, &v4(k::CFG_ATTR_INTERNAL_IP4_DNS))?,
        4 => each(l, 4, &v4(k::CFG_ATTR_INTERNAL_IP4_NBNS))?,
        5 => l.uint(k::CFG_ATTR_INTERNAL_ADDRESS_EXPIRY, m.uint(at, 4)?),
        6 => each(l, 4, &v4(k::CFG_ATTR_INTERNAL_IP4_DHCP))?,
        7 => m.string(l, k::CFG_ATTR_APPLICATION_VERSION, at, vlen as i64)?,
        8 => each(l, 17, &|l, o| {
            m.ipv6(l, k::CFG_ATTR_INTERNAL_IP6_ADDRESS, o)?;
            l.uint(k::CFG_ATTR_INTERNAL_IP6_ADDRESS_PREFIX, m.u8(o + 16)?);
            Ok(())
        })?,
        10 => each(l, 16, &v6(k::CFG_ATTR_INTERNAL_IP6_DNS))?,
        11 => each(l, 16, &v6(k::CFG_ATTR_INTERNAL_IP6_NBNS))?,
        12 => each(l, 16, &v6(k::CFG_ATTR_INTERNAL_IP6_DHCP))?,
        13 => each(l, 8, &|l, o| {
            m.ipv4(l, k::CFG_ATTR_INTERNAL_IP4_SUBNET_IP, o)?;
            m.ipv4(l, k::CFG_ATTR_INTERNAL_IP4_SUBNET_NETMASK, o + 4)
        })?,
        14 => each(l, 2, &|l, o| {
            l.uint(k::CFG_ATTR_SUPPORTED_ATTRIBUTES, m.be16(o)?);
            Ok(())
        })?,
        15 => each(l, 17, &|l, o| {
            m.ipv6(l, k::CFG_ATTR_INTERNAL_IP6_SUBNET_IP, o)?;
            l.uint(k::CFG_ATTR_INTERNAL_IP6_SUBNET_PREFIX, m.u8(o + 16)?);
            Ok(())
        })?,
        17 => {
            l.uint(k::CFG_ATTR_INTERNAL_IP6_LINK_INTERFACE, m.uint(at, 8)?);
            m.bytes(l, k::CFG_ATTR_INTERNAL_IP6_LINK_ID, at + 8, vlen as i64 - 8)?;
        }
        18 => each(l, 17, &|l, o| {
            m.ipv6(l, k::CFG_ATTR_INTERNAL_IP6_PREFIX_IP, o)?;
            l.uint(k::CFG_ATTR_INTERNAL_IP6_PREFIX_LENGTH, m.u8(o + 16)?);
            Ok(())
        })?,
        20 => each(l, 4, &v4(k::CFG_ATTR_P_CSCF_IP4_ADDRESS))?,
        21 => each(l, 16, &v6(k::CFG_ATTR_P_CSCF_IP6_ADDRESS))?,
        16520 | 16527 if vlen <= 2 => {
            let def = if kind == 16520 {
                k::CFG_ATTR_XAUTH_TYPE
            } else {
                k::CFG_ATTR_XAUTH_STATUS
            };
            l.uint(def, m.uint(at, vlen)?);
        }
        16521..=16526 | 16528 | 16529 | 28672 | 28674 => {
            let def = match kind {
                16521 => k::CFG_ATTR_XAUTH_USER_NAME,
                16522 => k::CFG_ATTR_XAUTH_USER_PASSWORD,
                16523 => k::CFG_ATTR_XAUTH_PASSCODE,
                16524 => k::CFG_ATTR_XAUTH_MESSAGE,
                16525 => k::CFG_ATTR_XAUTH_CHALLENGE,
                16526 => k::CFG_ATTR_XAUTH_DOMAIN,
                16528 => k::CFG_ATTR_XAUTH_NEXT_PIN,
                16529 => k::CFG_ATTR_XAUTH_ANSWER,
                28672 => k::CFG_ATTR_UNITY_BANNER,
                _ => k::CFG_ATTR_UNITY_DEF_DOMAIN,
            };
            m.string(l, def, at, vlen as i64)?;
        }
        _ => {}
    }
    Ok(hlen + vlen)
}

fn key_exchange<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, mut len: i64) -> R {
    use f::isakmp as k;
    if m.v == 2 {
        l.uint(k::KEY_EXCHANGE_DH_GROUP, m.be16(off)?);
        m.bytes(l, k::RESERVED, off + 2, 2)?;
        off += 4;
        len -= 4;
    }
    m.bytes(l, k::KEY_EXCHANGE_DATA, off, len)
}

fn identification<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, mut len: i64) -> R {
    use f::isakmp as k;
    let kind = m.u8(off)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::ID_TYPE, kind);
    }
    off += 1;
    len -= 1;
    if m.v == 1 {
        l.uint(k::ID_PROTOID, m.u8(off)?);
        l.uint(k::ID_PORT, m.be16(off + 1)?);
        off += 3;
        len -= 3;
    } else if m.v == 2 {
        m.bytes(l, k::RESERVED, off, 3)?;
        off += 3;
        len -= 3;
    }
    l.present(k::ID_DATA);
    match kind {
        1 => m.ipv4(l, k::ID_DATA_IPV4_ADDR, off),
        2 => m.string(l, k::ID_DATA_FQDN, off, len),
        3 => m.string(l, k::ID_DATA_USER_FQDN, off, len),
        4 => {
            m.ipv4(l, k::ID_DATA_IPV4_ADDR, off)?;
            m.ipv4(l, k::ID_DATA_IPV4_SUBNET, off + 4)
        }
        5 => m.ipv6(l, k::ID_DATA_IPV6_ADDR, off),
        6 => {
            m.ipv6(l, k::ID_DATA_IPV6_ADDR, off)?;
            m.ipv6(l, k::ID_DATA_IPV6_SUBNET, off + 16)
        }
        7 => {
            m.ipv4(l, k::ID_DATA_IPV4_RANGE_START, off)?;
            m.ipv4(l, k::ID_DATA_IPV4_RANGE_END, off + 4)
        }
        8 => {
            m.ipv6(l, k::ID_DATA_IPV6_RANGE_START, off)?;
            m.ipv6(l, k::ID_DATA_IPV6_RANGE_END, off + 16)
        }
        11 => m.bytes(l, k::ID_DATA_KEY_ID, off, len),
        _ => Ok(()),
    }
}

fn certificate<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize, len: i64) -> R {
    use f::isakmp as k;
    let kind = m.u8(off)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::CERT_ENCODING, kind);
    }
    if m.v == 2 && kind == 12 {
        m.bytes(l, k::CERT_X509_HASH, off + 1, 20)?;
        m.string(l, k::CERT_X509_URL, off + 21, len - 21)?;
    }
    Ok(())
}

fn certificate_request<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, mut len: i64) -> R {
    use f::isakmp as k;
    let kind = m.u8(off)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::CERTREQ_TYPE, kind);
    }
    off += 1;
    len -= 1;
    if m.v == 1 {
        if len != 0 && kind != 4 {
            m.bytes(l, k::IKE_CERTREQ_AUTHORITY, off, len)?;
        }
    } else if m.v == 2 {
        while len > 0 {
            m.bytes(l, k::IKE_CERTREQ_AUTHORITY, off, 20)?;
            off += 20;
            len -= 20;
        }
    }
    Ok(())
}

/// The authentication payload: method and data; a digital signature's
/// data (method 14, RFC 7427) split into its algorithm identifier's
/// length and bytes and the signature (the identifier's BER fields that
/// tshark adds are not shown).
fn authentication<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize, len: i64) -> R {
    use f::isakmp as k;
    let method = m.u8(off)?;
    l.uint(k::AUTH_METHOD, method);
    m.bytes(l, k::RESERVED, off + 1, 3)?;
    m.bytes(l, k::AUTH_DATA, off + 4, len - 4)?;
    if method == 14 {
        let asn1 = m.u8(off + 4)?;
        l.uint(k::AUTH_DATA_SIG_ASN1_LEN, asn1);
        let rest = len - 5;
        if asn1 > 0 && i64::from(asn1) < rest {
            m.bytes(l, k::AUTH_DATA_SIG_ASN1_DATA, off + 5, i64::from(asn1))?;
            let at = off + 5 + usize::from(asn1);
            m.bytes(l, k::AUTH_DATA_SIG_VALUE, at, rest - i64::from(asn1))?;
        }
    }
    Ok(())
}

fn notify<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, mut len: i64) -> R {
    use f::isakmp as k;
    if m.v == 1 {
        l.uint(k::NOTIFY_DOI, m.uint(off, 4)?);
        off += 4;
        len -= 4;
    }
    let protocol = m.u8(off)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::NOTIFY_PROTOID, protocol);
    }
    let spi_size = m.u8(off + 1)?;
    l.uint(k::SPISIZE, spi_size);
    let msgtype = m.be16(off + 2)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::NOTIFY_MSGTYPE, msgtype);
    }
    off += 4;
    len -= 4;
    if spi_size > 0 {
        m.bytes(l, k::SPI, off, i64::from(spi_size))?;
        off += usize::from(spi_size);
        len -= i64::from(spi_size);
    }
    m.bytes(l, k::NOTIFY_DATA, off, len)?;
    let n = len.max(0) as usize;
    match (m.v, msgtype) {
        (1, 36136) if (1..=4).contains(&n) => {
            l.uint(k::NOTIFY_DATA_DPD_ARE_YOU_THERE, m.uint(off, n)?)
        }
        (1, 36137) if (1..=4).contains(&n) => {
            l.uint(k::NOTIFY_DATA_DPD_ARE_YOU_THERE_ACK, m.uint(off, n)?)
        }
        (1, 40501) if n == 4 => m.ipv4(l, k::NOTIFY_DATA_UNITY_LOAD_BALANCE, off)?,
        (2, 17) => l.uint(k::NOTIFY_DATA_ACCEPTED_DH_GROUP, m.be16(off)?),
        (2, 16387) => {
            l.uint(k::NOTIFY_DATA_IPCOMP_CPI, m.be16(off)?);
            l.uint(k::NOTIFY_DATA_IPCOMP_TRANSFORM_ID, m.u8(off + 2)?);
        }
        (2, 16413) => m.bytes(l, k::NOTIFY_DATA_TICKET_OPAQUE_DATA, off, len)?,
        (2, 16419) => m.bytes(l, k::NOTIFY_DATA_QCD_TOKEN_SECRET_DATA, off, len)?,
        (2, 16424) => m.bytes(l, k::NOTIFY_DATA_SECURE_PASSWORD_METHODS, off, len)?,
        (2, 16431) => {
            let end = off + n;
            while off < end {
                l.uint(k::NOTIFY_DATA_SIGNATURE_HASH_ALGORITHMS, m.be16(off)?);
                off += 2;
            }
        }
        _ => {}
    }
    Ok(())
}

fn delete<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, mut len: i64) -> R {
    use f::isakmp as k;
    if m.v == 1 {
        l.uint(k::DELETE_DOI, m.uint(off, 4)?);
        off += 4;
        len -= 4;
    }
    let protocol = m.u8(off)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::DELETE_PROTOID, protocol);
    }
    let spi_size = m.u8(off + 1)?;
    l.uint(k::SPISIZE, spi_size);
    l.uint(k::SPINUM, m.be16(off + 2)?);
    off += 4;
    len -= 4;
    if spi_size > 0 {
        while len > 0 {
            m.bytes(l, k::DELETE_SPI, off, i64::from(spi_size))?;
            off += usize::from(spi_size);
            len -= i64::from(spi_size);
        }
    }
    Ok(())
}

/// The name tshark gives a Vendor ID: the first known ID its bytes start
/// with.
pub fn vendor_name(vid: &[u8]) -> &'static str {
    vendor::VENDOR_IDS
        .iter()
        .find(|(id, _)| vid.starts_with(id))
        .map_or("Unknown Vendor ID", |(_, name)| name)
}

const VID_CP_01_R65: &[u8] = &[
    0xf4, 0xed, 0x19, 0xe0, 0xc1, 0x14, 0xeb, 0x51, 0x6f, 0xaa, 0xac, 0x0e, 0xe3, 0x7d, 0xaf, 0x28,
    0x07, 0xb4, 0x38, 0x1f,
];
const VID_CISCO_UNITY: &[u8] = &[
    0x12, 0xf5, 0xf2, 0x8c, 0x45, 0x71, 0x68, 0xa9, 0x70, 0x2d, 0x9f, 0xe2, 0x74, 0xcc,
];
const VID_MS_NT5_ISAKMPOAKLEY: &[u8] = &[
    0x1e, 0x2b, 0x51, 0x69, 0x05, 0x99, 0x1c, 0x7d, 0x7c, 0x96, 0xfc, 0xbf, 0xb5, 0x87, 0xe4, 0x61,
];

const VID_ARUBA_VIA_AUTH_PROFILE: &[u8] = b"VIA Auth Profile : ";
const VID_FORTINET_FORTIGATE: &[u8] = &[
    0x82, 0x99, 0x03, 0x17, 0x57, 0xa3, 0x60, 0x82, 0xc6, 0xa6, 0x21, 0xde,
];

fn vendor_id<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize, len: i64) -> R {
    use f::isakmp as k;
    let vid = m.slice(off, len)?;
    l.push(k::VID_BYTES, Value::Bytes(Cow::Borrowed(vid)));
    l.str(k::VID_STRING, vendor_name(vid));
    if vid.len() >= 24 && vid.starts_with(VID_CP_01_R65) {
        for (i, def) in [
            k::VID_CP_PRODUCT,
            k::VID_CP_VERSION,
            k::VID_CP_TIMESTAMP,
            k::VID_CP_RESERVED,
            k::VID_CP_FEATURES,
        ]
        .into_iter()
        .enumerate()
        {
            l.uint(def, m.uint(off + 20 + 4 * i, 4)?);
        }
    }
    if vid.len() >= 14 && vid.starts_with(VID_CISCO_UNITY) {
        l.uint(k::VID_CISCO_UNITY_MAJOR, m.u8(off + 14)?);
        l.uint(k::VID_CISCO_UNITY_MINOR, m.u8(off + 15)?);
    }
    if vid.len() >= 16 && vid.starts_with(VID_MS_NT5_ISAKMPOAKLEY) {
        l.uint(k::VID_MS_NT5_ISAKMPOAKLEY, m.uint(off + 16, 4)?);
    }
    if vid.len() >= 19 && vid.starts_with(VID_ARUBA_VIA_AUTH_PROFILE) {
        m.string(l, k::VID_ARUBA_VIA_AUTH_PROFILE, off + 19, len - 19)?;
    }
    // Read past a 12-byte ID, as tshark does (from the next payload).
    if vid.len() >= 12 && vid.starts_with(VID_FORTINET_FORTIGATE) {
        l.uint(k::VID_FORTINET_FORTIGATE_RELEASE, m.be16(off + 12)?);
        l.uint(k::VID_FORTINET_FORTIGATE_BUILD, m.be16(off + 14)?);
    }
    Ok(())
}

fn traffic_selectors<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize, len: i64) -> R {
    use f::isakmp as k;
    let end = (off as i64 + len).max(0) as usize;
    l.uint(k::TS_NUMBER, m.u8(off)?);
    m.bytes(l, k::RESERVED, off + 1, 3)?;
    off += 4;
    while off < end {
        let tlen = usize::from(m.be16(off + 2)?);
        if tlen < 4 {
            off += 4;
            continue;
        }
        l.present(k::TS_DATA);
        let kind = m.u8(off)?;
        l.uint(k::TS_TYPE, kind);
        match kind {
            7 | 8 => {
                l.uint(k::TS_PROTOID, m.u8(off + 1)?);
                l.uint(k::TS_SELECTOR_LENGTH, m.be16(off + 2)?);
                l.uint(k::TS_START_PORT, m.be16(off + 4)?);
                l.uint(k::TS_END_PORT, m.be16(off + 6)?);
                if kind == 7 {
                    m.ipv4(l, k::TS_START_IPV4, off + 8)?;
                    m.ipv4(l, k::TS_END_IPV4, off + 12)?;
                } else {
                    m.ipv6(l, k::TS_START_IPV6, off + 8)?;
                    m.ipv6(l, k::TS_END_IPV6, off + 24)?;
                }
            }
            _ => {}
        }
        off += tlen;
    }
    Ok(())
}

fn nat_original_address<'a>(m: &Msg<'a>, l: &mut Layer<'a>, off: usize) -> R {
    use f::isakmp as k;
    let kind = m.u8(off)?;
    if m.v == 1 || m.v == 2 {
        l.uint(k::ID_TYPE, kind);
    }
    match kind {
        1 => m.ipv4(l, k::IKE_NAT_ORIGINAL_ADDRESS_IPV4, off + 4),
        5 => m.ipv6(l, k::IKE_NAT_ORIGINAL_ADDRESS_IPV6, off + 4),
        _ => Ok(()),
    }
}

/// GDOI's SA KEK payload: its header, protocol, source and destination
/// identities, SPI and reserved bytes (its attributes are not decoded).
fn sa_kek<'a>(m: &Msg<'a>, l: &mut Layer<'a>, mut off: usize) -> R {
    use f::isakmp as k;
    l.uint(k::SAK_NEXTPAYLOAD, m.u8(off)?);
    l.uint(k::SAK_RESERVED, m.u8(off + 1)?);
    l.uint(k::SAK_PAYLOAD_LEN, m.be16(off + 2)?);
    off += 4;
    l.uint(k::SAK_PROTOID, m.u8(off)?);
    for (kind, port, length, data) in [
        (
            k::SAK_SRC_ID_TYPE,
            k::SAK_SRC_ID_PORT,
            k::SAK_SRC_ID_LENGTH,
            k::SAK_SRC_ID_DATA,
        ),
        (
            k::SAK_DST_ID_TYPE,
            k::SAK_DST_ID_PORT,
            k::SAK_DST_ID_LENGTH,
            k::SAK_DST_ID_DATA,
        ),
    ] {
        l.uint(kind, m.u8(off + 1)?);
        l.uint(port, m.be16(off + 2)?);
        let n = m.u8(off + 4)?;
        l.uint(length, n);
        off += 4;
        if n > 0 {
            m.bytes(l, data, off + 1, i64::from(n))?;
            off += usize::from(n);
        }
    }
    m.bytes(l, k::SAK_SPI, off + 1, 16)?;
    m.bytes(l, k::RESERVED, off + 17, 4)
}

const EXCHANGE_V1: &[(u8, &str)] = &[
    (0, "NONE"),
    (1, "Base"),
    (2, "Identity Protection (Main Mode)"),
    (3, "Authentication Only"),
    (4, "Aggressive"),
    (5, "Informational"),
    (6, "Transaction (Config Mode)"),
    (32, "Quick Mode"),
    (33, "New Group Mode"),
];

const EXCHANGE_V2: &[(u8, &str)] = &[
    (34, "IKE_SA_INIT"),
    (35, "IKE_AUTH"),
    (36, "CREATE_CHILD_SA"),
    (37, "INFORMATIONAL"),
    (38, "IKE_SESSION_RESUME"),
    (39, "GSA_AUTH"),
    (40, "GSA_REGISTRATION"),
    (41, "GSA_REKEY"),
    (43, "IKE_INTERMEDIATE"),
];

/// tshark's Info: the exchange type's name; for IKEv2 with the message
/// ID and the initiator and response flags
/// (`IKE_SA_INIT MID=00 Initiator Request`).
pub fn info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if l.has(f::isakmp::IKE_NAT_KEEPALIVE) {
        out.push_str("NAT Keepalive");
        return;
    }
    let Some(exchange) = l.get_uint(f::isakmp::EXCHANGETYPE) else {
        return;
    };
    let v = l.get_uint(f::isakmp::MJVER);
    let table = if v == Some(2) {
        EXCHANGE_V2
    } else {
        EXCHANGE_V1
    };
    match table.iter().find(|(n, _)| u64::from(*n) == exchange) {
        Some((_, name)) => out.push_str(name),
        None => {
            let _ = write!(out, "Unknown {exchange}");
        }
    }
    if v == Some(2) {
        let mid = l.get_uint(f::isakmp::MESSAGEID).unwrap_or(0);
        let i = if l.flag(f::isakmp::FLAG_I) {
            "Initiator"
        } else {
            "Responder"
        };
        let r = if l.flag(f::isakmp::FLAG_R) {
            "Response"
        } else {
            "Request"
        };
        let _ = write!(out, " MID={mid:02} {i} {r}");
    }
}

pub fn summary(out: &mut String, l: &Layer<'_>) {
    info(out, l);
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "isakmp",
    also: &[],
    title: "Internet Security Association and Key Management Protocol",
    osi: Osi::Application,
    fields: f::isakmp::ALL,
    summary,
    info: Some(|out, layers, i| info(out, &layers[i])),
    column: Some(|_| "ISAKMP"),
    app: Some(AppSpec {
        decode_as: &["isakmp"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

/// One message a datagram; no state across them. A datagram tshark's
/// heuristic refuses is data.
fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(Isakmp)
}

struct Isakmp;

impl DatagramDecoder for Isakmp {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.payload.is_empty() {
            return;
        }
        // Refused: nothing pushed, UDP shows the payload as data.
        if let Some(l) = dissect(d.payload, d.at, d.reported, d.cut, d.nested) {
            out.push(l);
        }
    }
}

/// UDP encapsulation of IPsec (RFC 3948): `udpencap`, then a NAT
/// keepalive, or IKE after the non-ESP marker, or ESP.
pub fn udpencap<'a>(d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
    let b = d.payload;
    let mut l = Layer::new(Osi::Network, "udpencap", d.at..d.at + b.len());
    if b.len() == 1 && b[0] == 0xff {
        l.present(f::udpencap::NAT_KEEPALIVE);
        out.push(l);
        return;
    }
    if b.len() < 4 {
        let reason = format!("UDP encapsulation: need 4 bytes, have {}", b.len());
        let cut = d.cut && 4 <= d.reported;
        l.read_past_end("udpencap", reason, cut);
        out.push(l);
        return;
    }
    if be32(b, 0) == 0 {
        l.present(f::udpencap::NON_ESP_MARKER);
        l.span = d.at..d.at + 4;
        out.push(l);
        let inner = &b[4..];
        let reported = d.reported.saturating_sub(4);
        match dissect(inner, d.at + 4, reported, d.cut, d.nested) {
            Some(l) => out.push(l),
            None if !inner.is_empty() => out.push(data_layer(inner, d.at + 4)),
            None => {}
        }
    } else {
        l.span = d.at..d.at;
        out.push(l);
        out.push(crate::dissect::net::ipsec::esp_layer(
            b, d.at, d.reported, d.cut,
        ));
    }
}

/// Bytes tshark's IKE heuristic refused after the non-ESP marker.
fn data_layer(b: &[u8], at: usize) -> Layer<'_> {
    crate::dissect::data::layer_of(Osi::Application, b, at..at + b.len())
}

/// tshark's Info for the keepalive (`NAT-keepalive`); IKE and ESP write
/// their own.
pub fn udpencap_info(out: &mut String, l: &Layer<'_>) {
    if l.has(f::udpencap::NAT_KEEPALIVE) {
        out.push_str("NAT-keepalive");
    }
}

/// The one-line summary: what the UDP payload turned out to be.
pub fn udpencap_summary(out: &mut String, l: &Layer<'_>) {
    if l.has(f::udpencap::NAT_KEEPALIVE) {
        out.push_str("NAT-keepalive");
    } else if l.has(f::udpencap::NON_ESP_MARKER) {
        out.push_str("non-ESP marker: IKE follows");
    } else if l.thrown.is_none() {
        out.push_str("ESP follows");
    }
}

pub static UDPENCAP_SPEC: ProtocolSpec = ProtocolSpec {
    name: "udpencap",
    also: &[],
    title: "UDP Encapsulation of IPsec Packets",
    osi: Osi::Network,
    fields: f::udpencap::ALL,
    summary: udpencap_summary,
    info: Some(|out, layers, i| udpencap_info(out, &layers[i])),
    // After the non-ESP marker ISAKMP names the column before its
    // heuristic may refuse the message (then shown as data).
    column: Some(|l| {
        if l.has(f::udpencap::NON_ESP_MARKER) {
            "ISAKMP"
        } else {
            "UDPENCAP"
        }
    }),
    app: Some(AppSpec {
        decode_as: &["udpencap"],
        tcp_ports: &[],
        udp_ports: &[NATT_PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(|| Box::new(UdpEncap)),
    }),
};

struct UdpEncap;

impl DatagramDecoder for UdpEncap {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if !d.payload.is_empty() {
            udpencap(d, out);
        }
    }
}
