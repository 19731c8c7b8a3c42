//! The `dateline` binary: glue between reading (ingest), analysis (extract) and output.
//!
//! Only this crate knows about JSON output and the terminal; the libraries hand it plain data.

mod analyze;
mod output_json;
mod output_text;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// Everything: the article, sentences, quotations and their speakers
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
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
