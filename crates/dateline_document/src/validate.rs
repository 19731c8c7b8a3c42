//! The layer validator: every invariant a document's layers promise, checked in one place.
//!
//! Tests run it on every fixture; the CLI runs it in debug builds. It reports, never repairs.

use crate::{Document, TextRange};

/// One broken invariant, named for a reader of a failing test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayerViolation(pub String);

/// Checks that every span fits the text on `char` boundaries, that paragraphs lie in the body in
/// order without overlapping, that the dateline lies in the body and that boilerplate never
/// overlaps the body.
pub fn validate_layers(document: &Document) -> Vec<LayerViolation> {
    let mut violations = Vec::new();
    let text = &document.text;
    let mut check_fits = |layer: &str, range: TextRange| {
        if !range.is_valid_in(text) {
            violations.push(LayerViolation(format!(
                "{layer} {range:?} does not fit the text ({} bytes) on char boundaries",
                text.len()
            )));
            false
        } else {
            true
        }
    };
    check_fits("body", document.body);
    if let Some(range) = document.metadata.title_range {
        check_fits("title", range);
    }
    for range in &document.boilerplate {
        check_fits("boilerplate", *range);
    }
    for paragraph in &document.paragraphs {
        check_fits("paragraph", paragraph.range);
    }
    if let Some(dateline) = &document.dateline {
        check_fits("dateline", dateline.range);
    }
    if let Some(credit) = &document.credit {
        check_fits("credit", credit.range);
    }
    for sentence in &document.sentences {
        check_fits("sentence", *sentence);
    }
    for entity in &document.entities {
        for mention in &entity.mentions {
            check_fits("entity mention", *mention);
        }
    }
    let mut technique_violations = Vec::new();
    for span in &document.techniques {
        if check_fits("technique", span.range) && span.range.is_empty() {
            technique_violations.push(LayerViolation(format!(
                "technique {} {:?} is empty",
                span.technique.id(),
                span.range
            )));
        }
        if !(0.0..=1.0).contains(&span.score) {
            technique_violations.push(LayerViolation(format!(
                "technique {} {:?} has score {} outside 0..=1",
                span.technique.id(),
                span.range,
                span.score
            )));
        }
    }
    for quote in &document.quotes {
        check_fits("quote content", quote.content);
        for part in &quote.parts {
            check_fits("quote part", *part);
        }
        if let Some(cue) = quote.cue {
            check_fits("quote cue", cue);
        }
        if let Some(source) = quote.source {
            check_fits("quote source", source);
        }
    }

    let mut previous_end = 0;
    for paragraph in &document.paragraphs {
        if !document.body.contains_range(paragraph.range) {
            violations.push(LayerViolation(format!(
                "paragraph {:?} lies outside the body {:?}",
                paragraph.range, document.body
            )));
        }
        if paragraph.range.start() < previous_end {
            violations.push(LayerViolation(format!(
                "paragraph {:?} overlaps or precedes the one before it",
                paragraph.range
            )));
        }
        if paragraph.range.is_empty() {
            violations.push(LayerViolation(format!(
                "paragraph {:?} is empty",
                paragraph.range
            )));
        }
        previous_end = paragraph.range.end();
    }
    for range in &document.boilerplate {
        if range.intersects(document.body) {
            violations.push(LayerViolation(format!(
                "boilerplate {range:?} overlaps the body {:?}",
                document.body
            )));
        }
    }
    for (index, entity) in document.entities.iter().enumerate() {
        if entity.id != index {
            violations.push(LayerViolation(format!(
                "entity {} sits at index {index}",
                entity.id
            )));
        }
    }
    for quote in &document.quotes {
        if quote.content.is_empty() {
            violations.push(LayerViolation(format!(
                "quote {:?} has empty content",
                quote.content
            )));
        }
        if quote
            .parts
            .iter()
            .any(|part| !quote.content.contains_range(*part))
        {
            violations.push(LayerViolation(format!(
                "quote {:?} has a part outside its content",
                quote.content
            )));
        }
        let entity = quote.speaker.as_ref().and_then(|speaker| speaker.entity);
        if let Some(entity) = entity {
            if entity >= document.entities.len() {
                violations.push(LayerViolation(format!(
                    "quote {:?} names speaker entity {entity}, which does not exist",
                    quote.content
                )));
            }
        }
    }
    if let Some(dateline) = &document.dateline {
        if !document.body.contains_range(dateline.range) {
            violations.push(LayerViolation(format!(
                "dateline {:?} lies outside the body {:?}",
                dateline.range, document.body
            )));
        }
    }
    violations.extend(technique_violations);
    violations
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{InputKind, Paragraph, ParagraphKind, Source};

    #[test]
    fn reports_paragraph_outside_body_and_bad_boundary() {
        let mut document = Document::new(
            Source::from_path("x"),
            InputKind::PlainText,
            "Title\n\nBody é".to_string(),
        );
        document.body = TextRange::new(7, document.text.len());
        document.paragraphs.push(Paragraph {
            range: TextRange::new(0, 5),
            kind: ParagraphKind::Heading,
        });
        document.boilerplate.push(TextRange::new(0, 13));
        let violations = validate_layers(&document);
        assert_eq!(violations.len(), 3, "{violations:?}");
    }

    #[test]
    fn accepts_a_consistent_document() {
        let mut document = Document::new(
            Source::from_path("x"),
            InputKind::PlainText,
            "Title\n\nBody".to_string(),
        );
        document.body = TextRange::new(7, 11);
        document.boilerplate.push(TextRange::new(0, 5));
        document.paragraphs.push(Paragraph {
            range: TextRange::new(7, 11),
            kind: ParagraphKind::Paragraph,
        });
        assert!(validate_layers(&document).is_empty());
    }
}
