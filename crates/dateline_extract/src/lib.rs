//! Extraction: from a decoded page to a [`Document`] with its article text and metadata.
//!
//! Brief overview:
//! - [`extract_html`] parses an HTML page once, reads its metadata (`metadata`), finds the
//!   main content (`body_extractor`, the one module that uses the extraction crate), turns it
//!   into blocks (`blocks`) and drops site leftovers (`boilerplate`).
//! - [`extract_plain_text`] keeps a plain-text page's text exactly as given and marks its title
//!   line, body and boilerplate as spans (`plain_text`).
//! - Both then mark the dateline (`dateline`) and the agency credit (`credit`).
//!
//! Extraction never fails: a page without an article gives an empty or whole-page body and a
//! diagnostic. This crate does no I/O and knows nothing about JSON output.

mod agencies;
mod authors;
mod blocks;
mod body_extractor;
mod boilerplate;
mod credit;
mod dateline;
mod dates;
mod densest_container;
mod endless_scroll;
mod html_page;
mod language;
mod metadata;
mod page_state;
mod plain_text;
mod raw_text;

pub use authors::{clean_author_names, clean_author_names_of_outlets};
pub use dates::{date_from_url, find_date_in_text, parse_date};
pub use html_page::{
    extract_html, extract_html_unless_nested_too_deep, max_nesting_depth, NestedTooDeep,
    MAX_NESTING_DEPTH,
};
pub use language::{article_language, detect_language};
pub use plain_text::extract_plain_text;

use dateline_document::Document;

/// Marks the dateline at the start of the body and the agency credit, preferring the agency a
/// dateline names: that is the agency that filed the story.
pub(crate) fn find_article_marks(document: &mut Document) {
    let body = document.body;
    let first_paragraph_start = document
        .paragraphs
        .iter()
        .find(|paragraph| paragraph.kind != dateline_document::ParagraphKind::Heading)
        .map_or(body.start(), |paragraph| paragraph.range.start());
    if let Some(found) = dateline::find_dateline(&document.text, first_paragraph_start) {
        if let Some((range, agency)) = found.agency {
            document.credit = Some(dateline_document::Credit {
                range,
                agency: agency.to_string(),
            });
        }
        document.dateline = Some(found.dateline);
    }
    if document.credit.is_none() {
        // The whole text, not the body alone: a plain-text page's "(TASS)" or "Reporting by"
        // line may stand after the last paragraph.
        let whole = dateline_document::TextRange::new(0, document.text.len());
        document.credit = credit::find_credit(&document.text, whole);
    }
}
