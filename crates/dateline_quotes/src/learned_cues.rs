//! Cue words learned from an attribution corpus, for the reports the patterns miss.
//!
//! The patterns in `attribution` know a few hundred cues and the sentence shapes around them;
//! news reports speech and stance with many more ("blasted", "seemed", "referring to", "echoed"),
//! in shapes no pattern spells out. This module holds a small model that says, for each word of
//! a sentence, how likely it is to open an attribution whose content follows it: a logistic
//! regression over hashed features of the word and its neighbours (the word, its ending, the
//! words and word pairs around it, their shapes, where it stands in the sentence, the
//! punctuation beside it). Reading the neighbours is what lets it tell `Trump blasted the deal`
//! from `the wind blasted.`, and take a word that cued in only part of its uses where it stands
//! as cues stand (`Critics warned the measure would ...`). It is asked only about words that
//! cued often enough in training (see `MIN_TIMES_AS_CUE`). A sentence in which the patterns
//! found nothing is read with it (see `learned_cue_reports` in the crate root).
//!
//! The model is produced by `dateline train cues` from a corpus in brat standoff (PolNeAR's
//! layout: Cue, Content and Source spans joined by `E` lines) and shipped in
//! `data/cue-model.bin`: hashed weights and the list of cue words, no text of the corpus.
//! Training is averaged
//! stochastic gradient descent in a seeded order, single-threaded: the same corpus and seed give
//! the same bytes, which CI checks against the shipped file.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use dateline_document::TextRange;

/// The model the repository ships, trained on PolNeAR's training split.
const SHIPPED_MODEL: &[u8] = include_bytes!("../data/cue-model.bin");

/// The first bytes of a model file: its format and version.
const MAGIC: &[u8] = b"dateline cue model v2\n";

/// Features are hashed into 2^16 weights (a 128 KB file): PolNeAR's training split has about
/// 600,000 words, and 2^18 weights scored the same on its dev split (collisions fall among rare
/// features) in a file four times the size.
const FEATURE_BITS: u32 = 16;
const WEIGHT_COUNT: usize = 1 << FEATURE_BITS;
/// Every word has the same number of features (see `SentenceWords::features`).
const FEATURES_PER_WORD: usize = 16;

/// How likely a word must be, by the model, to be read as a cue. Measured on PolNeAR dev: 0.2
/// and 0.25 found more attributions but matched fewer exactly and fewer sources; 0.4 and 0.5
/// found hardly more than the table of words this model replaced (see ARCHITECTURE.md).
pub const MIN_CUE_PROBABILITY: f32 = 0.3;

#[derive(Debug, thiserror::Error)]
pub enum LearnedCuesError {
    #[error("not a dateline cue model (the file does not start with its header)")]
    BadHeader,
    #[error("the cue model is cut short or damaged ({0})")]
    Corrupt(&'static str),
    #[error("{article}: line {line}: {message}")]
    Annotation {
        article: String,
        line: usize,
        message: String,
    },
}

/// The model: the words it may take for cues, a bias, and one weight per hashed feature, each
/// weight a 16-bit integer times `scale` as the file stores it (half the memory of `f32`
/// weights, which matters because every word reads weights from all over the table).
#[derive(Clone, Debug, PartialEq)]
pub struct CueModel {
    cue_words: HashSet<String, BuildHasherDefault<Fnv1a>>,
    bias: f32,
    scale: f32,
    weights: Vec<i16>,
}

/// A word is asked about only when it was the verb of a cue this many times in training. The
/// features of a word's neighbours generalise: left to them alone, the model took `Ann Autor
/// studied the trade data` for a report, "studied" never having cued one; held to words that
/// did, it reads each in its context (`Trump blasted the deal` against `the wind blasted`).
const MIN_TIMES_AS_CUE: u32 = 2;
/// ...and at least this share of the times it was written, with [`UNSEEN_USES`] added to them
/// so that a word seen a few times is not trusted like a frequent one: "took", "makes" and
/// "support" each cued an attribution in PolNeAR dozens of times, but in about one in ten of
/// their uses, and on other news the model read such words as cues where they named no speech
/// (`Audi offer the car in thirteen finishes`). With a tenth instead of a fifth, PolNeAR dev
/// F1 at 30% overlap was 0.005 higher and the reports added on other news nearly doubled.
const MIN_SHARE_AS_CUE: f64 = 0.2;
const UNSEEN_USES: f64 = 5.0;

/// The shipped model, read once.
pub fn shipped() -> &'static CueModel {
    static MODEL: LazyLock<CueModel> =
        LazyLock::new(|| CueModel::from_bytes(SHIPPED_MODEL).expect("the shipped cue model reads"));
    &MODEL
}

