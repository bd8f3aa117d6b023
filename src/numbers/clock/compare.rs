//! Clock values as ranges, for agree / partial / conflict.
//!
//! A time covers its stated precision: `T01:27` is the minute 01:27:00–01:27:59, `T01` the
//! whole hour. A hedge widens it: `around` / `about` by 15 minutes each way, `shortly
//! after` / `just after` by 30 minutes after, `just before` by 30 minutes before, `after` /
//! `since` to 12 hours after and `before` / `until` / `by` to 12 hours before. Times are on
//! a 24-hour circle: `around midnight` meets `23:58`, `shortly after midnight` does not.
//!
//! Zones, kept simple: two times with fixed offsets are compared in UTC (`T01:30-04:00`
//! equals `T05:30Z`); two times without one are taken to be in the same zone and compared
//! as read; a time with an offset and one without are [`Relation::Compatible`] at most,
//! since the zone-less one could be in any zone.
//!
//! A duration covers half its smallest stated unit (`PT2H` is 1h30–2h30, `PT2H0M35S`
//! 2:00:34.5–2:00:35.5, half-open) and hedges widen it as amounts: `about` by a tenth
//! each way; a directional hedge bounds it at the figure itself: `nearly` reaches a
//! tenth below, `more than` opens it upwards, `within` / `up to` down to zero.

use crate::numbers::measure::Exact;
use crate::value::Relation;

const DAY: i64 = 86_400;

/// A time of day as a span on the 24-hour circle, in seconds after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    /// First second covered (in UTC when `utc`, else as read).
    pub start: i64,
    /// Seconds covered after `start` (at most a day).
    pub len: i64,
    /// Whether the value's zone fixed its offset, so `start` is UTC.
    pub utc: bool,
}

/// How a hedge moves a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TimeHedge {
    Exact,
    Around,
    ShortlyAfter,
    ShortlyBefore,
    After,
    Before,
}

fn time_hedge(q: &str) -> TimeHedge {
    match q
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_lowercase()
        .as_str()
    {
        "around" | "about" | "approximately" | "roughly" | "circa" => TimeHedge::Around,
        "shortly after" | "just after" | "soon after" | "right after" | "a little after"
        | "just past" => TimeHedge::ShortlyAfter,
        "shortly before" | "just before" | "a little before" => TimeHedge::ShortlyBefore,
        "after" | "since" | "some time after" | "as early as" => TimeHedge::After,
        "before" | "until" | "till" | "by" | "no later than" | "as late as" => TimeHedge::Before,
        _ => TimeHedge::Exact,
    }
}

/// Reads `T01:27`, `T01`, `T01:27:05`, with `Z` or `±HH:MM`: `(start, len, offset)`.
fn parse_time(v: &str) -> Option<(i64, i64, Option<i64>)> {
    let v = v.trim();
    let (body, offset) = match zone_at(v) {
        Some(i) => (&v[..i], Some(offset_seconds(&v[i..])?)),
        None => (v, None),
    };
    let body = body.strip_prefix('T')?;
    let parts: Vec<i64> = body
        .split(':')
        .map(|p| (p.len() == 2).then(|| p.parse().ok()).flatten())
        .collect::<Option<_>>()?;
    let (start, len) = match parts.as_slice() {
        [h] if *h < 24 => (h * 3600, 3600),
        [h, m] if *h < 24 && *m < 60 => (h * 3600 + m * 60, 60),
        [h, m, s] if *h < 24 && *m < 60 && *s < 60 => (h * 3600 + m * 60 + s, 1),
        _ => return None,
    };
    Some((start, len, offset))
}

/// The span a time value (`T01:30-04:00`) covers given its hedge.
pub fn time_range(value: &str, qualifier: &str) -> Option<TimeRange> {
    let (start, len, offset) = parse_time(value)?;
    let start = start - offset.unwrap_or(0);
    let (s, l) = match time_hedge(qualifier) {
        TimeHedge::Exact => (start, len),
        TimeHedge::Around => (start - 900, len + 1800),
        TimeHedge::ShortlyAfter => (start, len + 1800),
        TimeHedge::ShortlyBefore => (start - 1800, len + 1800),
        TimeHedge::After => (start, len + DAY / 2),
        TimeHedge::Before => (start + len - DAY / 2, DAY / 2),
    };
    Some(TimeRange {
        start: s.rem_euclid(DAY),
        len: l.min(DAY),
        utc: offset.is_some(),
    })
}

/// Where a time value's zone begins (`T01:27-04:00` at 6, `T04:10Z` at 6), if it has one.
fn zone_at(v: &str) -> Option<usize> {
    v.strip_suffix('Z')
        .map(str::len)
        .or_else(|| v.rfind(['+', '-']).filter(|&i| i >= 3))
}

/// Seconds east of UTC of an offset as values write it (`Z`, `+05:30`, `-04:00`).
pub(super) fn offset_seconds(o: &str) -> Option<i64> {
    if o == "Z" {
        return Some(0);
    }
    let sign = match o.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = o[1..].split_once(':')?;
    let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
    Some(sign * (h * 3600 + m * 60))
}

/// A time value without its zone (`T01:27-04:00` → `T01:27`, `T04:10Z` → `T04:10`): its
/// wall clock.
fn wall(v: &str) -> &str {
    &v[..zone_at(v).unwrap_or(v.len())]
}

fn circle_meet(a: &TimeRange, b: &TimeRange) -> bool {
    // Closed spans [start, start + len - 1] on the circle.
    let (la, lb) = ((a.len - 1).max(0), (b.len - 1).max(0));
    a.len >= DAY
        || b.len >= DAY
        || (b.start - a.start).rem_euclid(DAY) <= la
        || (a.start - b.start).rem_euclid(DAY) <= lb
}

