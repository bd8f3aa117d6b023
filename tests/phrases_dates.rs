//! The phrase corpora of dates, run against `time::tag`: `tests/phrases/dates.tsv` (the
//! development corpus) and `tests/phrases/dates-holdout.tsv` (held out: 207/220 = 94.1%
//! when it was added, before any change made from its failures) and
//! `tests/phrases/dates-forms.tsv` (the forms dates take, issue 11).
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
const HOLDOUT_THRESHOLD: f64 = 0.92;
const FORMS_THRESHOLD: f64 = 0.96;

struct Case {
    line: usize,
    category: String,
    published: String,
    text: String,
    phrase: String,
    value: String,
    qualifier: String,
}

fn load(name: &str) -> Vec<Case> {
    let path = format!("{}/tests/phrases/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut cases = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if i == 0 || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 5, "{name}:{}: expected 5 or 6 columns", i + 1);
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

/// The corpus the tagger was developed against.
#[test]
fn phrase_corpus_of_dates() {
    evaluate("dates.tsv", THRESHOLD);
}

/// A held-out corpus written independently of the tagger and of dates.tsv, by an author
/// who saw neither: the honest estimate of how the tagger does on phrases it has never
/// met. Its floor sits just below the rate measured when it was added; it is an
/// estimate, so it is never fitted to.
#[test]
fn held_out_phrase_corpus_of_dates() {
    evaluate("dates-holdout.tsv", HOLDOUT_THRESHOLD);
}

/// A corpus of the many forms dates take (issue 11), written by a helper who had not read
/// the tagger, with its own independent checker (`tests/phrases/dates-forms-verify.py`).
/// First figure, before any change made for it: 240/451 = 53.2% (absolute 9/41, decade
/// 20/29, duration 18/30, holiday 9/32, lastnext 37/41, news 49/75, offset 12/37, quarter
/// 19/30, range 18/32, tense 28/28, within 16/38, words 5/38). After the forms were
/// added (a rule per form, never per phrase): 438/451 = 97.1%; the floor sits just below.
/// Of the thirteen left, twelve are expectations the tagger does not follow on purpose:
/// `a week ago` / `2 weeks ago` as days (lines 148, 154; the development corpus keeps
/// the ISO week), `P2Y6M` / `P1Y6M` / `PT4H30M` for `two and a half years`, `a year and
/// a half`, `four and a half hours` (289, 301, 296; the unit tests fix `P30M`, `P18M`,
/// `PT270M`), `Jun-Aug` in a present-tense clause as next year's (338; with no tense
/// cue a bare month is the most recent), lower-case `sat` / `sun` in chat (474, 475;
/// the verb and the star), `the year to November` as January-November (463; the rule
/// packs read `in the year to October` as the month the figure is for), `by Friday` after `has ordered` and `by EOD Tues` after a
/// `Reminder:` (480, 444; the tense cue before them is past or missing), `Call me back
/// in a couple of days` (173; an imperative, no tense cue) and `Payments resume on the
/// twenty-eighth` (82; a bare present).
#[test]
fn forms_phrase_corpus_of_dates() {
    evaluate("dates-forms.tsv", FORMS_THRESHOLD);
}

fn evaluate(name: &str, threshold: f64) {
    let cases = load(name);
    assert!(!cases.is_empty(), "{name} has no cases");
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut extent_exact = 0usize;
    let mut extent_total = 0usize;
    for c in &cases {
        let anchor = if c.published == "-" {
            Anchor::None
        } else {
            let d = NaiveDate::parse_from_str(&c.published, "%Y-%m-%d")
                .unwrap_or_else(|_| panic!("{name}:{}: bad published date", c.line));
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
            panic!("{name}:{}: phrase `{}` not in text", c.line, c.phrase);
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
                "{name}:{} [{}] {}\n    expected `{}` → {} [{}]; got {}",
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
    println!("dates phrase corpus {name}:");
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
        rate >= threshold,
        "{name}: pass rate {rate:.3} is below {threshold}"
    );
}
