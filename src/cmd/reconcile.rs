//! `factable reconcile`: the per-story stage alone: extraction lines (from `extract`) or
//! claim lines (from any tool) become fact tables. With `--jsonl` it streams stories:
//! lines grouped by story in, a report per story out (the reduce of a batch).

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;

use factable::Error;
use factable::article::Extraction;
use factable::claim::Claim;
use factable::extract::Options;
use factable::reconcile::Report;
use factable::render::Format;
use factable::rules::RuleSet;
use factable::story;

use super::common::{ReadFlags, StoriesOut, TableOutput};
use super::lines::{Line, Lines};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Extraction or claim JSONL files; standard input when none (or `-`) is given.
    pub input: Vec<PathBuf>,
    /// Lines of many stories, grouped by story (as a sort or a shuffle by story leaves
    /// them): a report per story, as a JSON line (or CSV rows with a `story` column).
    #[arg(long)]
    pub jsonl: bool,
    #[command(flatten)]
    pub read: ReadFlags,
    #[command(flatten)]
    pub out: TableOutput,
}

/// One input line: an article's extraction or a single claim, of a story.
enum Item {
    Extraction(Box<Extraction>),
    Claim(Box<Claim>),
}

/// The lines of one story, in input order.
#[derive(Default)]
struct Story {
    name: String,
    extractions: Vec<Extraction>,
    claims: Vec<Claim>,
}

impl Story {
    fn add(&mut self, item: Item) {
        match item {
            Item::Extraction(x) => self.extractions.push(*x),
            Item::Claim(c) => self.claims.push(*c),
        }
    }

    /// The story's report. Sources are ordered by file, then id, so the order lines
    /// arrive in (a shuffle before the reduce) changes nothing.
    fn report(mut self, rules: &RuleSet, options: &Options) -> Report {
        self.extractions
            .sort_by(|a, b| (&a.source.file, &a.source.id).cmp(&(&b.source.file, &b.source.id)));
        let mut report = story::report_with(self.extractions, self.claims, rules, options);
        report.story = self.name;
        report
    }
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    args.out.check(if args.jsonl {
        Format::Jsonl
    } else {
        Format::Table
    })?;
    let (rules, options) = args.read.rules_and_options()?;
    if args.jsonl {
        return stream(&args, &rules, &options);
    }
    let mut story: Option<Story> = None;
    for line in Lines::new(&args.input) {
        let line = line?;
        let (name, item) = parse(&line)?;
        let s = story.get_or_insert_with(|| Story {
            name: name.clone(),
            ..Story::default()
        });
        if s.name != name {
            return Err(Error::Input(format!(
                "{}: story '{name}' after story '{}': this input holds several stories; \
                 use --jsonl for a report per story",
                line.place, s.name
            )));
        }
        s.add(item);
    }
    let report = story.unwrap_or_default().report(&rules, &options);
    args.out.write(&report, false)
}

/// A report per story, written as each story ends.
fn stream(args: &Args, rules: &RuleSet, options: &Options) -> Result<ExitCode, Error> {
    let mut out = StoriesOut::open(&args.out, Format::Jsonl)?;
    let mut done: HashSet<String> = HashSet::new();
    let mut current: Option<Story> = None;
    for line in Lines::new(&args.input) {
        let line = line?;
        let (name, item) = parse(&line)?;
        if current.as_ref().is_some_and(|s| s.name != name) {
            let s = current.take().expect("a story");
            done.insert(s.name.clone());
            out.push(&s.report(rules, options), 0)?;
        }
        if current.is_none() {
            if done.contains(&name) {
                return Err(Error::Input(format!(
                    "{}: story '{name}' again after other stories: group the lines by story \
                     (sort them, or partition by story) before reconciling",
                    line.place
                )));
            }
            current = Some(Story {
                name,
                ..Story::default()
            });
        }
        current.as_mut().expect("a story").add(item);
    }
    if let Some(s) = current {
        out.push(&s.report(rules, options), 0)?;
    }
    out.finish()
}

/// The story and content of one line: an extraction (it has a `source` object) or a
/// claim (it has a `fact`).
fn parse(line: &Line) -> Result<(String, Item), Error> {
    let bad = |what: String| {
        Error::Input(format!(
            "{}: {what}; `factable extract` writes the expected lines",
            line.place
        ))
    };
    let value: serde_json::Value =
        serde_json::from_str(&line.text).map_err(|e| bad(format!("not JSON ({e})")))?;
    let story = value
        .get("story")
        .and_then(|s| s.as_str())
        .unwrap_or_default()
        .to_string();
    if value.get("source").is_some_and(|s| s.is_object()) {
        let mut x: Extraction =
            serde_json::from_value(value).map_err(|e| bad(format!("not an extraction ({e})")))?;
        x.link_evidence().map_err(bad)?;
        Ok((story, Item::Extraction(Box::new(x))))
    } else if value.get("fact").is_some() {
        let c: Claim =
            serde_json::from_value(value).map_err(|e| bad(format!("not a claim ({e})")))?;
        Ok((story, Item::Claim(Box::new(c))))
    } else {
        Err(bad("neither an extraction nor a claim".into()))
    }
}
