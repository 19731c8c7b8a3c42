//! Labelled articles in the layout of the Propaganda Techniques Corpus: a folder `*-articles/`
//! of `article<id>.txt` files and a label file `*-task-flc-tc.labels` whose lines are
//! `id<TAB>technique<TAB>start<TAB>end` in character offsets, end exclusive.

use dateline_document::{Technique, TextRange};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: no `*-articles` folder and `*-task-flc-tc.labels` file (the corpus layout of SemEval-2020 Task 11)")]
    Layout { path: PathBuf },
    #[error("{path}:{line}: {message}")]
    Label {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// One gold span: where it is (bytes on char boundaries) and its technique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelledSpan {
    pub range: TextRange,
    pub technique: Technique,
}

#[derive(Clone, Debug)]
pub struct LabelledArticle {
    pub id: String,
    pub text: String,
    /// In the label file's order; the same range may carry several techniques.
    pub spans: Vec<LabelledSpan>,
}

/// One line of a label file, before it is checked against its article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelLine {
    pub article: String,
    pub technique: Technique,
    /// Character offsets.
    pub start: usize,
    pub end: usize,
}

/// Parses a label file: one error per bad line, naming the line.
pub fn parse_labels(contents: &str) -> Result<Vec<LabelLine>, (usize, String)> {
    let mut labels = Vec::new();
    for (index, line) in contents.lines().enumerate() {
        let line_number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [article, label, start, end] = fields[..] else {
            return Err((
                line_number,
                format!("expected 4 tab-separated fields, found {}", fields.len()),
            ));
        };
        let technique = Technique::from_corpus_label(label)
            .ok_or_else(|| (line_number, format!("unknown technique {label:?}")))?;
        let parse = |field: &str| {
            field
                .trim()
                .parse::<usize>()
                .map_err(|_| (line_number, format!("offset {field:?} is not a number")))
        };
        let (start, end) = (parse(start)?, parse(end)?);
        if start >= end {
            return Err((
                line_number,
                format!("span {start}..{end} is empty or reversed"),
            ));
        }
        labels.push(LabelLine {
            article: article.trim().to_string(),
            technique,
            start,
            end,
        });
    }
    Ok(labels)
}

/// Byte offset of each character offset of `text`, with one past the end.
pub fn char_to_byte_offsets(text: &str) -> Vec<usize> {
    let mut offsets: Vec<usize> = text.char_indices().map(|(byte, _)| byte).collect();
    offsets.push(text.len());
    offsets
}

fn find_layout(folder: &Path) -> Result<(PathBuf, PathBuf), CorpusError> {
    let io = |source| CorpusError::Io {
        path: folder.to_path_buf(),
        source,
    };
    let mut articles = None;
    let mut labels = None;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(io)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        if name.ends_with("-articles") && path.is_dir() {
            articles = Some(path.clone());
        } else if name.ends_with("-task-flc-tc.labels") {
            labels = Some(path.clone());
        }
    }
    match (articles, labels) {
        (Some(articles), Some(labels)) => Ok((articles, labels)),
        _ => Err(CorpusError::Layout {
            path: folder.to_path_buf(),
        }),
    }
}

/// Reads every article of the corpus with its gold spans, in article-id order.
pub fn read_corpus(folder: &Path) -> Result<Vec<LabelledArticle>, CorpusError> {
    let (articles_folder, labels_path) = find_layout(folder)?;
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|source| CorpusError::Io {
            path: path.to_path_buf(),
            source,
        })
    };
    let labels =
        parse_labels(&read(&labels_path)?).map_err(|(line, message)| CorpusError::Label {
            path: labels_path.clone(),
            line,
            message,
        })?;
    let mut by_article: BTreeMap<String, Vec<&LabelLine>> = BTreeMap::new();
    for label in &labels {
        by_article
            .entry(label.article.clone())
            .or_default()
            .push(label);
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&articles_folder)
        .map_err(|source| CorpusError::Io {
            path: articles_folder.clone(),
            source,
        })?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    paths.sort();
    let mut articles = Vec::new();
    for path in paths {
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("");
        let id = stem.strip_prefix("article").unwrap_or(stem).to_string();
        let text = read(&path)?;
        let offsets = char_to_byte_offsets(&text);
        let mut spans = Vec::new();
        for label in by_article.get(&id).map(Vec::as_slice).unwrap_or(&[]) {
            let (Some(&start), Some(&end)) = (offsets.get(label.start), offsets.get(label.end))
            else {
                return Err(CorpusError::Label {
                    path: labels_path.clone(),
                    line: 0,
                    message: format!(
                        "span {}..{} of article {id} lies past its end ({} characters)",
                        label.start,
                        label.end,
                        offsets.len() - 1
                    ),
                });
            };
            spans.push(LabelledSpan {
                range: TextRange::new(start, end),
                technique: label.technique,
            });
        }
        articles.push(LabelledArticle { id, text, spans });
    }
    Ok(articles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_lines_parse_and_bad_ones_name_their_line() {
        let labels =
            parse_labels("7\tLoaded_Language\t3\t9\n\n7\tName_Calling,Labeling\t0\t2\n").unwrap();
        assert_eq!(labels.len(), 2);
        assert_eq!(labels[1].technique, Technique::NameCallingLabeling);
        assert_eq!(
            parse_labels("7\tLoaded_Language\t3\t9\n7\tNope\t1\t2")
                .unwrap_err()
                .0,
            2
        );
        assert!(parse_labels("7\tDoubt\t9\t3").is_err());
        assert!(parse_labels("7\tDoubt\tx\t3").is_err());
    }
}
