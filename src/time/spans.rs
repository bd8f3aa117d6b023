//! Compound and vague durations, and ranges written without `from`:
//!
//! - `3 years and 6 months` → `P3Y6M`, `2 years 4 months 10 days` → `P2Y4M10D`, `1
//!   year, 3 months`, `two weeks and three days` → `P2W3D`, `3 hours and 15 minutes` →
//!   `PT3H15M`: units in decreasing order, joined by nothing, a comma or `and`;
//! - `a couple of weeks` → `P2W`, qualifier `about`;
//! - `Sept 28 to Oct 3`, `April through June`: two days or months with their month
//!   names, joined by `to`/`through`/`until` (`from` is the grammar's);
//! - `12 March 2018 - 4 April 2019`, `December 2022-January 2023`: two full dates of
//!   the same granularity around a dash.

use super::super::calendar::Point;
use super::{Core, Expr, Grammar, Lex, Match, fill_years};

impl Grammar<'_> {
    /// `due 9/15`, `by 10/3`: a month and day in digits, only after a word of deadline
    /// (`on 9/11`, `since 9/11` and ratios stay untagged).
    pub(super) fn deadline_month_day(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (m, d) = (self.num(i)?, self.num(i + 2)?);
        if !(self.p(i + 1, '/') && self.adj(i + 1) && self.adj(i + 2))
            || self.digits(i) > 2
            || self.digits(i + 2) > 2
        {
            return None;
        }
        if i == 0
            || !self.is_any(
                i - 1,
                &["due", "by", "until", "till", "thru", "through", "before"],
            )
        {
            return None;
        }
        if self.adj(i + 3)
            && !matches!(
                self.tok(i + 3).map(|t| t.kind),
                Some(super::Kind::Punct(',' | '.' | ';' | ')'))
            )
        {
            return None;
        }
        let core = Self::month_day_core(m, d, None, None)?;
        Some((i + 3, core, false))
    }

    /// A compound duration at `i`: end and value. At least two parts.
    pub(super) fn compound_duration(&self, i: usize) -> Option<(usize, String)> {
        const ORDER: &str = "YMWDhms";
        let mut k = i;
        let mut parts: Vec<(char, u32)> = Vec::new();
        while let Some((k2, n)) = self.number(k) {
            if n.half || n.n == 0 {
                break;
            }
            let Some((u, e)) = self.unit(k2) else {
                break;
            };
            let u = match u {
                'E' | 'C' | 'F' => break,
                u => u,
            };
            let rank = ORDER.find(u)?;
            if parts
                .last()
                .is_some_and(|(p, _)| ORDER.find(*p).is_none_or(|r| r >= rank))
            {
                break;
            }
            parts.push((u, n.n));
            k = e;
            let mut j = k;
            if self.p(j, ',') {
                j += 1;
            }
            if self.is(j, "and") {
                j += 1;
            }
            if self.number(j).is_none() {
                break;
            }
            k = j;
        }
        while k > i && (self.is(k - 1, "and") || self.p(k - 1, ',')) {
            k -= 1;
        }
        if parts.len() < 2 {
            return None;
        }
        let date: String = parts
            .iter()
            .filter(|(u, _)| "YMWD".contains(*u))
            .map(|(u, n)| format!("{n}{u}"))
            .collect();
        let time: String = parts
            .iter()
            .filter(|(u, _)| "hms".contains(*u))
            .map(|(u, n)| format!("{n}{}", u.to_ascii_uppercase()))
            .collect();
        if self.is(k, "old")
            || self.is(k, "ago")
            || self.is(k, "from") && self.is_any(k + 1, &["now", "today"])
        {
            return None;
        }
        let t = if time.is_empty() {
            String::new()
        } else {
            format!("T{time}")
        };
        Some((k, format!("P{date}{t}")))
    }

    /// `a couple of weeks`, `a couple weeks`: two of the unit, qualifier `about`.
    pub(super) fn couple(&self, i: usize) -> Option<(usize, String)> {
        if !(self.is(i, "a") && self.is(i + 1, "couple")) {
            return None;
        }
        let k = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
        let (u, e) = self.unit(k)?;
        if !self.s(k).ends_with('s') {
            return None;
        }
        let v = match u {
            'Y' => "P2Y",
            'M' => "P2M",
            'W' => "P2W",
            'D' => "P2D",
            'h' => "PT2H",
            'm' => "PT2M",
            'E' => "P20Y",
            _ => return None,
        };
        Some((e, v.to_owned()))
    }

    /// `Sept 28 to Oct 3`, `April through June`, `12 March 2018 - 4 April 2019`,
    /// `December 2022-January 2023`.
    pub(super) fn bare_range(&self, i: usize, prep: Option<&'static str>) -> Option<Match> {
        if !matches!(self.lex(i), Lex::Month(_) | Lex::MonthAbbr(_)) && self.num(i).is_none() {
            return None;
        }
        // December 2022-January 2023 (the year before a glued dash is no year on its own)
        if let Some((k, m1, _)) = self.month_name(i)
            && let Some(y1) = self
                .num(k)
                .filter(|y| self.digits(k) == 4 && (1000..=2199).contains(y))
            && self.dash(k + 1)
            && let Some((k2, m2, _)) = self.month_name(k + 2)
            && let Some((e, y2)) = self.trailing_year(k2)
        {
            let a = Core::Abs(Point::Month(y1 as i32, m1));
            return Some(Match {
                s: i,
                e,
                expr: Expr::Interval(a, Core::Abs(Point::Month(y2, m2))),
                qual: None,
                prep,
            });
        }
        let a = self.date(i, true)?;
        let day_or_month = |c: &Core| match c {
            Core::MonthDay(..) => Some(true),
            Core::Abs(Point::Day(_)) => Some(true),
            Core::Abs(Point::Month(..)) => Some(false),
            Core::Rel(super::Rel::Sub(super::Sub::Month(_))) => Some(false),
            _ => None,
        };
        let da = day_or_month(&a.core)?;
        let k = a.e;
        let (k2, dash) = if self.is_any(k, &["to", "through", "thru", "until"]) {
            (k + 1, false)
        } else if self.dash(k) {
            (k + 1, true)
        } else {
            return None;
        };
        // "April to June" alone is too loose ("moved from April to June" is read with
        // `from`); "through" is a range
        let b = self.date(k2, true)?;
        let db = day_or_month(&b.core)?;
        if da != db
            || !matches!(self.lex(k2), Lex::Month(_) | Lex::MonthAbbr(_)) && self.num(k2).is_none()
        {
            return None;
        }
        let abs = |c: &Core| matches!(c, Core::Abs(_));
        let bare_month = matches!(a.core, Core::Rel(_));
        if dash {
            // the dashed form joins two full dates
            if !(abs(&a.core) && abs(&b.core)) {
                return None;
            }
        } else if bare_month && !self.is_any(k, &["through", "thru"])
            || !bare_month && !matches!(b.core, Core::MonthDay(..) | Core::Abs(_))
        {
            return None;
        }
        let (x, y) = fill_years(a.core, b.core);
        Some(Match {
            s: a.s,
            e: b.e,
            expr: Expr::Interval(x, y),
            qual: None,
            prep,
        })
    }
}
