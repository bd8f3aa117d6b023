//! Amounts of money, counts of things and percentages, with exact arithmetic.
//!
//! Values: amounts `9000000000 USD` (integer in the currency's unit, or an exact decimal
//! such as `1.25 USD`), counts `15000`, percentages `12.5%`, percentage points `3pp`.
//!
//! [`find`] reads a text from trigger to trigger: `parse` reads the number itself (digits,
//! words, scales), `context` what stands around it (currency, hedge, percent, the noun
//! counted) and whether it is a quantity at all; `scan` holds the word-scanning helpers
//! the clock and measure readers share.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

pub mod clock;
mod context;
mod decimal;
pub(crate) mod lexicon;
pub mod measure;
mod parse;
pub mod ratio;
mod scan;
#[cfg(test)]
mod tests;

use context::parse_at;
pub use decimal::Decimal;
use scan::{
    char_at, char_before, is_space, listed_hedge_before, next_word, phrase_at, skip_spaces,
    skip_spaces_back, word_end, word_start_before,
};

/// What a numeric mention measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumKind {
    Amount,
    Count,
    Percent,
}

/// One amount, count or percentage found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumMention {
    /// UTF-8 byte offset of the first byte, into the text given to [`find`].
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// As written, hedge included: `nearly $9 billion`, `15,000 personnel`.
    pub text: String,
    pub kind: NumKind,
    /// The normalized value.
    pub value: String,
    /// The hedge: `nearly`, `at least`, `up to`, ….
    pub qualifier: Option<String>,
    /// For counts, the noun counted (`personnel`); for amounts, the ISO 4217 code.
    pub unit: Option<String>,
}

/// Where a number may start: a digit at a word boundary, a number word, `a dozen`,
/// `a million`, `half a …`. Everything else is decided by hand-written checks around it.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i-u)\b(?:[0-9]|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|",
        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|",
        r"forty|fifty|sixty|seventy|eighty|ninety)\b|an?[ \t]+(?:dozen|hundred|thousand|",
        r"million|billion|trillion)\b|half[ \t]+an?[ \t]+(?:dozen|million|billion|trillion|",
        r"percentage)\b)"
    ))
    .expect("trigger regex")
});

/// Finds every amount, count and percentage of `text`, in order, without overlaps.
pub fn find(text: &str) -> Vec<NumMention> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut last_end = 0;
    while pos < text.len() {
        let Some(m) = TRIGGER.find_at(text, pos) else {
            break;
        };
        match parse_at(text, m.start(), last_end, true) {
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

/// Parses a normalized amount value (`9000000000 USD`, `1.25 USD`) into its number and
/// currency.
pub fn parse_amount(value: &str) -> Option<(Decimal, String)> {
    let (n, cur) = value.trim().split_once(' ')?;
    Some((Decimal::parse(n)?, cur.trim().to_string()))
}

/// Parses a normalized count (`15000`), percentage (`12.5%`) or percentage-point value
/// (`3pp`) into its number.
pub fn parse_number(value: &str) -> Option<Decimal> {
    let v = value.trim();
    let v = v
        .strip_suffix('%')
        .or_else(|| v.strip_suffix("pp"))
        .unwrap_or(v);
    if v.contains(',') {
        return None;
    }
    Decimal::parse(v)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PctKind {
    Percent,
    Points,
    BasisPoints,
}

#[derive(Debug)]
struct Core {
    start: usize,
    end: usize,
    value: Decimal,
    /// Written in digits.
    digits: bool,
    /// Digits only, no comma, decimal point or scale (candidates for years).
    bare_int: bool,
    /// Multiplied by a scale word or letter.
    scaled: bool,
    /// A scale letter against the digits (`9bn`, `1.2m`).
    attached: bool,
    /// `%` or `pc` against the digits.
    percent: bool,
    /// The plain word `one` (or `a`) with nothing else.
    lone_one: bool,
}
