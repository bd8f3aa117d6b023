//! The grammar of news time expressions, over the tokens of one segment.
//!
//! Matching is tried only at tokens that may start an expression (digits, month and
//! weekday names, number words, prepositions, qualifiers, `last`/`next`/…); at each such
//! token every form is tried and the longest wins. Forms are written the way news text
//! states a date in general, not for particular sentences.

use chrono::{Datelike, NaiveDate};

use super::calendar::{Hol, HolMode, Point, Rel, Sub, Unit, WdMode};
use super::lex::{HolWord, Kind, Lex, Tok};

// The forms of issue 11, in modules of their own beside this file (children of this
// module, so they use its token helpers).
#[path = "forms.rs"]
mod forms;
#[path = "holidays.rs"]
mod holidays;
#[path = "quarters.rs"]
mod quarters;
#[path = "relative.rs"]
mod relative;
#[path = "spans.rs"]
mod spans;
#[path = "words.rs"]
mod words;

/// The calendar meaning of a date-like expression before anchoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Core {
    Abs(Point),
    /// A month and day without a year: the occurrence nearest the anchor (the next one
    /// when the tense is future); with a weekday, the year whose date has that weekday.
    MonthDay(u32, u32, Option<u32>),
    Rel(Rel),
    /// Relative to the latest absolute date mentioned before, else to the anchor.
    Ana(Unit, i64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expr {
    Date(Core),
    Duration(String),
    Interval(Core, Core),
}

#[derive(Debug, Clone)]
pub(crate) struct Match {
    /// Token span of the extent, `[s, e)`.
    pub s: usize,
    pub e: usize,
    pub expr: Expr,
    pub qual: Option<&'static str>,
    pub prep: Option<&'static str>,
}

/// A date found at some position: extent start and end (tokens), meaning, modifier.
#[derive(Debug, Clone, Copy)]
struct DateM {
    s: usize,
    e: usize,
    core: Core,
    qual: Option<&'static str>,
}

/// Nouns counted by a number, after which a number is not a year.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "soldiers",
    "personnel",
    "civilians",
    "deaths",
    "cases",
    "votes",
    "voters",
    "members",
    "workers",
    "jobs",
    "homes",
    "houses",
    "residents",
    "refugees",
    "migrants",
    "children",
    "women",
    "men",
    "students",
    "tonnes",
    "tons",
    "kg",
    "km",
    "miles",
    "metres",
    "meters",
    "feet",
    "ft",
    "dollars",
    "euros",
    "pounds",
    "rubles",
    "roubles",
    "yen",
    "yuan",
    "rupees",
    "barrels",
    "words",
    "pages",
    "units",
    "vehicles",
    "cars",
    "tanks",
    "aircraft",
    "planes",
    "jets",
    "ships",
    "vessels",
    "points",
    "percent",
    "per",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "times",
    "fighters",
    "police",
    "officers",
    "protesters",
    "patients",
    "passengers",
    "families",
    "households",
    "companies",
    "firms",
    "schools",
    "square",
    "hectares",
    "acres",
    "calories",
    "copies",
    "seats",
    "delegates",
    "employees",
    "staff",
    "users",
    "customers",
    "visitors",
    "tourists",
    "games",
    "goals",
    "runs",
    "block",
    "yards",
    "mw",
    "gw",
    "mph",
    "kph",
    "degrees",
    "others",
    "more",
];

/// Words after which a bare number reads as a year.
const YEAR_PREPS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "til",
    "from",
    "during",
    "of",
    "before",
    "after",
    "through",
    "throughout",
    "thru",
    "to",
    "between",
    "into",
    "for",
    "circa",
    "ca",
    "c",
    "year",
    "early",
    "late",
    "mid",
    "around",
    "about",
    "fiscal",
    "fy",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Nouns of events and periods that a year may qualify: `the 2022 election`.
const YEAR_NOUNS: &[&str] = &[
    "season",
    "election",
    "elections",
    "campaign",
    "census",
    "olympics",
    "olympic",
    "world",
    "budget",
    "summit",
    "vote",
    "referendum",
    "poll",
    "polls",
    "invasion",
    "war",
    "crisis",
    "pandemic",
    "earthquake",
    "quake",
    "tsunami",
    "attack",
    "attacks",
    "uprising",
    "revolution",
    "coup",
    "ceasefire",
    "agreement",
    "deal",
    "accord",
    "treaty",
    "law",
    "act",
    "report",
    "survey",
    "study",
    "plan",
    "strategy",
    "target",
    "targets",
    "deadline",
    "levels",
    "level",
    "figures",
    "data",
    "edition",
    "final",
    "finals",
    "championship",
    "tournament",
    "cup",
    "race",
    "midterms",
    "midterm",
    "primary",
    "primaries",
    "protests",
    "riots",
    "floods",
    "flood",
    "drought",
    "famine",
    "recession",
    "crash",
    "bombing",
    "bombings",
    "massacre",
    "killings",
    "shooting",
    "fire",
    "fires",
    "wildfires",
    "hurricane",
    "storm",
    "financial",
    "general",
    "presidential",
    "parliamentary",
    "legislative",
    "local",
    "national",
    "federal",
    "annual",
    "fiscal",
    "constitution",
    "decision",
    "ruling",
    "talks",
    "conference",
    "games",
    "visit",
    "meeting",
    "merger",
    "takeover",
    "ipo",
    "outbreak",
    "model",
    "harvest",
    "winter",
    "summer",
    "spring",
    "autumn",
    "was",
    "were",
    "saw",
    "marked",
    "had",
    "has",
    "will",
    "is",
];

/// Capitalised words after a weekday that make it a name (`Sunday Times`).
const WEEKDAY_NAME_NEXT: &[&str] = &[
    "times",
    "telegraph",
    "express",
    "mirror",
    "post",
    "herald",
    "mail",
    "star",
    "sport",
    "independent",
    "tribune",
    "review",
    "magazine",
    "edition",
    "people",
    "world",
    "school",
    "club",
    "league",
    "service",
    "services",
    "market",
    "show",
    "night",
];

/// Capitalised words before a weekday or season that make it a name (`Good Friday`).
const DAY_NAME_PREV: &[&str] = &[
    "black",
    "good",
    "easter",
    "ash",
    "cyber",
    "super",
    "bloody",
    "holy",
    "palm",
    "maundy",
    "shrove",
    "giving",
    "arab",
    "prague",
    "silent",
    "white",
    "green",
    "red",
    "blue",
    "sheffield",
];

pub(crate) struct Grammar<'a> {
    pub text: &'a str,
    pub t: &'a [Tok],
    pub month_first: bool,
}

#[derive(Debug, Clone, Copy)]
struct NumV {
    /// Whole part.
    n: u32,
    /// Plus one half.
    half: bool,
    /// Written `a`/`an`.
    article: bool,
}

impl<'a> Grammar<'a> {
    // ---- token access -------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }

