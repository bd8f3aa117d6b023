//! Tense cues: whether the clause around a date expression points ahead or back
//! (`will meet on Thursday`, `said on Monday`), which decides the year of a bare month and
//! day or the week of a bare weekday.

use super::grammar::Grammar;
use super::lex::{Kind, Tok};

/// How tense cues are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Normal,
    /// A scheduled present (`opens`, `starts`, `takes place`, `is held`) is future.
    Scheduled,
    /// Before `until`: a participle (`will stay closed`, `is extended`) is no past cue,
    /// and verbs of lasting (`remains`, `stays`, `will last`, `extended`) are future.
    Until,
}

/// Whether the clause around tokens `[s, e)` points ahead: `Some(true)` future,
/// `Some(false)` past, `None` no cue. Cues before the expression are read from nearest
/// to farthest: a future cue (`will`, `'ll`, `is due to`, `is expected to`, `plans to`,
/// `is scheduled to`, `is set to`, `to be held`, `next`, …) makes it future, a past one
/// (`said`, `was`, `passed`, …) past; with no cue before it, a future cue after it (`On
/// Thursday, ministers will meet`) makes it future, unless a past cue comes first
/// (`on Monday signed a pact that will …`).
pub(super) fn tense(g: &Grammar, s: usize, e: usize, mode: Mode) -> Option<bool> {
    let t: &[Tok] = g.t;
    let word = |i: usize| -> &str {
        match t.get(i) {
            Some(tok) if tok.kind == Kind::Word => g.text.get(tok.start..tok.end).unwrap_or(""),
            _ => "",
        }
    };
    let is = |i: usize, w: &str| word(i).eq_ignore_ascii_case(w);
    let boundary = |i: usize| -> bool {
        match t[i].kind {
            Kind::Punct('!' | '?' | ';') => true,
            Kind::Punct('.') => {
                // "Jan. 5", "U.S. troops": an abbreviation point is no boundary.
                let next = t.get(i + 1);
                let glued = next.is_some_and(|n| !n.sp);
                let short_word_before =
                    i > 0 && t[i - 1].kind == Kind::Word && t[i - 1].end - t[i - 1].start <= 4;
                let continues =
                    next.is_some_and(|n| n.kind == Kind::Num || (n.kind == Kind::Word && !n.cap));
                !(glued || short_word_before && continues)
            }
            Kind::Punct(',') => {
                let w = word(i + 1);
                [
                    "which", "who", "while", "but", "although", "though", "whereas", "when",
                ]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
            }
            _ => false,
        }
    };
    let mut b0 = s;
    while b0 > 0 && !boundary(b0 - 1) {
        b0 -= 1;
    }
    let mut b1 = e;
    while b1 < t.len() && !boundary(b1) {
        b1 += 1;
    }
    // Some(true) future, Some(false) past, None no cue.
    let cue = |i: usize, before: bool| -> Option<bool> {
        if t[i].kind != Kind::Word || t[i].end - t[i].start > 12 {
            return None;
        }
        let lw = word(i).to_ascii_lowercase();
        let next_is = |x: &str| is(i + 1, x);
        let prev_in = |ws: &[&str]| i > 0 && ws.iter().any(|w| is(i - 1, w));
        match mode {
            Mode::Normal => {}
            Mode::Scheduled => {
                const SCHEDULED: &[&str] = &[
                    "opens",
                    "starts",
                    "begins",
                    "kicks",
                    "runs",
                    "arrives",
                    "meets",
                    "resumes",
                    "closes",
                    "ends",
                    "launches",
                    "debuts",
                    "premieres",
                    "returns",
                    "hosts",
                    "plays",
                    "faces",
                    "visits",
                    "travels",
                    "goes",
                    "heads",
                    "lands",
                    "convenes",
                    "reopens",
                    "gets",
                ];
                let held = lw == "held" && prev_in(&["is", "are"]);
                let place = matches!(lw.as_str(), "takes" | "take")
                    && (next_is("place") || next_is("effect"));
                if held || place || SCHEDULED.contains(&lw.as_str()) {
                    return Some(true);
                }
            }
            Mode::Until => {
                const LASTING: &[&str] = &[
                    "remain",
                    "remains",
                    "stay",
                    "stays",
                    "continue",
                    "continues",
                    "last",
                    "lasts",
                    "run",
                    "runs",
                    "extend",
                    "extends",
                    "extended",
                    "prolonged",
                    "postponed",
                    "delayed",
                    "deferred",
                    "suspended",
                ];
                if LASTING.contains(&lw.as_str()) {
                    return Some(true);
                }
                // "will stay closed", "is banned", "remains shut": a participle
                let participle = prev_in(&[
                    "is", "are", "be", "been", "being", "remain", "remains", "stay", "stays",
                    "kept", "keep", "keeps", "get", "gets", "will",
                ]);
                if lw.ends_with("ed") && participle {
                    return None;
                }
            }
        }
        let future = match lw.as_str() {
            "will" => {
                !(i > 0
                    && [
                        "the",
                        "political",
                        "free",
                        "good",
                        "his",
                        "her",
                        "their",
                        "popular",
                    ]
                    .iter()
                    .any(|p| is(i - 1, p)))
            }
            "ll" => i > 0 && t[i - 1].kind == Kind::Punct('\'') && !t[i].sp,
            "shall" | "upcoming" | "tomorrow" | "coming" => true,
            // "said it would deliver": the future seen from the past; not "would have"
            "would" => !(next_is("have") || next_is("not") && is(i + 2, "have")),
            "won" => t.get(i + 1).is_some_and(|n| n.kind == Kind::Punct('\'')) && is(i + 2, "t"),
            "due" => ["to", "on", "in", "for", "next", "this", "later", "by"]
                .iter()
                .any(|x| next_is(x)),
            "expected" | "expects" | "expect" | "scheduled" | "slated" => true,
            "plans" | "plan" | "planning" | "planned" | "aims" | "aim" | "intends" | "intend"
            | "going" | "hopes" | "set" | "poised" | "ready" => {
                next_is("to") || (lw == "set" && next_is("for"))
            }
            // "to be held"; "is to be sentenced", "are to be released": an arrangement
            "be" => {
                i > 0
                    && is(i - 1, "to")
                    && (is(i + 1, "held") || (i > 1 && (is(i - 2, "is") || is(i - 2, "are"))))
            }
            // "Sentencing is June 12", "when she is sentenced": the step a court schedules
            "sentencing" => next_is("is") || next_is("set"),
            "sentenced" => i > 0 && (is(i - 1, "is") || is(i - 1, "are")),
            "next" => !next_is("to"),
            _ => false,
        };
        if future {
            return Some(true);
        }
        if !before {
            return None;
        }
        const PAST: &[&str] = &[
            "said",
            "told",
            "announced",
            "reported",
            "confirmed",
            "added",
            "stated",
            "declared",
            "was",
            "were",
            "had",
            "did",
            "met",
            "held",
            "began",
            "took",
            "came",
            "won",
            "lost",
            "died",
            "fell",
            "rose",
            "left",
            "hit",
            "struck",
            "saw",
            "made",
            "became",
            "fled",
            "broke",
            "sank",
            "shot",
            "swept",
            "spent",
            "spoke",
            "went",
            "gave",
            "got",
            "sold",
            "bought",
            "paid",
            "sent",
            "built",
            "wrote",
            "ran",
            "led",
            "fought",
            "brought",
            "thought",
            "caught",
            "found",
            "kept",
            "felt",
            "stood",
            "chose",
            "drove",
            "flew",
            "grew",
            "knew",
            "threw",
            "drew",
            "froze",
            "stole",
            "tore",
            "hid",
            "rode",
            "shook",
            "woke",
            "sought",
            "sat",
            "quit",
            "slid",
            "sang",
            "swam",
            "rang",
            "arose",
            "withdrew",
            "overtook",
            "undertook",
            "upheld",
            "overthrew",
            "stuck",
            "dealt",
            "meant",
            "lent",
            "laid",
            "fed",
            "swore",
            "bore",
            "forgave",
            "oversaw",
            "overcame",
            "mistook",
            "wound",
            "ago",
            "yesterday",
            "last",
        ];
        let passive = i > 0 && ["be", "been", "being"].iter().any(|w| is(i - 1, w));
        if passive {
            return None;
        }
        let not_past = [
            "scheduled",
            "expected",
            "planned",
            "slated",
            "proposed",
            "needed",
            "required",
            "based",
            "red",
            "bed",
            "need",
            "speed",
            "seed",
            "feed",
            "indeed",
            "united",
        ];
        if PAST.contains(&lw.as_str())
            || (lw.ends_with("ed") && lw.len() > 4 && !not_past.contains(&lw.as_str()))
        {
            return Some(false);
        }
        None
    };
    for i in (b0..s).rev() {
        if let Some(f) = cue(i, true) {
            return Some(f);
        }
    }
    // After the expression, the nearest cue decides: "On Thursday, ministers will meet"
    // is future, "Kenya and Japan on Monday signed a pact that will cut tariffs" past.
    (e..b1).find_map(|i| cue(i, true)).filter(|future| *future)
}
