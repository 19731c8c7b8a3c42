//! The dateline at the start of a body: `WASHINGTON (Reuters) -`, `HAYWARD, Calif. (AP) —`,
//! `MOSCOW, Nov.3 –`, `BEIJING, Dec. 1 (Xinhua) --`, `LONDON:`.
//!
//! A dateline is only looked for at the very start of the body, where the wire services put it.
//! A place in capitals needs no agency; a place in title case needs an agency or a date beside
//! it, so that an opening clause such as "Meanwhile -" is not taken for a place.

use std::sync::LazyLock;

use dateline_document::{ceil_char_boundary, Dateline, TextRange};
use regex::Regex;

use crate::agencies::canonical_agency;

/// The place is words in capitals or title case: up to four, then up to two more parts after
/// commas of up to three words each ("HAYWARD, Calif."). The counts are checked by
/// [`place_has_dateline_shape`] rather than written as counted repetitions, each count of
/// which compiled another copy of the Unicode letter classes (2 ms per process).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let months = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)";
    Regex::new(&format!(
        r"(?x)^
        (?P<place>
            [\p{{Lu}}][\p{{L}}\p{{M}}.'’\-]*(?:[\ ][\p{{Lu}}][\p{{L}}\p{{M}}.'’\-]*)*
            (?:,[\ ][\p{{Lu}}][\p{{L}}\p{{M}}.'’\-]*(?:[\ ][\p{{Lu}}][\p{{L}}\p{{M}}.'’\-]*)*)*?
        )
        (?:,?[\ ](?P<date>{months}\.?[\ ]?\d{{1,2}}(?:,[\ ]\d{{4}})?|\d{{1,2}}[\ ]{months}\.?(?:[\ ]\d{{4}})?)\.?)?
        [\ ]?(?:\((?P<agency>[^()\n]{{2,40}})\)|/(?P<slashed_agency>[^/\n]{{2,40}})/)?
        [\ ]?(?P<dash>--|[-–—:])(?:[\ ]|$)"
    ))
    .expect("valid regex")
});

/// The found dateline, and the agency it credits, if any, with the agency's range.
pub struct FoundDateline {
    pub dateline: Dateline,
    pub agency: Option<(TextRange, &'static str)>,
}

/// Looks for a dateline at `body_start` in `text`.
pub fn find_dateline(text: &str, body_start: usize) -> Option<FoundDateline> {
    let head_end = ceil_char_boundary(text, body_start + 160);
    let head = &text[body_start..head_end];
    let leading_space = head.len() - head.trim_start().len();
    let head = &head[leading_space..];
    let captures = DATELINE.captures(head)?;
    let whole = captures.get(0)?;
    let place = captures.name("place")?.as_str();
    if !place_has_dateline_shape(place) {
        return None;
    }
    let place = place.trim();
    let date = captures.name("date").map(|m| m.as_str().to_string());
    let agency_match = captures
        .name("agency")
        .or_else(|| captures.name("slashed_agency"));
    let agency = agency_match.and_then(|m| canonical_agency(m.as_str()));
    let dash = captures.name("dash")?.as_str();
    let first_segment = place.split(',').next().unwrap_or(place);
    let place_in_capitals = first_segment.chars().any(char::is_alphabetic)
        && first_segment
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let has_letters_after = head[whole.end()..]
        .chars()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '"' | '“' | '‘' | '\'' | '«'));
    if !has_letters_after {
        return None;
    }
    let accepted = if dash == ":" {
        place_in_capitals && agency_match.is_none() && date.is_none()
    } else {
        place_in_capitals
            || agency.is_some()
            || (date.is_some() && first_segment.split_whitespace().count() <= 3)
            || (dash != "-"
                && first_segment.split_whitespace().count() <= 3
                && is_known_place_shape(place))
    };
    if !accepted || place.len() < 2 {
        return None;
    }
    // A parenthesis that is not an agency (e.g. "(CNN)") still ends the dateline but credits no one.
    let start = body_start + leading_space;
    let range = TextRange::new(start, start + whole.as_str().trim_end().len());
    // The credit span keeps its brackets or slashes: "(Reuters)", "/TASS/".
    let agency_range =
        agency_match.map(|m| TextRange::new(start + m.start() - 1, start + m.end() + 1));
    Some(FoundDateline {
        dateline: Dateline {
            range,
            place: Some(place.to_string()),
            date,
        },
        agency: agency.zip(agency_range).map(|(name, range)| (range, name)),
    })
}

