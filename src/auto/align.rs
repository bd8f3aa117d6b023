//! Per-story alignment: the story's candidates as weighted word vectors, the similarity
//! two of them need to stand in one fact (higher for figures that contradict, for dates
//! and bare years), and the greedy clustering that grows facts one source at a time.
//! Precision comes first here, because two different figures wrongly aligned are a
//! false conflict.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::claim::Kind;
use crate::numbers::measure::Exact;
use crate::value::{self, Relation};

use super::{
    Cand, DATE_EXTRA, EQUAL_LEAD, GENERIC_WEIGHT, SOLE_DAYS, SOLE_SPREAD, T_AGREE, T_CONFLICT,
    T_MEASURE_CONFLICT, T_SOLE, T_THING, TOPIC_SHARE, YEAR_EXTRA, words,
};

/// Candidates as weighted word vectors over the story's vocabulary.
pub(super) struct Space {
    /// Per candidate: (word id, weight), sorted by id.
    pub(super) vecs: Vec<Vec<(usize, f32)>>,
    norms: Vec<f32>,
    /// The same with undamped rarity weights: the measure figures that contradict each
    /// other must pass, so a word only one of them has (the "30-day average" of one
    /// premium) counts fully against them.
    strict: Vec<Vec<(usize, f32)>>,
    strict_norms: Vec<f32>,
    /// Per candidate: word ids that may anchor an alignment.
    anchors: Vec<Vec<usize>>,
    /// Word of each id.
    pub(super) vocab: Vec<String>,
    /// Per candidate: its key when it is its source's only figure of that key.
    pub(super) sole: Vec<Option<usize>>,
    /// Per candidate: its value in one spelling when it is precise (see [`precise`],
    /// [`figure_key`]), worked out once for every pair it is weighed in.
    figure: Vec<Option<String>>,
}

