//! Article metadata from the page's head and markup: JSON-LD, `<meta>` tags, `<time>`, bylines.
//!
//! Each field is taken from the most reliable source that has it, in a fixed order written out
//! in each function. This module reads the parsed page and never changes it; it runs before the
//! body extractor, which does.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use dateline_document::PublishDate;
use dom_query::{local_name, Document as HtmlDocument, LocalName};
use regex::Regex;
use serde_json::Value;

use crate::authors::clean_author_names_of_outlets;
use crate::dates::{date_from_url, days_written_in_text, find_date_in_text, parse_date};

/// What the page says about itself, before the body is known.
#[derive(Debug, Default)]
pub struct PageMetadata {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<PublishDate>,
    pub language: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub description: Option<String>,
    /// The article's text as its JSON-LD gives it (`articleBody`), entities decoded, line
    /// breaks kept: paywalled pages often show a teaser and carry the whole text there.
    pub article_body: Option<String>,
}

/// The facts found in JSON-LD blocks of type Article or one of its kinds.
#[derive(Debug, Default)]
struct LinkedData {
    /// `datePublished` of any object (a WebPage, a VideoObject), when no article object has one.
    any_published: Option<String>,
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    modified: Option<String>,
    publisher: Option<String>,
    language: Option<String>,
    url: Option<String>,
    description: Option<String>,
    article_body: Option<String>,
}

/// Reads the page's metadata from its parsed tree; `raw_html` is the page as it came, with the
/// scripts and data attributes that the tree is parsed without, where page state travels.
pub fn read_metadata(page: &HtmlDocument, raw_html: &str, given_url: Option<&str>) -> PageMetadata {
    let facts = collect_page_facts(page);
    let linked = linked_data(&facts.linked_data_blocks);
    let meta = &facts.meta;
    let meta_value = |keys: &[&str]| -> Option<String> {
        keys.iter()
            .find_map(|key| meta.get(*key).filter(|value| !value.trim().is_empty()))
            .map(|value| normalise_space(value))
    };

    let url = facts
        .canonical
        .clone()
        .filter(|href| href.starts_with("http"))
        .or_else(|| meta_value(&["og:url"]).filter(|href| href.starts_with("http")))
        .or_else(|| linked.url.clone().filter(|href| href.starts_with("http")))
        .or_else(|| given_url.map(str::to_string));

    let site = meta_value(&["og:site_name", "application-name", "al:android:app_name"])
        .or_else(|| linked.publisher.clone())
        .or_else(|| url.as_deref().and_then(host_of));

    let title = choose_title(&facts, &linked, site.as_deref())
        .map(|title| without_media_tag(&title).to_string());

    let outlets: Vec<&str> = site
        .iter()
        .chain(linked.publisher.iter())
        .map(String::as_str)
        .collect();
    let mut authors = Vec::new();
    for raw in &linked.authors {
        authors.extend(clean_author_names_of_outlets(
            &decode_entities(raw),
            &outlets,
        ));
    }
    let meta_authors = meta_value(&[
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "byl",
        "dc.creator",
        "dcterms.creator",
        "twitter:creator:name",
    ])
    .filter(|raw| !raw.starts_with("http"))
    .map(|raw| clean_author_names_of_outlets(&raw, &outlets))
    .unwrap_or_default();
    // Some templates put only a story's first author into JSON-LD while the meta tag lists them
    // all ("Starr Bowenbank,Rania Aniftos,Anna Chan"): the longer list that holds every name of
    // the shorter one wins.
    let meta_lists_more = meta_authors.len() > authors.len()
        && authors.iter().all(|author| {
            meta_authors
                .iter()
                .any(|listed| listed.eq_ignore_ascii_case(author))
        });
    if meta_lists_more {
        authors = meta_authors;
    }
    if authors.is_empty() {
        authors = byline_authors(&facts, raw_html, &outlets);
    }
    dedupe_names(&mut authors);
    drop_credited_contributors(&mut authors, &facts.text_after_headline);

    let declared = linked
        .published
        .as_deref()
        .and_then(parse_date)
        .or_else(|| {
            meta_value(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "parsely-pub-date",
                "sailthru.date",
                "dc.date.issued",
                "dcterms.created",
                "dc.date",
                "date",
                "article.published",
                "cxenseparse:recs:publishtime",
                "og:article:published_time",
                "article_date_original",
                "originalpublicationdate",
                "displaydate",
            ])
            .and_then(|value| parse_date(&value))
        })
        .or_else(|| linked.any_published.as_deref().and_then(parse_date));
    // A date in the URL is set when the story is first published and never changes, while
    // metadata dates are often rewritten on update: when the two name different days, the URL
    // wins (unless the header shows readers the day beside it, see `url_day_as_shown`); on the
    // same day the metadata adds the time.
    let url_date = url
        .as_deref()
        .and_then(date_from_url)
        .or_else(|| given_url.and_then(date_from_url));
    let modified = linked.modified.as_deref().and_then(parse_date).or_else(|| {
        meta_value(&[
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "last-modified",
        ])
        .and_then(|value| parse_date(&value))
    });
    let published = match (declared, url_date) {
        (Some(declared), Some(from_url)) if declared.day_string() != from_url.day_string() => {
            Some(url_day_as_shown(from_url, Some(declared), &facts))
        }
        (Some(declared), None) => Some(shown_date(declared, modified, &facts.visible_text)),
        (Some(declared), _) => Some(declared),
        (None, Some(from_url)) => Some(url_day_as_shown(from_url, None, &facts)),
        (None, None) => marked_time_element_date(&facts)
            .or_else(|| find_date_in_text(&header_lines_of(&facts.text_after_headline)))
            .or_else(|| first_time_element_date(&facts))
            .or_else(|| {
                facts
                    .date_texts
                    .iter()
                    .find_map(|text| find_date_in_text(text))
            })
            .or(modified),
    };

    let published = published.map(|date| day_shown_to_readers(date, &facts));

    let language = facts
        .html_lang
        .clone()
        .or_else(|| meta_value(&["content-language", "og:locale", "language", "dc.language"]))
        .or_else(|| linked.language.clone())
        .and_then(|code| normalise_language_code(&code));

    let description = meta_value(&["description", "og:description", "twitter:description"])
        .or_else(|| linked.description.clone());

    PageMetadata {
        title,
        authors,
        published,
        language,
        site,
        url,
        description,
        article_body: linked.article_body,
    }
}

/// Phrases that, in a byline, credit people who did not write the article: "By Grace Dean
/// Contributions from Leon Hurley", "By Nelson C.J. Photography by Stephen Tayo". Author
/// metadata often lists these people beside the writer.
const CONTRIBUTOR_ROLES: &[&str] = &[
    "contributions from",
    "contribution from",
    "contributions by",
    "photography by",
    "photographs by",
    "photos by",
    "photo by",
    "video by",
    "illustrations by",
    "illustration by",
    "styled by",
    "styling by",
    "reviewed by",
    "edited by",
    "fact checked by",
    "fact-checked by",
    "produced by",
    "interview by",
];

