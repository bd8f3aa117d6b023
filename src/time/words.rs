//! Years, days and decades written out in words:
//!
//! - years: `nineteen forty-nine`, `eighteen fifteen`, `nineteen hundred`, `twenty
//!   twelve`, `twenty twenty-two`, `two thousand and nine`, `two thousand four`, `the
//!   year two thousand`. The first word is `thirteen` to `twenty`, so that clock times
//!   (`eleven fifteen`) stay out; `two thousand` alone is a year only after `the year`;
//!   a count noun or unit after the words (`twenty twenty-dollar bills`, `two thousand
//!   people`) makes them no year;
//! - days of the month alone: `on the ninth`, `by the twenty-third`, `for the 23rd`:
//!   after a date preposition and before no noun (`on the third day` is no date); the
//!   month is the anchor's, or the one before (past) or after (future) it;
//! - decades: `the noughties`, `the twenty-tens`, `the eighteen-nineties`, `the
//!   nineteen-seventies`.

use super::super::calendar::{Point, Rel};
use super::{COUNT_NOUNS, Core, Grammar, Lex};

const DECADE_WORDS: [(&str, i32); 9] = [
    ("tens", 1),
    ("twenties", 2),
    ("thirties", 3),
    ("forties", 4),
    ("fifties", 5),
    ("sixties", 6),
    ("seventies", 7),
    ("eighties", 8),
    ("nineties", 9),
];

/// Words after `the Nth` that keep it a day: punctuation aside, conjunctions,
/// prepositions and auxiliaries (`on the ninth was`, `on the fifteenth and`).
const AFTER_DAY: &[&str] = &[
    "and", "or", "but", "at", "in", "when", "as", "with", "to", "after", "before", "if", "so",
    "because", "until", "for", "was", "is", "will", "would", "has", "had", "were", "are", "from",
    "then", "instead", "rather",
];

impl Grammar<'_> {
    /// A number from one to ninety-nine in words: `nine`, `forty-nine`, `twenty five`.
    fn small_words(&self, i: usize) -> Option<(usize, u32)> {
        let Lex::NumWord(n) = self.lex(i) else {
            return None;
        };
        if n >= 100 {
            return None;
        }
        if n >= 20 && n % 10 == 0 {
            let k = if self.p(i + 1, '-') && self.adj(i + 1) {
                i + 2
            } else {
                i + 1
            };
            if let Lex::NumWord(u) = self.lex(k)
                && (1..10).contains(&u)
            {
                return Some((k + 1, n + u));
            }
        }
        Some((i + 1, n))
    }

    /// A year in words at `i`: its end and value.
    pub(super) fn year_words(&self, i: usize) -> Option<(usize, i32)> {
        let Lex::NumWord(first) = self.lex(i) else {
            return None;
        };
        let (e, y) = if first == 2 && self.is(i + 1, "thousand") {
            // two thousand [and] nine
            let k = if self.is(i + 2, "and") { i + 3 } else { i + 2 };
            match self.small_words(k) {
                Some((e, n)) if !self.is(e, "hundred") => (e, 2000 + n as i32),
                _ if i > 0 && self.is(i - 1, "year") => (i + 2, 2000),
                _ => return None,
            }
        } else if (13..=20).contains(&first) {
            let k = i + 1;
            if self.is(k, "hundred") {
                if !(self.is(k + 1, "and") || i > 0 && self.is(i - 1, "year")) {
                    // "nineteen hundred" alone is a count unless a year frame precedes
                    let frame =
                        i > 0 && self.is_any(i - 1, &["in", "since", "by", "until", "from"]);
                    if !frame {
                        return None;
                    }
                }
                (k + 1, first as i32 * 100)
            } else if self.is(k, "oh") {
                let (e, n) = self.small_words(k + 1)?;
                if n >= 10 {
                    return None;
                }
                (e, first as i32 * 100 + n as i32)
            } else {
                let (e, n) = self.small_words(k)?;
                if n < 10 {
                    return None;
                }
                (e, first as i32 * 100 + n as i32)
            }
        } else {
            return None;
        };
        // "twenty twenty-dollar bills", "two thousand and nine people"
        if self.dash(e) && self.adj(e) || self.is_any(e, COUNT_NOUNS) || self.unit(e).is_some() {
            return None;
        }
        if self.is_any(e, &["percent", "thousand", "million", "billion"]) {
            return None;
        }
        Some((e, y))
    }

    /// `the year nineteen hundred`, `the year two thousand`.
    pub(super) fn the_year_words(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !(self.is(i, "the") && self.is(i + 1, "year")) {
            return None;
        }
        let (e, y) = self.year_words(i + 2)?;
        Some((e, Core::Abs(Point::Year(y)), true))
    }

    /// A year in words as a date of its own.
    pub(super) fn year_in_words(&self, i: usize) -> Option<(usize, Core, bool)> {
        let (e, y) = self.year_words(i)?;
        Some((e, Core::Abs(Point::Year(y)), false))
    }

    /// `on the ninth`, `for the 23rd`: a day of the month alone.
    pub(super) fn day_alone(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !self.is(i, "the") || i == 0 {
            return None;
        }
        const PREPS: &[&str] = &[
            "on", "by", "until", "till", "from", "since", "for", "before", "after", "through",
        ];
        if !self.is_any(i - 1, PREPS) {
            return None;
        }
        let (e, d) = self.ordinal(i + 1)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        match self.tok(e) {
            None => {}
            Some(t) if t.kind == super::Kind::Word && !self.is_any(e, AFTER_DAY) => {
                return None;
            }
            Some(t) if t.kind == super::Kind::Word => {}
            Some(t) if matches!(t.kind, super::Kind::Punct('-' | '–' | '\'' | '/')) && !t.sp => {
                return None;
            }
            Some(_) => {}
        }
        Some((e, Core::Rel(Rel::DayOfMonth(d)), true))
    }

    /// `the eleventh day of the eleventh month of nineteen eighteen`, `the first day of
    /// the third month of 2020`.
    pub(super) fn day_of_month_words(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !self.is(i, "the") {
            return None;
        }
        let (k, d) = self.ordinal(i + 1)?;
        if !(self.is(k, "day") && self.is(k + 1, "of") && self.is(k + 2, "the")) {
            return None;
        }
        let (k2, m) = self.ordinal(k + 3)?;
        if !(self.is(k2, "month") && self.is(k2 + 1, "of") && (1..=12).contains(&m)) {
            return None;
        }
        let (e, y) = self
            .year_tok(k2 + 2)
            .map(|y| (k2 + 3, y))
            .or_else(|| self.year_words(k2 + 2))?;
        let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
        Some((e, Core::Abs(Point::Day(date)), true))
    }

    /// `the noughties`, `the twenty-tens`, `the eighteen-nineties`.
    pub(super) fn decade_words(&self, i: usize) -> Option<(usize, Core, bool)> {
        if !self.is(i, "the") {
            return None;
        }
        if self.is(i + 1, "noughties") {
            return Some((i + 2, Core::Abs(Point::Decade(200)), true));
        }
        let Lex::NumWord(c) = self.lex(i + 1) else {
            return None;
        };
        if !(10..=20).contains(&c) {
            return None;
        }
        let k = if self.p(i + 2, '-') { i + 3 } else { i + 2 };
        let d = DECADE_WORDS
            .iter()
            .find(|(w, _)| self.is(k, w))
            .map(|(_, d)| *d)?;
        Some((k + 1, Core::Abs(Point::Decade(c as i32 * 10 + d)), true))
    }
}
