//! Geometry of the HTML report's timeline of the date facts, computed from the report's
//! values with the ranges of [`crate::value`], and the parts it shares with the range
//! charts ([`super::html_range`]). Every position is in the units of an SVG `viewBox` [`WIDTH`] wide; the
//! template only draws what it is given.
//!
//! The timeline's axis is shared by every lane but compressed: each stretch between two
//! stated dates gets room by the logarithm of its length, and a stretch no value covers
//! gets less and is drawn hatched, so a day in 2025 and a year in 1979 both read on one
//! axis. Tick labels name the dates where stretches meet.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use crate::claim::{Claim, Kind};
use crate::reconcile::{Fact, Status};
use crate::value;

/// Width of every chart's `viewBox`.
pub const WIDTH: f64 = 1000.0;
/// Width of the timeline's column of fact labels.
const LABEL_W: f64 = 250.0;
/// Height of the axis band above the timeline's lanes.
const AXIS_H: f64 = 40.0;
/// Height of one source's row in a lane.
const ROW_H: f64 = 13.0;
/// Height of a bar inside a row.
const BAR_H: f64 = 9.0;
/// Text line height of a lane label.
const LINE_H: f64 = 14.0;
/// Padding above and below a lane's rows.
const LANE_PAD: f64 = 6.0;
/// Average width of a character at the charts' font size (for fitting labels), and of
/// a bold one.
const CHAR_W: f64 = 6.3;
const BOLD_W: f64 = 7.0;

/// A text label at a position.
#[derive(Debug, Clone, Serialize)]
pub struct Tick {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// A line of text at a height.
#[derive(Debug, Clone, Serialize)]
pub struct TextLine {
    pub y: f64,
    pub text: String,
}

/// A horizontal stretch.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Span {
    pub x: f64,
    pub w: f64,
}

/// One claim's value drawn in a chart: a bar, or for a single day a thin tick.
#[derive(Debug, Clone, Serialize)]
pub struct Mark {
    pub x: f64,
    pub w: f64,
    pub y: f64,
    pub h: f64,
    /// True for a single day (drawn as a tick), false for a bar.
    pub tick: bool,
    /// The source, its value and words, as a tooltip.
    pub title: String,
}

/// A row of a chart: the sources that state one value, a mark for each claim (drawn
/// over each other: they cover the same span).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Who says it: short names, or `N sources` when they do not fit.
    pub names: String,
    /// Every source of the row, for the tooltip of the names.
    pub all_names: String,
    /// Baseline of the row's text, and the middle of its bar.
    pub text_y: f64,
    pub mid_y: f64,
    /// The value contradicts the consensus (or, with no consensus, is in the dispute).
    pub outlier: bool,
    /// X of the conflict marker after the bar.
    pub after_x: f64,
    /// Where the stated figure itself lies (range charts).
    pub point_x: f64,
    /// The range has no upper end (`at least`): the bar runs to the edge, with an arrow
    /// whose triangle these points draw.
    pub open: bool,
    pub arrow: String,
    /// The value as written beside a range chart's bar (`nearly 9,000,000,000 USD`).
    pub text: String,
    pub marks: Vec<Mark>,
}

/// One fact's lane on the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Lane {
    /// Anchor of the fact's row in the table.
    pub anchor: String,
    pub status: &'static str,
    pub icon: &'static str,
    /// The label in at most two lines (cut with `…`), and in full for the tooltip.
    pub lines: Vec<TextLine>,
    pub label: String,
    pub y: f64,
    pub h: f64,
    /// The shaded band of the consensus value, when it has one, and its top and height.
    pub consensus: Option<Span>,
    pub band_y: f64,
    pub band_h: f64,
    pub rows: Vec<Row>,
    /// Sources whose words have no date to draw (unanchored), named under the label.
    pub unplaced: Option<TextLine>,
}

/// The timeline of the date facts.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub width: f64,
    pub height: f64,
    /// Left edge of the plot and right edge of the source names.
    pub plot_x: f64,
    pub names_x: f64,
    /// Top and height of the lanes.
    pub plot_y: f64,
    pub plot_h: f64,
    /// Dates where the axis's stretches meet (a grid line each) and the labelled ones.
    pub grid: Vec<f64>,
    pub ticks: Vec<Tick>,
    /// Stretches that no value covers, drawn compressed (hatched).
    pub gaps: Vec<Span>,
    pub lanes: Vec<Lane>,
}

