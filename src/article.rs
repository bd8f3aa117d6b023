//! The per-article stage: one article read into everything the story stage needs, and
//! nothing that needs another article.
//!
//! An [`Extraction`] holds an article's rule hits, role mentions, quotations and the
//! figures no rule reads, each still unaligned; it is the JSONL line `factable extract`
//! writes and `factable reconcile` reads, so the two stages can run apart (a map and a
//! reduce by story). Evidence sentences are stored once per article and referenced by
//! index, so a long sentence with many figures is written once.
//!
//! An article with no publication date keeps its text: the story stage may infer a
//! publication window for it from the other sources, and then reads it again at that
//! window (its relative dates only mean something once the window is known).

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::auto::{self, Cand};
use crate::claim::Text;
use crate::corpus::{Document, Published};
use crate::extract::{self, Hit, Options};
use crate::people::{self, Mention};
use crate::quotes::{self, Quote};
use crate::reconcile::Source;
use crate::rules::RuleSet;

/// Where an article comes from: its source id, file, outlet, url and publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    #[serde(default)]
    pub published: Published,
    /// For a file decoded from another encoding: offsets of its text mapped to the
    /// file's bytes (claims' `start` and `end` are given in the file's bytes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offsets: Option<crate::encoding::OffsetMap>,
}

impl Origin {
    /// The origin of a document as read from disk, standard input or JSONL.
    pub fn of(doc: &Document) -> Origin {
        Origin {
            id: doc.id.clone(),
            file: doc.path.clone(),
            outlet: doc.outlet.clone().unwrap_or_default(),
            url: doc.url.clone().unwrap_or_default(),
            published: doc.published.clone(),
            offsets: doc.offsets.as_deref().cloned(),
        }
    }

    /// The source as a report lists it.
    pub fn source(&self) -> Source {
        Source {
            id: self.id.clone(),
            file: self.file.clone(),
            outlet: self.outlet.clone(),
            url: self.url.clone(),
            published: self.published.display(),
            published_how: self.published.how,
            note: self.published.reason.clone().unwrap_or_default(),
        }
    }
}

/// One article read: what the story stage aligns and reconciles.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Extraction {
    /// The story the article belongs to (its folder, or the JSONL `story`).
    #[serde(default)]
    pub story: String,
    pub source: Origin,
    /// Rule matches, before facts are merged per source and aligned across sources.
    #[serde(default)]
    pub hits: Vec<Hit>,
    /// Role mentions ("Foreign Minister Amir Khan Muttaqi").
    #[serde(default)]
    pub people: Vec<Mention>,
    /// Attributed quotations.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Dates and figures no rule reads, with the words of their clause.
    #[serde(default)]
    pub figures: Vec<Cand>,
    /// The evidence sentences the items above refer to (their `ev`).
    #[serde(default)]
    pub evidence: Vec<Text>,
    /// The article itself, kept only when it has no publication date (see the module
    /// documentation), with the offset its body starts at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub body_start: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Reads one article of `story`: clean, recognize, match the rules, and find the people,
/// quotes and figures the story stage will align.
pub fn extract(doc: &Document, story: &str, rules: &RuleSet, options: &Options) -> Extraction {
    let reading = extract::read(doc, options);
    let hits = extract::document_hits(&reading, rules);
    // The spans the rules read, as this source's claims take them, are not figures.
    let origin = Origin::of(doc);
    let own = extract::claims_of(std::slice::from_ref(&origin.source()), &[hits.as_slice()]);
    let taken = auto::spans_of(&own, &doc.id);
    let ((people, quotes), figures) = rayon::join(
        || {
            rayon::join(
                || people::mentions_in(&reading),
                || quotes::quotes_in(&reading),
            )
        },
        || auto::figures_in(&reading, &taken, rules),
    );
    let text = (!doc.published.is_known()).then(|| doc.text.clone());
    let mut x = Extraction {
        story: story.to_string(),
        source: origin,
        hits,
        people,
        quotes,
        figures,
        evidence: Vec::new(),
        text,
        body_start: doc.body_start,
    };
    x.index_evidence();
    x
}

impl Extraction {
    /// The document an undated article's text rebuilds, at a publication date the story
    /// stage inferred; `None` when the text was not kept.
    pub fn document(&self, published: Published) -> Option<Document> {
        let text = self.text.as_ref()?;
        let mut doc = Document::from_text(self.source.id.clone(), text.clone(), published);
        doc.path = self.source.file.clone();
        doc.outlet = Some(self.source.outlet.clone()).filter(|s| !s.is_empty());
        doc.url = Some(self.source.url.clone()).filter(|s| !s.is_empty());
        doc.body_start = self.body_start.min(text.len());
        doc.offsets = self.source.offsets.clone().map(std::sync::Arc::new);
        Some(doc)
    }

    /// Fills the evidence table from the items' shared sentences and points each item at
    /// its entry: one entry per distinct sentence.
    fn index_evidence(&mut self) {
        let mut table: Vec<Text> = Vec::new();
        let mut seen: FxHashMap<*const u8, usize> = FxHashMap::default();
        let mut index = |t: &Text| -> usize {
            *seen.entry(t.as_ptr()).or_insert_with(|| {
                table.push(t.clone());
                table.len() - 1
            })
        };
        for h in &mut self.hits {
            h.evidence_ix = index(&h.evidence);
        }
        for m in &mut self.people {
            m.evidence_ix = index(&m.evidence);
        }
        for q in &mut self.quotes {
            q.evidence_ix = index(&q.evidence);
        }
        for c in &mut self.figures {
            c.evidence_ix = index(&c.evidence);
        }
        self.evidence = table;
    }

    /// Points each item back at its evidence after the extraction was read from JSON;
    /// an index past the table is an error naming what holds it.
    pub fn link_evidence(&mut self) -> Result<(), String> {
        let table = &self.evidence;
        let get = |i: usize, what: &str| -> Result<Text, String> {
            table.get(i).cloned().ok_or_else(|| {
                format!(
                    "{what} refers to evidence {i}, but there are {}",
                    table.len()
                )
            })
        };
        let span = |start: usize, end: usize, what: &str| -> Result<(), String> {
            match start <= end {
                true => Ok(()),
                false => Err(format!(
                    "{what} spans {start}..{end}: its start is past its end"
                )),
            }
        };
        for h in &mut self.hits {
            span(h.start, h.end, "a rule hit")?;
            h.evidence = get(h.evidence_ix, "a rule hit")?;
        }
        for m in &mut self.people {
            m.evidence = get(m.evidence_ix, "a role mention")?;
        }
        for q in &mut self.quotes {
            q.evidence = get(q.evidence_ix, "a quotation")?;
        }
        for c in &mut self.figures {
            c.evidence = get(c.evidence_ix, "a figure")?;
        }
        Ok(())
    }
}
