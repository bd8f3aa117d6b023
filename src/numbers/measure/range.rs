//! Conversions to the canonical units, and measures as exact ranges for comparison.
//!
//! A stated figure covers what rounds to it: `984 ft` is 983.5–984.5 ft, so 299.7708–
//! 300.0756 m. As in `value::compare`, an integer with two or more trailing zeros is a
//! round figure covering half its last non-zero place (`300 m` is 250–350 m; `1,200 ft`
//! 1,150–1,250 ft); temperatures and magnitudes, being on interval scales, always get half
//! the last written digit (`40C` is 39.5–40.5 C). A hedge widens the range: `about`-like
//! hedges by a slack (a tenth of the value; 1 C for temperatures, 0.2 for magnitudes) on
//! both sides; a directional hedge bounds the range at the figure itself, as
//! `value::compare` does: `nearly`-like ones reach the slack below it, `more than`-like
//! ones open it upwards, `up to`-like ones downwards (to zero where the quantity cannot be
//! negative). Ranges are half-open, so two adjacent readings (`6.8 Mw`, `6.9 Mw`) do not
//! meet. A bare `ton` reaches from the short ton (907.18474 kg) to the long ton
//! (1016.0469088 kg).

use super::exact::Exact;
use super::units::{self, UnitDef};
use super::{Quantity, find};
use crate::value::Relation;

