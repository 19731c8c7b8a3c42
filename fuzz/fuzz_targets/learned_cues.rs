//! The cue-model trainer reads brat standoff from files anyone can hand it, and the model reader
//! reads a file that may be damaged: neither panics, a trained model writes itself back the
//! same, and every word of any text gets a probability.
#![no_main]

use dateline_quotes::learned_cues::{
    learn, CueModel, CueTrainingArticle, CueTrainingOptions, SentenceWords,
};
use dateline_document::TextRange;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let input = String::from_utf8_lossy(bytes);
    // The first line is the article's text, the rest its annotation (offsets in characters).
    let (text, annotation) = input.split_once('\n').unwrap_or((&input, ""));
    let sentences = [TextRange::new(0, text.len())];
    let options = CueTrainingOptions {
        epochs: 1,
        ..CueTrainingOptions::default()
    };
    let article = CueTrainingArticle {
        name: "fuzz",
        text,
        annotation,
        sentences: &sentences,
    };
    if let Ok(model) = learn([article], options) {
        let bytes = model.to_bytes();
        assert_eq!(CueModel::from_bytes(&bytes).ok().as_ref(), Some(&model));
        let words = SentenceWords::new(text);
        for index in 0..words.len() {
            let probability = model.probability(&words, index);
            assert!((0.0..=1.0).contains(&probability));
        }
    }
    let _ = CueModel::from_bytes(bytes);
});
