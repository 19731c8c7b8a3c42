//! Every fixture page through the whole pipeline, rendered with its quotations marked in the
//! text (⟦content⟧ with the cue in ‹› and the source in «») and each quotation's speaker listed,
//! and the layer validator run on each.
//!
//! Update with `INSTA_UPDATE=always cargo test` after a deliberate change.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use dateline_document::{validate_layers, Document, TextRange};
use dateline_ingest::{read_item, InputItem, PageContent, ReadOptions};

fn analyse(path: &Path) -> Document {
    let page = read_item(
        &InputItem::File(path.to_path_buf()),
        &ReadOptions::default(),
    )
    .remove(0)
    .unwrap_or_else(|error| panic!("{error}"));
    let mut document = match page.content {
        PageContent::Html(html) => dateline_extract::extract_html(page.source, &html),
        PageContent::Text(text) => dateline_extract::extract_plain_text(page.source, text),
    };
    document.sentences = dateline_sentences::split_document(&document);
    let layers = dateline_quotes::annotate_quotes(&document);
    document.entities = layers.entities;
    document.quotes = layers.quotes;
    document
}

/// The body with every quotation's content, cue and source marked where they stand.
fn render(document: &Document) -> String {
    let mut marks: Vec<(usize, u8, &str)> = Vec::new();
    for quote in &document.quotes {
        marks.push((quote.content.start(), 1, "⟦"));
        marks.push((quote.content.end(), 0, "⟧"));
        for (range, open, close) in [(quote.cue, "‹", "›"), (quote.source, "«", "»")] {
            if let Some(range) = range {
                marks.push((range.start(), 1, open));
                marks.push((range.end(), 0, close));
            }
        }
    }
    marks.sort();
    let body: TextRange = document.body;
    let mut out = String::new();
    let mut position = body.start();
    for (offset, _, mark) in marks {
        if offset < position || offset > body.end() {
            continue;
        }
        out.push_str(&document.text[position..offset]);
        out.push_str(mark);
        position = offset;
    }
    out.push_str(&document.text[position..body.end()]);
    out.push_str("\n\n");
    for (index, quote) in document.quotes.iter().enumerate() {
        let speaker = match &quote.speaker {
            Some(speaker) => format!(
                "{}{}{}",
                speaker.name,
                speaker
                    .role
                    .as_ref()
                    .map_or(String::new(), |role| format!(" ({role})")),
                speaker
                    .entity
                    .map_or(String::new(), |entity| format!(" [entity {entity}]"))
            ),
            None => "not given".to_string(),
        };
        writeln!(out, "quote {index}: {} by {speaker}", quote.kind.as_str()).unwrap();
    }
    for entity in &document.entities {
        writeln!(
            out,
            "entity {}: {} {} ({} mentions)",
            entity.id,
            entity.kind.as_str(),
            entity.name,
            entity.mentions.len()
        )
        .unwrap();
    }
    out
}

#[test]
fn fixture_quotations_match_their_snapshots_and_pass_the_validator() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pages");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        let document = analyse(&path);
        let violations = validate_layers(&document);
        assert!(violations.is_empty(), "{}: {violations:?}", path.display());
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace('.', "_");
        insta::assert_snapshot!(name, render(&document));
    }
}
