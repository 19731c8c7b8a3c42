//! The SQLite side of the store: the record of every article and the tables that answer
//! "who is quoted, how often, where".

use crate::{Access, ArticleToStore, StoreError, STORE_FORMAT_VERSION};
use dateline_document::Document;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT,
    url TEXT,
    site TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    body TEXT NOT NULL,
    record BLOB NOT NULL,
    indexed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_unindexed ON articles (indexed) WHERE indexed = 0;
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    role TEXT,
    content TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes (speaker);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles (id),
    entity INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity)
);
CREATE INDEX IF NOT EXISTS entities_by_name ON entities (name);
CREATE TABLE IF NOT EXISTS techniques (
    article_id TEXT NOT NULL REFERENCES articles (id),
    technique TEXT NOT NULL,
    spans INTEGER NOT NULL,
    PRIMARY KEY (article_id, technique)
);
CREATE INDEX IF NOT EXISTS techniques_by_use ON techniques (technique, spans);
";

/// Records are kept zlib-compressed: the output contract repeats the text's offsets in many
/// layers and compresses about fourfold.
fn compress(record: &str) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(record.as_bytes());
    encoder.finish().unwrap_or_default()
}

fn decompress(bytes: &[u8]) -> std::io::Result<String> {
    use std::io::Read;
    let mut record = String::new();
    flate2::read::ZlibDecoder::new(bytes).read_to_string(&mut record)?;
    Ok(record)
}

impl PendingArticle {
    /// The index's view of an article being stored, the same as [`Database::unindexed`] reads
    /// back.
    pub(crate) fn from_document(id: &str, document: &Document) -> PendingArticle {
        let mut speakers: Vec<String> = Vec::new();
        for quote in &document.quotes {
            if let Some(speaker) = &quote.speaker {
                if !speakers.contains(&speaker.name) {
                    speakers.push(speaker.name.clone());
                }
            }
        }
        let mut techniques: Vec<String> = document
            .techniques
            .iter()
            .map(|span| span.technique.id().to_string())
            .collect();
        techniques.sort();
        techniques.dedup();
        PendingArticle {
            id: id.to_string(),
            title: document.metadata.title.clone().unwrap_or_default(),
            body: document.body_text().to_string(),
            quotes: document
                .quotes
                .iter()
                .map(|quote| document.quote_text(quote))
                .collect(),
            speakers,
            entities: document.entities.iter().map(|e| e.name.clone()).collect(),
            techniques,
            site: document.metadata.site.clone(),
            published: document.metadata.published.map(|date| date.day_string()),
        }
    }
}

/// What the index needs of an article, read back from SQLite.
pub(crate) struct PendingArticle {
    pub id: String,
    pub title: String,
    pub body: String,
    pub quotes: Vec<String>,
    pub speakers: Vec<String>,
    pub entities: Vec<String>,
    pub techniques: Vec<String>,
    pub site: Option<String>,
    pub published: Option<String>,
}

/// An article as search results and pages list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleSummary {
    pub id: String,
    pub title: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerSummary {
    pub name: String,
    pub quotes: u64,
    pub articles: u64,
    /// The sites that quote them, most frequent first.
    pub sites: Vec<String>,
    pub first: Option<String>,
    pub last: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerQuote {
    pub article: ArticleSummary,
    pub kind: String,
    pub role: Option<String>,
    pub content: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TechniqueArticle {
    pub article: ArticleSummary,
    pub spans: u64,
}

pub(crate) struct Database {
    path: PathBuf,
    connection: Connection,
}

const SUMMARY_COLUMNS: &str = "a.id, a.title, a.site, a.url, a.source, a.published";

fn summary_from_row(row: &rusqlite::Row, first: usize) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: row.get(first)?,
        title: row.get(first + 1)?,
        site: row.get(first + 2)?,
        url: row.get(first + 3)?,
        source: row.get(first + 4)?,
        published: row.get(first + 5)?,
    })
}

