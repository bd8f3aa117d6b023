//! The HTML report's range charts: each source's figure of a numeric fact (amount,
//! count, percent, duration) as the range its hedge allows, from the ranges of
//! [`crate::value`], so `nearly $4 billion` and `$3.85 billion` visibly overlap and
//! `$5 billion` visibly does not.

use serde::Serialize;

use crate::claim::Kind;
use crate::value::{self, Number};

use super::html_chart::{
    FactInfo, Mark, Row, Span, Tick, WIDTH, claim_title, cut, group, names_width, round1, row_names,
};

/// A numeric fact's range chart: each source's figure as the range its hedge allows.
#[derive(Debug, Clone, Serialize)]
pub struct RangeChart {
    pub anchor: String,
    pub fact_anchor: String,
    pub label: String,
    pub status: &'static str,
    pub icon: &'static str,
    /// The unit the axis counts in (`USD`, `%`, `years`), empty for a count.
    pub unit: String,
    pub width: f64,
    pub height: f64,
    pub plot_x: f64,
    pub plot_end: f64,
    pub names_x: f64,
    pub text_x: f64,
    pub axis_y: f64,
    pub ticks: Vec<Tick>,
    /// The consensus band, its top and height.
    pub consensus: Option<Span>,
    pub band_y: f64,
    pub band_h: f64,
    pub rows: Vec<Row>,
    /// Claims not drawn (another unit, or no value), as `source: value`.
    pub skipped: Vec<String>,
}

/// A figure's range, its stated point, and its unit.
fn figure(kind: Kind, value: &str, qualifier: &str) -> Option<(f64, f64, f64, String)> {
    match kind {
        Kind::Amount | Kind::Count | Kind::Percent => {
            let n = Number::parse(value)?;
            let (lo, hi) = n.range(qualifier);
            let f = |x: i128| {
                if x == i128::MAX {
                    f64::INFINITY
                } else {
                    x as f64 / 10_000.0
                }
            };
            Some((f(lo), f(hi), f(n.scaled), n.unit))
        }
        Kind::Duration => {
            let (lo, hi) = value::duration_range(value, qualifier)?;
            let (point, _) = value::duration_range(value, "")?;
            Some((lo, hi, point, "days".to_string()))
        }
        _ => None,
    }
}

/// A round step near `span / 5`: 1, 2, 2.5 or 5 times a power of ten.
fn nice_step(span: f64) -> f64 {
    let raw = span / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let n = raw / mag;
    let f = if n < 1.5 {
        1.0
    } else if n < 2.25 {
        2.0
    } else if n < 3.5 {
        2.5
    } else if n < 7.5 {
        5.0
    } else {
        10.0
    };
    f * mag
}

/// A number for an axis: `3.6bn`, `15k`, `12.5`.
fn compact(x: f64) -> String {
    let (v, suffix) = if x.abs() >= 1e9 {
        (x / 1e9, "bn")
    } else if x.abs() >= 1e6 {
        (x / 1e6, "m")
    } else if x.abs() >= 1e4 {
        (x / 1e3, "k")
    } else {
        (x, "")
    };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}{suffix}")
}

