//! Durations: a number and a unit (`three years`, `18 months`, `a year and a half`,
//! `two-week`), as ISO 8601 duration values.

use super::super::lex::Kind;
use super::Grammar;

impl Grammar<'_> {
    /// A unit word at `k`: returns its code and the token after it. Codes: Y year, E
    /// decade, C century, M month, W week, F fortnight, D day, h hour, m minute, s
    /// second.
    pub(super) fn unit(&self, k: usize) -> Option<(char, usize)> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word || t.len() > 9 {
            return None;
        }
        let c = match self.s(k).to_ascii_lowercase().as_str() {
            "year" | "years" | "yr" | "yrs" => 'Y',
            "decade" | "decades" => 'E',
            "century" | "centuries" => 'C',
            "month" | "months" => 'M',
            "week" | "weeks" => 'W',
            "fortnight" | "fortnights" => 'F',
            "day" | "days" => 'D',
            "hour" | "hours" | "hrs" => 'h',
            "minute" | "minutes" | "mins" => 'm',
            "second" | "seconds" | "secs" => 's',
            _ => return None,
        };
        Some((c, k + 1))
    }

    /// A duration: `four years`, `18 months`, `a decade`, `half a century`, `a year and
    /// a half`, `nine-year`, `decade-long`, `the past two years`, `a quarter of a
    /// century`.
    pub(super) fn duration(&self, i: usize, framed: bool) -> Option<(usize, usize, String)> {
        let mut s = i;
        let mut k = i;
        // "the past two years", "the last three months", "the next five years"
        if self.is(k, "the")
            && self.is_any(
                k + 1,
                &["past", "last", "next", "first", "coming", "previous"],
            )
        {
            if let Some((e, v)) = self.duration_body(k + 2, true) {
                return Some((s, e, v));
            }
            // "the past year": one unit
            if self.is_any(k + 1, &["past", "last"])
                && let Some((u, e)) = self.unit(k + 2)
                && self.is_any(k + 2, &["year", "decade", "month", "week", "century"])
                && !self.is(e, "of")
            {
                return Some((s, e, dur_value(u, 1, false)?));
            }
            return None;
        }
        // "unit-long": decade-long, month-long, year-long
        if let Some((u, e)) = self.unit(k)
            && self.p(e, '-')
            && self.adj(e)
            && self.is(e + 1, "long")
            && self.adj(e + 1)
            && !self.s(k).ends_with('s')
        {
            return Some((s, e + 2, dur_value(u, 1, false)?));
        }
        if self.is_any(k, &["a", "an"]) && self.is(k + 1, "half") && self.p(k + 2, '-') {
            // a half-century
            k += 1;
            s = i;
        }
        let (e, v) = self.duration_body(k, framed)?;
        Some((s, e, v))
    }

    fn duration_body(&self, k: usize, framed: bool) -> Option<(usize, String)> {
        // Fractions: half a century, a quarter of a century, three-quarters of a decade
        let frac = if self.is(k, "half") {
            Some((1u32, 2u32, k + 1))
        } else if self.is_any(k, &["a", "one"]) && self.is(k + 1, "quarter") && self.is(k + 2, "of")
        {
            Some((1, 4, k + 3))
        } else if self.is(k, "three")
            && self.p(k + 1, '-')
            && self.is(k + 2, "quarters")
            && self.is(k + 3, "of")
        {
            Some((3, 4, k + 4))
        } else {
            None
        };
        if let Some((num, den, k2)) = frac {
            // half a century / half-century / a quarter of a century
            let k3 = if self.is_any(k2, &["a", "an"]) || self.p(k2, '-') && self.adj(k2) && den == 2
            {
                k2 + 1
            } else {
                return None;
            };
            let (u, e) = self.unit(k3)?;
            if self.s(k3).ends_with('s') {
                return None;
            }
            return Some((e, frac_value(u, num, den)?));
        }
        let (k2, n) = self.number(k)?;
        // "an hour and a half", "two and a half years"
        let mut half = n.half;
        let mut k3 = k2;
        // "three-and-a-half-year"
        if self.p(k3, '-')
            && self.is(k3 + 1, "and")
            && self.p(k3 + 2, '-')
            && self.is(k3 + 3, "a")
            && self.p(k3 + 4, '-')
            && self.is(k3 + 5, "half")
            && (k3 + 1..k3 + 6).all(|x| self.adj(x))
        {
            half = true;
            k3 += 6;
            if self.p(k3, '-') && self.adj(k3) && self.adj(k3 + 1) {
                let (u, e) = self.unit(k3 + 1)?;
                return Some((e, dur_value(u, n.n, true)?));
            }
        }
        if self.is(k3, "and")
            && self.is(k3 + 1, "a")
            && self.is(k3 + 2, "half")
            && self.unit(k3 + 3).is_some()
        {
            half = true;
            k3 += 3;
        }
        // Adjectival: nine-year, 48-hour, 12-month (a hyphen, singular unit)
        if self.p(k3, '-') && self.adj(k3) && self.adj(k3 + 1) && !n.article && !half {
            let (u, e) = self.unit(k3 + 1)?;
            if self.s(k3 + 1).ends_with('s') && !matches!(u, 's') {
                return None;
            }
            // "a 10-year-old": an age
            if self.p(e, '-') && self.is(e + 1, "old") {
                return None;
            }
            let e = if self.p(e, '-') && self.is(e + 1, "long") {
                e + 2
            } else {
                e
            };
            if n.n == 0 {
                return None;
            }
            return Some((e, dur_value(u, n.n, false)?));
        }
        let (u, mut e) = self.unit(k3)?;
        // "a year-long inquiry": the adjective alone is the extent
        if n.article && self.p(e, '-') && self.adj(e) && self.is(e + 1, "long") {
            return None;
        }
        if self.adj(k3) && self.num(k).is_some() && !matches!(u, 'h' | 'm' | 's') {
            // "10years" is odd; "24hrs" ok
        }
        // "a year and a half"
        if !half && self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half") {
            half = true;
            e += 3;
        }
        // Number and unit must agree loosely: "one years" is odd but harmless.
        if n.n == 0 && !half {
            return None;
        }
        // Ages: "two years old"
        if self.is(e, "old") {
            return None;
        }
        // Rates: "$5bn a year", "twice a day", "per year"
        if n.article && !framed && k > 0 {
            let prev = &self.t[k - 1];
            if prev.kind == Kind::Num
                || self.is_any(
                    k.wrapping_sub(1),
                    &[
                        "once", "twice", "times", "million", "billion", "trillion", "percent",
                        "cent", "bn", "m", "tonnes", "barrels", "people", "dollars", "euros",
                        "pounds", "year", "month", "day", "week", "hour",
                    ],
                )
                || prev.kind == Kind::Punct('%')
                || self.is(k.wrapping_sub(1), "of")
                    && !self.is_any(
                        k.wrapping_sub(2),
                        &["end", "period", "space", "matter", "course"],
                    )
            {
                return None;
            }
        }
        // "one day" as an idiom ("one day they will …") unless framed
        if !framed && self.is(k, "one") && u == 'D' && !self.is(e, "later") {
            return None;
        }
        // "the second", "a minute" alone are too vague without a number written out
        if n.article && matches!(u, 's') {
            return None;
        }
        Some((e, dur_value(u, n.n, half)?))
    }
}

