//! Scores `numbers::find` on the phrase corpus tests/phrases/numbers.tsv.
//!
//! Columns (tab-separated): `category text phrase value qualifier`. A positive case (amount, count,
//! percent, ratio) passes when a mention of that kind overlapping the phrase has the expected
//! value (and the expected qualifier, when one is given). A negative case passes when no
//! mention overlaps the phrase, a not-ratio case when no exchange ratio does.

use std::collections::BTreeMap;
use std::path::Path;

use factable::numbers::{self, NumKind};

/// The pass rate this recognizer reaches, less a small margin.
const THRESHOLD: f64 = 0.98;

#[test]
fn phrases_numbers() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/phrases/numbers.tsv");
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!("{} is missing: nothing to score", path.display());
        return;
    };
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
        assert!(
            cols.len() >= 4,
            "line {}: expected at least 4 columns",
            n + 1
        );
        let (category, text, phrase, value) = (cols[0], cols[1], cols[2], cols[3]);
        let qualifier = cols.get(4).copied().unwrap_or("").trim();
        let Some(at) = text.find(phrase) else {
            panic!("line {}: phrase {phrase:?} is not in the text", n + 1);
        };
        let (ps, pe) = (at, at + phrase.len());
        let mentions = numbers::find(text);
        for m in &mentions {
            assert_eq!(
                &text[m.start..m.end],
                m.text,
                "line {}: text/offsets disagree",
                n + 1
            );
        }
        let overlapping: Vec<_> = mentions
            .iter()
            .filter(|m| m.start < pe && ps < m.end)
            .collect();
        let ok = match category {
            "negative" => overlapping.is_empty(),
            // A figure of shares that is no exchange ratio (a price per share).
            "not-ratio" => !overlapping
                .iter()
                .any(|m| m.unit.as_deref() == Some(numbers::ratio::UNIT)),
            _ => {
                let kind = match category {
                    "amount" => NumKind::Amount,
                    "count" | "ratio" => NumKind::Count,
                    "percent" => NumKind::Percent,
                    other => panic!("line {}: unknown category {other:?}", n + 1),
                };
                // An exchange ratio is a count of unit `ratio`.
                let ratio = category == "ratio";
                overlapping.iter().any(|m| {
                    m.kind == kind
                        && (m.unit.as_deref() == Some(numbers::ratio::UNIT)) == ratio
                        && m.value == value
                        && (qualifier.is_empty() || m.qualifier.as_deref() == Some(qualifier))
                })
            }
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
                        "{:?} {:?} = {} (q={:?})",
                        m.kind, m.text, m.value, m.qualifier
                    )
                })
                .collect();
            failures.push(format!(
                "line {} [{category}] {phrase:?} want {value:?} q={qualifier:?}; got {got:?}",
                n + 1
            ));
        }
    }
    let (mut pass, mut total) = (0, 0);
    for (cat, (p, t)) in &per {
        println!("{cat:10} {p}/{t}");
        pass += p;
        total += t;
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    if total == 0 {
        return;
    }
    let rate = pass as f64 / total as f64;
    println!("overall {pass}/{total} = {rate:.3}");
    assert!(rate >= THRESHOLD, "pass rate {rate:.3} below {THRESHOLD}");
}
