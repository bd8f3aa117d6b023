//! A story: the documents of one event, read through every stage into a fact table.

use rayon::prelude::*;

use crate::claim::{Claim, Kind};
use crate::corpus::Document;
use crate::extract::{self, Options};
use crate::infer;
use crate::reconcile::{self, Report, Source};
use crate::rules::RuleSet;
use crate::{auto, people, quotes};

/// Claims of a story, one per fact and source, after publication windows are inferred for
/// the undated documents (whose published field is updated). Each document is read
/// once, and again only when its window changed what its relative dates mean.
pub fn claims(docs: &mut [Document], rules: &RuleSet, options: &Options) -> Vec<Claim> {
    let (claims, found) = {
        let (mut readings, mut hits): (Vec<extract::Reading>, Vec<Vec<extract::Hit>>) = docs
            .par_iter()
            .map(|d| read_and_match(d, rules, options))
            .unzip();
        let first = extract::claims_of(&readings, hits.clone(), rules);
        let found = infer::windows(docs, &first, options.time);
        let changed: Vec<Document> = found
            .iter()
            .map(|(i, published)| {
                let mut d = docs[*i].clone();
                d.published = published.clone();
                d
            })
            .collect();
        let rules_claims = if changed.is_empty() {
            first
        } else {
            let again: Vec<(extract::Reading, Vec<extract::Hit>)> = changed
                .par_iter()
                .map(|d| read_and_match(d, rules, options))
                .collect();
            for ((i, _), (reading, h)) in found.iter().zip(again) {
                readings[*i] = reading;
                hits[*i] = h;
            }
            extract::claims_of(&readings, hits, rules)
        };
        (others(&readings, rules_claims, rules), found)
    };
    for (i, published) in found {
        docs[i].published = published;
    }
    claims
}

/// A document read and matched against the rules: one parallel step per document.
fn read_and_match<'d>(
    doc: &'d Document,
    rules: &RuleSet,
    options: &Options,
) -> (extract::Reading<'d>, Vec<extract::Hit>) {
    let reading = extract::read(doc, options);
    let hits = extract::document_hits(&reading, rules);
    (reading, hits)
}

/// People, quotes and generic claims fill what the rules left: a fact a rule reads is not
/// read again.
fn others(readings: &[extract::Reading], mut claims: Vec<Claim>, rules: &RuleSet) -> Vec<Claim> {
    // A person a rule already reads for a source (the ambassador whose credentials were
    // accepted) is not read again as a role.
    let named: Vec<(String, String)> = claims
        .iter()
        .filter(|c| c.kind == Kind::Person && !c.value.is_empty())
        .map(|c| (c.source.clone(), c.value.clone()))
        .collect();
    // The three readers are independent but for the figures people and quotes take,
    // which are left out of the generic candidates afterwards.
    let ((people, quotes), candidates) = rayon::join(
        || rayon::join(|| people::claims(readings), || quotes::claims(readings)),
        || auto::candidates_of(readings, &claims, rules),
    );
    let people: Vec<Claim> = people
        .into_iter()
        .filter(|c| !claims_fact(&claims, &c.fact))
        .filter(|c| !named.contains(&(c.source.clone(), c.value.clone())))
        .collect();
    let from_rules = claims.len();
    claims.extend(people);
    claims.extend(quotes);
    let auto = auto::facts_of(readings, candidates, &claims[from_rules..]);
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
            file: d.path.clone(),
            outlet: d.outlet.clone().unwrap_or_default(),
            url: d.url.clone().unwrap_or_default(),
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
