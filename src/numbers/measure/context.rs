//! The words around a figure that decide what it is: whether an ambiguous unit spelling
//! is one here (`m`, `C`, `pounds`), a rate's unit of time after it, and a hedge before it.
//! Each check looks a bounded distance from the figure.

use super::Quantity;
use super::scan::{Figure, Sep};
use super::units::{self, Spelling};
use crate::numbers::lexicon as lx;
use crate::numbers::{
    char_at, listed_hedge_before, next_word, phrase_at, skip_spaces, skip_spaces_back,
    word_start_before,
};

/// Checks that make an ambiguous spelling a unit here.
pub(super) fn unit_in_context(t: &str, fig: &Figure, sp: &Spelling, sep: Sep, end: usize) -> bool {
    match sp.text {
        // `100m people`, `40m years`, `raised 5m`: millions, not metres.
        "m" => {
            !next_word(t, end).is_some_and(|(_, _, w)| {
                lx::is_irregular_plural(&w)
                    || (w.len() > 2 && w.ends_with('s') && !w.ends_with("ss"))
                    || lx::CURRENCY_WORDS
                        .iter()
                        .any(|(c, _)| c.eq_ignore_ascii_case(&w))
            }) && !money_before(t, fig.start)
        }
        // `seat 14C`, `row 23F`, `apartment 4C`.
        "C" | "F" | "in" | "g" => {
            let e = skip_spaces_back(t, fig.start);
            let label = word_start_before(t, e).is_some_and(|s| {
                let w = t[s..e].to_ascii_lowercase();
                lx::is_label_word(&w)
                    || matches!(
                        w.as_str(),
                        "apartment"
                            | "flat"
                            | "suite"
                            | "form"
                            | "studio"
                            | "bay"
                            | "berth"
                            | "plot"
                            | "lot"
                            | "box"
                            | "cell"
                            | "bed"
                            | "hangar"
                            | "pier"
                    )
            });
            !label && char_at(t, end) != Some('-')
        }
        "pounds" | "pound" => weighed(t, fig, sep, end),
        "degrees" | "degree" | "°" => of_temperature(t, fig, end),
        _ => true,
    }
}

/// Bare degrees are a temperature only where a word of temperature is beside them, in
/// the clause before the figure (`water temperatures of 46 degrees`) or just after the
/// unit (`the 47-degree water`, `90 degrees outside`), and no word of angles or of maps
/// is (`a 360-degree view`, `turned 90 degrees`, `45 degrees north`).
fn of_temperature(t: &str, fig: &Figure, end: usize) -> bool {
    let (from, clause) = clause_before(t, fig.start, 60);
    let mut words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if from > 0 && !words.is_empty() {
        words.remove(0); // possibly cut
    }
    let mut j = end;
    for _ in 0..3 {
        let Some((_, we, w)) = next_word(t, j) else {
            break;
        };
        words.push(w.to_ascii_lowercase());
        j = we;
    }
    let any = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if any(units::ANGLE_WORDS) {
        return false;
    }
    // `the 38-degree river`: a body of water right after the unit.
    let water = next_word(t, end)
        .is_some_and(|(_, _, w)| units::WATER_BODIES.contains(&w.to_ascii_lowercase().as_str()));
    water || any(units::TEMPERATURE_WORDS)
}

/// Words of money one or two words before a figure: `raised 5m`, `worth about 5m`.
fn money_before(t: &str, p: usize) -> bool {
    let mut i = p;
    for _ in 0..2 {
        let e = skip_spaces_back(t, i);
        let Some(s) = word_start_before(t, e).filter(|_| e < i) else {
            return false;
        };
        if matches!(
            t[s..e].to_ascii_lowercase().as_str(),
            "cost"
                | "costs"
                | "costing"
                | "paid"
                | "pay"
                | "pays"
                | "raised"
                | "raise"
                | "raises"
                | "worth"
                | "sold"
                | "sell"
                | "fined"
                | "fine"
                | "budget"
                | "spent"
                | "spend"
                | "spending"
                | "invest"
                | "invested"
                | "valued"
                | "price"
                | "priced"
                | "fund"
                | "funding"
                | "loan"
                | "loans"
                | "bid"
                | "offer"
                | "offered"
                | "earned"
                | "earn"
                | "earns"
                | "profit"
                | "revenue"
                | "salary"
                | "bonus"
                | "deal"
                | "debt"
                | "owed"
        ) {
            return true;
        }
        i = s;
    }
    false
}

