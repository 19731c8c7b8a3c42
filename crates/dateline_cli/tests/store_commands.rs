//! `dateline ingest`, `search` and `speakers` through the binary: idempotence, interruption by
//! kill -9 at random moments, and search output.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{dateline, fixture};

/// Writes `count` distinct short articles, each with a word of its own (`marker123`).
fn write_pages(folder: &Path, count: usize) {
    for index in 0..count {
        let text = format!(
            "Harbour report number {index}\n\nThe harbour authority published its report \
             marker{index} on Monday. \"Traffic rose again this year,\" said Elena Varga, the \
             harbour master. Shipping firms welcomed the figures.\n"
        );
        std::fs::write(folder.join(format!("page{index:04}.txt")), text).unwrap();
    }
}

fn hits(db: &Path, query: &str) -> Vec<serde_json::Value> {
    let (status, stdout, stderr) = dateline(&[
        "search",
        query,
        "--db",
        db.to_str().unwrap(),
        "--format",
        "jsonl",
        "--limit",
        "1000",
    ]);
    assert_eq!(status, Some(0), "{stderr}");
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn ingesting_twice_stores_each_page_once() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("corpus");
    let pages = fixture("pages");
    let ingest = || {
        dateline(&[
            "ingest",
            pages.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
            "--quiet",
        ])
    };
    let (status, _, first) = ingest();
    assert_eq!(status, Some(0), "{first}");
    let stored = hits(&db, "").len();
    assert!(stored >= 8, "{first}");
    let (status, _, second) = ingest();
    assert_eq!(status, Some(0));
    assert!(second.contains("stored 0 new articles"), "{second}");
    assert_eq!(hits(&db, "").len(), stored);
}

#[test]
fn kill_9_during_ingest_loses_nothing_and_a_rerun_completes() {
    const PAGES: usize = 300;
    let folder = tempfile::tempdir().unwrap();
    let pages = folder.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    write_pages(&pages, PAGES);
    let db = folder.path().join("corpus");
    // Kill at several moments: before the store exists, while windows are being written, late.
    for delay_ms in [5u64, 40, 120, 250, 400] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
            .args([
                "ingest",
                pages.to_str().unwrap(),
                "--db",
                db.to_str().unwrap(),
                "--quiet",
                "--jobs",
                "1",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        // Child::kill sends SIGKILL on Unix: no handler runs, nothing is flushed.
        let _ = child.kill();
        child.wait().unwrap();
    }
    let (status, _, stderr) = dateline(&[
        "ingest",
        pages.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(status, Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!("now holds {PAGES} articles")),
        "{stderr}"
    );
    // Every article is stored once, indexed, and complete with its quotation and speaker.
    assert_eq!(hits(&db, "").len(), PAGES);
    for index in [0, 1, PAGES / 2, PAGES - 1] {
        let found = hits(&db, &format!("marker{index}"));
        assert_eq!(found.len(), 1, "marker{index}");
    }
    let (_, speakers, _) = dateline(&[
        "speakers",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    let first: serde_json::Value = serde_json::from_str(speakers.lines().next().unwrap()).unwrap();
    assert_eq!(first["name"], "Elena Varga");
    assert_eq!(first["quotes"], PAGES as u64);
}

#[test]
fn search_in_quotes_answers_who_said_it() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("corpus");
    let pages = fixture("pages");
    dateline(&[
        "ingest",
        pages.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--quiet",
    ]);
    let (status, stdout, stderr) = dateline(&[
        "search",
        "promises",
        "--in",
        "quotes",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(status, Some(0), "{stderr}");
    let results: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let quote = &results["hits"][0]["quotes"][0];
    assert_eq!(quote["speaker"], "Pavel Ostrovsky");
    let text = quote["snippet"]["text"].as_str().unwrap();
    let highlight = &quote["snippet"]["highlights"][0];
    let (start, end) = (
        highlight["start"].as_u64().unwrap() as usize,
        highlight["end"].as_u64().unwrap() as usize,
    );
    let word: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(word, "promises");
    let (status, _, stderr) = dateline(&[
        "search",
        "x",
        "--db",
        db.to_str().unwrap(),
        "--since",
        "last week",
    ]);
    assert_eq!(status, Some(2));
    assert!(stderr.contains("--since"), "{stderr}");
    let (status, _, stderr) = dateline(&["search", "x", "--db", "/nonexistent/corpus"]);
    assert_eq!(status, Some(2));
    assert!(stderr.contains("/nonexistent/corpus"), "{stderr}");
}
