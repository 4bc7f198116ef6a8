//! CIP explicit messages (`cip`), as tshark 4.0's packet-cip.c shows the
//! Message Router's requests and responses: the service, the request path
//! (EPATH), the general status, Multiple Service Packets and the
//! Get/Set Attribute List services. A class-specific service (0x4b and
//! up) of a class tshark has no dissector for is shown by its "CIP Class
//! Generic" dissector (`cipcls`): its data.
//!
//! The promise: every read is checked; a message cut short stops where
//! the bytes end.

use super::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use std::borrow::Cow;

/// Multiple Service Packet.
const SC_MSP: u8 = 0x0a;
const SC_GET_ATT_LIST: u8 = 0x03;
const SC_SET_ATT_LIST: u8 = 0x04;

/// What a request said that its response is read with: the service and
/// the request path (its raw EPATH, redone as generated items), and the
/// embedded requests of a Multiple Service Packet.
#[derive(Debug, Clone, Default)]
pub struct ReqInfo {
    pub service: u8,
    pub path: Vec<u8>,
    pub class: Option<u32>,
    pub embedded: Vec<ReqInfo>,
}

fn le16(b: &[u8], at: usize) -> Option<u16> {
    b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]]))
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Info's name of a service (`cip_sc_vals`, else "Service (0x..)").
fn service_info_name(sc: u8) -> String {
    match f::cip::SC.value_name(u64::from(sc)) {
        Some(n) => n.to_owned(),
        None => format!("Service (0x{sc:02x})"),
    }
}

/// Info's name of a class: its name, else "Class (0x..)".
fn class_info_name(class: u32) -> String {
    match f::cip::CLASS.value_name(u64::from(class)) {
        Some(n) => n.to_owned(),
        None => format!("Class (0x{class:02x})"),
    }
}

/// The EPATH's segments, pushed as tshark's items; returns the class.
fn epath(l: &mut Layer<'static>, p: &[u8]) -> Option<u32> {
    let mut class = None;
    let mut i = 0usize;
    while i < p.len() {
        let seg = p[i];
        l.uint(f::cip::PATH_SEGMENT, seg);
        l.uint(f::cip::PATH_SEGMENT_TYPE, seg >> 5);
        match seg >> 5 {
            0 => {
                // Port segment.
                l.boolean(f::cip::EX_LINKADDRESS, seg & 0x10 != 0);
                l.uint(f::cip::PORT, seg & 0x0f);
                if seg & 0x10 == 0 {
                    match p.get(i + 1) {
                        Some(&a) => l.uint(f::cip::LINKADDRESS_BYTE, a),
                        None => return class,
                    }
                    i += 2;
                } else {
                    // Extended link address: its size, then padded.
                    let Some(&n) = p.get(i + 1) else {
                        return class;
                    };
                    i += 2 + usize::from(n) + usize::from(n) % 2;
                }
            }
            1 => {
                let ty = (seg >> 2) & 7;
                let fmt = seg & 3;
                l.uint(f::cip::LOGICAL_SEGMENT_TYPE, ty);
                l.uint(f::cip::LOGICAL_SEGMENT_FORMAT, fmt);
                let (v, len) = match fmt {
                    0 => (p.get(i + 1).map(|&b| u32::from(b)), 2),
                    1 => (le16(p, i + 2).map(u32::from), 4),
                    2 => (le32(p, i + 2), 6),
                    _ => (None, 2),
                };
                let Some(v) = v else {
                    return class;
                };
                let def = match ty {
                    0 => {
                        class = Some(v);
                        Some(f::cip::CLASS)
                    }
                    1 => Some(f::cip::INSTANCE),
                    2 => Some(f::cip::MEMBER),
                    3 => Some(f::cip::CONNPOINT),
                    4 => Some(f::cip::ATTRIBUTE),
                    _ => None,
                };
                if let Some(def) = def {
                    l.uint(def, v);
                }
                i += len;
            }
            _ => return class,
        }
    }
    class
}

/// One CIP message: its layers (`cip`, and `cipcls` for what the class
/// generic dissector showed) and the request info it left.
pub struct Dissected {
    pub layers: Vec<Layer<'static>>,
    pub info: String,
    pub req: Option<ReqInfo>,
}

/// `dissect_cip_data` of `b` (a message of `b.len()` bytes); `req`: the
/// request a response answers.
pub fn dissect(b: &[u8], req: Option<&ReqInfo>) -> Dissected {
    let mut l = Layer::new(Osi::Application, "cip", 0..0);
    let mut extra = Vec::new();
    let mut out_req = None;
    let info = message(&mut l, &mut extra, b, req, &mut out_req, false);
    l.str(f::cip::OSIDUMP_INFO, info.clone());
    let mut layers = vec![l];
    layers.extend(extra);
    Dissected {
        layers,
        info,
        req: out_req,
    }
}

