//! Calendar dates written with a month: numeric dates (`7/3/25`, ISO), month and
//! day in either order, a trailing year, ordinal days (`the fourth of July`), and weeks of a
//! month.

use chrono::NaiveDate;

use super::super::calendar::{Point, Rel, Sub};
use super::super::lex::{Kind, Lex};
use super::{Core, Grammar};

impl Grammar<'_> {
    /// `2025-07-03`, `2025/07/03`, `07/03/2025`, `7/3/25`.
    pub(super) fn numeric_date(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn day_num(&self, i: usize) -> Option<(usize, u32)> {
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
    pub(super) fn month_name(&self, i: usize) -> Option<(usize, u32, bool)> {
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
    pub(super) fn trailing_year(&self, i: usize) -> Option<(usize, i32)> {
        let k = if self.p(i, ',') { i + 1 } else { i };
        match self.year_tok(k) {
            Some(y) => Some((k + 1, y)),
            None => self.year_words(k),
        }
    }

    pub(super) fn month_day_core(
        m: u32,
        d: u32,
        year: Option<i32>,
        wd: Option<u32>,
    ) -> Option<Core> {
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
    pub(super) fn month_led(&self, i: usize, ctx: bool) -> Option<(usize, Core, bool)> {
        self.month_led_wd(i, ctx, None)
    }

    pub(super) fn month_led_wd(
        &self,
        i: usize,
        ctx: bool,
        wd: Option<u32>,
    ) -> Option<(usize, Core, bool)> {
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
    pub(super) fn day_month(&self, i: usize) -> Option<(usize, Core, bool)> {
        self.day_month_wd(i, None)
    }

    pub(super) fn day_month_wd(&self, i: usize, wd: Option<u32>) -> Option<(usize, Core, bool)> {
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

    /// `the fourth of July`, `the first of March 2024`: an ordinal word as the day.
    pub(super) fn ordinal_day_month(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    /// [`calendar::month_week`]: super::super::calendar::month_week
    pub(super) fn month_week(&self, i: usize) -> Option<(usize, Core, bool)> {
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
            return Some((
                e,
                Core::Abs(super::super::calendar::month_week(y, m, n)?),
                true,
            ));
        }
        Some((k2, Core::Rel(Rel::MonthWeek(m, n)), true))
    }
}