/// What a chart needs to know of a fact besides its claims.
pub struct FactInfo<'a> {
    pub fact: &'a Fact,
    pub anchor: String,
    pub icon: &'static str,
    /// Short source names, by the claims' order.
    pub names: Vec<String>,
    /// Which claims are outliers, by the claims' order.
    pub outliers: Vec<bool>,
}

/// The first and the day after the last day a date or interval value covers.
fn day_span(kind: Kind, value: &str, qualifier: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = match kind {
        Kind::Date => value::date_range(value, qualifier)?,
        Kind::Interval => {
            let (s, e) = value.split_once('/')?;
            (value::date_range(s, "")?.0, value::date_range(e, "")?.1)
        }
        _ => return None,
    };
    Some((a, b + Duration::days(1)))
}

/// The compressed time axis: breakpoints (days) and the x of each.
struct Axis {
    days: Vec<i64>,
    xs: Vec<f64>,
    covered: Vec<bool>,
}

impl Axis {
    fn new(spans: &[(i64, i64)], x0: f64, x1: f64) -> Axis {
        let mut days: Vec<i64> = spans.iter().flat_map(|&(a, b)| [a, b]).collect();
        days.sort_unstable();
        days.dedup();
        let covered: Vec<bool> = days
            .windows(2)
            .map(|w| spans.iter().any(|&(a, b)| a <= w[0] && w[1] <= b))
            .collect();
        let weights: Vec<f64> = days
            .windows(2)
            .zip(&covered)
            .map(|(w, &c)| {
                let room = 1.0 + ((w[1] - w[0]) as f64).log2();
                if c { room } else { 0.3 * room }
            })
            .collect();
        let total: f64 = weights.iter().sum::<f64>().max(f64::MIN_POSITIVE);
        let mut xs = vec![x0];
        let mut acc = 0.0;
        for w in &weights {
            acc += w;
            xs.push(x0 + acc / total * (x1 - x0));
        }
        Axis { days, xs, covered }
    }

    fn x(&self, day: i64) -> f64 {
        let i = self.days.partition_point(|&d| d <= day);
        if i == 0 {
            return self.xs[0];
        }
        if i >= self.days.len() {
            return *self.xs.last().unwrap_or(&0.0);
        }
        let (d0, d1) = (self.days[i - 1], self.days[i]);
        let t = (day - d0) as f64 / (d1 - d0) as f64;
        self.xs[i - 1] + t * (self.xs[i] - self.xs[i - 1])
    }
}

fn days(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

pub(super) fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A date as a tick label: `1980`, `Apr 2025`, `3 Jul 2025`.
fn date_label(d: NaiveDate) -> String {
    if d.month() == 1 && d.day() == 1 {
        d.format("%Y").to_string()
    } else if d.day() == 1 {
        d.format("%b %Y").to_string()
    } else {
        d.format("%-d %b %Y").to_string()
    }
}

/// Cuts text to at most `max` characters, ending with `…` when cut.
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s = s.trim_end().to_string();
    s.push('…');
    s
}

/// A label in at most two lines of `max` characters, broken at a space.
fn two_lines(text: &str, max: usize) -> Vec<String> {
    if text.chars().count() <= max {
        return vec![text.to_string()];
    }
    let mut first = String::new();
    let mut rest = text;
    for (i, w) in text.split(' ').enumerate() {
        let len = first.chars().count() + w.chars().count() + usize::from(i > 0);
        if len > max {
            break;
        }
        if i > 0 {
            first.push(' ');
        }
        first.push_str(w);
        rest = text[first.len()..].trim_start();
    }
    if first.is_empty() {
        return vec![cut(text, max)];
    }
    vec![first, cut(rest, max)]
}

/// Most characters a row's names take before they read `N sources`.
const NAMES_MAX: usize = 22;

/// The names of a row's sources: `000, 001, 003` when they fit, else `4 sources`.
pub(super) fn row_names(names: &[&str]) -> String {
    let joined = names.join(", ");
    if names.len() == 1 {
        cut(&joined, NAMES_MAX)
    } else if joined.chars().count() <= NAMES_MAX {
        joined
    } else {
        format!("{} sources", names.len())
    }
}

