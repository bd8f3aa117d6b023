//! Absolute dates in the other forms the world writes them:
//!
//! - month names in lower case where a day or year follows (`october 9 2021`, `august
//!   2019`, `3 dec 2022`, `march of 2016`), or after a date preposition (`in june`);
//!   lower-case `may` and `march` only with a year (they are verbs);
//! - dashes and slashes around a month abbreviation, glued: `12-Mar-2018`,
//!   `Jun-04-2021`, `2022-jan-7`, `09/Nov/1989`, `17-Jan-91`;
//! - numeric month and year: `7/2019`, `04/2022`, ISO `2021-06` (not a year range such
//!   as `2011-12`, not glued into a code, not after a capitalised label as in `Model
//!   2021-06`);
//! - the year first: `2019 march`, `2024 February`;
//! - two-digit years: `'09`, `Dec '98`, `June of 92`, `17-Jan-91` (`00`-`69` are
//!   20XX, `70`-`99` 19XX, as for `7/3/25`);
//! - the day as an ordinal after the month: `March second 2004`, `July first`, `April
//!   the first`, `october the 27th`.

use chrono::NaiveDate;

use super::super::calendar::Point;
use super::{Core, Grammar, Kind, Lex, YEAR_PREPS};

/// Two-digit years: 00-69 are 20XX, 70-99 19XX.
pub(super) fn two_digit_year(n: u32) -> i32 {
    if n < 70 {
        2000 + n as i32
    } else {
        1900 + n as i32
    }
}

/// Nouns after an ordinal that make it no day: `March second quarter`.
const ORD_NOUNS: &[&str] = &[
    "quarter",
    "half",
    "time",
    "round",
    "place",
    "term",
    "week",
    "day",
    "year",
    "month",
    "season",
    "leg",
    "stage",
    "reading",
    "visit",
    "anniversary",
    "edition",
    "game",
    "test",
    "phase",
    "wave",
    "attempt",
    "largest",
    "biggest",
    "highest",
    "lowest",
];

