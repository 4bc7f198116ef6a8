//! A bounded view of a TLV protocol's PDU as Wireshark's tvbuff reads it,
//! shared by LLDP and CDP: every read says whether it failed past the
//! captured bytes (cut short) or past the PDU's or an item's own length
//! (malformed), which is the exception tshark would throw there.

use crate::dissect::layer::{AnomalyKind, Layer, Value};
use crate::dissect::wire::{be16, be32};

/// Where a read failed: past the captured bytes inside the PDU (cut
/// short), or past the view's or the PDU's own length (malformed). The
/// offset is where the failed read ended, from the PDU's start.
#[derive(Debug, Clone, Copy)]
pub(super) enum Exc {
    Short(usize),
    Malformed(usize),
    /// Inside a view (a TLV) whose length runs past the PDU's end.
    Contained(usize),
}

impl Exc {
    /// Marks `l` as tshark's exception marks the PDU: cut short or
    /// malformed, with where the read ended against the `have` bytes
    /// captured, thrown as `protocol`'s.
    pub(super) fn mark(self, l: &mut Layer<'_>, protocol: &'static str, what: &str, have: usize) {
        let (kind, at) = match self {
            Exc::Short(at) => (AnomalyKind::Truncated, at),
            Exc::Malformed(at) | Exc::Contained(at) => (AnomalyKind::Malformed, at),
        };
        let reason = format!("{what}: need {at} bytes, have {have}");
        if kind == AnomalyKind::Truncated {
            l.truncated(reason);
        } else {
            l.malformed(reason);
        }
        if let Exc::Contained(_) = self {
            l.throw_contained(protocol);
        } else {
            l.throw(kind, protocol);
        }
    }
}

/// A view of `len` bytes from `base` of the PDU, as Wireshark's subset
/// tvbuff: `data` is what was captured of the PDU, `rep` its length on
/// the wire.
#[derive(Clone, Copy)]
pub(super) struct Tvb<'a> {
    pub(super) data: &'a [u8],
    pub(super) rep: usize,
    pub(super) base: usize,
    pub(super) len: usize,
}

impl<'a> Tvb<'a> {
    /// The whole PDU: `data` captured of its `rep` bytes on the wire.
    pub(super) fn new(data: &'a [u8], rep: usize) -> Self {
        Tvb {
            data,
            rep,
            base: 0,
            len: rep,
        }
    }

    pub(super) fn get(&self, at: usize, n: usize) -> Result<&'a [u8], Exc> {
        let end = at.saturating_add(n);
        let cap = self.len.min(self.data.len().saturating_sub(self.base));
        if end <= cap {
            return Ok(&self.data[self.base + at..self.base + end]);
        }
        let contained = self.len.min(self.rep.saturating_sub(self.base));
        let abs = self.base.saturating_add(end);
        if end <= contained {
            Err(Exc::Short(abs))
        } else if end <= self.len && self.len > self.rep.saturating_sub(self.base) {
            Err(Exc::Contained(abs))
        } else {
            Err(Exc::Malformed(abs))
        }
    }

    /// An item's bytes by Wireshark's length: -1 to the view's end, below
    /// that an error.
    pub(super) fn item(&self, at: usize, len: i64) -> Result<&'a [u8], Exc> {
        match len {
            -1 => {
                self.get(at, 0)?;
                Ok(self.rest(at))
            }
            n if n < -1 => Err(Exc::Malformed(self.base.saturating_add(at))),
            n => self.get(at, n as usize),
        }
    }

    pub(super) fn u8(&self, at: usize) -> Result<u8, Exc> {
        Ok(self.get(at, 1)?[0])
    }

    pub(super) fn u16(&self, at: usize) -> Result<u16, Exc> {
        Ok(be16(self.get(at, 2)?, 0))
    }

    pub(super) fn u32(&self, at: usize) -> Result<u32, Exc> {
        Ok(be32(self.get(at, 4)?, 0))
    }

    pub(super) fn ipv4(&self, at: usize) -> Result<Value<'static>, Exc> {
        let b = self.get(at, 4)?;
        Ok(Value::Ipv4([b[0], b[1], b[2], b[3]]))
    }

    /// The view of `len` bytes from `at`.
    pub(super) fn sub(&self, at: usize, len: usize) -> Tvb<'a> {
        Tvb {
            base: self.base + at,
            len,
            ..*self
        }
    }

    /// Captured bytes from `at` to the view's end.
    pub(super) fn rest(&self, at: usize) -> &'a [u8] {
        let cap = self.len.min(self.data.len().saturating_sub(self.base));
        &self.data[(self.base + at.min(cap))..self.base + cap]
    }
}