/// The width the row names need (shortest 24, widest 150 units).
pub(super) fn names_width<'a>(names: impl Iterator<Item = &'a str>) -> f64 {
    let longest = names.map(|n| n.chars().count()).max().unwrap_or(0);
    (longest as f64 * CHAR_W + 10.0).clamp(24.0, 150.0)
}

pub(super) fn claim_title(name: &str, c: &Claim) -> String {
    let value = if c.value.is_empty() {
        "no value".to_string()
    } else if c.qualifier.is_empty() {
        super::readable(c.kind, &c.value)
    } else {
        format!("{} {}", c.qualifier, super::readable(c.kind, &c.value))
    };
    format!("{name}: {value} — “{}”", c.stated)
}

/// Claims grouped by a key, in first-seen order: the claims' indexes per key.
pub(super) fn group<K: PartialEq>(keys: impl Iterator<Item = (usize, K)>) -> Vec<(K, Vec<usize>)> {
    let mut groups: Vec<(K, Vec<usize>)> = Vec::new();
    for (i, k) in keys {
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, v)) => v.push(i),
            None => groups.push((k, vec![i])),
        }
    }
    groups
}

/// The rows of a fact's lane: one per distinct span (and outlier flag).
fn lane_rows(f: &FactInfo) -> Vec<((i64, i64, bool), Vec<usize>)> {
    group(f.fact.claims.iter().enumerate().filter_map(|(i, c)| {
        let (a, b) = day_span(f.fact.kind, &c.value, &c.qualifier)?;
        Some((i, (days(a), days(b), f.outliers[i])))
    }))
}