impl Space {
    pub(super) fn new(cands: &[Cand]) -> Space {
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
            figure: cands
                .iter()
                .map(|c| precise(c).then(|| figure_key(c).into_owned()))
                .collect(),
        }
    }

    /// True when two candidates are one precise figure (see [`precise`]).
    fn same_figure(&self, a: usize, b: usize) -> bool {
        self.figure[a].is_some() && self.figure[a] == self.figure[b]
    }

    /// Cosine similarity of two candidates' events.
    pub(super) fn sim(&self, a: usize, b: usize) -> f32 {
        cosine(&self.vecs[a], &self.vecs[b], self.norms[a] * self.norms[b])
    }

    /// The sum of the members' unit vectors, by word id.
    pub(super) fn centroid(&self, members: &[usize]) -> FxHashMap<usize, f32> {
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
    pub(super) fn mean_sim(&self, i: usize, centroid: &FxHashMap<usize, f32>, n: usize) -> f32 {
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
/// figures contradict), or `None` when they never may; `same` when they are one precise
/// figure ([`Space::same_figure`]).
fn threshold(a: &Cand, b: &Cand, same: bool) -> Option<(f32, bool)> {
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
    // A rival's figure and the story's own (or another's) may agree but never contradict:
    // the entity a sentence opens with is often only who acted ("Brussels fined …").
    let same_place = same_place && a.entity == b.entity;
    // One precise figure is one fact whatever dates its clauses carry (the race "on
    // Sunday" in one, "last year's record" beside it in another).
    if same {
        return Some((0.0, false));
    }
    // Two measures of one common noun (the bridge's length, the span's) are one fact
    // whatever else their clauses say: a length holds whenever the clause's dates are.
    let thing = same_thing(a, b);
    if thing && a.subject == b.subject {
        let rel = value::compare(a.kind, (&a.value, &a.hedge), (&b.value, &b.hedge));
        let strict = matches!(rel, Relation::Disjoint | Relation::Incomparable);
        return (!strict || close(a, b)).then_some((T_THING, strict));
    }
    // One named owner's figure holds whatever its clauses date: Kolb's maximum term
    // "when she is sentenced on June 21" and "… June 12".
    let owned = !a.owner.is_empty() && !b.owner.is_empty() && a.subject == b.subject;
    if !matches!(a.kind, Kind::Date | Kind::Interval) {
        if a.background != b.background {
            return None;
        }
        if !owned && !a.when.is_empty() && !b.when.is_empty() {
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

/// True when two measures describe one common noun (see `owner::thing_of`).
fn same_thing(a: &Cand, b: &Cand) -> bool {
    a.kind == Kind::Measure && a.thing_words().any(|w| b.words.contains_key(w))
}

/// True when two measures each describe a common noun, and not the same one.
fn other_things(a: &Cand, b: &Cand) -> bool {
    a.thing_words().next().is_some() && b.thing_words().next().is_some() && !same_thing(a, b)
}

/// True when two amounts, counts or durations differ by more than a factor of ten.
fn far_apart(kind: Kind, a: &str, b: &str) -> bool {
    let num = |v: &str| -> Option<f64> {
        match kind {
            Kind::Amount | Kind::Count => number(v),
            Kind::Duration => value::duration_days(v),
            _ => None,
        }
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x.max(y) / x.min(y) > 10.0,
        _ => false,
    }
}

/// True when two figures of one kind are within a factor of [`SOLE_SPREAD`] (dates:
/// [`SOLE_DAYS`]) of each
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
    if a.kind == Kind::Date {
        // One day misreported: days of a week apart at most.
        return match (
            value::date_range(&a.value, &a.hedge),
            value::date_range(&b.value, &b.hedge),
        ) {
            (Some((x, _)), Some((y, _))) => (x - y).num_days().abs() <= SOLE_DAYS,
            _ => false,
        };
    }
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
    let same = space.same_figure(a, b);
    let (t, strict) = threshold(&cands[a], &cands[b], same)?;
    if space.sole[a].is_some() && space.sole[a] == space.sole[b] {
        let s = space.sim(a, b);
        // One named owner's figure is one fact however far apart two sources put it.
        let owned = !cands[a].owner.is_empty() && cands[a].subject == cands[b].subject;
        let near = !strict || owned || cands[a].kind == Kind::Person || close(&cands[a], &cands[b]);
        // Each source's only temperature or quake magnitude ("46 degree temperature" in
        // one, "the 47-degree water" in another) is one reading whatever its words,
        // unless the two name different things. Not so for lengths, speeds or masses: a
        // story has many (a race's 35 km mark, its 26.2 miles), each told in the words
        // of what it measures.
        let measured = matches!(
            cands[a].family.as_str(),
            "measure:temperature" | "measure:magnitude"
        ) && !other_things(&cands[a], &cands[b]);
        return (near && (s >= T_SOLE || measured)).then_some(s);
    }
    // Two sources stating one precise figure ("2:00:35", "$12.94 billion") state one
    // fact, whatever else their words say: they may agree on no shared word at all.
    if !strict && same {
        return Some(space.sim(a, b));
    }
    // Analysts' consensus as two polls give it ("$12.93 billion", "$12.94 billion"):
    // one expectation, however it is worded, which the polls may contradict.
    if space.figure[a].is_some() && space.figure[b].is_some() && polled_alike(&cands[a], &cands[b])
    {
        return Some(space.sim(a, b));
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
pub(super) const PAIRWISE: usize = 64;

/// Members of each side compared when two clusters may join.
const CHECKED: usize = 32;

/// Greedy agglomeration: pairs in order of similarity; two clusters join when they have
/// no source in common and every pair across them may align.
pub(super) fn cluster(cands: &[Cand], space: &Space) -> Vec<Vec<usize>> {
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
    pair_within(by_key.values(), cands, &mut pairs, |_, _| true);
    // Pairs of one precise figure (see [`precise`]); of a figure very many sources give,
    // each pairs with the first ones, which keeps this linear.
    let mut by_figure: BTreeMap<(&str, &str, &str), Vec<usize>> = BTreeMap::new();
    for (i, (c, key)) in cands.iter().zip(&space.figure).enumerate() {
        if let Some(key) = key {
            by_figure
                .entry((c.family.as_str(), c.role.as_str(), key.as_str()))
                .or_default()
                .push(i);
        }
    }
    pair_within(by_figure.values(), cands, &mut pairs, |_, _| true);
    // Pairs of consensus figures of one magnitude (see [`polled_alike`]).
    let mut by_poll: BTreeMap<(&str, i32), Vec<usize>> = BTreeMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.role == "consensus"
            && space.figure[i].is_some()
            && let Some(m) = magnitude(c)
        {
            by_poll.entry((c.family.as_str(), m)).or_default().push(i);
        }
    }
    pair_within(by_poll.values(), cands, &mut pairs, |a, b| {
        polled_alike(&cands[a], &cands[b])
    });
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

/// Pairs of candidates of different sources within each list that `ok` accepts; of a
/// list very many sources fill, each pairs with the first ones, which keeps this linear.
fn pair_within<'a>(
    lists: impl Iterator<Item = &'a Vec<usize>>,
    cands: &[Cand],
    pairs: &mut BTreeSet<(usize, usize)>,
    ok: impl Fn(usize, usize) -> bool,
) {
    for list in lists {
        for (k, &b) in list.iter().enumerate() {
            for &a in list[..k].iter().take(64) {
                if cands[a].doc != cands[b].doc && ok(a, b) {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
}

/// A source's mentions of one precise figure (see [`precise`]: "2:00:35" in the lead,
/// "2 hours and 35 seconds" further down) as one candidate, the first, with the words of
/// all: a source states the figure once however often it repeats it, and its repeats
/// would otherwise seed facts of their own that its other sources split between. Returns
/// the candidates and, per candidate, how many mentions were merged into it.
pub(super) fn merge_restatements(cands: Vec<Cand>) -> (Vec<Cand>, Vec<usize>) {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    let mut restated: Vec<usize> = Vec::with_capacity(cands.len());
    let mut first: HashMap<(usize, String, String, String), usize> = HashMap::new();
    for c in cands {
        if !precise(&c) {
            out.push(c);
            restated.push(0);
            continue;
        }
        let key = (
            c.doc,
            c.family.clone(),
            c.role.clone(),
            figure_key(&c).into_owned(),
        );
        match first.get(&key) {
            Some(&i) => {
                let kept = &mut out[i];
                restated[i] += 1;
                for (w, x) in c.words {
                    let e = kept.words.entry(w).or_insert(0.0);
                    *e = e.max(x);
                }
            }
            None => {
                first.insert(key, out.len());
                out.push(c);
                restated.push(0);
            }
        }
    }
    (out, restated)
}

/// The figures no cluster took, each its own fact (stated by one source, so *single*),
/// except a source's restatement of a figure it already gives in another fact: the same
/// value of the same family in similar words. In order of position.
pub(super) fn singles(cands: &[Cand], space: &Space, clusters: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut given: HashMap<(usize, &str, &str), Vec<usize>> = HashMap::new();
    let mut taken = vec![false; cands.len()];
    for &i in clusters.iter().flatten() {
        taken[i] = true;
        let c = &cands[i];
        given
            .entry((c.doc, c.family.as_str(), c.value.as_str()))
            .or_default()
            .push(i);
    }
    let mut out = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let same = given
            .entry((c.doc, c.family.as_str(), c.value.as_str()))
            .or_default();
        // The latest few speak for a figure a source repeats very often.
        if same
            .iter()
            .rev()
            .take(RESTATED)
            .any(|&j| space.sim(i, j) >= T_AGREE)
        {
            continue;
        }
        same.push(i);
        out.push(vec![i]);
    }
    out
}

/// Figures of one value a source gave before that a figure is checked against as their
/// restatement.
const RESTATED: usize = 16;

/// True when a figure is stated precisely enough that two sources giving it exactly give
/// one fact: an amount, count or measure of at least three significant digits ("17,500",
/// "$12.94 billion", "8,636 feet"), a duration to the second ("2:00:35"), a clock time
/// off the five-minute marks ("1:28 a.m."). Round figures ("$10 billion", "five
/// years", "2%") recur for different things, and percentages and dates are too few
/// digits apart to tell.
fn precise(c: &Cand) -> bool {
    match c.kind {
        Kind::Amount | Kind::Count | Kind::Measure => c
            .value
            .split(' ')
            .next()
            .is_some_and(|n| significant_digits(n) >= 3),
        Kind::Duration => {
            c.value.starts_with("PT") && c.value.ends_with('S') && c.value.contains(['H', 'M'])
        }
        Kind::Time => c
            .value
            .strip_prefix('T')
            .and_then(|t| t.get(3..5))
            .and_then(|m| m.parse::<u32>().ok())
            .is_some_and(|m| m % 5 != 0),
        _ => false,
    }
}

/// Digits of a decimal number from its first non-zero digit to its last non-zero one.
fn significant_digits(n: &str) -> usize {
    let digits: String = n.chars().filter(char::is_ascii_digit).collect();
    let t = digits.trim_start_matches('0').trim_end_matches('0');
    t.len()
}

/// How far apart, as a share of the larger, two polls' consensus figures may be and
/// still be one expectation.
const POLL_SPREAD: f64 = 0.02;

/// Two precise figures (the caller knows them so, see [`Space::figure`]) that are
/// analysts' consensus figures of one unit within [`POLL_SPREAD`] of each other: one
/// expectation, as two polls put it.
fn polled_alike(a: &Cand, b: &Cand) -> bool {
    a.role == "consensus"
        && b.role == a.role
        && matches!(a.kind, Kind::Amount | Kind::Count)
        && match (number(&a.value), number(&b.value)) {
            (Some(x), Some(y)) if x > 0.0 && y > 0.0 => (x - y).abs() <= POLL_SPREAD * x.max(y),
            _ => false,
        }
}

/// The order of magnitude of a figure's number, for pairing figures that may be
/// [`polled_alike`].
fn magnitude(c: &Cand) -> Option<i32> {
    let x = number(&c.value)?;
    (x > 0.0).then(|| x.log10().floor() as i32)
}

/// The number an amount's or a count's value starts with (`12940000000 USD` → 1.294e10).
fn number(value: &str) -> Option<f64> {
    value.split(' ').next()?.parse().ok()
}

/// A precise figure's value in one spelling: a time in milliseconds (`PT2H35S` and
/// `PT2H0M35S` are one time), any other value as it is.
fn figure_key(c: &Cand) -> std::borrow::Cow<'_, str> {
    match (c.kind, value::duration_days(&c.value)) {
        (Kind::Duration, Some(days)) => format!("{}ms", (days * 86_400_000.0).round()).into(),
        _ => c.value.as_str().into(),
    }
}

/// Per candidate, the id of its key when it is the only figure of that key in its
/// source, else `None`. A key is what a figure measures without its words: kind, unit
/// family, role and place ("count:countries", "measure:speed"). An article that gives one
/// count of countries, or one wind speed, gives the story's count or speed however it
/// words it, so two sources' sole figures of a key align on little more than their key;
/// where an article gives two (a ship's length and a bridge's), words decide as always.
/// Counts of people and bare counts name nothing specific, so they have no key. A date
/// of a place of its own (not the story's, see `blank_story_place`) is keyed by that
/// place: an outlet's one date of Hainan in a Vietnam story dates what the storm did there.
pub(super) fn sole_keys(cands: &[Cand]) -> Vec<Option<usize>> {
    let keyed = |c: &Cand| match c.kind {
        Kind::Measure => true,
        // An article names one runner-up: its placing is the story's.
        Kind::Person => c.family.starts_with("rank:"),
        // An article that dates one thing at a place of its own (the storm in Hainan,
        // not the story's country) dates the story's event there.
        Kind::Date => !c.subject.is_empty() && !c.year_only && !c.background,
        // An article's one prison term of a named person is that person's term.
        Kind::Duration => !c.owner.is_empty(),
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
