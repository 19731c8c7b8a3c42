//! The local corpus store: every analysed article with all its layers, searchable.
//!
//! Brief overview:
//! - SQLite (`articles.sqlite`, WAL mode, one writer) is the store of record: each article's
//!   output-contract JSON, plus tables of its quotations, entities and techniques for the
//!   questions a researcher asks of a corpus (who is quoted, how often, where).
//! - Tantivy (`index/`) is the full-text index over titles, bodies and quotations, with filter
//!   fields (speaker, entity, technique, site, date). It can always be rebuilt from SQLite.
//! - [`content_id`] names an article by its page content, so a page stored twice is stored once.
//!
//! Crash safety: an article is reported stored once its SQLite transaction has committed. The
//! index is written after, and each article carries an `indexed` flag set only after the index
//! committed it; opening a store for writing re-indexes every article whose flag is unset (after
//! deleting any copy of it the index may hold), so a kill at any moment loses nothing and leaves
//! no article half-written or indexed twice.

mod query;
mod search;
mod sqlite;

pub use query::{parse_query, QueryNode, MAX_QUERY_CHARS};
pub use search::{is_day_filter, SearchHit, SearchRequest, SearchResults, Snippet, SnippetQuote};
pub use sqlite::{ArticleSummary, SpeakerQuote, SpeakerSummary, TechniqueArticle};

use dateline_document::Document;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The version of the store's layout; bump it when tables or index fields change, and teach
/// [`Store::open`] to read the previous one (a test opens a store of each earlier version kept
/// under tests/fixtures).
///
/// - 1: `articles.record` holds the output-contract JSON as text.
/// - 2: `articles.record` holds it zlib-compressed. Version 1 rows are read as they are; opening
///   a version 1 store for writing marks it version 2, and new rows are compressed.
pub const STORE_FORMAT_VERSION: u32 = 2;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path}: search index: {source}")]
    Index {
        path: PathBuf,
        source: tantivy::TantivyError,
    },
    #[error(
        "{path}: not a dateline store (no articles.sqlite); create one with `dateline ingest`"
    )]
    Missing { path: PathBuf },
    #[error("{path}: store format {found} is newer than this dateline reads ({STORE_FORMAT_VERSION}); upgrade dateline")]
    NewerFormat { path: PathBuf, found: u32 },
}

/// The id of a page: the first 16 bytes of the SHA-256 of its content, in hex.
pub fn content_id(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    digest[..16]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// One analysed article on its way into the store.
pub struct ArticleToStore<'a> {
    pub id: String,
    pub document: &'a Document,
    /// The article in the output contract (docs/output.md), as the CLI writes it.
    pub record_json: String,
}

/// Whether a store is opened to add articles or only to read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    ReadOnly,
}

/// A corpus store under one folder.
pub struct Store {
    directory: PathBuf,
    database: sqlite::Database,
    index: search::SearchIndex,
    /// Articles added to the index since its last commit.
    uncommitted: Vec<String>,
}

/// How many stored articles the index takes before it commits: a commit writes a segment and
/// syncs it, too slow to do for every small batch; an interrupted run re-indexes at most these.
const INDEX_COMMIT_EVERY: usize = 2000;

impl Drop for Store {
    fn drop(&mut self) {
        // Callers that care about the error call `commit_index` themselves; this is the net.
        let _ = self.commit_index();
    }
}

impl Store {
    /// Opens the store in `directory`, creating it when `access` is [`Access::ReadWrite`].
    /// Opening for writing finishes any indexing an interrupted ingest left undone.
    pub fn open(directory: &Path, access: Access) -> Result<Store, StoreError> {
        if access == Access::ReadWrite {
            std::fs::create_dir_all(directory).map_err(|source| StoreError::Io {
                path: directory.to_path_buf(),
                source,
            })?;
        }
        let database = sqlite::Database::open(directory, access)?;
        let index = search::SearchIndex::open(directory, access)?;
        let mut store = Store {
            directory: directory.to_path_buf(),
            database,
            index,
            uncommitted: Vec::new(),
        };
        if access == Access::ReadWrite {
            store.finish_indexing()?;
        }
        Ok(store)
    }

    pub fn directory(&self) -> &Path {
        &self.directory
    }

    /// Whether an article with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool, StoreError> {
        self.database.contains(id)
    }

    pub fn article_count(&self) -> Result<u64, StoreError> {
        self.database.article_count()
    }

    /// Stores articles in one transaction and hands them to the index. Returns how many were
    /// new (an article already stored is left as it is). Once this returns, the new articles
    /// are safe; they are searchable once the index commits (every 2,000 articles, and at
    /// [`Store::commit_index`] or drop).
    pub fn store(&mut self, articles: &[ArticleToStore]) -> Result<usize, StoreError> {
        let added = self.database.insert(articles)?;
        let pending: Vec<sqlite::PendingArticle> = articles
            .iter()
            .filter(|article| added.contains(&article.id))
            .map(|article| sqlite::PendingArticle::from_document(&article.id, article.document))
            .collect();
        self.index.add(&pending)?;
        self.uncommitted.extend(added.iter().cloned());
        if self.uncommitted.len() >= INDEX_COMMIT_EVERY {
            self.commit_index()?;
        }
        Ok(added.len())
    }

    /// Commits the index and marks what it holds as indexed.
    pub fn commit_index(&mut self) -> Result<(), StoreError> {
        if self.uncommitted.is_empty() {
            return Ok(());
        }
        self.index.commit()?;
        let ids: Vec<&str> = self.uncommitted.iter().map(String::as_str).collect();
        self.database.mark_indexed(&ids)?;
        self.uncommitted.clear();
        Ok(())
    }

    /// Indexes every stored article the index has not committed (an interrupted run's).
    fn finish_indexing(&mut self) -> Result<(), StoreError> {
        let pending = self.database.unindexed()?;
        if pending.is_empty() {
            return Ok(());
        }
        self.index.add(&pending)?;
        self.uncommitted
            .extend(pending.into_iter().map(|article| article.id));
        self.commit_index()
    }

    /// The stored output-contract JSON of one article.
    pub fn article_record(&self, id: &str) -> Result<Option<String>, StoreError> {
        self.database.article_record(id)
    }

    pub fn article_summary(&self, id: &str) -> Result<Option<ArticleSummary>, StoreError> {
        self.database.article_summary(id)
    }

    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, StoreError> {
        self.index.search(request, &self.database)
    }

    /// Everyone quoted in the corpus, most quoted first.
    pub fn speakers(&self, limit: usize) -> Result<Vec<SpeakerSummary>, StoreError> {
        self.database.speakers(limit)
    }

    /// Every quotation of one speaker (by the name the store gives them), by date.
    pub fn quotes_of(&self, speaker: &str) -> Result<Vec<SpeakerQuote>, StoreError> {
        self.database.quotes_of(speaker)
    }

    /// The articles that use a technique most.
    pub fn technique_articles(
        &self,
        technique: &str,
        limit: usize,
    ) -> Result<Vec<TechniqueArticle>, StoreError> {
        self.database.technique_articles(technique, limit)
    }
}
