//! Helpers of the tests of automatic facts: short multi-source texts read and aligned.

#![allow(dead_code)]

use std::path::Path;

use chrono::NaiveDate;
use factable::auto;
use factable::claim::Claim;
use factable::corpus::{Document, Published, PublishedHow};
use factable::extract::{self, Options};
use factable::rules::RuleSet;

pub fn docs(texts: &[(&str, &str, &str)]) -> Vec<Document> {
    texts
        .iter()
        .map(|(id, date, text)| {
            let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
            Document::from_text(*id, *text, Published::known(d, PublishedHow::Header))
        })
        .collect()
}

pub fn auto_claims(texts: &[(&str, &str, &str)]) -> Vec<Claim> {
    let docs = docs(texts);
    let rules = RuleSet::load(&[] as &[&Path]).unwrap();
    let readings: Vec<_> = docs
        .iter()
        .map(|d| extract::read(d, &Options::default()))
        .collect();
    auto::claims(&readings, &[], &rules)
}

/// Facts of the claims: (fact id, [(source, value)]).
pub fn facts(claims: &[Claim]) -> Vec<(String, Vec<(String, String)>)> {
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for c in claims {
        let entry = (c.source.clone(), c.value.clone());
        match out.iter_mut().find(|(f, _)| *f == c.fact) {
            Some((_, v)) => v.push(entry),
            None => out.push((c.fact.clone(), vec![entry])),
        }
    }
    out
}

pub fn fact_with<'a>(claims: &'a [Claim], source: &str, value: &str) -> Option<&'a str> {
    claims
        .iter()
        .find(|c| c.source == source && c.value == value)
        .map(|c| c.fact.as_str())
}
