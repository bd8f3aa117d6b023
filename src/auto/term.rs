//! Whose prison term it is: the named person a custodial term is passed on, the way news
//! writes it ("sentenced Lena Marsh to nine years", "Marsh was jailed for eleven years",
//! "handed Marsh a nine-year prison term"). The person is part of the fact, as a measure's
//! named owner is (see [`super::owner`]): two sources' terms of one person are one fact
//! and may contradict; a term that names nobody is aligned by its words.

use super::owner::name_ending;
use super::words::Token;
use crate::wordset::WordSet;

/// Verbs that pass a custodial term on someone.
static SENTENCING: WordSet = WordSet::new(&["sentenced", "jailed", "imprisoned"]);

/// Verbs of a maximum a person risks ("Kolb faces up to 20 years").
static RISKING: WordSet = WordSet::new(&["faces", "face", "facing", "risks", "risk"]);

/// Prefix of the subject key of a maximum term: the most a person risks is not the term
/// passed on them.
pub const MAXIMUM: &str = "max:";

/// Verbs that give someone a term as a noun ("handed Lena Marsh a nine-year term").
static GIVING: WordSet = WordSet::new(&["handed", "gave", "given", "received", "got", "serving"]);

/// Nouns of a custodial term after it ("a nine-year prison term").
static TERM_NOUNS: WordSet = WordSet::new(&["prison", "jail", "custodial", "sentence", "term"]);

/// Auxiliaries of a passive ("was jailed", "has been sentenced").
static PASSIVE: WordSet = WordSet::new(&[
    "was", "were", "is", "are", "has", "have", "had", "been", "being", "be",
]);

/// Prepositions: a name after one is a place or an institution, not a verb's object.
static PREPOSITIONS: WordSet = WordSet::new(&[
    "in", "at", "on", "by", "from", "of", "after", "since", "into", "near", "outside",
]);

/// Words between a term's verb and its length ("to", "for", "up to", "more than").
static TERM_LEADS: WordSet = WordSet::new(&[
    "to", "for", "of", "up", "nearly", "almost", "about", "more", "than", "over", "some",
]);

/// The named person a prison term at `ms..me` is passed on, as written, and its key (the
/// last name, lower case): "sentenced Lena Marsh to nine years", "Lena Marsh, the former
/// treasurer, was jailed for eleven years", "handed Lena Marsh a nine-year prison term",
/// "Marsh received a nine-year sentence". Two sources' terms of one person are one fact.
/// The most a person risks ("Marsh faces up to 20 years") is a fact of its own, its key
/// prefixed [`MAXIMUM`].
/// `he` stands for: the person the sentence before opens with, when `he` or `she` is the
/// term's subject.
pub fn term_of(
    text: &str,
    toks: &[Token],
    ms: usize,
    me: usize,
    he: &dyn Fn() -> Option<(String, String)>,
) -> Option<(String, String)> {
    let first = toks.partition_point(|t| t.start < ms);
    let after = toks.partition_point(|t| t.start < me);
    let named = |(i, _): (usize, String), j: usize| {
        (
            text[toks[i].start..toks[j].end].to_string(),
            toks[j].lower.clone(),
        )
    };
    let is = |i: usize, set: &WordSet| toks.get(i).is_some_and(|t| set.contains(&t.lower));
    // "He was jailed", "She faces": a pronoun that opens the sentence.
    let pronoun = |i: usize| i == 0 && matches!(toks[0].lower.as_str(), "he" | "she");
    // The name before a passive's auxiliaries, or before the appositive that ends there
    // ("Lena Marsh, the former treasurer, was jailed").
    let subject = |v: usize| -> Option<(String, String)> {
        let mut p = v;
        while p > 0 && is(p - 1, &PASSIVE) {
            p -= 1;
        }
        if p == v || p == 0 {
            return None;
        }
        let j = p - 1;
        if let Some(n) = name_ending(text, toks, j) {
            return Some(named(n, j));
        }
        if pronoun(j) {
            return he();
        }
        if !text[toks[j].end..toks[p].start].contains(',') {
            return None;
        }
        let m = (j.saturating_sub(8)..j)
            .rev()
            .find(|&m| m > 0 && text[toks[m - 1].end..toks[m].start].contains(','))?;
        name_ending(text, toks, m - 1).map(|n| named(n, m - 1))
    };
    let mut k = first;
    while k > 0 && is(k - 1, &TERM_LEADS) {
        k -= 1;
    }
    let mut lead = first;
    while lead < after && is(lead, &TERM_LEADS) {
        lead += 1;
    }
    let led = k < first || lead > first;
    // "Kolb faces up to 20 years", "Kolb, who sat still, faces up to 20 years".
    if k > 0 && led && is(k - 1, &RISKING) {
        let v = k - 1;
        let direct = (v > 0)
            .then(|| name_ending(text, toks, v - 1).map(|n| named(n, v - 1)))
            .flatten();
        let aside = || {
            (v > 0 && text[toks[v - 1].end..toks[v].start].contains(','))
                .then(|| {
                    (v.saturating_sub(16)..v).rev().find_map(|m| {
                        (m > 0 && text[toks[m - 1].end..toks[m].start].contains(','))
                            .then(|| name_ending(text, toks, m - 1).map(|n| named(n, m - 1)))
                            .flatten()
                    })
                })
                .flatten()
        };
        let by_pronoun = || (v > 0 && pronoun(v - 1)).then(he).flatten();
        return direct
            .or_else(aside)
            .or_else(by_pronoun)
            .map(|(name, key)| (name, format!("{MAXIMUM}{key}")));
    }
    if k > 0 && led {
        // "sentenced former treasurer Lena Marsh to nine years".
        if let Some(n) = name_ending(text, toks, k - 1) {
            let i = n.0;
            // The verb's object: describing words between ("former treasurer"), no
            // comma and no preposition ("imprisoned in Russia for a year" names where).
            let verb = (i.saturating_sub(5)..i).rev().find(|&v| is(v, &SENTENCING));
            let object = |v: usize| {
                !text[toks[v].end..toks[i].start].contains(',')
                    && !(v + 1..i).any(|w| is(w, &PREPOSITIONS))
            };
            if verb.is_some_and(object) {
                return Some(named(n, k - 1));
            }
        }
        // "Lena Marsh was jailed for eleven years".
        if is(k - 1, &SENTENCING) {
            return subject(k - 1);
        }
    }
    // "handed Lena Marsh a nine-year prison term", "Marsh received a nine-year sentence".
    if first > 1 && ["a", "an"].contains(&toks[first - 1].lower.as_str()) && is(after, &TERM_NOUNS)
    {
        let j = first - 2;
        if let Some(n) = name_ending(text, toks, j) {
            return (j > 0 && is(n.0.wrapping_sub(1), &GIVING)).then(|| named(n, j));
        }
        if is(j, &GIVING) {
            if let Some(n) = j.checked_sub(1).and_then(|i| name_ending(text, toks, i)) {
                return Some(named(n, j - 1));
            }
            return subject(j);
        }
    }
    None
}

