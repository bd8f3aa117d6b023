//! `factable rules test | lint`: check rule packs.

use std::path::PathBuf;
use std::process::ExitCode;

use factable::Error;
use factable::extract::Options;
use factable::rules::{RuleSet, check, lint};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Run every rule's examples and reject sentences.
    Test(Packs),
    /// Check packs: they load (TOML, keys, types, patterns, macros, slots, ids), every
    /// rule has examples and rejects, and the examples pass. Every fault of every pack is
    /// listed in one run, each `file:line:column: message`, sorted; exit 2 if any. A TOML
    /// syntax error is the one fault reported for its file (the parser stops there).
    Lint(Packs),
}

#[derive(Debug, clap::Args)]
pub struct Packs {
    /// A folder of rule packs. With it, only that folder's packs are checked (lint), or
    /// they are added to the built-in ones (test). Repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let (rules, outcome, faults) = match args.action {
        Action::Test(p) => {
            // Test needs packs that load: the first fault stops it.
            let rules = RuleSet::load(&p.rules)?;
            let outcome = check::run(&rules, &Options::default());
            let faults: Vec<String> = outcome.failures.iter().map(|f| f.to_string()).collect();
            (rules, outcome, faults)
        }
        Action::Lint(p) => {
            let l = lint::lint(&p.rules)?;
            let faults = l.faults.iter().map(|f| f.to_string()).collect();
            (l.set, l.outcome, faults)
        }
    };
    for f in &faults {
        eprintln!("{f}");
    }
    println!(
        "{} rules in {} packs: {} examples, {} rejects, {} failed",
        rules.rules.len(),
        rules.files.len(),
        outcome.examples,
        outcome.rejects,
        faults.len()
    );
    Ok(if faults.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
