//! Holiday names as dates: recognising a holiday's name over several tokens, and
//! when a holiday name alone reads as a date.

use super::super::calendar::{Hol, HolMode, Point, Rel};
use super::super::lex::{HolWord, Kind, Lex};
use super::vocabulary::COUNT_NOUNS;
use super::{Core, Grammar};

impl Grammar<'_> {
    /// A holiday's name at `i`: its end, the holiday, and whether it is a bare word
    /// (`Christmas`, `Black Friday`) that is a date only in a temporal frame.
    pub(crate) fn holiday_name(&self, i: usize) -> Option<(usize, Hol, bool)> {
        let (w, gate) = match self.lex(i) {
            Lex::Holiday(w) => (w, false),
            Lex::HolidayGate(w) => (w, true),
            _ => return None,
        };
        // A gate word goes on with a capitalised word or a mark (`St.`, `Valentine's`).
        if !self.cap(i)
            || gate
                && !self
                    .tok(i + 1)
                    .is_some_and(|t| t.cap || t.kind != Kind::Word)
        {
            return None;
        }
        let day = |k: usize| self.is_day(k);
        let poss = |k: usize| self.after_possessive(k);
        let fixed = |e: usize, m: u32, d: u32| Some((e, Hol::Fixed(m, d), false));
        match w {
            HolWord::Christmas => {
                if self.cap(i + 1) && self.is(i + 1, "eve") {
                    fixed(i + 2, 12, 24)
                } else if day(i + 1) {
                    fixed(i + 2, 12, 25)
                } else {
                    Some((i + 1, Hol::Fixed(12, 25), true))
                }
            }
            // Orthodox Christmas falls on January 7 in the civil calendar.
            HolWord::Orthodox if self.cap(i + 1) && self.is(i + 1, "christmas") => {
                if self.cap(i + 2) && self.is(i + 2, "eve") {
                    fixed(i + 3, 1, 6)
                } else if day(i + 2) {
                    fixed(i + 3, 1, 7)
                } else {
                    Some((i + 2, Hol::Fixed(1, 7), true))
                }
            }
            HolWord::Halloween => Some((i + 1, Hol::Fixed(10, 31), true)),
            HolWord::Thanksgiving => {
                if day(i + 1) {
                    Some((i + 2, Hol::Thanksgiving(0), false))
                } else {
                    Some((i + 1, Hol::Thanksgiving(0), true))
                }
            }
            HolWord::New if self.cap(i + 1) && self.is_any(i + 1, &["year", "years"]) => {
                let k = poss(i + 2);
                if day(k) {
                    fixed(k + 1, 1, 1)
                } else if self.cap(k) && self.is(k, "eve") {
                    fixed(k + 1, 12, 31)
                } else {
                    None
                }
            }
            HolWord::Boxing if day(i + 1) => fixed(i + 2, 12, 26),
            HolWord::Valentine if day(poss(i + 1)) => fixed(poss(i + 1) + 1, 2, 14),
            HolWord::Patrick if day(poss(i + 1)) => fixed(poss(i + 1) + 1, 3, 17),
            HolWord::Saint => {
                let k = if self.p(i + 1, '.') { i + 2 } else { i + 1 };
                if self.is_any(k, &["valentine", "valentines", "patrick"]) {
                    self.holiday_name(k)
                } else {
                    None
                }
            }
            HolWord::Independence if day(i + 1) && self.us_independence(i) => fixed(i + 2, 7, 4),
            HolWord::Bastille if day(i + 1) => fixed(i + 2, 7, 14),
            HolWord::Guy if self.cap(i + 1) && self.is(i + 1, "fawkes") => {
                let k = poss(i + 2);
                if day(k) || self.cap(k) && self.is(k, "night") {
                    fixed(k + 1, 11, 5)
                } else {
                    None
                }
            }
            HolWord::Bonfire if self.cap(i + 1) && self.is(i + 1, "night") => fixed(i + 2, 11, 5),
            HolWord::Armistice if day(i + 1) => fixed(i + 2, 11, 11),
            HolWord::Veterans if day(poss(i + 1)) => fixed(poss(i + 1) + 1, 11, 11),
            HolWord::Black if self.cap(i + 1) && self.is(i + 1, "friday") => {
                Some((i + 2, Hol::Thanksgiving(1), true))
            }
            HolWord::Cyber if self.cap(i + 1) && self.is(i + 1, "monday") => {
                Some((i + 2, Hol::Thanksgiving(4), true))
            }
            w => self.movable_holiday(i, w),
        }
    }

    /// `Independence Day` is read as the US one (July 4) unless another country is
    /// named before it: not `India's Independence Day`, `Ukrainian Independence Day`,
    /// `its 77th Independence Day`.
    fn us_independence(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let p = i - 1;
        if self.is(p, "s") && self.p(p.wrapping_sub(1), '\'') {
            return self.is_any(p.wrapping_sub(2), &["america", "nation", "country"]);
        }
        if self.num(p).is_some() || matches!(self.lex(p), Lex::Ord(_)) {
            return false;
        }
        if self.is_any(p, &["st", "nd", "rd", "th"]) && self.num(p.wrapping_sub(1)).is_some() {
            return false;
        }
        if self.cap(p) && !self.sentence_start(p) {
            return self.is_any(p, &["us", "american", "america"]);
        }
        true
    }

    /// A holiday, with its year when one is written: `Christmas Day 2023`, `on
    /// Halloween`, `New Year's Eve`, `St Patrick's Day`, `Black Friday`.
    pub(super) fn holiday(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (e, h, bare) = self.holiday_name(i)?;
        // "Christmas Day 2023", "Armistice Day 1918" (a year right after the name)
        if let Some(y) = self.num(e)
            && self.digits(e) == 4
            && (1000..=2199).contains(&y)
            && !(self.adj(e + 1)
                && matches!(
                    self.tok(e + 1).map(|t| t.kind),
                    Some(Kind::Num | Kind::Word | Kind::Punct('-' | '–' | ',' | '.' | '%'))
                )
                && self.tok(e + 2).is_some_and(|t| !t.sp))
            && !self.is_any(e + 1, COUNT_NOUNS)
        {
            return Some((e + 1, Core::Abs(Point::Day(h.in_year(y as i32)?)), false));
        }
        if bare && !self.holiday_alone_ok(i, e) {
            return None;
        }
        Some((e, Core::Rel(Rel::Holiday(h, HolMode::Tensed)), false))
    }

    /// A one-word holiday is a date in a temporal frame (`at Christmas`, `before
    /// Halloween`, `ahead of Thanksgiving`), not as a modifier (`Christmas tree`,
    /// `Black Friday sales`) or inside a name (`Christmas Island`).
    fn holiday_alone_ok(&self, s: usize, e: usize) -> bool {
        const PREV: &[&str] = &[
            "on", "at", "over", "before", "after", "since", "until", "till", "by", "for", "during",
            "around", "from", "through", "into", "between", "and", "or", "to", "till", "past",
            "til", "near",
        ];
        const NEXT: &[&str] = &[
            "and",
            "or",
            "but",
            "when",
            "as",
            "with",
            "to",
            "in",
            "on",
            "at",
            "the",
            "this",
            "last",
            "next",
            "he",
            "she",
            "it",
            "they",
            "we",
            "his",
            "her",
            "their",
            "its",
            "was",
            "is",
            "were",
            "will",
            "has",
            "had",
            "after",
            "before",
            "while",
            "because",
            "so",
            "amid",
            "despite",
            "for",
            "from",
            "of",
            "a",
            "an",
            "our",
            "which",
            "that",
            "eve",
            "day",
            "approaches",
            "approached",
            "nears",
            "neared",
            "falls",
            "fell",
        ];
        // A name of two words may open the sentence: "Black Friday falls later".
        let framed = s > 0
            && (self.is_any(s - 1, PREV)
                || self.is(s - 1, "of") && self.is_any(s.wrapping_sub(2), &["ahead", "eve"]))
            || e >= s + 2 && self.sentence_start(s);
        if !framed {
            return false;
        }
        match self.tok(e) {
            Some(t) if t.kind == Kind::Word => {
                if t.cap {
                    matches!(self.lex(e), Lex::Month(_) | Lex::Weekday(_)) || self.s(e) == "I"
                } else {
                    self.is_any(e, NEXT)
                }
            }
            Some(t) if t.kind == Kind::Punct('\'') => false,
            _ => true,
        }
    }
}
