//! Required words: for each rule pattern, a few literal strings at least one of which every
//! match contains ("killed", "dead", "died" for a death toll). One Aho-Corasick pass over a
//! sentence finds which are there, so a pattern whose words are absent is never run.
//!
//! The strings are read from the pattern's syntax tree, never written by hand, and only
//! what must hold is kept: a pattern with no such word (or only very short ones) has no
//! gate and is always tried. Matching ignores ASCII case, so a gate can only let through
//! more sentences than its pattern matches, never fewer.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Most strings a set may hold before it stops being worth its size.
const MAX_SET: usize = 48;
/// Fewest ASCII letters in each string of a usable set: "by" or a mention's kind letter
/// would let nearly every sentence through.
const MIN_LETTERS: usize = 3;

/// Strings one of which a match contains.
type Set = Vec<Vec<u8>>;

/// Most sets a pattern's gate checks.
const MAX_SETS: usize = 4;

/// What a piece of a pattern says about the literal text of its matches.
#[derive(Debug, Clone, PartialEq)]
enum Lits {
    /// Every match is one of these strings (lower case).
    Exact(Set),
    /// Every match contains a string of each of these sets.
    Contains(Vec<Set>),
    /// Nothing useful is known.
    Any,
}

/// Sets of strings (lower case ASCII letters, other bytes as written) such that every
/// match of `pattern` contains a string of each; `None` when there is no usable set.
pub(crate) fn required(pattern: &str) -> Option<Vec<Set>> {
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    match lits(&hir) {
        Lits::Exact(set) => {
            let set = minimal(set);
            usable(&set).then(|| vec![set])
        }
        Lits::Contains(sets) => Some(sets),
        Lits::Any => None,
    }
}

fn letters(s: &[u8]) -> usize {
    s.iter().filter(|b| b.is_ascii_alphabetic()).count()
}

/// A requirement without the strings that contain another of its strings: a text with
/// "quakes" has "quake", so {quake, quakes, earthquake} needs only "quake".
fn minimal(mut set: Set) -> Set {
    set.sort_by_key(Vec::len);
    set.dedup();
    let mut out: Set = Vec::new();
    for s in set {
        if !out
            .iter()
            .any(|t| s.windows(t.len().max(1)).any(|w| w == t.as_slice()))
        {
            out.push(s);
        }
    }
    out
}

fn usable(set: &[Vec<u8>]) -> bool {
    !set.is_empty() && set.len() <= MAX_SET && set.iter().all(|s| letters(s) >= MIN_LETTERS)
}

/// Higher is more selective: the shortest string's letters first, then fewer strings.
fn score(set: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
    let shortest = set.iter().map(|s| letters(s)).min().unwrap_or(0);
    (shortest, std::cmp::Reverse(set.len()))
}

fn lits(hir: &Hir) -> Lits {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Lits::Exact(vec![Vec::new()]),
        HirKind::Literal(l) => Lits::Exact(vec![l.0.to_ascii_lowercase()]),
        HirKind::Class(c) => class(c).map_or(Lits::Any, Lits::Exact),
        HirKind::Capture(c) => lits(&c.sub),
        HirKind::Repetition(r) => {
            let sub = lits(&r.sub);
            match (r.min, r.max, sub) {
                (1, Some(1), sub) => sub,
                (0, Some(1), Lits::Exact(mut set)) if set.len() < MAX_SET => {
                    if !set.iter().any(Vec::is_empty) {
                        set.push(Vec::new());
                    }
                    Lits::Exact(set)
                }
                (0, _, _) => Lits::Any,
                (_, _, Lits::Exact(set)) => contains(set),
                (_, _, sub) => sub,
            }
        }
        HirKind::Concat(parts) => concat(parts),
        HirKind::Alternation(branches) => alternation(branches),
    }
}

/// A set as a requirement: only when it is usable.
fn contains(set: Set) -> Lits {
    let set = minimal(set);
    if usable(&set) {
        Lits::Contains(vec![set])
    } else {
        Lits::Any
    }
}

/// The most selective of some sets.
fn best(sets: Vec<Set>) -> Option<Set> {
    sets.into_iter()
        .map(minimal)
        .filter(|s| usable(s))
        .max_by_key(|s| score(s))
}

