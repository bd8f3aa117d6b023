//! Aligning quotes across a story's sources: quotes whose content words overlap enough
//! are one statement ([`same_statement`]), grouped so that each statement gives one quote
//! fact and one speaker fact. The per-story half of quote facts.

use crate::claim::Kind;
use crate::people;
use crate::value::{self, Relation};
use crate::wordset::WordSet;

use super::Quote;

/// Share of content words above which two quotations are the same words.
const VERBATIM_SHARE: f32 = 0.8;

/// Words that say nothing about a statement's content.
#[rustfmt::skip]
pub(super) static STOPWORDS: WordSet = WordSet::new(&[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by",
    "with", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's",
    "this", "that", "these", "those", "we", "our", "us", "you", "your", "they", "their",
    "them", "he", "his", "him", "she", "her", "i", "me", "my", "will", "would", "can",
    "could", "should", "shall", "may", "might", "must", "do", "does", "did", "has", "have",
    "had", "there", "here", "so", "than", "then", "such", "which", "who", "whom", "what",
    "when", "where", "how", "all", "any", "each", "also", "just", "very", "more", "most",
    "into", "about", "over", "s", "t", "if", "because", "while", "out", "up", "one",
]);

/// Content words of a quote, stemmed, sorted and unique.
pub(super) fn content_words(value: &str) -> Vec<String> {
    let mut out: Vec<String> = value
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w.as_str()))
        .map(|w| stem(&w))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A word's stem, its possessive dropped ("Bailey's" → "bailey").
fn stem(w: &str) -> String {
    crate::auto::words::stem(w.strip_suffix("'s").unwrap_or(w))
}

/// Common content words and the share of the smaller quote they make.
fn overlap(a: &[String], b: &[String]) -> (usize, f32) {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let smaller = a.len().min(b.len()).max(1);
    (common, common as f32 / smaller as f32)
}

/// Two quotes are one statement: at least three content words in common making half of
/// the shorter quote, words the value comparison does not call disjoint, and — when they
/// are given to two different people — nearly the same words (four in five, five or more).
/// Returns the overlap score.
fn same_statement(a: &Quote, b: &Quote) -> Option<f32> {
    let (common, share) = overlap(&a.words, &b.words);
    if common < 3 || share < 0.5 {
        return None;
    }
    if value::compare(Kind::Quote, (&a.value, ""), (&b.value, "")) == Relation::Disjoint {
        return None;
    }
    let (x, y) = (
        a.speaker.as_deref().unwrap_or(""),
        b.speaker.as_deref().unwrap_or(""),
    );
    if !people::compatible(x, y) && (common < 5 || share < 0.8) {
        return None;
    }
    Some(share)
}

/// A statement: (quote, times the source states it) per source, first source first.
#[derive(Debug)]
pub(super) struct Group {
    pub(super) members: Vec<(usize, usize)>,
    /// Members with distinct words and speaker (the first of each), which are all a new
    /// quote needs comparing with; at most [`VERSIONS`].
    versions: Vec<usize>,
}

/// Distinct versions of a statement a new quote is compared with: a statement that
/// thousands of sources quote is judged by its first versions.
const VERSIONS: usize = 16;

/// A content word held by more statements than this proposes none of them: it is too
/// common to tell statements apart (the others words of a quote still do).
const BLOCK: usize = 256;

pub(super) fn align(quotes: &[Quote]) -> Vec<Group> {
    type Key<'a> = (&'a str, Option<&'a str>, &'a [String]);
    fn key(q: &Quote) -> Key<'_> {
        (q.value.as_str(), q.speaker.as_deref(), q.words.as_slice())
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut versions: std::collections::HashSet<(usize, Key)> = std::collections::HashSet::new();
    // Content word → groups holding it, so a quote is compared with few groups.
    let mut index: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    // Groups already proposed for the quote at hand.
    let mut seen_at: Vec<usize> = Vec::new();
    let candidates = |index: &std::collections::HashMap<&str, Vec<usize>>,
                      seen_at: &mut Vec<usize>,
                      q: usize,
                      range: std::ops::Range<usize>|
     -> Vec<usize> {
        seen_at.resize(range.end.max(seen_at.len()), usize::MAX);
        let mut seen: Vec<usize> = Vec::new();
        for w in &quotes[q].words {
            let Some(list) = index.get(w.as_str()) else {
                continue;
            };
            if list.len() > BLOCK {
                continue;
            }
            for &g in list {
                if range.contains(&g) && seen_at[g] != q {
                    seen_at[g] = q;
                    seen.push(g);
                }
            }
        }
        seen
    };
    let mut start = 0;
    while start < quotes.len() {
        let r = quotes[start].reading;
        let end = (start..quotes.len())
            .find(|&k| quotes[k].reading != r)
            .unwrap_or(quotes.len());
        let existing = groups.len();
        // Candidate pairs (score, quote, group) against the groups of earlier sources.
        let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
        for q in start..end {
            for g in candidates(&index, &mut seen_at, q, 0..existing) {
                let scores: Vec<Option<f32>> = groups[g]
                    .versions
                    .iter()
                    .map(|&m| same_statement(&quotes[m], &quotes[q]))
                    .collect();
                // A quote joins a statement when it is the same statement as every
                // source's version so far, or when it repeats one of them nearly word
                // for word (a trimmed version elsewhere in the group is no reason to
                // split the same words given to another speaker off).
                let best = scores.iter().flatten().fold(0.0f32, |a, &b| a.max(b));
                if scores.iter().all(Option::is_some) || best >= VERBATIM_SHARE {
                    pairs.push((best, q, g));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut taken_q = vec![false; end - start];
        let mut taken_g: std::collections::HashSet<usize> = std::collections::HashSet::new();
        for (_, q, g) in pairs {
            if taken_q[q - start] || taken_g.contains(&g) {
                continue;
            }
            taken_q[q - start] = true;
            taken_g.insert(g);
            groups[g].members.push((q, 1));
            if groups[g].versions.len() < VERSIONS && versions.insert((g, key(&quotes[q]))) {
                groups[g].versions.push(q);
            }
        }
        for q in start..end {
            if taken_q[q - start] {
                continue;
            }
            // The source repeating a statement it made: counted, not a new fact.
            let again = candidates(&index, &mut seen_at, q, existing..groups.len())
                .into_iter()
                .filter(|&g| {
                    let (m, _) = groups[g].members[0];
                    let (common, share) = overlap(&quotes[m].words, &quotes[q].words);
                    common >= 3 && share >= 0.8
                })
                .min();
            if let Some(g) = again {
                groups[g].members[0].1 += 1;
                continue;
            }
            let g = groups.len();
            groups.push(Group {
                members: vec![(q, 1)],
                versions: vec![q],
            });
            versions.insert((g, key(&quotes[q])));
            for w in &quotes[q].words {
                index.entry(w.as_str()).or_default().push(g);
            }
        }
        start = end;
    }
    groups
}