/// The timeline of a report's date and interval facts, or none when no fact has a
/// date to draw.
pub fn timeline(facts: &[FactInfo]) -> Option<Timeline> {
    let dated: Vec<&FactInfo> = facts
        .iter()
        .filter(|f| matches!(f.fact.kind, Kind::Date | Kind::Interval))
        .collect();
    let mut spans: Vec<(i64, i64)> = Vec::new();
    let mut groups = Vec::new();
    for f in &dated {
        let rows = lane_rows(f);
        spans.extend(rows.iter().map(|((a, b, _), _)| (*a, *b)));
        if let Some((a, b)) = day_span(f.fact.kind, &f.fact.consensus, "") {
            spans.push((days(a), days(b)));
        }
        groups.push(rows);
    }
    if spans.is_empty() {
        return None;
    }
    let row_label = |f: &FactInfo, idx: &[usize]| {
        row_names(&idx.iter().map(|&i| f.names[i].as_str()).collect::<Vec<_>>())
    };
    let labels: Vec<String> = dated
        .iter()
        .zip(&groups)
        .flat_map(|(f, rows)| rows.iter().map(|(_, idx)| row_label(f, idx)))
        .collect();
    let names_w = names_width(labels.iter().map(String::as_str));
    let names_x = LABEL_W + names_w;
    let plot_x = names_x + 8.0;
    let plot_end = WIDTH - 24.0;
    let axis = Axis::new(&spans, plot_x, plot_end);
    let label_chars = ((LABEL_W - 10.0) / BOLD_W) as usize;

    let mut lanes = Vec::new();
    let mut y = AXIS_H;
    for (f, rows) in dated.iter().zip(groups) {
        let lines = two_lines(&format!("{} {}", f.icon, f.fact.label), label_chars);
        let unplaced: Vec<String> = f
            .fact
            .claims
            .iter()
            .enumerate()
            .filter(|(i, _)| !rows.iter().any(|(_, idx)| idx.contains(i)))
            .map(|(i, c)| {
                if c.value.is_empty() {
                    f.names[i].clone()
                } else {
                    format!("{} ({})", f.names[i], c.value)
                }
            })
            .collect();
        let mut row_y = y + LANE_PAD;
        let mut out_rows = Vec::new();
        for ((a, b, outlier), idx) in rows {
            let (x0, x1) = (axis.x(a), axis.x(b));
            let tick = b - a == 1;
            let (x, w, bar_y, bar_h) = if tick {
                ((x0 + x1) / 2.0 - 1.5, 3.0, row_y, ROW_H - 1.0)
            } else {
                (x0, (x1 - x0).max(2.0), row_y + (ROW_H - BAR_H) / 2.0, BAR_H)
            };
            let marks = idx
                .iter()
                .map(|&i| Mark {
                    x: round1(x),
                    w: round1(w),
                    y: round1(bar_y),
                    h: bar_h,
                    tick,
                    title: claim_title(&f.names[i], &f.fact.claims[i]),
                })
                .collect();
            out_rows.push(Row {
                names: row_label(f, &idx),
                all_names: idx
                    .iter()
                    .map(|&i| f.names[i].as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                text_y: round1(row_y + ROW_H - 3.0),
                mid_y: round1(row_y + ROW_H / 2.0),
                outlier,
                after_x: round1(x + w + 3.0),
                point_x: round1(x + w / 2.0),
                open: false,
                arrow: String::new(),
                text: String::new(),
                marks,
            });
            row_y += ROW_H;
        }
        let rows_h = row_y - y - LANE_PAD;
        let text_lines = lines.len() + usize::from(!unplaced.is_empty());
        let h = (rows_h.max(text_lines as f64 * LINE_H) + 2.0 * LANE_PAD).max(28.0);
        let consensus = day_span(f.fact.kind, &f.fact.consensus, "").map(|(a, b)| {
            let (x0, x1) = (axis.x(days(a)), axis.x(days(b)));
            Span {
                x: round1(x0 - 1.0),
                w: round1((x1 - x0).max(1.0) + 2.0),
            }
        });
        let line_y = |i: usize| round1(y + LANE_PAD + 10.0 + i as f64 * LINE_H);
        lanes.push(Lane {
            anchor: f.anchor.clone(),
            status: f.fact.status.as_str(),
            icon: f.icon,
            unplaced: (!unplaced.is_empty()).then(|| TextLine {
                y: line_y(lines.len()),
                text: cut(&format!("no date: {}", unplaced.join(", ")), label_chars),
            }),
            lines: lines
                .into_iter()
                .enumerate()
                .map(|(i, text)| TextLine { y: line_y(i), text })
                .collect(),
            label: f.fact.label.clone(),
            y: round1(y),
            h: round1(h),
            consensus,
            band_y: round1(y + 2.0),
            band_h: round1(h - 4.0),
            rows: out_rows,
        });
        y += h;
    }

    // Labels at the breakpoints where a stated span starts first, then at the others,
    // each on the first of two lines where it runs into no label already placed.
    let mut order: Vec<usize> = (0..axis.days.len()).collect();
    order.sort_by_key(|&i| !spans.iter().any(|s| s.0 == axis.days[i]));
    let mut placed: Vec<(usize, f64, f64, Tick)> = Vec::new();
    for i in order {
        let day = NaiveDate::from_num_days_from_ce_opt(i32::try_from(axis.days[i]).ok()?)?;
        let label = date_label(day);
        let half = label.chars().count() as f64 * CHAR_W / 2.0;
        let x = axis.xs[i].clamp(plot_x + half, WIDTH - half - 4.0);
        let (left, right) = (x - half - 4.0, x + half + 4.0);
        let free = |level: usize| {
            !placed
                .iter()
                .any(|(l, a, b, _)| *l == level && left < *b && *a < right)
        };
        // A span's start may take the second line; where a span ends only the first.
        let start = spans.iter().any(|s| s.0 == axis.days[i]);
        let Some(level) = (0..1 + usize::from(start)).find(|&l| free(l)) else {
            continue;
        };
        placed.push((
            level,
            left,
            right,
            Tick {
                x: round1(x),
                y: AXIS_H - 8.0 - 13.0 * (1 - level) as f64,
                label,
            },
        ));
    }
    placed.sort_by(|a, b| a.1.total_cmp(&b.1));
    let ticks = placed.into_iter().map(|(_, _, _, t)| t).collect();
    let gaps = axis
        .xs
        .windows(2)
        .zip(&axis.covered)
        .filter(|(_, covered)| !**covered)
        .map(|(x, _)| Span {
            x: round1(x[0]),
            w: round1(x[1] - x[0]),
        })
        .collect();
    Some(Timeline {
        width: WIDTH,
        height: round1(y + 4.0),
        plot_x,
        names_x,
        plot_y: AXIS_H,
        plot_h: round1(y - AXIS_H),
        grid: axis.xs.iter().map(|&x| round1(x)).collect(),
        ticks,
        gaps,
        lanes,
    })
}

/// True when a fact's claim contradicts its consensus: a conflict's outliers, or every
/// valued claim of a conflict whose sources split evenly (no consensus). The reconciler
/// decided the status; this only says which claims to mark.
pub fn outlier(fact: &Fact, c: &Claim) -> bool {
    if fact.status != Status::Conflict || c.value.is_empty() {
        return false;
    }
    fact.consensus.is_empty()
        || value::compare(fact.kind, (&c.value, &c.qualifier), (&fact.consensus, ""))
            == value::Relation::Disjoint
}

#[cfg(test)]
pub(super) mod testing {
    use super::*;
    use crate::corpus::PublishedHow;

    pub fn claim(source: &str, kind: Kind, value: &str, qualifier: &str) -> Claim {
        Claim {
            fact: "f".into(),
            label: "F".into(),
            kind,
            source: source.into(),
            published: String::new(),
            published_how: PublishedHow::Unknown,
            stated: value.into(),
            value: value.into(),
            qualifier: qualifier.into(),
            evidence: "".into(),
            line: 1,
            start: 0,
            end: 0,
            rule: "r".into(),
            times: 1,
            score: None,
            tally: false,
            published_note: String::new(),
        }
    }

    pub fn fact(kind: Kind, status: Status, consensus: &str, claims: Vec<Claim>) -> Fact {
        Fact {
            id: "f".into(),
            label: "F".into(),
            kind,
            status,
            consensus: consensus.into(),
            note: String::new(),
            claims,
        }
    }

    pub fn info(f: &Fact) -> FactInfo<'_> {
        FactInfo {
            fact: f,
            anchor: "fact-1".into(),
            icon: "✗",
            names: f.claims.iter().map(|c| c.source.clone()).collect(),
            outliers: f.claims.iter().map(|c| outlier(f, c)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn the_timeline_draws_days_as_ticks_months_as_bars_on_one_axis() {
        let delisting = fact(
            Kind::Date,
            Status::Conflict,
            "2025-04",
            vec![
                claim("a", Kind::Date, "2025-04", ""),
                claim("b", Kind::Date, "2025-04", ""),
                claim("c", Kind::Date, "2025-07", ""),
                claim("d", Kind::Date, "", ""),
            ],
        );
        let recognition = fact(
            Kind::Date,
            Status::Agree,
            "2025-07-03",
            vec![claim("a", Kind::Date, "2025-07-03", "")],
        );
        let infos = [info(&delisting), info(&recognition)];
        let t = timeline(&infos).unwrap();
        assert_eq!(t.lanes.len(), 2);
        let lane = &t.lanes[0];
        // A row per distinct value, a mark per claim with a date.
        assert_eq!(lane.rows.len(), 2);
        assert_eq!(lane.rows[0].names, "a, b");
        assert_eq!(lane.rows.iter().map(|r| r.marks.len()).sum::<usize>(), 3);
        assert!(lane.rows[1].outlier && !lane.rows[0].outlier);
        assert_eq!(lane.unplaced.as_ref().unwrap().text, "no date: d");
        let (april, july) = (&lane.rows[0].marks[0], &lane.rows[1].marks[0]);
        assert!(
            !april.tick && april.x + april.w < july.x,
            "{april:?} {july:?}"
        );
        let band = lane.consensus.unwrap();
        assert!(band.x <= april.x && april.x + april.w <= band.x + band.w);
        // The day lies inside July, on the same axis.
        let day = &t.lanes[1].rows[0].marks[0];
        assert!(day.tick && july.x < day.x && day.x + day.w < july.x + july.w);
        // The axis runs left to right, and the stretch between April and July is a gap.
        assert!(t.grid.windows(2).all(|w| w[0] <= w[1]));
        assert!(
            t.gaps
                .iter()
                .any(|g| g.x >= april.x + april.w - 0.2 && g.x < july.x)
        );
        assert!(
            t.ticks.iter().any(|k| k.label == "Apr 2025"),
            "{:?}",
            t.ticks
        );
    }

    #[test]
    fn intervals_are_spans_and_labels_fit_two_lines() {
        let f = fact(
            Kind::Interval,
            Status::Agree,
            "1996/2001",
            vec![claim("a", Kind::Interval, "1996/2001", "")],
        );
        let t = timeline(&[info(&f)]).unwrap();
        let m = &t.lanes[0].rows[0].marks[0];
        assert!(!m.tick && m.w > 100.0, "{m:?}");
        assert_eq!(
            two_lines("Taliban removed from a list of banned organisations", 30),
            ["Taliban removed from a list of", "banned organisations"]
        );
        assert_eq!(cut("abcdef", 4), "abc…");
    }
}
