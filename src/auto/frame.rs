//! What a generic figure is relative to, and whom it belongs to: its *role* (a result,
//! the analysts' consensus, a change, the level something moved from, a margin) and its *subject*
//! place ("in the Philippines", "Yen Bai province", "the hamlet of Lang Nu").
//!
//! Two figures of different roles are different facts however alike their words: "a
//! 0.25-point cut" is not "a 5% rate", "analysts expected $12.9 billion" is not "revenue
//! was $12.83 billion", "finished 3:27 behind" is not "finished in 2:00:35". Two figures
//! of different subject places are different facts too: a province's toll is not the
//! country's. Both are read from the words of the figure's own segment of its clause, so
//! a reading needs no other article.

use super::words::Token;

/// The role of a figure in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// What happened or was reported: the default.
    Result,
    /// What analysts expected: a consensus, an average estimate, a poll. (What the
    /// subject itself expects or promises stays a result: "it expects $400 million in
    /// savings" and "it has promised $400 million" are one figure.)
    Consensus,
    /// A change: "cut by 0.25%", "rose 2.1%", "a 15% drop".
    Change,
    /// The level something moved from: "from 5.25% to 5%".
    From,
    /// A difference to someone else: "three minutes behind", "ahead of".
    Margin,
}

impl Role {
    /// The role's name in a blocking key (empty for a result).
    pub fn key(self) -> &'static str {
        match self {
            Role::Result => "",
            Role::Consensus => "consensus",
            Role::Change => "change",
            Role::From => "from",
            Role::Margin => "margin",
        }
    }
}

/// Words that make a figure an expectation when they stand near it in its segment.
const FORECAST: &[&str] = &[
    "expected",
    "expecting",
    "expects",
    "expect",
    "expectation",
    "expectations",
    "forecast",
    "forecasts",
    "forecasting",
    "estimate",
    "estimates",
    "estimated",
    "consensus",
    "analysts",
    "analyst",
    "projected",
    "projects",
    "projection",
    "guidance",
    "outlook",
    "predicted",
    "predicts",
    "anticipated",
    "target",
    "targets",
    "poll",
    "polled",
];

/// Words that make an expectation the analysts' rather than the subject's own.
const ANALYSTS: &[&str] = &[
    "analysts",
    "analyst",
    "consensus",
    "poll",
    "polled",
    "average",
    "street",
    "economists",
    "estimates",
    "estimate",
];

/// Verbs and nouns of change right before ("rose 2%", "cut by") or after ("a 2% rise")
/// a figure.
const CHANGE_BEFORE: &[&str] = &[
    "by",
    "rose",
    "rise",
    "rising",
    "fell",
    "fall",
    "falling",
    "dropped",
    "drop",
    "jumped",
    "jump",
    "climbed",
    "gained",
    "lost",
    "slid",
    "slipped",
    "tumbled",
    "plunged",
    "plummeted",
    "soared",
    "surged",
    "declined",
    "increased",
    "decreased",
    "up",
    "down",
    "added",
    "shed",
];
const CHANGE_AFTER: &[&str] = &[
    "cut",
    "rise",
    "increase",
    "drop",
    "fall",
    "decline",
    "jump",
    "gain",
    "loss",
    "reduction",
    "hike",
    "higher",
    "lower",
    "up",
    "down",
];
/// Words right after a figure that make it a difference to someone else.
const MARGIN_AFTER: &[&str] = &["behind", "ahead", "faster", "slower", "clear", "adrift"];

/// Words that make the event a date is given for an earlier one of its kind ("the last
/// meeting in June", "at the previous summit on May 3").
const EARLIER: &[&str] = &["last", "previous", "prior", "preceding", "earlier"];

/// The role of a date starting at byte `ds`, from the tokens of its segment: `previous`
/// when an earlier occurrence of the event is dated ("the BoE's last meeting in June"),
/// which is another fact than this one's date; else empty. The marker must stand before
/// a word of the event just ahead of the date ("last meeting in June"); in "last week"
/// it is the date's own word.
pub fn date_role(toks: &[&Token], ds: usize) -> &'static str {
    let before: Vec<&str> = toks
        .iter()
        .filter(|t| t.end <= ds)
        .map(|t| t.lower.as_str())
        .collect();
    let near = &before[before.len().saturating_sub(4)..];
    let earlier = near
        .windows(2)
        .any(|p| EARLIER.contains(&p[0]) && !super::words::is_stopword(p[1]));
    if earlier { "previous" } else { "" }
}

