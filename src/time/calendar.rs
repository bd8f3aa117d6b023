//! Calendar values and the arithmetic that resolves relative expressions against a day.

use chrono::{Datelike, Duration, NaiveDate};

use super::Granularity;

/// A point or period on the calendar, at its own granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Point {
    /// `19` → `19XX`.
    Century(i32),
    /// `199` → `199X`.
    Decade(i32),
    Year(i32),
    Half(i32, u32),
    /// Season 0 spring .. 3 winter.
    Season(i32, u32),
    Quarter(i32, u32),
    Month(i32, u32),
    /// ISO week-year and week.
    Week(i32, u32),
    Weekend(i32, u32),
    Day(NaiveDate),
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

impl Point {
    pub fn value(&self) -> String {
        match *self {
            Point::Century(c) => format!("{c:02}XX"),
            Point::Decade(d) => format!("{d:03}X"),
            Point::Year(y) => format!("{y:04}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{}", SEASONS[(s % 4) as usize]),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Day(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    pub fn granularity(&self) -> Granularity {
        match self {
            Point::Century(_) => Granularity::Century,
            Point::Decade(_) => Granularity::Decade,
            Point::Year(_) => Granularity::Year,
            Point::Half(..) => Granularity::Half,
            Point::Season(..) => Granularity::Season,
            Point::Quarter(..) => Granularity::Quarter,
            Point::Month(..) => Granularity::Month,
            Point::Week(..) | Point::Weekend(..) => Granularity::Week,
            Point::Day(_) => Granularity::Day,
        }
    }

    /// The calendar year, when the point lies inside one.
    pub fn year(&self) -> Option<i32> {
        match *self {
            Point::Century(_) | Point::Decade(_) => None,
            Point::Year(y)
            | Point::Half(y, _)
            | Point::Season(y, _)
            | Point::Quarter(y, _)
            | Point::Month(y, _) => Some(y),
            Point::Week(y, w) | Point::Weekend(y, w) => {
                NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Thu).map(|d| d.year())
            }
            Point::Day(d) => Some(d.year()),
        }
    }

    /// The first day of the period.
    pub fn first_day(&self) -> Option<NaiveDate> {
        match *self {
            Point::Century(c) => NaiveDate::from_ymd_opt(c * 100, 1, 1),
            Point::Decade(d) => NaiveDate::from_ymd_opt(d * 10, 1, 1),
            Point::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Point::Half(y, h) => NaiveDate::from_ymd_opt(y, 6 * h - 5, 1),
            Point::Season(y, s) => NaiveDate::from_ymd_opt(y, 3 * s + 3, 1),
            Point::Quarter(y, q) => NaiveDate::from_ymd_opt(y, 3 * q - 2, 1),
            Point::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Point::Week(y, w) | Point::Weekend(y, w) => {
                NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
            }
            Point::Day(d) => Some(d),
        }
    }

    fn month(&self) -> Option<(i32, u32)> {
        match *self {
            Point::Month(y, m) => Some((y, m)),
            Point::Day(d) => Some((d.year(), d.month())),
            _ => None,
        }
    }

    fn day(&self) -> Option<NaiveDate> {
        match *self {
            Point::Day(d) => Some(d),
            _ => None,
        }
    }
}

/// A part of a year named without its year: `April`, `July 3`, `the third quarter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sub {
    Month(u32),
    Quarter(u32),
    Half(u32),
    Season(u32),
}

impl Sub {
    pub fn in_year(self, y: i32) -> Option<Point> {
        Some(match self {
            Sub::Month(m) => Point::Month(y, m),
            Sub::Quarter(q) => Point::Quarter(y, q),
            Sub::Half(h) => Point::Half(y, h),
            Sub::Season(s) => Point::Season(y, s),
        })
    }

    /// Start of the part as (month, day), to compare with the anchor.
    fn start(self) -> (u32, u32) {
        match self {
            Sub::Month(m) => (m, 1),
            Sub::Quarter(q) => (3 * q - 2, 1),
            Sub::Half(h) => (6 * h - 5, 1),
            Sub::Season(s) => (3 * s + 3, 1),
        }
    }

