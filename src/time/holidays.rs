//! Movable feasts and holidays fixed by a rule rather than a date: Easter and the days
//! counted from it (Gregorian computus, [`calendar::easter`]), and the US holidays set on
//! the n-th or last weekday of a month. No table: every date is computed.
//!
//! - `Easter`, `Easter Sunday|Day` (Easter), `Easter Monday` (+1), `Good Friday` (-2),
//!   `Maundy Thursday` (-3), `Palm Sunday` (-7), `Ash Wednesday` (-46);
//! - `Mother's Day` (2nd Sunday of May, the US date), `Father's Day` (3rd Sunday of
//!   June), `Memorial Day` (last Monday of May), `Labor Day` (1st Monday of September),
//!   `Presidents' Day` (3rd Monday of February), `MLK Day` / `Martin Luther King Jr.
//!   Day` (3rd Monday of January).
//!
//! `Labour Day` is not read: its date depends on the country (May 1 in most of them).
//!
//! [`calendar::easter`]: super::super::calendar::easter

use super::super::calendar::Hol;
use super::super::lex::{HolWord, Kind};
use super::Grammar;

impl Grammar<'_> {
    /// Whether token `k` is a capitalised "Day" (of "Mother's Day", "Valentine's Day").
    pub(in crate::time) fn is_day(&self, k: usize) -> bool {
        self.cap(k) && self.is(k, "day")
    }

    /// The token after an optional possessive at `k` ("Valentine's", "Veterans'",
    /// "New Year's", "Mothers'"); `k` when there is none.
    pub(in crate::time) fn after_possessive(&self, k: usize) -> usize {
        if self.p(k, '\'') && self.adj(k) {
            if self.is(k + 1, "s") && self.adj(k + 1) {
                k + 2
            } else {
                k + 1
            }
        } else {
            k
        }
    }

    /// The holidays of this module at `i`, whose first word is `w`: the end, the
    /// holiday, and whether it is a bare word that is a date only in a temporal frame.
    pub(super) fn movable_holiday(&self, i: usize, w: HolWord) -> Option<(usize, Hol, bool)> {
        let day = |k: usize| self.is_day(k);
        let poss = |k: usize| self.after_possessive(k);
        let weekday = |k: usize, name: &str| self.cap(k) && self.is(k, name);
        // "the Good Friday agreement", "Easter Sunday attacks" stay dates; a capitalised
        // name going on ("Good Friday Agreement", "Memorial Day Parade Committee") is a
        // title, not a day.
        let named = |e: usize| self.cap(e) && !self.is_any(e, &["i"]) && self.word(e);
        let rule = |e: usize, h: Hol| {
            if named(e) && !matches!(self.lex(e), super::Lex::Month(_)) {
                None
            } else {
                Some((e, h, false))
            }
        };
        match w {
            HolWord::Easter => {
                if weekday(i + 1, "sunday") || day(i + 1) {
                    rule(i + 2, Hol::Easter(0))
                } else if weekday(i + 1, "monday") {
                    rule(i + 2, Hol::Easter(1))
                } else if self.cap(i + 1) && self.word(i + 1) {
                    None
                } else {
                    Some((i + 1, Hol::Easter(0), true))
                }
            }
            HolWord::Good if weekday(i + 1, "friday") => {
                if self.is_any(i + 2, &["agreement", "accord", "deal"]) {
                    return None;
                }
                rule(i + 2, Hol::Easter(-2))
            }
            HolWord::Maundy if weekday(i + 1, "thursday") => rule(i + 2, Hol::Easter(-3)),
            HolWord::Palm if weekday(i + 1, "sunday") => rule(i + 2, Hol::Easter(-7)),
            HolWord::Ash if weekday(i + 1, "wednesday") => rule(i + 2, Hol::Easter(-46)),
            HolWord::Mother if day(poss(i + 1)) => rule(poss(i + 1) + 1, Hol::Nth(5, 6, 2)),
            HolWord::Father if day(poss(i + 1)) => rule(poss(i + 1) + 1, Hol::Nth(6, 6, 3)),
            HolWord::Memorial if day(i + 1) => rule(i + 2, Hol::Nth(5, 0, -1)),
            HolWord::Labor if day(i + 1) => rule(i + 2, Hol::Nth(9, 0, 1)),
            HolWord::Presidents if day(poss(i + 1)) => rule(poss(i + 1) + 1, Hol::Nth(2, 0, 3)),
            HolWord::Mlk if day(i + 1) && self.s(i) == "MLK" => rule(i + 2, Hol::Nth(1, 0, 3)),
            HolWord::Martin if self.is(i + 1, "luther") && self.is(i + 2, "king") => {
                let mut k = i + 3;
                if self.is(k, "jr") {
                    k += 1;
                    if self.p(k, '.') {
                        k += 1;
                    }
                } else if self.p(k, ',') && self.is(k + 1, "jr") {
                    k += 2;
                    if self.p(k, '.') {
                        k += 1;
                    }
                }
                let k = poss(k);
                if day(k) && self.tok(k).is_some_and(|t| t.kind == Kind::Word) {
                    rule(k + 1, Hol::Nth(1, 0, 3))
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}