/// How many words on each side of a figure its role is read from.
pub(crate) const ROLE_WINDOW: usize = 6;

/// How many words before a figure, in its whole clause, an expectation word reaches
/// ("analysts were expecting earnings of 10 cents a share on revenue of $12.9 billion").
const FORECAST_REACH: usize = 12;

/// The role of the figure at byte span `fs..fe`, from the tokens of its segment
/// (`toks`, in order), those of its whole clause (`clause`: an expectation reaches across
/// the clause's other figures) and the text.
pub fn role(text: &str, toks: &[&Token], clause: &[&Token], fs: usize, fe: usize) -> Role {
    let before: Vec<&str> = toks
        .iter()
        .filter(|t| t.end <= fs)
        .map(|t| t.lower.as_str())
        .collect();
    let after: Vec<&str> = toks
        .iter()
        .filter(|t| t.start >= fe)
        .map(|t| t.lower.as_str())
        .collect();
    let near_before = &before[before.len().saturating_sub(ROLE_WINDOW)..];
    // "from X to Y": the level it moved from.
    // The segment may end at the figure ("from 5.25% | to 5%"): the text says what follows.
    let to_next = text
        .get(fe..)
        .map(str::trim_start)
        .and_then(|t| t.get(..3))
        .is_some_and(|t| t.eq_ignore_ascii_case("to "));
    if near_before.last() == Some(&"from") && (after.first() == Some(&"to") || to_next) {
        return Role::From;
    }
    if after.first().is_some_and(|w| MARGIN_AFTER.contains(w)) {
        return Role::Margin;
    }
    let clause_before: Vec<&str> = clause
        .iter()
        .filter(|t| t.end <= fs)
        .map(|t| t.lower.as_str())
        .collect();
    let reach = &clause_before[clause_before.len().saturating_sub(FORECAST_REACH)..];
    let after_words = sentence_after(clause, toks, fe);
    if reach.iter().any(|w| FORECAST.contains(w)) || forecast_after(&after_words) {
        let by_analysts = reach
            .iter()
            .chain(after_words.iter())
            .any(|w| ANALYSTS.contains(w));
        if by_analysts {
            return Role::Consensus;
        }
    }
    // A change word right before the figure ("by 0.25%", "fell 2.1%"), or right after it
    // ("a 2.1% drop"); "more"/"less" after a figure only when joined to it by a hyphen,
    // since apart they begin a comparison ("2,000 more people", "more than").
    let hyphened_after = text[fe..].starts_with('-');
    if near_before
        .last()
        .is_some_and(|w| CHANGE_BEFORE.contains(w))
        || after.first().is_some_and(|w| {
            CHANGE_AFTER.contains(w) || (hyphened_after && matches!(*w, "more" | "less"))
        })
    {
        return Role::Change;
    }
    Role::Result
}

/// Words that make a count a change of a workforce, a fleet or a stock rather than its
/// level: "cut 15,000 jobs", "layoffs will affect 17,500 employees", "reducing headcount
/// by 15,000", "plans to hire 2,000".
const COUNT_CHANGE: &[&str] = &[
    "cut",
    "cuts",
    "cutting",
    "reduce",
    "reduces",
    "reduced",
    "reducing",
    "reduction",
    "reductions",
    "slash",
    "slashes",
    "slashed",
    "slashing",
    "eliminate",
    "eliminates",
    "eliminated",
    "eliminating",
    "elimination",
    "layoff",
    "layoffs",
    "shed",
    "sheds",
    "shedding",
    "axe",
    "axes",
    "axed",
    "axing",
    "trim",
    "trims",
    "trimmed",
    "trimming",
    "remove",
    "removes",
    "removed",
    "removing",
    "hire",
    "hires",
    "hired",
    "hiring",
    "add",
    "adds",
    "added",
    "adding",
    "create",
    "creates",
    "created",
    "creating",
];

