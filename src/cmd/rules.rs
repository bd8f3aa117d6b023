//! `factable rules test | lint`: check rule packs.

use std::path::PathBuf;
use std::process::ExitCode;

use factable::Error;
use factable::extract::Options;
use factable::rules::{RuleSet, check};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Run every rule's examples and reject sentences.
    Test(Packs),
    /// Check packs: they load (TOML, keys, patterns, macros, ids), every rule has
    /// examples and rejects, and the examples pass.
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
    let (packs, lint) = match args.action {
        Action::Test(p) => (p, false),
        Action::Lint(p) => (p, true),
    };
    // Lint reports every fault of the packs in one run; test needs packs that load.
    let (rules, load_faults) = if !lint {
        (RuleSet::load(&packs.rules)?, Vec::new())
    } else if packs.rules.is_empty() {
        let builtin: Vec<(String, String)> = factable::rules::BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        RuleSet::checked(&[], &builtin)
    } else {
        RuleSet::lint_dirs(&packs.rules)?
    };
    for f in &load_faults {
        eprintln!("{f}");
    }
    let mut faults = load_faults.len();
    if lint {
        for r in &rules.rules {
            if r.examples.is_empty() {
                eprintln!("{}: rule '{}': no examples", r.origin, r.id);
                faults += 1;
            }
            if r.reject.is_empty() {
                eprintln!("{}: rule '{}': no reject sentences", r.origin, r.id);
                faults += 1;
            }
        }
    }
    let outcome = check::run(&rules, &Options::default());
    for f in &outcome.failures {
        eprintln!("{f}");
    }
    faults += outcome.failures.len();
    println!(
        "{} rules in {} packs: {} examples, {} rejects, {} failed",
        rules.rules.len(),
        rules.files.len(),
        outcome.examples,
        outcome.rejects,
        faults
    );
    Ok(if faults == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
