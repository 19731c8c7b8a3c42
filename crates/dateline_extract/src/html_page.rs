//! The HTML path: parse once, read metadata, extract the main content, turn it into blocks,
//! drop site leftovers, and lay the blocks out as the document's text with paragraph spans.

use std::sync::LazyLock;

use dateline_document::{
    Diagnostic, Document, InputKind, Paragraph, ParagraphKind, Source, TextRange,
};
use dom_query::{Document as HtmlDocument, NodeRef};
use regex::Regex;

use crate::blocks::{collect_blocks, Block};
use crate::body_extractor::extract_main_content;
use crate::boilerplate::{
    is_boilerplate_line, is_closing_note, starts_related_section, starts_trailing_section,
};
use crate::dates::find_date_in_text;
use crate::densest_container::{find_densest_container, DensestContainer};
use crate::endless_scroll::later_stories_removed;
use crate::metadata::{normalise_space, read_metadata};
use crate::page_state::page_state_body;
use crate::raw_text::read_markup;
use crate::{find_article_marks, language::article_language};

/// Pages nested deeper than this are not handed to the HTML parser's consumers, whose tree walks
/// recurse; their text is read by a flat tag stripper instead. No real page comes near it.
pub const MAX_NESTING_DEPTH: usize = 1000;

/// The least paragraph text that makes the densest container worth preferring to the extractor.
const MIN_FALLBACK_CHARS: usize = 400;

/// The least paragraph text, and the least share of all the page's paragraph text, that make
/// the densest container the article without asking the extractor. Measured on the extraction
/// sets: from 60% to 80% the bodies read are as good as the extractor's or better; from 50%
/// down, articles split over several elements lose their other parts.
const MIN_DOMINANT_CHARS: usize = 1000;
const MIN_DOMINANT_SHARE_PERCENT: usize = 70;

/// A page's JSON-LD `articleBody` replaces the text read from its markup when it is at least this
/// many times longer (and opens with words the markup's text opens with; see
/// [`fuller_linked_data_body`]).
const MIN_LINKED_BODY_RATIO: usize = 2;
/// ...and holds at least this many characters.
const MIN_LINKED_BODY_CHARS: usize = 500;

/// "By Ann Other" as a block of its own. The length is bounded in code: a counted repetition
/// of a Unicode class compiles one copy of the class per count.
static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|written by|posted by)\s+\p{Lu}(?P<rest>[^.!?]+)$").expect("valid regex")
});

/// The most characters after a byline block's first capital.
const MAX_BYLINE_LINE_REST_CHARS: usize = 120;

fn is_byline_line(text: &str) -> bool {
    BYLINE_LINE
        .captures(text)
        .and_then(|captures| captures.name("rest"))
        .is_some_and(|rest| rest.as_str().chars().count() <= MAX_BYLINE_LINE_REST_CHARS)
}

/// A page whose markup nests deeper than [`MAX_NESTING_DEPTH`] levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NestedTooDeep;

impl std::fmt::Display for NestedTooDeep {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            formatter,
            "markup nested deeper than {MAX_NESTING_DEPTH} levels"
        )
    }
}

impl std::error::Error for NestedTooDeep {}

/// The article of an HTML page. A page nested deeper than [`MAX_NESTING_DEPTH`] levels is read
/// as flat text without structure, with a diagnostic saying so.
pub fn extract_html(source: Source, html: &str) -> Document {
    let raw_html = html;
    let markup = read_markup(html);
    let html = &*markup.html;
    if markup.nesting_depth > MAX_NESTING_DEPTH {
        let blocks = flat_text_blocks(html);
        let mut document = assemble(source, blocks);
        document.diagnostics = vec![Diagnostic {
            stage: "extract",
            message: format!("{NestedTooDeep}; read as flat text without structure"),
        }];
        return document;
    }
    extract_markup(source, raw_html, html)
}

/// The article of an HTML page, or [`NestedTooDeep`] for a page nested deeper than
/// [`MAX_NESTING_DEPTH`] levels, for callers that refuse such pages rather than read them flat.
/// The depth is counted once, on the markup the parser will see.
pub fn extract_html_unless_nested_too_deep(
    source: Source,
    html: &str,
) -> Result<Document, NestedTooDeep> {
    let raw_html = html;
    let markup = read_markup(html);
    let html = &*markup.html;
    if markup.nesting_depth > MAX_NESTING_DEPTH {
        return Err(NestedTooDeep);
    }
    Ok(extract_markup(source, raw_html, html))
}

