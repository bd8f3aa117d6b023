//! `factable batch`: many stories, each read whole, in parallel; one output for all or a
//! file per story with an index.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;

use factable::reconcile::{Report, Status};
use factable::render::{self, Format};
use factable::stories::{self, StoryDir};
use factable::{Error, Problem, corpus, story};

use super::common::{ReadFlags, StoriesOut, TableOutput};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Story folders, or folders of them: every folder that holds *.txt articles is a
    /// story, named by its path.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    #[command(flatten)]
    pub read: ReadFlags,
    #[command(flatten)]
    pub out: TableOutput,
    /// Write a file per story (in --format) and index.csv into DIR instead of one output.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub out_dir: Option<PathBuf>,
    /// No progress bar and no summary line on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Stories read side by side before their output is written in order: enough to keep
/// every thread busy, few enough that memory stays bounded by the largest stories.
const WAVE_PER_THREAD: usize = 4;

/// One story done: its report (none when no article could be read) and its problems.
struct Done {
    story: StoryDir,
    report: Option<Report>,
    problems: Vec<Problem>,
}

impl Done {
    fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == factable::Severity::Error)
            .count()
    }
}

/// Counts for the summary line and the index.
#[derive(Default)]
struct Tally {
    stories: usize,
    failed: usize,
    sources: usize,
    facts: usize,
    conflicts: usize,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    args.out.check(Format::Jsonl)?;
    let (rules, options) = args.read.rules_and_options()?;
    let (found, problems) = stories::find(&args.dirs);
    let mut failed = super::report_problems(&problems);
    if found.is_empty() {
        return Err(Error::Input("no story folder found; nothing to do".into()));
    }
    let format = args.out.format.unwrap_or(Format::Jsonl);
    let load = args.read.load_options();
    let progress = progress_bar(found.len(), args.quiet);
    let mut tally = Tally::default();
    let mut index: Vec<IndexRow> = Vec::new();
    let mut single = match &args.out_dir {
        None => Some(StoriesOut::open(&args.out, Format::Jsonl)?),
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            None
        }
    };
    let wave = rayon::current_num_threads().max(1) * WAVE_PER_THREAD;
    for chunk in found.chunks(wave) {
        let done: Vec<Done> = chunk
            .par_iter()
            .map(|s| {
                let corpus = corpus::load(std::slice::from_ref(&s.dir), &load);
                let report = (!corpus.documents.is_empty())
                    .then(|| story::table(&corpus.documents, &s.name, &rules, &options));
                if let Some(p) = &progress {
                    p.inc(1);
                }
                Done {
                    story: s.clone(),
                    report,
                    problems: corpus.problems,
                }
            })
            .collect();
        for d in done {
            let errors = d.errors();
            let shown = |p: &Problem| format!("factable: {p}");
            for p in &d.problems {
                match &progress {
                    Some(bar) => bar.suspend(|| eprintln!("{}", shown(p))),
                    None => eprintln!("{}", shown(p)),
                }
            }
            tally.stories += 1;
            failed |= errors > 0;
            let Some(report) = d.report else {
                tally.failed += 1;
                index.push(IndexRow::of(&d.story.name, "", None, errors));
                continue;
            };
            if errors > 0 {
                tally.failed += 1;
            }
            tally.sources += report.sources.len();
            tally.facts += report.facts.len();
            tally.conflicts += count(&report, Status::Conflict);
            match (&mut single, &args.out_dir) {
                (Some(out), _) => out.push(&report, errors)?,
                (None, Some(dir)) => {
                    let file = format!("{}.{}", stories::file_stem(&d.story.name), ext(format));
                    let style = super::output::style(true, args.out.excel);
                    super::common::note_single_source(&report);
                    let bytes = render::report(&args.out.filter(&report), format, &style)?;
                    super::output::write(Some(&dir.join(&file)), &bytes)?;
                    index.push(IndexRow::of(&d.story.name, &file, Some(&report), errors));
                }
                (None, None) => unreachable!("one output or an output folder"),
            }
        }
    }
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    if !args.quiet {
        eprintln!(
            "factable: {} stories, {} sources, {} facts, {} in conflict{}",
            tally.stories,
            tally.sources,
            tally.facts,
            tally.conflicts,
            if tally.failed > 0 {
                format!("; {} with errors", tally.failed)
            } else {
                String::new()
            }
        );
    }
    match (single, &args.out_dir) {
        (Some(out), _) => out.finish_with(failed),
        (None, Some(dir)) => {
            write_index(dir, &index)?;
            if format == Format::Html {
                let entries: Vec<render::html::IndexEntry> = index
                    .iter()
                    .filter(|r| !r.file.is_empty())
                    .map(|r| render::html::IndexEntry {
                        story: r.story.clone(),
                        href: r.file.clone(),
                        sources: r.sources,
                        facts: r.facts,
                        conflicts: r.conflicts,
                        partial: r.partial,
                    })
                    .collect();
                let page = render::html::index(&entries)?;
                super::output::write(Some(&dir.join("index.html")), &page)?;
            }
            let conflict = tally.conflicts > 0;
            Ok(super::exit_code(
                failed,
                args.out.fail_on_conflict && conflict,
            ))
        }
        (None, None) => unreachable!("one output or an output folder"),
    }
}

fn count(report: &Report, status: Status) -> usize {
    report.facts.iter().filter(|f| f.status == status).count()
}

/// The file ending of a format.
fn ext(format: Format) -> &'static str {
    match format {
        Format::Table => "txt",
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
        Format::Markdown => "md",
        Format::Html => "html",
    }
}

/// A progress bar on standard error when it is a terminal (never when piped or quiet).
fn progress_bar(len: usize, quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} stories {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// A row of `index.csv`.
struct IndexRow {
    story: String,
    file: String,
    sources: usize,
    facts: usize,
    conflicts: usize,
    partial: usize,
    errors: usize,
}

impl IndexRow {
    fn of(story: &str, file: &str, report: Option<&Report>, errors: usize) -> IndexRow {
        IndexRow {
            story: story.into(),
            file: file.into(),
            sources: report.map_or(0, |r| r.sources.len()),
            facts: report.map_or(0, |r| r.facts.len()),
            conflicts: report.map_or(0, |r| count(r, Status::Conflict)),
            partial: report.map_or(0, |r| count(r, Status::Partial)),
            errors,
        }
    }
}

/// `index.csv`: a row per story, in story order.
fn write_index(dir: &Path, rows: &[IndexRow]) -> Result<(), Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::Input(format!("writing index.csv: {e}"));
    w.write_record([
        "story",
        "file",
        "sources",
        "facts",
        "conflicts",
        "partial",
        "errors",
    ])
    .map_err(csv_err)?;
    for r in rows {
        w.write_record([
            r.story.clone(),
            r.file.clone(),
            r.sources.to_string(),
            r.facts.to_string(),
            r.conflicts.to_string(),
            r.partial.to_string(),
            r.errors.to_string(),
        ])
        .map_err(csv_err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Input(format!("writing index.csv: {e}")))?;
    super::output::write(Some(&dir.join("index.csv")), &bytes)
}
