//! Facts from clusters: each cluster of aligned candidates becomes one claim per member,
//! with a qualifier (the hedge, then the context words of a moving figure) and a readable
//! label written as the sources write it ("Killed, toll (count of people)", "Age of
//! Gershkovich").

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

use crate::claim::{Claim, Kind};
use crate::reconcile::Source;
use crate::rules::norm;
use crate::value::{self, Relation};

use super::align::{PAIRWISE, Space};
use super::label::capitalized;
use super::{Cand, T_AGREE, words};

static JOINED_QUALIFIERS: LazyLock<bool> = LazyLock::new(|| {
    value::compare(Kind::Count, ("30", "at least; so far"), ("34", "")) == Relation::Compatible
});

fn qualifier(c: &Cand) -> String {
    if c.context.is_empty() {
        return c.hedge.clone();
    }
    let context = c.context.join(", ");
    if c.hedge.is_empty() {
        // A qualifier that is not a hedge leaves the value exact.
        context
    } else if *JOINED_QUALIFIERS {
        format!("{}; {context}", c.hedge)
    } else {
        c.hedge.clone()
    }
}

pub(super) fn facts(
    sources: &[Source],
    cands: &[Cand],
    space: &Space,
    clusters: &[Vec<usize>],
    restated: &[usize],
) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut used: HashMap<String, usize> = HashMap::new();
    // A source's figures by family and value, for counting repeats.
    let mut same_figure: HashMap<(usize, &str, &str), Vec<usize>> = HashMap::new();
    for (j, o) in cands.iter().enumerate() {
        same_figure
            .entry((o.doc, o.family.as_str(), o.value.as_str()))
            .or_default()
            .push(j);
    }
    for members in clusters {
        // The words the claims share, by weight: the fact's name.
        let mut score: BTreeMap<usize, (usize, f32)> = BTreeMap::new();
        for &i in members {
            for &(w, x) in &space.vecs[i] {
                let e = score.entry(w).or_insert((0, 0.0));
                e.0 += 1;
                e.1 += x;
            }
        }
        let mut top: Vec<(usize, f32)> = score
            .into_iter()
            .filter(|(w, (n, _))| {
                *n >= members.len().min(2)
                    && !words::is_generic(&space.vocab[*w])
                    && !space.vocab[*w].starts_with(words::THING)
            })
            .map(|(w, (_, s))| (w, s))
            .collect();
        top.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| space.vocab[a.0].cmp(&space.vocab[b.0]))
        });
        let names: Vec<&str> = top
            .iter()
            .take(2)
            .map(|(w, _)| space.vocab[*w].as_str())
            .collect();
        let first = &cands[members[0]];
        let kind = first.kind;
        let slug = norm::slug(&if names.is_empty() {
            "figure".to_string()
        } else {
            names.join(" ")
        });
        let base = format!("auto-{slug}-{kind}");
        let n = used.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        // Labels read as the words of the sentences, ids stay the stems.
        let stated = members.iter().map(|&i| cands[i].stated.as_str());
        let unit = surfaces(&[&first.unit], stated).remove(0);
        // The label of the shared stems, as the sources write them: read only for a fact
        // no other label fits.
        let stem_label = || {
            let said = surfaces(&names, members.iter().map(|&i| &*cands[i].evidence));
            let said: Vec<&str> = said.iter().map(String::as_str).collect();
            label(&said, &unit, first)
        };
        let label = owner_label(cands, members)
            .or_else(|| thing_label(cands, members))
            // A placing's label says which place ("Who finished second").
            .or_else(|| {
                (!first.family.starts_with("rank:"))
                    .then(|| super::label::phrase(cands, members, &names, &unit))
                    .flatten()
            })
            .unwrap_or_else(stem_label);

        let centroid = (members.len() > PAIRWISE).then(|| space.centroid(members));
        let in_cluster: HashSet<usize> = members.iter().copied().collect();
        for &i in members {
            let c = &cands[i];
            // The mean similarity to the other members: pair by pair, or for a large
            // fact through the members' centroid.
            let s = match &centroid {
                None => {
                    let others: Vec<f32> = members
                        .iter()
                        .filter(|&&j| j != i)
                        .map(|&j| space.sim(i, j))
                        .collect();
                    others.iter().sum::<f32>() / others.len().max(1) as f32
                }
                Some(sum) => space.mean_sim(i, sum, members.len()),
            };
            // Repeats of the same figure in the same source (of a figure it repeats very
            // often, among the first few hundred).
            let times = 1
                + restated[i]
                + same_figure
                    .get(&(c.doc, c.family.as_str(), c.value.as_str()))
                    .map_or(&[][..], Vec::as_slice)
                    .iter()
                    .take(REPEATS_READ)
                    .filter(|&&j| {
                        j != i
                            && !in_cluster.contains(&j)
                            && cands[j].sentence != c.sentence
                            && space.sim(i, j) >= T_AGREE
                    })
                    .count();
            let doc = &sources[c.doc];
            out.push(Claim {
                fact: id.clone(),
                label: label.clone(),
                kind,
                source: doc.id.clone(),
                published: doc.published.clone(),
                published_how: doc.published_how,
                stated: c.stated.clone(),
                value: c.value.clone(),
                qualifier: qualifier(c),
                evidence: c.evidence.clone(),
                line: c.line,
                start: c.start,
                end: c.end,
                rule: "auto".into(),
                times,
                score: Some((s.clamp(0.0, 1.0) * 100.0).round() / 100.0),
                tally: members.iter().any(|&j| cands[j].tally),
                published_note: doc.note.clone(),
            });
        }
    }
    out
}

