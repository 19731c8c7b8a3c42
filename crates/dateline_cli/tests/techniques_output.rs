//! The techniques layer through the binary: the JSON fields, `--min-score`, `--techniques-model`,
//! `dateline techniques --list`, and a snapshot of the terminal summary with highlighted spans
//! (brackets, as written when the output is not a terminal).

mod common;

use common::{dateline, fixture};
use serde_json::Value;

fn techniques_of(extra: &[&str]) -> (String, Vec<Value>) {
    let path = fixture("pages/persuasive_editorial.txt");
    let mut args = vec!["analyze", "--format", "jsonl"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    let (status, stdout, stderr) = dateline(&args);
    assert_eq!(status, Some(0), "{stderr}");
    let record: Value = serde_json::from_str(stdout.trim()).unwrap();
    let text = record["text"].as_str().unwrap().to_string();
    (text, record["techniques"].as_array().unwrap().clone())
}

#[test]
fn technique_spans_are_scored_character_offsets_with_known_ids() {
    let (text, techniques) = techniques_of(&[]);
    assert!(!techniques.is_empty(), "the editorial persuades");
    let file = std::fs::read_to_string(fixture("pages/persuasive_editorial.txt")).unwrap();
    assert_eq!(text, file, "plain-text offsets line up with the file");
    let characters: Vec<char> = text.chars().collect();
    for span in &techniques {
        let id = span["technique"].as_str().unwrap();
        assert!(
            dateline_document::Technique::from_id(id).is_some(),
            "unknown technique id {id}"
        );
        let (start, end) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        assert!(start < end && end <= characters.len());
        let covered: String = characters[start..end].iter().collect();
        assert_eq!(covered.trim(), covered, "spans start and end on words");
        let score = span["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
    // Every reported span reaches the threshold it was found with.
    let (_, strict) = techniques_of(&["--min-score", "0.4"]);
    for span in &strict {
        assert!(span["score"].as_f64().unwrap() >= 0.4, "{span}");
    }
}

#[test]
fn min_score_trades_precision_for_recall() {
    let (_, default) = techniques_of(&[]);
    let (_, all) = techniques_of(&["--min-score", "0.01"]);
    let (_, none) = techniques_of(&["--min-score", "1"]);
    let covered = |spans: &[Value]| -> u64 {
        spans
            .iter()
            .map(|s| s["end"].as_u64().unwrap() - s["start"].as_u64().unwrap())
            .sum()
    };
    assert!(covered(&all) > covered(&default));
    assert!(none.is_empty());
    let (status, _, stderr) = dateline(&["analyze", "--min-score", "2", "-"]);
    assert_eq!(status, Some(2));
    assert!(stderr.contains("--min-score"), "{stderr}");
}

#[test]
fn the_article_and_quotes_layer_sets_have_no_techniques() {
    let (_, techniques) = techniques_of(&["--layers", "article"]);
    assert!(techniques.is_empty());
    let (_, techniques) = techniques_of(&["--layers", "quotes"]);
    assert!(techniques.is_empty());
}

#[test]
fn a_damaged_model_file_is_a_one_line_error_naming_it() {
    let directory = std::env::temp_dir().join(format!("dateline-model-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let model = directory.join("broken.model");
    std::fs::write(&model, b"DLTECHNQ not really a model").unwrap();
    let page = fixture("pages/persuasive_editorial.txt");
    let (status, _, stderr) = dateline(&[
        "analyze",
        "--techniques-model",
        model.to_str().unwrap(),
        page.to_str().unwrap(),
    ]);
    assert_eq!(status, Some(2));
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("broken.model"), "{stderr}");
    std::fs::remove_dir_all(&directory).unwrap();
}

#[test]
fn the_list_explains_every_technique() {
    let (status, stdout, _) = dateline(&["techniques", "--list"]);
    assert_eq!(status, Some(0));
    for technique in dateline_document::Technique::ALL {
        assert!(
            stdout.contains(technique.id()),
            "{} missing",
            technique.id()
        );
    }
    assert_eq!(stdout.matches("Limits:").count(), 14);
}

#[test]
fn the_terminal_summary_highlights_spans_in_brackets() {
    let page = fixture("pages/persuasive_editorial.txt");
    let (status, stdout, _) = dateline(&["analyze", "--format", "text", page.to_str().unwrap()]);
    assert_eq!(status, Some(0));
    let summary = stdout.replace(page.to_str().unwrap(), "persuasive_editorial.txt");
    insta::assert_snapshot!(summary);
}

#[test]
fn an_article_in_another_language_is_not_read_for_techniques() {
    let directory = std::env::temp_dir().join(format!("dateline-german-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join("kommentar.txt");
    std::fs::write(
        &path,
        "Die Regierung verrät das Volk\n\nDiese schamlose Regierung hat das Land verraten und ruiniert. \
         Jeder ehrliche Bürger weiß, dass die korrupten Politiker nur an sich selbst denken. \
         Wir müssen jetzt aufstehen, bevor es zu spät ist, denn sonst verlieren wir alles, \
         was unsere Eltern und Großeltern mit harter Arbeit aufgebaut haben.\n",
    )
    .unwrap();
    let (status, stdout, stderr) = dateline(&[
        "analyze",
        "--format",
        "jsonl",
        "--min-score",
        "0.05",
        path.to_str().unwrap(),
    ]);
    std::fs::remove_dir_all(&directory).ok();
    assert_eq!(status, Some(0), "{stderr}");
    let record: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(record["language"], "de");
    assert_eq!(record["techniques"].as_array().unwrap().len(), 0);
    let diagnostics = record["diagnostics"].as_array().unwrap();
    assert!(
        diagnostics.iter().any(
            |d| d["stage"] == "techniques" && d["message"].as_str().unwrap().contains("\"de\"")
        ),
        "{diagnostics:?}"
    );
}
