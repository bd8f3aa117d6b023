//! `factable articles`: story folders as article lines (JSONL), the input of
//! `extract --jsonl` and of the Spark job.

use std::path::PathBuf;
use std::process::ExitCode;

use factable::corpus::{self, ArticleLine, LoadOptions};
use factable::{Error, render, stories};

use super::output::Sink;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Story folders, or folders of them (every folder holding *.txt is a story).
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Write to FILE (whole or not at all) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let (found, problems) = stories::find(&args.dirs);
    let mut failed = super::report_problems(&problems);
    let mut sink = Sink::open(args.output.as_deref())?;
    for s in &found {
        // Publication dates stay as the files and manifest give them: a date header
        // stays in the text, and `--published` belongs to whoever reads the lines.
        let corpus = corpus::load(std::slice::from_ref(&s.dir), &LoadOptions::default());
        failed |= super::report_problems(&corpus.problems);
        for doc in &corpus.documents {
            sink.write(&render::json_line(&ArticleLine::of(doc, &s.name))?)?;
        }
    }
    sink.finish()?;
    Ok(super::exit_code(failed, false))
}
