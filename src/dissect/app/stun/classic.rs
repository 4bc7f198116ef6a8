//! RFC 3489's STUN, without the magic cookie, as tshark 4.0's
//! packet-classicstun.c shows it (`classicstun`): found by its UDP
//! heuristic (a message type it knows, no RFC 5389 or XMCP cookie, the
//! length the captured bytes'), which also gets what STUN's port 3478
//! refuses. Attributes are not padded; the transaction ID is 128 bits, the
//! first 32 of which XOR the XOR_MAPPED_ADDRESS. A request always starts
//! a new transaction (so tshark's first pass never names its response); a
//! response names the last request of its ID.

use super::{Thrown, Tvb, bytes, u8_field, u16_field, u32_field};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{Datagram, ProtocolSpec};
use crate::flow::ConvKey;
use std::borrow::Cow;

const HDR: usize = 20;

/// The message types packet-classicstun.c names.
pub(super) fn message_name(t: u16) -> Option<&'static str> {
    Some(match t {
        0x0001 => "Binding Request",
        0x0101 => "Binding Response",
        0x0111 => "Binding Error Response",
        0x0002 => "Shared Secret Request",
        0x0102 => "Shared Secret Response",
        0x1112 => "Shared Secret Error Response",
        0x0003 => "Allocate Request",
        0x0103 => "Allocate Response",
        0x0113 => "Allocate Error Response",
        0x0004 => "Send Request",
        0x0104 => "Send Response",
        0x0114 => "Send Error Response",
        0x0115 => "Data Indication",
        0x0006 => "Set Active Destination Request",
        0x0106 => "Set Active Destination Response",
        0x0116 => "Set Active Destination Error Response",
        _ => return None,
    })
}

/// dissect_classicstun's test: the captured bytes must be the message.
pub(super) fn accepts(b: &[u8]) -> bool {
    if b.len() < HDR {
        return false;
    }
    let t = u16::from_be_bytes([b[0], b[1]]);
    let cookie = u32::from_be_bytes([b[4], b[5], b[6], b[7]]);
    if t & 0xc000 != 0 || cookie == 0x2112_a442 || cookie == 0x7f5a_9bc7 {
        return false;
    }
    message_name(t).is_some() && b.len() == HDR + usize::from(u16::from_be_bytes([b[2], b[3]]))
}

/// Its transactions: the last request's frame and time, and the last
/// answer's frame.
pub(super) struct Transaction {
    pub req_frame: u64,
    pub req_ns: i128,
}

pub(super) type Key = (ConvKey, [u8; 16]);

impl super::StunDecoder {
    pub(super) fn classic<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        let b = d.payload;
        let t = u16::from_be_bytes([b[0], b[1]]);
        let msg_len = usize::from(u16::from_be_bytes([b[2], b[3]]));
        let mut id = [0u8; 16];
        id.copy_from_slice(&b[4..20]);
        let key = (d.conv, id);
        let class = (t & 0xc110) >> 4;
        let mut l = Layer::new(Osi::Session, "classicstun", d.at..d.at + b.len());
        if class == 0 {
            self.classic_insert(
                key,
                Transaction {
                    req_frame: d.frame,
                    req_ns: d.ts_ns,
                },
            );
        } else if (class == 0x10 || class == 0x11)
            && let Some(tr) = self.classic.get(&key)
        {
            l.uint(f::classicstun::RESPONSE_TO, tr.req_frame);
            let ns = d.ts_ns - tr.req_ns;
            l.push(f::classicstun::TIME, Value::rel_time(ns));
        }
        l.uint(f::classicstun::TYPE, t);
        l.uint(f::classicstun::LENGTH, msg_len as u64);
        l.push(f::classicstun::ID, Value::Bytes(Cow::Borrowed(&b[4..20])));
        let mut payloads = Vec::new();
        if msg_len > 0 {
            l.present(f::classicstun::ATT);
            let tvb = Tvb {
                b,
                reported: d.reported,
            };
            let first = u32::from_be_bytes([b[4], b[5], b[6], b[7]]);
            if let Err(kind) = attributes(&mut l, &tvb, msg_len, first, &mut payloads) {
                l.throw(kind, "classicstun");
            }
        }
        let name = message_name(t).unwrap_or("");
        l.str(f::classicstun::OSIDUMP_INFO, format!("Message: {name}"));
        out.push(l);
        for (at, p) in payloads {
            out.push(crate::dissect::data::layer_of(
                Osi::Application,
                p,
                d.at + at..d.at + at + p.len(),
            ));
        }
    }
}

