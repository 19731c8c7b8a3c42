//! Quotations and who said them.
//!
//! Brief overview:
//! - `marks` finds direct quotations by their quotation marks, linear in the text.
//! - `attribution` holds the cue and source patterns: after a quote, before it, continued
//!   from the previous quote, and reported speech without marks.
//! - `people` registers the people an article names and resolves a source mention ("he",
//!   "Ms. White", "the minister") to one of them, or to no one.
//! - [`annotate_quotes`] runs the three over a document whose paragraphs and sentences are
//!   known and returns the `entities` (people, organisations, places) and `quotes` layers.
//!
//! Requires: the body, paragraphs and sentences. Produces: quotes and entities.
//! This crate does no I/O and never edits the text.

mod attribution;
mod given_names;
pub mod learned_cues;
mod marks;
mod organisations;
mod people;

use std::collections::{HashMap, HashSet};

use dateline_document::{
    ceil_char_boundary, floor_char_boundary, Document, Entity, Quote, QuoteKind, Speaker, TextRange,
};

use attribution::{
    attributes_a_stance, infinitive_ends_the_report, is_passive_or_not_speech, needs_that_clause,
    progressive_reads_otherwise, reports_a_finding, ACCORDING_TO_BEFORE_QUOTE, ACCORDING_TO_FIRST,
    ACCORDING_TO_LAST, AFTER_QUOTE, ANY_CUE_WORD, ASKED_QUESTION, AS_REPORTED_BY_FIRST,
    COLON_INTRODUCTION, CUE_BEFORE_MARK, CUE_FIRST_WORDS, CUE_IN_TEXT, DASH_CREDIT,
    IN_A_POLL_FIRST, IN_A_POLL_LAST, LEADING_TIME_PHRASE, MIDDLE_CLAUSE, NAME_BEFORE_COLON,
    PARTICIPLE_AFTER_ATTRIBUTION, PARTICIPLE_CUE, SOURCE_AT_END, SUBJECT_AT_START, TRAILING_CLAUSE,
};
pub use marks::{find_quoted_spans, QuotedSpan};
use people::{
    is_title_word, looks_like_person_name, names_written_in, trim_name, written_as_name, Gender,
    PeopleRegister, TITLES,
};

/// The layers this stage adds.
pub struct QuoteLayers {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

/// Quoted spans shorter than this with no cue are scare quotes or titles, not quotations.
const MIN_UNATTRIBUTED_WORDS: usize = 4;
/// Reported speech shorter than this is too little to be a statement ("he said so").
const MIN_REPORTED_WORDS: usize = 3;
/// How far after one attributed quotation a quotation without its own cue still continues it.
const CONTINUATION_BYTES: usize = 400;

struct Candidate {
    content: TextRange,
    kind: QuoteKind,
    cue: Option<TextRange>,
    source: Option<TextRange>,
    /// For a quotation that continues the previous one: its index among the candidates.
    continues: Option<usize>,
    /// The quoted pieces of a statement split by its cue; empty for one piece.
    parts: Vec<TextRange>,
}

impl Candidate {
    /// Reported speech with its cue and source: `mixed` when quoted words stand inside it.
    fn report(
        content: TextRange,
        has_quoted_words: bool,
        cue: TextRange,
        source: TextRange,
        parts: Vec<TextRange>,
    ) -> Candidate {
        Candidate {
            content,
            kind: if has_quoted_words {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            cue: Some(cue),
            source: Some(source),
            continues: None,
            parts,
        }
    }

    /// Adds a later piece of the same statement: the parts list every piece (the first one
    /// included) and the content runs from the first to the end of this one.
    fn add_piece(&mut self, piece: TextRange) {
        if self.parts.is_empty() {
            self.parts.push(self.content);
        }
        self.parts.push(piece);
        self.content = TextRange::new(self.content.start(), piece.end());
    }
}

pub fn annotate_quotes(document: &Document) -> QuoteLayers {
    let text = &document.text;
    let mut paragraphs: Vec<TextRange> = if document.paragraphs.is_empty() {
        vec![document.body]
    } else {
        document
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.range)
            .collect()
    };
    let mut sentences = document.sentences.clone();
    // A headline in the text (plain-text pages) reports speech too: "Pence: Flowers won't be at
    // the debate", "Graham says Trump could address clean energy". It is read as a paragraph
    // and a sentence of its own.
    let headline = document
        .metadata
        .title_range
        .filter(|title| title.end() <= document.body.start());
    if let Some(title) = headline {
        paragraphs.insert(0, title);
        sentences.insert(0, title);
    }
    // The dateline opening the body ("BUFFALO, N.Y. — Hours before ..., Boudreau expressed
    // confidence, saying ...") is no part of its sentence's subject or of anything said: the
    // sentence is read from after it.
    if let Some(dateline) = &document.dateline {
        for sentence in &mut sentences {
            if sentence.start() <= dateline.range.start() && dateline.range.end() < sentence.end() {
                *sentence = TextRange::new(dateline.range.end(), sentence.end()).trimmed_in(text);
            }
        }
    }
    let sentences = &sentences;
    let mut spans = find_quoted_spans(text, &paragraphs);
    spans.retain(|span| !is_title_after_possessive(text, span));
    let mut candidates = merge_split_statements(direct_quotations(text, sentences, &spans));
    // Words the article writes in lower case: a capitalised one opening a sentence is no part
    // of a name (see `people::common_opening_word_len`), and a label before a colon made of
    // such words is a field's name, not a speaker's.
    let lower_case_words = people::LowerCaseWords::new(document.body.slice(text).unwrap_or(""));
    let mut reported = reported_speech(
        text,
        sentences,
        headline,
        &lower_case_words,
        &spans,
        &candidates,
    );
    drop_repeated_field_values(text, &mut reported);
    add_relative_clause_reports(text, sentences, &candidates, &mut reported);
    // A quotation with no cue of its own inside reported speech is part of that report.
    candidates.retain(|candidate| {
        candidate.source.is_some()
            || candidate.continues.is_some()
            || !reported
                .iter()
                .any(|report| report.content.contains_range(candidate.content))
    });
    // A short quotation whose cue also opens a report around it (`Trump called the plan “a
    // disaster” for the country`) is told once, by the report, which holds more of what was
    // said; unless a continuation follows it, whose speaker is read from it.
    let inside_its_report: Vec<bool> = candidates
        .iter()
        .enumerate()
        .map(|(index, candidate)| {
            candidate.source.is_some()
                && candidate.cue.is_some()
                && candidates
                    .get(index + 1)
                    .is_none_or(|next| next.continues.is_none())
                && reported.iter().any(|report| {
                    report.cue == candidate.cue && report.content.contains_range(candidate.content)
                })
        })
        .collect();
    let mut inside = inside_its_report.into_iter();
    candidates.retain(|_| !inside.next().unwrap_or(false));
    candidates.extend(reported);
    // An interview's turns ("Q: ...", "BENENSON: ...") are the speaker's words, whole
    // paragraphs of them; what the sentence readers found inside a turn is part of it (one
    // attribution keeps contents from nesting, as in reported speech).
    let mut turns = transcript_turns(text, &paragraphs);
    // `Limbaugh added:` alone in its paragraph: the next paragraph is what he said, word for
    // word, a quotation set off as a block (without marks) rather than quoted inline.
    let blocks = introduced_blocks(text, &paragraphs, &turns, &lower_case_words);
    turns.extend(blocks);
    turns.sort_by_key(|turn| turn.content.start());
    // Turns are paragraphs, in text order and apart: the last one starting before a candidate
    // ends is the only one that can hold it (a binary search keeps this linear).
    candidates.retain(|candidate| {
        let before_end =
            turns.partition_point(|turn| turn.content.start() < candidate.content.end());
        before_end == 0 || !turns[before_end - 1].content.intersects(candidate.content)
    });
    candidates.extend(turns);
    // `said Rosie Franco, noting how blessed her family is`: the participle is a report of its
    // own, not part of the source (nor the speaker's role).
    for candidate in &mut candidates {
        if let Some(source) = candidate.source {
            candidate.source = Some(source_without_participle(text, source));
        }
    }
    let after_quotations = participle_reports_after_quotations(text, sentences, &candidates);
    candidates.extend(after_quotations);
    // Sentences in which nothing above found a quotation or report are read once more with the
    // cue words learned from an attribution corpus.
    let learned = learned_cue_reports(text, sentences, &spans, &candidates, &lower_case_words);
    candidates.extend(learned);
    attribute_closing_occasions(text, &mut candidates);
    mend_unlikely_sources(text, &mut candidates);
    possessive_sources(text, &mut candidates);
    // `The plan, which officials said will start in May, costs less.`: a report whose source
    // stands in a relative clause ends with the clause, at its closing comma.
    for candidate in &mut candidates {
        if candidate.kind == QuoteKind::Direct || !candidate.parts.is_empty() {
            continue;
        }
        let Some(source) = candidate.source else {
            continue;
        };
        let in_relative_clause = text[..source.start()]
            .trim_end()
            .strip_suffix("which")
            .or_else(|| text[..source.start()].trim_end().strip_suffix("that"))
            .is_some_and(|before| before.trim_end().ends_with(','));
        if !in_relative_clause {
            continue;
        }
        let Some(content) = candidate.content.slice(text) else {
            continue;
        };
        if let Some(comma) = content.find(", ") {
            let clause =
                TextRange::new(candidate.content.start(), candidate.content.start() + comma);
            // A comma inside quoted words (`affirmed “the belief in the indispensability, the
            // sovereignty ...”`) closes no clause.
            let before_comma = &content[..comma];
            let inside_quotation = before_comma.matches('“').count()
                > before_comma.matches('”').count()
                || before_comma.matches('"').count() % 2 == 1;
            if !inside_quotation && has_words(text, clause, MIN_REPORTED_WORDS) {
                candidate.content = clause;
            }
        }
    }
    // Whichever reader found a report, a preposition right after its cue is the cue's.
    for candidate in &mut candidates {
        let Some(cue) = candidate.cue else {
            continue;
        };
        let right_after_cue = text
            .get(cue.end()..candidate.content.start())
            .is_some_and(|between| between.trim().is_empty());
        if candidate.kind == QuoteKind::Direct || !candidate.parts.is_empty() || !right_after_cue {
            continue;
        }
        let (content, cue) = preposition_into_cue(text, candidate.content, cue);
        let (content, cue) = going_on_into_cue(text, content, cue);
        candidate.content = content;
        candidate.cue = Some(cue);
        // `told his supporters that ...`, `assured voters he'd ...`: whom the words were said to
        // is not part of them.
        if let Some(skipped) = recipient_before_report(text, cue, candidate.content) {
            candidate.content =
                TextRange::new(candidate.content.start() + skipped, candidate.content.end());
        }
        // `said in a telephone interview that ...`, `argued for years that ...`: where, when or
        // how the words were said is not part of them either.
        if let Some(skipped) = occasion_before_that(text, candidate.content) {
            candidate.content =
                TextRange::new(candidate.content.start() + skipped, candidate.content.end());
        }
    }
    // A dateline opening a paragraph is not part of what anyone said.
    if let Some(dateline) = &document.dateline {
        for candidate in &mut candidates {
            if candidate.content.contains_range(dateline.range)
                || candidate.content.start() == dateline.range.start()
            {
                let start = dateline.range.end().min(candidate.content.end());
                candidate.content = TextRange::new(start, candidate.content.end()).trimmed_in(text);
                // Parts keep to the content: the one the dateline opened loses it.
                let content = candidate.content;
                candidate.parts.retain_mut(|part| {
                    *part = TextRange::new(part.start().max(content.start()), part.end())
                        .trimmed_in(text);
                    part.start() >= content.start() && !part.is_empty()
                });
                if candidate.parts.len() == 1 {
                    candidate.parts.clear();
                }
            }
        }
    }
    // A report opens with what was said, never with the punctuation after its cue (`smiled and
    // said, ''I'm waiting ...''` read from the comma).
    for candidate in &mut candidates {
        if candidate.kind == QuoteKind::Direct || !candidate.parts.is_empty() {
            continue;
        }
        if let Some(content) = candidate.content.slice(text) {
            let opened = content.trim_start_matches([',', ':', ';', ' ', '\u{a0}']);
            let skipped = content.len() - opened.len();
            if skipped > 0 {
                candidate.content =
                    TextRange::new(candidate.content.start() + skipped, candidate.content.end());
            }
        }
    }
    // Marks with nothing but punctuation between them (`win,”,” said`) quote nothing.
    candidates.retain(|candidate| !candidate.content.is_empty());
    candidates.retain_mut(|candidate| {
        if candidate.kind == QuoteKind::Direct || !candidate.parts.is_empty() {
            return true;
        }
        if goes_on_somewhere(text, candidate) || shares_a_thing(text, candidate) {
            return false;
        }
        if let Some(source) = candidate.source {
            if source_is_a_time(text, source) {
                candidate.source = record_dated_by(text, source);
            }
        }
        match report_says_nothing(text, candidate.content) {
            Some(ReportsNothing::ButItsObject(object)) => {
                candidate.content = object;
                true
            }
            Some(ReportsNothing::AtAll) => false,
            None => true,
        }
    });
    candidates.sort_by_key(|candidate| candidate.content.start());
    let mut candidates = join_unattributed_quotations(text, candidates);
    // Continuation indices refer to positions before sorting; direct ones were pushed in text
    // order first, so recompute them against the sorted list.
    relink_continuations(&mut candidates);

    let mut register = PeopleRegister::default();
    register.add_titled_names(text, document.body);
    register.add_untitled_names(text, document.body, &lower_case_words);
    let read_shapes: Vec<Option<SourceShape>> = candidates
        .iter()
        .map(|candidate| candidate.source.map(|source| analyse_source(text, source)))
        .collect();
    // A single word in capitals longer than most acronyms ("BENENSON", "UKMTO") is written as a
    // name only when the article writes it so elsewhere; an acronym stays as it is. The words
    // are looked for in one pass over the text.
    let capital_words: Vec<String> = read_shapes
        .iter()
        .filter_map(|shape| match shape {
            Some(SourceShape::Name { name, .. }) if is_long_word_in_capitals(name) => {
                Some(written_as_name(name))
            }
            _ => None,
        })
        .collect::<HashSet<String>>()
        .into_iter()
        .collect();
    let mut written_as_names = names_written_in(text, &capital_words);
    // ... or as the surname of a longer label ("JOEL BENENSON", then "BENENSON").
    let label_surnames: Vec<String> = read_shapes
        .iter()
        .filter_map(|shape| match shape {
            Some(SourceShape::Name { name, .. })
                if name.contains(' ') && !name.chars().any(char::is_lowercase) =>
            {
                name.split_whitespace().last().map(written_as_name)
            }
            _ => None,
        })
        .collect();
    // Looked up in a set: a transcript of thousands of labels asks once per label.
    let capital_word_set: HashSet<&str> = capital_words.iter().map(String::as_str).collect();
    for surname in &label_surnames {
        if let Some(&word) = capital_word_set.get(surname.as_str()) {
            written_as_names.insert(word);
        }
    }
    let shapes: Vec<Option<SourceShape>> = read_shapes
        .into_iter()
        .zip(&candidates)
        .map(|(shape, candidate)| {
            // A label before a colon (`WALLACE: ...`) is a name however the article writes it.
            let labelled = candidate
                .cue
                .and_then(|cue| cue.slice(text))
                .is_some_and(|cue| cue == ":");
            shape
                .and_then(|shape| read_transcript_label(shape, labelled, &written_as_names))
                .map(|shape| without_common_opening_word(text, shape, &lower_case_words))
        })
        .collect();
    let mut named: Vec<Option<usize>> = vec![None; candidates.len()];
    for (index, shape) in shapes.iter().enumerate() {
        if let Some(SourceShape::Name { name, range, role }) = shape {
            if looks_like_person_name(name)
                && (name.split_whitespace().count() >= 2 || role.is_some())
                && !organisations::is_organisation_or_place(name)
                && !people::names_no_person(name)
            {
                named[index] = Some(register.add_person(name, *range, role.clone()));
            }
        }
    }
    // After every longer name is known: a given name alone that is the first word of one is a
    // mention of that person.
    register.add_people_named_by_a_given_name_alone(text, document.body, &lower_case_words);
    register.add_surname_and_given_name_mentions(text, document.body, &lower_case_words);
    register.read_genders(text);

    // People named inside quotation marks are spoken of, not speaking: a pronoun after the
    // quotation stands for someone named outside it.
    let quoted: Vec<TextRange> = spans.iter().map(|span| span.outer).collect();
    let context = ReadingContext {
        text,
        quoted: &quoted,
        sentences,
        lower_case_words: &lower_case_words,
    };
    let mut speakers: Vec<Option<Speaker>> = Vec::with_capacity(candidates.len());
    for (index, candidate) in candidates.iter().enumerate() {
        let speaker = match (&shapes[index], candidate.continues) {
            (_, Some(previous)) if previous < index => speakers[previous].clone(),
            (None, _) => None,
            (Some(shape), _) => resolve(
                &mut register,
                shape,
                named[index],
                candidate.source.map_or(0, |s| s.start()),
                &context,
            ),
        };
        speakers.push(speaker);
    }
    let quotes: Vec<Quote> = candidates
        .iter()
        .zip(speakers)
        .map(|(candidate, speaker)| {
            let (cue, source) = match candidate.continues {
                Some(previous) if candidate.cue.is_none() => {
                    (candidates[previous].cue, candidates[previous].source)
                }
                _ => (candidate.cue, candidate.source),
            };
            Quote {
                content: candidate.content,
                parts: candidate.parts.clone(),
                kind: candidate.kind,
                cue,
                source,
                speaker,
            }
        })
        .collect();
    // Names of things in capitals (a game's places, products, laws) are no people: a person
    // entity stays only when the article shows it to be one, or someone speaks as it.
    let spoken_as: HashSet<usize> = quotes
        .iter()
        .filter_map(|quote| quote.speaker.as_ref().and_then(|speaker| speaker.entity))
        .collect();
    // German capitalises every noun: two capitalised words ("Bereich Healthcare", "Status Quo")
    // are no sign of a name there.
    let nouns_are_capitalised = document
        .metadata
        .language
        .as_deref()
        .is_some_and(|language| matches!(language, "de" | "lb"));
    let keep: Vec<bool> = (0..register.people_count())
        .map(|id| {
            if nouns_are_capitalised {
                return spoken_as.contains(&id) || register.shows_a_person_by_role_or_name(id);
            }
            spoken_as.contains(&id)
                || register.shows_a_person(id, text)
                || !register.names_a_word_written_in_lower_case(id, &lower_case_words)
        })
        .collect();
    let mut new_ids: Vec<Option<usize>> = Vec::with_capacity(keep.len());
    let mut entities: Vec<Entity> = Vec::new();
    for (entity, kept) in register.into_entities().into_iter().zip(&keep) {
        if *kept {
            new_ids.push(Some(entities.len()));
            entities.push(Entity {
                id: entities.len(),
                ..entity
            });
        } else {
            new_ids.push(None);
        }
    }
    let mut quotes = quotes;
    for quote in &mut quotes {
        if let Some(speaker) = quote.speaker.as_mut() {
            speaker.entity = speaker
                .entity
                .and_then(|id| new_ids.get(id).copied().flatten());
        }
    }
    for thing in
        organisations::find_organisations_and_places(text, document.body, &[], &lower_case_words)
    {
        if entities.iter().any(|entity| entity.name == thing.name) {
            continue;
        }
        entities.push(Entity {
            id: entities.len(),
            kind: thing.kind,
            name: thing.name,
            mentions: thing.mentions,
        });
    }
    // A speaker named as an organisation ("the World Health Organization said", "the WHO
    // said") is that organisation's entity.
    let mut quotes: Vec<Quote> = quotes;
    for quote in &mut quotes {
        let Some(speaker) = quote.speaker.as_mut() else {
            continue;
        };
        if speaker.entity.is_none() {
            let name = speaker.name.strip_prefix("the ").unwrap_or(&speaker.name);
            if let Some(entity) = entities
                .iter()
                .find(|entity| entity.name == name || entity_mentioned_as(text, entity, name))
            {
                speaker.name = entity.name.clone();
                speaker.entity = Some(entity.id);
            }
        }
    }
    QuoteLayers { entities, quotes }
}

/// Whether one of the entity's mentions reads `name` ("WHO" for the World Health Organization).
fn entity_mentioned_as(text: &str, entity: &Entity, name: &str) -> bool {
    entity
        .mentions
        .iter()
        .any(|mention| mention.slice(text) == Some(name))
}

/// Joins a quotation with no cue or source of its own to the attributed quotation before it in
/// the same paragraph, as one statement in pieces: `“A,” Ferriss noted, referring to a memoir.
/// “B.”` is Ferriss's A and B, as readers take it and PolNeAR annotates it (measured on its
/// training split: of such quotations after a direct or mixed one, 93 were annotated as a piece
/// of it and 35 apart). Only when nothing was found between them: a report in between (`Jones
/// said ...`) may be whose the quotation is. Candidates are in text order.
fn join_unattributed_quotations(text: &str, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut joined: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let joins = candidate.source.is_none()
            && candidate.continues.is_none()
            && candidate.cue.is_none()
            && candidate.kind == QuoteKind::Direct
            && joined.last().is_some_and(|previous| {
                matches!(previous.kind, QuoteKind::Direct | QuoteKind::Mixed)
                    && (previous.source.is_some() || previous.continues.is_some())
                    && previous.content.end() <= candidate.content.start()
                    && text
                        .get(previous.content.end()..candidate.content.start())
                        .is_some_and(|between| !between.contains('\n'))
            });
        if joins {
            if let Some(previous) = joined.last_mut() {
                previous.add_piece(candidate.content);
                continue;
            }
        }
        joined.push(candidate);
    }
    joined
}

fn relink_continuations(candidates: &mut [Candidate]) {
    for index in 0..candidates.len() {
        if candidates[index].continues.is_some() {
            let previous = (0..index).rev().find(|&earlier| {
                candidates[earlier].kind == QuoteKind::Direct
                    && (candidates[earlier].source.is_some()
                        || candidates[earlier].continues.is_some())
            });
            candidates[index].continues = previous;
        }
    }
}

/// The most words a sentence that only attributes the quotation before it may have.
const MAX_ATTRIBUTION_SENTENCE_WORDS: usize = 6;

/// Where the attribution after a quotation may run to: the end of the quotation's sentence,
/// or, when the sentence ends with the quotation (a question or an exclamation closes it:
/// `"Can you reform Wall Street?" Sanders asked.`, which sentence splitters cut after the mark),
/// the end of the next sentence in the same paragraph.
fn attribution_sentence_end(
    text: &str,
    sentences: &[TextRange],
    sentence: TextRange,
    quotation_end: usize,
) -> usize {
    let ends_with_quotation = text
        .get(quotation_end..sentence.end())
        .is_some_and(|rest| rest.trim().is_empty());
    if !ends_with_quotation {
        return sentence.end();
    }
    // Sentences are in text order: a binary search keeps this linear in the count of marks.
    let next = sentences
        .get(sentences.partition_point(|next| next.start() < sentence.end()))
        .filter(|next| {
            text.get(sentence.end()..next.start())
                .is_some_and(|gap| !gap.contains('\n'))
                // Only a sentence that is little more than an attribution ("Sanders asked.",
                // "said Sen. Ann Reyes, R-Texas."), or nothing but one however long ("Adam
                // Meyers, a senior vice president at CrowdStrike, said in an interview."): a
                // sentence with words of its own reports on its own.
                && (word_count(text, **next) <= MAX_ATTRIBUTION_SENTENCE_WORDS
                    || is_only_an_attribution(text, **next))
        });
    next.map_or(sentence.end(), |next| next.end())
}

/// Whether a sentence is a source and a cue and nothing else (an attribution after a quotation
/// ends its own sentence when the quotation ends with "?" or "!").
fn is_only_an_attribution(text: &str, sentence: TextRange) -> bool {
    let Some(slice) = sentence.slice(text) else {
        return false;
    };
    let slice = slice.trim_end().trim_end_matches(['.', '!', '?']);
    ANY_CUE_WORD.is_match(slice)
        && AFTER_QUOTE
            .find(slice)
            .is_some_and(|attribution| attribution.end() == slice.len())
}

fn sentence_containing(sentences: &[TextRange], position: usize) -> Option<TextRange> {
    let index = sentences.partition_point(|sentence| sentence.end() <= position);
    sentences
        .get(index)
        .copied()
        .filter(|sentence| sentence.start() <= position)
}

/// The words a cue ending at `cue_end` reports, to the sentence's end: the reported clause keeps
/// its "that", as attribution corpora annotate it; a comma after the cue and the sentence's final
/// mark are not part of it.
fn clause_after_cue(sentence: &str, cue_end: usize) -> TextRange {
    let rest = &sentence[cue_end..];
    let mut start = cue_end + (rest.len() - rest.trim_start().len());
    // `said, "..."`, `said: "..."`: the punctuation after the cue opens the report. After a
    // verb of taking sides, whose object would follow it, a comma closes the clause instead
    // (`When asked whom she supported, Ms. Sherry smiled`): there is no report. ("Records
    // show, ...", "refused, generally, to ..." do report.)
    if sentence[start..].starts_with(", ") || sentence[start..].starts_with(": ") {
        let cue_word = sentence[..cue_end]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase();
        let takes_an_object = matches!(
            cue_word.as_str(),
            "supported"
                | "supports"
                | "endorsed"
                | "endorses"
                | "opposed"
                | "opposes"
                | "oppose"
                | "defended"
                | "defends"
        );
        if sentence[start..].starts_with(", ") && takes_an_object {
            return TextRange::new(start, start);
        }
        start += 2;
    }
    // `Her fear is that ...`: the copula after a noun cue is no part of what was said.
    if let Some(copula) = ["is that ", "was that ", "are that ", "were that "]
        .iter()
        .find(|copula| sentence[start..].starts_with(**copula))
    {
        start += copula.len() - "that ".len();
    }
    start += words_before_that_told_to_or_when(&sentence[..cue_end], &sentence[start..]);
    let end = sentence
        .trim_end()
        .trim_end_matches(['.', '!', '?'])
        .len()
        .max(start);
    TextRange::new(start, end)
}

/// The most words that may stand between a cue and the "that" opening its report.
const MAX_WORDS_BEFORE_THAT: usize = 12;

/// `for the first time`, `for years`: "for" opening a phrase of time (`said for the first time
/// that ...`), not what a cue calls for.
fn for_a_time(after_cue: &str) -> bool {
    let mut words = after_cue.split_whitespace().skip(1);
    match words.next() {
        Some("years" | "months" | "weeks" | "days" | "decades") => true,
        Some("the") => matches!(
            words.next(),
            Some("first" | "second" | "third" | "last" | "past" | "umpteenth")
        ),
        _ => false,
    }
}

/// `told a Politico reporter Monday evening that ...`, `insisted at an Indiana rally Wednesday
/// that ...`: whom the words were addressed to, or where and when they were said, stands
/// between the cue and the "that" that opens the report, and is no part of it (as PolNeAR
/// marks it). This reading runs as the report is cut after its cue; the shorter recipients and
/// occasions of every report are read later by [`recipient_before_report`] and
/// [`occasion_before_that`], which this one goes beyond (names as recipients, a day or a month
/// first, places set off by commas, up to twelve words). Folding the three into one changes
/// which reports they reach (measured: 23 reports of PolNeAR train changed either way), so they
/// stay apart until that is worked through. Returns how many bytes of `after_cue` to skip: up to that "that", or none. Only a
/// cue that takes a recipient (`told`, `assured`, `warned`) or words that open with a
/// preposition or a time (`in his 1990 autobiography`, `last quarter`) are skipped, and only
/// when they hold no verb or subject of their own: `said his campaign is the only one that
/// ...` and `rejected rumors that ...` report all of it.
fn words_before_that_told_to_or_when(before: &str, after_cue: &str) -> usize {
    if after_cue.starts_with("that ") {
        return 0;
    }
    let cue_word = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let takes_a_recipient = matches!(
        cue_word,
        "told"
            | "tells"
            | "telling"
            | "tell"
            | "assured"
            | "assures"
            | "assuring"
            | "reminded"
            | "reminds"
            | "reminding"
            | "promised"
            | "promises"
            | "promising"
            | "warned"
            | "warns"
            | "warning"
            | "informed"
            | "informs"
            | "convinced"
            | "persuaded"
            | "notified"
    );
    let mut words = after_cue.split_whitespace();
    let Some(first) = words.next() else {
        return 0;
    };
    let opens_with_a_preposition_or_time = matches!(
        first,
        "in" | "at"
            | "on"
            | "during"
            | "last"
            | "this"
            | "over"
            | "before"
            | "after"
            | "from"
            | "via"
            | "earlier"
            | "later"
            | "again"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "recently"
            | "also"
            | "previously"
            | "yesterday"
            | "today"
    ) || is_day_or_month(first)
        || first == "for" && for_a_time(after_cue);
    if !takes_a_recipient && !opens_with_a_preposition_or_time {
        return 0;
    }
    let mut count = 0;
    let mut after_a_comma = false;
    let mut previous = "";
    for word in std::iter::once(first).chain(words) {
        if word == "that" {
            // A place set off by commas stands before it too (`said in Madison, Wisconsin, that
            // ...`), but after a comma and before a verb "that" is a pronoun (`explains in its
            // documentation, that means ...`), and before a word or two a determiner (`on that
            // point`): neither opens a report.
            let offset = word.as_ptr() as usize - after_cue.as_ptr() as usize;
            let opens_a_clause = after_cue[offset..].split_whitespace().nth(3).is_some();
            let pronoun_before_its_verb = after_cue[offset..]
                .split_whitespace()
                .nth(1)
                .is_some_and(|next| {
                    is_auxiliary_verb(next)
                        || matches!(
                            next,
                            "is" | "was"
                                | "means"
                                | "meant"
                                | "remains"
                                | "seems"
                                | "makes"
                                | "made"
                        )
                });
            return if count > 0 && !(after_a_comma && pronoun_before_its_verb) && opens_a_clause {
                offset
            } else {
                0
            };
        }
        count += 1;
        after_a_comma = word.ends_with(',');
        // `said in the release this case demonstrates that ...`: a determiner after a noun
        // opens a subject of its own (after a preposition or the cue it is the phrase's own).
        let opens_a_subject = count > 1
            && matches!(word, "the" | "a" | "an" | "this" | "these" | "those")
            && !matches!(
                previous,
                "in" | "at"
                    | "on"
                    | "for"
                    | "of"
                    | "with"
                    | "from"
                    | "during"
                    | "to"
                    | "by"
                    | "over"
                    | "via"
                    | "about"
                    | "after"
                    | "before"
            );
        previous = word;
        let as_written = word.trim_matches([',', '.']);
        let bare = as_written.to_lowercase();
        // A verb or a subject of its own opens a clause, whose "that" is part of the report
        // (`said in the release this case revealed that ...`, `promised – it's revealed that
        // ...`). As written: "in May that ..." names a month.
        let contracted_pronoun = bare.split(['\'', '’']).next().is_some_and(|head| {
            head != bare
                && matches!(
                    head,
                    "it" | "he" | "she" | "they" | "that" | "there" | "i" | "we" | "you"
                )
        });
        if count > MAX_WORDS_BEFORE_THAT
            || is_auxiliary_verb(as_written)
            || contracted_pronoun
            || opens_a_subject
            || CUE_FIRST_WORDS.contains(bare.as_str())
            || matches!(as_written, "–" | "—" | "-" | "--" | "means" | "being")
            || matches!(
                bare.as_str(),
                "he" | "she"
                    | "they"
                    | "i"
                    | "we"
                    | "it"
                    | "you"
                    | "there"
                    | "to"
                    | "who"
                    | "which"
                    | "what"
                    | "least"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "of"
                    | "about"
            )
        {
            return 0;
        }
    }
    0
}

/// Whether `range` holds at least `count` words: reads no further than that many, so that asking
/// it of every word of a long sentence stays linear.
fn has_words(text: &str, range: TextRange, count: usize) -> bool {
    range
        .slice(text)
        .is_some_and(|slice| slice.split_whitespace().take(count).count() == count)
}

fn word_count(text: &str, range: TextRange) -> usize {
    range
        .slice(text)
        .map_or(0, |slice| slice.split_whitespace().count())
}

