//! The QUIC transport parameters extension (57, and 0xffa5 of the QUIC
//! drafts; RFC 9000 18) as packet-tls-utils.c's
//! `ssl_dissect_hnd_hello_ext_quic_transport_parameters` reads it in tshark
//! 4.0: each parameter's type, length and raw value, then the value decoded
//! by type.
//!
//! tshark's reads are bounded by the handshake message, not by the
//! parameter nor the extension: a value shorter than what its type reads
//! (a varint in an empty parameter) is read on into the bytes after it,
//! then the parameter's end is where the next one starts ("Dissector
//! processed too much data", "N trailing bytes were unprocessed"). A read
//! past the message is its exception. So the reads here run over `tail`,
//! the bytes from the extension's body to the end of the extensions block.

use super::{too_much, trailing_unread};
use crate::dissect::app::quic::http3::varint;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Value};
use crate::dissect::wire::be16;

/// A read past the end of the extensions block (tshark's exception).
pub(super) type Thrown = String;

/// Reads over the extension's bytes and what follows it in the block.
struct Tail<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Tail<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Thrown> {
        let s = self
            .p
            .checked_add(n)
            .and_then(|end| self.b.get(self.p..end))
            .ok_or_else(|| {
                format!(
                    "{n} bytes at offset {} of a {}-byte extensions tail",
                    self.p,
                    self.b.len()
                )
            })?;
        self.p += n;
        Ok(s)
    }
    fn varint(&mut self) -> Result<u64, Thrown> {
        let (v, n) = varint(self.b, self.p)
            .ok_or_else(|| format!("QUIC varint cut at offset {}", self.p))?;
        self.p += n;
        Ok(v)
    }
    fn u32(&mut self) -> Result<u32, Thrown> {
        let s = self.take(4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
}

/// The parameters of an extension `len` bytes long whose body starts
/// `tail`. `encrypted_extensions`: the block is an EncryptedExtensions
/// message's (Google's version parameter then lists the server's
/// versions). Returns how far the reads went from the body's start (past
/// `len` when the last parameter read on), or the exception.
pub(super) fn transport_parameters(
    tail: &[u8],
    len: usize,
    encrypted_extensions: bool,
    l: &mut Layer<'static>,
) -> Result<usize, Thrown> {
    let mut r = Tail { b: tail, p: 0 };
    // Drafts up to 26: a 16-bit length of the list, then 16-bit ids and
    // 16-bit-length values; tshark takes that form when the length covers
    // the extension and the first value fits.
    let old = len >= 6
        && tail.len() >= 6
        && 2 + usize::from(be16(tail, 0)) == len
        && 6 + usize::from(be16(tail, 4)) <= len;
    if old {
        l.uint(f::tls::QUIC_LEN, be16(tail, 0));
        r.p = 2;
    }
    while r.p < len {
        let (ty, value_len) = if old {
            let ty = u64::from(be16(r.take(2)?, 0));
            l.uint(f::tls::QUIC_PARAMETER_TYPE, ty);
            if r.p + 2 > len {
                // ssl_add_vector: no room for the value's length.
                return Ok(len);
            }
            let n = usize::from(be16(r.take(2)?, 0));
            l.uint(f::tls::QUIC_PARAMETER_LENGT_OLD, n as u64);
            if r.p + n > len {
                return Ok(len);
            }
            (ty, n)
        } else {
            let ty = r.varint()?;
            l.uint(f::tls::QUIC_PARAMETER_TYPE, ty);
            let n = r.varint()?;
            l.uint(f::tls::QUIC_PARAMETER_LENGTH, n);
            // tshark keeps the low 32 bits of the length.
            (ty, n as u32 as usize)
        };
        let start = r.p;
        let end = start + value_len;
        let value = r.take(value_len)?;
        l.push(
            f::tls::QUIC_PARAMETER_VALUE,
            Value::Bytes(value.to_vec().into()),
        );
        r.p = start;
        parameter(&mut r, ty, value_len, encrypted_extensions, l)?;
        if r.p < end {
            trailing_unread(l, end - r.p);
        } else if r.p > end {
            too_much(l, r.p - end);
        }
        r.p = end;
    }
    Ok(r.p)
}

/// The value of a parameter of type `ty`, `n` bytes long, read from
/// `r`'s position on.
fn parameter(
    r: &mut Tail<'_>,
    ty: u64,
    n: usize,
    encrypted_extensions: bool,
    l: &mut Layer<'static>,
) -> Result<(), Thrown> {
    use f::tls::*;
    let bytes = |r: &mut Tail<'_>, l: &mut Layer<'static>, def, n| -> Result<(), Thrown> {
        let v = r.take(n)?;
        l.push(def, Value::Bytes(v.to_vec().into()));
        Ok(())
    };
    let number = |r: &mut Tail<'_>, l: &mut Layer<'static>, def| -> Result<(), Thrown> {
        let v = r.varint()?;
        l.uint(def, v);
        Ok(())
    };
    match ty {
        0x00 => bytes(r, l, QUIC_PARAMETER_ORIGINAL_DESTINATION_CONNECTION_ID, n)?,
        0x01 => number(r, l, QUIC_PARAMETER_MAX_IDLE_TIMEOUT)?,
        0x02 => bytes(r, l, QUIC_PARAMETER_STATELESS_RESET_TOKEN, 16)?,
        0x03 => number(r, l, QUIC_PARAMETER_MAX_UDP_PAYLOAD_SIZE)?,
        0x04 => number(r, l, QUIC_PARAMETER_INITIAL_MAX_DATA)?,
        0x05 => number(r, l, QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_BIDI_LOCAL)?,
        0x06 => number(r, l, QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_BIDI_REMOTE)?,
        0x07 => number(r, l, QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_UNI)?,
        0x08 => number(r, l, QUIC_PARAMETER_INITIAL_MAX_STREAMS_BIDI)?,
        0x09 => number(r, l, QUIC_PARAMETER_INITIAL_MAX_STREAMS_UNI)?,
        0x0a => number(r, l, QUIC_PARAMETER_ACK_DELAY_EXPONENT)?,
        0x0b => number(r, l, QUIC_PARAMETER_MAX_ACK_DELAY)?,
        // disable_active_migration, enable_time_stamp: no value.
        0x0c | 0x7157 => {}
        0x0d => preferred_address(r, l)?,
        0x0e => number(r, l, QUIC_PARAMETER_ACTIVE_CONNECTION_ID_LIMIT)?,
        0x0f => bytes(r, l, QUIC_PARAMETER_INITIAL_SOURCE_CONNECTION_ID, n)?,
        0x10 => bytes(r, l, QUIC_PARAMETER_RETRY_SOURCE_CONNECTION_ID, n)?,
        0x11 => {
            // version_information: the chosen version, then the others.
            l.uint(QUIC_PARAMETER_VI_CHOSEN_VERSION, r.u32()?);
            for _ in (4..n).step_by(4) {
                l.uint(QUIC_PARAMETER_VI_OTHER_VERSION, r.u32()?);
            }
        }
        0x20 => number(r, l, QUIC_PARAMETER_MAX_DATAGRAM_FRAME_SIZE)?,
        0x1000 => {
            number(r, l, QUIC_PARAMETER_CIBIR_ENCODING_LENGTH)?;
            number(r, l, QUIC_PARAMETER_CIBIR_ENCODING_OFFSET)?;
        }
        0x1057 => {
            // tshark steps one byte whatever the varint's length.
            let at = r.p;
            number(r, l, QUIC_PARAMETER_LOSS_BITS)?;
            r.p = at + 1;
        }
        // min_ack_delay: draft-iyengar-quic-delayed-ack-00 and
        // draft-ietf-quic-ack-frequency-01 (the ids tshark 4.0 knows).
        0xde1a | 0xff03_de1a => number(r, l, QUIC_PARAMETER_MIN_ACK_DELAY)?,
        0x3129 => {
            let v = r.take(n)?;
            crate::dissect::expert::ascii_string(l, QUIC_PARAMETER_GOOGLE_USER_AGENT, v);
        }
        0x312b => {
            r.take(n)?;
            l.present(QUIC_PARAMETER_GOOGLE_KEY_UPDATE_NOT_YET_SUPPORTED);
        }
        0x4752 => {
            l.uint(QUIC_PARAMETER_GOOGLE_QUIC_VERSION, r.u32()?);
            if encrypted_extensions {
                let count = r.take(1)?[0];
                l.uint(QUIC_PARAMETER_GOOGLE_SUPPORTED_VERSIONS_LENGTH, count);
                for _ in 0..count / 4 {
                    l.uint(QUIC_PARAMETER_GOOGLE_SUPPORTED_VERSION, r.u32()?);
                }
            }
        }
        0x3127 => number(r, l, QUIC_PARAMETER_GOOGLE_INITIAL_RTT)?,
        0x312a => {
            r.take(n)?;
            l.present(QUIC_PARAMETER_GOOGLE_SUPPORT_HANDSHAKE_DONE);
        }
        0x4751 => {
            // Google QUIC_CRYPTO parameters (before T051): the blob and
            // its first four bytes; the tags inside are not decoded here.
            let at = r.p;
            bytes(r, l, QUIC_PARAMETER_GOOGLE_QUIC_PARAMS, n)?;
            r.p = at;
            bytes(r, l, QUIC_PARAMETER_GOOGLE_QUIC_PARAMS_UNKNOWN_FIELD, 4)?;
            r.p = at + n;
        }
        0x3128 => bytes(r, l, QUIC_PARAMETER_GOOGLE_CONNECTION_OPTIONS, n)?,
        0x7158 => {
            let at = r.p;
            number(r, l, QUIC_PARAMETER_ENABLE_TIME_STAMP_V2)?;
            r.p = at + n;
        }
        0xff00 => {
            let at = r.p;
            number(r, l, QUIC_PARAMETER_FACEBOOK_PARTIAL_RELIABILITY)?;
            r.p = at + n;
        }
        // GREASE and any other id: the raw value only.
        _ => r.p += n,
    }
    Ok(())
}

/// preferred_address (0x0d): both addresses and ports, the connection id
/// (a vector of at most 20 bytes) and the stateless reset token.
fn preferred_address(r: &mut Tail<'_>, l: &mut Layer<'static>) -> Result<(), Thrown> {
    use f::tls::*;
    let v4 = r.take(4)?;
    l.push(
        QUIC_PARAMETER_PREFERRED_ADDRESS_IPV4ADDRESS,
        Value::Ipv4([v4[0], v4[1], v4[2], v4[3]]),
    );
    l.uint(
        QUIC_PARAMETER_PREFERRED_ADDRESS_IPV4PORT,
        be16(r.take(2)?, 0),
    );
    let v6: [u8; 16] = r.take(16)?.try_into().unwrap_or([0; 16]);
    l.push(
        QUIC_PARAMETER_PREFERRED_ADDRESS_IPV6ADDRESS,
        Value::Ipv6(v6),
    );
    l.uint(
        QUIC_PARAMETER_PREFERRED_ADDRESS_IPV6PORT,
        be16(r.take(2)?, 0),
    );
    let cid_len = r.take(1)?[0];
    l.uint(
        QUIC_PARAMETER_PREFERRED_ADDRESS_CONNECTIONID_LENGTH,
        cid_len,
    );
    if cid_len > 20 {
        // ssl_add_vector refuses it: the parameter ends there.
        l.malformed(format!(
            "preferred_address: connection id length {cid_len} past 20"
        ));
        return Ok(());
    }
    let cid = r.take(usize::from(cid_len))?;
    l.push(
        QUIC_PARAMETER_PREFERRED_ADDRESS_CONNECTIONID,
        Value::Bytes(cid.to_vec().into()),
    );
    let token = r.take(16)?;
    l.push(
        QUIC_PARAMETER_PREFERRED_ADDRESS_STATELESSRESETTOKEN,
        Value::Bytes(token.to_vec().into()),
    );
    Ok(())
}
