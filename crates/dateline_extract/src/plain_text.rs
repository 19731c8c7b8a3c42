//! The plain-text path: a page saved as text, with leftovers of the site around the article.
//!
//! The text is kept exactly as given, so that offsets line up with the file. Lines are sorted
//! into navigation and prompts before the article, the title line, byline and date lines, the
//! body, and trailing sections (comment forms, related lists, author boxes). The body is the one
//! range from the first to the last article line; everything outside it except the title is
//! boilerplate.

use std::sync::LazyLock;

use dateline_document::{
    floor_char_boundary, Document, InputKind, Paragraph, ParagraphKind, Source, TextRange,
};
use regex::Regex;

use crate::authors::clean_author_names;
use crate::boilerplate::{is_boilerplate_line, is_closing_note, starts_trailing_section};
use crate::credit::find_credit;
use crate::dateline::find_dateline;
use crate::dates::find_date_in_text;
use crate::find_article_marks;
use crate::language::detect_language;

/// "By Ann Other" on a line of its own. The names' length is bounded in code: a counted
/// repetition (`.{1,150}`) compiles one copy of a Unicode class per count, which every process
/// paid at its first plain-text line.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|written by|posted by|author:)\s+(?P<names>\p{Lu}.+)$")
        .expect("valid regex")
});

/// The most characters a byline's names run to.
const MAX_BYLINE_NAMES_CHARS: usize = 151;

/// The names of a byline line, or `None` when the line is not one.
fn byline_names(line: &str) -> Option<&str> {
    let names = BYLINE.captures(line)?.name("names")?.as_str();
    (names.chars().count() <= MAX_BYLINE_NAMES_CHARS).then_some(names)
}

/// A line of the input with its byte range (without the line break).
#[derive(Clone, Copy, Debug)]
struct Line {
    range: TextRange,
    role: LineRole,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineRole {
    Blank,
    Boilerplate,
    SectionStart,
    Byline,
    DateOnly,
    /// Reads as article prose: long, or a sentence of several words.
    Prose,
    /// Short and not prose: a title, a subheading, a menu entry.
    Short,
}

pub fn extract_plain_text(source: Source, text: String) -> Document {
    let lines = classify_lines(&text);
    let mut document = Document::new(source, InputKind::PlainText, text);
    let text = &document.text;

    let mut lines = lines;
    join_wrapped_paragraphs(&document.text, &mut lines);
    promote_headline_line(&document.text, &mut lines);
    let Some(first_prose) = lines.iter().position(|line| line.role == LineRole::Prose) else {
        // No prose at all: keep everything as body, there is nothing to tell apart.
        document.body = TextRange::new(0, text.len()).trimmed_in(text);
        document.paragraphs = paragraphs_in(text, document.body);
        document.metadata.language = detect_language(document.body_text());
        find_article_marks(&mut document);
        return document;
    };

    // The body ends before the first trailing section after it starts, at the last prose line,
    // extended over short lines that credit an agency ("(TASS)", "Reporting by ...").
    let section_end = lines[first_prose..]
        .iter()
        .position(|line| line.role == LineRole::SectionStart)
        .map_or(lines.len(), |offset| first_prose + offset);
    let mut last_body = (first_prose..section_end)
        .rev()
        .find(|&index| lines[index].role == LineRole::Prose)
        .unwrap_or(first_prose);
    // The notes that close an article (the writer's line, the print edition's) are left out of
    // the body, as on the HTML path.
    while last_body > first_prose
        && lines[last_body]
            .range
            .slice(text)
            .is_some_and(is_closing_note)
    {
        last_body = (first_prose..last_body)
            .rev()
            .find(|&index| lines[index].role == LineRole::Prose)
            .unwrap_or(first_prose);
    }
    for (index, line) in lines
        .iter()
        .enumerate()
        .take(section_end)
        .skip(last_body + 1)
    {
        let is_credit_line = matches!(line.role, LineRole::Short | LineRole::Boilerplate)
            && find_credit(text, line.range)
                .is_some_and(|credit| credit.range.len() * 2 >= line.range.len());
        let is_short_sentence = line.role == LineRole::Short
            && line
                .range
                .slice(text)
                .is_some_and(reads_as_a_short_sentence);
        match line.role {
            LineRole::Blank => continue,
            _ if is_credit_line || is_short_sentence => last_body = index,
            _ => break,
        }
    }

    // Before the body: the title is the most title-like short line, bylines and dates are read.
    let mut title_index = None;
    let mut best_title_words = 0;
    for (index, line) in lines[..first_prose].iter().enumerate() {
        let line_text = &text[line.range.start()..line.range.end()];
        match line.role {
            LineRole::Byline => {
                if document.metadata.authors.is_empty() {
                    if let Some(names) = byline_names(line_text.trim()) {
                        document.metadata.authors = clean_author_names(names);
                    }
                }
                if document.metadata.published.is_none() {
                    document.metadata.published = find_date_in_text(line_text);
                }
            }
            LineRole::DateOnly if document.metadata.published.is_none() => {
                document.metadata.published = find_date_in_text(line_text);
            }
            LineRole::Short => {
                let words = line_text.split_whitespace().count();
                let looks_like_menu = line_text.contains(" | ") || line_text.contains(" • ");
                if words >= 3 && !looks_like_menu && words >= best_title_words {
                    best_title_words = words;
                    title_index = Some(index);
                }
            }
            _ => {}
        }
    }

    let body_start = lines[first_prose].range.start();
    let body_end = lines[last_body].range.end();
    document.body = TextRange::new(body_start, body_end);
    if let Some(index) = title_index {
        let range = lines[index].range.trimmed_in(text);
        document.metadata.title = Some(text[range.start()..range.end()].to_string());
        document.metadata.title_range = Some(range);
    }
    for (index, line) in lines.iter().enumerate() {
        let outside_body = index < first_prose || index > last_body;
        if outside_body && line.role != LineRole::Blank && Some(index) != title_index {
            let range = line.range.trimmed_in(text);
            if !range.is_empty() {
                document.boilerplate.push(range);
            }
        }
    }
    if document.metadata.published.is_none() {
        // A date inside the first lines of the body (a dateline's "Nov. 3, 2023") still dates it.
        let head_end = floor_char_boundary(text, (body_start + 300).min(body_end));
        document.metadata.published = find_date_in_text(&text[body_start..head_end]);
    }
    document.paragraphs = paragraphs_in(text, document.body);
    document.metadata.language = detect_language(document.body_text());
    find_article_marks(&mut document);
    document
}

/// Many saved articles open with the headline as a sentence of its own ("Poll: Wealthy Voters
/// Abandon Republican Party."), which reads as prose. The first line is taken for the headline
/// when it is short, more text follows it, and it is not itself a dateline paragraph.
fn promote_headline_line(text: &str, lines: &mut [Line]) {
    let mut non_blank = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| line.role != LineRole::Blank);
    let (Some((first_index, first)), Some(_)) = (non_blank.next(), non_blank.next()) else {
        return;
    };
    if first.role != LineRole::Prose {
        return;
    }
    let first_text = text[first.range.start()..first.range.end()].trim();
    let is_short = first_text.chars().count() <= 150 && first_text.split_whitespace().count() <= 25;
    if is_short && find_dateline(text, first.range.start()).is_none() {
        lines[first_index].role = LineRole::Short;
    }
}

