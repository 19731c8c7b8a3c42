//! Features of tokens (for finding spans) and of spans (for naming their technique), hashed into
//! a fixed table so that the model needs no vocabulary file.
//!
//! Every feature is a namespace byte and a few strings; the hash is FNV-1a, spelled out here so
//! that a model trained on one machine means the same on every other (std's hasher is seeded per
//! process).

use crate::lexicon::valence_bucket;
use crate::tokens::{ArticleTokens, TokenShape};

/// Hashes a namespace and parts into a table of `1 << bits` slots.
#[derive(Clone, Copy, Debug)]
pub struct FeatureHasher {
    mask: u64,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

impl FeatureHasher {
    pub fn new(bits: u32) -> FeatureHasher {
        FeatureHasher {
            mask: (1u64 << bits) - 1,
        }
    }

    pub fn slots(self) -> usize {
        (self.mask + 1) as usize
    }

    pub fn index(self, namespace: u8, parts: &[&str]) -> u32 {
        let mut hash = FNV_OFFSET;
        hash = (hash ^ u64::from(namespace)).wrapping_mul(FNV_PRIME);
        for part in parts {
            for &byte in part.as_bytes() {
                hash = (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
            }
            // A separator keeps ("ab", "c") apart from ("a", "bc").
            hash = (hash ^ 0xff).wrapping_mul(FNV_PRIME);
        }
        // Fold the high bits in: FNV's low bits alone mix poorly.
        ((hash ^ (hash >> 29)) & self.mask) as u32
    }
}

/// Words too common to say anything about a sentence on their own.
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "in"
            | "and"
            | "or"
            | "for"
            | "on"
            | "at"
            | "by"
            | "with"
            | "from"
            | "as"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "it"
            | "its"
            | "that"
            | "this"
            | "has"
            | "have"
            | "had"
            | "he"
            | "she"
            | "they"
            | "his"
            | "her"
            | "their"
            | "which"
            | "who"
            | "but"
            | "not"
            | "said"
    )
}

fn bucket(value: usize, edges: &[usize]) -> &'static str {
    const NAMES: [&str; 10] = ["b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9"];
    let position = edges
        .iter()
        .position(|&edge| value <= edge)
        .unwrap_or(edges.len());
    NAMES[position.min(NAMES.len() - 1)]
}

const BOUNDARY: &str = "<s>";

fn word_at(article: &ArticleTokens, first: usize, end: usize, index: isize) -> &str {
    if index < first as isize || index >= end as isize {
        BOUNDARY
    } else {
        &article.tokens[index as usize].lower
    }
}

/// Features shared by every token of one sentence: its content words and its kind.
pub fn sentence_features(
    article: &ArticleTokens,
    sentence: usize,
    hasher: FeatureHasher,
    out: &mut Vec<u32>,
) {
    let sentence = article.sentences[sentence];
    let tokens = &article.tokens[sentence.first_token..sentence.end_token];
    for token in tokens {
        if token.shape != TokenShape::Punctuation && !is_function_word(&token.lower) {
            out.push(hasher.index(b'S', &[&token.lower]));
        }
    }
    // How loaded the sentence is: its strongly valenced words, counted.
    out.push(hasher.index(b'V', &[bucket(sentence.strong_words, &[0, 1, 2, 4])]));
    // The title's words, as the article's topic: some topics are argued, others reported
    // (cross-validated: +0.002 span F1, +0.005 span + technique F1).
    if let Some(title) = article.sentences.first() {
        for token in &article.tokens[title.first_token..title.end_token] {
            if token.shape != TokenShape::Punctuation && !is_function_word(&token.lower) {
                out.push(hasher.index(b'A', &[&token.lower]));
            }
        }
    }
    // Word pairs say more about a sentence's tone than its words alone ("so-called experts").
    for pair in tokens.windows(2) {
        out.push(hasher.index(b'2', &[&pair[0].lower, &pair[1].lower]));
    }
    let length = bucket(tokens.len(), &[3, 6, 10, 15, 22, 30, 45, 70]);
    out.push(hasher.index(b'L', &[length]));
    out.push(hasher.index(
        b'D',
        &[bucket(
            article.strong_words_per_mille,
            &[5, 10, 15, 20, 30, 45],
        )],
    ));
    out.push(hasher.index(b'X', &[bucket(article.exclaiming_sentences, &[0, 1, 3])]));
    // How loaded the sentences on either side are: persuasion comes in passages.
    let sentence_index = tokens.first().map_or(0, |token| token.sentence);
    if let Some(before) = sentence_index
        .checked_sub(1)
        .map(|index| article.sentences[index])
    {
        let loaded = bucket(before.strong_words, &[0, 1, 2, 4]);
        out.push(hasher.index(b'<', &["sentence", loaded]));
    }
    if let Some(after) = article.sentences.get(sentence_index + 1) {
        let loaded = bucket(after.strong_words, &[0, 1, 2, 4]);
        out.push(hasher.index(b'>', &["sentence", loaded]));
    }
    if sentence.is_first {
        out.push(hasher.index(b'F', &["title"]));
    }
    if sentence.has_exclamation {
        out.push(hasher.index(b'F', &["!"]));
    }
    if sentence.has_question {
        out.push(hasher.index(b'F', &["?"]));
    }
}

