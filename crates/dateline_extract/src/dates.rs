//! Publication dates written the many ways pages write them, read into [`PublishDate`].
//!
//! Handles ISO 8601 and its common near misses, RFC 2822, "December 17, 2023", "17 Dec 2023",
//! "Dec. 17, 2023 10:05 a.m. ET", numeric day/month orders, and dates inside URLs. It does not
//! guess relative dates ("2 hours ago"): without the crawl time they cannot be placed.

use std::sync::LazyLock;

use dateline_document::PublishDate;
use regex::Regex;

/// Compiles a date pattern with ASCII word boundaries and ASCII digits. Dates are digits and
/// English month names, so a Unicode boundary adds nothing, and it kept the fast automaton from
/// running on pages with any non-ASCII text: scanning a page's visible text for dates then took
/// several per cent of all extraction time. Digits of other scripts never parsed as numbers
/// here, and each Unicode `\d` compiled a class of sixty ranges (half a millisecond a process
/// over the date patterns).
fn date_regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]"))
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    date_regex(
        r"(?x)
        \b(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})
        (?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?
           \s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?",
    )
    .expect("valid regex")
});

static COMPACT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    date_regex(r"^(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?:T?(?P<hour>\d{2})(?P<minute>\d{2}))?")
        .expect("valid regex")
});

const MONTHS: &str = r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?";

static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    date_regex(&format!(
        r"(?ix)\b(?P<month>{MONTHS})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})\b
        (?:[,\s]+(?:at\s+)?(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?\s*(?P<meridiem>[ap]\.?m\.?)?)?"
    ))
    .expect("valid regex")
});

static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    date_regex(&format!(
        r"(?ix)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTHS}),?\s+(?P<year>(?:19|20)\d{{2}})\b
        (?:[,\s]+(?:at\s+)?(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?\s*(?P<meridiem>[ap]\.?m\.?)?
           (?:\s*(?P<zone>GMT|UTC|Z|[+-]\d{{2}}:?\d{{2}}))?)?"
    ))
    .expect("valid regex")
});

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    date_regex(r"\b(?P<first>\d{1,2})(?P<separator>[/.-])(?P<second>\d{1,2})[/.-](?P<year>(?:19|20)\d{2})\b")
        .expect("valid regex")
});

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    date_regex(
        r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?:[/?#.]|$)|/(?P<dyear>(?:19|20)\d{2})-(?P<dmonth>[01]?\d)-(?P<dday>[0-3]?\d)(?:/|-|$)|/(?P<cyear>(?:19|20)\d{2})(?P<cmonth>[01]\d)(?P<cday>[0-3]\d)/",
    )
    .expect("valid regex")
});

fn month_number(name: &str) -> Option<u8> {
    let lowered = name.to_ascii_lowercase();
    let prefix = lowered.get(..3)?;
    let number = match prefix {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(number)
}

fn number<T: std::str::FromStr>(captures: &regex::Captures<'_>, name: &str) -> Option<T> {
    captures.name(name)?.as_str().parse().ok()
}

fn zone_minutes(zone: &str) -> Option<i16> {
    match zone {
        "Z" | "GMT" | "UTC" => Some(0),
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let digits: String = zone.chars().filter(char::is_ascii_digit).collect();
            if digits.len() != 4 {
                return None;
            }
            let hours: i16 = digits[..2].parse().ok()?;
            let minutes: i16 = digits[2..].parse().ok()?;
            Some(sign * (hours * 60 + minutes))
        }
    }
}

fn with_clock(date: PublishDate, captures: &regex::Captures<'_>) -> PublishDate {
    let (Some(mut hour), Some(minute)) = (
        number::<u8>(captures, "hour"),
        number::<u8>(captures, "minute"),
    ) else {
        return date;
    };
    if let Some(meridiem) = captures.name("meridiem") {
        let is_pm = meridiem.as_str().to_ascii_lowercase().starts_with('p');
        if is_pm && hour < 12 {
            hour += 12;
        } else if !is_pm && hour == 12 {
            hour = 0;
        }
    }
    let date = date.with_time(hour, minute, number(captures, "second").unwrap_or(0));
    match captures
        .name("zone")
        .and_then(|zone| zone_minutes(zone.as_str()))
    {
        Some(offset) => date.with_utc_offset(offset),
        None => date,
    }
}

