//! The context of a number: the currency, hedge, percent sign or counted noun around it,
//! and what makes a number a label, a date or a name rather than a quantity. A parsed
//! [`Core`] becomes a [`NumMention`] here, or is skipped.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon as lx;
use super::parse::{apply_scales, parse_core};
use super::scan::{
    char_at, char_before, is_capitalized, listed_hedge_before, next_word, phrase_at, prev_word,
    skip_spaces, skip_spaces_back, word_end, word_start_before,
};
use super::{Core, NumKind, NumMention, PctKind};

/// A currency sign or code just before `p` (`$`, `US$`, `Rs `, `USD `): its start and code.
fn currency_prefix(t: &str, p: usize, min_start: usize) -> Option<(usize, &'static str)> {
    for e in [p, skip_spaces_back(t, p)] {
        if e < p && e + 4 < p {
            continue; // at most a few spaces
        }
        let before = t.get(..e)?;
        // Cheap rejection: every sign or code ends in a symbol, a letter or a point.
        match before.chars().next_back() {
            Some(c) if c.is_ascii_alphabetic() || c == '.' || c == '$' || !c.is_ascii() => {}
            _ => continue,
        }
        for &(sym, code) in lx::PREFIXES {
            if before.ends_with(sym) {
                let s = e - sym.len();
                let alpha = sym.starts_with(|c: char| c.is_ascii_alphabetic());
                if alpha && char_before(t, s).is_some_and(char::is_alphanumeric) {
                    continue;
                }
                // A dollar sign of a currency the list does not know ("XY$"): no guess.
                if sym == "$" && char_before(t, s).is_some_and(|c| c.is_ascii_alphabetic()) {
                    return None;
                }
                if s < min_start {
                    return None;
                }
                return Some((s, code));
            }
        }
        if let Some(s) = word_start_before(t, e)
            && e - s == 3
            && !char_before(t, s).is_some_and(char::is_alphanumeric)
            && let Some(code) = lx::CODES.iter().find(|c| **c == &t[s..e])
        {
            return (s >= min_start).then_some((s, *code));
        }
    }
    None
}

