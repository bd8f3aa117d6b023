//! `factable table`: the cross-source fact table.

use std::path::PathBuf;
use std::process::ExitCode;

use factable::Error;
use factable::render::{self, Format};
use factable::story;

use super::common::Input;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: Input,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Write to FILE (whole or not at all) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with code 1 when any fact is in conflict.
    #[arg(long)]
    pub fail_on_conflict: bool,
    /// CSV for spreadsheets: a byte-order mark, and cells that look like formulas guarded.
    #[arg(long)]
    pub excel: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let (mut corpus, rules, options, failed) = args.input.load()?;
    let report = story::table(&mut corpus.documents, &rules, &options);
    let style = super::output::style(args.output.is_some(), args.excel);
    let bytes = render::report(&report, args.format, &style)?;
    super::output::write(args.output.as_deref(), &bytes)?;
    Ok(super::exit_code(
        failed,
        args.fail_on_conflict && report.has_conflict(),
    ))
}
