//! The grammar of news time expressions, over the tokens of one segment.
//!
//! Matching is tried only at tokens that may start an expression (digits, month and
//! weekday names, number words, prepositions, qualifiers, `last`/`next`/…); at each such
//! token every form is tried and the longest wins. Forms are written the way news text
//! states a date in general, not for particular sentences.
//!
//! This root holds what every form shares: the match types, the token helpers and the
//! scan that tries the forms; the forms themselves live in the submodules, one idea each.

use super::calendar::{Point, Rel, Sub, Unit};
use super::lex::{Kind, Lex, Tok};

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

// The other ideas of the grammar, in grammar/.
mod calendar_dates;
mod counts;
mod dates;
mod deixis;
mod durations;
mod holiday_names;
mod intervals;
mod modifiers;
mod periods;
mod vocabulary;
mod weekdays;
mod years;

use intervals::fill_years;
use vocabulary::{COUNT_NOUNS, YEAR_PREPS};

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
}
