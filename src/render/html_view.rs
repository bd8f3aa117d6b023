//! The HTML report's view model: everything the templates show, built from a
//! [`Report`] (and the charts from [`super::html_chart`]). Text stays raw here; the
//! templates escape it.

use serde::Serialize;

use crate::claim::{Claim, Kind};
use crate::corpus::PublishedHow;
use crate::reconcile::{Fact, Report, Source, Status};

use super::html_chart::{self, FactInfo, Timeline};
use super::html_range::{self, RangeChart};
use super::{readable, short_names, shorten};

/// The story page.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// The story's name, or a generic title when the report has none.
    pub title: String,
    pub story: String,
    pub counts: Counts,
    /// The statuses present, for the filter and the summary.
    pub statuses: Vec<StatusCount>,
    pub sources: Vec<SourceView>,
    pub facts: Vec<FactView>,
    pub timeline: Option<Timeline>,
    pub ranges: Vec<RangeChart>,
}

/// How many sources and facts a story has, and of which status.
#[derive(Debug, Clone, Copy, Serialize, Default)]
pub struct Counts {
    pub sources: usize,
    pub facts: usize,
    pub conflicts: usize,
    pub partial: usize,
}

/// A status with its word, icon and number of facts.
#[derive(Debug, Clone, Serialize)]
pub struct StatusCount {
    pub status: &'static str,
    pub word: &'static str,
    pub icon: &'static str,
    pub count: usize,
}

/// One source as the page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// The short name the table and charts use.
    pub short: String,
    pub id: String,
    pub outlet: String,
    pub file: String,
    pub published: String,
    pub how: &'static str,
    /// How the publication date is known, in words.
    pub how_text: &'static str,
    pub inferred: bool,
    /// Why an inferred window is what it is.
    pub note: String,
    pub url: String,
    /// The url as a link target: only an http(s) address is one.
    pub href: Option<String>,
}

/// One fact row.
#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    pub anchor: String,
    pub id: String,
    pub label: String,
    pub kind: &'static str,
    pub status: &'static str,
    pub word: &'static str,
    pub icon: &'static str,
    /// The consensus value as a person reads it (`—` when none).
    pub consensus: String,
    pub note: String,
    pub claims: Vec<ClaimView>,
    /// Anchor of the fact's chart (its timeline lane or range chart), if it has one.
    pub chart: Option<String>,
}

/// One source's claim of a fact.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    pub source: String,
    pub source_id: String,
    pub value: String,
    pub qualifier: String,
    pub stated: String,
    /// False when the words are the value itself (a quotation).
    pub show_stated: bool,
    /// The evidence sentence around the stated words, which `<mark>` highlights.
    pub before: String,
    pub marked: String,
    pub after: String,
    pub line: usize,
    pub rule: String,
    pub times: usize,
    pub outlier: bool,
}

/// The icon and word of a status, so it reads without colour.
pub fn status_sign(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Conflict => ("✗", "Conflict"),
        Status::Partial => ("≈", "Partial"),
        Status::Agree => ("✓", "Agree"),
        Status::Single => ("•", "Single"),
        Status::Unresolved => ("?", "Unresolved"),
    }
}

const STATUSES: [Status; 5] = [
    Status::Conflict,
    Status::Partial,
    Status::Agree,
    Status::Single,
    Status::Unresolved,
];

/// An http(s) address as a link target; anything else (`javascript:`, `data:`, a
/// path) is not one.
pub fn web_href(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && !u.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then(|| u.to_string())
}

fn how_text(how: PublishedHow) -> &'static str {
    match how {
        PublishedHow::Header => "from the article's date line",
        PublishedHow::Manifest => "from sources.csv",
        PublishedHow::Flag => "given with --published",
        PublishedHow::Inferred => "inferred window",
        PublishedHow::Unknown => "unknown",
    }
}

/// Splits the evidence at the first occurrence of the stated words (case-insensitive):
/// before, the words as written in the evidence, after. With no occurrence, everything
/// is before.
pub fn split_evidence(evidence: &str, stated: &str) -> (String, String, String) {
    let needle: Vec<char> = stated.trim().chars().flat_map(char::to_lowercase).collect();
    if !needle.is_empty() {
        for (i, _) in evidence.char_indices() {
            let mut k = 0;
            let mut end = i;
            // Compare char by char, lower-cased, so the byte offsets stay the evidence's.
            'scan: for (j, ch) in evidence[i..].char_indices() {
                for lc in ch.to_lowercase() {
                    if k >= needle.len() || needle[k] != lc {
                        break 'scan;
                    }
                    k += 1;
                }
                end = i + j + ch.len_utf8();
                if k == needle.len() {
                    break;
                }
            }
            if k == needle.len() {
                return (
                    evidence[..i].to_string(),
                    evidence[i..end].to_string(),
                    evidence[end..].to_string(),
                );
            }
        }
    }
    (evidence.to_string(), String::new(), String::new())
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

fn shown_value(kind: Kind, c: &Claim) -> String {
    if c.value.is_empty() {
        "—".to_string()
    } else {
        readable(kind, &c.value)
    }
}

fn source_view(s: &Source, short: &str, ids: &[&str], names: &[String]) -> SourceView {
    SourceView {
        short: short.to_string(),
        id: s.id.clone(),
        outlet: s.outlet.clone(),
        file: s.file.clone(),
        published: s.published.clone(),
        how: s.published_how.as_str(),
        how_text: how_text(s.published_how),
        inferred: s.published_how == PublishedHow::Inferred,
        note: shorten(&s.note, ids, names),
        url: s.url.clone(),
        href: web_href(&s.url),
    }
}

