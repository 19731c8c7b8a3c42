//! Cue words learned from an attribution corpus, for the reports the patterns miss.
//!
//! The patterns in `attribution` know a few hundred cues and the sentence shapes around them;
//! news reports speech and stance with many more ("blasted", "seemed", "referring to", "echoed"),
//! in shapes no pattern spells out. This table says, for every word that cues an attribution in
//! the training corpus, how often it does so (`as_cue`) against how often it is written at all
//! (`seen`), and how often the attributed content follows it (`content_after`). A sentence in
//! which the patterns found nothing is read with it: its first word that cues often enough opens
//! a report. On PolNeAR's training split nine in ten such reports overlap an annotated
//! attribution, as the patterns' do; on other news, by eye, about half are attributions, which is
//! why the table is only asked where the patterns found nothing.
//!
//! The table is produced by `dateline train cues` from a corpus in brat standoff (PolNeAR's
//! layout: Cue, Content and Source spans joined by `E` lines) and shipped in
//! `data/learned-cues.tsv`: word counts only, no text of the corpus.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use dateline_document::TextRange;

/// The table the repository ships, produced from PolNeAR's training split.
const SHIPPED_TABLE: &str = include_str!("../data/learned-cues.tsv");

/// The first line of a table file: its format and version.
const HEADER: &str = "# dateline learned cues v1";

/// A word cues a report only when it did so this many times in training at least...
const MIN_TIMES_AS_CUE: u32 = 3;
/// ...and at least this share of the times it was written, with [`UNSEEN_USES`] added to them so
/// that a word seen a few times is not trusted like a frequent one.
const MIN_SHARE_AS_CUE: f64 = 0.3;
/// Uses added to a word's count before its share is taken: with 5, "unveiled" (a cue 4 times in
/// 9) and "outlined" (3 in 8) are left out, "blasted" (15 in 24) and "decried" (8 in 10) kept.
/// With 2 instead, PolNeAR dev F1 at 30% overlap was 0.001 higher and the table let in more such
/// verbs that name no speech in other news (`Apple unveiled its new laptop`).
const UNSEEN_USES: f64 = 5.0;

#[derive(Debug, thiserror::Error)]
pub enum LearnedCuesError {
    #[error("line {line}: {message}")]
    Table { line: usize, message: String },
    #[error("{article}: line {line}: {message}")]
    Annotation {
        article: String,
        line: usize,
        message: String,
    },
}

/// How one word behaved in the training corpus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CueCounts {
    /// Times it was the first word of an annotated cue.
    pub as_cue: u32,
    /// Times it was written at all.
    pub seen: u32,
    /// Of the times it was a cue, those whose content started after it.
    pub content_after: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LearnedCues {
    words: BTreeMap<String, CueCounts>,
}

/// The shipped table, parsed once.
pub fn shipped() -> &'static LearnedCues {
    static TABLE: LazyLock<LearnedCues> = LazyLock::new(|| {
        LearnedCues::parse(SHIPPED_TABLE).expect("the shipped learned-cues table parses")
    });
    &TABLE
}

/// The table's usable cues, looked up by lower-case word: only these are kept at run time.
pub fn usable_cues() -> &'static UsableCues {
    static USABLE: LazyLock<UsableCues> = LazyLock::new(|| {
        let words: HashSet<String, BuildHasherDefault<Fnv1a>> = shipped()
            .words
            .iter()
            .filter(|(_, counts)| is_usable(**counts))
            .map(|(word, _)| word.clone())
            .collect();
        let shortest = words.iter().map(String::len).min().unwrap_or(0);
        UsableCues { words, shortest }
    });
    &USABLE
}

/// The usable cues by word. Every word of a sentence the patterns found nothing in is looked up,
/// so the set hashes with FNV-1a, cheaper than the default SipHash on short words (the keys are
/// the shipped table's, fixed at build time; text only looks them up).
pub struct UsableCues {
    words: HashSet<String, BuildHasherDefault<Fnv1a>>,
    /// The shortest word's length in bytes: most words of a sentence ("a", "of", "the") are
    /// shorter than any cue and are not looked up.
    shortest: usize,
}

