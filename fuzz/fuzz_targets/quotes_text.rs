//! Fuzzes the quotation layers on any text: sentences, quotations, speakers and people must
//! come back without a panic, with every span on character boundaries inside the text and
//! every speaker's entity present (the layer validator checks both).
#![no_main]

use dateline_document::{validate_layers, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut document =
        dateline_extract::extract_plain_text(Source::from_path("fuzz.txt"), text.to_string());
    document.sentences = dateline_sentences::split_document(&document);
    let layers = dateline_quotes::annotate_quotes(&document);
    document.entities = layers.entities;
    document.quotes = layers.quotes;
    let violations = validate_layers(&document);
    assert!(violations.is_empty(), "{violations:?}");
});
