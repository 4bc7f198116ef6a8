//! PPPoE Discovery (EtherType 0x8863; RFC 2516), as tshark 4.0's
//! packet-pppoe.c reads it: the PPPoE header (version, type, code, session
//! ID, payload length), then the tags to the end of the payload length,
//! each a 16-bit type and a 16-bit length. Each known tag shows as its own
//! field (tshark's "show tags and lengths" preference is off by default);
//! an unknown tag as its type, length and data, where tshark's data item
//! starts at the length field, two bytes early (kept: the value is what
//! `pppoed.tag.unknown_data` holds there). End-Of-List stops the tags.
//!
//! Left out, so that nothing shown differs from tshark: the DSL Forum's
//! vendor sub-tags (vendor 3561) and the parts of a 10-byte Metrics tag;
//! for those the tag's vendor ID, or nothing, is shown.
//!
//! The promise: no input makes this module panic; a read past the
//! captured bytes or past the frame marks the layer as tshark's exception
//! would, keeping what was read before.

use super::super::layer::{Layer, Osi, Value};
use super::super::{Next, Walk};
use super::tvb::{Exc, Tvb};
use crate::dissect::expert::ascii_string;
use crate::dissect::fields as f;

const TAG_EOL: u16 = 0x0000;
const VENDOR_DSLF: u32 = 3561;

pub(crate) fn pppoed(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let data = &walk.data[start..walk.end];
    let rep = walk.reported_end.max(walk.end).saturating_sub(start);
    let mut l = Layer::new(Osi::DataLink, "pppoed", start..walk.end);
    let t = Tvb::new(data, rep);
    if let Err(e) = pdu(&mut l, t) {
        e.mark(&mut l, "pppoed", "PPPoE Discovery", data.len());
    }
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

fn pdu<'a>(l: &mut Layer<'a>, t: Tvb<'a>) -> Result<(), Exc> {
    // tshark reads the code and the payload length before any item.
    let code = t.u8(1)?;
    let len = t.u16(4)?;
    let first = t.u8(0)?;
    l.uint(f::pppoe::VERSION, first >> 4);
    l.uint(f::pppoe::TYPE, first & 0x0f);
    l.uint(f::pppoe::CODE, code);
    l.uint(f::pppoe::SESSION_ID, t.u16(2)?);
    l.uint(f::pppoe::PAYLOAD_LENGTH, len);
    if len == 0 {
        return Ok(());
    }
    l.push(f::pppoed::TAGS, Value::None);
    let end = 6 + usize::from(len);
    let mut at = 6;
    while at + 2 <= end {
        let tag = t.u16(at)?;
        let tag_len = usize::from(t.u16(at + 2)?);
        let value = at + 4;
        match tag {
            TAG_EOL => return Ok(()),
            0x0101 if tag_len > 0 => {
                ascii_string(l, f::pppoed::TAGS_SERVICE_NAME, t.get(value, tag_len)?)
            }
            0x0101 => {}
            0x0102 => ascii_string(l, f::pppoed::TAGS_AC_NAME, t.get(value, tag_len)?),
            0x0103 => bytes(l, f::pppoed::TAGS_HOST_UNIQ, t.get(value, tag_len)?),
            0x0104 => bytes(l, f::pppoed::TAGS_AC_COOKIE, t.get(value, tag_len)?),
            0x0105 => {
                if tag_len >= 4 {
                    l.uint(f::pppoed::TAGS_VENDOR_ID, t.u32(value)?);
                }
                if tag_len > 4 && t.u32(value)? != VENDOR_DSLF {
                    let b = t.get(value + 4, tag_len - 4)?;
                    bytes(l, f::pppoed::TAGS_VENDOR_UNSPECIFIED, b);
                }
            }
            0x0106 if tag_len == 4 => {
                l.uint(f::pppoed::TAGS_CREDITS_FCN, t.u16(value)?);
                l.uint(f::pppoed::TAGS_CREDITS_BCN, t.u16(value + 2)?);
            }
            0x0106 => bytes(l, f::pppoed::TAGS_CREDITS, t.get(value, tag_len)?),
            0x0107 if tag_len == 10 => {}
            0x0107 => bytes(l, f::pppoed::TAGS_METRICS, t.get(value, tag_len)?),
            0x0108 if tag_len == 2 => l.uint(f::pppoed::TAGS_SEQ_NUM, t.u16(value)?),
            0x0109 if tag_len == 2 => l.uint(f::pppoed::TAGS_CREDIT_SCALE, t.u16(value)?),
            // A wrong length: tshark's text item and expert, no field.
            0x0108 | 0x0109 => {}
            0x0110 => bytes(l, f::pppoed::TAGS_RELAY_SESSION_ID, t.get(value, tag_len)?),
            0x0111 => bytes(l, f::pppoed::TAGS_HURL, t.get(value, tag_len)?),
            0x0112 => bytes(l, f::pppoed::TAGS_MOTM, t.get(value, tag_len)?),
            0x0120 => bytes(l, f::pppoed::TAGS_MAX_PAYLOAD, t.get(value, tag_len)?),
            0x0121 => bytes(l, f::pppoed::TAGS_IP_ROUTE_ADD, t.get(value, tag_len)?),
            0x0201 => ascii_string(
                l,
                f::pppoed::TAGS_SERVICE_NAME_ERROR,
                t.get(value, tag_len)?,
            ),
            0x0202 => ascii_string(l, f::pppoed::TAGS_AC_SYSTEM_ERROR, t.get(value, tag_len)?),
            0x0203 => ascii_string(l, f::pppoed::TAGS_GENERIC_ERROR, t.get(value, tag_len)?),
            _ if tag_len > 0 => {
                l.uint(f::pppoed::TAG, tag);
                l.uint(f::pppoed::TAG_LENGTH, tag_len as u64);
                bytes(l, f::pppoed::TAG_UNKNOWN_DATA, t.get(at + 2, tag_len)?);
            }
            _ => {}
        }
        at = value + tag_len;
    }
    Ok(())
}

