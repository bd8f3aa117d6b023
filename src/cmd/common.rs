//! Arguments and steps shared by the commands that read articles.

use std::path::PathBuf;

use chrono::NaiveDate;

use factable::Error;

use super::output::Sink;
use factable::corpus::{self, Corpus, LoadOptions};
use factable::extract::Options;
use std::process::ExitCode;

use factable::reconcile::Report;
use factable::render::{self, Format, Style};
use factable::rules::RuleSet;
use factable::time::TimeOptions;

/// How articles are read: shared by every command that reads them.
#[derive(Debug, clap::Args)]
pub struct ReadFlags {
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

impl ReadFlags {
    /// The rule packs and extraction options these flags ask for.
    pub fn rules_and_options(&self) -> Result<(RuleSet, Options), Error> {
        let rules = RuleSet::load(&self.rules)?;
        let options = Options {
            time: TimeOptions {
                month_first: !self.day_first,
            },
        };
        Ok((rules, options))
    }

    /// What loading articles from disk needs.
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            published: self.published,
        }
    }
}

/// Where the articles come from and how to read them.
#[derive(Debug, clap::Args)]
pub struct Input {
    /// Article files, folders (their *.txt and an optional sources.csv), or `-` for
    /// standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub read: ReadFlags,
}

impl Input {
    /// Loads the articles (problems are printed) and the rule packs.
    pub fn load(&self) -> Result<(Corpus, RuleSet, Options, bool), Error> {
        let (rules, options) = self.read.rules_and_options()?;
        let corpus = corpus::load(&self.paths, &self.read.load_options());
        let failed = super::report_problems(&corpus.problems);
        if corpus.documents.is_empty() {
            return Err(Error::Input(
                "no article could be read; nothing to do".to_string(),
            ));
        }
        Ok((corpus, rules, options, failed))
    }

    /// The story's name: the folder's path when one folder is given, else empty.
    pub fn story_name(&self) -> String {
        match self.paths.as_slice() {
            [one] if one.is_dir() => factable::stories::name_of(one),
            _ => String::new(),
        }
    }
}

/// How a fact table is written: shared by `table`, `reconcile` and `batch`.
#[derive(Debug, clap::Args)]
pub struct TableOutput {
    /// Output format [default: table; jsonl for `reconcile --jsonl` and `batch`].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
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
    pub fn write(&self, report: &Report, failed: bool) -> Result<ExitCode, Error> {
        let style =
            super::output::style(super::output::to_file(self.output.as_deref()), self.excel);
        let format = self.format.unwrap_or(Format::Table);
        let bytes = factable::render::report(report, format, &style)?;
        super::output::write(self.output.as_deref(), &bytes)?;
        Ok(super::exit_code(
            failed,
            self.fail_on_conflict && report.has_conflict(),
        ))
    }
}

/// Reports of many stories written one after another to one output: JSON lines, one CSV
/// with a leading `story` column, a JSON array, or Markdown / terminal tables under a
/// heading per story.
pub struct StoriesOut {
    sink: Sink,
    format: Format,
    style: Style,
    fail_on_conflict: bool,
    written: usize,
    conflict: bool,
    failed: bool,
}

impl StoriesOut {
    /// Opens the output of `out` (its format, else `default`).
    pub fn open(out: &TableOutput, default: Format) -> Result<StoriesOut, Error> {
        let format = out.format.unwrap_or(default);
        if format == Format::Html {
            return Err(Error::Usage(
                "--format html writes a page per story: give --out-dir DIR".into(),
            ));
        }
        Ok(StoriesOut {
            sink: Sink::open(out.output.as_deref())?,
            format,
            style: super::output::style(super::output::to_file(out.output.as_deref()), out.excel),
            fail_on_conflict: out.fail_on_conflict,
            written: 0,
            conflict: false,
            failed: false,
        })
    }

    /// Appends a story's report; `errors` counts its inputs that could not be read.
    pub fn push(&mut self, report: &Report, errors: usize) -> Result<(), Error> {
        self.conflict |= report.has_conflict();
        self.failed |= errors > 0;
        let first = self.written == 0;
        self.written += 1;
        let bytes = match self.format {
            Format::Csv => render::table_csv_part(report, self.style.excel, true, first)?,
            Format::Jsonl => render::json_line(report)?,
            Format::Json => {
                let mut b = if first {
                    b"[\n".to_vec()
                } else {
                    b",\n".to_vec()
                };
                let mut one = render::json(report)?;
                one.pop();
                b.extend(one);
                b
            }
            Format::Markdown => {
                let mut b = format!("# {}\n\n", report.story).into_bytes();
                b.extend(render::markdown(report).into_bytes());
                b.push(b'\n');
                b
            }
            Format::Table | Format::Html => {
                let mut b = format!("story {}\n", report.story).into_bytes();
                b.extend(render::report(report, Format::Table, &self.style)?);
                b.push(b'\n');
                b
            }
        };
        self.sink.write(&bytes)
    }

    /// Closes the output; the exit code of the run (`failed`: an input failed that no
    /// report shows).
    pub fn finish_with(mut self, failed: bool) -> Result<ExitCode, Error> {
        if self.format == Format::Json {
            self.sink
                .write(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.sink.finish()?;
        Ok(super::exit_code(
            failed || self.failed,
            self.fail_on_conflict && self.conflict,
        ))
    }

    /// [`StoriesOut::finish_with`] when nothing else failed.
    pub fn finish(self) -> Result<ExitCode, Error> {
        self.finish_with(false)
    }
}
