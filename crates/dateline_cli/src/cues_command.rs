//! `dateline train cues`: the model of learned quotation cues, from attributions in brat
//! standoff.

use anyhow::Context;
use dateline_document::TextRange;
use dateline_quotes::learned_cues::{learn, CueTrainingArticle, CueTrainingOptions};

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
    // The sentences as `dateline analyze` cuts a plain-text article: each line is a paragraph.
    let sentences: Vec<Vec<TextRange>> = articles
        .iter()
        .map(|(_, text, _)| {
            let mut sentences = Vec::new();
            let mut line_start = 0;
            for line in text.split_inclusive('\n') {
                let range = TextRange::new(line_start, line_start + line.len());
                dateline_sentences::split_range(text, range, &mut sentences);
                line_start += line.len();
            }
            sentences
        })
        .collect();
    let options = CueTrainingOptions {
        seed: args.seed,
        ..CueTrainingOptions::default()
    };
    let model = learn(
        articles
            .iter()
            .zip(&sentences)
            .map(|((name, text, annotation), sentences)| CueTrainingArticle {
                name,
                text,
                annotation,
                sentences,
            }),
        options,
    )?;
    std::fs::write(&args.output, model.to_bytes())
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    eprintln!(
        "dateline: trained the cue model on {} articles; wrote {}",
        articles.len(),
        args.output.display()
    );
    Ok(())
}