/// The cue and source right before an opening mark, as ranges in `before`: `X said:`,
/// `X told Y,`, `X said on Tuesday, after the vote,`, `According to X,` or `X:`. Where several
/// readings fit, the one whose source starts first wins, as when the three were one pattern;
/// that pattern's lazy automaton, with a free stretch of text between the cue and the mark,
/// kept growing with every page and was a tenth of the stage's time on the PolNeAR texts.
fn attribution_before_quote(before: &str) -> Option<(TextRange, TextRange)> {
    let trimmed = before.trim_end_matches(['\t', '\n', '\r', ' ', '\u{a0}']);
    let ends_in_comma_or_colon = trimmed.ends_with([',', ':']);
    let mut best: Option<(TextRange, TextRange)> = None;
    let mut consider = |cue: TextRange, source: TextRange| {
        if best.is_none_or(|(_, best_source)| source.start() < best_source.start()) {
            best = Some((cue, source));
        }
    };
    // `X said ...,`: the cue ends where the text does, or, before a final comma or colon, with
    // no quotation mark or sentence end between them; its source ends right before it.
    let stretch_start = trimmed
        .rfind(['“', '”', '«', '»', '"', '.', '!', '?'])
        .map_or(0, |index| {
            index + trimmed[index..].chars().next().map_or(1, char::len_utf8)
        });
    let stretch = &trimmed[stretch_start..];
    // Where two cues have sources starting at the same place, the first cue is the one the
    // source's subject governs ("The spot concludes with footage of Trump saying, “...”").
    let cues = CUE_BEFORE_MARK
        .find_iter(stretch)
        .map(|found| TextRange::new(stretch_start + found.start(), stretch_start + found.end()))
        .filter(|cue| ends_in_comma_or_colon || cue.end() == trimmed.len());
    for cue in cues {
        let prefix = &before[..cue.start()];
        if let Some(found) = SOURCE_AT_END
            .captures(prefix)
            .and_then(|captures| captures.name("src"))
        {
            consider(cue, TextRange::new(found.start(), found.end()));
        }
    }
    let named_groups = |captures: regex::Captures<'_>| {
        let cue = captures.name("cue")?;
        let source = captures.name("src")?;
        Some((
            TextRange::new(cue.start(), cue.end()),
            TextRange::new(source.start(), source.end()),
        ))
    };
    if trimmed.ends_with(',') && trimmed.contains("ccording") {
        if let Some((cue, source)) = ACCORDING_TO_BEFORE_QUOTE
            .captures(before)
            .and_then(named_groups)
        {
            consider(cue, source);
        }
    }
    if trimmed.ends_with(':') {
        if let Some((cue, source)) = NAME_BEFORE_COLON.captures(before).and_then(named_groups) {
            consider(cue, source);
        }
    }
    best
}

fn direct_quotations(text: &str, sentences: &[TextRange], spans: &[QuotedSpan]) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut last_attributed_end: Option<usize> = None;
    for (index, span) in spans.iter().enumerate() {
        let next_span_start = spans
            .get(index + 1)
            .map_or(text.len(), |next| next.outer.start());
        let previous_span_end = if index > 0 {
            spans[index - 1].outer.end()
        } else {
            0
        };
        let after_end = sentence_containing(sentences, span.outer.end().saturating_sub(1))
            .map_or(span.outer.end(), |sentence| {
                attribution_sentence_end(text, sentences, sentence, span.outer.end())
            })
            .max(span.outer.end())
            .min(next_span_start)
            .min(span.outer.end() + MAX_ATTRIBUTION_BYTES);
        let before_start = sentence_containing(sentences, span.outer.start())
            .map_or(span.outer.start(), |sentence| sentence.start())
            .max(previous_span_end)
            .max(attribution_window_start(text, span.outer.start()))
            .min(span.outer.start());
        let before_start = ceil_char_boundary(text, before_start);
        let after = text
            .get(span.outer.end()..floor_char_boundary(text, after_end))
            .unwrap_or("");
        let before = text.get(before_start..span.outer.start()).unwrap_or("");
        let mut cue = None;
        let mut source = None;
        let before_may_attribute = {
            let trimmed = before.trim_end();
            trimmed.ends_with(':') || ANY_CUE_WORD.is_match(before)
        };
        // `Obama said “it gets me mad” every time he thinks about ...`: a quotation that ends
        // without punctuation, inside or after its marks, does not close a clause that a
        // source after it could claim; when a source and cue stand right before it, they are
        // its attribution.
        // The quoted words without the closing marks of quotations nested at their end.
        let quoted = span
            .content
            .slice(text)
            .unwrap_or("")
            .trim_end_matches(['’', '\'', '”', '"', '»', '›', ')']);
        let ends_open = !quoted.ends_with(['.', ',', '!', '?', '…', ';', ':', '—', '–', '-'])
            && !after
                .trim_start()
                .starts_with([',', '.', ';', ':', '—', '–', '-', '!', '?']);
        let attribution_before = (ends_open && before_may_attribute)
            .then(|| attribution_before_quote(before))
            .flatten();
        let after_may_attribute = attribution_before.is_none()
            && (ANY_CUE_WORD.is_match(after)
                || ["shared", "shares", "captioned"]
                    .iter()
                    .any(|cue| after.contains(cue)));
        // `Bush called Trump “unhinged.” Rubio agreed with him on that.`: a quotation closed by a
        // full stop ends its sentence; a capitalised source and cue after it, with words of
        // their own following or leading into the next quotation, open the next sentence
        // rather than attribute this one.
        let ends_with_full_stop = quoted.ends_with('.');
        let opens_next_sentence = |captures: &regex::Captures<'_>| {
            let (Some(source), Some(cue)) = (
                captures.name("src2"),
                captures.name("cue2").or(captures.name("cue3")),
            ) else {
                return false;
            };
            let rest = &after[cue.end()..];
            let rest = &rest[..rest.find(['.', '!', '?']).unwrap_or(rest.len())];
            // Words before the next quotation (`Rubio called it “offensive.”`) introduce it.
            let words_after_cue = rest.split_whitespace().count();
            let next_quotation_follows =
                index + 1 < spans.len() && after_end >= next_span_start && words_after_cue > 0;
            ends_with_full_stop
                && source.as_str().starts_with(char::is_uppercase)
                && (words_after_cue >= MIN_REPORTED_WORDS || next_quotation_follows)
        };
        // `“Doing the Least,” she shares easy recipes`: a cue read after a closing mark only
        // attributes the quotation when its sentence ends right after it (`shared on Instagram.`).
        let cue_after_a_quote_only_goes_on = |captures: &regex::Captures<'_>| {
            captures.name("cue3").is_some_and(|cue| {
                let rest = &after[cue.end()..];
                rest[..rest.find(['.', '!', '?', '\n']).unwrap_or(rest.len())]
                    .split_whitespace()
                    .count()
                    > 4
            })
        };
        // `Humphrey, who calls Trump a “sociopath,” said he doesn’t believe ...`: after `, said`
        // the words are a source only when no verb follows them; with one they are the subject
        // of what the sentence's own source said.
        let source_opens_a_clause = |captures: &regex::Captures<'_>| {
            captures.name("src1").is_some_and(|source| {
                let next = after[source.end()..]
                    .strip_prefix([' ', '\u{a0}'])
                    .and_then(|rest| rest.split_whitespace().next())
                    .unwrap_or("");
                let head = next.split(['\'', '’']).next().unwrap_or(next);
                is_auxiliary_verb(head)
                    || matches!(
                        head,
                        "is" | "was" | "are" | "were" | "doesn" | "didn" | "don"
                    )
            })
        };
        if let Some(captures) = after_may_attribute
            .then(|| AFTER_QUOTE.captures(after))
            .flatten()
            .filter(|captures| {
                !opens_next_sentence(captures)
                    && !cue_after_a_quote_only_goes_on(captures)
                    && !source_opens_a_clause(captures)
            })
        {
            let offset = span.outer.end();
            cue = captures
                .name("cue1")
                .or(captures.name("cue2"))
                .or(captures.name("cue3"))
                .map(|m| TextRange::new(offset + m.start(), offset + m.end()));
            source = captures
                .name("src1")
                .or(captures.name("src2"))
                .map(|m| TextRange::new(offset + m.start(), offset + m.end()));
        } else if let Some((found_cue, found_source)) = attribution_before.or_else(|| {
            before_may_attribute
                .then(|| attribution_before_quote(before))
                .flatten()
        }) {
            cue = Some(found_cue.shifted(before_start));
            source = Some(found_source.shifted(before_start));
        }
        // `“Not a worthy representative.” ― Oscar P. Quintero`: a dash and a name right after the
        // closing mark credit the quotation, as epigraphs and lists of readers' voices do.
        if source.is_none() {
            if let Some(captures) = DASH_CREDIT.captures(after) {
                if let (Some(dash), Some(name)) = (captures.name("dash"), captures.name("src")) {
                    let offset = span.outer.end();
                    cue = Some(TextRange::new(offset + dash.start(), offset + dash.end()));
                    source = Some(TextRange::new(offset + name.start(), offset + name.end()));
                }
            }
        }
        // `Kaine has adopted the stance common among Catholics in office: “I'm pro-life ...”`: a
        // quotation a colon introduces, after a clause whose subject is a person, is theirs.
        if source.is_none() {
            if let Some(colon) = before.trim_end().strip_suffix(':').map(str::len) {
                if let Some(subject) = person_subject(&before[..colon]) {
                    cue = Some(TextRange::new(
                        before_start + colon,
                        before_start + colon + 1,
                    ));
                    source = Some(subject.shifted(before_start));
                }
            }
        }
        // A quotation with no cue of its own continues the previous attributed one only when
        // nothing but space stands between the end of that one's attribution and this one:
        // `“...,” he said. “...”`, or the next paragraph opening with the quotation.
        let continues = if source.is_none() {
            last_attributed_end
                .filter(|&end| {
                    span.outer.start() >= end
                        && span.outer.start() - end <= CONTINUATION_BYTES
                        && text
                            .get(end..span.outer.start())
                            .is_some_and(|between| between.trim().is_empty())
                })
                .map(|_| usize::MAX)
        } else {
            None
        };
        if source.is_none() && continues.is_none() && !stands_alone(text, sentences, span) {
            continue;
        }
        if source.is_some() || continues.is_some() {
            last_attributed_end = Some(
                if cue.is_some_and(|cue: TextRange| cue.start() >= span.outer.end()) {
                    // The attribution window is cut by bytes: its end may fall inside a letter.
                    floor_char_boundary(text, after_end).max(span.outer.end())
                } else {
                    span.outer.end()
                },
            );
        }
        // `The bill's failure was “heartbreaking,” Smith said.`: words of the sentence before
        // the quotation, attributed by the cue after it, are part of what was said; the
        // statement is the sentence up to the closing mark, quoted words inside it.
        let opening_words = cue
            .filter(|cue| cue.start() >= span.outer.end())
            .filter(|_| !before_may_attribute && !before.contains(['“', '”', '"', '«', '»']))
            .and_then(|_| {
                sentence_containing(sentences, span.outer.start())
                    .filter(|sentence| sentence.start() == before_start)
            })
            .map(|_| TextRange::new(before_start, span.outer.start()).trimmed_in(text))
            .filter(|words| {
                word_count(text, *words) >= MIN_OPENING_WORDS
                    || is_lone_subject(words.slice(text).unwrap_or(""))
            });
        // `Smith said that whatever voters decide, “they should not ...”`: the words between
        // the attribution before a quotation and its opening mark are reported too. A colon
        // ("told reporters on Tuesday: “...”") or a lone "that" only introduces the quotation.
        let reported_lead = cue
            .zip(source)
            .filter(|(cue, _)| cue.end() <= span.outer.start())
            .map(|(cue, source)| {
                let lead_start = cue.end().max(source.end()).min(span.outer.start());
                let lead = TextRange::new(lead_start, span.outer.start()).trimmed_in(text);
                without_leading_time_phrase(text, lead, TextRange::new(lead_start, lead_start))
            })
            .filter(|lead| {
                let written = lead.slice(text).unwrap_or("");
                // "said of the episode, “...”", "wrote to his followers, “...”": whom or what
                // the words were said to or about is no part of them.
                let opens_with_preposition = matches!(
                    written.split_whitespace().next().unwrap_or(""),
                    "of" | "to"
                        | "on"
                        | "in"
                        | "at"
                        | "about"
                        | "for"
                        | "from"
                        | "with"
                        | "during"
                        | "after"
                        | "before"
                        | "simply"
                        | "again"
                );
                !written.ends_with(':')
                    && !opens_with_preposition
                    && !written.contains(['“', '”', '"', '«', '»'])
                    && !ANY_CUE_WORD.is_match(written)
                    && word_count(text, *lead) >= MIN_REPORTED_LEAD_WORDS
            });
        // `Obama said “it gets me mad” every time he thinks about the children.`: a quotation
        // its attribution before it introduces, which ends without punctuation, is part of a
        // sentence that goes on; the words after it are reported too.
        let trailing_words = cue
            .filter(|cue| ends_open && cue.end() <= span.outer.start())
            .and_then(|_| sentence_containing(sentences, span.outer.end().saturating_sub(1)))
            .map(|sentence| {
                let end = sentence.end().min(next_span_start).max(span.outer.end());
                let words = TextRange::new(span.outer.end(), end).trimmed_in(text);
                let written = words.slice(text).unwrap_or("");
                let kept = written
                    .trim_end_matches(['.', '!', '?', ';', ':', ','])
                    .len();
                TextRange::new(words.start(), words.start() + kept)
            })
            .filter(|words| {
                let written = words.slice(text).unwrap_or("");
                !written.contains(['“', '”', '"', '«', '»'])
                    && word_count(text, *words) >= MIN_TRAILING_WORDS
            });
        let (content, kind) = match (opening_words.or(reported_lead), trailing_words) {
            (None, None) => (strip_trailing_comma(text, span.content), QuoteKind::Direct),
            (words_before, words_after) => (
                strip_trailing_comma(
                    text,
                    TextRange::new(
                        words_before.map_or(span.outer.start(), |words| words.start()),
                        words_after.map_or(span.outer.end(), |words| words.end()),
                    ),
                ),
                QuoteKind::Mixed,
            ),
        };
        candidates.push(Candidate {
            content,
            kind,
            cue,
            source: source.map(|range| trim_source(text, range)),
            continues,
            parts: Vec::new(),
        });
    }
    candidates
}

/// The fewest words before a quotation, in its sentence, that make them part of the statement
/// its cue after it attributes ("The bill's failure was “heartbreaking,” she said"); a lone
/// word ("And “...”") is left out.
const MIN_OPENING_WORDS: usize = 2;

/// A lone word before a quotation that is the statement's subject (`Teachers “get why ...,”`,
/// `Clinton “caused tremendous havoc,”`), not a word leading into it (`And “...”`, `Still,
/// “...”`).
fn is_lone_subject(word: &str) -> bool {
    let word = word.trim();
    word.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
        && word.chars().next().is_some_and(char::is_uppercase)
        && !is_lone_function_word(word)
        && !matches!(
            word,
            "And"
                | "But"
                | "So"
                | "Or"
                | "Yet"
                | "Nor"
                | "Still"
                | "Also"
                | "Then"
                | "Now"
                | "Plus"
                | "Instead"
                | "However"
                | "Indeed"
                | "Meanwhile"
                | "Again"
                | "Even"
                | "Just"
                | "Only"
                | "Because"
                | "Since"
                | "If"
                | "When"
                | "While"
                | "As"
                | "Asked"
                | "Later"
                | "Earlier"
                | "Finally"
                | "Otherwise"
                | "Sometimes"
                | "Often"
                | "Perhaps"
                | "Maybe"
        )
}

/// The fewest words between an attribution and the quotation after it that make them part of
/// the report ("said its moves had produced results, “including ...”"); "that" and a time
/// phrase alone only lead into the quotation.
const MIN_REPORTED_LEAD_WORDS: usize = 3;

/// The fewest words after a quotation that ends without punctuation that make them part of the
/// statement ("“it gets me mad” every time he thinks about it").
const MIN_TRAILING_WORDS: usize = 3;

/// The most words a quoted title may have: "Today", "Meet the Press", "State of the Union".
const MAX_TITLE_WORDS: usize = 5;

/// `Trump told NBC’s “Today”`, `in the Times's "Ideas" section`: quoted words right after a
/// possessive name a show, a column or a book, not anyone's words. Left as quoted spans, they
/// would take the attribution before them and cut the next quotation from its speaker.
fn is_title_after_possessive(text: &str, span: &QuotedSpan) -> bool {
    let before = text[..span.outer.start()].trim_end();
    let after_possessive = before.ends_with("’s") || before.ends_with("'s");
    after_possessive && word_count(text, span.content) <= MAX_TITLE_WORDS
}

/// Whether a quotation without a cue stands as a statement of its own: long enough, and
/// opening its sentence or closing it. Quoted words inside a sentence are a title, a scare quote
/// or part of reported speech, not a quotation by themselves.
fn stands_alone(text: &str, sentences: &[TextRange], span: &QuotedSpan) -> bool {
    if word_count(text, span.content) < MIN_UNATTRIBUTED_WORDS {
        return false;
    }
    let Some(sentence) = sentence_containing(sentences, span.outer.start()) else {
        return true;
    };
    let before = text
        .get(sentence.start()..span.outer.start())
        .unwrap_or("")
        .trim();
    let after = text
        .get(span.outer.end()..sentence.end().max(span.outer.end()))
        .unwrap_or("");
    let after = after.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | '!' | '?' | ';' | ':')
    });
    before.is_empty() || after.is_empty()
}

/// Folds the pieces of one statement into one quotation running from the first piece to the
/// last, as readers and annotators count them: a statement split by its cue (“A,” he said.
/// “B.”, or “A,” she said, “B.”, where both pieces read the same cue and source), and a
/// quotation continued with no cue of its own right after the attribution, in the same
/// paragraph or opening the next one (“A,” Clinton said.¶“B.”).
fn merge_split_statements(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut merged: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let shares_attribution = |previous: &Candidate| {
            candidate.source.is_some()
                && candidate.source == previous.source
                && candidate.cue == previous.cue
        };
        if matches!(candidate.kind, QuoteKind::Direct | QuoteKind::Mixed)
            && ((candidate.continues.is_some() && candidate.source.is_none())
                || merged.last().is_some_and(shares_attribution))
        {
            if let Some(previous) = merged.last_mut() {
                if matches!(previous.kind, QuoteKind::Direct | QuoteKind::Mixed) {
                    if candidate.kind == QuoteKind::Mixed {
                        previous.kind = QuoteKind::Mixed;
                    }
                    previous.add_piece(candidate.content);
                    continue;
                }
            }
        }
        merged.push(candidate);
    }
    merged
}

/// For each sentence (in text order, apart), the indices of the ranges that intersect it.
fn by_sentence(
    sentences: &[TextRange],
    ranges: impl Iterator<Item = TextRange>,
) -> Vec<Vec<usize>> {
    let mut found = vec![Vec::new(); sentences.len()];
    for (index, range) in ranges.enumerate() {
        let first = sentences.partition_point(|sentence| sentence.end() <= range.start());
        for (offset, sentence) in sentences[first..].iter().enumerate() {
            if sentence.start() >= range.end().max(range.start() + 1) {
                break;
            }
            if sentence.intersects(range) {
                found[first + offset].push(index);
            }
        }
    }
    found
}

fn reported_speech(
    text: &str,
    sentences: &[TextRange],
    headline: Option<TextRange>,
    lower_case_words: &people::LowerCaseWords<'_>,
    spans: &[QuotedSpan],
    direct: &[Candidate],
) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    // Which quotations and quoted spans touch each sentence, found once: looking through all of
    // them for every sentence made a page of many quotations quadratic.
    let quotes_by_sentence =
        by_sentence(sentences, direct.iter().map(|candidate| candidate.content));
    let spans_by_sentence = by_sentence(sentences, spans.iter().map(|span| span.outer));
    let named_words = NamedWords::new(text);
    for (sentence_index, sentence) in sentences.iter().enumerate() {
        let attributed_quotes_here: Vec<&Candidate> = quotes_by_sentence[sentence_index]
            .iter()
            .map(|&index| &direct[index])
            .filter(|candidate| {
                (candidate.source.is_some() || candidate.continues.is_some())
                    && word_count(text, candidate.content) >= MIN_UNATTRIBUTED_WORDS
            })
            .collect();
        // A report stays inside its sentence, so only the spans touching it can touch the report.
        let spans_here = || {
            spans_by_sentence[sentence_index]
                .iter()
                .map(|&index| &spans[index])
        };
        let Some(slice) = sentence.slice(text) else {
            continue;
        };
        if let Some((question, cue)) = asked_question(slice) {
            let base = sentence.start();
            let (question, cue) =
                preposition_into_cue(text, question.shifted(base), cue.shifted(base));
            candidates.extend(unsourced_report(text, (question, cue)));
        }
        let (main_report, opening_clause_report) = report_in_sentence(slice);
        let Some((mut content, cue, source)) = main_report else {
            if let Some(mut hearsay) = attributed_quotes_here
                .is_empty()
                .then(|| hearsay_report(text, *sentence))
                .flatten()
            {
                if spans_here().any(|span| span.outer.intersects(hearsay.content)) {
                    hearsay.kind = QuoteKind::Mixed;
                }
                candidates.push(hearsay);
            }
            continue;
        };
        if let Some((opening_content, opening_cue, opening_source)) = opening_clause_report {
            let base = sentence.start();
            let opening_content = opening_content.shifted(base).trimmed_in(text);
            if word_count(text, opening_content) >= MIN_REPORTED_WORDS
                && !attributed_quotes_here
                    .iter()
                    .any(|quote| quote.content.intersects(opening_content))
            {
                let has_quoted_words =
                    spans_here().any(|span| span.outer.intersects(opening_content));
                candidates.push(Candidate::report(
                    opening_content,
                    has_quoted_words,
                    opening_cue.shifted(base),
                    trim_source(text, opening_source.shifted(base)),
                    Vec::new(),
                ));
            }
        }
        // A headline's label is a speaker as headlines write them (`Ann Coulter: And Then There
        // Was the One`), even when the text names no one else so.
        if &slice[cue.start()..cue.end()] == ":"
            && Some(*sentence) != headline
            && !label_can_be_a_speaker(
                text,
                source.shifted(sentence.start()),
                lower_case_words,
                &named_words,
            )
        {
            continue;
        }
        // `Khalif said the rhetoric was patronizing, noting her remarks on crime`: the
        // participle's words are a second report of the same speaker, and the first ends at
        // its comma.
        let mut added_report = None;
        // `24 percent said they would back him, while 9 percent found it a deterrent`: a second
        // clause with a source and a cue of its own ends the first report and is a report of
        // that source.
        let mut added_source = None;
        if let Some((comma, added, added_cue, source_of_added)) =
            second_sourced_report(slice, content)
        {
            if has_words(
                slice,
                TextRange::new(content.start(), comma),
                MIN_REPORTED_WORDS,
            ) {
                content = TextRange::new(content.start(), comma);
                added_report = Some((added, added_cue));
                added_source = Some(source_of_added);
            }
        } else if let Some((added, added_cue, _)) =
            participle_report(slice).or_else(|| second_coordinated_cue(slice, content))
        {
            if added_cue != cue && content.start() < added_cue.start() {
                // The first report ends before the participle's comma or the "and"/"but".
                let before_cue = slice[..added_cue.start()].trim_end();
                let before_cue = before_cue.strip_suffix(" also").unwrap_or(before_cue);
                let comma = before_cue
                    .strip_suffix(" and")
                    .or_else(|| before_cue.strip_suffix(" but"))
                    .map_or(before_cue.len().saturating_sub(1), str::len);
                if comma > content.start() && content.end() > comma {
                    content = TextRange::new(content.start(), comma);
                    added_report = Some((added, added_cue));
                }
            }
        }
        let base = sentence.start();
        let (content, cue, source) = (
            content.shifted(base),
            cue.shifted(base),
            source.shifted(base),
        );
        if let Some((added, added_cue)) = added_report {
            let added = added.shifted(base).trimmed_in(text);
            if word_count(text, added) >= MIN_REPORTED_WORDS
                && !attributed_quotes_here
                    .iter()
                    .any(|quote| quote.content.intersects(added))
            {
                let has_quoted_words = spans_here().any(|span| span.outer.intersects(added));
                let source_of_added = added_source.map_or(source, |own| own.shifted(base));
                candidates.push(Candidate::report(
                    added,
                    has_quoted_words,
                    added_cue.shifted(base),
                    trim_source(text, source_of_added),
                    Vec::new(),
                ));
            }
        }
        // A sentence with an attributed quotation may report other words too ("Boreing said
        // the members will still meet, but said, “It's time ...”"); a report that takes in the
        // quotation or its attribution is the quotation's own, found already.
        // A quotation attributed inside the report (`Cross said he is left with two options:
        // Clinton, whom he called “the most divisive figure”, or ...`) is nested in it: both
        // are attributions, the report's cue and source coming first.
        let nests_the_quotation = |quote: &&Candidate| {
            quote.cue.is_some_and(|quote_cue| {
                // The quotation is introduced inside the report (`whom he called “...”`); a
                // closing `“...,” Smith added` attributes the sentence instead.
                quote_cue.start() > cue.end()
                    && quote_cue.end() <= quote.content.start()
                    && content.contains_range(quote_cue)
                    && quote
                        .source
                        .is_some_and(|source| content.contains_range(source))
            })
        };
        if attributed_quotes_here.iter().any(|quote| {
            (quote.content.intersects(content)
                || quote
                    .source
                    .is_some_and(|source| source.intersects(content))
                || quote.cue == Some(cue))
                && !nests_the_quotation(quote)
        }) {
            continue;
        }
        // A second report inside this one's content ("X said Y told him that Z") is left to the
        // outer report: one attribution per sentence keeps contents from nesting.
        let content = extend_over_open_quotation(content, *sentence, spans).trimmed_in(text);
        let content = without_leading_time_phrase(text, content, cue);
        let (content, cue) = preposition_into_cue(text, content, cue);
        if word_count(text, content) < MIN_REPORTED_WORDS {
            continue;
        }
        let has_quoted_words = spans_here().any(|span| span.outer.intersects(content));
        let (content, parts) = around_the_attribution(text, content, cue, source);
        candidates.push(Candidate::report(
            content,
            has_quoted_words,
            cue,
            trim_source(text, source),
            parts,
        ));
    }
    candidates
}

/// Reports cued by learned cue words (`learned_cues`), in the sentences where no pattern found
/// a quotation or a report: the words the cue model takes for cues, surest first, each with
/// enough words after it. A report runs to the sentence's end (`Trump blasted the deal as a
/// disaster`) or to a second clause with a subject of its own, which may hold a report of its
/// own (`..., and Whitfield decried the timing`). A word with no source in reach (see
/// [`learned_cue_source`]) or in a passive (`was named`, `criticized by`) cues nothing.
fn learned_cue_reports(
    text: &str,
    sentences: &[TextRange],
    spans: &[QuotedSpan],
    found: &[Candidate],
    lower_case_words: &people::LowerCaseWords<'_>,
) -> Vec<Candidate> {
    let model = learned_cues::shipped();
    let found_by_sentence = by_sentence(sentences, found.iter().map(|c| c.content));
    let spans_by_sentence = by_sentence(sentences, spans.iter().map(|span| span.outer));
    let mut reports = Vec::new();
    for (sentence_index, sentence) in sentences.iter().enumerate() {
        if !found_by_sentence[sentence_index].is_empty() {
            continue;
        }
        let Some(slice) = sentence.slice(text) else {
            continue;
        };
        let subject = std::cell::OnceCell::new();
        // The words the model takes for cues, surest first; the first that passes the checks
        // below opens the sentence's report.
        let words = learned_cues::SentenceWords::new(slice);
        let mut likely: Vec<(f32, usize)> = (0..words.len())
            .filter(|&index| model.may_cue(&words, index))
            .map(|index| (model.probability(&words, index), index))
            .filter(|(probability, _)| *probability >= learned_cues::MIN_CUE_PROBABILITY)
            .collect();
        likely.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // A sentence may hold two reports, one per clause (`Novak railed against ..., and
        // Whitfield decried ...`); each covers its cue to the end of its content.
        let mut taken: Vec<TextRange> = Vec::new();
        for (probability, word) in likely
            .into_iter()
            .map(|(probability, index)| (probability, words.range(index)))
        {
            if taken.iter().any(|report| report.intersects(word)) {
                continue;
            }
            let Some(written) = word.slice(slice) else {
                continue;
            };
            // `was named`, `been called`, `criticized by`: a passive names no speaker here. A
            // word in "-ing" after "is" is in the progressive (`Ted Cruz is calling for ...`),
            // which reports.
            let last_word_before = slice[..word.start()].split_whitespace().next_back();
            let progressive = written.ends_with("ing");
            // `what she is hoping to accomplish`, `which the lyrics are referring to`: the words
            // are named, not reported (as for the patterns' progressive cues); `is promising at
            // worst` and `It is telling that` are adjectives.
            let auxiliary_before = last_word_before
                .map(str::to_lowercase)
                .filter(|last| matches!(last.as_str(), "is" | "are" | "was" | "were" | "been"));
            let named_or_adjective = progressive
                && auxiliary_before.as_ref().is_some_and(|auxiliary| {
                    let prefix = &slice[..word.start()];
                    let after = &slice[word.end()..];
                    let named_by_a_relative =
                        prefix.split_whitespace().rev().take(4).any(|before| {
                            ["what", "which", "why"]
                                .iter()
                                .any(|relative| before.eq_ignore_ascii_case(relative))
                        });
                    let opens_content = matches!(
                        after.split_whitespace().next().unwrap_or(""),
                        "to" | "for"
                            | "that"
                            | "on"
                            | "about"
                            | "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "him"
                            | "them"
                            | "back"
                            | "up"
                            | "out"
                    );
                    progressive_reads_otherwise(prefix, &format!("{auxiliary} {written}"), after)
                        || named_by_a_relative
                        || (written.eq_ignore_ascii_case("promising") && !opens_content)
                });
            if named_or_adjective {
                continue;
            }
            if (!progressive
                && last_word_before.is_some_and(|last| {
                    matches!(
                        last.to_lowercase().as_str(),
                        "was" | "were" | "is" | "are" | "been" | "be" | "being"
                    )
                }))
                || slice[word.end()..].trim_start().starts_with("by ")
            {
                continue;
            }
            // The report after the cue runs to the sentence's end; one too short to be a report
            // is ruled out before the source is looked for, which costs more.
            let report = clause_after_cue(slice, word.end());
            // A name called in quotation marks is a report however short (`Bush called Trump
            // “unhinged.”`, `calling him “a total stiff”`): the quoted words are the statement.
            let holds_a_quotation = |range: TextRange| {
                spans_by_sentence[sentence_index]
                    .iter()
                    .any(|&index| range.contains_range(spans[index].content))
            };
            let base = sentence.start();
            if !has_words(slice, report, MIN_REPORTED_WORDS)
                && !holds_a_quotation(report.shifted(base))
            {
                continue;
            }
            if !opens_an_object(written, &slice[report.start()..report.end()]) {
                continue;
            }
            // A cue the patterns take only before a clause ("found that ...", "suggested that
            // ...") is held to the same here: "the council found room for a garden" reports
            // nothing.
            let cue_lower = written.to_lowercase();
            let report_text = &slice[report.start()..report.end()];
            if needs_that_clause(&cue_lower)
                && !report_text.starts_with("that ")
                && !(reports_a_finding(&cue_lower) && opens_a_clause(&cue_lower, report_text))
            {
                continue;
            }
            // The subject is read once per sentence, however many cue words it holds, and only
            // when a source is not found right before the cue.
            let subject = || *subject.get_or_init(|| sentence_subject(slice));
            let can_be_source = |source: &TextRange| {
                let source = &slice[source.start()..source.end()];
                let first = source.split_whitespace().next().unwrap_or("");
                let last = source.split_whitespace().next_back().unwrap_or("");
                !opens_a_subordinate_phrase(first)
                    && !is_verb_like(last)
                    && !is_contracted_dummy_subject(first)
                    && !is_day_or_month(source.trim())
            };
            // Without a source right before the cue, the sentence's subject is its source where
            // that can be one, however far back (`Donald Trump pointed to China ..., remarking
            // that ...`, `Party leaders are now openly questioning ...`). Without that either, a
            // word the model is less sure of is taken for no cue, and one it is sure of reports
            // with no source (see `MIN_SOURCELESS_CUE_PROBABILITY`).
            let read_source = learned_cue_source(slice, word, subject).map(|source| {
                if progressive {
                    source_without_progressive_auxiliary(slice, source)
                } else {
                    source
                }
            });
            // What stands before the cue reads as a source that cannot be one (`Monday decried
            // ...`, `It's worth noting`): no report, with a source or without.
            if read_source.is_some_and(|source| !can_be_source(&source)) {
                continue;
            }
            let source = read_source.or_else(|| {
                subject().filter(|subject| {
                    let written_subject = &slice[subject.start()..subject.end()];
                    subject.end() <= word.start()
                        && can_be_source(subject)
                        && is_plausible_source(written_subject, written)
                        && is_whole_source(written_subject)
                        && is_trusted_far_subject(
                            written_subject,
                            &slice[subject.end()..],
                            lower_case_words,
                        )
                })
            });
            // Nor without a source after a lone opening word or before a comma: `That said, the
            // poll found ...` reports nothing.
            let idiom = slice[..word.start()].split_whitespace().count() <= 1
                || slice[word.end()..].starts_with(',');
            if source.is_none() && (probability < MIN_SOURCELESS_CUE_PROBABILITY || idiom) {
                continue;
            }
            // Cut at a second clause only now: looking for one runs to the sentence's end, which
            // for every cue word of a long sentence would be quadratic.
            let content = TextRange::new(
                report.start(),
                end_of_first_clause(slice, report.start(), report.end()),
            );
            let cue = word.shifted(base);
            let content = content.shifted(base).trimmed_in(text);
            let content = without_leading_time_phrase(text, content, cue);
            let (content, cue) = preposition_into_cue(text, content, cue);
            if !has_words(text, content, MIN_REPORTED_WORDS) && !holds_a_quotation(content) {
                continue;
            }
            let covered = TextRange::new(
                source.map_or(word.start(), |source| source.start().min(word.start())),
                content.end().saturating_sub(base).max(word.end()),
            );
            if taken.iter().any(|report| report.intersects(covered)) {
                continue;
            }
            taken.push(covered);
            let has_quoted_words = spans_by_sentence[sentence_index]
                .iter()
                .any(|&index| spans[index].outer.intersects(content));
            let mut report = Candidate::report(
                content,
                has_quoted_words,
                cue,
                TextRange::new(cue.start(), cue.start()),
                Vec::new(),
            );
            report.source = source.map(|source| trim_source(text, source.shifted(base)));
            reports.push(report);
        }
    }
    reports
}

