//! The recognizer behind [`super::find`]: a trigger regex proposes where a figure may
//! start, and hand-written checks read the figure, its unit, a rate's unit of time, a
//! bracketed conversion and a hedge. Every check looks a bounded distance around the
//! figure, so the pass is linear in the text.

use std::sync::LazyLock;

use regex::Regex;

use super::context::{hedge_before, per_time, unit_in_context};
use super::exact::Exact;
use super::range::{UnitSpec, half_unit};
use super::units::{self, Glue, SPELLINGS, Spelling};
use super::{Measure, Quantity};
use crate::numbers::lexicon as lx;
use crate::numbers::{
    char_at, char_before, is_space, next_word, phrase_at, skip_spaces, skip_spaces_back, word_end,
    word_start_before,
};

/// Where a measure may start: a digit, a sign before a digit, a number word, `minus`,
/// `magnitude`, or `M6.8` / `Mw 6.8`.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[-\x{2212}\x{2013}]?\b[0-9]|(?i:\b(?:magnitude|minus|negative|one|two|three|four|",
        r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|",
        r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|",
        r"ninety)\b)|\bM[wL]?[ ]?[0-9]"
    ))
    .expect("measure trigger regex")
});

pub(super) fn find(text: &str) -> Vec<Measure> {
    let mut out: Vec<Measure> = Vec::new();
    let mut pos = 0;
    let mut last_end = 0;
    while pos < text.len() {
        let Some(m) = TRIGGER.find_at(text, pos) else {
            break;
        };
        match parse_at(text, m.start(), last_end) {
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

/// A figure with its unit, before brackets and hedges.
struct Reading {
    start: usize,
    end: usize,
    spec: UnitSpec,
    /// The figure's digits as written, commas dropped, sign kept: `-5`, `6.8`, `1200`.
    written: String,
    /// A power of ten from a scale word or a scaled unit (`1.5 million`, `55 bcm`).
    pow: u32,
}

impl Reading {
    fn quantity(&self) -> Quantity {
        self.spec.quantity().unwrap_or(Quantity::Length)
    }
}

/// A figure: digits or number words, with a scale.
pub(super) struct Figure {
    pub(super) start: usize,
    pub(super) end: usize,
    written: String,
    pow: u32,
    words: bool,
}

fn parse_at(t: &str, p: usize, min_start: usize) -> Result<Measure, usize> {
    let magnitude = starts_ci(t, p, "magnitude")
        || (t[p..].starts_with('M')
            && matches!(char_at(t, p + 1), Some('w' | 'L' | ' ' | '0'..='9')));
    let r = if magnitude {
        magnitude_first(t, p)?
    } else {
        reading(t, p)?
    };
    let skip = r.end;
    let mut end = r.end;
    if let Some(e) = bracket_after(t, &r) {
        end = e;
    }
    let quantity = r.quantity();
    let (hedge_start, qualifier) = match hedge_before(t, r.start, min_start, quantity) {
        Some((s, h)) => (s, Some(h)),
        None => (r.start, None),
    };
    let pow_exact = Exact::from_int(10i128.checked_pow(r.pow).ok_or(skip)?);
    let x = Exact::parse(&r.written)
        .and_then(|x| x.checked_mul(pow_exact))
        .ok_or(skip)?;
    let value = r.spec.convert(x).ok_or(skip)?;
    let interval = matches!(quantity, Quantity::Temperature | Quantity::Magnitude);
    let half = half_unit(&r.written, !interval)
        .and_then(|h| h.checked_mul(pow_exact))
        .and_then(|h| r.spec.convert_width(h))
        .ok_or(skip)?;
    let canonical = r.spec.canonical();
    let scale = match r.pow {
        0 => "",
        3 => " thousand",
        6 => " million",
        9 => " billion",
        12 => " trillion",
        _ => return Err(skip),
    };
    Ok(Measure {
        start: hedge_start,
        end,
        text: t[hedge_start..end].to_string(),
        quantity,
        value: format!("{value} {canonical}"),
        stated: format!("{}{scale} {}", r.written, r.spec.symbol()),
        unit: r.spec.symbol(),
        precision: format!("{half} {canonical}"),
        qualifier,
    })
}

fn starts_ci(t: &str, i: usize, pat: &str) -> bool {
    t.as_bytes()
        .get(i..i + pat.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(pat.as_bytes()))
}

/// The end of the numeric token at `p` (digits, commas, points), to skip past on failure.
fn token_end(t: &str, p: usize) -> usize {
    let b = t.as_bytes();
    let mut i = p;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b',' || b[i] == b'.') {
        i += 1;
    }
    while i > p + 1 && !b[i - 1].is_ascii_digit() {
        i -= 1;
    }
    i.max(p + 1)
}

/// `magnitude 6.8`, `magnitude-6.8`, `magnitude of 7.1`, `M6.8`, `Mw 6.8`, `ML 5.2`.
fn magnitude_first(t: &str, p: usize) -> Result<Reading, usize> {
    let fail = Err(p + 1);
    if char_before(t, p).is_some_and(char::is_alphanumeric) {
        return fail;
    }
    let mut i;
    if starts_ci(t, p, "magnitude") {
        i = p + "magnitude".len();
        match char_at(t, i) {
            Some('-') => i += 1,
            Some(c) if is_space(c) => {
                i = skip_spaces(t, i);
                if let Some(e) = phrase_at(t, i, "of") {
                    i = skip_spaces(t, e);
                }
            }
            _ => return fail,
        }
    } else {
        // M, Mw or ML, then an optional space.
        i = p + 1;
        if matches!(char_at(t, i), Some('w' | 'L')) {
            i += 1;
        }
        if char_at(t, i) == Some(' ') {
            i += 1;
        }
    }
    if !t.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
        return fail;
    }
    let fig = digits(t, i).map_err(|_| token_end(t, i))?;
    if !t[p..].starts_with("magnitude")
        && !t[p..].starts_with("Magnitude")
        && !fig.written.contains('.')
    {
        return Err(fig.end); // M16, M25: a rifle, a motorway
    }
    if !plausible_magnitude(&fig) {
        return Err(fig.end);
    }
    let mut end = fig.end;
    // `magnitude 6.8 on the Richter scale`: one mention.
    let s = skip_spaces(t, end);
    for pat in ["on the richter scale", "on the moment magnitude scale"] {
        if s > end
            && let Some(e) = phrase_at(t, s, pat)
        {
            end = e;
        }
    }
    let spec = UnitSpec::resolve("Mw").ok_or(end)?;
    Ok(Reading {
        start: p,
        end,
        spec,
        written: fig.written,
        pow: 0,
    })
}

fn plausible_magnitude(f: &Figure) -> bool {
    f.pow == 0
        && Exact::parse(&f.written).is_some_and(|v| v <= Exact::from_int(10))
        && f.written.split_once('.').is_none_or(|(_, d)| d.len() <= 2)
}

/// The digits at `p`: `984`, `1,200`, `6.8`; with a scale word after them.
fn digits(t: &str, p: usize) -> Result<Figure, usize> {
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
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    let end = i;
    let fail = Err(end);
    if (comma && int_len > 3) || (int_len > 1 && b[p] == b'0' && b.get(p + 1) != Some(&b'.')) {
        return fail;
    }
    // A date, a time, a version, a fraction or a score goes on with more digits.
    if let Some(c) = char_at(t, end)
        && matches!(c, '.' | ',' | ':' | '/' | '-' | '‐' | '–' | '×')
        && char_at(t, end + c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
    {
        return fail;
    }
    let written = t[p..end].replace(',', "");
    let mut fig = Figure {
        start: p,
        end,
        written,
        pow: 0,
        words: false,
    };
    scale_after(t, &mut fig);
    Ok(fig)
}

/// A scale word (`1.5 million`, `2 bn`) or letters against the digits when a unit follows
/// (`1.2m barrels`, `3bn litres`).
fn scale_after(t: &str, fig: &mut Figure) {
    let attached = |w: &str| match w {
        "m" | "mn" | "mln" => Some(6),
        "bn" | "bln" => Some(9),
        _ => None,
    };
    if let Some(we) = word_end(t, fig.end)
        && let Some(k) = attached(&t[fig.end..we])
        && skip_spaces(t, we) > we
        && unit_at(t, skip_spaces(t, we), Sep::Space).is_some()
    {
        fig.pow = k;
        fig.end = we;
        return;
    }
    if let Some((_, we, w)) = next_word(t, fig.end)
        && skip_spaces(t, fig.end) > fig.end
    {
        let k = match w.as_str() {
            "thousand" => 3,
            "million" | "mn" | "mln" => 6,
            "billion" | "bn" | "bln" => 9,
            "trillion" | "tn" => 12,
            _ => return,
        };
        fig.pow = k;
        fig.end = we;
    }
}

/// Number words at `p`: `two`, `twenty-five`, `three hundred`, `two million`.
fn words(t: &str, p: usize) -> Result<Figure, usize> {
    let e0 = word_end(t, p).ok_or(p + 1)?;
    let fail = Err(e0);
    if char_before(t, p).is_some_and(|c| c.is_alphanumeric() || c == '-') {
        return fail;
    }
    let w = t[p..e0].to_ascii_lowercase();
    let mut n = lx::unit_word(&w)
        .or_else(|| lx::teen_word(&w))
        .or_else(|| lx::tens_word(&w))
        .ok_or(e0)?;
    let mut end = e0;
    if n >= 20
        && n % 10 == 0
        && matches!(char_at(t, end), Some('-'))
        && let Some(e) = word_end(t, end + 1)
        && let Some(u) = lx::unit_word(&t[end + 1..e].to_ascii_lowercase())
        && u > 0
    {
        n += u;
        end = e;
    }
    if let Some((_, we, w)) = next_word(t, end)
        && w == "hundred"
    {
        n *= 100;
        end = we;
    }
    let mut fig = Figure {
        start: p,
        end,
        written: n.to_string(),
        pow: 0,
        words: true,
    };
    scale_after(t, &mut fig);
    Ok(fig)
}

/// How the unit is joined to its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sep {
    Attached,
    Space,
    Hyphen,
}

/// The longest unit spelling at `i`, and its end.
fn unit_at(t: &str, i: usize, sep: Sep) -> Option<(&'static Spelling, usize)> {
    let first = t[i..].chars().next()?;
    if !(first.is_alphabetic() || first == '°' || first == 'º') {
        return None;
    }
    let mut best: Option<(&'static Spelling, usize)> = None;
    for sp in SPELLINGS {
        match (sp.glue, sep) {
            (Glue::Attached, Sep::Space | Sep::Hyphen) | (Glue::NoHyphen, Sep::Hyphen) => {
                continue;
            }
            _ => {}
        }
        let Some(e) = spelled_at(t, i, sp) else {
            continue;
        };
        if best.is_none_or(|(_, be)| e > be) {
            best = Some((sp, e));
        }
    }
    best
}

/// Where `sp` ends when it is written at `i` as a whole word.
fn spelled_at(t: &str, i: usize, sp: &Spelling) -> Option<usize> {
    let mut j = i;
    for (k, part) in sp.text.split(' ').enumerate() {
        if k > 0 {
            let s = skip_spaces(t, j);
            if s == j {
                return None;
            }
            j = s;
        }
        let b = t.as_bytes().get(j..j + part.len())?;
        let ok = if sp.exact_case {
            b == part.as_bytes()
        } else {
            b.eq_ignore_ascii_case(part.as_bytes())
        };
        if !ok {
            return None;
        }
        j += part.len();
    }
    if char_at(t, j).is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(j)
}

/// A figure and its unit at `p`: `290-metre`, `minus 5C`, `1.5 million barrels a day`.
fn reading(t: &str, p: usize) -> Result<Reading, usize> {
    // A sign or `minus`: only temperatures go below zero.
    let mut neg = false;
    let mut q = p;
    if let Some(c @ ('-' | '\u{2212}' | '\u{2013}')) = char_at(t, p) {
        if char_before(t, p).is_some_and(|b| b.is_alphanumeric() || b == '-') {
            return Err(token_end(t, p + c.len_utf8()));
        }
        neg = true;
        q = p + c.len_utf8();
    } else if starts_ci(t, p, "minus") || starts_ci(t, p, "negative") {
        let e = word_end(t, p).ok_or(p + 1)?;
        let s = skip_spaces(t, e);
        if s == e {
            return Err(e);
        }
        neg = true;
        q = s;
        if !t.as_bytes().get(q).is_some_and(u8::is_ascii_digit) {
            // `minus five degrees Celsius`
            if words(t, q).is_err() {
                return Err(e);
            }
        }
    }
    let fig = if t.as_bytes().get(q).is_some_and(u8::is_ascii_digit) {
        if !neg && !figure_may_start(t, q) {
            return Err(token_end(t, q));
        }
        digits(t, q)?
    } else {
        words(t, q)?
    };
    let fail = Err(fig.end);
    if in_range(t, p) {
        return fail;
    }
    let (spec, end, sp) = unit_after(t, &fig).ok_or(fig.end)?;
    let quantity = spec.quantity().ok_or(fig.end)?;
    if neg && quantity != Quantity::Temperature {
        return fail;
    }
    if quantity == Quantity::Magnitude && !plausible_magnitude(&fig) {
        return fail;
    }
    let bare = sp.is_some_and(|s| s.glue == Glue::Attached);
    if quantity == Quantity::Temperature && !plausible_temperature(&fig, neg, bare) {
        return fail;
    }
    if fig.words && matches!(sp.map(|s| s.sym), Some("ft" | "in" | "yd" | "lb" | "pound")) {
        return fail; // `on his own two feet`
    }
    let pow = fig.pow + sp.map_or(0, |s| s.pow10);
    if fig.pow > 0 && sp.is_some_and(|s| s.pow10 > 0) {
        return fail;
    }
    let mut written = fig.written.clone();
    if neg {
        written.insert(0, '-');
    }
    let mut r = Reading {
        start: p,
        end,
        spec,
        written,
        pow,
    };
    feet_and_inches(t, &mut r);
    Ok(r)
}

/// The figure may start here: not glued to a word, a code or a currency sign.
fn figure_may_start(t: &str, q: usize) -> bool {
    let Some(c) = char_before(t, q) else {
        return true;
    };
    if c.is_alphanumeric() || matches!(c, '/' | '+' | '#' | '№' | ':' | '\'' | '’' | '@' | '_')
    {
        return false;
    }
    if matches!(c, '-' | '‐' | '–' | '.' | ',')
        && char_before(t, q - c.len_utf8()).is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    // Money: `$5m`, `£100m`, `US$ 3`, `Rs 500`, `USD 25`.
    let before = &t[..skip_spaces_back(t, q)];
    if lx::PREFIXES.iter().any(|(sym, _)| before.ends_with(sym)) {
        return false;
    }
    if let Some(s) = word_start_before(t, before.len())
        && lx::CODES.contains(&&t[s..before.len()])
    {
        return false;
    }
    true
}

/// The figure at `p` closes a range: `6 to 8 metres`, `between 6 and 8`, `6 or 7`.
fn in_range(t: &str, p: usize) -> bool {
    let e = skip_spaces_back(t, p);
    if e == p {
        return false;
    }
    let Some(s) = word_start_before(t, e) else {
        return false;
    };
    if !matches!(t[s..e].to_ascii_lowercase().as_str(), "to" | "and" | "or") {
        return false;
    }
    let b = skip_spaces_back(t, s);
    b < s && char_before(t, b).is_some_and(|c| c.is_ascii_digit())
}

/// A temperature figure: below 100 degrees of frost, and for a bare letter (`47F`, not
/// `47°F`) at most 300 degrees, so that codes such as `seat 450C` stay out.
fn plausible_temperature(f: &Figure, neg: bool, bare: bool) -> bool {
    let Some(v) = Exact::parse(&f.written) else {
        return false;
    };
    let max = match (neg, bare) {
        (true, _) => 100,
        (false, true) => 300,
        (false, false) => 100_000,
    };
    f.pow == 0 && v <= Exact::from_int(max)
}

/// The unit after the figure, with a rate's unit of time; the spelling when one was read.
fn unit_after(t: &str, fig: &Figure) -> Option<(UnitSpec, usize, Option<&'static Spelling>)> {
    let (sep, at) = match char_at(t, fig.end) {
        Some('-' | '‐') => (Sep::Hyphen, fig.end + 1),
        Some(c) if is_space(c) => (Sep::Space, skip_spaces(t, fig.end)),
        _ => (Sep::Attached, fig.end),
    };
    if sep == Sep::Attached && fig.words {
        return None;
    }
    let Some((sp, end)) = unit_at(t, at, sep) else {
        // A counted noun per unit of time: `20,000 vehicles a day`.
        if sep != Sep::Space {
            return None;
        }
        let (_, we, w) = next_word(t, fig.end)?;
        if !units::RATE_NOUNS.contains(&w.as_str()) {
            return None;
        }
        let (per, e) = per_time(t, we)?;
        return Some((UnitSpec::noun_rate(&w, per)?, e, None));
    };
    if !unit_in_context(t, fig, sp, sep, end) {
        return None;
    }
    let spec = UnitSpec::resolve(sp.sym)?;
    if matches!(
        spec.quantity(),
        Some(Quantity::Length | Quantity::Volume | Quantity::Mass | Quantity::Area)
    ) && let Some((per, e)) = per_time(t, end)
        && let Some(rate) = spec.clone().per(per)
    {
        return Some((rate, e, Some(sp)));
    }
    Some((spec, end, Some(sp)))
}

/// `6ft 2in`, `5 feet 10 inches`: one length, in inches.
fn feet_and_inches(t: &str, r: &mut Reading) {
    if r.spec.symbol() != "ft" || r.pow != 0 || r.written.contains(['.', '-']) {
        return;
    }
    let s = skip_spaces(t, r.end);
    if !t.as_bytes().get(s).is_some_and(u8::is_ascii_digit) {
        return;
    }
    let Ok(inches) = digits(t, s) else { return };
    let Some(inch_spec) = UnitSpec::resolve("in") else {
        return;
    };
    let (Ok(ft), Ok(inch)) = (r.written.parse::<u64>(), inches.written.parse::<u64>()) else {
        return;
    };
    if inch >= 12 || inches.pow != 0 {
        return;
    }
    let (sep, at) = match char_at(t, inches.end) {
        Some(c) if is_space(c) => (Sep::Space, skip_spaces(t, inches.end)),
        _ => (Sep::Attached, inches.end),
    };
    let Some((sp, e)) = unit_at(t, at, sep) else {
        return;
    };
    if sp.sym != "in" {
        return;
    }
    r.end = e;
    r.written = (ft * 12 + inch).to_string();
    r.spec = inch_spec;
}

/// A second statement of the measure in brackets: `290-metre (951 ft)`, `8C (47F)`.
fn bracket_after(t: &str, r: &Reading) -> Option<usize> {
    let open = skip_spaces(t, r.end);
    if char_at(t, open) != Some('(') {
        return None;
    }
    let mut i = skip_spaces(t, open + 1);
    for h in [
        "about",
        "around",
        "approximately",
        "approx.",
        "roughly",
        "some",
        "nearly",
    ] {
        if let Some(e) = phrase_at(t, i, h)
            .or_else(|| (h.ends_with('.') && starts_ci(t, i, h)).then_some(i + h.len()))
        {
            i = skip_spaces(t, e);
            break;
        }
    }
    let inner = reading(t, i).ok()?;
    if inner.spec.canonical() != r.spec.canonical() {
        return None;
    }
    let close = skip_spaces(t, inner.end);
    (char_at(t, close) == Some(')')).then_some(close + 1)
}
