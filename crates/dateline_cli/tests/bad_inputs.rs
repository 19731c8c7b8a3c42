//! Bad inputs in one batch: each gets one error line naming it, the good inputs are still
//! analysed, nothing panics, and the exit status says that something failed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn dateline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
}

fn scratch_folder(label: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("dateline-cli-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/pages")
        .join(name)
}

/// Deterministic pseudo-random bytes (xorshift), so the test is the same on every run.
fn random_bytes(count: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..count)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

#[test]
fn a_batch_of_bad_inputs_reports_each_and_analyses_the_good_ones() {
    let folder = scratch_folder("bad");
    let empty = folder.join("empty.html");
    std::fs::write(&empty, "").unwrap();
    let random = folder.join("random.bin");
    std::fs::write(&random, random_bytes(1024 * 1024)).unwrap();
    let invalid_utf8 = folder.join("invalid-utf8.txt");
    std::fs::write(
        &invalid_utf8,
        b"The minister said \xff\xfe that talks \xc3\x28 would go on.",
    )
    .unwrap();
    let nested = folder.join("nested.html");
    std::fs::write(
        &nested,
        format!(
            "<html><body>{}deep{}</body></html>",
            "<div>".repeat(200_000),
            "</div>".repeat(200_000)
        ),
    )
    .unwrap();
    let huge = folder.join("huge.html");
    {
        let mut file = std::fs::File::create(&huge).unwrap();
        file.write_all(b"<html><body>").unwrap();
        let paragraph = "<p>".to_string() + &"word ".repeat(200) + "</p>\n";
        while file.metadata().unwrap().len() < 60 * 1024 * 1024 {
            file.write_all(paragraph.as_bytes()).unwrap();
        }
    }
    let fake_gzip = folder.join("fake.html.gz");
    std::fs::write(
        &fake_gzip,
        "<html><body><p>not compressed</p></body></html>",
    )
    .unwrap();
    let truncated_gzip = folder.join("truncated.html.gz");
    {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder
            .write_all(
                std::fs::read(fixture("wire_dateline.html"))
                    .unwrap()
                    .as_slice(),
            )
            .unwrap();
        let whole = encoder.finish().unwrap();
        std::fs::write(&truncated_gzip, &whole[..whole.len() / 2]).unwrap();
    }
    // Root can read any file whatever its mode, so a symlink loop stands in for an unreadable one.
    let unreadable = folder.join("unreadable.html");
    std::os::unix::fs::symlink(folder.join("loop-b"), &unreadable).unwrap();
    std::os::unix::fs::symlink(&unreadable, folder.join("loop-b")).unwrap();

    let good_html = fixture("wire_dateline.html");
    let good_text = fixture("saved_page_tass.txt");
    let bad = [
        &empty,
        &random,
        &invalid_utf8,
        &nested,
        &huge,
        &fake_gzip,
        &truncated_gzip,
        &unreadable,
    ];
    let mut inputs: Vec<&Path> = vec![good_html.as_path()];
    inputs.extend(bad.iter().map(|path| path.as_path()));
    inputs.push(good_text.as_path());

    let output = dateline()
        .args(["analyze", "--format", "jsonl", "--jobs", "2"])
        .args(&inputs)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&folder).ok();
    assert_eq!(
        output.status.code(),
        Some(1),
        "exit status when some inputs fail"
    );

    let stderr = String::from_utf8(output.stderr).unwrap();
    let error_lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        error_lines.len(),
        bad.len(),
        "one stderr line per bad input:\n{stderr}"
    );
    for (line, path) in error_lines.iter().zip(bad.iter()) {
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            line.starts_with("dateline: ") && line.contains(name.as_ref()),
            "{line} should name {name}"
        );
        assert!(!line.contains("panicked"), "{line}");
    }

    let stdout = String::from_utf8(output.stdout).unwrap();
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(
        records.len(),
        inputs.len(),
        "one JSON object per input, in input order"
    );
    for (record, path) in records.iter().zip(&inputs) {
        assert_eq!(
            record["source"]["path"].as_str(),
            Some(path.to_str().unwrap())
        );
    }
    assert!(records[0]["error"].is_null());
    assert!(records[0]["text"]
        .as_str()
        .unwrap()
        .contains("Dock workers"));
    assert!(records.last().unwrap()["error"].is_null());
    for record in &records[1..records.len() - 1] {
        assert!(record["error"].is_string(), "{record}");
    }
    let messages: Vec<&str> = records[1..records.len() - 1]
        .iter()
        .map(|record| record["error"].as_str().unwrap())
        .collect();
    assert!(messages[0].contains("empty input"));
    assert!(messages[1].contains("binary"));
    assert!(messages[2].contains("not valid UTF-8"));
    assert!(messages[3].contains("nested deeper"));
    assert!(messages[4].contains("larger than the limit"));
    assert!(messages[5].contains("not gzip data"));
    assert!(messages[6].contains("broken gzip data"));
    assert!(messages[7].contains("cannot read") || messages[7].contains("no such file"));
}

#[test]
fn closing_tags_that_close_nothing_still_count_as_nesting() {
    let folder = scratch_folder("mismatch");
    let page = folder.join("mismatch.html");
    std::fs::write(
        &page,
        format!(
            "<html><body>{}<p>text</p></body></html>",
            "<div></x>".repeat(150_000)
        ),
    )
    .unwrap();
    let output = dateline()
        .args(["analyze", "--format", "jsonl"])
        .arg(&page)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&folder).ok();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("nested deeper than 1000 levels"));
}

#[test]
fn usage_errors_exit_with_status_2() {
    let output = dateline().args(["analyze"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let output = dateline()
        .args(["analyze", "--jobs", "0", "x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_missing_input_is_reported_and_the_rest_analysed() {
    let output = dateline()
        .args(["analyze", "--format", "jsonl", "no/such/page.html"])
        .arg(fixture("wire_plain.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr.trim(),
        "dateline: no/such/page.html: no such file or folder"
    );
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 2);
}
