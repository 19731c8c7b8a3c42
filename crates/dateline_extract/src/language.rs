//! The article's language, from what the page declares or, failing that, from its text.
//!
//! Detection uses whatlang (trigram profiles, no model files); its ISO 639-3 codes are turned
//! into ISO 639-1 where one exists, since that is what `lang` attributes and users write.

/// ISO 639-3 codes that whatlang reports, with their ISO 639-1 equivalents.
const TWO_LETTER_CODES: &[(&str, &str)] = &[
    ("eng", "en"),
    ("rus", "ru"),
    ("cmn", "zh"),
    ("spa", "es"),
    ("por", "pt"),
    ("ita", "it"),
    ("ben", "bn"),
    ("fra", "fr"),
    ("deu", "de"),
    ("ukr", "uk"),
    ("kat", "ka"),
    ("ara", "ar"),
    ("hin", "hi"),
    ("jpn", "ja"),
    ("heb", "he"),
    ("yid", "yi"),
    ("pol", "pl"),
    ("amh", "am"),
    ("jav", "jv"),
    ("kor", "ko"),
    ("nob", "nb"),
    ("dan", "da"),
    ("swe", "sv"),
    ("fin", "fi"),
    ("tur", "tr"),
    ("nld", "nl"),
    ("hun", "hu"),
    ("ces", "cs"),
    ("ell", "el"),
    ("bul", "bg"),
    ("bel", "be"),
    ("mar", "mr"),
    ("kan", "kn"),
    ("ron", "ro"),
    ("slv", "sl"),
    ("hrv", "hr"),
    ("srp", "sr"),
    ("mkd", "mk"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("est", "et"),
    ("tam", "ta"),
    ("vie", "vi"),
    ("urd", "ur"),
    ("tha", "th"),
    ("guj", "gu"),
    ("uzb", "uz"),
    ("pan", "pa"),
    ("aze", "az"),
    ("ind", "id"),
    ("tel", "te"),
    ("pes", "fa"),
    ("mal", "ml"),
    ("ori", "or"),
    ("mya", "my"),
    ("nep", "ne"),
    ("sin", "si"),
    ("khm", "km"),
    ("tuk", "tk"),
    ("aka", "ak"),
    ("zul", "zu"),
    ("sna", "sn"),
    ("afr", "af"),
    ("lat", "la"),
    ("slk", "sk"),
    ("cat", "ca"),
    ("tgl", "tl"),
    ("hye", "hy"),
    ("cym", "cy"),
    ("epo", "eo"),
];

/// How much text detection reads: enough for a stable guess, bounded for speed.
const DETECTION_SAMPLE_BYTES: usize = 3000;

/// The language of `text` when whatlang is confident, as ISO 639-1 where one exists.
pub fn detect_language(text: &str) -> Option<String> {
    let sample = &text[..dateline_document::floor_char_boundary(text, DETECTION_SAMPLE_BYTES)];
    if sample.split_whitespace().count() < 5 {
        return None;
    }
    let info = whatlang::detect(sample)?;
    // whatlang calls short texts unreliable even when they are plain; a clear margin will do.
    if !info.is_reliable() && info.confidence() < 0.15 {
        return None;
    }
    let code = info.lang().code();
    Some(
        TWO_LETTER_CODES
            .iter()
            .find(|(three, _)| *three == code)
            .map_or(code, |(_, two)| two)
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_common_news_languages() {
        assert_eq!(
            detect_language(
                "The minister said on Tuesday that the talks would continue next week in Geneva."
            )
            .as_deref(),
            Some("en")
        );
        assert_eq!(
            detect_language("Министр заявил во вторник, что переговоры продолжатся на следующей неделе в Женеве.").as_deref(),
            Some("ru")
        );
        assert_eq!(detect_language("Hi"), None);
    }
}
