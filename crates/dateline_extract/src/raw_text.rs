//! Drops what nothing downstream reads before the page is parsed: the bodies of `<script>`,
//! `<style>` and `<svg>` elements, comments, and `data-*` attributes.
//!
//! On news pages more than half of the bytes are scripts and style sheets (measured on the
//! ScrapingHub pages: 32% script, 26% style, 4% inline SVG icons, 2% comments; of what is left,
//! a ninth is `data-*` attributes). None of it is article text, yet the HTML tokenizer reads it
//! character by character and every later tree walk steps over it. The elements themselves
//! stay, empty, so the tree keeps its shape; JSON-LD scripts keep their bodies, since the
//! metadata reader needs them. Comments go whole: they never shape the tree.
//!
//! A script or style body ends at the first `</script` or `</style` (any case), as in the
//! tokenizer's ordinary script state; the rarely used escaped states of the HTML tokenizer are
//! not modelled. An SVG body, which is markup rather than raw text, is dropped only when its
//! `</svg` is found, and a comment only when its `-->` is: a stray `<svg` or `<!--` in broken
//! markup must not swallow the article after it. Text inside `<title>` or `<textarea>` that
//! looks like markup is treated as markup; no page seen does that.
//!
//! The same pass counts how deep the elements nest, so that a page the parser would take
//! quadratic time over is refused before it is parsed.

use std::borrow::Cow;
use std::ops::Range;

/// The page with script (except JSON-LD), style and SVG bodies, comments and unread attributes
/// removed; borrowed when there is nothing to remove. The pipeline calls [`read_markup`];
/// tests read the markup alone.
#[cfg(test)]
pub fn drop_unread_markup(html: &str) -> Cow<'_, str> {
    read_markup(html).html
}

/// The markup the parser is given, and how deep its elements nest.
pub struct ReadableMarkup<'a> {
    /// The page with unread markup removed, as [`drop_unread_markup`] gives it.
    pub html: Cow<'a, str>,
    /// The deepest element nesting, counted from tags alone the way the HTML parser will nest
    /// them: void elements, self-closing tags and elements the parser closes implicitly do not
    /// nest, a closing tag closes the nearest open element of its name (and the ones inside
    /// it), and a closing tag with no open element of its name is ignored, as the parser ignores
    /// it. Script and style bodies and comments hold no elements.
    pub nesting_depth: usize,
}

/// Drops unread markup and counts the nesting in one pass over the page: each tag is found
/// once, where two passes cost about 5% of a run over the ScrapingHub pages.
pub fn read_markup(html: &str) -> ReadableMarkup<'_> {
    let bytes = html.as_bytes();
    let mut output: Option<String> = None;
    let mut copied_up_to = 0;
    let mut index = 0;
    let mut unread_attributes: Vec<Range<usize>> = Vec::new();
    let mut nesting = NestingCounter::default();
    while let Some(offset) = memchr::memchr(b'<', &bytes[index..]) {
        let tag_start = index + offset;
        index = tag_start + 1;
        if bytes.get(index) == Some(&b'/') {
            let name = tag_name_at(bytes, index + 1);
            if name.first().is_some_and(u8::is_ascii_alphabetic) {
                nesting.close(name);
            }
            continue;
        }
        if bytes[index..].starts_with(b"!--") {
            let Some(comment_end) = comment_end(bytes, index + 3) else {
                break;
            };
            let output = output.get_or_insert_with(|| String::with_capacity(html.len() / 2));
            output.push_str(&html[copied_up_to..tag_start]);
            copied_up_to = comment_end;
            index = comment_end;
            continue;
        }
        if !bytes.get(index).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        unread_attributes.clear();
        let name = tag_name_at(bytes, index);
        let Some(tag_close) = scan_start_tag(bytes, index, &mut unread_attributes) else {
            // A tag cut off by the end of the page still opens its element.
            nesting.open(name);
            break;
        };
        if bytes[tag_close - 1] != b'/' {
            nesting.open(name);
        }
        // Images keep every attribute: the extractor reads lazy-loading ones (`data-src`,
        // `data-lazy`) to decide whether a figure holds an image.
        let is_image = is_image_element_at(bytes, index);
        for attribute in unread_attributes.iter().filter(|_| !is_image) {
            let output = output.get_or_insert_with(|| String::with_capacity(html.len() / 2));
            output.push_str(&html[copied_up_to..attribute.start]);
            copied_up_to = attribute.end;
        }
        index = tag_close;
        let Some(name) = element_with_droppable_body_at(bytes, tag_start + 1) else {
            continue;
        };
        let attributes = &html[tag_start + 1 + name.len()..tag_close];
        let body_start = tag_close + 1;
        let body_end = match find_closing_tag(bytes, body_start, name.as_bytes()) {
            Some(body_end) => body_end,
            None if name == "svg" => continue,
            None => bytes.len(),
        };
        index = body_end;
        let keep = name == "script" && attributes.to_ascii_lowercase().contains("ld+json");
        if keep || body_end == body_start {
            continue;
        }
        let output = output.get_or_insert_with(|| String::with_capacity(html.len() / 2));
        output.push_str(&html[copied_up_to..body_start]);
        copied_up_to = body_end;
    }
    let html = match output {
        None => Cow::Borrowed(html),
        Some(mut output) => {
            output.push_str(&html[copied_up_to..]);
            Cow::Owned(output)
        }
    };
    ReadableMarkup {
        html,
        nesting_depth: nesting.deepest,
    }
}

