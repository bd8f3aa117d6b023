//! Scores `numbers::measure::find` on tests/phrases/measures.tsv and
//! `numbers::clock::find` on tests/phrases/clock.tsv, and asserts every case passes.
//!
//! Columns (tab-separated): `category text phrase value qualifier`. A positive case passes
//! when a mention whose text is exactly the phrase has the category's kind, the expected
//! value and the expected qualifier (an empty qualifier column means no hedge). A
//! negative case passes when no mention overlaps the phrase. Every mention's offsets must
//! give back its text.

use std::collections::BTreeMap;
use std::path::Path;

use factable::numbers::clock::{self, ClockKind};
use factable::numbers::measure::{self, Quantity};

/// One mention reduced to what the corpus checks.
struct Got {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: String,
    qualifier: Option<String>,
}

fn measures(text: &str) -> Vec<Got> {
    measure::find(text)
        .into_iter()
        .map(|m| Got {
            start: m.start,
            end: m.end,
            text: m.text,
            kind: match m.quantity {
                Quantity::Length => "length",
                Quantity::Speed => "speed",
                Quantity::Temperature => "temperature",
                Quantity::Magnitude => "magnitude",
                Quantity::Mass => "mass",
                Quantity::Volume => "volume",
                Quantity::Rate => "rate",
                Quantity::Area => "area",
            }
            .to_string(),
            value: m.value,
            qualifier: m.qualifier,
        })
        .collect()
}

fn clocks(text: &str) -> Vec<Got> {
    clock::find(text)
        .into_iter()
        .map(|m| Got {
            start: m.start,
            end: m.end,
            text: m.text,
            kind: match m.kind {
                ClockKind::Time => "time",
                ClockKind::Duration => "duration",
            }
            .to_string(),
            value: m.value,
            qualifier: m.qualifier,
        })
        .collect()
}

/// Runs one corpus: `(per-category (pass, total), failures)`.
fn score(
    file: &str,
    kinds: &[&str],
    find: fn(&str) -> Vec<Got>,
) -> (BTreeMap<String, (usize, usize)>, Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let corpus = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for (n, line) in corpus.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if n == 0 && line.starts_with("category\t")
            || line.trim().is_empty()
            || line.starts_with('#')
        {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "{file} line {}: too few columns", n + 1);
        let (category, text, phrase) = (cols[0], cols[1], cols[2]);
        let value = cols.get(3).copied().unwrap_or("").trim();
        let qualifier = cols.get(4).copied().unwrap_or("").trim();
        assert!(
            category == "negative" || kinds.contains(&category),
            "{file} line {}: unknown category {category:?}",
            n + 1
        );
        let Some(at) = text.find(phrase) else {
            panic!(
                "{file} line {}: phrase {phrase:?} is not in the text",
                n + 1
            );
        };
        let (ps, pe) = (at, at + phrase.len());
        let mentions = find(text);
        for m in &mentions {
            assert_eq!(
                &text[m.start..m.end],
                m.text,
                "{file} line {}: text and offsets disagree",
                n + 1
            );
        }
        let overlapping: Vec<&Got> = mentions
            .iter()
            .filter(|m| m.start < pe && ps < m.end)
            .collect();
        let ok = if category == "negative" {
            overlapping.is_empty()
        } else {
            overlapping.iter().any(|m| {
                m.start == ps
                    && m.end == pe
                    && m.kind == category
                    && m.value == value
                    && m.qualifier.as_deref().unwrap_or("") == qualifier
            })
        };
        let e = per.entry(category.to_string()).or_default();
        e.1 += 1;
        if ok {
            e.0 += 1;
        } else {
            let got: Vec<String> = overlapping
                .iter()
                .map(|m| {
                    format!(
                        "{} {:?} = {} (q={:?})",
                        m.kind, m.text, m.value, m.qualifier
                    )
                })
                .collect();
            failures.push(format!(
                "{file} line {} [{category}] {phrase:?} want {value:?} q={qualifier:?}; got {got:?}",
                n + 1
            ));
        }
    }
    (per, failures)
}

fn report(name: &str, per: &BTreeMap<String, (usize, usize)>, failures: &[String], min: usize) {
    println!("{name}:");
    for (cat, (p, t)) in per {
        println!("  {cat:12} {p}/{t}");
    }
    for f in failures {
        println!("FAIL {f}");
    }
    for (cat, (_, t)) in per {
        assert!(
            cat == "negative" || *t >= min,
            "{name}: only {t} {cat} cases, want at least {min}"
        );
    }
    assert!(failures.is_empty(), "{name}: {} cases fail", failures.len());
}

#[test]
fn phrases_measures() {
    let kinds = [
        "length",
        "speed",
        "temperature",
        "magnitude",
        "mass",
        "volume",
        "rate",
        "area",
    ];
    let (per, failures) = score("tests/phrases/measures.tsv", &kinds, measures);
    assert_eq!(
        per.len(),
        kinds.len() + 1,
        "every kind and negatives: {per:?}"
    );
    report("measures", &per, &failures, 40);
}

#[test]
fn phrases_clock() {
    let kinds = ["time", "duration"];
    let (per, failures) = score("tests/phrases/clock.tsv", &kinds, clocks);
    assert_eq!(
        per.len(),
        kinds.len() + 1,
        "every kind and negatives: {per:?}"
    );
    report("clock", &per, &failures, 40);
}