/// Reads a date from a metadata value or a short piece of text, trying the strictest forms first.
pub fn parse_date(value: &str) -> Option<PublishDate> {
    let value = value.trim();
    if value.is_empty() || value.len() > 200 {
        return None;
    }
    if let Some(captures) = ISO_DATE.captures(value) {
        if let Some(date) = PublishDate::from_parts(
            number(&captures, "year")?,
            number(&captures, "month")?,
            number(&captures, "day")?,
        ) {
            return Some(with_clock(date, &captures));
        }
    }
    if let Some(captures) = COMPACT_DATE.captures(value) {
        if let Some(date) = PublishDate::from_parts(
            number(&captures, "year")?,
            number(&captures, "month")?,
            number(&captures, "day")?,
        ) {
            return Some(with_clock(date, &captures));
        }
    }
    find_date_in_text(value)
}

/// The first written-out or numeric date in running text, e.g. a byline's "Dec. 17, 2023".
pub fn find_date_in_text(text: &str) -> Option<PublishDate> {
    let mut best: Option<(usize, PublishDate)> = None;
    let mut consider = |position: usize, date: Option<PublishDate>| {
        if let Some(date) = date {
            if best.is_none_or(|(best_position, _)| position < best_position) {
                best = Some((position, date));
            }
        }
    };
    if let Some(captures) = MONTH_FIRST.captures(text) {
        let date = month_number(&captures["month"]).and_then(|month| {
            PublishDate::from_parts(number(&captures, "year")?, month, number(&captures, "day")?)
        });
        consider(
            captures.get(0).map_or(0, |m| m.start()),
            date.map(|d| with_clock(d, &captures)),
        );
    }
    if let Some(captures) = DAY_FIRST.captures(text) {
        let date = month_number(&captures["month"]).and_then(|month| {
            PublishDate::from_parts(number(&captures, "year")?, month, number(&captures, "day")?)
        });
        consider(
            captures.get(0).map_or(0, |m| m.start()),
            date.map(|d| with_clock(d, &captures)),
        );
    }
    if let Some(captures) = ISO_DATE.captures(text) {
        let date = PublishDate::from_parts(
            number(&captures, "year").unwrap_or(0),
            number(&captures, "month").unwrap_or(0),
            number(&captures, "day").unwrap_or(0),
        );
        consider(
            captures.get(0).map_or(0, |m| m.start()),
            date.map(|d| with_clock(d, &captures)),
        );
    }
    if let Some(captures) = NUMERIC_DATE.captures(text) {
        let first: u8 = number(&captures, "first").unwrap_or(0);
        let second: u8 = number(&captures, "second").unwrap_or(0);
        let year: u16 = number(&captures, "year").unwrap_or(0);
        // Slashes are read month first (American usage), dots and dashes day first (European
        // and Russian usage); the other order is tried only when the first is impossible.
        let day_first = captures
            .name("separator")
            .is_some_and(|separator| separator.as_str() != "/");
        let (month, day) = if day_first {
            (second, first)
        } else {
            (first, second)
        };
        let date = PublishDate::from_parts(year, month, day)
            .or_else(|| PublishDate::from_parts(year, day, month));
        consider(captures.get(0).map_or(0, |m| m.start()), date);
    }
    best.map(|(_, date)| date)
}

/// Every calendar day written out in running text, e.g. the "Updated Dec. 14, 2023" of a page
/// header: used to tell which of a page's metadata dates the reader is shown. A numeric date
/// whose day and month could be read either way gives both days.
pub fn days_written_in_text(text: &str) -> Vec<(u16, u8, u8)> {
    let mut days = Vec::new();
    let mut push = |date: Option<PublishDate>| {
        if let Some(date) = date {
            days.push((date.year, date.month, date.day));
        }
    };
    for regex in [&*MONTH_FIRST, &*DAY_FIRST] {
        for captures in regex.captures_iter(text) {
            push(month_number(&captures["month"]).and_then(|month| {
                PublishDate::from_parts(
                    number(&captures, "year")?,
                    month,
                    number(&captures, "day")?,
                )
            }));
        }
    }
    for captures in ISO_DATE.captures_iter(text) {
        push(PublishDate::from_parts(
            number(&captures, "year").unwrap_or(0),
            number(&captures, "month").unwrap_or(0),
            number(&captures, "day").unwrap_or(0),
        ));
    }
    for captures in NUMERIC_DATE.captures_iter(text) {
        let first: u8 = number(&captures, "first").unwrap_or(0);
        let second: u8 = number(&captures, "second").unwrap_or(0);
        let year: u16 = number(&captures, "year").unwrap_or(0);
        push(PublishDate::from_parts(year, first, second));
        push(PublishDate::from_parts(year, second, first));
    }
    days
}

