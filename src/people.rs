//! People and roles: "Foreign Minister Amir Khan Muttaqi", "Russia's Ambassador to
//! Afghanistan, Dmitry Zhirnov" become a person fact per role.
//!
//! A role mention is a role phrase and a name adjacent in one of three patterns:
//!
//! - title before the name: `[qualifier] Head Name` ("Russian President Vladimir Putin",
//!   "Corvane CEO Dana Whitfield", "former finance minister Mariana Velasco");
//! - title, comma, name: `Qualifier's head [to X], Name` ("Russia's ambassador to
//!   Afghanistan, Dmitry Zhirnov"), only when the role is determined by a possessive or
//!   `the`;
//! - name, appositive: `Name, a|the|X's role,` ("Mariam Solaimankhil, a former Afghan
//!   parliamentarian,").
//!
//! A role is its head (`foreign minister`, `ambassador`, `chief executive`, `spokesperson`
//! …), a qualifier (a country, normalized from `Afghan`, `Afghanistan's`, or an
//! organisation, `Corvane`) and, for envoys, a destination (`to Afghanistan`). Roles
//! held by one person at a time ("the foreign minister") make one fact per role, so two
//! different names for it conflict. Roles that are not unique ("a spokeswoman", "former
//! minister", "deputy minister", "analyst at X") make one fact per role *and person*,
//! which never conflicts.
//!
//! Alignment across sources, in order: qualified mentions group by (head, qualifier,
//! destination); a mention without destination joins the one destination of its role
//! whose names fit; groups of one head under different qualifiers merge when they name
//! the same full name ("Taliban Foreign Minister Amir Khan Muttaqi" and "Afghan Foreign
//! Minister Amir Khan Muttaqi"); an unqualified mention ("Foreign Minister Sergey
//! Lavrov") joins the one qualified group its name fits, else it stays with the
//! unqualified mentions of its head, split by person: a role whose country nobody
//! stated is never a conflict. A group in which one source itself names two different
//! people is split by person too (the role is not unique).
//!
//! The work is in submodules: `names` (tokens and names), `lexicon` (countries, titles,
//! heads of roles), `mention` (reading the roles of one article) and `align` (one story's
//! mentions into facts).

mod align;
mod lexicon;
mod mention;
mod names;
#[cfg(test)]
mod tests;

use align::align;
pub(crate) use lexicon::is_title_word;
use mention::mentions;
pub(crate) use names::{
    Tok, compatible, full_names, is_name_tok, name_run, name_text, plausible_name, resolve,
    tokenize,
};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::claim::{Claim, Kind, Text};
use crate::extract::Reading;
use crate::reconcile::Source;

/// A person claim per role and source, for readings of one story (the two stages in one
/// call, for tests and benchmarks).
pub fn claims(readings: &[Reading]) -> Vec<Claim> {
    let per_doc: Vec<Vec<Mention>> = readings.par_iter().map(mentions_in).collect();
    let sources = crate::extract::sources_of(readings);
    claims_of(
        &sources,
        crate::story::numbered(per_doc, |m, i| m.reading = i),
    )
}

/// The role mentions of one article: the per-article half of [`claims`].
pub fn mentions_in(reading: &Reading) -> Vec<Mention> {
    mentions(0, reading)
}

/// Person claims from the role mentions of a story's sources (`mentions[i].reading`
/// indexes `sources`): the per-story half of [`claims`].
pub fn claims_of(sources: &[Source], mentions: Vec<Mention>) -> Vec<Claim> {
    let groups = align(&mentions);
    let mut out = Vec::new();
    for g in &groups {
        // The members by source (in source order), each source's in group order.
        let mut by_source: Vec<&Mention> = g.members.iter().map(|&m| &mentions[m]).collect();
        by_source.sort_by_key(|m| m.reading);
        for own in by_source.chunk_by(|a, b| a.reading == b.reading) {
            let src = own[0].reading;
            // The fullest name the source gives for the role speaks for it.
            let best = own
                .iter()
                .copied()
                .max_by_key(|m| {
                    (
                        m.name.split_whitespace().count(),
                        std::cmp::Reverse(m.start),
                    )
                })
                .expect("a group has members");
            let mut sentences: Vec<usize> = own.iter().map(|m| m.sentence).collect();
            sentences.sort_unstable();
            sentences.dedup();
            let doc = &sources[src];
            out.push(Claim {
                fact: g.id.clone(),
                label: g.label.clone(),
                kind: Kind::Person,
                source: doc.id.clone(),
                published: doc.published.clone(),
                published_how: doc.published_how,
                stated: best.stated.clone(),
                value: best.name.clone(),
                qualifier: String::new(),
                evidence: best.evidence.clone(),
                line: best.line,
                start: best.start,
                end: best.end,
                rule: "people".into(),
                times: sentences.len(),
                score: None,
                tally: false,
                published_note: doc.note.clone(),
            });
        }
    }
    out
}

/// A qualifier: a country or an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
struct Qual {
    key: String,
    label: String,
    country: bool,
}

/// One role and name read in a sentence.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mention {
    /// The mention's source in the story (set when a story's mentions are laid together).
    #[serde(skip)]
    pub(crate) reading: usize,
    sentence: usize,
    /// The head of the role: `foreign minister`, `foreign ministry spokesperson`.
    head: String,
    /// `former`, `deputy`.
    mods: String,
    qual: Option<Qual>,
    dest: Option<Qual>,
    /// Held by many: the fact is per role and person.
    plural: bool,
    name: String,
    stated: String,
    #[serde(skip, default = "crate::claim::no_text")]
    pub(crate) evidence: Text,
    /// Index of `evidence` in the article's evidence table (see `article::Extraction`).
    #[serde(rename = "ev")]
    pub(crate) evidence_ix: usize,
    start: usize,
    end: usize,
    line: usize,
}
