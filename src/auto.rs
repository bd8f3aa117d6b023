//! Generic dated and numeric claims: a value no rule claims still becomes a candidate,
//! with the event it belongs to, and candidates are aligned across sources into
//! automatic facts (`auto` in the rule column).
//!
//! A candidate is a date, interval, duration, amount, count or percentage mention that
//! no rule claim covers, outside quotations, with a value. Its *event* is the content
//! words of its clause — the sentence cut at semicolons, dashes, brackets and
//! conjunctions ("…, while", "…, which", "and" between two figures) — each word stemmed,
//! mapped through the synonym table (`[lookups.synonyms]`, rules/05-synonyms.toml),
//! weighted by its distance to the figure and by how rare it is in the story (a story's
//! topic words, "earthquake" in a quake story, tie nothing together).
//!
//! Candidates of one kind and unit family (a count of homes never meets a count of
//! people; dollars never meet euros or percentages) and of different sources align when
//! their events are similar (cosine of the weighted words) and share at least one word
//! that is neither generic ("said", "people", "year") nor a topic word. Precision comes
//! first, because two different figures wrongly aligned are a false conflict:
//!
//! - figures whose values contradict need a higher similarity than figures that agree;
//! - dates need more than numbers, and bare years (background: "in 2021") more still;
//! - a figure tied to another date in its clause ("that quake, in 2001, killed …") never
//!   meets a figure of another date or of no past date;
//! - clusters grow greedily from the most similar pair, one claim per source, and two
//!   clusters join only when every pair across them would be allowed to align.
//!
//! An automatic fact needs two sources. Words in the clause that explain a moving figure
//! ("so far", "provisional", "as of Tuesday") are kept in the qualifier after the hedge:
//! `at least; so far`.

mod frame;
mod owner;
mod vote;
pub(crate) mod words;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::claim::{Claim, Kind, Text};
use serde::{Deserialize, Serialize};

use crate::extract::{Mention, Reading};
use crate::numbers::NumKind;
use crate::numbers::clock::ClockKind;
use crate::numbers::measure::Exact;
use crate::reconcile::Source;
use crate::rules::{RuleSet, norm};
use crate::time::TimeKind;
use crate::value::{self, Relation};

use crate::wordset::WordSet;
use words::{Synonyms, Token};

/// Similarity two figures that agree (or one hedges the other) need to align.
const T_AGREE: f32 = 0.35;
/// Similarity two figures that contradict need to align: a wrong alignment of these is a
/// false conflict, so the bar is higher.
const T_CONFLICT: f32 = 0.55;
/// Similarity two measures or clock times that contradict need to align.
const T_MEASURE_CONFLICT: f32 = 0.4;
/// Extra similarity a date needs (many things happen "on Monday").
const DATE_EXTRA: f32 = 0.05;
/// Extra similarity a bare year needs (years are often background).
const YEAR_EXTRA: f32 = 0.1;
/// Share of the story's candidates a word may occur in and still anchor an alignment.
const TOPIC_SHARE: f32 = 0.5;
/// Lead given to a pair whose figures agree when pairs are ordered for clustering.
const EQUAL_LEAD: f32 = 0.15;
/// Weight of a generic word relative to a content word.
const GENERIC_WEIGHT: f32 = 0.3;
/// Similarity two figures need to align when each is the only figure of its kind, unit,
/// role and place in its source (see [`sole_keys`]).
const T_SOLE: f32 = 0.05;
/// How far apart two sole figures of a key may be and still be one figure misreported.
const SOLE_SPREAD: i128 = 2;

/// Automatic facts from the mentions that no rule claimed. `taken` are the rule claims of
/// the same readings (their spans are skipped); `rules` gives the lookup tables
/// (`synonyms`).
/// The two stages in one call, for readings of one story (tests and benchmarks).
pub fn claims(readings: &[Reading], taken: &[Claim], rules: &RuleSet) -> Vec<Claim> {
    let per_doc: Vec<Vec<Cand>> = readings
        .par_iter()
        .map(|r| figures_in(r, &spans_of(taken, &r.doc.id), rules))
        .collect();
    let sources = crate::extract::sources_of(readings);
    facts_of(
        &sources,
        crate::story::numbered(per_doc, |c, i| c.doc = i),
        &[],
    )
}

/// The figures of one article that no claim reads (`taken`: the byte spans of its
/// claims): the per-article half of [`claims`].
pub fn figures_in(r: &Reading, taken: &[(usize, usize)], rules: &RuleSet) -> Vec<Cand> {
    let syn = rules.synonyms.get_or_init(|| Synonyms::from_rules(rules));
    // Sentences are read in parallel, then laid end to end in order, so the result does
    // not depend on scheduling.
    let per_sentence: Vec<Vec<Cand>> = (0..r.sentences.len())
        .into_par_iter()
        .map(|si| {
            let mut cands = Vec::new();
            candidates(r, 0, si, taken, syn, &mut cands);
            cands
        })
        .collect();
    per_sentence.into_iter().flatten().collect()
}

/// Generic facts from the figures of a story's sources (`cands[i].doc` indexes
/// `sources`), leaving out figures that a claim of `also_taken` (a quote, a person)
/// already reads: the per-story half of [`claims`].
pub fn facts_of(sources: &[Source], mut cands: Vec<Cand>, also_taken: &[Claim]) -> Vec<Claim> {
    if !also_taken.is_empty() {
        // The spans of each source's claims, gathered in one pass.
        let mut by_source: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for c in also_taken {
            by_source
                .entry(c.source.as_str())
                .or_default()
                .push((c.start, c.end));
        }
        let spans: Vec<&[(usize, usize)]> = sources
            .iter()
            .map(|s| by_source.get(s.id.as_str()).map_or(&[][..], Vec::as_slice))
            .collect();
        cands.retain(|c| {
            !spans[c.doc]
                .iter()
                .any(|&(s, e)| s < c.span.1 && c.span.0 < e)
        });
    }
    if cands.len() < 2 {
        return Vec::new();
    }
    blank_story_place(&mut cands);
    let mut space = Space::new(&cands);
    space.sole = sole_keys(&cands);
    let clusters = cluster(&cands, &space);
    facts(sources, &cands, &space, &clusters)
}

/// The place most sources name is where the story happens: a figure "in Vietnam" of a
/// story about Vietnam has no narrower subject than one that does not say so.
fn blank_story_place(cands: &mut [Cand]) {
    let mut docs: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for c in cands
        .iter()
        .filter(|c| !c.subject.is_empty() && c.owner.is_empty())
    {
        docs.entry(c.subject.as_str()).or_default().insert(c.doc);
    }
    let Some(main) = docs
        .iter()
        .filter(|(_, d)| d.len() >= 2)
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| s.to_string())
    else {
        return;
    };
    for c in cands
        .iter_mut()
        .filter(|c| c.subject == main && c.owner.is_empty())
    {
        c.subject.clear();
    }
}

