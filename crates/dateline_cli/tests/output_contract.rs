//! The JSON output contract (docs/output.md): fields, character offsets, input forms.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

fn analyze(args: &[&str], stdin: Option<&[u8]>) -> (Option<i32>, Vec<Value>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .arg("analyze")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    let output = child.wait_with_output().unwrap();
    let records = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    (output.status.code(), records)
}

/// Python-style slicing: character offsets, end exclusive.
fn char_slice(text: &str, span: &Value) -> String {
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn spans_are_character_offsets_into_text() {
    let path = fixture("pages/state_outlet_cp1252.html");
    let (status, records) = analyze(&["--format", "jsonl", path.to_str().unwrap()], None);
    assert_eq!(status, Some(0));
    let record = &records[0];
    let text = record["text"].as_str().unwrap();
    assert_eq!(char_slice(text, &record["dateline"]), "MOSCOW, Nov.3 –");
    assert_eq!(char_slice(text, &record["credit"]), "(TASS)");
    assert_eq!(record["credit"]["agency"], "TASS");
    // The second paragraph opens with a curly quote, a multi-byte character: offsets must still
    // line up after the en dash and quotes before it.
    let second = &record["paragraphs"][1];
    assert!(char_slice(text, second).starts_with("“The Western partners"));
    assert_eq!(
        record["title"],
        "Deputy minister: grain corridor talks “to continue next week”"
    );
    assert_eq!(record["published"], "2023-11-03");
}

#[test]
fn plain_text_offsets_line_up_with_the_file() {
    let path = fixture("pages/saved_page_tass.txt");
    let file_text = std::fs::read_to_string(&path).unwrap();
    let (_, records) = analyze(&["--format", "jsonl", path.to_str().unwrap()], None);
    let record = &records[0];
    assert_eq!(record["kind"], "text");
    assert_eq!(record["text"].as_str().unwrap(), file_text);
    let body = char_slice(&file_text, &record["body"]);
    assert!(body.starts_with("MURMANSK, November 28. /TASS/ –"));
    assert!(body.ends_with("tracked by satellite. (TASS)"));
    assert_eq!(
        char_slice(&file_text, &record["title_span"]),
        "Arctic shipping season closes with record cargo volume"
    );
    let boilerplate: Vec<String> = record["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|span| char_slice(&file_text, span))
        .collect();
    assert!(boilerplate.contains(&"Leave a Reply".to_string()));
    assert!(boilerplate.contains(
        &"Your email address will not be published. Required fields are marked *".to_string()
    ));
}

#[test]
fn stdin_json_lines_and_url_inputs_are_read() {
    let page = std::fs::read(fixture("pages/wire_dateline.html")).unwrap();
    let (status, records) = analyze(
        &[
            "--format",
            "jsonl",
            "--url",
            "https://example.org/story",
            "-",
        ],
        Some(&page),
    );
    assert_eq!(status, Some(0));
    assert_eq!(records[0]["source"]["path"], "-");
    assert_eq!(records[0]["source"]["url"], "https://example.org/story");
    assert_eq!(records[0]["site"], "Northwire");

    let lines = concat!(
        "{\"url\": \"https://example.org/a\", \"html\": \"<html><body><article><p>ATHENS (AP) — The ferry strike ended on Monday after unions and owners agreed on a pay rise, the shipping ministry said in a statement.</p></article></body></html>\"}\n",
        "{\"text\": \"Short note\\n\\nThe city council met on Tuesday and voted to extend the opening hours of the public library during the exam season.\"}\n"
    );
    let (status, records) = analyze(&["--format", "jsonl", "-"], Some(lines.as_bytes()));
    assert_eq!(status, Some(0));
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["source"]["line"], 1);
    assert_eq!(records[0]["credit"]["agency"], "AP");
    assert_eq!(records[1]["kind"], "text");
}

#[test]
fn output_follows_input_order_in_parallel() {
    let folder = fixture("pages");
    let (_, records) = analyze(
        &["--format", "jsonl", "--jobs", "4", folder.to_str().unwrap()],
        None,
    );
    let mut paths: Vec<String> = records
        .iter()
        .map(|record| record["source"]["path"].as_str().unwrap().to_string())
        .collect();
    let in_order = paths.clone();
    paths.sort();
    assert_eq!(in_order, paths);
    assert!(records.len() >= 7);
}

/// Output written by version 1 of the contract, committed when it was current: every field it
/// had must still be there with the same JSON type, so that consumers of v1 keep working.
#[test]
fn output_still_carries_every_field_of_version_1() {
    let committed: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("output-v1/wire_dateline.json")).unwrap(),
    )
    .unwrap();
    let path = fixture("pages/wire_dateline.html");
    let (_, records) = analyze(&["--format", "jsonl", path.to_str().unwrap()], None);
    let current = &records[0];
    for (key, old_value) in committed.as_object().unwrap() {
        let new_value = &current[key];
        let same_kind = std::mem::discriminant(old_value) == std::mem::discriminant(new_value)
            || old_value.is_null()
            || new_value.is_null();
        assert!(
            same_kind,
            "field {key} changed type: {old_value} -> {new_value}"
        );
    }
    assert_eq!(current["version"], committed["version"]);
}

#[test]
fn quotations_carry_speakers_and_character_offsets() {
    let path = fixture("pages/state_outlet_cp1252.html");
    let (_, records) = analyze(&["--format", "jsonl", path.to_str().unwrap()], None);
    let record = &records[0];
    let text = record["text"].as_str().unwrap();
    let quotes = record["quotes"].as_array().unwrap();
    let direct = quotes
        .iter()
        .find(|quote| quote["kind"] == "direct")
        .expect("a direct quotation");
    assert_eq!(
        char_slice(text, direct),
        "The Western partners have not kept their promises, but we remain open to dialogue"
    );
    assert_eq!(char_slice(text, &direct["cue"]), "said");
    assert_eq!(char_slice(text, &direct["source"]), "Ostrovsky");
    assert_eq!(direct["speaker"]["name"], "Pavel Ostrovsky");
    assert_eq!(direct["speaker"]["role"], "Deputy Foreign Minister");
    let entity = direct["speaker"]["entity"].as_u64().unwrap() as usize;
    assert_eq!(record["entities"][entity]["name"], "Pavel Ostrovsky");
    assert!(!record["sentences"].as_array().unwrap().is_empty());

    let (_, records) = analyze(
        &[
            "--format",
            "jsonl",
            "--layers",
            "article",
            path.to_str().unwrap(),
        ],
        None,
    );
    assert!(records[0]["quotes"].as_array().unwrap().is_empty());
}
