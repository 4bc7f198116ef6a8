//! EAP (RFC 3748) as tshark 4.0's `packet-eap.c` shows the packets RADIUS
//! carries in its EAP-Message attributes: code, identifier, length, and
//! for requests and responses the type; an Identity's text and an
//! MD5-Challenge's value (with tshark's "Vulnerable to MITM attacks"
//! warning). Other types show their type only (tshark goes on into
//! EAP-TLS, PEAP, ... which are not decoded here).
//!
//! RADIUS keeps the Protocol and Info columns (tshark makes them
//! unwritable while EAP decodes): the line renderer does not take an EAP
//! layer right after a RADIUS one as the frame's top protocol.
//!
//! The promise: no input makes this module panic. Every read is checked
//! against the bytes first.

pub mod fields;

use crate::dissect::expert::{self, Expert, Group, Severity};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::ProtocolSpec;
use crate::dissect::wire::be16;
use std::borrow::Cow;
use std::ops::Range;

const REQUEST: u8 = 1;
const RESPONSE: u8 = 2;
const TYPE_IDENTITY: u8 = 1;
const TYPE_MD5: u8 = 4;
const TYPE_SIM: u8 = 18;
// EAP-SIM attributes shown by their own fields.
const AT_NOTIFICATION: u8 = 12;
const AT_IDENTITY: u8 = 14;
const AT_CLIENT_ERROR_CODE: u8 = 22;

/// tshark's `eap.mitm_attacks` (Warning, Security) on MD5-Challenge.
static MITM: Expert = Expert {
    field: f::eap::MITM_ATTACKS,
    group: Group::Security,
    severity: Severity::Warn,
};

/// One EAP packet `b` (reassembled from RADIUS attributes: the values are
/// owned) as a layer spanning `span` of the frame.
pub fn dissect(b: &[u8], span: Range<usize>) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "eap", span);
    if packet(b, &mut l).is_err() {
        l.malformed(format!(
            "EAP packet: {} bytes, shorter than it says",
            b.len()
        ));
    }
    l
}

/// A read past the bytes.
struct Short;

fn packet(b: &[u8], l: &mut Layer<'static>) -> Result<(), Short> {
    let get = |i: usize| b.get(i).copied().ok_or(Short);
    let code = get(0)?;
    l.uint(f::eap::CODE, code);
    l.uint(f::eap::ID, get(1)?);
    get(3)?;
    let len = usize::from(be16(b, 2));
    l.uint(f::eap::LEN, len as u64);
    if !matches!(code, REQUEST | RESPONSE) || len < 5 {
        return Ok(());
    }
    let kind = get(4)?;
    l.uint(f::eap::TYPE, kind);
    // The type's data: up to the length EAP states.
    let end = len.min(b.len());
    let data = b.get(5..end).unwrap_or(&[]);
    let short = len > b.len();
    match kind {
        TYPE_IDENTITY => {
            if short {
                return Err(Short);
            }
            expert::ascii_string(l, f::eap::IDENTITY, data);
        }
        TYPE_MD5 => {
            expert::add(l, &MITM, None);
            let size = usize::from(*data.first().ok_or(Short)?);
            l.uint(f::eap::MD5_VALUE_SIZE, size as u64);
            let value = data.get(1..1 + size).ok_or(Short)?;
            l.push(f::eap::MD5_VALUE, Value::Bytes(Cow::Owned(value.to_vec())));
            let extra = &data[1 + size..];
            if !extra.is_empty() {
                l.push(
                    f::eap::MD5_EXTRA_DATA,
                    Value::Bytes(Cow::Owned(extra.to_vec())),
                );
            }
            if short {
                return Err(Short);
            }
        }
        TYPE_SIM => {
            sim(data, l)?;
            if short {
                return Err(Short);
            }
        }
        _ => {}
    }
    Ok(())
}