/// Drops the listed authors whom the visible byline credits in another role. The byline is read
/// in the text after the headline: the first author must stand there, and every later author
/// standing after a contributor phrase (which covers the rest of its list) is dropped.
fn drop_credited_contributors(authors: &mut Vec<String>, text_after_headline: &str) {
    if authors.len() < 2 {
        return;
    }
    let lowered = text_after_headline.to_lowercase();
    let Some(first_author_at) = lowered.find(&authors[0].to_lowercase()) else {
        return;
    };
    let Some(roles_at) = CONTRIBUTOR_ROLES
        .iter()
        .filter_map(|role| lowered[first_author_at..].find(role))
        .min()
        .map(|offset| first_author_at + offset)
    else {
        return;
    };
    let first = authors[0].clone();
    authors.retain(|author| {
        *author == first
            || lowered
                .find(&author.to_lowercase())
                .is_none_or(|at| at < roles_at)
    });
}

/// The date to report when the metadata gives a publication date and a modification date on
/// different days. Evergreen pages (buying guides, explainers) are republished under the same
/// URL and show readers only their latest date; the metadata's first publication date, years
/// older, is then not the date of the text on the page. So the modification date is taken when
/// the page shows it and does not show the publication date; otherwise publication wins.
fn shown_date(
    published: PublishDate,
    modified: Option<PublishDate>,
    visible_text: &str,
) -> PublishDate {
    let Some(modified) = modified else {
        return published;
    };
    let day = |date: &PublishDate| (date.year, date.month, date.day);
    if day(&modified) == day(&published) || modified < published {
        return published;
    }
    let shown = days_written_in_text(visible_text);
    if shown.contains(&day(&modified)) && !shown.contains(&day(&published)) {
        modified
    } else {
        published
    }
}

/// A UTC timestamp names a day only in UTC: `2023-12-23T01:06:00Z` is the evening of the 22nd
/// at a Los Angeles paper, and the page says "December 22". When the page does not show the
/// timestamp's day in its header but shows exactly one of the days beside it there, that day is the publisher's
/// local day of publication and is reported (as a day: the time was in another zone).
///
/// The other way round, a timestamp with a local offset (`2023-12-18T22:57:00-05:00`) on a page
/// whose header shows the UTC day ("Dec 19, 2023 3:57 AM") is reported as the same instant
/// written in UTC, so that its day is the one readers see.
fn day_shown_to_readers(date: PublishDate, facts: &PageFacts) -> PublishDate {
    if date.time.is_none() || date.utc_offset_minutes.is_none() {
        return date;
    }
    let day = |date: &PublishDate| (date.year, date.month, date.day);
    if date.utc_offset_minutes != Some(0) {
        // The byline's date is the first the header writes (one text node a line); a
        // caption's may follow ("A view of the December 18, 2023 eruption").
        let first_shown = facts
            .text_after_headline
            .lines()
            .find_map(|line| days_written_in_text(line).first().copied());
        return match (date.in_utc(), first_shown) {
            (Some(utc), Some(first)) if first == day(&utc) && first != day(&date) => utc,
            _ => date,
        };
    }
    // Only the article's header: captions and related-story lists carry other days.
    let mut shown = days_written_in_text(&facts.text_after_headline);
    for text in facts
        .date_texts
        .iter()
        .chain(facts.times.iter().map(|time| &time.text))
    {
        shown.extend(days_written_in_text(text));
    }
    if shown.contains(&day(&date)) {
        return date;
    }
    // Zones run from UTC-12 to UTC+14: the day before is possible only for a timestamp before
    // noon UTC, the day after only for one from 10:00 UTC.
    let hour = date.time.map_or(0, |(hour, _, _)| hour);
    let neighbours: Vec<PublishDate> = [
        date.previous_day().filter(|_| hour < 12),
        date.next_day().filter(|_| hour >= 10),
    ]
    .into_iter()
    .flatten()
    .filter(|neighbour| shown.contains(&day(neighbour)))
    .collect();
    match neighbours.as_slice() {
        [only] => *only,
        _ => date,
    }
}

/// The day a URL's date stands for, as the header shows it. Sites stamp URLs in their servers'
/// zone: a story posted at "2023-12-19 23:30 EST" lives under `/news/2023-12-20/`. When the
/// header does not show the URL's day but shows the day before, that is the day readers were
/// shown. The URL can also be stamped when a story is filed, the evening before it is published
/// ("12/22/2023 05:00 AM EST" under `/news/2023/12/21/`): the day after is taken when the
/// header shows it as a publication, not an update, or the metadata's publication date names
/// it. A later day shown only as an update never moves the first publication.
fn url_day_as_shown(
    from_url: PublishDate,
    declared: Option<PublishDate>,
    facts: &PageFacts,
) -> PublishDate {
    let day = |date: &PublishDate| (date.year, date.month, date.day);
    let shown = days_written_in_text(&facts.text_after_headline);
    if shown.is_empty() || shown.contains(&day(&from_url)) {
        return from_url;
    }
    let shown_as_published: Vec<(u16, u8, u8)> = facts
        .text_after_headline
        .lines()
        .filter(|line| !line.to_lowercase().contains("updated"))
        .flat_map(days_written_in_text)
        .collect();
    let declared_day = declared.as_ref().map(day);
    from_url
        .previous_day()
        .filter(|before| shown.contains(&day(before)))
        .or_else(|| {
            from_url.next_day().filter(|after| {
                shown.contains(&day(after))
                    && (shown_as_published.contains(&day(after))
                        || declared_day == Some(day(after)))
            })
        })
        .unwrap_or(from_url)
}

/// The lines of the text after the headline that can carry the article's own date: a line of
/// running prose ("... and were married on 30th Jun 2018.") dates something the article tells
/// of, not the article. Header lines are short or mostly capitalised ("By Jane Doe | Dec 22,
/// 2023"), and a line saying the story was published or updated is kept however it reads.
///
/// A profile page's facts are not its date either: a line naming a birth or a death, or the
/// value under such a label ("Birthday" then "22nd December, 1972"), is left out.
fn header_lines_of(text_after_headline: &str) -> String {
    let mut kept = Vec::new();
    let mut after_life_event_label = false;
    for line in text_after_headline.lines() {
        let names_life_event = names_a_life_event(line);
        if !(after_life_event_label || names_life_event || reads_as_prose(line)) {
            kept.push(line);
        }
        after_life_event_label = names_life_event;
    }
    kept.join("\n")
}

/// The `<title>` and the Open Graph titles as [`comparable`] writes them, read from the head
/// (which comes before the body's headings).
fn confirming_titles(facts: &PageFacts) -> Vec<String> {
    [
        facts.head_title.as_deref(),
        facts.meta.get("og:title").map(String::as_str),
        facts.meta.get("twitter:title").map(String::as_str),
    ]
    .into_iter()
    .flatten()
    .map(comparable)
    .collect()
}

/// Whether one of the page's titles holds a heading as most of itself: the article's headline,
/// not a site name or a section heading.
fn heading_confirmed_by_titles(heading: &str, titles: &[String]) -> bool {
    let key = comparable(heading);
    key.len() >= 10
        && titles
            .iter()
            .any(|title| title.contains(&key) && key.len() * 5 >= title.len() * 2)
}

/// Starts the text after the headline again after `headline`, whose own text is skipped.
fn restart_after_headline(facts: &mut PageFacts, headline_bytes_left: &mut usize, headline: &str) {
    facts.text_after_headline.clear();
    *headline_bytes_left = headline.len();
}

/// Whether a line speaks of a birth or a death ("Birthday", "Born", "Date of death").
fn names_a_life_event(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic()).any(|word| {
        let lowered = word.to_lowercase();
        lowered.starts_with("birth")
            || lowered.starts_with("death")
            || matches!(lowered.as_str(), "born" | "died" | "dob")
    })
}

