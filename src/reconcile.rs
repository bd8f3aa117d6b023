//! Reconcile: claims grouped by fact, compared across sources, each fact given a status,
//! a consensus value and a note naming the outliers. The reconciler never formats for a
//! terminal; [`crate::render`] does.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, Kind};
use crate::corpus::PublishedHow;
use crate::value::{self, Relation};

/// Where a fact stands across its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Some sources state values that cannot both be true.
    Conflict,
    /// The values are compatible: one is less precise, hedged, or names nobody.
    Partial,
    /// Every source states the same value.
    Agree,
    /// Only one source states a value.
    Single,
    /// No source's words could be resolved to a value (relative dates with no anchor).
    Unresolved,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Conflict => "conflict",
            Status::Partial => "partial",
            Status::Agree => "agree",
            Status::Single => "single",
            Status::Unresolved => "unresolved",
        }
    }
}

/// One source of the story as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    /// The file the article was read from, as given (`<stdin>`, or empty when unknown).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// The outlet's name, when a manifest gives one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    /// The article's address, when a manifest gives one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    pub published: String,
    pub published_how: PublishedHow,
    /// Why an inferred publication date is what it is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One fact: its claims (one per source), status, consensus and note.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    pub label: String,
    pub kind: Kind,
    pub status: Status,
    /// The value most sources support (the most precise one, when they are compatible).
    pub consensus: String,
    /// What an editor should know: who the outliers are and what they say.
    pub note: String,
    pub claims: Vec<Claim>,
}

/// The fact table of a story.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// The story's name (its folder, or the `story` of JSONL input); empty for one
    /// unnamed story.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub story: String,
    pub sources: Vec<Source>,
    pub facts: Vec<Fact>,
}

impl Report {
    /// True when any fact is in conflict (for `--fail-on-conflict`).
    pub fn has_conflict(&self) -> bool {
        self.facts.iter().any(|f| f.status == Status::Conflict)
    }
}

/// Groups claims by fact and decides each fact's status. Sources with no claim still
/// appear in `sources`, so a table has a column for each.
pub fn reconcile(claims: Vec<Claim>, mut sources: Vec<Source>) -> Report {
    let mut known: HashSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    for c in &claims {
        if !known.contains(&c.source) {
            known.insert(c.source.clone());
            sources.push(Source {
                id: c.source.clone(),
                file: String::new(),
                outlet: String::new(),
                url: String::new(),
                published: c.published.clone(),
                published_how: c.published_how,
                note: c.published_note.clone(),
            });
        }
    }
    // A source's place in the table (the last, should an id repeat).
    let order: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // Claims grouped by fact in order of first appearance, one per source (the first).
    let mut groups: Vec<(String, Vec<Claim>)> = Vec::new();
    let mut group_of: HashMap<String, usize> = HashMap::new();
    let mut stated: HashSet<(usize, String)> = HashSet::new();
    for c in claims {
        match group_of.get(&c.fact) {
            Some(&g) => {
                if stated.insert((g, c.source.clone())) {
                    groups[g].1.push(c);
                }
            }
            None => {
                let g = groups.len();
                group_of.insert(c.fact.clone(), g);
                stated.insert((g, c.source.clone()));
                groups.push((c.fact.clone(), vec![c]));
            }
        }
    }
    let mut facts: Vec<(usize, Fact)> = groups
        .into_iter()
        .enumerate()
        .map(|(i, (id, mut claims))| {
            claims.sort_by_key(|c| order.get(c.source.as_str()).copied().unwrap_or(usize::MAX));
            (i, judge(id, claims))
        })
        .collect();
    facts.sort_by(|(ia, a), (ib, b)| {
        a.status
            .cmp(&b.status)
            .then(b.claims.len().cmp(&a.claims.len()))
            .then(ia.cmp(ib))
    });
    Report {
        story: String::new(),
        sources,
        facts: facts.into_iter().map(|(_, f)| f).collect(),
    }
}

