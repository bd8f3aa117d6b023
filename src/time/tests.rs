//! Unit tests of the tagger, by category. The sentences here are not in
//! `tests/phrases/dates.tsv`. The helpers live here; the tests, by topic, in `tests/`.

use chrono::NaiveDate;

use super::*;

#[path = "tests_forms.rs"]
mod forms;

mod absolute;
mod days;
mod durations;
mod holidays;
mod intervals;
mod modifiers;
mod negatives;
mod periods;
mod relative;
mod tense;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn tag_on(text: &str, published: &str) -> Vec<TimeMention> {
    let anchor = if published == "-" {
        Anchor::None
    } else {
        Anchor::Day(day(published))
    };
    tag(text, anchor, TimeOptions::default())
}

/// `(extent, value, qualifier)` of every mention, values `-` when none.
fn found(text: &str, published: &str) -> Vec<(String, String, String)> {
    tag_on(text, published)
        .into_iter()
        .map(|m| {
            (
                m.text,
                m.value.unwrap_or_else(|| "-".into()),
                m.qualifier.unwrap_or_default(),
            )
        })
        .collect()
}

/// Asserts that `phrase` is tagged with `value` (and `qual` when not empty).
#[track_caller]
fn expect(text: &str, published: &str, phrase: &str, value: &str, qual: &str) {
    let all = found(text, published);
    let ok = all
        .iter()
        .any(|(t, v, q)| t == phrase && v == value && (qual.is_empty() || q == qual));
    assert!(
        ok,
        "{text}\n  expected `{phrase}` → {value} [{qual}]\n  got {all:?}"
    );
}

/// Asserts that nothing overlapping `phrase` is tagged.
#[track_caller]
fn none(text: &str, phrase: &str) {
    let ps = text.find(phrase).expect("phrase in text");
    let pe = ps + phrase.len();
    let hits: Vec<_> = tag_on(text, "2024-05-15")
        .into_iter()
        .filter(|m| m.start < pe && m.end > ps)
        .map(|m| m.text)
        .collect();
    assert!(
        hits.is_empty(),
        "{text}\n  `{phrase}` must not be tagged: {hits:?}"
    );
}
