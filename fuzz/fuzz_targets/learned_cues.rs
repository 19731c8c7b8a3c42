//! The learned-cues trainer reads brat standoff from files anyone can hand it, and the table
//! parser reads a file that may be edited by hand: neither panics, and a table that parses
//! writes itself back the same.
#![no_main]

use dateline_quotes::learned_cues::LearnedCues;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let input = String::from_utf8_lossy(bytes);
    // The first line is the article's text, the rest its annotation (offsets in characters).
    let (text, annotation) = input.split_once('\n').unwrap_or((&input, ""));
    if let Ok(learned) = LearnedCues::learn([("fuzz", text, annotation)]) {
        let table = learned.to_table();
        assert_eq!(LearnedCues::parse(&table).ok(), Some(learned));
    }
    if let Ok(parsed) = LearnedCues::parse(&input) {
        assert_eq!(LearnedCues::parse(&parsed.to_table()).ok(), Some(parsed));
    }
});