/// Builds the story page of a report: facts in status order (conflicts first, as the
/// reconciler ranked them within a status), sources, the timeline and range charts.
pub fn page(report: &Report) -> Page {
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    let names = short_names(&ids);
    let name_of = |id: &str| -> String {
        ids.iter()
            .position(|i| *i == id)
            .map_or_else(|| id.to_string(), |p| names[p].clone())
    };
    let mut order: Vec<&Fact> = report.facts.iter().collect();
    order.sort_by_key(|f| f.status);

    let infos: Vec<FactInfo> = order
        .iter()
        .enumerate()
        .map(|(i, f)| FactInfo {
            fact: f,
            anchor: format!("fact-{}", i + 1),
            icon: status_sign(f.status).0,
            names: f.claims.iter().map(|c| name_of(&c.source)).collect(),
            outliers: f.claims.iter().map(|c| html_chart::outlier(f, c)).collect(),
        })
        .collect();
    let timeline = html_chart::timeline(&infos);
    let ranges: Vec<RangeChart> = infos
        .iter()
        .enumerate()
        .filter_map(|(i, info)| html_range::range_chart(info, format!("figure-{}", i + 1)))
        .collect();

    let facts = infos
        .iter()
        .map(|info| {
            let f = info.fact;
            let (icon, word) = status_sign(f.status);
            let claims = f
                .claims
                .iter()
                .zip(&info.names)
                .zip(&info.outliers)
                .map(|((c, name), &outlier)| {
                    let value = shown_value(f.kind, c);
                    let (before, marked, after) = split_evidence(&c.evidence, &c.stated);
                    ClaimView {
                        source: name.clone(),
                        source_id: c.source.clone(),
                        show_stated: !same_words(&value, &c.stated),
                        value,
                        qualifier: c.qualifier.clone(),
                        stated: c.stated.clone(),
                        before,
                        marked,
                        after,
                        line: c.line,
                        rule: c.rule.clone(),
                        times: c.times,
                        outlier,
                    }
                })
                .collect();
            let chart = if timeline
                .as_ref()
                .is_some_and(|t| t.lanes.iter().any(|l| l.anchor == info.anchor))
            {
                Some(format!("lane-{}", info.anchor))
            } else {
                ranges
                    .iter()
                    .find(|r| r.fact_anchor == info.anchor)
                    .map(|r| r.anchor.clone())
            };
            FactView {
                anchor: info.anchor.clone(),
                id: f.id.clone(),
                label: f.label.clone(),
                kind: f.kind.as_str(),
                status: f.status.as_str(),
                word,
                icon,
                consensus: if f.consensus.is_empty() {
                    if f.status == Status::Conflict {
                        "no consensus".to_string()
                    } else {
                        "—".to_string()
                    }
                } else if f.kind == Kind::Quote {
                    html_chart::cut(&f.consensus, 60)
                } else {
                    readable(f.kind, &f.consensus)
                },
                note: shorten(&f.note, &ids, &names),
                claims,
                chart,
            }
        })
        .collect();

    let count = |s: Status| report.facts.iter().filter(|f| f.status == s).count();
    Page {
        title: if report.story.is_empty() {
            "Fact table".to_string()
        } else {
            report.story.clone()
        },
        story: report.story.clone(),
        counts: Counts {
            sources: report.sources.len(),
            facts: report.facts.len(),
            conflicts: count(Status::Conflict),
            partial: count(Status::Partial),
        },
        statuses: STATUSES
            .iter()
            .map(|&s| {
                let (icon, word) = status_sign(s);
                StatusCount {
                    status: s.as_str(),
                    word,
                    icon,
                    count: count(s),
                }
            })
            .filter(|s| s.count > 0)
            .collect(),
        sources: report
            .sources
            .iter()
            .zip(&names)
            .map(|(s, n)| source_view(s, n, &ids, &names))
            .collect(),
        facts,
        timeline,
        ranges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stated_words_are_found_in_the_evidence() {
        assert_eq!(
            split_evidence("It was lifted in April.", "in april"),
            ("It was lifted ".into(), "in April".into(), ".".into())
        );
        assert_eq!(
            split_evidence("Ça s’est passé en Août.", "en août"),
            ("Ça s’est passé ".into(), "en Août".into(), ".".into())
        );
        assert_eq!(
            split_evidence("No words here.", "in May"),
            ("No words here.".into(), String::new(), String::new())
        );
        assert_eq!(split_evidence("", "x").0, "");
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert_eq!(
            web_href(" https://example.com/a?b=1 ").as_deref(),
            Some("https://example.com/a?b=1")
        );
        assert!(web_href("HTTP://EXAMPLE.COM").is_some());
        assert_eq!(web_href("javascript:alert(1)"), None);
        assert_eq!(web_href("JavaScript:alert(1)"), None);
        assert_eq!(web_href("data:text/html,<script>"), None);
        assert_eq!(web_href("//example.com"), None);
        assert_eq!(web_href("https://a b"), None);
    }

    #[test]
    fn statuses_read_without_colour() {
        for s in STATUSES {
            let (icon, word) = status_sign(s);
            assert!(!icon.is_empty() && word.eq_ignore_ascii_case(s.as_str()));
        }
    }
}
