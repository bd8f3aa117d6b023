//! Amounts of money, counts of things and percentages, with exact arithmetic.
//!
//! Values: amounts `9000000000 USD` (integer in the currency's unit, or an exact decimal
//! such as `1.25 USD`), counts `15000`, percentages `12.5%`, percentage points `3pp`.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

pub mod clock;
mod decimal;
mod lexicon;
pub mod measure;

pub use decimal::Decimal;
use lexicon as lx;

/// What a numeric mention measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumKind {
    Amount,
    Count,
    Percent,
}

/// One amount, count or percentage found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumMention {
    /// UTF-8 byte offset of the first byte, into the text given to [`find`].
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// As written, hedge included: `nearly $9 billion`, `15,000 personnel`.
    pub text: String,
    pub kind: NumKind,
    /// The normalized value.
    pub value: String,
    /// The hedge: `nearly`, `at least`, `up to`, ….
    pub qualifier: Option<String>,
    /// For counts, the noun counted (`personnel`); for amounts, the ISO 4217 code.
    pub unit: Option<String>,
}

/// Where a number may start: a digit at a word boundary, a number word, `a dozen`,
/// `a million`, `half a …`. Everything else is decided by hand-written checks around it.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i-u)\b(?:[0-9]|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|",
        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|",
        r"forty|fifty|sixty|seventy|eighty|ninety)\b|an?[ \t]+(?:dozen|hundred|thousand|",
        r"million|billion|trillion)\b|half[ \t]+an?[ \t]+(?:dozen|million|billion|trillion|",
        r"percentage)\b)"
    ))
    .expect("trigger regex")
});

/// Finds every amount, count and percentage of `text`, in order, without overlaps.
pub fn find(text: &str) -> Vec<NumMention> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut last_end = 0;
    while pos < text.len() {
        let Some(m) = TRIGGER.find_at(text, pos) else {
            break;
        };
        match parse_at(text, m.start(), last_end, true) {
            Ok(found) => {
                pos = found.end.max(m.end());
                last_end = found.end;
                out.push(found);
            }
            Err(skip) => pos = skip.max(m.end()),
        }
    }
    out
}

/// Parses a normalized amount value (`9000000000 USD`, `1.25 USD`) into its number and
/// currency.
pub fn parse_amount(value: &str) -> Option<(Decimal, String)> {
    let (n, cur) = value.trim().split_once(' ')?;
    Some((Decimal::parse(n)?, cur.trim().to_string()))
}

/// Parses a normalized count (`15000`), percentage (`12.5%`) or percentage-point value
/// (`3pp`) into its number.
pub fn parse_number(value: &str) -> Option<Decimal> {
    let v = value.trim();
    let v = v
        .strip_suffix('%')
        .or_else(|| v.strip_suffix("pp"))
        .unwrap_or(v);
    if v.contains(',') {
        return None;
    }
    Decimal::parse(v)
}

// ---------------------------------------------------------------------------------------
// Scanning helpers. All offsets are byte offsets on char boundaries.

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn char_at(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|s| s.chars().next())
}

fn char_before(t: &str, i: usize) -> Option<char> {
    t.get(..i).and_then(|s| s.chars().next_back())
}

