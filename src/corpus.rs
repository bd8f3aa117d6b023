//! Ingest: files, folders and standard input become [`Document`]s with a publication date.
//!
//! Byte offsets and line numbers always refer to the original file, so every later stage
//! can point an editor at the exact place a claim came from.
//!
//! The work is in submodules: `load` (paths, folders and manifests into a batch),
//! `decode` (the bytes of one input into a document, its date header read) and `jsonl`
//! (articles given whole in JSONL lines).

mod decode;
mod jsonl;
mod load;
#[cfg(test)]
mod tests;

pub use decode::{Header, decode_lossy, parse_header};
pub use jsonl::{ArticleLine, from_line};
pub use load::{load, read_path_or_stdin};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Problem;
use crate::manifest::Entry;
use crate::time::Anchor;

/// How a document's publication date became known; the CSV's `published_how` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PublishedHow {
    /// A leading `date YYYY-MM-DD` line in the article itself.
    Header,
    /// The `published` column of a `sources.csv` beside the articles.
    Manifest,
    /// The `--published` command-line flag.
    Flag,
    /// A window inferred from the other sources of the story (see [`crate::infer`]).
    Inferred,
    /// Nothing tells; relative expressions stay unanchored.
    #[default]
    Unknown,
}

impl PublishedHow {
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedHow::Header => "header",
            PublishedHow::Manifest => "manifest",
            PublishedHow::Flag => "flag",
            PublishedHow::Inferred => "inferred",
            PublishedHow::Unknown => "unknown",
        }
    }
}

/// A publication date: one day, a window of possible days (inferred), or unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Published {
    pub how: PublishedHow,
    /// First possible day (the day itself when known).
    pub from: Option<NaiveDate>,
    /// Last possible day (equal to `from` when known).
    pub to: Option<NaiveDate>,
    /// Why an inferred window is what it is; empty otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Published {
    /// A date stated by a header, manifest or flag.
    pub fn known(date: NaiveDate, how: PublishedHow) -> Self {
        Published {
            how,
            from: Some(date),
            to: Some(date),
            reason: None,
        }
    }

    /// No publication date.
    pub fn unknown() -> Self {
        Published::default()
    }

    /// A window of possible publication days, with the reason it was inferred.
    pub fn inferred(from: NaiveDate, to: NaiveDate, reason: impl Into<String>) -> Self {
        Published {
            how: PublishedHow::Inferred,
            from: Some(from),
            to: Some(to),
            reason: Some(reason.into()),
        }
    }

    /// True when a day or a window is known.
    pub fn is_known(&self) -> bool {
        self.from.is_some()
    }

    /// What relative time expressions are resolved against.
    pub fn anchor(&self) -> Anchor {
        match (self.from, self.to) {
            (Some(a), Some(b)) if a == b => Anchor::Day(a),
            (Some(a), Some(b)) => Anchor::Window(a, b),
            (Some(a), None) | (None, Some(a)) => Anchor::Day(a),
            (None, None) => Anchor::None,
        }
    }

    /// `2025-07-04`, `2025-07-03..2025-07-09`, or empty when unknown.
    pub fn display(&self) -> String {
        match (self.from, self.to) {
            (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
            (Some(a), _) | (None, Some(a)) => a.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// One article, as read from disk or standard input.
#[derive(Debug, Clone)]
pub struct Document {
    /// Source id: the manifest's `outlet` when given, else the file stem.
    pub id: String,
    /// The path as given (`<stdin>` for standard input), for messages.
    pub path: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Published,
    /// The whole file as text. A file in another encoding (Windows-1252, Latin-1, …) is
    /// decoded, and [`Document::offsets`] maps offsets back to its bytes; in UTF-8 text
    /// with a few invalid bytes, each is replaced one for one by `?`, so byte offsets
    /// stay those of the original file.
    pub text: String,
    /// For decoded text: offsets of `text` mapped to bytes of the file.
    pub offsets: Option<std::sync::Arc<crate::encoding::OffsetMap>>,
    /// Where the article text starts: after a byte-order mark and a `date` header.
    pub body_start: usize,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl Document {
    /// Builds a document from text already in memory (standard input, JSONL, tests).
    pub fn from_text(id: impl Into<String>, text: impl Into<String>, published: Published) -> Self {
        let text = text.into();
        let line_starts = line_starts(&text);
        Document {
            id: id.into(),
            path: "<memory>".into(),
            outlet: None,
            url: None,
            published,
            text,
            offsets: None,
            body_start: 0,
            line_starts,
        }
    }

    /// The byte of the original file an offset into `text` stands for.
    pub fn original_offset(&self, at: usize) -> usize {
        match &self.offsets {
            Some(map) => map.original(at),
            None => at,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The article text after any header.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// How to read a batch of paths.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `--published`: the date for documents that carry none of their own.
    pub published: Option<NaiveDate>,
}

/// The documents of a batch and what went wrong reading the rest.
#[derive(Debug, Default)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
}

/// Who a document is before it is read.
struct Source {
    id: String,
    path: String,
    entry: Option<Entry>,
}
