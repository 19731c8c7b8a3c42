//! The `dateline` binary: glue between reading (ingest), analysis (extract) and output.
//!
//! Only this crate knows about JSON output and the terminal; the libraries hand it plain data.

mod analyze;
mod cues_command;
mod output_json;
mod output_text;
mod store_commands;
mod techniques_command;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc instead of the system allocator: the HTML parser and the extractor allocate many
/// small nodes and strings, and with glibc's allocator malloc and free took about a tenth of
/// extraction time (measured with `perf` over the ScrapingHub pages).
#[global_allocator]
static GLOBAL_ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "dateline",
    version,
    about = "Reads news pages the way a careful analyst does"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse news pages (HTML, plain text, .gz, JSON Lines) into structured articles
    Analyze(AnalyzeArgs),
    /// Train a model from a labelled corpus
    Train(TrainArgs),
    /// Explain the persuasion techniques that `analyze` marks
    Techniques(TechniquesArgs),
    /// Analyse pages and keep them in a corpus store (safe to re-run and to interrupt)
    Ingest(IngestArgs),
    /// Full-text search over a corpus store
    Search(SearchArgs),
    /// Who is quoted in a corpus store, how often, where
    Speakers(SpeakersArgs),
    /// Serve a corpus store: a read-only JSON API and a web UI
    Serve(ServeArgs),
}

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The store's folder
    #[arg(long, value_name = "FOLDER")]
    pub db: std::path::PathBuf,
    /// Where to listen (port 0 picks a free port)
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Allow an address other than the loopback one: the server has no authentication, so
    /// anyone who can reach it can read the whole corpus
    #[arg(long)]
    pub public: bool,
    /// Worker threads; defaults to the number of cores
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

/// Output formats of the corpus commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A readable list (the default on a terminal)
    Text,
    /// One JSON document
    Json,
    /// One JSON object per line (the default when piped)
    Jsonl,
    /// Comma-separated values with a header line
    Csv,
}

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files, folders (read recursively), or - for standard input
    #[arg(required = true, value_name = "PAGES")]
    pub inputs: Vec<String>,
    /// The store's folder (created when missing)
    #[arg(long, value_name = "FOLDER")]
    pub db: std::path::PathBuf,
    /// Pages analysed in parallel; defaults to the number of cores
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Refuse pages larger than this many bytes (after gunzip)
    #[arg(long, value_name = "BYTES", default_value_t = 32 * 1024 * 1024)]
    pub max_input_bytes: u64,
    /// Never show a progress bar
    #[arg(long)]
    pub quiet: bool,
    /// As for `analyze`
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<f32>,
    /// As for `analyze`
    #[arg(long, value_name = "FILE")]
    pub techniques_model: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SearchScope {
    /// Titles, bodies and quotations
    All,
    /// Quotations only ("who said X")
    Quotes,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words, "phrases", prefix*, AND, OR, NOT (or -word), parentheses; words next to each other
    /// must all match. Empty ("") lists what the filters allow
    #[arg(value_name = "QUERY")]
    pub query: String,
    /// The store's folder
    #[arg(long, value_name = "FOLDER")]
    pub db: std::path::PathBuf,
    /// Where to search
    #[arg(long = "in", value_enum, default_value_t = SearchScope::All)]
    pub scope: SearchScope,
    #[arg(skip)]
    pub in_quotes: bool,
    /// Only articles quoting this person (all the words of the name, any order)
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only articles naming this person, organisation or place
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Only articles using this technique (an id of `dateline techniques --list`)
    #[arg(long, value_name = "ID")]
    pub technique: Option<String>,
    /// Only articles from this site (its host, e.g. www.example.com)
    #[arg(long, value_name = "HOST")]
    pub site: Option<String>,
    /// Only articles published on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only articles published on or before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// How many results
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Skip this many results (for paging)
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Output format; defaults to text on a terminal and jsonl otherwise
    #[arg(long, value_enum)]
    pub format: Option<ListFormat>,
}

