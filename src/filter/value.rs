//! Values computed while evaluating general expressions (field to field
//! comparisons, arithmetic, slices, functions, protocol bytes), with tshark
//! 4.0's rules: integers of up to 32 bits compute in 32 bits and larger
//! ones in 64, overflow and division by zero give no value, an unsigned
//! subtraction that goes below zero turns signed, and comparisons read the
//! right side in the left side's signedness (a negative number is never
//! equal to, less or greater than an unsigned one).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt::Write;

use super::parse::{ArithOp, Range};
use crate::dissect::Value;
use crate::dissect::field::FieldType;

/// The width integers of a field type compute in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Width {
    W32,
    W64,
}

pub(super) fn width(ft: FieldType) -> Option<Width> {
    use FieldType as T;
    match ft {
        T::Char | T::Uint8 | T::Uint16 | T::Uint24 | T::Uint32 | T::FrameNum => Some(Width::W32),
        T::Int8 | T::Int16 | T::Int24 | T::Int32 => Some(Width::W32),
        T::Uint40 | T::Uint48 | T::Uint56 | T::Uint64 => Some(Width::W64),
        T::Int64 => Some(Width::W64),
        _ => None,
    }
}

/// Bytes a value of this type takes on the wire (tshark's `len()` of a
/// field without a length of its own).
pub(super) fn wire_size(ft: FieldType) -> u64 {
    use FieldType as T;
    match ft {
        T::Char | T::Uint8 | T::Int8 => 1,
        T::Uint16 | T::Int16 => 2,
        T::Uint24 | T::Int24 => 3,
        T::Uint32 | T::Int32 | T::FrameNum | T::Ipv4 | T::Float => 4,
        T::Uint40 => 5,
        T::Uint48 | T::Ether => 6,
        T::Uint56 => 7,
        T::Uint64 | T::Int64 | T::Double | T::Eui64 => 8,
        T::Ipv6 | T::Guid => 16,
        _ => 0,
    }
}

/// One value of an expression.
#[derive(Debug, Clone)]
pub(super) enum V<'a> {
    Val(Value<'a>),
    /// A protocol: the bytes its tree item covers (compared, sliced,
    /// measured), and every byte it carries (searched by `contains` and
    /// `matches`).
    Proto(&'a [u8], &'a [u8]),
}

impl<'a> V<'a> {
    /// The value as compared with `==` or `<`.
    pub(super) fn value(&self) -> Cow<'_, Value<'a>> {
        match self {
            V::Val(v) => Cow::Borrowed(v),
            V::Proto(item, _) => Cow::Owned(Value::Bytes(Cow::Borrowed(item))),
        }
    }

    /// The bytes `contains` and `matches` search.
    pub(super) fn haystack(&self) -> Option<&[u8]> {
        match self {
            V::Val(v) => value_bytes(v),
            V::Proto(_, tvb) => Some(tvb),
        }
    }
}

/// The bytes of a string, byte, address or MAC value.
pub(super) fn value_bytes<'v>(v: &'v Value<'_>) -> Option<&'v [u8]> {
    match v {
        Value::Str(s) => Some(s.as_bytes()),
        Value::Bytes(b) => Some(b),
        Value::Mac(m) => Some(m),
        Value::Ipv4(a) => Some(a),
        Value::Ipv6(a) => Some(a),
        _ => None,
    }
}

fn bits(v: &Value<'_>) -> Option<u64> {
    match v {
        Value::UInt(n) => Some(*n),
        Value::Int(n) => Some(*n as u64),
        _ => None,
    }
}

