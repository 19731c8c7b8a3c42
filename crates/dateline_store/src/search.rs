//! The Tantivy side of the store: the full-text index and the search over it.

use crate::query::{parse_query, QueryNode};
use crate::sqlite::{ArticleSummary, Database, PendingArticle};
use crate::{Access, StoreError};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, Occur, PhraseQuery, Query, RangeQuery, RegexQuery,
    TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TantivyDocument, Value, FAST, INDEXED, STORED, STRING, TEXT,
};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, Term};

/// What a search asks for: the query text and the filters.
#[derive(Clone, Debug, Default)]
pub struct SearchRequest {
    /// Words, "phrases", prefix*, AND / OR / NOT; empty lists everything the filters allow.
    pub query: String,
    /// Search only inside quotations ("who said X").
    pub in_quotes: bool,
    pub speaker: Option<String>,
    pub entity: Option<String>,
    /// A technique id (`loaded_language`).
    pub technique: Option<String>,
    /// A site's host (`www.example.com`).
    pub site: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub since: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub until: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

/// A piece of text with the byte ranges that matched the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
}

/// A quotation that matched (searches in quotations, or with a speaker filter).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetQuote {
    pub speaker: Option<String>,
    pub snippet: Snippet,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    pub article: ArticleSummary,
    pub score: f32,
    pub snippet: Snippet,
    pub quotes: Vec<SnippetQuote>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SearchResults {
    /// How many articles match in all (hits holds one page of them).
    pub total: usize,
    pub hits: Vec<SearchHit>,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    body: Field,
    quotes: Field,
    speakers: Field,
    entities: Field,
    techniques: Field,
    site: Field,
    published: Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        title: builder.add_text_field("title", TEXT),
        body: builder.add_text_field("body", TEXT),
        quotes: builder.add_text_field("quotes", TEXT),
        speakers: builder.add_text_field("speakers", TEXT),
        entities: builder.add_text_field("entities", TEXT),
        techniques: builder.add_text_field("techniques", STRING),
        site: builder.add_text_field("site", STRING),
        published: builder.add_i64_field("published", INDEXED | FAST),
    };
    (builder.build(), fields)
}

/// Whether `text` has the form of a day filter, `YYYY-MM-DD` (what `--since`, `--until` and the
/// API's `since`, `until` take).
pub fn is_day_filter(text: &str) -> bool {
    text.len() == 10
        && text.char_indices().all(|(index, character)| {
            if index == 4 || index == 7 {
                character == '-'
            } else {
                character.is_ascii_digit()
            }
        })
}

/// `YYYY-MM-DD` as the number YYYYMMDD, which sorts and ranges like the date.
fn date_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let day: i64 = parts
        .next()
        .map_or(Some(1), |d| d.get(..2).unwrap_or(d).parse().ok())?;
    ((1..=9999).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then_some(year * 10_000 + month * 100 + day)
}

/// Writer memory: Tantivy's floor is 15 MB per thread; one thread keeps ingest single-writer.
const WRITER_MEMORY_BYTES: usize = 64 * 1024 * 1024;

pub(crate) struct SearchIndex {
    path: PathBuf,
    index: Index,
    fields: Fields,
    reader: IndexReader,
    writer: Option<IndexWriter>,
}

impl SearchIndex {
    pub fn open(directory: &Path, access: Access) -> Result<SearchIndex, StoreError> {
        let path = directory.join("index");
        let error = |source| StoreError::Index {
            path: path.clone(),
            source,
        };
        let (schema, fields) = schema();
        let index = match access {
            Access::ReadWrite => {
                std::fs::create_dir_all(&path).map_err(|source| StoreError::Io {
                    path: path.clone(),
                    source,
                })?;
                let directory = MmapDirectory::open(&path)
                    .map_err(|source| error(tantivy::TantivyError::from(source)))?;
                Index::open_or_create(directory, schema).map_err(error)?
            }
            Access::ReadOnly => {
                if !path.join("meta.json").exists() {
                    return Err(StoreError::Missing {
                        path: directory.to_path_buf(),
                    });
                }
                Index::open_in_dir(&path).map_err(error)?
            }
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()
            .map_err(error)?;
        let writer = match access {
            Access::ReadWrite => Some(
                index
                    .writer_with_num_threads(1, WRITER_MEMORY_BYTES)
                    .map_err(error)?,
            ),
            Access::ReadOnly => None,
        };
        Ok(SearchIndex {
            path,
            index,
            fields,
            reader,
            writer,
        })
    }

    fn error(&self) -> impl Fn(tantivy::TantivyError) -> StoreError + '_ {
        move |source| StoreError::Index {
            path: self.path.clone(),
            source,
        }
    }