/// A range chart for a numeric fact (amount, count, percent, duration), or none when no
/// claim has a figure.
pub fn range_chart(info: &FactInfo, anchor: String) -> Option<RangeChart> {
    let fact = info.fact;
    let figures: Vec<Option<(f64, f64, f64, String)>> = fact
        .claims
        .iter()
        .map(|c| figure(fact.kind, &c.value, &c.qualifier))
        .collect();
    // The axis counts in the consensus's unit, else in the first figure's.
    let unit = figure(fact.kind, &fact.consensus, "")
        .map(|f| f.3)
        .or_else(|| figures.iter().flatten().next().map(|f| f.3.clone()))?;
    // Durations read in years, months or days, whichever suits the largest.
    let largest = figures
        .iter()
        .flatten()
        .filter(|f| f.3 == unit)
        .map(|f| f.2)
        .fold(0.0, f64::max);
    let (scale, shown_unit) = if unit != "days" {
        (1.0, unit.clone())
    } else if largest >= 730.0 {
        (365.25, "years".to_string())
    } else if largest >= 60.0 {
        (30.4375, "months".to_string())
    } else {
        (1.0, "days".to_string())
    };
    let drawn: Vec<(usize, f64, f64, f64)> = figures
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let f = f.as_ref().filter(|f| f.3 == unit)?;
            Some((i, f.0 / scale, f.1 / scale, f.2 / scale))
        })
        .collect();
    let skipped: Vec<String> = fact
        .claims
        .iter()
        .enumerate()
        .filter(|(i, _)| !drawn.iter().any(|d| d.0 == *i))
        .map(|(i, c)| {
            if c.value.is_empty() {
                format!("{}: no value", info.names[i])
            } else {
                format!(
                    "{}: {} (not comparable)",
                    info.names[i],
                    super::readable(c.kind, &c.value)
                )
            }
        })
        .collect();
    let finite = drawn
        .iter()
        .flat_map(|d| [d.1, d.2, d.3])
        .filter(|x| x.is_finite());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
        (a.min(x), b.max(x))
    });
    let (mut lo, mut hi) = (lo, hi);
    let pad = if hi > lo {
        (hi - lo) * 0.08
    } else {
        (lo.abs() * 0.05).max(1.0)
    };
    lo = if lo >= 0.0 {
        (lo - pad).max(0.0)
    } else {
        lo - pad
    };
    hi += pad;
    if drawn.iter().any(|d| d.2.is_infinite()) {
        hi += (hi - lo) * 0.1;
    }

    // A row per distinct figure: its sources' words differ only in how they say it.
    let groups = group(drawn.iter().map(|&(i, a, b, p)| {
        let c = &fact.claims[i];
        (
            i,
            (
                a,
                b,
                p,
                c.value.as_str(),
                value::hedge_word(&c.qualifier),
                info.outliers[i],
            ),
        )
    }));
    let labels: Vec<String> = groups
        .iter()
        .map(|(_, idx)| {
            row_names(
                &idx.iter()
                    .map(|&i| info.names[i].as_str())
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let names_w = names_width(labels.iter().map(String::as_str));
    let names_x = 8.0 + names_w;
    let plot_x = names_x + 10.0;
    let text_x = WIDTH - 260.0;
    let plot_end = text_x - 16.0;
    let x_of = |v: f64| plot_x + (v - lo) / (hi - lo) * (plot_end - plot_x);
    let row_h = 18.0;
    let top = 6.0;
    let rows: Vec<Row> = groups
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(r, (((a, b, p, value, hedge, outlier), idx), names))| {
            let y = top + r as f64 * row_h;
            let open = b.is_infinite();
            let x0 = x_of(*a);
            let x1 = if open { plot_end } else { x_of(*b) };
            let bar_y = y + (row_h - 10.0) / 2.0;
            let arrow = if open {
                format!(
                    "{},{} {},{} {},{}",
                    round1(plot_end),
                    round1(bar_y - 3.0),
                    round1(plot_end + 8.0),
                    round1(bar_y + 5.0),
                    round1(plot_end),
                    round1(bar_y + 13.0)
                )
            } else {
                String::new()
            };
            let shown = super::readable(fact.kind, value);
            let text = if hedge.is_empty() {
                shown
            } else {
                format!("{hedge} {shown}")
            };
            let marks = idx
                .iter()
                .map(|&i| Mark {
                    x: round1(x0),
                    w: round1((x1 - x0).max(2.0)),
                    y: round1(bar_y),
                    h: 10.0,
                    tick: false,
                    title: claim_title(&info.names[i], &fact.claims[i]),
                })
                .collect();
            Row {
                names,
                all_names: idx
                    .iter()
                    .map(|&i| info.names[i].as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                text_y: round1(y + row_h - 5.0),
                mid_y: round1(bar_y + 5.0),
                outlier: *outlier,
                after_x: round1(x1 + 4.0),
                point_x: round1(x_of(*p)),
                open,
                arrow,
                text: cut(&text, 40),
                marks,
            }
        })
        .collect();
    let axis_y = top + rows.len() as f64 * row_h + 4.0;
    let step = nice_step(hi - lo);
    let mut ticks = Vec::new();
    let mut t = (lo / step).ceil() * step;
    while t <= hi + step * 1e-9 && ticks.len() < 12 {
        let label = match shown_unit.as_str() {
            "%" | "pp" => format!("{}{shown_unit}", compact(t)),
            _ => compact(t),
        };
        ticks.push(Tick {
            x: round1(x_of(t)),
            y: round1(axis_y + 16.0),
            label,
        });
        t += step;
    }
    let consensus = figure(fact.kind, &fact.consensus, "")
        .filter(|f| f.3 == unit)
        .map(|f| {
            let x0 = x_of(f.0 / scale);
            let x1 = if f.1.is_infinite() {
                plot_end
            } else {
                x_of(f.1 / scale)
            };
            Span {
                x: round1(x0 - 2.0),
                w: round1((x1 - x0).max(0.0) + 4.0),
            }
        });
    Some(RangeChart {
        anchor,
        fact_anchor: info.anchor.clone(),
        label: fact.label.clone(),
        status: fact.status.as_str(),
        icon: info.icon,
        unit: if fact.kind == Kind::Count {
            String::new()
        } else {
            shown_unit
        },
        width: WIDTH,
        height: round1(axis_y + 22.0),
        plot_x,
        plot_end,
        names_x,
        text_x,
        axis_y: round1(axis_y),
        ticks,
        consensus,
        band_y: 2.0,
        band_h: round1(axis_y - 2.0),
        rows,
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::super::html_chart::testing::*;
    use super::*;
    use crate::reconcile::Status;

    /// The drawn stretch of a range chart's row of a source.
    fn stretch(chart: &RangeChart, source: &str) -> (f64, f64) {
        let row = chart.rows.iter().find(|r| r.names == source).unwrap();
        (row.marks[0].x, row.marks[0].x + row.marks[0].w)
    }

    #[test]
    fn a_hedged_figure_overlaps_what_it_allows_and_not_what_it_does_not() {
        let f = fact(
            Kind::Amount,
            Status::Conflict,
            "3850000000 USD",
            vec![
                claim("a", Kind::Amount, "4000000000 USD", "nearly"),
                claim("b", Kind::Amount, "3850000000 USD", ""),
                claim("c", Kind::Amount, "5000000000 USD", ""),
            ],
        );
        let chart = range_chart(&info(&f), "figure-1".into()).unwrap();
        let (a, b, c) = (
            stretch(&chart, "a"),
            stretch(&chart, "b"),
            stretch(&chart, "c"),
        );
        assert!(
            a.0 <= b.0 && b.1 <= a.1,
            "nearly 4bn covers 3.85bn: {a:?} {b:?}"
        );
        assert!(c.0 > a.1 && c.0 > b.1, "5bn lies apart: {a:?} {b:?} {c:?}");
        let out: Vec<bool> = chart.rows.iter().map(|r| r.outlier).collect();
        assert_eq!(out, [false, false, true]);
        assert_eq!(chart.unit, "USD");
        assert!(
            chart.ticks.iter().any(|t| t.label == "4bn"),
            "{:?}",
            chart.ticks
        );
    }

    #[test]
    fn an_open_figure_runs_to_the_edge() {
        let f = fact(
            Kind::Count,
            Status::Partial,
            "3200",
            vec![
                claim("a", Kind::Count, "3000", "more than"),
                claim("b", Kind::Count, "3200", ""),
            ],
        );
        let chart = range_chart(&info(&f), "figure-1".into()).unwrap();
        let a = &chart.rows[0];
        assert!(a.open && !a.arrow.is_empty());
        assert_eq!(stretch(&chart, "a").1, round1(chart.plot_end));
        assert!(!chart.rows[1].open);
        assert_eq!(chart.unit, "", "a count has no unit");
    }

    #[test]
    fn axis_numbers_are_compact() {
        assert_eq!(compact(3_600_000_000.0), "3.6bn");
        assert_eq!(compact(15_000.0), "15k");
        assert_eq!(compact(2.5), "2.5");
        assert_eq!(nice_step(1000.0), 200.0);
    }
}
