//! Prediction: the span finder scores every token and the sentence detector every sentence; a
//! sentence both find likely enough gives one span, cut where its likely tokens are, and the namer
//! of found spans names it.

use crate::features::{
    sentence_detector_features, sentence_features, span_features, token_features,
};
use crate::model::{LinearModel, TechniquesModel};
use crate::tokens::{ArticleTokens, TokenShape};
use crate::train::{sigmoid, softmax, tokens_of, unit_length_value};
use dateline_document::{Technique, TechniqueSpan, TextRange};

/// How likely a token must be, by the span finder, to seed a span inside a reported sentence.
const TOKEN_SEED_PROBABILITY: f32 = 0.15;

/// How far below the seed probability a span's edges may reach, as a share of it.
const EXTENSION_RATIO: f32 = 0.6;

/// How likely another technique must be for a span to be reported with it as well.
const SECOND_TECHNIQUE_PROBABILITY: f32 = 0.3;

/// The probability of each technique for one span, in [`Technique::ALL`] order.
pub type TechniqueProbabilities = [f32; 14];

/// Finds persuasive spans in the given regions of `text` (sentences, a title), reporting those
/// whose score reaches `min_score`, ordered by start. A span's score is its sentence's: how likely
/// the sentence detector and the sentence's likeliest token, together, make it that the sentence
/// holds a persuasive span (see [`finder_scores`]).
pub fn find_techniques(
    text: &str,
    regions: &[TextRange],
    model: &TechniquesModel,
    min_score: f32,
) -> Vec<TechniqueSpan> {
    let tokens = ArticleTokens::new(text, regions);
    let scores = finder_scores(
        &tokens,
        &model.span_finder,
        &model.sentence_detector,
        model.sentence_weight,
    );
    let mut spans = Vec::new();
    for candidates in candidate_spans(&tokens, &scores, min_score) {
        // One span per sentence, from its first likely token to its last: the corpus marks
        // whole clauses more often than word lists, and split fragments of one clause each count
        // against precision (measured by cross-validation: better than reporting the runs, or
        // the runs for techniques of words and the clause for techniques that argue).
        let (first, end) = candidates.clause;
        let score = candidates.score.clamp(0.0, 1.0);
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
/// first run to the sentence's last somewhat likely token; and the sentence's score.
pub(crate) struct SentenceCandidates {
    pub clause: (usize, usize),
    pub runs: Vec<(usize, usize)>,
    pub score: f32,
}

/// The spans of each sentence whose score reaches `min_score`. Inside it, a likely token seeds a
/// run, which grows over its neighbours while they are at least somewhat likely (the finder is
/// surer of a span's heart than of its edges); a sentence reported for its words as a whole, with
/// no likely token, is one span whole (cross-validated: span F1 0.386 against 0.378 for runs
/// seeded at its likeliest token).
pub(crate) fn candidate_spans(
    tokens: &ArticleTokens,
    scores: &FinderScores,
    min_score: f32,
) -> Vec<SentenceCandidates> {
    let probabilities = &scores.tokens;
    let extend = TOKEN_SEED_PROBABILITY * EXTENSION_RATIO;
    let mut candidates = Vec::new();
    for (sentence, &score) in tokens.sentences.iter().zip(&scores.sentences) {
        if score < min_score {
            continue;
        }
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut index = sentence.first_token;
        while index < sentence.end_token {
            if probabilities[index] < TOKEN_SEED_PROBABILITY {
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
            if let Some(whole) = trim_punctuation(tokens, sentence.first_token, sentence.end_token)
            {
                candidates.push(SentenceCandidates {
                    clause: whole,
                    runs: vec![whole],
                    score,
                });
            }
            continue;
        };
        // The clause reaches to the sentence's last somewhat likely token, seeded or not.
        let last = (first..sentence.end_token)
            .rev()
            .find(|&index| probabilities[index] >= extend)
            .unwrap_or(first);
        if let Some(clause) = trim_punctuation(tokens, first, last + 1) {
            candidates.push(SentenceCandidates {
                clause,
                runs,
                score,
            });
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

/// What the span finder and the sentence detector make of an article.
pub(crate) struct FinderScores {
    /// Each token's probability of lying inside a persuasive span, by the span finder.
    pub tokens: Vec<f32>,
    /// How likely each sentence is to hold a persuasive span: the sentence detector's log-odds,
    /// weighted, plus those of the sentence's likeliest token. The two err apart (one reads the
    /// sentence whole, the other word by word), and together they rank sentences better than
    /// either (cross-validated on the corpus: area under the ROC curve 0.77 for the detector,
    /// 0.73 for the likeliest token, 0.77 to 0.775 for both at weights 1.5 to 2).
    pub sentences: Vec<f32>,
}

/// The span finder and the sentence detector hash features alike (both have the finder's bits,
/// see `model`), so each sentence's shared features are computed once for both.
pub(crate) fn finder_scores(
    tokens: &ArticleTokens,
    span_finder: &LinearModel,
    sentence_detector: &LinearModel,
    sentence_weight: f32,
) -> FinderScores {
    let hasher = span_finder.hasher();
    let mut probabilities = vec![0.0; tokens.tokens.len()];
    let mut sentence_scores = Vec::with_capacity(tokens.sentences.len());
    let mut sentence = Vec::new();
    let mut features = Vec::new();
    for (index, run) in tokens.sentences.iter().enumerate() {
        sentence.clear();
        sentence_features(tokens, index, hasher, &mut sentence);
        let sentence_score = span_finder.score(&sentence);
        let sentence_probabilities = &mut probabilities[run.first_token..run.end_token];
        // The likeliest token's log-odds, its score before the sigmoid.
        let mut likeliest = f32::NEG_INFINITY;
        for (token_index, probability) in (run.first_token..).zip(sentence_probabilities) {
            features.clear();
            token_features(tokens, token_index, hasher, &mut features);
            let score = sentence_score + span_finder.score(&features);
            *probability = sigmoid(score);
            likeliest = likeliest.max(score);
        }
        features.clear();
        sentence_detector_features(tokens, index, hasher, &sentence, &mut features);
        let detector = sentence_detector.score(&features) * unit_length_value(features.len());
        sentence_scores.push(sigmoid(sentence_weight * detector + likeliest));
    }
    FinderScores {
        tokens: probabilities,
        sentences: sentence_scores,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_of(
        text: &str,
        token_probability: impl Fn(&str) -> f32,
        sentences: &[f32],
    ) -> Vec<String> {
        let tokens = ArticleTokens::new(text, &[TextRange::new(0, text.len())]);
        let scores = FinderScores {
            tokens: tokens
                .tokens
                .iter()
                .map(|token| token_probability(&token.lower))
                .collect(),
            sentences: sentences.to_vec(),
        };
        candidate_spans(&tokens, &scores, 0.08)
            .into_iter()
            .map(|candidates| {
                let (first, end) = candidates.clause;
                text[tokens.tokens[first].range.start()..tokens.tokens[end - 1].range.end()]
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn a_sentence_below_the_threshold_gives_no_span_however_likely_its_tokens() {
        let text = "Title\nThey are all corrupt liars.";
        let spans = spans_of(
            text,
            |word| if word == "corrupt" { 0.9 } else { 0.01 },
            &[0.01, 0.05],
        );
        assert!(spans.is_empty(), "{spans:?}");
    }

    #[test]
    fn a_reported_sentence_is_cut_at_its_likely_tokens_or_kept_whole_without_one() {
        let text = "Title\nThey are all corrupt liars, she said.\nEnough is enough.";
        let probability = |word: &str| match word {
            "corrupt" => 0.6,
            "liars" => 0.1,
            _ => 0.01,
        };
        assert_eq!(
            spans_of(text, probability, &[0.01, 0.3, 0.2]),
            ["corrupt liars", "Enough is enough"]
        );
    }
}