/// Whether the source pattern reads all of `phrase` as a source (a name, a description, a
/// pronoun ...): a sentence's subject as its reader finds it may run on into the predicate
/// (`she held her fire on Ben Carson`).
fn is_whole_source(phrase: &str) -> bool {
    // The pattern reads a source before a cue: the space after it stands for the cue.
    let before_a_cue = format!("{phrase} ");
    SOURCE_AT_END
        .captures(&before_a_cue)
        .and_then(|captures| captures.name("src"))
        .is_some_and(|source| source.start() == 0 && source.end() == phrase.len())
}

/// A source read before a learned cue in the progressive without its auxiliary: `Clinton is
/// calling for ...` is Clinton's, `He's been calling for ...` his.
fn source_without_progressive_auxiliary(sentence: &str, source: TextRange) -> TextRange {
    let mut written = sentence[source.start()..source.end()].trim_end();
    while let Some((head, last)) = written.rsplit_once(' ') {
        if !matches!(
            last,
            "is" | "are" | "was" | "were" | "been" | "has" | "have" | "had"
        ) {
            break;
        }
        written = head.trim_end();
    }
    for contraction in ["'s", "’s"] {
        if let Some(pronoun) = written.strip_suffix(contraction) {
            if matches!(pronoun, "He" | "She" | "he" | "she" | "It" | "it") {
                written = pronoun;
            }
        }
    }
    TextRange::new(source.start(), source.start() + written.len())
}

/// How likely a learned cue word must be, by the model, to report with no source at all (see
/// [`learned_cue_reports`]). Such reports match PolNeAR's attributions as often as the others
/// (precision unchanged), but a report with a speaker is the evidence users need, and every one
/// of them counts as a match without the gold source. Measured on PolNeAR dev, with the
/// sentence's subject as the fallback source: never (2.0) F1 at 30% overlap 0.727, source
/// 0.888; 0.8: 0.731, 0.879; 0.7: 0.735, 0.873; 0.6: 0.736, 0.870; 0.3: 0.738, 0.865 (train:
/// source 0.878, 0.869, 0.866, 0.862, 0.852). 0.7 keeps the source figure well above the
/// issue's 0.85 on both splits. (Measured before the learned cues read the progressive; with
/// it, 0.7 gives 0.738 and 0.874 on dev, 0.866 on train.)
const MIN_SOURCELESS_CUE_PROBABILITY: f32 = 0.7;

/// Whether a sentence's subject, as its reader finds it, can be the source of a cue far after
/// it. The reader is rough, and a wrong source names the wrong speaker, which is worse than
/// none; so not when the subject holds a comma (`However, she held her fire on Ben Carson,`
/// is an opening word and a clause, not a name and its apposition) or an auxiliary or copula
/// (`Donald Trump’s wife is breaking`), nor when a word in lower case that is no verb follows
/// it (`Clinton’s Democratic` before `opponent, Vermont Sen. Bernie Sanders`; `Four` before
/// `other women`; `My` before `guess is`; a verb in "-s" reads like a plural noun, `Party
/// leaders are ...`, so only verbs the word lists know count). A pronoun is a whole subject; a
/// single capitalised word the article also writes in lower case (`More accused ...`) is no
/// name. `after_subject` is the rest of the sentence.
fn is_trusted_far_subject(
    subject: &str,
    after_subject: &str,
    lower_case_words: &people::LowerCaseWords<'_>,
) -> bool {
    let subject = subject.trim();
    if subject.contains(',')
        || subject
            .split_whitespace()
            .any(|word| is_auxiliary_or_copula(&word.to_lowercase()))
    {
        return false;
    }
    if matches!(
        subject,
        "he" | "she" | "they" | "we" | "He" | "She" | "They" | "We" | "I"
    ) {
        return true;
    }
    // `and his ...`, `such measures`: a subject opens with a capital, a determiner or a pronoun;
    // `she's` is a pronoun and its verb.
    let first = subject.split_whitespace().next().unwrap_or("");
    let opens_in_lower_case = first.starts_with(char::is_lowercase)
        && !matches!(
            first,
            "the" | "a" | "an" | "some" | "many" | "most" | "several"
        );
    let pronoun_and_verb = first.split(['\'', '’']).next().is_some_and(|head| {
        head != first
            && matches!(
                head.to_lowercase().as_str(),
                "he" | "she" | "it" | "they" | "we" | "i" | "you"
            )
    });
    if opens_in_lower_case || pronoun_and_verb {
        return false;
    }
    let next = after_subject.split_whitespace().next().unwrap_or("");
    let next_is_a_word_in_lower_case = next.starts_with(|c: char| c.is_lowercase())
        && !is_verb_like(next)
        && !is_auxiliary_or_adverb(next);
    if next_is_a_word_in_lower_case {
        return false;
    }
    if subject.contains(char::is_whitespace) {
        return true;
    }
    let lower = subject.to_lowercase();
    let determiner_or_count = matches!(
        lower.as_str(),
        "my" | "your" | "our" | "his" | "her" | "its" | "their" | "one"
    ) || is_number_word_to_ten(&lower);
    let written_in_lower_case =
        subject.starts_with(char::is_uppercase) && lower_case_words.contains(subject);
    !(determiner_or_count || written_in_lower_case)
}

/// Where a report starting at `start` ends when a second clause with a subject of its own
/// follows (`..., and Whitfield decried the timing`, `...; he also ...`): at that clause's comma
/// or semicolon; otherwise at `end`.
fn end_of_first_clause(sentence: &str, start: usize, end: usize) -> usize {
    let report = &sentence[start..end];
    let mut search_from = 0;
    while let Some(offset) = report[search_from..].find([',', ';']) {
        let at = search_from + offset;
        let rest = report[at + 1..].trim_start();
        let after_conjunction = if report.as_bytes()[at] == b';' {
            Some(rest)
        } else {
            rest.strip_prefix("and ")
                .or_else(|| rest.strip_prefix("but "))
                .or_else(|| rest.strip_prefix("while "))
                .or_else(|| rest.strip_prefix("whereas "))
        };
        // A subject is a name, a pronoun or a share of those polled (`..., while 9 percent
        // found it a deterrent`).
        let opens_a_subject = after_conjunction.is_some_and(|clause| {
            let first = clause.split_whitespace().next().unwrap_or("");
            first
                .chars()
                .next()
                .is_some_and(|first| first.is_uppercase() || first.is_ascii_digit())
                || matches!(first, "he" | "she" | "they" | "we" | "it")
        });
        if opens_a_subject && has_words(report, TextRange::new(0, at), MIN_REPORTED_WORDS) {
            return start + at;
        }
        search_from = at + 1;
    }
    end
}

/// The source of a report cued by a learned word, relative to the sentence: the speaker of a
/// participle after a comma or "by" (`Trump hit back, blasting ...`, `by refusing ...`) is the
/// sentence's subject, as is that of a verb after "and" (`he stood with the leaders and urged
/// ...`); another cue's is the phrase right before it, as the patterns read it, or
/// the sentence's subject when no more than a few words in lower case stand between them
/// (`Sanders supporters have long called for ...`).
fn learned_cue_source(
    sentence: &str,
    cue: TextRange,
    sentence_subject: impl Fn() -> Option<TextRange>,
) -> Option<TextRange> {
    let prefix = &sentence[..cue.start()];
    let cue_word = &sentence[cue.start()..cue.end()];
    let before_cue = prefix.trim_end();
    let last_word = before_cue.rsplit(' ').next().unwrap_or("");
    let is_participle_clause = cue_word.ends_with("ing")
        && (before_cue.ends_with(',')
            || matches!(
                last_word,
                "by" | "By" | "while" | "after" | "before" | "without" | "in"
            ));
    // `he stood with other leaders and urged Democrats to ...`: a second verb of the subject.
    let is_coordinated_verb = last_word == "and" && !cue_word.ends_with("ing");
    let subject = || sentence_subject().filter(|subject| subject.end() <= prefix.len());
    if is_participle_clause || is_coordinated_verb {
        return subject().filter(|subject| subject.end() < before_cue.len());
    }
    let window_start = attribution_window_start(prefix, prefix.len());
    if let Some(source) = SOURCE_AT_END
        .captures(&prefix[window_start..])
        .and_then(|captures| captures.name("src"))
        .filter(|source| {
            is_plausible_source(source.as_str(), cue_word)
                && !cue_disagrees_with_subject(
                    source.as_str(),
                    &prefix[window_start + source.end()..],
                    cue_word,
                )
        })
    {
        return Some(TextRange::new(
            window_start + source.start(),
            window_start + source.end(),
        ));
    }
    subject().filter(|subject| {
        // `His Broadway shows drew crowds`: a cue that is also a plural noun, right after a
        // determiner phrase, is the noun there too.
        if !is_plausible_source(&prefix[subject.start()..subject.end()], cue_word) {
            return false;
        }
        // Counted no further than the limit: the subject may stand far back in a long sentence.
        let mut between = prefix[subject.end()..].split_whitespace();
        between
            .clone()
            .take(MAX_WORDS_BETWEEN_SUBJECT_AND_CUE + 1)
            .count()
            <= MAX_WORDS_BETWEEN_SUBJECT_AND_CUE
            && between.all(is_auxiliary_or_adverb)
    })
}

/// `the careers listed above`, `the original estimated price`, `the most discussed couples`: a
/// learned cue in "-ed" or "-ing" reports only when what follows can open its content (an
/// article, a pronoun, "that", "to", a preposition, a name), not when it describes the words
/// around it.
fn opens_an_object(cue: &str, report: &str) -> bool {
    if !(cue.ends_with("ed") || cue.ends_with("ing")) {
        return true;
    }
    let next = report.split_whitespace().next().unwrap_or("");
    next.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
        || matches!(
            next.trim_end_matches([',', ':']),
            "the"
                | "a"
                | "an"
                | "that"
                | "to"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "him"
                | "them"
                | "us"
                | "me"
                | "it"
                | "this"
                | "those"
                | "these"
                | "some"
                | "what"
                | "how"
                | "why"
                | "whether"
                | "if"
                | "for"
                | "against"
                | "about"
                | "on"
                | "at"
                | "with"
                | "out"
                | "back"
                | "up"
                | "off"
                | "of"
                | "in"
                | "he"
                | "she"
                | "they"
                | "we"
                | "I"
                | "you"
                | "no"
                | "any"
                | "all"
                | "both"
                | "another"
                | "one"
                | "two"
                | "several"
                | "many"
                | "more"
                | "most"
                | "such"
                | "concern"
                | "concerns"
                | "support"
                | "confidence"
                | "doubt"
                | "doubts"
        )
}

/// `It's worth noting that ...`, `There's no telling ...`, `They're offered in ...`: a contraction
/// opens a dummy subject or a passive, not a source.
fn is_contracted_dummy_subject(word: &str) -> bool {
    matches!(
        word.replace('’', "'").to_lowercase().as_str(),
        "it's"
            | "there's"
            | "that's"
            | "here's"
            | "what's"
            | "let's"
            | "we've"
            | "i've"
            | "you've"
            | "they've"
            | "they're"
            | "we're"
            | "you're"
            | "i'm"
    )
}

/// A capitalised word that opens a phrase before the subject rather than the subject ("Once
/// president, ...", "Even as they ...", "Those listed by ..."): a source opened by it is misread.
fn opens_a_subordinate_phrase(word: &str) -> bool {
    is_lone_function_word(word)
        || matches!(
            word,
            "Once"
                | "Even"
                | "For"
                | "Since"
                | "Based"
                | "Those"
                | "These"
                | "Though"
                | "After"
                | "Before"
                | "Until"
                | "Unless"
                | "Despite"
                | "In"
                | "On"
                | "At"
                | "With"
                | "Without"
                | "During"
                | "there"
        )
}

/// A word that may stand between a subject and its verb: "has long", "would not even",
/// "quickly" (but not "owners downstream", which continues the subject).
pub(crate) fn is_auxiliary_or_adverb(word: &str) -> bool {
    is_auxiliary_verb(word)
        || matches!(
            word,
            "not"
                | "never"
                | "still"
                | "even"
                | "long"
                | "already"
                | "just"
                | "also"
                | "often"
                | "again"
                | "then"
                | "now"
                | "later"
                | "once"
                | "first"
        )
        || (word.ends_with("ly") && word.chars().all(char::is_lowercase))
}

/// An auxiliary or "is", "was", "are", "were": a finite verb right after a word makes that word
/// a subject (`that was released`, `the letter Mike wrote was kind`).
fn is_auxiliary_or_copula(word: &str) -> bool {
    is_auxiliary_verb(word) || matches!(word, "is" | "was" | "are" | "were")
}

/// "has", "would", "did": the auxiliaries and modals that stand between a subject and its verb.
fn is_auxiliary_verb(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "does"
            | "did"
            | "do"
    )
}

/// Auxiliaries and adverbs between a subject and its verb: "has long", "would not even".
const MAX_WORDS_BETWEEN_SUBJECT_AND_CUE: usize = 3;

/// `asked about her vote`, `warned of a battle`, `called for a delay`, `pointed out the cost`:
/// the preposition or particle after the cue belongs to the cue, as attribution corpora mark it,
/// and the report is what follows it. Counted in PolNeAR's train split, cues end in "for" 448
/// times where contents open with it 53 times ("about" 533 / 71, "of" 506 / 30, "out" 110 / 0).
/// "at" and "over" stay, though cues end in them more often: after "said" and "spoke" they
/// mostly open a place or a time (`said at the time that`, `spoke at the White House`).
/// "to" stays with the report (leaving out "according to", cues end in it about 430 times and
/// contents open with it 910: "wants to ..."), as do "in" (59 / 72) and "as"; "on" (382 / 33)
/// does too: after a cue it more often names where the words were said (`says on its website
/// that ...`) than what they were about, and moving it lost dev matches.
/// The first `count` words of `slice`, each with its byte offset in it.
fn first_words_with_offsets(slice: &str, count: usize) -> Vec<(usize, &str)> {
    slice
        .split_whitespace()
        .take(count)
        .map(|word| (word.as_ptr() as usize - slice.as_ptr() as usize, word))
        .collect()
}

/// How many bytes of a report's content name whom a telling cue addressed: `told [his
/// supporters] that ...`, `assured [voters] he'd ...`, `told [him] the plan was ready`. A
/// recipient is an object pronoun, a lower-case plural, up to three words after a determiner
/// or a possessive, or a name of up to three capitalised words before "that"; it is taken only
/// when the reported clause follows it, opened by
/// "that" or a subject pronoun (after an object pronoun, any clause), so that `told the story`
/// is left alone.
fn recipient_before_report(text: &str, cue: TextRange, content: TextRange) -> Option<usize> {
    let cue_word = cue.slice(text)?.split_whitespace().next()?.to_lowercase();
    let tells = matches!(
        cue_word.as_str(),
        "told"
            | "tells"
            | "tell"
            | "telling"
            | "assured"
            | "assures"
            | "assuring"
            | "informed"
            | "informs"
            | "reminded"
            | "reminds"
            | "reminding"
            | "convinced"
            | "promised"
            | "promises"
            | "warned"
            | "warns"
            | "warning"
    );
    let asks = matches!(cue_word.as_str(), "asked" | "asks" | "ask" | "asking");
    if asks {
        // `asked workers if they planned ...`, `asked the 2016 Democratic contender if he ...`:
        // whom the question was put to, up to the word that opens the question.
        let words = first_words_with_offsets(content.slice(text)?, 8);
        let opens_question = |word: &str| {
            matches!(
                word,
                "if" | "whether" | "how" | "why" | "what" | "who" | "whom" | "when" | "where"
            )
        };
        if opens_question(words.first()?.1) {
            return None;
        }
        let question = (1..words.len()).find(|&index| opens_question(words[index].1))?;
        // A recipient holds no verb: "asked the Justice Department to investigate whether"
        // puts the request, not the question, first.
        let plain_words = words[..question].iter().all(|(_, word)| {
            word.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '’' | '\''))
                && !matches!(*word, "that" | "to")
        });
        return (plain_words && question <= 6).then_some(words[question].0);
    }
    if !tells {
        return None;
    }
    let words = first_words_with_offsets(content.slice(text)?, 5);
    let opens_clause = |word: &str| {
        matches!(
            word,
            "that"
                | "he"
                | "she"
                | "they"
                | "it"
                | "we"
                | "I"
                | "there"
                | "he'd"
                | "he’d"
                | "she'd"
                | "she’d"
                | "they'd"
                | "they’d"
                | "it's"
                | "it’s"
                | "he's"
                | "he’s"
                | "she's"
                | "she’s"
                | "they're"
                | "they’re"
                | "we're"
                | "we’re"
                | "I'm"
                | "I’m"
        )
    };
    let (_, first) = *words.first()?;
    // `told the raucous [crowd] that ...`: the cue as read ends inside the recipient, whose
    // last words open the content.
    let cue_ends_in_recipient = cue
        .slice(text)
        .and_then(|cue| cue.split_whitespace().next_back())
        .is_some_and(|last| last != cue_word && last.starts_with(|c: char| c.is_lowercase()));
    let recipient_words = if cue_ends_in_recipient {
        (1..=2)
            .find(|&count| {
                words.get(count).is_some_and(|(_, next)| *next == "that")
                    && words[..count]
                        .iter()
                        .all(|(_, word)| word.chars().all(|c| c.is_lowercase() || c == '-'))
            })
            .unwrap_or(0)
    } else if matches!(first, "him" | "her" | "them" | "us" | "me") {
        // "told her the plan" ("her" as a possessive is read below when "that" follows).
        let next = words.get(1)?.1;
        if opens_clause(next) || !matches!(first, "her") {
            1
        } else {
            0
        }
    } else if first.len() > 3
        && first.ends_with('s')
        && first.chars().all(|c| c.is_ascii_lowercase())
        && words.get(1).is_some_and(|(_, next)| opens_clause(next))
    {
        1
    } else if matches!(
        first,
        "his" | "her" | "their" | "its" | "our" | "the" | "a" | "an"
    ) {
        (2..=4)
            .find(|&count| {
                words.get(count).is_some_and(|(_, next)| *next == "that")
                    && words[1..count].iter().all(|(_, word)| {
                        word.chars()
                            .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
                    })
            })
            .unwrap_or(0)
    } else if first.starts_with(|c: char| c.is_uppercase()) {
        // `telling Stephanopoulos that ...`, `warned Senate Republicans that ...`: a name.
        (1..=3)
            .find(|&count| {
                words.get(count).is_some_and(|(_, next)| *next == "that")
                    && words[..count].iter().all(|(_, word)| {
                        word.starts_with(|c: char| c.is_uppercase())
                            && word
                                .chars()
                                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.'))
                    })
            })
            .unwrap_or(0)
    } else {
        0
    };
    if recipient_words == 0 {
        return None;
    }
    let (offset, _) = *words.get(recipient_words)?;
    (offset > 0).then_some(offset)
}

/// Most words between a cue and its "that" that [`occasion_before_that`] reads as the occasion.
const MAX_OCCASION_WORDS: usize = 8;

/// How many bytes of a report's content, read from right after its cue, say where, when or how
/// the words were said rather than what they were: `said [in a telephone interview] that ...`,
/// `says [on Twitter] that ...`, `argued [insistently] that ...`, `complained [to CBS News'
/// Charlie Rose] that ...`. The occasion opens with a preposition or is one adverb in "-ly",
/// holds no punctuation, quotation or verb, and the "that" after it opens a clause: one
/// followed by an auxiliary (`said in a statement that was released ...`) is a relative
/// pronoun, and the words before it are the report's own.
fn occasion_before_that(text: &str, content: TextRange) -> Option<usize> {
    let words = first_words_with_offsets(content.slice(text)?, MAX_OCCASION_WORDS + 2);
    let that = words.iter().position(|(_, word)| *word == "that")?;
    if that == 0 {
        return None;
    }
    let after_that = words.get(that + 1)?.1;
    if is_auxiliary_or_copula(after_that)
        || !after_that.starts_with(|c: char| c.is_alphanumeric() || c == '“' || c == '"')
    {
        return None;
    }
    let occasion = &words[..that];
    let plain = occasion.iter().all(|(_, word)| {
        word.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.'))
            && !word.ends_with('.')
            || matches!(
                *word,
                "Mr." | "Mrs." | "Ms." | "Dr." | "Sen." | "Rep." | "Gov."
            )
    });
    if !plain {
        return None;
    }
    let first = occasion[0].1;
    let adverb = occasion.len() == 1 && is_adverb_in_ly(first);
    let prepositional = matches!(
        first,
        "in" | "on" | "at" | "during" | "to" | "for" | "over" | "after" | "before" | "via"
            | "through" | "from"
    ) && occasion.len() >= 2
        // `to reporters`, `to CBS News`, not the infinitive of `wants to stay ... through that
        // contest`.
        && (first != "to"
            || occasion[1].1.starts_with(char::is_uppercase)
            || is_article_or_possessive(occasion[1].1)
            || matches!(occasion[1].1, "reporters" | "supporters" | "voters" | "journalists"))
        && occasion[1..].iter().all(|(_, word)| {
            // `for months to temper expectations so that`: an infinitive or "so" makes the
            // words before "that" a clause of their own.
            (!is_verb_like(word) || word.starts_with(char::is_uppercase))
                && !matches!(*word, "to" | "so" | "such")
        });
    // `said in the release this case demonstrates that ...`: a noun phrase opening after
    // another without a preposition, or a pronoun, starts the report's own clause.
    let is_preposition = |word: &str| {
        matches!(
            word,
            "in" | "on"
                | "at"
                | "of"
                | "to"
                | "for"
                | "with"
                | "from"
                | "by"
                | "during"
                | "after"
                | "before"
                | "over"
                | "about"
                | "via"
                | "through"
        )
    };
    let opens_a_clause_inside = (2..occasion.len()).any(|index| {
        let word = occasion[index].1;
        (is_article_or_possessive(word) && !is_preposition(occasion[index - 1].1))
            || is_personal_pronoun(word)
    });
    ((adverb || prepositional) && !opens_a_clause_inside).then_some(words[that].0)
}

fn preposition_into_cue(text: &str, content: TextRange, cue: TextRange) -> (TextRange, TextRange) {
    let right_after_cue = text
        .get(cue.end()..content.start())
        .is_some_and(|between| between.trim().is_empty());
    if !right_after_cue {
        return (content, cue);
    }
    let Some(slice) = content.slice(text) else {
        return (content, cue);
    };
    let Some((first, rest)) = slice.split_once(' ') else {
        return (content, cue);
    };
    // `spoke for 77 minutes`, `said for weeks`: a duration, not what was asked for.
    let next = rest.split_whitespace().next().unwrap_or("");
    if first == "for"
        && (next.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                next.trim_end_matches([',', '.']),
                "weeks"
                    | "months"
                    | "years"
                    | "days"
                    | "hours"
                    | "minutes"
                    | "decades"
                    | "several"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "over"
            ))
    {
        return (content, cue);
    }
    // `pointed to her record`: what is pointed to is the report ("to" after other cues opens
    // an infinitive, `vowed to fight`, which is reported with it).
    let points_to = first == "to"
        && cue.slice(text).is_some_and(|cue| {
            matches!(
                cue.to_lowercase().as_str(),
                "pointed" | "points" | "pointing" | "point"
            )
        });
    if !points_to
        && !matches!(
            first,
            "about" | "of" | "with" | "against" | "for" | "into" | "out" | "off" | "up" | "back"
        )
    {
        return (content, cue);
    }
    let rest_start = content.start() + (slice.len() - rest.len());
    let rest_start = rest_start + (rest.len() - rest.trim_start().len());
    (
        TextRange::new(rest_start, content.end()),
        TextRange::new(cue.start(), content.start() + first.len()),
    )
}

/// `continued to question whether ...`, `went on to explain that ...`: the verb after "to" is
/// the cue going on, and what was said follows it (PolNeAR train: after "continued to" and
/// "went on to", the annotated words start after the verb 15 times in 17). The verb and a
/// particle after it (`to point out`, `to beat back`) join the cue.
fn going_on_into_cue(text: &str, content: TextRange, cue: TextRange) -> (TextRange, TextRange) {
    let (Some(cue_words), Some(slice)) = (cue.slice(text), content.slice(text)) else {
        return (content, cue);
    };
    let cue_words = cue_words.to_lowercase();
    let opens_with_on = matches!(cue_words.as_str(), "went" | "goes" | "go");
    let rest = if opens_with_on {
        slice.strip_prefix("on to ")
    } else if matches!(
        cue_words.as_str(),
        "continued" | "continues" | "continue" | "continuing" | "went on" | "goes on"
    ) {
        slice.strip_prefix("to ")
    } else {
        None
    };
    let Some(rest) = rest else {
        return (content, cue);
    };
    let Some((verb, after_verb)) = rest.split_once(' ') else {
        return (content, cue);
    };
    if !verb.chars().all(|c| c.is_ascii_lowercase()) || verb.is_empty() {
        return (content, cue);
    }
    let after_verb = match after_verb.split_once(' ') {
        Some(("out" | "back" | "up", after)) => after,
        _ => after_verb,
    };
    let reported_start = content.start() + (slice.len() - after_verb.len());
    if !has_words(text, TextRange::new(reported_start, content.end()), 1) {
        return (content, cue);
    }
    let cue_end = text[..reported_start].trim_end().len();
    (
        TextRange::new(reported_start, content.end()),
        TextRange::new(cue.start(), cue_end),
    )
}

fn without_leading_time_phrase(text: &str, content: TextRange, cue: TextRange) -> TextRange {
    // Only right after the cue: a report's own words may open with a day ("Tuesday's vote").
    let between = text.get(cue.end()..content.start()).unwrap_or("x");
    if !between.trim().is_empty() {
        return content;
    }
    let Some(slice) = content.slice(text) else {
        return content;
    };
    match LEADING_TIME_PHRASE.find(slice) {
        // What follows must start a clause in lower case ("that", "the", "he"): "said Tuesday
        // Night Live" is not a time phrase.
        Some(phrase)
            if slice[phrase.end()..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase) =>
        {
            TextRange::new(content.start() + phrase.end(), content.end())
        }
        _ => content,
    }
}

/// `The speech is planned, Mr. Manafort said, for this month`: a report whose attribution
/// stands inside it is the words on either side, as parts; when nothing follows the
/// attribution, the words before it alone.
fn around_the_attribution(
    text: &str,
    content: TextRange,
    cue: TextRange,
    source: TextRange,
) -> (TextRange, Vec<TextRange>) {
    let attribution = TextRange::new(cue.start().min(source.start()), cue.end().max(source.end()));
    if !(content.start() < attribution.start() && attribution.end() <= content.end()) {
        return (content, Vec::new());
    }
    let before = TextRange::new(content.start(), attribution.start()).trimmed_in(text);
    // `The plan, as Josh Earnest said, was ...`: "as" opens the attribution.
    let before = match before
        .slice(text)
        .and_then(|words| words.strip_suffix(" as"))
    {
        Some(kept) => TextRange::new(before.start(), before.start() + kept.len()).trimmed_in(text),
        None => before,
    };
    let before = strip_trailing_comma(text, before);
    let after = TextRange::new(attribution.end(), content.end()).trimmed_in(text);
    let after_text = after.slice(text).unwrap_or("");
    let after = TextRange::new(
        after.end() - after_text.trim_start_matches([',', ' ']).len(),
        after.end(),
    );
    if word_count(text, after) == 0 {
        return (before, Vec::new());
    }
    (content, vec![before, after])
}

/// `Pence said in politics it takes time but added that he would try`: a second cue joined by
/// "and" or "but" inside a report's content, and the words it reports (relative to `slice`).
fn second_coordinated_cue(
    slice: &str,
    content: TextRange,
) -> Option<(TextRange, TextRange, TextRange)> {
    let within = &slice[content.start()..content.end().min(slice.len())];
    // The whole match is the cue: `find_iter` needs no capture engine.
    CUE_IN_TEXT.find_iter(within).find_map(|cue| {
        let before = within[..cue.start()].trim_end();
        let before = before.strip_suffix(" also").unwrap_or(before).trim_end();
        if !(before.ends_with(" and") || before.ends_with(" but")) {
            return None;
        }
        let conjunction = before.len() - 4;
        let shifted = |start: usize, end: usize| {
            TextRange::new(content.start() + start, content.start() + end)
        };
        let added_start =
            cue.end() + (within[cue.end()..].len() - within[cue.end()..].trim_start().len());
        Some((
            shifted(added_start, within.len()),
            shifted(cue.start(), cue.end()),
            shifted(conjunction, conjunction),
        ))
    })
}

/// A clause after a comma and "but", "while", "whereas" or "and" inside a report's `content`
/// that has a source and a cue of its own (`..., while 9 percent found it a deterrent`, `..., and
/// the governor warned that ...`): the comma's
/// offset, the clause's report, its cue and its source, relative to `slice`.
fn second_sourced_report(
    slice: &str,
    content: TextRange,
) -> Option<(usize, TextRange, TextRange, TextRange)> {
    let within = &slice[content.start()..content.end().min(slice.len())];
    let shifted =
        |start: usize, end: usize| TextRange::new(content.start() + start, content.start() + end);
    CUE_IN_TEXT.find_iter(within).find_map(|cue| {
        let before = &within[..cue.start()];
        let comma = before.rfind(", ")?;
        let clause = &before[comma + 2..];
        let conjunction = ["but ", "while ", "whereas ", "and "]
            .into_iter()
            .find(|conjunction| clause.starts_with(conjunction))?;
        let subject_start = comma + 2 + conjunction.len();
        let captures = SOURCE_AT_END.captures(&within[subject_start..cue.start()])?;
        let source = captures.name("src")?;
        if source.start() != 0 || !is_plausible_source(source.as_str(), cue.as_str()) {
            return None;
        }
        let rest = &within[cue.end()..];
        // `the letter Mike wrote was “kind”`: a cue followed by a verb stands in a relative
        // clause of a subject, and `doctors don't think to ask` reports nothing (a stance may
        // take "to": `the host sought to make a distinction`).
        let next_word = rest.split_whitespace().next().unwrap_or("");
        if is_passive_or_not_speech(&within[..cue.start()], rest)
            || infinitive_ends_the_report(cue.as_str(), rest)
            || is_auxiliary_or_copula(next_word)
        {
            return None;
        }
        let added_start = cue.end() + (rest.len() - rest.trim_start().len());
        Some((
            content.start() + comma,
            shifted(added_start, within.len()),
            shifted(cue.start(), cue.end()),
            shifted(subject_start + source.start(), subject_start + source.end()),
        ))
    })
}

