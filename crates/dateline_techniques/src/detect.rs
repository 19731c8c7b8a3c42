//! Prediction: the span finder scores every token, each sentence's likely tokens become one span,
//! and the namer of found spans names it.

use crate::features::{sentence_features, span_features, token_features};
use crate::model::{LinearModel, TechniquesModel};
use crate::tokens::{ArticleTokens, TokenShape};
use crate::train::{sigmoid, softmax, tokens_of};
use dateline_document::{Technique, TechniqueSpan, TextRange};

/// How far below the seed threshold a span's edges may reach, as a share of it.
const EXTENSION_RATIO: f32 = 0.6;

/// How likely another technique must be for a span to be reported with it as well.
const SECOND_TECHNIQUE_PROBABILITY: f32 = 0.3;

/// The probability of each technique for one span, in [`Technique::ALL`] order.
pub type TechniqueProbabilities = [f32; 14];

/// Finds persuasive spans in the given regions of `text` (sentences, a title), reporting those
/// whose score reaches `min_score`, ordered by start.
pub fn find_techniques(
    text: &str,
    regions: &[TextRange],
    model: &TechniquesModel,
    min_score: f32,
) -> Vec<TechniqueSpan> {
    let tokens = ArticleTokens::new(text, regions);
    let probabilities = token_probabilities(&tokens, &model.span_finder);
    let mut spans = Vec::new();
    for candidates in candidate_spans(&tokens, &probabilities, min_score) {
        // One span per sentence, from its first likely token to its last: the corpus marks
        // whole clauses more often than word lists, and split fragments of one clause each count
        // against precision (measured by cross-validation: better than reporting the runs, or
        // the runs for techniques of words and the clause for techniques that argue).
        let (first, end) = candidates.clause;
        // The span's score is its surest token's: a span is reported because that token reached
        // `min_score`, so every reported score does.
        let score = probabilities[first..end]
            .iter()
            .copied()
            .fold(0.0f32, f32::max)
            .clamp(0.0, 1.0);
        let named = name_tokens(&tokens, text, first, end, &model.found_span_namer);
        let technique = best_technique(&named);
        let range = TextRange::new(
            tokens.tokens[first].range.start(),
            tokens.tokens[end - 1].range.end(),
        );
        spans.push(TechniqueSpan {
            range,
            technique,
            score,
        });
        // The corpus gives one span several techniques (loaded language that also calls names);
        // another technique the namer finds likely enough is reported too.
        for other in Technique::ALL {
            if other != technique && named[other.index()] >= SECOND_TECHNIQUE_PROBABILITY {
                spans.push(TechniqueSpan {
                    range,
                    technique: other,
                    score,
                });
            }
        }
    }
    spans
}

/// The spans a sentence may be reported with: the runs of likely tokens, and the clause from the
/// first run to the sentence's last somewhat likely token.
pub(crate) struct SentenceCandidates {
    pub clause: (usize, usize),
    pub runs: Vec<(usize, usize)>,
}

/// Runs of likely tokens per sentence: a likely token seeds a run, which grows over its
/// neighbours while they are at least somewhat likely (the finder is surer of a span's heart than
/// of its edges). Sentences without a likely token give nothing.
pub(crate) fn candidate_spans(
    tokens: &ArticleTokens,
    probabilities: &[f32],
    min_score: f32,
) -> Vec<SentenceCandidates> {
    let extend = min_score * EXTENSION_RATIO;
    let mut candidates = Vec::new();
    for sentence in &tokens.sentences {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut index = sentence.first_token;
        while index < sentence.end_token {
            if probabilities[index] < min_score {
                index += 1;
                continue;
            }
            let mut first = index;
            while first > sentence.first_token && probabilities[first - 1] >= extend {
                first -= 1;
            }
            let mut end = index + 1;
            while end < sentence.end_token && probabilities[end] >= extend {
                end += 1;
            }
            index = end;
            if let Some(run) = trim_punctuation(tokens, first, end) {
                runs.push(run);
            }
        }
        let Some(&(first, _)) = runs.first() else {
            continue;
        };
        // The clause reaches to the sentence's last somewhat likely token, seeded or not.
        let last = (first..sentence.end_token)
            .rev()
            .find(|&index| probabilities[index] >= extend)
            .unwrap_or(first);
        if let Some(clause) = trim_punctuation(tokens, first, last + 1) {
            candidates.push(SentenceCandidates { clause, runs });
        }
    }
    candidates
}

/// Names the technique of spans given by the caller (the corpus's gold spans, for scoring).
pub fn name_spans(
    text: &str,
    regions: &[TextRange],
    model: &TechniquesModel,
    spans: &[TextRange],
) -> Vec<TechniqueProbabilities> {
    let tokens = ArticleTokens::new(text, regions);
    spans
        .iter()
        .map(|&range| match tokens_of(&tokens, range) {
            Some((first, end)) => name_tokens(&tokens, text, first, end, &model.technique_namer),
            None => [1.0 / 14.0; 14],
        })
        .collect()
}

pub fn best_technique(probabilities: &TechniqueProbabilities) -> Technique {
    let mut best = 0;
    for (index, probability) in probabilities.iter().enumerate() {
        if *probability > probabilities[best] {
            best = index;
        }
    }
    Technique::ALL[best]
}

pub(crate) fn token_probabilities(tokens: &ArticleTokens, span_finder: &LinearModel) -> Vec<f32> {
    let hasher = span_finder.hasher();
    let mut probabilities = vec![0.0; tokens.tokens.len()];
    let mut sentence = Vec::new();
    let mut features = Vec::new();
    for (index, run) in tokens.sentences.iter().enumerate() {
        sentence.clear();
        sentence_features(tokens, index, hasher, &mut sentence);
        let sentence_score = span_finder.score(&sentence);
        let sentence_probabilities = &mut probabilities[run.first_token..run.end_token];
        for (token_index, probability) in (run.first_token..).zip(sentence_probabilities) {
            features.clear();
            token_features(tokens, token_index, hasher, &mut features);
            *probability = sigmoid(sentence_score + span_finder.score(&features));
        }
    }
    probabilities
}

fn name_tokens(
    tokens: &ArticleTokens,
    text: &str,
    first: usize,
    end: usize,
    namer: &LinearModel,
) -> TechniqueProbabilities {
    let mut features = Vec::new();
    span_features(tokens, text, first, end, namer.hasher(), &mut features);
    let mut scores = [0.0f32; 14];
    namer.scores(&features, &mut scores);
    softmax(&mut scores);
    scores
}

/// Spans start and end on words: punctuation at either edge is dropped.
fn trim_punctuation(
    tokens: &ArticleTokens,
    mut first: usize,
    mut end: usize,
) -> Option<(usize, usize)> {
    while first < end && tokens.tokens[first].shape == TokenShape::Punctuation {
        first += 1;
    }
    while end > first && tokens.tokens[end - 1].shape == TokenShape::Punctuation {
        end -= 1;
    }
    (first < end).then_some((first, end))
}
