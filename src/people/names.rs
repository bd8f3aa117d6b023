//! Tokens and personal names: the words of a sentence with their spans, and the runs of
//! capitalized words that can be a person's name. Role reading, alignment and quote
//! attribution all read names the same way, so the rules live once, here.

use crate::claim::Kind;
use crate::extract::Reading;
use crate::rules::norm;
use crate::value::{self, Relation};
use crate::wordset::WordSet;

pub(crate) use crate::tokens::{Tok, tokenize};

use super::lexicon::{ORG, PARTICLES, STOP, TITLE_WORDS, country};

// ---------------------------------------------------------------------------------------
// Names

fn lower_is(t: &Tok, set: &WordSet) -> bool {
    set.contains_lower(t.bare())
}

/// A capitalized word that may be part of a person's name.
pub(crate) fn is_name_tok(t: &Tok) -> bool {
    if !t.is_word() || !t.is_cap() {
        return false;
    }
    let l = t.bare().trim_end_matches('.');
    !(STOP.contains_lower(l)
        || TITLE_WORDS.contains_lower(l)
        || ORG.contains_lower(l)
        || t.text.chars().any(|c| c.is_ascii_digit()))
}

/// The run of name words starting at `i` (particles allowed inside), at most five.
pub(crate) fn name_run(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    while j < toks.len() && j - i < 6 {
        let t = &toks[j];
        if is_name_tok(t) {
            j += 1;
            if t.possessive() {
                break;
            }
        } else if j > i
            && lower_is(t, &PARTICLES)
            && !t.is_cap()
            && toks.get(j + 1).is_some_and(is_name_tok)
        {
            j += 1;
        } else {
            break;
        }
    }
    (j > i && j - i <= 5).then_some(j)
}

/// The run of name words ending at `j` (exclusive), going back.
pub(super) fn name_run_back(toks: &[Tok], j: usize) -> Option<usize> {
    let mut i = j;
    while i > 0 && j - i < 6 {
        let t = &toks[i - 1];
        let name = is_name_tok(t) && (i == j || !t.possessive());
        let particle =
            i < j && lower_is(t, &PARTICLES) && !t.is_cap() && i >= 2 && is_name_tok(&toks[i - 2]);
        if !(name || particle) {
            break;
        }
        i -= 1;
    }
    (i < j && j - i <= 5 && !lower_is(&toks[i], &PARTICLES)).then_some(i)
}

/// The name of tokens `i..j` as written, possessive off; empty when it is no person's.
pub(crate) fn name_text(text: &str, toks: &[Tok], i: usize, j: usize) -> String {
    if i >= j {
        return String::new();
    }
    let last = &toks[j - 1];
    let end = last.start + last.bare().len();
    let name = norm::fold_space(&text[toks[i].start..end]);
    if !plausible_name(&name) {
        return String::new();
    }
    name
}

/// Not an organisation, a place or a common word.
pub(crate) fn plausible_name(name: &str) -> bool {
    if name.is_empty() || name.len() > 60 {
        return false;
    }
    let low = name.to_lowercase();
    if country(&low).is_some() {
        return false;
    }
    !low.split(|c: char| c.is_whitespace() || c == '-')
        .any(|w| ORG.contains(w) || STOP.contains(w) || country(w).is_some_and(|_| low == w))
}

// ---------------------------------------------------------------------------------------
// Names in a document, for quotes

/// The full names (two words or more) a document gives, with the byte offset of each.
pub(crate) fn full_names(reading: &Reading) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (si, s) in reading.sentences.iter().enumerate() {
        // The sentence's words, split once by the reading (role mentions read them too).
        let toks = reading.name_tokens(si);
        let mut i = 0;
        while i < toks.len() {
            if !is_name_tok(&toks[i]) {
                i += 1;
                continue;
            }
            match name_run(toks, i) {
                Some(j) => {
                    if j - i >= 2 {
                        let name = name_text(&s.text, toks, i, j);
                        if !name.is_empty() {
                            out.push((s.start + toks[i].start, name));
                        }
                    }
                    i = j;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A surname (or other part of a name) resolved to the one full name of the document
/// that contains it, preferring names given before `at`.
pub(crate) fn resolve(names: &[(usize, String)], short: &str, at: usize) -> Option<String> {
    let key = short.to_lowercase();
    let fits = |n: &str| {
        let words: Vec<String> = n.split([' ', '-']).map(str::to_lowercase).collect();
        words.len() >= 2 && words[1..].contains(&key) || {
            // A compound surname: "Velasco Toral".
            n.to_lowercase().ends_with(&format!(" {key}"))
                && n.split(' ').count() > key.split(' ').count()
        }
    };
    let pick = |before: bool| {
        let mut found: Vec<&String> = Vec::new();
        for (pos, n) in names {
            if (!before || *pos < at) && fits(n) && !found.iter().any(|f| compatible(f, n)) {
                found.push(n);
            }
        }
        match found.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    };
    let before_any = names.iter().any(|(p, n)| *p < at && fits(n));
    if before_any { pick(true) } else { pick(false) }
}

/// Two names can be one person's.
pub(crate) fn compatible(a: &str, b: &str) -> bool {
    value::compare(Kind::Person, (a, ""), (b, "")) != Relation::Disjoint
}
