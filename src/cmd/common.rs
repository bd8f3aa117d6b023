//! Arguments and steps shared by the commands that read articles.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use factable::Error;
use factable::corpus::{self, Corpus, LoadOptions};
use factable::extract::Options;
use factable::reconcile::{Report, Status};
use factable::render::{self, Format, Style};
use factable::rules::RuleSet;
use factable::time::TimeOptions;

use super::output::Sink;

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

    /// The story's name (see [`story_name`]).
    pub fn story_name(&self) -> String {
        story_name(&self.paths)
    }
}

/// The name of the story read from `paths`: the folder's path when one folder is given,
/// else empty.
pub fn story_name(paths: &[PathBuf]) -> String {
    match paths {
        [one] if one.is_dir() => factable::stories::name_of(one),
        _ => String::new(),
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
    /// CSV for spreadsheets: a byte-order mark, and cells that look like formulas guarded
    /// (only with --format csv).
    #[arg(long)]
    pub excel: bool,
    /// Only facts of these statuses (agree, partial, conflict, single, unresolved),
    /// comma-separated.
    #[arg(long, value_delimiter = ',', value_parser = parse_status, value_name = "STATUS,...")]
    pub status: Vec<Status>,
    /// Only facts that at least N sources state.
    #[arg(long, value_name = "N")]
    pub min_sources: Option<usize>,
}

/// A status by its name, for `--status`.
fn parse_status(s: &str) -> Result<Status, String> {
    use Status::*;
    [Agree, Partial, Conflict, Single, Unresolved]
        .into_iter()
        .find(|st| st.as_str().eq_ignore_ascii_case(s.trim()))
        .ok_or_else(|| {
            format!("'{s}' is not a status: write agree, partial, conflict, single or unresolved")
        })
}

/// Refuses `--excel` with any format but CSV.
pub fn check_excel(excel: bool, csv: bool) -> Result<(), Error> {
    if excel && !csv {
        return Err(Error::Usage(
            "--excel shapes CSV for spreadsheets: use it with --format csv".into(),
        ));
    }
    Ok(())
}

/// A note on stderr when a story has a single source: every fact is `single`, there is
/// nothing to compare.
pub fn note_single_source(report: &Report) {
    if let [only] = report.sources.as_slice() {
        let story = if report.story.is_empty() {
            String::new()
        } else {
            format!("story {}: ", report.story)
        };
        eprintln!(
            "factable: note: {story}one source ({}): a fact table compares sources, so \
             every fact is single and none can agree or conflict; give two or more \
             articles of the story",
            only.id
        );
    }
}

impl TableOutput {
    /// Refuses options that do not fit together (`--excel` without CSV), before any
    /// work is done (`default`: the command's default format).
    pub fn check(&self, default: Format) -> Result<(), Error> {
        check_excel(self.excel, self.format.unwrap_or(default) == Format::Csv)
    }

    /// The report with only the facts `--status` and `--min-sources` keep.
    pub fn filter<'a>(&self, report: &'a Report) -> Cow<'a, Report> {
        if self.status.is_empty() && self.min_sources.is_none() {
            return Cow::Borrowed(report);
        }
        let mut r = report.clone();
        r.facts.retain(|f| {
            let sources: BTreeSet<&str> = f.claims.iter().map(|c| c.source.as_str()).collect();
            (self.status.is_empty() || self.status.contains(&f.status))
                && self.min_sources.is_none_or(|n| sources.len() >= n)
        });
        Cow::Owned(r)
    }

    /// Renders and writes the report; the exit code says whether a conflict must fail
    /// the run (`failed`: an input could not be read).
    pub fn write(&self, report: &Report, failed: bool) -> Result<ExitCode, Error> {
        self.check(Format::Table)?;
        note_single_source(report);
        let filtered = self.filter(report);
        let style =
            super::output::style(super::output::to_file(self.output.as_deref()), self.excel);
        let format = self.format.unwrap_or(Format::Table);
        let bytes = factable::render::report(&filtered, format, &style)?;
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
    filter: TableOutput,
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
        out.check(default)?;
        if format == Format::Html {
            return Err(Error::Usage(
                "--format html writes a page per story: give --out-dir DIR".into(),
            ));
        }
        Ok(StoriesOut {
            sink: Sink::open(out.output.as_deref())?,
            filter: TableOutput {
                format: out.format,
                output: None,
                fail_on_conflict: out.fail_on_conflict,
                excel: out.excel,
                status: out.status.clone(),
                min_sources: out.min_sources,
            },
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
        note_single_source(report);
        let filtered = self.filter.filter(report);
        let report = &*filtered;
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
