//! `dateline train cues` through the binary: a tiny corpus in PolNeAR's layout, written here,
//! gives a model that takes its cue for the likeliest word of a new sentence, the same bytes
//! twice, and a broken annotation is refused with the article and line.

mod common;

use common::dateline;
use dateline_quotes::learned_cues::{CueModel, SentenceWords};

const TEXT: &str = "Ann blasted the plan. Bob blasted the deal. The wind blasted.";
const ANNOTATION: &str = "T1\tCue 4 11\tblasted\nT2\tContent 12 20\tthe plan\nE1\tAttribution:T1 Cue:T1 Content:T2\nT3\tCue 26 33\tblasted\nT4\tContent 34 42\tthe deal\nE2\tAttribution:T3 Cue:T3 Content:T4\n";

fn write_corpus(folder: &std::path::Path, annotation: &str) {
    std::fs::create_dir_all(folder.join("text")).unwrap();
    std::fs::create_dir_all(folder.join("attributions")).unwrap();
    std::fs::write(folder.join("text/council.txt"), TEXT).unwrap();
    std::fs::write(folder.join("attributions/council_a1.ann"), annotation).unwrap();
    // A second annotator's file for the same article is not read.
    std::fs::write(
        folder.join("attributions/council_b2.ann"),
        "T1\tCue 0 3\tAnn\n",
    )
    .unwrap();
}

/// Runs `dateline train cues` on a corpus folder: its exit status and standard error.
fn train_cues(data: &std::path::Path, output: &std::path::Path) -> (Option<i32>, String) {
    let (status, _, stderr) = dateline(&[
        "train",
        "cues",
        "--data",
        data.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ]);
    (status, stderr)
}

#[test]
fn the_model_learns_the_corpus_cue_and_is_the_same_twice() {
    let folder = tempfile::tempdir().unwrap();
    write_corpus(folder.path(), ANNOTATION);
    let mut models = Vec::new();
    for name in ["first.bin", "second.bin"] {
        let output = folder.path().join(name);
        let (status, stderr) = train_cues(folder.path(), &output);
        assert_eq!(status, Some(0), "{stderr}");
        assert!(
            stderr.contains("trained the cue model on 1 articles"),
            "{stderr}"
        );
        models.push(std::fs::read(output).unwrap());
    }
    assert_eq!(models[0], models[1]);
    let model = CueModel::from_bytes(&models[0]).unwrap();
    let sentence = "Cy blasted the tax.";
    let words = SentenceWords::new(sentence);
    let most_likely = (0..words.len())
        .max_by(|&a, &b| {
            model
                .probability(&words, a)
                .total_cmp(&model.probability(&words, b))
        })
        .unwrap();
    let range = words.range(most_likely);
    assert_eq!(&sentence[range.start()..range.end()], "blasted");
}

#[test]
fn a_broken_annotation_is_refused_with_its_article_and_line() {
    let folder = tempfile::tempdir().unwrap();
    write_corpus(folder.path(), &ANNOTATION.replace("Cue 26 33", "Cue 26 x"));
    let output = folder.path().join("model.bin");
    let (status, stderr) = train_cues(folder.path(), &output);
    assert_eq!(status, Some(2));
    assert_eq!(
        stderr.trim(),
        "dateline: council: line 4: `x` is not an offset"
    );
    assert!(!output.exists(), "nothing is written from a broken corpus");
}