/// EAP-SIM (RFC 4186): subtype, reserved, then attributes of a type and a
/// length in 4-byte words (both counted), their values as bytes but for
/// an identity (its actual length and text), a notification and a
/// client error code, as packet-eap.c shows them.
fn sim(data: &[u8], l: &mut Layer<'static>) -> Result<(), Short> {
    l.uint(f::eap::SIM_SUBTYPE, *data.first().ok_or(Short)?);
    data.get(..3).ok_or(Short)?;
    l.uint(f::eap::SIM_RESERVED, be16(data, 1));
    let mut at = 3;
    while at < data.len() {
        l.present(f::eap::SIM_SUBTYPE_ATTRIBUTE);
        l.uint(f::eap::SIM_SUBTYPE_TYPE, data[at]);
        let words = *data.get(at + 1).ok_or(Short)?;
        l.uint(f::eap::SIM_SUBTYPE_LEN, words);
        let n = (usize::from(words) * 4).saturating_sub(2);
        let value = data.get(at + 2..at + 2 + n).ok_or(Short)?;
        match data[at] {
            AT_IDENTITY => {
                let len = usize::from(be16(value.get(..2).ok_or(Short)?, 0));
                l.uint(f::eap::IDENTITY_ACTUAL_LEN, len as u64);
                expert::ascii_string(l, f::eap::IDENTITY, value.get(2..2 + len).ok_or(Short)?);
            }
            AT_NOTIFICATION => l.uint(
                f::eap::SIM_NOTIFICATION_TYPE,
                be16(value.get(..2).ok_or(Short)?, 0),
            ),
            AT_CLIENT_ERROR_CODE => l.uint(
                f::eap::SIM_ERROR_CODE,
                be16(value.get(..2).ok_or(Short)?, 0),
            ),
            _ => l.push(
                f::eap::SIM_SUBTYPE_VALUE,
                Value::Bytes(Cow::Owned(value.to_vec())),
            ),
        }
        at += 2 + n;
    }
    Ok(())
}

/// tshark's Info for EAP on its own (`Request, Identity`); RADIUS's frames
/// keep RADIUS's.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(c) = l.get_uint(f::eap::CODE) {
        out.push_str(f::eap::CODE.value_name(c).unwrap_or("Unknown"));
    }
    if let Some(t) = l.get_uint(f::eap::TYPE) {
        out.push_str(", ");
        out.push_str(f::eap::TYPE.value_name(t).unwrap_or("Unknown"));
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "eap",
    also: &[],
    title: "Extensible Authentication Protocol",
    osi: Osi::Application,
    fields: f::eap::ALL,
    summary,
    info: None,
    column: Some(|_| "EAP"),
    app: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_and_md5() {
        let b = [2, 0, 0, 9, 1, b'b', b'o', b'b', b'!'];
        let l = dissect(&b, 0..9);
        assert_eq!(l.get_uint(f::eap::CODE), Some(2));
        assert_eq!(l.get_uint(f::eap::TYPE), Some(1));
        assert_eq!(l.get_str(f::eap::IDENTITY), Some("bob!"));
        let mut b = vec![1, 1, 0, 24, 4, 16];
        b.extend_from_slice(&[7; 16]);
        b.extend_from_slice(b"xy");
        let l = dissect(&b, 0..b.len());
        assert_eq!(l.get_uint(f::eap::MD5_VALUE_SIZE), Some(16));
        assert_eq!(
            l.get(f::eap::MD5_EXTRA_DATA),
            Some(&Value::Bytes(Cow::Owned(b"xy".to_vec())))
        );
        assert!(l.has(f::eap::MITM_ATTACKS));
        // Success: the header only.
        let l = dissect(&[3, 1, 0, 4], 0..4);
        assert!(!l.has(f::eap::TYPE));
        // Every prefix decodes without panicking.
        for n in 0..b.len() {
            let _ = dissect(&b[..n], 0..n);
        }
    }
}
