//! Required words: for each rule pattern, a few literal strings at least one of which every
//! match contains ("killed", "dead", "died" for a death toll). One Aho-Corasick pass over a
//! sentence finds which are there, so a pattern whose words are absent is never run.
//!
//! The strings are read from the pattern's syntax tree, never written by hand, and only
//! what must hold is kept: a pattern with no such word (or only very short ones) has no
//! gate and is always tried. Matching ignores ASCII case, so a gate can only let through
//! more sentences than its pattern matches, never fewer.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Most strings a set may hold before it stops being worth its size.
const MAX_SET: usize = 48;
/// Fewest ASCII letters in each string of a usable set: "by" or a mention's kind letter
/// would let nearly every sentence through.
const MIN_LETTERS: usize = 3;

/// What a piece of a pattern says about the literal text of its matches.
#[derive(Debug, Clone, PartialEq)]
enum Lits {
    /// Every match is one of these strings (lower case).
    Exact(Vec<Vec<u8>>),
    /// Every match contains one of these strings.
    Contains(Vec<Vec<u8>>),
    /// Nothing useful is known.
    Any,
}

/// The strings (lower case ASCII letters, other bytes as written) one of which every
/// match of `pattern` contains; `None` when the pattern has no such usable set.
pub(crate) fn required(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    match lits(&hir) {
        Lits::Exact(set) | Lits::Contains(set) => usable(&set).then_some(set),
        Lits::Any => None,
    }
}

fn letters(s: &[u8]) -> usize {
    s.iter().filter(|b| b.is_ascii_alphabetic()).count()
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
                (_, _, Lits::Exact(set) | Lits::Contains(set)) => contains(set),
                (_, _, Lits::Any) => Lits::Any,
            }
        }
        HirKind::Concat(parts) => concat(parts),
        HirKind::Alternation(branches) => alternation(branches),
    }
}

/// A set as a requirement: only when none of its strings is empty.
fn contains(set: Vec<Vec<u8>>) -> Lits {
    if set.iter().any(Vec::is_empty) {
        Lits::Any
    } else {
        Lits::Contains(set)
    }
}

/// The characters of a small class, lower-cased and deduplicated: `[Kk]` is `k`. The
/// non-ASCII forms Unicode folds onto ASCII letters (the Kelvin sign, the long s) are
/// left out, as no news text spells a word with them.
fn class(c: &Class) -> Option<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut add = |s: Vec<u8>| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    match c {
        Class::Unicode(u) => {
            let count: u32 = u
                .ranges()
                .iter()
                .map(|r| r.end() as u32 - r.start() as u32 + 1)
                .sum();
            if count > 8 {
                return None;
            }
            for r in u.ranges() {
                for ch in r.start()..=r.end() {
                    if matches!(ch, '\u{212A}' | '\u{017F}') {
                        continue;
                    }
                    let mut buf = [0u8; 4];
                    add(ch.encode_utf8(&mut buf).as_bytes().to_ascii_lowercase());
                }
            }
        }
        Class::Bytes(b) => {
            let count: u32 = b
                .ranges()
                .iter()
                .map(|r| r.end() as u32 - r.start() as u32 + 1)
                .sum();
            if count > 8 {
                return None;
            }
            for r in b.ranges() {
                for byte in r.start()..=r.end() {
                    add(vec![byte.to_ascii_lowercase()]);
                }
            }
        }
    }
    (out.len() <= 2).then_some(out)
}

/// Adjacent exact parts join into longer strings; of all the requirements found along the
/// sequence, the most selective stands for the whole.
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
            Lits::Contains(set) => {
                all_exact = false;
                found.push(std::mem::replace(&mut run, vec![Vec::new()]));
                found.push(set);
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
    found
        .into_iter()
        .filter(|s| usable(s))
        .max_by_key(|s| score(s))
        .map_or(Lits::Any, Lits::Contains)
}

/// Every branch must say something: the union of what each requires.
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
        match p {
            Lits::Exact(set) | Lits::Contains(set) if usable(&set) => {
                for s in set {
                    if !all.contains(&s) {
                        all.push(s);
                    }
                }
            }
            _ => return Lits::Any,
        }
    }
    if all.len() <= MAX_SET {
        Lits::Contains(all)
    } else {
        Lits::Any
    }
}

/// The gates of many patterns, checked together in one pass over a sentence.
#[derive(Debug)]
pub(crate) struct Gates {
    automaton: AhoCorasick,
    /// Per pattern, the strings (indices into the automaton) one of which must be present;
    /// `None` for a pattern without a gate.
    needs: Vec<Option<Vec<usize>>>,
    strings: usize,
}

impl Gates {
    /// Gates for `patterns`, in order.
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Gates {
        let mut strings: Vec<Vec<u8>> = Vec::new();
        let needs = patterns
            .into_iter()
            .map(|p| {
                required(p).map(|set| {
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
            })
            .collect();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
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
            .as_ref()
            .is_none_or(|need| need.iter().any(|&s| present[s]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(p: &str) -> Option<Vec<String>> {
        required(p).map(|set| {
            let mut v: Vec<String> = set
                .into_iter()
                .map(|s| String::from_utf8(s).unwrap())
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
        // Optional letters join the word in both forms.
        assert_eq!(
            req(r"\bquakes?\b"),
            Some(vec!["quake".into(), "quakes".into()])
        );
        // Case classes fold: `[Ii]n` is not selective, `[Tt]oll` is.
        assert_eq!(req(r"[Tt]oll"), Some(vec!["toll".into()]));
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
