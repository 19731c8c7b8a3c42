//! The agency credit wherever it stands: `(Reuters)`, `(AP)`, `— AFP`, a trailing `(TASS)`,
//! `Tehran, IRNA –`, `/AFP/`, `© 2023 The Associated Press`, Reuters' "Reporting by ...".
//!
//! The first credit in reading order wins, except that a dateline's agency is always preferred:
//! it is the agency that filed the story.

use std::sync::LazyLock;

use dateline_document::{Credit, TextRange};
use regex::Regex;

use crate::agencies::{all_spellings, canonical_agency};

fn spellings_alternation() -> String {
    all_spellings()
        .iter()
        .map(|spelling| regex::escape(spelling))
        .collect::<Vec<_>>()
        .join("|")
}

/// `(Reuters)` or `(AP)` in running text, or a line that is only `— AFP`, `-- Xinhua`, `/AFP/`.
static CREDIT_PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let agencies = spellings_alternation();
    [
        format!(r"\((?P<agency>{agencies})\)"),
        format!(r"(?m)(?:^|[.!?”\x22]\s*)(?P<credit>[-–—]{{1,2}}\s*(?P<agency>{agencies}))\s*$"),
        format!(r"/(?P<agency>{agencies})/"),
        format!(r"(?m)^[\p{{Lu}}][\p{{L}}]+,\s+(?P<agency>{agencies})\s*[-–—]"),
        format!(r"(?:©|\(c\)|Copyright)\s*(?:\d{{4}}\s+)?(?P<agency>{agencies})\b"),
        r"\b(?P<agency>Associated Press|Reuters|AFP|Xinhua|TASS)\s+(?:writers?|reporters?|correspondents?)\b".to_string(),
    ]
    .iter()
    .map(|pattern| Regex::new(pattern).expect("valid regex"))
    .collect()
});

/// A line "Reporting by ...", perhaps with "Editing by ..." after it. The lengths of the two
/// lists of names are checked by [`reporting_names_fit`], not by counted repetitions in the
/// pattern, which compiled one copy of a Unicode class per count (a millisecond per process).
static REPORTING_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^\s*\(?(?:Additional\s+)?Reporting by (?P<names>[^\n]*)$")
        .expect("valid regex")
});

/// Whether the text after "Reporting by " is 3 to 300 characters, or is split by an
/// "Editing by " into 3 to 300 characters before it and 3 to 200 after it.
fn reporting_names_fit(names: &str) -> bool {
    const EDITING_BY: &str = "Editing by ";
    let chars = names.chars().count();
    (3..=300).contains(&chars)
        || names.match_indices(EDITING_BY).any(|(at, _)| {
            let before = names[..at].chars().count();
            let after = chars - before - EDITING_BY.len();
            (3..=300).contains(&before) && (3..=200).contains(&after)
        })
}

/// Any agency's spelling as a word of its own. Every credit pattern holds one that way (or
/// after "Copyright" with no space), so a text without one is spared the six patterns: on the
/// ScrapingHub pages that is six pages in seven.
static AGENCY_AS_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", spellings_alternation())).expect("valid regex")
});

fn may_hold_a_credit(text: &str) -> bool {
    AGENCY_AS_WORD.is_match(text) || text.contains("Copyright")
}

