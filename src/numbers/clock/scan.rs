//! The recognizer behind [`super::find`]: hand-written readers for times of day and
//! durations at the places a trigger regex proposes. Each looks a bounded distance around
//! its start, so the pass is linear in the text.

use super::compare::offset_seconds;
use super::{ClockKind, ClockMention, zone_offset};
use crate::numbers::lexicon as lx;
use crate::numbers::measure::Exact;
use crate::numbers::{
    char_at, char_before, is_space, listed_hedge_before, next_word, phrase_at, skip_spaces,
    skip_spaces_back, word_end, word_start_before,
};

pub(super) fn parse_at(t: &str, p: usize, min_start: usize) -> Result<ClockMention, usize> {
    let digit = t.as_bytes().get(p).is_some_and(u8::is_ascii_digit);
    let (kind, start, end, value, zone) = if digit {
        match time_at(t, p, false) {
            Ok(tm) => timed(t, tm),
            Err(e1) => match colon_duration(t, p)
                .or_else(|e2| spelled_duration(t, p).map_err(|e3| e1.max(e2).max(e3)))
            {
                Ok((e, v)) => (ClockKind::Duration, p, e, v, None),
                Err(e) => return Err(e),
            },
        }
    } else if let Ok(tm) = word_time(t, p) {
        timed(t, tm)
    } else {
        let (e, v) = spelled_duration(t, p)?;
        (ClockKind::Duration, p, e, v, None)
    };
    let hedges = match kind {
        ClockKind::Time => TIME_HEDGES,
        ClockKind::Duration => DURATION_HEDGES,
    };
    let (start, qualifier) = match hedge_before(t, start, min_start, hedges) {
        Some((s, h)) => (s, Some(h)),
        None => (start, None),
    };
    Ok(ClockMention {
        start,
        end,
        text: t[start..end].to_string(),
        kind,
        value,
        qualifier,
        zone,
    })
}

/// A time read, with a bracketed second statement folded in. A local time whose second
/// statement has an offset takes the offset between the two: "4:10 a.m. local time (0310
/// GMT)" is `T04:10+01:00`.
fn timed(t: &str, mut tm: Time) -> (ClockKind, usize, usize, String, Option<String>) {
    let (end, inner) = match bracket_after(t, tm.end) {
        Some((end, inner)) => (end, Some(inner)),
        None => (tm.end, None),
    };
    if tm.offset.is_none()
        && let Some(inner) = inner
    {
        tm.offset = between(&tm, &inner);
    }
    (ClockKind::Time, tm.start, end, tm.value(), tm.zone)
}

/// Offsets from UTC that zones have: an offset worked out from two statements of one time
/// is one of these, or none is read.
const OFFSETS: &[&str] = &[
    "-12:00", "-11:00", "-10:00", "-09:30", "-09:00", "-08:00", "-07:00", "-06:00", "-05:00",
    "-04:00", "-03:30", "-03:00", "-02:00", "-01:00", "Z", "+01:00", "+02:00", "+03:00", "+03:30",
    "+04:00", "+04:30", "+05:00", "+05:30", "+05:45", "+06:00", "+06:30", "+07:00", "+08:00",
    "+08:45", "+09:00", "+09:30", "+10:00", "+10:30", "+11:00", "+12:00", "+12:45", "+13:00",
    "+14:00",
];

/// The offset of `local` given the same moment `other` at a known offset, when the two
/// differ by one a zone has.
fn between(local: &Time, other: &Time) -> Option<&'static str> {
    let utc = offset_seconds(other.offset?)?;
    let at = |t: &Time| i64::from(t.h * 3600 + t.m.unwrap_or(0) * 60);
    // Seconds ahead of UTC, across midnight either way.
    let mut d = (at(local) - (at(other) - utc)).rem_euclid(24 * 3600);
    if d > 14 * 3600 {
        d -= 24 * 3600;
    }
    OFFSETS
        .iter()
        .copied()
        .find(|&o| offset_seconds(o) == Some(d))
}

/// A time of day as read.
struct Time {
    start: usize,
    end: usize,
    h: u32,
    m: Option<u32>,
    s: Option<u32>,
    zone: Option<String>,
    offset: Option<&'static str>,
}

