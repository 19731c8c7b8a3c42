//! Fuzzes the HTML path: arbitrary bytes decoded as the CLI decodes them, then extracted.
//! Every layer of the result must pass the validator.
#![no_main]

use dateline_document::{validate_layers, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(decoded) = dateline_ingest::decode(bytes.to_vec()) else {
        return;
    };
    // The CLI refuses pages nested deeper than this before extraction; the extractor has its own
    // guard too, which this target also exercises by not skipping them.
    let document = dateline_extract::extract_html(Source::from_path("fuzz.html"), &decoded.text);
    let violations = validate_layers(&document);
    assert!(violations.is_empty(), "{violations:?}");
});