/// Whether a line is a sentence of running text: eight words or more, three in five of them
/// lower-case, and none about publishing.
fn reads_as_prose(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .collect();
    if words.len() < 8 {
        return false;
    }
    let about_publishing = words.iter().any(|word| {
        let lowered = word.to_lowercase();
        ["publish", "post", "updat", "modif"]
            .iter()
            .any(|stem| lowered.starts_with(stem))
    });
    let lowercase = words
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_lowercase))
        .count();
    !about_publishing && lowercase * 5 >= words.len() * 3
}

/// Everything the metadata readers look at, gathered in one walk over the page: a walk per
/// selector cost more than the rest of the metadata work together.
#[derive(Default)]
struct PageFacts {
    /// `<meta>` values keyed by lower-cased `name`, `property`, `itemprop` or `http-equiv`; the
    /// first occurrence of a key wins, as it does in browsers' reading of Open Graph.
    meta: HashMap<String, String>,
    linked_data_blocks: Vec<String>,
    canonical: Option<String>,
    head_title: Option<String>,
    html_lang: Option<String>,
    first_headings: Vec<String>,
    times: Vec<TimeFact>,
    /// Byline texts with the rank of the markup they came from (lower is more reliable).
    bylines: Vec<Byline>,
    date_texts: Vec<String>,
    /// The page's visible text right after the first `<h1>`'s own text, where bylines and dates
    /// stand; one text node a line.
    text_after_headline: String,
    /// All the page's visible text (up to [`VISIBLE_TEXT_BYTES`]): what a reader is shown.
    visible_text: String,
}

/// How much of the page's visible text is kept for telling which date the reader is shown;
/// headers with dates stand near the top, and a bound keeps huge pages cheap.
const VISIBLE_TEXT_BYTES: usize = 256 * 1024;

/// How much text after the headline is kept for finding a date in it.
const TEXT_AFTER_HEADLINE_BYTES: usize = 600;

struct TimeFact {
    datetime: Option<String>,
    text: String,
    marked_published: bool,
}

/// An element whose markup marks it as a byline.
#[derive(Debug, Default)]
struct Byline {
    /// How reliable the markup is (see [`byline_rank`]); lower is more reliable.
    rank: u8,
    text: String,
    /// Whether the element comes after the page's first `<h1>`.
    after_headline: bool,
}

/// How many of each kind of candidate the walk keeps; the first ones on a page are the ones
/// that belong to the article header.
const MAX_CANDIDATES: usize = 6;

/// The words of which every byline class word that [`byline_rank`] reads holds one.
static BYLINE_CLASS_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(["author", "byline"]).expect("valid words"));

/// The words of which every date class word holds one.
static DATE_CLASS_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(["date", "published", "timestamp"]).expect("valid words"));

/// Attribute names that are not among the parser's static atoms, interned once.
static PUBDATE: LazyLock<LocalName> = LazyLock::new(|| LocalName::from("pubdate"));
static DATA_TESTID: LazyLock<LocalName> = LazyLock::new(|| LocalName::from("data-testid"));

fn collect_page_facts(page: &HtmlDocument) -> PageFacts {
    let mut facts = PageFacts::default();
    let mut seen_headline = false;
    // Bytes of the first headline's own text still to come: the headline is not its byline.
    let mut headline_bytes_left = 0usize;
    // Whether the page's titles confirm the heading that the text after the headline follows.
    // A site's logo is often the first <h1> ("POLITICO Politico Logo"), and the headline an
    // <h2> further on: the text after the logo is navigation, not the byline and date.
    let mut headline_confirmed = false;
    // Written once, at the first heading: the head is read by then.
    let mut titles: Option<Vec<String>> = None;
    // Element and attribute names are compared as interned atoms (`local_name!`), a comparison
    // of two integers, and read in place (`element_ref`): every node of the page passes here.
    for node in page.root().descendants_it() {
        if node.is_text() {
            let in_code = node.parent().is_some_and(|parent| {
                parent.element_ref().is_some_and(|element| {
                    let name = &element.name.local;
                    *name == local_name!("script")
                        || *name == local_name!("style")
                        || *name == local_name!("noscript")
                        || *name == local_name!("template")
                        || *name == local_name!("title")
                })
            });
            if in_code {
                continue;
            }
            let text = node.text();
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            if seen_headline && headline_bytes_left > 0 {
                headline_bytes_left = headline_bytes_left.saturating_sub(text.len() + 1);
            } else if seen_headline && facts.text_after_headline.len() < TEXT_AFTER_HEADLINE_BYTES {
                // One text node a line: a byline's name stops where its element does.
                facts.text_after_headline.push('\n');
                facts.text_after_headline.push_str(text);
            }
            if facts.visible_text.len() < VISIBLE_TEXT_BYTES {
                facts.visible_text.push(' ');
                facts.visible_text.push_str(text);
            }
            continue;
        }
        let Some(element) = node.element_ref() else {
            continue;
        };
        let name = &element.name.local;
        let attr = |wanted: &LocalName| {
            element
                .attrs
                .iter()
                .find(|attribute| attribute.name.local == *wanted)
                .map(|attribute| &*attribute.value)
        };
        if *name == local_name!("meta") {
            if let Some(content) = attr(&local_name!("content")) {
                for attribute in [
                    local_name!("name"),
                    local_name!("property"),
                    local_name!("itemprop"),
                    local_name!("http-equiv"),
                ] {
                    if let Some(key) = attr(&attribute) {
                        facts
                            .meta
                            .entry(key.to_ascii_lowercase())
                            .or_insert_with(|| content.to_string());
                    }
                }
            }
            continue;
        }
        if *name == local_name!("script") {
            if attr(&local_name!("type"))
                .is_some_and(|kind| kind.eq_ignore_ascii_case("application/ld+json"))
            {
                facts.linked_data_blocks.push(node.text().to_string());
            }
            continue;
        }
        if *name == local_name!("link") {
            let is_canonical =
                attr(&local_name!("rel")).is_some_and(|rel| rel.eq_ignore_ascii_case("canonical"));
            if is_canonical && facts.canonical.is_none() {
                facts.canonical = attr(&local_name!("href")).map(|href| href.to_string());
            }
            continue;
        }
        if *name == local_name!("title") && facts.head_title.is_none() {
            facts.head_title = Some(normalise_space(&node.text()));
            continue;
        }
        if *name == local_name!("html") && facts.html_lang.is_none() {
            facts.html_lang = attr(&local_name!("lang")).map(|lang| lang.to_string());
        } else if *name == local_name!("h1") && facts.first_headings.len() < MAX_CANDIDATES {
            let headline = normalise_space(&node.text());
            let titles = titles.get_or_insert_with(|| confirming_titles(&facts));
            if !seen_headline {
                headline_bytes_left = headline.len();
                headline_confirmed = heading_confirmed_by_titles(&headline, titles);
            } else if !headline_confirmed && heading_confirmed_by_titles(&headline, titles) {
                restart_after_headline(&mut facts, &mut headline_bytes_left, &headline);
                headline_confirmed = true;
            }
            facts.first_headings.push(headline);
            seen_headline = true;
        } else if *name == local_name!("h2") && seen_headline && !headline_confirmed {
            let heading = normalise_space(&node.text());
            let titles = titles.get_or_insert_with(|| confirming_titles(&facts));
            if heading_confirmed_by_titles(&heading, titles) {
                restart_after_headline(&mut facts, &mut headline_bytes_left, &heading);
                headline_confirmed = true;
            }
        } else if *name == local_name!("time") && facts.times.len() < MAX_CANDIDATES {
            let marked_published = attr(&PUBDATE).is_some()
                || attr(&local_name!("itemprop"))
                    .is_some_and(|prop| prop.eq_ignore_ascii_case("datePublished"));
            facts.times.push(TimeFact {
                datetime: attr(&local_name!("datetime")).map(|value| value.to_string()),
                text: node.text().to_string(),
                marked_published,
            });
        }
        let itemprop = attr(&local_name!("itemprop"));
        if let Some(itemprop) = itemprop {
            if itemprop.eq_ignore_ascii_case("datePublished") {
                if let Some(value) =
                    attr(&local_name!("datetime")).or_else(|| attr(&local_name!("content")))
                {
                    facts
                        .meta
                        .entry("datepublished".to_string())
                        .or_insert_with(|| value.to_string());
                }
            }
        }
        // Test ids name what an element is where generated class names do not
        // (`data-testid="AuthorNameLink"`), so they are read with the classes.
        let class = match (attr(&local_name!("class")), attr(&DATA_TESTID)) {
            (Some(class), Some(test_id)) => Some(format!("{class} {test_id}").to_ascii_lowercase()),
            (Some(class), None) => Some(class.to_ascii_lowercase()),
            (None, Some(test_id)) => Some(test_id.to_ascii_lowercase()),
            (None, None) => None,
        };
        let href = if *name == local_name!("a") {
            attr(&local_name!("href"))
        } else {
            None
        };
        // Classes are searched word by word below only when they mention an author, a byline or
        // a date at all, which few do. With the atoms above, 185 -> 183 ms of CPU over the
        // ScrapingHub pages (median of 15 runs).
        let byline_class = class
            .as_deref()
            .filter(|class| BYLINE_CLASS_WORDS.find(class.as_bytes()).is_some());
        let rank = byline_rank(itemprop, attr(&local_name!("rel")), byline_class, href);
        if let Some(rank) = rank {
            if facts
                .bylines
                .iter()
                .filter(|byline| byline.rank == rank)
                .count()
                < MAX_CANDIDATES
            {
                let text = attr(&local_name!("content"))
                    .map(|content| content.to_string())
                    .unwrap_or_else(|| node.text().to_string());
                if text.len() <= 200 {
                    facts.bylines.push(Byline {
                        rank,
                        text: normalise_space(&text),
                        after_headline: seen_headline,
                    });
                }
            }
        }
        let date_class = class
            .as_deref()
            .filter(|class| DATE_CLASS_WORDS.find(class.as_bytes()).is_some());
        if let Some(class) = date_class {
            let is_date_class = class.split_whitespace().any(|word| {
                word.contains("date") || word.contains("published") || word.contains("timestamp")
            });
            if is_date_class && facts.date_texts.len() < MAX_CANDIDATES {
                let text = node.text();
                if text.len() < 120 {
                    facts.date_texts.push(text.to_string());
                }
            }
        }
    }
    facts
}