impl Time {
    fn value(&self) -> String {
        let mut v = format!("T{:02}", self.h);
        if let Some(m) = self.m {
            v.push_str(&format!(":{m:02}"));
            if let Some(s) = self.s {
                v.push_str(&format!(":{s:02}"));
            }
        }
        if let Some(o) = self.offset {
            v.push_str(o);
        }
        v
    }

    /// Reads a zone after the time, extending it.
    fn with_zone(mut self, t: &str) -> Time {
        if let Some((zone, offset, e)) = zone_after(t, self.end) {
            self.zone = Some(zone);
            self.offset = offset;
            self.end = e;
        }
        self
    }
}

/// Words before a bare 24-hour time that make it one (`at 14:30`, `until 09:00`).
fn time_word_before(t: &str, p: usize) -> bool {
    let e = skip_spaces_back(t, p);
    if e == p {
        return false;
    }
    let Some(s) = word_start_before(t, e) else {
        return false;
    };
    matches!(
        t[s..e].to_ascii_lowercase().as_str(),
        "at" | "around"
            | "about"
            | "by"
            | "until"
            | "till"
            | "before"
            | "after"
            | "from"
            | "to"
            | "since"
            | "past"
            | "approximately"
            | "roughly"
            | "circa"
            | "between"
    )
}

/// The clock figure may start here: not glued to a word, a code, a date or money.
fn may_start(t: &str, p: usize) -> bool {
    let Some(c) = char_before(t, p) else {
        return true;
    };
    if c.is_alphanumeric()
        || matches!(
            c,
            '/' | '+' | '#' | ':' | '\'' | '’' | '@' | '_' | '$' | '£' | '€' | '¥' | '₹'
        )
    {
        return false;
    }
    !(matches!(c, '-' | '‐' | '–' | '.' | ',')
        && char_before(t, p - c.len_utf8()).is_some_and(char::is_alphanumeric))
}

/// Digits at `i`: their value and end (at most `max` of them, else `None`).
fn digits_at(t: &str, i: usize, max: usize) -> Option<(u32, usize)> {
    let b = t.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    if j == i || j - i > max {
        return None;
    }
    Some((t[i..j].parse().ok()?, j))
}

/// Exactly two digits after a separator at `i` (`:27`), not followed by a third.
fn two_after(t: &str, i: usize, sep: u8) -> Option<(u32, usize)> {
    let b = t.as_bytes();
    if b.get(i) != Some(&sep) {
        return None;
    }
    let (v, e) = digits_at(t, i + 1, 2)?;
    (e == i + 3 && v < 60).then_some((v, e))
}

/// `a.m.`, `am`, `p.m.`, `PM` after the figure (one space allowed): `(is_pm, end)`.
fn ampm(t: &str, k: usize) -> Option<(bool, usize)> {
    let i = if char_at(t, k) == Some(' ') { k + 1 } else { k };
    for (pat, pm) in [
        ("a.m.", false),
        ("p.m.", true),
        ("a.m", false),
        ("p.m", true),
        ("am", false),
        ("pm", true),
    ] {
        let ok = t
            .as_bytes()
            .get(i..i + pat.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(pat.as_bytes()));
        if ok && !char_at(t, i + pat.len()).is_some_and(char::is_alphanumeric) {
            return Some((pm, i + pat.len()));
        }
    }
    None
}

