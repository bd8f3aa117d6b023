//! Periods longer than a month: decades (`the 1990s`, `the '90s`), centuries,
//! ordinal parts of a year, quarters and halves (`Q3`, `H1 2024`), fiscal years, seasons and
//! `the quarter ended ...`.

use chrono::Datelike;

use super::super::calendar::{Point, Rel, Sub};
use super::super::lex::{Kind, Lex};
use super::vocabulary::DAY_NAME_PREV;
use super::{Core, Grammar};

impl Grammar<'_> {
    /// `1990s`, `1990's`, `'90s`.
    pub(super) fn decade(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
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
    pub(super) fn century(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn ordinal_part(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn part_year(&self, k: usize, sub: Sub) -> Option<(usize, Core)> {
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
    pub(super) fn q_h(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn num_q_h(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn fiscal(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn season(&self, i: usize, ctx: bool) -> Option<(usize, Core, bool)> {
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

    /// `the quarter ended June 30`, `the quarter ending Sept. 30, 2024`, `the quarter to
    /// December`: the calendar quarter ending that month.
    pub(super) fn quarter_ended(&self, i: usize) -> Option<(usize, Core, bool)> {
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
}
