//! IPsec's two headers as tshark 4.0's `packet-ipsec.c` reads them with
//! its default preferences (no keys, no heuristics):
//!
//! ESP (IP protocol 50, RFC 4303): the SPI and sequence number; the rest
//! is ciphertext, which tshark shows nothing of (not even as data).
//!
//! AH (IP protocol 51, RFC 4302): next header, length (in 32-bit words,
//! minus two), two reserved bytes, SPI, sequence number and the integrity
//! check value (the header's bytes after the first twelve); the payload
//! after the header goes to the next header's decoder, over IPv4 and
//! IPv6 alike. A header cut short keeps the fields read before the cut.

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::be32;
use super::super::{Addrs, Next, Walk};
use crate::dissect::fields as f;

pub(crate) fn esp(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "esp", start..walk.end);
    if b.len() < 4 {
        return super::super::cut_short(walk, l, "ESP header", 8);
    }
    l.uint(f::esp::SPI, be32(b, 0));
    if b.len() < 8 {
        return super::super::cut_short(walk, l, "ESP header", 8);
    }
    l.uint(f::esp::SEQUENCE, be32(b, 4));
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// ESP carried in UDP (RFC 3948): the same two fields over the UDP
/// payload `b` at `at`, `reported` bytes long on the wire.
pub(crate) fn esp_layer(b: &[u8], at: usize, reported: usize, cut: bool) -> Layer<'_> {
    let mut l = Layer::new(Osi::Network, "esp", at..at + b.len());
    let need = if b.len() < 4 { 4 } else { 8 };
    if b.len() >= 4 {
        l.uint(f::esp::SPI, be32(b, 0));
    }
    if b.len() >= 8 {
        l.uint(f::esp::SEQUENCE, be32(b, 4));
    } else {
        let reason = format!("ESP header: need {need} bytes, have {}", b.len());
        l.read_past_end("esp", reason, cut && need <= reported);
    }
    l
}

pub(crate) fn ah(walk: &mut Walk<'_>, addrs: Addrs) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Network, "ah", start..walk.end);
    let Some(&next) = b.first() else {
        return super::super::cut_short(walk, l, "AH header", 12);
    };
    l.uint(f::ah::NEXT_HEADER, next);
    let Some(&words) = b.get(1) else {
        return super::super::cut_short(walk, l, "AH header", 12);
    };
    l.uint(f::ah::LENGTH, words);
    let header_len = (usize::from(words) + 2) * 4;
    if b.len() < 4 {
        return super::super::cut_short(walk, l, "AH header", 12);
    }
    l.push(f::ah::RESERVED, Value::Bytes(b[2..4].into()));
    if b.len() < 8 {
        return super::super::cut_short(walk, l, "AH header", 12);
    }
    l.uint(f::ah::SPI, be32(b, 4));
    if b.len() < 12 {
        return super::super::cut_short(walk, l, "AH header", 12);
    }
    l.uint(f::ah::SEQUENCE, be32(b, 8));
    if header_len > 12 {
        if b.len() < header_len {
            return super::super::cut_short(walk, l, "AH integrity check value", header_len);
        }
        l.push(f::ah::ICV, Value::Bytes(b[12..header_len].into()));
    }
    // A length of 0 or 1 says the header ends before (or at) the end of
    // the sequence number: the payload starts there all the same.
    l.span = start..start + header_len.min(b.len());
    walk.off = start + header_len.min(b.len());
    walk.layers.push(l);
    Next::IpProto(next, addrs)
}

/// tshark's Info for ESP: `ESP (SPI=0x48dac2e4)`, written once the
/// sequence number is read (none for a header cut short).
pub(crate) fn esp_info(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(spi) = l.get_uint(f::esp::SPI)
        && l.has(f::esp::SEQUENCE)
    {
        let _ = write!(out, "ESP (SPI=0x{spi:08x})");
    }
}

/// ESP's one-line summary: SPI and sequence number.
pub(crate) fn esp_summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    esp_info(out, l);
    if let Some(seq) = l.get_uint(f::esp::SEQUENCE) {
        let _ = write!(out, " seq {seq}");
    }
}

/// AH's one-line summary: SPI, sequence number and what it protects.
pub(crate) fn ah_summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(spi) = l.get_uint(f::ah::SPI) {
        let _ = write!(out, "SPI 0x{spi:08x}");
    }
    if let Some(seq) = l.get_uint(f::ah::SEQUENCE) {
        let _ = write!(out, " seq {seq}");
    }
}

#[cfg(test)]
mod tests {
    use crate::dissect::Dissector;
    use crate::dissect::testing::{fields, frame, get};
    use crate::source::linktype;

    /// A raw IPv4 packet (LINKTYPE_IPV4) of protocol `proto`.
    fn ipv4(proto: u8, payload: &[u8]) -> Vec<u8> {
        let len = 20 + payload.len();
        let mut p = vec![
            0x45,
            0,
            (len >> 8) as u8,
            len as u8,
            0,
            0,
            0,
            0,
            64,
            proto,
            0,
            0,
        ];
        p.extend_from_slice(&[10, 0, 0, 1, 10, 0, 0, 2]);
        p.extend_from_slice(payload);
        p
    }

    fn dissect(data: &[u8]) -> (String, Vec<(String, String)>) {
        let mut d = Dissector::new();
        let out = d.dissect(&frame(linktype::IPV4, data));
        let fields = fields(&out);
        let protocols = get(&fields, "frame.protocols")
            .first()
            .map(|s| s.to_string())
            .unwrap_or_default();
        (protocols, fields)
    }

    #[test]
    fn esp_shows_spi_and_sequence_only() {
        let (p, f) = dissect(&ipv4(50, &[0x48, 0xda, 0xc2, 0xe4, 0, 0, 0, 3, 1, 2, 3, 4]));
        assert_eq!(p, "ip:esp");
        assert_eq!(get(&f, "esp.spi"), ["1222296292"]);
        assert_eq!(get(&f, "esp.sequence"), ["3"]);
        assert!(get(&f, "data.data").is_empty());
    }

    #[test]
    fn ah_hands_its_payload_to_the_next_header() {
        // Next header 4 (IPv4 in IPv4), length 4 (24 bytes), ICV of 12.
        let mut ah = vec![4, 4, 0, 0, 0x81, 0x79, 0xb7, 0x05, 0, 0, 0, 3];
        ah.extend_from_slice(&[0xaa; 12]);
        ah.extend_from_slice(&ipv4(50, &[0, 0, 0, 1, 0, 0, 0, 2]));
        let (p, f) = dissect(&ipv4(51, &ah));
        assert_eq!(p, "ip:ah:ip:esp");
        assert_eq!(get(&f, "ah.length"), ["4"]);
        assert_eq!(get(&f, "ah.spi"), ["2172237573"]);
        assert_eq!(get(&f, "ah.icv").len(), 1);
        for n in 0..ah.len() {
            let _ = dissect(&ipv4(51, &ah[..n]));
        }
        for n in 0..8 {
            let _ = dissect(&ipv4(50, &[1, 2, 3, 4, 5, 6, 7, 8][..n]));
        }
    }
}
