//! What may stand before a date: prepositions (`in`, `since`, `by`), qualifiers
//! (`more than`, `up to`) and modifiers (`early`, `late`, `mid-`, `the end of`).

use super::super::lex::{Kind, Lex};
use super::Grammar;

impl Grammar<'_> {
    /// A leading temporal preposition, kept outside the extent.
    pub(super) fn prep(&self, i: usize) -> (Option<&'static str>, usize) {
        let Some(t) = self.tok(i) else {
            return (None, i);
        };
        if t.kind != Kind::Word || t.lex != Lex::Trigger {
            return (None, i);
        }
        const PREPS: &[&str] = &[
            "in",
            "on",
            "at",
            "by",
            "from",
            "since",
            "during",
            "until",
            "till",
            "through",
            "throughout",
            "before",
            "after",
            "for",
            "within",
            "between",
            "into",
        ];
        if self.is(i, "at") && self.is_any(i + 1, &["least", "most"]) {
            return (None, i);
        }
        if self.is(i, "as") && self.is(i + 1, "of") {
            return (Some("as of"), i + 2);
        }
        if self.is(i, "up") && self.is_any(i + 1, &["until", "till"]) {
            return (Some("until"), i + 2);
        }
        if self.is_any(i, &["til", "till"]) {
            return (Some("until"), i + 1);
        }
        if self.is(i, "thru") {
            return (Some("through"), i + 1);
        }
        if self.is(i, "over")
            && (self.is(i + 1, "the")
                || matches!(self.lex(i + 1), Lex::Holiday(_) | Lex::HolidayGate(_)))
        {
            return (Some("over"), i + 1);
        }
        for p in PREPS {
            if self.is(i, p) {
                return (Some(p), i + 1);
            }
        }
        (None, i)
    }

    /// A hedging qualifier, kept inside the extent.
    pub(super) fn qualifier(&self, i: usize) -> (Option<&'static str>, usize) {
        let Some(t) = self.tok(i) else {
            return (None, i);
        };
        if t.kind != Kind::Word || t.lex != Lex::Trigger {
            return (None, i);
        }
        const TWO: &[(&str, &str, &str)] = &[
            ("more", "than", "more than"),
            ("at", "least", "at least"),
            ("at", "most", "at most"),
            ("less", "than", "less than"),
            ("fewer", "than", "fewer than"),
            ("up", "to", "up to"),
            ("just", "over", "just over"),
            ("just", "under", "just under"),
            ("well", "over", "well over"),
            ("close", "to", "close to"),
            ("some", "", "some"),
        ];
        const THREE: &[(&str, &str, &str, &str)] = &[
            ("as", "early", "as", "as early as"),
            ("as", "late", "as", "as late as"),
            ("as", "long", "as", "as long as"),
            ("as", "many", "as", "as many as"),
            ("as", "much", "as", "as much as"),
            ("no", "later", "than", "no later than"),
            ("no", "earlier", "than", "no earlier than"),
            ("no", "more", "than", "no more than"),
            ("as", "recently", "as", "as recently as"),
        ];
        for (a, b, c, q) in THREE {
            if self.is(i, a) && self.is(i + 1, b) && self.is(i + 2, c) {
                return (Some(q), i + 3);
            }
        }
        for (a, b, q) in TWO {
            if self.is(i, a) && (b.is_empty() || self.is(i + 1, b)) {
                let k = if b.is_empty() { i + 1 } else { i + 2 };
                if *q == "some" && !self.number_starts(k) {
                    return (None, i);
                }
                return (Some(q), k);
            }
        }
        for q in [
            "almost",
            "nearly",
            "about",
            "around",
            "roughly",
            "approximately",
            "circa",
            "ca",
            "c",
        ] {
            if self.is(i, q) {
                let mut k = i + 1;
                if matches!(q, "ca" | "c") {
                    if !self.p(k, '.') {
                        return (None, i);
                    }
                    k += 1;
                }
                let q = if matches!(q, "ca" | "c") { "circa" } else { q };
                return (Some(q), k);
            }
        }
        if self.is_any(i, &["over", "under"]) && self.number_starts(i + 1) {
            return (
                Some(if self.is(i, "over") { "over" } else { "under" }),
                i + 1,
            );
        }
        (None, i)
    }

    /// `early`, `late`, `mid-`, `the end of`, `the beginning of`, …; returns the
    /// qualifier and the token after it.
    pub(super) fn modifier(&self, i: usize) -> Option<(&'static str, usize)> {
        if self.lex(i) != Lex::Trigger {
            return None;
        }
        if self.is(i, "early") || self.is(i, "late") {
            let q = if self.is(i, "early") { "early" } else { "late" };
            let k = if self.p(i + 1, '-') && self.adj(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some((q, k));
        }
        if self.is(i, "mid") {
            let k = if self.dash(i + 1) { i + 2 } else { i + 1 };
            return Some(("mid", k));
        }
        if self.is_any(i, &["end", "beginning", "start", "middle", "turn"]) && self.is(i + 1, "of")
        {
            let q = match self.s(i).to_ascii_lowercase().as_str() {
                "end" => "end",
                "middle" => "mid",
                _ => "start",
            };
            return Some((q, i + 2));
        }
        None
    }
}