/// `a op b`, or `None` when tshark gets no value (overflow, division by
/// zero, types that do not compute).
pub(super) fn arith(op: ArithOp, a: &V<'_>, b: &V<'_>, w: Width) -> Option<Value<'static>> {
    let (a, b) = (a.value(), b.value());
    let (a, b) = (a.as_ref(), b.as_ref());
    match (a, w) {
        (Value::UInt(x), Width::W32) => {
            let (x, y) = (*x as u32, bits(b)? as u32);
            let u = |r: Option<u32>| r.map(|r| Value::UInt(u64::from(r)));
            match op {
                ArithOp::Add => u(x.checked_add(y)),
                ArithOp::Sub if y > x => {
                    if x > i32::MAX as u32 || y > i32::MAX as u32 {
                        return None;
                    }
                    (x as i32)
                        .checked_sub(y as i32)
                        .map(|r| Value::Int(i64::from(r)))
                }
                ArithOp::Sub => u(x.checked_sub(y)),
                ArithOp::Mul => u(x.checked_mul(y)),
                ArithOp::Div => u(x.checked_div(y)),
                ArithOp::Mod => u(x.checked_rem(y)),
                ArithOp::BitAnd => u(Some(x & y)),
            }
        }
        (Value::Int(x), Width::W32) => {
            let (x, y) = (*x as i32, bits(b)? as u32 as i32);
            let r = match op {
                ArithOp::Add => x.checked_add(y),
                ArithOp::Sub => x.checked_sub(y),
                ArithOp::Mul => x.checked_mul(y),
                ArithOp::Div => x.checked_div(y),
                ArithOp::Mod => x.checked_rem(y),
                ArithOp::BitAnd => Some(x & y),
            };
            r.map(|r| Value::Int(i64::from(r)))
        }
        (Value::UInt(x), Width::W64) => {
            let (x, y) = (*x, bits(b)?);
            let u = |r: Option<u64>| r.map(Value::UInt);
            match op {
                ArithOp::Add => u(x.checked_add(y)),
                ArithOp::Sub if y > x => {
                    if x > i64::MAX as u64 || y > i64::MAX as u64 {
                        return None;
                    }
                    (x as i64).checked_sub(y as i64).map(Value::Int)
                }
                ArithOp::Sub => u(x.checked_sub(y)),
                ArithOp::Mul => u(x.checked_mul(y)),
                ArithOp::Div => u(x.checked_div(y)),
                ArithOp::Mod => u(x.checked_rem(y)),
                ArithOp::BitAnd => u(Some(x & y)),
            }
        }
        (Value::Int(x), Width::W64) => {
            let (x, y) = (*x, bits(b)? as i64);
            let r = match op {
                ArithOp::Add => x.checked_add(y),
                ArithOp::Sub => x.checked_sub(y),
                ArithOp::Mul => x.checked_mul(y),
                ArithOp::Div => x.checked_div(y),
                ArithOp::Mod => x.checked_rem(y),
                ArithOp::BitAnd => Some(x & y),
            };
            r.map(Value::Int)
        }
        // Time offsets. An absolute time here is frame.time_epoch, which
        // tshark 4.0 types as an offset from the epoch (arithmetic on true
        // absolute times is refused when compiling).
        (Value::RelTime(_) | Value::Time(_), _) => {
            let offset = |v: &Value<'_>| match v {
                Value::RelTime(t) => Some(t.as_nanos()),
                Value::Time(t) => Some(t.as_nanos()),
                _ => None,
            };
            let (x, y) = (offset(a)?, offset(b)?);
            match op {
                ArithOp::Add => x.checked_add(y).map(Value::rel_time),
                ArithOp::Sub => x.checked_sub(y).map(Value::rel_time),
                _ => None,
            }
        }
        (Value::Double(x), _) => {
            let Value::Double(y) = b else { return None };
            match op {
                ArithOp::Add => Some(Value::Double(x + y)),
                ArithOp::Sub => Some(Value::Double(x - y)),
                ArithOp::Mul => Some(Value::Double(x * y)),
                ArithOp::Div => Some(Value::Double(x / y)),
                _ => None,
            }
        }
        (Value::Ipv4(x), _) if op == ArithOp::BitAnd => {
            let Value::Ipv4(y) = b else { return None };
            Some(Value::Ipv4(
                (u32::from_be_bytes(*x) & u32::from_be_bytes(*y)).to_be_bytes(),
            ))
        }
        (a, _) if op == ArithOp::BitAnd => {
            let (x, y) = (value_bytes(a)?, value_bytes(b)?);
            let anded: Vec<u8> = x.iter().zip(y).map(|(p, q)| p & q).collect();
            Some(Value::Bytes(Cow::Owned(anded)))
        }
        _ => None,
    }
}