fn judge(id: String, claims: Vec<Claim>) -> Fact {
    let kind = claims[0].kind;
    let label = claims[0].label.clone();
    // A person fact compares unnamed people too (an unnamed ambassador is compatible);
    // for other kinds an empty value is an unresolved statement and is left out.
    let valued: Vec<&Claim> = claims
        .iter()
        .filter(|c| kind == Kind::Person || !c.value.is_empty())
        .collect();
    let distinct_sources = valued.len();
    let (status, consensus, note) = if distinct_sources == 0 {
        (Status::Unresolved, String::new(), unresolved_note(&claims))
    } else if distinct_sources == 1 {
        (
            Status::Single,
            valued[0].value.clone(),
            unresolved_note(&claims),
        )
    } else {
        decide(kind, &valued, &claims)
    };
    Fact {
        id,
        label,
        kind,
        status,
        consensus,
        note,
        claims,
    }
}

fn short(c: &Claim) -> String {
    format!(
        "{} says {} ('{}')",
        c.source,
        if c.value.is_empty() {
            "nobody by name"
        } else {
            &c.value
        },
        c.stated
    )
}

/// For a count or amount reported at different times, or with words that date it
/// ("so far", "as of Tuesday"): "the figure moved: a (2025-10-19) said at least 30;
/// b (2025-10-21) says 34", earlier report first.
/// Whether a claim's words date its figure: a qualifier with words after its hedge
/// ("at least; so far").
fn dated(c: &Claim) -> bool {
    c.qualifier
        .split_once(';')
        .is_some_and(|(_, rest)| !rest.trim().is_empty())
}

fn moved(kind: Kind, c: &Claim, lead: &Claim) -> Option<String> {
    if !matches!(kind, Kind::Count | Kind::Amount) {
        return None;
    }
    let tally = c.tally || lead.tally;
    let when_differs =
        !c.published.is_empty() && !lead.published.is_empty() && c.published != lead.published;
    // Figures of one day with no words dating them were not reported at different
    // moments, tally or not.
    if !when_differs && !dated(c) && !dated(lead) {
        return None;
    }
    // A running tally is a figure of each moment ("says"); another figure moved from
    // what was said before ("said").
    let (heading, verb) = if tally {
        ("a running tally, reported at different moments", "says")
    } else {
        ("the figure moved", "said")
    };
    let say = |x: &Claim| {
        let q = if x.qualifier.is_empty() {
            String::new()
        } else {
            format!("{} ", x.qualifier)
        };
        let when = if x.published.is_empty() {
            String::new()
        } else {
            format!(" ({})", x.published)
        };
        format!("{}{when} {verb} {q}{} ('{}')", x.source, x.value, x.stated)
    };
    let (a, b) = if c.published <= lead.published {
        (c, lead)
    } else {
        (lead, c)
    };
    Some(format!("{heading}: {}; {}", say(a), say(b)))
}

/// Sources a note names one by one before it counts the rest: a fact that thousands of
/// sources state keeps a note an editor can read.
const NAMED: usize = 12;

/// Distinct compatible values compared pair by pair for a hidden contradiction; a fact
/// with more compares each with the first ones only.
const PAIRED: usize = 256;

/// `4210` as `4,210`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Up to [`NAMED`] items joined by `; `, then how many more there are ("and 4,210 more
/// {what}").
fn capped(items: impl Iterator<Item = String>, total: usize, what: &str) -> Vec<String> {
    let mut out: Vec<String> = items.take(NAMED).collect();
    if total > out.len() {
        out.push(format!("and {} more {what}", thousands(total - out.len())));
    }
    out
}

fn unresolved_note(claims: &[Claim]) -> String {
    let open = claims
        .iter()
        .filter(|c| c.value.is_empty() && c.kind != Kind::Person);
    let total = open.clone().count();
    let shown = open.map(|c| {
        format!(
            "{}: '{}' has no anchor (publication date unknown)",
            c.source, c.stated
        )
    });
    capped(shown, total, "sources whose words have no anchor").join("; ")
}

