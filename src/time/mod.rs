//! Time expressions: find them in text and normalize them TIMEX3-style against the
//! publication date (the anchor).
//!
//! Values: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Www-WE` (weekend),
//! `YYYY-Qn`, `YYYY-Hn`, seasons `YYYY-SP|SU|FA|WI`, decades `199X`, centuries `19XX`,
//! durations `P4Y`/`P18M`/`P2W`/`P5D`/`PT3H`/`PT90M`/`PT30S`, intervals `start/end`. A
//! relative expression whose anchor does not fix it at its own granularity has no value:
//! it is reported, never guessed.
//!
//! What is recognised:
//!
//! - **Absolute dates**: `July 3, 2025`, `Jul. 3 2025`, `3 July 2025`, `3rd March 2021`,
//!   `the 2nd of October 2016`, `Monday, March 3, 2025`, `Friday, 13 September 2019`,
//!   `2025-07-03`, `07/03/2025` (month first by default, [`TimeOptions::month_first`]),
//!   `7/3/25`, `April 2025`, `April of 2025`, years in year contexts (`in 2022`, `since
//!   2021`, `2022's`, `the 2022 election`, `(1979)`), decades (`the 1990s`, `the '90s`,
//!   `the nineties`), centuries (`the 20th century` → `19XX`), quarters (`Q3 2024`, `the
//!   third quarter of 2024`), halves (`H1 2025`, `the first half of 2024`), seasons
//!   (`summer 2024`, `the summer of 2003`), fiscal years (`fiscal 2023`, `FY2024` →
//!   qualifier `fiscal`), `the year 2000`.
//! - **Month and day without a year** (`Jul. 3`, `March 3rd`, `Tuesday, Nov. 5`): the
//!   occurrence nearest the anchor, the next one when the clause is in the future tense,
//!   the one whose weekday matches when a weekday is written. Relative.
//! - **Holidays** with a fixed civil date: `Christmas Day`, `Christmas Eve`, `Christmas`
//!   (in a temporal frame: `at Christmas`, not `Christmas tree`), `New Year's Day|Eve`,
//!   `Boxing Day`, `Halloween`, `Valentine's Day`, `Independence Day` (the US one, July
//!   4, unless another country is named) and `the Fourth of July`, `Bastille Day`, `Guy
//!   Fawkes Night`, `St Patrick's Day`, `Armistice|Remembrance|Veterans Day`, `Orthodox
//!   Christmas` (Jan. 7), and US `Thanksgiving` (fourth Thursday of November) with
//!   `Black Friday` and `Cyber Monday`. The year is the one written (`Christmas Day
//!   2023`), else the most recent on or before the anchor, the next on or after it in
//!   the future tense; `last|this|next Christmas`. Movable feasts are computed (see
//!   `holidays.rs`): Easter by the Gregorian computus and the days counted from it
//!   (`Good Friday`, `Easter Monday`), US holidays by their weekday rule (`Memorial
//!   Day`, `Labor Day`, `Mother's Day`, `MLK Day`).
//! - **Relative**: `today`, `yesterday`, `tomorrow`, `tonight`, `last night` (the day
//!   before), `this morning|afternoon|evening`, weekdays (`on Thursday`, `Thursday
//!   night`, `Thursday's`, `late Friday`, `late on Friday` (extent `Friday`, qualifier
//!   `late`): the most recent on or before the anchor, the next strictly after it in the
//!   future tense; `last Thursday` strictly before, `next Monday` strictly after; `this
//!   Friday` the next on or after the anchor unless the clause is past, a scheduled
//!   present such as `opens`, `starts`, `takes place`, `is held` counting as future),
//!   `this/last/next week|month|quarter|year|decade`, weekends (`the weekend`, `over|at
//!   the weekend`, `this weekend`, `this past weekend`: past tense the most recent
//!   weekend, the anchor's own on a Saturday or Sunday, future tense the coming one;
//!   `last|next weekend` the week before or after), month names (`in April`: past tense
//!   the most recent April on or before the anchor month, future tense the next on or
//!   after it; `until|through April` looks ahead unless the clause is past, `since
//!   April` looks back), `April this year`, `July last year`, `March next year`, `last
//!   April`, `this summer`, `next spring`, `the third quarter`, quarters named by their
//!   last month (`the September quarter`, `the quarter ended June 30` → the calendar
//!   quarter, the month's year read like `in September`), weeks of a month (`the first
//!   week of March`: the ISO week holding the month's first Thursday, i.e. the week of
//!   the 1st when the 1st falls Monday to Thursday, else the week after; `the last week
//!   of June`: the week holding its last Thursday), `N years|months|weeks|days ago`,
//!   `earlier this year`, `later this month`, `the end of the year`.
//! - **Anaphoric**: `a year earlier`, `two years later`, `the previous year`, `the
//!   following day`, `the same year`, `that year`, `the year before`: relative to the
//!   latest absolute date mentioned before in the same text, else to the anchor.
//! - **Durations**: `four years`, `18 months`, `two weeks`, `a fortnight`, `five days`,
//!   `three hours`, `90 minutes`, `82 seconds`, `a decade`, `three decades`, `a century`,
//!   `half a century`, `a quarter of a century`, `a year and a half`, `two and a half
//!   years`, `1.5 years`, adjectives `nine-year`, `48-hour`, `decade-long`, `the past two
//!   years`. Number words one..ninety, hyphenated (`twenty-five`), `a`/`an`, `a dozen`.
//! - **Intervals**: `from 1996 to 2001`, `between 2018 and 2020`, `1996-2001`, `2019-20`,
//!   `from March to May 2024`, `Jan. 5-7, 2024`, `Oct. 30-Nov. 2, 2024`, `12-14 September
//!   2023`, `from 1 to 3 March 2022`, `1 to 3 March`, `March 1 to 3`, `between 5 and 7
//!   June`, `March-May 2024`, `from the 1980s to the 2000s`.
//! - **Qualifiers** beside the value and inside the extent: `almost`, `nearly`, `about`,
//!   `around`, `roughly`, `approximately`, `circa`, `some`, `more than`, `at least`, `less
//!   than`, `fewer than`, `over`, `under`, `up to`, `just over`, `as early as`, `as late
//!   as`, `no later than`; date modifiers `early`, `mid`, `late`, `end` (`the end of
//!   2026`), `start`, `earlier`, `later`; `since`/`until` from the preposition when no
//!   modifier is written.
//!
//! Extents follow TIMEX3: a leading preposition (`in`, `on`, `at`, `by`, `from`, `since`,
//! `during`, `until`, `through`, `before`, `after`, `as of`, `for`, `within`, `between`)
//! is left out of the extent and reported in [`TimeMention::preposition`].
//!
//! Not tagged: numbers that are not years (`15,000`, `737-800`, `No. 10`, `Room 2020`,
//! `2,000 troops`, `$1999`, `24/7`, `9/11`, scores), `may`/`March` as verbs or names,
//! named days and titles (`Sunday Times`, `Mail on Sunday`, `Sheffield Wednesday`,
//! `Saturday Night Live`, `Good Friday`, `Super Tuesday`, `Arab Spring`), clock times,
//! sets (`every year`), vague spans (`recent years`, `decades`).
//!
//! The forms added for issue 11 live in modules of their own, each documenting its
//! rules: `forms.rs` (lower-case months, `12-Mar-2018`, `7/2019`, `2021-06`, `2019
//! march`, two-digit years, `March second 2004`), `words.rs` (years, days and decades
//! in words), `relative.rs` (offsets, days inside periods, periods to date),
//! `quarters.rs`, `spans.rs` (compound durations, ranges without `from`) and
//! `holidays.rs`.
//!
//! Conventions of relative forms:
//!
//! - `last <weekday>` is the most recent such day strictly before the anchor, `next
//!   <weekday>` the first strictly after it (on a Tuesday `next Sunday` is five days on,
//!   in the same ISO week; on a Thursday `next Thursday` is a week on). TIMEX3's
//!   week-based reading (`next Sunday` = the Sunday of the following week) is not used:
//!   news copy means the first one ahead. `this <weekday>` is the one of the current
//!   week while ahead (see above); `last|next <month>` the nearest such month strictly
//!   before or after the anchor's (in January `last January` is a year back), `this
//!   <month>` that month of the anchor's year.
//! - `N days|weeks ago` and `the week before last` keep the unit's granularity (`two weeks
//!   ago` is an ISO week); `in N days|weeks` and `N weeks from now` land on the day (a
//!   week is 7 days), month and year offsets on the month and year; a compound offset
//!   (`3 weeks and 1 day ago`) lands at its finest unit.
//! - A month, quarter or half without a year (`in April`, `Q2`, `the second half`)
//!   takes the anchor's year, moved forward a year in a future clause when it has
//!   passed, back a year in a past clause when it is still to come; with no tense cue
//!   it is the most recent one.
//! - A day without a year or month (`July 3`, `on the ninth`, `Christmas Eve`, `the
//!   third Wednesday of October`): the next on or after the anchor in a future clause,
//!   else the nearest, a day ahead weighing four days back. A day of the month alone
//!   after a day-level date in the text is in that date's month.
//!
//! The text is scanned once, token by token; the grammar is tried only at tokens that
//! can start an expression.
//!
//! The tokens are in `lex`, the expressions in `grammar`, calendar values and their
//! arithmetic in `calendar`, and the tense cues that pick the year or week of a bare date
//! in `tense`.

