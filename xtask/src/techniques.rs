//! `cargo xtask bench techniques`: 5-fold cross-validation of the techniques model on the
//! training split of the Propaganda Techniques Corpus (folds by article), beside a scikit-learn
//! baseline trained by bench/techniques_baseline.py on the same folds, both scored here by the
//! same code (`dateline_techniques::score`).

use crate::{check_floors, Limit};
use dateline_document::{Technique, TextRange};
use dateline_techniques::corpus::{read_corpus, LabelledArticle};
use dateline_techniques::score::{span_and_technique, span_identification, CharSpan, SpanScore};
use dateline_techniques::{
    corpus_regions, find_techniques, name_spans, train, TechniquesModel, TrainingOptions,
};
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

pub const FOLDS: usize = 5;

/// What one system predicted for the held-out articles of every fold.
#[derive(Default)]
struct Predictions {
    /// Per article id: predicted spans with their technique, in character offsets.
    spans: HashMap<String, Vec<(CharSpan, Technique)>>,
    /// Per article id: the technique named for each gold span, in the gold order.
    gold_span_labels: HashMap<String, Vec<Technique>>,
}

struct Figures {
    span: SpanScore,
    span_and_technique: SpanScore,
    per_technique: Vec<SpanScore>,
    classification_correct: usize,
    classification_total: usize,
    /// Per technique: (true positives, predicted, gold) of classification on gold spans.
    classification_per_technique: Vec<(usize, usize, usize)>,
}

impl Figures {
    fn classification_f1(&self) -> f64 {
        self.classification_correct as f64 / self.classification_total.max(1) as f64
    }
}

fn char_span(offsets: &dateline_document::CharOffsets, range: TextRange) -> CharSpan {
    let (start, end) = offsets.char_range(range);
    CharSpan { start, end }
}

fn gold_of(article: &LabelledArticle) -> Vec<(CharSpan, Technique)> {
    let offsets = dateline_document::CharOffsets::new(&article.text);
    article
        .spans
        .iter()
        .map(|span| (char_span(&offsets, span.range), span.technique))
        .collect()
}

fn score(articles: &[LabelledArticle], predictions: &Predictions) -> Figures {
    let mut figures = Figures {
        span: SpanScore::default(),
        span_and_technique: SpanScore::default(),
        per_technique: vec![SpanScore::default(); 14],
        classification_correct: 0,
        classification_total: 0,
        classification_per_technique: vec![(0, 0, 0); 14],
    };
    for article in articles {
        let gold = gold_of(article);
        let predicted = predictions
            .spans
            .get(&article.id)
            .cloned()
            .unwrap_or_default();
        let plain = |spans: &[(CharSpan, Technique)]| -> Vec<CharSpan> {
            spans.iter().map(|(span, _)| *span).collect()
        };
        figures
            .span
            .add(span_identification(&plain(&predicted), &plain(&gold)));
        figures
            .span_and_technique
            .add(span_and_technique(&predicted, &gold));
        for technique in Technique::ALL {
            let only = |spans: &[(CharSpan, Technique)]| -> Vec<(CharSpan, Technique)> {
                spans
                    .iter()
                    .copied()
                    .filter(|(_, t)| *t == technique)
                    .collect()
            };
            figures.per_technique[technique.index()]
                .add(span_and_technique(&only(&predicted), &only(&gold)));
        }
        let labels = predictions.gold_span_labels.get(&article.id);
        for (index, (_, gold_technique)) in gold.iter().enumerate() {
            let predicted = labels.and_then(|labels| labels.get(index)).copied();
            figures.classification_total += 1;
            figures.classification_per_technique[gold_technique.index()].2 += 1;
            if let Some(predicted) = predicted {
                figures.classification_per_technique[predicted.index()].1 += 1;
                if predicted == *gold_technique {
                    figures.classification_correct += 1;
                    figures.classification_per_technique[predicted.index()].0 += 1;
                }
            }
        }
    }
    figures
}

/// Names gold spans, giving a range that carries k gold labels the model's k best techniques
/// (the corpus marks one span with several techniques; repeating the best one can only be right
/// once).
fn label_gold_spans(
    article: &LabelledArticle,
    probabilities: &[dateline_techniques::TechniqueProbabilities],
) -> Vec<Technique> {
    let mut seen: HashMap<TextRange, usize> = HashMap::new();
    article
        .spans
        .iter()
        .zip(probabilities)
        .map(|(span, probabilities)| {
            let rank = seen.entry(span.range).or_default();
            let mut order: Vec<usize> = (0..14).collect();
            order.sort_by(|a, b| probabilities[*b].total_cmp(&probabilities[*a]));
            let technique = Technique::ALL[order[(*rank).min(13)]];
            *rank += 1;
            technique
        })
        .collect()
}

struct DatelineRun {
    predictions: Predictions,
    /// Span F1 at other thresholds, to show where the default sits.
    sweep: Vec<(f32, SpanScore, SpanScore)>,
    predict_seconds: f64,
    train_seconds: f64,
}

