//! Quotations and their speakers, compared across sources.
//!
//! A quotation is the text between double quotes (straight, curly, `''`, `„`, `«»`, or
//! curly single quotes) of at least [`MIN_WORDS`] words — shorter ones are scare quotes
//! ("ally", "courageous") — that a speaker is attributed to, after the quote
//! ("…,” Muttaqi said", "…,” said Mao Ning", "…,” he said") or before it ("X told AFP:
//! “…”", "X added, “…”", "according to X, “…”", "X warned that the move “…”", "with X
//! saying “…”", "quoted X as calling it “…”"). A quote without an attribution is not read.
//!
//! The speaker is a full name when the article gives one: a surname alone resolves to the
//! one full name of the article that contains it, `he`/`she` to the speaker of the quote
//! just before or the person the sentence (or the one before) opens with. An
//! organisation, `it`, or a role without a name ("a spokesman") is an unnamed speaker,
//! whose value is empty (compatible with any name).
//!
//! Quotes of different sources are one statement when their content words overlap
//! ([`same_statement`]); each statement gives two facts: `quote-<speaker>-<words>` (kind
//! quote: the words, so a trimmed or reworded quote is partial) and `speaker-<words>`
//! (kind person: who said them, so the same words given to two people conflict).
//!
//! The work is in submodules: `find` (quoted spans and quotes of one article),
//! `attribution` (who said each quote), `align` (one story's quotes into statements) and
//! `diff` (the words a partial quote changed).

mod align;
mod attribution;
mod diff;
mod find;
#[cfg(test)]
mod tests;

use align::{STOPWORDS, align};
pub use diff::word_diff;
use find::find;
pub use find::normalize;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::claim::{Claim, Kind, Text};
use crate::extract::Reading;
use crate::reconcile::Source;
use crate::rules::norm;

/// Fewer words than this between quotes are scare quotes, not a statement.
pub const MIN_WORDS: usize = 4;

/// Quote claims (and speaker claims) per source, for readings of one story (the two
/// stages in one call, for tests and benchmarks).
pub fn claims(readings: &[Reading]) -> Vec<Claim> {
    let per_doc: Vec<Vec<Quote>> = readings.par_iter().map(quotes_in).collect();
    let sources = crate::extract::sources_of(readings);
    claims_of(
        &sources,
        crate::story::numbered(per_doc, |q, i| q.reading = i),
    )
}

/// The attributed quotations of one article: the per-article half of [`claims`].
pub fn quotes_in(reading: &Reading) -> Vec<Quote> {
    find(0, reading)
}

/// Quote and speaker claims from the quotations of a story's sources
/// (`quotes[i].reading` indexes `sources`): the per-story half of [`claims`].
pub fn claims_of(sources: &[Source], quotes: Vec<Quote>) -> Vec<Claim> {
    let groups = align(&quotes);
    let mut out = Vec::new();
    let mut ids = Ids::default();
    for g in &groups {
        let lead = &quotes[g.members[0].0];
        let named = g
            .members
            .iter()
            .find_map(|&(m, _)| quotes[m].speaker.clone().filter(|s| !s.is_empty()));
        let head = head_words(&lead.value, 4);
        let opening = opening(&lead.value);
        let quote_id = unique_id(
            &mut ids,
            match &named {
                Some(n) => format!(
                    "quote-{}-{}",
                    norm::slug(n.rsplit(' ').next().unwrap_or("")),
                    head_words(&lead.value, 3)
                ),
                None => format!("quote-{head}"),
            },
        );
        let quote_label = match &named {
            Some(n) => format!("{n}: \"{opening}\""),
            None => format!("Quote: \"{opening}\""),
        };
        let speaker_id = unique_id(&mut ids, format!("speaker-{head}"));
        let speaker_label = format!("Who said \"{opening}\"");
        for &(m, times) in &g.members {
            let q = &quotes[m];
            let doc = &sources[q.reading];
            let base = Claim {
                fact: quote_id.clone(),
                label: quote_label.clone(),
                kind: Kind::Quote,
                source: doc.id.clone(),
                published: doc.published.clone(),
                published_how: doc.published_how,
                stated: q.stated.clone(),
                value: q.value.clone(),
                qualifier: String::new(),
                evidence: q.evidence.clone(),
                line: q.line,
                start: q.start,
                end: q.end,
                rule: "quotes".into(),
                times,
                score: None,
                tally: false,
                published_note: doc.note.clone(),
            };
            if named.is_some() {
                let (start, end) = q.speaker_span;
                out.push(Claim {
                    fact: speaker_id.clone(),
                    label: speaker_label.clone(),
                    kind: Kind::Person,
                    stated: q.speaker_stated.clone(),
                    value: q.speaker.clone().unwrap_or_default(),
                    line: q.speaker_line,
                    start,
                    end,
                    ..base.clone()
                });
            }
            out.push(base);
        }
    }
    out
}

/// Ids handed out, and for each id asked for the suffix to try next.
#[derive(Default)]
struct Ids {
    taken: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

/// `id`, or `id-2`, `id-3`… the first not yet taken.
fn unique_id(ids: &mut Ids, id: String) -> String {
    let mut out = id.clone();
    let n = ids.next.entry(id.clone()).or_insert(2);
    if ids.taken.contains(&out) {
        loop {
            out = format!("{id}-{n}");
            *n += 1;
            if !ids.taken.contains(&out) {
                break;
            }
        }
    }
    ids.taken.insert(out.clone());
    out
}

/// The first `n` content words of a quote as a slug.
fn head_words(value: &str, n: usize) -> String {
    let words: Vec<String> = value
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w.as_str()))
        .take(n)
        .collect();
    norm::slug(&words.join(" "))
}

/// The first words of a quote, for a label.
fn opening(value: &str) -> String {
    let words: Vec<&str> = value.split_whitespace().collect();
    if words.len() <= 8 {
        value.to_string()
    } else {
        format!("{}…", words[..8].join(" "))
    }
}

/// One attributed quotation of a document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quote {
    /// The quote's source in the story (set when a story's quotes are laid together).
    #[serde(skip)]
    pub(crate) reading: usize,
    /// The words as written, whitespace folded.
    stated: String,
    /// The words normalized: straight quotes and apostrophes, no trailing comma or stop.
    value: String,
    /// Content words, stemmed, sorted, unique.
    words: Vec<String>,
    /// `Some("")` for an unnamed speaker.
    speaker: Option<String>,
    speaker_stated: String,
    speaker_span: (usize, usize),
    /// Byte span of the words in the document.
    start: usize,
    end: usize,
    line: usize,
    speaker_line: usize,
    #[serde(skip, default = "crate::claim::no_text")]
    pub(crate) evidence: Text,
    /// Index of `evidence` in the article's evidence table (see `article::Extraction`).
    #[serde(rename = "ev")]
    pub(crate) evidence_ix: usize,
}
