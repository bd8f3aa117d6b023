//! Weekdays: a weekday leading a date, and when a weekday alone is a date rather
//! than part of a name (`Sunday Times`) or a verb.

use super::super::calendar::{Rel, WdMode};
use super::super::lex::Lex;
use super::vocabulary::{DAY_NAME_PREV, WEEKDAY_NAME_NEXT};
use super::{Core, Grammar};

impl Grammar<'_> {
    /// Weekday-led: `Monday, March 3, 2025`, `Tuesday, Nov. 5`, `Friday, 13 September
    /// 2019`, `Thursday`, `Thursday night`, `Thursday's`.
    pub(super) fn weekday_led(&self, i: usize) -> Option<(usize, Core, bool)> {
        let Lex::Weekday(wd) = self.lex(i) else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        let k = if self.p(i + 1, ',') { i + 2 } else { i + 1 };
        if let Some(m) = self.month_led_wd(k, true, Some(wd)) {
            return Some(m);
        }
        if let Some(m) = self.day_month_wd(k, Some(wd)) {
            return Some(m);
        }
        if !self.weekday_alone_ok(i) {
            return None;
        }
        let mut e = i + 1;
        if self.is_any(
            e,
            &["morning", "afternoon", "evening", "night", "overnight"],
        ) {
            e += 1;
        }
        Some((e, Core::Rel(Rel::Weekday(wd, WdMode::Bare)), false))
    }

    fn weekday_alone_ok(&self, i: usize) -> bool {
        // "Sunday Times", "Mail on Sunday", "Good Friday", "Netflix's Wednesday".
        if self.cap(i + 1) && self.is_any(i + 1, WEEKDAY_NAME_NEXT) && !self.is(i + 1, "night") {
            return false;
        }
        if i > 0 && self.cap(i.wrapping_sub(1)) && self.is_any(i.wrapping_sub(1), DAY_NAME_PREV) {
            return false;
        }
        // "Saturday Night Live", "Monday Night Football"
        if self.cap(i + 1) && self.is(i + 1, "night") && self.cap(i + 2) {
            return false;
        }
        if i >= 2
            && self.is(i.wrapping_sub(1), "on")
            && self.cap(i.wrapping_sub(2))
            && self.is_any(
                i.wrapping_sub(2),
                &[
                    "mail",
                    "independent",
                    "scotland",
                    "observer",
                    "wales",
                    "sunday",
                ],
            )
        {
            return false;
        }
        if i >= 3
            && self.is(i.wrapping_sub(1), "s")
            && self.p(i.wrapping_sub(2), '\'')
            && self.cap(i.wrapping_sub(3))
            && !self.is_any(i.wrapping_sub(3), &["today", "yesterday"])
            && (self.word(i + 1) && !self.cap(i + 1) && self.lex(i + 1) == Lex::Other)
            && !self.is_any(i + 1, &["morning", "afternoon", "evening", "night"])
        {
            // "Netflix's Wednesday became …": a title after a possessive name
            return !self.looks_like_verb(i + 1);
        }
        true
    }

    fn looks_like_verb(&self, i: usize) -> bool {
        let s = self.s(i);
        s.ends_with("ed")
            || self.is_any(
                i,
                &[
                    "became", "was", "is", "has", "had", "won", "drew", "got", "became",
                ],
            )
    }
}
