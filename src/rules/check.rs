//! `factable rules test` and `lint`: every rule's examples must read as they say, and its
//! reject sentences must not be read.

use chrono::NaiveDate;

use super::{Origin, RuleSet};
use crate::corpus::{Document, Published, PublishedHow};
use crate::extract::{self, Options};

/// An example that did not read as expected, or a reject sentence that was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub origin: Origin,
    pub rule: String,
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: rule '{}': {}", self.origin, self.rule, self.message)
    }
}

/// How many examples and rejects were run, and which failed.
#[derive(Debug, Default)]
pub struct Outcome {
    pub examples: usize,
    pub rejects: usize,
    pub failures: Vec<Failure>,
}

/// Runs every example and reject sentence of every rule.
pub fn run(rules: &RuleSet, options: &Options) -> Outcome {
    let mut outcome = Outcome::default();
    for (ri, rule) in rules.rules.iter().enumerate() {
        for (example, origin) in &rule.examples {
            outcome.examples += 1;
            let fail = |message: String| Failure {
                origin: origin.clone(),
                rule: rule.id.clone(),
                message,
            };
            let published = match example.published.as_deref() {
                None => Published::unknown(),
                Some(s) => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    Ok(d) => Published::known(d, PublishedHow::Flag),
                    Err(_) => {
                        outcome
                            .failures
                            .push(fail(format!("example: published '{s}' is not YYYY-MM-DD")));
                        continue;
                    }
                },
            };
            let doc = Document::from_text("example", example.text.clone(), published);
            let hits: Vec<_> = extract::document_hits(&extract::read(&doc, options), rules)
                .into_iter()
                .filter(|h| h.rule == ri)
                .collect();
            let ok = hits.iter().any(|h| {
                example.expect.iter().all(|(k, v)| {
                    let got = match k.as_str() {
                        "fact" => Some(&h.fact),
                        "value" => Some(&h.value),
                        "qualifier" => Some(&h.qualifier),
                        "stated" => Some(&h.stated),
                        slot => h.slots.get(slot),
                    };
                    got.map(String::as_str).unwrap_or("") == v
                })
            });
            if !ok {
                let got: Vec<String> = hits
                    .iter()
                    .map(|h| {
                        format!(
                            "fact={} value={:?} stated={:?} slots={:?}",
                            h.fact, h.value, h.stated, h.slots
                        )
                    })
                    .collect();
                let want: Vec<String> = example
                    .expect
                    .iter()
                    .map(|(k, v)| format!("{k}={v:?}"))
                    .collect();
                outcome.failures.push(fail(format!(
                    "example {:?} should give {}; got {}",
                    example.text,
                    want.join(" "),
                    if got.is_empty() {
                        "nothing".to_string()
                    } else {
                        got.join("; ")
                    }
                )));
            }
        }
        for (text, origin) in &rule.reject {
            outcome.rejects += 1;
            let doc = Document::from_text("reject", text.clone(), Published::unknown());
            let read: Vec<_> = extract::document_hits(&extract::read(&doc, options), rules)
                .into_iter()
                .filter(|h| h.rule == ri)
                .collect();
            if let Some(h) = read.first() {
                outcome.failures.push(Failure {
                    origin: origin.clone(),
                    rule: rule.id.clone(),
                    message: format!("reject {text:?} was read as {:?} ({})", h.stated, h.fact),
                });
            }
        }
    }
    outcome
}
