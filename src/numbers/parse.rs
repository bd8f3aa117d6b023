//! The number itself: digits (`15,000`, `1.25`, `9bn`), number words (`two hundred and
//! fifty`, `a dozen`) and the scale words after either (`million`, `billion`), read
//! into a [`Core`] before any context decides what the number is.

use super::Core;
use super::decimal::Decimal;
use super::lexicon as lx;
use super::scan::{char_at, char_before, next_word, skip_spaces, word_end};

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
    // Not a word: skip the character (whole, however many bytes it takes).
    let Some(first_end) = word_end(t, p) else {
        return Err(p + t
            .get(p..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8));
    };
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
pub(super) fn apply_scales(t: &str, core: &mut Core) -> Result<(), usize> {
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

pub(super) fn parse_core(t: &str, p: usize, prefixed: bool) -> Result<Core, usize> {
    match t.as_bytes().get(p) {
        Some(b) if b.is_ascii_digit() => parse_digits(t, p, prefixed),
        Some(_) => parse_words(t, p),
        None => Err(p + 1),
    }
}