/// The lower-cased text of the clause before `start`, at most `reach` bytes back, and
/// where the window began.
fn clause_before(t: &str, start: usize, reach: usize) -> (usize, String) {
    let mut from = start.saturating_sub(reach);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let before = t[from..start].to_ascii_lowercase();
    let clause = before.rsplit(['.', ';', '!', '?']).next().unwrap_or("");
    (from, clause.to_string())
}

/// `pounds` is a weight only where the words say so; when in doubt it is money.
fn weighed(t: &str, fig: &Figure, sep: Sep, end: usize) -> bool {
    if sep == Sep::Hyphen {
        return next_word(t, end).is_some_and(|(_, _, w)| units::WEIGHED_THINGS.contains(&&*w));
    }
    if let Some((_, oe, of)) = next_word(t, end)
        && of == "of"
        && let Some((_, _, m)) = next_word(t, oe)
        && units::WEIGHED_MATERIALS.contains(&m.as_str())
    {
        return true;
    }
    clause_before(t, fig.start, 48).1.contains("weigh")
}

/// A rate's unit of time after the unit: ` per day`, ` a year`, `/h`, ` of oil a day`.
pub(super) fn per_time(t: &str, end: usize) -> Option<(&'static str, usize)> {
    if let Some(r) = per_time_at(t, end) {
        return Some(r);
    }
    // `barrels of oil a day`, `mm of rain per hour`: at most two words of material.
    let (_, mut j, of) = next_word(t, end)?;
    if of != "of" {
        return None;
    }
    for _ in 0..2 {
        let (_, we, w) = next_word(t, j)?;
        if matches!(
            w.as_str(),
            "in" | "on"
                | "at"
                | "for"
                | "to"
                | "by"
                | "from"
                | "with"
                | "into"
                | "over"
                | "and"
                | "or"
                | "the"
                | "a"
                | "an"
                | "per"
                | "each"
                | "every"
                | "was"
                | "were"
                | "is"
        ) {
            return None;
        }
        j = we;
        if let Some(r) = per_time_at(t, j) {
            return Some(r);
        }
    }
    None
}

fn per_time_at(t: &str, end: usize) -> Option<(&'static str, usize)> {
    if t[end..].starts_with('/') {
        return units::PER_TIMES
            .iter()
            .filter(|(pat, _)| pat.starts_with('/'))
            .filter(|(pat, _)| {
                t.as_bytes()
                    .get(end..end + pat.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(pat.as_bytes()))
                    && !char_at(t, end + pat.len()).is_some_and(char::is_alphanumeric)
            })
            .map(|(pat, sym)| (*sym, end + pat.len()))
            .max_by_key(|(_, e)| *e);
    }
    let s = skip_spaces(t, end);
    if s == end {
        return None;
    }
    units::PER_TIMES
        .iter()
        .filter(|(pat, _)| !pat.starts_with('/'))
        .find_map(|(pat, sym)| phrase_at(t, s, pat).map(|e| (*sym, e)))
}

/// A hedge just before `start`, at or after `min_start`. `above` and `below` hedge only
/// temperatures (elsewhere they are places: `300 m above sea level`).
pub(super) fn hedge_before(
    t: &str,
    start: usize,
    min_start: usize,
    q: Quantity,
) -> Option<(usize, String)> {
    let hedges = units::HEDGES.iter().filter(|h| {
        !matches!(**h, "above" | "below" | "well above" | "well below")
            || q == Quantity::Temperature
    });
    listed_hedge_before(t, start, min_start, hedges).map(|(s, h)| (s, h.to_ascii_lowercase()))
}
