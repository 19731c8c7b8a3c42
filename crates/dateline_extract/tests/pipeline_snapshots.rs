//! Whole-pipeline snapshots: every page under tests/fixtures/pages read, extracted and rendered
//! as text a reviewer can check at a glance, with the layer validator run on each.
//!
//! Update with `INSTA_UPDATE=always cargo test` (or `cargo insta review`) after a deliberate change.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use dateline_document::{validate_layers, Document, InputKind};
use dateline_extract::{extract_html, extract_plain_text};
use dateline_ingest::{read_item, InputItem, PageContent, ReadOptions};

fn fixtures_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pages")
}

fn analyse_fixture(path: &Path) -> Document {
    let mut pages = read_item(
        &InputItem::File(path.to_path_buf()),
        &ReadOptions::default(),
    );
    assert_eq!(pages.len(), 1, "{} should hold one page", path.display());
    let page = pages.remove(0).unwrap_or_else(|error| panic!("{error}"));
    let mut source = page.source;
    source.path = Some(path.file_name().unwrap().to_string_lossy().into_owned());
    match page.content {
        PageContent::Html(html) => extract_html(source, &html),
        PageContent::Text(text) => extract_plain_text(source, text),
    }
}

/// Metadata as labelled lines, then the text: paragraphs by kind for HTML, every input line by
/// role for plain text (so the reader sees exactly which lines are body and which leftovers).
fn render(document: &Document) -> String {
    let mut out = String::new();
    let metadata = &document.metadata;
    let or_dash = |value: Option<String>| value.unwrap_or_else(|| "-".to_string());
    writeln!(out, "kind        {}", document.input_kind.as_str()).unwrap();
    writeln!(out, "title       {}", or_dash(metadata.title.clone())).unwrap();
    writeln!(
        out,
        "authors     {}",
        if metadata.authors.is_empty() {
            "-".to_string()
        } else {
            metadata.authors.join("; ")
        }
    )
    .unwrap();
    writeln!(
        out,
        "published   {}",
        or_dash(metadata.published.map(|date| date.to_string()))
    )
    .unwrap();
    writeln!(out, "language    {}", or_dash(metadata.language.clone())).unwrap();
    writeln!(out, "site        {}", or_dash(metadata.site.clone())).unwrap();
    writeln!(out, "url         {}", or_dash(metadata.url.clone())).unwrap();
    match &document.dateline {
        Some(dateline) => writeln!(
            out,
            "dateline    «{}» place={} date={}",
            document.slice(dateline.range),
            or_dash(dateline.place.clone()),
            or_dash(dateline.date.clone())
        )
        .unwrap(),
        None => writeln!(out, "dateline    -").unwrap(),
    }
    match &document.credit {
        Some(credit) => writeln!(
            out,
            "credit      «{}» agency={}",
            document.slice(credit.range),
            credit.agency
        )
        .unwrap(),
        None => writeln!(out, "credit      -").unwrap(),
    }
    for diagnostic in &document.diagnostics {
        writeln!(
            out,
            "note        {}: {}",
            diagnostic.stage, diagnostic.message
        )
        .unwrap();
    }
    writeln!(out).unwrap();
    match document.input_kind {
        InputKind::Html => {
            for paragraph in &document.paragraphs {
                writeln!(
                    out,
                    "{:<12}| {}",
                    paragraph.kind.as_str(),
                    document.slice(paragraph.range)
                )
                .unwrap();
            }
        }
        InputKind::PlainText => {
            let mut offset = 0;
            for line in document.text.split_inclusive('\n') {
                let content = line.trim_end_matches(['\n', '\r']);
                let start = offset;
                offset += line.len();
                let role = if content.trim().is_empty() {
                    ""
                } else if metadata.title_range.is_some_and(|range| {
                    range.start() <= start + content.len() - content.trim_start().len()
                        && start < range.end()
                }) {
                    "title"
                } else if document.body.start() <= start && start < document.body.end() {
                    "body"
                } else if document.boilerplate.iter().any(|range| {
                    range.start() <= start + content.len() - content.trim_start().len()
                        && start < range.end()
                }) {
                    "boilerplate"
                } else {
                    "?"
                };
                writeln!(out, "{role:<12}| {content}").unwrap();
            }
        }
    }
    out
}

#[test]
fn fixture_pages_match_their_snapshots_and_pass_the_validator() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_folder())
        .expect("fixtures folder")
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 7,
        "expected the fixture pages, found {}",
        paths.len()
    );
    for path in paths {
        let document = analyse_fixture(&path);
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
