//! Who placed where: "Ruth Mensah finished second", "Kofi Adu came in third", "Lena
//! Ortiz secured the second position", "The second-place finisher, Ana Reyes", "runner-up
//! Piet Berg". The place is the fact and the person its value, so two sources that give
//! second place to two people contradict.
//!
//! Only a place tied to a name is read: "He finished second" and "for the second time"
//! are not.

use super::owner::{joined, name_ending, name_starting};
use super::words::Token;
use crate::wordset::WordSet;

/// One placing found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rank {
    /// Byte span of the reading, name and place ("Ruth Mensah finished second").
    pub start: usize,
    pub end: usize,
    /// 1 for the winner, 2 for the runner-up, …
    pub place: u32,
    /// The person as written.
    pub name: String,
}

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

fn ordinal(w: &str) -> Option<u32> {
    if let Some(k) = ORDINALS.iter().position(|o| *o == w) {
        return Some(k as u32 + 1);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    let n: u32 = digits.parse().ok()?;
    let want = match n % 10 {
        1 if n % 100 != 11 => "st",
        2 if n % 100 != 12 => "nd",
        3 if n % 100 != 13 => "rd",
        _ => "th",
    };
    (suffix == want && (1..=100).contains(&n)).then_some(n)
}

/// Verbs that place a person: "finished second", "came in third", "took second place".
static PLACING: WordSet = WordSet::new(&[
    "finished",
    "came",
    "placed",
    "was",
    "ended",
    "took",
    "secured",
    "claimed",
    "crossed",
    "settled",
    "finishing",
    "coming",
    "taking",
]);

/// Words after the ordinal that keep it a placing ("second place", "second in 2:04:02",
/// "second behind Kiptum"); any other word ("second time", "second half") ends it.
static AFTER: WordSet = WordSet::new(&[
    "place", "position", "spot", "in", "with", "behind", "at", "after", "on", "and", "ahead",
    "while", "overall", "for",
]);

/// Whether a text (in lower case) may hold a placing: it has an ordinal word or
/// "runner-up". A cheap test before the sentence is split into words.
pub fn may_hold(lower: &str) -> bool {
    lower.contains("runner") || ORDINALS.iter().any(|o| lower.contains(o))
}

/// The placings of a sentence, in order.
pub fn ranks(text: &str, toks: &[Token]) -> Vec<Rank> {
    let mut out = Vec::new();
    for (o, t) in toks.iter().enumerate() {
        let runner_up = t.lower == "runner"
            && toks
                .get(o + 1)
                .is_some_and(|u| u.lower == "up" && joined(text, t, u, "-"));
        let Some(place) = ordinal(&t.lower).or(runner_up.then_some(2)) else {
            continue;
        };
        let last = if runner_up { o + 1 } else { o };
        // "Name finished second", "Name came in second", "Name secured the second
        // position": a name, a placing verb, at most "in" or "the".
        let mut v = o;
        while v > 0 && v + 2 > o && ["in", "the"].contains(&toks[v - 1].lower.as_str()) {
            v -= 1;
        }
        let placed = !runner_up
            && v > 1
            && PLACING.contains(toks[v - 1].lower.as_str())
            && toks.get(last + 1).is_none_or(|n| {
                !joined(text, &toks[last], n, "")
                    || AFTER.contains(n.lower.as_str())
                    || n.lower.bytes().all(|b| b.is_ascii_digit())
            });
        if placed
            && joined(text, &toks[v - 2], &toks[v - 1], "")
            && let Some((i, _)) = name_ending(text, toks, v - 2)
        {
            let end = match toks.get(last + 1) {
                Some(n) if ["place", "position", "spot"].contains(&n.lower.as_str()) => n.end,
                _ => toks[last].end,
            };
            out.push(Rank {
                start: toks[i].start,
                end,
                place,
                name: text[toks[i].start..toks[v - 2].end].to_string(),
            });
            continue;
        }
        // "The second-place finisher, Ana Reyes", "runner-up Piet Berg".
        let mut n = last + 1;
        if !runner_up {
            let hyphened = toks.get(n).is_some_and(|p| {
                ["place", "placed"].contains(&p.lower.as_str()) && joined(text, t, p, "-")
            });
            if !hyphened {
                continue;
            }
            n += 1;
            if toks.get(n).is_some_and(|f| f.lower == "finisher") {
                n += 1;
            } else {
                continue;
            }
        }
        let Some(first) = toks.get(n) else { continue };
        let gap_ok =
            joined(text, &toks[n - 1], first, "") || joined(text, &toks[n - 1], first, ",");
        if gap_ok && let Some((j, _)) = name_starting(text, toks, n) {
            out.push(Rank {
                start: t.start,
                end: toks[j].end,
                place,
                name: text[first.start..toks[j].end].to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn read(text: &str) -> Vec<(u32, String)> {
        ranks(text, &tokens(text))
            .into_iter()
            .map(|r| (r.place, r.name))
            .collect()
    }

    #[test]
    fn placings_with_a_name() {
        let cases = [
            ("Ruth Mensah finished second in 2:19:40.", 2, "Ruth Mensah"),
            ("Last year's winner Kofi Adu came in third.", 3, "Kofi Adu"),
            (
                "Lena Ortiz secured the second position after a late surge.",
                2,
                "Lena Ortiz",
            ),
            (
                "Piet Berg took second place behind the champion.",
                2,
                "Piet Berg",
            ),
            (
                "The second-place finisher, Ana Reyes, ran a personal best.",
                2,
                "Ana Reyes",
            ),
            (
                "Defending champion Mira Kovacs was 4th at the line.",
                4,
                "Mira Kovacs",
            ),
            (
                "Runner-up Tomas Berg said the heat was brutal.",
                2,
                "Tomas Berg",
            ),
            (
                "Amal Haddad finished first, ahead of two rivals.",
                1,
                "Amal Haddad",
            ),
        ];
        for (text, place, name) in cases {
            assert_eq!(read(text), vec![(place, name.to_string())], "{text}");
        }
    }

    #[test]
    fn other_ordinals_are_not_placings() {
        for text in [
            "He finished second in the sprint.",
            "Ortiz won the race for the second time.",
            "Berg came second half of the season into form.",
            "The second runner, who was not named, fell.",
            "Kovacs was first to reach the summit, officials said.",
            "The company was third in sales last year.",
            "It was the second-place team that protested.",
        ] {
            assert_eq!(read(text), vec![], "{text}");
        }
    }
}
