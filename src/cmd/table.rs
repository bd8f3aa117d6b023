//! `factable table`: the cross-source fact table of one story.

use std::process::ExitCode;

use factable::Error;
use factable::story;

use super::common::{Input, TableOutput};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: Input,
    #[command(flatten)]
    pub out: TableOutput,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    args.out.check(factable::render::Format::Table)?;
    let (corpus, rules, options, failed) = args.input.load()?;
    let name = args.input.story_name();
    let report = story::table(&corpus.documents, &name, &rules, &options);
    args.out.write(&report, failed)
}
