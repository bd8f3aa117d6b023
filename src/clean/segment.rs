//! Paragraphs and sentences: whether a kept line continues the one before it
//! (hard-wrapped mid-sentence), and where a paragraph splits into sentences, with the
//! abbreviations, initials, numbers and URLs whose full stops end nothing.

use crate::wordset::WordSet;

/// Longest word (in bytes) looked at behind a full stop to tell an abbreviation.
const MAX_ABBREVIATION_BYTES: usize = 40;

/// How far (in bytes) to look around a glued full stop for signs of a URL.
const MAX_TOKEN_LOOK: usize = 200;

/// Lower-case words that cannot end a sentence or a headline: a line ending with one is
/// hard-wrapped.
const OPEN_ENDINGS: &[&str] = &[
    "a", "an", "the", "of", "to", "and", "or", "with", "for", "in", "on", "by", "from", "at", "as",
    "that", "which", "who", "whose", "into", "than", "but",
];

/// True when `next` continues the sentence that `prev` (the paragraph so far) breaks off:
/// a hard-wrapped line.
pub(super) fn continues(prev: &str, next: &str) -> bool {
    let Some(last) = prev.chars().rev().find(|&c| !is_closer(c)) else {
        return false;
    };
    if matches!(last, '.' | '!' | '?' | '…') {
        return false;
    }
    if next.starts_with(char::is_lowercase) || matches!(last, ',' | '-' | '(' | '[') {
        return true;
    }
    let mut tail = prev.len().saturating_sub(16);
    while !prev.is_char_boundary(tail) {
        tail += 1;
    }
    let tail = &prev[tail..];
    let word_start = tail.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + tail[i..].chars().next().map_or(1, char::len_utf8)
    });
    OPEN_ENDINGS.contains(&&tail[word_start..])
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '‹' | '¿' | '¡'
    )
}

/// Length in bytes of a sentence terminator at `i` (`.`, `!`, `?`, `…`), or 0.
fn terminator_len(bytes: &[u8], i: usize, end: usize) -> usize {
    match bytes[i] {
        b'.' | b'!' | b'?' => 1,
        0xE2 if i + 3 <= end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6 => 3,
        _ => 0,
    }
}

/// Splits the paragraph `text[start..end]` (trimmed) into sentence spans.
pub(super) fn segment(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut sentence_start = start;
    let mut i = start;
    while i < end {
        match bytes[i..end]
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
        {
            Some(p) => i += p,
            None => break,
        }
        if terminator_len(bytes, i, end) == 0 {
            i += 1;
            continue;
        }
        let term_start = i;
        let mut j = i;
        loop {
            let len = terminator_len(bytes, j, end);
            if len == 0 {
                break;
            }
            j += len;
            if j >= end {
                break;
            }
        }
        let run = &text[term_start..j];
        while let Some(c) = text[j..end].chars().next().filter(|&c| is_closer(c)) {
            j += c.len_utf8();
        }
        let Some(c) = text[j..end].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            let rest = &text[j..end];
            let k = j + (rest.len() - rest.trim_start().len());
            if k >= end {
                break;
            }
            // "1. First point": a list number opening a line is not a sentence.
            let list_number = term_start - sentence_start <= 3
                && term_start > sentence_start
                && text[sentence_start..term_start]
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            if !list_number && splits_before(text, start, term_start, run, k, end) {
                out.push((sentence_start, j));
                sentence_start = k;
            }
            i = k;
        } else {
            if splits_glued(text, start, term_start, j, end) {
                out.push((sentence_start, j));
                sentence_start = j;
            }
            i = j;
        }
    }
    if sentence_start < end {
        out.push((sentence_start, end));
    }
}

/// How a word before a full stop bears on a sentence break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// An ordinary word: the full stop ends the sentence.
    None,
    /// Never ends a sentence: titles (`Dr.`, `Gen.`, `St.`), `e.g.`, `i.e.`, `vs.`.
    Never,
    /// Does not end a sentence before a number: `No. 10`, `Jan. 5`.
    BeforeNumber,
    /// May end a sentence, but only before a word that usually starts one ("the U.S. The
    /// talks…"): `U.S.`, `Inc.`, `Co.`, `Jr.`, `etc.`, initials.
    MayEnd,
}

/// Titles before a name; matched with a capital first letter.
static TITLES: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "st", "gov", "lt", "col", "capt", "sgt",
    "maj", "rev", "hon", "pres", "supt", "adm", "cmdr", "mt", "messrs", "mme", "mlle", "brig",
    "cpl", "pvt", "fr",
]);

/// Abbreviations that never end a sentence, any case.
static NEVER_ENDS: WordSet = WordSet::new(&["e.g", "i.e", "vs", "cf", "viz", "approx", "ca"]);

/// Abbreviations written before a number (`No. 10`, `Jan. 5`), capitalised.
static BEFORE_NUMBER: WordSet = WordSet::new(&[
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "fig", "vol", "art",
]);