/// A zone after the time: `GMT`, `UTC+3`, `22:11Z`, `EDT`, `local time`, `Moscow time`.
fn zone_after(t: &str, k: usize) -> Option<(String, Option<&'static str>, usize)> {
    if char_at(t, k) == Some('Z') && !char_at(t, k + 1).is_some_and(char::is_alphanumeric) {
        return Some(("Z".to_string(), Some("Z"), k + 1));
    }
    let s = skip_spaces(t, k);
    if s == k {
        return None;
    }
    // `1:30 p.m. local`, but not `10 a.m. local residents`.
    if phrase_at(t, s, "local time").is_none()
        && let Some(e) = phrase_at(t, s, "local")
        && !char_at(t, skip_spaces(t, e)).is_some_and(char::is_alphabetic)
    {
        return Some(("local time".to_string(), None, e));
    }
    for (pat, zone) in [
        ("local time", "local time"),
        ("Moscow time", "Moscow time"),
        ("Beijing time", "Beijing time"),
        ("Eastern time", "Eastern time"),
        ("Pacific time", "Pacific time"),
        ("Eastern Time", "Eastern time"),
        ("Pacific Time", "Pacific time"),
    ] {
        if t[s..].starts_with(pat) && !char_at(t, s + pat.len()).is_some_and(char::is_alphanumeric)
        {
            return Some((zone.to_string(), zone_offset(zone), s + pat.len()));
        }
    }
    let mut e = s;
    while e < t.len() && t.as_bytes()[e].is_ascii_uppercase() && e - s < 5 {
        e += 1;
    }
    let word = &t[s..e];
    if e - s < 2 {
        return None;
    }
    if matches!(word, "GMT" | "UTC")
        && let Some((off, oe)) = utc_offset(t, e)
    {
        return Some((t[s..oe].to_string(), Some(off), oe));
    }
    if char_at(t, e).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let fixed = zone_offset(word);
    let known = fixed.is_some() || matches!(word, "ET" | "PT" | "CT" | "MT" | "CST" | "AST");
    known.then(|| (word.to_string(), fixed, e))
}

/// `+3`, `+05:30`, `-5` right after `GMT` or `UTC`, as a fixed offset.
fn utc_offset(t: &str, i: usize) -> Option<(&'static str, usize)> {
    let c = char_at(t, i)?;
    let neg = match c {
        '+' => false,
        '-' | '−' => true,
        _ => return None,
    };
    let j = i + c.len_utf8();
    let (h, mut e) = digits_at(t, j, 2)?;
    let mut m = 0;
    if let Some((mm, me)) = two_after(t, e, b':') {
        m = mm;
        e = me;
    }
    if char_at(t, e).is_some_and(char::is_alphanumeric) || h > 14 {
        return None;
    }
    static OFFSETS: [&str; 58] = [
        "+00:00", "+01:00", "+02:00", "+03:00", "+04:00", "+05:00", "+06:00", "+07:00", "+08:00",
        "+09:00", "+10:00", "+11:00", "+12:00", "+13:00", "+14:00", "-00:00", "-01:00", "-02:00",
        "-03:00", "-04:00", "-05:00", "-06:00", "-07:00", "-08:00", "-09:00", "-10:00", "-11:00",
        "-12:00", "+03:30", "+04:30", "+05:30", "+05:45", "+06:30", "+08:45", "+09:30", "+10:30",
        "+12:45", "-03:30", "-09:30", "-02:30", "+00:30", "+01:30", "+02:30", "+07:30", "+08:30",
        "+11:30", "+13:45", "-00:30", "-01:30", "-04:30", "-05:30", "-06:30", "-07:30", "-08:30",
        "-10:30", "-11:30", "-12:30", "+06:45",
    ];
    let want = format!("{}{h:02}:{m:02}", if neg { '-' } else { '+' });
    let off = OFFSETS.iter().find(|o| **o == want)?;
    Some((
        if *off == "+00:00" || *off == "-00:00" {
            "Z"
        } else {
            off
        },
        e,
    ))
}

