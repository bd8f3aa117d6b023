//! Quotations and their speakers, compared across sources.

use crate::claim::Claim;
use crate::extract::Reading;

/// Quote claims (and speaker claims) per source.
pub fn claims(readings: &[Reading]) -> Vec<Claim> {
    let _ = readings;
    Vec::new()
}

/// A word-level difference of two quotations, for the note of a partial quote fact:
/// `-removed +added` words.
pub fn word_diff(a: &str, b: &str) -> String {
    let _ = (a, b);
    String::new()
}
