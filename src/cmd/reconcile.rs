//! `factable reconcile`: claims JSONL (from `extract` or any other tool) → fact table.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use factable::Error;
use factable::claim::Claim;
use factable::reconcile;
use factable::render::{self, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A claims JSONL file, or `-` (the default) for standard input.
    #[arg(default_value = "-")]
    pub input: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Write to FILE (whole or not at all) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with code 1 when any fact is in conflict.
    #[arg(long)]
    pub fail_on_conflict: bool,
    /// CSV for spreadsheets: a byte-order mark, and cells that look like formulas guarded.
    #[arg(long)]
    pub excel: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let name = args.input.display().to_string();
    let mut text = String::new();
    if name == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("<stdin>", e))?;
    } else {
        text = std::fs::read_to_string(&args.input).map_err(|e| Error::io(&args.input, e))?;
    }
    let shown = if name == "-" {
        "<stdin>".to_string()
    } else {
        name
    };
    let mut claims = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let claim: Claim = serde_json::from_str(line).map_err(|e| {
            Error::Input(format!(
                "{shown}:{}: not a claim ({e}); `factable extract` writes the expected lines",
                i + 1
            ))
        })?;
        claims.push(claim);
    }
    let report = reconcile::reconcile(claims, Vec::new());
    let style = super::output::style(args.output.is_some(), args.excel);
    let bytes = render::report(&report, args.format, &style)?;
    super::output::write(args.output.as_deref(), &bytes)?;
    Ok(super::exit_code(
        false,
        args.fail_on_conflict && report.has_conflict(),
    ))
}