/// The characters of a small class, lower-cased and deduplicated: `[Kk]` is `k`. The
/// non-ASCII forms Unicode folds onto ASCII letters (the Kelvin sign, the long s) are
/// left out, as no news text spells a word with them.
fn class(c: &Class) -> Option<Set> {
    let ranges: Vec<(u32, u32)> = match c {
        Class::Unicode(u) => u
            .ranges()
            .iter()
            .map(|r| (r.start() as u32, r.end() as u32))
            .collect(),
        Class::Bytes(b) => b
            .ranges()
            .iter()
            .map(|r| (u32::from(r.start()), u32::from(r.end())))
            .collect(),
    };
    if ranges.iter().map(|(s, e)| e - s + 1).sum::<u32>() > 8 {
        return None;
    }
    let mut out: Set = Vec::new();
    for code in ranges.iter().flat_map(|&(s, e)| s..=e) {
        let member = match c {
            Class::Unicode(_) => match char::from_u32(code) {
                Some('\u{212A}' | '\u{017F}') | None => continue,
                Some(ch) => ch.to_string().into_bytes(),
            },
            Class::Bytes(_) => vec![code as u8],
        }
        .to_ascii_lowercase();
        if !out.contains(&member) {
            out.push(member);
        }
    }
    (out.len() <= 2).then_some(out)
}

/// Adjacent exact parts join into longer strings; every requirement found along the
/// sequence holds for the whole (the most selective few are kept).
fn concat(parts: &[Hir]) -> Lits {
    let mut run: Vec<Vec<u8>> = vec![Vec::new()];
    let mut all_exact = true;
    let mut found: Vec<Vec<Vec<u8>>> = Vec::new();
    for part in parts {
        match lits(part) {
            Lits::Exact(set) => {
                if run.len() * set.len() <= MAX_SET {
                    run = run
                        .iter()
                        .flat_map(|a| set.iter().map(move |b| [a.as_slice(), b].concat()))
                        .collect();
                    run.dedup();
                } else {
                    all_exact = false;
                    found.push(std::mem::replace(&mut run, set));
                }
            }
            Lits::Contains(sets) => {
                all_exact = false;
                found.push(std::mem::replace(&mut run, vec![Vec::new()]));
                found.extend(sets);
            }
            Lits::Any => {
                all_exact = false;
                found.push(std::mem::replace(&mut run, vec![Vec::new()]));
            }
        }
    }
    if all_exact {
        return Lits::Exact(run);
    }
    found.push(run);
    let mut sets: Vec<Set> = found
        .into_iter()
        .map(minimal)
        .filter(|s| usable(s))
        .collect();
    sets.sort_by_key(|s| std::cmp::Reverse(score(s)));
    sets.dedup();
    sets.truncate(MAX_SETS);
    if sets.is_empty() {
        Lits::Any
    } else {
        Lits::Contains(sets)
    }
}

/// Every branch must say something: the union of what each requires most selectively.
fn alternation(branches: &[Hir]) -> Lits {
    let parts: Vec<Lits> = branches.iter().map(lits).collect();
    if parts.iter().all(|p| matches!(p, Lits::Exact(_))) {
        let mut all: Vec<Vec<u8>> = Vec::new();
        for p in &parts {
            if let Lits::Exact(set) = p {
                for s in set {
                    if !all.contains(s) {
                        all.push(s.clone());
                    }
                }
            }
        }
        if all.len() <= MAX_SET {
            return Lits::Exact(all);
        }
    }
    let mut all: Vec<Vec<u8>> = Vec::new();
    for p in parts {
        let set = match p {
            Lits::Exact(set) => best(vec![set]),
            Lits::Contains(sets) => best(sets),
            Lits::Any => None,
        };
        let Some(set) = set else { return Lits::Any };
        for s in set {
            if !all.contains(&s) {
                all.push(s);
            }
        }
    }
    contains(all)
}

/// The gates of many patterns, checked together in one pass over a sentence.
#[derive(Debug)]
pub(crate) struct Gates {
    automaton: AhoCorasick,
    /// Per pattern, sets of strings (indices into the automaton) of each of which one must
    /// be present; empty for a pattern without a gate.
    needs: Vec<Vec<Vec<usize>>>,
    strings: usize,
}