/// One sentence's words, with what the features read of them.
pub struct SentenceWords<'a> {
    sentence: &'a str,
    words: Vec<TextRange>,
    lower: Vec<Cow<'a, str>>,
    /// Each word's lower-case spelling hashed, so that the features of a word's neighbours,
    /// asked for again and again, cost an integer each.
    hashes: Vec<u64>,
    shapes: Vec<Shape>,
}

/// What a word looks like, as a feature.
#[derive(Clone, Copy)]
enum Shape {
    Pronoun = 1,
    Capital = 2,
    Lower = 3,
}

impl<'a> SentenceWords<'a> {
    pub fn new(sentence: &'a str) -> SentenceWords<'a> {
        let words: Vec<TextRange> = words(sentence).collect();
        let mut lower = Vec::with_capacity(words.len());
        let mut hashes = Vec::with_capacity(words.len());
        let mut shapes = Vec::with_capacity(words.len());
        for word in &words {
            let written = &sentence[word.start()..word.end()];
            // Most words are written in lower case already and are borrowed as they stand.
            let lowered = if written
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'\'')
            {
                Cow::Borrowed(written)
            } else {
                Cow::Owned(written.to_lowercase())
            };
            hashes.push(fnv1a(lowered.as_bytes()));
            shapes.push(
                if matches!(&*lowered, "he" | "she" | "they" | "we" | "i" | "it" | "you") {
                    Shape::Pronoun
                } else if written.chars().next().is_some_and(char::is_uppercase) {
                    Shape::Capital
                } else {
                    Shape::Lower
                },
            );
            lower.push(lowered);
        }
        SentenceWords {
            sentence,
            words,
            lower,
            hashes,
            shapes,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The word's byte range in the sentence.
    pub fn range(&self, index: usize) -> TextRange {
        self.words[index]
    }

    /// Calls `emit` with the weight index of every feature of the word at `index`: the word,
    /// its last three and two letters, the two words on either side, the shapes of the word and
    /// the one before, the word paired with each neighbour and with the shape before it, where
    /// it stands (its index up to 6, the words after it up to 8), and the punctuation among the
    /// two characters on either side (`, blasting`, `said:`).
    fn features(&self, index: usize, mut emit: impl FnMut(usize)) {
        const START: u64 = fnv1a(b"<s>");
        const END: u64 = fnv1a(b"</s>");
        const NO_WORD: u64 = 0;
        let hash = |at: Option<usize>, outside: u64| -> u64 {
            at.and_then(|at| self.hashes.get(at).copied())
                .unwrap_or(outside)
        };
        let shape = |at: Option<usize>| -> u64 {
            at.and_then(|at| self.shapes.get(at))
                .map_or(NO_WORD, |shape| *shape as u64)
        };
        let lower = &*self.lower[index];
        let word = self.hashes[index];
        let before = index.checked_sub(1);
        let previous = hash(before, START);
        let next = hash(Some(index + 1), END);
        let ending = |chars: usize| {
            fnv1a(
                lower
                    .char_indices()
                    .rev()
                    .nth(chars - 1)
                    .map_or(lower, |(at, _)| &lower[at..])
                    .as_bytes(),
            )
        };
        let range = self.words[index];
        let characters_before = self.sentence[..range.start()]
            .char_indices()
            .rev()
            .nth(1)
            .map_or(0, |(at, _)| at);
        let characters_after = self.sentence[range.end()..]
            .char_indices()
            .nth(2)
            .map_or(self.sentence.len(), |(at, _)| range.end() + at);
        let features: [(u64, &[u64]); FEATURES_PER_WORD] = [
            (0, &[word]),
            (1, &[ending(3)]),
            (2, &[ending(2)]),
            (3, &[previous]),
            (4, &[next]),
            (5, &[hash(index.checked_sub(2), START)]),
            (6, &[hash(Some(index + 2), END)]),
            (7, &[shape(before)]),
            (8, &[shape(Some(index))]),
            (9, &[word, next]),
            (10, &[previous, word]),
            (11, &[index.min(6) as u64]),
            (12, &[(self.words.len() - index - 1).min(8) as u64]),
            (13, &[shape(before), word]),
            (
                14,
                &[punctuation(
                    &self.sentence[characters_before..range.start()],
                )],
            ),
            (
                15,
                &[punctuation(&self.sentence[range.end()..characters_after])],
            ),
        ];
        for (kind, parts) in features {
            emit(feature_index(kind, parts));
        }
    }
}

/// The punctuation of a few characters (letters, digits and spaces left out), hashed.
fn punctuation(characters: &str) -> u64 {
    let mut hasher = Fnv1a::default();
    let mut buffer = [0u8; 4];
    for c in characters
        .chars()
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
    {
        hasher.write(c.encode_utf8(&mut buffer).as_bytes());
    }
    hasher.finish()
}

const FNV_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over `bytes` (64 bits): fixed, so a model means the same on every machine.
const fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET_BASIS, bytes)
}

