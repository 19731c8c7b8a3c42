//! `dateline train cues`: the table of learned quotation cues, from attributions in brat
//! standoff.

use anyhow::Context;
use dateline_quotes::learned_cues::LearnedCues;

use crate::TrainArgs;

pub fn train(args: TrainArgs) -> anyhow::Result<()> {
    let text_folder = args.data.join("text");
    let annotation_folder = args.data.join("attributions");
    let mut annotation_names: Vec<String> = std::fs::read_dir(&annotation_folder)
        .with_context(|| format!("cannot read {}", annotation_folder.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".ann"))
        .collect();
    // Some articles have several annotators' files (`NAME_ANNOTATOR.ann`); the first in name
    // order is read, as the benchmark reads it.
    annotation_names.sort();
    let mut articles: Vec<(String, String, String)> = Vec::new();
    for name in annotation_names {
        let Some((article, _annotator)) = name.trim_end_matches(".ann").rsplit_once('_') else {
            continue;
        };
        if articles.last().is_some_and(|(last, _, _)| last == article) {
            continue;
        }
        let text_path = text_folder.join(format!("{article}.txt"));
        let text = std::fs::read_to_string(&text_path)
            .with_context(|| format!("cannot read {}", text_path.display()))?;
        let annotation_path = annotation_folder.join(&name);
        let annotation = std::fs::read_to_string(&annotation_path)
            .with_context(|| format!("cannot read {}", annotation_path.display()))?;
        articles.push((article.to_string(), text, annotation));
    }
    if articles.is_empty() {
        anyhow::bail!(
            "{}: no `attributions/*.ann` files with their `text/*.txt`",
            args.data.display()
        );
    }
    let learned = LearnedCues::learn(
        articles
            .iter()
            .map(|(name, text, annotation)| (name.as_str(), text.as_str(), annotation.as_str())),
    )?;
    std::fs::write(&args.output, learned.to_table())
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    eprintln!(
        "dateline: learned {} cue words from {} articles; wrote {}",
        learned.len(),
        articles.len(),
        args.output.display()
    );
    Ok(())
}
