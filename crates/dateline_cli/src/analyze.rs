//! `dateline analyze`: read every input, analyse pages in parallel, print in input order.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::{bail, Context};
use dateline_document::{Document, Source};
use dateline_ingest::{
    expand_inputs, read_item, InputError, InputItem, PageContent, RawPage, ReadOptions,
};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use dateline_techniques::TechniquesModel;

use crate::{output_json, output_text, AnalyzeArgs, LayerSet, OutputFormat};

/// What the annotation stages after extraction need, loaded once for the whole run.
pub struct Annotation {
    pub layers: LayerSet,
    pub techniques_model: Option<TechniquesModel>,
    pub min_score: f32,
}

impl Annotation {
    /// Loads the techniques model (`--techniques-model`, else the built-in one) when the layers
    /// ask for it.
    pub fn load(
        layers: LayerSet,
        model_path: Option<&std::path::Path>,
        min_score: Option<f32>,
    ) -> anyhow::Result<Annotation> {
        if let Some(score) = min_score {
            if !(0.0..=1.0).contains(&score) {
                bail!("--min-score must lie between 0 and 1, not {score}");
            }
        }
        let techniques_model = match (layers, model_path) {
            (LayerSet::Article | LayerSet::Quotes, _) => None,
            (LayerSet::All, None) => Some(
                TechniquesModel::shipped().context("the built-in techniques model is damaged")?,
            ),
            (LayerSet::All, Some(path)) => {
                let bytes = std::fs::read(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                Some(
                    TechniquesModel::from_bytes(&bytes)
                        .with_context(|| format!("{}", path.display()))?,
                )
            }
        };
        let min_score = min_score
            .or(techniques_model
                .as_ref()
                .map(|model| model.default_threshold))
            .unwrap_or(0.5);
        Ok(Annotation {
            layers,
            techniques_model,
            min_score,
        })
    }
}

pub enum Outcome {
    AllRead,
    SomeFailed,
}

/// One input's result: its document, or the error that stopped it, always with its source.
pub enum PageResult {
    Analysed(Box<Document>),
    Failed { source: Source, message: String },
}

/// How many inputs are analysed between two writes: enough to keep every core busy, few enough
/// that memory does not grow with the batch.
pub const WINDOW_PER_JOB: usize = 16;

pub const WORKER_STACK_BYTES: usize = 16 * 1024 * 1024;

/// A progress bar on standard error when `wanted` and standard error is a terminal; never on
/// standard output.
pub fn progress_bar(wanted: bool, length: usize, template: &str) -> ProgressBar {
    if !wanted || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(length as u64);
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// The analysis workers: `--jobs` of them (default: one per core).
pub fn worker_pool(jobs: Option<usize>) -> anyhow::Result<(usize, rayon::ThreadPool)> {
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if jobs == 0 {
        bail!("--jobs must be at least 1");
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        // Tree walks in the HTML crates recurse; pages are refused past 1000 levels of nesting,
        // and this leaves a wide margin below that for any walk's frames.
        .stack_size(WORKER_STACK_BYTES)
        .build()
        .context("cannot start worker threads")?;
    Ok((jobs, pool))
}

pub fn run(args: AnalyzeArgs) -> anyhow::Result<Outcome> {
    let (jobs, pool) = worker_pool(args.jobs)?;
    let annotation = Annotation::load(
        args.layers,
        args.techniques_model.as_deref(),
        args.min_score,
    )?;
    let items = expand_inputs(&args.inputs);
    if args.url.is_some() && items.len() > 1 {
        bail!(
            "--url names the page of a single input, but {} inputs were given",
            items.len()
        );
    }
    let stdin_count = items
        .iter()
        .filter(|item| matches!(item, Ok(InputItem::Stdin)))
        .count();
    if stdin_count > 1 {
        bail!("- (standard input) may be given once");
    }

    let to_terminal = args.output.is_none() && io::stdout().is_terminal();
    let format = args.format.unwrap_or(if to_terminal {
        OutputFormat::Text
    } else {
        OutputFormat::Jsonl
    });
    let mut writer: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let color = to_terminal && std::env::var_os("NO_COLOR").is_none();

    let progress = progress_bar(
        !args.quiet && items.len() > 1,
        items.len(),
        "{bar:40} {pos}/{len} pages  {per_sec}  {elapsed}",
    );

    let options = ReadOptions {
        max_input_bytes: args.max_input_bytes,
        url: args.url.clone(),
    };
    let mut any_failed = false;
    let mut written = 0usize;
    if format == OutputFormat::Json {
        writer.write_all(b"[")?;
    }
    for window in items.chunks(jobs * WINDOW_PER_JOB) {
        let results: Vec<Vec<PageResult>> = pool.install(|| {
            window
                .par_iter()
                .map(|item| {
                    let results = analyse_item(item, &options, &annotation);
                    progress.inc(1);
                    results
                })
                .collect()
        });
        for result in results.into_iter().flatten() {
            if let PageResult::Failed { message, .. } = &result {
                any_failed = true;
                progress.suspend(|| eprintln!("dateline: {message}"));
            }
            match format {
                OutputFormat::Jsonl => {
                    serde_json::to_writer(&mut writer, &output_json::page_record(&result))?;
                    writer.write_all(b"\n")?;
                }
                OutputFormat::Json => {
                    writer.write_all(if written == 0 { b"\n" } else { b",\n" })?;
                    serde_json::to_writer_pretty(&mut writer, &output_json::page_record(&result))?;
                }
                OutputFormat::Text => output_text::write_summary(&mut writer, &result, color)?,
            }
            written += 1;
        }
        writer.flush()?;
    }
    if format == OutputFormat::Json {
        writer.write_all(b"\n]\n")?;
    }
    writer.flush()?;
    progress.finish_and_clear();
    Ok(if any_failed {
        Outcome::SomeFailed
    } else {
        Outcome::AllRead
    })
}

fn analyse_item(
    item: &Result<InputItem, InputError>,
    options: &ReadOptions,
    annotation: &Annotation,
) -> Vec<PageResult> {
    let item = match item {
        Ok(item) => item,
        Err(error) => return vec![failed(error)],
    };
    read_item(item, options)
        .into_iter()
        .map(|page| match page {
            Ok(page) => analyse_page(page, annotation),
            Err(error) => failed(&error),
        })
        .collect()
}

pub fn failed(error: &InputError) -> PageResult {
    let mut source = Source::from_path(error.name());
    // A JSON Lines record's name is "path:line"; keep the two apart in the output.
    if let InputError::BadJsonLine { name, .. } = error {
        if let Some((path, line)) = name.rsplit_once(':') {
            source = Source {
                path: Some(path.to_string()),
                line: line.parse().ok(),
                url: None,
            };
        }
    }
    PageResult::Failed {
        source,
        message: error.to_string(),
    }
}

/// The annotation stages after extraction, each adding its layers: sentences, then
/// quotations with their speakers and the people they name, then persuasion techniques.
pub fn annotate(document: &mut Document, annotation: &Annotation) {
    document.sentences = dateline_sentences::split_document(document);
    let layers = dateline_quotes::annotate_quotes(document);
    document.entities = layers.entities;
    document.quotes = layers.quotes;
    if let Some(model) = &annotation.techniques_model {
        match language_the_techniques_model_cannot_read(document) {
            Some(language) => document.diagnostics.push(dateline_document::Diagnostic {
                stage: "techniques",
                message: format!(
                    "not read for techniques: the model was trained on English and this article is in \"{language}\""
                ),
            }),
            None => {
                document.techniques =
                    dateline_techniques::annotate_techniques(document, model, annotation.min_score)
            }
        }
    }
}

/// The article's language when it is not English: the techniques model learned English words
/// and, run on other languages, marks arbitrary stretches with high scores (a German clinical
/// text as loaded language at 0.74). The extractor's language is the text's when the text
/// surely says (see `dateline_extract::article_language`), so a wrong declaration does not
/// mislead this.
fn language_the_techniques_model_cannot_read(document: &Document) -> Option<String> {
    let language = document.metadata.language.as_deref()?;
    (language != "en").then(|| language.to_string())
}

/// Analyses one decoded page. A panic inside a dependency must not take the batch down: it is
/// caught here and reported as this input's error.
pub fn analyse_page(page: RawPage, annotation: &Annotation) -> PageResult {
    let source = page.source.clone();
    let outcome = std::panic::catch_unwind(move || {
        let RawPage {
            source,
            content,
            notes,
        } = page;
        let mut document = match content {
            // Markup nested too deep is a broken or hostile page; the extractor would read it
            // only as flat text, so it is reported instead of passed off as an article.
            PageContent::Html(html) => {
                dateline_extract::extract_html_unless_nested_too_deep(source, &html)?
            }
            PageContent::Text(text) => dateline_extract::extract_plain_text(source, text),
        };
        for note in notes {
            document.diagnostics.push(dateline_document::Diagnostic {
                stage: "ingest",
                message: note,
            });
        }
        if annotation.layers != LayerSet::Article {
            annotate(&mut document, annotation);
        }
        Ok::<Document, dateline_extract::NestedTooDeep>(document)
    });
    match outcome {
        Ok(Ok(document)) => PageResult::Analysed(Box::new(document)),
        Ok(Err(too_deep)) => PageResult::Failed {
            message: format!("{}: {too_deep}; not analysed", source.display_name()),
            source,
        },
        Err(_) => PageResult::Failed {
            message: format!(
                "{}: internal error while analysing this page; please report it with the page",
                source.display_name()
            ),
            source,
        },
    }
}