/// How many words before a count a change word reaches ("the layoffs will affect about").
const COUNT_CHANGE_REACH: usize = 5;

/// The role of a count: a change when a change word stands just before it and it is not
/// the level reached ("cut to 100,000 staff"), else a level (the default role).
pub fn count_role(toks: &[&Token], fs: usize) -> Role {
    let before = &toks[..toks.partition_point(|t| t.end <= fs)];
    if matches!(before.last().map(|t| t.lower.as_str()), Some("to" | "from")) {
        return Role::Result;
    }
    let reach = &before[before.len().saturating_sub(COUNT_CHANGE_REACH)..];
    if reach
        .iter()
        .any(|t| COUNT_CHANGE.contains(&t.lower.as_str()))
    {
        Role::Change
    } else {
        Role::Result
    }
}

/// The words after a figure up to the end of the sentence's tokens given.
fn sentence_after<'a>(clause: &[&'a Token], seg: &[&'a Token], fe: usize) -> Vec<&'a str> {
    let mut all: Vec<&Token> = clause.iter().chain(seg).copied().collect();
    all.sort_by_key(|t| t.start);
    all.dedup_by_key(|t| t.start);
    all.iter()
        .filter(|t| t.start >= fe)
        .take(ROLE_WINDOW)
        .map(|t| t.lower.as_str())
        .collect()
}

/// An expectation named right after a figure: "$4bn estimate", "$4.1 billion that was
/// the consensus" (a currency's letters, "U.S.", may stand between). A result followed by
/// what it beat ("$3.9 billion, beating estimates") is not one.
fn forecast_after(after: &[&str]) -> bool {
    let mut rest = after;
    while let [w, tail @ ..] = rest
        && matches!(*w, "u" | "s" | "us" | "usd" | "dollars")
    {
        rest = tail;
    }
    match rest {
        [w, ..] if FORECAST.contains(w) => true,
        ["that" | "which", "was" | "is" | "were" | "are", tail @ ..] => {
            tail.iter().take(3).any(|w| FORECAST.contains(w))
        }
        _ => false,
    }
}

/// Place words that follow a name ("Yen Bai province") or precede "of" and a name ("the
/// province of Yen Bai").
const PLACE_NOUNS: &[&str] = &[
    "province",
    "provinces",
    "state",
    "county",
    "district",
    "region",
    "prefecture",
    "commune",
    "village",
    "hamlet",
    "town",
    "city",
    "island",
    "islands",
];

/// Words that may stand between "in" and a place name ("in northern Vietnam").
const PLACE_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "the",
    "neighbouring",
    "neighboring",
];

/// Capitalized words that are not places even after "in" (months, days, titles).
const NOT_PLACES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "total",
    "all",
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "their",
    "his",
    "her",
    "our",
    "addition",
    "response",
    "part",
];

/// Nouns of institutions whose seat an "in" after them names ("a court in Hamburg", "the
/// embassy in Kabul"): where they sit, not where the figure holds.
const SEATS: &[&str] = &[
    "court",
    "courts",
    "tribunal",
    "judge",
    "judges",
    "embassy",
    "embassies",
    "consulate",
    "headquarters",
    "based",
];

/// Words a sentence may open with before its subject.
const OPENERS: &[&str] = &[
    "however",
    "meanwhile",
    "but",
    "and",
    "also",
    "still",
    "separately",
];

/// Verbs of saying: an entity that says a figure is its speaker, not its owner.
const SAYS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "announced",
    "reported",
    "reports",
    "estimated",
];