/// The unit part of a reading: a unit, optionally per a unit of time (`bbl/d`, `mm/h`),
/// or a counted noun per a unit of time (`vehicles/d`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct UnitSpec {
    base: Base,
    per: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Base {
    Unit(&'static UnitDef),
    Noun(String),
}

impl UnitSpec {
    /// A unit by its stated symbol: `ft`, `km/h`, `bbl/d`, `mm/h`, `vehicles/yr`.
    pub(super) fn resolve(sym: &str) -> Option<UnitSpec> {
        if let Some(u) = units::unit(sym) {
            return Some(UnitSpec {
                base: Base::Unit(u),
                per: None,
            });
        }
        let (base, per) = sym.rsplit_once('/')?;
        let per = ["s", "min", "h", "d", "wk", "mo", "yr"]
            .into_iter()
            .find(|t| *t == per)?;
        let base = match units::unit(base) {
            Some(u) => Base::Unit(u),
            None if !base.is_empty() && base.bytes().all(|b| b.is_ascii_lowercase()) => {
                Base::Noun(base.to_string())
            }
            None => return None,
        };
        UnitSpec::new(base, Some(per))
    }

    fn new(base: Base, per: Option<&'static str>) -> Option<UnitSpec> {
        let spec = UnitSpec { base, per };
        spec.quantity().map(|_| spec)
    }

    /// A unit per a unit of time, when that makes a speed or a rate.
    pub(super) fn per(self, per: &'static str) -> Option<UnitSpec> {
        if self.per.is_some() {
            return None;
        }
        UnitSpec::new(self.base, Some(per))
    }

    /// A counted noun per a unit of time.
    pub(super) fn noun_rate(noun: &str, per: &'static str) -> Option<UnitSpec> {
        UnitSpec::new(Base::Noun(noun.to_string()), Some(per))
    }

    /// What it measures; `None` for a combination that measures nothing (`C/d`).
    pub(super) fn quantity(&self) -> Option<Quantity> {
        match (&self.base, self.per) {
            (Base::Unit(u), None) => Some(u.quantity),
            (Base::Noun(_), None) => None,
            (Base::Unit(u), Some(t)) => match u.quantity {
                // `km per hour` is a speed; `mm per hour` of rain is a rate.
                Quantity::Length
                    if units::is_speed_time(t) && !matches!(u.sym, "mm" | "cm" | "in") =>
                {
                    Some(Quantity::Speed)
                }
                Quantity::Length | Quantity::Volume | Quantity::Mass | Quantity::Area => {
                    Some(Quantity::Rate)
                }
                _ => None,
            },
            (Base::Noun(_), Some(_)) => Some(Quantity::Rate),
        }
    }

    /// The stated unit's symbol: `ft`, `bbl/d`, `mi/h`, `vehicles/d`.
    pub(super) fn symbol(&self) -> String {
        let base = match &self.base {
            Base::Unit(u) => u.sym,
            Base::Noun(n) => n.as_str(),
        };
        match self.per {
            Some(t) => format!("{base}/{t}"),
            None => base.to_string(),
        }
    }

    /// The canonical unit values are written in: `m`, `km/h`, `l/d`, `vehicles/d`.
    pub(super) fn canonical(&self) -> String {
        match self.quantity() {
            Some(Quantity::Rate) => {
                let base = match &self.base {
                    Base::Unit(u) => u.quantity.canonical(),
                    Base::Noun(n) => n.as_str(),
                };
                format!("{base}/d")
            }
            // Degrees of no stated scale stay as stated: never a guessed conversion.
            Some(_) if self.is_unscaled() => "deg".to_string(),
            Some(q) => q.canonical().to_string(),
            None => String::new(),
        }
    }

    fn is_unscaled(&self) -> bool {
        matches!(&self.base, Base::Unit(u) if u.sym == "deg")
    }

    fn is_fahrenheit(&self) -> bool {
        matches!(&self.base, Base::Unit(u) if u.sym == "F")
    }

    /// Canonical units per stated unit: `(nominal, low, high)`; they differ only for a
    /// bare `ton` (nominally 1000 kg, low the short ton, high the long ton).
    fn factors(&self) -> Option<(Exact, Exact, Exact)> {
        let (nominal, lo, hi) = match &self.base {
            Base::Unit(u) if u.sym == "F" => {
                let f = Exact::new(5, 9)?;
                (f, f, f)
            }
            Base::Unit(u) => {
                let f = Exact::parse(u.factor)?;
                if u.sym == "ton" {
                    let (lo, hi) = units::TON_SPAN;
                    (f, Exact::parse(lo)?, Exact::parse(hi)?)
                } else {
                    (f, f, f)
                }
            }
            Base::Noun(_) => {
                let one = Exact::from_int(1);
                (one, one, one)
            }
        };
        let Some(t) = self.per else {
            return Some((nominal, lo, hi));
        };
        let (n, d) = units::time_days(t)?;
        let mut div = Exact::new(n, d)?;
        if self.quantity() == Some(Quantity::Speed) {
            // Metres per unit of time to km/h: ÷1000, and a day is 24 hours.
            div = div.checked_mul(Exact::from_int(24_000))?;
        }
        Some((
            nominal.checked_div(div)?,
            lo.checked_div(div)?,
            hi.checked_div(div)?,
        ))
    }

    fn nominal(&self) -> Option<Exact> {
        self.factors().map(|f| f.0)
    }

    /// The figure in canonical units.
    pub(super) fn convert(&self, x: Exact) -> Option<Exact> {
        let f = self.nominal()?;
        if self.is_fahrenheit() {
            return x.checked_sub(Exact::from_int(32))?.checked_mul(f);
        }
        x.checked_mul(f)
    }

    /// A width in stated units (a precision) in canonical units.
    pub(super) fn convert_width(&self, w: Exact) -> Option<Exact> {
        w.checked_mul(self.nominal()?)
    }

    /// The figure bounds `lo..hi` in canonical units, widest factor on each side.
    fn convert_bounds(&self, lo: Exact, hi: Exact) -> Option<(Exact, Exact)> {
        if self.is_fahrenheit() {
            return Some((self.convert(lo)?, self.convert(hi)?));
        }
        let (_, flo, fhi) = self.factors()?;
        Some((lo.checked_mul(flo)?, hi.checked_mul(fhi)?))
    }
}

/// How a hedge moves a stated figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hedge {
    Exact,
    Around,
    Below,
    AtLeast,
    AtMost,
}

fn hedge(q: &str) -> Hedge {
    let w = q.split(';').next().unwrap_or("").trim().to_lowercase();
    match w.as_str() {
        "nearly" | "almost" | "just under" | "close to" | "just shy of" => Hedge::Below,
        "about" | "around" | "approximately" | "roughly" | "some" | "an estimated"
        | "estimated" | "circa" | "approx" | "approx." | "c." => Hedge::Around,
        "more than" | "over" | "at least" | "upwards of" | "in excess of" | "just over"
        | "well over" | "above" | "well above" | "exceeding" => Hedge::AtLeast,
        "up to" | "less than" | "at most" | "as much as" | "as high as" | "as many as"
        | "as far as" | "no more than" | "below" | "well below" | "under" | "within" => {
            Hedge::AtMost
        }
        _ => Hedge::Exact,
    }
}

