//! Values as comparable intervals: the semantics behind agree / partial / conflict.
//!
//! Every normalized value reads as a range: `2021` is the year, `2021-08` a month inside
//! it; `9000000000 USD` is a point that a hedge (`nearly`, `at least`) or a round figure
//! widens. Two values are [`Relation::Equal`] when their normalized forms are the same,
//! [`Relation::Compatible`] when their ranges meet, [`Relation::Disjoint`] otherwise, and
//! [`Relation::Incomparable`] when they are not of one unit (dollars and euros).

use chrono::{Duration, NaiveDate};

use crate::claim::Kind;
use crate::rules::norm;
use crate::wordset::WordSet;

/// How two stated values relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Equal,
    /// One lies inside the other, or they overlap through a hedge or a round figure.
    Compatible,
    Disjoint,
    Incomparable,
}

/// Compares two (value, qualifier) pairs of one kind.
pub fn compare(kind: Kind, a: (&str, &str), b: (&str, &str)) -> Relation {
    if a.0 == b.0 {
        return Relation::Equal;
    }
    // Two maxima ("winds of up to 149 km/h", "up to 160 km/h") are two figures for one
    // bound: they are compared as stated, not as the ranges below them.
    if a.1 == "up to" && b.1 == "up to" && kind != Kind::Date {
        return compare(kind, (a.0, ""), (b.0, ""));
    }
    // A split vote is equal to the same split, else another split of one vote.
    if kind == Kind::Count {
        match (split(a.0), split(b.0)) {
            (None, None) => {}
            (Some(x), Some(y)) if x == y => return Relation::Equal,
            (Some(_), Some(_)) => return Relation::Disjoint,
            _ => return Relation::Incomparable,
        }
    }
    match kind {
        Kind::Date => match (date_range(a.0, a.1), date_range(b.0, b.1)) {
            (Some(x), Some(y)) => meet(x, y),
            _ => Relation::Incomparable,
        },
        Kind::Interval => {
            let (Some((a1, a2)), Some((b1, b2))) = (a.0.split_once('/'), b.0.split_once('/'))
            else {
                return Relation::Incomparable;
            };
            let starts = compare(Kind::Date, (a1, ""), (b1, ""));
            let ends = compare(Kind::Date, (a2, ""), (b2, ""));
            match (starts, ends) {
                (Relation::Disjoint, _) | (_, Relation::Disjoint) => Relation::Disjoint,
                (Relation::Incomparable, _) | (_, Relation::Incomparable) => Relation::Incomparable,
                _ => Relation::Compatible,
            }
        }
        Kind::Measure => {
            crate::numbers::measure::compare(a.0, a.1, b.0, b.1).unwrap_or(Relation::Incomparable)
        }
        Kind::Time => {
            crate::numbers::clock::compare(a.0, a.1, b.0, b.1).unwrap_or(Relation::Incomparable)
        }
        Kind::Duration => match (duration_days(a.0), duration_days(b.0)) {
            // `PT2H35S` and `PT2H0M35S` are one length of time.
            (Some(x), Some(y)) if x == y && a.1 == b.1 => Relation::Equal,
            (Some(x), Some(y)) => meet(widen_f(x, a.1), widen_f(y, b.1)),
            _ => Relation::Incomparable,
        },
        Kind::Amount | Kind::Count | Kind::Percent => {
            match (Number::parse(a.0), Number::parse(b.0)) {
                (Some(x), Some(y)) if x.unit == y.unit => {
                    if x.scaled == y.scaled && part(a.1) == part(b.1) {
                        return Relation::Equal;
                    }
                    meet(x.range(a.1), y.range(b.1))
                }
                _ => Relation::Incomparable,
            }
        }
        Kind::Person => {
            let (x, y) = (name_key(a.0), name_key(b.0));
            if x.is_empty() || y.is_empty() {
                Relation::Compatible
            } else if x == y {
                Relation::Equal
            } else if same_person(&x, &y) {
                Relation::Compatible
            } else {
                Relation::Disjoint
            }
        }
        Kind::Place | Kind::Quote => {
            let (x, y) = (words(a.0), words(b.0));
            if x == y {
                return Relation::Equal;
            }
            // Distinct content words: "the", "and" and repeats say nothing of whether
            // two quotations are one statement.
            let content = |v: &[String]| -> Vec<String> {
                let mut c: Vec<String> = v
                    .iter()
                    .filter(|w| !STOPWORDS.contains(w.as_str()))
                    .cloned()
                    .collect();
                c.sort();
                c.dedup();
                c
            };
            let (x, y) = (content(&x), content(&y));
            let common = x.iter().filter(|w| y.contains(w)).count();
            let smaller = x.len().min(y.len()).max(1);
            if common * 2 >= smaller {
                Relation::Compatible
            } else {
                Relation::Disjoint
            }
        }
    }
}

