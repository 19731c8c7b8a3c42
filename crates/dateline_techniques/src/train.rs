//! Training: logistic regression by averaged stochastic gradient descent, seeded, single-threaded,
//! so that the same corpus and seed give the same model bytes.

use crate::corpus::LabelledArticle;
use crate::detect::{candidate_spans, finder_scores};
use crate::features::{
    sentence_detector_features, sentence_features, span_features, token_features,
};
use crate::model::{LinearModel, TechniquesModel};
use crate::tokens::ArticleTokens;
use dateline_document::{Technique, TextRange};

#[derive(Clone, Debug)]
pub struct TrainingOptions {
    pub seed: u64,
    pub span_epochs: usize,
    pub technique_epochs: usize,
    pub span_bits: u32,
    pub technique_bits: u32,
    pub span_learning_rate: f32,
    pub technique_learning_rate: f32,
    /// Stored in the model as the default `--min-score`: the score a sentence must reach to be
    /// reported (see `FinderScores`). Chosen by cross-validation on the corpus (0.04 to 0.08
    /// gave span F1 0.385 to 0.387; 0.08 named the most spans right).
    pub threshold: f32,
    /// Inner folds whose span finders find the spans the namer also learns from (0: the namer
    /// learns from gold spans only).
    pub namer_inner_folds: usize,
    /// How much the sentence detector's log-odds weigh beside those of the sentence's likeliest
    /// token (see `FinderScores`); cross-validated, 1.5 and 2 scored alike, 3 lower.
    pub sentence_weight: f32,
    pub sentence_epochs: usize,
    /// The sentence detector's features have values below one (each sentence's vector has unit
    /// length), so it learns at a higher rate than the span finder.
    pub sentence_learning_rate: f32,
}

impl Default for TrainingOptions {
    fn default() -> TrainingOptions {
        TrainingOptions {
            seed: 2020,
            span_epochs: 12,
            technique_epochs: 60,
            span_bits: 20,
            technique_bits: 18,
            span_learning_rate: 0.05,
            technique_learning_rate: 0.02,
            threshold: 0.08,
            namer_inner_folds: 3,
            sentence_weight: 1.5,
            sentence_epochs: 12,
            sentence_learning_rate: 1.0,
        }
    }
}

/// Mixed into the seed for the sentence detector's own generator.
const SENTENCE_DETECTOR_STREAM: u64 = 0x5e47_e4ce_de7e_c70f;

/// Examples as one flat list of feature slots: example `i` owns `features[ends[i-1]..ends[i]]`.
struct Examples {
    features: Vec<u32>,
    ends: Vec<usize>,
    labels: Vec<usize>,
    /// The value every feature of the example has (1, or less for an example of many features,
    /// whose vector is scaled to unit length).
    values: Vec<f32>,
}

impl Examples {
    fn new() -> Examples {
        Examples {
            features: Vec::new(),
            ends: Vec::new(),
            labels: Vec::new(),
            values: Vec::new(),
        }
    }

    fn push(&mut self, features: &[u32], label: usize) {
        self.push_with_value(features, label, 1.0);
    }

    fn push_with_value(&mut self, features: &[u32], label: usize, value: f32) {
        self.features.extend_from_slice(features);
        self.ends.push(self.features.len());
        self.labels.push(label);
        self.values.push(value);
    }

    fn get(&self, index: usize) -> (&[u32], usize, f32) {
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        (
            &self.features[start..self.ends[index]],
            self.labels[index],
            self.values[index],
        )
    }

    fn len(&self) -> usize {
        self.labels.len()
    }
}

/// The whole text is one region for corpus articles: their lines are their sentences.
pub(crate) fn whole_text(text: &str) -> [TextRange; 1] {
    [TextRange::new(0, text.len())]
}

/// The tokens `first..end` that a character span covers, if any.
pub(crate) fn tokens_of(article: &ArticleTokens, range: TextRange) -> Option<(usize, usize)> {
    let first = article
        .tokens
        .partition_point(|token| token.range.end() <= range.start());
    let end = article
        .tokens
        .partition_point(|token| token.range.start() < range.end());
    (first < end).then_some((first, end))
}