    /// The anchor's own part of the same kind, as a comparable start (month, day).
    fn anchor_start(self, a: NaiveDate) -> (u32, u32) {
        let m = a.month();
        match self {
            Sub::Month(_) => (m, 1),
            Sub::Quarter(_) => (3 * ((m - 1) / 3) + 1, 1),
            Sub::Half(_) => (if m <= 6 { 1 } else { 7 }, 1),
            // Seasons start in March, June, September, December; Jan/Feb belong to the
            // winter that started in the previous December (handled by the caller).
            Sub::Season(_) => (m, 1),
        }
    }
}

/// How a weekday is picked relative to the anchor day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WdMode {
    /// `on Thursday`: on or before the anchor, after it when the tense is future.
    Bare,
    /// `last Thursday`: strictly before.
    Last,
    /// `next Thursday`: strictly after.
    Next,
    /// `this Thursday`: the most recent on or before the anchor in the past tense,
    /// otherwise the next on or after it (the one of the current week while it is
    /// still ahead).
    This,
}

/// A holiday on the civil calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hol {
    /// Same month and day every year: `Christmas Day` (12, 25).
    Fixed(u32, u32),
    /// US Thanksgiving (the fourth Thursday of November) shifted by some days: `Black
    /// Friday` is 1.
    Thanksgiving(i64),
    /// Easter Sunday (Gregorian computus) shifted by some days: `Good Friday` is -2.
    Easter(i64),
    /// The `n`-th (-1: last) weekday `wd` (0 Monday) of month `m`: `Memorial Day` is
    /// `Nth(5, 0, -1)`.
    Nth(u32, u32, i8),
}

impl Hol {
    pub fn in_year(self, y: i32) -> Option<NaiveDate> {
        match self {
            Hol::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
            Hol::Thanksgiving(off) => add_days(nth_weekday(y, 11, 3, 4)?, off),
            Hol::Easter(off) => add_days(easter(y)?, off),
            Hol::Nth(m, wd, n) => nth_or_last(y, m, wd, n),
        }
    }
}

/// How a holiday's year is picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolMode {
    /// `on Christmas Day`: the next on or after the anchor in the future tense, else the
    /// nearest, preferring the past (as a month and day without a year).
    Tensed,
    /// `last Christmas`: strictly before.
    Last,
    /// `next Christmas`: strictly after.
    Next,
    /// `this Christmas`: the anchor's year.
    This,
}

/// Easter Sunday of year `y` by the Gregorian computus (the anonymous algorithm of
/// Meeus/Jones/Butcher).
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The `n`-th weekday of a month, or the last one when `n` is negative.
pub(crate) fn nth_or_last(y: i32, m: u32, wd: u32, n: i8) -> Option<NaiveDate> {
    if n < 0 {
        last_weekday(y, m, wd)
    } else {
        nth_weekday(y, m, wd, u32::try_from(n).ok()?)
    }
}

/// The last day of a month.
pub(crate) fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = add_months(y, m, 1);
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// The `n`-th (1-based) weekday `wd` (0 Monday) of a month.
fn nth_weekday(y: i32, m: u32, wd: u32, n: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let lead = (wd + 7 - first.weekday().num_days_from_monday()) % 7;
    let d = add_days(first, i64::from(lead + 7 * (n.checked_sub(1)?)))?;
    (d.month() == m).then_some(d)
}

/// The last weekday `wd` of a month.
fn last_weekday(y: i32, m: u32, wd: u32) -> Option<NaiveDate> {
    let last = last_day(y, m)?;
    let back = (last.weekday().num_days_from_monday() + 7 - wd) % 7;
    add_days(last, -i64::from(back))
}

/// `the first week of March` (`n` 1), `the last week of June` (`n` -1): the ISO week
/// holding the month's `n`-th (or last) Thursday, so that the first week is the one
/// holding the 1st when the 1st falls Monday to Thursday, else the week after, and the
/// last week is the last one with four days or more in the month.
pub(crate) fn month_week(y: i32, m: u32, n: i64) -> Option<Point> {
    let thu = if n < 0 {
        last_weekday(y, m, 3)?
    } else {
        nth_weekday(y, m, 3, u32::try_from(n).ok()?)?
    };
    let (wy, w) = week_of(thu);
    Some(Point::Week(wy, w))
}