/// Per candidate, the id of its key when it is the only figure of that key in its
/// source, else `None`. A key is what a figure measures without its words: kind, unit
/// family, role and place ("count:countries", "measure:speed"). An article that gives one
/// count of countries, or one wind speed, gives the story's count or speed however it
/// words it, so two sources' sole figures of a key align on little more than their key;
/// where an article gives two (a ship's length and a bridge's), words decide as always.
/// Counts of people and bare counts name nothing specific, so they have no key.
fn sole_keys(cands: &[Cand]) -> Vec<Option<usize>> {
    let keyed = |c: &Cand| match c.kind {
        Kind::Measure => true,
        Kind::Count => {
            !c.unit.is_empty()
                && c.family != "count:people"
                && !VAGUE_UNITS.contains(&c.unit.as_str())
                && !words::is_stopword(&c.unit)
        }
        _ => false,
    };
    let mut ids: HashMap<(&str, &str, &str), usize> = HashMap::new();
    let key: Vec<Option<usize>> = cands
        .iter()
        .map(|c| {
            keyed(c).then(|| {
                let n = ids.len();
                *ids.entry((c.family.as_str(), c.role.as_str(), c.subject.as_str()))
                    .or_insert(n)
            })
        })
        .collect();
    // Per (key, source): the first figure, and whether every other one states its value.
    let mut first: HashMap<(usize, usize), (usize, bool)> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let Some(k) = key[i] else { continue };
        first
            .entry((k, c.doc))
            .and_modify(|(f, alone)| {
                let x = &cands[*f];
                // A restatement, however precise, is the same figure.
                *alone &= matches!(
                    value::compare(c.kind, (&c.value, &c.hedge), (&x.value, &x.hedge)),
                    Relation::Equal | Relation::Compatible
                );
            })
            .or_insert((i, true));
    }
    cands
        .iter()
        .enumerate()
        .map(|(i, c)| key[i].filter(|&k| first[&(k, c.doc)].1))
        .collect()
}

/// Counted nouns too vague to key a figure: an article gives many counts of times, days
/// or "others" ("three times", "four days").
const VAGUE_UNITS: &[&str] = &[
    "time", "times", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "minut", "minute", "minutes", "second", "seconds", "point", "points", "other",
    "others", "thing", "things", "way", "ways", "part", "parts", "number", "total", "figur",
    "figure", "percent", "piec", "piece", "item", "case", "cases", "one", "ones",
];

/// The spans of a source's claims.
pub fn spans_of(claims: &[Claim], source: &str) -> Vec<(usize, usize)> {
    claims
        .iter()
        .filter(|c| c.source == source)
        .map(|c| (c.start, c.end))
        .collect()
}

/// One figure of one source, with its event: read per article, aligned per story.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cand {
    /// The figure's source in the story (set when a story's figures are laid together).
    #[serde(skip)]
    pub(crate) doc: usize,
    sentence: usize,
    kind: Kind,
    /// Blocking key: kind and unit family (`count:people`, `amount:USD`).
    family: String,
    /// The unit as a canonical word (for labels).
    unit: String,
    value: String,
    hedge: String,
    /// Words of the clause that explain a moving figure.
    context: Vec<String>,
    stated: String,
    start: usize,
    end: usize,
    #[serde(skip, default = "crate::claim::no_text")]
    pub(crate) evidence: Text,
    /// Index of `evidence` in the article's evidence table (see `article::Extraction`).
    #[serde(rename = "ev")]
    pub(crate) evidence_ix: usize,
    line: usize,
    /// The mention's span in the document, for claims that take it.
    span: (usize, usize),
    /// Canonical event words and their proximity weight (the highest per word).
    words: BTreeMap<String, f32>,
    /// Date values of other time expressions in the clause.
    when: Vec<String>,
    /// True when every one of them lies before the publication year: a background figure.
    background: bool,
    /// A date stated as a bare year (or coarser).
    year_only: bool,
    /// What the figure is relative to (see [`frame::Role`]): empty for a result.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    role: String,
    /// The place the figure belongs to ("yen bai"), or the key of its named owner
    /// ("meridian"), empty when none is stated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    subject: String,
    /// The named person or thing the figure describes, as written ("Kattegat
    /// Meridian"; see [`owner`]), empty when none is stated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    owner: String,
    /// A count of a running tally (its nearest event word is killed, missing…).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    tally: bool,
}

// ---------------------------------------------------------------------------------------
// Candidates

