//! Articles given whole in JSONL lines (`factable extract --jsonl`), and the line of a
//! document read from a story folder, so a pipeline can carry articles between stages.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Problem;
use crate::manifest::Entry;

use super::decode::build;
use super::{Document, LoadOptions, PublishedHow, Source};

/// One article given whole in a JSONL line (`factable extract --jsonl`): its story, id and
/// text, and what a manifest would say of it. Unknown fields are ignored, so a pipeline
/// may carry its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleLine {
    pub story: String,
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The file the article was read from, when it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

impl ArticleLine {
    /// The article line of a document read from a story folder: its text as it stands,
    /// and the publication date only when a manifest gave it (a date header stays in the
    /// text and is read again the same way).
    pub fn of(doc: &Document, story: &str) -> ArticleLine {
        ArticleLine {
            story: story.to_string(),
            id: doc.id.clone(),
            text: doc.text.clone(),
            published: match doc.published.how {
                PublishedHow::Manifest => doc.published.from,
                _ => None,
            },
            outlet: doc.outlet.clone(),
            url: doc.url.clone(),
            file: Some(doc.path.clone()),
        }
    }
}

/// The document of an article line; `place` (`input.jsonl:12`) names it in problems. Its
/// `published` counts as a manifest's: it overrides a date header, with a warning when
/// the two disagree.
pub fn from_line(
    line: ArticleLine,
    place: &str,
    options: &LoadOptions,
    problems: &mut Vec<Problem>,
) -> Option<Document> {
    let path = line.file.clone().unwrap_or_else(|| place.to_string());
    let entry = Entry {
        outlet: line.outlet,
        published: line.published,
        url: line.url,
        place: place.to_string(),
    };
    let source = Source {
        id: line.id,
        path,
        entry: Some(entry),
    };
    build(line.text.into_bytes(), source, options, problems)
}
