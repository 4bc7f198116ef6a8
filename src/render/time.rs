//! The line view's time column, in tshark's `-t` formats. Relative and
//! delta times are measured from frames *read* (the first one, the one
//! before), not from frames shown, so `-Y` does not move them — tshark's
//! rule; `dd` alone counts from the previous frame shown. Decimals follow
//! the capture's timestamp resolution (6 for microsecond files, 9 for
//! nanosecond ones), as tshark's automatic precision does.

use crate::source::Timestamp;
use std::fmt::Write as _;

/// tshark's `-t` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimeFormat {
    /// `a`: local time of day.
    Absolute,
    /// `ad`: local date and time.
    AbsoluteDate,
    /// `adoy`: local year/day-of-year and time.
    AbsoluteDoy,
    /// `d`: since the previous frame read.
    Delta,
    /// `dd`: since the previous frame shown.
    DeltaDisplayed,
    /// `e`: seconds since 1970.
    Epoch,
    /// `r`: since the first frame read (the default).
    #[default]
    Relative,
    /// `u`: UTC time of day.
    Utc,
    /// `ud`: UTC date and time.
    UtcDate,
    /// `udoy`: UTC year/day-of-year and time.
    UtcDoy,
}

/// What the time column needs to remember across frames.
#[derive(Debug, Default, Clone)]
pub struct Clock {
    pub format: TimeFormat,
    first: Option<Timestamp>,
    /// The frame read before the one being shown.
    before: Option<Timestamp>,
    last_read: Option<Timestamp>,
    last_shown: Option<Timestamp>,
    /// Decimals of the frame last read.
    digits: u8,
}

impl Clock {
    pub fn new(format: TimeFormat) -> Self {
        Clock {
            format,
            digits: 6,
            ..Clock::default()
        }
    }

    /// A frame was read (shown or not), its timestamp `digits` decimals
    /// precise.
    pub fn read(&mut self, ts: Timestamp, digits: u8) {
        self.first.get_or_insert(ts);
        self.before = self.last_read.replace(ts);
        self.digits = digits.min(9);
    }

    /// The time column of a frame about to be shown. A frame that never
    /// went through [`Clock::read`] counts as read now.
    pub fn column(&mut self, out: &mut String, ts: Timestamp) {
        self.catch_up(ts);
        let digits = self.digits;
        match self.format {
            TimeFormat::Relative => signed(
                out,
                ts.as_nanos() - self.first.unwrap_or(ts).as_nanos(),
                digits,
            ),
            TimeFormat::Delta => signed(
                out,
                ts.as_nanos() - self.before.unwrap_or(ts).as_nanos(),
                digits,
            ),
            TimeFormat::DeltaDisplayed => signed(
                out,
                ts.as_nanos() - self.last_shown.unwrap_or(ts).as_nanos(),
                digits,
            ),
            TimeFormat::Epoch => signed(out, ts.as_nanos(), digits),
            TimeFormat::Utc => civil(out, ts, 0, Date::None, digits),
            TimeFormat::UtcDate => civil(out, ts, 0, Date::Ymd, digits),
            TimeFormat::UtcDoy => civil(out, ts, 0, Date::Doy, digits),
            TimeFormat::Absolute => civil(out, ts, local_offset(ts.secs), Date::None, digits),
            TimeFormat::AbsoluteDate => civil(out, ts, local_offset(ts.secs), Date::Ymd, digits),
            TimeFormat::AbsoluteDoy => civil(out, ts, local_offset(ts.secs), Date::Doy, digits),
        }
        self.last_shown = Some(ts);
    }

    /// What [`Clock::column`] remembers of a frame shown, without writing
    /// the column (the frame is written by another thread, `--threads`).
    pub fn shown(&mut self, ts: Timestamp) {
        self.catch_up(ts);
        self.last_shown = Some(ts);
    }

    /// A frame that never went through [`Clock::read`] counts as read now.
    fn catch_up(&mut self, ts: Timestamp) {
        if self.last_read != Some(ts) {
            self.read(ts, self.digits.max(6));
        }
    }
}

/// `s.fraction`, `digits` decimals (truncated, as tshark), `-` when negative.
fn signed(out: &mut String, nanos: i128, digits: u8) {
    if nanos < 0 {
        out.push('-');
    }
    let abs = nanos.unsigned_abs();
    out.push_str(itoa::Buffer::new().format(abs / 1_000_000_000));
    fraction(out, (abs % 1_000_000_000) as u32, digits);
}