/// `He added that the account should "be seen through the lens of hindsight. It must be
/// terrible ..."`: a quotation opened inside the reported clause and closed in a later sentence
/// belongs to the report, which runs to its closing mark.
fn extend_over_open_quotation(
    content: TextRange,
    sentence: TextRange,
    spans: &[QuotedSpan],
) -> TextRange {
    // Spans are in text order: start at the first one inside the content (a search through all
    // of them for every report was quadratic on pages of many quotations).
    let first_inside = spans.partition_point(|span| span.outer.start() < content.start());
    spans[first_inside..]
        .iter()
        .take_while(|span| span.outer.start() < content.end())
        .find(|span| span.outer.end() > sentence.end())
        .map_or(content, |span| {
            TextRange::new(content.start(), span.outer.end())
        })
}

/// `In a new poll, 50 percent chose Clinton` or `... a favorable view of Trump in a new
/// Washington Post-ABC News poll`: the poll is the source, "in" the cue.
fn poll_report(sentence: &str) -> Option<(TextRange, TextRange, TextRange)> {
    if !(sentence.contains("poll") || sentence.contains("survey") || sentence.contains("stud")) {
        return None;
    }
    let captures = IN_A_POLL_FIRST
        .captures(sentence)
        .or_else(|| IN_A_POLL_LAST.captures(sentence))?;
    let at = |name: &str| {
        captures
            .name(name)
            .map(|found| TextRange::new(found.start(), found.end()))
    };
    Some((at("content")?, at("cue")?, at("src")?))
}

/// A question put to the speaker by an unnamed asker ("Asked whether he would run, ..."): its
/// content and cue, relative to the sentence.
fn asked_question(sentence: &str) -> Option<(TextRange, TextRange)> {
    if !sentence.contains("sked ") {
        return None;
    }
    let captures = ASKED_QUESTION.captures(sentence)?;
    let cue = captures.name("cue")?;
    let content = captures.name("content")?;
    let content_end = content.start()
        + sentence[content.start()..content.end()]
            .trim_end()
            .trim_end_matches(['.', '!', '?'])
            .len();
    Some((
        TextRange::new(content.start(), content_end),
        TextRange::new(cue.start(), cue.end()),
    ))
}

/// A report whose source the article does not give: no source, and so no speaker.
/// `The Club for Growth is reportedly spending $1.5 million on ads`: the writer reports what
/// someone unnamed said, which a fact-checker wants marked as such. The report is the sentence
/// around the adverb, in two parts when words stand on both sides of it, with no source.
fn hearsay_report(text: &str, sentence: TextRange) -> Option<Candidate> {
    let slice = sentence.slice(text)?;
    let at = slice
        .match_indices("reportedly")
        .chain(slice.match_indices("Reportedly"))
        .map(|(at, _)| at)
        .find(|&at| {
            let before = slice[..at].chars().next_back();
            let after = slice[at + "reportedly".len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })?;
    let cue = TextRange::new(
        sentence.start() + at,
        sentence.start() + at + "reportedly".len(),
    );
    let content_end = sentence.start() + slice.trim_end().trim_end_matches(['.', '!', '?']).len();
    let content = TextRange::new(sentence.start(), content_end).trimmed_in(text);
    if cue.end() > content.end() || word_count(text, content) < MIN_REPORTED_WORDS + 1 {
        return None;
    }
    let before = strip_trailing_comma(
        text,
        TextRange::new(content.start(), cue.start()).trimmed_in(text),
    );
    // `reportedly, the talks ...`: the second part opens after the adverb's comma.
    let rest = &text[cue.end()..content.end()];
    let skipped = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}']).len();
    let after = TextRange::new(cue.end() + skipped, content.end()).trimmed_in(text);
    let (content, parts) = match (before.is_empty(), after.is_empty()) {
        (true, false) => (after, Vec::new()),
        (false, true) => (before, Vec::new()),
        (false, false) => (content, vec![before, after]),
        (true, true) => return None,
    };
    Some(Candidate {
        content,
        kind: QuoteKind::Indirect,
        cue: Some(cue),
        source: None,
        continues: None,
        parts,
    })
}

fn unsourced_report(text: &str, (content, cue): (TextRange, TextRange)) -> Option<Candidate> {
    let content = content.trimmed_in(text);
    (word_count(text, content) >= MIN_REPORTED_WORDS).then_some(Candidate {
        content,
        kind: QuoteKind::Indirect,
        cue: Some(cue),
        source: None,
        continues: None,
        parts: Vec::new(),
    })
}

/// The reported speech of one sentence, if any: content, cue and source, relative to it.
/// The report of a sentence (content, cue, source, in the sentence's offsets), and, when the
/// sentence opens with a subordinate clause whose own cue gave way to the main clause's
/// (`While Hale admitted that the tour would be hard, he said it would go on`), that clause's
/// report too.
type SentenceReports = (
    Option<(TextRange, TextRange, TextRange)>,
    Option<(TextRange, TextRange, TextRange)>,
);

fn report_in_sentence(slice: &str) -> SentenceReports {
    let mut opening_clause = None;
    let found = main_report_in_sentence(slice, &mut opening_clause);
    // The opening clause's report stands beside the main one only when they are apart.
    let opening_clause =
        opening_clause.filter(|(content, cue, _): &(TextRange, TextRange, TextRange)| {
            found.is_some_and(|(main_content, main_cue, _)| {
                *cue != main_cue && !content.intersects(main_content)
            })
        });
    (found, opening_clause)
}

fn main_report_in_sentence(
    slice: &str,
    opening_clause: &mut Option<(TextRange, TextRange, TextRange)>,
) -> Option<(TextRange, TextRange, TextRange)> {
    if let Some(found) = name_colon_statement(slice) {
        return Some(found);
    }
    if !ANY_CUE_WORD.is_match(slice) {
        // A poll reports with "in" alone, which is no cue word anywhere else.
        return poll_report(slice);
    }
    let at = |m: regex::Match<'_>| TextRange::new(m.start(), m.end());
    let mut found: Option<(TextRange, TextRange, TextRange)> = None;
    let mentions_according_to = slice.contains("ccording to");
    let trailing = trailing_clause(slice);
    if let Some(report) = mentions_according_to
        .then(|| according_to_inside(slice))
        .flatten()
    {
        found = Some(report);
    } else if let Some(captures) = mentions_according_to
        .then(|| ACCORDING_TO_FIRST.captures(slice))
        .flatten()
    {
        found = Some((
            at(captures
                .name("content")
                .unwrap_or_else(|| captures.get(0).expect("whole match"))),
            at(captures.name("cue").expect("cue")),
            at(captures.name("src").expect("source")),
        ));
    } else if let Some(captures) = mentions_according_to
        .then(|| ACCORDING_TO_LAST.captures(slice))
        .flatten()
    {
        found = Some(captured_report(&captures));
    } else if let Some(report) = mentions_according_to
        .then(|| according_to_any_source(slice))
        .flatten()
    {
        found = Some(report);
    } else if let Some(captures) = slice
        .trim_start()
        .starts_with(['A', 'a'])
        .then(|| AS_REPORTED_BY_FIRST.captures(slice))
        .flatten()
    {
        found = Some(captured_report(&captures));
    } else if let Some(report) = poll_report(slice) {
        found = Some(report);
    } else if let Some((content, cue, source)) = trailing.or_else(|| middle_clause(slice)) {
        found = Some((content, cue, source));
    } else {
        // A report inside a relative clause ("Kasich, who has refused to endorse Mr. Trump,
        // said ...") gives way to the sentence's own report, found later in it.
        let mut relative_report = None;
        // The whole match is the cue: `find_iter` needs no capture engine, which took most of
        // this loop's time.
        for cue_match in CUE_IN_TEXT.find_iter(slice) {
            let prefix = &slice[..cue_match.start()];
            let rest = &slice[cue_match.end()..];
            if let Some(report) = relative_clause_report(slice, cue_match) {
                relative_report.get_or_insert(report);
                continue;
            }
            if let Some(report) = coordinated_report(slice, cue_match) {
                found = Some(report);
                break;
            }
            let trimmed = rest.trim_start();
            // `As the day went on, Trump offered ...`: "went on" closing an opening clause of
            // time is no cue (after a quotation it is one: `“...?” Trump went on, as if ...`).
            if cue_match.as_str() == "went on"
                && trimmed.starts_with(',')
                && matches!(
                    slice.split_whitespace().next(),
                    Some("As" | "While" | "When")
                )
            {
                continue;
            }
            if inside_opening_participle_phrase(slice, cue_match.start())
                || participle_in_opening_phrase_of_place(slice, cue_match)
                || is_passive_or_not_speech(prefix, rest)
                || progressive_reads_otherwise(prefix, cue_match.as_str(), rest)
                || infinitive_ends_the_report(cue_match.as_str(), rest)
                || (needs_that_clause(cue_match.as_str())
                    && !trimmed.starts_with("that ")
                    && !((reports_a_finding(cue_match.as_str())
                        || matches!(cue_match.as_str(), "suggested" | "suggests"))
                        && opens_a_clause(cue_match.as_str(), trimmed))
                    && !(matches!(
                        cue_match.as_str(),
                        "revealed"
                            | "reveals"
                            | "indicated"
                            | "indicates"
                            | "concluded"
                            | "concludes"
                            | "mentioned"
                    ) && has_a_verb_of_its_own(trimmed)))
            {
                // Tested before the source is looked for, which is the loop's costly step.
                continue;
            }
            // The source stands right before the cue; the last stretch of the prefix holds it.
            let window_start = attribution_window_start(prefix, prefix.len());
            let source_before = |end: usize| {
                SOURCE_AT_END
                    .captures(prefix.get(window_start..end)?)
                    .and_then(|captures| captures.name("src"))
            };
            // `Murphy — after a knock-on-wood gesture — told me ...`: an aside between dashes
            // stands between the source and its cue.
            let Some(source) = source_before(prefix.len())
                // `Trump at the time said ...`: a time is no source; read past it below.
                .filter(|source| !is_a_time_of_day_or_moment(source.as_str()))
                .or_else(|| {
                    aside_between_dashes_at_end(prefix)
                        .filter(|&aside_start| aside_start > window_start)
                        .and_then(source_before)
                })
                .or_else(|| {
                    // `Critics angrily said ...`: an adverb between the source and its cue.
                    // Read here rather than in the pattern, where "-ly" would also take the noun
                    // of `The family said` and leave "The" for a name.
                    adverb_at_end(prefix)
                        .filter(|&adverb_start| adverb_start > window_start)
                        .and_then(source_before)
                })
                .or_else(|| {
                    // `The State Department less than two weeks ago said ...`: a time between
                    // the source and its cue.
                    time_phrase_at_end(prefix)
                        .filter(|&time_start| time_start > window_start)
                        .and_then(source_before)
                })
                .map(|source| (window_start + source.start(), window_start + source.end()))
                .or_else(|| source_before_participle_aside(prefix, window_start))
                .or_else(|| whole_subject_with_relative_clause(prefix))
            else {
                continue;
            };
            let source_start = start_of_unnamed_sources(prefix, window_start, source.0);
            let source_start =
                start_of_subject_with_relative_clause(prefix, window_start, source_start);
            let source_end = source.1;
            // Trimmed only where what is left can be a source (`his opponents by name but did
            // note` keeps its reading: the content is right, the source rough).
            let trimmed_end = end_before_auxiliaries(prefix, source_start, source_end);
            let source_end =
                if is_plausible_source(&prefix[source_start..trimmed_end], cue_match.as_str()) {
                    trimmed_end
                } else {
                    source_end
                };
            let source_text = &prefix[source_start..source_end];
            if !is_plausible_source(source_text, cue_match.as_str())
                || cue_disagrees_with_subject(
                    source_text,
                    &prefix[source_end..],
                    cue_match.as_str(),
                )
            {
                continue;
            }
            let mut content = clause_after_cue(slice, cue_match.end());
            // `But as the senator noted in his speech, the victor was ...`: an attribution by
            // "as" opening the sentence reports the clause after its comma; where and when come
            // before that comma.
            let before_source = prefix[..source_start].trim_end();
            let opens_with_as = before_source
                .strip_suffix("as")
                .or_else(|| before_source.strip_suffix("As"))
                .is_some_and(|before_as| {
                    let before_as = before_as.trim_end().trim_end_matches(',');
                    before_as.is_empty() || is_sentence_adverb(before_as)
                });
            if opens_with_as {
                if let Some(comma) = slice[cue_match.end()..content.end()].find(", ") {
                    let mut words_before_comma = slice[cue_match.end()..cue_match.end() + comma]
                        .split_whitespace()
                        .peekable();
                    // Only where or when: `noted in his speech,` (not `as he urged the party
                    // to ..., replace ...`, whose words after the cue are the report).
                    let only_an_occasion = words_before_comma.peek().is_none_or(|first| {
                        matches!(
                            *first,
                            "in" | "on"
                                | "at"
                                | "during"
                                | "last"
                                | "this"
                                | "earlier"
                                | "later"
                                | "previously"
                                | "recently"
                                | "yesterday"
                                | "today"
                        ) || is_weekday(first)
                    });
                    if only_an_occasion && words_before_comma.count() <= MAX_OCCASION_WORDS_AFTER_AS
                    {
                        content = TextRange::new(cue_match.end() + comma + 2, content.end());
                    }
                }
            }
            let report = (
                content,
                at(cue_match),
                TextRange::new(source_start, source_end),
            );
            // `When Ghani first announced the exchange, he said ...`: a cue inside an opening
            // subordinate clause gives way to the main clause's own, as a relative clause's does;
            // its report ends at the clause's comma, and stands beside the main one.
            if let Some(comma) = opening_subordinate_clause_end(slice, cue_match.start()) {
                let (content, cue, source) = report;
                if content.start() < comma {
                    opening_clause.get_or_insert((
                        TextRange::new(content.start(), comma),
                        cue,
                        source,
                    ));
                }
                continue;
            }
            found = Some(report);
            break;
        }
        if found.is_none() {
            found = relative_report.or_else(|| opening_clause.take());
        }
    }
    // `Khalif said some of the rhetoric was patronizing, noting ...`: the main cue reports and
    // the participle adds to it. The participle's report is taken only when there is no main
    // one, or when the main one reports nothing before the participle ("Clinton said Monday,
    // adding that ...").
    if let Some(participle) = participle_report(slice) {
        let main_reports_before_participle = found.is_some_and(|(content, _, _)| {
            content.start() < participle.1.start()
                && slice[content.start()..participle.1.start()]
                    .split_whitespace()
                    .count()
                    > MIN_REPORTED_WORDS
        });
        // `Judge Keague, writing for the majority, said ...`: a participle set off inside the
        // main report's source describes the source; the main cue reports.
        // So does one set off between the source and the main cue (`Mr. Manafort, citing
        // ''...,'' said ...`).
        let inside_main_source = found.is_some_and(|(_, cue, source)| {
            let set_off = |from: usize| {
                slice
                    .get(from..participle.1.start())
                    .is_some_and(|between| between.trim_end().ends_with(','))
            };
            (source.contains_range(participle.1) && set_off(source.start()))
                || (source.end() <= participle.1.start()
                    && participle.1.end() <= cue.start()
                    && set_off(source.end()))
        });
        if !main_reports_before_participle && !inside_main_source {
            found = Some(participle);
        }
    }
    found
}

/// The content, cue and source a pattern with those three groups captured.
fn captured_report(captures: &regex::Captures<'_>) -> (TextRange, TextRange, TextRange) {
    let at = |m: regex::Match<'_>| TextRange::new(m.start(), m.end());
    (
        at(captures.name("content").expect("content")),
        at(captures.name("cue").expect("cue")),
        at(captures.name("src").expect("source")),
    )
}

/// A subordinating conjunction as it opens a sentence: the clause it opens is not the
/// sentence's main one, and its first words are no speaker.
fn is_capitalised_subordinator(word: &str) -> bool {
    matches!(
        word,
        "When"
            | "While"
            | "After"
            | "Before"
            | "Although"
            | "Though"
            | "Because"
            | "Since"
            | "Once"
            | "Until"
    )
}

/// A word that links a sentence to the one before it, before the clause it opens.
fn is_opening_connective(word: &str) -> bool {
    matches!(
        word,
        "But" | "And" | "So" | "Yet" | "However" | "Still" | "Meanwhile" | "Now" | "Indeed"
    )
}

/// Where the clause that opens the sentence with a subordinating conjunction and holds `at`
/// closes, at its comma (`When Ghani first announced the exchange last week, ...`).
/// Also after a connective (`However, while the RNC says ..., they are ...`, `But when ...`).
fn opening_subordinate_clause_end(sentence: &str, at: usize) -> Option<usize> {
    let opening = sentence.trim_start();
    let mut words = opening.split_whitespace();
    let first = words.next().unwrap_or("");
    let mut clause_start = sentence.len() - opening.len();
    let subordinate = if is_capitalised_subordinator(first) || matches!(first, "If" | "Whether") {
        true
    } else if is_opening_connective(first.trim_end_matches(',')) {
        let second = words.next().unwrap_or("");
        clause_start += first.len();
        matches!(
            second,
            "when"
                | "while"
                | "although"
                | "though"
                | "because"
                | "since"
                | "once"
                | "until"
                | "if"
                | "whether"
        )
    } else {
        false
    };
    // "As" stays out: `As Serra-Martins notes, mass is the key` reports the main clause.
    // The comma closing the clause: none earlier, and a main clause after it.
    if !subordinate || sentence.get(clause_start..at)?.contains(", ") {
        return None;
    }
    let comma = at + sentence.get(at..)?.find(", ")?;
    (sentence.len() > comma + 2).then_some(comma)
}

/// `Sources close to the president said ...`: where the unnamed sources open when the source
/// found before a cue is what they are close to or familiar with (the pattern, read backwards
/// from the cue, stops at the shorter phrase). `source_start` when it is not.
/// The most words a relative clause inside a subject may hold (`Residents who live near the
/// old bridge say ...`).
const MAX_RELATIVE_CLAUSE_WORDS: usize = 12;

/// Where a subject with a relative clause in it starts, when the source found before a cue is
/// the end of that clause: `Residents who live near the old bridge say ...` is said by the
/// residents, not the bridge, and `Officials who spoke with reporters said` by the officials.
/// Only a clause with no comma, semicolon, colon, dash or stop in it (one set off by commas is an
/// apposition, `Smith, who ..., said`, which the source pattern reads itself) and a subject the
/// source pattern reads whole before "who". Returns `source_start` unchanged otherwise.
fn start_of_subject_with_relative_clause(
    prefix: &str,
    window_start: usize,
    source_start: usize,
) -> usize {
    let before = &prefix[window_start..source_start];
    let Some(who) = before.rfind(" who ") else {
        return source_start;
    };
    let clause = &before[who + 1..];
    if clause.contains([',', ';', ':', '.', '—', '–', '“', '”', '"'])
        || clause.contains(" - ")
        || clause.split_whitespace().count() > MAX_RELATIVE_CLAUSE_WORDS
    {
        return source_start;
    }
    SOURCE_AT_END
        .captures(&before[..who + 1])
        .and_then(|captures| captures.name("src"))
        .filter(|subject| {
            is_plausible_source(subject.as_str(), "said")
                && !subject.as_str().contains(',')
                && !is_lone_function_word(subject.as_str())
                // `Another is that Republicans who ...`: a clause, not a subject.
                && !subject
                    .as_str()
                    .split_whitespace()
                    .any(|word| is_auxiliary_or_copula(&word.to_lowercase()))
        })
        .map_or(source_start, |subject| window_start + subject.start())
}

fn start_of_unnamed_sources(prefix: &str, window_start: usize, source_start: usize) -> usize {
    let before = &prefix[..source_start];
    let Some(head) = ["close to ", "familiar with ", "briefed on "]
        .iter()
        .find_map(|connector| before.strip_suffix(connector))
    else {
        return source_start;
    };
    if head.len() <= window_start || !head.ends_with(' ') {
        return source_start;
    }
    SOURCE_AT_END
        .captures(&prefix[window_start..head.len()])
        .and_then(|captures| captures.name("src"))
        .filter(|sources| {
            let last = sources.as_str().rsplit(' ').next().unwrap_or("");
            matches!(
                last.to_lowercase().as_str(),
                "people"
                    | "person"
                    | "persons"
                    | "sources"
                    | "source"
                    | "officials"
                    | "official"
                    | "aides"
                    | "aide"
                    | "individuals"
                    | "diplomats"
                    | "executives"
                    | "someone"
            )
        })
        .map_or(source_start, |sources| window_start + sources.start())
}

/// A word of five letters or more in lower case ending in "-ly": read as an adverb
/// (`insistently`, `angrily`), nouns such as "family" aside where it matters.
fn is_adverb_in_ly(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.chars().all(|c| c.is_ascii_lowercase())
}

/// The most words a participle's aside between a source and its cue may hold.
const MAX_PARTICIPLE_ASIDE_WORDS: usize = 15;

/// `Mr. Manafort, citing ''the president's own words,'' said ...`: the source before a
/// participle's aside set off by commas, when the aside holds a quotation the source pattern's
/// appositions do not run over (`Salceda, citing data, said` it reads itself). Offsets in
/// `prefix`.
fn source_before_participle_aside(prefix: &str, window_start: usize) -> Option<(usize, usize)> {
    let trimmed = prefix.trim_end();
    let before_marks = trimmed.trim_end_matches(['\'', '’', '”', '"']);
    let aside_end = before_marks.strip_suffix(',')?;
    let comma = aside_end.rfind(", ")?;
    if comma < window_start {
        return None;
    }
    let aside = &aside_end[comma + 2..];
    let participle = aside.split_whitespace().next().unwrap_or("");
    // "including" names members of the source, no act of it; after a quotation the source
    // and cue attribute that (`“...,” Bill Eastland, wearing a hat, said matter-of-factly`).
    if !(participle.ends_with("ing") && participle.starts_with(char::is_lowercase))
        || matches!(participle, "including" | "according")
        || aside.split_whitespace().count() > MAX_PARTICIPLE_ASIDE_WORDS
        || prefix[..comma].contains(['“', '”', '"'])
        || prefix[..comma].contains("''")
    {
        return None;
    }
    let before_aside = format!("{} ", &prefix[window_start..comma]);
    let source = SOURCE_AT_END
        .captures(&before_aside)
        .and_then(|captures| captures.name("src"))
        .filter(|source| source.as_str().starts_with(|c: char| !c.is_lowercase()))?;
    Some((window_start + source.start(), window_start + source.end()))
}

/// `A woman who has accused former President Bill Clinton of rape said ...`: the whole of a
/// prefix that is a short subject with a relative clause (no punctuation in it, a capitalised
/// first word, "who" among the first four words, at most [`MAX_RELATIVE_CLAUSE_WORDS`] after
/// it), for when the source pattern reads nothing at the end of the clause.
fn whole_subject_with_relative_clause(prefix: &str) -> Option<(usize, usize)> {
    let subject = prefix.trim();
    let start = prefix.len() - prefix.trim_start().len();
    if subject.contains([',', ';', ':', '.', '—', '–', '“', '”', '"', '(', ')'])
        || !subject.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let words: Vec<&str> = subject.split_whitespace().collect();
    let who = words.iter().position(|word| *word == "who")?;
    let clause_words = words.len() - who - 1;
    // `... and who didn't want`: the cue is the verb of a second relative clause, not the
    // subject's own.
    let last = words[words.len() - 1];
    if words[who + 1..].contains(&"who")
        || is_auxiliary_verb(last)
        || last.ends_with("n't")
        || last.ends_with("n’t")
    {
        return None;
    }
    let first = words[0];
    let opens_a_subject = matches!(
        first,
        "A" | "An" | "The" | "One" | "Another" | "Those" | "Some" | "Many" | "People" | "Anyone"
    ) || !is_common_word(first)
        || (first.ends_with('s') && !is_lone_function_word(first));
    ((1..=4).contains(&who)
        && (2..=MAX_RELATIVE_CLAUSE_WORDS).contains(&clause_words)
        && opens_a_subject)
        .then_some((start, start + subject.len()))
}

/// `the time`, `that point`, `the end of the day`: what a source pattern reads before a cue
/// in `Trump at the time said`, a time and never who.
fn is_a_time_of_day_or_moment(source: &str) -> bool {
    // Compared without a lower-cased copy: this runs for every source found before a cue.
    [
        "the time",
        "that time",
        "the moment",
        "that moment",
        "that point",
        "this point",
        "one point",
        "the end of the day",
        "the same time",
    ]
    .iter()
    .any(|moment| source.eq_ignore_ascii_case(moment))
}

/// The most words a phrase of time between a source and its cue may hold (`less than two weeks
/// ago`, `on Sunday night`).
const MAX_TIME_PHRASE_WORDS: usize = 6;

/// Where a phrase of time that ends `prefix` starts (`less than two weeks ago`, `on Sunday
/// night`, `earlier this month`), if one does: it must end in a word of time and hold only
/// words that a time is written with.
fn time_phrase_at_end(prefix: &str) -> Option<usize> {
    let trimmed = prefix.trim_end();
    let mut words = trimmed.split_whitespace().rev();
    let last = words.next()?;
    let ends_in_time = is_day_or_month(last)
        || matches!(
            last,
            "ago"
                | "yesterday"
                | "today"
                | "tonight"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "day"
                | "time"
                | "moment"
                | "point"
        );
    if !ends_in_time {
        return None;
    }
    let mut start = trimmed.len() - last.len();
    for word in words.take(MAX_TIME_PHRASE_WORDS - 1) {
        let of_time = is_day_or_month(word)
            || is_number_word_to_ten(word)
            || word.bytes().all(|byte| byte.is_ascii_digit())
            || matches!(
                word,
                "less"
                    | "more"
                    | "than"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "just"
                    | "a"
                    | "few"
                    | "several"
                    | "last"
                    | "this"
                    | "earlier"
                    | "later"
                    | "late"
                    | "early"
                    | "on"
                    | "in"
                    | "hours"
                    | "days"
                    | "weeks"
                    | "months"
                    | "years"
                    | "week"
                    | "month"
                    | "year"
                    | "at"
                    | "by"
                    | "the"
                    | "that"
                    | "one"
                    | "end"
                    | "of"
            );
        if !of_time {
            break;
        }
        start = word.as_ptr() as usize - trimmed.as_ptr() as usize;
    }
    Some(start)
}

/// Where a lone adverb that ends `prefix` (`Critics angrily `, `Ford itself `, `Carter however
/// `) starts: `None` when the last word is none. (The patterns' own list of adverbs is kept
/// short: every word in it is compiled into each attribution pattern.)
fn adverb_at_end(prefix: &str) -> Option<usize> {
    let trimmed = prefix.trim_end();
    let word = trimmed
        .rsplit_once(char::is_whitespace)
        .map_or(trimmed, |(_, word)| word);
    let word_start = trimmed.len() - word.len();
    let in_ly = is_adverb_in_ly(word)
        && !matches!(
            word,
            "family" | "assembly" | "supply" | "monopoly" | "anomaly" | "homily" | "rally"
        );
    let is_adverb = in_ly
        || matches!(
            word,
            "however"
                | "itself"
                | "himself"
                | "herself"
                | "themselves"
                | "here"
                | "there"
                | "too"
                | "now"
                | "still"
                | "already"
                | "instead"
                | "alone"
                | "meanwhile"
                | "though"
                // After an auxiliary the patterns read: `Clinton has since said`, `Sanders has
                // long argued`, `she has never said`, `he did not say whether`.
                | "since"
                | "long"
                | "never"
                | "always"
                | "not"
        );
    is_adverb.then_some(word_start)
}

/// The most words an aside between dashes may hold.
const MAX_ASIDE_WORDS: usize = 20;

/// Where an aside between dashes that ends `prefix` (`Murphy — after a gesture — `) opens: the
/// offset of its first dash. `None` when `prefix` does not end with a dash closing one.
fn aside_between_dashes_at_end(prefix: &str) -> Option<usize> {
    let trimmed = prefix.trim_end();
    let dash = trimmed
        .chars()
        .next_back()
        .filter(|c| matches!(c, '—' | '–'))?;
    let before_closing = trimmed[..trimmed.len() - dash.len_utf8()].trim_end();
    let opening = before_closing.rfind(dash)?;
    let aside = &before_closing[opening + dash.len_utf8()..];
    (aside.split_whitespace().count() <= MAX_ASIDE_WORDS).then_some(opening)
}

/// `Juanita Broaddrick, who said Clinton raped her in 1978, recounted ...`, `voters who said
/// they would vote in the primary`: a report inside a relative clause. Its source is the "who"
/// (which stands for the person, as attribution corpora mark it) and its content runs to the
/// clause's end: the next comma, semicolon or dash, or the sentence's end.
fn relative_clause_report(
    slice: &str,
    cue: regex::Match<'_>,
) -> Option<(TextRange, TextRange, TextRange)> {
    let prefix = slice[..cue.start()].trim_end();
    let before_who = prefix.strip_suffix("who")?;
    if !before_who
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace)
    {
        return None;
    }
    let who_start = before_who.len();
    let content_start = reported_clause_start(slice, cue)?;
    let after = &slice[content_start..];
    let clause_length = after
        .find([',', ';', '—', '(', '“', '"'])
        .unwrap_or_else(|| after.trim_end().trim_end_matches(['.', '!', '?']).len());
    let content = TextRange::new(content_start, content_start + clause_length);
    let content_text = &slice[content.start()..content.end()];
    if content_text.split_whitespace().count() < MIN_REPORTED_WORDS {
        return None;
    }
    Some((
        content,
        TextRange::new(cue.start(), cue.end()),
        TextRange::new(who_start, prefix.len()),
    ))
}

/// `Podesta, who said the project was vetted by his firm's counsel, said he ...`: a report in a
/// relative clause beside the sentence's own report is a second attribution. The sentence's
/// own report was found first; this adds the clause's where no report or quotation found so far
/// covers its words or shares its cue.
fn add_relative_clause_reports(
    text: &str,
    sentences: &[TextRange],
    direct: &[Candidate],
    reported: &mut Vec<Candidate>,
) {
    let mut added = Vec::new();
    // The quotations and reports a clause's report could repeat touch its sentence with their
    // content or their cue: bucketed once, as in `reported_speech`.
    let known_by_sentence = by_sentence(
        sentences,
        direct.iter().chain(reported.iter()).map(|candidate| {
            let cue = candidate.cue.unwrap_or(candidate.content);
            TextRange::new(
                candidate.content.start().min(cue.start()),
                candidate.content.end().max(cue.end()),
            )
        }),
    );
    let known_candidate = |index: usize| {
        direct
            .get(index)
            .unwrap_or_else(|| &reported[index - direct.len()])
    };
    for (sentence_index, sentence) in sentences.iter().enumerate() {
        let Some(slice) = sentence.slice(text) else {
            continue;
        };
        if !slice.contains("who ") {
            continue;
        }
        for cue_match in CUE_IN_TEXT.find_iter(slice) {
            let Some((content, cue, source)) = relative_clause_report(slice, cue_match) else {
                continue;
            };
            let base = sentence.start();
            let (content, cue, source) = (
                content.shifted(base).trimmed_in(text),
                cue.shifted(base),
                source.shifted(base),
            );
            let known = known_by_sentence[sentence_index].iter().any(|&index| {
                let candidate = known_candidate(index);
                candidate.cue == Some(cue) || candidate.content.intersects(content)
            });
            if known || word_count(text, content) < MIN_REPORTED_WORDS {
                continue;
            }
            added.push(Candidate {
                content,
                kind: QuoteKind::Indirect,
                cue: Some(cue),
                source: Some(source),
                continues: None,
                parts: Vec::new(),
            });
        }
    }
    reported.extend(added);
}

