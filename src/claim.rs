//! Claims: what one source says about one fact, the plain struct between the rules and
//! the reconciler (and the JSONL line of `factable extract`).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::corpus::PublishedHow;

/// The kind of value a fact has; it decides how values are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Date,
    Interval,
    Duration,
    Amount,
    Count,
    Percent,
    Person,
    Place,
    Quote,
    /// A physical measure with its unit (`984 ft`, `149 km/h`, `6.8 Mw`).
    Measure,
    /// A clock time (`T01:27`, `T04:35Z`, `T01:30-04:00`).
    Time,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Interval => "interval",
            Kind::Duration => "duration",
            Kind::Amount => "amount",
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Quote => "quote",
            Kind::Measure => "measure",
            Kind::Time => "time",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text shared by every claim and mention read from it (an evidence sentence): cloned by
/// reference, copied only when printed.
pub type Text = Arc<str>;

/// One source's statement of one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The fact id claims are grouped by (`taliban-delisting`).
    pub fact: String,
    /// A readable label of the fact.
    pub label: String,
    pub kind: Kind,
    /// The source id (file stem or manifest outlet).
    pub source: String,
    /// The source's publication date as shown (`2025-07-04`, `2025-07-03..2025-07-09`).
    #[serde(default)]
    pub published: String,
    #[serde(default)]
    pub published_how: PublishedHow,
    /// The words the source uses (`in April this year`).
    pub stated: String,
    /// The normalized value; empty when the source's words cannot be resolved
    /// (a relative date without an anchor, an unnamed person).
    #[serde(default)]
    pub value: String,
    /// A hedge or modifier kept beside the value (`nearly`, `as early as`).
    #[serde(default)]
    pub qualifier: String,
    /// The sentence the claim was read from.
    #[serde(default = "no_text")]
    pub evidence: Text,
    /// 1-based line of the evidence in the source file.
    #[serde(default)]
    pub line: usize,
    /// Byte span of the stated words in the source file.
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
    /// The rule that read it (`auto` for generic claims).
    pub rule: String,
    /// How many times the source states this fact.
    #[serde(default = "one")]
    pub times: usize,
    /// For automatic facts: how well this claim aligns with the others of its fact (0–1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// A running tally of an ongoing event (a death toll, people missing): figures taken
    /// at different moments differ without contradicting each other.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tally: bool,
    /// Why the published date is what it is, when it was inferred.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub published_note: String,
}

pub(crate) fn no_text() -> Text {
    Text::from("")
}

fn one() -> usize {
    1
}
