//! The terminal summary: what a reader wants to see of each page at a glance.

use std::io::{self, Write};

use dateline_document::{Document, Technique, TechniqueSpan};

use crate::analyze::PageResult;

/// How many lines of the body the summary shows.
const BODY_PREVIEW_LINES: usize = 4;
const PREVIEW_WIDTH: usize = 100;

pub fn write_summary(writer: &mut dyn Write, result: &PageResult, color: bool) -> io::Result<()> {
    let (bold, dim, red, reset) = if color {
        ("\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[0m")
    } else {
        ("", "", "", "")
    };
    match result {
        PageResult::Failed { message, .. } => writeln!(writer, "{red}error{reset} {message}\n"),
        PageResult::Analysed(document) => {
            writeln!(writer, "{bold}== {}{reset}", document.source.display_name())?;
            write_fields(writer, document, dim, reset)?;
            write_techniques(writer, document, color, dim, reset)?;
            writeln!(writer)
        }
    }
}

fn write_fields(
    writer: &mut dyn Write,
    document: &Document,
    dim: &str,
    reset: &str,
) -> io::Result<()> {
    let metadata = &document.metadata;
    let field = |name: &str| format!("{dim}{name:<10}{reset}");
    writeln!(
        writer,
        "{} {}",
        field("title"),
        metadata.title.as_deref().unwrap_or("-")
    )?;
    let authors = if metadata.authors.is_empty() {
        "-".to_string()
    } else {
        metadata.authors.join(", ")
    };
    writeln!(writer, "{} {}", field("by"), authors)?;
    writeln!(
        writer,
        "{} {}   {}language{reset} {}   {}site{reset} {}",
        field("published"),
        metadata
            .published
            .map_or("-".to_string(), |date| date.to_string()),
        dim,
        metadata.language.as_deref().unwrap_or("-"),
        dim,
        metadata.site.as_deref().unwrap_or("-"),
    )?;
    if let Some(dateline) = &document.dateline {
        writeln!(
            writer,
            "{} {}",
            field("dateline"),
            document.slice(dateline.range)
        )?;
    }
    if let Some(credit) = &document.credit {
        writeln!(
            writer,
            "{} {}  {dim}as{reset} {}",
            field("credit"),
            credit.agency,
            document.slice(credit.range)
        )?;
    }
    let body = document.body_text();
    writeln!(
        writer,
        "{} {} characters in {} paragraphs",
        field("body"),
        body.chars().count(),
        document.paragraphs.len()
    )?;
    for line in body
        .lines()
        .filter(|line| !line.trim().is_empty())
        .take(BODY_PREVIEW_LINES)
    {
        let mut preview: String = line.trim().chars().take(PREVIEW_WIDTH).collect();
        if line.trim().chars().count() > PREVIEW_WIDTH {
            preview.push('…');
        }
        writeln!(writer, "           {preview}")?;
    }
    for quote in &document.quotes {
        let full = document.quote_text(quote);
        let mut content: String = full.chars().take(PREVIEW_WIDTH).collect();
        if full.chars().count() > PREVIEW_WIDTH {
            content.push('…');
        }
        let speaker = match &quote.speaker {
            Some(speaker) => match &speaker.role {
                Some(role) => format!("{} ({role})", speaker.name),
                None => speaker.name.clone(),
            },
            None => "(speaker not given)".to_string(),
        };
        writeln!(
            writer,
            "{} {speaker}: {content}",
            field(quote.kind.as_str())
        )?;
    }
    for diagnostic in &document.diagnostics {
        writeln!(
            writer,
            "{} {}: {}",
            field("note"),
            diagnostic.stage,
            diagnostic.message
        )?;
    }
    Ok(())
}

/// A background colour per technique for terminals (256-colour palette), chosen to stay apart.
fn technique_colour(technique: Technique) -> u8 {
    const PALETTE: [u8; 14] = [
        220, 209, 117, 183, 150, 174, 75, 228, 213, 114, 180, 146, 223, 159,
    ];
    PALETTE[technique.index()]
}

fn highlight_start(technique: Technique, color: bool) -> String {
    if color {
        format!("\x1b[30;48;5;{}m", technique_colour(technique))
    } else {
        format!("[{}: ", technique.short_name())
    }
}

fn highlight_end(color: bool) -> &'static str {
    if color {
        "\x1b[0m"
    } else {
        "]"
    }
}

/// The techniques found: a count per technique, then every line of the article that holds a
/// span, with the spans highlighted (colours on a terminal, `[short-name: text]` otherwise).
fn write_techniques(
    writer: &mut dyn Write,
    document: &Document,
    color: bool,
    dim: &str,
    reset: &str,
) -> io::Result<()> {
    if document.techniques.is_empty() {
        return Ok(());
    }
    let mut counts: Vec<(Technique, usize)> = Technique::ALL
        .into_iter()
        .map(|technique| {
            let count = document
                .techniques
                .iter()
                .filter(|span| span.technique == technique)
                .count();
            (technique, count)
        })
        .filter(|(_, count)| *count > 0)
        .collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let summary: Vec<String> = counts
        .iter()
        .map(|(technique, count)| {
            if color {
                format!(
                    "{}{}{} {count}",
                    highlight_start(*technique, true),
                    technique.short_name(),
                    highlight_end(true)
                )
            } else {
                format!("{} {count}", technique.short_name())
            }
        })
        .collect();
    writeln!(
        writer,
        "{dim}{:<10}{reset} {} spans: {}",
        "techniques",
        document.techniques.len(),
        summary.join(", ")
    )?;
    let text = &document.text;
    let mut spans: Vec<&TechniqueSpan> = document.techniques.iter().collect();
    spans.sort_by_key(|span| (span.range.start(), span.range.end()));
    let mut index = 0;
    while index < spans.len() {
        // The line that holds this span, and every later span that starts on it.
        let start = spans[index].range.start();
        let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |at| start + at);
        let mut line = String::new();
        let mut cursor = line_start;
        while index < spans.len() && spans[index].range.start() < line_end {
            let span = spans[index];
            index += 1;
            // Overlapping spans are counted above; the line shows the first of them.
            if span.range.start() < cursor {
                continue;
            }
            let end = span.range.end().min(line_end);
            line.push_str(&text[cursor..span.range.start()]);
            line.push_str(&highlight_start(span.technique, color));
            line.push_str(&text[span.range.start()..end]);
            line.push_str(highlight_end(color));
            cursor = end;
        }
        line.push_str(&text[cursor..line_end.max(cursor)]);
        writeln!(writer, "           {}", line.trim())?;
    }
    Ok(())
}