/// `She brought the debt down but said she could not afford to teach.`, `He expressed concern
/// and said he hoped it would change.`: a cue joined by "and" or "but" to an earlier verb of
/// the same subject, which opens the sentence.
fn coordinated_report(
    slice: &str,
    cue: regex::Match<'_>,
) -> Option<(TextRange, TextRange, TextRange)> {
    let mut prefix = slice[..cue.start()].trim_end();
    // `... defense spending but has said she will ...`: adverbs between the conjunction and the
    // cue, and auxiliaries before a cue of speech or stance (with one, `and had confirmed 68
    // nominees` and `and have continued trending` say nothing).
    let speech = !matches!(
        cue.as_str(),
        "confirmed" | "continued" | "found" | "showed" | "decided" | "expected" | "considered"
    );
    for _ in 0..2 {
        let Some((before, last)) = prefix.rsplit_once(' ') else {
            break;
        };
        let between = matches!(last, "also" | "later" | "then" | "since")
            || speech && is_auxiliary_verb(last);
        if !between {
            break;
        }
        prefix = before.trim_end();
    }
    if !(prefix.ends_with(" and") || prefix.ends_with(" but")) {
        return None;
    }
    let subject = sentence_subject(slice)?;
    // The subject must be the sentence's own, with a verb of its own before the "and": a
    // subject that runs up to the conjunction ("Hawkins and others said") is a compound one.
    if subject.end() + 1 >= prefix.len() - 4 {
        return None;
    }
    let content_start = reported_clause_start(slice, cue)?;
    let content_end = slice.trim_end().trim_end_matches(['.', '!', '?']).len();
    let content = TextRange::new(content_start, content_end.max(content_start));
    if slice[content.start()..content.end()]
        .split_whitespace()
        .count()
        < MIN_REPORTED_WORDS
    {
        return None;
    }
    Some((
        content,
        TextRange::new(cue.start(), cue.end()),
        TextRange::new(subject.start(), subject.end()),
    ))
}

/// The subject of a clause when it names a person: a name of two capitalised words or more, or
/// a personal pronoun. "The rules are simple:" and "Here is the list:" name no one.
fn person_subject(clause: &str) -> Option<TextRange> {
    let subject = sentence_subject(clause)?;
    let words: Vec<&str> = clause[subject.start()..subject.end()]
        .split_whitespace()
        .collect();
    let is_pronoun = words.len() == 1 && matches!(words[0], "He" | "She" | "he" | "she");
    let is_name = words.len() >= 2
        && words.len() <= 4
        && words
            .iter()
            .all(|word| word.chars().next().is_some_and(char::is_uppercase))
        && looks_like_person_name(&words.join(" "));
    (is_pronoun || is_name).then_some(subject)
}

/// The subject opening a sentence, after an introductory phrase and its comma if there is one
/// ("Walking to the next address, Ebeling reminisced ...", "In a statement Monday, the
/// minister ..."): a word such as "In" or "Walking" is no one's name.
fn sentence_subject(sentence: &str) -> Option<TextRange> {
    let subject = subject_as_matched(sentence)?;
    let word = &sentence[subject.start()..subject.end()];
    match word {
        // "But other advisers have been urging ...": the subject follows the conjunction.
        "But" | "And" | "Yet" | "So" | "Still" | "Now" | "Then" | "Also" | "Instead" => {
            let rest = &sentence[subject.end()..];
            let rest_start = subject.end() + (rest.len() - rest.trim_start().len());
            let after = subject_as_matched(&sentence[rest_start..])?.shifted(rest_start);
            let after_word = &sentence[after.start()..after.end()];
            (!is_lone_function_word(after_word)).then_some(after)
        }
        // "The billionaire businessman began ...": the pattern's name branch takes the capital
        // "The" alone; the description runs over the words in lower case up to the verb.
        "The" | "A" | "An" | "This" | "That" | "These" | "Those" | "His" | "Her" | "Their"
        | "Its" | "Our" => {
            let rest = &sentence[subject.end()..];
            let mut end = subject.end() + (rest.len() - rest.trim_start().len());
            for (count, piece) in sentence[end..].split_inclusive(' ').enumerate() {
                let candidate = piece.trim();
                let starts_lower = candidate.chars().next().is_some_and(char::is_lowercase);
                if count >= 4 || candidate.is_empty() || !starts_lower || is_verb_like(candidate) {
                    break;
                }
                end += piece.len();
            }
            let description = TextRange::new(subject.start(), end).trimmed_in(sentence);
            // "That said," and "That adds ...": a lone determiner names no one.
            (description.end() > subject.end()).then_some(description)
        }
        _ if is_lone_function_word(word) => None,
        // `Clinton supporters have also questioned ...`, `Party leaders are ...`: a name before
        // a group the pattern's name branch stops short of.
        _ => {
            let rest = &sentence[subject.end()..];
            let next_start = subject.end() + (rest.len() - rest.trim_start().len());
            let next = sentence[next_start..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            Some(if is_group_noun(next) {
                TextRange::new(subject.start(), next_start + next.len())
            } else {
                subject
            })
        }
    }
}

/// Plural nouns for groups of people that follow a name in a subject (`Clinton supporters`,
/// `Party leaders`, `GOP lawmakers`).
fn is_group_noun(word: &str) -> bool {
    matches!(
        word,
        "supporters"
            | "leaders"
            | "officials"
            | "aides"
            | "allies"
            | "voters"
            | "advisers"
            | "advisors"
            | "donors"
            | "delegates"
            | "lawmakers"
            | "senators"
            | "members"
            | "staffers"
            | "critics"
            | "backers"
            | "surrogates"
            | "strategists"
            | "operatives"
            | "loyalists"
            | "activists"
            | "lawyers"
            | "prosecutors"
            | "investigators"
            | "executives"
            | "analysts"
            | "economists"
            | "experts"
            | "diplomats"
            | "residents"
            | "workers"
            | "insiders"
            | "spokesmen"
            | "spokeswomen"
    )
}

/// Capitalised words that open a sentence without being anyone ("When asked ...", "If ...").
fn is_lone_function_word(word: &str) -> bool {
    matches!(
        word,
        "When"
            | "If"
            | "As"
            | "While"
            | "Because"
            | "Although"
            | "What"
            | "How"
            | "Why"
            | "Where"
            | "There"
            | "Here"
            | "Let's"
            | "Let’s"
            | "But"
            | "And"
            | "The"
            | "A"
            | "An"
            | "That"
            | "This"
    )
}

/// A word that ends a subject's description: a verb, an auxiliary or an adverb.
fn is_verb_like(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';', ':', '.']);
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "later"
            | "also"
            | "then"
            | "now"
            | "began"
            | "came"
            | "went"
            | "made"
            | "took"
            | "got"
            | "won"
            | "lost"
            | "who"
            | "which"
            | "that"
    ) || is_auxiliary_verb(word)
        || word.ends_with("ed")
        || word.ends_with("ly")
        || ANY_CUE_WORD.is_match(word)
        || !word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

fn subject_as_matched(sentence: &str) -> Option<TextRange> {
    /// How far into the sentence the introductory phrase's comma may stand.
    const MAX_INTRODUCTION_BYTES: usize = 120;
    let first_word = sentence.split_whitespace().next().unwrap_or("");
    let words_before_comma = sentence
        .split_once(", ")
        .map_or(0, |(before, _)| before.split_whitespace().count());
    // A gerund opens a phrase of several words ("Walking to the next address,"); a lone word
    // in "-ing" before a comma is as likely a name ("Manning, who ...", "Beijing,").
    let introduces = (first_word.ends_with("ing") && words_before_comma >= 2)
        || matches!(
            first_word,
            "In" | "At"
                | "On"
                | "After"
                | "Before"
                | "During"
                | "Despite"
                | "While"
                | "When"
                | "Since"
                | "As"
                | "With"
                | "Asked"
                | "Later"
                | "Earlier"
                | "Meanwhile"
                | "However"
                | "Still"
                | "Now"
                | "Then"
                | "Last"
                | "Also"
                | "By"
                | "For"
                | "Under"
                | "Through"
                | "Throughout"
                | "Amid"
                | "Following"
                | "Usually"
                | "Often"
                | "Sometimes"
        );
    let subject_at = |start: usize| {
        let subject = SUBJECT_AT_START.captures(&sentence[start..])?.name("src")?;
        Some(TextRange::new(
            start + subject.start(),
            start + subject.end(),
        ))
    };
    if !introduces {
        return subject_at(0);
    }
    // The phrase may hold commas of its own ("At a rally in Portsmouth, N.H., on Tuesday,"):
    // the subject is the first one after a comma with a verb in lower case right after it.
    let window = floor_char_boundary(sentence, MAX_INTRODUCTION_BYTES.min(sentence.len()));
    sentence[..window]
        .match_indices(", ")
        .filter_map(|(comma, _)| subject_at(comma + 2))
        .find(|subject| {
            sentence[subject.end()..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        })
}

/// Where the words a cue reports begin (after the cue and its spaces), when they are a report:
/// a finding or a belief needs "that" or a clause of its own after it, and "to" or "by" after
/// a cue make it a passive or an infinitive ("said to be", "told by"), not a report.
fn reported_clause_start(slice: &str, cue: regex::Match<'_>) -> Option<usize> {
    let rest = &slice[cue.end()..];
    let content_start = cue.end() + (rest.len() - rest.trim_start().len());
    let after = &slice[content_start..];
    if needs_that_clause(cue.as_str())
        && !after.starts_with("that ")
        && !(reports_a_finding(cue.as_str()) && opens_a_clause(cue.as_str(), after))
    {
        return None;
    }
    if infinitive_ends_the_report(cue.as_str(), after) || after.starts_with("by ") {
        return None;
    }
    Some(content_start)
}

/// Whether the words after a finding's cue open a clause of their own ("Clinton leads by
/// three points", "most voters want change") rather than an object ("found the body"): a
/// subject (a name, a pronoun, a share, a number) and then at least four more words.
fn opens_a_clause(cue: &str, after_cue: &str) -> bool {
    let mut words = after_cue.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // What someone believes, thinks or knows is a clause far more often than an object ("aides
    // believe her efforts will offset ..."); "know this" and "believe him" are short.
    let is_belief = matches!(
        cue,
        "believe" | "believes" | "believed" | "think" | "thinks" | "thought" | "know" | "knows"
    );
    // Counts stop at what they need: a long sentence is not counted through for every cue.
    if is_belief && after_cue.split_whitespace().take(5).count() >= 5 {
        return true;
    }
    let is_subject = first
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || matches!(
            first,
            "he" | "she"
                | "they"
                | "it"
                | "most"
                | "many"
                | "more"
                | "fewer"
                | "only"
                | "nearly"
                | "about"
                | "almost"
                | "voters"
                | "people"
                | "support"
        );
    (is_subject && words.take(4).count() >= 4) || has_a_verb_of_its_own(after_cue)
}

/// The most words a clause's subject may take before its auxiliary (`business mogul Donald
/// Trump’s refusal to disavow the Klan could ...` has ten).
const MAX_WORDS_BEFORE_AUXILIARY: usize = 12;

/// `Clinton suggested the United States should send ...`, `she’ll turn to ...`: a clause with
/// an auxiliary, a modal or a copula of its own within a few words, before any comma and before
/// any word that would open a clause inside an object instead (`a plan that would ...`, `the
/// money to ...`).
fn has_a_verb_of_its_own(after_cue: &str) -> bool {
    let mut words = after_cue.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first_bare = first.trim_end_matches([',', ';']);
    if ["’ll", "'ll", "’d", "'d", "’re", "'re"]
        .iter()
        .any(|contraction| first_bare.ends_with(contraction))
    {
        return true;
    }
    if first.ends_with([',', ';', ':'])
        || is_auxiliary_verb(first)
        || matches!(
            first,
            "in" | "on"
                | "at"
                | "for"
                | "with"
                | "by"
                | "from"
                | "of"
                | "about"
                | "into"
                | "after"
                | "before"
                | "during"
                | "to"
                | "as"
                | "that"
                | "is"
                | "was"
                | "are"
                | "were"
        )
    {
        return false;
    }
    for word in words.take(MAX_WORDS_BEFORE_AUXILIARY) {
        let bare = word.trim_end_matches([',', ';', ':', '.']);
        if is_auxiliary_verb(bare) || matches!(bare, "is" | "are" | "was" | "were") {
            return true;
        }
        if word.ends_with([',', ';', ':', '.'])
            || matches!(
                bare,
                "that" | "which" | "who" | "whom" | "whose" | "to" | "and" | "or"
            )
        {
            return false;
        }
    }
    false
}

/// The most bytes an "according to" source may take: "the average of recent polls compiled by
/// Real Clear Politics", "early results of exit polls conducted by Edison Research for the
/// Associated Press and television networks".
const MAX_ACCORDING_TO_SOURCE_BYTES: usize = 160;

/// "according to" with a source the name and description patterns do not read: a poll, a
/// record, "people familiar with the talks", "the most recent data available from the FBI".
/// The phrase itself is the cue whatever follows it, so the source is simply what stands
/// between it and the next comma or the sentence's end, and the content is the rest of the
/// sentence on the other side.
fn according_to_any_source(slice: &str) -> Option<(TextRange, TextRange, TextRange)> {
    let trimmed_end = slice
        .trim_end()
        .trim_end_matches(['.', '!', '?', '"', '”'])
        .len();
    let cue_start = match (slice.find("according to"), slice.find("According to")) {
        (Some(lower), Some(upper)) => lower.min(upper),
        (found, None) | (None, found) => found?,
    };
    let cue_end = cue_start + "according to".len();
    let source_start = cue_end + (slice[cue_end..].len() - slice[cue_end..].trim_start().len());
    if source_start >= trimmed_end {
        return None;
    }
    let source_end = slice[source_start..trimmed_end]
        .find([',', ';', '(', '—'])
        .map_or(trimmed_end, |comma| source_start + comma);
    let source = slice[source_start..source_end].trim_end();
    if source.is_empty() || source.len() > MAX_ACCORDING_TO_SOURCE_BYTES {
        return None;
    }
    let source = TextRange::new(source_start, source_start + source.len());
    let cue = TextRange::new(cue_start, cue_end);
    let before = slice[..cue_start]
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    let content = if before.split_whitespace().count() >= MIN_REPORTED_WORDS {
        // "..., according to X." or "... according to X, ...": the words before the cue.
        let start = before.len() - before.trim_start().len();
        TextRange::new(start, before.len())
    } else {
        // "According to X, ...": the words after the source.
        let after = &slice[source.end()..trimmed_end];
        let skipped = after.len() - after.trim_start_matches([',', ' ']).len();
        TextRange::new(source.end() + skipped, trimmed_end)
    };
    (content.end() > content.start()).then_some((content, cue, source))
}

/// `Fundraising, according to the campaign, has surged`, `Since last November, according to
/// Human Rights Watch, security forces have killed ...`: "according to" between two commas
/// inside the sentence, with a clause after its source. The report is the sentence around the
/// attribution (the words on either side become its parts), without an opening conjunction
/// ("But, according to the poll, 46 percent ...") and without an opening subordinate clause,
/// which the source does not vouch for ("While most were marked confidential, according to
/// an official, two were marked secret"). After a whole clause the report is that clause
/// alone. The source runs to the next comma and takes in the appositions after it ("Dennis B.
/// Ross, another former envoy,"); when no clause follows them the sentence ends with its
/// attribution, which [`ACCORDING_TO_LAST`] reads.
/// The most words before an inner "according to" that still only open the sentence's report
/// ("Since last November", "At the heart of the trouble"); more make a clause of their own.
const MAX_WORDS_OPENING_A_REPORT: usize = 6;

fn according_to_inside(slice: &str) -> Option<(TextRange, TextRange, TextRange)> {
    let cue_start = slice.find(", according to ")? + 2;
    let cue_end = cue_start + "according to".len();
    let before = slice[..cue_start - 2].trim_end();
    if before.is_empty() {
        return None;
    }
    let content_end = slice
        .trim_end()
        .trim_end_matches(['.', '!', '?', '"', '”'])
        .len();
    let source_start = cue_end + 1;
    if source_start >= content_end {
        return None;
    }
    // Comma-separated chunks after the cue: the source, its appositions, then the clause.
    let mut source_end = source_start
        + slice[source_start..content_end]
            .find([',', ';', '(', '—'])
            .filter(|&at| slice[source_start + at..].starts_with(','))?;
    let clause_start = loop {
        let rest = slice[source_end + 1..content_end].trim_start();
        let rest_start = content_end - rest.len();
        let first_word = rest.split_whitespace().next().unwrap_or("");
        let is_apposition = matches!(
            first_word,
            "a" | "an"
                | "another"
                | "the"
                | "who"
                | "which"
                | "whose"
                | "one"
                | "its"
                | "his"
                | "her"
                | "their"
                | "writing"
                | "speaking"
        );
        // An apposition closes with a comma before the clause; without one, the words are the
        // clause (`About 10 p.m., according to a timeline, the contractors left ...`).
        let next_comma = rest.find(',');
        let (true, Some(next_comma)) = (is_apposition, next_comma) else {
            break rest_start;
        };
        source_end = rest_start + next_comma;
    };
    let source = slice[source_start..source_end].trim_end();
    if source.is_empty() || source.len() > MAX_ACCORDING_TO_SOURCE_BYTES {
        return None;
    }
    let clause = &slice[clause_start..content_end];
    if clause.split_whitespace().count() < MIN_REPORTED_WORDS {
        return None;
    }
    let first_word = before.split_whitespace().next().unwrap_or("");
    let last_word = before.split_whitespace().last().unwrap_or("");
    let before_is_connective = matches!(
        before,
        "But" | "And" | "So" | "Yet" | "However" | "Still" | "In addition" | "Also" | "Meanwhile"
    );
    let before_is_subordinate = matches!(
        first_word,
        "While" | "Although" | "Though" | "Because" | "If" | "When" | "As" | "Since" | "After"
    ) && before.split_whitespace().count() > 4
        // "If done correctly, it can be effective, according to ...": the main clause
        // follows the subordinate one inside the words before.
        && !before.contains(',')
        || matches!(
            last_word,
            "because" | "after" | "while" | "that" | "since" | "as" | "when" | "if" | "and" | "but"
        );
    let sentence_start = slice.len() - slice.trim_start().len();
    let content = if before_is_connective || before_is_subordinate {
        TextRange::new(clause_start, content_end)
    } else if before.split_whitespace().count() <= MAX_WORDS_OPENING_A_REPORT {
        TextRange::new(sentence_start, content_end)
    } else {
        // A whole clause before the attribution is the report; what follows the source is a
        // clause of the writer's own ("..., according to the CBO, and the top 10 percent paid
        // 69 percent"), left out as the source's appositions are.
        TextRange::new(sentence_start, before.len())
    };
    Some((
        content,
        TextRange::new(cue_start, cue_end),
        TextRange::new(source_start, source_start + source.len()),
    ))
}

/// `“This is not a hard race,” he said, citing Trump’s appeal.`, `“...,” Mr. Ackman said at the
/// time, adding that investors ...`: a participle after a quotation's attribution (or a
/// report's, when the attribution closes it) reports more of what the speaker said, to the end
/// of the sentence, with the same source.
/// Only a few words may stand between the attribution and the participle's comma, none of them
/// quoted, and the report may not overlap a quotation or report found already.
fn participle_reports_after_quotations(
    text: &str,
    sentences: &[TextRange],
    candidates: &[Candidate],
) -> Vec<Candidate> {
    const MAX_WORDS_BETWEEN: usize = 6;
    // The participle stands a few words after the attribution: the pattern reads no further,
    // so that a long sentence of many attributions is not read once per attribution.
    const PARTICIPLE_WINDOW_BYTES: usize = 160;
    // Whether a range overlaps a content found already, by binary search over the contents in
    // order of start with the furthest end reached so far (contents may nest).
    let mut found: Vec<(usize, usize)> = candidates
        .iter()
        .map(|candidate| (candidate.content.start(), candidate.content.end()))
        .collect();
    found.sort_unstable();
    let furthest_end: Vec<usize> = found
        .iter()
        .scan(0, |furthest, &(_, end)| {
            *furthest = (*furthest).max(end);
            Some(*furthest)
        })
        .collect();
    let overlaps_found = |range: TextRange| {
        let before_end = found.partition_point(|&(start, _)| start < range.end());
        before_end > 0 && furthest_end[before_end - 1] > range.start()
    };
    // A report runs to its sentence's end: one per sentence.
    let mut sentences_reported: HashSet<usize> = HashSet::new();
    let mut reports = Vec::new();
    for candidate in candidates {
        let (Some(cue), Some(source)) = (candidate.cue, candidate.source) else {
            continue;
        };
        // The attribution after what was said: a quotation's, or a report's closing clause
        // (`Ryan and Trump will meet next week, Spicer said, adding, "..."`).
        if cue.start() < candidate.content.end() {
            continue;
        }
        let attribution_end = cue.end().max(source.end());
        let index = sentences.partition_point(|sentence| sentence.end() <= cue.start());
        let Some(sentence) = sentences.get(index).filter(|s| s.start() <= cue.start()) else {
            continue;
        };
        if sentences_reported.contains(&index) {
            continue;
        }
        let Some(rest) = text.get(attribution_end..sentence.end()) else {
            continue;
        };
        let window = &rest[..floor_char_boundary(rest, PARTICIPLE_WINDOW_BYTES)];
        let Some(captures) = PARTICIPLE_AFTER_ATTRIBUTION.captures(window) else {
            continue;
        };
        let (Some(whole), Some(participle)) = (captures.get(0), captures.name("cue")) else {
            continue;
        };
        let between = &rest[..whole.start()];
        if between.split_whitespace().count() > MAX_WORDS_BETWEEN
            || between.contains(['"', '“', '”', '«', '»'])
        {
            continue;
        }
        let tail = rest[whole.end()..]
            .trim_end()
            .trim_end_matches(['.', '!', '?', ';'])
            .trim_end();
        let content = TextRange::new(
            attribution_end + whole.end(),
            attribution_end + whole.end() + tail.len(),
        )
        .trimmed_in(text);
        if content.is_empty() || overlaps_found(content) {
            continue;
        }
        sentences_reported.insert(index);
        let quoted = content
            .slice(text)
            .is_some_and(|content| content.contains(['"', '“', '”']));
        reports.push(Candidate::report(
            content,
            quoted,
            TextRange::new(
                attribution_end + participle.start(),
                attribution_end + participle.end(),
            ),
            source,
            Vec::new(),
        ));
    }
    reports
}

/// A source cut before a participle that reports (`Rosie Franco, noting how ...` → `Rosie
/// Franco`).
fn source_without_participle(text: &str, source: TextRange) -> TextRange {
    let Some(written) = source.slice(text) else {
        return source;
    };
    if !written.contains(", ") {
        return source;
    }
    match PARTICIPLE_AFTER_ATTRIBUTION.find(written) {
        Some(participle) if participle.start() > 0 => {
            TextRange::new(source.start(), source.start() + participle.start())
        }
        _ => source,
    }
}

/// `Trump tweeted on Monday, saying (that) ...`: the participle's report is the subject's.
fn participle_report(sentence: &str) -> Option<(TextRange, TextRange, TextRange)> {
    let captures = PARTICIPLE_CUE.captures(sentence)?;
    let cue = captures.name("cue")?;
    let whole = captures.get(0)?;
    let subject = sentence_subject(sentence)?;
    let content_end = sentence
        .trim_end()
        .trim_end_matches(['.', '!', '?'])
        .len()
        .max(whole.end());
    Some((
        TextRange::new(whole.end(), content_end),
        TextRange::new(cue.start(), cue.end()),
        TextRange::new(subject.start(), subject.end()),
    ))
}

/// Labels in capitals that open a paragraph and name no speaker.
const CAPITAL_LABELS: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "WATCH",
    "READ MORE",
    "RELATED",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "BREAKING",
    "EXCLUSIVE",
    "ALERT",
    "WARNING",
    "SOURCE",
    "SOURCES",
    "ADVERTISEMENT",
    "TAGS",
    "FACT CHECK",
    "THE FACTS",
    "BACKGROUND",
    "ANALYSIS",
    "OPINION",
];

/// `Q: Your mother was deported twice.` / `A: She came back.` / `BENENSON: Senator Sanders
/// doesn't get to decide ...`: a paragraph of an interview transcript, opened by the turn's
/// label and a colon. The paragraph after the label is what the speaker said, word for word
/// (a direct quotation without marks); "Q" and "A" name no one, so their speaker stays unknown.
fn transcript_turns(text: &str, paragraphs: &[TextRange]) -> Vec<Candidate> {
    // Each paragraph opened by a label and a colon: (paragraph, label, colon offset).
    let mut labelled: Vec<(TextRange, &str, usize)> = Vec::new();
    for paragraph in paragraphs {
        let Some(slice) = paragraph.slice(text) else {
            continue;
        };
        // The colon before a space or a no-break space (`RAMOS:\u{a0} Secretary Clinton, ...`).
        let Some(colon) = slice.find(": ").or_else(|| slice.find(":\u{a0}")) else {
            continue;
        };
        // A transcript quoted paragraph by paragraph opens each turn with a mark
        // (`"PENCE: Well, look, ...`): the mark is no part of the label.
        let label = slice[..colon]
            .trim()
            .trim_start_matches(['"', '“', '\'', '‘'])
            .trim_start();
        let is_question_or_answer = matches!(label, "Q" | "A");
        let is_in_capitals = (2..=30).contains(&label.chars().count())
            && label.chars().filter(|c| c.is_uppercase()).count() >= 2
            && label
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
            && !CAPITAL_LABELS.contains(&label);
        if is_question_or_answer || is_in_capitals {
            labelled.push((*paragraph, label, colon));
        }
    }
    fn surname(label: &str) -> &str {
        label.split_whitespace().last().unwrap_or("")
    }
    let mut turns_of_surname: HashMap<&str, usize> = HashMap::new();
    for &(_, label, _) in &labelled {
        *turns_of_surname.entry(surname(label)).or_default() += 1;
    }
    // The names the labels would be written as, looked for in one pass over the text.
    let wanted: Vec<String> = labelled
        .iter()
        .filter_map(|&(_, label, _)| written_surname_of_label(label))
        .collect::<HashSet<String>>()
        .into_iter()
        .collect();
    let introduced_names = names_written_in(text, &wanted);
    let mut turns = Vec::new();
    for &(paragraph, label, colon) in &labelled {
        // A speaker in capitals is a transcript's when the article writes the name elsewhere or
        // gives the same speaker another turn ("JOEL BENENSON:" then "BENENSON:"); a kicker
        // ("BUSTED:") opens one paragraph and names no one.
        let takes_turns = turns_of_surname.get(surname(label)).copied().unwrap_or(0) >= 2;
        let introduced = || {
            written_surname_of_label(label)
                .is_some_and(|written| introduced_names.contains(written.as_str()))
        };
        if !matches!(label, "Q" | "A") && !takes_turns && !introduced() {
            continue;
        }
        let slice = paragraph.slice(text).unwrap_or("");
        let label_start = slice.len()
            - slice
                .trim_start()
                .trim_start_matches(['"', '“', '\'', '‘'])
                .trim_start()
                .len();
        let base = paragraph.start();
        let content = TextRange::new(base + colon + 1, paragraph.end()).trimmed_in(text);
        if word_count(text, content) < MIN_REPORTED_WORDS {
            continue;
        }
        turns.push(Candidate {
            content,
            kind: QuoteKind::Direct,
            cue: Some(TextRange::new(base + colon, base + colon + 1)),
            source: Some(TextRange::new(base + label_start, base + colon).trimmed_in(text)),
            continues: None,
            parts: Vec::new(),
        });
    }
    turns
}

/// `Limbaugh added:` (a paragraph of a source and a cue closed by a colon) and then a paragraph
/// without quotation marks: that paragraph is a `direct` quotation, set off as a block. A
/// paragraph that opens with a mark is read as a quotation already, and a turn of a transcript
/// is left to [`transcript_turns`].
fn introduced_blocks(
    text: &str,
    paragraphs: &[TextRange],
    turns: &[Candidate],
    lower_case_words: &people::LowerCaseWords<'_>,
) -> Vec<Candidate> {
    const MAX_INTRODUCTION_WORDS: usize = 25;
    let mut blocks = Vec::new();
    for pair in paragraphs.windows(2) {
        let (introduction, block) = (pair[0], pair[1]);
        let Some(written) = introduction.slice(text) else {
            continue;
        };
        let written = written.trim();
        if !written.ends_with(':')
            || written.split_whitespace().count() > MAX_INTRODUCTION_WORDS
            || !ANY_CUE_WORD.is_match(written)
        {
            continue;
        }
        let Some(captures) = COLON_INTRODUCTION.captures(written) else {
            continue;
        };
        let (Some(source), Some(cue)) = (captures.name("src"), captures.name("cue")) else {
            continue;
        };
        // `Of note:`, `See tweets:`: a word the article writes in lower case is no speaker, nor
        // is a preposition opening the source; a finding (`The poll found that:`) introduces
        // figures, not words someone said.
        let source_words: Vec<&str> = source.as_str().split_whitespace().collect();
        let first = source_words.first().copied().unwrap_or("");
        let pronoun = matches!(first, "He" | "She" | "They" | "We" | "I" | "It");
        let names_no_one = is_capitalised_function_word(first)
            || matches!(
                first,
                "See" | "Read" | "Watch" | "Click" | "Follow" | "Note" | "Listen" | "View"
            )
            || (source_words.len() == 1 && !pronoun && lower_case_words.contains(first));
        let cue_word = cue.as_str().split_whitespace().next().unwrap_or("");
        if names_no_one || cue.as_str().ends_with("that") || reports_a_finding(cue_word) {
            continue;
        }
        let content = block.trimmed_in(text);
        let block_text = content.slice(text).unwrap_or("");
        let opens_with_mark = block_text.starts_with(['"', '“', '«', '„', '\'', '‘']);
        // A list under the introduction (`— Dallas has ...`, `1. ...`) or a transcript's turn
        // (`RAMOS: ...`) is no block quotation.
        let opens_a_list_or_turn = block_text.starts_with(['—', '–', '-', '•', '*'])
            || block_text.split_whitespace().next().is_some_and(|first| {
                first.ends_with(':')
                    || (first.ends_with('.')
                        && first[..first.len() - 1].chars().all(|c| c.is_ascii_digit()))
            });
        if opens_with_mark
            || opens_a_list_or_turn
            || word_count(text, content) < MIN_REPORTED_WORDS
            || {
                // Turns are paragraphs in text order: only the last one starting before the
                // block ends can overlap it.
                let before_end = turns.partition_point(|turn| turn.content.start() < content.end());
                before_end > 0 && turns[before_end - 1].content.intersects(content)
            }
        {
            continue;
        }
        let offset = introduction.start()
            + introduction
                .slice(text)
                .map_or(0, |raw| raw.len() - raw.trim_start().len());
        blocks.push(Candidate {
            content,
            kind: QuoteKind::Direct,
            cue: Some(TextRange::new(offset + cue.start(), offset + cue.end())),
            source: Some(TextRange::new(
                offset + source.start(),
                offset + source.end(),
            )),
            continues: None,
            parts: Vec::new(),
        });
    }
    blocks
}

/// The surname of a label in capitals as the article would write it elsewhere ("JOEL BENENSON"
/// gives "Benenson"), when the label can be a name at all: kickers in capitals ("STAT OF THE
/// WEEK") hold words no name does, and acronyms ("CNN") are too short.
fn written_surname_of_label(label: &str) -> Option<String> {
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.iter().any(|word| {
        matches!(
            *word,
            "OF" | "THE" | "IS" | "IN" | "AND" | "TO" | "FOR" | "ON"
        )
    }) {
        return None;
    }
    let written = written_as_name(words.last()?);
    (written.chars().count() >= 3).then_some(written)
}

/// `Shrine Rewards: Tap to Reveal`, a hundred times over a game guide: the same words after a
/// colon three times or more are a page's template, not anyone's statement. Only labels read
/// within a sentence are judged so: an interview's turns (`TRUMP: Thank you.`) are read apart,
/// by `transcript_turns`, and may well repeat.
fn drop_repeated_field_values(text: &str, candidates: &mut Vec<Candidate>) {
    const MIN_REPEATS_OF_A_TEMPLATE: usize = 3;
    let after_colon = |candidate: &Candidate| {
        candidate
            .cue
            .and_then(|cue| cue.slice(text))
            .is_some_and(|cue| cue == ":")
    };
    let mut repeats: HashMap<&str, usize> = HashMap::new();
    for candidate in candidates.iter().filter(|candidate| after_colon(candidate)) {
        *repeats
            .entry(candidate.content.slice(text).unwrap_or(""))
            .or_default() += 1;
    }
    if repeats
        .values()
        .all(|&count| count < MIN_REPEATS_OF_A_TEMPLATE)
    {
        return;
    }
    candidates.retain(|candidate| {
        !after_colon(candidate)
            || repeats
                .get(candidate.content.slice(text).unwrap_or(""))
                .is_none_or(|&count| count < MIN_REPEATS_OF_A_TEMPLATE)
    });
}

