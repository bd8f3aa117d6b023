//! One date at a position: the modifier, then the core form that matches longest
//! (the dispatch over all date forms), with a weekday or year around it.

use super::super::calendar::{Point, Rel};
use super::super::lex::{Kind, Lex};
use super::vocabulary::YEAR_PREPS;
use super::{Core, DateM, Grammar};

impl Grammar<'_> {
    /// A date-like expression at `i` (after any preposition and qualifier).
    pub(super) fn date(&self, i: usize, ctx: bool) -> Option<DateM> {
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
