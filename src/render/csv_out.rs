//! CSV: RFC 4180 through the `csv` crate. Plain CSV is byte-exact; `--excel` adds a
//! byte-order mark and guards cells a spreadsheet would run as a formula.

use crate::claim::Claim;
use crate::error::Error;
use crate::reconcile::Report;

/// The columns of `table --format csv`, in order: the first 14 are fixed, the source's
/// file, outlet and url trail them.
pub const TABLE_COLUMNS: [&str; 17] = [
    "fact",
    "label",
    "kind",
    "status",
    "source",
    "published",
    "published_how",
    "stated",
    "value",
    "qualifier",
    "evidence",
    "line",
    "rule",
    "note",
    "file",
    "outlet",
    "url",
];

/// A row per fact and source.
pub fn table_csv(report: &Report, excel: bool) -> Result<Vec<u8>, Error> {
    table_csv_part(report, excel, false, true)
}

/// The rows of one report in a CSV of many stories: with a leading `story` column when
/// `story_column`, and the header (and `--excel`'s byte-order mark) only when `header`,
/// so that parts written one after another make one CSV.
pub fn table_csv_part(
    report: &Report,
    excel: bool,
    story_column: bool,
    header: bool,
) -> Result<Vec<u8>, Error> {
    let mut w = writer_for(excel && header, excel);
    if header {
        if story_column {
            let mut cols = vec!["story"];
            cols.extend(TABLE_COLUMNS);
            write_row(&mut w, &cols, excel)?;
        } else {
            write_row(&mut w, &TABLE_COLUMNS, excel)?;
        }
    }
    let blank = crate::reconcile::Source {
        id: String::new(),
        file: String::new(),
        outlet: String::new(),
        url: String::new(),
        published: String::new(),
        published_how: Default::default(),
        note: String::new(),
    };
    for f in &report.facts {
        for c in &f.claims {
            let source = report
                .sources
                .iter()
                .find(|s| s.id == c.source)
                .unwrap_or(&blank);
            let mut note = f.note.clone();
            if !c.published_note.is_empty() {
                if !note.is_empty() {
                    note.push_str("; ");
                }
                note.push_str(&format!(
                    "{} published {}: {}",
                    c.source, c.published, c.published_note
                ));
            }
            let line = c.line.to_string();
            let row = [
                f.id.as_str(),
                &f.label,
                f.kind.as_str(),
                f.status.as_str(),
                &c.source,
                &c.published,
                c.published_how.as_str(),
                &c.stated,
                &c.value,
                &c.qualifier,
                &c.evidence,
                &line,
                &c.rule,
                &note,
                &source.file,
                &source.outlet,
                &source.url,
            ];
            if story_column {
                let mut with = vec![report.story.as_str()];
                with.extend(row);
                write_row(&mut w, &with, excel)?;
            } else {
                write_row(&mut w, &row, excel)?;
            }
        }
    }
    finish(w, excel)
}

/// The columns of `extract --format csv`.
pub const CLAIM_COLUMNS: [&str; 14] = [
    "fact",
    "label",
    "kind",
    "source",
    "published",
    "published_how",
    "stated",
    "value",
    "qualifier",
    "evidence",
    "line",
    "rule",
    "times",
    "start",
];

/// Claims, a row each.
pub fn claims_csv(claims: &[Claim], excel: bool) -> Result<Vec<u8>, Error> {
    let mut w = writer(excel);
    w.write_record(CLAIM_COLUMNS).map_err(csv_err)?;
    for c in claims {
        let (line, times, start) = (c.line.to_string(), c.times.to_string(), c.start.to_string());
        let row = [
            c.fact.as_str(),
            &c.label,
            c.kind.as_str(),
            &c.source,
            &c.published,
            c.published_how.as_str(),
            &c.stated,
            &c.value,
            &c.qualifier,
            &c.evidence,
            &line,
            &c.rule,
            &times,
            &start,
        ];
        write_row(&mut w, &row, excel)?;
    }
    finish(w, excel)
}

fn writer(bom: bool) -> csv::Writer<Vec<u8>> {
    writer_for(bom, bom)
}

fn writer_for(bom: bool, crlf: bool) -> csv::Writer<Vec<u8>> {
    let mut buf = Vec::new();
    if bom {
        buf.extend_from_slice("\u{feff}".as_bytes());
    }
    csv::WriterBuilder::new()
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(buf)
}

fn write_row(w: &mut csv::Writer<Vec<u8>>, row: &[&str], excel: bool) -> Result<(), Error> {
    if excel {
        let guarded: Vec<String> = row.iter().map(|c| guard(c)).collect();
        w.write_record(&guarded).map_err(csv_err)
    } else {
        w.write_record(row).map_err(csv_err)
    }
}

fn finish(w: csv::Writer<Vec<u8>>, _excel: bool) -> Result<Vec<u8>, Error> {
    w.into_inner().map_err(|e| Error::Input(e.to_string()))
}

/// A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, carriage return first)
/// gets a leading `'`.
pub fn guard(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn csv_err(e: csv::Error) -> Error {
    Error::Input(format!("writing CSV: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded_only_for_excel() {
        assert_eq!(guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("-3pp"), "'-3pp");
        assert_eq!(guard("in April"), "in April");
    }
}