fn candidates(
    r: &Reading,
    di: usize,
    si: usize,
    taken: &[(usize, usize)],
    syn: &Synonyms,
    out: &mut Vec<Cand>,
) {
    let sentence = &r.sentences[si];
    let masked = &r.masked[si];
    let text = sentence.text.as_str();
    // An age ("Berg, 51,") or a vote ("seven to two") is no mention of its own: a
    // sentence without mentions is read only when it has a digit or a word of voting.
    if masked.mentions.is_empty()
        && !text.bytes().any(|b| b.is_ascii_digit())
        && !vote::may_hold(text)
    {
        return;
    }
    let toks = words::tokens(text);
    let stems: Vec<String> = toks.iter().map(|t| words::stem(&t.lower)).collect();
    let quotes = quote_spans(text);
    let bounds = clause_bounds(text, &toks);
    let evidence = r.evidence(si);
    let mentions: Vec<&Mention> = masked.mentions.iter().collect();
    let near = Near::new(text, &mentions);
    // A named person's age and a split vote are figures of their own, whatever mentions
    // their numbers are.
    let ages = owner::ages(text, &toks);
    let votes = vote::votes(text, &toks);
    let own = ages
        .iter()
        .map(|a| {
            let who = BTreeMap::from([(a.name.clone(), 1.0)]);
            let what = ("count:age", "age", a.years.to_string());
            (
                a.start,
                a.end,
                a.stated,
                what,
                who,
                a.name.as_str(),
                a.owner.as_str(),
            )
        })
        .chain(votes.iter().map(|v| {
            // A vote is a vote however it is worded ("a 6-3 margin", "voted seven to
            // two"), as a count's noun is part of its words.
            let mut near = window_words(&toks, &stems, syn, v.start, v.end);
            near.insert("vote".to_string(), 1.0);
            let what = ("count:vote", "vote", v.value.clone());
            (v.start, v.end, (v.start, v.end), what, near, "", "")
        }));
    for (s, e, (ss, se), (family, unit, value), words, subject, owner) in own {
        let (ds, de) = (sentence.start + s, sentence.start + e);
        if taken.iter().any(|&(ts, te)| ts < de && ds < te)
            || quotes.iter().any(|&(qs, qe)| qs <= s && e <= qe)
        {
            continue;
        }
        out.push(Cand {
            doc: di,
            sentence: si,
            kind: Kind::Count,
            family: family.to_string(),
            unit: unit.to_string(),
            value,
            hedge: String::new(),
            context: Vec::new(),
            stated: norm::fold_space(&text[ss..se]),
            start: sentence.start + ss,
            end: sentence.start + se,
            evidence: evidence.clone(),
            evidence_ix: 0,
            line: r.doc.line_of(sentence.start + ss),
            span: (ds, de),
            words,
            when: Vec::new(),
            background: false,
            year_only: false,
            role: String::new(),
            subject: subject.to_string(),
            owner: owner.to_string(),
            tally: false,
        });
    }
    let pub_year: Option<i32> = r
        .doc
        .published
        .display()
        .get(..4)
        .and_then(|y| y.parse().ok());

    for (mi, m) in mentions.iter().enumerate() {
        let (ms, me) = m.span();
        if me > text.len() || !text.is_char_boundary(ms) || !text.is_char_boundary(me) {
            continue;
        }
        let Some(kind) = kind_of(m) else { continue };
        let (ds, de) = (sentence.start + ms, sentence.start + me);
        if taken.iter().any(|&(s, e)| s < de && ds < e) {
            continue;
        }
        if quotes.iter().any(|&(qs, qe)| qs <= ms && me <= qe)
            || ages.iter().any(|a| a.start < me && ms < a.end)
            || votes.iter().any(|v| v.start < me && ms < v.end)
        {
            continue;
        }
        let (value, hedge, unit_text, family) = match m {
            Mention::Time(t) => {
                let Some(v) = t.value.clone().filter(|v| !v.is_empty()) else {
                    continue;
                };
                if is_noise_date(&t.text) {
                    continue;
                }
                (
                    v,
                    t.qualifier.clone().unwrap_or_default(),
                    None,
                    kind.as_str().to_string(),
                )
            }
            Mention::Measure(x) => (
                x.stated.clone(),
                x.qualifier.clone().unwrap_or_default(),
                rate_noun(x).map(str::to_string),
                format!("measure:{:?}", x.quantity).to_lowercase(),
            ),
            Mention::Clock(c) => (
                c.value.clone(),
                c.qualifier.clone().unwrap_or_default(),
                None,
                kind.as_str().to_string(),
            ),
            Mention::Number(n) => {
                if restates(text, &mentions, mi) {
                    continue;
                }
                let unit = n.unit.clone().unwrap_or_default();
                let family = match n.kind {
                    NumKind::Amount => format!("amount:{unit}{}", rate(&text[me..])),
                    NumKind::Percent => {
                        if n.value.ends_with("pp") {
                            "percent:pp".to_string()
                        } else {
                            "percent:%".to_string()
                        }
                    }
                    NumKind::Count => String::new(), // from the canonical unit, below
                };
                (
                    n.value.clone(),
                    n.qualifier.clone().unwrap_or_default(),
                    Some(unit),
                    family,
                )
            }
        };

        // The clause (within a window of the figure), then the segment of it that belongs
        // to this figure.
        let (cs, ce) = near.window(bounds.of(ms, text.len()), ms, me);
        // Outside an aside, the asides' words are not the figure's.
        let aside = bounds.aside_at(ms).is_some();
        let hidden = |t: &Token| {
            near.covered(t.start, t.end)
                || (!aside && bounds.aside_at(t.start).is_some() && (t.end <= ms || t.start >= me))
        };
        let (lo, hi) = match near.overlapping(cs, ce) {
            (lo, hi) if (lo..hi).contains(&mi) => (lo, hi),
            _ => (0, mentions.len()),
        };
        // Two figures of one kind in a clause divide its words between them; a figure of
        // another kind ("$1.8 billion" beside "two countries") shares them.
        let is_time = matches!(m, Mention::Time(_));
        let mut left = cs;
        let mut right = ce;
        for (j, x) in mentions.iter().enumerate().take(hi).skip(lo) {
            if j == mi || kind_of(x) != Some(kind) {
                continue;
            }
            let (xs, xe) = x.span();
            if xe <= ms && xe > cs {
                left = left.max(cut(text, xe, ms, is_time));
            } else if xs >= me && xs < ce {
                right = right.min(cut(text, me, xs, is_time));
            }
        }

        // Event words, weighted by distance (in words) to the figure.
        let inside = hidden;
        let first = toks.partition_point(|t| t.start < left);
        let last = first + toks[first..].partition_point(|t| t.start < right);
        let seg: Vec<(&str, &str)> = toks[first..last]
            .iter()
            .zip(&stems[first..last])
            .filter(|(t, _)| t.end <= right && !inside(t))
            .map(|(t, s)| (t.lower.as_str(), s.as_str()))
            .collect();
        let before = toks[first..last]
            .iter()
            .filter(|t| t.end <= right && !inside(t) && t.end <= ms)
            .count();
        let mut event: BTreeMap<String, f32> = BTreeMap::new();
        for (k, w) in syn.canonical_words(&seg) {
            let d = if k < before {
                before - 1 - k
            } else {
                k - before
            };
            let weight = 1.0 / (1.0 + d as f32 / 3.0);
            let e = event.entry(w).or_insert(0.0);
            *e = e.max(weight);
        }
        let mut unit = String::new();
        let mut family = family;
        if let Some(u) = unit_text {
            if kind == Kind::Measure {
                // A rate of a counted noun: what it counts is part of its key, as a
                // count's noun is ("vehicles a year" never meets "barrels a day").
                let ut = words::tokens(&u);
                let canon = syn.canonical(&ut);
                if let Some((_, w)) = canon.last() {
                    family = format!("{family}:{}", unit_family(w));
                }
                for (_, w) in &canon {
                    let e = event.entry(w.clone()).or_insert(0.0);
                    *e = e.max(1.0);
                }
            } else if kind == Kind::Count {
                let ut = words::tokens(&u);
                let canon = syn.canonical(&ut);
                unit = canon.last().map(|(_, w)| w.clone()).unwrap_or_default();
                for (_, w) in &canon {
                    let e = event.entry(w.clone()).or_insert(0.0);
                    *e = e.max(1.0);
                }
                family = if ut.last().is_some_and(|t| is_demonym(&u[t.start..t.end])) {
                    "count:people".to_string()
                } else {
                    format!("count:{}", unit_family(&unit))
                };
            } else {
                unit = u;
            }
        }

        // Other dates of the clause: the time this figure belongs to. It is background
        // when every one of them is: "detained in March 2023 and sentenced in July" is
        // this year's news.
        let mut when = Vec::new();
        let mut past = 0;
        if !matches!(kind, Kind::Date | Kind::Interval) {
            for x in &mentions[lo..hi] {
                let (xs, xe) = x.span();
                if let Mention::Time(t) = x
                    && t.kind == TimeKind::Date
                    && xs >= cs
                    && xe <= ce
                    && let Some(v) = t.value.as_deref().filter(|v| !v.is_empty())
                {
                    let year: Option<i32> = v.get(..4).and_then(|y| y.parse().ok());
                    if let (Some(y), Some(p)) = (year, pub_year)
                        && y < p
                    {
                        past += 1;
                    } else if year.is_some() && pub_year.is_none() && v.len() == 4 {
                        past += 1;
                    }
                    when.push(v.to_string());
                }
            }
        }
        let background = past > 0 && past == when.len();

        let seg_toks: Vec<&Token> = toks[first..last]
            .iter()
            .filter(|t| t.end <= right && !inside(t))
            .collect();
        // Roles part levels from changes: "cut 15,000 jobs" is not the 124,800 staff.
        let role = if matches!(kind, Kind::Date | Kind::Interval) {
            String::new()
        } else if kind == Kind::Count {
            frame::count_role(&seg_toks, ms).key().to_string()
        } else {
            // The clause for what comes before; the sentence's next words for what
            // follows ("$12.94 billion that was the consensus" opens a clause).
            let from = toks.partition_point(|t| t.start < cs);
            let after = toks.partition_point(|t| t.start < me);
            let to = (after + 2 * frame::ROLE_WINDOW).min(toks.len()).max(from);
            let clause_toks: Vec<&Token> = toks[from..to]
                .iter()
                .filter(|t| (t.end <= ce || t.start >= me) && !inside(t))
                .collect();
            frame::role(text, &seg_toks, &clause_toks, ms, me)
                .key()
                .to_string()
        };
        let (subject, owner) = match owner::owner_of(text, &toks, ms, me) {
            Some((name, key)) if kind == Kind::Measure => {
                let e = event.entry(key.clone()).or_insert(0.0);
                *e = e.max(1.0);
                (key, name)
            }
            _ => (frame::subject(text, &seg_toks), String::new()),
        };
        let tally = kind == Kind::Count
            && event
                .iter()
                .any(|(w, &weight)| weight >= 0.5 && syn.is_tally(w));
        let mut context = context_qualifiers(text, left, right, &mentions[lo..hi], mi - lo);
        if kind == Kind::Count
            && let Some(part) = included_part(text, &mentions, mi)
        {
            context.push(part);
        }
        let stated_start = m.stated_start(text);
        out.push(Cand {
            doc: di,
            sentence: si,
            kind,
            family,
            unit,
            year_only: kind == Kind::Date && (value.len() == 4),
            value,
            hedge,
            context,
            stated: norm::fold_space(&text[stated_start..me]),
            start: sentence.start + stated_start,
            end: de,
            span: (ds, de),
            evidence: evidence.clone(),
            evidence_ix: 0,
            line: r.doc.line_of(sentence.start + stated_start),
            words: event,
            when,
            background,
            role,
            subject,
            owner,
            tally,
        });
    }
}

