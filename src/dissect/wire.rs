//! Field readers for fixed header layouts (big- and little-endian), and
//! the bounds check decoders share. Callers check the
//! slice length once (the header's size) before reading; these index
//! directly, so a missing check is a bug caught by the robustness tests.
//! Also strings read as tshark reads them.

use std::borrow::Cow;

/// A read past the captured bytes, ending at `.0`: what a decoder's `?`
/// carries up to the place that marks its layer (tshark's exception).
pub(crate) struct Short(pub usize);

/// A message's bytes read in order, as tshark's `offset` walks them: each
/// read either gives its bytes or (Err) the offset its end needed.
pub(crate) struct Reader<'a> {
    pub(crate) b: &'a [u8],
    pub(crate) at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], usize> {
        let end = self.at + n;
        let got = self.b.get(self.at..end).ok_or(end)?;
        self.at = end;
        Ok(got)
    }

    pub(crate) fn u8(&mut self) -> Result<u8, usize> {
        Ok(self.take(1)?[0])
    }

    pub(crate) fn u16(&mut self) -> Result<u16, usize> {
        Ok(be16(self.take(2)?, 0))
    }

    pub(crate) fn u32(&mut self) -> Result<u32, usize> {
        Ok(be32(self.take(4)?, 0))
    }

    pub(crate) fn le16(&mut self) -> Result<u16, usize> {
        Ok(le16(self.take(2)?, 0))
    }

    pub(crate) fn le32(&mut self) -> Result<u32, usize> {
        Ok(le32(self.take(4)?, 0))
    }

    pub(crate) fn le64(&mut self) -> Result<u64, usize> {
        Ok(le64(self.take(8)?, 0))
    }

    /// Up to `n` bytes: what is left of them (a string of a given length
    /// the message cuts, read as far as it goes).
    pub(crate) fn take_upto(&mut self, n: usize) -> &'a [u8] {
        let end = self.at.saturating_add(n).min(self.b.len()).max(self.at);
        let got = &self.b[self.at..end];
        self.at = end;
        got
    }
}

/// `Ok` when `b` holds its first `end` bytes.
pub(crate) fn need(b: &[u8], end: usize) -> Result<(), Short> {
    if b.len() >= end {
        Ok(())
    } else {
        Err(Short(end))
    }
}

/// tshark's `tvb_strsize`: the length of the NUL-terminated string at
/// `at`, NUL included; `None` when no NUL follows in `b` (tshark throws).
pub(crate) fn strsize(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..)?.iter().position(|&c| c == 0).map(|i| i + 1)
}

/// Where a read of a [`Tvb`] fell: past what the capture kept of the PDU
/// (`Cut`, tshark's BoundsError) or past the length the PDU has on the
/// wire (`Past`, its ReportedBoundsError), which tshark tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    Cut,
    Past,
}

/// A PDU's captured bytes and the length it has on the wire, as tshark's
/// tvb holds both, with its integers in the PDU's byte order (`le`).
#[derive(Clone, Copy)]
pub(crate) struct Tvb<'b> {
    pub b: &'b [u8],
    pub reported: usize,
    pub le: bool,
}

impl<'b> Tvb<'b> {
    /// `len` bytes at `at`.
    pub fn bytes(&self, at: usize, len: usize) -> Result<&'b [u8], Bound> {
        let end = at.checked_add(len).ok_or(Bound::Past)?;
        if end > self.reported {
            return Err(Bound::Past);
        }
        self.b.get(at..end).ok_or(Bound::Cut)
    }

    pub fn u8(&self, at: usize) -> Result<u8, Bound> {
        Ok(self.bytes(at, 1)?[0])
    }

    pub fn u16(&self, at: usize) -> Result<u16, Bound> {
        let b = self.bytes(at, 2)?;
        Ok(if self.le { le16(b, 0) } else { be16(b, 0) })
    }

    pub fn u32(&self, at: usize) -> Result<u32, Bound> {
        let b = self.bytes(at, 4)?;
        Ok(if self.le { le32(b, 0) } else { be32(b, 0) })
    }

    pub fn u64(&self, at: usize) -> Result<u64, Bound> {
        let b = self.bytes(at, 8)?;
        Ok(if self.le {
            le64(b, 0)
        } else {
            let mut x = [0u8; 8];
            x.copy_from_slice(b);
            u64::from_be_bytes(x)
        })
    }

    /// `tvb_bytes_exist`: captured.
    pub fn exist(&self, at: usize, len: usize) -> bool {
        at.checked_add(len).is_some_and(|e| e <= self.b.len())
    }

    /// `tvb_reported_length_remaining`.
    pub fn remaining(&self, at: usize) -> usize {
        self.reported.saturating_sub(at)
    }

    /// Bytes from `at` to `end` (reported), as many as were captured.
    pub fn slice(&self, at: usize, end: usize) -> &'b [u8] {
        let end = end.min(self.b.len());
        self.b.get(at..end).unwrap_or(&[])
    }
}