/// Whether a link leads to an author's page: a path with a segment such as `/author/` followed
/// by more. Read segment by segment rather than searched for each marker: every link of the
/// page passes here.
fn is_author_page_link(href: &str) -> bool {
    const AUTHOR_SEGMENTS: &[&str] = &[
        "author",
        "authors",
        "writer",
        "writers",
        "staff",
        "people",
        "profile",
        "contributor",
        "contributors",
        "by",
    ];
    let mut segments = href.split('/').skip(1).peekable();
    while let Some(segment) = segments.next() {
        if segments.peek().is_some() && AUTHOR_SEGMENTS.contains(&segment) {
            return true;
        }
    }
    false
}

/// How reliable an element is as a byline, from its markup; `None` when it is not one.
fn byline_rank(
    itemprop: Option<&str>,
    rel: Option<&str>,
    class: Option<&str>,
    href: Option<&str>,
) -> Option<u8> {
    if itemprop.is_some_and(|prop| prop.eq_ignore_ascii_case("author")) {
        return Some(0);
    }
    if rel.is_some_and(|rel| rel.eq_ignore_ascii_case("author")) {
        return Some(1);
    }
    let author_link = href.is_some_and(is_author_page_link);
    let Some(class) = class else {
        return author_link.then_some(5);
    };
    if class.split_whitespace().any(|word| word.contains("byline")) {
        return Some(2);
    }
    if class.split_whitespace().any(|word| {
        word.contains("author-name") || word.contains("author_name") || word.contains("authorname")
    }) {
        return Some(3);
    }
    if class
        .split_whitespace()
        .any(|word| word == "author" || word.ends_with("__author") || word.ends_with("-author"))
    {
        return Some(4);
    }
    // A link to an author page counts whatever its class: styled-component class names
    // ("css-1fvj8jv") say nothing.
    author_link.then_some(5)
}

fn linked_data(blocks: &[String]) -> LinkedData {
    let mut found = LinkedData::default();
    for raw in blocks {
        let Ok(value) = serde_json::from_str::<Value>(raw.trim()) else {
            continue;
        };
        // Walk the value with an explicit stack: @graph and arrays nest, and the article may sit
        // anywhere in them.
        let mut pending = vec![&value];
        while let Some(current) = pending.pop() {
            match current {
                Value::Array(items) => pending.extend(items.iter().rev()),
                Value::Object(object) => {
                    if let Some(graph) = object.get("@graph") {
                        pending.push(graph);
                    }
                    if is_article_type(object.get("@type")) {
                        absorb_article(object, &mut found);
                    } else if found.any_published.is_none() {
                        found.any_published = object
                            .get("datePublished")
                            .and_then(Value::as_str)
                            .map(str::to_string);
                    }
                }
                _ => {}
            }
        }
    }
    found
}

fn is_article_type(kind: Option<&Value>) -> bool {
    let is_article = |name: &str| {
        name.ends_with("Article")
            || matches!(
                name,
                "BlogPosting"
                    | "Report"
                    | "LiveBlogPosting"
                    | "OpinionNewsArticle"
                    | "ReportageNewsArticle"
                    | "Review"
            )
    };
    match kind {
        Some(Value::String(name)) => is_article(name),
        Some(Value::Array(names)) => names
            .iter()
            .any(|name| name.as_str().is_some_and(is_article)),
        _ => false,
    }
}

