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

/// The article's language: what the page declares, unless its text is surely in another one (a
/// German article on a site whose template says `lang="en"`); detected from the text when the
/// page declares none.
pub fn article_language(declared: Option<String>, body: &str) -> Option<String> {
    let Some(declared) = declared else {
        return detect_language(body);
    };
    // Most pages declare English and are: a look at their first words spares them the trigram
    // detector, which costs about a twentieth of a page's extraction.
    if declared == "en" && reads_as_english(body) {
        return Some(declared);
    }
    match detect(body, Certainty::Sure) {
        Some(detected) if detected != declared => Some(detected),
        _ => Some(declared),
    }
}

/// Whether English function words make up a good share of the text's first words (about a
/// third of running English prose; under a tenth of other languages written in Latin letters).
fn reads_as_english(text: &str) -> bool {
    const WORDS_READ: usize = 60;
    let mut words = 0;
    let mut function_words = 0;
    for word in text.split_whitespace().take(WORDS_READ) {
        words += 1;
        let word = word.trim_matches(|c: char| !c.is_alphabetic());
        if matches!(
            word.to_ascii_lowercase().as_str(),
            "the"
                | "and"
                | "of"
                | "to"
                | "a"
                | "in"
                | "is"
                | "that"
                | "for"
                | "on"
                | "with"
                | "was"
                | "it"
                | "as"
                | "by"
                | "at"
                | "be"
                | "this"
                | "are"
                | "from"
                | "has"
                | "have"
                | "you"
                | "he"
                | "she"
                | "they"
                | "his"
                | "her"
                | "their"
                | "not"
        ) {
            function_words += 1;
        }
    }
    words >= 20 && function_words * 5 >= words
}

/// How sure detection must be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Certainty {
    /// whatlang's own verdict of reliable: enough to overrule what a page declares.
    Sure,
    /// Reliable or with a clear margin: enough where nothing is declared.
    Likely,
}

/// The language of `text` when whatlang is confident, as ISO 639-1 where one exists.
pub fn detect_language(text: &str) -> Option<String> {
    detect(text, Certainty::Likely)
}

fn detect(text: &str, certainty: Certainty) -> Option<String> {
    let sample = &text[..dateline_document::floor_char_boundary(text, DETECTION_SAMPLE_BYTES)];
    if sample.split_whitespace().count() < 5 {
        return None;
    }
    let info = whatlang::detect(sample)?;
    // whatlang calls short texts unreliable even when they are plain; a clear margin will do,
    // unless a declaration is to be overruled.
    if !info.is_reliable() && (certainty == Certainty::Sure || info.confidence() < 0.15) {
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
    fn a_declared_language_gives_way_only_to_text_surely_in_another() {
        let german = "Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute durch fast alle Branchen und Anwendungsgebiete, sei es im Finanzbereich oder in der Industrie.";
        assert_eq!(
            article_language(Some("en".to_string()), german).as_deref(),
            Some("de")
        );
        assert_eq!(
            article_language(Some("de".to_string()), german).as_deref(),
            Some("de")
        );
        // Too little text to overrule the page.
        assert_eq!(
            article_language(Some("en".to_string()), "Die Zeit").as_deref(),
            Some("en")
        );
        assert_eq!(article_language(None, german).as_deref(), Some("de"));
    }

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