/// A source's figures of one value read for a claim's repeats.
const REPEATS_READ: usize = 256;

/// Texts of a fact's members read for the words of its label.
const LABEL_TEXTS: usize = 8;

/// The words as the sources write them: for each name, the commonest token of the texts
/// whose stem (or lower case) it is ("decis" → "decision", "boe" → "BoE"); the name itself
/// when none is ("tally", a canonical word of the synonym table). Each text is read once.
fn surfaces<'a>(names: &[&str], texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); names.len()];
    for text in texts.take(LABEL_TEXTS) {
        for t in words::tokens(text) {
            let stem = words::stem(&t.lower);
            for (name, seen) in names.iter().zip(&mut seen) {
                if !name.is_empty() && (t.lower == *name || stem == *name) {
                    // Names keep their capitals ("BoE", "Baltimore"); a sentence's first
                    // word does not tell.
                    let word = if t.start == 0 {
                        t.lower.clone()
                    } else {
                        text[t.start..t.end].to_string()
                    };
                    *seen.entry(word).or_insert(0) += 1;
                }
            }
        }
    }
    names
        .iter()
        .zip(seen)
        .map(|(name, seen)| {
            seen.into_iter()
                .max_by(|a, b| {
                    a.1.cmp(&b.1)
                        .then_with(|| b.0.len().cmp(&a.0.len()))
                        .then_with(|| b.0.cmp(&a.0))
                })
                .map_or_else(|| name.to_string(), |(w, _)| w)
        })
        .collect()
}

/// The label of a fact whose figures have a named owner: "Age of Gershkovich",
/// "Length of Kattegat Meridian", "Prison term of Lena Marsh", "Distance from Izmir", the owner as its sources write it most fully.
fn owner_label(cands: &[Cand], members: &[usize]) -> Option<String> {
    let owner = members
        .iter()
        .map(|&i| cands[i].owner.as_str())
        .filter(|o| !o.is_empty())
        .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))?;
    let first = &cands[members[0]];
    if first.subject.starts_with(super::distance::FROM) {
        return Some(format!("Distance from {owner}"));
    }
    let what = match first.family.split(':').nth(1) {
        _ if first.family == "count:age" => "age",
        Some(q) if first.kind == Kind::Measure => q,
        _ if first.kind == Kind::Duration && first.subject.starts_with(super::term::MAXIMUM) => {
            "maximum term"
        }
        _ if first.kind == Kind::Duration => "prison term",
        _ => return None,
    };
    Some(format!("{} of {owner}", capitalized(what)))
}

/// The label of a measure of a common noun its sources share: "Length of the bridge",
/// the noun as the sources write it.
fn thing_label(cands: &[Cand], members: &[usize]) -> Option<String> {
    let first = &cands[members[0]];
    let what = first
        .family
        .split(':')
        .nth(1)
        .filter(|_| first.kind == Kind::Measure)?;
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in members {
        for w in cands[i].thing_words() {
            *count.entry(&w[words::THING.len()..]).or_insert(0) += 1;
        }
    }
    let (thing, n) = count
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))?;
    if n < members.len().min(2) {
        return None;
    }
    let said = surfaces(&[thing], members.iter().map(|&i| &*cands[i].evidence));
    Some(format!(
        "{} of the {}",
        capitalized(what),
        said[0].to_lowercase()
    ))
}

/// A label of stems for a fact no phrase fits: the event words as the sources write
/// them, then what is measured ("Killed, toll (count of people)").
fn label(names: &[&str], unit: &str, c: &Cand) -> String {
    if let Some(place) = c.family.strip_prefix("rank:") {
        return match place {
            "1" => "Who finished first".to_string(),
            "2" => "Who finished second".to_string(),
            "3" => "Who finished third".to_string(),
            p => format!("Who finished in place {p}"),
        };
    }
    let mut words = capitalized(&names.join(", "));
    if words.is_empty() {
        words = "Figure".into();
    }
    let what = match c.kind {
        Kind::Count if c.family == "count:vote" => "split vote".to_string(),
        Kind::Count if c.unit == crate::numbers::ratio::UNIT => "exchange ratio".to_string(),
        Kind::Count if !unit.is_empty() => format!("count of {unit}"),
        Kind::Amount if !unit.is_empty() => format!("amount in {unit}"),
        k => k.as_str().to_string(),
    };
    format!("{words} ({what})")
}

#[cfg(test)]
mod tests {
    use super::super::words;
    use super::*;

    #[test]
    fn labels_read_as_the_sources_write() {
        let texts = [
            "The decision came on Thursday.",
            "Its decisions were taken; decisive.",
        ];
        let decis = words::stem("decision");
        assert_eq!(
            surfaces(&[&decis, "tally"], texts.into_iter()),
            ["decision", "tally"]
        );
        let named = ["Rates set by the BoE rose.", "The BoE met."];
        assert_eq!(surfaces(&["boe"], named.into_iter()), ["BoE"]);
        let stated = ["Seven trucks", "Four trucks"];
        assert_eq!(
            surfaces(&[&words::stem("trucks")], stated.into_iter()),
            ["trucks"]
        );
    }
}