/// Hard-wrapped paragraphs split a sentence over short lines, none of which reads as prose on
/// its own. A run of adjacent lines that together read as prose, with lines long enough not to
/// be a menu, is prose line by line.
fn join_wrapped_paragraphs(text: &str, lines: &mut [Line]) {
    let mut run_start = 0;
    while run_start < lines.len() {
        if lines[run_start].role == LineRole::Blank {
            run_start += 1;
            continue;
        }
        let mut run_end = run_start;
        while run_end < lines.len() && lines[run_end].role != LineRole::Blank {
            run_end += 1;
        }
        let run = &lines[run_start..run_end];
        if run.len() >= 2 && run.iter().any(|line| line.role == LineRole::Short) {
            let lengths: Vec<usize> = run.iter().map(|line| line.range.len()).collect();
            let total: usize = lengths.iter().sum();
            let average = total / run.len();
            let last = run[run.len() - 1].range;
            let ends_like_sentence = text[last.start()..last.end()]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', '»', ')']);
            let has_boilerplate = run.iter().any(|line| {
                matches!(
                    line.role,
                    LineRole::Boilerplate | LineRole::SectionStart | LineRole::Byline
                )
            });
            if total >= 120 && average >= 30 && ends_like_sentence && !has_boilerplate {
                for line in &mut lines[run_start..run_end] {
                    line.role = LineRole::Prose;
                }
            }
        }
        run_start = run_end;
    }
}