fn dur_value(u: char, n: u32, half: bool) -> Option<String> {
    let n = u64::from(n);
    Some(match (u, half) {
        ('Y', false) => format!("P{n}Y"),
        ('Y', true) => format!("P{}M", n * 12 + 6),
        ('E', false) => format!("P{}Y", n * 10),
        ('E', true) => format!("P{}Y", n * 10 + 5),
        ('C', false) => format!("P{}Y", n * 100),
        ('C', true) => format!("P{}Y", n * 100 + 50),
        ('M', false) => format!("P{n}M"),
        ('M', true) => return None,
        ('W', false) => format!("P{n}W"),
        ('W', true) => format!("P{}D", n * 7 + 3),
        ('F', false) => format!("P{}W", n * 2),
        ('F', true) => format!("P{}W", n * 2 + 1),
        ('D', false) => format!("P{n}D"),
        ('D', true) => format!("PT{}H", n * 24 + 12),
        ('h', false) => format!("PT{n}H"),
        ('h', true) => format!("PT{}M", n * 60 + 30),
        ('m', false) => format!("PT{n}M"),
        ('m', true) => format!("PT{}S", n * 60 + 30),
        ('s', false) => format!("PT{n}S"),
        _ => return None,
    })
}

/// `num/den` of one unit, in the largest unit that keeps it whole.
fn frac_value(u: char, num: u32, den: u32) -> Option<String> {
    let (amount, unit) = match u {
        'C' => (100 * num, 'Y'),
        'E' => (10 * num, 'Y'),
        'Y' => (12 * num, 'M'),
        'M' => return None,
        'W' => (7 * num, 'D'),
        'D' => (24 * num, 'h'),
        'h' => (60 * num, 'm'),
        'm' => (60 * num, 's'),
        _ => return None,
    };
    if amount % den != 0 {
        return None;
    }
    dur_value(unit, amount / den, false)
}