/// A hedge just before `start` (`nearly`, `more than`), at or after `min_start`.
fn hedge_before(t: &str, start: usize, min_start: usize) -> Option<(usize, String)> {
    listed_hedge_before(t, start, min_start, lx::HEDGES).map(|(s, h)| (s, h.to_string()))
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

fn is_number_word(w: &str) -> bool {
    lx::unit_word(w).is_some()
        || lx::teen_word(w).is_some()
        || lx::tens_word(w).is_some()
        || matches!(w, "hundred" | "dozen" | "half")
}

/// Rejects numbers that are labels (`page 12`, `No. 10`, `Windows 11`), dates (`July 3`,
/// `3 July`) or parts of a phone number.
fn context_ok(t: &str, core: &Core) -> bool {
    let p = core.start;
    // The word before, possibly with an abbreviation point: `No. 10`, `p. 5`.
    let mut e = skip_spaces_back(t, p);
    if e < p && char_before(t, e) == Some('.') {
        e -= 1;
    }
    if e < p
        && let Some(s) = word_start_before(t, e)
    {
        let w = t[s..e].to_ascii_lowercase();
        if (lx::is_label_word(&w) && !core.scaled) || (core.digits && lx::is_month(&w)) {
            return false;
        }
    }
    if let Some((s, e)) = prev_word(t, p) {
        let w = &t[s..e];
        let own_cap = core.digits || t[p..].starts_with(|c: char| c.is_uppercase());
        if own_cap
            && is_capitalized(w)
            && !lx::is_capitalized_function_word(&w.to_ascii_lowercase())
        {
            return false; // World War Two, Windows 11, Leopard 2
        }
    }
    if core.digits {
        // Phone numbers and runs of figures: 0800 123 4567.
        if core.bare_int {
            let b = skip_spaces_back(t, p);
            if b < p && char_before(t, b).is_some_and(|c| c.is_ascii_digit()) {
                return false;
            }
            let a = skip_spaces(t, core.end);
            if a > core.end && char_at(t, a).is_some_and(|c| c.is_ascii_digit()) {
                return false;
            }
        }
        if let Some((_, _, w)) = next_word(t, core.end)
            && lx::is_month(&w)
            && w != "may"
        {
            return false;
        }
    }
    true
}

/// A percent sign or word after the number.
fn percent_after(t: &str, core: &Core) -> Option<(PctKind, usize)> {
    if core.percent {
        return Some((PctKind::Percent, core.end));
    }
    let s = skip_spaces(t, core.end);
    if char_at(t, s) == Some('%') {
        return Some((PctKind::Percent, s + 1));
    }
    if s == core.end {
        return None;
    }
    for (pat, kind) in [
        ("per cent", PctKind::Percent),
        ("percent", PctKind::Percent),
        ("pc", PctKind::Percent),
        ("percentage points", PctKind::Points),
        ("percentage point", PctKind::Points),
        ("basis points", PctKind::BasisPoints),
        ("basis point", PctKind::BasisPoints),
        ("bps", PctKind::BasisPoints),
    ] {
        if let Some(e) = phrase_at(t, s, pat) {
            return Some((kind, e));
        }
    }
    None
}

/// A currency word, code or sign after the number: its code, end and power-of-ten divisor
/// (`50 cents` is `0.5 USD`).
fn currency_after(t: &str, core: &Core) -> Option<(&'static str, usize, u32)> {
    let s = skip_spaces(t, core.end);
    if let Some(c) = char_at(t, s) {
        let code = match c {
            '€' => Some("EUR"),
            '₽' => Some("RUB"),
            '₺' => Some("TRY"),
            '₴' => Some("UAH"),
            _ => None,
        };
        if let Some(code) = code {
            let e = s + c.len_utf8();
            if !char_at(t, e).is_some_and(char::is_alphanumeric) {
                return Some((code, e, 0));
            }
        }
    }
    if s == core.end {
        return None;
    }
    for &(pat, code) in lx::CURRENCY_WORDS {
        if let Some(e) = phrase_at(t, s, pat) {
            return Some((code, e, 0));
        }
    }
    if core.scaled
        && !core.attached
        && let Some(e) = phrase_at(t, s, "won")
    {
        return Some(("KRW", e, 0));
    }
    let we = word_end(t, s)?;
    let w = &t[s..we];
    if char_at(t, we).is_some_and(char::is_alphanumeric) {
        return None;
    }
    if let Some(code) = lx::CODES.iter().find(|c| **c == w) {
        return Some((code, we, 0));
    }
    if !core.scaled {
        match w.to_ascii_lowercase().as_str() {
            "cents" | "cent" => return Some(("USD", we, 2)),
            "pence" => return Some(("GBP", we, 2)),
            _ => {}
        }
    }
    None
}

/// A second statement of the same amount in brackets: `$9bn (£6.6bn)`.
fn bracket_after(t: &str, end: usize) -> Option<usize> {
    let open = skip_spaces(t, end);
    if char_at(t, open) != Some('(') {
        return None;
    }
    let inner = open + 1;
    let mut d = inner;
    for c in t.get(inner..)?.chars().take(16) {
        if c.is_ascii_digit() || c == ')' {
            break;
        }
        d += c.len_utf8();
    }
    if !t.as_bytes().get(d).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let m = parse_at(t, d, inner, false).ok()?;
    if m.kind != NumKind::Amount || m.start != inner {
        return None;
    }
    let close = skip_spaces(t, m.end);
    (char_at(t, close) == Some(')')).then_some(close + 1)
}

fn looks_plural(w: &str) -> bool {
    w.len() >= 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.bytes().all(|b| b.is_ascii_lowercase())
}

fn is_acronym_plural(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase())
}