    /// Adds articles to the index without committing. Any copy an interrupted run left is
    /// deleted first.
    pub fn add(&mut self, articles: &[PendingArticle]) -> Result<(), StoreError> {
        let fields = self.fields;
        let path = self.path.clone();
        let error = move |source| StoreError::Index {
            path: path.clone(),
            source,
        };
        let Some(writer) = self.writer.as_mut() else {
            return Ok(());
        };
        for article in articles {
            writer.delete_term(Term::from_field_text(fields.id, &article.id));
            let mut document = doc!(
                fields.id => article.id.as_str(),
                fields.title => article.title.as_str(),
                fields.body => article.body.as_str(),
            );
            for quote in &article.quotes {
                document.add_text(fields.quotes, quote);
            }
            for speaker in &article.speakers {
                document.add_text(fields.speakers, speaker);
            }
            for entity in &article.entities {
                document.add_text(fields.entities, entity);
            }
            for technique in &article.techniques {
                document.add_text(fields.techniques, technique);
            }
            if let Some(site) = &article.site {
                document.add_text(fields.site, site.to_lowercase());
            }
            if let Some(day) = article.published.as_deref().and_then(date_number) {
                document.add_i64(fields.published, day);
            }
            writer.add_document(document).map_err(&error)?;
        }
        Ok(())
    }

    /// Makes everything added so far durable and searchable.
    pub fn commit(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let error = move |source| StoreError::Index {
            path: path.clone(),
            source,
        };
        let Some(writer) = self.writer.as_mut() else {
            return Ok(());
        };
        writer.commit().map_err(&error)?;
        self.reader.reload().map_err(&error)?;
        Ok(())
    }

    /// The words of `text` as the field's tokenizer cuts them.
    fn terms(&self, field: Field, text: &str) -> Vec<Term> {
        let Ok(mut analyzer) = self.index.tokenizer_for_field(field) else {
            return Vec::new();
        };
        let mut terms = Vec::new();
        let mut stream = analyzer.token_stream(text);
        stream.process(&mut |token| terms.push(Term::from_field_text(field, &token.text)));
        terms
    }

    /// A word or phrase in one field: a term, a phrase, or nothing when it has no words.
    fn text_query(&self, field: Field, text: &str) -> Box<dyn Query> {
        let mut terms = self.terms(field, text);
        match terms.len() {
            0 => Box::new(EmptyQuery),
            1 => Box::new(TermQuery::new(
                terms.remove(0),
                IndexRecordOption::WithFreqs,
            )),
            _ => Box::new(PhraseQuery::new(terms)),
        }
    }

