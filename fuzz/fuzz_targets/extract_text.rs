//! Fuzzes the plain-text path: the text must come back unchanged and every span must be valid.
#![no_main]

use dateline_document::{validate_layers, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let document =
        dateline_extract::extract_plain_text(Source::from_path("fuzz.txt"), text.to_string());
    assert_eq!(document.text, text);
    let violations = validate_layers(&document);
    assert!(violations.is_empty(), "{violations:?}");
});
