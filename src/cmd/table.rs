//! `factable table`: the cross-source fact table.

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
    let (mut corpus, rules, options, failed) = args.input.load()?;
    let report = story::table(&mut corpus.documents, &rules, &options);
    args.out.write(&report, failed)
}
