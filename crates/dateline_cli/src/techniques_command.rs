//! `dateline train techniques` and `dateline techniques --list`.

use anyhow::Context;
use dateline_document::Technique;
use dateline_techniques::{explanation, introduction, TrainingOptions};

use crate::{TechniquesArgs, TrainArgs, TrainTarget};

pub fn train(args: TrainArgs) -> anyhow::Result<()> {
    if args.target != TrainTarget::Techniques {
        anyhow::bail!(
            "`dateline train {:?}` is not a techniques model",
            args.target
        );
    }
    let articles = dateline_techniques::corpus::read_corpus(&args.data)?;
    let spans: usize = articles.iter().map(|article| article.spans.len()).sum();
    if spans == 0 {
        anyhow::bail!("{}: the corpus has no labelled spans", args.data.display());
    }
    let options = TrainingOptions {
        seed: args.seed,
        ..TrainingOptions::default()
    };
    let started = std::time::Instant::now();
    let model = dateline_techniques::train(&articles, &options);
    let bytes = model.to_bytes();
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    eprintln!(
        "dateline: trained on {} articles and {spans} spans in {:.1} s (seed {}); wrote {} ({:.1} MB)",
        articles.len(),
        started.elapsed().as_secs_f64(),
        args.seed,
        args.output.display(),
        bytes.len() as f64 / 1e6
    );
    Ok(())
}

pub fn list(args: TechniquesArgs) -> anyhow::Result<()> {
    if !args.list {
        anyhow::bail!("say what to show: `dateline techniques --list`");
    }
    let mut out = String::new();
    out.push_str(introduction());
    out.push_str("\n\n");
    for technique in Technique::ALL {
        let entry = explanation(technique)
            .with_context(|| format!("no explanation for {}", technique.id()))?;
        out.push_str(&format!("{} ({})\n", technique.id(), entry.name));
        for line in entry.text.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    print!("{out}");
    Ok(())
}