fn meet<T: PartialOrd>(a: (T, T), b: (T, T)) -> Relation {
    if a.0 <= b.1 && b.0 <= a.1 {
        Relation::Compatible
    } else {
        Relation::Disjoint
    }
}

/// The first and last day a date value covers, widened by an approximating qualifier.
pub fn date_range(value: &str, qualifier: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (start, end) = base_date_range(value)?;
    let approx = matches!(
        hedge_word(qualifier),
        "about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "circa" | "some"
    );
    if approx {
        let len = (end - start).num_days() + 1;
        return Some((start - Duration::days(len), end + Duration::days(len)));
    }
    Some((start, end))
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    Some(ymd(ny, nm, 1)? - Duration::days(1))
}

fn base_date_range(v: &str) -> Option<(NaiveDate, NaiveDate)> {
    let b = v.as_bytes();
    // Decades and centuries: 199X, 19XX.
    if v.len() == 4 && v.ends_with("XX") {
        let c: i32 = v[..2].parse().ok()?;
        return Some((ymd(c * 100, 1, 1)?, ymd(c * 100 + 99, 12, 31)?));
    }
    if v.len() == 4 && v.ends_with('X') {
        let d: i32 = v[..3].parse().ok()?;
        return Some((ymd(d * 10, 1, 1)?, ymd(d * 10 + 9, 12, 31)?));
    }
    let year: i32 = v.get(..4)?.parse().ok()?;
    if v.len() == 4 {
        return Some((ymd(year, 1, 1)?, ymd(year, 12, 31)?));
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let rest = &v[5..];
    match rest {
        "SP" => return Some((ymd(year, 3, 1)?, month_end(year, 5)?)),
        "SU" => return Some((ymd(year, 6, 1)?, month_end(year, 8)?)),
        "FA" => return Some((ymd(year, 9, 1)?, month_end(year, 11)?)),
        "WI" => return Some((ymd(year, 12, 1)?, month_end(year + 1, 2)?)),
        _ => {}
    }
    if let Some(w) = rest.strip_prefix('W') {
        let week: u32 = w.get(..2)?.parse().ok()?;
        let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
        return Some((monday, monday + Duration::days(6)));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u32 = q.parse().ok()?;
        if !(1..=4).contains(&q) {
            return None;
        }
        return Some((ymd(year, q * 3 - 2, 1)?, month_end(year, q * 3)?));
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h: u32 = h.parse().ok()?;
        return match h {
            1 => Some((ymd(year, 1, 1)?, ymd(year, 6, 30)?)),
            2 => Some((ymd(year, 7, 1)?, ymd(year, 12, 31)?)),
            _ => None,
        };
    }
    let month: u32 = rest.get(..2)?.parse().ok()?;
    if rest.len() == 2 {
        return Some((ymd(year, month, 1)?, month_end(year, month)?));
    }
    let day: u32 = rest.get(3..5)?.parse().ok()?;
    let d = ymd(year, month, day)?;
    Some((d, d))
}

/// `P4Y` → days (approximate: a year is 365.25 days, a month 30.4375).
pub(crate) fn duration_days(v: &str) -> Option<f64> {
    let rest = v.strip_prefix('P')?;
    let mut time = false;
    let mut total = 0.0;
    let mut number = String::new();
    let mut parts = 0;
    for c in rest.chars() {
        if c == 'T' && number.is_empty() {
            time = true;
            continue;
        }
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
            continue;
        }
        let n: f64 = number.parse().ok()?;
        number.clear();
        parts += 1;
        total += match (time, c) {
            (false, 'Y') => n * 365.25,
            (false, 'M') => n * 30.4375,
            (false, 'W') => n * 7.0,
            (false, 'D') => n,
            (true, 'H') => n / 24.0,
            (true, 'M') => n / 1440.0,
            (true, 'S') => n / 86400.0,
            _ => return None,
        };
    }
    (number.is_empty() && parts > 0).then_some(total)
}

