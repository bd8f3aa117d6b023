//! The phrase corpus of dates: `tests/phrases/dates.tsv`, run against `time::tag`.
//!
//! Columns: `category published text phrase value qualifier`. `published` `-` means no
//! anchor; `value` `-` means the phrase must be found with no value, `NONE` that nothing
//! may be tagged overlapping it. A case passes when a mention overlapping the phrase has
//! exactly the expected value (and qualifier, when one is expected). The test prints the
//! pass rate per category, every failure, and how many extents match the phrase exactly.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use factable::time::{self, Anchor, TimeMention, TimeOptions};

/// The overall pass rate must stay at or above this.
const THRESHOLD: f64 = 0.98;

struct Case {
    line: usize,
    category: String,
    published: String,
    text: String,
    phrase: String,
    value: String,
    qualifier: String,
}

fn load() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/phrases/dates.tsv");
    let data = std::fs::read_to_string(path).expect("tests/phrases/dates.tsv is readable");
    let mut cases = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if i == 0 || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 5, "dates.tsv:{}: expected 5 or 6 columns", i + 1);
        cases.push(Case {
            line: i + 1,
            category: f[0].to_owned(),
            published: f[1].to_owned(),
            text: f[2].to_owned(),
            phrase: f[3].to_owned(),
            value: f[4].to_owned(),
            qualifier: f.get(5).copied().unwrap_or("").to_owned(),
        });
    }
    cases
}

fn describe(ms: &[&TimeMention]) -> String {
    if ms.is_empty() {
        return "nothing".to_owned();
    }
    ms.iter()
        .map(|m| {
            format!(
                "`{}` → {} [{}]",
                m.text,
                m.value.as_deref().unwrap_or("(none)"),
                m.qualifier.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn phrase_corpus_of_dates() {
    let cases = load();
    assert!(!cases.is_empty(), "dates.tsv has no cases");
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut extent_exact = 0usize;
    let mut extent_total = 0usize;
    for c in &cases {
        let anchor = if c.published == "-" {
            Anchor::None
        } else {
            let d = NaiveDate::parse_from_str(&c.published, "%Y-%m-%d")
                .unwrap_or_else(|_| panic!("dates.tsv:{}: bad published date", c.line));
            Anchor::Day(d)
        };
        let mentions = time::tag(&c.text, anchor, TimeOptions::default());
        for m in &mentions {
            assert_eq!(
                &c.text[m.start..m.end],
                m.text,
                "extent text matches offsets"
            );
        }
        let Some(ps) = c.text.find(&c.phrase) else {
            panic!("dates.tsv:{}: phrase `{}` not in text", c.line, c.phrase);
        };
        let pe = ps + c.phrase.len();
        let over: Vec<&TimeMention> = mentions
            .iter()
            .filter(|m| m.start < pe && m.end > ps)
            .collect();
        let qual_ok = |m: &TimeMention| {
            c.qualifier.is_empty() || m.qualifier.as_deref() == Some(c.qualifier.as_str())
        };
        let pass = match c.value.as_str() {
            "NONE" => over.is_empty(),
            "-" => over.iter().any(|m| m.value.is_none() && qual_ok(m)),
            v => over
                .iter()
                .any(|m| m.value.as_deref() == Some(v) && qual_ok(m)),
        };
        if c.value != "NONE" {
            extent_total += 1;
            if over.iter().any(|m| m.text == c.phrase) {
                extent_exact += 1;
            }
        }
        let e = per.entry(c.category.clone()).or_default();
        e.1 += 1;
        if pass {
            e.0 += 1;
        } else {
            failures.push(format!(
                "dates.tsv:{} [{}] {}\n    expected `{}` → {} [{}]; got {}",
                c.line,
                c.category,
                c.text,
                c.phrase,
                c.value,
                c.qualifier,
                describe(&over)
            ));
        }
    }
    let total: usize = per.values().map(|v| v.1).sum();
    let passed: usize = per.values().map(|v| v.0).sum();
    println!("dates phrase corpus:");
    for (cat, (p, t)) in &per {
        println!(
            "  {cat:<12} {p:>4}/{t:<4} {:>6.1}%",
            100.0 * *p as f64 / *t as f64
        );
    }
    let rate = passed as f64 / total as f64;
    println!(
        "  {:<12} {passed:>4}/{total:<4} {:>6.1}%",
        "overall",
        100.0 * rate
    );
    println!(
        "  extents equal to the phrase: {extent_exact}/{extent_total} ({:.1}%)",
        100.0 * extent_exact as f64 / extent_total.max(1) as f64
    );
    if !failures.is_empty() {
        println!("failures:");
        for f in &failures {
            println!("  {f}");
        }
    }
    assert!(
        rate >= THRESHOLD,
        "pass rate {rate:.3} is below {THRESHOLD}"
    );
}
