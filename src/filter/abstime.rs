//! Absolute times written as strings (`frame.time > "2020-01-01 10:00:00"`),
//! read as tshark 4.0 reads them: in local time (the TZ variable, else the
//! system's zone), or in UTC where the string says so.
//!
//! The forms taken are those tshark 4.0 takes and we have checked it reads
//! the same way:
//!
//! ```text
//! "Nov 12, 1999 08:55:44[.123456789][ UTC]"   month name in any case
//! "2011-07-04[ 12[:34[:56[.123456789]]]]"     a "T" may stand for the space
//!                                             before hours and minutes
//! "2011-07-04 12:34:56[.frac]Z"               also "UTC", " UTC", "+02:00"
//! ```
//!
//! Fields out of their range (month 13, hour 24) are errors, as in tshark;
//! a day or second past the month's or minute's end rolls over (`Feb 30`
//! is March 2nd), as `mktime` makes it. Other spellings tshark may take
//! (offsets without a colon, more than nine digits of fraction, other
//! spacing) are refused as not supported rather than guessed.

/// Why a string is not read as an absolute time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum AbsTimeError {
    /// tshark 4.0 refuses it too (its message).
    Invalid(String),
    /// tshark may take it; we do not read it.
    NotSupported(String),
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Broken-down time as written, before the zone is applied.
#[derive(Debug, Default, Clone, Copy)]
struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    min: u32,
    sec: u32,
    nanos: u32,
}

/// A cursor over the string's bytes.
struct Scan<'a> {
    s: &'a [u8],
    at: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.at += usize::from(hit);
        hit
    }
    /// Between `min` and `max` decimal digits.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let n = self.s[self.at..]
            .iter()
            .take(max)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if n < min {
            return None;
        }
        let v = std::str::from_utf8(&self.s[self.at..self.at + n])
            .ok()?
            .parse()
            .ok()?;
        self.at += n;
        Some(v)
    }
    fn rest(&self) -> &[u8] {
        &self.s[self.at..]
    }
}