mod calendar;
mod grammar;
mod lex;
mod tense;
#[cfg(test)]
mod tests;

use calendar::{Point, Rel};
use grammar::{Core, Expr, Grammar};
use tense::{Mode, tense};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What relative expressions are resolved against: the publication day, a window of
/// possible publication days, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Anchor {
    #[default]
    None,
    Day(NaiveDate),
    /// Inclusive window; a relative expression resolves only when every day of the
    /// window gives the same value.
    Window(NaiveDate, NaiveDate),
}

/// The unit a value is stated at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Century,
    Decade,
    Year,
    Half,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
}

/// What sort of time expression a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeKind {
    /// A point or period on the calendar: `2025-07-03`, `2025-04`, `199X`.
    Date,
    /// A length of time: `P4Y`.
    Duration,
    /// A span between two dates: `1996/2001`.
    Interval,
}

/// One time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeMention {
    /// UTF-8 byte offset of the first byte, into the text given to [`tag`].
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// The expression as written (TIMEX3 extent: without a leading preposition, with
    /// modifiers such as `almost` or `as early as`).
    pub text: String,
    /// The normalized value; `None` when the expression is relative and unanchored.
    pub value: Option<String>,
    pub granularity: Granularity,
    pub kind: TimeKind,
    /// A qualifier kept beside the value: `almost`, `as early as`, `mid`, `since`, ….
    pub qualifier: Option<String>,
    /// True when the value depends on the anchor (`this month`, `on Thursday`).
    pub relative: bool,
    /// The temporal preposition written just before the expression (`in`, `on`,
    /// `since`, …), outside the extent; a claim's stated words include it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preposition: Option<String>,
}