/// The named entity a sentence opens with, lower case, when the document writes its
/// first word with a capital inside a sentence too (`capitals`): "Kestrel, which cut
/// 6,900 jobs, reported a margin of 10.5%" is Kestrel's. Empty when the sentence opens
/// with a common word ("Officials", "The company") or its entity only speaks ("Lehtivaara
/// said sales fell").
pub fn entity(text: &str, toks: &[Token], capitals: &std::collections::HashSet<String>) -> String {
    let mut i = 0;
    while toks
        .get(i)
        .is_some_and(|t| OPENERS.contains(&t.lower.as_str()))
    {
        i += 1;
    }
    let cap = |t: &Token| text[t.start..].starts_with(char::is_uppercase);
    let Some(first) = toks.get(i) else {
        return String::new();
    };
    if !cap(first)
        || !capitals.contains(&first.lower)
        || super::words::is_stopword(&first.lower)
        || NOT_PLACES.contains(&first.lower.as_str())
    {
        return String::new();
    }
    let mut j = i;
    while toks
        .get(j + 1)
        .is_some_and(|t| cap(t) && text[toks[j].end..t.start] == *" ")
    {
        j += 1;
    }
    // "Kestrel's margin": the possessive is the entity's too.
    let mut k = j + 1;
    if toks
        .get(k)
        .is_some_and(|t| t.lower == "s" && t.start == toks[j].end + 1)
    {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|t| SAYS.contains(&t.lower.as_str()))
    {
        return String::new();
    }
    first.lower.clone()
}