/// The name of the tag that starts at `index`: up to whitespace, `/` or `>`.
fn tag_name_at(bytes: &[u8], index: usize) -> &[u8] {
    let rest = bytes.get(index..).unwrap_or_default();
    let end = rest
        .iter()
        .position(|&byte| is_tag_name_end(byte))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The elements open at a point of the page, and the most that were ever open at once.
#[derive(Default)]
struct NestingCounter<'a> {
    open: Vec<&'a [u8]>,
    deepest: usize,
}

impl<'a> NestingCounter<'a> {
    /// How far down the open elements a closing tag looks for its element: mismatched closing
    /// tags deep in broken markup are rare, and a bound keeps the count linear.
    const CLOSING_SEARCH_LIMIT: usize = 64;

    fn open(&mut self, name: &'a [u8]) {
        if is_element_that_does_not_nest(name) {
            return;
        }
        self.open.push(name);
        self.deepest = self.deepest.max(self.open.len());
    }

    fn close(&mut self, name: &[u8]) {
        // Elements that do not nest are never open, so their closing tags (every `</p>` and
        // `</li>`) need no search.
        if is_element_that_does_not_nest(name) {
            return;
        }
        let matching = self
            .open
            .iter()
            .rev()
            .take(Self::CLOSING_SEARCH_LIMIT)
            .position(|open_name| open_name.eq_ignore_ascii_case(name));
        if let Some(from_top) = matching {
            self.open.truncate(self.open.len() - from_top - 1);
        }
    }
}

/// Void elements and the doctype, and the elements the parser closes implicitly: counting those
/// would make a page of unclosed `<p>`s look deep when its tree is flat. A match on the
/// lowercased name rather than a search of a list: this runs for every tag of every page.
fn is_element_that_does_not_nest(name: &[u8]) -> bool {
    const LONGEST: usize = 8;
    if name.len() > LONGEST {
        return false;
    }
    let mut lowercase = [0u8; LONGEST];
    for (lower, byte) in lowercase.iter_mut().zip(name) {
        *lower = byte.to_ascii_lowercase();
    }
    matches!(
        &lowercase[..name.len()],
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"td"
            | b"th"
            | b"tr"
            | b"dt"
            | b"dd"
            | b"option"
    )
}

/// Reads the start tag whose name begins at `index` (just after `<`): returns the offset of its
/// closing `>` and adds to `unread` the byte ranges of the attributes nothing downstream reads.
/// `None` when the tag never closes (a truncated page).
///
/// Those are the `data-*` attributes (except `data-testid`, which the metadata reader uses):
/// a ninth of a news page's markup once scripts and styles are gone (measured on the
/// ScrapingHub pages), every one a string the parser copies and a name it interns. The caller
/// keeps them on images. The tokenizer's rules are followed: a name runs to whitespace, `/`,
/// `>` or `=`; a value is quoted (and may hold `>`) or runs to whitespace or `>`.
fn scan_start_tag(bytes: &[u8], index: usize, unread: &mut Vec<Range<usize>>) -> Option<usize> {
    let mut at = index;
    while at < bytes.len() && !is_tag_name_end(bytes[at]) {
        at += 1;
    }
    loop {
        while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            at += 1;
        }
        match bytes.get(at) {
            None => return None,
            Some(b'>') => return Some(at),
            Some(_) => {}
        }
        let name_start = at;
        // A name may begin with `=`; any later one ends it.
        at += 1;
        while at < bytes.len() && !is_tag_name_end(bytes[at]) && bytes[at] != b'=' {
            at += 1;
        }
        let name = &bytes[name_start..at];
        let mut value_end = at;
        while value_end < bytes.len() && bytes[value_end].is_ascii_whitespace() {
            value_end += 1;
        }
        if bytes.get(value_end) == Some(&b'=') {
            value_end += 1;
            while value_end < bytes.len() && bytes[value_end].is_ascii_whitespace() {
                value_end += 1;
            }
            match bytes.get(value_end) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let close = memchr::memchr(quote, &bytes[value_end + 1..])?;
                    value_end += close + 2;
                }
                _ => {
                    while value_end < bytes.len()
                        && !bytes[value_end].is_ascii_whitespace()
                        && bytes[value_end] != b'>'
                    {
                        value_end += 1;
                    }
                }
            }
            at = value_end;
        }
        if is_unread_attribute(name) {
            unread.push(name_start..at);
        }
    }
}