/// Finds the agency credit inside `range` of `text`.
pub fn find_credit(text: &str, range: TextRange) -> Option<Credit> {
    let slice = range.slice(text)?;
    let mut best: Option<Credit> = None;
    let patterns = if may_hold_a_credit(slice) {
        CREDIT_PATTERNS.as_slice()
    } else {
        &[]
    };
    for pattern in patterns {
        for captures in pattern.captures_iter(slice) {
            let Some(agency_match) = captures.name("agency") else {
                continue;
            };
            let Some(agency) = canonical_agency(agency_match.as_str()) else {
                continue;
            };
            // Short all-capital spellings such as "AP" or "AA" also occur as words; demand that
            // they stand in a credit's shape, which every pattern here already requires.
            let whole = captures
                .name("credit")
                .or_else(|| captures.get(0))
                .unwrap_or(agency_match);
            let credit_range =
                TextRange::new(range.start() + whole.start(), range.start() + whole.end())
                    .trimmed_in(text);
            let candidate = Credit {
                range: credit_range,
                agency: agency.to_string(),
            };
            if best
                .as_ref()
                .is_none_or(|known| candidate.range.start() < known.range.start())
            {
                best = Some(candidate);
            }
            break;
        }
    }
    if best.is_none() {
        let found = REPORTING_BY
            .captures_iter(slice)
            .find(|captures| reporting_names_fit(&captures["names"]))
            .and_then(|captures| captures.get(0));
        if let Some(found) = found {
            // "Reporting by X; Editing by Y" is Reuters' signature; elsewhere the agency is unknown
            // and the credit names the reporters only.
            let agency = if found.as_str().contains("Editing by") || slice.contains("Reuters") {
                "Reuters"
            } else {
                "unknown"
            };
            best = Some(Credit {
                range: TextRange::new(range.start() + found.start(), range.start() + found.end())
                    .trimmed_in(text),
                agency: agency.to_string(),
            });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(text: &str) -> Option<(String, String)> {
        let found = find_credit(text, TextRange::new(0, text.len()))?;
        Some((found.range.slice(text).unwrap().to_string(), found.agency))
    }

    #[test]
    fn finds_credits_in_their_usual_places() {
        assert_eq!(
            credit("LONDON (Reuters) - Prices rose."),
            Some(("(Reuters)".into(), "Reuters".into()))
        );
        assert_eq!(
            credit("Prices rose.\n\nThe talks go on. (TASS)"),
            Some(("(TASS)".into(), "TASS".into()))
        );
        assert_eq!(
            credit("Prices rose. — AFP"),
            Some(("— AFP".into(), "AFP".into()))
        );
        assert_eq!(
            credit("Tehran, IRNA – Iran's foreign minister said"),
            Some(("Tehran, IRNA –".into(), "IRNA".into()))
        );
        assert_eq!(
            credit("Prices rose.\nReporting by Jane Doe; Editing by John Roe"),
            Some((
                "Reporting by Jane Doe; Editing by John Roe".into(),
                "Reuters".into()
            ))
        );
        assert_eq!(
            credit("Copyright 2023 The Associated Press. All rights reserved."),
            Some(("Copyright 2023 The Associated Press".into(), "AP".into()))
        );
    }

    #[test]
    fn reads_reporting_lines_only_of_a_credit_length() {
        let names = "Jane Doe, ".repeat(25);
        let long_list = format!("Prices rose.\nReporting by {names}");
        assert_eq!(
            credit(&long_list),
            Some((
                format!("Reporting by {names}").trim().to_string(),
                "unknown".into()
            ))
        );
        let too_long = format!("Prices rose.\nReporting by {}", names.repeat(2));
        assert_eq!(credit(&too_long), None);
        let edited = format!("Prices rose.\nReporting by {names}Editing by John Roe");
        assert_eq!(
            credit(&edited).map(|(_, agency)| agency),
            Some("Reuters".into())
        );
        assert_eq!(credit("Prices rose.\nReporting by JD"), None);
    }

    #[test]
    fn finds_credits_that_the_word_test_would_miss() {
        // No boundary between "Copyright" and the agency: the one shape without the agency as a
        // word of its own.
        assert_eq!(
            credit("All rights reserved. CopyrightReuters"),
            Some(("CopyrightReuters".into(), "Reuters".into()))
        );
        assert_eq!(
            credit("Prices rose.—AFP"),
            Some(("—AFP".into(), "AFP".into()))
        );
    }

    #[test]
    fn ignores_agency_words_in_prose() {
        assert_eq!(credit("The AP style guide says a lot about Reuters."), None);
    }
}