/// Whether the label before a colon (`Clinton: ...`, `Record: 22-3`) can be a speaker. A
/// speaker's label in an interview or a digest names someone the article writes about elsewhere
/// (`Hillary Clinton said ...`); a field's label on a page (`Record: 22-3`, `Edit: ...`) stands
/// only before colons, however often it repeats, or is made of words the article also writes in
/// lower case (`Speed: ...` on a page about a game's speed, `Survey Results: ...`).
fn label_can_be_a_speaker(
    text: &str,
    label: TextRange,
    lower_case_words: &people::LowerCaseWords<'_>,
    named_words: &NamedWords<'_>,
) -> bool {
    let Some(label_text) = label.slice(text) else {
        return false;
    };
    let all_words_written_in_lower_case = label_text
        .split_whitespace()
        .all(|word| lower_case_words.contains(word.trim_matches(|c: char| !c.is_alphabetic())));
    // The label's own words do not count: "Solaires Entreprises, Inc.: ..." names "Inc" only
    // in itself.
    let named_elsewhere = label_text
        .split(|c: char| !is_name_word_character(c))
        .rfind(|word| !word.is_empty())
        .map(name_word_key)
        .filter(|key| key.chars().count() >= 2)
        .is_some_and(|key| {
            let in_label = name_words(text, label.start(), label.end())
                .filter(|&(word, before_a_colon)| word == key && !before_a_colon)
                .count();
            named_words.count(key) > in_label
        });
    !all_words_written_in_lower_case && named_elsewhere
}

fn is_name_word_character(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// A word as names are compared: without quote marks around it and without a possessive or
/// plural "s" ("Clinton’s" and "Clintons" are "Clinton").
fn name_word_key(word: &str) -> &str {
    word.trim_start_matches(['\'', '’'])
        .trim_end_matches(['\'', '’', 's'])
}

/// The words of `text[start..end]` as [`name_word_key`] gives them, each with whether a colon
/// follows it in the text.
fn name_words(text: &str, start: usize, end: usize) -> impl Iterator<Item = (&str, bool)> {
    let mut at = start;
    std::iter::from_fn(move || loop {
        let offset = text.get(at..end)?.find(is_name_word_character)?;
        let word_start = at + offset;
        let length = text[word_start..end]
            .find(|c: char| !is_name_word_character(c))
            .unwrap_or(end - word_start);
        at = word_start + length;
        let before_a_colon = text[at..]
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(':');
        let key = name_word_key(&text[word_start..at]);
        if !key.is_empty() {
            return Some((key, before_a_colon));
        }
    })
}

/// How often a text writes each word other than right before a colon, as [`name_word_key`]
/// gives them: a label is named elsewhere when its last word is written so outside the label.
/// Counted once per text, on the first question: searching the text for each label made a
/// page of many labels quadratic.
struct NamedWords<'a> {
    text: &'a str,
    counts: std::cell::OnceCell<HashMap<&'a str, usize>>,
}

impl<'a> NamedWords<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            counts: std::cell::OnceCell::new(),
        }
    }

    fn count(&self, key: &str) -> usize {
        self.counts
            .get_or_init(|| {
                let mut counts = HashMap::new();
                for (word, before_a_colon) in name_words(self.text, 0, self.text.len()) {
                    if !before_a_colon {
                        *counts.entry(word).or_default() += 1;
                    }
                }
                counts
            })
            .get(key)
            .copied()
            .unwrap_or(0)
    }
}

/// `Pat Caddell: Democrat voters are worried ...`: a name and a colon opening a sentence (the
/// headline and interview style). Labels such as "Note:" or "Update:" are not names.
fn name_colon_statement(sentence: &str) -> Option<(TextRange, TextRange, TextRange)> {
    let colon = sentence.find(": ")?;
    let name = &sentence[..colon];
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || name.len() > 60 {
        return None;
    }
    const LABELS: &[&str] = &[
        "Note",
        "Update",
        "Updated",
        "Editor",
        "Correction",
        "Watch",
        "Related",
        "Video",
        "Photo",
        "Source",
        "Read",
        "Listen",
        "Opinion",
        "Analysis",
        "Exclusive",
        "Breaking",
        "Poll",
        "Review",
        "Q",
        "A",
        "Live",
        "Warning",
        "Important",
        "Tags",
        "Topics",
        "Sponsored",
        "Advertisement",
        "Credit",
        "Caption",
        // Disclosures and the credits under a feature's photographs ("Styling: ...").
        "Disclosure",
        "Disclaimer",
        "Styling",
        "Grooming",
        "Hair",
        "Makeup",
        "Production",
        "Photography",
        "Illustration",
        "Image",
        "Images",
        "Contact",
        "Email",
        "Follow",
        "Subscribe",
        "Share",
        "See",
        "Also",
        "Reporting",
        "Editing",
        "Transcript",
        "Summary",
        "Verdict",
        "Pros",
        "Cons",
        "Price",
        "Location",
    ];
    let is_label = words
        .iter()
        .any(|word| LABELS.contains(&word.trim_end_matches(['\'', '’', 's'])));
    // `Clinton camp: ...`, `Former AG Mukasey at RNC: ...`, `Clinton to Planned Parenthood:
    // ...`: a headline's speaker may be a camp or a team, and where or to whom they spoke
    // follows the name; the source ends before "at", "to" or "on".
    let capitalised = words.iter().enumerate().all(|(index, word)| {
        word.chars().next().is_some_and(char::is_uppercase)
            || index > 0
                && matches!(
                    *word,
                    "camp"
                        | "campaign"
                        | "aides"
                        | "allies"
                        | "team"
                        | "lawyers"
                        | "at"
                        | "to"
                        | "on"
                )
    });
    let source_end = words
        .iter()
        .position(|word| matches!(*word, "at" | "to" | "on"))
        .and_then(|index| name.find(&format!(" {} ", words[index])))
        .unwrap_or(colon);
    let is_date_or_time = name.chars().any(|c| c.is_ascii_digit());
    if matches!(words[0], "The" | "A" | "An" | "This" | "That" | "In" | "On") {
        return None;
    }
    if is_label || !capitalised || is_date_or_time || is_common_word(words[0]) {
        return None;
    }
    // Labels in capitals longer than an acronym are left to `transcript_turns`, which reads a
    // paragraph at a time and tells a speaker ("BENENSON:") from a kicker ("BUSTED:").
    let in_capitals = !name.chars().any(char::is_lowercase);
    if in_capitals && name.chars().count() > 4 {
        return None;
    }
    Some((
        TextRange::new(
            colon + 2,
            sentence
                .trim_end()
                .trim_end_matches(['.', '!', '?'])
                .len()
                .max(colon + 2),
        ),
        TextRange::new(colon, colon + 1),
        TextRange::new(0, source_end),
    ))
}

/// `content, X said.`: the content, cue and source (relative to `sentence`) when a reporting
/// clause closes the sentence after a comma.
fn trailing_clause(sentence: &str) -> Option<(TextRange, TextRange, TextRange)> {
    let window_start = attribution_window_start(sentence, sentence.len());
    let mut search_from = window_start;
    while let Some(offset) = sentence[search_from..].find(", ") {
        let comma = search_from + offset;
        search_from = comma + 1;
        let tail = &sentence[comma..];
        if !ANY_CUE_WORD.is_match(tail) {
            continue;
        }
        let Some(captures) = TRAILING_CLAUSE.captures(tail) else {
            continue;
        };
        let cue = captures.name("cue1").or(captures.name("cue2"))?;
        let source = captures.name("src1").or(captures.name("src2"))?;
        // `..., which is expected Friday.`: a passive reports nothing, but for the report to a
        // hearing (`..., an inquest was told.`).
        if is_passive_or_not_speech(&tail[..cue.start()], &tail[cue.end()..])
            && !cue.as_str().starts_with("told")
        {
            continue;
        }
        // `..., expect another year of growth.`: an inverted attribution (`, said X`) has a
        // cue in the past or the third person; a bare verb there is an imperative.
        if captures.name("cue2").is_some()
            && !cue.as_str().split_whitespace().next().is_some_and(|verb| {
                verb.ends_with('s') || verb.ends_with("ed") || !is_bare_cue_verb(verb)
            })
        {
            continue;
        }
        // Quoted words after the attribution name a programme it was said on (`said Wednesday
        // on MSNBC’s “Morning Joe.”`), not what a stance holds (`Ramos believes in journalism
        // that “takes sides.”`).
        let after_cue = &tail[cue.end()..];
        if let Some(mark) = after_cue.find(['“', '”', '"']) {
            if !after_cue[..mark].contains(" on ") {
                continue;
            }
        }
        // Only a telling cue takes a recipient (the pattern reads one only in `X told Y`): after
        // `he said` the words are a report of their own (`Despite the delay, he said the plan was good`).
        if let Some(recipient) = captures.name("recipient") {
            let tells = matches!(
                cue.as_str().split_whitespace().next(),
                Some("told" | "tells" | "assured" | "assures" | "informed" | "informs")
            );
            let words: Vec<&str> = recipient.as_str().split_whitespace().collect();
            let words_are_a_noun_phrase = words[1..]
                .iter()
                .all(|word| !is_verb_like(word) || word.starts_with(char::is_uppercase));
            // `Gary Johnson told a joke.`: what was told, not whom.
            let told_a_story = words.last().is_some_and(|last| {
                matches!(
                    last.trim_end_matches(['.', '!', '?']),
                    "joke"
                        | "jokes"
                        | "story"
                        | "stories"
                        | "lie"
                        | "lies"
                        | "tale"
                        | "truth"
                        | "anecdote"
                        | "secret"
                )
            });
            // `, as Breitbart reported [a few days later]`: a span of time reads like a
            // recipient to the pattern.
            let a_span_of_time = words.last().is_some_and(|last| {
                matches!(
                    last.trim_end_matches(['.', '!', '?']),
                    "ago" | "later" | "earlier" | "before"
                )
            });
            if !a_span_of_time && (!tells || !words_are_a_noun_phrase || told_a_story) {
                continue;
            }
        }
        // `, he said as he left the building.`: the occasion holds no report of its own (`, he
        // said after the vote that ...`, `, she said in a speech in which she announced ...`).
        if let Some(occasion) = captures.name("occasion") {
            let occasion = occasion.as_str();
            // `Trump said during the debate were sparked by ...`: a preposition's phrase holds
            // no verb; a conjunction's clause (`as he was leaving`) may.
            let preposition_before_a_verb = occasion
                .split_whitespace()
                .next()
                .is_some_and(|first| matches!(first, "during" | "upon" | "following"))
                && occasion.split_whitespace().any(is_auxiliary_or_copula);
            // `, the mayor said, when asked about the repairs`: the question is the occasion.
            let words: Vec<&str> = occasion
                .trim_start_matches(',')
                .split_whitespace()
                .collect();
            let asked = match words.as_slice() {
                ["when" | "after" | "if", "asked", ..] => 2,
                ["when" | "after" | "while", "being", "asked", ..] => 3,
                _ => 0,
            };
            if preposition_before_a_verb
                || words.contains(&"that")
                || occasion.contains(['"', '“', '”'])
                || words[asked..]
                    .iter()
                    .any(|word| ANY_CUE_WORD.is_match(word))
            {
                continue;
            }
        }
        // `After that, Ford wrote.`: an opening phrase before the comma is no statement.
        if opens_with_a_phrase_of_time_only(&sentence[..comma]) {
            return None;
        }
        // "Gov. John Kasich of Ohio, a Republican ..., said the family deserved better": when a
        // source stands right before an inverted "said X", the sentence reads "X said ...", not
        // "..., said X".
        if captures.name("cue2").is_some() {
            let prefix = &sentence[..comma + cue.start()];
            let window = attribution_window_start(prefix, prefix.len());
            let source_before = SOURCE_AT_END
                .captures(&prefix[window..])
                .and_then(|captures| captures.name("src"))
                .is_some_and(|before| is_plausible_source(before.as_str(), cue.as_str()));
            if source_before {
                continue;
            }
        }
        return Some((
            TextRange::new(0, comma),
            TextRange::new(comma + cue.start(), comma + cue.end()),
            TextRange::new(comma + source.start(), comma + source.end()),
        ));
    }
    None
}

/// A cue verb in its bare form, which after a comma and before its source reads as an
/// imperative.
fn is_bare_cue_verb(verb: &str) -> bool {
    matches!(
        verb,
        "say"
            | "expect"
            | "predict"
            | "worry"
            | "admit"
            | "deny"
            | "urge"
            | "explain"
            | "caution"
            | "concede"
            | "allege"
            | "assert"
            | "acknowledge"
            | "contend"
            | "complain"
            | "argue"
            | "insist"
            | "warn"
            | "note"
            | "suggest"
            | "claim"
            | "believe"
            | "know"
            | "want"
            | "hope"
            | "fear"
            | "think"
            | "see"
            | "agree"
            | "conclude"
            | "oppose"
            | "show"
    )
}

/// One or two words that only set a time or a sequence: "After that", "Later", "Since then".
fn opens_with_a_phrase_of_time_only(before_comma: &str) -> bool {
    let words: Vec<&str> = before_comma.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && matches!(
            words[0],
            "After"
                | "Before"
                | "Since"
                | "Then"
                | "Later"
                | "Afterwards"
                | "Afterward"
                | "Earlier"
                | "Meanwhile"
                | "Eventually"
                | "Finally"
                | "Soon"
                | "Until"
        )
}

/// `..., X said, ...` in the middle of a sentence: the sentence is the content, both sides of the
/// clause (the clause itself is a few words of it, too few to matter to a reader of the span).
fn middle_clause(sentence: &str) -> Option<(TextRange, TextRange, TextRange)> {
    let mut search_from = 0;
    while let Some(offset) = sentence[search_from..].find(", ") {
        let comma = search_from + offset;
        search_from = comma + 1;
        let tail = &sentence[comma..];
        let clause_end = comma + tail[1..].find(',').map_or(tail.len(), |next| next + 1);
        if !ANY_CUE_WORD.is_match(&sentence[comma..clause_end.min(sentence.len())]) {
            continue;
        }
        let Some(captures) = MIDDLE_CLAUSE.captures(tail) else {
            continue;
        };
        let cue = captures.name("cue1").or(captures.name("cue2"))?;
        let source_match = captures.name("src1").or(captures.name("src2"))?;
        // `Chaffetz, R-Utah, said the questioning will start with Comey, but ...`: after `, said`
        // words with a verb of their own are what was said, not who said it; the comma closed an
        // apposition of the sentence's subject.
        if captures.name("src2").is_some()
            && source_match.as_str().split_whitespace().any(|word| {
                is_auxiliary_verb(word) || matches!(word, "is" | "are" | "was" | "were")
            })
        {
            continue;
        }
        // `Of course, as Joel Pollak observed, the biggest victor was ...`: "as" opens an
        // attribution of the main clause after it, read with the other cues below, when only
        // a sentence adverb stands before it; `The plan, as Earnest explained, was ...` is a
        // clause around it. Either way "as" is no part of the source (the source pattern takes
        // it for a role before a name).
        let mut source = TextRange::new(comma + source_match.start(), comma + source_match.end());
        if let Some(after_as) = source_match.as_str().strip_prefix("as ") {
            if is_sentence_adverb(&sentence[..comma]) {
                return None;
            }
            source = TextRange::new(source.end() - after_as.len(), source.end());
        }
        let content_end = sentence.trim_end().trim_end_matches(['.', '!', '?']).len();
        if comma == 0
            || content_end <= comma
            || opens_with_a_phrase_of_time_only(&sentence[..comma])
        {
            return None;
        }
        return Some((
            TextRange::new(0, content_end),
            TextRange::new(comma + cue.start(), comma + cue.end()),
            source,
        ));
    }
    None
}

/// `Making the rounds on the Sunday morning shows, Carson said ...`: whether the word at `at`
/// closes a participle's phrase that opens the sentence, right before its comma (`Polling
/// averages show Clinton ahead, ...` is a gerund subject with its verb). A cue word there is
/// part of the phrase (here a noun); the main clause reports.
fn inside_opening_participle_phrase(sentence: &str, at: usize) -> bool {
    let opening = sentence.trim_start();
    let opening_start = sentence.len() - opening.len();
    let first = opening.split_whitespace().next().unwrap_or("");
    let participle = first.len() > 4
        && first.ends_with("ing")
        && first.starts_with(|c: char| c.is_ascii_uppercase());
    participle
        && at > opening_start + first.len()
        && !sentence[opening_start..at].contains([',', ';', ':'])
        && sentence[at..]
            .split_once(char::is_whitespace)
            .is_some_and(|(cue_word, _)| cue_word.ends_with(','))
}

/// `In a Facebook message posted Friday, Cruz said ...`, `In a statement released Monday, the
/// campaign said ...`: a participle in "-ed" inside a phrase opening with a preposition, with
/// only a time or the phrase's comma after it, describes where the words were said; the main
/// clause after the comma reports.
fn participle_in_opening_phrase_of_place(sentence: &str, cue: regex::Match<'_>) -> bool {
    let opening = sentence.trim_start();
    let first = opening.split_whitespace().next().unwrap_or("");
    if !matches!(
        first,
        "In" | "At" | "On" | "During" | "After" | "Before" | "From" | "With"
    ) || !cue.as_str().ends_with("ed")
        || sentence[..cue.start()].contains([',', ';', ':'])
    {
        return false;
    }
    let after = sentence[cue.end()..].trim_start();
    if after.starts_with(',') {
        return true;
    }
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(',');
    (is_day_or_month(next) || matches!(next, "yesterday" | "today" | "earlier" | "last" | "this"))
        && after[..after.find(',').unwrap_or(after.len())]
            .split_whitespace()
            .count()
            <= 3
        && after.contains(", ")
}

/// `Few politicians would ever admit ...`: auxiliaries and adverbs a source pattern took in
/// before the cue are no part of the source; where its words end otherwise.
fn end_before_auxiliaries(prefix: &str, source_start: usize, source_end: usize) -> usize {
    let mut end = source_end;
    loop {
        let source = prefix[source_start..end].trim_end();
        let Some((kept, last)) = source.rsplit_once(char::is_whitespace) else {
            return end;
        };
        let between_subject_and_verb = is_auxiliary_verb(last)
            || matches!(
                last,
                "ever" | "never" | "also" | "still" | "not" | "now" | "even"
            );
        if !between_subject_and_verb || kept.trim_end().is_empty() {
            return end;
        }
        end = source_start + kept.trim_end().len();
    }
}

/// The most words between an "as" attribution's cue and its comma that say where or when
/// (`as the senator noted in his speech on Tuesday,`).
const MAX_OCCASION_WORDS_AFTER_AS: usize = 8;

/// Words that open a sentence without being part of what it says (`Of course, as X noted,
/// ...`).
fn is_sentence_adverb(words: &str) -> bool {
    matches!(
        words.trim(),
        "Of course"
            | "Indeed"
            | "In fact"
            | "However"
            | "Still"
            | "Yet"
            | "But"
            | "And"
            | "So"
            | "Now"
            | "Again"
            | "Instead"
            | "Meanwhile"
            | "Ultimately"
            | "Then"
            | "Sure enough"
            | "After all"
    )
}

/// How much text around a quotation its cue and source are looked for in.
const MAX_ATTRIBUTION_BYTES: usize = 200;

/// Where the stretch of at most [`MAX_ATTRIBUTION_BYTES`] before `at` starts, moved on to the
/// start of a word: a window opening inside one made sources of word ends ("hD student in
/// neurobiology" for "PhD student ...").
fn attribution_window_start(text: &str, at: usize) -> usize {
    let start = ceil_char_boundary(text, at.saturating_sub(MAX_ATTRIBUTION_BYTES));
    let inside_a_word = text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if !inside_a_word {
        return start;
    }
    text[start..at]
        .find(char::is_whitespace)
        .map_or(at, |offset| start + offset)
}

fn strip_trailing_comma(text: &str, range: TextRange) -> TextRange {
    let slice = range.slice(text).unwrap_or("");
    let trimmed = slice.trim_end_matches(',');
    TextRange::new(range.start(), range.start() + trimmed.len())
}

/// Whether a source found before a cue can be one: it does not end in a function word ("her
/// press secretary and", "a series of"), and a cue that is also a plural noun ("tweets",
/// "reports", "claims") does not follow a determiner phrase ("his early-morning tweets").
fn is_plausible_source(source: &str, cue: &str) -> bool {
    // "That said, ...", "When asked ...": a capitalised word opening the sentence, not a source.
    if is_lone_function_word(source.trim()) {
        return false;
    }
    let last = source
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    // `It’s called Plan & Grow BIG`: "it is called" names a thing.
    if cue == "called"
        && matches!(
            last.as_str(),
            "it’s" | "it's" | "that’s" | "that's" | "he’s" | "he's" | "she’s" | "she's"
        )
    {
        return false;
    }
    let ends_in_function_word = matches!(
        last.trim_end_matches(','),
        "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "with"
            | "for"
            | "the"
            | "a"
            | "an"
            | "by"
            | "from"
    );
    // `In his proposed legislation`, `his proposed ban`: a participle right after a possessive
    // is an adjective ("her" is an object too, `sources close to her said`, and only alone a
    // possessive; nouns keep the possessive as their source: `his claim that ...`).
    let participle_after_possessive = cue.ends_with("ed")
        && (matches!(
            last.as_str(),
            "his" | "their" | "its" | "our" | "my" | "your"
        ) || source.trim() == "her"
            || source.trim() == "Her");
    let first = source
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let noun_like_cue = matches!(
        cue,
        "tweets"
            | "reports"
            | "comments"
            | "notes"
            | "claims"
            | "demands"
            | "promises"
            | "fears"
            | "hopes"
            | "pledges"
            | "states"
            | "shows"
            | "calls for"
            | "charges"
            | "vows"
            | "warns"
    );
    // "The poll shows ..." is a report; "his early-morning tweets" and "a series of tweets" are not.
    let determiner_phrase = matches!(
        first.as_str(),
        "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
    );
    // `In the five states, ...`, `both shows`, `several claims`: after a number or a
    // quantifier such a cue is the plural noun.
    let counted = last.bytes().all(|byte| byte.is_ascii_digit())
        || is_number_word_to_ten(&last)
        || matches!(
            last.as_str(),
            "dozen"
                | "several"
                | "many"
                | "both"
                | "other"
                | "few"
                | "all"
                | "some"
                | "various"
                | "numerous"
        );
    let is_empty = source.trim().is_empty();
    // "I want to thank them", "we hope": a speaker's own wish, inside a quotation or an
    // essay, is not a position the article attributes.
    let speaks_of_itself = attributes_a_stance(cue) && matches!(last.as_str(), "i" | "we" | "you");
    // "a Republican who has refused ...": a relative clause inside a longer subject, whose own
    // report, if any, comes later in the sentence.
    let words: Vec<&str> = source.split_whitespace().collect();
    let ends_in_relative_pronoun = matches!(last.as_str(), "who" | "which")
        // "a Republican who has refused": the relative clause's own verb, after its auxiliary.
        || words.len() >= 2
            && matches!(words[words.len() - 2], "who" | "which")
            && matches!(
                last.as_str(),
                "has" | "had" | "have" | "is" | "was" | "are" | "were" | "will" | "would"
            );
    // `a rough estimate of`, `the original estimated price`, `the ongoing worries about`,
    // `Don't worry`: these cues are as often nouns, adjectives or imperatives, so they report
    // only after a subject that is plainly one: a pronoun, a name, or a plural noun
    // (`analysts predict`, `officials estimated`).
    let noun_or_imperative_cue = matches!(
        cue,
        "estimates" | "estimated" | "worry" | "worries" | "expect" | "backs"
    );
    // `the publicly expressed ire`, `a racially charged argument`: an adverb before the cue
    // makes it an adjective.
    let adjective_after_adverb =
        matches!(cue, "expressed" | "echoed" | "charged") && last.ends_with("ly");

    let plainly_a_subject = matches!(
        last.as_str(),
        "we" | "they" | "he" | "she" | "i" | "you" | "it" | "who"
    ) || source
        .split_whitespace()
        .last()
        .is_some_and(|word| word.starts_with(char::is_uppercase))
        || (last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("'s")
            && !last.ends_with("’s")
            && !last.ends_with("ss"));
    let imperative = matches!(
        first.as_str(),
        "don't" | "don’t" | "do" | "please" | "never"
    );
    // `..., and most recently defended ...`: adverbs alone name no one.
    let adverbs_only = words.iter().all(|word| {
        is_adverb_in_ly(word)
            || matches!(
                *word,
                "most" | "more" | "least" | "very" | "also" | "still" | "even" | "then"
            )
    });
    !(ends_in_function_word
        || adverbs_only
        || participle_after_possessive
        || is_empty
        || ends_in_relative_pronoun
        || speaks_of_itself
        || (noun_like_cue
            && (determiner_phrase || counted)
            // `A review by The Times shows ...`: the record may be the head of a longer phrase.
            && !(cue == "shows"
                && source
                    .split_whitespace()
                    .any(|word| names_a_record(&word.to_lowercase()))))
        || (noun_or_imperative_cue && (!plainly_a_subject || imperative))
        || adjective_after_adverb)
}

/// Whether a source is a time alone: `the department in [August] proposed ...`, `a poll
/// released [Wednesday] showed ...`. A time is when, never who.
fn source_is_a_time(text: &str, source: TextRange) -> bool {
    source.slice(text).is_some_and(|source| {
        let mut words = source.split_whitespace();
        let word = words.next().unwrap_or("");
        words.next().is_none() && names_a_time(&word.trim_end_matches(',').to_lowercase())
    })
}

/// The record or body a time dates, as the source in its place: `[A Quinnipiac poll] released
/// Wednesday found ...`, `[A CNN/ORC poll] in January shows ...`, `[The U.S. Department of
/// Health and Human Services] in August proposed ...`, `[Better-than-expected data] released
/// Wednesday showed ...`. The words between the phrase and the time must be a participle of
/// release ("released", "published", "due out") or a preposition ("on", "in late"); the phrase
/// opens at a determiner or at the start of its sentence within a few words. None otherwise:
/// the report keeps its words without a source.
fn record_dated_by(text: &str, time: TextRange) -> Option<TextRange> {
    let line_start = text[..time.start()].rfind('\n').map_or(0, |at| at + 1);
    let words: Vec<(usize, &str)> = text[line_start..time.start()]
        .split(' ')
        .scan(line_start, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
        .collect();
    let mut index = words.len();
    let mut skipped = 0;
    while index > 0
        && matches!(
            words[index - 1].1,
            "on" | "in"
                | "late"
                | "early"
                | "released"
                | "published"
                | "conducted"
                | "taken"
                | "issued"
                | "out"
                | "due"
        )
    {
        index -= 1;
        skipped += 1;
    }
    if skipped == 0 || index == 0 {
        return None;
    }
    let (last_start, last_word) = words[index - 1];
    if last_word.ends_with([',', '.', ';', ':'])
        || matches!(
            last_word.to_lowercase().as_str(),
            "who" | "which" | "that" | "he" | "she" | "they" | "it" | "we" | "i"
        )
    {
        return None;
    }
    let end = last_start + last_word.len();
    for (position, &(start, word)) in words[..index].iter().enumerate().rev().take(8) {
        // "U.S." and "Dr." end no sentence.
        let ends_sentence = |word: &str| {
            let bare = word.trim_end_matches(['.', '!', '?']);
            bare.len() < word.len() && bare.len() > 3 && !bare.contains('.')
        };
        let opens_sentence = position == 0 || ends_sentence(words[position - 1].1);
        let determiner = matches!(
            word,
            "a" | "A" | "an" | "An" | "the" | "The" | "this" | "This" | "its" | "Its"
        );
        if determiner || opens_sentence {
            return Some(TextRange::new(start, end));
        }
        if word.ends_with([',', ';', ':']) {
            return None;
        }
    }
    None
}

/// Whether a word, in lower case, names a month, a day or a stretch of time ("august",
/// "wednesday", "hours", "yesterday"). "may" is left out: "May" is a surname as often.
fn names_a_time(word: &str) -> bool {
    let mut letters = word.chars();
    let capitalised: String = letters
        .next()
        .map(|first| first.to_uppercase().chain(letters).collect())
        .unwrap_or_default();
    (word != "may" && is_day_or_month(&capitalised))
        || matches!(
            word,
            "tonight" | "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "decades"
        )
}

/// Whether a noun names a record that shows what it found: "a new poll shows ...", "a review by
/// The Times shows ...", "a video of the episode shows ..." (where "his shows" is a noun).
fn names_a_record(noun: &str) -> bool {
    matches!(
        noun.trim_end_matches(|c: char| !c.is_alphanumeric()),
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "study"
            | "review"
            | "analysis"
            | "report"
            | "video"
            | "footage"
            | "data"
            | "record"
            | "records"
            | "research"
            | "audit"
            | "investigation"
            | "document"
            | "photo"
            | "image"
            | "map"
            | "chart"
            | "graph"
            | "test"
            | "count"
            | "tally"
            | "model"
            | "forecast"
            | "projection"
            | "episode"
    )
}

/// Drops the reports that are a closing attribution's occasion (see
/// [`closing_attribution_with_its_occasion`]); the quotation right before such an attribution,
/// when it has no source of its own, takes its cue and source.
fn attribute_closing_occasions(text: &str, candidates: &mut Vec<Candidate>) {
    let occasions: Vec<usize> = (0..candidates.len())
        .filter(|&index| closing_attribution_with_its_occasion(text, &candidates[index]))
        .collect();
    if occasions.is_empty() {
        return;
    }
    // The quotations without a source, by where they end: the one right before an attribution
    // is found by binary search (a page of many such attributions stays linear).
    let mut unattributed: Vec<(usize, usize)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, candidate)| {
            candidate.source.is_none() && candidate.kind != QuoteKind::Indirect
        })
        .map(|(index, candidate)| (candidate.content.end(), index))
        .collect();
    unattributed.sort_unstable();
    for &index in &occasions {
        let (cue, source) = (candidates[index].cue, candidates[index].source);
        let Some(source_start) = source.map(|source| source.start()) else {
            continue;
        };
        let before = unattributed.partition_point(|&(end, _)| end <= source_start);
        let quotation = before
            .checked_sub(1)
            .map(|position| unattributed[position])
            .filter(|&(end, _)| {
                text[end..source_start]
                    .chars()
                    .all(|c| c.is_whitespace() || "\"”’'.,!?".contains(c))
            })
            .map(|(_, quotation)| quotation);
        if let Some(quotation) = quotation {
            candidates[quotation].cue = cue;
            candidates[quotation].source = source;
            candidates[quotation].continues = None;
        }
    }
    let mut index = 0;
    candidates.retain(|_| {
        index += 1;
        occasions.binary_search(&(index - 1)).is_err()
    });
}

/// A closing attribution read as a report of what follows the cue, which is only when and where
/// the words were said: `"...?" Trump said to a crowd of about 500.`, `..., Mr. Rubio said in his
/// 2012 book, ''An American Son.''`, `..., Wilkin said during his campaign speech to be a
/// national delegate.` What was said comes before the source (a quotation found with its own
/// attribution, or a clause), so the report is no report.
fn closing_attribution_with_its_occasion(text: &str, candidate: &Candidate) -> bool {
    let (Some(cue), Some(source)) = (candidate.cue, candidate.source) else {
        return false;
    };
    if candidate.kind != QuoteKind::Indirect
        || source.end() > cue.start()
        || candidate.content.start() < cue.end()
        || !text[cue.end()..candidate.content.start()].trim().is_empty()
    {
        return false;
    }
    let closes_what_came_before = text[..source.start()]
        .trim_end()
        .ends_with([',', '"', '”', '\'', '’']);
    let Some(content) = candidate.content.slice(text) else {
        return false;
    };
    let Some(cue_word) = cue.slice(text) else {
        return false;
    };
    // Only cues of speaking or writing: after others an infinitive or a preposition is what was
    // said (`declined to comment`, `believe in the good sense of ...`).
    let speaks = matches!(
        cue_word,
        "said"
            | "says"
            | "say"
            | "wrote"
            | "writes"
            | "added"
            | "adds"
            | "posted"
            | "tweeted"
            | "explained"
            | "noted"
            | "stated"
            | "remarked"
            | "told"
    );
    let words: Vec<&str> = content.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let second = words.get(1).copied().unwrap_or("");
    let occasion = match first {
        "in" | "on" | "during" | "at" | "while" | "after" | "before" => true,
        // An audience, not an infinitive: `to a crowd of about 500`, `to reporters`.
        "to" => matches!(
            second,
            "a" | "an" | "the" | "his" | "her" | "their" | "reporters" | "supporters"
        ),
        _ => false,
    };
    // A clause of its own after the occasion is what was said (`said during the board meeting
    // the ACC’s grant of rights violates antitrust law`, `said in politics it takes time`).
    let holds_a_clause = words.len() > 12
        || words.iter().any(|word| is_personal_pronoun(word))
        || content.contains(" that ");
    closes_what_came_before && speaks && occasion && !holds_a_clause
}

