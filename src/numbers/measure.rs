//! Physical measures with units: lengths, speeds, temperatures, earthquake magnitudes,
//! masses, volumes, rates and areas, each converted exactly to one canonical unit.
//!
//! [`find`] reads `a 290-metre (951 ft) ship`, `149 km/h (93 mph)`, `minus 5C`,
//! `a 6.8-magnitude quake`, `1.5 million barrels per day`, `300 square km` and gives one
//! [`Measure`] per figure, a conversion in brackets folded into it. Values are exact
//! decimals in the canonical unit of the quantity ([`Quantity::canonical`]): `290 m`,
//! `149 km/h`, `8 C`, `6.8 Mw`, `1000 kg`, `158.987294928 l`, `10000 m2`, and for rates the
//! canonical unit per day, `238480942.392 l/d`. Only a Fahrenheit reading or a rate per
//! week, month or year can have a non-terminating value: those are written rounded to four
//! decimals ([`DISPLAY_PLACES`]), while [`range`] and [`compare`] stay exact.
//!
//! Ranges such as `6 to 8 metres`, `3-5C` or `between 6 and 8 metres` are skipped: no
//! mention, rather than a wrong single figure. `pounds` is a weight only with a weighing
//! context (`weighing 300 pounds`, `1,000 pounds of cocaine`, `a 2,000-pound bomb`), and
//! a bare `m` is millions, not metres, before a plural (`100m people`) or after a word of
//! money (`raised 5m`). `6ft 2in` is one length, stated in inches (`74 in`). Bare degrees
//! are a temperature only beside a word of temperature (`the 47-degree water`), and keep
//! their unstated scale (`47 deg`), which compares as either Celsius or Fahrenheit. Not
//! read: a bare `40 degrees` with no such word, a spaced `12 in`, a single `l` or `t`, `a mile` without a figure,
//! ounces and stones.

use serde::{Deserialize, Serialize};

mod context;
mod exact;
mod range;
mod scan;
#[cfg(test)]
mod tests;
mod units;

pub use exact::{DISPLAY_PLACES, Exact};
pub use range::{Bounds, compare, range};

/// What a measure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Quantity {
    /// Lengths, distances, heights, depths and rainfall: canonical `m`.
    Length,
    /// `km/h`.
    Speed,
    /// Degrees Celsius, `C`.
    Temperature,
    /// Earthquake magnitude, read as moment magnitude `Mw` (Richter figures too).
    Magnitude,
    /// `kg`.
    Mass,
    /// Litres, `l`.
    Volume,
    /// An amount per unit of time: the canonical unit of the amount per day (`l/d`,
    /// `kg/d`, `m/d`, `m2/d`), or a counted noun per day (`vehicles/d`).
    Rate,
    /// Square metres, `m2`.
    Area,
}

impl Quantity {
    /// The canonical unit its values are written in; for [`Quantity::Rate`] the per-day
    /// suffix `/d` that follows the amount's own canonical unit.
    pub fn canonical(self) -> &'static str {
        match self {
            Quantity::Length => "m",
            Quantity::Speed => "km/h",
            Quantity::Temperature => "C",
            Quantity::Magnitude => "Mw",
            Quantity::Mass => "kg",
            Quantity::Volume => "l",
            Quantity::Rate => "/d",
            Quantity::Area => "m2",
        }
    }
}

/// One measure found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// UTF-8 byte offset of the first byte, into the text given to [`find`].
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// As written, hedge and bracketed conversion included: `about 290 metres (951 ft)`.
    pub text: String,
    pub quantity: Quantity,
    /// The first figure in the canonical unit: `299.9232 m`, `-5 C`, `2000000 l/d`.
    pub value: String,
    /// The figure as stated, in the stated unit's symbol: `984 ft`, `47 F`, `6.8 Mw`,
    /// `1.5 million bbl/d`, `20000 vehicles/d` (commas dropped, a scale word kept). It is
    /// what [`range`] and [`compare`] need to know the stated precision.
    pub stated: String,
    /// The stated unit's symbol: `ft`, `F`, `bbl/d`, `mi/h`.
    pub unit: String,
    /// Half the last place of the stated figure, in the canonical unit: `984 ft` is
    /// precise to ±0.5 ft, `0.1524 m`; a round figure (`1,200 ft`) to half its round
    /// place, `15.24 m` (see [`range`]).
    pub precision: String,
    /// The hedge: `about`, `nearly`, `more than`, `up to`, `at least`, `some`, `over`, ….
    pub qualifier: Option<String>,
}

impl Measure {
    /// The exact range this measure stands for (stated precision and hedge included).
    pub fn range(&self) -> Option<Bounds> {
        range(&self.stated, self.qualifier.as_deref().unwrap_or(""))
    }
}

/// Finds every measure of `text`, in order, without overlaps, in one pass.
pub fn find(text: &str) -> Vec<Measure> {
    scan::find(text)
}