/// `-a`: unsigned integers turn signed (and fail past the signed maximum).
pub(super) fn negate(a: &V<'_>, w: Width) -> Option<Value<'static>> {
    match (a.value().as_ref(), w) {
        (Value::UInt(x), Width::W32) if *x <= i32::MAX as u64 => Some(Value::Int(-(*x as i64))),
        (Value::UInt(x), Width::W64) if *x <= i64::MAX as u64 => Some(Value::Int(-(*x as i64))),
        (Value::Int(x), Width::W32) => Some(Value::Int(i64::from((*x as i32).wrapping_neg()))),
        (Value::Int(x), Width::W64) => Some(Value::Int(x.wrapping_neg())),
        (Value::RelTime(x), _) => Some(Value::rel_time(-x.as_nanos())),
        // frame.time_epoch: a time since the epoch, which tshark 4.0 types
        // as a relative time; its negation is one too.
        (Value::Time(t), _) => Some(Value::rel_time(-t.as_nanos())),
        (Value::Double(x), _) => Some(Value::Double(-x)),
        _ => None,
    }
}

/// Whether a value counts as zero for a bare arithmetic or `&` test.
pub(super) fn is_zero(v: &Value<'_>) -> bool {
    match v {
        Value::UInt(n) => *n == 0,
        Value::Int(n) => *n == 0,
        Value::RelTime(t) => t.as_nanos() == 0,
        Value::Double(x) => *x == 0.0,
        Value::Ipv4(a) => *a == [0; 4],
        Value::Ipv6(a) => *a == [0; 16],
        Value::Bytes(b) => b.iter().all(|b| *b == 0),
        Value::Mac(m) => *m == [0; 6],
        _ => false,
    }
}

/// Order of two values, the left one's type deciding; `None` when they do
/// not compare (then `==` is false and `!=` true, as in tshark).
pub(super) fn cmp_values(a: &V<'_>, b: &V<'_>) -> Option<Ordering> {
    let (av, bv) = (a.value(), b.value());
    match (av.as_ref(), bv.as_ref()) {
        (Value::UInt(x), Value::UInt(y)) => Some(x.cmp(y)),
        (Value::UInt(x), Value::Int(y)) => u64::try_from(*y).ok().map(|y| x.cmp(&y)),
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Int(x), Value::UInt(y)) => i64::try_from(*y).ok().map(|y| x.cmp(&y)),
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(y)),
        // A boolean field against an integer one: true is 1.
        (Value::Bool(x), Value::UInt(y)) => Some(u64::from(*x).cmp(y)),
        (Value::UInt(x), Value::Bool(y)) => Some(x.cmp(&u64::from(*y))),
        (Value::Bool(x), Value::Int(y)) => Some(i64::from(*x).cmp(y)),
        (Value::Int(x), Value::Bool(y)) => Some(x.cmp(&i64::from(*y))),
        (Value::Str(x), Value::Str(y)) => Some(x.as_bytes().cmp(y.as_bytes())),
        (Value::Ipv4(x), Value::Ipv4(y)) => Some(x.cmp(y)),
        (Value::Ipv6(x), Value::Ipv6(y)) => Some(x.cmp(y)),
        (Value::Time(x), Value::Time(y)) => Some(nstime_order(x.as_nanos(), y.as_nanos(), true)),
        (Value::RelTime(x), Value::RelTime(y)) => {
            Some(nstime_order(x.as_nanos(), y.as_nanos(), false))
        }
        // frame.time_epoch (a time since the epoch, which tshark 4.0 types
        // as a relative time) against another relative time.
        (Value::Time(x), Value::RelTime(y)) => {
            Some(nstime_order(x.as_nanos(), y.as_nanos(), false))
        }
        (Value::RelTime(x), Value::Time(y)) => {
            Some(nstime_order(x.as_nanos(), y.as_nanos(), false))
        }
        (Value::Double(x), Value::Double(y)) => x.partial_cmp(y),
        (Value::Mac(x), Value::Mac(y)) => Some(x.cmp(y)),
        (x @ (Value::Bytes(_) | Value::Mac(_)), y @ (Value::Bytes(_) | Value::Mac(_)))
        | (x @ Value::Bytes(_), y @ (Value::Ipv4(_) | Value::Ipv6(_)))
        | (x @ (Value::Ipv4(_) | Value::Ipv6(_)), y @ Value::Bytes(_)) => {
            Some(bytes_order(value_bytes(x)?, value_bytes(y)?))
        }
        _ => None,
    }
}

