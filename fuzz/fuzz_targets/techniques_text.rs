//! The techniques layer on any text with any regions: spans must fit the text on char
//! boundaries, with scores in 0..=1.
#![no_main]

use dateline_document::{ceil_char_boundary, floor_char_boundary, TextRange};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static MODEL: OnceLock<dateline_techniques::TechniquesModel> = OnceLock::new();

fuzz_target!(|bytes: &[u8]| {
    let model = MODEL.get_or_init(|| {
        dateline_techniques::TechniquesModel::shipped().expect("the shipped model loads")
    });
    let text = String::from_utf8_lossy(bytes);
    // Regions cut at arbitrary points, snapped to char boundaries, overlapping on purpose.
    let third = floor_char_boundary(&text, text.len() / 3);
    let half = ceil_char_boundary(&text, text.len() / 2);
    let regions = [
        TextRange::new(0, half),
        TextRange::new(third, text.len()),
    ];
    for span in dateline_techniques::find_techniques(&text, &regions, model, 0.05) {
        assert!(span.range.is_valid_in(&text) && !span.range.is_empty());
        assert!((0.0..=1.0).contains(&span.score));
    }
});