pub fn train(articles: &[LabelledArticle], options: &TrainingOptions) -> TechniquesModel {
    let mut random = SplitMix64(options.seed);
    let (span_model, sentence_detector) = train_span_finder(articles, options, &mut random);
    let mut technique_model = LinearModel::zeroed(options.technique_bits, Technique::ALL.len());
    let technique_hasher = technique_model.hasher();
    let mut technique_examples = Examples::new();
    let mut features = Vec::new();
    for article in articles {
        let tokens = ArticleTokens::new(&article.text, &whole_text(&article.text));
        for span in &article.spans {
            let Some((first, end)) = tokens_of(&tokens, span.range) else {
                continue;
            };
            features.clear();
            span_features(
                &tokens,
                &article.text,
                first,
                end,
                technique_hasher,
                &mut features,
            );
            technique_examples.push(&features, span.technique.index());
        }
    }
    averaged_sgd(
        &mut technique_model,
        &technique_examples,
        options.technique_epochs,
        options.technique_learning_rate,
        &mut random,
    );
    // The namer of found spans learns from the gold spans and from found ones.
    let mut found_span_examples = technique_examples;
    // The namer meets the finder's spans, not the gold ones: longer or shorter, cut elsewhere.
    // Spans found in each inner fold by a finder trained on the other folds are named with the
    // techniques of the gold spans they overlap, so the namer learns to name what it will be
    // shown.
    let inner_folds = options.namer_inner_folds;
    for fold in 0..inner_folds {
        let training: Vec<LabelledArticle> = articles
            .iter()
            .enumerate()
            .filter(|(index, _)| index % inner_folds != fold)
            .map(|(_, article)| article.clone())
            .collect();
        let (finder, detector) = train_span_finder(&training, options, &mut random);
        for article in articles
            .iter()
            .enumerate()
            .filter(|(index, _)| index % inner_folds == fold)
            .map(|(_, article)| article)
        {
            let tokens = ArticleTokens::new(&article.text, &whole_text(&article.text));
            let scores = finder_scores(&tokens, &finder, &detector, options.sentence_weight);
            for candidates in candidate_spans(&tokens, &scores, options.threshold) {
                // The runs of likely tokens as well as the clause they span: more examples of
                // spans cut as the finder cuts them (measured: +0.002 span + technique F1 over
                // the clauses alone).
                let mut found = candidates.runs;
                if found.len() > 1 {
                    found.push(candidates.clause);
                }
                for (first, end) in found {
                    let range = TextRange::new(
                        tokens.tokens[first].range.start(),
                        tokens.tokens[end - 1].range.end(),
                    );
                    let techniques = overlapping_techniques(article, range);
                    if techniques.is_empty() {
                        continue;
                    }
                    features.clear();
                    span_features(
                        &tokens,
                        &article.text,
                        first,
                        end,
                        technique_hasher,
                        &mut features,
                    );
                    for technique in techniques {
                        found_span_examples.push(&features, technique.index());
                    }
                }
            }
        }
    }
    let mut found_span_model = LinearModel::zeroed(options.technique_bits, Technique::ALL.len());
    averaged_sgd(
        &mut found_span_model,
        &found_span_examples,
        options.technique_epochs,
        options.technique_learning_rate,
        &mut random,
    );
    TechniquesModel {
        span_finder: span_model,
        sentence_detector,
        sentence_weight: options.sentence_weight,
        technique_namer: technique_model,
        found_span_namer: found_span_model,
        default_threshold: options.threshold,
    }
}

/// The techniques of the gold spans that share text with `range`, each once, in
/// [`Technique::ALL`] order. A found clause often holds several marked spans (loaded language
/// inside doubt); the namer learns each of their techniques from it, one example per technique,
/// which scored better than naming it like the one it overlaps most (span + technique F1 0.161
/// against 0.157 by cross-validation), as the task credits a span's technique from every gold
/// span of that technique it overlaps.
fn overlapping_techniques(article: &LabelledArticle, range: TextRange) -> Vec<Technique> {
    let mut techniques: Vec<Technique> = article
        .spans
        .iter()
        .filter(|span| span.range.intersects(range))
        .map(|span| span.technique)
        .collect();
    techniques.sort_by_key(|technique| technique.index());
    techniques.dedup();
    techniques
}

/// The span finder (is this token inside a persuasive span?) and the sentence detector (does
/// this sentence hold one?), from one reading of the articles. The detector's features are
/// scaled to unit length per sentence, so that a long sentence does not outweigh a short one by
/// its length alone (a logistic regression on the sentences' word and character n-grams,
/// cross-validated on the corpus: area under the ROC curve 0.761 scaled, 0.750 not).
fn train_span_finder(
    articles: &[LabelledArticle],
    options: &TrainingOptions,
    random: &mut SplitMix64,
) -> (LinearModel, LinearModel) {
    let mut span_model = LinearModel::zeroed(options.span_bits, 1);
    let mut sentence_detector = LinearModel::zeroed(options.span_bits, 1);
    // Both models have the finder's bits, so they hash alike and share the sentence features.
    let hasher = span_model.hasher();
    let mut span_examples = Examples::new();
    let mut sentence_examples = Examples::new();
    let mut features = Vec::new();
    let mut sentence = Vec::new();
    for article in articles {
        let tokens = ArticleTokens::new(&article.text, &whole_text(&article.text));
        let holds_a_span = |range: TextRange| {
            article
                .spans
                .iter()
                .any(|span| span.range.intersects(range))
        };
        for (index, run) in tokens.sentences.iter().enumerate() {
            sentence.clear();
            sentence_features(&tokens, index, hasher, &mut sentence);
            features.clear();
            sentence_detector_features(&tokens, index, hasher, &sentence, &mut features);
            let range = TextRange::new(
                tokens.tokens[run.first_token].range.start(),
                tokens.tokens[run.end_token - 1].range.end(),
            );
            sentence_examples.push_with_value(
                &features,
                usize::from(holds_a_span(range)),
                unit_length_value(features.len()),
            );
            for token_index in run.first_token..run.end_token {
                features.clear();
                token_features(&tokens, token_index, hasher, &mut features);
                features.extend_from_slice(&sentence);
                let inside = holds_a_span(tokens.tokens[token_index].range);
                span_examples.push(&features, usize::from(inside));
            }
        }
    }
    // A generator of its own, so that the span finder and the namers see the shuffles they
    // saw before the detector was added (their models are unchanged by it).
    let mut detector_random = SplitMix64(options.seed ^ SENTENCE_DETECTOR_STREAM);
    averaged_sgd(
        &mut sentence_detector,
        &sentence_examples,
        options.sentence_epochs,
        options.sentence_learning_rate,
        &mut detector_random,
    );
    averaged_sgd(
        &mut span_model,
        &span_examples,
        options.span_epochs,
        options.span_learning_rate,
        random,
    );
    (span_model, sentence_detector)
}

