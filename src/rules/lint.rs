//! `rules lint`: every fault of a folder's packs in one run, each `file:line:column:
//! message`, sorted by file, line and column.
//!
//! Each pack is read whole (a TOML syntax error is the one fault of its file, since the
//! parser stops there), then every macro, lookup and rule on its own (see
//! [`super::pack`]), so one bad rule hides no other; then the rules that compiled run
//! their examples and rejects.

use std::path::Path;

use super::{RuleSet, check};
use crate::error::Error;
use crate::extract::Options;

/// What a lint run found.
#[derive(Debug)]
pub struct Lint {
    /// The rules that compiled.
    pub set: RuleSet,
    /// Their examples and rejects, run.
    pub outcome: check::Outcome,
    /// Every fault, in order.
    pub faults: Vec<Error>,
}

/// Lints the packs of these folders against the built-in macros and lookups, or the
/// built-in packs themselves when no folder is given.
pub fn lint(dirs: &[impl AsRef<Path>]) -> Result<Lint, Error> {
    let (set, mut faults) = if dirs.is_empty() {
        let builtin: Vec<(String, String)> = super::BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        RuleSet::checked(&[], &builtin)
    } else {
        RuleSet::lint_dirs(dirs)?
    };
    for r in &set.rules {
        let at = |message: &str| Error::Rules {
            file: r.origin.file.clone(),
            line: r.origin.line,
            column: r.origin.column,
            message: format!("rule '{}': {message}", r.id),
        };
        if r.examples.is_empty() {
            faults.push(at("no examples"));
        }
        if r.reject.is_empty() {
            faults.push(at("no reject sentences"));
        }
    }
    let outcome = check::run(&set, &Options::default());
    faults.extend(outcome.failures.iter().map(|f| Error::Rules {
        file: f.origin.file.clone(),
        line: f.origin.line,
        column: f.origin.column,
        message: format!("rule '{}': {}", f.rule, f.message),
    }));
    sort(&mut faults);
    Ok(Lint {
        set,
        outcome,
        faults,
    })
}

/// Sorts faults by file, line and column; a stable sort keeps two faults at one place in
/// the order they were found. Faults without a place come first.
pub(crate) fn sort(faults: &mut [Error]) {
    faults.sort_by(|a, b| place(a).cmp(&place(b)));
}

fn place(e: &Error) -> Option<(&str, usize, usize)> {
    match e {
        Error::Rules {
            file, line, column, ..
        } => Some((file.as_str(), *line, *column)),
        _ => None,
    }
}