/// Features of a sentence for the sentence detector (does this sentence hold a persuasive span at
/// all?): the features its tokens share, plus what only a view of the whole sentence gives: its
/// character n-grams (word forms the words alone split: "patriot", "patriotic") and the words of
/// the sentences on either side (persuasion comes in passages). `shared` are the sentence's
/// [`sentence_features`], computed once for the span finder and the detector, which hash alike.
pub fn sentence_detector_features(
    article: &ArticleTokens,
    sentence: usize,
    hasher: FeatureHasher,
    shared: &[u32],
    out: &mut Vec<u32>,
) {
    out.push(hasher.index(b'b', &[]));
    out.extend_from_slice(shared);
    let run = article.sentences[sentence];
    let mut padded = String::new();
    let mut boundaries = Vec::new();
    for token in &article.tokens[run.first_token..run.end_token] {
        if token.shape == TokenShape::Punctuation {
            continue;
        }
        padded.clear();
        padded.push(' ');
        padded.push_str(&token.lower);
        padded.push(' ');
        // The n-grams are slices of the padded word between character boundaries: no copy each.
        boundaries.clear();
        boundaries.extend(padded.char_indices().map(|(position, _)| position));
        boundaries.push(padded.len());
        for width in 3..=5 {
            for start in 0..boundaries.len().saturating_sub(width) {
                let gram = &padded[boundaries[start]..boundaries[start + width]];
                out.push(hasher.index(b'g', &[gram]));
            }
        }
    }
    for (neighbour, namespace) in [(sentence.checked_sub(1), b'{'), (Some(sentence + 1), b'}')] {
        let Some(neighbour) = neighbour.and_then(|index| article.sentences.get(index)) else {
            continue;
        };
        for token in &article.tokens[neighbour.first_token..neighbour.end_token] {
            if token.shape != TokenShape::Punctuation && !is_function_word(&token.lower) {
                out.push(hasher.index(namespace, &[&token.lower]));
            }
        }
    }
}

/// Features of token `index` for the span finder (its sentence's features come separately).
pub fn token_features(
    article: &ArticleTokens,
    index: usize,
    hasher: FeatureHasher,
    out: &mut Vec<u32>,
) {
    let token = &article.tokens[index];
    let sentence = article.sentences[token.sentence];
    let (first, end) = (sentence.first_token, sentence.end_token);
    let at = |offset: isize| word_at(article, first, end, index as isize + offset);
    out.push(hasher.index(b'b', &[]));
    out.push(hasher.index(b'w', &[at(0)]));
    out.push(hasher.index(b'p', &[at(-1)]));
    out.push(hasher.index(b'n', &[at(1)]));
    out.push(hasher.index(b'P', &[at(-2)]));
    out.push(hasher.index(b'N', &[at(2)]));
    out.push(hasher.index(b'B', &[at(-1), at(0)]));
    out.push(hasher.index(b'C', &[at(0), at(1)]));
    out.push(hasher.index(b'T', &[at(-1), at(0), at(1)]));
    let word = at(0);
    if word.len() > 4 {
        let cut = word
            .char_indices()
            .rev()
            .nth(3)
            .map_or(0, |(position, _)| position);
        out.push(hasher.index(b's', &[&word[cut..]]));
    }
    // Emotional weight of the word and its neighbours, from the lexicon: it reaches words the
    // training corpus never labelled.
    for (offset, namespace) in [(-1isize, b'<'), (0, b'v'), (1, b'>')] {
        let index = index as isize + offset;
        if index >= first as isize && index < end as isize {
            if let Some(v) = article.tokens[index as usize].valence {
                out.push(hasher.index(namespace, &[valence_bucket(v)]));
            }
        }
    }
    let shape = [token.shape.code()];
    let shape = std::str::from_utf8(&shape).unwrap_or("?");
    out.push(hasher.index(b'h', &[shape]));
    if token.quoted {
        out.push(hasher.index(b'q', &[]));
    }
    let position = bucket(index - first, &[0, 1, 3, 6, 10, 20]);
    let remaining = bucket(end - index - 1, &[0, 1, 3, 6, 10, 20]);
    out.push(hasher.index(b'o', &[position, remaining]));
    if token.shape != TokenShape::Punctuation && !is_function_word(word) && word.len() > 3 {
        let count = bucket(article.count_of(word) as usize, &[1, 2, 4]);
        out.push(hasher.index(b'r', &[count]));
        out.push(hasher.index(b'R', &[count, word]));
    }
}

