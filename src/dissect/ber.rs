//! BER/DER elements: one reader for every ASN.1 decoder (X.509 in TLS,
//! SNMP). An element is read whole or not at all: the tag, a definite
//! length of at most four bytes, and contents that fit in what holds them;
//! anything else is an error naming what was wrong, never a panic and
//! never a read past the slice. Callers that recurse bound their depth.

/// One DER element: class (0 universal, 1 application, 2 context, 3
/// private), constructed or not, tag number, contents.
#[derive(Clone, Copy)]
pub(crate) struct Tlv<'a> {
    pub(crate) class: u8,
    pub(crate) constructed: bool,
    pub(crate) tag: u32,
    pub(crate) body: &'a [u8],
}

impl Tlv<'_> {
    pub(crate) fn is(&self, class: u8, tag: u32) -> bool {
        self.class == class && self.tag == tag
    }
    pub(crate) fn universal(&self, tag: u32) -> bool {
        self.is(0, tag)
    }
    pub(crate) fn context(&self, tag: u32) -> bool {
        self.is(2, tag)
    }
}

pub(crate) const SEQUENCE: u32 = 16;
pub(crate) const SET: u32 = 17;
pub(crate) const INTEGER: u32 = 2;
pub(crate) const BIT_STRING: u32 = 3;
pub(crate) const OCTET_STRING: u32 = 4;
pub(crate) const OID: u32 = 6;
pub(crate) const BOOLEAN: u32 = 1;
pub(crate) const UTF8_STRING: u32 = 12;
pub(crate) const PRINTABLE_STRING: u32 = 19;
pub(crate) const TELETEX_STRING: u32 = 20;
pub(crate) const IA5_STRING: u32 = 22;
pub(crate) const UTC_TIME: u32 = 23;
pub(crate) const GENERALIZED_TIME: u32 = 24;
pub(crate) const VISIBLE_STRING: u32 = 26;
pub(crate) const UNIVERSAL_STRING: u32 = 28;
pub(crate) const BMP_STRING: u32 = 30;

/// Why the walk stopped.
pub(crate) type Stop = &'static str;

/// An element's header alone, its contents unread (they may be cut
/// short): class, constructed, tag, the contents' length and the
/// header's. `None` when the header itself is cut short, has an
/// indefinite length or a length of more than four bytes.
pub(crate) fn header(b: &[u8]) -> Option<(u8, bool, u32, usize, usize)> {
    let &id = b.first()?;
    let mut i = 1;
    let mut tag = u32::from(id & 0x1f);
    if tag == 0x1f {
        tag = 0;
        loop {
            let &c = b.get(i)?;
            i += 1;
            if tag > u32::MAX >> 7 {
                return None;
            }
            tag = (tag << 7) | u32::from(c & 0x7f);
            if c & 0x80 == 0 {
                break;
            }
        }
    }
    let &first = b.get(i)?;
    i += 1;
    let len = if first < 0x80 {
        usize::from(first)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 {
            return None;
        }
        let bytes = b.get(i..i + n)?;
        i += n;
        bytes.iter().fold(0usize, |a, &c| (a << 8) | usize::from(c))
    };
    Some((id >> 6, id & 0x20 != 0, tag, len, i))
}

/// The first element of `b` and what follows it. Definite lengths only
/// (DER); a length past the end is an error, not a cut.
pub(crate) fn tlv(b: &[u8]) -> Result<(Tlv<'_>, &[u8]), Stop> {
    let (&id, mut rest) = b.split_first().ok_or("an element expected, none left")?;
    let class = id >> 6;
    let constructed = id & 0x20 != 0;
    let mut tag = u32::from(id & 0x1f);
    if tag == 0x1f {
        tag = 0;
        loop {
            let (&c, r) = rest.split_first().ok_or("a tag cut short")?;
            rest = r;
            if tag > u32::MAX >> 7 {
                return Err("a tag number too large");
            }
            tag = (tag << 7) | u32::from(c & 0x7f);
            if c & 0x80 == 0 {
                break;
            }
        }
    }
    let (&first, r) = rest.split_first().ok_or("a length cut short")?;
    rest = r;
    let len = if first < 0x80 {
        usize::from(first)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 {
            return Err("an indefinite length (not DER)");
        }
        if n > 4 {
            return Err("a length of more than four bytes");
        }
        let (bytes, r) = rest.split_at_checked(n).ok_or("a length cut short")?;
        rest = r;
        bytes.iter().fold(0usize, |a, &c| (a << 8) | usize::from(c))
    };
    let (body, rest) = rest
        .split_at_checked(len)
        .ok_or("an element longer than what holds it")?;
    Ok((
        Tlv {
            class,
            constructed,
            tag,
            body,
        },
        rest,
    ))
}

/// The elements of a constructed element's contents, in order.
pub(crate) fn elements(mut b: &[u8]) -> impl Iterator<Item = Result<Tlv<'_>, Stop>> {
    std::iter::from_fn(move || {
        if b.is_empty() {
            return None;
        }
        match tlv(b) {
            Ok((t, rest)) => {
                b = rest;
                Some(Ok(t))
            }
            Err(e) => {
                b = &[];
                Some(Err(e))
            }
        }
    })
}

/// How many elements `b` holds (tshark's item counts), reading no further
/// than the first that does not parse.
pub(crate) fn count(b: &[u8]) -> u64 {
    elements(b).take_while(Result::is_ok).count() as u64
}

/// An object identifier's contents in dotted form (`2.5.4.3`); `None`
/// when they do not form one.
pub fn oid_text(b: &[u8]) -> Option<String> {
    if b.is_empty() || b[b.len() - 1] & 0x80 != 0 {
        return None;
    }
    let mut out = String::with_capacity(b.len() * 3);
    let mut v: u128 = 0;
    let mut first = true;
    for &c in b {
        if v > u128::MAX >> 7 {
            return None;
        }
        v = (v << 7) | u128::from(c & 0x7f);
        if c & 0x80 == 0 {
            if first {
                let (a, rest) = match v {
                    0..=39 => (0, v),
                    40..=79 => (1, v - 40),
                    _ => (2, v - 80),
                };
                out.push_str(itoa::Buffer::new().format(a));
                out.push('.');
                out.push_str(itoa::Buffer::new().format(rest));
                first = false;
            } else {
                out.push('.');
                out.push_str(itoa::Buffer::new().format(v));
            }
            v = 0;
        }
    }
    Some(out)
}

/// An INTEGER's contents as tshark keeps them for an unsigned field: not
/// sign-extended (packet-ber.c extends the sign only for FT_INT* fields,
/// so a one-byte 0xdd is 221, not 0xffffffdd), the last eight bytes.
pub(crate) fn uint_value(b: &[u8]) -> u64 {
    b.iter().fold(0u64, |v, &c| (v << 8) | u64::from(c))
}

/// An INTEGER's value when it fits.
pub(crate) fn int_value(b: &[u8]) -> Option<i64> {
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    let mut v: i64 = if b[0] & 0x80 != 0 { -1 } else { 0 };
    for &c in b {
        v = (v << 8) | i64::from(c);
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    #[test]
    fn unsigned_integers_are_not_sign_extended() {
        // An SNMP engine time of one byte 0xdd: tshark's FT_UINT32 shows 221.
        assert_eq!(super::uint_value(&[0xdd]), 221);
        assert_eq!(
            super::uint_value(&[0x00, 0xff, 0xff, 0xff, 0xff]),
            0xffff_ffff
        );
        assert_eq!(super::int_value(&[0xdd]), Some(-35));
    }
}