/// A date in a URL path such as `/2023/12/17/`, `/2023-12-17-slug` or `/20231217/`: the day
/// alone. A slash-separated date must end its path segment: in `/2023/12/16-new-officers` the
/// 16 belongs to the headline, and the URL names only the month.
pub fn date_from_url(url: &str) -> Option<PublishDate> {
    let captures = URL_DATE.captures(url)?;
    if let Some(year) = captures.name("year") {
        return PublishDate::from_parts(
            year.as_str().parse().ok()?,
            number(&captures, "month")?,
            number(&captures, "day")?,
        );
    }
    if let Some(year) = captures.name("dyear") {
        return PublishDate::from_parts(
            year.as_str().parse().ok()?,
            number(&captures, "dmonth")?,
            number(&captures, "dday")?,
        );
    }
    PublishDate::from_parts(
        number(&captures, "cyear")?,
        number(&captures, "cmonth")?,
        number(&captures, "cday")?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(value: &str) -> Option<String> {
        parse_date(value).map(|date| date.to_string())
    }

    #[test]
    fn reads_common_forms() {
        assert_eq!(
            iso("2023-12-17T10:05:00+01:00").as_deref(),
            Some("2023-12-17T10:05:00+01:00")
        );
        assert_eq!(
            iso("2023-12-17T10:05:00.000Z").as_deref(),
            Some("2023-12-17T10:05:00Z")
        );
        assert_eq!(iso("2023-12-17").as_deref(), Some("2023-12-17"));
        assert_eq!(
            iso("Sun, 17 Dec 2023 10:05:00 GMT").as_deref(),
            Some("2023-12-17T10:05:00Z")
        );
        assert_eq!(
            iso("Published Dec. 17, 2023 10:05 p.m. ET").as_deref(),
            Some("2023-12-17T22:05:00")
        );
        assert_eq!(iso("December 7th, 2023").as_deref(), Some("2023-12-07"));
        assert_eq!(iso("7 September 2023").as_deref(), Some("2023-09-07"));
        assert_eq!(iso("12/31/2023").as_deref(), Some("2023-12-31"));
        assert_eq!(iso("31.12.2023").as_deref(), Some("2023-12-31"));
        assert_eq!(iso("03.11.2023, 17:45").as_deref(), Some("2023-11-03"));
        assert_eq!(iso("03/11/2023").as_deref(), Some("2023-03-11"));
        assert_eq!(iso("20231217").as_deref(), Some("2023-12-17"));
        assert_eq!(iso("yesterday"), None);
        assert_eq!(iso("2023-02-30"), None);
    }

    #[test]
    fn finds_every_written_day() {
        let days = days_written_in_text(
            "Published Oct. 24, 2022 | Updated December 14, 2023, 5:00 PM. Seen 3 March 2021 and 04/05/2020.",
        );
        assert_eq!(
            days,
            vec![
                (2022, 10, 24),
                (2023, 12, 14),
                (2021, 3, 3),
                (2020, 4, 5),
                (2020, 5, 4)
            ]
        );
        assert!(days_written_in_text("no dates here, 2023 alone").is_empty());
    }

    #[test]
    fn reads_dates_in_urls() {
        let day = |url: &str| date_from_url(url).map(|date| date.to_string());
        assert_eq!(
            day("https://x.com/news/2023/12/17/story").as_deref(),
            Some("2023-12-17")
        );
        assert_eq!(
            day("https://x.com/2023-12-07-story").as_deref(),
            Some("2023-12-07")
        );
        assert_eq!(
            day("https://x.com/20231217/story").as_deref(),
            Some("2023-12-17")
        );
        assert_eq!(day("https://x.com/story-12345"), None);
        assert_eq!(day("https://x.com/2023/12/16-new-officers-join"), None);
        assert_eq!(
            day("https://x.com/2023/12/16").as_deref(),
            Some("2023-12-16")
        );
    }
}
