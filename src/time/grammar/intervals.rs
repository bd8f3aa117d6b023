//! Intervals: two dates joined by `to`, `through`, `until`, a dash or `between ...
//! and ...`, each side filled with the other's year where it lacks one.

use chrono::{Datelike, NaiveDate};

use super::super::calendar::{Point, Rel, Sub};
use super::super::lex::Kind;
use super::vocabulary::{COUNT_NOUNS, YEAR_PREPS};
use super::{Core, DateM, Expr, Grammar, Match};

impl Grammar<'_> {
    /// `from 1996 to 2001`, `between 2018 and 2020`, `1996-2001`, `Jan. 5-7, 2024`,
    /// `Oct. 30-Nov. 2, 2024`, `12-14 September 2023`, `March to May 2024`.
    pub(super) fn interval(&self, i: usize, prep: Option<&'static str>) -> Option<Match> {
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

/// Gives a side without a year the other side's year: `March to May 2024`.
pub(super) fn fill_years(a: Core, b: Core) -> (Core, Core) {
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