/// The counted noun of a rate ("vehicles" of `11.5 million vehicles/yr`), none for a
/// rate of a physical unit (`bbl/d`).
fn rate_noun(x: &crate::numbers::measure::Measure) -> Option<&str> {
    if x.quantity != crate::numbers::measure::Quantity::Rate {
        return None;
    }
    // A physical rate is written in its canonical unit (`l/d`); a counted one keeps its
    // noun (`vehicles/d`).
    let (num, _) = x.unit.split_once('/')?;
    let canonical = x.value.rsplit(' ').next()?;
    (canonical.strip_prefix(num)?.starts_with('/')).then_some(num)
}

fn kind_of(m: &Mention) -> Option<Kind> {
    Some(match m {
        Mention::Time(t) => match t.kind {
            TimeKind::Date => Kind::Date,
            TimeKind::Interval => Kind::Interval,
            TimeKind::Duration => Kind::Duration,
        },
        Mention::Number(n) => match n.kind {
            NumKind::Amount => Kind::Amount,
            NumKind::Count => Kind::Count,
            NumKind::Percent => Kind::Percent,
        },
        Mention::Measure(_) => Kind::Measure,
        Mention::Clock(c) => match c.kind {
            ClockKind::Time => Kind::Time,
            ClockKind::Duration => Kind::Duration,
        },
    })
}

/// Time words that only say when the article was written.
fn is_noise_date(text: &str) -> bool {
    matches!(
        text.trim().to_lowercase().as_str(),
        "now"
            | "today"
            | "tonight"
            | "currently"
            | "recently"
            | "at present"
            | "nowadays"
            | "these days"
            | "this week"
            | "right now"
            | "at the moment"
    )
}

/// Counted nouns that are all people: one unit family, so "34 people" and "34 dead" can
/// meet (the event words still tell a death toll from a count of passengers).
fn unit_family(unit: &str) -> &str {
    const PEOPLE: &[&str] = &[
        "people",
        "peopl",
        "person",
        "individual",
        "resident",
        "civilian",
        "victim",
        "passeng",
        "passenger",
        "crew",
        "killed",
        "injured",
        "missing",
        "survivors",
        "children",
        "adult",
        "men",
        "women",
        "inhabitant",
        "citizen",
        "rescued",
        "displaced",
        "evacuated",
        "",
    ];
    // A workforce is counted in jobs, posts or the people who hold them.
    const JOBS: &[&str] = &[
        "job",
        "jobs",
        "posit",
        "position",
        "post",
        "role",
        "employees",
        "employe",
        "employee",
        "worker",
        "workers",
        "staff",
        "headcount",
        "workforc",
    ];
    // Road vehicles are counted by kind as often as in general ("a dozen cars", "seven
    // vehicles"); homes of a place by households or families.
    const VEHICLES: &[&str] = &[
        "vehicl", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "lorri", "lorry", "van",
        "vans", "bus", "buse", "buses", "suv", "suvs",
    ];
    const HOUSEHOLDS: &[&str] = &["household", "households", "famili", "family", "families"];
    if PEOPLE.contains(&unit) {
        "people"
    } else if JOBS.contains(&unit) {
        "jobs"
    } else if VEHICLES.contains(&unit) {
        "vehicles"
    } else if HOUSEHOLDS.contains(&unit) {
        "households"
    } else {
        unit
    }
}

/// Whether a counted noun names people by nation or group ("Russians", "Britons",
/// "Israelis", "Japanese", "Spaniards"): a count of them is a count of people, never a
/// count of a specific thing that a story gives once.
fn is_demonym(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && ["ans", "ons", "ese", "is", "ards", "ites"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// The denominator of a rate written after an amount: "$48 a share" is `/share`, "$1.6
/// billion a year" is `/year`; a plain amount has none. A price per share and a deal
/// value are different units.
fn rate(after: &str) -> String {
    let toks = words::tokens(after.get(..after.len().min(40)).unwrap_or(""));
    let lead = after.trim_start();
    let first = toks.first().map(|t| t.lower.as_str());
    let per = lead.starts_with('/')
        || matches!(first, Some("a" | "an" | "per" | "each" | "every"))
            && toks
                .first()
                .is_some_and(|t| after[..t.start].trim().is_empty());
    if let Some(t) = toks.first()
        && matches!(t.lower.as_str(), "annually" | "yearly")
        && after[..t.start].trim().is_empty()
    {
        return "/year".into();
    }
    if !per {
        return String::new();
    }
    let word = if lead.starts_with('/') {
        toks.first()
    } else {
        toks.get(1)
    };
    match word.map(|t| words::stem(&t.lower)) {
        Some(w) if w == "annum" => "/year".into(),
        Some(w) if !words::is_stopword(&w) => format!("/{w}"),
        _ => String::new(),
    }
}

/// A figure restating the one before it in brackets or after "or" (`$9bn (£6.6bn)`):
/// the same amount, not a second claim.
fn restates(text: &str, mentions: &[&Mention], mi: usize) -> bool {
    let Some(prev) = mi.checked_sub(1).map(|i| mentions[i]) else {
        return false;
    };
    if !matches!(prev, Mention::Number(_)) {
        return false;
    }
    let gap = &text[prev.span().1.min(mentions[mi].span().0)..mentions[mi].span().0];
    let g = gap.trim().to_lowercase();
    matches!(
        g.as_str(),
        "(" | "[" | "/" | "or" | "(or" | "—" | "–" | ", or"
    )
}

/// Byte spans of quotations (between curly quotes, or pairs of straight double quotes).
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '«' => open = Some(i),
            '”' | '»' => {
                if let Some(s) = open.take() {
                    out.push((s, i + c.len_utf8()));
                }
            }
            '"' => match straight.take() {
                Some(s) => out.push((s, i + 1)),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    // An opening quote never closed in the sentence runs to its end.
    if let Some(s) = open.or(straight) {
        out.push((s, text.len()));
    }
    out
}

/// Words that open a new clause after a comma.
static CLAUSE_WORDS: WordSet = WordSet::new(&[
    "and",
    "but",
    "while",
    "whereas",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "although",
    "though",
    "as",
    "after",
    "before",
    "because",
    "since",
    "until",
    "while",
    "including",
    "with",
    "bringing",
    "taking",
    "compared",
    "up",
    "down",
]);

/// Words that open a new clause even without a comma.
static STRONG_WORDS: WordSet =
    WordSet::new(&["while", "whereas", "although", "but", "which", "that"]);

/// A sentence's clauses: where they start, and the bracketed asides that interrupt
/// them. An aside is a clause of its own, and the words either side of it are one clause:
/// in "At a meeting on Wednesday, the committee (MPC) voted …" the date belongs to the
/// vote.
struct Clauses {
    /// Positions where clauses start (besides 0), none inside an aside.
    bounds: Vec<usize>,
    /// Closed bracket pairs, outermost only, in order: `(` to one past `)`.
    asides: Vec<(usize, usize)>,
}

impl Clauses {
    /// The clause around a position: inside an aside, the aside; else from the last bound
    /// at or before it to the next.
    fn of(&self, pos: usize, len: usize) -> (usize, usize) {
        if let Some((s, e)) = self.aside_at(pos) {
            return (s + 1, e - 1);
        }
        clause_of(&self.bounds, pos, len)
    }

    /// The aside a position lies inside, brackets excluded.
    fn aside_at(&self, pos: usize) -> Option<(usize, usize)> {
        let k = self.asides.partition_point(|&(s, _)| s < pos);
        let &(s, e) = self.asides.get(k.checked_sub(1)?)?;
        (pos < e - 1).then_some((s, e))
    }
}

/// The clauses of a sentence (see [`Clauses`]).
fn clause_bounds(text: &str, toks: &[Token]) -> Clauses {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut asides = Vec::new();
    let mut open: Option<(u8, usize)> = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' if open.is_none() => open = Some((c as u8, i)),
            ')' | ']' => match open {
                Some((o, s)) if (o, c) == (b'(', ')') || (o, c) == (b'[', ']') => {
                    asides.push((s, i + 1));
                    open = None;
                }
                Some(_) => {}
                None => out.push(i),
            },
            '(' | '[' => {}
            ';' | '—' | '–' => out.push(i),
            ':' if b.get(i + 1) == Some(&b' ') => out.push(i),
            '-' if i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') => out.push(i),
            _ => {}
        }
    }
    // A bracket never closed in the sentence is a bound, as a dash is.
    if let Some((_, s)) = open {
        out.push(s);
    }
    for (k, t) in toks.iter().enumerate() {
        let before = text[..t.start].trim_end();
        let comma = before.ends_with(',');
        // ", ending five years of talks": a participle after a comma opens a clause.
        let participle = t.lower.len() > 5 && t.lower.ends_with("ing");
        if (comma && (CLAUSE_WORDS.contains(t.lower.as_str()) || participle))
            || (k > 0 && STRONG_WORDS.contains(t.lower.as_str()))
        {
            out.push(t.start);
        }
    }
    out.sort_unstable();
    out.dedup();
    let mut clauses = Clauses {
        bounds: Vec::new(),
        asides,
    };
    clauses.bounds = out
        .into_iter()
        .filter(|&p| clauses.aside_at(p).is_none())
        .collect();
    clauses
}

