//! Training and prediction on a tiny corpus written for dateline (tests/tiny-corpus, in the
//! layout of SemEval-2020 Task 11): the model must recover the spans it was trained on, find none
//! in neutral text, and come out byte for byte the same for the same seed.

use dateline_document::{Technique, TextRange};
use dateline_techniques::corpus::read_corpus;
use dateline_techniques::{
    best_technique, corpus_regions, find_techniques, name_spans, train, ModelError,
    TechniquesModel, TrainingOptions,
};
use std::path::Path;

fn tiny_corpus() -> Vec<dateline_techniques::corpus::LabelledArticle> {
    read_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tiny-corpus"))
        .expect("the tiny corpus reads")
}

/// The defaults were chosen by cross-validation on the Propaganda Techniques Corpus (371 articles,
/// a tenth of all words in spans); eight short articles need more passes over them, and their
/// own threshold is the plain 0.5.
fn tiny_options() -> TrainingOptions {
    TrainingOptions {
        span_epochs: 60,
        threshold: 0.5,
        ..TrainingOptions::default()
    }
}

fn tiny_model() -> TechniquesModel {
    train(&tiny_corpus(), &tiny_options())
}

fn found_in(model: &TechniquesModel, text: &str) -> Vec<(String, Technique)> {
    find_techniques(text, &corpus_regions(text), model, model.default_threshold)
        .into_iter()
        .map(|span| (span.range.slice(text).unwrap().to_string(), span.technique))
        .collect()
}

#[test]
fn the_tiny_corpus_reads_with_its_spans() {
    let articles = tiny_corpus();
    assert_eq!(articles.len(), 8);
    let first = &articles[0];
    assert_eq!(first.id, "1");
    assert_eq!(first.spans[0].range.slice(&first.text), Some("reckless"));
    assert_eq!(first.spans[0].technique, Technique::LoadedLanguage);
}

#[test]
fn the_model_recovers_the_spans_it_was_trained_on() {
    let model = tiny_model();
    let articles = tiny_corpus();
    let mut gold = 0;
    let mut recovered = 0;
    let mut found_at_all = 0;
    for article in &articles {
        let found = find_techniques(
            &article.text,
            &corpus_regions(&article.text),
            &model,
            model.default_threshold,
        );
        let named = name_spans(
            &article.text,
            &corpus_regions(&article.text),
            &model,
            &article
                .spans
                .iter()
                .map(|span| span.range)
                .collect::<Vec<_>>(),
        );
        for (span, named) in article.spans.iter().zip(&named) {
            gold += 1;
            if found.iter().any(|f| f.range.intersects(span.range)) {
                found_at_all += 1;
            }
            assert_eq!(
                best_technique(named),
                span.technique,
                "{:?} named wrongly",
                span.range.slice(&article.text)
            );
            if found
                .iter()
                .any(|f| f.range.intersects(span.range) && f.technique == span.technique)
            {
                recovered += 1;
            }
        }
    }
    // Every span is found; a span the finder joins with a neighbour of another technique in
    // the same clause is reported with one or two techniques, so a few lose theirs.
    assert_eq!(
        found_at_all, gold,
        "found {found_at_all} of {gold} training spans"
    );
    assert!(
        recovered * 10 >= gold * 7,
        "recovered {recovered} of {gold} training spans with their technique"
    );
}

#[test]
fn neutral_text_has_no_spans() {
    let model = tiny_model();
    let neutral = "Harbour works finish early\n\nThe harbour authority finished dredging the \
                   east basin on Thursday.\nShips will use the new berth from next week.\n";
    assert_eq!(found_in(&model, neutral), Vec::new());
}

#[test]
fn unseen_sentences_with_trained_words_are_found() {
    let model = tiny_model();
    let text =
        "Minister under fire\n\nThe union called the minister a corrupt puppet of the banks.\n";
    let found = found_in(&model, text);
    assert!(
        found
            .iter()
            .any(|(span, technique)| span.contains("corrupt puppet")
                && *technique == Technique::NameCallingLabeling),
        "{found:?}"
    );
}

#[test]
fn gold_spans_are_named() {
    let model = tiny_model();
    let text = "Rally\n\nThey said every true patriot will vote.\n";
    let start = text.find("every true patriot").unwrap();
    let range = TextRange::new(start, start + "every true patriot".len());
    let named = name_spans(text, &corpus_regions(text), &model, &[range]);
    assert_eq!(best_technique(&named[0]), Technique::FlagWaving);
}

#[test]
fn the_same_seed_gives_the_same_model_bytes_and_another_seed_does_not() {
    let articles = tiny_corpus();
    let options = tiny_options();
    let first = train(&articles, &options).to_bytes();
    let second = train(&articles, &options).to_bytes();
    assert_eq!(first, second);
    let other = TrainingOptions {
        seed: options.seed + 1,
        ..options
    };
    assert_ne!(first, train(&articles, &other).to_bytes());
}

#[test]
fn the_model_file_round_trips() {
    let model = tiny_model();
    let bytes = model.to_bytes();
    let read = TechniquesModel::from_bytes(&bytes).expect("a written model reads back");
    // Weights are stored in 16 bits, so the model read back writes the very same bytes and
    // predicts the same spans.
    assert_eq!(read.to_bytes(), bytes);
    let text = &tiny_corpus()[0].text;
    assert_eq!(found_in(&read, text), found_in(&model, text));
}

#[test]
fn damaged_model_files_are_refused_with_a_reason() {
    let bytes = tiny_model().to_bytes();
    assert_eq!(
        TechniquesModel::from_bytes(b"hello").unwrap_err(),
        ModelError::BadMagic
    );
    assert_eq!(
        TechniquesModel::from_bytes(&bytes[..bytes.len() / 2]).unwrap_err(),
        ModelError::Corrupt("checksum mismatch")
    );
    assert_eq!(
        TechniquesModel::from_bytes(&bytes[..10]).unwrap_err(),
        ModelError::Truncated
    );
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x10;
    assert!(TechniquesModel::from_bytes(&flipped).is_err());
    let mut newer = bytes;
    newer[8] = 99;
    assert_eq!(
        TechniquesModel::from_bytes(&newer).unwrap_err(),
        ModelError::UnsupportedVersion { found: 99 }
    );
}

#[test]
fn the_namer_of_found_spans_also_learns_from_spans_found_in_inner_folds() {
    let articles = tiny_corpus();
    let gold_only = train(
        &articles,
        &TrainingOptions {
            namer_inner_folds: 0,
            ..tiny_options()
        },
    );
    let with_found = tiny_model();
    // Found spans reach words outside every gold span, so training touches more weights.
    let touched = |model: &TechniquesModel| {
        model
            .found_span_namer
            .weights
            .iter()
            .filter(|weight| **weight != 0.0)
            .count()
    };
    assert!(touched(&with_found) > touched(&gold_only));
    // Spans as people mark them are named by a namer that never saw the finder's spans.
    assert_eq!(gold_only.span_finder, with_found.span_finder);
}

#[test]
fn the_shipped_model_loads() {
    let model = TechniquesModel::shipped().expect("the shipped model reads");
    assert_eq!(model.technique_namer.classes, 14);
    assert!((0.0..=1.0).contains(&model.default_threshold));
}
