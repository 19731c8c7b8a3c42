//! Our own second opinion on where the article is: the element that holds the most paragraph
//! text, counting each `<p>` for its parent and half for its grandparent (or that element's
//! parent, when the parent holds paragraphs of its own beside it).
//!
//! Readability-style scoring sometimes settles on a teaser box or a caption and returns a few
//! hundred characters of a long story, or gives up. Paragraph mass is a blunter signal but a
//! robust one; `html_page` uses it when the extractor found far less text than it.

use std::collections::HashMap;

use dom_query::{Document as HtmlDocument, NodeId, NodeRef};

/// Paragraphs shorter than this are labels, buttons or bylines, not article text.
const MIN_PARAGRAPH_CHARS: usize = 40;

/// The least paragraph text directly in the densest container's parent that makes the parent the
/// article.
const MIN_PARAGRAPHS_BESIDE_CHARS: usize = 200;

/// The container and how many characters of paragraph text it directly holds.
#[derive(Clone, Copy, Debug)]
pub struct DensestContainer {
    pub node: NodeId,
    pub paragraph_chars: usize,
    pub page_paragraph_chars: usize,
}

pub fn find_densest_container(page: &HtmlDocument) -> Option<DensestContainer> {
    let mut scores: HashMap<NodeId, usize> = HashMap::new();
    // Candidates in the order first met, so that ties go to the earlier one on every run.
    let mut candidates: Vec<NodeId> = Vec::new();
    let mut direct_chars: HashMap<NodeId, usize> = HashMap::new();
    let mut page_paragraph_chars = 0;
    for node in page.root().descendants_it() {
        if !node.is_element() || node.node_name().is_none_or(|name| &*name != "p") {
            continue;
        }
        let chars = node.text().trim().chars().count();
        if chars < MIN_PARAGRAPH_CHARS {
            continue;
        }
        let Some(parent) = node.parent() else {
            continue;
        };
        let mut add = |id: NodeId, score: usize| {
            let entry = scores.entry(id).or_insert_with(|| {
                candidates.push(id);
                0
            });
            *entry += score;
        };
        add(parent.id, chars * 2);
        if let Some(grandparent) = parent.parent() {
            add(grandparent.id, chars);
        }
        *direct_chars.entry(parent.id).or_default() += chars;
        page_paragraph_chars += chars;
    }
    let mut best: Option<(NodeId, usize)> = None;
    for id in candidates {
        let score = scores[&id];
        if best.is_none_or(|(_, best_score)| score > best_score) {
            best = Some((id, score));
        }
    }
    let (node, _) = best?;
    let mut paragraph_chars = direct_chars.get(&node).copied().unwrap_or(0);
    let mut node = node;
    // An article split around a box (a paywall's `div` holding all but its first paragraphs,
    // which stand beside it) is its parent: the paragraphs beside the box are the article's.
    if let Some(parent) = NodeRef::new(node, &page.tree).parent() {
        let beside = direct_chars.get(&parent.id).copied().unwrap_or(0);
        if beside >= MIN_PARAGRAPHS_BESIDE_CHARS {
            node = parent.id;
            paragraph_chars += beside;
        }
    }
    Some(DensestContainer {
        node,
        paragraph_chars,
        page_paragraph_chars,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::NodeRef;

    #[test]
    fn finds_the_container_with_most_paragraph_text() {
        let page = HtmlDocument::from(
            r#"<body><div id="teaser"><p>A short teaser paragraph that is long enough to count here.</p></div>
            <div id="story"><p>The first paragraph of the story runs on for a good while, as stories do.</p>
            <p>The second paragraph of the story adds more detail about what happened next.</p></div></body>"#,
        );
        let found = find_densest_container(&page).unwrap();
        let node = NodeRef::new(found.node, &page.tree);
        assert_eq!(node.attr("id").as_deref(), Some("story"));
        assert!(found.paragraph_chars > 140);
        // The teaser counts in the page's paragraph text, not in the story's.
        assert_eq!(
            found.page_paragraph_chars,
            found.paragraph_chars
                + "A short teaser paragraph that is long enough to count here."
                    .chars()
                    .count()
        );
    }

    #[test]
    fn an_article_split_around_a_paywall_box_is_the_box_and_the_paragraphs_beside_it() {
        let paragraph = |n: usize| {
            format!("<p>Paragraph {n} of the story runs on for a good while, as the paragraphs of stories do, and tells what the council decided, who argued against it and what it means for the budget.</p>")
        };
        let boxed: String = (3..=8).map(paragraph).collect();
        let page = HtmlDocument::from(format!(
            r#"<body><div id="article">{}{}<div class="paywall">{boxed}</div></div><div id="teaser"><p>A short teaser paragraph that is long enough to count here.</p></div></body>"#,
            paragraph(1),
            paragraph(2)
        ));
        let found = find_densest_container(&page).unwrap();
        let node = NodeRef::new(found.node, &page.tree);
        assert_eq!(node.attr("id").as_deref(), Some("article"));
        assert_eq!(
            found.paragraph_chars,
            8 * paragraph(1).len().saturating_sub(7)
        );
        // One paragraph beside the box is no article of its own: a caption, a note.
        let page = HtmlDocument::from(format!(
            r#"<body><div id="article"><p>A photo caption that is long enough to count.</p><div class="story">{boxed}</div></div></body>"#
        ));
        let found = find_densest_container(&page).unwrap();
        let node = NodeRef::new(found.node, &page.tree);
        assert_eq!(node.attr("class").as_deref(), Some("story"));
    }
}
