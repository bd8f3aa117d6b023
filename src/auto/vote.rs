//! Split votes: "a 5-4 vote", "voted 7–2", "by a majority of five to four", "by 312
//! votes to 110", "a 6-3 ruling". The value is the split, larger side first (`5-4`), so
//! "voted 4-5 against" and "5-4" are one split; two splits of one vote that differ
//! contradict.
//!
//! A pair of numbers is a vote only beside a word of voting ("vote", "ruling",
//! "majority", …): "won 3-1" and "aged 5-10" are not.

use super::words::Token;
use crate::wordset::WordSet;

/// One split vote found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    /// Byte span of the split as written ("5-4", "five to four", "312 votes to 110").
    pub start: usize,
    pub end: usize,
    /// Larger side first: `5-4`.
    pub value: String,
}

static VOTE_WORDS: WordSet = WordSet::new(&[
    "vote", "votes", "voted", "voting", "ballot", "ruling", "ruled", "decision", "majority",
    "split", "verdict", "tally", "margin",
]);

fn number(t: &Token) -> Option<u32> {
    if t.lower.bytes().all(|b| b.is_ascii_digit()) {
        return t.lower.parse().ok().filter(|&n| n < 10_000);
    }
    use crate::numbers::lexicon::{teen_word, tens_word, unit_word};
    let w = t.lower.as_str();
    unit_word(w)
        .or_else(|| teen_word(w))
        .or_else(|| tens_word(w))
}

/// Whether a text (in lower case) may hold a split vote written in words ("voted seven
/// to two"): it has a word of voting. A cheap test before the sentence is split into
/// words.
pub fn may_hold(lower: &str) -> bool {
    [
        "vot", "ruling", "ruled", "decision", "majorit", "split", "verdict", "ballot", "tally",
        "margin",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The split votes of a sentence, in order.
pub fn votes(text: &str, toks: &[Token]) -> Vec<Vote> {
    let gap = |a: &Token, b: &Token| text[a.end..b.start].trim().to_string();
    let mut out = Vec::new();
    let mut k = 0;
    while k + 1 < toks.len() {
        let Some(x) = number(&toks[k]) else {
            k += 1;
            continue;
        };
        // "5-4", "5–4": digits joined by a dash; "five to four", "312 to 110", "312 votes
        // to 110".
        let digits = toks[k].lower.bytes().all(|b| b.is_ascii_digit());
        let mut second = None;
        let g = gap(&toks[k], &toks[k + 1]);
        if digits
            && ["-", "–", "—"].contains(&g.as_str())
            && text[toks[k].end..toks[k + 1].start].len() <= 3
        {
            second = Some(k + 1);
        } else if g.is_empty() && toks[k + 1].lower == "to" && k + 2 < toks.len() {
            second = Some(k + 2);
        } else if g.is_empty()
            && toks[k + 1].lower == "votes"
            && k + 3 < toks.len()
            && toks[k + 2].lower == "to"
        {
            second = Some(k + 3);
        }
        let Some(j) = second else {
            k += 1;
            continue;
        };
        let Some(y) = number(&toks[j]) else {
            k += 1;
            continue;
        };
        // Both sides written alike ("five to 4" is no split), and no season or range of
        // years ("the 2023-24 budget vote").
        let alike = digits == toks[j].lower.bytes().all(|b| b.is_ascii_digit());
        let years = (1900..2100).contains(&x);
        let near = toks[k.saturating_sub(3)..(j + 4).min(toks.len())]
            .iter()
            .any(|t| VOTE_WORDS.contains(t.lower.as_str()));
        // "12 to 14 people" is a range of a count: a split is followed by a word of
        // voting, a function word or punctuation.
        let free = toks.get(j + 1).is_none_or(|t| {
            !gap(&toks[j], t).is_empty()
                || VOTE_WORDS.contains(t.lower.as_str())
                || super::words::is_stopword(&t.lower)
                || ["against", "favour", "favor"].contains(&t.lower.as_str())
        });
        if alike && !years && near && free && x + y > 1 {
            out.push(Vote {
                start: toks[k].start,
                end: toks[j].end,
                value: format!("{}-{}", x.max(y), x.min(y)),
            });
            k = j + 1;
        } else {
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn read(text: &str) -> Vec<(String, String)> {
        votes(text, &tokens(text))
            .into_iter()
            .map(|v| (v.value, text[v.start..v.end].to_string()))
            .collect()
    }

    #[test]
    fn splits_as_news_writes_them() {
        let cases = [
            (
                "The board approved the merger in a 5-4 vote on Monday.",
                "5-4",
                "5-4",
            ),
            ("Councillors voted 7–2 to close the depot.", "7-2", "7–2"),
            ("The panel ruled 6-3 that the law stood.", "6-3", "6-3"),
            (
                "It passed by a majority of five to four.",
                "5-4",
                "five to four",
            ),
            (
                "MPs backed the bill by 312 votes to 110.",
                "312-110",
                "312 votes to 110",
            ),
            (
                "The motion fell, with members voting 4-5 against it.",
                "5-4",
                "4-5",
            ),
            (
                "A narrow 8-7 decision by the committee kept rates on hold.",
                "8-7",
                "8-7",
            ),
        ];
        for (text, value, stated) in cases {
            assert_eq!(read(text), vec![(value.into(), stated.into())], "{text}");
        }
    }

    #[test]
    fn other_pairs_are_not_votes() {
        for text in [
            "City won 3-1 at home on Saturday.",
            "Children aged 5-10 were taken to the shelter.",
            "The 2023-24 budget vote was delayed.",
            "Members voted on Tuesday, and 12 to 14 people attended.",
            "Sales rose from five to 4 stores after the vote.",
            "The vote is expected in two to three weeks.",
            "After the vote, 12 to 14 people stayed behind.",
        ] {
            assert_eq!(read(text), vec![], "{text}");
        }
    }
}