/// Features of a span of tokens `first..end` for naming its technique.
pub fn span_features(
    article: &ArticleTokens,
    text: &str,
    first: usize,
    end: usize,
    hasher: FeatureHasher,
    out: &mut Vec<u32>,
) {
    out.push(hasher.index(b'b', &[]));
    if first >= end {
        return;
    }
    let sentence_index = article.tokens[first].sentence;
    let sentence = article.sentences[sentence_index];
    let tokens = &article.tokens[first..end];
    let mut previous = BOUNDARY;
    for token in tokens {
        out.push(hasher.index(b'w', &[&token.lower]));
        out.push(hasher.index(b'B', &[previous, &token.lower]));
        previous = &token.lower;
        if token.lower.len() > 5 {
            let cut = token
                .lower
                .char_indices()
                .rev()
                .nth(3)
                .map_or(0, |(position, _)| position);
            out.push(hasher.index(b's', &[&token.lower[cut..]]));
            let prefix_end = token
                .lower
                .char_indices()
                .nth(4)
                .map_or(token.lower.len(), |(position, _)| position);
            out.push(hasher.index(b'x', &[&token.lower[..prefix_end]]));
        }
    }
    out.push(hasher.index(b'B', &[previous, BOUNDARY]));
    out.push(hasher.index(b'f', &[&tokens[0].lower]));
    out.push(hasher.index(b'l', &[&tokens[tokens.len() - 1].lower]));
    let at = |index: isize| word_at(article, sentence.first_token, sentence.end_token, index);
    for offset in 1..=3isize {
        out.push(hasher.index(b'<', &[at(first as isize - offset)]));
        out.push(hasher.index(b'>', &[at(end as isize - 1 + offset)]));
    }
    out.push(hasher.index(b'[', &[at(first as isize - 1), &tokens[0].lower]));
    let words = tokens
        .iter()
        .filter(|token| token.shape != TokenShape::Punctuation)
        .count();
    let length = bucket(words, &[1, 2, 3, 5, 8, 12, 20, 30]);
    out.push(hasher.index(b'L', &[length]));
    let whole_sentence = first == sentence.first_token && end >= sentence.end_token - 1;
    out.push(hasher.index(b'W', &[if whole_sentence { "y" } else { "n" }]));
    if sentence.is_first {
        out.push(hasher.index(b'F', &["title"]));
    }
    if sentence.has_question {
        out.push(hasher.index(b'F', &["?"]));
    }
    if tokens.iter().any(|token| token.lower == "!") {
        out.push(hasher.index(b'F', &["!"]));
    }
    if tokens[0].quoted {
        out.push(hasher.index(b'F', &["quoted"]));
    }
    if tokens.iter().any(|token| token.shape == TokenShape::Upper) {
        out.push(hasher.index(b'F', &["caps"]));
    }
    // Repetition is named by what happens elsewhere in the article: the same words again.
    let span_text = text
        .get(tokens[0].range.start()..tokens[tokens.len() - 1].range.end())
        .unwrap_or("")
        .to_lowercase();
    // Character 4-grams reach across word forms ("patriot", "patriotic", "patriots").
    let characters: Vec<char> = span_text.chars().collect();
    let mut gram = String::new();
    for window in characters.windows(4) {
        gram.clear();
        gram.extend(window);
        out.push(hasher.index(b'c', &[&gram]));
    }
    if span_text.len() >= 3 {
        let repeats = article.lower_text.matches(span_text.as_str()).count();
        out.push(hasher.index(b'r', &[bucket(repeats, &[1, 2, 3, 5])]));
        out.push(hasher.index(b'R', &[bucket(repeats, &[1, 2, 3, 5]), length]));
    }
    let repeated_words = tokens
        .iter()
        .filter(|token| {
            token.shape != TokenShape::Punctuation
                && !is_function_word(&token.lower)
                && article.count_of(&token.lower) > 1
        })
        .count();
    let share = (repeated_words * 4).checked_div(words).unwrap_or(0);
    out.push(hasher.index(b'm', &[bucket(share, &[0, 1, 2, 3])]));
}
