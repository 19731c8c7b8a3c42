//! Our own second opinion on where the article is: the element that holds the most paragraph
//! text, counting each `<p>` for its parent and half for its grandparent.
//!
//! Readability-style scoring sometimes settles on a teaser box or a caption and returns a few
//! hundred characters of a long story, or gives up. Paragraph mass is a blunter signal but a
//! robust one; `html_page` uses it when the extractor found far less text than it.

use std::collections::HashMap;

use dom_query::{Document as HtmlDocument, NodeId};

/// Paragraphs shorter than this are labels, buttons or bylines, not article text.
const MIN_PARAGRAPH_CHARS: usize = 40;

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
    Some(DensestContainer {
        node,
        paragraph_chars: direct_chars.get(&node).copied().unwrap_or(0),
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
}
