//! One subject, several spellings: outlets write a place or an owner's name with and
//! without its diacritics or a letter apart ("Phu Tho", "Phú Thọ", "Phu Thok"), and the
//! subject is what keeps figures of different places apart, so the variants of one
//! story are read as one subject before figures are aligned.
//!
//! Two subjects are one when they have as many words and differ, after folding accents,
//! by one letter gained or lost in a word of four letters or more, or one letter changed
//! in a word of five or more; variants chain ("Phu Thok" →
//! "Phu Tho" ← "Phú Thọ"). Every variant takes the spelling the most sources use.
//! The cost is linear in the story's figures: variants meet through an index of each
//! subject with one letter of one word deleted, never by comparing all pairs.

use std::collections::{BTreeMap, HashMap};

use unicode_normalization::UnicodeNormalization;

use super::Cand;

/// Shortest word (in letters, after folding) that may gain or lose a letter and still be
/// the same word ("Thok" for "Tho"); "Lao" and "Lai" are two provinces.
const MIN_EDITED: usize = 4;
/// Shortest word in which one letter may stand for another: "Iran" and "Iraq", "Mali"
/// and "Bali" are two countries, "Kharkiv" and "Kharkov" one city.
const MIN_SUBSTITUTED: usize = 5;

/// Rewrites every subject of `cands` spelled as a variant of another to the spelling
/// most sources use.
pub(super) fn unify_subjects(cands: &mut [Cand]) {
    // Distinct subjects, with the sources that use each.
    let mut docs: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for c in cands.iter().filter(|c| !c.subject.is_empty()) {
        let d = docs.entry(c.subject.as_str()).or_default();
        if d.last() != Some(&c.doc) && !d.contains(&c.doc) {
            d.push(c.doc);
        }
    }
    if docs.len() < 2 {
        return;
    }
    let names: Vec<&str> = docs.keys().copied().collect();
    let folded: Vec<Vec<String>> = names.iter().map(|s| fold_words(s)).collect();
    let mut parent: Vec<usize> = (0..names.len()).collect();
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, words) in folded.iter().enumerate() {
        for key in keys(words) {
            index.entry(key).or_default().push(i);
        }
    }
    for group in index.values().filter(|g| g.len() > 1) {
        let first = group[0];
        for &other in &group[1..] {
            if one_edit_apart(&folded[first], &folded[other]) {
                union(&mut parent, first, other);
            }
        }
    }
    // The spelling of each group that most sources use (ties: the first in order).
    let mut best: HashMap<usize, usize> = HashMap::new();
    for i in 0..names.len() {
        let root = find(&mut parent, i);
        let e = best.entry(root).or_insert(i);
        if docs[names[i]].len() > docs[names[*e]].len() {
            *e = i;
        }
    }
    let mut to: HashMap<String, String> = HashMap::new();
    for i in 0..names.len() {
        let root = find(&mut parent, i);
        let b = best[&root];
        if b != i {
            to.insert(names[i].to_string(), names[b].to_string());
        }
    }
    if to.is_empty() {
        return;
    }
    for c in cands.iter_mut() {
        if let Some(s) = to.get(&c.subject) {
            c.subject.clone_from(s);
        }
    }
}

/// The words of a subject, lower-cased without accents ("phú thọ" → "phu", "tho").
fn fold_words(s: &str) -> Vec<String> {
    s.split(' ')
        .map(|w| {
            w.nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect()
        })
        .collect()
}

/// Index keys under which two subjects one edit apart meet: the subject itself, and the
/// subject with one letter of one long enough word deleted.
fn keys(words: &[String]) -> Vec<String> {
    let mut out = vec![words.join(" ")];
    for (i, w) in words.iter().enumerate() {
        let letters: Vec<char> = w.chars().collect();
        if letters.len() < MIN_EDITED {
            continue;
        }
        for skip in 0..letters.len() {
            let cut: String = letters
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != skip)
                .map(|(_, c)| *c)
                .collect();
            let mut key = String::new();
            for (j, x) in words.iter().enumerate() {
                if j > 0 {
                    key.push(' ');
                }
                key.push_str(if j == i { &cut } else { x });
            }
            out.push(key);
        }
    }
    out
}

/// True when two subjects of as many words are equal but for one edit in one word long
/// enough ([`MIN_EDITED`], [`MIN_SUBSTITUTED`]).
fn one_edit_apart(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut differing = a.iter().zip(b).filter(|(x, y)| x != y);
    match (differing.next(), differing.next()) {
        (None, _) => true,
        (Some((x, y)), None) => {
            let (lx, ly) = (x.chars().count(), y.chars().count());
            let least = if lx == ly {
                MIN_SUBSTITUTED
            } else {
                MIN_EDITED
            };
            lx.max(ly) >= least && one_edit(x, y)
        }
        _ => false,
    }
}

/// True when one substitution, insertion or deletion turns `a` into `b`.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => short.iter().zip(&long).filter(|(x, y)| x != y).count() <= 1,
        1 => {
            let head = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
            short[head..] == long[head + 1..]
        }
        _ => false,
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apart(a: &str, b: &str) -> bool {
        one_edit_apart(&fold_words(a), &fold_words(b))
    }

    #[test]
    fn accents_and_a_letter_make_no_second_subject() {
        for (a, b) in [
            ("phu tho", "phú thọ"),
            ("phu tho", "phu thok"),
            ("quang ninh", "quảng ninh"),
            ("hai phong", "hai phongg"),
            ("kharkiv", "kharkov"),
            ("odesa", "odessa"),
            ("gaziantep", "gazientep"),
            ("lisbon", "lisboa"),
        ] {
            assert!(apart(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn different_places_stay_apart() {
        for (a, b) in [
            ("lao cai", "lai chau"),
            ("lao", "lai"),
            ("yen bai", "yen bay city"),
            ("hanoi", "hue"),
            ("austria", "australia"),
            ("iran", "iraq"),
            ("mali", "bali"),
            ("cao bang", "bac giang"),
        ] {
            assert!(!apart(a, b), "{a} / {b}");
        }
    }
}
