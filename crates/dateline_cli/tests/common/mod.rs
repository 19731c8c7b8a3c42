//! Helpers the binary's integration tests share: running `dateline`, the fixture pages, and a
//! served corpus of them plus a hostile page.

// Each test file uses a different part of this module.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Runs `dateline` with `args`: exit status, standard output, standard error.
pub fn dateline(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A path under tests/fixtures at the workspace root.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// A child process killed when the test is done with it.
pub struct Killed(pub Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A page written to attack the UI: markup and script in the title, the body, a quotation and
/// the URL.
pub const HOSTILE_PAGE: &str = r#"{"url": "javascript:alert('url')", "text": "Council news <script>alert('title')</script>\n\nThe council met on Monday. <img src=x onerror=alert('body')> was posted on its site, and a link read <a href=\"javascript:alert('link')\">click</a>.\n\n\"<script>alert('quote')</script> is our answer,\" said John Smith, the council leader.\n"}"#;

/// `dateline serve` over a store of the fixture pages and the hostile page.
pub struct ServedCorpus {
    /// `127.0.0.1:PORT`.
    pub address: String,
    _server: Killed,
    _folder: tempfile::TempDir,
}

pub fn serve_fixture_corpus() -> ServedCorpus {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("corpus");
    let hostile = folder.path().join("hostile.jsonl");
    std::fs::write(&hostile, HOSTILE_PAGE).unwrap();
    let pages = fixture("pages");
    let (status, _, stderr) = dateline(&[
        "ingest",
        pages.to_str().unwrap(),
        hostile.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(status, Some(0), "{stderr}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args([
            "serve",
            "--db",
            db.to_str().unwrap(),
            "--addr",
            "127.0.0.1:0",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    ServedCorpus {
        address,
        _server: Killed(child),
        _folder: folder,
    }
}
