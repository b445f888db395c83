//! Calendar arithmetic. Every date comes from the input; nothing here reads the clock.
//!
//! Conventions (api.md): "N days after an event" is `event + N` calendar days, the last day on
//! which the act is still in time (the start day is not counted). Business days skip Saturday and
//! Sunday. Hour timers add hours to a date-time, and `ceil(hours / 24)` days to a date.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, Timelike, Weekday};
use std::cmp::Ordering;

/// A date or an instant, in the form the input gave it; outputs keep that form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stamp {
    Date(NaiveDate),
    At(DateTime<FixedOffset>),
}

impl Stamp {
    /// Parses `YYYY-MM-DD` or an RFC 3339 date-time with offset (`2024-05-01T10:00:00+08:00`).
    pub fn parse(text: &str) -> Option<Stamp> {
        if text.len() == 10 {
            parse_date(text).map(Stamp::Date)
        } else {
            parse_date_time(text).map(Stamp::At)
        }
    }

    /// The calendar date, in the offset the instant was given in.
    pub fn date(self) -> NaiveDate {
        match self {
            Stamp::Date(d) => d,
            Stamp::At(t) => t.date_naive(),
        }
    }

    /// The same instant written in `zone`; a date stays as it is. A ruleset counts its calendar
    /// days in one zone, so the day of an instant never depends on the offset it was written in.
    pub fn in_zone(self, zone: FixedOffset) -> Stamp {
        match self {
            Stamp::At(t) => Stamp::At(t.with_timezone(&zone)),
            date => date,
        }
    }

    /// The calendar day as a date stamp: for a period that runs to the end of its last day.
    pub fn day(self) -> Stamp {
        Stamp::Date(self.date())
    }

    /// `self + days` calendar days, in the same form. Saturates at the calendar's end rather than
    /// failing: only absurd policy values can get there.
    pub fn add_days(self, days: u32) -> Stamp {
        match self {
            Stamp::Date(d) => Stamp::Date(
                d.checked_add_days(chrono::Days::new(u64::from(days)))
                    .unwrap_or(NaiveDate::MAX),
            ),
            Stamp::At(t) => t
                .checked_add_days(chrono::Days::new(u64::from(days)))
                .map(Stamp::At)
                .unwrap_or(Stamp::Date(NaiveDate::MAX)),
        }
    }

    /// An hour timer: hours on a date-time; `ceil(hours / 24)` days on a date.
    pub fn add_hours(self, hours: u32) -> Stamp {
        match self {
            Stamp::Date(_) => self.add_days(hours.div_ceil(24)),
            Stamp::At(t) => t
                .checked_add_signed(Duration::hours(i64::from(hours)))
                .map(Stamp::At)
                .unwrap_or(Stamp::Date(NaiveDate::MAX)),
        }
    }

    /// `self + days` business days, in the same form: Saturdays, Sundays and the listed
    /// `holidays` are skipped. The start day is not counted, like calendar days.
    pub fn add_business_days(self, days: u32, holidays: &[NaiveDate]) -> Stamp {
        let mut out = self;
        let mut left = days;
        while left > 0 {
            let next = out.add_days(1);
            if next == out {
                break; // the calendar's end
            }
            out = next;
            if is_business_day(out.date(), holidays) {
                left -= 1;
            }
        }
        out
    }

    /// Compares two stamps: instants when both are date-times, calendar dates otherwise.
    pub fn compare(self, other: Stamp) -> Ordering {
        match (self, other) {
            (Stamp::At(a), Stamp::At(b)) => a.cmp(&b),
            _ => self.date().cmp(&other.date()),
        }
    }

    /// True when `self` is later than `deadline`: the deadline has passed.
    pub fn is_after(self, deadline: Stamp) -> bool {
        self.compare(deadline) == Ordering::Greater
    }

    /// Whole calendar days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Stamp) -> i64 {
        (later.date() - self.date()).num_days()
    }

    /// `YYYY-MM-DD` for a date; RFC 3339 with the input's offset for a date-time.
    pub fn format(self) -> String {
        match self {
            Stamp::Date(d) => format_date(d),
            Stamp::At(t) => format_date_time(t),
        }
    }
}

/// Monday to Friday, and not one of `holidays`.
pub fn is_business_day(day: NaiveDate, holidays: &[NaiveDate]) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&day)
}

/// A `YYYY-MM-DD` date, or `None`.
pub fn parse_date_only(text: &str) -> Option<NaiveDate> {
    parse_date(text)
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 {
        return None;
    }
    parse_ymd(b)
}

