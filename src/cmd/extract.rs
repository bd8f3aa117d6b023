//! `factable extract`: the per-article stage alone: an extraction line per article, no
//! reconciling. With `--jsonl` it streams article lines to extraction lines (the map of a
//! batch); `factable reconcile` is the reduce.

use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;

use factable::article::{self, Extraction};
use factable::corpus::{self, ArticleLine, LoadOptions};
use factable::extract::Options;
use factable::render;
use factable::rules::RuleSet;
use factable::{Error, Problem, story};

use super::common::ReadFlags;
use super::lines::Lines;
use super::output::Sink;

/// Layouts of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An extraction per article per line (what `factable reconcile` reads).
    Jsonl,
    /// A row per claim each article makes on its own, without other sources.
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, folders (their *.txt and an optional sources.csv), or `-`; with
    /// --jsonl, files of article lines (standard input when none is given).
    pub paths: Vec<PathBuf>,
    /// Read article lines `{"story", "id", "text", "published", "outlet", "url"}`
    /// (story and id required) and write an extraction line per article, in input order.
    #[arg(long)]
    pub jsonl: bool,
    #[command(flatten)]
    pub read: ReadFlags,
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

/// Article lines read ahead and extracted side by side: enough to keep both cores busy,
/// few enough that memory stays bounded by the largest article.
const CHUNK_BYTES: usize = 4 << 20;
const CHUNK_LINES: usize = 256;

pub fn run(args: Args) -> Result<ExitCode, Error> {
    super::common::check_excel(args.excel, args.format == Format::Csv)?;
    let (rules, options) = args.read.rules_and_options()?;
    let mut out = Writer::new(&args)?;
    let failed = if args.jsonl {
        from_lines(&args, &rules, &options, &mut out)?
    } else {
        if args.paths.is_empty() {
            return Err(Error::Usage(
                "give article files or folders, or --jsonl to read article lines".into(),
            ));
        }
        let corpus = corpus::load(&args.paths, &args.read.load_options());
        let failed = super::report_problems(&corpus.problems);
        if corpus.documents.is_empty() {
            return Err(Error::Input(
                "no article could be read; nothing to do".into(),
            ));
        }
        let story = super::common::story_name(&args.paths);
        let xs: Vec<Extraction> = corpus
            .documents
            .par_iter()
            .map(|d| article::extract(d, &story, &rules, &options))
            .collect();
        for x in xs {
            out.push(x, &rules, &options)?;
        }
        failed
    };
    out.finish()?;
    Ok(super::exit_code(failed, false))
}

/// Streams article lines: read a chunk, extract it in parallel, write it in order.
fn from_lines(
    args: &Args,
    rules: &RuleSet,
    options: &Options,
    out: &mut Writer,
) -> Result<bool, Error> {
    let load = args.read.load_options();
    let mut failed = false;
    let mut lines = Lines::new(&args.paths);
    loop {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        for line in lines.by_ref() {
            let line = line?;
            bytes += line.text.len();
            chunk.push(line);
            if bytes >= CHUNK_BYTES || chunk.len() >= CHUNK_LINES {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let done: Vec<Result<Extraction, Vec<Problem>>> = chunk
            .into_par_iter()
            .map(|line| read_article(&line.text, &line.place, &load, rules, options))
            .collect();
        for r in done {
            match r {
                Ok(x) => out.push(x, rules, options)?,
                Err(problems) => failed |= super::report_problems(&problems),
            }
        }
    }
    Ok(failed)
}

/// One article line extracted, or the problems that stop it (warnings are printed).
fn read_article(
    text: &str,
    place: &str,
    load: &LoadOptions,
    rules: &RuleSet,
    options: &Options,
) -> Result<Extraction, Vec<Problem>> {
    let line: ArticleLine = serde_json::from_str(text).map_err(|e| {
        vec![Problem::error(
            place,
            format!(
                "not an article line ({e}); write {{\"story\": …, \"id\": …, \"text\": …}} \
                 with optional published (YYYY-MM-DD), outlet, url"
            ),
        )]
    })?;
    for (field, value) in [("story", &line.story), ("id", &line.id)] {
        if value.trim().is_empty() {
            return Err(vec![Problem::error(
                place,
                format!("the article line's {field} is empty; every line needs a story and an id"),
            )]);
        }
    }
    let story = line.story.clone();
    let mut problems = Vec::new();
    let doc = corpus::from_line(line, place, load, &mut problems);
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) = problems
        .into_iter()
        .partition(|p| p.severity == factable::Severity::Error);
    super::report_problems(&warnings);
    match doc {
        Some(doc) if errors.is_empty() => Ok(article::extract(&doc, &story, rules, options)),
        _ => Err(errors),
    }
}

/// Writes extractions as lines, or gathers the claims each makes alone for CSV.
struct Writer {
    sink: Sink,
    format: Format,
    excel: bool,
    claims: Vec<factable::claim::Claim>,
}

impl Writer {
    fn new(args: &Args) -> Result<Writer, Error> {
        Ok(Writer {
            sink: Sink::open(args.output.as_deref())?,
            format: args.format,
            excel: args.excel,
            claims: Vec::new(),
        })
    }

    fn push(&mut self, x: Extraction, rules: &RuleSet, options: &Options) -> Result<(), Error> {
        match self.format {
            Format::Jsonl => self.sink.write(&render::json_line(&x)?),
            Format::Csv => {
                let (claims, _) = story::claims(vec![x], rules, options);
                self.claims.extend(claims);
                Ok(())
            }
        }
    }

    fn finish(mut self) -> Result<(), Error> {
        if self.format == Format::Csv {
            let bytes = render::claims_csv(&self.claims, self.excel)?;
            self.sink.write(&bytes)?;
        }
        self.sink.finish()
    }
}
