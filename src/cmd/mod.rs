//! One module per subcommand, each with its own arguments.

pub mod articles;
pub mod batch;
pub mod common;
pub mod complete;
pub mod dates;
pub mod extract;
pub mod lines;
pub mod output;
pub mod reconcile;
pub mod rules;
pub mod table;

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
    /// When to colour the terminal table: auto (a terminal, no NO_COLOR), always, never.
    #[arg(
        long,
        value_enum,
        global = true,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: output::ColorChoice,
    /// Warnings (a disagreeing date header, invalid or re-encoded text, a shared source
    /// id, ...) fail the run with exit code 2, after the output is written.
    #[arg(long, global = true)]
    pub strict: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The fact table: a row per fact, a cell per source, agree / partial / conflict.
    Table(table::Args),
    /// Many stories: a folder per story, read in parallel, one output or a file each.
    Batch(batch::Args),
    /// The per-article stage alone: an extraction line (JSONL) per article.
    Extract(extract::Args),
    /// The per-story stage alone: extraction or claim lines into fact tables.
    Reconcile(reconcile::Args),
    /// Story folders as article lines (JSONL), the input of `extract --jsonl`.
    Articles(articles::Args),
    /// Print every time expression of the input, normalized against its publication date.
    Dates(dates::Args),
    /// Test or lint rule packs.
    Rules(rules::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(complete::CompletionsArgs),
    /// Print the manual page (roff): `factable man > factable.1`.
    Man(complete::ManArgs),
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    output::set_color(cli.color);
    STRICT.store(cli.strict, std::sync::atomic::Ordering::Relaxed);
    match cli.command {
        Command::Table(args) => table::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Articles(args) => articles::run(args),
        Command::Reconcile(args) => reconcile::run(args),
        Command::Dates(args) => dates::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Completions(args) => complete::completions(args),
        Command::Man(args) => complete::man(args),
    }
}

/// `--strict`: warnings count as errors.
static STRICT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// True under `--strict`.
pub fn strict() -> bool {
    STRICT.load(std::sync::atomic::Ordering::Relaxed)
}

/// Parses `YYYY-MM-DD` for `--published`, with a message that says what to do.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date: write it as YYYY-MM-DD, e.g. 2025-07-04"))
}

/// Prints problems on stderr; returns true when any was an error (exit code 2), or any
/// was a warning under `--strict`.
pub fn report_problems(problems: &[Problem]) -> bool {
    for p in problems {
        eprintln!("factable: {p}");
    }
    problems
        .iter()
        .any(|p| p.severity == Severity::Error || strict())
}

/// 2 when any input failed, else 1 when a conflict must fail the run, else 0.
pub fn exit_code(failed: bool, conflict: bool) -> ExitCode {
    if failed {
        ExitCode::from(2)
    } else if conflict {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
