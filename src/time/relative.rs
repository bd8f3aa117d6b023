//! Relative forms that land on a day or period:
//!
//! - offsets: `in three weeks`, `in 18 months`, `in three years' time`, `two years from
//!   now`, `four days from today`, and compound ones `3 weeks and 1 day ago`, `a year and
//!   two months ago`, `a year and a half ago`. Day and week offsets land on the day (a
//!   week is 7 days), month offsets on the month, year offsets on the year; a compound
//!   offset lands at its finest unit. `in N units` is an offset only when the clause
//!   points ahead (`will reopen in two months`, `is due in 45 days`) or `time` follows;
//!   otherwise it stays a duration (`the lowest in 18 months`, `built it in two years`).
//!   A single `N weeks ago` keeps the ISO week it lands in (the convention of the
//!   development corpus), a compound one the day;
//! - `the month after next`, `the week after next`, `the year before last`;
//! - days inside a period: `the fourth Thursday of November 2019`, `the last Monday of
//!   May 2021`, `the second Friday of this month`, `the first Tuesday in July`, `the last
//!   day of February 2024`, `the first day of next month`, `the 15th of last month`,
//!   `Tuesday of last week`, `Thursday last week`, `last week on Monday`;
//! - `later in the week`, `earlier in the month` (the period, qualifier `later` /
//!   `earlier`); `the week of March 9` (the ISO week holding the day);
//! - periods to date: `so far this year`, `year to date`, `month to date` (from the
//!   first day of the period to the anchor); `the year to October` stays the month the
//!   figure is for (`October`), as the rule packs read statistics releases;
//! - day ranges inside a relative period: `from 5 to 18 this month`, `from the 1st to the
//!   10th of next month`, `from Monday to Friday next week`.

use chrono::{Datelike, NaiveDate};

use super::super::calendar::{Period, Pick, Point, Rel};
use super::{Core, Expr, Grammar, Lex, Match};

/// Where a day is picked: a month with its year, or a period relative to the anchor.
enum Within {
    Month(i32, u32),
    Rel(Period),
}

