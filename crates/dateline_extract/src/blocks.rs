//! HTML to text blocks: headings, paragraphs, block quotes, list items, table rows.
//!
//! Walks an element tree once, collecting inline text into the enclosing block, and skips what
//! is never article text (scripts, forms, captions, share widgets). Markup and link targets never
//! reach the text. Nesting deeper than [`MAX_DEPTH`] is read as flat text rather than recursed.

use dateline_document::ParagraphKind;
use dom_query::NodeRef;

/// How deep the walk recurses; deeper content is still read, as plain text of its subtree.
const MAX_DEPTH: usize = 256;

/// One block of article text, whitespace already collapsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub kind: ParagraphKind,
    pub text: String,
    /// Whether all of the block's text is the text of links: a teaser or a related-story link
    /// rather than a paragraph of the article.
    pub is_all_link: bool,
    /// The share of the block's visible characters that stand inside links, 0 to 1.
    pub link_share: f32,
}

impl Block {
    /// A paragraph of plain text with no links in it: text read from a page's data (its JSON-LD
    /// or its scripts' state) rather than from its markup.
    pub fn paragraph(text: String) -> Block {
        Block {
            kind: ParagraphKind::Paragraph,
            text,
            is_all_link: false,
            link_share: 0.0,
        }
    }
}

/// Class or id words that mark an element as page furniture rather than article.
const FURNITURE_MARKERS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "promo",
    "advert",
    "sponsor",
    "caption",
    "figcaption",
    "byline",
    "author-bio",
    "author-box",
    "authorbox",
    "comment",
    "disqus",
    "breadcrumb",
    "tags",
    "tag-list",
    "recommend",
    "read-more",
    "readmore",
    "more-stories",
    "outbrain",
    "taboola",
    "signup",
    "sign-up",
    "cookie",
    // Appeals for money ("cli-support-huffpost", "donate-box").
    "support",
    "donate",
    "donation",
    "membership",
    "popup",
    // Cards that pop up over a linked name, with the person's other stories.
    "rollover",
    "tooltip",
    "popover",
    "hovercard",
    "modal",
    "toolbar",
    "print-only",
    "visually-hidden",
    "sr-only",
    "screen-reader",
];

fn is_furniture(node: &NodeRef) -> bool {
    let mut markers = String::new();
    if let Some(class) = node.attr("class") {
        markers.push_str(&class.to_ascii_lowercase());
    }
    if let Some(id) = node.attr("id") {
        markers.push(' ');
        markers.push_str(&id.to_ascii_lowercase());
    }
    if markers.is_empty() {
        return false;
    }
    markers.split(|c: char| c.is_whitespace()).any(|word| {
        FURNITURE_MARKERS
            .iter()
            .any(|marker| word_has_marker(word, marker))
    })
}

/// `share-bar`, `article__share`, `shareTools` all carry "share"; `shared-content` or
/// `tagline` must not, so a marker must stand as a whole part between separators.
fn word_has_marker(word: &str, marker: &str) -> bool {
    word.split(['-', '_']).any(|part| {
        part == marker
            || (part.starts_with(marker)
                && part[marker.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase))
    }) || word == marker
        || word.starts_with(marker)
            && word
                .match_indices(marker)
                .any(|(at, _)| word[at + marker.len()..].starts_with('-'))
}

struct BlockBuilder {
    blocks: Vec<Block>,
    buffer: String,
    kind: ParagraphKind,
    /// How many links enclose the text being read now.
    link_depth: usize,
    /// Whether any text of the current block stood outside a link.
    has_text_outside_links: bool,
    /// Non-space characters of the current block, and how many of them stood inside links.
    visible_chars: usize,
    linked_chars: usize,
}

impl BlockBuilder {
    fn push_text(&mut self, text: &str, kind: ParagraphKind) {
        if self.buffer.trim().is_empty() {
            self.kind = kind;
        }
        if self.link_depth == 0 && !text.trim().is_empty() {
            self.has_text_outside_links = true;
        }
        let visible = text.chars().filter(|c| !c.is_whitespace()).count();
        self.visible_chars += visible;
        if self.link_depth > 0 {
            self.linked_chars += visible;
        }
        self.buffer.push_str(text);
    }

    fn flush(&mut self) {
        let text = self.buffer.split_whitespace().collect::<Vec<_>>().join(" ");
        self.buffer.clear();
        let is_all_link = !self.has_text_outside_links;
        let link_share = if self.visible_chars == 0 {
            0.0
        } else {
            self.linked_chars as f32 / self.visible_chars as f32
        };
        self.has_text_outside_links = false;
        self.visible_chars = 0;
        self.linked_chars = 0;
        if !text.is_empty() {
            self.blocks.push(Block {
                kind: self.kind,
                text,
                is_all_link,
                link_share,
            });
        }
    }

    fn push_block(&mut self, kind: ParagraphKind, text: String) {
        self.flush();
        if !text.trim().is_empty() {
            self.blocks.push(Block {
                kind,
                text,
                is_all_link: false,
                link_share: 0.0,
            });
        }
    }
}

