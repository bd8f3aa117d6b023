//! Publication-date inference for sources that carry no date.
//!
//! An undated article's relative day expression ("on Thursday") that attaches to a fact
//! the dated sources all put on one day (2025-07-03) tells when the article could have
//! been written: on the days whose "Thursday" is that day (2025-07-03..2025-07-09). Only
//! day-precise facts are used as clues: a coarser clue ("this month" against "April") is
//! exactly the kind of discrepancy the table must show, not evidence to explain away.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use crate::article::Origin;
use crate::claim::{Claim, Kind};
use crate::corpus::{Published, PublishedHow};
use crate::time::{self, Anchor, TimeOptions};

/// How far from the fact's day a publication date is searched: day-precise relative
/// words ("on Thursday", "yesterday", "last Monday", "two days ago") point within weeks of
/// publication, and a clue allowing more than two months is not used anyway.
const REACH_DAYS: i64 = 31;

/// A window one clue allows, with its reason.
struct Clue {
    from: NaiveDate,
    to: NaiveDate,
    reason: String,
}

/// The publication window each undated document's clues allow, by document index.
/// Documents with a date, or without a usable clue, get none.
pub fn windows(docs: &[Origin], claims: &[Claim], options: TimeOptions) -> Vec<(usize, Published)> {
    let dated: BTreeMap<&str, bool> = docs
        .iter()
        .map(|d| {
            let day = matches!(d.published.anchor(), Anchor::Day(_))
                && d.published.how != PublishedHow::Inferred;
            (d.id.as_str(), day)
        })
        .collect();
    // Facts the dated sources put on one day, all of them agreeing.
    let mut targets: BTreeMap<&str, (String, Vec<&str>)> = BTreeMap::new();
    let mut spoilt: Vec<&str> = Vec::new();
    for c in claims.iter().filter(|c| {
        c.kind == Kind::Date && dated.get(c.source.as_str()) == Some(&true) && !c.value.is_empty()
    }) {
        match targets.get_mut(c.fact.as_str()) {
            Some((v, who)) if *v == c.value => who.push(&c.source),
            Some(_) => spoilt.push(&c.fact),
            None => {
                targets.insert(&c.fact, (c.value.clone(), vec![&c.source]));
            }
        }
    }
    for f in spoilt {
        targets.remove(f);
    }
    targets.retain(|_, (v, _)| v.len() == 10 && NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok());

    let mut found = Vec::new();
    for (i, doc) in docs
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.published.is_known())
    {
        let mut clues: Vec<Clue> = claims
            .iter()
            .filter(|c| c.source == doc.id && c.kind == Kind::Date && c.value.is_empty())
            .filter_map(|c| {
                let (target, who) = targets.get(c.fact.as_str())?;
                clue(c, target, who, options)
            })
            .collect();
        clues.sort_by_key(|c| (c.to - c.from, c.from));
        let mut window: Option<(NaiveDate, NaiveDate, Vec<String>)> = None;
        for c in clues {
            window = match window {
                None => Some((c.from, c.to, vec![c.reason])),
                Some((a, b, mut why)) => {
                    let (na, nb) = (a.max(c.from), b.min(c.to));
                    if na <= nb {
                        why.push(c.reason);
                        Some((na, nb, why))
                    } else {
                        Some((a, b, why))
                    }
                }
            };
        }
        if let Some((from, to, why)) = window {
            found.push((i, Published::inferred(from, to, why.join("; "))));
        }
    }
    found
}

/// The publication days for which the claim's relative words give the target day.
fn clue(c: &Claim, target: &str, who: &[&str], options: TimeOptions) -> Option<Clue> {
    let day = NaiveDate::parse_from_str(target, "%Y-%m-%d").ok()?;
    let days: Vec<NaiveDate> = (-REACH_DAYS..=REACH_DAYS)
        .map(|offset| day + Duration::days(offset))
        .collect();
    let anchors: Vec<Anchor> = days.iter().map(|&p| Anchor::Day(p)).collect();
    let fits: Vec<NaiveDate> = time::tag_each(&c.evidence, &anchors, options)
        .into_iter()
        .zip(&days)
        .filter(|(found, _)| {
            let got = found
                .iter()
                .find(|m| m.relative && c.stated.ends_with(m.text.as_str()))
                .and_then(|m| m.value.as_deref());
            got == Some(target)
        })
        .map(|(_, &p)| p)
        .collect();
    let (from, to) = (*fits.first()?, *fits.last()?);
    // A clue that allows almost any day, or that reaches the edge of the search (it
    // might allow more), says nothing.
    if (to - from).num_days() > 45
        || from == day - Duration::days(REACH_DAYS)
        || to == day + Duration::days(REACH_DAYS)
    {
        return None;
    }
    Some(Clue {
        from,
        to,
        reason: format!(
            "its '{}' ({}) is {target}, as {} say{}, only if published {from}..{to}",
            c.stated,
            c.fact,
            who.join(", "),
            if who.len() == 1 { "s" } else { "" }
        ),
    })
}
