//! The JSON output contract (docs/output.md): one object per input, offsets in characters.
//!
//! Byte offsets become Unicode character offsets here and nowhere else, so that Python slicing
//! of `text` gives each span.

use dateline_document::{CharOffsets, Document, Source, TextRange};
use serde::Serialize;
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

/// One page's record, written straight from the document: building a `serde_json::Value` tree
/// first (a map for every sentence and mention) was about a tenth of the whole process's time
/// over the PolNeAR texts with the quotation layers on.
#[derive(Serialize)]
#[serde(untagged)]
pub enum PageRecord<'a> {
    Analysed(Box<DocumentRecord<'a>>),
    Failed(Value),
}

pub fn page_record(result: &PageResult) -> PageRecord<'_> {
    match result {
        PageResult::Analysed(document) => PageRecord::Analysed(Box::new(document_record(document))),
        failed @ PageResult::Failed { .. } => PageRecord::Failed(page_result_to_json(failed)),
    }
}

pub fn document_to_json(document: &Document) -> Value {
    serde_json::to_value(document_record(document)).unwrap_or(Value::Null)
}

// The records' fields are in alphabetical order, the order `serde_json::Map` writes keys in, so
// that the output stays byte for byte what it was when records were built as maps.

#[derive(Serialize)]
pub struct DocumentRecord<'a> {
    authors: &'a [String],
    body: SpanRecord,
    boilerplate: Vec<SpanRecord>,
    credit: Option<CreditRecord<'a>>,
    dateline: Option<DatelineRecord<'a>>,
    description: Option<&'a str>,
    diagnostics: Vec<DiagnosticRecord<'a>>,
    entities: Vec<EntityRecord<'a>>,
    error: Option<&'a str>,
    kind: &'static str,
    language: Option<&'a str>,
    paragraphs: Vec<ParagraphRecord>,
    published: Option<String>,
    quotes: Vec<QuoteRecord<'a>>,
    sentences: Vec<SpanRecord>,
    site: Option<&'a str>,
    source: SourceRecord<'a>,
    techniques: Vec<TechniqueRecord>,
    text: &'a str,
    title: Option<&'a str>,
    title_span: Option<SpanRecord>,
    url: Option<&'a str>,
    version: u32,
}

#[derive(Serialize)]
struct SpanRecord {
    end: usize,
    start: usize,
}

#[derive(Serialize)]
struct SourceRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct CreditRecord<'a> {
    agency: &'a str,
    end: usize,
    start: usize,
}

#[derive(Serialize)]
struct DatelineRecord<'a> {
    date: Option<&'a str>,
    end: usize,
    place: Option<&'a str>,
    start: usize,
}

#[derive(Serialize)]
struct DiagnosticRecord<'a> {
    message: &'a str,
    stage: &'static str,
}

#[derive(Serialize)]
struct EntityRecord<'a> {
    id: usize,
    kind: &'static str,
    mentions: Vec<SpanRecord>,
    name: &'a str,
}

#[derive(Serialize)]
struct ParagraphRecord {
    end: usize,
    kind: &'static str,
    start: usize,
}

#[derive(Serialize)]
struct QuoteRecord<'a> {
    cue: Option<SpanRecord>,
    end: usize,
    kind: &'static str,
    parts: Vec<SpanRecord>,
    source: Option<SpanRecord>,
    speaker: Option<SpeakerRecord<'a>>,
    start: usize,
}

#[derive(Serialize)]
struct SpeakerRecord<'a> {
    entity: Option<usize>,
    name: &'a str,
    role: Option<&'a str>,
}

#[derive(Serialize)]
struct TechniqueRecord {
    end: usize,
    score: f64,
    start: usize,
    technique: &'static str,
}

fn source_record(source: &Source) -> SourceRecord<'_> {
    SourceRecord {
        line: source.line,
        path: source.path.as_deref(),
        url: source.url.as_deref(),
    }
}

pub fn document_record(document: &Document) -> DocumentRecord<'_> {
    let offsets = CharOffsets::new(&document.text);
    let span = |range: TextRange| {
        let (start, end) = offsets.char_range(range);
        SpanRecord { end, start }
    };
    let metadata = &document.metadata;
    DocumentRecord {
        authors: &metadata.authors,
        body: span(document.body),
        boilerplate: document
            .boilerplate
            .iter()
            .map(|range| span(*range))
            .collect(),
        credit: document.credit.as_ref().map(|credit| {
            let (start, end) = offsets.char_range(credit.range);
            CreditRecord {
                agency: &credit.agency,
                end,
                start,
            }
        }),
        dateline: document.dateline.as_ref().map(|dateline| {
            let (start, end) = offsets.char_range(dateline.range);
            DatelineRecord {
                date: dateline.date.as_deref(),
                end,
                place: dateline.place.as_deref(),
                start,
            }
        }),
        description: metadata.description.as_deref(),
        diagnostics: document
            .diagnostics
            .iter()
            .map(|diagnostic| DiagnosticRecord {
                message: &diagnostic.message,
                stage: diagnostic.stage,
            })
            .collect(),
        entities: document
            .entities
            .iter()
            .map(|entity| EntityRecord {
                id: entity.id,
                kind: entity.kind.as_str(),
                mentions: entity.mentions.iter().map(|range| span(*range)).collect(),
                name: &entity.name,
            })
            .collect(),
        error: None,
        kind: document.input_kind.as_str(),
        language: metadata.language.as_deref(),
        paragraphs: document
            .paragraphs
            .iter()
            .map(|paragraph| {
                let (start, end) = offsets.char_range(paragraph.range);
                ParagraphRecord {
                    end,
                    kind: paragraph.kind.as_str(),
                    start,
                }
            })
            .collect(),
        published: metadata.published.map(|date| date.to_string()),
        quotes: document
            .quotes
            .iter()
            .map(|quote| QuoteRecord {
                cue: quote.cue.map(span),
                end: offsets.char_offset(quote.content.end()),
                kind: quote.kind.as_str(),
                parts: quote.parts.iter().map(|range| span(*range)).collect(),
                source: quote.source.map(span),
                speaker: quote.speaker.as_ref().map(|speaker| SpeakerRecord {
                    entity: speaker.entity,
                    name: &speaker.name,
                    role: speaker.role.as_deref(),
                }),
                start: offsets.char_offset(quote.content.start()),
            })
            .collect(),
        sentences: document
            .sentences
            .iter()
            .map(|range| span(*range))
            .collect(),
        site: metadata.site.as_deref(),
        source: source_record(&document.source),
        techniques: document
            .techniques
            .iter()
            .map(|technique| {
                let (start, end) = offsets.char_range(technique.range);
                TechniqueRecord {
                    end,
                    // Three decimals: the score is a confidence, not a measurement.
                    score: (f64::from(technique.score) * 1000.0).round() / 1000.0,
                    start,
                    technique: technique.technique.id(),
                }
            })
            .collect(),
        text: &document.text,
        title: metadata.title.as_deref(),
        title_span: metadata.title_range.map(span),
        url: metadata.url.as_deref(),
        version: OUTPUT_VERSION,
    }
}