impl Database {
    pub fn open(directory: &Path, access: Access) -> Result<Database, StoreError> {
        let path = directory.join("articles.sqlite");
        let error = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        if access == Access::ReadOnly && !path.exists() {
            return Err(StoreError::Missing {
                path: directory.to_path_buf(),
            });
        }
        let flags = match access {
            Access::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(&path, flags).map_err(error)?;
        // Readers wait for a writer's commit instead of failing while an ingest runs.
        connection
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(error)?;
        if access == Access::ReadWrite {
            // WAL: readers (search, serve) never block the one writer; FULL: a committed
            // article survives a power cut, not only a killed process.
            connection
                .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
                .map_err(error)?;
            connection.execute_batch(SCHEMA).map_err(error)?;
            connection
                .execute(
                    "INSERT OR IGNORE INTO store_meta (key, value) VALUES ('format_version', ?1)",
                    params![STORE_FORMAT_VERSION.to_string()],
                )
                .map_err(error)?;
            // Earlier versions this dateline reads are written on as the current one (see
            // STORE_FORMAT_VERSION for what changed).
            connection
                .execute(
                    "UPDATE store_meta SET value = ?1
                     WHERE key = 'format_version' AND CAST(value AS INTEGER) < ?2",
                    params![STORE_FORMAT_VERSION.to_string(), STORE_FORMAT_VERSION],
                )
                .map_err(error)?;
        }
        let version: Option<String> = connection
            .query_row(
                "SELECT value FROM store_meta WHERE key = 'format_version'",
                [],
                |row| row.get(0),
            )
            .optional()
            .map_err(error)?;
        let found = version.and_then(|v| v.parse::<u32>().ok()).unwrap_or(0);
        if found > STORE_FORMAT_VERSION {
            return Err(StoreError::NewerFormat {
                path: directory.to_path_buf(),
                found,
            });
        }
        Ok(Database { path, connection })
    }

    fn error(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    pub fn contains(&self, id: &str) -> Result<bool, StoreError> {
        self.connection
            .query_row("SELECT 1 FROM articles WHERE id = ?1", [id], |_| Ok(()))
            .optional()
            .map(|found| found.is_some())
            .map_err(self.error())
    }

    pub fn article_count(&self) -> Result<u64, StoreError> {
        self.connection
            .query_row("SELECT COUNT(*) FROM articles", [], |row| {
                row.get::<_, i64>(0).map(|count| count as u64)
            })
            .map_err(self.error())
    }

    /// Inserts the articles not stored yet, in one transaction; returns the ids inserted.
    pub fn insert(&mut self, articles: &[ArticleToStore]) -> Result<Vec<String>, StoreError> {
        let path = self.path.clone();
        let error = move |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let transaction = self.connection.transaction().map_err(&error)?;
        let mut added = Vec::new();
        for article in articles {
            let document = article.document;
            let metadata = &document.metadata;
            let inserted = transaction
                .execute(
                    "INSERT OR IGNORE INTO articles
                     (id, source, url, site, title, published, language, body, record)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![
                        article.id,
                        document.source.display_name(),
                        metadata.url,
                        metadata.site,
                        metadata.title,
                        metadata.published.map(|date| date.day_string()),
                        metadata.language,
                        document.body_text(),
                        compress(&article.record_json),
                    ],
                )
                .map_err(&error)?;
            if inserted == 0 {
                continue;
            }
            added.push(article.id.clone());
            for (position, quote) in document.quotes.iter().enumerate() {
                let content = document.quote_text(quote);
                transaction
                    .execute(
                        "INSERT INTO quotes (article_id, position, kind, speaker, role, content)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            article.id,
                            position as i64,
                            quote.kind.as_str(),
                            quote.speaker.as_ref().map(|speaker| &speaker.name),
                            quote
                                .speaker
                                .as_ref()
                                .and_then(|speaker| speaker.role.as_ref()),
                            content,
                        ],
                    )
                    .map_err(&error)?;
            }
            for entity in &document.entities {
                transaction
                    .execute(
                        "INSERT INTO entities (article_id, entity, kind, name, mentions)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![
                            article.id,
                            entity.id as i64,
                            entity.kind.as_str(),
                            entity.name,
                            entity.mentions.len() as i64,
                        ],
                    )
                    .map_err(&error)?;
            }
            let mut techniques: BTreeMap<&str, i64> = BTreeMap::new();
            for span in &document.techniques {
                *techniques.entry(span.technique.id()).or_default() += 1;
            }
            for (technique, spans) in techniques {
                transaction
                    .execute(
                        "INSERT INTO techniques (article_id, technique, spans) VALUES (?1, ?2, ?3)",
                        params![article.id, technique, spans],
                    )
                    .map_err(&error)?;
            }
        }
        transaction.commit().map_err(&error)?;
        Ok(added)
    }

