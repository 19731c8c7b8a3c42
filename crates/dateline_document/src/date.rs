//! A publication date as precise as the page states it, written out in ISO 8601.

use std::fmt;

/// A calendar date with an optional time of day and UTC offset.
///
/// Pages often give only the day; inventing a midnight would claim a precision the page never
/// had, so the time stays `None` then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PublishDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub time: Option<(u8, u8, u8)>,
    /// Offset from UTC in minutes, when the page states one.
    pub utc_offset_minutes: Option<i16>,
}

impl PublishDate {
    /// A date when the parts form a real calendar day between 1900 and 2100.
    pub fn from_parts(year: u16, month: u8, day: u8) -> Option<PublishDate> {
        if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(PublishDate {
            year,
            month,
            day,
            time: None,
            utc_offset_minutes: None,
        })
    }

    pub fn with_time(mut self, hour: u8, minute: u8, second: u8) -> PublishDate {
        if hour < 24 && minute < 60 && second < 61 {
            self.time = Some((hour, minute, second));
        }
        self
    }

    pub fn with_utc_offset(mut self, minutes: i16) -> PublishDate {
        if self.time.is_some() && minutes.abs() <= 14 * 60 {
            self.utc_offset_minutes = Some(minutes);
        }
        self
    }

    /// The calendar day after this one, without time of day.
    pub fn next_day(&self) -> Option<PublishDate> {
        if self.day < days_in_month(self.year, self.month) {
            PublishDate::from_parts(self.year, self.month, self.day + 1)
        } else if self.month < 12 {
            PublishDate::from_parts(self.year, self.month + 1, 1)
        } else {
            PublishDate::from_parts(self.year + 1, 1, 1)
        }
    }

    /// The calendar day before this one, without time of day.
    pub fn previous_day(&self) -> Option<PublishDate> {
        if self.day > 1 {
            PublishDate::from_parts(self.year, self.month, self.day - 1)
        } else if self.month > 1 {
            PublishDate::from_parts(
                self.year,
                self.month - 1,
                days_in_month(self.year, self.month - 1),
            )
        } else {
            PublishDate::from_parts(self.year.checked_sub(1)?, 12, 31)
        }
    }

    /// The same instant written in UTC, for a date with a time and a stated offset.
    pub fn in_utc(&self) -> Option<PublishDate> {
        let (hour, minute, second) = self.time?;
        let offset = i32::from(self.utc_offset_minutes?);
        let minutes = i32::from(hour) * 60 + i32::from(minute) - offset;
        let day = match minutes.div_euclid(24 * 60) {
            -1 => self.previous_day()?,
            0 => PublishDate::from_parts(self.year, self.month, self.day)?,
            1 => self.next_day()?,
            // An offset is at most 14 hours, so the instant is within a day of this one.
            _ => return None,
        };
        let minutes = minutes.rem_euclid(24 * 60);
        Some(
            day.with_time((minutes / 60) as u8, (minutes % 60) as u8, second)
                .with_utc_offset(0),
        )
    }

    /// `YYYY-MM-DD`, the day alone.
    pub fn day_string(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for PublishDate {
    /// ISO 8601: `2023-12-17`, `2023-12-17T10:05:00`, or `2023-12-17T10:05:00+01:00`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}", self.day_string())?;
        if let Some((hour, minute, second)) = self.time {
            write!(formatter, "T{hour:02}:{minute:02}:{second:02}")?;
            match self.utc_offset_minutes {
                Some(0) => write!(formatter, "Z")?,
                Some(offset) => {
                    let sign = if offset < 0 { '-' } else { '+' };
                    let offset = offset.unsigned_abs();
                    write!(formatter, "{sign}{:02}:{:02}", offset / 60, offset % 60)?;
                }
                None => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_impossible_days() {
        assert!(PublishDate::from_parts(2023, 2, 29).is_none());
        assert!(PublishDate::from_parts(2024, 2, 29).is_some());
        assert!(PublishDate::from_parts(2023, 13, 1).is_none());
        assert!(PublishDate::from_parts(1800, 1, 1).is_none());
    }

    #[test]
    fn writes_iso_8601() {
        let day = PublishDate::from_parts(2023, 12, 7).unwrap();
        assert_eq!(day.to_string(), "2023-12-07");
        assert_eq!(day.with_time(9, 5, 0).to_string(), "2023-12-07T09:05:00");
        assert_eq!(
            day.with_time(9, 5, 0).with_utc_offset(-300).to_string(),
            "2023-12-07T09:05:00-05:00"
        );
        assert_eq!(
            day.with_time(9, 5, 0).with_utc_offset(0).to_string(),
            "2023-12-07T09:05:00Z"
        );
    }

    #[test]
    fn converts_to_utc_across_days_and_years() {
        let at = |year, month, day, hour, minute, offset| {
            PublishDate::from_parts(year, month, day)
                .unwrap()
                .with_time(hour, minute, 7)
                .with_utc_offset(offset)
        };
        let utc = |date: PublishDate| date.in_utc().map(|utc| utc.to_string());
        assert_eq!(
            utc(at(2023, 12, 31, 22, 57, -300)).as_deref(),
            Some("2024-01-01T03:57:07Z")
        );
        assert_eq!(
            utc(at(2024, 3, 1, 1, 30, 330)).as_deref(),
            Some("2024-02-29T20:00:07Z")
        );
        assert_eq!(
            utc(at(2023, 6, 5, 12, 0, 60)).as_deref(),
            Some("2023-06-05T11:00:07Z")
        );
        let without_offset = PublishDate::from_parts(2023, 6, 5)
            .unwrap()
            .with_time(12, 0, 0);
        assert_eq!(without_offset.in_utc(), None);
    }
}
