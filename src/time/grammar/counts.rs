//! Numbers as the time grammar reads them: digits, number words, `a`/`an`, halves;
//! and the money and counting contexts in which a number is not a date.

use super::super::lex::{Kind, Lex};
use super::{Grammar, NumV};

impl Grammar<'_> {
    pub(super) fn number_starts(&self, i: usize) -> bool {
        self.num(i).is_some()
            || matches!(self.lex(i), Lex::NumWord(_))
            || self.is_any(i, &["a", "an", "half"])
    }

    /// A count: digits (with thousands commas, `.5`), number words, `a`/`an`.
    pub(super) fn number(&self, i: usize) -> Option<(usize, NumV)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                if self.money_before(i) {
                    return None;
                }
                let mut n = t.num;
                let mut e = i + 1;
                // Thousands: 1,000
                while self.p(e, ',') && self.adj(e) && self.adj(e + 1) && self.digits(e + 1) == 3 {
                    n = n.saturating_mul(1000).saturating_add(self.num(e + 1)?);
                    e += 2;
                }
                let mut half = false;
                if self.p(e, '.') && self.adj(e) && self.adj(e + 1) && self.num(e + 1).is_some() {
                    if self.s(e + 1) == "5" {
                        half = true;
                        e += 2;
                    } else {
                        return None;
                    }
                }
                if n > 100_000 {
                    return None;
                }
                Some((
                    e,
                    NumV {
                        n,
                        half,
                        article: false,
                    },
                ))
            }
            Kind::Word => {
                if self.is_any(i, &["a", "an"]) {
                    if self.is(i + 1, "dozen") {
                        return Some((
                            i + 2,
                            NumV {
                                n: 12,
                                half: false,
                                article: false,
                            },
                        ));
                    }
                    if self.is(i + 1, "hundred") {
                        return Some((
                            i + 2,
                            NumV {
                                n: 100,
                                half: false,
                                article: false,
                            },
                        ));
                    }
                    return Some((
                        i + 1,
                        NumV {
                            n: 1,
                            half: false,
                            article: true,
                        },
                    ));
                }
                let Lex::NumWord(mut n) = t.lex else {
                    return None;
                };
                let mut e = i + 1;
                if n >= 20 && n % 10 == 0 && n < 100 {
                    // twenty-five, twenty five
                    let k = if self.p(e, '-') && self.adj(e) {
                        e + 1
                    } else {
                        e
                    };
                    if let Lex::NumWord(u) = self.lex(k)
                        && u < 10
                    {
                        n += u;
                        e = k + 1;
                    }
                }
                if self.is(e, "hundred") {
                    n *= 100;
                    e += 1;
                }
                Some((
                    e,
                    NumV {
                        n,
                        half: false,
                        article: false,
                    },
                ))
            }
            _ => None,
        }
    }

    pub(super) fn money_before(&self, i: usize) -> bool {
        i > 0
            && self.adj(i)
            && matches!(self.t[i - 1].kind, Kind::Punct('$' | '£' | '€' | '¥' | '#'))
    }
}