    pub fn unindexed(&self) -> Result<Vec<PendingArticle>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT id, COALESCE(title, ''), body, site, published FROM articles
                 WHERE indexed = 0",
            )
            .map_err(self.error())?;
        let mut pending: Vec<PendingArticle> = statement
            .query_map([], |row| {
                Ok(PendingArticle {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    body: row.get(2)?,
                    site: row.get(3)?,
                    published: row.get(4)?,
                    quotes: Vec::new(),
                    speakers: Vec::new(),
                    entities: Vec::new(),
                    techniques: Vec::new(),
                })
            })
            .map_err(self.error())?
            .collect::<Result<_, _>>()
            .map_err(self.error())?;
        for article in &mut pending {
            let mut quotes = self
                .connection
                .prepare_cached(
                    "SELECT content, speaker FROM quotes WHERE article_id = ?1 ORDER BY position",
                )
                .map_err(self.error())?;
            let rows = quotes
                .query_map([&article.id], |row| {
                    Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?))
                })
                .map_err(self.error())?;
            for row in rows {
                let (content, speaker) = row.map_err(self.error())?;
                article.quotes.push(content);
                if let Some(speaker) = speaker {
                    if !article.speakers.contains(&speaker) {
                        article.speakers.push(speaker);
                    }
                }
            }
            let mut entities = self
                .connection
                .prepare_cached("SELECT name FROM entities WHERE article_id = ?1")
                .map_err(self.error())?;
            article.entities = entities
                .query_map([&article.id], |row| row.get(0))
                .map_err(self.error())?
                .collect::<Result<_, _>>()
                .map_err(self.error())?;
            let mut techniques = self
                .connection
                .prepare_cached("SELECT technique FROM techniques WHERE article_id = ?1")
                .map_err(self.error())?;
            article.techniques = techniques
                .query_map([&article.id], |row| row.get(0))
                .map_err(self.error())?
                .collect::<Result<_, _>>()
                .map_err(self.error())?;
        }
        Ok(pending)
    }

    pub fn mark_indexed(&mut self, ids: &[&str]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let error = move |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let transaction = self.connection.transaction().map_err(&error)?;
        for id in ids {
            transaction
                .execute("UPDATE articles SET indexed = 1 WHERE id = ?1", [id])
                .map_err(&error)?;
        }
        transaction.commit().map_err(&error)
    }

    pub fn article_record(&self, id: &str) -> Result<Option<String>, StoreError> {
        // Version 2 rows are compressed blobs; version 1 rows are text.
        let stored: Option<(Vec<u8>, bool)> = self
            .connection
            .query_row("SELECT record FROM articles WHERE id = ?1", [id], |row| {
                Ok(match row.get_ref(0)? {
                    rusqlite::types::ValueRef::Text(text) => (text.to_vec(), false),
                    rusqlite::types::ValueRef::Blob(bytes) => (bytes.to_vec(), true),
                    _ => (Vec::new(), false),
                })
            })
            .optional()
            .map_err(self.error())?;
        let io_error = |source| StoreError::Io {
            path: self.path.clone(),
            source,
        };
        match stored {
            None => Ok(None),
            Some((bytes, true)) => decompress(&bytes).map(Some).map_err(io_error),
            Some((bytes, false)) => String::from_utf8(bytes).map(Some).map_err(|_| {
                io_error(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "stored record is not UTF-8",
                ))
            }),
        }
    }

    pub fn article_summary(&self, id: &str) -> Result<Option<ArticleSummary>, StoreError> {
        self.connection
            .query_row(
                &format!("SELECT {SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?1"),
                [id],
                |row| summary_from_row(row, 0),
            )
            .optional()
            .map_err(self.error())
    }

    pub fn article_body(&self, id: &str) -> Result<Option<String>, StoreError> {
        self.connection
            .query_row("SELECT body FROM articles WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()
            .map_err(self.error())
    }

    /// (speaker, content) of every quotation of an article, in order.
    pub fn article_quotes(&self, id: &str) -> Result<Vec<(Option<String>, String)>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT speaker, content FROM quotes WHERE article_id = ?1 ORDER BY position",
            )
            .map_err(self.error())?;
        let rows = statement
            .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))
            .map_err(self.error())?
            .collect::<Result<_, _>>()
            .map_err(self.error())?;
        Ok(rows)
    }

    pub fn speakers(&self, limit: usize) -> Result<Vec<SpeakerSummary>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT q.speaker, COUNT(*), COUNT(DISTINCT q.article_id),
                        MIN(a.published), MAX(a.published)
                 FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.speaker IS NOT NULL
                 GROUP BY q.speaker ORDER BY COUNT(*) DESC, q.speaker LIMIT ?1",
            )
            .map_err(self.error())?;
        let mut speakers: Vec<SpeakerSummary> = statement
            .query_map([limit as i64], |row| {
                Ok(SpeakerSummary {
                    name: row.get(0)?,
                    quotes: row.get::<_, i64>(1)? as u64,
                    articles: row.get::<_, i64>(2)? as u64,
                    sites: Vec::new(),
                    first: row.get(3)?,
                    last: row.get(4)?,
                })
            })
            .map_err(self.error())?
            .collect::<Result<_, _>>()
            .map_err(self.error())?;
        let mut sites = self
            .connection
            .prepare(
                "SELECT a.site FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.speaker = ?1 AND a.site IS NOT NULL
                 GROUP BY a.site ORDER BY COUNT(*) DESC, a.site LIMIT 5",
            )
            .map_err(self.error())?;
        for speaker in &mut speakers {
            speaker.sites = sites
                .query_map([&speaker.name], |row| row.get(0))
                .map_err(self.error())?
                .collect::<Result<_, _>>()
                .map_err(self.error())?;
        }
        Ok(speakers)
    }

    pub fn quotes_of(&self, speaker: &str) -> Result<Vec<SpeakerQuote>, StoreError> {
        let mut statement = self
            .connection
            .prepare(&format!(
                "SELECT {SUMMARY_COLUMNS}, q.kind, q.role, q.content
                 FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.speaker = ?1
                 ORDER BY a.published IS NULL, a.published, a.site, q.position"
            ))
            .map_err(self.error())?;
        let quotes = statement
            .query_map([speaker], |row| {
                Ok(SpeakerQuote {
                    article: summary_from_row(row, 0)?,
                    kind: row.get(6)?,
                    role: row.get(7)?,
                    content: row.get(8)?,
                })
            })
            .map_err(self.error())?
            .collect::<Result<_, _>>()
            .map_err(self.error())?;
        Ok(quotes)
    }

    pub fn technique_articles(
        &self,
        technique: &str,
        limit: usize,
    ) -> Result<Vec<TechniqueArticle>, StoreError> {
        let mut statement = self
            .connection
            .prepare(&format!(
                "SELECT {SUMMARY_COLUMNS}, t.spans
                 FROM techniques t JOIN articles a ON a.id = t.article_id
                 WHERE t.technique = ?1
                 ORDER BY t.spans DESC, a.published DESC LIMIT ?2"
            ))
            .map_err(self.error())?;
        let articles = statement
            .query_map(params![technique, limit as i64], |row| {
                Ok(TechniqueArticle {
                    article: summary_from_row(row, 0)?,
                    spans: row.get::<_, i64>(6)? as u64,
                })
            })
            .map_err(self.error())?
            .collect::<Result<_, _>>()
            .map_err(self.error())?;
        Ok(articles)
    }
}
