//! Folding repeats: a paragraph seen before is dropped whole, and a long enough sentence
//! seen before is dropped, keeping the copy that lost fewer apostrophes. Sentences are
//! compared by a key of their letters and digits in lower case.

use std::collections::{HashMap, HashSet};

use crate::corpus::Document;

use super::Sentence;
use super::chrome::is_punctuation_block;

/// A repeated sentence is dropped only when it has at least this many words.
pub const MIN_REPEAT_WORDS: usize = 6;

/// Folds repeated paragraphs and sentences while collecting the sentences.
#[derive(Default)]
pub(super) struct Folder {
    out: Vec<Option<Sentence>>,
    /// Sentence key → index in `out` of the copy kept.
    sentences: HashMap<String, usize>,
    paragraphs: HashSet<String>,
}

/// Letters and digits in lower case: what a sentence says, whatever its punctuation.
/// The key of a sentence (its letters and digits in lower case) and its number of words
/// (white-space separated, with at least one letter or digit), in one pass.
pub(super) fn key_and_words(s: &str) -> (String, usize) {
    let mut key = String::with_capacity(s.len());
    let mut words = 0;
    let mut in_word = false;
    let mut counted = false;
    for c in s.chars() {
        let (space, alnum) = if c.is_ascii() {
            (c.is_ascii_whitespace(), c.is_ascii_alphanumeric())
        } else if is_punctuation_block(c) {
            (c.is_whitespace(), false)
        } else {
            (c.is_whitespace(), c.is_alphanumeric())
        };
        if space {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            counted = false;
        }
        if alnum {
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
            if !counted {
                counted = true;
                words += 1;
            }
        }
    }
    (key, words)
}

fn apostrophes(s: &str) -> usize {
    s.chars().filter(|c| matches!(c, '\'' | '’' | 'ʼ')).count()
}

impl Folder {
    pub(super) fn add_paragraph(&mut self, doc: &Document, spans: &[(usize, usize)]) {
        let keyed: Vec<(usize, usize, String, usize)> = spans
            .iter()
            .map(|&(s, e)| {
                let t = &doc.text[s..e];
                let (key, words) = key_and_words(t);
                (s, e, key, words)
            })
            .filter(|(_, _, k, _)| !k.is_empty())
            .collect();
        let words: usize = keyed.iter().map(|x| x.3).sum();
        let mut repeated_paragraph = false;
        if words >= MIN_REPEAT_WORDS {
            let paragraph: String = keyed.iter().map(|x| x.2.as_str()).collect();
            repeated_paragraph = !self.paragraphs.insert(paragraph);
        }
        for (start, end, key, words) in keyed {
            let text = &doc.text[start..end];
            let long = words >= MIN_REPEAT_WORDS;
            if long && let Some(&kept) = self.sentences.get(&key) {
                let better = self.out[kept]
                    .as_ref()
                    .is_some_and(|old| apostrophes(text) > apostrophes(&old.text));
                if better {
                    self.out[kept] = None;
                    self.sentences.insert(key, self.out.len());
                    self.push(doc, start, end);
                }
                continue;
            }
            if repeated_paragraph {
                continue;
            }
            if long {
                self.sentences.insert(key, self.out.len());
            }
            self.push(doc, start, end);
        }
    }

    fn push(&mut self, doc: &Document, start: usize, end: usize) {
        self.out.push(Some(Sentence {
            start,
            end,
            line: doc.line_of(start),
            text: doc.text[start..end].to_owned(),
        }));
    }

    pub(super) fn finish(self) -> Vec<Sentence> {
        self.out.into_iter().flatten().collect()
    }
}