/// The days a duration value stands for, as the range its hedge allows (the range
/// [`compare`] meets for durations: `almost P4Y` is 85–100% of four years).
pub fn duration_range(value: &str, qualifier: &str) -> Option<(f64, f64)> {
    Some(widen_f(duration_days(value)?, qualifier))
}

fn widen_f(x: f64, qualifier: &str) -> (f64, f64) {
    match hedge(qualifier) {
        Hedge::Below => (x * 0.85, x),
        Hedge::Around => (x * 0.85, x * 1.15),
        Hedge::AtLeast => (x, f64::INFINITY),
        Hedge::AtMost => (0.0, x),
        Hedge::Exact => (x, x),
    }
}

enum Hedge {
    Below,
    Around,
    AtLeast,
    AtMost,
    Exact,
}

/// The hedge of a qualifier: its first part. A qualifier may add, after `;`, words that
/// explain a moving figure ("at least; as of Tuesday"), which do not change the range.
pub fn hedge_word(qualifier: &str) -> &str {
    qualifier.split(';').next().unwrap_or("").trim()
}

fn hedge(q: &str) -> Hedge {
    match hedge_word(q).to_lowercase().as_str() {
        "nearly" | "almost" | "just under" | "close to" => Hedge::Below,
        "about" | "around" | "approximately" | "roughly" | "some" | "an estimated"
        | "estimated" | "circa" | "approx" => Hedge::Around,
        "more than" | "over" | "at least" | "upwards of" | "in excess of" | "since"
        | "as early as" | "just over" => Hedge::AtLeast,
        "up to" | "less than" | "fewer than" | "under" | "as many as" | "as much as"
        | "no more than" | "below" | "until" => Hedge::AtMost,
        _ => Hedge::Exact,
    }
}

/// An exact number with its unit: `9000000000 USD`, `15000`, `12.5%`, `3pp`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// The value times 10^4 (exact for every value the recognizers write).
    pub scaled: i128,
    pub unit: String,
    /// Digits of the written integer part that are trailing zeros (a round figure).
    round: u32,
}

const SCALE: i128 = 10_000;

impl Number {
    /// Parses a normalized value.
    pub fn parse(v: &str) -> Option<Number> {
        let v = v.trim();
        let (num, unit) = match v.split_once(' ') {
            Some((n, u)) => (n, u.trim().to_string()),
            None => {
                let cut = v
                    .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                    .unwrap_or(v.len());
                (&v[..cut], v[cut..].to_string())
            }
        };
        let (int, frac) = num.split_once('.').unwrap_or((num, ""));
        if int.is_empty() || frac.len() > 4 {
            return None;
        }
        let i: i128 = int.parse().ok()?;
        let f: i128 = if frac.is_empty() {
            0
        } else {
            format!("{frac:0<4}").parse().ok()?
        };
        let round = if frac.is_empty() && i != 0 {
            int.len() as u32 - int.trim_end_matches('0').len() as u32
        } else {
            0
        };
        Some(Number {
            scaled: i.checked_mul(SCALE)?.checked_add(f)?,
            unit,
            round,
        })
    }

    /// The range the value stands for, given its hedge; a round figure (two or more
    /// trailing zeros: `15,000`, `$9bn`) also covers what rounds to it. A count that
    /// states a part it includes ("ten Russians, including two minors") also covers the
    /// count without it, which another source may give.
    pub fn range(&self, qualifier: &str) -> (i128, i128) {
        let (lo, hi) = self.hedged(qualifier);
        let without = part(qualifier).map_or(0, |p| p.saturating_mul(SCALE));
        (lo.saturating_sub(without).max(0), hi)
    }

    /// A directional hedge already says which way the figure is off; "about" allows a
    /// twentieth either way beyond the figure's rounding ("about 17,500" and "around
    /// 15,000" are two figures, "about 17,500" and "17,450" one).
    fn hedged(&self, qualifier: &str) -> (i128, i128) {
        let x = self.scaled;
        let slack = if self.round >= 2 {
            10i128.pow(self.round) * SCALE / 2
        } else {
            0
        };
        match hedge(qualifier) {
            Hedge::Below => (x - x / 10, x),
            Hedge::Around => (x - x / 20 - slack, x + x / 20 + slack),
            Hedge::AtLeast => (x, i128::MAX),
            Hedge::AtMost => (0, x),
            // A rounded figure covers what rounds to it, up to but not including the
            // next one's share: "$12.94 billion" and "$12.93 billion" do not meet.
            Hedge::Exact => (x - slack, (x + slack - 1).max(x)),
        }
    }
}

