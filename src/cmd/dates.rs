//! `factable dates`: time expressions only.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use factable::Error;
use factable::corpus::{self, LoadOptions, Published, PublishedHow};
use factable::time::{self, TimeOptions};

/// Output layouts of `dates`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for a person.
    Table,
    /// `start end line text value granularity qualifier`, tab-separated, and a last
    /// column `file` when several files are read.
    Tsv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders (their *.txt) to read; `-` or nothing reads standard input.
    pub paths: Vec<PathBuf>,
    /// Publication date for inputs that carry no `date` header (YYYY-MM-DD).
    #[arg(long, value_parser = super::parse_date)]
    pub published: Option<NaiveDate>,
    /// Output layout.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Read JSON lines {"id", "text", "published"} on standard input and write one line
    /// {"id", "mentions": [...]} per input line, with UTF-8 byte offsets into `text`.
    #[arg(long)]
    pub jsonl: bool,
    /// Read `03/07/2025` as day/month/year instead of month/day/year.
    #[arg(long)]
    pub day_first: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let options = TimeOptions {
        month_first: !args.day_first,
    };
    if args.jsonl {
        return jsonl(&args, options);
    }
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    let corpus = corpus::load(
        &paths,
        &LoadOptions {
            published: args.published,
        },
    );
    let failed = super::report_problems(&corpus.problems);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let many = corpus.documents.len() > 1;
    for doc in &corpus.documents {
        let body = doc.body();
        let mentions = time::tag(body, doc.published.anchor(), options);
        for m in mentions {
            let line = doc.line_of(doc.body_start + m.start);
            // Bytes of the file, also when its text was decoded from another encoding.
            let start = doc.original_offset(doc.body_start + m.start);
            let end = doc.original_offset(doc.body_start + m.end);
            let value = m.value.as_deref().unwrap_or("");
            let qualifier = m.qualifier.as_deref().unwrap_or("");
            let granularity = serde_plain(&m.granularity);
            let result = match args.format {
                Format::Tsv if many => writeln!(
                    out,
                    "{start}\t{end}\t{line}\t{}\t{value}\t{granularity}\t{qualifier}\t{}",
                    m.text, doc.path
                ),
                Format::Tsv => writeln!(
                    out,
                    "{start}\t{end}\t{line}\t{}\t{value}\t{granularity}\t{qualifier}",
                    m.text
                ),
                Format::Table => {
                    let phrase = match &m.preposition {
                        Some(p) => format!("{p} {}", m.text),
                        None => m.text.clone(),
                    };
                    let value = if value.is_empty() {
                        "(unanchored)"
                    } else {
                        value
                    };
                    let place = if many {
                        format!("{}:{line}", doc.path)
                    } else {
                        format!("{line}")
                    };
                    let qualifier = if qualifier.is_empty() {
                        String::new()
                    } else {
                        format!("  [{qualifier}]")
                    };
                    writeln!(out, "{place:>5}  {phrase:<32} → {value}{qualifier}")
                }
            };
            if result.is_err() {
                // A closed pipe (`| head`) is not an error worth a message.
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn serde_plain<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[derive(Deserialize)]
struct JsonIn {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    published: Option<String>,
}

#[derive(Serialize)]
struct JsonOut<'a> {
    id: &'a serde_json::Value,
    mentions: Vec<JsonMention>,
}

#[derive(Serialize)]
struct JsonMention {
    start: usize,
    end: usize,
    text: String,
    value: Option<String>,
    granularity: String,
    qualifier: Option<String>,
}

fn jsonl(args: &Args, options: TimeOptions) -> Result<ExitCode, Error> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for (i, line) in stdin.lock().lines().enumerate() {
        let lineno = i + 1;
        let line = line.map_err(|e| Error::Input(format!("<stdin>:{lineno}: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let input: JsonIn = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!(
                    "factable: error: <stdin>:{lineno}: not a JSON line {{\"id\", \"text\", \"published\"}}: {e}"
                );
                failed = true;
                continue;
            }
        };
        let published = match input.published.as_deref().map(str::trim) {
            None | Some("") => args
                .published
                .map(|d| Published::known(d, PublishedHow::Flag))
                .unwrap_or_default(),
            Some(s) => match super::parse_date(s) {
                Ok(d) => Published::known(d, PublishedHow::Manifest),
                Err(e) => {
                    eprintln!("factable: error: <stdin>:{lineno}: published: {e}");
                    failed = true;
                    Published::unknown()
                }
            },
        };
        let anchor = published.anchor();
        let mentions = time::tag(&input.text, anchor, options)
            .into_iter()
            .map(|m| JsonMention {
                start: m.start,
                end: m.end,
                granularity: serde_plain(&m.granularity),
                text: m.text,
                value: m.value,
                qualifier: m.qualifier,
            })
            .collect();
        let record = JsonOut {
            id: &input.id,
            mentions,
        };
        let json = serde_json::to_string(&record).expect("serializable");
        if writeln!(out, "{json}").is_err() {
            return Ok(ExitCode::SUCCESS);
        }
    }
    let _ = out.flush();
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
