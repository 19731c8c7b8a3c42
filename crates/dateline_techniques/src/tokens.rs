//! Tokens of an article for the techniques model: words, numbers and single punctuation marks,
//! each with its byte range and the sentence it belongs to.
//!
//! The model never sees raw text: every feature is computed from these tokens, so training and
//! prediction agree by construction.

use crate::lexicon::valence;
use dateline_document::TextRange;
use std::collections::HashMap;

/// One token of an article.
#[derive(Clone, Debug)]
pub struct Token {
    pub range: TextRange,
    /// Lowercased text; curly apostrophes become straight ones so that "don’t" == "don't".
    pub lower: String,
    pub shape: TokenShape,
    /// Index into [`ArticleTokens::sentences`].
    pub sentence: usize,
    /// Inside quotation marks within its sentence.
    pub quoted: bool,
    /// The lexicon's valence of `lower`, looked up once here for every feature that asks.
    pub valence: Option<f32>,
}

impl Token {
    /// A word the lexicon rates far from neutral (|valence| of 1.5 or more of 4): "devastate",
    /// "shameful", "great".
    pub fn is_strongly_valenced(&self) -> bool {
        self.valence.is_some_and(|valence| valence.abs() >= 1.5)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenShape {
    /// "word"
    Lower,
    /// "Word"
    Capitalised,
    /// "WORD" (two letters or more)
    Upper,
    /// Digits, possibly with other characters.
    Number,
    /// A single punctuation mark or symbol.
    Punctuation,
}

impl TokenShape {
    pub fn code(self) -> u8 {
        match self {
            TokenShape::Lower => b'x',
            TokenShape::Capitalised => b'X',
            TokenShape::Upper => b'U',
            TokenShape::Number => b'd',
            TokenShape::Punctuation => b'p',
        }
    }
}

/// A sentence as a run of tokens.
#[derive(Clone, Copy, Debug)]
pub struct TokenSentence {
    pub first_token: usize,
    /// One past the last token.
    pub end_token: usize,
    /// The article's first sentence (its title, for the corpus format and plain-text pages).
    pub is_first: bool,
    pub has_exclamation: bool,
    pub has_question: bool,
    /// Its strongly valenced words (see [`Token::is_strongly_valenced`]), counted once here for
    /// its own features and its neighbours'.
    pub strong_words: usize,
}

/// The tokens of an article with the counts that repetition features need.
pub struct ArticleTokens {
    pub tokens: Vec<Token>,
    pub sentences: Vec<TokenSentence>,
    /// How often each lowercased word occurs in the whole article.
    pub word_counts: HashMap<String, u32>,
    /// The whole text lowercased, where repeated phrases are counted.
    pub lower_text: String,
    /// How heated the article is as a whole: its strongly valenced words per thousand words,
    /// and its sentences with an exclamation mark.
    pub strong_words_per_mille: usize,
    pub exclaiming_sentences: usize,
}

impl ArticleTokens {
    /// Tokenises the given sentence ranges of `text` (ranges must fit `text`; a line break inside
    /// a range also ends a sentence, as in the corpus format of one sentence per line).
    pub fn new(text: &str, sentence_ranges: &[TextRange]) -> ArticleTokens {
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        for range in sentence_ranges {
            let Some(sentence_text) = range.slice(text) else {
                continue;
            };
            for line in split_lines(sentence_text) {
                let first_token = tokens.len();
                tokenise_into(
                    &sentence_text[line.start()..line.end()],
                    range.start() + line.start(),
                    sentences.len(),
                    &mut tokens,
                );
                if tokens.len() == first_token {
                    continue;
                }
                let words = &tokens[first_token..];
                sentences.push(TokenSentence {
                    first_token,
                    end_token: tokens.len(),
                    is_first: sentences.is_empty(),
                    has_exclamation: words.iter().any(|token| token.lower == "!"),
                    has_question: words.iter().any(|token| token.lower == "?"),
                    strong_words: words
                        .iter()
                        .filter(|token| token.is_strongly_valenced())
                        .count(),
                });
            }
        }
        let mut word_counts: HashMap<String, u32> = HashMap::new();
        for token in &tokens {
            if token.shape != TokenShape::Punctuation {
                *word_counts.entry(token.lower.clone()).or_default() += 1;
            }
        }
        let words = tokens
            .iter()
            .filter(|token| token.shape != TokenShape::Punctuation)
            .count();
        let strong: usize = sentences.iter().map(|sentence| sentence.strong_words).sum();
        let exclaiming_sentences = sentences
            .iter()
            .filter(|sentence| sentence.has_exclamation)
            .count();
        ArticleTokens {
            tokens,
            sentences,
            word_counts,
            lower_text: text.to_lowercase(),
            strong_words_per_mille: strong * 1000 / words.max(1),
            exclaiming_sentences,
        }
    }

    pub fn count_of(&self, lower: &str) -> u32 {
        self.word_counts.get(lower).copied().unwrap_or(0)
    }
}

fn split_lines(text: &str) -> impl Iterator<Item = TextRange> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let range = TextRange::new(start, start + line.len());
        start += line.len();
        range
    })
}