/// The clause around a position: from the last bound at or before it to the next
/// (`bounds` sorted).
fn clause_of(bounds: &[usize], pos: usize, len: usize) -> (usize, usize) {
    let at = bounds.partition_point(|&b| b <= pos);
    let start = at.checked_sub(1).map_or(0, |k| bounds[k]);
    let end = bounds.get(at).copied().unwrap_or(len);
    (start, end)
}

/// Bytes on either side of a figure that its clause is read within: a sentence of a
/// megabyte without a full stop costs as much per figure as a normal one.
const WINDOW: usize = 1_500;

/// The mentions of a sentence indexed by position, so that each figure looks only at its
/// own clause.
struct Near<'t> {
    text: &'t str,
    /// Mentions are in order of their start (else every lookup spans them all).
    sorted: bool,
    starts: Vec<usize>,
    /// The largest end of the mentions up to each one.
    reach: Vec<usize>,
    /// Bytes covered by a mention, counted up to each offset.
    covered: Vec<u32>,
    spans: Vec<(usize, usize)>,
}

impl<'t> Near<'t> {
    fn new(text: &'t str, mentions: &[&Mention]) -> Near<'t> {
        let spans: Vec<(usize, usize)> = mentions.iter().map(|m| m.span()).collect();
        let starts: Vec<usize> = spans.iter().map(|s| s.0).collect();
        let mut reach = Vec::with_capacity(spans.len());
        let mut max = 0;
        for &(_, e) in &spans {
            max = max.max(e);
            reach.push(max);
        }
        let mut depth = vec![0i32; text.len() + 1];
        for &(s, e) in &spans {
            if s < e && e <= text.len() {
                depth[s] += 1;
                depth[e] -= 1;
            }
        }
        let mut covered = Vec::with_capacity(text.len() + 1);
        let (mut d, mut n) = (0i32, 0u32);
        covered.push(0);
        for x in &depth[..text.len()] {
            d += x;
            n += u32::from(d > 0);
            covered.push(n);
        }
        Near {
            text,
            sorted: starts.is_sorted(),
            starts,
            reach,
            covered,
            spans,
        }
    }

    /// True when a mention overlaps `start..end`.
    fn covered(&self, start: usize, end: usize) -> bool {
        if end <= self.text.len() && start < end {
            return self.covered[end] > self.covered[start];
        }
        self.spans.iter().any(|&(xs, xe)| start < xe && xs < end)
    }

    /// A clause cut to [`WINDOW`] bytes either side of the figure `ms..me`.
    fn window(&self, (cs, ce): (usize, usize), ms: usize, me: usize) -> (usize, usize) {
        let mut cs = cs.max(ms.saturating_sub(WINDOW));
        while !self.text.is_char_boundary(cs) {
            cs -= 1;
        }
        let mut ce = ce.min(me + WINDOW).min(self.text.len());
        while !self.text.is_char_boundary(ce) {
            ce += 1;
        }
        (cs, ce)
    }

    /// The range of mentions that may overlap `cs..ce`: every one ending after `cs` and
    /// starting before `ce`, and perhaps a few others.
    fn overlapping(&self, cs: usize, ce: usize) -> (usize, usize) {
        if !self.sorted {
            return (0, self.starts.len());
        }
        let lo = self.reach.partition_point(|&e| e <= cs);
        let hi = self.starts.partition_point(|&s| s < ce).max(lo);
        (lo, hi)
    }
}

/// Where the words between two figures are divided between them: at a conjunction or a
/// comma between them; else, for two time expressions, right after the first (a date
/// follows its verb: "struck on Sunday, rose to 34 on Monday"), and halfway for numbers
/// ("1,243 people injured … 14 missing").
fn cut(text: &str, from: usize, to: usize, time: bool) -> usize {
    let gap = &text[from..to];
    let lower = gap.to_lowercase();
    // "3.1% of GDP, or RD$268 billion": the second figure restates the one before it, so
    // it shares that figure's words and the division falls before them.
    let trimmed = lower.trim_end();
    let restating = [", or", ", or about", ", or around", ", or roughly"]
        .iter()
        .find_map(|end| trimmed.strip_suffix(end));
    let searched = restating.unwrap_or(&lower);
    for sep in [",", " and ", " or ", " but ", " while ", " plus "] {
        if let Some(i) = searched.rfind(sep) {
            return from + i;
        }
    }
    if let Some(kept) = restating {
        return from + kept.len();
    }
    if time {
        return from;
    }
    let mut mid = from + gap.len() / 2;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    mid
}

/// Words this many tokens either side of a figure read as its event when it has no
/// clause of its own (a vote).
const NEAR_WORDS: usize = 5;

/// The canonical words within [`NEAR_WORDS`] tokens of `start..end`, weighted by
/// distance as clause words are, the figure's own words left out.
fn window_words(
    toks: &[Token],
    stems: &[String],
    syn: &Synonyms,
    start: usize,
    end: usize,
) -> BTreeMap<String, f32> {
    let first = toks.partition_point(|t| t.start < start);
    let after = toks.partition_point(|t| t.start < end);
    let lo = first.saturating_sub(NEAR_WORDS);
    let hi = (after + NEAR_WORDS).min(toks.len());
    let seg: Vec<(&str, &str)> = (lo..first)
        .chain(after..hi)
        .map(|i| (toks[i].lower.as_str(), stems[i].as_str()))
        .collect();
    let before = first - lo;
    let mut out = BTreeMap::new();
    for (k, w) in syn.canonical_words(&seg) {
        let d = if k < before {
            before - 1 - k
        } else {
            k - before
        };
        let weight = 1.0 / (1.0 + d as f32 / 3.0);
        let e = out.entry(w).or_insert(0.0f32);
        *e = e.max(weight);
    }
    out
}

/// The part a count says it includes, "including 2 minors" of "Ten Russians, including
/// two minors": a source that counts 8 Russians does not contradict it.
fn included_part(text: &str, mentions: &[&Mention], mi: usize) -> Option<String> {
    let Some(Mention::Number(n)) = mentions.get(mi + 1) else {
        return None;
    };
    if n.kind != NumKind::Count {
        return None;
    }
    let gap = text.get(mentions[mi].span().1..n.start)?.trim();
    let gap = gap.trim_start_matches([',', '(']).trim_start();
    if !gap.eq_ignore_ascii_case("including") {
        return None;
    }
    // Only a whole number: a part is counted in units.
    n.value.parse::<u64>().ok()?;
    Some(norm::fold_space(&format!(
        "including {} {}",
        n.value,
        n.unit.as_deref().unwrap_or("")
    )))
}

/// Phrases that explain why a figure may differ from another source's.
const MOVING: &[&str] = &[
    "so far",
    "to date",
    "up to now",
    "until now",
    "at the time of writing",
    "provisional",
    "provisionally",
    "preliminary",
    "initial",
    "initially",
    "early count",
    "early projection",
    "early projections",
    "projection",
    "projections",
    "projected",
    "partial results",
    "partial count",
    "officially",
    "official toll",
    "official count",
    "official figures",
    "confirmed",
    "unconfirmed",
    "latest",
    "updated",
    "revised",
    "final",
    "estimate",
    "estimates",
];

/// The moving-figure words of a figure's segment, and "as of …" / "by …" before a time
/// expression of the clause.
fn context_qualifiers(
    text: &str,
    left: usize,
    right: usize,
    mentions: &[&Mention],
    mi: usize,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let (ms, me) = mentions[mi].span();
    let seg_toks: Vec<Token> = words::tokens(&text[left..right])
        .into_iter()
        .filter(|t| {
            let (s, e) = (t.start + left, t.end + left);
            !(s < me && ms < e)
        })
        .collect();
    let lower: Vec<&str> = seg_toks.iter().map(|t| t.lower.as_str()).collect();
    for p in MOVING {
        let phrase: Vec<&str> = p.split(' ').collect();
        if lower.windows(phrase.len()).any(|w| w == phrase.as_slice())
            && !out.iter().any(|o| o.contains(p))
        {
            out.push((*p).to_string());
        }
    }
    // "as of Tuesday evening", "by Monday".
    for (j, x) in mentions.iter().enumerate() {
        let (xs, xe) = x.span();
        if j == mi || xs < left || xe > right {
            continue;
        }
        let Mention::Time(t) = x else { continue };
        if t.kind != TimeKind::Date {
            continue;
        }
        let before = text[left..xs].trim_end().to_lowercase();
        for p in ["as of", "as at", "by"] {
            if before.ends_with(p)
                && before[..before.len() - p.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            {
                out.push(format!("{p} {}", norm::fold_space(&text[xs..xe])));
                break;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Similarity

/// Candidates as weighted word vectors over the story's vocabulary.
struct Space {
    /// Per candidate: (word id, weight), sorted by id.
    vecs: Vec<Vec<(usize, f32)>>,
    norms: Vec<f32>,
    /// The same with undamped rarity weights: the measure figures that contradict each
    /// other must pass, so a word only one of them has (the "30-day average" of one
    /// premium) counts fully against them.
    strict: Vec<Vec<(usize, f32)>>,
    strict_norms: Vec<f32>,
    /// Per candidate: word ids that may anchor an alignment.
    anchors: Vec<Vec<usize>>,
    /// Word of each id.
    vocab: Vec<String>,
    /// Per candidate: its key when it is its source's only figure of that key.
    sole: Vec<Option<usize>>,
}

impl Space {
    fn new(cands: &[Cand]) -> Space {
        let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
        for c in cands {
            for w in c.words.keys() {
                let n = ids.len();
                ids.entry(w.as_str()).or_insert(n);
            }
        }
        let mut vocab = vec![String::new(); ids.len()];
        for (w, &i) in &ids {
            vocab[i] = (*w).to_string();
        }
        let mut df = vec![0usize; ids.len()];
        for c in cands {
            for w in c.words.keys() {
                df[ids[w.as_str()]] += 1;
            }
        }
        let n = cands.len() as f32;
        // A topic word is in most of the story's figures, and in more of them than one
        // figure per source would explain.
        let docs = cands.iter().map(|c| c.doc).collect::<BTreeSet<_>>().len() as f32;
        let topic = (TOPIC_SHARE * n).max(2.0 * docs);
        let mut vecs = Vec::with_capacity(cands.len());
        let mut norms = Vec::with_capacity(cands.len());
        let mut anchors = Vec::with_capacity(cands.len());
        let mut strict = Vec::with_capacity(cands.len());
        let mut strict_norms = Vec::with_capacity(cands.len());
        for c in cands {
            let mut v: Vec<(usize, f32)> = Vec::with_capacity(c.words.len());
            let mut sv: Vec<(usize, f32)> = Vec::with_capacity(c.words.len());
            let mut a = Vec::new();
            for (w, &prox) in &c.words {
                let id = ids[w.as_str()];
                // Damped: rarity separates a story's figures, but a word only one source
                // uses must not outweigh the words two sources share.
                let idf = (1.0 + n / df[id] as f32).ln();
                let generic = words::is_generic(w);
                let weight = prox * if generic { GENERIC_WEIGHT } else { 1.0 };
                v.push((id, weight * idf.sqrt()));
                sv.push((id, weight * idf));
                if !generic && (df[id] as f32) <= topic {
                    a.push(id);
                }
            }
            v.sort_by_key(|p| p.0);
            sv.sort_by_key(|p| p.0);
            a.sort_unstable();
            norms.push(v.iter().map(|p| p.1 * p.1).sum::<f32>().sqrt());
            strict_norms.push(sv.iter().map(|p| p.1 * p.1).sum::<f32>().sqrt());
            vecs.push(v);
            strict.push(sv);
            anchors.push(a);
        }
        Space {
            vecs,
            norms,
            strict,
            strict_norms,
            anchors,
            vocab,
            sole: vec![None; cands.len()],
        }
    }

    /// Cosine similarity of two candidates' events.
    fn sim(&self, a: usize, b: usize) -> f32 {
        cosine(&self.vecs[a], &self.vecs[b], self.norms[a] * self.norms[b])
    }

    /// The sum of the members' unit vectors, by word id.
    fn centroid(&self, members: &[usize]) -> FxHashMap<usize, f32> {
        let mut sum: FxHashMap<usize, f32> = FxHashMap::default();
        for &j in members {
            if self.norms[j] > 0.0 {
                for &(w, x) in &self.vecs[j] {
                    *sum.entry(w).or_insert(0.0) += x / self.norms[j];
                }
            }
        }
        sum
    }

    /// The mean similarity of member `i` to the other members of a cluster of `n`, from
    /// the cluster's [`Space::centroid`].
    fn mean_sim(&self, i: usize, centroid: &FxHashMap<usize, f32>, n: usize) -> f32 {
        let norm = self.norms[i];
        if norm <= 0.0 || n < 2 {
            return 0.0;
        }
        let dot: f32 = self.vecs[i]
            .iter()
            .map(|&(w, x)| x * (centroid.get(&w).copied().unwrap_or(0.0) - x / norm))
            .sum();
        dot / norm / (n - 1) as f32
    }

    /// The stricter similarity, for figures that contradict each other.
    fn strict_sim(&self, a: usize, b: usize) -> f32 {
        cosine(
            &self.strict[a],
            &self.strict[b],
            self.strict_norms[a] * self.strict_norms[b],
        )
    }
    fn share_anchor(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.anchors[a], &self.anchors[b]);
        let (mut i, mut j) = (0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }
}

/// Cosine of two sparse vectors sorted by id, given the product of their norms.
fn cosine(x: &[(usize, f32)], y: &[(usize, f32)], n: f32) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x[i].1 * y[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    if n > 0.0 { dot / n } else { 0.0 }
}

/// The similarity two candidates need to align, and whether it is measured strictly (their
/// figures contradict), or `None` when they never may.
fn threshold(a: &Cand, b: &Cand) -> Option<(f32, bool)> {
    if a.doc == b.doc || a.family != b.family || a.kind != b.kind || a.role != b.role {
        return None;
    }
    // Figures of two places are two facts; a place's figure and one with no place may
    // agree, but never contradict (a province's toll against the country's).
    // A named owner's figure and one of no stated subject may contradict: the ship a
    // source does not name is most often the one the others do.
    let same_place = a.subject == b.subject
        || (!a.owner.is_empty() && b.subject.is_empty())
        || (!b.owner.is_empty() && a.subject.is_empty());
    if !same_place && !a.subject.is_empty() && !b.subject.is_empty() {
        return None;
    }
    if !matches!(a.kind, Kind::Date | Kind::Interval) {
        if a.background != b.background {
            return None;
        }
        if !a.when.is_empty() && !b.when.is_empty() {
            let meet = a.when.iter().any(|x| {
                b.when
                    .iter()
                    .any(|y| value::compare(Kind::Date, (x, ""), (y, "")) != Relation::Disjoint)
            });
            if !meet {
                return None;
            }
        }
    }
    let rel = value::compare(a.kind, (&a.value, &a.hedge), (&b.value, &b.hedge));
    if !same_place && matches!(rel, Relation::Disjoint | Relation::Incomparable) {
        return None;
    }
    // Figures an order of magnitude apart are different things (a price per share and a
    // deal value), not one figure misreported.
    if rel == Relation::Disjoint && far_apart(a.kind, &a.value, &b.value) {
        return None;
    }
    let mut t = match rel {
        Relation::Equal => T_AGREE,
        Relation::Compatible => T_AGREE + 0.05,
        // A measure's quantity and unit family, or a clock time, already say much of
        // what the figure is: a ship's length and a bridge's still part by their words.
        Relation::Disjoint | Relation::Incomparable
            if matches!(a.kind, Kind::Measure | Kind::Time) =>
        {
            T_MEASURE_CONFLICT
        }
        Relation::Disjoint | Relation::Incomparable => T_CONFLICT,
    };
    if matches!(a.kind, Kind::Date | Kind::Interval | Kind::Duration) {
        t += DATE_EXTRA;
    }
    if a.year_only || b.year_only {
        t += YEAR_EXTRA;
    }
    Some((
        t,
        matches!(rel, Relation::Disjoint | Relation::Incomparable),
    ))
}

/// True when two amounts, counts or durations differ by more than a factor of ten.
fn far_apart(kind: Kind, a: &str, b: &str) -> bool {
    let num = |v: &str| -> Option<f64> {
        match kind {
            Kind::Amount | Kind::Count => v.split(' ').next()?.parse().ok(),
            Kind::Duration => value::duration_days(v),
            _ => None,
        }
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x.max(y) / x.min(y) > 10.0,
        _ => false,
    }
}

/// True when two figures of one kind are within a factor of [`SOLE_SPREAD`] of each
/// other: a misreport of one figure ("15,000" for "17,500", 149 km/h for 160), not two
/// figures of two things (a board of seven and two dissenters, 4,300 pharmacies of
/// 20,000).
fn close(a: &Cand, b: &Cand) -> bool {
    let size = |c: &Cand| -> Option<Exact> {
        // A vote's size is its number of voters.
        if let Some((x, y)) = value::split(&c.value) {
            return Some(Exact::from_int(i128::from(x) + i128::from(y)));
        }
        match c.kind {
            Kind::Count | Kind::Amount => Exact::parse(c.value.split(' ').next()?),
            Kind::Measure => crate::numbers::measure::range(&c.value, "").map(|b| b.center),
            _ => None,
        }
    };
    let (Some(x), Some(y)) = (size(a), size(b)) else {
        return false;
    };
    let (Some(x), Some(y)) = (x.abs(), y.abs()) else {
        return false;
    };
    let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
    lo.checked_mul(Exact::from_int(SOLE_SPREAD))
        .is_some_and(|bound| hi <= bound)
}

/// Whether two candidates may stand in one fact, and their similarity.
fn allowed(cands: &[Cand], space: &Space, a: usize, b: usize) -> Option<f32> {
    let (t, strict) = threshold(&cands[a], &cands[b])?;
    if space.sole[a].is_some() && space.sole[a] == space.sole[b] {
        let s = space.sim(a, b);
        // One named owner's figure is one fact however far apart two sources put it.
        let owned = !cands[a].owner.is_empty() && cands[a].subject == cands[b].subject;
        let near = !strict || owned || close(&cands[a], &cands[b]);
        return (near && s >= T_SOLE).then_some(s);
    }
    if !space.share_anchor(a, b) {
        return None;
    }
    let s = if strict {
        space.strict_sim(a, b)
    } else {
        space.sim(a, b)
    };
    (s >= t).then_some(s)
}

// ---------------------------------------------------------------------------------------
// Clustering

/// Members of a fact up to which each one's score is its mean similarity to the others
/// pair by pair; above, through their centroid (linear, and equal up to rounding).
const PAIRWISE: usize = 64;

/// Members of each side compared when two clusters may join.
const CHECKED: usize = 32;

/// Greedy agglomeration: pairs in order of similarity; two clusters join when they have
/// no source in common and every pair across them may align.
fn cluster(cands: &[Cand], space: &Space) -> Vec<Vec<usize>> {
    // Pairs sharing an anchor word, within a family.
    let mut index: BTreeMap<(&str, usize), Vec<usize>> = BTreeMap::new();
    for (i, c) in cands.iter().enumerate() {
        for &w in &space.anchors[i] {
            index.entry((c.family.as_str(), w)).or_default().push(i);
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in index.values() {
        // A word in very many candidates is no longer an anchor worth pairing on.
        if list.len() > 64 {
            continue;
        }
        for (k, &a) in list.iter().enumerate() {
            for &b in &list[k + 1..] {
                if cands[a].doc != cands[b].doc {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    // Pairs of sole figures of one key (see [`sole_keys`]); of a key very many sources
    // give, each pairs with the first ones, which keeps this linear.
    let mut by_key: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, k) in space.sole.iter().enumerate() {
        if let Some(k) = k {
            by_key.entry(*k).or_default().push(i);
        }
    }
    for list in by_key.values() {
        for (k, &b) in list.iter().enumerate() {
            for &a in list[..k].iter().take(64) {
                if cands[a].doc != cands[b].doc {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    // Pairs are taken in order of similarity, with a small lead for pairs whose figures
    // agree: two sources stating one exact figure in similar words are the likeliest
    // match, so a source's other figure does not take its place.
    let mut edges: Vec<(f32, usize, usize)> = pairs
        .into_iter()
        .filter_map(|(a, b)| {
            let s = allowed(cands, space, a, b)?;
            let (x, y) = (&cands[a], &cands[b]);
            let bonus = match value::compare(x.kind, (&x.value, &x.hedge), (&y.value, &y.hedge)) {
                Relation::Equal => EQUAL_LEAD,
                Relation::Compatible => EQUAL_LEAD / 3.0,
                _ => 0.0,
            };
            Some((s + bonus, a, b))
        })
        .collect();
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));

    let mut of: Vec<usize> = (0..cands.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..cands.len()).map(|i| vec![i]).collect();
    let mut docs: Vec<HashSet<usize>> = cands.iter().map(|c| HashSet::from([c.doc])).collect();
    for (_, a, b) in edges {
        let (ca, cb) = (of[a], of[b]);
        if ca == cb {
            continue;
        }
        // No source in common, and every pair across may align (of a fact thousands of
        // sources state, the first members of each side speak for it).
        let ok = docs[ca].is_disjoint(&docs[cb])
            && members[ca].iter().take(CHECKED).all(|&x| {
                members[cb]
                    .iter()
                    .take(CHECKED)
                    .all(|&y| allowed(cands, space, x, y).is_some())
            });
        if !ok {
            continue;
        }
        let moved = std::mem::take(&mut members[cb]);
        for &y in &moved {
            of[y] = ca;
        }
        members[ca].extend(moved);
        let (small, large) = if docs[ca].len() < docs[cb].len() {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let small = std::mem::take(&mut docs[small]);
        docs[large].extend(small);
        if large != ca {
            docs.swap(ca, cb);
        }
    }
    let mut out: Vec<Vec<usize>> = members
        .into_iter()
        .filter(|m| m.len() >= 2)
        .map(|mut m| {
            m.sort_by_key(|&i| (cands[i].doc, cands[i].start));
            m
        })
        .collect();
    out.sort_by_key(|m| m.iter().map(|&i| (cands[i].doc, cands[i].start)).min());
    out
}

// ---------------------------------------------------------------------------------------
// Facts

/// True when the reconciler reads a hedge before `;` in a qualifier, so context words can
/// follow it ("at least; so far") without turning a hedged figure into an exact one.
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

fn facts(sources: &[Source], cands: &[Cand], space: &Space, clusters: &[Vec<usize>]) -> Vec<Claim> {
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
            .filter(|(w, (n, _))| *n >= 2 && !words::is_generic(&space.vocab[*w]))
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
        let said = surfaces(&names, members.iter().map(|&i| &*cands[i].evidence));
        let said: Vec<&str> = said.iter().map(String::as_str).collect();
        let stated = members.iter().map(|&i| cands[i].stated.as_str());
        let unit = surfaces(&[&first.unit], stated).remove(0);
        let label = match owner_label(cands, members) {
            Some(l) => l,
            None => label(&said, &unit, first),
        };

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
            // Repeats of the same figure in the same source.
            let times = 1 + same_figure
                .get(&(c.doc, c.family.as_str(), c.value.as_str()))
                .map_or(&[][..], Vec::as_slice)
                .iter()
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

/// A readable label: the event words, then what is measured ("Killed, toll (count of
/// people)").
/// The label of a fact whose figures have a named owner: "Age of Gershkovich",
/// "Length of Kattegat Meridian", the owner as its sources write it most fully.
fn owner_label(cands: &[Cand], members: &[usize]) -> Option<String> {
    let owner = members
        .iter()
        .map(|&i| cands[i].owner.as_str())
        .filter(|o| !o.is_empty())
        .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))?;
    let first = &cands[members[0]];
    let what = match first.family.split(':').nth(1) {
        _ if first.family == "count:age" => "age",
        Some(q) if first.kind == Kind::Measure => q,
        _ => return None,
    };
    let mut what = what.to_string();
    if let Some(f) = what.get(..1) {
        what = format!("{}{}", f.to_uppercase(), &what[1..]);
    }
    Some(format!("{what} of {owner}"))
}

fn label(names: &[&str], unit: &str, c: &Cand) -> String {
    let mut words = names.join(", ");
    if let Some(f) = words.get(..1) {
        words = format!("{}{}", f.to_uppercase(), &words[1..]);
    }
    if words.is_empty() {
        words = "Figure".into();
    }
    let what = match c.kind {
        Kind::Count if c.family == "count:vote" => "split vote".to_string(),
        Kind::Count if !unit.is_empty() => format!("count of {unit}"),
        Kind::Amount if !unit.is_empty() => format!("amount in {unit}"),
        k => k.as_str().to_string(),
    };
    format!("{words} ({what})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_split_at_conjunctions() {
        let t = "Officials said 1,243 people were injured, and 14 were missing; rescuers worked.";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(t.find("14").unwrap(), t.len());
        assert_eq!(&t[s..e], "and 14 were missing");
    }

    #[test]
    fn an_aside_is_its_own_clause_and_does_not_cut_the_one_around_it() {
        let t = "On Friday, the Harbour Board (HB), which met in Dover, approved 12 berths.";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(t.find("Friday").unwrap(), t.len());
        assert_eq!(&t[s..e], "On Friday, the Harbour Board (HB), ");
        let (s, e) = b.of(t.find("HB").unwrap(), t.len());
        assert_eq!(&t[s..e], "HB");
        let t = "At a hearing on Monday, the panel (led by Ms Ito) voted 7-2 to pass it.";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(t.find("Monday").unwrap(), t.len());
        assert_eq!(&t[s..e], t);
        // A bracket never closed still ends the clause before it.
        let t = "Prices rose 4% (the most since 2019, officials said";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(0, t.len());
        assert_eq!(&t[s..e], "Prices rose 4% ");
    }

    #[test]
    fn cuts_fall_on_conjunctions() {
        let t = "1,423 people had been injured and 14 were missing";
        let c = cut(t, 12, t.find("14").unwrap(), false);
        assert_eq!(&t[..c], "1,423 people had been injured");
        // A restatement in other units keeps the words of the figure it restates.
        let t = "spending of $9bn and a deficit of 3% of output, or $2bn, this year";
        let c = cut(t, t.find(" and").unwrap(), t.find("$2bn").unwrap(), false);
        assert_eq!(
            &t[c..t.find("$2bn").unwrap()],
            " and a deficit of 3% of output, or "
        );
    }

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

    #[test]
    fn quotes_are_found() {
        let t = "He said “we lost 30 people” on Monday.";
        let q = quote_spans(t);
        assert_eq!(q.len(), 1);
        assert!(t[q[0].0..q[0].1].contains("30"));
    }
}
