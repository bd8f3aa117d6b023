//! A story: the documents of one event, read through every stage into a fact table.

use rayon::prelude::*;

use crate::claim::Claim;
use crate::corpus::Document;
use crate::extract::{self, Options};
use crate::infer;
use crate::reconcile::{self, Report, Source};
use crate::rules::RuleSet;
use crate::{auto, people, quotes};

/// Claims of a story, one per fact and source, after publication windows are inferred for
/// the undated documents (whose published field is updated).
pub fn claims(docs: &mut [Document], rules: &RuleSet, options: &Options) -> Vec<Claim> {
    let claims = read_claims(docs, rules, options);
    if infer::infer(docs, &claims, options.time) {
        read_claims(docs, rules, options)
    } else {
        claims
    }
}

/// Every extractor over documents read once (in parallel).
fn read_claims(docs: &[Document], rules: &RuleSet, options: &Options) -> Vec<Claim> {
    let readings: Vec<extract::Reading> =
        docs.par_iter().map(|d| extract::read(d, options)).collect();
    let mut claims = extract::extract(&readings, rules);
    // People, quotes and generic claims fill what the rules left: a fact a rule reads
    // is not read again.
    let people = people::claims(&readings);
    let quotes = quotes::claims(&readings);
    let people: Vec<Claim> = people
        .into_iter()
        .filter(|c| !claims_fact(&claims, &c.fact))
        .collect();
    claims.extend(people);
    claims.extend(quotes);
    let auto = auto::claims(&readings, &claims, rules);
    claims.extend(auto);
    claims
}

fn claims_fact(claims: &[Claim], fact: &str) -> bool {
    claims.iter().any(|c| c.fact == fact)
}

/// The sources of a story as the report lists them.
pub fn sources(docs: &[Document]) -> Vec<Source> {
    docs.iter()
        .map(|d| Source {
            id: d.id.clone(),
            published: d.published.display(),
            published_how: d.published.how,
            note: d.published.reason.clone().unwrap_or_default(),
        })
        .collect()
}

/// The fact table of a story.
pub fn table(docs: &mut [Document], rules: &RuleSet, options: &Options) -> Report {
    let claims = claims(docs, rules, options);
    reconcile::reconcile(claims, sources(docs))
}