impl Grammar<'_> {
    /// A month name in lower case reads as a month when a day or year follows it, or
    /// (full names but `may` and `march`) after a date preposition.
    pub(super) fn lower_month_ok(&self, i: usize) -> bool {
        let verb_like = matches!(self.lex(i), Lex::Month(3 | 5)) || self.is(i, "mar");
        let mut k = i + 1;
        if self.p(k, '.') && self.adj(k) {
            k += 1;
        }
        let year_at = |k: usize| self.year_tok(k).is_some();
        if year_at(k) || self.is(k, "of") && year_at(k + 1) {
            return !(verb_like && self.is_any(i.wrapping_sub(1), &["the", "a", "this", "that"]));
        }
        if verb_like {
            // "may 3" only with a year after the day: "may 3 2024", "march 3rd, 2021"
            return self
                .day_num(k)
                .is_some_and(|(e, _)| self.trailing_year(e).is_some());
        }
        if self.day_num(k).is_some() || self.is(k, "the") && self.ordinal(k + 1).is_some() {
            return true;
        }
        matches!(self.lex(i), Lex::Month(_))
            && i > 0
            && self.is_any(
                i - 1,
                &[
                    "in", "since", "until", "by", "during", "from", "through", "before", "after",
                    "last", "next", "this", "early", "late", "mid", "of",
                ],
            )
    }

    /// A month word of any case (for glued numeric forms): `Mar`, `jan`, `Nov`.
    fn month_word(&self, i: usize) -> Option<u32> {
        match self.lex(i) {
            Lex::Month(m) | Lex::MonthAbbr(m) => Some(m),
            _ => None,
        }
    }

    /// A year written with two or four digits, in a numeric date.
    fn year_2_or_4(&self, i: usize) -> Option<i32> {
        let n = self.num(i)?;
        match self.digits(i) {
            4 if (1000..=2199).contains(&n) => Some(n as i32),
            2 => Some(two_digit_year(n)),
            _ => None,
        }
    }

    /// Nothing glued on either side of tokens `[s, e)` that would make it a code.
    fn free_standing(&self, s: usize, e: usize) -> bool {
        let before_ok = s == 0
            || !self.adj(s)
            || matches!(
                self.t[s - 1].kind,
                Kind::Punct('(' | '"' | '\'' | '[' | '“')
            );
        let after_ok = !self.adj(e)
            || !matches!(
                self.tok(e).map(|t| t.kind),
                Some(Kind::Num | Kind::Word | Kind::Punct('-' | '/' | '–'))
            );
        before_ok && after_ok && (s + 1..e).all(|k| self.adj(k))
    }

    /// `12-Mar-2018`, `17-Jan-91`, `Jun-04-2021`, `Sep-12-24`, `2022-jan-7`,
    /// `09/Nov/1989`.
    pub(super) fn abbr_numeric(&self, i: usize) -> Option<(usize, Core, bool)> {
        let sep = match self.tok(i + 1)?.kind {
            Kind::Punct(c @ ('-' | '/' | '.')) => c,
            _ => return None,
        };
        if !self.p(i + 3, sep) || !self.free_standing(i, i + 5) {
            return None;
        }
        let (y, m, d) = if let Some(m) = self.month_word(i + 2) {
            if self.num(i).is_some() && self.digits(i) == 4 {
                // 2022-jan-7
                let y = self.year_2_or_4(i)?;
                (y, m, self.num(i + 4).filter(|_| self.digits(i + 4) <= 2)?)
            } else {
                // 12-Mar-2018
                let d = self.num(i).filter(|_| self.digits(i) <= 2)?;
                (self.year_2_or_4(i + 4)?, m, d)
            }
        } else {
            // Jun-04-2021
            let m = self.month_word(i)?;
            let d = self.num(i + 2).filter(|_| self.digits(i + 2) <= 2)?;
            (self.year_2_or_4(i + 4)?, m, d)
        };
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        Some((i + 5, Core::Abs(Point::Day(date)), false))
    }

    /// `7/2019`, `04/2022`, `2021-06`: a month and year in digits.
    pub(super) fn numeric_month_year(&self, i: usize) -> Option<(usize, Core, bool)> {
        let a = self.num(i)?;
        let b = self.num(i + 2)?;
        if !self.free_standing(i, i + 3) || self.money_before(i) {
            return None;
        }
        // "Model 2021-06", "ISO 9001": a capitalised label before
        let label = i > 0
            && self.cap(i - 1)
            && !self.sentence_start(i - 1)
            && !self.is_any(i - 1, YEAR_PREPS)
            && !matches!(self.lex(i - 1), Lex::Month(_) | Lex::MonthAbbr(_));
        if label || i > 0 && self.p(i - 1, '#') {
            return None;
        }
        if self.p(i + 1, '/') && self.digits(i) <= 2 && self.digits(i + 2) == 4 {
            if !(1..=12).contains(&a) || !(1900..=2099).contains(&b) {
                return None;
            }
            return Some((i + 3, Core::Abs(Point::Month(b as i32, a)), false));
        }
        if self.p(i + 1, '-') && self.digits(i) == 4 && self.digits(i + 2) == 2 {
            // 2011-12 is a split year (read by the interval rule), 2021-06 a month
            if !(1900..=2099).contains(&a) || !(1..=12).contains(&b) || b > a % 100 {
                return None;
            }
            return Some((i + 3, Core::Abs(Point::Month(a as i32, b)), false));
        }
        None
    }

    /// `2019 march`, `2024 February`: the year first.
    pub(super) fn year_then_month(&self, i: usize) -> Option<(usize, Core, bool)> {
        let y = self.year_tok(i)?;
        let Lex::Month(m) = self.lex(i + 1) else {
            return None;
        };
        // not "June 2019 March …", not a day after ("2019 March 3" is odd)
        if i > 0 && matches!(self.lex(i - 1), Lex::Month(_) | Lex::MonthAbbr(_)) {
            return None;
        }
        if self.num(i + 2).is_some() || self.cap(i + 2) {
            return None;
        }
        Some((i + 2, Core::Abs(Point::Month(y, m)), false))
    }

    /// A two-digit year written `'09` where a year is expected: `the class of '09`, `in
    /// '98`.
    pub(super) fn apostrophe_year(&self, i: usize) -> Option<(usize, i32)> {
        if !self.p(i, '\'') || self.digits(i + 1) != 2 || !self.adj(i + 1) {
            return None;
        }
        let glued_on = self.adj(i + 2)
            && !matches!(
                self.tok(i + 2).map(|t| t.kind),
                None | Some(Kind::Punct(
                    ',' | '.' | ')' | '"' | '\'' | ';' | ':' | '?' | '!'
                ))
            );
        if glued_on {
            return None;
        }
        Some((i + 2, two_digit_year(self.num(i + 1)?)))
    }

    /// The year after a month name in the short forms: `Dec '98`, `June of 92`.
    pub(super) fn short_year_after_month(&self, k: usize) -> Option<(usize, i32)> {
        if let Some(r) = self.apostrophe_year(k) {
            return Some(r);
        }
        if self.is(k, "of") && self.digits(k + 1) == 2 && !self.adj(k + 2) {
            let n = self.num(k + 1)?;
            if self.word(k + 2) && !self.is_any(k + 2, &["and", "or", "when", "but", "to"]) {
                return None;
            }
            return Some((k + 2, two_digit_year(n)));
        }
        None
    }

    /// The day after a month as an ordinal: `the 27th`, `the first`, `second`,
    /// `twenty-first` (a word ordinal alone only after a capitalised month).
    pub(super) fn ordinal_after_month(&self, i: usize, k: usize) -> Option<(usize, u32)> {
        let (e, d) = if self.is(k, "the") {
            self.ordinal(k + 1)?
        } else {
            if self.num(k).is_some() || !self.cap(i) {
                return None;
            }
            self.ordinal(k)?
        };
        if !(1..=31).contains(&d) {
            return None;
        }
        if self.dash(e) && self.adj(e) || self.is_any(e, ORD_NOUNS) {
            return None;
        }
        Some((e, d))
    }
}