    fn node_query(&self, node: &QueryNode, fields: &[Field]) -> Box<dyn Query> {
        let per_field = |make: &dyn Fn(Field) -> Box<dyn Query>| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(
                fields
                    .iter()
                    .map(|field| (Occur::Should, make(*field)))
                    .collect(),
            ))
        };
        match node {
            QueryNode::Word(word) | QueryNode::Phrase(word) => {
                per_field(&|field| self.text_query(field, word))
            }
            QueryNode::Prefix(prefix) => {
                let lowered = prefix.to_lowercase();
                per_field(&|field| {
                    let pattern = format!("{}.*", regex_escape(&lowered));
                    match RegexQuery::from_pattern(&pattern, field) {
                        Ok(query) => Box::new(query),
                        Err(_) => Box::new(EmptyQuery),
                    }
                })
            }
            QueryNode::And(parts) => {
                let mut clauses: Vec<(Occur, Box<dyn Query>)> = parts
                    .iter()
                    .map(|part| match part {
                        QueryNode::Not(inner) => (Occur::MustNot, self.node_query(inner, fields)),
                        other => (Occur::Must, self.node_query(other, fields)),
                    })
                    .collect();
                if clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Box::new(BooleanQuery::new(clauses))
            }
            QueryNode::Or(parts) => Box::new(BooleanQuery::new(
                parts
                    .iter()
                    .map(|part| (Occur::Should, self.node_query(part, fields)))
                    .collect(),
            )),
            QueryNode::Not(inner) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery)),
                (Occur::MustNot, self.node_query(inner, fields)),
            ])),
        }
    }

    pub fn search(
        &self,
        request: &SearchRequest,
        database: &Database,
    ) -> Result<SearchResults, StoreError> {
        let fields = self.fields;
        let text_fields: Vec<Field> = if request.in_quotes {
            vec![fields.quotes]
        } else {
            vec![fields.title, fields.body, fields.quotes]
        };
        let parsed = parse_query(&request.query);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        match &parsed {
            Some(node) => clauses.push((Occur::Must, self.node_query(node, &text_fields))),
            None => clauses.push((Occur::Must, Box::new(AllQuery))),
        }
        for (value, field) in [
            (&request.speaker, fields.speakers),
            (&request.entity, fields.entities),
        ] {
            if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                clauses.push((Occur::Must, self.text_query(field, value)));
            }
        }
        if let Some(technique) = request.technique.as_deref() {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(fields.techniques, technique.trim()),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if let Some(site) = request.site.as_deref() {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(fields.site, &site.trim().to_lowercase()),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        let since = request.since.as_deref().and_then(date_number);
        let until = request.until.as_deref().and_then(date_number);
        if since.is_some() || until.is_some() {
            let bound = |value: Option<i64>| match value {
                Some(day) => Bound::Included(Term::from_field_i64(fields.published, day)),
                None => Bound::Unbounded,
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(since), bound(until))),
            ));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let limit = request.limit.clamp(1, 1000);
        let (top, total) = searcher
            .search(
                &query,
                &(TopDocs::with_limit(limit).and_offset(request.offset), Count),
            )
            .map_err(self.error())?;
        let needles = parsed.as_ref().map(positive_needles).unwrap_or_default();
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let stored: TantivyDocument = searcher.doc(address).map_err(self.error())?;
            let Some(id) = stored.get_first(fields.id).and_then(|v| v.as_str()) else {
                continue;
            };
            let Some(article) = database.article_summary(id)? else {
                continue;
            };
            let body = database.article_body(id)?.unwrap_or_default();
            let snippet = if request.in_quotes {
                Snippet {
                    text: String::new(),
                    highlights: Vec::new(),
                }
            } else {
                best_fragment(&body, &needles)
            };
            let mut quotes = Vec::new();
            if request.in_quotes || request.speaker.is_some() {
                for (speaker, content) in database.article_quotes(id)? {
                    if let Some(wanted) = &request.speaker {
                        let matches = speaker
                            .as_deref()
                            .is_some_and(|name| name_matches(name, wanted));
                        if !matches {
                            continue;
                        }
                    }
                    let highlights = find_needles(&content, &needles);
                    if highlights.is_empty() && !needles.is_empty() {
                        continue;
                    }
                    let snippet = Snippet {
                        text: content,
                        highlights,
                    };
                    quotes.push(SnippetQuote { speaker, snippet });
                }
            }
            hits.push(SearchHit {
                article,
                score,
                snippet,
                quotes,
            });
        }
        Ok(SearchResults { total, hits })
    }
}

/// A speaker filter matches a name holding all its words ("merkel" matches "Angela Merkel").
fn name_matches(name: &str, wanted: &str) -> bool {
    let name = name.to_lowercase();
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_string)
        .collect();
    wanted
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .all(|word| words.iter().any(|candidate| candidate == word))
}

/// The start of the body, when no words of the query are in it (a filter-only search).
fn lead_snippet(body: &str) -> Snippet {
    const LEAD_CHARS: usize = 240;
    let end = body
        .char_indices()
        .nth(LEAD_CHARS)
        .map_or(body.len(), |(index, _)| index);
    Snippet {
        text: body[..end].trim().to_string(),
        highlights: Vec::new(),
    }
}

fn regex_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if "\\.+*?()|[]{}^$#&-~\"@<>".contains(character) {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// What the highlighter looks for: the words, phrases and prefixes a query asks for (not those
/// it excludes), lowercased.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Needle {
    Word(String),
    Prefix(String),
}

