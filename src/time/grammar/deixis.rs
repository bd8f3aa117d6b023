//! Dates relative to now or to a date said before: `yesterday`, `last week`, `next
//! Monday`, `three days ago`, `the day before`, and forms led by `the`.

use super::super::calendar::{HolMode, Point, Rel, Sub, Unit, WdMode};
use super::super::lex::Lex;
use super::{Core, Grammar};

impl Grammar<'_> {
    /// `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `this week`, `last
    /// month`, `next year`, `last weekend`, `last Thursday`, `next spring`, `last April`.
    pub(super) fn relative_word(&self, i: usize, of_the: bool) -> Option<(usize, Core, bool)> {
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

    /// `two years ago`, `a week ago`, `three hours ago`.
    pub(super) fn ago(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn anaphora(&self, i: usize) -> Option<(usize, Core, bool)> {
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
    pub(super) fn the_led(&self, i: usize, _of_the: bool) -> Option<(usize, Core, bool)> {
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
}
