//! `dateline ingest`, `dateline search` and `dateline speakers`: the corpus store from the
//! command line.

use std::io::{self, IsTerminal, Write};

use anyhow::bail;
use dateline_ingest::{expand_inputs, read_item, PageContent, RawPage, ReadOptions};
use dateline_store::{content_id, Access, ArticleToStore, SearchRequest, Store};
use rayon::prelude::*;
use serde_json::{json, Value};

use crate::analyze::{analyse_page, failed, Annotation, Outcome, PageResult};
use crate::{IngestArgs, LayerSet, ListFormat, SearchArgs, ServeArgs, SpeakersArgs};

fn page_text(page: &RawPage) -> &str {
    match &page.content {
        PageContent::Html(text) | PageContent::Text(text) => text,
    }
}

/// The record a store keeps of an article: the output contract with the article's id.
pub fn stored_record(id: &str, document: &dateline_document::Document) -> String {
    let mut record = crate::output_json::document_to_json(document);
    if let Value::Object(fields) = &mut record {
        fields.insert("id".to_string(), json!(id));
    }
    record.to_string()
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<Outcome> {
    let (jobs, pool) = crate::analyze::worker_pool(args.jobs)?;
    let annotation = Annotation::load(
        LayerSet::All,
        args.techniques_model.as_deref(),
        args.min_score,
    )?;
    let mut store = Store::open(&args.db, Access::ReadWrite)?;
    let items = expand_inputs(&args.inputs);
    let progress = crate::analyze::progress_bar(
        !args.quiet,
        items.len(),
        "{bar:40} {pos}/{len} inputs  {elapsed}  {msg}",
    );
    let options = ReadOptions {
        max_input_bytes: args.max_input_bytes,
        url: None,
    };
    let (mut stored, mut already, mut failures) = (0usize, 0usize, 0usize);
    let started = std::time::Instant::now();
    for window in items.chunks(jobs * crate::analyze::WINDOW_PER_JOB) {
        // Read and name every page of the window in parallel.
        let pages: Vec<Vec<Result<(String, RawPage), PageResult>>> = pool.install(|| {
            window
                .par_iter()
                .map(|item| match item {
                    Err(error) => vec![Err(failed(error))],
                    Ok(item) => read_item(item, &options)
                        .into_iter()
                        .map(|page| match page {
                            Ok(page) => Ok((content_id(page_text(&page)), page)),
                            Err(error) => Err(failed(&error)),
                        })
                        .collect(),
                })
                .collect()
        });
        progress.inc(window.len() as u64);
        // Pages already stored (by this run or an earlier, interrupted one) are not analysed
        // again.
        let mut to_analyse = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for page in pages.into_iter().flatten() {
            match page {
                Err(result) => {
                    failures += 1;
                    if let PageResult::Failed { message, .. } = result {
                        progress.suspend(|| eprintln!("dateline: {message}"));
                    }
                }
                Ok((id, page)) => {
                    if !seen.insert(id.clone()) || store.contains(&id)? {
                        already += 1;
                    } else {
                        to_analyse.push((id, page));
                    }
                }
            }
        }
        // Pages are analysed and stored a batch at a time, so that a JSON Lines file of many
        // records is committed as it goes, not only at its end.
        let batch_size = jobs * crate::analyze::WINDOW_PER_JOB;
        let mut to_analyse = to_analyse.into_iter().peekable();
        while to_analyse.peek().is_some() {
            let batch: Vec<(String, RawPage)> = to_analyse.by_ref().take(batch_size).collect();
            let analysed: Vec<(String, PageResult)> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|(id, page)| (id, analyse_page(page, &annotation)))
                    .collect()
            });
            let mut documents = Vec::new();
            for (id, result) in analysed {
                match result {
                    PageResult::Analysed(document) => documents.push((id, document)),
                    PageResult::Failed { message, .. } => {
                        failures += 1;
                        progress.suspend(|| eprintln!("dateline: {message}"));
                    }
                }
            }
            let records: Vec<ArticleToStore> = documents
                .iter()
                .map(|(id, document)| ArticleToStore {
                    id: id.clone(),
                    document,
                    record_json: stored_record(id, document),
                })
                .collect();
            stored += store.store(&records)?;
            // Inputs may hold many pages (JSON Lines), so the rate is counted in pages.
            let pages = stored + already + failures;
            let rate = pages as f64 / started.elapsed().as_secs_f64().max(1e-3);
            progress.set_message(format!("{pages} pages, {rate:.0} pages/s, {stored} stored"));
        }
    }
    store.commit_index()?;
    progress.finish_and_clear();
    let total = store.article_count()?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "dateline: stored {stored} new articles ({already} already stored, {failures} failed) in {:.1} s; {} now holds {total} articles",
        seconds,
        args.db.display()
    );
    Ok(if failures > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::AllRead
    })
}

