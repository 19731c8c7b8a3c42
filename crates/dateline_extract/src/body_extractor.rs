//! The one module that talks to the body-extraction crate (dom_smoothie, a Readability port).
//!
//! Why dom_smoothie: measured on the ScrapingHub pages against rs-trafilatura and trafilatura-rs
//! (see the issue note and ARCHITECTURE.md), it was the only one fast enough for our speed goal,
//! and its misses were mostly extra blocks, which our block filter removes. Swapping it out
//! means changing this file alone.

use dom_query::Document as HtmlDocument;
use dom_smoothie::{Config, Readability};

/// Elements beyond which a page is not handed to the extractor: its scoring is super-linear on
/// pathological pages, and no news article needs more.
const MAX_ELEMENTS: usize = 150_000;

/// The article's main content as HTML, or `None` when the extractor finds no article.
pub fn extract_main_content_html(page: HtmlDocument, page_url: Option<&str>) -> Option<String> {
    let config = Config {
        // Classes are kept so that our block filter can still see "share", "related", "caption".
        keep_classes: true,
        max_elements_to_parse: MAX_ELEMENTS,
        // Metadata is read by our own module before extraction; JSON-LD here would be read twice.
        disable_json_ld: true,
        ..Config::default()
    };
    let url = page_url.filter(|url| url.starts_with("http://") || url.starts_with("https://"));
    let mut readability = Readability::with_document(page, url, Some(config))
        .or_else(|_| Readability::with_document(HtmlDocument::from(""), None, None))
        .ok()?;
    let article = readability.parse().ok()?;
    Some(article.content.to_string())
}
