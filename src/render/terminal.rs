//! The terminal table: a row per fact, a column per source, conflicts marked.

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

use crate::reconcile::{Report, Status};
use crate::value::{self, Relation};

use super::{Style, shorten};

/// Sources shown as columns; a story with more gets a row per fact with its consensus
/// and how many sources state it (`--format csv` has every cell).
const MAX_SOURCE_COLUMNS: usize = 16;

/// Source ids above which notes are shortened in one pass over each note.
const MANY_IDS: usize = 64;

/// The fact table for a person at a terminal, followed by the notes and a legend of the
/// sources.
pub fn terminal(report: &Report, style: &Style) -> String {
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    let names = short_names(&ids);
    let wide = ids.len() > MAX_SOURCE_COLUMNS;
    let short = Shortener::new(&ids, &names);
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
    if wide {
        header.extend([Cell::new("consensus"), Cell::new("sources")]);
    } else {
        header.extend(names.iter().map(Cell::new));
    }
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
        if wide {
            let consensus = if f.consensus.is_empty() {
                "—".to_string()
            } else {
                super::readable(f.kind, &f.consensus)
            };
            row.extend([Cell::new(consensus), Cell::new(f.claims.len())]);
            table.add_row(row);
            continue;
        }
        // Each source's claim (its first), found once per fact.
        let mut of_source: std::collections::HashMap<&str, &crate::claim::Claim> =
            std::collections::HashMap::new();
        for c in &f.claims {
            of_source.entry(c.source.as_str()).or_insert(c);
        }
        for id in &ids {
            let Some(&c) = of_source.get(id) else {
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
            let text = format!("{} ({}): {}", f.id, f.status.as_str(), short.apply(&f.note));
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
            line.push_str(&format!(": {}", short.apply(&s.note)));
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

/// The shortest prefix of each id (cut at `_`, `-` or `.`) that no other id starts with,
/// else the whole id. Ids that start with a prefix stand together in sorted order, so a
/// prefix is unique when neither sorted neighbour has it.
fn short_names(ids: &[&str]) -> Vec<String> {
    let mut sorted: Vec<&str> = ids.to_vec();
    sorted.sort_unstable();
    ids.iter()
        .map(|id| {
            let at = sorted.partition_point(|o| o < id);
            let prev = at.checked_sub(1).map(|k| sorted[k]);
            let next = sorted.get(at + 1).copied();
            let cuts = id
                .char_indices()
                .filter(|&(i, c)| i > 0 && matches!(c, '_' | '-' | '.'))
                .map(|(i, _)| i)
                .chain([id.len()]);
            for cut in cuts {
                let prefix = &id[..cut];
                let shared = |o: Option<&str>| o.is_some_and(|o| o.starts_with(prefix));
                if !shared(prev) && !shared(next) {
                    return prefix.to_string();
                }
            }
            id.to_string()
        })
        .collect()
}

/// Source ids replaced by their short names in notes: id by id (longest first) for a few
/// sources, in one leftmost-longest pass over the note for many.
struct Shortener<'a> {
    ids: &'a [&'a str],
    names: &'a [String],
    many: Option<(aho_corasick::AhoCorasick, Vec<&'a str>)>,
}

impl<'a> Shortener<'a> {
    fn new(ids: &'a [&'a str], names: &'a [String]) -> Shortener<'a> {
        let many = (ids.len() > MANY_IDS)
            .then(|| {
                let (from, to): (Vec<&str>, Vec<&str>) = ids
                    .iter()
                    .zip(names)
                    .filter(|(id, name)| **id != name.as_str())
                    .map(|(id, name)| (*id, name.as_str()))
                    .unzip();
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .build(&from)
                    .ok()
                    .map(|ac| (ac, to))
            })
            .flatten();
        Shortener { ids, names, many }
    }

    fn apply(&self, note: &str) -> String {
        match &self.many {
            Some((ac, to)) => ac.replace_all(note, to),
            None => shorten(note, self.ids, self.names),
        }
    }
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