/// The article of a page whose nesting is known to be within bounds; `html` is `raw_html` with
/// its unread markup dropped.
fn extract_markup(source: Source, raw_html: &str, html: &str) -> Document {
    let mut diagnostics = Vec::new();
    let page = HtmlDocument::from(html);
    let metadata = read_metadata(&page, raw_html, source.url.as_deref());
    // The stories an endless-scroll page loaded under the opened one are removed before the
    // body is looked for; the metadata above was read from the page as saved.
    let pruned = later_stories_removed(&page, metadata.title.as_deref());
    let (page, html) = match &pruned {
        Some(pruned) => {
            diagnostics.push(Diagnostic {
                stage: "extract",
                message: "the page holds the stories loaded after the opened one; read the opened one alone".to_string(),
            });
            (HtmlDocument::from(pruned.as_str()), pruned.as_str())
        }
        None => (page, html),
    };
    let densest = find_densest_container(&page);
    // When one element holds most of the page's paragraph text, that element is the article:
    // its blocks are read as they are, and the main-content extractor, which scores every
    // element of the page and costs about a quarter of the time, is not run. On the
    // extraction sets this read the same bodies or closer ones (ScrapingHub exact matches
    // 0.402 -> 0.446, body F1 0.976 -> 0.977, NAEB body F1 unchanged).
    let dominant_blocks = densest
        .filter(|densest| {
            densest.paragraph_chars >= MIN_DOMINANT_CHARS
                && densest.paragraph_chars * 100
                    >= densest.page_paragraph_chars * MIN_DOMINANT_SHARE_PERCENT
        })
        .map(|densest| collect_blocks(&NodeRef::new(densest.node, &page.tree)))
        .filter(|blocks| !blocks.is_empty());
    let mut blocks = match dominant_blocks {
        Some(blocks) => blocks,
        None => extracted_blocks(
            page,
            html,
            metadata.url.as_deref(),
            densest,
            &mut diagnostics,
        ),
    };
    if blocks.is_empty() {
        diagnostics.push(Diagnostic {
            stage: "extract",
            message: "no article found by the extractor; kept the page's whole text".to_string(),
        });
        let page = HtmlDocument::from(html);
        let root = page.select("body");
        blocks = match root.nodes().first() {
            Some(body) => collect_blocks(body),
            None => collect_blocks(&page.root()),
        };
    }
    if let Some(fuller) = fuller_linked_data_body(&blocks, metadata.article_body.as_deref()) {
        diagnostics.push(Diagnostic {
            stage: "extract",
            message: "the page shows part of the article; read the whole text from its JSON-LD articleBody".to_string(),
        });
        blocks = fuller;
    } else if let Some(fuller) = page_state_body(raw_html, &blocks, fuller_body_min_chars(&blocks))
    {
        diagnostics.push(Diagnostic {
            stage: "extract",
            message: "the page shows part of the article; read the whole text from the page state its scripts hold".to_string(),
        });
        blocks = fuller;
    }
    let blocks = clean_blocks(blocks, metadata.title.as_deref());
    let mut document = assemble(source, blocks);
    document.diagnostics.extend(diagnostics);
    document.metadata.title = metadata.title;
    document.metadata.authors = metadata.authors;
    document.metadata.published = metadata.published;
    document.metadata.site = metadata.site;
    document.metadata.url = metadata.url;
    document.metadata.description = metadata.description;
    document.metadata.language = article_language(metadata.language, document.body_text());
    find_article_marks(&mut document);
    document
}

/// The least text a fuller body, from the JSON-LD or the page state, must hold to replace the
/// blocks read from the markup.
fn fuller_body_min_chars(blocks: &[Block]) -> usize {
    let read_chars: usize = blocks.iter().map(|block| block.text.len()).sum();
    (read_chars * MIN_LINKED_BODY_RATIO).max(MIN_LINKED_BODY_CHARS)
}

