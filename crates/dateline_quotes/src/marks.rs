//! Direct quotations found by their quotation marks, in one pass per paragraph.
//!
//! Handles straight and curly double quotes, « » and ‹ ›, „ “, 「 」, two apostrophes used as a
//! double quote (`''`), single curly quotes used as the outer mark, marks typed the wrong way
//! round or with stray spaces (`said, ” We will win”`), and quotations that run over several
//! paragraphs where each paragraph reopens the mark. Quotes nested inside a quotation are part
//! of its content. Unbalanced marks never make the scan go back: it is linear in the text.

use dateline_document::TextRange;

/// One run of quoted words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotedSpan {
    /// From the opening mark to the end of the closing mark.
    pub outer: TextRange,
    /// The words between the marks, trimmed.
    pub content: TextRange,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MarkFamily {
    Double,
    Guillemet,
    SingleGuillemet,
    Corner,
    Single,
}

fn opening_family(mark: char) -> Option<MarkFamily> {
    match mark {
        '“' | '„' | '"' | '”' => Some(MarkFamily::Double),
        '«' => Some(MarkFamily::Guillemet),
        '‹' => Some(MarkFamily::SingleGuillemet),
        '「' | '『' => Some(MarkFamily::Corner),
        '‘' => Some(MarkFamily::Single),
        _ => None,
    }
}

fn closes(family: MarkFamily, mark: char) -> bool {
    match family {
        MarkFamily::Double => matches!(mark, '”' | '"' | '“'),
        MarkFamily::Guillemet => mark == '»',
        MarkFamily::SingleGuillemet => mark == '›',
        MarkFamily::Corner => matches!(mark, '」' | '』'),
        MarkFamily::Single => mark == '’',
    }
}

/// Whether the mark at `index` stands where a quotation can open: at the start, or after
/// whitespace or an opening bracket or dash, and before a non-space character.
fn can_open(text: &str, index: usize, mark_len: usize) -> bool {
    let before = text[..index].chars().next_back();
    let after = text[index + mark_len..].chars().next();
    let before_ok = before
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | ':' | ','));
    let after_ok = after.is_some_and(|c| !c.is_whitespace())
        || after.is_some_and(char::is_whitespace) && before.is_some_and(char::is_whitespace);
    // Corner brackets follow the word before them directly: 彼は「勝つ」と言った.
    let is_corner = matches!(text[index..].chars().next(), Some('「' | '『'));
    (before_ok || is_corner) && after_ok
}

/// Whether the mark at `index` stands where a quotation can close: after a non-space
/// character, and before whitespace, punctuation or the end.
fn can_close(text: &str, index: usize, mark_len: usize) -> bool {
    let before = text[..index].chars().next_back();
    let after = text[index + mark_len..].chars().next();
    // French typography puts a space inside guillemets: « nous gagnerons ».
    let is_guillemet = matches!(text[index..].chars().next(), Some('»' | '›'));
    let is_corner = matches!(text[index..].chars().next(), Some('」' | '』'));
    (is_guillemet || before.is_some_and(|c| !c.is_whitespace()))
        && (is_corner || after.is_none_or(|c| !c.is_alphanumeric()))
}