/// Whether a cue in its plural form stands right after a subject in the singular ("a talk
/// show host", "each voter want"): then the cue is a noun or the phrase is no subject, and the
/// sentence's report, if any, comes later ("..., said that ..."). A word between them ("he
/// would say", "a spokesman will say") lets the plural form stand, so only adjacent words count.
fn cue_disagrees_with_subject(source: &str, between: &str, cue: &str) -> bool {
    if !between.trim().is_empty() {
        return false;
    }
    let plural_form_cue = matches!(
        cue,
        "say"
            | "show"
            | "think"
            | "believe"
            | "know"
            | "want"
            | "hope"
            | "fear"
            | "see"
            | "agree"
            | "oppose"
            | "conclude"
            | "claim"
            | "argue"
            | "insist"
            | "warn"
            | "note"
            | "suggest"
    );
    // Tested first: only these cues can disagree, and the source's words need not be read
    // for any other.
    if !plural_form_cue {
        return false;
    }
    let words: Vec<String> = source
        .split_whitespace()
        .map(|word| word.to_lowercase())
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    // The subject's head is its last word: "a decision they", "one in five" and "one might"
    // end in a plural or an auxiliary that the plural form agrees with.
    let head_is_singular = !(last.ends_with('s')
        || matches!(
            last.as_str(),
            "they"
                | "we"
                | "i"
                | "you"
                | "five"
                | "ten"
                | "might"
                | "may"
                | "must"
                | "can"
                | "could"
                | "would"
                | "should"
                | "will"
                | "does"
                | "did"
                | "do"
        )
        || words.iter().any(|word| word == "in"));
    let singular_subject = matches!(
        first.as_str(),
        "a" | "an" | "one" | "each" | "every" | "another" | "he" | "she" | "it"
    ) && words.len() <= 3
        && head_is_singular;
    singular_subject
}

/// Sources no reader of the sentence would give, found by all the readers above alike:
/// - a conjunction or a subordinator opening the sentence is not part of the source (`But I
///   know ...` → `I`, `While Sanders admitted that ...` → `Sanders`), nor is a sentence adverb
///   with its comma (`Still, Tad Devine ...`); the source's other edges are mended by
///   [`mend_source_edges`];
/// - a cue word written as the noun or adjective it also is cues nothing (see
///   [`cue_reads_as_another_word`]): a report goes, a quotation keeps its place without a cue;
/// - a report whose source opens a condition reports nothing (`If Jon asks you to sign, ...`),
///   nor does one whose source is a word that only opens a phrase or a contracted future
///   (`Prior to this role, ...`, `Other countries ...`, `You'll see ...`);
/// - a heading in capitals names no speaker (`ISRAEL VOWS TO KEEP UP ...`): its report stays,
///   without a source.
///
/// Quotations keep their place (a continuation's speaker is read from the one before it); only
/// their source is dropped.
/// The text before a source that opens with a capital and follows one of `prepositions` (each
/// with its spaces), without the preposition; None otherwise.
fn before_capitalised_source<'a>(
    text: &'a str,
    source_start: usize,
    prepositions: &[&str],
) -> Option<&'a str> {
    if !text
        .get(source_start..)?
        .starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let before = text.get(..source_start)?;
    prepositions
        .iter()
        .find_map(|preposition| before.strip_suffix(preposition))
}

/// Where the name or group that a source right after "of" belongs to starts: two to seven
/// capitalised words in the same sentence before "of" ("Senator Susan Collins of", "Speaker
/// Paul D. Ryan of"), or one capitalised plural ("Supporters of"). None when "of" follows
/// anything else ("a poll of", "Joy Alessi, 50, of", "said of"), or when what follows "of" is
/// no name.
fn name_before_of(text: &str, source_start: usize) -> Option<usize> {
    // Only a name after "of": "Proponents of the new bill" is a group no one names.
    let before_of = before_capitalised_source(text, source_start, &[" of ", " of\u{a0}"])?;
    let mut start = None;
    let mut count = 0;
    let mut rest = before_of;
    while count < 7 {
        let word_start = rest.rfind(char::is_whitespace).map_or(0, |space| {
            space + rest[space..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &rest[word_start..];
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        // A word closing a sentence or an apposition ("work.", "Texas,") is not the name's;
        // initials and abbreviated titles ("D.", "Sen.") are.
        let closes = word.ends_with(',')
            || word.ends_with('.')
                && word.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !people::TITLES.contains(&word);
        if word.is_empty() || !capitalised || closes {
            break;
        }
        start = Some(word_start);
        count += 1;
        if word_start == 0 {
            break;
        }
        rest = rest[..word_start].trim_end_matches([' ', '\u{a0}']);
        if rest.len() + 1 < word_start && rest.ends_with(['\n', '\r']) {
            break;
        }
    }
    let start = start?;
    let first_word = before_of[start..].split_whitespace().next().unwrap_or("");
    let plural_group = count == 1
        && first_word.len() > 3
        && first_word.ends_with('s')
        && first_word.chars().all(char::is_alphabetic);
    (count >= 2 || plural_group).then_some(start)
}

/// Where the group that a source right after "in" or "from" belongs to starts (`Officials in`,
/// `Republicans in`, `some voters in`): a plural of people right before the preposition, with
/// a determiner or an adjective of rank before it. None when the source opens in lower case or
/// the word before the preposition is no such plural.
fn group_before_in(text: &str, source_start: usize) -> Option<usize> {
    let before_in = before_capitalised_source(text, source_start, &[" in ", " from "])?;
    let (rest, plural) = before_in
        .rsplit_once([' ', '\n'])
        .unwrap_or(("", before_in));
    let lower = plural.to_lowercase();
    let is_people = is_group_noun(&lower)
        || matches!(
            lower.as_str(),
            "republicans" | "democrats" | "conservatives" | "liberals" | "progressives" | "people"
        );
    if !is_people {
        return None;
    }
    let mut start = before_in.len() - plural.len();
    if let Some(determiner) = rest.rsplit([' ', '\n']).next() {
        if matches!(
            determiner.to_lowercase().as_str(),
            "some" | "many" | "most" | "other" | "top" | "senior" | "local" | "state" | "federal"
        ) {
            start -= determiner.len() + 1;
        }
    }
    Some(start)
}

/// Where the subject starts that a participle before a source opening with a preposition of
/// place describes (`Protesters marching [through the streets]`, `Democrats living [in the
/// suburbs]`): a capitalised word or a plural right before the participle, at the start of its
/// sentence or after a determiner. None otherwise.
fn subject_before_participle(text: &str, source: TextRange) -> Option<usize> {
    let written = source.slice(text)?;
    let first = written.split_whitespace().next()?;
    if !matches!(
        first,
        "through"
            | "across"
            | "in"
            | "at"
            | "on"
            | "outside"
            | "near"
            | "around"
            | "along"
            | "into"
    ) {
        return None;
    }
    let before = text
        .get(..source.start())?
        .trim_end_matches([' ', '\u{a0}']);
    let (rest, participle) = before.rsplit_once(' ')?;
    if !(participle.len() > 4
        && participle.ends_with("ing")
        && participle.chars().all(|c| c.is_ascii_lowercase()))
    {
        return None;
    }
    let (rest, subject) = rest.rsplit_once([' ', '\n']).unwrap_or(("", rest));
    let is_subject = subject.len() > 3
        && subject.chars().all(char::is_alphabetic)
        && (subject.starts_with(char::is_uppercase) || subject.ends_with('s'));
    // The subject opens its sentence or follows a determiner, which the source takes in.
    let determiner = rest
        .rsplit([' ', '\n'])
        .next()
        .filter(|word| matches!(*word, "The" | "the" | "Some" | "some" | "Many" | "many"));
    let opens = rest.is_empty() || rest.ends_with(['\n', '.', ':']) || determiner.is_some();
    if !(is_subject && opens) {
        return None;
    }
    Some(match determiner {
        Some(word) => rest.len() - word.len(),
        None => rest.len() + usize::from(!rest.is_empty()),
    })
}

fn mend_unlikely_sources(text: &str, candidates: &mut Vec<Candidate>) {
    // One pass: each candidate's source is mended, then judged as mended.
    candidates.retain_mut(|candidate| {
        let Some(source) = candidate.source else {
            return true;
        };
        let Some(written) = source.slice(text) else {
            return true;
        };
        let first = written.split_whitespace().next().unwrap_or("");
        let opens_a_clause = is_capitalised_subordinator(first)
            || matches!(first, "But" | "And" | "So" | "Yet" | "Or" | "As" | "as");
        // A sentence adverb and its comma open the sentence, not the source (`Still, Tad
        // Devine, a senior adviser ...`).
        let adverb_with_comma = first.strip_suffix(',').is_some_and(|adverb| {
            // "Ultimately,", "Notably,": a word in -ly with a comma opens the sentence.
            adverb.len() > 4 && adverb.ends_with("ly") && adverb.chars().all(char::is_alphabetic)
                || matches!(
                    adverb,
                    "Nonetheless"
                        | "Regardless"
                        | "Moreover"
                        | "Furthermore"
                        | "Overall"
                        | "Otherwise"
                        | "Thus"
                        | "Hence"
                        | "Still"
                        | "However"
                        | "Meanwhile"
                        | "Instead"
                        | "Indeed"
                        | "Separately"
                        | "Similarly"
                        | "Likewise"
                        | "Nevertheless"
                        | "Now"
                        | "Then"
                        | "Later"
                        | "Earlier"
                        | "Yesterday"
                        | "Today"
                        | "Again"
                        | "Also"
                )
        });
        if (opens_a_clause || adverb_with_comma) && written.len() > first.len() {
            let rest = &written[first.len()..];
            let skipped = first.len() + (rest.len() - rest.trim_start().len());
            candidate.source = Some(TextRange::new(source.start() + skipped, source.end()));
        }
        if let Some(source) = candidate.source {
            candidate.source = mend_source_edges(text, source);
        }
        let cue_in_capitals = candidate
            .cue
            .and_then(|cue| cue.slice(text))
            .is_some_and(|cue| {
                cue.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !cue.chars().any(char::is_lowercase)
            });
        if cue_in_capitals {
            candidate.source = None;
        }
        let cue_is_another_word = candidate.cue.is_some_and(|cue| {
            cue_reads_as_another_word(text, cue, candidate.source)
                || (candidate.kind != QuoteKind::Direct
                    && cue_is_a_noun_subject(text, cue, candidate.content))
        });
        if cue_is_another_word {
            if candidate.kind != QuoteKind::Direct {
                return false;
            }
            candidate.source = None;
            candidate.cue = None;
        }
        let Some(mut source) = candidate.source else {
            return true;
        };
        // `Colleagues from both parties say ...`, `a poll of union voters shows`, `several of
        // his rivals attacked`: a source cut at "from" or "of" takes back the group it belongs
        // to, a plural, a name, a quantity or a study right before it.
        if source
            .slice(text)
            .is_some_and(|written| written.starts_with("from ") || written.starts_with("of "))
        {
            let before = &text[..source.start()];
            if let Some(word) = before
                .strip_suffix(' ')
                .and_then(|before| before.rsplit(' ').next())
                .filter(|word| {
                    word.chars().all(char::is_alphabetic)
                        && (word.ends_with('s')
                            || word.chars().next().is_some_and(char::is_uppercase)
                            || matches!(
                                *word,
                                "several"
                                    | "many"
                                    | "most"
                                    | "some"
                                    | "none"
                                    | "all"
                                    | "each"
                                    | "one"
                                    | "two"
                                    | "three"
                                    | "few"
                                    | "majority"
                                    | "half"
                                    | "poll"
                                    | "survey"
                                    | "study"
                                    | "analysis"
                                    | "review"
                                    | "panel"
                                    | "group"
                            ))
                })
            {
                source = TextRange::new(source.start() - word.len() - 1, source.end());
                candidate.source = Some(source);
            }
        }
        // `Senator Susan Collins of Maine told`, `Melissa Cronin of Gawker then describes`,
        // `Supporters of Sanders see`: a source read from after "of" takes back the name or the
        // group that "of" qualifies.
        if let Some(start) = name_before_of(text, source.start()) {
            source = TextRange::new(start, source.end());
            candidate.source = Some(source);
        }
        // `Officials in Beijing said`, `Republicans in Congress have said`: a place read as the
        // source gives it back to the group in it.
        if let Some(start) = group_before_in(text, source.start()) {
            source = TextRange::new(start, source.end());
            candidate.source = Some(source);
        }
        // `Protesters marching through the streets chanted`: a place read after a participle
        // gives the source back to the subject the participle describes.
        if let Some(start) = subject_before_participle(text, source) {
            source = TextRange::new(start, source.end());
            candidate.source = Some(source);
        }
        // `At Friday’s hearing, Martinez, the judge, asked`: a phrase of time or place opening
        // the sentence, up to its comma, is not the speaker.
        if let Some(written) = source.slice(text) {
            let first = written.split_whitespace().next().unwrap_or("");
            if matches!(
                first,
                "At" | "In"
                    | "On"
                    | "During"
                    | "After"
                    | "Before"
                    | "From"
                    | "With"
                    | "Under"
                    | "Amid"
                    | "Throughout"
                    | "Inside"
                    | "Outside"
            ) {
                if let Some(comma) = written.find(", ") {
                    let mut skipped = comma + 2;
                    // "On Wednesday, however, the director ...": the adverb goes too.
                    let rest = &written[skipped..];
                    if let Some((word, _)) = rest.split_once(", ") {
                        if !word.contains(' ') && word.starts_with(|c: char| c.is_lowercase()) {
                            skipped += word.len() + 2;
                        }
                    }
                    if written[skipped..].starts_with(|c: char| c.is_alphabetic()) {
                        source = TextRange::new(source.start() + skipped, source.end());
                        candidate.source = Some(source);
                    }
                }
            }
        }
        let written = source.slice(text).unwrap_or("");
        let mut words = written.split_whitespace();
        let first = words.next().unwrap_or("");
        let alone = words.next().is_none();
        // `of sour cherries called ginja`, `by advisors added`, `to lure investors hoping ...`:
        // a source opening with a preposition and naming no one is a misread, and no speaker
        // is "let's". (One naming an institution, `of Appeals’ Board on Professional
        // Responsibility says`, is the end of a real source cut short, and stays.)
        let names_no_one = !written
            .split_whitespace()
            .any(|word| word.chars().next().is_some_and(char::is_uppercase));
        let opens_a_condition = matches!(first, "If" | "Unless" | "Whether")
            || matches!(first, "let's" | "let’s")
            || names_no_one
                && matches!(first, "to" | "of" | "by" | "for" | "from" | "with" | "into");
        // `You’re promised a smooth ride`, `I'm told`: "be" and a participle, a passive with no
        // speaker ("They're saying" is a speaker's).
        let cue_is_a_participle = candidate
            .cue
            .and_then(|cue| cue.slice(text))
            .and_then(|cue| cue.split_whitespace().next())
            .is_some_and(|cue| !cue.ends_with("ing"));
        let passive_after_contraction = cue_is_a_participle
            && ["'re", "’re", "'m", "’m"]
                .iter()
                .any(|contraction| first.ends_with(contraction));
        // A capitalised function word alone ("Of", "At") is a misread opening, not a name
        // ("From" and "By" are surnames too, and "A" answers in an interview).
        let function_word =
            is_capitalised_function_word(first) || matches!(first, "The" | "An" | "If" | "So");
        let misread_subject = alone
            && (matches!(first, "Other" | "Another" | "Prior" | "Such")
                || function_word
                || passive_after_contraction
                || ["'ll", "’ll", "'d", "’d"]
                    .iter()
                    .any(|contraction| first.ends_with(contraction)));
        if !(opens_a_condition || misread_subject) {
            return true;
        }
        if candidate.kind == QuoteKind::Direct {
            candidate.source = None;
            candidate.cue = None;
            true
        } else {
            false
        }
    });
}

/// `Trump’s comments are making people ...`, `the award show is ...`, `My hope was ...`: a cue
/// word after a determiner or a possessive whose "content" opens with a verb of its own is the
/// noun subject of that verb, and reports nothing. (`which he said is ...` has no determiner
/// before the cue and stays a report.)
fn cue_is_a_noun_subject(text: &str, cue: TextRange, content: TextRange) -> bool {
    let right_after = text
        .get(cue.end()..content.start())
        .is_some_and(|between| between.trim().is_empty());
    let content_opens_with_a_verb = content
        .slice(text)
        .and_then(|content| content.split_whitespace().next())
        .is_some_and(|first| {
            is_auxiliary_verb(first) || matches!(first, "is" | "are" | "was" | "were")
        });
    if !right_after || !content_opens_with_a_verb {
        return false;
    }
    let word_before = text[..cue.start()]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    let lowered = word_before.to_lowercase().replace('’', "'");
    // `These small-group reports will then be used`, `insurance plans are`: a cue that is also a
    // plural noun, after a lowercase word no verb follows (neither a pronoun nor an adverb), is
    // the noun at the head of the subject.
    let cue_is_a_plural_noun = cue.slice(text).is_some_and(|cue| {
        matches!(
            cue,
            "reports"
                | "plans"
                | "claims"
                | "calls"
                | "comments"
                | "notes"
                | "demands"
                | "fears"
                | "hopes"
                | "shows"
                | "promises"
                | "pledges"
                | "proposals"
                | "charges"
                | "findings"
        )
    });
    // Only where the noun phrase opens its sentence: after another noun the same words are a
    // relative clause with its object left out (`something the lawsuit claims could hurt ...`).
    let sentence_opening = &text[text[..cue.start()]
        .rfind(['.', '!', '?', '\n', ';', ':'])
        .map_or(0, |end| end + 1)..cue.start()];
    let opening_words: Vec<&str> = sentence_opening.split_whitespace().collect();
    let opens_the_sentence = (1..=3).contains(&opening_words.len())
        && opening_words.iter().enumerate().all(|(index, word)| {
            let lowered = word.to_lowercase();
            (index == 0 || word.chars().all(|c| c.is_lowercase() || c == '-'))
                && !is_personal_pronoun(&lowered)
                && !is_auxiliary_or_adverb(&lowered)
                && !matches!(
                    lowered.as_str(),
                    "who" | "which" | "that" | "what" | "and" | "or"
                )
        });
    if cue_is_a_plural_noun && opens_the_sentence {
        return true;
    }
    is_article_or_possessive(&lowered)
        || matches!(lowered.as_str(), "these" | "those")
        || (lowered.ends_with("'s")
            && !matches!(
                lowered.as_str(),
                "he's" | "she's" | "it's" | "that's" | "who's"
            ))
}

/// Whether a cue word is written here as the noun or the adjective it also is, which cue
/// nothing:
/// - "states" is far more often the noun ("in several states", "the 35 states that") than the
///   verb, which news writes before what is stated ("the document states, ...", "It states
///   that ...");
/// - "show" after a determiner, a possessive or a kind of show ("the TV show", "Lopez’s
///   show");
/// - "plans" not followed by what is planned ("insurance plans", "his plans, though ..."); an
///   intention reported as a noun stays (`the administration’s plans to increase funding`);
/// - "called" naming something (`a program called Sandy Hook Promise`, `so-called`);
/// - "reported" from a place (`Lerer reported from Los Angeles`) or after a possessive
///   (`Trump’s reported net worth`).
fn cue_reads_as_another_word(text: &str, cue: TextRange, source: Option<TextRange>) -> bool {
    // The cue's first word: a preposition may have joined it ("show about").
    let Some(written) = cue.slice(text) else {
        return false;
    };
    let Some(word) = written.split_whitespace().next() else {
        return false;
    };
    let word_end = cue.start() + (word.as_ptr() as usize - written.as_ptr() as usize) + word.len();
    let after = text[word_end..].trim_start();
    let before = text[..cue.start()].trim_end();
    let previous = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let previous_is_possessive = previous.ends_with("'s")
        || previous.ends_with("’s")
        || previous.ends_with("s'")
        || previous.ends_with("s’");
    let previous_is_determiner = is_article_or_possessive(&previous)
        || matches!(
            previous.as_str(),
            "that" | "these" | "those" | "many" | "some" | "new" | "such"
        );
    match word {
        "states" => {
            // Before punctuation, "the blue states, where ..." and "the four states." are the
            // noun; "the document states, ..." is the verb.
            let counts_states = previous.chars().next().is_some_and(|c| c.is_ascii_digit())
                || is_number_word_to_ten(&previous)
                || before
                    .rsplit(|c: char| c.is_whitespace())
                    .next()
                    .is_some_and(|word| word.chars().next().is_some_and(char::is_uppercase))
                || matches!(
                    previous.as_str(),
                    "the"
                        | "all"
                        | "other"
                        | "many"
                        | "several"
                        | "some"
                        | "both"
                        | "these"
                        | "those"
                        | "most"
                        | "few"
                        | "remaining"
                        | "early"
                        | "earlier"
                        | "key"
                        | "swing"
                        | "battleground"
                        | "red"
                        | "blue"
                        | "purple"
                        | "50"
                        | "winner-take-all"
                        | "southern"
                        | "western"
                        | "northern"
                        | "eastern"
                );
            !after.starts_with("that ")
                && (counts_states || !after.starts_with([',', ':', '.', '“', '"', '‘', '\'', '«']))
        }
        "show" => {
            // `the massive fantasy show`: after a singular noun in a phrase of its own "show" is
            // the noun ("polls show", "they show", "will show", "records from the 2008 cycle
            // show" are the verb).
            let phrase_of_its_own = source.is_some_and(|source| {
                let opens_with_a_determiner = source.slice(text).is_some_and(|written| {
                    let first = written.split_whitespace().next().unwrap_or("");
                    is_article_or_possessive(&first.to_lowercase())
                });
                let word_before_source = text[..source.start()]
                    .split_whitespace()
                    .next_back()
                    .unwrap_or("")
                    .to_lowercase();
                opens_with_a_determiner
                    && !matches!(word_before_source.as_str(), "of" | "from" | "for")
            });
            let after_a_singular_noun = phrase_of_its_own
                && previous.chars().all(|c| c.is_lowercase() || c == '-')
                && !previous.is_empty()
                && !previous.ends_with('s')
                && !is_personal_pronoun(&previous)
                && !is_auxiliary_or_adverb(&previous)
                && !matches!(
                    previous.as_str(),
                    "data"
                        | "evidence"
                        | "research"
                        | "polling"
                        | "footage"
                        | "media"
                        | "to"
                        | "and"
                        | "or"
                        | "that"
                        | "which"
                        | "who"
                        | "people"
                        | "men"
                        | "women"
                        | "children"
                        | "i"
                        | "we"
                        | "you"
                        | "they"
                        | "figures"
                );
            after_a_singular_noun
                || previous_is_determiner
                || previous_is_possessive
                || matches!(
                    previous.as_str(),
                    "tv" | "talk"
                        | "reality"
                        | "radio"
                        | "game"
                        | "cooking"
                        | "morning"
                        | "night"
                        | "late-night"
                        | "hit"
                        | "news"
                        | "comedy"
                        | "variety"
                        | "fashion"
                        | "awards"
                        | "trade"
                        | "road"
                        | "cable"
                )
        }
        "plans" => !(after.starts_with("to ") || after.starts_with("that ")),
        "called" => {
            // `a place in the Depths called Hateno Village Research Lab.`: a name alone after
            // "called", closing its clause, is what something is called.
            let clause = after
                .split(['.', ',', ';', ':', '!', '?', '\n'])
                .next()
                .unwrap_or("");
            let source_is_a_thing =
                source
                    .and_then(|source| source.slice(text))
                    .is_some_and(|source| {
                        let lowered = source.to_lowercase();
                        lowered.starts_with("the ")
                            || lowered.starts_with("a ")
                            || lowered.starts_with("an ")
                    });
            let cut_at_an_abbreviation = matches!(
                clause.split_whitespace().next_back().unwrap_or(""),
                "Mr" | "Mrs"
                    | "Ms"
                    | "Dr"
                    | "Sen"
                    | "Gov"
                    | "Rep"
                    | "Gen"
                    | "Lt"
                    | "Col"
                    | "St"
                    | "Jr"
                    | "Sr"
                    | "Prof"
                    | "Rev"
            );
            let names_only = source_is_a_thing
                && !cut_at_an_abbreviation
                && !clause.trim().is_empty()
                && clause.split_whitespace().all(|word| {
                    word.chars().next().is_some_and(char::is_uppercase)
                        || matches!(word, "of" | "the" | "and" | "de" | "for")
                });
            previous.ends_with("so-")
                || previous == "so"
                || names_only
                || source
                    .and_then(|source| source.slice(text))
                    .is_some_and(|source| source.starts_with("a ") || source.starts_with("an "))
        }
        "reported" => previous_is_possessive || after.starts_with("from "),
        // `the recommendations added nearly another year`, `the plan added 2,000 jobs`: adding a
        // quantity says nothing.
        "added" | "adds" | "add" => {
            after.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                || [
                    "nearly ",
                    "almost ",
                    "roughly ",
                    "another ",
                    "more than ",
                    "over ",
                    "up to ",
                    "an estimated ",
                    "an extra ",
                    "an additional ",
                ]
                .iter()
                .any(|quantity| after.starts_with(quantity))
        }
        _ => false,
    }
}

/// "the", "a", "his", "this": a word that opens a noun phrase, so a cue word right after it is
/// the noun (lowercase input).
fn is_article_or_possessive(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this"
    )
}

/// A source's edges as a reader would draw them, for sources any reader above may give:
/// - a relative or a complementiser opening a longer source is not part of it (`that
///   administration officials` → `administration officials`);
/// - an auxiliary or a conjunction closing it is the clause's, not the source's (`the F.B.I.
///   has` → `the F.B.I.`, `a fake Southern accent and` → `a fake Southern accent`);
/// - a source that is only such a word, or only a day (`has`, `When`, `Thursday`), stands for
///   the phrase before it in the sentence (`Priebus later Thursday told ...` → `Priebus`); a
///   day with no phrase there stays (`A poll released Sunday`), another word is dropped.
///
/// A relative pronoun closing a source or standing alone (`a message that`, `who`) stays: it is
/// the clause's subject as attribution corpora mark it, and the speaker is read through it.
fn mend_source_edges(text: &str, source: TextRange) -> Option<TextRange> {
    let written = source.slice(text)?;
    let words: Vec<(usize, &str)> = written
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - written.as_ptr() as usize, word))
        .collect();
    if words.is_empty() {
        return Some(source);
    }
    let mut first = 0;
    let mut end = words.len();
    if words.len() > 1 && matches!(words[0].1, "that" | "what" | "which" | "who" | "whom") {
        first = 1;
    }
    // `That is something the lawsuit claims could hurt ...`, `That's what the city hopes will
    // ...`: after a copula the cue's subject is the last noun phrase, the relative clause's
    // subject with its object left out.
    let opening = |index: usize| {
        words
            .get(index)
            .map(|(_, word)| word.to_lowercase().replace('’', "'"))
            .unwrap_or_default()
    };
    let copula = if matches!(
        opening(first).as_str(),
        "that's" | "it's" | "what's" | "here's" | "this's"
    ) {
        Some(first)
    } else if matches!(opening(first).as_str(), "that" | "it" | "this" | "here")
        && matches!(opening(first + 1).as_str(), "is" | "was")
    {
        Some(first + 1)
    } else {
        None
    };
    if let Some(copula) = copula {
        if let Some(determiner) = (copula + 2..words.len().saturating_sub(1))
            .rev()
            .find(|&index| {
                matches!(
                    words[index].1,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "this" | "that"
                )
            })
        {
            first = determiner;
        }
    }
    // `the stars that they desperately wanted to see`: the relative clause's own subject is
    // the source, not the phrase it describes, and the adverbs after a pronoun are the verb's.
    if let Some(relative) = (first + 1..words.len().saturating_sub(1))
        .find(|&index| matches!(words[index].1, "that" | "whom" | "which"))
    {
        if is_personal_pronoun(words[relative + 1].1)
            && words[relative + 2..]
                .iter()
                .all(|(_, word)| is_auxiliary_or_adverb(word))
        {
            first = relative + 1;
            end = relative + 2;
        }
    }
    // `..., noted Kurian, while Nano is going to ...`: a clause a conjunction opens after a comma
    // is the sentence going on, no apposition of the source (nor a role of the speaker's).
    let clause_after_comma = (first + 1..end).find(|&index| {
        words[index - 1].1.ends_with(',')
            && matches!(
                words[index].1,
                "while"
                    | "whereas"
                    | "although"
                    | "though"
                    | "because"
                    | "since"
                    | "when"
                    | "if"
                    | "unless"
                    | "until"
                    | "after"
                    | "before"
            )
    });
    // Before a cue, a clause whose own subject follows the conjunction is the report's, and
    // that subject its source (`..., while Mike Huckabee, the former Arkansas governor, said
    // ...`); an adverbial clause closed by a comma stands before the source (`after winning
    // Ohio, Gov. John Kasich said`); after an inverted source the clause is cut off.
    let mut clause_cut = false;
    if let Some(clause) = clause_after_comma {
        let opens_a_subject = words.get(clause + 1).is_some_and(|(_, word)| {
            word.starts_with(char::is_uppercase) || is_personal_pronoun(word)
        });
        if opens_a_subject && a_cue_follows(text, source.end()) {
            first = clause + 1;
        } else {
            match (clause + 1..end).find(|&index| words[index - 1].1.ends_with(',')) {
                Some(resumed) => first = resumed,
                None => {
                    end = clause;
                    clause_cut = true;
                }
            }
        }
    }
    while end - first > 1
        && matches!(
            words[end - 1].1.to_lowercase().as_str(),
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "are"
                | "were"
                | "and"
                | "or"
                | "when"
                | "as"
                | "can"
                | "could"
                | "will"
                | "would"
                | "should"
                | "may"
                | "might"
                | "must"
        )
    {
        end -= 1;
    }
    // `came a month after Van Der Beek announced`: after a conjunction that opens a clause, its
    // subject is the source.
    // Not inside an apposition (`Bill Millis, ... before departing last month because of ...`),
    // and only before a subject (a name or a pronoun).
    if !written.contains(',') {
        if let Some(conjunction) = (first + 1..end.saturating_sub(1)).rev().find(|&index| {
            matches!(
                words[index].1,
                "after"
                    | "before"
                    | "since"
                    | "when"
                    | "while"
                    | "because"
                    | "although"
                    | "though"
                    | "until"
                    | "once"
                    | "whereas"
            )
        }) {
            let subject = words[conjunction + 1].1;
            let day = subject.trim_end_matches("’s").trim_end_matches("'s");
            if (subject.chars().next().is_some_and(char::is_uppercase) && !is_day_or_month(day))
                || is_personal_pronoun(subject)
            {
                first = conjunction + 1;
            }
        }
    }
    // `the metrics it told people had ...`: a pronoun closing a longer source is the subject
    // of a relative clause that leaves its object out.
    if end - first > 2
        && is_personal_pronoun(words[end - 1].1)
        && words[end - 2].1.chars().all(char::is_lowercase)
        && !matches!(
            words[end - 2].1,
            "of" | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "by"
                | "from"
                | "to"
                | "about"
                | "and"
                | "or"
                | "but"
                | "than"
                | "as"
                | "if"
        )
    {
        first = end - 1;
    }
    let lone = &words[first..end];
    let stands_for_a_phrase_before = match lone {
        [(_, word)] => {
            matches!(
                *word,
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "When"
                    | "when"
                    | "as"
                    | "As"
            ) || is_day_or_month(word)
        }
        [(_, day), (_, part)] => {
            is_day_or_month(day) && matches!(*part, "morning" | "afternoon" | "evening" | "night")
        }
        _ => false,
    };
    if stands_for_a_phrase_before {
        // A day the phrase before does not explain ("A poll released Sunday") stays.
        let is_a_day = lone.first().is_some_and(|(_, word)| is_day_or_month(word));
        return source_before(text, source.start()).or(is_a_day.then_some(source));
    }
    let (start_offset, _) = words[first];
    let (last_offset, mut last_word) = words[end - 1];
    if clause_cut {
        last_word = last_word.trim_end_matches(',');
    }
    Some(TextRange::new(
        source.start() + start_offset,
        source.start() + last_offset + last_word.len(),
    ))
}

