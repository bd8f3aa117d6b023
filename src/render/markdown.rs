//! Markdown: the fact table and its notes, for a report.

use crate::reconcile::{Report, Status};

use super::{short_names, shorten};

/// A Markdown table (a row per fact, a column per source) followed by the notes.
pub fn markdown(report: &Report) -> String {
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    let names = short_names(&ids);
    let mut out = String::from("| fact | status |");
    for n in &names {
        out.push_str(&format!(" {} |", cell(n)));
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(names.len()));
    out.push('\n');
    for f in &report.facts {
        let status = match f.status {
            Status::Conflict => "**CONFLICT**".to_string(),
            s => s.as_str().to_string(),
        };
        out.push_str(&format!("| {} | {status} |", cell(&f.label)));
        for id in &ids {
            match f.claims.iter().find(|c| c.source == *id) {
                Some(c) => {
                    let v = if c.value.is_empty() {
                        "—".to_string()
                    } else {
                        super::readable(f.kind, &c.value)
                    };
                    out.push_str(&format!(" {} <br> “{}” |", cell(&v), cell(&c.stated)));
                }
                None => out.push_str("  |"),
            }
        }
        out.push('\n');
    }
    let notes: Vec<String> = report
        .facts
        .iter()
        .filter(|f| !f.note.is_empty())
        .map(|f| {
            format!(
                "- **{}** ({}): {}",
                cell(&f.id),
                f.status.as_str(),
                cell(&shorten(&f.note, &ids, &names))
            )
        })
        .collect();
    if !notes.is_empty() {
        out.push_str("\nNotes:\n\n");
        out.push_str(&notes.join("\n"));
        out.push('\n');
    }
    out.push_str("\nSources:\n\n");
    for (s, n) in report.sources.iter().zip(&names) {
        let published = if s.published.is_empty() {
            "unknown".to_string()
        } else {
            format!("{} ({})", s.published, s.published_how.as_str())
        };
        out.push_str(&format!("- `{n}`: {}, published {published}", cell(&s.id)));
        if !s.note.is_empty() {
            out.push_str(&format!(": {}", cell(&s.note)));
        }
        for (what, v) in [("outlet", &s.outlet), ("file", &s.file), ("url", &s.url)] {
            if !(v.is_empty() || what == "outlet" && *v == s.id) {
                out.push_str(&format!("; {what} `{}`", v.replace('`', "'")));
            }
        }
        out.push('\n');
    }
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