/// A time at the digits `p`: `1:27 a.m.`, `1.27am`, `04:35 GMT`, `0435 GMT`, `22:11Z`,
/// `at 14:30`, `12 noon`. `bracket` relaxes the need for a word of time before `14:30`.
fn time_at(t: &str, p: usize, bracket: bool) -> Result<Time, usize> {
    if !may_start(t, p) {
        return Err(p + 1);
    }
    let (a, j) = digits_at(t, p, 4).ok_or(p + 1)?;
    let fail = Err(j);
    let time = |h, m, s, end| Time {
        start: p,
        end,
        h,
        m,
        s,
        zone: None,
        offset: None,
    };
    if j - p == 4 {
        // 0435 GMT, 2211Z, 1430 hrs.
        let (h, m) = (a / 100, a % 100);
        if h > 23 || m > 59 {
            return fail;
        }
        let tm = time(h, Some(m), None, j).with_zone(t);
        if tm.zone.is_some() && tm.zone.as_deref() != Some("local time") {
            return Ok(tm);
        }
        if let Some(e) = hrs_after(t, j, time_word_before(t, p) || bracket) {
            return Ok(time(h, Some(m), None, e));
        }
        return fail;
    }
    let mut k = j;
    let mut m = None;
    let mut s = None;
    let mut point = false;
    if let Some((mm, e)) = two_after(t, j, b':') {
        m = Some(mm);
        k = e;
        if let Some((ss, e2)) = two_after(t, k, b':') {
            s = Some(ss);
            k = e2;
        }
    } else if let Some((mm, e)) = two_after(t, j, b'.') {
        m = Some(mm);
        k = e;
        point = true;
    }
    // More digits: a date (12.03.2024), a race time (3:43.13), a score (2:1:0).
    if matches!(char_at(t, k), Some(':' | '.' | ','))
        && t.as_bytes().get(k + 1).is_some_and(u8::is_ascii_digit)
    {
        return fail;
    }
    if let Some((pm, e)) = ampm(t, k) {
        if a == 0 || a > 12 {
            return fail;
        }
        let h = match (a, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        return Ok(time(h, m, s, e).with_zone(t));
    }
    if point || a > 23 {
        return fail;
    }
    let Some(_) = m else {
        // `12 noon`, `12 midnight`.
        if a == 12
            && let Some((_, we, w)) = next_word(t, j)
            && matches!(w.as_str(), "noon" | "midnight")
        {
            let h = if w == "noon" { 12 } else { 0 };
            return Ok(time(h, Some(0), None, we).with_zone(t));
        }
        return fail;
    };
    let tm = time(a, m, s, k).with_zone(t);
    if tm.zone.is_some() {
        return Ok(tm);
    }
    if let Some(e) = hrs_after(t, k, true) {
        return Ok(time(a, m, s, e));
    }
    if char_at(t, k).is_some_and(char::is_alphanumeric) {
        return fail;
    }
    // A bare `14:30` only after a word of time; `2:14:04` alone is a duration.
    if time_word_before(t, p) || bracket {
        return Ok(tm);
    }
    fail
}

/// `hrs`, `h` or (when `hours_ok`) `hours` after a 24-hour time.
fn hrs_after(t: &str, k: usize, hours_ok: bool) -> Option<usize> {
    let s = skip_spaces(t, k);
    for pat in ["hrs", "hours", "h"] {
        if pat == "hours" && !hours_ok {
            continue;
        }
        if pat == "h" && s != k {
            continue;
        }
        if let Some(e) = phrase_at(t, s, pat) {
            return Some(e);
        }
    }
    None
}

/// `midnight`, `noon`, `midday`, with an optional zone.
fn word_time(t: &str, p: usize) -> Result<Time, usize> {
    let e = word_end(t, p).ok_or(p + 1)?;
    let h = match t[p..e].to_ascii_lowercase().as_str() {
        "midnight" => 0,
        "noon" | "midday" => 12,
        _ => return Err(p),
    };
    if char_at(t, e) == Some('-') || char_before(t, p) == Some('-') {
        return Err(e); // `mid-morning`, `midnight-blue`
    }
    Ok(Time {
        start: p,
        end: e,
        h,
        m: Some(0),
        s: None,
        zone: None,
        offset: None,
    }
    .with_zone(t))
}

/// A second statement of the time in brackets: `1:30 a.m. EDT (0530 GMT)`; its end and
/// the time it states.
fn bracket_after(t: &str, end: usize) -> Option<(usize, Time)> {
    let open = skip_spaces(t, end);
    if char_at(t, open) != Some('(') {
        return None;
    }
    let i = skip_spaces(t, open + 1);
    let inner = if t.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
        time_at(t, i, true).ok()?
    } else {
        word_time(t, i).ok()?
    };
    let close = skip_spaces(t, inner.end);
    (char_at(t, close) == Some(')')).then_some((close + 1, inner))
}