/// The number written by the ASCII digits `b[from..to]`.
fn digits(b: &[u8], from: usize, to: usize) -> Option<u32> {
    let mut n = 0u32;
    for &c in b.get(from..to)? {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(c - b'0');
    }
    Some(n)
}

/// `YYYY-MM-DD` at the start of `b`.
fn parse_ymd(b: &[u8]) -> Option<NaiveDate> {
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(digits(b, 0, 4)?).ok()?,
        digits(b, 5, 7)?,
        digits(b, 8, 10)?,
    )
}

/// RFC 3339 as chrono's `DateTime::parse_from_rfc3339` accepts it (`T`, `t` or a space between
/// date and time, a leap second 60, any number of fractional digits of which 9 count, `Z`, `z`
/// or an offset up to 23:59 with `+`, `-` or U+2212), written out over bytes so the wasm carries
/// no string slicing. The tests compare the two on generated strings.
fn parse_date_time(text: &str) -> Option<DateTime<FixedOffset>> {
    let b = text.as_bytes();
    if b.len() < 19 || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = parse_ymd(b)?;
    let (hour, min, sec) = (digits(b, 11, 13)?, digits(b, 14, 16)?, digits(b, 17, 19)?);
    let (sec, mut nano) = if sec == 60 {
        (59, 1_000_000_000)
    } else {
        (sec, 0)
    };
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        let mut frac = 0u32;
        while let Some(c @ b'0'..=b'9') = b.get(i).copied() {
            if i - start < 9 {
                frac = frac * 10 + u32::from(c - b'0');
            }
            i += 1;
        }
        let counted = (i - start).min(9);
        if counted == 0 {
            return None;
        }
        nano += frac * 10u32.pow(9 - counted as u32);
    }
    let time = NaiveTime::from_hms_nano_opt(hour, min, sec, nano)?;
    let rest = b.get(i..)?;
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1 @ b'0'..=b'5', m2] => {
            offset_secs(*sign == b'-', [*h1, *h2, *m1, *m2])?
        }
        [0xE2, 0x88, 0x92, h1, h2, b':', m1 @ b'0'..=b'5', m2] => {
            offset_secs(true, [*h1, *h2, *m1, *m2])?
        }
        _ => return None,
    };
    let tz = FixedOffset::east_opt(offset)?;
    date.and_time(time).and_local_timezone(tz).single()
}

fn offset_secs(negative: bool, hhmm: [u8; 4]) -> Option<i32> {
    let n = i32::try_from(digits(&hhmm, 0, 4)?).ok()?;
    let secs = n / 100 * 3600 + n % 100 * 60;
    Some(if negative { -secs } else { secs })
}

/// `n` in decimal, zero-padded to `width` digits (more when it needs more).
fn push_padded(s: &mut String, n: u32, width: u32) {
    let mut digits = 1;
    while digits < 10 && n >= 10u32.pow(digits) {
        digits += 1;
    }
    for _ in digits..width {
        s.push('0');
    }
    for place in (0..digits).rev() {
        // checked_div: the divisor is never 0 (place < 10), but this way no panic path exists.
        let digit = n.checked_div(10u32.pow(place)).unwrap_or(0) % 10;
        s.push(char::from(b'0' + digit as u8));
    }
}

fn format_date(d: NaiveDate) -> String {
    // Avoids chrono's formatter machinery; years outside 0..=9999 never come from parse_date.
    let mut s = String::with_capacity(10);
    push_padded(&mut s, d.year().max(0) as u32, 4);
    s.push('-');
    push_padded(&mut s, d.month(), 2);
    s.push('-');
    push_padded(&mut s, d.day(), 2);
    s
}