pub fn search_request(args: &SearchArgs) -> anyhow::Result<SearchRequest> {
    for (name, date) in [("--since", &args.since), ("--until", &args.until)] {
        if let Some(date) = date {
            if !dateline_store::is_day_filter(date) {
                bail!("{name} takes a date as YYYY-MM-DD, not {date:?}");
            }
        }
    }
    Ok(SearchRequest {
        query: args.query.clone(),
        in_quotes: args.in_quotes,
        speaker: args.speaker.clone(),
        entity: args.entity.clone(),
        technique: args.technique.clone(),
        site: args.site.clone(),
        since: args.since.clone(),
        until: args.until.clone(),
        limit: args.limit,
        offset: args.offset,
    })
}

fn highlighted(text: &str, highlights: &[(usize, usize)], color: bool) -> String {
    let (open, close) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut out = String::new();
    let mut cursor = 0;
    for &(start, end) in highlights {
        if start < cursor
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&text[cursor..start]);
        out.push_str(open);
        out.push_str(&text[start..end]);
        out.push_str(close);
        cursor = end;
    }
    out.push_str(&text[cursor..]);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

pub fn search(args: SearchArgs) -> anyhow::Result<Outcome> {
    let store = Store::open(&args.db, Access::ReadOnly)?;
    let request = search_request(&args)?;
    let results = store.search(&request)?;
    let to_terminal = io::stdout().is_terminal();
    let format = args.format.unwrap_or(if to_terminal {
        ListFormat::Text
    } else {
        ListFormat::Jsonl
    });
    let color = to_terminal && std::env::var_os("NO_COLOR").is_none();
    let mut out = io::BufWriter::new(io::stdout().lock());
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &dateline_web::api::search_results_to_json(&results),
            )?;
            writeln!(out)?;
        }
        ListFormat::Jsonl => {
            for hit in dateline_web::api::search_results_to_json(&results)["hits"]
                .as_array()
                .into_iter()
                .flatten()
            {
                serde_json::to_writer(&mut out, hit)?;
                writeln!(out)?;
            }
        }
        ListFormat::Csv => {
            writeln!(
                out,
                "id,published,site,title,url,score,snippet,speaker,quote"
            )?;
            for hit in &results.hits {
                let row = |speaker: &str, quote: &str| {
                    [
                        hit.article.id.as_str(),
                        hit.article.published.as_deref().unwrap_or(""),
                        hit.article.site.as_deref().unwrap_or(""),
                        hit.article.title.as_deref().unwrap_or(""),
                        hit.article.url.as_deref().unwrap_or(""),
                        &format!("{:.3}", hit.score),
                        &hit.snippet.text,
                        speaker,
                        quote,
                    ]
                    .iter()
                    .map(|field| csv_field(field))
                    .collect::<Vec<_>>()
                    .join(",")
                };
                if hit.quotes.is_empty() {
                    writeln!(out, "{}", row("", ""))?;
                }
                for quote in &hit.quotes {
                    writeln!(
                        out,
                        "{}",
                        row(quote.speaker.as_deref().unwrap_or(""), &quote.snippet.text)
                    )?;
                }
            }
        }
        ListFormat::Text => {
            let noun = if results.total == 1 {
                "article matches"
            } else {
                "articles match"
            };
            writeln!(
                out,
                "{} {noun}; showing {}",
                results.total,
                results.hits.len()
            )?;
            for (rank, hit) in results.hits.iter().enumerate() {
                writeln!(
                    out,
                    "\n{}. {}\n   {} · {} · {}",
                    args.offset + rank + 1,
                    hit.article.title.as_deref().unwrap_or("(no title)"),
                    hit.article.site.as_deref().unwrap_or("-"),
                    hit.article.published.as_deref().unwrap_or("undated"),
                    hit.article.id
                )?;
                if !hit.snippet.text.is_empty() && !args.in_quotes {
                    writeln!(
                        out,
                        "   {}",
                        highlighted(&hit.snippet.text, &hit.snippet.highlights, color)
                    )?;
                }
                for quote in &hit.quotes {
                    writeln!(
                        out,
                        "   {}: “{}”",
                        quote.speaker.as_deref().unwrap_or("(speaker not given)"),
                        highlighted(&quote.snippet.text, &quote.snippet.highlights, color)
                    )?;
                }
            }
        }
    }
    out.flush()?;
    Ok(Outcome::AllRead)
}