fn absorb_article(object: &serde_json::Map<String, Value>, found: &mut LinkedData) {
    let text = |key: &str| {
        object
            .get(key)
            .and_then(Value::as_str)
            .map(|value| normalise_space(&decode_entities(value)))
    };
    if found.headline.is_none() {
        found.headline = text("headline").or_else(|| text("name"));
    }
    if found.published.is_none() {
        found.published = text("datePublished").or_else(|| text("dateCreated"));
    }
    if found.modified.is_none() {
        found.modified = text("dateModified");
    }
    if found.language.is_none() {
        found.language = text("inLanguage");
    }
    if found.description.is_none() {
        found.description = text("description");
    }
    if found.article_body.is_none() {
        found.article_body = object
            .get("articleBody")
            .and_then(Value::as_str)
            .map(decode_entities);
    }
    if found.url.is_none() {
        found.url = text("url");
    }
    if found.publisher.is_none() {
        found.publisher = object
            .get("publisher")
            .and_then(|publisher| match publisher {
                Value::Object(publisher) => publisher.get("name").and_then(Value::as_str),
                Value::Array(items) => items
                    .first()
                    .and_then(|item| item.get("name"))
                    .and_then(Value::as_str),
                _ => None,
            })
            .map(normalise_space);
    }
    if found.authors.is_empty() {
        let mut push_author = |author: &Value| match author {
            Value::String(name) => found.authors.push(name.clone()),
            Value::Object(person) => {
                let is_organisation = person
                    .get("@type")
                    .and_then(Value::as_str)
                    .is_some_and(|kind| kind.contains("Organization"));
                if !is_organisation {
                    if let Some(name) = person.get("name").and_then(Value::as_str) {
                        found.authors.push(name.to_string());
                    }
                }
            }
            _ => {}
        };
        match object.get("author").or_else(|| object.get("creator")) {
            Some(Value::Array(authors)) => authors.iter().for_each(&mut push_author),
            Some(author) => push_author(author),
            None => {}
        }
    }
}

/// The headline: a page's `<h1>` when the `<title>` or Open Graph title confirms it (it is then
/// free of the site name), else Open Graph, JSON-LD, and the `<title>` without its site suffix.
fn choose_title(facts: &PageFacts, linked: &LinkedData, site: Option<&str>) -> Option<String> {
    let head_title = facts.head_title.clone().unwrap_or_default();
    let open_graph = facts
        .meta
        .get("og:title")
        .or_else(|| facts.meta.get("twitter:title"))
        .map(|title| normalise_space(title));
    let confirmations: Vec<String> = [
        Some(head_title.clone()),
        open_graph.clone(),
        linked.headline.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|title| !title.is_empty())
    .map(|title| comparable(&title))
    .collect();
    // Titles as written without a kicker: the JSON-LD headline and the <title> without the
    // site's name. A heading or an Open Graph title that is one of them after a word or two
    // ("Opinion", "WATCH:") gives way to it.
    let plain_titles: Vec<(String, String)> = [
        linked.headline.clone(),
        Some(strip_site_suffix(&head_title, site)),
    ]
    .into_iter()
    .flatten()
    .map(|title| {
        let key = comparable(&title);
        (title, key)
    })
    .filter(|(_, key)| key.len() >= 10)
    .collect();
    let without_kicker = |longer: &str| {
        plain_titles
            .iter()
            .find(|(_, key)| is_kicker_before(longer, key))
            .map(|(title, _)| title.clone())
    };
    for heading in &facts.first_headings {
        let key = comparable(heading);
        if let Some(title) = without_kicker(&key) {
            return Some(title);
        }
        // The heading must be most of a confirming title: a blog's name in an <h1> is also
        // inside its <title>, but only as a small part of it.
        let confirmed = key.len() >= 10
            && confirmations
                .iter()
                .any(|title| title.contains(&key) && key.len() * 5 >= title.len() * 2);
        if confirmed {
            return Some(heading.clone());
        }
        // An <h1> that holds the Open Graph title plus a kicker ("Opinion ...") gives way to it.
        if let Some(open_graph) = &open_graph {
            let open_graph_key = comparable(open_graph);
            if open_graph_key.len() >= 10
                && key.len() > open_graph_key.len()
                && key.ends_with(&open_graph_key)
            {
                return Some(strip_site_suffix(open_graph, site));
            }
        }
    }
    if let Some(title) = open_graph
        .as_deref()
        .and_then(|open_graph| without_kicker(&comparable(open_graph)))
    {
        return Some(title);
    }
    let candidates = [open_graph, linked.headline.clone(), Some(head_title)];
    let chosen = candidates
        .into_iter()
        .flatten()
        .filter(|title| !title.is_empty())
        .map(|title| strip_site_suffix(&title, site))
        .next();
    // A title that ends on a colon was cut short ("Harnessing CO2 for Sustainable Plastics:");
    // the first heading opening with the same word and going on past it is the whole title.
    if let Some(cut_short) = chosen
        .as_deref()
        .filter(|title| title.trim_end().ends_with(':'))
    {
        let first_word = cut_short.split_whitespace().next().unwrap_or("");
        if let Some(heading) = facts.first_headings.iter().find(|heading| {
            heading.split_whitespace().next() == Some(first_word)
                && heading.len() > cut_short.len()
                && !heading.trim_end().ends_with(':')
        }) {
            return Some(heading.clone());
        }
    }
    chosen
}

/// "NASA beams a cat video to Earth (video)", "... Show Finale [Watch]": a tag saying what the
/// page also holds is no part of the headline.
fn without_media_tag(title: &str) -> &str {
    let trimmed = title.trim_end();
    let Some(open) = trimmed.rfind(['(', '[']) else {
        return title;
    };
    let close = if trimmed[open..].starts_with('(') {
        ')'
    } else {
        ']'
    };
    let Some(tag) = trimmed[open + 1..].strip_suffix(close) else {
        return title;
    };
    let is_media = matches!(
        tag.trim().to_lowercase().as_str(),
        "video"
            | "videos"
            | "photo"
            | "photos"
            | "pictures"
            | "pics"
            | "watch"
            | "listen"
            | "audio"
            | "gallery"
            | "podcast"
    );
    if is_media && open > 0 {
        trimmed[..open].trim_end()
    } else {
        title
    }
}

/// Whether `longer` is `title` with a kicker of one or two words before it ("opinion what i ll
/// be praying ..." for "what i ll be praying ...").
fn is_kicker_before(longer: &str, title: &str) -> bool {
    longer.len() > title.len()
        && longer.ends_with(title)
        && longer[..longer.len() - title.len()].ends_with(' ')
        && longer[..longer.len() - title.len()]
            .split_whitespace()
            .count()
            <= 2
}