    fn s(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) => self.text.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    fn is(&self, i: usize, w: &str) -> bool {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Word => self.s(i).eq_ignore_ascii_case(w),
            _ => false,
        }
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Word && t.len() <= 16 => {
                let s = self.s(i);
                ws.iter().any(|w| s.eq_ignore_ascii_case(w))
            }
            _ => false,
        }
    }

    fn p(&self, i: usize, c: char) -> bool {
        matches!(self.t.get(i), Some(t) if t.kind == Kind::Punct(c))
    }

    fn dash(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if matches!(t.kind, Kind::Punct('-' | '–')))
    }

    /// Token `i` follows the previous one without whitespace.
    fn adj(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if !t.sp)
    }

    fn word(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if t.kind == Kind::Word)
    }

    fn cap(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if t.kind == Kind::Word && t.cap)
    }

    fn num(&self, i: usize) -> Option<u32> {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Num => Some(t.num),
            _ => None,
        }
    }

    fn digits(&self, i: usize) -> usize {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Num => t.len(),
            _ => 0,
        }
    }

    fn lex(&self, i: usize) -> Lex {
        self.t.get(i).map_or(Lex::Other, |t| t.lex)
    }

    /// Token `i` is at a sentence start (first of the segment or after `.!?` or a
    /// quote).
    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 || i > self.t.len() {
            return true;
        }
        let mut j = i;
        while j > 0 {
            j -= 1;
            match self.t[j].kind {
                Kind::Punct('"' | '\'' | '(' | '[' | '“' | '‘') => continue,
                Kind::Punct('.' | '!' | '?' | ':' | '—' | '–' | '-') => return true,
                _ => return false,
            }
        }
        true
    }

    // ---- scanning -----------------------------------------------------------------

    pub fn scan(&self, out: &mut Vec<Match>) {
        let n = self.t.len();
        let mut i = 0;
        while i < n {
            let t = &self.t[i];
            let may = match t.kind {
                Kind::Num => true,
                Kind::Word => match t.lex {
                    Lex::Other => false,
                    // `New`, `Black`, `St`: only when a holiday's name goes on.
                    Lex::HolidayGate(_) => self.holiday_name(i).is_some(),
                    _ => true,
                },
                Kind::Punct(c) => c == '\'',
            };
            // Only where a number or time word follows closely.
            let near = may
                && (matches!(t.lex, Lex::HolidayGate(_))
                    || self.t[i..n.min(i + 9)].iter().any(Tok::core));
            if near && let Some(m) = self.best_at(i) {
                i = m.e.max(i + 1);
                out.push(m);
                continue;
            }
            i += 1;
        }
    }

    fn best_at(&self, i: usize) -> Option<Match> {
        let (prep, j) = self.prep(i);
        let (qual, k) = self.qualifier(j);
        let year_ctx = prep.is_some_and(|p| YEAR_PREPS.contains(&p) || p == "as of")
            || qual.is_some_and(|q| {
                matches!(
                    q,
                    "as early as"
                        | "as late as"
                        | "around"
                        | "about"
                        | "circa"
                        | "roughly"
                        | "approximately"
                        | "no later than"
                        | "no earlier than"
                )
            })
            || (k > 0 && self.is_any(k.wrapping_sub(1), YEAR_PREPS));
        let mut best: Option<Match> = None;
        let mut consider = |m: Option<Match>| {
            if let Some(m) = m
                && best.as_ref().is_none_or(|b| m.e > b.e)
            {
                best = Some(m);
            }
        };
        if qual.is_none() {
            consider(self.period_range(k, prep));
            consider(self.interval(k, prep));
            consider(self.bare_range(k, prep));
            consider(self.to_date(k, prep));
            if let Some((e, a, b)) = self.the_month_range(k) {
                consider(Some(Match {
                    s: k,
                    e,
                    expr: Expr::Interval(a, b),
                    qual: None,
                    prep,
                }));
            }
            // "in three weeks": an offset when the clause points ahead
            if prep == Some("in")
                && let Some((e, core, time)) = self.offset_in(k)
                && (time || super::tense(self, k, e, super::Mode::Scheduled) == Some(true))
            {
                consider(Some(Match {
                    s: k,
                    e,
                    expr: Expr::Date(core),
                    qual: None,
                    prep,
                }));
            }
        }
        if let Some(d) = self.date(k, year_ctx) {
            let since = match prep {
                Some("since") => Some("since"),
                Some("until" | "till") => Some("until"),
                _ => None,
            };
            // "late on Friday": the preposition after the modifier
            let prep = if d.s > k && self.is(d.s - 1, "on") {
                Some("on")
            } else {
                prep
            };
            consider(Some(Match {
                s: if qual.is_some() { j } else { d.s },
                e: d.e,
                expr: Expr::Date(d.core),
                qual: d.qual.or(qual).or(since),
                prep,
            }));
        }
        if let Some((s, e, v)) = self.duration(k, prep.is_some() || qual.is_some()) {
            consider(Some(Match {
                s: if qual.is_some() { j } else { s },
                e,
                expr: Expr::Duration(v),
                qual,
                prep,
            }));
        }
        if let Some((e, v)) = self.compound_duration(k) {
            consider(Some(Match {
                s: if qual.is_some() { j } else { k },
                e,
                expr: Expr::Duration(v),
                qual,
                prep,
            }));
        }
        if let Some((e, v)) = self.couple(k) {
            consider(Some(Match {
                s: k,
                e,
                expr: Expr::Duration(v),
                qual: Some(qual.unwrap_or("about")),
                prep,
            }));
        }
        let mut m = best?;
        if m.prep.is_some() && m.s > i {
            // The preposition sits right before the extent (or before its qualifier).
        } else {
            m.prep = None;
        }
        Some(m)
    }

    /// A leading temporal preposition, kept outside the extent.
    fn prep(&self, i: usize) -> (Option<&'static str>, usize) {
        let Some(t) = self.tok(i) else {
            return (None, i);
        };
        if t.kind != Kind::Word || t.lex != Lex::Trigger {
            return (None, i);
        }
        const PREPS: &[&str] = &[
            "in",
            "on",
            "at",
            "by",
            "from",
            "since",
            "during",
            "until",
            "till",
            "through",
            "throughout",
            "before",
            "after",
            "for",
            "within",
            "between",
            "into",
        ];
        if self.is(i, "at") && self.is_any(i + 1, &["least", "most"]) {
            return (None, i);
        }
        if self.is(i, "as") && self.is(i + 1, "of") {
            return (Some("as of"), i + 2);
        }
        if self.is(i, "up") && self.is_any(i + 1, &["until", "till"]) {
            return (Some("until"), i + 2);
        }
        if self.is_any(i, &["til", "till"]) {
            return (Some("until"), i + 1);
        }
        if self.is(i, "thru") {
            return (Some("through"), i + 1);
        }
        if self.is(i, "over")
            && (self.is(i + 1, "the")
                || matches!(self.lex(i + 1), Lex::Holiday(_) | Lex::HolidayGate(_)))
        {
            return (Some("over"), i + 1);
        }
        for p in PREPS {
            if self.is(i, p) {
                return (Some(p), i + 1);
            }
        }
        (None, i)
    }

    /// A hedging qualifier, kept inside the extent.
    fn qualifier(&self, i: usize) -> (Option<&'static str>, usize) {
        let Some(t) = self.tok(i) else {
            return (None, i);
        };
        if t.kind != Kind::Word || t.lex != Lex::Trigger {
            return (None, i);
        }
        const TWO: &[(&str, &str, &str)] = &[
            ("more", "than", "more than"),
            ("at", "least", "at least"),
            ("at", "most", "at most"),
            ("less", "than", "less than"),
            ("fewer", "than", "fewer than"),
            ("up", "to", "up to"),
            ("just", "over", "just over"),
            ("just", "under", "just under"),
            ("well", "over", "well over"),
            ("close", "to", "close to"),
            ("some", "", "some"),
        ];
        const THREE: &[(&str, &str, &str, &str)] = &[
            ("as", "early", "as", "as early as"),
            ("as", "late", "as", "as late as"),
            ("as", "long", "as", "as long as"),
            ("as", "many", "as", "as many as"),
            ("as", "much", "as", "as much as"),
            ("no", "later", "than", "no later than"),
            ("no", "earlier", "than", "no earlier than"),
            ("no", "more", "than", "no more than"),
            ("as", "recently", "as", "as recently as"),
        ];
        for (a, b, c, q) in THREE {
            if self.is(i, a) && self.is(i + 1, b) && self.is(i + 2, c) {
                return (Some(q), i + 3);
            }
        }
        for (a, b, q) in TWO {
            if self.is(i, a) && (b.is_empty() || self.is(i + 1, b)) {
                let k = if b.is_empty() { i + 1 } else { i + 2 };
                if *q == "some" && !self.number_starts(k) {
                    return (None, i);
                }
                return (Some(q), k);
            }
        }
        for q in [
            "almost",
            "nearly",
            "about",
            "around",
            "roughly",
            "approximately",
            "circa",
            "ca",
            "c",
        ] {
            if self.is(i, q) {
                let mut k = i + 1;
                if matches!(q, "ca" | "c") {
                    if !self.p(k, '.') {
                        return (None, i);
                    }
                    k += 1;
                }
                let q = if matches!(q, "ca" | "c") { "circa" } else { q };
                return (Some(q), k);
            }
        }
        if self.is_any(i, &["over", "under"]) && self.number_starts(i + 1) {
            return (
                Some(if self.is(i, "over") { "over" } else { "under" }),
                i + 1,
            );
        }
        (None, i)
    }

    fn number_starts(&self, i: usize) -> bool {
        self.num(i).is_some()
            || matches!(self.lex(i), Lex::NumWord(_))
            || self.is_any(i, &["a", "an", "half"])
    }

    // ---- numbers ------------------------------------------------------------------

    /// A count: digits (with thousands commas, `.5`), number words, `a`/`an`.
    fn number(&self, i: usize) -> Option<(usize, NumV)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                if self.money_before(i) {
                    return None;
                }
                let mut n = t.num;
                let mut e = i + 1;
                // Thousands: 1,000
                while self.p(e, ',') && self.adj(e) && self.adj(e + 1) && self.digits(e + 1) == 3 {
                    n = n.saturating_mul(1000).saturating_add(self.num(e + 1)?);
                    e += 2;
                }
                let mut half = false;
                if self.p(e, '.') && self.adj(e) && self.adj(e + 1) && self.num(e + 1).is_some() {
                    if self.s(e + 1) == "5" {
                        half = true;
                        e += 2;
                    } else {
                        return None;
                    }
                }
                if n > 100_000 {
                    return None;
                }
                Some((
                    e,
                    NumV {
                        n,
                        half,
                        article: false,
                    },
                ))
            }
            Kind::Word => {
                if self.is_any(i, &["a", "an"]) {
                    if self.is(i + 1, "dozen") {
                        return Some((
                            i + 2,
                            NumV {
                                n: 12,
                                half: false,
                                article: false,
                            },
                        ));
                    }
                    if self.is(i + 1, "hundred") {
                        return Some((
                            i + 2,
                            NumV {
                                n: 100,
                                half: false,
                                article: false,
                            },
                        ));
                    }
                    return Some((
                        i + 1,
                        NumV {
                            n: 1,
                            half: false,
                            article: true,
                        },
                    ));
                }
                let Lex::NumWord(mut n) = t.lex else {
                    return None;
                };
                let mut e = i + 1;
                if n >= 20 && n % 10 == 0 && n < 100 {
                    // twenty-five, twenty five
                    let k = if self.p(e, '-') && self.adj(e) {
                        e + 1
                    } else {
                        e
                    };
                    if let Lex::NumWord(u) = self.lex(k)
                        && u < 10
                    {
                        n += u;
                        e = k + 1;
                    }
                }
                if self.is(e, "hundred") {
                    n *= 100;
                    e += 1;
                }
                Some((
                    e,
                    NumV {
                        n,
                        half: false,
                        article: false,
                    },
                ))
            }
            _ => None,
        }
    }

    fn money_before(&self, i: usize) -> bool {
        i > 0
            && self.adj(i)
            && matches!(self.t[i - 1].kind, Kind::Punct('$' | '£' | '€' | '¥' | '#'))
    }

    // ---- years --------------------------------------------------------------------

    /// Token `i` is a four-digit number that can be a year, standing alone as a number
    /// (not `15,000`, `737-800`, `$2020`, `No. 10`, `2020%`, `2,000 troops`).
    fn year_tok(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.len() != 4 || !(1000..=2199).contains(&t.num) {
            return None;
        }
        // Before: glued punctuation with a number or money sign.
        if i > 0 && self.adj(i) {
            match self.t[i - 1].kind {
                Kind::Punct('$' | '£' | '€' | '¥' | '#' | '/' | ':' | '+') => return None,
                Kind::Punct(',' | '.' | '-' | '–')
                    if i >= 2 && self.t[i - 2].kind == Kind::Num && self.adj(i.wrapping_sub(1)) =>
                {
                    return None;
                }
                Kind::Word => return None,
                _ => {}
            }
        }
        // "No. 10", "Room 2020", "Flight 1549", "Resolution 2231": a capitalised label.
        if i > 0 && self.t[i - 1].kind == Kind::Word && self.t[i - 1].cap && !self.adj(i) {
            let prev = self.s(i.wrapping_sub(1));
            let ok = matches!(
                self.lex(i.wrapping_sub(1)),
                Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Season(_)
            ) || self.is_any(i.wrapping_sub(1), YEAR_PREPS)
                || self.is_any(i.wrapping_sub(1), &["fiscal", "fy", "the", "q", "h"])
                || self.sentence_start(i.wrapping_sub(1))
                    && self.is_any(i.wrapping_sub(1), &["in", "since", "by"]);
            if !ok && !prev.is_empty() {
                return None;
            }
        }
        if i >= 2
            && self.p(i.wrapping_sub(1), '.')
            && self.is_any(i.wrapping_sub(2), &["no", "nos", "art", "sec", "p", "pp"])
        {
            return None;
        }
        // After: glued number continuation or unit.
        if let Some(nt) = self.tok(i + 1)
            && !nt.sp
        {
            match nt.kind {
                Kind::Punct(',' | '.' | ':' | '/')
                    if self.num(i + 2).is_some() && self.adj(i + 2) =>
                {
                    return None;
                }
                // ranges are read by the interval rule; "2024-page" is no year
                Kind::Punct('-' | '–') if self.num(i + 2).is_some() || self.word(i + 2) => {
                    return None;
                }
                Kind::Punct('%') => return None,
                Kind::Word => return None,
                Kind::Num => return None,
                _ => {}
            }
        }
        if self.tok(i + 1).is_some_and(|t| t.sp) && self.is_any(i + 1, COUNT_NOUNS) {
            return None;
        }
        Some(t.num as i32)
    }

    /// A year in a context that makes it one.
    fn year_in_context(&self, i: usize, ctx: bool) -> Option<(usize, i32)> {
        let y = self.year_tok(i)?;
        let possessive = self.p(i + 1, '\'') && self.adj(i + 1) && self.is(i + 2, "s");
        let prev_ctx = i > 0
            && (self.is_any(i.wrapping_sub(1), YEAR_PREPS)
                || (self.p(i.wrapping_sub(1), '(') && self.p(i + 1, ')'))
                || (self.p(i.wrapping_sub(1), '-')
                    && self.adj(i)
                    && self.is(i.wrapping_sub(2), "mid")));
        // Lists and pairs: "in both 2022 and 2024", "in 2018, 2019 or 2020".
        let year_before = |k: usize| {
            self.num(k)
                .is_some_and(|n| self.digits(k) == 4 && (1000..=2199).contains(&n))
                || self.is(k, "s") && self.num(k.wrapping_sub(1)).is_some()
        };
        let listed = i >= 2
            && ((self.is_any(i.wrapping_sub(1), &["both", "either"])
                && self.is_any(i.wrapping_sub(2), YEAR_PREPS))
                || (self.is_any(i.wrapping_sub(1), &["and", "or"])
                    || self.p(i.wrapping_sub(1), ','))
                    && year_before(i - 2));
        let next_noun = self.is_any(i + 1, YEAR_NOUNS) && !self.cap(i + 1)
            || self.is_any(i + 1, &["olympics", "world", "games", "census"]);
        let det_noun = i > 0
            && self.is_any(
                i.wrapping_sub(1),
                &["the", "its", "his", "her", "their", "this", "that", "a"],
            )
            && (1900..=2099).contains(&y)
            && self.word(i + 1)
            && !self.cap(i + 1)
            && !self.is_any(i + 1, COUNT_NOUNS);
        if ctx || possessive || prev_ctx || listed || next_noun || det_noun {
            Some((i + 1, y))
        } else {
            None
        }
    }

    // ---- dates --------------------------------------------------------------------

    /// A date-like expression at `i` (after any preposition and qualifier).
    fn date(&self, i: usize, ctx: bool) -> Option<DateM> {
        self.tok(i)?;
        let mut best: Option<DateM> = None;
        let mut consider = |m: Option<DateM>| {
            if let Some(m) = m
                && best.is_none_or(|b| m.e > b.e)
            {
                best = Some(m);
            }
        };
        // Modifiers: early/late/mid/the end of …
        let (the, j) = if self.is(i, "the") {
            (true, i + 1)
        } else {
            (false, i)
        };
        if let Some((q, k)) = self.modifier(j) {
            let of = matches!(q, "end" | "start") || (q == "mid" && !self.dash(j + 1));
            if let Some((e, core, _)) = self.core(k, true, of) {
                consider(Some(DateM {
                    s: i,
                    e,
                    core,
                    qual: Some(q),
                }));
            }
            // "late on Friday", "early on Tuesday": the day, with the modifier
            if matches!(q, "early" | "late")
                && self.is(k, "on")
                && let Some((e, core, _)) = self.core(k + 1, false, false)
                && day_level(&core)
            {
                consider(Some(DateM {
                    s: k + 1,
                    e,
                    core,
                    qual: Some(q),
                }));
            }
        }
        if the && let Some((e, core, true)) = self.core(i, ctx, false) {
            consider(Some(DateM {
                s: i,
                e,
                core,
                qual: None,
            }));
        }
        if let Some((e, core, _)) = self.fiscal(j) {
            consider(Some(DateM {
                s: j,
                e,
                core,
                qual: Some("fiscal"),
            }));
        }
        if let Some((e, core, takes_the)) = self.core(j, ctx, false) {
            let s = if the && takes_the { i } else { j };
            consider(Some(DateM {
                s,
                e,
                core,
                qual: None,
            }));
        }
        if let Some((e, core, q)) = self.later_in(i) {
            consider(Some(DateM {
                s: i,
                e,
                core,
                qual: Some(q),
            }));
        }
        // "earlier this year", "later this month", "later that year"
        if self.is_any(i, &["earlier", "later"])
            && self.is_any(i + 1, &["this", "that", "in"])
            && let Some((e, core, _)) = self.core(i + 1, false, false)
        {
            let q = if self.is(i, "earlier") {
                "earlier"
            } else {
                "later"
            };
            consider(Some(DateM {
                s: i,
                e,
                core,
                qual: Some(q),
            }));
        }
        best
    }

    /// `early`, `late`, `mid-`, `the end of`, `the beginning of`, …; returns the
    /// qualifier and the token after it.
    fn modifier(&self, i: usize) -> Option<(&'static str, usize)> {
        if self.lex(i) != Lex::Trigger {
            return None;
        }
        if self.is(i, "early") || self.is(i, "late") {
            let q = if self.is(i, "early") { "early" } else { "late" };
            let k = if self.p(i + 1, '-') && self.adj(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some((q, k));
        }
        if self.is(i, "mid") {
            let k = if self.dash(i + 1) { i + 2 } else { i + 1 };
            return Some(("mid", k));
        }
        if self.is_any(i, &["end", "beginning", "start", "middle", "turn"]) && self.is(i + 1, "of")
        {
            let q = match self.s(i).to_ascii_lowercase().as_str() {
                "end" => "end",
                "middle" => "mid",
                _ => "start",
            };
            return Some((q, i + 2));
        }
        None
    }

    /// The date forms proper. Returns the end, the meaning, and whether a leading
    /// `the` belongs to the extent. `ctx`: the position reads as a year context.
    /// `of_the`: after `the end of`, where `the year`/`the month` mean the anchor's.
    fn core(&self, i: usize, ctx: bool, of_the: bool) -> Option<(usize, Core, bool)> {
        let t = *self.tok(i)?;
        let mut best: Option<(usize, Core, bool)> = None;
        let mut consider = |m: Option<(usize, Core, bool)>| {
            if let Some(m) = m
                && best.is_none_or(|b| m.0 > b.0)
            {
                best = Some(m);
            }
        };
        match t.kind {
            Kind::Num => {
                consider(self.abbr_numeric(i));
                consider(self.deadline_month_day(i));
                consider(self.numeric_month_year(i));
                consider(self.year_then_month(i));
                consider(self.year_quarter(i));
                consider(self.offset_from_now(i));
                consider(self.day_in_month(i));
                consider(self.numeric_date(i));
                consider(self.day_month(i));
                consider(self.decade(i));
                consider(self.century(i));
                consider(self.ordinal_part(i));
                consider(self.num_q_h(i));
                consider(self.month_week(i));
                if let Some((e, y)) = self.year_in_context(i, ctx) {
                    consider(Some((e, Core::Abs(Point::Year(y)), false)));
                }
                consider(self.ago(i));
                consider(self.anaphora(i));
            }
            Kind::Punct('\'') => {
                consider(self.decade(i));
                if (ctx || i > 0 && self.is_any(i - 1, YEAR_PREPS))
                    && let Some((e, y)) = self.apostrophe_year(i)
                {
                    consider(Some((e, Core::Abs(Point::Year(y)), false)));
                }
            }
            Kind::Word => {
                match t.lex {
                    Lex::Month(_) | Lex::MonthAbbr(_) => {
                        consider(self.month_led(i, ctx));
                        consider(self.abbr_numeric(i));
                    }
                    Lex::Weekday(_) => {
                        consider(self.weekday_led(i));
                        consider(self.weekday_of_week(i));
                    }
                    Lex::Season(_) => consider(self.season(i, ctx)),
                    Lex::Ord(_) => {
                        consider(self.day_in_month(i));
                        consider(self.ordinal_part(i));
                        consider(self.century(i));
                        consider(self.ordinal_day_month(i));
                        consider(self.month_week(i));
                    }
                    Lex::Holiday(_) | Lex::HolidayGate(_) => consider(self.holiday(i)),
                    Lex::NumWord(_) => {
                        consider(self.ago(i));
                        consider(self.century(i));
                        consider(self.anaphora(i));
                        consider(self.year_in_words(i));
                        consider(self.offset_from_now(i));
                        consider(self.ordinal_part(i));
                        consider(self.ordinal_day_month(i));
                        consider(self.day_in_month(i));
                        consider(self.month_week(i));
                    }
                    _ => {}
                }
                if matches!(t.lex, Lex::Trigger | Lex::TimeWord) {
                    consider(self.relative_word(i, of_the));
                    consider(self.ago(i));
                    consider(self.anaphora(i));
                    consider(self.offset_from_now(i));
                    consider(self.week_then_weekday(i));
                    if self.is(i, "the") {
                        consider(self.the_led(i, of_the));
                        consider(self.the_year_words(i));
                        consider(self.day_alone(i));
                        consider(self.decade_words(i));
                        consider(self.day_of_month_words(i));
                        consider(self.after_next(i));
                        consider(self.day_in_month(i));
                        consider(self.week_of(i));
                        consider(self.quarter_words(i));
                    }
                    consider(self.fiscal(i));
                    consider(self.q_h(i));
                    consider(self.quarter_slash(i));
                    consider(self.ordinal_part(i));
                    consider(self.month_week(i));
                    consider(self.quarter_ended(i));
                }
            }
            _ => {}
        }
        best
    }

    /// `2025-07-03`, `2025/07/03`, `07/03/2025`, `7/3/25`.
    fn numeric_date(&self, i: usize) -> Option<(usize, Core, bool)> {
        let a = self.num(i)?;
        let sep = match self.tok(i + 1)?.kind {
            Kind::Punct(c @ ('-' | '/' | '.')) => c,
            _ => return None,
        };
        if !(self.adj(i + 1)
            && self.adj(i + 2)
            && self.p(i + 3, sep)
            && self.adj(i + 3)
            && self.adj(i + 4))
        {
            return None;
        }
        let b = self.num(i + 2)?;
        let c = self.num(i + 4)?;
        // Glued continuation: part of a longer code.
        if self.adj(i + 5)
            && matches!(
                self.tok(i + 5).map(|t| t.kind),
                Some(Kind::Num | Kind::Word | Kind::Punct('-' | '/'))
            )
        {
            return None;
        }
        if i > 0 && self.adj(i) && !matches!(self.t[i - 1].kind, Kind::Punct('(' | '"' | '\'')) {
            return None;
        }
        let date = if self.digits(i) == 4 && self.digits(i + 2) <= 2 && self.digits(i + 4) <= 2 {
            if sep == '.' {
                return None;
            }
            NaiveDate::from_ymd_opt(a as i32, b, c)?
        } else if self.digits(i) <= 2
            && self.digits(i + 2) <= 2
            && (self.digits(i + 4) == 4 || self.digits(i + 4) == 2)
        {
            let y = if self.digits(i + 4) == 2 {
                if c < 70 { 2000 + c } else { 1900 + c }
            } else {
                c
            } as i32;
            if !(1000..=2199).contains(&y) {
                return None;
            }
            // Day-first with dots; otherwise the configured order, falling back to the
            // other when the first reading is impossible.
            let month_first = self.month_first && sep != '.';
            let (m, d) = if month_first { (a, b) } else { (b, a) };
            match NaiveDate::from_ymd_opt(y, m, d) {
                Some(x) => x,
                None => NaiveDate::from_ymd_opt(y, d, m)?,
            }
        } else {
            return None;
        };
        Some((i + 5, Core::Abs(Point::Day(date)), false))
    }

    /// A day number: `3`, `3rd`, `23d`; returns (end, day).
    fn day_num(&self, i: usize) -> Option<(usize, u32)> {
        let d = self.num(i)?;
        if self.digits(i) > 2 || !(1..=31).contains(&d) {
            return None;
        }
        if self.adj(i + 1) && self.is_any(i + 1, &["st", "nd", "rd", "th", "d"]) {
            return Some((i + 2, d));
        }
        if self.adj(i + 1) && self.word(i + 1) {
            return None;
        }
        if self.adj(i + 1)
            && (self.p(i + 1, ',') || self.p(i + 1, '.'))
            && self.num(i + 2).is_some()
            && self.adj(i + 2)
        {
            return None;
        }
        if self.adj(i + 1)
            && matches!(
                self.tok(i + 1).map(|t| t.kind),
                Some(Kind::Punct(':' | '%' | '/'))
            )
        {
            return None;
        }
        Some((i + 1, d))
    }

    /// A month name where it can be one; returns (end, month, full name?).
    fn month_name(&self, i: usize) -> Option<(usize, u32, bool)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word
            || !matches!(t.lex, Lex::Month(_) | Lex::MonthAbbr(_))
            || !t.cap && !self.lower_month_ok(i)
        {
            return None;
        }
        match t.lex {
            Lex::Month(m) => {
                let e = if self.p(i + 1, '.') && self.adj(i + 1) && self.num(i + 2).is_some() {
                    i + 2
                } else {
                    i + 1
                };
                Some((e, m, true))
            }
            Lex::MonthAbbr(m) => {
                let e = if self.p(i + 1, '.') && self.adj(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                Some((e, m, false))
            }
            _ => None,
        }
    }

    /// Year written after a month or day: `, 2025` or ` 2025`; returns (end, year).
    fn trailing_year(&self, i: usize) -> Option<(usize, i32)> {
        let k = if self.p(i, ',') { i + 1 } else { i };
        match self.year_tok(k) {
            Some(y) => Some((k + 1, y)),
            None => self.year_words(k),
        }
    }

    fn month_day_core(m: u32, d: u32, year: Option<i32>, wd: Option<u32>) -> Option<Core> {
        match year {
            Some(y) => Some(Core::Abs(Point::Day(NaiveDate::from_ymd_opt(y, m, d)?))),
            None => {
                // Reject impossible days (Feb 30) but keep Feb 29.
                NaiveDate::from_ymd_opt(2024, m, d)?;
                Some(Core::MonthDay(m, d, wd))
            }
        }
    }

    /// `July 3, 2025`, `Jul. 3`, `March 3rd`, `April 2025`, `April of 2025`, `April this
    /// year`, `April`.
    fn month_led(&self, i: usize, ctx: bool) -> Option<(usize, Core, bool)> {
        self.month_led_wd(i, ctx, None)
    }

    fn month_led_wd(&self, i: usize, ctx: bool, wd: Option<u32>) -> Option<(usize, Core, bool)> {
        let (k, m, full) = self.month_name(i)?;
        // Month Day [, Year]
        if let Some((e, d)) = self.day_num(k) {
            // not "March 2,000 people" and not a count: "May 30 protesters"
            if let Some((e2, y)) = self.trailing_year(e) {
                return Some((e2, Self::month_day_core(m, d, Some(y), wd)?, false));
            }
            if !self.is_any(e, &["percent", "per", "million", "billion", "people"]) {
                return Some((e, Self::month_day_core(m, d, None, wd)?, false));
            }
        }
        // "October the 27th", "March second 2004", "April the first"
        if let Some((e, d)) = self.ordinal_after_month(i, k) {
            if let Some((e2, y)) = self.trailing_year(e) {
                return Some((e2, Self::month_day_core(m, d, Some(y), wd)?, false));
            }
            return Some((e, Self::month_day_core(m, d, None, wd)?, false));
        }
        if wd.is_some() {
            return None;
        }
        // "Dec '98", "June of 92"
        if let Some((e, y)) = self.short_year_after_month(k) {
            return Some((e, Core::Abs(Point::Month(y, m)), false));
        }
        // Month [,|of] Year
        let k2 = if self.p(k, ',') || self.is(k, "of") {
            k + 1
        } else {
            k
        };
        if let Some(y) = self.year_tok(k2) {
            // "the September 2024 quarter": the quarter ending that month
            if m % 3 == 0 && self.is(k2 + 1, "quarter") {
                return Some((k2 + 2, Core::Abs(Point::Quarter(y, m / 3)), true));
            }
            return Some((k2 + 1, Core::Abs(Point::Month(y, m)), false));
        }
        // "the September quarter" (Indian and Australian reporting): the calendar
        // quarter ending that month.
        if m % 3 == 0
            && self.is(k, "quarter")
            && (i > 0
                && self.is_any(
                    i.wrapping_sub(1),
                    &["the", "its", "their", "this", "that", "last", "next"],
                )
                || self.is_any(
                    k + 1,
                    &[
                        "results", "earnings", "profit", "profits", "revenue", "sales", "numbers",
                        "figures", "growth", "gdp", "loss", "update",
                    ],
                ))
        {
            return Some((k + 1, Core::Rel(Rel::QuarterEnding(m)), true));
        }
        if !full {
            return None;
        }
        // Month [of] this/last/next year
        let k3 = if self.is(k, "of") { k + 1 } else { k };
        if self.is_any(k3, &["this", "last", "next"]) && self.is(k3 + 1, "year") {
            let off = if self.is(k3, "this") {
                0
            } else if self.is(k3, "last") {
                -1
            } else {
                1
            };
            return Some((k3 + 2, Core::Rel(Rel::SubYear(Sub::Month(m), off)), false));
        }
        // Month alone.
        if !self.month_alone_ok(i, ctx) {
            return None;
        }
        Some((k, Core::Rel(Rel::Sub(Sub::Month(m))), false))
    }

    /// A month name standing alone is a month: `in April`, `April's`, not `Theresa May`,
    /// `she may`, `June Sarpong`, `March Madness`.
    fn month_alone_ok(&self, i: usize, ctx: bool) -> bool {
        let prev_ctx = ctx
            || (i > 0
                && (self.is_any(
                    i.wrapping_sub(1),
                    &[
                        "in",
                        "since",
                        "by",
                        "until",
                        "till",
                        "from",
                        "during",
                        "of",
                        "through",
                        "throughout",
                        "before",
                        "after",
                        "early",
                        "late",
                        "mid",
                        "last",
                        "next",
                        "this",
                        "between",
                        "and",
                        "to",
                        "into",
                        "around",
                        "about",
                        "or",
                        "last",
                        "that",
                        "each",
                        "every",
                        "for",
                        "until",
                    ],
                ) || self.p(i.wrapping_sub(1), '-') && self.is(i.wrapping_sub(2), "mid")));
        let ambiguous = matches!(self.lex(i), Lex::Month(3 | 5));
        if ambiguous && !prev_ctx {
            return false;
        }
        // A capitalised word right after: a name ("June Sarpong", "March Madness").
        if self.cap(i + 1) && !matches!(self.lex(i + 1), Lex::Month(_) | Lex::Weekday(_)) {
            return false;
        }
        if !prev_ctx {
            // After a capitalised word (not a sentence start): a name.
            if i > 0 && self.cap(i.wrapping_sub(1)) && !self.sentence_start(i.wrapping_sub(1)) {
                return false;
            }
        }
        true
    }

    /// `3 July 2025`, `3rd March 2021`, `the 2nd of October 2016`, `14 March`.
    fn day_month(&self, i: usize) -> Option<(usize, Core, bool)> {
        self.day_month_wd(i, None)
    }

    fn day_month_wd(&self, i: usize, wd: Option<u32>) -> Option<(usize, Core, bool)> {
        let (k, d) = self.day_num(i)?;
        if i > 0
            && self.adj(i)
            && matches!(self.t[i - 1].kind, Kind::Punct(_))
            && !self.p(i.wrapping_sub(1), '(')
        {
            return None;
        }
        let k = if self.is(k, "of") { k + 1 } else { k };
        let (k2, m, _) = self.month_name(k)?;
        if let Some((e, y)) = self.trailing_year(k2) {
            return Some((e, Self::month_day_core(m, d, Some(y), wd)?, true));
        }
        Some((k2, Self::month_day_core(m, d, None, wd)?, true))
    }

    /// `1990s`, `1990's`, `'90s`.
    fn decade(&self, i: usize) -> Option<(usize, Core, bool)> {
        if self.p(i, '\'') {
            let n = self.num(i + 1)?;
            if self.digits(i + 1) != 2 || n % 10 != 0 || !self.adj(i + 1) {
                return None;
            }
            if !(self.is(i + 2, "s") && self.adj(i + 2)) {
                return None;
            }
            let c = if n <= 20 { 200 } else { 190 };
            return Some((i + 3, Core::Abs(Point::Decade(c + n as i32 / 10)), true));
        }
        let n = self.num(i)?;
        if self.digits(i) == 2 {
            return self.short_decade(i);
        }
        if self.digits(i) != 4 || n % 10 != 0 || !(1000..=2190).contains(&n) {
            return None;
        }
        if i > 0 && self.adj(i) && matches!(self.t[i - 1].kind, Kind::Punct('$' | '£' | '€')) {
            return None;
        }
        let point = if n % 100 == 0 && n < 2000 {
            // "the 1800s" is the century; "the 2000s" the decade
            Point::Century(n as i32 / 100)
        } else {
            Point::Decade(n as i32 / 10)
        };
        if self.is(i + 1, "s") && self.adj(i + 1) {
            return Some((i + 2, Core::Abs(point), true));
        }
        if self.p(i + 1, '\'') && self.adj(i + 1) && self.is(i + 2, "s") && self.adj(i + 2) {
            // "1990's": a decade unless clearly possessive of a year ("1990's election")
            if !self.word(i + 3) || self.is_any(i + 3, &["and", "to", "or", "when", "as", "until"])
            {
                return Some((i + 3, Core::Abs(point), true));
            }
        }
        None
    }

    /// `the 80s`, `the early 90s`: a two-digit decade after `the` (not `his 80s`, an
    /// age, nor `the low 80s` or temperatures).
    fn short_decade(&self, i: usize) -> Option<(usize, Core, bool)> {
        let n = self.num(i)?;
        if n % 10 != 0 || !(self.is(i + 1, "s") && self.adj(i + 1)) || self.adj(i) {
            return None;
        }
        let mut p = i.checked_sub(1)?;
        if self.is_any(p, &["early", "late", "mid"])
            || self.p(p, '-') && self.is(p.wrapping_sub(1), "mid")
        {
            p = p.checked_sub(if self.p(p, '-') { 2 } else { 1 })?;
        }
        if !self.is(p, "the") {
            return None;
        }
        let from = p.saturating_sub(4);
        if (from..p).any(|k| {
            self.is_any(
                k,
                &[
                    "temperature",
                    "temperatures",
                    "degrees",
                    "highs",
                    "lows",
                    "high",
                    "low",
                    "aged",
                    "age",
                    "ages",
                    "speeds",
                    "scores",
                    "percent",
                ],
            )
        }) {
            return None;
        }
        let c = if n <= 20 { 200 } else { 190 };
        Some((i + 2, Core::Abs(Point::Decade(c + n as i32 / 10)), true))
    }

    /// An ordinal: `20th`, `21st`, `twentieth`, `twenty-first`; returns (end, n).
    fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.num(i) {
            if self.digits(i) <= 2
                && self.adj(i + 1)
                && self.is_any(i + 1, &["st", "nd", "rd", "th"])
            {
                return Some((i + 2, n));
            }
            return None;
        }
        match self.lex(i) {
            Lex::Ord(n) => Some((i + 1, n)),
            Lex::NumWord(t) if t >= 20 && t % 10 == 0 => {
                let k = if self.p(i + 1, '-') { i + 2 } else { i + 1 };
                match self.lex(k) {
                    Lex::Ord(u) if u < 10 => Some((k + 1, t + u)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `the 20th century`, `21st-century`, `the nineteenth century`.
    fn century(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (k, n) = self.ordinal(i)?;
        let k = if self.p(k, '-') && self.adj(k) {
            k + 1
        } else {
            k
        };
        if !self.is(k, "century") || !(1..=30).contains(&n) {
            return None;
        }
        Some((k + 1, Core::Abs(Point::Century(n as i32 - 1)), true))
    }

    /// `the third quarter of 2024`, `third-quarter`, `the first half of 2024`, `the
    /// second half of the year`, `the fourth quarter of last year`.
    fn ordinal_part(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (k, n) = self.ordinal(i)?;
        let k = if self.p(k, '-') && self.adj(k) {
            k + 1
        } else {
            k
        };
        let sub = if self.is(k, "quarter") && (1..=4).contains(&n) {
            Sub::Quarter(n)
        } else if self.is(k, "half") && (1..=2).contains(&n) {
            Sub::Half(n)
        } else {
            return None;
        };
        let k = k + 1;
        if let Some((e, core)) = self.part_year(k, sub) {
            return Some((e, core, true));
        }
        // Without a year: only in its usual frame ("the third quarter").
        if i > 0 && self.is(i.wrapping_sub(1), "the") {
            return Some((k, Core::Rel(Rel::Sub(sub)), true));
        }
        None
    }

    /// The year of a part: `of 2024`, ` 2024`, `of last year`, `of the year`,
    /// `last year`.
    fn part_year(&self, k: usize, sub: Sub) -> Option<(usize, Core)> {
        let k2 = if self.is(k, "of") || self.p(k, ',') {
            k + 1
        } else {
            k
        };
        if let Some(y) = self.year_tok(k2) {
            return Some((k2 + 1, Core::Abs(sub.in_year(y)?)));
        }
        if self.is_any(k2, &["this", "last", "next"]) && self.is(k2 + 1, "year") {
            let off = if self.is(k2, "this") {
                0
            } else if self.is(k2, "last") {
                -1
            } else {
                1
            };
            return Some((k2 + 2, Core::Rel(Rel::SubYear(sub, off))));
        }
        if self.is(k, "of") && self.is(k + 1, "the") && self.is(k + 2, "year") {
            return Some((k + 3, Core::Rel(Rel::SubYear(sub, 0))));
        }
        None
    }

    /// `Q3 2024`, `Q3`, `H1 2025`, `Q4 of 2019`, `3Q`.
    fn q_h(&self, i: usize) -> Option<(usize, Core, bool)> {
        let is_q = self.s(i) == "Q";
        let is_h = self.s(i) == "H";
        if !(is_q || is_h) || !self.adj(i + 1) {
            return None;
        }
        let n = self.num(i + 1)?;
        if self.digits(i + 1) != 1 {
            return None;
        }
        let sub = if is_q && (1..=4).contains(&n) {
            Sub::Quarter(n)
        } else if is_h && (1..=2).contains(&n) {
            Sub::Half(n)
        } else {
            return None;
        };
        if self.adj(i + 2)
            && !matches!(
                self.tok(i + 2).map(|t| t.kind),
                Some(Kind::Punct(',' | '.' | ')'))
            )
        {
            // Q3-2024, Q32
            if self.dash(i + 2)
                && self.adj(i + 3)
                && let Some(y) = self.year_tok(i + 3)
            {
                return Some((i + 4, Core::Abs(sub.in_year(y)?), false));
            }
            return None;
        }
        if let Some((e, core)) = self.part_year(i + 2, sub) {
            return Some((e, core, false));
        }
        if is_q {
            return Some((i + 2, Core::Rel(Rel::Sub(sub)), false));
        }
        None
    }

    /// `2H 2024`, `3Q 2023`, `3Q23`: the number first.
    fn num_q_h(&self, i: usize) -> Option<(usize, Core, bool)> {
        let n = self.num(i)?;
        if self.digits(i) != 1 || !self.adj(i + 1) {
            return None;
        }
        let sub = match self.s(i + 1) {
            "Q" if (1..=4).contains(&n) => Sub::Quarter(n),
            "H" if (1..=2).contains(&n) => Sub::Half(n),
            _ => return None,
        };
        if self.adj(i + 2) && self.digits(i + 2) == 2 {
            let y = 2000 + self.num(i + 2)? as i32;
            return Some((i + 3, Core::Abs(sub.in_year(y)?), false));
        }
        if self.adj(i + 2) {
            return None;
        }
        let (e, core) = self.part_year(i + 2, sub)?;
        Some((e, core, false))
    }

    /// `fiscal 2023`, `fiscal year 2024`, `FY2023`, `FY 2023`, `FY23`.
    fn fiscal(&self, i: usize) -> Option<(usize, Core, bool)> {
        if self.is(i, "fiscal") {
            let k = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            let y = self.year_tok(k)?;
            return Some((k + 1, Core::Abs(Point::Year(y)), false));
        }
        if self.s(i) == "FY" {
            let y = self.num(i + 1)?;
            let y = match self.digits(i + 1) {
                4 => y as i32,
                2 => 2000 + y as i32,
                _ => return None,
            };
            if !(1900..=2199).contains(&y) {
                return None;
            }
            if self.adj(i + 2) && self.word(i + 2) {
                return None;
            }
            return Some((i + 2, Core::Abs(Point::Year(y)), false));
        }
        None
    }

    /// `summer 2024`, `the summer of 2003`, `summer last year`, `in the summer`.
    fn season(&self, i: usize, ctx: bool) -> Option<(usize, Core, bool)> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        // "Arab Spring", "Summer Olympics": a capitalised season inside a name.
        if self.cap(i) && i > 0 && !self.sentence_start(i) && !self.is(i.wrapping_sub(1), "the") {
            return None;
        }
        if self.cap(i) && i > 0 && self.is_any(i.wrapping_sub(1), DAY_NAME_PREV) {
            return None;
        }
        if self.cap(i + 1) && !matches!(self.lex(i + 1), Lex::Month(_)) {
            return None;
        }
        let sub = Sub::Season(s);
        if let Some((e, core)) = self.part_year(i + 1, sub) {
            return Some((e, core, true));
        }
        // "the fall of Kabul": a season alone must not be followed by "of".
        if self.is(i + 1, "of") {
            return None;
        }
        let the = i > 0 && self.is(i.wrapping_sub(1), "the");
        let fall = s == 2 && self.is(i, "fall");
        if fall
            && !(the
                && i > 1
                && self.is_any(
                    i.wrapping_sub(2),
                    &[
                        "in", "during", "since", "by", "until", "over", "this", "last", "next",
                        "the",
                    ],
                ))
        {
            return None;
        }
        if ctx
            || (the
                && i > 1
                && self.is_any(
                    i.wrapping_sub(2),
                    &[
                        "in",
                        "during",
                        "since",
                        "by",
                        "until",
                        "over",
                        "through",
                        "throughout",
                        "before",
                        "after",
                    ],
                ))
        {
            // "spring a leak" is a verb: after a bare context word it needs `the`
            // unless it ends the clause.
            if !the && !ctx {
                return None;
            }
            return Some((i + 1, Core::Rel(Rel::Sub(sub)), true));
        }
        None
    }

    /// Weekday-led: `Monday, March 3, 2025`, `Tuesday, Nov. 5`, `Friday, 13 September
    /// 2019`, `Thursday`, `Thursday night`, `Thursday's`.
    fn weekday_led(&self, i: usize) -> Option<(usize, Core, bool)> {
        let Lex::Weekday(wd) = self.lex(i) else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        let k = if self.p(i + 1, ',') { i + 2 } else { i + 1 };
        if let Some(m) = self.month_led_wd(k, true, Some(wd)) {
            return Some(m);
        }
        if let Some(m) = self.day_month_wd(k, Some(wd)) {
            return Some(m);
        }
        if !self.weekday_alone_ok(i) {
            return None;
        }
        let mut e = i + 1;
        if self.is_any(
            e,
            &["morning", "afternoon", "evening", "night", "overnight"],
        ) {
            e += 1;
        }
        Some((e, Core::Rel(Rel::Weekday(wd, WdMode::Bare)), false))
    }

    fn weekday_alone_ok(&self, i: usize) -> bool {
        // "Sunday Times", "Mail on Sunday", "Good Friday", "Netflix's Wednesday".
        if self.cap(i + 1) && self.is_any(i + 1, WEEKDAY_NAME_NEXT) && !self.is(i + 1, "night") {
            return false;
        }
        if i > 0 && self.cap(i.wrapping_sub(1)) && self.is_any(i.wrapping_sub(1), DAY_NAME_PREV) {
            return false;
        }
        // "Saturday Night Live", "Monday Night Football"
        if self.cap(i + 1) && self.is(i + 1, "night") && self.cap(i + 2) {
            return false;
        }
        if i >= 2
            && self.is(i.wrapping_sub(1), "on")
            && self.cap(i.wrapping_sub(2))
            && self.is_any(
                i.wrapping_sub(2),
                &[
                    "mail",
                    "independent",
                    "scotland",
                    "observer",
                    "wales",
                    "sunday",
                ],
            )
        {
            return false;
        }
        if i >= 3
            && self.is(i.wrapping_sub(1), "s")
            && self.p(i.wrapping_sub(2), '\'')
            && self.cap(i.wrapping_sub(3))
            && !self.is_any(i.wrapping_sub(3), &["today", "yesterday"])
            && (self.word(i + 1) && !self.cap(i + 1) && self.lex(i + 1) == Lex::Other)
            && !self.is_any(i + 1, &["morning", "afternoon", "evening", "night"])
        {
            // "Netflix's Wednesday became …": a title after a possessive name
            return !self.looks_like_verb(i + 1);
        }
        true
    }

    fn looks_like_verb(&self, i: usize) -> bool {
        let s = self.s(i);
        s.ends_with("ed")
            || self.is_any(
                i,
                &[
                    "became", "was", "is", "has", "had", "won", "drew", "got", "became",
                ],
            )
    }

    /// `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `this week`, `last
    /// month`, `next year`, `last weekend`, `last Thursday`, `next spring`, `last April`.
    fn relative_word(&self, i: usize, of_the: bool) -> Option<(usize, Core, bool)> {
        let tod = |k: usize| -> usize {
            if self.is_any(k, &["morning", "afternoon", "evening", "night"]) {
                k + 1
            } else {
                k
            }
        };
        let days = [
            ("today", 0),
            ("yesterday", -1),
            ("tomorrow", 1),
            ("tonight", 0),
            ("tmrw", 1),
            ("tmw", 1),
        ];
        if self.is(i, "last") && self.is(i + 1, "night") {
            return Some((i + 2, Core::Rel(Rel::Days(-1)), false));
        }
        for (w, n) in days {
            if self.is(i, w) {
                return Some((tod(i + 1), Core::Rel(Rel::Days(n)), false));
            }
        }
        if self.is(i, "the") && self.is(i + 1, "day") && self.is_any(i + 2, &["before", "after"]) {
            if self.is(i + 2, "before") && self.is(i + 3, "yesterday") {
                return Some((i + 4, Core::Rel(Rel::Days(-2)), true));
            }
            if self.is(i + 2, "after") && self.is(i + 3, "tomorrow") {
                return Some((i + 4, Core::Rel(Rel::Days(2)), true));
            }
        }
        let off = if self.is(i, "this") || self.is(i, "current") {
            0
        } else if self.is_any(i, &["last", "past", "previous"]) {
            -1
        } else if self.is_any(i, &["next", "coming"]) {
            1
        } else if of_the && self.is(i, "the") {
            // "the end of the year"
            if self.is_any(i + 1, &["year", "month", "week", "decade"]) {
                let r = match self.s(i + 1).to_ascii_lowercase().as_str() {
                    "year" => Rel::Years(0),
                    "month" => Rel::Months(0),
                    "week" => Rel::Weeks(0),
                    _ => Rel::Decades(0),
                };
                return Some((i + 2, Core::Rel(r), true));
            }
            return None;
        } else {
            return None;
        };
        let k = i + 1;
        let lower = self.s(k).to_ascii_lowercase();
        let this_or_last_next = self.is_any(i, &["this", "last", "next"]);
        let rel = match lower.as_str() {
            "week" if this_or_last_next || self.is(i, "coming") => Rel::Weeks(off),
            "weekend" if off == 0 && self.is(i, "this") => Rel::WeekendNear(1),
            "weekend" if this_or_last_next => Rel::Weekend(off),
            "past" if self.is(i, "this") && self.is(k + 1, "weekend") => {
                return Some((k + 2, Core::Rel(Rel::WeekendNear(-1)), false));
            }
            "month" if this_or_last_next => Rel::Months(off),
            "year" if this_or_last_next => Rel::Years(off),
            "quarter" if this_or_last_next => Rel::Quarters(off),
            "decade" if this_or_last_next => Rel::Decades(off),
            "morning" | "afternoon" | "evening" if self.is(i, "this") => Rel::Days(0),
            _ => match self.lex(k) {
                Lex::Weekday(wd) if this_or_last_next && self.cap(k) => {
                    let mode = match off {
                        -1 => WdMode::Last,
                        1 => WdMode::Next,
                        _ => WdMode::This,
                    };
                    return Some((tod(k + 1), Core::Rel(Rel::Weekday(wd, mode)), false));
                }
                Lex::Holiday(_) | Lex::HolidayGate(_) if this_or_last_next => {
                    let (e, h, _) = self.holiday_name(k)?;
                    let mode = match off {
                        -1 => HolMode::Last,
                        1 => HolMode::Next,
                        _ => HolMode::This,
                    };
                    return Some((e, Core::Rel(Rel::Holiday(h, mode)), false));
                }
                Lex::Month(m) if this_or_last_next && self.cap(k) => {
                    if off == 0 {
                        Rel::SubYear(Sub::Month(m), 0)
                    } else {
                        Rel::SubStep(Sub::Month(m), off)
                    }
                }
                Lex::Season(s)
                    if this_or_last_next && !self.cap(k)
                        || self.sentence_start(i)
                            && this_or_last_next
                            && matches!(self.lex(k), Lex::Season(_)) =>
                {
                    if self.is(k, "fall") && !this_or_last_next {
                        return None;
                    }
                    if off == 0 {
                        // this summer: the anchor's year (the winter in progress in
                        // January and February).
                        Rel::SubStep(Sub::Season(s), 0)
                    } else {
                        Rel::SubStep(Sub::Season(s), off)
                    }
                }
                _ => return None,
            },
        };
        // "last year's" is fine; "last week of June" is a different thing
        if self.is(k + 1, "of") && matches!(self.lex(k + 2), Lex::Month(_)) {
            return None;
        }
        Some((k + 1, Core::Rel(rel), false))
    }

    /// A holiday's name at `i`: its end, the holiday, and whether it is a bare word
    /// (`Christmas`, `Black Friday`) that is a date only in a temporal frame.
    pub(crate) fn holiday_name(&self, i: usize) -> Option<(usize, Hol, bool)> {
        let (w, gate) = match self.lex(i) {
            Lex::Holiday(w) => (w, false),
            Lex::HolidayGate(w) => (w, true),
            _ => return None,
        };
        // A gate word goes on with a capitalised word or a mark (`St.`, `Valentine's`).
        if !self.cap(i)
            || gate
                && !self
                    .tok(i + 1)
                    .is_some_and(|t| t.cap || t.kind != Kind::Word)
        {
            return None;
        }
        let day = |k: usize| self.cap(k) && self.is(k, "day");
        // An optional possessive: "Valentine's", "Veterans'", "New Year's".
        let poss = |k: usize| -> usize {
            if self.p(k, '\'') && self.adj(k) {
                if self.is(k + 1, "s") && self.adj(k + 1) {
                    k + 2
                } else {
                    k + 1
                }
            } else {
                k
            }
        };
        let fixed = |e: usize, m: u32, d: u32| Some((e, Hol::Fixed(m, d), false));
        match w {
            HolWord::Christmas => {
                if self.cap(i + 1) && self.is(i + 1, "eve") {
                    fixed(i + 2, 12, 24)
                } else if day(i + 1) {
                    fixed(i + 2, 12, 25)
                } else {
                    Some((i + 1, Hol::Fixed(12, 25), true))
                }
            }
            // Orthodox Christmas falls on January 7 in the civil calendar.
            HolWord::Orthodox if self.cap(i + 1) && self.is(i + 1, "christmas") => {
                if self.cap(i + 2) && self.is(i + 2, "eve") {
                    fixed(i + 3, 1, 6)
                } else if day(i + 2) {
                    fixed(i + 3, 1, 7)
                } else {
                    Some((i + 2, Hol::Fixed(1, 7), true))
                }
            }
            HolWord::Halloween => Some((i + 1, Hol::Fixed(10, 31), true)),
            HolWord::Thanksgiving => {
                if day(i + 1) {
                    Some((i + 2, Hol::Thanksgiving(0), false))
                } else {
                    Some((i + 1, Hol::Thanksgiving(0), true))
                }
            }
            HolWord::New if self.cap(i + 1) && self.is_any(i + 1, &["year", "years"]) => {
                let k = poss(i + 2);
                if day(k) {
                    fixed(k + 1, 1, 1)
                } else if self.cap(k) && self.is(k, "eve") {
                    fixed(k + 1, 12, 31)
                } else {
                    None
                }
            }
            HolWord::Boxing if day(i + 1) => fixed(i + 2, 12, 26),
            HolWord::Valentine if day(poss(i + 1)) => fixed(poss(i + 1) + 1, 2, 14),
            HolWord::Patrick if day(poss(i + 1)) => fixed(poss(i + 1) + 1, 3, 17),
            HolWord::Saint => {
                let k = if self.p(i + 1, '.') { i + 2 } else { i + 1 };
                if self.is_any(k, &["valentine", "valentines", "patrick"]) {
                    self.holiday_name(k)
                } else {
                    None
                }
            }
            HolWord::Independence if day(i + 1) && self.us_independence(i) => fixed(i + 2, 7, 4),
            HolWord::Bastille if day(i + 1) => fixed(i + 2, 7, 14),
            HolWord::Guy if self.cap(i + 1) && self.is(i + 1, "fawkes") => {
                let k = poss(i + 2);
                if day(k) || self.cap(k) && self.is(k, "night") {
                    fixed(k + 1, 11, 5)
                } else {
                    None
                }
            }
            HolWord::Bonfire if self.cap(i + 1) && self.is(i + 1, "night") => fixed(i + 2, 11, 5),
            HolWord::Armistice if day(i + 1) => fixed(i + 2, 11, 11),
            HolWord::Veterans if day(poss(i + 1)) => fixed(poss(i + 1) + 1, 11, 11),
            HolWord::Black if self.cap(i + 1) && self.is(i + 1, "friday") => {
                Some((i + 2, Hol::Thanksgiving(1), true))
            }
            HolWord::Cyber if self.cap(i + 1) && self.is(i + 1, "monday") => {
                Some((i + 2, Hol::Thanksgiving(4), true))
            }
            w => self.movable_holiday(i, w),
        }
    }

    /// `Independence Day` is read as the US one (July 4) unless another country is
    /// named before it: not `India's Independence Day`, `Ukrainian Independence Day`,
    /// `its 77th Independence Day`.
    fn us_independence(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let p = i - 1;
        if self.is(p, "s") && self.p(p.wrapping_sub(1), '\'') {
            return self.is_any(p.wrapping_sub(2), &["america", "nation", "country"]);
        }
        if self.num(p).is_some() || matches!(self.lex(p), Lex::Ord(_)) {
            return false;
        }
        if self.is_any(p, &["st", "nd", "rd", "th"]) && self.num(p.wrapping_sub(1)).is_some() {
            return false;
        }
        if self.cap(p) && !self.sentence_start(p) {
            return self.is_any(p, &["us", "american", "america"]);
        }
        true
    }

    /// A holiday, with its year when one is written: `Christmas Day 2023`, `on
    /// Halloween`, `New Year's Eve`, `St Patrick's Day`, `Black Friday`.
    fn holiday(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (e, h, bare) = self.holiday_name(i)?;
        // "Christmas Day 2023", "Armistice Day 1918" (a year right after the name)
        if let Some(y) = self.num(e)
            && self.digits(e) == 4
            && (1000..=2199).contains(&y)
            && !(self.adj(e + 1)
                && matches!(
                    self.tok(e + 1).map(|t| t.kind),
                    Some(Kind::Num | Kind::Word | Kind::Punct('-' | '–' | ',' | '.' | '%'))
                )
                && self.tok(e + 2).is_some_and(|t| !t.sp))
            && !self.is_any(e + 1, COUNT_NOUNS)
        {
            return Some((e + 1, Core::Abs(Point::Day(h.in_year(y as i32)?)), false));
        }
        if bare && !self.holiday_alone_ok(i, e) {
            return None;
        }
        Some((e, Core::Rel(Rel::Holiday(h, HolMode::Tensed)), false))
    }

    /// A one-word holiday is a date in a temporal frame (`at Christmas`, `before
    /// Halloween`, `ahead of Thanksgiving`), not as a modifier (`Christmas tree`,
    /// `Black Friday sales`) or inside a name (`Christmas Island`).
    fn holiday_alone_ok(&self, s: usize, e: usize) -> bool {
        const PREV: &[&str] = &[
            "on", "at", "over", "before", "after", "since", "until", "till", "by", "for", "during",
            "around", "from", "through", "into", "between", "and", "or", "to", "till", "past",
            "til", "near",
        ];
        const NEXT: &[&str] = &[
            "and",
            "or",
            "but",
            "when",
            "as",
            "with",
            "to",
            "in",
            "on",
            "at",
            "the",
            "this",
            "last",
            "next",
            "he",
            "she",
            "it",
            "they",
            "we",
            "his",
            "her",
            "their",
            "its",
            "was",
            "is",
            "were",
            "will",
            "has",
            "had",
            "after",
            "before",
            "while",
            "because",
            "so",
            "amid",
            "despite",
            "for",
            "from",
            "of",
            "a",
            "an",
            "our",
            "which",
            "that",
            "eve",
            "day",
            "approaches",
            "approached",
            "nears",
            "neared",
            "falls",
            "fell",
        ];
        // A name of two words may open the sentence: "Black Friday falls later".
        let framed = s > 0
            && (self.is_any(s - 1, PREV)
                || self.is(s - 1, "of") && self.is_any(s.wrapping_sub(2), &["ahead", "eve"]))
            || e >= s + 2 && self.sentence_start(s);
        if !framed {
            return false;
        }
        match self.tok(e) {
            Some(t) if t.kind == Kind::Word => {
                if t.cap {
                    matches!(self.lex(e), Lex::Month(_) | Lex::Weekday(_)) || self.s(e) == "I"
                } else {
                    self.is_any(e, NEXT)
                }
            }
            Some(t) if t.kind == Kind::Punct('\'') => false,
            _ => true,
        }
    }

    /// `the fourth of July`, `the first of March 2024`: an ordinal word as the day.
    fn ordinal_day_month(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (k, d) = self.ordinal(i)?;
        if self.num(i).is_some() || !(1..=31).contains(&d) || !self.is(k, "of") {
            return None;
        }
        let (k2, m, _) = self.month_name(k + 1)?;
        if let Some((e, y)) = self.trailing_year(k2) {
            return Some((e, Self::month_day_core(m, d, Some(y), None)?, true));
        }
        Some((k2, Self::month_day_core(m, d, None, None)?, true))
    }

    /// `the first week of March`, `the last week of June 2024`: the ISO week holding the
    /// month's first (last) Thursday (see [`calendar::month_week`]).
    ///
    /// [`calendar::month_week`]: super::calendar::month_week
    fn month_week(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !(self.is(i + 1, "week") || self.is(i + 2, "week")) {
            return None;
        }
        let (k, n) = if self.is_any(i, &["last", "final"]) {
            (i + 1, -1)
        } else {
            let (k, n) = self.ordinal(i)?;
            (k, i64::from(n))
        };
        if !(n == -1 || (1..=5).contains(&n)) || !self.is(k, "week") || !self.is(k + 1, "of") {
            return None;
        }
        let (k2, m, _) = self.month_name(k + 2)?;
        if let Some((e, y)) = self.trailing_year(k2) {
            return Some((e, Core::Abs(super::calendar::month_week(y, m, n)?), true));
        }
        Some((k2, Core::Rel(Rel::MonthWeek(m, n)), true))
    }

    /// `the quarter ended June 30`, `the quarter ending Sept. 30, 2024`, `the quarter to
    /// December`: the calendar quarter ending that month.
    fn quarter_ended(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !self.is(i, "quarter") || !self.is_any(i + 1, &["ended", "ending", "to"]) {
            return None;
        }
        let k = if self.is(i + 2, "on") { i + 3 } else { i + 2 };
        let (e, core, _) = self
            .month_led(k, true)
            .or_else(|| self.day_month(k))
            .or_else(|| self.ordinal_day_month(k))?;
        let (m, y) = match core {
            Core::Abs(Point::Day(d)) => (d.month(), Some(d.year())),
            Core::Abs(Point::Month(y, m)) => (m, Some(y)),
            Core::MonthDay(m, _, _) | Core::Rel(Rel::Sub(Sub::Month(m))) => (m, None),
            _ => return None,
        };
        if m % 3 != 0 {
            return None;
        }
        let core = match y {
            Some(y) => Core::Abs(Point::Quarter(y, m / 3)),
            None => Core::Rel(Rel::QuarterEnding(m)),
        };
        Some((e, core, true))
    }

    /// `two years ago`, `a week ago`, `three hours ago`.
    fn ago(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (k, n) = self.number(i)?;
        if n.half {
            return None;
        }
        let (unit, e) = self.unit(k)?;
        if !self.is(e, "ago") {
            return None;
        }
        let n = i64::from(n.n);
        let rel = match unit {
            'Y' => Rel::Years(-n),
            'E' => Rel::Years(-10 * n),
            'C' => Rel::Years(-100 * n),
            'M' => Rel::Months(-n),
            'W' => Rel::Weeks(-n),
            'F' => Rel::Weeks(-2 * n),
            'D' => Rel::Days(-n),
            'h' | 'm' | 's' => Rel::Days(0),
            _ => return None,
        };
        Some((e + 1, Core::Rel(rel), false))
    }

    /// `a year earlier`, `two years later`, `the previous year`, `the following day`,
    /// `the same year`, `the year before`.
    fn anaphora(&self, i: usize) -> Option<(usize, Core, bool)> {
        let unit_of = |k: usize| -> Option<Unit> {
            match self.s(k).to_ascii_lowercase().as_str() {
                "year" | "years" => Some(Unit::Year),
                "month" | "months" => Some(Unit::Month),
                "week" | "weeks" => Some(Unit::Week),
                "day" | "days" => Some(Unit::Day),
                _ => None,
            }
        };
        if self.is(i, "the") {
            let k = i + 1;
            let dir = match self.s(k).to_ascii_lowercase().as_str() {
                "previous" | "preceding" | "prior" => -1,
                "following" | "next" | "subsequent" => 1,
                "same" => 0,
                _ => {
                    // the year before / the day after (ending the clause)
                    let u = unit_of(k)?;
                    if !self.is_any(k, &["year", "month", "week", "day"]) {
                        return None;
                    }
                    let d = if self.is(k + 1, "before") {
                        -1
                    } else if self.is(k + 1, "after") {
                        1
                    } else {
                        return None;
                    };
                    if self.word(k + 2) || self.num(k + 2).is_some() {
                        return None;
                    }
                    return Some((k + 2, Core::Ana(u, d), true));
                }
            };
            let u = unit_of(k + 1)?;
            if !self.is_any(k + 1, &["year", "month", "week", "day"]) {
                return None;
            }
            return Some((k + 2, Core::Ana(u, dir), true));
        }
        if self.is(i, "that") {
            let u = unit_of(i + 1)?;
            if !self.is_any(i + 1, &["year", "month", "day"]) {
                return None;
            }
            return Some((i + 2, Core::Ana(u, 0), false));
        }
        let (k, n) = self.number(i)?;
        if n.half {
            return None;
        }
        let (unit, e) = self.unit(k)?;
        let dir = if self.is(e, "earlier") {
            -1
        } else if self.is(e, "later") {
            1
        } else {
            return None;
        };
        let n = i64::from(n.n);
        let (u, n) = match unit {
            'Y' => (Unit::Year, n),
            'E' => (Unit::Year, 10 * n),
            'M' => (Unit::Month, n),
            'W' => (Unit::Week, n),
            'D' => (Unit::Day, n),
            _ => return None,
        };
        Some((e + 1, Core::Ana(u, dir * n), false))
    }

    /// Forms that start with `the`: `the year 2000`, `the nineties`.
    fn the_led(&self, i: usize, _of_the: bool) -> Option<(usize, Core, bool)> {
        // "over the weekend", "at the weekend": not "the weekend of May 4", "the
        // weekend before the vote"
        if self.is(i + 1, "weekend")
            && !self.is_any(i + 2, &["of", "before", "after", "prior", "when", "that"])
            && !(self.p(i + 2, '-') && self.adj(i + 2))
        {
            return Some((i + 2, Core::Rel(Rel::WeekendNear(0)), true));
        }
        // "the final week of June" ("final" starts nothing on its own)
        if self.is(i + 1, "final") {
            return self.month_week(i + 1);
        }
        if self.is(i + 1, "year")
            && let Some(y) = self.year_tok(i + 2)
        {
            return Some((i + 3, Core::Abs(Point::Year(y)), true));
        }
        let decades = [
            ("twenties", 192),
            ("thirties", 193),
            ("forties", 194),
            ("fifties", 195),
            ("sixties", 196),
            ("seventies", 197),
            ("eighties", 198),
            ("nineties", 199),
        ];
        for (w, d) in decades {
            if self.is(i + 1, w) {
                return Some((i + 2, Core::Abs(Point::Decade(d)), true));
            }
        }
        None
    }

    // ---- durations ----------------------------------------------------------------

    /// A unit word at `k`: returns its code and the token after it. Codes: Y year, E
    /// decade, C century, M month, W week, F fortnight, D day, h hour, m minute, s
    /// second.
    fn unit(&self, k: usize) -> Option<(char, usize)> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word || t.len() > 9 {
            return None;
        }
        let c = match self.s(k).to_ascii_lowercase().as_str() {
            "year" | "years" | "yr" | "yrs" => 'Y',
            "decade" | "decades" => 'E',
            "century" | "centuries" => 'C',
            "month" | "months" => 'M',
            "week" | "weeks" => 'W',
            "fortnight" | "fortnights" => 'F',
            "day" | "days" => 'D',
            "hour" | "hours" | "hrs" => 'h',
            "minute" | "minutes" | "mins" => 'm',
            "second" | "seconds" | "secs" => 's',
            _ => return None,
        };
        Some((c, k + 1))
    }

    /// A duration: `four years`, `18 months`, `a decade`, `half a century`, `a year and
    /// a half`, `nine-year`, `decade-long`, `the past two years`, `a quarter of a
    /// century`.
    fn duration(&self, i: usize, framed: bool) -> Option<(usize, usize, String)> {
        let mut s = i;
        let mut k = i;
        // "the past two years", "the last three months", "the next five years"
        if self.is(k, "the")
            && self.is_any(
                k + 1,
                &["past", "last", "next", "first", "coming", "previous"],
            )
        {
            if let Some((e, v)) = self.duration_body(k + 2, true) {
                return Some((s, e, v));
            }
            // "the past year": one unit
            if self.is_any(k + 1, &["past", "last"])
                && let Some((u, e)) = self.unit(k + 2)
                && self.is_any(k + 2, &["year", "decade", "month", "week", "century"])
                && !self.is(e, "of")
            {
                return Some((s, e, dur_value(u, 1, false)?));
            }
            return None;
        }
        // "unit-long": decade-long, month-long, year-long
        if let Some((u, e)) = self.unit(k)
            && self.p(e, '-')
            && self.adj(e)
            && self.is(e + 1, "long")
            && self.adj(e + 1)
            && !self.s(k).ends_with('s')
        {
            return Some((s, e + 2, dur_value(u, 1, false)?));
        }
        if self.is_any(k, &["a", "an"]) && self.is(k + 1, "half") && self.p(k + 2, '-') {
            // a half-century
            k += 1;
            s = i;
        }
        let (e, v) = self.duration_body(k, framed)?;
        Some((s, e, v))
    }

    fn duration_body(&self, k: usize, framed: bool) -> Option<(usize, String)> {
        // Fractions: half a century, a quarter of a century, three-quarters of a decade
        let frac = if self.is(k, "half") {
            Some((1u32, 2u32, k + 1))
        } else if self.is_any(k, &["a", "one"]) && self.is(k + 1, "quarter") && self.is(k + 2, "of")
        {
            Some((1, 4, k + 3))
        } else if self.is(k, "three")
            && self.p(k + 1, '-')
            && self.is(k + 2, "quarters")
            && self.is(k + 3, "of")
        {
            Some((3, 4, k + 4))
        } else {
            None
        };
        if let Some((num, den, k2)) = frac {
            // half a century / half-century / a quarter of a century
            let k3 = if self.is_any(k2, &["a", "an"]) || self.p(k2, '-') && self.adj(k2) && den == 2
            {
                k2 + 1
            } else {
                return None;
            };
            let (u, e) = self.unit(k3)?;
            if self.s(k3).ends_with('s') {
                return None;
            }
            return Some((e, frac_value(u, num, den)?));
        }
        let (k2, n) = self.number(k)?;
        // "an hour and a half", "two and a half years"
        let mut half = n.half;
        let mut k3 = k2;
        // "three-and-a-half-year"
        if self.p(k3, '-')
            && self.is(k3 + 1, "and")
            && self.p(k3 + 2, '-')
            && self.is(k3 + 3, "a")
            && self.p(k3 + 4, '-')
            && self.is(k3 + 5, "half")
            && (k3 + 1..k3 + 6).all(|x| self.adj(x))
        {
            half = true;
            k3 += 6;
            if self.p(k3, '-') && self.adj(k3) && self.adj(k3 + 1) {
                let (u, e) = self.unit(k3 + 1)?;
                return Some((e, dur_value(u, n.n, true)?));
            }
        }
        if self.is(k3, "and")
            && self.is(k3 + 1, "a")
            && self.is(k3 + 2, "half")
            && self.unit(k3 + 3).is_some()
        {
            half = true;
            k3 += 3;
        }
        // Adjectival: nine-year, 48-hour, 12-month (a hyphen, singular unit)
        if self.p(k3, '-') && self.adj(k3) && self.adj(k3 + 1) && !n.article && !half {
            let (u, e) = self.unit(k3 + 1)?;
            if self.s(k3 + 1).ends_with('s') && !matches!(u, 's') {
                return None;
            }
            // "a 10-year-old": an age
            if self.p(e, '-') && self.is(e + 1, "old") {
                return None;
            }
            let e = if self.p(e, '-') && self.is(e + 1, "long") {
                e + 2
            } else {
                e
            };
            if n.n == 0 {
                return None;
            }
            return Some((e, dur_value(u, n.n, false)?));
        }
        let (u, mut e) = self.unit(k3)?;
        // "a year-long inquiry": the adjective alone is the extent
        if n.article && self.p(e, '-') && self.adj(e) && self.is(e + 1, "long") {
            return None;
        }
        if self.adj(k3) && self.num(k).is_some() && !matches!(u, 'h' | 'm' | 's') {
            // "10years" is odd; "24hrs" ok
        }
        // "a year and a half"
        if !half && self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half") {
            half = true;
            e += 3;
        }
        // Number and unit must agree loosely: "one years" is odd but harmless.
        if n.n == 0 && !half {
            return None;
        }
        // Ages: "two years old"
        if self.is(e, "old") {
            return None;
        }
        // Rates: "$5bn a year", "twice a day", "per year"
        if n.article && !framed && k > 0 {
            let prev = &self.t[k - 1];
            if prev.kind == Kind::Num
                || self.is_any(
                    k.wrapping_sub(1),
                    &[
                        "once", "twice", "times", "million", "billion", "trillion", "percent",
                        "cent", "bn", "m", "tonnes", "barrels", "people", "dollars", "euros",
                        "pounds", "year", "month", "day", "week", "hour",
                    ],
                )
                || prev.kind == Kind::Punct('%')
                || self.is(k.wrapping_sub(1), "of")
                    && !self.is_any(
                        k.wrapping_sub(2),
                        &["end", "period", "space", "matter", "course"],
                    )
            {
                return None;
            }
        }
        // "one day" as an idiom ("one day they will …") unless framed
        if !framed && self.is(k, "one") && u == 'D' && !self.is(e, "later") {
            return None;
        }
        // "the second", "a minute" alone are too vague without a number written out
        if n.article && matches!(u, 's') {
            return None;
        }
        Some((e, dur_value(u, n.n, half)?))
    }

    // ---- intervals ----------------------------------------------------------------

    /// `from 1996 to 2001`, `between 2018 and 2020`, `1996-2001`, `Jan. 5-7, 2024`,
    /// `Oct. 30-Nov. 2, 2024`, `12-14 September 2023`, `March to May 2024`.
    fn interval(&self, i: usize, prep: Option<&'static str>) -> Option<Match> {
        let mk = |s: usize, e: usize, a: Core, b: Core| {
            let (a, b) = fill_years(a, b);
            Some(Match {
                s,
                e,
                expr: Expr::Interval(a, b),
                qual: None,
                prep,
            })
        };
        // Days d1 to d2 of month m, the year (if any) written after token `last`.
        let same_month = |last: usize, m: u32, d1: u32, d2: u32| {
            let y = self.trailing_year(last);
            let end = y.map_or(last, |(e, _)| e);
            let y = y.map(|(_, y)| y);
            let a = Self::month_day_core(m, d1, y, None)?;
            let b = Self::month_day_core(m, d2, y, None)?;
            mk(i, end, a, b)
        };
        // Same-month day ranges: Jan. 5-7[, 2024]
        if let Some((k, m, _)) = self.month_name(i)
            && let Some(d1) = self.num(k)
            && self.digits(k) <= 2
            && self.dash(k + 1)
        {
            if let Some((e, d2)) = self.day_num(k + 2)
                && d2 > d1
                && (1..=31).contains(&d1)
                && self.month_name(e).is_none()
            {
                return same_month(e, m, d1, d2);
            }
            // Oct. 30-Nov. 2, 2024
            if let Some((k2, m2, _)) = self.month_name(k + 2)
                && let Some((e, d2)) = self.day_num(k2)
            {
                let y = self.trailing_year(e);
                let end = y.map_or(e, |(e, _)| e);
                let y2 = y.map(|(_, y)| y);
                let y1 = y2.map(|y| if m2 < m { y - 1 } else { y });
                let a = Self::month_day_core(m, d1, y1, None)?;
                let b = Self::month_day_core(m2, d2, y2, None)?;
                return mk(i, end, a, b);
            }
        }
        // 12-14 September 2023
        if let Some(d1) = self.num(i)
            && self.digits(i) <= 2
            && self.dash(i + 1)
            && self.adj(i + 1)
            && let Some((k, d2)) = self.day_num(i + 2)
            && d2 > d1
            && let Some((k2, m, _)) = self.month_name(k)
        {
            return same_month(k2, m, d1, d2);
        }
        // 1 to 3 March [2024], 5 through 7 June: a day range in one month
        const TO: &[&str] = &["to", "through", "thru", "until", "till"];
        if let Some(d1) = self.num(i)
            && self.digits(i) <= 2
            && (1..=31).contains(&d1)
            && self.is_any(i + 1, TO)
            && !(i > 0 && self.adj(i) && matches!(self.t[i - 1].kind, Kind::Punct(_)))
            && let Some((k, d2)) = self.day_num(i + 2)
            && d2 > d1
            && let Some((k2, m, _)) = self.month_name(k)
        {
            return same_month(k2, m, d1, d2);
        }
        // March 1 to 3[, 2024]
        if let Some((k, m, _)) = self.month_name(i)
            && let Some((k1, d1)) = self.day_num(k)
            && self.is_any(k1, TO)
            && let Some((e, d2)) = self.day_num(k1 + 1)
            && d2 > d1
            && self.month_name(e).is_none()
            && !self.is_any(e, COUNT_NOUNS)
            && !self.is_any(e, &["p", "a", "pm", "am", "o"])
            && !self.p(e, '%')
            && self.unit(e).is_none()
        {
            let y = self.trailing_year(e);
            let end = y.map_or(e, |(e, _)| e);
            let y = y.map(|(_, y)| y);
            return mk(
                i,
                end,
                Self::month_day_core(m, d1, y, None)?,
                Self::month_day_core(m, d2, y, None)?,
            );
        }
        // 2005/06: a split year
        if let Some(y1) = self.num(i)
            && self.digits(i) == 4
            && (1900..=2199).contains(&y1)
            && self.p(i + 1, '/')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.digits(i + 2) == 2
            && self.num(i + 2) == Some((y1 + 1) % 100)
            && !(self.adj(i + 3) && self.tok(i + 3).is_some())
            && !(i > 0 && self.adj(i))
        {
            return mk(
                i,
                i + 3,
                Core::Abs(Point::Year(y1 as i32)),
                Core::Abs(Point::Year(y1 as i32 + 1)),
            );
        }
        // Year ranges: 1996-2001, 1914–1918, 2019-20
        if let Some(y1) = self.num(i)
            && self.digits(i) == 4
            && (1000..=2199).contains(&y1)
            && self.dash(i + 1)
            && (self.adj(i + 1) && self.adj(i + 2) || self.p(i + 1, '–'))
            && let Some(n2) = self.num(i + 2)
        {
            let y2 = match self.digits(i + 2) {
                4 => n2,
                2 => y1 / 100 * 100 + n2,
                _ => 0,
            };
            let left_ok = !(i > 0
                && self.adj(i)
                && matches!(
                    self.t[i - 1].kind,
                    Kind::Punct(',' | '.' | '-' | '$' | '£' | '€' | '#' | '/')
                ));
            let right_ok = !(self.adj(i + 3)
                && matches!(
                    self.tok(i + 3).map(|t| t.kind),
                    Some(Kind::Punct(',' | '.' | '-' | '/' | '%') | Kind::Word | Kind::Num)
                )
                && !(self.p(i + 3, ',') || self.p(i + 3, '.'))
                || (self.p(i + 3, ',') || self.p(i + 3, '.'))
                    && self.num(i + 4).is_some()
                    && self.adj(i + 4))
                && !self.is_any(i + 3, COUNT_NOUNS);
            let label = i > 0
                && self.cap(i.wrapping_sub(1))
                && !self.is_any(i.wrapping_sub(1), YEAR_PREPS)
                && !self.is(i.wrapping_sub(1), "the");
            if y2 > y1 && y2 <= 2199 && y2 - y1 <= 200 && left_ok && right_ok && !label {
                return mk(
                    i,
                    i + 3,
                    Core::Abs(Point::Year(y1 as i32)),
                    Core::Abs(Point::Year(y2 as i32)),
                );
            }
        }
        // March-May 2024, January-February
        if let Some((k, m1, full1)) = self.month_name(i)
            && self.dash(k)
            && self.adj(k)
            && self.adj(k + 1)
            && let Some((k2, m2, full2)) = self.month_name(k + 1)
            && full1 == full2
            && !(self.adj(k2) && self.dash(k2))
        {
            if let Some((e, y)) = self.trailing_year(k2) {
                let y1 = if m1 > m2 { y - 1 } else { y };
                return mk(
                    i,
                    e,
                    Core::Abs(Point::Month(y1, m1)),
                    Core::Abs(Point::Month(y, m2)),
                );
            }
            return mk(
                i,
                k2,
                Core::Rel(Rel::Sub(Sub::Month(m1))),
                Core::Rel(Rel::Sub(Sub::Month(m2))),
            );
        }
        // 2025 to 2030, 2025 through 2030 (two years, no other reading)
        if self.year_tok(i).is_some()
            && self.is_any(i + 1, &["to", "through", "thru", "until"])
            && let Some(y2) = self.year_tok(i + 2)
            && let Some(y1) = self.year_tok(i)
            && y2 > y1
            && y2 - y1 <= 100
        {
            return mk(
                i,
                i + 3,
                Core::Abs(Point::Year(y1)),
                Core::Abs(Point::Year(y2)),
            );
        }
        // from X to Y / between X and Y
        let joiners: &[&str] = match prep {
            Some("from") => &["to", "until", "till", "through", "thru", "and"],
            Some("between") => &["and"],
            _ => return None,
        };
        let a = self.side(i)?;
        let mut k = a.e;
        let joined = if self.is_any(k, joiners) {
            k += 1;
            true
        } else {
            self.dash(k)
        };
        if !joined {
            return None;
        }
        if !self.is_any(k.wrapping_sub(1), joiners) {
            k += 1;
        }
        // "from 1 to 3 March 2022": a bare day on the left
        let b = self.side(k)?;
        mk(i, b.e, a.core, b.core)
    }

    /// One side of an interval: a date, a bare year, or a bare day followed by a
    /// month on the other side (`1 to 3 March`).
    fn side(&self, i: usize) -> Option<DateM> {
        let mut best = self.date(i, true);
        // A bare day number ("from 1 to 3 March 2022", "between 2 and 4 June")
        if best.is_none()
            && let Some(d) = self.num(i)
            && self.digits(i) <= 2
            && (1..=31).contains(&d)
            && (self.is_any(i + 1, &["to", "and", "until", "through"]) || self.dash(i + 1))
        {
            // Look ahead for the month on the right side.
            let k = i + 2;
            if let Some((_, Core::Abs(Point::Day(right)), _)) = self.day_month(k) {
                let date = NaiveDate::from_ymd_opt(right.year(), right.month(), d)?;
                best = Some(DateM {
                    s: i,
                    e: i + 1,
                    core: Core::Abs(Point::Day(date)),
                    qual: None,
                });
            } else if let Some((_, Core::MonthDay(m, _, _), _)) = self.day_month(k) {
                best = Some(DateM {
                    s: i,
                    e: i + 1,
                    core: Self::month_day_core(m, d, None, None)?,
                    qual: None,
                });
            }
        }
        best
    }
}

/// A core naming one day.
fn day_level(core: &Core) -> bool {
    matches!(
        core,
        Core::MonthDay(..)
            | Core::Abs(Point::Day(_))
            | Core::Rel(Rel::Weekday(..) | Rel::Holiday(..) | Rel::Days(_))
    )
}

/// Gives a side without a year the other side's year: `March to May 2024`.
fn fill_years(a: Core, b: Core) -> (Core, Core) {
    let year_of = |c: &Core| match c {
        Core::Abs(p) => p.year(),
        _ => None,
    };
    let fill = |c: Core, y: i32, later: bool| -> Core {
        match c {
            Core::Rel(Rel::Sub(sub)) => {
                let y = y + i32::from(later);
                sub.in_year(y).map_or(c, Core::Abs)
            }
            Core::MonthDay(m, d, _) => {
                let y = y + i32::from(later);
                NaiveDate::from_ymd_opt(y, m, d).map_or(c, |x| Core::Abs(Point::Day(x)))
            }
            _ => c,
        }
    };
    let month_of = |c: &Core| -> Option<u32> {
        match c {
            Core::Rel(Rel::Sub(Sub::Month(m))) | Core::MonthDay(m, _, _) => Some(*m),
            Core::Abs(Point::Month(_, m)) => Some(*m),
            Core::Abs(Point::Day(d)) => Some(d.month()),
            _ => None,
        }
    };
    match (year_of(&a), year_of(&b)) {
        (None, Some(y)) => {
            let wraps = matches!((month_of(&a), month_of(&b)), (Some(x), Some(z)) if x > z);
            let a2 = match a {
                Core::Rel(Rel::Sub(_)) | Core::MonthDay(..) => {
                    fill(a, if wraps { y - 1 } else { y }, false)
                }
                _ => a,
            };
            (a2, b)
        }
        (Some(y), None) => {
            let wraps = matches!((month_of(&a), month_of(&b)), (Some(x), Some(z)) if x > z);
            (a, fill(b, y, wraps))
        }
        _ => (a, b),
    }
}

fn dur_value(u: char, n: u32, half: bool) -> Option<String> {
    let n = u64::from(n);
    Some(match (u, half) {
        ('Y', false) => format!("P{n}Y"),
        ('Y', true) => format!("P{}M", n * 12 + 6),
        ('E', false) => format!("P{}Y", n * 10),
        ('E', true) => format!("P{}Y", n * 10 + 5),
        ('C', false) => format!("P{}Y", n * 100),
        ('C', true) => format!("P{}Y", n * 100 + 50),
        ('M', false) => format!("P{n}M"),
        ('M', true) => return None,
        ('W', false) => format!("P{n}W"),
        ('W', true) => format!("P{}D", n * 7 + 3),
        ('F', false) => format!("P{}W", n * 2),
        ('F', true) => format!("P{}W", n * 2 + 1),
        ('D', false) => format!("P{n}D"),
        ('D', true) => format!("PT{}H", n * 24 + 12),
        ('h', false) => format!("PT{n}H"),
        ('h', true) => format!("PT{}M", n * 60 + 30),
        ('m', false) => format!("PT{n}M"),
        ('m', true) => format!("PT{}S", n * 60 + 30),
        ('s', false) => format!("PT{n}S"),
        _ => return None,
    })
}

/// `num/den` of one unit, in the largest unit that keeps it whole.
fn frac_value(u: char, num: u32, den: u32) -> Option<String> {
    let (amount, unit) = match u {
        'C' => (100 * num, 'Y'),
        'E' => (10 * num, 'Y'),
        'Y' => (12 * num, 'M'),
        'M' => return None,
        'W' => (7 * num, 'D'),
        'D' => (24 * num, 'h'),
        'h' => (60 * num, 'm'),
        'm' => (60 * num, 's'),
        _ => return None,
    };
    if amount % den != 0 {
        return None;
    }
    dur_value(unit, amount / den, false)
}