fn run_dateline(articles: &[LabelledArticle], options: &TrainingOptions) -> DatelineRun {
    let thresholds = [0.02f32, 0.03, 0.04, 0.045, 0.05, 0.06, 0.08, 0.1, 0.15];
    let mut sweep: Vec<(f32, SpanScore, SpanScore)> = thresholds
        .iter()
        .map(|&t| (t, SpanScore::default(), SpanScore::default()))
        .collect();
    let mut predictions = Predictions::default();
    let mut predict_seconds = 0.0;
    let mut train_seconds = 0.0;
    for fold in 0..FOLDS {
        let training: Vec<LabelledArticle> = articles
            .iter()
            .enumerate()
            .filter(|(index, _)| index % FOLDS != fold)
            .map(|(_, article)| article.clone())
            .collect();
        let started = Instant::now();
        let model = train(&training, options);
        train_seconds += started.elapsed().as_secs_f64();
        let held_out = articles
            .iter()
            .enumerate()
            .filter(|(index, _)| index % FOLDS == fold)
            .map(|(_, article)| article);
        for article in held_out {
            let regions = corpus_regions(&article.text);
            let started = Instant::now();
            let found = find_techniques(&article.text, &regions, &model, model.default_threshold);
            predict_seconds += started.elapsed().as_secs_f64();
            let offsets = dateline_document::CharOffsets::new(&article.text);
            predictions.spans.insert(
                article.id.clone(),
                found
                    .iter()
                    .map(|span| (char_span(&offsets, span.range), span.technique))
                    .collect(),
            );
            let gold_ranges: Vec<TextRange> = article.spans.iter().map(|span| span.range).collect();
            let probabilities = name_spans(&article.text, &regions, &model, &gold_ranges);
            predictions.gold_span_labels.insert(
                article.id.clone(),
                label_gold_spans(article, &probabilities),
            );
            let gold = gold_of(article);
            for (threshold, span_score, technique_score) in &mut sweep {
                let found = find_techniques(&article.text, &regions, &model, *threshold);
                let predicted: Vec<(CharSpan, Technique)> = found
                    .iter()
                    .map(|span| (char_span(&offsets, span.range), span.technique))
                    .collect();
                let plain = |spans: &[(CharSpan, Technique)]| -> Vec<CharSpan> {
                    spans.iter().map(|(span, _)| *span).collect()
                };
                span_score.add(span_identification(&plain(&predicted), &plain(&gold)));
                technique_score.add(span_and_technique(&predicted, &gold));
            }
        }
    }
    DatelineRun {
        predictions,
        sweep,
        predict_seconds,
        train_seconds,
    }
}

fn read_baseline(folder: &Path, articles: &[LabelledArticle]) -> Result<Predictions, String> {
    let read = |name: &str| {
        std::fs::read_to_string(folder.join(name))
            .map_err(|error| format!("{}: {error}", folder.join(name).display()))
    };
    let mut predictions = Predictions::default();
    for line in read("spans.tsv")?.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [id, label, start, end] = fields[..] else {
            return Err(format!("baseline spans.tsv: bad line {line:?}"));
        };
        let technique = Technique::from_corpus_label(label)
            .ok_or_else(|| format!("baseline spans.tsv: unknown technique {label}"))?;
        let parse = |value: &str| value.parse::<usize>().map_err(|error| error.to_string());
        predictions.spans.entry(id.to_string()).or_default().push((
            CharSpan {
                start: parse(start)?,
                end: parse(end)?,
            },
            technique,
        ));
    }
    let labels: Vec<String> = read("gold_span_labels.tsv")?
        .lines()
        .map(str::to_string)
        .collect();
    let mut lines = labels.iter();
    for article in articles {
        let mut named = Vec::new();
        for _ in &article.spans {
            let line = lines
                .next()
                .ok_or("baseline gold_span_labels.tsv is short")?;
            let label = line.rsplit('\t').next().unwrap_or("");
            named.push(
                Technique::from_corpus_label(label)
                    .ok_or_else(|| format!("baseline: unknown technique {label}"))?,
            );
        }
        predictions
            .gold_span_labels
            .insert(article.id.clone(), named);
    }
    Ok(predictions)
}