/// Finds the quoted spans of the given paragraphs (in order, not overlapping).
pub fn find_quoted_spans(text: &str, paragraphs: &[TextRange]) -> Vec<QuotedSpan> {
    let mut spans = Vec::new();
    // An opening carried over from a paragraph that ended inside a quotation.
    let mut carried: Option<(usize, usize, MarkFamily)> = None;
    for (paragraph_index, paragraph) in paragraphs.iter().enumerate() {
        let Some(slice) = paragraph.slice(text) else {
            continue;
        };
        let base = paragraph.start();
        let mut open: Option<(usize, usize, MarkFamily)> = None;
        let mut chars = slice.char_indices().peekable();
        if let Some((start, content_start, family)) = carried.take() {
            // The paragraph must reopen the quotation; its own opening mark is then skipped.
            if let Some(&(_, first)) = chars.peek() {
                if opening_family(first) == Some(family)
                    || (family == MarkFamily::Double && first == '\'')
                {
                    let (_, mark) = chars.next().unwrap_or((0, first));
                    if mark == '\'' && slice[mark.len_utf8()..].starts_with('\'') {
                        chars.next();
                    }
                    open = Some((start, content_start, family));
                }
            }
        }
        while let Some((offset, mark)) = chars.next() {
            let index = base + offset;
            let is_double_apostrophe = mark == '\'' && slice[offset + 1..].starts_with('\'');
            let mark_len = if is_double_apostrophe {
                2
            } else {
                mark.len_utf8()
            };
            match open {
                Some((start, content_start, family)) => {
                    let closing = if is_double_apostrophe {
                        family == MarkFamily::Double
                    } else {
                        closes(family, mark)
                    };
                    if closing && can_close(text, index, mark_len) {
                        push_span(
                            text,
                            &mut spans,
                            start,
                            content_start,
                            index,
                            index + mark_len,
                        );
                        open = None;
                        if is_double_apostrophe {
                            chars.next();
                        }
                    } else if closing
                        && can_open(text, index, mark_len)
                        && family == MarkFamily::Double
                    {
                        // A second opening mark with no closing one between: the first never closed.
                        open = Some((index, index + mark_len, family));
                        if is_double_apostrophe {
                            chars.next();
                        }
                    }
                }
                None => {
                    let family = if is_double_apostrophe {
                        Some(MarkFamily::Double)
                    } else {
                        opening_family(mark)
                    };
                    if let Some(family) = family {
                        if can_open(text, index, mark_len)
                            && (family != MarkFamily::Single || opens_single_quote(slice, offset))
                        {
                            open = Some((index, index + mark_len, family));
                            if is_double_apostrophe {
                                chars.next();
                            }
                        }
                    }
                }
            }
        }
        if let Some((start, content_start, family)) = open {
            let next_reopens = paragraphs
                .get(paragraph_index + 1)
                .and_then(|next| next.slice(text))
                .is_some_and(|next| {
                    next.chars().next().is_some_and(|first| {
                        opening_family(first) == Some(family)
                            || (family == MarkFamily::Double && next.starts_with("''"))
                    })
                });
            if next_reopens {
                carried = Some((start, content_start, family));
            } else if start == base {
                // A quotation that opens the paragraph and never closes: the paragraph is it.
                push_span(
                    text,
                    &mut spans,
                    start,
                    content_start,
                    paragraph.end(),
                    paragraph.end(),
                );
            }
        }
    }
    spans
}

/// A single curly quote opens a quotation only when no letter precedes it (so it is not an
/// apostrophe) and a matching closing quote follows later in the paragraph.
fn opens_single_quote(slice: &str, offset: usize) -> bool {
    slice[offset + '‘'.len_utf8()..].contains("’ ")
        || slice.trim_end().ends_with('’')
        || slice[offset..].contains("’,")
        || slice[offset..].contains(".’")
}

fn push_span(
    text: &str,
    spans: &mut Vec<QuotedSpan>,
    start: usize,
    content_start: usize,
    content_end: usize,
    end: usize,
) {
    let content = TextRange::new(content_start, content_end.max(content_start)).trimmed_in(text);
    if content.is_empty() {
        return;
    }
    spans.push(QuotedSpan {
        outer: TextRange::new(start, end.max(start)),
        content,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let paragraphs: Vec<TextRange> = {
            let mut ranges = Vec::new();
            let mut start = 0;
            for piece in text.split("\n\n") {
                ranges.push(TextRange::new(start, start + piece.len()));
                start += piece.len() + 2;
            }
            ranges
        };
        find_quoted_spans(text, &paragraphs)
            .iter()
            .map(|span| span.content.slice(text).unwrap())
            .collect()
    }

    #[test]
    fn finds_every_common_mark() {
        assert_eq!(
            quotes("He said “we will win” and left."),
            vec!["we will win"]
        );
        assert_eq!(
            quotes("He said \"we will win\" and left."),
            vec!["we will win"]
        );
        assert_eq!(
            quotes("Il a dit « nous gagnerons » hier."),
            vec!["nous gagnerons"]
        );
        assert_eq!(
            quotes("Er sagte „wir gewinnen“ gestern."),
            vec!["wir gewinnen"]
        );
        assert_eq!(quotes("彼は「勝つ」と言った"), vec!["勝つ"]);
        assert_eq!(
            quotes("He said ''we will win,'' and left."),
            vec!["we will win,"]
        );
        assert_eq!(
            quotes("She called it ‘a disgrace’ on Monday."),
            vec!["a disgrace"]
        );
    }

    #[test]
    fn survives_wrong_marks_and_apostrophes() {
        assert_eq!(
            quotes("said at the rally, ” We will win”."),
            vec!["We will win"]
        );
        assert_eq!(
            quotes("“It’s the people’s choice,” she said."),
            vec!["It’s the people’s choice,"]
        );
        assert_eq!(quotes("He said “we will “win” now."), vec!["win"]);
        assert_eq!(quotes("The party’s plan isn’t new."), Vec::<&str>::new());
    }

    #[test]
    fn joins_quotations_that_reopen_in_the_next_paragraph() {
        let text = "He said: “The first part.\n\n“The second part.”\n\nAfter.";
        assert_eq!(quotes(text), vec!["The first part.\n\n“The second part."]);
    }

    #[test]
    fn is_linear_on_unbalanced_marks() {
        let text = "“".repeat(100_000);
        assert!(quotes(&text).len() <= 1);
        let text = "a “b ".repeat(100_000);
        let _ = quotes(&text);
    }
}
