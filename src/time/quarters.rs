//! Quarters and halves in the forms that the grammar's `Q3 2024`, `3Q23`, `the third
//! quarter of 2024` do not cover:
//!
//! - year and quarter glued or dashed, any case: `2021Q2`, `21q2`, `2020-q3`, `2021-H1`;
//!   `Q3/2018`, `q2 2021`;
//! - the year first: `the 2015 fourth quarter`, `its 2016 first quarter results`;
//! - `qtr`: `the 3rd qtr of 2019`; `the final (last) quarter of 2022` (the fourth);
//! - months: `the first three months of the year` (Q1), `the first six months of 2026`
//!   (H1), `the last three months of 2022` (Q4); `the April-June quarter` (the calendar
//!   quarter those months make up, its year read from the tense like `in June`);
//! - `the back half of the year` (H2), `the front half` (H1).
//!
//! A quarter without a year (`Q2`, `the third quarter`) takes the publication year,
//! moved by tense like a bare month (the grammar's rule).

use super::super::calendar::{Rel, Sub};
use super::{Core, Grammar, Kind};

impl Grammar<'_> {
    /// `q`/`Q` and `h`/`H` followed by a glued digit: the part.
    fn qh_part(&self, i: usize) -> Option<Sub> {
        let s = self.s(i);
        if !self.adj(i + 1) || self.digits(i + 1) != 1 {
            return None;
        }
        let n = self.num(i + 1)?;
        match s {
            "q" | "Q" if (1..=4).contains(&n) => Some(Sub::Quarter(n)),
            "h" | "H" if (1..=2).contains(&n) => Some(Sub::Half(n)),
            _ => None,
        }
    }

    /// Nothing glued after token `e` that would make it part of a code.
    fn ends_free(&self, e: usize) -> bool {
        !self.adj(e)
            || !matches!(
                self.tok(e).map(|t| t.kind),
                Some(Kind::Num | Kind::Word | Kind::Punct('-' | '/'))
            )
    }

    /// Quarter forms starting at a number: `2021Q2`, `21q2`, `2020-q3`, `the 2015 fourth
    /// quarter`, `2016 first quarter`.
    pub(super) fn year_quarter(&self, i: usize) -> Option<(usize, Core, bool)> {
        let n = self.num(i)?;
        if i > 0 && self.adj(i) && !matches!(self.t[i - 1].kind, Kind::Punct('(' | '"')) {
            return None;
        }
        let y = match self.digits(i) {
            4 if (1900..=2199).contains(&n) => n as i32,
            2 => 2000 + n as i32,
            _ => return None,
        };
        // 2021Q2, 21q2 (glued), 2020-q3
        let k = if self.p(i + 1, '-') && self.adj(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if self.adj(k)
            && let Some(sub) = self.qh_part(k)
            && self.ends_free(k + 2)
        {
            // "21q2" needs the lower-case q or a dash; "21Q2" too (no other reading)
            return Some((k + 2, Core::Abs(sub.in_year(y)?), false));
        }
        // the 2015 fourth quarter
        if self.digits(i) != 4 || self.adj(i + 1) {
            return None;
        }
        let (e, q) = self.ordinal(i + 1)?;
        let sub = if self.is(e, "quarter") && (1..=4).contains(&q) {
            Sub::Quarter(q)
        } else if self.is(e, "half") && (1..=2).contains(&q) {
            Sub::Half(q)
        } else {
            return None;
        };
        Some((e + 1, Core::Abs(sub.in_year(y)?), true))
    }

    /// `Q3/2018`, `q2 2021`, `q3 of 2019`: a letter-first part in any case.
    pub(super) fn quarter_slash(&self, i: usize) -> Option<(usize, Core, bool)> {
        let sub = self.qh_part(i)?;
        if self.p(i + 2, '/') && self.adj(i + 2) && self.adj(i + 3) && self.digits(i + 3) == 4 {
            let y = self.num(i + 3).filter(|y| (1900..=2199).contains(y))?;
            if !self.ends_free(i + 4) {
                return None;
            }
            return Some((i + 4, Core::Abs(sub.in_year(y as i32)?), false));
        }
        // lower case: only with a year (the grammar reads `Q2` alone)
        if self.s(i) == "q" && !self.adj(i + 2) {
            let k = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
            let y = self.year_tok(k)?;
            return Some((k + 1, Core::Abs(sub.in_year(y)?), false));
        }
        None
    }

    /// `the 3rd qtr of 2019`, `the final quarter of 2022`, `the first three months of
    /// the year`, `the back half of the year`.
    pub(super) fn quarter_words(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !self.is(i, "the") {
            return None;
        }
        let k = i + 1;
        let (k2, sub) = if self.is_any(k, &["final", "last"]) && self.is(k + 1, "quarter") {
            (k + 2, Sub::Quarter(4))
        } else if self.is_any(k, &["back", "front"]) && self.is(k + 1, "half") {
            (k + 2, Sub::Half(if self.is(k, "back") { 2 } else { 1 }))
        } else if self.is_any(k, &["first", "last"])
            && self.is_any(k + 1, &["three", "six"])
            && self.is(k + 2, "months")
        {
            let first = self.is(k, "first");
            let sub = match (self.is(k + 1, "three"), first) {
                (true, true) => Sub::Quarter(1),
                (true, false) => Sub::Quarter(4),
                (false, true) => Sub::Half(1),
                (false, false) => Sub::Half(2),
            };
            (k + 3, sub)
        } else if let Some((e, q)) = self.ordinal(k)
            && self.is(e, "qtr")
            && (1..=4).contains(&q)
        {
            let e = if self.p(e + 1, '.') && self.adj(e + 1) {
                e + 2
            } else {
                e + 1
            };
            (e, Sub::Quarter(q))
        } else if let Some((k2, m1, _)) = self.month_name(k)
            && self.dash(k2)
            && let Some((k3, m2, _)) = self.month_name(k2 + 1)
        {
            // the April-June quarter
            if m2 % 3 == 0 && m1 + 2 == m2 && self.is(k3, "quarter") {
                return Some((k3 + 1, Core::Rel(Rel::QuarterEnding(m2)), true));
            }
            return None;
        } else {
            return None;
        };
        let (e, core) = self.part_year(k2, sub)?;
        // "the last quarter of 2022": only with its year (else `last quarter` is the one
        // before the anchor's)
        Some((e, core, true))
    }

    /// `the July-September period`: the months as an interval (the grammar's month range
    /// after `the`).
    pub(super) fn the_month_range(&self, i: usize) -> Option<(usize, Core, Core)> {
        if !self.is(i, "the") {
            return None;
        }
        let (k2, m1, _) = self.month_name(i + 1)?;
        if !self.dash(k2) {
            return None;
        }
        let (k3, m2, _) = self.month_name(k2 + 1)?;
        if !self.is_any(k3, &["period", "months", "season", "window"]) {
            return None;
        }
        let m = |m| Core::Rel(Rel::Sub(Sub::Month(m)));
        Some((k3 + 1, m(m1), m(m2)))
    }
}