fn f1(tp: usize, predicted: usize, gold: usize) -> f64 {
    let precision = tp as f64 / predicted.max(1) as f64;
    let recall = tp as f64 / gold.max(1) as f64;
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

fn print_table(dateline: &Figures, baseline: Option<&Figures>) {
    let column = |figures: Option<&Figures>, value: &dyn Fn(&Figures) -> f64| {
        figures.map_or("-".to_string(), |figures| format!("{:.3}", value(figures)))
    };
    println!("| figure | dateline | scikit-learn baseline | target |");
    println!("| --- | --- | --- | --- |");
    let rows: [(&str, &dyn Fn(&Figures) -> f64, &str); 7] = [
        ("span precision (SI)", &|f| f.span.precision(), ""),
        ("span recall (SI)", &|f| f.span.recall(), ""),
        ("span F1 (SI)", &|f| f.span.f1(), ">= 0.45"),
        (
            "span + technique precision (FLC)",
            &|f| f.span_and_technique.precision(),
            "",
        ),
        (
            "span + technique recall (FLC)",
            &|f| f.span_and_technique.recall(),
            "",
        ),
        (
            "span + technique F1 (FLC)",
            &|f| f.span_and_technique.f1(),
            ">= 0.30",
        ),
        (
            "technique micro-F1 on gold spans (TC)",
            &|f| f.classification_f1(),
            ">= 0.60",
        ),
    ];
    for (name, value, target) in rows {
        println!(
            "| {name} | {} | {} | {target} |",
            column(Some(dateline), value),
            column(baseline, value)
        );
    }
    println!();
    println!("Per technique (F1; FLC: spans of that technique; TC: classification of gold spans):");
    println!(
        "| technique | gold spans | FLC dateline | FLC baseline | TC dateline | TC baseline |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    for technique in Technique::ALL {
        let index = technique.index();
        let tc = |figures: &Figures| {
            let (tp, predicted, gold) = figures.classification_per_technique[index];
            f1(tp, predicted, gold)
        };
        println!(
            "| {} | {} | {:.3} | {} | {:.3} | {} |",
            technique.id(),
            dateline.classification_per_technique[index].2,
            dateline.per_technique[index].f1(),
            column(baseline, &|f| f.per_technique[index].f1()),
            tc(dateline),
            column(baseline, &tc),
        );
    }
}

pub fn bench(
    root: &Path,
    data: &Path,
    peer_python: Option<&Path>,
    floors: Option<&Path>,
) -> Result<bool, String> {
    let corpus = data.join("techniques/ptc");
    let articles = read_corpus(&corpus).map_err(|error| error.to_string())?;
    let gold_spans: usize = articles.iter().map(|article| article.spans.len()).sum();
    println!(
        "techniques: {} articles, {gold_spans} gold spans, {FOLDS}-fold cross-validation by article (fold = article index modulo {FOLDS}, articles in id order)",
        articles.len()
    );
    let options = TrainingOptions::default();
    let run = run_dateline(&articles, &options);
    let dateline = score(&articles, &run.predictions);
    // dateline's held-out predictions, for a reader who wants to see its mistakes.
    let out = root.join("target/bench-techniques");
    std::fs::create_dir_all(&out).map_err(|error| error.to_string())?;
    let mut lines = String::new();
    for article in &articles {
        for (span, technique) in run.predictions.spans.get(&article.id).into_iter().flatten() {
            lines.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                article.id,
                technique.corpus_label(),
                span.start,
                span.end
            ));
        }
    }
    std::fs::write(out.join("dateline-spans.tsv"), lines).map_err(|error| error.to_string())?;

    let baseline = match peer_python {
        None => None,
        Some(python) => {
            let folds: String = articles
                .iter()
                .enumerate()
                .map(|(index, article)| format!("{}\t{}\n", article.id, index % FOLDS))
                .collect();
            std::fs::write(out.join("folds.tsv"), folds).map_err(|error| error.to_string())?;
            let started = Instant::now();
            crate::run_checked(
                Command::new(python)
                    .current_dir(root)
                    .arg("bench/techniques_baseline.py")
                    .arg("--data")
                    .arg(&corpus)
                    .arg("--folds")
                    .arg(out.join("folds.tsv"))
                    .arg("--out")
                    .arg(&out),
            )?;
            println!(
                "scikit-learn baseline: trained and predicted in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            Some(score(&articles, &read_baseline(&out, &articles)?))
        }
    };
    println!();
    print_table(&dateline, baseline.as_ref());
    println!();
    println!(
        "Span threshold sweep (dateline, same folds; the model's default is {:.3}):",
        options.threshold
    );
    for (threshold, span, technique) in &run.sweep {
        println!(
            "  threshold {threshold:.3}: SI P {:.3} R {:.3} F1 {:.3}; FLC F1 {:.3}",
            span.precision(),
            span.recall(),
            span.f1(),
            technique.f1()
        );
    }

    let articles_per_second = articles.len() as f64 / run.predict_seconds.max(1e-9);
    let started = Instant::now();
    let shipped = TechniquesModel::shipped().map_err(|error| error.to_string())?;
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    drop(shipped);
    println!();
    println!(
        "Speed (one core, this build): techniques layer on {} articles in {:.3} s = {articles_per_second:.0} articles/s (target >= 300); training {:.1} s per fold",
        articles.len(),
        run.predict_seconds,
        run.train_seconds / FOLDS as f64
    );
    println!(
        "Shipped model: {:.1} MB (target < 30 MB), loaded in {load_ms:.1} ms (target < 200 ms)",
        dateline_techniques::SHIPPED_MODEL.len() as f64 / 1e6
    );

    let figures = [
        ("ptc.span_f1", dateline.span.f1(), Limit::AtLeast),
        (
            "ptc.span_technique_f1",
            dateline.span_and_technique.f1(),
            Limit::AtLeast,
        ),
        (
            "ptc.technique_micro_f1",
            dateline.classification_f1(),
            Limit::AtLeast,
        ),
        (
            "ptc.articles_per_second",
            articles_per_second,
            Limit::AtLeast,
        ),
    ];
    match floors {
        Some(floors) => check_floors(floors, &figures),
        None => Ok(true),
    }
}