fn is_word_char(character: char) -> bool {
    character.is_alphanumeric()
}

/// Apostrophes and hyphens join letters into one word ("don't", "far-left").
fn is_joiner(character: char) -> bool {
    matches!(character, '\'' | '’' | '-')
}

fn is_quote_mark(character: char) -> bool {
    matches!(
        character,
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '「' | '」'
    )
}

fn tokenise_into(text: &str, offset: usize, sentence: usize, tokens: &mut Vec<Token>) {
    let mut characters = text.char_indices().peekable();
    let mut quoted = false;
    while let Some((start, character)) = characters.next() {
        if character.is_whitespace() {
            continue;
        }
        if !is_word_char(character) {
            let end = start + character.len_utf8();
            if is_quote_mark(character) {
                quoted = !quoted;
            }
            let lower = match character {
                '’' | '‘' => "'".to_string(),
                '“' | '”' | '„' | '«' | '»' => "\"".to_string(),
                other => other.to_string(),
            };
            tokens.push(Token {
                range: TextRange::new(offset + start, offset + end),
                valence: valence(&lower),
                lower,
                shape: TokenShape::Punctuation,
                sentence,
                quoted,
            });
            continue;
        }
        let mut end = start + character.len_utf8();
        while let Some(&(index, next)) = characters.peek() {
            if is_word_char(next) {
                end = index + next.len_utf8();
                characters.next();
                continue;
            }
            // A joiner counts only between two word characters.
            if is_joiner(next) && text[index + next.len_utf8()..].starts_with(is_word_char) {
                characters.next();
                continue;
            }
            break;
        }
        let word = &text[start..end];
        let lower = word.to_lowercase().replace('’', "'");
        tokens.push(Token {
            range: TextRange::new(offset + start, offset + end),
            valence: valence(&lower),
            lower,
            shape: shape_of(word),
            sentence,
            quoted,
        });
    }
}

fn shape_of(word: &str) -> TokenShape {
    if word.chars().any(|character| character.is_numeric()) {
        return TokenShape::Number;
    }
    let mut characters = word.chars();
    let first_upper = characters.next().is_some_and(char::is_uppercase);
    if !first_upper {
        return TokenShape::Lower;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        TokenShape::Upper
    } else {
        TokenShape::Capitalised
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let article = ArticleTokens::new(text, &[TextRange::new(0, text.len())]);
        article.tokens.iter().map(|t| t.lower.clone()).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            words("The far-left mob don’t care — “really”."),
            ["the", "far-left", "mob", "don't", "care", "—", "\"", "really", "\"", "."]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_ranges_point_into_the_text() {
        let text = "Title here\n\nFirst line.\nSecond line!";
        let article = ArticleTokens::new(text, &[TextRange::new(0, text.len())]);
        assert_eq!(article.sentences.len(), 3);
        assert!(article.sentences[0].is_first);
        assert!(article.sentences[2].has_exclamation);
        for token in &article.tokens {
            let slice = token.range.slice(text).unwrap();
            assert_eq!(slice.to_lowercase(), token.lower);
        }
        assert_eq!(article.count_of("line"), 2);
    }
}