pub fn speakers(args: SpeakersArgs) -> anyhow::Result<Outcome> {
    let store = Store::open(&args.db, Access::ReadOnly)?;
    let speakers = store.speakers(args.limit)?;
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        ListFormat::Text
    } else {
        ListFormat::Jsonl
    });
    let mut out = io::BufWriter::new(io::stdout().lock());
    let as_json = dateline_web::api::speakers_to_json(&speakers);
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &as_json)?;
            writeln!(out)?;
        }
        ListFormat::Jsonl => {
            for speaker in as_json.as_array().into_iter().flatten() {
                serde_json::to_writer(&mut out, speaker)?;
                writeln!(out)?;
            }
        }
        ListFormat::Csv => {
            writeln!(out, "name,quotes,articles,sites,first,last")?;
            for speaker in &speakers {
                writeln!(
                    out,
                    "{},{},{},{},{},{}",
                    csv_field(&speaker.name),
                    speaker.quotes,
                    speaker.articles,
                    csv_field(&speaker.sites.join(" ")),
                    speaker.first.as_deref().unwrap_or(""),
                    speaker.last.as_deref().unwrap_or("")
                )?;
            }
        }
        ListFormat::Text => {
            writeln!(
                out,
                "{:>6} {:>8}  speaker  (sites; first – last quoted)",
                "quotes", "articles"
            )?;
            for speaker in &speakers {
                writeln!(
                    out,
                    "{:>6} {:>8}  {}  ({}; {} – {})",
                    speaker.quotes,
                    speaker.articles,
                    speaker.name,
                    if speaker.sites.is_empty() {
                        "-".to_string()
                    } else {
                        speaker.sites.join(", ")
                    },
                    speaker.first.as_deref().unwrap_or("?"),
                    speaker.last.as_deref().unwrap_or("?")
                )?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::AllRead)
}

pub fn serve(args: ServeArgs) -> anyhow::Result<Outcome> {
    if !dateline_web::is_loopback(&args.addr) {
        if !args.public {
            bail!(
                "{} is not a loopback address; the server has no authentication, so serving \
                 beyond this machine needs --public",
                args.addr
            );
        }
        eprintln!(
            "dateline: warning: serving on {} with --public: anyone who can reach this address \
             can read the whole corpus",
            args.addr
        );
    }
    let workers = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(2);
    dateline_web::serve(&args.db, &args.addr, workers, |listening| {
        eprintln!(
            "dateline: serving {} on http://{} (read-only; Ctrl-C stops)",
            args.db.display(),
            listening.address
        );
    })?;
    Ok(Outcome::AllRead)
}