/// FNV-1a's steps over `bytes`, from the hash of what came before them.
const fn fnv1a_from(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut at = 0;
    while at < bytes.len() {
        hash ^= bytes[at] as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
        at += 1;
    }
    hash
}

/// The weight index of a feature: its kind and the hashes of its parts, mixed (the multipliers
/// and shifts of MurmurHash3's finaliser).
fn feature_index(kind: u64, parts: &[u64]) -> usize {
    let mut hash = (kind + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for part in parts {
        hash = (hash ^ part).wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^= hash >> 33;
    }
    hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    hash ^= hash >> 33;
    (hash as usize) & (WEIGHT_COUNT - 1)
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl CueModel {
    /// Whether the word at `index` is one the model may take for a cue at all.
    pub fn may_cue(&self, sentence: &SentenceWords, index: usize) -> bool {
        self.cue_words.contains(&*sentence.lower[index])
    }

    /// How likely the word at `index` is to open an attribution whose content follows it, for
    /// a word the model [may take for a cue](CueModel::may_cue).
    pub fn probability(&self, sentence: &SentenceWords, index: usize) -> f32 {
        let mut weights = 0i32;
        sentence.features(index, |at| weights += i32::from(self.weights[at]));
        sigmoid(self.bias + weights as f32 * self.scale)
    }

    /// The model with these weights, rounded to multiples of the largest one's 32767th.
    fn quantised(
        cue_words: HashSet<String, BuildHasherDefault<Fnv1a>>,
        bias: f32,
        weights: &[f32],
    ) -> CueModel {
        let largest = weights
            .iter()
            .fold(0.0f32, |largest, weight| largest.max(weight.abs()));
        let scale = if largest > 0.0 {
            largest / f32::from(i16::MAX)
        } else {
            1.0
        };
        CueModel {
            cue_words,
            bias,
            scale,
            weights: weights
                .iter()
                .map(|weight| (weight / scale).round() as i16)
                .collect(),
        }
    }

    /// The file: the header, the bias, the scale of the weights, every weight as a 16-bit
    /// integer times the scale, the cue words (a count, then each word's length in bytes and
    /// its bytes, sorted), and an FNV-1a checksum of all before it.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(MAGIC.len() + 8 + 2 * WEIGHT_COUNT + 8);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&self.bias.to_le_bytes());
        bytes.extend_from_slice(&self.scale.to_le_bytes());
        for weight in &self.weights {
            bytes.extend_from_slice(&weight.to_le_bytes());
        }
        let mut cue_words: Vec<&String> = self.cue_words.iter().collect();
        cue_words.sort();
        bytes.extend_from_slice(&(cue_words.len() as u32).to_le_bytes());
        for word in cue_words {
            bytes.push(word.len() as u8);
            bytes.extend_from_slice(word.as_bytes());
        }
        let checksum = fnv1a(&bytes);
        bytes.extend_from_slice(&checksum.to_le_bytes());
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<CueModel, LearnedCuesError> {
        let Some(rest) = bytes.strip_prefix(MAGIC) else {
            return Err(LearnedCuesError::BadHeader);
        };
        let words_start = 8 + 2 * WEIGHT_COUNT;
        if rest.len() < words_start + 4 + 8 {
            return Err(LearnedCuesError::Corrupt("cut short"));
        }
        let (content, checksum) = bytes.split_at(bytes.len() - 8);
        if checksum != fnv1a(content).to_le_bytes() {
            return Err(LearnedCuesError::Corrupt("checksum mismatch"));
        }
        let float =
            |at: usize| f32::from_le_bytes([rest[at], rest[at + 1], rest[at + 2], rest[at + 3]]);
        let (bias, scale) = (float(0), float(4));
        if !bias.is_finite() || !scale.is_finite() {
            return Err(LearnedCuesError::Corrupt("a weight is not a number"));
        }
        let weights = rest[8..words_start]
            .chunks_exact(2)
            .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
            .collect();
        let mut list = &rest[words_start..rest.len() - 8];
        let count = u32::from_le_bytes([list[0], list[1], list[2], list[3]]);
        list = &list[4..];
        let mut cue_words = HashSet::default();
        for _ in 0..count {
            let Some((&length, after)) = list.split_first() else {
                return Err(LearnedCuesError::Corrupt("cut short"));
            };
            let (word, after) = after
                .split_at_checked(usize::from(length))
                .ok_or(LearnedCuesError::Corrupt("cut short"))?;
            let word = std::str::from_utf8(word)
                .map_err(|_| LearnedCuesError::Corrupt("a cue word is not UTF-8"))?;
            cue_words.insert(word.to_string());
            list = after;
        }
        if !list.is_empty() {
            return Err(LearnedCuesError::Corrupt("bytes after the cue words"));
        }
        Ok(CueModel {
            cue_words,
            bias,
            scale,
            weights,
        })
    }
}

/// How the model is trained (the seed is the techniques model's default, so that
/// `dateline train` has one default seed for both).
#[derive(Clone, Copy, Debug)]
pub struct CueTrainingOptions {
    pub seed: u64,
    pub epochs: usize,
    pub learning_rate: f32,
}

impl Default for CueTrainingOptions {
    fn default() -> CueTrainingOptions {
        CueTrainingOptions {
            seed: 2020,
            epochs: 6,
            learning_rate: 0.3,
        }
    }
}

/// One training article: its name (for errors), text, brat standoff annotation and sentences.
pub struct CueTrainingArticle<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub annotation: &'a str,
    pub sentences: &'a [TextRange],
}

/// Trains the model on every word of every sentence of the articles: a word is an example of a
/// cue when it is the first word of an annotated cue after its auxiliaries and adverbs (`has
/// long *praised*`, `did not *identify*`) and the cue's content starts after the cue (the
/// reports this model opens run from the cue onwards; a cue after its content, `..., Trump
/// said`, is left to the patterns). Auxiliaries are never examples of a cue: taken for one,
/// "has" would open a report in `she has *spoken* about ...` and in `he has gotten into trouble`
/// alike, and the word after it is what tells the two apart.
pub fn learn<'a>(
    articles: impl IntoIterator<Item = CueTrainingArticle<'a>>,
    options: CueTrainingOptions,
) -> Result<CueModel, LearnedCuesError> {
    let mut features: Vec<u32> = Vec::new();
    let mut examples: Vec<(usize, bool)> = Vec::new();
    let mut times_as_cue: HashMap<String, u32> = HashMap::new();
    let mut times_written: HashMap<String, u32> = HashMap::new();
    for article in articles {
        let byte_of_char: Vec<usize> = article
            .text
            .char_indices()
            .map(|(index, _)| index)
            .chain([article.text.len()])
            .collect();
        let cue_starts: HashSet<usize> =
            read_cues(article.name, article.annotation, &byte_of_char)?
                .into_iter()
                .filter(|(cue, content_start)| *content_start >= cue.end())
                .filter_map(|(cue, _)| {
                    let cue_text = cue.slice(article.text)?;
                    let verb = words(cue_text).find(|word| {
                        let lower = cue_text[word.start()..word.end()].to_lowercase();
                        !crate::is_auxiliary_or_adverb(&lower)
                            && !is_a_form_of_be(&lower)
                            && !is_negated_auxiliary(&lower)
                    })?;
                    Some(cue.start() + verb.start())
                })
                .collect();
        for sentence in article.sentences {
            let Some(slice) = sentence.slice(article.text) else {
                continue;
            };
            let words = SentenceWords::new(slice);
            for index in 0..words.len() {
                let is_cue = cue_starts.contains(&(sentence.start() + words.range(index).start()));
                let lower = &*words.lower[index];
                if lower.len() <= usize::from(u8::MAX) {
                    *times_written.entry(lower.to_string()).or_default() += 1;
                    if is_cue {
                        *times_as_cue.entry(lower.to_string()).or_default() += 1;
                    }
                }
                examples.push((features.len(), is_cue));
                words.features(index, |at| features.push(at as u32));
            }
        }
    }
    let cue_words = times_as_cue
        .into_iter()
        .filter(|(word, times)| {
            let written = times_written.get(word).copied().unwrap_or(*times);
            *times >= MIN_TIMES_AS_CUE
                && f64::from(*times) / (f64::from(written) + UNSEEN_USES) >= MIN_SHARE_AS_CUE
        })
        .map(|(word, _)| word)
        .collect();
    let (bias, weights) = fit(&features, &examples, options);
    Ok(CueModel::quantised(cue_words, bias, &weights))
}