/// Whether a place as the pattern matched it has at most four words before its first comma,
/// and at most two parts after commas of at most three words each.
fn place_has_dateline_shape(place: &str) -> bool {
    let mut parts = place.split(", ");
    let first_words = parts.next().map_or(0, |part| part.split(' ').count());
    let mut later_parts = 0;
    for part in parts {
        later_parts += 1;
        if part.split(' ').count() > 3 {
            return false;
        }
    }
    first_words <= 4 && later_parts <= 2
}

/// Title-case places with a spaced dash are accepted only when they look like a place name:
/// every word capitalised, no sentence words such as "The" or "In" opening them.
fn is_known_place_shape(place: &str) -> bool {
    let first_word = place.split_whitespace().next().unwrap_or("");
    !matches!(
        first_word,
        "The"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "So"
            | "Now"
            | "Meanwhile"
            | "Update"
            | "Updated"
            | "Editor's"
            | "Note"
            | "Opinion"
            | "Analysis"
            | "Watch"
            | "Video"
            | "Photos"
            | "Breaking"
    ) && place
        .split_whitespace()
        .all(|word| word.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (dateline as written, place, date, agency)
    type Found = (String, Option<String>, Option<String>, Option<&'static str>);

    fn find(text: &str) -> Option<Found> {
        let found = find_dateline(text, 0)?;
        Some((
            found.dateline.range.slice(text).unwrap().to_string(),
            found.dateline.place,
            found.dateline.date,
            found.agency.map(|(_, name)| name),
        ))
    }

    #[test]
    fn finds_wire_datelines() {
        assert_eq!(
            find("WASHINGTON (Reuters) - The U.S. Senate on Tuesday"),
            Some((
                "WASHINGTON (Reuters) -".into(),
                Some("WASHINGTON".into()),
                None,
                Some("Reuters")
            ))
        );
        assert_eq!(
            find("HAYWARD, Calif. (AP) — A man was"),
            Some((
                "HAYWARD, Calif. (AP) —".into(),
                Some("HAYWARD, Calif.".into()),
                None,
                Some("AP")
            ))
        );
        assert_eq!(
            find("MOSCOW, Nov.3 – Russian officials"),
            Some((
                "MOSCOW, Nov.3 –".into(),
                Some("MOSCOW".into()),
                Some("Nov.3".into()),
                None
            ))
        );
        assert_eq!(
            find("BEIJING, Dec. 1 (Xinhua) -- China will"),
            Some((
                "BEIJING, Dec. 1 (Xinhua) --".into(),
                Some("BEIJING".into()),
                Some("Dec. 1".into()),
                Some("Xinhua")
            ))
        );
        assert_eq!(
            find("United Nations – The U.N. Security Council voted"),
            Some((
                "United Nations –".into(),
                Some("United Nations".into()),
                None,
                None
            ))
        );
        assert_eq!(
            find("LONDON: Britain's economy").map(|f| f.0),
            Some("LONDON:".into())
        );
        assert_eq!(
            find("MURMANSK, November 28. /TASS/ – The season"),
            Some((
                "MURMANSK, November 28. /TASS/ –".into(),
                Some("MURMANSK".into()),
                Some("November 28".into()),
                Some("TASS")
            ))
        );
    }

    #[test]
    fn ignores_sentences_that_look_alike() {
        assert_eq!(find("The president - who spoke on Monday - said"), None);
        assert_eq!(find("Meanwhile – the markets fell"), None);
        assert_eq!(find("Update: the story was changed"), None);
        assert_eq!(find("In short: nothing happened"), None);
    }

    #[test]
    fn places_have_at_most_four_words_and_two_parts_after_commas() {
        assert!(find("NEW YORK CITY HALL (Reuters) - The mayor said").is_some());
        assert_eq!(
            find("ONE TWO THREE FOUR FIVE (Reuters) - The mayor said"),
            None
        );
        assert!(find("HAYWARD, Calif., Alameda County (AP) — Police said").is_some());
        assert_eq!(
            find("HAYWARD, Calif., Alameda County, USA (AP) — Police said"),
            None
        );
        assert_eq!(
            find("HAYWARD, Calif. And Four More Words (AP) — Police said"),
            None
        );
    }
}