/// A duration as an exact range in seconds. `hi` is `None` when open upwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationRange {
    pub center: Exact,
    pub lo: Exact,
    pub hi: Option<Exact>,
}

/// The length in seconds of `PT2H0M35S`, `PT1.5H`, `PT3M43.13S`, with half its smallest
/// stated unit: `(seconds, half)`.
fn parse_duration(v: &str) -> Option<(Exact, Exact)> {
    let mut rest = v.trim().strip_prefix("PT")?;
    let mut total = Exact::ZERO;
    let mut half = None;
    let mut last_unit = 4;
    while !rest.is_empty() {
        let i = rest.find(['H', 'M', 'S'])?;
        let unit: i128 = match rest.as_bytes()[i] {
            b'H' => 3600,
            b'M' => 60,
            _ => 1,
        };
        let rank = match unit {
            3600 => 0,
            60 => 1,
            _ => 2,
        };
        if last_unit != 4 && rank <= last_unit {
            return None;
        }
        last_unit = rank;
        let n = &rest[..i];
        let x = Exact::parse(n)?;
        total = total.checked_add(x.checked_mul(Exact::from_int(unit))?)?;
        let places = n.split_once('.').map_or(0, |(_, f)| f.len());
        let place = Exact::new(unit, 10i128.checked_pow(u32::try_from(places).ok()?)?)?;
        half = Some(place.checked_mul(Exact::new(1, 2)?)?);
        rest = &rest[i + 1..];
    }
    Some((total, half?))
}

/// The length in seconds of a duration value (`PT2H0M35S` is 7235).
pub fn duration_seconds(value: &str) -> Option<Exact> {
    parse_duration(value).map(|d| d.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AmountHedge {
    Exact,
    Around,
    Below,
    AtLeast,
    AtMost,
}

fn amount_hedge(q: &str) -> AmountHedge {
    match q
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_lowercase()
        .as_str()
    {
        "nearly" | "almost" | "just under" | "barely" | "close to" => AmountHedge::Below,
        "about" | "around" | "approximately" | "roughly" | "some" | "an estimated" => {
            AmountHedge::Around
        }
        "more than" | "over" | "at least" | "just over" | "well over" => AmountHedge::AtLeast,
        "less than" | "fewer than" | "under" | "up to" | "within" | "at most" | "no more than" => {
            AmountHedge::AtMost
        }
        _ => AmountHedge::Exact,
    }
}

/// The range in seconds a duration value covers given its hedge.
pub fn duration_range(value: &str, qualifier: &str) -> Option<DurationRange> {
    let (x, half) = parse_duration(value)?;
    let slack = x.checked_div(Exact::from_int(10))?;
    let (lo, hi) = (x.checked_sub(half)?, x.checked_add(half)?);
    // A directional hedge bounds the range at the figure itself.
    let (lo, hi) = match amount_hedge(qualifier) {
        AmountHedge::Exact => (lo, Some(hi)),
        AmountHedge::Around => (lo.checked_sub(slack)?, Some(hi.checked_add(slack)?)),
        AmountHedge::Below => (x.checked_sub(slack)?, Some(x)),
        AmountHedge::AtLeast => (x, None),
        AmountHedge::AtMost => (Exact::ZERO, Some(x)),
    };
    Some(DurationRange {
        center: x,
        lo: lo.max(Exact::ZERO),
        hi,
    })
}

/// Compares two clock values (times `T…`, durations `PT…`) with their qualifiers:
/// [`Relation::Equal`] for the same span under the same kind of hedge,
/// [`Relation::Compatible`] when the spans meet (or one time has no zone and the other is
/// in UTC), [`Relation::Disjoint`] when they do not (a time with no zone is compared by
/// its wall clock with one of a local zone), [`Relation::Incomparable`] for a time
/// against a duration; `None` when either cannot be read.
pub fn compare(a: &str, qa: &str, b: &str, qb: &str) -> Option<Relation> {
    let (a, b) = (a.trim(), b.trim());
    match (a.starts_with("PT"), b.starts_with("PT")) {
        (true, true) => {
            let (x, y) = (duration_range(a, qa)?, duration_range(b, qb)?);
            if x.center == y.center && amount_hedge(qa) == amount_hedge(qb) {
                return Some(Relation::Equal);
            }
            // Half-open: `PT2H14M4S` and `PT2H14M5S` do not meet.
            let below = |hi: Option<Exact>, lo: Exact| hi.is_some_and(|h| h <= lo);
            Some(if below(x.hi, y.lo) || below(y.hi, x.lo) {
                Relation::Disjoint
            } else {
                Relation::Compatible
            })
        }
        (false, false) => {
            let (mut x, mut y) = (time_range(a, qa)?, time_range(b, qb)?);
            if x.utc != y.utc {
                // A time with no zone is most often the story's local time: against a
                // local zone's time ("1:27 a.m. EDT", not UTC) the two wall clocks
                // compare; against UTC it may be either.
                let zoned = if x.utc { a } else { b };
                if parse_time(zoned)?.2 == Some(0) {
                    return Some(Relation::Compatible);
                }
                (x, y) = (time_range(wall(a), qa)?, time_range(wall(b), qb)?);
            }
            if x == y && time_hedge(qa) == time_hedge(qb) {
                return Some(Relation::Equal);
            }
            Some(if circle_meet(&x, &y) {
                Relation::Compatible
            } else {
                Relation::Disjoint
            })
        }
        _ => {
            // Both must at least be readable.
            let ok = |v: &str| parse_time(v).is_some() || parse_duration(v).is_some();
            (ok(a) && ok(b)).then_some(Relation::Incomparable)
        }
    }
}
