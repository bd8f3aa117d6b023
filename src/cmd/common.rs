//! Arguments and steps shared by the commands that read articles.

use std::path::PathBuf;

use chrono::NaiveDate;

use factable::Error;
use factable::corpus::{self, Corpus, LoadOptions};
use factable::extract::Options;
use factable::render::Format;
use factable::rules::RuleSet;
use factable::time::TimeOptions;

/// Where the articles come from and how to read them.
#[derive(Debug, clap::Args)]
pub struct Input {
    /// Article files, folders (their *.txt and an optional sources.csv), or `-` for
    /// standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none of their own.
    #[arg(long, value_parser = super::parse_date)]
    pub published: Option<NaiveDate>,
    /// A folder of extra rule packs (*.toml), loaded after the built-in ones. Repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Read `03/07/2025` as day/month/year instead of month/day/year.
    #[arg(long)]
    pub day_first: bool,
}

impl Input {
    /// Loads the articles (problems are printed) and the rule packs.
    pub fn load(&self) -> Result<(Corpus, RuleSet, Options, bool), Error> {
        let rules = RuleSet::load(&self.rules)?;
        let corpus = corpus::load(
            &self.paths,
            &LoadOptions {
                published: self.published,
            },
        );
        let failed = super::report_problems(&corpus.problems);
        if corpus.documents.is_empty() {
            return Err(Error::Input(
                "no article could be read; nothing to do".to_string(),
            ));
        }
        let options = Options {
            time: TimeOptions {
                month_first: !self.day_first,
            },
        };
        Ok((corpus, rules, options, failed))
    }
}

/// How a fact table is written: shared by `table` and `reconcile`.
#[derive(Debug, clap::Args)]
pub struct TableOutput {
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

impl TableOutput {
    /// Renders and writes the report; the exit code says whether a conflict must fail
    /// the run (`failed`: an input could not be read).
    pub fn write(
        &self,
        report: &factable::reconcile::Report,
        failed: bool,
    ) -> Result<std::process::ExitCode, Error> {
        let style = super::output::style(self.output.is_some(), self.excel);
        let bytes = factable::render::report(report, self.format, &style)?;
        super::output::write(self.output.as_deref(), &bytes)?;
        Ok(super::exit_code(
            failed,
            self.fail_on_conflict && report.has_conflict(),
        ))
    }
}
