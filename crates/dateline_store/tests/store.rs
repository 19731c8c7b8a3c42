//! The store on documents built here: idempotence, search with every filter, speakers, and
//! recovery of an index an interrupted ingest left behind.

use dateline_document::{
    Document, Entity, EntityKind, InputKind, PublishDate, Quote, QuoteKind, Source, Speaker,
    Technique, TechniqueSpan, TextRange,
};
use dateline_store::{content_id, Access, ArticleToStore, SearchRequest, Store, StoreError};

struct Page {
    title: &'static str,
    site: &'static str,
    day: (u16, u8, u8),
    body: &'static str,
    quote: &'static str,
    speaker: &'static str,
    technique: Option<(&'static str, Technique)>,
}

const PAGES: [Page; 3] = [
    Page {
        title: "Grain corridor talks to continue",
        site: "www.polar.example",
        day: (2023, 11, 3),
        body: "Talks on the grain corridor will continue next week, the deputy minister said. \
               \"We remain open to dialogue,\" Pavel Ostrovsky said.",
        quote: "We remain open to dialogue",
        speaker: "Pavel Ostrovsky",
        technique: None,
    },
    Page {
        title: "Council budget vote",
        site: "www.lantern.example",
        day: (2024, 1, 22),
        body: "The council passed a reckless budget. \"This is a betrayal of every family,\" \
               said Rob Fenwick. Exporters were not consulted.",
        quote: "This is a betrayal of every family",
        speaker: "Rob Fenwick",
        technique: Some(("reckless", Technique::LoadedLanguage)),
    },
    Page {
        title: "Flood barrier holds",
        site: "www.riverside.example",
        day: (2025, 2, 3),
        body: "The flood barrier held through the winter. \"The grain stores stayed dry,\" \
               Miriam Achebe said.",
        quote: "The grain stores stayed dry",
        speaker: "Miriam Achebe",
        technique: None,
    },
];

fn document(page: &Page) -> Document {
    let text = page.body.to_string();
    let mut document = Document::new(
        Source::from_path(format!("{}.txt", page.site)),
        InputKind::PlainText,
        text.clone(),
    );
    document.metadata.title = Some(page.title.to_string());
    document.metadata.site = Some(page.site.to_string());
    document.metadata.published = PublishDate::from_parts(page.day.0, page.day.1, page.day.2);
    let quote_start = text.find(page.quote).unwrap();
    let speaker_start = text.find(page.speaker).unwrap();
    let speaker_range = TextRange::new(speaker_start, speaker_start + page.speaker.len());
    document.entities.push(Entity {
        id: 0,
        kind: EntityKind::Person,
        name: page.speaker.to_string(),
        mentions: vec![speaker_range],
    });
    document.quotes.push(Quote {
        content: TextRange::new(quote_start, quote_start + page.quote.len()),
        parts: Vec::new(),
        kind: QuoteKind::Direct,
        cue: None,
        source: Some(speaker_range),
        speaker: Some(Speaker {
            name: page.speaker.to_string(),
            role: None,
            entity: Some(0),
        }),
    });
    if let Some((words, technique)) = page.technique {
        let start = text.find(words).unwrap();
        document.techniques.push(TechniqueSpan {
            range: TextRange::new(start, start + words.len()),
            technique,
            score: 0.9,
        });
    }
    document
}

fn store_pages(store: &mut Store, pages: &[Page]) -> usize {
    let documents: Vec<Document> = pages.iter().map(document).collect();
    let articles: Vec<ArticleToStore> = documents
        .iter()
        .map(|document| ArticleToStore {
            id: content_id(&document.text),
            document,
            record_json: format!("{{\"title\":{:?}}}", document.metadata.title),
        })
        .collect();
    let added = store.store(&articles).unwrap();
    store.commit_index().unwrap();
    added
}

fn ids(store: &Store, request: SearchRequest) -> Vec<String> {
    let results = store.search(&request).unwrap();
    let mut titles: Vec<String> = results
        .hits
        .iter()
        .map(|hit| hit.article.title.clone().unwrap())
        .collect();
    titles.sort();
    titles
}

fn query(text: &str) -> SearchRequest {
    SearchRequest {
        query: text.to_string(),
        limit: 10,
        ..SearchRequest::default()
    }
}

#[test]
fn storing_the_same_pages_twice_stores_them_once() {
    let folder = tempfile::tempdir().unwrap();
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    assert_eq!(store_pages(&mut store, &PAGES), 3);
    assert_eq!(store_pages(&mut store, &PAGES), 0);
    drop(store);
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    assert_eq!(store_pages(&mut store, &PAGES[..1]), 0);
    assert_eq!(store.article_count().unwrap(), 3);
    assert_eq!(ids(&store, query("grain")).len(), 2);
}

#[test]
fn words_phrases_prefixes_and_boolean_operators() {
    let folder = tempfile::tempdir().unwrap();
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    store_pages(&mut store, &PAGES);
    let store = Store::open(folder.path(), Access::ReadOnly).unwrap();
    assert_eq!(
        ids(&store, query("grain")),
        ["Flood barrier holds", "Grain corridor talks to continue"]
    );
    assert_eq!(
        ids(&store, query("\"grain corridor\"")),
        ["Grain corridor talks to continue"]
    );
    assert_eq!(
        ids(&store, query("grain -flood")),
        ["Grain corridor talks to continue"]
    );
    assert_eq!(
        ids(&store, query("grain NOT flood")),
        ["Grain corridor talks to continue"]
    );
    assert_eq!(
        ids(&store, query("corridor OR budget")),
        ["Council budget vote", "Grain corridor talks to continue"]
    );
    assert_eq!(ids(&store, query("export*")), ["Council budget vote"]);
    assert_eq!(ids(&store, query("grain barrier")), ["Flood barrier holds"]);
    assert!(ids(&store, query("nothing-like-this")).is_empty());
    let results = store.search(&query("betrayal")).unwrap();
    let snippet = &results.hits[0].snippet;
    let (start, end) = snippet.highlights[0];
    assert_eq!(&snippet.text[start..end], "betrayal");
}

#[test]
fn filters_by_speaker_entity_technique_site_and_date() {
    let folder = tempfile::tempdir().unwrap();
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    store_pages(&mut store, &PAGES);
    let filtered = |request: SearchRequest| ids(&store, request);
    assert_eq!(
        filtered(SearchRequest {
            speaker: Some("ostrovsky".into()),
            ..query("")
        }),
        ["Grain corridor talks to continue"]
    );
    assert_eq!(
        filtered(SearchRequest {
            entity: Some("Miriam Achebe".into()),
            ..query("")
        }),
        ["Flood barrier holds"]
    );
    assert_eq!(
        filtered(SearchRequest {
            technique: Some("loaded_language".into()),
            ..query("")
        }),
        ["Council budget vote"]
    );
    assert_eq!(
        filtered(SearchRequest {
            site: Some("WWW.Riverside.example".into()),
            ..query("grain")
        }),
        ["Flood barrier holds"]
    );
    assert_eq!(
        filtered(SearchRequest {
            since: Some("2024-01-22".into()),
            until: Some("2024-12-31".into()),
            ..query("")
        }),
        ["Council budget vote"]
    );
    // "Who said X": the quotations that hold the words, with their speakers.
    let results = store
        .search(&SearchRequest {
            in_quotes: true,
            ..query("grain")
        })
        .unwrap();
    assert_eq!(
        results.total, 1,
        "only the flood page quotes someone on grain"
    );
    assert_eq!(
        results.hits[0].quotes[0].speaker.as_deref(),
        Some("Miriam Achebe")
    );
}

#[test]
fn speakers_are_counted_with_their_sites_and_quotes() {
    let folder = tempfile::tempdir().unwrap();
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    store_pages(&mut store, &PAGES);
    let speakers = store.speakers(10).unwrap();
    assert_eq!(speakers.len(), 3);
    let fenwick = speakers.iter().find(|s| s.name == "Rob Fenwick").unwrap();
    assert_eq!((fenwick.quotes, fenwick.articles), (1, 1));
    assert_eq!(fenwick.sites, ["www.lantern.example"]);
    assert_eq!(fenwick.first.as_deref(), Some("2024-01-22"));
    let quotes = store.quotes_of("Rob Fenwick").unwrap();
    assert_eq!(quotes[0].content, "This is a betrayal of every family");
    let used = store.technique_articles("loaded_language", 10).unwrap();
    assert_eq!(used.len(), 1);
    assert_eq!(used[0].spans, 1);
}

#[test]
fn an_index_lost_after_the_commit_is_rebuilt_from_sqlite() {
    let folder = tempfile::tempdir().unwrap();
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    store_pages(&mut store, &PAGES);
    drop(store);
    // As if the process died after SQLite committed and before the index did: the flags say
    // "not indexed" and the index is empty.
    std::fs::remove_dir_all(folder.path().join("index")).unwrap();
    let connection = rusqlite_flags_reset(folder.path());
    drop(connection);
    let store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    assert_eq!(ids(&store, query("grain")).len(), 2);
    assert_eq!(store.search(&query("")).unwrap().total, 3);
}

fn rusqlite_flags_reset(folder: &std::path::Path) -> rusqlite::Connection {
    let connection = rusqlite::Connection::open(folder.join("articles.sqlite")).unwrap();
    connection
        .execute("UPDATE articles SET indexed = 0", [])
        .unwrap();
    connection
}

#[test]
fn a_missing_or_newer_store_is_refused_with_its_path() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("nothing-here");
    match Store::open(&missing, Access::ReadOnly) {
        Err(StoreError::Missing { path }) => assert_eq!(path, missing),
        other => panic!("expected Missing, got {:?}", other.err()),
    }
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    store_pages(&mut store, &PAGES[..1]);
    drop(store);
    let connection = rusqlite::Connection::open(folder.path().join("articles.sqlite")).unwrap();
    connection
        .execute(
            "UPDATE store_meta SET value = '99' WHERE key = 'format_version'",
            [],
        )
        .unwrap();
    drop(connection);
    match Store::open(folder.path(), Access::ReadOnly) {
        Err(StoreError::NewerFormat { found, .. }) => assert_eq!(found, 99),
        other => panic!("expected NewerFormat, got {:?}", other.err()),
    }
}

