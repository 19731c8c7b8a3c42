//! Persuasion techniques as scored spans: where an article persuades rather than informs.
//!
//! Brief overview:
//! - [`tokens`] turns text into the tokens every feature is computed from;
//! - [`features`] hashes token and span features into fixed tables;
//! - [`train()`] fits the linear models (a span finder, a sentence detector and two technique
//!   namers), seeded;
//! - [`TechniquesModel`] is the model and its file format; [`TechniquesModel::shipped`] is the
//!   model trained on the Propaganda Techniques Corpus that ships inside the binary;
//! - [`find_techniques`] and [`annotate_techniques`] predict; [`score`] holds the task's scores;
//! - [`corpus`] reads labelled articles in the corpus layout.
//!
//! The engine detects and explains; it never rewrites or generates text.
//!
//! # The techniques
#![doc = include_str!("explanations.md")]

pub mod corpus;
mod detect;
mod explanation;
pub mod features;
mod lexicon;
mod model;
pub mod score;
pub mod tokens;
mod train;

pub use detect::{best_technique, find_techniques, name_spans, TechniqueProbabilities};
pub use explanation::{explanation, introduction, Explanation};
pub use model::{LinearModel, ModelError, TechniquesModel, FORMAT_VERSION, SHIPPED_MODEL};
pub use train::{train, TrainingOptions};

use dateline_document::{Document, TechniqueSpan, TextRange};

/// The regions of a document the techniques stage reads: the title (when it is part of the
/// text), then the body's sentences.
pub fn document_regions(document: &Document) -> Vec<TextRange> {
    let mut regions = Vec::with_capacity(document.sentences.len() + 1);
    if let Some(title) = document.metadata.title_range {
        regions.push(title);
    }
    regions.extend(document.sentences.iter().filter(|sentence| {
        document
            .metadata
            .title_range
            .is_none_or(|title| !title.intersects(**sentence))
    }));
    regions
}

/// The techniques layer of a document whose sentences are already split.
pub fn annotate_techniques(
    document: &Document,
    model: &TechniquesModel,
    min_score: f32,
) -> Vec<TechniqueSpan> {
    find_techniques(
        &document.text,
        &document_regions(document),
        model,
        min_score,
    )
}

/// Corpus articles are read as one region: their lines are their sentences.
pub fn corpus_regions(text: &str) -> [TextRange; 1] {
    [TextRange::new(0, text.len())]
}
