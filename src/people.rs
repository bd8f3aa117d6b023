//! People and roles: "Foreign Minister Amir Khan Muttaqi", "Russia's Ambassador to
//! Afghanistan, Dmitry Zhirnov" become a person fact per role.

use crate::claim::Claim;
use crate::extract::Reading;

/// A person claim per role and source.
pub fn claims(readings: &[Reading]) -> Vec<Claim> {
    let _ = readings;
    Vec::new()
}
