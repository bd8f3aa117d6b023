//! Years: when a bare number is a year (four digits in a year context, after a
//! year preposition, before an event noun) and when it is a count or an amount.

use super::super::lex::{Kind, Lex};
use super::Grammar;
use super::vocabulary::{COUNT_NOUNS, YEAR_NOUNS, YEAR_PREPS};

impl Grammar<'_> {
    /// Token `i` is a four-digit number that can be a year, standing alone as a number
    /// (not `15,000`, `737-800`, `$2020`, `No. 10`, `2020%`, `2,000 troops`).
    pub(super) fn year_tok(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.len() != 4 || !(1000..=2199).contains(&t.num) {
            return None;
        }
        // Before: glued punctuation with a number or money sign.
        if i > 0 && self.adj(i) {
            match self.t[i - 1].kind {
                Kind::Punct('$' | '£' | '€' | '¥' | '#' | '/' | ':' | '+') => return None,
                Kind::Punct(',' | '.' | '-' | '–')
                    if i >= 2 && self.t[i - 2].kind == Kind::Num && self.adj(i.wrapping_sub(1)) =>
                {
                    return None;
                }
                Kind::Word => return None,
                _ => {}
            }
        }
        // "No. 10", "Room 2020", "Flight 1549", "Resolution 2231": a capitalised label.
        if i > 0 && self.t[i - 1].kind == Kind::Word && self.t[i - 1].cap && !self.adj(i) {
            let prev = self.s(i.wrapping_sub(1));
            let ok = matches!(
                self.lex(i.wrapping_sub(1)),
                Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Season(_)
            ) || self.is_any(i.wrapping_sub(1), YEAR_PREPS)
                || self.is_any(i.wrapping_sub(1), &["fiscal", "fy", "the", "q", "h"])
                || self.sentence_start(i.wrapping_sub(1))
                    && self.is_any(i.wrapping_sub(1), &["in", "since", "by"]);
            if !ok && !prev.is_empty() {
                return None;
            }
        }
        if i >= 2
            && self.p(i.wrapping_sub(1), '.')
            && self.is_any(i.wrapping_sub(2), &["no", "nos", "art", "sec", "p", "pp"])
        {
            return None;
        }
        // After: glued number continuation or unit.
        if let Some(nt) = self.tok(i + 1)
            && !nt.sp
        {
            match nt.kind {
                Kind::Punct(',' | '.' | ':' | '/')
                    if self.num(i + 2).is_some() && self.adj(i + 2) =>
                {
                    return None;
                }
                // ranges are read by the interval rule; "2024-page" is no year
                Kind::Punct('-' | '–') if self.num(i + 2).is_some() || self.word(i + 2) => {
                    return None;
                }
                Kind::Punct('%') => return None,
                Kind::Word => return None,
                Kind::Num => return None,
                _ => {}
            }
        }
        if self.tok(i + 1).is_some_and(|t| t.sp) && self.is_any(i + 1, COUNT_NOUNS) {
            return None;
        }
        Some(t.num as i32)
    }

    /// A year in a context that makes it one.
    pub(super) fn year_in_context(&self, i: usize, ctx: bool) -> Option<(usize, i32)> {
        let y = self.year_tok(i)?;
        let possessive = self.p(i + 1, '\'') && self.adj(i + 1) && self.is(i + 2, "s");
        let prev_ctx = i > 0
            && (self.is_any(i.wrapping_sub(1), YEAR_PREPS)
                || (self.p(i.wrapping_sub(1), '(') && self.p(i + 1, ')'))
                || (self.p(i.wrapping_sub(1), '-')
                    && self.adj(i)
                    && self.is(i.wrapping_sub(2), "mid")));
        // Lists and pairs: "in both 2022 and 2024", "in 2018, 2019 or 2020".
        let year_before = |k: usize| {
            self.num(k)
                .is_some_and(|n| self.digits(k) == 4 && (1000..=2199).contains(&n))
                || self.is(k, "s") && self.num(k.wrapping_sub(1)).is_some()
        };
        let listed = i >= 2
            && ((self.is_any(i.wrapping_sub(1), &["both", "either"])
                && self.is_any(i.wrapping_sub(2), YEAR_PREPS))
                || (self.is_any(i.wrapping_sub(1), &["and", "or"])
                    || self.p(i.wrapping_sub(1), ','))
                    && year_before(i - 2));
        let next_noun = self.is_any(i + 1, YEAR_NOUNS) && !self.cap(i + 1)
            || self.is_any(i + 1, &["olympics", "world", "games", "census"]);
        let det_noun = i > 0
            && self.is_any(
                i.wrapping_sub(1),
                &["the", "its", "his", "her", "their", "this", "that", "a"],
            )
            && (1900..=2099).contains(&y)
            && self.word(i + 1)
            && !self.cap(i + 1)
            && !self.is_any(i + 1, COUNT_NOUNS);
        if ctx || possessive || prev_ctx || listed || next_noun || det_noun {
            Some((i + 1, y))
        } else {
            None
        }
    }
}