impl UsableCues {
    /// Whether a word as written, in any case, is a usable cue; `lower` is a buffer for the
    /// lower-case spelling of a word that has capitals.
    pub fn contains(&self, written: &str, lower: &mut String) -> bool {
        if written.len() < self.shortest {
            return false;
        }
        if written
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'\'')
        {
            return self.words.contains(written);
        }
        lower.clear();
        lower.extend(written.chars().flat_map(char::to_lowercase));
        self.words.contains(lower.as_str())
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

/// The FNV-1a hash (64 bits).
#[derive(Default)]
pub struct Fnv1a(u64);

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0100_0000_01b3;
        let mut hash = if self.0 == 0 { OFFSET_BASIS } else { self.0 };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
        self.0 = hash;
    }
}

/// A word cues a report when it did so often enough in training, and what it reported mostly
/// followed it (`Trump blasted the deal as a disaster`). Words whose content mostly came first
/// ("said" in `..., Trump said`, "according") are left to the patterns: read alone, the words
/// before them were an introductory phrase as often as a report (`Earlier this year, ...
/// appeared`), and without them PolNeAR's figures did not move.
fn is_usable(counts: CueCounts) -> bool {
    let share = f64::from(counts.as_cue) / (f64::from(counts.seen) + UNSEEN_USES);
    counts.as_cue >= MIN_TIMES_AS_CUE
        && share >= MIN_SHARE_AS_CUE
        && counts.content_after * 2 >= counts.as_cue
}

/// The words of `text` as the table counts them: runs of letters and apostrophes, with their
/// byte ranges.
pub fn words(text: &str) -> impl Iterator<Item = TextRange> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let is_word_char = |c: char| c.is_alphabetic() || c == '\'' || c == '’';
        let (start, _) = loop {
            let (index, c) = chars.next()?;
            if c.is_alphabetic() {
                break (index, c);
            }
        };
        let mut end = text.len();
        while let Some(&(index, c)) = chars.peek() {
            if !is_word_char(c) {
                end = index;
                break;
            }
            chars.next();
        }
        Some(TextRange::new(start, end))
    })
}

