//! `factable extract`: claims per source, no reconciling.

use std::path::PathBuf;
use std::process::ExitCode;

use factable::Error;
use factable::render;
use factable::story;

use super::common::Input;

/// Layouts of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A JSON object per claim per line (what `factable reconcile` reads).
    Jsonl,
    /// A row per claim.
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: Input,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Write to FILE (whole or not at all) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for spreadsheets: a byte-order mark, and cells that look like formulas guarded.
    #[arg(long)]
    pub excel: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let (mut corpus, rules, options, failed) = args.input.load()?;
    let claims = story::claims(&mut corpus.documents, &rules, &options);
    let bytes = match args.format {
        Format::Jsonl => render::claims_jsonl(&claims)?,
        Format::Csv => render::claims_csv(&claims, args.excel)?,
    };
    super::output::write(args.output.as_deref(), &bytes)?;
    Ok(super::exit_code(failed, false))
}
