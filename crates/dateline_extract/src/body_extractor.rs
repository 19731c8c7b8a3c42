//! The one module that talks to the body-extraction crate (dom_smoothie, a Readability port).
//!
//! Why dom_smoothie: measured on the ScrapingHub pages against rs-trafilatura and trafilatura-rs
//! (see the issue note and ARCHITECTURE.md), it was the only one fast enough for our speed goal,
//! and its misses were mostly extra blocks, which our block filter removes. Swapping it out
//! means changing this file alone.

use dom_query::{Document as HtmlDocument, NodeId, NodeRef};
use dom_smoothie::{Config, ParsePolicy, Readability, ReadabilityError};

/// Elements beyond which a page is not handed to the extractor: its scoring is super-linear on
/// pathological pages, and no news article needs more.
const MAX_ELEMENTS: usize = 150_000;

/// The element dom_smoothie wraps the article in, inside the page it has rewritten.
const ARTICLE_ROOT_SELECTOR: &str = "#readability-page-1";

/// The article's main content: the page as the extractor left it, and the element holding the
/// article.
pub struct MainContent {
    pub page: HtmlDocument,
    pub root: NodeId,
}

/// The article's main content, or `None` when the extractor finds no article. `html` is the
/// page's markup, parsed again only in the rare case that the first attempt finds too little.
pub fn extract_main_content(
    page: HtmlDocument,
    html: &str,
    page_url: Option<&str>,
) -> Option<MainContent> {
    let config = Config {
        // Classes are kept so that our block filter can still see "share", "related", "caption".
        keep_classes: true,
        max_elements_to_parse: MAX_ELEMENTS,
        // Metadata is read by our own module before extraction; JSON-LD here would be read twice.
        disable_json_ld: true,
        ..Config::default()
    };
    let url = page_url.filter(|url| url.starts_with("http://") || url.starts_with("https://"));
    // Readability's full run copies the whole tree before each of its up to four attempts, so
    // that a failed attempt can be retried on the untouched page with laxer rules. Nearly every
    // news page succeeds at the first, strictest attempt; it is run alone, on the page itself,
    // and only when it finds less than Readability's own threshold does the full run follow, on
    // a fresh parse. The result is the full run's in every case: the same first attempt, kept
    // on the same condition.
    let char_threshold = config.char_threshold;
    let mut strict = Readability::with_document(page, url, Some(config.clone())).ok()?;
    match strict.parse_with_policy(ParsePolicy::Strict) {
        Ok(_) => {
            let content = article_root(strict.doc)?;
            let found_chars =
                NodeRef::new(content.root, &content.page.tree).normalized_char_count();
            if found_chars >= char_threshold {
                return Some(content);
            }
        }
        Err(ReadabilityError::TooManyElements(..)) => return None,
        Err(_) => {}
    }
    let mut full = Readability::with_document(HtmlDocument::from(html), url, Some(config)).ok()?;
    full.parse().ok()?;
    article_root(full.doc)
}

fn article_root(page: HtmlDocument) -> Option<MainContent> {
    let root = page
        .select_single(ARTICLE_ROOT_SELECTOR)
        .nodes()
        .first()?
        .id;
    Some(MainContent { page, root })
}