/// Options of the tagger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOptions {
    /// Read `07/03/2025` as month/day (US order, the default) rather than day/month.
    pub month_first: bool,
}

impl Default for TimeOptions {
    fn default() -> Self {
        TimeOptions { month_first: true }
    }
}

/// Finds every time expression of `text`, in order, without overlaps, resolving the
/// relative ones against `anchor`.
pub fn tag(text: &str, anchor: Anchor, options: TimeOptions) -> Vec<TimeMention> {
    tag_each(text, &[anchor], options).pop().unwrap_or_default()
}

/// [`tag`] at several anchors, one list per anchor: the text is read once and only the
/// resolution is repeated (publication-date inference tries every day of a window).
pub fn tag_each(text: &str, anchors: &[Anchor], options: TimeOptions) -> Vec<Vec<TimeMention>> {
    let anchors: Vec<Anchor> = anchors
        .iter()
        .map(|&anchor| match anchor {
            Anchor::Window(a, b) if a > b => Anchor::Window(b, a),
            Anchor::Window(a, b) if a == b => Anchor::Day(a),
            a => a,
        })
        .collect();
    let mut out = vec![Vec::new(); anchors.len()];
    let mut references: Vec<Option<Reference>> = vec![None; anchors.len()];
    let mut matches = Vec::new();
    lex::for_each_segment(text, |toks| {
        matches.clear();
        let g = Grammar {
            text,
            t: toks,
            month_first: options.month_first,
        };
        g.scan(&mut matches);
        for ((&anchor, found), reference) in anchors.iter().zip(&mut out).zip(&mut references) {
            for m in &matches {
                if let Some(mention) = build(&g, m, anchor, reference) {
                    found.push(mention);
                }
            }
        }
    });
    out
}

/// The latest date mentioned so far: its value (none when unanchored) and whether it
/// depends on the anchor.
type Reference = (Option<Point>, bool);

/// A day to learn the granularity of an unresolved relative expression.
fn dummy_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 6, 14).unwrap_or_default()
}

