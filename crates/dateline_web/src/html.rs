//! The web UI's pages, rendered on the server. Everything that comes from an article is
//! untrusted: it goes through [`escape`] (text and attribute values alike), links from articles
//! are kept only for http(s), and pages carry no inline script or style (the Content-Security-Policy
//! forbids both; behaviour comes from /static/app.js).

use dateline_document::Technique;
use dateline_store::{
    ArticleSummary, SearchRequest, SearchResults, Snippet, SpeakerQuote, SpeakerSummary,
    TechniqueArticle,
};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde_json::Value;
use std::fmt::Write;

/// Escapes text for HTML text and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

fn encode(segment: &str) -> String {
    utf8_percent_encode(segment, NON_ALPHANUMERIC).to_string()
}

/// A link to a page of an article only when it is plain http(s): `javascript:` and `data:`
/// links from a hostile page are shown as text.
fn external_link(url: &str) -> String {
    let lowered = url.trim().to_ascii_lowercase();
    if lowered.starts_with("http://") || lowered.starts_with("https://") {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer nofollow\">{}</a>",
            escape(url.trim()),
            escape(url.trim())
        )
    } else {
        escape(url)
    }
}

pub fn layout(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · dateline</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n\
         <script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n\
         <header class=\"top\"><a class=\"brand\" href=\"/\">dateline</a>\
         <nav><a href=\"/\">Search</a><a href=\"/speakers\">Speakers</a>\
         <a href=\"/techniques\">Techniques</a></nav></header>\n{body}\n</body>\n</html>\n",
        escape(title)
    )
}

fn highlighted(snippet: &Snippet) -> String {
    let text = &snippet.text;
    let mut out = String::new();
    let mut cursor = 0;
    for &(start, end) in &snippet.highlights {
        if start < cursor
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&escape(&text[cursor..start]));
        out.push_str("<mark>");
        out.push_str(&escape(&text[start..end]));
        out.push_str("</mark>");
        cursor = end;
    }
    out.push_str(&escape(&text[cursor..]));
    out
}

fn article_line(article: &ArticleSummary) -> String {
    format!(
        "<a class=\"title\" href=\"/articles/{}\">{}</a><div class=\"meta\">{} · {}</div>",
        encode(&article.id),
        escape(article.title.as_deref().unwrap_or("(no title)")),
        escape(article.site.as_deref().unwrap_or("unknown site")),
        escape(article.published.as_deref().unwrap_or("undated")),
    )
}

fn technique_options(selected: Option<&str>) -> String {
    let mut options = String::from("<option value=\"\">any technique</option>");
    for technique in Technique::ALL {
        let name = dateline_techniques::explanation(technique).map_or(technique.id(), |e| e.name);
        let _ = write!(
            options,
            "<option value=\"{}\"{}>{}</option>",
            technique.id(),
            if selected == Some(technique.id()) {
                " selected"
            } else {
                ""
            },
            escape(name)
        );
    }
    options
}

pub fn search_page(request: &SearchRequest, results: Option<&SearchResults>) -> String {
    let value = |field: &Option<String>| escape(field.as_deref().unwrap_or(""));
    let mut body = format!(
        "<main class=\"search\">\n<form class=\"search-form\" method=\"get\" action=\"/search\">\
         <input class=\"query\" type=\"search\" name=\"q\" value=\"{}\" placeholder=\"words, &quot;phrases&quot;, prefix*, AND, OR, NOT\" autofocus>\
         <select name=\"in\"><option value=\"all\">titles, bodies and quotations</option>\
         <option value=\"quotes\"{}>quotations only</option></select>\
         <button type=\"submit\">Search</button>\
         <div class=\"filters\">\
         <input name=\"speaker\" value=\"{}\" placeholder=\"speaker\">\
         <input name=\"entity\" value=\"{}\" placeholder=\"person, organisation, place\">\
         <select name=\"technique\">{}</select>\
         <input name=\"site\" value=\"{}\" placeholder=\"site (host)\">\
         <label>since <input type=\"date\" name=\"since\" value=\"{}\"></label>\
         <label>until <input type=\"date\" name=\"until\" value=\"{}\"></label></div></form>\n",
        escape(&request.query),
        if request.in_quotes { " selected" } else { "" },
        value(&request.speaker),
        value(&request.entity),
        technique_options(request.technique.as_deref()),
        value(&request.site),
        value(&request.since),
        value(&request.until),
    );
    if let Some(results) = results {
        let _ = writeln!(
            body,
            "<p class=\"count\">{} {}</p>\n<ol class=\"results\">",
            results.total,
            if results.total == 1 {
                "article matches"
            } else {
                "articles match"
            }
        );
        for hit in &results.hits {
            let _ = write!(body, "<li>{}", article_line(&hit.article));
            if !hit.snippet.text.is_empty() {
                let _ = write!(
                    body,
                    "<p class=\"snippet\">{}</p>",
                    highlighted(&hit.snippet)
                );
            }
            for quote in &hit.quotes {
                let speaker = match &quote.speaker {
                    Some(name) => format!(
                        "<a href=\"/speakers/{}\">{}</a>",
                        encode(name),
                        escape(name)
                    ),
                    None => "(speaker not given)".to_string(),
                };
                let _ = write!(
                    body,
                    "<blockquote class=\"hit-quote\">{speaker}: “{}”</blockquote>",
                    highlighted(&quote.snippet)
                );
            }
            body.push_str("</li>\n");
        }
        body.push_str("</ol>\n");
    }
    body.push_str("</main>");
    layout("Search", &body)
}

