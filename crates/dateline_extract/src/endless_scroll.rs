//! Pages saved from an endless-scroll site hold the story the reader opened and, under it, the
//! next stories the site loaded, each a sibling `<article>` with a headline of its own (The New
//! Republic, many news sites on the same publishing platforms). Every extractor then reads them
//! as one long article. This module finds the opened story among its siblings by the page's
//! title and removes the others before the body is looked for.
//!
//! Strict on purpose: the siblings must each carry their own `<h1>` and paragraphs of their
//! own, and exactly one of them must be headed by the page's title. A story split into two
//! boxes (a second box holding the rest of its text) has no second headline; a section page
//! listing teasers has no sibling headed by its title.

use dom_query::{Document as HtmlDocument, NodeId, NodeRef};

use crate::html_page::comparable_words;

/// Paragraphs shorter than this are labels or teasers, not a story's text.
const MIN_PARAGRAPH_CHARS: usize = 40;

/// The least paragraph text that makes a sibling `<article>` a story of its own.
const MIN_STORY_PARAGRAPH_CHARS: usize = 500;

/// The page's markup with the stories loaded after the opened one removed, or `None` when the
/// page does not hold several stories side by side, or when which one was opened is not clear.
pub fn later_stories_removed(page: &HtmlDocument, title: Option<&str>) -> Option<String> {
    let title = comparable_words(title?);
    if title.is_empty() {
        return None;
    }
    let articles = page.select("article");
    let stories: Vec<NodeRef<'_>> = articles
        .nodes()
        .iter()
        .filter(|article| is_story(article))
        .cloned()
        .collect();
    if stories.len() < 2 {
        return None;
    }
    let mut to_remove: Vec<NodeId> = Vec::new();
    let mut parents: Vec<NodeId> = Vec::new();
    for parent in stories.iter().filter_map(|story| story.parent()) {
        if !parents.contains(&parent.id) {
            parents.push(parent.id);
        }
    }
    for parent in parents {
        let siblings: Vec<&NodeRef<'_>> = stories
            .iter()
            .filter(|story| story.parent().is_some_and(|p| p.id == parent))
            .collect();
        if siblings.len() < 2 {
            continue;
        }
        let opened: Vec<usize> = siblings
            .iter()
            .enumerate()
            .filter(|(_, story)| headline_is_title(story, &title))
            .map(|(index, _)| index)
            .collect();
        let [opened] = opened[..] else {
            continue;
        };
        to_remove.extend(
            siblings
                .iter()
                .enumerate()
                .filter(|(index, _)| *index != opened)
                .map(|(_, story)| story.id),
        );
    }
    if to_remove.is_empty() {
        return None;
    }
    for id in &to_remove {
        NodeRef::new(*id, &page.tree).remove_from_parent();
    }
    Some(page.html().to_string())
}

/// An `<article>` with a headline of its own and a story's worth of paragraphs.
fn is_story(article: &NodeRef<'_>) -> bool {
    let mut has_headline = false;
    let mut paragraph_chars = 0;
    for node in article.descendants_it() {
        if !node.is_element() {
            continue;
        }
        match node.node_name().as_deref() {
            Some("h1") => has_headline = true,
            Some("p") => {
                let chars = node.text().trim().chars().count();
                if chars >= MIN_PARAGRAPH_CHARS {
                    paragraph_chars += chars;
                }
            }
            _ => {}
        }
    }
    has_headline && paragraph_chars >= MIN_STORY_PARAGRAPH_CHARS
}

/// Whether the story's first `<h1>` reads as the page's title (one may carry a site name or a
/// kicker the other lacks).
fn headline_is_title(story: &NodeRef<'_>, title: &str) -> bool {
    let Some(headline) = story
        .descendants_it()
        .find(|node| node.is_element() && node.node_name().as_deref() == Some("h1"))
    else {
        return false;
    };
    let headline = comparable_words(&headline.text());
    !headline.is_empty() && (title.contains(&headline) || headline.contains(title))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(headline: &str, words: &str) -> String {
        let paragraph = format!("<p>{}</p>", words.repeat(4));
        format!(
            "<article class=\"post\"><header><h1>{headline}</h1></header>{}</article>",
            paragraph.repeat(3)
        )
    }

    fn page(stories: &[String]) -> String {
        format!(
            "<html><head><title>x</title></head><body><main>{}</main></body></html>",
            stories.concat()
        )
    }

    #[test]
    fn stories_loaded_after_the_opened_one_are_removed() {
        let html = page(&[
            story(
                "Someone Called the Cops … Over a Book",
                "The librarian kept the book on the shelf. ",
            ),
            story(
                "Another Story Entirely",
                "A second story about something else happened. ",
            ),
            story(
                "A Third Story",
                "Yet another story that the site loaded below. ",
            ),
        ]);
        let document = HtmlDocument::from(html.as_str());
        let pruned =
            later_stories_removed(&document, Some("Someone Called the Cops ... Over a Book"))
                .expect("the page holds three stories");
        assert!(pruned.contains("The librarian kept the book"));
        assert!(!pruned.contains("A second story"));
        assert!(!pruned.contains("Yet another story"));
    }

    #[test]
    fn a_page_whose_title_heads_no_story_or_a_story_without_headline_is_left_whole() {
        let listing = page(&[
            story(
                "First Teaser Story",
                "The first story on the section page goes here. ",
            ),
            story(
                "Second Teaser Story",
                "The second story on the section page goes here. ",
            ),
        ]);
        let document = HtmlDocument::from(listing.as_str());
        assert_eq!(
            later_stories_removed(&document, Some("Politics section")),
            None
        );

        let continued = page(&[
            story(
                "The Opened Story",
                "The opening paragraphs of the opened story read so. ",
            ),
            format!(
                "<article>{}</article>",
                "<p>The rest of the opened story, in a box of its own without a headline.</p>"
                    .repeat(10)
            ),
        ]);
        let document = HtmlDocument::from(continued.as_str());
        assert_eq!(
            later_stories_removed(&document, Some("The Opened Story")),
            None
        );
    }
}