/// The person a sentence opens with ("Vosloo, the firm's former finance chief, …"), or
/// else the first full name in it ("The main witness was Pieter Vosloo, 52, …"), as
/// written, and its key (last name, lower case): whom a `he` in the next sentence stands
/// for.
pub fn opening_person(text: &str, toks: &[Token]) -> Option<(String, String)> {
    let (i, j) = match super::owner::name_run(text, toks, 0) {
        Some(j) => (0, j),
        None => (1..toks.len())
            .find_map(|i| super::owner::name_starting(text, toks, i).map(|(j, _)| (i, j)))?,
    };
    Some((
        text[toks[i].start..toks[j].end].to_string(),
        toks[j].lower.clone(),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn term(text: &str, figure: &str) -> Option<(String, String)> {
        let ms = text.find(figure).unwrap();
        term_of(text, &tokens(text), ms, ms + figure.len(), &|| {
            Some(("Jan Vos".into(), "vos".into()))
        })
    }

    #[test]
    fn a_term_belongs_to_the_person_it_is_passed_on() {
        let named = |name: &str, key: &str| Some((name.to_string(), key.to_string()));
        assert_eq!(
            term(
                "A court in Ostravia sentenced former treasurer Lena Marsh to nine years.",
                "nine years"
            ),
            named("Lena Marsh", "marsh")
        );
        assert_eq!(
            term(
                "Lena Marsh, the former treasurer, was jailed for eleven years.",
                "for eleven years"
            ),
            named("Lena Marsh", "marsh")
        );
        assert_eq!(
            term(
                "Judges handed Tomas Berg a six-year prison term.",
                "six-year"
            ),
            named("Tomas Berg", "berg")
        );
        assert_eq!(
            term("Berg received a six-year sentence in 2019.", "six-year"),
            named("Berg", "berg")
        );
        assert_eq!(
            term(
                "Kessler, a banker and author, had been serving a 12-year sentence.",
                "12-year"
            ),
            named("Kessler", "kessler")
        );
    }

    #[test]
    fn the_most_a_person_risks_is_a_term_of_its_own() {
        let max = |name: &str, key: &str| Some((name.to_string(), format!("{MAXIMUM}{key}")));
        assert_eq!(
            term(
                "Berg, 51, faces up to 20 years in prison.",
                "up to 20 years"
            ),
            max("Berg", "berg")
        );
        assert_eq!(
            term(
                "Lena Marsh, who wept as the verdict was read, faces up to 20 years.",
                "up to 20 years"
            ),
            max("Lena Marsh", "marsh")
        );
        // A pronoun that opens the sentence is the person the sentence before opens with.
        assert_eq!(
            term("He faces up to five years in prison.", "up to five years"),
            max("Jan Vos", "vos")
        );
        assert_eq!(
            term(
                "Prosecutors said he faces up to five years.",
                "up to five years"
            ),
            None
        );
        let opening = |text: &str| opening_person(text, &tokens(text)).map(|(n, _)| n);
        assert_eq!(
            opening("Vosloo, 52, pleaded guilty.").as_deref(),
            Some("Vosloo")
        );
        assert_eq!(
            opening("The main witness was Pieter Vosloo, 52, a former banker.").as_deref(),
            Some("Pieter Vosloo")
        );
        assert_eq!(opening("The jury was out for three days."), None);
    }

    #[test]
    fn a_term_passed_on_nobody_named_has_no_owner() {
        // A place after a preposition is no person; a term of an unnamed person is
        // aligned by its words.
        for (text, figure) in [
            (
                "Marsh was imprisoned in Ostravia for two years.",
                "two years",
            ),
            (
                "The court jailed the driver for three years.",
                "three years",
            ),
            (
                "The reporter, who was detained for 16 months, flew home.",
                "16 months",
            ),
            ("Berg worked in Ostravia for six years.", "six years"),
        ] {
            assert_eq!(term(text, figure), None, "{text}");
        }
    }
}