/// "don't", "wasn’t", "can't": auxiliaries too.
fn is_negated_auxiliary(word: &str) -> bool {
    word.ends_with("n't") || word.ends_with("n’t")
}

/// "is", "was", "been": left out of a cue's verb like the auxiliaries (`is *expected* to`).
fn is_a_form_of_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "'s" | "’s"
    )
}

/// Logistic regression by averaged stochastic gradient descent: every example is visited once
/// per epoch in a seeded order, and the model is the average of the weights over all steps
/// (kept with the usual trick: each update is also added, times its step, to a second table).
fn fit(
    features: &[u32],
    examples: &[(usize, bool)],
    options: CueTrainingOptions,
) -> (f32, Vec<f32>) {
    let mut weights = vec![0.0f64; WEIGHT_COUNT];
    let mut weighted_updates = vec![0.0f64; WEIGHT_COUNT];
    let (mut bias, mut weighted_bias_updates) = (0.0f64, 0.0f64);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut random = options.seed | 1;
    let mut step = 1.0f64;
    for epoch in 0..options.epochs {
        for index in (1..order.len()).rev() {
            // xorshift64: small, seeded, and the same on every machine.
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            order.swap(index, (random % (index as u64 + 1)) as usize);
        }
        let rate = f64::from(options.learning_rate) / (1.0 + epoch as f64);
        for &example in &order {
            let (first, is_cue) = examples[example];
            let slots = &features[first..first + FEATURES_PER_WORD];
            let sum = bias + slots.iter().map(|&at| weights[at as usize]).sum::<f64>();
            let probability = 1.0 / (1.0 + (-sum).exp());
            let update = rate * (f64::from(u8::from(is_cue)) - probability);
            if update != 0.0 {
                for &at in slots {
                    weights[at as usize] += update;
                    weighted_updates[at as usize] += step * update;
                }
                bias += update;
                weighted_bias_updates += step * update;
            }
            step += 1.0;
        }
    }
    let average = |weight: f64, weighted: f64| (weight - weighted / step) as f32;
    let averaged: Vec<f32> = weights
        .iter()
        .zip(&weighted_updates)
        .map(|(&weight, &weighted)| average(weight, weighted))
        .collect();
    (average(bias, weighted_bias_updates), averaged)
}