/// A value that depends on the anchor day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Days(i64),
    Weeks(i64),
    Weekend(i64),
    /// `the weekend` (0), `this weekend` (1), `this past weekend` (-1): past tense the
    /// most recent weekend (the anchor's own on a Saturday or Sunday), future tense the
    /// anchor week's. Without a tense cue 0 reads as past and 1 as future.
    WeekendNear(i8),
    Months(i64),
    Quarters(i64),
    Years(i64),
    Decades(i64),
    Weekday(u32, WdMode),
    /// A part of a year whose year follows from the tense: `in April`.
    Sub(Sub),
    /// A part of a year with an explicit year offset: `April this year` (0), `July last
    /// year` (-1).
    SubYear(Sub, i64),
    /// `last April` (-1), `next summer` (+1): the nearest such part strictly before or
    /// after the anchor's own.
    SubStep(Sub, i64),
    /// A holiday: `Christmas Day`, `last Halloween`.
    Holiday(Hol, HolMode),
    /// `the first week of March` (1), `the last week of June` (-1): the month's year
    /// follows from the tense like `in March`.
    MonthWeek(u32, i64),
    /// `the September quarter`, `the quarter ended June 30`: the calendar quarter ending
    /// in that month, the month's year following from the tense like `in September`.
    QuarterEnding(u32),
    /// `on the ninth`, `the 23rd`: that day of the anchor's month, else of the month
    /// before (past) or after (future) when the anchor's own is on the wrong side.
    DayOfMonth(u32),
    /// A day picked inside a period named relative to the anchor: `the 15th of last
    /// month`, `the second Friday of this month`, `Tuesday of last week`, `the last
    /// Sunday of April`.
    Pick(Period, Pick),
    /// The first day of the anchor's year (`Y`), quarter (`Q`), month (`M`) or ISO week
    /// (`W`): the start of `so far this year`, `month to date`.
    PeriodStart(char),
    /// `the week of March 9`: the ISO week holding a yearless month-day.
    WeekOf(u32, u32),
    /// An offset of months then days from the anchor, stated at a granularity (`Y`,
    /// `M` or `D`): `in three weeks` (0, 21, D), `a year and two months ago` (-14, 0,
    /// M).
    Shift(i64, i64, char),
}

/// A period relative to the anchor that a day is picked in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// The anchor's month shifted by `n`: `this month` 0, `next month` 1.
    Month(i64),
    /// A month named without a year, its year read from the tense like `in April`.
    NamedMonth(u32),
    /// The anchor's ISO week shifted by `n`.
    Week(i64),
}

/// Which day of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pick {
    /// Day of the month.
    Day(u32),
    /// The `n`-th (-1: last) weekday of the month.
    Nth(u32, i8),
    /// The last day of the month.
    LastDay,
    /// A weekday (0 Monday) of the week.
    Weekday(u32),
}

impl Pick {
    /// The picked day in month `m` of year `y`.
    pub fn in_month(self, y: i32, m: u32) -> Option<NaiveDate> {
        match self {
            Pick::Day(d) => NaiveDate::from_ymd_opt(y, m, d),
            Pick::Nth(wd, n) => nth_or_last(y, m, wd, n),
            Pick::LastDay => last_day(y, m),
            Pick::Weekday(_) => None,
        }
    }
}

/// Units of anaphoric expressions (`a year earlier`, `the following day`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Year,
    Month,
    Week,
    Day,
}

fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