/// The outliers of a conflict: each named, or when there are many, counted by value
/// ("3 sources say 2025-07"), the most stated values first.
fn outliers(conflicts: &[&Claim]) -> String {
    if conflicts.len() <= NAMED {
        let who: Vec<String> = conflicts.iter().map(|c| short(c)).collect();
        return who.join("; ");
    }
    let mut by_value: Vec<(&str, Vec<&Claim>)> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for c in conflicts {
        match at.get(c.value.as_str()) {
            Some(&i) => by_value[i].1.push(c),
            None => {
                at.insert(c.value.as_str(), by_value.len());
                by_value.push((c.value.as_str(), vec![c]));
            }
        }
    }
    by_value.sort_by_key(|(_, v)| std::cmp::Reverse(v.len()));
    let mut out: Vec<String> = by_value
        .iter()
        .take(NAMED)
        .map(|(value, v)| match v.as_slice() {
            [one] => short(one),
            _ => format!("{} sources say {value}", thousands(v.len())),
        })
        .collect();
    let rest: usize = by_value.iter().skip(NAMED).map(|(_, v)| v.len()).sum();
    if rest > 0 {
        out.push(format!(
            "{} more sources say {} other values",
            thousands(rest),
            thousands(by_value.len() - NAMED)
        ));
    }
    out.join("; ")
}

/// The first pair of compatible claims (in order) whose values contradict each other:
/// the later one. Claims with the same value and qualifier compare alike, so each distinct
/// one is compared once (up to [`PAIRED`] of them pair by pair).
fn hidden_conflict<'a>(kind: Kind, partial: &[&'a Claim]) -> Option<&'a Claim> {
    // Distinct (value, qualifier) in order of first appearance, with where each occurs.
    let mut keys: Vec<(&str, &str, Vec<usize>)> = Vec::new();
    let mut at: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, c) in partial.iter().enumerate() {
        let key = (c.value.as_str(), c.qualifier.as_str());
        match at.get(&key) {
            Some(&k) => keys[k].2.push(i),
            None => {
                at.insert(key, keys.len());
                keys.push((key.0, key.1, vec![i]));
            }
        }
    }
    // The first claim with a later contradicting one holds the first value of its key;
    // its partner is the earliest later occurrence of any contradicting key.
    for (ka, (va, qa, occ_a)) in keys.iter().enumerate() {
        let first = occ_a[0];
        let mut best: Option<usize> = None;
        let upto = if ka >= PAIRED { PAIRED } else { keys.len() };
        for (kb, (vb, qb, occ_b)) in keys.iter().enumerate().take(upto) {
            if kb == ka {
                continue;
            }
            let after = occ_b.partition_point(|&j| j <= first);
            let Some(&j) = occ_b.get(after) else {
                continue;
            };
            if best.is_some_and(|b| b < j) {
                continue;
            }
            if value::compare(kind, (va, qa), (vb, qb)) == Relation::Disjoint {
                best = Some(j);
            }
        }
        if let Some(j) = best {
            return Some(partial[j]);
        }
    }
    None
}

