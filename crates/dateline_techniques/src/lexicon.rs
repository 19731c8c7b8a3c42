//! How emotionally loaded a word is: the VADER lexicon's mean valence (-4 to +4), see
//! lexicons/README.md for its source and licence.

use std::collections::HashMap;
use std::sync::OnceLock;

const VADER: &str = include_str!("../lexicons/vader_lexicon.tsv");

fn table() -> &'static HashMap<&'static str, f32> {
    static TABLE: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        VADER
            .lines()
            .filter_map(|line| {
                let (word, valence) = line.split_once('\t')?;
                Some((word, valence.trim().parse().ok()?))
            })
            .collect()
    })
}

/// The valence of a lowercased word, when the lexicon has it.
pub fn valence(lower_word: &str) -> Option<f32> {
    table().get(lower_word).copied()
}

/// The valence as a feature value: its sign and strength in three steps.
pub fn valence_bucket(valence: f32) -> &'static str {
    match valence {
        v if v <= -2.5 => "neg3",
        v if v <= -1.5 => "neg2",
        v if v < 0.0 => "neg1",
        v if v >= 2.5 => "pos3",
        v if v >= 1.5 => "pos2",
        _ => "pos1",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loaded_words_have_strong_valence() {
        assert!(valence("devastate").unwrap() < -2.5);
        assert_eq!(valence_bucket(valence("reckless").unwrap()), "neg2");
        assert_eq!(valence("harbour"), None);
    }
}