/// What chrono's `to_rfc3339_opts(SecondsFormat::AutoSi, false)` writes (the tests compare the
/// two), without its formatter machinery: the local date and time, 0, 3, 6 or 9 fractional
/// digits, and the offset as `+HH:MM`.
fn format_date_time(t: DateTime<FixedOffset>) -> String {
    let local = t.naive_local();
    let mut s = String::with_capacity(38);
    let year = local.year();
    if !(0..=9999).contains(&year) {
        s.push(if year < 0 { '-' } else { '+' });
    }
    push_padded(&mut s, year.unsigned_abs(), 4);
    for (sep, n) in [
        ('-', local.month()),
        ('-', local.day()),
        ('T', local.hour()),
    ] {
        s.push(sep);
        push_padded(&mut s, n, 2);
    }
    let (mut sec, mut nano) = (local.second(), local.nanosecond());
    if nano >= 1_000_000_000 {
        sec += 1;
        nano -= 1_000_000_000;
    }
    for n in [local.minute(), sec] {
        s.push(':');
        push_padded(&mut s, n, 2);
    }
    if nano != 0 {
        s.push('.');
        if nano % 1_000_000 == 0 {
            push_padded(&mut s, nano / 1_000_000, 3);
        } else if nano % 1_000 == 0 {
            push_padded(&mut s, nano / 1_000, 6);
        } else {
            push_padded(&mut s, nano, 9);
        }
    }
    let off = t.offset().local_minus_utc();
    s.push(if off < 0 { '-' } else { '+' });
    let minutes = (off.unsigned_abs() + 30) / 60;
    push_padded(&mut s, minutes / 60, 2);
    s.push(':');
    push_padded(&mut s, minutes % 60, 2);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Stamp {
        Stamp::parse(s).unwrap()
    }

    #[test]
    fn parses_both_forms_and_refuses_others() {
        assert!(matches!(d("2024-02-29"), Stamp::Date(_)));
        assert!(matches!(d("2024-05-01T10:00:00+08:00"), Stamp::At(_)));
        assert!(matches!(d("2024-05-01T10:00:00.000Z"), Stamp::At(_)));
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "2024-01-01T10:00:00",
            "",
            "2024-01-01 ",
            "yesterday",
            "2024-01-0a",
        ] {
            assert_eq!(Stamp::parse(bad), None, "accepted {bad:?}");
        }
    }

    #[test]
    fn date_times_parse_as_chrono_parses_them() {
        let mut cases: Vec<String> = vec![
            "2024-05-01T10:00:00+08:00".into(),
            "2024-05-01t10:00:00z".into(),
            "2024-05-01 10:00:00Z".into(),
            "2024-05-01T23:59:60.5-01:30".into(),
            "2024-05-01T10:00:00.123456789123+08:00".into(),
            "2024-05-01T10:00:00.+08:00".into(),
            "2024-05-01T10:00:00\u{2212}05:00".into(),
            "2024-05-01T10:00:00+24:00".into(),
            "2024-05-01T10:00:00+23:59".into(),
            "2024-05-01T10:00:00+08:60".into(),
            "2024-05-01T10:00:00+0800".into(),
            "2024-05-01T10:00:00+08".into(),
            "2024-05-01T10:00:00+08:00 ".into(),
            "2024-05-01T10:00:00".into(),
            "2024-02-30T10:00:00Z".into(),
            "2024-05-01T24:00:00Z".into(),
            "2024-05-01T10:60:00Z".into(),
            "2024-05-01T10:00:61Z".into(),
            "2024-05-01T10:00:00ZZ".into(),
            "2024-05-01X10:00:00Z".into(),
            "+024-05-01T10:00:00Z".into(),
            "2024-05-01T10:00:00é".into(),
        ];
        // Every single-byte change of a valid date-time, and some multi-byte ones.
        let base = "2024-12-31T23:59:59.999+05:45";
        for i in 0..base.len() {
            for c in [
                '0', '5', '9', ':', '-', '+', '.', 'Z', 'z', 'T', ' ', '6', 'é', '\u{2212}',
            ] {
                let mut s = String::from(&base[..i]);
                s.push(c);
                s.push_str(&base[i + 1..]);
                cases.push(s.clone());
                s.truncate(i + c.len_utf8());
                cases.push(s);
            }
        }
        for case in &cases {
            assert_eq!(
                parse_date_time(case),
                DateTime::parse_from_rfc3339(case).ok(),
                "{case:?}"
            );
        }
    }

    #[test]
    fn date_times_format_as_chrono_formats_them() {
        let mut n = 0;
        for text in [
            "2024-05-01T10:00:00+08:00",
            "2024-05-01T10:00:00Z",
            "2024-05-01T23:59:60.5-01:30",
            "2024-05-01T23:59:60-00:01",
            "2024-05-01T10:00:00.120+08:00",
            "2024-05-01T10:00:00.000120-23:59",
            "2024-05-01T10:00:00.123456789+05:45",
            "0000-01-01T00:00:00+23:00",
            "0000-01-01T00:00:00-23:59",
            "9999-12-31T23:59:59.999999999-23:59",
            "9999-12-31T23:59:59+00:00",
        ] {
            let Some(Stamp::At(t)) = Stamp::parse(text) else {
                panic!("{text}")
            };
            for days in [0, 1, 59, 366, 3650, 40000] {
                let Stamp::At(later) = Stamp::At(t).add_days(days) else {
                    continue;
                };
                for at in [later, later + Duration::hours(7) + Duration::nanoseconds(3)] {
                    assert_eq!(
                        Stamp::At(at).format(),
                        at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)
                    );
                    n += 1;
                }
            }
        }
        assert!(n > 100);
        assert_eq!(d("0001-02-03").format(), "0001-02-03");
    }

    #[test]
    fn n_days_after_does_not_count_the_start_day() {
        // rules.md §1.3: signed 2024-03-01 -> 7-day last day 03-08, 14-day 03-15, 30-day 03-31.
        assert_eq!(d("2024-03-01").add_days(7).format(), "2024-03-08");
        assert_eq!(d("2024-03-01").add_days(14).format(), "2024-03-15");
        assert_eq!(d("2024-03-01").add_days(30).format(), "2024-03-31");
        assert_eq!(
            d("2024-05-01T10:00:00+08:00").add_days(5).format(),
            "2024-05-06T10:00:00+08:00"
        );
    }

    #[test]
    fn hour_timers() {
        assert_eq!(
            d("2024-05-01T22:00:00+08:00").add_hours(36).format(),
            "2024-05-03T10:00:00+08:00"
        );
        assert_eq!(d("2024-05-01").add_hours(24).format(), "2024-05-02");
        assert_eq!(d("2024-05-01").add_hours(36).format(), "2024-05-03");
        assert_eq!(d("2024-05-01").add_hours(72).format(), "2024-05-04");
    }

    #[test]
    fn business_days_skip_weekends() {
        // 2024-05-03 is a Friday.
        assert_eq!(
            d("2024-05-03").add_business_days(1, &[]).format(),
            "2024-05-06"
        );
        assert_eq!(
            d("2024-05-03").add_business_days(3, &[]).format(),
            "2024-05-08"
        );
        assert_eq!(
            d("2024-05-04").add_business_days(1, &[]).format(),
            "2024-05-06"
        );
        assert_eq!(
            d("2024-05-03").add_business_days(0, &[]).format(),
            "2024-05-03"
        );
        assert_eq!(
            d("2024-05-03T09:30:00+01:00")
                .add_business_days(1, &[])
                .format(),
            "2024-05-06T09:30:00+01:00"
        );
    }

    #[test]
    fn business_days_skip_listed_holidays() {
        // 2024-05-06 (Monday) is a UK bank holiday: Friday + 1 business day is Tuesday.
        let bank_holiday = [NaiveDate::from_ymd_opt(2024, 5, 6).unwrap()];
        assert_eq!(
            d("2024-05-03").add_business_days(1, &bank_holiday).format(),
            "2024-05-07"
        );
        assert_eq!(
            d("2024-05-03").add_business_days(3, &bank_holiday).format(),
            "2024-05-09"
        );
        // A holiday on a weekend changes nothing; the start day is never counted.
        let saturday = [NaiveDate::from_ymd_opt(2024, 5, 4).unwrap()];
        assert_eq!(
            d("2024-05-03").add_business_days(1, &saturday).format(),
            "2024-05-06"
        );
        assert_eq!(
            d("2024-05-06").add_business_days(1, &bank_holiday).format(),
            "2024-05-07"
        );
    }

    #[test]
    fn deadline_day_is_still_in_time() {
        let deadline = d("2024-03-08");
        assert!(!d("2024-03-08").is_after(deadline));
        assert!(d("2024-03-09").is_after(deadline));
        // A date-time on the deadline date is in time against a date deadline.
        assert!(!d("2024-03-08T23:59:00+08:00").is_after(deadline));
        let at = d("2024-03-08T12:00:00+08:00");
        assert!(!d("2024-03-08T12:00:00+08:00").is_after(at));
        assert!(d("2024-03-08T12:00:01+08:00").is_after(at));
        assert!(!d("2024-03-08T05:00:00+01:00").is_after(at)); // 12:00+08 is 05:00+01
    }

    #[test]
    fn saturates_instead_of_overflowing() {
        assert_eq!(
            d("2024-01-01").add_days(u32::MAX),
            Stamp::Date(NaiveDate::MAX)
        );
        let _ = d("2024-01-01T00:00:00Z").add_hours(u32::MAX).format();
    }
}
