//! The terminal table: a row per fact, a column per source, conflicts marked.

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

use crate::reconcile::{Report, Status};
use crate::value::{self, Relation};

use super::{Style, short_names, shorten};

/// The fact table for a person at a terminal, followed by the notes and a legend of the
/// sources.
pub fn terminal(report: &Report, style: &Style) -> String {
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    let names = short_names(&ids);
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let mut header = vec![Cell::new("fact"), Cell::new("status")];
    header.extend(names.iter().map(Cell::new));
    table.set_header(header);
    for f in &report.facts {
        let mut row = vec![Cell::new(&f.label)];
        let status = match f.status {
            Status::Conflict => "CONFLICT",
            s => s.as_str(),
        };
        let mut status_cell = Cell::new(status);
        if style.color {
            status_cell = match f.status {
                Status::Conflict => status_cell.fg(Color::Red).add_attribute(Attribute::Bold),
                Status::Partial => status_cell.fg(Color::Yellow),
                Status::Agree => status_cell.fg(Color::Green),
                _ => status_cell,
            };
        }
        row.push(status_cell);
        for id in &ids {
            let Some(c) = f.claims.iter().find(|c| c.source == *id) else {
                row.push(Cell::new(""));
                continue;
            };
            let outlier = f.status == Status::Conflict
                && !f.consensus.is_empty()
                && !c.value.is_empty()
                && value::compare(f.kind, (&c.value, &c.qualifier), (&f.consensus, ""))
                    == Relation::Disjoint;
            let shown = if c.value.is_empty() {
                "—".to_string()
            } else {
                super::readable(f.kind, &c.value)
            };
            // The source's words under the value, unless they are the value (quotes).
            let words = if same_words(&shown, &c.stated) {
                String::new()
            } else {
                format!("\n{}", c.stated)
            };
            let text = if outlier {
                format!("✗ {shown}{words}")
            } else {
                format!("{shown}{words}")
            };
            let mut cell = Cell::new(text);
            if outlier && style.color {
                cell = cell.fg(Color::Red).add_attribute(Attribute::Bold);
            }
            row.push(cell);
        }
        table.add_row(row);
    }
    let mut out = table.to_string();
    out.push('\n');
    let notes: Vec<&crate::reconcile::Fact> = report
        .facts
        .iter()
        .filter(|f| !f.note.is_empty() && f.status != Status::Agree)
        .collect();
    if !notes.is_empty() {
        out.push('\n');
        for f in notes {
            let text = format!(
                "{} ({}): {}",
                f.id,
                f.status.as_str(),
                shorten(&f.note, &ids, &names)
            );
            out.push_str(&wrap(&text, style.width as usize, "    "));
        }
    }
    out.push('\n');
    for (s, n) in report.sources.iter().zip(&names) {
        let published = if s.published.is_empty() {
            "publication date unknown".to_string()
        } else {
            format!("published {} ({})", s.published, s.published_how.as_str())
        };
        let mut line = format!("{n:>6}  {}  {published}", s.id);
        if !s.note.is_empty() {
            line.push_str(&format!(": {}", shorten(&s.note, &ids, &names)));
        }
        for (what, v) in [("outlet", &s.outlet), ("file", &s.file), ("url", &s.url)] {
            if !(v.is_empty() || what == "outlet" && *v == s.id) {
                line.push_str(&format!("; {what} {v}"));
            }
        }
        out.push_str(&wrap(&line, style.width as usize, "        "));
    }
    out
}

/// True when two texts differ only in case, quotation marks and spacing.
fn same_words(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    key(a) == key(b)
}

/// Wraps text at spaces to a width, continuation lines indented; ends with a newline.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let len = line.chars().count();
        if len > indent.len() && len + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_string();
        } else if !line.is_empty() && !line.ends_with(' ') {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}