/// Resolves a core at one anchor day.
fn resolve_at(
    core: Core,
    day: NaiveDate,
    future: bool,
    reference: Option<Reference>,
) -> Option<Point> {
    match core {
        Core::Abs(p) => Some(p),
        Core::Rel(r) => r.resolve(day, future),
        Core::MonthDay(m, d, wd) => month_day(m, d, wd, day, future),
        Core::Ana(unit, n) => match reference {
            Some((Some(r), _)) => calendar::shift(r, unit, n),
            Some((None, _)) => None,
            None => calendar::anchor_point(unit, day, n),
        },
    }
}

/// A month and day without a year: with a weekday, the year (around the anchor) whose
/// date falls on it; in the future tense the next on or after the anchor; otherwise the
/// nearest, leaning to the past ([`calendar::lean`]).
fn month_day(m: u32, d: u32, wd: Option<u32>, a: NaiveDate, future: bool) -> Option<Point> {
    use chrono::Datelike;
    let y = a.year();
    let cands: Vec<NaiveDate> = (y - 1..=y + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .collect();
    let dist = |c: &NaiveDate| (*c - a).num_days();
    if let Some(wd) = wd {
        let hits: Vec<&NaiveDate> = cands
            .iter()
            .filter(|c| c.weekday().num_days_from_monday() == wd)
            .collect();
        if let Some(best) = hits.iter().min_by_key(|c| dist(c).abs()) {
            return Some(Point::Day(**best));
        }
    }
    let pick = if future {
        cands
            .iter()
            .filter(|c| dist(c) >= 0)
            .min_by_key(|c| dist(c))
    } else {
        cands.iter().min_by_key(|c| calendar::lean(dist(c)))
    };
    pick.map(|c| Point::Day(*c))
}

/// Resolves a core against the anchor: `(value, relative)`.
fn resolve(
    core: Core,
    anchor: Anchor,
    future: bool,
    reference: Option<Reference>,
) -> (Option<Point>, bool) {
    let relative = match core {
        Core::Abs(_) => false,
        Core::Ana(..) => reference.is_none_or(|r| r.1),
        _ => true,
    };
    // "Jan 24-26 … booked for the 23rd": a day alone after a day-level date is in its
    // month.
    if let (Core::Rel(Rel::DayOfMonth(d)), Some((Some(Point::Day(r)), rel))) = (core, reference) {
        use chrono::Datelike;
        let day = NaiveDate::from_ymd_opt(r.year(), r.month(), d).map(Point::Day);
        return (day, rel);
    }
    if let (Core::Ana(..), Some(r)) = (core, reference) {
        // Resolved once against the reference, whatever the anchor.
        return (resolve_at(core, dummy_day(), future, Some(r)), relative);
    }
    if !relative {
        return (resolve_at(core, dummy_day(), future, reference), false);
    }
    let value = match anchor {
        Anchor::None => None,
        Anchor::Day(d) => resolve_at(core, d, future, reference),
        Anchor::Window(a, b) => {
            let x = resolve_at(core, a, future, reference);
            let y = resolve_at(core, b, future, reference);
            if x == y { x } else { None }
        }
    };
    (value, true)
}

fn yearless(core: &Core) -> bool {
    matches!(
        core,
        Core::MonthDay(..)
            | Core::Rel(Rel::Sub(_))
            | Core::Rel(Rel::Holiday(_, calendar::HolMode::Tensed))
    )
}

fn needs_tense(core: &Core) -> bool {
    use calendar::{HolMode, WdMode};
    matches!(
        core,
        Core::MonthDay(..)
            | Core::Rel(
                Rel::Sub(_)
                    | Rel::Weekday(_, WdMode::Bare | WdMode::This)
                    | Rel::WeekendNear(_)
                    | Rel::Holiday(_, HolMode::Tensed)
                    | Rel::MonthWeek(..)
                    | Rel::QuarterEnding(_)
                    | Rel::DayOfMonth(_)
                    | Rel::Pick(calendar::Period::NamedMonth(_), _)
                    | Rel::WeekOf(..)
            )
    )
}

/// Whether a tensed core points ahead, from the clause and the preposition: `since`
/// looks back; `until`/`through` a month or day looks ahead unless the clause is past
/// (`was closed until March`); `this Friday`/`this weekend` look ahead unless the clause
/// is past, a scheduled present (`opens this Friday`) counting as future.
fn future_of(g: &Grammar, m: &grammar::Match, core: &Core, anchor: Anchor) -> bool {
    use calendar::WdMode;
    if !needs_tense(core) {
        return false;
    }
    // A month or season with no tense either way ("more details at its capital markets
    // day in March"): the nearer of the last and the next, leaning back as a yearless day
    // does ([`calendar::lean`]).
    if let (Core::Rel(Rel::Sub(_)), Anchor::Day(day)) = (core, anchor)
        && !matches!(m.prep, Some("since" | "until" | "through"))
        && tense(g, m.s, m.e, Mode::Normal).is_none()
    {
        let start = |future| resolve_at(*core, day, future, None)?.first_day();
        if let (Some(back), Some(ahead)) = (start(false), start(true)) {
            // A month runs to its end: the one under way is behind.
            let behind = (day - back).num_days();
            let before = (ahead - day).num_days();
            return ahead > day && calendar::lean(before) < calendar::lean(-behind);
        }
    }
    let yearless_part = matches!(core, Core::MonthDay(..) | Core::Rel(Rel::Sub(_)));
    let (mode, default) = match (m.prep, core) {
        (Some("since"), _) if yearless_part => return false,
        (Some("until" | "through"), _) if yearless_part => (Mode::Until, true),
        (_, Core::Rel(Rel::Weekday(_, WdMode::This) | Rel::WeekendNear(1))) => {
            (Mode::Scheduled, true)
        }
        (_, Core::Rel(Rel::WeekendNear(-1))) => return false,
        _ => (Mode::Normal, false),
    };
    tense(g, m.s, m.e, mode).unwrap_or(default)
}

fn build(
    g: &Grammar,
    m: &grammar::Match,
    anchor: Anchor,
    reference: &mut Option<Reference>,
) -> Option<TimeMention> {
    let toks = g.t;
    let start = toks.get(m.s)?.start;
    let end = toks.get(m.e.checked_sub(1)?)?.end;
    let text = g.text.get(start..end)?.to_owned();
    let future = |core: &Core| future_of(g, m, core, anchor);
    let (value, granularity, kind, relative) = match &m.expr {
        Expr::Duration(v) => (
            Some(v.clone()),
            duration_granularity(v),
            TimeKind::Duration,
            false,
        ),
        Expr::Date(core) => {
            let (p, relative) = resolve(*core, anchor, future(core), *reference);
            let gran = p
                .or_else(|| resolve_at(*core, dummy_day(), false, None))
                .map_or(Granularity::Day, |p| p.granularity());
            if gran >= Granularity::Year {
                *reference = Some((p, relative));
            }
            (p.map(|p| p.value()), gran, TimeKind::Date, relative)
        }
        Expr::Interval(a, b) => {
            let (pa, ra) = resolve(*a, anchor, future(a), *reference);
            let (pb, rb) = if yearless(a) && yearless(b) {
                // The end follows the start: "between June and August", "Nov. 6-8".
                let fa = future(a);
                let at = |day: NaiveDate| {
                    let start = resolve_at(*a, day, fa, None)?.first_day()?;
                    resolve_at(*b, start, true, None)
                };
                let value = match anchor {
                    Anchor::None => None,
                    Anchor::Day(d) => at(d),
                    Anchor::Window(x, y) => Some(at(x)?).filter(|p| Some(*p) == at(y)),
                };
                (value, true)
            } else {
                resolve(*b, anchor, future(b), *reference)
            };
            let gran = pa
                .or_else(|| resolve_at(*a, dummy_day(), false, None))
                .map_or(Granularity::Year, |p| p.granularity());
            let value = match (pa, pb) {
                (Some(x), Some(y)) => Some(format!("{}/{}", x.value(), y.value())),
                _ => None,
            };
            if gran >= Granularity::Year {
                *reference = Some((pb, rb));
            }
            (value, gran, TimeKind::Interval, ra || rb)
        }
    };
    Some(TimeMention {
        start,
        end,
        text,
        value,
        granularity,
        kind,
        qualifier: m.qual.map(str::to_owned),
        relative,
        preposition: m.prep.map(str::to_owned),
    })
}

fn duration_granularity(v: &str) -> Granularity {
    if v.starts_with("PT") {
        return Granularity::Hour;
    }
    match v.as_bytes().last() {
        Some(b'Y') => Granularity::Year,
        Some(b'M') => Granularity::Month,
        Some(b'W') => Granularity::Week,
        _ => Granularity::Day,
    }
}
