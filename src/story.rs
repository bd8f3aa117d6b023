//! A story: the documents of one event, read through every stage into a fact table.

use crate::claim::Claim;
use crate::corpus::Document;
use crate::extract::{self, Options};
use crate::infer;
use crate::reconcile::{self, Report, Source};
use crate::rules::RuleSet;

/// Claims of a story, one per fact and source, after publication windows are inferred for
/// the undated documents (whose published field is updated).
pub fn claims(docs: &mut [Document], rules: &RuleSet, options: &Options) -> Vec<Claim> {
    let claims = extract::extract(docs, rules, options);
    if infer::infer(docs, &claims, options.time) {
        extract::extract(docs, rules, options)
    } else {
        claims
    }
}

/// The sources of a story as the report lists them.
pub fn sources(docs: &[Document]) -> Vec<Source> {
    docs.iter()
        .map(|d| Source {
            id: d.id.clone(),
            published: d.published.display(),
            published_how: d.published.how,
            note: d.published.reason.clone().unwrap_or_default(),
        })
        .collect()
}

/// The fact table of a story.
pub fn table(docs: &mut [Document], rules: &RuleSet, options: &Options) -> Report {
    let claims = claims(docs, rules, options);
    reconcile::reconcile(claims, sources(docs))
}
