//! Sentence boundaries in news text, in one linear pass.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) when
//! whitespace and then an upper-case letter, a digit, an opening quote or the end of the
//! paragraph follow, unless the word before the stop is a known abbreviation ("Mr.", "Gov.",
//! "Sept.", "U.S." before a lower-case word) or a single initial. Paragraph ends always end a
//! sentence. Sentences never cross paragraphs.
//!
//! This crate only finds boundaries; it does not tokenise.

use dateline_document::{Document, TextRange};

/// Abbreviations after which a full stop does not end the sentence when a capital follows
/// (titles and months are usually followed by a name or a number).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "adm", "cmdr", "pres", "vice", "st", "sr", "jr", "rev", "hon", "amb", "atty", "supt", "insp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "dept", "univ", "approx", "est", "fig",
    "calif", "ariz", "ark", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo", "ft", "mt", "messrs", "mme", "mlle",
];

/// Sentences of every paragraph of the document, or of the body when it has no paragraphs.
pub fn split_document(document: &Document) -> Vec<TextRange> {
    let mut sentences = Vec::new();
    if document.paragraphs.is_empty() {
        split_range(&document.text, document.body, &mut sentences);
    } else {
        for paragraph in &document.paragraphs {
            split_range(&document.text, paragraph.range, &mut sentences);
        }
    }
    sentences
}

/// Appends the sentences of `range` of `text` to `sentences`; each is trimmed and non-empty.
pub fn split_range(text: &str, range: TextRange, sentences: &mut Vec<TextRange>) {
    let Some(slice) = range.slice(text) else {
        return;
    };
    let base = range.start();
    let bytes = slice.as_bytes();
    let mut sentence_start = 0;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let is_break = byte == b'\n' && bytes.get(index + 1) == Some(&b'\n');
        if is_break {
            push_trimmed(text, base + sentence_start, base + index, sentences);
            sentence_start = index + 2;
            index += 2;
            continue;
        }
        if !matches!(byte, b'.' | b'!' | b'?') {
            index += 1;
            continue;
        }
        // Take in closing quotes, brackets and further stops: `."`, `?”)`, `...`.
        let mut end = index + 1;
        while end < bytes.len() {
            let rest = &slice[end..];
            let Some(next) = rest.chars().next() else {
                break;
            };
            if matches!(
                next,
                '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›' | '“' | '」'
            ) {
                // An opening curly quote right after a stop only belongs to this sentence when
                // no space separates them (a mis-encoded closing quote).
                end += next.len_utf8();
            } else {
                break;
            }
        }
        let after = &slice[end..];
        let next_visible = after.trim_start_matches([' ', '\t', '\u{a0}']);
        let has_space = next_visible.len() < after.len();
        let ends_here = next_visible.is_empty()
            || next_visible.starts_with('\n')
            || (has_space
                && starts_a_sentence(next_visible)
                && !is_abbreviation_stop(slice, index, next_visible));
        if ends_here {
            push_trimmed(text, base + sentence_start, base + end, sentences);
            sentence_start = end;
        }
        index = end;
    }
    push_trimmed(text, base + sentence_start, base + bytes.len(), sentences);
}

fn starts_a_sentence(rest: &str) -> bool {
    rest.chars().next().is_some_and(|first| {
        first.is_uppercase()
            || first.is_ascii_digit()
            || matches!(first, '"' | '“' | '‘' | '\'' | '«' | '(' | '[' | '—' | '-')
    })
}

/// Whether the stop at `stop_index` closes an abbreviation or an initial rather than a sentence.
fn is_abbreviation_stop(slice: &str, stop_index: usize, next: &str) -> bool {
    if slice.as_bytes()[stop_index] != b'.' {
        return false;
    }
    let before = &slice[..stop_index];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |position| {
            position + before[position..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let lowered = word.to_lowercase();
    let bare = lowered.trim_matches('.');
    // "J." or "U.S." or "D.C.": initials. A capitalised single letter is a middle initial.
    let is_initials = bare.split('.').all(|part| part.chars().count() == 1)
        && bare.chars().any(char::is_alphabetic);
    if is_initials {
        // "in the U.S. The next..." is a real end; an initial before a name is not. Initials of
        // two letters or more followed by a capitalised word that is a common sentence opener
        // end the sentence.
        let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        let is_opener = matches!(
            next_word.as_str(),
            "The"
                | "A"
                | "An"
                | "He"
                | "She"
                | "It"
                | "They"
                | "We"
                | "I"
                | "In"
                | "On"
                | "But"
                | "And"
                | "This"
                | "That"
                | "His"
                | "Her"
                | "Their"
                | "Its"
                | "There"
                | "If"
                | "As"
                | "At"
                | "For"
        );
        return !(bare.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_opener);
    }
    ABBREVIATIONS.contains(&bare)
}

fn push_trimmed(text: &str, start: usize, end: usize, sentences: &mut Vec<TextRange>) {
    if start >= end {
        return;
    }
    let range = TextRange::new(start, end).trimmed_in(text);
    if !range.is_empty() {
        sentences.push(range);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut sentences = Vec::new();
        split_range(text, TextRange::new(0, text.len()), &mut sentences);
        sentences
            .iter()
            .map(|range| range.slice(text).unwrap())
            .collect()
    }

    #[test]
    fn splits_on_stops_but_not_abbreviations_or_initials() {
        assert_eq!(
            split("Gov. Mike Pence spoke in Washington, D.C. on Monday. He said Mr. J. Smith left. “We won,” he said."),
            vec![
                "Gov. Mike Pence spoke in Washington, D.C. on Monday.",
                "He said Mr. J. Smith left.",
                "“We won,” he said."
            ]
        );
    }

    #[test]
    fn keeps_closing_quotes_with_their_sentence() {
        assert_eq!(
            split("She said, “It is over.” The talks ended. Was it? Yes!"),
            vec![
                "She said, “It is over.”",
                "The talks ended.",
                "Was it?",
                "Yes!"
            ]
        );
    }

    #[test]
    fn initials_of_a_country_can_end_a_sentence() {
        assert_eq!(
            split("Prices rose in the U.S. The Fed held rates."),
            vec!["Prices rose in the U.S.", "The Fed held rates."]
        );
    }

    #[test]
    fn paragraph_breaks_end_sentences() {
        assert_eq!(
            split("Headline without stop\n\nBody text here."),
            vec!["Headline without stop", "Body text here."]
        );
    }

    #[test]
    fn is_linear_on_long_input() {
        let text = "Word. ".repeat(200_000);
        let mut sentences = Vec::new();
        split_range(&text, TextRange::new(0, text.len()), &mut sentences);
        assert_eq!(sentences.len(), 200_000);
    }
}