fn copy_folder(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// tests/fixtures/store-v1 was written by dateline at format version 1 (commit 573c7b3,
/// `dateline ingest tests/fixtures/pages`): records as uncompressed text.
#[test]
fn a_store_of_format_version_1_opens_reads_and_takes_new_articles() {
    let folder = tempfile::tempdir().unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1");
    copy_folder(&fixture, folder.path());
    let store = Store::open(folder.path(), Access::ReadOnly).unwrap();
    assert_eq!(store.article_count().unwrap(), 9);
    let results = store.search(&query("grain corridor")).unwrap();
    assert_eq!(results.total, 1);
    let id = results.hits[0].article.id.clone();
    let record: serde_json::Value =
        serde_json::from_str(&store.article_record(&id).unwrap().unwrap()).unwrap();
    assert_eq!(record["credit"]["agency"], "TASS");
    assert!(store
        .speakers(10)
        .unwrap()
        .iter()
        .any(|speaker| speaker.name == "Pavel Ostrovsky"));
    drop(store);
    // Opened for writing it becomes version 2: old rows still read, new rows compressed.
    let mut store = Store::open(folder.path(), Access::ReadWrite).unwrap();
    assert_eq!(store_pages(&mut store, &PAGES), 3);
    assert_eq!(store.article_count().unwrap(), 12);
    assert!(store.article_record(&id).unwrap().is_some());
    let new_id = content_id(&document(&PAGES[0]).text);
    assert!(store
        .article_record(&new_id)
        .unwrap()
        .unwrap()
        .contains("Grain corridor"));
    drop(store);
    let connection = rusqlite::Connection::open(folder.path().join("articles.sqlite")).unwrap();
    let version: String = connection
        .query_row(
            "SELECT value FROM store_meta WHERE key = 'format_version'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(version, dateline_store::STORE_FORMAT_VERSION.to_string());
}