impl LearnedCues {
    pub fn counts(&self, word: &str) -> Option<CueCounts> {
        self.words.get(word).copied()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Learns from articles given as (text, brat standoff annotation) pairs, in any order: the
    /// table is the same for the same articles.
    pub fn learn<'a>(
        articles: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Result<LearnedCues, LearnedCuesError> {
        let mut cue_words: BTreeMap<String, CueCounts> = BTreeMap::new();
        let mut seen: HashMap<String, u32> = HashMap::new();
        for (name, text, annotation) in articles {
            let byte_of_char: Vec<usize> = text
                .char_indices()
                .map(|(index, _)| index)
                .chain([text.len()])
                .collect();
            let cues = read_cues(name, annotation, &byte_of_char)?;
            let mut cue_at: HashMap<usize, bool> = HashMap::new();
            for (cue, content_start) in cues {
                let Some(cue_text) = cue.slice(text) else {
                    continue;
                };
                if let Some(first) = words(cue_text).next() {
                    cue_at.insert(cue.start() + first.start(), content_start >= cue.end());
                }
            }
            for word in words(text) {
                let lower = word.slice(text).unwrap_or_default().to_lowercase();
                *seen.entry(lower.clone()).or_default() += 1;
                if let Some(&after) = cue_at.get(&word.start()) {
                    let counts = cue_words.entry(lower).or_default();
                    counts.as_cue += 1;
                    counts.content_after += u32::from(after);
                }
            }
        }
        for (word, counts) in &mut cue_words {
            counts.seen = seen.get(word).copied().unwrap_or(counts.as_cue);
        }
        Ok(LearnedCues { words: cue_words })
    }

    /// The table as the shipped file holds it: a header, then one word per line, sorted.
    pub fn to_table(&self) -> String {
        let mut out = String::from(HEADER);
        out.push_str("\n# word\tas_cue\tseen\tcontent_after\n");
        for (word, counts) in &self.words {
            out.push_str(&format!(
                "{word}\t{}\t{}\t{}\n",
                counts.as_cue, counts.seen, counts.content_after
            ));
        }
        out
    }

    pub fn parse(table: &str) -> Result<LearnedCues, LearnedCuesError> {
        let mut lines = table.lines().enumerate();
        match lines.next() {
            Some((_, HEADER)) => {}
            _ => {
                return Err(LearnedCuesError::Table {
                    line: 1,
                    message: format!("expected the header `{HEADER}`"),
                })
            }
        }
        let mut words = BTreeMap::new();
        for (index, line) in lines {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let error = |message: &str| LearnedCuesError::Table {
                line: index + 1,
                message: message.to_string(),
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [word, as_cue, seen, content_after] = fields[..] else {
                return Err(error("expected four tab-separated fields"));
            };
            let number = |field: &str| {
                field
                    .parse::<u32>()
                    .map_err(|_| error(&format!("`{field}` is not a count")))
            };
            let counts = CueCounts {
                as_cue: number(as_cue)?,
                seen: number(seen)?,
                content_after: number(content_after)?,
            };
            if counts.as_cue > counts.seen || counts.content_after > counts.as_cue {
                return Err(error(
                    "counts out of order (content_after <= as_cue <= seen)",
                ));
            }
            words.insert(word.to_string(), counts);
        }
        Ok(LearnedCues { words })
    }
}

/// The cues of one brat annotation, as byte ranges, each with where its content starts.
/// Brat's offsets count characters; `byte_of_char` maps them to bytes.
fn read_cues(
    name: &str,
    annotation: &str,
    byte_of_char: &[usize],
) -> Result<Vec<(TextRange, usize)>, LearnedCuesError> {
    let mut spans: HashMap<&str, TextRange> = HashMap::new();
    let mut events: Vec<(usize, HashMap<&str, &str>)> = Vec::new();
    for (index, line) in annotation.lines().enumerate() {
        let error = |message: String| LearnedCuesError::Annotation {
            article: name.to_string(),
            line: index + 1,
            message,
        };
        let fields: Vec<&str> = line.split('\t').collect();
        // A span's text may hold line breaks, so a line that does not open with an id and a tab
        // is the rest of the line before.
        let is_id = |prefix: char| {
            fields.len() > 1
                && fields[0].strip_prefix(prefix).is_some_and(|number| {
                    !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
                })
        };
        if is_id('T') {
            let Some(kind_and_ranges) = fields.get(1) else {
                return Err(error("a text-bound line needs a type and ranges".into()));
            };
            // A discontinuous span's pieces (`s1 e1;s2 e2`) are read as the span from the first
            // start to the last end: only its first word and its start matter here.
            let mut bounds = Vec::new();
            for piece in kind_and_ranges
                .split_once(' ')
                .map_or("", |(_, ranges)| ranges)
                .split(';')
            {
                for number in piece.split_whitespace() {
                    let offset: usize = number
                        .parse()
                        .map_err(|_| error(format!("`{number}` is not an offset")))?;
                    let byte = byte_of_char.get(offset).copied().ok_or_else(|| {
                        error(format!("offset {offset} lies past the end of the text"))
                    })?;
                    bounds.push(byte);
                }
            }
            let (Some(&start), Some(&end)) = (bounds.iter().min(), bounds.iter().max()) else {
                return Err(error("a text-bound line needs ranges".into()));
            };
            spans.insert(fields[0], TextRange::new(start, end));
        } else if is_id('E') {
            let roles = fields
                .get(1)
                .copied()
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|role| role.split_once(':'))
                .collect();
            events.push((index + 1, roles));
        }
    }
    let mut cues = Vec::new();
    for (_, roles) in events {
        let (Some(cue), Some(content)) = (
            roles.get("Cue").and_then(|id| spans.get(id)),
            roles.get("Content").and_then(|id| spans.get(id)),
        ) else {
            continue;
        };
        cues.push((*cue, content.start()));
    }
    Ok(cues)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Ann blasted the plan. Bob blasted the deal. The wind blasted. Ann blasted the fee.";
    // Cues at "blasted" (characters 4, 26 and 66), contents after them.
    const ANNOTATION: &str = "T1\tCue 4 11\tblasted\nT2\tContent 12 20\tthe plan\nE1\tAttribution:T1 Cue:T1 Content:T2\nT3\tCue 26 33\tblasted\nT4\tContent 34 42\tthe deal\nE2\tAttribution:T3 Cue:T3 Content:T4\nT5\tCue 66 73\tblasted\nT6\tContent 74 81\tthe fee\nE3\tAttribution:T5 Cue:T5 Content:T6\n";

    #[test]
    fn learning_counts_cue_uses_against_all_uses() {
        let learned = LearnedCues::learn([("a", TEXT, ANNOTATION)]).unwrap();
        assert_eq!(
            learned.counts("blasted"),
            Some(CueCounts {
                as_cue: 3,
                seen: 4,
                content_after: 3
            })
        );
        assert_eq!(learned.counts("wind"), None);
        assert_eq!(learned.len(), 1);
    }

    #[test]
    fn a_table_round_trips_and_a_broken_one_is_refused_with_its_line() {
        let learned = LearnedCues::learn([("a", TEXT, ANNOTATION)]).unwrap();
        let table = learned.to_table();
        assert_eq!(LearnedCues::parse(&table).unwrap(), learned);
        let broken = table.replace("\t4\t", "\tfour\t");
        let error = LearnedCues::parse(&broken).unwrap_err().to_string();
        assert!(error.starts_with("line 3:"), "{error}");
        assert!(LearnedCues::parse("word\t1\t2\t1\n").is_err());
    }

    #[test]
    fn offsets_are_characters_and_a_bad_offset_names_its_line() {
        let text = "Zoë blasted it. Zoë blasted them.";
        let annotation = "T1\tCue 4 11\tblasted\nT2\tContent 12 14\tit\nE1\tAttribution:T1 Cue:T1 Content:T2\nT3\tCue 999 1000\tx\n";
        let error = LearnedCues::learn([("zoe", text, annotation)]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "zoe: line 4: offset 999 lies past the end of the text"
        );
        let annotation = annotation.lines().take(3).collect::<Vec<_>>().join("\n");
        let learned = LearnedCues::learn([("zoe", text, annotation.as_str())]).unwrap();
        assert_eq!(learned.counts("blasted").map(|c| c.as_cue), Some(1));
        assert_eq!(learned.counts("blasted").map(|c| c.seen), Some(2));
    }

    #[test]
    fn the_shipped_table_parses_and_keeps_only_words_that_cue_often() {
        let usable = usable_cues();
        assert!(!shipped().is_empty());
        assert!(usable.len() < shipped().len());
        for word in usable.iter() {
            let counts = shipped().counts(word).unwrap();
            assert!(counts.as_cue >= MIN_TIMES_AS_CUE, "{word}");
            assert!(is_usable(counts), "{word}");
            let mut buffer = String::new();
            assert!(usable.contains(word, &mut buffer));
            assert!(usable.contains(&word.to_uppercase(), &mut buffer));
        }
        for word in ["the", "according", "unveiled"] {
            assert!(!usable.contains(word, &mut String::new()), "{word}");
        }
        assert!(usable.contains("blasted", &mut String::new()));
    }

    #[test]
    fn words_are_letter_runs_with_their_apostrophes() {
        let text = "Don’t say “no,” O'Brien said—twice.";
        let found: Vec<&str> = words(text).map(|w| w.slice(text).unwrap()).collect();
        assert_eq!(found, ["Don’t", "say", "no", "O'Brien", "said", "twice"]);
    }
}