fn is_image_element_at(bytes: &[u8], index: usize) -> bool {
    ["img", "picture", "source", "figure"].iter().any(|name| {
        let end = index + name.len();
        bytes
            .get(index..end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()))
            && bytes.get(end).is_some_and(|&next| is_tag_name_end(next))
    })
}

fn is_tag_name_end(byte: u8) -> bool {
    byte.is_ascii_whitespace() || byte == b'/' || byte == b'>'
}

fn is_unread_attribute(name: &[u8]) -> bool {
    let starts_with = |prefix: &[u8]| {
        name.len() >= prefix.len() && name[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    starts_with(b"data-") && !name.eq_ignore_ascii_case(b"data-testid")
}

/// Where a comment whose text starts at `from` (just after `<!--`) ends, past its `-->`. As in
/// the tokenizer, `<!-->` and `<!--->` are empty comments.
fn comment_end(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = &bytes[from..];
    if rest.starts_with(b">") {
        return Some(from + 1);
    }
    if rest.starts_with(b"->") {
        return Some(from + 2);
    }
    memchr::memmem::find(rest, b"-->").map(|at| from + at + 3)
}

/// `script`, `style` or `svg` when an opening tag of that name starts at `index` (just after
/// `<`).
fn element_with_droppable_body_at(bytes: &[u8], index: usize) -> Option<&'static str> {
    for name in ["script", "style", "svg"] {
        let end = index + name.len();
        let matches_name = bytes
            .get(index..end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()));
        let ends_name = bytes
            .get(end)
            .is_some_and(|&next| next.is_ascii_whitespace() || next == b'>' || next == b'/');
        if matches_name && ends_name {
            return Some(name);
        }
    }
    None
}

/// The offset of `</name` (any case) at or after `from`.
fn find_closing_tag(bytes: &[u8], mut from: usize, name: &[u8]) -> Option<usize> {
    while let Some(offset) = memchr::memchr(b'<', &bytes[from..]) {
        let at = from + offset;
        let is_closing = bytes.get(at + 1) == Some(&b'/')
            && bytes
                .get(at + 2..at + 2 + name.len())
                .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name));
        if is_closing {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empties_scripts_and_styles_but_keeps_json_ld() {
        let page = r#"<head><style>p{color:red}</style><script type="application/ld+json">{"a":1}</script>
<SCRIPT>if (a<b) { x = "</div>"; }</SCRIPT></head><body><p>Text</p><script src=x.js></script></body>"#;
        assert_eq!(
            drop_unread_markup(page),
            r#"<head><style></style><script type="application/ld+json">{"a":1}</script>
<SCRIPT></SCRIPT></head><body><p>Text</p><script src=x.js></script></body>"#
        );
    }

    #[test]
    fn empties_svg_icons_and_drops_comments() {
        let page = r#"<p>Share<svg viewBox="0 0 24 24"><path d="M1 2"/><title>x</title></svg></p><!-- ad slot --><p>Text<!--></p>"#;
        assert_eq!(
            drop_unread_markup(page),
            r#"<p>Share<svg viewBox="0 0 24 24"></svg></p><p>Text</p>"#
        );
    }

    #[test]
    fn drops_data_attributes_except_on_images_and_test_ids() {
        let page = r#"<div data-track='{"a":">"}' class=story data-testid="AuthorNameLink"><img srcset="a.jpg 1x, b.jpg 2x" src=a.jpg data-src = x.jpg/><p DATA-X=1>Text</p></div>"#;
        assert_eq!(
            drop_unread_markup(page),
            r#"<div  class=story data-testid="AuthorNameLink"><img srcset="a.jpg 1x, b.jpg 2x" src=a.jpg data-src = x.jpg/><p >Text</p></div>"#
        );
    }

    #[test]
    fn a_tag_left_open_at_the_end_is_left_alone() {
        for page in [
            "<p>Text</p><div data-x=\"never closed",
            "<p>Text</p><div data-x",
            "<p>Text</p><a href=x",
        ] {
            assert_eq!(drop_unread_markup(page), page);
        }
    }

    #[test]
    fn unclosed_svg_or_comment_keeps_the_text_after_it() {
        assert_eq!(
            drop_unread_markup("<p>a<svg><path/></p><p>Story</p>"),
            "<p>a<svg><path/></p><p>Story</p>"
        );
        assert_eq!(
            drop_unread_markup("<p>a<!-- broken</p><p>Story</p>"),
            "<p>a<!-- broken</p><p>Story</p>"
        );
    }

    #[test]
    fn leaves_pages_without_scripts_alone_and_survives_truncation() {
        assert!(matches!(
            drop_unread_markup("<p>plain</p>"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            drop_unread_markup("<p>a</p><script>never closed"),
            "<p>a</p><script>"
        );
        assert_eq!(
            drop_unread_markup("<scripts>x</scripts><script"),
            "<scripts>x</scripts><script"
        );
    }
}