/// Nanoseconds since the epoch of the absolute time `s`.
pub(super) fn parse(s: &str) -> Result<i128, AbsTimeError> {
    let invalid = || {
        AbsTimeError::Invalid(format!(
            "\"{s}\" is not a valid absolute time. Example: \"Nov 12, 1999 08:55:44.123\" or \"2011-07-04 12:34:56\""
        ))
    };
    let unsupported = || {
        AbsTimeError::NotSupported(format!(
            "not supported: the absolute time \"{s}\" in this form (write \"2011-07-04 12:34:56.123\" \
             or \"Nov 12, 1999 08:55:44.123\", with \" UTC\" for UTC)"
        ))
    };
    let b = s.as_bytes();
    let mut c = Civil::default();
    let mut sc = Scan { s: b, at: 0 };
    let month = (b.len() > 4 && b[3] == b' ')
        .then(|| {
            MONTHS
                .iter()
                .position(|n| b[..3].eq_ignore_ascii_case(n.as_bytes()))
        })
        .flatten();
    let iso;
    let mut has_time = true;
    if let Some(m) = month {
        iso = false;
        c.month = m as u32 + 1;
        sc.at = 4;
        while sc.eat(b' ') {}
        c.day = sc.number(1, 2).ok_or_else(unsupported)?;
        if !(sc.eat(b',') && sc.eat(b' ')) {
            return Err(unsupported());
        }
        c.year = i64::from(sc.number(4, 4).ok_or_else(unsupported)?);
        if !sc.eat(b' ') {
            return Err(unsupported());
        }
        c.hour = sc.number(1, 2).ok_or_else(unsupported)?;
        if !sc.eat(b':') {
            return Err(unsupported());
        }
        c.min = sc.number(1, 2).ok_or_else(unsupported)?;
        if !sc.eat(b':') {
            return Err(unsupported());
        }
        c.sec = sc.number(1, 2).ok_or_else(unsupported)?;
        fraction(&mut sc, &mut c, s)?;
    } else if b.first().is_some_and(u8::is_ascii_digit) {
        iso = true;
        c.year = i64::from(sc.number(4, 4).ok_or_else(unsupported)?);
        if !sc.eat(b'-') {
            return Err(unsupported());
        }
        // strptime's %m and %d take one digit too ("2020-1-1").
        c.month = sc.number(1, 2).ok_or_else(unsupported)?;
        if !sc.eat(b'-') {
            return Err(unsupported());
        }
        c.day = sc.number(1, 2).ok_or_else(unsupported)?;
        // "%Y-%m-%dT%H:%M[:%S]": after a "T" the hour and minutes at
        // least; else the date alone matched and the rest is left over.
        if sc.peek() == Some(b'T') {
            let r = &sc.rest()[1..];
            let digits = r.iter().take_while(|b| b.is_ascii_digit()).count();
            if !((1..=2).contains(&digits)
                && r.get(digits) == Some(&b':')
                && r.get(digits + 1).is_some_and(u8::is_ascii_digit))
            {
                return Err(AbsTimeError::Invalid(
                    "Unexpected data after time value.".into(),
                ));
            }
        }
        // strptime's blank matches any run of blanks ("2011-07-04  12:34").
        let blanks = sc.rest().iter().take_while(|&&b| b == b' ').count();
        let time_follows = match sc.rest() {
            [b'T', ..] => true,
            r => blanks > 0 && r.get(blanks).is_some_and(u8::is_ascii_digit),
        };
        has_time = time_follows;
        if time_follows {
            sc.at += blanks.max(1);
            c.hour = sc.number(1, 2).ok_or_else(unsupported)?;
            if sc.eat(b':') {
                c.min = sc.number(1, 2).ok_or_else(unsupported)?;
                if sc.eat(b':') {
                    c.sec = sc.number(1, 2).ok_or_else(unsupported)?;
                    fraction(&mut sc, &mut c, s)?;
                } else if sc.peek() == Some(b'.') {
                    return Err(AbsTimeError::Invalid(
                        "Subsecond precision requires a seconds field.".into(),
                    ));
                }
            } else if sc.peek() == Some(b'.') {
                return Err(AbsTimeError::Invalid(
                    "Subsecond precision requires a seconds field.".into(),
                ));
            }
        }
    } else if b.first().is_some_and(u8::is_ascii_alphabetic) {
        // A month name tshark does not know ("mrt", another locale's).
        return Err(invalid());
    } else {
        return Err(unsupported());
    }
    if !(1..=12).contains(&c.month)
        || !(1..=31).contains(&c.day)
        || c.hour > 23
        || c.min > 59
        || c.sec > 61
    {
        return Err(invalid());
    }
    // The zone: none (local time), "UTC" (after spaces or not), or for the
    // ISO form with a time of day "Z" or "+hh:mm" right after it.
    let rest = sc.rest();
    let trimmed = rest.trim_ascii_start();
    let offset_secs: Option<i64> = if rest.is_empty() {
        None
    } else if trimmed == b"UTC" {
        Some(0)
    } else if trimmed.is_empty() {
        // Trailing blanks: local time, as without them.
        None
    } else if iso && has_time && rest == b"Z" {
        Some(0)
    } else if iso
        && has_time
        && rest.len() == 6
        && matches!(rest[0], b'+' | b'-')
        && rest[3] == b':'
        && rest[1..3].iter().chain(&rest[4..]).all(u8::is_ascii_digit)
    {
        let h = i64::from((rest[1] - b'0') * 10 + (rest[2] - b'0'));
        let m = i64::from((rest[4] - b'0') * 10 + (rest[5] - b'0'));
        let v = h * 3600 + m * 60;
        Some(if rest[0] == b'-' { -v } else { v })
    } else if rest.first().is_some_and(u8::is_ascii_whitespace) || matches!(rest, [b'Z' | b'z', ..])
    {
        return Err(AbsTimeError::Invalid(
            "Unexpected data after time value.".into(),
        ));
    } else {
        return Err(unsupported());
    };
    let secs = match offset_secs {
        Some(off) => utc_seconds(&c) - off,
        None => local_seconds(&c).ok_or_else(unsupported)?,
    };
    Ok(i128::from(secs) * 1_000_000_000 + i128::from(c.nanos))
}

/// ".123": one to nine digits of fraction.
fn fraction(sc: &mut Scan<'_>, c: &mut Civil, s: &str) -> Result<(), AbsTimeError> {
    if !sc.eat(b'.') {
        return Ok(());
    }
    let digits = sc.rest().iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        if sc.peek().is_some_and(|b| !b.is_ascii_whitespace()) {
            return Err(AbsTimeError::Invalid(
                "Subseconds value is not a number.".into(),
            ));
        }
        return Err(AbsTimeError::NotSupported(format!(
            "not supported: the absolute time \"{s}\" with a dot and no fraction"
        )));
    }
    if digits > 9 {
        return Err(AbsTimeError::NotSupported(format!(
            "not supported: the absolute time \"{s}\" with more than nine digits of fraction"
        )));
    }
    let v = sc.number(digits, digits).unwrap_or(0);
    c.nanos = v * 10u32.pow(9 - digits as u32);
    Ok(())
}