/// Byte offset of every character offset of `text`, with one past the end.
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut offsets: Vec<usize> = text.char_indices().map(|(byte, _)| byte).collect();
    offsets.push(text.len());
    offsets
}

struct Layer {
    start: usize,
    end: usize,
    class: String,
    label: String,
    anchor: Option<String>,
}

const SPEAKER_COLOURS: usize = 8;

/// The article page: text with quotations underlined by speaker colour, entities marked,
/// techniques highlighted, each layer switchable; metadata; a side list of quotations.
pub fn article_page(record: &Value) -> String {
    let text = record["text"].as_str().unwrap_or("");
    let bytes = byte_offsets(text);
    let char_to_byte = |value: &Value| -> Option<usize> {
        value
            .as_u64()
            .and_then(|offset| bytes.get(offset as usize).copied())
    };
    let span_of = |value: &Value| -> Option<(usize, usize)> {
        let start = char_to_byte(&value["start"])?;
        let end = char_to_byte(&value["end"])?;
        (start < end).then_some((start, end))
    };
    let mut layers: Vec<Layer> = Vec::new();
    let mut speakers: Vec<String> = Vec::new();
    let empty = Vec::new();
    let quotes = record["quotes"].as_array().unwrap_or(&empty);
    for (index, quote) in quotes.iter().enumerate() {
        let speaker = quote["speaker"]["name"].as_str().map(str::to_string);
        let colour = match &speaker {
            Some(name) => {
                let position = speakers.iter().position(|s| s == name).unwrap_or_else(|| {
                    speakers.push(name.clone());
                    speakers.len() - 1
                });
                format!("s{}", position % SPEAKER_COLOURS)
            }
            None => "s-none".to_string(),
        };
        let parts = quote["parts"].as_array().filter(|parts| !parts.is_empty());
        let pieces: Vec<(usize, usize)> = match parts {
            Some(parts) => parts.iter().filter_map(span_of).collect(),
            None => span_of(quote).into_iter().collect(),
        };
        for (piece, (start, end)) in pieces.into_iter().enumerate() {
            layers.push(Layer {
                start,
                end,
                class: format!("q {colour}"),
                label: format!(
                    "{} quotation by {}",
                    quote["kind"].as_str().unwrap_or("a"),
                    speaker
                        .as_deref()
                        .unwrap_or("a speaker the article does not name")
                ),
                anchor: (piece == 0).then(|| format!("q{index}")),
            });
        }
    }
    for entity in record["entities"].as_array().unwrap_or(&empty) {
        let kind = entity["kind"].as_str().unwrap_or("entity");
        let kind_class = match kind {
            "person" | "organisation" | "place" => kind,
            _ => "other",
        };
        for mention in entity["mentions"].as_array().unwrap_or(&empty) {
            if let Some((start, end)) = span_of(mention) {
                layers.push(Layer {
                    start,
                    end,
                    class: format!("e e-{kind_class}"),
                    label: format!("{kind}: {}", entity["name"].as_str().unwrap_or("")),
                    anchor: None,
                });
            }
        }
    }
    let mut technique_counts: Vec<(Technique, usize)> = Vec::new();
    for span in record["techniques"].as_array().unwrap_or(&empty) {
        let Some(technique) = span["technique"].as_str().and_then(Technique::from_id) else {
            continue;
        };
        if let Some((start, end)) = span_of(span) {
            match technique_counts.iter_mut().find(|(t, _)| *t == technique) {
                Some((_, count)) => *count += 1,
                None => technique_counts.push((technique, 1)),
            }
            let name =
                dateline_techniques::explanation(technique).map_or(technique.id(), |e| e.name);
            layers.push(Layer {
                start,
                end,
                class: format!("t t-{}", technique.id()),
                label: format!(
                    "{name} (score {:.2})",
                    span["score"].as_f64().unwrap_or(0.0)
                ),
                anchor: None,
            });
        }
    }

    let mut body = String::from("<main class=\"article\">\n<article>\n");
    let title = record["title"].as_str().unwrap_or("(no title)");
    let _ = write!(body, "<h1>{}</h1>\n<dl class=\"facts\">", escape(title));
    let mut fact = |name: &str, value: String| {
        if !value.is_empty() {
            let _ = write!(body, "<dt>{name}</dt><dd>{value}</dd>");
        }
    };
    let string = |key: &str| record[key].as_str().map(escape).unwrap_or_default();
    fact("site", string("site"));
    fact("published", string("published"));
    fact(
        "by",
        record["authors"]
            .as_array()
            .map(|authors| {
                authors
                    .iter()
                    .filter_map(Value::as_str)
                    .map(escape)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
    );
    if let Some((start, end)) = span_of(&record["dateline"]) {
        fact("dateline", escape(&text[start..end]));
    }
    fact(
        "credit",
        record["credit"]["agency"]
            .as_str()
            .map(escape)
            .unwrap_or_default(),
    );
    fact("language", string("language"));
    fact(
        "url",
        record["url"]
            .as_str()
            .map(external_link)
            .unwrap_or_default(),
    );
    fact(
        "source",
        record["source"]["path"]
            .as_str()
            .map(escape)
            .unwrap_or_default(),
    );
    body.push_str("</dl>\n<div class=\"toggles\">\
        <label><input type=\"checkbox\" data-layer=\"quotes\" checked> quotations</label>\
        <label><input type=\"checkbox\" data-layer=\"entities\" checked> people, organisations, places</label>\
        <label><input type=\"checkbox\" data-layer=\"techniques\" checked> techniques</label></div>\n");
    if !technique_counts.is_empty() {
        body.push_str("<p class=\"technique-counts\">");
        for (technique, count) in &technique_counts {
            let name =
                dateline_techniques::explanation(*technique).map_or(technique.id(), |e| e.name);
            let _ = write!(
                body,
                "<a class=\"t t-{id}\" href=\"/techniques/{id}\">{} × {count}</a> ",
                escape(name),
                id = technique.id()
            );
        }
        body.push_str("</p>\n");
    }
    body.push_str("<div class=\"text\">\n");
    let mut blocks: Vec<(usize, usize)> = record["paragraphs"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .filter_map(span_of)
        .collect();
    if blocks.is_empty() {
        blocks = span_of(&record["body"]).into_iter().collect();
    }
    for (start, end) in blocks {
        body.push_str("<p>");
        render_block(text, start, end, &layers, &mut body);
        body.push_str("</p>\n");
    }
    body.push_str("</div>\n</article>\n<aside class=\"quotes\">\n<h2>Quotations</h2>\n<ol>\n");
    for (index, quote) in quotes.iter().enumerate() {
        let speaker = match quote["speaker"]["name"].as_str() {
            Some(name) => format!(
                "<a href=\"/speakers/{}\">{}</a>",
                encode(name),
                escape(name)
            ),
            None => "<span class=\"unknown\">speaker not given</span>".to_string(),
        };
        let role = quote["speaker"]["role"]
            .as_str()
            .map(|role| format!(" <span class=\"role\">{}</span>", escape(role)))
            .unwrap_or_default();
        let content = span_of(quote)
            .map(|(start, end)| {
                let full = &text[start..end];
                let cut: String = full.chars().take(220).collect();
                if cut.len() < full.len() {
                    format!("{cut}…")
                } else {
                    cut
                }
            })
            .unwrap_or_default();
        let _ = writeln!(
            body,
            "<li><a class=\"jump\" href=\"#q{index}\">{}</a> {speaker}{role}<br>“{}”</li>",
            escape(quote["kind"].as_str().unwrap_or("")),
            escape(&content)
        );
    }
    body.push_str("</ol>\n</aside>\n</main>");
    layout(title, &body)
}

/// One paragraph, cut at every layer boundary so that overlapping layers never need nested
/// tags that cross.
fn render_block(text: &str, start: usize, end: usize, layers: &[Layer], out: &mut String) {
    let inside: Vec<&Layer> = layers
        .iter()
        .filter(|layer| layer.start < end && layer.end > start)
        .collect();
    let mut cuts: Vec<usize> = vec![start, end];
    for layer in &inside {
        cuts.push(layer.start.clamp(start, end));
        cuts.push(layer.end.clamp(start, end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        if from >= to || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
            continue;
        }
        let active: Vec<&&Layer> = inside
            .iter()
            .filter(|layer| layer.start <= from && layer.end >= to)
            .collect();
        let piece = escape(&text[from..to]);
        if active.is_empty() {
            out.push_str(&piece);
            continue;
        }
        let classes: Vec<&str> = active.iter().map(|layer| layer.class.as_str()).collect();
        let labels: Vec<&str> = active.iter().map(|layer| layer.label.as_str()).collect();
        let anchor = active
            .iter()
            .find(|layer| layer.start == from && layer.anchor.is_some())
            .and_then(|layer| layer.anchor.as_deref())
            .map(|id| format!(" id=\"{id}\""))
            .unwrap_or_default();
        let _ = write!(
            out,
            "<span{anchor} class=\"{}\" title=\"{}\">{piece}</span>",
            escape(&classes.join(" ")),
            escape(&labels.join(" · "))
        );
    }
}

pub fn speakers_page(speakers: &[SpeakerSummary]) -> String {
    let mut body = String::from(
        "<main class=\"list\">\n<h1>Speakers</h1>\n<table>\n<thead><tr><th>speaker</th>\
         <th>quotations</th><th>articles</th><th>sites</th><th>first</th><th>last</th></tr></thead>\n<tbody>\n",
    );
    for speaker in speakers {
        let _ = writeln!(
            body,
            "<tr><td><a href=\"/speakers/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            encode(&speaker.name),
            escape(&speaker.name),
            speaker.quotes,
            speaker.articles,
            escape(&speaker.sites.join(", ")),
            escape(speaker.first.as_deref().unwrap_or("")),
            escape(speaker.last.as_deref().unwrap_or("")),
        );
    }
    body.push_str("</tbody>\n</table>\n</main>");
    layout("Speakers", &body)
}

pub fn speaker_page(name: &str, quotes: &[SpeakerQuote]) -> String {
    let mut body = format!(
        "<main class=\"list\">\n<h1>{}</h1>\n<p class=\"count\">{} quotations</p>\n<table>\n\
         <thead><tr><th>date</th><th>outlet</th><th>quotation</th><th>article</th></tr></thead>\n<tbody>\n",
        escape(name),
        quotes.len()
    );
    for quote in quotes {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>“{}”{}</td><td><a href=\"/articles/{}\">{}</a></td></tr>",
            escape(quote.article.published.as_deref().unwrap_or("undated")),
            escape(quote.article.site.as_deref().unwrap_or("")),
            escape(&quote.content),
            quote
                .role
                .as_deref()
                .map(|role| format!(" <span class=\"role\">{}</span>", escape(role)))
                .unwrap_or_default(),
            encode(&quote.article.id),
            escape(quote.article.title.as_deref().unwrap_or("(no title)")),
        );
    }
    body.push_str("</tbody>\n</table>\n</main>");
    layout(name, &body)
}

pub fn techniques_page() -> String {
    let mut body = format!(
        "<main class=\"list\">\n<h1>Persuasion techniques</h1>\n<p>{}</p>\n<ul class=\"techniques\">\n",
        escape(dateline_techniques::introduction())
    );
    for technique in Technique::ALL {
        let name = dateline_techniques::explanation(technique).map_or(technique.id(), |e| e.name);
        let _ = writeln!(
            body,
            "<li><a class=\"t t-{id}\" href=\"/techniques/{id}\">{}</a></li>",
            escape(name),
            id = technique.id()
        );
    }
    body.push_str("</ul>\n</main>");
    layout("Techniques", &body)
}

pub fn technique_page(technique: Technique, articles: &[TechniqueArticle]) -> String {
    let explanation = dateline_techniques::explanation(technique);
    let name = explanation.map_or(technique.id(), |e| e.name);
    let mut body = format!(
        "<main class=\"list\">\n<h1><span class=\"t t-{}\">{}</span></h1>\n<div class=\"explanation\">",
        technique.id(),
        escape(name)
    );
    // What, Example and Limits each start a line of the explanation; each becomes a paragraph.
    let mut paragraphs: Vec<String> = Vec::new();
    for line in explanation.map_or("", |e| e.text).lines() {
        let starts_part = ["What:", "Example:", "Limits:"]
            .iter()
            .any(|part| line.starts_with(part));
        match paragraphs.last_mut() {
            Some(last) if !starts_part => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => paragraphs.push(line.trim().to_string()),
        }
    }
    for paragraph in paragraphs {
        let _ = write!(body, "<p>{}</p>", escape(&paragraph));
    }
    let _ = write!(
        body,
        "</div>\n<h2>Articles that use it most</h2>\n<ol class=\"results\">\n"
    );
    for used in articles {
        let _ = writeln!(
            body,
            "<li>{} <span class=\"count\">{} spans</span></li>",
            article_line(&used.article),
            used.spans
        );
    }
    body.push_str("</ol>\n</main>");
    layout(name, &body)
}

pub fn error_page(status: u16, message: &str) -> String {
    layout(
        &format!("{status}"),
        &format!(
            "<main class=\"list\"><h1>{status}</h1><p>{}</p></main>",
            escape(message)
        ),
    )
}