/// Abbreviations that may end a sentence, any case.
static MAY_END: WordSet = WordSet::new(&[
    "inc", "ltd", "co", "corp", "jr", "sr", "etc", "plc", "llc", "bros", "ft", "a.m", "p.m",
]);

/// Capitalised words that usually start a sentence, used after an abbreviation that may
/// also end one.
static STARTERS: WordSet = WordSet::new(&[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "In",
    "On",
    "At",
    "For",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "As",
    "If",
    "Although",
    "Despite",
    "According",
    "Some",
    "Many",
    "Most",
    "Both",
    "Other",
    "Others",
    "Still",
    "Also",
    "Then",
    "Now",
    "Earlier",
    "Later",
    "Last",
    "Such",
    "What",
    "Why",
    "How",
    "Who",
]);

fn classify(word: &str) -> Abbreviation {
    let word = word.trim_start_matches('.');
    if word.is_empty() {
        return Abbreviation::None;
    }
    let lower = word.to_lowercase();
    let capital = word.starts_with(|c: char| c.is_uppercase());
    if capital && TITLES.contains(lower.as_str()) || NEVER_ENDS.contains(lower.as_str()) {
        return Abbreviation::Never;
    }
    if capital && BEFORE_NUMBER.contains(lower.as_str()) {
        return Abbreviation::BeforeNumber;
    }
    if MAY_END.contains(lower.as_str()) {
        return Abbreviation::MayEnd;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return Abbreviation::MayEnd; // an initial
    }
    if word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(char::is_alphabetic))
    {
        return Abbreviation::MayEnd; // U.S, U.K, D.C
    }
    Abbreviation::None
}

/// The word (letters, digits and inner dots) just before byte `at`, not reaching before
/// `floor`; `None` when it is longer than any abbreviation.
fn word_before(text: &str, floor: usize, at: usize) -> Option<&str> {
    let mut i = at;
    for c in text[floor..at].chars().rev() {
        if !(c.is_alphanumeric() || c == '.') {
            break;
        }
        i -= c.len_utf8();
        if at - i > MAX_ABBREVIATION_BYTES {
            return None;
        }
    }
    Some(&text[i..at])
}

/// True when the text at `k` starts like a sentence: a capital, a digit or a letter of a
/// script without case, possibly after opening quotes or brackets.
fn starts_sentence(text: &str, k: usize, end: usize) -> bool {
    let mut chars = text[k..end].chars().skip_while(|&c| is_opener(c));
    chars.next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_lowercase())
    })
}

/// The word at `k` after any opening quotes, and whether a full stop follows it.
fn word_at(text: &str, k: usize, end: usize) -> (&str, bool) {
    let rest = text[k..end].trim_start_matches(is_opener);
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    (&rest[..len], rest[len..].starts_with('.'))
}

/// Decides a break after the terminator `run` at `term_start`, before the word at `k`.
fn splits_before(
    text: &str,
    floor: usize,
    term_start: usize,
    run: &str,
    k: usize,
    end: usize,
) -> bool {
    if !starts_sentence(text, k, end) {
        return false;
    }
    if run != "." {
        return true;
    }
    let Some(word) = word_before(text, floor, term_start) else {
        return true;
    };
    let next_is_digit = text[k..end].starts_with(|c: char| c.is_ascii_digit());
    match classify(word) {
        Abbreviation::None => true,
        Abbreviation::Never => false,
        Abbreviation::BeforeNumber => !next_is_digit,
        Abbreviation::MayEnd => {
            let (next, dotted) = word_at(text, k, end);
            let initial = dotted && next.chars().count() == 1;
            !initial && STARTERS.contains(next)
        }
    }
}

/// Decides a break at a terminator glued to the next word ("organisations.The"): only
/// after an ordinary lower-case word, before a capitalised word, outside URLs.
fn splits_glued(text: &str, floor: usize, term_start: usize, j: usize, end: usize) -> bool {
    let mut next = text[j..end].chars();
    let (Some(a), Some(b)) = (next.next(), next.next()) else {
        return false;
    };
    if !(a.is_uppercase() && b.is_lowercase()) {
        return false;
    }
    if !text[floor..term_start]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
    {
        return false;
    }
    let Some(word) = word_before(text, floor, term_start) else {
        return false;
    };
    if word.contains('.') || word.chars().count() < 2 || classify(word) != Abbreviation::None {
        return false;
    }
    // The surrounding token must not look like a URL, a domain or an e-mail address.
    let mut from = term_start;
    for c in text[floor..term_start].chars().rev() {
        if c.is_whitespace() {
            break;
        }
        from -= c.len_utf8();
        if term_start - from > MAX_TOKEN_LOOK {
            return false;
        }
    }
    let token = &text[from..term_start];
    !(token.contains("://") || token.contains("www.") || token.contains('@'))
}
