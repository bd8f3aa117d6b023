//! The one tokenization of a text: its marks (words with their inner hyphens,
//! apostrophes and abbreviation stops, and single punctuation marks), as names and quote
//! attribution read them, and its words (runs of letters and digits inside the marks), as
//! event words, figures and labels read them. A sentence is scanned once
//! ([`crate::extract::Reading::name_tokens`]) and its words cut from its marks
//! ([`crate::extract::Reading::tokens`]), so every reader sees the same words.

use std::borrow::Cow;

use crate::wordset::WordSet;

/// A word or a punctuation mark of a text, with its byte span in that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl<'a> Tok<'a> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// `Russia's` / `Russia’s` (a possessive).
    pub fn possessive(&self) -> bool {
        self.text.len() > 2 && (self.text.ends_with("'s") || self.text.ends_with("’s"))
    }

    /// The word without a possessive ending or an abbreviation's full stop.
    pub fn bare(&self) -> &'a str {
        let t = self.text;
        let t = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .filter(|r| !r.is_empty())
            .unwrap_or(t);
        t.strip_suffix('.').filter(|r| !r.is_empty()).unwrap_or(t)
    }

    /// Lower case, without a possessive ending.
    pub fn low(&self) -> String {
        self.bare().to_lowercase()
    }
}

/// Abbreviations whose full stop belongs to the word.
static ABBREV: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr",
    "capt", "sgt", "maj", "adm", "messrs", "mme", "mlle",
]);

/// Words (letters, digits, inner `-`, `'`, `’`, `.`) and single punctuation marks.
pub(crate) fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                text: &s[start..start + c.len_utf8()],
                start,
                end: start + c.len_utf8(),
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if matches!(c, '-' | '\'' | '’' | '.')
                && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
            {
                j += 2;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(s.len(), |c| c.0);
        // A full stop ends an abbreviation, an initial or a dotted acronym (`U.S.`).
        if chars.get(j).is_some_and(|c| c.1 == '.') {
            let w = &s[start..end];
            let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            if initial || w.contains('.') || ABBREV.contains_lower(w) {
                end += 1;
            }
        }
        out.push(Tok {
            text: &s[start..end],
            start,
            end,
        });
        while j < chars.len() && chars[j].0 < end {
            j += 1;
        }
        i = j;
    }
    out
}

/// A word of a text: byte span and its lower-case form.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// The words of a text: runs of letters and digits (an apostrophe or a hyphen inside a
/// word ends it, so "Taliban-appointed" is two words and "Russia's" is "russia", "s").
pub fn tokens(text: &str) -> Vec<Token> {
    words(&tokenize(text))
}

/// The words inside marks: each word mark cut at its hyphens, apostrophes and stops.
/// Every letter or digit of a text lies in exactly one word mark, so these are the runs
/// of letters and digits of the text the marks were read from.
pub(crate) fn words(marks: &[Tok]) -> Vec<Token> {
    let mut out = Vec::with_capacity(marks.len());
    for m in marks.iter().filter(|m| m.is_word()) {
        let mut start = None;
        for (i, c) in m.text.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(word(m, s, i));
            }
        }
        if let Some(s) = start {
            out.push(word(m, s, m.text.len()));
        }
    }
    out
}

fn word(m: &Tok, s: usize, e: usize) -> Token {
    Token {
        start: m.start + s,
        end: m.start + e,
        lower: m.text[s..e].to_lowercase(),
    }
}

/// The words of `text[left..right]` taken from the words `toks` of the whole `text`, as
/// `(start, end, lower)` relative to `text`: what `tokens(&text[left..right])` gives
/// (shifted by `left`), a word the span's edge cuts cut there too, without splitting the
/// sentence again. `left..right` must lie on char boundaries of `text`.
pub fn within<'t>(
    text: &'t str,
    toks: &'t [Token],
    left: usize,
    right: usize,
) -> impl Iterator<Item = (usize, usize, Cow<'t, str>)> {
    let first = toks.partition_point(|t| t.end <= left);
    let last = first + toks[first..].partition_point(|t| t.start < right);
    toks[first..last].iter().filter_map(move |t| {
        let (s, e) = (t.start.max(left), t.end.min(right));
        if s >= e {
            // An empty span inside a word.
            None
        } else if (s, e) == (t.start, t.end) {
            Some((s, e, Cow::Borrowed(t.lower.as_str())))
        } else {
            Some((s, e, Cow::Owned(text[s..e].to_lowercase())))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tokens_split_words() {
        let t: Vec<String> = tokens("Taliban-appointed envoy, Russia’s 1,243")
            .into_iter()
            .map(|t| t.lower)
            .collect();
        assert_eq!(
            t,
            ["taliban", "appointed", "envoy", "russia", "s", "1", "243"]
        );
    }

    #[test]
    fn words_within_a_span_are_the_spans_own() {
        let text = "Up to 40 Taliban-appointed ΟΔΟΣ envoys, Russia’s 1,243 so far.";
        let toks = tokens(text);
        let cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &l in &cuts {
            for &r in cuts.iter().filter(|&&r| r >= l) {
                let own: Vec<(usize, usize, String)> = tokens(&text[l..r])
                    .into_iter()
                    .map(|t| (t.start + l, t.end + l, t.lower))
                    .collect();
                let cut: Vec<(usize, usize, String)> = within(text, &toks, l, r)
                    .map(|(s, e, w)| (s, e, w.into_owned()))
                    .collect();
                assert_eq!(own, cut, "{l}..{r}");
            }
        }
    }

    #[test]
    fn tokens_keep_abbreviations() {
        let t: Vec<&str> = tokenize("Dr. Spanta met U.S. envoys, Russia’s too.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            [
                "Dr.",
                "Spanta",
                "met",
                "U.S.",
                "envoys",
                ",",
                "Russia’s",
                "too",
                "."
            ]
        );
    }

    /// What `tokens` meant before it was cut from the marks: runs of letters and digits.
    fn runs(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push((s, i));
            }
        }
        out.extend(start.map(|s| (s, text.len())));
        out
    }

    #[test]
    fn words_are_the_runs_of_letters_and_digits() {
        for text in [
            "Dr. Spanta met U.S. envoys, Russia’s too.",
            "A 290-metre (951-ft) ship; 1,243.5 km/h at 04:35 GMT.",
            "rock'n'roll -- 'quoted' x.y.z. ΟΔΟΣ-9",
        ] {
            let got: Vec<(usize, usize)> = tokens(text).iter().map(|t| (t.start, t.end)).collect();
            assert_eq!(got, runs(text), "{text}");
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_its_runs(text in "[a-zA-Z0-9 .,'’\\-éΟ:;()]{0,40}") {
            let got: Vec<(usize, usize)> = tokens(&text).iter().map(|t| (t.start, t.end)).collect();
            prop_assert_eq!(got, runs(&text));
        }
    }
}
