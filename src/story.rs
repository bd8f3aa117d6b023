//! The per-story stage: the extractions of one story's articles become its fact table.
//!
//! Publication windows are inferred for undated sources (whose text is then read again
//! at the window), rule facts are aligned across sources, then people, quotes and the
//! figures no rule reads, and the claims are reconciled. Nothing here reads another
//! story, and no step costs more than O(n log n) in the story's claims.

use rayon::prelude::*;

use crate::article::{self, Extraction};
use crate::claim::{Claim, Kind};
use crate::corpus::Document;
use crate::extract::{self, Options};
use crate::infer;
use crate::reconcile::{self, Report, Source};
use crate::rules::RuleSet;
use crate::{auto, people, quotes};

/// Each extraction's rule hits, for [`extract::claims_of`].
fn hits(xs: &[Extraction]) -> Vec<&[extract::Hit]> {
    xs.iter().map(|x| x.hits.as_slice()).collect()
}

/// Lays per-source vectors end to end, telling each item its source's index (`set`), so
/// the aligners see one story-wide list in source order.
pub fn numbered<T>(per_source: Vec<Vec<T>>, set: impl Fn(&mut T, usize)) -> Vec<T> {
    let mut out = Vec::with_capacity(per_source.iter().map(Vec::len).sum());
    for (i, items) in per_source.into_iter().enumerate() {
        for mut item in items {
            set(&mut item, i);
            out.push(item);
        }
    }
    out
}

/// Reads every article of a story (in parallel) and reconciles them: both stages.
pub fn table(docs: &[Document], story: &str, rules: &RuleSet, options: &Options) -> Report {
    let extractions: Vec<Extraction> = docs
        .par_iter()
        .map(|d| article::extract(d, story, rules, options))
        .collect();
    report(extractions, rules, options)
}

/// The fact table of one story from its articles' extractions, in source order.
/// `rules` and `options` serve only to read an undated article again at its inferred
/// window.
pub fn report(extractions: Vec<Extraction>, rules: &RuleSet, options: &Options) -> Report {
    report_with(extractions, Vec::new(), rules, options)
}

/// [`report`] with claims from elsewhere (a script's claim lines) added to the story's.
pub fn report_with(
    extractions: Vec<Extraction>,
    extra: Vec<Claim>,
    rules: &RuleSet,
    options: &Options,
) -> Report {
    let story = extractions
        .first()
        .map(|x| x.story.clone())
        .unwrap_or_default();
    let (mut claims, sources) = claims(extractions, rules, options);
    claims.extend(extra);
    let mut report = reconcile::reconcile(claims, sources);
    report.story = story;
    report
}

/// The claims of a story, one per fact and source, and its sources with the
/// publication windows inferred for the undated ones.
pub fn claims(
    mut xs: Vec<Extraction>,
    rules: &RuleSet,
    options: &Options,
) -> (Vec<Claim>, Vec<Source>) {
    let origins: Vec<article::Origin> = xs.iter().map(|x| x.source.clone()).collect();
    let sources: Vec<Source> = origins.iter().map(article::Origin::source).collect();
    let first = extract::claims_of(&sources, &hits(&xs));
    let found = infer::windows(&origins, &first, options.time);
    let (sources, rule_claims) = if found.is_empty() {
        (sources, first)
    } else {
        // An undated article is read again at its window: its relative dates resolve.
        let again: Vec<(usize, Extraction)> = found
            .into_par_iter()
            .map(|(i, published)| {
                let x = &xs[i];
                let read = match x.document(published.clone()) {
                    Some(doc) => article::extract(&doc, &x.story, rules, options),
                    None => {
                        let mut same = x.clone();
                        same.source.published = published;
                        same
                    }
                };
                (i, read)
            })
            .collect();
        for (i, x) in again {
            xs[i] = x;
        }
        let sources: Vec<Source> = xs.iter().map(|x| x.source.source()).collect();
        let claims = extract::claims_of(&sources, &hits(&xs));
        (sources, claims)
    };
    let maps: std::collections::HashMap<String, crate::encoding::OffsetMap> = xs
        .iter()
        .filter_map(|x| Some((x.source.id.clone(), x.source.offsets.clone()?)))
        .collect();
    let mut claims = others(xs, &sources, rule_claims);
    // Offsets into text decoded from another encoding become bytes of the file.
    if !maps.is_empty() {
        for c in &mut claims {
            if let Some(map) = maps.get(&c.source) {
                c.start = map.original(c.start);
                c.end = map.original(c.end);
            }
        }
    }
    (claims, sources)
}

/// People, quotes and generic claims fill what the rules left: a fact a rule reads is not
/// read again.
fn others(xs: Vec<Extraction>, sources: &[Source], mut claims: Vec<Claim>) -> Vec<Claim> {
    // A person a rule already reads for a source (the ambassador whose credentials were
    // accepted) is not read again as a role.
    let named: std::collections::HashSet<(String, String)> = claims
        .iter()
        .filter(|c| c.kind == Kind::Person && !c.value.is_empty())
        .map(|c| (c.source.clone(), c.value.clone()))
        .collect();
    let facts: std::collections::HashSet<String> = claims.iter().map(|c| c.fact.clone()).collect();
    let (mut people, mut quotes, mut figures) = (Vec::new(), Vec::new(), Vec::new());
    for x in xs {
        people.push(x.people);
        quotes.push(x.quotes);
        figures.push(x.figures);
    }
    let people = numbered(people, |m, i| m.reading = i);
    let quotes = numbered(quotes, |q, i| q.reading = i);
    let figures = numbered(figures, |c, i| c.doc = i);
    let (people, quotes) = rayon::join(
        || people::claims_of(sources, people),
        || quotes::claims_of(sources, quotes),
    );
    let people: Vec<Claim> = people
        .into_iter()
        .filter(|c| !facts.contains(&c.fact))
        .filter(|c| !named.contains(&(c.source.clone(), c.value.clone())))
        .collect();
    let from_rules = claims.len();
    claims.extend(people);
    claims.extend(quotes);
    let auto = auto::facts_of(sources, figures, &claims[from_rules..]);
    claims.extend(auto);
    claims
}