pub(crate) fn le16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

pub(crate) fn le32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

pub(crate) fn le64(b: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(x)
}

pub(crate) fn be16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

/// A 24-bit length (TLS and DTLS handshake headers, certificate lists).
pub(crate) fn be24(b: &[u8], at: usize) -> usize {
    (usize::from(b[at]) << 16) | (usize::from(b[at + 1]) << 8) | usize::from(b[at + 2])
}

pub(crate) fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// What `String::from_utf8_lossy` gives, borrowed when `b` is valid
/// UTF-8. Checked first with `from_utf8`, which reads ASCII a word at a
/// time; the lossy decoder reads every text byte by byte (HTTP header
/// lines, DNS names: some 140 instructions a packet of the line view).
pub(crate) fn lossy(b: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(b),
    }
}

/// A string as tshark reads it with `ENC_ASCII`: up to the first NUL, each
/// byte past 0x7f shown as U+FFFD. Borrows when it can.
pub(crate) fn ascii(b: &[u8]) -> Cow<'_, str> {
    // memchr and is_ascii read a word at a time: every HTTP header line
    // comes through here, and a byte loop was 1% of the line view.
    let b = memchr::memchr(0, b).map_or(b, |nul| &b[..nul]);
    if b.is_ascii()
        && let Ok(s) = std::str::from_utf8(b)
    {
        return Cow::Borrowed(s);
    }
    Cow::Owned(ascii_all(b))
}

/// Every byte as text, NULs included (for [`crate::dissect::expert::wire_string`],
/// which stops at the first), each byte past 0x7f as U+FFFD: tshark's
/// `ENC_ASCII` before it cuts at a NUL.
pub(crate) fn ascii_all(b: &[u8]) -> String {
    b.iter()
        .map(|&c| {
            if c.is_ascii() {
                char::from(c)
            } else {
                '\u{fffd}'
            }
        })
        .collect()
}

/// A decimal number at the front of `b[at..]` as C's `strtol` family
/// reads it in the C locale: white space, a sign, digits. Dissectors that
/// parse text with `strtoul`, `sscanf("%d")` or `ws_strtou64` each keep
/// their own rule for what a sign, an overflow or no digit means.
pub(crate) struct CDecimal {
    pub negative: bool,
    /// The digits' value; `u64::MAX` once it overflows.
    pub magnitude: u64,
    pub overflow: bool,
    /// Any digit read.
    pub digits: bool,
    /// Where the number ends (past the last digit).
    pub end: usize,
}

pub(crate) fn c_decimal(b: &[u8], at: usize) -> CDecimal {
    let mut i = at;
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
    {
        i += 1;
    }
    let negative = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let start = i;
    let (mut magnitude, mut overflow) = (0u64, false);
    while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
        match magnitude
            .checked_mul(10)
            .and_then(|x| x.checked_add(u64::from(d - b'0')))
        {
            Some(x) => magnitude = x,
            None => {
                overflow = true;
                magnitude = u64::MAX;
            }
        }
        i += 1;
    }
    CDecimal {
        negative,
        magnitude,
        overflow,
        digits: i > start,
        end: i,
    }
}

/// CRC-32 (IEEE 802.3, reflected, as Wireshark's `crc32_ccitt`): STUN's
/// FINGERPRINT and the file-handle hash tshark shows for NFS.
pub(crate) fn crc32(b: &[u8]) -> u32 {
    let mut c = !0u32;
    for &x in b {
        c ^= u32::from(x);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xedb8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

#[cfg(test)]
mod tests {
    /// `lossy` is `from_utf8_lossy`: valid text borrowed as it is, each
    /// invalid sequence one U+FFFD.
    #[test]
    fn lossy_is_from_utf8_lossy() {
        let cases: [&[u8]; 6] = [
            b"",
            b"Host: example.com\r\n",
            "caf\u{e9} \u{1f600}".as_bytes(),
            b"bad \xff\xfe end",
            b"cut \xe2\x82",
            b"\xc0\x80 overlong",
        ];
        for b in cases {
            let ours = super::lossy(b);
            assert_eq!(ours, String::from_utf8_lossy(b));
            assert_eq!(
                matches!(ours, std::borrow::Cow::Borrowed(_)),
                std::str::from_utf8(b).is_ok()
            );
        }
    }
}