/// Logistic loss (binary when the model has one class, softmax otherwise), with the averaged
/// weights kept as `w - u / c` (the lazy form of Polyak averaging).
fn averaged_sgd(
    model: &mut LinearModel,
    examples: &Examples,
    epochs: usize,
    learning_rate: f32,
    random: &mut SplitMix64,
) {
    let classes = model.classes;
    let mut accumulated = vec![0.0f32; model.weights.len()];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut step = 1.0f32;
    let mut scores = vec![0.0f32; classes];
    let mut gradient = vec![0.0f32; classes];
    for epoch in 0..epochs {
        random.shuffle(&mut order);
        let rate = learning_rate / (1.0 + epoch as f32).sqrt();
        for &index in &order {
            let (features, label, value) = examples.get(index);
            if classes == 1 {
                let probability = sigmoid(model.score(features) * value);
                gradient[0] = probability - label as f32;
            } else {
                model.scores(features, &mut scores);
                for score in scores.iter_mut() {
                    *score *= value;
                }
                softmax(&mut scores);
                for (class, (g, p)) in gradient.iter_mut().zip(&scores).enumerate() {
                    *g = p - if class == label { 1.0 } else { 0.0 };
                }
            }
            for &feature in features {
                let row = feature as usize * classes;
                for class in 0..classes {
                    let update = rate * gradient[class] * value;
                    if update != 0.0 {
                        model.weights[row + class] -= update;
                        accumulated[row + class] -= step * update;
                    }
                }
            }
            step += 1.0;
        }
    }
    for (weight, sum) in model.weights.iter_mut().zip(&accumulated) {
        *weight -= sum / step;
    }
}

/// The value of each of `count` features that gives their vector unit length.
pub(crate) fn unit_length_value(count: usize) -> f32 {
    1.0 / (count.max(1) as f32).sqrt()
}

pub(crate) fn sigmoid(value: f32) -> f32 {
    1.0 / (1.0 + (-value).exp())
}

pub(crate) fn softmax(scores: &mut [f32]) {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut total = 0.0;
    for score in scores.iter_mut() {
        *score = (*score - max).exp();
        total += *score;
    }
    for score in scores.iter_mut() {
        *score /= total;
    }
}

/// A small seeded generator (SplitMix64): training needs reproducible shuffles, nothing more.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut value = self.0;
        value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        value ^ (value >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for index in (1..items.len()).rev() {
            let other = (self.next() % (index as u64 + 1)) as usize;
            items.swap(index, other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::LabelledSpan;

    #[test]
    fn a_found_span_learns_the_techniques_of_every_gold_span_it_overlaps() {
        let text = "They call it a reckless, shameful plan that will ruin us all.";
        let span = |start: usize, end: usize, technique: Technique| LabelledSpan {
            range: TextRange::new(start, end),
            technique,
        };
        let article = LabelledArticle {
            id: "1".to_string(),
            text: text.to_string(),
            spans: vec![
                span(25, 60, Technique::AppealToFearPrejudice),
                span(15, 23, Technique::LoadedLanguage),
                span(25, 33, Technique::LoadedLanguage),
            ],
        };
        // Found "reckless, shameful plan": both techniques, loaded language once.
        assert_eq!(
            overlapping_techniques(&article, TextRange::new(15, 38)),
            vec![Technique::LoadedLanguage, Technique::AppealToFearPrejudice]
        );
        assert_eq!(
            overlapping_techniques(&article, TextRange::new(15, 23)),
            vec![Technique::LoadedLanguage]
        );
        assert!(overlapping_techniques(&article, TextRange::new(0, 14)).is_empty());
    }
}
