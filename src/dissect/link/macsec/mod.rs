//! IEEE 802.1AE MACsec (EtherType 0x88E5) as tshark 4.0's packet-macsec.c
//! shows it without keys (its pre-shared key preference is empty by
//! default).
//!
//! The SecTAG: the TCI bits and the association number (one byte), the
//! short length, the packet number and, when the SC bit is set, the SCI
//! (system identifier and port). Then:
//! - an integrity-only frame (E and C clear): the payload's EtherType
//!   (`macsec.etype`) and the payload, handed to the EtherType table; what
//!   the payload leaves over is the EtherType dissector's trailer, which
//!   MACsec names `macsec.ICV` (so a payload longer than the frame shows
//!   no ICV, as in tshark);
//! - an encrypted (or changed) frame: Protocol `MACSEC`, Info `MACsec
//!   frame`, the payload as data and the 16-byte ICV after it.
//!
//! The short length is shown, not used (tshark 4.0 neither cuts the frame
//! to it nor looks for an Ethernet trailer after it). A version bit set, or a frame no longer than the
//! SecTAG and the ICV, is not MACsec to tshark: the EtherType's data.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::{Next, Walk};

/// The ICV's length (version 0, GCM-AES).
const ICV_LEN: usize = 16;
/// The SecTAG with and without the SCI.
const SECTAG_WITH_SC: usize = 14;
const SECTAG_WITHOUT_SC: usize = 6;

/// What tshark writes in the Info column for a MACsec frame it cannot
/// decrypt (its payload's dissectors write over it).
const INFO: &str = "MACsec frame";

/// EtherType 0x88E5.
pub(crate) fn macsec(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let Some(&tci) = b.first() else {
        return Next::Data(Osi::Network);
    };
    // The version must be 0: anything else is refused (data).
    if tci & 0x80 != 0 {
        return Next::Data(Osi::Network);
    }
    let sectag = if tci & 0x20 != 0 {
        SECTAG_WITH_SC
    } else {
        SECTAG_WITHOUT_SC
    };
    // "Check for length too short": the captured bytes.
    if b.len() <= sectag + ICV_LEN {
        return Next::Data(Osi::Network);
    }
    let encrypted = tci & 0x0c != 0;
    let head_len = if encrypted { sectag } else { sectag + 2 };
    let mut l = Layer::new(Osi::DataLink, "macsec", start..start + head_len);
    l.uint(f::macsec::TCI, (tci & 0xfc) >> 2);
    l.uint(f::macsec::TCI_V, (tci & 0x80) >> 7);
    l.boolean(f::macsec::TCI_ES, tci & 0x40 != 0);
    l.boolean(f::macsec::TCI_SC, tci & 0x20 != 0);
    l.boolean(f::macsec::TCI_SCB, tci & 0x10 != 0);
    l.boolean(f::macsec::TCI_E, tci & 0x08 != 0);
    l.boolean(f::macsec::TCI_C, tci & 0x04 != 0);
    l.uint(f::macsec::AN, tci & 0x03);
    l.uint(f::macsec::SL, b[1]);
    if let Some(pn) = b.get(2..6) {
        l.uint(
            f::macsec::PN,
            u32::from_be_bytes([pn[0], pn[1], pn[2], pn[3]]),
        );
    }
    if sectag == SECTAG_WITH_SC
        && let (Some(si), Some(pi)) = (b.get(6..12), b.get(12..14))
    {
        let mut mac = [0u8; 6];
        mac.copy_from_slice(si);
        l.push(f::macsec::SCI_SYSTEM_IDENTIFIER, Value::Mac(mac));
        l.uint(
            f::macsec::SCI_PORT_IDENTIFIER,
            u16::from_be_bytes([pi[0], pi[1]]),
        );
    }
    l.str(f::macsec::OSIDUMP_INFO, INFO);
    let data_at = start + sectag;
    if !encrypted {
        // b.len() > sectag + 16: the EtherType is there. The payload is
        // everything after it, the ICV included: what the payload's
        // dissector leaves over is the trailer (`macsec.ICV`).
        let etype = u16::from_be_bytes([b[sectag], b[sectag + 1]]);
        l.uint(f::macsec::ETYPE, etype);
        walk.layers.push(l);
        walk.off = data_at + 2;
        return Next::EtherType(etype);
    }
    // The last 16 captured bytes are the ICV, the bytes before it the
    // payload (tshark 4.0 measures by what was captured, whatever the
    // short length says).
    let icv_at = walk.end - ICV_LEN;
    l.push(
        f::macsec::ICV,
        Value::Bytes(walk.data[icv_at..walk.end].into()),
    );
    walk.layers.push(l);
    walk.off = data_at;
    walk.end = icv_at;
    walk.reported_end = icv_at;
    Next::Data(Osi::DataLink)
}

/// tshark's Info column for a frame whose top layer is MACsec.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    out.push_str(l.get_str(f::macsec::OSIDUMP_INFO).unwrap_or(INFO));
}

/// The tree's line: association and packet numbers, the SCI when present,
/// and whether the payload is encrypted (shown as data) or integrity-only.
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    let _ = write!(
        out,
        "MACsec AN {} PN {}",
        l.get_uint(f::macsec::AN).unwrap_or(0),
        l.get_uint(f::macsec::PN).unwrap_or(0)
    );
    if let Some(Value::Mac(m)) = l.get(f::macsec::SCI_SYSTEM_IDENTIFIER) {
        let _ = write!(
            out,
            " SCI {} port {}",
            crate::dissect::wire::ascii(&crate::dissect::layer::mac_text(m)),
            l.get_uint(f::macsec::SCI_PORT_IDENTIFIER).unwrap_or(0)
        );
    }
    match l.get_uint(f::macsec::ETYPE) {
        Some(t) => {
            let _ = write!(out, ", integrity only, type 0x{t:04x}");
        }
        None => out.push_str(", encrypted"),
    }
}