/// A measure as an exact range in its canonical unit. `None` bounds are open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bounds {
    pub quantity: Quantity,
    /// The canonical unit: `m`, `km/h`, `C`, `Mw`, `kg`, `l`, `m2`, or `<unit>/d` for rates.
    pub unit: String,
    /// The stated figure converted (a bare `ton` as 1000 kg).
    pub center: Exact,
    pub lo: Option<Exact>,
    pub hi: Option<Exact>,
}

/// Half the last place of a written figure (`984` → 0.5, `6.8` → 0.05), or half the
/// round place of a round figure (`1200` → 50) when `round` allows it.
pub(super) fn half_unit(figure: &str, round: bool) -> Option<Exact> {
    let digits = figure.trim_start_matches('-').replace(',', "");
    let half = Exact::new(1, 2)?;
    if let Some((_, frac)) = digits.split_once('.') {
        let p = 10i128.checked_pow(u32::try_from(frac.len()).ok()?)?;
        return half.checked_div(Exact::from_int(p));
    }
    let tz = digits.len() - digits.trim_end_matches('0').len();
    if round && tz >= 2 && tz < digits.len() {
        let p = 10i128.checked_pow(u32::try_from(tz).ok()?)?;
        return half.checked_mul(Exact::from_int(p));
    }
    Some(half)
}

/// The power of ten a scale word stands for, as written in `stated` values.
pub(super) fn scale_pow(w: &str) -> Option<u32> {
    Some(match w {
        "thousand" => 3,
        "million" => 6,
        "billion" => 9,
        "trillion" => 12,
        _ => return None,
    })
}

/// Parses a stated form (`984 ft`, `-5 C`, `1.5 million bbl/d`, `20000 vehicles/d`) or a
/// canonical value (`299.9232 m`): `(figure as written, power of ten, unit)`.
fn parse_stated(s: &str) -> Option<(&str, u32, UnitSpec)> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let (figure, pow, sym) = match parts.as_slice() {
        [f, sym] => (*f, 0, *sym),
        [f, scale, sym] => (*f, scale_pow(scale)?, *sym),
        _ => return None,
    };
    let body = figure.strip_prefix('-').unwrap_or(figure);
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    Some((figure, pow, UnitSpec::resolve(sym)?))
}

/// The exact range of a measure given as its `stated` form (keeps the stated precision),
/// its canonical `value` (precise to its last written digit) or a phrase that
/// [`find`] reads whole (`about 8C`, `a 290-metre (951 ft)`), widened by `qualifier`
/// (or by the phrase's own hedge when `qualifier` is empty).
pub fn range(measure: &str, qualifier: &str) -> Option<Bounds> {
    hedged_range(measure, qualifier).map(|(b, _)| b)
}

/// [`range`] and the hedge it applied.
fn hedged_range(measure: &str, qualifier: &str) -> Option<(Bounds, Hedge)> {
    let measure = measure.trim();
    if let Some((figure, pow, spec)) = parse_stated(measure) {
        return Some((bounds(figure, pow, &spec, qualifier)?, hedge(qualifier)));
    }
    let found = find(measure);
    let [m] = found.as_slice() else {
        return None;
    };
    if m.start != 0 || m.end != measure.len() {
        return None;
    }
    let q = if qualifier.trim().is_empty() {
        m.qualifier.as_deref().unwrap_or("")
    } else {
        qualifier
    };
    let (figure, pow, spec) = parse_stated(&m.stated)?;
    Some((bounds(figure, pow, &spec, q)?, hedge(q)))
}