/// The order tshark 4.0 gives two times (nanoseconds; `absolute`: since
/// the epoch, split into whole seconds below and a positive fraction, else
/// a time offset, whose fraction takes its sign). Its `nstime_cmp` orders
/// by the difference of the seconds cast to a 32-bit int, so times more
/// than about 68 years apart compare the wrong way round, and times whose
/// seconds differ by a multiple of 2^32 compare equal whatever their
/// fractions: we answer as it does.
pub(super) fn nstime_order(a: i128, b: i128, absolute: bool) -> Ordering {
    const NS: i128 = 1_000_000_000;
    let split = |t: i128| {
        if absolute {
            (t.div_euclid(NS), t.rem_euclid(NS))
        } else {
            (t / NS, t % NS)
        }
    };
    let ((sa, na), (sb, nb)) = (split(a), split(b));
    if sa == sb {
        na.cmp(&nb)
    } else {
        ((sa - sb) as i32).cmp(&0)
    }
}

/// tshark orders byte strings by length first, then by content.
pub(super) fn bytes_order(a: &[u8], b: &[u8]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// Whether `needle` occurs in `hay`: scan for its first byte, then compare.
/// An empty needle is found nowhere, as tshark 4.0 has it (`frame contains
/// ""` selects nothing).
pub(super) fn find(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return false;
    };
    let mut from = 0;
    while let Some(p) = hay[from..].iter().position(|&b| b == first) {
        let at = from + p;
        if hay[at + 1..].starts_with(rest) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Resolve one range against a length: the half-open index range it
/// selects, or `None` when it does not fit (tshark then has no value).
pub(super) fn resolve_range(r: Range, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    let at = |i: i64| if i < 0 { len + i } else { i };
    let (start, end) = match r {
        Range::One(i) => (at(i), at(i) + 1),
        Range::Len(s, n) => (at(s), at(s) + n),
        Range::To(a, b) => (at(a), at(b) + 1),
        Range::ToEnd(s) => {
            let s = at(s);
            if s >= len {
                return None;
            }
            (s, len)
        }
    };
    if start < 0 || end > len || end <= start {
        return None;
    }
    Some((start as usize, end as usize))
}

/// `data[ranges]`, the pieces put end to end. As in tshark 4.0
/// (`fvalue_slice`), a range that does not fit ends the slice with the
/// pieces before it: `[5000:2]` on a short value is empty, not absent
/// (`frame[5000:2] == ""` holds), and `[0:1,5000:2,1:1]` is one byte.
pub(super) fn slice<'a>(data: Cow<'a, [u8]>, ranges: &[Range]) -> Cow<'a, [u8]> {
    if let [r] = ranges {
        let Some((s, e)) = resolve_range(*r, data.len()) else {
            return Cow::Borrowed(&[]);
        };
        return match data {
            Cow::Borrowed(b) => Cow::Borrowed(&b[s..e]),
            Cow::Owned(v) => Cow::Owned(v[s..e].to_vec()),
        };
    }
    let mut out = Vec::new();
    for r in ranges {
        let Some((s, e)) = resolve_range(*r, data.len()) else {
            break;
        };
        out.extend_from_slice(&data[s..e]);
    }
    Cow::Owned(out)
}