/// A short line after the article's last long one that is a sentence of it ("He declined to
/// comment.", "“You tell me,” he said."), not a site's leftover or the desk's note ("Read it all
/// here.", "Watch the ad above.", "Costa reported from Washington.", "Alex Isenstadt
/// contributed to this story."): three words or more, a capital or a quotation mark first, a
/// full stop or a closing mark last, most words in lower case as running text writes them, no
/// address, and no call to the reader or note of who reported.
fn reads_as_a_short_sentence(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower_case = words
        .iter()
        .filter(|word| word.starts_with(|c: char| c.is_lowercase()))
        .count();
    let first = words
        .first()
        .map_or(String::new(), |word| word.to_lowercase());
    let calls_the_reader = matches!(
        first.as_str(),
        "read"
            | "watch"
            | "view"
            | "send"
            | "click"
            | "follow"
            | "sign"
            | "subscribe"
            | "share"
            | "see"
            | "listen"
            | "download"
            | "like"
            | "join"
            | "get"
            | "visit"
            | "contact"
            | "email"
            | "call"
            | "tap"
    );
    let lowered = line.to_lowercase();
    let notes_the_desk = lowered.contains("contributed") || lowered.contains("reported from");
    let has_address = lowered.contains("http") || lowered.contains("www.") || line.contains('@');
    words.len() >= 3
        && line.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '‘'))
        && line.ends_with(['.', '!', '?', '"', '”'])
        && lower_case * 2 >= words.len()
        && !calls_the_reader
        && !notes_the_desk
        && !has_address
        && !is_closing_note(line)
}

fn classify_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        let range = TextRange::new(start, start + content.len());
        start += piece.len();
        lines.push(Line {
            range,
            role: classify_line(content),
        });
    }
    lines
}

fn classify_line(line: &str) -> LineRole {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return LineRole::Blank;
    }
    if starts_trailing_section(trimmed) {
        return LineRole::SectionStart;
    }
    if is_boilerplate_line(trimmed) {
        return LineRole::Boilerplate;
    }
    if trimmed.len() < 160 && byline_names(trimmed).is_some() {
        return LineRole::Byline;
    }
    let words = trimmed.split_whitespace().count();
    if words <= 8 && find_date_in_text(trimmed).is_some() {
        return LineRole::DateOnly;
    }
    let ends_like_sentence = trimmed.ends_with(['.', '!', '?', '"', '”', '’', '»', ')', ':']);
    if trimmed.chars().count() >= 120 || (ends_like_sentence && words >= 7) {
        LineRole::Prose
    } else {
        LineRole::Short
    }
}

/// Paragraphs of the body: blocks between blank lines, or single lines when the body has no
/// blank lines at all. Short lines without closing punctuation are headings.
fn paragraphs_in(text: &str, body: TextRange) -> Vec<Paragraph> {
    let body_text = &text[body.start()..body.end()];
    let has_blank_lines = body_text.contains("\n\n") || body_text.contains("\n\r\n");
    let mut paragraphs = Vec::new();
    let mut block_start: Option<usize> = None;
    let mut block_end = body.start();
    let mut offset = body.start();
    let close_block = |start: usize, end: usize, paragraphs: &mut Vec<Paragraph>| {
        let range = TextRange::new(start, end).trimmed_in(text);
        if range.is_empty() {
            return;
        }
        let slice = &text[range.start()..range.end()];
        let is_heading = !slice.contains('\n')
            && slice.split_whitespace().count() <= 12
            && !slice.ends_with(['.', '!', '?', '"', '”', ':', ')']);
        paragraphs.push(Paragraph {
            range,
            kind: if is_heading {
                ParagraphKind::Heading
            } else {
                ParagraphKind::Paragraph
            },
        });
    };
    for piece in body_text.split_inclusive('\n') {
        let content_end = offset + piece.trim_end_matches(['\n', '\r']).len();
        let is_blank = piece.trim().is_empty();
        if is_blank {
            if let Some(start) = block_start.take() {
                close_block(start, block_end, &mut paragraphs);
            }
        } else {
            if !has_blank_lines {
                if let Some(start) = block_start.take() {
                    close_block(start, block_end, &mut paragraphs);
                }
            }
            block_start.get_or_insert(offset);
            block_end = content_end;
        }
        offset += piece.len();
    }
    if let Some(start) = block_start {
        close_block(start, block_end, &mut paragraphs);
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(text: &str) -> String {
        let document = extract_plain_text(Source::from_path("test"), text.to_string());
        document.body_text().to_string()
    }

    #[test]
    fn a_short_last_sentence_is_the_articles_and_the_desks_note_is_not() {
        let article = "Senator Ann Lee said on Monday that the vote on the new budget would be held before the end of the month, whatever the committee decides.";
        let text =
            format!("{article}\n\n“You tell me,” she said.\n\nCosta reported from Washington.\n");
        assert!(body_of(&text).ends_with("“You tell me,” she said."));
        let text = format!("{article}\n\nRead it all here.\n");
        assert!(body_of(&text).ends_with("decides."));
    }
}
