//! `factable reconcile`: claims JSONL (from `extract` or any other tool) → fact table.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use factable::Error;
use factable::claim::Claim;
use factable::reconcile;

use super::common::TableOutput;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A claims JSONL file, or `-` (the default) for standard input.
    #[arg(default_value = "-")]
    pub input: PathBuf,
    #[command(flatten)]
    pub out: TableOutput,
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
    args.out.write(&report, false)
}
