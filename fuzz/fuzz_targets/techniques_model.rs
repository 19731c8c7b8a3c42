//! Model files are input too (`--techniques-model`): any bytes either load or give an error, and a
//! model that loads predicts without panicking.
#![no_main]

use dateline_document::TextRange;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(model) = dateline_techniques::TechniquesModel::from_bytes(bytes) {
        let text = "A reckless plan.\nCan we trust them?";
        let _ = dateline_techniques::find_techniques(
            text,
            &[TextRange::new(0, text.len())],
            &model,
            model.default_threshold,
        );
    }
    // Label files of the corpus layout are parsed too.
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = dateline_techniques::corpus::parse_labels(text);
    }
});