impl Grammar<'_> {
    /// A sequence `N unit [, | and] N unit …` with units in decreasing order: the end,
    /// the months and days it adds up to, and the granularity (`Y`, `M`, `D`).
    pub(super) fn offset_units(&self, i: usize) -> Option<(usize, i64, i64, char, usize)> {
        let mut k = i;
        let mut months = 0i64;
        let mut days = 0i64;
        let mut gran = 'Y';
        let mut last_rank = 0u8;
        let mut parts = 0usize;
        while let Some((k2, n)) = self.number(k) {
            if n.half && parts > 0 {
                break;
            }
            let Some((u, e)) = self.unit(k2) else {
                break;
            };
            let rank = match u {
                'C' | 'E' | 'Y' => 1,
                'M' => 2,
                'W' | 'F' => 3,
                'D' => 4,
                _ => return None,
            };
            if rank <= last_rank {
                break;
            }
            let n64 = i64::from(n.n);
            match u {
                'C' => months += 1200 * n64,
                'E' => months += 120 * n64,
                'Y' => months += 12 * n64,
                'M' => months += n64,
                'W' => days += 7 * n64,
                'F' => days += 14 * n64,
                _ => days += n64,
            }
            gran = match (gran, rank) {
                (_, 4 | 3) => 'D',
                ('D', _) => 'D',
                (_, 2) => 'M',
                (g, _) => g,
            };
            let mut half = n.half;
            let mut e = e;
            if self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half") {
                half = true;
                e += 3;
            }
            if half {
                match u {
                    'Y' => {
                        months += 6;
                        gran = 'M';
                    }
                    'E' => months += 60,
                    _ => return None,
                }
            }
            parts += 1;
            last_rank = rank;
            k = e;
            if half {
                break;
            }
            // joiners: ", ", "and", ", and"
            let mut j = k;
            if self.p(j, ',') {
                j += 1;
            }
            if self.is(j, "and") {
                j += 1;
            }
            if j == k || self.number(j).is_none() {
                break;
            }
            k = j;
        }
        // a trailing joiner consumed without a part after it
        while k > i && (self.is(k - 1, "and") || self.p(k - 1, ',')) {
            k -= 1;
        }
        (parts > 0).then_some((k, months, days, gran, parts))
    }

    /// `two years from now`, `four days from today`, `3 weeks and 1 day ago`, `a year
    /// and a half ago` (a single `N units ago` is read by the grammar's `ago`).
    pub(super) fn offset_from_now(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (e, months, days, gran, parts) = self.offset_units(i)?;
        let (sign, end) = if self.is(e, "ago") {
            let half = months % 12 != 0 && gran == 'M' && parts == 1 && months > 12;
            if parts < 2 && !half {
                return None;
            }
            (-1, e + 1)
        } else if self.is(e, "from") && self.is_any(e + 1, &["now", "today"]) {
            (1, e + 2)
        } else if self.is(e, "hence") {
            (1, e + 1)
        } else {
            return None;
        };
        Some((
            end,
            Core::Rel(Rel::Shift(sign * months, sign * days, gran)),
            false,
        ))
    }

    /// After `in`: `in three weeks`, `in three years' time`. Returns the end, the
    /// offset, and whether `time` was written (an offset whatever the tense).
    pub(super) fn offset_in(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (mut e, months, days, gran, _) = self.offset_units(i)?;
        let mut time = false;
        if self.p(e, '\'') && self.is(e + 1, "time") {
            e += 2;
            time = true;
        } else if self.p(e, '\'') && self.is(e + 1, "s") && self.is(e + 2, "time") {
            e += 3;
            time = true;
        } else if self.is(e, "time") {
            e += 1;
            time = true;
        }
        // "in the lowest in 18 months": a superlative or "first time" before the
        // preposition makes it a span.
        let before = i.saturating_sub(6)..i.saturating_sub(1);
        let span = before.clone().any(|k| {
            let w = self.s(k);
            self.word(k)
                && (w.len() > 4 && w.ends_with("est")
                    || self.is_any(k, &["first", "time", "ever", "record", "since", "most"]))
        });
        if span && !time {
            return None;
        }
        Some((e, Core::Rel(Rel::Shift(months, days, gran)), time))
    }

    /// `the month after next`, `the week after next`, `the year before last`.
    pub(super) fn after_next(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !self.is(i, "the") {
            return None;
        }
        let n = if self.is(i + 2, "after") && self.is(i + 3, "next") {
            2
        } else if self.is(i + 2, "before") && self.is(i + 3, "last") {
            -2
        } else {
            return None;
        };
        let rel = match self.s(i + 1).to_ascii_lowercase().as_str() {
            "month" => Rel::Months(n),
            "week" => Rel::Weeks(n),
            "year" => Rel::Years(n),
            _ => return None,
        };
        Some((i + 4, Core::Rel(rel), true))
    }

    /// A month a day is picked in: `November 2019`, `April`, `this month`, `next month`,
    /// `the month`.
    fn within(&self, k: usize) -> Option<(usize, Within)> {
        let off = |w: usize| -> Option<i64> {
            if self.is(w, "this") {
                Some(0)
            } else if self.is(w, "next") {
                Some(1)
            } else if self.is_any(w, &["last", "previous"]) {
                Some(-1)
            } else {
                None
            }
        };
        if let Some(n) = off(k)
            && self.is(k + 1, "month")
        {
            return Some((k + 2, Within::Rel(Period::Month(n))));
        }
        if self.is(k, "the") && self.is(k + 1, "month") {
            return Some((k + 2, Within::Rel(Period::Month(0))));
        }
        let (k2, m, _) = self.month_name(k)?;
        if let Some((e, y)) = self.trailing_year(k2) {
            return Some((e, Within::Month(y, m)));
        }
        Some((k2, Within::Rel(Period::NamedMonth(m))))
    }

    fn pick_core(within: Within, pick: Pick) -> Option<Core> {
        match within {
            Within::Month(y, m) => Some(Core::Abs(Point::Day(pick.in_month(y, m)?))),
            Within::Rel(p) => {
                // reject impossible days (the 31st of April) where the month is known
                if let (Period::NamedMonth(m), Pick::Day(d)) = (p, pick) {
                    NaiveDate::from_ymd_opt(2024, m, d)?;
                }
                Some(Core::Rel(Rel::Pick(p, pick)))
            }
        }
    }

    /// `the fourth Thursday of November 2019`, `the last Monday of May`, `the last day
    /// of February 2024`, `the first day of next month`, `the 15th of last month`.
    pub(super) fn day_in_month(&self, i: usize) -> Option<(usize, Core, bool)> {
        let k = if self.is(i, "the") { i + 1 } else { i };
        let (k2, nth) = if self.is_any(k, &["last", "final"]) {
            (k + 1, -1i8)
        } else {
            let (e, n) = self.ordinal(k)?;
            (e, i8::try_from(n).ok()?)
        };
        let (k3, pick) = match self.lex(k2) {
            Lex::Weekday(wd) if self.cap(k2) && (nth == -1 || (1..=5).contains(&nth)) => {
                (k2 + 1, Pick::Nth(wd, nth))
            }
            _ if self.is(k2, "day") && (nth == -1 || nth == 1) => (
                k2 + 1,
                if nth == 1 {
                    Pick::Day(1)
                } else {
                    Pick::LastDay
                },
            ),
            // "the 15th of last month": the day itself, with a relative month only (the
            // form with a month name is the grammar's `the 15th of March`)
            _ if nth >= 1 && self.is(k2, "of") => {
                let (e, w) = self.within(k2 + 1)?;
                if matches!(w, Within::Rel(Period::Month(_))) {
                    return Some((e, Self::pick_core(w, Pick::Day(nth as u32))?, true));
                }
                return None;
            }
            _ => return None,
        };
        if !self.is_any(k3, &["of", "in"]) {
            return None;
        }
        let (e, w) = self.within(k3 + 1)?;
        Some((e, Self::pick_core(w, pick)?, true))
    }

    /// `Tuesday of last week`, `Thursday last week`, `Friday of this week`.
    pub(super) fn weekday_of_week(&self, i: usize) -> Option<(usize, Core, bool)> {
        let Lex::Weekday(wd) = self.lex(i) else {
            return None;
        };
        let k = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        let n = self.week_offset(k)?;
        Some((
            k + 2,
            Core::Rel(Rel::Pick(Period::Week(n), Pick::Weekday(wd))),
            false,
        ))
    }

    fn week_offset(&self, k: usize) -> Option<i64> {
        if !self.is(k + 1, "week") {
            return None;
        }
        if self.is(k, "this") {
            Some(0)
        } else if self.is(k, "next") {
            Some(1)
        } else if self.is(k, "last") {
            Some(-1)
        } else {
            None
        }
    }

    /// `last week on Monday`, `next week on Thursday`.
    pub(super) fn week_then_weekday(&self, i: usize) -> Option<(usize, Core, bool)> {
        let n = self.week_offset(i)?;
        if !self.is(i + 2, "on") {
            return None;
        }
        let Lex::Weekday(wd) = self.lex(i + 3) else {
            return None;
        };
        if !self.cap(i + 3) {
            return None;
        }
        Some((
            i + 4,
            Core::Rel(Rel::Pick(Period::Week(n), Pick::Weekday(wd))),
            false,
        ))
    }

    /// `later in the week`, `earlier in the month`: the period with its qualifier.
    pub(super) fn later_in(&self, i: usize) -> Option<(usize, Core, &'static str)> {
        let q = if self.is(i, "later") {
            "later"
        } else if self.is(i, "earlier") {
            "earlier"
        } else {
            return None;
        };
        if !(self.is(i + 1, "in") && self.is(i + 2, "the")) {
            return None;
        }
        let rel = match self.s(i + 3).to_ascii_lowercase().as_str() {
            "week" => Rel::Weeks(0),
            "month" => Rel::Months(0),
            "year" => Rel::Years(0),
            _ => return None,
        };
        if self.is(i + 4, "of") {
            return None;
        }
        Some((i + 4, Core::Rel(rel), q))
    }

    /// `the week of March 9`, `the week of 9 March 2026`.
    pub(super) fn week_of(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !(self.is(i, "the") && self.is(i + 1, "week") && self.is(i + 2, "of")) {
            return None;
        }
        let k = i + 3;
        let (e, core, _) = self.month_led(k, true).or_else(|| self.day_month(k))?;
        let core = match core {
            Core::Abs(Point::Day(d)) => {
                let w = d.iso_week();
                Core::Abs(Point::Week(w.year(), w.week()))
            }
            Core::MonthDay(m, d, _) => Core::Rel(Rel::WeekOf(m, d)),
            _ => return None,
        };
        Some((e, core, true))
    }

    /// `so far this year`, `year to date`, `month-to-date`: from the first day of the
    /// period to the anchor.
    pub(super) fn to_date(&self, i: usize, prep: Option<&'static str>) -> Option<Match> {
        let unit_of = |k: usize| -> Option<char> {
            match self.s(k).to_ascii_lowercase().as_str() {
                "year" => Some('Y'),
                "quarter" => Some('Q'),
                "month" => Some('M'),
                "week" => Some('W'),
                _ => None,
            }
        };
        let i = if self.is(i, "the") && self.is(i + 2, "to") {
            i + 1
        } else {
            i
        };
        let (e, unit) = if self.is(i, "so") && self.is(i + 1, "far") && self.is(i + 2, "this") {
            (i + 4, unit_of(i + 3)?)
        } else {
            let u = unit_of(i)?;
            let k = if self.p(i + 1, '-') { i + 2 } else { i + 1 };
            let k2 = if self.p(k + 1, '-') { k + 2 } else { k + 1 };
            if !(self.is(k, "to") && self.is(k2, "date")) {
                return None;
            }
            (k2 + 1, u)
        };
        if self.p(e, '-') && self.adj(e) {
            return None;
        }
        Some(Match {
            s: i,
            e,
            expr: Expr::Interval(Core::Rel(Rel::PeriodStart(unit)), Core::Rel(Rel::Days(0))),
            qual: None,
            prep,
        })
    }

    /// A day in a day range: `5`, `the 1st`, `the tenth`.
    fn range_day(&self, i: usize) -> Option<(usize, u32)> {
        let k = if self.is(i, "the") { i + 1 } else { i };
        if let Some((e, d)) = self.ordinal(k) {
            return (1..=31).contains(&d).then_some((e, d));
        }
        if k != i {
            return None;
        }
        let (e, d) = self.day_num(i)?;
        Some((e, d))
    }

    /// `from 5 to 18 this month`, `from the 1st to the 10th of next month`, `from
    /// Monday to Friday next week`.
    pub(super) fn period_range(&self, i: usize, prep: Option<&'static str>) -> Option<Match> {
        let joiners: &[&str] = match prep {
            Some("from") => &["to", "until", "till", "through"],
            Some("between") => &["and"],
            _ => return None,
        };
        let mk = |e: usize, a: Core, b: Core| {
            Some(Match {
                s: i,
                e,
                expr: Expr::Interval(a, b),
                qual: None,
                prep,
            })
        };
        // weekdays in a week
        if let Lex::Weekday(w1) = self.lex(i)
            && self.is_any(i + 1, joiners)
            && let Lex::Weekday(w2) = self.lex(i + 2)
        {
            let n = self.week_offset(i + 3)?;
            let pick = |wd| Core::Rel(Rel::Pick(Period::Week(n), Pick::Weekday(wd)));
            return mk(i + 5, pick(w1), pick(w2));
        }
        let (k, d1) = self.range_day(i)?;
        let k = if self.is_any(k, joiners) || self.dash(k) {
            k + 1
        } else {
            return None;
        };
        let (k2, d2) = self.range_day(k)?;
        if d2 <= d1 {
            return None;
        }
        let k3 = if self.is(k2, "of") { k2 + 1 } else { k2 };
        let off = if self.is(k3, "this") {
            0
        } else if self.is(k3, "next") {
            1
        } else if self.is(k3, "last") {
            -1
        } else {
            return None;
        };
        if !self.is(k3 + 1, "month") {
            return None;
        }
        let pick = |d| Core::Rel(Rel::Pick(Period::Month(off), Pick::Day(d)));
        mk(k3 + 2, pick(d1), pick(d2))
    }
}