/// The noun a number counts, after up to two adjectives: `15,000 Soviet personnel`.
fn count_noun(t: &str, from: usize, lone_one: bool) -> Option<(usize, usize)> {
    let mut j = from;
    for k in 0..3 {
        let (ws, mut we, _) = next_word(t, j)?;
        if ws == j {
            return None;
        }
        // A hyphenated compound: its last part decides (`anti-government protesters`).
        let mut last_start = ws;
        while let Some(c @ ('-' | '‐')) = char_at(t, we) {
            let ns = we + c.len_utf8();
            match word_end(t, ns) {
                Some(ne) if !char_at(t, ne).is_some_and(|c| c.is_numeric()) => {
                    last_start = ns;
                    we = ne;
                }
                _ => return None,
            }
        }
        let word = &t[last_start..we];
        let lw = word.to_ascii_lowercase();
        let compound = last_start != ws;
        if !compound
            && (lx::is_stop_word(&lw)
                || lx::is_measure_word(&lw)
                || lx::is_month(&lw)
                || is_weekday(&lw)
                || is_number_word(&lw)
                || lx::scale_word(&lw).is_some())
        {
            return None;
        }
        let cap = is_capitalized(&t[ws..we]);
        let noun_follows = || {
            next_word(t, we).is_some_and(|(_, _, n)| {
                lx::is_irregular_plural(&n) || (looks_plural(&n) && !lx::is_stop_word(&n))
            })
        };
        if compound && k < 2 && noun_follows() {
            j = we; // a compound adjective: `anti-aircraft guns`
            continue;
        }
        if lone_one {
            if !cap && lx::is_singular_countable(&lw) {
                return Some((ws, we));
            }
        } else if !cap {
            if lx::is_irregular_plural(&lw) && !compound && noun_follows() {
                // A noun used as a modifier: `police officers`, `crew members`.
                let (_, ne, _) = next_word(t, we)?;
                return Some((ws, ne));
            }
            if lx::is_irregular_plural(&lw) || looks_plural(&lw) {
                return Some((ws, we));
            }
        } else if is_acronym_plural(word) {
            return Some((ws, we));
        } else if word.ends_with('s')
            && !word.ends_with("ss")
            && word.len() > 3
            && !word.bytes().skip(1).all(|b| b.is_ascii_uppercase())
        {
            // A people's plural (`three Americans`) unless a noun follows.
            if !noun_follows() {
                return Some((ws, we));
            }
        }
        if k == 2 || (!compound && lw.ends_with("ly")) {
            return None;
        }
        j = we;
    }
    None
}

/// Parses the mention whose number starts at `p`; `Err(skip_to)` when there is none.
pub(super) fn parse_at(
    t: &str,
    p: usize,
    min_start: usize,
    brackets: bool,
) -> Result<NumMention, usize> {
    let starts_digit = t.as_bytes().get(p).is_some_and(u8::is_ascii_digit);
    let prefix = if starts_digit {
        currency_prefix(t, p, min_start)
    } else {
        None
    };
    let mut core = parse_core(t, p, prefix.is_some())?;
    apply_scales(t, &mut core)?;
    if prefix.is_none() && !context_ok(t, &core) {
        return Err(core.end);
    }
    let skip = core.end;
    let start0 = prefix.map_or(core.start, |(s, _)| s);
    let hedge = hedge_before(t, start0, min_start);
    let start = hedge.as_ref().map_or(start0, |h| h.0);
    let qualifier = hedge.map(|h| h.1);
    let mention = |end: usize, kind: NumKind, value: String, unit: Option<String>| NumMention {
        start,
        end,
        text: t[start..end].to_string(),
        kind,
        value,
        qualifier: qualifier.clone(),
        unit,
    };
    if let Some((_, code)) = prefix {
        if core.percent {
            return Err(skip);
        }
        let mut end = core.end;
        if brackets && let Some(e) = bracket_after(t, end) {
            end = e;
        }
        let value = format!("{} {}", core.value, code);
        return Ok(mention(end, NumKind::Amount, value, Some(code.to_string())));
    }
    if let Some((kind, end)) = percent_after(t, &core) {
        let value = match kind {
            PctKind::Percent => format!("{}%", core.value),
            PctKind::Points => format!("{}pp", core.value),
            PctKind::BasisPoints => format!("{}pp", core.value.div_pow10(2).ok_or(skip)?),
        };
        return Ok(mention(end, NumKind::Percent, value, None));
    }
    if core.percent {
        return Err(skip);
    }
    if let Some((code, mut end, div)) = currency_after(t, &core) {
        let v = core.value.div_pow10(div).ok_or(skip)?;
        if brackets && let Some(e) = bracket_after(t, end) {
            end = e;
        }
        let value = format!("{v} {code}");
        return Ok(mention(end, NumKind::Amount, value, Some(code.to_string())));
    }
    // An exchange ratio: "0.4 shares of Kelm for each Vantor share".
    if let Some((end, v)) = super::ratio::after(t, core.end, core.value) {
        return Ok(mention(
            end,
            NumKind::Count,
            v.to_string(),
            Some(super::ratio::UNIT.to_string()),
        ));
    }
    // A count.
    let n = core.value.as_integer().ok_or(skip)?;
    if core.bare_int
        && qualifier.is_none()
        && core.end - core.start == 4
        && (1800..=2100).contains(&n)
    {
        return Err(skip); // a year
    }
    // A part of a counted whole: "Twelve of the 16 crew were rescued" counts twelve crew
    // (what the sentence says of them); the whole is left to the words that state it.
    if let Some((end, head)) = partitive(t, core.end, n) {
        return Ok(mention(end, NumKind::Count, n.to_string(), Some(head)));
    }
    let Some((_, head_end)) = count_noun(t, core.end, core.lone_one) else {
        // A bare number is a count only where a toll speaks of it: "the death toll rose
        // to 34", "14 were missing".
        let unit = bare_count_unit(t, start, core.end).ok_or(skip)?;
        return Ok(mention(
            core.end,
            NumKind::Count,
            n.to_string(),
            Some(unit.to_string()),
        ));
    };
    let head_start = word_start_before(t, head_end).unwrap_or(core.end);
    let head = t[head_start..head_end].to_string();
    // `40 passengers and three crew`: one total of people.
    let people = |w: &str| {
        lx::is_people_role(&w.to_ascii_lowercase())
            || (is_capitalized(w) && w.ends_with('s') && !is_acronym_plural(w))
    };
    if people(&head)
        && let Some((_, and_end, and)) = next_word(t, head_end)
        && and == "and"
    {
        let q = skip_spaces(t, and_end);
        if q > and_end
            && let Ok(mut other) = parse_core(t, q, false)
            && apply_scales(t, &mut other).is_ok()
            && let Some(m) = other.value.as_integer()
            && let Some((_, e2)) = count_noun(t, other.end, other.lone_one)
        {
            let s2 = word_start_before(t, e2).unwrap_or(other.end);
            if people(&t[s2..e2])
                && let Some(sum) = n.checked_add(m)
            {
                return Ok(mention(
                    e2,
                    NumKind::Count,
                    sum.to_string(),
                    Some("people".to_string()),
                ));
            }
        }
    }
    Ok(mention(head_end, NumKind::Count, n.to_string(), Some(head)))
}