/// Whether layer number `n` (1-based) of `total` is selected.
pub(super) fn layer_selected(ranges: &[Range], n: usize, total: usize) -> bool {
    let n = n as i64;
    let total = total as i64;
    let at = |i: i64| if i < 0 { total + 1 + i } else { i };
    ranges.iter().any(|r| match *r {
        Range::One(i) => at(i) == n,
        Range::Len(s, l) => (at(s)..at(s) + l).contains(&n),
        Range::To(a, b) => (at(a)..=at(b)).contains(&n),
        Range::ToEnd(s) => n >= at(s),
    })
}

/// `string()`: the value as tshark writes it in a filter.
pub(super) fn to_string(v: &Value<'_>) -> Option<String> {
    let mut s = String::new();
    match v {
        Value::UInt(n) => write!(s, "{n}").ok()?,
        Value::Int(n) => write!(s, "{n}").ok()?,
        Value::Ipv4(_) | Value::Ipv6(_) | Value::Mac(_) => write!(s, "{v}").ok()?,
        Value::Double(x) => s = c_g17(*x),
        Value::Bytes(b) => {
            for (i, byte) in b.iter().enumerate() {
                if i > 0 {
                    s.push(':');
                }
                write!(s, "{byte:02x}").ok()?;
            }
        }
        _ => return None,
    }
    Some(s)
}