/// Skips spaces (not line breaks) forward from `i`.
fn skip_spaces(t: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(t, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skips spaces backward from `i` (at most a few).
fn skip_spaces_back(t: &str, mut i: usize) -> usize {
    for _ in 0..4 {
        match char_before(t, i) {
            Some(c) if is_space(c) => i -= c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The end of the alphabetic word starting at `i`, if one does (at most 40 bytes).
fn word_end(t: &str, i: usize) -> Option<usize> {
    let mut j = i;
    for c in t.get(i..)?.chars() {
        if !c.is_alphabetic() || j - i > 40 {
            break;
        }
        j += c.len_utf8();
    }
    (j > i).then_some(j)
}

/// The alphabetic word ending at `i`, if one does (at most 40 bytes).
fn word_start_before(t: &str, i: usize) -> Option<usize> {
    let mut j = i;
    for c in t.get(..i)?.chars().rev() {
        if !c.is_alphabetic() || i - j > 40 {
            break;
        }
        j -= c.len_utf8();
    }
    (j < i).then_some(j)
}

/// The next word after spaces from `i`: `(start, end, lowercase)`; the word must end at a
/// non-alphanumeric character.
fn next_word(t: &str, i: usize) -> Option<(usize, usize, String)> {
    let s = skip_spaces(t, i);
    let e = word_end(t, s)?;
    if char_at(t, e).is_some_and(|c| c.is_numeric()) {
        return None;
    }
    Some((s, e, t[s..e].to_ascii_lowercase()))
}

/// The word just before `i`, separated from it by spaces only.
fn prev_word(t: &str, i: usize) -> Option<(usize, usize)> {
    let e = skip_spaces_back(t, i);
    if e == i {
        return None;
    }
    let s = word_start_before(t, e)?;
    if char_before(t, s).is_some_and(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    Some((s, e))
}

fn starts_with_ci(t: &str, i: usize, pat: &str) -> bool {
    t.as_bytes()
        .get(i..i + pat.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(pat.as_bytes()))
}

/// Whether `pat` occurs at `i` as whole words (case-insensitive; single spaces in `pat`
/// match runs of spaces).
fn phrase_at(t: &str, i: usize, pat: &str) -> Option<usize> {
    let tb = t.as_bytes();
    // Cheap rejection on the first byte.
    let first = *pat.as_bytes().first()?;
    if !tb.get(i).is_some_and(|b| b.eq_ignore_ascii_case(&first)) {
        return None;
    }
    let mut j = i;
    for (k, part) in pat.split(' ').enumerate() {
        if k > 0 {
            let s = skip_spaces(t, j);
            if s == j {
                return None;
            }
            j = s;
        }
        if !starts_with_ci(t, j, part) {
            return None;
        }
        j += part.len();
    }
    if char_at(t, j).is_some_and(is_word_char) {
        return None;
    }
    Some(j)
}

fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

// ---------------------------------------------------------------------------------------
// The number itself.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PctKind {
    Percent,
    Points,
    BasisPoints,
}

#[derive(Debug)]
struct Core {
    start: usize,
    end: usize,
    value: Decimal,
    /// Written in digits.
    digits: bool,
    /// Digits only, no comma, decimal point or scale (candidates for years).
    bare_int: bool,
    /// Multiplied by a scale word or letter.
    scaled: bool,
    /// A scale letter against the digits (`9bn`, `1.2m`).
    attached: bool,
    /// `%` or `pc` against the digits.
    percent: bool,
    /// The plain word `one` (or `a`) with nothing else.
    lone_one: bool,
}

/// Parses the digits at `p`: `Err(skip_to)` when they are not a quantity.
fn parse_digits(t: &str, p: usize, prefixed: bool) -> Result<Core, usize> {
    let b = t.as_bytes();
    let mut i = p;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_len = i - p;
    let mut comma = false;
    while i + 3 < b.len() && b[i] == b',' && b[i + 1..i + 4].iter().all(u8::is_ascii_digit) {
        if b.get(i + 4).is_some_and(u8::is_ascii_digit) {
            break;
        }
        i += 4;
        comma = true;
    }
    let mut decimal = false;
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        decimal = true;
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    let end_num = i;
    let fail = Err(end_num);
    if comma && int_len > 3 {
        return fail;
    }
    if int_len > 1 && b[p] == b'0' {
        return fail; // 0800, 007: codes, not quantities
    }
    // What sits before the number.
    if let Some(c) = char_before(t, p).filter(|_| !prefixed) {
        if c.is_alphanumeric() || matches!(c, '/' | '+' | '#' | '№' | ':' | '\'' | '’' | '@' | '_')
        {
            return fail;
        }
        if matches!(c, '-' | '‐' | '–' | '.' | ',')
            && char_before(t, p - c.len_utf8()).is_some_and(char::is_alphanumeric)
        {
            return fail;
        }
    }
    let value = Decimal::parse(&t[p..end_num]).ok_or(end_num)?;
    let mut core = Core {
        start: p,
        end: end_num,
        value,
        digits: true,
        bare_int: !comma && !decimal,
        scaled: false,
        attached: false,
        percent: false,
        lone_one: false,
    };
    // What sits right after the number.
    match char_at(t, end_num) {
        Some(c) if c.is_alphabetic() => {
            let we = word_end(t, end_num).unwrap_or(end_num);
            if char_at(t, we).is_some_and(|c| c.is_alphanumeric()) {
                return fail;
            }
            let w = t[end_num..we].to_ascii_lowercase();
            if w == "pc" {
                core.percent = true;
            } else if let Some(k) = lx::attached_scale(&w) {
                core.value = core.value.mul_pow10(k).ok_or(end_num)?;
                core.scaled = true;
                core.attached = true;
                core.bare_int = false;
            } else {
                return fail;
            }
            core.end = we;
        }
        Some('%') => {
            core.percent = true;
            core.end = end_num + 1;
        }
        Some(c @ ('-' | '‐' | '–' | '—' | '/' | ':' | '.' | ',' | '\'' | '’' | '°' | '×')) =>
        {
            let after = char_at(t, end_num + c.len_utf8());
            let bad = match c {
                '.' | ',' | ':' => after.is_some_and(|a| a.is_ascii_digit()),
                '\'' | '’' => after.is_some_and(char::is_alphanumeric),
                '°' | '×' => true,
                _ => after.is_some_and(char::is_alphanumeric),
            };
            if bad {
                return fail;
            }
        }
        _ => {}
    }
    Ok(core)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Article,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    And,
}

/// Parses number words at `p`: `one`, `forty-two`, `one hundred and twenty`,
/// `a hundred thousand`, `two dozen`, `half a million`.
fn parse_words(t: &str, p: usize) -> Result<Core, usize> {
    let first_end = word_end(t, p).unwrap_or(p + 1);
    let fail = Err(first_end);
    if let Some(c) = char_before(t, p)
        && (c.is_alphanumeric()
            || (matches!(c, '-' | '‐')
                && char_before(t, p - c.len_utf8()).is_some_and(char::is_alphanumeric)))
    {
        return fail;
    }
    let first = t[p..first_end].to_ascii_lowercase();
    // half a/an …
    if first == "half" {
        let (_, a_end, a) = next_word(t, first_end).ok_or(first_end)?;
        if a != "a" && a != "an" {
            return fail;
        }
        let (_, s_end, s) = next_word(t, a_end).ok_or(first_end)?;
        let half = Decimal::from_int(1).half().ok_or(first_end)?;
        let (value, end) = if let Some(k) = lx::scale_word(&s) {
            (half.mul_pow10(k).ok_or(first_end)?, s_end)
        } else if s == "dozen" {
            (Decimal::from_int(6), s_end)
        } else if s == "percentage" {
            (half, a_end)
        } else {
            return fail;
        };
        return Ok(Core {
            start: p,
            end,
            value,
            digits: false,
            bare_int: false,
            scaled: s != "percentage",
            attached: false,
            percent: false,
            lone_one: false,
        });
    }
    let mut total: u128 = 0;
    let mut cur: u128 = 0;
    let mut last = Last::Start;
    let mut end = p;
    let mut i = p;
    let mut words = 0;
    loop {
        words += 1;
        if words > 16 {
            break;
        }
        // Separator: spaces, or a hyphen between tens and units.
        let ws = if i == p {
            p
        } else if last == Last::Tens && matches!(char_at(t, i), Some('-' | '‐')) {
            i + char_at(t, i).map_or(1, char::len_utf8)
        } else {
            let s = skip_spaces(t, i);
            if s == i {
                break;
            }
            s
        };
        let Some(we) = word_end(t, ws) else { break };
        if char_at(t, we).is_some_and(|c| c.is_numeric()) {
            break;
        }
        let w = t[ws..we].to_ascii_lowercase();
        let hyphen_join = ws != i && i != p && t[i..ws].chars().all(|c| c == '-' || c == '‐');
        let next = if let Some(u) = lx::unit_word(&w) {
            if u == 0 {
                if last != Last::Start {
                    break;
                }
            } else if !matches!(
                last,
                Last::Start | Last::Tens | Last::Hundred | Last::Scale | Last::And
            ) {
                break;
            }
            if hyphen_join && last != Last::Tens {
                break;
            }
            cur += u128::from(u);
            Last::Unit
        } else if let Some(v) = lx::teen_word(&w).or_else(|| lx::tens_word(&w)) {
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) || hyphen_join
            {
                break;
            }
            cur += u128::from(v);
            if v >= 20 { Last::Tens } else { Last::Teen }
        } else if (w == "a" || w == "an") && last == Last::Start {
            cur = 1;
            Last::Article
        } else if w == "hundred" {
            if !matches!(last, Last::Article | Last::Unit | Last::Teen | Last::Tens) || cur >= 100 {
                break;
            }
            cur *= 100;
            Last::Hundred
        } else if let Some(k) = match w.as_str() {
            "thousand" => Some(3),
            "million" => Some(6),
            "billion" => Some(9),
            "trillion" => Some(12),
            _ => None,
        } {
            if !matches!(
                last,
                Last::Article | Last::Unit | Last::Teen | Last::Tens | Last::Hundred
            ) {
                break;
            }
            let Some(v) = 10u128.checked_pow(k).and_then(|s| cur.checked_mul(s)) else {
                return fail;
            };
            let Some(nt) = total.checked_add(v) else {
                return fail;
            };
            total = nt;
            cur = 0;
            Last::Scale
        } else if w == "dozen" {
            if !matches!(last, Last::Article | Last::Unit | Last::Teen | Last::Tens) {
                break;
            }
            cur *= 12;
            Last::Dozen
        } else if w == "and" && matches!(last, Last::Hundred | Last::Scale) {
            // Only when a number word follows.
            let ok = next_word(t, we).is_some_and(|(_, _, n)| {
                lx::unit_word(&n).is_some_and(|u| u > 0)
                    || lx::teen_word(&n).is_some()
                    || lx::tens_word(&n).is_some()
            });
            if !ok {
                break;
            }
            i = we;
            last = Last::And;
            continue;
        } else {
            break;
        };
        last = next;
        i = we;
        end = we;
        if last == Last::Dozen {
            break;
        }
    }
    if matches!(last, Last::Start | Last::Article | Last::And) || end == p {
        return fail;
    }
    // A number word glued to a hyphenated word: nine-year-old, one-off, two-thirds.
    if let Some(c @ ('-' | '‐')) = char_at(t, end)
        && char_at(t, end + c.len_utf8()).is_some_and(char::is_alphanumeric)
    {
        return Err(end);
    }
    let lone_one = total == 0 && cur == 1 && matches!(last, Last::Unit);
    Ok(Core {
        start: p,
        end,
        value: Decimal::from_int(total + cur),
        digits: false,
        bare_int: false,
        scaled: matches!(last, Last::Scale | Last::Hundred) || total > 0,
        attached: false,
        percent: false,
        lone_one,
    })
}

/// Spaced scale words after a number: `9 billion`, `500 crore`, `11.1 lakh crore`.
fn apply_scales(t: &str, core: &mut Core) -> Result<(), usize> {
    if core.percent {
        return Ok(());
    }
    let mut prev_k = 0;
    for _ in 0..2 {
        let Some((_, we, w)) = next_word(t, core.end) else {
            break;
        };
        let k = if w == "dozen" && core.digits && !core.scaled {
            core.value = core.value.mul_int(12).ok_or(core.end)?;
            core.end = we;
            core.scaled = true;
            core.bare_int = false;
            break;
        } else if let Some(k) = lx::scale_word(&w) {
            k
        } else {
            break;
        };
        // Chains only as in `lakh crore` / `thousand crore` / `one hundred crore`.
        if core.scaled && !(w.starts_with("crore") && prev_k < 7) {
            break;
        }
        if core.attached {
            break;
        }
        core.value = core.value.mul_pow10(k).ok_or(core.end)?;
        core.end = we;
        core.scaled = true;
        core.bare_int = false;
        prev_k = k;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Context: currency, hedges, and what makes a number a label, a date or a name.

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
    let e = skip_spaces_back(t, start);
    if e == start || e <= min_start {
        return None;
    }
    for h in lx::HEDGES {
        let Some(s) = e.checked_sub(h.len()) else {
            continue;
        };
        if s < min_start || !t.is_char_boundary(s) {
            continue;
        }
        if t.as_bytes()[s..e].eq_ignore_ascii_case(h.as_bytes())
            && !char_before(t, s).is_some_and(char::is_alphanumeric)
        {
            return Some((s, (*h).to_string()));
        }
    }
    None
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

fn parse_core(t: &str, p: usize, prefixed: bool) -> Result<Core, usize> {
    match t.as_bytes().get(p) {
        Some(b) if b.is_ascii_digit() => parse_digits(t, p, prefixed),
        Some(_) => parse_words(t, p),
        None => Err(p + 1),
    }
}

/// Parses the mention whose number starts at `p`; `Err(skip_to)` when there is none.
fn parse_at(t: &str, p: usize, min_start: usize, brackets: bool) -> Result<NumMention, usize> {
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
    // A count.
    let n = core.value.as_integer().ok_or(skip)?;
    if core.bare_int
        && qualifier.is_none()
        && core.end - core.start == 4
        && (1800..=2100).contains(&n)
    {
        return Err(skip); // a year
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `(text, value, qualifier, unit)` of every mention.
    fn got(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        find(text)
            .into_iter()
            .map(|m| (m.text, m.value, m.qualifier, m.unit))
            .collect()
    }

    fn one(text: &str) -> NumMention {
        let ms = find(text);
        assert_eq!(ms.len(), 1, "{text:?} gave {ms:?}");
        ms.into_iter().next().unwrap()
    }

    fn check(text: &str, kind: NumKind, stated: &str, value: &str) {
        let m = one(text);
        assert_eq!(
            (m.kind, m.text.as_str(), m.value.as_str()),
            (kind, stated, value),
            "{text:?}"
        );
        assert_eq!(&text[m.start..m.end], m.text);
    }

    #[test]
    fn amounts_with_signs_and_scales() {
        use NumKind::Amount as A;
        check("They paid $9bn for it.", A, "$9bn", "9000000000 USD");
        check("It cost £6.6bn.", A, "£6.6bn", "6600000000 GBP");
        check("A grant of €1.2m was approved.", A, "€1.2m", "1200000 EUR");
        check(
            "A fine of 2.01 million euros.",
            A,
            "2.01 million euros",
            "2010000 EUR",
        );
        check(
            "It needs Rs 500 crore now.",
            A,
            "Rs 500 crore",
            "5000000000 INR",
        );
        check(
            "It set aside Rs 11.1 lakh crore.",
            A,
            "Rs 11.1 lakh crore",
            "11100000000000 INR",
        );
        check("A payout of ₹2 lakh each.", A, "₹2 lakh", "200000 INR");
        check(
            "It raised US$3.4 million.",
            A,
            "US$3.4 million",
            "3400000 USD",
        );
        check(
            "Ottawa will spend C$1.8 billion.",
            A,
            "C$1.8 billion",
            "1800000000 CAD",
        );
        check("The bank lent HK$5,000.", A, "HK$5,000", "5000 HKD");
        check(
            "A deficit of RD$268 billion was approved.",
            A,
            "RD$268 billion",
            "268000000000 DOP",
        );
        check("Kingston pledged J$2bn.", A, "J$2bn", "2000000000 JMD");
        // An unknown dollar is not taken for the US dollar.
        let found = find("It costs XQ$40 million, not $40 million.");
        assert_eq!(
            found.iter().map(|m| m.value.as_str()).collect::<Vec<_>>(),
            ["40000000 USD"],
            "{found:?}"
        );
        assert_eq!(found[0].text, "$40 million");
        check(
            "A loan of USD 25 million.",
            A,
            "USD 25 million",
            "25000000 USD",
        );
        check("It paid CHF 200m.", A, "CHF 200m", "200000000 CHF");
        check(
            "The stock closed at $0.50 on Friday.",
            A,
            "$0.50",
            "0.5 USD",
        );
        check("A dividend of $1.25 a share.", A, "$1.25", "1.25 USD");
        check("Salaries rise to £30k.", A, "£30k", "30000 GBP");
        check("Debt is £2.7trn.", A, "£2.7trn", "2700000000000 GBP");
        check("Losses of $300 mln.", A, "$300 mln", "300000000 USD");
        check("They paid 50 cents each.", A, "50 cents", "0.5 USD");
    }

    #[test]
    fn amounts_in_words_and_currency_words() {
        use NumKind::Amount as A;
        check(
            "It will give nine billion dollars.",
            A,
            "nine billion dollars",
            "9000000000 USD",
        );
        check(
            "It fetched half a million dollars.",
            A,
            "half a million dollars",
            "500000 USD",
        );
        check(
            "A million pounds was raised.",
            A,
            "A million pounds",
            "1000000 GBP",
        );
        check(
            "They want twenty-five thousand dollars.",
            A,
            "twenty-five thousand dollars",
            "25000 USD",
        );
        check(
            "It costs 100 billion Swiss francs.",
            A,
            "100 billion Swiss francs",
            "100000000000 CHF",
        );
        check(
            "It is 145 billion Mexican pesos.",
            A,
            "145 billion Mexican pesos",
            "145000000000 MXN",
        );
        check(
            "It is 145 billion pesos.",
            A,
            "145 billion pesos",
            "145000000000 pesos",
        );
        check(
            "Profit was 10.4 trillion won.",
            A,
            "10.4 trillion won",
            "10400000000000 KRW",
        );
        check(
            "A fine of 3 million roubles.",
            A,
            "3 million roubles",
            "3000000 RUB",
        );
        check("It sells for 80,000 naira.", A, "80,000 naira", "80000 NGN");
        check("It costs 25 USD.", A, "25 USD", "25 USD");
    }

    #[test]
    fn second_currency_in_brackets_is_one_amount() {
        let m = one("The deal is worth $9bn (£6.6bn) including debt.");
        assert_eq!(
            (m.text.as_str(), m.value.as_str()),
            ("$9bn (£6.6bn)", "9000000000 USD")
        );
        let m = one("It will invest Rs 1,000 crore ($120 million) in a plant.");
        assert_eq!(m.value, "10000000000 INR");
        assert!(m.text.ends_with("million)"));
    }

    #[test]
    fn hedges_are_kept() {
        let m = one("freezing nearly $9 billion in assets");
        assert_eq!(
            (m.text.as_str(), m.qualifier.as_deref()),
            ("nearly $9 billion", Some("nearly"))
        );
        let m = one("Rescuers found at least 177 people.");
        assert_eq!(
            (m.value.as_str(), m.qualifier.as_deref()),
            ("177", Some("at least"))
        );
        let m = one("As many as 300 migrants drowned.");
        assert_eq!(m.qualifier.as_deref(), Some("as many as"));
        let m = one("Fewer than 20 patients remain.");
        assert_eq!(m.qualifier.as_deref(), Some("fewer than"));
        let m = one("the freezing of approximately $9bn (£6.6bn) in assets");
        assert_eq!(m.qualifier.as_deref(), Some("approximately"));
        assert_eq!(m.text, "approximately $9bn (£6.6bn)");
        let m = one("an estimated 2,000 troops");
        assert_eq!(m.qualifier.as_deref(), Some("an estimated"));
    }

    #[test]
    fn counts_with_their_nouns() {
        use NumKind::Count as C;
        check(
            "a nine-year war that cost them 15,000 personnel.",
            C,
            "15,000 personnel",
            "15000",
        );
        check(
            "only three countries recognised it",
            C,
            "only three countries",
            "3",
        );
        check(
            "It killed 15,000 Soviet personnel.",
            C,
            "15,000 Soviet personnel",
            "15000",
        );
        check(
            "Floods cut off two dozen villages.",
            C,
            "two dozen villages",
            "24",
        );
        check(
            "after a dozen ministers signed",
            C,
            "a dozen ministers",
            "12",
        );
        check(
            "1.2 million people have fled",
            C,
            "1.2 million people",
            "1200000",
        );
        check("Half a dozen boats left.", C, "Half a dozen boats", "6");
        check(
            "One hundred and twenty pilgrims died.",
            C,
            "One hundred and twenty pilgrims",
            "120",
        );
        check(
            "a hundred thousand demonstrators",
            C,
            "a hundred thousand demonstrators",
            "100000",
        );
        check("The plane had 43 people on board.", C, "43 people", "43");
        check("Voters will elect 650 MPs.", C, "650 MPs", "650");
        check(
            "The regional carrier operates under 30 aircraft.",
            C,
            "under 30 aircraft",
            "30",
        );
        check("The app has 1m users.", C, "1m users", "1000000");
        check("Three Americans were freed.", C, "Three Americans", "3");
        check("One person died.", C, "One person", "1");
        assert_eq!(
            one("It destroyed 300 anti-aircraft guns.").unit.as_deref(),
            Some("guns")
        );
        assert_eq!(one("43 people on board").unit.as_deref(), Some("people"));
    }

    #[test]
    fn latin_american_and_african_currency_words() {
        check(
            "The government set aside 50 million soles for reconstruction.",
            NumKind::Amount,
            "50 million soles",
            "50000000 PEN",
        );
        check(
            "Farmers lost 2.5 billion cedis in the floods.",
            NumKind::Amount,
            "2.5 billion cedis",
            "2500000000 GHS",
        );
    }

    #[test]
    fn bare_numbers_in_a_toll_are_counts() {
        check(
            "The death toll rose to 34 on Monday.",
            NumKind::Count,
            "34",
            "34",
        );
        check(
            "Officials said 14 were missing.",
            NumKind::Count,
            "14",
            "14",
        );
        check(
            "The toll stood at at least 212.",
            NumKind::Count,
            "at least 212",
            "212",
        );
        assert_eq!(
            one("The death toll rose to 34 on Monday.").unit.as_deref(),
            Some("dead")
        );
        assert_eq!(
            one("Officials said 14 were missing.").unit.as_deref(),
            Some("missing")
        );
        assert!(got("The score rose to 34 by half-time.").is_empty());
        assert!(
            got("Flight 370 was missing for years.").is_empty()
                || got("Flight 370 was missing for years.")
                    .iter()
                    .all(|m| m.1 != "370")
        );
    }

    #[test]
    fn totals_of_people_are_one_count() {
        let m = one("The plane carried 40 passengers and three crew.");
        assert_eq!(m.text, "40 passengers and three crew");
        assert_eq!(
            (m.kind, m.value.as_str(), m.unit.as_deref()),
            (NumKind::Count, "43", Some("people"))
        );
        // Different families stay apart.
        assert_eq!(find("It lost 12 tanks and 40 soldiers.").len(), 2);
    }

    #[test]
    fn percentages() {
        use NumKind::Percent as P;
        check("Inflation eased to 12.5% in March.", P, "12.5%", "12.5%");
        check(
            "Unemployment rose to 4.3 per cent.",
            P,
            "4.3 per cent",
            "4.3%",
        );
        check("It rose 12.5 percent.", P, "12.5 percent", "12.5%");
        check("It targets twelve percent.", P, "twelve percent", "12%");
        check(
            "Rates rose by 3 percentage points.",
            P,
            "3 percentage points",
            "3pp",
        );
        check(
            "Rates rose by half a percentage point.",
            P,
            "half a percentage point",
            "0.5pp",
        );
        check(
            "The Fed cut by 25 basis points.",
            P,
            "25 basis points",
            "0.25pp",
        );
        check("Prices fell 4.5pc last year.", P, "4.5pc", "4.5%");
        let m = one("Up to 40% of jobs are at risk.");
        assert_eq!(m.qualifier.as_deref(), Some("up to"));
    }

    #[test]
    fn not_quantities() {
        for text in [
            "The factory opened in 2021.",
            "They meet on July 3 in Nairobi.",
            "The earthquake struck on 3 July 2023.",
            "The budget is presented at 3pm.",
            "The statement is expected at 10:30 GMT.",
            "It is the third time this decade.",
            "Arsenal won 2-1 at Villa Park.",
            "The Boeing 737-800 crashed.",
            "Call 0800 123 4567 now.",
            "Call +44 20 7946 0958 now.",
            "She is one of the most senior judges.",
            "Hundreds of people gathered.",
            "Dozens of homes were flooded.",
            "Thousands of protesters marched.",
            "Tens of thousands of people fled.",
            "It cost millions of dollars.",
            "Protesters marched on No. 10 today.",
            "See page 12 of the report.",
            "The Covid-19 rules were lifted.",
            "G7 leaders met.",
            "The first F-16 jets arrived.",
            "Not since the 1990s.",
            "Leopard 2 tanks were sent.",
            "Soviet-era T-72 tanks remain.",
            "A nine-year-old boy was rescued.",
            "A 12-year-old girl was rescued.",
            "The suspect, aged 34, was arrested.",
            "A Category 4 hurricane hit.",
            "Warming of about 1.2C so far.",
            "Windows 11 PCs are on sale.",
            "World War Two veterans marched.",
            "The Big Four accounting firms were fined.",
            "No one was injured.",
            "The 2019-20 season was suspended.",
            "The helpline is staffed 24/7.",
            "Since 9/11 security has tightened.",
            "It was dated 12.03.2024.",
            "He won the 100m final.",
            "It has been 12 years since then.",
            "They waited three days.",
            "It wiped several billion dollars off its value.",
            "A magnitude 7.8 earthquake struck.",
            "India were 287 for six at stumps.",
            "The 2022 World Cup was in Qatar.",
        ] {
            assert!(find(text).is_empty(), "{text:?} gave {:?}", got(text));
        }
    }

    #[test]
    fn order_offsets_and_no_overlap() {
        let text = "Some 300 Russian troops, £6.6bn (€7.7bn) and 12% more — “nearly 40 passengers and three crew”.";
        let ms = find(text);
        assert_eq!(ms.len(), 4, "{ms:?}");
        for w in ms.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for m in &ms {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        assert_eq!(ms[3].value, "43");
        assert_eq!(ms[3].qualifier.as_deref(), Some("nearly"));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "1",
            "$",
            "$$$1",
            "1,",
            "1.",
            ".5%",
            "a",
            "half",
            "half a",
            "a dozen",
            "one-",
            "99999999999999999999999999999999999999999999 people",
            "$99999999999999999999999999999999999999 trillion trillion",
            "1.0000000000000000000000000000000000000001 billion dollars",
            "ninety-nine trillion trillion trillion trillion dollars",
            "€€€ 1 € 2 €",
            "é1 ü2% 3é ٣ people",
            "१२ लोग ₹",
            "\u{a0}5\u{a0}million\u{a0}euros",
            "(($5 (£4 ($3))))",
        ] {
            for m in find(text) {
                assert_eq!(&text[m.start..m.end], m.text);
            }
        }
        let long = "1,".repeat(200_000) + "1 people";
        let _ = find(&long);
        let words = "one ".repeat(100_000);
        assert!(find(&words).is_empty());
    }

    #[test]
    fn value_helpers_round_trip() {
        let (n, cur) = parse_amount("9000000000 USD").unwrap();
        assert_eq!((n, cur.as_str()), (Decimal::from_int(9_000_000_000), "USD"));
        let (n, _) = parse_amount("1.25 USD").unwrap();
        assert_eq!(n.to_string(), "1.25");
        assert_eq!(parse_number("12.5%").unwrap().to_string(), "12.5");
        assert_eq!(parse_number("3pp").unwrap(), Decimal::from_int(3));
        assert_eq!(parse_number("15000").unwrap(), Decimal::from_int(15000));
        assert!(parse_amount("USD").is_none());
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_safe(text in "\\PC{0,80}") {
            let ms = find(&text);
            let mut last = 0;
            for m in &ms {
                proptest::prop_assert!(m.start >= last && m.start < m.end);
                proptest::prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
                last = m.end;
            }
        }

        #[test]
        fn number_like_text_is_safe(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "1", "12", "1,000", "2.5", "$", "£", "Rs", " ", "-", "(", ")", "%", "bn", "m",
                "million", "crore", "lakh", "a", "half", "dozen", "forty", "two", "hundred",
                "and", "people", "crew", "passengers", "euros", "per cent", "nearly", "at least",
                "é", "₹", "\u{a0}", ".", ",",
            ]),
            0..24,
        )) {
            let text: String = parts.concat();
            let ms = find(&text);
            let mut last = 0;
            for m in &ms {
                proptest::prop_assert!(m.start >= last && m.start < m.end);
                proptest::prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
                last = m.end;
            }
        }
    }
}