/// The words of `text` as the model reads them: runs of letters and apostrophes, with their
/// byte ranges.
pub fn words(text: &str) -> impl Iterator<Item = TextRange> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let is_word_char = |c: char| c.is_alphabetic() || c == '\'' || c == '’';
        let (start, _) = loop {
            let (index, c) = chars.next()?;
            if c.is_alphabetic() {
                break (index, c);
            }
        };
        let mut end = text.len();
        while let Some(&(index, c)) = chars.peek() {
            if !is_word_char(c) {
                end = index;
                break;
            }
            chars.next();
        }
        Some(TextRange::new(start, end))
    })
}

/// The FNV-1a hash (64 bits).
#[derive(Default)]
pub struct Fnv1a(u64);

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let from = if self.0 == 0 {
            FNV_OFFSET_BASIS
        } else {
            self.0
        };
        self.0 = fnv1a_from(from, bytes);
    }
}

/// The cues of one brat annotation, as byte ranges, each with where its content starts.
/// Brat's offsets count characters; `byte_of_char` maps them to bytes.
fn read_cues(
    name: &str,
    annotation: &str,
    byte_of_char: &[usize],
) -> Result<Vec<(TextRange, usize)>, LearnedCuesError> {
    let mut spans: HashMap<&str, TextRange> = HashMap::new();
    let mut events: Vec<(usize, HashMap<&str, &str>)> = Vec::new();
    for (index, line) in annotation.lines().enumerate() {
        let error = |message: String| LearnedCuesError::Annotation {
            article: name.to_string(),
            line: index + 1,
            message,
        };
        let fields: Vec<&str> = line.split('\t').collect();
        // A span's text may hold line breaks, so a line that does not open with an id and a tab
        // is the rest of the line before.
        let is_id = |prefix: char| {
            fields.len() > 1
                && fields[0].strip_prefix(prefix).is_some_and(|number| {
                    !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
                })
        };
        if is_id('T') {
            let Some(kind_and_ranges) = fields.get(1) else {
                return Err(error("a text-bound line needs a type and ranges".into()));
            };
            // A discontinuous span's pieces (`s1 e1;s2 e2`) are read as the span from the first
            // start to the last end: only its first word and its start matter here.
            let mut bounds = Vec::new();
            for piece in kind_and_ranges
                .split_once(' ')
                .map_or("", |(_, ranges)| ranges)
                .split(';')
            {
                for number in piece.split_whitespace() {
                    let offset: usize = number
                        .parse()
                        .map_err(|_| error(format!("`{number}` is not an offset")))?;
                    let byte = byte_of_char.get(offset).copied().ok_or_else(|| {
                        error(format!("offset {offset} lies past the end of the text"))
                    })?;
                    bounds.push(byte);
                }
            }
            let (Some(&start), Some(&end)) = (bounds.iter().min(), bounds.iter().max()) else {
                return Err(error("a text-bound line needs ranges".into()));
            };
            spans.insert(fields[0], TextRange::new(start, end));
        } else if is_id('E') {
            let roles = fields
                .get(1)
                .copied()
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|role| role.split_once(':'))
                .collect();
            events.push((index + 1, roles));
        }
    }
    let mut cues = Vec::new();
    for (_, roles) in events {
        let (Some(cue), Some(content)) = (
            roles.get("Cue").and_then(|id| spans.get(id)),
            roles.get("Content").and_then(|id| spans.get(id)),
        ) else {
            continue;
        };
        cues.push((*cue, content.start()));
    }
    Ok(cues)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Ann blasted the plan. Bob blasted the deal. The wind blasted. Ann blasted the fee.";
    // Cues at "blasted" (characters 4, 26 and 66), contents after them.
    const ANNOTATION: &str = "T1\tCue 4 11\tblasted\nT2\tContent 12 20\tthe plan\nE1\tAttribution:T1 Cue:T1 Content:T2\nT3\tCue 26 33\tblasted\nT4\tContent 34 42\tthe deal\nE2\tAttribution:T3 Cue:T3 Content:T4\nT5\tCue 66 73\tblasted\nT6\tContent 74 81\tthe fee\nE3\tAttribution:T5 Cue:T5 Content:T6\n";

    fn sentences_of(text: &str) -> Vec<TextRange> {
        let mut sentences = Vec::new();
        let mut start = 0;
        for (at, _) in text.match_indices(". ") {
            sentences.push(TextRange::new(start, at + 1));
            start = at + 2;
        }
        sentences.push(TextRange::new(start, text.len()));
        sentences
    }

    fn trained(text: &str, annotation: &str, seed: u64) -> Result<CueModel, LearnedCuesError> {
        let sentences = sentences_of(text);
        let options = CueTrainingOptions {
            seed,
            epochs: 40,
            learning_rate: 0.5,
        };
        learn(
            [CueTrainingArticle {
                name: "a",
                text,
                annotation,
                sentences: &sentences,
            }],
            options,
        )
    }

    fn probabilities(model: &CueModel, sentence: &str) -> Vec<(String, f32)> {
        let words = SentenceWords::new(sentence);
        (0..words.len())
            .map(|index| {
                let range = words.range(index);
                (
                    sentence[range.start()..range.end()].to_string(),
                    model.probability(&words, index),
                )
            })
            .collect()
    }

    #[test]
    fn a_trained_model_takes_the_cue_it_learned_and_no_other_word() {
        let model = trained(TEXT, ANNOTATION, 7).unwrap();
        let found = probabilities(&model, "Cy blasted the tax.");
        let (best, probability) = found
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap()
            .clone();
        assert_eq!(best, "blasted", "{found:?}");
        assert!(probability > 0.5, "{found:?}");
        for (word, probability) in &found[2..] {
            assert!(*probability < 0.5, "{word}: {found:?}");
        }
    }

    #[test]
    fn the_same_corpus_and_seed_give_the_same_bytes() {
        let first = trained(TEXT, ANNOTATION, 7).unwrap().to_bytes();
        assert_eq!(first, trained(TEXT, ANNOTATION, 7).unwrap().to_bytes());
        assert_ne!(first, trained(TEXT, ANNOTATION, 8).unwrap().to_bytes());
    }

    #[test]
    fn a_model_round_trips_and_a_damaged_file_is_refused() {
        let bytes = trained(TEXT, ANNOTATION, 7).unwrap().to_bytes();
        let read = CueModel::from_bytes(&bytes).unwrap();
        assert_eq!(read.to_bytes(), bytes);
        let mut flipped = bytes.clone();
        flipped[MAGIC.len() + 100] ^= 1;
        assert!(matches!(
            CueModel::from_bytes(&flipped),
            Err(LearnedCuesError::Corrupt("checksum mismatch"))
        ));
        assert!(matches!(
            CueModel::from_bytes(&bytes[..bytes.len() - 1]),
            Err(LearnedCuesError::Corrupt("checksum mismatch"))
        ));
        assert!(matches!(
            CueModel::from_bytes(&bytes[..MAGIC.len() + 100]),
            Err(LearnedCuesError::Corrupt("cut short"))
        ));
        assert!(matches!(
            CueModel::from_bytes(b"word\t1\t2\t1\n"),
            Err(LearnedCuesError::BadHeader)
        ));
    }

    #[test]
    fn offsets_are_characters_and_a_bad_offset_names_its_line() {
        let text = "Zoë blasted it. Zoë blasted them.";
        let annotation = "T1\tCue 4 11\tblasted\nT2\tContent 12 14\tit\nE1\tAttribution:T1 Cue:T1 Content:T2\nT3\tCue 999 1000\tx\n";
        let error = trained(text, annotation, 7).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a: line 4: offset 999 lies past the end of the text"
        );
        // Without the bad line, "blasted" (characters 4 to 11, bytes 5 to 12) is the cue learned.
        let annotation = annotation.lines().take(3).collect::<Vec<_>>().join("\n");
        let model = trained(text, &annotation, 7).unwrap();
        let found = probabilities(&model, "Zoë blasted them.");
        assert!(
            found[1].1 > found[0].1 && found[1].1 > found[2].1,
            "{found:?}"
        );
    }

    /// The words of a sentence the shipped model takes for cues.
    fn shipped_cues(sentence: &str) -> Vec<String> {
        let model = shipped();
        let words = SentenceWords::new(sentence);
        (0..words.len())
            .filter(|&index| {
                model.may_cue(&words, index)
                    && model.probability(&words, index) >= MIN_CUE_PROBABILITY
            })
            .map(|index| sentence[words.range(index).start()..words.range(index).end()].into())
            .collect()
    }

    #[test]
    fn the_shipped_model_takes_cue_words_in_their_place_and_no_other_word() {
        assert_eq!(
            shipped_cues("Sanders blasted the deal as a giveaway to Wall Street"),
            ["blasted"]
        );
        assert_eq!(
            shipped_cues("Ortega later decried the timing of the vote"),
            ["decried"]
        );
        // "studied" never cued an attribution in training: however much the words around it
        // look like a report's, it is not asked about.
        assert!(shipped_cues("Ann Autor studied the trade data").is_empty());
    }

    #[test]
    fn words_are_letter_runs_with_their_apostrophes() {
        let text = "Don’t say “no,” O'Brien said—twice.";
        let found: Vec<&str> = words(text).map(|w| w.slice(text).unwrap()).collect();
        assert_eq!(found, ["Don’t", "say", "no", "O'Brien", "said", "twice"]);
    }
}