fn decide(kind: Kind, valued: &[&Claim], all: &[Claim]) -> (Status, String, String) {
    // Cluster by value: the value with the most sources is the consensus; among equals
    // the most precise (a value inside another) wins.
    let mut clusters: Vec<(String, Vec<&Claim>)> = Vec::new();
    let mut cluster_of: HashMap<&str, usize> = HashMap::new();
    for c in valued {
        match cluster_of.get(c.value.as_str()) {
            Some(&i) => clusters[i].1.push(c),
            None => {
                cluster_of.insert(c.value.as_str(), clusters.len());
                clusters.push((c.value.clone(), vec![c]));
            }
        }
    }
    clusters.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then_with(|| {
                if value::is_inside(kind, &a.0, &b.0) {
                    std::cmp::Ordering::Less
                } else if value::is_inside(kind, &b.0, &a.0) {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .then_with(|| b.0.is_empty().cmp(&a.0.is_empty()).reverse())
    });
    // An unnamed person never leads a person fact when someone is named.
    if kind == Kind::Person
        && let Some(i) = clusters.iter().position(|(v, _)| !v.is_empty())
    {
        let named = clusters.remove(i);
        clusters.insert(0, named);
    }
    let lead = &clusters[0];
    let lead_claim = lead.1[0];

    let mut conflicts: Vec<&Claim> = Vec::new();
    let mut partial: Vec<&Claim> = Vec::new();
    let mut incomparable: Vec<&Claim> = Vec::new();
    for c in valued {
        match value::compare(
            kind,
            (&c.value, &c.qualifier),
            (&lead_claim.value, &lead_claim.qualifier),
        ) {
            Relation::Equal => {}
            Relation::Compatible => partial.push(c),
            Relation::Disjoint => conflicts.push(c),
            Relation::Incomparable => incomparable.push(c),
        }
    }
    // Two non-leading values may contradict each other even when each fits the lead.
    if conflicts.is_empty()
        && let Some(b) = hidden_conflict(kind, &partial)
    {
        conflicts.push(b);
    }
    // A running tally moves: a figure published on another day than the lead's was
    // taken at another moment, and is partial. Figures of one day still conflict.
    // These figures genuinely differ from the lead (as do figures whose words date them,
    // "so far"): a hedged or less precise one published another day did not move.
    let mut moved_tally: Vec<&Claim> = Vec::new();
    if kind == Kind::Count && valued.iter().any(|c| c.tally) {
        let at = &lead_claim.published;
        let (moved, same): (Vec<&Claim>, Vec<&Claim>) = conflicts
            .into_iter()
            .partition(|c| !c.published.is_empty() && !at.is_empty() && c.published != *at);
        moved_tally.clone_from(&moved);
        partial.extend(moved);
        conflicts = same;
    }
    let support = lead.1.len();
    let lead_words = if support == 1 {
        format!("{} says {}", lead_claim.source, lead.0)
    } else {
        format!("{support} sources say {}", lead.0)
    };
    let mut notes: Vec<String> = Vec::new();
    let status = if !conflicts.is_empty() {
        notes.push(format!("{}; {lead_words}", outliers(&conflicts)));
        let reported = conflicts.iter().filter_map(|c| moved(kind, c, lead_claim));
        let total = reported.clone().count();
        if total > 0 {
            let reported = capped(reported, total, "sources whose figure moved");
            notes.push(format!(
                "reported at different times, {}",
                reported.join("; ")
            ));
        }
        Status::Conflict
    } else if !partial.is_empty() || !incomparable.is_empty() {
        for c in partial.iter().take(NAMED) {
            let genuinely =
                moved_tally.iter().any(|m| std::ptr::eq(*m, *c)) || dated(c) || dated(lead_claim);
            if genuinely && let Some(moved) = moved(kind, c, lead_claim) {
                notes.push(moved);
                continue;
            }
            let why = if kind == Kind::Person && c.value.is_empty() {
                "names nobody".to_string()
            } else if kind == Kind::Quote {
                format!("reworded: {}", crate::quotes::word_diff(&lead.0, &c.value))
            } else if value::is_inside(kind, &lead.0, &c.value) {
                format!("less precise: {}", c.value)
            } else if !c.qualifier.is_empty() {
                format!("hedged: {} {}", c.qualifier, c.value)
            } else {
                format!("close: {}", c.value)
            };
            notes.push(format!("{} {why} ('{}')", c.source, c.stated));
        }
        if partial.len() > NAMED {
            notes.push(format!(
                "{} more sources say compatible values",
                thousands(partial.len() - NAMED)
            ));
        }
        let shown = incomparable.iter().map(|c| {
            format!(
                "{} says {} ('{}'), not comparable",
                c.source, c.value, c.stated
            )
        });
        notes.extend(capped(shown, incomparable.len(), "sources not comparable"));
        Status::Partial
    } else {
        Status::Agree
    };
    let open = unresolved_note(all);
    if !open.is_empty() {
        notes.push(open);
    }
    let consensus =
        if status == Status::Conflict && clusters.len() > 1 && clusters[1].1.len() == support {
            notes.insert(0, "sources split evenly".into());
            String::new()
        } else {
            lead.0.clone()
        };
    (status, consensus, notes.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(source: &str, value: &str, stated: &str) -> Claim {
        Claim {
            fact: "f".into(),
            label: "F".into(),
            kind: Kind::Date,
            source: source.into(),
            published: String::new(),
            published_how: PublishedHow::Unknown,
            stated: stated.into(),
            value: value.into(),
            qualifier: String::new(),
            evidence: "".into(),
            line: 1,
            start: 0,
            end: 0,
            rule: "r".into(),
            times: 1,
            score: None,
            tally: false,
            published_note: String::new(),
        }
    }

    #[test]
    fn the_outlier_is_named() {
        let claims = vec![
            claim("000", "2025-04", "in April"),
            claim("001", "2025-04", "in April"),
            claim("002", "2025-07", "This month"),
            claim("003", "2025-04", "in April this year"),
            claim("004", "2025-04", "in April 2025"),
        ];
        let r = reconcile(claims, vec![]);
        let f = &r.facts[0];
        assert_eq!(f.status, Status::Conflict);
        assert_eq!(f.consensus, "2025-04");
        assert_eq!(
            f.note,
            "002 says 2025-07 ('This month'); 4 sources say 2025-04"
        );
        assert!(r.has_conflict());
    }

    #[test]
    fn precision_is_partial_and_one_source_is_single() {
        let r = reconcile(
            vec![
                claim("a", "2021", "in 2021"),
                claim("b", "2021-08", "in August 2021"),
                claim("c", "2021-08", "in August 2021"),
            ],
            vec![],
        );
        assert_eq!(r.facts[0].status, Status::Partial);
        assert_eq!(r.facts[0].consensus, "2021-08");
        let r = reconcile(vec![claim("a", "1989-02", "in February 1989")], vec![]);
        assert_eq!(r.facts[0].status, Status::Single);
        let r = reconcile(
            vec![claim("a", "", "this month"), claim("b", "", "last week")],
            vec![],
        );
        assert_eq!(r.facts[0].status, Status::Unresolved);
    }

    #[test]
    fn a_moving_toll_is_partial_and_says_so() {
        let mut early = claim("a", "30", "at least 30 people");
        early.kind = Kind::Count;
        early.qualifier = "at least; so far".into();
        early.published = "2025-10-19".into();
        let mut late = claim("b", "34", "34 people");
        late.kind = Kind::Count;
        late.published = "2025-10-21".into();
        let mut late2 = late.clone();
        late2.source = "c".into();
        let r = reconcile(vec![early, late, late2], vec![]);
        assert_eq!(r.facts[0].status, Status::Partial);
        assert!(
            r.facts[0]
                .note
                .starts_with("the figure moved: a (2025-10-19) said at least; so far 30"),
            "{}",
            r.facts[0].note
        );
    }

    #[test]
    fn a_tally_of_one_day_conflicts_and_says_no_other_moment() {
        let mut a = claim("a", "40", "40 others");
        a.kind = Kind::Count;
        a.tally = true;
        a.published = "2025-10-19".into();
        let mut b = claim("b", "54", "54 others");
        b.kind = Kind::Count;
        b.tally = true;
        b.published = "2025-10-19".into();
        let mut c = claim("c", "61", "61 people");
        c.kind = Kind::Count;
        c.tally = true;
        c.published = "2025-10-20".into();
        let r = reconcile(vec![a, b, c], vec![]);
        assert_eq!(r.facts[0].status, Status::Conflict);
        let note = &r.facts[0].note;
        // The same day's figures are no running tally's moments.
        assert!(!note.contains("reported at different times"), "{note}");
        assert!(note.contains("a says 40"), "{note}");
    }

    #[test]
    fn a_hedged_figure_of_another_day_did_not_move() {
        let mut early = claim("a", "15000", "about 15,000 jobs");
        early.kind = Kind::Count;
        early.qualifier = "about".into();
        early.published = "2025-10-19".into();
        let mut late = claim("b", "15200", "15,200 jobs");
        late.kind = Kind::Count;
        late.published = "2025-10-21".into();
        let mut late2 = late.clone();
        late2.source = "c".into();
        let r = reconcile(vec![early, late, late2], vec![]);
        assert_eq!(r.facts[0].status, Status::Partial);
        assert!(!r.facts[0].note.contains("moved"), "{}", r.facts[0].note);
    }

    #[test]
    fn an_unanchored_claim_is_not_a_conflict() {
        let r = reconcile(
            vec![
                claim("a", "2025-04", "in April"),
                claim("b", "2025-04", "in April"),
                claim("c", "", "this month"),
            ],
            vec![],
        );
        assert_eq!(r.facts[0].status, Status::Agree);
        assert!(
            r.facts[0].note.contains("c: 'this month' has no anchor"),
            "{}",
            r.facts[0].note
        );
    }
}