/// The article's paragraphs from the page's JSON-LD `articleBody` when the page's markup shows
/// only part of it: a paywalled page keeps a teaser in its markup and the whole text for search
/// engines in its JSON-LD. Taken only when that text is far longer than the text read from the
/// markup and holds the markup's opening words, so that a body of some other item, or a summary,
/// is never taken. Its line breaks part its paragraphs; markup inside it is read as markup.
fn fuller_linked_data_body(blocks: &[Block], article_body: Option<&str>) -> Option<Vec<Block>> {
    let article_body = article_body?;
    if article_body.len() < fuller_body_min_chars(blocks) {
        return None;
    }
    let linked_blocks: Vec<Block> = if article_body.contains("</") {
        collect_blocks(&HtmlDocument::fragment(article_body).root())
    } else {
        article_body
            .lines()
            .map(normalise_space)
            .filter(|line| !line.is_empty())
            .map(Block::paragraph)
            .collect()
    };
    let linked_text = normalise_space(
        &linked_blocks
            .iter()
            .map(|block| block.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    // The opening words of one of the first paragraphs read from the markup (a heading or a
    // caption may come before the article's first paragraph).
    let shares_an_opening = blocks.iter().take(3).any(|block| {
        let opening: String = block.text.chars().take(50).collect();
        let opening = normalise_space(&opening);
        opening.chars().count() >= 30 && linked_text.contains(&opening)
    });
    (shares_an_opening && !linked_blocks.is_empty()).then_some(linked_blocks)
}

/// The article's blocks as the main-content extractor finds them, or the page's densest run of
/// paragraphs when the extractor found far less text than that run holds.
fn extracted_blocks(
    page: HtmlDocument,
    html: &str,
    page_url: Option<&str>,
    densest: Option<DensestContainer>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Block> {
    let content = extract_main_content(page, html, page_url);
    let mut blocks = match &content {
        // The extractor's tree is serialised and parsed again rather than walked as it is: its
        // rewrites can leave nestings no parser makes (a paragraph inside a paragraph, where a
        // span became a `p`), which the parser straightens out and the block reader expects.
        // Walking the tree directly lost captions and paragraphs on 4 of 280 NAEB pages.
        Some(content) => {
            let serialised = NodeRef::new(content.root, &content.page.tree).html();
            let fragment = HtmlDocument::fragment(serialised);
            collect_blocks(&fragment.root())
        }
        None => Vec::new(),
    };
    // When the extractor found far less text than the page's densest run of paragraphs, it
    // settled on the wrong element (a teaser, a caption) or gave up: read that run instead.
    // Parsing again gives the same node ids, so the container found before is found again.
    let extracted_chars: usize = blocks.iter().map(|block| block.text.len()).sum();
    if let Some(densest) = densest {
        if densest.paragraph_chars >= MIN_FALLBACK_CHARS
            && densest.paragraph_chars > extracted_chars * 2
        {
            let page = HtmlDocument::from(html);
            let container = NodeRef::new(densest.node, &page.tree);
            let container_blocks = collect_blocks(&container);
            if !container_blocks.is_empty() {
                diagnostics.push(Diagnostic {
                    stage: "extract",
                    message: "the main-content extractor found little text; used the densest run of paragraphs".to_string(),
                });
                blocks = container_blocks;
            }
        }
    }
    blocks
}

/// Drops the repeated headline, bylines and timestamps before the first paragraph, boilerplate
/// lines anywhere, and everything from a trailing section ("Related stories") on, unless the
/// story resumes after it (an inline "Related news" box).
fn clean_blocks(blocks: Vec<Block>, title: Option<&str>) -> Vec<Block> {
    let title_key = title.map(comparable_words);
    let mut kept: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut skip_next = false;
    for (index, block) in blocks.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let text = block.text.trim();
        // Kickers over headlines, one after another (or one closing the page): teasers for
        // other stories. With a paragraph under them they are the subheads of a roundup.
        if is_teaser_pair(&blocks, index)
            && (is_teaser_pair(&blocks, index + 2)
                || index
                    .checked_sub(2)
                    .is_some_and(|before| is_teaser_pair(&blocks, before))
                || index + 2 == blocks.len())
        {
            skip_next = true;
            continue;
        }
        let at_start =
            kept.iter().all(|kept| kept.kind == ParagraphKind::Heading) || kept.is_empty();
        if at_start {
            if title_key
                .as_deref()
                .is_some_and(|title| comparable_words(text) == title)
            {
                continue;
            }
            if text.len() < 140 && is_byline_line(text) {
                continue;
            }
        }
        if starts_trailing_section(text)
            && kept
                .iter()
                .any(|block| block.kind != ParagraphKind::Heading)
        {
            if starts_related_section(text) && story_resumes(&blocks[index + 1..]) {
                continue;
            }
            break;
        }
        if is_boilerplate_line(text) || is_teaser_or_stamp(block) {
            continue;
        }
        kept.push(block.clone());
    }
    // A heading with nothing after it is a leftover of a removed section, and the notes that
    // close an article (the writer's line, the print edition's) are no part of it.
    while kept.len() > 1
        && kept.last().is_some_and(|block| {
            block.kind == ParagraphKind::Heading || is_closing_note(&block.text)
        })
    {
        kept.pop();
    }
    kept
}

/// The share of a short block's characters inside links that makes it a teaser.
const MOSTLY_LINK_SHARE: f32 = 0.8;

/// Whether the story goes on after a "Related" box: paragraphs of running text (not links,
/// long enough to be sentences of the story) follow before the next trailing section, and not
/// as the summaries of a list of links. An inline box is a run of links and then the story
/// again; a closing list of other stories alternates linked headlines with their summaries.
fn story_resumes(rest: &[Block]) -> bool {
    let mut running_paragraphs = 0;
    let mut summaries_under_links = 0;
    let mut previous_was_link = false;
    for block in rest {
        let text = block.text.trim();
        if starts_trailing_section(text) {
            break;
        }
        let is_link = block.link_share >= MOSTLY_LINK_SHARE;
        let is_running_paragraph = block.kind == ParagraphKind::Paragraph
            && !is_link
            && text.chars().count() >= 150
            && !is_boilerplate_line(text);
        if is_running_paragraph {
            running_paragraphs += 1;
            if previous_was_link {
                summaries_under_links += 1;
            }
        }
        previous_was_link = is_link;
    }
    running_paragraphs > 0 && summaries_under_links < TEASERS_THAT_MAKE_A_LIST
}

/// A teaser's kicker: a few words in capitals over a headline ("RANDY ANDY", "'A NATIONAL
/// TRAGEDY'"), the way tabloids label the stories they link to.
fn is_kicker(text: &str) -> bool {
    // Six words in capitals fit in far fewer bytes; most blocks are paragraphs, told apart here.
    if text.len() > 120 {
        return false;
    }
    let words = text.split_whitespace().count();
    // Capitals counted, not letters: scripts without case (Korean, Chinese) have no kickers.
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (1..=6).contains(&words)
        && capitals >= 4
        && capitals * 10 >= letters * 8
        && text.chars().all(|c| !c.is_lowercase())
        && !text.ends_with([':', '.'])
}

/// Whether a kicker stands at `index` with a headline under it.
fn is_teaser_pair(blocks: &[Block], index: usize) -> bool {
    blocks
        .get(index)
        .is_some_and(|block| is_kicker(block.text.trim()))
        && blocks.get(index + 1).is_some_and(is_teaser_headline)
}

/// A headline under a kicker: one short line without a sentence's closing full stop.
fn is_teaser_headline(block: &Block) -> bool {
    let text = block.text.trim();
    text.len() < 200 && !text.ends_with(['.', '!', '?']) && !is_kicker(text)
}

/// How many linked headlines with a summary under them make a list of other stories.
const TEASERS_THAT_MAKE_A_LIST: usize = 2;

/// Blocks that are page furniture by their shape rather than their words: a short block that
/// is all link (a related-story teaser), a date or "Updated" stamp, a photo caption with its
/// credit, a breadcrumb trail, a lone number or word.
fn is_teaser_or_stamp(block: &Block) -> bool {
    let text = block.text.trim();
    let words = text.split_whitespace().count();
    if block.is_all_link && text.len() < 250 {
        return true;
    }
    // A teaser with a tag or a kicker beside its link ("Holidaymakers die after eating marmot
    // [INSIGHT]") is still mostly link; a sentence of the story with a linked name is not.
    if block.link_share >= MOSTLY_LINK_SHARE && text.len() < 250 {
        return true;
    }
    // Embedded posts end with "— Name (@handle) date": article text, not a stamp.
    let is_embed_attribution = text.starts_with(['—', '-', '–']) || text.contains("(@");
    if words <= 10
        && text.len() < 90
        && !is_embed_attribution
        && (find_date_in_text(text).is_some() || text.starts_with("| "))
    {
        return true;
    }
    if PHOTO_CREDIT_TAIL.is_match(text) || (text.contains(" > ") && words <= 8) {
        return true;
    }
    // A lone number ("2.289" reads, "12") is a counter; a rule of underscores is the wire
    // services' section break and stays.
    if !text.chars().any(char::is_alphabetic) && !text.contains('_') {
        return true;
    }
    words == 1 && block.kind == ParagraphKind::Paragraph && !text.ends_with(['.', '!', '?', ':'])
}

static PHOTO_CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\((?:[^()]*\b(?:photo|photograph|image|picture)s?\b[^()]*(?:/|\bby\b|:|getty|reuters|afp|ap\b)[^()]*|getty images|ap photo[^()]*|credit:[^()]*)\)\s*$")
        .expect("valid regex")
});

