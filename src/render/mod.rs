//! Printers: one per output format. Printers never compute; they lay out a
//! [`Report`] (or claims) that the reconciler already decided.

mod csv_out;
pub mod html;
mod html_chart;
mod html_range;
mod html_view;
mod markdown;
mod terminal;

use serde::Serialize;

use crate::claim::Claim;
use crate::error::Error;
use crate::reconcile::Report;

pub use csv_out::{TABLE_COLUMNS, claims_csv, table_csv, table_csv_part};
pub use markdown::markdown;
pub use terminal::terminal;

/// Output formats of `table` and `reconcile`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A row per fact, a column per source, for a person at a terminal.
    Table,
    /// A row per fact and source (RFC 4180), for spreadsheets.
    Csv,
    /// The whole report as one JSON document, for scripts.
    Json,
    /// A Markdown table and notes, for reports.
    Markdown,
    /// One self-contained HTML page (facts, timeline, figures, sources), for an editor
    /// (`batch --out-dir`: a page per story and an index).
    Html,
    /// The report as one JSON line (`{"story", "sources", "facts"}`): one line per story
    /// in `batch` and `reconcile --jsonl`.
    Jsonl,
}

/// How to lay out text output.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours (only on a terminal, never with NO_COLOR).
    pub color: bool,
    /// Width of the terminal table in columns.
    pub width: u16,
    /// CSV for spreadsheets: a UTF-8 byte-order mark, and formula-like cells guarded.
    pub excel: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
            excel: false,
        }
    }
}

/// Renders a report in a format.
pub fn report(report: &Report, format: Format, style: &Style) -> Result<Vec<u8>, Error> {
    Ok(match format {
        Format::Table => terminal(report, style).into_bytes(),
        Format::Csv => table_csv(report, style.excel)?,
        Format::Json => json(report)?,
        Format::Markdown => markdown(report).into_bytes(),
        Format::Jsonl => json_line(report)?,
        Format::Html => html::report(report)?,
    })
}

/// A value as pretty JSON with a final newline.
pub fn json<T: Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    let mut out = serde_json::to_vec_pretty(value).map_err(|e| Error::Input(e.to_string()))?;
    out.push(b'\n');
    Ok(out)
}

/// A value as one JSON line.
pub fn json_line<T: Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    let mut out = serde_json::to_vec(value).map_err(|e| Error::Input(e.to_string()))?;
    out.push(b'\n');
    Ok(out)
}

/// Claims as JSON lines, one claim per line (the input of `factable reconcile`).
pub fn claims_jsonl(claims: &[Claim]) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    for c in claims {
        serde_json::to_writer(&mut out, c).map_err(|e| Error::Input(e.to_string()))?;
        out.push(b'\n');
    }
    Ok(out)
}

/// A value as a person reads it: amounts and counts with thousands separators
/// (`9,000,000,000 USD`); other values as they are. CSV and JSON keep the exact value.
pub fn readable(kind: crate::claim::Kind, value: &str) -> String {
    use crate::claim::Kind;
    if !matches!(kind, Kind::Amount | Kind::Count) {
        return value.to_string();
    }
    let (number, rest) = value.split_once(' ').map_or((value, ""), |(n, r)| (n, r));
    let (int, frac) = number
        .split_once('.')
        .map_or((number, None), |(i, f)| (i, Some(f)));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return value.to_string();
    }
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if let Some(f) = frac {
        grouped.push('.');
        grouped.push_str(f);
    }
    if !rest.is_empty() {
        grouped.push(' ');
        grouped.push_str(rest);
    }
    grouped
}

/// Short column names for sources: the shortest leading part of each id, cut at `_`,
/// `-` or `.`, that still tells the sources apart (`000_2626…` → `000`).
pub fn short_names(ids: &[&str]) -> Vec<String> {
    let cut_points = |id: &str| -> Vec<usize> {
        let mut v: Vec<usize> = id
            .char_indices()
            .filter(|(_, c)| matches!(c, '_' | '-' | '.'))
            .map(|(i, _)| i)
            .filter(|&i| i > 0)
            .collect();
        v.push(id.len());
        v
    };
    ids.iter()
        .map(|id| {
            for cut in cut_points(id) {
                let prefix = &id[..cut];
                if ids.iter().filter(|o| o.starts_with(prefix)).count() == 1 {
                    return prefix.to_string();
                }
            }
            id.to_string()
        })
        .collect()
}

/// Replaces full source ids by their short names in a note.
pub(crate) fn shorten(note: &str, ids: &[&str], names: &[String]) -> String {
    let mut out = note.to_string();
    let mut pairs: Vec<(&str, &String)> = ids.iter().copied().zip(names.iter()).collect();
    pairs.sort_by_key(|(id, _)| std::cmp::Reverse(id.len()));
    for (id, name) in pairs {
        if id != name.as_str() {
            out = out.replace(id, name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_values_group_digits() {
        use crate::claim::Kind;
        assert_eq!(
            readable(Kind::Amount, "9000000000 USD"),
            "9,000,000,000 USD"
        );
        assert_eq!(readable(Kind::Amount, "1.25 USD"), "1.25 USD");
        assert_eq!(readable(Kind::Count, "15000"), "15,000");
        assert_eq!(readable(Kind::Count, "150"), "150");
        assert_eq!(readable(Kind::Date, "2025-07-03"), "2025-07-03");
    }

    #[test]
    fn short_names_tell_sources_apart() {
        assert_eq!(
            short_names(&["000_2626", "001_3cca", "002_c615"]),
            vec!["000", "001", "002"]
        );
        assert_eq!(short_names(&["reuters", "ap"]), vec!["reuters", "ap"]);
        assert_eq!(
            short_names(&["bbc-news-1", "bbc-news-2"]),
            vec!["bbc-news-1", "bbc-news-2"]
        );
    }
}
