//! The JSON output contract (docs/output.md): one object per input, offsets in characters.
//!
//! Byte offsets become Unicode character offsets here and nowhere else, so that Python slicing
//! of `text` gives each span.

use dateline_document::{CharOffsets, Document, Source, TextRange};
use serde_json::{json, Map, Value};

use crate::analyze::PageResult;

/// The version of the output contract; bump it when a field changes meaning or goes away.
pub const OUTPUT_VERSION: u32 = 1;

pub fn page_result_to_json(result: &PageResult) -> Value {
    match result {
        PageResult::Analysed(document) => document_to_json(document),
        PageResult::Failed { source, message } => json!({
            "version": OUTPUT_VERSION,
            "source": source_to_json(source),
            "error": message,
            "kind": null,
            "text": "",
            "body": {"start": 0, "end": 0},
            "boilerplate": [],
            "title": null,
            "title_span": null,
            "authors": [],
            "published": null,
            "language": null,
            "site": null,
            "url": null,
            "description": null,
            "dateline": null,
            "credit": null,
            "paragraphs": [],
            "sentences": [],
            "entities": [],
            "quotes": [],
            "techniques": [],
            "diagnostics": [],
        }),
    }
}

fn source_to_json(source: &Source) -> Value {
    let mut object = Map::new();
    if let Some(path) = &source.path {
        object.insert("path".into(), json!(path));
    }
    if let Some(line) = source.line {
        object.insert("line".into(), json!(line));
    }
    if let Some(url) = &source.url {
        object.insert("url".into(), json!(url));
    }
    Value::Object(object)
}

pub fn document_to_json(document: &Document) -> Value {
    let offsets = CharOffsets::new(&document.text);
    let span = |range: TextRange| {
        let (start, end) = offsets.char_range(range);
        json!({"start": start, "end": end})
    };
    let metadata = &document.metadata;
    json!({
        "version": OUTPUT_VERSION,
        "source": source_to_json(&document.source),
        "error": null,
        "kind": document.input_kind.as_str(),
        "text": document.text,
        "body": span(document.body),
        "boilerplate": document.boilerplate.iter().map(|range| span(*range)).collect::<Vec<_>>(),
        "title": metadata.title,
        "title_span": metadata.title_range.map(span),
        "authors": metadata.authors,
        "published": metadata.published.map(|date| date.to_string()),
        "language": metadata.language,
        "site": metadata.site,
        "url": metadata.url,
        "description": metadata.description,
        "dateline": document.dateline.as_ref().map(|dateline| {
            let (start, end) = offsets.char_range(dateline.range);
            json!({"start": start, "end": end, "place": dateline.place, "date": dateline.date})
        }),
        "credit": document.credit.as_ref().map(|credit| {
            let (start, end) = offsets.char_range(credit.range);
            json!({"start": start, "end": end, "agency": credit.agency})
        }),
        "paragraphs": document.paragraphs.iter().map(|paragraph| {
            let (start, end) = offsets.char_range(paragraph.range);
            json!({"start": start, "end": end, "kind": paragraph.kind.as_str()})
        }).collect::<Vec<_>>(),
        "sentences": document.sentences.iter().map(|range| span(*range)).collect::<Vec<_>>(),
        "entities": document.entities.iter().map(|entity| json!({
            "id": entity.id,
            "kind": entity.kind.as_str(),
            "name": entity.name,
            "mentions": entity.mentions.iter().map(|range| span(*range)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "quotes": document.quotes.iter().map(|quote| json!({
            "start": offsets.char_offset(quote.content.start()),
            "end": offsets.char_offset(quote.content.end()),
            "parts": quote.parts.iter().map(|range| span(*range)).collect::<Vec<_>>(),
            "kind": quote.kind.as_str(),
            "cue": quote.cue.map(span),
            "source": quote.source.map(span),
            "speaker": quote.speaker.as_ref().map(|speaker| json!({
                "name": speaker.name,
                "role": speaker.role,
                "entity": speaker.entity,
            })),
        })).collect::<Vec<_>>(),
        "techniques": document.techniques.iter().map(|span| {
            let (start, end) = offsets.char_range(span.range);
            // Three decimals: the score is a confidence, not a measurement.
            let score = (f64::from(span.score) * 1000.0).round() / 1000.0;
            json!({"technique": span.technique.id(), "start": start, "end": end, "score": score})
        }).collect::<Vec<_>>(),
        "diagnostics": document.diagnostics.iter().map(|diagnostic| {
            json!({"stage": diagnostic.stage, "message": diagnostic.message})
        }).collect::<Vec<_>>(),
    })
}