/// Lower-case letters and digits, words parted by one space: "School … Over" and "School ...
/// Over" compare equal.
pub(crate) fn comparable_words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lays blocks out as text, two newlines apart, recording each as a paragraph span.
fn assemble(source: Source, blocks: Vec<Block>) -> Document {
    let mut text = String::with_capacity(blocks.iter().map(|block| block.text.len() + 2).sum());
    let mut paragraphs = Vec::with_capacity(blocks.len());
    for block in blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&block.text);
        paragraphs.push(Paragraph {
            range: TextRange::new(start, text.len()),
            kind: block.kind,
        });
    }
    let mut document = Document::new(source, InputKind::Html, text);
    document.paragraphs = paragraphs;
    document
}

/// The deepest element nesting in `html`, as [`ReadableMarkup::nesting_depth`] counts it.
pub fn max_nesting_depth(html: &str) -> usize {
    read_markup(html).nesting_depth
}

/// Text of a page without a tree: tags become breaks, entities for quotes and spaces are read.
fn flat_text_blocks(html: &str) -> Vec<Block> {
    let mut text = String::with_capacity(html.len() / 2);
    let mut inside_tag = false;
    for character in html.chars() {
        match character {
            '<' => inside_tag = true,
            '>' if inside_tag => {
                inside_tag = false;
                text.push('\n');
            }
            _ if !inside_tag => text.push(character),
            _ => {}
        }
    }
    let text = text
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    text.split('\n')
        .map(normalise_space)
        .filter(|line| !line.is_empty())
        .map(|line| Block {
            kind: ParagraphKind::Paragraph,
            text: line,
            is_all_link: false,
            link_share: 0.0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story_paragraphs(part: &str, count: usize) -> String {
        (1..=count)
            .map(|n| format!("<p>Paragraph {n} of the {part} part tells what the council decided, who argued against it and what the vote means for the town's budget next year.</p>"))
            .collect()
    }

    /// A paywalled page: the markup shows the first paragraph, the JSON-LD holds the article.
    fn paywalled_page(article_body: &str) -> String {
        let teaser = "The council voted on Tuesday to close the old bridge for the whole winter, a decision that split the town.";
        format!(
            "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\",\"articleBody\":\"{article_body}\"}}</script></head><body><article><h1>Bridge to close</h1><p>{teaser}</p><div class=\"paywall\">Subscribe to read more.</div></article></body></html>"
        )
    }

    #[test]
    fn a_page_showing_part_of_the_article_is_read_from_its_json_ld_body() {
        let rest = "Mayor Luis Ortega said the repairs could not wait another year.\\nResidents will use the ferry until March, when the bridge reopens with two new lanes and a footpath on its northern side.\\nThe vote was five to four after a long and heated debate about the cost of the works, which the town will pay for over ten years from a fund it set aside after the floods of 2019.\\nShop owners on both banks asked the council to run the ferry late on market days, and the council agreed to look at the timetable again in January.";
        let body = format!("The council voted on Tuesday to close the old bridge for the whole winter, a decision that split the town.\\n{rest}");
        let document = extract_html(Source::from_path("paywalled.html"), &paywalled_page(&body));
        assert_read_whole(&document, "articleBody");
        // A JSON-LD body that does not open as the page's article does is some other text: the
        // page's own text stays.
        let other = format!("An unrelated story about the harbour and its new cranes.\\n{rest}");
        let document = extract_html(Source::from_path("other.html"), &paywalled_page(&other));
        assert!(
            !document.text.contains("Mayor Luis Ortega"),
            "{}",
            document.text
        );
        assert!(document.text.contains("split the town"));
    }

    #[test]
    fn a_page_showing_part_of_the_article_is_read_from_its_page_state() {
        let teaser = "The council voted on Tuesday to close the old bridge for the whole winter, a decision that split the town.";
        let rest = [
            "Mayor Luis Ortega said the repairs could not wait another year.",
            "Residents will use the ferry until March, when the bridge reopens with two new lanes and a footpath on its northern side.",
            "The vote was five to four after a long and heated debate about the cost of the works, which the town will pay for over ten years from a fund it set aside after the floods of 2019.",
            "Shop owners on both banks asked the council to run the ferry late on market days, and the council agreed to look at the timetable again in January.",
        ];
        let nodes: Vec<String> = std::iter::once(teaser)
            .chain(rest)
            .map(|text| format!("{{\"type\":\"paragraph\",\"content\":[{{\"type\":\"text\",\"value\":\"{text}\"}}]}}"))
            .collect();
        let page = format!(
            "<html><body><article><h1>Bridge to close</h1><p>{teaser}</p><div class=\"paywall\">Subscribe to read more.</div></article><script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"props\":{{\"story\":{{\"body\":{{\"content\":[{}]}}}}}}}}</script></body></html>",
            nodes.join(",")
        );
        let document = extract_html(Source::from_path("state.html"), &page);
        assert_read_whole(&document, "page state");
    }

    /// The bridge story of the two tests above, read whole from where `diagnostic` says, in
    /// its five paragraphs and without the paywall's prompt.
    fn assert_read_whole(document: &Document, diagnostic: &str) {
        assert!(
            document.text.contains("Mayor Luis Ortega said"),
            "{}",
            document.text
        );
        assert!(document.text.contains("a footpath on its northern side."));
        assert!(document.text.contains("again in January."));
        assert!(!document.text.contains("Subscribe"));
        assert_eq!(document.paragraphs.len(), 5, "{:?}", document.paragraphs);
        assert!(document
            .diagnostics
            .iter()
            .any(|found| found.message.contains(diagnostic)));
    }

    #[test]
    fn a_container_holding_most_paragraph_text_is_read_and_a_split_article_is_read_whole() {
        // One container with the story and a teaser elsewhere: the container is the article.
        let whole = format!(
            "<html><body><div class=\"story\">{}</div><aside><p>A teaser for another story that is long enough to count as a paragraph.</p></aside></body></html>",
            story_paragraphs("only", 8)
        );
        let document = extract_html(Source::from_path("whole.html"), &whole);
        assert!(document.text.contains("Paragraph 8 of the only part"));
        assert!(!document.text.contains("teaser"));
        // A story split over two containers of equal size: neither holds most of the text, so
        // the extractor reads the page and both halves stay.
        let split = format!(
            "<html><body><article><div class=\"part\">{}</div><div class=\"part\">{}</div></article></body></html>",
            story_paragraphs("first", 9),
            story_paragraphs("second", 9)
        );
        let document = extract_html(Source::from_path("split.html"), &split);
        assert!(
            document.text.contains("Paragraph 9 of the first part"),
            "{}",
            document.text
        );
        assert!(
            document.text.contains("Paragraph 9 of the second part"),
            "{}",
            document.text
        );
    }

    #[test]
    fn nesting_depth_counts_open_elements() {
        assert_eq!(
            max_nesting_depth("<html><body><div><span>x</span><br><img src=a></div></body></html>"),
            4
        );
        assert_eq!(
            max_nesting_depth("<script>if (a<b) { '<div>' }</script><div>x"),
            1
        );
        assert_eq!(max_nesting_depth(&"<p>unclosed ".repeat(3000)), 0);
        // A closing tag that closes nothing leaves the depth growing, as in the parser.
        assert_eq!(max_nesting_depth(&"<div></x>".repeat(2000)), 2000);
        assert_eq!(max_nesting_depth("<div><span><b>x</div><div>y</div>"), 3);
        let deep = "<div>".repeat(5000);
        assert_eq!(max_nesting_depth(&deep), 5000);
        // Comments hold no elements; a quoted `>` does not end a tag.
        assert_eq!(
            max_nesting_depth("<!-- <div><div> --><div title=\"a>b <span>\">x"),
            1
        );
        assert_eq!(max_nesting_depth("<div><div/><span>x"), 2);
    }

    fn paragraph(text: &str) -> Block {
        Block {
            kind: ParagraphKind::Paragraph,
            text: text.to_string(),
            is_all_link: false,
            link_share: 0.0,
        }
    }

    fn link(text: &str) -> Block {
        Block {
            kind: ParagraphKind::ListItem,
            text: text.to_string(),
            is_all_link: true,
            link_share: 1.0,
        }
    }

    #[test]
    fn captions_ending_in_a_photo_credit_are_dropped_and_sentences_with_photos_are_not() {
        for caption in [
            "Protesters gather outside the parliament on Tuesday. (Photo by Jane Doe/Getty Images)",
            "The senator speaks to reporters (AP Photo/John Smith)",
            "Flooded streets in the city centre (Image: Reuters)",
            "The launch pad at dawn (Credit: NASA)",
        ] {
            assert!(is_teaser_or_stamp(&paragraph(caption)), "{caption}");
        }
        let sentence = "The agency released the photographs on Monday, and officials said more would follow (the images were taken by a drone).";
        assert!(!is_teaser_or_stamp(&paragraph(sentence)));
    }

    #[test]
    fn a_related_box_inside_the_story_does_not_end_it() {
        let long = |n: usize| {
            format!("Paragraph {n} of the story goes on about the market rally, the tax cuts and what the brokers said about the quarter's earnings, at the length of a real paragraph.")
        };
        let blocks = vec![
            paragraph(&long(1)),
            paragraph("Related News"),
            link("FIIs bullish on India, growth should start accelerating"),
            link("Taking Stock: Historic day on D-St"),
            paragraph(&long(2)),
            paragraph(&long(3)),
            paragraph("Related stories"),
            link("Another story entirely"),
            paragraph("A teaser's short summary."),
        ];
        let kept: Vec<String> = clean_blocks(blocks, None)
            .into_iter()
            .map(|block| block.text)
            .collect();
        assert_eq!(kept, vec![long(1), long(2), long(3)]);
    }

    #[test]
    fn a_list_of_linked_teasers_under_related_still_ends_the_story() {
        let summary = "A summary of another story, long enough to pass for a paragraph of running text if it stood alone, which it does not here: it follows a linked headline.";
        let blocks = vec![
            paragraph("The story's one paragraph, which says what happened and who said so, at the length of a real paragraph of news, with a quote and a place."),
            paragraph("Você pode gostar..."),
            link("Another story"),
            paragraph(summary),
            link("A third story"),
            paragraph(summary),
        ];
        assert_eq!(clean_blocks(blocks, None).len(), 1);
    }

    #[test]
    fn kickers_over_headlines_are_teasers_but_a_roundup_keeps_its_subheads() {
        let story = "The story's paragraph runs on as news does, with the facts, the people and the places in it.";
        let teasers = vec![
            paragraph(story),
            paragraph("RANDY ANDY"),
            paragraph("Andrew parties in unearthed pics"),
            paragraph("TIME TRAVELLER"),
            paragraph("Conspiracy theorists spot a face in an old picture"),
        ];
        assert_eq!(clean_blocks(teasers, None).len(), 1);

        let roundup = vec![
            paragraph(story),
            paragraph("GIRLS PREP BASKETBALL"),
            paragraph("Black Hills 64, Hoquiam 28"),
            paragraph("Hoquiam had no answers for Black Hills in a 64-28 loss on Tuesday."),
        ];
        assert_eq!(clean_blocks(roundup, None).len(), 4);
        // Scripts without case have no kickers.
        let korean = vec![
            paragraph(story),
            paragraph("[사진=JTBC, 이매진아시아]"),
            paragraph("저작권자 엔터미디어 무단전재 및 재배포금지"),
        ];
        assert_eq!(clean_blocks(korean, None).len(), 3);
    }
}