/// `2:00:35`, `1:59:40.2` (hours, minutes, seconds) or `3:43.13` (minutes, seconds and a
/// fraction): a race or elapsed time.
fn colon_duration(t: &str, p: usize) -> Result<(usize, String), usize> {
    if !may_start(t, p) {
        return Err(p + 1);
    }
    let (a, j) = digits_at(t, p, 2).ok_or(p + 1)?;
    let (b, k) = two_after(t, j, b':').ok_or(j)?;
    let (c, mut e) = match two_after(t, k, b':') {
        Some((c, e)) => (Some(c), e),
        None => (None, k),
    };
    let mut frac = "";
    if char_at(t, e) == Some('.')
        && let Some((_, fe)) = digits_at(t, e + 1, 3)
    {
        frac = &t[e..fe];
        e = fe;
    }
    if char_at(t, e).is_some_and(|c| c.is_alphanumeric() || c == ':')
        || (char_at(t, e) == Some('.') && t.as_bytes().get(e + 1).is_some_and(u8::is_ascii_digit))
    {
        return Err(e);
    }
    let value = match c {
        Some(c) => format!("PT{a}H{b}M{c}{frac}S"),
        None if !frac.is_empty() => format!("PT{a}M{b}{frac}S"),
        None => return Err(e),
    };
    Ok((e, value))
}

/// Hours, minutes and seconds as units: 0, 1, 2.
fn unit_word(w: &str, compound: bool, attached: bool) -> Option<usize> {
    Some(match w {
        "hours" | "hour" | "hrs" | "hr" => 0,
        "h" if attached => 0,
        "minutes" | "minute" | "mins" | "min" => 1,
        "m" if attached && compound => 1,
        "seconds" | "second" | "secs" | "sec" => 2,
        "s" if attached && compound => 2,
        _ => return None,
    })
}

/// A number at `i` for a duration: digits (`35`, `2.5`), words (`nine`, `twenty-five`),
/// or the article of `an hour`. `(value, end, is_article)`.
fn duration_number(t: &str, i: usize) -> Option<(Exact, usize, bool)> {
    if t.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
        if !may_start(t, i) {
            return None;
        }
        let b = t.as_bytes();
        let mut j = i;
        while j < b.len() && (b[j].is_ascii_digit() || b[j] == b',') {
            j += 1;
        }
        while b[j - 1] == b',' {
            j -= 1;
        }
        if j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
            j += 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
        }
        if matches!(char_at(t, j), Some(':' | '/' | '.'))
            && t.as_bytes().get(j + 1).is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        return Some((Exact::parse(&t[i..j])?, j, false));
    }
    let e = word_end(t, i)?;
    if char_before(t, i).is_some_and(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let w = t[i..e].to_ascii_lowercase();
    if w == "a" || w == "an" {
        return Some((Exact::from_int(1), e, true));
    }
    let mut n = lx::unit_word(&w)
        .or_else(|| lx::teen_word(&w))
        .or_else(|| lx::tens_word(&w))?;
    let mut end = e;
    if n >= 20
        && n % 10 == 0
        && char_at(t, end) == Some('-')
        && let Some(e2) = word_end(t, end + 1)
        && let Some(u) = lx::unit_word(&t[end + 1..e2].to_ascii_lowercase())
        && u > 0
    {
        n += u;
        end = e2;
    }
    Some((Exact::from_int(i128::from(n)), end, false))
}