/// Whether the first word after `at` (past commas and spaces) opens a cue: a source before it
/// is the cue's subject.
fn a_cue_follows(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..) else {
        return false;
    };
    let next = rest
        .trim_start_matches(|c: char| c == ',' || c.is_whitespace())
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    CUE_FIRST_WORDS.contains(next) || is_auxiliary_or_adverb(next)
}

/// "they", "he", "I": a subject pronoun that can open a clause of its own.
fn is_personal_pronoun(word: &str) -> bool {
    matches!(word, "I" | "we" | "you" | "he" | "she" | "they" | "it")
}

/// The source that ends right before `at` in its sentence, past a comma and a time phrase
/// (`Sanders, who`, `Priebus later Thursday`, `the F.B.I. has`).
fn source_before(text: &str, at: usize) -> Option<TextRange> {
    let window_start = attribution_window_start(text, at);
    let window = &text[window_start..at];
    let sentence_start = window
        .rfind(['\n', '.', '?', '!', ';', '“', '”', '"'])
        .map_or(0, |found| {
            found + window[found..].chars().next().map_or(1, char::len_utf8)
        });
    let mut before = window[sentence_start..].trim_end();
    loop {
        let trimmed = before.trim_end_matches(',').trim_end();
        let last = trimmed.rsplit(' ').next().unwrap_or("");
        let is_time_word = matches!(
            last,
            "later" | "earlier" | "on" | "last" | "this" | "late" | "early"
        ) || is_day_or_month(last);
        if is_time_word && last.len() < trimmed.len() {
            before = trimmed[..trimmed.len() - last.len()].trim_end();
        } else {
            before = trimmed;
            break;
        }
    }
    if before.is_empty() {
        return None;
    }
    let probe = format!("{before} ");
    let found = SOURCE_AT_END.captures(&probe)?.name("src")?;
    let found_text = found.as_str().trim_end_matches([',', ' ']);
    let first = found_text.split_whitespace().next().unwrap_or("");
    if found_text.is_empty()
        || is_lone_function_word(found_text)
        || is_day_or_month(first)
        || opens_a_subordinate_phrase(first)
    {
        return None;
    }
    let start = window_start + sentence_start + found.start();
    Some(TextRange::new(start, start + found_text.len()))
}

/// A source without its trailing comma or spaces ("Maria Lopez, the head of the team," keeps
/// the apposition but not the last comma).
fn trim_source(text: &str, range: TextRange) -> TextRange {
    let slice = range.slice(text).unwrap_or("");
    let mut trimmed = slice.trim_end_matches([',', ' ', '.']);
    // A parenthesis the source closes but never opens is the sentence's ("(..., according to
    // the Mayo Clinic.)").
    if trimmed.ends_with(')') && !trimmed.contains('(') {
        trimmed = trimmed.trim_end_matches([')', ',', ' ', '.']);
    }
    let leading = trimmed.len() - trimmed.trim_start().len();
    TextRange::new(range.start() + leading, range.start() + trimmed.len())
}

/// What a source mention is.
enum SourceShape {
    /// "he", "she" resolve to the latest person; "they", "it", "we", "I" do not resolve.
    Pronoun {
        resolvable: bool,
    },
    Name {
        name: String,
        range: TextRange,
        role: Option<String>,
    },
    Description {
        description: String,
    },
    /// "Sources close to the president", "people familiar with the matter": sources the
    /// article does not name, whoever the words after "close to" name.
    Unnamed,
}

/// A name whose first word only opens its sentence ("Rival Hillary Clinton said") without that
/// word.
fn without_common_opening_word(
    text: &str,
    shape: SourceShape,
    lower_case_words: &people::LowerCaseWords<'_>,
) -> SourceShape {
    let SourceShape::Name { name, range, role } = shape else {
        return shape;
    };
    // `Readers said ...` in an article that writes "readers": a plural the article writes in
    // lower case is a group, not a name (a surname such as "Sanders" never stands in lower
    // case; "the Times" is a paper's name).
    let after_the = text[..floor_char_boundary(text, range.start())]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case("the"));
    let plural_noun = !after_the
        && !name.contains(' ')
        && name.len() > 3
        && name.ends_with('s')
        && name.chars().skip(1).all(|c| c.is_lowercase())
        && lower_case_words.contains(&name);
    if plural_noun {
        return SourceShape::Description { description: name };
    }
    let written = range.slice(text).unwrap_or("");
    // "Australian Timothy Weeks, a teacher": the nationality describes the person named after it.
    // "the Palestinian Health Ministry" keeps its word: it is the ministry's name.
    let nationality_len = name.split_once(' ').and_then(|(first, rest)| {
        (people::NATIONALITY_WORDS.contains(&first)
            && rest.split_whitespace().count() >= 2
            && looks_like_person_name(rest)
            && !organisations::is_organisation_or_place(rest))
        .then_some(first.len() + 1)
    });
    match nationality_len
        .or_else(|| people::common_opening_word_len(text, range.start(), &name, lower_case_words))
    {
        Some(skipped) if written.starts_with(name.as_str()) => SourceShape::Name {
            name: name[skipped..].to_string(),
            range: TextRange::new(range.start() + skipped, range.end()),
            role,
        },
        _ => SourceShape::Name { name, range, role },
    }
}

/// A transcript's labels as sources: "Q" and "A" name no one, and a name in capitals
/// ("JOEL BENENSON") is the person written "Joel Benenson" elsewhere.
fn read_transcript_label(
    shape: SourceShape,
    labelled: bool,
    written_as_names: &HashSet<&str>,
) -> Option<SourceShape> {
    let SourceShape::Name { name, range, role } = shape else {
        return Some(shape);
    };
    if matches!(name.as_str(), "Q" | "A") {
        return None;
    }
    let in_capitals = name.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !name.chars().any(char::is_lowercase);
    // Acronyms ("CNN", "NATO", "UKMTO") are written in capitals everywhere; a single longer
    // word is a name when the article writes it as one ("BENENSON" and "Benenson").
    let acronym = !name.contains(' ')
        && (name.chars().count() <= 4
            || !labelled && !written_as_names.contains(written_as_name(&name).as_str()));
    if !in_capitals || acronym {
        return Some(SourceShape::Name { name, range, role });
    }
    let written = name
        .split(' ')
        .map(written_as_name)
        .collect::<Vec<String>>()
        .join(" ");
    Some(SourceShape::Name {
        name: written,
        range,
        role,
    })
}

/// A single word of five letters or more, all in capitals: a transcript's label or an acronym.
fn is_long_word_in_capitals(name: &str) -> bool {
    !name.contains(' ')
        && name.chars().count() > 4
        && name.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !name.chars().any(char::is_lowercase)
}

/// "Juanita Broaddrick, who said ...": the name that the relative "who" stands for, when a
/// name of up to four capitalised words stands right before it.
fn name_before_who(text: &str, who: TextRange) -> Option<SourceShape> {
    let before = text[..floor_char_boundary(text, who.start())].trim_end();
    let before = before.strip_suffix(',')?.trim_end();
    let mut name_start = before.len();
    for _ in 0..4 {
        let head = before[..name_start].trim_end();
        let word_start = head
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(at, space)| at + space.len_utf8());
        let word = &head[word_start..];
        let is_capitalised = word.chars().next().is_some_and(char::is_uppercase);
        // A name does not run back over a paragraph break or the end of a sentence or a
        // quotation ("... because of Hispanics.”\n\nBarkley, who said"); an initial or a title
        // ends in a dot inside one ("George W. Bush", "Mr. Scott").
        let crosses_a_break = before[head.len()..name_start].contains('\n')
            || word.ends_with(['”', '"', '’', '!', '?', ':', ';', ')'])
            || word.ends_with('.')
                && word.chars().count() > 2
                && !matches!(
                    word,
                    "Mr." | "Mrs." | "Ms." | "Dr." | "Sen." | "Rep." | "Gov." | "Gen." | "St."
                );
        if !is_capitalised || crosses_a_break {
            break;
        }
        name_start = word_start;
        if word_start == 0 {
            break;
        }
    }
    let name = &before[name_start..];
    if name.is_empty() {
        return None;
    }
    Some(SourceShape::Name {
        name: name.to_string(),
        range: TextRange::new(name_start, before.len()),
        role: None,
    })
}

fn analyse_source(text: &str, source: TextRange) -> SourceShape {
    let slice = source.slice(text).unwrap_or("");
    let lowered = slice.to_lowercase();
    // A possessive alone is a pronoun too (`His view is that ...`, `My goal was to ...`): it
    // names no one by itself.
    if matches!(lowered.as_str(), "he" | "she" | "his" | "her") {
        return SourceShape::Pronoun { resolvable: true };
    }
    if matches!(
        lowered.as_str(),
        "they" | "it" | "we" | "i" | "my" | "our" | "their" | "its" | "your" | "you"
    ) {
        return SourceShape::Pronoun { resolvable: false };
    }
    if lowered == "who" {
        return name_before_who(text, source).unwrap_or(SourceShape::Pronoun { resolvable: false });
    }
    // `Sources close to the president`, `a person familiar with Biden's thinking`: unnamed
    // sources, not whom they are close to.
    if [" close to ", " familiar with ", " briefed on "]
        .iter()
        .any(|connector| lowered.contains(connector))
    {
        return SourceShape::Unnamed;
    }
    // A name right after a preposition is not the one who speaks but where or whom the
    // speaker is ("every true patriot in Riverside knows that ..."): the article describes the
    // speaker without naming them.
    let before = text[..floor_char_boundary(text, source.start())].trim_end();
    let previous_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(
        previous_word,
        // Not "to" or "by": "according to X" and "a statement by X" do name the speaker.
        "in" | "of" | "from" | "at" | "for" | "with" | "on" | "near" | "across"
    ) {
        return SourceShape::Description {
            description: slice.to_string(),
        };
    }
    // Split off an apposition: "Maria Lopez, the head of the team" / "a spokeswoman, Anna White".
    let (head, apposition) = match slice.split_once(", ") {
        Some((head, rest)) => (head, Some(rest.trim_end_matches(',').trim())),
        None => (slice, None),
    };
    // "Senator Susan Collins of Maine", "Melissa Cronin of Gawker": the person is the name
    // before "of" (not "Secretary of State John Kerry", a title, nor "Supporters of Sanders").
    let head = match head.split_once(" of ") {
        Some((name, of_what))
            if of_what.starts_with(char::is_uppercase)
                && name.split_whitespace().count() >= 2
                && looks_like_person_name(name.trim_start_matches("the "))
                && !people::names_no_person(name) =>
        {
            name
        }
        _ => head,
    };
    let head_offset = source.start();
    let first_word = head.split_whitespace().next().unwrap_or("").to_lowercase();
    let starts_lower = head.chars().next().is_some_and(char::is_lowercase)
        || matches!(
            first_word.as_str(),
            "the" | "a" | "an" | "one" | "another" | "their" | "his" | "her" | "its" | "our"
        );
    // "the World Food Programme": a proper name behind the article is a name.
    if first_word == "the" && apposition.is_none() {
        let rest = head.split_once(' ').map_or("", |(_, rest)| rest);
        let proper = !rest.is_empty()
            && rest.split_whitespace().all(|word| {
                word.chars().next().is_some_and(char::is_uppercase)
                    || matches!(word, "of" | "for" | "and" | "on" | "the")
            });
        if proper {
            let start = head_offset + (head.len() - rest.len());
            return SourceShape::Name {
                name: rest.to_string(),
                range: TextRange::new(start, start + rest.len()),
                role: None,
            };
        }
    }
    // An apposition after a role and a name says more about the person ("senior author Mark
    // Andermann, professor of medicine at ..."); one that is a name is whom a description
    // before it means ("a spokeswoman, Anna White"), read below.
    let apposition_is_no_name =
        apposition.is_none_or(|apposition| !looks_like_person_name(apposition));
    if starts_lower && apposition_is_no_name {
        // "committee chair Linda Okafor": a role in lower case, then the name.
        let (words, role_words) = role_words_before_name(head);
        let name_words = words.len() - role_words;
        let first_is_determiner = matches!(
            first_word.as_str(),
            "the" | "a" | "an" | "one" | "another" | "their" | "his" | "her" | "its" | "our"
        );
        let name = words[role_words..].join(" ");
        // "the organiser Mary Smith", "the former Florida governor Jeb Bush": after a
        // determiner the role needs a word of its own and must not end in a preposition ("the
        // state of New York"), and the name must be a person's.
        let role_ends_in_preposition = role_words >= 1
            && matches!(
                words[role_words - 1],
                "of" | "in" | "for" | "at" | "from" | "to"
            );
        let described_person = role_words >= 2
            && !role_ends_in_preposition
            && looks_like_person_name(&name)
            && !organisations::is_organisation_or_place(&name);
        if name_words >= 2 && role_words >= 1 && (!first_is_determiner || described_person) {
            return role_then_name(head, head_offset, &words, role_words);
        }
    }
    if starts_lower {
        if let Some(apposition) = apposition.filter(|apposition| looks_like_person_name(apposition))
        {
            // The apposition is a piece of `slice`: its place is where it was cut from, which
            // searching for its words could miss when they also stand in the head.
            let start = head_offset
                + (apposition.as_ptr() as usize - slice.as_ptr() as usize)
                + people::leading_space(apposition);
            return SourceShape::Name {
                name: trim_name(apposition).to_string(),
                range: TextRange::new(start, start + trim_name(apposition).len()),
                role: Some(head.to_string()),
            };
        }
        return SourceShape::Description {
            description: head.to_string(),
        };
    }
    // "Port operators", "Environmental groups": a word in lower case makes it a description.
    let has_lowercase_word = head.split_whitespace().any(|word| {
        word.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                word,
                "de" | "van" | "von" | "al" | "bin" | "la" | "le" | "del" | "da" | "di"
            )
    });
    if apposition.is_none() && has_lowercase_word {
        // "Democratic pollster Peter Fenn", "former Massachusetts congressman Barney Frank": a
        // role ending in a word in lower case, then a person's name.
        let (words, role_words) = role_words_before_name(head);
        let name_words = words.len() - role_words;
        if name_words >= 2
            && role_words >= 1
            && words[role_words - 1]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            let name = words[role_words..].join(" ");
            if looks_like_person_name(&name) && !organisations::is_organisation_or_place(&name) {
                return role_then_name(head, head_offset, &words, role_words);
            }
        }
        return SourceShape::Description {
            description: head.to_string(),
        };
    }
    // A single capitalised word opening a sentence is often a quantifier or a plural noun
    // ("Many said", "Engineers told"): a description, not a name.
    if apposition.is_none() && !head.contains(' ') && is_common_word(head) {
        return SourceShape::Description {
            description: head.to_string(),
        };
    }
    // A leading title is a role, not part of the name.
    let mut name = head;
    let mut name_start = head_offset;
    let mut title_role = None;
    let mut titles: Vec<&str> = TITLES.to_vec();
    titles.sort_by_key(|title| std::cmp::Reverse(title.len()));
    for title in titles {
        if let Some(rest) = head.strip_prefix(title) {
            // After a space or a no-break space ("Mr.\u{a0}Netanyahu").
            if rest.starts_with(char::is_whitespace) {
                name = rest.trim_start();
                name_start = head_offset + (head.len() - name.len());
                if !matches!(title, "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms") {
                    title_role = Some(title.to_string());
                }
                break;
            }
        }
    }
    // A title inside the run of capitalised words ("Florida State President Richard
    // McCullough", "U.S. Ambassador Linda Thomas-Greenfield"): everything up to the last title
    // word is the role.
    let words: Vec<&str> = name.split_whitespace().collect();
    if let Some(last_title) = words
        .iter()
        .rposition(|word| is_title_word(word.trim_end_matches(['.', ','])))
    {
        if last_title + 2 <= words.len() && title_role.is_none() {
            let role_text = words[..=last_title].join(" ");
            let rest_start = name.find(words[last_title + 1]).unwrap_or(0);
            name_start += rest_start;
            name = &name[rest_start..];
            title_role = Some(role_text);
        }
    }
    // A lone initial left over from an abbreviation before the name ("U.N. Linda ...").
    if let Some((first, rest)) = name.split_once(' ') {
        let is_initial =
            first.len() == 2 && first.ends_with('.') && rest.split_whitespace().count() >= 2;
        if is_initial {
            name_start += first.len() + 1;
            name = rest;
        }
    }
    // "(R-S.C.)" after a name is a party label, not part of it.
    let name = name.split(" (").next().unwrap_or(name);
    let name = trim_name(name);
    // A day or a month standing where a speaker would ("On Friday, ... said") names no one.
    if !name.contains(' ') && is_day_or_month(name) {
        return SourceShape::Description {
            description: name.to_string(),
        };
    }
    SourceShape::Name {
        name: name.to_string(),
        range: TextRange::new(name_start, name_start + name.len()),
        role: apposition.and_then(role_in_apposition).or(title_role),
    }
}

/// The words of a source and how many of them come before the run of capitalised words that
/// closes it: 2 of 4 in "Democratic pollster Peter Fenn".
fn role_words_before_name(head: &str) -> (Vec<&str>, usize) {
    let words: Vec<&str> = head.split_whitespace().collect();
    let name_words = words
        .iter()
        .rev()
        .take_while(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    let role_words = words.len() - name_words;
    (words, role_words)
}

/// A source read as a role and the name after it ("committee chair Linda Okafor").
fn role_then_name(
    head: &str,
    head_offset: usize,
    words: &[&str],
    role_words: usize,
) -> SourceShape {
    let joined = words[role_words..].join(" ");
    let name = trim_name(&joined);
    // Where the name's words stand in `head`: the words may repeat ("Food ... Food Programme")
    // and be spaced unevenly, so their positions are counted, not searched for.
    let word_spans: Vec<(usize, usize)> = head
        .split_whitespace()
        .map(|word| {
            let start = word.as_ptr() as usize - head.as_ptr() as usize;
            (start, start + word.len())
        })
        .collect();
    let name_start = word_spans.get(role_words).map_or(0, |span| span.0);
    let name_end = word_spans
        .last()
        .map_or(head.len(), |span| span.1)
        .saturating_sub(joined.len() - name.len())
        .max(name_start);
    SourceShape::Name {
        name: name.to_string(),
        range: TextRange::new(head_offset + name_start, head_offset + name_end),
        role: role_before_name(&words[..role_words]),
    }
}

/// The words before a name as its role, unless they read as no role: a role is a noun phrase
/// ("Trump campaign chairman", "the conservative radio talk-show host"), so words ending in a
/// preposition, an article or a conjunction, or holding a verb's auxiliary, are the rest of a
/// clause the source was cut from (`would be drawn to`, `same day that the`, `since`).
fn role_before_name(words: &[&str]) -> Option<String> {
    let last = words.last()?.to_lowercase();
    let ends_in_a_function_word = matches!(
        last.as_str(),
        "to" | "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "since"
            | "that"
            | "than"
            | "as"
            | "about"
            | "after"
            | "before"
            | "when"
            | "while"
            | "if"
            | "but"
    );
    let holds_a_verb = words.iter().any(|word| {
        matches!(
            word.to_lowercase().as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "being"
                | "has"
                | "have"
                | "had"
                | "would"
                | "will"
                | "could"
                | "can"
                | "should"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
                | "do"
        )
    });
    (!ends_in_a_function_word && !holds_a_verb).then(|| words.join(" "))
}

/// The role an apposition gives, without the age and home town news style puts there: "45, a
/// nurse from Ohio" gives "a nurse from Ohio"; "22, of Flint, Mich." gives none.
fn role_in_apposition(apposition: &str) -> Option<String> {
    let is_age = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_digit());
    let mut role = apposition.trim();
    if is_age(role) {
        return None;
    }
    if let Some((first, rest)) = role.split_once(", ") {
        if is_age(first) {
            role = rest.trim();
        }
    }
    // "a senior scientist at the union, who has done research at both labs": the relative
    // clause after the role says more about the person, no part of what they are.
    if let Some((before, _)) = role.split_once(", who ") {
        role = before.trim();
    }
    // "which warned that ...", "retrieving some belongings from the ruins": a clause about a
    // thing, or what the person was doing, is no role.
    // ("managing director", "acting chair": some titles open with a word in -ing.)
    let opens_a_clause = role.split_whitespace().next().is_some_and(|first| {
        matches!(first, "which" | "that")
            || first.ends_with("ing")
                && !matches!(
                    first,
                    "managing"
                        | "acting"
                        | "founding"
                        | "ranking"
                        | "outgoing"
                        | "incoming"
                        | "presiding"
                        | "consulting"
                        | "visiting"
                        | "reigning"
                        | "governing"
                        | "supervising"
                        | "contributing"
                        | "coordinating"
                        | "sitting"
                )
    });
    // "Clinton, meanwhile, who ...": an adverb set off by commas is no role either.
    let is_an_adverb = matches!(
        role,
        "meanwhile" | "however" | "though" | "too" | "also" | "instead" | "then" | "now" | "again"
    );
    if opens_a_clause || is_an_adverb {
        return None;
    }
    let is_home_town = role.starts_with("of ") || role.starts_with("from ");
    // "Podesta, who said the project was vetted, said": a relative clause that reports speech
    // is what the person said, not what they are ("who helped found the group" stays).
    let is_reporting_clause = role.strip_prefix("who ").is_some_and(|clause| {
        clause
            .split_whitespace()
            .find(|word| !matches!(*word, "has" | "had" | "have" | "also" | "previously"))
            .is_some_and(|verb| {
                matches!(
                    verb,
                    "said"
                        | "says"
                        | "told"
                        | "tells"
                        | "wrote"
                        | "writes"
                        | "argued"
                        | "claimed"
                        | "insisted"
                        | "warned"
                        | "stated"
                        | "noted"
                        | "added"
                        | "asked"
                )
            })
    });
    (!role.is_empty() && !is_home_town && !is_reporting_clause).then(|| role.to_string())
}

/// A source ending in a possessive (`Contrary to his [claim] that ...`) has read a noun as the
/// cue: a claim, a call or a promise with its content after it (`that ...`, `to ...`, `claim
/// of ...`) is a report, as attribution corpora mark it, whose source is the possessive alone,
/// resolved as a pronoun. Nouns without such content (`Bush pinned his [hopes] on South
/// Carolina`, `his [proposed] ban`) are left as found: PolNeAR marks most of them too, and
/// dropping them lost more of its attributions than it removed wrong reports.
fn possessive_sources(text: &str, candidates: &mut [Candidate]) {
    for candidate in candidates {
        let (Some(source), Some(cue)) = (candidate.source, candidate.cue) else {
            continue;
        };
        if candidate.kind == QuoteKind::Direct {
            continue;
        }
        let Some(source_text) = source.slice(text) else {
            continue;
        };
        let Some(last) = source_text.split_whitespace().next_back() else {
            continue;
        };
        if !matches!(last, "his" | "their" | "its" | "my" | "our" | "your") {
            continue;
        }
        let content_follows = candidate
            .content
            .slice(text)
            .and_then(|content| content.split_whitespace().next())
            .is_some_and(|first| matches!(first, "that" | "to"))
            || cue
                .slice(text)
                .and_then(|cue| cue.split_whitespace().next_back())
                .is_some_and(|word| matches!(word, "of" | "about" | "for"));
        if content_follows {
            candidate.source = Some(TextRange::new(source.end() - last.len(), source.end()));
        }
    }
}

/// Whether a report's cue is "continued" or "went on" and its words open with a preposition:
/// `the driver continued [in the direction of Ayer]`, `the campaign continued [in the north]`
/// tell where something went on, not what was said ("he continued, ..." and "went on to say"
/// stay).
fn goes_on_somewhere(text: &str, candidate: &Candidate) -> bool {
    let Some((cue, first_word)) = cue_and_first_word_reported(text, candidate) else {
        return false;
    };
    matches!(
        cue,
        "continued" | "continues" | "continue" | "went on" | "goes on"
    ) && matches!(
        first_word,
        "in" | "into"
            | "on"
            | "onto"
            | "through"
            | "throughout"
            | "with"
            | "at"
            | "for"
            | "from"
            | "across"
            | "along"
            | "toward"
            | "towards"
            | "until"
            | "till"
            | "after"
            | "during"
            | "under"
            | "over"
            | "past"
            | "beyond"
            | "up"
            | "down"
            | "apace"
            | "unabated"
    )
}

/// Whether a report's cue is "shared" and its words are a thing shared, not a statement: `his
/// daughter shared [a video to Instagram]`, `Garten shared [the recipe]` ("shared that love
/// blossomed", "shared how ..." stay).
fn shares_a_thing(text: &str, candidate: &Candidate) -> bool {
    let Some((cue, first_word)) = cue_and_first_word_reported(text, candidate) else {
        return false;
    };
    matches!(cue, "shared" | "shares" | "share")
        && !matches!(first_word, "that" | "how" | "what" | "why" | "whether")
}

/// A report's cue as written and the first word of its words (empty when they have none).
fn cue_and_first_word_reported<'text>(
    text: &'text str,
    candidate: &Candidate,
) -> Option<(&'text str, &'text str)> {
    let cue = candidate.cue.and_then(|cue| cue.slice(text))?;
    let first_word = candidate
        .content
        .slice(text)
        .and_then(|content| content.split_whitespace().next())
        .unwrap_or("");
    Some((cue, first_word))
}

/// What [`report_says_nothing`] finds.
enum ReportsNothing {
    /// The words say only when (`when it posted [on Jan. 27]`), or whom the words addressed
    /// (`believe [me], you will never see ...`).
    AtAll,
    /// The cue's object is a pronoun and the words after it are the writer's (`editorials
    /// railed against [it]; and nonprofits ... filed suit`): the report is the pronoun alone.
    ButItsObject(TextRange),
}

/// Whether a report's words hold nothing that was said past their first word or at all.
fn report_says_nothing(text: &str, content: TextRange) -> Option<ReportsNothing> {
    let slice = content.slice(text)?;
    let words: Vec<&str> = slice.split_whitespace().collect();
    let first = *words.first()?;
    // `urging him, both personally and publicly, to bow out` still reports.
    let opens_a_clause = |word: &str| {
        matches!(
            word,
            "but"
                | "and"
                | "or"
                | "so"
                | "then"
                | "because"
                | "as"
                | "while"
                | "when"
                | "from"
                | "he"
                | "she"
                | "they"
                | "I"
                | "we"
                | "you"
                | "it"
                | "there"
        )
    };
    let pronoun_then_clause = matches!(
        first.trim_end_matches([',', '.', ';']),
        "them" | "him" | "it" | "us" | "me"
    ) && (words.len() == 1
        || first.ends_with('.')
        || first.ends_with([',', ';']) && opens_a_clause(words[1]));
    let only_a_time = words.len() <= 5
        && words.iter().all(|word| {
            let word = word.trim_end_matches([',', '.', ';']);
            is_day_or_month(word)
                || word.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    word,
                    "on" | "in"
                        | "at"
                        | "by"
                        | "since"
                        | "until"
                        | "last"
                        | "this"
                        | "next"
                        | "early"
                        | "late"
                        | "the"
                        | "of"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                        | "day"
                        | "today"
                        | "yesterday"
                        | "tonight"
                        | "Jan"
                        | "Feb"
                        | "Mar"
                        | "Apr"
                        | "Jun"
                        | "Jul"
                        | "Aug"
                        | "Sept"
                        | "Sep"
                        | "Oct"
                        | "Nov"
                        | "Dec"
                )
        });
    // `declared [at Saturday's debate]`, `spoke [in the debate spin room]`: where, not what.
    let only_a_place = words.len() <= 6
        && matches!(first, "at" | "in" | "during" | "inside" | "outside")
        && words.get(1).is_some_and(|second| {
            is_article_or_possessive(second)
                || second.ends_with("'s")
                || second.ends_with("’s")
                || second.starts_with(char::is_uppercase)
        })
        && !words[1..].iter().any(|word| {
            is_verb_like(word) && !word.starts_with(char::is_uppercase) && !word.ends_with("ed")
                || matches!(*word, "of" | "favor" | "support")
        });
    if only_a_time || only_a_place || pronoun_then_clause && first.starts_with("me") {
        return Some(ReportsNothing::AtAll);
    }
    if pronoun_then_clause && words.len() > 1 {
        let object = first.trim_end_matches([',', '.', ';']);
        let start = content.start() + (slice.len() - slice.trim_start().len());
        return Some(ReportsNothing::ButItsObject(TextRange::new(
            start,
            start + object.len(),
        )));
    }
    None
}

/// Whether a capitalised word names a day of the week, a month, today or yesterday.
/// "two" to "ten" in lower case: a count before a plural noun ("the five states").
fn is_number_word_to_ten(word: &str) -> bool {
    matches!(
        word,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

pub(crate) fn is_day_or_month(word: &str) -> bool {
    is_weekday(word)
        || matches!(
            word,
            "January"
                | "February"
                | "March"
                | "April"
                | "May"
                | "June"
                | "July"
                | "August"
                | "September"
                | "October"
                | "November"
                | "December"
                | "Today"
                | "Yesterday"
        )
}

/// A capitalised preposition or conjunction: it opens a sentence, never a speaker's name.
/// ("From" and "By" are surnames too, and "A" answers in an interview.)
fn is_capitalised_function_word(word: &str) -> bool {
    matches!(
        word,
        "Of" | "In" | "At" | "To" | "For" | "With" | "On" | "As" | "And" | "But" | "Or"
    )
}

fn is_common_word(word: &str) -> bool {
    const COMMON: &[&str] = &[
        "many",
        "some",
        "most",
        "others",
        "several",
        "both",
        "all",
        "few",
        "each",
        "everyone",
        "nobody",
        "somebody",
        "anyone",
        "who",
        "this",
        "that",
        "these",
        "those",
        "there",
        "engineers",
        "officials",
        "analysts",
        "critics",
        "experts",
        "residents",
        "researchers",
        "scientists",
        "doctors",
        "police",
        "authorities",
        "sources",
        "supporters",
        "opponents",
        "protesters",
        "lawmakers",
        "democrats",
        "republicans",
        "voters",
        "observers",
        "economists",
        "investigators",
        "prosecutors",
        "witnesses",
        "reports",
        "studies",
        "polls",
        "data",
        "documents",
        "records",
        "people",
        "americans",
        "experts",
    ];
    COMMON.contains(&word.to_lowercase().as_str())
}

/// What resolving a pronoun reads besides the register: the text, its quotations' ranges and
/// its sentences.
#[derive(Clone, Copy)]
struct ReadingContext<'a> {
    text: &'a str,
    quoted: &'a [TextRange],
    sentences: &'a [TextRange],
    lower_case_words: &'a people::LowerCaseWords<'a>,
}

fn resolve(
    register: &mut PeopleRegister,
    shape: &SourceShape,
    named: Option<usize>,
    position: usize,
    context: &ReadingContext<'_>,
) -> Option<Speaker> {
    let ReadingContext {
        text,
        quoted,
        sentences,
        lower_case_words,
    } = *context;
    let person = |register: &PeopleRegister, id: usize| Speaker {
        name: register.name(id).to_string(),
        role: register.role(id).map(str::to_string),
        entity: Some(id),
    };
    match shape {
        SourceShape::Pronoun { resolvable: false } | SourceShape::Unnamed => None,
        SourceShape::Pronoun { resolvable: true } => register
            .antecedent_of_pronoun(text, position, quoted, sentences, lower_case_words)
            .map(|id| person(register, id)),
        SourceShape::Name {
            name, role, range, ..
        } => match named {
            Some(id) => {
                if let Some(role) = role {
                    register.set_role_if_unknown(id, role);
                }
                Some(person(register, id))
            }
            // A surname alone ("Merkel said") is the person known by it; a one-word name that is
            // nobody's surname is an organisation or a place ("Facebook said"): named, but not
            // a person of the register.
            // A courtesy title before it ("Mrs. Clinton") tells which of those sharing the
            // surname.
            None => match register.find_by_surname_of_gender(
                name,
                text[..range.start()]
                    .split_whitespace()
                    .next_back()
                    .and_then(Gender::of_word),
            ) {
                Some(id) => Some(person(register, id)),
                // ... or a given name alone ("says Amisha"), when one person has it.
                None => match register.find_by_given_name(name) {
                    Some(id) => Some(person(register, id)),
                    None => Some(Speaker {
                        name: name.clone(),
                        role: role.clone(),
                        entity: None,
                    }),
                },
            },
        },
        // A description resolves only to a person whose role it names; otherwise the article
        // did not say who spoke.
        SourceShape::Description { description, .. } => register
            .person_with_role(description, position)
            .map(|id| person(register, id)),
    }
}

#[cfg(test)]
mod tests;
