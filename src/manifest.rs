//! `sources.csv`, the manifest of a story folder: a row per article with its outlet,
//! publication date and address.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use crate::error::Problem;

const BOM: &str = "\u{feff}";

/// A row of `sources.csv`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    pub(crate) outlet: Option<String>,
    pub(crate) published: Option<NaiveDate>,
    pub(crate) url: Option<String>,
    /// `path/sources.csv:line`, for messages.
    pub(crate) place: String,
}

/// Reads `sources.csv`: a header naming at least `file`, then one row per article. Bad
/// rows are reported with their line and left out; the good ones are keyed by file name.
pub(crate) fn read_manifest(
    dir: &Path,
    path: &Path,
    problems: &mut Vec<Problem>,
) -> HashMap<String, Entry> {
    let shown = path.display().to_string();
    let mut map = HashMap::new();
    let mut reader = match csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_path(path)
    {
        Ok(r) => r,
        Err(e) => {
            problems.push(Problem::error(shown, format!("cannot read: {e}")));
            return map;
        }
    };
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            problems.push(Problem::error(shown, format!("unreadable header: {e}")).at_line(1));
            return map;
        }
    };
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches(BOM).trim().eq_ignore_ascii_case(name))
    };
    let Some(file_col) = column("file") else {
        problems.push(
            Problem::error(
                shown,
                "no 'file' column: the first line must name the columns, e.g. \
                 file,outlet,published,url",
            )
            .at_line(1),
        );
        return map;
    };
    let (outlet_col, published_col, url_col) =
        (column("outlet"), column("published"), column("url"));
    let mut seen: HashMap<String, usize> = HashMap::new();
    for result in reader.records() {
        let record = match result {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!(
                        "row has {len} fields where the header has {expected_len}; \
                         quote fields that contain commas"
                    ),
                    _ => format!("unreadable row: {e}"),
                };
                let mut p = Problem::error(shown.clone(), message);
                if let Some(line) = line {
                    p = p.at_line(line);
                }
                problems.push(p);
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        let field = |col: Option<usize>| {
            col.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let Some(file) = field(Some(file_col)) else {
            if record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            problems.push(Problem::error(shown.clone(), "empty 'file' field").at_line(line));
            continue;
        };
        let exists = dir.join(&file).is_file() || dir.join(format!("{file}.txt")).is_file();
        if !exists {
            problems.push(
                Problem::error(
                    shown.clone(),
                    format!("file '{file}' does not exist in {}", dir.display()),
                )
                .at_line(line),
            );
            continue;
        }
        let published = match field(published_col) {
            None => None,
            Some(s) => match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    problems.push(
                        Problem::error(
                            shown.clone(),
                            format!(
                                "published '{s}' is not a date: write it as YYYY-MM-DD, \
                                 e.g. 2025-07-04"
                            ),
                        )
                        .at_line(line),
                    );
                    continue;
                }
            },
        };
        if let Some(first) = seen.get(&file) {
            problems.push(
                Problem::warning(
                    shown.clone(),
                    format!(
                        "file '{file}' is listed again (first on line {first}); this row is ignored"
                    ),
                )
                .at_line(line),
            );
            continue;
        }
        seen.insert(file.clone(), line);
        map.insert(
            file,
            Entry {
                outlet: field(outlet_col),
                published,
                url: field(url_col),
                place: format!("{shown}:{line}"),
            },
        );
    }
    map
}