/// Lower-cased words joined by single spaces, for comparing titles written slightly differently.
fn comparable(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Story headline | Site Name" → "Story headline": removes a trailing (or leading) part that is
/// the site's name, or any short last part after a separator when the rest is clearly longer.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let tail_is_site = site.is_some_and(|site| {
                comparable(tail).contains(&comparable(site))
                    || comparable(site).contains(&comparable(tail))
            });
            if tail_is_site || (tail.split_whitespace().count() <= 4 && head.len() > tail.len() * 2)
            {
                return strip_site_suffix(head.trim(), site);
            }
        }
        if let Some((head, tail)) = title.split_once(separator) {
            let head_is_site = site.is_some_and(|site| comparable(head) == comparable(site));
            if head_is_site {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// Authors from byline markup, for pages whose head names none: the most reliable kind of
/// byline element that yields a name wins.
fn byline_authors(facts: &PageFacts, raw_html: &str, outlets: &[&str]) -> Vec<String> {
    for rank in 0..=6 {
        let of_rank = || {
            facts
                .bylines
                .iter()
                .filter(move |byline| byline.rank == rank)
        };
        if rank < 2 {
            // Markup made for authors (itemprop, rel) marks every author of the story.
            let names: Vec<String> = of_rank()
                .flat_map(|byline| clean_author_names_of_outlets(&byline.text, outlets))
                .collect();
            if !names.is_empty() {
                return names;
            }
            continue;
        }
        // Class names and links also mark the authors of teasers, above the story (a featured
        // story in the header) and below it, so the byline is the first element that names
        // someone after the headline, or before it when none does.
        let first_naming = |after_headline: bool| {
            of_rank()
                .filter(|byline| byline.after_headline == after_headline)
                .map(|byline| clean_author_names_of_outlets(&byline.text, outlets))
                .find(|names| !names.is_empty())
        };
        if let Some(names) = first_naming(true).or_else(|| first_naming(false)) {
            return names;
        }
    }
    // Last, a byline written as plain text in the article's header, with no markup to mark it:
    // "posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda", "Review by David Colman".
    let text_byline = TEXT_BYLINE
        .captures(&facts.text_after_headline)
        .map(|captures| clean_author_names_of_outlets(first_words(&captures["name"], 4), outlets))
        .unwrap_or_default();
    if !text_byline.is_empty() {
        return text_byline;
    }
    embedded_state_authors(facts, raw_html, outlets)
}

/// Names that page state gives as an author: `"author":{"name":"X"` and
/// `"authors":[{"name":"X"`, in a script's text (`__NEXT_DATA__`) or HTML-escaped in an
/// attribute (`data-initial-state="{&quot;authors&quot;:[{&quot;name&quot;...`). The keys are
/// found by a byte search, so that the large scripts most pages carry cost one fast pass.
fn embedded_author_names(raw_html: &str) -> Vec<String> {
    static AUTHOR_KEY: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"author"));
    static NAME_AFTER_AUTHOR_KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"^authors?(?:"|&quot;)\s*:\s*\[?\s*\{\s*(?:"|&quot;)name(?:"|&quot;)\s*:\s*(?:"|&quot;)(?P<name>[^"&\\<>]{3,80})(?:"|&quot;)"#,
        )
        .expect("valid regex")
    });
    let mut names: Vec<String> = Vec::new();
    for at in AUTHOR_KEY.find_iter(raw_html.as_bytes()) {
        let opened_by_quote = raw_html[..at].ends_with('"') || raw_html[..at].ends_with("&quot;");
        if !opened_by_quote {
            continue;
        }
        let Some(captures) = NAME_AFTER_AUTHOR_KEY.captures(&raw_html[at..]) else {
            continue;
        };
        let name = captures["name"].trim();
        if !names.iter().any(|known| known == name) {
            names.push(name.to_string());
            if names.len() >= MAX_CANDIDATES {
                break;
            }
        }
    }
    names
}

/// The names from page state (a framework's data in a script, not JSON-LD) that the header
/// shows as a line of their own, as a byline without markup does (`<span>Ann Other</span>
/// <span>Oct 17, 2023</span>`): page state also describes related stories. Read last, so the
/// raw page is searched only on pages where nothing else named an author.
fn embedded_state_authors(facts: &PageFacts, raw_html: &str, outlets: &[&str]) -> Vec<String> {
    embedded_author_names(raw_html)
        .iter()
        .filter(|name| {
            facts
                .text_after_headline
                .lines()
                .any(|line| line.trim() == name.as_str())
        })
        .flat_map(|name| clean_author_names_of_outlets(name, outlets))
        .collect()
}

/// "by" and two or more capitalised words on one line (one text node) of the header, of which
/// [`first_words`] keeps four. The count is kept in code: a counted repetition compiles a copy
/// of the Unicode letter classes per count.
static TEXT_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Bb]y:?\s+(?P<name>\p{Lu}[\p{L}'’.-]+(?:[ \u{a0}]+\p{Lu}[\p{L}'’.-]*)+)")
        .expect("valid regex")
});

/// The first `count` words of `words`, separated by spaces or no-break spaces.
fn first_words(words: &str, count: usize) -> &str {
    let mut seen = 0;
    let mut in_word = false;
    for (at, character) in words.char_indices() {
        let is_separator = matches!(character, ' ' | '\u{a0}');
        if !is_separator && !in_word {
            seen += 1;
            if seen > count {
                return words[..at].trim_end_matches([' ', '\u{a0}']);
            }
        }
        in_word = !is_separator;
    }
    words
}

/// A `<time pubdate>` or one marked `itemprop=datePublished`.
fn marked_time_element_date(facts: &PageFacts) -> Option<PublishDate> {
    let time = facts.times.iter().find(|time| time.marked_published)?;
    time_date(time)
}

/// The first `<time>` on the page. It comes after a date written under the headline: the first
/// `<time>` is often in the navigation or in a card for another story above the article
/// (science.org dates its related-story cards with `<time>` and the story's own header with a
/// plain span).
fn first_time_element_date(facts: &PageFacts) -> Option<PublishDate> {
    time_date(facts.times.first()?)
}

fn time_date(time: &TimeFact) -> Option<PublishDate> {
    time.datetime
        .as_deref()
        .and_then(parse_date)
        .or_else(|| find_date_in_text(&time.text))
}

pub fn host_of(url: &str) -> Option<String> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = after_scheme.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// `en-US`, `en_GB`, `EN` → `en`; anything that is not a language tag → `None`.
pub fn normalise_language_code(code: &str) -> Option<String> {
    let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase()))
        .then_some(primary)
}

/// Decodes the HTML character references that JSON-LD blocks often carry (`&#039;`, `&amp;`):
/// they sit inside a script, so the HTML parser leaves them as written.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(position) = rest.find('&') {
        decoded.push_str(&rest[..position]);
        rest = &rest[position..];
        let Some(end) = rest[..rest.len().min(12)].find(';') else {
            decoded.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let character = match entity {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "nbsp" => Some(' '),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| {
                    entity
                        .strip_prefix('#')
                        .and_then(|decimal| decimal.parse().ok())
                })
                .and_then(char::from_u32),
        };
        match character {
            Some(character) => {
                decoded.push(character);
                rest = &rest[end + 1..];
            }
            None => {
                decoded.push('&');
                rest = &rest[1..];
            }
        }
    }
    decoded.push_str(rest);
    decoded
}