/// The blocks of text under `root`, in document order.
pub fn collect_blocks(root: &NodeRef) -> Vec<Block> {
    let mut builder = BlockBuilder {
        blocks: Vec::new(),
        buffer: String::new(),
        kind: ParagraphKind::Paragraph,
        link_depth: 0,
        has_text_outside_links: false,
        visible_chars: 0,
        linked_chars: 0,
    };
    walk(root, ParagraphKind::Paragraph, &mut builder, 0);
    builder.flush();
    builder.blocks
}

fn walk(node: &NodeRef, context: ParagraphKind, builder: &mut BlockBuilder, depth: usize) {
    for child in node.children_it(false) {
        if child.is_text() {
            builder.push_text(&child.text(), context);
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child
            .node_name()
            .map(|name| name.to_ascii_lowercase())
            .unwrap_or_default();
        if is_skipped_element(&name)
            || (name != "body" && name != "article" && is_furniture(&child))
        {
            continue;
        }
        if child.attr("hidden").is_some()
            || child
                .attr("aria-hidden")
                .is_some_and(|value| &*value == "true")
        {
            continue;
        }
        if depth >= MAX_DEPTH {
            builder.push_text(" ", context);
            builder.push_text(&child.text(), context);
            continue;
        }
        match name.as_str() {
            "br" | "hr" => builder.flush(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                builder.flush();
                walk(&child, ParagraphKind::Heading, builder, depth + 1);
                builder.flush();
            }
            "blockquote" => {
                builder.flush();
                walk(&child, ParagraphKind::BlockQuote, builder, depth + 1);
                builder.flush();
            }
            "li" | "dd" | "dt" => {
                builder.flush();
                let kind = if context == ParagraphKind::BlockQuote {
                    context
                } else {
                    ParagraphKind::ListItem
                };
                walk(&child, kind, builder, depth + 1);
                builder.flush();
            }
            "tr" => {
                let cells: Vec<String> = child
                    .children_it(false)
                    .filter(|cell| cell.is_element())
                    .map(|cell| cell.text().split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|cell| !cell.is_empty())
                    .collect();
                builder.push_block(ParagraphKind::TableRow, cells.join(" | "));
            }
            "pre" => {
                let text = child.text().trim_matches('\n').to_string();
                builder.push_block(ParagraphKind::Preformatted, text);
            }
            "p" | "div" | "section" | "article" | "main" | "header" | "ul" | "ol" | "dl"
            | "table" | "tbody" | "thead" | "tfoot" | "figure" | "address" | "center"
            | "details" | "summary" | "body" | "html" => {
                builder.flush();
                walk(&child, context, builder, depth + 1);
                builder.flush();
            }
            "a" => {
                builder.link_depth += 1;
                walk(&child, context, builder, depth + 1);
                builder.link_depth -= 1;
            }
            _ => {
                // Inline elements join the text around them.
                walk(&child, context, builder, depth + 1);
            }
        }
    }
}

fn is_skipped_element(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "figcaption"
            | "button"
            | "form"
            | "input"
            | "select"
            | "option"
            | "textarea"
            | "label"
            | "nav"
            | "aside"
            | "footer"
            | "iframe"
            | "object"
            | "embed"
            | "video"
            | "audio"
            | "canvas"
            | "img"
            | "picture"
            | "source"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "menu"
            | "dialog"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document as HtmlDocument;

    fn blocks(html: &str) -> Vec<(ParagraphKind, String)> {
        let page = HtmlDocument::from(html);
        collect_blocks(&page.root())
            .into_iter()
            .map(|block| (block.kind, block.text))
            .collect()
    }

    #[test]
    fn keeps_structure_and_drops_furniture() {
        let found = blocks(
            r#"<div><h2>Sub head</h2><p>One <a href="x">link</a> here.</p>
            <figure><img src=a><figcaption>A caption</figcaption></figure>
            <div class="share-bar">Share on X</div>
            <blockquote><p>Quoted line.</p></blockquote>
            <ul><li>First</li><li>Second</li></ul>
            <table><tr><td>A</td><td>1</td></tr></table>
            <script>var x;</script></div>"#,
        );
        assert_eq!(
            found,
            vec![
                (ParagraphKind::Heading, "Sub head".to_string()),
                (ParagraphKind::Paragraph, "One link here.".to_string()),
                (ParagraphKind::BlockQuote, "Quoted line.".to_string()),
                (ParagraphKind::ListItem, "First".to_string()),
                (ParagraphKind::ListItem, "Second".to_string()),
                (ParagraphKind::TableRow, "A | 1".to_string()),
            ]
        );
    }

    #[test]
    fn furniture_markers_match_whole_parts() {
        assert!(word_has_marker("share-bar", "share"));
        assert!(word_has_marker("article__share", "share"));
        assert!(!word_has_marker("shared-content", "share"));
        assert!(!word_has_marker("tagline", "tags"));
    }
}
