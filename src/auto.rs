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
//! A figure no other source's figure meets is a fact of its own, *single*: what only one
//! outlet says is what a fact-checker must check first (a source's restatement of a figure
//! it gives elsewhere is not a second fact). Words in the clause that explain a moving figure
//! ("so far", "provisional", "as of Tuesday") are kept in the qualifier after the hedge:
//! `at least; so far`.
//!
//! The stages live in submodules: `cand` reads one article's figures (with `clause`
//! for clause bounds, `frame` for roles and places, `owner` for named owners, `distance` for distances from a place, `term` for
//! whose prison term it is, `rank` for placings, `vote` for split votes, `words` for
//! stems and synonyms); `spelling` makes one subject of a place or owner spelled several
//! ways across sources; `align` clusters a story's candidates; `facts` turns clusters
//! into labelled claims (`label` for the phrase a label reads as). This file holds the entry
//! points, the thresholds and [`Cand`], the figure passed between the two halves.

mod align;
mod cand;
mod clause;
mod distance;
mod facts;
mod frame;
mod label;
mod owner;
mod rank;
mod spelling;
mod term;
mod vote;
pub(crate) mod words;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::claim::{Claim, Kind, Text};
use crate::extract::Reading;
use crate::reconcile::Source;
use crate::rules::RuleSet;

use align::{Space, cluster, merge_restatements, singles, sole_keys};
use cand::candidates;
use facts::facts;
use words::Synonyms;

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
/// role and place in its source (see [`align::sole_keys`]).
const T_SOLE: f32 = 0.05;
/// Similarity two measures of one common noun ("the 1.9-mile span", "the bridge that
/// stretches 1.6 miles") need to align: the noun already says what is measured.
const T_THING: f32 = 0.05;
/// How far apart two sole figures of a key may be and still be one figure misreported.
const SOLE_SPREAD: i128 = 2;
/// How many days apart two sole dates of a place may be and still be one day misreported.
const SOLE_DAYS: i64 = 7;

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
        // A quotation's measures stay: the quote reads the words, not the figure (see
        // `cand`).
        let mut by_source: HashMap<&str, Vec<(usize, usize, bool)>> = HashMap::new();
        for c in also_taken {
            by_source.entry(c.source.as_str()).or_default().push((
                c.start,
                c.end,
                c.kind == Kind::Quote,
            ));
        }
        let spans: Vec<&[(usize, usize, bool)]> = sources
            .iter()
            .map(|s| by_source.get(s.id.as_str()).map_or(&[][..], Vec::as_slice))
            .collect();
        cands.retain(|c| {
            !spans[c.doc].iter().any(|&(s, e, quote)| {
                s < c.span.1 && c.span.0 < e && !(quote && c.kind == Kind::Measure)
            })
        });
    }
    if cands.is_empty() {
        return Vec::new();
    }
    spelling::unify_subjects(&mut cands);
    let (mut cands, restated) = merge_restatements(cands);
    blank_story_place(&mut cands);
    blank_story_entity(&mut cands);
    let mut space = Space::new(&cands);
    space.sole = sole_keys(&cands);
    let mut clusters = cluster(&cands, &space);
    let alone = singles(&cands, &space, &clusters);
    clusters.extend(alone);
    facts(sources, &cands, &space, &clusters, &restated)
}

/// The place most sources name is where the story happens: a figure "in Vietnam" of a
/// story about Vietnam has no narrower subject than one that does not say so.
fn blank_story_place(cands: &mut [Cand]) {
    fn place(c: &Cand) -> Option<&str> {
        (!c.subject.is_empty() && c.owner.is_empty()).then_some(&c.subject)
    }
    let Some(main) = most_named(cands, place, 2) else {
        return;
    };
    for c in cands
        .iter_mut()
        .filter(|c| c.subject == main && c.owner.is_empty())
    {
        c.subject.clear();
    }
}

/// The entity most sources open a figure's sentence with is the story's own: its
/// figures are the story's, as those of no named entity are.
fn blank_story_entity(cands: &mut [Cand]) {
    fn entity(c: &Cand) -> Option<&str> {
        (!c.entity.is_empty()).then_some(&c.entity)
    }
    let Some(main) = most_named(cands, entity, 1) else {
        return;
    };
    for c in cands.iter_mut().filter(|c| c.entity == main) {
        c.entity.clear();
    }
}

/// The name (`name` of a candidate, if it has one) the most sources give, of those at
/// least `min_sources` give; of two given as often, the first in alphabetical order.
fn most_named(
    cands: &[Cand],
    name: fn(&Cand) -> Option<&str>,
    min_sources: usize,
) -> Option<String> {
    let mut docs: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for c in cands {
        if let Some(n) = name(c) {
            docs.entry(n).or_default().insert(c.doc);
        }
    }
    docs.iter()
        .filter(|(_, d)| d.len() >= min_sources)
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| s.to_string())
}

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
    /// The named entity the figure's sentence opens with ("kestrel"), when it has no
    /// subject place or owner and the entity is not the story's own (see
    /// `blank_story_entity`): a rival's margin is not the company's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    entity: String,
}

impl Cand {
    /// Its event words that name the common noun a measure describes (`of:bridge`, see
    /// `owner::thing_of`).
    fn thing_words(&self) -> impl Iterator<Item = &String> {
        self.words.keys().filter(|w| w.starts_with(words::THING))
    }
}