/// `of the 16 crew` (or `of 16 crew`) after a number `n` from 2 to 16: the end of the whole
/// and the noun it counts.
fn partitive(t: &str, end: usize, n: u128) -> Option<(usize, String)> {
    let (_, e, of) = next_word(t, end)?;
    if of != "of" {
        return None;
    }
    // "of the 16 crew", "of its five reactors", "of nine counts".
    let e = match next_word(t, e) {
        Some((_, e2, the)) if matches!(the.as_str(), "the" | "its" | "their") => e2,
        _ => e,
    };
    let q = skip_spaces(t, e);
    let mut whole = parse_core(t, q, false).ok()?;
    apply_scales(t, &mut whole).ok()?;
    let m = whole.value.as_integer()?;
    // "one of the 20 largest owners" ranks, it does not count.
    if n < 2 || n > m {
        return None;
    }
    let (_, head_end) = count_noun(t, whole.end, whole.lone_one)?;
    let head_start = word_start_before(t, head_end).unwrap_or(whole.end);
    Some((head_end, t[head_start..head_end].to_string()))
}

/// What a bare number counts, when the words around it say: a toll before it ("the death
/// toll rose to", "the number of missing stood at") or a casualty predicate after it
/// ("were killed", "died", "remain missing").
fn bare_count_unit(t: &str, start: usize, end: usize) -> Option<&'static str> {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:(death|casualty)\s+toll|toll|number\s+of\s+(dead|deaths|fatalities|victims|injured|wounded|missing|casualties))(?:\s+(?:has|had|have))?(?:\s+(?:now|officially|further))?(?:\s+(?:rose|risen|climbed|increased|jumped|reached|stood|stands|hit|was|is|grew|soared|rises))?(?:\s+(?:to|at|of))?\s*$",
        )
        .expect("valid")
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s+(?:(?:were|are|have\s+been|had\s+been|was|remain|remained|are\s+still|were\s+still)\s+)?(killed|dead|died|injured|wounded|hurt|missing|unaccounted\s+for|rescued)\b",
        )
        .expect("valid")
    });
    let mut from = start.saturating_sub(80);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let before = &t[from..start];
    if let Some(c) = BEFORE.captures(before) {
        let what = c.get(2).map_or("dead", |m| m.as_str()).to_ascii_lowercase();
        return Some(match what.as_str() {
            "injured" | "wounded" => "injured",
            "missing" => "missing",
            _ => "dead",
        });
    }
    let mut to = (end + 40).min(t.len());
    while !t.is_char_boundary(to) {
        to -= 1;
    }
    let after = &t[end..to];
    let c = AFTER.captures(after)?;
    Some(match c[1].to_ascii_lowercase().as_str() {
        "injured" | "wounded" | "hurt" => "injured",
        "missing" => "missing",
        "rescued" => "rescued",
        s if s.starts_with("unaccounted") => "missing",
        _ => "dead",
    })
}
