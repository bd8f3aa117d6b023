//! Scanning helpers shared by the number, clock and measure readers: spaces, words and
//! phrases before and after a byte offset. All offsets are byte offsets on char
//! boundaries.

pub(super) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

pub(super) fn char_at(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|s| s.chars().next())
}

pub(super) fn char_before(t: &str, i: usize) -> Option<char> {
    t.get(..i).and_then(|s| s.chars().next_back())
}

/// Skips spaces (not line breaks) forward from `i`.
pub(super) fn skip_spaces(t: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(t, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skips spaces backward from `i` (at most a few).
pub(super) fn skip_spaces_back(t: &str, mut i: usize) -> usize {
    for _ in 0..4 {
        match char_before(t, i) {
            Some(c) if is_space(c) => i -= c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The end of the alphabetic word starting at `i`, if one does (at most 40 bytes).
pub(super) fn word_end(t: &str, i: usize) -> Option<usize> {
    let mut j = i;
    for c in t.get(i..)?.chars() {
        if !c.is_alphabetic() || j - i > 40 {
            break;
        }
        j += c.len_utf8();
    }
    (j > i).then_some(j)
}

/// The alphabetic word ending at `i`, if one does (at most 40 bytes).
pub(super) fn word_start_before(t: &str, i: usize) -> Option<usize> {
    let mut j = i;
    for c in t.get(..i)?.chars().rev() {
        if !c.is_alphabetic() || i - j > 40 {
            break;
        }
        j -= c.len_utf8();
    }
    (j < i).then_some(j)
}

/// The next word after spaces from `i`: `(start, end, lowercase)`; the word must end at a
/// non-alphanumeric character.
pub(super) fn next_word(t: &str, i: usize) -> Option<(usize, usize, String)> {
    let s = skip_spaces(t, i);
    let e = word_end(t, s)?;
    if char_at(t, e).is_some_and(|c| c.is_numeric()) {
        return None;
    }
    Some((s, e, t[s..e].to_ascii_lowercase()))
}

/// The word just before `i`, separated from it by spaces only.
pub(super) fn prev_word(t: &str, i: usize) -> Option<(usize, usize)> {
    let e = skip_spaces_back(t, i);
    if e == i {
        return None;
    }
    let s = word_start_before(t, e)?;
    if char_before(t, s).is_some_and(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    Some((s, e))
}

fn starts_with_ci(t: &str, i: usize, pat: &str) -> bool {
    t.as_bytes()
        .get(i..i + pat.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(pat.as_bytes()))
}

/// Whether `pat` occurs at `i` as whole words (case-insensitive; single spaces in `pat`
/// match runs of spaces).
pub(super) fn phrase_at(t: &str, i: usize, pat: &str) -> Option<usize> {
    let tb = t.as_bytes();
    // Cheap rejection on the first byte.
    let first = *pat.as_bytes().first()?;
    if !tb.get(i).is_some_and(|b| b.eq_ignore_ascii_case(&first)) {
        return None;
    }
    let mut j = i;
    for (k, part) in pat.split(' ').enumerate() {
        if k > 0 {
            let s = skip_spaces(t, j);
            if s == j {
                return None;
            }
            j = s;
        }
        if !starts_with_ci(t, j, part) {
            return None;
        }
        j += part.len();
    }
    if char_at(t, j).is_some_and(is_word_char) {
        return None;
    }
    Some(j)
}

/// The first of `hedges` that ends just before `start` (spaces between), as a whole
/// word, starting at or after `min_start`: its start and the hedge as listed. The hedge
/// readers of amounts, measures and clock times share it.
pub(super) fn listed_hedge_before<'h>(
    t: &str,
    start: usize,
    min_start: usize,
    hedges: impl IntoIterator<Item = &'h &'h str>,
) -> Option<(usize, &'h str)> {
    let e = skip_spaces_back(t, start);
    if e == start || e <= min_start {
        return None;
    }
    for h in hedges {
        let Some(s) = e.checked_sub(h.len()) else {
            continue;
        };
        if s < min_start || !t.is_char_boundary(s) {
            continue;
        }
        if t.as_bytes()[s..e].eq_ignore_ascii_case(h.as_bytes())
            && !char_before(t, s).is_some_and(char::is_alphanumeric)
        {
            return Some((s, *h));
        }
    }
    None
}

pub(super) fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}