fn week_of(d: NaiveDate) -> (i32, u32) {
    let w = d.iso_week();
    (w.year(), w.week())
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

impl Rel {
    pub fn resolve(self, a: NaiveDate, future: bool) -> Option<Point> {
        let y = a.year();
        Some(match self {
            Rel::Days(n) => Point::Day(add_days(a, n)?),
            Rel::Weeks(n) => {
                let (y, w) = week_of(add_days(a, 7 * n)?);
                Point::Week(y, w)
            }
            Rel::Weekend(n) => {
                let (y, w) = week_of(add_days(a, 7 * n)?);
                Point::Weekend(y, w)
            }
            Rel::WeekendNear(_) => {
                let own = a.weekday().num_days_from_monday() >= 5;
                let back = if future || own { 0 } else { -7 };
                let (y, w) = week_of(add_days(a, back)?);
                Point::Weekend(y, w)
            }
            Rel::Months(n) => {
                let (y, m) = add_months(y, a.month(), n);
                Point::Month(y, m)
            }
            Rel::Quarters(n) => {
                let q = i64::from((a.month() - 1) / 3) + n;
                Point::Quarter(y + q.div_euclid(4) as i32, (q.rem_euclid(4) + 1) as u32)
            }
            Rel::Years(n) => Point::Year(y.checked_add(i32::try_from(n).ok()?)?),
            Rel::Decades(n) => Point::Decade(y.div_euclid(10) + i32::try_from(n).ok()?),
            Rel::Weekday(wd, mode) => {
                let cur = a.weekday().num_days_from_monday();
                let back = i64::from((cur + 7 - wd) % 7);
                let fwd = i64::from((wd + 7 - cur) % 7);
                let d = match (mode, future) {
                    (WdMode::Last, _) => add_days(a, -(if back == 0 { 7 } else { back }))?,
                    (WdMode::Next, _) | (WdMode::Bare, true) => {
                        add_days(a, if fwd == 0 { 7 } else { fwd })?
                    }
                    (WdMode::This, true) => add_days(a, fwd)?,
                    (WdMode::Bare | WdMode::This, false) => add_days(a, -back)?,
                };
                Point::Day(d)
            }
            Rel::Sub(sub) => {
                let (ay, own) = sub_anchor(sub, a);
                let part = sub.start();
                let year = if future {
                    if part >= own { ay } else { ay + 1 }
                } else if part <= own {
                    ay
                } else {
                    ay - 1
                };
                sub.in_year(year)?
            }
            Rel::SubYear(sub, n) => sub.in_year(y.checked_add(i32::try_from(n).ok()?)?)?,
            Rel::SubStep(sub, 0) => {
                // "this summer": the anchor's year; "this winter" in January is the one
                // that began in December.
                let winter_now = sub == Sub::Season(3) && a.month() <= 2;
                sub.in_year(if winter_now { y - 1 } else { y })?
            }
            Rel::SubStep(sub, n) => {
                let (ay, own) = sub_anchor(sub, a);
                let part = sub.start();
                let year = if n < 0 {
                    if part < own { ay } else { ay - 1 }
                } else if part > own {
                    ay
                } else {
                    ay + 1
                };
                sub.in_year(year)?
            }
            Rel::Holiday(h, mode) => {
                let cands = (y - 1..=y + 1).filter_map(|y| h.in_year(y));
                let d = match (mode, future) {
                    (HolMode::This, _) => h.in_year(y)?,
                    (HolMode::Last, _) => cands.filter(|d| *d < a).max()?,
                    (HolMode::Next, _) => cands.filter(|d| *d > a).min()?,
                    (HolMode::Tensed, _) => nearest(cands, a, future)?,
                };
                Point::Day(d)
            }
            Rel::MonthWeek(m, n) => {
                let Point::Month(y, m) = Rel::Sub(Sub::Month(m)).resolve(a, future)? else {
                    return None;
                };
                month_week(y, m, n)?
            }
            Rel::QuarterEnding(m) => {
                let Point::Month(y, m) = Rel::Sub(Sub::Month(m)).resolve(a, future)? else {
                    return None;
                };
                Point::Quarter(y, m.div_ceil(3))
            }
            Rel::DayOfMonth(d) => {
                let cands = (-2..=2).filter_map(|n| {
                    let (y, m) = add_months(y, a.month(), n);
                    NaiveDate::from_ymd_opt(y, m, d)
                });
                Point::Day(nearest(cands, a, future)?)
            }
            Rel::Pick(period, pick) => Point::Day(match (period, pick) {
                (Period::Week(n), Pick::Weekday(wd)) => {
                    let monday =
                        add_days(a, 7 * n - i64::from(a.weekday().num_days_from_monday()))?;
                    add_days(monday, i64::from(wd))?
                }
                (Period::Week(_), _) => return None,
                (Period::Month(n), pick) => {
                    let (y, m) = add_months(y, a.month(), n);
                    pick.in_month(y, m)?
                }
                // a day of a month named without its year: read like `October 15`
                (Period::NamedMonth(m), pick) => nearest(
                    (y - 1..=y + 1).filter_map(|y| pick.in_month(y, m)),
                    a,
                    future,
                )?,
            }),
            Rel::PeriodStart(unit) => Point::Day(match unit {
                'Y' => NaiveDate::from_ymd_opt(y, 1, 1)?,
                'Q' => NaiveDate::from_ymd_opt(y, 3 * ((a.month() - 1) / 3) + 1, 1)?,
                'M' => NaiveDate::from_ymd_opt(y, a.month(), 1)?,
                _ => add_days(a, -i64::from(a.weekday().num_days_from_monday()))?,
            }),
            Rel::Shift(months, days, gran) => {
                let m = chrono::Months::new(u32::try_from(months.unsigned_abs()).ok()?);
                let d = if months >= 0 {
                    a.checked_add_months(m)?
                } else {
                    a.checked_sub_months(m)?
                };
                let d = add_days(d, days)?;
                match gran {
                    'Y' => Point::Year(d.year()),
                    'M' => Point::Month(d.year(), d.month()),
                    _ => Point::Day(d),
                }
            }
            Rel::WeekOf(m, d) => {
                let Some(Point::Day(day)) = super::month_day(m, d, None, a, future) else {
                    return None;
                };
                let (y, w) = week_of(day);
                Point::Week(y, w)
            }
        })
    }
}

/// How far a yearless date ahead of the anchor counts against one behind it: news
/// reports what happened more often than what is to come, but dates both ("Kestrel
/// reports its first quarter on April 17" in a January article is this April, not last).
/// Measured on the date corpora and the test stories: 2 reads more of them than 3 or 4.
const AHEAD_WEIGHT: i64 = 2;

/// The distance of a candidate `k` days from the anchor (negative: before it) as a
/// yearless date weighs it: a day ahead counts [`AHEAD_WEIGHT`] times a day back.
pub(super) fn lean(k: i64) -> i64 {
    if k > 0 { k * AHEAD_WEIGHT } else { -k }
}

/// The day a yearless date falls on, among candidates around the anchor: in the future
/// tense the first on or after the anchor; otherwise the nearest by [`lean`] (as for
/// `July 3` without a year).
fn nearest(
    cands: impl Iterator<Item = NaiveDate>,
    a: NaiveDate,
    future: bool,
) -> Option<NaiveDate> {
    let dist = |c: &NaiveDate| (*c - a).num_days();
    if future {
        cands.filter(|c| dist(c) >= 0).min_by_key(dist)
    } else {
        cands.min_by_key(|c| lean(dist(c)))
    }
}

/// The year and start of the anchor's own part, shifting January and February into the
/// previous year's winter.
fn sub_anchor(sub: Sub, a: NaiveDate) -> (i32, (u32, u32)) {
    match sub {
        Sub::Season(_) if a.month() <= 2 => (a.year() - 1, (12, 1)),
        Sub::Season(_) => (a.year(), ((a.month() / 3) * 3, 1)),
        _ => (a.year(), sub.anchor_start(a)),
    }
}

/// Shifts a reference point by `n` units, at the unit's granularity.
pub(crate) fn shift(reference: Point, unit: Unit, n: i64) -> Option<Point> {
    Some(match unit {
        Unit::Year => Point::Year(reference.year()?.checked_add(i32::try_from(n).ok()?)?),
        Unit::Month => {
            let (y, m) = reference.month()?;
            let (y, m) = add_months(y, m, n);
            Point::Month(y, m)
        }
        Unit::Week => {
            let d = match reference {
                Point::Week(y, w) | Point::Weekend(y, w) => {
                    NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?
                }
                p => p.day()?,
            };
            let (y, w) = week_of(add_days(d, 7 * n)?);
            Point::Week(y, w)
        }
        Unit::Day => Point::Day(add_days(reference.day()?, n)?),
    })
}

/// Resolves at the anchor day.
pub(crate) fn anchor_point(unit: Unit, a: NaiveDate, n: i64) -> Option<Point> {
    shift(Point::Day(a), unit, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekdays() {
        let fri = d("2025-07-04");
        let thu = d("2025-07-03");
        let r = |wd, m, fut, a| Rel::Weekday(wd, m).resolve(a, fut).unwrap().value();
        assert_eq!(r(3, WdMode::Bare, false, fri), "2025-07-03");
        assert_eq!(r(3, WdMode::Bare, false, thu), "2025-07-03");
        assert_eq!(r(3, WdMode::Bare, true, thu), "2025-07-10");
        assert_eq!(r(3, WdMode::Last, false, thu), "2025-06-26");
        assert_eq!(r(0, WdMode::Next, false, fri), "2025-07-07");
    }

    #[test]
    fn holidays_and_month_weeks() {
        for (y, want) in [
            (2023, "2023-11-23"),
            (2024, "2024-11-28"),
            (2025, "2025-11-27"),
        ] {
            let d = Hol::Thanksgiving(0).in_year(y).unwrap();
            assert_eq!(d.format("%Y-%m-%d").to_string(), want);
        }
        let a = d("2024-05-15");
        let r = |h, m, fut| Rel::Holiday(h, m).resolve(a, fut).unwrap().value();
        let xmas = Hol::Fixed(12, 25);
        assert_eq!(r(xmas, HolMode::Tensed, false), "2023-12-25");
        assert_eq!(r(xmas, HolMode::Tensed, true), "2024-12-25");
        assert_eq!(r(Hol::Fixed(5, 15), HolMode::Tensed, false), "2024-05-15");
        assert_eq!(r(Hol::Fixed(5, 15), HolMode::Tensed, true), "2024-05-15");
        assert_eq!(r(Hol::Fixed(5, 15), HolMode::Last, false), "2023-05-15");
        assert_eq!(r(Hol::Fixed(5, 15), HolMode::Next, false), "2025-05-15");
        // 1 Sept 2024 is a Sunday: the first week is 2-8 Sept (W36).
        assert_eq!(month_week(2024, 9, 1).unwrap().value(), "2024-W36");
        // 1 Jan 2026 is a Thursday: W01 of 2026.
        assert_eq!(month_week(2026, 1, 1).unwrap().value(), "2026-W01");
        // Last Thursday of December 2024 is the 26th: W52.
        assert_eq!(month_week(2024, 12, -1).unwrap().value(), "2024-W52");
        assert!(month_week(2025, 2, 5).is_none());
        // weekends: Wednesday anchor, past the week before, future its own
        let wk = |a: &str, fut| Rel::WeekendNear(0).resolve(d(a), fut).unwrap().value();
        assert_eq!(wk("2024-05-15", false), "2024-W19-WE");
        assert_eq!(wk("2024-05-15", true), "2024-W20-WE");
        assert_eq!(wk("2024-05-18", false), "2024-W20-WE");
        assert_eq!(wk("2024-05-20", false), "2024-W20-WE");
        let this = |fut| {
            Rel::Weekday(4, WdMode::This)
                .resolve(a, fut)
                .unwrap()
                .value()
        };
        assert_eq!(this(true), "2024-05-17");
        assert_eq!(this(false), "2024-05-10");
    }

    #[test]
    fn computus_and_rules() {
        for (y, want) in [
            (2019, "2019-04-21"),
            (2020, "2020-04-12"),
            (2021, "2021-04-04"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2038, "2038-04-25"),
            (1818, "1818-03-22"),
        ] {
            assert_eq!(easter(y).unwrap().format("%Y-%m-%d").to_string(), want);
        }
        let memorial = Hol::Nth(5, 0, -1).in_year(2021).unwrap();
        assert_eq!(memorial, d("2021-05-31"));
        assert_eq!(last_day(2024, 2).unwrap(), d("2024-02-29"));
        let a = d("2025-06-20");
        let r = |rel: Rel, fut| rel.resolve(a, fut).unwrap().value();
        assert_eq!(r(Rel::DayOfMonth(9), false), "2025-06-09");
        assert_eq!(r(Rel::DayOfMonth(9), true), "2025-07-09");
        assert_eq!(r(Rel::DayOfMonth(31), false), "2025-05-31");
        assert_eq!(
            r(Rel::Pick(Period::Week(-1), Pick::Weekday(1)), false),
            "2025-06-10"
        );
        assert_eq!(
            r(Rel::Pick(Period::Month(1), Pick::Nth(0, 1)), false),
            "2025-07-07"
        );
        assert_eq!(r(Rel::PeriodStart('Y'), false), "2025-01-01");
    }

    #[test]
    fn subs_and_steps() {
        let a = d("2025-07-04");
        let r = |rel: Rel, fut| rel.resolve(a, fut).unwrap().value();
        assert_eq!(r(Rel::Sub(Sub::Month(4)), false), "2025-04");
        assert_eq!(r(Rel::Sub(Sub::Month(9)), false), "2024-09");
        assert_eq!(r(Rel::Sub(Sub::Month(4)), true), "2026-04");
        assert_eq!(r(Rel::Sub(Sub::Month(7)), true), "2025-07");
        assert_eq!(r(Rel::SubStep(Sub::Season(1), -1), false), "2024-SU");
        assert_eq!(r(Rel::SubStep(Sub::Season(1), 1), false), "2026-SU");
        assert_eq!(r(Rel::Quarters(-1), false), "2025-Q2");
        assert_eq!(r(Rel::Weekend(-1), false), "2025-W26-WE");
        assert_eq!(r(Rel::Months(-7), false), "2024-12");
        let jan = d("2025-01-10");
        assert_eq!(
            Rel::Sub(Sub::Season(3))
                .resolve(jan, false)
                .unwrap()
                .value(),
            "2024-WI"
        );
    }
}
