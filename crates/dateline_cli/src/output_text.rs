//! The terminal summary: what a reader wants to see of each page at a glance.

use std::io::{self, Write};

use dateline_document::Document;

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
        // A statement split by its cue shows its quoted parts, not the cue between them.
        let full = if quote.parts.is_empty() {
            document.slice(quote.content).to_string()
        } else {
            quote
                .parts
                .iter()
                .map(|part| document.slice(*part))
                .collect::<Vec<_>>()
                .join(" … ")
        };
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
