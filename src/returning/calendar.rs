//! Calendar days and the reminder file: date arithmetic in whole days, and an iCalendar
//! (RFC 5545) event a person adds to their own calendar, with no answer and no level in it.

use serde::{Deserialize, Serialize};

/// A calendar day, counted from 1970-01-01 (the day the browser's clock counts from), so
/// the diary and the reminder do date arithmetic with integers.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Day(pub i32);

const MILLIS_PER_DAY: f64 = 86_400_000.0;

impl Day {
    /// The person's local day at `millis` since 1970 (the browser's `Date.now()`), given the
    /// browser's `getTimezoneOffset()` in minutes (positive west of Greenwich).
    pub fn local(millis: f64, offset_minutes: f64) -> Day {
        Day(((millis - offset_minutes * 60_000.0) / MILLIS_PER_DAY).floor() as i32)
    }

    /// The day `days` later.
    pub fn plus(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// Year, month (1 to 12) and day of the month, in the proleptic Gregorian calendar
    /// (Howard Hinnant's `civil_from_days`).
    pub fn civil(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// The day of a date (Hinnant's `days_from_civil`); `None` for a date that does not exist.
    pub fn from_civil(year: i32, month: u32, day: u32) -> Option<Day> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if day == 0 || day > days_in_month {
            return None;
        }
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    /// "2026-11-29", for tables, `<time datetime>` and the stored record.
    pub fn iso(self) -> String {
        let (year, month, day) = self.civil();
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// "20261129", iCalendar's DATE form.
    fn ical(self) -> String {
        self.iso().replace('-', "")
    }
}

/// The reminder to check again: an all-day event on the day the advice says to look again,
/// with a notification that morning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder<'a> {
    /// The day the file is made (the person's local day).
    pub today: Day,
    /// How many days from today the event falls.
    pub after_days: i32,
    /// When the file is made, in whole seconds since 1970 (UTC), for DTSTAMP and the UID.
    pub made_at_seconds: i64,
    /// The event's title ("Check your back pain again").
    pub title: &'a str,
    /// What the advice said about when to check again, in the person's language.
    pub description: &'a str,
    /// The checker's own address, to open it again from the calendar.
    pub link: &'a str,
}

impl Reminder<'_> {
    /// The `.ics` file: CRLF line ends, text escaped and long lines folded as RFC 5545 asks.
    pub fn to_ics(&self) -> String {
        let start = self.today.plus(self.after_days);
        let stamp = {
            let day = Day(self.made_at_seconds.div_euclid(86_400) as i32);
            let seconds = self.made_at_seconds.rem_euclid(86_400);
            format!(
                "{}T{:02}{:02}{:02}Z",
                day.ical(),
                seconds / 3600,
                seconds / 60 % 60,
                seconds % 60
            )
        };
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//backstep//reminder//EN".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{stamp}-{}@backstep", start.ical()),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", start.ical()),
            format!("DTEND;VALUE=DATE:{}", start.plus(1).ical()),
            format!("SUMMARY:{}", escape(self.title)),
            format!(
                "DESCRIPTION:{}",
                escape(&format!("{}\n{}", self.description, self.link))
            ),
            format!("URL:{}", self.link),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            // Nine in the morning of the day, not midnight.
            "TRIGGER:PT9H".to_owned(),
            format!("DESCRIPTION:{}", escape(self.title)),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        lines.iter().map(|line| fold(line) + "\r\n").collect()
    }
}

/// TEXT values escape backslash, semicolon, comma and line ends (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1),
/// split between characters, never inside one.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_agree_across_leap_years_and_before_1970() {
        assert_eq!(Day(0).civil(), (1970, 1, 1));
        assert_eq!(Day::from_civil(2026, 11, 29).unwrap().iso(), "2026-11-29");
        assert_eq!(
            Day::from_civil(2024, 2, 29).unwrap().plus(1).iso(),
            "2024-03-01"
        );
        assert_eq!(Day::from_civil(1969, 12, 31), Some(Day(-1)));
        assert_eq!(Day::from_civil(2025, 2, 29), None);
        assert_eq!(Day::from_civil(2025, 13, 1), None);
        for n in -800_000..800_000 {
            let (y, m, d) = Day(n).civil();
            assert_eq!(Day::from_civil(y, m, d), Some(Day(n)));
        }
    }

    #[test]
    fn the_local_day_follows_the_time_zone() {
        // 2026-11-29 23:30 in New York (UTC-5) is already the 30th in UTC.
        let millis = 1_796_013_000_000.0;
        assert_eq!(Day::local(millis, 0.0).iso(), "2026-11-30");
        assert_eq!(Day::local(millis, 300.0).iso(), "2026-11-29");
    }

    #[test]
    fn the_reminder_is_an_all_day_event_with_crlf_lines_folded_at_75_octets() {
        let ics = Reminder {
            today: Day::from_civil(2026, 11, 29).unwrap(),
            after_days: 14,
            made_at_seconds: 1_795_920_000,
            title: "Check your back pain again",
            description: "Check again if your back is not better in 2 to 6 weeks; you can, of course, check sooner. ¿Mejor?",
            link: "https://example.org/backstep/",
        }
        .to_ics();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261213\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20261214\r\n"));
        assert!(ics.contains("DTSTAMP:20261129T024000Z\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("\\nhttps://example.org/backstep/"));
        assert!(unfolded.contains("¿Mejor?"));
        assert!(unfolded.contains("weeks\\; you can\\, of course"));
    }
}