fn positive_needles(node: &QueryNode) -> Vec<Needle> {
    let mut needles = Vec::new();
    fn walk(node: &QueryNode, needles: &mut Vec<Needle>) {
        match node {
            QueryNode::Word(text) | QueryNode::Phrase(text) => {
                let words: Vec<&str> = text.split_whitespace().collect();
                if !words.is_empty() {
                    needles.push(Needle::Word(words.join(" ").to_lowercase()));
                }
            }
            QueryNode::Prefix(prefix) => needles.push(Needle::Prefix(prefix.to_lowercase())),
            QueryNode::And(parts) | QueryNode::Or(parts) => {
                for part in parts {
                    walk(part, needles);
                }
            }
            QueryNode::Not(_) => {}
        }
    }
    walk(node, &mut needles);
    needles
}

fn is_word_byte(text: &str, index: usize) -> bool {
    text[index..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

fn is_word_end(text: &str, index: usize) -> bool {
    index >= text.len() || !is_word_byte(text, index)
}

fn is_word_start(text: &str, index: usize) -> bool {
    index == 0
        || !text[..index]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Where the needles stand in `text`, as byte ranges in order, case-insensitively (ASCII case;
/// other letters as written), on word boundaries.
fn find_needles(text: &str, needles: &[Needle]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    for needle in needles {
        let (pattern, whole_word) = match needle {
            Needle::Word(word) => (word.as_str(), true),
            Needle::Prefix(prefix) => (prefix.as_str(), false),
        };
        if pattern.is_empty() {
            continue;
        }
        let bytes = text.as_bytes();
        let mut start = 0;
        while start + pattern.len() <= bytes.len() {
            if text.is_char_boundary(start)
                && bytes[start..start + pattern.len()].eq_ignore_ascii_case(pattern.as_bytes())
                && text.is_char_boundary(start + pattern.len())
                && is_word_start(text, start)
            {
                let mut end = start + pattern.len();
                if !whole_word {
                    while end < text.len() && is_word_byte(text, end) {
                        end += text[end..].chars().next().map_or(1, char::len_utf8);
                    }
                }
                if is_word_end(text, end) {
                    ranges.push((start, end));
                    start = end;
                    continue;
                }
            }
            start += 1;
        }
    }
    ranges.sort_unstable();
    // Overlapping finds (a word inside a phrase) become one highlight.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// About two lines of the body around the first match, or its start when nothing matches.
fn best_fragment(body: &str, needles: &[Needle]) -> Snippet {
    const BEFORE: usize = 80;
    const LENGTH: usize = 240;
    let found = find_needles(body, needles);
    let Some(&(first, _)) = found.first() else {
        return lead_snippet(body);
    };
    let mut start = first.saturating_sub(BEFORE);
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    // Start on a word.
    if start > 0 {
        if let Some((space, character)) = body[start..first]
            .char_indices()
            .find(|(_, character)| character.is_whitespace())
        {
            start += space + character.len_utf8();
        }
    }
    let mut end = (start + LENGTH).min(body.len());
    while !body.is_char_boundary(end) {
        end += 1;
    }
    let text = &body[start..end];
    Snippet {
        text: text.to_string(),
        highlights: found
            .into_iter()
            .filter(|(s, e)| *s >= start && *e <= end)
            .map(|(s, e)| (s - start, e - start))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_and_highlights_stay_on_char_boundaries() {
        // Non-breaking spaces (two bytes) and accented letters around the match.
        let body = format!(
            "{}é\u{a0}word\u{a0}here the grain déal",
            "x\u{a0}".repeat(60)
        );
        let needles = [Needle::Word("grain".into()), Needle::Prefix("dé".into())];
        let snippet = best_fragment(&body, &needles);
        let words: Vec<&str> = snippet
            .highlights
            .iter()
            .map(|&(start, end)| &snippet.text[start..end])
            .collect();
        assert_eq!(words, ["grain", "déal"]);
        for cut in 0..body.len() {
            if body.is_char_boundary(cut) {
                let _ = best_fragment(&body[cut..], &needles);
                let _ = find_needles(&body[..cut], &needles);
            }
        }
    }
}