pub fn normalise_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn dedupe_names(names: &mut Vec<String>) {
    let mut seen = Vec::new();
    names.retain(|name| {
        let key = comparable(name);
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_byline_keeps_four_names() {
        assert_eq!(first_words("Ann Other", 4), "Ann Other");
        assert_eq!(
            first_words("Ann\u{a0}Maria  de Souza Other Story", 4),
            "Ann\u{a0}Maria  de Souza"
        );
    }

    #[test]
    fn strips_site_names_from_titles() {
        assert_eq!(
            strip_site_suffix("Big news today | The Daily", Some("The Daily")),
            "Big news today"
        );
        assert_eq!(
            strip_site_suffix("Big news happened again today - CNN", None),
            "Big news happened again today"
        );
        assert_eq!(
            strip_site_suffix("Reuters - Big news today", Some("Reuters")),
            "Big news today"
        );
        assert_eq!(strip_site_suffix("Left - right", None), "Left - right");
    }

    #[test]
    fn a_title_cut_short_at_a_colon_gives_way_to_the_whole_heading() {
        let page = HtmlDocument::from(
            "<html><head><title>Harnessing CO2 for Sustainable Plastics:</title></head><body>\
             <h1>Harnessing Carbon for Sustainable Plastics: A Breakthrough in Polymers</h1>\
             <p>Text.</p></body></html>",
        );
        assert_eq!(
            read_metadata(&page, "", None).title.as_deref(),
            Some("Harnessing Carbon for Sustainable Plastics: A Breakthrough in Polymers")
        );
    }

    #[test]
    fn a_kicker_before_the_title_is_left_out() {
        let title_of = |head: &str, body: &str| {
            let page = HtmlDocument::from(format!(
                "<html><head>{head}</head><body>{body}<p>Text.</p></body></html>"
            ));
            read_metadata(&page, "", None).title
        };
        // A section label in the heading, the headline without it in JSON-LD.
        assert_eq!(
            title_of(
                r#"<meta property="og:title" content="Opinion | What I will be praying for this season"><script type="application/ld+json">{"@type":"NewsArticle","headline":"What I will be praying for this season"}</script>"#,
                "<h1><span>Opinion</span> What I will be praying for this season</h1>"
            )
            .as_deref(),
            Some("What I will be praying for this season")
        );
        // "WATCH:" before the Open Graph title, the <title> without it.
        assert_eq!(
            title_of(
                r#"<title>Duo brings a new song to the show finale</title><meta property="og:title" content="WATCH: Duo brings a new song to the show finale">"#,
                "<h1>Duo brings a new song to the show finale [Watch]</h1>"
            )
            .as_deref(),
            Some("Duo brings a new song to the show finale")
        );
        assert_eq!(
            without_media_tag("NASA beams a cat video to Earth (video)"),
            "NASA beams a cat video to Earth"
        );
        assert_eq!(without_media_tag("Finale [Watch]"), "Finale");
        assert_eq!(
            without_media_tag("Senate passes bill (updated)"),
            "Senate passes bill (updated)"
        );
        assert!(is_kicker_before("opinion a long title", "a long title"));
        assert!(!is_kicker_before(
            "one two three a long title",
            "a long title"
        ));
        assert!(!is_kicker_before("xa long title", "a long title"));
    }

    #[test]
    fn drops_contributors_credited_in_the_byline() {
        let mut authors = vec![
            "Grace Dean".to_string(),
            "Jasmine Gould-Wilson".to_string(),
            "Leon Hurley".to_string(),
        ];
        drop_credited_contributors(
            &mut authors,
            " Sims 4 cheats By Grace Dean Contributions from Jasmine Gould-Wilson , Leon Hurley last updated",
        );
        assert_eq!(authors, vec!["Grace Dean".to_string()]);

        let mut authors = vec!["Starr Bowenbank".to_string(), "Anna Chan".to_string()];
        drop_credited_contributors(
            &mut authors,
            " By Starr Bowenbank , Anna Chan 12/22/2023 Photos by Someone Else",
        );
        assert_eq!(authors.len(), 2, "both stand before the photo credit");
    }

    #[test]
    fn decodes_character_references() {
        assert_eq!(
            decode_entities("James O&#039;Neil &amp; Co &#x2014; &bogus; &"),
            "James O'Neil & Co — &bogus; &"
        );
    }

    #[test]
    fn reads_json_ld_and_meta() {
        let page = HtmlDocument::from(
            r#"<html lang="en-GB"><head><title>Talks resume | Example News</title>
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://example.org/world/talks">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2023-12-17T10:05:00Z","author":[{"@type":"Person","name":"Maria Lopez"},{"@type":"Organization","name":"Example News"}]}]}</script>
            </head><body><h1>Talks resume</h1></body></html>"#,
        );
        let metadata = read_metadata(&page, "", None);
        assert_eq!(metadata.title.as_deref(), Some("Talks resume"));
        assert_eq!(metadata.authors, vec!["Maria Lopez"]);
        assert_eq!(
            metadata.published.map(|d| d.to_string()).as_deref(),
            Some("2023-12-17T10:05:00Z")
        );
        assert_eq!(metadata.language.as_deref(), Some("en"));
        assert_eq!(metadata.site.as_deref(), Some("Example News"));
        assert_eq!(
            metadata.url.as_deref(),
            Some("https://example.org/world/talks")
        );
    }

    #[test]
    fn a_byline_after_the_headline_beats_a_teaser_above_it() {
        let page = HtmlDocument::from(
            r#"<html><body><div class="featured"><a href="/author/ann-other/">Ann Other</a></div>
            <h1>Stipends rise</h1><span>By <a href="/author/cam-kettles/">Cam Kettles</a></span>
            </body></html>"#,
        );
        assert_eq!(read_metadata(&page, "", None).authors, vec!["Cam Kettles"]);
        // With no byline after the headline, the one above it stands.
        let page = HtmlDocument::from(
            r#"<html><body><a href="/author/ann-other/">Ann Other</a><h1>Stipends rise</h1>
            </body></html>"#,
        );
        assert_eq!(read_metadata(&page, "", None).authors, vec!["Ann Other"]);
    }

    /// Authors as `extract_html` reads them: the tree is parsed without scripts' text and data
    /// attributes, and the page as it came is passed beside it.
    fn authors_of_page(raw_html: &str) -> Vec<String> {
        let page = HtmlDocument::from(&*crate::raw_text::drop_unread_markup(raw_html));
        read_metadata(&page, raw_html, None).authors
    }

    #[test]
    fn page_state_names_an_author_the_header_shows_without_markup() {
        let state = r#"<script id="state" data-initial-state="{&quot;article&quot;:{&quot;authors&quot;:[{&quot;name&quot;:&quot;Tyrese Griffin&quot;,&quot;bio&quot;:&quot;&quot;}]}}"></script>"#;
        let page = format!(
            "<html><body><h1>Rates hold</h1><p>The bank kept rates.</p>\
             <span><span>Tyrese Griffin</span></span><span>Oct 17, 2023</span>\
             <p>Text.</p>{state}</body></html>"
        );
        assert_eq!(authors_of_page(&page), vec!["Tyrese Griffin"]);
        // State in a script's own text (`__NEXT_DATA__`) is read the same way.
        let page = r#"<html><body><h1>Rates hold</h1><span>Ann Other</span><span>Oct 17</span>
            <script id="__NEXT_DATA__" type="application/json">{"post":{"author":{"name":"Ann Other"}}}</script>
            </body></html>"#;
        assert_eq!(authors_of_page(page), vec!["Ann Other"]);
        // A name the state gives but the header does not show is a related story's author.
        let page = format!(
            "<html><body><h1>Rates hold</h1><p>The bank kept rates, said Tyrese Griffin.</p>\
             {state}</body></html>"
        );
        assert!(authors_of_page(&page).is_empty());
    }

    #[test]
    fn a_meta_tag_listing_every_author_beats_linked_data_naming_the_first() {
        let page = HtmlDocument::from(
            r#"<html><head><meta name="author" content="Starr Bowenbank,Rania Aniftos,Anna Chan">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Starr Bowenbank"}}</script>
            </head><body><h1>Charts</h1></body></html>"#,
        );
        assert_eq!(
            read_metadata(&page, "", None).authors,
            vec!["Starr Bowenbank", "Rania Aniftos", "Anna Chan"]
        );
        // A meta tag naming someone else does not replace the linked data's author.
        let page = HtmlDocument::from(
            r#"<html><head><meta name="author" content="Web Desk, Ann Other">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Starr Bowenbank"}}</script>
            </head><body><h1>Charts</h1></body></html>"#,
        );
        assert_eq!(
            read_metadata(&page, "", None).authors,
            vec!["Starr Bowenbank"]
        );
    }

    fn published_of(head: &str, body: &str) -> Option<String> {
        let page = HtmlDocument::from(format!(
            "<html><head>{head}</head><body><h1>Best winter tyres</h1>{body}</body></html>"
        ));
        read_metadata(&page, "", None)
            .published
            .map(|d| d.to_string())
    }

    #[test]
    fn a_url_stamped_in_a_zone_ahead_gives_the_day_the_header_shows() {
        let head = r#"<link rel="canonical" href="https://example.org/news/2023-12-20/film-opens/.205663">"#;
        let posted = |line: &str| published_of(head, &format!("<p>{line}</p>"));
        assert_eq!(
            posted("posted on 2023-12-19 23:30 EST by Ann Other").as_deref(),
            Some("2023-12-19")
        );
        // The URL's own day shown, or a later day (an update), leaves the URL's day.
        assert_eq!(
            posted("posted on 2023-12-20 by Ann Other").as_deref(),
            Some("2023-12-20")
        );
        assert_eq!(
            posted("Updated December 21, 2023").as_deref(),
            Some("2023-12-20")
        );
    }

    #[test]
    fn a_url_stamped_when_filed_gives_the_next_day_the_header_publishes() {
        // A site's menu runs longer than the text kept after a headline.
        let navigation = ["Congress", "White House", "Defense", "Energy", "Technology"]
            .iter()
            .cycle()
            .take(100)
            .map(|section| format!("<a href=\"/{section}\">{section}</a>"))
            .collect::<String>();
        let page = |head_extra: &str, byline: &str| {
            let page = HtmlDocument::from(format!(
                r#"<html><head><meta property="og:title" content="White House looks to its hackers">
                <link rel="canonical" href="https://example.org/news/2023/12/21/hackers-00132871">
                {head_extra}</head><body><h1><a href="/">EXAMPLE Example Logo</a></h1>
                <nav>{navigation}</nav>
                <h2 class="headline">White House looks to its hackers</h2>
                <p>By Ann Other</p><p>{byline}</p><p>The administration believes thefts fund it.</p>
                </body></html>"#
            ));
            read_metadata(&page, "", None)
                .published
                .map(|d| d.to_string())
        };
        // The headline is the <h2> that the Open Graph title confirms, not the logo's <h1>.
        assert_eq!(
            page("", "12/22/2023 05:00 AM EST").as_deref(),
            Some("2023-12-22")
        );
        // A later day shown only as an update leaves the URL's day, unless the metadata
        // publishes on that day too.
        assert_eq!(
            page("", "Updated 12/22/2023 05:00 AM EST").as_deref(),
            Some("2023-12-21")
        );
        assert_eq!(
            page(
                r#"<meta itemprop="datePublished" content="2023-12-22T02:34:30Z">"#,
                "Updated 0339 GMT December 22, 2023"
            )
            .as_deref(),
            Some("2023-12-22")
        );
        // Two days later is not a filing the evening before.
        assert_eq!(
            page("", "12/23/2023 05:00 AM EST").as_deref(),
            Some("2023-12-21")
        );
    }

    #[test]
    fn a_date_under_the_headline_beats_a_time_element_of_another_story() {
        let body = "<span>22 Dec 2023</span><p>Companies bury plant waste at sea.</p>\
            <aside><p>Related</p><time>16 Feb 2024</time><p>Another story</p></aside>";
        assert_eq!(published_of("", body).as_deref(), Some("2023-12-22"));
        // A <time> marked as the publication date still comes first.
        let marked = "<span>22 Dec 2023</span><time pubdate datetime=\"2023-12-21\">Dec 21</time>";
        assert_eq!(published_of("", marked).as_deref(), Some("2023-12-21"));
        // With no date under the headline, the first <time> is read.
        assert_eq!(
            published_of("", "<p>Story</p><time>16 Feb 2024</time>").as_deref(),
            Some("2024-02-16")
        );
    }

    #[test]
    fn a_date_in_running_prose_under_the_headline_is_not_the_articles() {
        let prose = "<p>They were dating for a year after meeting in Nov 2016 and were married \
            on 30th Jun 2018.</p>";
        assert_eq!(published_of("", prose), None);
        let profile = "<table><tr><td>Age</td><td>51 years</td></tr><tr><td>Birthday</td>\
            <td>22nd December, 1972</td></tr></table>";
        assert_eq!(published_of("", profile), None);
        assert_eq!(published_of("", "<p>Born 22 December 1972</p>"), None);
        let stated = "<p>This story was originally published December 22, 2023, 11:09 AM.</p>";
        assert_eq!(
            published_of("", stated).as_deref(),
            Some("2023-12-22T11:09:00")
        );
        assert_eq!(
            published_of("", "<p>By Jane Doe | Dec 22, 2023</p>").as_deref(),
            Some("2023-12-22")
        );
    }

    #[test]
    fn an_evergreen_page_is_dated_by_the_update_it_shows() {
        let head = r#"<script type="application/ld+json">{"@type":"Article","datePublished":"2022-10-24T19:16:43-04:00","dateModified":"2023-12-14T08:00:00-05:00"}</script>"#;
        assert_eq!(
            published_of(
                head,
                "<p>By Jane Doe</p><p>Updated on December 14, 2023</p>"
            )
            .as_deref(),
            Some("2023-12-14T08:00:00-05:00")
        );
        // When the page shows its first publication (or no date at all), that date stands.
        assert_eq!(
            published_of(
                head,
                "<p>Published Oct. 24, 2022, updated Dec. 14, 2023</p>"
            )
            .as_deref(),
            Some("2022-10-24T19:16:43-04:00")
        );
        assert_eq!(
            published_of(head, "<p>By Jane Doe</p>").as_deref(),
            Some("2022-10-24T19:16:43-04:00")
        );
    }

    #[test]
    fn a_utc_timestamp_takes_the_local_day_the_header_shows() {
        let head = r#"<meta property="article:published_time" content="2023-12-23T01:06:51Z">"#;
        assert_eq!(
            published_of(head, "<p>By Jane Doe</p><p>December 22, 2023 5:06pm PT</p>").as_deref(),
            Some("2023-12-22")
        );
        assert_eq!(
            published_of(head, "<p>December 23, 2023</p>").as_deref(),
            Some("2023-12-23T01:06:51Z")
        );
        // At 16:28 UTC it is the 22nd as far west as UTC-12: a caption's 21st is not the day.
        let head = r#"<meta property="article:published_time" content="2023-12-22T16:28:52Z">"#;
        assert_eq!(
            published_of(head, "<p>Skiers on Thursday, Dec. 21, 2023, in Maine.</p>").as_deref(),
            Some("2023-12-22T16:28:52Z")
        );
    }

    #[test]
    fn a_local_timestamp_is_written_in_utc_when_the_header_shows_the_utc_day() {
        let head =
            r#"<meta property="article:published_time" content="2023-12-18T22:57:00-05:00">"#;
        assert_eq!(
            published_of(
                head,
                "<p>By Erik Klemetti</p><p>Dec 19, 2023 3:57 AM</p>\
                 <p>A view of the December 18, 2023 eruption.</p>"
            )
            .as_deref(),
            Some("2023-12-19T03:57:00Z"),
            "the byline's day counts, not the caption's below it"
        );
        assert_eq!(
            published_of(head, "<p>Dec 18, 2023</p>").as_deref(),
            Some("2023-12-18T22:57:00-05:00")
        );
        assert_eq!(
            published_of(head, "<p>By Erik Klemetti</p>").as_deref(),
            Some("2023-12-18T22:57:00-05:00")
        );
    }
}