/// The subject place of a figure: a capitalized name after "in" (possibly after a
/// direction word), before a place noun ("Yen Bai province"), or after a place noun and
/// "of" ("the hamlet of Lang Nu"), anywhere in the figure's segment; lower case, words
/// joined by a space; empty when none is stated.
pub fn subject(text: &str, toks: &[&Token]) -> String {
    // A nationality is no place: "Vietnamese state broadcaster", "the Georgian
    // province" name the country's people, not a province of that name.
    let nationality = |w: &str| ["ese", "ian", "ish"].iter().any(|end| w.ends_with(end));
    let cap = |t: &Token| {
        text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && !NOT_PLACES.contains(&t.lower.as_str())
            && !nationality(&t.lower)
    };
    let run_from = |i: usize| -> Option<String> {
        let mut j = i;
        while j < toks.len() && cap(toks[j]) && j - i < 4 {
            j += 1;
        }
        (j > i).then(|| {
            toks[i..j]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    for (i, t) in toks.iter().enumerate() {
        let w = t.lower.as_str();
        if w == "in" && !(i > 0 && SEATS.contains(&toks[i - 1].lower.as_str())) {
            let mut k = i + 1;
            while k < toks.len() && PLACE_ADJECTIVES.contains(&toks[k].lower.as_str()) {
                k += 1;
            }
            // "in" starts a sentence-initial phrase rarely; the name must follow at once.
            if let Some(name) = run_from(k) {
                return name;
            }
        }
        if PLACE_NOUNS.contains(&w) {
            // "Yen Bai province": the capitalized run just before.
            let mut s = i;
            while s > 0 && cap(toks[s - 1]) && i - s < 4 {
                s -= 1;
            }
            if s < i {
                return toks[s..i]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            // "the hamlet of Lang Nu"
            if toks.get(i + 1).is_some_and(|t| t.lower == "of")
                && let Some(name) = run_from(i + 2)
            {
                return name;
            }
        }
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn read(text: &str, figure: &str) -> (Role, String) {
        let fs = text.find(figure).unwrap();
        let fe = fs + figure.len();
        let toks = tokens(text);
        let seg: Vec<&Token> = toks
            .iter()
            .filter(|t| t.end <= fs || t.start >= fe)
            .collect();
        (role(text, &seg, &seg, fs, fe), subject(text, &seg))
    }

    #[test]
    fn dates_of_an_earlier_occurrence() {
        let role_of = |text: &str, date: &str| {
            let toks = tokens(text);
            let seg: Vec<&Token> = toks.iter().collect();
            date_role(&seg, text.find(date).unwrap())
        };
        assert_eq!(
            role_of("It was last cut at the previous meeting in May.", "in May"),
            "previous"
        );
        assert_eq!(
            role_of(
                "Talks resumed after the last round on March 3.",
                "on March 3"
            ),
            "previous"
        );
        assert_eq!(role_of("The council met on Tuesday.", "on Tuesday"), "");
        assert_eq!(role_of("Prices rose last week.", "last week"), "");
        assert_eq!(
            role_of("The board voted at a meeting on Wednesday.", "on Wednesday"),
            ""
        );
    }

    #[test]
    fn a_level_moved_from_in_a_segment_cut_at_the_figure() {
        // Clauses part between two figures, so the segment ends at the first.
        let text = "Fees were reduced from 3.75% to 3.5%.";
        let fs = text.find("3.75%").unwrap();
        let fe = fs + "3.75%".len();
        let toks = tokens(text);
        let seg: Vec<&Token> = toks.iter().filter(|t| t.end <= fs).collect();
        assert_eq!(role(text, &seg, &seg, fs, fe), Role::From);
    }

    #[test]
    fn roles_of_figures() {
        let cases = [
            (
                "The council cut the levy by 0.5% on Monday.",
                "0.5%",
                Role::Change,
            ),
            (
                "The levy now stands at 4.5% after the decision.",
                "4.5%",
                Role::Result,
            ),
            ("It took the levy from 5% to 4.5%.", "5%", Role::From),
            ("It took the levy from 5% to 4.5%.", "4.5%", Role::Result),
            (
                "Shares of the miner fell 3.2% in early trade.",
                "3.2%",
                Role::Change,
            ),
            (
                "Analysts polled by the agency had expected $4.1 billion.",
                "$4.1 billion",
                Role::Consensus,
            ),
            (
                "Sales came in at $3.9 billion for the quarter.",
                "$3.9 billion",
                Role::Result,
            ),
            (
                "Sales were $3.9 billion against $4.1 billion that was the consensus.",
                "$4.1 billion",
                Role::Consensus,
            ),
            (
                "Sales were $3.9 billion, beating analysts' estimates.",
                "$3.9 billion",
                Role::Result,
            ),
            (
                "The firm forecast sales of $4 billion next year.",
                "$4 billion",
                Role::Result,
            ),
            (
                "She crossed the line 12 seconds behind the winner.",
                "12 seconds",
                Role::Margin,
            ),
            ("A 3% rise in prices surprised traders.", "3%", Role::Change),
            (
                "The plant employs 2,000 more people than last year.",
                "2,000",
                Role::Result,
            ),
        ];
        for (text, figure, want) in cases {
            assert_eq!(read(text, figure).0, want, "{text}");
        }
    }

    #[test]
    fn the_entity_a_sentence_opens_with() {
        let capitals: std::collections::HashSet<String> =
            ["kestrel", "veltra", "lehtivaara", "officials"]
                .map(String::from)
                .into();
        let of = |text: &str| entity(text, &tokens(text), &capitals);
        assert_eq!(
            of("Kestrel, which cut 6,900 jobs, had a margin of 10.5%."),
            "kestrel"
        );
        assert_eq!(of("However, Veltra Oyj forecast a margin of 9%."), "veltra");
        assert_eq!(of("Kestrel's margin rose to 10.5%."), "kestrel");
        // A speaker is no owner; a word the document capitalizes only at a sentence's
        // start is no name; a common word is none either.
        assert_eq!(of("Lehtivaara said sales fell 4%."), "");
        assert_eq!(of("Rivals cut 900 jobs."), "");
        assert_eq!(of("The company cut 900 jobs."), "");
    }

    #[test]
    fn subject_places() {
        let cases = [
            (
                "The floods killed 14 people in northern Ostravia on Sunday.",
                "14",
                "ostravia",
            ),
            ("Kessa Province reported 9 deaths overnight.", "9", "kessa"),
            (
                "A mudslide buried the hamlet of Dun Vale, killing 12.",
                "12",
                "dun vale",
            ),
            ("The storm killed 40 people, officials said.", "40", ""),
            ("In March the toll rose to 31.", "31", ""),
            (
                "A court in Ostravia sentenced the banker to nine years.",
                "nine years",
                "",
            ),
            (
                "The village was home to 52 families before the slide.",
                "52",
                "",
            ),
            (
                "Its 44 households were buried, Ruritanian state television said.",
                "44",
                "",
            ),
        ];
        for (text, figure, want) in cases {
            assert_eq!(read(text, figure).1, want, "{text}");
        }
    }
}
