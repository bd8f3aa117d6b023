//! One module per subcommand, each with its own arguments.

pub mod dates;

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use factable::{Error, Problem, Severity};

/// Reconcile the dated and numeric claims of several news articles into one fact table.
#[derive(Debug, Parser)]
#[command(name = "factable", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every time expression of the input, normalized against its publication date.
    Dates(dates::Args),
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Dates(args) => dates::run(args),
    }
}

/// Parses `YYYY-MM-DD` for `--published`, with a message that says what to do.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date: write it as YYYY-MM-DD, e.g. 2025-07-04"))
}

/// Prints problems on stderr; returns true when any was an error (exit code 2).
pub fn report_problems(problems: &[Problem]) -> bool {
    for p in problems {
        eprintln!("factable: {p}");
    }
    problems.iter().any(|p| p.severity == Severity::Error)
}