/// A split vote's two sides, larger first (`5-4`).
pub fn split(v: &str) -> Option<(u32, u32)> {
    let (x, y) = v.split_once('-')?;
    let (x, y): (u32, u32) = (x.parse().ok()?, y.parse().ok()?);
    Some((x.max(y), x.min(y)))
}

/// The part a count says it includes ("including 2 minors" among its qualifier's
/// context words), if any.
fn part(qualifier: &str) -> Option<i128> {
    let (_, rest) = qualifier.split_once("including ")?;
    rest.split(' ').next()?.parse().ok()
}

/// A person's name folded for comparison: lower case, no diacritics-sensitive
/// punctuation, hyphens as spaces.
fn name_key(s: &str) -> String {
    norm::fold_space(
        &s.to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect::<String>(),
    )
}

/// Full name and surname, or transliterations a letter apart, are one person.
fn same_person(a: &str, b: &str) -> bool {
    let (aw, bw): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (short, long) = if aw.len() <= bw.len() {
        (&aw, &bw)
    } else {
        (&bw, &aw)
    };
    if short.iter().all(|w| long.contains(w)) {
        return true;
    }
    // Same surname and first names a letter apart.
    aw.len() == bw.len()
        && aw
            .iter()
            .zip(bw.iter())
            .all(|(x, y)| x == y || edit_distance(x, y) <= 1)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Words that carry no content, for comparing quotations.
static STOPWORDS: WordSet = WordSet::new(&[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
    "those", "we", "our", "you", "your", "they", "their", "he", "his", "she", "her", "i", "my",
    "will", "would", "has", "have", "had", "not", "no", "so", "than", "then", "there", "which",
    "who", "what", "all", "can", "could", "do", "does", "did",
]);

fn words(s: &str) -> Vec<String> {
    name_key(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when a date value lies within another (`2021-08` within `2021`).
pub fn is_inside(kind: Kind, inner: &str, outer: &str) -> bool {
    match kind {
        Kind::Date => match (base_date_range(inner), base_date_range(outer)) {
            (Some(i), Some(o)) => o.0 <= i.0 && i.1 <= o.1,
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Relation::*;

    fn d(a: &str, b: &str) -> Relation {
        compare(Kind::Date, (a, ""), (b, ""))
    }

    #[test]
    fn dates_compare_as_ranges() {
        assert_eq!(d("2021", "2021-08"), Compatible);
        assert_eq!(d("2025-07", "2025-04"), Disjoint);
        assert_eq!(d("2025-07-03", "2025-W27"), Compatible);
        assert_eq!(d("2025-07-03", "2025-W28"), Disjoint);
        assert_eq!(d("199X", "1996"), Compatible);
        assert_eq!(d("2024-Q3", "2024-08-01"), Compatible);
        assert_eq!(d("2024-Q3", "2024-H1"), Disjoint);
        assert_eq!(d("2024-WI", "2025-02-10"), Compatible);
        assert_eq!(
            compare(Kind::Date, ("2018", "about"), ("2019", "")),
            Compatible
        );
    }

    fn n(kind: Kind, a: (&str, &str), b: (&str, &str)) -> Relation {
        compare(kind, a, b)
    }

    #[test]
    fn numbers_widen_by_hedges_and_round_figures() {
        assert_eq!(n(Kind::Count, ("34", ""), ("29", "")), Disjoint);
        assert_eq!(n(Kind::Count, ("34", ""), ("30", "at least")), Compatible);
        assert_eq!(
            n(Kind::Count, ("34", ""), ("30", "at least; as of Tuesday")),
            Compatible
        );
        assert_eq!(n(Kind::Count, ("34", "provisional"), ("29", "")), Disjoint);
        assert_eq!(n(Kind::Count, ("1243", ""), ("1423", "")), Disjoint);
        assert_eq!(
            n(Kind::Count, ("3000", "more than"), ("3200", "")),
            Compatible
        );
        assert_eq!(
            n(Kind::Count, ("3000", "more than"), ("2800", "")),
            Disjoint
        );
        assert_eq!(n(Kind::Count, ("15000", ""), ("14800", "")), Compatible);
        assert_eq!(
            n(
                Kind::Amount,
                ("9000000000 USD", "nearly"),
                ("9000000000 USD", "approximately")
            ),
            Equal
        );
        assert_eq!(
            n(Kind::Amount, ("9000000000 USD", ""), ("9100000000 USD", "")),
            Compatible
        );
        assert_eq!(
            n(Kind::Amount, ("9000000000 USD", ""), ("6600000000 GBP", "")),
            Incomparable
        );
        assert_eq!(n(Kind::Amount, ("1.25 USD", ""), ("1.3 USD", "")), Disjoint);
        // Two figures rounded alike cover neighbouring ranges that do not meet; the
        // coarser figure covers both.
        assert_eq!(
            n(Kind::Amount, ("7460000000 USD", ""), ("7470000000 USD", "")),
            Disjoint
        );
        assert_eq!(
            n(Kind::Amount, ("7500000000 USD", ""), ("7460000000 USD", "")),
            Compatible
        );
        assert_eq!(n(Kind::Count, ("2500", ""), ("2600", "")), Disjoint);
        assert_eq!(n(Kind::Duration, ("PT2H35S", ""), ("PT2H0M35S", "")), Equal);
        assert_eq!(n(Kind::Duration, ("P1Y", ""), ("P12M", "")), Equal);
        assert_eq!(n(Kind::Count, ("2500", ""), ("2549", "")), Compatible);
        assert_eq!(n(Kind::Percent, ("12.5%", ""), ("12.5%", "")), Equal);
        assert_eq!(n(Kind::Percent, ("12.5%", ""), ("3pp", "")), Incomparable);
    }

    #[test]
    fn a_count_with_a_stated_part_covers_the_count_without_it() {
        let with = ("12", "including 3 children");
        assert_eq!(n(Kind::Count, with, ("9", "")), Compatible);
        assert_eq!(n(Kind::Count, with, ("11", "")), Compatible);
        assert_eq!(n(Kind::Count, with, ("8", "")), Disjoint);
        assert_eq!(n(Kind::Count, with, ("13", "")), Disjoint);
        assert_eq!(
            n(
                Kind::Count,
                ("12", "at least; including 3 children"),
                ("40", "")
            ),
            Compatible
        );
        assert_eq!(n(Kind::Count, ("12", ""), ("9", "")), Disjoint);
    }

    #[test]
    fn split_votes_agree_only_when_equal() {
        assert_eq!(n(Kind::Count, ("5-4", ""), ("5-4", "")), Equal);
        assert_eq!(n(Kind::Count, ("5-4", ""), ("4-5", "")), Equal);
        assert_eq!(n(Kind::Count, ("5-4", ""), ("6-3", "")), Disjoint);
        assert_eq!(n(Kind::Count, ("5-4", ""), ("9", "")), Incomparable);
    }

    #[test]
    fn people_and_intervals() {
        assert_eq!(
            compare(Kind::Person, ("Gul Hassan Hassan", ""), ("", "")),
            Compatible
        );
        assert_eq!(
            compare(Kind::Person, ("Dmitry Zhirnov", ""), ("Zhirnov", "")),
            Compatible
        );
        assert_eq!(
            compare(Kind::Person, ("Dmitry Zhirnov", ""), ("Dmitri Zhirnov", "")),
            Compatible
        );
        assert_eq!(
            compare(
                Kind::Person,
                ("Dmitry Zhirnov", ""),
                ("Alexander Bikantov", "")
            ),
            Disjoint
        );
        assert_eq!(
            compare(Kind::Interval, ("1996/2001", ""), ("1996-09/2001-11", "")),
            Compatible
        );
        assert_eq!(
            compare(Kind::Interval, ("1996/2001", ""), ("1992/1996", "")),
            Disjoint
        );
        assert_eq!(
            compare(Kind::Duration, ("P4Y", "almost"), ("P3Y", "")),
            Disjoint
        );
        assert_eq!(
            compare(Kind::Duration, ("P4Y", "almost"), ("P48M", "")),
            Compatible
        );
    }
}