fn bytes<'a>(l: &mut Layer<'a>, def: &'static crate::dissect::field::FieldDef, b: &'a [u8]) {
    l.push(def, Value::Bytes(b.into()));
}

/// tshark's Info: the code's name, and the AC-Name tag's.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    if let Some(code) = l.get_uint(f::pppoe::CODE) {
        out.push_str(f::pppoe::CODE.value_name(code).unwrap_or("Unknown"));
    }
    for fv in &l.fields {
        if std::ptr::eq(fv.def, f::pppoed::TAGS_AC_NAME)
            && let Value::Str(s) = &fv.value
        {
            out.push_str(" AC-Name='");
            out.push_str(s);
            out.push('\'');
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::{fields, get};

    fn frame(payload: &[u8]) -> Vec<u8> {
        let mut f = vec![0xff; 6];
        f.extend_from_slice(&[0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x88, 0x63]);
        f.extend_from_slice(payload);
        f
    }

    /// A PADO built for this test: Host-Uniq, AC-Name, AC-Cookie, an
    /// unknown tag, End-Of-List.
    #[test]
    fn offer_tags() {
        let mut p = vec![0x11, 0x07, 0x00, 0x00, 0x00, 0x00];
        p.extend_from_slice(&[0x01, 0x03, 0x00, 0x04, 0x64, 0x13, 0x85, 0x18]);
        p.extend_from_slice(&[0x01, 0x02, 0x00, 0x04, b'B', b'R', b'A', b'S']);
        p.extend_from_slice(&[0x01, 0x04, 0x00, 0x02, 0xab, 0xcd]);
        p.extend_from_slice(&[0x07, 0x77, 0x00, 0x01, 0xee]);
        p.extend_from_slice(&[0x00, 0x00, 0x00, 0x00]);
        let n = (p.len() - 6) as u16;
        p[4..6].copy_from_slice(&n.to_be_bytes());
        let bytes = frame(&p);
        let out = Dissector::new().dissect(&crate::dissect::testing::frame(1, &bytes));
        let fl = fields(&out);
        assert_eq!(get(&fl, "pppoe.code"), ["7"]);
        assert_eq!(get(&fl, "pppoed.tags.host_uniq"), ["64138518"]);
        assert_eq!(get(&fl, "pppoed.tags.ac_name"), ["BRAS"]);
        assert_eq!(get(&fl, "pppoed.tags.ac_cookie"), ["abcd"]);
        assert_eq!(get(&fl, "pppoed.tag"), ["1911"]);
        // tshark's unknown data starts at the tag's length field.
        assert_eq!(get(&fl, "pppoed.tag.unknown_data"), ["00"]);
        let mut info = String::new();
        super::info(&mut info, out.layer("pppoed").expect("pppoed layer"));
        assert_eq!(info, "Active Discovery Offer (PADO) AC-Name='BRAS'");
    }

    /// A tag whose length runs past the payload: what came before stays,
    /// the layer is marked, nothing panics.
    #[test]
    fn cut_tag() {
        let p = [
            0x11, 0x09, 0x00, 0x00, 0x00, 0x08, 0x01, 0x03, 0x00, 0x40, 0x01,
        ];
        let bytes = frame(&p);
        let out = Dissector::new().dissect(&crate::dissect::testing::frame(1, &bytes));
        let l = out.layer("pppoed").expect("pppoed layer");
        assert!(!l.anomalies.is_empty());
        assert_eq!(get(&fields(&out), "pppoe.payload_length"), ["8"]);
        for n in 0..p.len() {
            let _ = Dissector::new().dissect(&crate::dissect::testing::frame(1, &frame(&p[..n])));
        }
    }
}