impl Gates {
    /// Gates for `patterns`, in order.
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Gates {
        let mut strings: Vec<Vec<u8>> = Vec::new();
        let needs = patterns
            .into_iter()
            .map(|p| {
                let sets = required(p).unwrap_or_default();
                sets.into_iter()
                    .map(|set| {
                        set.into_iter()
                            .map(|s| match strings.iter().position(|x| *x == s) {
                                Some(i) => i,
                                None => {
                                    strings.push(s);
                                    strings.len() - 1
                                }
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&strings)
            .expect("literal strings always build");
        Gates {
            automaton,
            needs,
            strings: strings.len(),
        }
    }

    /// Which required strings `text` contains, for [`Gates::open`].
    pub(crate) fn present(&self, text: &[u8]) -> Vec<bool> {
        let mut found = vec![false; self.strings];
        for m in self.automaton.find_overlapping_iter(text) {
            found[m.pattern().as_usize()] = true;
        }
        found
    }

    /// Whether pattern `i` may match a text whose strings are `present`.
    pub(crate) fn open(&self, i: usize, present: &[bool]) -> bool {
        self.needs[i]
            .iter()
            .all(|set| set.iter().any(|&s| present[s]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first (most selective) set of a pattern's gate, sorted.
    fn req(p: &str) -> Option<Vec<String>> {
        required(p).map(|sets| {
            let mut v: Vec<String> = sets[0]
                .iter()
                .map(|s| String::from_utf8(s.clone()).unwrap())
                .collect();
            v.sort();
            v
        })
    }

    #[test]
    fn words_every_match_contains() {
        assert_eq!(
            req(r"\b(?:killed|died)\s+(?:\w+\s+){0,2}?\d+"),
            Some(vec!["died".into(), "killed".into()])
        );
        // The most selective word of a sequence stands for it: the one whose shortest
        // string is longest.
        assert_eq!(
            req(r"death\s+toll\s+(?:rose|climbed)"),
            Some(vec!["death".into()])
        );
        assert_eq!(
            req(r"toll\s+(?:increased|climbed)"),
            Some(vec!["climbed".into(), "increased".into()])
        );
        // A word with optional letters needs only its shortest form.
        assert_eq!(req(r"\bquakes?\b"), Some(vec!["quake".into()]));
        assert_eq!(
            req(r"(?:earthquakes?|quakes?|tremors?)\s+hit"),
            Some(vec!["quake".into(), "tremor".into()])
        );
        // Case classes fold: `[Ii]n` is not selective, `[Tt]oll` is.
        assert_eq!(req(r"[Tt]oll"), Some(vec!["toll".into()]));
    }

    #[test]
    fn every_word_of_a_sequence_is_required() {
        let gates = Gates::new([r"death\s+toll\s+(?:rose|climbed)\s+to\s+\d+"]);
        let open = |t: &str| gates.open(0, &gates.present(t.as_bytes()));
        assert!(open("The death toll rose to 34."));
        assert!(
            !open("The death of the minister rose questions."),
            "no `toll`"
        );
        assert!(
            !open("The death toll stood at 34."),
            "neither `rose` nor `climbed`"
        );
    }

    #[test]
    fn no_gate_when_a_branch_or_the_words_say_nothing() {
        assert_eq!(req(r"(?:killed|\d+\s+\w+)"), None, "a branch with no word");
        assert_eq!(
            req(r"(?:killed|\d+ dead)"),
            Some(vec![" dead".into(), "killed".into()]),
            "each branch its own word"
        );
        assert_eq!(req(r"(?:killed)?\s*\d+"), None, "an optional word");
        assert_eq!(req(r"\bby\s+\d+"), None, "too short to select");
        assert_eq!(req(r"[a-z]+"), None);
    }

    #[test]
    fn gates_never_stop_a_match() {
        let patterns = [
            r"\b(?:killed|died)\s+\d+",
            r"[Tt]he\s+toll\s+rose",
            r"\d+\s+[a-z]+",
            r"(?:fell|rose)\s+by\s+\d+",
        ];
        let gates = Gates::new(patterns);
        for text in [
            "The quake KILLED 34 people.",
            "the toll rose again",
            "Shares Fell by 3 points",
            "nothing here at all 12",
        ] {
            let present = gates.present(text.as_bytes());
            for (i, p) in patterns.iter().enumerate() {
                let re = regex::RegexBuilder::new(p).build().unwrap();
                if re.is_match(text) {
                    assert!(gates.open(i, &present), "{p} on {text}");
                }
            }
        }
        let present = gates.present(b"nothing here at all 12");
        assert!(!gates.open(0, &present));
        assert!(gates.open(2, &present), "no gate, always open");
    }
}
