//! The article's paragraphs from a page's state: the JSON a script framework embeds for the
//! browser (`<script id="__NEXT_DATA__" type="application/json">` and the like), where a
//! paywalled page keeps its whole text as a tree of rich-text nodes while its markup shows the
//! first paragraphs. Bloomberg writes `{"type":"paragraph","content":[{"type":"text","value":
//! "..."}]}`; Contentful and Sanity write the same shape with `value` or `text` leaves.
//!
//! Read only when the markup's text is a teaser's length: the tree is found by the
//! opening words of a paragraph read from the markup, and the paragraphs are the elements of the
//! list that holds that paragraph, each element's text leaves joined.

use crate::blocks::Block;
use crate::metadata::normalise_space;
use serde_json::Value;

/// The fewest characters of a markup paragraph's opening that must be found in the page state.
const MIN_OPENING_CHARS: usize = 30;

/// The page state is read only when the markup shows at most this much text, a teaser's length:
/// parsing a framework's state, hundreds of kilobytes on many pages, cost a tenth of extraction
/// when every page whose state holds its article was parsed, nearly all for nothing.
const MAX_TEASER_CHARS: usize = 2000;

/// Object keys whose string values are text a reader sees (`value` in Bloomberg's and
/// Contentful's trees, `text` in Sanity's); every other key holds types, ids and styles.
fn is_text_key(key: &str) -> bool {
    matches!(key, "value" | "text")
}

/// The article's paragraphs from the page state, when a JSON script holds a list of nodes in
/// which one of the first paragraphs read from the markup opens a node, and the list's text
/// holds at least `min_chars`.
pub(crate) fn page_state_body(
    raw_html: &str,
    blocks: &[Block],
    min_chars: usize,
) -> Option<Vec<Block>> {
    let read_chars: usize = blocks.iter().map(|block| block.text.len()).sum();
    if read_chars > MAX_TEASER_CHARS {
        return None;
    }
    let openings: Vec<String> = blocks
        .iter()
        .take(3)
        .filter_map(|block| {
            let opening: String = block.text.chars().take(MIN_OPENING_CHARS).collect();
            (opening.chars().count() == MIN_OPENING_CHARS).then_some(opening)
        })
        .collect();
    if openings.is_empty() {
        return None;
    }
    for script in json_scripts(raw_html) {
        // Cheap test before the parse: an opening without characters JSON escapes appears as
        // it is.
        if !openings
            .iter()
            .any(|opening| script.contains(opening.as_str()))
        {
            continue;
        }
        let Ok(state) = serde_json::from_str::<Value>(script) else {
            continue;
        };
        for opening in &openings {
            let mut path = Vec::new();
            if !find_text_leaf(&state, opening, &mut path) {
                continue;
            }
            if let Some(paragraphs) = paragraph_list(&path, min_chars) {
                return Some(paragraphs);
            }
        }
    }
    None
}

/// The bodies of the page's `<script type="application/json">` elements. Tags are matched in
/// lower case, as every page seen writes them: a case-blind search cost a tenth of extraction.
fn json_scripts(raw_html: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let start = from + raw_html.get(from..)?.find("<script")?;
        let tag_end = start + raw_html[start..].find('>')? + 1;
        let body_end = tag_end + raw_html[tag_end..].find("</script")?;
        from = body_end;
        if raw_html[start..tag_end].contains("application/json") {
            return Some(&raw_html[tag_end..body_end]);
        }
    })
}

/// Finds a string under a text key that opens with `opening` (after space is normalised),
/// leaving in `path` the values from the root down to it.
fn find_text_leaf<'a>(value: &'a Value, opening: &str, path: &mut Vec<&'a Value>) -> bool {
    path.push(value);
    let found = match value {
        Value::Object(object) => object.iter().any(|(key, child)| match child {
            Value::String(text) if is_text_key(key) => {
                normalise_space(text).starts_with(opening) && {
                    path.push(child);
                    true
                }
            }
            _ => find_text_leaf(child, opening, path),
        }),
        Value::Array(items) => items.iter().any(|item| find_text_leaf(item, opening, path)),
        _ => false,
    };
    if !found {
        path.pop();
    }
    found
}

/// The nearest list above the leaf whose elements' text together holds `min_chars`: its
/// elements are the article's paragraphs (a paragraph's own list of text runs holds less).
fn paragraph_list(path: &[&Value], min_chars: usize) -> Option<Vec<Block>> {
    path.iter().rev().find_map(|value| {
        let Value::Array(items) = value else {
            return None;
        };
        let paragraphs: Vec<Block> = items
            .iter()
            .map(|item| {
                let mut text = String::new();
                join_text_leaves(item, &mut text);
                normalise_space(&text)
            })
            .filter(|text| !text.is_empty())
            .map(Block::paragraph)
            .collect();
        let chars: usize = paragraphs.iter().map(|block| block.text.len()).sum();
        (paragraphs.len() > 1 && chars >= min_chars).then_some(paragraphs)
    })
}

fn join_text_leaves(value: &Value, out: &mut String) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                match child {
                    Value::String(text) if is_text_key(key) => out.push_str(text),
                    _ => join_text_leaves(child, out),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                join_text_leaves(item, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> Block {
        Block::paragraph(text.to_string())
    }

    const STATE: &str = r#"<html><body><p>The county moved 1,500 residents into housing over six years.</p>
<script id="__NEXT_DATA__" type="application/json">{"props":{"story":{"headline":"Housing","body":{"content":[
{"type":"paragraph","content":[{"type":"text","value":"The county moved 1,500 residents into housing over six years."}]},
{"type":"ad","data":{"slot":"inline"}},
{"type":"paragraph","content":[{"type":"text","value":"It spent "},{"type":"link","content":[{"type":"text","value":"$46 million"}]},{"type":"text","value":" on the programme."}]},
{"type":"paragraph","content":[{"type":"text","value":"Officials say the approach can work elsewhere."}]}
]}}}}</script></body></html>"#;

    #[test]
    fn the_paragraphs_of_the_list_that_holds_the_markup_opening_are_read_with_their_links() {
        let blocks = [paragraph(
            "The county moved 1,500 residents into housing over six years.",
        )];
        let body = page_state_body(STATE, &blocks, 100).expect("the page state is read");
        let texts: Vec<&str> = body.iter().map(|block| block.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The county moved 1,500 residents into housing over six years.",
                "It spent $46 million on the programme.",
                "Officials say the approach can work elsewhere.",
            ]
        );
    }

    #[test]
    fn a_page_state_without_the_markup_opening_or_with_too_little_text_is_not_read() {
        let other = [paragraph(
            "A different story opens here with other words entirely.",
        )];
        assert!(page_state_body(STATE, &other, 100).is_none());
        let blocks = [paragraph(
            "The county moved 1,500 residents into housing over six years.",
        )];
        assert!(page_state_body(STATE, &blocks, 10_000).is_none());
        assert!(
            page_state_body("<script type=\"application/json\">{not json", &blocks, 1).is_none()
        );
    }
}