/// Days from 1970-01-01 to the first of `month` in `year` (proleptic
/// Gregorian calendar).
fn days_from_civil(year: i64, month: u32) -> i64 {
    let (y, m) = if month <= 2 {
        (year - 1, i64::from(month) + 9)
    } else {
        (year, i64::from(month) - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn utc_seconds(c: &Civil) -> i64 {
    let days = days_from_civil(c.year, c.month) + i64::from(c.day) - 1;
    days * 86_400 + i64::from(c.hour) * 3600 + i64::from(c.min) * 60 + i64::from(c.sec)
}

/// The time in the local zone, as `mktime` reads it (daylight saving time
/// found by the C library); `None` where it cannot say.
fn local_seconds(c: &Civil) -> Option<i64> {
    // SAFETY: `tm` is plain data, zeroed then filled; mktime reads and
    // normalises it and returns a time_t (or -1).
    let t = unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        tm.tm_year = i32::try_from(c.year - 1900).ok()?;
        tm.tm_mon = c.month as i32 - 1;
        tm.tm_mday = c.day as i32;
        tm.tm_hour = c.hour as i32;
        tm.tm_min = c.min as i32;
        tm.tm_sec = c.sec as i32;
        tm.tm_isdst = -1;
        libc::mktime(&mut tm)
    };
    // -1 is also 1969-12-31 23:59:59 UTC; tshark refuses it as an error
    // either way.
    (t != -1).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i128 {
        parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    fn invalid_after(s: &str) {
        assert_eq!(
            parse(s),
            Err(AbsTimeError::Invalid(
                "Unexpected data after time value.".into()
            )),
            "{s}"
        );
    }

    #[test]
    fn forms_tshark_takes() {
        let t = 1_795_519_049_342_344_000_i128; // 2026-11-24 11:17:29.342344 UTC
        assert_eq!(utc("2026-11-24 11:17:29.342344 UTC"), t);
        assert_eq!(utc("2026-11-24 11:17:29.342344UTC"), t);
        assert_eq!(utc("2026-11-24T11:17:29.342344Z"), t);
        assert_eq!(utc("2026-11-24 12:17:29.342344+01:00"), t);
        assert_eq!(utc("Nov 24, 2026 11:17:29.342344 UTC"), t);
        assert_eq!(utc("nov  24, 2026 11:17:29.342344  UTC"), t);
        // strptime's blank takes a run of blanks.
        assert_eq!(utc("2026-11-24  11:17:29.342344 UTC"), t);
        assert_eq!(utc("2026-11-24 UTC"), t - 40_649_342_344_000);
        // Days past the month's end roll over, as mktime makes them.
        assert_eq!(
            utc("2026-02-29 00:00:00 UTC"),
            utc("2026-03-01 00:00:00 UTC")
        );
        assert_eq!(utc("1960-01-01 00:00:00 UTC"), -315_619_200_000_000_000);
        // strptime's %m, %d, %H, %M, %S take one digit.
        assert_eq!(utc("2026-1-2 3:4:5 UTC"), utc("2026-01-02 03:04:05 UTC"));
        // A "T" before the hour alone is left over after the date.
        invalid_after("2026-11-24T11");
        invalid_after("2026-11-24T");
    }

    #[test]
    fn errors_and_forms_we_leave() {
        let invalid = |s: &str| assert!(matches!(parse(s), Err(AbsTimeError::Invalid(_))), "{s}");
        let unsupported = |s: &str| {
            assert!(
                matches!(parse(s), Err(AbsTimeError::NotSupported(_))),
                "{s}"
            )
        };
        invalid("mrt 1, 2000 00:00:00");
        invalid("2026-13-01 00:00:00");
        invalid("2026-11-24 24:00:00");
        invalid("2026-11-24 16:37:29 GMT");
        invalid("2026-11-24 16:37:29 Z");
        invalid("2026-11-24 16.37.29");
        invalid("2026-11-24 16:37:29.x");
        invalid("November 24, 2026 16:37:29");
        unsupported("2026-11-24 16:37:29+0100");
        unsupported("2026-11-24 16:37:29.1234567891");
    }
}