/// One message's items into `l` (embedded ones too); returns its Info
/// text. `embedded`: a service of a Multiple Service Packet, whose Info
/// is its service name only.
fn message(
    l: &mut Layer<'static>,
    extra: &mut Vec<Layer<'static>>,
    b: &[u8],
    req: Option<&ReqInfo>,
    out_req: &mut Option<ReqInfo>,
    embedded: bool,
) -> String {
    let Some(&service) = b.first() else {
        return String::new();
    };
    let sc = service & 0x7f;
    l.uint(f::cip::SERVICE, service);
    l.uint(f::cip::RR, service >> 7);
    l.uint(f::cip::SC, sc);
    let name = service_info_name(sc);
    if service & 0x80 != 0 {
        // Response.
        let Some(&gstat) = b.get(2) else {
            return name;
        };
        let Some(&add_words) = b.get(3) else {
            l.uint(f::cip::GENSTAT, gstat);
            return name;
        };
        l.uint(f::cip::GENSTAT, gstat);
        l.uint(f::cip::ADDSTAT_SIZE, add_words);
        let add = usize::from(add_words) * 2;
        for k in 0..usize::from(add_words) {
            if let Some(v) = le16(b, 4 + k * 2) {
                l.uint(f::cip::ADDSTAT, v);
            }
        }
        let status = match f::cip::GENSTAT.value_name(u64::from(gstat)) {
            Some(n) => n.to_owned(),
            None => format!("Unknown Response (0x{gstat:02x})"),
        };
        // The request's path is shown whatever its service; its class
        // names the response's when it asked the same service.
        if let Some(r) = req {
            l.uint(f::cip::REQUEST_PATH_SIZE, (r.path.len() / 2) as u64);
            epath(l, &r.path);
        }
        let req = req.filter(|r| r.service & 0x7f == sc);
        let class = req.and_then(|r| r.class);
        let data_at = 4 + add;
        let data = b.get(data_at..).unwrap_or(&[]);
        let mut info = if embedded {
            name.clone()
        } else {
            let mut s = format!("{status}: ");
            if let Some(c) = class.filter(|_| sc != SC_MSP) {
                s.push_str(&class_info_name(c));
                s.push_str(" - ");
            }
            s.push_str(&name);
            s
        };
        if sc >= 0x4b && !class.is_some_and(has_class_dissector) {
            generic(extra, data);
            return info;
        }
        if gstat != 0 && gstat != 0x1e {
            if !data.is_empty() {
                l.push(f::cip::DATA, Value::Bytes(Cow::Owned(data.to_vec())));
            }
            return info;
        }
        match sc {
            SC_MSP => {
                let list = msp(l, extra, data, req.map(|r| r.embedded.as_slice()));
                if !list.is_empty() {
                    info.push_str(": ");
                    info.push_str(&list.join(", "));
                }
            }
            SC_GET_ATT_LIST | SC_SET_ATT_LIST => {
                let (count_def, status_def) = if sc == SC_GET_ATT_LIST {
                    (f::cip::GETLIST_ATTR_COUNT, f::cip::GETLIST_ATTR_STATUS)
                } else {
                    (f::cip::SETLIST_ATTR_COUNT, f::cip::SETLIST_ATTR_STATUS)
                };
                if let Some(n) = le16(data, 0) {
                    l.uint(count_def, n);
                    let mut at = 2;
                    for _ in 0..n {
                        let (Some(attr), Some(st)) = (le16(data, at), data.get(at + 2)) else {
                            break;
                        };
                        l.uint(f::cip::ATTRIBUTE, attr);
                        l.uint(status_def, *st);
                        at += 4;
                        if *st == 0 && sc == SC_GET_ATT_LIST {
                            // An attribute tshark cannot size: the rest.
                            if at < data.len() {
                                l.push(f::cip::DATA, Value::Bytes(Cow::Owned(data[at..].to_vec())));
                            }
                            break;
                        }
                    }
                }
            }
            _ => {
                if !data.is_empty() {
                    l.push(f::cip::DATA, Value::Bytes(Cow::Owned(data.to_vec())));
                }
            }
        }
        return info;
    }
    // Request.
    let Some(&words) = b.get(1) else {
        return name;
    };
    l.uint(f::cip::REQUEST_PATH_SIZE, words);
    let plen = usize::from(words) * 2;
    let path = b.get(2..2 + plen).unwrap_or(b.get(2..).unwrap_or(&[]));
    l.push(f::cip::EPATH, Value::Bytes(Cow::Owned(path.to_vec())));
    let class = epath(l, path);
    let mut info = if embedded {
        name.clone()
    } else {
        let mut s = String::new();
        if let Some(c) = class {
            s.push_str(&class_info_name(c));
            s.push_str(" - ");
        }
        s.push_str(&name);
        s
    };
    let mut r = ReqInfo {
        service,
        path: path.to_vec(),
        class,
        embedded: Vec::new(),
    };
    let data = b.get(2 + plen..).unwrap_or(&[]);
    if sc >= 0x4b && !class.is_some_and(has_class_dissector) {
        generic(extra, data);
        *out_req = Some(r);
        return info;
    }
    match sc {
        SC_MSP => {
            let mut reqs = Vec::new();
            let list = msp_requests(l, extra, data, &mut reqs);
            r.embedded = reqs;
            if !list.is_empty() {
                info.push_str(": ");
                info.push_str(&list.join(", "));
            }
        }
        SC_GET_ATT_LIST | SC_SET_ATT_LIST => {
            let count_def = if sc == SC_GET_ATT_LIST {
                f::cip::GETLIST_ATTR_COUNT
            } else {
                f::cip::SETLIST_ATTR_COUNT
            };
            if let Some(n) = le16(data, 0) {
                l.uint(count_def, n);
                let mut at = 2;
                for _ in 0..n {
                    let Some(attr) = le16(data, at) else {
                        break;
                    };
                    l.uint(f::cip::ATTRIBUTE, attr);
                    at += 2;
                    if sc == SC_SET_ATT_LIST {
                        // The value of an attribute tshark cannot size:
                        // the rest.
                        if at < data.len() {
                            l.push(f::cip::DATA, Value::Bytes(Cow::Owned(data[at..].to_vec())));
                        }
                        break;
                    }
                }
            }
        }
        _ => {
            if !data.is_empty() {
                l.push(f::cip::DATA, Value::Bytes(Cow::Owned(data.to_vec())));
            }
        }
    }
    *out_req = Some(r);
    info
}