/// `.fraction`, `digits` decimals: `.{scaled:0digits$}`, written without
/// the formatting machinery (every line has one).
fn fraction(out: &mut String, nanos: u32, digits: u8) {
    if digits == 0 {
        return;
    }
    let scaled = nanos / 10u32.pow(9 - u32::from(digits));
    let mut buffer = itoa::Buffer::new();
    let text = buffer.format(scaled);
    out.push('.');
    for _ in text.len()..usize::from(digits) {
        out.push('0');
    }
    out.push_str(text);
}

enum Date {
    None,
    Ymd,
    Doy,
}

/// Wall-clock time `offset` seconds east of UTC, with the date as asked.
fn civil(out: &mut String, ts: Timestamp, offset: i64, date: Date, digits: u8) {
    let secs = ts.secs + offset;
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    match date {
        Date::None => {}
        Date::Ymd => {
            let _ = write!(out, "{year:04}-{month:02}-{day:02} ");
        }
        Date::Doy => {
            let doy = days - days_from_civil(year, 1, 1) + 1;
            let _ = write!(out, "{year:04}/{doy:03} ");
        }
    }
    let _ = write!(
        out,
        "{:02}:{:02}:{:02}",
        sod / 3600,
        (sod / 60) % 60,
        sod % 60
    );
    fraction(out, ts.nanos, digits);
}

/// Howard Hinnant's days-from-civil and its inverse.
pub(super) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Seconds east of UTC of the local time zone at `secs` (TZ, else
/// /etc/localtime), from the C library; 0 when it cannot say.
pub(crate) fn local_offset(secs: i64) -> i64 {
    let t: libc::time_t = secs;
    // SAFETY: `tm` is plain data the call fills in; localtime_r is the
    // reentrant form and keeps no pointer to either argument.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            0
        } else {
            tm.tm_gmtoff
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(c: &mut Clock, secs: i64, nanos: u32, digits: u8) -> String {
        let ts = Timestamp::new(secs, nanos);
        c.read(ts, digits);
        let mut s = String::new();
        c.column(&mut s, ts);
        s
    }

    #[test]
    fn formats_as_tshark() {
        // tshark -t … -r samples/web_visit.pcap, frame 2.
        let at = (1_795_519_045, 327_285_000);
        let mut c = Clock::new(TimeFormat::UtcDate);
        assert_eq!(col(&mut c, at.0, at.1, 6), "2026-11-24 11:17:25.327285");
        let mut c = Clock::new(TimeFormat::UtcDoy);
        assert_eq!(col(&mut c, at.0, at.1, 6), "2026/328 11:17:25.327285");
        let mut c = Clock::new(TimeFormat::Utc);
        assert_eq!(col(&mut c, at.0, at.1, 6), "11:17:25.327285");
        let mut c = Clock::new(TimeFormat::Epoch);
        assert_eq!(col(&mut c, at.0, at.1, 9), "1795519045.327285000");
        let mut c = Clock::new(TimeFormat::UtcDoy);
        assert_eq!(col(&mut c, 951_782_400, 0, 0), "2000/060 00:00:00");
    }

    #[test]
    fn relative_and_deltas_count_frames_read() {
        let mut r = Clock::new(TimeFormat::Relative);
        let mut d = Clock::new(TimeFormat::Delta);
        let mut dd = Clock::new(TimeFormat::DeltaDisplayed);
        for c in [&mut r, &mut d, &mut dd] {
            // Frame 1 read, not shown (filtered out).
            c.read(Timestamp::new(10, 0), 6);
        }
        assert_eq!(col(&mut r, 10, 500_000_000, 6), "0.500000");
        assert_eq!(col(&mut d, 10, 500_000_000, 6), "0.500000");
        assert_eq!(col(&mut dd, 10, 500_000_000, 6), "0.000000");
        assert_eq!(col(&mut r, 11, 0, 9), "1.000000000");
        assert_eq!(col(&mut dd, 11, 0, 9), "0.500000000");
        // Out of order: negative, as tshark prints it.
        assert_eq!(col(&mut d, 9, 0, 6), "-1.500000");
    }
}