/// A double as C's `printf("%.17g")` writes it, as tshark 4.0's string()
/// does (`0.008` is "0.0080000000000000002").
pub(super) fn c_g17(x: f64) -> String {
    if x.is_nan() {
        return if x.is_sign_negative() { "-nan" } else { "nan" }.into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let trim = |t: &str| -> String {
        if t.contains('.') {
            t.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            t.to_string()
        }
    };
    let sci = format!("{x:.16e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..17).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mant), exp.abs())
    } else {
        let prec = usize::try_from(16 - exp).unwrap_or(0);
        trim(&format!("{x:.prec$}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_print_as_c_g17() {
        assert_eq!(c_g17(0.008), "0.0080000000000000002");
        assert_eq!(c_g17(2.0), "2");
        assert_eq!(c_g17(1e-5), "1.0000000000000001e-05");
        assert_eq!(c_g17(1e17), "1e+17");
        assert_eq!(c_g17(-0.5), "-0.5");
        assert_eq!(c_g17(123456.789), "123456.789");
    }

    fn u(n: u64) -> V<'static> {
        V::Val(Value::UInt(n))
    }
    fn i(n: i64) -> V<'static> {
        V::Val(Value::Int(n))
    }

    #[test]
    fn thirty_two_bit_arithmetic_like_tshark() {
        let w = Width::W32;
        assert_eq!(arith(ArithOp::Add, &u(80), &u(1), w), Some(Value::UInt(81)));
        assert_eq!(arith(ArithOp::Sub, &u(80), &u(81), w), Some(Value::Int(-1)));
        assert_eq!(arith(ArithOp::Sub, &u(74), &u(2_147_483_648), w), None);
        assert_eq!(
            arith(ArithOp::Add, &u(74), &u(u64::from(u32::MAX)), w),
            None
        );
        assert_eq!(
            arith(ArithOp::Mul, &u(74), &u(58_040_098), w),
            Some(Value::UInt(4_294_967_252))
        );
        assert_eq!(arith(ArithOp::Mul, &u(74), &u(58_040_099), w), None);
        assert_eq!(arith(ArithOp::Div, &u(80), &u(0), w), None);
        assert_eq!(arith(ArithOp::Mod, &u(80), &u(7), w), Some(Value::UInt(3)));
        assert_eq!(
            arith(ArithOp::BitAnd, &u(0x12), &u(0x02), w),
            Some(Value::UInt(2))
        );
        assert_eq!(arith(ArithOp::Add, &i(-1), &u(1), w), Some(Value::Int(0)));
        assert_eq!(negate(&u(80), w), Some(Value::Int(-80)));
        assert_eq!(negate(&u(1 << 31), w), None);
        assert_eq!(
            arith(ArithOp::Add, &u(u64::MAX - 1), &u(1), Width::W64),
            Some(Value::UInt(u64::MAX))
        );
    }

    #[test]
    fn comparisons_read_the_right_side_as_the_left() {
        assert_eq!(cmp_values(&u(80), &i(-80)), None);
        assert_eq!(cmp_values(&i(-1), &u(0)), Some(Ordering::Less));
        assert_eq!(cmp_values(&i(-1), &u(u64::MAX)), None);
        let b = |x: &'static [u8]| V::Val(Value::Bytes(Cow::Borrowed(x)));
        assert_eq!(
            cmp_values(&b(&[2, 0x99]), &b(&[3])),
            Some(Ordering::Greater)
        );
        assert_eq!(
            cmp_values(&b(&[2, 0x99]), &b(&[2, 0x99, 0])),
            Some(Ordering::Less)
        );
    }

    #[test]
    fn ranges_like_tshark() {
        assert_eq!(resolve_range(Range::One(-1), 74), Some((73, 74)));
        assert_eq!(resolve_range(Range::Len(70, 10), 74), None);
        assert_eq!(resolve_range(Range::Len(-100, 2), 74), None);
        assert_eq!(resolve_range(Range::ToEnd(74), 74), None);
        assert_eq!(resolve_range(Range::ToEnd(73), 74), Some((73, 74)));
        assert_eq!(resolve_range(Range::To(2, 3), 74), Some((2, 4)));
        assert_eq!(resolve_range(Range::Len(0, 6), 6), Some((0, 6)));
        let s = slice(
            Cow::Borrowed(&[1u8, 2, 3, 4][..]),
            &[Range::Len(0, 1), Range::ToEnd(-1)],
        );
        assert_eq!(&*s, &[1u8, 4][..]);
        // A range that does not fit ends the slice (tshark 4.0's
        // fvalue_slice): empty, or the pieces before it.
        let four = || Cow::Borrowed(&[1u8, 2, 3, 4][..]);
        assert!(slice(four(), &[Range::Len(5000, 2)]).is_empty());
        assert!(slice(four(), &[Range::ToEnd(4)]).is_empty());
        let s = slice(
            four(),
            &[Range::Len(0, 1), Range::Len(9, 1), Range::Len(1, 1)],
        );
        assert_eq!(&*s, &[1u8][..]);
        assert!(layer_selected(&[Range::One(-1)], 2, 2));
        assert!(!layer_selected(&[Range::One(0)], 1, 2));
        assert!(layer_selected(&[Range::Len(1, 2)], 2, 3));
        assert!(!layer_selected(&[Range::ToEnd(2)], 1, 3));
    }

    #[test]
    fn finds_bytes() {
        assert!(find(b"xxGEGET", b"GET"));
        assert!(find(b"GET", b"GET"));
        assert!(!find(b"GE", b"GET"));
        assert!(!find(b"", b""));
        assert!(!find(b"abc", b""));
        assert!(!find(b"", b"a"));
        assert!(find(b"abc", b"c"));
    }

    #[test]
    fn strings_of_values() {
        assert_eq!(to_string(&Value::UInt(80)).as_deref(), Some("80"));
        assert_eq!(
            to_string(&Value::Ipv4([10, 0, 0, 1])).as_deref(),
            Some("10.0.0.1")
        );
        assert_eq!(
            to_string(&Value::Bytes(Cow::Borrowed(&[0xde, 0xad]))).as_deref(),
            Some("de:ad")
        );
        assert_eq!(to_string(&Value::Bool(true)), None);
    }
}