#[derive(clap::Args)]
pub struct SpeakersArgs {
    /// The store's folder
    #[arg(long, value_name = "FOLDER")]
    pub db: std::path::PathBuf,
    /// How many speakers, most quoted first
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Output format; defaults to text on a terminal and jsonl otherwise
    #[arg(long, value_enum)]
    pub format: Option<ListFormat>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TrainTarget {
    /// Persuasion techniques, from a corpus in the layout of SemEval-2020 Task 11
    Techniques,
    /// The model of learned quotation cues, from attributions in brat standoff (PolNeAR's
    /// layout: `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`)
    Cues,
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// What to train
    #[arg(value_enum)]
    pub target: TrainTarget,
    /// The corpus folder: for techniques a `*-articles` folder and a `*-task-flc-tc.labels`
    /// file; for cues a `text` and an `attributions` folder
    #[arg(long, value_name = "FOLDER")]
    pub data: std::path::PathBuf,
    /// Where to write the model
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: std::path::PathBuf,
    /// The seed of the training shuffles: the same corpus and seed give the same model bytes
    #[arg(long, default_value_t = dateline_techniques::TrainingOptions::default().seed)]
    pub seed: u64,
}

#[derive(clap::Args)]
pub struct TechniquesArgs {
    /// List every technique: what it is, an example, and where the model is weak
    #[arg(long)]
    pub list: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A readable summary per page (the default on a terminal)
    Text,
    /// One JSON array of all pages
    Json,
    /// One JSON object per line, one line per input (the default when piped)
    Jsonl,
}

/// Which layers `analyze` adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LayerSet {
    /// The article alone: text, metadata, paragraphs, dateline, credit
    Article,
    /// The article, sentences, quotations and their speakers, people, organisations and places
    Quotes,
    /// Everything: the article, sentences, quotations and their speakers, persuasion techniques
    All,
}

#[derive(clap::Args)]
pub struct AnalyzeArgs {
    /// Files, folders (read recursively), or - for standard input
    #[arg(required = true, value_name = "PAGES")]
    pub inputs: Vec<String>,
    /// Output format; defaults to text on a terminal and jsonl otherwise
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    /// Pages analysed in parallel; defaults to the number of cores
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Write the output to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// The page URL, for a single input
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Refuse pages larger than this many bytes (after gunzip)
    #[arg(long, value_name = "BYTES", default_value_t = 32 * 1024 * 1024)]
    pub max_input_bytes: u64,
    /// Never show a progress bar
    #[arg(long)]
    pub quiet: bool,
    /// Which layers to add; `article` stops after extraction
    #[arg(long, value_enum, default_value_t = LayerSet::All)]
    pub layers: LayerSet,
    /// Report persuasion techniques scored at least this (0 to 1); lower finds more, less surely.
    /// Defaults to the model's own threshold
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<f32>,
    /// A techniques model written by `dateline train techniques`, instead of the one built in
    #[arg(long, value_name = "FILE")]
    pub techniques_model: Option<std::path::PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Train(args) if args.target == TrainTarget::Cues => {
            cues_command::train(args).map(|()| analyze::Outcome::AllRead)
        }
        Command::Train(args) => techniques_command::train(args).map(|()| analyze::Outcome::AllRead),
        Command::Techniques(args) => {
            techniques_command::list(args).map(|()| analyze::Outcome::AllRead)
        }
        Command::Ingest(args) => store_commands::ingest(args),
        Command::Search(mut args) => {
            args.in_quotes = args.scope == SearchScope::Quotes;
            store_commands::search(args)
        }
        Command::Speakers(args) => store_commands::speakers(args),
        Command::Serve(args) => store_commands::serve(args),
    };
    match result {
        Ok(analyze::Outcome::AllRead) => ExitCode::SUCCESS,
        Ok(analyze::Outcome::SomeFailed) => ExitCode::from(1),
        Err(error) => {
            eprintln!("dateline: {error:#}");
            ExitCode::from(2)
        }
    }
}
