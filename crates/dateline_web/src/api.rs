//! The JSON of the API, documented in `openapi.json` (served at `/api/openapi.json`).

use dateline_document::{CharOffsets, Technique};
use dateline_store::{SearchResults, Snippet, SpeakerQuote, SpeakerSummary, TechniqueArticle};
use serde_json::{json, Value};

/// The OpenAPI document of the API.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Highlights as character offsets, like every other span dateline writes.
pub fn snippet_to_json(snippet: &Snippet) -> Value {
    let offsets = CharOffsets::new(&snippet.text);
    json!({
        "text": snippet.text,
        "highlights": snippet
            .highlights
            .iter()
            .filter(|(start, end)| start <= end && *end <= snippet.text.len())
            .map(|&(start, end)| json!({
                "start": offsets.char_offset(start),
                "end": offsets.char_offset(end),
            }))
            .collect::<Vec<_>>(),
    })
}

pub fn article_summary_to_json(article: &dateline_store::ArticleSummary) -> Value {
    json!({
        "id": article.id,
        "title": article.title,
        "site": article.site,
        "url": article.url,
        "source": article.source,
        "published": article.published,
    })
}

pub fn search_results_to_json(results: &SearchResults) -> Value {
    json!({
        "total": results.total,
        "hits": results.hits.iter().map(|hit| {
            let mut value = article_summary_to_json(&hit.article);
            value["score"] = json!(hit.score);
            value["snippet"] = snippet_to_json(&hit.snippet);
            value["quotes"] = hit.quotes.iter().map(|quote| json!({
                "speaker": quote.speaker,
                "snippet": snippet_to_json(&quote.snippet),
            })).collect::<Vec<_>>().into();
            value
        }).collect::<Vec<_>>(),
    })
}

pub fn speakers_to_json(speakers: &[SpeakerSummary]) -> Value {
    Value::Array(
        speakers
            .iter()
            .map(|speaker| {
                json!({
                    "name": speaker.name,
                    "quotes": speaker.quotes,
                    "articles": speaker.articles,
                    "sites": speaker.sites,
                    "first": speaker.first,
                    "last": speaker.last,
                })
            })
            .collect(),
    )
}

pub fn speaker_quotes_to_json(name: &str, quotes: &[SpeakerQuote]) -> Value {
    json!({
        "name": name,
        "quotes": quotes.iter().map(|quote| json!({
            "article": article_summary_to_json(&quote.article),
            "kind": quote.kind,
            "role": quote.role,
            "content": quote.content,
        })).collect::<Vec<_>>(),
    })
}

pub fn technique_to_json(technique: Technique, articles: Option<&[TechniqueArticle]>) -> Value {
    let explanation = dateline_techniques::explanation(technique);
    let mut value = json!({
        "id": technique.id(),
        "name": explanation.map(|e| e.name),
        "explanation": explanation.map(|e| e.text),
    });
    if let Some(articles) = articles {
        value["articles"] = articles
            .iter()
            .map(|used| {
                let mut article = article_summary_to_json(&used.article);
                article["spans"] = json!(used.spans);
                article
            })
            .collect::<Vec<_>>()
            .into();
    }
    value
}