/// Classes tshark 4.0 has a dissector of their own for (their
/// class-specific services are theirs, not the class generic one's).
fn has_class_dissector(class: u32) -> bool {
    matches!(class, 0x01 | 0x06 | 0x67 | 0x44 | 0x39 | 0x3a | 0x04)
}

/// The class generic dissector (`cipcls`): the service's data.
fn generic(extra: &mut Vec<Layer<'static>>, data: &[u8]) {
    let mut c = Layer::new(Osi::Application, "cipcls", 0..0);
    if !data.is_empty() {
        c.push(f::cip::DATA, Value::Bytes(Cow::Owned(data.to_vec())));
    }
    extra.push(c);
}

/// A Multiple Service Packet request's services: their Info names.
fn msp_requests(
    l: &mut Layer<'static>,
    extra: &mut Vec<Layer<'static>>,
    data: &[u8],
    reqs: &mut Vec<ReqInfo>,
) -> Vec<String> {
    let offsets = msp_offsets(l, data);
    let mut names = Vec::new();
    for (k, &off) in offsets.iter().enumerate() {
        let end = offsets
            .get(k + 1)
            .map_or(data.len(), |&n| usize::from(n).min(data.len()));
        let off = usize::from(off);
        let Some(svc) = data.get(off..end.max(off)) else {
            break;
        };
        l.uint(f::cip::MSP_OFFSET, off as u64);
        let mut r = None;
        names.push(message(l, extra, svc, None, &mut r, true));
        reqs.push(r.unwrap_or_default());
    }
    names
}

/// A Multiple Service Packet response's services.
fn msp(
    l: &mut Layer<'static>,
    extra: &mut Vec<Layer<'static>>,
    data: &[u8],
    reqs: Option<&[ReqInfo]>,
) -> Vec<String> {
    let offsets = msp_offsets(l, data);
    let mut names = Vec::new();
    for (k, &off) in offsets.iter().enumerate() {
        let end = offsets
            .get(k + 1)
            .map_or(data.len(), |&n| usize::from(n).min(data.len()));
        let off = usize::from(off);
        let Some(svc) = data.get(off..end.max(off)) else {
            break;
        };
        l.uint(f::cip::MSP_OFFSET, off as u64);
        let req = reqs.and_then(|r| r.get(k));
        let mut r = None;
        names.push(message(l, extra, svc, req, &mut r, true));
    }
    names
}

/// The count and the offset list.
fn msp_offsets(l: &mut Layer<'static>, data: &[u8]) -> Vec<u16> {
    let Some(n) = le16(data, 0) else {
        return Vec::new();
    };
    l.uint(f::cip::MSP_NUM_SERVICES, n);
    let mut offsets = Vec::new();
    for k in 0..usize::from(n) {
        let Some(o) = le16(data, 2 + k * 2) else {
            break;
        };
        l.uint(f::cip::MSP_OFFSET, o);
        offsets.push(o);
    }
    offsets
}