/// `nine minutes`, `2 hours, 35 seconds`, `2hrs 0mins 35secs`, `two and a half hours`,
/// `an hour and a half`, `half an hour`, `a quarter of an hour`, `a 48-hour ceasefire`.
fn spelled_duration(t: &str, p: usize) -> Result<(usize, String), usize> {
    let fail = Err(word_end(t, p).unwrap_or(p + 1).max(p + 1));
    let half = Exact::new(1, 2).ok_or(p + 1)?;
    // Special phrases first.
    for (pat, unit, v) in [
        ("half an hour", 1, 30),
        ("half a minute", 2, 30),
        ("a quarter of an hour", 1, 15),
        ("a quarter-hour", 1, 15),
    ] {
        if let Some(e) = phrase_at(t, p, pat) {
            return Ok((e, iso(&[(unit, Exact::from_int(v))])));
        }
    }
    let mut comps: Vec<(usize, Exact)> = Vec::new();
    let mut i = p;
    let mut end = p;
    for _ in 0..3 {
        let Some((mut n, ne, article)) = duration_number(t, i) else {
            break;
        };
        // `two and a half hours`
        let mut plus_half = false;
        let mut ue = ne;
        if let Some(e) = phrase_at(t, skip_spaces(t, ne), "and a half")
            && skip_spaces(t, ne) > ne
        {
            plus_half = true;
            ue = e;
        }
        let (sep_hyphen, us) = match char_at(t, ue) {
            Some('-') if comps.is_empty() && !article => (true, ue + 1),
            Some(c) if is_space(c) => (false, skip_spaces(t, ue)),
            _ => (false, ue),
        };
        let attached = us == ue && !sep_hyphen;
        if attached && article {
            break;
        }
        let Some(we) = word_end(t, us) else { break };
        if char_at(t, we).is_some_and(char::is_numeric) {
            break;
        }
        let w = t[us..we].to_ascii_lowercase();
        let Some(unit) = unit_word(&w, !comps.is_empty(), attached) else {
            break;
        };
        // `a second` is an ordinal; `an hour`, `a minute` are durations.
        if article && (unit == 2 || (w.as_str() != "hour" && w.as_str() != "minute")) {
            break;
        }
        if article && (w == "hour") != (t[i..ne].eq_ignore_ascii_case("an")) {
            break;
        }
        if sep_hyphen && !matches!(w.as_str(), "hour" | "minute" | "second") {
            break;
        }
        if comps.last().is_some_and(|(u, _)| *u >= unit) {
            break;
        }
        let mut e = we;
        // `an hour and a half`
        if !plus_half
            && let Some(he) = phrase_at(t, skip_spaces(t, we), "and a half")
            && skip_spaces(t, we) > we
        {
            plus_half = true;
            e = he;
        }
        if plus_half {
            if unit == 2 {
                n = n.checked_add(half).ok_or(p + 1)?;
            } else {
                comps.push((unit, n));
                comps.push((unit + 1, Exact::from_int(30)));
                end = e;
                break;
            }
        }
        comps.push((unit, n));
        end = e;
        if sep_hyphen {
            break;
        }
        // The next component: `, 35 seconds`, ` and 35 seconds`, ` 0mins`.
        let mut j = end;
        if char_at(t, j) == Some(',') {
            j += 1;
        }
        let s = skip_spaces(t, j);
        j = match phrase_at(t, s, "and") {
            Some(a) => skip_spaces(t, a),
            None => s,
        };
        if j == end {
            break;
        }
        i = j;
    }
    if comps.is_empty() {
        return fail;
    }
    Ok((end, iso(&comps)))
}

/// `PT2H0M35S` from components `(unit, value)`, every unit between the first and the last
/// written out.
fn iso(comps: &[(usize, Exact)]) -> String {
    let first = comps.first().map_or(0, |c| c.0);
    let last = comps.last().map_or(0, |c| c.0);
    let mut v = String::from("PT");
    for unit in first..=last {
        let n = comps
            .iter()
            .find(|c| c.0 == unit)
            .map_or(Exact::ZERO, |c| c.1);
        v.push_str(&n.to_string());
        v.push(['H', 'M', 'S'][unit]);
    }
    v
}

const TIME_HEDGES: &[&str] = &[
    "shortly after",
    "shortly before",
    "just after",
    "just before",
    "soon after",
    "right after",
    "a little after",
    "a little before",
    "just past",
    "some time after",
    "no later than",
    "as early as",
    "as late as",
    "approximately",
    "roughly",
    "around",
    "about",
    "circa",
    "after",
    "before",
    "until",
    "till",
    "since",
    "by",
];

const DURATION_HEDGES: &[&str] = &[
    "an estimated",
    "more than",
    "less than",
    "fewer than",
    "just over",
    "just under",
    "well over",
    "at least",
    "at most",
    "up to",
    "no more than",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "within",
    "barely",
];

/// A hedge just before `start`, at or after `min_start`.
fn hedge_before(
    t: &str,
    start: usize,
    min_start: usize,
    hedges: &[&str],
) -> Option<(usize, String)> {
    listed_hedge_before(t, start, min_start, hedges).map(|(s, h)| (s, h.to_ascii_lowercase()))
}