fn bounds(figure: &str, pow: u32, spec: &UnitSpec, qualifier: &str) -> Option<Bounds> {
    let quantity = spec.quantity()?;
    let interval = matches!(quantity, Quantity::Temperature | Quantity::Magnitude);
    let scale = Exact::from_int(10i128.checked_pow(pow)?);
    let x = Exact::parse(figure)?.checked_mul(scale)?;
    let half = half_unit(figure, !interval)?.checked_mul(scale)?;
    let center = spec.convert(x)?;
    let (lo, hi) = spec.convert_bounds(x.checked_sub(half)?, x.checked_add(half)?)?;
    let slack = match quantity {
        Quantity::Temperature => Exact::from_int(1),
        Quantity::Magnitude => Exact::new(1, 5)?,
        _ => center.abs()?.checked_div(Exact::from_int(10))?,
    };
    let floor = (!interval).then_some(Exact::ZERO);
    // A directional hedge already says which way the figure is off: its bound is the
    // figure itself (as in `value::compare`).
    let (xlo, xhi) = spec.convert_bounds(x, x)?;
    let (lo, hi) = match hedge(qualifier) {
        Hedge::Exact => (Some(lo), Some(hi)),
        Hedge::Around => (Some(lo.checked_sub(slack)?), Some(hi.checked_add(slack)?)),
        Hedge::Below => (Some(xlo.checked_sub(slack)?), Some(xhi)),
        Hedge::AtLeast => (Some(xlo), None),
        Hedge::AtMost => (floor, Some(xhi)),
    };
    let lo = match (lo, floor) {
        (Some(l), Some(f)) if l < f => Some(f),
        (l, _) => l,
    };
    Some(Bounds {
        quantity,
        unit: spec.canonical(),
        center,
        lo,
        hi,
    })
}

/// Compares two measures (each a `stated` form, a canonical value or a phrase, see
/// [`range`]) with their qualifiers: [`Relation::Equal`] when the figures convert to the
/// same value under the same kind of hedge, [`Relation::Compatible`] when their ranges
/// meet, [`Relation::Disjoint`] when they do not, [`Relation::Incomparable`] when they
/// measure different things; `None` when either cannot be read.
pub fn compare(a: &str, qa: &str, b: &str, qb: &str) -> Option<Relation> {
    let (x, hx) = hedged_range(a, qa)?;
    let (y, hy) = hedged_range(b, qb)?;
    if x.quantity == Quantity::Temperature
        && y.quantity == Quantity::Temperature
        && (x.unit == "deg") != (y.unit == "deg")
    {
        return Some(unscaled(&x, &y));
    }
    if x.quantity != y.quantity || x.unit != y.unit {
        return Some(Relation::Incomparable);
    }
    if x.center == y.center && hx == hy {
        return Some(Relation::Equal);
    }
    if below(&x.hi, &y.lo) || below(&y.hi, &x.lo) {
        Some(Relation::Disjoint)
    } else {
        Some(Relation::Compatible)
    }
}

/// True when a range that ends at `hi` lies wholly below one that starts at `lo`. Ranges
/// are half-open: `6.8 Mw` (6.75–6.85) and `6.9 Mw` (6.85–6.95) do not meet.
fn below(hi: &Option<Exact>, lo: &Option<Exact>) -> bool {
    matches!((hi, lo), (Some(h), Some(l)) if h <= l)
}

/// Degrees of no stated scale against a Celsius figure: less precise when they are that
/// temperature in Celsius or in Fahrenheit (`46 degrees`, `8C`), otherwise disjoint.
fn unscaled(x: &Bounds, y: &Bounds) -> Relation {
    let (deg, c) = if x.unit == "deg" { (x, y) } else { (y, x) };
    let from_f = |v: &Option<Exact>| -> Option<Option<Exact>> {
        match v {
            None => Some(None),
            Some(v) => Some(Some(
                v.checked_sub(Exact::from_int(32))?
                    .checked_mul(Exact::new(5, 9)?)?,
            )),
        }
    };
    let meet = |lo: &Option<Exact>, hi: &Option<Exact>| !below(hi, &c.lo) && !below(&c.hi, lo);
    let as_f = match (from_f(&deg.lo), from_f(&deg.hi)) {
        (Some(lo), Some(hi)) => meet(&lo, &hi),
        _ => false,
    };
    if meet(&deg.lo, &deg.hi) || as_f {
        Relation::Compatible
    } else {
        Relation::Disjoint
    }
}