fn attributes<'a>(
    l: &mut Layer<'a>,
    tvb: &Tvb<'a>,
    mut msg_len: usize,
    first: u32,
    payloads: &mut Vec<(usize, &'a [u8])>,
) -> Result<(), Thrown> {
    use f::classicstun as c;
    let mut off = HDR;
    while msg_len > 0 {
        let t = tvb.u16(off)?;
        let len = usize::from(tvb.u16(off + 2)?);
        // The attribute's item covers its bytes: one longer than the
        // message throws as it is made (its "bogus length" text is never
        // reached, the message ending where the datagram does).
        tvb.get(off, 4 + len)?;
        l.uint(c::ATT_TYPE, t);
        l.uint(c::ATT_LENGTH, len as u64);
        if 4 + len > msg_len {
            break;
        }
        let v = off + 4;
        match t {
            0x0001 | 0x0002 | 0x0004 | 0x0005 | 0x000b | 0x000e | 0x0011 | 0x0012 if len >= 2 => {
                let family = u8_field(l, tvb, c::ATT_FAMILY, v + 1)?;
                if len >= 4 {
                    u16_field(l, tvb, c::ATT_PORT, v + 2)?;
                    match family {
                        1 if len >= 8 => {
                            let ip = tvb.get(v + 4, 4)?;
                            l.push(c::ATT_IPV4, Value::Ipv4([ip[0], ip[1], ip[2], ip[3]]));
                        }
                        2 if len >= 20 => {
                            let mut ip = [0u8; 16];
                            ip.copy_from_slice(tvb.get(v + 4, 16)?);
                            l.push(c::ATT_IPV6, Value::Ipv6(ip));
                        }
                        _ => {}
                    }
                }
            }
            0x0003 if len >= 4 => {
                let x = tvb.u32(v)?;
                l.boolean(c::ATT_CHANGE_IP, x & 4 != 0);
                l.boolean(c::ATT_CHANGE_PORT, x & 2 != 0);
            }
            0x0006 | 0x0007 | 0x0008 | 0x0014 | 0x0015 if len >= 1 => {
                bytes(l, tvb, c::ATT_VALUE, v, len)?;
            }
            0x0009 if len >= 3 => {
                let class = tvb.u8(v + 2)?;
                l.uint(c::ATT_ERROR_CLASS, class & 7);
                if len >= 4 {
                    u8_field(l, tvb, c::ATT_ERROR, v + 3)?;
                    if len >= 5 {
                        let s = tvb.get(v + 4, len - 4)?;
                        crate::dissect::expert::utf8_string(l, c::ATT_ERROR_REASON, s);
                    }
                }
            }
            0x000d if len >= 4 => {
                u32_field(l, tvb, c::ATT_LIFETIME, v)?;
            }
            0x000f if len >= 4 => {
                u32_field(l, tvb, c::ATT_MAGIC_COOKIE, v)?;
            }
            0x0010 if len >= 4 => {
                u32_field(l, tvb, c::ATT_BANDWIDTH, v)?;
            }
            0x0013 => {
                bytes(l, tvb, c::ATT_DATA, v, len)?;
                // tshark's `classicstun` heuristics (STUN, RTP, DTLS) are
                // all off by default: data.
                if len > 0 {
                    payloads.push((v, tvb.get(v, len)?));
                }
            }
            0x000a => {
                for i in (0..len).step_by(4) {
                    u16_field(l, tvb, c::ATT_UNKNOWN, v + i)?;
                    u16_field(l, tvb, c::ATT_UNKNOWN, v + i + 2)?;
                }
            }
            0x8022 | 0xc001 => {
                let s = tvb.get(v, len)?;
                let def = if t == 0x8022 {
                    c::ATT_SERVER
                } else {
                    c::ATT_CONNECTION_REQUEST_BINDING
                };
                crate::dissect::expert::utf8_string(l, def, s);
            }
            0x8020 if len >= 2 => {
                let family = u8_field(l, tvb, c::ATT_FAMILY, v + 1)?;
                if len >= 4 {
                    let port = u16_field(l, tvb, c::ATT_PORT_XORD, v + 2)?;
                    l.uint(c::ATT_PORT, port ^ (first >> 16) as u16);
                    if len >= 8 {
                        match family {
                            1 => {
                                let ip = tvb.get(v + 4, 4)?;
                                let raw = [ip[0], ip[1], ip[2], ip[3]];
                                l.push(c::ATT_IPV4_XORD, Value::Ipv4(raw));
                                let clear = u32::from_be_bytes(raw) ^ first;
                                l.push(c::ATT_IPV4, Value::Ipv4(clear.to_be_bytes()));
                            }
                            2 if len >= 20 => {
                                let mut ip = [0u8; 16];
                                ip.copy_from_slice(tvb.get(v + 4, 16)?);
                                l.push(c::ATT_IPV6_XORD, Value::Ipv6(ip));
                            }
                            _ => {}
                        }
                    }
                }
            }
            0x0016 if len >= 2 => {
                u8_field(l, tvb, c::ATT_FAMILY, v + 1)?;
            }
            _ => {}
        }
        off = v + len;
        msg_len -= 4 + len;
    }
    Ok(())
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::classicstun::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("CLASSIC-STUN: ");
    out.push_str(l.get_str(f::classicstun::OSIDUMP_INFO).unwrap_or(""));
}

/// Its decoder is STUN's (it gets what STUN refuses).
pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "classicstun",
    also: &[],
    title: "Simple Traversal of UDP Through NAT",
    osi: Osi::Session,
    fields: f::classicstun::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "CLASSIC-STUN"),
    app: None,
};
